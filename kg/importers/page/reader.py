"""Blocks and the walk: the page cut into headings and items.

Takes a :class:`~kg.importers.base.SourceDoc` and options; gives :class:`Reader`, which parses
the page (:mod:`.source`), reads the head (title, meta), and walks the body into a list of
:class:`~.runs.Block` (lists, tables, containers, cards, paragraphs), and the runs and segments
of each block.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from lxml.html import defs as html_defs

from ...model import Unparsed
from ..base import ImportOptions, SourceDoc
from ..common import LETTER_WORDS, TWO_LETTERS, YEAR, dates_only, link_kind, only_link_label, repair_url, strip_tags

from .source import (
    BLOCK_TAGS,
    ENTRY_BOX,
    ENTRY_CLASS,
    HEADING_TAGS,
    Page,
    RAW_TAGS,
    classes_of,
    heading_text,
    in_card,
    is_chrome,
    itertext,
    longer_than,
    tab_targets,
    norm,
    tag_of,
    text_nodes,
)
from .context import sentences
from .sections import LABEL_HEADING, lead_in, year_heading, section_kind
from .person import DATE_PREFIX, DATE_SPAN, DEGREE_RX
from .citation import _names_chunk
from .runs import Block, Seg, BOLD_STYLE, YEAR_ALONE, RunBuilder, paper_badge, segments, summary_label


# --- the page reader ------------------------------------------------------------------------------


_PAPER_CLASS = re.compile(r"^(?:paper|pub|publication|pub-list-item|bibitem|bib-item)"
                          rf"(?:[-_](?:{ENTRY_BOX}))?$", re.I)
_NO_TARGET = re.compile(r"^\s*(/?#|javascript:)")
"""A link that goes nowhere of its own (``#top``, ``javascript:...``)."""


_LABEL_ASIDE = re.compile(r"\s*[(（][^()（）]{1,80}[)）]\s*(?=[:：]?\s*$)")
"""An aside after a bold label, before its colon ("Former PhD students (at Lakeside University):")."""

_LEVEL_AFTER_DASH = re.compile(r"\s[-–—]\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*$")
"""A dash, then one to three words closing a label: the level or capacity it qualifies ("... project work -
MASTER", "Grants and Funding - As Principal Investigator")."""



def _bold_only(el) -> bool:
    """Whether all an element's text is in one bold child, beside children with no text at all
    ("<p><span><strong></strong></span><strong>Former students:</strong></p>": a bold label an editor left
    empty markup beside)."""
    if (el.text or "").strip() or not len(el):
        return False
    texts = [c for c in el if (c.tail or "").strip() or "".join(itertext(c)).strip()]
    return len(texts) == 1 and tag_of(texts[0]) in ("b", "strong") and not (texts[0].tail or "").strip()
    # (a quoted bold line, '<a name="x"></a><b>"Title"</b>', is a paper's title: see the caller)


def _holds_media(cell) -> bool:
    """Whether a table cell holds a picture, a video or a link (no empty cell, whatever its text)."""
    return any(tag_of(d) in ("img", "video", "picture", "svg", "a", "iframe") for d in cell.iter())


class Reader:
    def __init__(self, doc: SourceDoc, options: ImportOptions, base_url: str | None = None,
                 initial_section: str | None = None) -> None:
        self.doc = doc
        self.options = options
        self.page = Page(doc.text, doc.display)
        self.rb = RunBuilder(self.page)
        self.initial_section = initial_section
        self.name_hints: list[tuple[str, list[str], set[int]]] = []
        self.no_name_message = "no recognizable profile: no name and no publications"
        """Names the page's source states outside its body (markdown front matter), with their lines."""
        self.root = self.page.root
        self.base_url = base_url
        self.blocks: list[Block] = []
        self.content_lines: set[int] = set()
        self.chrome_els: list = []
        self.meta: dict[str, str] = {}
        self.head_title: tuple[str, int | None] | None = None
        self.canonical: str | None = None
        self._heading_anc: set = set()
        self._list_anc: set = set()
        self._entries_anc: set = set()
        self._cards: set = set()
        self._tab_panes: dict = {}
        self._levels: dict = {}
        self._texty: set = set()
        self.skipped: list[Unparsed] = []
        """Text the reader set aside on a line that a heading took (reported unparsed by the builder)."""

    def body(self):
        """The page's ``<body>``, or its root when it has none."""
        body = self.root.find("body")
        return self.root if body is None else body

    # --- line bookkeeping
    def use(self, lines: Iterable[int]) -> None:
        for n in lines:
            if n:
                self.doc.use(n)

    def ignore(self, lines: Iterable[int]) -> None:
        for n in lines:
            if n:
                self.doc.ignore(n)

    def L(self, n: int | None) -> int | None:
        return n if n else None

    # --- setup
    def read_head(self) -> None:
        head = self.root.find("head")
        if head is None:
            return
        for el in head.iter():
            tag = tag_of(el)
            if tag == "title":
                span = self.page.lines_of(el, "text")
                self.head_title = (norm(el.text_content()), span[0] if span else el.sourceline)
            elif tag == "meta":
                key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
                value = el.get("content")
                if key and value and key not in self.meta:
                    self.meta[key] = (norm(value), el.sourceline)
                if key == "citation_author" and value:
                    self.meta.setdefault("citation_authors", [])
                    self.meta["citation_authors"].append(norm(value))  # type: ignore[union-attr]
            elif tag == "link" and "canonical" in (el.get("rel") or "").lower() and el.get("href"):
                self.canonical = repair_url(el.get("href"))
            elif tag == "base" and el.get("href"):
                self.base_url = self.base_url or repair_url(el.get("href"))

    def meta_value(self, *keys: str) -> tuple[str, int | None] | None:
        for k in keys:
            v = self.meta.get(k)
            if isinstance(v, tuple):
                return v
        return None

    def compute_content_lines(self) -> None:
        """Lines holding page text outside chrome, or a link; every other line is markup only."""
        body = self.body()
        stack = [body]
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str):
                continue
            if el is not body and is_chrome(el):
                self.chrome_els.append(el)
                continue
            for where, text in (("text", el.text),):
                if text and text.strip():
                    span = self.page.lines_of(el, where)
                    if span:
                        self._add_content(el, where, text, span)
            if (tag_of(el) == "a" and el.get("href") and el.sourceline and el.find(".//img") is None
                    and not _NO_TARGET.match(el.get("href"))):
                self.content_lines.add(el.sourceline)
            for child in el:
                tail = child.tail  # (read once: lxml makes a new string on each read)
                if tail and tail.strip():
                    span = self.page.lines_of(child, "tail")
                    if span:
                        self._add_content(child, "tail", tail, span)
                stack.append(child)
        # the rest of the page is markup, comments, style/script, head and chrome
        all_lines = set(range(1, len(self.page.text.splitlines()) + 1))
        self.ignore(all_lines - self.content_lines)

    def _add_content(self, el, where: str, text: str, span: tuple[int, int]) -> None:
        first, last = span
        if first == last:
            self.content_lines.add(first)
            return
        # a text node over several lines: only the lines with characters
        stripped = text.strip()
        for i, part in enumerate(stripped.split("\n")):
            if part.strip() and first + i <= last:
                self.content_lines.add(first + i)

    def precompute(self) -> None:
        body = self.body()
        _lift_trailing_labels(body)
        _low_quotes(body)
        texty = self._texty
        self._cards = _titled_cards(body)
        # the panes a bar of tabs shows one at a time, each headed by its tab's label (the bar itself is chrome)
        self._tab_panes = {target: tab for bar in body.iter("ul", "ol", "div", "nav")
                           for target, tab in tab_targets(bar).items()}
        for el in body.iter():
            if not isinstance(el.tag, str):
                if el.tail and el.tail.strip():  # text after a comment belongs to its parent
                    parent = el.getparent()
                    while parent is not None and parent not in texty:
                        texty.add(parent)
                        parent = parent.getparent()
                continue
            if tag_of(el) in RAW_TAGS:
                continue
            own = el if el.text and el.text.strip() else None
            tail = el.getparent() if el.tail and el.tail.strip() else None
            for start in (own, tail):
                node = start
                while node is not None and node not in texty:
                    texty.add(node)
                    node = node.getparent()
            # (an element in either set has its ancestors there too: the walk up stops at the first one seen)
            if self._heading_level(el):
                for anc in el.iterancestors():
                    if anc in self._heading_anc:
                        break
                    self._heading_anc.add(anc)
            if el.get("class") and self._entry_box(el):
                # the second box its class calls an entry ("bibitem", "publication") under one parent: the parent
                # and what holds it are containers of entries ("<div class=row><div>2021</div><div><div
                # class=bibitem>...</div><div class=bibitem>...</div></div></div>": a year's row of papers)
                parent = el.getparent()
                while parent is not None and _wraps_one(parent) and parent.getparent() is not None:
                    # ('<div class="isotope-item year-2020"><div class="pub-list-item">...</div></div>' again and
                    # again, Hugo Academic's list: a box around the one entry box is that entry's)
                    parent = parent.getparent()
                if parent is not None and parent not in self._entries_anc and _holds_entries(parent, self._cards):
                    self._entries_anc.add(parent)
                    for anc in parent.iterancestors():
                        if anc in self._entries_anc:
                            break
                        self._entries_anc.add(anc)
            if tag_of(el) in ("li", "tr", "dd", "dt"):
                parent = el.getparent()
                if parent is not None and parent not in self._list_anc:
                    for anc in parent.iterancestors():
                        if anc in self._list_anc:
                            break
                        self._list_anc.add(anc)
                    self._list_anc.add(parent)

    def _heading_level(self, el) -> int:
        cached = self._levels.get(el)
        if cached is None:
            cached = self._levels[el] = self._heading_level_uncached(el)
        return cached

    def _heading_level_uncached(self, el) -> int:
        tag = tag_of(el)
        if tag in HEADING_TAGS:
            text = heading_text(el)
            if not text:
                return 0
            level = HEADING_TAGS[tag]
            # (a year first: "2024" is no section's name, and section_kind tries every name on it)
            if year_heading(text)[0] or section_kind(text.rstrip(":：")):
                return level
            cls = " ".join(classes_of(el))
            if _TITLE_CLASS.search(cls):
                return 0
            for anc, _ in zip(el.iterancestors(), range(4)):
                if self._entry_box(anc):
                    return 0
            if in_card(el):
                return 0  # "<article><span>Preprint</span><h3>Title</h3><p>names</p>...": a card's one heading
            if level >= 4 and len(text.split()) >= 5 and not LABEL_HEADING.match(text):
                return 0  # a paper's title set as a small heading, unless it opens with a label ("Job opening: ...")
            return level
        if tag == "summary":
            # <details><summary>Show all news</summary><ul>...: the disclosure's label heads the list it opens
            parent = el.getparent()
            if parent is not None and tag_of(parent) == "details" and any(
                    tag_of(c) in ("ul", "ol", "dl", "table") for c in parent.iter() if c is not parent):
                # (a title over the fields of the work it opens is no label, :func:`~.runs.summary_label`)
                return 6 if summary_label(norm(" ".join(itertext(el)))) else 0
            return 0
        if tag == "div" and "blocktitle" in classes_of(el) and not any(tag_of(c) in BLOCK_TAGS for c in el):
            # jemdoc's infoblock title: a heading whatever it says, but a part of the entry above it ("Abstract",
            # "BibTeX": the box a paper's "abstract" link opens, between papers) heads no section. An aside in
            # brackets closing it ("Talks (* marks an invited one)") is no part of the name the length is told by.
            text = norm(" ".join(itertext(el)))
            text = _LABEL_ASIDE.sub("", text) or text
            return 2 if text and len(text) <= 60 and not only_link_label(text) else 0
        if tag in ("u", "ins"):
            # "<u>Education</u><ul>...": an underlined section name on a line of its own between blocks heads the
            # list below it, as a bold one does (other underlined text is no heading)
            return 3 if _alone_between_blocks(el) and _section_name(norm(" ".join(itertext(el)))) else 0
        if tag in ("p", "div", "span", "td", "dt", "font", "center", "strong", "b"):
            if tag in ("strong", "b", "span", "font") and el.getparent() is not None and tag_of(el.getparent()) not in (
                    "body", "div", "section", "td", "center", "article", "main") and not (
                    # "<span>intro text<br><strong>In the News!</strong></span><ul>...": a bold line of its own at
                    # the end of an inline wrapper, after a line break
                    tag_of(el.getparent()) in ("span", "font") and el.getnext() is None
                    and el.getprevious() is not None and tag_of(el.getprevious()) == "br"):
                return 0
            if in_card(el):
                return 0  # "<strong>NeurIPS proceedings · 2026</strong>" in a paper's card is its venue line
            if tag in ("strong", "b", "span", "font"):
                # a bold line on its own between blocks
                prev_text = (el.getparent().text if el.getprevious() is None else el.getprevious().tail) or ""
                if prev_text.strip() or (el.tail or "").strip():
                    return 0
            if any(tag_of(c) in BLOCK_TAGS for c in el):
                return 0
            if longer_than(el, 120):
                return 0  # a paragraph of text (an entry), told without joining all of it
            text = norm(" ".join(itertext(el)))
            # "Postdoc fellows (at Lakeside University, 2012-2016):": a label, then where or when, as an aside
            text = _LABEL_ASIDE.sub("", text) or text
            # "Full texts of our papers/ Textos completos de ...": a heading in two languages, each half short
            parts = [p for p in re.split(r"\s*/\s*", text) if p] if "/" in text else [text]
            # (a dash standing alone before a short level is no word: "Supervised thesis and project work -
            # undergraduate", a heading and the level it qualifies, is six; "Education - PhD, University of Oslo
            # 2015" is a label and its entry, seven)
            if not text or len(parts) > 3 or any(
                    len(p) > 60 or len(p.split()) - bool(_LEVEL_AFTER_DASH.search(p)) > 6 for p in parts):
                return 0
            cls = " ".join([*classes_of(el), el.get("id") or ""])  # ('<p id="subheading">Awards</p>': by its id too)
            # (a CMS's field label over the field's items: Drupal's "field__label")
            # ('<div class="section-label">Featured Publications</div>' over a Pandoc reference list: a section's label)
            heading_class = bool(re.search(r"heading|section-title|sectiontitle|section-header|sec-title|title-section|"
                                           r"section[-_]?label|section[-_]?name|"
                                           r"field__label|field-label|\bheader\b", cls))
            bold = tag in ("strong", "b") or BOLD_STYLE.search(el.get("style") or "") or (
                not (el.text or "").strip() and len(el) == 1 and tag_of(el[0]) in ("b", "strong", "font", "span", "u")
                and not (el[0].tail or "").strip()) or _bold_only(el) and not re.match(r"[\"“„«'‘]", text)
            if tag == "div" and "year" in classes_of(el) and year_heading(text)[0]:
                return 5  # '<div class="year">2021</div>' between the cards: its class says it dates those after it
            if not (heading_class or bold):
                nxt = el.getnext()
                if tag in ("p", "div", "span") and nxt is not None and (tag_of(nxt) in ("ul", "ol", "dl")
                                                                        or _holds_entries(nxt, self._cards)):
                    # (or a box of entries: "<div>2021</div><div><div class=bibitem>...</div><div class=bibitem>")
                    if year_heading(text)[0]:
                        return 5  # "<p>2019</p><ul>...": a plain paragraph holding only a year heads the list below it
                    if text.endswith((":", "：")) and len(text.split()) <= 4 and section_kind(text.rstrip(":："),
                                                                                          exact=True):
                        # "<p>Expertise:</p><ul>...": a plain label that is a section's name heads the list below
                        # ("My research interests include:" is a sentence, read with its list where it stands)
                        return 3
                return 0
            kind = section_kind(text.rstrip(":：")) or next(filter(None, map(section_kind, parts if len(parts) > 1 else [])), None)
            yearish = year_heading(text)[0]
            if kind:
                return 3
            if yearish:
                return 5
            return 0
        if tag not in _HTML_TAGS and _alone_between_blocks(el):
            # "<year>2024</year><div>paper</div>...": an element of the site's own making (a tag HTML does not
            # define, which a site's stylesheet sets as a line of its own) holding only a year dates the entries after it
            text = norm(" ".join(itertext(el)))
            return 5 if text and year_heading(text)[0] else 0
        return 0

    # --- walking the body into blocks
    def walk(self) -> None:
        body = self.body()
        self._walk_container(body)

    def _emit_item(self, el=None, atoms=None, is_list_item=False) -> None:
        # an element its class calls a paper ("pub-list-item", "publication") is one under any heading
        # ("Current Work", "Books / volumes")
        paper = el is not None and any(_PAPER_CLASS.match(c) for c in classes_of(el))
        b = Block(kind="item", el=el, atoms=atoms, is_list_item=is_list_item, paper_class=paper)
        if el is not None and (is_chrome(el) or len(el) and all(tag_of(c) and is_chrome(c) for c in el)
                               and not norm(" ".join([el.text or "", *(c.tail or "" for c in el)]))):
            return  # (a paragraph that is only a widget's placeholder: '<a class="twitter-timeline">Tweets by X</a>')
        self.blocks.append(b)

    def _emit_heading(self, el, level: int) -> None:
        text = heading_text(el)
        b = Block(kind="heading", el=el, level=level, text=text)
        self.blocks.append(b)
        if any(tag_of(c) in BLOCK_TAGS for c in el):
            # an unclosed heading tag swallowed what follows it (<h2>Papers<ul>...): walk that too
            b.group_label = "own"
            for child in el:
                if tag_of(child) in BLOCK_TAGS:
                    self._walk(child)

    def _walk(self, el) -> None:
        tag = tag_of(el)
        if not tag or is_chrome(el):
            return
        if self._tab_panes and (tab := self._tab_panes.get(el.get("id") or "")) is not None \
                and (label := norm(" ".join(itertext(tab)))) and len(label) <= 60 and _heads_pane(label):
            # a tab's pane ('<div id="articles" class="tab-content">' under '<li data-tab="articles">ARTICLES</li>'):
            # its tab's label heads it, as a heading would (a pane of the group's members, '<li data-tab=
            # "profesores">', is theirs: under its own heading, none of its text the owner's)
            self.blocks.append(Block(kind="heading", el=tab, level=3, text=label))
        level = self._heading_level(el)
        if level:
            self._emit_heading(el, level)
            return
        if tag in ("ul", "ol", "dl"):
            self._walk_list(el)
        elif tag in ("table", "thead", "tbody", "tfoot"):
            self._walk_table(el)
        elif tag == "tr":
            if el in self._heading_anc or self._layout_row(el):
                for cell in el:
                    self._walk(cell)
            else:
                self._emit_item(el, is_list_item=True)
        elif tag == "p" and (name := _section_over_note(el)) is not None:
            # the name heads its section; the note after it is no entry (its lines are left unparsed, the heading's
            # line too when the note starts on it)
            self.blocks.append(Block(kind="heading", el=el[0], level=3, text=name))
            self.notes_on_heading_lines(el)
        elif tag == "p" and (named := _lead_in_over_list(el)) is not None:
            # "Here is a list of my working papers and publications:" over the list, no heading above it: the
            # sentence names the list's section, as a heading would
            self.blocks.append(Block(kind="heading", el=el, level=3, text=named))
        elif tag == "p" and (label := _label_line(el)) is not None:
            # "**Submitted:**" on a line of its own over the first entry, in one markdown paragraph: the label
            # heads the entries after it, the rest of the paragraph is the first of them
            text, level = label
            self.blocks.append(Block(kind="heading", el=el[0], level=level, text=text))
            atoms = [("t", el[0], "tail")] if (el[0].tail or "").strip() else []
            for c in el[1:]:
                atoms.append(("e", c))
                if (c.tail or "").strip():
                    atoms.append(("t", c, "tail"))
            self._emit_item(atoms=atoms, is_list_item=True)
        elif tag in ("p", "pre", "address", "figcaption", "summary", "dt", "dd", "li", "blockquote") and el not in self._heading_anc and not self._has_block_child(el):
            self._emit_item(el, is_list_item=tag in ("li", "dd", "dt"))
        else:
            self._walk_generic(el)

    def _has_block_child(self, el) -> bool:
        return any(tag_of(c) in BLOCK_TAGS and tag_of(c) not in ("br",) for c in el)

    def _layout_row(self, tr) -> bool:
        """A table row used for page layout (it holds tables, lists or many paragraphs)."""
        for cell in tr:
            for d in cell.iter("table", "ul", "ol", "h1", "h2", "h3"):
                if d is not cell and self.has_text(d):
                    if tag_of(d) in ("ul", "ol") and len(d) <= 1:
                        continue
                    return True
            if sum(1 for d in cell.iter("p") if self.has_text(d)) >= 5:
                return True  # a cell of paragraphs (a Word table boxing a numbered list): no row of one entry
            if self._rule_runs(cell) >= 3:
                return True  # a cell of entries between rules: as above
        return False

    def _walk_list(self, el) -> None:
        if not any(tag_of(c) in ("li", "dt", "dd") for c in el) and (
                (el.text or "").strip() or any((c.tail or "").strip() for c in el)):
            # '<dl>2024. "<a>Title</a>." <i>Venue</i></dl>': a list tag used as a box around one entry's text, no
            # items in it (a browser shows the text as a paragraph): its runs of text are entries as a box's are
            self._walk_container(el)
            return
        if tag_of(el) == "dl" and any(tag_of(c) == "dd" for c in el) and not any(c in self._heading_anc for c in el):
            # <dt>term</dt><dd>text</dd>: one entry per term with its descriptions; a <dd> under no term (old
            # pages indent each paper so: "<DL><DD>paper<DD>paper</DL>") is an entry of its own
            group: list = []
            for child in el:
                tag = tag_of(child)
                if tag == "dt" and any(tag_of(a[1]) == "dd" for a in group) and _links_term(child):
                    # "<dt>Title<dd>Abstract<dt>Full paper (12/5/23): <a>PDF</a> | <a>arXiv:2312.02040</a>": a term of
                    # the entry's links under its description, no title of its own: the entry's, not one more
                    group.append(("e", child))
                    self.blocks.append(Block(kind="item", atoms=group, is_list_item=True))
                    group = []  # (what follows it, errata in a <dd>, is no part of the entry's text)
                    continue
                if group and (tag == "dt" or tag == "dd" and not any(tag_of(a[1]) == "dt" for a in group)):
                    self.blocks.append(Block(kind="item", atoms=group, is_list_item=True))
                    group = []
                if tag in ("dt", "dd"):
                    group.append(("e", child))
            if group:
                self.blocks.append(Block(kind="item", atoms=group, is_list_item=True))
            return
        for child in el:
            tag = tag_of(child)
            if not tag or is_chrome(child):
                continue
            if tag in ("li", "dt", "dd"):
                if child in self._heading_anc:
                    heads = [d for d in child.iter() if d is not child and isinstance(d.tag, str)
                             and self._heading_level(d)]
                    if len(heads) == 1 and not section_kind(heading_text(heads[0]), exact=True) \
                            and not self._heads_nested_list(child, heads[0]) \
                            and not year_heading(heading_text(heads[0]))[0] and not self._compound(child, entry=True):
                        # "<li><h2><a>Title</a></h2><dl><dt>Authors:</dt>...</dl></li>": a list item titled by a
                        # heading of its own is one entry
                        self._emit_item(child, is_list_item=True)
                        continue
                    self._walk_generic(child)
                    continue
                nested = [c for c in child if tag_of(c) in ("ul", "ol") and len([x for x in c if tag_of(x) == "li"]) >= 1]
                own = norm(" ".join(_itertext_excluding(child, nested)))
                if nested and _cited_over_notes(child, own, nested):
                    # "[Title](url) Ann Lee, Bo Chen. 2025" over the owner's notes on the paper ("- Could X do Y?"):
                    # the citation alone is the entry; the notes are no part of it (left unparsed)
                    atoms = [("t", child, "text")] if (child.text or "").strip() else []
                    for c in child:
                        if c not in nested:
                            atoms.append(("e", c))
                        if (c.tail or "").strip():
                            atoms.append(("t", c, "tail"))
                    self._emit_item(atoms=atoms, is_list_item=True)
                elif nested and (len(own) <= 60 or len(own) <= 100 and own.endswith((":", "："))) and sum(len([x for x in c if tag_of(x) == "li"]) for c in nested) >= 2 \
                        and not _degree_lead(own) and not _dated_entry(own) and not _dated_item(own) \
                        and not _entry_parts(own, [x for c in nested for x in c if tag_of(x) == "li"]):
                    # ("M.S.: University of X (2021)" over its field and thesis, "Analyst, Acme, Oslo (2019–2021)"
                    # over what was done there, "2024-05 We released two data sets:" over them: one entry with its
                    # details, not a group's label; a longer text
                    # that ends with a colon announces the items under it: "Teaching assistant at X for:")
                    if own:
                        self.blocks.append(Block(kind="heading", el=child, level=6, text=own, group_label="list"))
                    for c in nested:
                        self._walk_list(c)
                else:
                    self._emit_item(child, is_list_item=True)
            elif tag in ("strong", "b") and section_kind(own := norm(" ".join(itertext(child))).rstrip(":："),
                                                         exact=True):
                # "<ul><strong>Qualifications</strong><li>...": a bold section name among a list's items heads
                # the items after it
                self.blocks.append(Block(kind="heading", el=child, level=6, text=own))
            else:
                self._walk(child)

    @staticmethod
    def _heads_nested_list(item, head) -> bool:
        """'- ## 📚 **Research Papers**:' over nested bullets (a GitHub profile README): a heading inside a list item
        that names a section (loosely: "Research Papers") and has the item's own list under it heads that list, as
        a heading outside a list does; a paper's title set as a heading has its details, not a list, under it. Only
        a heading element: a bold label over an item's sub-list ("- **More about me**") stays as it was read. Only a
        short heading, a section's name and little else: a paper's title that holds a section's word ("<li><h3>A
        survey of publications on graph learning</h3><ul><li>authors</li><li>venue</li></ul></li>") is one entry."""
        text = heading_text(head)
        return tag_of(head) in HEADING_TAGS and len(_WORDS.findall(text)) <= 4 and section_kind(text) is not None and any(
            tag_of(c) in ("ul", "ol") and any(tag_of(x) == "li" for x in c) for c in item)

    def _continued_rows(self, rows: list, i: int) -> list:
        """The rows after ``rows[i]`` that go on with its entry: each leaves its first cell empty and has text in
        another ("<tr><td>[ICML]</td><td>Title</td></tr><tr><td></td><td>A, B</td></tr><tr><td></td><td>Venue,
        2024</td></tr>": one paper over three rows, its badge in the first cell of the first); none when the row
        has no text in its first cell or is no data row."""
        cells = [c for c in rows[i] if tag_of(c) in ("td", "th")]
        if len(cells) < 2 or not self.has_text(cells[0]) or not any(self.has_text(c) for c in cells[1:]) \
                or len(" ".join(itertext(cells[0])).split()) > 6 or _holds_media(cells[0]) \
                or any(tag_of(c) == "th" for c in cells) or rows[i] in self._heading_anc or self._layout_row(rows[i]):
            return []  # (a short first cell, a badge: not a picture's cell with its fallback words)
        if dates_only(norm(" ".join(itertext(cells[0]))), year=False):
            return []  # "| 1996–2003 | Ph.D. ... |" over "| | M.S. ... |": a CV's date column, each row an item of its own
        more = []
        for row in rows[i + 1:]:
            if tag_of(row) != "tr":
                break
            cont = [c for c in row if tag_of(c) in ("td", "th")]
            if len(cont) != len(cells) or self.has_text(cont[0]) or _holds_media(cont[0]) \
                    or not any(self.has_text(c) for c in cont[1:]) or row in self._heading_anc or self._layout_row(row):
                break  # (an empty row parts the entries; a row that opens with a picture is an entry of its own)
            more.append(row)
        return more

    def _ruled_groups(self, rows: list) -> dict:
        """The entries a table writes over several rows each, parted by rows with no words (a rule, ``<tr><td
        colspan=3><hr></td></tr>``, or a blank spacer): "<tr><td>A. Lee, B. Roe</td></tr><tr><td>Title</td></tr>
        <tr><td>In Venue 12, 2024.</td></tr><tr><td><hr></td></tr>" again and again. Each group of two to five
        rows whose first row states no year (a line of names or a title, no whole citation nor a year's row) and
        names no section is one entry: its first row mapped to all its rows. None unless two groups or more are."""
        groups: list[list] = [[]]
        parted = 0
        for row in rows:
            if tag_of(row) != "tr":
                continue
            if not self.has_text(row) and not any(tag_of(d) in ("img", "video", "picture", "svg", "iframe")
                                                  for d in row.iter()):
                parted += 1
                if groups[-1]:
                    groups.append([])
                continue
            groups[-1].append(row)
        if parted < 2:
            return {}
        out = {}
        for group in groups:
            if not 2 <= len(group) <= 5 or any(
                    any(tag_of(c) == "th" for c in row) or row in self._heading_anc or self._layout_row(row)
                    for row in group):
                continue
            first = norm(" ".join(itertext(group[0])))
            dated = sum(1 for row in group if YEAR.search(" ".join(itertext(row))))
            if YEAR.search(first) or not 1 <= dated <= 2 or section_kind(first.rstrip(":："), exact=True) \
                    or year_heading(first)[0] or len(sentences(first)) > 1:
                # (a first row of sentences is a whole citation itself, "P. Holm. Title. Submitted." over "P. Holm.
                # Title. Journal 4 (2021)": the rows are entries each, the group a part of the list; a names' or
                # a title's row is one sentence)
                continue
            out[group[0]] = group
        return out if len(out) >= 2 else {}

    def _walk_table(self, el, columns: list[str] | None = None) -> None:
        rows = list(el)
        skip: set = set()
        first_row = next((k for k, r in enumerate(rows) if tag_of(r) == "tr"), None)
        ruled = self._ruled_groups(rows) if not columns else {}
        for k, child in enumerate(rows):
            tag = tag_of(child)
            if child in skip:
                continue
            if child in ruled:
                # one entry over the rows between two rules: one block of the cells with words
                skip.update(ruled[child][1:])
                self.blocks.append(Block(kind="item", el=child, is_list_item=True, atoms=[
                    ("e", c) for row in ruled[child] for c in row if tag_of(c) in ("td", "th") and self.has_text(c)]))
                continue
            if tag == "tr" and not columns and (more := self._continued_rows(rows, k)):
                # one entry over several rows, the rows below its first leaving their first cell empty: one block
                skip.update(more)
                self.blocks.append(Block(kind="item", el=child, is_list_item=True, atoms=[
                    ("e", c) for row in (child, *more) for c in row if tag_of(c) in ("td", "th") and self.has_text(c)]))
                continue
            if tag in ("thead", "tbody", "tfoot"):
                columns = self._walk_table(child, columns)
            elif tag == "tr":
                cells = [c for c in child if tag_of(c) in ("td", "th")]
                texty = [c for c in cells if self.has_text(c)]
                if columns is None and len(texty) == 1 and all(tag_of(c) == "th" for c in cells) \
                        and section_kind(norm(" ".join(itertext(texty[0])))):
                    # a table whose one header cell is a section word ("| Publications |"): the section's heading
                    self.blocks.append(Block(kind="heading", el=texty[0], level=2,
                                             text=norm(" ".join(itertext(texty[0])))))
                    columns = []
                    continue
                if columns is None and len(cells) >= 2 and (all(tag_of(c) == "th" for c in cells) or len(texty) >= 3
                                                             and all(_all_bold(c) for c in texty)
                                                             or k == first_row and _label_row(rows, k)) \
                        and not dates_only(norm(" ".join(itertext(cells[0])))):
                    # (or a first row of bold cells alone, as jemdoc writes its header: "*Method* | *Cost* | ...";
                    # or of plain short labels over numbered or dated rows, a header written without its marks)
                    # a header row: column labels, not data
                    columns = [norm(" ".join(itertext(c))).lower() for c in cells]
                    self.ignore(self.el_lines(child))
                    continue
                spans = (cells[0].get("rowspan") or "").strip() if cells else ""
                if len(texty) >= 2 and texty[0] is cells[0] and spans.isdigit() and int(spans) >= 2 \
                        and child not in self._heading_anc and not self._layout_row(child):
                    # "<tr><td rowspan=6>Algorithms</td><td>work</td>...</tr><tr><td>work</td>...": a cell that spans
                    # the rows below its own names their group, as a heading over them
                    self.blocks.append(Block(kind="heading", el=cells[0], level=6,
                                             text=norm(" ".join(itertext(cells[0])))))
                    self.blocks.append(Block(kind="item", atoms=[("e", c) for c in cells[1:]], is_list_item=True))
                    continue
                before = len(self.blocks)
                self._walk(child)
                if columns:
                    for blk in self.blocks[before:]:
                        if blk.el is child:
                            blk.columns = columns
            elif tag == "caption":
                self._walk(child)
            elif tag:
                self._walk(child)
        return columns

    def _walk_generic(self, el) -> None:
        if el not in self._heading_anc:
            if self._entry_box(el) and not self._compound(el, entry=True):
                self._emit_item(el)
                return
            blocks = [c for c in el if tag_of(c) in BLOCK_TAGS and self.has_text(c)]
            own = norm(" ".join(self._own_inline_text(el)))
            if not blocks:
                cards = None
                if self._rule_runs(el) >= 2 or any(tag_of(c) == "a" and paper_badge(c) for c in el) \
                        or (cards := self._link_cards(el)):
                    # its runs of text between rules, its papers' badges, or its cards that are links: an entry each
                    self._walk_container(el, cards)
                elif own or any(tag_of(c) in ("a", "img") for c in el.iter()):
                    self._emit_item(el)
                return
            if len(blocks) == 1 and not own:
                self._walk_container(el)
                return
            if not self._compound(el) and el not in self._list_anc and not self._homogeneous(blocks):
                self._emit_item(el)
                return
        self._walk_container(el)

    def _link_cards(self, el) -> set:
        """The links among a box's children that are cards: two or more of one class, each wrapping a box of text
        ('<a class="tile" href="doi"><img alt="Fig"><div class="caption"><span>Title</span></div></a>' again and
        again, a grid of tiles). Each is one entry, its link the whole card's; walked into, its image would be an
        entry of its own and its words another, without the link."""
        found = [c for c in el if tag_of(c) == "a" and (c.get("href") or "").strip() and classes_of(c)
                 and self.has_text(c) and self._has_block_desc(c)]
        shapes = Counter(tuple(sorted(classes_of(c))) for c in found)
        return {c for c in found if shapes[tuple(sorted(classes_of(c)))] >= 2}

    def _rule_runs(self, el) -> int:
        """How many runs of text the ``<hr>``s among a box's children cut it into (0 with no rule): "<td><a>pdf</a>
        A. Lee, 2001, <i>Title</i><hr><a>pdf</a> B. Roe, ...</td>", as old editors wrote a list. A rule ends what
        is above it, as it does on the screen: with two runs or more each is an entry of its own."""
        if not any(tag_of(c) == "hr" for c in el):
            return 0
        runs = 0
        texty = bool((el.text or "").strip())
        for c in el:
            if tag_of(c) == "hr":
                runs += texty
                texty = False
            elif isinstance(c.tag, str) and (self.has_text(c) or tag_of(c) in ("a", "img")):
                texty = True
            if (c.tail or "").strip():
                texty = True
        return runs + texty

    def _own_inline_text(self, el) -> Iterable[str]:
        if el.text:
            yield el.text
        for c in el:
            if tag_of(c) not in BLOCK_TAGS and isinstance(c.tag, str) and tag_of(c) not in RAW_TAGS:
                yield from itertext(c)
            if c.tail:
                yield c.tail

    def _entry_box(self, el) -> bool:
        """Whether a box is one entry: its class calls it one ("bibitem", "pub-item"), or it is one of a run of
        cards each holding a title (:func:`_titled_cards`)."""
        return any(ENTRY_CLASS.match(c) for c in classes_of(el)) or el in self._cards

    def _compound(self, el, entry: bool = False) -> bool:
        """A box holding a list or table of three or more items: a container of entries. In a box the page
        calls an entry (``paper-box``), a list is the paper's description ("- Developed X ...") unless its items
        carry years as citations do."""
        if el in self._heading_anc and not entry or el in self._entries_anc:
            return True  # (or a box holding two boxes or more its classes call entries)
        for d in el.iter("ul", "ol", "table"):
            if d is el:
                continue
            items = [x for x in d.iter("li", "tr") if self.has_text(x)]
            if len(items) >= 3 and (not entry or sum(
                    1 for x in items if YEAR.search(" ".join(itertext(x)))) >= 2):
                return True
        return False

    @staticmethod
    def _homogeneous(blocks: list) -> bool:
        seq = [(tag_of(b), tuple(sorted(classes_of(b)))) for b in blocks]
        if any(len(seq) >= 3 * k and sum(seq[i] == seq[i - k] for i in range(k, len(seq))) >= 0.8 * (len(seq) - k)
               for k in (2, 3)):
            return True  # "<p>entry</p><blockquote>its links</blockquote>" again and again: entries in a pattern
        sigs = Counter(seq)
        sig, n = sigs.most_common(1)[0]
        if n < 2 or n < 0.6 * len(blocks):
            return False
        # the same tag without classes: entries only when they are not short label lines
        return True

    def _walk_container(self, el, link_cards: set | None = None) -> None:
        """Walk children; inline content between block children becomes a loose item; runs of
        sibling divs of the same shape are entries. (``link_cards``: :meth:`_link_cards` of ``el`` where the caller
        has found them.)"""
        atoms: list = []

        def flush() -> None:
            nonlocal atoms
            if any((a[0] == "t" and ((a[1].text if a[2] == "text" else a[1].tail) or "").strip())
                   or (a[0] == "e" and (self.has_text(a[1]) or tag_of(a[1]) in ("a", "img")
                                         or a[1].find(".//a") is not None or a[1].find(".//img") is not None))
                   for a in atoms):
                self._emit_item(atoms=atoms)
            atoms = []

        if el.text and el.text.strip():
            atoms.append(("t", el, "text"))
        children = [c for c in el]
        sigs = Counter(
            (tag_of(c), tuple(sorted(classes_of(c)))) for c in children
            if tag_of(c) in ("div", "section", "article") and self.has_text(c)
        )
        rows = self._column_rows(children)
        link_cards = self._link_cards(el) if link_cards is None else link_cards
        for child in children:
            tag = tag_of(child)
            if not tag:
                if child.tail and child.tail.strip():
                    atoms.append(("t", child, "tail"))
                continue
            if child in rows:
                if rows[child]:
                    flush()  # a row of column boxes, one entry: its venue and authors beside its title (see below)
                    self._emit_item(atoms=[("e", m) for m in rows[child]], is_list_item=True)
                    self.blocks[-1].row_title = next((d for m in rows[child] for d in m.iter() if d is not m
                                                      and isinstance(d.tag, str) and self._heading_level(d)), None)
                continue
            level = 0 if is_chrome(child) else self._heading_level(child)
            if tag != "a" and not level and any(tag_of(c) == "a" and paper_badge(c) for c in child):
                flush()  # a paragraph or a cell of papers' badges alone (no words beside them): one entry each
                self._walk_container(child)
            elif tag in BLOCK_TAGS or level or (child in self._heading_anc) or self._has_block_desc(child):
                flush()
                if is_chrome(child):
                    pass  # page chrome: nothing to read (its tail text is read below)
                elif level:
                    self._emit_heading(child, level)
                elif child in link_cards:
                    self._emit_item(child, is_list_item=True)  # one of a run of links that are cards: one entry
                elif (tag in ("div", "section", "article") and sigs[(tag, tuple(sorted(classes_of(child))))] >= 2
                      and ((child not in self._heading_anc and not self._compound(child))
                           or (sigs[(tag, tuple(sorted(classes_of(child))))] >= _cards_in_run(child)
                               and self._card(child)))
                      and len([c for c in child if tag_of(c) in BLOCK_TAGS and self.has_text(c)]) >= 2
                      and not self._entry_list(child)):
                    self._emit_item(child, is_list_item=True)  # one of a run of same-shape boxes: one entry
                else:
                    self._walk(child)
            elif tag == "img" and (named := _pictured_heading(child)):
                flush()  # '<img class="clear" src="people/collaborators.png">' over a list: the list's heading
                self.blocks.append(Block(kind="heading", el=child, level=3, text=named))
            elif tag == "a" and paper_badge(child):
                flush()  # a row of badge links, each a paper: one entry each
                atoms.append(("e", child))
                flush()
            else:
                atoms.append(("e", child))
            if child.tail and child.tail.strip():
                atoms.append(("t", child, "tail"))
        flush()

    def _column_rows(self, children: list) -> dict:
        """The rows of column boxes among a box's children, each row one entry: boxes of two or three shapes side by
        side, again and again ('<div class="grid_4">Nature Physics<br>9 May 2018<p>A. Lee<br>B. Roe</p></div><div
        class="grid_8"><h3><a>Title</a></h3><p>abstract</p><a>PDF</a></div><div class="clear"></div>' and so on: a
        grid's row of a date and venue column beside a title column, written with no box around the row). A row's
        first box maps to its boxes, its other boxes to ``()``; empty boxes (the grid's "clear") part the rows.
        The same shapes three times or more make rows; a box that is a heading, holds a list of entries or names
        a section keeps the page's own reading."""
        boxes: list = []  # the text boxes, each with whether an empty box or other element comes before it
        parted = True
        for c in children:
            tag = tag_of(c)
            if not tag:
                continue
            if tag not in ("div", "section", "article") or (c.tail or "").strip():
                boxes.append(None)  # (other content ends a row)
                parted = True
            elif not self.has_text(c):
                parted = True
            else:
                boxes.append((c, parted, (tag, tuple(sorted(classes_of(c))))))
                parted = False
        if len(boxes) < 6:
            return {}
        shapes: Counter = Counter()
        for k in (2, 3):
            for i in range(len(boxes) - k + 1):
                run = boxes[i:i + k]
                if all(run) and not any(b[1] for b in run[1:]) and len({b[2] for b in run}) == k:
                    shapes[tuple(b[2] for b in run)] += 1
        rows = [s for s, n in shapes.most_common() if n >= 3]
        if not rows:
            return {}
        out: dict = {}
        i = 0
        while i < len(boxes):
            for shape in rows:
                run = boxes[i:i + len(shape)]
                # a row is parted from the boxes beside it (an empty box, other content, the edge, or a box of a
                # heading alone): boxes glued one to the next, a title's, an author line's and a venue's
                # ('<div class="ptitle">..</div><div class="pauth">..</div><div class="pvenue">..</div>' again
                # and again, no box around a paper), make no rows, whose pairs would take a venue to the next paper
                end = i + len(shape)
                if len(run) == len(shape) and all(run) and tuple(b[2] for b in run) == shape \
                        and not any(b[1] for b in run[1:]) \
                        and (run[0][1] or self._heading_box(boxes[i - 1][0])) \
                        and (end == len(boxes) or not boxes[end] or boxes[end][1] or self._heading_box(boxes[end][0])) \
                        and self._column_row([b[0] for b in run]):
                    out[run[0][0]] = [b[0] for b in run]
                    out.update((b[0], ()) for b in run[1:])
                    i += len(shape)
                    break
            else:
                i += 1
        return out if len({id(v) for v in out.values() if v}) >= 3 else {}

    def _heading_box(self, m) -> bool:
        """Whether a box is a heading or holds a heading alone ('<div class="grid_12"><h2>Journal Papers</h2></div>')."""
        if self._heading_level(m):
            return True
        own = next((d for d in m.iter() if d is not m and isinstance(d.tag, str) and self._heading_level(d)), None)
        return own is not None and len(norm(" ".join(itertext(m)))) <= len(heading_text(own)) + 3

    def _column_row(self, members: list) -> bool:
        """Whether boxes side by side read as one entry (:meth:`_column_rows`): none a heading, a list of entries
        or a section's name, one heading at most among them, not one naming a section, and short."""
        heads = []
        for m in members:
            if self._heading_box(m) or self._compound(m, entry=True) or m in self._entries_anc \
                    or self._entry_list(m) or section_kind(norm(" ".join(itertext(m))).rstrip(":："), exact=True):
                return False
            heads += [d for d in m.iter() if d is not m and isinstance(d.tag, str) and self._heading_level(d)]
        if len(heads) > 1 or heads and section_kind(heading_text(heads[0]), exact=True):
            return False
        return not any(longer_than(m, 3000) for m in members) \
            and sum(len(norm(" ".join(itertext(m)))) for m in members) <= 3000

    def _card(self, el) -> bool:
        """A small box that opens with a title heading of its own ('<div class="news-item"><h3>[Grant] ...</h3>
        <p>...</p><span>2025.07</span></div>'): one entry, its heading no section."""
        if el in self._entries_anc:
            return False  # (a year's row of boxes its classes call entries, the year its one heading: no card)
        classes = classes_of(el)
        if "section" in classes and any(re.fullmatch(r"level\d", c) for c in classes):
            return False  # ('<div class="section level4"><h4>...</h4>': pandoc's box of a section, R Markdown's page)
        heads = [d for d in el.iter() if d is not el and isinstance(d.tag, str) and self._heading_level(d)]
        if len(heads) != 1 or heads[0].getparent() is not el or section_kind(heading_text(heads[0]), exact=True):
            return False
        label = heading_text(heads[0])
        if any(_title_by_class(d) and d is not heads[0] and heads[0] not in d.iterancestors()
               and d not in heads[0].iterancestors() for d in el.iter()):
            # ('<section><h2>Tesis doctoral</h2><ul><li><span class="pub-title">Title</span>...</li></ul>'): a box
            # whose entry names its own title by class is a section over that entry, its heading the section's name
            return False
        if len(label.split()) <= 3 and section_kind(label) in ("students", "staff"):
            return False  # "<div><p><u>PhD Students</u></p><b>Ana Ruiz</b>...": a lab's group of members, no card
        # (a list of three items or more is a section's; of two, when the heading names a section: "<h4>SERVICE &
        # LEADERSHIP</h4><ul><li>Journal Review ...</li><li>Conference Review ...</li></ul>")
        items = 2 if section_kind(label) else 3
        if any(len([x for x in d.iter("li", "tr") if self.has_text(x)]) >= items for d in el.iter("ul", "ol", "table")):
            return False
        if section_kind(label) and any(
                max(Counter((tag_of(c), tuple(sorted(classes_of(c)))) for c in d
                            if tag_of(c) in ("div", "article", "p") and classes_of(c) and self.has_text(c)).values(),
                    default=0) >= 2 for d in el.iter() if d is not el and d is not heads[0]):
            # ('<div class="section-label">Featured Publications</div><div id="refs"><div class="csl-entry">...
            # <div class="csl-entry">...'): a section's name over a box of two same-class entries is a section
            return False
        return len(norm(" ".join(itertext(el)))) <= 800

    def _entry_list(self, el) -> bool:
        """A box of three or more same-shape divs that each hold a few blocks ("publication-list" of
        "publication-item"s): a list of entries, walked into, not one entry."""
        blocks = [c for c in el if tag_of(c) in ("div", "section", "article", "li", "p") and self.has_text(c)]
        if len(blocks) >= 2 and len({(tag_of(b), tuple(sorted(classes_of(b))), b.get("style")) for b in blocks}) == 1 \
                and sum(1 for b in blocks for t in [" ".join(itertext(b))]
                        if YEAR.search(t) and len(t.split()) >= 8) >= 0.8 * len(blocks):
            # a year's box of same-shape divs or paragraphs, each a whole citation with its year ("<div id=a03><div
            # style=margin-left:40px>A, B. Title. <i>J</i> (2023).</div><div ...>"): entries, not one paper's parts;
            # of five or more, one in five may lack its year (a paper "in press")
            return True
        blocks = [b for b in blocks if tag_of(b) != "p"]
        if len(blocks) < 3:
            return False
        sigs = Counter((tag_of(b), tuple(sorted(classes_of(b)))) for b in blocks)
        sig, n = sigs.most_common(1)[0]
        return bool(sig[1]) and n >= 3 and n >= 0.8 * len(blocks)

    def has_text(self, el) -> bool:
        """Whether an element holds any text (outside scripts and comments); precomputed."""
        return el in self._texty

    def el_lines(self, el) -> set[int]:
        out = set()
        for node, where in text_nodes(el):
            span = self.page.lines_of(node, where)
            if span:
                out.update(range(span[0], span[1] + 1))
        return out

    def _has_block_desc(self, el) -> bool:
        return any(tag_of(d) in BLOCK_TAGS for d in el.iter() if d is not el)

    def notes_on_heading_lines(self, el) -> None:
        """The note after a paragraph's heading ``el[0]``, reported unparsed when it starts on the heading's line
        (the heading takes that line; the note's other lines stay unparsed as they are)."""
        note = norm("".join(t for c in el[1:] for t in (*itertext(c), c.tail or "")))
        start = " ".join(note.split()[:3])
        on = [n for n in sorted(self.el_lines(el[0]))
              if start and start in norm(strip_tags(self.doc.lines[n - 1], " "))]
        if on:
            self.skipped.append(Unparsed(line=on[0], text=note[:500], section="skipped"))

    # --- segments of a block
    def segs(self, block: Block) -> tuple[list[Seg], list[int]]:
        if block._segs is None:
            runs = self.rb.item_runs(block)
            block._segs = segments(runs)
            lines: set[int] = set()
            for s in block._segs[0]:
                lines |= s.lines
            block.lines = lines
        return block._segs

    def block_anchors(self, block: Block) -> list:
        """The links of a block, each once (an atom that is a link is the first of its own ``iter("a")``)."""
        if block.atoms is None:
            return list(block.el.iter("a"))
        return [x for kind, el, *_ in block.atoms if kind == "e" for x in el.iter("a")]

    def block_imgs(self, block: Block) -> list:
        """The images of a block."""
        if block.atoms is None:
            return list(block.el.iter("img"))
        return [x for a in block.atoms if a[0] == "e" for x in a[1].iter("img")]

    def pictured(self, block: Block) -> bool:
        """Whether a block has a photo beside it: in the block, or in the one just before it (a table's cell, a
        card's own box of its own)."""
        k = next((i for i, x in enumerate(self.blocks) if x is block), None)
        return bool(self.block_imgs(block)) or bool(k) and bool(self.block_imgs(self.blocks[k - 1]))


_ITEM_CLASS = re.compile(r"[-_](?:item|entry)$", re.I)
"""A class that calls its box one item of a list ("award-item", "news-entry"; a "message-card" is a box of any
text)."""


def _cards_in_run(el) -> int:
    """How many same-shape boxes, each opening with a heading of its own, make a run of cards: two when their class
    calls each an item of a list ('<div class="award-item"><h3>Best Reviewer</h3><p>2024</p></div>'), else three."""
    return 2 if any(_ITEM_CLASS.search(c) for c in classes_of(el)) else 3


def _holds_entries(el, cards: set) -> bool:
    """Whether two or more of a box's children are boxes their classes call entries ("bibitem", "publication"; not
    the fields of one entry's list, '<dt class=citation>', '<dd class=citation>'), or ``cards`` of titled works,
    each maybe inside a box of its own that holds nothing else (:func:`_wraps_one`: Hugo Academic's '<div
    class="grid-sizer isotope-item year-2020"><div class="pub-list-item">')."""
    def entry(c, depth: int = 0) -> bool:
        if tag_of(c) not in ("div", "section", "article", "li"):
            return False
        if c in cards or any(ENTRY_CLASS.match(k) for k in classes_of(c)):
            return True
        return depth < _WRAP_DEPTH and _wraps_one(c) and entry(next(x for x in c if isinstance(x.tag, str)), depth + 1)

    return sum(1 for c in el if entry(c)) >= 2


_WRAP_DEPTH = 3
"""How many boxes of one child deep an entry's box may sit in its list (:func:`_holds_entries`)."""


def _wraps_one(el) -> bool:
    """Whether a box holds one element and no text of its own: a wrapper around that one element."""
    kids = [c for c in el if isinstance(c.tag, str)]
    return len(kids) == 1 and not (el.text or "").strip() and not any((c.tail or "").strip() for c in el)


_WORDS = re.compile(r"[^\W\d_]+")
"""A word of letters (a heading's words, its emoji and marks left out)."""
_TITLE_CLASS = re.compile(r"(article|paper|pub|card)[-_ ]?title|papertitle")
"""The class of a work's title inside its card ("article-title", "paper-title", "pub_title", "papertitle")."""


def _title_by_class(el) -> bool:
    """Whether an element is a work's title by its class (:data:`_TITLE_CLASS`)."""
    return isinstance(el.tag, str) and bool(el.get("class")) and _TITLE_CLASS.search(el.get("class").lower()) is not None


def _titled_cards(body) -> set:
    """The boxes that repeat under one parent, of one tag and a class in common, each holding one title its class names
    ('<div class="media stream-item"><div class="article-title">Title</div><div class="article-metadata">...'
    again and again): one work each, whatever their own class, so that nothing of one runs into the next."""
    titles = [t for t in body.iter() if _title_by_class(t)]
    if len(titles) < 2:
        return set()
    held: Counter = Counter()
    for t in titles:
        for anc, _ in zip(t.iterancestors(), range(4)):
            held[anc] += 1
    cards = set()
    for t in titles:
        for anc, _ in zip(t.iterancestors(), range(4)):
            if held[anc] > 1:
                break  # (a box of two titles or more holds the cards, it is none)
            if max(Counter((b.getparent(), b.tag) for b in anc.iter("p", "li", "div")
                           if b is not t and not any(tag_of(c) in ("p", "li", "div") for c in b)
                           and YEAR.search(" ".join(itertext(b)))).values(), default=0) >= 2 \
                    or any(t not in h.iter() for h in anc.iter("h1", "h2", "h3", "h4", "h5", "h6")):
                # (a box of two dated works or more side by side under one title is a group of them, a topic's (a
                # card's dated venue line and dated abstract are no two works); one holding a heading besides the
                # title is a part of the page)
                break
            parent = anc.getparent()
            kin = set(classes_of(anc))
            if tag_of(anc) in ("div", "section", "article") and parent is not None and any(
                    sib is not anc and held[sib] == 1 and sib.tag == anc.tag and kin & set(classes_of(sib))
                    for sib in parent):
                # (a sibling of its tag sharing a class: "stream-item view-compact" beside "stream-item view-showcase")
                cards.add(anc)
                break
    return cards


_HTML_TAGS = frozenset(html_defs.tags)
"""The elements HTML defines (lxml's table); any other tag is one a site made up (``<year>``, ``<lab>``)."""


def _alone_between_blocks(el) -> bool:
    """Whether an inline element stands on a line of its own among its container's blocks: no text before or after
    it, no block inside it, its container a box of blocks."""
    parent = el.getparent()
    if parent is None or tag_of(parent) not in ("body", "div", "section", "article", "main", "td", "center"):
        return False
    before = parent.text if el.getprevious() is None else el.getprevious().tail
    return not (before or "").strip() and not (el.tail or "").strip() and not any(tag_of(c) in BLOCK_TAGS for c in el)


def _heads_pane(label: str) -> bool:
    """Whether a tab's label heads its pane: a label naming a section other than the owner's own CV (papers, talks,
    awards, a group's members: "PROFESORES", whose cards are theirs and no text of the owner's). A CV's tabs
    ("Ausbildung | Berufserfahrung", a Quarto panel-tabset) and labels naming nothing known are left to the readers
    of the text around them, which read their panes as one part of the page."""
    return section_kind(label) not in (None, *_OWN_CV_KINDS)


_OWN_CV_KINDS = frozenset({"education", "experience", "bio", "interests", "contact"})
"""The sections of a page that tell of its owner: a tab bar's pane under one of these stays the owner's text."""


_WORKS_KINDS = frozenset({"publications", "talks"})
"""The sections that are lists of works or talks (a note over one is no entry of it)."""


def _section_name(text: str, exact: bool = True) -> str | None:
    """A section's short name set apart from the text, underlined or bold on a line of its own ("<u>Education</u>"),
    without its colon, when it names a section (``exact``: it is the section's name itself), else None."""
    name = norm(text).rstrip(":：").strip()
    return name if 0 < len(name) <= 40 and section_kind(name, exact=exact) else None


def _section_over_note(el) -> str | None:
    """An underlined or bold name of a list of works or talks that opens a paragraph and ends at a line break, a short
    undated note after it, dated entries after the paragraph ("<p><u>Invited talks</u><br>Slides of some are
    <a>here</a>.</p><p>Lee, A. Title. Day, April 3, 2007.</p>", an old page's headings): the section's name, else
    None. A bio's bold lead-in ("<b>Research</b><br>I study ...", "<b>Teaching</b><br>...") heads no section."""
    if (el.text or "").strip() or len(el) < 2 or tag_of(el[0]) not in ("b", "strong", "u", "ins") or len(el[0]) \
            or tag_of(el[1]) != "br" or (el[0].tail or "").strip():
        return None
    name = _section_name(el[0].text or "", exact=tag_of(el[0]) in ("b", "strong"))
    if not name or section_kind(name) not in _WORKS_KINDS or "research" in name.lower():
        return None  # ("Current Research", "My Research": a bio's lead-in)
    # (a work's title over its dated citation is no heading; nor is a paragraph the next block does not list under,
    # nor a lead-in whose text does not speak of the list: "<b>Seminars</b><br>I run the weekly seminar")
    note = norm(" ".join(t for c in el[1:] for t in (*itertext(c), c.tail or "")))
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # (a comment between: "<!-- list of talks -->")
    if YEAR.search(note) or not _NOTE_OVER_LIST.search(note) or len(note.split()) > 20 and not _section_name(name) \
            or after is None or not YEAR.search(" ".join(itertext(after))):
        return None
    return name


_NOTE_OVER_LIST = re.compile(r"(?i)\b(?:these|below|following)\b")
"""A note that speaks of the list under it ("Slides of some of these talks are here", "Most of these papers ...")."""


def _lead_in_over_list(el) -> str | None:
    """A sentence of the owner's that ends with a colon, alone in its paragraph right over a list, presenting a list
    of the owner's works or talks (:func:`sections.lead_in`): the words that name the list's section (those after "my"),
    else None. A link, markup or a year in it makes it no lead-in (a note, an entry); a lead-in over news, students
    or topics ("My research focuses on:") is none either."""
    if len(el):
        return None
    named = lead_in(el.text or "")
    if not named or section_kind(named) not in _WORKS_KINDS:
        return None
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # (a comment between)
    if after is None or tag_of(after) not in ("ul", "ol"):
        return None
    return named


def _label_line(el) -> tuple[str, int] | None:
    """A paragraph that opens with a bold label of a list of works on a line of its own, the first entry on the next
    line ("<p><strong>Submitted:</strong>\n. A. Lee, B. Roe, 2026: Title, <em>Venue</em></p>": markdown joins the
    label's line and the entry's into one paragraph): the label's text and the level of a heading of its kind (a
    kind of works 3, a year 5, as a bold paragraph of its own is), else None."""
    if (el.text or "").strip() or not len(el) or tag_of(el[0]) not in ("b", "strong") or len(el[0]):
        return None
    label = norm(el[0].text or "")
    tail = el[0].tail or ""
    colon = re.match(r"[ \t]*[:：]", tail)
    if colon:
        label, tail = label + ":", tail[colon.end():]
    rest = norm(" ".join([tail, *(t for c in el[1:] for t in itertext(c)), *(c.tail or "" for c in el[1:])]))
    if not label.endswith((":", "：")) or len(label.split()) > 4 or not (
            re.match(r"[ \t]*\n", tail) or len(el) > 1 and tag_of(el[1]) == "br" and not tail.strip()):
        return None
    if len(rest.split()) < 8 or not YEAR.search(rest):
        return None
    name = label.rstrip(":：").strip()
    if section_kind(name) == "publications":
        return name, 3
    return (name, 5) if year_heading(name)[0] else None


_PART_SEPARATORS = re.compile(r"[\s\[\](){}|,;/·•–—-]*")
_LABELLED_ID = re.compile(r"(?i)\s*(?:doi|arxiv|pmid|pmcid|isbn|issn)\b\s*[:.]?\s*\S")


def _entry_parts(own: str, items: list) -> bool:
    """Whether the nested items under a list item's own text are the parts of one entry, each on a sub-bullet of
    its own ("- Title" / "  - A. Roe, B. Lee" / "  - Journal of Sand, 2020" / "  - [PDF](...) [Code](...)"): every
    item an author list (or one name), a short venue line, a line of links or an identifier ("DOI: 10.1/x"), at
    most one a remark, and two kinds of part among them; not the items of a group whose label is a year or a section's name
    ("2021" / "Journal articles" over whole citations, each of which reads as none of these parts alone), nor of a
    label announcing them ("Talks given at:")."""
    from .scores import author_score, venue_score

    if not own or own.endswith((":", "：")) or len(items) > 6 or year_heading(own)[0] \
            or section_kind(own.strip("*_ "), exact=True):
        return False
    from ..common import fold
    from .entry import FIELD_LABEL, FIELD_ROLES

    kinds: list[str] = []
    other = 0
    for li in items:
        text = norm(" ".join(itertext(li)))
        anchors = [a for a in li.iter("a")]
        outside = norm(" ".join(_itertext_excluding(li, anchors)))
        labelled = FIELD_LABEL.match(text)
        role = FIELD_ROLES.get(fold(labelled.group("l"))) if labelled else None
        if role in ("authors", "venue"):
            kinds.append(role)  # "  - Authors: A. Roe, B. Lee", "  - Venue: ...": the entry's labelled field
        elif anchors and _PART_SEPARATORS.fullmatch(outside) and all(_link_part(a) for a in anchors):
            kinds.append("links")
        elif _LABELLED_ID.match(text):
            kinds.append("id")
        elif len(text.split()) <= 40 and author_score(text) >= (1 if len(text.split()) > 4 else 0.3):
            kinds.append("authors")  # (or one name alone: a paper by one author)
        elif len(text.split()) <= 15 and venue_score(text) >= 2:
            kinds.append("venue")
        else:
            other += 1
    # (one paper has one author list and one venue line: "- Title" over "  - A. Roe" / "  - [Paper](...)" /
    # "  - A. Roe, B. Lee" / "  - [Paper](...)" is a label over several papers, each its names and link)
    return other <= 1 and len(set(kinds)) >= 2 and other < len(items) - 1 and kinds.count("authors") <= 1 \
        and kinds.count("venue") <= 1


def _link_part(a) -> bool:
    """Whether a link is one of a paper's (``[PDF]``, ``[Code]``, a DOI's address), not a person's name linked to
    their page ("PhD students" / "[Bob Roe](https://bob.example.org)" / "Ann Lee": a group of people, no paper's
    parts); a label such as "Slides Video" may read as a name, so the label's word is asked first."""
    from .scores import author_score

    label = norm(" ".join(itertext(a)))
    return link_kind(label, "") is not None or author_score(label) < 0.3 and link_kind(label, a.get("href") or "") is not None


def _degree_lead(text: str) -> bool:
    """A list item that opens with a degree and a separator ("M.S.: University of X (2021)")."""
    m = DEGREE_RX.match(text)
    return m is not None and re.match(r"\s*[:,(–-]", text[m.end():]) is not None


def _dated_entry(text: str) -> bool:
    """A list item's own text that is an entry of a CV list: a role and a place between commas and the span of
    time ("Analyst, Acme Corp, Oslo (Jan 2020 – Dec 2021)"); a group's label has no such parts."""
    return DATE_SPAN.search(text) is not None and len(re.findall(r",\s+[A-Za-z]", text)) >= 1


def _cited_over_notes(item, own: str, nested: list) -> bool:
    """Whether a list item's own text is a whole citation over a sub-list of notes on it ("[Title](url) Ann Lee,
    Bo Chen. 2025" / "  - Could X do Y? A case study" / "  - Code on [GitHub](...)"): its own text links a title of
    three words or more and holds a year and, right after the link, a name (a byline's piece); one of its sub-items
    says something in words beyond its links, so they are no parts of the entry (not "- [PDF](...) [Code](...)",
    nor the authors and venue lines of a title alone: those leave no names beside the title's link)."""
    if not YEAR.search(own) or own.endswith((":", "：")):
        return False
    links = [a for a in item if tag_of(a) == "a" and a.get("href") and len(norm(" ".join(itertext(a))).split()) >= 3]
    if len(links) != 1:
        return False
    rest = own.replace(norm(" ".join(itertext(links[0]))), " ").strip(" .,;:-–—")
    # (a byline beside the title's link: one of the pieces of the rest is a person's name, as a byline's pieces are
    # told; not the venue a title's line goes on with, "In Proceedings of ICML 2024", its authors on a sub-bullet)
    if not any(_names_chunk(YEAR.sub(" ", piece).strip(" .*")) for piece in re.split(r"[,;]", rest)):
        return False
    subs = [x for c in nested for x in c if tag_of(x) == "li"]
    return any(len(_words_beside_links(x).split()) >= 3 for x in subs)


def _words_beside_links(el) -> str:
    """The text of an element outside the links in it."""
    return norm(" ".join(t for a in el.iter() if isinstance(a.tag, str) and tag_of(a) != "a"
                         for t in [a.text or "", *((c.tail or "") for c in a)]))


def _dated_item(text: str) -> bool:
    """A list item's own text that opens with a date finer than a year and goes on in words ("2024-05 Our lab
    released two data sets:", "[Mar 2023] Talks given at:"): a dated entry (a news item) whose sub-list is its
    own, no group's label ("2024" alone over its items is one)."""
    m = DATE_PREFIX.match(text)
    return m is not None and not YEAR_ALONE.fullmatch(m.group("date")) and TWO_LETTERS.search(text[m.end():]) is not None


def _lift_trailing_labels(body) -> None:
    """Old pages leave ``<li>`` open: ``<li>last item<br><br><strong>Qualifications</strong><li>...`` puts the next
    group's bold section name inside the item before it. Such a label (a section's name, nothing after it in the
    item) is moved out to stand after its item, where the page shows it."""
    for li in list(body.iter("li")):
        kids = [c for c in li if isinstance(c.tag, str)]
        if not kids or tag_of(kids[-1]) not in ("strong", "b") or (kids[-1].tail or "").strip() \
                or len(kids) < 2 or tag_of(kids[-2]) != "br":
            continue
        label = norm(" ".join(itertext(kids[-1]))).rstrip(":：")
        if label and section_kind(label, exact=True) and li.getparent() is not None:
            parent = li.getparent()
            parent.insert(parent.index(li) + 1, kids[-1])


def _low_quotes(body) -> None:
    """German (and Czech, Polish, Hungarian) pages quote a title with a low opening mark: „Title“ or „Title”. Each
    such quotation is written as the quotation marks every reader of a citation knows, “Title”: the low mark the
    opening one, the next mark of either shape in the same paragraph the closing one (a German page's closing mark
    is the English opening one), whatever markup comes between („Review of <i>Book</i>, edited by X“)."""
    if "„" not in "".join(body.itertext()):  # (one join in C: a generator asking each of the page's texts cost more)
        return
    opened = False

    def fix(text: str) -> str:
        nonlocal opened
        out = []
        for ch in text:
            if ch == "„":
                ch, opened = "“", True
            elif ch in "“”" and opened:
                ch, opened = "”", False
            out.append(ch)
        return "".join(out)

    stack = [(body, False)]
    while stack:
        el, ended = stack.pop()
        element = isinstance(el.tag, str)
        if element and (tag_of(el) in BLOCK_TAGS or tag_of(el) == "br"):
            opened = False  # (a quotation ends with its paragraph, closed or not)
        if ended:
            if el.tail and el is not body:
                el.tail = fix(el.tail)
            continue
        if element and el.text and tag_of(el) not in RAW_TAGS:
            el.text = fix(el.text)
        stack.append((el, True))
        stack.extend((c, False) for c in reversed(el))


def _itertext_excluding(el, skip: list) -> Iterable[str]:
    if el.text:
        yield el.text
    for c in el:
        if c in skip:
            continue
        if isinstance(c.tag, str):
            yield from itertext(c)
        if c.tail:
            yield c.tail


def _label_row(rows: list, k: int) -> bool:
    """Whether ``rows[k]``, a table's first row of plain cells, is its header all the same: short labels ("No. |
    Name | Period", "序号 | 姓名 | 时间") without a digit, a link or a picture, over rows of as many cells that all
    have a digit in one column (a number, a year) where the first row has words. A markdown table written without
    its "|---|" line (kramdown renders every row a plain row) and an old HTML table with ``<td>`` labels write
    their header so."""
    cells = [c for c in rows[k] if tag_of(c) in ("td", "th")]
    texts = [norm(" ".join(itertext(c))) for c in cells]
    if len(cells) < 2 or not all(texts) or any(re.search(r"\d", t) or len(t.split()) > 3 or len(t) > 24 for t in texts) \
            or any(_holds_media(c) for c in cells):
        return False
    below = [[norm(" ".join(itertext(c))) for c in row if tag_of(c) in ("td", "th")]
             for row in rows[k + 1:] if tag_of(row) == "tr"]
    if not below or any(len(r) != len(cells) for r in below):
        return False
    return any(all(re.search(r"\d", r[i]) for r in below) for i in range(len(cells)))


def _all_bold(cell) -> bool:
    """Whether all of a table cell's text is bold ("<td><b>Method</b> </td>"): a column label as jemdoc writes it."""
    whole = norm(" ".join(itertext(cell)))
    bold = norm(" ".join(t for b in cell.iter("b", "strong") for t in itertext(b)))
    return bool(whole) and whole == bold


def _pictured_heading(img) -> str | None:
    """The section name an image standing alone between blocks draws as its heading, read from its file's name
    (``people/collaborators.png``, ``former_students.gif``) when that names a section exactly, else None."""
    stem = re.sub(r"[-_]+", " ", (img.get("src") or "").rsplit("/", 1)[-1].rsplit(".", 1)[0]).strip()
    if not stem or (img.tail or "").strip() or not section_kind(stem, exact=True):
        return None
    return stem


_TERM_LABEL = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*(?:\([^()]{0,20}\))?\s*:")
"""A label before links ("Full paper (12/5/23):", "Talk slides:"): a few words, maybe a date in brackets, a colon."""


def _links_term(el) -> bool:
    """A ``<dt>`` holding only links named by labels (``PDF``, ``arXiv:2312.02040``, ``Published version``), with at
    most a short label of its own around them ("Full paper (12/5/23):"): the links of the entry above it."""
    from .labels import is_label_anchor

    anchors = [a for a in el.iter("a") if a.get("href")]
    if not anchors or not all(is_label_anchor(a) for a in anchors):
        return False
    whole = rest = el.text_content()
    for a in anchors:
        rest = rest.replace(a.text_content(), " ", 1)
    last = anchors[-1].text_content()
    after = whole[whole.rfind(last) + len(last):] if last else ""
    # (a label after the last link heads what follows the term, "<br>Errata:" over a <dd> of corrections: not links)
    return not LETTER_WORDS.findall(_TERM_LABEL.sub(" ", rest)) and not LETTER_WORDS.search(after)
