"""The HTML-table seed (Peisong Wang's academicpages about.md): every fact tests/seeds/expected.json
records for it, and its notes (owner only underlined in author lists, awards inside the bio,
a <style> block that is chrome, '*' = equal contribution by the common convention)."""

from __future__ import annotations

import pytest

from . import seedcheck

SEED = "peisong-wang.html-table.md"
EXPECTED = seedcheck.expected(SEED)


result = seedcheck.result_fixture(SEED)


@pytest.fixture(scope="module")
def by_title(result):
    pubs = result.profile.publications
    assert len({p.title for p in pubs}) == len(pubs)
    return {p.title: p for p in pubs}


def test_auto_detection_picks_academicpages(result):
    assert result.format == "academicpages"


def test_counts(result):
    seedcheck.check_counts(result, EXPECTED)


def test_person(result):
    person = result.profile.person
    seedcheck.check_person(person, EXPECTED["person"])
    assert person.email == "peisong.wang@nlpr.ia.ac.cn"
    assert person.education[0].field == "Computer Application Technology"
    aff = person.affiliations[0]
    assert (aff.name, aff.role, aff.department) == (
        "Institute of Automation, Chinese Academy of Sciences", "associate researcher",
        "Image & Video Analysis group (IVA)",
    )
    assert person.interests == ["large-scale multi-model pretraining", "efficient neural network computing",
                                "distributed optimization"]


@pytest.mark.parametrize("sample", EXPECTED["publications_sample"], ids=seedcheck.sample_id)
def test_sampled_publication(by_title, sample):
    seedcheck.check_sample(by_title[sample["title"]], sample, exact=("date", "venue"))


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
    # each row's line is where its text starts (the title after the row's picture cell), as for HTML pages
    assert [p.line for p in pubs] == [21, 34, 46, 58, 70, 82, 95, 107, 120, 132]
    assert [p.year for p in pubs] == [2022, 2022, 2021, 2020, 2018, 2020, 2020, 2018, 2017, 2016]
    mm = pubs[-1]
    assert (mm.venue, mm.venue_full, mm.doi) == ("ACM MM", "ACM international conference on Multimedia",
                                                 "10.1145/2964284.2967280")


def test_style_block_separators_and_comments_are_not_data(result):
    assert result.profile.unparsed == []
