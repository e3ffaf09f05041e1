"""kg serve over HTTP on a loopback port: the SPARQL 1.1 Protocol (through SPARQLWrapper), read-only,
time limits, content negotiation of the linked-data pages, CORS."""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import NamedNode, RdfFormat, parse
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg import query as Q
from kg.cli import main

from .serving import Server, build

FIXTURES = Path(__file__).parent / "fixtures" / "query"
BASE = "https://example.org/kg/"
ALICE = BASE + "person/alice-archer"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l"
TIMEOUT = 6  # seconds of wall a query may run on the test server
PARAMS = {"person": "alice-archer", "other": "carol-chen", "text": "graph"}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data, out = build(FIXTURES, tmp_path_factory.mktemp("serve"))
    # every query reaches a worker; the time limit is the runaway test's, long enough that a small query on a
    # worker starved by a loaded machine (load 13-20 on 2 cores) still answers in it
    server = Server(out, "--timeout", str(TIMEOUT), "--workers", "2", "--cache-mib", "0")
    yield server, data, out
    server.stop()


def get(url: str, accept: str | None = None, data: bytes | None = None, content_type: str | None = None,
        method: str | None = None):
    headers = {}
    if accept:
        headers["Accept"] = accept
    if content_type:
        headers["Content-Type"] = content_type
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def kg_query_json(data: Path, out: Path, name: str, params: dict) -> dict:
    args = ["query", "--data", str(data), "--build", str(out), "--named", name, "--format", "json"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    r = CliRunner().invoke(main, args, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def _args(q) -> dict:
    return {p.name: PARAMS[p.name] for p in q.params if not p.optional}


@pytest.mark.parametrize("name", [q.name for q in Q.named_queries()])
def test_sparqlwrapper_gets_the_rows_of_kg_query(served, name):
    """Every named query: its .rq text sent by SPARQLWrapper, parameters bound with $name=<term>
    (the RDF4J protocol convention), gives the rows `kg query --named` prints."""
    server, data, out = served
    q = Q.named_query(name)
    args = _args(q)
    expected = kg_query_json(data, out, name, args)
    assert expected["results"]["bindings"] or name in ("awards",), f"{name}: compare something"

    # the named query route gives the same document
    status, headers, body = get(server.url + f"queries/{name}?" + urllib.parse.urlencode(args),
                                accept="application/sparql-results+json")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body) == expected

    if q.python:  # answered by a Python routine: SPARQLWrapper runs its (step) query, compared with the library
        bound = {"person": NamedNode(ALICE)} if q.params else {}  # coauthor-network's SPARQL is the whole query
        step = Q.run(_store(out), q.sparql, bound)
        sw = SPARQLWrapper(server.url + "sparql")
        sw.setQuery(q.sparql)
        if bound:
            sw.addParameter("$person", f"<{ALICE}>")
        sw.setReturnFormat(JSON)
        got = sw.query().convert()
        assert [[b.get(v, {}).get("value") for v in got["head"]["vars"]] for b in got["results"]["bindings"]] == \
            [[None if t is None else t.value for t in row] for row in step.terms]  # lexical forms ("false")
        return

    sw = SPARQLWrapper(server.url + "sparql")
    sw.setQuery(q.sparql)
    for p in q.params:
        if p.name in args:
            resolve = Q.resolve_person if p.kind == "person" else Q.resolve_work
            value = resolve(_store(out), args[p.name]) if p.is_iri else args[p.name]
            sw.addParameter(f"${p.name}", f"<{value}>" if p.is_iri else json.dumps(value))
        elif p.default is not None:
            sw.addParameter(f"${p.name}", f'"{p.default}"^^<http://www.w3.org/2001/XMLSchema#integer>')
    sw.setReturnFormat(JSON)
    got = sw.query().convert()
    params = {p.name for p in q.params}
    keep = [v for v in got["head"]["vars"] if v not in params]
    assert keep == expected["head"]["vars"]
    rows = [{k: v for k, v in b.items() if k in keep} for b in got["results"]["bindings"]]
    assert rows == expected["results"]["bindings"]


_stores = {}


def _store(out: Path):
    from kg.store import open_store
    if out not in _stores:
        _stores[out] = open_store(out)
    return _stores[out]


def _count(server) -> int:
    status, _, body = get(server.url + "sparql?" + urllib.parse.urlencode(
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"}),
        accept="application/sparql-results+json")
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_updates_load_and_service_are_refused_and_the_store_is_unchanged(served):
    server = served[0]
    before = _count(server)
    assert before > 100
    insert = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"
    cases = [
        get(server.url + "sparql", data=insert.encode(), content_type="application/sparql-update"),
        get(server.url + "sparql", data=urllib.parse.urlencode({"update": insert}).encode(),
            content_type="application/x-www-form-urlencoded"),
        get(server.url + "sparql?" + urllib.parse.urlencode({"query": "LOAD <http://127.0.0.1:1/x.ttl>"})),
        get(server.url + "sparql", data=b"DROP ALL", content_type="application/sparql-query"),
        get(server.url + "sparql?" + urllib.parse.urlencode({"query": "CLEAR DEFAULT"})),
    ]
    for status, _, body in cases:
        assert status == 403, body
        assert b"read-only" in body
    status, _, body = get(server.url + "sparql?" + urllib.parse.urlencode(
        {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"}))
    assert status == 400 and body == b"SERVICE is not allowed: kg makes no network calls (query the remote " \
                                     b"endpoint directly)\n"
    # SPARQLWrapper's update path is refused the same way
    sw = SPARQLWrapper(server.url + "sparql")
    sw.setMethod(POST)
    sw.setQuery(insert)
    with pytest.raises(Exception) as exc:
        sw.query()
    assert "403" in str(exc.value) or "read-only" in str(exc.value)
    assert _count(server) == before


def test_a_runaway_query_is_stopped_and_the_next_one_answers(served):
    server = served[0]
    t0 = time.monotonic()
    status, _, body = get(server.url + "sparql?" + urllib.parse.urlencode({"query": CARTESIAN}))
    took = time.monotonic() - t0
    assert status == 503
    # a cartesian product with ORDER BY grows in time and memory at once: whichever limit it meets first on
    # a loaded machine stops it (both are the server's limits, each with its one-line reason)
    assert body == f"query stopped: it ran past the server's time limit of {TIMEOUT} s\n".encode() or (
        body.startswith(b"query stopped: it needed more than ") and body.endswith(
            b" MiB of memory (add LIMIT or narrow the query)\n")), body
    assert took < TIMEOUT + 8
    for _ in range(3):  # the killed worker is replaced; the other keeps answering meanwhile
        assert _count(server) > 100


def test_protocol_forms_and_formats(served):
    server = served[0]
    q = f"SELECT ?n WHERE {{ <{ALICE}> schema:name ?n }}"
    status, headers, body = get(server.url + "sparql", data=q.encode(), content_type="application/sparql-query",
                                accept="text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and body == b"n\r\nAlice Archer\r\n"
    status, headers, body = get(server.url + "sparql", data=urllib.parse.urlencode({"query": q}).encode(),
                                content_type="application/x-www-form-urlencoded",
                                accept="application/sparql-results+xml")
    assert status == 200 and b"<literal>Alice Archer</literal>" in body
    status, headers, body = get(server.url + "sparql?" + urllib.parse.urlencode({"query": q}),
                                accept="text/tab-separated-values")
    assert body == b'?n\n"Alice Archer"\n'
    status, headers, body = get(server.url + "sparql?" + urllib.parse.urlencode(
        {"query": f"DESCRIBE <{ALICE}>"}), accept="application/n-triples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert any(t.subject.value == ALICE for t in parse(body, format=RdfFormat.N_TRIPLES))
    status, _, body = get(server.url + "sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE {"}))
    assert status == 400 and body.startswith(b"bad SPARQL: error at 1:")
    status, _, body = get(server.url + "sparql", data=b"x", content_type="text/plain")
    assert status == 415
    deep = "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000
    status, _, body = get(server.url + "sparql", data=deep.encode(), content_type="application/sparql-query")
    assert status == 400 and b"nested too deep" in body
    status, _, body = get(server.url + "sparql", data=b"#" * (2 << 20), content_type="application/sparql-query")
    assert status == 413
    assert _count(server) > 100  # the server is still up


def test_service_description_and_cors(served):
    server = served[0]
    status, headers, body = get(server.url + "sparql", accept="text/turtle")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    sd = "http://www.w3.org/ns/sparql-service-description#"
    triples = list(parse(body, format=RdfFormat.TURTLE))
    assert any(t.predicate.value == sd + "endpoint" and t.object.value == server.url + "sparql" for t in triples)
    status, headers, _ = get(server.url + "sparql", method="OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_pages_negotiate_html_turtle_and_json_ld(served):
    server = served[0]
    url = server.url + "person/alice-archer"
    status, headers, body = get(url, accept="text/html,application/xhtml+xml,*/*;q=0.8")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and headers["Vary"] == "Accept"
    assert b"<h1>Alice Archer</h1>" in body and b'type="application/ld+json"' in body
    status, headers, body = get(url, accept="text/turtle")
    assert headers["Content-Type"].startswith("text/turtle")
    names = {t.object.value for t in parse(body, format=RdfFormat.TURTLE)
             if t.subject.value == ALICE and t.predicate.value == "https://schema.org/name"}
    assert names == {"Alice Archer"}
    status, headers, body = get(url, accept="application/ld+json")
    assert headers["Content-Type"].startswith("application/ld+json")
    assert any(t.subject.value == ALICE for t in parse(body, format=RdfFormat.JSON_LD))
    status, _, body = get(url + "?format=turtle")
    assert status == 200 and body.startswith(b"@prefix")
    for pic in ("chart.svg", "network.svg"):
        status, headers, body = get(f"{url}/{pic}")
        assert status == 200 and headers["Content-Type"] == "image/svg+xml" and b"<svg" in body
    status, _, body = get(server.url + "person/nobody-here")
    assert status == 404 and b"nothing in the graph has the IRI https://example.org/kg/person/nobody-here" in body
    status, _, body = get(server.url)
    assert status == 200 and b'href="/person/alice-archer"' in body and b'action="/queries/coauthors"' in body


def test_answer_cache_keeps_the_most_recent_within_its_size():
    from kg.pool import Answer
    from kg.serve import AnswerCache

    cache = AnswerCache(limit=8_000)
    for i in range(10):
        cache.put(f"q{i}", Answer(200, "text/csv", b"x" * 900))
    assert cache.size <= 8_000
    assert cache.get("q0") is None and cache.get("q1") is None and cache.get("q9").body == b"x" * 900
    cache.get("q2")  # recently used: kept over q3, the least recently used now
    cache.put("q10", Answer(200, "text/csv", b"y" * 900))
    assert cache.get("q2") is not None and cache.get("q3") is None and cache.get("q10") is not None
    cache.put("big", Answer(200, "text/csv", b"z" * 5_000))  # over an eighth of the cache: not kept
    assert cache.get("big") is None


def test_serve_without_a_store_says_to_build(tmp_path):
    r = CliRunner().invoke(main, ["serve", str(tmp_path / "nothing")])
    assert r.exit_code == 2
    assert r.stderr == f"Error: {tmp_path / 'nothing'}: no graph store here: run `kg build -o {tmp_path / 'nothing'}` first\n"


def test_serve_on_a_busy_port_is_a_one_line_error(served):
    server, _, out = served
    port = urllib.parse.urlsplit(server.url).port
    r = CliRunner().invoke(main, ["serve", str(out), "--port", str(port), "--workers", "1"])
    assert r.exit_code == 2
    assert r.stderr == f"Error: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_iris_minted_with_base_resolve_under_a_url_prefix(tmp_path):
    """Built with --base https://lab.example.edu/kg/ and served with --url-prefix /kg (a proxy forwarding
    lab.example.edu/kg/* unchanged): every IRI's path is its page, and the page's links stay under /kg/."""
    _, out = build(FIXTURES, tmp_path, base="https://lab.example.edu/kg/")
    server = Server(out, "--url-prefix", "/kg", "--workers", "1")
    try:
        assert server.url.endswith("/kg/")
        status, _, body = get(server.url + "person/alice-archer", accept="text/html")
        assert status == 200 and b"<code>https://lab.example.edu/kg/person/alice-archer</code>" in body
        links = re.findall(rb'<a class="(?:work|author|coauthor)" href="([^"]+)"', body)
        assert links and all(link.startswith(b"/kg/") for link in links)
        root = server.url[: -len("kg/")]
        for link in sorted(set(links)):
            assert get(root + link.decode()[1:], accept="text/html")[0] == 200
        status, _, body = get(server.url + "queries/coauthors?person=alice-archer", accept="text/csv")
        assert status == 200 and b"https://lab.example.edu/kg/person/bob-baker" in body
    finally:
        server.stop()
