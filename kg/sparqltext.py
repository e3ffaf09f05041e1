"""Reading SPARQL text the way its lexer does, without parsing it: brackets and keywords outside
comments, strings, IRIs, variables and prefixed names. Used to refuse queries before parsing
(:mod:`kg.limits`) and to state bound parameters in a ``VALUES`` block (:func:`with_values`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

# The name characters of variables and prefixed names, as negated classes: the same characters of the
# Basic Multilingual Plane as [A-Za-z0-9_\u00B7-\uFFFF], [A-Za-z_\u00C0-\uFFFF], [\w.\-\u00B7-\uFFFF] and
# [\w.\-:%\\\u00B7-\uFFFF] (tests/test_sparqltext.py compares them), and every character past it, as
# SPARQL's PN_CHARS_BASE. Written as ranges, Python's re took 60-80 ms to compile them: a third of the
# start-up of `kg query`.
VAR_CHAR = r"[^\x00-\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\xB6]"
NAME_START = r"[^\x00-\x40\x5B-\x5E\x60\x7B-\xBF]"
NAME_CHAR = r"[^\x00-\x2C\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\xA9\xAB-\xB1\xB4\xB6]"
LOCAL_CHAR = r"[^\x00-\x24\x26-\x2C\x2F\x3B-\x40\x5B\x5D-\x5E\x60\x7B-\xA9\xAB-\xB1\xB4\xB6]"

# One token of the SPARQL grammar that may hide brackets or keywords: comments, the four string
# forms, IRIs, variables and prefixed names; anything else is read one character at a time.
_SKIP = re.compile(rf"""
      \#[^\n\r]*                                  # comment
    | '''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)         # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)
    | '(?:[^'\\\n\r]|\\.)*'?                      # short strings
    | "(?:[^"\\\n\r]|\\.)*"?
    | <[^<>"{{}}|^`\\\x00-\x20]*>                   # IRI reference
    | [?$]{VAR_CHAR}+                             # variable
    | {NAME_START}{NAME_CHAR}*:{LOCAL_CHAR}*      # prefixed name
    | :{LOCAL_CHAR}*                              # prefixed name with the empty prefix
    | @[A-Za-z]+(?:-[A-Za-z0-9]+)*                # language tag
    """, re.X | re.S)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def tokens(text: str, vars: bool = False) -> Iterator[tuple[str, int, str, int]]:
    """(kind, position, value, depth) for each bracket (kind ``open``/``close``, depth counted with it
    for ``open`` and before it for ``close``) and each keyword-like word (kind ``word``, upper-cased);
    with ``vars``, each variable too (kind ``var``, its name without ``?``/``$``)."""
    depth = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "{([":
            depth += 1
            yield "open", i, c, depth
            i += 1
            continue
        if c in "})]":
            yield "close", i, c, depth
            depth -= 1
            i += 1
            continue
        if c in "#'\"<?$@:" or c.isalpha() or c == "_":
            m = _SKIP.match(text, i)
            if m and m.end() > i:
                if c in "?$" and vars:
                    yield "var", i, m.group(0)[1:], depth
                i = m.end()
                continue
        if c.isalpha():
            m = _WORD.match(text, i)
            yield "word", i, m.group(0).upper(), depth
            i = m.end()
            continue
        i += 1


@lru_cache(maxsize=256)
def names_a_graph(text: str) -> bool:
    """Whether the query may read a named graph or choose its dataset: a ``GRAPH`` or ``FROM``
    keyword. Without one, it reads the default graph only, whatever the store's named graphs are.

    >>> names_a_graph("SELECT * WHERE { ?s <x:graph> ?o } # GRAPH ?g")
    False
    >>> names_a_graph("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")
    True
    """
    return any(kind == "word" and value in ("GRAPH", "FROM") for kind, _pos, value, _depth in tokens(text))


_FROM = re.compile(r"FROM\s+(NAMED\s+)?(<[^<>\s]*>|[^\s{}<>]+)", re.I)


def default_graph_iris(text: str) -> tuple[str, list[str]] | None:
    """The query's prologue (its text before the query form) and the IRI, as written, of each of its
    ``FROM`` clauses (not ``FROM NAMED``); None when it has no FROM clause.

    >>> default_graph_iris("PREFIX p: <x:> SELECT * FROM p:a FROM NAMED <x:b> FROM <x:c> WHERE { ?s ?p ?o }")
    ('PREFIX p: <x:> ', ['p:a', '<x:c>'])
    """
    start, iris = None, []
    for kind, pos, value, depth in tokens(text):
        if kind == "word" and depth == 0:
            if start is None and value in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                start = pos
            elif value == "FROM":
                m = _FROM.match(text, pos)
                if m and not m.group(1):
                    iris.append(m.group(2))
    return (text[:start], iris) if iris and start is not None else None


def where_group(text: str) -> int | None:
    """Position just inside the ``{`` that opens the top-level WHERE group of a SELECT or ASK query,
    or of a CONSTRUCT/DESCRIBE query with a WHERE keyword; None when there is no such group."""
    form = None
    seen_where = False
    for kind, pos, value, depth in tokens(text):
        if kind == "word" and depth == 0:
            if form is None and value in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = value
            elif value == "WHERE" and form is not None:
                seen_where = True
        elif kind == "open" and value == "{" and depth == 1 and form is not None:
            if seen_where or form in ("SELECT", "ASK"):
                return pos + 1
    return None


def union_branches(text: str, at: int) -> list[tuple[int, set[str]]]:
    """The branches of the UNIONs in the group pattern that opens just before ``at`` (see
    :func:`where_group`), in its own scope (neither inside a sub-SELECT nor one itself): for each,
    the position just inside its ``{`` and the variables it mentions (outside sub-SELECTs)."""
    stack: list[dict] = []  # the brackets open from ``at`` on
    branches: list[dict] = []
    closed = None  # the group that closed last, if nothing has followed it yet
    after_union = False
    for kind, pos, value, _depth in tokens(text[at:], vars=True):
        if kind == "open":
            group = {"pos": at + pos + 1, "brace": value == "{", "vars": set(), "select": False,
                     "in_select": any(g["select"] for g in stack)}
            if group["brace"] and after_union:
                branches.append(group)
            stack.append(group)
        elif kind == "close":
            if not stack:
                break  # the end of the top-level group
            group = stack.pop()
            if stack and not group["select"]:
                stack[-1]["vars"] |= group["vars"]
            closed = group if group["brace"] else None
            after_union = False
            continue
        elif kind == "var":
            if stack:
                stack[-1]["vars"].add(value)
        elif value == "SELECT":
            if stack:
                stack[-1]["select"] = True
        elif value == "UNION" and closed is not None:
            if not any(b is closed for b in branches):
                branches.append(closed)
            closed, after_union = None, True
            continue
        closed, after_union = None, False
    return [(b["pos"], b["vars"]) for b in branches if not b["select"] and not b["in_select"]]


def with_values(text: str, bindings: dict) -> str | None:
    """The query with ``VALUES (?a ?b) { (t1 t2) }`` at the start of its top-level WHERE group, stating
    the bound terms (pyoxigraph terms, written by pyoxigraph, so no value can change the query's
    shape); None when the query has no such group.

    Oxigraph evaluates its SEP-0007 substitutions late: ``coauthors`` of one person took 38 ms with the
    substitution alone and 1 ms with the same term also in VALUES (150k triples), so kg.query states both.

    Each branch of a UNION of the top-level scope that mentions a bound variable gets its own VALUES
    of those variables too: Oxigraph evaluates a UNION on its own and joins it with what is bound
    outside it afterwards, so the top-level VALUES does not reach it (``shared-coauthors`` read every
    work of every author that way). With the variable a constant, as in a substitution, the rows are
    the same; a query using BOUND() or MINUS gets the top-level VALUES only.

    >>> from pyoxigraph import NamedNode
    >>> with_values("SELECT ?p ?n WHERE { ?p <x:n> ?n }", {"p": NamedNode("x:a")})
    'SELECT ?p ?n WHERE { VALUES (?p) { (<x:a>) } ?p <x:n> ?n }'
    >>> with_values("SELECT ?p WHERE { { ?p <x:n> ?n } UNION { ?n <x:m> ?m } }", {"p": NamedNode("x:a")})
    'SELECT ?p WHERE { VALUES (?p) { (<x:a>) } { VALUES (?p) { (<x:a>) } ?p <x:n> ?n } UNION { ?n <x:m> ?m } }'
    """
    if not bindings:
        return text
    at = where_group(text)
    if at is None:
        return None
    inserts = [(at, list(bindings))]
    # BOUND() and MINUS tell a variable bound in a branch from one bound outside it: there the
    # branches are left as written
    if not any(kind == "word" and value in ("BOUND", "MINUS") for kind, _pos, value, _depth in tokens(text)):
        inserts += [(pos, [k for k in bindings if k in mentioned]) for pos, mentioned in union_branches(text, at)]
    out, last = [], 0
    for pos, names in sorted(inserts):
        if not names:
            continue
        values = " ".join(str(bindings[k]) for k in names)
        out += [text[last:pos], f" VALUES ({' '.join('?' + k for k in names)}) {{ ({values}) }}"]
        last = pos
    out.append(text[last:])
    return "".join(out)
