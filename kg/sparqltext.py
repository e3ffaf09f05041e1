"""Reading SPARQL text the way its lexer does, without parsing it: brackets and keywords outside
comments, strings, IRIs, variables and prefixed names. Used to refuse queries before parsing
(:mod:`kg.limits`) and to state bound parameters in a ``VALUES`` block (:func:`with_values`).
"""

from __future__ import annotations

import re
from typing import Iterator

# One token of the SPARQL grammar that may hide brackets or keywords: comments, the four string
# forms, IRIs, variables and prefixed names; anything else is read one character at a time.
_SKIP = re.compile(r"""
      \#[^\n\r]*                                  # comment
    | '''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)         # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)
    | '(?:[^'\\\n\r]|\\.)*'?                      # short strings
    | "(?:[^"\\\n\r]|\\.)*"?
    | <[^<>"{}|^`\\\x00-\x20]*>                   # IRI reference
    | [?$][A-Za-z0-9_\u00B7-\uFFFF]+              # variable
    | [A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*:[\w.\-:%\\\u00B7-\uFFFF]*   # prefixed name
    | :[\w.\-:%\\\u00B7-\uFFFF]*                  # prefixed name with the empty prefix
    | @[A-Za-z]+(?:-[A-Za-z0-9]+)*                # language tag
    """, re.X | re.S)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")




def tokens(text: str) -> Iterator[tuple[str, int, str, int]]:
    """(kind, position, value, depth) for each bracket (kind ``open``/``close``, depth counted with it
    for ``open`` and before it for ``close``) and each keyword-like word (kind ``word``, upper-cased)."""
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
                i = m.end()
                continue
        if c.isalpha():
            m = _WORD.match(text, i)
            yield "word", i, m.group(0).upper(), depth
            i = m.end()
            continue
        i += 1


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


def with_values(text: str, bindings: dict) -> str | None:
    """The query with ``VALUES (?a ?b) { (t1 t2) }`` at the start of its top-level WHERE group, stating
    the bound terms (pyoxigraph terms, written by pyoxigraph, so no value can change the query's
    shape); None when the query has no such group.

    Oxigraph evaluates its SEP-0007 substitutions late: ``coauthors`` of one person took 38 ms with the
    substitution alone and 1 ms with the same term also in VALUES (150k triples), so kg.query states both.

    >>> from pyoxigraph import NamedNode
    >>> with_values("SELECT ?p ?n WHERE { ?p <x:n> ?n }", {"p": NamedNode("x:a")})
    'SELECT ?p ?n WHERE { VALUES (?p) { (<x:a>) } ?p <x:n> ?n }'
    """
    if not bindings:
        return text
    at = where_group(text)
    if at is None:
        return None
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    return f"{text[:at]} VALUES ({names}) {{ ({terms}) }}{text[at:]}"
