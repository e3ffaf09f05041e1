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
