#!/usr/bin/env python3
"""Print the per-case table of kg's import accuracy on the real homepages of ../shared/realpages.

Usage: .venv/bin/python scripts/score_realpages.py [CASES_DIR] [--verbose] [--json OUT]
CASES_DIR by default: $KG_REALPAGES, else ../shared/realpages beside this checkout, else (a git worktree made
anywhere) beside the main worktree (tests/realpages.corpus_dir, which tests/test_realpages.py reads too).
The rules are those of ../shared/tools/score_import.py (copied in tests/realpages/scoring.py); each case is
imported in process the way `kg import CASE --to json` does.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.realpages import ENV, corpus_dir  # noqa: E402
from tests.realpages.scoring import score_case  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description="The per-case table of kg's import accuracy on the real homepages, "
                                             "scored against their hand-read gold.json.")
    ap.add_argument("cases", nargs="?", metavar="CASES_DIR",
                    help=f"the folder of cases (each a subfolder with gold.json); by default ${ENV} when set, else "
                         "../shared/realpages beside this checkout, else beside the main worktree of this git "
                         f"worktree (now: {corpus_dir(ROOT)})")
    ap.add_argument("--verbose", action="store_true", help="list every missed field")
    ap.add_argument("--json", help="also write the rows as JSON to this file")
    a = ap.parse_args()
    root = Path(a.cases) if a.cases else corpus_dir(ROOT)
    if not root.is_dir():
        ap.error(f"{root}: no such folder of cases (give CASES_DIR or set ${ENV})")
    rows = []
    for case in sorted(d for d in root.iterdir() if (d / "gold.json").exists()):
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(score_case(case, tmp))
    ok = sum(r["ok"] for r in rows)
    total = sum(r["total"] for r in rows)
    exact = sum(1 for r in rows if r["counts"].get("publications", (0, -1))[0] == r["counts"].get("publications", (0, -1))[1])
    print(f"{'case':28} {'score':>6} {'fields':>8} {'found':>6} {'pubs':>9}  misses")
    for r in rows:
        pubs = r["counts"].get("publications")
        pubs_s = f"{pubs[0]}/{pubs[1]}" if pubs else "-"
        first = "; ".join(r["misses"][: (len(r["misses"]) if a.verbose else 2)])
        print(f"{r['case']:28} {r['score']:6.1%} {r['ok']:>3}/{r['total']:<4} {r['found']:>2}/{r['sample']:<3} "
              f"{pubs_s:>9}  {first[:300] if not a.verbose else first}")
    print(f"overall: {ok}/{total} gold fields right ({ok / total:.1%}); publication counts exact in "
          f"{exact}/{len(rows)} cases; cases below 85%: {sum(1 for r in rows if r['score'] < 0.85)}")
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False, default=list), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
