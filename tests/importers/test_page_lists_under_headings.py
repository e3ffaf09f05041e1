"""Lists of works under headings, in pages rendered by site generators and READMEs (synthetic pages, invented names)."""

from pathlib import Path

from kg.importers import finish
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_markdown_page


def _md(text: str, name: str = "page.md"):
    return parse_markdown_page(SourceDoc(Path(name), text), ImportOptions())


def test_a_heading_over_whole_apa_citations_is_no_papers_title():
    # a four-word heading whose names-like words ('Survey Reports and Data Dashboards') over APA citations that
    # each write their own title: the heading names the list; it is not the title of the first citation
    page = ("# Mira Okafor\n\n## Publications\n\n"
            "Okafor, M., Lind, K., & Berg, T. (2024). **A study of rivers and towns**. Journal of Places, 3(1).\n\n"
            "## Survey Reports and Data Dashboards\n\n"
            "Lind, K., Okafor, M. & Berg, T. (2025). [Methods handbook for the river survey](https://example.org/a). "
            "Survey Office. Zenodo.\n\n"
            "Berg, T., Okafor, M. & Lind, K. (2025). [A viewer for town statistics](https://example.org/b). Zenodo.\n")
    pubs = _md(page).publications
    assert [p.title for p in pubs] == ["A study of rivers and towns", "Methods handbook for the river survey",
                                       "A viewer for town statistics"]
    assert [a.name for a in pubs[1].authors] == ["K. Lind", "M. Okafor", "T. Berg"] and pubs[1].year == 2025


def test_a_quotation_inside_a_title_is_not_the_whole_title():
    # the quoted words follow a word of the title's sentence ('a portal for “...”'): the title is the whole
    # sentence, and the names before it are the authors
    page = ("# Tom Vance\n\n## Publications\n\n"
            "1. K. Lind, T. Vance, B. Roe. RIVO: a portal for “River Inventory, Valleys and Outflows”. "
            "*Hydrology Notes*, 2013, 4(2), 10–12.\n"
            "2. T. Vance, K. Lind. Gauging small streams. *Water Letters*, 2014, 2(1), 1–9.\n")
    pub = _md(page).publications[0]
    assert pub.title == "RIVO: a portal for “River Inventory, Valleys and Outflows”"
    assert [a.name for a in pub.authors] == ["K. Lind", "T. Vance", "B. Roe"] and pub.venue == "Hydrology Notes"


def test_a_chapter_number_is_no_part_of_its_title():
    page = ("# Tom Vance\n\n## Book chapters\n\n"
            "1. T. Vance. Chapter 3 — Sampling rivers at scale. In *Methods for Open Waters*, Northfield Press, 2024.\n")
    pub = finish(_md(page)).publications[0]  # (what every family's titles get)
    assert pub.title == "Sampling rivers at scale" and pub.year == 2024
