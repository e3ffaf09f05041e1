"""The section classifier: which sub-sections of a page's publications hold papers (synthetic pages, invented
names)."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_markdown_page

PAGE = """# Publications

Journal papers
--------------

* R. Ashby, I. Brandt: Frost heave in alpine gravel, Journal of Cold Ground, 12(3):1-9 (2020).

Patent applications
-------------------

* R. Ashby, I. Brandt: A device to core frozen lakes, application 2021-123456 (2021).

Other
-----

* R. Ashby, K. Lune: Glaciers and their valleys, Earth Monthly, 4(1):20-22 (2019).

Poster presentations
--------------------

* R. Ashby: Moraines of the north, Winter Meeting of Geology, poster, 2018.
"""


def test_patents_and_posters_are_no_papers_and_a_plain_heading_after_them_is_the_publications_again():
    pubs = parse_markdown_page(SourceDoc(Path("publications.md"), PAGE), ImportOptions(owner="Rowan Ashby")).publications
    assert [p.title for p in pubs] == ["Frost heave in alpine gravel", "Glaciers and their valleys"]
