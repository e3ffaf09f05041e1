"""Shapes of real homepages that the smoke set of stop 41 misread (issue 8), as small synthetic sites in our own
words."""

from __future__ import annotations

import json

from .sitefiles import imported_site


def test_a_quarto_page_whose_list_a_code_cell_writes_is_read_from_its_frozen_execution(tmp_path):
    # the page's R cell fetches the papers at render time ("output: asis"); with "freeze: auto" Quarto keeps the
    # page's executed markdown in _freeze/, which the site is rendered from: that markdown is the page
    frozen = ("---\ntitle: Papers\n---\n\n<div class=\"csl-bib-body\">\n"
              "  <div class=\"csl-entry\">Marsh, T. J., &amp; <b>Vell, O. K.</b> (2021). Moss on north walls. "
              "<i>Journal of Damp Places</i>, <i>4</i>(2), 10-19.</div>\n"
              "  <div class=\"csl-entry\"><b>Vell, O. K.</b> (2018). Lichen counts in two valleys. "
              "<i>Alpine Notes</i>, <i>7</i>, 33.</div>\n</div>\n")
    profile = imported_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nexecute:\n  freeze: auto\nwebsite:\n  title: Olle Vell\n",
        "index.qmd": "---\ntitle: Olle Vell\n---\n\nI count mosses and lichens.\n\n[Papers](papers.qmd)\n",
        "papers.qmd": "---\ntitle: Papers\n---\n\n```{r}\n#| output: asis\nlibrary(httr2)\n"
                      "items <- fetch_my_library()\ncat(items)\n```\n",
        "_freeze/papers/execute-results/html.json": json.dumps(
            {"hash": "0", "result": {"engine": "knitr", "markdown": frozen, "supporting": []}}),
    })
    works = [(p.title, p.year, p.venue, [a.name for a in p.authors]) for p in profile.publications]
    assert works == [("Moss on north walls", 2021, "Journal of Damp Places", ["T. J. Marsh", "O. K. Vell"]),
                     ("Lichen counts in two valleys", 2018, "Alpine Notes", ["O. K. Vell"])]
    assert not [u for u in profile.unparsed if "library(" in u.text]


def _affiliations(tmp_path, bio: str) -> list[tuple[str, str | None, bool]]:
    profile = imported_site(tmp_path / "site", {"index.md": f"# Rana Oduya\n\n{bio}\n"})
    return [(a.name, a.department, a.current) for a in profile.person.affiliations]


def test_what_the_owner_does_at_the_place_is_no_part_of_its_name(tmp_path):
    # the bio sentence goes on after the place with a clause of what the owner does there
    assert _affiliations(tmp_path / "a", "I am a Research Scientist at the Institute of Harbor Studies, developing "
                                         "sensors for tidal flats and salt marshes.")[0][0] == "Institute of Harbor Studies"
    assert _affiliations(tmp_path / "b", "I am an Associate Professor at Fenmark University, as well as a field member "
                                         "in Physics and Data Science.")[0][0] == "Fenmark University"


def test_a_dash_between_spaces_ends_the_place(tmp_path):
    # "at X — see my profile": an aside after the place, no part of its name
    affs = _affiliations(tmp_path, "I am a Lecturer at the University of Pellmark — see [my profile]"
                                   "(https://tides.example.org/me).")
    assert [a[0] for a in affs] == ["University of Pellmark"]

def test_a_position_held_with_a_grant_at_a_group_of_a_university(tmp_path):
    # what the position comes with ("with a national grant"), then the group and its university, then an aside
    affs = _affiliations(tmp_path, "I am currently a research group leader with a national grant at the [Tidal "
                                   "Physics group](https://tides.example.org/) at the University of Pellmark — see "
                                   "[my profile](https://tides.example.org/me).")
    assert affs == [("University of Pellmark", "Tidal Physics group", True)]

def test_a_past_position_ends_where_the_next_step_of_the_career_begins(tmp_path):
    # "Previously, I was a postdoc at X, earned my PhD at Y ...": X the past place, not the clause after it
    affs = _affiliations(tmp_path, "I am a Lecturer at Fenmark University.\n\nPreviously, I was a postdoc at Lakeside "
                                   "University, earned my PhD in Biology at Hillcrest University advised by Ann Moor, "
                                   "and received a BS from Dune College.")
    assert ("Lakeside University", None, False) in affs
    assert not [a for a in affs if "earned" in a[0]]


def test_a_venue_key_holding_a_web_address_is_the_works_link_not_its_venue(tmp_path):
    # a data file whose "journal:" is the address of the theme's Journal button; the venue line, with the year,
    # is under "conference:"
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Tull\nauthor:\n  name: Mira Tull\n",
        "index.md": "---\nlayout: home\n---\n\nI build small quantum machines.\n\n## Publications\n\n"
                    "{% for p in site.data.publications.main %}\n<li>{{ p.title }} {{ p.authors }} "
                    "{{ p.conference }}</li>\n{% endfor %}\n",
        "_data/publications.yml": (
            "main:\n"
            "  - title: \"Counting photons in a cold trap\"\n    authors: Ivo Brand, <strong>Mira Tull</strong>\n"
            "    conference_short: Cold Lett.\n    conference: Cold Letters, 2022.\n"
            "    journal: https://coldletters.example.org/abs/22.041\n"
            "  - title: \"Two ions, one clock\"\n    authors: <strong>Mira Tull</strong>, Ada Peel\n"
            "    conference: Clock Review, 2019.\n"),
    })
    works = sorted((p.title, p.year, p.venue, p.links.get("journal")) for p in profile.publications)
    assert works == [("Counting photons in a cold trap", 2022, "Cold Lett.", "https://coldletters.example.org/abs/22.041"),
                     ("Two ions, one clock", 2019, "Clock Review", None)]


_PAPERS_RMD = ("---\ntitle: Publications\n---\n\n"
               "Moss, K., **{me}** (2023). [Soil crusts seen from orbit](https://doi.org/10.1/a). *Remote Sands*, 4.\n\n"
               "**{me}**, Pike, L. (2021). [Dune edges in winter](https://doi.org/10.1/b). *Arid Notes*, 9.\n\n"
               "Tern, O., **{me}**, Moss, K. (2019). [Counting shrubs by drone](https://doi.org/10.1/c). *Field Eyes*, 2.\n")


def test_a_blogdown_home_page_is_read_as_the_site_home_not_as_a_partial(tmp_path):
    # blogdown writes Hugo's home page as content/_index.Rmd: a section index, no partial a page pulls in
    profile = imported_site(tmp_path / "site", {
        "_index.Rmd": "---\ntitle: Jana Lind\n---\n\nI am a Research Fellow at Lakeside University.\n",
        "publications.Rmd": _PAPERS_RMD.format(me="Lind, J."),
    })
    assert [a.name for a in profile.person.affiliations] == ["Lakeside University"]
    assert not [u for u in profile.unparsed if u.file == "_index.Rmd" and "partial" in u.text]


def test_the_full_form_of_a_double_family_name_is_found_with_its_hyphen():
    from kg.importers.site.owner import fullest_form

    assert fullest_form(["J. Roe-Lind"], ["<p>Jana Roe-Lind counts dunes.</p>"]) == "Jana Roe-Lind"


def test_the_owner_named_only_in_the_home_pages_front_matter_is_named_in_full(tmp_path):
    # the papers bold the owner as "Lind, J."; the theme shows the home page's "subheading:" under its heading,
    # the one place the name is written out
    profile = imported_site(tmp_path / "site", {
        "_index.Rmd": "---\ntitle: About\nsubheading: Jana Lind – soil, sand and satellites\n---\n\n"
                     "I study dry land from above.\n",
        "publications.Rmd": _PAPERS_RMD.format(me="Lind, J."),
    })
    assert profile.person.name == "Jana Lind"


def test_a_status_badge_before_a_title_is_no_part_of_it_nor_the_venue(tmp_path):
    # a pre-rendered React page: "<span class=badge>NEW</span><a>Title</a>" with no space between; the badge says
    # the paper is recent, not where it appeared
    def item(badge: str, title: str, venue: str) -> str:
        return (f'<li class="row mb-4"><div class="col-md-9"><h4 class="h5">{badge}<a class="link-unstyled">{title}</a>'
                '</h4><div><ul class="list-inline"><li class="list-inline-item">Ivo Brand</li>'
                '<li class="list-inline-item"><strong>Mira Tull</strong></li></ul></div>'
                f'<div class="mt-1 font-italic">— {venue}</div></div></li>')

    new = '<span class="badge badge-danger mr-2">NEW</span>'
    page = tmp_path / "index.html"
    page.write_text("<html><head><title>Mira Tull</title></head><body><h1>Mira Tull</h1><p>I am a Lecturer at Fenmark "
                    "University.</p><h2>Publications</h2>"
                    '<ul class="list-unstyled">' + item(new, "Lasers on a budget", "Under Submission")
                    + item(new, "Counting photons in cold traps", "Under Submission")
                    + item("", "Mirrors that listen to light", "Under Submission") + "</ul></body></html>")
    from kg.importers import import_path

    works = [(p.title, p.venue) for p in import_path(page).profile.publications]
    assert works == [("Lasers on a budget", "Under Submission"), ("Counting photons in cold traps", "Under Submission"),
                     ("Mirrors that listen to light", "Under Submission")]


def test_the_workplace_a_theme_shows_from_the_configuration_wins_over_the_bio_sentence(tmp_path):
    # minimal-light: "position:" and "affiliation:" at the top of _config.yml, shown under the owner's name; the
    # bio says the same place in a longer sentence
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Tull\nposition: Associate Professor\naffiliation: Fenmark Institute of Optics\n",
        "index.md": "---\nlayout: homepage\n---\n\nI am an Associate Professor at the Fenmark Institute in Ostby "
                    "(a [national post](https://posts.example.org)) in the Q team.\n",
    })
    assert profile.person.job_title == "Associate Professor"
    assert [(a.name, a.role) for a in profile.person.affiliations] == [("Fenmark Institute of Optics",
                                                                         "Associate Professor")]


def test_a_position_named_before_the_word_position_is_the_job(tmp_path):
    profile = imported_site(tmp_path / "site", {"index.md": "# Rana Oduya\n\nI teach two master's courses at "
                                                            "Fenmark University, where I hold a lecturer position "
                                                            "since 2019.\n"})
    assert profile.person.job_title == "lecturer"


def test_the_host_named_after_a_past_place_is_no_part_of_it(tmp_path):
    affs = _affiliations(tmp_path, "I am a Lecturer at Fenmark University.\n\nPreviously, I was a postdoc at Lakeside "
                                   "University with John P. Moor. I like maps.")
    assert ("Lakeside University", None, False) in affs
