"""The paper-aggregator seed: every fact tests/seeds/expected.json records for it."""

from __future__ import annotations

import pytest

from . import seedcheck

SEED = "anbang-yao.aggregator.txt"
EXPECTED = seedcheck.expected(SEED)


result = seedcheck.result_fixture(SEED)
by_title = seedcheck.by_title


def test_auto_detection_picks_the_aggregator(result):
    assert result.format == "aggregator"


def test_counts(result):
    seedcheck.check_counts(result, EXPECTED)


def test_person(result):
    person = result.profile.person
    seedcheck.check_person(person, EXPECTED["person"])
    metrics = person.metrics
    assert metrics.source and "aggregator" in metrics.source


@pytest.mark.parametrize("sample", EXPECTED["publications_sample"], ids=seedcheck.sample_id)
def test_sampled_publication(by_title, sample):
    seedcheck.check_sample(by_title[sample["title"]], sample)


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
