"""kg.pool: query worker processes, killed and replaced at the time or memory limit; the row limit."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kg.pool import QueryPool, run_job
from kg.store import open_store, read_info

from .serving import build

FIXTURES = Path(__file__).parent / "fixtures" / "query"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def job(query: str, **extra) -> dict:
    return {"op": "sparql", "query": query, "formats": ("json", "turtle"), **extra}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build(FIXTURES, tmp_path_factory.mktemp("pool"))[1]


def test_row_limit_and_bad_bindings_in_process(built):
    store = open_store(built)
    a = run_job(store, job("SELECT ?s WHERE { ?s ?p ?o }", max_rows=2))
    assert a.status == 503 and a.body.startswith(b"the result has more than 2 rows, the server's limit")
    a = run_job(store, job("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2", max_rows=2))
    assert a.status == 200 and len(json.loads(a.body)["results"]["bindings"]) == 2
    a = run_job(store, job("SELECT ?s WHERE { ?s ?p ?o }", bindings={"s": "not a term"}))
    assert a.status == 400 and a.body == b"binding $s: not an RDF term in N-Triples syntax: not a term\n"


def test_a_worker_past_the_time_limit_is_replaced(built):
    pool = QueryPool(str(read_info(built).db), size=1, timeout=1, max_memory=0)
    try:
        a = pool.run(job(CARTESIAN))
        assert a.status == 503 and a.body == b"query stopped: it ran past the server's time limit of 1 s\n"
        assert pool.restarts == 1
        a = pool.run(job(COUNT))  # waits for the replacement worker, which answers
        assert a.status == 200 and int(json.loads(a.body)["results"]["bindings"][0]["n"]["value"]) > 100
    finally:
        pool.close()


def test_a_worker_past_the_memory_limit_is_replaced(built):
    pool = QueryPool(str(read_info(built).db), size=1, timeout=60, max_memory=250)
    try:
        t0 = time.monotonic()
        a = pool.run(job(CARTESIAN))
        assert a.status == 503, a.body
        assert a.body == b"query stopped: it needed more than 250 MiB of memory (add LIMIT or narrow the query)\n"
        assert time.monotonic() - t0 < 60
        assert pool.run(job(COUNT)).status == 200
    finally:
        pool.close()
