"""SPARQL helpers: named queries shipped as ``kg/queries/*.rq`` and a small API to run them.

Queries run on the build's pyoxigraph store with the **default graph = the merged
graph**; every source page is a named graph, reachable with ``GRAPH ?g { ... }``
(its IRI is a ``kg:Source`` whose ``schema:about`` is the page's owner).

Each ``.rq`` file starts with a comment header::

    # name: coauthors
    # description: Coauthors of a person with the number of works they share.
    # param: person (person) - the author: an IRI, a profile slug or a name
    # param: max_distance (int, optional, default 6) - longest path searched

A parameter's kind is ``person`` or ``work`` (bound as an IRI) or ``string`` /
``int`` (bound as a literal). A ``# python: FUNCTION`` line hands the query to a
Python routine of this module (used by ``collaboration-distance``).

**Parameters are bound as RDF terms, never pasted into the query text**: they go
through pyoxigraph's ``substitutions`` (SEP-0007). pyoxigraph only substitutes
variables of the top-level ``SELECT``, so every parameter variable is projected
by its query; :func:`run_named` drops those columns from the result, since the
caller knows their values. (Two quirks of that substitution the queries avoid:
``BOUND(?param)`` stays false, and a sub-``SELECT`` that does not project the
variable does not see it.) An optional parameter that is not given stays
unbound, and the query is written so that an unbound variable means "any".

>>> from pathlib import Path                                    # doctest: +SKIP
>>> b = load_build([Path("data")])                             # doctest: +SKIP
>>> print(coauthors(b, "alice-archer").as_table())             # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Store, Triple, Variable

from .errors import LoadError, UsageError

from .vocab import PREFIXES, RDF_TYPE  # every query may use them without declaring them (the shipped .rq files declare theirs)

PARAM_KINDS = ("person", "work", "string", "int")

_XSD = PREFIXES["xsd"]
_SCHEMA = PREFIXES["schema"]
_INTEGER_TYPES = {_XSD + t for t in (
    "integer", "int", "long", "short", "byte", "positiveInteger", "nonNegativeInteger", "negativeInteger",
    "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}
_XSD_INTEGER = NamedNode(_XSD + "integer")
_RDF_TYPE = NamedNode(RDF_TYPE)
_XSD_BOOLEAN = NamedNode(_XSD + "boolean")
_XSD_DOUBLE = NamedNode(_XSD + "double")
_XSD_TRUE = Literal("true", datatype=_XSD_BOOLEAN)
_XSD_FALSE = Literal("false", datatype=_XSD_BOOLEAN)


# --- named queries -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """A parameter of a named query: ``kind`` is person/work (an IRI) or string/int (a literal)."""

    name: str
    kind: str = "string"
    description: str = ""
    optional: bool = False
    default: Any = None

    @property
    def is_iri(self) -> bool:
        return self.kind in ("person", "work")

    def as_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "description": self.description,
                "optional": self.optional, "default": self.default}


@dataclass(frozen=True)
class NamedQuery:
    """A query read from a ``.rq`` file and its header."""

    name: str
    description: str
    params: list[Param]
    sparql: str = field(repr=False)
    path: Path | None = None
    python: str | None = None  # name of the Python routine that runs it, if any
    facts: bool = False  # a variant reading the build's counts (kg.facts): only on a store holding them
    kept: bool = False  # a variant whose answer the build keeps whole (kg.facts.kept_answer), read when there

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    @property
    def function_name(self) -> str:
        """The name of this module's function for the query: ``publications-by-year`` -> ``publications_by_year``."""
        return self.name.replace("-", "_")

    def as_dict(self) -> dict:
        return {"name": self.name, "description": self.description, "params": [p.as_dict() for p in self.params]}


_HEADER = re.compile(r"^#\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?P<opts>[^)]*)\))?\s*(?:-\s*(?P<desc>.*))?$")


def parse_query_file(path: Path) -> NamedQuery:
    """Read a ``.rq`` file and its ``# name:`` / ``# description:`` / ``# param:`` header."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError(f"cannot read query file: {exc.__class__.__name__}", path=str(path)) from None
    name, description, python, facts, kept = path.stem, "", None, False, False
    params: list[Param] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        m = _HEADER.match(stripped)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2)
        if key == "name":
            name = value
        elif key == "description":
            description = value
        elif key == "python":
            python = value
        elif key in ("facts", "kept"):
            if value.lower() not in ("yes", "no"):
                raise LoadError(f"'# {key}:' takes yes or no, not {value!r}", path=str(path), line=lineno)
            if key == "facts":
                facts = value.lower() == "yes"
            else:
                kept = value.lower() == "yes"
        elif key == "param":
            params.append(_parse_param(value, path, lineno))
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
        raise LoadError(f"query name must be lower-case words joined by '-': {name!r}", path=str(path), line=1)
    if kept and not facts:
        raise LoadError("'# kept: yes' needs '# facts: yes' (the build keeps the answer with its counts)",
                        path=str(path))
    return NamedQuery(name=name, description=description, params=params, sparql=text, path=path, python=python,
                      facts=facts, kept=kept)


def _parse_param(value: str, path: Path, line: int) -> Param:
    m = _PARAM.match(value)
    if not m:
        raise LoadError(f"bad param line {value!r}: expected 'NAME (KIND[, optional][, default V]) - description'",
                        path=str(path), line=line)
    kind, optional, default = "string", False, None
    opts = [o.strip() for o in (m.group("opts") or "").split(",") if o.strip()]
    for i, opt in enumerate(opts):
        if i == 0 and opt in PARAM_KINDS:
            kind = opt
        elif opt == "optional":
            optional = True
        elif opt.startswith("default "):
            default, optional = opt[len("default "):].strip(), True
        else:
            raise LoadError(f"bad param option {opt!r} (kinds: {', '.join(PARAM_KINDS)}; then 'optional', 'default V')",
                            path=str(path), line=line)
    if default is not None and kind == "int":
        try:
            default = int(default)
        except ValueError:
            raise LoadError(f"default of int param {m.group('name')} is not an integer: {default!r}",
                            path=str(path), line=line) from None
    return Param(name=m.group("name"), kind=kind, description=(m.group("desc") or "").strip(),
                 optional=optional, default=default)


@cache
def _load_dir(directory: Path) -> tuple[NamedQuery, ...]:
    queries = [parse_query_file(p) for p in sorted(directory.glob("*.rq"))]
    seen: dict[str, Path] = {}
    for q in queries:
        if q.name in seen:
            raise LoadError(f"query {q.name!r} is also defined in {seen[q.name]}", path=str(q.path))
        seen[q.name] = q.path
    return tuple(sorted(queries, key=lambda q: q.name))


def named_queries(directory: Path | None = None) -> list[NamedQuery]:
    """The named queries (``kg/queries/*.rq`` by default), sorted by name."""
    if directory is None:
        from .resources import queries_dir

        directory = queries_dir()
    return list(_load_dir(Path(directory).resolve()))


def named_query(name: str, directory: Path | None = None) -> NamedQuery:
    """The named query ``name``; UsageError listing the known names if there is none."""
    queries = named_queries(directory)
    for q in queries:
        if q.name == name:
            return q
    raise UsageError(f"unknown query {name!r}; known queries: {', '.join(q.name for q in queries)}")


# --- results ------------------------------------------------------------------------------------


@dataclass
class QueryResult:
    """Rows of a query as Python values: IRIs as ``str``, integers as ``int``, booleans as ``bool``,
    decimals/doubles as ``float``, other literals as their lexical ``str``, unbound as ``None``."""

    variables: list[str]
    rows: list[tuple]
    # the same rows as pyoxigraph terms (None = unbound), for kg.results' SPARQL serializations;
    # kind is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE: terms are the triples' terms)
    terms: list[tuple] | None = field(default=None, repr=False, compare=False)
    kind: str = field(default="select", compare=False)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def column(self, name: str) -> list:
        i = self.variables.index(name)
        return [row[i] for row in self.rows]

    def as_dicts(self) -> list[dict]:
        return [dict(zip(self.variables, row)) for row in self.rows]

    def as_json(self) -> str:
        """A JSON array of ``{variable: value}`` objects, keys in the query's order."""
        return json.dumps(self.as_dicts(), ensure_ascii=False, indent=2)

    def as_csv(self) -> str:
        """CSV with a header line; unbound values are empty, booleans ``true``/``false``."""
        import csv

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.variables)
        for row in self.rows:
            writer.writerow([_cell(v) for v in row])
        return out.getvalue()

    def as_table(self) -> str:
        """A plain-text table aligned in columns (wide East Asian characters count double)."""
        cells = [list(self.variables)] + [[_cell(v).replace("\n", " ") for v in row] for row in self.rows]
        widths = [max(_width(r[i]) for r in cells) for i in range(len(self.variables))]
        lines = []
        for n, r in enumerate(cells):
            lines.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths)).rstrip())
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def to_python(term) -> Any:
    """An RDF term as a Python value (see :class:`QueryResult`)."""
    kind = type(term)
    if kind is NamedNode:
        return term.value
    if kind is Literal:
        # one lookup by datatype, not a test per kind: a query's rows are mostly IRIs and strings
        convert = _CONVERT.get(term.datatype.value)
        if convert is None:
            return term.value
        try:
            return convert(term.value)
        except ValueError:
            return term.value
    if term is None:
        return None
    if kind is BlankNode:
        return f"_:{term.value}"
    return str(term)


def _gyear(value: str) -> int:
    if re.fullmatch(r"-?\d{4,}", value):
        return int(value)
    raise ValueError(value)


_CONVERT = {**dict.fromkeys(_INTEGER_TYPES, int), **dict.fromkeys(_FLOAT_TYPES, float),
            _XSD + "boolean": lambda value: value in ("true", "1"), _XSD + "gYear": _gyear}


# --- running queries ----------------------------------------------------------------------------


def _store_of(store_or_build) -> Store:
    store = getattr(store_or_build, "store", store_or_build)
    if not isinstance(store, Store):
        raise TypeError(f"expected a pyoxigraph Store or a Build, got {type(store_or_build).__name__}")
    return store


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def to_term(value: Any):
    """A Python value as the RDF term bound to a query variable.

    pyoxigraph terms are used as they are; ``bool``, ``int`` and ``float`` become
    typed literals; a ``str`` is a plain literal, except ``<...>`` which is an IRI.
    """
    if isinstance(value, (NamedNode, Literal, BlankNode, Triple)):
        return value
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=_XSD_BOOLEAN)
    if isinstance(value, int):
        return Literal(str(value), datatype=_XSD_INTEGER)
    if isinstance(value, float):
        return Literal(repr(value), datatype=_XSD_DOUBLE)
    if isinstance(value, str):
        if len(value) > 2 and value.startswith("<") and value.endswith(">"):
            return _iri_node(value[1:-1])
        return Literal(value)
    raise UsageError(f"cannot bind a {type(value).__name__} as a query parameter: {value!r}")


def _iri_node(value: str) -> NamedNode:
    try:
        return NamedNode(value)
    except ValueError:
        raise UsageError(f"not a valid IRI: {value!r}") from None


_UPDATE = re.compile(r"^\s*(?:INSERT|DELETE|DROP|CLEAR|LOAD|CREATE|ADD|MOVE|COPY|WITH)\b", re.I | re.M)


def run(store_or_build, sparql: str, params: dict[str, Any] | None = None, *, facts: bool = False) -> QueryResult:
    """Run a SPARQL query on a Build (or a pyoxigraph Store) and return its rows.

    The default graph is the merged graph; ``GRAPH ?g { ... }`` reaches the source
    pages. ``params`` maps variable names (without ``?``) to values bound with
    :func:`to_term`, through pyoxigraph's substitutions, never by editing the text:
    each must be a variable of the top-level SELECT. The prefixes of
    :data:`PREFIXES` are predeclared. ASK gives one column ``ask``; CONSTRUCT and
    DESCRIBE give ``subject``, ``predicate``, ``object``. Updates are refused
    (they are not queries). Bad SPARQL raises UsageError with the parser's message. The counts the
    build keeps for its named queries (:mod:`kg.facts`) are no graph a query sees, except for a query
    that reads them (``facts=True``).
    """
    from .limits import check_query

    check_query(sparql)
    store = _store_of(store_or_build)
    substitutions = {}
    for name, value in (params or {}).items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise UsageError(f"bad parameter name {name!r}: use a variable name without '?'")
        substitutions[Variable(name)] = to_term(value)
    try:
        result = _query_store(store, sparql, substitutions, facts)
    except SyntaxError as exc:
        if _UPDATE.search(sparql):
            raise UsageError(f"bad SPARQL: only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here, not updates "
                             f"({_one_line(exc)})") from None
        raise UsageError(f"bad SPARQL: {_one_line(exc)}") from None
    except (RuntimeError, ValueError, OSError) as exc:
        message = _one_line(exc)
        m = re.search(r"does not contains? variable \?(\w+)", message)
        if m:
            raise UsageError(f"parameter {m.group(1)!r} is not a variable of the query's SELECT clause") from None
        raise UsageError(f"query failed: {message}") from None
    try:
        if isinstance(result, QueryBoolean):
            return QueryResult(["ask"], [(bool(result),)], terms=[(_XSD_TRUE if result else _XSD_FALSE,)], kind="ask")
        if isinstance(result, QuerySolutions):
            variables = [v.value for v in result.variables]
            terms = [tuple(sol) for sol in result]  # a solution iterates over its values in the order of the variables
            return QueryResult(variables, [tuple(map(to_python, t)) for t in terms], terms=terms)
        terms = [(t.subject, t.predicate, t.object) for t in result]
        return QueryResult(["subject", "predicate", "object"], [tuple(map(to_python, t)) for t in terms],
                           terms=terms, kind="graph")
    except (RuntimeError, ValueError, OSError) as exc:
        raise UsageError(f"query failed: {_one_line(exc)}") from None


def _query_store(store: Store, sparql: str, substitutions: dict, facts: bool = False):
    """``store.query`` with the substitutions also stated in a VALUES block (see
    :func:`kg.sparqltext.with_values`: Oxigraph applies substitutions late, 15-30x slower on the
    named queries); the query as written when that does not apply, so errors name its own lines.
    The named graphs are the store's without kg's counts (:data:`kg.facts.GRAPH`) unless ``facts``
    (a query with neither ``GRAPH`` nor ``FROM`` reads none: it runs on the store as it is)."""
    from .facts import GRAPH as FACTS
    from .sparqltext import default_graph_iris, names_a_graph

    graphs = {}
    # a query naming no graph reads the default graph only: listing every page graph but the counts'
    # cost Oxigraph 0.3-0.8 CPU s at 1M triples on such queries (people-without-identifiers.rq, venues.rq)
    if not facts and names_a_graph(sparql) and FACTS in set(store.named_graphs()):
        graphs = {"named_graphs": [g for g in store.named_graphs() if g != FACTS]}
        # FROM <urn:kg:facts> would make the counts the default graph: a FROM clause reads the data's
        # graphs only (the counts are no more there than a graph the store does not have)
        dataset = default_graph_iris(sparql)
        if dataset is not None:
            graphs["default_graph"] = [g for g in _from_iris(*dataset) if g != FACTS]
    if substitutions:
        from .sparqltext import with_values

        fast = with_values(sparql, {v.value: t for v, t in substitutions.items()})
        if fast is not None:
            try:
                return store.query(fast, prefixes=PREFIXES, substitutions=substitutions, **graphs)
            except (SyntaxError, ValueError, RuntimeError):
                pass
    return store.query(sparql, prefixes=PREFIXES, substitutions=substitutions or None, **graphs)


def _from_iris(prologue: str, written: list[str]) -> list[NamedNode]:
    """The IRIs of FROM clauses as the query writes them (``<x>``, ``p:x``), resolved by Oxigraph with the
    query's prologue (its BASE and PREFIXes) and kg's prefixes."""
    out = []
    for iri in written:
        try:
            out += [row[0] for row in Store().query(f"{prologue} SELECT ?g WHERE {{ BIND ({iri} AS ?g) }}",
                                                   prefixes=PREFIXES)]
        except (SyntaxError, ValueError, RuntimeError) as exc:
            raise UsageError(f"bad SPARQL: FROM {iri}: {_one_line(exc)}") from None
    return out


def run_named(build, name: str, /, **params: Any) -> QueryResult:
    """Run the named query ``name`` with its parameters given as keywords.

    Person parameters take an IRI, a profile slug or a name (see :func:`resolve_person`);
    int parameters an int or its digits. Unknown query, unknown person, missing or
    extra parameters raise UsageError. Parameter columns are not in the result.
    """
    query = named_query(name)
    return run_query(build, query, **params)


def run_query(build, query: NamedQuery, /, **params: Any) -> QueryResult:
    """Run a :class:`NamedQuery` (for instance one read with :func:`parse_query_file`)."""
    given = {k: v for k, v in params.items() if v is not None}
    known = {p.name for p in query.params}
    extra = sorted(set(params) - known)
    if extra:
        expected = ", ".join(p.name for p in query.params) or "none"
        raise UsageError(f"query {query.name!r} has no parameter {', '.join(map(repr, extra))} (parameters: {expected})")
    missing = [p.name for p in query.params if not p.optional and p.name not in given]
    if missing:
        raise UsageError(f"query {query.name!r} needs parameter {', '.join(map(repr, missing))}")
    values: dict[str, Any] = {}
    for p in query.params:
        if p.name in given:
            values[p.name] = _bind(build, p, given[p.name])
        elif p.default is not None:
            values[p.name] = _bind(build, p, p.default)
    variant = _variant(build, query, values)
    if variant is not None:
        query = variant
    if query.kept:
        from .facts import kept_answer

        found = kept_answer(_store_of(build), query.name)
        if found is not None:
            variables, terms, rows = found
            return QueryResult(variables, rows, terms=terms)
    if query.python:
        routine = _ROUTINES.get(query.python)
        if routine is None:
            raise UsageError(f"query {query.name!r} names an unknown routine {query.python!r}")
        return routine(build, query, **values)
    return _without_params(_run_ordered(build, query, values), known)


def _without_params(result: QueryResult, known: set) -> QueryResult:
    keep = [i for i, v in enumerate(result.variables) if v not in known]
    if len(keep) == len(result.variables):
        return result
    terms = [tuple(r[i] for i in keep) for r in result.terms] if result.terms is not None else None
    return QueryResult([result.variables[i] for i in keep], [tuple(r[i] for i in keep) for r in result.rows],
                       terms=terms, kind=result.kind)


_ORDER_BY = re.compile(r"\bORDER\s+BY((?:\s*(?:[?$]\w+|(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)))+)\s*\Z", re.I)
_ORDER_KEY = re.compile(r"(DESC)?\s*\(?\s*[?$](\w+)", re.I)
_XSD_STRING = _XSD + "string"


@lru_cache(maxsize=256)
def _unordered(sparql: str) -> tuple[str, tuple[tuple[str, bool], ...]] | None:
    """The query without the ORDER BY that ends it, and that clause's keys (variable, descending), when
    each key is a variable (``?v``, ``ASC(?v)``, ``DESC(?v)``) and nothing follows it; else None.

    >>> _unordered("SELECT ?a ?b WHERE { ?a <x:p> ?b } ORDER BY DESC(?b) ?a")
    ('SELECT ?a ?b WHERE { ?a <x:p> ?b } ', (('b', True), ('a', False)))
    """
    from .sparqltext import tokens

    last = None
    for kind, pos, value, depth in tokens(sparql):
        if kind == "word" and value == "ORDER" and depth == 0:
            last = pos
    m = _ORDER_BY.match(sparql, last) if last is not None else None
    if m is None:
        return None
    return sparql[:last], tuple((k.group(2), bool(k.group(1))) for k in _ORDER_KEY.finditer(m.group(1)))


def _run_ordered(build, query: NamedQuery, values: dict) -> QueryResult:
    """``run`` of a named query, its ORDER BY done in Python when it can be done exactly.

    Oxigraph's ORDER BY reads the terms it compares again at every comparison: on the build's store on
    disk, 300 ms for 3,726 titles at 1M triples, more than finding them. Sorted here instead when every
    key is a variable whose values in a column are unbound, IRIs, and either plain strings or
    integers (which SPARQL orders as Python does: unbound first, then IRIs, then literals, strings by
    code point, integers by value) and no two rows that differ have the same keys (so no order of ties
    is chosen); otherwise the query runs with its ORDER BY. ``tests/test_query.py`` compares both."""
    plain = _unordered(query.sparql)
    if plain is None:
        return run(build, query.sparql, values, facts=query.facts)
    text, keys = plain
    result = run(build, text, values, facts=query.facts)
    order = _python_order(result, keys) if result.kind == "select" else None
    if order is None:
        return run(build, query.sparql, values, facts=query.facts)
    return QueryResult(result.variables, [result.rows[n] for n in order], terms=[result.terms[n] for n in order],
                       kind=result.kind)


def _python_order(result: QueryResult, keys) -> list[int] | None:
    """The order of ``result``'s rows by ``keys`` (variable, descending), when Python's order of their
    columns is SPARQL's and no two rows that differ have the same keys (see :func:`_run_ordered`); else None."""
    if any(k not in result.variables for k, _desc in keys):
        return None
    columns = []
    for name, desc in keys:
        i = result.variables.index(name)
        column = _column_key([t[i] for t in result.terms])
        if column is None:
            return None
        columns.append((column, desc))
    order = list(range(len(result.terms)))
    for column, desc in reversed(columns):
        order.sort(key=column.__getitem__, reverse=desc)
    # rows with the same keys are next to each other now: a tie is two such rows that differ
    first, rest, terms = columns[0][0], [column for column, _desc in columns[1:]], result.terms
    for a, b in zip(order, order[1:]):
        if first[a] == first[b] and all(c[a] == c[b] for c in rest) and terms[a] != terms[b]:
            return None  # a tie: the order of its rows is Oxigraph's
    return order


def _column_key(terms: list) -> list | None:
    """Sort keys of one column's terms in SPARQL's order, or None when the column holds terms whose order
    is not Python's (blank nodes, literals other than plain strings and integers, or both of these)."""
    keys, kinds = [], set()
    for t in terms:
        if t is None:
            keys.append((0, ""))
        elif isinstance(t, NamedNode):
            keys.append((1, t.value))
        elif isinstance(t, Literal) and not t.language and t.datatype.value in (_XSD_STRING, _XSD + "integer"):
            kind = t.datatype.value
            kinds.add(kind)
            keys.append((2, t.value if kind == _XSD_STRING else int(t.value)))
        else:
            return None
    return keys if len(kinds) < 2 else None


def _variant(build, query: NamedQuery, values: dict) -> NamedQuery | None:
    """A faster form of the query for the parameters given, else None: ``variants/NAME.rq`` and
    ``variants/NAME.*.rq`` beside it each answer what the query answers for exactly the parameters
    their header declares (``venues`` with a person, or without), those with ``# facts: yes`` from
    the build's counts (:mod:`kg.facts`) when the store holds them. The query's own file stays the
    definition; the tests compare every variant's answers with it."""
    if query.path is None:
        return None
    for variant in _variants(query.path):
        if {p.name for p in variant.params} != set(values):
            continue
        if variant.facts:
            from .facts import has_facts

            if not has_facts(_store_of(build)):
                continue
        return variant
    return None


@cache
def _variants(path: Path) -> tuple[NamedQuery, ...]:
    folder = path.parent / "variants"
    return tuple(parse_query_file(p) for p in sorted({*folder.glob(path.name), *folder.glob(f"{path.stem}.*.rq")}))


def _bind(build, param: Param, value: Any):
    if param.kind == "person":
        return NamedNode(resolve_person(build, value))
    if param.kind == "work":
        return NamedNode(resolve_work(build, value))
    if param.kind == "int":
        if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()))):
            raise UsageError(f"parameter {param.name!r} must be an integer, not {value!r}")
        return Literal(str(int(value)), datatype=_XSD_INTEGER)
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise UsageError(f"parameter {param.name!r} must be a string, not {value!r}")
    return Literal(str(value))


# --- resolving people and works -------------------------------------------------------------------


def _looks_like_iri(value: str) -> bool:
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value)) and not re.search(r"[\s<>\"{}|\\^`]", value)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _labels(store: Store, cls: str, props: Iterable[str]) -> list[tuple[str, str]]:
    alts = " | ".join(f"<{_SCHEMA}{p}>" for p in props)
    q = f"SELECT ?s ?n WHERE {{ ?s a <{_SCHEMA}{cls}> OPTIONAL {{ ?s {alts} ?n }} }}"
    return [(sol["s"].value, sol["n"].value if sol["n"] is not None else "") for sol in store.query(q)
            if isinstance(sol["s"], NamedNode)]


def _resolve(build, value: Any, cls: str, props: tuple[str, ...], what: str, hint: str) -> str:
    if isinstance(value, NamedNode):
        value = value.value
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"unknown {what} {value!r}: {hint}")
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    store = _store_of(build)
    if _looks_like_iri(value):
        if _has_type(store, value, cls):
            return value  # the common case of a server's links: no need to list every label
        raise UsageError(f"unknown {what} {value!r}: no {cls} with that IRI in the graph")
    # only the subjects whose IRI contains the value can be it or end with it (a profile slug):
    # Oxigraph filters them, so a slug does not list every label (74 ms at 1M triples)
    q = f"SELECT DISTINCT ?s ?v WHERE {{ ?s a <{_SCHEMA}{cls}> FILTER (isIRI(?s) && CONTAINS(STR(?s), ?v)) }}"
    subjects = sorted(sol["s"].value for sol in store.query(q, substitutions={Variable("v"): Literal(value)}))
    if value in subjects:
        return value
    corpus = getattr(build, "corpus", None)
    if cls == "Person" and corpus is not None:
        node = corpus.person_by_slug(value)
        if node is not None:
            return node.iri
    tails = [s for s in subjects if s.rstrip("/").rsplit("/", 1)[-1].split("#")[0] == value]
    if len(tails) == 1:
        return tails[0]
    labels = _labels(store, cls, props)
    key = _fold(value)
    by_label = sorted({s for s, n in labels if n and _fold(n) == key})
    if len(by_label) == 1:
        return by_label[0]
    if len(by_label) > 1:
        shown = ", ".join(by_label[:5]) + (", ..." if len(by_label) > 5 else "")
        raise UsageError(f"ambiguous {what} {value!r}: {len(by_label)} match ({shown}); give an IRI")
    raise UsageError(f"unknown {what} {value!r}: {hint}")


def _has_type(store: Store, iri: str, cls: str) -> bool:
    try:
        node = NamedNode(iri)
    except ValueError:
        return False
    return holds(store, node, _RDF_TYPE, NamedNode(_SCHEMA + cls))


def holds(store: Store, s, p, o=None, graph=None) -> bool:
    """Whether ``store`` holds a statement of the pattern (``None``: any term; ``graph`` ``None``: in any graph).

    >>> from pyoxigraph import Quad
    >>> store = Store(); store.add(Quad(NamedNode("urn:a"), _RDF_TYPE, NamedNode("urn:C")))
    >>> holds(store, NamedNode("urn:a"), _RDF_TYPE), holds(store, None, _RDF_TYPE, NamedNode("urn:D"))
    (True, False)
    """
    return next(iter(store.quads_for_pattern(s, p, o, graph)), None) is not None


def resolve_person(build, value: Any) -> str:
    """The IRI of a person given as an IRI, a profile slug (``alice-archer``), an IRI's last segment, or a name."""
    return _resolve(build, value, "Person", ("name", "alternateName"), "person",
                    "give a person's IRI, a profile slug such as 'alice-archer', or their name")


def resolve_work(build, value: Any) -> str:
    """The IRI of a work given as an IRI, an IRI's last segment, or its exact title (case-insensitive)."""
    return _resolve(build, value, "ScholarlyArticle", ("name", "alternativeHeadline"), "work",
                    "give a work's IRI or its title")


# --- routines for queries SPARQL alone cannot answer ---------------------------------------------


def _collaboration_distance(build, query: NamedQuery, person: NamedNode, other: NamedNode,
                            max_distance: Literal) -> QueryResult:
    """Breadth-first search over the coauthor relation, one step query per visited person.

    Neighbours are visited in IRI order and the first path found is kept, so the
    path is deterministic: among shortest paths, the one whose hops have the
    smallest IRIs at each level of the search. ``via`` is the first shared work (by IRI).
    """
    limit = int(max_distance.value)
    if limit < 0:
        raise UsageError(f"max_distance must be 0 or more, not {limit}")
    store = _store_of(build)
    variables = ["distance", "hop", "person", "name", "via"]
    start, goal = person.value, other.value
    name_of = {start: _name(store, start)}
    parent: dict[str, tuple[str | None, str | None]] = {start: (None, None)}
    frontier = [start]
    found = start == goal
    distance = 0
    while not found and frontier and distance < limit:
        distance += 1
        nxt: list[str] = []
        for node in frontier:
            step = run(store, query.sparql, {"person": NamedNode(node)})
            for _p, coauthor, name, via in step.rows:
                if coauthor in parent:
                    continue
                parent[coauthor] = (node, via)
                name_of[coauthor] = name
                nxt.append(coauthor)
                if coauthor == goal:
                    found = True
                    break
            if found:
                break
        frontier = nxt
    if not found:
        return QueryResult(variables, [])
    path: list[tuple[str, str | None]] = []
    node: str | None = goal
    while node is not None:
        prev, via = parent[node]
        path.append((node, via))
        node = prev
    path.reverse()
    rows = [(distance, hop, iri, name_of.get(iri) or _name(store, iri), via) for hop, (iri, via) in enumerate(path)]
    return QueryResult(variables, rows)


def _name(store: Store, iri: str) -> str | None:
    # the IRI is bound, not pasted: ?s is substituted
    q = f"SELECT ?s (MIN(STR(?n)) AS ?name) WHERE {{ ?s <{_SCHEMA}name> ?n }} GROUP BY ?s"
    rows = list(store.query(q, substitutions={Variable("s"): NamedNode(iri)}))
    return rows[0]["name"].value if rows and rows[0]["name"] is not None else None


def _coauthor_network(build, query: NamedQuery) -> QueryResult:
    """The rows of ``coauthor-network.rq``, counted in Python from the (owner, work) statements.

    Oxigraph evaluates the query with one join row per (work, owner, owner) and looks the two
    names up again for every pair; the pairs grow with the square of the owners (75,275 at 1M
    triples in the synthetic corpus, where the SPARQL took minutes). Here each owner's works are
    read once, the pairs counted per work, and each owner's name read once. ``tests/test_query.py``
    checks the rows and terms against the query's SPARQL. (A build keeps these rows, and the shared
    works they come from, in its store: :func:`kg.facts.write_facts`.)
    """
    store = _store_of(build)
    owners = network_owners(store)
    return network_rows(store, owners, owners_of_works(store, owners))


def network_owners(store: Store) -> list:
    """The owners of coauthor-network: every ``schema:about`` of a page but a blank node (STR() of a
    blank node is an error in SPARQL, so a blank owner never passes the query's FILTER), by STR()."""
    from pyoxigraph import DefaultGraph

    from .facts import sources_of

    about = NamedNode(_SCHEMA + "about")
    sources = sources_of(store)
    return sorted({q.object for q in store.quads_for_pattern(None, about, None, DefaultGraph())
                   if q.subject in sources and not isinstance(q.object, BlankNode)}, key=lambda t: t.value)


def owners_of_works(store: Store, owners: list, works=None) -> dict:
    """The owners (a set of terms of ``owners``) of each ``schema:ScholarlyArticle`` that has one, or of
    ``works`` only (each with its set, empty for none)."""
    from pyoxigraph import DefaultGraph

    default = DefaultGraph()
    article = NamedNode(_SCHEMA + "ScholarlyArticle")
    if works is not None:
        author, members = NamedNode(_SCHEMA + "author"), set(owners)
        return {w: ({q.object for q in store.quads_for_pattern(w, author, None, default)} & members
                    if holds(store, w, _RDF_TYPE, article, default) else set()) for w in works}
    # the works are read once (one scan; asking each work its type cost 20 us a work on the store on disk)
    articles = {q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, article, default)}
    # each owner's works by SPARQL projecting the work alone: the store decodes one term a row, where a
    # quad pattern decodes three (0.75 s against 1.0 for the 72k statements at 1M triples)
    found: dict = {}
    for owner in owners:
        for work in works_of(store, owner):
            if work in articles:
                found.setdefault(work, set()).add(owner)
    return found


def network_rows(store: Store, owners: list, shared: dict, names: dict | None = None) -> QueryResult:
    """coauthor-network's rows from ``shared`` (work -> its owners, terms of ``owners``, which are in the
    order of their STR()), with the owners' ``names`` (:func:`network_names`) when the caller has them."""
    values = [t.value for t in owners]
    index = {t: i for i, t in enumerate(owners)}
    # owners by index, in the order of their STR(): a pair (i, j) of a work is counted once, i < j
    counts: dict = {}
    for group in shared.values():
        if len(group) < 2:
            continue
        ranked = sorted(index[t] for t in group)
        for k, i in enumerate(ranked):
            for j in ranked[k + 1:]:
                if values[i] < values[j]:
                    counts[i, j] = counts.get((i, j), 0) + 1
    involved = {i for pair in counts for i in pair}
    if names is None:
        names = network_names(store, [owners[i] for i in involved])
    names = {i: names[owners[i]] for i in involved}
    # ORDER BY DESC(?works) ?aName ?bName ?a ?b, each owner's name and IRI ranked once
    name_rank = _ranks({i: _order(n) for i, n in names.items()})
    iri_rank = _ranks({i: _order(owners[i]) for i in names})
    m = len(owners) + 1
    keyed = sorted(((((-n * m + name_rank[i]) * m + name_rank[j]) * m + iri_rank[i]) * m + iri_rank[j], i, j, n)
                   for (i, j), n in counts.items())
    integers: dict = {}
    python = {i: (to_python(owners[i]), to_python(names[i])) for i in names}
    terms, rows = [], []
    for _key, i, j, n in keyed:
        count = integers.get(n)
        if count is None:
            count = integers[n] = Literal(str(n), datatype=_XSD_INTEGER)
        terms.append((owners[i], names[i], owners[j], names[j], count))
        rows.append((*python[i], *python[j], n))
    return QueryResult(["a", "aName", "b", "bName", "works"], rows, terms=terms)


_WORKS_OF = f"SELECT ?work WHERE {{ ?work <{_SCHEMA}author> ?a }}"


def network_names(store: Store, owners) -> dict:
    """Each owner's name as coauthor-network gives it (MIN(STR(?name)): a plain literal, or None)."""
    from pyoxigraph import DefaultGraph

    default, name = DefaultGraph(), NamedNode(_SCHEMA + "name")
    names = {}
    for owner in owners:
        found = [q.object.value for q in store.quads_for_pattern(owner, name, None, default)]
        names[owner] = Literal(min(found)) if found else None
    return names


def works_of(store: Store, owner) -> set:
    """The works whose ``schema:author`` is ``owner``."""
    from .sparqltext import with_values

    return {work for (work,) in store.query(with_values(_WORKS_OF, {"a": owner}))}


def _ranks(keys: dict) -> dict:
    """Each key's rank among the distinct values of ``keys`` (equal values, equal ranks)."""
    rank = {v: r for r, v in enumerate(sorted(set(keys.values())))}
    return {k: rank[v] for k, v in keys.items()}


def _min_str(store: Store, node, pred: NamedNode):
    """MIN(STR(?v)) of the node's ``pred`` values in the merged graph (None: no value); raises _NoStr
    when a value has no STR() (a blank node: an error in SPARQL, left to the query itself)."""
    from pyoxigraph import DefaultGraph

    values = [q.object for q in store.quads_for_pattern(node, pred, None, DefaultGraph())]
    if any(isinstance(v, (BlankNode, Triple)) for v in values):
        raise _NoStr
    return Literal(min(v.value for v in values)) if values else None


class _NoStr(Exception):
    pass


def _people_on_several_pages(build, query: NamedQuery) -> QueryResult:
    """The rows of ``people-without-identifiers-on-several-pages.rq``, from index lookups.

    Oxigraph's plan for the query grew faster than the data (315 ms at 100k triples, 8.1 s at 1M):
    here each statement the query reads is read once (every person's pages from the merged graph's
    provenance and from each page's graph), then the tests run once per person on several pages.
    ``tests/test_query.py`` checks the rows and terms against the query's SPARQL on random stores.
    """
    from pyoxigraph import DefaultGraph

    from .facts import pages_of, sources_of

    store = _store_of(build)
    default = DefaultGraph()
    same_as, identifier = NamedNode(_SCHEMA + "sameAs"), NamedNode(_SCHEMA + "identifier")
    about, name = NamedNode(_SCHEMA + "about"), NamedNode(_SCHEMA + "name")

    person_class = NamedNode(_SCHEMA + "Person")
    sources = sources_of(store)
    integers: dict = {}
    terms = []
    try:
        for person in {q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, person_class, default)}:
            seen = pages_of(store, person, person_class, sources)
            if len(seen) < 2 or holds(store, person, same_as, None, default) \
                    or holds(store, person, identifier, None, default):
                continue
            owner = any(q.subject in sources for q in store.quads_for_pattern(None, about, person, default))
            n = len(seen)
            terms.append((person, _min_str(store, person, name), _XSD_TRUE if owner else _XSD_FALSE,
                          integers.setdefault(n, Literal(str(n), datatype=_XSD_INTEGER))))
    except _NoStr:
        return run(build, query.sparql, {})
    terms.sort(key=lambda t: (-int(t[3].value), _order(t[1]), _order(t[0])))
    return QueryResult(["person", "name", "owner", "pages"], [tuple(map(to_python, t)) for t in terms], terms=terms)


def _order(term):
    """SPARQL's ORDER BY of one term, as Oxigraph sorts: unbound, then blank nodes, IRIs, literals (by text)."""
    if term is None:
        return (0, "")
    return (1 if isinstance(term, BlankNode) else 2 if isinstance(term, NamedNode) else 3, term.value)


def _works_matching(build, query: NamedQuery, text: Literal) -> QueryResult:
    """``works-matching.rq`` on the titles the build kept (:func:`kg.facts.matching_titles`: every title
    lower-cased once, tested here; 0.6-1.0 s at 1M triples when Oxigraph read every title, 150-190 ms
    reading only the works of the title words the text falls on), its ORDER BY done in Python. The
    query's own file runs on a store that kept no titles, or when SPARQL orders the rows found otherwise
    than Python (see :func:`_run_ordered`). ``tests/test_facts.py`` compares the answers with it."""
    from .facts import matching_titles

    store = _store_of(build)
    own = parse_query_file(query.path.parent.parent / f"{query.path.stem}.rq")
    lower = next(iter(store.query("SELECT ?text (LCASE(STR(?text)) AS ?lower) WHERE {}",
                                  substitutions={Variable("text"): text})))["lower"]
    kept = matching_titles(store, lower.value) if lower is not None else None
    if kept is not None:
        found, ordered = kept
        result = QueryResult(["work", "title", "year"], [], terms=found)
        order = range(len(found)) if ordered else _python_order(result, _unordered(own.sparql)[1])
        if order is not None:
            terms = [found[n] for n in order]
            return QueryResult(result.variables, [tuple(map(to_python, t)) for t in terms], terms=terms)
    return _without_params(_run_ordered(build, own, {"text": text}), {"text"})


_ROUTINES = {"collaboration_distance": _collaboration_distance, "coauthor_network": _coauthor_network,
             "people_on_several_pages": _people_on_several_pages, "works_matching": _works_matching}


# --- one function per named query -----------------------------------------------------------------
# Each takes a Build (or a Store) and returns a QueryResult; ``tests/test_query.py``
# checks there is one for every .rq file.


def publications_by_year(build, person: str) -> QueryResult:
    """Works of ``person``, newest first: ``year``, ``work``, ``title``."""
    return run_named(build, "publications-by-year", person=person)


def coauthors(build, person: str) -> QueryResult:
    """Coauthors of ``person``: ``coauthor``, ``name``, ``works`` (shared works), most frequent first."""
    return run_named(build, "coauthors", person=person)


def venues(build, person: str | None = None) -> QueryResult:
    """Venues with work counts, of everyone or of ``person``: ``venue``, ``name``, ``type``, ``works``."""
    return run_named(build, "venues", person=person)


def mentees(build, person: str | None = None) -> QueryResult:
    """Who mentored whom (of everyone or of mentor ``person``): ``mentor``, ``mentorName``, ``mentee``, ``menteeName``."""
    return run_named(build, "mentees", person=person)


def awards(build, person: str) -> QueryResult:
    """Awards of ``person``: ``award``, ``name``, ``year``, newest first."""
    return run_named(build, "awards", person=person)


def first_author_papers(build, person: str) -> QueryResult:
    """Works where ``person`` is first or co-first author: ``work``, ``title``, ``year``, ``rank``, ``equalContribution``."""
    return run_named(build, "first-author-papers", person=person)


def collaboration(build, person: str, other: str) -> QueryResult:
    """Works ``person`` and ``other`` wrote together: ``work``, ``title``, ``year``."""
    return run_named(build, "collaboration", person=person, other=other)


def people_without_identifiers(build) -> QueryResult:
    """People without ``schema:sameAs`` or ``schema:identifier``: ``person``, ``name``, ``owner``, ``pages``."""
    return run_named(build, "people-without-identifiers")


def coauthor_network(build) -> QueryResult:
    """Pairs of profile owners sharing works: ``a``, ``aName``, ``b``, ``bName``, ``works``."""
    return run_named(build, "coauthor-network")


def shared_coauthors(build, person: str, other: str) -> QueryResult:
    """Coauthors of both people: ``coauthor``, ``name``, ``withPerson``, ``withOther``."""
    return run_named(build, "shared-coauthors", person=person, other=other)


def collaboration_distance(build, person: str, other: str, max_distance: int | None = None) -> QueryResult:
    """A shortest coauthor path from ``person`` to ``other`` of at most ``max_distance`` (default 6) steps.

    One row per hop: ``distance``, ``hop`` (0 = ``person``), ``person``, ``name``, ``via``
    (a work linking the hop to the previous one); no rows when there is no such path.
    """
    return run_named(build, "collaboration-distance", person=person, other=other, max_distance=max_distance)


def mentoring_across_pages(build) -> QueryResult:
    """Every mentoring statement with its page: ``mentor``, ``mentorName``, ``mentee``, ``menteeName``, ``source``,
    ``statedAs`` (``student``: the mentor's student list; ``advisor``: the mentee's advisor line)."""
    return run_named(build, "mentoring-across-pages")


def works_on_several_pages(build) -> QueryResult:
    """Works listed on more than one page: ``work``, ``title``, ``pages``."""
    return run_named(build, "works-on-several-pages")


def people_without_identifiers_on_several_pages(build) -> QueryResult:
    """People on several pages with no identifier: ``person``, ``name``, ``owner``, ``pages``."""
    return run_named(build, "people-without-identifiers-on-several-pages")


def works_matching(build, text: str) -> QueryResult:
    """Works whose title contains ``text`` (case-insensitive): ``work``, ``title``, ``year``."""
    return run_named(build, "works-matching", text=text)


def sources(build) -> QueryResult:
    """The source pages: ``source``, ``owner``, ``name``, ``file``, ``format``, ``triples`` (in its named graph)."""
    return run_named(build, "sources")
