"""Facts the build counts once for the named queries, kept in the build's store in a graph of kg's own.

Some named queries count over the whole graph: the triples of every page's graph (``sources``), the
pages of every work and person (``works-on-several-pages``, ``people-without-identifiers`` and its
``on-several-pages`` variant), the works of every venue (``venues``). Oxigraph reads 10-30 us per row,
so at 1M triples they took 0.25-4 s whatever the answer's size. The build counts them once into the
named graph ``urn:kg:facts`` of its store (:func:`write_facts`), a rebuild counts again only what its
change reaches (:func:`update_facts`), and those queries read the counts instead
(``kg/queries/variants/NAME.rq`` with ``# facts: yes``, run by :mod:`kg.query` when the store holds the
facts; the query of ``kg/queries/NAME.rq`` stays the definition, and the tests compare the two).

The facts are not data: they are in no output file (graph.ttl/nt/jsonld/trig are written from the
build, not from the store), ``kg push`` leaves their graph out, and the store's stamp does not count
them. Every count is the one the plain query makes:

- ``<source> facts:triples n``: statements in the source's graph (every ``kg:Source``, 0 for none);
- ``<work> facts:workPages n`` / ``<person> facts:personPages n`` (only n > 1): the distinct
  ``prov:wasDerivedFrom`` objects of a node typed so in the merged graph, with every ``kg:Source``
  whose graph types it so;
- ``<person> facts:pagesDerived n``: for each person with neither ``schema:sameAs`` nor
  ``schema:identifier``, the distinct objects of its ``prov:wasDerivedFrom`` (0 for none);
- ``<venue> facts:periodicalWorks n`` / ``facts:eventSeriesWorks n``: the authored works of a
  ``schema:Periodical`` (``schema:isPartOf``) or ``schema:EventSeries`` (``schema:publication/
  schema:superEvent``), as ``venues.rq`` counts them;
- the answers of ``coauthor-network`` and ``people-without-identifiers`` kept whole, and every title
  of every work with its year and its ``LCASE(STR(?title))`` for ``works-matching`` (one literal each:
  see "answers kept whole" below).
"""

from __future__ import annotations

import base64
import sys
from array import array

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad

from .query import holds, named_query, run
from .vocab import PREFIXES, RDF_TYPE

GRAPH = NamedNode("urn:kg:facts")
NS = "urn:kg:facts:"
VERSION = "3"  # 2: the words of the titles; 3: the kept answers and titles (an older store's queries run their own files)

# (the vocabulary as the queries write it: kg.query's prefixes)
_RDF_TYPE = NamedNode(RDF_TYPE)
_SCHEMA = PREFIXES["schema"]
_SOURCE = NamedNode(PREFIXES["kg"] + "Source")
_PERSON = NamedNode(_SCHEMA + "Person")
_ARTICLE = NamedNode(_SCHEMA + "ScholarlyArticle")
_DERIVED = NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
_SAME_AS, _IDENTIFIER = NamedNode(_SCHEMA + "sameAs"), NamedNode(_SCHEMA + "identifier")
_ABOUT, _NAME = NamedNode(_SCHEMA + "about"), NamedNode(_SCHEMA + "name")
_XSD_INTEGER = NamedNode(PREFIXES["xsd"] + "integer")
_VENUE_CLASSES = (NamedNode(_SCHEMA + "Periodical"), NamedNode(_SCHEMA + "EventSeries"))
_IS_PART_OF, _PUBLICATION, _SUPER_EVENT = (NamedNode(_SCHEMA + p) for p in ("isPartOf", "publication", "superEvent"))

_MARK = Quad(GRAPH, NamedNode(NS + "version"), Literal(VERSION), GRAPH)
TRIPLES, WORK_PAGES, PERSON_PAGES, PAGES_DERIVED = (NamedNode(NS + p) for p in (
    "triples", "workPages", "personPages", "pagesDerived"))
VENUE_WORKS = {"periodical": NamedNode(NS + "periodicalWorks"), "event series": NamedNode(NS + "eventSeriesWorks")}
_NODE_FACTS = (TRIPLES, WORK_PAGES, PERSON_PAGES, PAGES_DERIVED)


def has_facts(store) -> bool:
    """Whether ``store`` holds this version's facts (a build's store does; a store made otherwise may not)."""
    return holds(store, _MARK.subject, _MARK.predicate, _MARK.object, GRAPH)


def write_facts(store) -> None:
    """Count every fact of the store's graph into its facts graph (replacing what was there)."""
    if GRAPH in set(store.named_graphs()):
        store.remove_graph(GRAPH)
    sources = sources_of(store)
    works = _subjects(store, _ARTICLE)
    nodes = _subjects(store, _PERSON) | works | sources
    store.extend(_node_facts(store, nodes, sources, every=True) + _venue_facts(store) + [_MARK])
    store.extend(_keep_all(store) + _keep_titles(_titles(store)))


def update_facts(store, nodes, venues: set | None = None) -> None:
    """Count again the facts of ``nodes`` (every node a change may have touched: the subjects whose
    statements changed in the merged graph, the nodes typed in a page graph that changed, and those
    pages), and the venues' counts: of ``venues`` only (what :func:`venues_reached` gives on the store
    before the change and after), or of every venue when None (0.3-0.4 CPU s at 1M triples)."""
    nodes = set(nodes)
    old = [q for n in nodes for p in _NODE_FACTS for q in store.quads_for_pattern(n, p, None, GRAPH)]
    old += [q for p in VENUE_WORKS.values()
            for v in ([None] if venues is None else sorted(venues, key=str))
            for q in store.quads_for_pattern(v, p, None, GRAPH)]
    for q in old:
        store.remove(q)
    sources = {n for n in nodes if holds(store, n, _RDF_TYPE, _SOURCE, DefaultGraph())}
    store.extend(_node_facts(store, nodes, sources) + _venue_facts(store, venues))
    kept = _kept_quads(store)
    old = {(name if q.predicate == ANSWER else (name, _KEPT_AS[q.predicate])): q.object.value
           for name in (*KEPT, "works-matching") for q in kept if q.subject == _kept_node(name)}
    titles = old.get(("works-matching", "titles"))
    new = _update_kept(store, nodes, old) + (
        _keep_titles(_titles(store)) if titles is None else _titles_again(store, nodes, titles))
    # what is the same stays (9 MB of literals at 1M triples, most often all of it): no writes for it
    for q in set(kept) - set(new):
        store.remove(q)
    store.extend([q for q in new if q not in store])


def typed_in(store, graph: NamedNode) -> set:
    """The nodes ``graph`` types as a person or a work (whose page counts its change may touch)."""
    return {q.subject for cls in (_PERSON, _ARTICLE) for q in store.quads_for_pattern(None, _RDF_TYPE, cls, graph)}


def _subjects(store, cls: NamedNode) -> set:
    return {q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, cls, DefaultGraph())}


def _node_facts(store, nodes, sources, every: bool = False) -> list[Quad]:
    """The facts of ``nodes`` (the ``triples`` of those among ``sources``, the pages of the people and
    works). ``every``: ``nodes`` are every person, work and source of the store (:func:`write_facts`),
    and each pattern is read in one scan (:class:`_Scanned`) instead of node by node (:class:`_Lookups`:
    five lookups a node: write_facts took 15.5 CPU s at 1M triples, 12.0 so)."""
    integers: dict = {}

    def fact(node, pred, n: int) -> Quad:
        return Quad(node, pred, integers.setdefault(n, Literal(str(n), datatype=_XSD_INTEGER)), GRAPH)

    out = []
    for source in sources:
        if isinstance(source, NamedNode):
            rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {source} {{ ?s ?p ?o }} }}")
            count = int(next(iter(rows))["n"].value)
        else:  # GRAPH ?source reaches a blank node's graph too (not written in a query's text: a variable there)
            count = sum(1 for _ in store.quads_for_pattern(None, None, None, source))
        out.append(fact(source, TRIPLES, count))
    read = (_Scanned if every else _Lookups)(store, sources_of(store))
    for node in nodes:
        types = read.types(node)
        if _PERSON not in types and _ARTICLE not in types:
            continue
        derived = read.derived(node)
        if _PERSON in types and not read.identified(node):
            out.append(fact(node, PAGES_DERIVED, len(derived)))
        for cls, pred in ((_PERSON, PERSON_PAGES), (_ARTICLE, WORK_PAGES)):
            if cls in types:
                pages = len(read.pages(node, cls, derived))
                if pages > 1:
                    out.append(fact(node, pred, pages))
    return out


class _Lookups:
    """What :func:`_node_facts` reads of a node, looked up node by node (a rebuild's few nodes); ``sources``
    every ``kg:Source``."""

    def __init__(self, store, sources: set):
        self.store, self.sources, self.default = store, sources, DefaultGraph()

    def types(self, node) -> set:
        """Its classes in the merged graph (of which only schema:Person and schema:ScholarlyArticle are asked)."""
        return {q.object for q in self.store.quads_for_pattern(node, _RDF_TYPE, None, self.default)}

    def derived(self, node) -> set:
        return {q.object for q in self.store.quads_for_pattern(node, _DERIVED, None, self.default)}

    def identified(self, node) -> bool:
        """Whether it has a schema:sameAs or a schema:identifier in the merged graph."""
        return holds(self.store, node, _SAME_AS, None, self.default) or holds(self.store, node, _IDENTIFIER, None,
                                                                              self.default)

    def pages(self, node, cls: NamedNode, derived: set) -> set:
        return pages_of(self.store, node, cls, self.sources, derived)


class _Scanned:
    """What :func:`_node_facts` reads of every node, each pattern read once for all (the answers of
    :class:`_Lookups`, for the two classes asked)."""

    def __init__(self, store, sources: set):
        default = DefaultGraph()
        self.classes = {cls: _subjects(store, cls) for cls in (_PERSON, _ARTICLE)}
        # (SPARQL projecting the terms used: a quad pattern decodes all four, 20-30% dearer on the store on disk)
        self._derived: dict = {}
        for node, page in store.query(f"SELECT ?s ?o WHERE {{ ?s {_DERIVED} ?o }}"):
            self._derived.setdefault(node, set()).add(page)
        self._identified = {q.subject for p in (_SAME_AS, _IDENTIFIER)
                            for q in store.quads_for_pattern(None, p, None, default)}
        self._typed_in: dict = {}
        for cls in self.classes:
            for node, graph in store.query(f"SELECT ?s ?g WHERE {{ GRAPH ?g {{ ?s {_RDF_TYPE} {cls} }} }}"):
                if graph in sources:
                    self._typed_in.setdefault((node, cls), set()).add(graph)

    def types(self, node) -> set:
        return {cls for cls, members in self.classes.items() if node in members}

    def derived(self, node) -> set:
        return self._derived.get(node, set())

    def identified(self, node) -> bool:
        return node in self._identified

    def pages(self, node, cls: NamedNode, derived: set) -> set:
        """As :func:`pages_of` counts them: ``derived`` and the sources whose graph types it ``cls``."""
        return derived | self._typed_in.get((node, cls), set())


def pages_of(store, node, cls: NamedNode, sources: set, derived: set | None = None) -> set:
    """The pages of ``node``, a node the merged graph types ``cls`` (a person or a work), as the queries
    on several pages count them: the objects of its ``prov:wasDerivedFrom`` in the merged graph
    (``derived``, when the caller has read them) and every page of ``sources`` (the ``kg:Source``s)
    whose graph types it ``cls``."""
    if derived is None:
        derived = {q.object for q in store.quads_for_pattern(node, _DERIVED, None, DefaultGraph())}
    graphs = {q.graph_name for q in store.quads_for_pattern(node, _RDF_TYPE, cls) if q.graph_name in sources}
    return derived | graphs


def sources_of(store) -> set:
    """The pages: every ``kg:Source`` of the merged graph."""
    return _subjects(store, _SOURCE)


def _venue_facts(store, venues: set | None = None) -> list[Quad]:
    """The authored works of every venue (or of ``venues`` only), as ``venues.rq`` counts them for everyone
    (its own file: a variant reads these counts, so they cannot come from a variant)."""
    # venues.rq names no graph: kg.query.run gives it the store as it is
    query = named_query("venues").sparql
    results = [run(store, query)] if venues is None else [run(store, query, {"venue": v})
                                                          for v in sorted(venues, key=str)]
    out = []
    for result in results:
        at = {v: result.variables.index(v) for v in ("venue", "type", "works")}
        out += [Quad(t[at["venue"]], VENUE_WORKS[t[at["type"]].value], t[at["works"]], GRAPH) for t in result.terms]
    return out


def venues_reached(store, subjects) -> set | None:
    """The venues (``schema:Periodical`` or ``schema:EventSeries`` in the merged graph of ``store``) whose
    counts a change of the merged-graph statements of ``subjects`` may touch: a subject that is one, and
    those its ``schema:isPartOf``, its ``schema:superEvent`` and its ``schema:publication``'s
    ``schema:superEvent`` name. A work counted for a venue in one store and not in the other lacks there a
    statement of its own, of its event or of the venue, so that statement's subject changed, and this
    function on the store that holds it reaches the venue: :func:`update_facts` needs the union of what it
    gives on the store before the change and after. None if a venue reached is a blank node (no query can
    name it: every venue is counted again then)."""
    default = DefaultGraph()

    def objects(node, pred) -> list:
        return [q.object for q in store.quads_for_pattern(node, pred, None, default)]

    found = set()
    for node in subjects:
        found.add(node)
        found.update(objects(node, _IS_PART_OF))
        found.update(objects(node, _SUPER_EVENT))
        for event in objects(node, _PUBLICATION):
            if not isinstance(event, Literal):
                found.update(objects(event, _SUPER_EVENT))
    venues = {v for v in found if not isinstance(v, Literal)
              and any(holds(store, v, _RDF_TYPE, cls, default) for cls in _VENUE_CLASSES)}
    return None if any(isinstance(v, BlankNode) for v in venues) else venues


# --- answers kept whole, for the whole-graph queries whose rows are many -----------------------------
#
# coauthor-network (75,513 rows at 1M triples) and people-without-identifiers (2,914) cost what reading
# their rows' terms from the store on disk costs (4-13 us a term: 1.4-2.1 s and 110-170 ms), however
# they are counted. The build keeps their answers whole, one literal each (:func:`encode`: the distinct
# terms once, each column as an array of indices into them), read back in one lookup; a rebuild edits
# them where its change reaches (the people it touched; the works it touched, from the works two owners
# share, kept beside the answer).

ANSWER, SHARED, TITLES = NamedNode(NS + "answer"), NamedNode(NS + "sharedWorks"), NamedNode(NS + "titles")
KEPT = ("coauthor-network", "people-without-identifiers")
_KEPT_AS = {SHARED: "shared", TITLES: "titles"}


def _kept_node(name: str) -> NamedNode:
    return NamedNode(f"{NS}answers:{name}")


def _pack(column: array) -> str:
    """An array of 32-bit indices as text: little-endian bytes, base64 (what :func:`_unpack` reads)."""
    if sys.byteorder != "little":
        column = array("I", column)
        column.byteswap()
    return base64.b64encode(column.tobytes()).decode("ascii")


def _unpack(text: str) -> array:
    """The array of 32-bit indices :func:`_pack` wrote."""
    column = array("I")
    column.frombytes(base64.b64decode(text))
    if sys.byteorder != "little":
        column.byteswap()
    return column


def encode(variables: list[str], terms: list[tuple]) -> str | None:
    """A query's rows (pyoxigraph terms, None for unbound) as one text: its variables, its distinct terms
    (``["n", iri]``, ``["b", id]``, ``["l", text, datatype]`` or ``["l", text, "@lang"]``, null) and
    each column as little-endian 32-bit indices into them, base64. None for a term of another kind."""
    import json
    from operator import itemgetter

    index: dict = {}
    columns = []
    for at in range(len(variables)):  # a column at a time, its loops in C (a rebuild encodes 75k rows)
        values = list(map(itemgetter(at), terms))
        new = [t for t in dict.fromkeys(values) if t not in index]
        index.update(zip(new, range(len(index), len(index) + len(new))))
        columns.append(array("I", map(index.__getitem__, values)))
    written = [_term_json(t) for t in index]
    if any(w is False for w in written):
        return None
    return json.dumps({"variables": list(variables), "terms": written, "columns": [_pack(c) for c in columns]},
                      ensure_ascii=False, separators=(",", ":"))


def decode(text: str, python: bool = True):
    """The variables, the rows as terms and the rows as Python values (:func:`kg.query.to_python`; None
    without ``python``) of an :func:`encode`-d answer."""
    import json

    from .memory import collector_paused
    from .query import to_python

    found = json.loads(text)
    table = [_json_term(t) for t in found["terms"]]
    values = [to_python(t) for t in table] if python else None
    columns = _columns(found)
    # 75k rows of tuples: the collector would walk them again and again as they are made (half the time)
    with collector_paused():
        terms = list(zip(*(map(table.__getitem__, c) for c in columns)))
        rows = list(zip(*(map(values.__getitem__, c) for c in columns))) if python else None
    return found["variables"], terms, rows


def _columns(found: dict) -> list:
    """The columns of an :func:`encode`-d answer read by ``json.loads``: arrays of indices into its terms."""
    return [_unpack(data) for data in found["columns"]]


def _term_json(term):
    if term is None:
        return None
    kind = type(term)
    if kind is NamedNode:
        return ["n", term.value]
    if kind is BlankNode:
        return ["b", term.value]
    if kind is Literal:
        return ["l", term.value, "@" + term.language if term.language else term.datatype.value]
    return False


def _json_term(found):
    if found is None:
        return None
    if found[0] == "n":
        return NamedNode(found[1])
    if found[0] == "b":
        return BlankNode(found[1])
    tag = found[2]
    return Literal(found[1], language=tag[1:]) if tag.startswith("@") else Literal(found[1], datatype=NamedNode(tag))


def kept_answer(store, name: str):
    """The answer the build kept for the named query ``name`` (its variables, terms and rows), or None."""
    found = next(iter(store.quads_for_pattern(_kept_node(name), ANSWER, None, GRAPH)), None)
    return decode(found.object.value) if found is not None else None


def _keep(name: str, variables, terms) -> list[Quad]:
    text = encode(variables, terms)
    return [] if text is None else [Quad(_kept_node(name), ANSWER, Literal(text), GRAPH)]


def _kept_quads(store) -> list[Quad]:
    return [q for name in (*KEPT, "works-matching") for q in store.quads_for_pattern(_kept_node(name), None, None, GRAPH)]


def _keep_all(store) -> list[Quad]:
    """The kept answers counted in full (after the other facts: people-without-identifiers reads them)."""
    from .query import named_query, network_names, network_owners, network_rows, owners_of_works, run_query

    owners = network_owners(store)
    shared, names = owners_of_works(store, owners), network_names(store, owners)
    network = network_rows(store, owners, shared, names)
    people = run_query(store, named_query("people-without-identifiers"))
    return (_keep("coauthor-network", network.variables, network.terms) + _keep_shared(owners, names, shared)
            + _keep("people-without-identifiers", people.variables, people.terms))


def _keep_shared(owners: list, names: dict, shared: dict) -> list[Quad]:
    """The owners with their names (rows without a work) and the works two of them share: what a rebuild
    counts coauthor-network again from (:func:`_network_again`)."""
    rows = [(None, o, names[o]) for o in owners] + [(w, o, None) for w in sorted(shared, key=str)
                                                    if len(shared[w]) > 1 for o in sorted(shared[w], key=str)]
    text = encode(["work", "owner", "name"], rows)
    return [] if text is None else [Quad(_kept_node("coauthor-network"), SHARED, Literal(text), GRAPH)]


def _update_kept(store, nodes: set, old: dict) -> list[Quad]:
    """The kept answers again, edited where ``nodes`` (what the change touched) reach; ``old`` the texts
    the store held (name or (name, "shared") -> text). An answer kept in no text is counted in full."""
    from .query import named_query, run_query

    out = _network_again(store, nodes, old.get("coauthor-network"), old.get(("coauthor-network", "shared")))
    people = _people_again(store, nodes, old["people-without-identifiers"]) if "people-without-identifiers" in old else None
    if people is None:
        for q in store.quads_for_pattern(_kept_node("people-without-identifiers"), ANSWER, None, GRAPH):
            store.remove(q)  # (else the query reads it back)
        people = run_query(store, named_query("people-without-identifiers"))
    return out + _keep("people-without-identifiers", people.variables, people.terms)


def _network_again(store, nodes: set, answer: str | None, kept: str | None) -> list[Quad]:
    """coauthor-network again from the works two owners share as kept: the works among ``nodes`` (their
    authors or type may have changed), those of an owner that is one no more and every work of a new
    owner read again, and the names of the owners among ``nodes``; the answer kept as it was when
    none of these changed (most edits of a page: its works and owner are touched, their owners and
    names the same), counted again from the shared works otherwise."""
    from .query import network_names, network_owners, network_rows, owners_of_works, works_of

    owners = network_owners(store)
    if answer is None or kept is None:
        shared, names = owners_of_works(store, owners), network_names(store, owners)
    else:
        _variables, rows, _python = decode(kept, python=False)
        before = {o: name for w, o, name in rows if w is None}
        shared: dict = {}
        for w, o, _name in rows:
            if w is not None:
                shared.setdefault(w, set()).add(o)
        gone = set(before) - set(owners)
        works = {n for n in nodes if not isinstance(n, Literal)}
        works |= {w for w, group in shared.items() if group & gone}
        for owner in set(owners) - set(before):
            works |= works_of(store, owner)
        same = list(before) == owners
        for w, group in owners_of_works(store, owners, works).items():
            group = group if len(group) > 1 else None
            if group != shared.get(w):
                same = False
                if group:
                    shared[w] = group
                else:
                    del shared[w]
        names = {**{o: before[o] for o in owners if o in before and o not in nodes},
                 **network_names(store, [o for o in owners if o not in before or o in nodes])}
        if same and names == before:
            node = _kept_node("coauthor-network")
            return [Quad(node, ANSWER, Literal(answer), GRAPH), Quad(node, SHARED, Literal(kept), GRAPH)]
    network = network_rows(store, owners, shared, names)
    return _keep("coauthor-network", network.variables, network.terms) + _keep_shared(owners, names, shared)


def _people_again(store, nodes: set, text: str):
    """people-without-identifiers from its kept rows: those of the people among ``nodes`` and of the
    people whose owning a page changed, made again (the query's rows, its ORDER BY ?name ?person done
    here); None when a person is a blank node (Oxigraph orders those) or has a name with no STR()."""
    from .query import _XSD_FALSE, _XSD_TRUE, _NoStr, _min_str, _order, QueryResult, to_python

    variables, terms, _python = decode(text, python=False)
    rows = {t[0]: t for t in terms}
    default = DefaultGraph()
    sources = sources_of(store)
    owners = {q.object for q in store.quads_for_pattern(None, _ABOUT, None, default) if q.subject in sources}
    again = {n for n in nodes if not isinstance(n, Literal)}
    again |= {p for p, t in rows.items() if (t[2] == _XSD_TRUE) != (p in owners)}
    try:
        for person in again:
            rows.pop(person, None)
            pages = next(iter(store.quads_for_pattern(person, PAGES_DERIVED, None, GRAPH)), None)
            if pages is not None:
                rows[person] = (person, _min_str(store, person, _NAME), _XSD_TRUE if person in owners else _XSD_FALSE,
                                pages.object)
    except _NoStr:
        return None
    if any(isinstance(p, BlankNode) for p in rows):
        return None
    terms = sorted(rows.values(), key=lambda t: (_order(t[1]), _order(t[0])))
    return QueryResult(variables, [tuple(map(to_python, t)) for t in terms], terms=terms)


# --- the titles, for works-matching ----------------------------------------------------------------
#
# works-matching reads the title of every work (CONTAINS over LCASE(STR(?title))): 0.6-1.0 s at 1M
# triples, 150-190 ms when only the works of the title words a text falls on were read (what reading
# their rows' terms costs). The build keeps every (work, title, year) row of works-matching.rq with the
# title lower-cased by Oxigraph (LCASE, as the query does), and the query tests the lower-cased titles
# in Python, making terms for the rows found only (:func:`matching_titles`).

_TITLES = """SELECT ?work ?title ?year (LCASE(STR(?title)) AS ?lower)
WHERE {
  ?work a <https://schema.org/ScholarlyArticle> ; <https://schema.org/name> ?title .
  OPTIONAL { ?work <https://schema.org/datePublished> ?date }
  BIND (<http://www.w3.org/2001/XMLSchema#integer>(SUBSTR(STR(?date), 1, 4)) AS ?year)
}"""
_TITLE_COLUMNS = ["work", "title", "year", "lower"]


def _titles(store, nodes=None) -> list[tuple]:
    """works-matching.rq's rows for every text, with ``?lower``, of every work or of those among ``nodes``."""
    if nodes is None:
        return [tuple(r) for r in store.query(_TITLES)]
    named = " ".join(str(n) for n in nodes if isinstance(n, NamedNode))
    rows = [tuple(r) for r in store.query(_TITLES.replace("WHERE {", f"WHERE {{ VALUES ?work {{ {named} }}", 1))]
    blank = {n for n in nodes if isinstance(n, BlankNode)}
    if blank:  # a blank node written in a query's text would be a variable: the titles of all, these kept
        rows += [tuple(r) for r in store.query(_TITLES) if r["work"] in blank]
    return rows


def _keep_titles(rows: list[tuple]) -> list[Quad]:
    """The titles as one literal: the works, the titles' texts and the lower-cased titles each one text
    of lines (split in C when read; a separator no title has: a line break, else NUL, else the titles
    are not kept), each title's kind and each year once with the rows' indices into them, the rows in
    the query's order (ORDER BY ?title ?work) when Python orders the titles as SPARQL does (then the
    rows found need no sorting), else by their text. A row whose title has no STR() is left out: it
    matches no text."""
    from .query import QueryResult, _python_order

    rows = [r for r in rows if r[3] is not None]
    # (in the query's order rows differ in their keys or not at all: the order is the same whatever came in)
    order = _python_order(QueryResult(_TITLE_COLUMNS, [], terms=rows), (("title", False), ("work", False)))
    if order is not None:
        rows = [rows[n] for n in order]
    else:
        rows.sort(key=lambda r: tuple("" if t is None else str(t) for t in r))
    text = "".join(str(r[0]) + r[1].value + r[3].value for r in rows)
    sep = next((c for c in "\n\0" if c not in text), None)
    if sep is None:
        return []
    kinds: dict = {}
    years: dict = {}
    kind = array("I", (kinds.setdefault(tuple(_term_json(r[1])[0::2]), len(kinds)) for r in rows))
    year = array("I", (years.setdefault(r[2], len(years)) for r in rows))
    return _titles_quad(sep, order is not None,
                        [str(r[0])[1:-1] if isinstance(r[0], NamedNode) else str(r[0]) for r in rows],
                        [r[1].value for r in rows], [r[3].value for r in rows],
                        list(kinds), [_term_json(y) for y in years], kind, year)


def _titles_quad(sep: str, ordered: bool, works: list[str], titles: list[str], lowers: list[str], kinds: list,
                 years: list, kind: array, year: array) -> list[Quad]:
    """The kept titles' one literal (read by :func:`_kept_rows` and :func:`matching_titles`): the rows'
    works, titles and lower-cased titles each one text of lines, the kinds and years once each with the
    rows' indices into them."""
    import json

    kept = {"separator": sep, "ordered": ordered, "works": sep.join(works), "titles": sep.join(titles),
            "lowers": sep.join(lowers), "kinds": kinds, "years": years, "kind": _pack(kind), "year": _pack(year)}
    return [Quad(_kept_node("works-matching"), TITLES, Literal(json.dumps(kept, ensure_ascii=False)), GRAPH)]


def _titles_again(store, nodes: set, text: str) -> list[Quad]:
    """The kept titles with those of the works among ``nodes`` read again (kept as they were when these
    are the same: most edits of a page touch its works, not their titles)."""
    import json

    kept = json.loads(text)
    written = {str(n)[1:-1] if isinstance(n, NamedNode) else str(n) for n in nodes if not isinstance(n, Literal)}
    lowers = _lines(kept, "lowers")
    at = [i for i, work in enumerate(_lines(kept, "works")) if work in written]
    fresh = [r for r in _titles(store, nodes) if r[3] is not None]
    key = lambda r: tuple("" if t is None else str(t) for t in r)  # noqa: E731
    if sorted(map(key, fresh)) == sorted(key((*r, Literal(lowers[i]))) for i, r in zip(at, _kept_rows(kept, at))):
        return [Quad(_kept_node("works-matching"), TITLES, Literal(text), GRAPH)]
    spliced = _titles_spliced(kept, set(at), fresh)
    if spliced is not None:
        return spliced
    at = set(at)
    rest = [i for i in range(len(lowers)) if i not in at]
    return _keep_titles([(*r, Literal(lowers[i])) for i, r in zip(rest, _kept_rows(kept, rest))] + fresh)


def _titles_spliced(kept: dict, at: set, fresh: list[tuple]) -> list[Quad] | None:
    """What :func:`_keep_titles` makes of the kept titles less the rows ``at`` (indices) plus ``fresh`` (rows with
    ``?lower``), made from the kept texts without a term for each row nor sorting them all (at 1M triples the
    16,306 titles were made into terms and sorted again whenever an edit changed one title): the fresh rows are
    put where the query's order (``?title``, then ``?work``) puts them. None when that cannot be done so:
    the kept rows not in that order, a title that is not a plain string or a work that is not an IRI, two rows
    with the same keys (a tie), a line break in a fresh row (the separator)."""
    import json
    from bisect import bisect_left

    from .query import _XSD_STRING

    string = ["l", _XSD_STRING]
    if not kept["ordered"] or kept["separator"] != "\n" or kept["kinds"] not in ([string], []):
        return None
    for work, title, _year, lower in fresh:
        if type(work) is not NamedNode or type(title) is not Literal or title.language \
                or title.datatype.value != _XSD_STRING or "\n" in work.value + title.value + lower.value:
            return None
    works, titles, lowers = _lines(kept, "works"), _lines(kept, "titles"), _lines(kept, "lowers")
    year = _unpack(kept["year"])
    # (the kept rows as (title, work, year's JSON, lower), in order; then the fresh rows put in)
    rows = [(titles[i], works[i], kept["years"][year[i]], lowers[i]) for i in range(len(works)) if i not in at]
    keys = [r[:2] for r in rows]
    for work, title, when, lower in sorted(fresh, key=lambda r: (r[1].value, r[0].value)):
        row = (title.value, work.value, _term_json(when), lower.value)
        n = bisect_left(keys, row[:2])
        keys.insert(n, row[:2])
        rows.insert(n, row)
    if any(a == b for a, b in zip(keys, keys[1:])):
        return None  # a tie: the full count tells whether the query orders it
    years: dict = {}
    column = array("I", (years.setdefault(json.dumps(r[2]), len(years)) for r in rows))
    return _titles_quad("\n", True, [r[1] for r in rows], [r[0] for r in rows], [r[3] for r in rows],
                        [string] if rows else [], [json.loads(y) for y in years], array("I", [0]) * len(rows), column)


def _kept_rows(kept: dict, rows) -> list[tuple]:
    """The (work, title, year) terms of the kept titles' ``rows`` (indices)."""
    works, titles = _lines(kept, "works"), _lines(kept, "titles")
    kinds = [_maker(k) for k in kept["kinds"]]
    years = [_json_term(y) for y in kept["years"]]
    kind, year = _unpack(kept["kind"]), _unpack(kept["year"])
    return [(BlankNode(works[i][2:]) if works[i].startswith("_:") else NamedNode(works[i]),
             kinds[kind[i]](titles[i]), years[year[i]]) for i in rows]


def _maker(kind: list):
    """A function making a term of the kind (:func:`_term_json` without its text) from a text."""
    if kind[0] == "n":
        return NamedNode
    if kind[0] == "b":
        return BlankNode
    tag = kind[1]
    if tag.startswith("@"):
        return lambda text: Literal(text, language=tag[1:])
    datatype = NamedNode(tag)
    return lambda text: Literal(text, datatype=datatype)


def matching_titles(store, lower: str) -> tuple[list[tuple], bool] | None:
    """The (work, title, year) rows of works-matching.rq whose lower-cased title contains ``lower`` (the
    text as LCASE(STR(?text)) gives it), from the titles the build kept, and whether they are in the
    query's order; None when it kept none."""
    import json

    found = next(iter(store.quads_for_pattern(_kept_node("works-matching"), TITLES, None, GRAPH)), None)
    if found is None:
        return None
    kept = json.loads(found.object.value)
    return _kept_rows(kept, [i for i, title in enumerate(_lines(kept, "lowers")) if lower in title]), kept["ordered"]


def _lines(kept: dict, key: str) -> list[str]:
    # (no rows: no work, whose IRI or blank node is never empty)
    return kept[key].split(kept["separator"]) if kept["works"] else []
