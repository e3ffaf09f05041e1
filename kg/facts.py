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

_VENUES = """
PREFIX schema: <https://schema.org/>
SELECT ?venue ?type (COUNT(DISTINCT ?work) AS ?works)
WHERE {
  { ?work schema:isPartOf ?venue . ?venue a schema:Periodical . ?work a schema:ScholarlyArticle .
    BIND ("periodical" AS ?type) }
  UNION
  { ?work schema:publication/schema:superEvent ?venue . ?venue a schema:EventSeries . ?work a schema:ScholarlyArticle .
    BIND ("event series" AS ?type) }
  FILTER EXISTS { ?work schema:author ?person }
}
GROUP BY ?venue ?type
"""


def has_facts(store) -> bool:
    """Whether ``store`` holds this version's facts (a build's store does; a store made otherwise may not)."""
    return next(iter(store.quads_for_pattern(_MARK.subject, _MARK.predicate, _MARK.object, GRAPH)), None) is not None


def write_facts(store) -> None:
    """Count every fact of the store's graph into its facts graph (replacing what was there)."""
    if GRAPH in set(store.named_graphs()):
        store.remove_graph(GRAPH)
    sources = _subjects(store, _SOURCE)
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
        count = 0  # GRAPH ?source matches nothing when the source is not an IRI
        if isinstance(source, NamedNode):
            rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {source} {{ ?s ?p ?o }} }}")
            count = int(next(iter(rows))["n"].value)
        out.append(fact(source, TRIPLES, count))
    all_sources = None
    for node in nodes:
        types = {q.object for q in store.quads_for_pattern(node, _RDF_TYPE, None, default)}
        if _PERSON not in types and _ARTICLE not in types:
            continue
        derived = {q.object for q in store.quads_for_pattern(node, _DERIVED, None, default)}
        if _PERSON in types and not _has(store, node, _SAME_AS) and not _has(store, node, _IDENTIFIER):
            out.append(fact(node, PAGES_DERIVED, len(derived)))
        for cls, pred in ((_PERSON, PERSON_PAGES), (_ARTICLE, WORK_PAGES)):
            if cls not in types:
                continue
            graphs = {q.graph_name for q in store.quads_for_pattern(node, _RDF_TYPE, cls)
                      if isinstance(q.graph_name, NamedNode)}
            if graphs - derived:
                all_sources = _subjects(store, _SOURCE) if all_sources is None else all_sources
                pages = len(derived | (graphs & all_sources))
            else:
                pages = len(derived)
            if pages > 1:
                out.append(fact(node, pred, pages))
    return out


def _venue_facts(store) -> list[Quad]:
    out = []
    for row in store.query(_VENUES):
        out.append(Quad(row["venue"], VENUE_WORKS[row["type"].value], row["works"], GRAPH))
    return out
