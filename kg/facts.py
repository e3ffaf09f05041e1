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
- ``<work> facts:titleWord "word"``: each word of each title of a work, lower-cased as
  ``works-matching.rq`` does (``LCASE(STR(?title))``), and ``facts:titles facts:words "..."`` the
  vocabulary (every such word, one a line): ``works-matching`` reads the works of the words a text
  falls on (:func:`title_words_for`), not every title.
"""

from __future__ import annotations

import re
from typing import Iterator

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from .query import holds, named_query, run
from .vocab import PREFIXES

GRAPH = NamedNode("urn:kg:facts")
NS = "urn:kg:facts:"
VERSION = "2"  # 2: the words of the titles (a store of version 1 has none: its queries run their own files)

# (the vocabulary as the queries write it: kg.query's prefixes)
_RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
_SCHEMA = PREFIXES["schema"]
_SOURCE = NamedNode(PREFIXES["kg"] + "Source")
_PERSON = NamedNode(_SCHEMA + "Person")
_ARTICLE = NamedNode(_SCHEMA + "ScholarlyArticle")
_DERIVED = NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
_SAME_AS, _IDENTIFIER = NamedNode(_SCHEMA + "sameAs"), NamedNode(_SCHEMA + "identifier")
_XSD_INTEGER = NamedNode(PREFIXES["xsd"] + "integer")

_MARK = Quad(GRAPH, NamedNode(NS + "version"), Literal(VERSION), GRAPH)
TRIPLES, WORK_PAGES, PERSON_PAGES, PAGES_DERIVED, TITLE_WORD = (NamedNode(NS + p) for p in (
    "triples", "workPages", "personPages", "pagesDerived", "titleWord"))
VENUE_WORKS = {"periodical": NamedNode(NS + "periodicalWorks"), "event series": NamedNode(NS + "eventSeriesWorks")}
_NODE_FACTS = (TRIPLES, WORK_PAGES, PERSON_PAGES, PAGES_DERIVED, TITLE_WORD)
_VOCABULARY = (NamedNode(NS + "titles"), NamedNode(NS + "words"))

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
    store.extend(_node_facts(store, nodes, sources) + _venue_facts(store) + [_MARK])
    # 145k statements at 1M triples, added a chunk at a time by the bulk loader (the whole list and a
    # transaction over it took 240 MiB more at the build's highest point; these 20 MiB, for 1 CPU s more)
    vocabulary: set = set()
    chunk: list = []
    for q in _title_words(store):
        chunk.append(q)
        vocabulary.add(q.object.value)
        if len(chunk) == _CHUNK:
            store.bulk_extend(chunk)
            chunk = []
    store.bulk_extend(chunk)
    store.add(_vocabulary(vocabulary))


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
    sources = {n for n in nodes if holds(store, n, _RDF_TYPE, _SOURCE, DefaultGraph())}
    words = list(_title_words(store, nodes))
    store.extend(_node_facts(store, nodes, sources) + _venue_facts(store) + words)
    # the vocabulary: the words of every title (a word the change took from its last title leaves it)
    vocabulary = _vocabulary_of(store)
    for q in store.quads_for_pattern(*_VOCABULARY, None, GRAPH):
        store.remove(q)
    gone = {q.object for q in old if q.predicate == TITLE_WORD}
    vocabulary -= {w.value for w in gone if not holds(store, None, TITLE_WORD, w, GRAPH)}
    store.add(_vocabulary(vocabulary | {q.object.value for q in words}))


def typed_in(store, graph: NamedNode) -> set:
    """The nodes ``graph`` types as a person or a work (whose page counts its change may touch)."""
    return {q.subject for cls in (_PERSON, _ARTICLE) for q in store.quads_for_pattern(None, _RDF_TYPE, cls, graph)}


def _subjects(store, cls: NamedNode) -> set:
    return {q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, cls, DefaultGraph())}


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
        if _PERSON in types and not holds(store, node, _SAME_AS, None, default) \
                and not holds(store, node, _IDENTIFIER, None, default):
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
    # venues.rq names no graph: kg.query.run gives it the store as it is
    result = run(store, named_query("venues").sparql)
    at = {v: result.variables.index(v) for v in ("venue", "type", "works")}
    return [Quad(t[at["venue"]], VENUE_WORKS[t[at["type"]].value], t[at["works"]], GRAPH) for t in result.terms]


# --- the words of the titles, for works-matching -------------------------------------------------

_CHUNK = 20_000
_TITLES = """SELECT ?work (LCASE(STR(?title)) AS ?lower)
WHERE { ?work a <https://schema.org/ScholarlyArticle> ; <https://schema.org/name> ?title }"""


def words(text: str) -> list[str]:
    """The words of a lower-cased text: its runs of letters and digits, every other character a
    separator (so a text found in a title falls on the title's words: see :func:`title_words_for`)."""
    return [w for w in _SEPARATORS.split(text) if w]


_SEPARATORS = re.compile(r"[\W_]+")


def _title_words(store, nodes=None) -> Iterator[Quad]:
    """``<work> facts:titleWord "word"`` for each word of each title (LCASE(STR(?title)), as
    works-matching.rq lower-cases it) of every work, or of the works among ``nodes``."""
    if nodes is None:
        rows = store.query(_TITLES)
    else:
        from .sparqltext import with_values

        rows = []
        for node in nodes:
            if isinstance(node, NamedNode):
                rows += store.query(with_values(_TITLES, {"work": node}))
            else:  # a blank node written in a query's text would be a variable: the titles of all, this one's kept
                rows += [r for r in store.query(_TITLES) if r["work"] == node]
    for row in rows:
        if row["lower"] is not None:
            yield from (Quad(row["work"], TITLE_WORD, Literal(w), GRAPH) for w in set(words(row["lower"].value)))


def _vocabulary(vocabulary: set) -> Quad:
    return Quad(*_VOCABULARY, Literal("\n".join(sorted(vocabulary))), GRAPH)


def _vocabulary_of(store) -> set:
    found = next(iter(store.quads_for_pattern(*_VOCABULARY, None, GRAPH)), None)
    return set(found.object.value.split("\n")) - {""} if found is not None else set()


def title_words_for(store, lower: str) -> list[Literal] | None:
    """The title words one of which every title containing ``lower`` (a lower-cased text) has, or None
    when any title may contain it (a text of separators only).

    Cut at its separators, the text is one piece inside a word of the title (no separator), or a
    word's end, whole words and a word's start: a title containing it has a word containing that
    piece, or ending with its first piece, equal to a middle one, or starting with its last. The
    longest piece is looked up in the vocabulary (the words of every title, one literal)."""
    pieces = _SEPARATORS.split(lower)
    if not any(pieces):
        return None
    at = max(range(len(pieces)), key=lambda i: len(pieces[i]))
    piece = pieces[at]
    if len(pieces) == 1:
        match = lambda w: piece in w  # noqa: E731
    elif at == 0:
        match = lambda w: w.endswith(piece)  # noqa: E731
    elif at == len(pieces) - 1:
        match = lambda w: w.startswith(piece)  # noqa: E731
    else:
        match = piece.__eq__
    return [Literal(w) for w in sorted(_vocabulary_of(store)) if match(w)]
