"""Linked-data pages of ``kg serve``: HTML for people, works and other nodes, their RDF, and pictures.

A page is read from the build's store (read-only) and rendered with Jinja2 templates
(``kg/templates/``); the publications-per-year chart and the coauthor network are drawn by
matplotlib (the network laid out by networkx) as SVG. The head of a person page holds the
ProfilePage JSON-LD ``kg embed`` writes (``build/embed/<slug>.html``) for profile owners, and the
person's own triples as JSON-LD for everyone else.

Every IRI under the build's base links to the same path on this server, so the IRIs minted with
``--base`` resolve when the base is where kg is served.
"""

from __future__ import annotations

import io
import threading
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Triple

from .query import holds
from .vocab import KG, SCHEMA
from .vocab import RDF_TYPE as _RDF_TYPE

RDF_TYPE = NamedNode(_RDF_TYPE)
_DRAW_LOCK = threading.Lock()  # matplotlib's state is not thread-safe


def _s(term: str) -> NamedNode:
    return NamedNode(SCHEMA + term)


@dataclass
class Site:
    """The graph a server shows: its store, the base its IRIs were minted from, and the build folder."""

    store: object
    base: str
    build_dir: Path
    root: str = "/"

    def href(self, iri: str) -> str | None:
        """The path on this server of an IRI under the base (None for other IRIs)."""
        if iri.startswith(self.base) and len(iri) > len(self.base):
            return self.root + iri[len(self.base):]
        return None

    def iri(self, path: str) -> str:
        return self.base + path.lstrip("/")

    # --- reading the store ---------------------------------------------------------------------------

    def objects(self, subject: str, prop: str) -> list:
        return [q.object for q in self.store.quads_for_pattern(NamedNode(subject), NamedNode(prop), None,
                                                                DefaultGraph())]

    def values(self, subject: str, prop: str) -> list[str]:
        return sorted(o.value for o in self.objects(subject, SCHEMA + prop))

    def name(self, iri: str) -> str:
        names = self.values(iri, "name")
        return names[0] if names else iri.rstrip("/").rsplit("/", 1)[-1]

    def types(self, iri: str) -> set[str]:
        return {q.object.value for q in self.store.quads_for_pattern(NamedNode(iri), RDF_TYPE, None, DefaultGraph())}

    def exists(self, iri: str) -> bool:
        return holds(self.store, NamedNode(iri), None, None, DefaultGraph())

    def description(self, iri: str) -> list[Triple]:
        """The node's triples and those of the nodes minted under it (authorships, awards, credentials)."""
        out, todo, seen = [], [iri], set()
        while todo:
            s = todo.pop()
            if s in seen:
                continue
            seen.add(s)
            for q in self.store.quads_for_pattern(NamedNode(s), None, None, DefaultGraph()):
                out.append(Triple(q.subject, q.predicate, q.object))
                if isinstance(q.object, NamedNode) and q.object.value.startswith(iri + "/"):
                    todo.append(q.object.value)
        return out

    def owners(self) -> list[dict]:
        """Profile owners (the people the sources are about), by name."""
        from . import query as Q

        r = Q.run(self.store, f"""
            SELECT ?person (MIN(STR(?n)) AS ?name) (COUNT(DISTINCT ?w) AS ?works) WHERE {{
              ?src a <{KG}Source> ; <{SCHEMA}about> ?person . ?person a <{SCHEMA}Person> .
              OPTIONAL {{ ?person <{SCHEMA}name> ?n }}
              OPTIONAL {{ ?w <{SCHEMA}author> ?person ; a <{SCHEMA}ScholarlyArticle> }}
            }} GROUP BY ?person ORDER BY ?name ?person""")
        return [{"iri": p, "name": n or p, "works": w, "href": self.href(p) or p} for p, n, w in r.rows]

    def works_of(self, person: str) -> list[dict]:
        """The person's works, newest first, each with its authors in order."""
        from . import query as Q

        r = Q.run(self.store, f"""
            SELECT ?person ?work ?title ?date ?venue ?rank ?author ?written ?aname WHERE {{
              ?work <{SCHEMA}author> ?person ; a <{SCHEMA}ScholarlyArticle> .
              OPTIONAL {{ ?work <{SCHEMA}name> ?title }}
              OPTIONAL {{ ?work <{SCHEMA}datePublished> ?date }}
              OPTIONAL {{ ?work <{SCHEMA}isPartOf>|<{SCHEMA}publication> ?v . ?v <{SCHEMA}name> ?venue }}
              OPTIONAL {{ ?work <{KG}authorship> ?a . ?a <{KG}rank> ?rank ; <{KG}agent> ?author .
                         OPTIONAL {{ ?a <{KG}nameAsWritten> ?written }} OPTIONAL {{ ?author <{SCHEMA}name> ?aname }} }}
            }}""", {"person": NamedNode(person)})
        works: dict[str, dict] = {}
        for _p, work, title, date, venue, rank, author, written, aname in r.rows:
            w = works.setdefault(work, {"iri": work, "href": self.href(work) or work, "title": title or work,
                                        "year": str(date)[:4] if date else "", "venue": venue or "", "authors": {}})
            if venue and (not w["venue"] or venue < w["venue"]):
                w["venue"] = venue
            if author is not None and rank is not None:
                w["authors"].setdefault(int(rank), {"iri": author, "name": aname or written or author,
                                                    "href": self.href(author)})
        out = []
        for w in works.values():
            w["authors"] = [w["authors"][k] for k in sorted(w["authors"])]
            out.append(w)
        return sorted(out, key=lambda w: (-(int(w["year"]) if w["year"].isdigit() else 0), w["title"].lower(), w["iri"]))

    def coauthors(self, person: str) -> list[dict]:
        from . import query as Q

        r = Q.run_named(self.store, "coauthors", person=f"<{person}>")
        return [{"iri": c, "name": n or c, "works": k, "href": self.href(c) or c} for c, n, k in r.rows]


# --- pictures ----------------------------------------------------------------------------------------------


def _svg(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return buf.getvalue()


def _figure(width: float, height: float):
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "kg"  # the same picture for the same data
    matplotlib.rcParams["svg.fonttype"] = "none"  # text as <text>, not glyph paths: smaller and faster
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100)


def year_chart(works: list[dict], name: str) -> bytes:
    """Bar chart of the number of works per year (undated works are left out)."""
    counts = Counter(int(w["year"]) for w in works if w["year"].isdigit())
    with _DRAW_LOCK:
        fig = _figure(4.8, 2.6)
        ax = fig.subplots()
        if counts:
            years = list(range(min(counts), max(counts) + 1))
            ax.bar(years, [counts.get(y, 0) for y in years], color="#1a5fb4")
            ax.set_xticks(years[:: max(1, len(years) // 10)])
        else:
            ax.text(0.5, 0.5, "no dated works", ha="center", va="center", transform=ax.transAxes)
        ax.set_ylabel("works")
        ax.set_title(f"Publications per year: {name}", fontsize=10)
        ax.yaxis.get_major_locator().set_params(integer=True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return _svg(fig)


def coauthor_network(person: str, name: str, works: list[dict], coauthors: list[dict], top: int = 15) -> bytes:
    """The person and their ``top`` most frequent coauthors; an edge joins two who wrote a work together
    (its width grows with the number of works)."""
    import networkx as nx

    keep = {c["iri"]: c["name"] for c in coauthors[:top]}
    keep[person] = name
    g = nx.Graph()
    for iri in sorted(keep):
        g.add_node(iri)
    for w in works:
        authors = sorted({a["iri"] for a in w["authors"] if a["iri"] in keep})
        for i, a in enumerate(authors):
            for b in authors[i + 1:]:
                weight = g.edges[a, b]["weight"] + 1 if g.has_edge(a, b) else 1
                g.add_edge(a, b, weight=weight)
    pos = nx.spring_layout(g, seed=7, k=1.2 / max(1, len(g)) ** 0.5)
    with _DRAW_LOCK:
        fig = _figure(4.8, 4.2)
        ax = fig.subplots()
        widths = [0.6 + min(4.0, g.edges[e]["weight"] * 0.4) for e in g.edges]
        nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="#999999")
        colors = ["#e66100" if n == person else "#1a5fb4" for n in g.nodes]
        sizes = [500 if n == person else 180 for n in g.nodes]
        nx.draw_networkx_nodes(g, pos, ax=ax, node_color=colors, node_size=sizes)
        nx.draw_networkx_labels(g, pos, ax=ax, labels={n: keep[n] for n in g.nodes}, font_size=7)
        ax.set_axis_off()
        ax.margins(0.15)
        return _svg(fig)


# --- pages ----------------------------------------------------------------------------------------------------


class Pages:
    """Renders the pages of a :class:`Site` (results are cached: the store never changes under a server)."""

    def __init__(self, site: Site):
        self.site = site
        self._cache: dict[tuple, bytes] = {}
        self._lock = threading.Lock()

    @cached_property
    def env(self):
        from jinja2 import Environment, PackageLoader, select_autoescape

        return Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]),
                           trim_blocks=False, lstrip_blocks=False)

    def cached(self, key: tuple, make):
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None:
            return hit
        value = make()
        with self._lock:
            if len(self._cache) > 5000:
                self._cache.clear()
            self._cache[key] = value
        return value

    def render(self, template: str, **context) -> bytes:
        context.setdefault("root", self.site.root)
        context.setdefault("alternates", [])
        return self.env.get_template(template).render(**context).encode("utf-8")

    # --- a node ---------------------------------------------------------------------------------------------

    def rdf(self, iri: str, fmt: str) -> bytes:
        from .results import graph_bytes

        return self.cached(("rdf", iri, fmt), lambda: graph_bytes(self.site.description(iri), fmt))

    def html(self, iri: str) -> bytes:
        return self.cached(("html", iri), lambda: self._html(iri))

    def _html(self, iri: str) -> bytes:
        types = self.site.types(iri)
        href = self.site.href(iri) or iri
        alternates = [{"type": "text/turtle", "href": f"{href}?format=turtle"},
                      {"type": "application/ld+json", "href": f"{href}?format=json-ld"}]
        if SCHEMA + "Person" in types:
            return self._person(iri, href, alternates)
        if SCHEMA + "ScholarlyArticle" in types:
            return self._work(iri, href, alternates)
        rows = []
        for t in sorted(self.site.description(iri), key=lambda t: (t.subject.value != iri, str(t.subject),
                                                                    str(t.predicate), str(t.object))):
            if t.subject.value != iri:
                continue
            o = t.object
            rows.append((_curie(t.predicate.value), o.value,
                         (self.site.href(o.value) or o.value) if isinstance(o, NamedNode) else None))
        return self.render("resource.html", iri=iri, label=self.site.name(iri), rows=rows, self_href=href,
                           alternates=alternates, jsonld=_jsonld_script(self.rdf(iri, "json-ld").decode("utf-8")))

    def _person(self, iri: str, href: str, alternates: list) -> bytes:
        s = self.site
        orgs = [o.value for o in s.objects(iri, SCHEMA + "affiliation")]
        p = {
            "iri": iri, "name": s.name(iri), "alternate_names": s.values(iri, "alternateName"),
            "job_title": ", ".join(s.values(iri, "jobTitle")), "description": " ".join(s.values(iri, "description")),
            "homepage": next(iter(s.values(iri, "url")), None), "same_as": s.values(iri, "sameAs"),
            "interests": s.values(iri, "knowsAbout"),
            "affiliations": [{"name": s.name(o), "href": s.href(o) or o} for o in sorted(orgs)],
        }
        works = self.works_of(iri)
        coauthors = self.coauthors(iri)
        return self.render("person.html", p=p, works=works, coauthors=coauthors, self_href=href,
                           alternates=alternates, jsonld=self._person_jsonld(iri))

    def _person_jsonld(self, iri: str) -> str:
        # a profile owner's page carries exactly the snippet `kg embed` writes for their homepage
        slug = iri.rstrip("/").rsplit("/", 1)[-1]
        embed = self.site.build_dir / "embed" / f"{slug}.html"
        if iri.startswith(self.site.base + "person/") and embed.is_file():
            return embed.read_text(encoding="utf-8")
        return _jsonld_script(self.rdf(iri, "json-ld").decode("utf-8"))

    def _work(self, iri: str, href: str, alternates: list) -> bytes:
        s = self.site
        authors = {}
        for ship in s.objects(iri, KG + "authorship"):
            ranks = s.objects(ship.value, KG + "rank")
            agents = s.objects(ship.value, KG + "agent")
            if ranks and agents:
                a = agents[0].value
                written = s.objects(ship.value, KG + "nameAsWritten")
                authors[int(ranks[0].value)] = {"iri": a, "name": s.name(a) if s.values(a, "name") else
                                                (written[0].value if written else a), "href": s.href(a)}
        venues = [s.name(v.value) for prop in ("isPartOf", "publication") for v in s.objects(iri, SCHEMA + prop)]
        dates = s.values(iri, "datePublished")
        w = {"iri": iri, "title": s.name(iri), "year": dates[0][:4] if dates else "",
             "venue": venues[0] if venues else "", "authors": [authors[k] for k in sorted(authors)],
             "links": sorted(set(s.values(iri, "url") + s.values(iri, "sameAs")))}
        return self.render("work.html", w=w, self_href=href, alternates=alternates,
                           jsonld=_jsonld_script(self.rdf(iri, "json-ld").decode("utf-8")))

    # --- pictures ---------------------------------------------------------------------------------------------

    def works_of(self, iri: str) -> list[dict]:
        return self.cached(("works", iri), lambda: self.site.works_of(iri))

    def coauthors(self, iri: str) -> list[dict]:
        return self.cached(("coauthors", iri), lambda: self.site.coauthors(iri))

    def chart(self, iri: str) -> bytes:
        return self.cached(("chart", iri), lambda: year_chart(self.works_of(iri), self.site.name(iri)))

    def network(self, iri: str) -> bytes:
        return self.cached(("network", iri), lambda: coauthor_network(
            iri, self.site.name(iri), self.works_of(iri), self.coauthors(iri)))

    # --- index and results -------------------------------------------------------------------------------------

    def index(self, endpoint: str, triples: int) -> bytes:
        from .query import named_queries
        from .results import RESULT_FORMATS

        def make():
            return self.render("index.html", people=self.site.owners(), queries=named_queries(), endpoint=endpoint,
                               triples=f"{triples:,}", result_formats=[f.name for f in RESULT_FORMATS],
                               example="SELECT ?work ?title WHERE {\n  ?work a schema:ScholarlyArticle ;"
                                       " schema:name ?title .\n} LIMIT 10")
        return self.cached(("index", endpoint), make)

    def results(self, title: str, body: bytes, graph: bool) -> bytes:
        """An HTML view of a SPARQL JSON result (or of Turtle, for a graph result)."""
        import json

        if graph:
            return self.render("results.html", title=title, graph=body.decode("utf-8"), boolean=None)
        doc = json.loads(body)
        if "boolean" in doc:
            return self.render("results.html", title=title, graph=None, boolean=str(doc["boolean"]).lower())
        variables = doc["head"]["vars"]
        rows = []
        for b in doc["results"]["bindings"]:
            row = []
            for v in variables:
                cell = b.get(v)
                if cell is None:
                    row.append({"text": "", "href": None})
                elif cell["type"] == "uri":
                    row.append({"text": cell["value"], "href": self.site.href(cell["value"]) or cell["value"]})
                else:
                    row.append({"text": cell["value"], "href": None})
            rows.append(row)
        return self.render("results.html", title=title, graph=None, boolean=None, variables=variables, rows=rows)


def _curie(iri: str) -> str:
    from .vocab import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _jsonld_script(text: str) -> str:
    from .export import html_safe_json
    import json

    return f'<script type="application/ld+json">\n{html_safe_json(json.loads(text))}\n</script>\n'

