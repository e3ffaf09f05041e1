"""Outputs: RDF serializations, the compact JSON-LD with kg's bundled context, and the
embeddable ProfilePage snippet.

Serialization goes through pyoxigraph (fast), on triples sorted first, so the same
input gives byte-identical files. The JSON-LD is written here from the triples with
the bundled context (``kg/context.jsonld``) inlined, so it expands offline.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple
from pyoxigraph import serialize as ox_serialize

from .errors import LoadError, UsageError
from .graph import PREFIXES, SCHEMA

FORMATS = {
    "turtle": (RdfFormat.TURTLE, "ttl"),
    "json-ld": (None, "jsonld"),
    "nt": (RdfFormat.N_TRIPLES, "nt"),
    "xml": (RdfFormat.RDF_XML, "rdf"),
    "trig": (RdfFormat.TRIG, "trig"),
    "nquads": (RdfFormat.N_QUADS, "nq"),
}
QUAD_FORMATS = ("trig", "nquads")

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _sort_key(t) -> tuple:
    return (t.subject.value, t.predicate.value, str(t.object), str(getattr(t, "graph_name", "")))


def serialize(build, fmt: str, person: str | None = None) -> bytes:
    """The build (or one person's part of it) in a format of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if person is not None:
        triples = person_triples(build, person)
        quads = person_quads(build, triples) if fmt in QUAD_FORMATS else []
    else:
        triples = build.triples
        quads = build.quads
    if fmt == "json-ld":
        return jsonld(triples)
    rdf_format = FORMATS[fmt][0]
    if fmt in QUAD_FORMATS:
        # the default graph first, then each named graph once, its quads sorted
        data = sorted(quads, key=lambda q: ("" if q.graph_name == DefaultGraph() else q.graph_name.value,
                                            _sort_key(q)))
        return ox_serialize(data, format=rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
    data = sorted(triples, key=_sort_key)
    if fmt == "nt":
        # split on "\n" only: str.splitlines also breaks at U+2028, U+2029, U+0085... inside literals
        lines = sorted(set(ox_serialize(data, format=rdf_format).decode("utf-8").split("\n")) - {""})
        return ("\n".join(lines) + "\n").encode("utf-8")
    return ox_serialize(data, format=rdf_format, prefixes=PREFIXES if fmt in ("turtle", "xml") else None)


# --- JSON-LD ------------------------------------------------------------------------


@cache
def context() -> dict:
    """kg's bundled JSON-LD context (prefixes and terms for what kg emits)."""
    from .resources import context_file

    return json.loads(context_file().read_text(encoding="utf-8"))["@context"]


@cache
def _term_index() -> dict[str, list[tuple[str, dict]]]:
    """Full property IRI -> [(term, definition)] from the context."""
    ctx = context()
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("/", "#"))}

    def expand(curie: str) -> str:
        if ":" in curie and not curie.startswith("http"):
            p, _, local = curie.partition(":")
            if p in prefixes:
                return prefixes[p] + local
        return curie

    out: dict[str, list[tuple[str, dict]]] = {}
    for term, definition in ctx.items():
        if term.startswith("@") or term in prefixes:
            continue
        d = {"@id": definition} if isinstance(definition, str) else dict(definition)
        d["@id"] = expand(d["@id"])
        if "@type" in d and d["@type"] != "@id":
            d["@type"] = expand(d["@type"])
        out.setdefault(d["@id"], []).append((term, d))
    return out


def _curie(value: str) -> str:
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and "/" not in value[len(ns):] and "#" not in value[len(ns):]:
            return f"{prefix}:{value[len(ns):]}"
    return value


def _compact_value(pred: str, obj) -> tuple[str, object]:
    """(key, JSON value) for one object of predicate ``pred``, using a context term when it fits."""
    for term, d in _term_index().get(pred, []):
        coerce = d.get("@type")
        if isinstance(obj, NamedNode) and coerce == "@id":
            return term, obj.value
        if isinstance(obj, Literal) and not obj.language:
            if coerce is None and obj.datatype.value == XSD_STRING:
                return term, obj.value
            if coerce == obj.datatype.value:
                return term, obj.value
        if isinstance(obj, Literal) and obj.language and coerce is None and d.get("@language") is None:
            return term, {"@value": obj.value, "@language": obj.language}
    key = _curie(pred)
    if isinstance(obj, NamedNode):
        return key, {"@id": obj.value}
    if obj.language:
        return key, {"@value": obj.value, "@language": obj.language}
    if obj.datatype.value == XSD_STRING:
        return key, {"@value": obj.value}
    return key, {"@value": obj.value, "@type": _curie(obj.datatype.value)}


def jsonld(triples: list[Triple]) -> bytes:
    """Compact, flattened JSON-LD with the bundled context inlined: one object per subject."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    nodes: dict[str, dict] = {}
    for t in sorted(triples, key=_sort_key):
        node = nodes.setdefault(t.subject.value, {"@id": t.subject.value})
        if t.predicate.value == rdf_type:
            node.setdefault("@type", []).append(_curie(t.object.value))
            continue
        key, value = _compact_value(t.predicate.value, t.object)
        node.setdefault(key, []).append(value)
    graph = []
    for subject in sorted(nodes):
        node = nodes[subject]
        out = {"@id": node.pop("@id")}
        if "@type" in node:
            types = node.pop("@type")
            out["@type"] = types[0] if len(types) == 1 else types
        for key in sorted(node):
            values = node[key]
            out[key] = values[0] if len(values) == 1 else values
        graph.append(out)
    doc = {"@context": context(), "@graph": graph}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# --- one person's part of the graph -----------------------------------------------------


def person_triples(build, slug: str) -> list[Triple]:
    """The person, their works with authorships and venues, their own nodes, and the
    names of the people they are linked to."""
    from .embed import owner_iri

    node = build.corpus.people[owner_iri(build, slug)]
    by_subject: dict[str, list[Triple]] = {}
    for t in build.triples:
        by_subject.setdefault(t.subject.value, []).append(t)
    persons = {iri for iri in build.corpus.people}
    seeds = [node.iri] + [w.iri for w in build.corpus.works.values() if node.iri in w.authors]
    seeds += [s.iri for i, s in enumerate(build.corpus.sources) if i in node.owner_of]
    keep: list[Triple] = []
    seen: set[str] = set()
    stack = list(seeds)
    while stack:
        subject = stack.pop()
        if subject in seen:
            continue
        seen.add(subject)
        for t in by_subject.get(subject, []):
            keep.append(t)
            o = t.object
            if isinstance(o, NamedNode) and o.value in by_subject and o.value not in seen:
                if o.value in persons and o.value != node.iri:
                    seen.add(o.value)
                    keep.extend(x for x in by_subject[o.value] if x.predicate.value in (
                        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", SCHEMA + "name"))
                elif o.value not in persons:
                    stack.append(o.value)
    return sorted(set(keep), key=_sort_key)


def person_quads(build, triples: list[Triple]) -> list[Quad]:
    """A person's part of the graph as quads: the merged statements in the default graph,
    and in each source page's named graph those of them that page said (its provenance)."""
    keep = set(triples)
    out = [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples]
    out += [q for q in build.quads if q.graph_name != DefaultGraph() and q.triple in keep]
    return out


# --- the embeddable snippet --------------------------------------------------------------


def embed_object(build, slug: str) -> dict:
    """The schema.org ProfilePage of a profile owner, read off the graph (see :mod:`kg.embed`)."""
    from .embed import embed_object as framed

    return framed(build, slug)


def html_safe_json(obj) -> str:
    """JSON that cannot end a <script> element or open an HTML comment: ``<``, ``>``, ``&``
    and the JavaScript line separators are escaped as \\uXXXX (the JSON value is unchanged)."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def embed(build, slug: str) -> str:
    """The ``<script type="application/ld+json">`` element a researcher pastes into their homepage."""
    return f'<script type="application/ld+json">\n{html_safe_json(embed_object(build, slug))}\n</script>\n'


# --- kg build outputs ------------------------------------------------------------------------


BUILD_MARKERS = ("merge-report.json", "graph.nt", "graph.ttl")
"""Files by which an existing folder is recognised as an earlier build that kg may replace."""


def is_build_folder(folder: Path) -> bool:
    """True for an empty folder or one an earlier ``kg build`` wrote (so replacing it loses nothing of the user's)."""
    try:
        names = {p.name for p in Path(folder).iterdir()}
    except OSError:
        return False
    return not names or any(m in names for m in BUILD_MARKERS)


def snippet_file_name(slug: str) -> str:
    """``<slug>.html``, shortened (with a hash, so it stays unique) where a file system would refuse it."""
    import hashlib

    if len(slug.encode("utf-8")) <= 200:
        return f"{slug}.html"
    return f"{slug[:160]}-{hashlib.sha1(slug.encode('utf-8')).hexdigest()[:12]}.html"


def write_outputs(build, out: Path, report: dict | None = None, extra=None) -> list[Path]:
    """Write graph.ttl, graph.nt, graph.jsonld, graph.trig, merge-report.json and one
    embed snippet per profile owner into ``out``, as a set: they are written into a fresh
    folder beside ``out`` that then replaces it whole (kg.files.atomic_folder), so a reader
    sees the old build or the new one, never a mix, and a failed build leaves the old one.
    Snippets of people no longer in the data go with the old folder. ``extra(folder)`` writes more of the
    build into the fresh folder before the swap (the graph store) and returns the names it wrote."""
    from .files import atomic_folder

    out = Path(out)
    names = []
    with atomic_folder(out, replaceable=is_build_folder) as tmp:
        def put(name: str, data: bytes | str) -> None:
            path = tmp / name
            try:
                path.parent.mkdir(exist_ok=True)
                path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
            except OSError as exc:
                raise LoadError(f"cannot write {name}: {exc.strerror or exc}", path=str(out)) from None
            names.append(name)

        for fmt, name in (("turtle", "graph.ttl"), ("nt", "graph.nt"), ("json-ld", "graph.jsonld"),
                          ("trig", "graph.trig")):
            put(name, serialize(build, fmt))
        if report is not None:
            put("merge-report.json", json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        for node in sorted(build.corpus.owners(), key=lambda n: n.iri):
            slug = node.iri.rstrip("/").rsplit("/", 1)[-1]
            put(f"embed/{snippet_file_name(slug)}", embed(build, slug))
        if extra is not None:
            names.extend(extra(tmp))
    return [out / n for n in names]
