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

