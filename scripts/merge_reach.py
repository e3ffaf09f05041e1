"""How far can one changed profile reach into the merge? (A measurement, not a test.)

Links the person mentions that a merge rule of kg/identity.py can ever join: the same name key (or an alternate
name's), the same identifier, the same family name and first initial (the initials rule), an author marked as the
page's owner. Each connected part is resolved independently of the others, so an incremental merge would have to
re-resolve the parts in which a changed profile has mentions; this prints how many mentions those parts hold.

    .venv/bin/python scripts/merge_reach.py DATA_FOLDER
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(folder: Path) -> None:
    from kg.identity import Clusters, _mentions
    from kg.importers.common import fold, name_key
    from kg.profiles import load_profiles

    loaded = sorted(load_profiles([folder]), key=lambda lp: str(lp.path))
    pm, wm = _mentions(loaded)
    uf = Clusters(len(pm))
    first: dict[tuple, int] = {}

    def link(key: tuple, i: int) -> None:
        j = first.setdefault(key, i)
        if j != i:
            uf.union(j, i)

    for m in pm:
        link(("name", name_key(m.name)), m.index)
        for alt in m.alt_names:
            link(("name", name_key(alt)), m.index)
        for kind, value in m.ids.items():
            link(("id", kind, value.lower()), m.index)
        toks = fold(m.name).split()
        if len(toks) >= 2:
            link(("initials", toks[-1], toks[0][0]), m.index)
    owner = {m.profile: m.index for m in pm if m.kind == "owner"}
    for m in pm:
        if m.kind == "author" and m.work is not None:
            w = wm[m.work]
            if w.pub.authors[w.authors.index(m.index)].is_self:
                uf.union(owner[m.profile], m.index)
    groups = uf.groups()
    largest = max(groups.values(), key=len)
    by_profile: dict[int, set[int]] = {}
    for m in pm:
        by_profile.setdefault(m.profile, set()).add(uf.find(m.index))
    touched = [sum(len(groups[r]) for r in roots) for roots in by_profile.values()]
    n = len(pm)
    print(f"{folder}: {len(loaded)} profiles, {n} person mentions, {len(wm)} work mentions; {len(groups)} parts, "
          f"the largest {len(largest)} mentions ({len(largest) / n:.1%}) from "
          f"{len({pm[i].profile for i in largest})} profiles")
    print(f"mentions in the parts one profile touches: median {statistics.median(touched):.0f} "
          f"({statistics.median(touched) / n:.1%}), max {max(touched)} ({max(touched) / n:.1%})")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
