"""Shared fixtures: small profile folders and a built graph of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
GOOD = FIXTURES / "profiles" / "good"
BAD = FIXTURES / "profiles" / "bad"
SEEDS = TESTS / "seeds"
VOCAB = TESTS / "vocab" / "schemaorg-current-https.ttl"


@pytest.fixture
def good_dir(tmp_path: Path) -> Path:
    """A writable copy of the two-researcher fixture folder."""
    dest = tmp_path / "data"
    shutil.copytree(GOOD, dest)
    return dest


@pytest.fixture(scope="session")
def good_build():
    from kg.build import load_build

    return load_build([GOOD])


@pytest.fixture(scope="session")
def schema_terms() -> set[str]:
    """Every class and property IRI of schema.org release 30.0 (bundled in tests/vocab)."""
    import rdflib

    g = rdflib.Graph().parse(VOCAB, format="turtle")
    return {str(s) for s in g.subjects() if str(s).startswith("https://schema.org/")}
