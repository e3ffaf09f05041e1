"""The build: profiles -> merged corpus -> quads, with the locations validation reports use.

>>> b = load_build([Path("data")])          # doctest: +SKIP
>>> len(b.triples) > 0                      # doctest: +SKIP
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pyoxigraph import DefaultGraph, Quad

from .identity import DEFAULT_BASE, Corpus, Decisions, load_decisions, resolve
from .profiles import LoadedProfile, load_profiles


@dataclass
class Build:
    corpus: Corpus
    quads: list[Quad]
    locations: dict[str, str] | None = None
    """IRI -> ``file:line`` of the profile entry it comes from; None: made from the corpus when first asked
    (:meth:`location`, for validation's results only: a build without any reads no profile's line map)."""

    @property
    def triples(self) -> list[Quad]:
        """The merged default graph: its quads (in the default graph), the same objects as in ``quads``.

        Not ``q.triple`` copies: at 1M triples those were a second copy of the graph (about 300 MiB).
        Canonical quads parse them from their text once and keep them until the outputs are written."""
        from .graph import CanonicalQuads

        if isinstance(self.quads, CanonicalQuads):
            return self.quads.default_quads()
        got = self.__dict__.get("_triples")
        if got is None:
            got = self.__dict__["_triples"] = [q for q in self.quads if type(q.graph_name) is DefaultGraph]
        return got

    def iter_triples(self):
        """The merged default graph's statements in one pass; canonical quads are parsed as they are
        read and not kept (the list :attr:`triples` holds was 430 MiB at 1M triples)."""
        from .graph import CanonicalQuads

        if isinstance(self.quads, CanonicalQuads):
            return self.quads.iter_default()
        return iter(self.triples)

    @property
    def triple_count(self) -> int:
        """How many statements the merged default graph holds (without parsing them)."""
        from .graph import CanonicalQuads

        if isinstance(self.quads, CanonicalQuads):
            return self.quads.default_count()
        return len(self.triples)

    @cached_property
    def store(self):
        """A pyoxigraph Store holding every quad, for SPARQL (without the counts of :mod:`kg.facts`: only the
        build's store on disk keeps them; a query here runs its own file)."""
        from pyoxigraph import Store

        from .store import load_quads

        store = Store()
        load_quads(store, self.quads)
        return store

    def location(self, iri: str) -> str:
        """``file:line`` of the profile entry a node comes from, or of its nearest parent node."""
        if self.locations is None:
            self.locations = _locations(self.corpus)
        probe = iri
        while probe:
            if probe in self.locations:
                return self.locations[probe]
            if "/" not in probe.rstrip("/"):
                break
            probe = probe.rstrip("/").rsplit("/", 1)[0]
        return ""


def build_corpus(loaded: list[LoadedProfile], base: str = DEFAULT_BASE, decisions: Decisions | None = None,
                 named_graphs: bool = True, cache=None, named_later: bool = False) -> Build:
    """``named_later``: the named graphs are mapped when first read (kg.graph.CanonicalQuads.later)."""
    from .graph import corpus_quads
    from .memory import collector_paused

    with collector_paused():
        previous = cache.previous_merge() if cache is not None else None
        corpus = resolve(loaded, base=base, decisions=decisions, previous=previous,
                         page_keys=cache.page_keys() if cache is not None else None)
        if cache is not None:
            cache.record_merge(corpus.merge_table, *corpus.merge_parts, works=corpus.merge_works,
                               people=corpus.merge_people)
        quads = corpus_quads(corpus, named_graphs=named_graphs, cache=cache, named_later=named_later)
        return Build(corpus=corpus, quads=quads)


def load_build(paths: list[Path], base: str = DEFAULT_BASE, named_graphs: bool = True, cache=None,
               named_later: bool = False) -> Build:
    """Load profile files/folders (and their ``decisions.yaml``) and build the merged graph.
    ``cache`` (a :class:`kg.cache.BuildCache`) supplies the unchanged sources' profiles and named graphs;
    ``named_later``: the named graphs are mapped when first read (kg.graph.CanonicalQuads.later)."""
    loaded = load_profiles(paths) if cache is None else cache.load_profiles(paths)
    decisions = load_decisions([p for p in paths if Path(p).is_dir()])
    return build_corpus(loaded, base=base, decisions=decisions, named_graphs=named_graphs, cache=cache,
                        named_later=named_later)


def _locations(corpus: Corpus) -> dict[str, str]:
    out: dict[str, str] = {}
    for src in corpus.sources:
        out.setdefault(src.iri, f"{src.loaded.path}:1")
    for m in corpus.person_mentions:
        iri = corpus.person_of_mention[m.index]
        src = corpus.sources[m.profile].loaded
        if m.kind == "owner" or iri not in out:
            out[iri] = f"{src.path}:{src.line_of(m.loc)}"
    for w in corpus.work_mentions:
        iri = corpus.work_of_mention[w.index]
        src = corpus.sources[w.profile].loaded
        if iri not in out:
            out[iri] = f"{src.path}:{src.line_of(w.loc)}"
    return out
