"""What the report scripts share: the cases of a set, and one case imported as the scorer and the dumps import it.

A SET is a folder whose subfolders (or page files) are cases, maybe with gold.json / SOURCE.txt beside them. A case
is copied without gold.json and SOURCE.txt into a temporary folder and imported with ``kg import CASE ARGS...``.
Used by unparsed_report.py and silent_report.py (import it with the scripts folder on ``sys.path``).
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
NOT_CASES = {"README.md", "expected.json", "gold.json", "SOURCE.txt"}


def cases_of(set_dir: Path) -> list[Path]:
    """The cases of a set: its subfolders, and its page files (the seeds folder holds pages, not folders)."""
    return sorted(p for p in set_dir.iterdir() if not p.name.startswith(".") and p.name not in NOT_CASES)


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
