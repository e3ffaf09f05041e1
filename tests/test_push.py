"""kg push: the build uploaded to a real triple store through the SPARQL 1.1 Graph Store Protocol, read back
and queried there, compared with kg query.

Oxigraph: $KG_TEST_OXIGRAPH (a server base URL such as http://127.0.0.1:7878, which .ci/run starts
from the `oxigraph` PyPI package), else an `oxigraph serve` this test starts on a free port when the
binary is installed; on CI a missing Oxigraph is a failure, elsewhere a skip. Virtuoso:
$KG_TEST_VIRTUOSO (its HTTP base URL; .ci/run starts Debian's virtuoso-opensource with
scripts/virtuoso.sh when it installs), else skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.push import PushError, push
from kg.store import open_store, read_info

from .serving import build

FIXTURES = Path(__file__).parent / "fixtures" / "query"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    url = os.environ.get("KG_TEST_OXIGRAPH")
    if url:
        yield url.rstrip("/")
        return
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        if os.environ.get("CI"):
            pytest.fail("no Oxigraph server on CI: .ci/run should start one and set KG_TEST_OXIGRAPH")
        pytest.skip("no Oxigraph server: pip install oxigraph, or set KG_TEST_OXIGRAPH")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


STORES = {"oxigraph": ("/store", "/query"), "virtuoso": ("/sparql-graph-crud", "/sparql")}


@pytest.fixture(scope="module", params=sorted(STORES))
def triple_store(request):
    """(Graph Store endpoint, SPARQL query endpoint) of one real store."""
    if request.param == "oxigraph":
        base = request.getfixturevalue("oxigraph")
    else:
        base = os.environ.get("KG_TEST_VIRTUOSO")
        if not base:
            pytest.skip("no Virtuoso: set KG_TEST_VIRTUOSO (bash scripts/virtuoso.sh DIR starts one)")
    gsp, sparql = STORES[request.param]
    return base.rstrip("/") + gsp, base.rstrip("/") + sparql


def _select(endpoint: str, query: str) -> dict:
    req = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def _values(bindings: list[dict], names: list[str]) -> list[tuple]:
    # stores differ in how they type the literals of a result (Virtuoso writes "typed-literal"): compare values
    return [tuple(b[n]["value"] for n in names) for b in bindings]


def test_push_round_trips_every_graph(triple_store, tmp_path):
    gsp, sparql = triple_store
    data, out = build(FIXTURES, tmp_path)
    store = open_store(out)
    r = CliRunner().invoke(main, ["push", gsp, "--build", str(out)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert "read back the same counts" in r.stderr

    # counted on the store's side with SPARQL, graph by graph, against the local store
    rows = _select(sparql, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    remote = {b["g"]["value"]: int(b["n"]["value"]) for b in rows["results"]["bindings"]}
    merged = "https://example.org/kg/graph/merged"
    from kg.facts import GRAPH as FACTS
    local = {g.value: len(list(store.quads_for_pattern(None, None, None, g))) for g in store.named_graphs()
             if g != FACTS}  # kg's counts for its queries are not data: not pushed
    assert FACTS in set(store.named_graphs()) and FACTS.value not in remote  # (the build kept them; none went)
    from pyoxigraph import DefaultGraph
    local[merged] = len(list(store.quads_for_pattern(None, None, None, DefaultGraph())))
    assert {g: remote.get(g) for g in local} == local

    # a named query on the store gives kg query's rows
    cli = CliRunner().invoke(main, ["query", "--data", str(data), "--build", str(out), "--format", "json",
                                    "--named", "coauthors", "--param", "person=alice-archer"])
    expected = json.loads(cli.stdout)["results"]["bindings"]
    person = "https://example.org/kg/person/alice-archer"
    got = _select(sparql, f"""PREFIX schema: <https://schema.org/>
        SELECT ?coauthor (MIN(STR(?n)) AS ?name) (COUNT(DISTINCT ?work) AS ?works)
        WHERE {{ GRAPH <{merged}> {{ ?work a schema:ScholarlyArticle ; schema:author <{person}>, ?coauthor .
                 FILTER (?coauthor != <{person}>) OPTIONAL {{ ?coauthor schema:name ?n }} }} }}
        GROUP BY ?coauthor ORDER BY DESC(?works) ?name ?coauthor""")
    names = ["coauthor", "name", "works"]
    assert expected and _values(got["results"]["bindings"], names) == _values(expected, names)

    # pushing again replaces each graph: the counts stay the same
    report = push(out, gsp)
    assert report.read_back == report.graphs == {g: local[g] for g in local}


def test_push_to_nothing_is_a_one_line_error(tmp_path):
    data, out = build(FIXTURES, tmp_path)
    with pytest.raises(PushError, match=r"^PUT http://127\.0\.0\.1:\d+/store\?graph=.*: cannot reach the store"):
        push(out, f"http://127.0.0.1:{_free_port()}/store", timeout=5)
    r = CliRunner().invoke(main, ["push", "file:///etc/passwd", "--build", str(out)])
    assert r.exit_code == 2 and r.stderr.startswith("Error: ENDPOINT must be an http(s) URL")


def test_merged_graph_into_the_default_graph(oxigraph, tmp_path):
    _, out = build(FIXTURES, tmp_path)
    report = push(out, oxigraph + "/store", merged_graph="default")
    rows = _select(oxigraph + "/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # Oxigraph: default graph only
    assert int(rows["results"]["bindings"][0]["n"]["value"]) == report.graphs["default"] == read_info(out).triples
    r = CliRunner().invoke(main, ["push", oxigraph + "/store", "--build", str(out), "--merged-graph", "not an iri"])
    assert r.exit_code == 2 and r.stderr == "Error: the merged graph must be an IRI or 'default', not 'not an iri'\n"
