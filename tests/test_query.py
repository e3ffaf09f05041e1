"""The SPARQL helpers: every named query on the fixture profiles of tests/fixtures/query/,
parameter binding (never pasted into query text), errors, renderers."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store

from kg import query as Q
from kg.build import load_build
from kg.errors import LoadError, UsageError
from kg.resources import queries_dir

FIXTURES = Path(__file__).parent / "fixtures" / "query"
BASE = "https://example.org/kg/"
XSD = "http://www.w3.org/2001/XMLSchema#"
ALICE, BOB, CAROL = BASE + "person/alice-archer", BASE + "person/bob-baker", BASE + "person/carol-chen"
EVE, FRANK, GINA = BASE + "person/eve-evans", BASE + "person/frank-fu", BASE + "person/gina-gray"
SHARED = BASE + "work/shared-paper-on-graphs-2020"
JOURNAL = BASE + "work/alice-journal-study-2019"
MENTORED = BASE + "work/mentored-detection-work-2021"
SPARSE = BASE + "work/bob-and-dan-on-sparse-models-2021"
GINA_PAPER = BASE + "work/carol-learns-with-gina-2022"
EARLY = BASE + "work/early-work-with-dan-2018"
HELPER = BASE + "work/helper-paper-with-frank-2022"
SRC_ALICE, SRC_BOB, SRC_CAROL = BASE + "source/alice", BASE + "source/bob", BASE + "source/carol"
INJECTION = 'x" } ; DROP ALL ; #'


@pytest.fixture(scope="module")
def build():
    return load_build([FIXTURES])


@pytest.fixture(scope="module")
def dan(build):
    """Dan Dong is joined across the three pages by his dblp id; his IRI carries a hash."""
    return Q.resolve_person(build, "Dan Dong")


# --- the catalogue ----------------------------------------------------------------------------


REQUIRED = {
    "publications-by-year", "coauthors", "venues", "mentees", "awards", "first-author-papers", "collaboration",
    "people-without-identifiers", "coauthor-network", "shared-coauthors", "collaboration-distance",
    "mentoring-across-pages", "works-on-several-pages", "people-without-identifiers-on-several-pages",
}


def test_named_queries_are_sorted_and_described():
    queries = Q.named_queries()
    names = [q.name for q in queries]
    assert names == sorted(names)
    assert REQUIRED <= set(names)
    assert len(queries) == len(list(queries_dir().glob("*.rq")))
    for q in queries:
        assert q.description and "\n" not in q.description
        assert q.path.stem == q.name
        d = q.as_dict()
        assert set(d) == {"name", "description", "params"}
        assert json.loads(json.dumps(d)) == d
        for p in q.params:
            assert p.kind in Q.PARAM_KINDS and p.description
            assert {"name", "description", "kind"} <= set(p.as_dict())


def test_every_named_query_has_a_python_function():
    for q in Q.named_queries():
        fn = getattr(Q, q.function_name, None)
        assert callable(fn), q.name
        assert fn.__doc__


def test_every_param_is_projected_and_every_query_ordered():
    """pyoxigraph substitutes only variables of the top-level SELECT; determinism needs ORDER BY."""
    for q in Q.named_queries():
        body = "\n".join(line for line in q.sparql.splitlines() if not line.lstrip().startswith("#"))
        assert "ORDER BY" in body, q.name
        select = body[body.index("SELECT"):body.index("WHERE")]
        # collaboration-distance's SPARQL is its one-person step; coauthor-network has no parameter
        sparql_params = {"collaboration_distance": ["person"]}.get(q.python, [p.name for p in q.params])
        for name in sparql_params:
            assert f"?{name}" in select, (q.name, name)


def test_param_header_kinds():
    dist = next(q for q in Q.named_queries() if q.name == "collaboration-distance")
    assert [(p.name, p.kind, p.optional) for p in dist.params] == [
        ("person", "person", False), ("other", "person", False), ("max_distance", "int", True)]
    assert dist.param("max_distance").default == 6
    venues = next(q for q in Q.named_queries() if q.name == "venues")
    assert venues.param("person").optional and venues.param("person").kind == "person"
    text = next(q for q in Q.named_queries() if q.name == "works-matching").param("text")
    assert text.kind == "string" and not text.is_iri


def test_bad_header_is_a_load_error(tmp_path):
    bad = tmp_path / "x.rq"
    bad.write_text("# name: x\n# param: person (colour) - nope\nSELECT * WHERE {}\n")
    with pytest.raises(LoadError, match=r"x\.rq:2: bad param option 'colour'"):
        Q.parse_query_file(bad)
    bad.write_text("# name: x\n# facts: true\nSELECT * WHERE {}\n")  # (read as no, it ran on stores without counts)
    with pytest.raises(LoadError, match=r"x\.rq:2: '# facts:' takes yes or no, not 'true'"):
        Q.parse_query_file(bad)


def test_query_from_another_folder(tmp_path, build):
    (tmp_path / "names.rq").write_text(
        "# name: names\n# description: Names of people.\n# param: who (string) - a name\n"
        "SELECT ?who ?p WHERE { ?p schema:name ?who } ORDER BY ?p\n")
    q = Q.named_query("names", tmp_path)
    assert Q.run_query(build, q, who="Carol Chen").rows == [(CAROL,)]


# --- the first eight ----------------------------------------------------------------------------


def test_publications_by_year(build):
    r = Q.publications_by_year(build, "alice-archer")
    assert r.variables == ["year", "work", "title"]
    assert r.rows == [
        (2021, MENTORED, "Mentored Detection Work"),
        (2020, SHARED, "Shared Paper on Graphs"),
        (2019, JOURNAL, "Alice Journal Study"),  # date 2019-05: year from a gYearMonth
    ]
    # a date with a day, and a person given by name
    assert Q.publications_by_year(build, "Carol Chen").column("year") == [2022, 2022, 2020, 2018]


def test_coauthors(build, dan):
    r = Q.coauthors(build, "carol-chen")
    assert r.variables == ["coauthor", "name", "works"]
    assert r.rows == [
        (BOB, "Bob Baker", 2),
        (ALICE, "Alice Archer", 1),
        (dan, "Dan Dong", 1),
        (FRANK, "Frank Fu", 1),
        (GINA, "Gina Gray", 1),
    ]
    assert Q.coauthors(build, ALICE).column("coauthor") == [BOB, CAROL, dan, EVE]


def test_venues(build):
    r = Q.venues(build)
    assert r.variables == ["venue", "name", "type", "works"]
    assert r.rows == [
        (BASE + "venue/cvpr", "CVPR", "event series", 2),
        (BASE + "venue/tpami", "TPAMI", "periodical", 2),
        (BASE + "venue/neurips", "NeurIPS", "event series", 1),
        (BASE + "venue/arxiv", "arXiv", "periodical", 1),
    ]
    assert Q.venues(build, "alice-archer").rows == [
        (BASE + "venue/cvpr", "CVPR", "event series", 2),
        (BASE + "venue/tpami", "TPAMI", "periodical", 1),
    ]
    assert Q.venues(build, "Frank Fu").rows == []  # his only paper has no venue


def test_mentees(build):
    everyone = Q.mentees(build)
    assert everyone.variables == ["mentor", "mentorName", "mentee", "menteeName"]
    assert everyone.rows == [
        (ALICE, "Alice Archer", CAROL, "Carol Chen"),  # her student list and Carol's advisor line
        (ALICE, "Alice Archer", EVE, "Eve Evans"),
        (BOB, "Bob Baker", FRANK, "Frank Fu"),
    ]
    assert Q.mentees(build, "bob-baker").rows == [(BOB, "Bob Baker", FRANK, "Frank Fu")]
    assert Q.mentees(build, "eve-evans").rows == []


def test_awards(build):
    r = Q.awards(build, "alice-archer")
    assert r.variables == ["award", "name", "year"]
    assert [row[1:] for row in r.rows] == [("Young Scientist Prize", 2021), ("Best Paper Award", 2020)]
    assert all(row[0].startswith(ALICE + "/award/") for row in r.rows)
    assert [row[1:] for row in Q.awards(build, "bob-baker").rows] == [("Teaching Award", 2019)]
    assert Q.awards(build, "carol-chen").rows == []


def test_first_author_papers(build, dan):
    r = Q.first_author_papers(build, "alice-archer")
    assert r.variables == ["work", "title", "year", "rank", "equalContribution"]
    assert r.rows == [
        (SHARED, "Shared Paper on Graphs", 2020, 1, False),
        (JOURNAL, "Alice Journal Study", 2019, 1, False),
    ]  # not the mentee's paper, where she is second
    assert Q.first_author_papers(build, "bob-baker").rows == [(SPARSE, "Bob and Dan on Sparse Models", 2021, 1, True)]
    # second but co-first (equal contribution with the first author)
    assert Q.first_author_papers(build, dan).rows == [
        (SPARSE, "Bob and Dan on Sparse Models", 2021, 2, True),
        (EARLY, "Early Work with Dan", 2018, 1, False),
    ]
    assert Q.first_author_papers(build, "Carol Chen").column("work") == [GINA_PAPER]


def test_collaboration(build):
    r = Q.collaboration(build, "bob-baker", "carol-chen")
    assert r.variables == ["work", "title", "year"]
    assert r.rows == [(HELPER, "Helper Paper with Frank", 2022), (SHARED, "Shared Paper on Graphs", 2020)]
    assert Q.collaboration(build, "carol-chen", "bob-baker").rows == r.rows
    assert Q.collaboration(build, "eve-evans", "gina-gray").rows == []
    assert Q.collaboration(build, "alice-archer", "alice-archer").rows == []


def test_people_without_identifiers(build):
    r = Q.people_without_identifiers(build)
    assert r.variables == ["person", "name", "owner", "pages"]
    assert r.rows == [
        (BOB, "Bob Baker", True, 3),
        (EVE, "Eve Evans", False, 1),
        (FRANK, "Frank Fu", False, 2),
        (GINA, "Gina Gray", False, 1),
    ]  # not Alice (ORCID), Carol (Google Scholar), Dan (dblp)


# --- the merge queries ------------------------------------------------------------------------------


def test_coauthor_network(build):
    r = Q.coauthor_network(build)
    assert r.variables == ["a", "aName", "b", "bName", "works"]
    assert r.rows == [
        (BOB, "Bob Baker", CAROL, "Carol Chen", 2),
        (ALICE, "Alice Archer", BOB, "Bob Baker", 1),
        (ALICE, "Alice Archer", CAROL, "Carol Chen", 1),
    ]



def _network_store(seed: int) -> Store:
    """Owners (some without a name, one with two, a blank one) sharing works, some not articles, some blank."""
    import random

    from pyoxigraph import BlankNode

    rng = random.Random(seed)
    S, KG = "https://schema.org/", "https://example.org/kg/ns#"
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    store = Store()
    owners = [NamedNode(f"{BASE}person/p{i}") for i in range(8)] + [BlankNode("anon")]
    quads = []
    for i, owner in enumerate(owners):
        page = NamedNode(f"{BASE}source/s{i}")
        quads += [Quad(page, rdf_type, NamedNode(KG + "Source")), Quad(page, NamedNode(S + "about"), owner)]
        for n in rng.sample(["Zoe", "ann", "Ann", "Bo"], rng.choice([0, 1, 1, 2])):
            quads.append(Quad(owner, NamedNode(S + "name"), Literal(n)))
    for w in range(30):
        work = BlankNode(f"w{w}") if w % 7 == 3 else NamedNode(f"{BASE}work/w{w}")  # a blank work counts too
        if rng.random() < 0.8:
            quads.append(Quad(work, rdf_type, NamedNode(S + "ScholarlyArticle")))
        for owner in rng.sample(owners, rng.randint(1, 4)):
            quads.append(Quad(work, NamedNode(S + "author"), owner))
        quads.append(Quad(work, NamedNode(S + "author"), NamedNode(f"{BASE}person/guest{w % 3}")))
    # a statement in a page's graph only is not in the merged graph
    quads.append(Quad(NamedNode(BASE + "work/w0"), NamedNode(S + "author"), owners[7], NamedNode(BASE + "source/s0")))
    store.extend(quads)
    return store


@pytest.mark.parametrize("seed", range(8))
def test_coauthor_network_routine_gives_the_rows_of_its_sparql(seed):
    """coauthor-network is answered in Python (kg.query._coauthor_network): the same rows and terms,
    in the same order, as the query's SPARQL."""
    store = _network_store(seed)
    sparql = Q.named_query("coauthor-network").sparql
    fast, slow = Q.coauthor_network(store), Q.run(store, sparql)
    assert fast.variables == slow.variables
    assert fast.terms == slow.terms and fast.rows == slow.rows
    assert len(fast.rows) > 3


def test_coauthor_network_routine_on_the_fixtures(build):
    assert Q.coauthor_network(build).terms == Q.run(build, Q.named_query("coauthor-network").sparql).terms

def test_shared_coauthors(build, dan):
    r = Q.shared_coauthors(build, "alice-archer", "bob-baker")
    assert r.variables == ["coauthor", "name", "withPerson", "withOther"]
    assert r.rows == [(CAROL, "Carol Chen", 1, 2), (dan, "Dan Dong", 1, 1)]
    assert Q.shared_coauthors(build, "eve-evans", "gina-gray").rows == []


def test_collaboration_distance(build):
    r = Q.collaboration_distance(build, "Eve Evans", "Gina Gray")
    assert r.variables == ["distance", "hop", "person", "name", "via"]
    assert r.rows == [
        (3, 0, EVE, "Eve Evans", None),
        (3, 1, ALICE, "Alice Archer", MENTORED),
        (3, 2, CAROL, "Carol Chen", SHARED),
        (3, 3, GINA, "Gina Gray", GINA_PAPER),
    ]
    # two shortest paths (via Bob or via Carol): the one through the smaller IRI
    assert Q.collaboration_distance(build, "eve-evans", "frank-fu").column("person") == [EVE, ALICE, BOB, FRANK]
    assert Q.collaboration_distance(build, "eve-evans", "frank-fu", max_distance=2).rows == []
    assert Q.collaboration_distance(build, "alice-archer", "bob-baker", max_distance="1").rows == [
        (1, 0, ALICE, "Alice Archer", None), (1, 1, BOB, "Bob Baker", SHARED)]
    assert Q.collaboration_distance(build, "bob-baker", "bob-baker").rows == [(0, 0, BOB, "Bob Baker", None)]
    assert Q.run_named(build, "collaboration-distance", person=GINA, other=EVE).column("hop") == [0, 1, 2, 3]


def test_collaboration_distance_unreachable():
    store = Store()
    s = "https://schema.org/"
    for w, people in (("w1", ("a", "b")), ("w2", ("c",))):
        work = NamedNode(f"http://x/{w}")
        store.add(Quad(work, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode(s + "ScholarlyArticle")))
        for p in people:
            person = NamedNode(f"http://x/{p}")
            store.add(Quad(person, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode(s + "Person")))
            store.add(Quad(work, NamedNode(s + "author"), person))
    assert Q.collaboration_distance(store, "http://x/a", "http://x/b").column("distance") == [1, 1]
    assert Q.collaboration_distance(store, "http://x/a", "http://x/c").rows == []


def test_mentoring_across_pages(build):
    r = Q.mentoring_across_pages(build)
    assert r.variables == ["mentor", "mentorName", "mentee", "menteeName", "source", "statedAs"]
    assert r.rows == [
        (ALICE, "Alice Archer", CAROL, "Carol Chen", SRC_ALICE, "student"),
        (ALICE, "Alice Archer", CAROL, "Carol Chen", SRC_CAROL, "advisor"),
        (ALICE, "Alice Archer", EVE, "Eve Evans", SRC_ALICE, "student"),
        (BOB, "Bob Baker", FRANK, "Frank Fu", SRC_BOB, "student"),
    ]


def test_works_on_several_pages(build):
    r = Q.works_on_several_pages(build)
    assert r.variables == ["work", "title", "pages"]
    assert r.rows == [(SHARED, "Shared Paper on Graphs", 2)]


def test_works_on_several_pages_without_named_graphs():
    """prov:wasDerivedFrom alone is enough."""
    b = load_build([FIXTURES], named_graphs=False)
    assert Q.works_on_several_pages(b).rows == [(SHARED, "Shared Paper on Graphs", 2)]


def test_people_without_identifiers_on_several_pages(build):
    r = Q.people_without_identifiers_on_several_pages(build)
    assert r.variables == ["person", "name", "owner", "pages"]
    assert r.rows == [(BOB, "Bob Baker", True, 3), (FRANK, "Frank Fu", False, 2)]


def test_works_matching(build):
    r = Q.works_matching(build, "PAPER")
    assert r.variables == ["work", "title", "year"]
    assert r.rows == [(HELPER, "Helper Paper with Frank", 2022), (SHARED, "Shared Paper on Graphs", 2020)]


def test_sources(build):
    r = Q.sources(build)
    assert r.variables == ["source", "owner", "name", "file", "format", "triples"]
    assert [row[:4] for row in r.rows] == [
        (SRC_ALICE, ALICE, "Alice Archer", "alice.yaml"),
        (SRC_BOB, BOB, "Bob Baker", "bob.yaml"),
        (SRC_CAROL, CAROL, "Carol Chen", "carol.yaml"),
    ]
    assert all(row[5] > 0 for row in r.rows)


# --- graphs ------------------------------------------------------------------------------------------


def test_default_graph_is_merged_and_graph_reaches_sources(build):
    merged = Q.run(build, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    assert merged == len(build.triples)
    r = Q.run(build, "SELECT ?name ?g WHERE { GRAPH ?g { ?p a schema:Person ; schema:name ?name } } ORDER BY ?g",
              {"name": "Frank Fu"})
    assert r.rows == [("Frank Fu", SRC_BOB), ("Frank Fu", SRC_CAROL)]
    # the page says what it said: only Alice's page lists Eve as a student
    r = Q.run(build, "SELECT ?e ?g WHERE { GRAPH ?g { ?m kg:mentored ?e } } ORDER BY ?g",
              {"e": NamedNode(EVE)})
    assert r.variables == ["e", "g"] and r.rows == [(EVE, SRC_ALICE)]


# --- binding, not pasting ------------------------------------------------------------------------------


def test_injection_in_a_string_param_matches_nothing(build):
    before = len(build.store)
    assert Q.works_matching(build, INJECTION).rows == []
    assert Q.run_named(build, "works-matching", text=INJECTION).rows == []
    assert Q.run(build, "SELECT ?name ?p WHERE { ?p schema:name ?name } ORDER BY ?p", {"name": INJECTION}).rows == []
    assert len(build.store) == before
    assert Q.coauthors(build, "alice-archer").rows  # the graph is intact


def test_injection_in_a_person_param_is_an_unknown_person(build):
    before = len(build.store)
    with pytest.raises(UsageError) as e:
        Q.coauthors(build, INJECTION)
    assert str(e.value) == f"unknown person {INJECTION!r}: give a person's IRI, a profile slug such as " \
                           "'alice-archer', or their name"
    with pytest.raises(UsageError, match="not a valid IRI"):
        Q.run(build, "SELECT ?p WHERE { ?p ?q ?o }", {"p": f"<{INJECTION}>"})
    assert len(build.store) == before


def test_a_literal_that_looks_like_sparql_is_matched_literally():
    store = Store()
    store.add(Quad(NamedNode("http://x/p"), NamedNode("https://schema.org/name"), Literal(INJECTION)))
    r = Q.works_matching(store, INJECTION)
    assert r.rows == []  # not a ScholarlyArticle
    rows = Q.run(store, "SELECT ?name ?p WHERE { ?p schema:name ?name }", {"name": INJECTION}).rows
    assert rows == [(INJECTION, "http://x/p")]
    assert len(store) == 1


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="ascii"), max_size=30))
def test_any_text_is_bound_not_parsed(build, text):
    titles = {"Shared Paper on Graphs", "Alice Journal Study", "Mentored Detection Work", "Bob and Dan on Sparse Models",
              "Carol Learns with Gina", "Early Work with Dan", "Helper Paper with Frank"}
    got = Q.works_matching(build, text).column("title")
    assert set(got) == {t for t in titles if text.lower() in t.lower()}


# --- person resolution -------------------------------------------------------------------------------


def test_person_resolution(build, dan):
    assert Q.resolve_person(build, "alice-archer") == ALICE  # profile slug
    assert Q.resolve_person(build, ALICE) == ALICE  # IRI
    assert Q.resolve_person(build, f"<{ALICE}>") == ALICE
    assert Q.resolve_person(build, "  alice ARCHER ") == ALICE  # name, folded
    assert Q.resolve_person(build, "frank-fu") == FRANK  # IRI tail of a non-owner
    assert Q.resolve_person(build, dan.rsplit("/", 1)[1]) == dan
    assert Q.resolve_person(build.store, "Gina Gray") == GINA  # a bare store


@pytest.mark.parametrize("value, message", [
    ("zed", "unknown person 'zed'"),
    ("https://example.org/kg/person/nobody", "unknown person 'https://example.org/kg/person/nobody': no Person"),
    (SHARED, "no Person with that IRI"),
    ("", "unknown person ''"),
])
def test_unknown_person(build, value, message):
    with pytest.raises(UsageError) as e:
        Q.awards(build, value)
    assert message in str(e.value) and "\n" not in str(e.value)


def test_ambiguous_name():
    store = Store()
    for i in (1, 2):
        p = NamedNode(f"http://x/p{i}")
        store.add(Quad(p, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode("https://schema.org/Person")))
        store.add(Quad(p, NamedNode("https://schema.org/name"), Literal("Li Wei")))
    with pytest.raises(UsageError, match=r"ambiguous person 'Li Wei': 2 match \(http://x/p1, http://x/p2\)"):
        Q.resolve_person(store, "Li Wei")


def test_resolve_work(build):
    assert Q.resolve_work(build, "shared paper on graphs") == SHARED
    assert Q.resolve_work(build, SHARED) == SHARED
    with pytest.raises(UsageError, match="unknown work 'No Such Title'"):
        Q.resolve_work(build, "No Such Title")


# --- errors ------------------------------------------------------------------------------------------


def test_unknown_query_lists_names(build):
    with pytest.raises(UsageError) as e:
        Q.run_named(build, "no-such-query")
    msg = str(e.value)
    assert msg.startswith("unknown query 'no-such-query'; known queries: awards, coauthor-network")
    assert all(name in msg for name in REQUIRED)


def test_missing_and_extra_params(build):
    with pytest.raises(UsageError, match="query 'collaboration' needs parameter 'other'"):
        Q.run_named(build, "collaboration", person="alice-archer")
    with pytest.raises(UsageError, match=r"query 'awards' has no parameter 'year' \(parameters: person\)"):
        Q.run_named(build, "awards", person="alice-archer", year=2020)
    with pytest.raises(UsageError, match=r"query 'sources' has no parameter 'person' \(parameters: none\)"):
        Q.run_named(build, "sources", person="alice-archer")
    with pytest.raises(UsageError, match="'max_distance' must be an integer, not 'far'"):
        Q.collaboration_distance(build, "alice-archer", "bob-baker", max_distance="far")


def test_bad_sparql_is_one_line(build):
    with pytest.raises(UsageError) as e:
        Q.run(build, "SELECT ?x WHERE {\n  ?x ?y\n}")
    assert str(e.value).startswith("bad SPARQL: error at 3:")
    assert "\n" not in str(e.value)


def test_updates_are_refused(build):
    before = len(build.store)
    for text in ("DROP ALL", "DELETE WHERE { ?s ?p ?o }", "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"):
        with pytest.raises(UsageError, match="not updates"):
            Q.run(build, text)
    assert len(build.store) == before


def test_param_not_in_select(build):
    with pytest.raises(UsageError, match="parameter 'p' is not a variable of the query's SELECT clause"):
        Q.run(build, "SELECT ?s WHERE { ?s ?p ?o }", {"p": "x"})
    with pytest.raises(UsageError, match="bad parameter name '\\?p'"):
        Q.run(build, "SELECT ?p WHERE { ?s ?p ?o }", {"?p": "x"})


# --- results ------------------------------------------------------------------------------------------


def test_values_ask_construct(build):
    assert Q.run(build, "ASK { ?w a schema:ScholarlyArticle }").rows == [(True,)]
    r = Q.run(build, "CONSTRUCT { ?p schema:name ?n } WHERE { ?p schema:name ?n ; schema:award ?a } ORDER BY ?p")
    assert r.variables == ["subject", "predicate", "object"]
    assert sorted(r.rows) == [(ALICE, "https://schema.org/name", "Alice Archer"),
                              (BOB, "https://schema.org/name", "Bob Baker")]
    r = Q.run(build, 'SELECT (1 AS ?i) (1.5 AS ?d) (true AS ?b) ("2020"^^xsd:gYear AS ?y) ("x"@en AS ?s) ?unbound '
                     "WHERE {}")
    assert r.rows == [(1, 1.5, True, 2020, "x", None)]


@pytest.mark.parametrize("term, value", [
    (NamedNode("x:a"), "x:a"), (BlankNode("b1"), "_:b1"), (None, None), (Literal("plain"), "plain"),
    (Literal("x", language="en"), "x"), (Literal("7", datatype=NamedNode(XSD + "integer")), 7),
    (Literal("x", datatype=NamedNode(XSD + "integer")), "x"),
    (Literal("-3", datatype=NamedNode(XSD + "nonPositiveInteger")), -3), (Literal("1", datatype=NamedNode(XSD + "boolean")), True),
    (Literal("no", datatype=NamedNode(XSD + "boolean")), False), (Literal("2.5", datatype=NamedNode(XSD + "decimal")), 2.5),
    (Literal("1E3", datatype=NamedNode(XSD + "double")), 1000.0), (Literal("2020", datatype=NamedNode(XSD + "gYear")), 2020),
    (Literal("20x", datatype=NamedNode(XSD + "gYear")), "20x"), (Literal("2020-05", datatype=NamedNode(XSD + "gYearMonth")), "2020-05"),
])
def test_terms_as_python_values(term, value):
    """An RDF term as the Python value of a row (a literal whose text its type does not read stays text)."""
    got = Q.to_python(term)
    assert got == value and type(got) is type(value)


def test_renderers(build):
    r = Q.coauthors(build, "alice-archer")
    table = r.as_table().splitlines()
    assert table[0].split() == ["coauthor", "name", "works"]
    assert set(table[1]) <= {"-", " "}
    assert table[2].split()[0] == BOB and table[2].endswith("1")
    assert table[-1] == "(4 rows)"
    rows = list(csv.reader(io.StringIO(r.as_csv())))
    assert rows[0] == ["coauthor", "name", "works"] and rows[1] == [BOB, "Bob Baker", "1"] and len(rows) == 5
    data = json.loads(r.as_json())
    assert data[0] == {"coauthor": BOB, "name": "Bob Baker", "works": 1}
    assert list(data[0]) == ["coauthor", "name", "works"]
    empty = Q.awards(build, "carol-chen")
    assert empty.as_json() == "[]" and empty.as_csv() == "award,name,year\n"
    assert empty.as_table().endswith("(0 rows)")
    csv_bool = Q.people_without_identifiers(build).as_csv().splitlines()
    assert csv_bool[1] == f"{BOB},Bob Baker,true,3"


def test_results_are_deterministic(build):
    again = load_build([FIXTURES])
    for q in Q.named_queries():
        params = {"person": "alice-archer", "other": "carol-chen", "text": "a"}
        args = {p.name: params[p.name] for p in q.params if not p.optional}
        first = Q.run_named(build, q.name, **args)
        assert first.as_json() == Q.run_named(again, q.name, **args).as_json(), q.name
        assert first.as_csv() == Q.run_named(build, q.name, **args).as_csv(), q.name


def test_import_is_light():
    code = "import sys, kg.query; print('rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_param_may_be_called_name(tmp_path, build):
    (tmp_path / "by-name.rq").write_text(
        "# name: by-name\n# description: A person by name.\n# param: name (string) - the name\n"
        "SELECT ?name ?p WHERE { ?p schema:name ?name } ORDER BY ?p\n")
    assert Q.run_query(build, Q.named_query("by-name", tmp_path), name="Bob Baker").rows == [(BOB,)]


def _pages_store(seed: int) -> Store:
    """People on pages: provenance links (to pages, to non-pages, to a literal), people typed in the pages'
    graphs, some people untyped in the merged graph, identifiers, names (none, two, tagged, an IRI) and owners."""
    import random

    from pyoxigraph import BlankNode

    rng = random.Random(seed)
    S, KG, PROV = "https://schema.org/", "https://example.org/kg/ns#", "http://www.w3.org/ns/prov#"
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    person_class = NamedNode(S + "Person")
    pages = [NamedNode(f"{BASE}source/s{i}") for i in range(5)] + [BlankNode("bpage")]
    others = [NamedNode(f"{BASE}other/o{i}") for i in range(2)] + [Literal("a page")]
    people = [NamedNode(f"{BASE}person/p{i}") for i in range(14)] + [BlankNode("anon")]
    quads = [Quad(p, rdf_type, NamedNode(KG + "Source")) for p in pages[:-2] + pages[-1:]]  # s4: no kg:Source
    for person in people:
        if rng.random() < 0.85:
            quads.append(Quad(person, rdf_type, person_class))
        for where in rng.sample(pages + others, rng.randint(0, 3)):
            quads.append(Quad(person, NamedNode(PROV + "wasDerivedFrom"), where))
        for page in rng.sample(pages, rng.randint(0, 3)):
            quads.append(Quad(person, rdf_type, person_class, page))
        if rng.random() < 0.2:
            quads.append(Quad(person, NamedNode(S + rng.choice(["sameAs", "identifier"])), NamedNode(f"{BASE}id/x")))
        for n in rng.sample([Literal("Zoe"), Literal("ann"), Literal("Ann", language="en"), NamedNode(BASE + "n")],
                            rng.choice([0, 1, 1, 2])):
            quads.append(Quad(person, NamedNode(S + "name"), n))
        if rng.random() < 0.3:
            quads.append(Quad(rng.choice(pages), NamedNode(S + "about"), person))
    store = Store()
    store.extend(quads)
    return store


@pytest.mark.parametrize("seed", range(12))
def test_people_on_several_pages_routine_gives_the_rows_of_its_sparql(seed):
    """people-without-identifiers-on-several-pages is answered in Python (kg.query._people_on_several_pages):
    the same rows and terms, in the same order, as the query's SPARQL."""
    query = Q.named_query("people-without-identifiers-on-several-pages")
    assert query.python == "people_on_several_pages"
    store = _pages_store(seed)
    fast, slow = Q.run_named(store, query.name), Q.run(store, query.sparql)
    assert fast.variables == slow.variables
    assert fast.terms == slow.terms and fast.rows == slow.rows
    assert len(fast.rows) > 2


def test_people_on_several_pages_routine_on_the_fixtures(build):
    query = Q.named_query("people-without-identifiers-on-several-pages")
    assert Q.run_named(build, query.name).terms == Q.run(build, query.sparql).terms



# --- ORDER BY done in Python ------------------------------------------------------------------------


def _ordered_store(values: list) -> Store:
    s = [NamedNode(f"{BASE}s/{i}") for i in range(len(values))]
    return _store_of([Quad(node, NamedNode("x:p"), v) for node, v in zip(s, values) if v is not None]
                     + [Quad(node, NamedNode("x:q"), Literal("here")) for node in s])


def _store_of(quads) -> Store:
    store = Store()
    store.extend(quads)
    return store


INT = NamedNode("http://www.w3.org/2001/XMLSchema#integer")


@pytest.mark.parametrize("values, keys, in_python", [
    ([Literal("10", datatype=INT), Literal("9", datatype=INT), Literal("-1", datatype=INT), None], "DESC(?v) ?s", True),
    ([Literal("b"), Literal("B"), Literal("é"), NamedNode("x:z"), None, Literal("a")], "?v ?s", True),
    ([Literal("b"), Literal("a"), Literal("b")], "DESC(?v)", False),  # a tie: Oxigraph's order of the two
    ([Literal("b"), Literal("a"), Literal("b")], "?v ?s", True),  # equal first keys, a second one tells them apart
    ([Literal("01", datatype=INT), Literal("1", datatype=INT)], "?v", False),  # equal numbers, other terms
    ([Literal("b", language="en"), Literal("a")], "?v ?s", False),
    ([Literal("2", datatype=INT), Literal("10")], "?v ?s", False),
    ([Literal("2.5", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), Literal("10")], "?v", False),
])
def test_an_order_by_done_in_python_gives_sparqls_order(tmp_path, monkeypatch, values, keys, in_python):
    """A named query's ORDER BY of variables is done in Python where its order is SPARQL's (strings, integers,
    IRIs, unbound; no tie), else by Oxigraph: the same rows in the same order either way."""
    path = tmp_path / "ordered.rq"
    path.write_text(f"SELECT ?s ?v WHERE {{ ?s <x:q> ?h OPTIONAL {{ ?s <x:p> ?v }} }}\nORDER BY {keys}\n")
    query, store = Q.parse_query_file(path), _ordered_store(values)
    ran = []
    real = Q.run
    monkeypatch.setattr(Q, "run", lambda store, sparql, *a, **kw: ran.append(sparql) or real(store, sparql, *a, **kw))
    got = Q.run_query(store, query)
    assert got.terms == real(store, query.sparql).terms
    assert ("ORDER BY" not in ran[-1]) == in_python


@pytest.mark.parametrize("text, keys", [
    ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a DESC( ?c )\n", (("a", False), ("c", True))),
    ("SELECT ?a WHERE { ?a ?b ?c } order by asc(?a)", (("a", False),)),
    ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a LIMIT 3", None),
    ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY (?a + ?c)", None),
    ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a + ?c", None),
    ("SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a } }", None),
    ("SELECT ?a WHERE { ?a ?b 'ORDER BY ?a' }", None),
])
def test_which_order_by_is_done_in_python(text, keys):
    got = Q._unordered(text)
    assert (got and got[1]) == keys


def test_every_named_query_orders_its_rows_in_python_as_sparql_does(build):
    real_unordered = Q._unordered
    for query in Q.named_queries():
        params = {p.name: "Dan Dong" if p.kind == "person" else "learning" for p in query.params if not p.optional}
        got = Q.run_query(build, query, **params)
        Q._unordered = lambda sparql: None
        try:
            want = Q.run_query(build, query, **params)
        finally:
            Q._unordered = real_unordered
        assert got.terms == want.terms and got.rows == want.rows, query.name
