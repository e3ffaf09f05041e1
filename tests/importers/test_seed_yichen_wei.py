"""The GitHub-pages seed (Yichen Wei): every fact tests/seeds/expected.json records for it."""

from __future__ import annotations

import pytest

from . import seedcheck

SEED = "yichen-wei.github-pages.md"
EXPECTED = seedcheck.expected(SEED)


result = seedcheck.result_fixture(SEED)
by_title = seedcheck.by_title


def test_auto_detection_picks_markdown(result):
    assert result.format == "markdown"


def test_counts(result):
    seedcheck.check_counts(result, EXPECTED)


def test_person(result):
    seedcheck.check_person(result.profile.person, EXPECTED["person"])


def test_person_details_from_the_prose(result):
    person = result.profile.person
    assert person.email == "weiyichen@megvii.com"  # obfuscated 'weiyichen at megvii.com'
    assert person.metrics is not None
    assert (person.metrics.citations, person.metrics.h_index) == (11000, 40)
    assert person.metrics.source == "Google Scholar"
    assert person.metrics.approximate is True
    assert person.interests == ["deep learning", "computer vision"]
    megvii = next(a for a in person.affiliations if "Megvii" in a.name)
    assert megvii.role == "Director" and megvii.current and megvii.start_year == 2018
    msra = next(a for a in person.affiliations if a.name == "Microsoft Research Asia")
    assert msra.current is False


@pytest.mark.parametrize("sample", EXPECTED["publications_sample"], ids=seedcheck.sample_id)
def test_sampled_publication(by_title, sample):
    seedcheck.check_sample(by_title[sample["title"]], sample)


def test_tech_reports_have_a_month_and_no_conference(by_title):
    pub = by_title["Balanced Alignment for Face Recognition: A Joint Learning Approach"]
    assert pub.date == "2020-03"
    assert pub.venue is None
    assert pub.venue_type == "preprint"
    assert pub.arxiv == "2003.10168"
    assert by_title["Rethinking on Multi-Stage Networks for Human Pose Estimation"].date == "2019-01"


def test_garbled_title_is_kept_as_the_page_says(by_title):
    garbled = ("Angle-based Search Space Shrinking for Neural Architecture SearcSpherical Feature Transform for "
               "Deep Metric Learningh")
    assert garbled in by_title
    assert by_title[garbled].venue == "ECCV"


def test_doubled_parenthesis_link_is_the_paper(by_title):
    pub = by_title["Pseudo-Mask Augmented Object Detection"]
    assert pub.links["paper"].startswith("http://openaccess.thecvf.com/content_cvpr_2018/papers/Zhao_Pseudo")
    assert "(" not in pub.links["paper"]


def test_notes(by_title):
    assert by_title["Circle Loss: A Unified Perspective of Pair Similarity Optimization"].notes == ["Oral"]
    assert by_title["Towards High Performance Video Object Detection"].notes == ["Spotlight"]
    assert by_title["Prime-Aware Adaptive Distillation"].notes == []


def test_news_and_awards(result):
    news = result.profile.news
    assert [n.date for n in news] == ["2020-03", "2019-11", "2019-04", "2019-01", "2018-07"]
    assert news[0].text.startswith("MEGVII's open source deep learning framework MegEngine")
    assert "https://megengine.org.cn/" in news[0].links
    awards = result.profile.awards
    assert [a.year for a in awards] == [2019, 2018, 2018, 2017, 2016]
    assert all(a.line for a in awards)
    assert awards[0].name.startswith("COCO and Mapillary Challenge 2019, 1st place")


def test_early_publications_link_is_no_publication(result):
    assert not any("Early Publications" in p.title for p in result.profile.publications)
    assert not any(p.title.startswith("Last Modification") for p in result.profile.publications)


def test_items_carry_their_source_line(result):
    pubs = result.profile.publications
    assert pubs[0].line == 49 and pubs[-1].line == 98
    assert result.profile.news[0].line == 34


def test_unparsed_is_only_what_kg_cannot_hold(result):
    # a relative picture (no site address to resolve it against) and the job-opening section; the sentence
    # about product transfers is bio prose, kept in the description with the paragraph about the career
    assert [u.line for u in result.profile.unparsed] == [3, 28, 30]
    assert result.profile.unparsed[1].section.startswith("Job opening")
    assert "My work has been transferred to Kinect Identity in XBox" in result.profile.person.description
