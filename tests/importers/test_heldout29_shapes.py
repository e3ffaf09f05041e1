"""Readings found on batch 29 of real sites (measured untouched after round 28): synthetic pages, own words."""
from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site


def _record(title: str, year: int) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: {year}-03-01\nvenue: 'Physical Review D'\n"
            f"citation: 'Roe, A. and Lee, B. ({year}). {title}. Physical Review D.'\n---\nAn abstract.\n")


def test_a_collection_document_without_an_extension_is_read(tmp_path):
    # "_publications/preprint-1": no .md, but it opens with front matter, so Jekyll renders and lists it as the
    # collection's other documents; a file without front matter (a stray note) stays out
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ann Roe\nauthor:\n  name: Ann Roe\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study black holes.\n",
        "_publications/paper-1.md": _record("Shadows of regular black holes", 2024),
        "_publications/preprint-1": _record("A note on rotating wormholes", 2025),
        "_publications/notes": "remember to add the 2023 paper\n",
    })
    titles = sorted(p.title for p in import_path(root).profile.publications)
    assert titles == ["A note on rotating wormholes", "Shadows of regular black holes"]
