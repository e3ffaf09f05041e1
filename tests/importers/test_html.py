"""The HTML importer on invented pages of its family: a jemdoc page, a table-layout page with
``papertitle`` spans, a hand-written page of ``<ul>/<li>`` citations under year headings (with
unclosed tags and a CJK name), ``<div class="paper">`` blocks, rendered al-folio and Hugo
Academic pages, and a page holding only publications; plus the fragment reader on the HTML
table of the peisong-wang seed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import get_importer, import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import detect, parse_html

from .seedcheck import author_rows as _authors, line_of as _line, one_pub as _pub

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"




def _doc(tmp_path: Path, text: str, name: str = "index.html") -> SourceDoc:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return SourceDoc.read(path)




def _self_position(pub):
    pos = [i for i, a in enumerate(pub.authors) if a.is_self]
    assert len(pos) <= 1
    return pos[0] if pos else None


def _counts(profile) -> dict[str, int]:
    return {k: len(getattr(profile, k)) for k in ("publications", "news", "awards", "students", "service")}


# --- jemdoc ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jemdoc():
    return import_path(FIXTURES / "jemdoc.html")


def test_jemdoc_detected_and_counted(jemdoc):
    assert jemdoc.format == "html"
    assert _counts(jemdoc.profile) == {"publications": 5, "news": 3, "awards": 0, "students": 2, "service": 2}


def test_jemdoc_person(jemdoc):
    p = jemdoc.profile.person
    assert p.name == "Lukas Brenner"
    assert p.job_title == "Assistant Professor"
    assert [(a.name, a.department, a.role) for a in p.affiliations] == [
        ("University of Westbridge", "Department of Computer Science", "Assistant Professor")]
    assert p.email == "lbrenner@cs.westbridge.edu"  # written "lbrenner [at] cs [dot] westbridge [dot] edu"
    assert p.identifiers == {"google_scholar": "Xb3kLmQAAAAJ", "dblp": "123/4567", "github": "lbrenner"}
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Computer Science", "ETH Zurich", 2019)]
    assert p.advisors == ["Anna Keller"]
    assert p.interests == ["3D scene understanding", "neural rendering", "robot perception"]
    assert p.location == "Hollis Hall, Room 412"
    assert p.description.startswith("I am an Assistant Professor in the Department of Computer Science")
    assert p.image is None  # "photo.jpg" is relative and the page gives no base URL


def test_jemdoc_publications(jemdoc):
    path = FIXTURES / "jemdoc.html"
    prof = jemdoc.profile
    svf = _pub(prof, "Sparse Voxel Fields")
    assert svf.title == "Sparse Voxel Fields for Real-Time Scene Reconstruction"
    assert svf.line == _line(path, "Sparse Voxel Fields")
    assert (svf.year, svf.venue, svf.venue_full, svf.venue_type) == (
        2023, "ICCV", "IEEE/CVF International Conference on Computer Vision", "conference")
    assert [a.name for a in svf.authors] == ["Mei Tanaka", "Lukas Brenner", "Hugo Lefèvre"]
    assert _self_position(svf) == 1
    # the page's own legend: * equal contribution, † corresponding author
    assert [a.marks for a in svf.authors] == [["equal_contribution"], ["equal_contribution"], []]
    assert svf.notes == ["Oral"]
    assert svf.links == {"arxiv": "https://arxiv.org/abs/2308.01234", "code": "https://github.com/lbrenner/svf",
                         "project": "https://lbrenner.github.io/svf/"}
    assert svf.arxiv == "2308.01234"

    perm = _pub(prof, "Learning Object Permanence")
    assert [(a.name, a.marks, a.is_self) for a in perm.authors] == [
        ("Sara Lindqvist", [], False), ("Lukas Brenner", ["corresponding"], True)]
    assert (perm.year, perm.venue) == (2023, "NeurIPS")
    # the supplement link is relative and cannot be resolved without a base URL
    assert perm.links == {"paper": "https://openreview.net/forum?id=AbC123xyz"}

    depth = _pub(prof, "Self-Supervised Depth Completion")
    assert (depth.year, depth.venue, depth.venue_type, depth.volume) == (2022, "T-PAMI", "journal", "44")
    assert depth.doi == "10.1109/TPAMI.2022.3150001"
    assert set(depth.links) == {"doi", "video"}

    # "2020 and before": the year comes from the venue line
    geo = _pub(prof, "Geometry-Aware Feature Matching")
    assert (geo.year, geo.venue, geo.authors_truncated) == (2018, "ECCV", True)
    assert [a.name for a in geo.authors] == ["Lukas Brenner", "Marco Rossi", "Anna Keller"]
    assert _self_position(geo) == 0
    bench = _pub(prof, "A Benchmark for Indoor Relocalization")
    assert (bench.year, bench.venue, _self_position(bench), bench.links) == (2017, "BMVC", 1, {})


def test_jemdoc_news_students_service(jemdoc):
    prof = jemdoc.profile
    path = FIXTURES / "jemdoc.html"
    assert [(n.date, n.text) for n in prof.news] == [
        ("2024-03", "Two papers accepted to CVPR 2024."),
        ("2023-09", "I joined the University of Westbridge as an Assistant Professor."),
        ("2023-06-12", "Our paper on sparse voxel fields was selected for an oral presentation."),
    ]
    assert prof.news[0].links == ["https://cvpr.thecvf.com/"]
    assert prof.news[0].line == _line(path, "[Mar 2024]")
    # the news item inside an HTML comment is not data
    assert not any("Draft item" in n.text for n in prof.news)
    assert [(s.name, s.role, s.institution, s.url) for s in prof.students] == [
        ("Mei Tanaka", "PhD student", None, "https://mtanaka.github.io/"),
        ("Jonas Weber", "master student", "ETH Zurich", None),
    ]
    assert [(s.role, s.venues, s.year) for s in prof.service] == [
        ("Area Chair", ["CVPR", "ECCV"], 2024), ("Reviewer", ["ICCV", "NeurIPS", "T-PAMI"], None)]


def test_jemdoc_unparsed_and_chrome(jemdoc):
    prof = jemdoc.profile
    path = FIXTURES / "jemdoc.html"
    # only the photo (a relative address and no site to resolve it against) is left over (the Teaching item is
    # the teaching); the menu, the footer and the comment are chrome
    assert [(t.course, t.term) for t in prof.teaching] == [("CS 231: Computer Vision", "Fall 2023")]
    assert [(u.line, u.section) for u in prof.unparsed] == [(_line(path, 'src="photo.jpg"'), None)]


# --- a table-layout page (papertitle spans, highlighted rows, service in a cell) ------------


@pytest.fixture(scope="module")
def table_page():
    return import_path(FIXTURES / "table-template.html")


def test_table_page_person(table_page):
    assert table_page.format == "html"
    prof = table_page.profile
    p = prof.person
    assert _counts(prof) == {"publications": 3, "news": 0, "awards": 0, "students": 0, "service": 2}
    assert p.name == "Priya Raman"
    assert p.job_title == "research scientist"  # as the page writes it
    assert [a.name for a in p.affiliations] == ["Northlight Labs"]
    assert p.location == "Toronto"
    assert p.email == "priya@northlight-labs.ai"
    assert p.homepage == "https://praman.github.io/"
    assert p.image == "https://praman.github.io/images/PriyaRaman_circle.jpg"
    assert p.identifiers == {"google_scholar": "pRq7mNsAAAAJ", "twitter": "priya_raman3d", "github": "praman"}
    assert p.links == {"cv": "https://praman.github.io/data/PriyaRaman-CV.pdf"}
    assert p.advisors == ["Martin Hale", "Sofia Ruiz"]
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("PhD", "Carnegie Mellon University", None), ("B.Tech.", "IIT Madras", 2015)]


def test_table_page_publications(table_page):
    prof = table_page.profile
    path = FIXTURES / "table-template.html"
    lumen = _pub(prof, "Lumen Fields")
    assert lumen.title == "Lumen Fields: Relightable Radiance Fields from Casual Captures"
    assert (lumen.year, lumen.venue, lumen.notes) == (2024, "CVPR", ["Oral Presentation"])
    assert [a.name for a in lumen.authors] == ["Tom Hardwick", "Priya Raman", "Sofia Ruiz"]
    assert _self_position(lumen) == 1
    # coauthor links: a homepage, and a Google Scholar profile with its id
    assert lumen.authors[0].url == "https://www.tomhardwick.net/"
    assert lumen.authors[2].identifiers == {"google_scholar": "aB1cD2eFAAAJ"}
    # the title links to the project page, which the page also labels "project page"
    assert lumen.links == {"project": "https://lumen-fields.github.io/", "arxiv": "https://arxiv.org/abs/2403.01111",
                           "video": "https://www.youtube.com/watch?v=lUmEnFiElDs"}
    assert lumen.abstract == "Radiance fields that can be relit, trained from a handful of phone photos."
    assert lumen.line == _line(path, 'href="https://lumen-fields.github.io/">')

    shadow = _pub(prof, "ShadowCast")
    assert (shadow.year, shadow.venue, _self_position(shadow)) == (2022, "ECCV", 0)
    # relative links resolve against <link rel="canonical">
    assert shadow.links == {
        "supplement": "https://praman.github.io/data/shadowcast_supp.pdf",
        "code": "https://github.com/praman/shadowcast",
        "bibtex": "https://praman.github.io/data/raman2022shadowcast.bib",
        "arxiv": "https://arxiv.org/abs/2210.04444",
    }
    thesis = _pub(prof, "Seeing Light")
    assert (thesis.year, thesis.venue_type) == (2021, "thesis")
    # the title links back to the homepage itself: a placeholder, not a paper link
    assert thesis.links == {}
    assert thesis.placeholder_links == {"paper": "https://praman.github.io/"}


def test_table_page_service_and_leftovers(table_page):
    prof = table_page.profile
    path = FIXTURES / "table-template.html"
    assert [(s.role, s.venues, s.year) for s in prof.service] == [
        ("Area Chair", ["CVPR"], 2025), ("Reviewer", ["NeurIPS"], 2023)]
    # the template credit is not data; the <video> fallback text, <script> and <head> are chrome; the
    # research-statement paragraph says the owner's interests
    assert {"computer vision", "graphics", "machine learning"} <= set(prof.person.interests)
    assert [(u.line, u.section) for u in prof.unparsed] == [
        (_line(path, "Design adapted from"), "service"),
    ]


# --- hand-written <ul>/<li> citations under year headings, unclosed tags, CJK name ------------


@pytest.fixture(scope="module")
def ul_page():
    return import_path(FIXTURES / "ul-years.html")


def test_ul_page_person(ul_page):
    prof = ul_page.profile
    assert ul_page.format == "html"
    assert _counts(prof) == {"publications": 5, "news": 0, "awards": 3, "students": 3, "service": 3}
    p = prof.person
    assert p.name == "Xiaoling Chen"
    assert p.alternate_names == ["陈晓玲"]
    assert p.job_title == "Professor"
    assert [(a.name, a.department) for a in p.affiliations] == [
        ("Huaxia University of Science and Technology", "School of Computer Science")]
    assert p.email == "xlchen@hust-cs.example.cn"  # "xlchen AT hust-cs DOT example DOT cn"
    assert p.identifiers == {"orcid": "0000-0002-1825-0097", "linkedin": "xiaoling-chen-nlp",
                             "twitter": "xlchen_nlp"}
    # the degree stated in the bio and in the Education list is one degree
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Computer Science", "Peking University", 2012),
        ("B.S.", "Mathematics", "Nanjing University", 2007),
    ]
    assert p.advisors == ["Ming Zhao"]
    assert p.interests == ["natural language processing", "machine translation", "information extraction"]
    assert p.metrics is not None
    assert (p.metrics.h_index, p.metrics.citations, p.metrics.approximate, p.metrics.source) == (
        31, 5000, True, "Google Scholar")


def test_ul_page_publications(ul_page):
    prof = ul_page.profile
    path = FIXTURES / "ul-years.html"
    faith = _pub(prof, "Faithful Summaries")
    assert faith.title == "Faithful Summaries from Noisy Dialogues"
    assert faith.line == _line(path, "Faithful Summaries")
    assert (faith.year, faith.venue, faith.venue_type) == (2023, "ACL", "conference")
    assert faith.venue_full == "Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics"
    # <sup> marks read with the page's own legend
    assert [(a.name, a.marks) for a in faith.authors] == [
        ("Xiaoling Chen", ["corresponding"]), ("Wei Zhou", ["equal_contribution"]), ("Rui Lin", ["equal_contribution"])]
    assert _self_position(faith) == 0
    assert faith.links == {"pdf": "https://aclanthology.org/2023.acl-long.999.pdf",
                           "code": "https://github.com/hust-nlp/faithsum"}

    tacl = _pub(prof, "Low-Resource Translation")  # a "quoted title."
    assert tacl.title == "Low-Resource Translation with Retrieved Dictionaries"
    assert [a.name for a in tacl.authors] == ["Rui Lin", "Xiaoling Chen"]
    assert (tacl.venue, tacl.venue_type, tacl.year, tacl.doi) == ("TACL", "journal", 2023, "10.1162/tacl_a_00999")

    event = _pub(prof, "Event Extraction")  # the title is the link; "et al."
    assert [a.name for a in event.authors] == ["Wei Zhou", "Hao Sun", "Xiaoling Chen"]
    assert (event.authors_truncated, _self_position(event), event.venue, event.year) == (True, 2, "EMNLP", 2022)
    assert event.notes == ["Findings"]
    assert event.links == {"arxiv": "https://arxiv.org/abs/2205.01234"}
    assert event.arxiv == "2205.01234"

    # "2015 and before": years from the venue lines; initials match the owner
    joint = _pub(prof, "Joint Word Segmentation")
    assert (joint.year, joint.venue, [a.name for a in joint.authors], _self_position(joint)) == (
        2014, "Computational Linguistics", ["X. Chen", "M. Zhao"], 0)
    cross = _pub(prof, "Cross-Lingual Sentiment")
    assert (cross.year, cross.venue, _self_position(cross)) == (2012, "COLING", 1)


def test_ul_page_awards_students_service(ul_page):
    prof = ul_page.profile
    assert [(a.name, a.year, a.years) for a in prof.awards] == [
        ("Outstanding Young Scholar Award, Chinese Association for AI", 2023, []),
        ("Best Paper Award, ACL", 2021, []),
        ("Area Chair Award, EMNLP", 2020, [2019, 2020]),
    ]
    assert [(s.name, s.role, s.institution) for s in prof.students] == [
        ("Wei Zhou", "PhD student", None),
        ("Rui Lin", "PhD student", "Tsinghua University"),
        ("Hao Sun", "intern", "Peking University"),
    ]
    assert [(s.role, s.venues, s.year) for s in prof.service] == [
        ("Area Chair", ["ACL", "EMNLP"], None),
        ("Reviewer", ["NeurIPS", "ICLR", "TACL"], None),
        ("Associate Editor", ["ACM Transactions on Asian and Low-Resource Language Information Processing"], 2021),
    ]


def test_ul_page_unparsed(ul_page):
    path = FIXTURES / "ul-years.html"
    # <style>, the HTML comment, the e-mail image and "Last updated: ..." (about the page) are not data
    assert ul_page.profile.unparsed == []
    assert "Last updated" in path.read_text(encoding="utf-8")


# --- <div class="paper"> blocks --------------------------------------------------------------


@pytest.fixture(scope="module")
def div_page():
    return import_path(FIXTURES / "div-papers.html")


def test_div_page(div_page):
    prof = div_page.profile
    path = FIXTURES / "div-papers.html"
    assert _counts(prof) == {"publications": 3, "news": 3, "awards": 2, "students": 0, "service": 0}
    p = prof.person
    assert p.name == "Jonas Virtanen"
    assert p.job_title == "Postdoctoral Researcher"
    assert [(a.name, a.department) for a in p.affiliations] == [("Aalto University", "Robotics Lab")]
    assert p.homepage == "https://jvirtanen.fi/"  # og:url
    assert p.image == "https://jvirtanen.fi/img/jonas.jpg"  # the portrait, not the og card
    assert p.email is None  # the address is only an image
    # icon links in the header, and the Scholar link in the footer
    assert p.identifiers == {"orcid": "0000-0001-5109-3700", "github": "jvirtanen",
                             "linkedin": "jonas-virtanen-robotics", "google_scholar": "JvIrTaNeN0AJ"}

    tactile = _pub(prof, "Tactile Priors")
    assert tactile.line == _line(path, "Tactile Priors")
    assert (tactile.year, tactile.venue, tactile.notes) == (2024, "ICRA", ["Best Paper Finalist"])
    assert [(a.name, a.marks, a.is_self) for a in tactile.authors] == [
        ("Jonas Virtanen", ["corresponding"], True), ("Aino Laine", [], False), ("Kenji Mori", [], False)]
    assert tactile.links == {"pdf": "https://jvirtanen.fi/papers/tactile_icra24.pdf",
                             "code": "https://github.com/jvirtanen/tactile-priors",
                             "video": "https://www.youtube.com/watch?v=TaCtIlE0001",
                             "paper": "https://tactile-grasp.github.io/"}
    sim = _pub(prof, "Sim-to-Real")
    assert (sim.venue, sim.year, _self_position(sim)) == ("CoRL", 2023, 1)
    assert sim.links == {"openreview": "https://openreview.net/forum?id=SiM2ReAl"}
    assert sim.placeholder_links == {"project": "https://jvirtanen.fi/"}
    contact = _pub(prof, "Learning Contact Models")
    assert (contact.venue, contact.venue_type, contact.arxiv, contact.year) == ("arXiv", "preprint", "2311.04567", 2023)

    assert [(n.date, n.text) for n in prof.news] == [
        ("2024-02-10", "Our paper on tactile grasping was accepted to ICRA 2024."),
        ("2023-11", "I gave a talk at the Nordic Robotics Day."),
        ("2023-09", "Started as a postdoc at Aalto University."),
    ]
    assert prof.news[1].links == ["https://nordic-robotics.example.org/"]
    assert [(a.name, a.year) for a in prof.awards] == [
        ("Best Paper Finalist, ICRA", 2024), ("Academy of Finland Postdoctoral Fellowship", 2023)]
    assert prof.unparsed == []


# --- a rendered al-folio page ------------------------------------------------------------------


@pytest.fixture(scope="module")
def alfolio():
    return import_path(FIXTURES / "al-folio.html")


def test_alfolio(alfolio):
    prof = alfolio.profile
    path = FIXTURES / "al-folio.html"
    assert alfolio.format == "html"
    assert _counts(prof) == {"publications": 2, "news": 2, "awards": 0, "students": 0, "service": 0}
    p = prof.person
    assert p.name == "Elena Marchetti"
    assert p.job_title == "Associate Professor"
    assert [(a.name, a.department) for a in p.affiliations] == [("Politecnico di Lombardia", "Department of Electronics")]
    assert p.email == "emarchetti@polilombardia.example.it"  # a percent-encoded mailto: link
    assert p.image.startswith("https://emarchetti.github.io/assets/img/prof_pic.jpg")
    assert p.identifiers == {"orcid": "0000-0002-9999-1116", "google_scholar": "eMaRcHe7AAAJ", "dblp": "155/7788"}
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Computer Engineering", "University of Padova", 2016)]
    assert p.location == "Office 3.14, Building 21, Milano, Italy"
    assert p.interests == ["3D perception for autonomous systems", "self-supervised learning", "efficient neural networks"]

    occ = _pub(prof, "Self-Supervised Occupancy")
    assert occ.line == _line(path, '>ICCV</abbr>')  # the entry starts with its venue badge
    # the badge gives the short venue, the periodical line the long one and the month
    assert (occ.venue, occ.venue_full, occ.year, occ.date) == (
        "ICCV", "Proceedings of the IEEE/CVF International Conference on Computer Vision", 2023, "2023-10")
    assert [(a.name, a.is_self) for a in occ.authors] == [
        ("Elena Marchetti", True), ("Luca Bianchi", False), ("Giulia Ferri", False)]
    assert occ.authors[1].url == "https://lbianchi.example.org/"
    assert occ.links == {"arxiv": "http://arxiv.org/abs/2308.09999",
                         "pdf": "https://emarchetti.github.io/assets/pdf/occupancy_iccv23.pdf",
                         "code": "https://github.com/pl-group/occforecast"}
    assert occ.abstract.startswith("We forecast future occupancy grids")
    assert occ.pages == "1201-1211"  # from the hidden BibTeX block
    sparse = _pub(prof, "Sparse Convolutions on the Edge")
    # "and 2 more authors": al-folio's truncation
    assert [(a.name, a.marks) for a in sparse.authors] == [
        ("Giulia Ferri", ["equal_contribution"]), ("Elena Marchetti", ["equal_contribution"]), ("Marco Conti", [])]
    assert (sparse.authors_truncated, _self_position(sparse), sparse.venue, sparse.venue_full) == (
        True, 1, "RA-L", "IEEE Robotics and Automation Letters")
    assert sparse.doi == "10.1109/LRA.2022.3187654"
    assert [(n.date, n.text) for n in prof.news] == [
        ("2024-03-02", "Our group received an ERC Starting Grant."), ("2023-10-22", "Two papers at ICCV 2023 in Paris")]
    assert prof.news[1].links == ["https://emarchetti.github.io/news/announcement_2/"]
    # nav, footer, <script> are chrome; the contact note says nothing the model holds
    assert [u.line for u in prof.unparsed] == [_line(path, "contact-note")]


# --- a rendered Hugo Academic (Wowchemy) page ------------------------------------------------


def test_hugo_academic():
    res = import_path(FIXTURES / "hugo-academic.html")
    prof = res.profile
    path = FIXTURES / "hugo-academic.html"
    assert res.format == "html"
    assert _counts(prof) == {"publications": 2, "news": 0, "awards": 0, "students": 0, "service": 0}
    p = prof.person
    assert p.name == "Samuel Okoye"
    assert p.job_title == "Assistant Professor of Computer Science"
    assert [a.name for a in p.affiliations] == ["Lakeside University"]
    assert p.image.startswith("https://sokoye.dev/author/samuel-okoye/avatar_")
    assert p.identifiers == {"twitter": "sam_okoye_ml", "google_scholar": "SaMoKoYe9AAJ"}
    assert p.links == {"cv": "https://sokoye.dev/uploads/resume.pdf"}
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("PhD", "Computer Science", "University of Toronto", 2020), ("BSc", "Statistics", "University of Lagos", 2014)]
    assert p.interests == ["fair machine learning", "causal inference", "algorithmic auditing"]

    audit = _pub(prof, "Audit Trails")
    assert audit.line == _line(path, "<span >Amara Nwosu</span>")  # the citation starts with its authors
    assert [a.name for a in audit.authors] == ["Amara Nwosu", "Samuel Okoye", "Daniel Weiss"]
    assert _self_position(audit) == 1  # span.author-highlighted
    assert (audit.year, audit.venue, audit.doi) == (2023, "FAccT", "10.1145/3593013.3594000")
    assert audit.venue_full == "Proceedings of the ACM Conference on Fairness, Accountability, and Transparency"
    assert audit.links == {"pdf": "https://dl.acm.org/doi/pdf/10.1145/3593013.3594000",
                           "code": "https://github.com/responsible-ml/audit-trails",
                           "doi": "https://doi.org/10.1145/3593013.3594000",
                           "paper": "https://sokoye.dev/publication/audit-trails/"}
    cf = _pub(prof, "Counterfactual Fairness")
    assert (cf.year, cf.venue, _self_position(cf), cf.arxiv) == (2021, "NeurIPS", 0, "2110.01234")
    assert [u.line for u in prof.unparsed] == [_line(path, "See all publications")]


# --- a page with only publications -----------------------------------------------------------


def test_publications_only_page():
    res = import_path(FIXTURES / "publications-only.html")
    prof = res.profile
    path = FIXTURES / "publications-only.html"
    assert res.format == "html"
    # no name anywhere but the bold author: the owner is the author the page sets apart
    assert prof.person.name == "D. Moreau"
    assert _counts(prof) == {"publications": 5, "news": 0, "awards": 0, "students": 0, "service": 0}
    assert all(_self_position(p) is not None for p in prof.publications)
    graph = _pub(prof, "Graph Kernels for Molecular")
    assert [a.name for a in graph.authors] == ["R. Castillo", "D. Moreau", "P. Lindgren"]
    assert (graph.venue, graph.venue_type, graph.year) == ("Journal of Machine Learning Research", "journal", 2023)
    assert graph.links == {"paper": "https://jmlr.org/papers/v24/22-0001.html"}
    bayes = _pub(prof, "Scalable Bayesian")  # "Authors. Title. <i>Venue</i>, 32:45, 2022."
    assert bayes.title == "Scalable Bayesian Optimisation with Random Features"
    assert (bayes.venue, bayes.year, bayes.doi) == ("Statistics and Computing", 2022, "10.1007/s11222-022-10100-1")
    kern = _pub(prof, "Kernel Two-Sample Tests")
    assert (kern.venue, kern.venue_full) == ("AISTATS", "Proc. International Conference on Artificial Intelligence and Statistics")
    assert set(kern.links) == {"pdf", "code"}
    neural = _pub(prof, "Neural Processes")
    assert (neural.venue, neural.notes, neural.year) == ("NeurIPS", ["Spotlight"], 2020)
    pre = _pub(prof, "On the Sample Complexity")
    assert (pre.venue, pre.venue_type, pre.arxiv, pre.year) == ("arXiv", "preprint", "2402.01234", 2024)
    # the closing "Back to home" link goes back to a page of the site itself: the page's navigation, no data left
    # unread (each line is used, ignored or reported: test_every_line_accounted_for)
    assert _line(path, "Back to home") and prof.unparsed == []


def test_publications_only_with_owner(tmp_path):
    doc = SourceDoc.read(FIXTURES / "publications-only.html")
    prof = parse_html(doc, ImportOptions(owner="Daniel Moreau"))
    assert prof.person.name == "Daniel Moreau"
    assert all(_self_position(p) is not None for p in prof.publications)


# --- detection, errors, robustness ----------------------------------------------------------


def test_detect_html_and_not_markdown(tmp_path):
    for path in sorted(FIXTURES.glob("*.html")):
        assert detect(SourceDoc.read(path)) >= 0.85, path.name
    # markdown pages with inline HTML belong to the markdown / academicpages importers
    for name in ("peisong-wang.html-table.md", "anbang-yao.academicpages.md", "yichen-wei.github-pages.md",
                 "yunhe-wang.markdown-table.md", "anbang-yao.aggregator.txt"):
        assert detect(SourceDoc.read(SEEDS / name)) < 0.1, name
    md = _doc(tmp_path, "# Jane Doe\n\nI work on <b>vision</b>.\n\n## Papers\n\n- <a href='x'>Paper</a>\n", "index.md")
    assert detect(md) < 0.1
    # a bare fragment saved as .html is still HTML
    frag = _doc(tmp_path, "<ul>\n<li><b>Jane Doe</b>, A B. <i>A Title Here</i>. CVPR 2020.</li>\n</ul>\n", "pubs.html")
    assert detect(frag) >= 0.5
    assert get_importer("html").detect is detect


def test_broken_html_still_parses(tmp_path):
    text = ("<html><body><h1>Ada Lovelace\n<p>Research Fellow, University of Testing\n"
            "<h2>Publications\n<ul><li><b>Ada Lovelace</b>, Charles Babbage. <i>Notes on Engines</i>. "
            "Scientific Memoirs, 2019.\n<li>Charles Babbage, <b>Ada Lovelace</b>. <i>More Notes</i>. Memoirs, 2020.\n")
    prof = parse_html(_doc(tmp_path, text), ImportOptions())
    assert prof.person.name == "Ada Lovelace"
    assert prof.person.job_title == "Research Fellow"
    assert [(p.title, p.year, _self_position(p)) for p in prof.publications] == [
        ("Notes on Engines", 2019, 0), ("More Notes", 2020, 1)]
    assert [p.line for p in prof.publications] == [4, 5]


def test_no_profile_is_a_source_error(tmp_path):
    doc = _doc(tmp_path, "<!DOCTYPE html>\n<html><body>\n<p>Hello there, welcome to the page.</p>\n</body></html>\n")
    with pytest.raises(SourceError) as err:
        parse_html(doc, ImportOptions())
    assert "no recognizable profile" in str(err.value)
    assert err.value.path == doc.display
    with pytest.raises(SourceError):
        import_path(doc.path)


def test_obfuscated_emails_and_meta_name(tmp_path):
    for written, expected in (("jane AT lab DOT org", "jane@lab.org"), ("jane (at) lab (dot) org", "jane@lab.org"),
                              ("jane{at}lab.org", "jane@lab.org"), ("E-mail: jane@lab.org", "jane@lab.org")):
        text = (f'<html><head><meta name="author" content="Jane Q. Doe"></head><body>\n'
                f"<p>PhD Student<br>{written}</p>\n</body></html>\n")
        prof = parse_html(_doc(tmp_path, text), ImportOptions())
        assert (prof.person.name, prof.person.email, prof.person.job_title) == ("Jane Q. Doe", expected, "PhD Student")


def test_citation_meta_page(tmp_path):
    text = """<html><head>
<title>Graph Kernels | Daniel Moreau</title>
<meta name="citation_title" content="Graph Kernels for Molecular Property Prediction">
<meta name="citation_author" content="Castillo, R.">
<meta name="citation_author" content="Moreau, Daniel">
<meta name="citation_publication_date" content="2023/05/02">
<meta name="citation_journal_title" content="Journal of Machine Learning Research">
<meta name="citation_pdf_url" content="https://example.org/gk.pdf">
</head><body><h1>Graph Kernels for Molecular Property Prediction</h1></body></html>
"""
    prof = parse_html(_doc(tmp_path, text, "publication.html"), ImportOptions(owner="Daniel Moreau"))
    (pub,) = prof.publications
    assert (pub.title, pub.date, pub.year, pub.venue) == (
        "Graph Kernels for Molecular Property Prediction", "2023-05-02", 2023, "Journal of Machine Learning Research")
    assert [a.name for a in pub.authors] == ["R. Castillo", "Daniel Moreau"]
    assert _self_position(pub) == 1
    assert pub.links == {"pdf": "https://example.org/gk.pdf"}
    assert pub.line == 3


def test_base_url_resolves_relative_links(tmp_path):
    text = ("<html><body><h1>Jane Doe</h1>\n<h2>Publications</h2>\n<ul>\n"
            '<li><b>Jane Doe</b>, Bob Roe. <i>Relative Links Everywhere</i>. CVPR 2020. <a href="papers/rel.pdf">[PDF]</a></li>\n'
            "</ul></body></html>\n")
    prof = parse_html(_doc(tmp_path, text), ImportOptions(), base_url="https://jane.example.org/pubs.html")
    assert prof.publications[0].links == {"pdf": "https://jane.example.org/papers/rel.pdf"}
    prof = parse_html(_doc(tmp_path, text), ImportOptions())
    assert prof.publications[0].links == {}


def test_every_line_accounted_for():
    """Each non-empty line of each fixture is used, ignored, or reported in unparsed."""
    for path in sorted(FIXTURES.glob("*.html")):
        doc = SourceDoc.read(path)
        prof = parse_html(doc, ImportOptions())
        reported = {u.line for u in prof.unparsed}
        for number, text in enumerate(doc.lines, start=1):
            if text.strip():
                assert number in doc.used or number in doc.ignored or number in reported, (path.name, number)
        # style/script lines are never data
        for number, text in enumerate(doc.lines, start=1):
            if text.strip().startswith(("<script", "<style", "window.dataLayer", "function gtag")):
                assert number not in doc.used and number not in reported, (path.name, number)


# --- more of the family: bold-paragraph headings, <dl> news, a student table, <br>-separated
#     news, a CJK-first heading, a legend in the section heading --------------------------------

BOLD_HEADINGS_PAGE = """<html><head><title>Homepage of Dr. Maria Gonzalez</title></head>
<body>
<table><tr><td><img src="https://example.org/maria.jpg"></td>
<td><font size="5"><b>Maria Gonzalez</b></font><br>
Ph.D. Candidate, Computer Science<br>
Stanford University<br>
maria.g (at) cs.stanford.edu</td></tr></table>
<p><b>News</b></p>
<h4>2024</h4>
<dl>
<dt>Feb 3</dt><dd>Paper accepted at ICLR.</dd>
<dt>Jan 10</dt><dd>Started internship at <a href="https://research.example.com/">Example Research</a>.</dd>
</dl>
<p><b>Selected Papers</b></p>
<p>
<b>Maria Gonzalez</b>, Tom Baker. Diffusion Policies for Legged Robots. ICLR 2024.<br>
<br>
Tom Baker, <b>Maria Gonzalez</b>, Ana Ruiz. Learning to Walk in Ten Minutes. CoRL 2023 (Oral).<br>
</p>
<p><b>Mentoring</b></p>
<table>
<tr><th>Name</th><th>Institution</th><th>Years</th></tr>
<tr><td><a href="https://ana.example.org">Ana Ruiz</a></td><td>UC Berkeley</td><td>2022-2023</td></tr>
<tr><td>Li Wei</td><td>Tsinghua University</td><td>2023</td></tr>
</table>
<p><b>Awards</b></p>
<p>NSF Graduate Research Fellowship, 2021<br>
Stanford Graduate Fellowship, 2020</p>
</body></html>
"""


def test_bold_headings_dl_news_and_student_table(tmp_path):
    doc = _doc(tmp_path, BOLD_HEADINGS_PAGE)
    prof = parse_html(doc, ImportOptions())
    p = prof.person
    assert (p.name, p.job_title, p.email, p.image) == (
        "Maria Gonzalez", "Ph.D. Candidate", "maria.g@cs.stanford.edu", "https://example.org/maria.jpg")
    assert [(a.name, a.department) for a in p.affiliations] == [("Stanford University", "Computer Science")]
    # <h4>2024</h4> over <dt>Feb 3</dt><dd>...</dd>: the year heading completes the dates
    assert [(n.date, n.text) for n in prof.news] == [
        ("2024-02-03", "Paper accepted at ICLR."), ("2024-01-10", "Started internship at Example Research.")]
    # two entries in one <p>, separated by <br><br>
    assert [(x.title, x.year, x.venue, x.notes, [a.is_self for a in x.authors]) for x in prof.publications] == [
        ("Diffusion Policies for Legged Robots", 2024, "ICLR", [], [True, False]),
        ("Learning to Walk in Ten Minutes", 2023, "CoRL", ["Oral"], [False, True, False]),
    ]
    # the table's header row names the columns
    assert [(s.name, s.institution, s.url) for s in prof.students] == [
        ("Ana Ruiz", "UC Berkeley", "https://ana.example.org"), ("Li Wei", "Tsinghua University", None)]
    assert [(a.name, a.year) for a in prof.awards] == [
        ("NSF Graduate Research Fellowship", 2021), ("Stanford Graduate Fellowship", 2020)]
    assert prof.unparsed == []
    assert doc.sections[_line(doc.path, "<b>News</b>")] == "news"
    assert doc.sections[_line(doc.path, "<b>Mentoring</b>")] == "students"


CJK_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>王小明 Xiaoming Wang</title>
<script>var e = "wang" + "@" + "example.edu"; document.write(e);</script>
</head>
<body>
<div class="header">
<h1>王小明 (Xiaoming Wang)</h1>
<p>Associate Professor at <a href="https://www.sjtu.example.edu.cn">Shanghai Jiao Tong University</a></p>
<p>Email: wangxm AT sjtu DOT example DOT edu DOT cn</p>
<p><a href="https://dblp.org/pers/hd/w/Wang:Xiaoming">DBLP</a> · <a href="https://www.zhihu.com/people/wang-xm">知乎</a></p>
</div>
<h2>News</h2>
<p>[2024.05] One paper accepted by TPAMI.<br>
[2024.03] Invited talk at VALSE 2024.<br>
[2023.12] Serving as Area Chair for CVPR 2024.</p>
<h2>Publications (* equal contribution, # corresponding author)</h2>
<ol>
<li>Xiaoming Wang*, Yu Liu*, Hong Li#. Efficient Token Pruning for Vision Transformers. IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI), 2024. <a href="https://arxiv.org/pdf/2401.00001.pdf">[PDF]</a></li>
<li>Yu Liu, Xiaoming Wang#. Sparse Attention Is All You Prune. CVPR 2023. <a href="https://github.com/sjtu-vision/sap">[Code]</a> <a href="https://www.sjtu.example.edu.cn/~wangxm/">[Project]</a></li>
</ol>
<h2>Professional Activities</h2>
<p>Reviewer for CVPR, ICCV, ECCV, NeurIPS and ICML.</p>
<p>Senior Program Committee member of AAAI 2023.</p>
</body></html>
"""


def test_cjk_heading_br_news_and_legend_in_heading(tmp_path):
    prof = parse_html(_doc(tmp_path, CJK_PAGE), ImportOptions())
    p = prof.person
    assert (p.name, p.alternate_names) == ("Xiaoming Wang", ["王小明"])
    assert p.email == "wangxm@sjtu.example.edu.cn"  # not the address a <script> builds
    assert [(a.name, a.role) for a in p.affiliations] == [("Shanghai Jiao Tong University", "Associate Professor")]
    assert p.identifiers == {"dblp": "hd/w/Wang:Xiaoming", "zhihu": "wang-xm"}
    assert [(n.date, n.text) for n in prof.news] == [
        ("2024-05", "One paper accepted by TPAMI."), ("2024-03", "Invited talk at VALSE 2024."),
        ("2023-12", "Serving as Area Chair for CVPR 2024.")]
    first, second = prof.publications
    assert [(a.name, a.marks) for a in first.authors] == [
        ("Xiaoming Wang", ["equal_contribution"]), ("Yu Liu", ["equal_contribution"]), ("Hong Li", ["corresponding"])]
    assert (first.venue, first.venue_type, first.year, first.arxiv) == ("TPAMI", "journal", 2024, "2401.00001")
    assert (second.title, second.venue, _self_position(second)) == ("Sparse Attention Is All You Prune", "CVPR", 1)
    assert second.links == {"code": "https://github.com/sjtu-vision/sap",
                            "project": "https://www.sjtu.example.edu.cn/~wangxm/"}
    assert [(s.role, s.venues, s.year) for s in prof.service] == [
        ("Reviewer", ["CVPR", "ICCV", "ECCV", "NeurIPS", "ICML"], None),
        ("Senior Program Committee member", ["AAAI"], 2023)]
    assert prof.unparsed == []


PARAGRAPH_PAGE = """<html><head><title>Kofi Mensah's Homepage</title></head>
<body>
<h1>Kofi Mensah</h1>
<p>Research Scientist, Meta AI</p>
<h2>Publications</h2>
<p><b>2023</b></p>
<p><a href="https://arxiv.org/abs/2301.11111"><b>Masked Autoencoders for Audio</b></a><br>
<u>Kofi Mensah</u>, Julia Berg, Omar Haddad<br>
<i>Interspeech 2023</i></p>
<p><a href="https://arxiv.org/abs/2302.22222"><b>Speech Tokenizers Revisited</b></a><br>
Julia Berg, <u>Kofi Mensah</u><br>
<i>ICASSP 2023</i> &mdash; <span style="color:red">Best Student Paper Award</span></p>
<p><b>2022</b></p>
<table>
<tr><td><span class="badge">NeurIPS</span></td>
<td><b>Self-Training for Low-Resource ASR</b><br>Omar Haddad, Kofi Mensah<br>Advances in Neural Information Processing Systems, 2022<br><a href="https://openreview.net/forum?id=abc">OpenReview</a> | <a href="https://github.com/kmensah/st-asr">GitHub</a></td></tr>
</table>
</body></html>
"""


def test_paragraph_entries_bold_year_headings_and_badge_cell(tmp_path):
    doc = _doc(tmp_path, PARAGRAPH_PAGE)
    prof = parse_html(doc, ImportOptions())
    assert (prof.person.name, prof.person.job_title, [a.name for a in prof.person.affiliations]) == (
        "Kofi Mensah", "Research Scientist", ["Meta AI"])
    got = [(p.title, p.year, p.venue, p.venue_full, p.notes, _self_position(p)) for p in prof.publications]
    assert got == [
        ("Masked Autoencoders for Audio", 2023, "Interspeech", None, [], 0),
        ("Speech Tokenizers Revisited", 2023, "ICASSP", None, ["Best Student Paper Award"], 1),
        ("Self-Training for Low-Resource ASR", 2022, "NeurIPS", "Advances in Neural Information Processing Systems", [], 1),
    ]
    assert prof.publications[0].links == {"arxiv": "https://arxiv.org/abs/2301.11111"}
    assert prof.publications[2].links == {"openreview": "https://openreview.net/forum?id=abc",
                                          "code": "https://github.com/kmensah/st-asr"}
    assert prof.publications[1].line == _line(doc.path, "Speech Tokenizers Revisited")
    assert prof.unparsed == []


def _big_page(seed: int) -> str:
    rng = random.Random(seed)
    words = ("neural sparse voxel fields depth learning geometry robust scene matching video object graph "
             "attention diffusion models transformers planning").split()
    first = "Anna Marco Sara Mei Hugo Jonas Priya Lena Omar Ivan Yuki Chen Wei Lara Nina Paul".split()
    last = "Keller Rossi Lindqvist Tanaka Lefevre Weber Raman Novak Haddad Petrov Sato Li Zhang Costa Berg".split()
    items = []
    n = 0
    while sum(map(len, items)) < 45_000:
        n += 1
        title = " ".join(rng.choice(words).capitalize() for _ in range(rng.randint(4, 9)))
        names = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(rng.randint(1, 4))]
        names.insert(rng.randint(0, len(names)), "<b>Lukas Brenner</b>")
        items.append(f"<li><p>{title} {n}<br />\n{', '.join(names)}<br />\n<i>IEEE Conference on Computer "
                     f"Vision and Pattern Recognition (CVPR)</i>, {2000 + n % 24}<br />\n[<a href=\"https://arxiv.org/"
                     f"abs/2308.{10000 + n}\">arXiv</a>] [<a href=\"https://github.com/x/p{n}\">Code</a>]</p>\n</li>\n")
    src = (FIXTURES / "jemdoc.html").read_text(encoding="utf-8")
    cut = src.index("<h3>2023</h3>")
    return src[:cut] + "<h3>2023</h3>\n<ul>\n" + "".join(items) + "</ul>\n" + src[cut:]


def test_a_50kb_page_is_read_whole(tmp_path):
    """Speed is measured by scripts/bench.py import, not here."""
    text = _big_page(1)
    assert 45_000 <= len(text.encode()) <= 60_000
    doc = _doc(tmp_path, text)
    prof = parse_html(doc, ImportOptions())
    assert len(prof.publications) > 100
    assert all(_self_position(p) is not None for p in prof.publications)


def test_names_then_title_citations():
    """'A, B and C, Title, <em>Venue</em>, 12(3), Jul. 2024.': no markup between authors and title; the authors
    end at the name joined by 'and', the title runs to the italic venue (or to a venue-like chunk), the date's
    year wins over a later year in an award note, and a '<Publisher> Link' label is the paper's link."""
    p = import_path(FIXTURES / "names-then-title.html").profile
    got = [(x.title, [a.name for a in x.authors], x.venue, x.year, dict(x.links)) for x in p.publications]
    assert got == [
        ("Sparse Coding of Seismic Traces with Learned Dictionaries", ["Tomasz Nowak", "Marta Kowalczyk"],
         "Geophysical Journal International", 2024, {"paper": "https://journal.example.org/gji/401"}),
        ("Wave Propagation in Layered Media: Bounds and Algorithms",
         ["An Li", "Bo Chen", "Pavel Sokolov", "Marta Kowalczyk"], "Journal of Applied Physics", 2019,
         {"paper": "https://doi.org/10.1000/jap.2019.10"}),
        ("Fast Inversion of Gravity Data", ["Marta Kowalczyk", "Inge Larsen", "Paulo Reis"],
         "IEEE Transactions on Geoscience and Remote Sensing", 2008,
         {"paper": "https://ieeexplore.example.org/document/4542749"}),
        ("Irregular Sampling and Compressive Sensing for Ocean-Bottom Nodes", ["Marta Kowalczyk"], "Geophysics",
         2005, {}),
    ]
    assert [a.is_self for a in p.publications[1].authors] == [False, False, False, True]
    assert p.unparsed == []


def test_numbered_citations_with_in_colon_venues():
    """'A, B, and C D Family. Title. In: Venue (2022).': the colon belongs to the venue (not 'authors: title'),
    and a middle initial written without its dot ('Murat A Yildiz') is still a name."""
    p = import_path(FIXTURES / "numbered-in-colon.html").profile
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [
        ("A Heavy-Tailed Model for Sea Clutter in Radar Images",
         ["Kemal Arslan", "Elif Demir", "Ali Can", "Murat A Yildiz"], 2022),
        ("Bounds on Sparse Recovery", ["Zeynep Kaya", "Deniz Oz", "Elif Demir"], 2021),
    ]
    assert [next(i for i, a in enumerate(x.authors) if a.is_self) for x in p.publications] == [1, 2]


def test_a_line_cut_inside_a_sentence_by_an_element_goes_on():
    """'<U><LI>Owner</U>, B, C, <I>Title</I>': the <LI> inside the underline cuts the line in two, and the part
    that starts with ',' goes on from the owner's name (it used to become the title)."""
    p = import_path(FIXTURES / "old-underlined-owner.html").profile
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [
        ("Ordering in Layered Magnets", ["P R Quill", "A B Stone", "C Lamb"], 1962),
        ("Spin Waves in Thin Films", ["D Owen", "P R Quill"], 1964),
    ]
    assert [a.is_self for a in p.publications[0].authors] == [True, False, False]


def test_two_lists_of_entry_boxes_are_lists_not_two_entries():
    """Two same-shape 'paper-list' boxes (one per heading) each holding 'paper-card' entries: every card is
    an entry (the two lists were read as two entries, so 2 of 6 papers came out)."""
    p = import_path(FIXTURES / "entry-lists.html").profile
    assert [(x.title, x.year, x.venue) for x in p.publications] == [
        ("Cell Maps of the Aging Liver", 2025, "Aging Cell"), ("Clonal Tracing in Organoids", 2024, "Genome Biology"),
        ("A Census of Gut Immune Cells", 2023, "Immunity"), ("Spatial Atlas of the Kidney", 2022, "Nature"),
        ("Single-Cell Views of Fibrosis", 2021, "Cell Reports"), ("Barcodes in Vivo", 2020, "Science")]
    assert [next(i for i, a in enumerate(x.authors) if a.is_self) for x in p.publications] == [0, 1, 0, 1, 1, 2]


def test_footer_mailto_gives_the_email_when_the_page_gives_none(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Rosa Quint</h1><h2>Publications</h2><ul><li><b>Rosa Quint</b>, Ann Lee. "
                    "Seeds on the move. <i>Ecology</i>, 2021.</li></ul>\n"
                    "<footer><ul><li><a class=\"u-email\" href=\"mailto:rquint@example.edu\">rquint@example.edu</a>"
                    "</li></ul></footer></body></html>\n", encoding="utf-8")
    p = import_path(page).profile
    assert p.person.email == "rquint@example.edu"
    assert not [u for u in p.unparsed if "rquint@" in u.text]


def test_a_mailto_link_with_an_escaped_at_sign_gives_the_email_wherever_it_stands(tmp_path):
    # "mailto:ann.lee%40example.org?subject=Hi" in the footer: the footer's reader took the escape as written (no
    # address) while the bio's reader decoded it; one reader of mailto links now serves both
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Ann Lee</h1><p>Ann Lee studies river sand.</p>\n"
                    "<footer><a href=\"mailto:ann.lee%40example.org?subject=Hi\">Write to me</a></footer>"
                    "</body></html>\n", encoding="utf-8")
    assert import_path(page).profile.person.email == "ann.lee@example.org"


def test_a_roster_table_of_one_column_per_kind_of_student_gives_each_cell_a_student(tmp_path):
    # "Guests | Master Students | Bachelor Students": each row holds up to one person of each column's kind; the
    # guests are no students of the owner
    doc = _doc(tmp_path, """<html><head><title>Ines Varga</title></head><body>
<h1>Ines Varga</h1><p>Professor of Soil Ecology, Kvarn University.</p>
<h2>Students</h2>
<table>
<tr><th>Guests</th><th>Master Students</th><th>Bachelor Students</th></tr>
<tr><td>Otto Brenner, 2020</td><td>Lea Sommer, 2019</td><td>Mira Kalnins, 2021</td></tr>
<tr><td>Rosa Delgado, 2018</td><td>Timo Aaltonen, 2016</td><td>Pavel Novak, 2017</td></tr>
</table>
</body></html>
""")
    students = parse_html(doc, ImportOptions()).students
    assert sorted((s.name, s.role) for s in students) == [
        ("Lea Sommer", "master student"), ("Mira Kalnins", "undergraduate"), ("Pavel Novak", "undergraduate"),
        ("Timo Aaltonen", "master student")]


def test_an_italic_two_word_title_opening_a_thesis_entry_is_its_title_not_the_linked_school(tmp_path):
    # "<i>Stone Varieties</i>, Ph.D. thesis, <a>Kvarn University</a>, 2002": two capitalised words look like a
    # name, yet the italic run opening the entry, a venue after it, is the title; the thesis gives the degree
    doc = _doc(tmp_path, """<html><head><title>Ola Berg</title></head><body>
<h1>Ola Berg</h1><p>Professor of Mathematics, Kvarn University.</p>
<h4>Research publications</h4>
<ol>
<li><i>Moss graphs and their duals</i> (with Ida Lund), <i>J. Combin. Moss</i> <b>12</b> (2010), 1-20.
<li><i>Lichen polytopes</i>, <i>Adv. Lichen</i> <b>3</b> (2012), 5-9.
</ol>
<h4>Theses</h4>
<ol>
<li>
<i>Stone Varieties</i>,
  Ph.D. thesis, <a href="http://math.kvarn.edu">Kvarn
  University</a>, 2002.  Advisor: <a href="http://math.kvarn.edu/~tv/">Teodor Vik</a>.
[<a href="papers/thesis.pdf">PDF</a>]
</ol>
</body></html>
""")
    prof = parse_html(doc, ImportOptions())
    assert [p.title for p in prof.publications][-1] == "Stone Varieties"
    assert [(e.institution, e.year) for e in prof.person.education] == [("Kvarn University", 2002)]


# --- More pages of the family (fixtures html/real2-*, people invented, pages written as the generators and templates
# render them): bibtex2html's <dl> output and its <table> variant, jekyll-scholar's default APA list, al-folio's and
# Wowchemy's rendered publications, a WordPress lab page of one citation per <br> line, a university faculty profile.


HTML = Path(__file__).resolve().parents[1] / "fixtures" / "html"


# --- bibtex2html, <dl> ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def b2h_dl():
    return import_path(HTML / "real2-bibtex2html-dl.html").profile


def test_bibtex2html_dl_entries(b2h_dl):
    prof = b2h_dl
    assert prof.person.name == "Margit Halvorsen"
    assert [p.title for p in prof.publications] == [
        "Gradual ownership types for concurrent programs",
        "A calculus of effect handlers with linear resources",
        "Verified compilation of session types",
        "Typestate inference for Rust-like languages",
    ]
    popl = _pub(prof, "Gradual ownership")
    assert _authors(popl) == [("Margit Halvorsen", True, []), ("Tobias Lindqvist", False, []),
                              ("Renata Okafor", False, [])]
    assert (popl.venue, popl.year, popl.pages, popl.doi) == ("POPL", 2023, "112-140", "10.1145/3571212")
    assert popl.abstract.startswith("We present a gradual type system for ownership")
    jfp = _pub(prof, "A calculus of effect")
    assert (jfp.venue, jfp.year, jfp.venue_type) == ("Journal of Functional Programming", 2023, "journal")
    assert [a.is_self for a in jfp.authors] == [False, True]
    thesis = _pub(prof, "Verified compilation")
    assert thesis.venue_type == "thesis" and thesis.year == 2021
    assert [a.name for a in thesis.authors] == ["Renata Okafor"]
    oopsla = _pub(prof, "Typestate inference")
    assert [a.name for a in oopsla.authors] == ["Margit Halvorsen", "Jun-Ho Baek", "Pieter van der Berg",
                                                "Tobias Lindqvist"]
    assert (oopsla.year, oopsla.date, oopsla.volume, oopsla.pages, oopsla.arxiv) == (2021, "2021-10", "5", "1-28",
                                                                                    "2108.01234")


def test_bibtex2html_dl_leftovers(b2h_dl):
    path = HTML / "real2-bibtex2html-dl.html"
    # the generator's credit is not data, nor the "Back to home page" link (the page's navigation)
    assert _line(path, "Back to home page") and b2h_dl.unparsed == []


# --- bibtex2html, <table> ---------------------------------------------------------------------------


def test_bibtex2html_table():
    path = HTML / "real2-bibtex2html-table.html"
    prof = import_path(path).profile
    assert prof.person.name == "Anselm Quiroga"
    assert len(prof.publications) == 3
    sensys = _pub(prof, "Energy-harvesting sensor networks")
    assert _authors(sensys) == [("Anselm Quiroga", True, []), ("Hye-Jin Cho", False, []),
                                ("Daniel P. Ferreira", False, [])]
    assert (sensys.venue, sensys.year, sensys.pages, sensys.doi) == ("SenSys", 2022, "45-58", "10.1145/3560905.3568520")
    assert sensys.line == _line(path, 'name="quiroga-2022-sensys"')
    tosn = _pub(prof, "Intermittent computing")
    assert (tosn.venue, tosn.year, tosn.volume, tosn.pages) == ("ACM Transactions on Sensor Networks", 2020, "16",
                                                               "21:1-21:30")
    assert [a.is_self for a in tosn.authors] == [False, True]
    ipsn = _pub(prof, "Battery-free localization")
    assert (ipsn.venue, ipsn.year, ipsn.date) == ("IPSN", 2018, "2018-04")
    # only the intro sentence is left; numbering cells and the credit are read
    assert [u.line for u in prof.unparsed] == [_line(path, "Generated from my")]


# --- jekyll-scholar (APA) ---------------------------------------------------------------------------


def test_jekyll_scholar_apa():
    prof = import_path(HTML / "real2-jekyll-scholar.html").profile
    assert prof.person.name == "Priya Raghunathan"
    assert [p.title for p in prof.publications] == [
        "Coral reef soundscapes as indicators of restoration success",
        "Passive acoustic monitoring with low-cost hydrophones",
        "Fish chorus timing tracks lunar phase",
    ]
    coral = _pub(prof, "Coral reef")
    assert _authors(coral) == [("P. Raghunathan", True, []), ("É. Moreau", False, []), ("T. Kimura", False, [])]
    assert (coral.venue, coral.year, coral.doi) == ("Nature Ecology & Evolution", 2022, "10.1038/s41559-022-01701-2")
    pam = _pub(prof, "Passive acoustic")
    assert [a.name for a in pam.authors] == ["T. Kimura", "P. Raghunathan"] and pam.authors[1].is_self
    assert pam.year == 2022 and "OCEANS" in pam.venue
    fish = _pub(prof, "Fish chorus")
    assert [a.name for a in fish.authors] == ["P. Raghunathan", "K. A. Osei", "M. Lindgren", "É. Moreau"]
    assert (fish.venue, fish.year) == ("Marine Ecology Progress Series", 2019)
    assert prof.unparsed == []


# --- al-folio rendered ------------------------------------------------------------------------------


def test_al_folio_rendered():
    prof = import_path(HTML / "real2-al-folio-pubs.html").profile
    assert prof.person.name == "Henrik Solberg"
    assert len(prof.publications) == 3
    occ = _pub(prof, "Occlusion-Aware Neural Radiance Fields")
    assert _authors(occ) == [("Henrik Solberg", True, ["equal_contribution"]),
                             ("Mei-Ling Tsai", False, ["equal_contribution"]), ("Oluwaseun Adeyemi", False, [])]
    assert (occ.venue, occ.year, occ.arxiv) == ("CVPR", 2024, "2403.01234")
    assert occ.links["pdf"] == "https://hsolberg.github.io/assets/pdf/solberg2024occlusion.pdf"
    assert occ.links["code"] == "https://github.com/hsolberg/occnerf"
    assert occ.abstract.startswith("Neural radiance fields degrade")
    survey = _pub(prof, "A Survey of Dynamic Scene Reconstruction")
    # the "2 more authors" toggle keeps the hidden names in its onclick: they are authors too
    assert [a.name for a in survey.authors] == ["Oluwaseun Adeyemi", "Henrik Solberg", "Anders Nygaard",
                                                "Clara Weiss", "Rui Tanaka"]
    assert [a.is_self for a in survey.authors] == [False, True, False, False, False]
    assert not survey.authors_truncated
    assert (survey.venue, survey.doi) == ("TPAMI", "10.1109/TPAMI.2024.3355555")
    svt = _pub(prof, "Sparse Voxel Transformers")
    assert (svt.venue, svt.year, svt.date) == ("NeurIPS", 2022, "2022-12")
    assert [a.name for a in svt.authors] == ["Henrik Solberg", "Anders Nygaard"]
    assert prof.unparsed == []


# --- Wowchemy citation view ---------------------------------------------------------------------------


def test_wowchemy_citation_view():
    prof = import_path(HTML / "real2-wowchemy-pubs.html").profile
    assert prof.person.name == "Sofía Castellanos"
    tides = _pub(prof, "Tidal mixing")
    assert [(a.name, a.is_self) for a in tides.authors] == [("Jonas Eberhardt", False), ("Sofía Castellanos", True),
                                                            ("Wen Zhao", False)]
    assert (tides.venue, tides.year, tides.doi) == ("Journal of Physical Oceanography", 2023, "10.1175/JPO-D-22-0123.1")
    assert tides.links["pdf"].endswith("/eberhardt-2023-tides/eberhardt-2023-tides.pdf")
    eddies = _pub(prof, "Submesoscale eddies")
    assert eddies.authors[0].is_self and eddies.links["code"] == "https://github.com/scastellanos/eddy-tracker"
    ice = _pub(prof, "Sea-ice melt ponds")
    assert [a.is_self for a in ice.authors] == [False, False, True] and ice.year == 2020
    assert prof.unparsed == []


# --- WordPress lab page -------------------------------------------------------------------------------


def test_wordpress_lab_page():
    path = HTML / "real2-wordpress-paras.html"
    prof = import_path(path).profile
    # the site is "Dr. Oyelaran Lab": the owner is the bold author of every entry, not "Oyelaran Lab"
    assert prof.person.name == "T. Oyelaran"
    assert prof.person.job_title == "Associate Professor"
    assert [(a.name, a.department) for a in prof.person.affiliations] == [
        ("University of Delaware", "Department of Plant and Soil Sciences")]
    assert [p.title for p in prof.publications] == [
        "Drought legacy effects on soil fungal networks",
        "Rewetting pulses and microbial carbon use efficiency",
        "Nitrogen deposition alters rhizosphere priming",
    ]
    drought = _pub(prof, "Drought legacy")
    # "Lab members are underlined."
    assert _authors(drought) == [("M. Kessler", False, ["mentee"]), ("T. Oyelaran", True, []), ("J. Park", False, [])]
    assert (drought.venue, drought.year, drought.volume, drought.pages) == ("ISME Journal", 2023, "17", "1021-1033")
    rewet = _pub(prof, "Rewetting pulses")
    assert _authors(rewet) == [("T. Oyelaran", True, []), ("L. Bianchi", False, []), ("C. Nwosu", False, ["mentee"])]
    assert (rewet.venue, rewet.volume, rewet.pages) == ("Soil Biology and Biochemistry", "160", "108345")
    nitro = _pub(prof, "Nitrogen deposition")
    assert (nitro.venue, nitro.year, nitro.volume, nitro.pages) == ("Global Change Biology", 2019, "25", "3012-3024")
    # the tagline and the grant have no field
    assert [u.line for u in prof.unparsed] == [_line(path, "site-description"), _line(path, "NSF CAREER")]


# --- faculty profile ----------------------------------------------------------------------------------


def test_faculty_profile():
    path = HTML / "real2-faculty-profile.html"
    prof = import_path(path).profile
    p = prof.person
    assert p.name == "Rafael Duchamp"
    assert p.job_title == "Associate Professor"
    assert [(a.name, a.department, a.role) for a in p.affiliations] == [
        ("Northfield University", "Department of Chemical Engineering", "Associate Professor")]
    assert p.email == "rduchamp@northfield.edu"
    assert p.location == "Engineering Hall 314"
    assert p.links == {"lab": "https://duchamplab.northfield.edu"}
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Chemical Engineering", "Massachusetts Institute of Technology", 2012),
        ("B.S.", "Chemical Engineering", "Université de Montréal", 2006),
    ]
    assert p.interests == ["Electrocatalysis", "CO2 reduction", "porous materials", "process intensification"]
    copper = _pub(prof, "Copper nanocube")
    assert _authors(copper) == [("R. Duchamp", True, []), ("A. Kowalczyk", False, []), ("S. Iyer", False, [])]
    assert (copper.venue, copper.year, copper.volume, copper.pages) == ("ACS Catalysis", 2023, "13", "2201-2212")
    assert [a.is_self for a in _pub(prof, "Flow-cell design").authors] == [False, True]
    assert _pub(prof, "Metal-organic frameworks").venue == "Advanced Materials"
    assert [(a.name, a.year) for a in prof.awards] == [("NSF CAREER Award", 2018),
                                                      ("Dean's Excellence in Teaching Award", 2020)]
    # the phone number has no field in the model; the photo's relative address has no site to resolve against
    assert [u.line for u in prof.unparsed] == [_line(path, "duchamp.jpg"), _line(path, "Phone:")]


# --- speed --------------------------------------------------------------------------------------------


def test_a_large_bibtex2html_page_is_read_whole(tmp_path):
    """Speed is measured by scripts/bench.py import, not here."""
    src = (HTML / "real2-bibtex2html-dl.html").read_text(encoding="utf-8")
    start, end = src.index("<dl>"), src.index("</dl>") + len("</dl>")
    page = tmp_path / "big.html"
    # (each copy's works numbered: a list that repeats a work word for word names it once)
    copies = "".join(src[start:end].replace("concurrent programs.", f"concurrent programs, part {k}.")
                     .replace("linear resources.", f"linear resources, part {k}.") for k in range(60))
    page.write_text(src[:start] + copies + src[end:], encoding="utf-8")
    assert page.stat().st_size > 50_000
    prof = import_path(page).profile
    assert len(prof.publications) >= 60


def test_al_folio_hidden_authors_after_and_are_all_authors():
    """al-folio's 'C, and <span class="more-authors">3 more authors</span>': the "and" joins every hidden name, so
    the last "and" of the list does not stop it before the last of them."""
    page = """<html><body><h2>publications</h2><ol class="bibliography"><li><div class="row">
<div id="roe2023" class="col-sm-8"><div class="title">Ice Shelf Melt Under Warm Tides</div>
<div class="author">Ana Roe, <em>Carl Mendez</em>, and <span class="more-authors" title="click to view 3 more authors"
 onclick="var more_authors_text = element.text() == '3 more authors' ? 'Dora Hill, Eli Park, Finn Vale' : '3 more authors';"
>3 more authors</span></div>
<div class="periodical"><em>Journal of Glaciology</em> 2023</div></div></div></li></ol></body></html>"""
    pub = parse_html(SourceDoc(Path("index.html"), page), ImportOptions(owner="Carl Mendez")).publications[0]
    assert [a.name for a in pub.authors] == ["Ana Roe", "Carl Mendez", "Dora Hill", "Eli Park", "Finn Vale"]


@pytest.mark.parametrize("hidden", ["Hill, D., Park, E.", "Hill, Dora, Park, Eli"])
def test_al_folio_hidden_authors_family_first_keep_their_pairs(hidden):
    """Hidden names written family name first ("Hill, Dora, Park, Eli"): no "and" goes inside the last pair."""
    page = f"""<html><body><h2>publications</h2><ol class="bibliography"><li><div class="row">
<div id="roe2023" class="col-sm-8"><div class="title">Ice Shelf Melt Under Warm Tides</div>
<div class="author">Roe, A., <em>Mendez, C.</em>, and <span class="more-authors" title="click to view 2 more authors"
 onclick="var more_authors_text = element.text() == '2 more authors' ? '{hidden}' : '2 more authors';"
>2 more authors</span></div>
<div class="periodical"><em>Journal of Glaciology</em> 2023</div></div></div></li></ol></body></html>"""
    pub = parse_html(SourceDoc(Path("index.html"), page), ImportOptions(owner="Carl Mendez")).publications[0]
    assert [a.name.split()[-1] for a in pub.authors] == ["Roe", "Mendez", "Hill", "Park"]


def test_a_work_derived_from_a_molecular_template_is_no_template_credit(tmp_path):
    # the credit of a site's theme is what the site was derived from ("This site is derived from the X template");
    # a paper's title saying a strand was "derived from the lagging-strand template" is a work, and a line "built on
    # the unifying theme of ..." the owner's text, neither dropped as the page's credit
    page = tmp_path / "index.html"
    page.write_text(
        "<html><body>\n<h1>Mara Quell</h1>\n<p>I am a biochemist at the University of Fenwick.</p>\n"
        "<h2>Publications</h2>\n<ul>\n"
        "<li>Mara Quell, Tobin Ash. Primer synthesis derived from the lagging-strand template. "
        "<i>Nucleic Acids Research</i>, 2019.</li>\n"
        "<li>Mara Quell, Ida Roe. Cooperative repair built on the RNA template. <i>Cell Reports</i>, 2021.</li>\n"
        "</ul>\n<h2>Research</h2>\n<ul>\n<li>My projects are built on the unifying theme of genome stability.</li>\n</ul>\n"
        "<p>This website is derived from the Lumen Folio template.</p>\n</body></html>\n", encoding="utf-8")
    p = import_path(page).profile
    assert [x.title for x in p.publications] == ["Primer synthesis derived from the lagging-strand template",
                                                 "Cooperative repair built on the RNA template"]
    unparsed = " ".join(u.text for u in p.unparsed)
    assert "unifying theme" in unparsed and "Lumen Folio" not in unparsed
