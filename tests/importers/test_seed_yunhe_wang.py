"""The markdown-table seed (Yunhe Wang): every fact tests/seeds/expected.json records for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.importers import import_path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "yunhe-wang.markdown-table.md"
EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))[SEED.name]


@pytest.fixture(scope="module")
def result():
    return import_path(SEED)


@pytest.fixture(scope="module")
def by_title(result):
    return {p.title: p for p in result.profile.publications}


def test_auto_detection_picks_markdown(result):
    assert result.format == "markdown"


def test_counts(result):
    assert result.counts == EXPECTED["counts"]


def test_person(result):
    person = result.profile.person
    exp = EXPECTED["person"]
    assert person.name == exp["name"]
    assert person.alternate_names == [exp["alternate_name"]]
    assert exp["job_title_contains"] in person.job_title
    assert any(exp["affiliation_contains"] in a.name for a in person.affiliations)
    for kind, value in exp["identifiers"].items():
        assert person.identifiers[kind] == value
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        (e["degree"], e["institution"], e.get("year")) for e in exp["education"]
    ]
    assert person.advisors == exp["advisors"]


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


@pytest.mark.parametrize("sample", EXPECTED["publications_sample"], ids=lambda s: s["title"][:40])
def test_sampled_publication(by_title, sample):
    pub = by_title[sample["title"]]
    assert pub.year == sample["year"]
    if "venue" in sample:
        assert pub.venue == sample["venue"]
    assert [a.name for a in pub.authors] == sample["authors"]
    assert pub.authors_truncated is sample.get("authors_truncated", False)
    selves = [i for i, a in enumerate(pub.authors) if a.is_self]
    assert selves == ([] if sample["self_position"] is None else [sample["self_position"]])
    for name, marks in sample.get("marks", {}).items():
        assert next(a for a in pub.authors if a.name == name).marks == marks
    for kind, url in sample.get("links", {}).items():
        assert pub.links[kind] == url


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
