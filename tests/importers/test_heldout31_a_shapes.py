"""Readings found on batch 31 a of real sites: synthetic pages, own words, invented names."""
from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site

_CONFIG = 'baseURL = "https://ola-brandt.example.org/"\ntitle = "Ola Brandt"\ntheme = "handmade"\n'


def _page(byline: str) -> str:
    return ('---\ntitle: "Tides in shallow estuaries"\nauthor: "Ola Brandt"\ndate: "2021-05-02"\n---\n\n'
            f'{byline}\n\n<p><i>Coastal Letters</i>, 2019.</p>\n\n<p>We measure tides in small bays.</p>\n')


def test_a_hugo_paper_page_whose_byline_is_an_html_paragraph_of_the_body(tmp_path):
    # "author:" up top is the page's writer (the owner); the paper's authors are the body's first <p>, wrapped
    # over lines, the owner in bold, '&#42;' after the co-first authors
    root = write_site(tmp_path / "site", {
        "config.toml": _CONFIG,
        "content/publications/tides.md": _page("<p>\nPer Lund&#42;, <b>Ola Brandt</b>&#42;, Mia\nStrand and Ivo Berg\n</p>"),
    })
    [pub] = import_path(root).profile.publications
    assert [a.name for a in pub.authors] == ["Per Lund", "Ola Brandt", "Mia Strand", "Ivo Berg"]
    assert [a.is_self for a in pub.authors] == [False, True, False, False]
    assert pub.authors[0].marks == ["equal_contribution"]
    assert "Per Lund" not in (pub.abstract or "")


def test_a_byline_of_many_names_is_still_a_byline(tmp_path):
    # forty authors make a line far longer than a sentence of prose: the length a byline may have grows with it
    names = ", ".join(f"Name{chr(65 + i % 26)}a Surname{chr(65 + i // 26)}{chr(97 + i % 26)}son" for i in range(40))
    root = write_site(tmp_path / "site", {
        "config.toml": _CONFIG,
        "content/publications/tides.md": _page(f"<p><b>Ola Brandt</b>, {names}</p>"),
    })
    [pub] = import_path(root).profile.publications
    assert len(pub.authors) == 41 and pub.authors[0].is_self


def test_the_body_byline_of_a_paper_page_when_the_config_params_name_the_owner(tmp_path):
    # the site's params give the owner's e-mail and handle (read as Academic's params profile): the paper pages of
    # content/publications/ are read as Academic's, whose authors come from "authors:"; with none, the body's
    # opening byline is the paper's, and it is no abstract
    config = _CONFIG + '\n[params]\n  email = "ola@example.org"\n  twitter = "@olabrandt"\n'
    root = write_site(tmp_path / "site", {
        "config.toml": config,
        "content/publications/tides.md": _page("<p><b>Ola Brandt</b>, Per Lund,\nMia Strand & Ivo Berg</p>"),
    })
    [pub] = import_path(root).profile.publications
    assert [a.name for a in pub.authors] == ["Ola Brandt", "Per Lund", "Mia Strand", "Ivo Berg"]
    assert pub.authors[0].is_self
    assert "Per Lund" not in (pub.abstract or "")


def test_the_venue_line_and_buttons_under_a_body_byline(tmp_path):
    # "<i>Venue</i>, year." under the byline is the paper's venue and year (the page's date is when it was
    # posted); the pill buttons after it are the paper's links, not its abstract
    config = _CONFIG + '\n[params]\n  email = "ola@example.org"\n'
    page = ('---\ntitle: "Tides in shallow estuaries"\nauthor: "Ola Brandt"\ndate: "2021-05-02"\n---\n\n'
            '<p><b>Ola Brandt</b> and Per Lund</p>\n\n'
            '<p><i>Coastal Letters</i>, 2019. DOI: <a href="https://doi.org/10.5555/tides.1">10.5555/tides.1</a></p>\n\n'
            '<p>\n<a class="pill" href="https://example.org/tides.pdf"><i class="far fa-file-pdf"></i> PDF</a>\n'
            '<a class="pill" href="https://github.com/olab/tides"><i class="fab fa-github"></i> GitHub</a>\n</p>\n\n'
            '<p>We measure tides in small bays.</p>\n')
    root = write_site(tmp_path / "site", {"config.toml": config, "content/publications/tides.md": page})
    [pub] = import_path(root).profile.publications
    assert (pub.venue, pub.year, pub.doi) == ("Coastal Letters", 2019, "10.5555/tides.1")
    assert pub.links["pdf"] == "https://example.org/tides.pdf" and pub.links["code"] == "https://github.com/olab/tides"
    assert pub.abstract == "We measure tides in small bays."


def test_the_config_params_of_a_site_without_an_about_widget_give_the_owner_email_and_handle(tmp_path):
    # paper pages and a configuration, no author page nor about widget: params' e-mail and twitter are the owner's
    config = _CONFIG + '\n[params]\n  email = "ola@example.org"\n  twitter = "@olabrandt"\n'
    root = write_site(tmp_path / "site", {
        "config.toml": config,
        "content/publications/tides.md": _page("<p><b>Ola Brandt</b> and Per Lund</p>"),
    })
    person = import_path(root).profile.person
    assert person.email == "ola@example.org"
    assert person.identifiers.get("twitter") == "olabrandt"


def test_a_venue_line_in_the_bylines_own_paragraph_is_read(tmp_path):
    # the byline and the venue line under it with no blank line between ("Per Lund and Ola Brandt" /
    # "<i>Coastal Letters</i>, 2019."): one paragraph, whose line after the byline is read on as the venue and year
    # (it was dropped with the byline's paragraph: no venue, the page's date as the year, the line unparsed)
    page = ('---\ntitle: "Tides in shallow estuaries"\nauthor: "Ola Brandt"\ndate: "2021-05-02"\n---\n\n'
            'Per Lund and Ola Brandt\n<i>Coastal Letters</i>, 2019.\n\nWe measure tides in small bays.\n')
    root = write_site(tmp_path / "site", {"config.toml": _CONFIG, "content/publications/tides.md": page})
    result = import_path(root)
    [pub] = result.profile.publications
    assert [a.name for a in pub.authors] == ["Per Lund", "Ola Brandt"]
    assert (pub.venue, pub.year) == ("Coastal Letters", 2019)
    assert pub.abstract == "We measure tides in small bays."
    assert not [u for u in result.profile.unparsed if "Coastal" in u.text]
