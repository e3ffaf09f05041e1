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
def validator():
    """The shapes in ``shapes/`` compiled for Oxigraph (see :mod:`kg.shacl`)."""
    from .resources import shape_files
    from .shacl import Validator

    return Validator.from_files(shape_files())


def findings(triples) -> set:
    """The :class:`kg.shacl.Finding` set of the shapes on pyoxigraph triples or default-graph quads
    (pyshacl's results)."""
    from .shacl import store_of

    return validator().run(store_of(triples))


def _results(triples, locate, curie) -> list[Result]:
    from .shacl import path_text

    out = {Result(locate(f.focus), f.severity, f.focus, path_text(f.path, curie), f.primary)
           for f in findings(triples)}
    return sorted(out, key=lambda r: (SEVERITY.get(r.severity, 3), r.location, r.focus, r.path, r.message))


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


def shacl(graph, locate=lambda iri: "") -> list[Result]:
    """Run the shapes on an rdflib graph; one Result per SHACL result, sorted."""
    return _results(from_rdflib(graph), locate, _rdflib_curie(graph.namespace_manager))


def from_rdflib(graph) -> list:
    """pyoxigraph triples of an rdflib graph (blank nodes keep their ids)."""
    import rdflib
    from pyoxigraph import BlankNode, NamedNode, Triple
    from pyoxigraph import Literal as OxLiteral

    def conv(t):
        if isinstance(t, rdflib.URIRef):
            return NamedNode(str(t))
        if isinstance(t, rdflib.BNode):
            return BlankNode(str(t))
        if t.language:
            return OxLiteral(str(t), language=t.language)
        return OxLiteral(str(t), datatype=NamedNode(str(t.datatype)) if t.datatype else None)

    return [Triple(conv(s), conv(p), conv(o)) for s, p, o in graph]


def _rdflib_curie(ns):
    import rdflib

    def curie(value: str) -> str:
        try:
            return rdflib.URIRef(value).n3(ns)
        except Exception:  # noqa: BLE001 - a prefix-less IRI is still printable
            return f"<{value}>"

    return curie


def validate_build(build) -> list[Result]:
    """SHACL on the merged default graph of a build, located at profile lines."""
    from .graph import PREFIXES
    from .memory import collector_paused, release_freed
    from .shacl import curie_with

    with collector_paused():
        # canonical quads: the default graph parsed from the text as the validation store is filled, not
        # kept (the list of Quads beside the store set the peak memory of a 1M build)
        results = _results(_default_quads(build.quads), build.location, curie_with(PREFIXES))
    release_freed()  # the validation store is gone: its memory back before the outputs are written
    return results


def _default_quads(quads):
    """The default graph's quads (canonical quads hold it first, so stop at the first named graph)."""
    from pyoxigraph import DefaultGraph

    from .graph import CanonicalQuads

    if isinstance(quads, CanonicalQuads):
        return quads.iter_default()
    return (q for q in quads if type(q.graph_name) is DefaultGraph)


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
        triples += build.triple_count
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
