"""What the report scripts share: the cases of a set, one case imported as the scorer and the dumps import it, and
the rough kind of a listed line (:func:`kind_of`), by which both count their lines.

A SET is a folder whose subfolders (or page files) are cases, maybe with gold.json / SOURCE.txt beside them. A case
is copied without gold.json and SOURCE.txt into a temporary folder and imported with ``kg import CASE ARGS...``.
Used by unparsed_report.py and silent_report.py (import it with the scripts folder on ``sys.path``).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
NOT_CASES = {"README.md", "expected.json", "gold.json", "SOURCE.txt"}
YEAR = re.compile(r"\b(19|20)\d\d\b")


def cases_of(set_dir: Path) -> list[Path]:
    """The cases of a set: its subfolders, and its page files (the seeds folder holds pages, not folders)."""
    return sorted(p for p in set_dir.iterdir() if not p.name.startswith(".") and p.name not in NOT_CASES)


def set_parser(doc: str, lines_help: str) -> argparse.ArgumentParser:
    """The command line both scripts take: ``SET...``, ``--kg PATH``, ``--lines`` (``lines_help``), ``--jobs N``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--kg", default=".venv/bin/kg")
    ap.add_argument("--lines", action="store_true", help=lines_help)
    ap.add_argument("--jobs", type=int, default=2)
    return ap


def map_cases(fn: Callable[[Path], T], cases: Iterable[Path], jobs: int) -> list[T]:
    """``fn`` of each case, ``jobs`` at a time (each a ``kg import`` in its own process), in the cases' order."""
    with ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(fn, cases))


def with_imported(kg: str, case: Path, args: list[str], then: Callable[[Path, subprocess.CompletedProcess], T],
                  timeout: int = 600) -> T:
    """Copy ``case`` (without gold.json and SOURCE.txt), run ``kg import COPY *args`` on it, and return
    ``then(copy, process)`` while the copy still exists (so ``then`` can read the files as kg read them)."""
    with tempfile.TemporaryDirectory(prefix="kg-case-") as tmp:
        dest = Path(tmp) / case.name
        if case.is_dir():
            shutil.copytree(case, dest, ignore=shutil.ignore_patterns("gold.json", "SOURCE.txt"), symlinks=True)
        else:
            shutil.copy(case, dest)
        proc = subprocess.run([kg, "import", str(dest), *args], capture_output=True, text=True, timeout=timeout)
        return then(dest, proc)


def kind_of(where: str, text: str) -> str:
    """A rough kind of a listed line from its text alone (an image, a config key, a dated bullet, a sentence, ...):
    to count and read the lines by group, not to decide anything."""
    t = text.strip()
    low = t.lower()
    if where.split(":")[0].endswith((".yml", ".yaml", ".toml")):
        return "config"
    if "<img" in low or t.startswith("![") or re.search(r"\.(png|jpe?g|gif|svg|webp)\b", low):
        return "image"
    if re.search(r"copyright|©|&copy;|all rights reserved|last (updated|modified)", low):
        return "footer"
    bare = re.sub(r"\[([^\]]*)\]\([^)]*\)|<[^>]+>|https?://\S+", r"\1", t).strip(" -*→>|")
    if len(bare) < 4:
        return "link/markup only"
    if re.match(r"^([-*+]|\d+[.)])\s", t):
        return "dated bullet" if YEAR.search(t) else "bullet"
    if YEAR.search(t) and len(bare) < 120:
        return "dated line"
    if len(bare.split()) >= 8 and re.search(r"[.!?]$", bare):
        return "sentence"
    if len(bare) < 40:
        return "short line"
    return "other"
