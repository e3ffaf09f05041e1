"""Small synthetic sites for the importer tests: one helper that writes a site's files."""

from __future__ import annotations

from pathlib import Path


def write_site(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (path relative to ``root`` -> text, UTF-8) under ``root``; gives ``root``."""
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root
