"""The merge issue's acceptance check, end to end through the CLI, and the shipped data."""

from __future__ import annotations

import json
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


def test_a_hand_made_pair_of_pages(tmp_path):
    """Two invented homepages that cite each other: owners as coauthors ("T. Berg" on his own page),
    a retitled conference paper, a journal paper of the same name two years later, a shared arXiv id,
    two coauthors named Li Wei with different Scholar ids, and two unrelated Jun Park."""
    runner = CliRunner()
    folder, out = tmp_path / "dir", tmp_path / "out"
    for page in sorted((Path(__file__).parent / "fixtures" / "pairs").glob("*.md")):
        assert runner.invoke(main, ["import", str(page), "-o", str(folder)]).exit_code == 0
    r = runner.invoke(main, ["build", str(folder), "-o", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    from kg.build import load_build

    c = load_build([folder]).corpus
    by_name: dict[str, list] = {}
    for node in c.people.values():
        by_name.setdefault(node.person.name, []).append(node)
    assert len(by_name["Mara Olsen"]) == 1 and len(by_name["Tomas Berg"]) == 1
    tomas = by_name["Tomas Berg"][0]
    assert {m.name for m in tomas.mentions} == {"Tomas Berg", "T. Berg"} and len(tomas.mentions) == 7
    assert sorted(n.person.identifiers["google_scholar"] for n in by_name["Li Wei"]) == ["LIWEI0001AAJ", "LIWEI0002AAJ"]
    assert len(by_name["Jun Park"]) == 2
    titles = sorted((w.pub.title, w.pub.year, len(w.mentions)) for w in c.works.values())
    assert titles == [
        ("Depth Priors for Monocular Video", 2021, 1),
        ("Graph Distillation at Scale", 2021, 1),
        ("Learning to Prune with Lottery Tickets: A Survey", 2023, 2),
        ("Robust Depth from Defocus", 2020, 1),
        ("Sparse Routing for Efficient Vision Transformers", 2022, 2),
        ("Sparse Routing for Efficient Vision Transformers", 2024, 1),
    ]
    retitled = next(w for w in c.works.values() if w.pub.year == 2022)
    assert retitled.alternate_titles == ["Sparse Routing for Efficient Vision Transformer Models"]
    report = json.loads((out / "merge-report.json").read_text())
    park = [n for n in report["near_misses"] if n["kind"] == "person" and n["name"] == "Jun Park"]
    assert [p["reason"] for p in park[0]["people"]] == ["same name, no shared coauthor or page"] * 2


@pytest.mark.parametrize("slug", ["anbang-yao", "peisong-wang", "yichen-wei", "yunhe-wang"])
def test_embed_of_each_shipped_person_is_one_profile_page(slug):
    import extruct

    r = CliRunner().invoke(main, ["embed", slug, "--data", str(DATA)])
    assert r.exit_code == 0
    items = extruct.extract(f"<html><head>{r.stdout}</head><body></body></html>", syntaxes=["json-ld"],
                            uniform=False)["json-ld"]
    assert len(items) == 1 and items[0]["@type"] == "ProfilePage"
    assert items[0]["mainEntity"]["@type"] == "Person" and items[0]["mainEntity"]["@id"].endswith(f"/person/{slug}")
    assert all(w["@type"] == "ScholarlyArticle" and w["author"] for w in items[0]["mentions"])
