"""Pairwise precision and recall of person and work merging on three seed pages, against
scripts/merge_truth.yaml (read by hand from the pages). A measurement, not a test:

    .venv/bin/python scripts/merge_quality.py

Imports anbang-yao.academicpages.md, anbang-yao.aggregator.txt and yunhe-wang.markdown-table.md one
after another into one folder (as `kg import SEED -o DIR` does), builds, and compares every pair of
mentions: predicted "same" = same node IRI; true "same" = the truth file's rule.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import load_build  # noqa: E402
from kg.identity import title_key  # noqa: E402
from kg.importers import import_path  # noqa: E402
from kg.importers.common import name_key  # noqa: E402
from kg.profiles import save_profile  # noqa: E402

SEEDS = {"home": "anbang-yao.academicpages.md", "agg": "anbang-yao.aggregator.txt", "yunhe": "yunhe-wang.markdown-table.md"}


def pairwise(items: list, truth_key, predicted_key) -> tuple[float, float, int, int, int]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        t = truth_key(a) == truth_key(b)
        p = predicted_key(a) == predicted_key(b)
        tp += t and p
        fp += p and not t
        fn += t and not p
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def main() -> None:
    truth = yaml.safe_load((ROOT / "scripts" / "merge_truth.yaml").read_text())
    folder = Path(tempfile.mkdtemp(prefix="kg-merge-"))
    page_of_source: dict[str, str] = {}
    for page, seed in SEEDS.items():
        res = import_path(ROOT / "tests" / "seeds" / seed)
        path, _ = save_profile(res.profile, folder)
        page_of_source[path.stem] = page
    build = load_build([folder])
    c = build.corpus
    page = {i: page_of_source[s.loaded.stem] for i, s in enumerate(c.sources)}

    # works: a mention is (page, title, year); truth joins the listed pairs, all else apart
    cluster_of: dict[tuple, int] = {}
    for n, (p1, t1, y1, p2, t2, y2) in enumerate(truth["works"]):
        cluster_of[(p1, title_key(t1), y1)] = n
        cluster_of[(p2, title_key(t2), y2)] = n
    works = [(page[w.profile], title_key(w.pub.title), w.pub.year, w.index) for w in c.work_mentions]
    wp = pairwise(works, lambda m: cluster_of.get(m[:3], ("alone", m[3])),
                  lambda m: c.work_of_mention[m[3]])

    # people
    different = {name_key(n) for n in truth["people"]["different_across"]}

    def person_truth(m):
        side = "yunhe" if page[m.profile] == "yunhe" else "anbang"
        key = name_key(m.name)
        if key == name_key("Chang Xu") and side == "yunhe":
            return ("chang xu", m.ids.get("google_scholar", truth["people"]["unlinked_chang_xu"]))
        if key in {name_key("Yunhe Wang"), name_key("王云鹤")} and side == "yunhe":
            return ("yunhe wang",)
        return (key, side) if key in different or side == "yunhe" else (key, "anbang")

    people = list(c.person_mentions)
    pp = pairwise(people, person_truth, lambda m: c.person_of_mention[m.index])
    anbang = [n for n in c.people.values() if n.person.name == "Anbang Yao"]
    anbang_works = sum(1 for w in c.works.values() if anbang and (anbang[0].iri in w.authors or anbang[0].iri in w.unlisted))
    print(f"work mentions {len(works)} -> {len(c.works)} works; person mentions {len(people)} -> {len(c.people)} people")
    print(f"works:  precision {wp[0]:.3f}  recall {wp[1]:.3f}  (pairs: {wp[2]} right, {wp[3]} wrongly joined, {wp[4]} missed)")
    print(f"people: precision {pp[0]:.3f}  recall {pp[1]:.3f}  (pairs: {pp[2]} right, {pp[3]} wrongly joined, {pp[4]} missed)")
    print(f"Anbang Yao: {len(anbang)} node(s), {anbang_works} works; "
          f"Chang Xu: {sum(n.person.name == 'Chang Xu' for n in c.people.values())} nodes")


if __name__ == "__main__":
    main()
