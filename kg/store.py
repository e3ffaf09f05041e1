"""The persistent build store: the graph of a build on disk, opened by later commands instead of rebuilding.

``kg build -o build`` writes ``build/store/``: an Oxigraph (RocksDB) store holding the merged graph
as the default graph and one named graph per source page, plus ``build/store/kg-store.json`` saying
which inputs it was built from (a fingerprint of the profile files, ``decisions.yaml``, the base IRI
and kg's own code). ``kg query`` opens it read-only when the fingerprint of the current inputs
matches, and rebuilds in memory otherwise; ``kg serve`` and ``kg push`` read it.

``kg build`` loads a store in full in a child process (:func:`start_store`) while it writes the other files.
The store is written into a temporary folder beside the target and swapped in by renames, so a
reader sees the old store or the new one. Its files are a database, not a publication: they are not
byte-identical between builds (the graph files are).

>>> info = write_store(build, Path("build"), fingerprint(Path("data"), base))   # doctest: +SKIP
>>> store = open_store(Path("build"))                                          # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import KgError, LoadError

STORE_DIR = "store"
DB_DIR = "oxigraph"
STAMP = "kg-store.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class StoreInfo:
    """What ``kg-store.json`` says about a store."""

    path: Path          # the build/store folder
    fingerprint: str
    base: str
    triples: int        # in the default (merged) graph
    quads: int          # with the per-source named graphs

    @property
    def db(self) -> Path:
        return self.path / DB_DIR


def fingerprint(data: Path, base: str | None) -> str:
    """A digest of everything a build reads: the files of the ``data`` folder (names and contents: the
    profiles, ``decisions.yaml`` and anything beside them), the base IRI, and kg's code (the package
    files' names, sizes and times). Listing the folder itself, rather than asking kg.profiles which
    files it reads, keeps ``kg query`` from importing the model (a third of a second)."""
    from . import __version__

    h = hashlib.sha256()
    # base None is kg's default base: the code digest below changes with it, and kg query need not
    # import kg.identity (where the default lives) to compare
    h.update(f"kg-store {FORMAT_VERSION} {__version__}\nbase {base or ''}\n".encode())
    data = Path(data)
    if data.is_dir():
        files = sorted(f for f in data.iterdir() if f.is_file())
    elif data.is_file():
        files = [data]
    else:
        return ""  # nothing to compare with: no store is current, and the rebuild reports the missing folder
    for f in files:
        h.update(f"file {f.name}\n".encode())
        try:
            h.update(hashlib.sha256(f.read_bytes()).digest())
        except OSError as exc:
            raise LoadError(f"cannot read: {exc.strerror}", path=str(f)) from None
    package = Path(__file__).resolve().parent
    for f in sorted(package.rglob("*.py")):
        st = f.stat()
        h.update(f"code {f.relative_to(package)} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()


STORE_CHUNK = 200_000
"""Quads per bulk load when writing the store: Oxigraph's bulk loader holds a whole call's quads
(1,578 MiB more for the 2M quads of the 1M corpus in one call, 214 MiB in calls of 200k, same CPU)."""


def write_store(build, out: Path, fp: str, base: str, chunk: int = STORE_CHUNK, fill=None) -> StoreInfo:
    """Write the build's quads into ``out/store`` (replacing any older store there as a whole);
    ``fp`` is the :func:`fingerprint` of the inputs and ``base`` the base IRI the build used.
    ``fill(path)``: makes the store at ``path`` holding the build's quads (kg.cache updates a copy of
    the previous build's store) and returns it with how many quads it holds (None: count them here)
    the nodes whose counts of :mod:`kg.facts` its change may touch and the venues whose counts it may touch
    (None: every venue's), or None to have it loaded here in full. The store also gets the facts (:func:`kg.facts.write_facts`), counted in full after a full
    load and for those nodes after a fill; the stamp's ``quads`` leaves them out."""
    import shutil
    import tempfile

    from pyoxigraph import Store

    from .facts import has_facts, update_facts, write_facts

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    target = out / STORE_DIR
    tmp = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.", suffix=".tmp", dir=out))
    try:
        got = fill(tmp / DB_DIR) if fill is not None else None
        full = got is None
        store, quads, touched, venues = (Store(str(tmp / DB_DIR)), None, None, None) if full else got
        if full:
            load_quads(store, build.quads, chunk)
        if quads is None:
            quads = len(store)  # a walk over every quad
        if touched is not None and has_facts(store):
            update_facts(store, touched, venues)
        else:
            write_facts(store)
        store.flush()
        if full:  # a store updated in place changed a few keys: compacting all of it again cost 1.3 s at 100k
            store.optimize()
        del store  # closes the database
        info = {"format": FORMAT_VERSION, "fingerprint": fp, "base": base,
                "triples": build.triple_count, "quads": quads}
        (tmp / STAMP).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
        os.chmod(tmp, 0o755)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.", suffix=".old", dir=out))
            os.replace(target, old / STORE_DIR)
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return read_info(out)


class StoreWriter:
    """A :func:`write_store` under way: :meth:`wait` gives its :class:`StoreInfo` (or raises its error),
    :meth:`close` ends it if it was not waited for (an error elsewhere in the build). Made by
    :func:`start_store`."""

    def __init__(self, out: Path, pid: int | None = None, pipe: int | None = None, info: StoreInfo | None = None):
        self._out, self._pid, self._pipe, self._info = Path(out), pid, pipe, info

    def wait(self) -> StoreInfo:
        if self._pid is not None:
            with os.fdopen(self._pipe, "rb") as f:
                said = f.read()
            _, status = os.waitpid(self._pid, 0)
            pid, self._pid = self._pid, None
            if status or said:  # its error as this process would have raised it (then without its type)
                why = said.decode("utf-8", "replace")
                raise LoadError(why[1:] if why.startswith("!") else "cannot write the graph store: "
                                + (why or f"the process writing it ({pid}) ended with status {status}"))
            self._info = read_info(self._out)
        return self._info

    def close(self) -> None:
        if self._pid is not None:
            import signal

            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            os.close(self._pipe)
            self._pid = None


def start_store(build, out: Path, fp: str, base: str, fill=None) -> StoreWriter:
    """:func:`write_store`, in a child process when the store is loaded in full (the machine's other core
    loads it while this process writes the files); the caller waits before it swaps the build folder in.
    A store a ``fill`` updates (a rebuild: a few keys, and the cache's figures are kept in this process),
    a system without ``fork``, or any store when ``KG_STORE_INLINE`` is set, is written here, before this returns.

    The child is forked: it has the build's quads without copying them (the collector is paused for the
    build, kg.memory, so nothing writes to the objects it only reads), writes the store into ``out`` as
    :func:`write_store` does, and sends back only its error, if any, as one line. Only a process of one
    thread forks (:func:`_single_threaded`): a RocksDB store opened before (the previous build's, read by
    validation) leaves RocksDB's background threads, and a child forked then waited for them forever."""
    if fill is not None or not _single_threaded() or os.environ.get("KG_STORE_INLINE"):
        return StoreWriter(out, info=write_store(build, out, fp, base, fill=fill))
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        code = 0
        try:
            os.close(read)
            try:
                write_store(build, out, fp, base)
            except BaseException as exc:  # noqa: BLE001 - told to the parent, which raises it
                os.write(write, (f"!{exc}" if isinstance(exc, KgError) else
                                 f"{type(exc).__name__}: {exc}").splitlines()[0].encode("utf-8"))
                code = 1
        finally:
            os._exit(code)
    os.close(write)
    return StoreWriter(out, pid, read)


def _single_threaded() -> bool:
    """Whether this process runs one thread (Linux: /proc/self/task), so a forked child has every lock free."""
    try:
        return hasattr(os, "fork") and len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def load_quads(store, quads, chunk: int = STORE_CHUNK) -> None:
    """Bulk-load a build's quads into ``store``, about ``chunk`` quads per call: canonical quads
    (:class:`kg.graph.CanonicalQuads`) as their N-Quads text, parsed by Oxigraph (no Quad objects) without
    checking its terms again (kg's own text: :func:`kg.graph.parse_canonical`)."""
    from pyoxigraph import RdfFormat

    from .graph import LENIENT, CanonicalQuads

    if not isinstance(quads, CanonicalQuads):
        for i in range(0, len(quads), chunk):
            store.bulk_extend(quads[i:i + chunk])
        return
    size = chunk * 128  # bytes: an N-Quads line of kg's is about 130 bytes
    pending: list[bytes] = []
    held = 0
    for _graph, text in quads.parts:  # small graphs go together: each call is a batch (files on disk)
        start = 0
        while start < len(text):
            end = text.find(b"\n", start + size - held)
            end = len(text) if end < 0 else end + 1
            pending.append(text[start:end] if start or end < len(text) else text)
            held += end - start
            start = end
            if held >= size:
                store.bulk_load(input=b"".join(pending), format=RdfFormat.N_QUADS, lenient=LENIENT)
                pending, held = [], 0
    if pending:
        store.bulk_load(input=b"".join(pending), format=RdfFormat.N_QUADS, lenient=LENIENT)


def read_info(build_dir: Path) -> StoreInfo:
    """The stamp of ``build_dir/store``; LoadError saying to run ``kg build`` when there is none."""
    path = Path(build_dir) / STORE_DIR
    stamp = path / STAMP
    try:
        info = json.loads(stamp.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LoadError(f"no graph store here: run `kg build -o {build_dir}` first", path=str(build_dir)) from None
    except (OSError, ValueError) as exc:
        raise LoadError(f"unreadable store stamp: {exc}", path=str(stamp)) from None
    if info.get("format") != FORMAT_VERSION or not (path / DB_DIR).is_dir():
        raise LoadError(f"store of another kg version: run `kg build -o {build_dir}` again", path=str(path))
    return StoreInfo(path=path, fingerprint=info["fingerprint"], base=info["base"], triples=info["triples"],
                     quads=info["quads"])


def open_store(build_dir: Path):
    """The build's store, opened read-only (any number of processes may open it at once)."""
    from pyoxigraph import Store

    info = read_info(build_dir)
    try:
        return Store.read_only(str(info.db))
    except OSError as exc:
        raise LoadError(f"cannot open the graph store: {' '.join(str(exc).split())}", path=str(info.db)) from None


def current_store(build_dir: Path, data: Path, base: str | None):
    """The store of ``build_dir`` if it was built from these inputs, else None (then rebuild).
    ``base`` None means kg's default base (as for :func:`fingerprint`)."""
    try:
        info = read_info(build_dir)
    except LoadError:
        return None
    if info.fingerprint != fingerprint(data, base):
        return None
    try:
        return open_store(build_dir)
    except LoadError:
        return None
