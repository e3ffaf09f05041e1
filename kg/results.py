"""Query results as the W3C formats: one serializer for ``kg query`` and ``kg serve``.

- SELECT and ASK: SPARQL 1.1 Query Results JSON, XML, CSV and TSV
  (https://www.w3.org/TR/sparql11-results-json/, .../rdf-sparql-XMLres/, .../sparql11-results-csv-tsv/);
- CONSTRUCT and DESCRIBE: Turtle, N-Triples, JSON-LD (kg's bundled context) or RDF/XML.

The four result formats are written with the standard library's json, xml.etree and csv modules from
the pyoxigraph terms a :class:`kg.query.QueryResult` keeps; the tests read them back with
pyoxigraph's own results parser and with SPARQLWrapper. Rows with no terms (a named query answered
by a Python routine) are typed from their Python values (:func:`term_of`).

>>> from kg.query import QueryResult                                    # doctest: +SKIP
>>> print(serialize(result, "csv"))                                     # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple
from pyoxigraph import serialize as ox_serialize

from .errors import UsageError
from .vocab import XSD, XSD_STRING

if TYPE_CHECKING:  # the XML and CSV writers are imported by the formats that use them: `kg query` starts without
    from xml.etree import ElementTree as ET

SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    extension: str
    graph: bool  # True: an RDF format for CONSTRUCT/DESCRIBE; False: a results format for SELECT/ASK


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("json", "application/sparql-results+json", "srj", False),
    Format("xml", "application/sparql-results+xml", "srx", False),
    Format("csv", "text/csv", "csv", False),
    Format("tsv", "text/tab-separated-values", "tsv", False),
    Format("turtle", "text/turtle", "ttl", True),
    Format("nt", "application/n-triples", "nt", True),
    Format("json-ld", "application/ld+json", "jsonld", True),
    Format("rdf-xml", "application/rdf+xml", "rdf", True),
)}
"""Every output format, the first results format and the first RDF format are the defaults."""

RESULT_FORMATS = [f for f in FORMATS.values() if not f.graph]
GRAPH_FORMATS = [f for f in FORMATS.values() if f.graph]

ALIASES = {"ttl": "turtle", "jsonld": "json-ld", "ntriples": "nt", "n-triples": "nt", "rdfxml": "rdf-xml",
           "srj": "json", "srx": "xml"}

# Media types a client may name in Accept beyond each format's own (SPARQLWrapper sends some of these).
EXTRA_MEDIA_TYPES = {
    "application/json": "json", "text/json": "json", "application/xml": "xml", "text/xml": "xml",
    "application/x-turtle": "turtle", "text/n3": "turtle", "text/plain": "nt",
}


def media_types(graph: bool) -> dict[str, Format]:
    """Media type -> format, for the formats of one kind (the default first)."""
    kinds = GRAPH_FORMATS if graph else RESULT_FORMATS
    out = {f.media_type: f for f in kinds}
    for media, name in EXTRA_MEDIA_TYPES.items():
        f = FORMATS[{"json": "json-ld", "xml": "rdf-xml"}.get(name, name) if graph else name]
        if f.graph == graph:
            out.setdefault(media, f)
    return out


def format_for(name: str, graph: bool) -> Format:
    """The output format ``name`` for a result of this kind (``json`` of a graph is JSON-LD,
    ``xml`` of a graph is RDF/XML); UsageError naming the choices when it does not fit."""
    name = ALIASES.get(name, name)
    if graph:
        name = {"json": "json-ld", "xml": "rdf-xml"}.get(name, name)
    fmt = FORMATS.get(name)
    if fmt is None or fmt.graph != graph:
        kinds = GRAPH_FORMATS if graph else RESULT_FORMATS
        what = "a CONSTRUCT or DESCRIBE result" if graph else "a SELECT or ASK result"
        raise UsageError(f"cannot write {what} as {name!r}; choose from {', '.join(f.name for f in kinds)}")
    return fmt


# --- terms -----------------------------------------------------------------------------------------

_IRI = re.compile(r"^[a-z][a-z0-9+.-]*://[^\s<>\"{}|\\^`]*$", re.I)


def term_of(value):
    """An RDF term for a Python value of a routine's row: None unbound, bool/int/float typed literals,
    an absolute http(s)/urn IRI a NamedNode, any other string a plain literal."""
    if value is None or isinstance(value, (NamedNode, BlankNode, Literal, Triple)):
        return value
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(XSD + "double"))
    text = str(value)
    if _IRI.match(text):
        return NamedNode(text)
    return Literal(text)


def terms_of(result) -> list[tuple]:
    if result.terms is not None:
        return result.terms
    return [tuple(term_of(v) for v in row) for row in result.rows]


# --- SELECT / ASK ------------------------------------------------------------------------------------


def _json_term(term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def to_json(result) -> str:
    """SPARQL 1.1 Query Results JSON: ``{"head": {"vars": [...]}, "results": {"bindings": [...]}}``."""
    if result.kind == "ask":
        doc = {"head": {}, "boolean": bool(result.rows[0][0])}
    else:
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                    for row in terms_of(result)]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _xml_term(parent: ET.Element, term) -> None:
    from xml.etree import ElementTree as ET

    if isinstance(term, NamedNode):
        ET.SubElement(parent, "uri").text = term.value
    elif isinstance(term, BlankNode):
        ET.SubElement(parent, "bnode").text = term.value
    elif isinstance(term, Triple):
        triple = ET.SubElement(parent, "triple")
        for part in ("subject", "predicate", "object"):
            _xml_term(ET.SubElement(triple, part), getattr(term, part))
    else:
        lit = ET.SubElement(parent, "literal")
        if term.language:
            lit.set("xml:lang", term.language)
        elif term.datatype.value != XSD_STRING:
            lit.set("datatype", term.datatype.value)
        lit.text = _xml_safe(term.value)


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    # XML 1.0 cannot hold these characters at all, not even escaped; SPARQL XML results cannot carry them
    return _XML_BAD.sub("\ufffd", text)


def to_xml(result) -> str:
    """SPARQL Query Results XML Format."""
    from xml.etree import ElementTree as ET

    ET.register_namespace("", SPARQL_RESULTS_NS)
    root = ET.Element("sparql", {"xmlns": SPARQL_RESULTS_NS})
    head = ET.SubElement(root, "head")
    if result.kind == "ask":
        ET.SubElement(root, "boolean").text = "true" if result.rows[0][0] else "false"
    else:
        for v in result.variables:
            ET.SubElement(head, "variable", {"name": v})
        results = ET.SubElement(root, "results")
        for row in terms_of(result):
            sol = ET.SubElement(results, "result")
            for v, t in zip(result.variables, row):
                if t is not None:
                    _xml_term(ET.SubElement(sol, "binding", {"name": v}), t)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Triple):
        return str(term)
    return term.value


def to_csv(result) -> str:
    """SPARQL 1.1 CSV: header of variable names, plain values (IRIs and literals alike), CRLF line ends."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.rows[0][0] else "false"])
        return out.getvalue()
    writer.writerow(result.variables)
    for row in terms_of(result):
        writer.writerow([_csv_value(t) for t in row])
    return out.getvalue()


def _tsv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        dtype = term.datatype.value
        if not term.language and dtype in (XSD + "integer", XSD + "decimal", XSD + "double", XSD + "boolean"):
            # TSV may write these in their short Turtle form when the lexical form is canonical
            if _SHORT.get(dtype, re.compile(r"(?!)")).fullmatch(term.value):
                return term.value
    # N-Triples form: str() of a pyoxigraph term is its N-Triples/Turtle syntax with escapes
    return str(term)


_SHORT = {XSD + "integer": re.compile(r"[+-]?\d+"), XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
          XSD + "double": re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+"),
          XSD + "boolean": re.compile(r"true|false")}


def to_tsv(result) -> str:
    """SPARQL 1.1 TSV: header of ``?variables``, RDF terms in Turtle/N-Triples syntax."""
    if result.kind == "ask":
        return "?_askResult\n" + ("true" if result.rows[0][0] else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in terms_of(result):
        lines.append("\t".join(_tsv_value(t) for t in row))
    return "\n".join(lines) + "\n"


# --- CONSTRUCT / DESCRIBE ------------------------------------------------------------------------------


def _triples(result) -> list[Triple]:
    triples = {Triple(*t) for t in terms_of(result)}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def graph_bytes(triples: list[Triple], fmt: str) -> bytes:
    """Triples in an RDF format of :data:`FORMATS` (sorted first, so the output is deterministic)."""
    from .export import jsonld
    from .vocab import PREFIXES

    fmt = format_for(fmt, graph=True).name
    triples = sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    if fmt == "json-ld":
        return jsonld(triples)
    rdf = {"turtle": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES, "rdf-xml": RdfFormat.RDF_XML}[fmt]
    return ox_serialize(triples, format=rdf, prefixes=PREFIXES if fmt != "nt" else None)


# --- one entry point ---------------------------------------------------------------------------------------


def serialize(result, fmt: str) -> bytes:
    """A :class:`kg.query.QueryResult` in the format ``fmt`` (a name of :data:`FORMATS` or an alias)."""
    graph = result.kind == "graph"
    f = format_for(fmt, graph)
    if graph:
        return graph_bytes(_triples(result), f.name)
    text = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}[f.name](result)
    return text.encode("utf-8")
