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

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad

from .query import named_query, run
from .vocab import PREFIXES

GRAPH = NamedNode("urn:kg:facts")
NS = "urn:kg:facts:"
VERSION = "3"  # 2: the words of the titles; 3: the kept answers (an older store's queries run their own files)

# (the vocabulary as the queries write it: kg.query's prefixes)
_RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
_SCHEMA = PREFIXES["schema"]
_SOURCE = NamedNode(PREFIXES["kg"] + "Source")
_PERSON = NamedNode(_SCHEMA + "Person")
_ARTICLE = NamedNode(_SCHEMA + "ScholarlyArticle")
_DERIVED = NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
_SAME_AS, _IDENTIFIER = NamedNode(_SCHEMA + "sameAs"), NamedNode(_SCHEMA + "identifier")
_ABOUT, _NAME = NamedNode(_SCHEMA + "about"), NamedNode(_SCHEMA + "name")
_XSD_INTEGER = NamedNode(PREFIXES["xsd"] + "integer")

_MARK = Quad(GRAPH, NamedNode(NS + "version"), Literal(VERSION), GRAPH)
TRIPLES, WORK_PAGES, PERSON_PAGES, PAGES_DERIVED, TITLE_WORD = (NamedNode(NS + p) for p in (
    "triples", "workPages", "personPages", "pagesDerived", "titleWord"))
VENUE_WORKS = {"periodical": NamedNode(NS + "periodicalWorks"), "event series": NamedNode(NS + "eventSeriesWorks")}
_NODE_FACTS = (TRIPLES, WORK_PAGES, PERSON_PAGES, PAGES_DERIVED, TITLE_WORD)
_VOCABULARY = (NamedNode(NS + "titles"), NamedNode(NS + "words"))

def has_facts(store) -> bool:
    """Whether ``store`` holds this version's facts (a build's store does; a store made otherwise may not)."""
    return next(iter(store.quads_for_pattern(_MARK.subject, _MARK.predicate, _MARK.object, GRAPH)), None) is not None


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
    store.extend(_keep_all(store))


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
    words = list(_title_words(store, nodes))
    store.extend(_node_facts(store, nodes, sources) + _venue_facts(store) + words)
    # the vocabulary: the words of every title (a word the change took from its last title leaves it)
    vocabulary = _vocabulary_of(store)
    for q in store.quads_for_pattern(*_VOCABULARY, None, GRAPH):
        store.remove(q)
    gone = {q.object for q in old if q.predicate == TITLE_WORD}
    vocabulary -= {w.value for w in gone if not _has(store, None, TITLE_WORD, w, GRAPH)}
    store.add(_vocabulary(vocabulary | {q.object.value for q in words}))
    kept = _kept_quads(store)
    old = {(name if q.predicate == ANSWER else (name, "shared")): q.object.value
           for name in KEPT for q in kept if q.subject == _kept_node(name)}
    for q in kept:
        store.remove(q)
    store.extend(_update_kept(store, nodes, old))


def typed_in(store, graph: NamedNode) -> set:
    """The nodes ``graph`` types as a person or a work (whose page counts its change may touch)."""
    return {q.subject for cls in (_PERSON, _ARTICLE) for q in store.quads_for_pattern(None, _RDF_TYPE, cls, graph)}


def _subjects(store, cls: NamedNode) -> set:
    return {q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, cls, DefaultGraph())}


def _has(store, s, p, o=None, graph=None) -> bool:
    return next(iter(store.quads_for_pattern(s, p, o, graph or DefaultGraph())), None) is not None


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


# --- answers kept whole, for the whole-graph queries whose rows are many -----------------------------
#
# coauthor-network (75,513 rows at 1M triples) and people-without-identifiers (2,914) cost what reading
# their rows' terms from the store on disk costs (4-13 us a term: 1.4-2.1 s and 110-170 ms), however
# they are counted. The build keeps their answers whole, one literal each (:func:`encode`: the distinct
# terms once, each column as an array of indices into them), read back in one lookup; a rebuild edits
# them where its change reaches (the people it touched; the works it touched, from the works two owners
# share, kept beside the answer).

ANSWER, SHARED = NamedNode(NS + "answer"), NamedNode(NS + "sharedWorks")
KEPT = ("coauthor-network", "people-without-identifiers")


def _kept_node(name: str) -> NamedNode:
    return NamedNode(f"{NS}answers:{name}")


def encode(variables: list[str], terms: list[tuple]) -> str | None:
    """A query's rows (pyoxigraph terms, None for unbound) as one text: its variables, its distinct terms
    (``["n", iri]``, ``["b", id]``, ``["l", text, datatype]`` or ``["l", text, "@lang"]``, null) and
    each column as little-endian 32-bit indices into them, base64. None for a term of another kind."""
    import base64
    import json
    import sys
    from array import array

    table: list = []
    index: dict = {}
    columns = [array("I") for _ in variables]
    for row in terms:
        for column, term in zip(columns, row):
            i = index.get(term)
            if i is None:
                i = index[term] = len(table)
                table.append(term)
            column.append(i)
    written = [_term_json(t) for t in table]
    if any(w is False for w in written):
        return None
    if sys.byteorder != "little":
        for column in columns:
            column.byteswap()
    return json.dumps({"variables": list(variables), "terms": written,
                       "columns": [base64.b64encode(c.tobytes()).decode("ascii") for c in columns]},
                      ensure_ascii=False, separators=(",", ":"))


def decode(text: str):
    """The variables, the rows as terms and the rows as Python values (:func:`kg.query.to_python`) of an
    :func:`encode`-d answer."""
    import base64
    import json
    import sys
    from array import array

    from .memory import collector_paused
    from .query import to_python

    found = json.loads(text)
    table = [_json_term(t) for t in found["terms"]]
    python = [to_python(t) for t in table]
    columns = []
    for data in found["columns"]:
        column = array("I")
        column.frombytes(base64.b64decode(data))
        if sys.byteorder != "little":
            column.byteswap()
        columns.append(column)
    # 75k rows of tuples: the collector would walk them again and again as they are made (half the time)
    with collector_paused():
        terms = list(zip(*(map(table.__getitem__, c) for c in columns)))
        rows = list(zip(*(map(python.__getitem__, c) for c in columns)))
    return found["variables"], terms, rows


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
    return [q for name in KEPT for q in store.quads_for_pattern(_kept_node(name), None, None, GRAPH)]


def _keep_all(store) -> list[Quad]:
    """The kept answers counted in full (after the other facts: people-without-identifiers reads them)."""
    from .query import named_query, network_owners, network_rows, owners_of_works, run_query

    owners = network_owners(store)
    shared = owners_of_works(store, owners)
    network = network_rows(store, owners, shared)
    people = run_query(store, named_query("people-without-identifiers"))
    return (_keep("coauthor-network", network.variables, network.terms) + _keep_shared(owners, shared)
            + _keep("people-without-identifiers", people.variables, people.terms))


def _keep_shared(owners: list, shared: dict) -> list[Quad]:
    """The owners (rows without a work) and the works two of them share: what a rebuild counts
    coauthor-network again from (:func:`_update_network`)."""
    rows = [(None, o) for o in owners] + [(w, o) for w in sorted(shared, key=str) if len(shared[w]) > 1
                                          for o in sorted(shared[w], key=str)]
    text = encode(["work", "owner"], rows)
    return [] if text is None else [Quad(_kept_node("coauthor-network"), SHARED, Literal(text), GRAPH)]


def _kept_text(store, name: str, pred: NamedNode) -> str | None:
    found = next(iter(store.quads_for_pattern(_kept_node(name), pred, None, GRAPH)), None)
    return found.object.value if found is not None else None


def _update_kept(store, nodes: set, old: dict) -> list[Quad]:
    """The kept answers again, edited where ``nodes`` (what the change touched) reach; ``old`` the texts
    the store held (name or (name, "shared") -> text). An answer kept in no text is counted in full."""
    from .query import named_query, network_owners, network_rows, run_query

    out = []
    shared_text, network_text = old.get(("coauthor-network", "shared")), old.get("coauthor-network")
    owners = network_owners(store)
    if shared_text is None or network_text is None:
        from .query import owners_of_works

        shared = owners_of_works(store, owners)
    else:
        shared = _shared_again(store, nodes, shared_text, owners)
    network = network_rows(store, owners, shared)
    out += _keep("coauthor-network", network.variables, network.terms) + _keep_shared(owners, shared)
    people = _people_again(store, nodes, old["people-without-identifiers"]) if "people-without-identifiers" in old else None
    if people is None:
        people = run_query(store, named_query("people-without-identifiers"))
    return out + _keep("people-without-identifiers", people.variables, people.terms)


def _shared_again(store, nodes: set, text: str, owners: list) -> dict:
    """The works two owners share, from the kept ones: the works among ``nodes`` (their authors or type
    may have changed), those of an owner that is one no more, and every work of a new owner, read again."""
    from .query import owners_of_works, works_of

    _variables, rows, _python = decode(text)
    before = [o for w, o in rows if w is None]
    shared: dict = {}
    for w, o in rows:
        if w is not None:
            shared.setdefault(w, set()).add(o)
    gone = set(before) - set(owners)
    works = {n for n in nodes if not isinstance(n, Literal)}
    works |= {w for w, group in shared.items() if group & gone}
    for owner in set(owners) - set(before):
        works |= works_of(store, owner)
    for w, group in owners_of_works(store, owners, works).items():
        if len(group) > 1:
            shared[w] = group
        else:
            shared.pop(w, None)
    return shared


def _people_again(store, nodes: set, text: str):
    """people-without-identifiers from its kept rows: those of the people among ``nodes`` and of the
    people whose owning a page changed, made again (the query's rows, its ORDER BY ?name ?person done
    here); None when a person is a blank node (Oxigraph orders those) or has a name with no STR()."""
    from .query import _XSD_FALSE, _XSD_TRUE, _NoStr, _min_str, _order, QueryResult, to_python

    variables, terms, _python = decode(text)
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
