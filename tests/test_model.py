"""The profile model: real types, URL repair, partial dates, forbidden extras, the JSON Schema."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kg.model import Author, Person, Profile, Publication, Talk, clean_url, slugify


def test_url_with_raw_spaces_is_percent_encoded_not_dropped():
    pub = Publication(title="T", links={"pdf": "http://www.wangyunhe.site/data/2020 AAAI dropblock.pdf"})
    assert pub.links["pdf"] == "http://www.wangyunhe.site/data/2020%20AAAI%20dropblock.pdf"


def test_url_already_encoded_is_not_encoded_twice():
    assert clean_url("https://x.org/a%20b?q=1&r=2") == "https://x.org/a%20b?q=1&r=2"


@pytest.mark.parametrize("bad", ["not a url", "ftp:/x", "javascript:alert(1)", "http://exa mple.org/"])
def test_bad_urls_are_rejected(bad):
    with pytest.raises(ValidationError):
        Publication(title="T", links={"paper": bad})


def test_unknown_fields_are_errors():
    with pytest.raises(ValidationError) as exc:
        Profile.model_validate({"person": {"name": "A", "nmae": "typo"}})
    assert exc.value.errors()[0]["type"] == "extra_forbidden"


@pytest.mark.parametrize("value,expected", [("2020", "2020"), ("2020-03", "2020-03"), ("2020-03-14", "2020-03-14")])
def test_partial_dates(value, expected):
    assert Publication(title="T", date=value).date == expected


@pytest.mark.parametrize("value", ["2020-13", "2020-02-30", "March 2020", "20"])
def test_bad_dates_are_rejected(value):
    with pytest.raises(ValidationError):
        Publication(title="T", date=value)


def test_year_is_taken_from_date_and_must_agree():
    assert Publication(title="T", date="2019-05").year == 2019
    with pytest.raises(ValidationError):
        Publication(title="T", date="2019-05", year=2020)


def test_a_talk_names_its_title_or_its_event():
    """A seminar visit a page lists by host and date is a talk without a title; a talk with neither is none."""
    assert Talk(event="Harbour Seminar", date="2021-05").title is None
    with pytest.raises(ValidationError, match="a talk names its title or its event"):
        Talk(date="2021-05", place="Lund")


def test_marks_are_a_closed_set_in_canonical_order():
    a = Author(name="X", marks=["corresponding", "equal_contribution", "corresponding"])
    assert a.marks == ["equal_contribution", "corresponding"]
    with pytest.raises(ValidationError):
        Author(name="X", marks=["first"])


def test_email_and_doi_are_checked():
    assert Person(name="A", email="mailto:a@b.org").email == "a@b.org"
    with pytest.raises(ValidationError):
        Person(name="A", email="a at b")
    assert Publication(title="T", doi="https://doi.org/10.1145/3394171.3413621").doi == "10.1145/3394171.3413621"
    with pytest.raises(ValidationError):
        Publication(title="T", doi="11.1/x")


def test_slugs():
    assert slugify("Anbang Yao") == "anbang-yao"
    assert slugify("Zoë O'Neil") == "zoe-oneil"
    assert slugify("王云鹤")  # non-Latin names still get a stable, non-empty slug
    assert slugify("王云鹤") == slugify("王云鹤")
    assert Profile(person=Person(name="Yunhe Wang")).slug == "yunhe-wang"


def test_json_schema_names_the_contract_fields():
    schema = Profile.model_json_schema()
    defs = schema["$defs"]
    assert {"person", "publications", "news", "awards", "students", "service", "unparsed", "source"} <= set(
        schema["properties"])
    assert {"title", "year", "date", "venue", "authors", "authors_truncated", "links", "notes", "abstract"} <= set(
        defs["Publication"]["properties"])
    assert {"name", "marks", "is_self"} <= set(defs["Author"]["properties"])
    assert {"h_index", "citations", "publications"} <= set(defs["Metrics"]["properties"])
    assert defs["Person"]["additionalProperties"] is False


def test_kg_schema_says_a_talk_names_its_title_or_its_event():
    """``kg schema``, the contract hand edits follow, says what the model checks: a talk's title may be left out,
    but a talk names its title or its event (a non-empty text)."""
    import json

    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    talk = json.loads(result.output)["$defs"]["Talk"]
    assert "title" not in talk.get("required", [])
    assert [(alt["required"], alt["properties"][alt["required"][0]]) for alt in talk["anyOf"]] == [
        (["title"], {"type": "string", "minLength": 1}), (["event"], {"type": "string", "minLength": 1})]


def test_a_works_links_are_keyed_by_a_known_kind_or_the_pages_own_label_folded():
    # a site's button of no known kind ("INSPIRE", "Conf. Proc.") keeps its label as the key, in the one form
    # every reader writes (kg.importers.common.link_key): lower-case ASCII words joined by "_"
    pub = Publication(title="T", links={"pdf": "https://a.org/t.pdf", "inspire": "https://b.org/t",
                                        "conf_proc": "https://c.org/t"})
    assert list(pub.links) == ["pdf", "inspire", "conf_proc"]
    for bad in ("Université", "conf proc", "INSPIRE", "_x", "x_", ""):
        with pytest.raises(ValidationError):
            Publication(title="T", links={bad: "https://b.org/t"})
