"""kg.store: kg build leaves a graph store; kg query reads it while the inputs are unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import DefaultGraph

from kg import store as S
from kg.facts import GRAPH as FACTS
from kg.cli import main
from kg.errors import LoadError

from .conftest import GOOD


@pytest.fixture
def built(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    out = tmp_path / "build"
    r = CliRunner().invoke(main, ["build", str(data), "-o", str(out), "-q"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return data, out


def _query(*args):
    return CliRunner().invoke(main, ["query", *map(str, args)], catch_exceptions=False)


def test_build_writes_a_store_with_default_and_named_graphs(built):
    data, out = built
    info = S.read_info(out)
    store = S.open_store(out)
    named = sorted(g.value for g in store.named_graphs() if g != FACTS)  # kg's counts for queries (kg.facts)
    assert named and all(g.startswith("https://example.org/kg/source/") for g in named)
    assert len(list(store.quads_for_pattern(None, None, None, DefaultGraph()))) == info.triples > 0
    facts = len(list(store.quads_for_pattern(None, None, None, FACTS)))
    assert facts > 0 and len(store) - facts == info.quads > info.triples
    assert json.loads((out / "store" / "kg-store.json").read_text())["base"] == "https://example.org/kg/"
    assert not [p for p in out.iterdir() if p.name.startswith(".store")]  # no temporary folders left


def test_query_reads_the_store_when_current_and_rebuilds_when_data_changed(built, monkeypatch):
    data, out = built
    assert S.current_store(out, data, None) is not None
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/Person> }"
    first = _query("--build", out, "--data", data, "--format", "csv", count)
    assert first.exit_code == 0

    # the store answers: replacing what the store holds shows through kg query
    from kg import store as store_module
    opened = []
    real_open = store_module.open_store
    monkeypatch.setattr(store_module, "open_store", lambda d: opened.append(d) or real_open(d))
    again = _query("--build", out, "--data", data, "--format", "csv", count)
    assert again.output == first.output and opened == [out]

    # a changed profile makes the store stale: kg query rebuilds and sees the change
    profile = sorted(data.glob("*.yaml"))[0]
    profile.write_text(profile.read_text().replace("publications:", "publications:", 1) + "\n# edited\n")
    opened.clear()
    assert S.current_store(out, data, None) is None
    stale = _query("--build", out, "--data", data, "--format", "csv", count)
    assert stale.exit_code == 0 and opened == [] and stale.output == first.output
    # another base is another graph
    assert S.current_store(out, data, "https://other.example/") is None


def test_a_new_build_replaces_the_store_whole(built):
    data, out = built
    before = S.read_info(out)
    (data / "extra.yaml").write_text("person:\n  name: Zed Zulu\n")
    r = CliRunner().invoke(main, ["build", str(data), "-o", str(out), "-q"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    after = S.read_info(out)
    assert after.fingerprint != before.fingerprint and after.triples > before.triples
    assert _query("--build", out, "--data", data, "--format", "csv",
                  "SELECT ?n WHERE { ?p <https://schema.org/name> 'Zed Zulu' ; <https://schema.org/name> ?n }"
                  ).stdout_bytes == b"n\r\nZed Zulu\r\n"


def test_missing_store_says_to_build(tmp_path):
    with pytest.raises(LoadError, match=r"no graph store here: run `kg build -o .*` first"):
        S.open_store(tmp_path)



def test_store_written_in_chunks_holds_every_quad(good_build, tmp_path):
    """write_store bulk-loads the quads in chunks (the loader holds a whole call in memory): chunks
    of 7 quads give the store one call gives."""
    from pyoxigraph import Store

    S.write_store(good_build, tmp_path / "a", "fp", "https://example.org/kg/", chunk=7)
    S.write_store(good_build, tmp_path / "b", "fp", "https://example.org/kg/", chunk=10**9)
    a, b = (Store.read_only(str(S.read_info(tmp_path / x).db)) for x in ("a", "b"))
    facts = len(list(a.quads_for_pattern(None, None, None, FACTS)))
    assert set(a) == set(b) and len(a) - facts == len(good_build.quads) == S.read_info(tmp_path / "a").quads


def test_the_store_loads_the_builds_text_without_checking_it_again(good_build):
    """load_quads bulk-loads kg's own text without checking its terms again (kg.graph.parse_canonical): the good
    build's store holds what the checking loader makes of the same text, and a line the checking loader rejects
    (a bad percent escape, which no NamedNode kg makes can hold) is loaded as written."""
    from pyoxigraph import RdfFormat, Store

    from kg.graph import CanonicalQuads

    ours, checked = Store(), Store()
    S.load_quads(ours, good_build.quads)
    checked.bulk_load(input=b"".join(t for _g, t in good_build.quads.parts), format=RdfFormat.N_QUADS)
    assert set(ours) == set(checked) and len(ours) > 100
    line = b'<https://example.org/kg/a%zz> <https://schema.org/name> "A" .\n'
    with pytest.raises(SyntaxError):
        Store().bulk_load(input=line, format=RdfFormat.N_QUADS)
    quads = CanonicalQuads()
    quads.add_graph(None, line)
    store = Store()
    S.load_quads(store, quads)
    assert [q.subject.value for q in store] == ["https://example.org/kg/a%zz"]
