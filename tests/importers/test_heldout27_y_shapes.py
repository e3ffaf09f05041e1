"""Shapes of real homepages met in batch 27 (hand-written HTML of mathematicians, lab sites, jemdoc pages),
written in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _html(text: str, name: str = "publications.html"):
    return parse_html(SourceDoc(Path(name), text), ImportOptions())


def test_a_two_word_linked_title_with_its_coauthors_after_it():
    # "<a>Two Words</a>, with A. B and C. D, appeared <a>here</a> in Journal 2019.": two capitalised words look
    # like a name, but the linked run opening the entry, its co-authors after "with", is the title
    page = ("<html><body><h1>Robin Vale</h1><h2>Papers</h2>\n"
            '<a href="https://arxiv.org/abs/1900.00001">Sparse Lattices</a>, with Q. Hart and L. Moss, appeared '
            '<a href="https://journal.example/x">here</a> in Journal of Odd Geometry 2019.</br></br>\n\n'
            '<a href="https://arxiv.org/abs/1800.00002">Random Walks on Thin Groups</a>, with Q. Hart, appeared '
            '<a href="https://journal.example/y">here</a> in Annals of Walks, 2018.</br></br>\n'
            "</body></html>")
    p = _html(page)
    assert [x.title for x in p.publications] == ["Sparse Lattices", "Random Walks on Thin Groups"]
    first = p.publications[0]
    assert [a.name for a in first.authors] == ["Robin Vale", "Q. Hart", "L. Moss"]
    assert first.year == 2019 and first.venue == "Journal of Odd Geometry"
