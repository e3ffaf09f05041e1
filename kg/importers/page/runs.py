"""Styled runs, segments and blocks: the text of one item with its styling.

Takes the elements of a block (from :mod:`.reader`); gives :class:`Run` (text with bold, italic,
underline, link, classes and source line), :class:`Seg` (the runs between breaks),
:class:`Block` (a heading or an item), the segmenting of runs (``segments``, joining and
splitting name lines) and the class hints (title, authors, venue) of runs and segments.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence
from urllib.parse import unquote_plus

from ..common import lazy_compile, DIGITS, LETTER_WORDS, NAME_CAPITALS, TWO_LETTERS, YEAR, family_given_pairs, status_words
from .source import BLOCK_TAGS, Page, WS, classes_of, in_card, itertext, norm, tag_of
from .scores import author_score
from .sections import section_kind


# --- runs and segments ------------------------------------------------------------------------


@dataclass(slots=True)
class Run:
    text: str
    first: int | None
    last: int | None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    sup: bool = False
    color: bool = False
    anchor: object = None
    href: str | None = None
    classes: frozenset = frozenset()
    hint: str | None = None  # what the innermost classed element says the text is


def menu_line(seg: "Seg") -> bool:
    """A line of two or more links and at most the one plain word of the page it is on ("Home **Publications**
    About", "[Home] [People] [Papers]": the brackets around each link are no words): the site's menu."""
    linked = {id(r.anchor) for r in seg.runs if r.anchor is not None and r.text.strip()}
    plain = " ".join(r.text for r in seg.runs if r.anchor is None)
    return len(linked) >= 2 and len(re.findall(r"[^\W_]+", plain)) <= 2


@dataclass
class Seg:
    runs: list[Run]
    raw: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    legend: bool = False  # the segment is the page's mark legend ("* equal contribution")

    def __post_init__(self) -> None:
        # the text, lines and links a segment's readers ask (each of them of nearly every segment, the text a dozen
        # times) are made with it: its runs do not change once it is made (functools.cached_property, which made
        # them on first asking, takes a lock each time it fills one in: a third of what they cost)
        raw = ""
        spans = []
        lines: set[int] = set()
        anchors = []
        for r in self.runs:
            t = r.text if "  " not in r.text and r.text.isprintable() else WS.sub(" ", r.text)
            if raw.endswith(" ") and t.startswith(" "):
                t = t[1:]
            spans.append((len(raw), len(raw) + len(t)))
            raw += t
            if r.first and r.text.strip():
                lines.update(range(r.first, (r.last or r.first) + 1))
                if r.anchor is not None and r.anchor.sourceline:
                    lines.add(r.anchor.sourceline)
            if r.anchor is not None and r.anchor not in anchors:
                anchors.append(r.anchor)
        self.raw = raw
        self.spans = spans
        self.text = raw.strip()
        self.lines = lines
        self._anchors = anchors

    def anchors(self) -> list:
        """The segment's links, each once, in order (found when the segment is made; the readers ask them about six
        times a segment), a new list each call."""
        return list(self._anchors)


TYPED_BULLET = re.compile(r"^[•▪◦‣●◆◇♦■□▸►➤▶▷➢]\s*")
"""A list bullet typed as a character at the start of a line ("• Lee, A. (2018) Title."): the mark of an item, no
word of it."""


def without_typed_bullet(seg: Seg) -> Seg:
    """``seg`` without the bullet (:data:`TYPED_BULLET`) its text opens with, when it opens with one: a paragraph
    typed "• **Lee, A.**, Wu, B. (2018) Title." is a list's item written without the list's markup.

    >>> without_typed_bullet(Seg([Run("• ", None, None), Run("Lee, A.", None, None, bold=True)])).text
    'Lee, A.'
    >>> without_typed_bullet(Seg([Run("•Lee, A. Title", None, None)])).text
    'Lee, A. Title'
    """
    k = next((i for i, r in enumerate(seg.runs) if r.text.strip()), None)
    if k is None or seg.runs[k].anchor is not None:
        return seg
    lead = seg.runs[k].text.lstrip()
    mark = TYPED_BULLET.match(lead)
    if mark is None:
        return seg
    rest = lead[mark.end():]
    runs = [*seg.runs[:k], *([dataclasses.replace(seg.runs[k], text=rest)] if rest else []), *seg.runs[k + 1:]]
    return Seg(runs, legend=seg.legend)


BREAK = "br"
BLOCK = "block"


@dataclass
class Block:
    kind: str  # "heading" | "item"
    el: object = None
    atoms: list | None = None  # for loose items: [("t", node, where) | ("e", child)]
    level: int = 0
    text: str = ""
    lines: set[int] = field(default_factory=set)
    section: str | None = None
    group_year: int | None = None
    group_label: str | None = None
    is_list_item: bool = False
    columns: list[str] | None = None  # header labels of the table this row belongs to
    heading: str | None = None  # the text of the heading that opened the item's section ("Current Interns")
    paper: bool = False  # a paper block: a quoted title heading and the paragraphs under it
    paper_class: bool = False  # an element its class calls a paper ("pub-list-item"), under any heading
    promoted: bool = False  # read as a publication under a heading that does not say so
    title_level: int = 0  # a paper whose title was a heading of this level (<h3>Title</h3><p>authors, year</p>)
    row_title: object = None  # the heading in a row of column boxes read as one entry: its title
    _segs: list | None = None

    def line(self) -> int | None:
        return min(self.lines) if self.lines else (getattr(self.el, "sourceline", None) if self.el is not None else None)


BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.I)
_ITALIC_STYLE = re.compile(r"""font-?style\s*:\s*["'`]?italic""", re.I)  # (a JSX style's too: fontStyle: "italic")
_UNDERLINE_STYLE = re.compile(r"text-decoration(-line)?\s*:[^;]*underline", re.I)
_BACKGROUND_STYLE = re.compile(
    r"(?<![-\w])background(?:-color)?\s*:\s*(?!transparent|none|inherit|initial|#f{3,6}\b|white)", re.I)
_COLOR_STYLE = re.compile(r"(?<![-\w])color\s*:\s*(?!#0{3,6}\b|black|inherit|#333|#444|#555|#666|gr[ae]y)", re.I)


_BOLD_CLASSES = frozenset({"bold", "gras", "font-weight-bold", "fw-bold", "text-bold"})
_ITALIC_CLASSES = frozenset({"italic", "italics", "italique", "font-italic", "fst-italic", "text-italic"})
_STYLE_CLASSES = _BOLD_CLASSES | _ITALIC_CLASSES
"""Class names that only set a text's weight or slant, as the tags ``<b>`` and ``<i>`` do."""


_STYLING_TAGS = {"b", "strong", "papertitle", "i", "em", "cite", "var", "u", "ins", "sup", "font", "a", "name", "abbr",
                 "code", "blockquote"}
"""Tags :meth:`RunBuilder._style` reads a style from (and blockquote, whose style _walk may change)."""


def _plain_italics_in_links(out: list) -> None:
    """``[An attack by a warthog (<i>Phacochoerus africanus</i>) on a gazelle](url)``: italics inside a link that
    also holds upright words are the title's own emphasis (a species, a term), no venue; they read as upright."""
    by_anchor: dict[int, list[Run]] = {}
    for r in out:
        if isinstance(r, Run) and r.anchor is not None:
            by_anchor.setdefault(id(r.anchor), []).append(r)
    for runs in by_anchor.values():
        if any(r.italic for r in runs) and any(not r.italic and TWO_LETTERS.search(r.text) for r in runs):
            if any(r.italic and _VENUE_TAIL.match("".join(x.text for x in runs[k + 1:]))
                   for k, r in enumerate(runs)):
                continue  # "<a>Lee, A. Title. <i>Journal</i>, 12(3), 4-9.</a>": a whole citation linked, its venue italic
            for r in runs:
                r.italic = False


_OPENS = ("data-target", "data-bs-target", "aria-controls")
"""The attributes by which a button names the box it opens."""
_OPENERS = ".//*[" + " or ".join(f"@{a}" for a in _OPENS) + "]"


_FOLDED_AWAY = re.compile(r"\bkey ?words?\b|\bjel\b|parole chiave|palabras clave|mots[- ]cl[ée]s")
"""A button's label of more than one word that names a box of no citation words (keywords, JEL codes)."""
_CITATION_BOX = lazy_compile(r"\b(?:bibtex|bib|cite|citation|details|authors|show|more|links?)\b")
"""A button's label that names a box of the citation itself ("BibTeX", "Cite", "Details", "Authors", "Show more")
or of its links; a box any other one-word label opens ("Schlagwörter", "Palavras-chave") holds no citation words."""


def _box_label(el) -> str | None:
    """What a button's label calls the box it opens: "abstract", "cite" (a box of the citation: "BibTeX", "Cite",
    "Details", "Authors"), "away" (keywords, JEL codes, any other one word: "Palavras-chave") or None (a title that
    opens its abstract)."""
    label = norm(" ".join(itertext(el))).lower()
    if len(label.split()) > 3 or not label:
        return None  # (a title that opens its abstract)
    if _ABSTRACT_HINT.search(label):
        return "abstract"
    if _CITATION_BOX.search(label):
        return "cite"
    # (a word of its own, "Schlagwörter", "Palavras-chave", is a box's name; "Deep Sets" may be a title)
    return "away" if _FOLDED_AWAY.search(label) or len(label.split()) == 1 else None


def _opened_boxes(roots: list) -> dict[str, str]:
    """The ids of the boxes a button inside an entry opens ('<div class="pill" data-target="abs-1">Abstract</div>
    <div id="abs-1" class="toggle-box">We study ...</div>'), each with what the button calls it ("abstract", "cite"
    (read as before), or "away": keywords or codes folded away, no words of its citation)."""
    ids: dict[str, str] = {}
    for root in roots:
        if isinstance(root.tag, str):
            for x in root.xpath(_OPENERS):
                href = x.get("href")
                kind = _box_label(x) if not href or href.startswith("#") else None  # (a real link's tooltip: no box)
                for v in (x.get(attr) for attr in _OPENS):
                    if v and kind:
                        ids[v.lstrip("#")] = "abstract" if "abstract" in (kind, ids.get(v.lstrip("#"))) else kind
    return ids


def _opener_label(el) -> bool:
    """A button's label that opens a folded box of the entry ("Abstract", "JEL", "Parole chiave"): no words of
    the citation. A real link ('<a href="x.pdf" aria-controls="tip">PDF</a>') or a title that opens its abstract
    is read, as is a button that opens a box of the citation ("BibTeX", "Details")."""
    href = el.get("href")
    return any(el.get(a) for a in _OPENS) and (not href or href.startswith("#")) and _box_label(el) in ("abstract",
                                                                                                      "away")


def _glued_links(out: list) -> None:
    """``<a href=x>espa</a><a href=y>ñ</a><a href=x>ol mundial</a>``: links that touch inside a word (an editor
    that re-linked one letter) are one link, the first one's; the title is not cut at the letter."""
    prev = None
    for r in out:
        if not isinstance(r, Run):
            continue
        if prev is not None and r.anchor is not None and prev.anchor is not None and r.anchor is not prev.anchor \
                and prev.text[-1:].isalpha() and r.text[:1].isalpha() \
                and (len(r.text.strip()) <= 2 or (r.href or "") == (prev.href or "")):
            # (a letter or two, or the same address again: not "[pdf](a)[code](b)", two links written together)
            r.anchor, r.href = prev.anchor, prev.href
        if r.text:
            prev = r


_VENUE_TAIL = re.compile(rf"\s*[,.]\s*(?:\(?\d|(?:{status_words('in press', 'forthcoming', 'to appear', gap=' ')})\b)",
                         re.I)
"""What follows a venue's name in a citation: its volume, pages or year, or its status."""


WORK_COLUMN = lazy_compile(r"(?i)title|paper|publication|article|author|venue|journal|conference|book|year|date|"
                         r"link|pdf|doi|citation|reference|work|name|what|where|when|#|no\b|^$")
"""A table column label that names a part of a work ("| Year | Title | Authors | Venue |"), or none (a blank label)."""

_NAME_COLUMN = re.compile(r"(?i)^(?:method|system|model|tool|software|project|acronym|short name)$")
"""A column label for the short name a table of works goes by (``| Area | Method | Year | Venue |``: "PyOD")."""

_CITATION_COLUMN = re.compile(r"(?i)^(?:publications?|papers?|citations?|references?|works?|articles?)$")
"""A column label for the whole citation of a work, one cell each (``| Category | Year | Publication |``)."""

_DATE_COLUMN = re.compile(r"(?i)^(?:year|date)$")
"""A column label for a work's year alone (``| Topic | Year | Publication |``)."""

_PART_COLUMN = re.compile(r"(?i)title|author|venue|journal|conference|proceedings|book|names?\b")
"""A column label for one part of a citation (its title, its authors, where it appeared): beside it, a column
labelled "Publication" holds the venue, no whole citation."""

_PLACE_COLUMN = lazy_compile(r"(?i)^(?:institutions?|institutes?|universit(?:y|ies)|affiliations?|organi[sz]ations?|"
                           r"employers?|roles?|country|countries|city|cities|location|place)$")
"""A column label for where something took place or the part one had in it (``| Date | Name | Institution | Role
|``): a note on the row, never its authors (a university's name reads like a person's)."""

_FLAG_CELL = lazy_compile(r"(?i)^(?:y|yes|x|[✓✔✗✘*])$")
"""A cell that only ticks its column ("Y" under "Lead author"): a mark, no name."""


def column_hints(columns: Sequence[str]) -> list[str | None]:
    """The field each column of a table of works holds, by its label (``| Year | Title | Author(s) | Journal |``),
    None where the label names none. A table whose labels name no title but a short name (``| Primary field |
    Method | Year | Venue |``) has its papers go by that name: the short name is the title and a column that names
    no part of a work (the paper's field, its area) a note."""
    labels = [label.strip("*: ") for label in columns]  # (each label without its bold and its colon)
    hints = []
    for label in labels:
        hint = _hint_of_classes([label])
        if hint in _FIELD_HINTS and sum(bool(rx.search(label)) for h, rx in _HINTS if h in _FIELD_HINTS) >= 2:
            hint = None  # "| Title and Authors |": a cell of two fields, read as any citation is
        if hint is None and _PLACE_COLUMN.match(label):
            hint = "note"
        hints.append(hint)
    named = [k for k, label in enumerate(labels) if _NAME_COLUMN.match(label)]
    if "title" not in hints and len(named) == 1 and any(h == "venue" for h in hints):
        hints[named[0]] = "title"
        hints = [h if h or WORK_COLUMN.search(label) else "note" for h, label in zip(hints, labels)]
    elif sum(bool(_CITATION_COLUMN.match(label)) for label in labels) == 1 \
            and not any(_PART_COLUMN.search(label) for label in labels):
        # "| Category | Modality | Year | Publication |": the whole citation in one column, the columns beside it
        # that name no part of a work (the paper's topic, its method) the row's notes, no words of the citation;
        # not where another column holds a part of it ("| Title | Authors | Publication | Year |": the
        # publication is the venue there, the year column the year)
        hints = [h if h or WORK_COLUMN.search(label) and not _DATE_COLUMN.match(label) else "note"
                 for h, label in zip(hints, labels)]
    return hints


class RunBuilder:
    def __init__(self, page: Page) -> None:
        self.page = page
        self._opened: dict[str, str] = {}
        self._openers: bool | None = None  # whether the page has a button that opens a box, looked for once
        self._row_title = None  # the title heading of the row of column boxes being read (Block.row_title)

    def item_runs(self, block: Block) -> list:
        out: list = []
        roots = [block.el] if block.atoms is None else [a[1] for a in block.atoms if a[0] == "e"]
        if self._openers is None:
            self._openers = bool(self.page.root.xpath(_OPENERS))
        # (a page without one, most pages, has none in any block: its blocks are not searched, each a walk of its
        # elements)
        self._opened = _opened_boxes(roots) if self._openers else {}
        self._row_title = block.row_title
        base = dict(bold=False, italic=False, underline=False, sup=False, color=False, anchor=None, href=None,
                    classes=frozenset(), hint=None)
        if block.atoms is not None:
            for k, atom in enumerate(block.atoms):
                if atom[0] == "t":
                    self._text(out, atom[1], atom[2], base)
                else:
                    # a tail with text is an atom of its own (``("t", el, "tail")``): walk the
                    # element without it, or that text would be read twice
                    el = atom[1]
                    # a paper titled by its heading ("### Linear and Quadratic Solvers" over its venue and author
                    # lines): the heading is its title, however much it reads like names
                    style = {**base, "hint": "title"} if k == 0 and block.title_level else base
                    self._walk(out, el, style, tail=not (el.tail and el.tail.strip()))
        else:
            el = block.el
            style = self._style(el, base)
            if style["hint"] in _FIELD_HINTS:
                # the class of the element that holds the whole entry names the entry's kind ("<p
                # class=Normal-Journal>", "<li class=conference-paper>"), not one field of it
                style = {**style, "hint": None}
            self._text(out, el, "text", style)
            cells = [c for c in el if tag_of(c) in ("td", "th")] if block.columns else []
            hints = column_hints(block.columns) if cells else []
            for child in el:
                if child in cells and cells.index(child) < len(block.columns):
                    # "| Year | Title | Author(s) | Journal | Link |": a cell is what its column's label says
                    hint = hints[cells.index(child)]
                    if hint == "authors" and _FLAG_CELL.match(norm(" ".join(itertext(child)))):
                        continue  # "| Lead author |" ticked "Y": the row's mark, no author's name
                    self._walk(out, child, {**style, "hint": hint} if hint else style)
                else:
                    self._walk(out, child, style)
        _plain_italics_in_links(out)
        _glued_links(out)
        return out

    def _style(self, el, style: dict) -> dict:
        tag = tag_of(el)
        if tag not in _STYLING_TAGS and tag not in ("details", "summary", "h3", "h4", "h5", "h6") and not el.get("style") \
                and not el.get("class"):
            return style  # nothing to change (most elements): no copy; _walk copies before it sets a blockquote's hint
        s = dict(style)
        if tag in ("b", "strong") or tag == "papertitle":
            s["bold"] = True
        if tag in ("i", "em", "cite", "var"):
            s["italic"] = True
        if tag in ("u", "ins"):
            s["underline"] = True
        if tag == "sup":
            s["sup"] = True
        if tag == "font" and el.get("color"):
            s["color"] = True
        if tag == "a":
            href = el.get("href")
            s["anchor"] = el
            s["href"] = href
        css = el.get("style")
        if css:
            if BOLD_STYLE.search(css):
                s["bold"] = True
            if _ITALIC_STYLE.search(css):
                s["italic"] = True
            if _UNDERLINE_STYLE.search(css):
                s["underline"] = True
            if _COLOR_STYLE.search(css):
                s["color"] = True
        cls = classes_of(el)
        if cls and not _STYLE_CLASSES.isdisjoint(cls):
            # "<span class="italic">Title</span>": a CMS's editor (and Bootstrap's utilities) set the style by a class
            s["bold"] = s.get("bold", False) or not _BOLD_CLASSES.isdisjoint(cls)
            s["italic"] = s.get("italic", False) or not _ITALIC_CLASSES.isdisjoint(cls)
        if tag in ("papertitle", "name", "abbr", "code"):
            cls = [*cls, f"tag-{tag}"]
        elif tag == "span" and css and _BACKGROUND_STYLE.search(css):
            cls = [*cls, "tag-code"]  # a span set on a coloured background: a hand-made badge, as a code span is
        elif tag == "summary" and style["hint"] == "abstract" and not summary_label(norm(" ".join(itertext(el)))):
            # "<details><summary><span>Venue | 2024</span> <strong>Title</strong> <span>names</span></summary><p>...":
            # a summary of more than a label's words is the entry's visible head, not the folded abstract's label
            s["hint"] = None
        elif tag == "details" and _hint_of_classes(cls) is None:
            cls = [*cls, "tag-details-abstract"]  # "<details><summary>Abstract</summary><p>...": a folded abstract
        if cls:
            s["classes"] = style["classes"] | frozenset(cls)
            hint = _hint_of_classes(cls)
            if hint:
                s["hint"] = hint
        if not s.get("hint") and (tag in ("h2", "h3", "h4", "h5", "h6") and in_card(el) or el is self._row_title):
            # a heading inside a card (<article>...<h3>, or the <h2> a card's kind label sits over: "<article><p>
            # Aufsatz</p><h2>Title</h2><p>names (2025). In: Venue</p>") is the paper's title; an <article> that holds a whole page
            # (tufte.css's '<article id="content">' around its sections) is no card; so is the one heading of a
            # grid's row of column boxes read as one entry (the venue and date column beside the title's)
            s["hint"] = "title"
        return s

    def _walk(self, out: list, el, style: dict, tail: bool = True) -> None:
        tag = tag_of(el)
        opened = self._opened.get(el.get("id")) if self._opened and tag else None
        if opened and _hint_of_classes((el.get("class") or "").split()) in ("bibtex", "abstract", "links"):
            opened = None  # (the box's own class tells it: '<div id=bib1 class="collapse bibtex">')
        if not tag or opened == "away" or self._opened and _opener_label(el) \
                or tag in ("script", "style", "noscript", "template", "button", "select", "svg",
                           "iframe", "object", "input", "textarea", "video", "audio", "canvas", "nav"):
            # (a menu inside a box read as one item: '<div><a class=logo>Ann Lee</a><nav><a>About</a> ...</nav>'
            # is the name alone, as the walk skips a menu of its own)
            if el.tail and tail:
                self._text(out, el, "tail", style)
            return
        if tag == "br":
            out.append(BREAK)
        elif tag == "img":
            out.append(("img", el))
            math = _math_alt(el)
            if math:
                out.append(Run(text=math, first=el.sourceline, last=el.sourceline, **style))
            badge = _lead_badge(el, out) if not math else None
            if badge:
                # "- ![](shields.io/badge/ACL--2026--Main-darkblue) Title<br>...": a badge opening a list item, no
                # link, is the item's venue badge (a line of its own, as a theme's badge box is)
                out.append(Run(text=badge, first=el.sourceline, last=el.sourceline, **{**style, "hint": "badge"}))
                out.append(BREAK)
        else:
            is_block = tag in BLOCK_TAGS
            if is_block:
                out.append(BLOCK)
            s = self._style(el, style)
            if opened == "abstract":
                s["hint"] = "abstract"  # (the box its button calls the abstract: the work's abstract)
            if tag == "blockquote" and not s["hint"] and any(isinstance(x, Run) and x.text.strip() for x in out):
                s["hint"] = "abstract"  # a quoted paragraph under an entry (bibtex2html -a): its abstract
            if tag == "a":
                out.append(("a", el))
                paper = paper_badge(el)
                badge = None if paper else _badge_label(el)
                if paper:
                    # '<a href=paper><img src="shields.io/badge/CVPR_2022-Short_Title-teal" alt="Full Title"></a>':
                    # the badge's label is the venue's line, its alt text the linked title
                    out.append(Run(text=paper[0], first=el.sourceline, last=el.sourceline, **{**s, "hint": "badge", "anchor": None,
                                                                                 "href": None}))
                    out.append(BREAK)
                    badge = paper[1]
                if badge:
                    # "[![DOI](shields.io/badge/DOI-10.1016/...)](https://doi.org/...)" in a list of papers: the
                    # badge's alt text is the link's label
                    out.append(Run(text=badge, first=el.sourceline, last=el.sourceline, **s))
            hidden = _MORE_AUTHORS.search(el.get("onclick") or "") if "more-authors" in classes_of(el) else None
            if hidden:
                # al-folio's "2 more authors" toggle keeps the hidden names in its onclick script; the "and" before
                # it ("C, and 2 more authors") joins them all, so the last of them is written as the one it joins
                span = self.page.lines_of(el, "text")
                first, last = span if span else (el.sourceline, el.sourceline)
                names = hidden.group(1)
                tail = _LAST_COMMA.search(names)
                # ("Weiss, C.": names written family name first, the comma inside a pair)
                if tail and not family_given_pairs([p.strip() for p in names.split(",")]):
                    names = f"{names[:tail.start()]} and {tail.group(1)}"
                out.append(Run(text=names, first=first, last=last, **s))
            else:
                self._text(out, el, "text", s)
            for child in el:
                self._walk(out, child, s)
            if is_block:
                out.append(BLOCK)
        if el.tail and tail:
            self._text(out, el, "tail", style)

    def _text(self, out: list, node, where: str, style: dict) -> None:
        text = node.text if where == "text" else node.tail
        if not text:
            return
        span = self.page.lines_of(node, where)
        first, last = span if span else (None, None)
        out.append(Run(text=text, first=first, last=last, **style))


_MATH_IMAGE_CLASS = frozenset(("eq", "eqwl", "math", "tex", "latex", "equation"))


def _math_alt(img) -> str | None:
    """The formula an inline image of typeset math stands for, as its alt text writes it, readable
    (jemdoc's ``<img class="eq" alt="{rm ReLU}^k">`` -> ``ReLU^k``, ``alt="$\\ell_1$"`` -> ``ell_1``); None for
    other images (a picture's alt text is no part of the sentence around it).

    >>> import lxml.html
    >>> _math_alt(lxml.html.fragment_fromstring('<img class="eq" src="eqs/1.png" alt="{rm ReLU}^k">'))
    'ReLU^k'
    """
    alt = " ".join((img.get("alt") or "").split())
    if not alt or not (_MATH_IMAGE_CLASS & set(classes_of(img)) or (len(alt) >= 3 and alt[0] == alt[-1] == "$")):
        return None
    alt = re.sub(r"\\?\{\s*\\?(?:rm|mathrm|text|operatorname|bf|mathbf|it)\s*([^{}]*)\}", r"\1", alt.strip("$ "))
    alt = re.sub(r"\\?(?:rm|mathrm|text|operatorname|mathbf)\s*\{([^{}]*)\}", r"\1", alt)
    alt = re.sub(r"\\?\b(" + "|".join(_MATH_SYMBOLS) + r")\b", lambda m: _MATH_SYMBOLS[m.group(1)], alt)
    alt = re.sub(r"\\(?=[A-Za-z])", "", alt).replace("{", "").replace("}", "")
    return alt.strip() or None


_MATH_SYMBOLS = {"rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "leftrightarrow": "↔", "times": "×",
                 "cdot": "·", "leq": "≤", "geq": "≥", "neq": "≠", "pm": "±", "infty": "∞", "approx": "≈"}
"""LaTeX commands an equation image's alt text may hold ("EPFL <img alt='rightarrow'> MSR"): their sign (short ones,
"to", "le", are words too and stay)."""


_BADGE_IMAGE = re.compile(r"shields\.io|/badge/|badgen\.net", re.I)


def _badge_label(anchor) -> str | None:
    """The alt text of a badge image that is all of a link inside a list item, or the link label written just
    before an image that is all of a link (``Code: <a><img src=badge.svg></a>``), else None."""
    from .labels import lead_label, link_text, pictured_label  # (labels reads runs' sources: imported on use)

    if link_text(anchor):
        return None
    if anchor.find(".//img") is not None:
        lead = lead_label(anchor)
        if lead:
            return lead
    own = pictured_label(anchor)
    if own:
        return own
    if not any(tag_of(x) == "li" for x in anchor.iterancestors()) and not (
            _in_prose(anchor) and any("/github/" in (i.get("src") or "") for i in anchor.iter("img"))):
        # (in a paragraph of prose only a repository's live badge, "shields.io/github/stars/u/r": a citation
        # count's badge after "with total citations" is no link of a work's)
        return None
    img = next((i for i in anchor.iter("img") if (i.get("alt") or "").strip()), None)
    if img is None:
        img = next(anchor.iter("img"), None)
    return badge_text(img) if img is not None else None


def _in_prose(anchor) -> bool:
    """Whether a link sits in a paragraph of prose ("We have code released at [![](badge)](repo)"): eight words or
    more of the paragraph's own text, not a row of badges under a README's title."""
    parent = anchor.getparent()
    if parent is None or tag_of(parent) != "p":
        return False
    words = (parent.text or "").split()
    for c in parent:
        if tag_of(c) != "a":
            words += " ".join(itertext(c)).split()
        words += (c.tail or "").split()
    return len(words) >= 8


def badge_text(img) -> str | None:
    """The text a badge image (shields.io, badgen) shows: its alt text, else a static badge's own text
    (:func:`shields_text`), else the label its address sets ("shields.io/github/stars/u/r?label=Code+Stars": the
    count beside it is live); None for an image that is no badge.

    >>> import lxml.html
    >>> badge_text(lxml.html.fragment_fromstring('<img src="https://img.shields.io/badge/PLDI-2026-blue">'))
    'PLDI 2026'
    """
    src = img.get("src") or ""
    if not _BADGE_IMAGE.search(src):
        return None
    alt = " ".join((img.get("alt") or "").split())
    if alt:
        return alt
    if static_badge(img):
        return shields_text(src)
    label = _BADGE_LABEL.search(src)
    if label is None:
        return None
    return " ".join(unquote_plus(label.group(1)).split()) or None


def static_badge(img) -> bool:
    """Whether an image is a shields.io static badge (``img.shields.io/badge/LABEL-MESSAGE-COLOR``): a text the
    page set in a badge (a venue, a link's label), not a live count."""
    return _STATIC_BADGE.match((img.get("src") or "").strip()) is not None


_BADGE_LABEL = re.compile(r"[?&](?:amp;)?label=([^&#]+)")


def _lead_badge(img, out: list) -> str | None:
    """The text of a shields.io static badge image (its alt text, else the text its address writes) that opens a
    list item and is no link, or None."""
    if not static_badge(img) or any(tag_of(x) == "a" for x in img.iterancestors()):
        return None
    item = next((x for x in img.iterancestors() if tag_of(x) == "li"), None)
    if item is None:
        return None
    before = []
    for x in reversed(out):
        if isinstance(x, tuple) and x[0] == "img" and x[1] is img:
            continue
        if isinstance(x, Run) and x.text.strip() or isinstance(x, tuple) and x[0] == "img":
            before.append(x)
        if x is BLOCK or isinstance(x, tuple) and x[0] == "li":
            break
    if before or (item.text or "").strip():
        return None
    return badge_text(img)
_STATIC_BADGE = re.compile(r"(?i)^(?:https?:)?//img\.shields\.io/badge/([^/?#]+)")


def shields_text(src: str) -> str | None:
    """The text a shields.io static badge shows, read from its address (``/badge/LABEL-MESSAGE-COLOR`` or
    ``/badge/MESSAGE-COLOR``; "--" writes a dash, "__" an underscore, "_" a space; a ``label`` parameter is the
    label it shows before the message), or None for another image.

    >>> shields_text("https://img.shields.io/badge/Paper-fff?logo=readthedocs"), shields_text(
    ...     "https://img.shields.io/badge/ACL--2026--Main-darkblue"), shields_text("https://img.shields.io/badge/PLDI-2026-blue")
    ('Paper', 'ACL-2026-Main', 'PLDI 2026')
    >>> shields_text("https://img.shields.io/badge/Arxiv--yellow"), shields_text(
    ...     "//img.shields.io/badge/2026-blue?label=ICML")
    ('Arxiv', 'ICML 2026')
    """
    text = " ".join(p for p in _shields_parts(src) if p)
    return " ".join(text.split()) or None


def _shields_parts(src: str) -> list[str]:
    """The texts a shields.io static badge's address writes, its colour left out (``[LABEL, MESSAGE]`` or
    ``[MESSAGE]``); [] for another image."""
    m = _STATIC_BADGE.match(src.strip())
    if m is None:
        return []
    path = unquote_plus(m.group(1))
    if re.fullmatch(r"[^-]+--[^-]+", path):
        path = path.replace("--", "-")  # "Arxiv--yellow": a text and its colour, the dash doubled
    path = path.replace("--", "\x00").replace("__", "\x01")
    parts = [" ".join(p.replace("\x00", "-").replace("_", " ").replace("\x01", "_").split()) for p in path.split("-")]
    if len(parts) >= 2:
        parts = parts[:-1]  # the colour
    label = _BADGE_LABEL.search(src)
    if label and parts:
        parts = [" ".join(unquote_plus(label.group(1)).split()), parts[-1]]  # the label the parameter sets, the message
    return parts


def summary_label(text: str) -> bool:
    """Whether a disclosure's ``<summary>`` is a label ("Abstract", "Show all news", "Older papers (2015-2019)"):
    up to 60 characters, in fewer than seven words or naming a section. A longer one is the visible head of what
    the box holds ("<summary>Maximize Your Meeting: A Guide to Meetings</summary>" over a paper's fields, the
    venue, title and names of a card): the work's, not a label over it."""
    return bool(text) and len(text) <= 60 and (len(text.split()) < 7 or section_kind(text) is not None)


def paper_badge(anchor) -> tuple[str, str] | None:
    """A paper drawn as one badge link: ``(venue and year, title)`` when a link is a shields.io static badge alone
    whose label is a venue ending in a year and whose alt text is a title, else None.

    >>> import lxml.html
    >>> paper_badge(lxml.html.fragment_fromstring('<a href="https://arxiv.org/abs/2401.1"><img src="https://img.'
    ...     'shields.io/badge/ACL_2024-Short_Title-teal" alt="A Longer Title of the Paper"></a>'))
    ('ACL 2024', 'A Longer Title of the Paper')
    """
    from .labels import link_text  # (labels reads runs' badges: imported on use)

    imgs = list(anchor.iter("img"))
    if len(imgs) != 1 or link_text(anchor):
        return None
    parts = _shields_parts(imgs[0].get("src") or "")
    alt = " ".join((imgs[0].get("alt") or "").split())
    # ("Google_Scholar-Ana_Ruiz", "Tool-Draw_Diagrams": a profile's or a tool's badge; its alt text an address)
    if len(parts) != 2 or not re.search(rf"[^\W\d_].*\b(?:{YEAR.pattern})$", parts[0]) or len(alt.split()) < 3 \
            or re.search(r"\w\.\w+/|://", alt) or alt.casefold().startswith(parts[0].casefold()):
        return None  # (nor is "NeurIPS 2023 spotlight presentation" under a "NeurIPS 2023" badge a title)
    parent = anchor.getparent()
    if parent is not None and link_text(parent):
        return None  # words beside the badge: the paper is written there, the badge only marks its venue
    return parts[0], alt


_MORE_AUTHORS = re.compile(r"""==\s*['"]\d+ more authors?['"]\s*\?\s*['"]([^'"]+)['"]""")
_LAST_COMMA = re.compile(r",\s*([^,]+)$")
"""The comma before a list's last name ("Clara Weiss, Rui Tanaka")."""


_SUP_WORD_MARK = re.compile(r"[a-z]{2,3}")
"""A word a page writes in superscript after an author's name as a mark (``co``, ``eq``), as ``*`` is."""
_EXPONENT_BASE = lazy_compile(r"(?:\d|(?<![^\W\d_])(?:[cmkµμn]?m|s|g|kg|mol))$")
"""What a superscript number raises when it is an exponent, no author's index: a number ("10<sup>5</sup>") or a unit
written right before it ("1-cm<sup>2</sup>", "m<sup>3</sup>"); a name never ends so ("Lee<sup>1</sup>")."""
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_ISOTOPE_ELEMENT = lazy_compile(
    r"(?:H|He|Li|Be|B|C|N|O|F|Ne|Na|Mg|Al|Si|P|S|Cl|Ar|K|Ca|Sc|Ti|V|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Kr|Rb|Sr|Y|Zr|"
    r"Nb|Mo|Tc|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Te|I|Xe|Cs|Ba|La|Ce|Pr|Nd|Pm|Sm|Eu|Gd|Tb|Dy|Ho|Er|Tm|Yb|Lu|Hf|Ta|W|Re|Os|Ir|Pt|"
    r"Au|Hg|Tl|Pb|Bi|Po|At|Rn|Fr|Ra|Ac|Th|Pa|U|Np|Pu|Am|Cm|Bk|Cf)(?![^\W\d_])(?!\.\s*[A-Z])")
"""What a superscript number raises when it is an isotope's mass number, no author's index: an element's symbol right
after it, no letter after the symbol ("<sup>12</sup>C(K-, K+)", "<sup>18</sup>F-FDG", "<sup>3</sup>He"); not a
legend's word ("<sup>1</sup>Department", "<sup>2</sup>UCLA") nor an initial ("<sup>1</sup>C. Lee")."""


def seg_lines(segs) -> set[int]:
    """The source lines of some segments, together (none for none)."""
    return set().union(*(s.lines for s in segs))


def segments(runs: list) -> tuple[list[Seg], list[int]]:
    """Cut runs into segments at <br> and block boundaries; returns the segments and the
    indexes (into the segment list) after which a blank line (<br><br>) separates groups."""
    segs: list[Seg] = []
    gaps: list[int] = []
    cur: list[Run] = []
    brs = 0
    for at, r in enumerate(runs):
        if r is BREAK or r is BLOCK:
            if cur and any(x.text.strip() for x in cur):
                segs.append(Seg(cur))
                brs = 1 if r is BREAK else 0
            elif r is BREAK:
                brs += 1
                if brs >= 2 and segs and (not gaps or gaps[-1] != len(segs)):
                    gaps.append(len(segs))
            cur = []
            continue
        if isinstance(r, tuple):
            continue
        if r.sup and r.text.isdigit() and cur and _EXPONENT_BASE.search(cur[-1].text):
            # "1-cm<sup>2</sup> cells", "10<sup>5</sup> years": a title's exponent, written as the page shows it
            r = dataclasses.replace(r, text=r.text.translate(_SUPERSCRIPT_DIGITS), sup=False)
        elif r.sup and r.text.isdigit() and (not cur or not re.search(r"[^\W\d_]$", cur[-1].text)) \
                and at + 1 < len(runs) and isinstance(nxt := runs[at + 1], Run) and not nxt.sup \
                and _ISOTOPE_ELEMENT.match(nxt.text):
            # "for <sup>12</sup>C(K-, K+) reactions", "<sup>18</sup>F-FDG PET": an isotope's mass number, the title's
            # own (no name before it, an element's symbol after it), written as the page shows it
            r = dataclasses.replace(r, text=r.text.translate(_SUPERSCRIPT_DIGITS), sup=False)
        elif r.sup and re.fullmatch(r"[\s\d,;.a-z]*", r.text) and re.search(r"\d", r.text):
            continue  # affiliation indices
        if r.sup and _SUP_WORD_MARK.fullmatch(r.text) and (
                not any(x.text.strip() for x in cur) or re.search(r"[^\W\d_]$", cur[-1].text)):
            # "Lee AB<sup>co</sup>" and its legend "<sup>co</sup> designates co-first author": a short word in
            # superscript closing a name (or opening the legend) is an author mark, as "*" is
            r = dataclasses.replace(r, text="^")
        cur.append(r)
    if cur and any(x.text.strip() for x in cur):
        segs.append(Seg(cur))
    if any(r.hint in _FIELD_HINTS for seg in segs for r in seg.runs):
        segs, gaps = _split_by_hints(segs, gaps)
    return segs, gaps


def _split_by_hints(segs: list[Seg], gaps: list[int]) -> tuple[list[Seg], list[int]]:
    """A line whose inline elements each name a field (``<span class="title">...</span> <span class="journal">
    ...</span> (2024), by <span class="author">...</span>``): a segment per field, as if each were a line of its
    own; the words between two fields go with the one before ("by" before the authors is dropped)."""
    out: list[Seg] = []
    starts: list[int] = []
    for seg in segs:
        starts.append(len(out))
        fields = {r.hint for r in seg.runs if r.hint in ("title", "authors", "venue") and len(r.text.strip()) >= 2}
        if len(fields) < 2:
            cut = (_set_off_field(seg) or _after_lead_title(seg.runs)) if fields else None
            if fields and not cut and (lines := _element_lines(seg.runs)):
                out.extend(Seg(p) for p in lines)
                continue
            out.extend(Seg(p) for p in ((seg.runs[:cut], seg.runs[cut:]) if cut else (seg.runs,)))
            continue
        pieces: list[list[Run]] = []
        hint = None
        for r in seg.runs:
            if r.hint is not None and (not pieces or hint is not None and r.hint != hint and r.text.strip()):
                opening: list[Run] = []
                if pieces and pieces[-1] and pieces[-1][-1].hint is None:
                    last = pieces[-1][-1]
                    text = re.sub(r"(?:,\s*)?\bby\s*$", " ", last.text, flags=re.I) if r.hint == "authors" else last.text
                    bracket = re.search(r"[\[(]\s*$", text)  # "T. Umar. [<a>bib</a>]": the bracket is the link's
                    if bracket:
                        opening = [dataclasses.replace(last, text=text[bracket.start():])]
                        text = text[: bracket.start()]
                    pieces[-1][-1] = dataclasses.replace(last, text=text)
                pieces.append([*opening, r])
                hint = r.hint
            elif not pieces:
                pieces.append([r])
            else:
                pieces[-1].append(r)
                if hint is None and r.hint is not None:
                    hint = r.hint
        for k, p in enumerate(pieces):
            tail = _unmarked_sentence(p) if k + 1 < len(pieces) else _after_lead_title(p)
            out.extend(Seg(x) for x in ((p[:tail], p[tail:]) if tail else (p,)) if any(y.text.strip() for y in x))
    return out, [starts[g] if g < len(starts) else len(out) for g in gaps]


def _element_lines(runs: list[Run]) -> list[list[Run]] | None:
    """The runs cut where only a source line break stands between two elements, when there are three pieces or
    more (``<summary><span class="meta">Venue | 2024</span>\n<strong>Title</strong>\n<span class="authors">A. Lee,
    B. Roe</span></summary>``: inline elements set one per source line, one naming its field, are shown one per
    line), else None. Words between the elements ("Title,\n<i>Venue</i>") keep the line whole."""
    pieces: list[list[Run]] = [[]]
    for r in runs:
        if "\n" in r.text and not r.text.strip() and pieces[-1]:
            pieces.append([])
        elif r.text.strip():
            pieces[-1].append(r)
    pieces = [p for p in pieces if p]
    return pieces if len(pieces) >= 3 else None


def _unmarked_sentence(piece: list[Run]) -> int | None:
    """Where the unmarked words after a field's closing stop start, when they are a sentence of their own before the
    next marked field (``<font class="pubtitle">Title. </font> <font>A. Lee, and B. Roe. </font> <font
    class="pubbooktitle">Venue</font>``: the names between the title and the venue are a line of their own, not the
    title's), else None. A title's element ends the title whatever closes it (:func:`_after_lead_title`)."""
    last = max((k for k, r in enumerate(piece) if r.hint is not None and r.text.strip()), default=None)
    if last is None or not re.search(r"[.?!]\s*$", piece[last].text):
        return _after_lead_title(piece)
    rest = "".join(r.text for r in piece[last + 1:])
    return last + 1 if len(LETTER_WORDS.findall(rest)) >= 3 else None


def _after_lead_title(runs: list[Run]) -> int | None:
    """Where the unmarked words after a marked title start, when the title opens the runs and three words or more
    follow it (``<span class="p-title">Title,</span> <span class="p-medium">Proceedings of X,</span> pages 1-4``:
    the element says where the title ends, the venue after it is a line of its own, whether a stop closes the
    title or a comma), else None."""
    marked = [k for k, r in enumerate(runs) if r.hint is not None and r.text.strip()]
    if not marked or runs[marked[0]].hint != "title" or any(r.text.strip() for r in runs[:marked[0]]):
        return None
    end = marked[0]
    while end + 1 < len(runs) and (runs[end + 1].hint == "title" or not runs[end + 1].text.strip()):
        end += 1
    rest = "".join(r.text for r in runs[end + 1:])
    if end + 1 >= len(runs) or any(r.hint is not None for r in runs[end + 1:]) \
            or len(LETTER_WORDS.findall(rest)) < 3:
        return None
    return end + 1


_FIELD_BREAK = lazy_compile(r"\s[·•|—–]\s*$")
"""A separator closing the words before a marked field ("A. Lee, B. Roe · <span class="journal">")."""


def _first_field(runs: Sequence[Run]) -> int | None:
    """Where a line's first marked field (title, authors, venue) starts, when words no hint marks come before it;
    else None."""
    first = next((k for k, r in enumerate(runs) if r.hint in ("title", "authors", "venue") and r.text.strip()), None)
    return first if first and all(r.hint is None for r in runs[:first]) else None


def _set_off_field(seg: Seg) -> int | None:
    """Where a line's one marked field starts, when unmarked words set off by a separator come before it
    ("A. Lee, B. Roe · <span class="journal">Venue</span> 12, 34 (2025)": the names, then the venue), or a year
    alone does ("<span class="pub-year">2025</span> <span class="pub-title">Title</span>": the entry's year, a line
    of its own), else None."""
    first = _first_field(seg.runs)
    if first is None:
        return None
    if _year_at(seg.runs, first) is not None:
        return first
    before = "".join(r.text for r in seg.runs[:first])
    if not _FIELD_BREAK.search(before) or len(before.split()) < 3:
        return None
    return first


def year_before_title(runs: Sequence[Run]) -> int | None:
    """The year a page writes alone right before an entry's marked title, in its line or a line of its own
    (``<span class="pub-year">2025</span> <span class="pub-title">Title</span>``): the entry's own year, over its
    venue's and its notes' dates; the one test of a year opening an entry (the line cut here, the builder keeping
    it with its entry, the entry reading it). None when the first marked field is not the title: a year line over
    an unmarked citation (``<b>1989</b><br>A. Lee. <i>Journal</i> 12, 2015.``) heads the entries after it.

    >>> year_before_title([Run("2025 ", 1, 1), Run("Tides", 1, 1, hint="title")])
    2025
    >>> year_before_title([Run("1989", 1, 1), Run("A. Lee. ", 2, 2), Run("Journal", 2, 2, hint="venue")])
    """
    return _year_at(runs, _first_field(runs))


def _year_at(runs: Sequence[Run], first: int | None) -> int | None:
    """:func:`year_before_title` given the runs' :func:`_first_field` (its caller has it already)."""
    if first is None or runs[first].hint != "title":
        return None
    year = YEAR.fullmatch("".join(r.text for r in runs[:first]).strip())
    return int(year.group(0)) if year else None


_OTHER_FIELDS = frozenset({"title", "venue", "note", "badge"})
"""Hints that mark a line as a field of a work other than its names (:func:`join_name_lines`)."""


def join_name_lines(segs: list[Seg], owner_names: Sequence[str] = ()) -> list[Seg]:
    """One author per line ("Ana Costa<br>Bruno Lima<br>"): the lines are one author list; so are names whose line
    closes with a comma and the names on the next ("A. Lee, B. Roe,<br>C. Kim, D. Wu": a list broken in two)."""
    def one_name(seg: Seg) -> bool:
        if any(r.hint in _OTHER_FIELDS for r in seg.runs if r.text.strip()):
            return False  # "| A. Lee, B. Roe | Bead Letters |": a cell its column calls the venue is no line of names
        t = seg.text.strip(" ,;")
        return 2 <= len(t.split()) <= 4 and not DIGITS.search(t) and author_score(t, owner_names) >= 0.3 \
            and not t.endswith(".")
    names = [k > 0 and one_name(x) for k, x in enumerate(segs)]  # the first line is the title's
    # (a line of names closing with a comma, after the title's line, and a line of names after it)
    goes_on = [0 < k < len(segs) - 1 and x.text.rstrip().endswith(",") and not DIGITS.search(x.text)
               and not any(r.hint in _OTHER_FIELDS for r in segs[k + 1].runs if r.text.strip())
               and author_score(x.text.strip(" ,"), owner_names) >= 0.3
               and author_score(segs[k + 1].text.strip(" ,;"), owner_names) >= 0.3 for k, x in enumerate(segs)]
    if sum(names) < 2 and not any(goes_on):
        return segs
    out: list[Seg] = []
    for k, seg in enumerate(segs):
        if k and (names[k] and names[k - 1] or goes_on[k - 1]):
            last = out[-1].runs[-1]
            joint = " " if goes_on[k - 1] else ", "
            out[-1] = Seg([*out[-1].runs, Run(text=joint, first=last.last, last=last.last), *seg.runs])
        else:
            out.append(seg)
    return out


def _source_lines(seg: Seg) -> list[tuple[str, list[Run]]]:
    """The segment's runs cut at the source line breaks inside them: a line each, the text of its own run that the
    break opens ("" for the first line) and its runs (that run first, its text maybe empty, but on the first line)."""
    lines: list[tuple[str, list[Run]]] = [("", [])]
    for r in seg.runs:
        # (a run's first line is that of its first visible character: the breaks before it are above that line)
        lead = len(r.text) - len(r.text.lstrip())
        line = r.first - r.text[:lead].count("\n") if r.first else r.first
        for k, part in enumerate(r.text.split("\n")):
            if k:
                line = line + 1 if line else line
                lines.append((part, [dataclasses.replace(r, text=part, first=line, last=line)]))
            elif part:
                lines[-1][1].append(dataclasses.replace(r, text=part, first=line, last=line))
    return lines


def _line_pieces(seg: Seg | list[tuple[str, list[Run]]], starts_piece) -> list[Seg]:
    """The segment (or its :func:`_source_lines`, cut once for several ways of joining them) cut at the source line
    breaks inside its runs where ``starts_piece(line_text, piece_so_far)`` says a new piece starts; the other breaks
    stay inside their piece."""
    lines = _source_lines(seg) if isinstance(seg, Seg) else seg
    pieces: list[list[Run]] = [list(lines[0][1])]
    for part, (opening, *rest) in lines[1:]:
        if starts_piece(part, pieces[-1]):
            pieces.append([opening] if part else [])
        else:
            pieces[-1].append(dataclasses.replace(opening, text="\n" + part))
        pieces[-1].extend(rest)
    return [Seg(p) for p in pieces if any(x.text.strip() for x in p)]


YEAR_ALONE = re.compile(r"\s*\(?(?:19|20)\d\d[a-z]?\)?[.,]?\s*")
"""A line holding only a year ("(2014)", to fullmatch): the date field of a citation written one field a line, no
venue."""
_OPEN_LINE_END = re.compile(r"(?:&|\b(?:and|und|et|y|e)),?\s*$")
"""The end of a line that a list of names goes on after ("and", "&"): the line is wrapped, no field's end."""
_WRAPPED_END = re.compile(r"\b(?:a|an|the|of|in|on|for|to|with|from|by|at|into|de|van|von|der|del|da|di|du|la|le)"
                          r"\s*$")
"""The end of a line on a word a sentence or a name goes on after (an article, a preposition, a family name's
particle: "... methane-cycling dynamics in" / "Amazonia.", "van Haren J, de" / "Barbosa de Camargo P"): the line is
hard-wrapped, no field's end."""
_WRAPPED_INITIALS = re.compile(rf"\s*[{NAME_CAPITALS}]{{1,3}}(?:,|\.?(?=\s*(?:$|\(|\d)))")
"""A line opening on the initials that close the name the line before ends on ("Bridgham" / "SD, Bohannan BJM.",
"Leskanic" / "C. (2016)"): a list of "Family Initials" names hard-wrapped inside a name."""
_WRAPPED_START = lazy_compile(rf"\s*(?!(?:in|et|pp|vol|and|or|{status_words()})\b)[a-z]+(?:-[a-z]+)*(?![\w:])", re.I)
"""A line opening on a lower-case word that is no field's lead-in ("crop mixtures in winter cereals.", after
"... legume-grass cover"): a sentence hard-wrapped. Not "in" ("in Proc. of X", a venue's line), a status ("to appear
in X"), "doi:" or "arXiv" (a link's or an identifier's line)."""


def _wrapped_line(before: str, line: str) -> bool:
    """Whether the source line ``line`` goes on the text ``before`` it, a line break a plain-text editor made inside
    a field (a name, a title: markdown written hard-wrapped at some width), not one between two fields."""
    before = before.rstrip()
    if _WRAPPED_END.search(before):
        return True
    if not re.search(r"[^\W\d_]$", before):
        return False  # (a line closed by a stop, a comma, a bracket, a year: a field may end there)
    return bool(_WRAPPED_INITIALS.match(line) and re.search(r"(?-i:[A-Z])[^\W\d_]+$", before)
                or _WRAPPED_START.match(line) and line.lstrip()[:1].islower())


def _wrapped_inside(lines: list[tuple[str, list[Run]]]) -> bool:
    """Whether one of the source lines (:func:`_source_lines`) goes on the text before it (:func:`_wrapped_line`)
    with words on both sides: a line break the editor made inside a field."""
    before = "".join(r.text for r in lines[0][1])
    for part, runs in lines[1:]:
        text = "".join(r.text for r in runs)
        if not _wrapped_line(before, part):
            before = text
        elif before.strip() and text.strip():
            return True
        else:
            before += "\n" + text
    return False


_YEAR_AFTER_NAMES = re.compile(r"\s*\((?:19|20)\d\d[a-z]?\)[.,:]?\s")
"""The year in brackets an APA-style author list closes with, the title after it."""


def _names_going_on(pieces: list[Seg], owner_names: Sequence[str]) -> list[Seg]:
    """The lines of a paragraph with a line of names that closes with a comma joined to the line of names after it
    ("Roe, A., Lee, B., Kim, C.," / "Ong, D., Wu, E., & Lind, F. (2026)."): one author list an editor wrapped over
    lines, no field's end (the last line's year may close it)."""
    out: list[Seg] = []
    for x in pieces:
        # (the names of the piece's last line, without the entry's number: "[17] Roe, A., Lee, B.,")
        before = re.sub(r"^\s*[\[(]?\d{1,3}[\]).]\s*", "", out[-1].text.rstrip().rsplit("\n", 1)[-1]) if out else ""
        # (the next line's names: up to the year in brackets that closes them, when the title and venue follow it
        # on that line, "Liira, J., Roe, B. (2015). Title. Venue, 1-14.")
        names = _YEAR_AFTER_NAMES.split(x.text, 1)[0] if before.endswith(",") else ""
        if before.endswith(",") and author_score(before.strip(" ,"), owner_names) >= 1 \
                and author_score(names.strip(" ,;."), owner_names) >= 1:
            first = x.runs[0]
            out[-1] = Seg([*out[-1].runs, dataclasses.replace(first, text="\n" + first.text), *x.runs[1:]])
        else:
            out.append(x)
    return out


_SENTENCE_END = re.compile(r"[.?!][\"'”’)\]]?\s*$")
"""The end of a line that closes a sentence ("... polls.", "... (2019).")."""
_YEAR_AT_LINE_END = re.compile(r"\b(?:19|20)\d\d[a-z]?\)?[.,]?\s*$")
"""A line that closes on a year: a venue's or date's own line ("Nordic Journal of Insects, 2018"), unless the line
before it leaves off at a comma (a venue wrapped before its year) or it is indented deeper than that line (a
bibtex2html cell's title going on, "  Combining Polls and Fundamentals, 27(2): 255--262 2019.")."""


def _spaced_lines(lines: list[tuple[str, list[Run]]], owner_names: Sequence[str] = ()) -> list[tuple[str, list[Run]]]:
    """The source lines (:func:`_source_lines`) of a segment in raw HTML, where a line break is a space (a
    bibtex2html cell wrapping its title, "... vote counts -" / "An experimental approach."), joined to the line
    before them unless that line ends a sentence, they open on a styled run (an ``<em>`` venue, a link), either
    is a list of names or they close on a year (a block written one field a line: "Title" / "Oda Brekke, Jon Lie"
    / "Venue, 2021")."""
    out = [lines[0]]
    for (above, _), (part, runs) in zip(lines, lines[1:]):
        before = "".join(r.text for r in out[-1][1])
        indent = len(part) - len(part.lstrip()) - (len(above) - len(above.lstrip()))
        first = next((r for r in runs if r.text.strip()), None)
        if not before.strip() or _SENTENCE_END.search(before) or first is not None and (
                first.italic or first.bold or first.anchor is not None) or any(
                author_score(t.strip(" ,;"), owner_names) >= 1 for t in (before, part)) or (
                _YEAR_AT_LINE_END.search(part) and not before.rstrip().endswith(",") and indent <= 0):
            out.append((part, runs))
        else:
            opening, *rest = runs
            out[-1] = (out[-1][0], [*out[-1][1], dataclasses.replace(opening, text=" " + part), *rest])
    return out


def split_source_lines(segs: list[Seg], owner_names: Sequence[str] = (),
                       html_lines: frozenset[int] = frozenset()) -> list[Seg]:
    """An entry whose title and author list sit on two source lines of one paragraph, without a <br>
    (markdown's soft line break): the line break separates them, when one line is an author list and
    another is not (lines marked as different fields, Pandoc's "[Title]{.pub-title}" above "[*Venue*, 2020]{.pub-venue}",
    are cut apart before, by :func:`_split_by_hints`). In ``html_lines``, the page's raw HTML, a line break ends a
    field only where :func:`_spaced_lines` says."""

    def pieces(seg: Seg) -> list[Seg] | None:
        if len(seg.lines) < 2 or not any("\n" in r.text for r in seg.runs):
            return None
        # (a line that ends on "and" goes on on the next: "A. Lee, B. Roe, and" / "C. Kim. Title.")
        lines = _source_lines(seg)
        if html_lines and seg.lines <= html_lines:
            lines = _spaced_lines(lines, owner_names)
        new = _names_going_on(_line_pieces(
            lines, lambda part, piece: not _OPEN_LINE_END.search("".join(r.text for r in piece))), owner_names)
        if len(new) >= 2 and _wrapped_inside(lines):
            # a line that goes on the one before, hard-wrapped inside a name or a sentence (:func:`_wrapped_line`):
            # the paragraph is written wrapped at some width, its line breaks none of its fields' ends
            return None
        if any((x.text.count('"') + x.text.count("“") + x.text.count("”")) % 2 for x in new) or any(
                (r.italic or r.bold or r.anchor is not None) and "\n" in r.text.strip() for r in seg.runs):
            # a quoted title, or an italic or linked one, the line breaks cut in two: one citation hard-wrapped, not
            # fields
            return None
        # (a line of one plain word is a wrapped line's end, "M Oda, R Lee, XS" / "Lind": no field of its own; a
        # link of one word, "[Paper](...)", is one, and so is a year on its own, "(2014)")
        if len(new) >= 2 and any(author_score(x.text, owner_names) >= 1 for x in new) and not all(
                author_score(x.text, owner_names) >= 1 for x in new) and all(
                len(x.text.split()) >= 2 or any(r.anchor is not None for r in x.runs) or YEAR_ALONE.fullmatch(x.text)
                for x in new):
            return new
        return None

    return _split_each(segs, pieces)


def _split_each(segs: list[Seg], pieces: Callable[[Seg], list[Seg] | None]) -> list[Seg]:
    """Each segment cut into the ones ``pieces`` gives of it (None: kept whole); ``segs`` itself when none is cut
    (the one loop of the splitters of a segment at its source lines)."""
    out: list[Seg] = []
    changed = False
    for seg in segs:
        new = pieces(seg)
        if new:
            out.extend(new)
            changed = True
        else:
            out.append(seg)
    return out if changed else segs


_NUMBERED_LINE = re.compile(r"^\s*\d{1,3}\.(?:\s+|(?=[A-Z]))(?:\[[^\[\]]{1,12}\]\s*)?[A-Z]")


def split_numbered_lines(segs: list[Seg]) -> list[Seg]:
    """A numbered list whose entries a page forgot to separate (jemdoc's "8. A, B. Title. Venue.\n9. C, D. ..."
    with no <br> between): a source line that starts the next number starts a segment of its own. Only in a
    segment that itself opens with such a number."""

    def pieces(seg: Seg) -> list[Seg] | None:
        if len(seg.lines) < 2 or not _NUMBERED_LINE.match(seg.text) or not any("\n" in r.text for r in seg.runs):
            return None
        # (a number alone where its line's text goes on in a run of its own style: "3. <font>[New]</font> A, B")
        new = _line_pieces(seg, lambda part, piece: bool(_NUMBERED_LINE.match(part) or re.fullmatch(
            r"\s*\d{1,3}\.\s*", part)) and any(x.text.strip() for x in piece))
        return new if len(new) >= 2 else None

    return _split_each(segs, pieces)


# --- the publication reader --------------------------------------------------------------------

_ABSTRACT_HINT = re.compile(r"abstract|summary(?![-_](?:authors?|title|venue))|tldr")
"""A class (or a button's label) that names an abstract."""
_HINTS = (
    ("bibtex", re.compile(r"bibtex(?!item$|number$)|^bib$|bibtex-?hidden")),  # not bibtex2html's bibtexitem cells
    # (a "summary-authors" box holds the authors of a card's summary line, no abstract)
    ("abstract", _ABSTRACT_HINT),
    ("links", re.compile(r"^links?$|pub-links|paper-links|[-_]links$|^buttons?$|btn-links|linkbar")),
    ("badge", re.compile(r"^abbr$|^badge$|tag-abbr|^pub-badge$|venue-badge|^label-(?:default|primary|success|info|warning|danger)$")),
    # (a "booktitle" is a venue; a "journal_title", biblatex's journaltitle, is no title either)
    ("title", re.compile(r"(?<!book)(?<!journal)(?<!journal[-_])title|tag-papertitle|^name-of-paper$")),
    ("authors", re.compile(r"author")),
    ("venue", re.compile(r"venue|periodical|journal(?![-_]?title)|conference|booktitle|pub-venue|publisher|^source$|^where$")),
    # ("academic-tag", "paper-tag": a tag set beside the venue, its ranking "CCF B" or "Q1, Top")
    ("note", re.compile(r"award|honou?r|highlight|^note|oral|spotlight|^(?:\w+[-_])?tags?$")),
    # a theme's own badge ("badge-inline", "pub-badge-sm"), asked last: "badge-venue", "badge-award" name their field
    ("badge", re.compile(r"^(?:[a-z]+[-_])?badge(?:[-_][a-z]+)*$")),
)


_FIELD_HINTS = frozenset({"title", "authors", "venue", "note"})
"""Hints that name one field of an entry (not a whole block of its own: an abstract, a BibTeX record)."""


_GENERATED_STYLE = re.compile(r"^(?:mso\w*|[a-z]+\d+)$")
"""Style names a word processor makes up ("Title46", "MsoTitle"): how the text looks, not which field it is."""


_SIZE_MODIFIER = re.compile(r"is-\d$")
"""Bulma's size modifier ("is-6") beside a style class ("title", "subtitle")."""


def _hint_of_classes(classes: Iterable[str]) -> str | None:
    classes = [c for c in classes if not _GENERATED_STYLE.match(c)]
    if any(_SIZE_MODIFIER.match(c) for c in classes) or "card-subtitle" in classes:
        # Bulma's "subtitle is-6", Bootstrap's "card-subtitle": a style of the lines under a card's heading (the
        # authors, "2024 · Venue"), no title field; a theme's own "subtitle" alone may hold the paper's title
        classes = [c for c in classes if c not in ("subtitle", "card-subtitle")]
    for hint, rx in _HINTS:
        if any(rx.search(c) for c in classes):
            return hint
    return None


def run_hint(r: Run) -> str | None:
    return r.hint


def seg_hint(seg: Seg, exclude_anchor=()) -> str | None:
    weight: dict = {}  # a plain dict, not a Counter: this runs on every segment of every entry
    total = 0
    for r in seg.runs:
        n = len(r.text.strip())
        if not n or r.anchor in exclude_anchor:
            continue
        total += n
        hint = r.hint
        weight[hint] = weight.get(hint, 0) + n
    if not total or (len(weight) == 1 and None in weight):
        return None  # no run has a hint (the usual segment)
    hint, n = max(weight.items(), key=lambda kv: kv[1])  # the first of the heaviest, as Counter.most_common(1)
    if hint in _FIELD_HINTS and n >= 0.6 * total:
        # "Lee M. <em class="title">Title</em>. <b>PhD Thesis</b>. 2010. University of X.": a field's run with the
        # rest of a citation on both sides of it (names before, venue and year after) is the citation, not the field
        at = [k for k, r in enumerate(seg.runs) if r.hint == hint and r.text.strip()]
        before = " ".join(r.text for r in seg.runs[:at[0]] if r.hint != hint and r.anchor not in exclude_anchor)
        after = " ".join(r.text for r in seg.runs[at[-1] + 1:] if r.hint != hint and r.anchor not in exclude_anchor)
        if TWO_LETTERS.search(before) and len(LETTER_WORDS.findall(after)) >= 3 \
                and YEAR.search(before + " " + after):
            return None
    return hint if hint and n >= 0.6 * total else None
