"""Readings found on real sites without gold (smoke run of round 33): what a site lists beside its papers (talks,
posters, prose about its research) and one paper written twice.  Synthetic sites, own words."""
from __future__ import annotations

from pathlib import Path

from .sitefiles import imported_site

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
    prof = imported_site(tmp_path / "site", {
        "_config.yml": _CONFIG, "_pages/about.md": _ABOUT,
        "_publications/2021-a.md": _paper("Needle Ice and the Lifting of Stones", 2021),
        "_meetings/a.md": meeting.format(title="Frost Heave Measured Weekly", n=1, cat="Talk"),
        "_meetings/b.md": meeting.format(title="Stone Circles Seen from a Drone", n=2, cat="Poster"),
        "_meetings/c.md": meeting.format(title="A Winter of Soil Probes", n=3, cat="Poster")})
    assert [p.title for p in prof.publications] == ["Needle Ice and the Lifting of Stones"]


def test_a_paper_two_files_write_with_different_math_markup_is_one_work(tmp_path: Path):
    # the about page's table writes "$\mathcal{N}=2$" and "SU$_{3}$", the data file the site's list draws writes
    # the letter as a math character ("𝒩") and "SU$3$": one paper each, written with other markup
    pubs = imported_site(tmp_path / "site", {
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
                                  "{% for p in site.data.papers %}{{ p.title }}{% endfor %}\n"}).publications
    assert len(pubs) == 3, [p.title for p in pubs]


def test_a_hugo_folder_of_posters_beside_the_papers_holds_no_papers(tmp_path: Path):
    # the home page lists content/publication/ under "Publications" and content/meetings/ under "Meetings": each
    # meeting page names the meeting as its "publication" and gives a poster or a recording, no paper (no pdf, no
    # DOI, no publication type): posters shown at meetings, not papers
    poster = ("---\ntitle: \"{title}\"\nauthors:\n- admin\n- Tove Ek\ndate: \"2024-0{n}-10\"\n"
              "publication: \"*Meeting of the Frost Society* (MFS)\"\n{link}\n---\n")
    pubs = imported_site(tmp_path / "site", {
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
    }).publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones"]


_PAPERS = ("\n## Publications\n\n"
           "- T. Ek, **M. Holt**. Needle ice and the lifting of stones. *Soil Letters*, 2021.\n"
           "- **M. Holt**, T. Ek. Frost heave measured weekly. *Journal of Cold Ground*, 2023.\n")


def test_a_sentence_of_the_owner_about_the_list_below_it_is_no_paper(tmp_path: Path):
    # a line of prose opening a section ("Below is a list of my articles ... I also give a link"), and a
    # paragraph about a project that speaks of what "we" did and links its data: no authors, no year, the owner
    # speaking: no paper (an essay's title that asks what "we" should think stays one)
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _CONFIG, "_pages/about.md": _ABOUT,
        "_pages/publications.md": (
            "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
            "Below is a list of my articles in reviewed journals. Where I can, I also give a link to a "
            "[free copy](https://arxiv.org) of each.\n" + _PAPERS
            + "\n## Essays\n\n[\"How should we think about frost in towns?\"](https://blog.example.org/frost), "
              "*Frost Blog*.\n"),
        "_pages/research.md": (
            "---\npermalink: /research/\ntitle: Research\n---\n\n### Soil probes\n\n"
            "Large sets of soil temperatures are logged by the probes. Then, a model of the frost line is fitted to "
            "them for every winter, across all the meadows of the valley. In the figure below we show how deep the "
            "frost went. The data are open on [Zenodo](https://doi.org/10.5281/zenodo.1234567).\n")}).publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones", "Frost heave measured weekly",
                                       "How should we think about frost in towns?"]


def test_a_link_set_inside_a_sentence_of_a_list_item_is_no_papers_title(tmp_path: Path):
    # "- worked with the [ALPFROST valley-wide survey](url) team to map ...": the link names a project in the middle of a
    # sentence (a lower-case word before it, the sentence going on after it in lower case): no paper
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _CONFIG, "_pages/about.md": _ABOUT + _PAPERS,
        "_pages/research.md": (
            "---\npermalink: /research/\ntitle: Research\n---\n\n## Frost Mapping\n\n"
            "I am a member of the [Frost Group](https://group.example.org/). As part of my work there, I have\n\n"
            "- worked with the [ALPFROST valley-wide survey](https://frost.example.org/) team to \n"
            "  map the pockets where frost stays longest.\n"
            "- Helped the [MEADOW probe network](https://meadow.example.org/) team to place its probes.\n")}).publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones", "Frost heave measured weekly"]


def test_a_button_set_in_a_heading_does_not_name_the_section(tmp_path: Path):
    # "<h2>Selected Talks <a class="btn">All Publications and Talks »</a></h2>": the button inside the heading
    # leads to another page; the section is the talks its own words name, and its items are no papers
    prof = imported_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Mira Holt</title></head><body><h1>Mira Holt</h1>"
        "<p>I study how frost shapes alpine soils.</p>"
        "<h2>Selected Publications <a href='pubs.html' class='btn btn-primary'>All Publications &raquo;</a></h2><ul>"
        "<li><a href='https://doi.org/10.1/a'>\"Needle Ice and the Lifting of Stones\"</a>, <b>Mira Holt</b> and "
        "Tove Ek. <i>Soil Letters</i>, 2021.</li></ul>"
        "<h2>Selected Talks <a href='pubs.html' class='btn btn-primary'>All Publications and Talks &raquo;</a></h2><ul>"
        "<li>\"Frost Heave for Beginners\", <b>Mira Holt</b>. Valley Club evening talk. May 2, 2023.</li>"
        "<li><a href='https://example.org/t2'>\"Counting Stone Circles by Drone\"</a>, Tove Ek, <b>Mira Holt</b>. "
        "<b>Meeting of the Frost Society</b>, 2022.</li></ul></body></html>")})
    assert [p.title for p in prof.publications] == ["Needle Ice and the Lifting of Stones"]



def test_a_title_read_up_to_the_parenthesis_that_opens_its_coauthors_ends_before_it():
    # "<strong>Title</strong> (with <a>Ada Lee</a>, Bo Roe)" where an unclosed anchor holds the title and the
    # "(with": the aside's opening is no part of the title
    from kg.importers.page.context import clean_title

    assert clean_title("Needle ice and the lifting of stones (with") == "Needle ice and the lifting of stones"
    assert clean_title("Needle ice and the lifting of stones [joint with ") == "Needle ice and the lifting of stones"
    assert clean_title("Living with frost") == "Living with frost"


def test_a_figures_caption_crediting_a_paper_is_no_paper(tmp_path: Path):
    # "<figcaption>How the probes were laid out ... Reproduced from Soil Lett. 8, 101 (2024).</figcaption>" over the
    # paper's own entry: the caption credits the figure's source, the list below it holds the paper
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _CONFIG, "_pages/about.md": _ABOUT,
        "_pages/research.md": (
            "---\npermalink: /research/\ntitle: Research\n---\n\n## Frost probes\n\n"
            "<figure>\n  <img src=\"/images/probes.png\" alt=\"probes\">\n"
            "  <figcaption>Layout of the soil probes across the upper meadow, one every ten metres. Reproduced from "
            "Soil Lett. <b>8</b>, 101 (2024).</figcaption>\n</figure>\n\n### Selected publication\n"
            "* T. Ek, <b>M. Holt</b>, <i>\"Frost heave measured weekly,\"</i> [Soil Letters <b>8</b> 101 (2024)]"
            "(https://doi.org/10.1000/sl.8.101).\n")}).publications
    assert [p.title for p in pubs] == ["Frost heave measured weekly"]




def test_a_pandoc_citation_by_key_is_a_citation_in_running_text():
    # "Read *The Frost Con*.[@EkHolt:2024]": Quarto's prose cites a work by its key; the year in the key is the
    # cited work's, as in "(Ek and Holt, 2024)" (the page reader sets such paragraphs aside: a paper of a real
    # site's page needed a page of prose around it to be read, which is not copied here)
    from kg.importers.page.builder import _IN_TEXT_CITE

    text = "Read *The Frost Con*.[@EkHolt:2024] Read *Empire of Frost*.[@Roe:2023; @Ek:2021] Both are good."
    assert [m.group(0) for m in _IN_TEXT_CITE.finditer(text)] == ["[@EkHolt:2024]", "[@Roe:2023; @Ek:2021]"]
    assert _IN_TEXT_CITE.search("Ek, T. and Holt, M. [Frost heave](https://doi.org/10.1/x). Soil Letters, 2024.") is None


def test_the_labelled_lines_of_a_papers_card_are_no_papers(tmp_path: Path):
    # a card per paper: its heading, the authors and venue, then lines each opening with a bold label ("Links:",
    # "Impact:", "Follow-up work (X):") that say more of the paper above; and prose naming things by links set
    # inside a sentence ('covered by "Frost Weekly" magazine', 'such as [road heave] and [pipe bursts]')
    card = ("<div class=\"card\">\n  <h3>[SL {year}] {title}</h3>\n  <p>\n    Tove Ek, <strong>Mira Holt</strong>\n"
            "    <br>Soil Letters, {year}\n  </p>\n  <p>\n    <strong>Links:</strong>\n"
            "    Paper (<a href=\"https://arxiv.org/abs/2001.0{n}\">arXiv</a>) |\n"
            "    <a href=\"https://blog.example.org/{n}\">My blog post: how the ground lifts stones</a>\n  </p>\n"
            "  <p>\n    <strong>Impact:</strong> Oral talk | Covered by <a href=\"https://news.example.org/{n}\">\"Frost "
            "Weekly\"</a> magazine (see the clipping)\n  </p>\n"
            "  <p>\n    <strong>Follow-up work (Probe-{n}):</strong> We carry the method over to glaciers. Please read "
            "our <a href=\"https://doi.org/10.1/g{n}\">journal paper</a> of 2025.\n  </p>\n</div>\n\n")
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _CONFIG,
        "_pages/about.md": (_ABOUT + "\n# Publications\n\nFrost matters for many tasks, such as "
                            "[road heave](https://roads.example.org/) and [pipe bursts](https://pipes.example.org/) "
                            "in cold towns.\n\n"
                            + card.format(year=2021, title="Needle ice and the lifting of stones", n=1)
                            + card.format(year=2023, title="Frost heave measured weekly", n=2))}).publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones", "Frost heave measured weekly"]
