"""How far can one changed profile reach into the merge? (A measurement, not a test.)

Links the person mentions that a merge rule of kg/identity.py can ever join (kg.identity.person_parts: the same
name key or an alternate name's, the same identifier, the same family name and first initial, an author marked as
the page's owner). Each connected part is resolved independently of the others, and a rebuild resolves again only
the parts whose mentions changed; this prints how many mentions the parts one profile has mentions in hold.

    .venv/bin/python scripts/merge_reach.py DATA_FOLDER
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(folder: Path) -> None:
    from kg.identity import _mentions, person_parts
    from kg.profiles import load_profiles

    loaded = sorted(load_profiles([folder]), key=lambda lp: str(lp.path))
    pm, wm = _mentions(loaded)
    parts = person_parts(pm, wm)
    part_of = {i: n for n, part in enumerate(parts) for i in part}
    largest = max(parts, key=len)
    by_profile: dict[int, set[int]] = {}
    for m in pm:
        by_profile.setdefault(m.profile, set()).add(part_of[m.index])
    touched = [sum(len(parts[r]) for r in roots) for roots in by_profile.values()]
    n = len(pm)
    print(f"{folder}: {len(loaded)} profiles, {n} person mentions, {len(wm)} work mentions; {len(parts)} parts, "
          f"the largest {len(largest)} mentions ({len(largest) / n:.1%}) from "
          f"{len({pm[i].profile for i in largest})} profiles")
    print(f"mentions in the parts one profile touches: median {statistics.median(touched):.0f} "
          f"({statistics.median(touched) / n:.1%}), max {max(touched)} ({max(touched) / n:.1%})")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
