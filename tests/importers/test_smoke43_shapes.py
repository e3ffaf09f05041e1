"""Shapes of real homepages that the smoke set of stop 43 misread (issue 8), as small synthetic sites in our own
words."""

from __future__ import annotations

from .sitefiles import imported_site


def _card(meta: str, title: str, authors: str, abstract: str, doi: str) -> str:
    return (f'    <article class="paper-card">\n      <img src="fig/{doi}.png" alt="A figure" />\n      <details>\n'
            f'        <summary>\n          <span class="paper-meta">{meta}</span>\n'
            f'          <strong>{title}</strong>\n          <span class="summary-authors">{authors}</span>\n'
            f'        </summary>\n        <p>\n          {abstract}\n        </p>\n'
            f'        <div class="paper-links"><a href="https://doi.org/10.5555/{doi}">Read paper</a></div>\n'
            f'      </details>\n    </article>\n')


_CARDS_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Papers | Rhea Tolland</title></head>\n<body>\n<main>\n"
    '  <section class="hero">\n    <p class="eyebrow">Papers</p>\n    <h1>Refereed articles and a few drafts.</h1>\n'
    "  </section>\n  <section class=\"list\">\n"
    + _card("Journal of Quiet Lakes | 2025", "Ice Cover Timing on Small Alpine Lakes",
            "Owen Pike, <strong>Rhea Tolland</strong>, Mara Silt*",
            "We look at forty winters of ice on small lakes and find that the cover now comes late.", "lake1")
    + _card("Limnology Letters | 2023", "Wind Mixing Under Thin Ice",
            "<strong>Rhea Tolland*</strong>, Owen Pike",
            "A short study of how wind stirs the water below thin ice in early winter.", "lake2")
    + "  </section>\n</main>\n</body></html>\n")


def test_paper_cards_whose_disclosure_summary_holds_venue_title_and_authors_are_papers(tmp_path):
    """'<article class="paper-card"><details><summary>' with the venue and year, the bold title and the authors in
    three inline elements, one per source line, and the abstract folded below: the summary is the paper's visible
    head, not an abstract's label (before, the whole box took the details' abstract hint, the class
    "summary-authors" read as an abstract, and the three elements ran together as one line: no paper)."""
    p = imported_site(tmp_path, {"index.html": "<html><body><h1>Rhea Tolland</h1><p>I study lakes at Marrow "
                                               "University.</p></body></html>\n", "papers.html": _CARDS_PAGE})
    got = sorted((x.title, x.year, x.venue, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Ice Cover Timing on Small Alpine Lakes", 2025, "Journal of Quiet Lakes",
                    ["Owen Pike", "Rhea Tolland", "Mara Silt"]),
                   ("Wind Mixing Under Thin Ice", 2023, "Limnology Letters", ["Rhea Tolland", "Owen Pike"])]
    first = next(x for x in p.publications if x.year == 2025)
    assert first.abstract.startswith("We look at forty winters")
    assert first.links["paper"] == "https://doi.org/10.5555/lake1"


def test_a_closing_double_quote_typed_where_the_title_opens_opens_it(tmp_path):
    """'Names, ”Title”, Venue': the page types the closing quote on both sides of the title (a word processor's
    smart quotes after a space gone wrong). Before, no quoted title was seen and the line stayed unparsed; a
    closing quote after an open one ('“Title, ”Proc. X') still closes it."""
    page = ("<html><body><h1>Nia Berko</h1>\n<h2>Publications</h2>\n"
            "<p>Tomas Vell, Nia Berko, Ruth Amadi, ”Rain Gauges Built From Bottles: A Field Trial in Two Valleys”, "
            "Workshop on Frugal Sensing, 2019</p>\n"
            "<p>Nia Berko and Tomas Vell, “A Cheap Way to Log River Height in the Dry Season, ”Proc. Conference on "
            "Water Data (CWD 2017), May 2017</p>\n</body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    got = sorted((x.title, x.year, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("A Cheap Way to Log River Height in the Dry Season", 2017, ["Nia Berko", "Tomas Vell"]),
                   ("Rain Gauges Built From Bottles: A Field Trial in Two Valleys", 2019,
                    ["Tomas Vell", "Nia Berko", "Ruth Amadi"])]


_PAPERS_LOOP = ("---\nlayout: page\ntitle: Research\n---\n\n## papers\n\n{% for paper in site.data.papers %}\n"
                "**{{ paper.title }}**  \nwith {{ paper.coauthors | join: ', ' }}\n{% endfor %}\n\n"
                "## theses\n\n{% for thesis in site.data.theses %}\n**{{ thesis.title }}**  \n"
                "[{{ thesis.link.name }}]({{ thesis.link.dest }})\n{% endfor %}\n")


def test_a_data_file_named_theses_lists_works_of_a_title_and_a_link(tmp_path):
    """``_data/theses.yml`` of '- title: ...' with 'link: {name: PDF, dest: https://...}', looped under "## theses":
    a file whose own name says it lists works holds works though its records give no authors nor venue (before,
    the records reader passed it over as "a lookup table, a menu, settings"); a link's ``dest`` is its address."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Elin Haugen\n",
        "index.md": "---\nlayout: home\n---\n\nI build tide models. My older work is [here](research.md).\n",
        "research.md": _PAPERS_LOOP,
        "_data/papers.yml": "- title: Random walks on square lattices\n  coauthors:\n"
                            "    - T. Brekke\n  links:\n    - name: arXiv\n      dest: https://arxiv.org/abs/2101.00001\n",
        "_data/theses.yml": "- title: Scaling limits of loop models\n  link:\n    name: Library\n"
                            "    dest: https://library.example.edu/theses/4411\n"
                            "- title: Counting lattice animals\n  link:\n    name: PDF\n"
                            "    dest: https://math.example.edu/msc/haugen.pdf\n"})
    got = {x.title: x.links for x in p.publications}
    assert got == {"Random walks on square lattices": {"arxiv": "https://arxiv.org/abs/2101.00001"},
                   "Scaling limits of loop models": {"library": "https://library.example.edu/theses/4411"},
                   "Counting lattice animals": {"pdf": "https://math.example.edu/msc/haugen.pdf"}}


def test_a_students_thesis_in_a_small_data_file_beside_the_papers_stays_a_listed_work(tmp_path):
    """'type: phdthesis' (BibTeX's word) in ``_data/theses.yml``, its author a student, beside a file of ten papers
    by the owner: the page lists the theses its owner supervised; before, the thesis was set aside as "not the
    owner's work" (a small file of others' papers beside the list), and the record's type was not read."""
    papers = "publications:\n" + "".join(
        f"  - title: Slip on rough faults, part {k}\n    author: Ilse Varga and Kofi Mensah\n    year: {2010 + k}\n"
        f"    journal: Journal of Fault Studies\n" for k in range(1, 11))
    theses = ("publications:\n  - title: Fast cycles of slow earthquakes\n    author: Lund, Petra\n    year: 2021\n"
              "    type: phdthesis\n    school: Northgate Institute\n")
    page = ("---\nlayout: page\ntitle: Publications\n---\n\n## Papers\n\n{% for pub in site.data.pubs.publications %}\n"
            "**{{ pub.title }}** {{ pub.author }}, {{ pub.journal }} ({{ pub.year }})<br>\n{% endfor %}\n\n"
            "## PhD Theses\n\n{% for pub in site.data.theses.publications %}\n**{{ pub.title }}** {{ pub.author }}, "
            "**{{ pub.school }}**, Ph. D. thesis ({{ pub.year }})<br>\n{% endfor %}\n")
    p = imported_site(tmp_path, {"_config.yml": "title: Ilse Varga\n", "index.md": "I study faults at Northgate.\n",
                                 "publications.md": page, "_data/pubs.yml": papers, "_data/theses.yml": theses})
    assert len(p.publications) == 11
    thesis = next(x for x in p.publications if x.title == "Fast cycles of slow earthquakes")
    assert (thesis.venue_type, [a.name for a in thesis.authors]) == ("thesis", ["Petra Lund"])


def test_a_latex_command_named_by_a_word_in_a_records_title_is_no_accent(tmp_path):
    """'$$\\mid\\varphi\\mid^4$$' in a data record's title: "\\varphi" is a command named by a word, not the
    caron accent "\\v" on an "a"; the title is kept as the page writes it (before, the whole title went through the
    LaTeX decoder and came out "|φ|^4"). "\\v{C}ech" is still an accented word."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Elin Haugen\n",
        "index.md": "---\nlayout: home\n---\n\nI build tide models. My older work is [here](research.md).\n",
        "research.md": _PAPERS_LOOP,
        "_data/papers.yml": "- title: Random walks and $$\\mid\\varphi\\mid^4$$ spins\n  coauthors:\n    - T. Brekke\n"
                            "- title: \"Loops and the \\\\v{C}ech complex\"\n  coauthors:\n    - T. Brekke\n"})
    got = {x.title: [a.name for a in x.authors] for x in p.publications}
    assert got == {"Random walks and $$\\mid\\varphi\\mid^4$$ spins": ["Elin Haugen", "T. Brekke"],
                   "Loops and the Čech complex": ["Elin Haugen", "T. Brekke"]}


def test_a_campus_named_by_its_town_after_at_is_one_institution_in_a_position_sentence(tmp_path):
    """'I am a Postdoctoral Fellow at the University of Texas at Arlington, working with ...': the campus's town is
    part of the university's name, as after a comma ("University of California, Irvine"); before, the sentence was
    cut at the second "at", the town read as the institution and "University of Texas" as its department."""
    page = ("<html><body><h1>Noor Asfar</h1>\n<p>I am a Postdoctoral Fellow at the University of Texas at Arlington, "
            "working with Lena Kruse. Before that I studied statistics.</p>\n</body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    assert [(a.name, a.department, a.role) for a in p.person.affiliations] == [
        ("University of Texas at Arlington", None, "Postdoctoral Fellow")]


def test_a_hugo_sites_info_line_gives_the_position_when_the_site_has_a_home_page(tmp_path):
    """hugo-coder's ``[params] info = ["Glaciologist at the Hollin Snow Institute. ..."]``, the line under the
    owner's name on the home page, with an about page as the home: the owner's position and its place. Before, it
    was read only for a site with no home page (the shared readers' configuration), not by the Hugo reader's
    pages site."""
    p = imported_site(tmp_path, {
        "config.toml": 'baseURL = "https://brandt.example.org"\ntitle = "Kai Brandt"\ntheme = "hugo-coder"\n\n'
                       '[params]\nauthor = "Kai Brandt"\ninfo = ["Glaciologist at the Hollin Snow Institute. Keen '
                       'skier and slow cyclist."]\n',
        "content/about.md": "---\ntitle: About\n---\n\nI measure how snow turns to ice on small glaciers.\n"})
    assert p.person.job_title == "Glaciologist"
    assert [(a.name, a.role) for a in p.person.affiliations] == [("Hollin Snow Institute", "Glaciologist")]


def test_a_first_person_position_with_no_place_then_what_the_work_is(tmp_path):
    """"I'm a data engineer focused on ...": the owner's position, no place named, then what the work is about.
    Before, a position in prose was taken only before its place ("... at X") or alone in its sentence."""
    page = ("<html><body><h1>Ines Moura</h1>\n<p>I'm a data engineer focused on tools for weather records. Some "
            "of my older research is listed below.</p>\n</body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    assert (p.person.job_title, p.person.affiliations) == ("data engineer", [])
