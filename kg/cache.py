"""The build cache: per-source work of the last ``kg build`` kept for the next one, keyed by content.

``kg build -o build`` keeps ``build/.cache/`` beside its outputs (written into the same fresh folder,
so it is swapped in with them: kg.files.atomic_folder). It holds, for every profile file:

- ``profiles/<key>.pickle``: the loaded profile (YAML parsed, model validated, line map), keyed by the
  file's name and bytes; an unchanged file is not read as YAML again. It holds what the merge reads of the page
  as plain rows (kg.identity.page_rows), and the models, the owner's ``Person`` and the line map as pickles of their
  own, read when first used: a rebuild reads an unchanged page's rows, and its models only where a change reaches
  one of its works;
- ``graphs/<key>.nq``: the source's named graph (what that page said, on the merged IRIs) as sorted
  N-Quads, keyed by the profile's key, the base, the source IRI and the IRIs the merge gave the
  page's owner, people and works; when the merge gives them the same IRIs, the graph is not mapped again;
- ``mapping/merged.nt``: the merged default graph's canonical text as the last build that wrote it whole wrote
  it (a rebuild hard-links it, and keeps the lines its text takes out of it and puts in, in the pickle, until they
  are more than 1/64 of it: kg.graph.SplicedText); ``mapping/merged.pickle``: the text's length (and the file's size and time: a file
  written over it since is not spliced), and
  per unit (a source, a merged person, a merged work: kg.graph.merged_units) a digest of what its statements are
  computed from and its lines, with how many units give each line two or more give; a rebuild maps only the
  units whose digest changed and puts the new text together from the previous one (kg.graph.merged_text);
- ``manifest.json``: each source's graph key, each kept graph's size and line count (a rebuild reads only the
  changed pages' graphs: the others' text is read, and checked, only if asked for), the digest of the store's
  stamp, and of each output file (graph.nt, graph.ttl, graph.trig, graph.jsonld, merge-report.json, the
  snippets) its size and modification time, or its SHA-256 when it was written in the tick the manifest was;
  ``snippets/snippets.pickle``: per snippet its digest, owner, the IRIs it was read from and the people of
  which it read only names and links (kg.export.snippet_deps), the IRIs as numbers (kg.export.SnippetTable);
  ``validation/findings.pickle``: the build's SHACL findings (kg.shacl.Finding), on the graph its graph.nt holds.

With those, the next build works out how its merged default graph differs from the previous one (the
lines the incremental mapping took out and put in, or else the previous graph.nt against its own canonical
text: :meth:`BuildCache.default_diff`) and which named graphs changed, and writes from the previous
build's files: the store is a hard-linked backup of the previous store with the changed subjects and
graphs replaced (:meth:`BuildCache.store_filler`); the Turtle, TriG and JSON-LD get the changed subjects'
blocks and pages' sections spliced in, and a snippet none of whose statements it read changed is the
previous file, linked into the new build (kg.export.write_outputs). A previous file is used only when its
size and modification time (or digest) are the ones recorded; anything that cannot be shown unchanged takes the
full path. Validation takes the previous findings of the focus nodes the change cannot reach and validates
the others on what they read (kg.validate.incremental_findings; the previous store gives the incoming
statements). ``merge/merge.pickle``: the people of each connected part of the person mentions, by a digest
of what the people rules read of them (kg.identity.person_parts); a part the change does not reach is not
resolved again (what those rules read of each mention is kept by its page's key: only changed pages are read
again for the digests; so are the works' title keys the works merge compares; a part whose pages are all
unchanged takes its digest by its first mention and size: kg.identity._part_keys); and each merged work's record, by what its merge reads (its IRI, its entries' pages by their
profile keys and positions, its authors' IRIs): a work whose key is the same is not merged again. The works'
clusters, the IRIs and the people's merged records are still worked out in full.

The whole cache is valid only for one kg (its version and the digest of its code), one set of SHACL
shapes and one base IRI (``kg-cache.json`` says which); any change there and the build runs cold.
Entries the build did not use are not carried over, so the cache holds one build's worth.

>>> cache = BuildCache.open(Path("build"), "https://example.org/kg/")      # doctest: +SKIP
>>> b = load_build([Path("data")], cache=cache)                            # doctest: +SKIP
>>> cache.write(tmp_folder)                                                # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import stat
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache as memo
from pathlib import Path
from types import SimpleNamespace
from typing import Literal

CACHE_DIR = ".cache"
STAMP = "kg-cache.json"
MANIFEST = "manifest.json"
CLOCK = "clock"
"""An empty file of the cache, written to read the file system's clock (:func:`file_clock`)."""
FORMAT_VERSION = 4
MAX_EDITS = 64
EDITS_FLOOR = 1 << 16
"""The kept default text is written whole again when the lines the rebuilds since took out and put in are more
than 1/MAX_EDITS of its bytes and more than EDITS_FLOOR bytes: each rebuild reads them, and splices them into the
text (:meth:`BuildCache.write`)."""
LARGE_CHANGE = 4
"""A rebuild whose merged graph changed in more than 1 line of ``LARGE_CHANGE`` writes everything in full."""


@memo
def code_digest() -> str:
    """kg's version, the contents of its code and the versions of the libraries whose output is cached."""
    import platform

    import pydantic
    import pyoxigraph
    import yaml

    from . import __version__

    h = hashlib.sha256()
    h.update(f"kg {__version__} python {platform.python_version()} pydantic {pydantic.VERSION} "
             f"pyyaml {yaml.__version__} pyoxigraph {pyoxigraph.__version__}\n".encode())
    package = Path(__file__).resolve().parent
    for f in sorted(package.rglob("*")):
        if f.suffix in (".py", ".jsonld") and "__pycache__" not in f.parts:
            h.update(f"{f.relative_to(package)}\n".encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def shapes_digest() -> str:
    from .resources import shape_files

    h = hashlib.sha256()
    for f in shape_files():
        h.update(f"{f.name}\n".encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def cache_key(base: str) -> str:
    """What the whole cache depends on: kg (version and code), the shapes and the base IRI."""
    return hashlib.sha256(f"{FORMAT_VERSION}\n{code_digest()}\n{shapes_digest()}\n{base}\n".encode()).hexdigest()


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def file_clock(folder: Path) -> int:
    """The file system's clock now, in ns: the modification time it gives a file it writes in ``folder`` (an
    empty file of the cache, :data:`CLOCK`). Its tick is coarse (a few ms): files written in it get one time."""
    clock = Path(folder) / CLOCK
    clock.write_bytes(b"")
    return clock.stat().st_mtime_ns


def _count(quads) -> int:
    return sum(1 for _q in quads)


def _previous_quads(store_folder: Path) -> int | None:
    """The quads the previous build's store holds, as its stamp says (the caller has checked the stamp's
    digest against the manifest); None if it does not say."""
    try:
        n = json.loads((store_folder / "kg-store.json").read_bytes()).get("quads")
    except (OSError, ValueError, AttributeError):
        return None
    return n if type(n) is int and n >= 0 else None


def _whole_graph(text: bytes, tail: bytes, lines: int | None = None) -> bool:
    """Whether a cached named graph's text is whole lines of its graph (checked on the text; parsing it here would
    make a Quad per statement), and, when ``lines`` is given, that many (the count the manifest recorded): a
    damaged entry is a miss, never an error. The text's lines are counted once."""
    count = text.count(b"\n")
    return text.endswith(tail) and count == text.count(tail) and text.startswith(b"<") and lines in (None, count)


class _CachedGraph:
    """A named graph of the previous build's cache, read when first asked for (kg.graph.CanonicalQuads.add_graph
    calls it): its text if it is whole lines of its graph with the line count the manifest recorded, else the
    graph mapped again (``compute``), as a damaged entry read at once would be."""

    __slots__ = ("cache", "key", "path", "tail", "lines", "size", "compute")

    def __init__(self, cache: BuildCache, key: str, path: Path, tail: bytes, known: tuple, compute) -> None:
        self.cache, self.key, self.path, self.tail, self.compute = cache, key, path, tail, compute
        self.size, self.lines = known

    def __call__(self) -> bytes:
        try:
            text = self.path.read_bytes()
        except OSError:
            text = None
        if text is not None and len(text) == self.size and _whole_graph(text, self.tail, self.lines):
            return text
        self.cache.stats.graphs_hit -= 1
        return self.cache._graph_missed(self.key, self.compute)


@dataclass
class DefaultDiff:
    """How a build's merged default graph differs from the previous build's, as N-Triples lines."""

    removed: set[bytes]  # lines of the previous build only
    added: set[bytes]  # lines of this build only
    subjects: set[bytes]  # the subjects ("<IRI>") of those lines
    blocks: dict[bytes, list[bytes]]  # subject -> every line of it in this build
    count: int  # lines of this build


@dataclass
class CacheStats:
    """What a build took from the cache (hits) and computed (misses)."""

    profiles_hit: int = 0
    profiles_missed: int = 0
    graphs_hit: int = 0
    graphs_missed: int = 0
    valid: bool = False  # False: no cache, or one of another kg, shapes or base
    store_incremental: bool = False  # the graph store was the previous one with what changed replaced
    validation_incremental: bool = False  # only the focus nodes a change can reach were validated again
    mapping_incremental: bool = False  # only the merged nodes whose inputs changed were mapped again
    units: int = 0  # the merged default graph's units (sources, people, works: kg.graph.merged_units)
    units_mapped: int = 0  # of which this build mapped (the others: the previous build's lines)
    parts: int = 0  # connected parts of the person mentions (kg.identity.person_parts), when kept
    parts_resolved: int = 0  # of which this build resolved (the others: the previous build's people)
    works: int = 0  # merged works, when their records are kept (kg.identity._Records)
    works_merged: int = 0  # of which this build merged (the others: the previous build's records)
    people: int = 0  # merged people, when their records are kept (kg.identity._Records)
    people_merged: int = 0  # of which this build merged (the others: the previous build's records)

    def line(self) -> str:
        if not self.valid:
            return "cache: none usable (cold build)"
        return (f"cache: {self.profiles_hit} profile(s) and {self.graphs_hit} source graph(s) reused, "
                f"{self.profiles_missed} profile(s) read and {self.graphs_missed} source graph(s) mapped"
                + (f"; {self.parts_resolved} of {self.parts} parts of the people resolved"
                   if self.parts and self.parts_resolved < self.parts else "")
                + (f"; {self.works_merged} of {self.works} works merged"
                   if self.works and self.works_merged < self.works else "")
                + (f"; {self.people_merged} of {self.people} people merged"
                   if self.people and self.people_merged < self.people else "")
                + (f"; {self.units_mapped} of {self.units} merged nodes mapped" if self.mapping_incremental else "")
                + ("; validated where it changed" if self.validation_incremental else "")
                + ("; store updated in place" if self.store_incremental else ""))


@dataclass
class BuildCache:
    """The cache of one output folder: what an earlier build left (read) and what this build keeps (written)."""

    folder: Path | None  # the old build's .cache folder, None when there is none or it is not valid here
    key: str
    stats: CacheStats = field(default_factory=CacheStats)
    _graph_keys: dict[str, str | None] = field(default_factory=dict)  # source IRI -> key of its graph (None: unkeyed)
    _memo: dict[str, object] = field(default_factory=dict)  # what this build worked out once (manifest, diff)
    _snippets: dict[str, tuple] | None = None  # snippet file -> (sha256, owner IRI, IRIs it was read from)
    _findings: set | None = None  # this build's SHACL findings (kg.shacl.Finding), for the next build
    _profile_keys: dict[str, str] = field(default_factory=dict)  # str(path) -> key of its file
    _keep_profiles: dict[str, object] = field(default_factory=dict)  # key -> LoadedProfile or old entry path
    _keep_graphs: dict[str, object] = field(default_factory=dict)  # key -> list of quads or old entry path
    _graph_lines: dict[str, tuple] = field(default_factory=dict)  # key -> (size, lines) of the graph's text
    _mapping: tuple | None = None  # this build's (default text, unit table, shared lines), for the next build
    _mapping_diff: tuple | None = None  # (lines removed, lines added) the incremental mapping worked out
    _mapping_kept: tuple | None = None  # this build's text as the lines taken out of the previous base text and put
    # in (sorted), that file's (device, inode, size, time), and the lines' bytes (kg.graph.SplicedText)
    _mapping_base: tuple | None = None  # the previous build's base text, mapped, and its file's stat (previous_mapping)
    _merge: dict | None = None  # this build's merge table (kg.identity.Corpus.merge_table), for the next build
    _report: str | None = None  # digest of this build's merge report (kg.export.report_digest), for the next build

    @classmethod
    def open(cls, out: Path, base: str) -> BuildCache:
        """The cache an earlier ``kg build -o out`` left, if it was made by this kg with these shapes and base."""
        from .export import is_build_folder

        key = cache_key(base)
        folder = Path(out) / CACHE_DIR
        stamp = None
        # pickles are trusted like kg's own code: read only from a folder an earlier kg build wrote
        if Path(out).is_dir() and not Path(out).is_symlink() and is_build_folder(Path(out)):
            try:
                stamp = json.loads((folder / STAMP).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                stamp = None
        valid = isinstance(stamp, dict) and stamp.get("key") == key
        return cls(folder=folder if valid else None, key=key, stats=CacheStats(valid=valid))

    # --- profiles ------------------------------------------------------------------------------

    def load_profiles(self, paths: list[Path]):
        """``kg.profiles.load_profiles(paths)``, taking unchanged files from the cache."""
        from .files import read_regular
        from .profiles import MAX_PROFILE_BYTES, LoadedProfile, load_profiles, profile_files

        files = profile_files(paths)
        out: dict[int, object] = {}
        missing: list[tuple[int, Path]] = []
        for n, f in enumerate(files):
            try:
                raw = read_regular(f, MAX_PROFILE_BYTES)
            except Exception:  # noqa: BLE001 - the loader below reports it with its own message
                missing.append((n, f))
                continue
            # the file name (its stem names the source) and bytes; not the folder: the same data read
            # as data/ or ./data/ or from a copy is the same profile, given the path it is read from now
            key = _digest("profile", f.name, hashlib.sha256(raw).hexdigest())
            self._profile_keys[str(f)] = key
            got = self._read("profiles", key, ".pickle")
            if got is not None:
                try:
                    lp = pickle.loads(got)
                    if not isinstance(lp, LoadedProfile):
                        raise TypeError(type(lp).__name__)
                    lp.path = f
                    out[n] = lp
                except Exception:  # noqa: BLE001 - a damaged entry is a miss, never an error
                    got = None
            if got is None:
                missing.append((n, f))
            else:
                self._keep_profiles[key] = self.folder / "profiles" / f"{key}.pickle"
        self.stats.profiles_hit = len(out)
        self.stats.profiles_missed = len(missing)
        if missing:
            fresh = load_profiles([f for _n, f in missing])
            for (n, f), lp in zip(missing, fresh):
                out[n] = lp
                key = self._profile_keys.get(str(f))
                if key is not None:
                    self._keep_profiles[key] = lp
        return [out[n] for n in range(len(files))]

    def page_keys(self) -> dict[str, str]:
        """The key of each profile file :meth:`load_profiles` read (its name and bytes), by ``str(path)``: what
        the merge keys a work's pages by (kg.identity.resolve's ``page_keys``)."""
        return dict(self._profile_keys)

    # --- named graphs --------------------------------------------------------------------------

    def source_graph(self, corpus, i: int, compute):
        """The named graph of source ``i``: from the cache when the page and the IRIs the merge gave its
        mentions are unchanged, else ``compute()`` (its canonical N-Quads text), kept for the next build."""
        src = corpus.sources[i]
        pkey = self._profile_keys.get(str(src.loaded.path))
        if pkey is None:  # a profile this cache did not load: nothing to key it by
            self._graph_keys[src.iri] = None
            return compute()
        key = _digest("graph", pkey, corpus.base, src.iri, corpus.owner_iri(i),
                      "\x1e".join(corpus.person_of_mention[m.index] for m in corpus.mentions_of(i)),
                      "\x1e".join(corpus.work_of_mention[w.index] for w in corpus.works_of(i)))
        # two sources of one IRI: neither graph can be told apart from the other in the store
        self._graph_keys[src.iri] = None if src.iri in self._graph_keys else key
        tail = f" <{src.iri}> .\n".encode("utf-8")
        known = (self._graph_sizes() or {}).get(key)
        if known is not None:
            # its size and line count as the previous build's manifest records them: read only if asked for (a
            # rebuild reads the changed pages' graphs alone; at 1M triples the others are 239 MB), and checked then
            path = self.folder / "graphs" / f"{key}.nq"
            try:
                size = path.stat().st_size
            except OSError:
                size = None
            if size == known[0]:
                self.stats.graphs_hit += 1
                self._keep_graphs[key] = path
                self._graph_lines[key] = known
                return _CachedGraph(self, key, path, tail, known, compute)
        # (a manifest that records the cached graphs' sizes records every one of them: no other is there to read)
        got = self._read("graphs", key, ".nq") if self._graph_sizes() is None else None
        if got is not None and _whole_graph(got, tail):
            self.stats.graphs_hit += 1
            self._keep_graphs[key] = self.folder / "graphs" / f"{key}.nq"
            self._graph_lines[key] = (len(got), got.count(b"\n"))
            return got
        return self._graph_missed(key, compute)

    def _graph_missed(self, key: str, compute) -> bytes:
        self.stats.graphs_missed += 1
        text = compute()
        self._keep_graphs[key] = text  # the build's own text: written out at the end
        self._graph_lines[key] = (len(text), text.count(b"\n"))
        return text

    def _graph_sizes(self) -> dict | None:
        """Graph key -> (size, lines) of the previous build's cached named graphs, as its manifest records them;
        None when it records none (a manifest of an older kg, or none)."""
        if "graph_sizes" not in self._memo:
            manifest = self._manifest()
            got = manifest.get("graph_lines") if manifest is not None else None
            sizes = None
            if isinstance(got, dict):
                sizes = {}
                for key, value in got.items():
                    if (isinstance(value, list) and len(value) == 2
                            and all(type(n) is int and n >= 0 for n in value)):
                        sizes[key] = tuple(value)
            self._memo["graph_sizes"] = sizes
        return self._memo["graph_sizes"]

    # --- the merge ------------------------------------------------------------------------------

    def previous_merge(self) -> dict:
        """What the previous build's merge kept for the next one (kg.identity.resolve's ``previous``), or
        ``{}`` (none, or a damaged entry: everything is resolved)."""
        got = self._previous_pickle("merge", "merge")
        return got if isinstance(got, dict) and all(isinstance(v, dict) for v in got.values()) else {}

    def record_merge(self, table: dict | None, parts: int = 0, resolved: int = 0,
                     works: tuple[int, int] = (0, 0), people: tuple[int, int] = (0, 0)) -> None:
        """This build's merge table, for the next build; ``resolved`` of ``parts`` parts of the people
        were resolved (the others taken from the previous build's), ``works`` is (works, how many of
        them were merged again) and ``people`` likewise."""
        self._merge = None if table is None else pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
        self.stats.parts, self.stats.parts_resolved = parts, resolved
        self.stats.works, self.stats.works_merged = works
        self.stats.people, self.stats.people_merged = people

    # --- the merged default graph ---------------------------------------------------------------

    def previous_mapping(self) -> tuple | None:
        """(canonical default text, unit id -> (digest, lines), shared line -> how many units give it) of
        the previous build (kg.graph.merged_text), or None. The text is a kg.graph.SplicedText: the file
        ``mapping/merged.nt`` (the text as a build wrote it whole) mapped, not read (kg.files.mapped_file: at 1M
        triples 184 MB, unpickled into fresh memory at every rebuild when it sat in the pickle), with the lines the
        rebuilds since took out and put in (kept in the pickle: :meth:`write`); checked to be of the sizes the
        pickle records and the edits to fit the base."""
        from .files import mapped_file
        from .graph import SplicedText

        got = self._previous_pickle("mapping", "merged")
        if not (isinstance(got, tuple) and len(got) == 7 and type(got[0]) is int
                and isinstance(got[1], dict) and isinstance(got[2], dict) and type(got[3]) is int
                and isinstance(got[4], tuple) and isinstance(got[5], tuple)
                and all(type(line) is bytes for lines in got[4:6] for line in lines)
                and isinstance(got[6], tuple) and len(got[6]) == 2):
            return None
        path = self.folder / "mapping" / "merged.nt"
        # the file as the build that wrote the pickle left it (its size and time, as the outputs are checked:
        # :meth:`previous_file`): a file of the same size written over it since would be spliced as the text
        base = mapped_file(path, SimpleNamespace(st_size=got[3], st_mtime_ns=got[6][1]))
        if base is None or len(base) != got[3] or got[6][0] != got[3]:
            return None
        text = SplicedText.of(base, got[4], got[5])
        if text is None or len(text) != got[0]:
            return None
        try:
            st = path.stat()
        except OSError:
            return None
        self._mapping_base = (base, (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
        return text, got[1], got[2]

    def record_mapping(self, text: bytes, table: dict, shared: dict, diff: tuple | None, mapped: int = 0,
                       kept=None) -> None:
        """This build's default text and units, for the next build; ``diff``: (lines removed, lines added)
        since the previous build when the mapping worked them out (else default_diff compares graph.nt);
        ``kept``: the text as the previous text's base and edits (kg.graph.SplicedText), when it was put
        together from it."""
        self._mapping = (text, table, shared)
        self._mapping_diff = diff
        # (the previous base text is not held past here: at 1M triples 184 MB mapped, in the build's peak)
        base, st = self._mapping_base or (None, None)
        self._mapping_base = None
        self._mapping_kept = None
        if kept is not None and base is not None and kept.base is base:
            self._mapping_kept = (tuple(sorted(kept.removed)), tuple(sorted(kept.added)), st, kept.edits())
        self.stats.units, self.stats.units_mapped = len(table), mapped
        if diff is not None:
            self.stats.mapping_incremental = True

    # --- what changed since the previous build -------------------------------------------------

    def _manifest(self) -> dict | None:
        """What the previous build wrote beside its cache: its sources' graph keys, and what tells that its
        files and store stamp are what that build made (:meth:`_write_manifest`)."""
        if "manifest" not in self._memo:
            got = None
            if self.folder is not None:
                try:
                    got = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    got = None
            self._memo["manifest"] = got if isinstance(got, dict) and isinstance(got.get("graphs"), dict) else None
        return self._memo["manifest"]

    def default_diff(self, build) -> DefaultDiff | None:
        """How the build's merged default graph differs from the previous build's (its graph.nt, checked
        to be what that build wrote: :meth:`previous_file`); None when that cannot be known (then: the full path)."""
        if "diff" in self._memo:
            return self._memo["diff"]
        self._memo["diff"] = None
        from .graph import CanonicalQuads

        manifest = self._manifest()
        if manifest is None or not isinstance(build.quads, CanonicalQuads):
            return None
        # the mapping put this text together from the previous build's (kept with the same manifest) and these
        # lines: no need to compare the two graphs line by line, nor to read graph.nt (only to know it is that
        # build's: kg.export splices it)
        mapped = self._mapping_diff is not None and self._mapping is not None \
            and self._mapping[0] is build.quads.default_text()
        got = self._previous_file("graph.nt", None, "path" if mapped else "read")
        if got is None:
            return None  # the previous build's files are not all what it wrote: nothing of it is trusted
        if mapped:
            del got  # (the file's bytes, where its digest was checked)
            removed, added = set(self._mapping_diff[0]), set(self._mapping_diff[1])
            count = build.quads.default_count()
        else:
            old_lines = set(got[1].split(b"\n"))
            del got
            old_lines.discard(b"")
            new_set = set(build.quads.default_text().split(b"\n"))  # the list of lines freed at once
            new_set.discard(b"")
            count = len(new_set)
            removed, added = old_lines - new_set, new_set - old_lines
            del old_lines, new_set
        if (len(removed) + len(added)) * LARGE_CHANGE > count + 1:
            # most of the graph changed (other data into the same folder): replacing it subject by
            # subject would cost more than writing it whole
            return None
        subjects: set[bytes] = set()
        for line in (*removed, *added):
            if line.startswith(b"_:") or b" _:" in line:  # blank nodes: their labels are not the store's
                return None
            subjects.add(line[:line.find(b" ")])
        from .export import subject_lines

        text = build.quads.default_text()
        blocks = {s: block for s in subjects if (block := subject_lines(text, s))}
        diff = DefaultDiff(removed=removed, added=added, subjects=subjects, blocks=blocks,
                           count=count)
        self._memo["diff"] = diff
        return diff

    def changed_graphs(self, build) -> tuple[set[str], set[str]] | None:
        """(named graphs whose text changed or are new, named graphs gone) since the previous build,
        or None when that cannot be known."""
        manifest = self._manifest()
        if manifest is None:
            return None
        old: dict = manifest["graphs"]
        names = build.quads.graph_names()
        if len(set(names)) != len(names) or set(names) != set(self._graph_keys):
            return None
        changed = {g for g in names if self._graph_keys[g] is None or old.get(g) != self._graph_keys[g]}
        return changed, set(old) - set(names)

    # --- the previous build's output files -----------------------------------------------------

    def previous_output(self, name: str, sha256: str | None = None):
        """The bytes of the previous build's file ``name`` if it is what that build wrote (:meth:`previous_file`),
        else None: mapped, not read (kg.files.MappedBytes: what kg.export splices, the unchanged runs written
        from the page cache)."""
        got = self._previous_file(name, sha256, "mapped")
        return None if got is None else got[1]

    def previous_file(self, name: str, sha256: str | None = None) -> Path | None:
        """The previous build's file ``name`` if it is what that build wrote, else None; its bytes are read only
        where its digest must be checked. The manifest records each output file's size and modification time
        (as make compares files), checked without reading it (at 1M triples the graph files and snippets were
        650 MB read and hashed on every rebuild); a file written in the clock tick the manifest was written in
        (a change in that same tick could leave its time as it was: git's "racy" files) has its SHA-256
        recorded instead, read and checked. ``sha256``: the digest that file should have when the manifest
        records none for it."""
        got = self._previous_file(name, sha256, "path")
        return None if got is None else got[0]

    def _previous_file(self, name: str, sha256: str | None,
                       take: Literal["path", "read", "mapped"]) -> tuple[Path, bytes | None] | None:
        """``take``: the path alone where the manifest's size and time check the file (its bytes None), else its
        bytes too; "read" reads them, "mapped" maps them (kg.files.mapped_file). A file the manifest checks by its
        digest is read or mapped whatever ``take`` says."""
        from .files import mapped_file

        manifest = self._manifest()
        if manifest is None:
            return None
        path = self.folder.parent / name
        want = (manifest.get("outputs") or {}).get(name)
        st = None
        if isinstance(want, list):
            try:
                st = path.stat()
            except OSError:
                return None
            if want != [st.st_size, st.st_mtime_ns] or not stat.S_ISREG(st.st_mode):
                return None
            if take == "path":
                return path, None
        else:
            want = want if isinstance(want, str) else sha256
            if not isinstance(want, str):
                return None
        if take == "mapped":
            # (the file as checked above: else None); not populated: its pages read as they are touched (a
            # bisection, the previous TriG checked to begin with the Turtle), the unchanged runs copied from the
            # file by the kernel (kg.files.write_parts), not read through the map
            data = mapped_file(path, st, populate=False)
            if data is None:
                return None
        else:
            try:
                data = path.read_bytes()
            except OSError:
                return None
        whole = len(data) == st.st_size if isinstance(want, list) else hashlib.sha256(data).hexdigest() == want
        return (path, data) if whole else None

    def previous_snippets(self) -> tuple | None:
        """What each snippet of the previous build was read from, as kg.export.SnippetTable stored it, or None."""
        table = self._previous_pickle("snippets", "snippets")
        return table if isinstance(table, tuple) else None

    def _previous_pickle(self, folder: str, name: str) -> object | None:
        """What the previous build pickled into ``folder/name.pickle``, or None (no build, a damaged entry)."""
        if self._manifest() is None or self.folder is None:
            return None
        # unpickled from the file, not from its bytes read first: the mapping's pickle (207 MB at 1M triples, most
        # of it the default graph's text) was copied whole into fresh memory before the text was made of it
        # (0.2 CPU s and 200 MiB against 0.1 s; the unpickler reads a large bytes object straight into it)
        try:
            with open(self.folder / folder / f"{name}.pickle", "rb") as f:
                return pickle.load(f)
        except Exception:  # noqa: BLE001 - a damaged or missing entry is a miss
            return None

    def record_report(self, digest: str) -> None:
        """The digest of this build's merge report (kg.export.report_digest), for the next build."""
        self._report = digest

    def previous_report(self, digest: str) -> Path | None:
        """The previous build's merge-report.json if its report had this digest and the file is what that
        build wrote (:meth:`previous_file`), else None."""
        manifest = self._manifest()
        if manifest is None or manifest.get("report") != digest:
            return None
        return self.previous_file("merge-report.json")

    def record_snippets(self, table: tuple) -> None:
        """What each snippet of this build was read from (kg.export.SnippetTable.stored), for the next build."""
        self._snippets = table

    def previous_findings(self) -> set | None:
        """The previous build's SHACL findings (on the graph its graph.nt holds), or None."""
        from .shacl import Finding

        found = self._previous_pickle("validation", "findings")
        if not isinstance(found, (set, frozenset)) or not all(type(f) is Finding for f in found):
            return None
        return set(found)

    def record_findings(self, found: set) -> None:
        """This build's SHACL findings (all of them), for the next build's validation."""
        self._findings = set(found)

    # --- the graph store -------------------------------------------------------------------------

    def _previous_store(self, base: str) -> Path | None:
        """The previous build's store folder if its stamp is the one that build recorded, for ``base``."""
        from .store import STORE_DIR

        manifest = self._manifest()
        if manifest is None:
            return None
        old_store = self.folder.parent / STORE_DIR
        try:
            stamp = (old_store / "kg-store.json").read_bytes()
            info = json.loads(stamp)
        except (OSError, ValueError):
            return None
        if hashlib.sha256(stamp).hexdigest() != manifest.get("store_sha256") or not isinstance(info, dict) \
                or info.get("base") != base:
            return None
        return old_store

    @contextmanager
    def previous_incoming(self, base: str):
        """A function giving the previous build's default-graph lines whose object is an IRI
        (``b"<IRI>"``), read from its store (opened read-only for the ``with`` block); None when that
        store cannot be shown to be the previous build's."""
        from .store import DB_DIR

        old_store = self._previous_store(base)
        store = None
        if old_store is not None:
            try:
                from pyoxigraph import Store

                store = Store.read_only(str(old_store / DB_DIR))
            except Exception:  # noqa: BLE001 - no previous store to read: validate in full
                store = None
        if store is None:
            yield None
            return

        from pyoxigraph import DefaultGraph, NamedNode

        def incoming(node: bytes) -> list[bytes]:
            target = NamedNode(node[1:-1].decode("utf-8"))
            return [f"{q.subject} {q.predicate} {q.object} .".encode("utf-8")
                    for q in store.quads_for_pattern(None, None, target, DefaultGraph())]

        try:
            yield incoming
        finally:
            store = None  # the read-only store dropped (closed) as the block ends

    def store_filler(self, build, base: str):
        """For :func:`kg.store.write_store`: a function making the new store as a copy of the previous
        build's (hard links to its immutable files) with only what changed replaced: in the default
        graph every statement of a subject whose statements changed, and the named graphs of the pages
        whose graph changed. None (a full load) when the previous store cannot be shown to hold that
        build's quads. The filler itself returns None (a full load) if anything goes wrong."""
        from .store import DB_DIR

        manifest = self._manifest()
        if manifest is None or self.default_diff(build) is None or self.changed_graphs(build) is None:
            return None
        old_store = self._previous_store(base)
        if old_store is None:
            return None

        def fill(path: Path):
            import shutil

            from pyoxigraph import Store

            store = None
            try:
                previous = Store.read_only(str(old_store / DB_DIR))
                previous.backup(str(path))
                del previous
                store = Store(str(path))
                delta, touched, venues = self._update_store(store, build)
                self.stats.store_incremental = True
                # the previous stamp's count (vouched for by the manifest) and what changed: counting the
                # whole store again walked every quad (0.06-0.08 of a 100k rebuild's 3 CPU s)
                before = _previous_quads(old_store)
                return store, None if before is None or delta is None else before + delta, touched, venues
            except Exception:  # noqa: BLE001 - whatever went wrong, the full load is right
                store = None
                shutil.rmtree(path, ignore_errors=True)
                return None

        return fill

    def _update_store(self, store, build) -> tuple[int, set, set | None]:
        """Replace in ``store`` (a copy of the previous build's) what changed; returns how many quads it
        gained (negative: lost), counted in the store over the changed subjects and graphs only, before
        and after (a line count would be wrong: the store keeps literals by value, see below), the
        nodes whose counts of kg.facts the change may touch: the changed subjects, the changed pages and
        the nodes their graphs type as people or works before and after (and those of a changed
        subject's graph: a page's own statements say it is a page), and the venues whose counts it may
        touch (kg.facts.venues_reached before and after; None: count every venue again)."""
        from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, parse

        from .facts import typed_in, venues_reached

        diff = self.default_diff(build)
        changed, gone = self.changed_graphs(build)
        one_line: dict[bytes, bytes] = {}  # a line of each changed subject, to read its IRI from
        for line in (*diff.removed, *diff.added):
            one_line.setdefault(line[:line.find(b" ")], line)
        subjects = [next(parse(line + b"\n", format=RdfFormat.N_TRIPLES)).subject for line in one_line.values()]
        graphs = [NamedNode(g) for g in sorted(gone | changed)]
        delta = 0
        touched = set(subjects) | set(graphs)
        for g in graphs:
            touched |= typed_in(store, g)
        venues = venues_reached(store, subjects)  # (before the change: the venues a removed statement counted for)
        for subject in subjects:
            # every statement of the subject, not the lines removed: the store keeps literals by
            # value ("01"^^xsd:integer is "1"), so two lines may be one statement there
            quads = list(store.quads_for_pattern(subject, None, None, DefaultGraph()))
            delta -= len(quads)
            for q in quads:
                store.remove(q)
        # (every line of a block has its subject among those: diff.blocks holds the changed subjects' lines)
        lines = [line for block in diff.blocks.values() for line in block]
        if lines:
            store.load(input=b"\n".join(lines) + b"\n", format=RdfFormat.N_TRIPLES)
        for g in graphs:
            delta -= _count(store.quads_for_pattern(None, None, None, g))
            store.remove_graph(g)
        texts = [text for _g, text in build.quads.named_parts(changed) if _g in changed and text]
        if texts:
            store.load(input=b"".join(texts), format=RdfFormat.N_QUADS)
        for subject in subjects:
            delta += _count(store.quads_for_pattern(subject, None, None, DefaultGraph()))
        for g in graphs:
            delta += _count(store.quads_for_pattern(None, None, None, g))
        for node in {*subjects, *graphs}:
            if isinstance(node, NamedNode):
                touched |= typed_in(store, node)
        after = venues_reached(store, subjects) if venues is not None else None
        return delta, touched, None if after is None else venues | after

    # --- on disk -------------------------------------------------------------------------------

    def _read(self, kind: str, key: str, suffix: str) -> bytes | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / kind / f"{key}{suffix}").read_bytes()
        except OSError:
            return None

    def _write_manifest(self, new_build: Path, root: Path) -> None:
        """What the next build needs to tell what changed: each source's graph key, the digest of the store's
        stamp, and of each output file its size and modification time, or its SHA-256 where its time cannot
        tell a later change (:meth:`previous_file`); so it can trust that they are this build's."""
        from .store import STORE_DIR

        def sha(path: Path) -> str | None:
            try:
                return hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                return None

        # a file given a time as late as the clock's now may yet be changed within the same tick, keeping its time
        now = file_clock(root)
        outputs: dict[str, object] = {}
        for folder, prefix in ((new_build, ""), (new_build / "embed", "embed/")):
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                continue
            for entry in entries:
                if not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
                name = prefix + entry.name
                outputs[name] = [st.st_size, st.st_mtime_ns] if st.st_mtime_ns < now else sha(Path(entry.path))
        manifest = {"graphs": dict(sorted(self._graph_keys.items())),
                    "graph_lines": {key: list(self._graph_lines[key]) for key in sorted(self._keep_graphs)
                                    if key in self._graph_lines},
                    "store_sha256": sha(new_build / STORE_DIR / "kg-store.json"),
                    "outputs": outputs, "report": self._report}
        (root / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")

    def _linked_base(self, target: Path) -> tuple | None:
        """The previous build's base text (``mapping/merged.nt``) hard-linked as this build's, when this build's
        text was put together from it and differs from it in few of its bytes (MAX_EDITS, EDITS_FLOOR: then the cache
        keeps the lines that differ, not the text written whole again): (its size, the lines taken out, the lines put
        in); None: the text is to be written whole."""
        if self._mapping_kept is None:
            return None
        removed, added, st, edits = self._mapping_kept
        if edits > max(st[2] // MAX_EDITS, EDITS_FLOOR):
            return None
        try:
            os.link(self.folder / "mapping" / "merged.nt", target)
            now = target.stat()
            if (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != st:  # replaced since it was mapped
                target.unlink()
                return None
        except OSError:
            return None
        return st[2], removed, added

    def write(self, new_build: Path) -> list[str]:
        """Write the cache for the next build into ``new_build/.cache`` (the fresh output folder);
        entries taken from the old cache are hard-linked (copied where links are refused)."""
        import shutil

        root = Path(new_build) / CACHE_DIR
        root.mkdir(parents=True, exist_ok=True)
        self._write_manifest(Path(new_build), root)
        for kind, entries, suffix in (("profiles", self._keep_profiles, ".pickle"),
                                      ("graphs", self._keep_graphs, ".nq")):
            folder = root / kind
            folder.mkdir(parents=True, exist_ok=True)
            for key, value in sorted(entries.items()):
                target = folder / f"{key}{suffix}"
                if isinstance(value, Path):
                    try:
                        os.link(value, target)
                    except OSError:
                        try:
                            shutil.copyfile(value, target)
                        except OSError:  # the old build was replaced meanwhile: the next build recomputes it
                            continue
                elif kind == "graphs":
                    target.write_bytes(value)
                else:
                    with open(target, "wb") as f:
                        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        if self._findings is not None:
            (root / "validation").mkdir(exist_ok=True)
            with open(root / "validation" / "findings.pickle", "wb") as f:
                pickle.dump(self._findings, f, protocol=pickle.HIGHEST_PROTOCOL)
        if self._mapping is not None:
            (root / "mapping").mkdir(exist_ok=True)
            text, table, shared = self._mapping
            linked = self._linked_base(root / "mapping" / "merged.nt")
            if linked is None:
                with open(root / "mapping" / "merged.nt", "wb") as f:
                    f.write(text)
                linked = (len(text), (), ())
            st = (root / "mapping" / "merged.nt").stat()
            with open(root / "mapping" / "merged.pickle", "wb") as f:
                pickle.dump((len(text), table, shared, *linked, (st.st_size, st.st_mtime_ns)), f,
                            protocol=pickle.HIGHEST_PROTOCOL)
        if self._merge is not None:
            (root / "merge").mkdir(exist_ok=True)
            (root / "merge" / "merge.pickle").write_bytes(self._merge)
        if self._snippets is not None:
            (root / "snippets").mkdir(exist_ok=True)
            with open(root / "snippets" / "snippets.pickle", "wb") as f:
                pickle.dump(self._snippets, f, protocol=pickle.HIGHEST_PROTOCOL)
        (root / STAMP).write_text(json.dumps({"format": FORMAT_VERSION, "key": self.key}, indent=2) + "\n",
                                  encoding="utf-8")
        return [CACHE_DIR]
