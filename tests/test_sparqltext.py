"""kg.sparqltext: where a bound parameter's VALUES block goes, and that it changes no named query's rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Variable

from kg import query as Q
from kg.build import load_build
from kg.sparqltext import where_group, with_values

FIXTURES = Path(__file__).parent / "fixtures" / "query"


@pytest.mark.parametrize("text, marker", [
    ("SELECT ?s WHERE { ?s ?p ?o }", "{ ?s ?p"),
    ("# WHERE { in a comment\nSELECT ?s { ?s ?p ?o }", "{ ?s ?p"),
    ("SELECT (EXISTS { ?x ?y ?z } AS ?e) ?s WHERE { ?s ?p ?o }", "{ ?s ?p"),
    ("CONSTRUCT { ?s <x:p> ?o } WHERE { ?s ?p ?o }", "{ ?s ?p"),
    ("PREFIX w: <http://x/where> SELECT ?s WHERE { ?s w:where '{' }", "{ ?s w:"),
    ("ASK { ?s ?p ?o }", "{ ?s ?p"),
])
def test_where_group_is_the_top_level_group(text, marker):
    assert where_group(text) == text.index(marker) + 1


def test_no_where_group_means_no_values():
    assert where_group("DESCRIBE <x:a>") is None
    assert with_values("DESCRIBE <x:a>", {"a": NamedNode("x:b")}) is None


def test_values_are_written_by_pyoxigraph_so_a_value_cannot_escape():
    evil = Literal('x" } } ; DROP ALL ; #')
    text = with_values("SELECT ?t WHERE { ?s ?p ?t }", {"t": evil})
    assert text == 'SELECT ?t WHERE { VALUES (?t) { ("x\\" } } ; DROP ALL ; #") } ?s ?p ?t }'


def test_every_named_query_gives_the_rows_of_substitution_alone():
    build = load_build([FIXTURES])
    people = ["alice-archer", "bob-baker", "carol-chen"]
    for q in Q.named_queries():
        if q.python:
            continue
        for person in people:
            values = {}
            for p in q.params:
                if p.kind == "person":
                    values[p.name] = NamedNode(Q.resolve_person(build, person if p.name == "person" else "carol-chen"))
                elif p.kind == "string" and not p.optional:
                    values[p.name] = Literal("graph")
                elif p.default is not None:
                    values[p.name] = Literal(str(p.default), datatype=NamedNode(Q._XSD + "integer"))
            slow = build.store.query(q.sparql, prefixes=Q.PREFIXES,
                                     substitutions={Variable(k): v for k, v in values.items()} or None)
            expected = [tuple(s[v] for v in slow.variables) for s in slow]
            got = Q.run(build, q.sparql, values)
            assert got.terms == expected, (q.name, person)
