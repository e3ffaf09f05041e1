"""Shapes of real homepages seen in batch 33 (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path
from .sitefiles import write_site


def _quarto_papers(tmp_path, description: str):
    write_site(tmp_path, {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Ines Harwood"\n',
        "index.qmd": "---\ntitle: Ines Harwood\n---\n\nI study tides at the University of Pellmark.\n",
        "papers/index.qmd": '---\ntitle: "Papers"\nlisting:\n  contents:\n    - "**/index.qmd"\n  sort: "date desc"\n---\n',
        "papers/2022-tides/index.qmd": (
            '---\ntitle: "Tides Under Thin Ice"\nauthor:\n  - name: Ines Harwood\n    orcid: 0000-0001-0000-0001\n'
            f"  - Pim Sorrel\ndate: '2022-03-04'\ndescription: {description}\n---\n\n## Abstract\n\nWe watch tides.\n"),
    })
    (pub,) = import_path(tmp_path).profile.publications
    return pub


def test_a_listed_paper_page_whose_description_is_a_journal_name_gives_its_venue(tmp_path):
    # a Quarto paper page with no venue key shows its "description" under the title: a name there is the venue
    assert _quarto_papers(tmp_path, "'Journal of Cold Seas'").venue == "Journal of Cold Seas"


def test_an_archive_name_in_the_description_is_the_venue(tmp_path):
    assert _quarto_papers(tmp_path, "bioRxiv").venue == "bioRxiv"


def test_a_description_that_is_a_sentence_is_no_venue(tmp_path):
    assert _quarto_papers(tmp_path, "'We measured how tides move under thin ice.'").venue is None
