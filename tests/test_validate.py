"""Validation: each shape has valid and invalid fixture graphs; profiles are located at file:line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import LoadError
from kg.validate import validate_paths

from .conftest import BAD, GOOD

SHAPES = Path(__file__).parent / "shapes"


@pytest.mark.parametrize("path", sorted((SHAPES / "valid").glob("*.ttl")), ids=lambda p: p.stem)
def test_valid_graphs_have_no_violation(path):
    report = validate_paths([path])
    assert report.violations == 0, [r.line() for r in report.results]


@pytest.mark.parametrize("path", sorted((SHAPES / "invalid").glob("*.ttl")), ids=lambda p: p.stem)
def test_invalid_graphs_violate_the_expected_shape(path):
    expect = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# expect: ")
    report = validate_paths([path])
    messages = [r.message for r in report.results if r.severity == "Violation"]
    assert any(expect in m for m in messages), messages
    assert all(r.location == str(path) for r in report.results)


def test_good_profiles_conform_with_warnings_only():
    report = validate_paths([GOOD])
    assert report.violations == 0
    assert report.warnings >= 1
    assert all(r.severity == "Warning" for r in report.results)
    assert report.conforms() and not report.conforms(strict=True)


def test_warning_is_located_at_the_profile_line():
    report = validate_paths([GOOD])
    venue = [r for r in report.results if "no venue" in r.message]
    assert len(venue) == 1
    assert venue[0].location == f"{GOOD / 'charles-babbage.yaml'}:15"
    assert venue[0].focus.endswith("/work/on-the-economy-of-machinery-and-manufactures-1832")


def test_model_problems_are_violations_at_file_line():
    report = validate_paths([BAD])
    assert [(r.location, r.path) for r in report.results] == [
        (f"{BAD / 'broken-publication.yaml'}:7", "publications[1].year"),
        (f"{BAD / 'broken-publication.yaml'}:10", "publications[1].authors[0].marks[0]"),
    ]
    data = json.loads(report.as_json())
    assert data["conforms"] is False and data["violations"] == 2


def test_missing_path_is_a_load_error():
    with pytest.raises(LoadError, match="no such file or folder"):
        validate_paths([Path("nowhere/at/all")])


def test_unparsable_rdf_is_a_load_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <x> .\n:a :b \n")
    with pytest.raises(LoadError, match="not valid turtle"):
        validate_paths([bad])

