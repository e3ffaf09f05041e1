#!/usr/bin/env python3
"""Count the lines `kg import --verbose` lists as unparsed, grouped by section label and by kind.

Usage: unparsed_report.py [--kg PATH] [--lines] [--jobs N] SET [SET ...]
A SET is a folder whose subfolders are cases (a real site or page, maybe with gold.json / SOURCE.txt beside it).
Each case is copied without gold.json and SOURCE.txt and imported with `kg import CASE --verbose --to json`
(case_runs.py, shared with silent_report.py); the `unparsed FILE:LINE [label]: text` lines of its summary are collected
(and its `relative link FILE:LINE ...` lines, under the label `relative link|label`).
Prints per set: the total, the counts by section label, by kind, and by (label, kind); with --lines every line.
The kind is a rough guess from the text alone (an image, a config key, a dated bullet, a sentence, ...), so that
the groups can be counted and read from the largest down; it decides nothing in kg.
"""
import collections
import re
import sys
from pathlib import Path

from case_runs import cases_of, kind_of, map_cases, set_parser, with_imported

LINE = re.compile(r"^\s+(?P<what>unparsed|relative link) (?P<where>\S+?:\d+)(?: \[(?P<label>[^\]]*)\])?: (?P<text>.*)$")


def run_case(kg: str, case: Path) -> list[tuple[str, str, str, str]]:
    proc = with_imported(kg, case, ["--verbose", "--to", "json"], lambda _dest, proc: proc)
    out = []
    for line in proc.stderr.splitlines():
        m = LINE.match(line)
        if m:
            # a line kg reads once given --base-url (its relative link had no base) is labelled so
            label = m["label"] or "-"
            out.append((case.name, m["where"], label if m["what"] == "unparsed" else f"relative link|{label}",
                        m["text"]))
    if proc.returncode not in (0, 1):
        out.append((case.name, "-", "(exit %d)" % proc.returncode, proc.stderr.strip().splitlines()[-1:][0]
                    if proc.stderr.strip() else ""))
    return out


def main() -> int:
    args = set_parser(__doc__, "print every unparsed line").parse_args()
    for s in args.sets:
        cases = [c for c in cases_of(s) if c.is_dir()]
        rows = [r for rs in map_cases(lambda c: run_case(args.kg, c), cases, args.jobs) for r in rs]
        by_label = collections.Counter(r[2] for r in rows)
        by_kind = collections.Counter(kind_of(r[1], r[3]) for r in rows)
        by_both = collections.Counter((r[2], kind_of(r[1], r[3])) for r in rows)
        by_case = collections.Counter(r[0] for r in rows)
        print(f"== {s}: {len(rows)} unparsed lines in {len(cases)} cases")
        print("  by label: " + ", ".join(f"{k} {v}" for k, v in by_label.most_common()))
        print("  by kind:  " + ", ".join(f"{k} {v}" for k, v in by_kind.most_common()))
        print("  by case:  " + ", ".join(f"{k} {v}" for k, v in by_case.most_common()))
        print("  by label and kind:")
        for (label, kind), v in by_both.most_common():
            print(f"    {v:4d}  [{label}] {kind}")
        if args.lines:
            for case, where, label, text in sorted(rows, key=lambda r: (r[2], kind_of(r[1], r[3]), r[0])):
                print(f"    [{label}] {kind_of(where, text)} | {case} {where}: {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
