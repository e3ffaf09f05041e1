"""Shapes of real pages met in held-out batch 13, each written here in our own words with invented names: a
hand-written list whose italic title speaks of a year, a circa-2000 page of Vancouver citations, jemdoc
sources whose links run over two lines, ..."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html
from tests.importers.sitefiles import write_site as _write


def _html(text: str, name: str = "page.html"):
    return parse_html(SourceDoc(Path(name), text), ImportOptions())


YEAR_IN_TITLE = """<html><head><title>Dr. Nils Ardent - Geologist</title></head><body>
<h1>Publications</h1>
<h2>2026</h2>
<ul>
<li>
  Ada Flores Bell, Lena Sorn, <b>Nils Ardent</b>, Luis Fabian Mora. <i>Fine-Scale Patterns of the 2010 Rock Slides Revealed by a Learned Slide Catalog</i>
  Journal of Rock Research: Solid Earth. DOI: <a href="https://doi.org/10.1000/2026x1">https://doi.org/10.1000/2026x1</a>.
</li>
</ul>
</body></html>"""


def test_an_italic_title_that_names_a_year_is_still_the_title():
    # the year inside the italic phrase ("the 2010 rock slides") is the title's, not a venue's: the plain
    # line after the italic run is the venue
    pub = _html(YEAR_IN_TITLE).publications[0]
    assert pub.title == "Fine-Scale Patterns of the 2010 Rock Slides Revealed by a Learned Slide Catalog"
    assert pub.venue.startswith("Journal of Rock Research")
    assert pub.year == 2026


VANCOUVER_PAGE = """<html><head><meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<title>Papers by Tamsin Orloff</title></head>
<body>
<h1>Papers by Tamsin Orloff</h1>
<h2>Papers in journals</h2>
<p>
Orloff TK, Brandt M. Counting widgets in ordered samples. <i>The Widget Journal</i> 2021; <b>21(2)</b>: 100-120.
<a href="./papers/count.pdf">Download pre-publication draft</a>
</p>
<p>
Orloff TK. Ranking gadgets using Kendall's <i>t</i> or Spearman's <i>R</i>.
<i>The Widget Journal</i> 2012; <b>12(3)</b>: 339-358.
<a href="./papers/rank.pdf">Download pre-publication draft</a>
</p>
<p>
Orloff T and <a href="http://www.example.org/team">the GADGET Study Team</a>. Multiple gadget procedures and smile charts.
<i>The Widget Journal</i> 2005; <b>5(2)</b>: 109-132. <a href="./papers/multi.pdf">Download pre-publication draft</a>
</p>
<p>
Orloff T. gcount - Robust counts for gadget models. <i>Widget Technical Bulletin</i> 1998; <b>50</b>: 27-33.
Reprinted in <i>Widget Technical Bulletin Reprints</i> 1999; <b>9</b>: 181-190.
<a href="./papers/gcount.pdf">Download pre-publication draft</a>
</p>
<hr>
<p>Tamsin K. Orloff<br>Email: <a href="mailto:t.orloff@example.ac.uk">t.orloff@example.ac.uk</a></p>
</body></html>"""


def test_vancouver_citations_on_a_hand_written_page():
    profile = _html(VANCOUVER_PAGE, "papers.htm")
    got = [(p.title, p.venue, p.year, [a.name for a in p.authors]) for p in profile.publications]
    assert got == [
        ("Counting widgets in ordered samples", "The Widget Journal", 2021, ["Orloff TK", "Brandt M"]),
        # the stop after "Spearman's <i>R</i>" ends the title though it follows a capital that reads as an initial
        ("Ranking gadgets using Kendall's t or Spearman's R", "The Widget Journal", 2012, ["Orloff TK"]),
        # a linked group closing the names ("and <a>the ... Study Team</a>") is an author, not the title
        ("Multiple gadget procedures and smile charts", "The Widget Journal", 2005,
         ["Orloff T", "the GADGET Study Team"]),
        # the reprint's later year is a note on the paper, not its year
        ("gcount - Robust counts for gadget models", "Widget Technical Bulletin", 1998, ["Orloff T"]),
    ]
    assert [[a.is_self for a in p.authors] for p in profile.publications] == [
        [True, False], [True], [True, False], [True]]


def test_the_signature_with_a_middle_initial_is_kept_as_the_owners_other_name():
    profile = _html(VANCOUVER_PAGE, "papers.htm")
    assert profile.person.name == "Tamsin Orloff"
    assert profile.person.alternate_names == ["Tamsin K. Orloff"]


JEMDOC_PAPERS = """# jemdoc: menu{MENU}{index.html}
= Dara Quell Lab

Dara Quell is an Assistant Professor at Eastfield University.

== Publications
- *Quell, D.*, Marsh, E. W., and Oyelaran, W. (2016). \\n I[http://example.org/a1 Filling in missing values in wide scans of gadget data]. /Gadgetics/, 11(2):132-139.
- Ro, Z., *Quell, D.*, Pan, W., and Gadget Imaging Initiative (GII). (2017). \\n [https://example.org/a2 Gadget-wide association study: merging gadget traits in scans]. /GadgetImage/, 159:159-169.
- Lee, J.Y., *Quell, D.*, and Pan, W. (2018). [https://example.org/a3 Adaptive widget set testing in
mixed models with application to family widgets]. /Widget Genetics/, 48(1):55-66.
"""


def test_jemdoc_a_link_over_two_lines_is_one_link():
    from kg.importers.document import jemdoc_to_markdown

    md = jemdoc_to_markdown("- A. Lee (2018). [https://x.org/a Widget set testing in\nmixed models]. /Genetics/, 4.")
    # the link spans the line's end as markdown allows; each line stays on its own line
    assert md == "- A. Lee (2018). [Widget set testing in\nmixed models](https://x.org/a). *Genetics*, 4."


def test_jemdoc_papers_with_a_stray_letter_a_group_author_and_a_broken_link(tmp_path):
    site = _write(tmp_path / "site", {"index.jemdoc": JEMDOC_PAPERS, "MENU": "Menu\n  Home [index.html]\n"})
    pubs = import_path(site).profile.publications
    got = [(p.title, p.venue, p.year, [a.name for a in p.authors], p.links.get("paper")) for p in pubs]
    assert got == [
        # a stray letter glued before the linked title is no part of it
        ("Filling in missing values in wide scans of gadget data", "Gadgetics", 2016,
         ["D. Quell", "E. W. Marsh", "W. Oyelaran"], "http://example.org/a1"),
        # a group closing a family-name-first list is its last author, its acronym kept
        ("Gadget-wide association study: merging gadget traits in scans", "GadgetImage", 2017,
         ["Z. Ro", "D. Quell", "W. Pan", "Gadget Imaging Initiative (GII)"], "https://example.org/a2"),
        ("Adaptive widget set testing in mixed models with application to family widgets", "Widget Genetics", 2018,
         ["J.Y. Lee", "D. Quell", "W. Pan"], "https://example.org/a3"),
    ]


LAB_TEMPLATE_SITE = {
    "_config.yaml": "title: \ndescription: \nlinks:\n  orcid: 0000-0002-1825-0097\n  google-scholar: AbCdEfGhIJKL&hl\n"
                    "  twitter: QuellLab\n\ncollections:\n  members:\n    output: true\n  posts:\n    output: true\n",
    "index.md": "---\n---\n\n{% capture text %}\n\nThe Quell Lab studies gadgets and widgets.\n\n{%\n"
                "  include button.html\n  link=\"team\"\n  text=\"Meet the Quell Lab\"\n%}\n\n{% endcapture %}\n",
    "blog/index.md": "---\ntitle: News\nnav:\n  order: 4\n---\n\n# News\n\n"
                     "{% include list.html data=\"posts\" component=\"post-excerpt\" %}\n",
    "_members/dara-quell.md": "---\nname: Dara Quell\nrole: pi\nlinks:\n  home-page: https://quelllab.example.org\n---\n"
                              "Dara joined the Eastfield University faculty as an assistant professor in the Department of "
                              "Gadgetry in August 2019. Outside the lab she sails.\n",
    "_members/ed-marsh.md": "---\nname: Ed Marsh\nrole: phd\n---\nEd studies gadgets.\n",
    "_members/jo-tan": "---\nname: Jo Tan\nrole: summer\n---\nJo was a summer intern in 2023.\n",
    "_posts/2023-05-01-welcome.md": "---\ntitle: Welcome Ed!\nauthor: dara-quell\n---\n\nEd joins the lab.\n",
    "_posts/2024-06-01-party.md": "---\ntitle: Summer party\n---\n\nThe lab met at the lake.\n",
}


def test_a_lab_website_template_site(tmp_path):
    site = _write(tmp_path / "site", LAB_TEMPLATE_SITE)
    profile = import_path(site).profile
    person = profile.person
    assert person.name == "Dara Quell"
    # the configuration's "links:" mapping holds the profile settings
    assert person.identifiers == {"orcid": "0000-0002-1825-0097", "google_scholar": "AbCdEfGhIJKL",
                                  "twitter": "QuellLab"}
    # the head's page text is their bio: a faculty position told as joining ("joined the X faculty as ...")
    assert person.job_title == "assistant professor"
    assert [(a.name, a.department) for a in person.affiliations if "Eastfield" in a.name] == [
        ("Eastfield University", "Department of Gadgetry")]
    # a Liquid tag written over several lines is no text of the page (no affiliation read from its arguments)
    assert not any("include" in a.name or "link=" in a.name for a in person.affiliations)
    # the posts the news page lists are the site's news
    assert sorted((n.date, n.text.split(":")[0]) for n in profile.news) == [("2023-05-01", "Welcome Ed!"),
                                                                           ("2024-06-01", "Summer party")]
    # a summer intern is a student; a member file without a suffix is a member all the same
    assert sorted(s.name for s in profile.students) == ["Ed Marsh", "Jo Tan"]
