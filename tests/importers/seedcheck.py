"""What the seed tests (tests/importers/test_seed_*.py) share: loading a seed's entry of
tests/seeds/expected.json, importing the seed once per test module, and the checks every seed
makes of its counts, its person and its sampled publications.

Each seed keeps its own test file; that file names the seed, asserts its format and its notes,
and calls these for the rest of what expected.json records about it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.importers import import_path
from kg.model import MARKS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# the keys of an entry's "person" that check_person knows how to assert
PERSON_KEYS = {"name", "alternate_name", "job_title_contains", "affiliation_contains", "education",
               "identifiers", "advisors", "metrics"}


def expected(seed_name: str) -> dict:
    """The entry of tests/seeds/expected.json for the seed file `seed_name`."""
    return json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))[seed_name]


def result_fixture(seed_name: str):
    """A module-scoped `result` fixture: the seed imported once (bind it as `result = ...`)."""

    @pytest.fixture(scope="module")
    def result():
        return import_path(SEEDS / seed_name)

    return result


@pytest.fixture(scope="module")
def by_title(result):
    """The seed's publications by title (import it into a test module to use it)."""
    return {p.title: p for p in result.profile.publications}


def sample_id(sample: dict) -> str:
    """The pytest id of a sampled publication: the start of its title."""
    return sample["title"][:40]


def check_counts(result, want: dict) -> None:
    assert result.counts == want["counts"]


def check_person(person, want: dict) -> None:
    """Every fact the entry's "person" records: all of its keys must be ones checked here."""
    assert set(want) <= PERSON_KEYS, set(want) - PERSON_KEYS
    assert person.name == want["name"]
    if "alternate_name" in want:
        assert want["alternate_name"] in person.alternate_names
    if "job_title_contains" in want:
        assert want["job_title_contains"] in person.job_title
    if "affiliation_contains" in want:
        assert any(want["affiliation_contains"] in a.name for a in person.affiliations)
    if "education" in want:
        assert [(e.degree, e.institution, e.year) for e in person.education] == [
            (e["degree"], e["institution"], e.get("year")) for e in want["education"]
        ]
    for kind, value in want.get("identifiers", {}).items():
        assert person.identifiers[kind] == value
    if "advisors" in want:
        assert person.advisors == want["advisors"]
    if "metrics" in want:
        metrics = person.metrics
        assert metrics is not None
        for key, value in want["metrics"].items():
            assert getattr(metrics, key) == value, key


def check_sample(pub, sample: dict, *, exact: tuple[str, ...] = ()) -> None:
    """`pub` is the sampled publication `sample` of expected.json.

    "date" and "venue" are compared where the sample gives them; a field named in `exact` is
    compared even where the sample leaves it out (left out then means: none).
    """
    assert pub.year == sample["year"]
    for field in ("date", "venue"):
        if field in sample or field in exact:
            assert getattr(pub, field) == sample.get(field), field
    if sample["year"] is None:
        assert pub.date is None
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


# --- helpers of the family tests ---------------------------------------------------------------


def line_of(path: Path, needle: str, start: int = 1) -> int:
    """1-based number of the first line (from ``start``) of a file containing ``needle``."""
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number >= start and needle in text:
            return number
    raise AssertionError(f"{needle!r} not in {path.name}")


def one_pub(profile, title_start: str):
    """The one publication whose title starts with ``title_start``."""
    found = [p for p in profile.publications if p.title.startswith(title_start)]
    assert len(found) == 1, [p.title for p in profile.publications]
    return found[0]


def author_rows(pub) -> list[tuple[str, bool, list[str]]]:
    """(name, is_self, marks) of each author, in order."""
    return [(a.name, a.is_self, list(a.marks)) for a in pub.authors]
