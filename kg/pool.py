"""Worker processes that run SPARQL for ``kg serve``, each killed and replaced when its query runs too long.

pyoxigraph cannot interrupt a running query, and a thread cannot be killed, so each query of the
endpoint runs in one of a few worker processes that hold the build's store open read-only (RocksDB
allows any number of read-only openers). A request borrows an idle worker, sends it the job over a
pipe and waits at most ``timeout`` seconds for the answer; past that the server kills the worker
(SIGKILL), answers 503, and starts a replacement in the background while the other workers go on
serving. A worker that grows past ``max_memory`` MiB ends itself and is replaced the same way.

The worker also serializes the result (``kg.results``), so the server process only moves bytes.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from dataclasses import dataclass, field

from .limits import DEFAULT_MAX_MEMORY_MIB, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT

MEMORY_EXIT = 3
QUEUE_WAIT = 30.0  # how long a request waits for an idle worker before 503 (waiting is not run time)


@dataclass
class Answer:
    """What a request gets back: an HTTP status, a media type and the body."""

    status: int
    media_type: str
    body: bytes
    headers: dict = field(default_factory=dict)


def _error(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


# --- in the worker process ------------------------------------------------------------------------


def _parse_term(text: str):
    """An RDF term written in N-Triples syntax (``<iri>``, ``"lit"@en``, ``"1"^^<...>``)."""
    from pyoxigraph import RdfFormat, parse

    triples = list(parse(f"<x:s> <x:p> {text} .".encode(), format=RdfFormat.N_TRIPLES))
    if len(triples) != 1:
        raise ValueError(text)
    return triples[0].object


def _pre_resolve(store, job: dict) -> dict:
    """Person and work parameters given as a slug of an IRI minted under the base become that IRI
    (kg.query's general resolver would list every label of the graph to find it)."""
    from . import query as Q

    params = dict(job.get("params") or {})
    base = job.get("base")
    query = Q.named_query(job["name"])
    for p in query.params:
        value = params.get(p.name)
        if base and p.is_iri and isinstance(value, str) and "/" not in value and ":" not in value:
            cls = "Person" if p.kind == "person" else "ScholarlyArticle"
            candidate = f"{base}{p.kind}/{value}"
            if Q._has_type(store, candidate, cls):
                params[p.name] = f"<{candidate}>"
    return params


def run_job(store, job: dict) -> Answer:
    """Run one job on a store (in a worker process; the tests also call it in-process).

    ``job``: ``op`` = ``sparql`` (``query``, ``bindings`` {var: N-Triples term}) or ``named`` (``name``,
    ``params``); ``formats`` = (results format, graph format) already negotiated from the request;
    ``max_rows``.
    """
    from . import query as Q
    from .errors import KgError
    from .limits import QueryLimitExceeded, QueryRefused
    from .results import FORMATS, serialize

    results_fmt, graph_fmt = job["formats"]
    try:
        if job["op"] == "named":
            result = Q.run_named(store, job["name"], **_pre_resolve(store, job))
        else:
            bindings = {}
            for name, text in (job.get("bindings") or {}).items():
                try:
                    bindings[name] = _parse_term(text)
                except (ValueError, SyntaxError):
                    return _error(400, f"binding ${name}: not an RDF term in N-Triples syntax: {text}")
            result = Q.run(store, job["query"], bindings)
        max_rows = job.get("max_rows") or 0
        if max_rows and len(result.rows) > max_rows:
            raise QueryLimitExceeded(f"the result has more than {max_rows:,} rows, the server's limit: add LIMIT "
                                     "or narrow the query", kind="rows")
        fmt = graph_fmt if result.kind == "graph" else results_fmt
        return Answer(200, FORMATS[fmt].media_type + ("; charset=utf-8" if not fmt.startswith("json") else ""),
                      serialize(result, fmt))
    except QueryRefused as exc:
        return _error(403 if exc.kind == "update" else 400, str(exc))
    except QueryLimitExceeded as exc:
        return _error(503, str(exc))
    except KgError as exc:
        return _error(400, str(exc))


def _memory_guard(max_memory: float) -> None:
    from .limits import _rss_mib

    while True:
        time.sleep(0.02)
        if _rss_mib() > max_memory:
            os._exit(MEMORY_EXIT)


def worker_main(conn, db: str, max_memory: float) -> None:
    """A worker's life: open the store, say ready, answer jobs until the pipe closes."""
    from pyoxigraph import Store

    import importlib

    for module in ("query", "results"):  # imported before "ready": a job's time limit is its own work's
        importlib.import_module(f"{__package__}.{module}")

    store = Store.read_only(db)
    if max_memory:
        threading.Thread(target=_memory_guard, args=(max_memory,), daemon=True).start()
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = run_job(store, job)
        except Exception as exc:  # noqa: BLE001 - a worker answers every job, never dies on one
            answer = _error(500, f"internal error: {type(exc).__name__}: {exc}".splitlines()[0])
        conn.send(answer)


# --- in the server process ---------------------------------------------------------------------------


class _Worker:
    def __init__(self, ctx, db: str, max_memory: float):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(child, db, max_memory), daemon=True,
                                   name="kg-query-worker")
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float = 60) -> bool:
        try:
            return self.conn.poll(timeout) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            return False

    def kill(self) -> None:
        try:
            self.process.kill()
        except (OSError, ValueError):
            pass
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """``size`` worker processes on the store at ``db``; :meth:`run` answers one job within ``timeout``."""

    def __init__(self, db: str, size: int = 2, timeout: float = DEFAULT_TIMEOUT,
                 max_memory: float = DEFAULT_MAX_MEMORY_MIB, max_rows: int = DEFAULT_MAX_ROWS):
        self.db, self.size, self.timeout = str(db), size, timeout
        self.max_memory, self.max_rows = max_memory, max_rows
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.restarts = 0
        workers = [self._spawn() for _ in range(size)]
        for w in workers:
            if not w.wait_ready():
                raise RuntimeError(f"a query worker could not open the store {db}")
            self._idle.put(w)

    def _spawn(self) -> _Worker:
        w = _Worker(self._ctx, self.db, self.max_memory)
        with self._lock:
            self._all.add(w)
        return w

    def _replace(self, dead: _Worker) -> None:
        with self._lock:
            self._all.discard(dead)
            self.restarts += 1
        dead.kill()

        def start():
            if self._closed:
                return
            w = self._spawn()
            if w.wait_ready():
                self._idle.put(w)
            else:
                w.kill()
                with self._lock:
                    self._all.discard(w)
        threading.Thread(target=start, daemon=True, name="kg-worker-restart").start()

    def run(self, job: dict) -> Answer:
        job = dict(job, max_rows=self.max_rows)
        try:
            worker = self._idle.get(timeout=QUEUE_WAIT)
        except queue.Empty:
            return _error(503, f"every query worker is busy; try again (waited {QUEUE_WAIT:g} s)")
        died = False
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):
            died = True  # the pipe closed: the worker ended (its memory guard ends it with MEMORY_EXIT)
        if died:
            worker.process.join(5)  # the pipe can close a moment before the process is gone
        exitcode = worker.process.exitcode
        self._replace(worker)
        if exitcode == MEMORY_EXIT:
            return _error(503, f"query stopped: it needed more than {self.max_memory:g} MiB of memory "
                               "(add LIMIT or narrow the query)")
        if died:
            return _error(500, f"query stopped: the query worker ended unexpectedly (exit {exitcode})")
        return _error(503, f"query stopped: it ran past the server's time limit of {self.timeout:g} s")

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()
