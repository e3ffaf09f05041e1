"""The paper-aggregator seed: every fact tests/seeds/expected.json records for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.importers import import_path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "anbang-yao.aggregator.txt"
EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))[SEED.name]


@pytest.fixture(scope="module")
def result():
    return import_path(SEED)


@pytest.fixture(scope="module")
def by_title(result):
    return {p.title: p for p in result.profile.publications}


def test_auto_detection_picks_the_aggregator(result):
    assert result.format == "aggregator"


def test_counts(result):
    assert result.counts == EXPECTED["counts"]


def test_person(result):
    person = result.profile.person
    assert person.name == EXPECTED["person"]["name"]
    metrics = person.metrics
    assert metrics is not None
    for key, value in EXPECTED["person"]["metrics"].items():
        assert getattr(metrics, key) == value, key
    assert metrics.source and "aggregator" in metrics.source


@pytest.mark.parametrize("sample", EXPECTED["publications_sample"], ids=lambda s: s["title"][:40])
def test_sampled_publication(by_title, sample):
    pub = by_title[sample["title"]]
    assert pub.year == sample["year"]
    if "date" in sample:
        assert pub.date == sample["date"]
    if sample["year"] is None:
        assert pub.date is None
    assert [a.name for a in pub.authors] == sample["authors"]
    assert pub.authors_truncated == sample["authors_truncated"]
    selves = [i for i, a in enumerate(pub.authors) if a.is_self]
    assert selves == ([] if sample["self_position"] is None else [sample["self_position"]])
    for name, marks in sample.get("marks", {}).items():
        assert next(a for a in pub.authors if a.name == name).marks == marks
    for kind, url in sample.get("links", {}).items():
        assert pub.links[kind] == url


def test_flag_line_with_score_and_no_year(by_title):
    """'62.2CVApr 14Code': score 62.2, category CV, date Apr 14 without a year, code available."""
    pub = by_title["Chain-of-Models Pre-Training: Rethinking Training Acceleration of Vision Foundation Models"]
    assert pub.year is None and pub.date is None
    assert pub.date_text == "Apr 14"
    assert pub.keywords == ["CV"]
    assert "aggregator score 62.2" in pub.notes
    assert "code available" in pub.notes
    assert pub.line == 26


def test_affiliation_tag_is_not_an_author(by_title):
    pub = by_title["Ske2Grid: Skeleton-to-Grid Representation Learning for Action Recognition"]
    assert all("cambridge" not in a.name.lower() for a in pub.authors)
    assert "tag: cambridge" in pub.notes
    assert pub.links["code"] == "https://github.com/OSVAI/Ske2Grid"
    assert pub.abstract.startswith("This paper presents Ske2Grid")


def test_owner_only_where_listed(result):
    pubs = result.profile.publications
    for pub in pubs:
        listed = any(a.name == "Anbang Yao" for a in pub.authors)
        assert any(a.is_self for a in pub.authors) == listed
    assert sum(1 for p in pubs if any(a.is_self for a in p.authors)) == 21  # grep: 21 author lines name him


def test_every_paper_has_a_line_and_an_abstract(result):
    pubs = result.profile.publications
    assert all(p.line for p in pubs)
    assert [p.line for p in pubs] == sorted(p.line for p in pubs)
    assert all(p.abstract for p in pubs)


def test_categories_and_unparsed_scores(result):
    pubs = result.profile.publications
    assert {k for p in pubs for k in p.keywords} == {"CV", "NE", "AI", "GR"}
    assert [(u.line, u.text) for u in result.profile.unparsed] == [(7, "Novelty57%"), (8, "AI Score60")]
