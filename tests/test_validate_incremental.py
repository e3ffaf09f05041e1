"""Incremental validation (kg.validate.incremental_findings): after a change to the merged graph, the
previous findings of the focus nodes the change cannot reach plus the findings of the others, validated
on what they read, are the findings of validating the whole new graph, faults and all."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from kg.build import load_build
from kg.shacl import Reach, Validator, sparql_reach
from kg.validate import findings, incremental_findings, validator

ROOT = Path(__file__).resolve().parent.parent
KG = "https://example.org/kg/ns#"
SCHEMA = "https://schema.org/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


@pytest.fixture(scope="module")
def lines() -> list[bytes]:
    text = load_build([ROOT / "data"]).quads.default_text()
    return [line for line in text.split(b"\n") if line]


def canonical(lines) -> bytes:
    # sorted by subject IRI as kg.graph writes it (kg.export.subject_lines bisects on that)
    return b"".join(line + b"\n" for line in sorted(set(lines), key=lambda x: (x[1:x.find(b">")], x)))


def full(text: bytes) -> set:
    return findings(parse(text, format=RdfFormat.N_TRIPLES))


def check(old_lines, new_lines) -> set:
    """Incremental findings of new_lines given old_lines' findings, compared with validating all of it."""
    old_text, new_text = canonical(old_lines), canonical(new_lines)
    old_set, new_set = set(old_text.split(b"\n")) - {b""}, set(new_text.split(b"\n")) - {b""}
    by_object: dict[bytes, list[bytes]] = {}
    for line in old_set:
        o = line[line.find(b" ", line.find(b" ") + 1) + 1:line.rfind(b" .")]
        by_object.setdefault(o, []).append(line)
    got = incremental_findings(full(old_text), new_text, old_set - new_set, new_set - old_set,
                               lambda node: by_object.get(node, []), limit=len(new_set) + 1)
    want = full(new_text)
    assert got is not None
    assert {f.key() for f in got} == {f.key() for f in want}
    assert {(f.key(), f.primary) for f in got} == {(f.key(), f.primary) for f in want}
    return want


def of(lines, predicate: str) -> list[bytes]:
    return [line for line in lines if f" <{predicate}> ".encode() in line]


def subject(line: bytes) -> bytes:
    return line[:line.find(b" ")]


def rename(lines, old: bytes, new: bytes) -> list[bytes]:
    return [line.replace(old + b" ", new + b" ") for line in lines]


def edits(lines, rng: random.Random) -> list:
    """Changes that make faults or mend them, move statements between nodes, merge and split nodes."""
    people = sorted({subject(x) for x in lines if x.endswith(f"{RDF_TYPE} <{SCHEMA}Person> .".encode())})
    works = sorted({subject(x) for x in lines if x.endswith(f"{RDF_TYPE} <{SCHEMA}ScholarlyArticle> .".encode())})
    ranks, shipped = of(lines, KG + "rank"), of(lines, KG + "authorship")
    a, b = rng.sample(people, 2)
    w, rank, shipped_one = rng.choice(works), rng.choice(ranks), rng.choice(shipped)
    return [
        ("a person without a name", lambda ls: [x for x in ls if x not in of([y for y in ls if subject(y) == a],
                                                                            SCHEMA + "name")]),
        ("an authorship without its rank", lambda ls: [x for x in ls if x != rank]),
        ("two authorships share a rank", lambda ls: ls + [ranks[0].replace(b'"1"', b'"2"')]),
        ("an author without an authorship node", lambda ls: ls + [w + f" <{SCHEMA}author> ".encode() + a + b" ."]),
        ("an authorship of no work", lambda ls: [x for x in ls if x != shipped_one]),
        ("an authorship of two works", lambda ls: ls + [w + b" " + shipped_one.split(b" ", 1)[1]]),
        ("a bad email", lambda ls: ls + [a + f' <{SCHEMA}email> "not an address" .'.encode()]),
        ("a person who is no longer a Person", lambda ls: [x for x in ls if not (
            subject(x) == b and x.endswith(f"<{SCHEMA}Person> .".encode()))]),
        ("a person renamed (namesakes renumbered)", lambda ls: rename(ls, a, a[:-1] + b"-9>")),
        ("two people merged", lambda ls: rename(ls, b, a)),
        ("a work's title changed", lambda ls: [x.replace(b'" .', b' (revised)" .') if subject(x) == w and
                                               f"<{SCHEMA}name>".encode() in x else x for x in ls]),
        ("a work removed", lambda ls: [x for x in ls if subject(x) != w]),
    ]


def test_the_shipped_shapes_read_one_hop_out_and_two_incoming_predicates():
    # one hop out: the types of authors, agents, authorships and owners (sh:class), ranks and agents of
    # authorships (the first-author shape and the SHACL-SPARQL constraints)
    assert validator().reach() == Reach(1, frozenset({SCHEMA + "about", KG + "authorship"}), frozenset(
        {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", KG + "rank", KG + "agent"}))


@pytest.mark.parametrize("seed", range(2))
def test_each_change_gives_the_findings_of_validating_everything(lines, seed):
    rng = random.Random(seed)
    for name, change in edits(lines, rng):
        changed = change(list(lines))
        assert set(changed) != set(lines), name
        faults = check(lines, changed)  # the change made
        check(changed, lines)  # and undone (the findings it made are gone again)
        if seed == 0 and name == "an author without an authorship node":
            assert any("has no authorship node" in f.primary for f in faults)


def test_several_changes_at_once_and_in_a_row(lines):
    rng = random.Random(7)
    now = list(lines)
    for _round in range(5):
        after = now
        for _name, change in rng.sample(edits(now, rng), 3):
            after = change(after)
        found = check(now, after)
        now = after
    assert found


@pytest.mark.parametrize("text, depth", [
    ("SELECT $this WHERE { $this <urn:p> ?x . ?x <urn:q> ?y }", 1),
    ("SELECT $this ?v WHERE { $this a ?t ; <urn:p> ?v . OPTIONAL { ?v <urn:q> ?w . ?w <urn:r> ?z } }", 2),
    ("SELECT $this WHERE { $this <urn:p> ?x FILTER NOT EXISTS { ?x <urn:q> ?y } }", 1),
    ("SELECT $this WHERE { ?x <urn:p> $this }", None),  # incoming statements
    ("SELECT $this WHERE { $this <urn:p>/<urn:q> ?x }", None),  # a property path
    ("SELECT $this WHERE { $this ?p ?x }", None),  # any predicate
    ("SELECT $this WHERE { <urn:c> <urn:p> ?x . $this <urn:q> ?x }", None),  # a constant subject
    ("SELECT $this WHERE { { $this <urn:p> ?x } UNION { $this <urn:q> ?x } }", None),
    ("SELECT $this WHERE { $this <urn:p> ?x . BIND(?x AS ?y) ?y <urn:q> ?z }", None),
    ("SELECT $this WHERE { $this <urn:p> [ <urn:q> ?x ] }", None),
    ("SELECT $this WHERE { $this <urn:p> ?x FILTER(EXISTS { ?y <urn:q> ?x }) }", None),
    ("SELECT $this WHERE { $this <urn:p> ?x . ?y <urn:q> ?x }", None),  # ?y bound from its object only
])
def test_sparql_constraints_read_forward_from_this_or_are_validated_in_full(text, depth):
    assert sparql_reach(text) == depth


def test_shapes_reading_incoming_statements_below_the_focus_are_validated_in_full():
    shapes = b"""
@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:S> a sh:NodeShape ; sh:targetClass <urn:C> ;
    sh:property [ sh:path ( <urn:p> [ sh:inversePath <urn:q> ] ) ; sh:minCount 1 ; sh:message "m" ] .
"""
    assert Validator(list(parse(shapes, format=RdfFormat.TURTLE))).reach() is None
    deeper = shapes.replace(b"( <urn:p> [ sh:inversePath <urn:q> ] )", b"( <urn:p> <urn:q> )").replace(
        b"sh:minCount 1", b"sh:class <urn:D>")
    assert Validator(list(parse(deeper, format=RdfFormat.TURTLE))).reach() == Reach(
        2, frozenset(), frozenset({"urn:q", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}))
