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


_APA_LIST = """# Publications

## 2020

- Oakes, L. M., Pike, L. J., **Moss, A.**, & Thorne, W. (2020). *Owls of the high moors seen through their niche. Journal of Owl Studies*, 47(1), 181-192.

## 2019

- Marti, C., Thorne, W., **Moss, A.**, Fould, A., ... & Mink, T. (2019). *Lichen diversity drives the turnover of many moor functions.* Moss Ecology, 33(10), 2053-2064.
- **Moss, A.** (2019). Une théorie des réseaux de landes: méthodes et applications (Doctoral dissertation, Université de Lyon).

## 2021

- Cald, I., Munk, T., Hedd, M.,**Moss, A.,** Roy, M. & Thorne, W. (2021). *Cascading effects of moth outbreaks on moor food webs.* Moor Reports, 11(1), 1-12.
 Ivo Cald, Tom Munk, Mick Hedd, Anna Moss, Mel Roy & Will Thorne
"""


def test_apa_citations_of_a_markdown_list(tmp_path):
    page = tmp_path / "publications.md"
    page.write_text(_APA_LIST)
    pubs = {p.title: p for p in import_path(page, owner="Anna Moss").profile.publications}
    # the journal slipped into the title's italics, its volume after them
    owls = pubs["Owls of the high moors seen through their niche"]
    assert owls.venue == "Journal of Owl Studies"
    # the pages after a volume and its issue are no year
    assert pubs["Lichen diversity drives the turnover of many moor functions"].year == 2019
    # "(Doctoral dissertation, X)" after an unstyled title is the venue's place
    thesis = pubs["Une théorie des réseaux de landes: méthodes et applications"]
    assert thesis.venue == "Doctoral dissertation, Université de Lyon"
    # a pasted line naming the same people again is no author line
    moths = pubs["Cascading effects of moth outbreaks on moor food webs"]
    assert [a.name for a in moths.authors] == ["I. Cald", "T. Munk", "M. Hedd", "A. Moss", "M. Roy", "W. Thorne"]
    assert moths.venue == "Moor Reports"


def test_an_r_markdown_sites_navbar_gives_the_owners_profiles_and_email(tmp_path):
    root = write_site(tmp_path / "site", {
        "_site.yml": ("name: Anna Moss\nnavbar:\n  title: Anna Moss\n  left:\n  - text: Home\n    href: index.html\n"
                      "  right:\n  - text: Write to me\n    icon: fa-envelope\n    href: anna.moss@example.org\n"
                      "  - text: ''\n    icon: fa-github\n    href: https://github.com/annamoss\n"),
        "index.Rmd": "---\ntitle: Anna Moss\n---\n\nI am a postdoc studying moor ecology.\n",
    })
    person = import_path(root).profile.person
    assert person.email == "anna.moss@example.org"
    assert person.identifiers.get("github") == "annamoss"


def test_a_thesis_block_labels_its_advisors_in_french(tmp_path):
    page = tmp_path / "recherche.md"
    page.write_text("# Anna Moss\n\n## Thèse de doctorat\n\nTitre : Modèles des landes humides\n\nAnnée : 2024\n\n"
                    "Université : Université de Lyon\n\nDirection : Paul Lind et Marie-Anne Roe\n")
    person = import_path(page, owner="Anna Moss").profile.person
    assert person.advisors == ["Paul Lind", "Marie-Anne Roe"]


def test_academic_before_v4_shows_the_params_profile_not_a_left_over_author_page(tmp_path):
    config = ('baseURL = "https://nora-vell.example.org/"\ntitle = "Nora Vell"\ntheme = "academic"\n\n[params]\n'
              '  name = "Nora Vell"\n  role = "Assistant Professor of Botany"\n\n[[params.social]]\n'
              '  icon = "github"\n  link = "https://github.com/noravell"\n')
    about = ('+++\nwidget = "about"\nactive = true\n\n[interests]\n  interests = ["Mosses"]\n\n'
             '[[education.courses]]\n  course = "PhD in Botany"\n  institution = "University of Lakeside"\n'
             '  year = 2015\n+++\n\nNora Vell studies mosses.\n')
    admin = ("---\ntitle: Nora Vell\nrole: Endowed Professor of Botany\nsocial:\n- icon: github\n"
             "  link: https://github.com/nvell-old\n---\nNora Vell studies mosses.\n")
    root = write_site(tmp_path / "site", {"config.toml": config, "content/home/about.md": about,
                                          "content/authors/admin/_index.md": admin,
                                          "content/publication/mosses.md": _paper("Mosses of the northern bogs", 2019)})
    person = import_path(root).profile.person
    assert person.identifiers.get("github") == "noravell"
    assert person.job_title == "Assistant Professor of Botany"
