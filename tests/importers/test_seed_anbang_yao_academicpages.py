"""The academicpages seed (Anbang Yao's about.md): every fact tests/seeds/expected.json records
for it, and its notes (a news item hidden in a comment, a title listed twice, years from the
venue line, the page's own mark legend, placeholder links back to the homepage)."""

from __future__ import annotations

import pytest

from . import seedcheck

SEED = "anbang-yao.academicpages.md"
EXPECTED = seedcheck.expected(SEED)
HOME = "https://yaoanbang.github.io/"


result = seedcheck.result_fixture(SEED)


@pytest.fixture(scope="module")
def pubs(result):
    return result.profile.publications


def _one(pubs, title, year=None):
    found = [p for p in pubs if p.title == title and (year is None or p.year == year)]
    assert len(found) == 1, (title, year, [(p.title, p.year) for p in found])
    return found[0]


def test_auto_detection_picks_academicpages(result):
    assert result.format == "academicpages"


def test_counts(result):
    seedcheck.check_counts(result, EXPECTED)


def test_person(result):
    person = result.profile.person
    seedcheck.check_person(person, EXPECTED["person"])
    # the homepage is the site the placeholder links point back at
    assert person.homepage == HOME
    assert person.description.startswith("Anbang Yao got his Ph.D. degree")


@pytest.mark.parametrize("sample", EXPECTED["publications_sample"], ids=seedcheck.sample_id)
def test_sampled_publication(pubs, sample):
    seedcheck.check_sample(_one(pubs, sample["title"], sample["year"]), sample, exact=("date", "venue"))


def test_news_hidden_in_a_comment_does_not_count(result):
    news = result.profile.news
    assert len(news) == 17
    assert all("CVIU" not in n.text for n in news)  # <!--+ July 9th, 2020. One paper accepted to CVIU.-->
    assert news[0].date == "2021-07-22" and news[0].line == 21
    assert news[0].text.startswith("Our SNNs (Sub-bit Network Networks)")
    assert news[-1].date == "2016-03-01"
    assert [n.line for n in news] == list(range(21, 38))


def test_a_title_listed_twice_is_two_publications(pubs):
    title = "Learning Two-View Correspondences and Geometry Using Order-Aware Network"
    twice = [p for p in pubs if p.title == title]
    assert [(p.year, p.venue, p.line) for p in twice] == [
        (2021, "IEEE Trans. on Pattern Analysis and Machine Intelligence", 51),
        (2019, "ICCV", 68),
    ]
    assert [a.name for a in twice[0].authors][3:5] == ["Anbang Yao", "Hongkai Chen"]
    assert twice[0].links == {"code": "https://github.com/zjhthu/OANet"}
    assert twice[0].placeholder_links == {"paper": HOME}


def test_years_of_the_2015_and_before_group_come_from_the_venue_line(pubs):
    last_group = [p for p in pubs if p.line and p.line >= 94]
    assert [p.year for p in last_group] == [2015, 2013, 2012, 2010, 2008]
    assert [p.venue for p in last_group] == [
        "ICMI", "IEEE Trans. on Image Processing", "Pattern Recognition", "Pattern Recognition", "ICASSP",
    ]
    years = [p.year for p in pubs]
    assert years == sorted(years, reverse=True)


def test_the_pages_legend_wins_over_the_common_convention(pubs):
    pub = _one(pubs, "Knowledge Transfer via Dense Cross-layer Mutual-distillation")
    marks = {a.name: a.marks for a in pub.authors}
    assert marks == {"Anbang Yao": ["equal_contribution", "corresponding"],
                     "Dawei Sun": ["equal_contribution", "mentee"]}
    # '*' means a mentored intern here, never equal contribution on its own
    sub_bit = _one(pubs, "Sub-bit Neural Networks: Learning to Compress and Accelerate Binary Neural Networks")
    assert sub_bit.authors[0].marks == ["mentee"]


def test_links_to_the_homepage_itself_are_placeholders(pubs):
    sub_bit = _one(pubs, "Sub-bit Neural Networks: Learning to Compress and Accelerate Binary Neural Networks")
    # [Paper] and [Code is coming soon] both point back at the homepage
    assert sub_bit.links == {}
    assert sub_bit.placeholder_links == {"paper": HOME, "code": HOME}
    for pub in pubs:
        assert HOME not in pub.links.values()
    elq = _one(pubs, "Explicit Loss-Error-Aware Quantization for Low-Bit Deep Neural Networks")
    assert set(elq.links) == {"paper"} and elq.placeholder_links == {"code": HOME}


def test_venues_notes_and_ids(pubs):
    sgc = _one(pubs, "Efficient Semantic Scene Completion Network with Spatial Group Convolution")
    assert (sgc.venue, sgc.venue_full, sgc.notes) == ("ECCV", "European Conference on Computer Vision", ["Oral"])
    hyper = _one(pubs, "HyperNet: Towards Accurate Region Proposal Generation and Joint Object Detection")
    assert hyper.notes == ["Spotlight Oral"]
    ssе = _one(pubs, "Learning Supervised Scoring Ensemble for Emotion Recognition in the Wild")
    assert ssе.notes[:2] == ["Oral", "Winner of EmotiW-AFEW 2017"]
    assert ssе.doi == "10.1145/3136755.3143009"
    inq = _one(pubs, "Incremental Network Quantization: Towards Lossless CNNs with Low-Precision Weights")
    assert inq.arxiv == "1702.03044"
    sight = _one(pubs, "Learning to Draw Sight Lines")
    assert (sight.volume, sight.pages, sight.venue_type) == ("128(5)", "1076-1100", "journal")
    assert all(p.line for p in pubs)


def test_awards_students_service(result):
    p = result.profile
    assert (p.awards[0].year, p.awards[0].line) == (2020, 130)
    gordy = next(a for a in p.awards if a.name.startswith("Gordy Award"))
    assert (gordy.year, gordy.years) == (2016, [2014, 2015, 2016])
    hao = next(s for s in p.students if s.name == "Hao Zhao")
    assert (hao.institution, hao.role, hao.identifiers) == ("Tsinghua University", "intern",
                                                           {"google_scholar": "ygQznUQAAAAJ"})
    assert p.students[1].institution == "ISCAS"
    assert [(s.role, s.venues[:2]) for s in p.service] == [
        ("Conference Program Committee Member, Reviewer", ["CVPR", "ICCV"]),
        ("Journal Reviewer", ["IEEE-TPAMI", "IJCV"]),
    ]
    assert "etc" not in " ".join(p.service[0].venues)


def test_every_line_is_accounted_for(result):
    # only the sentence that introduces the interns is prose no field takes
    assert [(u.line, u.section) for u in result.profile.unparsed] == [(103, "students")]
