"""Limits on SPARQL queries: what is refused before parsing, and the time and memory a query may use.

Checked before the query reaches the engine (:func:`check_query`):

- **length**: at most :data:`MAX_QUERY_CHARS` characters;
- **nesting**: brackets ``{ ( [`` at most :data:`MAX_DEPTH` deep (pyoxigraph's recursive parser
  overflows the stack somewhere between 1,000 and 3,000 levels and takes the process down);
- **no network**: the ``SERVICE`` keyword is refused (Oxigraph would call the remote endpoint);
- **read-only**: updates (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP``, ...) are refused.

The check reads the query as SPARQL's lexer does (comments, strings and IRIs skipped), so a
literal ``"SERVICE"``, an IRI ``<http://x/{>`` or a variable ``?service`` are not mistaken for syntax.

While a query runs in this process, :class:`Watchdog` ends it after ``timeout`` seconds or when the
process grows past ``max_memory`` MiB: pyoxigraph cannot be interrupted from Python, but it releases
the GIL while it evaluates, so a watchdog thread can report the limit and end the process. ``kg
serve`` instead runs queries in worker processes that the server kills and replaces (``kg.pool``).

>>> check_query("SELECT * WHERE { ?s ?p 'SERVICE' }")
>>> check_query("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.limits.QueryRefused: SERVICE is not allowed: kg makes no network calls (query the remote endpoint directly)
"""

from __future__ import annotations

import os
import sys
import threading
import time

from .errors import KgError, UsageError

MAX_QUERY_CHARS = 100_000
MAX_DEPTH = 64
DEFAULT_TIMEOUT = 5.0
DEFAULT_MAX_MEMORY_MIB = 2048
DEFAULT_MAX_ROWS = 100_000

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


class QueryRefused(UsageError):
    """A query kg will not run: an update, SERVICE, too long or nested too deep."""

    def __init__(self, message: str, *, kind: str = "refused"):
        self.kind = kind  # "update", "service", "size"
        super().__init__(message)


class QueryLimitExceeded(KgError):
    """A query ran past its time, memory or result-size limit."""

    def __init__(self, message: str, *, kind: str = "timeout"):
        self.kind = kind  # "timeout", "memory", "rows"
        super().__init__(message)


def check_query(text: str, *, max_chars: int = MAX_QUERY_CHARS, max_depth: int = MAX_DEPTH) -> None:
    """Raise :class:`QueryRefused` for a query kg must not hand to the engine (see the module doc)."""
    if len(text) > max_chars:
        raise QueryRefused(f"query too long: {len(text):,} characters (at most {max_chars:,})", kind="size")
    from .sparqltext import tokens

    deepest = 0
    first_word = None
    for kind, _pos, value, depth in tokens(text):
        if kind == "open" and depth > deepest:
            deepest = depth
            if deepest > max_depth:
                raise QueryRefused(f"query nested too deep: more than {max_depth} levels of brackets", kind="size")
        elif kind == "word":
            if value in ("PREFIX", "BASE"):
                continue
            if first_word is None:
                first_word = value
            if value == "SERVICE":
                raise QueryRefused("SERVICE is not allowed: kg makes no network calls "
                                   "(query the remote endpoint directly)", kind="service")
            if first_word in UPDATE_KEYWORDS:
                raise QueryRefused(f"{first_word} is an update and the graph is read-only: only SELECT, ASK, "
                                   "CONSTRUCT and DESCRIBE queries run here, not updates", kind="update")


def _rss_mib() -> float:
    """Resident memory of this process in MiB (Linux /proc; 0 where it is not available)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


class Watchdog:
    """End this process with a one-line message if the enclosed code runs past ``timeout`` seconds
    or the process's resident memory grows past ``max_memory`` MiB.

    For command-line use: the message goes to stderr and the process exits with ``exit_code``
    (no cleanup runs, so wrap only read-only work). ``timeout`` or ``max_memory`` of 0 or None
    disables that limit.
    """

    def __init__(self, timeout: float | None = DEFAULT_TIMEOUT, max_memory: float | None = DEFAULT_MAX_MEMORY_MIB,
                 exit_code: int = 2, what: str = "query", poll: float = 0.02):
        self.timeout = timeout or None
        self.max_memory = max_memory or None
        self.exit_code = exit_code
        self.what = what
        self.poll = poll
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self):
        self._start = time.monotonic()
        self._base = _rss_mib()
        self._thread = threading.Thread(target=self._watch, name="kg-watchdog", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._done.set()
        if self._thread:
            self._thread.join()
        return False

    def _watch(self) -> None:
        while not self._done.wait(self.poll):
            if self.timeout and time.monotonic() - self._start > self.timeout:
                self._stop(f"{self.what} stopped: it ran past the time limit of {self.timeout:g} s "
                           f"(raise it with --timeout SECONDS)")
            if self.max_memory and _rss_mib() > self.max_memory:
                self._stop(f"{self.what} stopped: it needed more than {self.max_memory:g} MiB of memory "
                           f"(raise it with --max-memory MIB, or add LIMIT)")

    def _stop(self, message: str) -> None:
        try:
            sys.stdout.flush()
        except Exception:  # noqa: BLE001 - the process ends anyway
            pass
        os.write(2, f"Error: {message}\n".encode())
        os._exit(self.exit_code)
