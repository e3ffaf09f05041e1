"""Shapes of real homepages that the smoke set of stop 42 misread (issue 8), as small synthetic sites in our own
words."""

from __future__ import annotations

import pytest

from .sitefiles import academicpages_home, imported_site


def _row(year: str, url: str, title: str, authors: str, venue: str) -> str:
    return (f"  <tr>\n    <td><span class=\"date\"><strong>{year}</strong></span></td>\n"
            f"    <td class=\"publication\">\n      <span class=\"pubtitle\"><a href=\"{url}\">{title}</a>.</span><br />\n"
            f"      <span class=\"authors\">{authors}.</span><br />\n"
            f"      <span class=\"venue\">{venue}</span>.\n    </td>\n  </tr>\n")


_TABLE = ("<table class=\"table\">\n<tbody>\n"
          + _row("2023", "https://papers.example.org/kelp", "Counting Kelp Forests from Orbit with Cheap Sensors",
                 "Ida Brenn and Tomas Quill", "Workshop on Remote Sensing of Coasts (RSC 2023)")
          + _row("2022", "https://papers.example.org/gull", "Gull-Free Harbour Surveys",
                 "Tomas Quill, Ida Brenn, and Olga Marr", "Symposium on Field Robotics (FR 2022)")
          + "</tbody>\n</table>\n")


_INCLUDING_SITES = {
    # a Jekyll home page and a publications page beside it
    "home": {"_config.yml": "title: Tomas Quill\nauthor: Tomas Quill\n",
             "index.md": "---\nlayout: home\n---\n\nI am an assistant professor of ocean engineering at Fenmark "
                         "University.\n\n### Publications\n\n{% include pubs.html %}\n",
             "publications.html": "---\nlayout: page\ntitle: Publications\n---\n<p>All of them.</p>\n\n"
                                  "{% include pubs.html %}\n"},
    # no Jekyll configuration: a markdown home page and a section page it links to
    "markdown": {"index.md": "# Tomas Quill\n\nI am an assistant professor of ocean engineering at Fenmark University."
                             "\n\n[Publications](publications.md)\n\n## Publications\n\n{% include pubs.html %}\n",
                 "publications.md": "# Publications\n\nAll of them.\n\n{% include pubs.html %}\n"},
    # an about page (_pages/about.md) and a publications page beside it
    "about": {**academicpages_home(
                  "Tomas Quill",
                  "I am an assistant professor of ocean "
                  "engineering at Fenmark University.\n\n## Recent papers\n\n{% include pubs.html %}\n",
                  titled=True),
              "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                        "{% include pubs.html %}\n"},
}


@pytest.mark.parametrize("kind", sorted(_INCLUDING_SITES))
def test_a_fragment_of_includes_that_two_pages_pull_in_is_one_list(tmp_path, kind):
    # the home (or about) page and the publications page both "{% include pubs.html %}" the same generated table:
    # its papers once each, as the site lists them once
    profile = imported_site(tmp_path / "site", {**_INCLUDING_SITES[kind], "_includes/pubs.html": _TABLE})
    titles = [p.title for p in profile.publications]
    assert titles == ["Counting Kelp Forests from Orbit with Cheap Sensors", "Gull-Free Harbour Surveys"]


def test_a_short_linked_title_with_a_link_word_inside_a_compound_is_the_title(tmp_path):
    # "<a>Data-Free Harbour Surveys</a>.": three words, one of them a compound holding "Data" (a link label's word,
    # as in "[Data]"): the paper's title, not a link named for its data
    table = _TABLE.replace("Gull-Free Harbour Surveys", "Data-Free Harbour Surveys")
    profile = imported_site(tmp_path / "site", {
        "index.md": "# Tomas Quill\n\nI am an assistant professor of ocean engineering at Fenmark University.\n\n"
                    "## Publications\n\n{% include pubs.html %}\n",
        "_includes/pubs.html": table,
    })
    works = [(p.title, p.year, [a.name for a in p.authors]) for p in profile.publications]
    assert works == [("Counting Kelp Forests from Orbit with Cheap Sensors", 2023, ["Ida Brenn", "Tomas Quill"]),
                     ("Data-Free Harbour Surveys", 2022, ["Tomas Quill", "Ida Brenn", "Olga Marr"])]


def test_a_heading_naming_talks_by_several_names_one_unknown_lists_no_papers(tmp_path):
    # "## Meeting abstracts, posters, talks and invited presentations" under the papers, its items written as the
    # papers are: two of its names say talks (the other two name no section), so its items are no papers
    item = ("{n}. **N. Ferro** and T. Quill.  \n   **{t}**.  \n   *{v}*, May 3-5, {y}, Lisbon.\n\n")
    page = ("# Nadia Ferro\n\nI am a postdoctoral researcher at Fenmark University.\n\n## Journal articles\n\n"
            + item.format(n=1, t="Tide pools as clocks", v="Journal of Coastal Things", y=2024)
            + item.format(n=2, t="Counting barnacles by sound", v="Marine Listening", y=2022)
            + "## Meeting abstracts, posters, talks and invited presentations\n\n"
            + item.format(n=1, t="Tide pools as clocks", v="Annual Meeting of the Coast Society (ACS 2024)", y=2024)
            + item.format(n=2, t="Sound maps of reefs", v="Workshop on Reef Acoustics (WRA 2023)", y=2023))
    profile = imported_site(tmp_path / "site", {"index.md": page})
    assert [p.title for p in profile.publications] == ["Tide pools as clocks", "Counting barnacles by sound"]


_PAPER_INCLUDE = ("<div class=\"paper\">\n<b>{{ paper.title }}</b><br>\n{% if paper.authors %}{{ paper.authors }}<br>"
                  "{% endif %}\n{% if paper.location %}<em>{{ paper.location }}</em>{% endif %}\n</div>\n")


def test_a_data_records_location_that_reads_as_a_venue_is_its_venue_and_year(tmp_path):
    # the records put where each paper appeared under "location:" (no venue key); a place ("Lisbon, Portugal") is
    # no venue
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Osei\nname: Mira Osei\n",
        "index.md": "---\nlayout: default\ntitle: Mira Osei\n---\n\nI am an associate professor of computer science "
                    "at Fenmark University.\n\n### Publications\n\n<ul>\n{% for paper in site.data.papers %}\n"
                    "  {% include paper.html %}\n{% endfor %}\n</ul>\n",
        "_includes/paper.html": _PAPER_INCLUDE,
        "_data/papers.yaml": (
            "-\n    title: \"Parallel Sorting of Tide Tables\"\n    authors: \"Mira Osei, Jonas Pell\"\n"
            "    location: Proceedings of the Symposium on Parallel Tides (SPT), 2021.\n\n"
            "-\n    title: \"Streaming Shell Counts\"\n    authors: \"Jonas Pell, Mira Osei\"\n"
            "    location: Lisbon, Portugal\n"),
    })
    works = [(p.title, p.year, p.venue) for p in profile.publications]
    assert works == [("Parallel Sorting of Tide Tables", 2021, "SPT"), ("Streaming Shell Counts", None, None)]


def test_a_records_authors_line_going_on_with_the_school_and_year_after_a_break(tmp_path):
    # the thesis's record writes "Owner<br>School, Year<br>" under "authors:" (its template shows the field as it
    # is): the owner is the author, the line after the break gives the year
    loop = "<ul>\n{% for paper in site.data.thesis %}\n  {% include paper.html %}\n{% endfor %}\n</ul>\n"
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Osei\nname: Mira Osei\n",
        "index.md": "---\nlayout: default\ntitle: Mira Osei\n---\n\nI am an associate professor of computer science "
                    "at Fenmark University.\n\n### Ph.D. Thesis\n\n" + loop,
        "_includes/paper.html": _PAPER_INCLUDE,
        "_data/thesis.yaml": ("-\n    title: \"Sorting Tides in Parallel\"\n"
                              "    authors: \"Mira Osei<br>Fenmark University, 2019<br>\"\n"),
    })
    works = [(p.title, p.year, [a.name for a in p.authors]) for p in profile.publications]
    assert works == [("Sorting Tides in Parallel", 2019, ["Mira Osei"])]


def test_an_authors_block_of_one_person_a_line_with_email_and_affiliation(tmp_path):
    # a paper's front matter copies the paper's author block: one line per person, the name, the email in
    # parentheses, then the place ("UC Somewhere, Somewhere, CA, USA"): the names only
    block = ("authors: |\n  Ida Brenn (ida@uni.example.edu), Fenmark University, Fenmark, CA, USA\n"
             "  Tomas Quill (tq@uni.example.edu), Fenmark University, Fenmark, CA, USA\n"
             "  Olga Marr (olga.marr@mail.example.com), Harbour Labs, Pellmark, WA, USA\n")
    profile = imported_site(tmp_path / "site", {
        **academicpages_home(
            "Tomas Quill",
            "Tomas is a postdoctoral scholar at Fenmark "
            "University.\n",
            titled=True),
        "_publications/2024-05-01-tides.md": "---\ntitle: \"Tide Pools Are Clocks\"\ncollection: publications\n"
                                             + block + "date: 2024-05-01\nvenue: 'Workshop on Coastal Systems'\n---\n",
    })
    assert [[a.name for a in p.authors] for p in profile.publications] == [["Ida Brenn", "Tomas Quill", "Olga Marr"]]


def test_an_initial_pandoc_read_as_a_one_item_letter_list_is_the_first_authors(tmp_path):
    # pandoc's citeproc wrote "F.\nRoe and ..." and a later pandoc run read "F." as the marker of a list of letters
    # ("<ol start=6 type=A><li>Roe and ..."): the browser shows "F." before "Roe", the first author's initial
    entry = ("<div id=\"ref-{k}\" class=\"csl-entry\" role=\"listitem\">\n<div class=\"csl-left-margin\">\n[{n}]\n"
             "</div>\n<div class=\"csl-right-inline\">\n<ol start=\"{s}\" type=\"A\">\n<li>{a}, <span>“{t}.”</span> "
             "{v}.\n</div></li>\n</ol>\n</div>\n")
    page = ("<html><head><title>Fenna Roe</title></head><body>\n<h1 class=\"title\">Fenna Roe</h1>\n"
            "<p>I am a research scientist at Fenmark University.</p>\n<h2>Publications</h2>\n"
            "<div id=\"refs\" class=\"references csl-bib-body\" role=\"list\">\n"
            + entry.format(k="a", n=1, s=6, a="Roe and A. Lind", t="Tide pools as clocks", v="In submission")
            + entry.format(k="b", n=2, s=20, a="Haris, F. Roe, and C. Oduya", t="Counting barnacles by sound",
                           v="Marine Listening 2024")
            + "</div>\n</body></html>\n")
    profile = imported_site(tmp_path / "site", {"index.html": page})
    works = [(p.title, [a.name for a in p.authors]) for p in profile.publications]
    assert works == [("Tide pools as clocks", ["F. Roe", "A. Lind"]),
                     ("Counting barnacles by sound", ["T. Haris", "F. Roe", "C. Oduya"])]


def test_a_scholar_is_a_position_the_bio_names(tmp_path):
    # "X is a postdoctoral scholar at Y. She is a systems researcher working with ...": the position is the
    # scholar's, the second sentence says what kind of researcher she is
    profile = imported_site(tmp_path / "site", {
        "index.md": "# Rana Oduya\n\nRana is a postdoctoral scholar at Fenmark University.\nShe is a coastal "
                    "researcher working with [Prof. Ida Brenn](https://brenn.example.org/) at the "
                    "[Tide Lab](https://tides.example.org/).\n"})
    assert profile.person.job_title == "postdoctoral scholar"
    assert [a.name for a in profile.person.affiliations][:1] == ["Fenmark University"]


def test_a_bracketed_link_in_a_sub_list_under_a_bold_title_is_no_title(tmp_path):
    # a hand-written list: the bold linked title, the authors, then a nested list of notes whose last item is a
    # bracketed link to the work's code ("[A Python package for tide tables]"): the bold line stays the title
    page = ("<html><head><title>Tomas Quill</title></head><body>\n<h1>Tomas Quill</h1>\n"
            "<p>I am an assistant professor at Fenmark University.</p>\n<h2>Papers</h2>\n<ul>\n"
            "<li><p><b><a href=\"https://arxiv.org/abs/2101.00001\">Tide Tables with General Harbour Shapes</a></b> "
            "<br />\nIda Brenn, Tomas Quill<br /></p>\n<ul>\n<li><p><b>NeurIPS 2021</b></p>\n</li>\n"
            "<li><p><a href=\"https://github.com/quill/tides\">[A Python package for tide tables]</a></p>\n</li>\n"
            "</ul>\n</li>\n"
            "<li><p><b><a href=\"https://arxiv.org/abs/2001.00002\">Counting Barnacles by Sound</a></b> <br />\n"
            "Tomas Quill, Olga Marr<br /></p>\n<ul>\n<li><p><b>ICML 2020</b></p>\n</li>\n</ul>\n</li>\n</ul>\n"
            "</body></html>\n")
    profile = imported_site(tmp_path / "site", {"index.html": page})
    works = [(p.title, p.links.get("code")) for p in profile.publications]
    assert works == [("Tide Tables with General Harbour Shapes", "https://github.com/quill/tides"),
                     ("Counting Barnacles by Sound", None)]
