"""A second independent check of the academicpages and markdown importers (tests/fixtures/*/real2-*):
per-paper headings, bold-title bullets, year headings, typed sections, an owner abbreviated in author
lists, reference-style links, <details> boxes, Liquid/kramdown leftovers, an education table and
bold/bracketed/italic news dates. Each test states what a careful reader finds on the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.importers import import_path

FIX = Path(__file__).resolve().parents[1] / "fixtures"
AP = FIX / "academicpages"
MD = FIX / "markdown"


def _authors(pub):
    return [a.name for a in pub.authors]


def _owner(pub):
    return [i for i, a in enumerate(pub.authors) if a.is_self]


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
