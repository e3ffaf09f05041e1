"""Validation: the profile model (with ``file:line``) and the SHACL shapes in ``shapes/``.

``validate_paths`` accepts profile files and folders (model + SHACL on the merged
graph they build) and RDF files (SHACL only). Results carry a location:
``file:line`` for profiles, the file for RDF.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from .errors import LoadError, ProfileError

from .rdffiles import RDF_SUFFIXES  # noqa: F401  (the suffix table lives with the reader)

SEVERITY = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Result:
    location: str
    severity: str  # Violation | Warning | Info
    focus: str
    path: str
    message: str

    def line(self) -> str:
        return "  ".join([self.location or "-", self.severity, self.focus or "-", self.path or "-", self.message])


@dataclass
class Report:
    results: list[Result]
    files: int = 0
    triples: int = 0

    @property
    def violations(self) -> int:
        return sum(r.severity == "Violation" for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(r.severity != "Violation" for r in self.results)

    def conforms(self, strict: bool = False) -> bool:
        return self.violations == 0 and (not strict or self.warnings == 0)

    def as_json(self) -> str:
        return json.dumps({
            "conforms": self.violations == 0, "violations": self.violations, "warnings": self.warnings,
            "files": self.files, "triples": self.triples, "results": [asdict(r) for r in self.results],
        }, indent=2, ensure_ascii=False) + "\n"


@cache
def shapes_graph():
    import rdflib

    from .resources import shape_files

    g = rdflib.Graph()
    for f in shape_files():
        g.parse(f, format="turtle")
    return g


@cache
def _split_shapes():
    """The shapes for pyshacl (core SHACL) and the SPARQL constraints kg runs itself on Oxigraph.

    pyshacl evaluates a SPARQL constraint once per focus node on rdflib's engine: 55 s of
    the 65 s it took on a 100k-triple graph. The same SELECTs run on Oxigraph over all focus
    nodes at once take milliseconds, with the same results.
    """
    import rdflib

    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    full = shapes_graph()
    core = rdflib.Graph()
    for t in full:
        core.add(t)
    sparql = []
    for shape, constraint in full.subject_objects(SH.sparql):
        targets = list(full.objects(shape, SH.targetClass))
        select = str(full.value(constraint, SH.select))
        message = str(full.value(constraint, SH.message) or "does not conform")
        severity = full.value(constraint, SH.severity) or full.value(shape, SH.severity) or SH.Violation
        prefixes = {}
        for decl in full.objects(full.value(constraint, SH.prefixes), SH.declare):
            prefixes[str(full.value(decl, SH.prefix))] = str(full.value(decl, SH.namespace))
        for target in targets:
            sparql.append((str(target), select, message, str(severity).rsplit("#", 1)[-1], prefixes))
        core.remove((shape, SH.sparql, constraint))
    return core, sorted(sparql)


def _run_sparql_constraints(graph, locate, triples=None) -> list[Result]:
    """SHACL-SPARQL constraints with sh:targetClass, evaluated on Oxigraph over every focus node."""
    import re

    import pyoxigraph as ox
    import rdflib

    _core, constraints = _split_shapes()
    if not constraints:
        return []
    store = ox.Store()
    if triples is not None:
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    else:
        store.bulk_extend(ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))
    out = []
    for target, select, message, severity, prefixes in constraints:
        head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes.items()))
        body = select.replace("$this", "?this")
        # every focus node of the target class: add the target pattern to the WHERE clause
        body = re.sub(r"WHERE\s*\{", f"WHERE {{ ?this a <{target}> .", body, count=1, flags=re.I)
        for row in store.query(head + body):
            focus = row["this"].value
            text = re.sub(r"\{\?(\w+)\}", lambda m, row=row: _term_text(row, m.group(1)), message)
            out.append(Result(locate(focus), severity, focus, "", text))
    return out


def _term_text(row, var: str) -> str:
    try:
        term = row[var]
    except (KeyError, IndexError):
        return "?" + var
    return "" if term is None else term.value


def to_rdflib(triples) -> "rdflib.Graph":  # noqa: F821
    """An rdflib memory graph from pyoxigraph triples (pyshacl needs rdflib's own store)."""
    import rdflib
    from pyoxigraph import Literal as OxLiteral
    from pyoxigraph import NamedNode

    xsd_string = "http://www.w3.org/2001/XMLSchema#string"
    cache_terms: dict = {}

    def conv(t):
        got = cache_terms.get(t)
        if got is not None:
            return got
        if isinstance(t, NamedNode):
            out = rdflib.URIRef(t.value)
        elif isinstance(t, OxLiteral):
            if t.language:
                out = rdflib.Literal(t.value, lang=t.language)
            elif t.datatype.value == xsd_string:
                out = rdflib.Literal(t.value)
            else:
                out = rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
        else:
            out = rdflib.BNode(t.value)
        cache_terms[t] = out
        return out

    g = rdflib.Graph()
    for t in triples:
        g.add((conv(t.subject), conv(t.predicate), conv(t.object)))
    return g


def shacl(graph, locate=lambda iri: "", triples=None) -> list[Result]:
    """Run the shapes on an rdflib graph; one Result per SHACL result, sorted.

    One pyshacl run over the whole graph. (Splitting the focus nodes across processes with
    pyshacl's ``focus_nodes`` was tried: pyshacl 0.40 tests membership in that list node by
    node, which made a 920k-triple graph slower, not faster.)
    """
    out = _run_sparql_constraints(graph, locate, triples)
    out.extend(_pyshacl_results(graph, locate, None))
    return sorted(set(out), key=lambda r: (SEVERITY.get(r.severity, 3), r.location, r.focus, r.path, r.message))


def _pyshacl_results(graph, locate, focus_nodes: list[str] | None) -> list[Result]:
    import rdflib
    from pyshacl import validate as pyshacl_validate

    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    core, _sparql = _split_shapes()
    _conforms, report, _text = pyshacl_validate(
        graph, shacl_graph=core, inference="none", allow_warnings=True, focus_nodes=focus_nodes
    )
    out = []
    for res in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(res, SH.focusNode)
        path = report.value(res, SH.resultPath)
        message = report.value(res, SH.resultMessage)
        severity = report.value(res, SH.resultSeverity)
        out.append(Result(
            location=locate(str(focus)) if focus is not None else "",
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=str(focus) if focus is not None else "",
            path=_path_text(report, path, graph.namespace_manager),
            message=str(message) if message else "does not conform",
        ))
    return out


def _path_text(report, path, ns) -> str:
    import rdflib

    if path is None:
        return ""
    if isinstance(path, rdflib.URIRef):
        try:
            return path.n3(ns)
        except Exception:  # noqa: BLE001 - a prefix-less IRI is still printable
            return f"<{path}>"
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    alt = report.value(path, SH.alternativePath)
    if alt is not None:
        return "|".join(_path_text(report, p, ns) for p in rdflib.collection.Collection(report, alt))
    inv = report.value(path, SH.inversePath)
    if inv is not None:
        return "^" + _path_text(report, inv, ns)
    if (path, rdflib.RDF.first, None) in report:
        return "/".join(_path_text(report, p, ns) for p in rdflib.collection.Collection(report, path))
    return str(path)


def validate_build(build) -> list[Result]:
    """SHACL on the merged default graph of a build, located at profile lines."""
    from .graph import PREFIXES

    g = to_rdflib(build.triples)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return shacl(g, build.location, build.triples)


def validate_paths(paths: list[Path], base: str | None = None) -> Report:
    """Validate profile files/folders and RDF files; load errors raise, findings are returned.

    Profiles are built exactly as ``kg build`` builds them (same ``base``, same decisions), so
    the IRIs reported are the ones the build publishes."""
    from .build import build_corpus
    from .identity import DEFAULT_BASE, load_decisions
    from .profiles import load_profile, profile_files

    paths = [Path(p) for p in paths]
    for p in paths:
        if not p.exists():
            raise LoadError("no such file or folder", path=str(p))
    rdf_files = [p for p in paths if p.is_file() and p.suffix.lower() in RDF_SUFFIXES]
    profile_paths = [p for p in paths if p not in rdf_files]
    results: list[Result] = []
    files = triples = 0
    loaded = []
    for f in profile_files(profile_paths):
        files += 1
        try:
            loaded.append(load_profile(f))
        except ProfileError as exc:
            results.extend(Result(f"{pr.path}:{pr.line}" if pr.line else pr.path, "Violation", "", pr.field,
                                  pr.message) for pr in exc.problems)
    if loaded:
        build = build_corpus(loaded, base=base or DEFAULT_BASE,
                             decisions=load_decisions([p for p in profile_paths if p.is_dir()]))
        triples += len(build.triples)
        results.extend(validate_build(build))
    for f in rdf_files:
        files += 1
        g = parse_rdf_file(f)
        triples += len(g)
        results.extend(shacl(g, lambda _iri, f=f: str(f)))
    return Report(results=results, files=files, triples=triples)


def parse_rdf_file(path: Path):
    """An RDF file as an rdflib graph; offline, located errors (see kg.rdffiles)."""
    from .rdffiles import parse_rdf_file as parse

    return parse(path)
