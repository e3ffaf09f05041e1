"""The ``kg`` command: a thin client of the library. Each command parses its options,
calls one kg function, and prints; library errors become one-line messages and the
exit codes of design.md §8 (0 ok, 1 data does not conform, 2 usage or load error).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from .cliopts import RdfFormat, complete_queries, complete_slugs, is_terminal, placeholder_base_warning
from .errors import EXIT_NONCONFORMING, EXIT_USAGE, KgError, UsageError

DEFAULT_DATA = Path("data")


def _base_default() -> str:
    from .identity import DEFAULT_BASE

    return os.environ.get("KG_BASE", DEFAULT_BASE)


class KgGroup(click.Group):
    """Turns library errors into ``Error: file:line: message`` and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            for line in str(exc).split("\n") or [exc.message]:
                click.echo(f"Error: {line}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            ctx.exit(0)
        except Exception as exc:  # noqa: BLE001 - the promise is: no traceback, ever
            if os.environ.get("KG_DEBUG"):
                raise
            click.echo(f"Error: internal error: {type(exc).__name__}: {exc}".splitlines()[0], err=True)
            ctx.exit(EXIT_USAGE)


def data_option(fn):
    return click.option("--data", "data", type=click.Path(path_type=Path), default=None,
                        help="Folder of profile YAML files (default: ./data).")(fn)


def base_option(fn):
    return click.option("--base", default=None, metavar="IRI",
                        help="Base for minted IRIs (default: $KG_BASE or https://example.org/kg/).")(fn)


def _data_folder(data: Path | None) -> Path:
    """The data folder: the one given, else ./data; a UsageError saying what kg looked for when there is none."""
    if data is None and not DEFAULT_DATA.exists():
        raise UsageError(f"no data folder: kg looked for ./data in {Path.cwd()} (one YAML profile per researcher); "
                         "give one with --data DIR, or make it with `kg import PAGE -o data`")
    return data or DEFAULT_DATA


def _load(data: Path | None, base: str | None, named_graphs: bool = True, cache=None, named_later: bool = False):
    from .build import load_build

    return load_build([_data_folder(data)], base=base or _base_default(), named_graphs=named_graphs, cache=cache,
                      named_later=named_later)


def _emit(data: bytes | str, output: Path | None) -> None:
    from .files import write_atomic

    if output:
        write_atomic(output, data)
        return
    if isinstance(data, bytes):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        click.echo(data, nl=False)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: researchers' homepages -> a linked-data knowledge graph.

    Exit codes: 0 ok, 1 data does not conform (or could not be fully read), 2 usage or load error.
    """


# --- import ------------------------------------------------------------------------------


def _format_choices() -> list[str]:
    from .formats import FORMATS

    return list(FORMATS)


def _format_help() -> str:
    from .formats import ALIASES

    old = "; ".join(f"{old} is an old name of {new}" for old, new in ALIASES.items())
    return "Format of the source (what is read); auto detects it." + (f" ({old}.)" if old else "")


def _import_time():
    """When a profile is said to be imported (its ``source.imported_at``): now, or ``SOURCE_DATE_EPOCH`` (seconds
    since 1970, the reproducible-builds convention) when it is set, so that an import run twice writes the same
    bytes."""
    import datetime as dt

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    bad = click.UsageError(f"SOURCE_DATE_EPOCH={epoch!r}: not a number of seconds since 1970-01-01")
    if not re.fullmatch(r"[0-9]+", epoch):
        raise bad  # (the convention's ASCII digits: no sign, no '_', no other script's digits)
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        raise bad from None


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--out", "out_dir", type=click.Path(path_type=Path), help="Write <slug>.yaml into this folder.")
@click.option("--to", "to", type=click.Choice(["yaml", "json"]), default=None,
              help="Print the profile on stdout (default: yaml when no -o).")
@click.option("--from", "--format", "fmt", default="auto", show_default=True,
              type=click.Choice(_format_choices()), help=_format_help())
@click.option("--owner", default=None, help="The researcher's name: the profile's person.name, over what the page or site calls its owner.")
@click.option("--base-url", "base_url", default=None, metavar="URL",
              help="Where the pages are published, to make relative links absolute when the site does not say.")
@click.option("--strict", is_flag=True, help="Exit 1 when a line went unparsed or a section yielded nothing.")
@click.option("--force", is_flag=True, help="Replace the file of a source imported before.")
@click.option("-v", "--verbose", is_flag=True, help="List the unparsed lines in the summary.")
def import_cmd(paths, out_dir, to, fmt, owner, base_url, strict, force, verbose) -> None:
    """Read homepages (files or site folders) into a profile. Several PATHs are one researcher's sources."""
    from .memory import collector_paused

    with collector_paused():  # (start-up: the profile model's classes, kept for the process, need no collection)
        from .importers import import_sources, owners_text

    if out_dir and to:
        raise click.UsageError("give either -o DIR or --to, not both")
    now = _import_time()
    if base_url is not None:
        from .identity import check_http_iri

        base_url = check_http_iri(base_url, "--base-url", "https://me.github.io/")
    results = import_sources(list(paths), fmt=fmt, owner=owner, now=now, base_url=base_url)
    if len(results) > 1 and not out_dir:
        raise click.UsageError("these sources are of different people: " + owners_text(results)
                               + "; give -o DIR to write one profile each, or import them one at a time")
    placeable = _placeable_lines(results, list(paths), fmt, owner, now) if verbose and base_url is None else {}
    if out_dir:
        from .profiles import save_profile

        for result in results:
            path, message = save_profile(result.profile, out_dir, force=force)
            click.echo(message, err=True)
        for i, result in enumerate(results):
            _summary(result, verbose, placeable.get(i, set()))
        failures = [_strict_failure(r) for r in results]
        if strict and any(failures):
            for f in filter(None, failures):
                click.echo(f, err=True)
            sys.exit(EXIT_NONCONFORMING)
        return
    result = results[0]
    profile = result.profile
    if to == "json":
        click.echo(profile.model_dump_json(indent=2, exclude_none=False))
    else:
        from .profiles import dump_profile

        click.echo(dump_profile(profile), nl=False)
    _summary(result, verbose, placeable.get(0, set()))
    failure = _strict_failure(result)
    if strict and failure:
        click.echo(failure, err=True)
        sys.exit(EXIT_NONCONFORMING)


def _strict_failure(result) -> str | None:
    """What --strict refuses in one import: unparsed lines, announced sections that yielded nothing."""
    profile = result.profile
    if not (profile.unparsed or result.empty_sections):
        return None
    return (f"strict: {len(profile.unparsed)} unparsed line(s)"
            + (f", empty section(s): {', '.join(result.empty_sections)}" if result.empty_sections else ""))


_SOME_BASE = "https://base-url.invalid/"
"""A stand-in for ``--base-url`` (a reserved name, RFC 2606): reading with it shows which lines a base would read."""


def _placeable_lines(results, paths, fmt, owner, now) -> dict[int, set[tuple[str | None, int]]]:
    """For ``--verbose`` without ``--base-url``: per result (by its index), the (file, line) of its unparsed lines
    that the same import reads when given a base URL, i.e. lines left only because a relative link on them
    could not be made absolute. Imports once more, with a stand-in base, only when a relative link went unplaced."""
    from .errors import SourceError
    from .importers import import_sources

    if not any(r.unplaced_links for r in results):
        return {}
    try:
        again = import_sources(paths, fmt=fmt, owner=owner, now=now, base_url=_SOME_BASE)
    except SourceError:
        return {}
    if len(again) != len(results):
        return {}
    out = {}
    for i, (first, second) in enumerate(zip(results, again)):
        left = {(u.file, u.line) for u in second.profile.unparsed}
        out[i] = {(u.file, u.line) for u in first.profile.unparsed
                  if u.section not in ("skipped", "encoding") and (u.file, u.line) not in left}
    return out


def _summary(result, verbose: bool, placeable: set[tuple[str | None, int]] = frozenset()) -> None:
    """The summary line of one import (counts, unparsed lines, relative links no base was known for); with
    ``verbose`` the site's files and every unparsed line, those ``placeable`` (read when a base URL is given)
    listed as "relative link"."""
    p = result.profile
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    unplaced = len(result.unplaced_links)
    click.echo(f"format: {result.format}; owner: {p.person.name}; {counts}; unparsed lines: {len(p.unparsed)}"
               + (f"; relative links not placed: {unplaced} (give --base-url, where the site is published, to "
                  "place them)" if unplaced else ""), err=True)
    if verbose:
        if placeable:
            click.echo(f"  {len(placeable)} of the unparsed lines are read with --base-url (listed as 'relative "
                       "link')", err=True)
        from collections import Counter

        # a site's account of its files: what was read (by which reader), what was ignored and why
        ignored = [u for u in p.unparsed if u.section == "skipped" and u.file and u.text.startswith("not read: ")]
        parts = p.source.parts if p.source is not None else []
        if parts:
            readers = ", ".join(f"{fmt} {n}" for fmt, n in sorted(Counter(s.format for s in parts).items()))
            click.echo(f"  files: {len(parts)} read ({readers}); {len(ignored)} ignored", err=True)
        for u in ignored:
            click.echo(f"  ignored {u.file}: {u.text.removeprefix('not read: ')[:160]}", err=True)
        listed = set()
        ignored_ids = {id(u) for u in ignored}  # (the very lines listed above, by identity: one look-up a line)
        for u in p.unparsed:
            if id(u) in ignored_ids:
                continue
            listed.add((u.file, u.line))
            where = _where(u.file, u.line)
            what = "relative link" if (u.file, u.line) in placeable else "unparsed"
            click.echo(f"  {what} {where}{f' [{u.section}]' if u.section else ''}: {u.text[:160]}", err=True)
        for (file, line), targets in _unplaced_lines(result.unplaced_at, listed).items():
            where = _where(file, line) if line else (file or "?")  # (line 0: a target written nowhere in the files)
            click.echo(f"  relative link {where} [not placed]: {', '.join(targets)[:160]}", err=True)


def _where(file: str | None, line: int) -> str:
    """A listed line's place as the summary writes it: ``file:line`` in a site, ``line N`` in a single file."""
    return f"{file}:{line}" if file else f"line {line}"


def _unplaced_lines(rows, listed: set[tuple[str | None, int]]) -> dict[tuple[str | None, int], list[str]]:
    """The relative links no base placed that no listed line shows, by the line that writes them: each target once,
    at a line the listing shows already when one of its lines is listed (a menu's "index.html"), else at the first
    line that writes it (a work kg read, its "papers/x.pdf" dropped), so that every link the summary counts is on
    one listed line."""
    where: dict[str, list[tuple[str | None, int]]] = {}
    for target, file, line in rows:
        where.setdefault(target, []).append((file, line))
    out: dict[tuple[str | None, int], list[str]] = {}
    for target, places in where.items():
        if not any(p in listed for p in places):
            out.setdefault(places[0], []).append(target)
    return dict(sorted(out.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])))


# --- build / validate ---------------------------------------------------------------------


@main.command()
@click.argument("data_arg", metavar="[DATA]", required=False, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out", type=click.Path(path_type=Path), default=Path("build"), show_default=True,
              help="Output folder.")
@data_option
@base_option
@click.option("--strict", is_flag=True, help="Treat warnings as failures (exit 1).")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary, not each warning.")
def build(data_arg, out, data, base, strict, quiet) -> None:
    """Load, merge, validate and write graph.ttl, graph.nt, graph.jsonld, graph.trig, merge-report.json and embed/*.html."""
    from .export import write_outputs
    from .validate import validate_build

    if data_arg and data:
        raise click.UsageError("give the data folder once: as DATA or as --data")
    progress = (lambda msg: click.echo(f"kg build: {msg}", err=True)) if is_terminal() and not quiet else (
        lambda msg: None)
    progress(f"loading and merging {_data_folder(data_arg or data)}")
    from .cache import BuildCache
    from .memory import collector_paused

    # the cyclic collector paused for the whole build (kg.memory): what the build makes is acyclic and lives
    # until the outputs are written, and each full collection walked all of it (two in a one-profile rebuild
    # of the 100k corpus: 0.4 of its 3 CPU s)
    with collector_paused():
        cache = BuildCache.open(out, base or _base_default())
        # the named graphs mapped after validation (it reads the default graph only): at 1M triples their
        # text (240 MB) beside the validation store set the peak memory
        b = _load(data_arg or data, base, cache=cache, named_later=True)
        progress(f"validating {b.triple_count} triples")
        results = validate_build(b, cache=cache)
        for r in results:
            if r.severity == "Violation" or not quiet:
                click.echo(r.line(), err=True)
        violations = sum(r.severity == "Violation" for r in results)
        warnings = len(results) - violations
        report = b.corpus.report()
        click.echo(_merge_summary(report, quiet), err=True)
        if violations or (strict and warnings):
            why = f"{violations} violation(s)" if violations else "--strict"
            click.echo(f"not written ({why}): {violations} violation(s), {warnings} warning(s)", err=True)
            sys.exit(EXIT_NONCONFORMING)
        b.quads.complete()
        progress(cache.stats.line())
        progress(f"writing {out}/")
        from .store import STORE_DIR, fingerprint, start_store

        given_base = base or os.environ.get("KG_BASE") or None
        stamp = fingerprint(data_arg or data or DEFAULT_DATA, given_base)
        writing = []

        def store_into(folder: Path) -> list[str]:
            # inside the new build: swapped in with it; the previous store with what changed replaced, if it can be;
            # a store loaded in full is written by a child process while this one writes the files
            writing.append(start_store(b, folder, stamp, base or _base_default(),
                                       fill=cache.store_filler(b, base or _base_default())))
            return [STORE_DIR]

        def cache_into(folder: Path) -> list[str]:
            writing[0].wait()  # the store done before the cache records its stamp and the folder is swapped in
            cache.write(folder)  # for the next build (not an output: not counted), with what tells its files unchanged
            return []

        try:
            files = write_outputs(b, out, report, first=store_into, extra=cache_into, previous=cache)
        finally:
            for w in writing:
                w.close()  # (an error before the wait: the child ended, its folder goes with the new build's)
        click.echo(f"wrote {len(files)} files to {out}/: {b.triple_count} triples, {len(b.corpus.people)} people, "
                   f"{len(b.corpus.works)} works; {warnings} warning(s)", err=True)


def _merge_summary(report: dict, quiet: bool = False) -> str:
    """Counts, then (unless quiet) each conflict; near misses (one per name whose people are kept apart, one
    per two similar works) are only counted here: they are listed in merge-report.json (there can be tens of
    thousands)."""
    lines = [f"merge: {len(report['sources'])} sources -> {report['people']} people, {report['works']} works; "
             f"{len(report['people_merged'])} people and {len(report['works_merged'])} works joined across pages, "
             f"{len(report['conflicts'])} conflicts, {len(report['near_misses'])} near misses"]
    for c in [] if quiet else report["conflicts"]:
        vals = " | ".join(c["values"])
        lines.append(f"  conflict {c['iri']} {c['field']}: {vals} -> kept {c['chosen']}")
    if report["near_misses"]:
        lines.append(f"  {len(report['near_misses'])} near misses listed in merge-report.json (near_misses)")
    for ref in report["unmatched_decisions"]:
        lines.append(f"  decisions.yaml: {ref!r} names no person or work; that decision was not applied")
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@data_option
@base_option
def validate(paths, fmt, strict, data, base) -> None:
    """Check profile files/folders (model + SHACL) and RDF files (SHACL). Default PATH: ./data (or --data)."""
    from .validate import validate_paths

    report = validate_paths(list(paths) + ([data] if data else []) or [_data_folder(None)], base=base or _base_default())
    if fmt == "json":
        click.echo(report.as_json(), nl=False)
    else:
        for r in report.results:
            click.echo(r.line())
        click.echo(f"{report.files} file(s), {report.triples} triples: {report.violations} violation(s), "
                   f"{report.warnings} warning(s)", err=True)
    if not report.conforms(strict):
        sys.exit(EXIT_NONCONFORMING)


# --- export / embed ------------------------------------------------------------------------


@main.command()
@click.option("--format", "fmt", type=RdfFormat(), default="turtle", show_default=True,
              help="Output format; aliases such as ttl, jsonld, ntriples, rdf, nq are accepted.")
@click.option("--person", default=None, metavar="SLUG", help="Only this person's part of the graph.",
              shell_complete=complete_slugs)
@click.option("-o", "--out", "--output", "output", type=click.Path(path_type=Path), default=None,
              help="Write to this file (atomically) instead of stdout.")
@data_option
@base_option
def export(fmt, person, output, data, base) -> None:
    """Print the merged graph (trig/nquads keep one named graph per source page)."""
    from .export import serialize

    b = _load(data, base)
    _emit(serialize(b, fmt, person=person), output)


@main.command()
@click.argument("slug", metavar="PERSON", shell_complete=complete_slugs)
@click.option("-o", "--out", "--output", "output", type=click.Path(path_type=Path), default=None,
              help="Write to this file (atomically) instead of stdout.")
@data_option
@base_option
def embed(slug, output, data, base) -> None:
    """Print the <script type="application/ld+json"> ProfilePage snippet for a person's homepage.

    PERSON is a profile slug (yunhe-wang), the person's IRI, or their name ("Yunhe Wang")."""
    from .export import embed as make_embed

    b = _load(data, base, named_graphs=False)
    snippet = make_embed(b, slug)
    warning = placeholder_base_warning(b.corpus.base)
    if warning:
        click.echo(warning, err=True)
    _emit(snippet, output)


# --- query ------------------------------------------------------------------------------------


QUERY_FORMATS = ["table", "json", "xml", "csv", "tsv", "turtle", "nt", "json-ld", "rdf-xml"]


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "file", type=click.Path(path_type=Path), default=None, help="Read the query from a file.")
@click.option("--named", default=None, metavar="NAME", help="Run a named query (see `kg queries`).",
              shell_complete=complete_queries)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A named query's parameter.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="table, or SPARQL results json/xml/csv/tsv; CONSTRUCT/DESCRIBE give RDF "
                   "(turtle for table; json is JSON-LD, xml RDF/XML).")
@click.option("--timeout", type=click.FloatRange(min=0), default=5.0, show_default=True, metavar="SECONDS",
              help="Stop the query after this long (0: no limit).")
@click.option("--max-memory", type=click.FloatRange(min=0), default=2048, show_default=True, metavar="MIB",
              help="Stop the query when kg grows past this much memory (0: no limit).")
@click.option("--build", "build_dir", type=click.Path(path_type=Path), default=Path("build"), show_default=True,
              help="Read the graph store kg build left here when it is current; else rebuild from the data.")
@data_option
@base_option
def query(sparql, file, named, params, fmt, timeout, max_memory, build_dir, data, base) -> None:
    """Run SPARQL on the merged graph (GRAPH ?g reaches each source page's graph). SERVICE and updates are refused."""
    given = [x for x in (sparql, file, named) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: a SPARQL string, --file, --named")
    values = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param must be KEY=VALUE, got {p!r}")
        values[key] = value
    if params and not named:
        raise click.UsageError("--param goes with --named")
    from . import query as q
    from .limits import Watchdog
    from .results import serialize
    from .store import current_store

    if file:
        try:
            sparql = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise click.UsageError(f"{file}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    graph = current_store(build_dir, data or DEFAULT_DATA, base or os.environ.get("KG_BASE") or None) \
        or _load(data, base)
    with Watchdog(timeout=timeout, max_memory=max_memory):
        result = q.run_named(graph, named, **values) if named else q.run(graph, sparql)
        if fmt == "table" and result.kind != "graph":
            out = result.as_table()
            click.echo(out, nl=not out.endswith("\n"))
        else:
            _emit(serialize(result, "turtle" if fmt == "table" else fmt), None)
    if named and result.kind != "graph" and not result.rows:
        from .cliopts import empty_explanation

        click.echo(empty_explanation(named, values), err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def queries(fmt) -> None:
    """List the named queries and their parameters."""
    import json

    from .query import named_queries

    items = named_queries()
    if fmt == "json":
        click.echo(json.dumps([nq.as_dict() for nq in items], indent=2, ensure_ascii=False))
        return
    for nq in items:
        params = " ".join(f"[{p.name}=<{p.kind}>{f', default {p.default}' if p.default is not None else ''}]"
                          if p.optional else f"{p.name}=<{p.kind}>" for p in nq.params)
        click.echo(f"{nq.name}{(' ' + params) if params else ''}\n    {nq.description}")


# --- serve / push ---------------------------------------------------------------------------------


@main.command()
@click.argument("build_dir", metavar="[BUILD_DIR]", required=False, type=click.Path(path_type=Path),
                default=Path("build"))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="0 picks a free port.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=5.0, show_default=True, metavar="SECONDS",
              help="Time limit of each query.")
@click.option("--max-memory", type=click.FloatRange(min=0), default=2048, show_default=True, metavar="MIB",
              help="Memory limit of each query worker (0: none).")
@click.option("--max-rows", type=click.IntRange(min=0), default=100_000, show_default=True,
              help="Largest result a query may return (0: no limit).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Query worker processes (default: CPUs, at most 4).")
@click.option("--threads", type=click.IntRange(min=1), default=16, show_default=True, help="HTTP worker threads.")
@click.option("--cache-mib", type=click.FloatRange(min=0), default=64, show_default=True,
              help="Memory for cached query answers (0: no cache).")
@click.option("--url-prefix", default="", metavar="PATH",
              help="Serve under this path (e.g. /kg), for a proxy that forwards the base's path unchanged.")
def serve(build_dir, host, port, timeout, max_memory, max_rows, workers, threads, cache_mib, url_prefix) -> None:
    """Serve the build read-only: a SPARQL 1.1 endpoint at /sparql and a page per person and work."""
    from .serve import default_workers, serve as run_server

    def ready(url: str) -> None:
        click.echo(f"kg serve: {url} (SPARQL endpoint {url}sparql); Ctrl-C stops", err=True)

    try:
        run_server(build_dir, host=host, port=port, threads=threads, ready=ready, timeout=timeout,
                   max_memory=max_memory, max_rows=max_rows, workers=workers or default_workers(),
                   cache_mib=cache_mib, url_prefix=url_prefix)
    except KeyboardInterrupt:
        pass


@main.command()
@click.argument("endpoint", metavar="ENDPOINT")
@click.option("--build", "build_dir", type=click.Path(path_type=Path), default=Path("build"), show_default=True,
              help="The build whose store is pushed.")
@click.option("--timeout", type=click.FloatRange(min=1), default=120, show_default=True, metavar="SECONDS",
              help="Time limit of each HTTP request.")
@click.option("--merged-graph", default=None, metavar="IRI|default",
              help="Where the merged graph goes (default: the named graph <base>graph/merged; 'default': the store's "
                   "default graph).")
def push(endpoint, build_dir, timeout, merged_graph) -> None:
    """Upload the build to a triple store's SPARQL 1.1 Graph Store endpoint (one named graph per source page,
    each replaced with PUT; the merged graph goes to the default graph)."""
    from .push import push as push_build

    report = push_build(build_dir, endpoint, merged_graph=merged_graph, timeout=timeout)
    click.echo(report.summary(), err=True)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a profile."""
    import json

    from .model import Profile

    click.echo(json.dumps(Profile.model_json_schema(), indent=2, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
