"""Shapes of real pages met in held-out batch 13, each written here in our own words with invented names: a
hand-written list whose italic title speaks of a year, a circa-2000 page of Vancouver citations, jemdoc
sources whose links run over two lines, ..."""

from __future__ import annotations

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _html(text: str, name: str = "page.html"):
    return parse_html(SourceDoc(Path(name), text), ImportOptions())


YEAR_IN_TITLE = """<html><head><title>Dr. Nils Ardent - Geologist</title></head><body>
<h1>Publications</h1>
<h2>2026</h2>
<ul>
<li>
  Ada Flores Bell, Lena Sorn, <b>Nils Ardent</b>, Luis Fabian Mora. <i>Fine-Scale Patterns of the 2010 Rock Slides Revealed by a Learned Slide Catalog</i>
  Journal of Rock Research: Solid Earth. DOI: <a href="https://doi.org/10.1000/2026x1">https://doi.org/10.1000/2026x1</a>.
</li>
</ul>
</body></html>"""


def test_an_italic_title_that_names_a_year_is_still_the_title():
    # the year inside the italic phrase ("the 2010 rock slides") is the title's, not a venue's: the plain
    # line after the italic run is the venue
    pub = _html(YEAR_IN_TITLE).publications[0]
    assert pub.title == "Fine-Scale Patterns of the 2010 Rock Slides Revealed by a Learned Slide Catalog"
    assert pub.venue.startswith("Journal of Rock Research")
    assert pub.year == 2026
