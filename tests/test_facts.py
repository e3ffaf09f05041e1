"""The build's counts for the named queries (kg.facts): every query answers on them what its own SPARQL
answers without them, on the shipped data, the query fixtures and random stores, and a rebuild that
updates the store in place counts what a cold build counts."""

from __future__ import annotations

import random
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, Store

from kg import facts as F
from kg import query as Q
from kg.build import load_build
from kg.resources import queries_dir
from kg.store import load_quads, open_store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "query"
S, KG, PROV = "https://schema.org/", "https://example.org/kg/ns#", "http://www.w3.org/ns/prov#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
WITH_FACTS = {"sources", "works-on-several-pages", "people-without-identifiers",
              "people-without-identifiers-on-several-pages", "venues", "works-matching", "coauthor-network"}
KEPT = {"coauthor-network", "people-without-identifiers"}  # answers kept whole: read back, no SPARQL run
TITLES = ["Deep Learning for Rivers", "UNLEARNING the deep-learning habit", "Sparse Models, Dense Data",
          "İstanbul Σοφίας ΟΔΟΣ", "Straße und Fluß", "learning", "A_b c_D: e-f", "   ", "x"]


def params_of(store, query, person: bool = False) -> dict:
    people = {q.subject for q in store.quads_for_pattern(None, RDF_TYPE, NamedNode(S + "Person"), DefaultGraph())}
    owners = sorted({q.object.value for q in store.quads_for_pattern(None, NamedNode(S + "about"), None, DefaultGraph())
                     if isinstance(q.object, NamedNode) and q.object in people})
    out = {}
    for p in query.params:
        if p.kind == "person" and (person or not p.optional):
            out[p.name] = owners[0] if p.name != "other" else owners[-1]
        elif p.kind == "string":
            out[p.name] = "learning"
    return out


def assert_same_answers(plain: Store, counted: Store, names=None, person: bool = False) -> None:
    """Every named query (or those ``names``): the same variables, terms and rows on ``counted`` (with the
    facts and the variants of kg/queries/variants) as the query's own file gives on ``plain``; ``person``:
    an optional person parameter is given too."""
    assert not F.has_facts(plain) and F.has_facts(counted)
    for query in Q.named_queries():
        if names is not None and query.name not in names:
            continue
        params = params_of(plain, query, person)
        with no_variants():
            want = Q.run_query(plain, query, **params)
        got = Q.run_query(counted, query, **params)
        assert got.variables == want.variables, query.name
        assert got.terms == want.terms and got.rows == want.rows, query.name


@contextmanager
def no_variants():
    real = Q._variants
    Q._variants = lambda path: ()
    try:
        yield
    finally:
        Q._variants = real


@pytest.mark.parametrize("data", [ROOT / "data", FIXTURES], ids=["data", "query-fixtures"])
def test_named_queries_answer_on_the_counts_what_their_sparql_answers(data):
    b = load_build([data])
    plain = Store()
    load_quads(plain, b.quads)
    F.write_facts(b.store)
    assert_same_answers(plain, b.store)
    assert_same_answers(plain, b.store, person=True)


def test_the_counts_are_used_where_the_store_has_them(monkeypatch):
    """The queries with a variant on the counts run it (and no other SPARQL than it) on a store with facts, or
    none for an answer the build kept; a build's store in memory has none (only the store on disk keeps them),
    and runs the queries themselves."""
    b = load_build([FIXTURES])
    assert not F.has_facts(b.store)
    F.write_facts(b.store)
    ran = []
    real = Q.run
    monkeypatch.setattr(Q, "run", lambda store, sparql, params=None, **kw: ran.append(sparql) or real(store, sparql, params, **kw))
    for name in sorted(WITH_FACTS):
        ran.clear()
        Q.run_named(b, name, **({"text": "learning"} if name == "works-matching" else {}))
        if name in KEPT | {"works-matching"}:  # (works-matching: on the kept titles)
            assert not ran, name
        else:
            assert len(ran) == 1 and "<urn:kg:facts>" in ran[0], name
    ran.clear()
    Q.run_named(b, "venues", person=Q.resolve_person(b, "Dan Dong"))  # a person's venues: their works first
    variant = (queries_dir() / "variants" / "venues.of-a-person.rq").read_text(encoding="utf-8")
    assert ran == [Q._unordered(variant)[0]]  # its ORDER BY done in Python
    ran.clear()
    plain = Store()
    load_quads(plain, b.quads)
    Q.run_named(plain, "sources")  # no counts in the store: the query itself
    assert len(ran) == 1 and "<urn:kg:facts>" not in ran[0]


def test_the_counts_are_no_graph_a_users_query_sees():
    """kg's counts are not data: a query of the user's (kg query, kg serve) sees the source pages' graphs only."""
    b = load_build([FIXTURES])
    F.write_facts(b.store)
    graphs = {r[0] for r in Q.run(b, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    assert graphs and F.GRAPH.value not in graphs
    assert Q.run(b, "ASK { GRAPH <urn:kg:facts> { ?s ?p ?o } }").rows == [(False,)]
    assert not Q.run(b, "SELECT ?s WHERE { ?s <urn:kg:facts:triples> ?n }").rows
    named = "SELECT DISTINCT ?g FROM NAMED <urn:kg:facts> WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert F.GRAPH.value not in {r[0] for r in Q.run(b, named).rows}


def test_from_the_counts_graph_reads_nothing_of_it():
    """A user's FROM names the data's graphs that make the default graph: FROM <urn:kg:facts> (however the
    IRI is written) reads nothing of kg's counts, as a graph the store does not have; FROM a page's graph
    still reads that page."""
    b = load_build([FIXTURES])
    F.write_facts(b.store)
    page = min(F.sources_of(b.store), key=str)
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
    on_page = len(list(b.store.quads_for_pattern(None, None, None, page)))
    assert on_page and Q.run(b, count.format(f"FROM {page}")).rows == [(on_page,)]
    for dataset in ("FROM <urn:kg:facts>", "FROM <urn:kg:facts> FROM NAMED <urn:kg:facts>",
                    "FROM f:facts", "FROM <facts>"):
        prologue = "PREFIX f: <urn:kg:> " if "f:" in dataset else "BASE <urn:kg:> " if "<facts>" in dataset else ""
        assert Q.run(b, prologue + count.format(dataset)).rows == [(0,)], dataset
        assert Q.run(b, prologue + count.format(f"{dataset} FROM {page}")).rows == [(on_page,)], dataset


class _Spy:
    """A store that records the dataset arguments of each query it runs."""

    def __init__(self, store):
        self.store, self.datasets = store, []

    def named_graphs(self):
        return self.store.named_graphs()

    def query(self, sparql, **kwargs):
        self.datasets.append(sorted(k for k in kwargs if k in ("named_graphs", "default_graph")))
        return self.store.query(sparql, **kwargs)


def test_a_query_naming_no_graph_runs_on_the_store_as_it_is(monkeypatch):
    """Listing every page graph but the counts' cost Oxigraph 0.3-0.8 CPU s at 1M triples on queries of
    the default graph only, which cannot see the counts: only a query with GRAPH or FROM gets the list."""
    b = load_build([FIXTURES])
    F.write_facts(b.store)
    spy = _Spy(b.store)
    monkeypatch.setattr(Q, "_store_of", lambda _b: spy)
    rows = Q.run(b, "SELECT ?s WHERE { ?s a <https://schema.org/Person> } # GRAPH ?g").rows
    assert rows and spy.datasets == [[]]
    Q.run(b, "SELECT ?s WHERE { ?s <x:graph> ?o . ?o <x:from> 'GRAPH' }")
    assert spy.datasets[-1] == []
    Q.run(b, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert spy.datasets[-1] == ["named_graphs"]
    Q.run(b, "select ?s from <urn:kg:facts> where { ?s ?p ?o }")  # (its FROM without the counts: see above)
    assert spy.datasets[-1] == ["default_graph", "named_graphs"]


def random_store(seed: int) -> Store:
    """Pages, people and works on them (provenance to pages, to non-pages, to a literal; typed in pages' graphs
    or not; untyped in the merged graph), identifiers, names (none, two, an IRI), owners with two names or
    files, venues of both kinds with authored and unauthored works, a page that is no kg:Source, blank nodes."""
    rng = random.Random(seed)
    pages = [NamedNode(f"https://example.org/kg/source/s{i}") for i in range(5)] + [BlankNode("bpage")]
    others = [NamedNode("https://example.org/kg/other/o1"), Literal("a page")]
    quads = [Quad(p, RDF_TYPE, NamedNode(KG + "Source")) for p in pages[:-2] + pages[-1:]]  # s4: no kg:Source
    people = [NamedNode(f"https://example.org/kg/person/p{i}") for i in range(12)] + [BlankNode("anon")]
    works = [NamedNode(f"https://example.org/kg/work/w{i}") for i in range(12)] + [BlankNode("bwork")]
    venues = [NamedNode(f"https://example.org/kg/venue/v{i}") for i in range(4)]
    for node, cls in [(p, "Person") for p in people] + [(w, "ScholarlyArticle") for w in works]:
        if rng.random() < 0.85:
            quads.append(Quad(node, RDF_TYPE, NamedNode(S + cls)))
        for where in rng.sample(pages + others, rng.randint(0, 3)):
            quads.append(Quad(node, NamedNode(PROV + "wasDerivedFrom"), where))
        for page in rng.sample(pages, rng.randint(0, 3)):
            quads.append(Quad(node, RDF_TYPE, NamedNode(S + cls), page))
            quads.append(Quad(node, NamedNode(S + "name"), Literal(f"on {page.value}"), page))
        if rng.random() < 0.2:
            quads.append(Quad(node, NamedNode(S + rng.choice(["sameAs", "identifier"])), NamedNode(S + "x")))
        for n in rng.sample([Literal("Zoe"), Literal("ann"), Literal("Ann", language="en"), NamedNode(S + "n")],
                            rng.choice([0, 1, 1, 2])):
            quads.append(Quad(node, NamedNode(S + "name"), n))
    for person in people:
        if rng.random() < 0.3:
            quads.append(Quad(rng.choice(pages), NamedNode(S + "about"), person))
    for page in pages:
        quads.append(Quad(page, NamedNode(S + "about"), rng.choice(people)))
        for f in rng.sample(["a.yaml", "b.yaml"], rng.randint(0, 2)):
            quads.append(Quad(page, NamedNode(KG + "profileFile"), Literal(f)))
    for i, venue in enumerate(venues):
        quads.append(Quad(venue, RDF_TYPE, NamedNode(S + ("Periodical" if i % 2 else "EventSeries"))))
        if i == 3:
            quads.append(Quad(venue, RDF_TYPE, NamedNode(S + "EventSeries")))
    for j, work in enumerate(works):
        for a in rng.sample(people, rng.randint(0, 3)):
            quads.append(Quad(work, NamedNode(S + "author"), a))
        venue = rng.choice(venues)
        if rng.random() < 0.5:
            quads.append(Quad(work, NamedNode(S + "isPartOf"), venue))
        else:
            event = NamedNode(f"https://example.org/kg/event/e{j}")
            quads.append(Quad(work, NamedNode(S + "publication"), event))
            quads.append(Quad(event, NamedNode(S + "superEvent"), venue))
    titles = random.Random(seed + 1000)  # (not drawn from rng: the stores of the seeds above stay as they were)
    for work in works:
        for title in titles.sample(TITLES, titles.choice([0, 1, 1, 2])):
            quads.append(Quad(work, NamedNode(S + "name"), Literal(title)))
    store = Store()
    store.extend(quads)
    return store


@pytest.mark.parametrize("seed", [*range(10), 18, 43, 68])  # (18, 43, 68: venues tied on count and name)
def test_named_queries_answer_on_the_counts_of_random_stores_what_their_sparql_answers(seed):
    plain, counted = random_store(seed), random_store(seed)
    F.write_facts(counted)
    # (the other queries read no facts; collaboration-distance's search cannot step through a blank node)
    assert_same_answers(plain, counted, WITH_FACTS)
    assert_same_answers(plain, counted, {"venues"}, person=True)
    assert len(Q.run_named(counted, "works-on-several-pages").rows) > 0
    assert len(Q.run_named(counted, "people-without-identifiers-on-several-pages").rows) > 0


@pytest.mark.parametrize("venues_given", [False, True], ids=["every-venue", "venues-reached"])
@pytest.mark.parametrize("seed", range(12))
def test_counting_again_what_changed_gives_the_counts_of_a_full_count(seed, venues_given):
    """update_facts on the nodes a change touched leaves the facts a full count of the changed store makes,
    with every venue counted again or only those venues_reached gives before the change and after (what
    kg.cache's _update_store gives it)."""
    rng = random.Random(seed)
    store = random_store(seed)
    F.write_facts(store)
    other = random_store(seed + 100)  # the change: some statements of another random store replace some of these
    default = DefaultGraph()
    touched, subjects = set(), set()
    for q in list(store.quads_for_pattern(None, None, None, None)):
        if q.graph_name != F.GRAPH and rng.random() < 0.15:
            store.remove(q)
            touched |= {q.subject} | ({q.graph_name} if q.graph_name != default else set())
            subjects |= {q.subject} if q.graph_name == default else set()
    for q in other.quads_for_pattern(None, None, None, None):
        if rng.random() < 0.15:
            store.add(q)
            touched |= {q.subject} | ({q.graph_name} if q.graph_name != default else set())
            subjects |= {q.subject} if q.graph_name == default else set()
    # the nodes a changed page graph types, before the change and after: what kg.cache's _update_store adds
    before = random_store(seed)
    for g in [t for t in touched if isinstance(t, NamedNode)]:
        touched |= F.typed_in(store, g) | F.typed_in(before, g)
    venues = None
    if venues_given:
        venues = F.venues_reached(before, subjects) | F.venues_reached(store, subjects)
        assert venues <= {n for s in (before, store) for cls in ("Periodical", "EventSeries")
                          for n in F._subjects(s, NamedNode(S + cls))}
    F.update_facts(store, touched, venues)
    full = Store()
    full.extend(q for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != F.GRAPH)
    F.write_facts(full)
    facts = lambda s: sorted(str(q) for q in s.quads_for_pattern(None, None, None, F.GRAPH))  # noqa: E731
    assert facts(store) == facts(full)


def test_the_venues_a_change_reaches_are_those_its_subjects_name_or_are():
    """A work's venue through schema:isPartOf and through its event's schema:superEvent, an event's series, a
    venue itself; not a venue of another work, nor a node typed as no venue; None for a blank-node venue."""
    store = Store()
    v = {n: NamedNode(f"https://example.org/kg/venue/{n}") for n in ("j", "s", "t", "x")}
    w = {n: NamedNode(f"https://example.org/kg/work/{n}") for n in ("a", "b", "c")}
    e = NamedNode("https://example.org/kg/event/e")
    store.extend([Quad(v["j"], RDF_TYPE, NamedNode(S + "Periodical")), Quad(v["s"], RDF_TYPE, NamedNode(S + "EventSeries")),
                  Quad(v["t"], RDF_TYPE, NamedNode(S + "Periodical")), Quad(w["a"], NamedNode(S + "isPartOf"), v["j"]),
                  Quad(w["b"], NamedNode(S + "publication"), e), Quad(e, NamedNode(S + "superEvent"), v["s"]),
                  Quad(w["c"], NamedNode(S + "isPartOf"), v["t"]), Quad(w["a"], NamedNode(S + "isPartOf"), v["x"]),
                  Quad(w["a"], NamedNode(S + "isPartOf"), Literal("J"))])
    assert F.venues_reached(store, [w["a"]]) == {v["j"]}
    assert F.venues_reached(store, [w["b"]]) == F.venues_reached(store, [e]) == {v["s"]}
    assert F.venues_reached(store, [v["t"], w["b"]]) == {v["t"], v["s"]}
    assert F.venues_reached(store, [NamedNode(S + "nothing")]) == set()
    store.extend([Quad(BlankNode("bv"), RDF_TYPE, NamedNode(S + "Periodical")),
                  Quad(w["c"], NamedNode(S + "isPartOf"), BlankNode("bv"))])
    assert F.venues_reached(store, [w["c"]]) is None and F.venues_reached(store, [w["a"]]) == {v["j"]}


@pytest.mark.parametrize("seed", range(12))
def test_the_facts_of_every_node_read_in_scans_are_those_read_node_by_node(seed):
    """write_facts reads each pattern once for every node (_Scanned), update_facts node by node (_Lookups):
    the same facts of the same nodes (blank nodes, a node both a person and a work, nodes of neither kind)."""
    store = random_store(seed)
    store.add(Quad(NamedNode("https://example.org/kg/person/p1"), RDF_TYPE, NamedNode(S + "ScholarlyArticle")))
    sources = F.sources_of(store)
    nodes = F._subjects(store, F._PERSON) | F._subjects(store, F._ARTICLE) | sources | {NamedNode(S + "x")}
    scanned = sorted(map(str, F._node_facts(store, nodes, sources, every=True)))
    assert scanned and scanned == sorted(map(str, F._node_facts(store, nodes, sources)))


def answers(store, name: str):
    return Q.run_named(store, name, **({"text": "learning"} if name == "works-matching" else {}))


def _remove_a_profile(data: Path) -> None:
    (data / "anbang-yao-2.yaml").unlink()


def _change_a_title(data: Path) -> None:
    """Two words of a title replaced: one no other title has (it leaves the vocabulary), one other titles have."""
    profile = data / "anbang-yao-2.yaml"
    text = profile.read_text(encoding="utf-8")
    old = "title: 'Ske2Grid: Skeleton-to-Grid Representation Learning for Action"
    assert text.count(old) == 1
    profile.write_text(text.replace(old, "title: 'Zyzzyva: Skeleton-to-Grid Representation Zyzzylearning for Action"),
                       encoding="utf-8")


@pytest.mark.parametrize("change", [_remove_a_profile, _change_a_title], ids=["removed", "title-changed"])
def test_a_rebuild_counts_what_a_cold_build_counts(tmp_path, monkeypatch, change):
    """A profile removed (works and people it shared with another page are on fewer pages), or a title changed
    (its words): the store the rebuild updates in place holds the cold build's counts, and the queries answer
    the same on both."""
    from tests.test_cache import build
    from kg.cache import BuildCache

    updated, venues_counted = [], []
    real, real_venues = BuildCache._update_store, F._venue_facts
    monkeypatch.setattr(BuildCache, "_update_store",
                        lambda self, store, b: updated.append(1) or real(self, store, b))
    monkeypatch.setattr(F, "_venue_facts", lambda store, venues=None: venues_counted.append(venues) or real_venues(
        store, venues))
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    out, cold = tmp_path / "build", tmp_path / "cold"
    build(data, out)
    before = {name: answers(open_store(out), name).rows for name in sorted(WITH_FACTS)}
    change(data)
    venues_counted.clear()
    build(data, out)
    assert updated  # the store was updated in place, not loaded again
    assert len(venues_counted) == 1 and venues_counted[0] is not None  # the venues the change reaches
    build(data, cold)
    rebuilt, fresh = open_store(out), open_store(cold)
    facts = lambda s: sorted(str(q) for q in s.quads_for_pattern(None, None, None, F.GRAPH))  # noqa: E731
    assert facts(rebuilt) == facts(fresh)
    every_venue = {q.subject for p in F.VENUE_WORKS.values() for q in fresh.quads_for_pattern(None, p, None, F.GRAPH)}
    assert venues_counted[0] < every_venue  # not every venue counted again
    for name in sorted(WITH_FACTS):
        assert answers(rebuilt, name).terms == answers(fresh, name).terms, name
    assert any(answers(rebuilt, name).rows != before[name] for name in WITH_FACTS)
    if change is _change_a_title:
        assert answers(rebuilt, "works-matching").rows != before["works-matching"]
        assert [r[1] for r in Q.run_named(rebuilt, "works-matching", text="zyzzylearning").rows] == [
            "Zyzzyva: Skeleton-to-Grid Representation Zyzzylearning for Action Recognition"]

TEXTS = ["learning", "LEARN", "earn", "tanbu", "ODO", "ep-le", "p le", "deep", "ning the", "g habit", "İst", "i̇st", "σοφίας οδος", "ΟΔΟΣ",
         "straße", "STRASSE", "_", "b c", "a_b", " ", "", "-", "s, d", "ense dat", "x", "ç", "Models, Dense"]


@pytest.mark.parametrize("seed", range(4))
def test_works_matching_on_the_words_of_the_titles_answers_what_its_sparql_answers(seed):
    """works-matching reads only the works with a title word the text falls on: for texts inside a word, across
    words, of separators only, upper-cased, of letters Python and SPARQL lower-case in more than one way."""
    plain, counted = random_store(seed), random_store(seed)
    F.write_facts(counted)
    query = Q.named_query("works-matching")
    found = 0
    for text in TEXTS:
        with no_variants():
            want = Q.run_query(plain, query, text=text)
        got = Q.run_query(counted, query, text=text)
        assert got.variables == want.variables and got.terms == want.terms and got.rows == want.rows, text
        found += len(got.rows)
    assert found > 20


def test_works_matching_reads_the_kept_titles_and_makes_terms_for_the_rows_found_only(monkeypatch):
    """No SPARQL but the text's LCASE; the rows come in the query's order; a title written in a line break
    or NUL, or a tie SPARQL orders, runs works-matching.rq itself (tested above for the answers)."""
    store = load_build([ROOT / "data"]).store
    F.write_facts(store)
    ran = []
    real = Q.run
    spy = lambda s, sparql, params=None, **kw: ran.append(sparql) or real(s, sparql, params, **kw)  # noqa: E731
    monkeypatch.setattr(Q, "run", spy)
    monkeypatch.setattr(F, "run", spy)  # (kg.facts holds its own name for it: the calls of matching_titles)
    rows, ordered = F.matching_titles(store, "learning")
    assert ordered and rows and all("learning" in r[1].value.lower() for r in rows)
    assert F.matching_titles(store, "zzz") == ([], True)
    assert not ran and Q.run_named(store, "works-matching", text="Learning").rows and not ran


def test_titles_no_separator_can_be_written_in_are_not_kept():
    work, name = NamedNode("https://example.org/kg/work/w"), NamedNode(S + "name")
    for title, kept in (("one\ntwo", True), ("one\ntwo\0three", False)):
        store = Store()
        store.extend([Quad(work, RDF_TYPE, NamedNode(S + "ScholarlyArticle")), Quad(work, name, Literal(title))])
        F.write_facts(store)
        assert (F.matching_titles(store, "two") is not None) == kept
        assert Q.run_named(store, "works-matching", text="two").rows == [(work.value, title, None)]


def _titled_store(rng: random.Random, titles: list[str], two_years: bool) -> Store:
    """Works with IRIs, each with a plain title (some two, some none) and a year (some none; some two: two rows
    of one work and title, a tie the query's order does not settle)."""
    quads = []
    for i in range(30):
        work = NamedNode(f"https://example.org/kg/work/w{i:02d}")
        quads.append(Quad(work, RDF_TYPE, NamedNode(S + "ScholarlyArticle")))
        for title in rng.sample(titles, rng.choice([0, 1, 1, 1, 2])):
            quads.append(Quad(work, NamedNode(S + "name"), Literal(title)))
        for year in rng.sample(["2019", "2020", "2021-05"], rng.choice([0, 1, 1, 1, 2] if two_years else [0, 1])):
            quads.append(Quad(work, NamedNode(S + "datePublished"), Literal(year)))
    store = Store()
    store.extend(quads)
    return store


@pytest.mark.parametrize("seed", range(12))
def test_titles_changed_are_put_in_the_kept_titles_where_a_full_count_puts_them(seed, monkeypatch):
    """A rebuild whose edit changed some titles (a work's title revised, a work new or gone, a title that ties
    with another or holds a line break) keeps the titles a full count keeps; when the rows stay in the
    query's order it does so from the kept texts, without counting every title again (at 1M triples the
    16,306 titles were made into terms and sorted on every such edit)."""
    rng = random.Random(seed)
    titles = [t for t in TITLES if "\n" not in t and "\0" not in t]
    store = _titled_store(rng, titles, two_years=seed % 3 == 0)
    F.write_facts(store)
    name = NamedNode(S + "name")
    works = sorted({q.subject for q in store.quads_for_pattern(None, RDF_TYPE, NamedNode(S + "ScholarlyArticle"))},
                   key=str)
    touched = set(rng.sample(works, 3))
    for work in sorted(touched, key=str):
        kind = rng.choice(["revised", "gone", "untitled", "tied", "broken"] if seed % 3 == 0 else ["revised"])
        for q in list(store.quads_for_pattern(work, name if kind != "gone" else None, None, DefaultGraph())):
            store.remove(q)
        new = {"revised": [f"{rng.choice(titles)} (revised)"], "tied": [rng.choice(titles)],
               "broken": ["two\nlines"]}.get(kind, [])
        store.extend([Quad(work, name, Literal(t)) for t in new])
    new_work = NamedNode("https://example.org/kg/work/w99")
    store.extend([Quad(new_work, RDF_TYPE, NamedNode(S + "ScholarlyArticle")), Quad(new_work, name, Literal("A B"))])
    touched.add(new_work)
    counted = []
    real = F._keep_titles
    monkeypatch.setattr(F, "_keep_titles", lambda rows: counted.append(len(rows)) or real(rows))
    F.update_facts(store, touched)
    if seed % 3:  # titles revised only: no tie, no line break, the kept rows in the query's order
        assert counted == []
    full = Store()
    full.extend(q for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != F.GRAPH)
    F.write_facts(full)
    facts = lambda s: sorted(str(q) for q in s.quads_for_pattern(None, None, None, F.GRAPH))  # noqa: E731
    assert facts(store) == facts(full)


def _without_identifiers(store, owner: bool) -> list:
    return [t[0] for t in F.kept_answer(store, "people-without-identifiers")[1] if (t[2].value == "true") == owner]


def _page_about_a_coauthor(store) -> set:
    """A page says it is also about a coauthor of its owner who has no identifier and owned no page: the
    owners, the pairs and that person's row change with no work's or person's statements changed."""
    about, default = NamedNode(S + "about"), DefaultGraph()
    page = min(F.sources_of(store), key=str)
    owner = next(q.object for q in store.quads_for_pattern(page, about, None, default))
    coauthors = {q.object for w in Q.works_of(store, owner)
                 for q in store.quads_for_pattern(w, NamedNode(S + "author"), None, default)}
    store.add(Quad(page, about, min(coauthors & set(_without_identifiers(store, False)), key=str)))
    return {page}


def _a_page_gone(store) -> set:
    """The statements of the page of an owner without identifiers removed (it is no kg:Source now): its
    owner owns no page, and the works they share with the other owners give no pair."""
    about, default = NamedNode(S + "about"), DefaultGraph()
    owner = min(_without_identifiers(store, True), key=str)
    page = next(q.subject for q in store.quads_for_pattern(None, about, owner, default))
    for q in list(store.quads_for_pattern(page, None, None, default)):
        store.remove(q)
    return {page}


@pytest.mark.parametrize("change", [_page_about_a_coauthor, _a_page_gone], ids=["new-owner", "owner-gone"])
def test_the_kept_answers_edited_where_a_change_reaches_are_those_counted_in_full(change, monkeypatch):
    """A change that touches a page only (no work, no person): the works of a new owner are read again and
    those an owner no longer owns are counted again, and the people whose owning a page changed get their
    row again, without counting either answer in full."""
    b = load_build([FIXTURES])
    store = b.store
    F.write_facts(store)
    before = {name: F.kept_answer(store, name) for name in KEPT}
    touched = change(store)
    full_count = []
    real_owners, real_run = Q.owners_of_works, Q.run_query
    monkeypatch.setattr(Q, "owners_of_works", lambda s, owners, works=None: (
        full_count.append("coauthor-network") if works is None else None) or real_owners(s, owners, works))
    monkeypatch.setattr(Q, "run_query", lambda s, query, **kw: full_count.append(query.name) or real_run(s, query, **kw))
    F.update_facts(store, touched)
    assert not full_count
    monkeypatch.undo()
    full = Store()
    full.extend(q for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != F.GRAPH)
    F.write_facts(full)
    for name in sorted(KEPT):
        assert F.kept_answer(store, name) == F.kept_answer(full, name), name
        assert F.kept_answer(store, name) != before[name], name
