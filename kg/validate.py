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
    return _results_of(findings(triples), locate, curie)


def _results_of(found, locate, curie) -> list[Result]:
    from .shacl import path_text

    out = {Result(locate(f.focus), f.severity, f.focus, path_text(f.path, curie), f.primary) for f in found}
    return sorted(out, key=lambda r: (SEVERITY.get(r.severity, 3), r.location, r.focus, r.path, r.message))


def to_rdflib(triples) -> "rdflib.Graph":  # noqa: F821
    """An rdflib memory graph from pyoxigraph triples (pyshacl needs rdflib's own store)."""
    import rdflib
    from pyoxigraph import Literal as OxLiteral
    from pyoxigraph import NamedNode

    from .vocab import XSD_STRING as xsd_string
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


def validate_build(build, cache=None) -> list[Result]:
    """SHACL on the merged default graph of a build, located at profile lines.

    ``cache`` (a :class:`kg.cache.BuildCache`): the previous build's findings are reused for the focus
    nodes whose statements cannot have changed, and the others validated on the part of the graph their
    results read (:func:`incremental_findings`); this build's findings are kept for the next one."""
    from .vocab import PREFIXES
    from .memory import collector_paused, release_freed
    from .shacl import curie_with

    with collector_paused():
        found = _incremental(build, cache) if cache is not None else None
        if found is None:
            # canonical quads: the default graph parsed from the text as the validation store is filled, not
            # kept (the list of Quads beside the store set the peak memory of a 1M build)
            found = findings(_default_quads(build.quads))
        elif cache is not None:
            cache.stats.validation_incremental = True
        if cache is not None:
            cache.record_findings(found)
        results = _results_of(found, build.location, curie_with(PREFIXES))
    release_freed()  # the validation store is gone: its memory back before the outputs are written
    return results


def _incremental(build, cache) -> set | None:
    """This build's findings from the previous build's, or None (then: validate in full)."""
    from .graph import CanonicalQuads

    reach = validator().reach()
    if reach is None or not isinstance(build.quads, CanonicalQuads):
        return None
    old = cache.previous_findings()
    diff = cache.default_diff(build) if old is not None else None
    if diff is None:
        return None
    with cache.previous_incoming(build.corpus.base) as incoming:
        if incoming is None:
            return None
        return incremental_findings(old, build.quads.default_text(), diff.removed, diff.added, incoming,
                                    limit=max(1, diff.count // 4))


SUBCLASS_OF = b"<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


def _split(line: bytes) -> tuple[bytes, bytes, bytes]:
    """(subject, predicate, object) of an N-Triples line of IRIs and literals (no blank-node subject)."""
    a = line.find(b" ")
    b = line.find(b" ", a + 1)
    return line[:a], line[a + 1:b], line[b + 1:line.rfind(b" .")]


def incremental_findings(old: set, text: bytes, removed: set[bytes], added: set[bytes], incoming,
                         limit: int, validator_=None) -> set | None:
    """The findings of the shapes on the graph ``text`` (canonical N-Triples, sorted by subject), given
    the findings ``old`` of the previous graph and the lines ``removed`` from it and ``added`` to it;
    ``incoming(b"<IRI>")`` gives the previous graph's lines whose object is that IRI. None when this
    cannot be worked out here (then validate in full): a shape reads further than
    :meth:`kg.shacl.Validator.reach` can say, an ``rdfs:subClassOf`` statement changed, a blank node or a
    literal is on the way, or more than ``limit`` lines would be validated.

    Why it is the full result: a focus node's results depend only on the statements its reach covers
    (its own; those of the ``deep`` predicates of nodes 1 to ``depth`` hops out, the hops after the first
    by ``deep`` predicates; incoming statements of the ``inverse`` predicates; the subclass statements).
    A changed statement can be among them, in the previous graph or in this one, only for a focus node
    that is its subject, reaches its subject in ``depth`` hops when its predicate is a ``deep`` one (in
    the previous or this graph: the first edge of such a path missing from this graph is a changed
    statement of a ``deep`` predicate, or of the focus node itself), or is its object when its
    predicate is an inverse one. Those focus nodes are validated again
    on a store of every statement they reach in this graph (a store holding at least what a focus
    node's results read, and only statements of the graph, gives that node the results the whole
    graph gives); every other focus node's findings are the previous ones."""
    from pyoxigraph import RdfFormat, parse

    from .shacl import store_of

    v = validator_ or validator()
    reach = v.reach()
    if reach is None or any(not f.iri_focus for f in old):
        return None
    inverse = {f"<{p}>".encode() for p in reach.inverse}
    deep = None if reach.deep is None else {f"<{p}>".encode() for p in reach.deep}
    subjects: set[bytes] = set()
    reached: set[bytes] = set()  # subjects of changed statements read from further out
    added_to: dict[bytes, list[bytes]] = {}  # object IRI -> lines added with it
    focus: set[bytes] = set()
    for line in (*removed, *added):
        if line.startswith(b"_:") or b" _:" in line:
            return None
        s, p, o = _split(line)
        if p == SUBCLASS_OF:
            return None  # class targets and sh:class read every subclass statement
        subjects.add(s)
        if deep is None or p in deep:
            reached.add(s)
        if p in inverse:
            if not o.startswith(b"<"):
                return None
            focus.add(o)
    for line in added:
        s, p, o = _split(line)
        if o.startswith(b"<"):
            added_to.setdefault(o, []).append(line)
    focus |= subjects
    frontier, visited = reached, set(reached)
    for _hop in range(reach.depth):  # the focus nodes from which a changed statement is read
        step: set[bytes] = set()
        for node in frontier:
            for line in (*incoming(node), *added_to.get(node, ())):
                s = line[:line.find(b" ")]
                if s not in visited:
                    step.add(s)
        if any(s.startswith(b"_:") for s in step):
            return None
        visited |= step
        focus |= step
        frontier = step
        if len(focus) > limit:
            return None
    lines: set[bytes] = set()
    frontier, seen = set(focus), set()
    for hop in range(reach.depth + 1):  # what their results read, in this graph
        step = set()
        for node in frontier - seen:
            seen.add(node)
            for line in _subject_lines(text, node):
                lines.add(line)
                if hop < reach.depth:
                    o = _split(line)[2]
                    if o.startswith(b"<"):
                        step.add(o)
                    elif o.startswith(b"_:"):
                        return None
        frontier = step
        if len(lines) > limit:
            return None
    if inverse:
        for node in focus:
            for line in (*incoming(node), *added_to.get(node, ())):
                if _split(line)[1] in inverse and line not in removed:
                    lines.add(line)
    if SUBCLASS_OF in text:
        at = text.find(SUBCLASS_OF)
        while at >= 0:
            start = text.rfind(b"\n", 0, at) + 1
            end = text.find(b"\n", at)
            lines.add(text[start:end if end >= 0 else len(text)])
            at = text.find(SUBCLASS_OF, end if end >= 0 else len(text))
    if any(line.startswith(b"_:") for line in lines):
        return None
    store = store_of(parse(b"".join(sorted(line + b"\n" for line in lines)), format=RdfFormat.N_TRIPLES))
    names = {n[1:-1].decode("utf-8") for n in focus}
    fresh = {f for f in v.run(store) if f.focus in names}
    if any(not f.iri_focus for f in fresh):
        return None
    return {f for f in old if f.focus not in names} | fresh


def _subject_lines(text: bytes, node: bytes) -> list[bytes]:
    from .export import subject_lines

    return subject_lines(text, node)


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
    paths = [_build_graph(p) or p for p in paths]
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


def _build_graph(path: Path) -> Path | None:
    """The merged graph a folder ``kg build`` wrote holds (``kg validate build`` after ``kg build -o build``): its
    ``graph.ttl`` (or ``graph.nt``), validated as any RDF file is; None for any other path (a data folder's
    profiles are read as profiles)."""
    from .export import is_build_folder

    if not path.is_dir() or not (path / "merge-report.json").is_file() or not is_build_folder(path):
        return None
    return next((path / name for name in ("graph.ttl", "graph.nt") if (path / name).is_file()), None)


def parse_rdf_file(path: Path):
    """An RDF file as an rdflib graph; offline, located errors (see kg.rdffiles)."""
    from .rdffiles import parse_rdf_file as parse

    return parse(path)
