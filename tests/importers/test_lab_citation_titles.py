"""A lab site whose publication records keep the whole citation in their title field, whose marks are explained by
a "highlighted with (*)" line, and whose home page speaks in the group's voice (a motto, a call for applicants, news
of its members): read as its head's profile.

The site is written here in our own words, in the shape real lab sites take."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import write_site
from kg.importers.common import read_legend, split_authors


def _lab_site(root: Path) -> Path:
    return write_site(root, {
        "_config.yml": "title: Dune Physics Lab\nemail: your-email@domain.com\n",
        "_pages/home.md": (
            "---\ntitle: \"Dune Physics Lab\"\nlayout: homelay\npermalink: /\n---\n\n"
            "**\"Observe, Model, Share: Sand for Everyone\"**\n\n"
            "Our vision is to understand how [dunes](research) move, with open tools (see our "
            "**[Github](https://github.com/example-lab)**).\n\n"
            "***SEMINAR UPDATES***\nGroup presentations to conferences\n"
            "* Fall meeting **[Lind et al., 2023, Dune Update](https://example.org/slides)**\n\n"
            "Our postdoc Ravi will start his own lab at Eastfield University.\n\n"
            "We are located in Northport, at the University of Westmoor, on the windy coast of the northern sea.\n\n"
            " **We are looking for new graduate students, postdocs, and undergraduate researchers** "
            "[(more info)](/openings) **!**\n"),
        "_pages/publications.md": (
            "---\ntitle: Publications\npermalink: /publications/\n---\n\n# Publications\n\n"
            "The group's **Ph.D. dissertations** are online:\n\n"
            "* Kai Moss, 2023, Northfield University, [dissertation](../downloads/moss.pdf)\n"
            "* Pia Ortiz, 2022, University of Eastport, [dissertation](../downloads/ortiz.pdf)\n\n"
            "Students and postdocs of the group are highlighted with (*)\n\n"
            "{% for publi in site.data.publist %}\n{{ publi.title }}\n{{ publi.authors }}\n"
            "<a href=\"{{ publi.link.url }}\">{{ publi.link.display }}</a>\n{% endfor %}\n"),
        "_pages/team.md": (
            "---\ntitle: Team\npermalink: /team/\n---\n\n{% for member in site.data.team_members %}\n"
            "{{ member.name }} {{ member.info }}\n{% endfor %}\n"),
        "_data/team_members.yml": "- name: Ingrid Lind\n  info: Associate Professor\n  email: ilind@example.edu\n",
        "_data/publist.yml": (
            "- title: \"Ripples on wet sand, a field study, Submitted to Journal of Granular Flow\"\n"
            "  authors: Moss, K., Ortiz, P., Lind, I. A.\n"
            "  link:\n    url: https://example.org/a.pdf\n    display: Moss et al, 2024\n\n"
            "- title: \"Wind sets the height of barchan dunes, 2023, doi:10.1234/dunes.2023.1\"\n"
            "  authors: Ortiz, P.(*), Lind, I. A.\n"
            "  link:\n    url: https://example.org/b\n    display: Ortiz and Lind (2023)\n\n"
            "- title: \"Sorting, packing, and flow of sand grains, 2021, J. Gran. Res., 12(3), pp 10-20, "
            "doi:10.1234/jgr.2021.5\"\n"
            "  authors: Moss (*), K., I. Lind}, and Ortiz, P.\n"
            "  link:\n    url: https://example.org/c.pdf\n    display: Moss et al, 2020\n"),
    })


def test_a_records_title_field_holding_the_whole_citation_is_split_into_title_year_venue_and_doi(tmp_path):
    profile = import_path(_lab_site(tmp_path / "site")).profile
    pubs = {p.title: p for p in profile.publications}
    sorting = pubs["Sorting, packing, and flow of sand grains"]  # (a title's own commas stay in it)
    assert (sorting.year, sorting.venue, sorting.doi) == (2021, "J. Gran. Res", "10.1234/jgr.2021.5")
    wind = pubs["Wind sets the height of barchan dunes"]
    # the link's text "Ortiz and Lind (2023)" is the work's short name, no venue
    assert (wind.year, wind.venue, wind.doi) == (2023, None, "10.1234/dunes.2023.1")
    ripples = pubs["Ripples on wet sand, a field study"]
    assert ripples.venue == "Journal of Granular Flow" and ripples.year == 2024


def test_a_bracketed_mark_explained_by_a_highlighted_with_legend_marks_the_groups_members(tmp_path):
    profile = import_path(_lab_site(tmp_path / "site")).profile
    pubs = {p.title: p for p in profile.publications}
    assert [(a.name, a.marks) for a in pubs["Wind sets the height of barchan dunes"].authors] == [
        ("P. Ortiz", ["mentee"]), ("I. A. Lind", [])]
    # the mark between family name and initial, a stray brace, a last author written family name first
    assert [(a.name, a.marks) for a in pubs["Sorting, packing, and flow of sand grains"].authors] == [
        ("K. Moss", ["mentee"]), ("I. Lind", []), ("P. Ortiz", [])]
    assert read_legend("Students of the group are marked with *") == {"*": "mentee"}
    assert [(a.name, a.marks) for a in split_authors("Roe (*), A., Lee, B.", {"*": "mentee"}).authors] == [
        ("A. Roe", ["mentee"]), ("B. Lee", [])]


def test_a_lab_home_pages_motto_recruiting_line_and_news_of_members_are_not_its_heads(tmp_path):
    profile = import_path(_lab_site(tmp_path / "site")).profile
    assert profile.person.name == "Ingrid Lind"
    # not "looking for new graduate students, postdocs ...", nor the postdoc's new lab
    assert profile.person.job_title == "Associate Professor"
    assert not any("Eastfield" in a.name or "presentations" in a.name.lower() for a in profile.person.affiliations)
    # where the group says it is located is its head's university
    assert "University of Westmoor" in [a.name for a in profile.person.affiliations]
    # the bold quoted motto over the lab's prose is no paper; nor is a student's dissertation read as titled by its
    # university
    assert not any(p.title.startswith("Observe, Model") or "University" in p.title for p in profile.publications)
    assert len(profile.publications) == 3


def test_title_field_doi_read_as_any_citation_writes_it():
    """The DOI at the end of a record's title field is read as a page's citation text is (one reader, common's
    doi_in_text): an address with no scheme, a bracket around it, its stop, all left out of the DOI and the venue."""
    from kg.importers.site.records import title_citation_tail

    assert title_citation_tail("Waves in sand and mud, 2019, J. Sand Res., 12(3), doi.org/10.1234/x.2") == (
        "Waves in sand and mud", 2019, "J. Sand Res., 12(3)", "10.1234/x.2")
    assert title_citation_tail("Waves in sand and mud, 2019, J. Sand Res. (doi:10.1234/x.2).") == (
        "Waves in sand and mud", 2019, "J. Sand Res.", "10.1234/x.2")
