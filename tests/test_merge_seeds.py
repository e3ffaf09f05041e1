"""The merge issue's acceptance check, end to end through the CLI, and the shipped data."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.profiles import load_profile

from .conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHIPPED = {
    "anbang-yao.yaml": "anbang-yao.academicpages.md",
    "anbang-yao-2.yaml": "anbang-yao.aggregator.txt",
    "yichen-wei.yaml": "yichen-wei.github-pages.md",
    "yunhe-wang.yaml": "yunhe-wang.markdown-table.md",
    "peisong-wang.yaml": "peisong-wang.html-table.md",
}


def _store(ttl: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    return store


def test_three_seeds_imported_one_after_another_build_one_anbang_and_two_chang_xu(tmp_path):
    runner = CliRunner()
    folder, out = tmp_path / "dir", tmp_path / "out"
    for seed in ("anbang-yao.academicpages.md", "anbang-yao.aggregator.txt", "yunhe-wang.markdown-table.md"):
        r = runner.invoke(main, ["import", str(SEEDS / seed), "-o", str(folder)])
        assert r.exit_code == 0, r.output
    assert sorted(p.name for p in folder.iterdir()) == ["anbang-yao-2.yaml", "anbang-yao.yaml", "yunhe-wang.yaml"]
    r = runner.invoke(main, ["build", str(folder), "-o", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    store = _store(out / "graph.ttl")
    rows = list(store.query("""
        PREFIX schema: <https://schema.org/>
        SELECT ?p (COUNT(DISTINCT ?w) AS ?works) WHERE {
          ?p a schema:Person ; schema:name "Anbang Yao" .
          OPTIONAL { ?w a schema:ScholarlyArticle ; schema:author ?p }
        } GROUP BY ?p"""))
    assert len(rows) == 1 and int(rows[0]["works"].value) == 47
    chang = list(store.query('SELECT ?p WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> "Chang Xu" }'))
    assert len(chang) == 2


def test_shipped_data_builds_into_one_graph_and_validates_clean():
    r = CliRunner().invoke(main, ["validate", str(DATA)])
    assert r.exit_code == 0, r.output
    assert "Violation" not in r.stdout
    assert sorted(p.name for p in DATA.glob("*.yaml")) == sorted(SHIPPED)


@pytest.mark.parametrize("profile,seed", sorted(SHIPPED.items()))
def test_shipped_profiles_are_what_kg_import_makes_of_the_seeds(profile, seed):
    """data/ is importer output (regenerate with scripts/regenerate-data.sh), not hand-edited drift."""
    from kg.importers import import_path

    fresh = import_path(SEEDS / seed).profile.model_dump(mode="json")
    shipped = load_profile(DATA / profile).profile.model_dump(mode="json")
    fresh["source"]["imported_at"] = shipped["source"]["imported_at"]
    assert shipped == fresh
