"""The HTML-table seed (Peisong Wang's academicpages about.md): every fact tests/seeds/expected.json
records for it, and its notes (owner only underlined in author lists, awards inside the bio,
a <style> block that is chrome, '*' = equal contribution by the common convention)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.importers import import_path
from kg.model import MARKS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "peisong-wang.html-table.md"
EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))[SEED.name]


@pytest.fixture(scope="module")
def result():
    return import_path(SEED)


@pytest.fixture(scope="module")
def by_title(result):
    pubs = result.profile.publications
    assert len({p.title for p in pubs}) == len(pubs)
    return {p.title: p for p in pubs}


def test_auto_detection_picks_academicpages(result):
    assert result.format == "academicpages"


def test_counts(result):
    assert result.counts == EXPECTED["counts"]


def test_person(result):
    person = result.profile.person
    want = EXPECTED["person"]
    assert person.name == want["name"]
    assert want["job_title_contains"] in person.job_title
    assert any(want["affiliation_contains"] in a.name for a in person.affiliations)
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        (e["degree"], e["institution"], e["year"]) for e in want["education"]
    ]
    assert person.advisors == want["advisors"]
    assert person.email == "peisong.wang@nlpr.ia.ac.cn"
    assert person.education[0].field == "Computer Application Technology"
    aff = person.affiliations[0]
    assert (aff.name, aff.role, aff.department) == (
        "Institute of Automation, Chinese Academy of Sciences", "associate researcher",
        "Image & Video Analysis group (IVA)",
    )
    assert person.interests == ["large-scale multi-model pretraining", "efficient neural network computing",
                                "distributed optimization"]


@pytest.mark.parametrize("sample", EXPECTED["publications_sample"], ids=lambda s: s["title"][:40])
def test_sampled_publication(by_title, sample):
    pub = by_title[sample["title"]]
    assert pub.year == sample["year"]
    assert pub.date == sample.get("date")
    assert pub.venue == sample["venue"]
    assert [a.name for a in pub.authors] == sample["authors"]
    assert pub.authors_truncated is sample.get("authors_truncated", False)
    selves = [i for i, a in enumerate(pub.authors) if a.is_self]
    assert selves == ([] if sample["self_position"] is None else [sample["self_position"]])
    # the sample lists the marks of some authors: those must be exactly these
    for name, marks in sample.get("marks", {}).items():
        author = next(a for a in pub.authors if a.name == name)
        assert author.marks == sorted(marks, key=MARKS.index), name
    for kind, url in sample.get("links", {}).items():
        assert pub.links[kind] == url


def test_the_owner_is_the_underlined_author_everywhere(result):
    for pub in result.profile.publications:
        assert pub.authors[0].name == "Peisong Wang" and pub.authors[0].is_self
        assert sum(a.is_self for a in pub.authors) == 1


def test_awards_come_from_the_bio_prose(result):
    awards = [(a.name, a.year, a.line) for a in result.profile.awards]
    assert awards == [
        ("Nvidia scholarship", 2018, 11),
        ("first prize of MicroNet Challenge in NeurIPS 2019", 2019, 11),
        ("StarTrack Program of Microsoft Research Asia", 2021, 11),
    ]


def test_table_rows_map_to_their_source_lines(result):
    pubs = result.profile.publications
    assert [p.line for p in pubs] == [19, 32, 44, 56, 68, 80, 93, 105, 118, 130]
    assert [p.year for p in pubs] == [2022, 2022, 2021, 2020, 2018, 2020, 2020, 2018, 2017, 2016]
    mm = pubs[-1]
    assert (mm.venue, mm.venue_full, mm.doi) == ("ACM MM", "ACM international conference on Multimedia",
                                                 "10.1145/2964284.2967280")


def test_style_block_separators_and_comments_are_not_data(result):
    assert result.profile.unparsed == []
