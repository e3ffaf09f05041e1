"""kg's SHACL compiler against pyshacl, the oracle: every shapes fixture, built graphs and generated graphs.

A result is compared as (focus node, path, source shape, severity, every message). pyshacl names a
blank property shape by its node; both sides name it ``<node shape IRI> > <path>`` here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.vocab import PREFIXES
from kg.resources import shape_files
from kg.shacl import (ShapeError, Validator, _normalize, _rdflib_normalize, curie_with, path_text,
                      store_of)
from kg.validate import findings, from_rdflib, parse_rdf_file, to_rdflib, validate_build

from .conftest import GOOD

SHAPES = Path(__file__).parent / "shapes"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
KG = "https://example.org/kg/ns#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@cache
def _shapes_rdflib() -> rdflib.Graph:
    g = rdflib.Graph()
    for f in shape_files():
        g.parse(f, format="turtle")
    return g


def _rdflib_path(g: rdflib.Graph, node) -> tuple:
    if isinstance(node, rdflib.URIRef):
        return ("iri", str(node))
    inv = g.value(node, SH.inversePath)
    if inv is not None:
        return ("inv", _rdflib_path(g, inv))
    alt = g.value(node, SH.alternativePath)
    if alt is not None:
        return ("alt", tuple(_rdflib_path(g, p) for p in rdflib.collection.Collection(g, alt)))
    return ("seq", tuple(_rdflib_path(g, p) for p in rdflib.collection.Collection(g, node)))


def oracle(data: rdflib.Graph) -> set[tuple]:
    """pyshacl's results on an rdflib graph, keyed like :meth:`kg.shacl.Finding.key`."""
    from pyshacl import validate

    sg = _shapes_rdflib()
    _conforms, report, _text = validate(data, shacl_graph=sg, inference="none", allow_warnings=True)
    out = set()
    for res in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        shape = report.value(res, SH.sourceShape)
        if isinstance(shape, rdflib.URIRef):
            key = str(shape)
        else:
            parent = sg.value(predicate=SH.property, object=shape)
            assert parent is not None, "pyshacl reported a blank shape that is no sh:property of a node shape"
            key = f"{parent} > {path_text(_rdflib_path(sg, sg.value(shape, SH.path)), curie_with(PREFIXES))}"
        path = report.value(res, SH.resultPath)
        out.add((
            str(report.value(res, SH.focusNode)),
            None if path is None else _rdflib_path(report, path),
            key,
            str(report.value(res, SH.resultSeverity)).rsplit("#", 1)[-1],
            tuple(sorted(str(m) for m in report.objects(res, SH.resultMessage))),
        ))
    return out


def ours(triples) -> set[tuple]:
    return {f.key() for f in findings(triples)}


FIXTURES = sorted((SHAPES / "valid").glob("*.ttl")) + sorted((SHAPES / "invalid").glob("*.ttl"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_results_equal_pyshacl(path):
    g = parse_rdf_file(path)
    expected = oracle(g)
    assert ours(from_rdflib(g)) == expected
    if path.parent.name == "invalid":
        assert any(k[3] == "Violation" for k in expected)


@pytest.mark.parametrize("folder", [GOOD, Path(__file__).parent.parent / "data"], ids=["good", "data"])
def test_built_graph_results_equal_pyshacl(folder):
    from kg.build import load_build

    build = load_build([folder])
    g = to_rdflib(build.triples)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    expected = oracle(g)
    assert ours(build.triples) == expected
    # and the paths print as they did through rdflib's namespace manager
    assert {r.path for r in validate_build(build)} == {
        "" if k[1] is None else path_text(k[1], lambda iri: rdflib.URIRef(iri).n3(g.namespace_manager))
        for k in expected}


def test_rank_of_another_integer_type_is_not_a_shared_rank():
    """A Store reads "2"^^xsd:integer and "2"^^xsd:positiveInteger as one value; rdflib and pyshacl do not."""
    w, a, b, p, q = (ox.NamedNode(f"https://example.org/kg/{n}") for n in "wabpq")
    rank = ox.NamedNode(KG + "rank")

    def graph(dt_b: str) -> list[ox.Triple]:
        t = [ox.Triple(w, ox.NamedNode(KG + "authorship"), a), ox.Triple(w, ox.NamedNode(KG + "authorship"), b),
             ox.Triple(a, rank, ox.Literal("2", datatype=ox.NamedNode(XSD + "positiveInteger"))),
             ox.Triple(b, rank, ox.Literal("2", datatype=ox.NamedNode(XSD + dt_b)))]
        t.append(ox.Triple(w, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                           ox.NamedNode(SCHEMA + "ScholarlyArticle")))
        return t

    shared = "two authorship nodes of this work share rank 2"
    mixed, same = graph("integer"), graph("positiveInteger")
    assert not any(shared in k[4] for k in ours(mixed))
    assert any(shared in k[4] for k in ours(same))
    assert ours(mixed) == oracle(to_rdflib(mixed)) and ours(same) == oracle(to_rdflib(same))


def _shapes(ttl: str) -> Validator:
    head = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
    return Validator(ox.parse(head + ttl, format=ox.RdfFormat.TURTLE))


def test_unknown_component_fails_loudly():
    with pytest.raises(ShapeError, match="sh:minInclusive"):
        _shapes("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minInclusive 1 ; sh:message 'm' ] .")
    with pytest.raises(ShapeError, match="path form"):
        _shapes("ex:S sh:targetClass ex:C ; sh:property [ sh:path [ sh:zeroOrMorePath ex:p ] ; sh:minCount 1 ; "
                "sh:message 'm' ] .")
    with pytest.raises(ShapeError, match="needs an sh:message"):
        _shapes("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .")


def test_compiled_shapes_find_a_missing_name():
    v = _shapes("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:message 'no name' ] .")
    x = ox.NamedNode("http://example.org/x")
    triples = [ox.Triple(x, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         ox.NamedNode("http://example.org/C"))]
    [finding] = v.run(store_of(triples))
    assert (finding.focus, finding.primary, finding.severity) == ("http://example.org/x", "no name", "Violation")


# --- generated graphs ----------------------------------------------------------------------------

NODES = [ox.NamedNode(f"https://example.org/kg/n{i}") for i in range(5)] + [ox.BlankNode("b0")]
CLASSES = [ox.NamedNode(SCHEMA + c) for c in ("Person", "ScholarlyArticle", "Organization", "PropertyValue",
                                              "EducationalOccupationalCredential")] + \
          [ox.NamedNode(KG + c) for c in ("Authorship", "Source", "NewsItem", "Award", "MetricsSnapshot")] + \
          [ox.NamedNode("http://xmlns.com/foaf/0.1/Person"), ox.NamedNode("https://example.org/kg/SubPerson")]
PREDICATES = [ox.NamedNode(SCHEMA + p) for p in (
    "name", "sameAs", "email", "datePublished", "author", "recognizedBy", "about", "text", "jobTitle",
    "affiliation", "image", "description", "isPartOf", "publication", "propertyID", "value")] + \
    [ox.NamedNode(KG + p) for p in ("authorship", "authorsTruncated", "agent", "rank", "unlisted", "role", "year",
                                    "checksum", "hIndex", "citationCount", "publicationCount")]
ROLES = [ox.NamedNode(KG + r) for r in ("EqualContribution", "CorrespondingAuthor", "Unknown")]


def _typed(lexical: str, dt: str) -> ox.Literal:
    return ox.Literal(lexical, datatype=ox.NamedNode(XSD + dt))


LITERALS = [ox.Literal(s) for s in ("", "Ann Lee", "a@b.co", "a@b.co\n", "a b@c.d", "sha256:" + "0" * 64, "x")] + [
    ox.Literal("名", language="zh"), ox.Literal("Ann", language="en"),
    _typed("1", "positiveInteger"), _typed("2", "positiveInteger"), _typed("01", "positiveInteger"),
    _typed("0", "positiveInteger"), _typed("-1", "positiveInteger"), _typed("abc", "positiveInteger"),
    _typed("1", "integer"), _typed("2", "integer"), _typed("0", "nonNegativeInteger"),
    _typed("-3", "nonNegativeInteger"), _typed("true", "boolean"), _typed("1", "boolean"),
    _typed("yes", "boolean"), _typed("false", "boolean"), _typed("2020", "gYear"), _typed("20x", "gYear"),
    _typed("2020-03", "gYearMonth"), _typed("2020-01-05", "date"), _typed("2020-02-30", "date"),
    _typed("2020", "string"),
]
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")

TYPING = st.builds(ox.Triple, st.sampled_from(NODES), st.just(TYPE), st.sampled_from(CLASSES))
STATEMENT = st.builds(ox.Triple, st.sampled_from(NODES), st.sampled_from(PREDICATES),
                      st.sampled_from(NODES + ROLES + LITERALS))
GRAPH = st.tuples(st.lists(TYPING, min_size=1, max_size=8), st.lists(STATEMENT, max_size=25), st.booleans()).map(
    lambda t: t[0] + t[1] + ([ox.Triple(ox.NamedNode("https://example.org/kg/SubPerson"), SUBCLASS,
                                        ox.NamedNode(SCHEMA + "Person"))] if t[2] else []))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GRAPH)
def test_generated_graphs_equal_pyshacl(triples):
    assert ours(triples) == oracle(to_rdflib(triples))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["integer", "positiveInteger", "nonNegativeInteger", "boolean", "gYear", "gYearMonth",
                        "date"]),
       st.text(alphabet="0123456789-+.eTtrufalsZ: ", max_size=12))
def test_literal_fast_paths_agree_with_rdflib(dt, lexical):
    assert _normalize(lexical, XSD + dt) == _rdflib_normalize(lexical, XSD + dt)

