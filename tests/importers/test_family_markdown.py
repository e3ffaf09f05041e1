"""An independent check of the academicpages and markdown importers on new pages of their
families (tests/fixtures/*/real-*): each test states what a careful reader finds on the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.common import escape_sup_marks
from kg.importers.page.parse import parse_markdown_page

FIX = Path(__file__).resolve().parents[1] / "fixtures"
AP = FIX / "academicpages"
MD = FIX / "markdown"


def _load(path: Path):
    return import_path(path)


def _authors(pub):
    return [a.name for a in pub.authors]


def _owner(pub):
    return [i for i, a in enumerate(pub.authors) if a.is_self]


def _marks(pub):
    return [a.marks for a in pub.authors]


# --- common helpers ------------------------------------------------------------------------------


def test_common_helpers():
    assert escape_sup_marks("A<sup>*</sup>, B<sup>*</sup>") == "A<sup>\\*</sup>, B<sup>\\*</sup>"
    assert escape_sup_marks("no marks") == "no marks"


# --- academicpages: a PhD student's about.md ---------------------------------------------------


@pytest.fixture(scope="module")
def phd():
    return _load(AP / "real-phd-student-about.md")


def test_phd_counts_and_unparsed(phd):
    assert phd.format == "academicpages"
    assert phd.counts == {"publications": 5, "news": 5, "awards": 3, "students": 0, "service": 0}
    # the job-market line is the about text's second paragraph: the description holds it with the first
    assert phd.profile.unparsed == []
    assert phd.profile.person.description.endswith("I am on the job market this year! Feel free to reach out.")


def test_phd_person(phd):
    p = phd.profile.person
    assert p.name == "Daniel Okafor"
    assert p.job_title == "fifth-year Ph.D. student"
    aff = p.affiliations[0]
    assert (aff.name, aff.department, aff.current) == ("Stanford University", "Department of Computer Science", True)
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Computer Science", "Stanford University", 2024),
        ("B.S.", "Mathematics and Computer Science", "University of Michigan", 2019),
    ]
    assert p.advisors == ["Helen Marchetti"]
    assert p.interests == ["trustworthy machine learning", "calibration", "distribution shift",
                           "data attribution for large language models"]


def test_phd_publications(phd):
    pubs = phd.profile.publications
    assert [p.title for p in pubs] == [
        "Scalable Influence Estimation for Large Language Models",
        "When Does Calibration Transfer? A Study Under Label Shift",
        "Conformal Risk Control for Generative Models",
        "Data Attribution Without Retraining",
        "Label Shift Estimation with Black-Box Predictors, Revisited",
    ]
    assert [p.year for p in pubs] == [2024, 2024, 2023, 2023, 2022]
    assert [p.venue for p in pubs] == ["ICLR", "arXiv", "NeurIPS", "NeurIPS", "ICML"]
    assert [_owner(p) for p in pubs] == [[0], [1], [0], [1], [0]]
    first = pubs[0]
    assert _authors(first) == ["Daniel Okafor", "Ruiqi Chen", "Helen Marchetti"]
    assert first.venue_full == "International Conference on Learning Representations"
    assert first.notes == ["Spotlight"]
    assert first.links == {"paper": "https://openreview.net/forum?id=aB3dEfGh12",
                           "code": "https://github.com/dokafor/scalable-influence"}
    second = pubs[1]
    assert _authors(second) == ["Mei Tanaka", "Daniel Okafor", "Jonah Weiss", "Helen Marchetti"]
    assert _marks(second) == [["equal_contribution"], ["equal_contribution"], [], []]
    assert (second.venue_type, second.arxiv) == ("preprint", "2402.01234")
    assert _authors(pubs[2])[2] == "Samuel O'Brien"
    assert pubs[4].links["video"] == "https://www.youtube.com/watch?v=AbCdEf12345"


def test_phd_news_and_honors(phd):
    news = phd.profile.news
    assert [n.date for n in news] == ["2024-03", "2023-12", "2023-09", "2023-06", "2023-01"]
    assert news[1].text == "I will join Google DeepMind as a student researcher in summer 2024."
    assert news[1].links == ["https://deepmind.google/"]
    assert news[4].text == "Passed my qualifying exam 🥳"
    assert [(a.name, a.year) for a in phd.profile.awards] == [
        ("Stanford Graduate Fellowship", 2022),
        ("NeurIPS 2023 Top Reviewer", 2023),
        ("Outstanding Undergraduate Researcher Award, Computing Research Association (CRA)", 2019),
    ]


# --- AcadHomepage: paper boxes, badges, internships ------------------------------------------------


@pytest.fixture(scope="module")
def acad():
    return _load(AP / "real-acadhomepage-about.md")


def test_acad_counts_and_unparsed(acad):
    assert acad.format == "academicpages"
    assert acad.counts == {"publications": 4, "news": 3, "awards": 3, "students": 0, "service": 0}
    # the invited talks are read as talks: nothing is left over
    assert [(u.line, u.section) for u in acad.profile.unparsed] == []
    assert [(t.line, t.title, t.event, t.date, t.links) for t in acad.profile.talks] == [
        (66, "Zero-shot video editing with diffusion models", "VALSE Webinar", "2023-11",
         {"video": "https://www.bilibili.com/video/BV1xx411c7mD"}),
        (67, "Consistent video generation", "AI Time Youth PhD Talk", "2023-07", {})]


def test_acad_person(acad):
    p = acad.profile.person
    assert p.name == "Chen Lyu"  # the bold author: the about page does not name its owner
    assert p.job_title == "third-year Ph.D. student"
    assert [(a.name, a.role, a.department, a.current, a.start_year, a.end_year) for a in p.affiliations] == [
        ("Fudan University", "third-year Ph.D. student", "School of Computer Science", True, None, None),
        ("Microsoft Research Asia", "intern", None, True, 2023, None),
        ("SenseTime Research", "intern", None, False, 2022, 2022),
    ]
    assert p.affiliations[1].url == "https://www.msra.cn/"
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Fudan University", None),  # still under way
        ("Undergraduate", "Zhejiang University", 2021),
    ]
    assert p.interests == ["video generation", "diffusion models", "3D-aware generative models"]
    assert p.advisors == ["Jianguo Lin"]
    assert p.identifiers == {"google_scholar": "Xy9zQwErTyUA"}
    # "260000+" is the template's placeholder that a script replaces: no citation count
    assert p.metrics is None


def test_acad_paper_boxes(acad):
    pubs = acad.profile.publications
    box1, box2 = pubs[0], pubs[1]
    # a title with "Video" in it is a title, not a [video] link
    assert box1.title == "MotionZero: Zero-Shot Motion Customization for Text-to-Video Diffusion"
    assert (box1.venue, box1.year, box1.line) == ("CVPR", 2024, 29)
    assert _authors(box1) == ["Chen Lyu", "Yifan Zhou", "Hannah Berg", "Jianguo Lin"] and _owner(box1) == [0]
    assert box1.links == {"arxiv": "https://arxiv.org/abs/2312.09876",
                          "project": "https://lyuchen.github.io/motionzero"}
    assert box1.abstract == "A training-free method that transfers motion from a reference video to new subjects."
    assert box2.title == "FlowVid: Taming Imperfect Optical Flows for Consistent Video Synthesis"
    assert (box2.venue, box2.year) == ("NeurIPS", 2023)
    assert _marks(box2) == [["equal_contribution"], ["equal_contribution"], []] and _owner(box2) == [1]
    assert box2.links["code"] == "https://github.com/lyuchen/flowvid"
    assert box2.notes == ["Oral presentation (top 0.6%)"]


def test_acad_badge_list(acad):
    pubs = acad.profile.publications
    # "- `ICCV 2023` [Title](url), authors": the code-span badge is the venue
    assert [(p.title, p.venue, p.year, p.venue_type) for p in pubs[2:]] == [
        ("Consistent4D: 360° Dynamic Object Generation from Monocular Video", "ICCV", 2023, "conference"),
        ("A Survey on Video Diffusion Models", "arXiv", 2023, "preprint"),
    ]
    assert _authors(pubs[2]) == ["Wei Tang", "Chen Lyu", "Jianguo Lin"] and _owner(pubs[2]) == [1]
    assert pubs[2].links == {"arxiv": "https://arxiv.org/abs/2307.04455",
                             "code": "https://github.com/lyuchen/consistent4d"}


def test_acad_news_and_awards(acad):
    assert [(n.date, n.line) for n in acad.profile.news] == [("2024-02", 23), ("2023-09", 24), ("2023-06", 25)]
    assert acad.profile.news[1].text == "🎉🎉 FlowVid is accepted by NeurIPS 2023 as an oral presentation."
    assert [(a.name, a.year) for a in acad.profile.awards] == [
        ("National Scholarship for Doctoral Students, Ministry of Education", 2023),
        ("Fudan University Outstanding Graduate Student Award", 2022),
        ("Outstanding Graduate of Zhejiang University", 2021),
    ]


# --- academicpages: setext headings, bold group labels, journal style -----------------------------


@pytest.fixture(scope="module")
def setext():
    return _load(AP / "real-setext-bold-pubs-about.md")


def test_setext_page(setext):
    prof = setext.profile
    assert setext.counts == {"publications": 3, "news": 3, "awards": 2, "students": 0, "service": 2}
    assert prof.unparsed == []
    p = prof.person
    assert (p.name, p.job_title) == ("Ingrid Halvorsen", "Assistant Professor")
    # the acronym after the name is no part of it (as on HTML pages)
    assert (p.affiliations[0].name, p.affiliations[0].department) == (
        "Norwegian University of Science and Technology", "Department of Statistics")
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Statistics", "University of Oslo", 2018)]
    assert p.interests == ["Bayesian nonparametrics", "causal inference", "spatial statistics"]
    pubs = prof.publications
    assert [p.title for p in pubs] == [
        "Spatial confounding in Bayesian causal models",
        "Dirichlet process mixtures for areal data",
        "Fast variational inference for Gaussian process causal models",
    ]
    # "**Journal Articles**" / "**Conference Papers**" say what the venues are
    assert [(p.venue, p.year, p.venue_type) for p in pubs] == [
        ("Journal of the American Statistical Association", 2024, "journal"),
        ("Bayesian Analysis", 2023, "journal"),
        ("AISTATS", 2023, "conference"),
    ]
    assert _marks(pubs[0]) == [["corresponding"], []] and _owner(pubs[0]) == [0]
    assert (pubs[0].doi, pubs[0].arxiv) == ("10.1080/01621459.2024.1234567", "2210.01111")
    assert [(s.role, s.venues, s.year) for s in prof.service] == [
        ("Associate Editor", ["Scandinavian Journal of Statistics"], 2022),
        ("Reviewer", ["JASA", "JRSS-B", "Biometrika", "NeurIPS"], None),
    ]
    assert [(a.name, a.year) for a in prof.awards] == [
        ("ERC Starting Grant", 2023), ("Young Statistician Award, Norwegian Statistical Association", 2021)]


# --- a professor's GitHub-pages markdown page ------------------------------------------------------


@pytest.fixture(scope="module")
def prof():
    return _load(MD / "real-professor-homepage.md")


def test_prof_person(prof):
    p = prof.profile.person
    assert prof.format == "markdown"
    assert (p.name, p.job_title, p.email) == ("Margarethe Vollmer", "Associate Professor", "mvollmer@umd.example.edu")
    aff = p.affiliations[0]
    assert (aff.name, aff.department, aff.role, aff.current) == (
        "University of Maryland, College Park", "Department of Electrical and Computer Engineering",
        "Associate Professor", True)
    # "Before joining UMD in 2018, I was a research scientist at Meta AI (FAIR)": a past position in passing,
    # which the one reader leaves in the description (as on HTML pages: tests/importers/test_html.py::test_alfolio)
    assert len(p.affiliations) == 1 and "Meta AI (FAIR)" in p.description
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "ETH Zurich", 2015), ("Diploma", "TU Munich", 2010)]
    assert p.identifiers == {"google_scholar": "VoLLm3rAAAAJ", "dblp": "123/4567", "github": "mvollmer-lab"}


def test_prof_publications_sup_marks_and_short_venue_years(prof):
    pubs = prof.profile.publications
    assert len(pubs) == 5
    first = pubs[0]
    assert first.title == "SceneWeaver: Compositional 3D Scene Generation from Language"
    # "Tobias Lindgren<sup>*</sup>, Aarav Mehta<sup>*</sup>, <u>Margarethe Vollmer</u><sup>†</sup>"
    assert _authors(first) == ["Tobias Lindgren", "Aarav Mehta", "Margarethe Vollmer"]
    assert _marks(first) == [["equal_contribution"], ["equal_contribution"], ["corresponding"]]
    assert _owner(first) == [2]
    # "(CVPR'24)"
    assert (first.venue, first.venue_full, first.year, first.venue_type) == (
        "CVPR", "IEEE/CVF Conference on Computer Vision and Pattern Recognition", 2024, "conference")
    assert first.notes == ["Oral"]
    # link keys follow the page's labels: "[[paper]](https://arxiv.org/abs/...)" is the paper link
    assert set(first.links) == {"paper", "code", "project"}
    assert first.arxiv == "2403.11111"
    assert [(p.venue, p.year) for p in pubs] == [("CVPR", 2024), ("ICCV", 2023), ("CVPR", 2023), ("NeurIPS", 2022),
                                                 ("TPAMI", 2021)]
    assert pubs[2].notes == ["Best Paper Award Candidate"]
    assert _authors(pubs[2]) == ["Sofia Brennan", "Tobias Lindgren", "Kai Oduya", "Margarethe Vollmer"]
    assert [_owner(p) for p in pubs] == [[2], [2], [3], [1], [0]]
    assert pubs[4].doi == "10.1109/TPAMI.2021.3055555"


def test_prof_students_and_service(prof):
    assert [(s.name, s.role, s.institution) for s in prof.profile.students] == [
        ("Tobias Lindgren", "PhD student", None),
        ("Aarav Mehta", "PhD student", None),
        ("Sofia Brennan", "PhD student", None),
        ("Jun-Ho Park", "alumnus", "Google"),
        ("Kai Oduya", "alumnus", "NVIDIA"),
    ]
    assert prof.profile.students[0].url == "https://tlindgren.github.io"
    # "Area Chair: NeurIPS 2023, ICLR 2024, CVPR 2024": served in several years, so no one year (as on HTML pages)
    assert [(s.role, s.venues, s.year) for s in prof.profile.service] == [
        ("Area Chair", ["NeurIPS", "ICLR", "CVPR"], None),
        ("Associate Editor", ["IEEE Transactions on Pattern Analysis and Machine Intelligence"], 2022),
        ("Reviewer", ["CVPR", "ICCV", "ECCV", "NeurIPS", "ICML", "TPAMI", "IJCV"], None),
    ]
    # the courses are the teaching. The office is the location, the note to prospective students closes the bio
    # (description); the photo at a relative address stays visible (line 3) until the page's address is known
    # (--base-url), when it is read
    assert [(t.course, t.term, t.line) for t in prof.profile.teaching] == [
        ("ENEE 633: Statistical Pattern Recognition", "Fall 2022, Fall 2023", 63),
        ("CMSC 426: Computer Vision", "Spring 2021", 64)]
    assert [u.line for u in prof.profile.unparsed] == [3]
    p = prof.profile.person
    assert p.location == "3417 A.V. Williams Building"
    assert p.description.endswith("Please read this note before emailing me.")
    assert p.image is None
    based = import_path(MD / "real-professor-homepage.md", base_url="https://mvollmer.example.org/")
    assert based.profile.person.image == "https://mvollmer.example.org/images/vollmer.jpg"


# --- GitHub profile READMEs ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def readme():
    return _load(MD / "real-github-readme")


def test_readme_person(readme):
    assert readme.format == "github-readme"
    p = readme.profile.person
    assert (p.name, p.job_title, p.email, p.homepage) == (
        "Tomasz Kowal", "PhD student", "tkowal@cs.cmu.edu", "https://tomasz-kowal.github.io")
    assert (p.affiliations[0].name, p.affiliations[0].url) == ("Carnegie Mellon University", "https://www.cmu.edu/")
    assert p.advisors == ["Rosa Ventura"]
    assert p.identifiers == {"google_scholar": "tKow4lQAAAAJ", "twitter": "tkowal_nlp",
                             "linkedin": "tomasz-kowal-nlp", "github": "tkowal"}
    assert "long-context retrieval for code LLMs" in p.interests


def test_readme_publications_and_leftovers(readme):
    pubs = readme.profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Sparse Retrieval Heads for Long-Context LLMs", "ACL", 2024),
        ("RAGBench: Evaluating Retrieval-Augmented Generation at Scale", "arXiv", 2023),
    ]
    # "*arXiv preprint 2023*": the venue is arXiv, a preprint (as every family names it)
    assert pubs[1].venue_type == "preprint"
    assert _authors(pubs[1]) == ["Leila Haddad", "Tomasz Kowal", "Brian Oyelaran", "Rosa Ventura"]
    assert _marks(pubs[1])[:2] == [["equal_contribution"], ["equal_contribution"]] and _owner(pubs[1]) == [1]
    assert pubs[0].links == {"arxiv": "https://arxiv.org/abs/2404.05555", "code": "https://github.com/tkowal/sparse-heads"}
    # the greeting heading, badges and stats cards are read or ignored; the chit-chat is left
    assert [u.line for u in readme.profile.unparsed] == [11, 12, 14]


@pytest.fixture(scope="module")
def readme_html():
    return _load(MD / "real-readme-html-header")


def test_readme_with_html_headings(readme_html):
    prof = readme_html.profile
    p = prof.person
    assert p.name == "Amara Nwosu"
    assert p.affiliations[0].name == "University of Toronto"
    assert p.image is None  # a view counter is no photo
    assert p.identifiers == {"twitter": "amara_bio", "linkedin": "amara-nwosu", "github": "anwosu"}
    assert p.links == {"cv": "https://anwosu.github.io/cv.pdf"}
    assert p.email == "amara.nwosu@mail.utoronto.ca"
    pubs = prof.publications
    # under "<h3 align="left">Recent papers:</h3>"; authors written "Surname I."
    assert [(p.title, p.venue, p.year, p.venue_type) for p in pubs] == [
        ("scFormer: A Transformer for Single-Cell Multi-omics", "Nature Methods", 2024, "journal"),
        ("Contrastive Pretraining of Protein Language Models", "ICML", 2023, "conference"),
    ]
    assert _authors(pubs[0]) == ["Nwosu A", "Lindqvist P", "Bauer K"] and _owner(pubs[0]) == [0]
    assert _owner(pubs[1]) == [1] and _marks(pubs[1])[:2] == [["equal_contribution"], ["equal_contribution"]]
    assert pubs[0].doi == "10.1038/s41592-024-00001-x"
    assert [u.line for u in prof.unparsed] == [7, 8]


# --- a markdown table of publications ----------------------------------------------------------------


@pytest.fixture(scope="module")
def table():
    return _load(MD / "real-table-publications.md")


def test_table_page(table):
    prof = table.profile
    assert table.counts == {"publications": 5, "news": 3, "awards": 3, "students": 0, "service": 0}
    assert prof.unparsed == []
    p = prof.person
    assert (p.name, p.job_title, p.location) == ("Rafael Quintero", "Postdoctoral Researcher", "Tübingen, Germany")
    assert (p.affiliations[0].name, p.affiliations[0].url) == (
        "Max Planck Institute for Intelligent Systems", "https://is.mpg.de")
    assert p.identifiers == {"google_scholar": "RqU1nT3r0AAAAJ", "twitter": "rquintero_ai",
                             "orcid": "0000-0002-1825-0097"}
    assert p.description.startswith("I study robot learning")
    pubs = prof.publications
    assert [(p.title, p.year, p.venue, p.venue_type) for p in pubs] == [
        ("HumanoidMimic: Whole-Body Imitation from Monocular Video", 2024, "ICRA", "conference"),
        ("Learning Agile Skills via Adversarial Motion Priors with Contacts", 2023, "SIGGRAPH Asia", "conference"),
        ("Diffusion Policies for Dexterous Tool Use", 2023, "CoRL", "conference"),
        ("Physics-Guided Motion Retargeting", 2022, "RA-L", "journal"),
        ("Contact-Aware Human Motion Forecasting", 2021, "NeurIPS", "conference"),
    ]
    # the table has no author column: each paper is the owner's, the other authors unknown (not a solo paper)
    assert all([(a.name, a.is_self) for a in p.authors] == [("Rafael Quintero", True)] and p.authors_truncated
               for p in pubs)
    # the Links column; keys follow the labels ("[paper](https://arxiv.org/abs/...)" is the paper link)
    assert pubs[0].links == {"paper": "https://arxiv.org/abs/2402.03333", "video": "https://youtu.be/Hm1m1cV1de0"}
    assert pubs[0].arxiv == "2402.03333"
    assert pubs[1].links == {"paper": "https://dl.acm.org/doi/10.1145/3610548.3618111",
                             "code": "https://github.com/rquintero/amp-contact"}
    assert pubs[1].doi == "10.1145/3610548.3618111"
    assert (pubs[0].notes, pubs[2].notes) == (["Best Paper Award"], ["Oral"])


# --- a page in Chinese and English -------------------------------------------------------------------


@pytest.fixture(scope="module")
def zh():
    return _load(MD / "real-chinese-english.md")


def test_chinese_english_page(zh):
    prof = zh.profile
    p = prof.person
    assert (p.name, p.alternate_names) == ("Wei Zhang", ["张伟"])
    assert p.job_title == "Associate Professor"
    assert (p.affiliations[0].name, p.affiliations[0].department) == (
        "Tsinghua University", "Department of Computer Science and Technology")
    assert p.email == "zhangwei@tsinghua.edu.cn"
    assert [(e.degree, e.institution, e.year) for e in p.education] == [("Ph.D.", "Peking University", 2016)]
    assert p.interests == ["graph neural networks", "knowledge graphs", "large-scale graph mining"]
    pubs = prof.publications
    assert [p.title for p in pubs] == [
        "GraphRAG-Bench: Benchmarking Retrieval over Knowledge Graphs",
        "Scalable Heterogeneous Graph Transformers",
        "知识图谱补全的对比学习方法",
    ]
    assert _marks(pubs[0]) == [["equal_contribution"], ["equal_contribution"], ["corresponding"]]
    assert [_owner(p) for p in pubs] == [[2], [2], [2]]
    assert _authors(pubs[2]) == ["王芳", "李明", "张伟"]
    assert (pubs[2].year, pubs[2].venue_type) == (2022, "journal")
    assert [n.date for n in prof.news] == ["2024-04", "2023-12", "2023-09"]
    assert [a.year for a in prof.awards] == [2023, 2017]
    # the recruiting note, and the photo at a relative address (line 3) until the page's address is known
    assert [u.line for u in prof.unparsed] == [3, 12]
    assert p.image is None
    based = import_path(MD / "real-chinese-english.md", base_url="https://zw.example.org/")
    assert based.profile.person.image == "https://zw.example.org/assets/zhangwei.jpg"


# --- a list page with year groups, underlined students, [[PDF](url)] links ----------------------------


@pytest.fixture(scope="module")
def years():
    return _load(MD / "real-year-groups.md")


def test_year_groups_page(years):
    prof = years.profile
    p = prof.person
    assert (p.name, p.job_title, p.email) == ("Sebastián Ortega", "Assistant Professor", "s.ortega@uniandes.edu.co")
    assert p.identifiers == {"google_scholar": "SeBaOrT0000J", "twitter": "sortega_nlp"}
    assert [(a.name, a.role, a.current, a.start_year, a.end_year) for a in p.affiliations] == [
        ("Universidad de los Andes", "Assistant Professor", True, None, None),
        ("University of Edinburgh", "postdoc", False, 2020, 2022),
    ]
    assert p.advisors == ["Miriam Feld"]
    pubs = prof.publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Scaling Laws for Low-Resource Translation", 2024),
        ("QuechuaBench: Evaluating LLMs on an Indigenous Language", 2024),
        ("Tokenization Matters for Morphologically Rich Languages", 2023),
        ("Back-Translation for Spanish–Quechua", 2021),
    ]
    # underlined students are authors too, and the owner is the plain name the page gives
    assert _authors(pubs[1]) == ["Diego Mamani", "Valentina Ruiz", "Sebastián Ortega"] and _owner(pubs[1]) == [2]
    assert _authors(pubs[0]) == ["Valentina Ruiz", "Sebastián Ortega"]
    assert pubs[1].venue == "LREC-COLING"  # no "[" left from "[[PDF](url)]"
    assert pubs[2].notes == ["Outstanding Paper Award"]
    assert pubs[2].links == {"pdf": "https://aclanthology.org/2023.emnlp-main.303.pdf",
                             "slides": "https://sortega.github.io/slides/emnlp23.pdf"}
    assert pubs[3].venue_type == "workshop"
    assert [(s.role, s.venues, s.year) for s in prof.service] == [
        ("Area Chair", ["ACL", "EMNLP"], 2024), ("Program Committee", ["NAACL", "COLING"], 2022)]


# --- small cases -------------------------------------------------------------------------------------


def _md(tmp_path: Path, text: str, name: str = "index.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_markdown_page(SourceDoc.read(path), ImportOptions())


def test_a_kind_word_inside_a_long_link_label_is_a_title(tmp_path):
    path = tmp_path / "about.md"
    path.write_text("---\nauthor_profile: true\n---\n\n# Publications\n\n"
                    "- [Code Llama Meets Video Understanding Benchmarks](https://arxiv.org/abs/2401.00002), "
                    "**Ann Lee**, Bo Chen, **CVPR 2024**\n", encoding="utf-8")
    p = parse_markdown_page(SourceDoc.read(path), ImportOptions())
    pub = p.publications[0]
    assert (pub.title, pub.venue, pub.year) == ("Code Llama Meets Video Understanding Benchmarks", "CVPR", 2024)
    assert pub.links == {"arxiv": "https://arxiv.org/abs/2401.00002"}


def test_alumni_bold_label_and_hyphenated_student(tmp_path):
    p = _md(tmp_path, "# Ann Lee\n\n## Students\n\n**Alumni**\n\n- Jun-Ho Park (PhD 2023), now at Google\n")
    assert [(s.name, s.role, s.institution) for s in p.students] == [("Jun-Ho Park", "alumnus", "Google")]
    assert p.unparsed == []


def test_markdown_import_of_a_50kb_page_reads_every_entry():
    """Speed is measured by scripts/bench.py import, not here; this checks a big page is read whole."""
    text = (MD / "real-professor-homepage.md").read_text(encoding="utf-8")
    head, _, rest = text.partition("## Selected Publications")
    pubs, _, tail = rest.partition("## Students")
    # (each copy's titles numbered: a list that repeats a work word for word names it once)
    copies = "".join(re.sub(r"(?m)^(\d+\. \*\*)", rf"\g<1>Part {k}: ", pubs) for k in range(28))
    big = head + "## Selected Publications" + copies + "## Students" + tail
    assert len(big.encode()) > 50_000
    doc = SourceDoc(Path("big.md"), big)
    small = parse_markdown_page(SourceDoc(Path("page.md"), text), ImportOptions())
    big_profile = parse_markdown_page(doc, ImportOptions())
    assert len(big_profile.publications) == 28 * len(small.publications)


# --- academicpages: "Authors. [Title](url). *Venue*, year." and a state-system campus ----------------


@pytest.fixture(scope="module")
def authorfirst():
    return _load(AP / "real-author-first-about.md")


def test_author_first_page(authorfirst):
    prof = authorfirst.profile
    assert authorfirst.counts == {"publications": 3, "news": 2, "awards": 0, "students": 0, "service": 0}
    p = prof.person
    assert (p.name, p.job_title, p.location) == ("Mei-Ling Chou", "Research Scientist", "San Jose")
    assert [a.name for a in p.affiliations] == ["Adobe Research"]
    # the Education section and the bio say the same two degrees (the bio spells the first "Ph.D.")
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Computer Science", "University of California, San Diego", 2021),
        ("B.Eng.", "Automation", "Tsinghua University", 2015),
    ]
    pubs = prof.publications
    assert [(p.title, p.year, p.venue_type) for p in pubs] == [
        ("NeRF-Edit: Interactive Editing of Neural Radiance Fields", 2024, "conference"),
        ("Relightable Gaussians", 2023, "journal"),
        ("Differentiable Path Tracing for Participating Media", 2021, "thesis"),
    ]
    assert [_owner(p) for p in pubs] == [[1], [0], [0]]
    # a two-word linked title keeps its link
    assert pubs[1].links == {"arxiv": "https://arxiv.org/abs/2305.04321"}
    assert pubs[1].notes == ["Best Paper Honorable Mention"]
    assert pubs[2].links == {"pdf": "https://escholarship.org/uc/item/abc123"}
    # the hidden news item stays hidden; the hiring notice is left over
    assert [n.date for n in prof.news] == ["2024-01", "2023-10"]
    assert [u.line for u in prof.unparsed] == [13]


# --- IEEE-style entries with [J3] / [C5] tags -------------------------------------------------------


@pytest.fixture(scope="module")
def tagged():
    return _load(MD / "real-tagged-pubs.md")


def test_tagged_ieee_entries(tagged):
    prof = tagged.profile
    assert prof.unparsed == []
    p = prof.person
    assert (p.name, p.alternate_names, p.email) == ("Kenji Watanabe", ["渡辺健二"], "kenji.watanabe@g.ecc.u-tokyo.ac.jp")
    assert (p.affiliations[0].name, p.affiliations[0].department) == (
        "The University of Tokyo", "Graduate School of Information Science and Technology")
    pubs = prof.publications
    assert [p.title for p in pubs] == [
        "Neural vocoders with explicit pitch control",
        "Low-resource voice conversion via self-supervised features",
        "Prosody-aware text-to-speech for Japanese dialects",
        "Streaming speech translation with wait-k policies",
    ]
    assert _authors(pubs[0]) == ["K. Watanabe", "H. Sato", "Y. Ito"]
    assert _marks(pubs[0]) == [["corresponding"], [], []]
    assert _marks(pubs[1]) == [["equal_contribution"], ["equal_contribution"], []]
    assert [_owner(p) for p in pubs] == [[0], [2], [1], [1]]
    assert [(p.venue_type, p.year) for p in pubs] == [("journal", 2023), ("journal", 2022), ("conference", 2024),
                                                      ("conference", 2023)]
    assert (pubs[0].volume, pubs[0].pages, pubs[2].pages) == ("31", "1201-1214", "2345-2349")
    assert pubs[2].notes == ["Best Student Paper Award"]
    assert [(s.name, s.role) for s in prof.students] == [
        ("Hiroshi Sato", "PhD student"), ("Misaki Kobayashi", "PhD student"), ("Yuto Ito", "master student")]


# --- The real2-* fixtures: per-paper headings, bold-title bullets, year headings, typed sections, an owner abbreviated
# in author lists, reference-style links, <details> boxes, Liquid/kramdown leftovers, an education table and
# bold/bracketed/italic news dates.


def _unparsed(result):
    return [u.text.strip() for u in result.profile.unparsed]


# --- academicpages: minimal-mistakes about.md (Liquid, {: .notice}, education table) --------------


@pytest.fixture(scope="module")
def mm():
    return import_path(AP / "real2-minimal-mistakes-about.md")


def test_mm_person_and_education_table(mm):
    p = mm.profile.person
    assert mm.format == "academicpages"
    assert p.name == "Ingrid Valsson"
    assert p.job_title == "postdoctoral researcher"
    assert [a.name for a in p.affiliations] == ["ETH Zurich"]
    edu = [(e.degree, e.field, e.institution, e.year) for e in p.education]
    assert edu == [
        ("Ph.D.", "Computer Science", "KTH Royal Institute of Technology", 2023),
        ("M.Sc.", "Computer Science", "University of Iceland", 2018),
        ("B.Sc.", "Mathematics", "University of Iceland", 2016),
    ]


def test_mm_bold_title_bullets(mm):
    pubs = mm.profile.publications
    assert [x.title for x in pubs] == [
        "Sparse-View Neural Reconstruction with Geometric Priors",
        "Uncertainty-Aware Depth Completion",  # a bold title that reads like a name
        "Learning Room Layouts from Panoramas",
    ]
    a, b, c = pubs
    assert _authors(a) == ["I. Valsson", "M. Keller", "L. Brenner"] and _owner(a) == [0]
    assert _authors(b) == ["T. Nilsson", "I. Valsson", "A. Lindqvist"] and _owner(b) == [1]
    assert _owner(c) == [0]
    # the [[pdf](...)] buttons leave nothing in the venue
    assert (a.venue, a.venue_type, a.year, a.notes) == ("CVPR", "conference", 2024, ["Oral"])
    assert (b.venue, b.venue_type, b.year) == ("TPAMI", "journal", 2023)
    assert (c.venue, c.year) == ("ECCV", 2022)
    assert str(a.links["code"]) == "https://github.com/ivalsson/sparse-recon"
    assert b.arxiv == "2211.08731"


def test_mm_news_awards_and_leftovers(mm):
    assert [(n.date, n.text) for n in mm.profile.news][:2] == [
        ("2024-05", "Our paper on sparse-view reconstruction was accepted to CVPR 2024 as an oral."),
        ("2024-01", "I started as a postdoc at ETH Zurich."),
    ]
    assert [(a.name, a.year) for a in mm.profile.awards] == [
        ("KTH Best Doctoral Thesis Award", 2023), ("Google PhD Fellowship", 2021)]
    # Liquid tags and the kramdown attribute list are chrome; the notice is a paragraph of the
    # owner's introduction, so it is part of the bio like the paragraphs above it
    assert mm.profile.person.description.endswith(
        "I am looking for motivated master students for thesis projects!")
    assert _unparsed(mm) == []


# --- academicpages: typed sections and *Mar 2024*: news --------------------------------------------


def test_ap_typed_sections():
    r = import_path(AP / "real2-typed-sections-about.md")
    assert r.profile.person.name == "Chen Yuxuan"
    pubs = r.profile.publications
    assert [x.venue_type for x in pubs] == ["preprint", "conference", "conference", "journal"]
    assert [x.title for x in pubs][1] == "Sim-to-Real Transfer for Dexterous Grasping"
    assert _authors(pubs[2]) == ["Zhang Wei", "Chen Yuxuan", "Li Ming"] and _owner(pubs[2]) == [1]
    assert (pubs[3].venue, pubs[3].pages, pubs[3].doi) == ("RA-L", "2890-2897", "10.1109/LRA.2023.3261234")
    assert [n.date for n in r.profile.news] == ["2024-03", "2023-11"]
    assert r.profile.unparsed == []


# --- academicpages: <details> "2019 and earlier" and reference-style links -------------------------


def test_ap_details_box():
    r = import_path(AP / "real2-details-about.md")
    pubs = r.profile.publications
    assert [x.title for x in pubs] == [
        "Neural Program Repair with Execution Feedback",
        "Fuzzing Deep Learning Compilers",
        "Symbolic Execution for Smart Contracts",
        "Test Generation via Grammar Inference",
    ]
    assert [x.year for x in pubs] == [2024, 2023, 2019, 2017]
    assert pubs[1].notes == ["ACM SIGSOFT Distinguished Paper Award"]
    assert pubs[2].doi == "10.1145/3338906.3338999"
    assert [n.date for n in r.profile.news] == ["2024-04", "2023-12"]
    assert r.profile.unparsed == []


def test_ap_reference_links(tmp_path):
    page = tmp_path / "about.md"
    page.write_text(
        "---\npermalink: /\ntitle: \"About me\"\nauthor_profile: true\n---\n\nI am a PhD student at MIT.\n\n"
        "Publications\n======\n\n"
        "- **Graph Transformers for Molecules.** **Jane Roe**, Bob Li. *ICML 2020*. [pdf][p1] [code][c1]\n\n"
        "[p1]: https://arxiv.org/pdf/2001.00001\n[c1]: https://github.com/jroe/gt\n",
        encoding="utf-8",
    )
    r = import_path(page)
    (pub,) = r.profile.publications
    assert str(pub.links["code"]) == "https://github.com/jroe/gt" and pub.arxiv == "2001.00001"
    assert r.profile.unparsed == []  # the link definitions are not data lines


# --- markdown: ### per-paper headings, [2024/06] news --------------------------------------------------


def test_md_paper_headings():
    r = import_path(MD / "real2-paper-headings.md")
    p = r.profile.person
    assert r.format == "markdown"
    assert (p.name, p.job_title, p.email) == ("Kwame Asante", "Assistant Professor", "kasante@ug.edu.gh")
    assert p.identifiers["google_scholar"] == "KwAs4nTeAAAJ"
    pubs = r.profile.publications
    assert [x.title for x in pubs] == [
        "Over-the-Air Federated Learning with Imperfect CSI",
        "Energy-Efficient Scheduling for Edge Inference",
        "Quantized Gradient Compression over Fading Channels",
    ]
    assert [_owner(x) for x in pubs] == [[0], [1], [0]]
    assert _authors(pubs[1]) == ["Lin Zhou", "Kwame Asante", "Rui Wang"]
    assert (pubs[0].venue, pubs[0].venue_type, pubs[0].year) == ("ICC", "conference", 2024)
    assert (pubs[1].venue_type, pubs[1].volume, pubs[1].pages, pubs[1].year) == ("journal", "22", "2301-2315", 2023)
    assert (pubs[2].venue_type, pubs[2].arxiv) == ("preprint", "2211.04567")
    assert str(pubs[0].links["code"]) == "https://github.com/kasante/ota-fl"
    assert [n.date for n in r.profile.news] == ["2024-06", "2024-02", "2023-09"]


# --- markdown: # Publications / ## 2023, reference links, <details> ----------------------------------


def test_md_year_headings_reference_links_details():
    r = import_path(MD / "real2-year-h2-refs.md")
    assert r.profile.person.name == "Tomás Herrera"
    pubs = r.profile.publications
    assert [x.title for x in pubs] == [
        "Contrastive Pretraining for Tabular Data",
        "A Benchmark for Time-Series Foundation Models",
        "Robust Imputation with Diffusion Models",
        "Sparse Gaussian Processes for Sensor Networks",  # inside <details>; the summary is no paper
        "Online Change-Point Detection in Streams",
    ]
    assert [x.year for x in pubs] == [2023, 2023, 2022, 2019, 2018]
    assert [a.marks for a in pubs[1].authors] == [["equal_contribution"], ["equal_contribution"], []]
    assert str(pubs[0].links["code"]) == "https://github.com/therrera/tab-contrast"
    assert str(pubs[3].links["pdf"]) == "https://arxiv.org/pdf/1905.03333"
    assert pubs[4].venue_type == "journal" and _owner(pubs[4]) == [1]
    assert r.profile.unparsed == []  # <details> and the [p1]: definitions are chrome


# --- markdown: owner named only by the front-matter title, abbreviated in author lists ---------------


def test_md_abbreviated_owner():
    r = import_path(MD / "real2-abbrev-owner.md")
    p = r.profile.person
    assert p.name == "Helena Brandt"
    assert [a.name for a in p.affiliations] == ["Bosch Center for AI"]
    pubs = r.profile.publications
    assert [x.title for x in pubs] == [
        "Certified Robustness for Graph Neural Networks",
        "On the Calibration of Ensembles under Shift",
        "Adversarial Training Revisited",
    ]
    assert [_owner(x) for x in pubs] == [[0], [1], [0]]
    assert _authors(pubs[1]) == ["M. Vogel", "H. Brandt"]
    assert str(pubs[0].links["paper"]) == "https://openreview.net/forum?id=HbRaNdT24x"
    assert (pubs[2].venue_type, pubs[2].year) == ("thesis", 2021)
    assert [n.date for n in r.profile.news] == ["2024-02", "2023-07"]
    assert [(s.role, s.venues) for s in r.profile.service] == [
        ("Reviewer", ["NeurIPS", "ICML", "ICLR"]), ("Area Chair", ["AISTATS"])]
    assert r.profile.unparsed == []


# --- markdown: Preprints / Conference Papers / Journal Articles sections -----------------------------


def test_md_typed_sections():
    r = import_path(MD / "real2-typed-sections.md")
    pubs = r.profile.publications
    assert [x.venue_type for x in pubs] == ["preprint", "conference", "conference", "journal"]
    j = pubs[3]
    assert (j.title, j.venue, j.pages, j.year) == (
        "Empirical Study of Build Failures", "Empirical Software Engineering", "88-120", 2022)
    assert j.abstract is None
    assert _authors(j) == ["Karin Holm", "Lucía Fernández", "Mateo Silva"] and _owner(j) == [1]
    assert [n.date for n in r.profile.news] == ["2024-03", "2023-10"]
    assert r.profile.unparsed == []


def test_a_publication_dense_50kb_page_is_read_whole(tmp_path):
    """Speed is measured by scripts/bench.py import, not here."""
    body = (MD / "real2-year-h2-refs.md").read_text(encoding="utf-8")
    head, pubs = body.split("## 2023", 1)
    page = tmp_path / "big.md"
    # (each copy's titles numbered: a list that repeats a work word for word names it once)
    copies = "".join(re.sub(r"(?m)^(- \*\*)", rf"\g<1>Part {k}: ", "## 2023" + pubs) for k in range(70))
    page.write_text(head + copies, encoding="utf-8")
    assert page.stat().st_size > 50_000
    r = import_path(page)
    assert len(r.profile.publications) == 70 * 5


@pytest.mark.parametrize("config", [
    ("config.toml", 'baseURL = "https://wostrander.github.io/"\ntitle = "Tidal Ledgers"\n'),
    ("_config.yml", "title: Tidal Ledgers\nurl: https://wostrander.github.io\n"),
    ("mkdocs.yml", "site_name: Tidal Ledgers\nsite_url: https://wostrander.github.io/\n"),
])
def test_a_site_title_that_only_reads_like_a_name_gives_way_to_the_person_the_home_page_names(tmp_path, config):
    # a Hugo, Jekyll or MkDocs site titled "Tidal Ledgers" (two capitalised words, no one's) whose prose writes "tidal
    # ledgers" in lower case: the home page's heading, its bold byline and the site's address name the owner.
    # Before, the title's family name found in the prose made the title the owner.
    from tests.importers.sitefiles import imported_site

    home = {"config.toml": "content/_index.md", "mkdocs.yml": "docs/index.md"}.get(config[0], "index.md")
    p = imported_site(tmp_path, {config[0]: config[1], home: (
        "---\ntitle: Home\n---\n\n# Wren Ostrander\n\nI read old tidal ledgers at Saltmarsh University.\n\n"
        "## Publications\n\n- **Wren Ostrander**, Pia Lund. Mapping the silt line. Estuary Review 2022.\n")})
    assert p.person.name == "Wren Ostrander"
    assert [a.name for a in p.publications[0].authors if a.is_self] == ["Wren Ostrander"]
