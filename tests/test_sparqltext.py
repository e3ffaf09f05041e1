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


@pytest.mark.parametrize("name, ranges", [
    ("VAR_CHAR", r"[A-Za-z0-9_\u00B7-\uFFFF]"),
    ("NAME_START", r"[A-Za-z_\u00C0-\uFFFF]"),
    ("NAME_CHAR", r"[\w.\-\u00B7-\uFFFF]"),
    ("LOCAL_CHAR", r"[\w.\-:%\\\u00B7-\uFFFF]"),
])
def test_name_classes_are_the_ranges_they_replace(name, ranges):
    import re

    from kg import sparqltext

    fast, slow = re.compile(getattr(sparqltext, name)), re.compile(ranges)
    differ = [hex(c) for c in range(0x10000) if bool(fast.match(chr(c))) != bool(slow.match(chr(c)))]
    assert differ == []


B = NamedNode("x:a")


@pytest.mark.parametrize("text, expected", [
    # each branch of a top-level UNION that mentions the variable gets the VALUES too
    ("SELECT ?p WHERE { { ?p <x:n> ?n } UNION { ?n <x:m> ?p } UNION { ?q ?r ?s } }",
     "SELECT ?p WHERE { VALUES (?p) { (<x:a>) } { VALUES (?p) { (<x:a>) } ?p <x:n> ?n } "
     "UNION { VALUES (?p) { (<x:a>) } ?n <x:m> ?p } UNION { ?q ?r ?s } }"),
    # nested UNIONs, in OPTIONAL and FILTER EXISTS: the same scope
    ("SELECT ?p WHERE { ?a ?b ?c OPTIONAL { { ?p ?q ?r } UNION { { ?p ?t ?u } UNION { ?v ?w ?p } } } }",
     "SELECT ?p WHERE { VALUES (?p) { (<x:a>) } ?a ?b ?c OPTIONAL { { VALUES (?p) { (<x:a>) } ?p ?q ?r } "
     "UNION { VALUES (?p) { (<x:a>) } { VALUES (?p) { (<x:a>) } ?p ?t ?u } UNION { VALUES (?p) { (<x:a>) } "
     "?v ?w ?p } } } }"),
    # a sub-SELECT is another scope: neither a branch that is one nor the branches inside one
    ("SELECT ?p WHERE { { SELECT ?p WHERE { { ?p ?q ?r } UNION { ?p ?s ?t } } } UNION { ?p ?u ?v } }",
     "SELECT ?p WHERE { VALUES (?p) { (<x:a>) } { SELECT ?p WHERE { { ?p ?q ?r } UNION { ?p ?s ?t } } } "
     "UNION { VALUES (?p) { (<x:a>) } ?p ?u ?v } }"),
    # a variable named in a string, an IRI or a comment is not a mention
    ("SELECT ?p WHERE { { ?s ?q '?p' } UNION { ?s <x:?p> ?o # ?p\n } }",
     "SELECT ?p WHERE { VALUES (?p) { (<x:a>) } { ?s ?q '?p' } UNION { ?s <x:?p> ?o # ?p\n } }"),
    # BOUND() and MINUS see where a variable is bound: the branches stay as written
    ("SELECT ?p WHERE { { ?p ?q ?r FILTER (BOUND(?p)) } UNION { ?p ?s ?t } }",
     "SELECT ?p WHERE { VALUES (?p) { (<x:a>) } { ?p ?q ?r FILTER (BOUND(?p)) } UNION { ?p ?s ?t } }"),
    ("SELECT ?p WHERE { { ?p ?q ?r } UNION { ?p ?s ?t } MINUS { ?p ?u ?v } }",
     "SELECT ?p WHERE { VALUES (?p) { (<x:a>) } { ?p ?q ?r } UNION { ?p ?s ?t } MINUS { ?p ?u ?v } }"),
])
def test_union_branches_get_the_values_of_their_variables(text, expected):
    assert with_values(text, {"p": B}) == expected


def test_values_in_union_branches_keep_the_rows():
    """The rows with VALUES in the branches are the rows of the substitution (here on a store where
    the branches match other people too)."""
    from pyoxigraph import Quad, Store

    store = Store()
    a, b, c, n = NamedNode("x:a"), NamedNode("x:b"), NamedNode("x:c"), NamedNode("x:n")
    for s, o in ((a, b), (b, c), (c, a), (a, c)):
        store.add(Quad(s, n, o))
    text = "SELECT ?p ?o ?side WHERE { { ?p <x:n> ?o BIND ('out' AS ?side) } UNION { ?o <x:n> ?p BIND ('in' AS ?side) } } ORDER BY ?o ?side"
    slow = store.query(text, substitutions={Variable("p"): a})
    fast = store.query(with_values(text, {"p": a}))
    assert [tuple(s) for s in fast] == [tuple(s) for s in slow]
