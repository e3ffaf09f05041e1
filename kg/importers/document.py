"""One document for every page source: markdown is rendered to HTML *on the same lines*.

Takes the text of a markdown page (GitHub README, Jekyll/academicpages ``about.md``, plain markdown) and gives
HTML whose line ``n`` holds what the source's line ``n`` said, so the one HTML reader (``kg.importers.page``)
reads every family and its ``file:line`` locations and ``unparsed`` lines stay exact without any map.

How: markdown-it-py renders token by token; each block token that has a source map is emitted on its source
line (the newlines markdown-it puts between block tags are dropped, blank lines are padded in), inline content
keeps its soft line breaks, and raw HTML blocks and code pass through verbatim. Front matter, Liquid tags
(``{% ... %}``, ``{{ ... }}``) and kramdown attribute lines (``{: .class}``) are blanked before rendering, keeping
their lines, and reported as not-data lines. :func:`read_front_matter` reads that front matter (YAML or TOML)
with the line span of every key, for the readers of markdown pages and site folders.

>>> html, ignored = render_markdown("# Ada\\n\\n* **Ada L.**, B. C.\\n  Paper. 2020.\\n")
>>> html.splitlines()[0], html.splitlines()[2].startswith("<ul><li>"), ignored
('<h1>Ada</h1>', True, [])
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from html import escape as _html_escape
from functools import lru_cache
from pathlib import Path  # noqa: F401  (doctests)
from typing import Any

from ..errors import SourceError
from .base import READ_ONCE, SourceDoc, compose_yaml, construct_yaml
from .common import escape_sup_marks, latex_sup_marks, lazy_compile, strip_tags

_LIQUID = re.compile(r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}", re.S)
_LIQUID_COMMENT_BLOCK = re.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.S)
_LIQUID_CAPTURE_BLOCK = re.compile(r"\{%-?\s*capture\s+(\w+)\s*-?%\}.*?\{%-?\s*endcapture\s*-?%\}", re.S)
_LEGEND_STAR = re.compile(r"\*(?<=[(\[（]\*)(?=[ \t:：])")
r"""A star right after an opening bracket and before a space or colon: the star first, the bracket looked behind it
(the same matches as ``(?<=[(\[（])\*``, found by the star's place in the page rather than by trying every position)."""
_LEGEND_BULLET = re.compile(r"^([ \t]{0,3})([*+])(?=[ \t]+(?:denotes?|indicates?|means?|marks?|stands?\s+for|represents?)\b)",
                            re.M | re.I)
"""'* denotes co-first authors, # denotes co-supervised' on a line of its own: the star is the legend's symbol, not
a list bullet (rendered as a bullet, the legend would say what "denotes co-first authors" and lose its symbol)."""
_FENCED_DIV = re.compile(r"^\s*:{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*:*\s*$")
_DIV_CLASS = re.compile(r"\{\s*\.([A-Za-z][\w-]*(?:title|heading|header)[\w-]*)\s*\}")
"""A fenced div's class that makes it a heading (``::: {.section-title}``)."""
_PLAIN_LINE = re.compile(r"[^\W\d_][^*_`\[\]<>#|{}]{0,80}$")
"""A short line of words with no markdown or HTML in it."""


def heading_box(lines: list[str], i: int) -> tuple[str, str] | None:
    """Pandoc's (Quarto's) box of one plain line whose class makes it a heading, opening at line ``i``
    (0-based): ``::: {.section-title}`` / ``Education`` / ``:::`` -> (``"section-title"``, ``"Education"``)."""
    cls = _DIV_CLASS.search(lines[i]) if lines[i].lstrip().startswith(":::") and _FENCED_DIV.match(lines[i]) else None
    if cls and i + 2 < len(lines) and lines[i + 2].strip().startswith(":::") and _PLAIN_LINE.match(lines[i + 1]) \
            and not lines[i + 1].lstrip().startswith(":::"):
        return cls.group(1), lines[i + 1].strip()
    return None
_INLINE_ATTR = re.compile(r"(?<=\))\{:?\s*[.#]?[A-Za-z][^{}\n]*\}")
_KRAMDOWN_ATTR = re.compile(r"^\s*\{:[^}]*\}\s*$")
_SPAN_ATTR = lazy_compile(r"\]\{[ \t]*((?:[.#][A-Za-z][\w-]*|[A-Za-z][\w-]*=(?:\"[^\"\n]*\"|[^\s{}]+))"
                        r"(?:[ \t]+(?:[.#][A-Za-z][\w-]*|[A-Za-z][\w-]*=(?:\"[^\"\n]*\"|[^\s{}]+)))*)[ \t]*\}")
"""The attributes closing a Pandoc bracketed span (``[Title]{.pub-title}``, ``[x]{#id lang=fr}``), on one line."""
_SPAN_BLOCK_LINES = 12
"""The most lines above its closing a bracketed span is looked for in (a hard-wrapped list item or paragraph)."""
_SPAN_BLOCK_START = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
"""A line a bracketed span's block starts at: a list item's, nested or not (Pandoc indents by 4); a fence's line
(:data:`_FENCE_LINE`) is above the block."""
_FENCE_LINE = re.compile(r"^\s*(?:`{3}|~{3})")
_LINK_DEFINITION = re.compile(r"""^ {0,3}\[[^\[\]]+\]:\s*<?\S+>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
_LINK_LABEL = re.compile(r"(?m)^ {0,3}\[([^\[\]]+)\]:\s*\S")
_SPACED_REFERENCE = re.compile(r"(?<![\]\\])\[([^\[\]\n]+)\] \[([^\[\]\n]+)\](?![(:\[])")
"""kramdown's reference link with a space before its label: "[text] [label]"."""
_DESTINATION = re.compile(r"\]\((?P<d>(?:[^()\n]|\([^()\n]*\))*)\)")


def bracketed_spans(line: str) -> str:
    """Pandoc's (Quarto's) bracketed spans on one line -> the ``<span class=...>`` Pandoc renders, their
    markdown kept inside (nested brackets, links included); a ``]{...}`` with no opening bracket is left alone.

    >>> bracketed_spans("- [A Title]{.pub-title} (with B. C.) [[PDF](a.pdf)[Code](b)]{.pub-links}")
    '- <span class="pub-title">A Title</span> (with B. C.) <span class="pub-links">[PDF](a.pdf)[Code](b)</span>'
    """
    done = 0  # attributes before this offset have no opening bracket
    while m := _SPAN_ATTR.search(line, done):
        depth, start = 0, None
        for j in range(m.start(), -1, -1):
            if j > 0 and line[j - 1] == "\\":
                continue  # "\[", "\]": literal brackets
            depth += {"]": 1, "[": -1}.get(line[j], 0)
            if depth == 0 and line[j] == "[":
                start = j
                break
        if start is None or start > 0 and line[start - 1] == "!" or _in_code_span(line, start):
            # (no span: an image's attributes, or a "[" in a code span, "`[A Long Title]{.title}`")
            done = m.end()
            continue
        classes = " ".join(c[1:] for c in m.group(1).split() if c.startswith("."))
        attr = f' class="{_html_escape(classes)}"' if classes else ""
        line = line[:start] + f"<span{attr}>" + line[start + 1:m.start()] + "</span>" + line[m.end():]
    return line


_CODE_SPAN = re.compile(r"(`+)[^`]*?\1(?!`)")


def _in_code_span(line: str, at: int) -> bool:
    """Whether offset ``at`` falls inside a closed code span of ``line`` (an unpaired backtick, "`quote'", opens
    none)."""
    return any(m.start() < at < m.end() for m in _CODE_SPAN.finditer(line))


@lru_cache(maxsize=256)
def _md(off: frozenset[str] = frozenset()):
    """The markdown parser (CommonMark with raw HTML, tables and strikethrough), without the rules ``off``
    (:func:`_rules_off`). One parser per set of rules, the 256 last asked for kept (a parser is set-up, ~0.2 ms):
    the sets are subsets of the 17 rules :func:`_rules_off` may leave out, so a run over many pages may ask for
    hundreds of them (a site meets a few dozen)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
    md.enable("table")
    md.enable("strikethrough")
    if off:
        md.disable(sorted(off))
    # link targets are repaired and percent-encoded by the reader (common.repair_url); markdown-it's own
    # normalisation (mdurl parse + encode per link) is a third of its parse time on a page of papers
    md.normalizeLink = lambda url: url.strip()  # type: ignore[method-assign]
    md.normalizeLinkText = lambda text: text  # type: ignore[method-assign]
    return md


_CONTAINER_MARKS = " \t>*+-0123456789.)"
"""What a line may open with before the block it starts: indentation, list markers ("-", "+", "*", "12." or "3)")
and quote markers (">"). A superset: any run of these characters is stripped (:func:`_rules_off`)."""
_RULE_CHARS = (("table", "|"), ("reference", "]:"), ("escape", "\\"), ("backticks", "`"), ("strikethrough", "~"),
               ("link", "["), ("image", "!["), ("autolink", "<"), ("html_inline", "<"), ("entity", "&"))
"""Rules of the parser that can fire only on a text holding the given characters: a table's row holds a "|", a
reference definition "]:", an image "![", an autolink or inline HTML "<", an entity "&" ..."""


def _rules_off(text: str) -> frozenset[str]:
    """The parser's rules that cannot fire anywhere in ``text`` (as markdown-it reads it: "\\r" breaks a line):
    each would only be asked, at every block or every stop of the inline scan, and answer no. The rules that need
    a character the text lacks (:data:`_RULE_CHARS`, a fence's "```"/"~~~", emphasis's "*"/"_"), and the block rules
    that need a line to open so, after its list and quote markers (:data:`_CONTAINER_MARKS`): a quote ">", raw HTML
    "<", a heading "#", and a rule or a heading's underline, a line of marks alone ("---", "* * *", "===", "___").
    Leaving them out changes no token (``test_document``)."""
    off = {name for name, chars in _RULE_CHARS if chars not in text}
    if "```" not in text and "~~~" not in text:
        off.add("fence")
    if "*" not in text and "_" not in text:
        off.add("emphasis")
    quote = html = heading = ruled = False
    for line in (re.sub(r"\r\n?", "\n", text) if "\r" in text else text).split("\n"):
        rest = line.lstrip(_CONTAINER_MARKS)
        head = rest[:1]
        if head == "<":
            html = True
        elif head == "#":
            heading = True
        elif head in ("=", "_") or not rest and line.strip(" \t"):
            ruled = True  # ("---", "* * *", "1." alone: marks only, maybe a rule)
        if len(rest) < len(line) and ">" in line[:len(line) - len(rest)]:
            quote = True
    for name, on in (("blockquote", quote), ("html_block", html), ("heading", heading), ("hr", ruled),
                     ("lheading", ruled)):
        if not on:
            off.add(name)
    return frozenset(off)


def front_matter_span(text: str) -> tuple[int, int] | None:
    """Lines ``(first, last)`` (1-based) of a ``---``/``+++`` front matter block, of a metadata header
    (:func:`_metadata_end`) or of Franklin's page variables (:func:`_franklin_header`), opening the text, if any."""
    lines = text.split("\n")
    if lines[0].rstrip() not in ("---", "+++"):
        if (franklin := _franklin_header(lines)) is not None:
            return franklin[0] + 1, franklin[1] + 1
        end = _metadata_end(lines)
        return None if end is None else (1, end + 1)
    end = closing_fence(lines, 0)
    return None if end is None else (1, end + 1)


def closing_fence(lines: list[str], first: int, within: int | None = None) -> int | None:
    """0-based line that closes the front matter opened on line ``first`` (``---`` also closes with ``...``), looked
    for in the next ``within`` lines (all of them when None: a format's guess looks at the head of a file only)."""
    fence = lines[first].strip()
    closers = ("---", "...") if fence == "---" else (fence,)
    last = len(lines) if within is None else min(len(lines), first + within)
    return next((i for i in range(first + 1, last) if lines[i].strip() in closers), None)


_METADATA_KEYS = frozenset({"title", "date", "modified", "category", "tags", "keywords", "slug", "author", "authors",
                            "summary", "lang", "translation", "status", "template", "save_as", "url", "description",
                            "subtitle"})
_METADATA_LINE = re.compile(r"([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)")


def _metadata_end(lines: list[str]) -> int | None:
    """0-based last line of a metadata header opening the text: ``Key: value`` lines down to the first blank line,
    each a page's metadata name (Pelican's and Python-Markdown's ``Title: Publications`` / ``Date: 2016-07-06``,
    which MkDocs reads too); their values are the page's front matter, not its text. A key no page's metadata has
    (``Email: ada@uio.no``) makes the lines the page's text, read as any other (only title and author of a
    header are read).

    >>> _metadata_end(["Title: About", "Slug: about", "", "I am Ada."]), _metadata_end(["Name: Ada", "", "Hi"])
    (1, None)
    >>> _metadata_end(["Title: Ada Lind", "Email: ada@uio.no", "", "Hi"])
    """
    m = _METADATA_LINE.fullmatch(lines[0].rstrip()) if lines else None
    if not m or m.group(1).lower() not in _METADATA_KEYS or not m.group(2).strip():
        return None
    end = 0
    while end + 1 < len(lines) and lines[end + 1].strip():
        line = lines[end + 1]
        if not line.startswith(("    ", "\t")) and not ((m := _METADATA_LINE.fullmatch(line.rstrip()))
                                                        and m.group(1).lower() in _METADATA_KEYS):
            return None  # ("Title: A" over a line of text, or over "Email: a@b.no": a page opening with labels)
        end += 1
    return end


def _metadata(lines: list[str], end: int) -> FrontMatter:
    """The metadata header on ``lines[0..end]`` (:func:`_metadata_end`) as front matter: each key lower-cased,
    its value a string (an indented line continues the one above), no fences."""
    data: dict[str, Any] = {}
    spans: dict[str, tuple[int, int]] = {}
    key = None
    for i in range(end + 1):
        m = _METADATA_LINE.fullmatch(lines[i].rstrip())
        if m and not lines[i].startswith((" ", "\t")):
            key = m.group(1).lower()
            data[key], spans[key] = m.group(2).strip(), (i + 1, i + 1)
        elif key is not None:
            data[key], spans[key] = f"{data[key]} {lines[i].strip()}".strip(), (spans[key][0], i + 1)
    return FrontMatter(data, spans, end + 2)


_FRANKLIN_DEF = lazy_compile(r"@def[ \t]+([A-Za-z_]\w*)[ \t]*=[ \t]*(.*?)[ \t]*")


def _franklin_header(lines: list[str]) -> tuple[int, int] | None:
    """0-based first and last line of the page variables a Franklin.jl page opens with, under HTML comments and
    blank lines only: ``@def title = "Publications"`` lines, or a ``+++`` block of TOML below a comment (its
    ``config.md`` explains itself in ``<!-- ... -->`` first); None for any other page.

    >>> _franklin_header(["<!-- the page's variables -->", '@def title = "Talks"', "@def hascode = true", "", "Hi"])
    (1, 2)
    >>> _franklin_header(["<!--", "notes", "-->", "+++", 'author = "Ada Lind"', "+++"]), _franklin_header(["Hi"])
    ((3, 5), None)
    """
    i, comment, commented = 0, False, False
    while i < len(lines):
        line = lines[i].strip()
        if comment or line.startswith("<!--"):
            comment, commented = "-->" not in line, True
        elif line:
            break
        i += 1
    if i == len(lines):
        return None
    if lines[i].strip() == "+++":
        if not commented:
            return None  # (a page opening with its "+++" block is read as Hugo's and Zola's are)
        end = closing_fence(lines, i)
        return None if end is None else (i, end)
    if not _FRANKLIN_DEF.fullmatch(lines[i].strip()):
        return None
    first = end = i
    while end + 1 < len(lines) and (not lines[end + 1].strip() or _FRANKLIN_DEF.fullmatch(lines[end + 1].strip())):
        end += 1
    while not lines[end].strip():
        end -= 1
    return first, end


def _franklin(doc: SourceDoc, first: int, end: int) -> FrontMatter:
    """Franklin's page variables on ``doc.lines[first..end]`` (:func:`_franklin_header`) as front matter, each value
    read as the TOML value it is written as (Julia's strings, numbers, booleans and lists are written alike), else
    kept as its text (``Date(2019, 3, 22)``)."""
    import tomllib

    lines = doc.lines
    if lines[first].strip() == "+++":
        text = "\n".join(lines[first + 1:end])
        data, spans = toml_with_spans(text, first + 1, doc.display)
        return FrontMatter(data, spans, end + 2, (first + 1, end + 1))
    data: dict[str, Any] = {}
    spans: dict[str, tuple[int, int]] = {}
    for i in range(first, end + 1):
        if m := _FRANKLIN_DEF.fullmatch(lines[i].strip()):
            try:
                value = tomllib.loads(f"v = {m.group(2)}")["v"]
            except tomllib.TOMLDecodeError:
                value = m.group(2)
            data[m.group(1)], spans[m.group(1)] = value, (i + 1, i + 1)
    return FrontMatter(data, spans, end + 2)


def franklin_variables(doc: SourceDoc) -> FrontMatter | None:
    """The page variables of a Franklin.jl page or of its site's ``config.md`` (:func:`_franklin_header`), None when
    the page opens with none (its front matter, if any, is another generator's)."""
    header = _franklin_header(doc.lines)
    return None if header is None else _franklin(doc, *header)


def _opens_yaml(lines: list[str], first: int) -> bool:
    """Whether the first non-blank line after the ``---`` on line ``first`` (0-based) reads as a YAML mapping key
    (``title: A``, ``author:``), i.e. an unclosed ``---`` opens a front matter rather than rules off markdown."""
    nxt = next((line.strip() for line in lines[first + 1 :] if line.strip()), "")
    return bool(re.match(r"[\w\"'][^:#]*:(\s|$)", nxt))


# --- front matter ----------------------------------------------------------------------------------


@dataclass
class FrontMatter:
    """A markdown file's front matter: the data, each top-level key's line span, the body."""

    data: dict[str, Any]
    spans: dict[str, tuple[int, int]]
    """1-based first and last line of each top-level key (nested keys as ``"a.b"``)."""
    body_start: int
    """1-based line where the body starts (after the closing fence)."""
    fence_lines: tuple[int, ...] = ()
    items: dict[str, tuple[int, int]] = field(default_factory=dict)
    """The line span of each entry of a YAML block list (``"item.0"``, from its first line to the next entry's)
    and of the keys inside it (``"sections.1.content.text"``): :func:`collect_yaml_spans`; of each table of a TOML
    array of tables (``[[item]]``) and its keys likewise: :func:`toml_with_spans`."""


def read_front_matter(doc: SourceDoc) -> FrontMatter:
    """YAML (``---``, closed by ``---`` or ``...``) or TOML (``+++``) front matter of a markdown file, or its
    metadata header (``Title: About`` lines: :func:`_metadata_end`), or Franklin.jl's page variables
    (:func:`_franklin_header`), with line spans.

    A file without front matter gives empty data and a body from line 1; a front matter that
    does not parse is a :class:`SourceError` at its line.

    >>> fm = read_front_matter(SourceDoc(Path("a.md"), "---\\ntitle: Ada\\nauthor:\\n  name: Ada L.\\n---\\nHi\\n"))
    >>> fm.data["author"], fm.spans["author"], fm.body_start, fm.fence_lines
    ({'name': 'Ada L.'}, (3, 4), 6, (1, 5))
    """
    lines = doc.lines
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if (franklin := _franklin_header(lines)) is not None:
        return _franklin(doc, *franklin)
    if first == 0 and lines[0].strip() not in ("---", "+++") and (end := _metadata_end(lines)) is not None:
        return _metadata(lines, end)
    if first is None or lines[first].strip() not in ("---", "+++"):
        return FrontMatter({}, {}, 1)
    fence = lines[first].strip()
    end = closing_fence(lines, first)
    if end is None and fence == "---" and not _opens_yaml(lines, first):
        # a lone '---' over markdown (an include fragment opening with a rule above its '## 2021' heading): Jekyll
        # and Hugo only take a closed block as front matter, so this is a thematic break and the page is read whole
        return FrontMatter({}, {}, 1)
    if end is None:
        raise SourceError(f"front matter opened with {fence!r} is never closed", path=doc.display, line=first + 1)
    text = "\n".join(lines[first + 1 : end])
    offset = first + 1  # 0-based index of the first front-matter line
    # parsed once an import (kept in READ_ONCE, by the file and its front matter's text and place): a site's readers
    # ask for a page's front matter two to four times (its records, its permalink, the account of its files), and
    # YAML parsing was a third of a site of a thousand pages; each asker is given data of its own
    memo = READ_ONCE.get()
    key = ("front matter", doc.display, fence, offset, text)
    if memo is not None and key in memo:
        data, spans, items = memo[key]
        return FrontMatter(copy.deepcopy(data), dict(spans), end + 2, (first + 1, end + 1), dict(items))
    items: dict[str, tuple[int, int]] = {}
    if fence == "---":
        data, spans = yaml_with_spans(text, offset, doc.display, items=items)
    else:
        data, spans = toml_with_spans(text, offset, doc.display, items=items)
    if memo is not None:
        memo[key] = (copy.deepcopy(data), dict(spans), dict(items))
    return FrontMatter(data, spans, end + 2, (first + 1, end + 1), items)


def front_matter_or_none(doc: SourceDoc | None) -> FrontMatter | None:
    """:func:`read_front_matter` for a reader that only looks at a page: None when there is no page (an unreadable
    file) or its front matter does not parse (the page's own reader reports that).

    >>> front_matter_or_none(SourceDoc(Path("a.md"), "---\\ntitle: [Ada\\n---\\n")) is None
    True
    """
    if doc is None:
        return None
    try:
        return read_front_matter(doc)
    except SourceError:
        return None


def yaml_with_spans(text: str, offset: int, display: str, what: str = "front matter",
                    items: dict[str, tuple[int, int]] | None = None) -> tuple[dict, dict[str, tuple[int, int]]]:
    """YAML text (its first line is file line ``offset + 1``) -> its mapping and the 1-based line span of
    each key (nested keys as ``"a.b"``; ``items``, when given, gets the lists' entries: :func:`collect_yaml_spans`);
    errors are :class:`SourceError` at their line, saying ``what`` the text is (a page's front matter, a whole data
    file)."""
    import yaml

    try:
        try:
            node = compose_yaml(text, display, offset + 1) if text.strip() else None
        except yaml.YAMLError as exc:
            # "path: ''\t\t# a comment", "margin-width:\t275px": tabs after a line's first text (before a comment,
            # a value or the line's end), which Jekyll's and Quarto's YAML readers take as spaces (PyYAML does
            # not); each line keeps its place, so error lines stay right
            spaced = re.sub(r"(?<=\S)[ \t]*\t[ \t]*", " ", text)
            if "'\\t'" in str(getattr(exc, "problem", "")) and spaced != text:
                node = compose_yaml(spaced, display, offset + 1)
            elif (mended := _yaml_quotes_mended(text)) is not None:
                node = compose_yaml(mended, display, offset + 1)
            else:
                raise
        data = construct_yaml(node) if node is not None else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = offset + mark.line + 1 if mark is not None else offset
        problem = getattr(exc, "problem", None) or "bad YAML"
        raise SourceError(f"{what} is not valid YAML: {problem}", path=display, line=line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SourceError(f"{what} is not a YAML mapping", path=display, line=offset)
    spans: dict[str, tuple[int, int]] = {}
    collect_yaml_spans(node, "", offset, spans, items)
    return data, spans


_YAML_QUOTED_LINE = re.compile(r"""^(\s*[\w.\-]+:[ \t]+)(['"])(.*)\2([ \t]*)$""")
_YAML_ESCAPES = "0abt\tnvfre \"/\\N_LPxuU"
"""The characters a backslash escapes in a double-quoted YAML string."""


def _yaml_quotes_mended(text: str) -> str | None:
    """YAML whose one-line quoted values are written as a person reads them, not as YAML must: a bare ``'`` inside
    single quotes (``venue: 'Université d'Evry'``), a LaTeX accent inside double quotes (``title: "{\\'E}tude"``,
    an escape YAML does not know), a bare ``"`` inside double quotes. Jekyll's strict reader fails on the file;
    a reader of the page reads the value as written, so it is kept so (each line in its place). None when nothing
    needs mending.

    >>> print(_yaml_quotes_mended("venue: 'Université d'Evry'\\ntitle: \\"{\\\\'E}tude\\""))
    venue: 'Université d''Evry'
    title: "{\\\\'E}tude"
    """
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _YAML_QUOTED_LINE.match(line)
        if not m:
            continue
        quote, inner = m.group(2), m.group(3)
        if quote == "'":
            inner = re.sub(r"(?<!')'(?!')", "''", inner)
        else:
            inner = re.sub(r'\\(?![' + re.escape(_YAML_ESCAPES) + r'])', r"\\\\", inner)
            inner = re.sub(r'(?<!\\)"', r'\\"', inner)
        lines[i] = m.group(1) + quote + inner + quote + m.group(4)
    mended = "\n".join(lines)
    return mended if mended != text else None


def collect_yaml_spans(node, prefix: str, offset: int, spans: dict[str, tuple[int, int]],
                       items: dict[str, tuple[int, int]] | None = None) -> None:
    """Add the 1-based line span of every key of a composed YAML mapping ``node`` to ``spans``; with ``items``,
    each entry of a block list there (``"item.0"``: from its first line to the line before the next entry's, the
    last to the list's end) and every key inside an entry (``"item.0.title"``).

    >>> import yaml
    >>> spans, items = {}, {}
    >>> collect_yaml_spans(yaml.compose("item:\\n- title: A\\n  year: 1\\n- title: B\\n"), "", 0, spans, items)
    >>> spans, items
    ({'item': (1, 4)}, {'item.0': (2, 3), 'item.0.title': (2, 2), 'item.0.year': (3, 3), 'item.1': (4, 4), 'item.1.title': (4, 4)})
    """
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return
    for key_node, value_node in node.value:
        key = f"{prefix}{key_node.value}"
        first = offset + key_node.start_mark.line + 1
        end = value_node.end_mark
        last = offset + (end.line if end.column == 0 else end.line + 1)
        spans[key] = (first, max(first, last))
        if isinstance(value_node, yaml.MappingNode):
            collect_yaml_spans(value_node, key + ".", offset, spans, items)
        elif items is not None:
            _collect_entries(value_node, key, offset, max(first, last), items)


def _collect_entries(node, key: str, offset: int, last: int, items: dict[str, tuple[int, int]]) -> None:
    """The entries of a block list ``node`` (the value of ``key``, whose lines end at ``last``) into ``items``
    (:func:`collect_yaml_spans`); a flow list (``[a, b]``) or any other value adds none."""
    import yaml

    if not isinstance(node, yaml.SequenceNode) or node.flow_style:
        return
    starts = [offset + entry.start_mark.line + 1 for entry in node.value]
    for i, entry in enumerate(node.value):
        end = max(starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else last)
        items[f"{key}.{i}"] = (starts[i], end)
        if isinstance(entry, yaml.MappingNode):
            collect_yaml_spans(entry, f"{key}.{i}.", offset, items, items)
        else:
            _collect_entries(entry, f"{key}.{i}", offset, end, items)


_TOML_QUOTED_LINE = re.compile(r'^(\s*[\w.\-]+\s*=\s*")(.*)("\s*)$')


def _toml_quotes_mended(text: str) -> dict | None:
    """TOML whose one-line strings hold bare double quotes (``abstract = "the "dark" trait"``, written by hand,
    which TOML reads as the string's end) read with those quotes escaped, or None when it is still not TOML.

    >>> _toml_quotes_mended('title = "On the "dark" side"\\ndate = 2016')
    {'title': 'On the "dark" side', 'date': 2016}
    """
    import tomllib

    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _TOML_QUOTED_LINE.match(line)
        if m and not m.group(2).startswith("\"\"") and re.search(r'(?<!\\)"', m.group(2)):
            lines[i] = m.group(1) + re.sub(r'(?<!\\)"', r'\\"', m.group(2)) + m.group(3)
    mended = "\n".join(lines)
    if mended == text:
        return None
    try:
        return tomllib.loads(mended)
    except tomllib.TOMLDecodeError:
        return None


def toml_with_spans(text: str, offset: int, display: str,
                    items: dict[str, tuple[int, int]] | None = None) -> tuple[dict, dict[str, tuple[int, int]]]:
    """:func:`yaml_with_spans` for TOML (``[table]`` keys as ``"table.key"``); ``items``, when given, gets each
    table of an array of tables as YAML's list entries are (``"item.0"``: from its ``[[item]]`` line to its last
    key's, and ``"item.0.title"``), the Hugo Academic widget's ``[[item]]`` blocks.

    >>> items = {}
    >>> _, spans = toml_with_spans('title = "A"\\n[[item]]\\n  name = "B"\\n  year = 1\\n\\n[[item]]\\n  name = "C"\\n', 0,
    ...                            "a.md", items=items)
    >>> spans["item"], items
    ((2, 7), {'item.0': (2, 4), 'item.0.name': (3, 3), 'item.0.year': (4, 4), 'item.1': (6, 7), 'item.1.name': (7, 7)})
    """
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        data = _toml_quotes_mended(text)
        if data is None:
            m = re.search(r"line (\d+)", str(exc))
            line = offset + int(m.group(1)) if m else offset
            raise SourceError(f"front matter is not valid TOML: {str(exc).split(' (at')[0]}", path=display,
                              line=line) from None
    spans: dict[str, tuple[int, int]] = {}
    lines = text.splitlines()
    entries: list[tuple[str, int, bool]] = []  # key, 0-based line, top-level?
    table = ""
    for i, line in enumerate(lines):
        s = line.strip()
        m = re.match(r"^\[+\s*([\w.\-]+)\s*\]+", s)
        if m:
            table = m.group(1) + "."
            entries.append((m.group(1), i, "." not in m.group(1)))
            continue
        m = re.match(r"^([A-Za-z_][\w\-]*)\s*=", s)
        if m:
            entries.append((table + m.group(1), i, not table))

    def end_of(i: int, following: list[int]) -> int:
        last = (following[0] if following else len(lines)) - 1
        while last > i and (not lines[last].strip() or lines[last].strip().startswith("#")):
            last -= 1
        return last

    # each key ends before the next key it does not hold: a top-level key or table before the next top-level one,
    # a table's key before the next key; one scan from the end finds both (quadratic over the keys otherwise)
    next_any: list[int | None] = [None] * len(entries)
    next_top: list[int | None] = [None] * len(entries)
    after_any: int | None = None
    after_top: int | None = None
    for n in range(len(entries) - 1, -1, -1):
        next_any[n], next_top[n] = after_any, after_top
        after_any = entries[n][1]
        if entries[n][2]:
            after_top = entries[n][1]
    for n, (key, i, top) in enumerate(entries):
        following = next_top[n] if top else next_any[n]
        first, last = offset + i + 1, offset + end_of(i, [] if following is None else [following]) + 1
        if key in spans:  # [[array]] tables: one span over all of them
            first, last = min(first, spans[key][0]), max(last, spans[key][1])
        spans[key] = (first, last)
    if items is not None:
        headers = [n for n, (_, i, _) in enumerate(entries) if re.match(r"^\[", lines[i].strip())]
        seen: dict[str, int] = {}
        for h, n in enumerate(headers):
            key, i, top = entries[n]
            if not (top and re.match(r"^\[\[", lines[i].strip())):
                continue
            k = seen.get(key, 0)
            seen[key] = k + 1
            if not isinstance(data.get(key), list) or k >= len(data[key]):
                continue
            stop = headers[h + 1] if h + 1 < len(headers) else len(entries)
            end = end_of(i, [] if stop == len(entries) else [entries[stop][1]])
            items[f"{key}.{k}"] = (offset + i + 1, offset + end + 1)
            for inner, j, _ in entries[n + 1:stop]:
                if j <= end and inner.startswith(key + "."):
                    items[f"{key}.{k}.{inner[len(key) + 1:]}"] = (offset + j + 1, offset + j + 1)
    return data, spans


_P_OPEN = re.compile(r"^\s*<(?P<tag>p|center)(?:\s[^<>]*)?>\s*$", re.I)
_P_CLOSE = {"p": re.compile(r"^\s*</p>\s*$", re.I), "center": re.compile(r"^\s*</center>\s*$", re.I)}
_MD_MARKUP = re.compile(r"\*\*|__|\]\(|`|^\s*#{1,6}\s")


SITE_ADDRESS = re.compile(r"(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}\s*)+")
"""The site's address a template writes before a path (``{{ site.url }}{{ site.baseurl }}/papers/x.pdf``)."""


def _blanker(ignored: list[int]):
    """A ``re.sub`` replacement blanking what a match spans (its newlines kept, so lines stay where they were),
    its 1-based lines added to ``ignored``."""
    def blank(m: re.Match) -> str:
        first = m.string.count("\n", 0, m.start()) + 1
        ignored.extend(range(first, first + m.group(0).count("\n") + 1))
        return "\n" * m.group(0).count("\n")
    return blank


def blank_template_html(text: str, base: str | None = None, span: tuple[int, int] | None = None
                        ) -> tuple[str, list[int]]:
    r"""An HTML page of a generator's sources (its front matter first: a Jekyll page, not one rendered) as the
    page reader should see it: the front matter and the Liquid tags and output tags taken out, and the lines of a
    Liquid loop's body kept as markup only (what a loop prints for each record, ``<li>{{ talk.title }}, {{
    talk.venue }}</li>`` and its ``[slides]``, is the data file's, not the page's text); a line left with no word
    keeps its tags alone, bare (``<a>``: no link of the page's), and is no text. Also the 1-based lines that held
    only such residue. A Liquid comment block is blanked whole, as :func:`blank_residue` blanks it (the site never
    shows it). The page's own words on a line stay, and so does a link the site's address leads
    (``href="{{ site.baseurl }}/papers/x.pdf"``: under ``base``, the site's url and baseurl; a path from the root
    without one). ``span``: the front matter's lines in the text as written (:func:`front_matter_span`), where the
    caller has found them.

    >>> blank_template_html("---\nlayout: default\n---\n<h3>Talks</h3>\n{% for t in site.data.talks %}\n"
    ...                     "<li>{{ t.title }}, {{ t.venue }}.\n[<a href='{{ t.pdf }}'>slides</a>]</li>\n"
    ...                     "{% endfor %}\n<p>See <a href='{{ site.url }}/cv.pdf'>my CV</a></p>")[1]
    [1, 2, 3, 5, 6, 7, 8]
    >>> blank_template_html("<a href='{{ site.url }}{{ site.baseurl }}/cv.pdf'><i class='ai-cv'></i></a>",
    ...                     "https://ann.example.org/home/")[0]
    "<a href='https://ann.example.org/home/cv.pdf'><i class='ai-cv'></i></a>"
    """
    ignored: list[int] = []
    if "endcomment" in text:
        text = _LIQUID_COMMENT_BLOCK.sub(_blanker(ignored), text)
    commented = set(ignored)  # (a line of a comment block is listed once, though no word is left on it)
    lines = text.split("\n")
    looped = _loop_bodies(lines) if "{%" in text else {}
    span = span or front_matter_span(text)
    for i, line in enumerate(lines):
        if span and span[0] - 1 <= i < span[1]:
            stripped = ""
        elif i in looped:
            stripped = "".join(_MARKUP.findall(_LIQUID.sub("", line)))
        elif "{%" in line or "{{" in line:
            if base and "site." in line:  # (the site's address before a path: the link under it, the line as written)
                line = lines[i] = SITE_ADDRESS.sub(
                    lambda m: base.rstrip("/") if line[m.end():m.end() + 1] == "/" else m.group(0), line)
                if "{%" not in line and "{{" not in line:
                    continue
            stripped = _LIQUID.sub("", line)
        else:
            continue
        if not re.search(r"\w", _ENTITY.sub("", strip_tags(stripped))):
            ignored += [i + 1] if line.strip() and i + 1 not in commented else []
            stripped = "".join(re.sub(r"^<(/?[\w-]+)[^<>]*>$", r"<\1>", tag) for tag in _MARKUP.findall(stripped))
        lines[i] = stripped
    return "\n".join(lines), sorted(ignored)


def blank_residue(text: str) -> tuple[str, list[int]]:
    r"""The text with front matter, Liquid tags, kramdown attribute lines and Pandoc's fenced-div fences
    (``::: {.card}``) blanked (same lines), and the
    1-based lines that held only such residue. A Liquid comment block (``{% comment %} ... {% endcomment %}``) is
    blanked whole: the site never renders what it holds; so is a capture block whose variable is never printed.

    >>> blank_residue("A\n{% comment %}\nOld bio.\n{% endcomment %}\nB")
    ('A\n\n\n\nB', [2, 3, 4])
    """
    ignored: list[int] = []
    blank = _blanker(ignored)
    if "endcomment" in text:
        text = _LIQUID_COMMENT_BLOCK.sub(blank, text)
    if "endcapture" in text:
        # "{% capture written_year %}'None'{% endcapture %}": a value the template compares ("{% if year !=
        # written_year %}"); when no "{{ written_year }}" prints it, what the block holds is no text of the page
        # (a capture printed elsewhere, "{{ notice | markdownify }}", is: it stays)
        def blank_unprinted(m: re.Match) -> str:
            if re.search(r"\{\{-?\s*%s\b" % re.escape(m.group(1)), text):
                return m.group(0)
            return blank(m)
        text = _LIQUID_CAPTURE_BLOCK.sub(blank_unprinted, text)
    lines = text.split("\n")
    looped = _loop_bodies(lines) if "{%" in text else {}
    span = front_matter_span(text)
    if span:
        for i in range(span[0] - 1, span[1]):
            if lines[i].strip():
                ignored.append(i + 1)
            lines[i] = ""
    fence = None
    in_tag = None  # the closer of the Liquid tag written over several lines the line is inside ("{%" / "include
    #                button.html" / "%}"; "{{ paper.date | date:" / '"%Y" }}')
    divs: list[bool] = []  # the fenced divs open at the line, each True when it is shown as a <div>
    for i, line in enumerate(lines):
        if in_tag:
            end = line.find(in_tag)
            ignored.append(i + 1)
            in_tag = in_tag if end < 0 else None
            line = lines[i] = "" if end < 0 else line[end + 2:]
            if not line.strip():
                continue
        if line.lstrip().startswith(("```", "~~~")):
            mark = line.lstrip()[:3]
            fence = mark if fence is None else (None if mark == fence else fence)
        opener = next((o for o in ("{%", "{{") if o in line and _TAG_CLOSER[o] not in line[line.rfind(o):]), None) \
            if fence is None else None
        if opener == "{{" and not any("}}" in lines[j] for j in range(i + 1, min(i + 1 + _OUTPUT_TAG_LINES, len(lines)))):
            opener = None  # (an output tag left open: its line and those under it are the page's text)
        if opener and (opener == "{%" or _OUTPUT_TAG_OPEN.search(line[line.rfind(opener):])):
            # a tag opening here and closing lines below: its arguments are no text of the page (nor is an output
            # tag's: "<b>{{ paper.date | date:" / '"%Y"}}</b>', the record's value the template prints)
            line = lines[i] = line[:line.rfind(opener)]
            in_tag = _TAG_CLOSER[opener]
            if not line.strip():
                ignored.append(i + 1)
                continue
        if fence is None and line.lstrip().startswith(("<p", "<center", "<CENTER")) and _P_OPEN.match(line):
            # "<p style=...>" / "**[3]** Doe, J., 2020. Title. ([PDF](x.pdf))" / "</p>": markdown the author wrote
            # inside a <p>. kramdown's default (parse_block_html: false) and CommonMark both keep it raw, so the
            # page may show the asterisks; kg reads the markup as meant, since the citation is the same either
            # way (a <p> of HTML, or one in a fenced block, stays as written)
            # (so is a heading inside a <center>: "<center>" / "### Research interests" / "</center>", as Pandoc reads it)
            close = _P_CLOSE[_P_OPEN.match(line)["tag"].lower()]
            end = next((j for j in range(i + 1, min(i + 8, len(lines))) if close.match(lines[j])), None)
            inner = lines[i + 1:end] if end is not None else []
            if inner and all(x.strip() and not re.search(r"<[A-Za-z/!]", x) for x in inner) and any(
                    _MD_MARKUP.search(x) for x in inner):
                ignored += [i + 1, end + 1]
                lines[i] = lines[end] = ""
        if line.lstrip().startswith(":::") and _FENCED_DIV.match(line):
            # Pandoc's (Quarto's) fenced div "::: {.news-panel}" ... ":::": a box around blocks, no text
            ignored.append(i + 1)
            box = heading_box(lines, i)
            lines[i] = ""
            if box:
                # shown as the div Pandoc writes (its class makes it a heading, as in a page's own HTML)
                lines[i + 1] = f'<div class="{box[0]}">{_html_escape(box[1])}</div>'
                if fence is None:
                    divs.append(False)  # (its closing fence closes no <div>)
            elif fence is not None:
                pass  # (a fence written inside a code block: shown as code, no box)
            elif re.fullmatch(r"\s*:{3,}\s*", line):
                if divs and divs.pop():
                    lines[i] = "<!-- --></div>"
            else:
                # the <div> Pandoc writes, its blocks inside it (a card of a paper: its title, authors and venue
                # paragraphs are one entry, as in a page's own HTML); a comment opens the line so that it is an
                # HTML block of its own line, the markdown below it read as markdown
                attrs = re.search(r"\{([^{}]*)\}", line)
                names = [c[1:] for c in attrs.group(1).split() if c.startswith(".")] if attrs else \
                    re.findall(r"[\w-]+", line)
                cls = f' class="{_html_escape(" ".join(names))}"' if names else ""
                lines[i] = f"<!-- --><div{cls}>"
                divs.append(True)
            continue
        if i in looped and line.strip() and "{" not in line and "<" not in line \
                and not re.search(r"\w", _ENTITY.sub("", re.sub(r"\[|\]|\(\)", "", line))):
            # ("*," or "&nbsp; [&#91; pdf &#93;]()" between a loop's template lines: their glue, no text)
            ignored.append(i + 1)
            lines[i] = ""
            continue
        if "{" not in line:
            continue
        if _KRAMDOWN_ATTR.match(line):
            ignored.append(i + 1)
            lines[i] = ""
            continue
        if "]{" in line:
            # Pandoc's bracketed spans "[Title]{.pub-title}": the <span> Pandoc renders, its class a hint
            line = lines[i] = bracketed_spans(line)
            if _SPAN_ATTR.search(line):
                # a span opened on a line above: Pandoc hard-wraps a list item or paragraph at 72 columns, so
                # "[A Long\n    Title]{.publication_title}" is one span of the block (its lines kept, one per line)
                top = i
                while top > 0 and i - top < _SPAN_BLOCK_LINES and lines[top - 1].strip() \
                        and not _SPAN_BLOCK_START.match(lines[top]) and not _FENCE_LINE.match(lines[top - 1]):
                    top -= 1
                if top < i:
                    block = bracketed_spans("\n".join(lines[top:i + 1])).split("\n")
                    if len(block) == i + 1 - top:  # (the page's lines one for one, as blank_residue keeps them)
                        lines[top:i + 1] = block
                        line = lines[i]
        if "){" in line:
            # Pandoc's / attr_list's attributes after a link or image ("[CV](cv.pdf){.btn}"): styling, no text
            line = lines[i] = _INLINE_ATTR.sub("", line)
        if "{%" in line or "{{" in line:
            stripped = _LIQUID.sub("", line)
            if line.strip() and not re.search(r"\w", _ENTITY.sub("", strip_tags(stripped))) or (
                    i in looped and re.search(r"\{\{-?\s*(?:%s)\b" % "|".join(looped[i]), line)):
                # "<li>{{ paper.authors }} ({{ paper.year }}).</li>": a template's line, its markup kept; so is
                # "DOI: <a href=...>{{ paper.doi }}</a>" in a loop over records: its words label each record's value
                ignored.append(i + 1)
                if i in looped and "<" not in stripped:
                    # (a markdown line of a loop's body, "*{{ p.title }}*, &nbsp; in {{ p.venue }},": what is left
                    # of it, "*, &nbsp; in ,", is no text of the page; the lines of such a body would make one
                    # entry of their leftovers); a comment's closing "-->" stays, as markup does below: "{% endfor
                    # %} -->" closes the comment that holds a loop the page hid ("<!-- {% for post in site.publications
                    # %}"), and without it the rest of the page is read as that comment
                    stripped = "".join(_MARKUP.findall(stripped))
                elif i in looped:
                    # ("DOI: <a href=...>{{ article.doi }}</a>": the markup kept, the words that label each record's
                    # value dropped with the values, no text of the page's own: "DOI" alone is no award, no entry)
                    stripped = "".join(_MARKUP.findall(stripped))
            elif i in looped and "<" not in stripped and re.search(r"\]\(\s*\{\{", line):
                # "[&#91; pdf &#93;]({{ pdffile }})" in a loop's body: a link each record gets, its address the
                # template's (no link of the page's own)
                ignored.append(i + 1)
                stripped = ""
            lines[i] = stripped
    return "\n".join(lines), sorted(set(ignored))


_TAG_CLOSER = {"{%": "%}", "{{": "}}"}
"""The closer of each Liquid tag's opener."""
_OUTPUT_TAG_OPEN = re.compile(r"""^\{%|^\{\{-?\s*[A-Za-z_][\w.\-\[\]"']*\s*(?:\||-?\}\}|$)""")
"""A Liquid tag's opening: a tag ("{%"), or an output tag that names a variable, then a filter's pipe or the line's
end ("{{ paper.date | date:"; not "{{" in LaTeX, nor BibTeX's "title = {{Sand ripples in")."""
_OUTPUT_TAG_LINES = 3
"""The most lines under its opening an output tag broken over lines closes within (a filter's arguments)."""


_MARKUP = re.compile(r"<[^<>]*>|<!--|-->")
"""An HTML tag written in a line ("<a href=...>", "</li>"), or a comment's opening or closing ("<!--", "-->")."""
_ENTITY = lazy_compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
"""An HTML character reference ("&nbsp;", "&#91;"): no word of the text."""


def _loop_bodies(lines: list[str]) -> dict[int, tuple[str, ...]]:
    """The 0-based lines inside Liquid ``{% for x in ... %}`` loops, with the variables of the loops around each."""
    out: dict[int, tuple[str, ...]] = {}
    names: list[str] = []
    for i, line in enumerate(lines):
        if names:
            out[i] = tuple(names)
        if "{%" in line:
            # (a variable may hold a hyphen, as Liquid allows: "{% for journal-article in sorted %}")
            for m in re.finditer(r"\{%-?\s*(?:for\s+(\w[\w-]*)\s+in\b|(endfor)\b)", line):
                if m.group(1):
                    names.append(m.group(1))
                elif names:
                    names.pop()
    return out


_ADMONITION = lazy_compile(r"""^(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*$""")


def unwrap_admonitions(text: str) -> tuple[str, list[int]]:
    r"""Python-Markdown's admonitions (MkDocs: ``!!! note "Title"`` or a collapsible ``??? note``, the body
    indented by four spaces below it) -> the body as plain markdown on the same lines (not a code block), and
    the 1-based marker lines, which hold the box's style, not data.

    >>> unwrap_admonitions('!!! note "Update"\n    I moved.\n\nText')
    ('\nI moved.\n\nText', [1])
    """
    if "!!!" not in text and "???" not in text:
        return text, []
    lines = text.split("\n")
    markers: list[int] = []
    i = 0
    while i < len(lines):
        if not _ADMONITION.match(lines[i]):
            i += 1
            continue
        markers.append(i + 1)
        lines[i] = ""
        j = i + 1
        while j < len(lines):
            line = lines[j]
            if line.startswith(("    ", "\t")):
                lines[j] = line[1:] if line.startswith("\t") else line[4:]
            elif line.strip():
                break  # the first line back at the margin ends the box
            elif not any(n.strip() for n in lines[j + 1:j + 2]) or not lines[j + 1].startswith(("    ", "\t")):
                break  # a blank line not followed by more of the indented body
            j += 1
        i = j
    return "\n".join(lines), markers


_SPACED_LINK = re.compile(r"((?<!!)\[[^\[\]\n]+\]) (\(https?://[^\s()]+\))")


def repair_destinations(text: str) -> str:
    """Link destinations with raw spaces (``](http://x/2020 AAAI a.pdf)``) are no links to
    CommonMark: percent-encode their spaces so the page's links survive parsing.

    >>> repair_destinations("[a](http://x.org/2020 AAAI a.pdf) [b](http://y.org 'title')")
    "[a](http://x.org/2020%20AAAI%20a.pdf) [b](http://y.org 'title')"

    A link typed with a space between its label and its address (``[Best Paper] (https://x.org/a)``) is shown
    as text and address by CommonMark, but was meant as the link: the space goes.

    >>> repair_destinations("2018: [Best Paper] (https://x.org/a), Oslo")
    '2018: [Best Paper](https://x.org/a), Oslo'
    """
    if "] (http" in text:
        text = _SPACED_LINK.sub(r"\1\2", text)
    if "](" not in text:
        return text

    def fix(m: re.Match) -> str:
        dest = m.group("d")
        stripped = dest.strip()
        if " " not in stripped or stripped.startswith("<") or re.search(r"\s[\"'(]", stripped):
            return m.group(0)
        if not re.match(r"^\(?(?:https?://|/|\.|[\w-]+/|[\w-]+\.\w+)", stripped):
            return m.group(0)
        return "](" + stripped.replace(" ", "%20") + ")"

    return _DESTINATION.sub(fix, text)


_MARKDOWN_ATTR = re.compile(r"""\smarkdown\s*=\s*["']?(?:1|block|span)\b""")
_RAW_HTML_BLOCK = re.compile(r"\s*<(?:script|style|pre|textarea)\b|\s*<!--", re.I)
"""An HTML block whose text no markdown reader renders: a script, a style sheet, preformatted text, a comment."""
_BLOCK_TAG_LINE = lazy_compile(r"^\s*</?(?:div|section|article|p|img|video|source|table|tr|td|th|ul|ol|li|figure|"
                             r"figcaption|h[1-6]|br|hr|iframe|picture|audio|center|details|summary)\b", re.I)


_CONTAINER_OPEN = re.compile(r"<(div|section|article|main|header|footer|aside|nav|ul|ol|li|dl|table|details|figure|"
                             r"center|blockquote)\b[^>]*(?<!/)>", re.I)
_CONTAINER_CLOSE = re.compile(r"</(div|section|article|main|header|footer|aside|nav|ul|ol|li|dl|table|details|figure|"
                              r"center|blockquote)\s*>", re.I)


_LONE_BREAK = re.compile(r"\s*<[bh]r\s*/?>\s*", re.I)
"""A line break or a rule (``<br/>``, ``<hr>``) alone on its line: an element with no content, closed where it stands."""
_LONE_HEADING = re.compile(r"\s*<(h[1-6])\b[^<>]*>(?:(?!</?h[1-6]\b).)*</\1\s*>\s*", re.I)
"""A heading element opened and closed alone on its line (``<h3 style="color:blue;">2026</h3>``)."""


def _html_depth(html: str) -> int:
    """How many container elements ``html`` opens and leaves open (negative when it closes more)."""
    return len(_CONTAINER_OPEN.findall(html)) - len(_CONTAINER_CLOSE.findall(html))


def _render_inside_html(block: str) -> str:
    """An HTML block whose element says ``markdown="1"`` (kramdown, used by AcadHomepage's paper boxes): its
    lines of text are markdown, rendered inline line by line; lines of block tags pass through. A comment that
    holds such a block (a paper box the page hides) stays a comment, whatever follows it is rendered."""
    if block.lstrip().startswith("<!--") and "-->" in block:
        end = block.index("-->") + 3
        rest = block[end:]
        if not rest.strip():
            return block
        nl = rest.find("\n")
        if nl < 0 or rest[:nl].strip():
            return block  # ("--> text" on the comment's closing line: left as it was read)
        return block[:end] + "\n" + _render_inside_html(rest[nl + 1:])
    md = _md()
    out = []
    lines = block.split("\n")
    # (a comment that holds such a block stays as it was read: its lines are no list of the page's)
    items = [bool(LIST_ITEM_LINE.match(x)) and not block.lstrip().startswith("<!--") for x in lines]
    for k, line in enumerate(lines):
        if not line.strip() or _BLOCK_TAG_LINE.match(line):
            out.append(line)
        elif items[k]:
            # "- [Title](url), A, B" lines in a row: a list, one item a line (the lines stay where they are)
            m = LIST_ITEM_LINE.match(line)
            tag = "ol" if m.group(1)[0].isdigit() else "ul"
            first, last = k == 0 or not items[k - 1], k + 1 == len(lines) or not items[k + 1]
            out.append((f"<{tag}>" if first else "") + "<li>" + md.renderInline(m.group(2).strip()) + "</li>"
                       + (f"</{tag}>" if last else ""))
        else:
            # lines of text in a row are one paragraph, as kramdown reads them (a paper box's title, venue and
            # names under its opening tag with no blank line between: one entry, not loose lines beside the tags)
            text = lambda j: bool(lines[j].strip()) and not _BLOCK_TAG_LINE.match(lines[j]) and not items[j]
            first, last = k == 0 or not text(k - 1), k + 1 == len(lines) or not text(k + 1)
            opened = "<p>" if first and not last else ""
            html = md.renderInline(line.strip())
            br = "" if not (first and last) and _LONE_BREAK_END.search(html) else "<br>"  # (one break a line)
            if not (first and last) and _TAGS_ONLY.fullmatch(html):
                # a line that only opens or closes an inline element ("<span style=...>", "</a>" under a paper
                # box's title): no line of the paragraph of its own; the break the line before ends on goes after
                # the element closes, not inside it ("<a>Title</a><br>" before the names, not "Title<br></a>")
                br = ""
                if not first and not _OPENING_TAG.search(html) and out[-1].endswith("<br>"):
                    out[-1], br = out[-1][:-4], "<br>"
            out.append(opened + html + br + ("</p>" if last and not first else ""))
    return "\n".join(out)


_LONE_BREAK_END = re.compile(r"<br\s*/?>\s*$", re.I)
_TAGS_ONLY = re.compile(r"(?:\s*</?[A-Za-z][^<>]*>)+\s*")
"""A line of HTML that is tags only, no text."""
_OPENING_TAG = re.compile(r"<[A-Za-z]")
LIST_ITEM_LINE = re.compile(r"^\s{0,3}([-*+]|\d{1,3}[.)])\s+(\S.*)$")
"""A markdown list item's line inside an HTML block kramdown reads as markdown."""


_EMPTY_ELEMENT_THEN_TEXT = re.compile(r"[ \t]*(<(div|span|a)\b[^<>]*>[ \t]*</\2>)[ \t]*"
                                      r"(?=[^\s<]|<(?:span|a|b|i|em|strong|sup|sub|font)\b)")
"""An element with nothing inside (``<div class='altmetric-embed' data-doi="..."></div>``) opening an HTML block,
text following it on its line."""


def _closed_then_text(block: str) -> tuple[str, str] | None:
    """An HTML block that opens a container element, closes it, and goes on with lines of text: the HTML, and
    the text after it rendered as markdown (on the same lines); None when the block is HTML to its end."""
    lines = block.rstrip("\n").split("\n")
    # ("<br/>" or "<hr>" alone on its line over a paragraph: a break or a rule to kramdown (Jekyll), which reads the text
    # after it as markdown; CommonMark takes the whole paragraph for raw HTML)
    # (so is a heading element alone on its line over a list: "<h3>2026</h3>" then "1. Lee, A. Title. *Venue*":
    # kramdown's heading, then its list; CommonMark would take the list for the heading's raw HTML, its items run
    # together into one paragraph)
    if len(lines) < 2 or not (_CONTAINER_OPEN.match(lines[0].lstrip()) or _LONE_BREAK.fullmatch(lines[0])
                              or _LONE_HEADING.fullmatch(lines[0])):
        return None
    depth = 0
    for k, line in enumerate(lines[:-1]):
        depth += _html_depth(line)
        if depth <= 0:
            rest = lines[k + 1:]
            while len(rest) > 1 and (_LONE_HEADING.fullmatch(rest[0]) or _LONE_BREAK.fullmatch(rest[0])):
                # ("<h3>2024</h3>" then "<h4>Journals</h4>" over the list, "</details>" then the next year's
                # heading: each a block element closed on its line, the text after the last one markdown)
                k, rest = k + 1, rest[1:]
            if not rest[0].strip() or rest[0].lstrip().startswith("<"):
                return None
            tail = "\n".join(rest)
            html = render_markdown(tail)[0].rstrip("\n")
            if html.count("\n") > tail.count("\n"):
                return None
            return "\n".join(lines[:k + 1]), html + "\n" * (tail.count("\n") - html.count("\n"))
    return None


HEADING_LINE = re.compile(r"^[ \t]*(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
"""A markdown heading line (``## People ##``): its marks (group 1: ``len`` is its level) and its text (group 2), the
closing marks left out. The one pattern of a markdown heading every reader of a page's text uses."""
HEADING = lazy_compile(HEADING_LINE.pattern + r"|<h([1-6])\b[^>]*>(.*?)</h[1-6]>", re.M | re.S | re.I)
"""A markdown heading line or an HTML heading element (``<h2 id="x">People</h2>``): :func:`heading_text` reads
either."""


def heading_text(m: re.Match, between: str = " ") -> str:
    """The text of a heading :data:`HEADING` found: a markdown heading's words, an HTML heading's with each of its
    tags replaced by ``between`` (" " where a tag may part two words, "" inside a word's letters: ``Pub<em>s</em>``)."""
    return m.group(2) if m.group(2) is not None else strip_tags(m.group(4) or "", between)
_RAW_TEXT_BLOCK = re.compile(r"^\s*<(?:!--|script|style|pre|textarea)\b", re.I)


def without_heading_marks(text: str) -> str:
    """The text with each markdown heading line's ``#`` marks gone (``## Principal Investigator`` ->
    ``Principal Investigator``), for readers that take a page's text a line at a time.

    >>> without_heading_marks("## People ##\\nAna Ruiz")
    'People\\nAna Ruiz'
    """
    return HEADING_LINE.sub(r"\2", text) if "#" in text else text


_CELL_INFO = r"\{\s*(?:r|python|julia|ojs|bash|sh|sql|stan|rcpp|octave|matlab|code-cell)(?=[\s,}])"
_CODE_CELL = lazy_compile(_CELL_INFO, re.I)
"""The opening of an executable code cell's info string (``{r setup}``, ``{python}``, ``{ojs}``), not a raw block's
(``{=html}``), a MyST directive's (``{note}``: text the page shows) nor a plain code sample's (``python``)."""
_CODE_CELL_FENCE = lazy_compile(rf"^```+\s*{_CELL_INFO}", re.I | re.M)


def has_code_cell(text: str) -> bool:
    """Whether a page's markdown holds an executable code cell (a fence opening ``{r setup}``, ``{python}``): what
    the cell prints, computed when the site is built, is in the rendered page only."""
    return _CODE_CELL_FENCE.search(text) is not None


def _headings_inside_html(block: str, md) -> str:
    """``<center>`` / ``### Education`` / ``</center>``: a markdown heading on a line of its own inside an HTML
    block is a heading (Pandoc, and so Quarto and R Markdown, read markdown inside HTML); CommonMark keeps the
    ``###`` as text. Comments, scripts and preformatted text stay as written."""
    if "#" not in block or _RAW_TEXT_BLOCK.match(block):
        return block
    return HEADING_LINE.sub(lambda m: f"<h{len(m.group(1))}>{md.renderInline(m.group(2))}</h{len(m.group(1))}>", block)


_JEMDOC_LINK = re.compile(r"\[((?:https?://|mailto:|\.{0,2}/)?[^\s\[\]]+?)(?:\s+([^\[\]]+?))?\]")
_JEMDOC_BARE = re.compile(r"(?<!\\)\[([^\s\[\]./:@#{}]+)\]")
_JEMDOC_ITALIC = re.compile(r"(?<![\w:/\\])/(?=\S)([^/\n]*?\S)\s*/(?![\w/])")
"""jemdoc's italics: ``/Venue, 2024/``, or with spaces before the closing slash (``/ICLR 2026, *Oral* /``), which
jemdoc reads as italics too."""
_JEMDOC_BOLD = re.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


def jemdoc_to_markdown(text: str) -> str:
    r"""A jemdoc source (``index.jemdoc``) as markdown **on the same lines**, for the one markdown path:
    ``= Title`` / ``== Section`` headings, ``-``/``--``/``.`` list items, ``*bold*``, ``/italic/``,
    ``[url text]`` links, ``{{raw html}}``; comments (``#``), block fences (``~~~``) and block options
    (``{}{img_left}{...}``) become blank lines.

    >>> jemdoc_to_markdown("= Ann Lee\n# hidden\n- A. Lee, /A Title/. \\[[https://x.org/a arXiv]\\]")
    '# Ann Lee\n\n- A. Lee, *A Title*. \\[[arXiv](https://x.org/a)\\]'
    """
    out = []
    level = 1  # the last heading's level: a block's ``{Title}`` heads a section below it
    in_raw = after_fence = False
    # "[\\/https://x.org/a paper]": an escaped slash opening a link's address (written so that jemdoc reads no
    # italics in it) is no part of the address
    text = re.sub(r"(?<!\\)\[\\/(?=https?://|mailto:)", "[", text) if "[\\/" in text else text
    lines, spans = links_over_lines(text.split("\n"), _JEMDOC_OPEN_LINK, _JEMDOC_LINK_CLOSE, breaks=_JEMDOC_BLOCK_START)
    for line in lines:
        stripped = line.strip()
        if in_raw:  # the lines of a ``{{ ... }}`` raw HTML block that spans lines pass through as HTML
            in_raw = "}}" not in stripped
            out.append(line.replace("}}", "") if stripped != "}}" else "")
            continue
        fence, after_fence = after_fence, stripped.startswith("~~~")
        title = re.fullmatch(r"\{([^{}]*\S[^{}]*)\}", stripped) if fence else None
        if title:  # "~~~" then "{Recent News}": the block's title, shown as a heading above its items
            out.append("#" * min(level + 1, 6) + " " + title.group(1).strip())
            continue
        if stripped.startswith("#") or stripped.startswith("~~~") or re.fullmatch(r"\{[^{}]*\}(?:\{[^{}]*\})*", stripped) \
                or stripped == "\\n":  # a line that is only a line break is vertical space
            out.append("")
            continue
        if stripped.startswith("{{") and stripped.count("{{") > stripped.count("}}"):
            in_raw = True
            out.append(stripped[2:])
            continue
        m = re.match(r"^(=+)\s*(.*)$", line)
        if m:
            level = min(len(m.group(1)), 6)
            out.append("#" * level + " " + m.group(2))
            continue
        m = re.match(r"^(-{1,3}|\.{1,3})\s+(.*)$", line)
        prefix = ""
        if m:
            depth = len(m.group(1)) - 1
            prefix = "  " * depth + ("- " if m.group(1)[0] == "-" else "1. ")
            line = m.group(2)
        raw: list[str] = []
        line = re.sub(r"\{\{(.*?)\}\}", lambda x: raw.append(x.group(1)) or f"\x00{len(raw) - 1}\x00", line)
        # "\\[04/2024\\]" is a bracket as written, no link: kept out of the link syntax, escaped for markdown
        line = line.replace("\\[", "\x01").replace("\\]", "\x02").replace("\\n", "<br>")
        # "[11] Lee A, ...Title[J]. Venue": a bracket holding one bare word or number, no address (no dot, slash,
        # colon, at sign or hash) and no link text, is the writer's own bracket (a citation number, a GB/T type
        # code), no link to a file named "11"
        line = _JEMDOC_BARE.sub(lambda x: "\x01" + x.group(1) + "\x02", line)
        line = _JEMDOC_LINK.sub(lambda x: "" if x.group(1).startswith("img{") else (
            f"[{x.group(2)}]({x.group(1)})" if x.group(2) else f"<{x.group(1)}>"
            if re.match(r"https?://|mailto:", x.group(1)) else f"[{x.group(1)}](mailto:{x.group(1)})"
            if "@" in x.group(1) else f"[{x.group(1)}]({x.group(1)})"), line)
        line = _JEMDOC_BOLD.sub(r"**\1**", line)
        line = _JEMDOC_ITALIC.sub(lambda x: x.group(0) if "](" in x.group(1) else f"*{x.group(1)}*", line)
        line = re.sub("\x00(\\d+)\x00", lambda x: raw[int(x.group(1))], line)
        line = line.replace("\x01", "\\[").replace("\x02", "\\]")
        line = placed_links(line, spans)
        out.append(prefix + line)
    return "\n".join(out)


_JEMDOC_OPEN_LINK = re.compile(r"(?<!\\)\[((?:https?://|mailto:)[^\s\[\]]+)\s+([^\[\]]*)$")


_JEMDOC_LINK_CLOSE = re.compile(r"([^\[\]]*?)(?<!\\)\]")
_JEMDOC_BLOCK_START = re.compile(r"\s*$|\s*(?:-{1,3}|\.{1,3}|=+|#|~~~)(?:\s|$)")
"""A jemdoc line that starts another block (a blank line, an item, a heading, a fence): no link runs into it."""


def links_over_lines(lines: list[str], opening: re.Pattern, closing: re.Pattern, target=None,
                     breaks: re.Pattern | None = None) -> tuple[list[str], list[str]]:
    """A link whose label runs over a line's end, as markups that read a paragraph as one text allow (jemdoc's
    ``[https://x.org/a A title broken`` / ``over two lines]``, Org's ``[[https://x.org][A label`` / ``broken]]``):
    its bracket and its close are put in as placeholders (``\\x03`` and ``\\x04k\\x04``, ``k`` the index of its
    address in the list returned; :func:`placed_links` writes them), so the link is markdown's own, which may span
    lines, and each line stays where it was. ``opening``: the link's start at a line's end (its address, then its
    label's first words); ``closing``: the label's rest (group 1) and its close at the next line's start;
    ``target``: the address markdown links to, of the one written (None: none); ``breaks``: a line starting
    another block, which no link runs into."""
    out = list(lines)
    urls: list[str] = []
    for k in range(len(out) - 1):
        m = opening.search(out[k])
        nxt = out[k + 1]
        if not m or breaks is not None and breaks.match(nxt):
            continue
        close = closing.match(nxt)
        dest = target(m.group(1)) if target is not None else m.group(1)
        if close is None or dest is None:
            continue
        urls.append(dest)
        out[k] = out[k][:m.start()] + "\x03" + m.group(2)
        out[k + 1] = nxt[:close.end(1)] + f"\x04{len(urls) - 1}\x04" + nxt[close.end():]
    return out, urls


def placed_links(text: str, urls: list[str]) -> str:
    """``text`` with the placeholders :func:`links_over_lines` put in written as markdown's link brackets."""
    return re.sub("\x04(\\d+)\x04", lambda m: f"]({urls[int(m.group(1))]})", text.replace("\x03", "["))


_KRAMDOWN_BREAK = re.compile(r"(?<!\\)\\\\[ \t]*$", re.M)


_DEFINITION_LINE = re.compile(r"^ {0,3}:[ \t]+(?=\S)")
"""A kramdown (Jekyll) definition list's definition line, ``:\t* Paper one`` under its term ``2019``."""


def _columns(ws: str) -> int:
    """Width of leading blanks, a tab to the next multiple of four."""
    col = 0
    for ch in ws:
        col = col + 4 - col % 4 if ch == "\t" else col + 1
    return col


def _dedent(line: str, width: int) -> str:
    """The line without up to ``width`` columns of its leading blanks."""
    col, k = 0, 0
    while k < len(line) and line[k] in " \t" and col < width:
        col = col + 4 - col % 4 if line[k] == "\t" else col + 1
        k += 1
    return line[k:]


def kramdown_definitions(text: str) -> str:
    r"""kramdown's definition lists written as the blocks they hold: "2019" then ``:\t* Paper one`` and, indented under
    it, ``\t* Paper two``: the term stays a paragraph, the definition's content (a list of papers, a line of
    text) loses its ``:`` and the indent of its following lines, so it is a list or paragraph after the term, each
    on its source line. CommonMark has no definition lists: it would glue the first item to the term and read the
    indented ones as code. Only a ``:`` line right under a line of text (a blank line between allowed) or in an
    open definition is one; fenced code is left alone.

    >>> kramdown_definitions("2019\n:\t* A. Paper.\n\n\t* B. Paper.\n\n2018\n: * C.\n")
    '2019\n* A. Paper.\n\n* B. Paper.\n\n2018\n* C.\n'
    >>> kramdown_definitions("2017\n: Course one\n: Course two\n")
    '2017\\\nCourse one\\\nCourse two\n'
    """
    if ":" not in text:
        return text
    lines = text.split("\n")
    width = 0  # the open definition's content column (0: none open)
    fence = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence, width = not fence, 0
            continue
        if fence:
            continue
        m = _DEFINITION_LINE.match(line)
        if m:
            term = lines[i - 1] if i and lines[i - 1].strip() else lines[i - 2] if i > 1 else ""
            if width or term.strip() and not _DEFINITION_LINE.match(term) and not re.match(
                    r"[ \t]*(?:[#<|>]|[-*+][ \t]|\d+[.)][ \t]|$)", term):
                width = _columns(" " + line[1:m.end()] if line.startswith(":") else line[:m.end()].replace(":", " ", 1))
                lines[i] = line[m.end():]
                if i and lines[i - 1].strip() and not lines[i - 1].endswith("\\") and not re.match(
                        r"(?:[-*+]|\d+[.)])[ \t]|[#<>]", lines[i]):
                    # a line of text right under its term (or under the term's previous definition): on a line of
                    # its own, as kramdown's <dt>/<dd> show it, not run into the term's paragraph
                    lines[i - 1] = lines[i - 1].rstrip() + "\\"
            continue
        if width and line.strip():
            if line[:1] in " \t":
                lines[i] = _dedent(line, width)
            else:
                width = 0
    return "\n".join(lines)


_PIPE_ROW = re.compile(r"^ {0,3}\|.*\|.*$")
"""kramdown's table row: a pipe opens it, the closing one optional (``| 2009 | PhD, History | Glasgow``)."""
_PIPE_DELIMITER = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def _headerless_tables(text: str, md) -> str:
    """kramdown's table without a header row (lines "|ITP'24|Lee, A. **Title**. *Venue*|" and no "|---|" line,
    which CommonMark reads as a paragraph; kramdown's rows need no closing pipe): its rows written out as an HTML
    table, each row on its own line and each cell's markdown rendered, so the rows are a table's rows on their
    source lines."""
    lines = text.split("\n")
    i = 0
    fence = None
    while i < len(lines):
        opening = re.match(r"^ {0,3}(`{3,}|~{3,})", lines[i])
        if opening and (fence is None or opening.group(1).startswith(fence)):
            fence = opening.group(1) if fence is None else None  # (a fence's rows are its code, no table)
        if fence is not None or not _PIPE_ROW.match(lines[i]) or (i and lines[i - 1].strip()):
            i += 1
            continue
        j = i
        while j < len(lines) and _PIPE_ROW.match(lines[j]):
            j += 1
        if j - i >= 2 and not any(_PIPE_DELIMITER.match(lines[k]) for k in range(i, j)):
            for k in range(i, j):
                row = lines[k].strip()
                cells = row[1:-1 if row.endswith("|") else None].split("|")
                row = "".join(f"<td>{md.renderInline(c.strip())}</td>" for c in cells).replace("\n", " ")
                lines[k] = ("<table>" if k == i else "") + f"<tr>{row}</tr>" + ("</table>" if k == j - 1 else "")
        i = j
    return "\n".join(lines)


_ICON_SHORTCODE = re.compile(r"(?<![\w:/\\`]):[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*:(?![\w/`])")
"""An icon's or an emoji's short code (``:briefcase:``, MkDocs Material's ``:fontawesome-brands-gitlab:``), which
the site's generator draws as a picture: no word of the text."""
_MYST_ROLE = re.compile(r"\{(?P<role>[A-Za-z][\w:-]*)\}`(?P<body>[^`\n]+)`")
"""A MyST inline role (Jupyter Book, MyST sites): ``{download}`PDF<docs/a.pdf>```, ``{bdg-info}`topic```."""


def _myst_role(m: re.Match) -> str:
    """A MyST role as the page shows it: a download as a link, a badge as nothing (a topic tag beside an
    entry, no words of it; left as text it is a line of its own read as the entry's title), any other role as
    its label (``{ref}`the methods <methods>``` -> "the methods")."""
    role, body = m.group("role"), m.group("body")
    if role.startswith("bdg"):
        return ""
    target = re.fullmatch(r"(?P<label>[^<>]*?)\s*<(?P<target>[^<>]+)>", body)
    label = (target.group("label") or target.group("target")) if target else body
    if role == "download":
        return f"[{label}]({target.group('target') if target else body})"
    return label


_BOLD_ITEM_LINE = re.compile(r"(?m)^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\*\*[^*\n]+\*\*[.:]?)[ \t]?$"
                             r"(?=\n[ \t]*(?![-*+][ \t]|\d{1,3}[.)][ \t]|[#>|`<])\S)")
"""A list item's first line that is one bold phrase and nothing else (no line break written after it), a line of
text following it in the same item."""


_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*", re.M)


def footnote_references(text: str) -> str:
    r"""The text without the references to its footnotes ("a Lecturer[^1] at X" / "[^1]: Lecturer = assistant
    professor"): kramdown (Jekyll), Pandoc and GitHub render each as a small raised number linking to the note, no
    word of the sentence; CommonMark would leave "Lecturer[^1]" glued to the word. Only labels the page defines are
    references (an undefined "[^x]" stays, as those renderers show it); each note stays where written, its text
    without the "[^1]:" that defines it (a numbered note at the page's foot, not a "label: value" field).

    >>> footnote_references("I am a Lecturer[^1] at X.\n\n[^1]: A post.\n")
    'I am a Lecturer at X.\n\nA post.\n'
    """
    labels = set(_FOOTNOTE_DEFINITION.findall(text))
    if not labels:
        return text
    text = _FOOTNOTE_DEFINITION.sub("", text)
    return re.sub(r"\[\^([^\]\s]+)\]", lambda m: "" if m.group(1) in labels else m.group(0), text)


_FRANKLIN_BIBLABEL = lazy_compile(r"\\biblabel\{[^{}\n]*\}\{[^{}\n]*\}[ \t]*")
"""Franklin.jl's ``\\biblabel{key}{Roe et al. 2020}`` before a reference: the anchor its citations link to, nothing
the page shows."""


def render_markdown(text: str, pandoc: bool = False, html_lines: set[int] | None = None) -> tuple[str, list[int]]:
    """Markdown -> HTML with every block on its source line; also the lines that were template residue
    or reference-link definitions (``[p1]: https://...`` feeds the links that use it, it is no data itself).
    ``pandoc``: the page is Pandoc's markdown (Quarto's ``.qmd``, R Markdown's ``.Rmd``), which reads the text
    between the tags of an HTML block as markdown (its ``markdown_in_html_blocks``), as kramdown does only
    inside an element marked ``markdown="1"``. ``html_lines``, when given, gets the (1-based) lines of the raw HTML
    blocks passed through as they are, where a line break is a space, not markdown's (not those of a block read as
    markdown between its tags, in a ``.qmd`` page or ``markdown="1"``: :func:`_render_inside_html` renders it line
    by line, each break a ``<br>``)."""
    clean, ignored = blank_residue(text)
    clean, boxes = unwrap_admonitions(clean)
    if boxes:
        ignored = sorted(set(ignored) | set(boxes))
    clean = escape_sup_marks(latex_sup_marks(repair_destinations(clean)))
    if "\\biblabel{" in clean:
        clean = _FRANKLIN_BIBLABEL.sub("", clean)
    if ":" in clean:
        clean = _ICON_SHORTCODE.sub("", clean)
    if "}`" in clean:
        clean = _MYST_ROLE.sub(_myst_role, clean)
    # "**(* corresponding author, # co-first author)**": a star after an opening bracket and before a space is a
    # mark, literal to kramdown (Jekyll); CommonMark would take it for an emphasis closing the bold
    if "*" in clean:
        clean = _LEGEND_STAR.sub(r"\\*", clean)
    if "*" in clean or "+" in clean:
        clean = _LEGEND_BULLET.sub(r"\1\\\2", clean)
    # "Title\\" closing a line: kramdown's line break (CommonMark would show a backslash); CommonMark's is one "\"
    if "\\\\" in clean:  # (a scan of the whole page, for a doubled backslash most pages do not hold)
        clean = _KRAMDOWN_BREAK.sub(r"\\", clean)
    if "]:" in clean:
        ignored = sorted(set(ignored) | {i for i, line in enumerate(clean.split("\n"), start=1)
                                         if _LINK_DEFINITION.match(line)})
        labels = {" ".join(m.group(1).split()).casefold() for m in _LINK_LABEL.finditer(clean)}
        # "[Harvard University] [1]": kramdown (Jekyll) allows a space between a reference link's text and its
        # label; CommonMark would show the text in brackets and take the label alone for the link
        clean = _SPACED_REFERENCE.sub(lambda m: f"[{m.group(1)}][{m.group(2)}]" if " ".join(
            m.group(2).split()).casefold() in labels else m.group(0), clean)
    if "**" in clean:
        # "- **Title**" then the authors on the next line, the two spaces of a line break left out (the page's
        # other items have them): a list item's bold line alone ends there, the next line is the entry's next one
        clean = _BOLD_ITEM_LINE.sub(r"\1\\", clean)
    if "[^" in clean:
        clean = footnote_references(clean)
    clean = kramdown_definitions(clean)
    full = _md()  # (the whole parser, for the pieces of a page read again on their own)
    if "|" in clean:
        clean = _headerless_tables(clean, full)
    env: dict = {}
    md = _md(_rules_off(clean))  # (only the rules that can fire on the page: the others are asked at every line)
    tokens = md.parse(clean, env)
    renderer = md.renderer
    options = md.options
    out: list[str] = []
    line = 0  # 0-based line the output is on
    depth = 0  # container elements raw HTML blocks left open: kramdown (Jekyll) reads on to the closing tag
    for i, tok in enumerate(tokens):
        raw = False  # the token's lines are raw HTML, passed through as they are
        if tok.map and tok.nesting >= 0 and tok.map[0] > line:
            out.append("\n" * (tok.map[0] - line))
            line = tok.map[0]
        if tok.type == "inline":
            piece = renderer.renderInline(tok.children or [], options, env)
        elif tok.type == "html_block" and (_MARKDOWN_ATTR.search(tok.content) or pandoc and not _RAW_HTML_BLOCK.match(
                tok.content)):
            # (no raw lines: the text between its tags is rendered line by line, each line break a <br>)
            piece = _render_inside_html(tok.content.rstrip("\n"))
        elif tok.type == "code_block" and depth > 0:
            # "    <li class=...>" indented inside an open <div>/<ul>, or "\t. Journal of X." between a table
            # cell's tags (a reference manager's HTML export pasted in): raw HTML to kramdown and browsers, not a
            # code sample (CommonMark alone would show the markup as code after a blank line)
            piece = tok.content.rstrip("\n")
            depth = max(0, depth + _html_depth(piece))
            raw = True
        elif tok.type == "fence" and re.fullmatch(r"\{?=html5?\}?", tok.info.strip()):
            # Pandoc's (Quarto's) raw block "```{=html}": HTML the page shows as such, not a code sample; the
            # opening ``` line holds nothing
            piece = "\n" + tok.content.rstrip("\n")
        elif tok.type == "fence" and _CODE_CELL.match(tok.info.strip()):
            # R Markdown's or Quarto's code cell, "```{r setup, include=FALSE}": code the site runs when it is built,
            # no text of the page (what it prints is not in the source)
            piece = ""
        elif tok.type == "html_block" and (badge := _EMPTY_ELEMENT_THEN_TEXT.match(tok.content)):
            # "<div class='altmetric-embed' data-doi=...></div> Lee A. [Title](url). *Venue*.": an empty element
            # (a badge a script fills in) opening the line, then the entry's text, which kramdown reads as markdown
            # (it ends the HTML where the element closes); CommonMark would take the whole paragraph for raw HTML
            piece = badge.group(1) + " " + render_markdown(tok.content[badge.end():])[0].rstrip("\n")
        elif tok.type == "html_block" and not (depth and _LONE_HEADING.match(tok.content)) \
                and (closed := _closed_then_text(tok.content)) is not None:
            # "<center>### About me</center>" then "I am ... [Dept](url)" with no blank line between: the text
            # after the element closes is markdown (kramdown and Pandoc end the HTML there; CommonMark reads on
            # to the blank line); not a heading's inside an element an earlier block left open ("<div>", a blank
            # line, "<h3>2024</h3>" over a list: raw HTML to kramdown up to the "</div>")
            piece = _headings_inside_html(closed[0], full) + "\n" + closed[1]
        elif tok.type in ("html_block", "fence", "code_block"):
            piece = renderer.render([tok], options, env).rstrip("\n")
            if tok.type == "html_block":
                depth = max(0, depth + _html_depth(piece))
                piece = _headings_inside_html(piece, full)
                raw = True
            if tok.type == "fence":  # the opening ``` line holds no content: the code starts below it
                cut = piece.find(">", piece.find("<code")) + 1
                piece = piece[:cut] + "\n" + piece[cut:]
        else:
            piece = renderer.render([tok], options, env).replace("\n", "")
        if raw and html_lines is not None and tok.map:
            html_lines.update(range(tok.map[0] + 1, tok.map[1] + 1))
        out.append(piece)
        line += piece.count("\n")
    html = "".join(out)
    n_src = clean.count("\n")
    if html.count("\n") < n_src:
        html += "\n" * (n_src - html.count("\n"))
    return html, ignored
