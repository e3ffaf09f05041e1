"""kg.limits: queries refused before parsing, and the time/memory watchdog of kg query.

Regression tests of issue 10: a query nested 10k deep crashed the process (exit -11); SERVICE made
network calls; a cartesian query with ORDER BY aborted at 4 GB (exit -6); there was no time limit.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg import query as Q
from kg.build import load_build
from kg.errors import UsageError
from kg.limits import MAX_DEPTH, QueryRefused, check_query

FIXTURES = Path(__file__).parent / "fixtures" / "query"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l"


@pytest.fixture(scope="module")
def build():
    return load_build([FIXTURES])


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "select * { service silent <http://example.org/sparql> { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/>\nSELECT * WHERE {\n  ?s ?p ?o .\n  SERVICE ex:endpoint { ?s ?q ?r }\n}",
])
def test_service_is_refused(text, build):
    with pytest.raises(QueryRefused, match="SERVICE is not allowed: kg makes no network calls"):
        Q.run(build, text)


@pytest.mark.parametrize("text", [
    'SELECT * WHERE { ?s ?p "SERVICE { ( [" }',
    "SELECT ?service WHERE { ?service ?p ?o } # SERVICE <http://x/>",
    "PREFIX service: <http://x/> SELECT * WHERE { ?s service:SERVICE ?o }",
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o FILTER(?o != '''SERVICE\n{''') }",
    "PREFIX : <http://x/> SELECT * WHERE { ?s :SERVICE ?o }",
])
def test_the_word_service_inside_strings_iris_names_and_comments_is_fine(text, build):
    check_query(text)
    Q.run(build, text)


def test_nesting_is_bounded_before_parsing():
    deep = "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000
    with pytest.raises(QueryRefused, match=f"nested too deep: more than {MAX_DEPTH} levels"):
        check_query(deep)
    check_query("SELECT * WHERE " + "{" * MAX_DEPTH + "}" * MAX_DEPTH)
    with pytest.raises(QueryRefused, match="nested too deep"):
        check_query("SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }")


def test_length_is_bounded():
    with pytest.raises(QueryRefused, match="query too long: 200,0"):
        check_query("SELECT * WHERE { }" + " " * 200_000)


@pytest.mark.parametrize("text", ["DROP ALL", "LOAD <http://example.org/data.ttl>", "CLEAR DEFAULT",
                                  "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                  "# a comment\nINSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"])
def test_updates_are_refused_before_parsing(text, build):
    before = len(build.store)
    with pytest.raises(UsageError, match="is an update and the graph is read-only"):
        Q.run(build, text)
    assert len(build.store) == before


def _kg(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=timeout)


def test_a_query_nested_10k_deep_is_an_error_not_a_crash():
    r = _kg("query", "--data", str(FIXTURES), "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000)
    assert r.returncode == 2
    assert r.stderr == f"Error: query nested too deep: more than {MAX_DEPTH} levels of brackets\n"


def test_a_cartesian_query_with_order_by_stops_at_the_time_limit():
    r = _kg("query", "--data", str(FIXTURES), "--timeout", "1", CARTESIAN)
    assert r.returncode == 2, r.stderr
    assert r.stderr.endswith("Error: query stopped: it ran past the time limit of 1 s (raise it with --timeout SECONDS)\n")
    assert r.stdout == ""


def test_a_cartesian_query_stops_at_the_memory_limit():
    r = _kg("query", "--data", str(FIXTURES), "--timeout", "0", "--max-memory", "300", CARTESIAN)
    assert r.returncode == 2, r.stderr
    assert "Error: query stopped: it needed more than 300 MiB of memory" in r.stderr


def test_service_is_refused_by_kg_query_without_a_connection():
    r = _kg("query", "--data", str(FIXTURES), "SELECT * WHERE { SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } }")
    assert r.returncode == 2
    assert r.stderr == ("Error: SERVICE is not allowed: kg makes no network calls (query the remote endpoint "
                        "directly)\n")
