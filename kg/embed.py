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

from pyoxigraph import Literal, NamedNode

from .errors import UsageError

SCHEMA = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
KG = "https://example.org/kg/ns#"
PROV_GENERATED = "http://www.w3.org/ns/prov#generatedAtTime"

OTHER_PERSON = ("name", "sameAs", "url")
"""What a snippet says of a person other than its owner (an author, an advisor): enough to link them."""


class _Index:
    """The default graph by subject and by object, built once per build."""

    def __init__(self, triples):
        self.out: dict[str, list] = {}
        self.into: dict[str, list] = {}
        for t in triples:
            self.out.setdefault(t.subject.value, []).append(t)
            if isinstance(t.object, NamedNode):
                self.into.setdefault(t.object.value, []).append(t)

    def types(self, iri: str) -> list[str]:
        return sorted(t.object.value[len(SCHEMA):] for t in self.out.get(iri, ())
                      if t.predicate.value == RDF_TYPE and t.object.value.startswith(SCHEMA))

    def value(self, iri: str, pred: str):
        for t in self.out.get(iri, ()):
            if t.predicate.value == pred:
                return t.object
        return None

    def subjects(self, pred: str, obj: str) -> list[str]:
        return sorted({t.subject.value for t in self.into.get(obj, ()) if t.predicate.value == pred})


def _index(build) -> _Index:
    idx = build.__dict__.get("_embed_index")
    if idx is None:
        idx = build.__dict__["_embed_index"] = _Index(build.triples)
    return idx


def _author_order(idx: _Index, work: str) -> dict[str, int]:
    """Author IRI -> rank on the page, from the work's kg:authorship nodes (unranked last)."""
    rank: dict[str, int] = {}
    for t in idx.out.get(work, ()):
        if t.predicate.value != KG + "authorship":
            continue
        agent = idx.value(t.object.value, KG + "agent")
        r = idx.value(t.object.value, KG + "rank")
        if agent is not None:
            rank[agent.value] = int(r.value) if r is not None else 10**9
    return rank


def _frame(idx: _Index, iri: str, path: frozenset, keep: tuple[str, ...] | None = None) -> dict:
    types = idx.types(iri)
    node: dict = {"@type": types[0] if len(types) == 1 else types, "@id": iri}
    by_pred: dict[str, list] = {}
    for t in idx.out.get(iri, ()):
        p = t.predicate.value
        if p.startswith(SCHEMA) and (keep is None or p[len(SCHEMA):] in keep):
            by_pred.setdefault(p[len(SCHEMA):], []).append(t.object)
    order = _author_order(idx, iri) if "author" in by_pred else {}
    for key in sorted(by_pred):
        objs = by_pred[key]
        if key == "author":
            objs = sorted(objs, key=lambda o: (order.get(o.value, 10**9), o.value))
        else:
            objs = sorted(set(objs), key=lambda o: (isinstance(o, NamedNode), o.value))
        values = []
        for o in objs:
            if isinstance(o, Literal):
                values.append(o.value)
            elif not idx.types(o.value):
                values.append(o.value)  # a link out (homepage, sameAs, image): a plain URL
            elif "Person" in idx.types(o.value):
                values.append(_frame(idx, o.value, path | {iri}, OTHER_PERSON))
            elif o.value in path:
                values.append({"@id": o.value})
            else:
                values.append(_frame(idx, o.value, path | {iri}))
        node[key] = values[0] if len(values) == 1 else values
    return node


def embed_object(build, slug: str) -> dict:
    """The schema.org ProfilePage of a profile owner, with their works, as a JSON object."""
    owner = owner_iri(build, slug)
    idx = _index(build)
    main = _frame(idx, owner, frozenset())
    page: dict = {"@context": "https://schema.org", "@type": "ProfilePage"}
    homepage = idx.value(owner, SCHEMA + "url")
    if homepage is not None:
        page["url"] = homepage.value
    stamps = [idx.value(s, PROV_GENERATED) for s in idx.subjects(SCHEMA + "about", owner)]
    stamps = [s.value for s in stamps if s is not None]
    if stamps:
        page["dateModified"] = max(stamps)
    page["mainEntity"] = main
    works = []
    for w in idx.subjects(SCHEMA + "author", owner):
        date = idx.value(w, SCHEMA + "datePublished")
        title = idx.value(w, SCHEMA + "name")
        works.append((-int(date.value[:4]) if date is not None and date.value[:4].isdigit() else 0,
                      title.value.lower() if title is not None else "", w))
    if works:
        page["mentions"] = [_frame(idx, w, frozenset({owner})) for *_k, w in sorted(works)]
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
