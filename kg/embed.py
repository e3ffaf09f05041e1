"""The embeddable ProfilePage, read off the graph.

There is one schema.org mapping (``kg.graph.Mapper``); the snippet a researcher pastes
into their homepage is the schema.org part of the merged graph around them, framed as a
JSON tree: the owner with every schema.org statement the graph makes about them (nested
organizations, credentials, identifiers), and their works with authors in page order
(from the ``kg:rank`` of the authorship nodes), each author with the name and the
``sameAs``/``url`` links the graph has for them (a coauthor's Scholar or DBLP page).
Anything the graph says in kg: or FOAF terms stays out: search engines read schema.org.

>>> from kg.build import load_build                      # doctest: +SKIP
>>> embed_object(load_build([Path("data")]), "yunhe-wang")["@type"]   # doctest: +SKIP
'ProfilePage'
"""

from __future__ import annotations

from collections import deque

from pyoxigraph import NamedNode

from .errors import UsageError
from .vocab import KG, PROV, RDF_TYPE, SCHEMA

PROV_GENERATED = PROV + "generatedAtTime"

OTHER_PERSON = ("name", "sameAs", "url")
"""What a snippet says of a person other than its owner (an author, an advisor): enough to link them."""

READ_NAMESPACES = (SCHEMA,)
READ_PREDICATES = (RDF_TYPE, KG + "authorship", KG + "agent", KG + "rank", PROV_GENERATED)
"""What framing a snippet reads of a subject's statements (kg.export.snippet_deps too): those of a schema.org
predicate, its types, its works' authorship nodes (the authors' order) and when its pages were made. An index
holding only these statements frames the same snippets: a rebuild's index read from the canonical text
(kg.export.text_index) leaves the others unparsed (at 1M triples of the bench's corpus a coauthor has some
65 ``prov:wasDerivedFrom`` statements, one per page naming them, and 8 the snippet reads)."""


class _Index:
    """The default graph by subject and by object, built once per build.

    Each statement is kept as plain strings (one string per distinct IRI): reading ``.value`` off
    an Oxigraph term makes a new Python object every time, and framing reads them again and again.
    Literal objects keep their term too (datatype and language, for the JSON-LD writer)."""

    def __init__(self, triples):
        # subject -> [(predicate, object value, object Literal term or None for an IRI)], in the
        # order of ``triples``
        self.out: dict[str, list[tuple]] = {}
        # object IRI -> [(predicate, subject)]
        self.into: dict[str, list[tuple[str, str]]] = {}
        self._types: dict[str, list[str]] = {}
        deque(self._taking(triples), maxlen=0)

    def _taking(self, triples):
        """Each of ``triples`` indexed and then yielded on (what :func:`indexing` hands to another reader)."""
        out, into = self.out, self.into
        strings: dict[str, str] = {}
        one = strings.setdefault
        for t in triples:
            s, p, o = t.subject.value, t.predicate.value, t.object
            p = one(p, p)
            ov = o.value
            if type(o) is NamedNode:
                ov = one(ov, ov)
                o = None
            got = out.get(s)
            if got is None:
                s = one(s, s)
                out[s] = got = []
            else:
                s = one(s, s)
            got.append((p, ov, o))
            if o is None:
                got = into.get(ov)
                if got is None:
                    into[ov] = [(p, s)]
                else:
                    got.append((p, s))
            yield t

    def types(self, iri: str) -> list[str]:
        got = self._types.get(iri)
        if got is None:
            got = self._types[iri] = sorted(ov[len(SCHEMA):] for p, ov, lit in self.out.get(iri, ())
                                            if p == RDF_TYPE and ov.startswith(SCHEMA))
        return got

    def value(self, iri: str, pred: str) -> str | None:
        """The value (IRI or lexical form) of the first object of ``pred``."""
        for p, ov, _lit in self.out.get(iri, ()):
            if p == pred:
                return ov
        return None

    def subjects(self, pred: str, obj: str) -> list[str]:
        return sorted({s for p, s in self.into.get(obj, ()) if p == pred})


def _index(build) -> _Index:
    idx = build.__dict__.get("_embed_index")
    if idx is None:
        idx = build.__dict__["_embed_index"] = _Index(build.iter_triples())
    return idx


def indexing(build, triples):
    """``triples`` (the build's default graph, in the order :meth:`kg.build.Build.iter_triples` gives it) passed
    on as they are read, the build's index (:func:`_index`) made of them on the way and kept once the last has
    been read: a writer that parses the default graph anyway (kg.export's Turtle) saves the index its own parse
    (at 100k triples parsing the default graph into Quads is 0.16 CPU s). When the build has its index already,
    ``triples`` as they are."""
    if "_embed_index" in build.__dict__:
        yield from triples
        return
    idx = _Index(())
    yield from idx._taking(triples)
    build.__dict__["_embed_index"] = idx


def _author_order(idx: _Index, work: str) -> dict[str, int]:
    """Author IRI -> rank on the page, from the work's kg:authorship nodes (unranked last)."""
    rank: dict[str, int] = {}
    ships = [ship for p, ship, _lit in idx.out.get(work, ()) if p == KG + "authorship"]
    together = getattr(idx.out, "read_together", None)
    if together is not None:  # an index read from the text as asked (kg.export.text_index): these at once
        together(ships)
    for ship in ships:
        agent = idx.value(ship, KG + "agent")
        r = idx.value(ship, KG + "rank")
        if agent is not None:
            rank[agent] = int(r) if r is not None else 10**9
    return rank


def _term(entry: tuple):
    """The Oxigraph term of a framed object (an IRI's is made again: only for the rare tie)."""
    return NamedNode(entry[1]) if entry[0] else entry[2]


def _frame(idx: _Index, iri: str, path: frozenset, keep: tuple[str, ...] | None = None,
           memo: dict | None = None) -> dict:
    return _framed(idx, iri, path, keep, {} if memo is None else memo)[0]


def _framed(idx: _Index, iri: str, path: frozenset, keep: tuple[str, ...] | None, memo: dict) -> tuple[dict, frozenset]:
    """The node framed, and the IRIs whose presence in ``path`` decided it: the same node with
    another path that agrees on those is the same frame (``memo`` keeps them: a coauthor or a
    shared work is framed once for every snippet it appears in)."""
    seen = memo.get((iri, keep))
    if seen is not None:
        for deps, inside, node in seen:
            if path & deps == inside:
                return node, deps
    types = idx.types(iri)
    node: dict = {"@type": types[0] if len(types) == 1 else types, "@id": iri}
    deps: set[str] = set()
    by_pred: dict[str, list] = {}
    for p, ov, lit in idx.out.get(iri, ()):
        if p.startswith(SCHEMA) and (keep is None or p[len(SCHEMA):] in keep):
            # (is an IRI, value, the term): the sort key first
            entry = (lit is None, ov, lit if lit is not None else ov)
            got = by_pred.get(p[len(SCHEMA):])
            if got is None:
                by_pred[p[len(SCHEMA):]] = [entry]
            else:
                got.append(entry)
    order = _author_order(idx, iri) if "author" in by_pred else {}
    for key in sorted(by_pred):
        objs = by_pred[key]
        if key == "author":
            objs = sorted(objs, key=lambda e: (order.get(e[1], 10**9), e[1]))
        elif len({e[:2] for e in objs}) == len(objs):
            objs.sort(key=lambda e: e[:2])  # distinct keys: the order does not depend on the set below
        else:  # the same text twice (a duplicate, or two literals alike): as before, one of each term
            info = {_term(e): e for e in objs}
            objs = sorted((info[o] for o in set(_term(e) for e in objs)), key=lambda e: e[:2])
        values = []
        for named, ov, _o in objs:
            if not named:
                values.append(ov)
                continue
            if not idx.types(ov):
                values.append(ov)  # a link out (homepage, sameAs, image): a plain URL
                continue
            if "Person" in idx.types(ov):
                child, child_deps = _framed(idx, ov, path | {iri}, OTHER_PERSON, memo)
            else:
                deps.add(ov)
                if ov in path:
                    values.append({"@id": ov})
                    continue
                child, child_deps = _framed(idx, ov, path | {iri}, None, memo)
            values.append(child)
            deps.update(child_deps - {iri})
        node[key] = values[0] if len(values) == 1 else values
    frozen = frozenset(deps)
    memo.setdefault((iri, keep), []).append((frozen, path & frozen, node))
    return node, frozen


def embed_object(build, slug: str, memo: dict | None = None) -> dict:
    """The schema.org ProfilePage of a profile owner, with their works, as a JSON object.

    ``memo``: one dict shared by the snippets made together; they then share the dicts of the
    frames they have in common (so do not change them)."""
    owner = owner_iri(build, slug)
    idx = _index(build)
    memo = {} if memo is None else memo
    main = _frame(idx, owner, frozenset(), memo=memo)
    page: dict = {"@context": "https://schema.org", "@type": "ProfilePage"}
    homepage = idx.value(owner, SCHEMA + "url")
    if homepage is not None:
        page["url"] = homepage
    stamps = [idx.value(s, PROV_GENERATED) for s in idx.subjects(SCHEMA + "about", owner)]
    stamps = [s for s in stamps if s is not None]
    if stamps:
        page["dateModified"] = max(stamps)
    page["mainEntity"] = main
    works = []
    for w in idx.subjects(SCHEMA + "author", owner):
        date = idx.value(w, SCHEMA + "datePublished")
        title = idx.value(w, SCHEMA + "name")
        works.append((-int(date[:4]) if date is not None and date[:4].isdigit() else 0,
                      title.lower() if title is not None else "", w))
    if works:
        page["mentions"] = [_frame(idx, w, frozenset({owner}), memo=memo) for *_k, w in sorted(works)]
    return page


def owner_iri(build, who: str) -> str:
    """The IRI of the profile owner named by a slug, an IRI or a name (as ``--param person=`` takes);
    a UsageError suggesting the closest owners otherwise."""
    corpus = build.corpus
    node = corpus.person_by_slug(who) if who else None
    if node is None and who and who.strip():
        from .query import resolve_person

        try:
            node = corpus.people.get(resolve_person(build, who))
        except UsageError:
            node = None
    if node is None:
        raise UsageError(unknown_person_message(build, who))
    if not node.owner_of:  # a coauthor, student or advisor: in the graph, without a profile page of their own
        slugs = sorted(n.iri.rstrip("/").rsplit("/", 1)[-1] for n in corpus.owners())
        raise UsageError(f"{node.person.name} ({node.iri}) is in the data without a profile of their own (a "
                         f"coauthor, student or advisor); snippets are for people with profiles: "
                         f"{', '.join(slugs) or 'none'}")
    return node.iri


def unknown_person_message(build, name: str) -> str:
    """'no person ...' with the closest profile owners (by slug and by name) as suggestions."""
    import difflib

    owners = sorted((n.iri.rstrip("/").rsplit("/", 1)[-1], n.person.name) for n in build.corpus.owners())
    slugs = [s for s, _ in owners]
    by_name = {n.lower(): s for s, n in owners}
    close = difflib.get_close_matches(name, slugs, n=3, cutoff=0.5)
    close += [by_name[n] for n in difflib.get_close_matches(name.lower(), list(by_name), n=3, cutoff=0.5)]
    close = list(dict.fromkeys(close))[:3]
    hint = f"did you mean {', '.join(close)}? " if close else ""
    return f"no person {name!r} in the data; {hint}people with profiles: {', '.join(slugs) or 'none'}"
