"""Option types shared by kg's commands: RDF format names with their common aliases, and
shell completion of profile slugs and named queries.

One meaning per option name, across commands (documented in the README, "Options"):

- ``--format`` is the format of what a command *writes* (export, validate, query, queries);
  ``kg import`` names the format of what it *reads* with ``--from`` (``--format`` is kept there
  as an alias for scripts written before).
- ``-o/--out`` is where a command writes: a folder for ``import`` and ``build`` (they write
  several files), a file for ``export`` and ``embed`` (one document). ``--output`` stays an alias.
"""

from __future__ import annotations

import os
from pathlib import Path

import click
from click.shell_completion import CompletionItem

RDF_FORMAT_ALIASES = {
    "turtle": "turtle", "ttl": "turtle",
    "json-ld": "json-ld", "jsonld": "json-ld", "json": "json-ld",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "xml": "xml", "rdf": "xml", "rdfxml": "xml", "rdf-xml": "xml", "rdf/xml": "xml",
    "trig": "trig",
    "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
}
"""Every name ``kg export --format`` accepts -> the format of kg.export.FORMATS it means."""


class RdfFormat(click.Choice):
    """An RDF format name or one of its common aliases (``ttl``, ``jsonld``, ``ntriples``...), any case."""

    name = "format"

    def __init__(self):
        super().__init__(list(dict.fromkeys(RDF_FORMAT_ALIASES.values())), case_sensitive=False)

    def convert(self, value, param, ctx):
        key = str(value).strip().lower()
        if key in RDF_FORMAT_ALIASES:
            return RDF_FORMAT_ALIASES[key]
        self.fail(f"{value!r} is not an RDF format; choose from {', '.join(self.choices)} "
                  f"(aliases: {', '.join(k for k, v in RDF_FORMAT_ALIASES.items() if k != v)})", param, ctx)


def _data_dir(ctx: click.Context) -> Path:
    params = ctx.params if ctx else {}
    return Path(params.get("data") or params.get("data_arg") or "data")


def complete_slugs(ctx, _param, incomplete: str):
    """Profile slugs (file stems of the data folder) for shell completion; never reads the profiles."""
    folder = _data_dir(ctx)
    try:
        stems = sorted({p.stem for p in folder.iterdir() if p.suffix in (".yaml", ".yml")} - {"decisions"})
    except OSError:
        return []
    return [CompletionItem(s) for s in stems if s.startswith(incomplete)]


def complete_queries(_ctx, _param, incomplete: str):
    """Names of the named queries, for shell completion."""
    from .resources import queries_dir

    try:
        names = sorted(p.stem for p in queries_dir().glob("*.rq"))
    except OSError:
        return []
    return [CompletionItem(n) for n in names if n.startswith(incomplete)]


def placeholder_base_warning(base: str) -> str | None:
    """A warning when IRIs would be minted from the documented placeholder base."""
    from .identity import DEFAULT_BASE

    if base.rstrip("/#") != DEFAULT_BASE.rstrip("/"):
        return None
    return (f"warning: the snippet's @id IRIs use the placeholder base {DEFAULT_BASE}; set your own with "
            "--base IRI or KG_BASE=IRI (e.g. https://your-site.example/kg/)")


def is_terminal() -> bool:
    """Progress lines go to a terminal only (not to a pipe, a file or CI logs)."""
    import sys

    return sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


def empty_explanation(name: str, given: dict[str, str]) -> str:
    """Why a named query printed nothing: the query's own bounds, with the values used (defaults included).

    e.g. ``no results: collaboration-distance found nothing for person=a, other=b, max_distance=6 (default)``."""
    from .query import named_query

    nq = named_query(name)
    used = []
    for p in nq.params:
        if p.name in given:
            used.append(f"{p.name}={given[p.name]}")
        elif p.default is not None:
            used.append(f"{p.name}={p.default} (default)")
    where = f" for {', '.join(used)}" if used else ""
    return f"no results: {name} found nothing{where}"
