"""Readings found on batches 30 a and b of real sites (measured untouched after round 29): synthetic pages, own
words, invented names."""
from __future__ import annotations

from kg.importers import import_path
from kg.importers.common import identifier_from_url

from .sitefiles import write_site

_CONFIG = ('baseURL = "https://nora-vell.example.org/"\ntitle = "Nora Vell"\ntheme = "academic"\n\n'
           '[params]\n  name = "Nora Vell"\n  role = "Assistant Professor of Botany"\n')
_ADMIN = "---\ntitle: Nora Vell\nrole: Assistant Professor of Botany\n---\nNora Vell studies mosses.\n"


def _paper(title: str, year: int, abstract: str = "We count mosses.") -> str:
    return (f'+++\ntitle = "{title}"\ndate = {year}-09-01T00:00:00\nauthors = ["Vell, Nora", "Iris Kemp"]\n'
            f'publication_types = ["2"]\npublication = "In *Moss Letters*"\nabstract = "{abstract}"\n+++\n')


def test_a_hugo_paper_page_with_a_broken_front_matter_stops_only_that_page(tmp_path):
    # one paper page whose TOML no reader can mend: said in unparsed; the site's other papers are still read
    root = write_site(tmp_path / "site", {
        "config.toml": _CONFIG, "content/authors/admin/_index.md": _ADMIN,
        "content/publication/mosses.md": _paper("Mosses of the northern bogs", 2019),
        "content/publication/lichens.md": _paper("Lichens on old roofs", 2021),
        "content/publication/broken.md": '+++\ntitle = "Ferns\nauthors = [\n+++\n',
    })
    profile = import_path(root).profile
    assert sorted(p.title for p in profile.publications) == ["Lichens on old roofs", "Mosses of the northern bogs"]
    notes = [u.text for u in profile.unparsed if u.file == "content/publication/broken.md"]
    assert len(notes) == 1 and notes[0].startswith("page not read: front matter is not valid TOML")


def test_bare_double_quotes_inside_a_toml_string_are_read_as_quotes(tmp_path):
    # 'abstract = "the "wet" years"': written by hand; TOML would end the string at the inner quote
    root = write_site(tmp_path / "site", {
        "config.toml": _CONFIG, "content/authors/admin/_index.md": _ADMIN,
        "content/publication/mosses.md": _paper("Mosses of the northern bogs", 2019, 'In the "wet" years, moss grew.'),
    })
    pubs = import_path(root).profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [("Mosses of the northern bogs", 2019, "Moss Letters")]


def test_a_scholar_address_with_a_placeholder_user_before_the_real_one():
    assert identifier_from_url("https://scholar.google.com/citations?user=SCHOLAR_ID&user=Qz3kLmN0AAAAJ") == (
        "google_scholar", "Qz3kLmN0AAAAJ")
    assert identifier_from_url("https://scholar.google.com/citations?user=PERSON-ID") is None


_PANDOC_CV = """<html><head><title>Ada Lee</title></head><body>
<h1>Ada Lee</h1>
<h1 id="publications">Publications</h1>
<dl>
<dt>2024</dt>
<dd>
<strong>Lee, A.B.</strong>, E.J. Ward, P. Moss, and J.T. Thor. mossTMB: an R package for fitting moss
models. In press at Journal of Moss Software. Preprint: bioRxiv 2022.03.24.485545. <a
href="https://doi.org/10.1101/2022.03.24.485545" class="uri">https://doi.org/10.1101/2022.03.24.485545</a>.
</dd>
<dt>2024</dt>
<dd>
Baker, K.D., <strong>A. Lee</strong>, D.R. Moss, and K.R. Skan. Moving away from the old survey grid:
Spatial models of pink shrimp (<em>Pandalus borealis</em>)
density in the north. Fisheries Research. 270: 106898.
</dd>
<dt>2020</dt>
<dd>
Maur, A., R. Frel, <strong>A. Lee</strong>, … (67 co-authors),
J.T. Thor. Are we ready to track shifts in marine
species across borders? A global survey of scientific
bottom trawl data. Global Change Biology. 27: 220–236.
</dd>
</dl></body></html>
"""


def test_a_pandoc_cv_definition_list_of_citations(tmp_path):
    page = tmp_path / "cv.html"
    page.write_text(_PANDOC_CV)
    pubs = {p.title: p for p in import_path(page).profile.publications}
    # an italic species name in brackets inside the title is the title's, no title of its own
    shrimp = pubs["Moving away from the old survey grid: Spatial models of pink shrimp (Pandalus borealis) density "
                  "in the north"]
    assert shrimp.venue == "Fisheries Research" and [a.name for a in shrimp.authors][:2] == ["K.D. Baker", "A. Lee"]
    # "… (67 co-authors)" stands for the names left out; a question, its subtitle, then the journal and its pages
    survey = pubs["Are we ready to track shifts in marine species across borders? A global survey of scientific "
                  "bottom trawl data"]
    assert [a.name for a in survey.authors] == ["A. Maur", "R. Frel", "A. Lee", "J.T. Thor"]
    assert survey.authors_truncated and survey.venue == "Global Change Biology"
    # a bioRxiv number opens with the day it was posted, no year; "In press at X": the status, then the journal
    tmb = pubs["mossTMB: an R package for fitting moss models"]
    assert (tmb.year, tmb.venue) == (2024, "Journal of Moss Software")

