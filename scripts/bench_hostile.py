"""Figures for the supported input sizes (a benchmark, not a test): prints seconds and peak memory.

    .venv/bin/python scripts/bench_hostile.py [profile|page|regex|entries] ...

- profile: a profile of N publications: loading (YAML + model + alias/depth/character checks), merging and
  mapping, SHACL (what `kg validate` does);
- page: importing a page that is one line of N MB of prose, and a N MB page of short lines;
- regex: the common.py email / et-al searches on adversarial lines of 0.5 and 5 MB (linear: x10);
- entries: pages whose entries nearly match the reader's name patterns and fail at their end (a family-first
  author list of 10, 20, 40 names; an author line of names 10, 20, 40 letters long), which a
  backtracking pattern reads in exponential time: the seconds should grow no faster than the names.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def profile(n: int) -> None:
    """One profile of ``n`` publications (two authors each, 997 distinct coauthors): load, then build and
    SHACL as ``kg validate`` does, each stage's wall and CPU seconds (CPU is what a busy machine does not
    inflate)."""
    from kg.build import build_corpus
    from kg.profiles import load_profile
    from kg.validate import validate_build

    pubs = "".join(f"  - title: Paper number {i} on a topic\n    year: {2000 + i % 25}\n    venue: CVPR\n"
                   f"    authors:\n      - name: Ada Lovelace\n        is_self: true\n      - name: Co Author{i % 997}\n"
                   for i in range(n))
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "big.yaml"
        p.write_text("person:\n  name: Ada Lovelace\npublications:\n" + pubs)
        clock = [time.perf_counter(), time.process_time()]
        figures = []

        def lap(stage: str) -> None:
            now = [time.perf_counter(), time.process_time()]
            figures.append(f"{stage} {now[0] - clock[0]:.1f} s (cpu {now[1] - clock[1]:.1f} s)")
            clock[:] = now

        start = list(clock)
        loaded = load_profile(p)
        lap("load")
        build = build_corpus([loaded])
        lap("merge+graph")
        results = validate_build(build)
        lap("shacl")
        print(f"profile: {n} publications, {p.stat().st_size / 2**20:.1f} MiB, {len(build.quads)} quads: "
              + ", ".join(figures) + f"; total {time.perf_counter() - start[0]:.1f} s (cpu "
              f"{time.process_time() - start[1]:.1f} s), peak {_peak()} MiB ({len(loaded.profile.publications)} "
              f"read, {len(results)} findings)")


def page(mb: float, one_line: bool) -> None:
    from kg.importers import import_paths

    words = "neural networks for learning at scale with data and code "
    body = words * int(mb * 2**20 / len(words))
    if not one_line:
        body = "\n".join(body[i:i + 80] for i in range(0, len(body), 80))
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "page.md"
        p.write_text("# Jane Doe\n\nProfessor.\n\n" + body + "\n")
        t = time.perf_counter()
        import_paths([p])
        print(f"page: {mb} MB {'on one line' if one_line else 'in 80-char lines'}: import "
              f"{time.perf_counter() - t:.2f} s, peak {_peak()} MiB")


def regex() -> None:
    from kg.importers.common import _ET_AL, find_email

    for size in (500_000, 5_000_000):
        for unit in ("a", " ", "a at ", ", "):
            s = unit * (size // len(unit))
            t = time.perf_counter()
            find_email(s)
            _ET_AL.search(s)
            print(f"regex: {size / 1e6:.1f} MB of {unit!r}: {time.perf_counter() - t:.2f} s")


def entries() -> None:
    from kg.importers import import_paths

    with tempfile.TemporaryDirectory() as tmp:  # once first: the parsers' own imports are no entry's time
        (Path(tmp) / "warm.md").write_text("# Jane Doe\n\n## Publications\n\n- A. Lee. Title. Venue, 2020.\n")
        import_paths([Path(tmp) / "warm.md"])
    for n in (10, 20, 40):
        name = "V" + "a" * (n - 1)
        rows = ("Lee, A. B. C.; " * n + "and more!", "Lee*, A. B. C., " * n + "(2020) x",
                ", ".join(f"{name} {name}" for _ in range(8)) + ".<br>Rivers at scale.<br>Water Letters, 2020.")
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "page.md"
            p.write_text("# Jane Doe\n\n## Publications\n\n" + "\n".join(f"- {r}" for r in rows) + "\n")
            t = time.perf_counter()
            import_paths([p])
            print(f"entries: {n} names, or names of {n} letters: import {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    what = sys.argv[1:] or ["regex", "entries", "profile", "page"]
    if "regex" in what:
        regex()
    if "entries" in what:
        entries()
    if "profile" in what:
        for n in (10_000, 100_000):
            profile(n)  # each size in its own run would give its own peak; 100k after 10k is the larger anyway
    if "page" in what:
        page(1, False)
        page(5, False)
        page(0.5, True)
        page(5, True)
