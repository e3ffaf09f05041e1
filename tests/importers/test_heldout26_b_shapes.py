"""Shapes of real homepages met in batch 26 (jemdoc sources, single-page CVs, JS-filled pages, bibtex2html
sites), written in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.document import jemdoc_to_markdown
from kg.importers.page.parse import parse_markdown_page


def _md(text: str, name: str = "page.md"):
    return parse_markdown_page(SourceDoc(Path(name), text), ImportOptions())


def test_jemdoc_bare_brackets_are_text_not_links():
    # "[7] ... Title[J]. Venue": a citation number and a GB/T type code in brackets are the writer's brackets
    assert jemdoc_to_markdown("[7] Ho K, Lam T. A title[J]. A Journal, 2021.") == \
        "\\[7\\] Ho K, Lam T. A title\\[J\\]. A Journal, 2021."
    # an address, a file or a link with its text stays a link
    assert jemdoc_to_markdown("[papers.html] [https://x.org/a arXiv]") == \
        "[papers.html](papers.html) [arXiv](https://x.org/a)"


def test_jemdoc_gbt_citations_numbered_per_section():
    page = ("= Papers\n\n== Journal Papers\n"
            "[2] Ho K, Lam T, Ngo V. Drone lanes over dense districts[J]. Journal of Air Transport, 2024, 12(3): 40.\n\n"
            "[1] Lam T, Ho K. Wind-aware routing of small aircraft[J]. Aerospace Letters, 2022, 7: 11.\n"
            "== Conference Papers\n"
            "[1] Ho K, Lam T, et al. Gate scheduling under delays[C]//2023 Symposium on Air Traffic (SAT). IEEE, 2023: 1-6.\n")
    p = _md(page, "publications.jemdoc")
    assert [x.title for x in p.publications] == [
        "Drone lanes over dense districts", "Wind-aware routing of small aircraft", "Gate scheduling under delays"]
    first = p.publications[0]
    assert [a.name for a in first.authors] == ["Ho K", "Lam T", "Ngo V"]
    assert first.year == 2024 and first.venue.startswith("Journal of Air Transport")
    assert p.publications[2].authors_truncated
