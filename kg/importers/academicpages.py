"""Jekyll academicpages / AcadHomepage ``about.md`` pages.

Such a page is markdown with a YAML front matter (``permalink: /``,
``author_profile: true``, ``redirect_from``), sections under setext (``=====``)
or ATX (``#``) headings, or under a paragraph that is only bold text
(``**News**``, ``**2021**``), and much inline HTML: ``<font>`` colours, ``<br>``
line breaks inside list items, whole ``<table>`` or ``<div class='paper-box'>``
publication blocks, HTML comments that hide old items, ``<style>`` blocks and
Liquid tags (``{% include ... %}``).

How it is read:

* markdown-it cuts the page into blocks (with source lines); each publication,
  news item, award, student or service entry is rendered to HTML, parsed with
  lxml and walked into *segments* (the visual lines split at ``<br>``, line breaks
  and block tags), each a run of *pieces* that remember bold, italics, underline
  and link targets. lxml (used directly rather than through BeautifulSoup, which
  costs ten times more per small fragment) reports the source line of every
  element, so the rows of a raw HTML table map back to their lines.
* a publication is title / authors / venue / links, whether these come as
  ``<br>``-separated lines, table cells, paragraphs of a paper box or one line
  (``[Title](url), **Me**, Other, **CVPR 2016**``); years come from the venue
  line, else from the year sub-heading (``**2021**``, ``### 2021``; a group
  such as ``2015 and before`` gives no year itself).
* author marks use the page's own legend (``(* Interns mentored by me, + Equal
  contribution, # Corresponding author)``) when it has one, else the common
  convention (:data:`kg.importers.common.DEFAULT_LEGEND`).
* the owner is, in this order: ``--owner``; the ``_config.yml`` author name
  (``site_author``); a name key of the front matter; the subject of the bio's
  first sentence (``Anbang Yao got his Ph.D. ...``); a name heading at the top;
  the author most often bold/underlined; the most frequent author.
* links labelled as a paper or code that point back at the homepage itself (a
  site root linked again and again, or the ``_config.yml`` url) are
  placeholders: they go to ``placeholder_links``.
* the bio gives job title and affiliation (``I am an associate researcher with
  ... at X``), education (``got his Ph.D. degree from X in 2010``), advisors
  (``under the supervision of Prof. Y``), interests, email, profile ids and,
  when the page has no awards section, the awards it names (``I won the ...``).

The Jekyll site importer reuses this module through :func:`parse_about`, passing
the ``author:`` block of ``_config.yml``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import yaml
from lxml import etree
from lxml import html as lhtml
from markdown_it import MarkdownIt

from ..errors import SourceError
from ..model import (
    Affiliation,
    Link,
    Award,
    Education,
    Metrics,
    NewsItem,
    Person,
    Profile,
    Publication,
    Service,
    Student,
)
from .base import ImportOptions, Importer, SourceDoc, load_yaml
from .common import (
    apply_site_author,
    read_prose_awards,
    DEFAULT_LEGEND,
    MONTHS,
    doi_of,
    arxiv_id,
    find_email,
    find_year,
    fold,
    has_cjk,
    identifier_from_url,
    link_kind,
    mark_owner,
    parse_date,
    parse_venue,
    read_legend,
    repair_url,
    same_name,
    escape_sup_marks,
    expand_short_years,
    same_site,
    section_kind,
    split_authors,
    split_venue_notes,
    strip_marks,
)

__all__ = ["IMPORTER", "detect", "parse", "parse_about", "SITE_CONFIG_KEYS"]

# --- front matter --------------------------------------------------------------------------

SITE_CONFIG_KEYS = frozenset(
    {
        "permalink", "title", "excerpt", "author_profile", "redirect_from", "layout", "sitemap",
        "classes", "header", "toc", "toc_label", "toc_icon", "toc_sticky", "share", "comments",
        "related", "read_time", "sidebar", "published", "nav", "order", "collection", "date",
        "last_modified_at", "lang", "categories", "tags", "description", "image", "seo_title",
        "og_image", "search", "feature_row", "social", "announcements", "selected_papers",
        "profile", "news", "latest_posts", "subtitle", "redirect", "pagination", "mathjax",
    }
)
"""Front-matter keys that configure the Jekyll page, not the researcher (ignored lines)."""

_PERSON_KEYS = ("name", "author", "owner", "full_name")

_MD = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
# link targets are checked and percent-encoded by common.repair_url; markdown-it's own
# normalisation (mdurl parse + encode per link) would be a third of its parse time
_MD.normalizeLink = lambda url: url.strip()  # type: ignore[method-assign]

_LINK_DEFINITION = re.compile(r"""^ {0,3}\[[^\[\]]+\]:\s*<?\S+>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_RAWTEXT = re.compile(r"<(style|script)\b[^>]*>.*?(?:</\1\s*>|$)", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
_FONT = re.compile(r"</?font\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_KRAMDOWN_ATTR = re.compile(r"^\s*\{:[^}]*\}\s*$")

# hosts whose bare root is a template placeholder, never the owner's homepage
_BIG_HOSTS = (
    "github.com", "arxiv.org", "scholar.google.com", "google.com", "youtube.com", "twitter.com", "x.com",
    "linkedin.com", "doi.org", "dl.acm.org", "ieeexplore.ieee.org", "openreview.net", "example.com",
)


@dataclass
class FrontMatter:
    data: dict
    first: int = 0
    """Line of the opening ``---`` (0 when the page has none)."""
    last: int = 0
    key_lines: dict[str, tuple[int, int]] = field(default_factory=dict)


def read_front_matter(doc: SourceDoc) -> FrontMatter:
    """The YAML front matter of ``doc`` with the lines of each top-level key.

    Raises :class:`SourceError` when it is not closed or is not valid YAML.
    """
    lines = doc.lines
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].strip() != "---":
        return FrontMatter(data={})
    end = None
    for i in range(start + 1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            end = i
            break
    if end is None:
        raise SourceError("front matter opened with '---' is never closed", path=doc.display, line=start + 1)
    text = "\n".join(lines[start + 1 : end])
    try:
        data = load_yaml(text, doc.display, start + 2) if text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = start + 2 + mark.line if mark is not None else start + 1
        problem = getattr(exc, "problem", None) or "syntax error"
        raise SourceError(f"front matter is not valid YAML: {problem}", path=doc.display, line=line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SourceError("front matter is not a YAML mapping", path=doc.display, line=start + 1)
    key_lines: dict[str, tuple[int, int]] = {}
    current = None
    for i in range(start + 1, end):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:", lines[i])
        if m:
            current = m.group(1)
            key_lines[current] = (i + 1, i + 1)
        elif current and lines[i].strip():
            key_lines[current] = (key_lines[current][0], i + 1)
    return FrontMatter(data=data, first=start + 1, last=end + 1, key_lines=key_lines)


# --- detection -----------------------------------------------------------------------------


_ITEM_KEYS = re.compile(
    r"^\s*(collection|venue|paperurl|citation|date|draft|weight|widget|headless|publication_types|authors|"
    r"inline|related_posts|categories|tags|publishDate|bibtex|superuser|user_groups|organizations|"
    r"highlight_name)\s*:",
    re.M,
)


def detect(doc: SourceDoc) -> float:
    """Confidence that ``doc`` is an academicpages/AcadHomepage about page.

    A front matter with the template's own keys (``author_profile``,
    ``redirect_from: /about/``, ``permalink: /``) is near certain; the
    AcadHomepage anchors (``<span class='anchor' id='about-me'>``) too. Front
    matter of a collection item (a ``_publications`` or ``_news`` file, a Hugo
    page: ``date``, ``venue``, ``draft`` ...) is not an about page. A page
    without front matter or such marks is left to the generic markdown importer.
    """
    score = 0.0
    if doc.path.suffix.lower() not in ("", ".md", ".markdown", ".mkd", ".mdown"):
        return 0.0  # an about page is a markdown file (al-folio's papers.bib has front matter too)
    lines = doc.lines
    first = next((line.strip() for line in lines[:5] if line.strip()), "")
    if first == "---":
        start = next(i for i, line in enumerate(lines) if line.strip())
        end = next((i for i in range(start + 1, min(len(lines), start + 200)) if lines[i].strip() in ("---", "...")), None)
        body = "\n".join(lines[start + 1 : end if end is not None else start + 40])
        if re.search(r"^\s*author_profile\s*:", body, re.M):
            score = 0.95
        elif _ITEM_KEYS.search(body):
            score = 0.05  # a publication, post or Hugo content file
        elif re.search(r"^\s*-\s*/about(/|\.html)?\s*$", body, re.M) or re.search(
            r"^\s*permalink\s*:\s*['\"]?/(about/?)?['\"]?\s*$", body, re.M
        ):
            score = 0.8 if re.search(r"^\s*layout\s*:\s*about\b", body, re.M) else 0.9  # al-folio: 0.8
        elif re.search(r"^\s*(layout|title|permalink)\s*:", body, re.M):
            score = 0.3
        elif body.strip():
            score = 0.2
    if re.search(r"<span\s+class=['\"]anchor['\"]\s+id=", doc.text):
        score = max(score, 0.85)
    elif "{{ site." in doc.text or "{% include" in doc.text or "{{site." in doc.text:
        score = max(score, 0.4)
    if score == 0.0 and re.search(r"^={3,}\s*$", doc.text, re.M) and re.search(
        r"^\s*(Selected\s+)?Publications\s*$", doc.text, re.M | re.I
    ):
        score = 0.15
    return score


# --- pieces and segments -------------------------------------------------------------------


@dataclass
class Piece:
    """A run of text with the formatting the page gives it."""

    text: str
    href: str | None = None
    bold: bool = False
    italic: bool = False
    under: bool = False


BREAK = Piece("\n")

_BLOCK_TAGS = {
    "p", "div", "tr", "td", "th", "li", "ul", "ol", "table", "tbody", "thead", "h1", "h2", "h3", "h4",
    "h5", "h6", "blockquote", "section", "article", "header", "footer", "dl", "dt", "dd", "figure",
    "figcaption", "details", "summary", "center",
}
_SKIP_TAGS = {
    "script", "style", "img", "svg", "iframe", "video", "audio", "source", "picture", "noscript", "button",
    "summary",  # the "show more" label of a <details> box
}
_LEFTOVER_LINK = re.compile(r"\[([^\[\]]+)\]\(\s*(\(?\s*(?:https?:)?//[^()]*?\)?)\s*\)")


def _style_flags(el) -> tuple[bool, bool]:
    style = (el.get("style") or "").lower().replace(" ", "")
    bold = "font-weight:bold" in style or "font-weight:700" in style or "font-weight:600" in style
    under = "text-decoration:underline" in style or "text-decoration-line:underline" in style
    return bold, under


def _walk(el, out: list[Piece], href: str | None, bold: bool, italic: bool, under: bool, newlines: bool) -> None:
    """Pieces of an lxml element's content, in document order."""

    def add(text: str, h, b, i, u) -> None:
        parts = text.split("\n") if newlines else [text.replace("\n", " ")]
        for k, part in enumerate(parts):
            if k:
                out.append(BREAK)
            if part:
                out.extend(_text_pieces(part, h, b, i, u))

    if el.text:
        add(el.text, href, bold, italic, under)
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else None
        if tag is not None and tag not in _SKIP_TAGS:
            if tag in ("br", "hr"):
                out.append(BREAK)
            elif tag == "sup" and re.fullmatch(r"[\d,\s]+", child.text_content()):
                pass  # affiliation numbers
            else:
                b, i, u, h = bold, italic, under, href
                if tag in ("b", "strong"):
                    b = True
                elif tag in ("em", "i", "cite"):
                    i = True
                elif tag in ("u", "ins"):
                    u = True
                elif tag == "a" and child.get("href"):
                    h = child.get("href")
                sb, su = _style_flags(child)
                b, u = b or sb, u or su
                if tag in _BLOCK_TAGS:
                    out.append(BREAK)
                    _walk(child, out, h, b, i, u, newlines)
                    out.append(BREAK)
                else:
                    _walk(child, out, h, b, i, u, newlines)
        if child.tail:
            add(child.tail, href, bold, italic, under)


def _text_pieces(text: str, href, bold, italic, under) -> list[Piece]:
    """Text, with markdown links markdown-it could not read (raw spaces in the URL) made links."""
    if href is not None or "](" not in text:
        return [Piece(text, href, bold, italic, under)]
    out = []
    pos = 0
    for m in _LEFTOVER_LINK.finditer(text):
        if m.start() > pos:
            out.append(Piece(text[pos : m.start()], None, bold, italic, under))
        out.append(Piece(m.group(1), m.group(2), bold, italic, under))
        pos = m.end()
    if pos < len(text):
        out.append(Piece(text[pos:], None, bold, italic, under))
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u200b", "")).strip()


@dataclass
class Segment:
    """One visual line of an entry."""

    pieces: list[Piece]

    @property
    def text(self) -> str:
        cached = self.__dict__.get("_text")
        if cached is None:
            cached = self.__dict__["_text"] = _norm("".join(p.text for p in self.pieces))
        return cached

    @property
    def links(self) -> list[tuple[str, str]]:
        """(label, href) of each link, adjacent pieces of one link joined."""
        out: list[tuple[str, str]] = []
        prev = None
        for p in self.pieces:
            if p.href is not None:
                if prev is not None and prev.href == p.href and out:
                    out[-1] = (out[-1][0] + p.text, p.href)
                else:
                    out.append((p.text, p.href))
            prev = p
        return [(_norm(label).strip("[]() "), href) for label, href in out]

    def emphasized(self) -> list[str]:
        """Texts set in bold or underline (the owner in an author line)."""
        out: list[str] = []
        prev = None
        for p in self.pieces:
            if p.bold or p.under:
                if prev is not None and (prev.bold or prev.under) and out:
                    out[-1] += p.text
                else:
                    out.append(p.text)
            prev = p
        return [_norm(t) for t in out if _norm(t)]


def _segments(pieces: list[Piece]) -> list[Segment]:
    segs: list[Segment] = []
    cur: list[Piece] = []
    for p in pieces + [BREAK]:
        if p is BREAK:
            if cur and re.search(r"\w", "".join(x.text for x in cur)):
                segs.append(Segment(cur))
            cur = []
        else:
            cur.append(p)
    # a line ending with a comma or "and" goes on in the next one (a wrapped author list)
    merged: list[Segment] = []
    for s in segs:
        if merged and re.search(r"(,|\band)\s*$", merged[-1].text):
            merged[-1] = Segment(merged[-1].pieces + [Piece(" ")] + s.pieces)
        else:
            merged.append(s)
    return merged


_LXML = lhtml.HTMLParser(remove_comments=True, remove_pis=True)


def _tree(html: str):
    """An lxml element wrapping the HTML fragment (comments dropped); line numbers of its
    elements count from the fragment's first line."""
    if not html.strip():
        return lhtml.Element("div")
    try:
        return lhtml.fragment_fromstring(html, create_parent="div", parser=_LXML)
    except (etree.ParserError, ValueError):
        return lhtml.Element("div")


def _text(el) -> str:
    """The text of an element, words of adjacent elements kept apart, style/script left out."""
    out: list[str] = []

    def rec(e) -> None:
        if e.text:
            out.append(e.text)
        for c in e:
            if isinstance(c.tag, str) and c.tag.lower() not in ("style", "script"):
                rec(c)
            if c.tail:
                out.append(c.tail)

    rec(el)
    return _norm(" ".join(out))


def _find(el, *names: str) -> list:
    return [e for e in el.iter(*names)]


def _html_segments(node, newlines: bool) -> list[Segment]:
    out: list[Piece] = []
    _walk(node, out, None, False, False, False, newlines)
    return _segments(out)


# --- blocks -----------------------------------------------------------------------------------


@dataclass
class Block:
    kind: str
    tokens: list
    first: int
    last: int

    @property
    def content(self) -> str:
        return "".join(t.content for t in self.tokens if t.type == "html_block")


def _blocks(tokens: list, level: int = 0) -> list[Block]:
    out: list[Block] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.level != level:
            i += 1
            continue
        if t.nesting == 1:
            j = i + 1
            while j < len(tokens) and not (tokens[j].level == level and tokens[j].nesting == -1):
                j += 1
            kind = t.type.removesuffix("_open")
            span = tokens[i : j + 1]
            first, last = t.map[0] + 1, t.map[1]
            if kind == "blockquote":
                out.extend(_blocks(span[1:-1], level + 1))
            else:
                out.append(Block(kind, span, first, last))
            i = j + 1
        else:
            if t.map:
                out.append(Block(t.type, [t], t.map[0] + 1, t.map[1]))
            i += 1
    return _merge_html(out)


def _merge_html(blocks: list[Block]) -> list[Block]:
    """Join an HTML block that opens a ``<div markdown="1">`` with the markdown inside it."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "html_block":
            depth = _div_depth(b.content)
            if depth > 0:
                j = i + 1
                while j < len(blocks) and depth > 0:
                    if blocks[j].kind == "html_block":
                        depth += _div_depth(blocks[j].content)
                    j += 1
                if depth <= 0 and j - i > 1:
                    toks = [t for blk in blocks[i:j] for t in blk.tokens]
                    out.append(Block("html_md", toks, b.first, blocks[j - 1].last))
                    out[-1].parts = blocks[i:j]  # type: ignore[attr-defined]
                    i = j
                    continue
        out.append(b)
        i += 1
    return out


def _div_depth(html: str) -> int:
    html = _COMMENT.sub("", html)
    return len(re.findall(r"<(?:div|details)\b", html, re.I)) - len(re.findall(r"</(?:div|details)\s*>", html, re.I))


def _render(tokens: list) -> str:
    return _MD.renderer.render(tokens, _MD.options, {})


def _block_tree(block: Block):
    cached = getattr(block, "_tree", None)
    if cached is None:
        cached = _tree(_render(block.tokens))
        block._tree = cached  # type: ignore[attr-defined]
    return cached


# --- entries -------------------------------------------------------------------------------------


@dataclass
class Entry:
    """One item of a section: its segments and the source lines it spans."""

    segs: list[Segment]
    first: int
    last: int
    lines: list[int] = field(default_factory=list)
    """Lines the entry's data is on (defaults to first..last)."""

    @property
    def text(self) -> str:
        return _norm(" ".join(s.text for s in self.segs))

    @property
    def links(self) -> list[tuple[str, str]]:
        return [link for s in self.segs for link in s.links]


def _markup_only(line: str) -> bool:
    """A line of tags and nothing else (``</td>``, ``<img ...>``, a ``<summary>`` label)."""
    line2 = re.sub(r"<summary\b.*?</summary\s*>", "", line, flags=re.I)
    rest = _ENTITY.sub("", _TAG.sub("", _COMMENT.sub("", line2)))
    return not rest.strip() and bool(line.strip())


def _html_entries(block: Block, doc: SourceDoc, tags: tuple[str, ...] | None = None) -> tuple[list[Entry], list[int]]:
    """Entries of a raw HTML block (rows, list items, paragraphs, boxes), each with its source lines;
    also the block's lines that hold only markup (to be ignored)."""
    root = _tree(block.content)
    base = block.first - 1
    markup = [n for n in range(block.first, block.last + 1) if n <= len(doc.lines) and _markup_only(doc.lines[n - 1])]
    candidates: list = []
    for names in ([tags] if tags else [("tr",), ("li",), ("p",)]):
        found = [e for e in root.iter(*names) if not any(a.tag in names for a in e.iterancestors())]
        if found:
            candidates = found
            break
    if not candidates:
        candidates = _leaf_boxes(root) or [root]
    entries = []
    for el in candidates:
        segs = _html_segments(el, newlines=False)
        if not segs:
            continue
        if el is root:
            first, last = block.first, block.last
        else:
            first = base + (el.sourceline or 1)
            last = base + max([d.sourceline for d in el.iter() if d.sourceline] or [1])
        lines = [n for n in range(first, last + 1) if n not in markup]
        entries.append(Entry(segs, first, last, lines))
    return entries, markup


def _leaf_boxes(root) -> list:
    """The outermost divs that hold text (a paper box), when a block has several."""
    tops = [e for e in root if e.tag == "div"]
    if len(tops) > 1:
        return [e for e in tops if e.text_content().strip()]
    return []


def _list_items(block: Block) -> list[tuple[list, int, int]]:
    """(tokens inside, first line, last line) of each item of a list block."""
    out = []
    toks = block.tokens
    level = toks[0].level + 1
    i = 1
    while i < len(toks) - 1:
        t = toks[i]
        if t.type == "list_item_open" and t.level == level:
            j = i + 1
            while not (toks[j].type == "list_item_close" and toks[j].level == level):
                j += 1
            out.append((toks[i + 1 : j], t.map[0] + 1, t.map[1]))
            i = j + 1
        else:
            i += 1
    return out


def _md_entry(tokens: list, first: int, last: int, doc: SourceDoc) -> Entry:
    root = _tree(_render(tokens))
    last = _trim(doc, first, last)
    return Entry(_html_segments(root, newlines=True), first, last, list(range(first, last + 1)))


def _trim(doc: SourceDoc, first: int, last: int) -> int:
    while last > first and (last > len(doc.lines) or not doc.lines[last - 1].strip()):
        last -= 1
    return last


def _block_entries(block: Block, doc: SourceDoc) -> tuple[list[Entry], list[int]]:
    """Entries of any block: list items, a paragraph, table rows, HTML elements."""
    if block.kind in ("bullet_list", "ordered_list"):
        return [_md_entry(toks, a, b, doc) for toks, a, b in _list_items(block)], []
    if block.kind == "paragraph":
        return [_md_entry(block.tokens, block.first, block.last, doc)], []
    if block.kind == "table":
        entries = []
        for t_i, t in enumerate(block.tokens):
            if t.type == "tr_open" and t.map:
                j = t_i
                while block.tokens[j].type != "tr_close":
                    j += 1
                if any(x.type == "th_open" for x in block.tokens[t_i:j]):
                    continue
                root = _tree("<table>" + _render(block.tokens[t_i : j + 1]) + "</table>")
                entries.append(Entry(_html_segments(root, True), t.map[0] + 1, t.map[1], [t.map[0] + 1]))
        header = [block.first, block.first + 1]
        return entries, header
    if block.kind == "html_block":
        return _html_entries(block, doc)
    if block.kind == "html_md":
        markup = []
        entries = []
        for part in block.parts:  # type: ignore[attr-defined]
            if part.kind == "html_block":
                e, m = _html_entries(part, doc)
                markup += m
                entries += [x for x in e if x.text]
            else:
                e, m = _block_entries(part, doc)
                entries += e
                markup += m
        return entries, markup
    return [], []


def _entries(block: Block, doc: SourceDoc) -> list[Entry]:
    """The entries of a block (:func:`_block_entries`); its lines of bare markup are ignored."""
    entries, markup = _block_entries(block, doc)
    for n in markup:
        doc.ignore(n)
    return entries


# --- years and headings ----------------------------------------------------------------------

_YEAR_GROUP = re.compile(
    r"^(?:(?P<y>(?:19|20)\d\d)|(?:(?:19|20)\d\d)\s*(?:and|&|or)\s*(?:before|earlier|prior|older)|"
    r"(?:before|prior to|until|up to|earlier than|pre-?)\s*(?:19|20)\d\d|(?:19|20)\d\d\s*[-–~]\s*(?:(?:19|20)\d\d|present|now)?|"
    r"earlier|older|before|previous)$",
    re.I,
)


def year_group(text: str) -> tuple[bool, int | None]:
    """Whether a heading is a year group, and the year it gives (None for ``2015 and before``).

    >>> year_group("2021"), year_group("2015 and before"), year_group("Awards")
    ((True, 2021), (True, None), (False, None))
    """
    t = re.sub(r"[^\w&~\-– ]+", " ", text).strip()
    t = re.sub(r"\s+", " ", t)
    m = _YEAR_GROUP.match(t)
    if not m:
        return False, None
    return True, int(m.group("y")) if m.group("y") else None


_EXTRA_SECTIONS = {
    "internships": "experience", "internship": "experience", "work experience": "experience",
    "educations": "education", "invited talks": "talks", "honors and awards": "awards",
    "services": "service", "academic services": "service", "professional services": "service",
    "selected honors": "awards", "publications and preprints": "publications",
}


@lru_cache(maxsize=512)
def heading_kind(text: str) -> str | None:
    """Section kind of a heading (emoji and decoration removed), or None."""
    words = fold(text)
    if words in _EXTRA_SECTIONS:
        return _EXTRA_SECTIONS[words]
    return section_kind(text)


# --- the parser ------------------------------------------------------------------------------


@dataclass
class RawPub:
    line: int
    title: str
    title_url: str | None = None
    authors_text: str = ""
    emphasized: list[str] = field(default_factory=list)
    author_links: dict[str, str] = field(default_factory=dict)
    venue_text: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    abstract: str | None = None
    year_hint: int | None = None
    type_hint: str | None = None


@dataclass
class _State:
    doc: SourceDoc
    options: ImportOptions
    site_author: dict
    fm: FrontMatter
    legend: dict[str, str] | None = None
    pubs: list[RawPub] = field(default_factory=list)
    news: list[NewsItem] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    students: list[Student] = field(default_factory=list)
    service: list[Service] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)
    bio_paragraphs: list[tuple[str, Block, object]] = field(default_factory=list)
    """(text, block, lxml tree) of each bio paragraph."""
    top_name: str | None = None
    has_awards_section: bool = False
    interests: list[str] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    """Positions from an Experience / Internships section."""
    type_hint: str | None = None
    """The venue kind the current publication sub-heading announces (``Journal Articles``)."""


def parse(doc: SourceDoc, options: ImportOptions) -> Profile:
    """Read an academicpages/AcadHomepage ``about.md`` file (see the module doc)."""
    return parse_about(doc, options)


def parse_about(doc: SourceDoc, options: ImportOptions, site_author: dict | None = None) -> Profile:
    """Parse an academicpages / AcadHomepage ``about.md`` into a profile.

    ``site_author`` is the ``author:`` mapping of the site's ``_config.yml`` (keys as the
    templates name them: ``name``, ``bio``, ``employer``, ``location``, ``email``, ``avatar``,
    ``googlescholar``, ``orcid``, ``github``, ``linkedin``, ``twitter``, ``researchgate``,
    ``dblp``, ``uri``), to which the caller may add ``site_url`` (``url`` + ``baseurl`` of
    ``_config.yml``): it is the homepage, the base of relative links, and what placeholder
    links point back at. ``options.owner`` still wins for the name. Values from the page
    win over the config for everything else it states.

    >>> from pathlib import Path
    >>> d = SourceDoc(Path("about.md"), "---\\npermalink: /\\n---\\n\\nPublications\\n======\\n\\n"
    ...     "- **A Paper Title About Things**<br>Jane Roe, **John Doe**<br>*CVPR*, 2020\\n")
    >>> p = parse_about(d, ImportOptions(), {"name": "John Doe", "site_url": "https://jdoe.github.io"})
    >>> p.person.name, p.person.homepage, p.publications[0].authors[1].is_self
    ('John Doe', 'https://jdoe.github.io', True)
    """
    from .html import parse_markdown_page

    return parse_markdown_page(doc, options, site_author)
    site_author = dict(site_author or {})
    fm = read_front_matter(doc)
    st = _State(doc=doc, options=options, site_author=site_author, fm=fm)
    _front_matter_lines(st)
    text = _prepare(doc, fm)
    blocks = _blocks(_MD.parse(text))
    _walk_sections(st, blocks)
    return _finish(st)


def _front_matter_lines(st: _State) -> None:
    fm, doc = st.fm, st.doc
    if not fm.first:
        return
    doc.ignore(fm.first)
    doc.ignore(fm.last)
    for key, (a, b) in fm.key_lines.items():
        if key in _PERSON_KEYS and isinstance(fm.data.get(key), (str, dict)):
            continue  # used when the name is taken from it
        if key in SITE_CONFIG_KEYS or key not in _PERSON_KEYS:
            doc.ignore(a, b)


def _prepare(doc: SourceDoc, fm: FrontMatter) -> str:
    """The text markdown-it reads: front matter blanked, Liquid tags turned into comments,
    with the line numbers unchanged; lines that hold only comments, Liquid or a style or
    script block are marked ignored."""
    lines = list(doc.lines)
    if fm.first:
        for i in range(fm.first - 1, fm.last):
            lines[i] = ""
    text = escape_sup_marks("\n".join(lines))
    # a Liquid tag becomes an HTML comment (kept line breaks): never data, and markdown-it still
    # sees a tag where a template put one
    text = _LIQUID.sub(lambda m: "<!--" + "\n" * m.group(0).count("\n") + "-->", text)
    # <font color=...> only colours text: dropping the tags (not the text) spares markdown-it work
    text = _FONT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    masked = _RAWTEXT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    masked = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), masked)
    out = text.split("\n")
    for n, (orig, rest) in enumerate(zip(text.split("\n"), masked.split("\n")), start=1):
        if orig.strip() and not rest.strip():
            doc.ignore(n)
        elif _KRAMDOWN_ATTR.match(rest):
            doc.ignore(n)  # a kramdown attribute list ({: .notice}) styles the block above it
            out[n - 1] = ""
        elif _LINK_DEFINITION.match(rest):
            doc.ignore(n)  # "[p1]: https://..." only feeds the "[pdf][p1]" links above
    return "\n".join(out)


def _heading_text(block: Block) -> str | None:
    """Text of a heading, of a paragraph that is only bold text, or of an HTML heading."""
    if block.kind == "heading":
        return _text(_block_tree(block))
    if block.kind == "paragraph":
        inline = block.tokens[1]
        segs = _html_segments(_block_tree(block), newlines=True)
        if len(segs) == 1 and all(p.bold or not p.text.strip() for p in segs[0].pieces) and not segs[0].links:
            text = segs[0].text
            if len(text) <= 60 and inline.content.count("\n") == 0:
                return text
        return None
    if block.kind == "html_block":
        root = _tree(block.content)
        tags = [e for e in root.iter() if e is not root and isinstance(e.tag, str) and _text(e)]
        if tags and tags[0].tag in ("h1", "h2", "h3", "h4", "h5", "h6") and _text(root) == _text(tags[0]):
            return _text(tags[0])
    return None


def _walk_sections(st: _State, blocks: list[Block]) -> None:
    doc = st.doc
    section: str | None = "bio"
    level = 0  # level of the heading that opened the section (1-6; 7 for a bold line)
    year: int | None = None
    seen_heading = False
    # a legend anywhere on the page decides the marks of every entry
    legends = set()
    for b in blocks:
        if b.kind == "paragraph":
            txt = _text(_block_tree(b))
            if _is_legend(txt):
                st.legend = read_legend(txt)
                legends.add(id(b))
    for block in blocks:
        if id(block) in legends:
            doc.use(block.first, _trim(doc, block.first, block.last))
            continue
        htext = _heading_text(block)
        if htext is not None:
            hlevel = _heading_level(block)
            is_year, y = year_group(htext)
            kind = heading_kind(htext)
            if is_year and section in ("publications", "news", "awards", "service"):
                year = y
                doc.ignore(block.first, block.last)
                continue
            if kind is None and seen_heading and section in _HANDLERS and level < hlevel < 7:
                # a sub-heading of a known section ("### Computer Vision" under Publications)
                year = None
                st.type_hint = _type_hint(htext) if section == "publications" else None
                doc.ignore(block.first, block.last)
                continue
            if kind is not None:
                st.type_hint = _type_hint(htext) if kind == "publications" else None
                section, year, seen_heading, level = kind, None, True, hlevel
                if kind == "awards":
                    st.has_awards_section = True
                doc.sections[block.first] = kind
                doc.ignore(block.first, block.last)
                continue
            if block.kind == "heading" or block.kind == "html_block":
                # a heading we do not know: a name at the top, or another section
                if not seen_heading and st.top_name is None and _person_name(_drop_paren(htext)):
                    st.top_name = htext
                    doc.use(block.first, block.last)
                    continue
                section, year, seen_heading, level = "other:" + fold(htext)[:40], None, True, hlevel
                doc.sections[block.first] = fold(htext)[:40] or "other"
                doc.ignore(block.first, block.last)
                continue
            if not seen_heading and st.top_name is None and section == "bio" and _person_name(_drop_paren(htext)):
                st.top_name = htext
                doc.use(block.first, block.last)
                continue
        if block.kind == "hr":
            doc.ignore(block.first, block.last)
            continue
        if block.kind == "paragraph" and not _text(_block_tree(block)):
            _ignore_markup(block, doc)  # a paragraph of bare markup: <span class='anchor'></span>
            continue
        handler = _HANDLERS.get(section or "")
        if handler is None:
            _ignore_markup(block, doc)
            continue
        handler(st, block, year)


def _pp_pages(text: str) -> str | None:
    """``pp. 1201–1214``, ``119(545):101–115`` -> the page range."""
    m = re.search(r"\bpp\.?\s*(\d+)\s*[-–—]+\s*(\d+)|\d+\s*(?:\(\d+\))?\s*:\s*(\d+)\s*[-–—]+\s*(\d+)", text or "")
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}" if m.group(1) else f"{m.group(3)}-{m.group(4)}"


def _type_hint(heading: str) -> str | None:
    """The kind of venue a publication sub-heading announces (``Journal Articles``)."""
    low = fold(heading)
    for rx, kind in ((r"\bjournals?\b", "journal"), (r"\bconferences?\b|\bproceedings\b", "conference"),
                     (r"\bworkshops?\b", "workshop"), (r"\bpreprints?\b|\barxiv\b|\bunder review\b|\bsubmitted\b",
                                                        "preprint"), (r"\btheses\b|\bthesis\b|\bdissertations?\b", "thesis"),
                     (r"\bbooks?\b|\bchapters?\b", "book")):
        if re.search(rx, low):
            return kind
    return None


def _heading_level(block: Block) -> int:
    if block.kind == "heading":
        return int(block.tokens[0].tag[1])
    if block.kind == "html_block":
        m = re.search(r"<h([1-6])\b", block.content, re.I)
        return int(m.group(1)) if m else 7
    return 7


def _ignore_markup(block: Block, doc: SourceDoc) -> None:
    if block.kind in ("html_block", "html_md", "paragraph"):
        for n in range(block.first, block.last + 1):
            if n <= len(doc.lines) and _markup_only(doc.lines[n - 1]):
                doc.ignore(n)


_NOT_PERSON = re.compile(
    r"\b(lab|laboratory|group|center|centre|department|school|research|team|college|institute|welcome|"
    r"hello|news|home|page|homepage|about|google|scholar|github|publications?)\b",
    re.I,
)


def _drop_paren(text: str) -> str:
    """``Yichen Wei (危夷晨)`` -> ``Yichen Wei``."""
    return re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", text)


def _person_name(text: str) -> bool:
    """A name the owner could have: two to four capitalised words, none an organisation word."""
    return _name_like(text) and _name_ok(text) and not _NOT_PERSON.search(text)


def _name_like(text: str) -> bool:
    text = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", text).strip()
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    return all(re.fullmatch(r"[A-Z][a-zA-Z'\-]*\.?|[A-Z]\.|van|von|de|der|da|del|la", w) for w in words)


# --- section handlers --------------------------------------------------------------------


def _is_legend(text: str) -> bool:
    if len(text) > 300 or not read_legend(text):
        return False
    t = text.strip()
    return t[:1] in "(*+#†‡✉§¶^[" or bool(re.search(r"\b(denotes?|indicates?|means)\b", t, re.I))


def _handle_pubs(st: _State, block: Block, year: int | None) -> None:
    doc = st.doc
    if block.kind == "paragraph":
        txt = _text(_block_tree(block))
        if _is_legend(txt):
            doc.use(block.first, _trim(doc, block.first, block.last))
            return
    if block.kind in ("bullet_list", "ordered_list"):
        for toks, a, b in _list_items(block):
            nested = [i for i, t in enumerate(toks) if t.type in ("bullet_list_open", "ordered_list_open")]
            if nested:
                is_year, y = year_group(_text(_tree(_render(toks[: nested[0]]))))
                if is_year:
                    doc.ignore(a)
                    sub = Block("bullet_list", toks[nested[0] :], a + 1, b)
                    # tokens of the nested list up to its close
                    depth = 0
                    for k, t in enumerate(sub.tokens):
                        depth += t.nesting
                        if depth == 0:
                            sub.tokens = sub.tokens[: k + 1]
                            break
                    _handle_pubs(st, sub, y)
                    continue
            _take_pub(st, _md_entry(toks, a, b, doc), year)
        return
    entries = _entries(block, doc)
    if block.kind == "html_md" and _is_paper_box(block) and entries:
        segs = [s for e in entries for s in e.segs]
        lines = [n for e in entries for n in e.lines]
        _take_pub(st, Entry(segs, block.first, block.last, lines), year)
        return
    for e in entries:
        _take_pub(st, e, year)


def _is_paper_box(block: Block) -> bool:
    head = block.parts[0].content if hasattr(block, "parts") else ""
    return bool(re.search(r"class=['\"][^'\"]*(paper|pub)[^'\"]*['\"]", head, re.I))


def _take_pub(st: _State, entry: Entry, year: int | None) -> None:
    pub = _read_pub(entry.segs)
    if pub is None:
        return
    pub.line = entry.first
    pub.year_hint = year
    pub.type_hint = st.type_hint
    st.pubs.append(pub)
    st.doc.use(entry.first, entry.first)
    for n in entry.lines:
        st.doc.use(n)


_NOTE_ONLY = re.compile(
    r"^\(?\s*((?:oral|spotlight|poster|highlight)(?:\s+(?:presentation|paper|talk))?|best\s+[\w\s]*paper[\w\s]*|[\w\s-]*award[\w\s]*|"
    r"honou?rable mention|nominee|finalist|in press|to appear)\s*\)?\.?$",
    re.I,
)
_VENUE_START = re.compile(
    r"^\s*(in\s*:?|in proc(eedings)?\.?|proc(eedings)?\.?|accepted|to appear|published|appeared|under review|"
    r"submitted)\b",
    re.I,
)
_VENUE_WORDS = re.compile(
    r"\b(conference|proceedings|journal|transactions|trans\.|symposium|workshop|letters|arxiv|preprint|"
    r"review|magazine|neurips|nips|cvpr|iccv|eccv|icml|iclr|aaai|ijcai|acl|emnlp|naacl|kdd|www|sigir|"
    r"t-?pami|ijcv|tip|tnnls|bmvc|wacv|accv|icassp|interspeech|siggraph|miccai|ieee|acm|springer)\b",
    re.I,
)
_NOT_NAME_WORDS = re.compile(
    r"\b(the|of|for|on|in|with|via|using|towards?|from|to|a(?!\.)|an|is|are|conference|proceedings|journal|"
    r"transactions|ieee|acm|learning|network|networks|neural|deep|model|models|vision|image|paper|code|"
    r"university|institute|arxiv|preprint|accepted|workshop)\b",
    re.I,
)


def _name_ok(name: str) -> bool:
    """Does a chunk of an author line look like a person's name?"""
    name = name.strip()
    if not name or re.search(r"\d", name) or len(name) > 60:
        return False
    if has_cjk(name):
        return len(name) <= 12
    words = name.split()
    if not 1 <= len(words) <= 6:
        return False
    if _NOT_NAME_WORDS.search(name):
        return False
    return any(w[:1].isupper() for w in words)


@lru_cache(maxsize=4096)
def _author_names(text: str) -> tuple[tuple[str, ...], bool]:
    """Names (marks stripped by the common convention) of an author line, and ``et al.``."""
    al = split_authors(text, DEFAULT_LEGEND)
    return tuple(a.name for a in al.authors), al.truncated


def _author_like(text: str, legend: dict | None = None) -> float:
    """How much a line looks like a list of people (0..1)."""
    if not text or _VENUE_START.match(text):
        return 0.0
    names, truncated = _author_names(text)
    if not names:
        return 0.0
    score = sum(_name_ok(n) for n in names) / len(names)
    if len(names) == 1 and not truncated:
        score *= 0.6  # one capitalised phrase is as likely a title
    return score


def _venue_like(seg: Segment) -> bool:
    text = seg.text
    if _VENUE_START.match(text):
        return True
    if find_year(text) and (len(text.split()) <= 25):
        return True
    if _VENUE_WORDS.search(text):
        return True
    italic = [p for p in seg.pieces if p.text.strip()]
    return bool(italic) and all(p.italic for p in italic)


def _is_link_seg(seg: Segment, first: bool) -> bool:
    link_text = "".join(p.text for p in seg.pieces if p.href is not None)
    rest = "".join(p.text for p in seg.pieces if p.href is None)
    if not link_text.strip():
        return False
    if re.search(r"\w", re.sub(r"\b(and|or)\b", "", rest)):
        return False
    labels = [label for label, _ in seg.links]
    if first and len(labels) == 1 and not _kind_label(labels[0]) and len(labels[0].split()) >= 2:
        return False  # a linked title
    return all(_kind_label(label) or len(label.split()) <= 5 for label in labels)


@lru_cache(maxsize=1024)
def _kind_label(label: str) -> str | None:
    """The link kind a label names (``[Code]``, ``Project Page``); None for a longer label, which
    is a title even when a kind word is in it (``A Survey on Video Diffusion Models``)."""
    if not label or len(label.split()) > 4:
        return None
    return link_kind(label, "")


def _badge(seg: Segment) -> bool:
    """A short venue badge such as ``CVPR 2016``."""
    words = seg.text.split()
    return len(words) <= 4 and bool(find_year(seg.text)) and not seg.links


def _badge_text(text: str) -> bool:
    """A venue badge put before a title (``CVPR 2024``, ``arXiv``, ``NeurIPS'23``)."""
    words = text.split()
    return 1 <= len(words) <= 4 and bool(find_year(text) or re.search(r"'\d\d\b", text) or _VENUE_WORDS.search(text))


def _split_kind_links(segs: list[Segment]) -> tuple[list[Segment], list[tuple[str, str]]]:
    """Take ``[PDF]``, ``[Code]`` ... links out of lines that also hold text (``*CVPR 2024* [Paper]``)."""
    out: list[Segment] = []
    links: list[tuple[str, str]] = []
    for k, seg in enumerate(segs):
        first_text = next((p for p in seg.pieces if p.text.strip()), None)
        keep = [
            p for p in seg.pieces
            if not (p.href and p is not (first_text if k == 0 else None)
                    and _kind_label(_norm(p.text).strip("[]() ")) and len(p.text.split()) <= 3)
        ]
        rest = "".join(p.text for p in keep)
        if len(keep) == len(seg.pieces) or not re.search(r"\w", rest):
            out.append(seg)
            continue
        taken = Segment([p for p in seg.pieces if p not in keep])
        links += taken.links
        out.append(Segment(keep))
    return out, links


def _read_pub(segs: list[Segment]) -> RawPub | None:
    segs = [s for s in segs if s.text and re.search(r"\w", s.text)]
    if not segs:
        return None
    segs, extra_links = _split_kind_links(segs)
    link_idx = {i for i, s in enumerate(segs) if _is_link_seg(s, i == 0)}
    rest = [i for i in range(len(segs)) if i not in link_idx]
    if not rest:
        return None
    if len(rest) == 1:
        pub = _read_one_line(segs[rest[0]])
        if pub is None:
            return None
    else:
        badge = [i for i in rest if _badge(segs[i]) and i == rest[0]]
        body = [i for i in rest if i not in badge]
        if not body:
            return None
        t_i = body[0]
        # "Authors<br>Title<br>Venue": the first line is clearly a list of people
        if len(body) >= 2 and _author_like(segs[body[0]].text, None) >= 0.99 and "," in segs[body[0]].text and \
                _author_like(segs[body[1]].text, None) < 0.9 and not _venue_like(segs[body[1]]):
            t_i = body[1]
        title_seg = segs[t_i]
        title, title_url = _title_of(title_seg)
        pub = RawPub(line=0, title=title, title_url=title_url)
        others = [i for i in body if i != t_i]
        a_i = next((i for i in others if _author_like(segs[i].text, None) >= 0.75 or (
            segs[i].emphasized() and _author_like(segs[i].text, None) >= 0.5)), None)
        if a_i is not None:
            aseg = segs[a_i]
            a_text, v_extra = _split_author_venue(aseg)
            pub.authors_text = a_text
            pub.emphasized = aseg.emphasized()
            pub.author_links = {label: href for label, href in aseg.links}
            if v_extra:
                pub.venue_text = v_extra
            others.remove(a_i)
        else:
            # "[Title](url), **Me**, Other" in one cell, the venue in the next
            one = _read_one_line(title_seg)
            if one is not None and one.authors_text:
                pub.title, pub.title_url = one.title, one.title_url
                pub.authors_text, pub.emphasized = one.authors_text, one.emphasized
                pub.venue_text = one.venue_text
        v_i = next((i for i in others if _venue_like(segs[i]) and not _NOTE_ONLY.match(segs[i].text)), None)
        if v_i is not None:
            pub.venue_text = pub.venue_text or segs[v_i].text
            others.remove(v_i)
        for i in badge:
            # a badge ("CVPR 2016") is the venue when no line says more
            pub.venue_text = pub.venue_text or segs[i].text
        prose = []
        for i in others:
            text = segs[i].text
            emph = segs[i].emphasized()
            if _NOTE_ONLY.match(text):
                pub.notes.append(text.strip("(). "))
            elif emph and text.lstrip("-–• ").startswith(emph[0]) and _NOTE_ONLY.match(emph[0]) and \
                    len(text.split()) <= 10:
                pub.notes.append(text.lstrip("-–• ").rstrip(" ."))  # "**Oral presentation** (top 0.6%)."
            else:
                prose.append(text)
                pub.links += [link for link in segs[i].links]
        if prose:
            pub.abstract = " ".join(t.lstrip("-–• ").strip() for t in prose)
    for i in sorted(link_idx):
        pub.links += segs[i].links
    pub.links += extra_links
    if pub.title_url:
        pub.links.insert(0, ("", pub.title_url))
    if not pub.title or (not pub.authors_text and not pub.venue_text):
        return None
    return pub


def _title_of(seg: Segment) -> tuple[str, str | None]:
    links = seg.links
    url = None
    if len(links) == 1 and _norm(links[0][0]) and len(_norm(links[0][0])) >= 0.6 * len(seg.text):
        url = links[0][1]
    return _clean_title(seg.text), url


def _clean_title(text: str) -> str:
    text = _norm(text).strip()
    text = text.strip("\"“”'‘’ ")
    text = re.sub(r"[.,;:]+$", "", text).strip()
    return text.strip("\"“”'‘’ ")


def _split_author_venue(seg: Segment) -> tuple[str, str]:
    """An author line that also holds the venue (``A, B. *CVPR*, 2020.``): split it."""
    pieces = [p for p in seg.pieces if p.href is None or _norm(p.text) and not _kind_label(_norm(p.text))]
    ital = next((k for k, p in enumerate(pieces) if p.italic and p.text.strip() and not (p.bold or p.under)), None)
    text = _norm("".join(p.text for p in pieces))
    if ital is not None and ital > 0:
        a = _norm("".join(p.text for p in pieces[:ital]))
        v = _norm("".join(p.text for p in pieces[ital:] if p.href is None))
        if _author_like(a, None) >= 0.5:
            return a.rstrip(" .,;"), v
    if find_year(text) or _VENUE_WORDS.search(text):
        parts = re.split(r"(?<=[a-z\u00c0-\u024f\)\*#†‡+])\.\s+", text)
        if len(parts) >= 2 and _author_like(parts[0], None) >= 0.75:
            return parts[0], " ".join(parts[1:])
    return text, ""


def _read_one_line(seg: Segment) -> RawPub | None:
    """A publication written on one line: ``[Title](url), **Me**, B, **CVPR 2016**``,
    ``Authors. "Title." *Venue*, 2020.``, ``**Title**. Authors. *Venue* 2020``."""
    pieces = [p for p in seg.pieces]
    text = _norm("".join(p.text for p in pieces if not (p.href and _kind_label(_norm(p.text)))))
    # 1. a quoted title
    m = re.search(r"[\"“](.{8,}?)[\"”]", text)
    if m:
        before, after = text[: m.start()], text[m.end() :]
        pub = RawPub(line=0, title=_clean_title(m.group(1)))
        if _author_like(before.strip(" .,:"), None) >= 0.5:
            pub.authors_text = before.strip(" .,:")
            pub.venue_text = after.strip(" .,")
        else:
            a, v = _split_text_av(after)
            pub.authors_text, pub.venue_text = a, v
        pub.emphasized = seg.emphasized()
        pub.links = [(label, href) for label, href in seg.links if _kind_label(label) or href]
        return pub
    # 2. a linked or bold title
    t_k = None
    for k, p in enumerate(pieces):
        label = _norm(p.text)
        if not label:
            continue
        if p.href and not _kind_label(label) and len(label.split()) >= 3:
            t_k = k
            break
        if (p.bold or p.under) and len(label.split()) >= 3 and not find_year(label) and (
                not _name_ok(label.strip(" ,.")) or _bold_title_before_authors(label, pieces[k + 1 :])):
            t_k = k
            break
    if t_k is not None:
        t_piece = pieces[t_k]
        same = [p for p in pieces if p.href == t_piece.href and p.bold == t_piece.bold] if t_piece.href else [t_piece]
        title = _clean_title("".join(p.text for p in same))
        before = [p for p in pieces[:t_k]]
        after = [p for p in pieces[t_k + 1 :] if p not in same]
        pub = RawPub(line=0, title=title, title_url=t_piece.href)
        links = [(label, href) for label, href in Segment(after).links if _kind_label(label) or len(label.split()) <= 3]
        after_plain = [p for p in after if not (p.href and _kind_label(_norm(p.text)))]
        before_text = _norm("".join(p.text for p in before)).strip(" .,:")
        if before_text and _author_like(before_text, None) >= 0.5:
            pub.authors_text = before_text
            pub.emphasized = Segment(before).emphasized()
            pub.venue_text = _drop_empty_brackets(_norm("".join(p.text for p in after_plain)))
        else:
            a, v, emph = _split_pieces_av(after_plain)
            pub.authors_text, pub.venue_text, pub.emphasized = a, _drop_empty_brackets(v), emph
            if not pub.venue_text and _badge_text(before_text):
                pub.venue_text = before_text  # "`CVPR 2024` [Title](url), authors"
        pub.links = links
        return pub
    # 3. sentences: "Authors. Title. Venue, 2020."
    plain = _norm("".join(p.text for p in pieces if not (p.href and _kind_label(_norm(p.text)))))
    parts = [x.strip() for x in re.split(r"(?<=[a-z\u00c0-\u024f\)\]\*#†‡+]{2})\.\s+", plain) if x.strip()]
    for a_i, t_i in ((0, 1), (1, 0)):
        if len(parts) >= 3 and _author_like(parts[a_i], None) >= 0.75:
            pub = RawPub(line=0, title=_clean_title(parts[t_i]), authors_text=parts[a_i],
                         venue_text=" ".join(parts[2:]))
            pub.emphasized = seg.emphasized()
            pub.links = [(label, href) for label, href in seg.links if _kind_label(label)]
            # a short linked title ("[Relightable Gaussians](url)") keeps its link
            pub.title_url = next((href for label, href in seg.links
                                  if not _kind_label(label) and fold(label) == fold(pub.title)), None)
            return pub
    return None


def _bold_title_before_authors(label: str, after: list[Piece]) -> bool:
    """``**Depth Completion Networks.** A. Author, B. Author. *Venue*``: a bold phrase that
    reads like a name is still the title when it ends a sentence and a list of people follows."""
    if not label.rstrip().endswith(".") or "," in label or re.search(r"\b[A-Z]\.$", label.rstrip()):
        return False
    run = []
    for p in after:
        if p.italic and not p.bold and _norm(p.text):
            break
        run.append(p.text)
    people = _norm("".join(run)).strip(" .,:;")
    people = re.split(r"(?<=[a-z\u00c0-\u024f])\.\s+", people)[0]
    return "," in people and _author_like(people, None) >= 0.75


def _drop_empty_brackets(text: str) -> str:
    """``CVPR 2024 (Oral). [] []`` -> ``CVPR 2024 (Oral)``: what is left of link buttons."""
    prev = None
    while prev != text:
        prev, text = text, re.sub(r"[\[(]\s*[\])]", "", text)
    return re.sub(r"\s{2,}", " ", text).strip(" .,;|")


def _split_text_av(text: str) -> tuple[str, str]:
    text = text.strip(" .,")
    parts = re.split(r"(?<=[a-z\)\*#†‡+])\.\s+", text)
    if len(parts) >= 2 and _author_like(parts[0], None) >= 0.6:
        return parts[0], " ".join(parts[1:])
    if _author_like(text, None) >= 0.75 and not find_year(text):
        return text, ""
    return "", text


def _split_pieces_av(pieces: list[Piece]) -> tuple[str, str, list[str]]:
    """Authors and venue from the pieces after a title: the venue is the italic run or the
    last bold run with a year or a venue name."""
    v_k = None
    for k, p in enumerate(pieces):
        t = _norm(p.text)
        if not t:
            continue
        if p.italic and not p.bold:
            v_k = k
            break
    if v_k is None:
        for k in range(len(pieces) - 1, -1, -1):
            p = pieces[k]
            t = _norm(p.text)
            if (p.bold or p.italic) and t and (find_year(t) or _VENUE_WORDS.search(t)):
                v_k = k
                break
    if v_k is not None:
        a_pieces = pieces[:v_k]
        a = _norm("".join(p.text for p in a_pieces)).strip(" .,:;")
        v = _norm("".join(p.text for p in pieces[v_k:])).strip(" .,:;")
        return a, v, Segment(a_pieces).emphasized()
    a, v = _split_text_av(_norm("".join(p.text for p in pieces)))
    return a, v, Segment(pieces).emphasized()


_DATE_ONLY = re.compile(
    r"^[\s\[\](){}*_|]*(?:(?:[A-Za-z]{3,9}\.?|\d{1,4}(?:st|nd|rd|th)?)[\s,./\-–]*){1,4}[\s\[\](){}*_|]*$"
)


def split_date_prefix(text: str) -> tuple[str | None, str]:
    """A leading date (``July 22nd, 2021.``, ``*2022.02*:``, ``[May 2023]``) and the rest.

    >>> split_date_prefix("July 22nd, 2021. Paper accepted.")
    ('2021-07-22', 'Paper accepted.')
    >>> split_date_prefix("2022.02: 🎉 Paper")
    ('2022-02', '🎉 Paper')
    >>> split_date_prefix("One paper accepted to ICCV 2021.")
    (None, 'One paper accepted to ICCV 2021.')
    """
    text = text.strip()
    for m in re.finditer(r"(?:[:：]|[.,]|\s[-–—|]|[\])])\s*(?=\S)|\s+", text[:45]):
        cand = text[: m.end()].strip()
        head = cand.rstrip(":：.,-–—| ").strip()
        if not head or not _DATE_ONLY.match(head):
            continue
        words = re.findall(r"[A-Za-z]+", head)
        if any(w.lower() not in MONTHS and w.lower() not in ("st", "nd", "rd", "th") for w in words):
            continue
        if not find_year(head):
            continue
        nxt = text[m.end() :]
        # "2022.02" is one date: a separator without a space before a digit is inside it
        if re.match(r"\d", nxt) and not re.search(r"\s", m.group(0)) and m.group(0) not in (":", "：", "]", ")"):
            continue
        date = parse_date(head)
        if date:
            rest = nxt.strip().lstrip(":：-–—|").strip()
            return date, rest
    return None, text


def _handle_news(st: _State, block: Block, year: int | None) -> None:
    doc = st.doc
    if block.kind == "paragraph":
        # one item per source line (a paragraph of "**2023.05** ..." lines)
        a, b = block.first, _trim(doc, block.first, block.last)
        for n in range(a, b + 1):
            line = doc.lines[n - 1]
            if not line.strip():
                continue
            segs = _html_segments(_tree(_MD.renderInline(line.strip())), newlines=True)
            _take_news(st, Entry(segs, n, n, [n]), year)
        return
    entries = _entries(block, doc)
    for e in entries:
        _take_news(st, e, year)


def _take_news(st: _State, e: Entry, year: int | None) -> None:
    text = e.text
    if not text:
        return
    date, rest = split_date_prefix(text)
    item_text = rest or text
    links = [u for u in (_abs(h, st) for _, h in e.links) if u]
    st.news.append(NewsItem(date=date or (str(year) if year else None), text=item_text, links=links, line=e.first))
    for n in e.lines:
        st.doc.use(n)


def _handle_awards(st: _State, block: Block, year: int | None) -> None:
    entries = _entries(block, st.doc)
    for e in entries:
        text = e.text
        if not text:
            continue
        date, rest = split_date_prefix(text)
        name = rest.strip(" .;") or text
        name = re.sub(r"[,;(]?\s*(?:in\s+)?(?:19|20)\d\d(?:\s*[/,&~–-]\s*(?:19|20)\d\d)*\)?\s*$", "", name).strip(" ,;") or name
        years = sorted({int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)})
        if not years and year:
            years = [year]
        url = next((u for u in (_abs(h, st) for _, h in e.links) if u), None)
        st.awards.append(Award(name=name, year=years[-1] if years else None,
                               years=years if len(years) > 1 else [], url=url, line=e.first))
        for n in e.lines:
            st.doc.use(n)


_ROLE_WORDS = re.compile(
    r"\b(intern|interns|phd|ph\.d\.?|master'?s?|msc|m\.s\.|undergrad(uate)?|postdoc|visiting|student|"
    r"co-?advised|co-?supervised|alumni|graduated|now at|current|former|research assistant|ra)\b",
    re.I,
)


def _handle_students(st: _State, block: Block, year: int | None) -> None:
    doc = st.doc
    entries = _entries(block, doc)
    role = _student_role(doc, block.first)
    for e in entries:
        text = e.text
        if not text:
            continue
        group_role = None
        people = [text]
        # "PhD students: Alice (2020-), [Bob](url) (with X)" lists several people after a label
        m = re.match(r"^([^:：()]{2,40})[:：]\s*(.+)$", text)
        if m and (_ROLE_WORDS.search(m.group(1)) or not _name_ok(m.group(1))):
            group_role = m.group(1).strip(" *")
            people = [x for x in re.split(r"[,;](?![^()]*\))", m.group(2)) if x.strip()]
        links = dict((label, href) for label, href in e.links if label)
        took = False
        for chunk in people:
            student = _read_student(chunk.strip(), links, st)
            if student is None:
                continue
            student.role = group_role or student.role or role
            student.line = e.first
            st.students.append(student)
            took = True
        if took:
            for n in e.lines:
                doc.use(n)


def _read_student(text: str, links: dict[str, str], st: _State) -> Student | None:
    """``Name (Institution)``, ``[Name](url) (PhD student, 2021-)``, ``Name, University``."""
    name_link = next(((label, href) for label, href in links.items() if text.startswith(label)), None)
    if name_link:
        name, rest = name_link[0], text[len(name_link[0]) :].strip()
    else:
        m = re.match(r"^([^(,;–—|:]+?)\s*(?=[(,;–—|:]|\s-\s|$)", text)
        name = m.group(1) if m else text
        rest = text[len(name) :].strip()
    name = name.strip(" *-:")
    if not _name_ok(name) or len(name.split()) > 5 or (_ROLE_WORDS.search(name) and len(name.split()) < 2):
        return None
    inst = None
    srole = None
    for part in re.findall(r"\(([^()]+)\)", rest) or [rest]:
        for p in re.split(r"[,;|]|\s[-–—]\s", part):
            p = re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*[-–~]?\s*(?:(?:19|20)\d\d|present|now)?", "", p).strip(" .-–—:")
            if not p:
                continue
            if _INSTITUTION.search(p) or not _ROLE_WORDS.search(p):
                inst = inst or p
            else:
                srole = srole or p
    url = _abs(name_link[1], st) if name_link else None
    ident = {}
    if url:
        got = identifier_from_url(url)
        if got:
            ident[got[0]] = got[1]
    return Student(name=name, institution=inst, role=srole, url=url, identifiers=ident)


def _student_role(doc: SourceDoc, line: int) -> str | None:
    """The role the section heading gives its people (``Current and Previous Interns`` -> intern)."""
    heads = [k for k in doc.sections if k <= line]
    if not heads:
        return None
    h = fold(doc.lines[max(heads) - 1])
    for word, role in (("intern", "intern"), ("phd", "PhD student"), ("master", "master's student"),
                       ("mentee", "mentee"), ("postdoc", "postdoc"), ("student", "student")):
        if word in h:
            return role
    return None


_SERVICE_ROLE = re.compile(
    r"\b(reviewer|review|chair|committee|pc|spc|editor|organi[sz]er|member|board|referee|program|area chair|"
    r"session chair|judge|moderator|panelist|ac)\b",
    re.I,
)


def _handle_service(st: _State, block: Block, year: int | None) -> None:
    entries = _entries(block, st.doc)
    for e in entries:
        text = e.text.strip(" .;")
        if not text:
            continue
        role, venues_text = None, ""
        if ":" in text or "：" in text:
            role, venues_text = re.split(r"[:：]", text, maxsplit=1)
        else:
            m = re.match(r"^(.*?\b(?:reviewer|chair|member|editor|organi[sz]er|committee|referee))"
                         r"\s*(?:for|of|at|,|-|–)\s*(.+)$", text, re.I)
            if m:
                role, venues_text = m.group(1), m.group(2)
            else:
                m = re.match(r"^([^,]+?),\s*(.+)$", text)
                if m and _SERVICE_ROLE.search(m.group(2)) and not _SERVICE_ROLE.search(m.group(1)):
                    role, venues_text = m.group(2), m.group(1)
                elif m and _SERVICE_ROLE.search(m.group(1)):
                    role, venues_text = m.group(1), m.group(2)
                else:
                    role = text
        vt = re.sub(r"\s*\((?:since\s+)?(?:19|20)\d\d\s*(?:[-–—~]+\s*(?:(?:19|20)\d\d|present|now|today)?)?\)", "",
                    venues_text or "")  # "Journal of X (2022–)": the years are no part of the venue
        chunks = []
        for chunk in re.split(r",|;|/", vt):
            # "Transactions on Pattern Analysis and Machine Intelligence" is one venue, "CVPR and ICCV" two
            chunks += [chunk] if re.search(r"(?i)\b(?:on|of|for|in)\b", chunk) else re.split(r"\band\b", chunk)
        venues = [v.strip(" .") for v in chunks if v.strip(" .")]
        venues = [v for v in venues if fold(v) not in ("etc", "and so on", "etc etc")]
        years = {find_year(v) for v in venues if find_year(v)} | ({find_year(text)} if find_year(text) else set())
        st.service.append(Service(role=role.strip(" ,;") or text, venues=venues,
                                  year=years.pop() if len(years) == 1 else year, line=e.first))
        for n in e.lines:
            st.doc.use(n)


_DEGREE_RX = (
    r"(?P<deg>Ph\.?\s?D\.?|D\.\s?Phil\.?|DPhil|Doctor(?:ate|al)?|M\.?\s?Sc\.?|M\.\s?S\.?|MS|M\.?\s?Eng\.?|M\.\s?Phil\.?|"
    r"MPhil|M\.\s?A\.?|MBA|Master(?:'s|’s)?|B\.?\s?Sc\.?|B\.\s?S\.?|BS|B\.?\s?Eng\.?|B\.\s?E\.?|BE|B\.\s?A\.?|BA|"
    r"Bachelor(?:'s|’s)?)"
)
_DEGREE = re.compile(rf"(?<![\w.]){_DEGREE_RX}(?![\w])")
_EDU_VERB = re.compile(
    r"\b(got|received|receives|obtained|earned|completed|did|finished|holds?|hold|was awarded|graduated with|have|has)\s+"
    r"(?:(?:his|her|my|their|a|an|the|both)\s+)?",
    re.I,
)
_INSTITUTION = re.compile(
    r"universit|institut|college|academy|school|polytechnic|eth\b|epfl|mit\b|kaist|caltech|cnrs|inria|"
    r"hochschule|école|ecole|universidad|università|cas\b|lab", re.I,
)
_SUBUNIT = re.compile(
    r"^(the\s+)?(national\s+|state\s+key\s+)?(laborator|lab\b|department|dept|school of|faculty|group|center|"
    r"centre|division)",
    re.I,
)
_ADVISOR = re.compile(
    r"(?:supervision of|(?:co-?)?supervised by|(?:co-?)?advised by|advisor(?:s)? (?:is|are|was|were)|guidance of|"
    r"working with|mentored by)\s+"
    r"(?P<names>(?:(?:Prof\.?|Professor|Dr\.?)\s+)?[A-Z][\w'\-]+(?:\s+[A-Z][\w'.\-]*)+"
    r"(?:\s*(?:,|and|&)\s*(?:(?:Prof\.?|Professor|Dr\.?)\s+)?[A-Z][\w'\-]+(?:\s+[A-Z][\w'.\-]*)+)*)"
)


_ADVISOR_CUT = re.compile(r",?\s*(?:under\s+the\s+(?:co-?)?)?" + _ADVISOR.pattern)


def read_education(sentence: str) -> tuple[list[Education], list[str]]:
    """Degrees and advisors a bio sentence states.

    >>> eds, adv = read_education("Anbang Yao got his Ph.D. degree from Tsinghua University in 2010.")
    >>> [(e.degree, e.institution, e.year) for e in eds]
    [('Ph.D.', 'Tsinghua University', 2010)]
    """
    out: list[Education] = []
    advisors: list[str] = []
    for m in _ADVISOR.finditer(sentence):
        for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names")):
            n = re.sub(r"^(Prof\.?|Professor|Dr\.?)\s+", "", n.strip()).strip(" .,")
            if _name_ok(n) and len(n.split()) >= 2 and n not in advisors:
                advisors.append(n)
    verb = _EDU_VERB.search(sentence)
    if not verb:
        return out, advisors
    tail = sentence[verb.end() :]
    starts = [m for m in _DEGREE.finditer(tail)]
    if not starts or starts[0].start() > 3:
        return out, advisors
    # cut into one clause per degree ("Ph.D ... in 2006, and B.S. degree in ... in 2001")
    clauses = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(tail)
        if k + 1 < len(starts) and not re.search(r"(,|\band\b|;)\s*(?:(?:his|her|my|a|an|the)\s+)?$", tail[m.end() : end]):
            between = tail[m.end() : starts[k + 1].start()]
            if not re.search(r"(,\s*and|\band|;|,)\s*(?:(?:his|her|my|a|an|the)\s+)?$", between):
                continue
        clauses.append((m.group("deg"), tail[m.end() : end]))
    for deg, clause in clauses:
        ed = _read_degree_clause(deg, clause)
        if ed:
            out.append(ed)
    return out, advisors


def _read_degree_clause(deg: str, clause: str) -> Education | None:
    tail_rx = r"\s*(,\s*)?(?:and|;)(?:\s+(?:his|her|my|their|a|an|the))?\s*$"
    c = re.sub(tail_rx, "", clause.strip())
    c = re.sub(r",?\s*respectively\.?", "", c)
    years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", c)
    year = int(years[-1]) if years else None
    c = _ADVISOR_CUT.sub("", c)
    c = re.sub(r",?\s*(?:in|\(|,)?\s*(?:19|20)\d\d\)?", "", c)
    c = re.sub(tail_rx, "", c.strip()).strip(" ,.")
    c = re.sub(r"^\s*(degrees?|program(?:me)?|studies)\b", "", c.strip(), flags=re.I).strip()
    field_ = None
    inst = None
    m = re.match(r"^in\s+(.+?)\s+(?:from|at)\s+(.+)$", c, re.I)
    if m:
        field_, inst = m.group(1), m.group(2)
    else:
        m = re.match(r"^(?:from|at)\s+(.+?)(?:\s+in\s+(.+))?$", c, re.I)
        if m:
            inst, field_ = m.group(1), m.group(2)
        else:
            m = re.match(r"^in\s+(.+)$", c, re.I)
            if m and _INSTITUTION.search(m.group(1)):
                inst = m.group(1)
            elif m:
                field_ = m.group(1)
    if not inst:
        return None
    inst = _institution(inst)
    if not inst:
        return None
    if field_:
        field_ = field_.strip(" ,.")
        if _INSTITUTION.search(field_) and not re.search(r"\b(science|engineering|studies|technology)\b", field_, re.I):
            field_ = None
    return Education(degree=deg.strip(), field=field_ or None, institution=inst, year=year)


def merge_education(first: list[Education], second: list[Education]) -> list[Education]:
    """Join degrees from an Education section and from the bio: one degree said twice
    (same institution, and same year or degree) is kept once, with the fields of both."""
    out = [e.model_copy() for e in first]
    for ed in second:
        twin = next((o for o in out if fold(o.institution) == fold(ed.institution) and (
            (o.year and o.year == ed.year) or (o.degree and ed.degree and _same_degree(o.degree, ed.degree)))), None)
        if twin is None:
            out.append(ed)
            continue
        for attr in ("degree", "field", "year", "url"):
            if getattr(twin, attr) is None and getattr(ed, attr) is not None:
                setattr(twin, attr, getattr(ed, attr))
    return out


def _same_degree(a: str, b: str) -> bool:
    return fold(a).replace(" ", "") == fold(b).replace(" ", "")


def _institution(text: str) -> str | None:
    text = re.split(r"\s*(?:,\s*(?:where|which|under|advised|supervised|working|with|and then|before|after)\b|;|\.\s)", text)[0]
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I).strip(" ,.")
    parts = [p.strip() for p in text.split(",") if p.strip()]
    while len(parts) > 1 and _SUBUNIT.match(parts[0]) and any(_INSTITUTION.search(p) for p in parts[1:]):
        parts.pop(0)
    out = ", ".join(parts)
    out = re.sub(r"^(the)\s+", "", out, flags=re.I)
    return out or None


_ROLE_SUBJECT = (
    r"\b(?:(?:I\s+am|I'm)(?:\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3},)?|I\s+work\s+as|"
    r"(?:He|She|They)\s+(?:is|are)|(?P<who>[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){1,2})\s+is)\s+"
    r"(?:currently\s+|now\s+|presently\s+)?(?:working\s+as\s+|serving\s+as\s+)?(?:an?|the)\s+"
    r"(?P<role>(?:Ph\.\s?D\.|M\.\s?S\.|B\.\s?S\.|[^.;])+?)\s+"
)
_ROLE_ORG = (
    r"(?P<org>[A-Z][^;]*?)"
    r"(?=,?\s+(?:where|working|advised|under|and\s+(?:a|an|the|I|my|his|her)|which|since|supervised|leading|focusing|"
    r"led|mentored|co-advised|hosted|from|as|in\s+the|in\s+(?:19|20)\d\d)\b|,\s*(?:and|where|which|I|my)\b|\.\s|\.?$|;)"
)
_ROLE_DEPT_RX = re.compile(
    _ROLE_SUBJECT + r"(?:with|in|of)\s+(?:the\s+)?(?P<dept>[^.;]+?)\s*(?:,\s*|\s+)(?:at)\s+(?:the\s+)?" + _ROLE_ORG
)
_ROLE_RX = re.compile(_ROLE_SUBJECT + r"(?:at|with|in|of)\s+(?:the\s+)?" + _ROLE_ORG)


def read_position(sentence: str) -> tuple[str, str, str | None] | None:
    """(job title, organization, department) from ``I am a ROLE [with DEPT] at ORG``.

    >>> read_position("I am an associate researcher with the Image & Video Analysis group (IVA) at "
    ...               "Institute of Automation, Chinese Academy of Sciences.")
    ('associate researcher', 'Institute of Automation, Chinese Academy of Sciences', 'Image & Video Analysis group (IVA)')
    """
    m = _ROLE_DEPT_RX.search(sentence) or _ROLE_RX.search(sentence)
    if not m:
        return None
    role = m.group("role").strip(" ,")
    org = m.group("org").strip(" ,.")
    if len(role.split()) > 10 or len(org.split()) > 14:
        return None
    if re.search(r"\b(interested|working on|passionate)\b", role, re.I):
        return None
    # "PE (Principal Engineer)" -> "Principal Engineer"
    def expand(mm: re.Match) -> str:
        acro, full = mm.group(1), mm.group(2)
        initials = "".join(w[0] for w in full.split() if w[:1].isupper())
        return full if initials.upper() == acro.upper() else mm.group(0)

    role = re.sub(r"\b([A-Z]{2,6})\s*\(([^()]+)\)", expand, role)
    dept = m.groupdict().get("dept")
    return role, org, dept.strip(" ,") if dept else None


_SENT_ABBR = re.compile(r"(?:\b(?:Prof|Dr|Mr|Ms|Mrs|St|Univ|Inc|Ltd|Co|Dept|vs|etc|al|e\.g|i\.e|No|Vol|Jr|Sr)|\b[A-Z])\.$")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping ``Prof. X`` and ``Ph.D. degree`` together."""
    out: list[str] = []
    for part in re.split(r"(?<=[.!?])\s+(?=[A-Z\[\"“(])", text):
        if out and _SENT_ABBR.search(out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


_INTEREST_RX = re.compile(
    r"(?:research\s+)?interests?\s+(?:includes?|are|is|lie in|lies in|focus on|spans?|covers?|center on)\b\s*:?\s*(?P<a>.+)"
    r"|(?:I\s+am|I'm)\s+(?:broadly\s+|mainly\s+|particularly\s+|primarily\s+|generally\s+)?interested\s+in\s+(?P<b>.+)"
    r"|(?:my\s+)?research\s+(?:focuses|focus|centers)\s+on\s+(?P<c>.+)",
    re.I,
)


def read_interests(sentence: str) -> list[str]:
    m = _INTEREST_RX.search(sentence)
    if not m:
        return []
    text = (m.group("a") or m.group("b") or m.group("c") or "").strip().rstrip(".")
    text = re.split(r"\.\s", text)[0]
    items = [x.strip(" .") for x in re.split(r",\s*(?:and\s+|as well as\s+)?|;\s*|\s+and\s+(?=[a-z0-9])", text)]
    items = [re.sub(r"^(the|and|especially|particularly|in particular|including|such as|e\.g\.,?|mainly)\s+", "", x, flags=re.I)
             for x in items if x and fold(x) not in ("etc", "and so on")]
    items = [x.removesuffix(" etc").strip() for x in items]
    return [x for x in items if 0 < len(x.split()) <= 8]


_METRIC_H = re.compile(r"h-?\s?index\s*(?:is|of|:)?\s*(?:about|over|~)?\s*(\d+)", re.I)
_METRIC_C = re.compile(r"citations?\s*(?:count\s*)?(?:is|of|:)?\s*(about|over|more than|~)?\s*([\d,]+\+?)", re.I)


def _prose(root) -> str:
    text = _text(root)
    return re.sub(r"\(\s+", "(", re.sub(r"\s+([.,;:!?)）])", r"\1", text))


def _handle_bio(st: _State, block: Block, year: int | None) -> None:
    doc = st.doc
    if block.kind == "paragraph":
        root = _block_tree(block)
        text = _prose(root)
        if text:
            st.bio_paragraphs.append((text, block, root))
        return
    if block.kind in ("html_block", "html_md"):
        _ignore_markup(block, doc)
        if block.kind == "html_md":
            for part in block.parts:  # type: ignore[attr-defined]
                if part.kind != "html_block":
                    _handle_bio(st, part, year)
            return
        root = _tree(block.content)
        text = _prose(root)
        if text:
            st.bio_paragraphs.append((text, block, root))
        return
    if block.kind in ("bullet_list", "ordered_list"):
        # "Email: ...", profile links, or a news-like list before any heading
        for toks, a, b in _list_items(block):
            e = _md_entry(toks, a, b, doc)
            st.bio_paragraphs.append((e.text, Block("list_item", toks, a, b), _tree(_render(toks))))


def _handle_education(st: _State, block: Block, year: int | None) -> None:
    entries = _entries(block, st.doc)
    for e in entries:
        text = e.text
        if block.kind == "table" and len(e.segs) > 1:
            # "| Ph.D. in CS | KTH | 2023 |": keep the cells apart
            text = " | ".join(_norm(s.text) for s in e.segs if _norm(s.text))
        date, rest = split_date_prefix(text)
        m = _DEGREE.search(rest)
        parts = [p.strip() for p in re.split(r",|\s[-–—|]\s|;", rest) if p.strip()]
        cands = [p for p in parts if _INSTITUTION.search(p) and not _DEGREE.fullmatch(p)]
        # "School of Computer Science, Fudan University": the university, not its school
        inst = next((p for p in cands if not _EDU_SUBUNIT.match(p)), cands[0] if cands else None)
        if not inst:
            continue
        k = parts.index(inst)
        if _CAMPUS_SYSTEM.match(inst) and k + 1 < len(parts) and _CAMPUS.fullmatch(parts[k + 1]):
            inst = f"{inst}, {parts[k + 1]}"  # "University of California, San Diego"
        years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
        if re.search(r"(?i)(?:19|20)\d\d(?:[./]\d{1,2})?\s*[-–—~]+\s*(?:now|present|today|current)\b|至今", text):
            years = []  # a degree still under way: no year obtained yet
        degree = m.group("deg") if m else None
        if degree is None:
            word = next((p for p in parts if re.fullmatch(r"(?i)(?:undergraduate|postgraduate|graduate|bachelor|"
                                                          r"master|doctoral|visiting)(?:\s+student)?", p)), None)
            degree = word.split()[0] if word else None
        field_ = None
        if m:
            fm = re.search(r"\bin\s+([A-Z][\w &]+)", rest[m.end() :])
            if fm and not _INSTITUTION.search(fm.group(1)):
                field_ = fm.group(1).strip()
        inst = re.sub(r"^(?:at|from|in)\s+", "", inst)
        inst = _DEGREE.sub("", inst).strip(" ,.")
        inst = re.sub(r"^(?:degree\s+)?(?:in\s+[^,]+?\s+)?(?:from|at)\s+", "", inst).strip()
        if not inst:
            continue
        st.education.append(Education(degree=degree, field=field_, institution=inst,
                                      year=int(years[-1]) if years else None))
        for n in e.lines:
            st.doc.use(n)


_CAMPUS_SYSTEM = re.compile(
    r"^(?:the\s+)?(?:University|Univ\.) of (?:California|Texas|Wisconsin|Maryland|Illinois|Massachusetts|Colorado|"
    r"Minnesota|Missouri|Nebraska|North Carolina|Hawai[i']i|Tennessee|Michigan|Alabama|Arkansas|Louisiana|South Carolina)$",
    re.I)
_CAMPUS = re.compile(r"(?:at\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}")
_EDU_SUBUNIT = re.compile(r"(?i)^(?:the\s+)?(?:school|college|faculty|department|dept\.?|division)\s+of\b")


def _handle_experience(st: _State, block: Block, year: int | None) -> None:
    """``- *2023.06 - now*, [Microsoft Research Asia](url), Beijing, China.`` under Internships or
    Experience: a past or current affiliation (the role from the item, else from the heading)."""
    start = max((k for k in st.doc.sections if k <= block.first), default=0)
    heading = st.doc.lines[start - 1] if start else ""
    for e in _entries(block, st.doc):
        text = e.text
        date, rest = split_date_prefix(text)
        rest = rest.strip(" ,.;:|-–—")
        parts = [p.strip() for p in re.split(r",|\s[|]\s|;", rest) if p.strip()]
        if not parts:
            continue
        link = next(((label, href) for s in e.segs for label, href in s.links), None)
        role = None
        org = None
        for p in parts:
            r = re.match(r"(?i)^(?P<role>[\w\s/-]*?\b(?:intern|internship|researcher|scientist|engineer|"
                         r"student|fellow|assistant|postdoc|developer)s?)\s*(?:at|@|,|$)\s*(?P<org>.*)$", p)
            if r and role is None and len(r.group("role").split()) <= 5:
                role = r.group("role").strip()
                if r.group("org").strip():
                    org = org or r.group("org").strip()
                continue
            if org is None and (link and p == link[0] or _INSTITUTION.search(p) or re.search(
                    r"\b(?:research|labs?|inc\.?|ltd\.?|corporation|company|ai|technologies|google|microsoft|meta|"
                    r"nvidia|amazon|apple|adobe|ibm|intel|alibaba|tencent|baidu|bytedance|huawei|sensetime)\b",
                    p, re.I)):
                org = p
        if not org or len(org.split()) > 10:
            continue
        if role is None and re.search(r"intern", heading or "", re.I):
            role = "intern"
        years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
        current = bool(re.search(r"(?i)[-–—~]\s*\*?\s*(?:now|present|today|current)\b|至今", text))
        url = _abs(link[1], st) if link and fold(link[0]) == fold(org) else None
        st.affiliations.append(Affiliation(
            name=org, role=role, url=url, current=current, start_year=years[0] if years else None,
            end_year=years[1] if len(years) > 1 and not current else None))
        for n in e.lines:
            st.doc.use(n)


def _handle_interests(st: _State, block: Block, year: int | None) -> None:
    entries = _entries(block, st.doc)
    for e in entries:
        got = read_interests(e.text) if block.kind == "paragraph" else [e.text.strip(" .")]
        if not got and block.kind == "paragraph":
            got = [x.strip(" .") for x in re.split(r",|;", e.text) if x.strip(" .")]
        got = [g for g in got if 0 < len(g.split()) <= 8]
        if got:
            st.interests += got
            for n in e.lines:
                st.doc.use(n)


_HANDLERS = {
    "bio": _handle_bio,
    "publications": _handle_pubs,
    "news": _handle_news,
    "awards": _handle_awards,
    "students": _handle_students,
    "service": _handle_service,
    "education": _handle_education,
    "interests": _handle_interests,
    "contact": _handle_bio,
    "experience": _handle_experience,
}


# --- finishing: owner, homepage, links ----------------------------------------------------------


def _abs(href: str | None, st: _State) -> str | None:
    if not href:
        return None
    href = href.strip()
    if href.startswith(("#", "javascript:")):
        return None
    if href.startswith("mailto:"):
        return href if "@" in href else None
    if not re.match(r"^\(*\s*(https?:)?//", href):
        base = st.site_author.get("site_url") or st.site_author.get("_homepage") or st.options.base_url
        if not base:
            return None
        href = urljoin(base.rstrip("/") + "/", href)
    return repair_url(href)


def _infer_homepage(st: _State) -> str | None:
    """The site the page is on: the ``_config.yml`` url, else a site root the page's paper
    and code links keep pointing at (``[Paper](https://me.github.io/)``)."""
    for key in ("site_url", "uri", "url", "homepage", "website"):
        url = st.site_author.get(key)
        if isinstance(url, str) and repair_url(url):
            return repair_url(url)
    roots: Counter[str] = Counter()
    for pub in st.pubs:
        for label, href in pub.links:
            url = repair_url(href) if href else None
            if not url:
                continue
            parts = urlsplit(url)
            host = parts.netloc.lower().removeprefix("www.")
            if parts.path.strip("/") in ("", "index.html") and not parts.query and not any(
                host == h or host.endswith("." + h) for h in _BIG_HOSTS
            ):
                roots[f"{parts.scheme}://{parts.netloc}/"] += 1
    if roots:
        url, n = roots.most_common(1)[0]
        if n >= 2 or url.split("/")[2].endswith(".github.io"):
            return url
    return None


def _finish(st: _State) -> Profile:
    doc = st.doc
    homepage = _infer_homepage(st)
    if homepage:
        st.site_author.setdefault("_homepage", homepage)

    # the bio: name, position, education, advisors, interests, email, ids, awards
    person_bits = _read_bio(st)
    name, alternates = _owner_name(st, person_bits)
    if not name:
        if not st.pubs and not st.bio_paragraphs:
            raise SourceError("no recognizable profile: no bio, no publications, no owner name", path=doc.display)
        raise SourceError("cannot tell whose page this is: no name in the front matter, bio or author lists "
                          "(give the owner's name)", path=doc.display)

    legend = st.legend
    pubs = [_finalize_pub(st, raw, name, alternates, legend, homepage) for raw in st.pubs]

    person_bits["education"] = merge_education(st.education, person_bits["education"])
    for aff in st.affiliations:
        twin = next((a for a in person_bits["affiliations"] if fold(a.name) == fold(aff.name)), None)
        if twin is None:
            person_bits["affiliations"].append(aff)
        elif twin.role is None:
            twin.role = aff.role
    for it in st.interests:
        if it not in person_bits["interests"]:
            person_bits["interests"].append(it)
    person = Person(name=name, alternate_names=alternates, homepage=homepage, **person_bits)
    apply_site_author(person, st.site_author, lambda path: _abs(path, st))
    profile = Profile(
        person=person, publications=pubs, news=st.news, awards=st.awards,
        students=st.students, service=st.service,
    )
    profile.unparsed = doc.unparsed()
    return profile


def _read_bio(st: _State) -> dict:
    doc = st.doc
    out: dict = {"identifiers": {}, "education": [], "advisors": [], "interests": [], "affiliations": [], "links": {}}
    description = None
    for text, block, root in st.bio_paragraphs:
        anchors = _find(root, "a")
        placeholder_cites = any(e.get("id") in ("total_cit", "total-cit") for e in root.iter("span"))
        took = False
        lines = (block.first, _trim(doc, block.first, block.last))
        for sent in sentences(text):
            pos = read_position(sent)
            if pos and not out.get("job_title"):
                role, org, dept = pos
                parts = [x.strip() for x in org.split(",") if x.strip()]
                if dept is None and len(parts) > 1 and _SUBUNIT.match(parts[0]) and any(
                        _INSTITUTION.search(x) and not _SUBUNIT.match(x) for x in parts[1:]):
                    dept, org = parts[0], ", ".join(parts[1:])  # "the School of CS, Fudan University"
                place = re.match(r"^(.*\S)\s+in\s+([A-Z][\w.'-]*(?:,?\s+[A-Z][\w.'-]*){0,2})$", org)
                if place and not _INSTITUTION.search(place.group(2)) and not out.get("location"):
                    org, out["location"] = place.group(1), place.group(2)  # "Adobe Research in San Jose"
                out["job_title"] = role
                url = next((_abs(a.get("href"), st) for a in anchors if _text(a) and _text(a) in org), None)
                out["affiliations"].append(Affiliation(name=org, role=role, department=dept, url=url))
                took = True
            eds, advs = read_education(sent)
            for ed in eds:
                if ed not in out["education"]:
                    out["education"].append(ed)
                    took = True
            for a in advs:
                if a not in out["advisors"]:
                    out["advisors"].append(a)
                    took = True
            ints = read_interests(sent)
            if ints and not out["interests"]:
                out["interests"] = ints
                took = True
            if not st.has_awards_section:
                for aname, ayear in read_prose_awards(sent):
                    st.awards.append(Award(name=aname, year=ayear, line=block.first))
                    took = True
            mh, mc = _METRIC_H.search(sent), _METRIC_C.search(sent)
            if mc and placeholder_cites:
                mc = None  # AcadHomepage's <span id='total_cit'>: a number the page's script replaces
            cites = mc.group(2).replace(",", "").rstrip("+") if mc else ""
            if mh or (len(cites) >= 2 and cites.isdigit() and re.search(r"scholar|citation", sent, re.I)):
                met = out.get("metrics") or Metrics()
                if mh:
                    met.h_index = int(mh.group(1))
                if len(cites) >= 2 and cites.isdigit():
                    met.citations = int(cites)
                    met.approximate = bool(mc.group(1)) or mc.group(2).endswith("+") or bool(
                        re.search(r"\b(about|over|around|more than)\b", sent, re.I))
                if re.search(r"google\s+scholar", sent, re.I):
                    met.source = "Google Scholar"
                out["metrics"] = met
                took = True
        email = None
        for a in anchors:
            href = a.get("href") or ""
            if href.startswith("mailto:"):
                email = email or href.removeprefix("mailto:").split("?")[0]
        email = email or find_email(text)
        if email and "@" in email and not out.get("email"):
            out["email"] = email
            took = True
        for a in anchors:
            url = _abs(a.get("href"), st)
            if not url:
                continue
            got = identifier_from_url(url)
            if got and _person_name(_text(a)):
                continue  # "[Prof. Dacheng Tao](scholar...)": the advisor's profile, not the owner's
            if got and got[0] not in out["identifiers"]:
                out["identifiers"][got[0]] = got[1]
                took = True
            elif re.fullmatch(r"(cv|resume|curriculum vitae|homepage|blog)", fold(_text(a)) or ""):
                out["links"][fold(_text(a)).replace(" ", "_")] = url
                took = True
        if description is None and len(text.split()) >= 12 and block.kind != "list_item" and not _is_legend(text):
            description = text
            took = True
        if took:
            doc.use(*lines)
    if description:
        out["description"] = description
    return out


def _owner_name(st: _State, bits: dict) -> tuple[str | None, list[str]]:
    alternates: list[str] = []
    candidates: list[str | None] = [st.options.owner, st.site_author.get("name")]
    fm = st.fm
    for key in _PERSON_KEYS:
        v = fm.data.get(key)
        if isinstance(v, dict):
            v = v.get("name")
        if isinstance(v, str) and v.strip():
            candidates.append(v.strip())
            if key in fm.key_lines:
                st.doc.use(*fm.key_lines[key])
    title = fm.data.get("title")
    if isinstance(title, str) and _person_name(title) and any(
        same_name(title, n) for p in st.pubs for n in _author_names(p.authors_text)[0]
    ):
        candidates.append(title)
        st.doc.use(*fm.key_lines.get("title", (fm.first, fm.first)))
    # the subject of the bio's first sentence: "Anbang Yao got his Ph.D. ..."
    for text, _, _ in st.bio_paragraphs[:3]:
        m = re.match(
            r"^\s*(?:Dr\.?\s+|Prof\.?\s+)?(?P<n>[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-.]*){1,3})\s*"
            r"(?:[(（](?P<alt>[^()（）]+)[)）])?\s*(?:,[^,]{0,80},\s*)?"
            r"(?:is|got|was|received|joined|works|obtained|earned|has|leads|serves|holds|currently)\b",
            text,
        )
        if m and _person_name(m.group("n")):
            candidates.append(m.group("n"))
            if m.group("alt") and has_cjk(m.group("alt")):
                alternates.append(m.group("alt").strip())
            break
    for text, _, _ in st.bio_paragraphs[:2]:
        m = re.search(r"\b(?:I am|I'm|My name is|This is)\s+(?P<n>[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-.]*){1,3})"
                      r"\s*(?:[(（](?P<alt>[^()（）]+)[)）])?\s*[,.(]", text)
        if m and _person_name(m.group("n")):
            candidates.append(m.group("n"))
            if m.group("alt") and has_cjk(m.group("alt")):
                alternates.append(m.group("alt").strip())
            break
    if st.top_name:
        top = st.top_name
        m = re.match(r"^(?P<n>[^(（]+?)\s*[(（](?P<alt>[^()（）]+)[)）]\s*$", top)
        if m:
            top = m.group("n")
            if has_cjk(m.group("alt")):
                alternates.append(m.group("alt").strip())
        candidates.append(top)
    # the author most often set in bold or underline, then the most frequent author
    emph: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for p in st.pubs:
        names = _author_names(p.authors_text)[0]
        for e in p.emphasized:
            for part in _author_names(e)[0]:
                if _name_ok(part):
                    emph[part] += 1
        for n in set(names):
            every[n] += 1
    if emph:
        top_e, count = emph.most_common(1)[0]
        if count >= max(1, len(st.pubs) // 3):
            candidates.append(top_e)
    if every and len(st.pubs) >= 3:
        top_a, count = every.most_common(1)[0]
        if count > len(st.pubs) / 2:
            candidates.append(top_a)
    name = next((c.strip() for c in candidates if c and c.strip()), None)
    if name and has_cjk(name) and not alternates:
        latin = next((c for c in candidates[1:] if c and not has_cjk(c)), None)
        if latin:
            alternates.append(name)
            name = latin
    return name, [a for a in alternates if a != name]


def _finalize_pub(st: _State, raw: RawPub, owner: str, alternates: list[str], legend, homepage) -> Publication:
    al = split_authors(raw.authors_text, legend or DEFAULT_LEGEND) if raw.authors_text else None
    authors = al.authors if al else []
    for a in authors:
        href = raw.author_links.get(a.name) or next(
            (h for label, h in raw.author_links.items() if strip_marks(label, DEFAULT_LEGEND)[0] == a.name), None)
        url = _abs(href, st) if href else None
        if url:
            a.url = url
            got = identifier_from_url(url)
            if got:
                a.identifiers = {got[0]: got[1]}
    pos = mark_owner(authors, owner, alternates)
    if pos is None and raw.emphasized:
        emph = {strip_marks(x.strip(" ,"), legend or DEFAULT_LEGEND)[0] for e in raw.emphasized
                for x in re.split(r",|\band\b", e) if x.strip(" ,")}
        hits = [a for a in authors if a.name in emph]
        if len(hits) == 1:
            hits[0].is_self = True
    venue_text, venue_notes = split_venue_notes(expand_short_years(raw.venue_text)) if raw.venue_text else ("", [])
    v = parse_venue(venue_text) if venue_text else None
    m_arx = re.search(r"\barxiv(?:\s+preprint)?\s*(?:arxiv)?\s*:?\s*(\d{4}\.\d{4,5})", raw.venue_text or "", re.I)
    if v and m_arx:
        v.venue, v.venue_type = "arXiv", "preprint"
        v.venue_full = v.venue_full or None
    year = (v.year if v else None) or raw.year_hint
    links: dict[str, str] = {}
    placeholders: dict[str, str] = {}
    more: list[Link] = []
    doi = arx = None
    for label, href in raw.links:
        url = _abs(href, st)
        if not url or url.startswith("mailto:"):
            continue
        label_kind = _kind_label(label)
        if label_kind == "arxiv" and fold(label) in ("paper", "pdf"):
            label_kind = "paper"
        kind = label_kind or link_kind(label, url) or ("paper" if not label else "other")
        if fold(label) == "paper" or (label_kind == "paper"):
            kind = "paper"
        if homepage and same_site(url, homepage):
            placeholders.setdefault(kind, url)
            continue
        if kind in links and links[kind] != url:
            if all(m.url != url for m in more):
                more.append(Link(label=label or kind, url=url))
            continue
        links.setdefault(kind, url)
        doi = doi or doi_of(url)
        arx = arx or arxiv_id(url)
    notes = list(v.notes) if v else []
    notes += [n for n in venue_notes + raw.notes if n not in notes]
    if al:
        notes += [r for r in al.remarks if r not in notes]
    if m_arx and not arx:
        arx = m_arx.group(1)
    return Publication(
        title=raw.title,
        year=year or None,
        venue=v.venue if v else None,
        venue_full=v.venue_full if v else None,
        venue_type=(v.venue_type if v else None) or (
            "thesis" if re.search(r"(?i)\b(?:thesis|dissertation)\b", venue_text) else raw.type_hint),
        authors=authors,
        authors_truncated=al.truncated if al else False,
        links=links,
        placeholder_links=placeholders,
        more_links=more,
        doi=doi,
        arxiv=arx,
        notes=notes,
        abstract=raw.abstract,
        pages=(v.pages or _pp_pages(venue_text)) if v else None,
        volume=v.volume if v else None,
        line=raw.line,
    )


IMPORTER = Importer(
    name="academicpages",
    description="Jekyll academicpages/AcadHomepage about.md (front matter, sections)",
    detect=detect,
    parse=parse,
)
