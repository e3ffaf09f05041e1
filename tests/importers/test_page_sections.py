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


BIO = """<html lang="fr"><body>
<h1>Rowan Ashby</h1>
Professeure titulaire<br>Département de géologie<br>Université du Lac
<p id="subheading">Formation</p>
B.Sc. Geology, Hill College (1990-1994)<br>
Ph.D. Geology, Lakeside University (1994-1999)<br>
<p id="subheading">Awards</p>
Prix d'enseignement, Faculté des sciences, Université du Lac : 2004, 2009<br>
Medal for young geologists, Geology Society (2001)<br>
<p id="subheading">Étudiants</p>
Ilse Brandt (doctorat)<br>
</body></html>
"""


def test_a_paragraph_whose_id_says_heading_heads_its_section_named_in_the_pages_language():
    from kg.importers.page.parse import parse_html

    page = parse_html(SourceDoc(Path("bio.html"), BIO), ImportOptions())
    assert [(a.name.split(",")[0], a.year) for a in page.awards] == [
        ("Prix d'enseignement", 2009), ("Medal for young geologists", 2001)]
    assert [e.institution for e in page.person.education] == ["Hill College", "Lakeside University"]
    assert [s.name for s in page.students] == ["Ilse Brandt"]
