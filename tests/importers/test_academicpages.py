"""The academicpages / AcadHomepage importer on pages modelled on the templates' documented
formats (tests/fixtures/academicpages, invented researchers), its detection, its errors and
the ``parse_about`` entry point the Jekyll site importer calls."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import import_path, markdown_formats
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_markdown_page as parse_about
from kg.importers.markdown_formats import detect_academicpages
from tests.importers.sitefiles import academicpages_home, imported_site

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "academicpages"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _doc(text: str, name: str = "about.md") -> SourceDoc:
    return SourceDoc(Path(name), text)


def test_module_doctests():
    result = doctest.testmod(markdown_formats)
    assert result.attempted >= 2 and result.failed == 0


# --- detection ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["acadhomepage-about.md", "atx-headings-about.md", "html-list-about.md"])
def test_template_front_matter_is_detected(name):
    assert detect_academicpages(SourceDoc.read(FIXTURES / name)) >= 0.9
    assert import_path(FIXTURES / name).format == "academicpages"


@pytest.mark.parametrize(
    "name", ["yichen-wei.github-pages.md", "yunhe-wang.markdown-table.md", "anbang-yao.aggregator.txt"]
)
def test_other_families_are_not_claimed(name):
    assert detect_academicpages(SourceDoc.read(SEEDS / name)) < 0.2


def test_hugo_front_matter_is_not_claimed():
    doc = _doc("---\ntitle: Home\nwidget: about\nheadless: true\n---\n\nText\n")
    assert detect_academicpages(doc) < 0.2


def test_collection_items_and_other_files_with_front_matter_are_not_claimed():
    item = "---\ntitle: 'A Paper'\ncollection: publications\ndate: 2020-03-02\nvenue: 'CVPR'\n---\n\nAbstract.\n"
    assert detect_academicpages(_doc(item, "2020-03-02-a-paper.md")) < 0.2
    post = "---\nlayout: post\ndate: 2024-05-02\ninline: true\n---\n\nNews text.\n"
    assert detect_academicpages(_doc(post, "announcement_1.md")) < 0.2
    bib = "---\n---\n\n@article{a, title={T}, author={A, B}, year={2020}}\n"
    assert detect_academicpages(_doc(bib, "papers.bib")) == 0.0
    assert detect_academicpages(_doc("---\n---\n\nText\n", "about.md")) < 0.2


def test_acadhomepage_anchors_without_front_matter_are_detected():
    doc = _doc("<span class='anchor' id='about-me'></span>\n\nJo Bloggs is a student at X University.\n")
    assert detect_academicpages(doc) >= 0.8


# --- AcadHomepage: Liquid, emoji headings, paper boxes, one-line entries ------------------


@pytest.fixture(scope="module")
def acad():
    return import_path(FIXTURES / "acadhomepage-about.md").profile


def test_acadhomepage_person(acad):
    p = acad.person
    assert p.name == "Mira Okonkwo-Lindqvist"
    assert p.job_title == "research scientist"
    assert [a.name for a in p.affiliations] == ["Northwind AI Lab"]
    assert p.email == "mira@northwind-ai.org"  # written "mira (at) northwind-ai.org"
    assert p.identifiers == {"google_scholar": "AbCdEfGhIjkL", "github": "mira-ol"}
    assert p.advisors == ["Callum Reid"]
    assert p.interests == ["multimodal learning", "model compression", "robustness"]
    # the bio's Ph.D. and the Educations section's Ph.D. are one degree
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Computer Science", "University of Edinburgh", 2019),
        ("B.Sc.", "Mathematics", "University of Helsinki", 2015),
    ]


def test_acadhomepage_news_and_awards(acad):
    assert [(n.date, n.text, n.line) for n in acad.news] == [
        ("2024-03", "🎉🎉 Two papers accepted to CVPR 2024.", 26),
        ("2023-10", "🎉🎉 Invited talk at the Northern Vision Workshop.", 27),
    ]
    assert acad.news[0].links == ["https://cvpr.thecvf.com/"]
    assert [(a.name, a.year) for a in acad.awards] == [
        ("Northwind Early Career Fellowship", 2021),
        ("Best Thesis Prize, University of Edinburgh", 2019),
    ]


def test_acadhomepage_paper_box(acad):
    box = acad.publications[0]
    assert box.title == "TinyAlign: Distilling Vision-Language Alignment into Small Models"
    assert (box.venue, box.year, box.line) == ("CVPR", 2024, 32)  # from the badge
    assert [a.name for a in box.authors] == ["Mira Okonkwo-Lindqvist", "Tomasz Brandt", "Aiko Sato"]
    assert box.authors[0].is_self
    assert box.links == {"arxiv": "https://arxiv.org/abs/2403.01234", "project": "https://mira-ol.github.io/tinyalign"}
    assert box.arxiv == "2403.01234"
    assert box.abstract == "A distillation recipe that keeps alignment quality at a tenth of the parameters."


def test_acadhomepage_one_line_entries(acad):
    one, two = acad.publications[1:]
    assert (one.title, one.venue, one.year) == ("Robust Prompting under Distribution Shift", "ICCV", 2023)
    assert [(a.name, a.is_self) for a in one.authors] == [("Tomasz Brandt", False), ("Mira Okonkwo-Lindqvist", True)]
    assert (two.venue, two.year, two.notes) == ("NeurIPS", 2022, ["Spotlight"])
    assert [a.name for a in two.authors] == ["Mira Okonkwo-Lindqvist", "Aiko Sato", "Lena Fischer"]
    assert two.links == {"paper": "https://openreview.net/forum?id=xyz123"}


def test_acadhomepage_template_lines_are_ignored(acad):
    # Liquid tags, the anchor span, the hidden news item and the badge image are not data;
    # the talk is read as a talk, so nothing is left over
    assert [(u.line, u.section) for u in acad.unparsed] == []
    assert [(t.line, t.title, t.event, t.date) for t in acad.talks] == [
        (56, "Efficient multimodal models", "Northern Vision Workshop", "2023-10")]


# --- academicpages with ATX headings, year sub-headings, one-line citation styles ---------


@pytest.fixture(scope="module")
def atx():
    return import_path(FIXTURES / "atx-headings-about.md").profile


def test_atx_person_from_bio_and_owner_from_bold(atx):
    p = atx.person
    assert p.name == "Diego J. Alvarez"  # the author set in bold; the bio says only "I am"
    assert (p.job_title, p.affiliations[0].name, p.affiliations[0].department) == (
        "Assistant Professor", "Lakeshore University", "Department of Computer Science")
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Electrical Engineering", "Riverbend Institute of Technology", 2016),
        ("B.E.", None, "Eastfield University", 2011),
    ]
    assert p.advisors == ["Hannah Okafor", "Lucas Meyer"]
    assert p.email == "dj.alvarez@lakeshore.edu"
    assert p.interests == ["causal representation learning", "fairness in ML", "statistical learning theory"]


def test_atx_publications(atx):
    pubs = atx.publications
    assert [(p.title, p.year, p.venue, p.line) for p in pubs] == [
        ("Causal Probing of Representations under Interventions", 2023, "ICML", 20),
        ("Fair Ranking with Noisy Protected Attributes", 2022, "TMLR", 26),
        ("Counterfactual Fairness Revisited", 2022, "AAAI", 27),
        ("Identifiability of Latent Causal Graphs", 2018, "arXiv", 30),
    ]
    first = pubs[0]
    assert [(a.name, a.marks, a.is_self) for a in first.authors] == [
        ("Priya Natarajan", ["equal_contribution"], False),
        ("Diego J. Alvarez", ["equal_contribution"], True),
        ("Wen Zhao", ["corresponding"], False),
    ]
    assert first.notes == ["Oral"]
    assert first.links == {"pdf": "https://proceedings.mlr.press/v202/natarajan23a/natarajan23a.pdf",
                           "code": "https://github.com/lakeshore-rl/causal-probing"}
    # Oxford comma, "et al.", a malformed ((url)) link, a relative link with no site to resolve it
    assert [a.name for a in pubs[1].authors] == ["Diego J. Alvarez", "Maya Brooks", "Ken Ito"]
    assert pubs[2].authors_truncated and [a.name for a in pubs[2].authors] == ["Maya Brooks", "Diego J. Alvarez"]
    assert pubs[2].links == {"paper": "https://ojs.aaai.org/index.php/AAAI/article/view/20001"}
    assert pubs[2].venue_full == "Proceedings of the AAAI Conference on Artificial Intelligence"
    assert (pubs[3].arxiv, pubs[3].venue_type) == ("1811.04321", "preprint")
    assert all(sum(a.is_self for a in p.authors) == 1 for p in pubs)


def test_atx_students_service_awards(atx):
    assert [(s.name, s.role, s.institution, s.url) for s in atx.students] == [
        ("Priya Natarajan", "PhD student", None, None),
        ("Wen Zhao", "master student", "Lakeshore University", "https://wenzhao.example.io"),
    ]
    # the year is the service's year, not part of the venue's name
    assert [(s.role, s.venues, s.year) for s in atx.service] == [
        ("Area Chair", ["NeurIPS"], 2023),
        ("Reviewer", ["ICML", "ICLR", "JMLR"], None),
        ("Program Committee", ["AAAI", "IJCAI"], 2022),
    ]
    assert [(a.name, a.year) for a in atx.awards] == [("NSF CAREER Award", 2023), ("Outstanding Reviewer, ICML", 2021)]
    assert atx.unparsed == []


def test_site_author_from_config(atx):
    """What the Jekyll site importer passes: the _config.yml author block and the site url."""
    doc = SourceDoc.read(FIXTURES / "atx-headings-about.md")
    author = {
        "name": "Diego José Alvarez", "employer": "Lakeshore University", "location": "Lakeshore, MI",
        "googlescholar": "https://scholar.google.com/citations?user=DjA1vArEz00J", "github": "djalvarez",
        "orcid": "http://orcid.org/0000-0002-1825-0097", "avatar": "profile.png",
        "site_url": "https://djalvarez.github.io",
    }
    p = parse_about(doc, ImportOptions(), author)
    assert p.person.name == "Diego José Alvarez"
    assert p.person.homepage == "https://djalvarez.github.io"
    assert p.person.location == "Lakeshore, MI"
    assert p.person.image == "https://djalvarez.github.io/images/profile.png"
    assert p.person.identifiers == {"google_scholar": "DjA1vArEz00J", "github": "djalvarez",
                                    "orcid": "0000-0002-1825-0097"}
    # the page's own position wins over the config's employer
    assert [a.name for a in p.person.affiliations] == ["Lakeshore University"]
    # "Diego J. Alvarez" in the author lists is the same person as the config's full name
    assert all(any(a.is_self for a in pub.authors) for pub in p.publications)
    # relative links resolve against the site
    assert p.publications[2].links["slides"] == "https://djalvarez.github.io/files/aaai22-slides.pdf"


def test_owner_option_wins():
    doc = SourceDoc.read(FIXTURES / "atx-headings-about.md")
    p = parse_about(doc, ImportOptions(owner="Maya Brooks"))
    assert p.person.name == "Maya Brooks"
    assert [i for i, a in enumerate(p.publications[2].authors) if a.is_self] == [0]


def test_a_privacy_note_naming_the_owner_as_maintainer_is_no_paper():
    """A closing "Privacy" section (setext heading) saying who keeps the site, the owner's name linked, and
    where the host's policy is: the site's small print, no publication."""
    text = ("---\npermalink: /\ntitle: \"About\"\nauthor_profile: true\n---\n\n"
            "I am Wren Talbot, a soil physicist at Harlow University.\n\n"
            "Privacy\n======\n"
            "This page is served by Gitpages and kept up by [Wren Talbot](https://wtalbot.example.org/). "
            "For the host's data rules, please see [Gitpages Privacy Notice](https://gitpages.example.com/privacy).\n")
    p = parse_about(_doc(text), ImportOptions())
    assert p.publications == []


# --- raw HTML lists, sub-headings, <details>, kramdown attributes --------------------------


def test_html_list_page():
    p = import_path(FIXTURES / "html-list-about.md").profile
    assert p.person.name == "Lena Fischer"
    assert (p.person.job_title, p.person.affiliations[0].department) == ("Associate Professor", "Statistics")
    assert "{:" not in p.person.description
    assert [(x.title, x.year, x.venue, x.line) for x in p.publications] == [
        ("Minimax Rates for Sparse Additive Models", 2021, "Annals of Statistics", 17),
        ("Conformal Bands under Covariate Shift", 2019, "Journal of the American Statistical Association", 18),
        ("Seasonal Forecasts of River Discharge", 2020, "PNAS", 25),
    ]
    assert p.publications[0].doi == "10.1214/21-AOS2077"
    assert p.publications[1].authors_truncated
    assert p.publications[1].links["code"] == "https://github.com/treyes/conformal-shift"
    assert [(n.date, n.line) for n in p.news] == [("2024-09", 34), ("2023-03", 35)]
    assert p.unparsed == []


# --- a page without front matter: name heading, other scripts, broken links ----------------


def test_page_without_front_matter():
    result = import_path(FIXTURES / "no-front-matter-about.md", fmt="academicpages")
    p = result.profile
    assert (p.person.name, p.person.alternate_names) == ("Sofia Marchetti", ["索菲亚"])
    assert (p.person.job_title, p.person.affiliations[0].name) == ("PhD student", "Alpine Institute of Technology")
    assert p.person.advisors == ["Karl Huber"]
    assert p.person.email == "sofia.marchetti@alpine-tech.example"
    assert p.person.identifiers == {"google_scholar": "SoFiA123456J", "orcid": "0000-0002-1825-0097"}
    assert [(n.date, n.text) for n in p.news] == [
        ("2024-06", "Our paper on sparse attention was accepted at ECCV 2024."),
        ("2024-01", "Started an internship at Glacier Labs."),
    ]
    first, second = p.publications
    assert first.links == {"paper": "https://arxiv.org/abs/2406.01234", "code": "https://github.com/sofiam/sparse-video",
                           "project": "https://sofiam.github.io/sparse-video"}
    assert (second.title, second.notes, second.venue_type) == (
        "Temporal Tokens Are All You Need?", ["Best Paper Award"], "workshop")
    assert second.links == {"pdf": "http://files.example.org/papers/temporal%20tokens.pdf"}  # raw space repaired
    # (the Teaching section's course line is read since the page reader has a teaching reader)
    assert [(t.course, t.term, t.role, t.line) for t in p.teaching] == [
        ("Computer Vision", "Spring 2023", "Teaching assistant", 30)]
    assert p.unparsed == []


# --- errors --------------------------------------------------------------------------------------


def test_unclosed_front_matter_is_a_one_line_error():
    with pytest.raises(SourceError) as err:
        parse_about(_doc("---\npermalink: /\nauthor_profile: true\n\nBio text.\n"), ImportOptions())
    assert err.value.line == 1 and "never closed" in str(err.value)
    assert "\n" not in str(err.value)


def test_broken_yaml_front_matter_reports_its_line():
    with pytest.raises(SourceError) as err:
        parse_about(_doc("---\npermalink: /\ntitle: [unclosed\nauthor_profile: true\n---\n\nText\n"), ImportOptions())
    assert "front matter" in str(err.value) and err.value.line in (3, 4, 5)


def test_a_page_with_no_profile_is_refused():
    with pytest.raises(SourceError) as err:
        parse_about(_doc("---\npermalink: /\nauthor_profile: true\n---\n\n<!-- nothing yet -->\n"), ImportOptions())
    assert "no recognizable profile" in str(err.value)


def test_a_page_whose_owner_cannot_be_told_is_refused():
    text = "---\nauthor_profile: true\n---\n\nPublications\n======\n\n- Some text without structure\n"
    with pytest.raises(SourceError):
        parse_about(_doc(text), ImportOptions())
    assert parse_about(_doc(text), ImportOptions(owner="Jo Bloggs")).person.name == "Jo Bloggs"


# --- field readers -------------------------------------------------------------------------------


def _about(body: str, front: str = "") -> SourceDoc:
    return _doc(f"---\npermalink: /\nauthor_profile: true\n{front}---\n\n{body}")


def test_news_date_prefixes():
    """A news item's leading date in the spellings academicpages pages use; a year inside the text is no date."""
    p = parse_about(_about("I am Jane Doe, a researcher.\n\n## News\n\n- July 22nd, 2021. Paper accepted.\n"
                           "- 2022.02: Paper\n- [May 2023] Talk\n- 2023/05/17 - Award\n"
                           "- Two papers accepted to ICCV 2021.\n"), ImportOptions())
    assert [(n.date, n.text) for n in p.news] == [
        ("2021-07-22", "Paper accepted."), ("2022-02", "Paper"), ("2023-05", "Talk"), ("2023-05-17", "Award"),
        (None, "Two papers accepted to ICCV 2021.")]


@pytest.mark.parametrize("heading, year", [
    ("2021", 2021), ("📅 2020", 2020), ("2015 and before", None), ("Before 2018", None), ("Earlier", None),
    ("CVPR 2020", None),
])
def test_year_sub_headings(heading, year):
    """A year sub-heading gives its papers their year; a group of years ("2015 and before") or a venue
    heading gives none, and none of them is left unread."""
    p = parse_about(_about(f"I am Jane Doe, a researcher.\n\n## Publications\n\n### {heading}\n\n"
                           "- **A Study of Rivers.** **Jane Doe**, Li Wei. *Nature*.\n"
                           "- **A Study of Lakes.** **Jane Doe**, Li Wei. *Nature*.\n"), ImportOptions())
    assert [(x.title, x.year) for x in p.publications] == [("A Study of Rivers", year), ("A Study of Lakes", year)]
    assert p.unparsed == []


@pytest.mark.parametrize("bio, job, affiliation", [
    ("He is currently a PE (Principal Engineer), Principal Research Scientist at Intel Labs China where he "
     "leads research.", "Principal Engineer, Principal Research Scientist", "Intel Labs China"),
    ("I'm a Research Scientist at Google DeepMind.", "Research Scientist", "Google DeepMind"),
    ("I am interested in vision and in the structure of images.", None, None),
])
def test_position_in_the_bio(bio, job, affiliation):
    p = parse_about(_about(bio + "\n", "name: Jane Doe\n"), ImportOptions()).person
    assert p.job_title == job
    assert [a.name for a in p.affiliations] == ([affiliation] if affiliation else [])


def test_education_in_the_bio():
    p = parse_about(_about("I received my Ph.D degree in Hong Kong University of Science and Technology in 2006, "
                           "and B.S. degree in Peking University in 2001, respectively.\n", "name: Jane Doe\n"),
                    ImportOptions()).person
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("Ph.D", "Hong Kong University of Science and Technology", 2006), ("B.S.", "Peking University", 2001)]
    assert p.advisors == []
    p = parse_about(_about("I am a PhD student at MIT.\n", "name: Jane Doe\n"), ImportOptions()).person
    # where the owner studies now is both their position and a degree in progress
    assert [(e.degree, e.institution) for e in p.education] == [("PhD", "MIT")]
    assert [(a.name, a.role) for a in p.affiliations] == [("MIT", "PhD student")]


# --- more entry shapes seen on academicpages pages ------------------------------------------


def test_students_listed_after_a_label():
    text = (
        "---\nauthor_profile: true\n---\n\nJo Park is a professor at Hill University.\n\nStudents\n======\n"
        "- **PhD students**: Alice Moreau (2020–), [Bilal Khan](https://scholar.google.com/citations?user=BiLaLkHaN00J)"
        " (co-advised with Prof. Lee)\n"
        "- Chen Wu, Hill University\n"
        "- **Alumni**: Dana Cole (now at Google)\n"
    )
    p = parse_about(_doc(text), ImportOptions())
    assert (p.person.name, p.person.job_title) == ("Jo Park", "professor")  # not "Jo Park is a professor"
    # roles in kg's one vocabulary (a label's plural is one student's role); no role the page does not give;
    # an alumnus's "now at" is where they are
    assert [(s.name, s.role, s.institution, s.line) for s in p.students] == [
        ("Alice Moreau", "PhD student", None, 9),
        ("Bilal Khan", "PhD student", None, 9),
        ("Chen Wu", None, "Hill University", 10),
        ("Dana Cole", "alumnus", "Google", 11),
    ]
    assert p.students[1].identifiers == {"google_scholar": "BiLaLkHaN00J"}


def test_citation_styles_in_one_list():
    text = (
        "---\npermalink: /\nauthor_profile: true\n---\n\nPublications\n======\n\n"
        "1. [C3] “Graph Kernels for Molecules”, <strong>Nadia Petrova</strong><sup>1</sup>, Hugo Lemaire<sup>2</sup>."
        " *ICLR 2022*. [PDF](https://openreview.net/pdf?id=abc)\n"
        "2. **Nadia Petrova**, Hugo Lemaire. [Diffusion on Graphs](https://arxiv.org/abs/2301.01234)."
        " **CVPR 2023 (Highlight)**\n"
        "3. Learning Molecule Motifs\n   Nadia Petrova, Hugo Lemaire and Ines Roy\n   ICML 2021\n"
        "\n| Title | Venue |\n|---|---|\n"
        "| [Foam Detection at Scale](https://example.org/foam.pdf), **Nadia Petrova**, Paul Gray | ICCV 2023 |\n"
    )
    p = parse_about(_doc(text), ImportOptions())
    assert p.person.name == "Nadia Petrova"
    assert [(x.title, x.venue, x.year, [a.name for a in x.authors], x.line) for x in p.publications] == [
        ("Graph Kernels for Molecules", "ICLR", 2022, ["Nadia Petrova", "Hugo Lemaire"], 9),
        ("Diffusion on Graphs", "CVPR", 2023, ["Nadia Petrova", "Hugo Lemaire"], 10),
        ("Learning Molecule Motifs", "ICML", 2021, ["Nadia Petrova", "Hugo Lemaire", "Ines Roy"], 11),
        ("Foam Detection at Scale", "ICCV", 2023, ["Nadia Petrova", "Paul Gray"], 17),
    ]
    assert p.publications[0].links == {"pdf": "https://openreview.net/pdf?id=abc"}
    assert p.publications[1].notes == ["Highlight"] and p.publications[1].arxiv == "2301.01234"
    assert all(x.authors[0].is_self for x in p.publications)
    assert p.unparsed == []


def test_news_as_lines_of_a_paragraph_and_links_beside_the_venue():
    text = (
        "---\npermalink: /\nauthor_profile: true\n---\n\n"
        "Hi! I'm **Ravi Menon**, a second-year PhD student in the Vision Lab at Coastal University.\n\n"
        "## News\n**[2024.05]** One paper accepted to ICML 2024.<br>\n"
        "**[2024.01]** Started as a research intern at Ocean AI.<br>\n\n"
        "## Selected Papers\n\n**Learning to Segment Tides**<br>\n**Ravi Menon**, Jia Li, and Paul Gray<br>\n"
        "*CVPR 2024* &nbsp; [[Paper]](https://arxiv.org/abs/2401.00001) [[Code]](https://github.com/rmenon/tides)\n"
    )
    p = parse_about(_doc(text), ImportOptions())
    assert (p.person.name, p.person.job_title, p.person.affiliations[0].name) == (
        "Ravi Menon", "second-year PhD student", "Coastal University")
    assert [(n.date, n.text, n.line) for n in p.news] == [
        ("2024-05", "One paper accepted to ICML 2024.", 9),
        ("2024-01", "Started as a research intern at Ocean AI.", 10),
    ]
    pub = p.publications[0]
    assert (pub.title, pub.venue, pub.year) == ("Learning to Segment Tides", "CVPR", 2024)
    assert pub.links == {"paper": "https://arxiv.org/abs/2401.00001", "code": "https://github.com/rmenon/tides"}


def test_bio_links_to_an_advisors_profile_are_not_the_owners_ids_and_metrics_are_read():
    text = (
        "---\nauthor_profile: true\n---\n\n"
        "I am a principal researcher at [Huawei Noah's Ark Lab](https://www.noahlab.com.hk/), where I work on deep "
        "learning. I did my PhD at Peking University, co-advised by [Prof. Chao Xu](https://dblp.org/pers/hd/x/Xu_0006:Chao)"
        " and [Dacheng Tao](https://scholar.google.com.sg/citations?user=RwlJNLcAAAAJ).\n\n"
        "[Google Scholar](https://scholar.google.com/citations?user=isizOkYAAAAJ) / [GitHub](https://github.com/yunhe)\n\n"
        "My Google Scholar citation is about 11,000, h-index is 40.\n"
    )
    p = parse_about(_doc(text), ImportOptions(owner="Yunhe Wang")).person
    assert p.identifiers == {"google_scholar": "isizOkYAAAAJ", "github": "yunhe"}
    assert p.affiliations[0].url == "https://www.noahlab.com.hk/"
    assert [(e.degree, e.institution) for e in p.education] == [("PhD", "Peking University")]
    assert p.advisors == ["Chao Xu", "Dacheng Tao"]
    assert (p.metrics.h_index, p.metrics.citations, p.metrics.approximate, p.metrics.source) == (
        40, 11000, True, "Google Scholar")


def test_the_awards_a_cv_pages_front_matter_lists_are_the_owners_where_no_page_lists_any(tmp_path):
    """A Jekyll CV page whose layout draws the CV from its front matter, an awards section among its degrees: the
    awards are the owner's, as a CV page's own list of awards is where no other page lists awards. Before, the
    front matter's degrees were read and its awards dropped without a word (and a front matter of awards alone
    gave nothing)."""
    cv = ("---\nlayout: cv\npermalink: /cv/\ntitle: CV\ncategories:\n"
          "  - key: education\n    title: Degrees\n    items:\n"
          "      - degree: Ph.D. in Soil Science\n        institution: Eastlake University\n        year: 2019\n"
          "  - key: awards\n    title: Honors\n    items:\n"
          "      - title: Best Poster Award, Soil Meeting\n        year: 2018\n"
          "      - title: Travel Grant, Moss Society\n        year: 2017\n"
          "---\n")
    files = {"_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n",
             "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI am an assistant professor of soil science "
                                "at Northfield University.\n",
             "_pages/cv.md": cv}
    p = imported_site(tmp_path / "a", files)
    assert [e.institution for e in p.person.education] == ["Eastlake University"]
    assert [(a.name, a.year, a.file) for a in p.awards] == [("Best Poster Award, Soil Meeting", 2018, "_pages/cv.md"),
                                                            ("Travel Grant, Moss Society", 2017, "_pages/cv.md")]
    # a page of the site listing awards: that list is the site's, the CV's a repeat of it
    files["_pages/honors.md"] = "---\npermalink: /honors/\ntitle: Honors\n---\n\n- 2016: Field Prize, Moss Society\n"
    p = imported_site(tmp_path / "b", files)
    assert [a.name for a in p.awards] == ["Field Prize, Moss Society"]


def test_a_cv_pages_front_matter_is_read_for_every_kind_of_cv_list_its_section_names_say(tmp_path):
    """The sections of a CV page's front matter are known by what their names say, as a CV data file's are
    (section_kind: 'Distinctions' are awards, 'employment' positions). Before, the front matter was read only when
    it held one of a few words of its own list (educat, degree, appoint, position, experience, award, honour), so
    this CV gave nothing."""
    cv = ("---\nlayout: cv\npermalink: /cv/\ntitle: CV\ncategories:\n"
          "  - key: employment\n    title: Where I worked\n    items:\n"
          "      - role: Research Fellow\n        institution: Southbay Institute\n        years: 2019 - 2021\n"
          "  - title: Distinctions\n    items:\n"
          "      - title: Field Prize, Moss Society\n        year: 2020\n"
          "---\n")
    p = imported_site(tmp_path, {"_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n",
                                 "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI am an assistant "
                                                    "professor of soil science at Northfield University.\n",
                                 "_pages/cv.md": cv})
    assert ("Southbay Institute", 2019, 2021) in [(a.name, a.start_year, a.end_year) for a in p.person.affiliations]
    assert [(a.name, a.year) for a in p.awards] == [("Field Prize, Moss Society", 2020)]


def test_a_paper_records_year_key_over_a_date_of_another_year(tmp_path):
    # "date: 2019-6-3" (when the file was written) and "year: 2020" (what the list prints after the venue): the
    # paper's year is the one the record names as such; a record whose date and year agree keeps its date
    prof = imported_site(tmp_path, {
        "_config.yml": "title: Lio Brandt\nauthor:\n  name: Lio Brandt\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study sparse models at Fenwood University.\n",
        "_publications/2019_sparse.md": "---\ntitle: 'Sparse models under noise'\nauthors: 'Lio Brandt, Ada Moss'\n"
                                        "date: 2019-6-3\nyear: 2020\nvenue: JMLR\n---\n",
        "_publications/2021_dense.md": "---\ntitle: 'Dense models under noise'\nauthors: 'Ada Moss, Lio Brandt'\n"
                                       "date: 2021-03-02\nyear: 2021\nvenue: UAI\n---\n"})
    assert sorted((p.title, p.year, p.date) for p in prof.publications) == [
        ("Dense models under noise", 2021, "2021-03-02"), ("Sparse models under noise", 2020, None)]


def test_a_page_of_the_pages_collection_written_out_is_read_once(tmp_path):
    """'collections: pages: output: true' in _config.yml (minimal-mistakes' setting for _pages/): the section pages
    are among the collection's served pages and in _pages/ alike. Before, each was read twice and every paper on them
    counted twice."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ada Lind\nauthor:\n  name: Ada Lind\ncollections:\n  pages:\n    output: true\n"
                       "    permalink: /:title/\n",
        "_pages/about.md": "---\npermalink: /about/\n---\n\nI study sea ice.\n",
        "_pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n\n## Education\n- PhD, Tarn University, 2019\n",
        "_pages/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                                  "- **Lind, A.** & Roe, K. (2024) Tidal drift of floes. *Polar Notes* 3: 1-9.\n"
                                  "- Roe, K. & **Lind, A.** (2022) Salt in meltwater. *Polar Notes* 1: 5-7.\n"})
    assert [x.title for x in p.publications] == ["Tidal drift of floes", "Salt in meltwater"]



def test_a_fetched_bibtex_file_whose_owner_is_set_in_bold_halves_is_the_owners_list(tmp_path):
    # the publications page fetches a BibTeX file of the site's root and draws it in the browser; the file sets
    # its owner in bold as "\textbf{Family}, \textbf{Given}": read whole, the owner is among its authors, so the
    # file is the owner's list (read as the owner's name it was none, and the file was passed by as no list)
    from tests.importers.sitefiles import academicpages_home

    files = {**academicpages_home("Ines Varga", "I study moss.\n"),
             "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                       "<div id=\"pubs\">Loading...</div>\n\n<script>\nfetch('/refs.bib')"
                                       ".then(r => r.text()).then(t => draw(parse(t)));\n</script>\n",
             "refs.bib": "@article{v1,\n  title = {Moss on stone},\n  author = {\\textbf{Varga}, \\textbf{Ines} and "
                         "Holm, Per},\n  journal = {Journal of Mosses},\n  year = {2021}\n}\n"
                         "@inproceedings{v2,\n  title = {Moss in the rain},\n  author = {Holm, Per and \\textbf{Varga}, "
                         "\\textbf{Ines}},\n  booktitle = {Bryology Meeting},\n  year = {2019}\n}\n"}
    profile = imported_site(tmp_path, files)
    assert [(p.title, p.year, [(a.name, a.is_self) for a in p.authors]) for p in profile.publications] == [
        ("Moss on stone", 2021, [("Ines Varga", True), ("Per Holm", False)]),
        ("Moss in the rain", 2019, [("Per Holm", False), ("Ines Varga", True)])]


def test_a_page_at_the_address_of_a_collections_document_is_an_older_copy(tmp_path):
    # "_pages/publications.md" and "_publications/publications.md" both say "permalink: /publications/": Jekyll
    # writes the collections' documents after the pages, so the address serves the document; the page's list (an
    # older one, a paper still "in press") is not read, and said not read
    from tests.importers.sitefiles import academicpages_home

    page = "---\ntitle: Publications\npermalink: /publications/\n---\n\n### Articles\n\n{}\n"
    profile = imported_site(tmp_path, {
        **academicpages_home("Wren Alcott", "I study tides.\n"),
        "_pages/publications.md": page.format(
            "**Alcott, W.** In press. Tides of the inner bay. *Coastal Letters*.\n\n"
            "**Alcott, W.** (2019). An old note on gulls. *Bird Notes*."),
        "_publications/publications.md": page.format(
            "- **Alcott, W.** (2024). Tides of the inner bay. *Coastal Letters* 3.\n"
            "- **Alcott, W.**, Lee, A. (2025). Salt marsh edges. *Wetland Papers* 9."),
    })
    assert sorted(p.title for p in profile.publications) == ["Salt marsh edges", "Tides of the inner bay"]
    assert {p.file for p in profile.publications} == {"_publications/publications.md"}
    assert any(u.file == "_pages/publications.md" and "not served" in u.text for u in profile.unparsed)


def test_a_document_of_the_works_collection_titled_as_the_section_is_a_page_not_a_work(tmp_path):
    # "_publications/publications.md" titled "Publications": the list's page kept in the collection's folder, no work
    # of that title, whether it lists its papers as paragraphs (no list items) or only points to where they are
    # (before: read as one work titled "Publications", and its paragraphs' papers were lost)
    from tests.importers.sitefiles import academicpages_home

    head = "---\nlayout: archive\ntitle: \"Publications\"\npermalink: /publications/x\n---\n\n"
    listed = imported_site(tmp_path / "listed", {
        **academicpages_home("Wren Alcott", "I study tides.\n"),
        "_publications/publications.md": head + (
            "# Journals #\n\nWren Alcott, Ana Lee.\n  [Tides of the inner bay](https://arxiv.org/abs/2101.00001). "
            "Coastal Letters 2021\n\nAna Lee, Wren Alcott.\n  [Salt marsh edges](https://arxiv.org/abs/1901.00002). "
            "Wetland Papers 2019\n")})
    assert sorted(p.title for p in listed.publications) == ["Salt marsh edges", "Tides of the inner bay"]
    pointed = imported_site(tmp_path / "pointed", {
        **academicpages_home("Wren Alcott", "I study tides.\n"),
        "_publications/publications.md": head + (
            "My papers are listed elsewhere:\n\n<ul>\n<li>All of them, with citations: "
            "<a href=\"https://scholar.google.com/citations?user=abc\">Google Scholar</a></li>\n"
            "<li>Their full texts: <a href=\"https://hal.science/\">HAL</a></li>\n</ul>\n")})
    assert [p.title for p in pointed.publications] == []


def test_an_alfolio_sidebar_address_line_written_so_no_robot_reads_it_is_the_email(tmp_path):
    # al-folio's "profile: more_info:" lists the office, the street and "ab12[at]uni[dot]ac[dot]uk": the last line
    # is the owner's email, written against robots, not a line of the place
    profile = imported_site(tmp_path, {
        "_config.yml": "first_name: Wren\nlast_name: Alcott\n",
        "_pages/about.md": ("---\nlayout: about\npermalink: /\nprofile:\n  align: right\n  more_info: >\n"
                            "    <p>Hall of Tides, room 4</p>\n    <p>Harbour Lane</p>\n"
                            "    <p>wa12[at]uni[dot]ac[dot]uk</p>\n---\n\nI study tides.\n"),
    })
    assert profile.person.email == "wa12@uni.ac.uk"
    assert profile.person.location == "Hall of Tides, room 4, Harbour Lane"


def test_a_beautiful_jekyll_sites_aboutme_page_is_its_about_page_and_the_themes_sample_is_not(tmp_path):
    # Beautiful Jekyll names its about page "aboutme.md" (the menu's "About Me"): the owner's degrees and the press
    # items under "In the News" are read there, beside the publications page; the theme's own sample aboutme.md
    # ("My name is Inigo Montoya. I have the following qualities:") is no page about the owner
    site = {"_config.yml": "title: Wren Alcott\nauthor: Wren Alcott\nnavbar-links:\n  About Me: \"aboutme\"\n"
                           "  Publications: \"publications\"\n",
            "aboutme.md": ("---\n#layout: page\n---\n#### About me\nI am a PhD Candidate at Harbour University.\n\n"
                           "#### Education\n* **PhD** Coastal Engineering, Harbour University, 2019 - present\n"
                           "* **BSc** Civil Engineering, Tide College, 2017\n\n#### In the News\n"
                           "* [Student wins a grant for tide gauges](https://news.example.org/tides)\n"),
            "publications.md": ("---\n---\n#### Journal publications\n\n* **Alcott W.**, Lee A. (2021) Tides of the "
                                "inner bay. _Coastal Letters_\n\n* Lee A., **Alcott W.** (2020) Salt marsh edges. "
                                "_Wetland Papers_\n")}
    profile = imported_site(tmp_path / "own", site)
    assert [e.institution for e in profile.person.education] == ["Harbour University", "Tide College"]
    assert [n.text for n in profile.news] == ["Student wins a grant for tide gauges"]
    assert len(profile.publications) == 2
    sample = imported_site(tmp_path / "sample", {**site, "aboutme.md": (
        "---\nlayout: page\ntitle: About me\n---\n\nMy name is Inigo Montoya. I have the following qualities:\n\n"
        "- I rock a great mustache\n")})
    assert sample.person.education == [] and len(sample.publications) == 2


def test_a_with_sentence_opening_a_paper_pages_body_names_the_owners_coauthors(tmp_path):
    # a _publications page with no author key: its body's first line says "With A and B", alone, before a link
    # ("With A. DOI: [..](..)") or after one ("[Working Paper No. 7](..). With A and B."): the owner, then them
    front = "---\ntitle: \"{t}\"\ncollection: publications\ndate: {d}\nvenue: Quay Studies\n---\n\n"
    files = {
        "_config.yml": "title: Ines Rowe\nauthor:\n  name: Ines Rowe\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study harbours.\n",
        "_publications/2024-01-01-a.md": front.format(t="Cranes of the old harbour", d="2024-01-01")
        + "With Joe Lind and Bo Wu\n\nWe count cranes.\n",
        "_publications/2023-01-01-b.md": front.format(t="Ledgers at low tide", d="2023-01-01")
        + "With Ann Roe. DOI: [10.1234/qs.7](https://doi.org/10.1234/qs.7).\n\nWe read ledgers.\n",
        "_publications/2022-01-01-c.md": front.format(t="Tolls of the quay", d="2022-01-01")
        + "[Working Paper No. 7](https://example.org/wp7.pdf). With Joe Lind and Bo Wu.\n\nWe price tolls.\n",
        "_publications/2021-01-01-d.md": front.format(t="Harbour alone", d="2021-01-01") + "We sail alone.\n",
    }
    p = imported_site(tmp_path, files)
    got = {x.title: [a.name for a in x.authors] for x in p.publications}
    assert got == {"Cranes of the old harbour": ["Ines Rowe", "Joe Lind", "Bo Wu"],
                   "Ledgers at low tide": ["Ines Rowe", "Ann Roe"],
                   "Tolls of the quay": ["Ines Rowe", "Joe Lind", "Bo Wu"],
                   "Harbour alone": ["Ines Rowe"]}


@pytest.mark.parametrize("body", ["Mit Bayesschen Modellen und Markov Ketten zeigen wir neue Wege.",
                                  "Con Redes Neuronales Profundas y Datos Abiertos."])
def test_a_german_or_spanish_sentence_opening_mit_or_con_is_no_byline(tmp_path, body):
    """review76b #2: a paper page's body opening a German or Spanish sentence with "Mit"/"Con" is prose, not the
    owner's coauthors (the capitalised foreign "with" opens an aside only right after its bracket). Before: "Mit
    Bayesschen Modellen und Markov Ketten ..." gave the author "Bayesschen Modellen"."""
    from .sitefiles import academicpages_home

    files = academicpages_home("Lia Prado", "I study prices.\n")
    files["_publications/2024-01-01-a.md"] = ("---\ntitle: Lernen aus Daten\ncollection: publications\n"
                                              f"date: 2024-01-01\nvenue: Arbeitspapier\n---\n\n{body}\n")
    (pub,) = imported_site(tmp_path, files).publications
    assert [a.name for a in pub.authors] == ["Lia Prado"]


def test_a_collection_of_awards_one_file_each_is_read_once_in_english(tmp_path):
    """A Jekyll site keeps its awards as a collection, one file each (``_awards/best-paper.md``: ``title``,
    ``issuer``, ``date``), and the same awards again in Spanish (``_awards_es/``, which its layout picks by the
    page's language): each award once, from the English collection; two awards of one name in one year (two best
    paper awards) are two. Before: no award."""
    from .sitefiles import academicpages_home, imported_site

    files = academicpages_home("Teodor Vale", "I study glaciers from orbit.\n")
    award = "---\ntitle: \"{t}\"\nissuer: \"{i}\"\ndate: {d}\n---\n\nWhat it was for.\n"
    files["_awards/ice2021.md"] = award.format(t="Best Paper Award", i="Ice Days 2021", d="2021-05-02")
    files["_awards/radar2021.md"] = award.format(t="Best Paper Award", i="Radar Forum", d="2021-09-10")
    files["_awards/medal2019.md"] = award.format(t="Young Glaciologist Medal", i="Snow Society", d="2019-03-01")
    files["_awards_es/ice2021.md"] = award.format(t="Premio al Mejor Artículo", i="Ice Days 2021", d="2021-05-02")
    files["_awards_es/medal2019.md"] = award.format(t="Medalla Joven Glacióloga", i="Snow Society", d="2019-03-01")
    awards = imported_site(tmp_path / "site", files).awards
    assert sorted((a.name, a.year) for a in awards) == [
        ("Best Paper Award, Ice Days 2021", 2021), ("Best Paper Award, Radar Forum", 2021),
        ("Young Glaciologist Medal, Snow Society", 2019)]


def test_of_a_collection_of_awards_kept_once_per_language_the_english_one_is_read(tmp_path):
    """A site whose default language is Spanish keeps its awards unsuffixed (``_awards/``, Spanish) and again in
    English (``_awards_en/``): the English collection is read, as a site whose default is English keeps its
    English one unsuffixed. Before: the unsuffixed (Spanish) one was read whatever its language."""
    from .sitefiles import academicpages_home, imported_site

    files = academicpages_home("Teodor Vale", "I study glaciers from orbit.\n")
    award = "---\ntitle: \"{t}\"\nissuer: \"{i}\"\ndate: {d}\n---\n"
    files["_awards/medal2019.md"] = award.format(t="Medalla Joven Glacióloga", i="Snow Society", d="2019-03-01")
    files["_awards_en/medal2019.md"] = award.format(t="Young Glaciologist Medal", i="Snow Society", d="2019-03-01")
    awards = imported_site(tmp_path / "site", files).awards
    assert [(a.name, a.year) for a in awards] == [("Young Glaciologist Medal, Snow Society", 2019)]


def test_a_credit_saying_the_site_is_derived_from_a_template_names_no_account_of_the_owner(tmp_path):
    # "This site is derived from the [academicpages.github.io](https://github.com/academicpages/...) template": the
    # template's repository, not the owner's GitHub account (the configuration's author.github is)
    from tests.importers.sitefiles import imported_site

    files = {"_config.yml": "title: Ines Varga\nauthor:\n  name: Ines Varga\n  github: ivarga\n",
             "_pages/about.md": "---\npermalink: /\n---\n\nI study lakes at the University of Tarn.\n\n"
                                "This site is derived from the [academicpages.github.io]"
                                "(https://github.com/academicpages/academicpages.github.io) template.\n"}
    assert imported_site(tmp_path, files).person.identifiers.get("github") == "ivarga"


def test_my_advisor_in_a_paragraph_under_the_interests_heading(tmp_path):
    # "Follow my Ph.D. advisor, [A](url)" after the list of research interests: the owner's advisor
    files = academicpages_home("Tess Arvo", "I am a Ph.D. candidate at Tarnwood University.\n\nResearch Interests\n"
                               "------------------\n* Ice sheets\n* Glacier flow\n\nFollow my Ph.D. Advisor, "
                               "[Ola Brenn](https://example.org/ob/), and my group's [work](https://example.org/w).\n")
    p = imported_site(tmp_path, files)
    assert p.person.advisors == ["Ola Brenn"]


def test_the_configured_post_outranks_the_field_the_prose_names_the_owner_by(tmp_path):
    # "I am an economist who has been on faculty at X" (what one is) beside "bio: Associate Professor of Economics,
    # X" (the post): the post
    files = academicpages_home("Tess Arvo", "I am an economist who has been on faculty at TWU since 2001.\n\n"
                               "My research covers labour markets and the uses of administrative data in them.\n")
    files["_config.yml"] += '  bio: "Associate Professor of Economics, Tarnwood University"\n' \
                            '  employer: "Tarnwood University"\n'
    p = imported_site(tmp_path, files)
    assert p.person.job_title == "Associate Professor of Economics"
    assert "Tarnwood University" in [a.name for a in p.person.affiliations]


def test_a_sidebar_bio_in_lines_states_the_position_below_a_tagline(tmp_path):
    # "<b>tagline</b><br><br>Title at <a>Place</a>" and "employer: TWU" (its short form): the post, the place in full
    files = academicpages_home("Tess Arvo", "I study how groups share food.\n")
    files["_config.yml"] += ('  bio: "<b>Behavioral scientist</b><br> <br>Assistant Professor of Behavioral Science at '
                             "<a href='https://twu.example.org/'>Tarnwood University</a>.<br> <br>Co-director of "
                             "<a href='https://p.example.org'>The Ridge Project</a>.\"\n  employer: \"TWU\"\n")
    p = imported_site(tmp_path, files)
    assert p.person.job_title == "Assistant Professor of Behavioral Science"
    assert [a.name for a in p.person.affiliations] == ["Tarnwood University"]
    assert not any(u.file == "_config.yml" and "employer" in u.text for u in p.unparsed)


def test_role_lists_of_a_publication_record_mark_its_authors(tmp_path):
    # jberv (smoke111): academicpages records list who carries a mark beside "authors:" ("student_authors:" drawn
    # in red with a "Student advisee" legend, "corresponding_author:", "equal_contrib:" with the names as the
    # authors list writes them, its star too); a lone star the citation reader would take for the corresponding
    # author is the equal contribution the list says
    files = {**academicpages_home("Ada Moss", "I study noise.\n"),
             "_publications/2019_sparse.md": "---\ntitle: 'Sparse models under noise'\ncollection: publications\n"
             "authors:\n  - 'Brandt, L.*'\n  - 'Moss, A.*'\n  - 'Roe, J.'\nequal_contrib:\n  - 'Brandt, L.*'\n"
             "  - 'Moss, A.*'\nstudent_authors:\n  - 'Roe, J.'\nvenue: 'Journal of Noise'\ndate: 2019-01-01\n---\n",
             "_publications/2021_dense.md": "---\ntitle: 'Dense models under noise'\ncollection: publications\n"
             "authors:\n  - 'Moss, A.'\n  - 'Lind, K.'\ncorresponding_author:\n  - 'Moss, A.'\n  - 'Lind, K.'\n"
             "venue: 'Journal of Noise'\ndate: 2021-01-01\n---\n"}
    profile = imported_site(tmp_path, files)
    by = {p.title: [(a.name, a.marks) for a in p.authors] for p in profile.publications}
    assert [m for _n, m in by["Sparse models under noise"]] == [["equal_contribution"], ["equal_contribution"],
                                                                 ["mentee"]]
    assert [m for _n, m in by["Dense models under noise"]] == [["corresponding"], ["corresponding"]]


def test_a_page_named_for_research_under_a_title_naming_no_section_is_read_as_a_list_of_works(tmp_path):
    # "_pages/shore-research.md" titled "Research in environmental acoustics" (linked only from the text of the
    # papers page):
    # its name says it lists works, its title says no section; before, its citations were read as the page's bio,
    # which the about page's bio replaced, and the works were lost in silence
    p = imported_site(tmp_path, {
        **academicpages_home("Nadia Orr", "I study shores.\n", titled=True),
        "_pages/publications.md": "---\ntitle: \"Publications\"\npermalink: /publications/\n---\n\n"
                                  "<b>[Pebbles in the wind](https://example.org/p1)</b> (with Leo Prat), "
                                  "<i>Journal of Shores</i>, 2021\n",
        "_pages/shore-research.md": "---\nlayout: archive\ntitle: \"Research in environmental acoustics\"\n"
                                    "permalink: /shore-research/\nauthor_profile: true\n---\n\n"
                                    "<b>[Sea foam and the tides](https://example.org/p2)</b> (with Ida Moss and Leo "
                                    "Prat), <i>Coastal Letters</i>, 2020\n\n"
                                    "<b>[Gulls of the long beach](https://example.org/p3)</b> (with Ida Moss), "
                                    "<i>Bird Notes</i>, 2019\n"})
    works = {w.title: w for w in p.publications}
    assert set(works) == {"Pebbles in the wind", "Sea foam and the tides", "Gulls of the long beach"}
    foam = works["Sea foam and the tides"]
    assert foam.file == "_pages/shore-research.md" and foam.line == 8
    assert [a.name for a in foam.authors] == ["Nadia Orr", "Ida Moss", "Leo Prat"] and foam.year == 2020
    assert foam.venue == "Coastal Letters"
    assert not [u for u in p.unparsed if u.file == "_pages/shore-research.md"]


def test_an_equal_contribution_list_keeps_a_corresponding_mark_the_line_writes_outright(tmp_path):
    # a lone star is a guess an "equal_contrib:" list may undo; an envelope after the name is no guess: the author
    # carries both marks
    files = {**academicpages_home("Ada Moss", "I study noise.\n"),
             "_publications/2020_quiet.md": "---\ntitle: 'Quiet models'\ncollection: publications\n"
             "authors:\n  - 'Moss, A.✉'\n  - 'Lind, K.'\nequal_contrib:\n  - 'Moss, A.'\n  - 'Lind, K.'\n"
             "venue: 'Journal of Noise'\ndate: 2020-01-01\n---\n",
             "_publications/2022_loud.md": "---\ntitle: 'Loud models'\ncollection: publications\n"
             "authors:\n  - 'Moss, A.*'\n  - 'Lind, K.'\n  - 'Roe, J.'\nequal_contrib:\n  - 'Moss, A.'\n"
             "  - 'Lind, K.'\nvenue: 'Journal of Noise'\ndate: 2022-01-01\n---\n"}
    profile = imported_site(tmp_path, files)
    by = {p.title: [a.marks for a in p.authors] for p in profile.publications}
    assert by["Quiet models"] == [["corresponding", "equal_contribution"], ["equal_contribution"]]
    assert by["Loud models"] == [["equal_contribution"], ["equal_contribution"], []]


def test_collections_in_the_folder_the_configuration_names_are_read_as_at_the_root(tmp_path):
    """``collections_dir: content`` in ``_config.yml``: Jekyll reads every collection there (``content/_publications/``,
    ``content/_talks/``, ``content/_news/``), and the blog's ``_posts`` too; the site's papers, talks and news are
    those files, as they would be at the root."""
    profile = imported_site(tmp_path, {
        **academicpages_home("Orla Venn", "I study tidal marshes.\n"),
        "_config.yml": "title: Orla Venn\nauthor:\n  name: Orla Venn\ncollections_dir: content\n"
                       "collections:\n  publications:\n    output: true\n  talks:\n    output: true\n",
        "content/_publications/2022-05-01-marsh.md": "---\ntitle: \"Sediment trapping in a restored salt marsh\"\n"
                                                     "collection: publications\ndate: 2022-05-01\n"
                                                     "venue: \"Estuarine Letters\"\n"
                                                     "citation: \"Venn, O. and Sato, K. (2022). Sediment trapping in a"
                                                     " restored salt marsh. <i>Estuarine Letters</i>.\"\n---\n",
        "content/_talks/2023-02-10-seminar.md": "---\ntitle: \"Marshes that keep up with the sea\"\ncollection: talks\n"
                                                "type: \"Seminar\"\nvenue: \"Coastal Institute\"\ndate: 2023-02-10\n"
                                                "location: \"Lisbon, Portugal\"\n---\n",
    })
    assert [p.title for p in profile.publications] == ["Sediment trapping in a restored salt marsh"]
    assert profile.publications[0].year == 2022
    assert [t.title for t in profile.talks] == ["Marshes that keep up with the sea"]
    assert not [u for u in profile.unparsed if u.file.startswith("content/_")]


def test_two_versions_of_a_paper_in_the_collections_folder_stay_two_works(tmp_path):
    """A workshop paper and its journal version, the same title, year and authors, each a file of
    ``collections/_publications/`` (``collections_dir: collections``): two items of the collection are two entries,
    as they are at the root, not one work read twice."""
    def paper(venue: str) -> str:
        return ("---\ntitle: \"Sediment trapping in a restored salt marsh\"\ncollection: publications\n"
                f"date: 2022-05-01\nvenue: \"{venue}\"\ncitation: \"Venn, O. and Sato, K. (2022). Sediment trapping "
                f"in a restored salt marsh. <i>{venue}</i>.\"\n---\n")
    profile = imported_site(tmp_path, {
        **academicpages_home("Orla Venn", "I study tidal marshes.\n"),
        "_config.yml": "title: Orla Venn\nauthor:\n  name: Orla Venn\ncollections_dir: collections\n"
                       "collections:\n  publications:\n    output: true\n",
        "collections/_publications/2022-05-01-marsh-workshop.md": paper("Workshop on Coastal Change"),
        "collections/_publications/2022-05-01-marsh.md": paper("Estuarine Letters"),
    })
    assert sorted(p.venue for p in profile.publications) == ["Estuarine Letters", "Workshop on Coastal Change"]


def test_a_collections_folder_that_is_not_there_leaves_the_collections_at_the_root(tmp_path):
    """``collections_dir`` naming a folder the site does not have: the collections are read where they are."""
    profile = imported_site(tmp_path, {
        **academicpages_home("Orla Venn", "I study tidal marshes.\n"),
        "_config.yml": "title: Orla Venn\nauthor:\n  name: Orla Venn\ncollections_dir: my_collections\n",
        "_publications/2022-05-01-marsh.md": "---\ntitle: \"Sediment trapping in a restored salt marsh\"\n"
                                             "collection: publications\ndate: 2022-05-01\nvenue: \"Estuarine Letters\"\n---\n",
    })
    assert [p.title for p in profile.publications] == ["Sediment trapping in a restored salt marsh"]


def test_an_old_collection_file_of_a_work_the_papers_page_lists_under_its_address_is_that_work(tmp_path):
    # a hand-written papers page gives the journal version and, as coverage, the working paper's address; an older
    # _publications file of the same title is the working paper (another year, another venue) at that address: one
    # work, as the page lists it, not two
    profile = imported_site(tmp_path / "site", {
        **academicpages_home("Ana Roe", "I study trade and firms.\n"),
        "_pages/papers.md": "---\ntitle: Papers\npermalink: /papers/\n---\n\n"
                            "[Greener Firms After the Rule](https://journal.example.org/a/1) <br>\n"
                            "with Ben Hill. <br>\n**Journal of Trade Studies**, 2025, 58(1): 385-410. <br>\n"
                            "Coverage: [Working paper](https://wp.example.org/w26), "
                            "[Blog](https://blog.example.org/g)\n",
        "_publications/green.md": "---\ntitle: \"Greener Firms After the Rule\"\ncollection: publications\n"
                                  "date: 2019-12-01\nvenue: 'Working Paper Series'\n"
                                  "paperurl: 'https://wp.example.org/w26'\n---\n"})
    assert [(p.title, p.year, p.venue) for p in profile.publications] == [
        ("Greener Firms After the Rule", 2025, "Journal of Trade Studies")]


@pytest.mark.parametrize("address", ["https://journal.example.org/home", "https://arxiv.org/"])
def test_a_conference_paper_and_its_journal_version_linking_no_one_works_address_stay_two(tmp_path, address):
    # the journal version on the papers page and the older conference paper of the same title in _publications both
    # link the journal's home page (which the page's other work links too) or arXiv's front page: no address of one
    # work, so two works, as their years and venues say
    profile = imported_site(tmp_path / "site", {
        **academicpages_home("Ana Roe", "I study trade and firms.\n"),
        "_pages/papers.md": "---\ntitle: Papers\npermalink: /papers/\n---\n\n"
                            f"[Greener Firms After the Rule]({address}) <br>\nwith Ben Hill. <br>\n"
                            "**Journal of Trade Studies**, 2025. <br>\n\n"
                            f"[Tariffs and Small Ports]({address}) <br>\nwith Cy Dale. <br>\n"
                            "**Journal of Trade Studies**, 2023. <br>\n",
        "_publications/green.md": "---\ntitle: \"Greener Firms After the Rule\"\ncollection: publications\n"
                                  "date: 2019-12-01\nvenue: 'Conference on Trade'\n"
                                  f"paperurl: '{address}'\n---\n"})
    assert sorted((p.title, p.year) for p in profile.publications) == [
        ("Greener Firms After the Rule", 2019), ("Greener Firms After the Rule", 2025),
        ("Tariffs and Small Ports", 2023)]
