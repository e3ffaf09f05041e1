"""Shapes of real sites met in held-out batch 14, each a small site written here in our own words: a folder
whose only page is a markdown list of papers (no index, no README), owners written in Vancouver style
("Okafor CN"), ..."""

from __future__ import annotations


from kg.importers import import_path
from tests.importers.sitefiles import write_site as _write




PAPERS_ONLY = """# Publications

Full list for Chidi Okafor, MD, compiled from the CV.

## Peer-Reviewed Articles

1. **Okafor C**, Lind M, Berg T. "Wound healing after minor skin surgery in older adults." *Skin Research*. May 2024. DOI: 10.1000/sr.2024.1
2. Ruiz A, **Okafor CN**, Tamm K. "Patch testing outcomes in a regional clinic." *Contact Dermatitis Notes*. March 2023.
3. Lind M, Ruiz A, **Okafor C**. "Sun protection habits of outdoor workers." *Journal of Skin Health*. 2021.
"""


def test_a_folder_whose_only_page_is_a_list_of_papers_is_a_site(tmp_path):
    # no index.md, no README, no configuration: the one page that lists the owner's papers is the site, and
    # the owner the papers name in bold is spelled out as the page spells it ("Chidi Okafor, MD")
    site = _write(tmp_path / "site", {"PUBLICATIONS.md": PAPERS_ONLY})
    profile = import_path(site).profile
    assert profile.person.name == "Chidi Okafor"
    assert [p.year for p in profile.publications] == [2024, 2023, 2021]
    assert [[a.is_self for a in p.authors] for p in profile.publications] == [
        [True, False, False], [False, True, False], [False, False, True]]


def test_a_folder_of_pages_naming_nothing_a_site_has_is_still_no_site(tmp_path):
    # a tool's notes beside a changelog: no page says it is about a person or their work
    from kg.errors import SourceError
    import pytest

    site = _write(tmp_path / "site", {"NOTES.md": "# Notes\n\nSome text.\n", "CHANGELOG.md": "# Changes\n\n- one\n"})
    with pytest.raises(SourceError, match="no recognizable site"):
        import_path(site)


MIXED_WORKS = """---
title: "Papers & Talks"
layout: page
---

<h1>2024</h1>

<p>
  &nbsp;&nbsp; <i><big>Research Article</big></i>&nbsp;&nbsp; <strong>Editor's Pick</strong><br>
  <mark><b>Quist, HL</b></mark>, Dorn, RM, Falk, J (2024). Gadget rhythms in the lateral widget. <i>Widget Letters</i>. DOI: <a href="https://doi.org/10.1000/wl.7">10.1000/wl.7</a>.
</p>
<div>
  <button type="button" class="collapsible">View Description</button>
  <div class="collapsible_content">
    <p>
      Widgets hum at low frequencies. We recorded gadgets in twelve widgets and found two rhythms.<br>
      <br>
      The rhythms predict how well a widget turns.
    </p>
  </div>
</div>

<p>
  &nbsp;&nbsp; <i><big>Conference Poster</big></i><br>
  <mark><b>Quist, HL</b></mark>, Dorn, RM (2024). Turning widgets faster. Widget Days, Oslo, Norway.
</p>
<div>
  <button type="button" class="collapsible">View Description</button>
  <div class="collapsible_content">
    <p>
      A poster on how widgets can be turned faster when their gadgets are tuned first, with a short demo.
    </p>
  </div>
</div>

<p>
  &nbsp;&nbsp; <i><big>Research Article</big></i><br>
  Dorn, RM, <mark><b>Quist, HL</b></mark> (Pre-print). Widgets without gadgets. <i>bioRxiv</i>.
</p>
"""


def test_a_list_mixing_papers_and_talks_by_their_labels_with_folded_descriptions(tmp_path):
    # each item opens with the kind of work it is; a talk or poster is no paper, and the paragraphs a
    # "View Description" box folds away are the item's abstract, not papers of their own; the site's title
    # carries the owner's name with a degree, the footer's profile list the owner's ids
    site = _write(tmp_path / "site", {
        "_config.yml": ('title: "Hanne L. Quist, MSci"\nauthor: ""\nurl: "https://hquist.example.org"\n'
                        "external:\n"
                        "  - {title: Email, icon: \"fa-solid fa-envelope\", url: \"mailto:hquist@example.org\"}\n"
                        "  - {title: ORCID, icon: \"fa-brands fa-orcid\", url: \"https://orcid.org/0000-0002-1825-0097\"}\n"
                        "  - {title: Github, icon: \"fa-brands fa-github\", url: \"https://github.com/hquist\"}\n"),
        "index.md": "---\ntitle: About Me\n---\n\nI study how widgets and gadgets interact.\n",
        "publications.md": MIXED_WORKS,
    })
    profile = import_path(site).profile
    assert profile.person.name == "Hanne L. Quist"
    assert profile.person.email == "hquist@example.org"
    assert profile.person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert profile.person.identifiers.get("github") == "hquist"
    got = [(p.title, p.venue, p.year, p.venue_type) for p in profile.publications]
    assert got == [("Gadget rhythms in the lateral widget", "Widget Letters", 2024, "journal"),
                   ("Widgets without gadgets", "bioRxiv", 2024, "preprint")]
    assert profile.publications[0].abstract.startswith("Widgets hum at low frequencies.")
    assert [t.title for t in profile.talks] == ["Turning widgets faster"]


TAGGED_README = """Hello and welcome!

I work on widgets and gadgets.

- Widget Theory
- Gadget Practice

## Featured Work

### Widgets
- WidgetNet: Learning to Turn Widgets with Small Gadgets @ `ICWG'23` [GitHub](https://github.com/qlind/widgetnet) 🔥
- Sparse Widgets for Fast Gadget Matching [GitHub](https://github.com/qlind/sparse-widgets)

### Gadgets
#### Matching
- GadgetFormer: A Transformer for Gadget Matching @ `ICGM'22` [GitHub](https://github.com/qlind/gadgetformer)
- Gadget Maps: Matching Gadgets across Widget Farms @ `Widget and Gadget Letters` [GitHub](https://github.com/rkoss/gadget-maps)
- Tiny Gadgets in Large Widget Farms (WGS 2021) [GitHub](https://github.com/qlind/tiny-gadgets)
"""


def test_a_readme_listing_papers_by_venue_tag_under_an_unknown_heading(tmp_path):
    # no name anywhere, a heading kg has no section for, items without authors: the venue tags say they are
    # papers, so the untagged item of the same shape is one too; the owner is the account whose repositories
    # the README links, and the interests list is no paper
    site = _write(tmp_path / "site", {"README.md": TAGGED_README})
    profile = import_path(site).profile
    assert profile.person.name == "qlind"
    assert profile.person.identifiers.get("github") == "qlind"
    got = [(p.title, p.venue, p.year) for p in profile.publications]
    assert got == [
        ("WidgetNet: Learning to Turn Widgets with Small Gadgets", "ICWG", 2023),
        ("Sparse Widgets for Fast Gadget Matching", None, None),
        ("GadgetFormer: A Transformer for Gadget Matching", "ICGM", 2022),
        ("Gadget Maps: Matching Gadgets across Widget Farms", "Widget and Gadget Letters", None),
        ("Tiny Gadgets in Large Widget Farms", "WGS", 2021),
    ]
    assert all(p.authors_truncated and [a.name for a in p.authors] == ["qlind"] for p in profile.publications)
    assert "WidgetNet" not in (profile.person.description or "")


def test_a_paper_without_authors_written_as_title_then_venue(tmp_path):
    page = tmp_path / "papers.md"
    page.write_text("# Jane Roe\n\n## Publications\n\n"
                    "- Fast Widgets for Dense Graph Matching (CVPR 2023) [Paper](https://arxiv.org/abs/2301.00001)\n"
                    "- Slow Gadgets: Ranking Gadgets with Transformers, ICCV 2021. [Code](https://github.com/jroe/g)\n",
                    encoding="utf-8")
    got = [(p.title, p.venue, p.year) for p in import_path(page).profile.publications]
    assert got == [("Fast Widgets for Dense Graph Matching", "CVPR", 2023),
                   ("Slow Gadgets: Ranking Gadgets with Transformers", "ICCV", 2021)]


def test_a_preprint_whose_venue_line_is_its_arxiv_identifier(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Nora Vitek | Soft Matter</title></head><body>\n"
        "<p><b>Selected papers</b></p>\n<font size=\"3\">\n"
        "<a href=\"http://arxiv.org/abs/2501.01234\"><b>Gadget flows at low noise</b></a>\n"
        "<br>A. Lund, B. Okoro, and N. Vitek\n"
        "<br> <a href=\"http://arxiv.org/abs/2501.01234\">arXiv:2501.01234</a>\n"
        "<br><br><a href=\"papers/w.pdf\"><b>Widget turbulence in thin films</b></a>\n"
        "<br>N. Vitek and A. Lund\n"
        "<br> <a href=\"https://doi.org/10.1000/x.1\">Phys. Widgets <b>3</b>, 101 (2023)</a>\n"
        "</font></body></html>\n", encoding="utf-8")
    got = [(p.title, p.venue, p.venue_type) for p in import_path(page).profile.publications]
    assert got[0] == ("Gadget flows at low noise", "arXiv", "preprint")
    assert got[1][0] == "Widget turbulence in thin films" and got[1][1].startswith("Phys. Widgets")


def test_where_the_owner_comes_from_is_no_employer_and_a_graduation_names_the_degree(tmp_path):
    page = tmp_path / "index.md"
    page.write_text(
        "# Odile Brandt\n\n"
        "I am a chemist and data engineer from the UK interested in everything about widgets and gadgets, "
        "and how they can be measured.\n\n"
        "Currently, I am a Data Engineer at Harbor Widgets Ltd, where I build gadget pipelines for the team.\n\n"
        "Before that, I graduated with First-Class Honours in an MSci Chemistry degree at the University of "
        "Dunmore, UK.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert person.job_title == "Data Engineer"
    assert person.affiliations[0].name.startswith("Harbor Widgets Ltd")
    assert [(e.degree, e.institution) for e in person.education] == [("MSci", "University of Dunmore, UK")]


def test_talks_under_an_unknown_heading_naming_meeting_and_year_are_no_papers(tmp_path):
    # a linked title over "Meeting YEAR, City, date": where a talk was given; only an item's own venue tag
    # ("@ X", "X'23") makes a list under a heading kg does not know a list of papers
    page = tmp_path / "talks.html"
    items = "".join(
        f'<li><a href="t{k}.pdf"><strong>{title}</strong></a><br>\n {kind}<a href="https://m.example.org/{k}">'
        f'{meeting}</a>, {city}, June {k + 2}, {year}\n'
        for k, (title, kind, meeting, city, year) in enumerate([
            ("Widget spectra and gadget graphs", "", "FPWG 2013", "Lyon", 2013),
            ("Gadget flows in cell complexes", "Poster, ", "AMS Meeting 2012", "Tulane", 2012),
            ("Counting widget colourings by hand", "", "SIAM Meeting 2018", "Norman", 2018),
            ("Widget towers of small height", "", "WGS 2011", "Denver", 2011)]))
    page.write_text("<html><head><title>Piet Vos</title></head><body><h1>Piet Vos</h1>\n"
                    f"<h2>Things I said</h2>\n<ul>\n{items}</ul></body></html>\n", encoding="utf-8")
    assert import_path(page).profile.publications == []


def test_a_month_and_year_after_the_title_is_the_date_not_a_venue(tmp_path):
    page = tmp_path / "PUBLICATIONS.md"
    page.write_text(PAPERS_ONLY + "4. Berg T, **Okafor C**. \"Scar outcomes after widget excision.\" August 2020. "
                    "DOI: 10.1000/so.2020.4\n", encoding="utf-8")
    pub = import_path(page).profile.publications[-1]
    assert (pub.title, pub.venue, pub.year) == ("Scar outcomes after widget excision", None, 2020)
