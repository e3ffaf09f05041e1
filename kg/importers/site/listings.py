"""What a site's pages show of its data files: the loops and listings over them, with their filters and limits.

Takes a site's folder and its text files; gives, for each data file a page lists, the :class:`Listing` of each
loop or listing over it: a Liquid loop (``{% for p in site.data.papers limit: 5 %}``, over a variable assigned
with ``| where: "type", "journal"`` or ``| where_exp: "p", "p.selected"``, a body wrapped in ``{% if p.kind ==
"paper" %}``), a Hugo range (``range where .Site.Data.papers "type" "journal"``, ``range first 5 ...``) or a
Quarto listing (``listing: contents: papers.yml`` with ``include:``/``exclude:`` maps and ``max-items``) or a PHP
loop over a JSON file the page loads (``foreach ($data as $p) { if ($p["type"] == "paper") { ... } }``).
:func:`shown` says which records of a file a visitor sees in total: those some listing shows (after its filter,
within its limit), across every page that lists the file. A loop whose filter is not one of these simple forms
shows every record (nothing is dropped on a guess); a file no page lists shows every record.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..common import lazy_compile, section_kind
from ..document import HEADING, heading_text
from ..page.runs import BOLD_STYLE
from ..page.sections import anchor_kind
from .fields import as_text, md_links, value_at
from .files import DATA_FILE_SUFFIXES, YAML_SUFFIXES, closing_bracket, commented_at, file_text
from .js_data import module_of

Test = tuple[str, str, str]
"""One condition a shown record meets: (operator, field, value); operators ``==``, ``!=``, ``contains``, ``not contains``,
``truthy``, ``falsy``, ``glob`` (a Quarto pattern, ``{a,b}`` and ``**`` included), ``not glob``."""


@dataclass
class Listing:
    """One loop or listing of a page over a data file's records."""

    keys: tuple[str, ...] = ()
    """The keys leading to the list inside the file (``site.data.pubs.journals``: ``("journals",)``)."""
    tests: list[list[Test]] | None = field(default_factory=lambda: [[]])
    """What a shown record meets: one of these lists of conditions, all of its conditions; None when the loop's
    filter is not read (it then shows every record)."""
    limit: int | None = None
    offset: int = 0
    sort: tuple[str, bool] | None = None
    """The field the listing sorts by before its limit, and whether descending."""
    kind: str | None = None
    """What the page shows the listing as (the section kind of its heading or id: ``talks``, ``publications``)."""
    with_authors: bool = False
    """The template writes "with" before the record's authors: they are the owner's co-authors."""
    var: str = ""
    body: str = ""
    """A Liquid loop's variable and the template between its ``for`` and ``endfor`` tags, as written."""


def _value(record: dict, name: str):
    lowered = {str(k).lower(): v for k, v in record.items()}
    value = record.get(name, lowered.get(name.lower()))
    if value is None and "." in name:
        value = value_at(record, name)
    return value


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else (as_text(value) or "") if not isinstance(value, (list, dict)) else ""


def _braces(pattern: str) -> list[str]:
    m = re.search(r"\{([^{}]*)\}", pattern)
    if not m:
        return [pattern]
    return [x for alt in m.group(1).split(",") for x in _braces(pattern[:m.start()] + alt + pattern[m.end():])]


def _glob(value, pattern: str) -> bool:
    values = value if isinstance(value, list) else [value]
    texts = [_text(v) for v in values if _text(v)]
    return any(fnmatch.fnmatchcase(t, p.replace("**", "*")) for t in texts for p in _braces(pattern))


def _meets(record: dict, test: Test) -> bool:
    op, name, want = test
    value = _value(record, name)
    if op == "truthy":
        return value is not None and value is not False and value != []
    if op == "falsy":
        return value is None or value is False or value == []
    if op in ("glob", "not glob"):
        return _glob(value, want) == (op == "glob")
    values = value if isinstance(value, list) else [value]
    if op in ("contains", "not contains"):
        has = any(want in _text(v) for v in values) if not isinstance(value, list) else any(
            _text(v) == want for v in values)
        return has == (op == "contains")
    same = any(_text(v) == want for v in values)
    return same if op == "==" else not same


def listed_as_other(listings: list[Listing]) -> bool:
    """Whether the site's pages list a file only under headings of another kind than works ("Presentations and
    Posters" over ``{% for t in site.data.meeting %}``, on the page of publications): its records are no works,
    whatever keys they share with papers."""
    from .records import OTHER_KINDS

    return bool(listings) and all(x.kind in OTHER_KINDS for x in listings)


def shows_all(listings: list[Listing], papers: bool = False) -> bool:
    """Whether ``listings`` show every record (:func:`shown` would say None): a caller asks before it reads the
    records' fields."""
    return _deciding(listings, papers) is None


def _deciding(listings: list[Listing], papers: bool) -> list[Listing] | None:
    """The listings that decide which records :func:`shown` shows, or None when one shows them all."""
    from .records import OTHER_KINDS

    if papers and any(x.kind not in OTHER_KINDS for x in listings):
        listings = [x for x in listings if x.kind not in OTHER_KINDS]
    # (a listing with no condition, or one alternative of none, and no limit or offset shows every record)
    if not listings or any(x.limit is None and (x.tests is None or [] in x.tests and not x.offset) for x in listings):
        return None
    return listings


def shown(records: list[dict], listings: list[Listing], papers: bool = False) -> list[bool] | None:
    """Which of a list's records a visitor sees: each listing's records that meet its conditions, the first
    ``limit`` of them (in its sort order), across all ``listings``. ``papers``: the works a visitor sees, so
    not those of a listing the page shows as talks or software (when another listing of the file is none).
    None when no listing says (every record is shown)."""
    listings = _deciding(listings, papers)
    if listings is None:
        return None
    out = [False] * len(records)
    for listing in listings:
        picked = [i for i, r in enumerate(records)
                  if listing.tests is None or any(all(_meets(r, t) for t in alt) for alt in listing.tests)]
        if listing.sort is not None:
            key, desc = listing.sort
            have = [i for i in picked if _text(_value(records[i], key))]
            rest = [i for i in picked if not _text(_value(records[i], key))]
            picked = sorted(have, key=lambda i: _text(_value(records[i], key)), reverse=desc) + rest
        end = None if listing.limit is None else listing.offset + listing.limit
        for i in picked[listing.offset:end]:
            out[i] = True
    return out


# --- Liquid ------------------------------------------------------------------------------------------------------

_TAG = re.compile(r"\{%-?\s*(.*?)\s*-?%\}", re.S)
_LIQUID_ANY = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_STRING = r"""(?:"([^"]*)"|'([^']*)')"""
_SOURCE = lazy_compile(r"^(?:site\.data\.(?P<name>[\w\-]+)(?P<keys>(?:\.[\w\-]+)*)|"
                     r"site\.(?P<coll>(?!data\b)[\w\-]+)(?=$|\s|\|)|(?P<var>[\w\-]+))\s*(?P<rest>.*)$", re.S)
"""A loop's list: a data file's (``site.data.papers.journals``), a collection's (``site.publications``), or a
variable assigned before."""
_FILTER = lazy_compile(r"\|\s*(\w+)\s*(?::\s*((?:" + _STRING + r"|[^|])*))?")
_ARGS = re.compile(_STRING + r"|([\w.\-]+)")
_COND = lazy_compile(r"^(?P<field>[\w\-]+(?:\.[\w\-]+)*)\s*(?:(?P<op>==|!=|contains)\s*(?P<value>" + _STRING +
                   r"|true|false|-?\d+))?$")


def _args(text: str) -> list[tuple[str, bool]]:
    """A filter's arguments: (text, quoted)."""
    return [(m.group(1) if m.group(1) is not None else m.group(2) if m.group(2) is not None else m.group(3),
             m.group(3) is None) for m in _ARGS.finditer(text or "")]


def _condition(expr: str, var: str | None) -> list[Test] | None:
    """A Liquid condition over one record (``p.type == "journal" and p.selected``): its tests, the record's
    fields named without the variable; None for a form not read (``or``, comparisons with other variables)."""
    tests: list[Test] = []
    for piece in re.split(r"\s+and\s+", expr.strip()):
        m = _COND.match(piece.strip())
        if not m:
            return None
        name = m.group("field")
        if var is not None:
            if not name.startswith(var + "."):
                return None
            name = name[len(var) + 1:]
        op = m.group("op")
        if op is None:
            tests.append(("truthy", name, ""))
            continue
        raw = m.group("value")
        value = next((g for g in m.groups()[3:5] if g is not None), raw)
        if op == "==" and raw in ("true", "false") and value == raw:
            tests.append(("truthy" if raw == "true" else "falsy", name, ""))
        elif op == "!=" and raw in ("true", "false") and value == raw:
            tests.append(("falsy" if raw == "true" else "truthy", name, ""))
        else:
            tests.append((op, name, value))
    return tests


def _negated(tests: list[Test] | None) -> list[Test] | None:
    """``unless`` of one condition; None for more (``unless a and b`` is no list of conditions)."""
    if tests is None or len(tests) != 1:
        return None
    op, name, value = tests[0]
    flip = {"==": "!=", "!=": "==", "truthy": "falsy", "falsy": "truthy", "contains": "not contains",
            "not contains": "contains"}.get(op)
    return [(flip, name, value)] if flip else None


def _filters(text: str, tests: list[Test] | None) -> tuple[list[Test] | None, tuple[str, bool] | None, bool]:
    """A chain of Liquid filters (``| where: "type", "paper" | sort: "year" | reverse``) applied to a list:
    the conditions its records then meet (None for a filter not read), its sort, and whether it groups."""
    sort, grouped = None, False
    for m in _FILTER.finditer(text):
        name, args = m.group(1), _args(m.group(2) or "")
        if tests is None:
            break
        if name == "where" and len(args) == 2 and args[0][1]:
            value, quoted = args[1]
            tests = tests + [("==", args[0][0], value)] if quoted or value in ("true", "false") or \
                re.fullmatch(r"-?\d+", value) else None
        elif name == "where_exp" and len(args) == 2 and args[0][1] and args[1][1]:
            found = _condition(args[1][0], args[0][0])
            tests = tests + found if found is not None else None
        elif name in ("sort", "sort_natural") and args and args[0][1]:
            sort = (args[0][0], False)
        elif name == "reverse":
            sort = (sort[0], not sort[1]) if sort else None
        elif name in ("group_by", "group_by_exp"):
            grouped = True
        elif name in ("uniq", "compact", "default"):
            continue  # ("| default: []": the list itself when there is one)
        else:
            tests = None  # (a filter that is not read: "| slice", a plugin's own)
    return tests, sort, grouped


_BOLD_LABEL = lazy_compile(rf"^[ \t]*(?:<p\b[^>]*{BOLD_STYLE.pattern}[^>]*>(?P<p>[^<>]{{2,80}})</p>|"
                         r"<p\b[^>]*>\s*<(?P<t>b|strong)\b[^>]*>(?P<b>[^<>]{2,80})</(?P=t)>\s*</p>|"
                         r"\*\*(?P<m>[^*\n]{2,80})\*\*)[ \t]*$", re.M | re.I)
"""A paragraph that is a bold label alone on its line (``<p style="font-weight:bold;">Talks</p>``, ``<p><b>Talks</b>
</p>``, ``**Talks**``): a heading when its words name a section."""


def heading_before(text: str, at: int) -> str | None:
    """The text of the last markdown or HTML heading before ``at`` in a page (the section a loop or a query
    renders under), or None; a bold label alone on its line that names a section (:data:`_BOLD_LABEL`) is one too
    (a page styling its headings as bold paragraphs: ``<p style="font-weight:bold;"> Conference Presentations </p>``
    over a loop of the talks)."""
    found, where = None, -1
    for m in HEADING.finditer(text, 0, at):
        found, where = heading_text(m), m.start()
    for m in _BOLD_LABEL.finditer(text, where + 1, at):
        label = " ".join((m.group("p") or m.group("b") or m.group("m") or "").split())
        if section_kind(label):
            found = label
    return " ".join(found.split()) if found else None


_KRAMDOWN_ID = re.compile(r"\{:?\s*#([\w\-]+)[^{}]*\}")


def kind_before(text: str, at: int) -> str | None:
    """The section kind of the heading before ``at`` (:func:`heading_before`); when its words as written name none,
    its words without the Liquid it writes and its kramdown id (``### Artículos en revistas indexadas ({{
    site.data.articulos | size }}) {#articulos-indexadas}``) read as :func:`~..page.sections.heading_kind` reads a
    heading and its anchor."""
    from ..page.sections import heading_kind

    heading = heading_before(text, at)
    if not heading:
        return None
    kind = section_kind(heading)
    if kind is None and ("{" in heading):
        anchor = _KRAMDOWN_ID.search(heading)
        words = " ".join(re.sub(r"\(\s*\)", " ", _KRAMDOWN_ID.sub(" ", _LIQUID_ANY.sub(" ", heading))).split())
        kind = heading_kind(words, anchor.group(1) if anchor else None) if words else None
    return kind


_WITH = lazy_compile(r"(?i)(?:^|[\s>(}])with\s*(?:<[^>]*>\s*|\{%.*?%\}\s*)*(?:\{\{-?\s*(\w+)\.(?:co-?)?authors?\b|"
                   r"\{%-?\s*for\s+\w+\s+in\s+(\w+)\.(?:co-?)?authors?\b)", re.S)
"""A template writing "with" before a record's authors (``with {{ p.authors | join: ", " }}``)."""


def _body(tags: list[re.Match], k: int) -> tuple[int, int] | None:
    """The tags of the body of the ``for`` at ``tags[k]``: (first, end) indices, end the ``endfor``'s."""
    depth = 0
    for j in range(k + 1, len(tags)):
        word = tags[j].group(1).split(None, 1)[0] if tags[j].group(1).strip() else ""
        if word == "for":
            depth += 1
        elif word == "endfor":
            if depth == 0:
                return k + 1, j
            depth -= 1
    return None


def _shown_when(text: str, tags: list[re.Match], first: int, end: int, var: str) -> list[list[Test]] | None:
    """When a loop's body writes out its record (a ``{{ }}`` output or an ``{% include %}``): the alternatives of
    conditions on the record under which it does, read through nested ``if``/``unless`` and their ``else``
    (``{% if p.kind contains 'preprint' %}{% else %}{% include item.html %}{% endif %}``); ``[[]]`` when some
    output stands under no condition of the record's, None when a condition is not read (``or``, ``elsif``,
    another variable) or nothing is written."""
    frames: list[list[Test] | None] = []  # the condition each open block's current branch stands under
    heads: list[tuple[str, list[Test] | None]] = []  # each open block's word and its condition as written
    paths: list[list[Test] | None] = []

    def path() -> list[Test] | None:
        out: list[Test] = []
        for f in frames:
            if f is None:
                return None
            out += f
        return out

    for j in range(first, end + 1):
        between = text[tags[j - 1].end():tags[j].start()]
        if "{{" in between:
            paths.append(path())
        if j == end:
            break
        words = tags[j].group(1).split(None, 1)
        word, rest = (words[0], words[1] if len(words) > 1 else "") if words else ("", "")
        if word in ("if", "unless"):
            tests = _condition(rest, var)
            tests = tests if word == "if" else _negated(tests)
            heads.append((word, tests))
            frames.append(tests)
        elif word in ("case", "for", "capture"):
            heads.append((word, []))
            frames.append(None if word == "case" else [])
        elif word == "else" and heads and heads[-1][0] in ("if", "unless"):
            frames[-1] = _negated(heads[-1][1])
        elif word in ("elsif", "when", "else"):
            if frames:
                frames[-1] = None
        elif word in ("endif", "endunless", "endcase", "endfor", "endcapture"):
            if frames:
                frames.pop()
                heads.pop()
        elif word == "include":
            paths.append(path())
    if not paths or any(p == [] for p in paths):
        return [[]]  # (a body that writes nothing of its own is left as it was)
    if any(p is None for p in paths):
        return None
    return [p for k, p in enumerate(paths) if p not in paths[:k]]


def liquid_listings(text: str, includes: dict[str, str] | None = None) -> list[tuple[str, Listing]]:
    """The Liquid loops of a page over ``site.data`` lists: (data file's name, listing) each. ``includes``: the
    text of the templates the page includes by name (``pub-entry.html``), read for how a record is written."""
    tags = list(_TAG.finditer(text))
    assigned: dict[str, tuple[str, tuple[str, ...], list[Test] | None, tuple[str, bool] | None, bool]] = {}
    out: list[tuple[str, Listing]] = []
    for k, tag in enumerate(tags):
        body = tag.group(1)
        m = re.match(r"assign\s+(\w+)\s*=\s*(.*)$", body, re.S)
        if m:
            src = _SOURCE.match(m.group(2).strip())
            if src and (src.group("name") or src.group("coll")):
                # (a data file's list, or a collection's documents: "sorted = site.publications | sort: 'year'")
                tests, sort, grouped = _filters(src.group("rest"), [])
                keys = tuple(x for x in (src.group("keys") or "").split(".") if x)
                name = src.group("name") or f"site.{src.group('coll')}"
                assigned[m.group(1)] = (name, keys, tests, sort, grouped)
            elif src and src.group("var") in assigned:
                name, keys, tests, sort, grouped = assigned[src.group("var")]
                # ("pub_root.publications | ...": a list inside the value, whose filters are not read)
                more, sort2, grouped2 = _filters(src.group("rest"), tests) if not src.group("rest").startswith(
                    (".", "[")) else (None, None, False)
                assigned[m.group(1)] = (name, keys, more, sort2 or sort, grouped or grouped2)
            else:
                assigned.pop(m.group(1), None)
            continue
        m = re.match(r"for\s+(\w+)\s+in\s+(\S+)(.*)$", body, re.S)
        if not m:
            continue
        var, source, params = m.group(1), m.group(2), m.group(3)
        src = _SOURCE.match(source)
        if src is None:
            continue
        if src.group("name"):
            name, keys = src.group("name"), tuple(x for x in src.group("keys").split(".") if x)
            tests, sort, grouped = [], None, False
        elif src.group("coll"):
            # a collection's documents (named "site.publications", apart from the data files' names)
            name, keys = f"site.{src.group('coll')}", ()
            tests, sort, grouped = _filters(src.group("rest"), [])
        elif src.group("var") in assigned:
            name, keys, tests, sort, grouped = assigned[src.group("var")]
            if src.group("rest").startswith((".", "[")):
                tests, grouped = None, True  # (a loop over a list inside the value, "pubs.items": not read)
        else:
            continue
        listing = Listing(keys=keys, tests=[tests] if tests is not None else None, sort=sort,
                          kind=kind_before(text, tag.start()))
        limit = re.search(r"\blimit\s*:\s*(\d+)", params)
        offset = re.search(r"\boffset\s*:\s*(\d+)", params)
        if "reversed" in params.split():
            listing.sort = (listing.sort[0], not listing.sort[1]) if listing.sort else None
        if not grouped:
            listing.limit = int(limit.group(1)) if limit else None
            listing.offset = int(offset.group(1)) if offset else 0
        if commented_at(text, tag.start()):
            # a loop the page comments out ("<!-- {% for post in site.publications %} ... -->"): Liquid may run
            # it, a visitor sees none of its records
            listing.limit, listing.offset = 0, 0
        span = _body(tags, k)
        if span is not None:
            first, end = span
            when = _shown_when(text, tags, first, end, var)
            if listing.tests is not None and when != [[]]:
                listing.tests = [listing.tests[0] + alt for alt in when] if when is not None else None
            inner = text[tag.end():tags[end].start()]
            listing.var, listing.body = var, inner
            for inc in re.findall(r"\{%-?\s*include\s+([\w./\-]+)", inner):
                inner += "\n" + (includes or {}).get(inc, "")
            listing.with_authors = bool(_WITH.search(inner))
        out.append((name, listing))
    return out


# --- Hugo ----------------------------------------------------------------------------------------------------------

_HUGO_TAG = lazy_compile(r"\{\{-?\s*(?:(?P<var>\$\w+)\s*:?=\s*(?P<expr>[^{}]*?)|"
                       r"range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?(?P<list>[^{}]*?))\s*-?\}\}", re.I)
"""A Hugo tag setting a template variable (``{{ $old := where .Site.Data.pubs "status" "old" }}``) or ranging over
a list (``{{ range $old }}``, ``{{ range $i, $p := .Site.Data.pubs }}``)."""

_HUGO_SOURCE = lazy_compile(r"(?P<where>where\s+)?(?P<src>\$?\.?Site\.Data\.[\w.\-]+)"
                          r"(?P<args>(?:\s+\"[^\"]*\"){0,3})", re.I)
"""A data list a Hugo expression names, filtered or not (``where .Site.Data.pubs "type" "wp"``)."""

_SORTED = lazy_compile(r"""\bsort\s+(?:\((?P<list>(?:where\s+)?\$?\.?Site\.Data\.[^()]*|\$\w+)\)|(?P<bare>\$\w+|\$?\.?Site\.Data\.[\w.\-]+))"""
                     r"""(?:\s+"[^"]*"){1,2}(?=\s*-?\}\})""", re.I)
"""A Hugo list sorted by a field (``sort (where .Site.Data.pubs "type" "wp") "date" "desc"``, ``sort $pubs
"date"``), as a template writes it last before the tag closes."""

_Part = tuple[re.Match, int | None, int]
"""One data list a Hugo list expression walks: its source (:data:`_HUGO_SOURCE`), the first ``limit`` records
after ``offset`` of it."""


def _pipeline(expr: str) -> list[str]:
    """A Hugo expression's stages, split at the pipes outside parentheses and strings."""
    stages, depth, quoted, start = [], 0, False, 0
    for i, c in enumerate(expr):
        quoted = quoted != (c == '"')
        if not quoted:
            depth += (c == "(") - (c == ")")
            if c == "|" and depth == 0:
                stages.append(expr[start:i])
                start = i + 1
    return [*stages, expr[start:]]


def _hugo_list(expr: str, values: dict[str, list[_Part] | None]) -> list[_Part] | None:
    """The data lists a Hugo list expression walks, in order (``where .Site.Data.pubs "type" "wp" | append (where
    ...) | first 5``, ``first 3 $wp``, a variable set before: ``values``); None when a stage is not read (the
    list is then not known)."""
    head, *piped = _pipeline(expr.strip())
    head = head.strip()
    while head.startswith("(") and head.endswith(")"):
        head = head[1:-1].strip()
    cut = re.match(r"(first|after)\s+(\d+)\s+(?=\S)", head)
    if cut:
        # ("first 5 (X)" is "X | first 5")
        return _hugo_list("|".join([f"({head[cut.end():]})", f"{cut.group(1)} {cut.group(2)}", *piped]), values)
    if re.fullmatch(r"\$\w+", head):
        parts = values.get(head)
    else:
        src = _HUGO_SOURCE.fullmatch(head)
        parts = [(src, None, 0)] if src else None
    for stage in piped:
        if parts is None:
            return None
        cut = re.fullmatch(r"\s*(first|after)\s+(\d+)\s*", stage)
        added = re.fullmatch(r"\s*append\s+(.+?)\s*", stage, re.S)
        if cut and len(parts) == 1:
            src, limit, offset = parts[0]
            n = int(cut.group(2))
            # (the first n of the list, or the list after its first n: of what an earlier "first" kept)
            parts = [(src, n if limit is None else min(n, limit), offset)] if cut.group(1) == "first" else \
                [(src, None if limit is None else max(limit - n, 0), offset + n)]
        elif added:
            more = _hugo_list(added.group(1), values)
            parts = None if more is None else [*parts, *more]
        else:
            # (a cut of lists appended together, or another function: which records it keeps is not read)
            return None
    return parts


def hugo_listings(text: str) -> list[tuple[str, Listing]]:
    """The ranges of a Hugo template over ``.Site.Data`` lists (``range where .Site.Data.pubs "type" "paper"``,
    ``range first 5 .Site.Data.news``, or a variable set to one: ``$old := where ...`` then ``range $old``):
    (data file's name, listing) each."""
    # (sorting a list shows the same records: "sort (where .Site.Data.pubs "type" "wp") "date" "desc"", "range sort
    # $pubs "date"" are the list itself)
    text = _SORTED.sub(lambda m: m["list"] or m["bare"], text)
    # a range over a variable walks the lists it was last set to before the range, in the template's order ("$wp :=
    # where ... "wp"", then "$wp := where ... "jmp" | append $wp": each of the lists)
    values: dict[str, list[_Part] | None] = {}
    out = []
    for tag in _HUGO_TAG.finditer(text):
        if tag["var"]:
            values[tag["var"]] = _hugo_list(tag["expr"], values)
            continue
        kind = section_kind(heading_before(text, tag.start()) or "")
        for src, limit, offset in _hugo_list(tag["list"], values) or []:
            path = re.sub(r"(?i)^\$?\.?site\.data\.", "", src.group("src")).split(".")
            args = re.findall(r"\"([^\"]*)\"", src.group("args") or "")
            tests: list[Test] | None = []
            if src["where"] and len(args) == 2:
                tests = [("==", args[0], args[1])]
            elif src["where"] and len(args) == 3 and args[1] in ("==", "eq", "!=", "ne"):
                tests = [("==" if args[1] in ("==", "eq") else "!=", args[0], args[2])]
            elif src["where"] or args:
                tests = None
            out.append((path[0], Listing(keys=tuple(path[1:]), tests=[tests] if tests is not None else None,
                                         limit=limit, offset=offset, kind=kind)))
    return out


# --- Quarto --------------------------------------------------------------------------------------------------------

def _quarto_tests(spec, negate: bool) -> list[list[Test]] | None:
    maps = spec if isinstance(spec, list) else [spec]
    alts = []
    for item in maps:
        if not isinstance(item, dict):
            return None
        alts.append([("not glob" if negate else "glob", str(k), _text(v) if not isinstance(v, list) else
                      "{" + ",".join(_text(x) for x in v) + "}") for k, v in item.items()])
    return alts


def quarto_listings(page: Path, data: dict) -> list[tuple[Path, Listing]]:
    """The listings of a Quarto page's front matter (``listing:``) over data files (``contents: pubs.yml``):
    (file, listing) each, with its ``include``/``exclude`` filters, ``max-items`` and sort."""
    listing = data.get("listing")
    out = []
    for item in listing if isinstance(listing, list) else [listing]:
        if not isinstance(item, dict):
            continue
        contents = item.get("contents")
        files = [c for c in (contents if isinstance(contents, list) else [contents])
                 if isinstance(c, str) and c.lower().endswith(YAML_SUFFIXES)]
        if not files:
            continue
        include = _quarto_tests(item["include"], False) if item.get("include") else [[]]
        exclude = _quarto_tests(item["exclude"], True) if item.get("exclude") else None
        # (an item is left out when it matches every pair of an exclude map: it is shown when it fails one)
        tests = include if not item.get("exclude") else None if include is None or exclude is None \
            or len(exclude) != 1 else [alt + [t] for alt in include for t in exclude[0]]
        sort = item.get("sort")
        sort_key = None
        if isinstance(sort, str) and sort.strip():
            word = sort.split()
            sort_key = (word[0], len(word) > 1 and word[1].lower() == "desc")
        limit = item.get("max-items")
        kind = anchor_kind(str(item.get("id") or ""))
        for name in files:
            out.append((page.parent / name, Listing(tests=tests, sort=sort_key, kind=kind,
                                                    limit=limit if isinstance(limit, int) else None)))
    return out


def quarto_block_kind(text: str, ident: str) -> str | None:
    """The section kind of the heading a Quarto page's ``::: {#id}`` block (where its listing ``id`` is shown)
    sits under; None when the page has no such block, or no heading before it names a section."""
    m = re.search(r"(?m)^:::+\s*\{#" + re.escape(ident) + r"\b", text) if ident else None
    return section_kind(heading_before(text, m.start()) or "") if m else None


def quarto_listing_kind(text: str, item) -> str | None:
    """What one listing of a Quarto page's ``listing:`` shows (``publications``, ``news``): its ``id``
    (``id: news-listings``), else the heading its ``::: {#id}`` block sits under; None when neither says."""
    ident = str(item.get("id") or "") if isinstance(item, dict) else ""
    return anchor_kind(ident) or quarto_block_kind(text, ident) if ident else None


def _quarto_kinds(text: str, listings: list[tuple[Path, Listing]], data: dict) -> None:
    """A listing's kind from the heading its ``::: {#id}`` block sits under, where its id says none."""
    items = data.get("listing")
    ids = [str(i.get("id")) if isinstance(i, dict) and i.get("id") else None
           for i in (items if isinstance(items, list) else [items])]
    for (_path, listing), ident in zip(listings, [i for i, x in zip(ids, items if isinstance(items, list) else
                                                                     [items]) if isinstance(x, dict)]):
        if listing.kind is None and ident:
            listing.kind = quarto_block_kind(text, ident)


# --- PHP -----------------------------------------------------------------------------------------------------------

_PHP_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", re.S)
_PHP_LOAD = lazy_compile(r"""(?P<var>\$\w+)\s*=\s*json_decode\s*\(\s*file_get_contents\s*\(\s*(?:__DIR__\s*\.\s*)?"""
                       r"""(?P<q>["'])(?P<file>[^"']+\.json)(?P=q)""")
"""A PHP page loading a JSON data file into a variable (``$data = json_decode(file_get_contents("pubs.json"), TRUE)``)."""
_PHP_FOREACH = lazy_compile(r"\bforeach\s*\(\s*(?P<list>\$\w+)\s+as\s+(?:\$\w+\s*=>\s*)?&?\s*(?P<var>\$\w+)\s*\)\s*\{")
_PHP_IF = re.compile(r"\s*if\s*\(")
_PHP_TEST = lazy_compile(r"""^(?P<not>!\s*)?(?:empty\s*\(\s*)?\$(?P<var>\w+)\s*\[\s*(?P<q>["'])(?P<field>[^"']+)(?P=q)\s*\]\s*\)?"""
                       r"""\s*(?:(?P<op>===?|!==?)\s*(?P<vq>["'])(?P<value>[^"']*)(?P=vq))?$""")


def _php_condition(expr: str, var: str) -> list[Test] | None:
    """A PHP condition over one record (``$item["type"] == "publication" && !$item["hidden"]``): its tests; None
    for a form not read (``||``, a function's call, another variable)."""
    tests: list[Test] = []
    for piece in re.split(r"&&|\band\b", expr):
        m = _PHP_TEST.match(piece.strip())
        if m is None or f"${m.group('var')}" != var:
            return None
        empty = "empty" in piece.split("$", 1)[0]
        if m.group("op") is None:
            tests.append(("falsy" if bool(m.group("not")) != empty else "truthy", m.group("field"), ""))
        elif m.group("not") or empty:
            return None
        else:
            tests.append(("==" if m.group("op").startswith("=") else "!=", m.group("field"), m.group("value")))
    return tests


def php_listings(text: str) -> list[tuple[str, Listing]]:
    """The loops of a PHP page over the JSON files it loads (``$data = json_decode(file_get_contents("pubs.json"),
    TRUE); foreach ($data as $item) { if ($item["type"] == "paper") { echo entry($item); } }``): (file as the
    page names it, listing) each. A loop whose body is one ``if`` over the record, or that opens with ``if (...)
    continue;``, shows the records that meet it; any other body shows every record (a form not read, None)."""
    loaded = {m.group("var"): m.group("file") for m in _PHP_LOAD.finditer(text)}
    if not loaded:
        return []
    # (the strings blanked out, their length kept: a brace inside one is no block's; the values read from ``text``)
    code = _PHP_STRING.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], text)
    out = []
    for m in _PHP_FOREACH.finditer(code):
        if m.group("list") not in loaded:
            continue
        end = closing_bracket(code, m.end() - 1, "{}")
        if end is None:
            continue
        body_at, var = m.end(), m.group("var")
        body = code[body_at:end]
        tests: list[Test] | None = []
        cond = _PHP_IF.match(body)
        close = closing_bracket(code, body_at + cond.end() - 1, "()") if cond else None
        if cond and close is not None:
            expr = text[body_at + cond.end():close]
            after = code[close + 1:end]
            guard = re.match(r"\s*(?:continue|return)\s*;", after)
            block = re.match(r"\s*\{", after)
            block_end = closing_bracket(code, close + 1 + block.end() - 1, "{}") if block else None
            if guard:
                tests = _negated(_php_condition(expr, var))
            elif block_end is not None and not code[block_end + 1:end].strip():
                tests = _php_condition(expr, var)  # (the whole body under the one condition)
            else:
                tests = None
        elif re.search(r"\bif\s*\(", body):
            tests = None  # (a condition further in, not read: every record may be shown)
        out.append((loaded[m.group("list")], Listing(tests=[tests] if tests is not None else None,
                                                      kind=section_kind(heading_before(text, m.start()) or ""))))
    return out


_JS_LOOP = lazy_compile(r"\b(?P<list>[A-Za-z_$][\w$]*)\s*\.\s*(?:map|forEach)\(\s*(?:function\s*)?\(?\s*"
                      r"(?P<var>[A-Za-z_$][\w$]*)\s*(?:,\s*[A-Za-z_$][\w$]*\s*)?\)?\s*(?:=>)?\s*")
"""A script's loop over a list (``papers.map((p) => ...)``, ``items.forEach(function (item) {``)."""
_JS_DESTRUCTURE = lazy_compile(r"\b(?:const|let|var)\s*\{(?P<keys>[^{}]*)\}\s*=\s*(?P<var>[A-Za-z_$][\w$]*)\s*;?")
_JS_TEMPLATE = re.compile(r"`((?:[^`\\]|\\.)*\$\{(?:[^`\\]|\\.)*)`", re.S)
_JS_OUT = re.compile(r"\$\{\s*([A-Za-z_$][\w$]*)(?:\s*\.\s*([A-Za-z_$][\w$]*))?\s*\}")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def script_listings(text: str) -> list[tuple[str, Listing]]:
    """The loops of a site's script over a list it defines (``const journal = [{date, title, body}, ...]`` then
    ``journal.map((item) => { const {date, title, body} = item; html += `<h5>${date}</h5><p>${title}
    ${body}</p>` })``): (the list's name, listing) each, the template literal the loop writes a record with as
    its body, written as a Liquid loop's (``{{ item.title }}``) so that one renderer fills it; the page's
    comments left out. A loop with no template literal over the record has no body."""
    out = []
    for m in _JS_LOOP.finditer(text):
        var, rest = m.group("var"), text[m.end():m.end() + 5000]
        names: dict[str, str] = {}
        d = _JS_DESTRUCTURE.search(rest)
        if d and d.group("var") == var:
            for key in d.group("keys").split(","):
                key, _, alias = key.partition(":")
                key, alias = key.strip(), alias.strip() or key.strip()
                if re.fullmatch(r"[A-Za-z_$][\w$]*", key) and re.fullmatch(r"[A-Za-z_$][\w$]*", alias):
                    names[alias] = key
        t = _JS_TEMPLATE.search(rest)
        body = ""
        if t:
            def field(f: re.Match) -> str:
                if f.group(2) and f.group(1) == var:
                    return "{{ %s.%s }}" % (var, f.group(2))
                if not f.group(2) and f.group(1) in names:
                    return "{{ %s.%s }}" % (var, names[f.group(1)])
                return ""
            body = _JS_OUT.sub(field, _HTML_COMMENT.sub("", t.group(1)))
            if "{{" not in body:
                body = ""
        out.append((m.group("list"), Listing(var=var if body else "", body=body)))
    return out


_SCRIPT_MOST = 1_999_999
"""The largest script or page (bytes) a listing's loop is looked for in."""


def _site_scripts(path: Path, texts: dict[Path, str], beside: dict[Path, dict[Path, str]]) -> dict[Path, str]:
    """The scripts a list a loop of ``path`` runs over may be defined in: ``path`` itself, the site's scripts
    among ``texts``, and the scripts beside ``path`` (``data.js`` defining the list ``main.js`` maps over holds
    no loop, so no listing names it among ``texts``); ``beside``: the scripts of each folder not among ``texts``,
    filled here, so a folder's are read once for every looping script in it."""
    if path.parent not in beside:
        beside[path.parent] = {p: text for p in sorted((*path.parent.glob("*.js"), *path.parent.glob("*.mjs")))
                               if p not in texts and (text := file_text(p, most=_SCRIPT_MOST)) is not None}
    scripts = {p: t for p, t in ((path, texts[path]), *texts.items()) if p.suffix.lower() in (".js", ".mjs")}
    return {**scripts, **beside[path.parent]}


def _site_html(root: Path, texts: dict[Path, str]) -> dict[Path, str]:
    """The site's HTML pages (its top folder and the folders under it) beside ``texts``, read once for every script
    listing :func:`_script_kind` names."""
    html = dict(texts)
    for page in (*root.glob("*.htm*"), *root.glob("*/*.htm*")):
        if page not in html and (text := file_text(page, most=_SCRIPT_MOST)) is not None:
            html[page] = text
    return html


def _script_kind(path: Path, html: dict[Path, str]) -> str | None:
    """What the site's menus call the page that loads the script ``path`` (``<script src="journal.js">`` on
    journal.html, which a menu links as "Journal Articles"): the section kind of the first link label that
    names one, or None; ``html`` is the site's pages (:func:`_site_html`)."""
    pages = {p.name for p, text in html.items() if p.suffix.lower() in (".html", ".htm")
             and re.search(r"""<script[^>]*\bsrc\s*=\s*["'][^"']*\b%s["']""" % re.escape(path.name), text, re.I)}
    for text in html.values():
        for label, href in md_links(text) if pages else ():  # (the one reader of a page's links)
            if re.split(r"[?#]", href, maxsplit=1)[0].rsplit("/", 1)[-1] in pages:
                kind = section_kind(" ".join(label.split()))
                if kind:
                    return kind
    return None


# --- a site ---------------------------------------------------------------------------------------------------


_HUGO_DATA = re.compile(r"(?i)\.Site\.Data\.")
"""A Hugo template's reference to the site's data files (``.Site.Data.publications``)."""


def _includes(root: Path) -> dict[str, str]:
    """The text of the site's templates that pages include by name (``_includes/pub-entry.html``)."""
    folder = root / "_includes"
    return {f.relative_to(folder).as_posix(): text
            for f in sorted(folder.rglob("*")) if f.is_file() and (text := file_text(f, most=199_999)) is not None} \
        if folder.is_dir() else {}


def may_list(text: str) -> bool:
    """Whether a page or template's text (as written) can hold a listing :func:`site_listings` reads: a Liquid
    loop over ``site.data``, a Hugo ``.Site.Data`` range, a Quarto ``listing:``, a PHP page's ``json_decode``."""
    return "site.data." in text or bool(_HUGO_DATA.search(text)) or "listing:" in text or "json_decode" in text \
        or ".map(" in text or ".forEach(" in text


def site_listings(root: Path, texts: dict[Path, str]) -> dict[Path, list[Listing]]:
    """Every listing of the site's pages and templates (``texts``: file -> text as written), by the data file
    it lists (resolved)."""
    from ..document import front_matter_or_none
    from .files import doc_or_none

    includes = _includes(root)
    out: dict[Path, list[Listing]] = {}

    def add(path: Path | None, listing: Listing) -> None:
        if path is not None:
            out.setdefault(path.resolve(), []).append(listing)

    def data_file(folder: Path, name: str) -> Path | None:
        # (Jekyll reads a CSV or TSV file of ``_data`` as a list of records too)
        return next((folder / f"{name}{s}" for s in (*DATA_FILE_SUFFIXES, ".csv", ".tsv")
                     if (folder / f"{name}{s}").is_file()), None)

    site_html: dict[Path, str] | None = None  # (the site's pages, read once when a script listing asks)
    kinds: dict[Path, str | None] = {}  # (a script's _script_kind, its pages scanned once for all its listings)
    beside: dict[Path, dict[Path, str]] = {}  # (the scripts of a looping script's folder, read once: _site_scripts)
    for path, text in texts.items():
        if "site.data." in text:
            for name, listing in liquid_listings(text, includes):
                add(data_file(root / "_data", name), listing)
        if _HUGO_DATA.search(text):
            for name, listing in hugo_listings(text):
                add(data_file(root / "data", name), listing)
        if "json_decode" in text and path.suffix.lower() == ".php":
            for name, listing in php_listings(text):
                # (a page another includes runs in the includer's folder: the file is looked for up to the root)
                add(next((f for f in (d / name for d in (path.parent, *path.parent.parents))
                          if f.is_file() and root in (f.parent, *f.parent.parents)), None), listing)
        if "listing:" in text and path.suffix.lower() in (".qmd", ".md", ".rmd"):
            fm = front_matter_or_none(doc_or_none(path))
            if fm is not None and isinstance(fm.data, dict) and fm.data.get("listing"):
                found = quarto_listings(path, fm.data)
                _quarto_kinds(text, found, fm.data)
                for target, listing in found:
                    if target.is_file():
                        add(target, listing)
        if path.suffix.lower() in (".js", ".mjs") and (".map(" in text or ".forEach(" in text):
            scripts = None
            for name, listing in script_listings(text):
                if not listing.body:
                    continue
                # (the list the loop runs over, a binding of this script's or of another of the site's, as the module
                # reader reads them: one beside it, which need hold no loop of its own, "data.js" beside "main.js")
                scripts = _site_scripts(path, texts, beside) if scripts is None else scripts
                target = next((p for p, t in scripts.items() if name in t and any(
                    b.name == name and isinstance(b.value, list) for b in module_of(t, str(p)).bindings)), None)
                if target is not None:
                    if target not in kinds:
                        site_html = _site_html(root, texts) if site_html is None else site_html
                        kinds[target] = _script_kind(target, site_html)
                    listing.kind = kinds[target]
                    add(target, listing)
    return out


def collection_listings(root: Path, name: str) -> list[Listing]:
    """The Liquid loops of the site's own pages and templates over its collection ``name`` (``{% for post in
    site.publications %}`` with the conditions its body writes a document under), read from the folder."""
    from .record_files import site_files, site_texts

    source = f"site.{name}"
    includes = _includes(root)
    return [listing for text in site_texts(site_files(root, set())[2]).values() if source in text
            for found, listing in liquid_listings(text, includes) if found == source]


def data_listings(root: Path) -> dict[Path, list[Listing]]:
    """:func:`site_listings` of the site's own pages and templates (those that loop over ``site.data`` or list a
    data file), read from the folder."""
    from .record_files import site_files, site_texts

    return site_listings(root, {path: text for path, text in site_texts(site_files(root, set())[2]).items()
                                if may_list(text)})
