"""kg.results: the SPARQL 1.1 results formats read back by pyoxigraph's own parser, and RDF for graph results."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, QueryResultsFormat, RdfFormat, parse, parse_query_results

from kg import query as Q
from kg import results as R
from kg.build import load_build
from kg.errors import UsageError

FIXTURES = Path(__file__).parent / "fixtures" / "query"
MIXED = ('SELECT ?s ?n (1.5 AS ?d) (7 AS ?i) ("x"@en AS ?l) ("a\\tb\\nc\\"d" AS ?q) ?unbound '
         "WHERE { ?s schema:name ?n } ORDER BY ?s LIMIT 4")
PARSERS = {"json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML, "tsv": QueryResultsFormat.TSV}


@pytest.fixture(scope="module")
def build():
    return load_build([FIXTURES])


def _solutions(data: bytes, fmt: str):
    parsed = parse_query_results(data, format=PARSERS[fmt])
    return [[sol[v] for v in parsed.variables] for sol in parsed], [v.value for v in parsed.variables]


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_select_round_trips_through_pyoxigraphs_parser(build, fmt):
    """IRIs, typed literals, language tags, escapes and unbound values come back as the same terms."""
    r = Q.run(build, MIXED)
    rows, variables = _solutions(R.serialize(r, fmt), fmt)
    assert variables == r.variables
    assert rows == [list(t) for t in r.terms]
    assert any(isinstance(t[0], NamedNode) for t in r.terms) and r.terms[0][4] == Literal("x", language="en")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_ask_round_trips(build, fmt):
    for text, value in (("ASK { ?w a schema:ScholarlyArticle }", True), ("ASK { ?w a schema:Nothing }", False)):
        assert bool(parse_query_results(R.serialize(Q.run(build, text), fmt), format=PARSERS[fmt])) is value


def test_ask_in_tsv_is_one_boolean_cell(build):
    # SPARQL 1.1 TSV defines no boolean form; kg writes the row engines such as Jena write
    rows, variables = _solutions(R.serialize(Q.run(build, "ASK { ?w a schema:Nothing }"), "tsv"), "tsv")
    assert variables == ["_askResult"] and rows == [[Literal("false", datatype=NamedNode(R.XSD + "boolean"))]]


def test_json_is_the_w3c_shape(build):
    doc = json.loads(R.serialize(Q.run(build, MIXED), "json"))
    assert doc["head"]["vars"] == ["s", "n", "d", "i", "l", "q", "unbound"]
    first = doc["results"]["bindings"][0]
    assert first["d"] == {"type": "literal", "value": "1.5", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
    assert first["l"] == {"type": "literal", "value": "x", "xml:lang": "en"}
    assert first["n"]["type"] == "literal" and "datatype" not in first["n"]  # xsd:string is left implicit
    assert "unbound" not in first


def test_csv_is_plain_values_with_crlf(build):
    data = R.serialize(Q.run(build, MIXED), "csv").decode()
    assert data.startswith("s,n,d,i,l,q,unbound\r\n")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert rows[1][2:5] == ["1.5", "7", "x"] and rows[1][5] == 'a\tb\nc"d' and rows[1][6] == ""
    assert R.serialize(Q.run(build, "ASK {}"), "csv") == b"_askResult\r\ntrue\r\n"


def test_named_query_columns_and_routine_rows_are_typed(build):
    r = Q.run_named(build, "coauthors", person="alice-archer")
    doc = json.loads(R.serialize(r, "json"))
    assert doc["head"]["vars"] == ["coauthor", "name", "works"]  # the parameter column is dropped
    assert doc["results"]["bindings"][0]["works"]["datatype"].endswith("#integer")
    path = Q.run_named(build, "collaboration-distance", person="alice-archer", other="carol-chen")
    assert path.terms is None  # a Python routine: typed from the values
    b = json.loads(R.serialize(path, "json"))["results"]["bindings"][0]
    assert b["person"]["type"] == "uri" and b["distance"]["datatype"].endswith("#integer")


def test_construct_gives_rdf(build):
    r = Q.run(build, "CONSTRUCT { ?p schema:name ?n } WHERE { ?p schema:name ?n ; schema:award ?a }")
    expected = {(NamedNode(s), NamedNode(p), Literal(o)) for s, p, o in r.rows}
    for fmt, rdf in (("turtle", RdfFormat.TURTLE), ("nt", RdfFormat.N_TRIPLES), ("xml", RdfFormat.RDF_XML),
                     ("json", RdfFormat.JSON_LD)):
        got = {(t.subject, t.predicate, t.object) for t in parse(R.serialize(r, fmt), format=rdf)}
        assert got == expected, fmt
    assert R.serialize(Q.run(build, "DESCRIBE <x:none>"), "nt") == b""


def test_formats_that_do_not_fit_the_result_are_refused(build):
    with pytest.raises(UsageError, match="cannot write a SELECT or ASK result as 'turtle'"):
        R.serialize(Q.run(build, "SELECT * {}"), "turtle")
    with pytest.raises(UsageError, match="cannot write a CONSTRUCT or DESCRIBE result as 'csv'"):
        R.serialize(Q.run(build, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"), "csv")


def test_serialization_is_deterministic(build):
    for fmt in ("json", "xml", "csv", "tsv"):
        assert R.serialize(Q.run(build, MIXED), fmt) == R.serialize(Q.run(load_build([FIXTURES]), MIXED), fmt)
