"""One document for every page source: markdown is rendered to HTML *on the same lines*.

Takes the text of a markdown page (GitHub README, Jekyll/academicpages ``about.md``, plain markdown) and gives
HTML whose line ``n`` holds what the source's line ``n`` said, so the one HTML reader (``kg.importers.page``)
reads every family and its ``file:line`` locations and ``unparsed`` lines stay exact without any map.

How: markdown-it-py renders token by token; each block token that has a source map is emitted on its source
line (the newlines markdown-it puts between block tags are dropped, blank lines are padded in), inline content
keeps its soft line breaks, and raw HTML blocks and code pass through verbatim. Front matter, Liquid tags
(``{% ... %}``, ``{{ ... }}``) and kramdown attribute lines (``{: .class}``) are blanked before rendering, keeping
their lines, and reported as not-data lines.

>>> html, ignored = render_markdown("# Ada\\n\\n* **Ada L.**, B. C.\\n  Paper. 2020.\\n")
>>> html.splitlines()[0], html.splitlines()[2].startswith("<ul><li>"), ignored
('<h1>Ada</h1>', True, [])
"""

from __future__ import annotations

import re
from functools import lru_cache

from .common import escape_sup_marks

_LIQUID = re.compile(r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}", re.S)
_KRAMDOWN_ATTR = re.compile(r"^\s*\{:[^}]*\}\s*$")
_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(\n|\Z)", re.S)
_LINK_DEFINITION = re.compile(r"""^ {0,3}\[[^\[\]]+\]:\s*<?\S+>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
_DESTINATION = re.compile(r"\]\((?P<d>(?:[^()\n]|\([^()\n]*\))*)\)")


@lru_cache(maxsize=1)
def _md():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
    md.enable("table")
    md.enable("strikethrough")
    # link targets are repaired and percent-encoded by the reader (common.repair_url); markdown-it's own
    # normalisation (mdurl parse + encode per link) is a third of its parse time on a page of papers
    md.normalizeLink = lambda url: url.strip()  # type: ignore[method-assign]
    md.normalizeLinkText = lambda text: text  # type: ignore[method-assign]
    return md


def front_matter_span(text: str) -> tuple[int, int] | None:
    """Lines ``(first, last)`` (1-based) of a leading ``---``/``+++`` front matter block, if any."""
    m = _FRONT.match(text)
    if not m:
        return None
    return 1, text.count("\n", 0, m.end() - len(m.group(3))) + 1


def blank_residue(text: str) -> tuple[str, list[int]]:
    """The text with front matter, Liquid tags and kramdown attribute lines blanked (same lines), and the
    1-based lines that held only such residue."""
    lines = text.split("\n")
    ignored: list[int] = []
    span = front_matter_span(text)
    if span:
        for i in range(span[0] - 1, span[1]):
            if lines[i].strip():
                ignored.append(i + 1)
            lines[i] = ""
    for i, line in enumerate(lines):
        if "{" not in line:
            continue
        if _KRAMDOWN_ATTR.match(line):
            ignored.append(i + 1)
            lines[i] = ""
            continue
        if "{%" in line or "{{" in line:
            stripped = _LIQUID.sub("", line)
            if line.strip() and not re.search(r"\w", re.sub(r"<[^>]*>", "", stripped)):
                # "<li>{{ paper.authors }} ({{ paper.year }}).</li>": a template's line, its markup kept
                ignored.append(i + 1)
            lines[i] = stripped
    return "\n".join(lines), sorted(set(ignored))


def repair_destinations(text: str) -> str:
    """Link destinations with raw spaces (``](http://x/2020 AAAI a.pdf)``) are no links to
    CommonMark: percent-encode their spaces so the page's links survive parsing.

    >>> repair_destinations("[a](http://x.org/2020 AAAI a.pdf) [b](http://y.org 'title')")
    "[a](http://x.org/2020%20AAAI%20a.pdf) [b](http://y.org 'title')"
    """
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
_BLOCK_TAG_LINE = re.compile(r"^\s*</?(?:div|section|article|p|img|video|source|table|tr|td|th|ul|ol|li|figure|"
                             r"figcaption|h[1-6]|br|hr|iframe|picture|audio|center|details|summary)\b", re.I)


def _render_inside_html(block: str) -> str:
    """An HTML block whose element says ``markdown="1"`` (kramdown, used by AcadHomepage's paper boxes): its
    lines of text are markdown, rendered inline line by line; lines of block tags pass through."""
    md = _md()
    out = []
    for line in block.split("\n"):
        if not line.strip() or _BLOCK_TAG_LINE.match(line):
            out.append(line)
        else:
            out.append(md.renderInline(line.strip()) + "<br>")
    return "\n".join(out)


def render_markdown(text: str) -> tuple[str, list[int]]:
    """Markdown -> HTML with every block on its source line; also the lines that were template residue
    or reference-link definitions (``[p1]: https://...`` feeds the links that use it, it is no data itself)."""
    clean, ignored = blank_residue(text)
    clean = escape_sup_marks(repair_destinations(clean))
    if "]:" in clean:
        ignored = sorted(set(ignored) | {i for i, line in enumerate(clean.split("\n"), start=1)
                                         if _LINK_DEFINITION.match(line)})
    md = _md()
    env: dict = {}
    tokens = md.parse(clean, env)
    renderer = md.renderer
    options = md.options
    out: list[str] = []
    line = 0  # 0-based line the output is on
    for i, tok in enumerate(tokens):
        if tok.map and tok.nesting >= 0 and tok.map[0] > line:
            out.append("\n" * (tok.map[0] - line))
            line = tok.map[0]
        if tok.type == "inline":
            piece = renderer.renderInline(tok.children or [], options, env)
        elif tok.type == "html_block" and _MARKDOWN_ATTR.search(tok.content):
            piece = _render_inside_html(tok.content.rstrip("\n"))
        elif tok.type in ("html_block", "fence", "code_block"):
            piece = renderer.render([tok], options, env).rstrip("\n")
            if tok.type == "fence":  # the opening ``` line holds no content: the code starts below it
                cut = piece.find(">", piece.find("<code")) + 1
                piece = piece[:cut] + "\n" + piece[cut:]
        else:
            piece = renderer.render([tok], options, env).replace("\n", "")
        out.append(piece)
        line += piece.count("\n")
    html = "".join(out)
    n_src = clean.count("\n")
    if html.count("\n") < n_src:
        html += "\n" * (n_src - html.count("\n"))
    return html, ignored
