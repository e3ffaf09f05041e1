"""Readings found on real sites without gold (smoke run of round 33): what a site lists beside its papers (talks,
posters, prose about its research) and one paper written twice.  Synthetic sites, own words."""
from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import write_site

_CONFIG = 'title: "Mira Holt"\nauthor:\n  name: "Mira Holt"\n'
_ABOUT = "---\npermalink: /\ntitle: About\n---\n\nI study how frost shapes alpine soils.\n"


def _paper(title: str, year: int) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: {year}-03-01\nvenue: 'Soil Letters'\n"
            f"citation: 'Holt, M. ({year}). {title}. <i>Soil Letters</i>.'\n---\n")


def test_a_collection_of_talks_and_posters_named_by_their_category_holds_no_papers(tmp_path: Path):
    # "_meetings/" (a collection of another name): each page's front matter gives a title, the meeting, its
    # authors and "category: Talk" or "category: Poster": presentations at meetings, not papers
    meeting = ("---\ntitle: \"{title}\"\ndate: 2023-05-0{n}\nconference: \"Annual Meeting of the Frost Society\"\n"
               "contributing_authors:\n  - Mira Holt\n  - Tove Ek\ncategory: \"{cat}\"\n---\n\nWhat we showed.\n")
    d = write_site(tmp_path / "site", {
        "_config.yml": _CONFIG, "_pages/about.md": _ABOUT,
        "_publications/2021-a.md": _paper("Needle Ice and the Lifting of Stones", 2021),
        "_meetings/a.md": meeting.format(title="Frost Heave Measured Weekly", n=1, cat="Talk"),
        "_meetings/b.md": meeting.format(title="Stone Circles Seen from a Drone", n=2, cat="Poster"),
        "_meetings/c.md": meeting.format(title="A Winter of Soil Probes", n=3, cat="Poster")})
    prof = import_path(d).profile
    assert [p.title for p in prof.publications] == ["Needle Ice and the Lifting of Stones"]


def test_a_paper_two_files_write_with_different_math_markup_is_one_work(tmp_path: Path):
    # the about page's table writes "$\mathcal{N}=2$" and "SU$_{3}$", the data file the site's list draws writes
    # the letter as a math character ("𝒩") and "SU$3$": one paper each, written with other markup
    d = write_site(tmp_path / "site", {
        "_config.yml": _CONFIG,
        "_pages/about.md": _ABOUT + (
            "\n## Papers\n\n"
            "- *\"Frost lines in $\\mathcal{N}=2$ soil models\"*, with T. Ek, Soil Letters, 2022\n"
            "- *\"Ice lenses below SU$_{3}$ meadows\"*, with T. Ek, Soil Letters, 2021\n"
            "- *\"Needle ice and the lifting of stones\"*, with T. Ek, Soil Letters, 2020\n"),
        "_data/papers.yml": (
            "- title: \"Frost lines in 𝒩$=2$ soil models\"\n  authors: Mira Holt and Tove Ek\n"
            "  journal: Soil Letters\n  year: 2022\n"
            "- title: \"Ice lenses below SU$3$ meadows\"\n  authors: Mira Holt and Tove Ek\n"
            "  journal: Soil Letters\n  year: 2021\n"),
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                  "{% for p in site.data.papers %}{{ p.title }}{% endfor %}\n"})
    pubs = import_path(d).profile.publications
    assert len(pubs) == 3, [p.title for p in pubs]


def test_a_hugo_folder_of_posters_beside_the_papers_holds_no_papers(tmp_path: Path):
    # the home page lists content/publication/ under "Publications" and content/meetings/ under "Meetings": each
    # meeting page names the meeting as its "publication" and gives a poster or a recording, no paper (no pdf, no
    # DOI, no publication type): posters shown at meetings, not papers
    poster = ("---\ntitle: \"{title}\"\nauthors:\n- admin\n- Tove Ek\ndate: \"2024-0{n}-10\"\n"
              "publication: \"*Meeting of the Frost Society* (MFS)\"\n{link}\n---\n")
    site = write_site(tmp_path / "site", {
        "config/_default/hugo.yaml": "title: Mira Holt\nbaseURL: 'https://mholt.example.org/'\n",
        "content/authors/admin/_index.md": "---\ntitle: Mira Holt\nrole: Soil Scientist\n---\n",
        "content/_index.md": ("---\ntitle: ''\ntype: landing\nsections:\n"
                              "- block: collection\n  content:\n    title: Publications\n"
                              "    filters:\n      folders:\n      - publication\n"
                              "- block: collection\n  content:\n    title: Meetings\n"
                              "    filters:\n      folders:\n      - meetings\n---\n"),
        "content/publication/p1/index.md": ("---\ntitle: \"Needle ice and the lifting of stones\"\nauthors:\n- admin\n"
                                            "date: 2023-04-01\npublication: '*Soil Letters*'\n"
                                            "publication_types: [\"article-journal\"]\n---\n"),
        "content/meetings/m1/index.md": poster.format(title="Frost heave measured weekly", n=3,
                                                      link="url_poster: poster/m1.pdf"),
        "content/meetings/m2/index.md": poster.format(title="Stone circles seen from a drone", n=5,
                                                      link="url_video: poster/m2.mp4"),
    })
    pubs = import_path(site).profile.publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones"]


def test_a_button_set_in_a_heading_does_not_name_the_section(tmp_path: Path):
    # "<h2>Selected Talks <a class="btn">All Publications and Talks »</a></h2>": the button inside the heading
    # leads to another page; the section is the talks its own words name, and its items are no papers
    d = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Mira Holt</title></head><body><h1>Mira Holt</h1>"
        "<p>I study how frost shapes alpine soils.</p>"
        "<h2>Selected Publications <a href='pubs.html' class='btn btn-primary'>All Publications &raquo;</a></h2><ul>"
        "<li><a href='https://doi.org/10.1/a'>\"Needle Ice and the Lifting of Stones\"</a>, <b>Mira Holt</b> and "
        "Tove Ek. <i>Soil Letters</i>, 2021.</li></ul>"
        "<h2>Selected Talks <a href='pubs.html' class='btn btn-primary'>All Publications and Talks &raquo;</a></h2><ul>"
        "<li>\"Frost Heave for Beginners\", <b>Mira Holt</b>. Valley Club evening talk. May 2, 2023.</li>"
        "<li><a href='https://example.org/t2'>\"Counting Stone Circles by Drone\"</a>, Tove Ek, <b>Mira Holt</b>. "
        "<b>Meeting of the Frost Society</b>, 2022.</li></ul></body></html>")})
    prof = import_path(d).profile
    assert [p.title for p in prof.publications] == ["Needle Ice and the Lifting of Stones"]



def test_a_title_read_up_to_the_parenthesis_that_opens_its_coauthors_ends_before_it():
    # "<strong>Title</strong> (with <a>Ada Lee</a>, Bo Roe)" where an unclosed anchor holds the title and the
    # "(with": the aside's opening is no part of the title
    from kg.importers.page.context import clean_title

    assert clean_title("Needle ice and the lifting of stones (with") == "Needle ice and the lifting of stones"
    assert clean_title("Needle ice and the lifting of stones [joint with ") == "Needle ice and the lifting of stones"
    assert clean_title("Living with frost") == "Living with frost"
