"""The build cache: per-source work of the last ``kg build`` kept for the next one, keyed by content.

``kg build -o build`` keeps ``build/.cache/`` beside its outputs (written into the same fresh folder,
so it is swapped in with them: kg.files.atomic_folder). It holds, for every profile file:

- ``profiles/<key>.pickle``: the loaded profile (YAML parsed, model validated, line map), keyed by the
  file's name and bytes; an unchanged file is not read as YAML again;
- ``graphs/<key>.nq``: the source's named graph (what that page said, on the merged IRIs) as sorted
  N-Quads, keyed by the profile's key, the base, the source IRI and the IRIs the merge gave the
  page's owner, people and works; when the merge gives them the same IRIs, the graph is not mapped again.

The whole cache is valid only for one kg (its version and the digest of its code), one set of SHACL
shapes and one base IRI (``kg-cache.json`` says which); any change there and the build runs cold.
The merge, the merged graph, validation and the output files are computed in full on every build.
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
from dataclasses import dataclass, field
from functools import cache as memo
from pathlib import Path

CACHE_DIR = ".cache"
STAMP = "kg-cache.json"
FORMAT_VERSION = 1


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


@dataclass
class CacheStats:
    """What a build took from the cache (hits) and computed (misses)."""

    profiles_hit: int = 0
    profiles_missed: int = 0
    graphs_hit: int = 0
    graphs_missed: int = 0
    valid: bool = False  # False: no cache, or one of another kg, shapes or base

    def line(self) -> str:
        if not self.valid:
            return "cache: none usable (cold build)"
        return (f"cache: {self.profiles_hit} profile(s) and {self.graphs_hit} source graph(s) reused, "
                f"{self.profiles_missed} profile(s) read and {self.graphs_missed} source graph(s) mapped")


@dataclass
class BuildCache:
    """The cache of one output folder: what an earlier build left (read) and what this build keeps (written)."""

    folder: Path | None  # the old build's .cache folder, None when there is none or it is not valid here
    key: str
    stats: CacheStats = field(default_factory=CacheStats)
    _profile_keys: dict[str, str] = field(default_factory=dict)  # str(path) -> key of its file
    _keep_profiles: dict[str, object] = field(default_factory=dict)  # key -> LoadedProfile or old entry path
    _keep_graphs: dict[str, object] = field(default_factory=dict)  # key -> list of quads or old entry path

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

    # --- named graphs --------------------------------------------------------------------------

    def source_graph(self, corpus, i: int, compute):
        """The named graph of source ``i``: from the cache when the page and the IRIs the merge gave its
        mentions are unchanged, else ``compute()`` (its canonical N-Quads text), kept for the next build."""
        src = corpus.sources[i]
        pkey = self._profile_keys.get(str(src.loaded.path))
        if pkey is None:  # a profile this cache did not load: nothing to key it by
            return compute()
        key = _digest("graph", pkey, corpus.base, src.iri, corpus.owner_iri(i),
                      "\x1e".join(corpus.person_of_mention[m.index] for m in corpus.mentions_of(i)),
                      "\x1e".join(corpus.work_of_mention[w.index] for w in corpus.works_of(i)))
        got = self._read("graphs", key, ".nq")
        if got is not None:
            # a damaged entry is a miss, never an error: whole lines of this graph (checked on the text;
            # parsing it here would make a Quad per statement of every unchanged page)
            tail = f" <{src.iri}> .\n".encode("utf-8")
            if got.endswith(tail) and got.count(b"\n") == got.count(tail) and got.startswith(b"<"):
                self.stats.graphs_hit += 1
                self._keep_graphs[key] = self.folder / "graphs" / f"{key}.nq"
                return got
        self.stats.graphs_missed += 1
        text = compute()
        self._keep_graphs[key] = text  # the build's own text: written out at the end
        return text

    # --- on disk -------------------------------------------------------------------------------

    def _read(self, kind: str, key: str, suffix: str) -> bytes | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / kind / f"{key}{suffix}").read_bytes()
        except OSError:
            return None

    def write(self, new_build: Path) -> list[str]:
        """Write the cache for the next build into ``new_build/.cache`` (the fresh output folder);
        entries taken from the old cache are hard-linked (copied where links are refused)."""
        import shutil

        root = Path(new_build) / CACHE_DIR
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
        (root / STAMP).write_text(json.dumps({"format": FORMAT_VERSION, "key": self.key}, indent=2) + "\n",
                                  encoding="utf-8")
        return [CACHE_DIR]
