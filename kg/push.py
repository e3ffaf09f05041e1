"""``kg push ENDPOINT``: upload a build to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each source page's named graph is sent with ``PUT ENDPOINT?graph=<source IRI>`` (the protocol's
"replace this graph" operation, atomic per graph in the stores we test: Oxigraph, Virtuoso), and the
merged graph goes to the named graph ``<base>graph/merged`` (or with ``merged_graph="default"`` to
the store's default graph, ``PUT ENDPOINT?default``). Bodies are N-Triples. After the upload every
graph is read back (``GET``) and its triples counted, so a push that the store silently truncated
or rejected is an error.

>>> report = push(Path("build"), "http://127.0.0.1:7878/store")      # doctest: +SKIP
>>> print(report.summary())                                          # doctest: +SKIP
pushed 6 graphs, 13,894 triples to http://127.0.0.1:7878/store; read back the same counts
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Triple, parse, serialize

from .errors import KgError, UsageError


class PushError(KgError):
    """The store refused or lost part of the upload."""


@dataclass
class PushReport:
    endpoint: str
    graphs: dict[str, int] = field(default_factory=dict)      # graph (IRI or "default") -> triples sent
    read_back: dict[str, int] = field(default_factory=dict)   # graph -> triples the store returns
    seconds: float = 0.0

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())

    def summary(self) -> str:
        same = "the same counts" if self.read_back == self.graphs else "DIFFERENT counts"
        return (f"pushed {len(self.graphs)} graphs, {self.triples:,} triples to {self.endpoint} in "
                f"{self.seconds:.1f} s; read back {same}")


def _graph_url(endpoint: str, graph: str) -> str:
    sep = "&" if "?" in endpoint else "?"
    if graph == "default":
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _request(method: str, url: str, body: bytes | None, timeout: float, accept: str | None = None) -> bytes:
    headers = {"User-Agent": "kg-push"}
    if body is not None:
        headers["Content-Type"] = "application/n-triples"
    if accept:
        headers["Accept"] = accept
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read(300).decode("utf-8", "replace").split())
        raise PushError(f"{method} {url}: HTTP {exc.code} {exc.reason}{': ' + detail if detail else ''}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PushError(f"{method} {url}: cannot reach the store: {reason}") from None


def push(build_dir: Path, endpoint: str, merged_graph: str | None = None, timeout: float = 120,
         verify: bool = True) -> PushReport:
    """Upload ``build_dir``'s store to the Graph Store endpoint ``endpoint`` (see the module doc)."""
    from .facts import GRAPH as FACTS
    from .store import open_store, read_info

    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"ENDPOINT must be an http(s) URL of a Graph Store endpoint, not {endpoint!r}")
    info = read_info(build_dir)
    store = open_store(build_dir)
    merged = merged_graph or info.base + "graph/merged"
    if merged != "default":
        try:
            NamedNode(merged)
        except ValueError:
            raise UsageError(f"the merged graph must be an IRI or 'default', not {merged!r}") from None
    t0 = time.perf_counter()
    report = PushReport(endpoint=endpoint)
    graphs: list[tuple[str, object]] = [(merged, DefaultGraph())]
    # kg's own counts for its queries (kg.facts) are not data
    graphs += [(g.value, g) for g in sorted(store.named_graphs(), key=lambda g: g.value) if g != FACTS]
    for name, graph in graphs:
        quads = store.quads_for_pattern(None, None, None, graph)
        triples = sorted({Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
        _request("PUT", _graph_url(endpoint, name), serialize(triples, format=RdfFormat.N_TRIPLES), timeout)
        report.graphs[name] = len(triples)
    if verify:
        for target in report.graphs:
            data = _request("GET", _graph_url(endpoint, target), None, timeout, accept="application/n-triples")
            try:
                report.read_back[target] = sum(1 for _ in parse(data, format=RdfFormat.N_TRIPLES))
            except SyntaxError as exc:
                raise PushError(f"GET {_graph_url(endpoint, target)}: the store returned unreadable "
                                f"N-Triples: {exc}") from None
        if report.read_back != report.graphs:
            bad = [g for g in report.graphs if report.read_back.get(g) != report.graphs[g]]
            raise PushError(f"the store holds other counts than were sent for {len(bad)} graph(s), first "
                            f"{bad[0]}: sent {report.graphs[bad[0]]}, read back {report.read_back.get(bad[0])}")
    report.seconds = time.perf_counter() - t0
    return report

