"""The parsed page: an lxml tree whose text nodes know their source lines.

Takes a page's text (HTML, or markdown rendered on its source lines); gives :class:`Page`
(the tree, the text map from offsets to lines, the line span of each text node) and the small
element helpers every later stage uses (tag, classes, chrome, text, heading text, text nodes).
"""

from __future__ import annotations

import bisect
import copy
import html as _html
import re
from typing import Iterable

import lxml.html
from lxml import etree

from ...errors import SourceError
from ..common import ASTERISK_VARIANTS, lazy_compile


# --- the source: markup, text regions and their lines ------------------------------------

MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^>]*>|<\?[^>]*>|"
    r"</?[A-Za-z][^\s/>]*(?:=\s*\"[^\"]*\"|=\s*'[^']*'|[^>])*>",
    re.S,
)
"""A comment, declaration or tag as the HTML tokenizer reads it: a quote opens a value only right after ``=``
(``<a href=x.html">`` ends at its ``>``, the quote inside an unquoted value is part of it), and a ``>`` inside a
quoted value does not end the tag."""
RAW_TAGS = ("script", "style", "textarea", "xmp", "template")
_RAW_OPEN = re.compile(r"<(script|style|textarea|xmp|template)\b", re.I)
WS = re.compile(r"\s+")
_TAG_NAME = re.compile(r"[A-Za-z][^\s/>]*")


class _TextMap:
    """The page's text (outside markup, comments and raw blocks) with whitespace removed,
    and the source line of every character, so lxml text nodes can be placed on lines."""

    def __init__(self, text: str) -> None:
        # one loop over the markup, its steps written inline (a page has thousands of tags and texts between them:
        # the calls per piece were half the map's time)
        chunks: list[str] = []
        starts: list[int] = []  # stream offset where each chunk starts
        lines: list[int] = []  # source line of each chunk
        tags: list[tuple[str, int, int]] = []  # (name, line, stream offset) of every start tag, in order
        length = 0
        line = 1
        pos = 0
        n = len(text)
        search = MARKUP.search
        # each start tag as written: its name, and the raw element it opens if any (a page writes most tags again
        # and again: <li>, <br>, <strong>)
        names: dict[str, tuple[str, str | None]] = {}
        while pos < n:
            m = search(text, pos)
            end = m.start() if m else n
            if end > pos:
                raw = text[pos:end]
                if "\n" not in raw:  # the common case: text between two tags on one line
                    if "&" in raw:
                        raw = _html.unescape(raw)
                    key = "".join(raw.split()) if not raw.isalnum() else raw  # (split() cuts where \s matches)
                    if key:
                        chunks.append(key)
                        starts.append(length)
                        lines.append(line)
                        length += len(key)
                elif raw.isspace():  # only line breaks and spaces between two tags: no text (isspace is split's \s)
                    line += raw.count("\n")
                else:
                    for i, part in enumerate(raw.split("\n")):
                        if i:
                            line += 1
                        if "&" in part:
                            part = _html.unescape(part)
                        key = "".join(part.split())
                        if key:
                            chunks.append(key)
                            starts.append(length)
                            lines.append(line)
                            length += len(key)
            if not m:
                break
            tag = m.group(0)
            second = tag[1]  # (every piece of markup has two characters or more)
            raw_tag = None
            if second.isalpha():
                known = names.get(tag)
                if known is None:
                    raw_open = _RAW_OPEN.match(tag) if second in "sStTxX" else None
                    known = names[tag] = (_TAG_NAME.match(tag, 1).group(0).lower(),
                                          raw_open.group(1) if raw_open else None)
                tags.append((known[0], line, length))
                raw_tag = known[1]
            if "\n" in tag:
                line += tag.count("\n")
            pos = m.end()
            if raw_tag is not None:
                close = re.compile(rf"</{raw_tag}\s*>", re.I).search(text, pos)
                stop = close.end() if close else n
                line += text.count("\n", pos, stop)
                pos = stop
        self.chunks, self.starts, self.lines, self.tags = chunks, starts, lines, tags
        self.stream = "".join(chunks)

    def line_at(self, offset: int) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.lines[max(i, 0)] if self.lines else 1


_AT_ICON = re.compile(r"""<(i|span)\s[^<>]*?\bclass\s*=\s*["'][^"'<>]*?\b(?:fa|bi|ai|icon)-at\b[^"'<>]*["'][^<>]*>\s*</\1\s*>""",
                      re.I)
"""An icon font's "@" drawn where an address has its at sign (``ana<i class="fas fa-at"></i>uni.edu``)."""


def _drawn_at_signs(text: str) -> str:
    """The page with each "@" an icon draws written as the sign, as a reader sees it (an address the page draws so
    to keep it from harvesters is the owner's address all the same)."""
    return _AT_ICON.sub("@", text) if "-at" in text else text


def parse_tree(text: str, deep: bool = False):
    """The page as a browser builds it: lexbor runs the HTML5 tree construction (misnested
    ``<U><LI>name</U>, rest`` keeps the rest inside the item, unclosed ``<P>`` and ``<LI>`` end
    where a browser ends them), and its well-formed serialization becomes the lxml tree every
    later stage reads. Also whether libxml2 stopped at its depth limit (256 levels unless ``deep``),
    dropping the rest of the page."""
    from selectolax.lexbor import LexborHTMLParser

    html5 = LexborHTMLParser(text).html or ""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=False, huge_tree=deep)
    root = lxml.html.document_fromstring(html5.encode("utf-8"), parser=parser)
    return root, any("depth" in (e.message or "").lower() for e in parser.error_log)


_MAX_DEPTH = 250
"""How deep a page's elements may nest once read: the readers walk elements recursively."""
_TAG_NAME_OK = re.compile(r"[a-z][a-z0-9\-]*(?::[a-z0-9\-]+)?")


def _unwrap_stray_wrappers(root) -> bool:
    """Old pages leave ``<font>`` open, and a broken tag (``<div</font>``) opens an element of a name no browser
    knows; by the HTML5 rules each then wraps the blocks after it, each entry of a list nested in the one before.
    A browser shows those blocks one after another, as written: such a wrapper of blocks is taken out, its
    children kept in its place. Whether it took any out."""
    body = root.find("body")
    changed = False
    known: dict[str, bool] = {}  # whether each tag name is one a browser knows (a page has a dozen names)
    for el in reversed(list((body if body is not None else root).iter())):  # innermost first
        tag = tag_of(el)
        if not tag:
            continue
        ok = known.get(tag)
        if ok is None:
            ok = known[tag] = tag != "font" and _TAG_NAME_OK.fullmatch(tag) is not None
        if ok or el.getparent() is None:
            continue
        if any(tag_of(c) in BLOCK_TAGS for c in el):
            el.drop_tag()
            changed = True
    return changed


def _old_lists_as_lists(root) -> None:
    """``<menu>`` and ``<dir>`` are the lists of HTML 2 (MSHTML and FrontPage still write them: a paper per
    ``<li>``, or a paper per run of text between ``<hr>``s): a browser shows each as a ``<ul>``, and every later
    stage reads them as one."""
    for el in root.iter("menu", "dir", "MENU", "DIR"):
        el.tag = "ul"


_NAME_GOES_ON = re.compile(r"^\s*[A-Z][\w'’\-]+(?:,|\s+and\s)")
"""The text of a list's one item that goes on from an initial its marker took: a family name, then a comma or "and"."""


def _initials_read_as_lists(root) -> bool:
    """Pandoc reads a paragraph opening with an author's initial ("F.&nbsp;Lee and A. Roe, ...": "F." is a list marker
    of letters) as a list of one item, ``<ol start="6" type="A"><li>Lee and A. Roe, ...``: a browser shows the
    letter as the item's marker before the name. Such a list, of one item only, the first thing of its box and its
    text going on as a name does, is the citation's text: its letter is written back before it and the list is
    taken out. Whether it took any out."""
    changed = False
    for ol in list(root.iter("ol")):
        start = ol.get("start") or ""
        items = [c for c in ol if isinstance(c.tag, str)]
        parent = ol.getparent()
        if ol.get("type") != "A" or not start.isdigit() or not 1 <= int(start) <= 26 or len(items) != 1 \
                or tag_of(items[0]) != "li" or parent is None or ol.getprevious() is not None \
                or (parent.text or "").strip() or (ol.text or "").strip() \
                or not _NAME_GOES_ON.match(items[0].text or ""):
            continue
        item = items[0]
        item.text = f"{chr(64 + int(start))}. {item.text.lstrip()}"
        item.tail = (item.tail or "") + (ol.tail or "")
        ol.addprevious(item)
        parent.remove(ol)
        item.drop_tag()
        changed = True
    return changed


def _unnest_open_definition_lists(root) -> bool:
    """Old pages open a ``<DL>`` per paper and close few ("<p><dl><dt>Title<dd>Abstract<dt>Full paper: PDF
    <p><dl><dt>Next title..."): by the HTML5 rules each list then sits inside the one before (or its last term), a
    level deeper per paper, and no list reader looks for a list inside a list. A browser shows them one after
    another: a list inside a list (or inside its last term) is moved after that list, with what follows it there.
    Whether it moved any."""
    changed = False
    for dl in list(root.iter("dl")):
        term = dl.getparent()
        if term is None:
            continue
        outer = term.getparent() if tag_of(term) == "dt" else term
        if outer is None or tag_of(outer) != "dl" or outer.getparent() is None \
                or (term is not outer and term.getnext() is not None):
            continue
        moved = [dl, *dl.itersiblings()]
        after, outer.tail = outer.tail, None
        anchor = outer
        for el in moved:
            anchor.addnext(el)  # (lxml moves an element with its tail)
            anchor = el
        if after:  # what followed the outer list in the page follows what was moved after it
            anchor.tail = (anchor.tail or "") + after
        changed = True
    return changed


_CE_TITLE = ("title", "name", "heading", "label")
"""Attributes of a custom element that name what it shows (``<x-paper title="...">``)."""
_CE_SKIP = re.compile(r"^(?:class|id|style|slot|is|lang|dir|hidden|tabindex|role|target|rel|type|color|colour|theme|"
                      r"variant|size|width|height|img|image|src|thumbnail|thumb|icon|logo|cover|alt|aria-.*|data-.*|"
                      r"on.*)$", re.I)
_CE_URL = re.compile(r"^(?:https?://|//|/|\.{0,2}/)|\.(?:pdf|html?|zip|bib)$", re.I)
_CE_DATE = re.compile(r"^(?:(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)$")


_OUTLINE_NUMBER = re.compile(r"(?:header-|toc-)?section-number(?:-\d)?|secnum")
"""The class of the number a generator writes before a heading of its outline: Org's export ("<span
class="section-number-4">1.0.1.</span>"), pandoc's and Quarto's ("header-section-number", "toc-section-number"),
Sphinx's ("section-number")."""


def _drop_outline_numbers(root) -> bool:
    """An outline's numbers a generator set before its headings ("<h4><span class="section-number-4">1.0.1.</span>
    A. Lee and B. Roe. <a>Title</a>. (2025).</h4>"): dropped, their tails kept, as the page's own words do not
    hold them (a heading that is a whole citation opens with its names). Whether it dropped any."""
    numbers = [el for el in root.iter("span") if any(_OUTLINE_NUMBER.fullmatch(c) for c in classes_of(el))
               and not len(el) and re.fullmatch(r"\s*[\dA-Z]{1,3}(?:\.\d{1,3})*\.?\s*", el.text or "")]
    for el in numbers:
        el.drop_tree()
    return bool(numbers)


_BIDI_OVERRIDE = lazy_compile(r"(?is)(?=.*\bdirection\s*:\s*rtl\b)(?=.*\bunicode-bidi\s*:\s*bidi-override\b)")
"""A style that shows an element's text right to left, character by character (``direction: rtl; unicode-bidi:
bidi-override``): what a page writes backwards so that harvesters read it wrong (an e-mail address)."""
_MIRRORED = str.maketrans("()[]{}<>", ")(][}{><")
_RIGHT_TO_LEFT_LETTERS = lazy_compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
"""Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, ...): such text shown right to left
is read as written, not backwards."""


def _render_reversed_text(root) -> bool:
    """An element of text only (no child elements) that its style (:data:`_BIDI_OVERRIDE`) or its tag (``<bdo
    dir="rtl">``) shows right to left holds its text as a reader sees it: written backwards, brackets mirrored as a
    browser draws them ("cba [ta] eno" shows "one [at] abc"). Text with letters of a right-to-left script
    (:data:`_RIGHT_TO_LEFT_LETTERS`) is shown as it is written and stays. Whether it turned any."""
    changed = False
    for el in root.iter("span", "div", "p", "bdo"):
        style = el.get("style") or ""
        if len(el) or not (el.text or "").strip() or _RIGHT_TO_LEFT_LETTERS.search(el.text) \
                or not ("rtl" in style.lower() and _BIDI_OVERRIDE.match(style)
                        or tag_of(el) == "bdo" and (el.get("dir") or "").lower() == "rtl"):
            continue
        el.text = el.text[::-1].translate(_MIRRORED)
        changed = True
    return changed


def _render_custom_elements(root) -> bool:
    """An empty custom element that carries its content in attributes (``<x-paper title="T" year="2024"
    comments="Journal of X" url="https://...">``, shown by the page's own script): written out as a box of its
    own, its title linked to its first address, its other texts after it and a year or date last in brackets,
    its other addresses as links named by their attributes. The new nodes stand on the element's line. Whether it
    wrote any out."""
    changed = False
    for el in list(root.iter()):
        tag = tag_of(el)
        if "-" not in tag or len(el) or (el.text or "").strip():
            continue
        attrs = [(k.lower(), " ".join((v or "").split())) for k, v in el.attrib.items()]
        title = next((v for k, v in attrs if k in _CE_TITLE and v), None)
        if title is None:
            continue
        urls = [(k, v) for k, v in attrs if v and not _CE_SKIP.match(k) and " " not in v and _CE_URL.search(v)]
        texts = [v for k, v in attrs if v and k not in _CE_TITLE and not _CE_SKIP.match(k)
                 and (k, v) not in urls and _TAG_NAME_OK.fullmatch(k)]
        dates = [v for v in texts if _CE_DATE.fullmatch(v)]
        rest = ", ".join(v for v in texts if v not in dates)
        if dates:
            rest = f"{rest} ({dates[0]})" if rest else f"({dates[0]})"
        line = el.sourceline
        classes = (el.get("class") or "").split()
        el.attrib.clear()
        el.set("class", " ".join([*classes, tag]))
        el.tag = "div"
        head = etree.SubElement(el, "a", href=urls[0][1]) if urls else etree.SubElement(el, "span")
        head.text = title
        parts = [head]
        if rest:
            span = etree.SubElement(el, "span")
            span.text = rest
            parts.append(span)
        for key, url in urls[1:]:
            a = etree.SubElement(el, "a", href=url)
            a.text = key
            parts.append(a)
        for node in parts:
            node.sourceline = line
            node.tail = " "
        changed = True
    return changed


def _depth(root) -> int:
    depth = {root: 0}
    for el in root.iter():
        parent = el.getparent()
        if parent is not None:
            depth[el] = depth[parent] + 1
    return max(depth.values())


def _place_start_tags(root, tm: _TextMap, found: list | None = None) -> None:
    """Give every element the source line of its start tag in the page as written.

    The tree is built from a re-serialization, so lxml's own ``sourceline`` would count its
    lines; the elements keep the order of the start tags written in the page, except the ones
    the HTML5 rules imply (``html``, ``tbody``) or re-open (a ``<u>`` closed around a list
    item, a ``<font>`` left open, copied into every later block), which take the line of the
    written tag before them. A written tag is taken only when it stands before the element's
    first text (or the text after it): a re-opened element matched to the next written tag of
    its name would take that tag from its own element, and each after it the next one, until
    every element of the page's rest stood on the line of its last tag. ``found``: the text nodes placed in the text
    stream, as :func:`_first_text_offsets` gives them."""
    tags = tm.tags
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    bounds = _first_text_offsets(root, tm.stream, found)
    unbounded = len(tm.stream)
    pos = 0
    line = 1
    n = len(tags)
    for el in elements:
        bound = bounds.get(el, unbounded)
        name = el.tag.lower()
        for k in range(pos, min(pos + 8, n)):
            if tags[k][2] > bound:
                break
            if tags[k][0] == name:
                line = tags[k][1]
                pos = k + 1
                break
        el.sourceline = line


def _first_text_offsets(root, stream: str, placed: list | None = None) -> dict:
    """For each element, the offset in the page's text stream of the first text found at or after its start (its
    own text, a child's, or what follows it); the stream's length for the elements after the last text. An element
    inside a raw element (a ``<template>``'s content, which the text map keeps as raw text, its tags unwritten)
    gets -1: it takes no written tag and stands on the raw element's line. Each element has its own entry: one the
    walk does not reach is left out (no bound for it alone), the others keep theirs. ``placed``: each text node found
    is added to it as ``(node, "text" or "tail", start, end)``, in order (the walk is :meth:`Page._align`'s)."""
    out: dict = {}
    pending: list = []  # the elements started since the last text found
    ptr = 0
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            pending.append(node)
            if node.tag.lower() in RAW_TAGS:
                for inner in node.iterdescendants():
                    out[inner] = -1
                walker.skip_subtree()
                continue
            text, where = node.text, "text"
        elif node is root:
            continue
        else:
            text, where = node.tail, "tail"
        if text and not text.isspace():
            found = _find_text(stream, text, ptr)
            if found is not None:
                ptr = found[1]
                for el in pending:
                    out[el] = found[0]
                pending.clear()
                if placed is not None:
                    placed.append((node, where, *found))
    for el in pending:
        out[el] = len(stream)
    return out


def _find_text(stream: str, text: str, ptr: int) -> tuple[int, int] | None:
    """Where a text node of the tree stands in the page's text stream (whitespace removed) at or after ``ptr``,
    looked for a short way ahead (a node the stream does not hold, an entity the page wrote otherwise, is not
    found): its start and end offsets."""
    key = text if text.isprintable() and " " not in text else "".join(text.split())
    if not key:
        return None
    if stream.startswith(key, ptr):
        return ptr, ptr + len(key)
    pos = stream.find(key, ptr, ptr + len(key) + 4000)
    return (pos, pos + len(key)) if pos >= 0 else None


def plain_asterisks(text: str) -> str:
    """The page's text with each typographic asterisk written as ``*`` (one character for a character or an entity
    on the same line: every text keeps its line).

    >>> plain_asterisks("Bo Roe&lowast;, Cy Kim\u2217. Title")
    'Bo Roe*, Cy Kim*. Title'
    """
    return ASTERISK_VARIANTS.sub("*", text) if "&" in text or not text.isascii() else text


_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff]|&(?:ZeroWidthSpace|NoBreak);|&#(?:8203|8288|65279|x200b|x2060|xfeff);", re.I)
"""The characters a page holds that show nothing and join nothing: the zero-width space (a word processor leaves one
after a name: "Ann Lee\u200b, Bo Roe"), the word joiner, a byte-order mark inside the text, and their entities.
(The zero-width joiner and non-joiner shape the letters of some scripts and stay.)"""


def without_invisibles(text: str) -> str:
    """The page's text without the characters that show nothing (:data:`_INVISIBLE`); every text keeps its line.

    >>> without_invisibles("Ann Lee\u200b, Bo Roe&#8203;. Title")
    'Ann Lee, Bo Roe. Title'
    """
    return _INVISIBLE.sub("", text) if "&" in text or not text.isascii() else text


def _repair(root) -> bool:
    """The page's tree mended as the readers need it, each repair in turn: stray wrappers unwrapped, old and
    initials-only lists read as lists, open definition lists unnested, custom elements written out, text shown
    right to left turned round, outline numbers dropped. Whether a repair moved text nodes (renaming a list's tag
    moves none), so that they are placed again."""
    changed = _unwrap_stray_wrappers(root)
    _old_lists_as_lists(root)  # (a list's tag renamed: its text nodes stay where they were)
    for mend in (_initials_read_as_lists, _unnest_open_definition_lists, _render_custom_elements,
                 _render_reversed_text, _drop_outline_numbers):
        changed = mend(root) | changed
    return changed


class Page:
    """An lxml tree of the page with the source lines of its text nodes."""

    def __init__(self, text: str, display: str = "") -> None:
        text = without_invisibles(plain_asterisks(_drawn_at_signs(text)))
        self.text = text
        self.map = _TextMap(text)
        try:
            self.root, truncated = parse_tree(text)
            # every element's Python proxy kept for the page's life: lxml makes a new one (through lxml.html's
            # class look-up, in Python) each time an element no proxy is alive for is reached again, and the
            # stages below walk the whole tree several times
            self._proxies = list(self.root.iter())
            placed: list = []  # the text nodes found in the text stream, in order, while the start tags are placed
            _place_start_tags(self.root, self.map, placed)
            changed = _repair(self.root)
            if truncated:
                # libxml2 stopped at 256 levels: an old page's unclosed wrappers nest that deep; read it whole
                # and flatten them, unless it still nests past what the readers walk
                deep, _ = parse_tree(text, deep=True)
                self._proxies += deep.iter()
                _place_start_tags(deep, self.map)
                _repair(deep)
                if _depth(deep) <= _MAX_DEPTH:
                    self.root = deep
                    changed = True
        except (etree.ParserError, ValueError) as exc:
            raise SourceError(f"broken HTML: {exc}", path=display or None, line=1) from None
        self.spans: dict[tuple[object, str], tuple[int, int]] = {}
        self._ptr = 0
        if changed:
            self._align(self.root)
        else:
            # the tree is as it was when its start tags were placed: its text nodes were found then, by the same
            # walk as _align's (most pages: no wrapper, list or custom element to mend)
            span = self._span
            for node, where, pos, end in placed:
                span(node, where, pos, end)

    def _align(self, el) -> None:
        """Walk text nodes in document order and find each in the text stream: an element's text, then its
        children (not those of a raw element such as <script>), then its tail (not the root's). lxml's iterwalk
        yields comments and processing instructions as one event, their text no page text but their tail."""
        walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
        place = self._place
        for event, node in walker:
            if event == "start":
                if node.tag.lower() in RAW_TAGS:
                    walker.skip_subtree()
                else:
                    place(node, "text", node.text)
            elif node is not el:
                place(node, "tail", node.tail)

    def _place(self, node, where: str, text: str | None) -> None:
        if not text:
            return
        found = _find_text(self.map.stream, text, self._ptr)
        if found is None:
            return
        pos, self._ptr = found
        self._span(node, where, pos, self._ptr)

    def _span(self, node, where: str, pos: int, stop: int) -> None:
        """The lines of the text node found at ``pos:stop`` in the text stream."""
        tm = self.map
        end = stop - 1
        i = bisect.bisect_right(tm.starts, pos) - 1
        if tm.lines and (i + 1 >= len(tm.starts) or end < tm.starts[i + 1]):
            line = tm.lines[max(i, 0)]  # the text ends in the chunk it starts in (most do): one look-up, not two
            self.spans[(node, where)] = (line, line)
        else:
            self.spans[(node, where)] = (tm.line_at(pos), tm.line_at(end))

    def lines_of(self, node, where: str) -> tuple[int, int] | None:
        span = self.spans.get((node, where))
        if span is None and where == "text" and getattr(node, "sourceline", None):
            return (node.sourceline, node.sourceline)
        return span


BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "aside", "li", "ul", "ol", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "pre", "figure", "figcaption", "center", "form", "fieldset", "address", "hr", "details", "summary",
    "nav", "footer", "body", "html", "heading", "caption", "hgroup", "picture", "dir", "menu",
}
_CHROME_TAGS = {"script", "style", "noscript", "template", "nav", "footer", "head", "button", "select", "video", "audio",
                "svg", "iframe", "object", "embed", "canvas", "map", "input", "textarea", "link", "meta"}
_CHROME_IDS = re.compile(
    r"^(footer|footer-text|layout-menu|menu|navbar|nav|navigation|sidebar-nav|site-nav|site-footer|"
    r"page-footer|copyright|back-to-top|skip-link|breadcrumbs?|masthead__menu|cookie.*|toc|table-of-contents)$",
    re.I,
)
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "heading": 2}
ENTRY_BOX = "item|entry|box|row|block|card|container"
"""The words after "paper-" or "pub_" in the class of one entry's box ("paper-card", "pub_item")."""
ENTRY_CLASS = re.compile(
    r"^(paper|pub|publication|entry|bibitem|bib-item|citation|pub-list-item|research-item|"
    rf"(paper|pub|publication)[-_]({ENTRY_BOX}))$",
    re.I,
)


def tag_of(el) -> str:
    """An element's tag in lower case ("" for a comment or processing instruction)."""
    tag = el.tag  # (read once: lxml builds a new string on each read)
    return tag.lower() if isinstance(tag, str) else ""


def classes_of(el) -> list[str]:
    """An element's classes in lower case."""
    return (el.get("class") or "").lower().split()


ICON_GLYPH = re.compile(r"^(?:fa|ai|bi)-([a-z][\w-]*)$")
"""The class of an icon font's glyph (Font Awesome's "fa-github", Academicons' "ai-orcid"): its name."""


def service_icons(a) -> set[str]:
    """The words of the names of the icons a link is drawn with: a glyph inside it, or the one just before it with
    nothing written between (``<i class="fab fa-x-twitter"></i> <a ...>``: ``{"x", "twitter"}``)."""
    els = [el for el in a.iter("i", "span") if el is not a]
    prev = a.getprevious()
    if prev is not None and tag_of(prev) in ("i", "span") and not (prev.tail or "").strip() \
            and not "".join(itertext(prev)).strip():
        els.append(prev)
    return {w for el in els for c in classes_of(el) if (m := ICON_GLYPH.match(c)) for w in m.group(1).split("-")}


def is_chrome(el) -> bool:
    tag = tag_of(el)
    if not tag or tag in _CHROME_TAGS:
        return True
    role = el.get("role")
    if role in ("navigation", "contentinfo") and tag != "body":
        return True
    if el.get("id") and _CHROME_IDS.match(el.get("id")):
        return True
    cls = classes_of(el)
    if cls and (any(_CHROME_IDS.match(c) for c in cls) or "menu-item" in cls or "menu-category" in cls):
        return True
    if "acmdlitem" in cls or "acmdlstat" in cls:
        return True  # the ACM DL Author-ize widget: the paper's citation again, as ACM writes it
    if "twitter-timeline" in cls:
        return True  # ('<a class="twitter-timeline" href=...>Tweets by X</a>'): the feed widget's placeholder, no item
    if tag in ("ul", "ol") and _in_page_contents(el):
        return True
    if tag in ("ul", "ol", "div", "nav") and tab_targets(el):
        return True
    return False


_TAB_TARGET_ATTRS = ("data-tab", "data-target", "data-bs-target", "aria-controls")
_TAB_BAR_CLASS = re.compile(r"(?:^|[-_])tabs(?:$|[-_])|^nav-pills$|(?:^|[-_])tab[-_]?(?:list|bar|nav|menu|titles)$")
"""A bar of tabs' class ("nav-tabs", "participant-tabs", "tab-list"): no pane box's ("tab-content", "tab-pane") nor a
table's ("table")."""
_TAB_ITEM_CLASS = re.compile(r"(?:^|[-_])tab(?:$|[-_])")
"""A tab's own class ("tab-item", "tab"; not "table", "stable")."""
_NO_TAB_TOGGLES = frozenset({"collapse", "modal", "dropdown", "tooltip", "popover", "offcanvas"})
"""What else a Bootstrap control toggles ('<button data-bs-toggle="collapse" data-bs-target="#abs1">Abstract'): a
paper's folded abstract or BibTeX, no pane of a tab bar."""


def tab_targets(el) -> dict[str, object]:
    """The panes a bar of tabs switches between, each pane's ``id`` with the tab that shows it: a list (or a
    ``role=tablist`` box) of two or more items, each a tab naming its pane (``<li class="tab-item"
    data-tab="articles"><div><span>ARTICLES</span></div></li>``, ``<button data-bs-target="#talks">``, ``<a
    href="#theses" role="tab">``). The bar is a control, no text of the page; its labels name the panes' sections.
    Empty for any other element."""
    if el.get("role") != "tablist" and not any(_TAB_BAR_CLASS.search(c) for c in classes_of(el)):
        items = [c for c in el if tag_of(c) == "li"]
        if len(items) < 2 or not all(any(_TAB_ITEM_CLASS.search(c) for c in classes_of(li)) or li.get("role") == "tab"
                                     or any(li.get(a) for a in _TAB_TARGET_ATTRS) for li in items):
            return {}
    else:
        items = [c for c in el if tag_of(c) in ("li", "a", "button", "div")]
    out: dict[str, object] = {}
    for item in items:
        target = next((v for t in item.iter() if isinstance(t.tag, str)
                       and (t.get("data-bs-toggle") or t.get("data-toggle") or "").lower() not in _NO_TAB_TOGGLES
                       for a in _TAB_TARGET_ATTRS if (v := (t.get(a) or "").strip())), None)
        if target is None and tag_of(item) in ("li", "a"):
            link = item if tag_of(item) == "a" else item.find(".//a")
            href = (link.get("href") or "").strip() if link is not None else ""
            target = href if href.startswith("#") and (link.get("role") == "tab" or link.get("data-toggle") == "tab"
                                                       or link.get("data-bs-toggle") == "tab") else None
        if not target:
            return {}
        out[target.lstrip("#")] = item
    return out if len(out) >= 2 else {}


def _in_page_contents(el) -> bool:
    """A list of three links or more, each item only a link, most of them to a place on the page (``<li><a
    href="#news">News</a></li>``): the page's table of contents in a sidebar, no text of the page."""
    items = [c for c in el if tag_of(c) == "li"]
    if len(items) < 3:
        return False
    inside = 0
    for li in items:
        links = li.findall(".//a")
        if len(links) != 1 or norm(" ".join(itertext(li))) != norm(" ".join(itertext(links[0]))):
            return False
        href = (links[0].get("href") or "").strip()
        inside += href.startswith("#") and len(href) > 1
    return inside * 3 >= len(items) * 2  # (its first item may be the home page: "Home", "#about", "#news", ...)


def norm(text: str) -> str:
    if text and "  " not in text and text.isprintable():
        return text.strip()  # no whitespace but single spaces (a printable character other than " " is no \s)
    # str.split() cuts at exactly the characters \s matches: WS.sub(" ", text).strip(), five times quicker
    return " ".join((text or "").split())


def itertext(el) -> Iterable[str]:
    """The text of ``el`` in document order: each element's text, its children's, then each child's tail; a
    ``<br>`` is a space, a raw element (``<script>``) and a comment give only their tails. One loop over a stack
    of the open elements (not a generator per element: a page's whole text is read so for its addresses)."""
    if not isinstance(el.tag, str) or el.tag.lower() in RAW_TAGS:
        return
    if el.text:
        yield el.text
    stack = [(el, iter(el))]
    while stack:
        node, children = stack[-1]
        for child in children:
            tag = child.tag
            if isinstance(tag, str):
                low = tag.lower()
                if low == "br":
                    yield " "
                elif low not in RAW_TAGS:
                    if child.text:
                        yield child.text
                    stack.append((child, iter(child)))
                    break  # its children next, then its tail (when it is closed below)
            if child.tail:
                yield child.tail
        else:
            stack.pop()
            if stack and node.tail:
                yield node.tail


def in_card(el) -> bool:
    """Whether ``el`` is inside a card: an ``<article>`` (at most four levels up) of one heading element and
    short text, a paper or a person (its heading is the card's title, not a section of the page)."""
    for anc, _ in zip(el.iterancestors(), range(4)):
        if tag_of(anc) == "article":
            # (its length first: it stops reading at 1,500 characters, where counting the headings of an article
            # that holds a whole page walks all of it, for each of its headings)
            return not longer_than(anc, 1500) and sum(tag_of(h) in HEADING_TAGS for h in anc.iter()) == 1
    return False


def longer_than(el, limit: int) -> bool:
    """Whether the text of ``el`` holds more than ``limit`` non-space characters, so that its normalized text
    is longer than ``limit``; stops reading as soon as it does."""
    n = 0
    for piece in itertext(el):
        n += sum(map(len, piece.split()))  # str.split() cuts at exactly the characters \s matches
        if n > limit:
            return True
    return False


def button_link(el) -> bool:
    """A link styled as a button (``<a class="btn btn-primary">All Publications »</a>``): a control, not words."""
    return tag_of(el) == "a" and any(c.startswith("btn") or c == "button" for c in classes_of(el))


def heading_text(el) -> str:
    """A heading's text; when an unclosed heading swallowed blocks, only its own inline text; a button set in the
    heading beside its words (``<h2>Selected Talks <a class="btn">All Publications and Talks »</a></h2>``) leads
    elsewhere and is no part of it."""
    if any(button_link(c) for c in el.iter() if c is not el):
        bare = copy.deepcopy(el)
        for b in [c for c in bare.iter() if c is not bare and button_link(c)]:
            b.text = None
            for c in list(b):
                b.remove(c)
        text = _inline_text(bare)
        if text:
            return text
    return _inline_text(el)


def _inline_text(el) -> str:
    if any(tag_of(c) in BLOCK_TAGS for c in el):
        parts = [el.text or ""]
        for c in el:
            if tag_of(c) not in BLOCK_TAGS:
                parts.extend(itertext(c))
                parts.append(c.tail or "")
            else:
                break
        return norm(" ".join(parts))
    return norm(" ".join(itertext(el)))


def text_nodes(el) -> Iterable[tuple[object, str]]:
    if not isinstance(el.tag, str) or tag_of(el) in RAW_TAGS:
        return
    yield el, "text"
    for c in el:
        yield from text_nodes(c)
        yield c, "tail"
