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


_CHILD = """
import json, os, sys
from pathlib import Path
from pyoxigraph import Store
import kg.store as S
from kg.build import load_build
build, out = load_build([Path(sys.argv[1])]), Path(sys.argv[2])
single = S._single_threaded()
real, pids = S.write_store, []
S.write_store = lambda *a, **k: (open(out / "pids", "a").write(f"{os.getpid()}\\n"), real(*a, **k))[1]
writer = S.start_store(build, out / "a", "fp", "https://example.org/kg/")
info = writer.wait()
real(build, out / "b", "fp", "https://example.org/kg/")
a, b = (Store.read_only(str(S.read_info(out / x).db)) for x in ("a", "b"))
same = set(a) == set(b) and len(a) > info.quads == len(build.quads)
del a, b
here = S.start_store(build, out / "c", "fp", "https://example.org/kg/")  # RocksDB's threads run now
print(json.dumps({"me": os.getpid(), "single": single, "writers": open(out / "pids").read().split(),
                  "same": same, "then": S._single_threaded(), "here": here._pid is None,
                  "quads": here.wait().quads == info.quads}))
"""


def test_a_store_loaded_in_full_is_written_by_a_child_process_and_holds_what_write_store_writes(tmp_path):
    """start_store forks a child that writes the store while the caller goes on (the build's files), in a
    process of one thread (a fresh one here: the tests before opened RocksDB stores); the wait gives the stamp,
    and the store is the one write_store writes. Once RocksDB's threads run, the store is written here (a child
    forked then waited for RocksDB's background work forever)."""
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", _CHILD, str(GOOD), str(tmp_path)], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout.splitlines()[-1])
    assert got["single"] and got["same"] and got["quads"]
    assert len(got["writers"]) == 2 and got["writers"][0] != str(got["me"]) and got["writers"][1] == str(got["me"])
    assert not got["then"] and got["here"]


def test_a_store_a_rebuild_updates_is_written_here_before_start_store_returns(good_build, tmp_path):
    import os

    made = []

    def fill(path):
        made.append(os.getpid())
        return None  # then loaded in full, here

    writer = S.start_store(good_build, tmp_path, "fp", "https://example.org/kg/", fill=fill)
    assert made == [os.getpid()] and writer._pid is None
    assert writer.wait() == S.read_info(tmp_path)


def test_the_store_childs_error_is_raised_by_the_wait_in_one_line_and_close_ends_a_child(
        good_build, tmp_path, monkeypatch):
    import time

    def fails(build, out, fp, base, fill=None):
        raise LoadError("cannot write: No space left on device", path=str(out))

    monkeypatch.setattr(S, "write_store", fails)
    monkeypatch.setattr(S, "_single_threaded", lambda: True)  # (no RocksDB store used by this child)
    writer = S.start_store(good_build, tmp_path, "fp", "https://example.org/kg/")
    with pytest.raises(LoadError) as got:
        writer.wait()
    assert writer._pid is None and str(got.value) == f"{tmp_path}: cannot write: No space left on device"
    monkeypatch.setattr(S, "write_store", lambda *a, **k: 1 / 0)
    with pytest.raises(LoadError, match="^cannot write the graph store: ZeroDivisionError: division by zero$"):
        S.start_store(good_build, tmp_path, "fp", "https://example.org/kg/").wait()
    writer.close()  # waited for: nothing to end

    monkeypatch.setattr(S, "write_store", lambda *a, **k: time.sleep(60))
    slow = S.start_store(good_build, tmp_path, "fp", "https://example.org/kg/")
    t = time.monotonic()
    slow.close()
    assert time.monotonic() - t < 10
    slow.close()


def test_kg_build_says_in_one_line_why_the_store_was_not_written_and_keeps_the_old_build(built, monkeypatch):
    data, out = built
    before = (out / "graph.nt").read_bytes()
    (data / "p-extra.yaml").write_text((data / sorted(p.name for p in data.glob("*.yaml"))[0]).read_text())
    shutil.rmtree(out / ".cache")  # a cold build: the store loaded in full

    def fails(build, out, fp, base, fill=None):
        raise LoadError("cannot write: No space left on device", path=str(out))

    monkeypatch.setattr(S, "write_store", fails)
    monkeypatch.setattr(S, "_single_threaded", lambda: True)  # written by a child (the tests opened RocksDB stores)
    r = CliRunner().invoke(main, ["build", str(data), "-o", str(out), "-q"], catch_exceptions=False)
    assert r.exit_code != 0
    last = r.output.splitlines()[-1]
    assert last.startswith(f"Error: {out.parent}/.") and last.endswith(": cannot write: No space left on device")
    assert (out / "graph.nt").read_bytes() == before and S.read_info(out).quads > 0
