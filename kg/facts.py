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
  schema:superEvent``).
"""

from __future__ import annotations

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

GRAPH = NamedNode("urn:kg:facts")
NS = "urn:kg:facts:"
VERSION = "1"

_RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_SCHEMA = "https://schema.org/"
_SOURCE = NamedNode("https://example.org/kg/ns#Source")
_PERSON = NamedNode(_SCHEMA + "Person")
_ARTICLE = NamedNode(_SCHEMA + "ScholarlyArticle")
_DERIVED = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_SAME_AS, _IDENTIFIER = NamedNode(_SCHEMA + "sameAs"), NamedNode(_SCHEMA + "identifier")
_XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")

_MARK = Quad(GRAPH, NamedNode(NS + "version"), Literal(VERSION), GRAPH)
TRIPLES, WORK_PAGES, PERSON_PAGES, PAGES_DERIVED = (NamedNode(NS + p) for p in (
    "triples", "workPages", "personPages", "pagesDerived"))
VENUE_WORKS = {"periodical": NamedNode(NS + "periodicalWorks"), "event series": NamedNode(NS + "eventSeriesWorks")}
_NODE_FACTS = (TRIPLES, WORK_PAGES, PERSON_PAGES, PAGES_DERIVED)

def has_facts(store) -> bool:
    """Whether ``store`` holds this version's facts (a build's store does; a store made otherwise may not)."""
    return next(iter(store.quads_for_pattern(_MARK.subject, _MARK.predicate, _MARK.object, GRAPH)), None) is not None


def write_facts(store) -> None:
    """Count every fact of the store's graph into its facts graph (replacing what was there)."""
    if GRAPH in set(store.named_graphs()):
        store.remove_graph(GRAPH)
    sources = sources_of(store)
    nodes = _subjects(store, _PERSON) | _subjects(store, _ARTICLE) | sources
    store.extend(_node_facts(store, nodes, sources) + _venue_facts(store) + [_MARK])


def update_facts(store, nodes) -> None:
    """Count again the facts of ``nodes`` (every node a change may have touched: the subjects whose
    statements changed in the merged graph, the nodes typed in a page graph that changed, and those
    pages), and every venue's (they depend on works, their events and series: counted in full, 0.37 CPU s
    at 1M triples)."""
    nodes = set(nodes)
    old = [q for n in nodes for p in _NODE_FACTS for q in store.quads_for_pattern(n, p, None, GRAPH)]
    old += [q for p in VENUE_WORKS.values() for q in store.quads_for_pattern(None, p, None, GRAPH)]
    for q in old:
        store.remove(q)
    sources = {n for n in nodes if _has(store, n, _RDF_TYPE, _SOURCE)}
    store.extend(_node_facts(store, nodes, sources) + _venue_facts(store))


def typed_in(store, graph: NamedNode) -> set:
    """The nodes ``graph`` types as a person or a work (whose page counts its change may touch)."""
    return {q.subject for cls in (_PERSON, _ARTICLE) for q in store.quads_for_pattern(None, _RDF_TYPE, cls, graph)}


def _subjects(store, cls: NamedNode) -> set:
    return {q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, cls, DefaultGraph())}


def _has(store, s, p, o=None) -> bool:
    return next(iter(store.quads_for_pattern(s, p, o, DefaultGraph())), None) is not None


def _node_facts(store, nodes, sources) -> list[Quad]:
    default = DefaultGraph()
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
    all_sources = sources_of(store)
    for node in nodes:
        types = {q.object for q in store.quads_for_pattern(node, _RDF_TYPE, None, default)}
        if _PERSON not in types and _ARTICLE not in types:
            continue
        derived = {q.object for q in store.quads_for_pattern(node, _DERIVED, None, default)}
        if _PERSON in types and not _has(store, node, _SAME_AS) and not _has(store, node, _IDENTIFIER):
            out.append(fact(node, PAGES_DERIVED, len(derived)))
        for cls, pred in ((_PERSON, PERSON_PAGES), (_ARTICLE, WORK_PAGES)):
            if cls in types:
                pages = len(pages_of(store, node, cls, all_sources, derived))
                if pages > 1:
                    out.append(fact(node, pred, pages))
    return out


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


def _venue_facts(store) -> list[Quad]:
    """The authored works of every venue, as ``venues.rq`` counts them for everyone (its own file: a
    variant reads these counts, so they cannot come from a variant)."""
    from .query import named_query, run

    result = run(store, named_query("venues").sparql)
    at = {v: result.variables.index(v) for v in ("venue", "type", "works")}
    return [Quad(t[at["venue"]], VENUE_WORKS[t[at["type"]].value], t[at["works"]], GRAPH) for t in result.terms]
