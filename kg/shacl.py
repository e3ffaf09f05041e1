"""SHACL on Oxigraph: the shapes compiled into SPARQL that checks every focus node at once.

pyshacl, the reference engine (kept as the tests' oracle), needs its own rdflib copy of the
graph and walks the focus nodes one by one in Python: two thirds of a build's time. This module
reads the shapes once and compiles each constraint component they use into one SPARQL query over
all focus nodes (``sh:pattern`` and ``sh:minLength`` are a query plus Python's own ``re``/``len``,
as pyshacl does), run on a pyoxigraph Store. A shape that uses a component the compiler does not
know is a :class:`ShapeError`, never skipped.

The results are pyshacl's: same focus nodes, paths, source shapes, severities and messages
(``tests/test_shacl.py`` compares the two on every shapes fixture and on generated graphs).
Two things make that hold on Oxigraph:

- A Store rewrites typed literals to their value (``"2"^^xsd:positiveInteger`` becomes
  ``"2"^^xsd:integer``, ``"01"`` becomes ``"1"``), so ``sh:datatype`` would fail and a SPARQL join
  on a rank would match an ``xsd:integer`` 2 with an ``xsd:positiveInteger`` 2, which rdflib keeps
  apart. Typed literals are therefore stored under an opaque datatype that keeps their identity,
  with the lexical form rdflib normalizes them to, and a separate datatype for the ill-typed ones
  (rdflib's ``ill_typed``), which ``sh:datatype`` rejects.
- Literals in the shapes (``sh:hasValue``, ``sh:in``) go through the same encoding.

>>> v = Validator.from_files(shape_files())                 # doctest: +SKIP
>>> findings = v.run(v.store_of(triples))                   # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote

import pyoxigraph as ox

from .errors import KgError
from .vocab import PREFIXES, RDF, RDF_LANGSTRING, RDF_TYPE, RDFS, XSD, XSD_STRING

SH = "http://www.w3.org/ns/shacl#"

_ENC = "urn:kg:shacl:datatype:"
_ILL = "urn:kg:shacl:ill-typed:"


class ShapeError(KgError):
    """The shapes use something the compiler does not know (a component, a path form, a target)."""


# --- literal identity ---------------------------------------------------------------------------

_INTEGER_TYPES = {
    XSD + "integer": lambda n: True,
    XSD + "positiveInteger": lambda n: n > 0,
    XSD + "nonNegativeInteger": lambda n: n >= 0,
}
_CANONICAL_INT = re.compile(r"0|-?[1-9][0-9]{0,17}")
_CANONICAL_DATE = re.compile(r"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}")
_enc_cache: dict = {}


def _normalize(lexical: str, datatype: str) -> tuple[str, bool]:
    """(lexical form, ill-typed) of a typed literal as rdflib (and so pyshacl) sees it.

    Fast paths for the forms kg's mapping emits; anything else asks rdflib itself.
    """
    check = _INTEGER_TYPES.get(datatype)
    if check is not None and _CANONICAL_INT.fullmatch(lexical):
        return lexical, not check(int(lexical))
    if datatype == XSD + "boolean" and lexical in ("true", "false"):
        return lexical, False
    if datatype in (XSD + "gYear", XSD + "gYearMonth"):
        return lexical, False  # rdflib neither normalizes nor checks these
    if datatype == XSD + "date" and _CANONICAL_DATE.fullmatch(lexical):
        import datetime

        try:
            datetime.date.fromisoformat(lexical)
            return lexical, False
        except ValueError:
            pass
    return _rdflib_normalize(lexical, datatype)


def _rdflib_normalize(lexical: str, datatype: str) -> tuple[str, bool]:
    import logging
    import warnings

    import rdflib

    log = logging.getLogger("rdflib.term")
    level, log.level = log.level, logging.CRITICAL  # rdflib logs a traceback for each ill-typed literal
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            lit = rdflib.Literal(lexical, datatype=rdflib.URIRef(datatype))
    finally:
        log.level = level
    return str(lit), lit.ill_typed is True or not _value_fits(lit, datatype)


def _value_fits(lit, datatype: str) -> bool:
    """pyshacl's check of the Python value behind a literal of a datatype it knows."""
    import datetime
    from decimal import Decimal

    kinds = {"integer": int, "float": float, "decimal": Decimal, "boolean": bool, "date": datetime.date,
             "time": datetime.time, "dateTime": datetime.datetime}
    local = datatype[len(XSD):] if datatype.startswith(XSD) else None
    kind = kinds.get(local) if local else None
    return True if kind is None else isinstance(lit.value, kind)


def encode_literal(lit: ox.Literal) -> ox.Literal:
    """The term a literal is stored as for validation (identity kept; see the module docstring)."""
    if lit.language:
        return lit
    dt = lit.datatype.value
    if dt == XSD_STRING:
        return lit
    got = _enc_cache.get(lit)
    if got is None:
        lexical, ill = _normalize(lit.value, dt)
        got = _enc_cache[lit] = ox.Literal(lexical, datatype=ox.NamedNode((_ILL if ill else _ENC) + quote(dt, safe="")))
    return got


def encode(term):
    return encode_literal(term) if isinstance(term, ox.Literal) else term


def term_text(term) -> str:
    """``str()`` of the term as pyshacl reports it: an IRI, a blank node id or a lexical form."""
    return term.value


def store_of(statements: Iterable) -> ox.Store:
    """A Store holding the triples or default-graph quads (literals encoded) in its default graph."""
    store = ox.Store()
    # one quad at a time: about the CPU of bulk_extend, without its transient (at 1M triples the bulk
    # loader held 230 MiB more than the store it filled, and that set the peak memory of `kg build`)
    add = store.add
    for q in _encoded(statements):
        add(q)
    return store


def _encoded(statements: Iterable):
    lit, quad, enc = ox.Literal, ox.Quad, encode_literal
    for x in statements:
        o = x.object
        if type(o) is lit:
            e = enc(o)
            if e is not o:
                yield quad(x.subject, x.predicate, e)
                continue
        yield x if type(x) is quad else quad(x.subject, x.predicate, o)


# --- paths --------------------------------------------------------------------------------------

# a path is ("iri", IRI) | ("inv", path) | ("alt", (path, ...)) | ("seq", (path, ...))


def path_sparql(path: tuple) -> str:
    kind, arg = path
    if kind == "iri":
        return f"<{arg}>"
    if kind == "inv":
        return f"^({path_sparql(arg)})"
    sep = "|" if kind == "alt" else "/"
    return "(" + sep.join(path_sparql(p) for p in arg) + ")"


def path_text(path: tuple | None, curie: Callable[[str], str]) -> str:
    """The path as kg prints it (the way pyshacl's report path reads with the graph's prefixes)."""
    if path is None:
        return ""
    kind, arg = path
    if kind == "iri":
        return curie(arg)
    if kind == "inv":
        return "^" + path_text(arg, curie)
    return ("|" if kind == "alt" else "/").join(path_text(p, curie) for p in arg)


def curie_with(prefixes: dict[str, str]) -> Callable[[str], str]:
    """``prefix:local`` when a namespace of ``prefixes`` ends where the IRI's last ``#`` or ``/`` is."""
    by_ns = {ns: p for p, ns in sorted(prefixes.items(), reverse=True)}

    def curie(value: str) -> str:
        cut = max(value.rfind("#"), value.rfind("/")) + 1
        ns, local = value[:cut], value[cut:]
        if ns in by_ns and re.fullmatch(r"[A-Za-z_][\w.-]*", local):
            return f"{by_ns[ns]}:{local}"
        return f"<{value}>"

    return curie


# --- findings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One validation result: what pyshacl's report says, with every message it gives."""

    focus: str
    path: tuple | None
    shape: str
    severity: str
    messages: tuple[str, ...]
    primary: str  # the one message kg prints: a SPARQL constraint's own, else the shape's
    iri_focus: bool = field(default=True, compare=False)  # False: a literal or blank node (kg.validate)

    def key(self) -> tuple:
        return (self.focus, self.path, self.shape, self.severity, self.messages)


@dataclass
class _Check:
    query: str
    shape: str
    severity: str
    messages: tuple[str, ...]
    path: tuple | None
    value_test: Callable | None = None  # Python check on ?v (True = conforms)
    sparql_messages: tuple[str, ...] = ()  # a SHACL-SPARQL constraint's templates


# --- the shapes graph ---------------------------------------------------------------------------


class _Graph:
    """The shapes as subject -> predicate -> [objects], read with pyoxigraph."""

    def __init__(self, triples: Iterable):
        self.out: dict = {}
        for t in triples:
            self.out.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)

    def objects(self, s, p: str) -> list:
        return self.out.get(s, {}).get(p, [])

    def value(self, s, p: str):
        objs = self.objects(s, p)
        if len(objs) > 1:
            raise ShapeError(f"{_name(s)} has {len(objs)} values of {p}; the compiler expects one")
        return objs[0] if objs else None

    def items(self, head) -> list:
        out = []
        while head is not None and not (isinstance(head, ox.NamedNode) and head.value == RDF + "nil"):
            out.append(self.value(head, RDF + "first"))
            head = self.value(head, RDF + "rest")
        return out


def _name(node) -> str:
    return node.value if isinstance(node, ox.NamedNode) else f"_:{node.value}"


def _sparql_term(term) -> str:
    if isinstance(term, ox.BlankNode):
        raise ShapeError(f"a blank node ({_name(term)}) as a constant value in a shape is not supported")
    return str(encode(term))


TARGETS = {SH + "targetClass", SH + "targetObjectsOf", SH + "targetSubjectsOf", SH + "targetNode"}
ANNOTATIONS = {SH + "message", SH + "severity", SH + "name", SH + "description", SH + "order", SH + "group",
               SH + "deactivated", SH + "declare", SH + "prefixes"}
PER_VALUE = {SH + "datatype", SH + "nodeKind", SH + "class", SH + "in", SH + "or", SH + "xone", SH + "minLength",
             SH + "pattern", SH + "flags"}
PER_FOCUS = {SH + "minCount", SH + "maxCount", SH + "hasValue", SH + "qualifiedValueShape",
             SH + "qualifiedMinCount", SH + "qualifiedMaxCount", SH + "qualifiedValueShapesDisjoint"}
STRUCTURE = {SH + "path", SH + "property", SH + "sparql"}
KNOWN = TARGETS | ANNOTATIONS | PER_VALUE | PER_FOCUS | STRUCTURE
NODE_KINDS = {
    "IRI": "isIRI({x})", "BlankNode": "isBlank({x})", "Literal": "isLiteral({x})",
    "BlankNodeOrIRI": "(isBlank({x}) || isIRI({x}))", "BlankNodeOrLiteral": "(isBlank({x}) || isLiteral({x}))",
    "IRIOrLiteral": "(isIRI({x}) || isLiteral({x}))",
}


class Validator:
    """The compiled shapes: one SPARQL query per constraint component of each shape."""

    def __init__(self, shape_triples: Iterable, prefixes: dict[str, str] | None = None):
        self.g = _Graph(shape_triples)
        self.prefixes = {"sh": SH, **(prefixes or {})}
        self.checks: list[_Check] = []
        self._fresh = 0
        self._compile()

    @classmethod
    def from_files(cls, files: Iterable[Path]) -> "Validator":
        triples, prefixes = [], {}
        for f in files:
            parser = ox.parse(path=str(f), format=ox.RdfFormat.TURTLE)
            triples.extend(parser)
            prefixes.update(parser.prefixes)
        return cls(triples, prefixes)

    store_of = staticmethod(store_of)

    # -- compile -------------------------------------------------------------------------------

    def _var(self) -> str:
        self._fresh += 1
        return f"?_v{self._fresh}"

    def _compile(self) -> None:
        g = self.g
        shapes = [s for s, preds in g.out.items() if TARGETS & preds.keys()]
        for s in sorted(shapes, key=_name):
            if g.value(s, SH + "path") is not None:
                raise ShapeError(f"{_name(s)}: targets on a property shape are not supported")
            if self._deactivated(s):
                continue
            key = _name(s)
            focus = self._focus(s)
            self._check_known(s)
            self._node_shape(s, key, focus)
            for prop in g.objects(s, SH + "property"):
                if self._deactivated(prop):
                    continue
                path = self._path(g.value(prop, SH + "path"))
                self._check_known(prop)
                if g.objects(prop, SH + "property") or g.objects(prop, SH + "sparql"):
                    raise ShapeError(f"{key}: nested sh:property or sh:sparql in a property shape is not supported")
                self._property_shape(prop, f"{key} > {path_text(path, curie_with(PREFIXES))}", path, focus)

    def _deactivated(self, s) -> bool:
        d = self.g.value(s, SH + "deactivated")
        return d is not None and d.value == "true"

    def _check_known(self, s) -> None:
        for p in self.g.out.get(s, {}):
            if p.startswith(SH) and p not in KNOWN:
                raise ShapeError(f"{_name(s)} uses {p.replace(SH, 'sh:')}, which kg's SHACL compiler does not know")
            if p == RDF_TYPE:
                for c in self.g.objects(s, p):
                    if c.value == RDFS + "Class":
                        raise ShapeError(f"{_name(s)}: implicit class targets are not supported")

    def _severity(self, s) -> str:
        sev = self.g.value(s, SH + "severity")
        return sev.value.rsplit("#", 1)[-1] if sev is not None else "Violation"

    def _messages(self, s) -> tuple[str, ...]:
        return tuple(sorted(m.value for m in self.g.objects(s, SH + "message")))

    def _need_messages(self, s, key: str) -> tuple[str, ...]:
        msgs = self._messages(s)
        if not msgs:
            raise ShapeError(f"{key}: a shape with cardinality or value constraints needs an sh:message")
        return msgs

    def _messages_for(self, s, component: str, key: str) -> tuple[str, ...]:
        """The shape's messages, else pyshacl's generic message for the components that have a short one."""
        msgs = self._messages(s)
        if msgs:
            return msgs
        arg = self.g.value(s, component)
        curie = curie_with(self.prefixes)
        if component == SH + "nodeKind":
            return (f"Value is not of Node Kind {curie(arg.value)}",)
        if component == SH + "datatype":
            return (f"Value is not Literal with datatype {curie(arg.value)}",)
        if component == SH + "class" and len(self.g.objects(s, component)) == 1:
            return (f"Value does not have class {curie(arg.value)}",)
        raise ShapeError(f"{key}: {component.replace(SH, 'sh:')} without an sh:message (give the shape one)")

    def _path(self, node) -> tuple:
        g = self.g
        if node is None:
            raise ShapeError("a property shape without sh:path")
        if isinstance(node, ox.NamedNode):
            if node.value == RDF + "nil":
                raise ShapeError("an empty sequence path")
            return ("iri", node.value)
        if isinstance(node, ox.Literal):
            raise ShapeError(f"a literal as a path: {node}")
        inv = g.value(node, SH + "inversePath")
        if inv is not None:
            return ("inv", self._path(inv))
        alt = g.value(node, SH + "alternativePath")
        if alt is not None:
            return ("alt", tuple(self._path(p) for p in g.items(alt)))
        if g.value(node, RDF + "first") is not None:
            return ("seq", tuple(self._path(p) for p in g.items(node)))
        preds = ", ".join(sorted(p.replace(SH, "sh:") for p in g.out.get(node, {})))
        raise ShapeError(f"a path form kg's SHACL compiler does not know ({preds})")

    def _focus(self, s) -> str:
        g = self.g
        parts = []
        for c in g.objects(s, SH + "targetClass"):
            parts.append(f"{{ ?this <{RDF_TYPE}>/<{RDFS}subClassOf>* {_sparql_term(c)} }}")
        for p in g.objects(s, SH + "targetObjectsOf"):
            parts.append(f"{{ ?_ts {_sparql_term(p)} ?this }}")
        for p in g.objects(s, SH + "targetSubjectsOf"):
            parts.append(f"{{ ?this {_sparql_term(p)} ?_to }}")
        for n in g.objects(s, SH + "targetNode"):
            parts.append(f"{{ VALUES ?this {{ {_sparql_term(n)} }} }}")
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " } }"

    def _value_constraints(self, s, key: str) -> list[tuple[str | None, Callable | None, str]]:
        """(SPARQL condition on {x}, or a Python test, component) per per-value component of shape ``s``."""
        g = self.g
        out: list[tuple[str | None, Callable | None, str]] = []
        for p in sorted(PER_VALUE & g.out.get(s, {}).keys()):
            if p == SH + "flags":
                continue
            if p == SH + "pattern":
                out.append((None, self._pattern_test(s), p))
            elif p == SH + "minLength":
                n = int(g.value(s, p).value)
                out.append((None, lambda v, n=n: n == 0 or (not isinstance(v, ox.BlankNode) and len(v.value) >= n), p))
            else:
                out.append((self._expr(s, p, "{x}", key), None, p))
        return out

    def _pattern_test(self, s) -> Callable:
        flags = self.g.value(s, SH + "flags")
        re_flags = 0
        if flags is not None:
            re_flags |= re.I if "i" in flags.value.lower() else 0
            re_flags |= re.M if "m" in flags.value.lower() else 0
        matchers = [re.compile(p.value, re_flags) for p in self.g.objects(s, SH + "pattern")]
        # pyshacl anchors with re.match, not re.search
        return lambda v: not isinstance(v, ox.BlankNode) and all(m.match(v.value) for m in matchers)

    def _expr(self, s, p: str, x: str, key: str) -> str:
        """A per-value component of shape ``s`` as a SPARQL condition on the term ``x``."""
        g = self.g
        arg = g.value(s, p)
        if p == SH + "datatype":
            dt = arg.value
            if dt == XSD_STRING:
                return f"(isLiteral({x}) && lang({x}) = \"\" && datatype({x}) = <{XSD_STRING}>)"
            if dt == RDF_LANGSTRING:
                return f"(isLiteral({x}) && lang({x}) != \"\")"
            if dt in (RDFS + "Literal", RDFS + "Datatype"):
                raise ShapeError(f"{key}: sh:datatype {dt} is not supported")
            return f"(isLiteral({x}) && sameTerm(datatype({x}), <{_ENC}{quote(dt, safe='')}>))"
        if p == SH + "nodeKind":
            kind = arg.value.removeprefix(SH)
            if kind not in NODE_KINDS:
                raise ShapeError(f"{key}: unknown sh:nodeKind {arg.value}")
            return NODE_KINDS[kind].format(x=x)
        if p == SH + "class":
            return f"EXISTS {{ {x} <{RDF_TYPE}>/<{RDFS}subClassOf>* {_sparql_term(arg)} }}"
        if p == SH + "in":
            terms = [_sparql_term(t) for t in g.items(arg)]
            return "(" + " || ".join(f"sameTerm({x}, {t})" for t in terms) + ")" if terms else "false"
        if p == SH + "or":
            members = [self._conforms(m, x, key) for m in g.items(arg)]
            return "(" + " || ".join(members) + ")" if members else "false"
        if p == SH + "xone":
            members = [f"IF({self._conforms(m, x, key)}, 1, 0)" for m in g.items(arg)]
            return "((" + " + ".join(members) + ") = 1)" if members else "false"
        if p == SH + "minLength":
            n = int(arg.value)
            return f"({n} = 0 || (!isBlank({x}) && STRLEN(STR({x})) >= {n}))"
        raise ShapeError(f"{key}: {p.replace(SH, 'sh:')} cannot be used inside sh:or/sh:xone/sh:qualifiedValueShape")

    def _conforms(self, m, x: str, key: str) -> str:
        """Does term ``x`` conform to shape ``m`` (a member of sh:or / sh:xone / a qualified value shape)?"""
        g = self.g
        self._check_known(m)
        preds = g.out.get(m, {}).keys()
        if TARGETS & preds or SH + "property" in preds or SH + "sparql" in preds:
            raise ShapeError(f"{key}: member shapes with targets, sh:property or sh:sparql are not supported")
        if self._deactivated(m):
            return "true"
        conds = []
        path_node = g.value(m, SH + "path")
        if path_node is None:
            for p in sorted(PER_VALUE & preds):
                conds.append(self._expr(m, p, x, key))
            if PER_FOCUS & preds:
                if SH + "hasValue" in preds and len(PER_FOCUS & preds) == 1:
                    conds.append(f"sameTerm({x}, {_sparql_term(g.value(m, SH + 'hasValue'))})")
                else:
                    raise ShapeError(f"{key}: cardinality constraints on a member node shape are not supported")
        else:
            path = path_sparql(self._path(path_node))
            y = self._var()
            for p in sorted(PER_VALUE & preds):
                conds.append(f"NOT EXISTS {{ {x} {path} {y} FILTER(!({self._expr(m, p, y, key)})) }}")
            for p in sorted(PER_FOCUS & preds):
                arg = g.value(m, p)
                if p == SH + "minCount" and int(arg.value) <= 1:
                    conds.append(f"EXISTS {{ {x} {path} {y} }}" if int(arg.value) == 1 else "true")
                elif p == SH + "maxCount" and int(arg.value) == 0:
                    conds.append(f"NOT EXISTS {{ {x} {path} {y} }}")
                elif p == SH + "hasValue":
                    conds.append(f"EXISTS {{ {x} {path} {y} FILTER(sameTerm({y}, {_sparql_term(arg)})) }}")
                else:
                    raise ShapeError(f"{key}: {p.replace(SH, 'sh:')} {arg.value} inside a member shape "
                                     f"is not supported")
        return "(" + " && ".join(conds) + ")" if conds else "true"

    def _node_shape(self, s, key: str, focus: str) -> None:
        g = self.g
        preds = g.out.get(s, {}).keys()
        if PER_FOCUS & preds:
            raise ShapeError(f"{key}: cardinality constraints on a node shape are not supported")
        sev = self._severity(s)
        constraints = self._value_constraints(s, key)
        if constraints:
            for cond, test, component in constraints:
                msgs = self._messages_for(s, component, key)
                if cond is not None:
                    q = f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER(!({cond.replace('{x}', '?this')})) }}"
                    self.checks.append(_Check(q, key, sev, msgs, None))
                else:
                    q = f"SELECT DISTINCT ?this (?this AS ?v) WHERE {{ {focus} }}"
                    self.checks.append(_Check(q, key, sev, msgs, None, test))
        for c in g.objects(s, SH + "sparql"):
            self._sparql_constraint(s, c, key, focus, sev)

    def _property_shape(self, s, key: str, path: tuple, focus: str) -> None:
        g = self.g
        preds = g.out.get(s, {}).keys()
        sev = self._severity(s)
        ps = path_sparql(path)
        checks = []
        for cond, test, component in self._value_constraints(s, key):
            msgs = self._messages_for(s, component, key)
            if cond is not None:
                self.checks.append(_Check(f"SELECT DISTINCT ?this WHERE {{ {focus} ?this {ps} ?v . "
                                          f"FILTER(!({cond.replace('{x}', '?v')})) }}", key, sev, msgs, path))
            else:
                self.checks.append(_Check(f"SELECT DISTINCT ?this ?v WHERE {{ {focus} ?this {ps} ?v . }}",
                                          key, sev, msgs, path, test))
        if SH + "minCount" in preds:
            n = int(g.value(s, SH + "minCount").value)
            if n == 1:
                checks.append((f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {ps} ?v }} }}", None))
            elif n > 1:
                checks.append((f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {ps} ?v }} }} "
                               f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {n})", None))
        if SH + "maxCount" in preds:
            n = int(g.value(s, SH + "maxCount").value)
            checks.append((f"SELECT ?this WHERE {{ {focus} ?this {ps} ?v . }} "
                           f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {n})", None))
        for value in g.objects(s, SH + "hasValue"):
            checks.append((f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {ps} ?v . "
                           f"FILTER(sameTerm(?v, {_sparql_term(value)})) }} }}", None))
        qvs = g.value(s, SH + "qualifiedValueShape")
        if qvs is not None:
            disjoint = g.value(s, SH + "qualifiedValueShapesDisjoint")
            if disjoint is not None and disjoint.value == "true":
                raise ShapeError(f"{key}: sh:qualifiedValueShapesDisjoint is not supported")
            cond = self._conforms(qvs, "?v", key)
            for p, op in ((SH + "qualifiedMinCount", "<"), (SH + "qualifiedMaxCount", ">")):
                bound = g.value(s, p)
                if bound is not None:
                    checks.append((f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {ps} ?v . FILTER({cond}) }} }} "
                                   f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) {op} {int(bound.value)})", None))
        elif {SH + "qualifiedMinCount", SH + "qualifiedMaxCount"} & preds:
            raise ShapeError(f"{key}: sh:qualifiedMinCount/MaxCount without sh:qualifiedValueShape")
        if checks:
            msgs = self._need_messages(s, key)
            for q, test in checks:
                self.checks.append(_Check(q, key, sev, msgs, path, test))

    def _sparql_constraint(self, s, c, key: str, focus: str, severity: str) -> None:
        g = self.g
        if self._deactivated(c):
            return
        select = g.value(c, SH + "select")
        if select is None:
            raise ShapeError(f"{key}: an sh:sparql constraint without sh:select (ASK validators are not supported)")
        text = select.value
        if len(re.findall(r"\bSELECT\b", text, flags=re.I)) != 1 or re.search(r"[?$](failure|PATH|currentShape|"
                                                                               r"shapesGraph)\b", text):
            raise ShapeError(f"{key}: SHACL-SPARQL with subqueries, $PATH, ?failure, $currentShape or "
                             f"$shapesGraph is not supported")
        prefixes: dict[str, str] = {}
        for holder in g.objects(c, SH + "prefixes"):
            for decl in g.objects(holder, SH + "declare"):
                prefixes[g.value(decl, SH + "prefix").value] = g.value(decl, SH + "namespace").value
        head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes.items()))
        body = text.replace("$this", "?this")
        body, n = re.subn(r"WHERE\s*\{", lambda _m: f"WHERE {{ {focus} ", body, count=1, flags=re.I)
        if not n or not re.search(r"SELECT\s+(DISTINCT\s+)?[^{]*\?this\b", body, flags=re.I):
            raise ShapeError(f"{key}: an sh:sparql SELECT must project $this and have a WHERE clause")
        own = tuple(m.value for m in g.objects(c, SH + "message"))
        shape_msgs = self._messages(s)
        if not own and not shape_msgs:
            raise ShapeError(f"{key}: an sh:sparql constraint needs an sh:message")
        self.checks.append(_Check(head + body, key, severity, shape_msgs, None, sparql_messages=own))

    # -- what a focus node's results read ------------------------------------------------------

    def reach(self) -> "Reach | None":
        """Which statements the results of one focus node can depend on, for every compiled check at once
        (kg.validate's incremental validation), or None when some shape reads further than this can say.

        The answer: the focus node's own statements, statements of the predicates in ``deep`` (any when
        None) whose subject is 1 to ``depth`` forward hops from it (the first hop by any predicate, the
        next ones by those of ``deep``), statements ``(x, p, focus)`` for ``p`` in ``inverse``, and
        ``rdfs:subClassOf`` statements (class targets and ``sh:class`` follow them). None for an inverse path below the
        focus node, a value read through an inverse path whose own statements a constraint looks at,
        and a SHACL-SPARQL constraint whose patterns do not all hang forward from ``$this``."""
        if "_reach" not in self.__dict__:
            self._reach = _Reach(self.g).shapes()
        return self._reach

    # -- run -----------------------------------------------------------------------------------

    def run(self, store: ox.Store, workers: int = 2) -> set[Finding]:
        """Every check on the store (built with :func:`store_of`); the set of findings.

        Queries run on ``workers`` threads (Oxigraph evaluates them without holding the GIL);
        the result is a set, the same whatever the order they finish in.
        """
        from concurrent.futures import ThreadPoolExecutor

        out: set[Finding] = set()
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            answers = pool.map(lambda c: list(store.query(c.query)), self.checks)
            for check, rows in zip(self.checks, answers):
                self._collect(check, rows, out)
        return out

    def _collect(self, check: _Check, rows, out: set) -> None:
        for row in rows:
            focus = row["this"]
            if check.value_test is not None and check.value_test(row["v"]):
                continue
            if check.sparql_messages:
                out.add(self._sparql_finding(check, row, focus))
                continue
            out.add(Finding(term_text(focus), check.path, check.shape, check.severity, check.messages,
                            check.messages[0], type(focus) is ox.NamedNode))

    @staticmethod
    def _sparql_finding(check: _Check, row, focus) -> Finding:
        # as pyshacl formats the message: projected variables, then this and value (the focus by default)
        binds: dict[str, str] = {}
        for name in re.findall(r"\{[?$](\w+)\}", " ".join(check.sparql_messages)):
            if name in ("this", "value", "path"):
                continue
            term = _get(row, name)
            if term is not None:
                binds[name] = term_text(term)
        binds["this"] = term_text(focus)
        value = _get(row, "value")
        binds["value"] = term_text(value) if value is not None else term_text(focus)
        formatted = []
        for m in check.sparql_messages:
            for var, val in binds.items():
                pattern = "{{[?$]{}}}".format(var)
                try:
                    m = re.sub(pattern, val, m)  # pyshacl passes the value as a replacement template
                except re.error:
                    m = re.sub(pattern, lambda _m, val=val: val, m)
            formatted.append(m)
        own = tuple(sorted(formatted))
        messages = tuple(sorted(set(own) | set(check.messages)))
        return Finding(term_text(focus), None, check.shape, check.severity, messages, own[0],
                       type(focus) is ox.NamedNode)


def _get(row, name: str):
    try:
        return row[name]
    except (KeyError, IndexError):
        return None


# --- reach: what one focus node's results read ---------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """Statements a focus node's results depend on (:meth:`Validator.reach`)."""

    depth: int
    inverse: frozenset[str]
    deep: frozenset[str] | None = frozenset()  # predicates read 1 hop out or further (None: any)


class _Unsupported(Exception):
    pass


_MAX_DEPTH = 8


class _Reach:
    """Walks the shapes as the compiler does, noting how far each constraint reads from the focus node."""

    def __init__(self, g: _Graph):
        self.g = g
        self.depth = 0
        self.inverse: set[str] = set()
        self.deep: set[str] | None = set()

    def shapes(self) -> Reach | None:
        g = self.g
        try:
            for s in [s for s, preds in g.out.items() if TARGETS & preds.keys()]:
                if self._off(s):
                    continue
                for p in g.objects(s, SH + "targetObjectsOf"):
                    self._inverse(p)
                # targetClass reads the focus node's types (depth 0), targetSubjectsOf its statements
                self._values(s, 0)
                for prop in g.objects(s, SH + "property"):
                    if not self._off(prop):
                        self._property(prop, 0)
                for c in g.objects(s, SH + "sparql"):
                    if not self._off(c):
                        self._sparql(c)
        except _Unsupported:
            return None
        return Reach(self.depth, frozenset(self.inverse), None if self.deep is None else frozenset(self.deep))

    def _sparql(self, c) -> None:
        g = self.g
        prefixes: dict[str, str] = {}
        for holder in g.objects(c, SH + "prefixes"):
            for decl in g.objects(holder, SH + "declare"):
                prefixes[g.value(decl, SH + "prefix").value] = g.value(decl, SH + "namespace").value
        reads = sparql_reads(g.value(c, SH + "select").value)
        if reads is None:
            raise _Unsupported
        for depth, p in reads:
            if p == "a":
                iri = RDF_TYPE
            elif p.startswith("<"):
                iri = p[1:-1]
            else:
                prefix, _, local = p.partition(":")
                iri = prefixes[prefix] + local if prefix in prefixes else None
            self._read(depth, iri)

    def _read(self, depth: int | None, predicate: str | None) -> None:
        """Statements of ``predicate`` (None: any) of nodes ``depth`` hops from the focus node are read."""
        self._need(depth)
        if depth > 0 and self.deep is not None:
            if predicate is None:
                self.deep = None
            else:
                self.deep.add(predicate)

    def _off(self, s) -> bool:
        d = self.g.value(s, SH + "deactivated")
        return d is not None and d.value == "true"

    def _inverse(self, p) -> None:
        if not isinstance(p, ox.NamedNode):
            raise _Unsupported
        self.inverse.add(p.value)

    def _need(self, depth: int | None) -> None:
        """Statements of nodes ``depth`` hops from the focus node are read."""
        if depth is None or depth > _MAX_DEPTH:
            raise _Unsupported
        self.depth = max(self.depth, depth)

    def _values(self, s, depth: int | None) -> None:
        """The per-value components of ``s`` applied to nodes ``depth`` hops out (None: not forward)."""
        g = self.g
        preds = g.out.get(s, {}).keys()
        if SH + "class" in preds:
            self._read(depth, RDF_TYPE)  # the value's types (and the subclass statements)
        for p in (SH + "or", SH + "xone"):
            if p in preds:
                for m in g.items(g.value(s, p)):
                    self._member(m, depth)

    def _member(self, m, depth: int | None) -> None:
        g = self.g
        path = g.value(m, SH + "path")
        if self._off(m):
            return
        if path is None:
            self._values(m, depth)
        else:
            self._values(m, self._path(_path_of(g, path), depth))

    def _property(self, s, depth: int) -> None:
        g = self.g
        vdepth = self._path(_path_of(g, g.value(s, SH + "path")), depth)
        self._values(s, vdepth)
        qvs = g.value(s, SH + "qualifiedValueShape")
        if qvs is not None:
            self._member(qvs, vdepth)

    def _path(self, path: tuple, depth: int | None) -> int | None:
        """How many hops out the values of ``path`` from nodes ``depth`` hops out are (None: not forward)."""
        kind, arg = path
        if kind == "iri":
            self._read(depth, arg)
            return depth + 1
        if kind == "inv":
            if depth != 0 or arg[0] != "iri":
                raise _Unsupported  # incoming statements of a node other than the focus
            self.inverse.add(arg[1])
            return None
        if kind == "alt":
            got = [self._path(p, depth) for p in arg]
            return None if None in got else max(got)
        for p in arg:  # seq
            if depth is None:
                raise _Unsupported
            depth = self._path(p, depth)
        return depth


def _path_of(g: _Graph, node) -> tuple:
    v = Validator.__new__(Validator)
    v.g = g
    return v._path(node)


_TOKEN = re.compile(r"""<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*|[?$]\w+"""
                    r"|[A-Za-z_][\w.-]*:[\w-]*(?:\.[\w-]+)*|:[\w-]+|[A-Za-z_]\w*|-?\d+(?:\.\d+)?|&&|\|\||!=|[<>]=?|\S")
_KEYWORDS = {"optional", "filter", "not", "exists", "minus", "select", "distinct", "where", "reduced", "prefix",
             "base"}


def sparql_reach(text: str) -> int | None:
    """How many forward hops from ``$this`` the subjects of a SHACL-SPARQL SELECT's patterns are, or None
    when it reads anything else: a pattern whose subject is not a variable bound forward from ``$this``
    (a constant, or a variable first bound as an object elsewhere, VALUES or BIND), a property path or a
    variable predicate, a blank node or a collection, GRAPH, SERVICE or UNION. The patterns are read in
    groups (WHERE, OPTIONAL, FILTER [NOT] EXISTS, MINUS); anything else with braces is refused."""
    reads = sparql_reads(text)
    return None if reads is None else max(d for d, _p in reads)


def sparql_reads(text: str) -> list[tuple[int, str]] | None:
    """(forward hops from ``$this`` of its subject, predicate as written) of each triple pattern of a
    SHACL-SPARQL SELECT, or None (see :func:`sparql_reach`)."""
    tokens = [t for t in _TOKEN.findall(text) if not t.startswith("#")]
    try:
        triples = _sparql_triples(tokens)
    except _Unsupported:
        return None
    depth: dict[str, int] = {"this": 0}
    for _round in range(_MAX_DEPTH + 2):
        changed = False
        for s, _p, o in triples:
            if s in depth and o is not None:
                d = depth[s] + 1
                if o != "this" and depth.get(o, -1) < d:
                    if d > _MAX_DEPTH:
                        return None
                    depth[o] = d
                    changed = True
        if not changed:
            break
    else:
        return None
    if not triples or any(s not in depth for s, _p, _o in triples):
        return None
    return [(depth[s], p) for s, p, _o in triples]


def _sparql_triples(tokens: list[str]) -> list[tuple[str, str, str | None]]:
    """(subject variable, predicate, object variable or None) of every triple pattern; raises _Unsupported."""
    out: list[tuple[str, str, str | None]] = []
    low = [t.lower() for t in tokens]
    if {"graph", "service", "union", "values", "bind", "from", "["} & set(low):
        raise _Unsupported
    i = low.index("where") + 1 if "where" in low else None
    if i is None or tokens[i] != "{":
        raise _Unsupported
    i = _group(tokens, low, i + 1, out)
    if any(t == "{" or t == "}" for t in tokens[i:]):
        raise _Unsupported
    return out


def _term(t: str) -> str | None:
    """A variable's name, None for a constant; refuses blank nodes and collections."""
    if t[0] in "?$":
        return t[1:]
    if t in ("[", "(") or t.startswith("_:"):
        raise _Unsupported
    return None


def _group(tokens: list[str], low: list[str], i: int, out: list) -> int:
    """Reads a group's patterns from ``tokens[i]`` to its closing brace; returns the index after it."""
    n = len(tokens)
    while i < n:
        t, lt = tokens[i], low[i]
        if t == "}":
            return i + 1
        if t == ".":
            i += 1
        elif lt in ("optional", "minus"):
            if i + 1 >= n or tokens[i + 1] != "{":
                raise _Unsupported
            i = _group(tokens, low, i + 2, out)
        elif lt == "filter":
            if low[i + 1:i + 4] == ["not", "exists", "{"]:
                i = _group(tokens, low, i + 4, out)
            elif low[i + 1:i + 3] == ["exists", "{"]:
                i = _group(tokens, low, i + 3, out)
            elif i + 1 < n and tokens[i + 1] == "(":
                j, level = i + 1, 0
                while j < n:  # an expression: no patterns in it (EXISTS inside one is refused)
                    if tokens[j] in ("{", "}") or low[j] == "exists":
                        raise _Unsupported
                    level += tokens[j] == "("
                    level -= tokens[j] == ")"
                    j += 1
                    if level == 0:
                        break
                i = j
            else:
                raise _Unsupported
        elif t[0] in "?$<" or ":" in t:
            i = _pattern(tokens, i, out)
        else:
            raise _Unsupported
    raise _Unsupported


def _pattern(tokens: list[str], i: int, out: list) -> int:
    """``s p o (, o)* (; p o (, o)*)*`` from ``tokens[i]``; returns the index of what ends it."""
    n = len(tokens)
    subject = _term(tokens[i])
    if subject is None:
        raise _Unsupported  # a constant subject: statements of a node the focus does not lead to
    i += 1
    while True:
        if i + 1 >= n:
            raise _Unsupported
        p = tokens[i]
        if not (p == "a" or p.startswith("<") or (":" in p and p[0] not in "?$\"'")):
            raise _Unsupported  # a variable predicate or a property path
        i += 1
        while True:
            o = tokens[i]
            if o[0] in "?$":
                out.append((subject, p, o[1:]))
            elif o in ("[", "(", "{", "}", ".", ";", ",") or o.startswith("_:"):
                raise _Unsupported
            else:
                out.append((subject, p, None))
            i += 1
            if i < n and tokens[i] == ",":
                i += 1
                continue
            break
        if i < n and tokens[i] in ("/", "|", "^", "*", "+"):
            raise _Unsupported
        if i < n and tokens[i] == ";":
            i += 1
            if i < n and tokens[i] in (".", "}"):
                return i
            continue
        if i < n and tokens[i] in (".", "}"):
            return i
        if i < n and (tokens[i].lower() in _KEYWORDS or tokens[i][0] in "?$<"):
            return i
        raise _Unsupported
