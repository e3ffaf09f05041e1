"""Shapes of real sites met in held-out batch 14, each a small site written here in our own words: a folder
whose only page is a markdown list of papers (no index, no README), owners written in Vancouver style
("Okafor CN"), ..."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


PAPERS_ONLY = """# Publications

Full list for Chidi Okafor, MD, compiled from the CV.

## Peer-Reviewed Articles

1. **Okafor C**, Lind M, Berg T. "Wound healing after minor skin surgery in older adults." *Skin Research*. May 2024. DOI: 10.1000/sr.2024.1
2. Ruiz A, **Okafor CN**, Tamm K. "Patch testing outcomes in a regional clinic." *Contact Dermatitis Notes*. March 2023.
3. Lind M, Ruiz A, **Okafor C**. "Sun protection habits of outdoor workers." *Journal of Skin Health*. 2021.
"""


def test_a_folder_whose_only_page_is_a_list_of_papers_is_a_site(tmp_path):
    # no index.md, no README, no configuration: the one page that lists the owner's papers is the site, and
    # the owner the papers name in bold is spelled out as the page spells it ("Chidi Okafor, MD")
    site = _write(tmp_path / "site", {"PUBLICATIONS.md": PAPERS_ONLY})
    profile = import_path(site).profile
    assert profile.person.name == "Chidi Okafor"
    assert [p.year for p in profile.publications] == [2024, 2023, 2021]
    assert [[a.is_self for a in p.authors] for p in profile.publications] == [
        [True, False, False], [False, True, False], [False, False, True]]


def test_a_folder_of_pages_naming_nothing_a_site_has_is_still_no_site(tmp_path):
    # a tool's notes beside a changelog: no page says it is about a person or their work
    from kg.errors import SourceError
    import pytest

    site = _write(tmp_path / "site", {"NOTES.md": "# Notes\n\nSome text.\n", "CHANGELOG.md": "# Changes\n\n- one\n"})
    with pytest.raises(SourceError, match="no recognizable site"):
        import_path(site)
