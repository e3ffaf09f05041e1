"""Paper-aggregator dumps beyond the seed: other categories, no score, no Code flag,
years present or not, several-paragraph and missing abstracts, broken dumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import import_path
from kg.importers.aggregator import FLAG_LINE, detect, parse
from kg.importers.base import ImportOptions, SourceDoc

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "aggregator"


def load(name: str, **kw):
    return import_path(FIX / name, **kw)


@pytest.fixture(scope="module")
def lena():
    return load("lena-varga.txt")


def pubs_of(result):
    return {p.title: p for p in result.profile.publications}


@pytest.mark.parametrize(
    "line, score, cat, date, flags",
    [
        ("CVAug 15, 2023Code", None, "CV", "Aug 15, 2023", "Code"),
        ("62.2CVApr 14Code", "62.2", "CV", "Apr 14", "Code"),
        ("LGMar 3, 2021", None, "LG", "Mar 3, 2021", None),
        ("88CVLGDec 1, 2022", "88", "CVLG", "Dec 1, 2022", None),
        ("NEJuly 7, 2017Code", None, "NE", "July 7, 2017", "Code"),
        ("cs.CLJan 2, 2020", None, "cs.CL", "Jan 2, 2020", None),
    ],
)
def test_flag_line(line, score, cat, date, flags):
    m = FLAG_LINE.match(line)
    assert m is not None
    assert (m.group("score"), m.group("cat"), m.group("date"), m.group("flags")) == (score, cat, date, flags)


@pytest.mark.parametrize("line", ["CVPR 2023", "Code", "In CVPR, Aug 2023.", "ICCV 2019 Oral", "Anbang Yao"])
def test_not_a_flag_line(line):
    assert FLAG_LINE.match(line) is None


def test_person_and_metrics(lena):
    assert lena.format == "aggregator"
    person = lena.profile.person
    assert person.name == "Lena Varga"
    assert person.alternate_names == ["瓦尔加·莲娜"]
    assert person.interests == ["LG", "CL"]
    m = person.metrics
    assert (m.h_index, m.citations, m.publications) == (12, 1200, 27)
    assert m.approximate is True  # "1.2k" citations
    assert m.source == "paper aggregator"
    assert lena.counts == {"publications": 5, "news": 0, "awards": 0, "students": 0, "service": 0}


def test_multi_paragraph_abstract_and_code_link(lena):
    pub = pubs_of(lena)["Sparse Mixtures of Tiny Experts for Streaming Speech Recognition"]
    assert (pub.year, pub.date, pub.keywords) == (2021, "2021-03-03", ["LG"])
    assert pub.abstract.count("\n\n") == 1
    assert pub.abstract.endswith("at a tenth of the compute.")
    assert pub.links == {"code": "https://github.com/lvarga/tiny-experts"}
    assert [a.name for a in pub.authors] == ["Lena Varga", "Tomás Ortega", "Priya Raman"]
    assert pub.authors[0].is_self and not pub.authors_truncated
    assert pub.line == 12


def test_missing_abstract_no_year_and_tag(lena):
    pub = pubs_of(lena)["Probing Multilingual Tokenizers for Morphological Awareness"]
    assert pub.abstract is None
    assert (pub.year, pub.date, pub.date_text) == (None, None, "Nov 2")
    assert [a.name for a in pub.authors] == ["Ahmed Nour", "Lena Varga"]
    assert pub.authors_truncated and pub.authors[1].is_self
    assert pub.notes == ["aggregator score 71.5", "tag: budapest"]
    assert pub.keywords == ["CL"]


def test_other_categories_full_month_and_single_author(lena):
    pubs = pubs_of(lena)
    robot = pubs["Learning to Grasp Deformable Objects from Few Demonstrations"]
    assert (robot.keywords, robot.date, robot.notes, robot.links) == (["RO"], "2019-01-12", [], {})
    solo = pubs["Evolving Compact Recurrent Networks"]
    assert (solo.keywords, solo.date) == (["NE"], "2017-07-07")
    assert [(a.name, a.is_self) for a in solo.authors] == [("Lena Varga", True)]
    assert solo.notes == ["code available"] and solo.links == {}
    two = pubs["Self-Supervised Depth from Event Cameras"]
    assert two.keywords == ["CV", "LG"] and two.notes == ["aggregator score 88"]
    assert two.abstract is None  # last entry, nothing after the authors


def test_unparsed_keeps_only_the_aggregator_score(lena):
    assert [(u.line, u.text) for u in lena.profile.unparsed] == [(8, "Novelty71%")]


def test_spaced_metrics_and_yearless_date():
    r = load("ravi-menon.txt")
    m = r.profile.person.metrics
    assert (m.h_index, m.citations, m.publications, m.approximate) == (5, 310, 9, False)
    pubs = pubs_of(r)
    assert pubs["Dense Retrieval with Learned Query Rewriting"].date == "2024-02-29"
    later = pubs["Click Models for Conversational Search"]
    assert later.date is None and later.date_text == "Sep 30"
    assert r.profile.unparsed == []


def test_owner_option_overrides_first_line():
    r = load("ravi-menon.txt", owner="Ana Costa")
    pub = r.profile.publications[0]
    assert [a.is_self for a in pub.authors] == [False, True]
    # --owner names the researcher in every family (the dump's own first line is another person's name, dropped)
    assert r.profile.person.name == "Ana Costa"


def test_dump_without_papers_is_refused():
    with pytest.raises(SourceError):
        load("no-papers.txt")  # auto: nobody recognises it
    with pytest.raises(SourceError, match="no paper entries"):
        load("no-papers.txt", fmt="aggregator")


def test_detect_is_zero_for_other_formats():
    md = SourceDoc(path=Path("x.md"), text="# Jane Doe\n\n## Publications\n\n- **A Paper**, CVPR 2023\n")
    assert detect(md) == 0.0
    bib = SourceDoc(path=Path("x.bib"), text="@article{a, title={X}, year={2020}}\n")
    assert detect(bib) == 0.0
    seed = SourceDoc.read(Path(__file__).resolve().parents[1] / "seeds" / "anbang-yao.aggregator.txt")
    assert detect(seed) > 0.8


def test_flag_line_without_title_is_unparsed():
    doc = SourceDoc(path=Path("d.txt"), text="Jane Roe\n\nCVMay 2, 2020\nA Title\n\nJane Roe, Bo Li\n\nCVMay 3, 2020\n")
    profile = parse(doc, ImportOptions())
    assert len(profile.publications) == 1
    assert [(u.line, u.text) for u in profile.unparsed] == [(8, "CVMay 3, 2020")]
