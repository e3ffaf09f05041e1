"""Where the shipped shapes, ontology and JSON-LD context live, installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def asset_dir(name: str) -> Path:
    """``shapes`` or ``ontology``: inside the wheel (``kg/_assets/NAME``) or at the top of a checkout."""
    for candidate in (_PACKAGE / "_assets" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg cannot find its {name}/ folder (looked in {_PACKAGE / '_assets'} and {_PACKAGE.parent})")


def shape_files() -> list[Path]:
    return sorted(asset_dir("shapes").glob("*.ttl"))


def ontology_file() -> Path:
    return asset_dir("ontology") / "kg.ttl"


def queries_dir() -> Path:
    return _PACKAGE / "queries"


def context_file() -> Path:
    return _PACKAGE / "context.jsonld"
