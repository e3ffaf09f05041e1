"""Reading RDF files the user names (``kg validate x.ttl``), offline and without surprises.

- Only regular files up to :data:`MAX_RDF_BYTES` are read (kg.files.read_regular).
- Turtle, N-Triples, TriG and N-Quads are parsed by Oxigraph, whose errors carry the
  line and column they happen at; the message keeps the parser's reason.
- JSON-LD ``@context`` references are resolved only from contexts bundled with kg
  (:data:`BUNDLED_CONTEXTS`); any other reference, remote or a local file, is refused
  before parsing: kg makes no network call and reads no file it was not given.
- RDF/XML with entity declarations (or external entities) is refused before parsing
  (defusedxml): no entity expansion, no "billion laughs".

>>> g = parse_rdf_file(Path("tests/shapes/valid/good.ttl"))     # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .errors import LoadError

MAX_RDF_BYTES = 256 * 1024 * 1024
"""The largest RDF file ``kg validate`` reads."""

RDF_SUFFIXES = {
    ".ttl": "turtle", ".nt": "nt", ".n3": "n3", ".jsonld": "json-ld", ".json": "json-ld",
    ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".trig": "trig", ".nq": "nquads",
}

_SCHEMA_CONTEXT_IRIS = (
    "https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/",
    "https://schema.org/docs/jsonldcontext.json", "http://schema.org/docs/jsonldcontext.json",
    "https://schema.org/docs/jsonldcontext.jsonld", "http://schema.org/docs/jsonldcontext.jsonld",
)
_SCHEMA_LINK_TERMS = ("url", "sameAs", "image", "mainEntityOfPage", "contentUrl", "codeRepository", "logo",
                      "thumbnailUrl", "embedUrl", "license", "additionalType")


@cache
def bundled_contexts() -> dict[str, dict]:
    """Context IRI -> the context object kg uses for it, without fetching anything.

    ``https://schema.org`` (every spelling) maps terms into ``https://schema.org/``, the form
    kg's graph and shapes use, with ``@id`` coercion for the link-valued properties. kg's own
    context (``kg/context.jsonld``) is known by its file name."""
    schema = {"@vocab": "https://schema.org/", "schema": "https://schema.org/"}
    schema.update({t: {"@id": f"https://schema.org/{t}", "@type": "@id"} for t in _SCHEMA_LINK_TERMS})
    from .export import context

    out = {iri: schema for iri in _SCHEMA_CONTEXT_IRIS}
    out["context.jsonld"] = context()
    return out


def _resolve_contexts(doc, path: Path):
    """The JSON-LD document with every ``@context``/``@import`` reference replaced by a bundled context."""
    known = bundled_contexts()

    def resolve(ref):
        if isinstance(ref, str):
            if ref in known:
                return known[ref]
            raise LoadError(f"JSON-LD context {ref!r} is not one kg bundles (https://schema.org, kg's "
                            "context.jsonld); kg fetches no remote context and reads no file it was not given: "
                            "inline the context", path=str(path))
        if isinstance(ref, list):
            return [resolve(r) for r in ref]
        if isinstance(ref, dict) and isinstance(ref.get("@import"), str):
            imported = resolve(ref["@import"])
            ref = {k: v for k, v in ref.items() if k != "@import"}
            return [imported, ref]
        return ref

    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "@context" in node:
                node["@context"] = resolve(node["@context"])
            stack.extend(v for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(node)
    return doc


def _oxigraph_graph(data: bytes, fmt: str, path: Path):
    import pyoxigraph as ox

    from .validate import to_rdflib

    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
                  "nquads": ox.RdfFormat.N_QUADS}[fmt]
    try:
        quads = list(ox.parse(data, format=rdf_format, base_iri=path.resolve().as_uri()))
    except SyntaxError as exc:
        reason = re.sub(r"^Parser error at line \d+ ", "", str(exc.args[0] if exc.args else exc))
        raise LoadError(f"not valid {fmt}: {reason}", path=str(path), line=exc.lineno) from None
    except ValueError as exc:
        raise LoadError(f"not valid {fmt}: {exc}", path=str(path)) from None
    return to_rdflib(q for q in quads if isinstance(q.graph_name, ox.DefaultGraph))


def _check_xml(data: bytes, path: Path) -> None:
    from xml.parsers.expat import ExpatError

    import defusedxml
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden) as exc:
        raise LoadError(f"XML entity declarations and external references are refused (no entity expansion): "
                        f"{type(exc).__name__}", path=str(path), line=getattr(exc, "line", None)) from None
    except (ExpatError, SyntaxError) as exc:  # ElementTree.ParseError is a SyntaxError
        line = getattr(exc, "lineno", None) or (getattr(exc, "position", None) or (None,))[0]
        reason = str(exc).split(":", 1)[0]
        raise LoadError(f"not valid XML: {reason}", path=str(path), line=line) from None


def parse_rdf_file(path: Path):
    """An RDF file as an rdflib graph (the default graph of a dataset); anything wrong is a LoadError."""
    import rdflib

    from .files import read_regular

    path = Path(path)
    fmt = RDF_SUFFIXES[path.suffix.lower()]
    data = read_regular(path, MAX_RDF_BYTES)
    if fmt in ("turtle", "nt", "trig", "nquads"):
        return _oxigraph_graph(data, fmt, path)
    if fmt == "xml":
        _check_xml(data, path)
    if fmt == "json-ld":
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise LoadError(f"not UTF-8 text (byte {exc.start})", path=str(path)) from None
        except json.JSONDecodeError as exc:
            raise LoadError(f"not valid JSON: {exc.msg}", path=str(path), line=exc.lineno) from None
        except RecursionError:
            raise LoadError("not valid JSON-LD: nested too deeply", path=str(path)) from None
        data = json.dumps(_resolve_contexts(doc, path)).encode("utf-8")
    g = rdflib.Graph()
    try:
        g.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except LoadError:
        raise
    except RecursionError:
        raise LoadError(f"not valid {fmt}: nested too deeply", path=str(path)) from None
    except Exception as exc:  # noqa: BLE001 - rdflib raises many types; all mean "cannot parse"
        why = getattr(exc, "_why", None)
        text = getattr(exc, "_str", None)
        at = getattr(exc, "_i", None)
        line = text[:at].count(b"\n" if isinstance(text, bytes) else "\n") + 1 if text is not None and at else None
        msg = why or (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise LoadError(f"not valid {fmt}: {msg[:300]}", path=str(path), line=line) from None
    return g
