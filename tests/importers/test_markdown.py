"""The markdown importer on invented pages of its family: GitHub-pages homepages with lists or
tables of papers, inline HTML, a CJK name heading, and a GitHub profile README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import get_importer, import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.document import repair_destinations as _repair_destinations
from kg.importers.page.parse import parse_markdown_page
from kg.importers.markdown_formats import detect_markdown as detect
from kg.importers.markdown_formats import parse as format_parse

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "markdown"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _doc(tmp_path: Path, text: str, name: str = "index.md") -> SourceDoc:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return SourceDoc.read(path)


def _parse(tmp_path: Path, text: str, name: str = "index.md", owner: str | None = None):
    return parse_markdown_page(_doc(tmp_path, text, name), ImportOptions(owner=owner))


# --- a homepage with lists of papers, year sub-headings and every section ------------------


@pytest.fixture(scope="module")
def listpage():
    return import_path(FIXTURES / "list-homepage.md")


@pytest.fixture(scope="module")
def listpubs(listpage):
    return {p.title: p for p in listpage.profile.publications}


def test_list_page_is_detected_and_counted(listpage):
    assert listpage.format == "markdown"
    assert listpage.counts == {"publications": 5, "news": 3, "awards": 3, "students": 3, "service": 3}
    assert listpage.profile.unparsed == []


def test_list_page_person(listpage):
    person = listpage.profile.person
    assert person.name == "Maria Gonzalez-Ruiz"
    assert person.job_title == "Assistant Professor"
    assert [(a.name, a.department, a.url) for a in person.affiliations] == [
        ("Northfield University", "Department of Computer Science", "https://cs.northfield.edu")
    ]
    assert person.email == "mgonzalez@northfield.edu"  # 'mgonzalez [at] northfield [dot] edu'
    assert person.identifiers == {"google_scholar": "AbCdEfGhIjK0", "github": "mgruiz",
                                  "orcid": "0000-0002-1825-0097"}
    assert person.links == {"cv": "https://mgruiz.github.io/cv.pdf"}
    assert person.interests == ["robust perception", "3D scene understanding", "embodied agents"]
    assert person.advisors == ["Daniel Okafor"]
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "Computer Science", "Carnegie Mellon University", 2019),
        ("B.Eng.", "Automation", "Tsinghua University", 2013),
    ]


def test_multi_line_list_entry_with_legend_marks_and_notes(listpubs):
    pub = listpubs["Scene Graphs from Sparse Views"]
    assert [a.name for a in pub.authors] == ["Wei Chen", "Lena Park", "Maria Gonzalez-Ruiz"]
    assert [a.marks for a in pub.authors] == [["equal_contribution"], ["equal_contribution"], ["corresponding"]]
    assert [a.is_self for a in pub.authors] == [False, False, True]
    assert (pub.year, pub.venue, pub.venue_type) == (2024, "CVPR", "conference")
    assert pub.venue_full == "IEEE/CVF Conference on Computer Vision and Pattern Recognition"
    assert pub.notes == ["Highlight"]
    assert pub.links == {"pdf": "https://arxiv.org/pdf/2403.01234.pdf", "code": "https://github.com/rpl/sgsv",
                         "project": "https://rpl.github.io/sgsv/"}
    assert pub.arxiv == "2403.01234"
    assert pub.line == 21


def test_one_line_entry_with_et_al(listpubs):
    pub = listpubs["Robust Depth under Fog"]
    assert [a.name for a in pub.authors] == ["Tom Baker", "Maria Gonzalez-Ruiz"]
    assert pub.authors_truncated is True
    assert pub.authors[1].is_self
    assert (pub.year, pub.venue) == (2024, "NeurIPS")
    assert pub.links == {"arxiv": "https://arxiv.org/abs/2405.06789"}


def test_numbered_entry_with_quoted_title_and_initials(listpubs):
    pub = listpubs["Embodied Mapping with Language Priors"]
    assert [a.name for a in pub.authors] == ["Lena Park", "M. Gonzalez-Ruiz"]
    assert pub.authors[1].is_self  # bold, and 'M.' is the owner's initial
    assert (pub.year, pub.venue) == (2023, "ICLR")
    assert pub.links == {"paper": "https://openreview.net/forum?id=abc123",
                         "bibtex": "https://mgruiz.github.io/bib/park2023.bib"}


def test_year_group_takes_the_year_from_the_venue(listpubs):
    rain = listpubs["Learning to See in the Rain"]
    assert (rain.year, rain.venue, rain.venue_type, rain.volume) == (2019, "IJCV", "journal", "127")
    drones = listpubs["Fast Stereo for Drones"]
    assert (drones.year, drones.venue_type) == (2017, "workshop")
    assert [a.name for a in drones.authors] == ["Maria Gonzalez-Ruiz", "Daniel Okafor"]
    assert drones.links == {"slides": "https://mgruiz.github.io/slides/icra17.pdf"}


def test_comment_content_is_never_data(listpubs):
    assert "Secret Paper" not in listpubs


def test_news_awards_students_service(listpage):
    p = listpage.profile
    assert [(n.date, n.text) for n in p.news] == [
        ("2024-05", "Two papers accepted to CVPR 2024!"),
        ("2024-03", "I gave an invited talk at the Vision Seminar."),
        ("2023-11", "Our lab received an NSF CAREER award."),
    ]
    assert p.news[0].links == ["https://cvpr.thecvf.com/"]
    # the trailing year(s) are the award's year and years fields, not part of its name
    assert [(a.name, a.year, a.years) for a in p.awards] == [
        ("NSF CAREER Award", 2023, []),
        ("Best Paper Honorable Mention, 3DV", 2021, []),
        ("Outstanding Reviewer, CVPR", 2022, [2020, 2022]),
    ]
    assert [(s.name, s.role, s.institution, s.url) for s in p.students] == [
        ("Wei Chen", "PhD student", None, "https://weichen.github.io"),
        ("Lena Park", "PhD student", None, None),
        ("Tom Baker", "intern", "Stanford University", None),
    ]
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("Area Chair", ["CVPR", "NeurIPS"], None),  # two years (CVPR 2024, NeurIPS 2023): no one year holds
        ("Reviewer", ["T-PAMI", "IJCV", "ICCV"], None),
        ("Program Committee member", ["AAAI"], 2022),
    ]
    assert [s.line for s in p.service] == [56, 57, 58]


# --- setext headings and multi-column markdown tables --------------------------------------


@pytest.fixture(scope="module")
def tablepage():
    return import_path(FIXTURES / "table-homepage.md")


def test_table_page_person(tablepage):
    person = tablepage.profile.person
    assert (person.name, person.alternate_names) == ("Kenji Tanaka", ["田中健二"])
    assert person.job_title == "Senior Research Scientist"
    assert [(a.name, a.url) for a in person.affiliations] == [("Lumen AI Research", "https://lumen.ai/research")]
    assert person.email == "kenji.tanaka@lumen.ai"
    assert person.identifiers == {"twitter": "kenji_t", "dblp": "123/4567", "semantic_scholar": "12345678"}
    assert person.metrics.model_dump() == {"h_index": 21, "citations": 2500, "publications": None,
                                           "source": "Google Scholar", "approximate": True}
    assert [(e.degree, e.institution, e.year) for e in person.education] == [("PhD", "University of Tokyo", 2016)]
    assert person.interests == ["efficient language models", "speech recognition", "multilingual NLP"]


def test_table_columns(tablepage):
    assert tablepage.format == "markdown"
    assert tablepage.counts == {"publications": 3, "news": 2, "awards": 0, "students": 0, "service": 2}
    sparse, tiny, multi = tablepage.profile.publications
    assert (sparse.title, sparse.year, sparse.venue, sparse.notes) == (
        "Sparse Mixture Adapters for Speech", 2023, "ACL", ["Oral"])
    assert sparse.links == {"paper": "https://aclanthology.org/2023.acl-long.1.pdf",
                            "code": "https://github.com/ktanaka/sma"}
    assert [a.is_self for a in sparse.authors] == [True, False, False]
    assert (tiny.title, tiny.year, tiny.venue) == ("Tiny Transformers for On-device ASR", 2022, "Interspeech")
    assert tiny.doi == "10.21437/Interspeech.2022-100"
    assert [a.name for a in tiny.authors] == ["Aiko Mori", "Kenji Tanaka"] and tiny.authors[1].is_self
    assert (multi.year, multi.venue_type, multi.arxiv, multi.authors_truncated) == (2021, "preprint", "2104.01234", True)
    assert [p.line for p in tablepage.profile.publications] == [18, 19, 20]


def test_table_news_and_service(tablepage):
    p = tablepage.profile
    assert [(n.date, n.text) for n in p.news] == [
        ("2023-05-02", "Our paper on sparse adapters was accepted to ACL 2023."),
        ("2022-09", "I joined Lumen AI Research."),
    ]
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("Senior Area Chair", ["ACL"], 2024), ("Reviewer", ["NeurIPS", "ICML", "EMNLP"], None)]
    assert p.unparsed == []


# --- a CJK name heading, front matter, inline HTML, <u> owner, placeholders -----------------


@pytest.fixture(scope="module")
def cjkpage():
    return import_path(FIXTURES / "cjk-heading-html.md")


def test_cjk_page_person(cjkpage):
    person = cjkpage.profile.person
    assert (person.name, person.alternate_names) == ("Li Na", ["李娜"])
    assert person.homepage == "https://li-na.github.io"
    assert person.image == "https://li-na.github.io/photo.jpg"
    assert person.email == "lina@eastlake.edu.cn"
    assert [(a.name, a.department, a.current) for a in person.affiliations] == [
        ("Eastlake University", "School of Software", True), ("Huawei Noah's Ark Lab", None, False)]
    assert person.job_title == "Associate Professor"
    assert person.interests == ["image restoration", "low-level vision", "computational photography"]


def test_cjk_page_papers(cjkpage):
    assert cjkpage.format == "markdown"
    deep, guided = cjkpage.profile.publications
    assert [(a.name, a.marks, a.is_self) for a in deep.authors] == [
        ("Na Li", ["equal_contribution"], True), ("Hao Sun", ["equal_contribution"], False),
        ("Jun Wang", ["corresponding"], False)]
    assert (deep.year, deep.venue, deep.venue_full, deep.venue_type) == (
        2022, "TIP", "IEEE Transactions on Image Processing", "journal")
    assert deep.links == {"paper": "https://ieeexplore.ieee.org/document/9700001",
                          "code": "https://github.com/lina-lab/dure"}
    # '2015 and before' gives no year: it comes from the venue line
    assert (guided.year, guided.venue) == (2015, "ACM MM")
    # links that point back at the homepage are placeholders, not links
    assert guided.links == {}
    assert guided.placeholder_links == {"paper": "https://li-na.github.io/", "code": "https://li-na.github.io/"}
    assert cjkpage.profile.unparsed == []


# --- a GitHub profile README ---------------------------------------------------------------


def test_github_profile_readme(tmp_path):
    doc = SourceDoc.read(FIXTURES / "github-profile-readme.md")
    assert detect(doc) >= 0.5
    profile = parse_markdown_page(doc, ImportOptions())
    person = profile.person
    assert person.name == "Priya Raman"
    assert person.job_title == "PhD student"
    assert [(a.name, a.url) for a in person.affiliations] == [("Lakeside Institute of Technology",
                                                               "https://www.lit.edu")]
    assert person.identifiers == {"google_scholar": "pRaMaN123AAJ", "twitter": "priya_rl", "github": "priyaraman"}
    assert person.homepage == "https://priyaraman.dev"
    assert person.email == "priya.raman@lit.edu"
    assert person.interests == ["robotics", "reinforcement learning", "sample-efficient robot learning",
                                "sim-to-real transfer", "tactile sensing"]
    (pub,) = profile.publications
    assert (pub.title, pub.year, pub.venue, pub.arxiv) == ("Tactile Priors for Dexterous Grasping", 2023, "CoRL",
                                                           "2311.04567")
    assert [(a.name, a.is_self) for a in pub.authors] == [("Priya Raman", True), ("Omar Haddad", False)]
    # the one line kg has no field for is reported, with its line number; the comment is not
    assert [(u.line, u.text) for u in profile.unparsed] == [(12, "- ⚡ Fun fact: I have climbed Kilimanjaro.")]
    assert profile.source is None  # the caller sets it


def test_a_template_readme_kept_under_the_owners_papers_is_no_paper(tmp_path):
    # an academicpages fork whose README is the owner's homepage text over the template's own README: the template's
    # credit ("forked (then detached) by A from the X Jekyll Theme, which is (c) 2016 B") is no paper of the list
    page = tmp_path / "README.md"
    page.write_text(
        "## Jane Roe\n\nJane Roe is a lecturer in hydrology at Westbridge University.\n\n### Selected Publications\n\n"
        "• **Roe, J.**, Lind, A. (2019) Sediment pulses after dam removal. Water Research, 12, 1-20.\n\n"
        "• Lind, A., **Roe, J.** (2017) Gravel bars in braided rivers. Geomorphology, 8(2), 33-49.\n\n"
        "A Github Pages template for academic websites. This was forked (then detached) by [Ola Berg]"
        "(https://example.org/ola) from the [Quiet Pages Jekyll Theme](https://example.org/quiet/), which is "
        "(c) 2016 Per Sand and released under the MIT License.\n", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Sediment pulses after dam removal", "Gravel bars in braided rivers"]


def test_readme_file_name_yields_to_the_readme_importer(tmp_path):
    text = (FIXTURES / "github-profile-readme.md").read_text(encoding="utf-8")
    assert detect(_doc(tmp_path, text, "README.md")) <= 0.5 < detect(_doc(tmp_path, text, "about.md"))


# --- detection ------------------------------------------------------------------------------


def test_detect_is_specific():
    for seed in ("anbang-yao.academicpages.md", "peisong-wang.html-table.md"):
        assert detect(SourceDoc.read(SEEDS / seed)) <= 0.15  # academicpages front matter
    assert detect(SourceDoc.read(SEEDS / "anbang-yao.aggregator.txt")) == 0.0
    for seed in ("yichen-wei.github-pages.md", "yunhe-wang.markdown-table.md"):
        assert detect(SourceDoc.read(SEEDS / seed)) >= 0.8


def test_detect_refuses_other_formats(tmp_path):
    assert detect(_doc(tmp_path, "<!DOCTYPE html><html><body><h1>Jane Doe</h1></body></html>")) == 0.0
    assert detect(_doc(tmp_path, "@article{a, title={T}, author={A and B}}\n")) == 0.0
    assert detect(_doc(tmp_path, "title: Jane\n[a](http://x.org)\n", "_config.yml")) == 0.0
    assert detect(_doc(tmp_path, "just some words\nand more words\n")) == 0.0
    hugo = "---\ntitle: A paper\nauthors:\n  - admin\npublication_types: ['1']\n---\n\n## Abstract\n[x](http://a.org)\n"
    assert detect(_doc(tmp_path, hugo)) <= 0.15


def test_registry_entry():
    imp = get_importer("markdown")
    assert imp.parse is format_parse and imp.detect is detect


# --- errors ----------------------------------------------------------------------------------


def test_broken_front_matter_is_a_source_error(tmp_path):
    with pytest.raises(SourceError) as err:
        _parse(tmp_path, "---\nname: [unclosed\n---\n\n# Jane Doe\n")
    assert err.value.line == 2 and "front matter" in err.value.message
    with pytest.raises(SourceError) as err:
        _parse(tmp_path, "---\nname: Jane Doe\n\n# Jane Doe\n")
    assert err.value.line == 1


def test_page_without_a_name_is_a_source_error(tmp_path):
    with pytest.raises(SourceError) as err:
        _parse(tmp_path, "## News\n\n- 2020: something happened.\n")
    assert "no researcher name" in err.value.message
    # ... unless the user names the owner
    profile = _parse(tmp_path, "## News\n\n- 2020: something happened.\n", owner="Jane Doe")
    assert profile.person.name == "Jane Doe" and profile.news[0].date == "2020"


# --- smaller layouts -------------------------------------------------------------------------


def test_br_separated_author_lines_and_nested_link_items(tmp_path):
    text = """# Ana Costa

## Papers

- **Deep Tide Models**<br>
  Ana Costa<br>
  Bruno Lima<br>
  *Ocean Modelling*, 2020
  - [[pdf]](https://example.org/tide.pdf) [[data]](https://example.org/tide-data)
"""
    profile = _parse(tmp_path, text)
    (pub,) = profile.publications
    assert [a.name for a in pub.authors] == ["Ana Costa", "Bruno Lima"]
    assert pub.authors[0].is_self
    assert (pub.year, pub.venue) == (2020, "Ocean Modelling")
    assert pub.links == {"pdf": "https://example.org/tide.pdf", "data": "https://example.org/tide-data"}
    assert profile.unparsed == []


def test_year_sub_headings_give_the_year(tmp_path):
    text = """# Omar Haddad

## Publications

### 2021

- **Tactile Maps for Robots.** Omar Haddad, Priya Raman. *CoRL*.

**2019**

- **Soft Grippers.** Omar Haddad. *ICRA*.
"""
    pubs = _parse(tmp_path, text).publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [("Tactile Maps for Robots", 2021, "CoRL"),
                                                          ("Soft Grippers", 2019, "ICRA")]
    assert [a.is_self for a in pubs[1].authors] == [True]


def test_columns_without_authors_trust_the_header(tmp_path):
    text = """# Samuel O'Neil

## Publications

| Title | Venue |
|---|---|
| Fast Graph Sampling | KDD 2019 |
| [Adaptive Pooling](https://doi.org/10.1145/1234567.890) | WWW 2018 |
"""
    pubs = _parse(tmp_path, text).publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [("Fast Graph Sampling", 2019, "KDD"),
                                                          ("Adaptive Pooling", 2018, "WWW")]
    # a title's link without a label is keyed by its URL, as the realpages gold keys an unlabelled doi.org link
    assert pubs[1].links == {"doi": "https://doi.org/10.1145/1234567.890"}
    assert pubs[1].doi == "10.1145/1234567.890"


def test_prose_in_a_publications_section_is_no_paper(tmp_path):
    text = """# Samuel O'Neil

## Selected Publications

For the complete list see my [Google Scholar](https://scholar.google.com/citations?user=SAMxxxxAAAAJ) page.

1. A. Rivera, S. O'Neil, and B. Chu. Graph Priors for Molecule Generation. In *ICML*, 2022. [[PDF](https://a.org/g.pdf)]
"""
    profile = _parse(tmp_path, text)
    assert [p.title for p in profile.publications] == ["Graph Priors for Molecule Generation"]
    pub = profile.publications[0]
    assert [a.name for a in pub.authors] == ["A. Rivera", "S. O'Neil", "B. Chu"] and pub.authors[1].is_self
    assert pub.links == {"pdf": "https://a.org/g.pdf"}
    assert profile.person.identifiers == {"google_scholar": "SAMxxxxAAAAJ"}


def test_name_taken_from_the_bold_author_when_the_heading_is_cjk(tmp_path):
    text = """## 陈晓

| Papers |
| --- |
| [A Study of Rivers](https://a.org/r.pdf) **Xiao Chen**, Li Wei *TGRS*, 2021 [code](https://github.com/x/r) |
| [Lakes at Night](https://a.org/l.pdf) Wang Fang, **Xiao Chen** *RSE*, 2020 |
"""
    profile = _parse(tmp_path, text)
    assert (profile.person.name, profile.person.alternate_names) == ("Xiao Chen", ["陈晓"])
    assert [p.authors[i].is_self for p, i in zip(profile.publications, (0, 1))] == [True, True]


# --- field readers -----------------------------------------------------------------------------


def test_field_readers(tmp_path):
    """What the old markdown reader's field readers were tested for, read through the page reader:
    an obfuscated email, a rounded citation count, bracketed and slashed news dates, a year group that
    gives no year, a service line of venues with one year."""
    text = """# Jane Doe

Email: jdoe (at) cs (dot) uni (dot) edu.

Cited by more than 3k (Google Scholar).

## News

- [2023/05] Paper accepted.
- **Mar 2024**: Talk at the Vision Seminar.
- 05/2022 - Joined the Example Lab.

## Publications

### 2015 and before

- **A Study of Rivers.** **Jane Doe**, Li Wei. *CVPR*, 2014.

## Service

- Program Committee: ICML 2021, NeurIPS 2021
"""
    profile = _parse(tmp_path, text)
    assert profile.person.email == "jdoe@cs.uni.edu"
    assert profile.person.metrics is not None and profile.person.metrics.citations == 3000
    assert [(n.date, n.text) for n in profile.news] == [
        ("2023-05", "Paper accepted."), ("2024-03", "Talk at the Vision Seminar."),
        ("2022-05", "Joined the Example Lab.")]
    (pub,) = profile.publications
    assert (pub.title, pub.year) == ("A Study of Rivers", 2014)  # "2015 and before" is no year
    (sv,) = profile.service
    assert (sv.role, sv.venues, sv.year) == ("Program Committee", ["ICML", "NeurIPS"], 2021)
    assert _repair_destinations("[a](http://x.org/a b.pdf)") == "[a](http://x.org/a%20b.pdf)"


def test_a_50kb_page_is_read_whole():
    """Speed is measured by scripts/bench.py import, not here."""
    yunhe = (SEEDS / "yunhe-wang.markdown-table.md").read_text(encoding="utf-8")
    yichen = (SEEDS / "yichen-wei.github-pages.md").read_text(encoding="utf-8")
    rows = "\n".join(yunhe.splitlines()[20:])
    papers = "\n".join(yichen.splitlines()[47:99])
    # (the repeated rows' titles numbered: a list that repeats a work word for word names it once)
    again = [re.sub(r"(?m)^\| \[", f"| [Part {k}: ", rows) for k in (1, 2)]
    page = (yunhe + "\n" + again[0] + "\n\n" + papers + "\n\n" + "| Publications |\n| --- |\n" + again[1])[:51200]
    doc = SourceDoc(path=Path("big.md"), text=page)
    profile = parse_markdown_page(doc, ImportOptions())
    assert len(profile.publications) > 80


def test_ieee_quoted_titles_html_italics_and_heading_titles(tmp_path):
    text = """# Bob Lee

## Publications

* [**Neural Radiance Caching for Drones**](https://example.org/nrc.pdf)<br>
  Alice Wong, **Bob Lee**, Carl Diaz<br>
  <i>CVPR 2021</i>

[1] A. Wong, B. Lee, and C. Diaz, "Sparse Voxel Fields for Mapping," in Proc. IEEE Int. Conf. Robot. Autom. (ICRA), 2020.

### Journal Papers

### [Learning to Fly in Clutter](https://example.org/fly.pdf)
Carl Diaz, **Bob Lee**
*IEEE Robotics and Automation Letters (RA-L)*, 2019 (Best Paper Finalist)
"""
    profile = _parse(tmp_path, text)
    nrc, voxel, fly = profile.publications
    assert (nrc.title, nrc.year, nrc.venue, nrc.links) == (
        "Neural Radiance Caching for Drones", 2021, "CVPR", {"paper": "https://example.org/nrc.pdf"})
    assert [a.name for a in nrc.authors] == ["Alice Wong", "Bob Lee", "Carl Diaz"] and nrc.authors[1].is_self
    assert (voxel.title, voxel.year, voxel.venue) == ("Sparse Voxel Fields for Mapping", 2020, "ICRA")
    assert [a.name for a in voxel.authors] == ["A. Wong", "B. Lee", "C. Diaz"] and voxel.authors[1].is_self
    assert (fly.title, fly.year, fly.venue, fly.venue_type, fly.notes, fly.line) == (
        "Learning to Fly in Clutter", 2019, "RA-L", "journal", ["Best Paper Finalist"], 13)
    assert [a.is_self for a in fly.authors] == [False, True]
    assert profile.unparsed == []


def test_name_from_the_first_sentence_when_no_heading_names_the_page(tmp_path):
    text = """# About Me

I am Jane Q. Doe, a postdoctoral researcher at the [Institute of Marine Studies](https://ims.example.org).

## Papers

- **Tides and Models.** Jane Q. Doe, Sam Roe. *Ocean Modelling*, 2022.
"""
    profile = _parse(tmp_path, text)
    assert profile.person.name == "Jane Q. Doe"
    assert profile.person.job_title == "postdoctoral researcher"
    assert profile.person.affiliations[0].name == "Institute of Marine Studies"
    assert [a.is_self for a in profile.publications[0].authors] == [True, False]


def test_bold_owner_last_in_the_author_list(tmp_path):
    """Regressions: ". Title" after a bold last author, and "A and **B**" split across pieces."""
    prof = _parse(tmp_path, "# Jo Smith\n\nAssociate Professor at the University of Northfield.\n\n## Publications\n\n"
                            "- Ann Lee, **Jo Smith**. Second Title. *ICCV*, 2021.\n"
                            "- Ann Lee and **Jo Smith**. Third Title. ICML 2019.\n")
    got = [(p.title, [a.name for a in p.authors], [a.is_self for a in p.authors], p.venue) for p in prof.publications]
    assert got == [("Second Title", ["Ann Lee", "Jo Smith"], [False, True], "ICCV"),
                   ("Third Title", ["Ann Lee", "Jo Smith"], [False, True], "ICML")]
    assert prof.person.job_title == "Associate Professor"
    assert [a.name for a in prof.person.affiliations] == ["University of Northfield"]
    assert prof.unparsed == []


# --- GitHub profile READMEs of researchers (fixtures markdown/real3-*): a centred HTML greeting with badge rows, a
# minimal README, News/Selected-Publications with <br> entries, an HTML table of papers, a Chinese-English README and a
# lab README. Each is imported as a file and as a folder.


MD = Path(__file__).resolve().parents[1] / "fixtures" / "markdown"


NAMES = ["centered", "minimal", "news", "table", "bilingual", "lab"]


def _dump(profile):
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k != "file"}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x
    return strip({k: profile.model_dump(mode="json")[k] for k in
                  ("person", "publications", "news", "awards", "students", "unparsed")})


@pytest.fixture(scope="module", params=NAMES)
def both(request):
    d = MD / f"real3-{request.param}"
    return request.param, import_path(d / "README.md"), import_path(d)


def test_file_and_folder_agree(both):
    name, f, d = both
    assert d.format == "github-readme"
    assert _dump(f.profile) == _dump(d.profile), name


def _load(name):
    return import_path(MD / f"real3-{name}").profile


def _people(pub):
    return [a.name for a in pub.authors], [i for i, a in enumerate(pub.authors) if a.is_self]


def test_centred_html_greeting_and_badges():
    prof = _load("centered")
    p = prof.person
    assert p.name == "Kofi Mensah-Bonsu"
    # "A PhD student at the University of Edinburgh working on ...": no article, the tail is topics
    assert p.job_title == "PhD student"
    assert [(a.name, a.role) for a in p.affiliations] == [("University of Edinburgh", "PhD student")]
    assert p.interests[:2] == ["speech synthesis", "low-resource ASR"]
    assert p.identifiers == {"google_scholar": "KmB7xQwAAAAJ", "orcid": "0000-0002-1825-0097",
                             "twitter": "kofi_speech", "github": "kmensah"}
    assert (p.homepage, p.email) == ("https://kmensah.github.io", "k.mensah-bonsu@ed.ac.uk")
    # the centred tagline under the greeting describes the owner; an emoji chit-chat bullet is no bio
    assert p.description == ("A PhD student at the University of Edinburgh working on speech synthesis"
                             " and low-resource ASR")
    pubs = prof.publications
    assert [(x.title, x.venue, x.year, x.venue_type) for x in pubs] == [
        ("AkanTTS: A Multi-Speaker Text-to-Speech Corpus for Akan", "Interspeech", 2024, "conference"),
        ("Tone-Aware Vocoders for Tonal Languages", "ICASSP", 2023, "conference")]
    assert _people(pubs[1]) == (["Ewa Kowalczyk", "Kofi Mensah-Bonsu", "Catriona Hughes"], [1])
    assert pubs[0].links == {"paper": "https://www.isca-archive.org/interspeech_2024/mensahbonsu24_interspeech.html",
                             "data": "https://github.com/kmensah/akantts"}
    assert pubs[1].arxiv == "2302.11234"
    # decided: "working on" gives interests; learning / collaborate / ask me / fun fact stay unparsed
    assert [u.line for u in prof.unparsed] == [12, 13, 14, 16]


def test_minimal_readme():
    prof = _load("minimal")
    p = prof.person
    assert (p.name, p.job_title) == ("Ingrid Solheim", "assistant professor")
    assert p.affiliations[0].name == "Norwegian University of Science and Technology"
    assert p.identifiers == {"google_scholar": "IsOlh3mAAAAJ", "twitter": "isolheim_stats"}
    assert p.homepage == "https://www.ntnu.edu/employees/ingrid.solheim"
    assert p.interests == ["Bayesian nonparametrics", "spatial statistics"]
    assert prof.publications == [] and prof.unparsed == []


def test_news_selected_publications_awards():
    prof = _load("news")
    p = prof.person
    assert p.name == "Mateo Ferreira" and p.advisors == ["Hannah Lindgren"]
    assert p.email == "mferreira@stanford.edu"
    assert p.links == {"cv": "https://mateoferreira.github.io/cv.pdf"}
    assert p.interests == ["embodied AI", "3D scene understanding", "robot manipulation"]
    assert [(n.date, n.text) for n in prof.news] == [
        ("2024-05", "Our paper on articulated object manipulation was accepted to RSS 2024!"),
        ("2024-02", "Two papers accepted to CVPR 2024."),
        ("2023-09", "I started my internship at NVIDIA Research with Dr. Sun-Hee Park.")]
    pubs = prof.publications
    # "Robotics: Science and Systems (RSS)" is a conference, not a journal for its word "Science"
    assert [(x.title, x.venue, x.year, x.venue_type) for x in pubs] == [
        ("ArtiGrasp: Learning to Manipulate Articulated Objects from Video", "RSS", 2024, "conference"),
        ("SceneGraph-LM: Language Models as 3D Scene Planners", "CVPR", 2024, "conference"),
        ("Affordance Fields from Egocentric Video", "CoRL", 2023, "conference")]
    assert _people(pubs[0]) == (["Mateo Ferreira", "Priyanka Iyer", "Hannah Lindgren"], [0])
    assert [a.marks for a in pubs[0].authors][:2] == [["equal_contribution"], ["equal_contribution"]]
    assert _people(pubs[1])[1] == [1]
    assert pubs[2].notes == ["Oral"]
    # link keys follow the page's labels (the realpages gold convention): "[Paper]" on arXiv is the paper,
    # and its arXiv id is still read
    assert set(pubs[0].links) == {"paper", "code", "project"} and pubs[0].arxiv == "2405.01234"
    # "- **[2023]** Stanford Graduate Fellowship": the bracketed year is the year, not the name
    assert [(a.name, a.year) for a in prof.awards] == [
        ("Stanford Graduate Fellowship", 2023),
        ("Best Undergraduate Thesis Award, University of São Paulo", 2021)]
    assert prof.unparsed == []


def test_html_table_of_papers():
    prof = _load("table")
    p = prof.person
    assert (p.name, p.job_title, p.affiliations[0].name) == ("Yasmin Haddad", "postdoctoral researcher", "ETH Zürich")
    assert [(e.degree, e.institution) for e in p.education] == [("PhD", "University of Oxford")]
    assert p.identifiers == {"google_scholar": "YhAdD4dAAAAJ", "github": "yhaddad"}
    pubs = prof.publications
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("GaussFusion: Fast Dynamic Scene Reconstruction with Deformable Gaussians", "ECCV", 2024),
        ("Relightable Neural Avatars from Sparse Views", "SIGGRAPH Asia", 2023)]
    assert _people(pubs[1]) == (["Lukas Brenner", "Yasmin Haddad", "Mei Lin", "Oliver Tate"], [1])
    assert pubs[1].doi == "10.1145/3610548.3618123"
    # <table>/<tr>/</td> lines are layout and the thumbnail cells go with their rows
    assert prof.unparsed == []


def test_chinese_english_readme():
    prof = _load("bilingual")
    p = prof.person
    assert (p.name, p.alternate_names) == ("Weiming Zhang", ["张伟明"])  # "你好 👋 我是 张伟明 (Weiming Zhang)"
    assert [(a.name, a.role) for a in p.affiliations] == [("Fudan University", "PhD student")]
    assert p.advisors == ["Hong Li"]
    # (the homepage written out is a link on GitHub, read as one: its address as every link's, the root's "/" on)
    assert (p.email, p.homepage) == ("wmzhang21@m.fudan.edu.cn", "https://wmzhang.github.io/")
    pubs = prof.publications
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("VQA-R1: Reinforcing Visual Reasoning in Multimodal LLMs", "NeurIPS", 2024),
        ("Chinese-MMBench：一个中文多模态评测基准", "ACL Findings", 2024)]
    assert _people(pubs[1])[1] == [1]
    assert [(a.name, a.year) for a in prof.awards] == [
        ("国家奖学金 (National Scholarship)", 2023),
        ("复旦大学优秀学生 (Outstanding Student, Fudan University)", 2022)]
    # the Chinese bio repeats the English one; kg leaves it for a reader
    assert [u.line for u in prof.unparsed] == [3]


def test_lab_readme_owner_is_the_pi():
    """Decided: a lab README is read as its PI's (the most frequent author, named "led by" and
    "(PI)"); the lab's logo is no photo, and the PI is not listed among their own students, nor is the lab's
    postdoc ("Tomás Reyes (Postdoc)": a member, no student)."""
    prof = _load("lab")
    p = prof.person
    assert p.name == "Danielle Okafor" and p.image is None
    assert all(_people(x)[1] == [len(x.authors) - 1] for x in prof.publications)
    assert len(prof.publications) == 2 and [n.date for n in prof.news] == ["2024-06", "2024-01"]
    assert [(s.name, s.role) for s in prof.students] == [("Aiden Walsh", "PhD student"), ("Noor Rahimi", "PhD student")]
    # the lab's title, the acronym line, the group blurb and the lab's own links are about the lab, not its PI:
    # left for a reader (the logo is an image without text, markup like the badges of other READMEs)
    assert [u.line for u in prof.unparsed] == [4, 6, 9, 11]
    assert (p.identifiers, p.description) == ({}, None)


def test_a_software_readme_whose_owner_is_the_author_of_every_listed_paper(tmp_path):
    """A research code's README: its headings name the code and its chapters ("## Overview", "## Image
    Gallery"), a bold line of in-page links is its table of contents, and the owner is named only as the first
    author of every paper in its table ("Lind, M.") and in full in the BibTeX block that cites the code."""
    (tmp_path / "README.md").write_text(
        "# QUASAR\n\n**[Install](#install) · [Quick Start](#quick-start) · [Papers](#papers)**\n\n"
        "## Overview\n\nQUASAR is a grid code for fluid flows. I started it as a graduate student.\n\n"
        "## Image Gallery\n\nSome pictures of shocks.\n\n## Quick Start\n\nRun it with one command.\n\n"
        "## Papers\n\nQUASAR has been used in these papers:\n\n| Year | Publication |\n|------|-------------|\n"
        "| **2024** | [Lind, M. et al., \"Shocks in thin discs of gas\"](https://ex.org/p/1) |\n"
        "| **2023** | [Lind, M. & Berg K., \"Jets bent by a wind\"](https://ex.org/p/2) |\n"
        "| **2022** | [Lind, M. et al., \"Flat stars that explode\"](https://ex.org/p/3) |\n\n"
        "## Citation\n\n```bibtex\n@misc{quasar, author = {{Lind}, Maren}, title = \"{QUASAR: a grid code}\", "
        "year = 2023}\n```\n", encoding="utf-8")
    profile = import_path(tmp_path / "README.md").profile
    assert profile.person.name == "Maren Lind"
    assert [p.title for p in profile.publications] == [
        "Shocks in thin discs of gas", "Jets bent by a wind", "Flat stars that explode"]
    assert all(p.authors[0].is_self for p in profile.publications)


_TD = '<td style="padding: 8px; text-align: left;">'


def test_a_profile_readme_with_a_wrapped_html_table_of_scholar_rows(tmp_path):
    """A README that names its owner only as 'L Okafor' in the papers' bylines and through its stats badge's
    account 'LindaOkafor'; 'I’m a PhD student @Tarn University'; an HTML table of Google Scholar rows (title |
    authors | venue | citations | year) whose cells wrap a name over two source lines ('BK' / 'Ortiz')."""
    (tmp_path / "README.md").write_text(
        "![stats](https://github-readme-stats.vercel.app/api?username=LindaOkafor&show_icons=true)\n\n"
        "👋 Welcome\\! 🔭 I’m a PhD student\n@Tarn University (Norway), currently working on genome\n"
        "statistics.\n\n### My Research Profile\n\n<table>\n\n<thead>\n\n<tr>\n\n<th>Title</th>\n\n<th>Authors</th>\n\n"
        "<th>Venue</th>\n\n<th>Cited by</th>\n\n<th>Year</th>\n\n</tr>\n\n</thead>\n\n<tbody>\n\n<tr>\n\n"
        f"{_TD}\n\nMutational signatures as markers for therapy response in\nlung\ncancer\n\n</td>\n\n"
        f"{_TD}\n\nL Okafor, M Berg, T Lund, BK\nOrtiz\n\n</td>\n\n"
        f"{_TD}\n\nTarn Oncology 37 (2), 100-110,\n2018\n\n</td>\n\n{_TD}\n\n55\n\n</td>\n\n{_TD}\n\n2018\n\n</td>\n\n"
        "</tr>\n\n</tbody>\n\n</table>\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert (p.person.name, p.person.job_title) == ("Linda Okafor", "PhD student")
    assert [a.name for a in p.person.affiliations] == ["Tarn University"]
    pub = p.publications[0]
    assert [a.name for a in pub.authors] == ["L Okafor", "M Berg", "T Lund", "BK Ortiz"]
    assert (pub.year, pub.authors[0].is_self) == (2018, True)


def test_a_generated_readme_list_of_apa_citations_each_opened_by_a_pictograph(tmp_path):
    """A profile README whose publication list is written by a workflow: every bullet opens with an emoji for
    the kind of work, then an APA citation with the owner in bold ('**Varga, K.**'); the page never writes the
    owner's name elsewhere. The pictograph is no part of the authors: the citations are read, and the owner is
    the bold author."""
    (tmp_path / "README.md").write_text(
        "## Ocean modeller\n\nI build models of coastal currents.\n\n## Recent publications\n\n"
        "- 📄 **Varga, K.** (2024). Tidal mixing in shallow estuaries. *Coastal Dynamics Letters*. "
        "[View publication](https://example.org/a)\n"
        "- 📄 **Varga, K.**, Holm, P., & Ito, R. (2023). Wind-driven upwelling along a narrow shelf. "
        "*Journal of Shelf Studies*. [View publication](https://example.org/b)\n"
        "- 📊 **Varga, K.** (2021). A gridded record of bottom temperature. *Open Ocean Data*. "
        "[View publication](https://example.org/c)\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.name == "K. Varga"
    # a profile badge's address is the one place the given name is spelled out
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    (tmp_path / "README.md").write_text(readme.replace(
        "I build models", "[LinkedIn](https://www.linkedin.com/in/kata-varga-77a1b2)\n\nI build models"),
        encoding="utf-8")
    assert import_path(tmp_path).profile.person.name == "Kata Varga"
    assert [(pub.title, pub.year, pub.venue) for pub in p.publications] == [
        ("Tidal mixing in shallow estuaries", 2024, "Coastal Dynamics Letters"),
        ("Wind-driven upwelling along a narrow shelf", 2023, "Journal of Shelf Studies"),
        ("A gridded record of bottom temperature", 2021, "Open Ocean Data")]
    assert [a.name for a in p.publications[1].authors] == ["K. Varga", "P. Holm", "R. Ito"]
    assert p.publications[1].authors[0].is_self


def test_a_readme_list_of_repositories_whose_link_texts_give_venue_year_and_name(tmp_path):
    """A profile README that lists its owner's papers by their code: each bullet is one link whose text is the
    venue and year, a comma, then the project's short name (bold or plain), pointing at the repository, and a
    "TL;DR:" line after it; no authors anywhere. Each is a work: the name its title, the badge its venue and year,
    the repository its code, the summary its abstract. A greeting over the list ("Hi, I'm ...") stays the bio."""
    (tmp_path / "README.md").write_text(
        "- 👋 Hi, I'm Mara Quist, a PhD student at Lakeside University, [Homepage](https://mquist.example.org)\n\n"
        "My projects:\n\n"
        "- - [ICLR 2021 Spotlight, **GlowNet**](https://github.com/mquist/GlowNet) TL;DR: a lamp for dark images.\n"
        "- - 🏆 [WACV 2020, Reed Counter](https://github.com/mquist/reeds) TL, DR: counts reeds in ponds.\n"
        "- - [ACMMM 2019 Oral, Soft Echo Lens](https://github.com/mquist/echo) TL,DR: hears shapes.\n",
        encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [(pub.title, pub.year, pub.venue) for pub in p.publications] == [
        ("GlowNet", 2021, "ICLR"), ("Reed Counter", 2020, "WACV"), ("Soft Echo Lens", 2019, "ACMMM")]
    assert p.publications[0].links["code"] == "https://github.com/mquist/GlowNet"
    assert p.publications[1].abstract == "counts reeds in ponds."


def test_a_kind_label_line_over_each_entry_is_its_kind_never_its_venue(tmp_path):
    """A publications page that sets a short type label on its own line over each entry ("<sub>Journal
    article</sub>", "<sub>Webinar</sub>"), then the authors, the bold title and the venue, on separate lines or on one:
    the label is the entry's kind, neither its venue nor its title; labels naming a talk (a conference talk, a webinar,
    a guest lecture) put the entry among the talks, not the papers."""
    (tmp_path / "index.md").write_text(
        "# Olga Brandt\n\n## Publications\n\n### 2022\n\n"
        "<sub>Conference Talk</sub>   \nOlga Brandt, Ivo Petrov:\n**Counting Gulls from the Air.**\n"
        "Seabird Days, Virtual, 2022. [Slides](https://example.org/gulls.pdf)\n\n"
        "<sub>Webinar</sub>   \nOlga Brandt:\n**Why Terns Dive Late.**\nOnline, 2022.\n\n"
        "<sub>Guest Lecture</sub>   \nOlga Brandt:\n**Nesting on Cliffs.**\nNorthport University, 2022.\n\n"
        "<sub>Conference paper</sub>   \nOlga Brandt, Ivo Petrov:\n**Radar Tracks of Migrating Geese.**\n"
        "In Proceedings of the Wing Symposium (WINGS), Oslo, 2022. [Link](https://example.org/geese.pdf)\n\n"
        "### 2021\n\n"
        "<sub>Journal article</sub>   \nIvo Petrov, Olga Brandt: **Moult Timing in Coastal Ducks.** "
        "Journal of Shore Birds 12(3), 2021. [Link](https://example.org/ducks)\n\n"
        "<sub>Conference paper</sub>   \nOlga Brandt: **Egg Shell Thickness Across Colonies.** "
        "In Proceedings of the Colony Workshop (COLW), Bergen, 2021. [Link](https://example.org/eggs)\n",
        encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [pub.title for pub in p.publications] == [
        "Radar Tracks of Migrating Geese", "Moult Timing in Coastal Ducks", "Egg Shell Thickness Across Colonies"]
    assert not any(re.search(r"(?i)paper|article", pub.venue or "") for pub in p.publications)
    assert p.publications[1].venue_type == "journal"
    assert {t.title for t in p.talks} >= {"Counting Gulls from the Air", "Why Terns Dive Late", "Nesting on Cliffs"}


_MARKED_BEFORE = """---
title: Publications
---

$${}^\\dagger$$contributed equally

**2022**
:	* $${}^\\dagger$$Lind K., $${}^\\dagger$$<span style="color:#eb6235;">Tamm J.D.</span>, Berg R., Holm P. [Heart rate recovery after cold water immersion](https://doi.org/10.1000/x.1) *Journal of Rowing*.

	* $${}^\\dagger$$<span style="color:#eb6235;">Tamm J.D.</span>, $${}^\\dagger$$Okafor B., $${}^\\dagger$$Berg R. [Arterial stiffness in older cyclists](https://doi.org/10.1000/x.2). *Cycling Science* 3 (2) 44-50.
"""


def test_marks_set_before_names_in_display_dollars_are_read_and_the_list_ends_at_its_stop(tmp_path):
    # smoke126: "$${}^\\dagger$$Lind K., ..." (MathJax marks on an empty base, before each name) and a legend line
    # "$${}^\\dagger$$contributed equally": the marks are the names' (before: the legend was read as a paper and
    # the marked lists as no names); a Vancouver list with marks before names ends at its full stop, the last name
    # no word of the title
    page = tmp_path / "pubs.md"
    page.write_text(_MARKED_BEFORE, encoding="utf-8")
    pubs = import_path(page, owner="Jana D. Tamm").profile.publications
    assert [(p.title, [(a.name, a.marks) for a in p.authors]) for p in pubs] == [
        ("Heart rate recovery after cold water immersion",
         [("Lind K", ["equal_contribution"]), ("Tamm J.D", ["equal_contribution"]), ("Berg R", []), ("Holm P", [])]),
        ("Arterial stiffness in older cyclists",
         [("Tamm J.D", ["equal_contribution"]), ("Okafor B", ["equal_contribution"]),
          ("Berg R", ["equal_contribution"])])]


def test_a_linked_title_after_a_list_mixing_two_name_styles_stays_the_title(tmp_path):
    # smoke126: "†Tamm J.D., †Lind, M.M., ..., & Quist, T. [Title](x.pdf)": the names reader stopped after the
    # first name (written the Vancouver way, the others family name, comma, initials) and ran the rest of the
    # names into the title; the link after them holds the title
    page = tmp_path / "pubs.md"
    page.write_text("---\ntitle: Publications\n---\n\n$${}^\\dagger$$contributed equally\n\n**2014**\n:\t*  "
                    "$${}^\\dagger$$<span style=\"color:#eb6235;\">Tamm J.D.</span>, $${}^\\dagger$$Lind, M.M., "
                    "$${}^\\dagger$$Berg, L., Holm, N.J., Okafor, P.L., & Quist, T. [Collapse of a river food web in "
                    "the old kingdom](/papers/x.pdf). *Journal of Rivers*, 111(40), 144-149.\n", encoding="utf-8")
    pubs = import_path(page, owner="Jana D. Tamm").profile.publications
    assert [p.title for p in pubs] == ["Collapse of a river food web in the old kingdom"]
    assert pubs[0].venue.startswith("Journal of Rivers")
