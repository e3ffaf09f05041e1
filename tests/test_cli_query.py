"""kg query at the command line: SPARQL results formats, RDF for CONSTRUCT/DESCRIBE (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results

from kg.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "query"
ALICE = "https://example.org/kg/person/alice-archer"


def run(*args):
    return CliRunner().invoke(main, ["query", "--data", str(FIXTURES), "--build", "no-such-build", *args],
                              catch_exceptions=False)


def test_format_json_is_sparql_results_json():
    r = run("--named", "coauthors", "--param", "person=alice-archer", "--format", "json")
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    assert doc["head"]["vars"] == ["coauthor", "name", "works"]
    first = doc["results"]["bindings"][0]
    assert first["coauthor"] == {"type": "uri", "value": "https://example.org/kg/person/bob-baker"}
    assert first["name"] == {"type": "literal", "value": "Bob Baker"}
    assert first["works"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_xml_and_tsv_parse_as_sparql_results():
    for fmt, parser in (("xml", QueryResultsFormat.XML), ("tsv", QueryResultsFormat.TSV)):
        r = run("--format", fmt, f"SELECT ?n WHERE {{ <{ALICE}> schema:name ?n }}")
        assert r.exit_code == 0
        assert [s["n"].value for s in parse_query_results(r.stdout_bytes, format=parser)] == ["Alice Archer"]


def test_construct_prints_turtle_by_default():
    r = run(f"CONSTRUCT {{ <{ALICE}> schema:name ?n }} WHERE {{ <{ALICE}> schema:name ?n }}")
    assert r.exit_code == 0 and "@prefix schema: <https://schema.org/> ." in r.stdout
    assert [t.object.value for t in parse(r.stdout_bytes, format=RdfFormat.TURTLE)] == ["Alice Archer"]
    r = run("--format", "json-ld", f"DESCRIBE <{ALICE}>")
    assert r.exit_code == 0 and any(t.subject.value == ALICE for t in parse(r.stdout_bytes, format=RdfFormat.JSON_LD))


def test_a_results_format_for_a_graph_is_a_usage_error():
    r = run("--format", "csv", f"DESCRIBE <{ALICE}>")
    assert r.exit_code == 2
    assert r.stderr == ("Error: cannot write a CONSTRUCT or DESCRIBE result as 'csv'; choose from turtle, nt, "
                        "json-ld, rdf-xml\n")


def test_updates_and_service_are_refused_with_exit_2():
    r = run("LOAD <http://example.org/x.ttl>")
    assert r.exit_code == 2 and "LOAD is an update and the graph is read-only" in r.stderr
    r = run("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert r.exit_code == 2 and "SERVICE is not allowed" in r.stderr
