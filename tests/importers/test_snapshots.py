"""What every seed and fixture page imports to, one YAML per case under ``__snapshots__``.

These are not the truth (the seed tests and the real-page scores are): they make every change in what the
importers read visible, so a refactor shows exactly which fields moved. When a change is intended, regenerate with
``KG_REGENERATE_GOLDENS=1 bash scripts/test.sh tests/importers/test_snapshots.py`` and read the diff before
committing it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.importers import import_path
from kg.profiles import dump_profile

TESTS = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / "__snapshots__"
FAMILIES = ("academicpages", "aggregator", "bibtex", "html", "markdown", "pairs", "sites")
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _cases() -> list[tuple[str, Path]]:
    cases = [(f"seeds/{p.name}", p) for p in sorted((TESTS / "seeds").iterdir())
             if p.suffix in (".md", ".txt") and p.name != "README.md"]
    for fam in FAMILIES:
        for p in sorted((TESTS / "fixtures" / fam).iterdir()):
            if p.name.startswith(".") or p.name == "README.md":
                continue
            cases.append((f"{fam}/{p.name}", p))
    return cases


def render(path: Path) -> str:
    """The profile a page imports to, as YAML, or the one-line error it gives."""
    try:
        result = import_path(path, now=NOW)
    except KgError as exc:
        return f"error: {str(exc).replace(str(TESTS), '<tests>')}\n"
    return f"format: {result.format}\n" + dump_profile(result.profile)


@pytest.mark.parametrize("name,path", _cases(), ids=[c[0] for c in _cases()])
def test_snapshot(name: str, path: Path) -> None:
    snap = SNAPSHOTS / (name.replace("/", "__") + ".yaml")
    got = render(path)
    if os.environ.get("KG_REGENERATE_GOLDENS"):
        snap.parent.mkdir(exist_ok=True)
        snap.write_text(got, encoding="utf-8")
        return
    if not snap.exists():
        pytest.fail(f"{snap.name} is missing: run KG_REGENERATE_GOLDENS=1 bash scripts/test.sh {__file__}")
    want = snap.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "snapshot", "now", n=2))
        pytest.fail(f"{name} imports differently from its snapshot "
                    f"(KG_REGENERATE_GOLDENS=1 to accept, after reading the diff):\n{diff[:6000]}")
