"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint and linked-data pages over a build's store.

Server: waitress (a production WSGI server in pure Python, Pylons project) runs a Werkzeug
application (routing, request parsing, ``Accept`` negotiation). Queries from clients run in worker
processes (:mod:`kg.pool`) so that one past its time limit is killed without stopping the server;
pages run the server's own bounded queries on a read-only handle of the same store and are cached
(the store does not change under a running server).

Routes::

    GET  /                     index: people, a form per named query, a SPARQL form
    GET  /sparql?query=...     SPARQL 1.1 Protocol (also POST application/sparql-query and form bodies);
                               no query: the service description; $var=<N-Triples term> binds a variable
    GET  /queries              the named queries (JSON); /queries/NAME?param=... runs one
    GET  /person/SLUG, /work/SLUG, /<any IRI tail under the base>
                               HTML for browsers, Turtle / JSON-LD / N-Triples / RDF/XML by Accept or ?format=
    GET  /person/SLUG/chart.svg, /person/SLUG/network.svg   the pictures of a person page

Answers of successful queries are cached (``cache_mib``, LRU). Every response allows any origin (CORS), and updates (``update=``, ``application/sparql-update``,
``LOAD`` ...) get 403: the endpoint is read-only.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .errors import LoadError
from .vocab import RDF_TYPE

RESULT_HTML = "text/html"
MAX_BODY = 1 << 20


class App:
    """The WSGI application (create with :func:`make_app`)."""

    def __init__(self, build_dir: Path, workers: int = 2, timeout: float = 5.0, max_memory: float = 2048,
                 max_rows: int = 100_000, cache_mib: float = 64, url_prefix: str = ""):
        from werkzeug.routing import Map, Rule

        from .pages import Pages, Site
        from .pool import QueryPool
        from .store import open_store, read_info

        self.info = read_info(build_dir)
        self.store = open_store(build_dir)
        # behind a proxy that forwards https://lab.example/kg/* here, url_prefix "/kg" makes the links right
        self.site = Site(store=self.store, base=self.info.base, build_dir=Path(build_dir),
                         root=url_prefix.rstrip("/") + "/")
        self.pages = Pages(self.site)
        self.pool = QueryPool(str(self.info.db), size=workers, timeout=timeout, max_memory=max_memory,
                              max_rows=max_rows)
        self.timeout = timeout
        self.cache = AnswerCache(int(cache_mib * 2**20))
        self.url_map = Map([
            Rule("/", endpoint="index"),
            Rule("/sparql", endpoint="sparql", methods=["GET", "POST", "OPTIONS"]),
            Rule("/queries", endpoint="queries"),
            Rule("/queries/<name>", endpoint="named"),
            Rule("/<path:tail>/chart.svg", endpoint="chart"),
            Rule("/<path:tail>/network.svg", endpoint="network"),
            Rule("/<path:tail>", endpoint="node"),
        ], strict_slashes=False)

    def close(self) -> None:
        self.pool.close()

    # --- WSGI ------------------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        from werkzeug.exceptions import HTTPException
        from werkzeug.wrappers import Request

        request = Request(environ)
        request.max_content_length = MAX_BODY  # a longer body gets 413 before it is read
        adapter = self.url_map.bind_to_environ(environ)
        try:
            endpoint, args = adapter.match()
            if request.method == "OPTIONS":
                response = self._text(204, "")
            else:
                response = getattr(self, f"on_{endpoint}")(request, **args)
        except HTTPException as exc:
            response = self._text(exc.code, exc.description or exc.name)
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
        return response(environ, start_response)

    @staticmethod
    def _text(status: int, message: str, media_type: str = "text/plain; charset=utf-8"):
        from werkzeug.wrappers import Response

        body = message if not message or message.endswith("\n") else message + "\n"
        return Response(body, status=status, content_type=media_type)

    @staticmethod
    def _bytes(body: bytes, media_type: str, status: int = 200, vary: bool = True):
        from werkzeug.wrappers import Response

        response = Response(body, status=status, content_type=media_type)
        if vary:
            response.headers["Vary"] = "Accept"
        return response

    def _negotiate(self, request, graph: bool, html: bool = False) -> str:
        """The format name for this request: ``?format=`` first, else the best ``Accept`` match."""
        from .results import format_for, media_types

        requested = request.args.get("format")
        if requested:
            if html and requested == "html":
                return "html"
            return format_for(requested, graph).name
        choices = media_types(graph)
        offers = list(choices) + ([RESULT_HTML] if html else [])
        best = request.accept_mimetypes.best_match(offers)
        if best is None or (best == RESULT_HTML and not html):
            return next(iter(choices.values())).name
        return "html" if best == RESULT_HTML else choices[best].name

    # --- SPARQL protocol -------------------------------------------------------------------------------

    def on_sparql(self, request):
        from .errors import UsageError

        query, error = self._protocol_query(request)
        if error:
            return error
        if query is None:
            return self._service_description(request)
        try:
            results_fmt = self._negotiate(request, graph=False, html=True)
            graph_fmt = self._negotiate(request, graph=True)
        except UsageError as exc:
            return self._text(406, str(exc))
        bindings = {k[1:]: v for k, v in request.values.items(multi=False) if k.startswith("$") and len(k) > 1}
        job = {"op": "sparql", "query": query, "bindings": bindings,
               "formats": ("json" if results_fmt == "html" else results_fmt, graph_fmt)}
        return self._answer(job, html_title="SPARQL results" if results_fmt == "html" else None)

    def _protocol_query(self, request):
        """(query text or None, error response or None) per the SPARQL 1.1 Protocol."""
        if request.method == "POST":
            media = (request.mimetype or "").lower()
            if media == "application/sparql-update" or "update" in request.form:
                return None, self._text(403, "updates are refused: this endpoint is read-only")
            if media == "application/sparql-query":
                try:
                    query = request.get_data(as_text=False).decode("utf-8")
                except UnicodeDecodeError:
                    return None, self._text(400, "the query is not UTF-8")
                if "query" in request.args:
                    return None, self._text(400, "give the query once: in the body or as ?query=, not both")
            elif media == "application/x-www-form-urlencoded":
                queries = request.form.getlist("query")
                if len(queries) != 1:
                    return None, self._text(400, "a form request needs exactly one query= field")
                query = queries[0]
            else:
                return None, self._text(415, f"unsupported content type {media or '(none)'}: send "
                                             "application/sparql-query or a form with query=")
        else:
            if "update" in request.args:
                return None, self._text(403, "updates are refused: this endpoint is read-only")
            queries = request.args.getlist("query")
            if not queries:
                return None, None
            if len(queries) > 1:
                return None, self._text(400, "give exactly one query= parameter")
            query = queries[0]
        if request.values.getlist("default-graph-uri") or request.values.getlist("named-graph-uri"):
            return None, self._text(400, "default-graph-uri and named-graph-uri are not supported: the default "
                                         "graph is the merged graph, and GRAPH ?g reaches each source page")
        return query, None

    def _answer(self, job: dict, html_title: str | None = None):
        key = json.dumps(job, sort_keys=True)
        answer = self.cache.get(key)
        if answer is None:
            answer = self.pool.run(job)
            if answer.status == 200:
                self.cache.put(key, answer)
        if answer.status == 200 and html_title:
            graph = not answer.media_type.startswith("application/sparql-results+json")
            return self._bytes(self.pages.results(html_title, answer.body, graph), "text/html; charset=utf-8")
        return self._bytes(answer.body, answer.media_type, status=answer.status)

    def _service_description(self, request):
        from pyoxigraph import NamedNode, Triple

        from .results import FORMATS, format_for, graph_bytes
        from .errors import UsageError

        if self._negotiate(request, graph=True, html=True) == "html":
            from werkzeug.utils import redirect

            return redirect(self.site.root + "#query", code=303)
        try:
            fmt = format_for(request.args.get("format") or self._negotiate(request, graph=True), graph=True).name
        except UsageError as exc:
            return self._text(406, str(exc))
        sd = "http://www.w3.org/ns/sparql-service-description#"
        formats = "http://www.w3.org/ns/formats/"
        endpoint = NamedNode(request.base_url)
        dataset = NamedNode(request.base_url + "#dataset")
        default = NamedNode(request.base_url + "#default-graph")
        a = NamedNode(RDF_TYPE)
        triples = [Triple(endpoint, a, NamedNode(sd + "Service")),
                   Triple(endpoint, NamedNode(sd + "endpoint"), endpoint),
                   Triple(endpoint, NamedNode(sd + "supportedLanguage"), NamedNode(sd + "SPARQL11Query")),
                   Triple(endpoint, NamedNode(sd + "defaultDataset"), dataset),
                   Triple(dataset, a, NamedNode(sd + "Dataset")),
                   Triple(dataset, NamedNode(sd + "defaultGraph"), default),
                   Triple(default, a, NamedNode(sd + "Graph"))]
        for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                     "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
            triples.append(Triple(endpoint, NamedNode(sd + "resultFormat"), NamedNode(formats + name)))
        return self._bytes(graph_bytes(triples, fmt), FORMATS[fmt].media_type)

    # --- named queries ----------------------------------------------------------------------------------

    def on_queries(self, request):
        from .query import named_queries

        body = json.dumps([q.as_dict() for q in named_queries()], indent=2, ensure_ascii=False).encode("utf-8")
        return self._bytes(body, "application/json", vary=False)

    def on_named(self, request, name):
        from werkzeug.exceptions import NotFound

        from .errors import UsageError
        from .query import named_queries

        query = next((q for q in named_queries() if q.name == name), None)
        if query is None:
            raise NotFound(f"no named query {name!r}; see {self.site.root}queries")
        try:
            results_fmt = self._negotiate(request, graph=False, html=True)
        except UsageError as exc:
            return self._text(406, str(exc))
        params = {k: v for k, v in request.args.items() if k != "format" and v != ""}
        job = {"op": "named", "name": name, "params": params, "base": self.site.base,
               "formats": ("json" if results_fmt == "html" else results_fmt, "turtle")}
        return self._answer(job, html_title=f"{name}" if results_fmt == "html" else None)

    # --- pages --------------------------------------------------------------------------------------------

    def on_index(self, request):
        endpoint = request.host_url.rstrip("/") + self.site.root + "sparql"
        return self._bytes(self.pages.index(endpoint, self.info.triples), "text/html; charset=utf-8", vary=False)

    def _node(self, tail: str) -> str:
        from werkzeug.exceptions import NotFound

        iri = self.site.iri(tail)
        try:
            found = self.site.exists(iri)
        except ValueError:
            found = False
        if not found:
            raise NotFound(f"nothing in the graph has the IRI {iri}")
        return iri

    def on_node(self, request, tail):
        from .errors import UsageError
        from .results import FORMATS

        iri = self._node(tail)
        try:
            fmt = self._negotiate(request, graph=True, html=True)
        except UsageError as exc:
            return self._text(406, str(exc))
        if fmt == "html":
            return self._bytes(self.pages.html(iri), "text/html; charset=utf-8")
        return self._bytes(self.pages.rdf(iri, fmt), FORMATS[fmt].media_type)

    def on_chart(self, request, tail):
        return self._bytes(self.pages.chart(self._node(tail)), "image/svg+xml", vary=False)

    def on_network(self, request, tail):
        return self._bytes(self.pages.network(self._node(tail)), "image/svg+xml", vary=False)


class AnswerCache:
    """Answers of successful queries, least recently used first out, at most ``limit`` bytes of bodies.

    Correct because a server's store never changes; a new build needs a new server."""

    def __init__(self, limit: int):
        from collections import OrderedDict
        from threading import Lock

        self.limit, self.size = limit, 0
        self._items: OrderedDict = OrderedDict()
        self._lock = Lock()

    def get(self, key: str):
        with self._lock:
            answer = self._items.get(key)
            if answer is not None:
                self._items.move_to_end(key)
            return answer

    def put(self, key: str, answer) -> None:
        cost = len(answer.body) + len(key)
        if cost > self.limit // 8:
            return
        with self._lock:
            if key in self._items:
                return
            self._items[key] = answer
            self.size += cost
            while self.size > self.limit and self._items:
                old_key, old = self._items.popitem(last=False)
                self.size -= len(old.body) + len(old_key)


def make_app(build_dir: Path, **options) -> App:
    """The application over ``build_dir/store`` (LoadError when there is no store; run ``kg build``)."""
    try:
        import jinja2  # noqa: F401
        import matplotlib  # noqa: F401
        import networkx  # noqa: F401
        import waitress  # noqa: F401
        import werkzeug  # noqa: F401
    except ImportError as exc:
        raise LoadError(f"kg serve needs {exc.name}: pip install 'kg[serve]'") from None
    return App(Path(build_dir), **options)


def serve(build_dir: Path, host: str = "127.0.0.1", port: int = 8000, threads: int = 16, ready=None,
          **options) -> None:
    """Serve until interrupted. ``ready(url)`` is called once the socket listens."""
    from waitress.server import create_server

    app = make_app(build_dir, **options)
    try:
        server = create_server(app, host=host, port=port, threads=threads, ident="kg",
                               url_prefix=options.get("url_prefix", "").rstrip("/"),
                               channel_timeout=max(30, int(options.get("timeout", 5)) + 10))
        url = f"http://{host}:{server.effective_port}{app.site.root}"
        if ready:
            ready(url)
        server.run()
    except OSError as exc:
        raise LoadError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    finally:
        app.close()


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 2))
