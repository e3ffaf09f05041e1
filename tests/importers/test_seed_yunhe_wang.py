"""The markdown-table seed (Yunhe Wang): every fact tests/seeds/expected.json records for it."""

from __future__ import annotations

import pytest

from . import seedcheck

SEED = "yunhe-wang.markdown-table.md"
EXPECTED = seedcheck.expected(SEED)


result = seedcheck.result_fixture(SEED)
by_title = seedcheck.by_title


def test_auto_detection_picks_markdown(result):
    assert result.format == "markdown"


def test_counts(result):
    seedcheck.check_counts(result, EXPECTED)


def test_person(result):
    person = result.profile.person
    seedcheck.check_person(person, EXPECTED["person"])
    # the page gives the one alternate name and no other
    assert person.alternate_names == [EXPECTED["person"]["alternate_name"]]


def test_person_details(result):
    person = result.profile.person
    assert person.job_title == "principal researcher"
    assert person.affiliations[0].name == "Huawei Noah's Ark Lab"
    assert person.email == "yunhe.wang@huawei.com"
    assert person.homepage == "http://www.wangyunhe.site/"
    assert person.identifiers == {"google_scholar": "isizOkYAAAAJ", "linkedin": "yunhewangpku", "zhihu": "YunheWang"}
    # the advisors' own profile links are not the owner's identifiers
    assert "RwlJNLcAAAAJ" not in person.identifiers.values()
    for topic in ("computer vision", "deep learning", "model compression", "machine learning"):
        assert topic in person.interests


@pytest.mark.parametrize("sample", EXPECTED["publications_sample"], ids=seedcheck.sample_id)
def test_sampled_publication(by_title, sample):
    seedcheck.check_sample(by_title[sample["title"]], sample)


def test_urls_with_raw_spaces_become_valid_iris(by_title):
    pub = by_title["Beyond Dropout: Feature Map Distortion to Regularize Deep Neural Networks"]
    assert pub.links["pdf"] == "http://www.wangyunhe.site/data/2020%20AAAI%20dropblock.pdf"
    assert pub.links["bibtex"] == "http://www.wangyunhe.site/data/2020%20AAAI%20dropblock.bib"
    assert pub.links["paper"] == "http://www.wangyunhe.site/data/2020%20AAAI%20dropblock.pdf"
    for p in by_title.values():
        assert "pdf" in p.links and " " not in p.links["pdf"]


def test_two_coauthors_named_chang_xu_stay_two_people(by_title):
    pub = by_title["Co-Evolutionary Compression for Unpaired Image Translation"]
    changs = [a for a in pub.authors if a.name == "Chang Xu"]
    assert [a.identifiers for a in changs] == [{"google_scholar": "61b6eYkAAAAJ"}, {"google_scholar": "N4F_3eoAAAAJ"}]
    assert changs[0].url == "https://scholar.google.com.sg/citations?user=61b6eYkAAAAJ"


def test_linked_coauthors_carry_their_profile_ids(by_title):
    pub = by_title["Beyond Dropout: Feature Map Distortion to Regularize Deep Neural Networks"]
    ids = {a.name: a.identifiers for a in pub.authors}
    assert ids["Yehui Tang"] == {}
    assert ids["Yixing Xu"] == {"google_scholar": "32tJoOkAAAAJ"}
    assert ids["Chunjing Xu"]["dblp"].endswith("Xu:Chunjing")


def test_page_spelling_and_summary(by_title):
    assert by_title["Learning Versatile Filters for Efficient Convolutional Neural Networks"].venue == "NeuriPS"
    pub = by_title["Beyond Dropout: Feature Map Distortion to Regularize Deep Neural Networks"]
    assert pub.abstract == "A novel regularization method for improving the performance deep neural networks."
    assert by_title["Packing Convolutional Neural Networks in the Frequency Domain"].venue == "TPAMI"
    assert by_title["Towards Evolutionary Compression"].doi == "10.1145/3219819.3219970"


def test_every_row_is_owned_and_dated(result):
    for pub in result.profile.publications:
        assert sum(a.is_self for a in pub.authors) == 1, pub.title
        assert pub.year and pub.line >= 21


def test_nothing_left_unparsed(result):
    assert result.profile.unparsed == []
