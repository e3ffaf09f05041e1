"""HTML homepages: hand-written pages, jemdoc, Bootstrap tables, ``<ul>/<li>`` lists,
``<div class="paper">`` blocks, and rendered al-folio / Hugo Academic pages.

The page is parsed with lxml's HTML parser (libxml2: tolerant of unclosed tags, and it
keeps the source line of every element; BeautifulSoup's lxml builder drops that). Text
nodes are aligned back to the source so that every field knows the lines it came from.

The body is cut into *blocks*: headings and items (a ``<li>``, a ``<tr>``, a ``<p>``, a
``<div>`` whose siblings repeat its shape, or loose inline text between blocks). Headings
open sections (News, Publications, Awards, Students, Service, Education, Bio...), year
headings (``2023``, ``2015 and before``) group publications. Each item is split into
*segments* at ``<br>`` and block boundaries, each segment a list of styled *runs* (bold,
italic, underlined, linked, classes) from which the publication reader tells the title,
the authors (and the owner, bold/underlined/highlighted) and the venue line apart.

Public entry points:

* :func:`parse_html` -- ``(doc, options) -> Profile`` for a whole page (the site importer
  reuses it for each page of a site);
* :func:`parse_publications_fragment` -- publications of an HTML fragment embedded in
  another file (a markdown page with an HTML ``<table>``), with line numbers shifted to
  that file.

>>> from pathlib import Path
>>> doc = SourceDoc(path=Path("x.html"), text="<html><body><h1>Ada Lovelace</h1></body></html>")
>>> parse_html(doc, ImportOptions()).person.name
'Ada Lovelace'
"""


from __future__ import annotations

import html as _html
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from ..errors import SourceError
from ..model import (
    Affiliation,
    Author,
    Award,
    Education,
    Metrics,
    Link,
    NewsItem,
    Person,
    Profile,
    Publication,
    Service,
    Student,
    Talk,
)
from .base import ImportOptions, Importer, SourceDoc
from .common import (
    apply_site_author,
    _DEGREE_WORD,
    read_prose_awards,
    NOTE_WORDS,
    arxiv_id,
    doi_of,
    expand_year_ranges,
    find_email,
    find_year,
    has_cjk,
    identifier_from_url,
    parse_date,
    parse_venue,
    read_legend,
    read_metrics,
    repair_url,
    same_site,
    split_authors,
)

from .page.source import (
    _BLOCK_TAGS,
    _ENTRY_CLASS,
    _HEADING_TAGS,
    _MARKUP,
    _Page,
    _RAW_TAGS,
    _classes,
    _heading_text,
    _is_chrome,
    _itertext,
    _norm,
    _tag,
    _text_nodes,
)
from .page.memo import _label_kind, fold, link_kind, mark_owner, same_name
from .page.sections import _LABEL_HEADING, _year_heading, section_kind
from .page.scores import (
    _DIGITS,
    _FUNCTION_WORDS,
    _NAME_TOKEN,
    _NOT_NAME_WORDS,
    _PARTICLES,
    _QUICK_MARKS,
    _VENUE_WORDS,
    _YEAR_RX,
    _author_score,
    _name_like,
    _venue_score,
)
from .page.runs import (
    Block,
    Run,
    Seg,
    _BOLD_STYLE,
    _RunBuilder,
    _join_name_lines,
    _run_hint,
    _seg_hint,
    _segments,
    _split_source_lines,
)
from .page.labels import _LABEL_WORDS, _PUBLISHER_LINK, _SEPARATORS, _is_label_anchor, _label_of

__all__ = ["IMPORTER", "parse_html", "parse_markdown_page", "parse_publications_fragment", "FragmentResult", "detect"]

_NUMBERING = re.compile(r"^\s*(?:\[\s*[A-Za-z]{0,3}\d+\s*\]|\(\s*[A-Za-z]?\d+\s*\)|[A-Za-z]{0,2}\d{1,3}\s*[.)])\s*(?=\S)")
_NUMBER_ONLY = re.compile(r"^\s*(?:\[\s*[A-Za-z]{0,3}\d+\s*\]|\(\s*[A-Za-z]?\d+\s*\)|[A-Za-z]{0,2}\d{1,3}\s*[.)]?)\s*$")
_ABBREV_BEFORE_DOT = re.compile(
    r"(?:\b[A-Z]|\bal|\bet|\bProc|\bConf|\bInt|\bIntl|\bVol|\bpp|\bno|\bNo|\bJr|\bDr|\bProf|\bvs|\bSt|\bTrans|\bAdv|"
    r"\bSyst|\bComput|\bIntell|\bMach|\bVis|\bLearn|\bRes|\bEng|\bJ|\bSci|\bAssoc|\bSoc|\bAnn|\bNat|\bSymp|\bInf|"
    r"\bProcess|\bTechnol|\bAppl|\bRev|\bLett|\bPhys|\bMed|\bInst|\bUniv|\bDept|\bcf|\be\.g|\bi\.e|\betc)$"
)


def _sentences(text: str) -> list[str]:
    """Split a citation at '. ' boundaries that are not initials or abbreviations."""
    parts, start = [], 0
    for m in re.finditer(r"[.?!]\s+", text):
        before = text[start:m.start()]
        if text[m.start()] == "." and _ABBREV_BEFORE_DOT.search(before):
            continue
        parts.append(text[start:m.start() + 1].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return [p for p in parts if p.strip(" .")]


def _clean_piece(text: str) -> str:
    text = re.sub(r"\[\s*\]|\(\s*\)|【\s*】", " ", text)
    text = _norm(text)
    text = text.strip(" ,;:.|/·•-–—\"“”")
    if text[:1] in "([" and text[-1:] in ")]" and text.count("(") + text.count("[") == 1:
        text = text[1:-1].strip(" ,;:.")
    return text


def _clean_title(text: str) -> str:
    text = _norm(text).strip(" ,;:|/·•")
    if len(text) > 2 and text[0] in "\"“'‘" and text[-1] in "\"”'’":
        text = text[1:-1].strip()
    if len(re.findall(r"[\"“”]", text)) % 2:
        text = text.strip("\"“”")  # a quote left over from the citation ('"Title,"'), not one the title opens
    if text.endswith(".") and not text.endswith(("..", "etc.", "al.")):
        text = text[:-1]
    tr = re.fullmatch(r"([^()（）]*[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{4}[^()（）]*?)\s*[(（]([A-Za-z][^()（）]*)[)）]", text)
    if tr and len(tr.group(2).split()) >= 2:
        text = tr.group(1)  # "知识图谱补全的对比学习方法 (Contrastive Learning for ...)": the title, then its translation
    return text.strip().rstrip(",")


@dataclass
class _Ctx:
    """What the publication reader knows of the page."""

    legend: dict[str, str] | None = None
    owner_names: list[str] = field(default_factory=list)
    base: str | None = None
    homepage: str | None = None
    soft_lines: bool = False
    """The page is rendered markdown: a line break in the source may end an entry's title or author line."""
    style_marks: dict[str, str] = field(default_factory=dict)
    """Marks the page's legend gives to a style: ``{"underline": "mentee"}`` for "students are underlined"."""


def _abs_url(href: str | None, ctx: _Ctx) -> str | None:
    if not href:
        return None
    href = href.strip()
    if href.startswith("(") and href.endswith(")"):
        href = href[1:-1].strip()  # "[Title]((http://...))": the link's parentheses doubled
    if href.startswith("[") and repair_url(href):
        return repair_url(href)  # a markdown link pasted as the href: href="[url](https://...)"
    if not href or href.startswith(("#", "javascript:", "data:", "tel:")):
        return None
    if href.startswith("mailto:"):
        return None
    if not re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) and not href.startswith("//"):
        if not ctx.base:
            return None
        href = urljoin(ctx.base, href.replace(" ", "%20"))
    return repair_url(href)


class _Draft:
    """A publication being read: plain attributes, validated once as a Publication at the end
    (pydantic validates every assignment, which is slow over hundreds of entries)."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.year: int | None = None
        self.date: str | None = None
        self.venue: str | None = None
        self.venue_full: str | None = None
        self.venue_type: str | None = None
        self.authors: list[Author] = []
        self.authors_truncated = False
        self.links: dict[str, str] = {}
        self.placeholder_links: dict[str, str] = {}
        self.more_links: list[Link] = []
        self.doi: str | None = None
        self.arxiv: str | None = None
        self.notes: list[str] = []
        self.abstract: str | None = None
        self.pages: str | None = None
        self.volume: str | None = None
        self.line: int | None = None


def _valid_doi(doi: str | None) -> str | None:
    """A DOI the model accepts, or None."""
    if not doi:
        return None
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", doi.strip(), flags=re.I)
    return doi if re.fullmatch(r"10\.\d{4,9}/\S+", doi) else None


@dataclass
class _PubDraft:
    pub: Publication
    highlighted: list[str]
    lines: set[int]


def _note_words_only(text: str) -> bool:
    status = _VENUE_STATUS.fullmatch(text.strip())
    if status and not NOTE_WORDS.search(status.group("v")):
        return False  # "Geology (in press)": a venue, then the paper's status
    t = text.strip(" ()[],.;:!")
    return bool(t) and len(t.split()) <= 8 and bool(NOTE_WORDS.search(t)) and not _YEAR_RX.search(t) and not re.search(
        r"\b(conference|proceedings|journal|transactions)\b|\bpp?\.\s*\d|\bvol\.\s*\d|\d\s*[-–]\s*\d", t, re.I)


_TITLE_VENUE_TAIL = re.compile(
    r"^(?P<t>.{10,}?)\s*,\s*(?P<v>[^,]{2,60}?\b(?:19|20)\d\d\b(?:\s*\([^()]{1,40}\))?)\s*\.?$")


_VENUE_STATUS = re.compile(r"(?P<v>[A-Z][^()\[\]]{1,80}?)\s*\((?P<n>in press|to appear|forthcoming|accepted|"
                           r"submitted|under review|in revision)\)\s*\.?", re.I)
_QUOTED_TITLE = re.compile(r"[\"“]\s*\S.{6,}?\s*[\"”]")
_PAPER_PARTS = ("p", "div", "blockquote")


_AUTHORS_YEAR_QUOTED = re.compile(r"^\s*(?P<a>[^\"“”()]{2,300}?)\s*\(?(?:19|20)\d\d[a-z]?\)?\s*[.,:]?\s*[\"“][^\"“”]{3,}[\"”]")
_NAMED_VENUE = re.compile(r"[A-Z][^.;:!?()]{3,120}\(\s*[A-Z][A-Za-z0-9&'\-]*(?:\s*[-/]?\s*[A-Z][A-Za-z0-9&'\-]*){0,3}\s*\)")
_TOGGLE_CLASS = re.compile(r"^tag-|toggle|^btn|button")


def _toggle_run(r: Run) -> bool:
    """A disclosure or button label set as a styled box, not a link ("<span class='tag-box tag-details'>details
    </span>" after a title): no words of the entry."""
    t = r.text.strip().strip("[]()").lower()
    return bool(t) and r.anchor is None and (t in _LABEL_WORDS or t in ("details", "more", "show", "expand")) \
        and any(_TOGGLE_CLASS.search(c) for c in r.classes)


def _read_entry(segs: list[Seg], ctx: _Ctx, group_year: int | None, line: int | None) -> _PubDraft | None:
    """Read one publication from its segments, or None when it is not one."""
    segs = [s for s in segs if s.text]
    if not segs:
        return None
    all_anchors = []
    for s in segs:
        for a in s.anchors():
            if a not in all_anchors:
                all_anchors.append(a)
    label_anchors = {a for a in all_anchors if _is_label_anchor(a)}
    # "- `ICCV 2023` [Title](url), authors": a code span opening the entry is its venue badge
    lead_badge = next((i for i, r in enumerate(segs[0].runs) if r.text.strip()), None)
    r0 = segs[0].runs[lead_badge] if lead_badge is not None else None
    if r0 is None or "tag-code" not in r0.classes or r0.anchor is not None or not (
            2 <= len(r0.text.strip()) <= 20 and re.search(r"[A-Za-z]{2}", r0.text)):
        lead_badge = None

    def content(seg: Seg) -> str:
        raw = "".join(
            seg.raw[a:b] if seg.runs[i].anchor not in label_anchors and not (seg is segs[0] and i == lead_badge)
            and not _toggle_run(seg.runs[i]) else " " for i, (a, b) in enumerate(seg.spans)
        )
        if seg is segs[0]:
            if _NUMBER_ONLY.match(raw):
                return ""  # a numbering cell of its own (bibtex2html's <dt>[1]</dt>)
            raw = _NUMBERING.sub("", raw, count=1)
        cleaned = re.sub(r"\[\s*[|/,]*\s*\]|\(\s*[|/,]*\s*\)|【\s*】", " ", raw)
        cleaned = re.sub(r"(\s[|/·•]\s*)+$", " ", cleaned)
        inner = re.fullmatch(r"\s*\(\s*([^()]+?)\s*\)\s*", cleaned)
        if inner and _author_score(_norm(inner.group(1)), ctx.owner_names) >= 0.6:
            return _norm(inner.group(1))  # "(S.J. Vickers + C.F. Townsend)": an author line in parentheses
        return _norm(cleaned)

    roles: dict[int, str] = {}
    texts = {i: content(s) for i, s in enumerate(segs)}
    for i, s in enumerate(segs):
        t = texts[i]
        hint = _seg_hint(s, label_anchors)
        if s.text.startswith("@") and re.match(r"@\w+\s*\{", s.text):
            roles[i] = "bibtex"
        elif hint in ("bibtex", "abstract", "badge"):
            roles[i] = hint
        elif not t or _SEPARATORS.match(t):
            roles[i] = "links"
        elif hint:
            roles[i] = hint
    # al-folio keeps the BibTeX in a hidden block: every seg after a bibtex start is bibtex
    in_bib = False
    for i in range(len(segs)):
        if roles.get(i) == "bibtex":
            in_bib = True
        elif in_bib and roles.get(i) not in ("links", "abstract"):
            roles[i] = "bibtex"
    title = authors_text = venue_text = None
    title_seg = authors_seg = venue_seg = None
    notes: list[str] = []
    abstract = None
    badge = _norm(segs[0].runs[lead_badge].text) if lead_badge is not None else None
    free = [i for i in range(len(segs)) if i not in roles]
    for i in range(len(segs)):
        r = roles.get(i)
        if r == "title" and title is None:
            title, title_seg = texts[i], i
        elif r == "authors" and authors_text is None:
            authors_text, authors_seg = texts[i], i
        elif r == "venue" and venue_text is None:
            venue_text, venue_seg = texts[i], i
        elif r == "badge" and badge is None:
            badge = texts[i] or segs[i].text
        elif r == "note":
            notes.append(_clean_piece(texts[i]))
        elif r == "abstract" and abstract is None:
            abstract = _norm(segs[i].text)
    if title_seg is not None and authors_text is None:
        split = _title_run_then_names(segs[title_seg], label_anchors, ctx)
        if split:
            title, authors_text = split
            authors_seg = title_seg
    one_liner = False
    if title is None and len(segs) >= 2 and free and free[0] == 0:
        # "**Title** — J. Doe" / "**Title** — with A (LBS) and B" over a venue line: the opening run is the title
        split = _title_run(segs[0], label_anchors)
        rest = split[1].lstrip(" —–-,;:") if split else ""
        if split and not _YEAR_RX.search(rest):
            if _WITH_VENUE.match(rest):
                title, title_seg = split[0], 0
                notes.append(rest)
                free.remove(0)
            elif authors_text is None and _author_score(rest, ctx.owner_names) >= 1:
                title, title_seg, authors_text, authors_seg = split[0], 0, rest, 0
                free.remove(0)
    if title is None:
        cand = [i for i in free]
        if len(cand) == 1 and (authors_text is None or venue_text is None):
            one_liner = True
        elif len(cand) >= 2 or (cand and authors_text is not None and venue_text is not None):
            scores = {i: (_author_score(texts[i], ctx.owner_names), _venue_score(texts[i])) for i in cand}
            pick = None
            for i in cand:
                a, v = scores[i]
                if a < 1 and v < 2 and len(texts[i]) >= 3:
                    pick = i
                    break
            lead = None
            if pick is not None and not _majority(segs[pick], "bold"):
                # "PLOS ONE<br><b>Title</b><br>authors": a plain venue line over the bold title (no year in it
                # to tell it apart): the bold line is the title, the plain one above it the venue
                bold = next((i for i in cand if i > pick and _majority(segs[i], "bold") and scores[i][0] < 1
                             and scores[i][1] < 2 and len(texts[i].split()) >= 3), None)
                if bold is not None and scores[pick][0] < 0.6:
                    lead, pick = pick, bold
            if pick is None:
                pick = next((i for i in cand if scores[i][0] < 1), None)
            if pick is not None:
                title, title_seg = texts[pick], pick
                free.remove(pick)
            if lead is not None and venue_text is None:
                venue_text, venue_seg = texts[lead], lead
                free.remove(lead)
            if authors_text is None:
                ranked = [i for i in free if scores[i][0] >= 1 and not _WITH_VENUE.match(texts[i])]
                if not ranked:
                    ranked = [i for i in free if scores[i][0] >= 0.2 and scores[i][1] == 0
                              and not _WITH_VENUE.match(texts[i])]  # "(with A and B)": coauthors, no list
                if ranked:
                    authors_seg = ranked[0]
                    authors_text = texts[authors_seg]
                    free.remove(authors_seg)
            if venue_text is None:
                ranked = [i for i in free if scores[i][1] >= 2 and not _WITH_VENUE.match(texts[i])]
                if not ranked:
                    ranked = [i for i in free if _majority(segs[i], "italic") and not _note_words_only(texts[i])]
                if ranked:
                    venue_seg = ranked[0]
                    venue_text = texts[venue_seg]
                    free.remove(venue_seg)
        elif cand and title is None:
            one_liner = True
    if one_liner:
        i = free[0]
        seg = segs[i]
        last = max((k for k, r in enumerate(seg.runs) if r.anchor in label_anchors), default=None)
        if last is not None and abstract is None:
            # "... [pdf] / [bibtex]A one-line summary.": the text after the entry's last link label describes it
            tail = _norm(seg.raw[seg.spans[last][1]:])
            if len(tail.split()) >= 4 and texts[i].endswith(tail) and _author_score(tail, ctx.owner_names) < 1 \
                    and not tail.startswith(("(", "[")) and not NOTE_WORDS.search(tail):
                abstract = tail
                texts[i] = texts[i][: -len(tail)].rstrip(" /|·,;")
        parts = _split_one_liner(segs[i], texts[i], label_anchors, ctx)
        if parts is None:
            return None
        t1, a1, v1 = parts
        title, title_seg = t1, i
        if authors_text is None and a1:
            authors_text, authors_seg = a1, i
        if venue_text is None and v1:
            venue_text, venue_seg = v1, i
        free.remove(i)
    # a venue seg that also carries the authors ("A, B. CVPR 2020")
    if authors_text is None and venue_text and venue_seg is not None:
        split = _split_authors_venue(segs[venue_seg], venue_text, ctx)
        if split:
            authors_text, venue_text = split
            authors_seg = venue_seg
    if title is None or not title.strip():
        return None
    if title_seg is not None and (venue_text is None or (
            venue_seg is not None and venue_seg > title_seg and all(r.anchor is not None for r in segs[venue_seg].runs
                                                                    if r.text.strip()))):
        # "Title, ECCV 2020 (Oral)<br>authors<br>links": the venue and year close the title's line (a line of
        # links below is no venue)
        m = _TITLE_VENUE_TAIL.match(title)
        if m and _venue_score(m.group("v")) >= 2 and _author_score(m.group("v"), ctx.owner_names) < 1:
            if venue_seg is not None and venue_seg != title_seg:
                free.append(venue_seg)
            title, venue_text, venue_seg = m.group("t"), m.group("v"), title_seg
    # remaining segments: notes, abstract, leftovers
    used_segs = {x for x in (title_seg, authors_seg, venue_seg) if x is not None}
    used_segs |= {i for i, r in roles.items() if r in ("links", "bibtex", "badge", "note", "abstract")}
    for i in list(free):
        t = texts[i]
        status = _VENUE_STATUS.fullmatch(t)
        if venue_text is None and status and not NOTE_WORDS.search(status.group("v")) \
                and _author_score(status.group("v"), ctx.owner_names) < 1:
            # "Geology (in press)": a venue named with the paper's status after it
            venue_text, venue_seg = status.group("v"), i
            notes.append(status.group("n"))
            used_segs.add(i)
        elif _note_words_only(t) or (authors_text is None and _WITH_VENUE.match(t) and len(t) <= 300):
            # "(with Ana Ruiz and Tomas Berg)" on a line of its own: a note until the owner is known
            # (_with_coauthors then reads the coauthors from it)
            notes.append(_clean_piece(t))
            used_segs.add(i)
        elif venue_text is None and _venue_score(t) >= 2 and _author_score(t, ctx.owner_names) < 1:
            venue_text, venue_seg = t, i
            used_segs.add(i)
        elif authors_text is None and _author_score(t, ctx.owner_names) >= 1:
            authors_text, authors_seg = t, i
            used_segs.add(i)
        elif venue_text is None and authors_text is not None and _NAMED_VENUE.fullmatch(t) and len(t.split()) <= 16 \
                and "," not in t and authors_seg is not None and i > authors_seg:
            # "Passive and Active Measurements (PAM)" on its own line under the title and authors: a venue
            # spelled out with its acronym, though it names no year and no venue word kg knows
            venue_text, venue_seg = t, i
            used_segs.add(i)
        elif abstract is None and (len(t.split()) >= 10 or (
                len(t.split()) >= 4 and t.endswith((".", "!", "?")) and _PLAIN_SENTENCE.match(t)
                and all(x is not None and x < i for x in (title_seg, authors_seg, venue_seg)))):
            # a description under the entry (a one-line TL;DR after the links, as table-layout pages have)
            abstract = t
            used_segs.add(i)
    title = _clean_title(title)
    if not title or len(title) < 3:
        return None
    pub = _Draft(title=title)
    # venue
    vtext = venue_text or ""
    if vtext:
        vtext = re.sub(r"^\s*\(\s*((?:19|20)\d\d)[a-z]?\s*\)\s*[.,:]?\s*(.*)$", r"\2, \1", vtext)
        pieces = [p for p in re.split(r"\s*[,;]\s*(?![^()]*\))", vtext)]
        keep = []
        # "In prep.", "To appear, 2024": only a paper's status, no venue named
        only_notes = all(_note_words_only(q) or _YEAR_RX.fullmatch(q.strip(" .()")) for q in pieces)
        for k, p in enumerate(pieces):
            if _note_words_only(p) and (keep or only_notes or any(
                    not _note_words_only(q) and not _YEAR_RX.search(q) for q in pieces[k + 1:])):
                notes.append(_clean_piece(p))
            else:
                keep.append(p)
        vtext = ", ".join(keep)
        status = _VENUE_STATUS.fullmatch(vtext.strip())
        if status and not NOTE_WORDS.search(status.group("v")):
            vtext = status.group("v")
            notes.append(status.group("n"))
        if "'" in vtext or "’" in vtext or "‘" in vtext:
            vtext = re.sub(r"\(\s*([A-Z][\w\-]*[A-Za-z])\s*['’‘]\d\d\s*\)", r"(\1)", vtext)
        vtext = _drop_place(vtext)
        for paren in re.findall(r"\(([^()]*)\)", vtext):
            if _EXTRA_NOTES.search(paren) and len(paren.split()) <= 5:
                notes.append(paren.strip())
                vtext = _norm(vtext.replace(f"({paren})", " "))
        styled: list[list] = []  # runs of one style, a superscript inside kept ("Oral, 1<sup>st</sup> Runner-up")
        for r in segs[venue_seg].runs if venue_seg is not None else []:
            key = (_run_hint(r), bool(r.color), bool(r.bold))
            if styled and styled[-1][0] == key:
                styled[-1][1] += r.text
            else:
                styled.append([key, r.text])
        for (hint, color, bold), text in styled:
            t = _norm(text).strip(" .,;:")
            if t and t in vtext and (hint == "note" or (
                    (color or bold) and _note_words_only(t) and not _majority(segs[venue_seg], "bold"))):
                notes.append(_clean_piece(t))
                vtext = _norm(vtext.replace(t, " ")).strip(" ,;:-–—|·")
        month = re.search(r"(?:,\s*|\s)(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+"
                          r"(?:(?P<d>\d{1,2}),?\s+)?(?P<y>(?:19|20)\d\d)\b", vtext)
        if month:
            date = parse_date(f"{month.group('m')} {month.group('y')}")
            vtext = vtext[: month.start()] + ", " + month.group("y") + vtext[month.end():]
            if date:
                pub.date = date
        v = parse_venue(vtext)
        for n in v.notes:
            notes.append(n)
        venue_name, venue_full = _short_of(v.venue, v.venue_full)
        if v.volume is None or v.pages is None:
            vol, pages = _volume_pages(vtext)
            v.volume = v.volume or vol
            v.pages = v.pages or pages
        tail = _VENUE_VOLUME_TAIL.search(venue_name) if venue_name and ":" in venue_name else None
        if tail and len(venue_name[: tail.start()].split()) >= 1 and not _YEAR_RX.fullmatch(tail.group(1)):
            # "ISME Journal 17: 1021–1033", "Soil Biol. Biochem. 160: 108345": volume and pages, not the name
            v.volume = v.volume or tail.group(1)
            v.pages = v.pages or tail.group(2).replace("–", "-").replace("—", "-").replace(" ", "")
            if venue_full == venue_name:
                venue_full = None
            venue_name = venue_name[: tail.start()].rstrip(" ,;")
        if venue_name and re.search(r"\barxiv\b", venue_name, re.I):
            m = re.search(r"arxiv[:\s]*(\d{4}\.\d{4,5})", vtext, re.I)
            if m:
                pub.arxiv = m.group(1)
            venue_full = venue_full or (venue_name if venue_name.lower() != "arxiv" else None)
            if venue_full:
                # "arXiv preprint arXiv:2305.06789": the id is read above, the rest says only "arXiv"
                venue_full = _norm(re.sub(r"\barxiv\s*:\s*(?:abs/)?\d{4}\.\d{4,5}(?:v\d+)?", " ", venue_full,
                                          flags=re.I)).strip(" ,.;:") or None
                if venue_full and fold(venue_full) in ("arxiv", "arxiv preprint", "arxiv e prints", "preprint",
                                                       "corr", "arxiv org"):
                    venue_full = None
            venue_name = "arXiv"
        if venue_name:
            # "(IWCS 2013)" with its year taken out: "(IWCS)", not "(IWCS )"
            venue_name = re.sub(r"\(\s+(?=[^\s)])", "(", re.sub(r"(?<=[^\s(])\s+\)", ")", venue_name))
            venue_name = venue_name.strip(" .,;:-–—|·")
        pub.venue = venue_name or None
        pub.venue_full = venue_full
        pub.venue_type = v.venue_type
        pub.volume = v.volume
        pub.pages = v.pages
        if v.year:
            pub.year = v.year
        if pub.date and pub.year != int(pub.date[:4]):
            pub.year = int(pub.date[:4])  # "Mar. 2021" is the paper's date; a later year is a note's (an award)
    if badge:
        b = _clean_piece(badge)
        if b and re.fullmatch(r"\S.*?\s+(?:19|20)\d\d", b):
            pub.year = pub.year or find_year(b)
            b = re.sub(r"\s+(?:19|20)\d\d$", "", b)  # "CVPR 2024": the venue, and the year
        if b and len(b) <= 20:
            if pub.venue and pub.venue != b:
                if not pub.venue_full:
                    pub.venue_full = pub.venue
            pub.venue = b
            if not pub.venue_type:
                from .common import venue_type as _vt

                pub.venue_type = _vt(" ".join(filter(None, [pub.venue_full, b])))
    if pub.year is None:
        rest = " ".join(texts[i] for i in sorted(used_segs) if i != title_seg and roles.get(i) not in ("bibtex", "abstract"))
        if title_seg is not None and one_liner:
            rest = texts[title_seg].replace(title, " ")
        y = find_year(rest)
        if y is None and badge:
            y = find_year(badge)
        pub.year = y or group_year
    # authors
    highlighted: list[str] = []
    if authors_text:
        authors_text = re.sub(r"^\s*(by|authors?)\s*:?\s+", "", authors_text, flags=re.I)
        more = re.search(r",?\s*(?:and\s+)?\d+\s+(?:more|other|additional)\s+(?:authors?|others?)\s*\.?\s*$", authors_text, re.I)
        if more:
            authors_text = authors_text[: more.start()]
        al = split_authors(authors_text, ctx.legend)  # family-first lists are split_authors' too
        pub.authors = al.authors
        if pub.authors and all(_YEAR_RX.fullmatch(a.name) or fold(a.name) == fold(pub.venue or "")
                               for a in pub.authors):
            pub.authors = []  # "[Title](...), 2022, Bréal.": the year and the publisher, no author named
        notes.extend(r for r in al.remarks if len(r.split()) >= 2)  # "Anbang Yao (project leader, ...)"
        pub.authors_truncated = al.truncated or bool(more)
        if authors_seg is not None:
            highlighted = _highlighted(segs[authors_seg], pub.authors, label_anchors)
            _author_links(segs[authors_seg], pub.authors, ctx)
            if ctx.style_marks:
                _style_marks(segs[authors_seg], pub.authors, label_anchors, ctx.style_marks)
    # links
    title_anchor = None
    if title_seg is not None:
        for a in segs[title_seg].anchors():
            if a in label_anchors:
                continue
            label = _label_of(a)
            if label and (fold(label) in fold(title) or fold(title) in fold(label)) and len(label) >= 0.5 * len(title):
                title_anchor = a
                break
    for a in all_anchors:
        if a not in label_anchors or a is title_anchor:
            continue
        url = _abs_url(a.get("href"), ctx)
        if not url:
            continue
        label = _label_of(a) or (a.get("title") or "")
        kind = link_kind(label, url)
        if kind == "arxiv" and fold(label) in ("paper", "pdf"):
            kind = "paper"  # "[Paper]" pointing at arXiv: the paper (pub.arxiv still reads its id)
        if kind is None:
            low = fold(label)
            if low in ("abs", "abstract", "html", "link", "url", "web", "online", "official", "publisher",
                       "springer", "ieee", "acm", "cvf", "pmlr", "proceedings", "full text", "open access",
                       "ieeexplore", "springerlink", "elsevier", "acl anthology", "anthology", "acl",
                       "ieee xplore", "acm dl", "pubmed"):
                kind = "paper"
            elif low in ("model", "models", "weights", "pretrained models", "huggingface", "hugging face", "colab",
                         "notebook"):
                kind = "code" if "colab" in low or "notebook" in low else "data"
            elif _PUBLISHER_LINK.search(low):
                kind = "paper"
            elif low in ("cite", "citation", "ref"):
                kind = "bibtex"
            elif low in ("homepage",):
                kind = "project"
            else:
                kind = "other"
        _add_link(pub, kind, url, ctx, label)
    if title_anchor is not None:
        url = _abs_url(title_anchor.get("href"), ctx)
        kind = (link_kind("", url) if url else None) or "paper"
        if ctx.soft_lines and kind == "pdf":
            kind = "paper"  # markdown "[Title](x.pdf)": the title's own link is the paper, PDF or not
        if url and url not in pub.placeholder_links.values() and (
                url not in pub.links.values() or (ctx.soft_lines and kind == "paper" and "paper" not in pub.links)):
            _add_link(pub, kind, url, ctx)
    if venue_seg is not None and venue_seg != title_seg:
        for a in segs[venue_seg].anchors():
            # "<a href=doi>SIAM J. Sci. Comput. 48(1), 2026.</a>": the venue linked to the paper
            label = _label_of(a)
            if a in label_anchors or a is title_anchor or len(label.split()) < 2 or not venue_text \
                    or fold(label)[:20] not in fold(venue_text) or len(fold(label)) < 0.6 * len(fold(venue_text)):
                continue  # a link inside the venue line that is not the venue ("1st winner for [COCO 2019 ...]")
            url = _abs_url(a.get("href"), ctx)
            if url and url not in pub.links.values() and url not in pub.placeholder_links.values():
                _add_link(pub, link_kind(label, url) or "paper", url, ctx)
    for url in list(pub.links.values()) + list(pub.placeholder_links.values()):
        if pub.arxiv is None and arxiv_id(url):
            pub.arxiv = arxiv_id(url)
        if pub.doi is None and doi_of(url):
            pub.doi = _valid_doi(doi_of(url))
    # ids, pages from an embedded BibTeX block, text like "arXiv:2301.01234" or "doi: 10.x/y"
    whole = " ".join(s.text for s in segs)
    if pub.arxiv is None:
        m = re.search(r"arxiv[:\s]*(?:abs/)?(\d{4}\.\d{4,5})", whole, re.I)
        if m:
            pub.arxiv = m.group(1)
    if pub.doi is None:
        m = re.search(r"\b(?:doi\s*[:=]\s*\{?\s*|doi\.org/)(10\.\d{4,9}/[^\s},\"]+)", whole, re.I)
        if m:
            pub.doi = _valid_doi(m.group(1).rstrip("."))
    bib = " ".join(segs[i].text for i, r in roles.items() if r == "bibtex")
    if bib:
        for key, attr in (("pages", "pages"), ("volume", "volume")):
            m = re.search(rf"\b{key}\s*=\s*[{{\"]([^}}\"]+)[}}\"]", bib, re.I)
            if m and getattr(pub, attr) is None:
                setattr(pub, attr, m.group(1).replace("--", "-").strip())
        if pub.year is None:
            m = re.search(r"\byear\s*=\s*[{\"]?(\d{4})", bib)
            if m:
                pub.year = int(m.group(1))
    if not pub.authors and not any(_WITH_VENUE.match(n) for n in notes):
        # without authors (or coauthors "(with A and B)") only a venue with a year or a link makes it a publication
        if not (pub.venue and (pub.year or pub.links or pub.placeholder_links)):
            return None
        if _PROSE_START.match(title) or len(title.split()) > 40:
            return None
    if pub.venue_type is None and venue_text and re.search(r"\b(thesis|dissertation)\b", venue_text, re.I):
        pub.venue_type = "thesis"
    if pub.venue_type is None and not pub.venue and any(
            re.search(r"(?i)\btech(?:nical)?\.?\s+report\b|\bpreprint\b", _label_of(a)) for a in label_anchors):
        pub.venue_type = "preprint"  # "[Tech report on arXiv](...)" and no venue
    # any other link of the entry ("[EmotiW 2017 Challenge Announcement](...)" beside "[Paper]"): kept with its label
    taken = {title_anchor, *label_anchors}
    for k in (title_seg, authors_seg):
        if k is not None and not (k == title_seg and one_liner):
            taken.update(segs[k].anchors())
    names = {fold(x.name) for x in pub.authors}
    for a in all_anchors:
        if a in taken or fold(_label_of(a)) in names:
            continue  # an author's own link was read with the author
        url = _abs_url(a.get("href"), ctx)
        label = _label_of(a)
        if url and url not in pub.links.values() and url not in pub.placeholder_links.values() and label.strip("[]() "):
            _add_link(pub, link_kind(label, url) or "other", url, ctx, label.strip("[]() "))
    if abstract:
        pub.abstract = abstract
    pub.notes = list(dict.fromkeys(n for n in notes if n))
    pub.line = line
    if pub.date and pub.year is not None and pub.year != int(pub.date[:4]):
        pub.date = None  # the entry's year wins over a month read elsewhere in it
    try:
        pub = Publication(**vars(pub))
    except ValueError:
        return None
    lines: set[int] = set()
    for i in used_segs:
        lines |= segs[i].lines
    return _PubDraft(pub=pub, highlighted=highlighted, lines=lines)


_PLAIN_SENTENCE = re.compile(r"^[\"“'(]?[A-Z][a-z]")
_PLACE_AFTER_ACRONYM = re.compile(
    r"^(?P<head>.*\([A-Za-z][\w\-&/' ]{1,20}\))\s*,\s*"
    r"(?P<place>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}(?:\s*,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}){0,2})"
    r"(?P<tail>\s*,\s*.*|\s*\.?\s*)$")


def _drop_place(vtext: str) -> str:
    """``"Proc. ICDE (ICDE), Seoul, Korea, 2015"`` -> ``"Proc. ICDE (ICDE), 2015"``: the city after a
    venue's acronym is where it met, not part of its name."""
    if ")," not in vtext and ") ," not in vtext:
        return vtext
    m = _PLACE_AFTER_ACRONYM.match(vtext)
    if not m or _VENUE_WORDS.search(m.group("place")) or NOTE_WORDS.search(m.group("place")) or re.search(
            r"\b(vol|pp|pages|no)\b|\d", m.group("place"), re.I) or re.search(
            r"\b[A-Z]{2,}[a-z]*[A-Z]", m.group("place").replace("USA", "").replace("UK", "")):
        return vtext
    return m.group("head") + (m.group("tail") or "")


_PROC_OF = re.compile(r"^(?:Proc\.?|Proceedings)\s+(?:of\s+)?(?:the\s+)?(?P<acr>\S.*)$")
_ACRONYM_WORD = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z][\w\-&/']*|[A-Z]{2,}[\w\-]*)$")
_EMBEDDED_ACRONYM = re.compile(
    r"\b(?!(?:IEEE|ACM|CVF|IAPR|ISCA|SIAM|USENIX|IFIP|IFAC|ACL|SPIE|IET|EURASIP|ISPRS|IEEE/CVF)\b)"
    r"([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)\s+(?:International\s+|Annual\s+|Joint\s+)*(?:Conference|Symposium)\b")


def _short_of(venue: str | None, venue_full: str | None) -> tuple[str | None, str | None]:
    """A short venue name where common.parse_venue found none: ``"Proceedings of NAACL-HLT"`` ->
    NAACL-HLT, ``"ACM Transactions on Graphics (SIGGRAPH Asia)"`` -> SIGGRAPH Asia, ``"Proc. ACM
    SIGMOD International Conference on Management of Data"`` -> SIGMOD; the long name stays in full."""
    if not venue or venue_full:
        return venue, venue_full
    m = _PROC_OF.match(venue)
    if m and 1 <= len(m.group("acr").split()) <= 2 and all(_ACRONYM_WORD.match(w) for w in m.group("acr").split()):
        return m.group("acr"), venue
    m = re.match(r"^(?P<head>.{8,}?)\s*\((?P<short>[A-Z]{3,}[\w\-]*(?:\s+[A-Z][a-z]+){0,2})\)$", venue)
    if m:
        return m.group("short"), m.group("head").strip(" ,")
    if len(venue.split()) > 3:
        m = _EMBEDDED_ACRONYM.search(venue)
        if m:
            return m.group(1), venue
    return venue, venue_full


_VENUE_VOLUME_TAIL = re.compile(
    r"\s+(\d{1,4})\s*(?:\(\s*[\w\-–]+\s*\))?\s*:\s*([A-Za-z]?\d+(?:\s*[-–—]+\s*\d+)?)\s*\.?$")


def _volume_pages(vtext: str) -> tuple[str | None, str | None]:
    """``"Computational Linguistics, 47(3):611–650, 2021"`` -> (``"47"``, ``"611-650"``);
    ``"vol. 32, pp. 4512-4525"`` -> pages too."""
    if ":" not in vtext and "p." not in vtext:
        return None, None
    m = re.search(r"(?<![\d.])(\d{1,4})\s*(?:\(\s*[\w\-–]+\s*\))?\s*:\s*(\d+:\d+)\s*[-–—]+\s*(\d+:\d+)\b", vtext)
    if m and not _YEAR_RX.fullmatch(m.group(1)):
        return m.group(1), f"{m.group(2)}-{m.group(3)}"  # ACM's article pages "16(3):21:1--21:30"
    m = re.search(r"(?<![\d.])(\d{1,4})\s*(?:\(\s*[\w\-–]+\s*\))?\s*:\s*(\d+)\s*[-–—]+\s*(\d+)\b", vtext)
    if m and not _YEAR_RX.fullmatch(m.group(1)):
        return m.group(1), f"{m.group(2)}-{m.group(3)}"
    m = re.search(r"\bpp?\.\s*(\d+)\s*[-–—]+\s*(\d+)\b", vtext)
    return None, (f"{m.group(1)}-{m.group(2)}" if m else None)


_EXTRA_NOTES = re.compile(r"\b(findings|short paper|long paper|demo track|industry track|student abstract|"
                          r"extended abstract|full paper|journal track|main conference|main track|spotlight|oral|"
                          r"highlight|best paper|award|accepted|nominee|finalist|contributed talk|invited)\b", re.I)
_PROSE_START = re.compile(r"^(I|I'm|I am|We|My|Our|This|These|Here|See|Please|Note|For|If|Click|Representative)\b")


def _add_link(pub, kind: str, url: str, ctx: _Ctx, label: str | None = None) -> None:
    """The link in its kind's slot; a further one of that kind (a second code link, "Replication
    materials" beside "WP version") goes to ``more_links`` with its label, not lost."""
    target = pub.placeholder_links if same_site(url, ctx.homepage) else pub.links
    if kind not in target:
        target[kind] = url
    elif target is pub.links and url != target[kind] and all(x.url != url for x in pub.more_links):
        pub.more_links.append(Link(label=_norm(label or "") or kind, url=url))


def _majority(seg: Seg, attr: str) -> bool:
    total = sum(len(r.text.strip()) for r in seg.runs)
    styled = sum(len(r.text.strip()) for r in seg.runs if getattr(r, attr))
    return total > 0 and styled >= 0.8 * total


def _highlighted(seg: Seg, authors: list[Author], label_anchors) -> list[str]:
    """Names of the authors the page sets apart (bold, underlined, emphasised, 'highlight')."""
    hl_runs = []
    plain = 0
    for r in seg.runs:
        t = r.text.strip().strip(",;.")
        if not t or r.anchor in label_anchors:
            continue
        cls_hl = any(re.search(r"highlight|\bme\b|^self$|^owner$|^myself$|^author-me$|^my-name$", c) for c in r.classes)
        if r.bold or r.underline or cls_hl or (r.italic and not r.href):
            hl_runs.append(fold(t))
            if "," in t:
                uninverted = _uninvert_authors(r.text.strip())  # "<b>Oyelaran, T.</b>" in an APA list
                if uninverted:
                    hl_runs.append(fold(uninverted))
        else:
            plain += len(re.sub(r"[\s,;.*†‡#&]|and", "", t))
    if not hl_runs or not plain:
        return []
    out = []
    for a in authors:
        key = fold(a.name)
        if key and any(key == h or (key in h and len(h) <= len(key) + 4) or (h in key and len(h) >= 4) for h in hl_runs):
            out.append(a.name)
    return out if len(out) < len(authors) else []


def _style_marks(seg: Seg, authors: list[Author], label_anchors, style_marks: dict[str, str]) -> None:
    """Marks the page's legend ties to a style (underlined names are the owner's students)."""
    for attr, mark in style_marks.items():
        styled = [fold(r.text.strip().strip(",;.*†‡#")) for r in seg.runs
                  if getattr(r, attr) and r.anchor not in label_anchors and r.text.strip().strip(",;.")]
        for r in seg.runs:
            if getattr(r, attr) and "," in r.text and r.anchor not in label_anchors:
                uninverted = _uninvert_authors(r.text.strip())  # "<u>Kessler, M.</u>" in an APA list
                if uninverted:
                    styled.append(fold(uninverted))
        if not styled:
            continue
        for a in authors:
            key = fold(a.name)
            if key and any(key == h or (h and key in h and len(h) <= len(key) + 4) for h in styled) and not a.is_self:
                if mark not in a.marks:
                    a.marks = [*a.marks, mark]


_STYLE_LEGEND = re.compile(
    r"(?:(?P<who1>students?|mentees?|advisees?|interns?|(?:undergraduate|graduate|phd)\s+students?|"
    r"(?:lab|group|team)\s+members?|trainees?)\b[^.]{0,40}?"
    r"\b(?:(?:are|is|in)\s+)?(?P<style1>underlined|bold(?:ed|face)?|italic(?:s|ized)?)|"
    r"(?P<style2>underlined|bold(?:ed|face)?|italic(?:s|ized)?)\s+(?:names?|authors?)?\s*(?:are|is|=|:|denotes?|"
    r"indicates?|marks?)\s*(?:my\s+|the\s+)?(?P<who2>students?|mentees?|advisees?|interns?|trainees?|(?:lab|group)\s+members?))",
    re.I)


def _style_legend(text: str) -> dict[str, str] | None:
    """``"Students I advise are underlined."`` -> ``{"underline": "mentee"}``."""
    m = _STYLE_LEGEND.search(text)
    if not m:
        return None
    style = (m.group("style1") or m.group("style2")).lower()
    attr = "underline" if style.startswith("underline") else "bold" if style.startswith("bold") else "italic"
    if attr != "underline":
        return None  # bold and italics also mark the owner and venues: too ambiguous to use
    return {attr: "mentee"}


def _author_links(seg: Seg, authors: list[Author], ctx: _Ctx) -> None:
    for a in seg.anchors():
        label = fold(_label_of(a))
        if not label:
            continue
        url = _abs_url(a.get("href"), ctx)
        if not url:
            continue
        for author in authors:
            if fold(author.name) == label and author.url is None:
                author.url = url
                ident = identifier_from_url(url)
                if ident:
                    author.identifiers = {ident[0]: ident[1]}
                break


_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_INV_PARTICLES = "|".join(sorted(_PARTICLES - {"y", "st."}))
_INV_SURNAME = rf"(?:(?:{_INV_PARTICLES})\s+)*[{_UP}][\w'’\-\u2010\u2011]*(?:[ \-\u2010][{_UP}][\w'’\-\u2010\u2011]*)?"
_INV_INITIALS = rf"[{_UP}]\.?(?:\s*-?\s*[{_UP}]\.?){{0,3}}(?![\w'’])"
_INV_AUTHOR = re.compile(rf"({_INV_SURNAME}),\s*({_INV_INITIALS})")
_INV_PREFIX = re.compile(
    rf"^{_INV_SURNAME},\s*{_INV_INITIALS}(?:,?\s*(?:,|&|and\b)\s*{_INV_SURNAME},\s*{_INV_INITIALS})+"
    rf"(?:,?\s*(?:&|and)?\s*et al\.?)?")


def _inverted_head(text: str) -> tuple[str, str] | None:
    """``"Lobos, D., Delgado, F., Ruiz, S. Volcanica, 2024"`` -> the family-first author list that opens the
    text (two names or more) and what follows it; None when the text does not open with one."""
    m = _INV_PREFIX.match(text)
    if not m:
        return None
    rest = text[m.end():].lstrip(" ,.;:")
    return (m.group(0), rest) if rest else None


_INV_RUN_INITIALS = re.compile(rf"\b([{_UP}])(?=[{_UP}]\b)")
_INV_BARE_INITIAL = re.compile(rf"([{_UP}])(?![.\w])")
_INV_LIST = re.compile(
    rf"^{_INV_SURNAME},\s*{_INV_INITIALS}(?:,?\s*(?:,|&|and\b|\.\.\.|…)\s*{_INV_SURNAME},\s*{_INV_INITIALS})*"
    rf"(?:,?\s*(?:&|and)?\s*et al\.?)?\s*$")


def _uninvert_authors(text: str) -> str | None:
    """An APA/Harvard author list ``"Okafor, R., Baek, J.-H., & van Dijk, P."`` written given-name
    first (``"R. Okafor, J.-H. Baek, and P. van Dijk"``); None when the text is not one.

    >>> _uninvert_authors("Raghunathan, P., Osei, K. A., & Moreau, É.")
    'P. Raghunathan, K. A. Osei, and É. Moreau'
    >>> _uninvert_authors("Kimura, T.") , _uninvert_authors("Smith, John")
    ('T. Kimura', None)
    """
    text = _norm(text).rstrip(",; ")
    if "," not in text or not _INV_LIST.match(text):
        return None
    names = [_INV_BARE_INITIAL.sub(r"\1.", _INV_RUN_INITIALS.sub(r"\1. ", m.group(2).strip())) + " " + m.group(1) for m in _INV_AUTHOR.finditer(text)]
    if not names:
        return None
    etal = re.search(r"et al\.?\s*$", text)
    if len(names) == 1:
        out = names[0]
    elif len(names) == 2:
        out = f"{names[0]} and {names[1]}"
    else:
        out = ", ".join(names[:-1]) + ", and " + names[-1]
    return out + (" et al." if etal else "")


_APA_HEAD = re.compile(
    r"^(?P<a>.+?)(?:\s*\((?P<y>(?:19|20)\d\d[a-z]?|n\.\s?d\.|in press|forthcoming|accepted)"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?)?\)|[.,]?\s+(?:19|20)\d\d[a-z]?(?=[.,:]))"
    r"\s*[.,:]?\s+(?P<rest>\S.*)$", re.I)


def _split_apa(seg: Seg, text: str) -> tuple[str, str, str | None] | None:
    """``"Okafor, R., & Baek, J. (2021). Title. <i>Venue</i>, 6(4), 1–9."`` (APA, jekyll-scholar's
    default style): the authors before the year in parentheses, then the title up to the italic venue."""
    m = _APA_HEAD.match(text)
    if not m or (_uninvert_authors(m.group("a")) is None and not _name_list(m.group("a"))):
        return None
    rest = m.group("rest")
    start = len(text) - len(rest)
    title = None
    pos = 0
    for r, (a, b) in zip(seg.runs, seg.spans):
        piece = _norm(seg.raw[a:b])
        if r.italic and piece and len(piece) >= 3 and not piece.isdigit():
            at = text.find(piece, start)
            if at > start:
                cut = _norm(text[start:at])
                cut = re.sub(r"(?:^|[.?!,]\s*)\bIn\s*:?\s*$|\bIn\s*:?\s*$", "", cut).strip()
                if len(cut.split()) >= 2:
                    title, pos = cut, at
                    break
    quoted = re.match(r"\s*[“\"]([^”\"]{6,}?)[”\"]", rest) if title is None else None
    if quoted:
        # '(2020). "Job Search Frictions." Working paper.': the quotes close the title, its period inside them
        title, pos = quoted.group(1), start + quoted.end()
    if title is None:
        parts = _sentences(rest)
        if not parts:
            return None
        title = parts[0]
        pos = start + len(title)
        idx = text.find(title, start)
        if idx >= 0:
            pos = idx + len(title)
    venue = _clean_piece(text[pos:].lstrip(".”\"' ")) or None
    if venue:
        venue = _clean_piece(re.sub(r"\s*(?:https?://(?:dx\.)?doi\.org/\S+|doi:\s*\S+)\s*$", "", venue, flags=re.I)) or None
    return _clean_title(title.rstrip(". ")), m.group("a"), venue


def _name_list(text: str) -> bool:
    """``"Pingping Dong, Xiao-Lin Wang, Kam K. H. Ng"``: every chunk of a given-name-first list is a name."""
    authors = split_authors(text).authors
    return bool(authors) and all(_name_like(a.name) for a in authors) and (len(authors) > 1 or _full_name(authors[0].name))


def _full_name(chunk: str) -> bool:
    """A name of two to five words (``Aylin Yener``, ``A. Lee Swindlehurst``, ``Rémi A. Chou``): stricter than
    :func:`_name_like`, for telling a leading author list from the title that follows it."""
    tokens = chunk.strip().split()
    if not 2 <= len(tokens) <= 5 or re.search(r"\d", chunk):
        return False
    for t in tokens:
        low = t.lower()
        if t in _FUNCTION_WORDS or (low in _NOT_NAME_WORDS and low not in _FUNCTION_WORDS):
            return False  # a capitalized "An" (An Liu) or "Da" is a name; "Networks" is not
        if not (_NAME_TOKEN.match(t) or low in _PARTICLES):
            return False
    return not all(t.lower() in _PARTICLES for t in tokens)


def _title_run_then_names(seg: Seg, label_anchors, ctx: _Ctx) -> tuple[str, str] | None:
    """``"[Foam Detection at Scale](foam.pdf), **N. Petrova**, P. Gray"`` in a cell a table's header calls the
    title: the link (or styled run) that opens it is the title and the names after it are the authors."""
    split = _title_run(seg, label_anchors)
    if split is None or _author_score(split[1], ctx.owner_names) < 1:
        return None
    return split


def _title_run(seg: Seg, label_anchors) -> tuple[str, str] | None:
    """The link (or bold/italic run) that opens a segment, and the text after it, when both have words."""
    runs = [(r, a, b) for r, (a, b) in zip(seg.runs, seg.spans) if r.text.strip()]
    if len(runs) < 2:
        return None
    first = runs[0][0]
    if first.anchor is not None and first.anchor not in label_anchors:
        same = lambda r: r.anchor is first.anchor  # noqa: E731
    elif first.bold or first.italic:
        same = lambda r: r.anchor is None and (r.bold, r.italic) == (first.bold, first.italic)  # noqa: E731
    else:
        return None
    end = runs[0][2]
    for r, _a, b in runs[1:]:
        if not same(r):
            break
        end = b
    head, rest = _clean_piece(seg.raw[:end]), _clean_piece(seg.raw[end:])
    if len(head.split()) < 2 or not rest:
        return None
    return head, rest


def _split_names_then_title(seg: Seg, text: str, ctx: _Ctx) -> tuple[str, str, str | None] | None:
    """``"A. Author, B. Author and C. Author, The Title, <i>Venue</i>, 27(8), 2025."``: the classic citation
    with no markup between authors and title. The authors are the leading comma-separated names up to the one
    joined by "and"; the title runs from there to the italic venue. Only taken when the owner is among the names
    (or the list ends in "and X"), so a title of capitalized words is not read as names."""
    venue_at = None
    for r in seg.runs:
        piece = _norm(r.text).strip(" ,.;:")
        if r.italic and len(piece) >= 3 and not piece.isdigit():
            venue_at = text.find(piece)
            break
    head = text[:venue_at] if venue_at and venue_at > 0 else text
    chunks = [c.strip() for c in re.split(r",\s*", head.strip().rstrip(",;: "))]
    names: list[str] = []
    ended = False
    used = 0
    for c in chunks:
        parts = re.split(r"\s+(?:and|&)\s+|^and\s+", c)
        parts = [p.strip() for p in parts if p.strip()]
        if parts and all(_full_name(_QUICK_MARKS.sub("", p)) for p in parts):
            names.extend(parts)
            used += 1
            if len(parts) > 1 or c.startswith("and "):
                ended = True
                break
            continue
        break
    rest = chunks[used:]
    if head is text:
        # no italic venue: the title runs to the first chunk that reads as a venue ("IEEE Transactions on X")
        cut = next((k for k in range(1, len(rest)) if _venue_score(rest[k]) >= 2), None)
        if cut is None:
            return None
        venue_at = text.find(rest[cut], len(", ".join(chunks[:used])))
        rest = rest[:cut]
    title = ", ".join(rest).strip(" ,")
    if not names or len(title.split()) < 2 or venue_at is None or venue_at < 0:
        return None
    if re.match(r"(?:and|&|et\.? al)\b", title) or re.search(r"[(\"“”]|\w\w[.?!]\s", title):
        return None  # the names go on, or the entry is cut into sentences: the sentence reader knows better
    owner = any(same_name(_QUICK_MARKS.sub("", n), o) for n in names for o in ctx.owner_names)
    if not (owner or ended):
        return None
    return _clean_title(title), ", ".join(names), _clean_piece(text[venue_at:]) or None


def _split_one_liner(seg: Seg, text: str, label_anchors, ctx: _Ctx) -> tuple[str, str | None, str | None] | None:
    """Title, authors and venue of a citation written on one line."""
    text = _norm(text)
    if not text:
        return None
    apa = _split_apa(seg, text)
    if apa:
        return apa
    inverted = _inverted_head(text)
    if inverted:
        # "Delgado, F., Ruiz, S. Open vent volcanism over 22 years. In prep.": the names, then the citation
        parts = _sentences(inverted[1])
        if parts and len(parts[0].split()) >= 2:
            return _clean_title(parts[0].rstrip(". ")), inverted[0], _clean_piece(" ".join(parts[1:])) or None
    colon = re.match(r"^(?P<a>[^:：]{5,400}?)\s*[:：]\s+(?P<rest>\S.+)$", text)
    if colon and _author_score(colon.group("a"), ctx.owner_names) >= 0.6 and "," in colon.group("a") + " and " \
            and len(_sentences(colon.group("a"))) == 1:  # "A, B. Title. In: Venue": the colon is the venue's
        # "A, B and C: Title. Venue.": the authors, a colon, then the citation
        rest = colon.group("rest")
        cut = re.search(r"[.?!]\s+(?=\S)", rest)
        if cut:
            return _clean_title(rest[: cut.start() + (1 if rest[cut.start()] in "?!" else 0)]), \
                _clean_piece(colon.group("a")), _clean_piece(rest[cut.end():]) or None
        return _clean_title(rest), _clean_piece(colon.group("a")), None
    named = _split_names_then_title(seg, text, ctx)  # after the colon rule: "A, B and C: Title" is the colon's
    if named:
        return named
    # 1. runs the page itself labels
    groups: list[tuple[str, str]] = []  # (style key, text)
    group_anchor = None
    for r, (a, b) in zip(seg.runs, seg.spans):
        if r.anchor in label_anchors:
            groups.append(("label", " "))
            continue
        hint = _run_hint(r)
        if hint in ("title", "authors", "venue"):
            key = hint
        elif r.bold or r.italic or r.underline or (r.anchor is not None):
            key = "style:" + "".join(k for k, f in (("b", r.bold), ("i", r.italic), ("u", r.underline),
                                                    ("a", r.anchor is not None)) if f)
        else:
            key = "plain"
        t = seg.raw[a:b]
        if groups and (groups[-1][0] == key or (r.anchor is not None and r.anchor is group_anchor)):
            # one link is one group: "[Book review of *A Book* by A. Reviewer](doi)" is one title
            groups[-1] = (groups[-1][0], groups[-1][1] + t)
        else:
            groups.append((key, t))
        group_anchor = r.anchor
    by_hint = {k: _clean_piece(t) for k, t in groups if k in ("title", "authors", "venue")}
    title = by_hint.get("title")
    if title is None:
        m = re.search(r"[“\"]([^”\"]{6,}?)[”\"]", text)
        if m and len(m.group(1).split()) >= 2:
            title = m.group(1)
    if title is None:
        pos = 0
        for key, t in groups:
            start = pos
            pos += len(t)
            if not key.startswith("style:") and key != "title":
                continue
            if key == "style:i":
                # an italic run followed by volume/pages/year, after a sentence of its own, is the venue
                after = "".join(x for _, x in groups)[pos:]
                before = "".join(x for _, x in groups)[:start]
                if re.match(r"\s*[,.:;]?\s*(?:\(?\d|vol\b|pp\b|pages\b|no\.)", after, re.I) and len(
                        _sentences(_norm(before))) >= 2:
                    continue
            ends_sentence = t.rstrip().endswith(".")
            t = _clean_piece(t)
            words = t.split()
            if "," in t and _uninvert_authors(t) is not None:
                continue  # "**Nordby, O.**, Lind, K. Title.": a styled name written family first, not the title
            if key.startswith("style:b") and ends_sentence and start == 0 and len(words) >= 2 and _author_score(
                    t, ctx.owner_names) < 1 and not any(same_name(t, o) for o in ctx.owner_names if o):
                title = t  # "**Soft Grippers.** Omar Haddad. *ICRA*.": a bold sentence opening the entry
                break
            if len(words) >= 2 and len(t) >= 8 and _author_score(t, ctx.owner_names) < 0.3 and _venue_score(t) < 2:
                title = t
                break
            if len(words) >= 4 and _author_score(t, ctx.owner_names) < 1 and _venue_score(t) < 2:
                title = t
                break
    if "authors" in by_hint:
        authors = by_hint["authors"]
    else:
        authors = None
    if title is None:
        parts = _sentences(text)
        if len(parts) >= 2:
            if _author_score(parts[0], ctx.owner_names) >= 0.3 and len(parts) >= 2:
                return _clean_title(parts[1]), authors or _clean_piece(parts[0]), _clean_piece(" ".join(parts[2:])) or None
            title = parts[0]
        else:
            if _venue_score(text) >= 2 or _author_score(text, ctx.owner_names) >= 0.3:
                return None
            return _clean_title(text), authors, None
    idx = text.find(title)
    if idx < 0:
        idx = fold(text).find(fold(title))
        before, after = ("", text) if idx < 0 else (text[:idx], text[idx + len(title):])
    else:
        before, after = text[:idx], text[idx + len(title):]
    before = _clean_piece(before)
    after = _clean_piece(after.lstrip("”\"'."))
    venue = by_hint.get("venue")
    if authors is None and before and _author_score(before, ctx.owner_names) >= 0.2:
        authors = before
        venue = venue or after or None
    elif authors is not None:
        rest = after
        if before and fold(before) != fold(authors):
            rest = _clean_piece(before.replace(authors, " ") + " " + after)
        venue = venue or rest or None
    else:
        split = _split_authors_venue(seg, after, ctx) if after else None
        if split is None and after and "," in after:
            # "Title, A. Author, B. Author, ICCV 2023": the names, then the venue after the last of them
            chunks = [c.strip() for c in after.split(",")]
            for k in range(len(chunks) - 1, 0, -1):
                names, rest = ", ".join(chunks[:k]), ", ".join(chunks[k:])
                if _author_score(names, ctx.owner_names) >= 0.6 and _venue_score(rest) >= 2:
                    split = (names, rest)
                    break
        if split:
            authors, venue = split
        elif after and venue is None and _venue_score(after) < 2 and _author_score(after, ctx.owner_names) >= 0.6:
            authors = after  # "`ICCV 2023` [Title](url), A, B, C": only names after the title (a badge gave the venue)
        else:
            venue = venue or after or None
    return _clean_title(title), authors, venue


def _split_authors_venue(seg: Seg, text: str, ctx: _Ctx) -> tuple[str, str] | None:
    """"A, B and C. In CVPR, 2020" -> authors and venue, or None."""
    text = _norm(text)
    inverted = _inverted_head(text)
    if inverted:
        return inverted[0], _clean_piece(inverted[1])
    # an italic run starts the venue
    for r in seg.runs:
        t = _norm(r.text)
        if r.italic and t and len(t) >= 3 and t in text:
            i = text.find(t)
            before = _clean_piece(re.sub(r"[,.]?\s*\b[Ii]n\s*:?\s*$", "", text[:i]))  # "M. A. Hines in <em>Venue"
            if before and _author_score(before, ctx.owner_names) >= 0.2:
                return before, _clean_piece(text[i:])
    # "A, B. In CVPR" / "A, B, in Proc. X": a lower-case "in" only after a stop ("Tracts in Computer Science" is a venue)
    m = re.search(r"[.,]\s+\bin\b|[.,]?\s+\b(In|Proc\.|Proceedings|Accepted|To appear|arXiv|Under review|Submitted)\b", text)
    if m:
        before = _clean_piece(text[: m.start()])
        if before and _author_score(before, ctx.owner_names) >= 0.3:
            return before, _clean_piece(text[m.start():])
    m = _APA_HEAD.match(text)
    if m and _uninvert_authors(m.group("a")) is not None:
        # "Lobos-Lillo, D., Delgado, F., 2024. Volcanica, 7(2)": the authors, their year, then the venue
        return _clean_piece(m.group("a")), _clean_piece(m.group("rest"))
    parts = _sentences(text)
    if len(parts) >= 2 and _author_score(parts[0], ctx.owner_names) >= 0.3:
        return _clean_piece(parts[0]), _clean_piece(" ".join(parts[1:]))
    return None


# --- person fields ------------------------------------------------------------------------------

_HONORIFIC = re.compile(r"^\s*(?:prof\.?|professor|dr\.?|mr\.?|ms\.?|mrs\.?)\s+", re.I)
_NAME_SUFFIX = re.compile(r",?\s*(?:ph\.?\s?d\.?|m\.?d\.?|jr\.?|sr\.?|ieee fellow|fellow)\s*$", re.I)
_TITLE_NOISE = re.compile(
    r"^(?:welcome(?: to)?|home\s*page of|homepage of|the homepage of|personal (?:home\s*)?(?:page|website) of|"
    r"website of|about|hi,?\s*i'?m|hello,?\s*i'?m|i'?m)\s+|"
    r"(?:['’]s?\s*(?:personal\s+)?(?:home\s*page|homepage|website|web\s*page|page|site|blog))\s*$|"
    r"\s+(?:home\s*page|homepage|personal (?:home\s*)?page|website)\s*$",
    re.I,
)
_GENERIC = {"home", "homepage", "about", "about me", "welcome", "publications", "research", "index", "cv", "blog",
            "news", "bio", "biography", "contact", "people", "projects", "teaching", "main page", "untitled",
            "document", "profile", "my homepage", "personal homepage", "academic homepage"}


def _name_candidate(text: str) -> tuple[str, list[str]] | None:
    """A person's name read from a title or heading, with names in other scripts apart."""
    text = _norm(text)
    if not text or len(text) > 120:
        return None
    text = _norm(re.sub(r"[^\w\s().,'’\-·|–—:/&（）]+", " ", text))  # emoji, stars
    # "Hi there 👋, I'm Priya Raman", "你好，我是 张伟明": the greeting is no part of the name
    text = re.sub(r"^(?:(?:hi|hello|hey|howdy|welcome|greetings)\b[^,!.:]*?[,!.:]+\s*)?(?:i'?m|i’m|i am|this is|my name is)\s+",
                  "", text, flags=re.I)
    text = re.sub(r"^(?:(?:你好|您好|大家好|嗨)[\W_]*)?(?:我是|我叫)\s*", "", text)
    parts = re.split(r"\s+[|\-–—·•:]\s+|\s*\|\s*|\s*[·•]\s*", text)
    for part in parts:
        part = _TITLE_NOISE.sub("", part).strip(" !,.")
        part = _TITLE_NOISE.sub("", part).strip(" !,.")
        if not part or fold(part) in _GENERIC or section_kind(part):
            continue
        alts: list[str] = []
        if has_cjk(part):
            cjk = re.findall(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af·]{2,}", part)
            alts.extend(cjk)
            part = re.sub(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af·]+", " ", part)
            part = re.sub(r"\(\s*\)|（\s*）", " ", part)
        else:
            m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", part)
            if m and _name_like(_clean_person(m.group(2))):
                alts.append(_clean_person(m.group(2)))
                part = m.group(1)
        latin = _clean_person(part)
        if re.search(r"\b(?:lab|laboratory|group|team|cent(?:er|re))$", latin, re.I):
            continue  # "Dr. Oyelaran Lab": the group's name, not its head's
        if latin and _name_like(latin) and len(latin.split()) >= 2:
            if not alts:
                # "Kenji Watanabe | 渡辺 健二": the name in another script beside it (written without the space)
                cjk_name = r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af·]+"
                for other in parts:
                    o = other.strip(" !,.")
                    if other is not part and re.fullmatch(rf"{cjk_name}(?:\s{cjk_name})?", o) \
                            and 2 <= len(o.replace(" ", "")) <= 8 and not re.search(r"主页|首页|网站|实验室|研究室|课题组|大学|学院|研究", o):
                        alts.append(o if re.search(r"[\uac00-\ud7af]", o) else o.replace(" ", ""))
            return latin, alts
        if not latin and alts:
            return alts[0], alts[1:]
    return None


def _clean_person(text: str) -> str:
    text = _norm(text).strip(" ,;:()（）")
    for _ in range(2):
        text = _HONORIFIC.sub("", text)
    text = _NAME_SUFFIX.sub("", text)
    return text.strip(" ,;:")


# "2017-2018 Statistics Student Seminar", "Graduate Student Council": a role word naming the people an event or a
# body is for, not anyone's position
_ROLE_AS_ADJECTIVE = re.compile(r"\b(?:students?|researchers?|fellows?|postdocs?|faculty)\s+(?:seminars?|symposi(?:um|a)|"
                                r"conferences?|workshops?|council|association|union|club|society|forum|day|retreat|"
                                r"colloqui(?:um|a)|reading groups?|talks?|lectures?|series)\b", re.I)
_JOB_RX = re.compile(
    r"\b(professor|prof\.|lecturer|researcher|research scientist|scientist|engineer|post-?doc\w*|"
    r"ph\.?\s?d\.?\s+(?:student|candidate)|doctoral (?:student|candidate)|graduate student|"
    r"(?:master|undergraduate|phd)(?:'s)? student|student|candidate|director|head of|principal|dean|"
    r"member of technical staff|investigator|instructor|reader|intern|founder|co-founder|cto|ceo|chair of|"
    r"manager|fellow|(?:graduate\s+)?(?:research|teaching) assistant|chair professor|team lead|tech lead|"
    r"architect|analyst|staff)\b",
    re.I,
)
_ORG_RX = re.compile(
    r"\b(universit\w*|institut\w*|college|school|academy|laborator\w*|lab|labs|research|center|centre|"
    r"department|dept\.?|faculty|inc\.?|ltd\.?|corporation|corp\.?|company|group|hospital|foundation|"
    r"google|microsoft|meta|facebook|amazon|apple|nvidia|intel|ibm|deepmind|openai|baidu|alibaba|tencent|"
    r"huawei|bytedance|samsung|adobe|megvii|sensetime|eth|epfl|mit|cmu|ucla|kaist|inria|cnrs|max planck|"
    r"polytechnic|politecnico|école|ecole|universidad|universidade|università|hochschule|csail|bair|"
    r"academia|chinese academy|nlpr|riken|a\*star|agency)\b",
    re.I,
)
_DEPT_START = re.compile(r"^\s*(department|dept\.?|school of|faculty of|division of|college of|institute for|"
                         r"lab(oratory)? (of|for)|the .* (lab|laboratory|group)|.* (lab|group|laboratory|center|centre)$)",
                         re.I)
_INSTITUTION_STRONG = re.compile(
    r"\b(universit\w*|institute of technology|college(?! of)|academy|polytechnic|politecnico|école|ecole|"
    r"universidad|universidade|università|hochschule|eth zurich|epfl|mit|cmu|kaist|inc\.?|ltd\.?|corporation|"
    r"google|microsoft|meta|facebook|amazon|apple|nvidia|intel|ibm|deepmind|openai|baidu|alibaba|tencent|"
    r"huawei|bytedance|samsung|adobe|megvii|sensetime|inria|cnrs|max planck|institute)\b",
    re.I,
)
_ADDRESS_RX = re.compile(
    r"\b(room|rm\.|office\b|building|bldg\.?|hall|street|st\.|avenue|ave\.|road|rd\.|blvd\.?|suite|floor|"
    r"campus drive|p\.?\s?o\.?\s?box|mailbox|mail stop)\b|\b[A-Z]{2}\s+\d{5}\b|\b\d{5,6}\b|"
    r",\s*(china|p\.\s?r\.\s?china|usa|u\.s\.a\.|united states|uk|united kingdom|germany|france|canada|japan|"
    r"korea|south korea|singapore|switzerland|australia|netherlands|italy|spain|israel|india|hong kong|taiwan|"
    r"sweden|denmark|austria|belgium|finland|norway|ireland|portugal|brazil)\s*\.?\s*$",
    re.I,
)
_EMAIL_CUE = re.compile(r"@|\(at\)|\[at\]|\{at\}|\s+at\s+\S+\s+(?:dot|\.)\s*|^\s*e-?mail|^\s*mail\s*:|\bAT\b", re.I)
_DEGREE_RX = re.compile(
    r"(Ph\.?\s?D\.?|D\.?\s?Phil\.?|Doctor(?:ate)?(?: of [A-Z]\w+)?|Dr\.\s?(?:rer|sc|Ing)\.?\s?\w*\.?|"
    r"M\.?\s?Sc\.?|M\.\s?S\.?|MS(?=[\s,.]|$)|M\.?\s?Eng\.?|M\.?\s?Phil\.?|M\.\s?A\.|MBA|M\.?\s?Tech\.?|"
    r"Master(?:'s|s)?(?: of (?:Science|Engineering|Arts|Philosophy))?(?: degree)?|"
    r"B\.?\s?Sc\.?|B\.\s?S\.?|BS(?=[\s,.]|$)|B\.?\s?Eng\.?|B\.?\s?E\.(?=[\s,]|$)|B\.\s?A\.|BA(?=[\s,.]|$)|"
    r"B\.?\s?Tech\.?|Bachelor(?:'s|s)?(?: of (?:Science|Engineering|Arts))?(?: degree)?|"
    r"Diplom[ae]?(?:-\w+)?|Licenciatura|Habilitation|"
    r"[BM]\.\s?[A-Z][a-z]{0,3}\.|Undergraduate)",  # "B.M.", "M.Ed."; AcadHomepage's "Undergraduate, College of X"
)
_NAME_WORD = r"(?:[A-Z]\.(?:-?[A-Z]\.)?|[A-Z][\w'’\-]*[\w])"
_ADVISOR_RX = re.compile(
    r"(?i:advis(?:e|o)rs?|supervisors?|advised by|supervised by|under the (?:supervision|guidance|direction) of|"
    r"working with|studying (?:with|under)|mentored by|co-advised by|thesis advisor|phd advisor)\s*(?i:is|was|were|:)?\s*"
    r"((?:(?:Prof\.?|Professor|Dr\.?)\s+)?{N}(?:\s+{N}){{0,3}}"
    r"(?:\s*(?:,|and|&)\s*(?:(?:Prof\.?|Professor|Dr\.?)\s+)?{N}(?:\s+{N}){{0,3}})*)".format(N=_NAME_WORD),
)


def _advisors_in(text: str) -> list[str]:
    out = []
    for m in _ADVISOR_RX.finditer(text):
        for name in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)):
            name = _clean_person(name)
            if name and _name_like(name) and len(name.split()) >= 2:
                out.append(name)
    return out


def _education_from(text: str) -> Education | None:
    t = _norm(text)
    m = _DEGREE_RX.search(t)
    if not m:
        return None
    degree = m.group(1).strip()
    rest = t[m.end():]
    fld = None
    fm = re.match(r"\s*(?:degree\s+)?(?:,\s*)?(?:in|of)\s+([^,;()]+?)(?=\s*(?:,|;|\(|\bat\b|\bfrom\b|$|\d{4}))", rest)
    if fm:
        fld = fm.group(1).strip(" .")
    t_no_adv = re.sub(r"\((?:[^()]*?(?:advis|supervis)[^()]*)\)", " ", t, flags=re.I)
    t_no_adv = re.split(r"\b(?:advis(?:e|o)r|supervisor|advised by|supervised by|under the supervision)\b", t_no_adv, flags=re.I)[0]
    parts = [p.strip(" .") for p in re.split(r"\s*[,;()|]\s*|\s+(?:at|from)\s+|\s+[-–—]\s+", t_no_adv) if p.strip(" .")]
    inst = None
    for p in parts:
        if _INSTITUTION_STRONG.search(p) and not _DEGREE_RX.match(p):
            inst = p
    if inst is None:
        for p in parts:
            if _ORG_RX.search(p) and not _DEGREE_RX.match(p) and (fld is None or p != fld):
                inst = p
                break
    if inst is None:
        return None
    inst = re.sub(r"^(?:the\s+)", "", inst, flags=re.I).strip(" .")
    inst = _norm(_YEAR_RX.sub(" ", inst)).strip(" .,-–")
    if not inst:
        return None
    # "Department of X, University Y": keep the university (the department is the field's home)
    year = None
    if not re.search(r"\b(present|now|current|expected|ongoing)\b", t, re.I):
        year = find_year(t)
    else:
        m2 = re.search(r"expected\s*(?:in\s*)?((?:19|20)\d\d)", t, re.I)
        if m2:
            year = int(m2.group(1))
        elif re.search(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s*\(?\s*expected\b", t, re.I):
            year = find_year(t)  # "2019-2024 (expected)": the year the degree is expected

    if fld is None:
        # "Ph.D., Chemical Engineering, Massachusetts Institute of Technology, 2012": the part between
        # the degree and the institution is the field
        fm = re.match(r"\s*[,;:]\s*([^,;()]+?)\s*[,;]\s*(.+)$", rest)
        if fm and fm.group(2).strip(" .").startswith(inst) and not _ORG_RX.search(fm.group(1)) \
                and not _DIGITS.search(fm.group(1)) and 1 <= len(fm.group(1).split()) <= 6:
            fld = fm.group(1).strip(" .")
    try:
        return Education(degree=degree, field=fld, institution=inst, year=year)
    except ValueError:
        return None


def _split_title_aff(text: str) -> tuple[str | None, str | None]:
    """``"Assistant Professor, Department of CS"`` -> job title and the organisation part."""
    t = _norm(text).strip(" .")
    # "Jo Park is a professor at Hill University.": a one-sentence bio, its subject no part of the title
    t = re.sub(r"^(?:(?:[A-Z][\w.'’\-]*\s+){1,4}|(?:he|she|they)\s+)(?:is|was|are)\s+(?:currently\s+|now\s+)?"
               r"(?:an?\s+|the\s+)?(?=\S)", "", t)
    m = re.search(r"\s+(?:at|@)\s+|,\s+|\s+in the\s+|\s+with the\s+|\s+of the\s+", t)
    if m and _JOB_RX.search(t[: m.start()]):
        rest = t[m.end():].strip(" .")
        title = t[: m.start()].strip(" ,")
        pf = re.match(r"^((?:assistant|associate|full|adjunct|research|visiting)\s+professor)\s+of\s+([A-Z][^,;]{2,60})$",
                      title, re.I)
        if pf and rest and _ORG_RX.search(rest) and not _ORG_RX.search(pf.group(2)):
            title, rest = pf.group(1), f"{pf.group(2)}, {rest}"  # "Assistant Professor of CS, Univ. X"
        return title, rest if rest and _ORG_RX.search(rest) else (rest or None)
    m = re.match(r"^((?:assistant|associate|full|adjunct|research|visiting)\s+professor)\s+of\s+([A-Z][^,;]{2,60})$", t)
    if m and not _ORG_RX.search(m.group(2)):
        return m.group(1), m.group(2)  # "Assistant Professor of Computer Science": the field is the department
    m = re.match(r"^((?:\w+\s+){0,2}?(?:director|head|founder|co-founder|chair|dean|president|lead))\s+of\s+(.+)$", t, re.I)
    if m and _ORG_RX.search(m.group(2)):
        return m.group(1), m.group(2)  # "Director of Megvii Research Shanghai"
    return t, None


def _affiliation_from(text: str, role: str | None = None) -> Affiliation | None:
    t = _norm(text).strip(" .,;")
    t = re.sub(r"^the\s+(?=[A-Z])", "", t)  # "the University of Northfield"
    cjk = re.match(r"^[^()（）]*[\u4e00-\u9fff][^()（）]*[（(]([^()（）]*[A-Za-z][^()（）]*)[)）]\s*$", t)
    if cjk:
        t = cjk.group(1).strip()  # "清华大学 计算机系 (Department of Computer Science, Tsinghua University)"
    if not t:
        return None
    dept = None
    if " | " in t:
        # a header's breadcrumb "Northfield University | Chemical Engineering": the institution
        pieces = [p.strip() for p in t.split("|") if p.strip()]
        strong = [p for p in pieces if _INSTITUTION_STRONG.search(p) and not _DEPT_START.match(p)]
        if len(strong) == 1:
            depts = [p for p in pieces if _DEPT_START.match(p)]
            try:
                return Affiliation(name=strong[0], role=role, department=depts[0] if depts else None)
            except ValueError:
                return None
    parts = [p.strip() for p in re.split(r",\s+|\s+at\s+", t) if p.strip()]
    if len(parts) >= 2:
        strong = [i for i, p in enumerate(parts) if _INSTITUTION_STRONG.search(p) and not _DEPT_START.match(p)]
        if strong:
            i = strong[-1] if len(strong) == 1 else strong[0]
            # "University of California, San Diego", "University of Maryland, College Park": the campus is part of
            # the name ("College Park" is a town, "Trinity College" or "College of X" would be a unit)
            after = re.sub(r"\bCollege\s+(?=[A-Z][a-z]+\b(?!\s+of\b))", "", " ".join(parts[i + 1:]))
            name = ", ".join(parts[i:]) if i < len(parts) - 1 and not _ORG_RX.search(after) and len(parts[i + 1:]) <= 2 and not _ADDRESS_RX.search(" ".join(parts[i + 1:])) else parts[i]
            before = ", ".join(parts[:i])
            dept = before or None
            t = name
    try:
        return Affiliation(name=t, role=role, department=dept)
    except ValueError:
        return None


# --- section readers ------------------------------------------------------------------------------

_SUBUNIT = re.compile(r"^(?:the\s+)?(?:institute|department|dept\.?|school|faculty|chair|laboratory|lab|group|"
                      r"cent(?:er|re)|division|unit)\s+(?:of|for|für|on)\b", re.I)
_TOP_LEVEL = re.compile(r"universit|institute of technology|polytechnic|politecnico|academy|école|ecole|hochschule|"
                        r"\b(?:eth|epfl|mit|kaist|kit|inria|cnrs)\b", re.I)

_FIRST_PERSON = re.compile(r"^(?:I am|I'm|I work as|Currently,? I am)\s", re.I)

_TALK_KIND = re.compile(r"^(?:(?:invited|contributed|keynote|plenary|oral|poster|spotlight|lightning|"
                        r"seminar|colloquium|guest)\b.*|.*\b(?:talk|presentation|lecture|short course|tutorial)s?)$", re.I)
_DATE_PREFIX = re.compile(
    r"^(?:[^\w\[(【]\s*)*[\[(【]?\s*(?P<date>"
    r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\d|3[01]))?|"
    r"(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d|"
    r"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|"
    r"[A-Z][a-z]{2,8}\.?,?\s*(?:19|20)\d\d|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"(?:19|20)\d\d"
    r")\s*[\])】]?\s*(?:[:：\-–—|]\s*|[,.]\s+|(?=\s))",
)




def _date_of(text: str, group_year: int | None = None) -> str | None:
    text = text.strip()
    m = re.fullmatch(r"(0?[1-9]|1[0-2])[/.]((?:19|20)\d\d)", text)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(0?[1-9]|[12]\d|3[01])[/.](0?[1-9]|1[0-2])[/.]((?:19|20)\d\d)", text)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    words = text.split()
    if words and fold(words[0]) not in {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
                                        "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
                                        "oct", "october", "nov", "november", "dec", "december"} and not re.match(r"\d", text):
        return None
    d = parse_date(text)
    if d is None and group_year:
        d = parse_date(f"{text} {group_year}")
    return d


# --- the page reader ------------------------------------------------------------------------------


class _Reader:
    def __init__(self, doc: SourceDoc, options: ImportOptions, base_url: str | None = None,
                 line_offset: int = 0, initial_section: str | None = None) -> None:
        self.doc = doc
        self.options = options
        self.page = _Page(doc.text, doc.display)
        self.rb = _RunBuilder(self.page)
        self.offset = line_offset
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
        self._levels: dict = {}
        self._texty: set = set()

    # --- line bookkeeping
    def use(self, lines: Iterable[int]) -> None:
        for n in lines:
            if n:
                self.doc.use(n + self.offset)

    def ignore(self, lines: Iterable[int]) -> None:
        for n in lines:
            if n:
                self.doc.ignore(n + self.offset)

    def L(self, n: int | None) -> int | None:
        return n + self.offset if n else None

    # --- setup
    def read_head(self) -> None:
        head = self.root.find("head")
        if head is None:
            return
        for el in head.iter():
            tag = _tag(el)
            if tag == "title":
                span = self.page.lines_of(el, "text")
                self.head_title = (_norm(el.text_content()), span[0] if span else el.sourceline)
            elif tag == "meta":
                key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
                value = el.get("content")
                if key and value and key not in self.meta:
                    self.meta[key] = (_norm(value), el.sourceline)
                if key == "citation_author" and value:
                    self.meta.setdefault("citation_authors", [])
                    self.meta["citation_authors"].append(_norm(value))  # type: ignore[union-attr]
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
        body = self.root.find("body")
        if body is None:
            body = self.root
        stack = [body]
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str):
                continue
            if el is not body and _is_chrome(el):
                self.chrome_els.append(el)
                continue
            for where, text in (("text", el.text),):
                if text and text.strip():
                    span = self.page.lines_of(el, where)
                    if span:
                        self._add_content(el, where, text, span)
            if (_tag(el) == "a" and el.get("href") and el.sourceline and el.find(".//img") is None
                    and not re.match(r"^\s*(/?#|javascript:)", el.get("href"))):
                self.content_lines.add(el.sourceline)
            for child in el:
                if child.tail and child.tail.strip():
                    span = self.page.lines_of(child, "tail")
                    if span:
                        self._add_content(child, "tail", child.tail, span)
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
        body = self.root.find("body")
        if body is None:
            body = self.root
        texty = self._texty
        for el in body.iter():
            if not isinstance(el.tag, str):
                if el.tail and el.tail.strip():  # text after a comment belongs to its parent
                    parent = el.getparent()
                    while parent is not None and parent not in texty:
                        texty.add(parent)
                        parent = parent.getparent()
                continue
            if _tag(el) in _RAW_TAGS:
                continue
            own = el if el.text and el.text.strip() else None
            tail = el.getparent() if el.tail and el.tail.strip() else None
            for start in (own, tail):
                node = start
                while node is not None and node not in texty:
                    texty.add(node)
                    node = node.getparent()
            if self._heading_level(el):
                for anc in el.iterancestors():
                    self._heading_anc.add(anc)
            if _tag(el) in ("li", "tr", "dd", "dt"):
                parent = el.getparent()
                if parent is not None:
                    for anc in parent.iterancestors():
                        self._list_anc.add(anc)
                    self._list_anc.add(parent)

    def _heading_level(self, el) -> int:
        cached = self._levels.get(el)
        if cached is None:
            cached = self._levels[el] = self._heading_level_uncached(el)
        return cached

    def _heading_level_uncached(self, el) -> int:
        tag = _tag(el)
        if tag in _HEADING_TAGS:
            text = _heading_text(el)
            if not text:
                return 0
            level = _HEADING_TAGS[tag]
            kind = section_kind(text.rstrip(":："))
            yearish = _year_heading(text)[0]
            if kind or yearish:
                return level
            cls = " ".join(_classes(el))
            if re.search(r"(article|paper|pub|card)[-_ ]?title|papertitle", cls):
                return 0
            for anc, _ in zip(el.iterancestors(), range(4)):
                if any(_ENTRY_CLASS.match(c) for c in _classes(anc)):
                    return 0
            if level >= 4 and len(text.split()) >= 5 and not _LABEL_HEADING.match(text):
                return 0  # a paper's title set as a small heading, unless it opens with a label ("Job opening: ...")
            return level
        if tag == "summary":
            # <details><summary>Show all news</summary><ul>...: the disclosure's label heads the list it opens
            parent = el.getparent()
            if parent is not None and _tag(parent) == "details" and any(
                    _tag(c) in ("ul", "ol", "dl", "table") for c in parent.iter() if c is not parent):
                text = _norm(" ".join(_itertext(el)))
                return 6 if text and len(text) <= 60 else 0
            return 0
        if tag == "div" and "blocktitle" in _classes(el) and not any(_tag(c) in _BLOCK_TAGS for c in el):
            # jemdoc's infoblock title: a heading whatever it says
            text = _norm(" ".join(_itertext(el)))
            return 2 if text and len(text) <= 60 else 0
        if tag in ("p", "div", "span", "td", "dt", "font", "center", "strong", "b"):
            if tag in ("strong", "b", "span", "font") and el.getparent() is not None and _tag(el.getparent()) not in (
                    "body", "div", "section", "td", "center", "article", "main"):
                return 0
            if tag in ("strong", "b", "span", "font"):
                # a bold line on its own between blocks
                prev_text = (el.getparent().text if el.getprevious() is None else el.getprevious().tail) or ""
                if prev_text.strip() or (el.tail or "").strip():
                    return 0
            if any(_tag(c) in _BLOCK_TAGS for c in el):
                return 0
            text = _norm(" ".join(_itertext(el)))
            if not text or len(text) > 60 or len(text.split()) > 6:
                return 0
            cls = " ".join(_classes(el))
            heading_class = bool(re.search(r"heading|section-title|sectiontitle|section-header|sec-title|title-section", cls))
            bold = tag in ("strong", "b") or _BOLD_STYLE.search(el.get("style") or "") or (
                not (el.text or "").strip() and len(el) == 1 and _tag(el[0]) in ("b", "strong", "font", "span", "u")
                and not (el[0].tail or "").strip())
            if not (heading_class or bold):
                nxt = el.getnext()
                if tag in ("p", "div", "span") and _year_heading(text)[0] and nxt is not None \
                        and _tag(nxt) in ("ul", "ol", "dl"):
                    return 5  # "<p>2019</p><ul>...": a plain paragraph holding only a year heads the list below it
                return 0
            kind = section_kind(text.rstrip(":："))
            yearish = _year_heading(text)[0]
            if kind:
                return 3
            if yearish:
                return 5
            return 0
        return 0

    # --- walking the body into blocks
    def walk(self) -> None:
        body = self.root.find("body")
        if body is None:
            body = self.root
        self._walk_container(body)

    def _emit_item(self, el=None, atoms=None, is_list_item=False) -> None:
        b = Block(kind="item", el=el, atoms=atoms, is_list_item=is_list_item)
        if el is not None and _is_chrome(el):
            return
        self.blocks.append(b)

    def _emit_heading(self, el, level: int) -> None:
        text = _heading_text(el)
        b = Block(kind="heading", el=el, level=level, text=text)
        self.blocks.append(b)
        if any(_tag(c) in _BLOCK_TAGS for c in el):
            # an unclosed heading tag swallowed what follows it (<h2>Papers<ul>...): walk that too
            b.group_label = "own"
            for child in el:
                if _tag(child) in _BLOCK_TAGS:
                    self._walk(child)

    def _walk(self, el) -> None:
        tag = _tag(el)
        if not tag or _is_chrome(el):
            return
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
        elif tag in ("p", "pre", "address", "figcaption", "summary", "dt", "dd", "li", "blockquote") and el not in self._heading_anc and not self._has_block_child(el):
            self._emit_item(el, is_list_item=tag in ("li", "dd", "dt"))
        else:
            self._walk_generic(el)

    def _has_block_child(self, el) -> bool:
        return any(_tag(c) in _BLOCK_TAGS and _tag(c) not in ("br",) for c in el)

    def _layout_row(self, tr) -> bool:
        """A table row used for page layout (it holds tables, lists or many paragraphs)."""
        for cell in tr:
            for d in cell.iter("table", "ul", "ol", "h1", "h2", "h3"):
                if d is not cell and self.has_text(d):
                    if _tag(d) in ("ul", "ol") and len(d) <= 1:
                        continue
                    return True
        return False

    def _walk_list(self, el) -> None:
        if _tag(el) == "dl" and any(_tag(c) == "dd" for c in el) and not any(c in self._heading_anc for c in el):
            # <dt>term</dt><dd>text</dd>: one entry per term with its descriptions
            group: list = []
            for child in el:
                tag = _tag(child)
                if tag == "dt" and group:
                    self.blocks.append(Block(kind="item", atoms=group, is_list_item=True))
                    group = []
                if tag in ("dt", "dd"):
                    group.append(("e", child))
            if group:
                self.blocks.append(Block(kind="item", atoms=group, is_list_item=True))
            return
        for child in el:
            tag = _tag(child)
            if not tag or _is_chrome(child):
                continue
            if tag in ("li", "dt", "dd"):
                if child in self._heading_anc:
                    self._walk_generic(child)
                    continue
                nested = [c for c in child if _tag(c) in ("ul", "ol") and len([x for x in c if _tag(x) == "li"]) >= 1]
                own = _norm(" ".join(_itertext_excluding(child, nested)))
                if nested and len(own) <= 60 and sum(len([x for x in c if _tag(x) == "li"]) for c in nested) >= 2:
                    if own:
                        self.blocks.append(Block(kind="heading", el=child, level=6, text=own, group_label="list"))
                    for c in nested:
                        self._walk_list(c)
                else:
                    self._emit_item(child, is_list_item=True)
            else:
                self._walk(child)

    def _walk_table(self, el, columns: list[str] | None = None) -> None:
        for child in el:
            tag = _tag(child)
            if tag in ("thead", "tbody", "tfoot"):
                columns = self._walk_table(child, columns)
            elif tag == "tr":
                cells = [c for c in child if _tag(c) in ("td", "th")]
                texty = [c for c in cells if self.has_text(c)]
                if columns is None and len(texty) == 1 and all(_tag(c) == "th" for c in cells) \
                        and section_kind(_norm(" ".join(_itertext(texty[0])))):
                    # a table whose one header cell is a section word ("| Publications |"): the section's heading
                    self.blocks.append(Block(kind="heading", el=texty[0], level=2,
                                             text=_norm(" ".join(_itertext(texty[0])))))
                    columns = []
                    continue
                if cells and all(_tag(c) == "th" for c in cells) and len(cells) >= 2 and columns is None:
                    # a header row: column labels, not data
                    columns = [_norm(" ".join(_itertext(c))).lower() for c in cells]
                    self.ignore(self.el_lines(child))
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
            cls = _classes(el)
            if any(_ENTRY_CLASS.match(c) for c in cls) and not self._compound(el):
                self._emit_item(el)
                return
            blocks = [c for c in el if _tag(c) in _BLOCK_TAGS and self.has_text(c)]
            own = _norm(" ".join(self._own_inline_text(el)))
            if not blocks:
                if own or any(_tag(c) in ("a", "img") for c in el.iter()):
                    self._emit_item(el)
                return
            if len(blocks) == 1 and not own:
                self._walk_container(el)
                return
            if not self._compound(el) and el not in self._list_anc and not self._homogeneous(blocks):
                self._emit_item(el)
                return
        self._walk_container(el)

    def _own_inline_text(self, el) -> Iterable[str]:
        if el.text:
            yield el.text
        for c in el:
            if _tag(c) not in _BLOCK_TAGS and isinstance(c.tag, str) and _tag(c) not in _RAW_TAGS:
                yield from _itertext(c)
            if c.tail:
                yield c.tail

    def _compound(self, el) -> bool:
        if el in self._heading_anc:
            return True
        for d in el.iter("ul", "ol", "table"):
            if d is el:
                continue
            items = [x for x in d.iter("li", "tr") if self.has_text(x)]
            if len(items) >= 3:
                return True
        return False

    @staticmethod
    def _homogeneous(blocks: list) -> bool:
        sigs = Counter((_tag(b), tuple(sorted(_classes(b)))) for b in blocks)
        sig, n = sigs.most_common(1)[0]
        if n < 2 or n < 0.6 * len(blocks):
            return False
        # the same tag without classes: entries only when they are not short label lines
        return True

    def _walk_container(self, el) -> None:
        """Walk children; inline content between block children becomes a loose item; runs of
        sibling divs of the same shape are entries."""
        atoms: list = []

        def flush() -> None:
            nonlocal atoms
            if any((a[0] == "t" and ((a[1].text if a[2] == "text" else a[1].tail) or "").strip())
                   or (a[0] == "e" and (self.has_text(a[1]) or _tag(a[1]) in ("a", "img")
                                         or a[1].find(".//a") is not None or a[1].find(".//img") is not None))
                   for a in atoms):
                self._emit_item(atoms=atoms)
            atoms = []

        if el.text and el.text.strip():
            atoms.append(("t", el, "text"))
        children = [c for c in el]
        sigs = Counter(
            (_tag(c), tuple(sorted(_classes(c)))) for c in children
            if _tag(c) in ("div", "section", "article") and self.has_text(c)
        )
        for child in children:
            tag = _tag(child)
            if not tag:
                if child.tail and child.tail.strip():
                    atoms.append(("t", child, "tail"))
                continue
            level = 0 if _is_chrome(child) else self._heading_level(child)
            if tag in _BLOCK_TAGS or level or (child in self._heading_anc) or self._has_block_desc(child):
                flush()
                if _is_chrome(child):
                    pass  # page chrome: nothing to read (its tail text is read below)
                elif level:
                    self._emit_heading(child, level)
                elif (tag in ("div", "section", "article") and sigs[(tag, tuple(sorted(_classes(child))))] >= 2
                      and ((child not in self._heading_anc and not self._compound(child))
                           or (sigs[(tag, tuple(sorted(_classes(child))))] >= 3 and self._card(child)))
                      and len([c for c in child if _tag(c) in _BLOCK_TAGS and self.has_text(c)]) >= 2
                      and not self._entry_list(child)):
                    self._emit_item(child, is_list_item=True)  # one of a run of same-shape boxes: one entry
                else:
                    self._walk(child)
            else:
                atoms.append(("e", child))
            if child.tail and child.tail.strip():
                atoms.append(("t", child, "tail"))
        flush()

    def _card(self, el) -> bool:
        """A small box that opens with a title heading of its own ('<div class="news-item"><h3>[Grant] ...</h3>
        <p>...</p><span>2025.07</span></div>'): one entry, its heading no section."""
        heads = [d for d in el.iter() if d is not el and isinstance(d.tag, str) and self._heading_level(d)]
        if len(heads) != 1 or heads[0].getparent() is not el or section_kind(_heading_text(heads[0]), exact=True):
            return False
        if any(len([x for x in d.iter("li", "tr") if self.has_text(x)]) >= 3 for d in el.iter("ul", "ol", "table")):
            return False
        return len(_norm(" ".join(_itertext(el)))) <= 800

    def _entry_list(self, el) -> bool:
        """A box of three or more same-shape divs that each hold a few blocks ("publication-list" of
        "publication-item"s): a list of entries, walked into, not one entry."""
        blocks = [c for c in el if _tag(c) in ("div", "section", "article", "li") and self.has_text(c)]
        if len(blocks) < 3:
            return False
        sigs = Counter((_tag(b), tuple(sorted(_classes(b)))) for b in blocks)
        sig, n = sigs.most_common(1)[0]
        return bool(sig[1]) and n >= 3 and n >= 0.8 * len(blocks)

    def has_text(self, el) -> bool:
        """Whether an element holds any text (outside scripts and comments); precomputed."""
        return el in self._texty

    def el_lines(self, el) -> set[int]:
        out = set()
        for node, where in _text_nodes(el):
            span = self.page.lines_of(node, where)
            if span:
                out.update(range(span[0], span[1] + 1))
        return out

    def _has_block_desc(self, el) -> bool:
        return any(_tag(d) in _BLOCK_TAGS for d in el.iter() if d is not el)

    # --- segments of a block
    def segs(self, block: Block) -> tuple[list[Seg], list[int]]:
        if block._segs is None:
            runs = self.rb.item_runs(block)
            block._segs = _segments(runs)
            lines: set[int] = set()
            for s in block._segs[0]:
                lines |= s.lines
            block.lines = lines
        return block._segs

    def block_anchors(self, block: Block) -> list:
        if block.atoms is not None:
            out = []
            for a in block.atoms:
                if a[0] == "e":
                    if _tag(a[1]) == "a":
                        out.append(a[1])
                    out.extend(a[1].iter("a"))
            return out
        return list(block.el.iter("a"))

    def block_imgs(self, block: Block) -> list:
        if block.atoms is not None:
            out = []
            for a in block.atoms:
                if a[0] == "e":
                    out.extend(a[1].iter("img"))
            return out
        return list(block.el.iter("img"))


def _itertext_excluding(el, skip: list) -> Iterable[str]:
    if el.text:
        yield el.text
    for c in el:
        if c in skip:
            continue
        if isinstance(c.tag, str):
            yield from _itertext(c)
        if c.tail:
            yield c.tail


# --- the profile builder ------------------------------------------------------------------------

_CREDIT_CUES = ("steal", "scrape", "jonbarron", "template", "design", "source code", "layout", "jemdoc",
                "bibtex2html", "powered")


def _template_credit(text: str) -> bool:
    low = text.lower()
    return any(c in low for c in _CREDIT_CUES) and bool(_TEMPLATE_CREDIT.search(text))


_TEMPLATE_CREDIT = re.compile(
    r"steal this website|do not scrape the html|jonbarron_website|"
    r"\b(?:website|page|site)\s+(?:template|design)\s+(?:is\s+)?(?:from|by|adapted from|courtesy of|borrowed from)\b|"
    r"\b(?:template|design|source code|layout)\s+(?:is\s+)?(?:from|by|adapted from|courtesy of|borrowed from|"
    r"based on)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:jon\s*barron|jemdoc|al-folio|academicpages|minimal mistakes|"
    r"wowchemy|hugo blox)|\b(?:generated|created|built)\s+(?:by|with)\s+(?:jemdoc|bibtex2html)\b|"
    r"^(?:proudly\s+)?powered\s+by\s+(?:wordpress|jekyll|hugo|wowchemy|hugo blox|google sites)\W*$",
    re.I)


_FIRST_PERSON_BIO = re.compile(r"^(?:I am|I'm|I’m|I work|I lead|I direct|I received|My (?:research|group|lab|work))\b")


_PAGE_CHROME = re.compile(r"(?i)^\s*(?:last\s+(?:modifi(?:ed|cation)|updated?|update|changed)|page\s+(?:last\s+)?"
                          r"(?:updated|modified)|updated\s+on|最后更新|更新于)\b")
_LANG_SWITCH = re.compile(r"(?i)\W*(?:切换至|切换到|switch\s+to)?\s*\[?\s*(?:中文主页|中文版|中文|english(?:\s+version)?|"
                          r"english\s+homepage|chinese(?:\s+version)?|chinese\s+homepage)\s*\]?\s*[。.]?\W*")
_SELF_INTRO = re.compile(r"\b(?:I am|I'm|I’m|My name is|This is)\s+(?:Dr\.?\s+|Prof\.?\s+)?(?P<n>[A-Z][a-zA-Z'\-]+"
                         r"(?:\s+[A-Z][a-zA-Z'\-.]*){1,3})\s*(?:[(（](?P<alt>[^()（）]+)[)）])?\s*(?=[,.(!]|\s+and\b)")
_BIO_SUBJECT = re.compile(r"^\s*(?:Dr\.?\s+|Prof\.?\s+)?(?P<n>[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-.]*){1,3})\s*"
                          r"(?:[(（](?P<alt>[^()（）]+)[)）])?\s*(?:,[^,]{0,80},\s*)?"
                          r"(?=(?:is|got|was|received|joined|works|obtained|earned|has|leads|serves|holds|currently)\b)")
"""A bio opening with its subject: "Anbang Yao got his Ph.D. ...", "Lena Fischer is an Associate Professor ..."."""
_GREETING_ONLY = re.compile(r"(?i)\W*(?:hi|hello|hey|howdy|welcome|greetings|你好|您好)(?:\s+(?:there|all|everyone|folks|world))?\W*")
"""A heading that only greets ("### Hi there 👋"): no data, no owner's name."""
_GROUP_TITLE = re.compile(r"(?i)\b(?:lab|labs|laboratory|group|team)\b")
"""Words of a page title that names a research group, not a person."""
"""A heading that opens with a label ("Job opening: researcher / engineer in Shanghai")."""
_HOMEPAGE_LINE = re.compile(r"(?i)^\W*(?:(?:personal\s+)?home\s*page|web\s*site|web|个人主页|主页)"
                            r"(?:\s*/\s*(?:(?:personal\s+)?home\s*page|web\s*site|主页))?\s*[:：]\s*(https?://\S+)\s*$")
_SITE_LABEL = re.compile(r"(?i)scholar|linked|github|twitter|orcid|dblp|research\s*gate|zhi\s*hu|semantic|google|weibo|"
                         r"profile|home\s*page|web\s*site|page|\bcv\b|publications")


class _Builder:
    def __init__(self, reader: _Reader) -> None:
        self.r = reader
        self.doc = reader.doc
        self.person_name: str | None = None
        self.alt_names: list[str] = []
        self.name_lines: set[int] = set()
        self.person = dict(job_title=None, email=None, homepage=None, image=None, description=None, location=None)
        self.affiliations: list[Affiliation] = []
        self.identifiers: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.education: list[Education] = []
        self._listed_education = 0  # how many of self.education (at its head) an Education section listed
        self.advisors: list[str] = []
        self.interests: list[str] = []
        self.metrics: Metrics | None = None
        self.bio: list[str] = []
        self.pubs: list[_PubDraft] = []
        self.news: list[NewsItem] = []
        self.awards: list[Award] = []
        self.students: list[Student] = []
        self.service: list[Service] = []
        self.talks: list[Talk] = []
        self.legend: dict[str, str] | None = None
        self.ctx = _Ctx()
        self._pending_dept: str | None = None
        self._last_aff_seg = None
        self._prose_awards: list[Award] = []
        self.group_page = False
        """The page is titled by a group ("CORAL Lab @ University of Michigan"): its header is the group's."""
        """Awards the bio names in prose ("I won the X prize in 2019"): kept when the page has no awards list."""

    # --- name
    def find_name(self) -> None:
        r = self.r
        cands: list[tuple[str, list[str], set[int]]] = []
        owner = r.options.owner
        cands.extend(r.name_hints)
        body = r.root.find("body")
        if body is not None:
            for tag in ("h1", "name"):
                for el in body.iter(tag):
                    if any(_is_chrome(a) for a in el.iterancestors()) or _is_chrome(el):
                        continue
                    c = _name_candidate(" ".join(_itertext(el)))
                    if c:
                        lines = self._el_lines(el)
                        cands.append((c[0], c[1], lines))
                    break
        for key in ("author", "citation_author", "og:title", "twitter:title", "og:site_name", "dc.creator",
                    "profile:first_name"):
            v = r.meta_value(key)
            if v and key != "citation_author":
                c = _name_candidate(v[0])
                if c:
                    cands.append((c[0], c[1], {v[1]} if v[1] else set()))
        if r.head_title:
            c = _name_candidate(r.head_title[0])
            if c:
                cands.append((c[0], c[1], {r.head_title[1]} if r.head_title[1] else set()))
        if body is not None and cands and not any(has_cjk(c[0]) or c[1] for c in cands):
            # "## 李娜" under a front matter that names "Li Na": the first small heading in Chinese only
            for el in body.iter("h2", "h3"):
                text = _norm(el.text_content())
                if section_kind(text):
                    break
                if has_cjk(text) and not re.search(r"[A-Za-z]", text):
                    c = _name_candidate(text)
                    if c:
                        cands.append((c[0], c[1], self._el_lines(el)))
                    break
        # Hugo/other: h2 in a profile block
        if body is not None and not cands:
            for el in body.iter("h2", "h3"):
                if any(_is_chrome(a) for a in el.iterancestors()):
                    continue
                if section_kind(_norm(el.text_content())):
                    break
                c = _name_candidate(" ".join(_itertext(el)))
                if c:
                    cands.append((c[0], c[1], self._el_lines(el)))
                    break
        chosen = None
        if owner:
            for c in cands:
                if same_name(c[0], owner) or any(same_name(a, owner) for a in c[1]):
                    chosen = c
                    break
            if chosen is None:
                chosen = (owner, [], set())
        elif cands:
            # prefer a candidate another source confirms
            for c in cands:
                if sum(same_name(c[0], d[0]) for d in cands) >= 2:
                    chosen = c
                    break
            chosen = chosen or cands[0]
        if chosen:
            self.person_name = chosen[0]
            self.alt_names = list(dict.fromkeys(chosen[1]))
            # every candidate that names the same person: its lines are used, other scripts kept
            for c in cands:
                if same_name(c[0], chosen[0]):
                    self.name_lines |= c[2]
                    for a in c[1]:
                        if a not in self.alt_names and a != self.person_name:
                            self.alt_names.append(a)
            if not has_cjk(self.person_name):
                # a heading in Chinese beside a Latin name from elsewhere (front matter, title): the same person
                cjk_only = [c for c in cands if has_cjk(c[0]) and not re.search(r"[A-Za-z]", c[0])]
                if len(cjk_only) == 1 and not self.alt_names:
                    self.alt_names.append(cjk_only[0][0])
                    self.name_lines |= cjk_only[0][2]
            self.r.use(self.name_lines)
            self.ctx.owner_names = [self.person_name, *self.alt_names]

    def _el_lines(self, el) -> set[int]:
        return self.r.el_lines(el)

    # --- sections
    def _merge_title_headings(self) -> None:
        """A paper's title set as a heading, its authors and venue in the paragraph below (and its abstract
        after that): one entry, not a section."""
        blocks = self.r.blocks
        out: list[Block] = []
        i = 0
        while i < len(blocks):
            b = blocks[i]
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            text = b.text.rstrip(":：").strip() if b.kind == "heading" else ""
            if b.el is not None and _tag(b.el) in _HEADING_TAGS and b.kind == "item":
                text = _norm(" ".join(_itertext(b.el)))  # a heading nested in a badly closed one ("<h2>..</h3>")
            if b.el is not None and _tag(b.el) in _HEADING_TAGS and _QUOTED_TITLE.fullmatch(text) and nxt is not None \
                    and nxt.kind == "item" and nxt.el is not None and _tag(nxt.el) in _PAPER_PARTS:
                # '<h4>"Title"</h4><p>(authors)</p><p>citation</p><p>links</p>...': a quoted heading is a paper's
                # title, and the paragraphs up to the next heading are its entry
                atoms = [("e", b.el)]
                i += 1
                while i < len(blocks) and blocks[i].kind == "item" and blocks[i].el is not None \
                        and _tag(blocks[i].el) in _PAPER_PARTS:
                    atoms.append(("e", blocks[i].el))
                    i += 1
                out.append(Block(kind="item", atoms=atoms, is_list_item=True, paper=True))
                continue
            if (b.kind == "heading" and b.level >= 2 and b.el is not None and nxt is not None and nxt.kind == "item"
                    and nxt.el is not None and _tag(nxt.el) == "p" and len(text.split()) >= 4
                    and not section_kind(text) and not _year_heading(text)[0]):
                # (a colon is no label here: "Stream learning: a survey" over an author line is a paper's title)
                segs, _ = self.r.segs(nxt)
                first = segs[0].text if segs else ""
                lines = [x for x in re.split(r"\n", " ".join(_itertext(nxt.el))) if x.strip()]
                head = _norm(lines[0]) if lines else first
                # "A Lee, B Roe. AAAI, 2025.": the authors may share their line with the venue
                if max(_author_score(head, self.ctx.owner_names), _author_score((_sentences(head) or [""])[0],
                       self.ctx.owner_names)) >= 0.6 and _YEAR_RX.search(" ".join(s.text for s in segs)):
                    atoms = [("e", b.el), ("e", nxt.el)]
                    after = blocks[i + 2] if i + 2 < len(blocks) else None
                    if after is not None and after.kind == "item" and after.el is not None and _tag(after.el) == "p":
                        words = _norm(" ".join(_itertext(after.el))).split()
                        if len(words) >= 25 and _author_score(" ".join(words[:12]), self.ctx.owner_names) < 0.3:
                            atoms.append(("e", after.el))  # its abstract
                            i += 1
                    out.append(Block(kind="item", atoms=atoms, is_list_item=True))
                    i += 2
                    continue
            out.append(b)
            i += 1
        self.r.blocks[:] = out

    def assign_sections(self) -> None:
        self._merge_title_headings()
        current: str | None = self.r.initial_section
        level = 0 if current is None else 1
        group_year: int | None = None
        group_label: str | None = None
        seen_section = current is not None
        heading_text: str | None = None
        for b in self.r.blocks:
            if b.kind == "heading":
                heading_text = b.text.rstrip(":：").strip() if section_kind(b.text.rstrip(":：").strip()) \
                    else heading_text
                lines = self._el_lines(b.el) if b.group_label not in ("list", "own") else self._own_lines(b.el)
                text = b.text.rstrip(":：").strip()
                kind = section_kind(text) or (section_kind(re.sub(r"\s*[(（\[].*$", "", text))
                                              if re.search(r"\S\s*[(（\[]", text) else None)
                yearish, year = _year_heading(text)
                first = min(lines) if lines else b.el.sourceline
                if self.person_name and _name_candidate(text) and same_name(_name_candidate(text)[0], self.person_name):
                    b.kind = "name"
                    self.r.use(lines)
                    if kind in ("publications", "talks") and current is None and not fold(text).startswith(fold(kind)[:4]) \
                            and not same_name(text, self.person_name):
                        # "Anselm Quiroga — Publications": the name and the page's section at once
                        current, level = kind, b.level
                        seen_section = True
                        if first:
                            self.doc.sections[first + self.r.offset] = kind
                    continue
                if yearish and current is not None:
                    group_year, group_label = year, text
                    if year:
                        self.r.use(lines)
                    else:
                        self.r.ignore(lines)
                    continue
                leg = self._legend_in(text)
                if kind and not (kind == current and b.level > level) and not (
                        current == "publications" and kind == "publications" and b.level >= level and seen_section and b.level > 1 and self._is_pub_subheading(text)):
                    current, level = kind, b.level
                    group_year, group_label = None, None
                    seen_section = True
                    if first:
                        self.doc.sections[first + self.r.offset] = kind
                    self.r.ignore(lines)
                    if leg:
                        self.r.use(lines)
                    continue
                if kind or (current is not None and b.level > level) or (current is None and b.group_label == "list"):
                    # a sub-heading inside the current section (role, category)
                    group_label = text
                    if current in ("publications", "news", "awards") and year:
                        group_year = year
                    self.r.ignore(lines)
                    if leg:
                        self.r.use(lines)
                    continue
                if current is None and _GREETING_ONLY.fullmatch(text):
                    self.r.ignore(lines)
                    continue
                if current is None and not seen_section and not _LABEL_HEADING.match(text):
                    b.kind = "item"  # an unknown heading in the page header (a tagline, a title)
                    b.section = None
                    if b.level == 1 and _GROUP_TITLE.search(text) and not _name_candidate(text):
                        self.group_page = True
                    continue
                current, level = "other", b.level
                group_year, group_label = None, None
                if first:
                    self.doc.sections[first + self.r.offset] = text or "other"  # the heading names what kg did not read
                self.r.ignore(lines)
                continue
            # a paper block (a quoted title heading with its paragraphs) is a publication under any heading
            b.section = "publications" if b.paper and current in (None, "other") else current
            b.group_year = group_year
            b.group_label = group_label
            b.heading = heading_text

    def _own_lines(self, el) -> set[int]:
        out = set()
        span = self.r.page.lines_of(el, "text")
        if span and (el.text or "").strip():
            out.update(range(span[0], span[1] + 1))
        for c in el:
            if _tag(c) in _BLOCK_TAGS:
                if c.tail and c.tail.strip():
                    sp = self.r.page.lines_of(c, "tail")
                    if sp:
                        out.update(range(sp[0], sp[1] + 1))
                continue
            for node, where in _text_nodes(c):
                sp = self.r.page.lines_of(node, where)
                if sp:
                    out.update(range(sp[0], sp[1] + 1))
            if c.tail and c.tail.strip():
                sp = self.r.page.lines_of(c, "tail")
                if sp:
                    out.update(range(sp[0], sp[1] + 1))
        return out

    @staticmethod
    def _is_pub_subheading(text: str) -> bool:
        return bool(re.search(r"journal|conference|preprint|workshop|thesis|book|patent|article|manuscript|"
                              r"peer|under review|in submission|technical|report|chapter|other", text, re.I))

    def _legend_in(self, text: str) -> dict[str, str] | None:
        if not re.search(r"equal|correspond|co-first|joint first|intern|mentor|student|advis|supervis", text, re.I):
            return None
        if not re.search(r"[*+#†‡✉§¶^]", text):
            return None
        leg = read_legend(text)
        if leg:
            self.legend = {**(self.legend or {}), **leg}
        return leg

    # --- legend anywhere (before reading publications)
    def find_legend(self) -> None:
        for b in self.r.blocks:
            if b.kind == "heading":
                self._legend_in(b.text)
                continue
            if b.section not in ("publications", None, "other"):
                continue
            segs, _ = self.r.segs(b)
            for s in segs:
                t = s.text
                if len(t) > 300:
                    continue
                style = _style_legend(t) if "nderline" in t and len(t.split()) <= 20 else None
                if style:
                    self.ctx.style_marks.update(style)
                    s.legend = True
                    self.r.use(s.lines)
                    continue
                if self._legend_in(t) and len(re.sub(r"[*+#†‡✉§¶^]", "", t).split()) <= 30:
                    # a line that is only a legend
                    if not re.search(r"\b(19|20)\d\d\b", t):
                        s.legend = True
                        self.r.use(s.lines)
        self.ctx.legend = self.legend

    # --- readers per section
    def read(self) -> None:
        r = self.r
        # the sections whose items are read from (block, segments) alone
        readers = {"news": self.read_news, "awards": self.read_awards, "students": self.read_students,
                   "service": self.read_service, "education": self.read_education,
                   "interests": self.read_interests, "experience": self.read_experience,
                   "talks": self.read_talks}
        for b in r.blocks:
            if b.kind != "item":
                continue
            sec = b.section
            segs, gaps = r.segs(b)
            if not segs and not r.block_anchors(b) and not (sec in (None, "bio") and r.block_imgs(b)):
                continue
            if segs and len(segs) <= 4 and _template_credit(" ".join(s.text for s in segs)):
                r.ignore(b.lines)  # the template's credit line ("steal this website's source code")
                continue
            if segs and len(segs) <= 2 and (_PAGE_CHROME.match(segs[0].text) or _LANG_SWITCH.fullmatch(segs[0].text)):
                for s in segs:
                    r.ignore(s.lines)  # "Last modified: ...", "切换至中文主页" / "[中文版]": about the page, not its owner
                continue
            if sec not in (None, "bio", "contact") and self._personish(b):
                sec = "contact"
            if sec == "publications":
                before = len(self.pubs)
                self.read_pubs(b, segs, gaps)
                if len(self.pubs) == before and len(segs) == 1 and _FIRST_PERSON_BIO.match(segs[0].text) \
                        and _JOB_RX.search(segs[0].text):
                    # "I am an Associate Professor in ..." under a "Research" heading: the owner's bio
                    # (a position in it; a research statement alone stays where it is)
                    self.read_person(b, segs, "bio")
                elif len(self.pubs) == before:
                    # "For the complete list see my [Google Scholar](...) page.": the owner's profile links
                    self.read_person_links(b, segs)
            elif sec in readers:
                readers[sec](b, segs)
            elif sec in (None, "bio", "contact"):
                self.read_person(b, segs, sec)
            else:
                self.read_person_links(b, segs)
        if not self.awards:
            self.awards.extend(self._prose_awards)

    _PERSON_CLASS = re.compile(r"^(social|social-icons|contact|contact-icons|contact-info|network-icon|author__urls|"
                               r"author-urls|social-links|profile-links|sociallinks|links-social)$")

    def _personish(self, b: Block) -> bool:
        """A block of contact icons or social links, wherever it sits on the page."""
        el = b.el if b.el is not None else (b.atoms[0][1].getparent() if b.atoms and b.atoms[0][0] == "e" else
                                             (b.atoms[0][1] if b.atoms else None))
        for _, anc in zip(range(4), [el, *(el.iterancestors() if el is not None else [])]):
            if anc is not None and any(self._PERSON_CLASS.match(c) for c in _classes(anc)):
                return True
        return False

    def _groups(self, segs: list[Seg], gaps: list[int]) -> list[list[Seg]]:
        if not gaps:
            return [segs]
        out, start = [], 0
        for g in gaps:
            out.append(segs[start:g])
            start = g
        out.append(segs[start:])
        return [g for g in out if g]

    def _whole_citation(self, seg: Seg) -> bool:
        """A line that is a citation on its own: authors, a year and at least a title and a venue."""
        text = seg.text
        if len(text) < 40 or find_year(text) is None:
            return False
        parts = _sentences(_NUMBERING.sub("", text, count=1))
        if len(parts) < 3:
            return False
        return _author_score(parts[0], self.ctx.owner_names) >= 0.3 or _uninvert_authors(
            re.sub(r"[\s(]*(?:19|20)\d\d[a-z]?\)?[.\s]*$", "", parts[0])) is not None

    def read_pubs(self, b: Block, segs: list[Seg], gaps: list[int], strict: bool = False) -> None:
        segs = [s for s in segs if not s.legend]
        groups = self._groups(segs, gaps)
        if len(groups) == 1 and len(segs) >= 3:
            # numbered one-line entries in one paragraph
            starts = [i for i, s in enumerate(segs) if _NUMBERING.match(s.text)]
            if len(starts) >= 2 and starts[0] == 0:
                groups = [segs[a:bn] for a, bn in zip(starts, starts[1:] + [len(segs)])]
        if len(groups) == 1 and len(segs) >= 2 and all(self._whole_citation(s) for s in segs):
            # full citations one per line in one paragraph ("A, B. 2023. Title. Venue.<br>C. 2021. ...")
            groups = [[s] for s in segs]
        group_year = b.group_year
        for g in groups:
            while g and len(g[0].text) <= 30 and _year_heading(g[0].text)[0]:
                # a year line inside the paragraph ("<b>2022</b><br>"): it heads the entries after it
                group_year = _year_heading(g[0].text)[1]
                (self.r.use if group_year else self.r.ignore)(g[0].lines)
                g = g[1:]
            if not g:
                continue
            line = min((min(s.lines) for s in g if s.lines), default=b.line())
            if self.ctx.soft_lines:
                g = _split_source_lines(g, self.ctx.owner_names)
            g = _join_name_lines(g, self.ctx.owner_names)
            draft = _read_entry(g, self.ctx, group_year, self.r.L(line))
            if draft is None:
                continue
            if strict and not (draft.pub.authors and (draft.pub.venue or draft.pub.year)):
                continue
            if strict and len(draft.pub.title.split()) <= 4 and _name_like(draft.pub.title) and not any(
                    re.search(r"[\"“]\s*" + re.escape(draft.pub.title) + r"\W{0,2}[\"”]", s.text) for s in g):
                continue  # a person's name with a role and a year (a table of group members); a quoted title is none
            if strict and draft.pub.year is None and any(_FIRST_PERSON_BIO.match(p) for s in g
                                                         for p in _sentences(s.text)):
                continue  # "Hello! I'm Priya Raman. I am a Lecturer at ...": the owner's bio, not a paper
            if draft.pub.year is None and group_year:
                draft.pub.year = group_year
            label = b.group_label if b.group_label and not _year_heading(b.group_label)[0] else None
            if label is None and b.heading and len(set(m.lower() for m in re.findall(
                    r"journal|conference|preprint|workshop|thesis|book", b.heading, re.I))) == 1:
                label = b.heading  # the section's own heading names one type ("Preprints", "Journal Articles")
            if label:
                vt = re.search(r"journal|conference|preprint|workshop|thesis|book", label, re.I)
                if vt and draft.pub.venue_type is None:
                    draft.pub.venue_type = {"journal": "journal", "conference": "conference", "preprint": "preprint",
                                            "workshop": "workshop", "thesis": "thesis", "book": "book"}[vt.group(0).lower()]
            self.pubs.append(draft)
            self.r.use(draft.lines)

    def _item_texts(self, b: Block, segs: list[Seg], each=None) -> list[tuple[str, set[int], list[Seg]]]:
        """One text per entry: a list item or table row is one entry (unless each of its
        lines is an entry by itself, as ``each`` tells); a paragraph with <br>-separated
        lines holds one entry per line."""
        if b.is_list_item and len(segs) >= 2 and each is not None and all(each(s.text) for s in segs):
            return [(s.text, s.lines, [s]) for s in segs]
        if b.is_list_item or len(segs) <= 1:
            return [(_norm(" ".join(s.text for s in segs)), set().union(*[s.lines for s in segs]) if segs else set(), segs)]
        return [(s.text, s.lines, [s]) for s in segs]

    def _links_of(self, segs: list[Seg]) -> list[str]:
        out = []
        for s in segs:
            for a in s.anchors():
                u = _abs_url(a.get("href"), self.ctx)
                if u and u not in out:
                    out.append(u)
        return out

    def read_news(self, b: Block, segs: list[Seg]) -> None:
        entries = self._item_texts(b, segs, each=lambda t: bool(_DATE_PREFIX.match(t)) and _date_of(
            _DATE_PREFIX.match(t).group("date"), b.group_year) is not None)
        # a table row or <dt>/<dd> pair: date cell, text cell
        if b.is_list_item and len(segs) >= 2 and len(segs[0].text) <= 30 and _date_of(segs[0].text, b.group_year):
            entries = [(segs[0].text + ": " + _norm(" ".join(s.text for s in segs[1:])),
                        set().union(*[s.lines for s in segs]), segs)]
        elif b.is_list_item and len(segs) >= 2 and len(segs[-1].text) <= 30 \
                and (m := _DATE_PREFIX.match(segs[-1].text + " ")) and m.end() >= len(segs[-1].text) \
                and _date_of(segs[-1].text, b.group_year):
            # a news card: title, text, then its date ("2025.07") on a line of its own
            entries = [(segs[-1].text + ": " + _norm(" ".join(s.text for s in segs[:-1])),
                        set().union(*[s.lines for s in segs]), segs)]
        for text, lines, ss in entries:
            if not text:
                continue
            date = None
            body = text
            m = _DATE_PREFIX.match(text)
            if m:
                date = _date_of(m.group("date"), b.group_year)
                if date:
                    body = text[m.end():].strip()
            if date is None and b.group_year:
                date = str(b.group_year)
            body = body.strip(" :-–—")
            if not body:
                continue
            try:
                item = NewsItem(date=date, text=body, links=self._links_of(ss), line=self.r.L(min(lines) if lines else b.line()))
            except ValueError:
                item = NewsItem(text=body, line=self.r.L(min(lines) if lines else b.line()))
            self.news.append(item)
            self.r.use(lines)

    def read_awards(self, b: Block, segs: list[Seg]) -> None:
        for text, lines, ss in self._item_texts(b, segs, each=lambda t: bool(_YEAR_RX.search(t))):
            if not text:
                continue
            text = expand_year_ranges(text)  # "DAAD Scholarship, 2023-24": held 2023 to 2024
            years = sorted({int(y) for y in _YEAR_RX.findall(text)})
            name = text
            dm = _DATE_PREFIX.match(name)
            if dm and re.fullmatch(r"(?:19|20)\d\d[./-]\d{1,2}", dm.group("date")):
                name = name[dm.end():]  # "2021.10 Northwind Fellowship": the month is no part of the name
            name = re.sub(r"^\s*[\[(]?\s*(?:19|20)\d\d(?:\s*[-–,/&]\s*(?:(?:19|20)\d\d|present))*\s*[\])]?\s*[:\-–—.,|]?\s*", "", name)
            name = re.sub(r"[\s,;(\[–—-]*(?:(?:19|20)\d\d(?:\s*[-–,/&~～]\s*|\s+and\s+)?)+[)\]]?\s*\.?\s*$", "", name)
            name = re.sub(r"\s+(?:in|from|during|since)$", "", name)  # "4 Quarterly Awards in 2017~2020"
            name = re.sub(r"\(\s*\)", "", name)
            name = _norm(name).strip(" ,;:-–—.")
            if not name:
                continue
            links = self._links_of(ss)
            self.awards.append(Award(
                name=name,
                year=years[-1] if years else b.group_year,
                years=years if len(years) > 1 else [],
                url=links[0] if links else None,
                line=self.r.L(min(lines) if lines else b.line()),
            ))
            self.r.use(lines)

    def read_talks(self, b: Block, segs: list[Seg]) -> None:
        """A talks list: ``DATE, **Title**, kind of talk, Event, Place | [slides](...)``; the title is the
        entry's emphasised or quoted words (else its text up to the first comma), the event the first
        part after it that is not the kind of talk, the place what follows."""
        for text, lines, ss in self._item_texts(b, segs, each=lambda t: bool(_DATE_PREFIX.match(t))):
            date = None
            m = _DATE_PREFIX.match(text)
            if m and (date := _date_of(m.group("date"), b.group_year)):
                text = text[m.end():]
            text = text.strip(" :-–—,;.")
            title = None
            for r in (r for seg in ss for r in seg.runs):
                t = _norm(r.text).strip(" ,;:.")
                if (r.bold or r.italic) and len(t.split()) >= 2 and t in text:
                    title = t
                    break
            if title is None and (q := re.search(r"[\"“”«]([^\"“”«»]{8,})[\"“”»]", text)):
                title = q.group(1).strip(" ,.")
            if title is None:
                title = re.split(r",\s", text, maxsplit=1)[0]
            rest = text[text.find(title) + len(title):] if title in text else ""
            rest = re.sub(r"\s*\|.*$", "", rest).strip(" \"“”»,;:.-–—")
            rest = re.sub(r"\[[^\]]*\]", "", rest).strip(" ,;:.")
            parts = [p.strip() for p in re.split(r",\s+(?![^()]*\))", rest) if p.strip()]
            kinds = [p for p in parts if _TALK_KIND.search(p) and len(re.sub(r"\(.*?\)", "", p).split()) <= 3]
            parts = [p for p in parts if p not in kinds]
            title = title.strip(" \"“”«»,;:.")
            if not title:
                continue
            links: dict[str, str] = {}
            for a in (a for seg in ss for a in seg.anchors()):
                url = _abs_url(a.get("href"), self.ctx)
                if url and url not in links.values():
                    links.setdefault(link_kind(_norm(a.text_content()), url) or "other", url)
            self.talks.append(Talk(
                title=title, event=parts[0] if parts else None, date=date,
                place=", ".join(parts[1:]) or None, description="; ".join(kinds) or None, links=links,
                line=self.r.L(min(lines) if lines else b.line())))
            self.r.use(lines)

    def read_students(self, b: Block, segs: list[Seg]) -> None:
        role_default = None
        if b.group_label:
            role_default = _role_from(b.group_label)
        if role_default is None and b.heading:
            role_default = _role_from(b.heading)  # "Current and Previous Interns": every one an intern
        if b.el is not None and _tag(b.el) == "tr" and len(segs) >= 2:
            if self._student_row(b, segs, role_default):
                return
            entries = [(segs[0].text, segs[0].lines, segs[:1], segs[1:])]
        else:
            entries = []
            for t, ln, ss in self._item_texts(b, segs):
                if entries and _STUDENT_DETAIL.match(t):
                    entries[-1][3].extend(ss)  # "Thesis: ...", "Next position: ...": the line above's student
                else:
                    entries.append((t, ln, ss, []))
        for text, lines, ss, extra in entries:
            if not extra and self._labelled_students(text, lines, ss, b):
                continue
            names = self._student_chunks(text, ss)
            for chunk, link in names:
                name, info = _split_name_info(chunk)
                if not name:
                    continue
                info_all = _norm(", ".join(x for x in [info, *[s.text for s in extra]] if x))
                inst = _institution_in(info_all)
                role = _role_from(info_all) or role_default
                if role_default == "alumnus" or re.search(r"\bnow\s+(?:at|with)\b", info_all):
                    role = "alumnus"  # under "Alumni", or "(PhD 2023), now at Google": a former student
                url = _abs_url(link.get("href"), self.ctx) if link is not None else None
                ident = identifier_from_url(url) if url else None
                self.students.append(Student(
                    name=name, institution=inst, role=role, url=url,
                    identifiers={ident[0]: ident[1]} if ident else {},
                    line=self.r.L(min(lines) if lines else b.line()),
                ))
                self.r.use(lines)
                for s in extra:
                    self.r.use(s.lines)

    def _labelled_students(self, text: str, lines: set[int], segs: list[Seg], b: Block) -> bool:
        """``"Ph.D. students: Yue Chen (2022-), Hao Sun (2023-)"``: a role, then its people."""
        m = re.match(r"^\s*(?P<label>[^:：]{2,40}?)\s*[:：]\s*(?P<rest>\S.*)$", text)
        if not m or not _role_from(m.group("label")) or (
                _name_like(m.group("label")) and section_kind(m.group("label")) != "students"):
            return False  # "Ra Park: ..." is a person; "Alumni: ..." (a students' section word) a label
        chunks = [c.strip(" .") for c in re.split(r"\s*[;；]\s*|,\s*(?![^()]*\))|\s+and\s+(?![^()]*\))", m.group("rest"))
                  if c.strip(" .")]
        parsed = [(c, *_split_name_info(c)) for c in chunks]
        if not parsed or not all(name for _, name, _ in parsed):
            return False
        anchors = [a for s in segs for a in s.anchors()]
        role_label = _role_from(m.group("label"))
        for chunk, name, info in parsed:
            link = next((a for a in anchors if fold(_label_of(a)) == fold(name)), None)
            url = _abs_url(link.get("href"), self.ctx) if link is not None else None
            ident = identifier_from_url(url) if url else None
            self.students.append(Student(
                name=name, institution=_institution_in(info), role=_role_from(info) or role_label, url=url,
                identifiers={ident[0]: ident[1]} if ident else {},
                line=self.r.L(min(lines) if lines else b.line()),
            ))
        self.r.use(lines)
        return True

    def _student_row(self, b: Block, segs: list[Seg], role_default: str | None) -> bool:
        """A table row of students: cells read by the table's header labels when it has them."""
        cells = [c for c in b.el if _tag(c) in ("td", "th")]
        texts = [_norm(" ".join(_itertext(c))) for c in cells]
        if len(cells) < 2 or not any(texts):
            return False
        cols = b.columns or []

        def col(rx: str) -> int | None:
            for i, label in enumerate(cols[: len(cells)]):
                if re.search(rx, label):
                    return i
            return None

        name_i = col(r"name|student|member|intern|who")
        if name_i is None:
            name_i = next(i for i, t in enumerate(texts) if t)
        name, info = _split_name_info(texts[name_i])
        if not name:
            return False
        inst_i = col(r"institution|universit|affiliation|school|from|organi|now|current|previous|company|where")
        role_i = col(r"role|position|degree|program|status|level|type|title")
        others = [t for i, t in enumerate(texts) if i != name_i and t]
        if inst_i is not None and texts[inst_i]:
            inst = _norm(_YEAR_RX.sub(" ", texts[inst_i])).strip(" ,;-–()")
        else:
            inst = _institution_in(", ".join([info, *others]))
        role = (_role_from(texts[role_i]) if role_i is not None else None) or _role_from(
            ", ".join([info, *others])) or role_default
        link = next((a for a in cells[name_i].iter("a")), None)
        url = _abs_url(link.get("href"), self.ctx) if link is not None else None
        ident = identifier_from_url(url) if url else None
        lines = set().union(*[s.lines for s in segs])
        self.students.append(Student(
            name=name, institution=inst or None, role=role, url=url,
            identifiers={ident[0]: ident[1]} if ident else {},
            line=self.r.L(min(lines) if lines else b.line()),
        ))
        self.r.use(lines)
        return True

    def _student_chunks(self, text: str, segs: list[Seg]) -> list[tuple[str, object]]:
        anchors = [a for s in segs for a in s.anchors()]
        # a comma/semicolon list of several names
        chunks = [c.strip() for c in re.split(r"[;；]\s*|,\s*(?![^()]*\))", text) if c.strip()]
        if len(chunks) >= 3 and sum(_name_like(_split_name_info(c)[0] or "") for c in chunks) >= 0.8 * len(chunks):
            out = []
            for c in chunks:
                nm = _split_name_info(c)[0]
                link = next((a for a in anchors if fold(_label_of(a)) == fold(nm or "")), None)
                out.append((c, link))
            return out
        name = _split_name_info(text)[0]
        link = next((a for a in anchors if name and fold(_label_of(a)) == fold(name)), None)
        return [(text, link)]

    def read_service(self, b: Block, segs: list[Seg]) -> None:
        default_role = b.group_label
        for text, lines, ss in self._item_texts(b, segs, each=lambda t: bool(
                _SERVICE_ROLE.match(t) or ":" in t or _SERVICE_LEAD.match(t))):
            text = _norm(text).strip(" .;")
            if not text:
                continue
            role, venues = _service_parts(text, default_role)
            if not role:
                continue
            years = sorted({int(y) for y in _YEAR_RX.findall(text)})
            self.service.append(Service(role=role, venues=venues, year=years[0] if len(years) == 1 else None,
                                        line=self.r.L(min(lines) if lines else b.line())))
            self.r.use(lines)

    def read_education(self, b: Block, segs: list[Seg]) -> None:
        entries = self._item_texts(b, segs)
        if b.is_list_item and len(segs) > 1:
            entries = [(", ".join(s.text.strip(" ,") for s in segs), set().union(*[s.lines for s in segs]), segs)]
        if b.is_list_item or len(segs) <= 1:
            pass
        elif not any(_DEGREE_RX.search(s.text) and (_ORG_RX.search(s.text)) for s in segs):
            # a degree over several lines ("Ph.D. in CS" / "Stanford University" / "2015")
            entries = [(", ".join(s.text.strip(" ,") for s in segs), set().union(*[s.lines for s in segs]), segs)]
        label = b.group_label if b.group_label not in (None, "list", "own") else None
        for text, lines, ss in entries:
            text = expand_year_ranges(text)  # "B.S. in Physics, Heidelberg, 2020-23": the degree ends in 2023
            if label and _DEGREE_RX.search(text) and not _ORG_RX.search(text) and _INSTITUTION_STRONG.search(label) \
                    and not _year_heading(label)[0]:
                # "<h3>University of Bergen</h3><div>Ph.D. in Computer Science</div>" (resume themes, jemdoc): the
                # heading over a degree names where it was earned
                text = f"{text.rstrip(' .')}, {label}"
            ed = _education_from(text)
            adv = _advisors_in(text)
            if ed:
                self.add_education(ed, listed=True)
                self.r.use(lines)
            if adv:
                self.advisors.extend(a for a in adv if a not in self.advisors)
                self.r.use(lines)

    def add_education(self, ed: Education, listed: bool = False) -> None:
        """Add a degree, merging it with one the page already stated (bio prose and an
        Education list often say the same thing). Degrees an Education section lists come first, in its
        order; those only the prose tells follow."""
        if ed.degree and re.fullmatch(r"(?i)(bachelor|master)['’]?s", ed.degree):
            ed = ed.model_copy(update={"degree": re.sub(r"['’]?s$", "", ed.degree)})  # "my bachelors" is one degree
        m = re.match(r"^(?:the\s+)?(?:school|department|faculty|college)\s+of\s+[A-Za-z]+\s+(?P<u>[A-Z][\w.'-]*"
                     r"(?:\s+[A-Z][\w.'-]*)*\s+University(?:\s+of\s+.+)?)$", ed.institution or "", re.I)
        if m and m.group("u")[0].isupper():
            ed = ed.model_copy(update={"institution": m.group("u")})  # "school of Science Xidian University"
        key = re.sub(r"[^a-z]", "", (ed.degree or "").lower())[:3]
        for i, e in enumerate(self.education):
            a, b = fold(e.institution), fold(ed.institution)
            # "University of California" and "University of California, San Diego": one degree, the longer name
            same_place = a == b or bool(a and b and (a.startswith(b + " ") or b.startswith(a + " ")) and (
                "," in e.institution or "," in ed.institution))
            # "Honors College at Zhejiang University" (the bio) and "Zhejiang University" (the list): one degree,
            # at the university the Education list names
            within = bool(a and b and a != b and (a.endswith(" " + b) or b.endswith(" " + a)))
            if (same_place or within) and re.sub(r"[^a-z]", "", (e.degree or "").lower())[:3] == key \
                    and (e.year is None or ed.year is None or e.year == ed.year):
                merged = e.model_copy(update={k: v for k, v in ed.model_dump().items()
                                              if v is not None and getattr(e, k) is None})
                if within:
                    if listed and i >= self._listed_education:
                        merged = merged.model_copy(update={"institution": ed.institution})
                elif len(b) > len(a):
                    merged = merged.model_copy(update={"institution": ed.institution})
                self.education[i] = merged
                if listed and i >= self._listed_education:
                    self.education.insert(self._listed_education, self.education.pop(i))
                    self._listed_education += 1
                return
        if listed:
            self.education.insert(self._listed_education, ed)
            self._listed_education += 1
        else:
            self.education.append(ed)

    def read_interests(self, b: Block, segs: list[Seg]) -> None:
        for text, lines, ss in self._item_texts(b, segs):
            m = _PROSE_INTERESTS.search(text) if len(text.split()) >= 10 else None
            items = _interest_list(_topics_only(m.group("list"))) if m else _interest_list(text)
            if items:
                self.add_interests(items)
                self.r.use(lines)

    def add_interests(self, items: list[str]) -> None:
        have = {fold(i) for i in self.interests}
        for i in items:
            if fold(i) not in have:
                self.interests.append(i)
                have.add(fold(i))

    def read_experience(self, b: Block, segs: list[Seg]) -> None:
        for text, lines, ss in self._item_texts(b, segs):
            aff = _experience_from(text)
            if aff and aff.role is None and b.heading:
                aff = aff.model_copy(update={"role": _role_from(b.heading)})  # under "Internships": an intern
            if aff and aff.url is None:
                for a in (a for s in ss for a in s.anchors()):
                    url = _abs_url(a.get("href"), self.ctx)
                    if url and fold(_norm(" ".join(_itertext(a)))) == fold(aff.name) and not identifier_from_url(url):
                        aff = aff.model_copy(update={"url": url})  # "[Microsoft Research Asia](https://...)"
                        break
            if aff:
                if not any(a.name == aff.name and a.role == aff.role for a in self.affiliations):
                    self.affiliations.append(aff)
                self.r.use(lines)

    # --- person from the header / bio / contact
    def read_person_links(self, b: Block, segs: list[Seg]) -> None:
        for a in self.r.block_anchors(b):
            if self._person_anchor(a, only_ids=True) and a.sourceline and not _norm(" ".join(_itertext(a))):
                self.r.use([a.sourceline])

    def _person_anchor(self, a, only_ids: bool = False) -> bool:
        href = (a.get("href") or "").strip()
        if not href:
            return False
        if href.lower().startswith("mailto:"):
            addr = unquote(href[7:]).split("?")[0].strip()
            if not only_ids and self.person["email"] is None and re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", addr):
                self.person["email"] = addr
                return True
            return not only_ids and self.person["email"] == addr
        url = _abs_url(href, self.ctx)
        if not url:
            return False
        ident = identifier_from_url(url)
        if ident:
            self.identifiers.setdefault(ident[0], ident[1])
            return True
        if only_ids:
            return False
        label = fold(_label_of(a) or a.get("title") or a.get("aria-label") or " ".join(
            img.get("alt") or "" for img in a.iter("img")))
        if re.fullmatch(r"(?:personal\s+)?(?:website|web\s*site|homepage|home\s*page|blog\s+and\s+website)", label) \
                and self.person["homepage"] is None and url.startswith("http"):
            self.person["homepage"] = url  # "[![Website](badge)](https://me.dev)"
            return True
        if label in ("cv", "resume", "curriculum vitae", "vita", "résumé") or re.search(r"\b(cv|resume|vita)\b", label):
            self.links.setdefault("cv", url)
            return True
        if label in ("blog",):
            self.links.setdefault("blog", url)
            return True
        m = re.fullmatch(r"(?:my |our |the )?(lab|laboratory|group|research group)(?: web ?site| web ?page| home ?page|"
                         r" page| site)?", label)
        if m:
            # "Lab Website" on a faculty profile: the group's page, not an affiliation named "Lab Website"
            self.links.setdefault("lab", url)
            return True
        return False

    def read_person(self, b: Block, segs: list[Seg], sec: str | None) -> None:
        if self.group_page and sec is None:
            return  # a lab's page: the tagline, "We are ..." and the links of its header are the lab's, not its PI's
        r = self.r
        # images: the first real photo in the header is the person's
        if sec in (None, "bio") and self.person["image"] is None:
            for img in r.block_imgs(b):
                src = img.get("src") or img.get("data-src") or ""
                alt = (img.get("alt") or "") + " " + src
                if re.search(r"e-?mail|mail\.|icon|logo|\.svg|favicon|badge|button|arrow|spacer|komarev|ghpvc|visitor|"
                             r"counter|shields\.io|readme-stats|profile.views", alt, re.I):
                    continue
                url = _abs_url(src, self.ctx)
                if url:
                    self.person["image"] = url
                    break
                if src.strip() and img.sourceline and not re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", src, re.I):
                    # the owner's photo at a relative address the page does not place (no site address, no
                    # --base-url): markup is ignored, but this line holds data kg could not keep
                    r.doc.ignored.discard(img.sourceline + r.offset)
                    break
        anchors_used = set()
        long_text = sum(len(s.text.split()) for s in segs) >= 15
        for a in r.block_anchors(b):
            label = _norm(" ".join(_itertext(a)))
            if long_text and label and len(label.split()) >= 2 and _name_like(label) and not _SITE_LABEL.search(label) \
                    and not any(
                    same_name(label, n) for n in self.ctx.owner_names if n) and identifier_from_url(
                    _abs_url(a.get("href"), self.ctx) or ""):
                continue  # "co-advised by [Chao Xu](dblp...)" in prose: someone else's profile, not the owner's
            if self._person_anchor(a):
                anchors_used.add(a)
                if a.sourceline and not _norm(" ".join(_itertext(a))):
                    r.use([a.sourceline])  # an icon link: its line holds only the link
        for s in segs:
            if s.legend:
                continue
            cite = _AUTHORS_YEAR_QUOTED.match(s.text) if sec is None and not self._personish(b) else None
            if cite and (_author_score(cite.group("a"), self.ctx.owner_names) >= 0.3
                         or _uninvert_authors(cite.group("a")) is not None):
                continue  # 'Oakes E (1992), "Metarules", In ...': a citation before any heading is no fact of a person
            # the text of the segment without the links already read (Email / CV / Scholar); in prose a link's
            # words are part of the sentence ("with total <a href=scholar>google scholar citations</a>")
            in_prose = len(s.text.split()) >= 15 and bool(_FIRST_PERSON.match(s.text) or re.search(r"[.!?]\s", s.text))
            content = _norm("".join(s.raw[x:y] if s.runs[i].anchor not in anchors_used or in_prose else " "
                                    for i, (x, y) in enumerate(s.spans)))
            if in_prose:
                content = re.sub(r"\s+([.,;:!?])", r"\1", content)
            took = any(a in anchors_used for a in s.anchors())
            if not content or _SEPARATORS.match(content):
                if took:
                    r.use(s.lines)
                continue
            n_words = len(content.split())
            prose = n_words >= 15 or (sec == "bio" and n_words >= 6) or (
                n_words >= 6 and sec is None and bool(_FIRST_PERSON.match(content)))
            parts = _sentences(content) if not prose else [content]
            if not prose and n_words <= 24:
                # "PhD student at X · robotics · reinforcement learning": a header line of separate facts
                parts = [q for p in parts for q in re.split(r"\s+[·•|]\s+", p) if q.strip()]
            n_affs = len(self.affiliations)
            before_edu = {id(e) for e in self.education}
            if len(parts) > 1 and all(len(p.split()) <= 12 for p in parts):
                results = [self._person_text(p.strip(" ."), s, sec) for p in parts]
                took = any(results) or took
                if self.person["job_title"] and any(results[:1]):
                    rest = [p.strip(" .") for p, ok in zip(parts, results) if not ok]
                    if rest and all(re.fullmatch(r"[a-z][a-z0-9\- ]*", p) and len(p.split()) <= 4 for p in rest):
                        self.add_interests(rest)  # the topics after one's position
            else:
                took = self._person_text(content, s, sec) or took
            for i, aff in enumerate(self.affiliations):
                if aff.url is None:
                    for a in s.anchors():
                        label = fold(_norm(" ".join(_itertext(a))))
                        url = _abs_url(a.get("href"), self.ctx)
                        # "[Lumen AI](https://...)"; "I joined [MEGVII](https://megvii.com/)" for "Megvii (Face++) Research"
                        if label and url and not identifier_from_url(url) and (label == fold(aff.name) or (
                                i < n_affs and len(label) >= 4 and fold(aff.name).startswith(label + " "))):
                            self.affiliations[i] = aff.model_copy(update={"url": url})
                            break
            for i, ed in enumerate(self.education):
                if id(ed) in before_edu or ed.url is not None or not ed.institution:
                    continue
                for a in s.anchors():
                    url = _abs_url(a.get("href"), self.ctx)
                    if url and fold(_label_of(a)) == fold(ed.institution) and not identifier_from_url(url):
                        self.education[i] = ed.model_copy(update={"url": url})  # "PhD at [Peking University](...)"
                        break
            if took:
                r.use(s.lines)

    def _person_text(self, t: str, s: Seg, sec: str | None) -> bool:
        words = t.split()
        took = False
        # the name itself
        if self.person_name:
            c = _name_candidate(t)
            if c and (same_name(c[0], self.person_name) or any(same_name(a, self.person_name) for a in c[1])):
                for a in c[1]:
                    if a not in self.alt_names and a != self.person_name:
                        self.alt_names.append(a)
                return True
        else:
            c = _name_candidate(t) if len(words) <= 6 and sec is None and (_majority(s, "bold") or any(
                "name" in " ".join(r.classes) for r in s.runs)) else None
            if c:
                self.person_name, self.alt_names = c[0], c[1]
                self.ctx.owner_names = [c[0], *c[1]]
                return True
            m = (_SELF_INTRO.search(t) or _BIO_SUBJECT.match(t)) if sec in (None, "bio") and not self.bio else None
            if m and _name_like(m.group("n")):
                # "Hi! I'm Saranga Sudarshan, and ...": the page's first words about its owner name them
                self.person_name = m.group("n")
                alt = m.group("alt")
                self.alt_names = [alt.strip()] if alt and has_cjk(alt) else []
                self.ctx.owner_names = [self.person_name, *self.alt_names]
        if _EMAIL_CUE.search(t) and len(words) <= 14:
            em = find_email(re.sub(r"^\s*e-?mail\s*[:：]?\s*", "", t, flags=re.I))
            if em and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", em, re.I):
                self.person["email"] = self.person["email"] or em
                took = True
                rest = re.sub(r"^\s*e-?mail\s*[:：]?\s*", "", t, flags=re.I)
                if len(rest.split()) <= 6:
                    return True
        met = read_metrics(t) if len(words) <= 40 else None
        if met is not None:
            if met.source is None:
                met.source = "Google Scholar" if re.search(r"scholar", t + " " + s.text, re.I) else "homepage"
            self.metrics = met
            took = True
            if len(words) <= 20:
                return True
        if len(words) >= 15 or (sec == "bio" and len(words) >= 6) or (
                len(words) >= 6 and sec is None and _FIRST_PERSON.match(t) and _JOB_RX.search(t)):
            # a sentence about oneself ("I am a research scientist at X in London.") is bio prose
            self.bio.append(t)
            self._prose(t)
            em_cue = re.search(r"(?i)\be-?mail\s*[:：]\s*(.{5,80})$", t)
            em = find_email(em_cue.group(1)) if em_cue and self.person["email"] is None else None
            if em and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", em, re.I):
                self.person["email"] = em  # "... Email: lina (at) eastlake (dot) edu (dot) cn" closing the bio
            line = self.r.L(min(s.lines)) if s.lines else None
            for sentence in _sentences(t):
                for name, year in read_prose_awards(sentence):
                    self._prose_awards.append(Award(name=name, year=year, line=line))
            return True
        if len(words) <= 16:
            if re.match(r"^\s*(phone|tel|telephone|fax|mobile|cell)\b", t, re.I):
                return took
            pieces = [p.strip() for p in t.split(",")]
            if len(pieces) >= 3 and _ADDRESS_RX.search(", " + pieces[-1]) and not _ADDRESS_RX.search(", ".join(pieces[:-2])) \
                    and not _ORG_RX.search(pieces[-2]) and not _JOB_RX.search(pieces[-2]) \
                    and _ORG_RX.search(", ".join(pieces[:-2])):
                # "Postdoctoral Researcher, Max Planck Institute for X, Tübingen, Germany": the place closes the line
                if self.person["location"] is None:
                    self.person["location"] = ", ".join(pieces[-2:]).rstrip(" .")
                t = ", ".join(pieces[:-2])
            if re.match(r"^\s*(research\s+)?interests?\s*[:：]", t, re.I):
                items = _interest_list(re.split(r"[:：]", t, maxsplit=1)[1])
                self.add_interests(items)
                return bool(items)
            m = _PROSE_INTERESTS.search(t)
            if m and _interest_list(_topics_only(m.group("list"))):
                self.add_interests(_interest_list(_topics_only(m.group("list"))))  # "My research interests include X and Y."
                return True
            m = _HOMEPAGE_LINE.match(t)
            if m and repair_url(m.group(1)):
                if self.person["homepage"] is None:
                    self.person["homepage"] = repair_url(m.group(1))
                return True
            if _JOB_RX.search(t) and not _ADDRESS_RX.search(t) and not re.search(r"\S@\S|https?:", t) \
                    and not _ROLE_AS_ADJECTIVE.search(t):
                sides = [x.strip() for x in re.split(r"\s+/\s+|\s*[|｜]\s*", t)]
                if len(sides) == 2 and has_cjk(sides[0]) != has_cjk(sides[1]):
                    t = sides[1] if has_cjk(sides[0]) else sides[0]  # "副教授 / Associate Professor"
                title, rest = _split_title_aff(t)
                if self.person["job_title"] is None and title:
                    self.person["job_title"] = title
                    if rest and ((_DEPT_START.match(rest) and not _INSTITUTION_STRONG.search(rest))
                                 or not _ORG_RX.search(rest)):
                        self._pending_dept = rest
                    elif rest:
                        aff = _affiliation_from(rest, role=title)
                        if aff and not any(x.name == aff.name for x in self.affiliations):
                            self.affiliations.append(aff)
                    return True
                if rest or _ORG_RX.search(t):
                    aff = _affiliation_from(rest or t, role=title)
                    if aff and not any(x.name == aff.name for x in self.affiliations):
                        self.affiliations.append(aff)
                        return True
            if _ORG_RX.search(t) and not _ADDRESS_RX.search(t) and not re.search(r"@|https?:|google\s+scholar", t, re.I) \
                    and not re.match(r"^(?:my|our|i|we|he|she|they|his|her|their)\b", t, re.I):
                label = re.sub(r"^\s*(affiliation|organi[sz]ation|institution)\s*[:：]\s*", "", t, flags=re.I)
                if _DEPT_START.match(label) and not _INSTITUTION_STRONG.search(label):
                    label = label.rstrip(" ,;")  # "Department of Statistics,<br>University of ...": the line's comma
                    self._pending_dept = label
                    if self.affiliations and self.affiliations[-1].department is None and self._last_aff_seg is not None:
                        self.affiliations[-1].department = label
                        self._pending_dept = None
                    return True
                aff = _affiliation_from(label, role=self.person["job_title"] if not self.affiliations else None)
                if aff:
                    pending = self._pending_dept
                    if pending and aff.department is None:
                        aff.department = pending
                        self._pending_dept = None
                    prev = self.affiliations[-1] if self.affiliations else None
                    last = self._last_aff_seg
                    if (prev is not None and last is not None and prev.department is None and aff.department is None
                            and _SUBUNIT.match(prev.name) and not _TOP_LEVEL.search(prev.name)
                            and _TOP_LEVEL.search(aff.name) and last.lines and s.lines
                            and max(last.lines) + 1 >= min(s.lines)):
                        # "Institute of Computer Science" / "Karlsruhe Institute of Technology": one
                        # affiliation, the line before naming its department
                        self.affiliations[-1] = aff.model_copy(update={"department": prev.name,
                                                                       "role": prev.role or aff.role})
                    elif not any(x.name == aff.name for x in self.affiliations):
                        self.affiliations.append(aff)
                    self._last_aff_seg = s
                    return True
            if _ADDRESS_RX.search(t) and not re.search(r"https?:", t):
                loc = re.sub(r"^\s*(address|office|location)\s*[:：]\s*", "", t, flags=re.I)
                self.person["location"] = f"{self.person['location']}, {loc}" if self.person["location"] else loc
                return True
            if re.match(r"^\s*(research\s+)?interests?\s*[:：]", t, re.I):
                items = _interest_list(t.split(":", 1)[1] if ":" in t else t.split("：", 1)[1])
                self.add_interests(items)
                return bool(items)
        return took

    def _prose(self, t: str) -> None:
        """Fields a bio paragraph states: position, degrees, advisors, interests."""
        self._prose_position(t)
        self._prose_rest(t)

    def _prose_position(self, t: str) -> None:
        """"I am an Assistant Professor in the Department of X at Y" -> job title, affiliation."""
        if re.match(r"^an?\s", t, re.I) and len(t.split()) <= 30:
            t = "I am " + t  # a tagline without its subject: "A PhD student at the University of Edinburgh ..."
        m = re.search(
            r"\b(?:I am|I'm|I’m|I work as|(?:he|she|they) (?:is|are)|"
            + (re.escape(self.person_name) + r"(?:\s*[(（][^()（）]{1,40}[)）])? is" if self.person_name else r"(?!x)x")
            + r")\s+" + (r"(?:" + re.escape(self.person_name) + r"\s*[—–,-]\s*)?" if self.person_name else "")
            + r"(?:currently\s+|now\s+)?(?:an?\s+|the\s+)?(?P<title>(?:[^.;,]|(?<=\bPh)\.|(?<=\bPh\.D)\.){0,60}?(?:,\s*[^.;,]{0,60}?)?"
            r"(?:professor|researcher|scientist|lecturer|student|candidate|post-?doc\w*|fellow|engineer|"
            r"director|investigator|chair|head|member|lead|analyst|consultant|manager|developer|designer|officer))"
            r"(?:\s*\([^()]{2,40}\))?(?:\s+in\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?(?=\s+at\b))?\s+(?:at|in|with|of|within)\s+(?:the\s+)?"
            r"(?P<aff>[^.;]+?)(?=\.\s|\.$|;|,\s*where|\s+where|\s+working\s+(?:on|with)\b|\s+\([’'‘]?\d\d\)|,\s*(?:and|working|advised|supervised|under|"
            r"focusing|leading|studying)\b|$)",
            t, re.I)
        if m:
            title = m.group("title").strip()
            title = re.sub(r"^[^,]+,\s+(?:an?|the)\s+", "", title)  # "I'm Ravi Menon, a second-year PhD student"
            # "PE (Principal Engineer), Principal Research Scientist": the spelled-out form of an acronym
            title = re.sub(r"\b[A-Z]{2,5}\s*\(([A-Z][^()]*)\)", r"\1", title)
            aff_text = m.group("aff").strip()
            if self.person["job_title"] is None:
                self.person["job_title"] = title
            if self.affiliations:
                parts = re.split(r"\s+at\s+(?:the\s+)?", aff_text, maxsplit=1)
                if len(parts) == 2:
                    for i, a in enumerate(self.affiliations):
                        if a.department is None and fold(a.name) == fold(parts[1].split(",")[0].strip()):
                            self.affiliations[i] = a.model_copy(update={"department": re.sub(r"^the\s+", "", parts[0], flags=re.I)})
            else:
                dept = None
                parts = re.split(r"\s+at\s+(?:the\s+)?", aff_text, maxsplit=1)
                if len(parts) == 2:
                    dept, name = parts[0], parts[1]
                else:
                    name = aff_text
                pieces = [x.strip() for x in name.split(",") if x.strip()]
                if dept is None and len(pieces) >= 2 and _DEPT_START.match(re.sub(r"^the\s+", "", pieces[0], flags=re.I)) \
                        and _INSTITUTION_STRONG.search(pieces[1]):
                    # "with the School of Software, Eastlake University": the unit, then the institution
                    dept, name = re.sub(r"^the\s+", "", pieces[0], flags=re.I), ", ".join(pieces[1:])
                place = re.match(r"^(.*?\S)\s+in\s+([A-Z][\w.'’-]+(?:,?\s+[A-Z][\w.'’-]+){0,2})$", name)
                if place and _ORG_RX.search(place.group(1)) and not _ORG_RX.search(place.group(2)):
                    name = place.group(1)
                    if self.person["location"] is None:
                        self.person["location"] = place.group(2)
                name = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)(?=\s*(?:,|$))", "", name)  # "... and Technology (NTNU)"
                tail = re.match(r"^(.*\S),\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$", name)
                if tail and not _ORG_RX.search(tail.group(2)) and _INSTITUTION_STRONG.search(tail.group(1)):
                    name = tail.group(1)  # "Victoria University of Wellington, New Zealand": the place apart
                    if self.person["location"] is None:
                        self.person["location"] = tail.group(2)
                inside = re.match(r"^(.*?\S)\s+in\s+the\s+(.*(?:Institute|Department|School|Laboratory|Lab|Center|Centre|"
                                  r"Group|Faculty|College))$", name)
                if inside and dept is None and _INSTITUTION_STRONG.search(inside.group(1)):
                    name, dept = inside.group(1), inside.group(2)  # "CMU in the Language Technologies Institute"
                try:
                    self.affiliations.append(Affiliation(name=name.strip(" ,"), department=dept, role=self.person["job_title"]))
                except ValueError:
                    pass

    def _prose_rest(self, t: str) -> None:
        """Degrees, advisors and research interests stated in prose."""
        for m in re.finditer(r"\bI\s+(?:have\s+)?joined\s+(?:the\s+)?(?P<org>[A-Z][^.,;]{1,60}?)\s+(?:on|in|since)\s+"
                             r"(?P<when>(?:[A-Z][a-z]+\.?,?\s+)?(?:19|20)\d\d)\b", t):
            # "I joined MEGVII on July, 2018": when the current position began (a past one follows below)
            org, year = fold(m.group("org")), find_year(m.group("when"))
            for i, a in enumerate(self.affiliations):
                if a.start_year is None and (org in fold(a.name) or fold(a.name) in org):
                    self.affiliations[i] = a.model_copy(update={"start_year": year})
                    break
        for m in re.finditer(r"\b(?:I\s+(?:had\s+)?(?:spent|worked)\s+(?:\w+\s+)?years?\s+(?:in|at|with)|"
                             r"Previously,?\s+I\s+was\s+(?:an?\s+)?(?P<role>[^.;,]{0,40}?(?:researcher|scientist|engineer|"
                             r"postdoc\w*|fellow|professor|lecturer|intern))\s+(?:at|in|with))\s+(?:the\s+)?"
                             r"(?P<org>[^.;]{3,120})", t):
            # "Before that, I spent 12 years in Visual Computing group, Microsoft Research Asia": a past position
            # "... at ETH Zurich and received my PhD from ...": the place ends where the next clause starts
            org = re.split(r",?\s+(?:and|where|before|after|then|while|working)\s+(?=[a-z])", m.group("org"), maxsplit=1)[0]
            years = [int(y) for y in re.findall(r"(?:19|20)\d\d", org)]
            org = re.sub(r"\s*\([^()]*(?:19|20)\d\d[^()]*\)", "", org)  # "(2020–2022)"
            org = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)\s*$", "", org)  # "Meta AI (FAIR)": the lab's acronym
            parts = [p.strip() for p in org.split(",") if p.strip()]
            name, dept = parts[-1], (", ".join(parts[:-1]) or None)
            if not _ORG_RX.search(name) or any(fold(a.name) == fold(name) for a in self.affiliations):
                continue
            try:
                self.affiliations.append(Affiliation(
                    name=name, department=dept, current=False, role=m.group("role"),
                    start_year=years[0] if years else None, end_year=years[1] if len(years) > 1 else None))
            except ValueError:
                pass
        for m in re.finditer(
                r"\b(?:(?:received|obtained|earned|got|completed|hold|holds|did|pursued|finished|do|am doing)\s+"
                r"(?:my|his|her|their|a|an|the)?|and\s+(?:(?:my|his|her|their|a|an|the)\s+)?)\s*"
                r"(?P<deg>Ph\.?\s?D\.?|doctorate|doctoral degree|master'?s?|M\.?S\.?c?\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|"
                r"bachelor'?s?|B\.?S\.?c?\.?|B\.?\s?Eng\.?|B\.?\s?Tech\.?|B\.?E\.?|B\.?A\.?|diploma)(?![\w])"
                r"(?:\s+degrees?)?(?P<rest>(?:(?!,?\s+and\s+(?:(?:my|his|her|their|a|an|the)\s+)?(?:B\.|M\.|Ph\.|bachelor|master|"
                r"doctor|diplom))[^.;])*)", t, re.I):
            rest = m.group("rest")
            deg = m.group("deg")
            fld = None
            fm = re.match(r"\s*(?:degree\s+)?in\s+([^,]+?)\s+(?=from|at)", rest)
            if fm:
                fld = fm.group(1).strip()
            im = re.search(r"\b(?:from|at)\s+(?:the\s+)?(?P<inst>.+?)(?=,?\s+(?:under|(?:co-?)?advised|(?:co-?)?supervised|with|working|where|in\s+(?:19|20)\d\d|and\s+(?:my|his|her|a|the)\b)|,\s*in\s+(?:19|20)\d\d|$)", rest)
            if not im:
                # "Ph.D degree in Hong Kong University of Science and Technology in 2006"
                im = re.search(r"\bin\s+(?:the\s+)?(?P<inst>.+?)(?=,?\s+(?:under|(?:co-?)?advised|(?:co-?)?supervised|with|working|where|"
                               r"in\s+(?:19|20)\d\d|and\s+(?:my|his|her|a|the)\b)|,\s*in\s+(?:19|20)\d\d|,|$)", rest)
                if not im or not _INSTITUTION_STRONG.search(im.group("inst")):
                    continue
            inst = im.group("inst").strip(" ,")
            parts = [p.strip() for p in re.split(r",\s*", inst)]
            strong = [i for i, p in enumerate(parts) if _INSTITUTION_STRONG.search(p)]
            if strong:
                i = strong[0]
                inst = ", ".join(parts[i:])
            year = find_year(rest)
            if year is None:
                # "..., under the supervision of Prof. Jian Cheng, in 2018." (the rest stopped at "Prof.")
                ym = re.match(r"[^;]{0,160}?,\s*in\s+((?:19|20)\d\d)\b", t[m.end():])
                year = int(ym.group(1)) if ym and not _DEGREE_WORD.search(t[m.end():m.end() + ym.start(1)]) else None
            try:
                ed = Education(degree=deg, field=fld, institution=inst, year=year)
            except ValueError:
                continue
            self.add_education(ed)
        for a in _advisors_in(t):
            if a not in self.advisors:
                self.advisors.append(a)
        m = _PROSE_INTERESTS.search(t)
        if m:
            self.add_interests(_interest_list(_topics_only(m.group("list"))))

    # --- owner, finishing
    def resolve_owner(self) -> None:
        if not self.r.options.owner and self.person_name and has_cjk(self.person_name) \
                and not re.search(r"[A-Za-z]", self.person_name):
            # a heading that names the owner in Chinese only ("## 王云鹤"): the Latin name is the author the
            # page sets in bold most often
            hl = Counter(n for d in self.pubs for n in d.highlighted if not has_cjk(n))
            if hl:
                top, count = hl.most_common(1)[0]
                if count >= max(2, len(self.pubs) // 3):
                    self.alt_names = [self.person_name, *[a for a in self.alt_names if a != top]]
                    self.person_name = top
                    self.ctx.owner_names = [top, *self.alt_names]
        owner = self.r.options.owner or self.person_name
        alts = self.alt_names if owner == self.person_name else []
        if owner is None:
            hl = Counter(n for d in self.pubs for n in d.highlighted)
            if hl:
                owner = hl.most_common(1)[0][0]
            else:
                counts = Counter()
                for d in self.pubs:
                    seen = set()
                    for a in d.pub.authors:
                        k = fold(a.name)
                        if k not in seen:
                            counts[a.name] += 1
                            seen.add(k)
                if counts:
                    name, n = counts.most_common(1)[0]
                    if n >= max(2, 0.5 * len(self.pubs)) or len(self.pubs) == 1:
                        owner = name
            if owner:
                self.person_name = owner
        for d in self.pubs:
            if owner and not d.pub.authors:
                # an entry of the owner's own list that names no authors is the owner's work; who else wrote it the
                # page does not say, so the list is marked incomplete rather than read as a solo paper
                d.pub.authors = [Author(name=owner, is_self=True)]
                d.pub.authors_truncated = True
                if _with_coauthors(d.pub, owner):
                    d.pub.authors_truncated = False
                continue
            pos = mark_owner(d.pub.authors, owner, alts) if owner else None
            if pos is None and len(d.highlighted) == 1:
                for a in d.pub.authors:
                    if a.name == d.highlighted[0]:
                        a.is_self = True
                        break


_WITH_TITLE_TAIL = re.compile(r"\s*(?:\(\s*(?:joint(?:ly)?\s+)?with\s+(?P<p>[^()]*(?:\([^()]*\)[^()]*)*)\)|"
                              r"\s[—–]\s*(?:joint(?:ly)?\s+)?with\s+(?P<d>.+))\s*\.?$")
_WITH_VENUE = re.compile(r"^(?P<o>\()?\s*(?:[Jj]oint(?:ly)?\s+)?[Ww]ith\s+(?P<n>[A-Z].*?)\s*\.?$")


def _with_names(m: re.Match) -> str:
    """The names of a ``_WITH_VENUE`` match, without the parenthesis that closes ``(with ...)``."""
    n = m.group("n")
    return n[:-1] if m.group("o") and n.endswith(")") and n.count(")") > n.count("(") else n


def _with_coauthors(pub: Publication, owner: str) -> bool:
    """An entry that names its coauthors only as ``(with A and B)`` / ``— with A (LBS), B`` after its title, or
    as a line of its own (economics and mathematics pages): the owner, then those names; the phrase leaves the
    title or venue. Page order is not stated, so the owner goes first. False when there is no such phrase."""
    names_text, where = None, None
    m = _WITH_TITLE_TAIL.search(pub.title)
    note = next((n for n in pub.notes if _WITH_VENUE.match(n)), None)
    if m:
        names_text, where = m.group("p") or m.group("d"), "title"
    elif pub.venue and (m := _WITH_VENUE.match(pub.venue)):
        names_text, where = _with_names(m), "venue"
    elif note is not None:
        names_text, where = _with_names(_WITH_VENUE.match(note)), "note"
    if not names_text:
        return False
    plain = re.sub(r"\s*\([^()]*\)", "", names_text).strip(" ,.;")
    names = []
    for a in split_authors(plain).authors:
        if not _name_like(a.name):
            break  # "with Ming Ng and based on his thesis work": the names end where the remark starts
        names.append(a.name)
    if not names or same_name(names[0], owner):
        return False
    pub.authors.extend(Author(name=n) for n in names)
    if where == "title":
        pub.title = pub.title[: m.start()].strip(" ,;—–-")
    elif where == "note":
        pub.notes.remove(note)
    else:
        pub.venue = pub.venue_type = None  # the phrase was no venue: neither is what it said ("thesis work")
    return True


_STUDENT_DETAIL = re.compile(
    r"(?i)^\s*(?:\(\s*)?(?:(?:ph\.?\s?d\.?\s+|master'?s?\s+|m\.?s\.?\s+)?thesis|dissertation|next\s+position|"
    r"current\s+position|first\s+position|now\s+(?:at|with)|joint(?:ly)?\s+(?:with|advised)|co-?advised)\b")


def _role_from(text: str) -> str | None:
    t = text.lower()
    for rx, role in (
        (r"\bph\.?\s?d\b|doctoral", "PhD student"),
        (r"\bpost-?doc", "postdoc"),
        (r"\bmaster|\bm\.?s\.?\b|\bmsc\b", "master student"),
        (r"undergrad|\bbachelor|\bb\.?s\.?\b", "undergraduate"),
        (r"\bintern", "intern"),
        (r"\bvisiting", "visiting student"),
        (r"\balumn[iu]s?\b|\balumnae?\b|former", "alumnus"),
        (r"research assistant|\bra\b", "research assistant"),
    ):
        if re.search(rx, t):
            return role
    return None


def _split_name_info(text: str) -> tuple[str | None, str]:
    t = _norm(text)
    m = re.match(r"^(?P<name>(?:[^,(（:：\-–—|@]|(?<=\w)-(?=\w))+?)\s*(?:[,(（:：|@]|\s[-–—]\s|$)(?P<rest>.*)$", t)
    if not m:
        return None, t
    name = _clean_person(m.group("name"))
    if not (_name_like(name) or (has_cjk(name) and len(name) <= 6)):
        return None, t
    return name, m.group("rest").strip(" )）")


def _institution_in(text: str) -> str | None:
    if not text:
        return None
    m = re.search(r"\bnow\s+(?:at|with|@)\s+(?:the\s+)?([A-Z][\w&.'’\-]*(?:\s+(?:of\s+|de\s+|for\s+)?[A-Z][\w&.'’\-]*){0,5})",
                  text)
    if m:
        return m.group(1).strip(" .")
    m = re.search(r"\b(?:from|at|@)\s+(?:the\s+)?([^,;()]+)", text)
    if m and _ORG_RX.search(m.group(1)):
        return m.group(1).strip(" .")
    for part in re.split(r"\s*[,;()（）|]\s*|\s+[-–—]\s+", text):
        p = re.sub(r"^(?:(?:co-?)?(?:advised|supervised|mentored)\s+(?:with|by)\s+|jointly\s+with\s+|with\s+|"
                   r"now\s+(?:at|with)\s+|from\s+|at\s+)", "", part.strip(), flags=re.I)
        if p and _INSTITUTION_STRONG.search(p) and not _JOB_RX.fullmatch(p):
            return p.strip(" .")
    t = text.strip(" .()（）")
    if re.fullmatch(r"[A-Z]{3,8}", t) and not _DEGREE_WORD.fullmatch(t):
        return t  # "Yangyuxuan Kang (ISCAS)": an institution's acronym
    return None


_SERVICE_ROLE = re.compile(
    r"^(?P<role>(?:senior\s+|associate\s+|guest\s+|lead\s+|general\s+|program\s+|publicity\s+|local\s+|"
    r"workshop\s+|tutorial\s+|session\s+|technical\s+|area\s+|track\s+|co-?|web\s+|finance\s+|industry\s+)*"
    r"(?:area\s+chair|chair(?:man)?|co-chair|editor(?:-in-chief)?|associate editor|reviewer|referee|"
    r"program committee(?:\s+member)?|pc member|spc member|spc|pc|committee member|organi[sz]er|"
    r"meta-reviewer|senior program committee(?:\s+member)?|board member|editorial board(?:\s+member)?|member)s?)"
    r"(?:\s*\([^)]*\))?",
    re.I,
)


_SERVICE_LEAD = re.compile(
    r"^(?P<role>(?:[A-Z][\w\-]*\s+){1,2}(?:area\s+chairs?|reviewers?|referees?|chairs?|co-chairs?|organi[sz]ers?|"
    r"editors?|committee\s+members?|(?:program|technical)\s+committee(?:\s+members?)?|pc\s+members?))\b(?!\s+of\b)",
    re.I)
"""A role with a qualifier in front (``Outstanding Reviewer``, ``Lead Organizer``)."""


_SERVICE_WORD = re.compile(r"review|chair|committee|editor|organi[sz]|board|referee|\bpc\b|\bspc\b|judge|"
                           r"program|member|panel", re.I)


def _service_parts(text: str, default_role: str | None) -> tuple[str | None, list[str]]:
    t = _norm(text)
    role = None
    rest = t
    if ":" in t or "：" in t:
        head, tail = re.split(r":|：", t, maxsplit=1)
        if _SERVICE_ROLE.match(head.strip()) or _SERVICE_WORD.search(head):
            role, rest = head.strip(), tail.strip()
    else:
        m = _SERVICE_ROLE.match(t) or _SERVICE_LEAD.match(t)
        if m:
            role = m.group("role").strip()
            rest = t[m.end():]
            rest = re.sub(r"^\s*(?:,|-|–|—|for|of|at|in|on)\s+(?:the\s+)?", "", rest, flags=re.I)
            rest = re.sub(r"^\s*,\s*", "", rest)
    if role is None:
        if default_role:
            role = default_role.strip()
        else:
            return None, []
    venues = []
    pieces = []
    for v in re.split(r"\s*(?:,|;|/)\s*(?![^()]*\))", rest):
        halves = re.split(r"\s+(?:and|&)\s+", v)
        if len(halves) > 1 and all(len(h.split()) <= 2 for h in halves):
            pieces.extend(halves)
        else:
            pieces.append(v)
    for v in pieces:
        v = re.sub(r"^(?:and|&)\s+", "", v)  # "ICML, ICLR, and JMLR": the Oxford comma's "and"
        v = re.sub(r"\(\s*(?:since\s+)?(?:(?:19|20)\d\d[\s,\-–—]*)+(?:present|now|today)?\s*\)", " ", v, flags=re.I)
        v = _YEAR_RX.sub(" ", v)
        v = re.sub(r"['’]\d\d\b", " ", v)
        v = _norm(v).strip(" .,-–()")
        if v and not re.fullmatch(r"[\d\s\-–,]*", v) and not re.fullmatch(r"(present|now|since|etc\.?)", v, re.I):
            venues.append(v)
    return role, venues


_PROSE_INTERESTS = re.compile(
    r"(?:research interests?\s+(?:includes?|are|lies?|is|focus(?:es)?|spans?|covers?|"
    r"centers?)(?:\s+(?:in|on|around))?|\bmy (?:current )?research (?:focuses|centers|centres|"
    r"is focused|concentrates) on|\bI(?:'m| am) (?:broadly |mainly |particularly |primarily )?"
    r"interested in|\bI(?:'m| am) (?:currently )?working on|(?<=\w)\s+working\s+on|\bI (?:mainly |primarily |mostly )?work on|\bmy (?:current )?research (?:lies|is) (?:in|at))\s*:?\s*"
    r"(?P<list>[^.]+)", re.I)


def _topics_only(text: str) -> str:
    """The topics of "I work on X and Y with Kenji Park at Z": without the people and places after them."""
    return re.split(r"\s+(?:with|under|at|advised by|supervised by|together with)\s+(?=[A-Z])", text, maxsplit=1)[0]


def _interest_list(text: str) -> list[str]:
    text = re.sub(r"\b(etc\.?|and so on|among others)\s*$", "", text.strip().rstrip("."), flags=re.I)
    out = []
    for p in re.split(r"\s*(?:,|;|\band\b|、|，|\|)\s*", text):
        p = p.strip(" .:-–")
        p = re.sub(r"^(?:including|such as|e\.g\.|especially|in particular|particularly|notably)\s+", "", p, flags=re.I)
        if p and len(p.split()) <= 8:
            out.append(p)
    return out


def _experience_from(text: str) -> Affiliation | None:
    t = _norm(text)
    years = [int(y) for y in _YEAR_RX.findall(t)]
    current = bool(re.search(r"\b(present|now|current|today)\b", t, re.I))
    # "2019 - 2021", "Jun 2023 - now", "2023.06 - now" (AcadHomepage writes year.month)
    body = re.sub(r"^\s*[\[(]?\s*(?:(?:19|20)\d\d(?:[./]\d\d?)?|[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)\s*(?:[-–—~]|to)\s*"
                  r"(?:(?:19|20)\d\d(?:[./]\d\d?)?|[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d|present|now|current|today)?\s*[\])]?\s*[:,|.\-–—]?\s*",
                  "", t, flags=re.I)
    # "**Research Assistant**, Harbor Lab, Univ. of X. Built surrogate models for ...": a sentence about the work
    # follows the place; it is no part of the organisation's name
    for cut in re.finditer(r"(?<=[a-z)])\.\s+(?=[A-Z]\S*(?:\s+\S+){3,})", body):
        if re.search(r"\b(?:Dept|Univ|Inst|Corp|Assoc|Natl|Lab|Ltd|Inc|Co|St|Mt|Ave)$", body[: cut.start()]):
            continue  # an abbreviation inside the name
        if _ORG_RX.search(body[: cut.start()]):
            body = body[: cut.start()]
        break
    body = re.sub(r"[\s,(]*(?:(?:19|20)\d\d\s*(?:[-–—~]|to)\s*(?:(?:19|20)\d\d|present|now|current)|(?:19|20)\d\d)\)?\s*$", "", body, flags=re.I)
    if not body:
        return None
    role = None
    org = body
    parts = [p.strip() for p in re.split(r",\s+|\s+at\s+|\s+@\s+|\s+[-–—|]\s+", body) if p.strip()]
    if len(parts) >= 2:
        jobs = [p for p in parts if _JOB_RX.search(p)]
        orgs = [p for p in parts if _ORG_RX.search(p) and p not in jobs]
        if jobs:
            role = jobs[0]
        if orgs:
            org = ", ".join(orgs) if len(orgs) <= 2 else orgs[-1]
        elif jobs:
            rest = [p for p in parts if p not in jobs]
            org = rest[0] if rest else body
    elif not _ORG_RX.search(body):
        return None
    try:
        return Affiliation(name=org, role=role, current=current, start_year=years[0] if years else None,
                           end_year=years[1] if len(years) > 1 else None)
    except ValueError:
        return None


# --- entry points ------------------------------------------------------------------------------------


def _prepare(doc: SourceDoc, options: ImportOptions, base_url: str | None, line_offset: int = 0,
             initial_section: str | None = None) -> tuple[_Reader, _Builder]:
    reader = _Reader(doc, options, base_url=base_url, line_offset=line_offset, initial_section=initial_section)
    reader.read_head()
    reader.compute_content_lines()
    reader.precompute()
    reader.walk()
    builder = _Builder(reader)
    return reader, builder


def parse_html(doc: SourceDoc, options: ImportOptions, *, base_url: str | None = None) -> Profile:
    """Read a researcher's HTML homepage (or one page of an HTML site) into a Profile.

    ``base_url`` resolves relative links (``papers/x.pdf``); without it the page's own
    ``<base href>``, ``<link rel="canonical">`` or ``og:url`` is used, and relative links
    that cannot be resolved are left out (their lines still count as read).

    Raises :class:`~kg.errors.SourceError` when the page is empty or has neither a name
    nor any publication.
    """
    if not doc.text.strip():
        raise SourceError("file is empty", path=doc.display)
    r, b = _prepare(doc, options, base_url, initial_section=_page_section(doc))
    return _read_page(r, b)


def _page_section(doc: SourceDoc) -> str | None:
    """The section a whole page is, by its file name or ``<title>`` (``publications.html``, ``<title>Papers
    </title>``): a bare list of entries on such a page is that section from its first line, as a page titled so
    in its front matter is."""
    names = [re.sub(r"[_\-.]+", " ", doc.path.stem).strip()] if doc.path.stem.lower() not in ("index", "default") else []
    m = re.search(r"<title[^>]*>([^<]{1,80})</title>", doc.text[:20000], re.I)
    if m:
        names += [_norm(x) for x in re.split(r"\s[|\-–—:·]\s|\|", _html.unescape(m.group(1)))]
    # "Hines Lab Publications", not "Research in the Hines Lab" (a lab's home page, titled by its research)
    kinds = {section_kind(n) for n in names if n and len(n.split()) <= 3 and not re.search(r"\bresearch", n, re.I)} - {None}
    if len(kinds) != 1 or not kinds & {"publications"}:
        return None
    for h in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]\s*>", doc.text, re.I | re.S):
        if section_kind(_norm(_html.unescape(re.sub(r"<[^>]+>", " ", h))).rstrip(":：")):
            return None  # the page's own headings say where its sections start
    return kinds.pop()


def _read_page(r: _Reader, b: _Builder) -> Profile:
    """Every reader over a prepared page, in order: name, sections, entries, owner, fallbacks."""
    doc = r.doc
    # homepage: canonical link, og:url
    home = r.canonical or (r.meta_value("og:url") or (None, None))[0]
    home = repair_url(home) if home else None
    if home:
        b.person["homepage"] = home
        v = r.meta_value("og:url")
        if v and v[1]:
            r.use([v[1]])
    if r.base_url is None and home:
        r.base_url = folder_url(home)
    if r.base_url is None and r.options.base_url:
        r.base_url = folder_url(r.options.base_url)  # --base-url: the page does not say where it lives
    b.ctx.base = r.base_url
    b.ctx.homepage = home
    b.find_name()
    b.assign_sections()
    b.find_legend()
    b.read()
    for blk in r.blocks:
        if blk.kind == "heading" and blk.section is None and blk.el is not None and _tag(blk.el) in _HEADING_TAGS:
            # "## Publications ([Google Scholar](...), [DBLP](...))": the owner's profiles beside a heading
            for a in blk.el.iter("a"):
                b._person_anchor(a, only_ids=True)
    for img in r.root.iter("img"):
        # a GitHub profile README's stats card names its owner's account (``...?username=jdoe``)
        src = img.get("src") or ""
        if re.search(r"github-readme-stats|github-profile|streak-stats|github-readme|activity-graph|trophy", src, re.I):
            m = re.search(r"[?&](?:username|user)=([\w.-]+)", src)
            if m:
                b.identifiers.setdefault("github", m.group(1))
                r.use([img.sourceline])
    _citation_meta(r, b)
    # a page with no headings at all (only entries) : try the items as publications
    if not b.pubs:
        for blk in r.blocks:
            if blk.kind == "item" and blk.section in (None, "other"):
                segs, gaps = r.segs(blk)
                before = len(b.pubs)
                b.read_pubs(blk, segs, gaps, strict=True)
                if len(b.pubs) > before:
                    blk.section = "publications"
    b.resolve_owner()
    # meta description / og:image as fallbacks
    if b.person["image"] is None:
        v = r.meta_value("og:image", "twitter:image")
        if v:
            url = _abs_url(v[0], b.ctx)
            if url:
                b.person["image"] = url
                r.use([v[1]])
    if not b.bio:
        v = r.meta_value("description", "og:description")
        if v and len(v[0].split()) >= 8 and not re.search(r"powered by|jekyll|hugo|theme", v[0], re.I):
            b.bio.append(v[0])
            r.use([v[1]])
    # footer / nav links: identifiers, and the address of a mailto link when the page gave none elsewhere
    for el in r.chrome_els:
        if _tag(el) in ("script", "style", "head", "template"):
            continue
        for a in el.iter("a"):
            href = (a.get("href") or "").strip()
            if href.lower().startswith("mailto:") and b.person["email"] is None:
                addr = find_email(href[7:].split("?")[0])
                if addr:
                    b.person["email"] = addr
                    if a.sourceline:
                        r.use([a.sourceline])
                continue
            url = _abs_url(a.get("href"), b.ctx)
            ident = identifier_from_url(url) if url else None
            if ident and ident[0] not in b.identifiers and ident[0] in ("google_scholar", "orcid", "dblp",
                                                                        "linkedin", "semantic_scholar"):
                b.identifiers[ident[0]] = ident[1]
    if not b.person_name:
        if not b.pubs:
            raise SourceError(r.no_name_message, path=doc.display, line=1)
        raise SourceError("publications found but no owner name; give --owner", path=doc.display, line=1)
    name = b.person_name
    alts = [a for a in b.alt_names if a != name]
    if b.affiliations and b.person["job_title"] and b.affiliations[0].role is None:
        b.affiliations[0] = b.affiliations[0].model_copy(update={"role": b.person["job_title"]})
    person = Person(
        name=name,
        alternate_names=alts,
        job_title=b.person["job_title"],
        affiliations=b.affiliations,
        email=b.person["email"],
        homepage=b.person["homepage"],
        image=b.person["image"],
        description="\n\n".join(b.bio) if b.bio else None,
        identifiers=b.identifiers,
        links=b.links,
        education=b.education,
        advisors=b.advisors,
        interests=b.interests,
        metrics=b.metrics,
        location=b.person["location"],
    )
    return Profile(
        person=person,
        publications=[d.pub for d in b.pubs],
        news=b.news,
        awards=b.awards,
        students=[s for s in b.students if not same_name(s.name, name)],  # a lab's members list its PI too
        service=b.service,
        talks=b.talks,
        unparsed=doc.unparsed(),
    )


_FM_NAME_KEYS = ("name", "author", "fullname", "full_name", "owner")
_FM_TITLE_TAIL = re.compile(r"(?i)(?:'s?\s+(?:personal\s+|academic\s+)?(?:home\s*page|web\s*site|web\s*page|site)|"
                            r"\s*[-|–—:]\s*(?:personal\s+|academic\s+)?(?:home\s*page|web\s*site|web\s*page))\s*$")
def _front_matter_hints(doc: SourceDoc) -> tuple[list[tuple[str, list[str], set[int]]], dict]:
    """Owner names a markdown page's front matter states (``name``/``author``, or a ``title`` that is a
    name), with their lines, and the other person keys it has (``email``, ``url``, ``description``)."""
    from .document import read_front_matter

    fm = read_front_matter(doc)
    hints: list[tuple[str, list[str], set[int]]] = []
    other: dict = {}
    if not fm.fence_lines:
        return hints, other

    def lines(key: str) -> set[int]:
        first, last = fm.spans.get(key, (0, -1))
        return set(range(first, last + 1))

    for key in _FM_NAME_KEYS:
        v = fm.data.get(key)
        if isinstance(v, dict):
            v = v.get("name")
        if isinstance(v, str) and v.strip():
            c = _name_candidate(v)
            if c:
                hints.append((c[0], c[1], lines(key)))
    title = fm.data.get("title")
    if not hints and isinstance(title, str) and title.strip():
        c = _name_candidate(_FM_TITLE_TAIL.sub("", title.strip()))
        if c and not section_kind(title):
            hints.append((c[0], c[1], lines("title")))
    for key in ("email", "url", "homepage", "website", "description", "bio"):
        v = fm.data.get(key)
        if isinstance(v, str) and v.strip():
            other[key] = (v.strip(), lines(key))
    return hints, other


def _front_matter_title(doc: SourceDoc) -> str | None:
    from .document import read_front_matter

    title = read_front_matter(doc).data.get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None


def parse_markdown_page(doc: SourceDoc, options: ImportOptions, site_author: dict | None = None) -> Profile:
    """A markdown page (README, ``about.md``, plain markdown) read by the same reader as HTML: rendered by
    :func:`kg.importers.document.render_markdown` on the same lines, then read as a page.

    ``site_author`` is the ``author:`` mapping of a Jekyll ``_config.yml`` (``name``, ``email``, profile ids
    such as ``googlescholar``/``orcid``, ``site_url`` the base of relative links and the homepage): what the
    page itself states wins, the config fills what it leaves out.

    >>> from pathlib import Path
    >>> d = SourceDoc(Path("a.md"), "# Ada Lovelace\\n\\n## Publications\\n\\n- **A Paper About Engines**<br>"
    ...     "**Ada Lovelace**, C. Babbage<br>*CVPR*, 2020\\n")
    >>> p = parse_markdown_page(d, ImportOptions())
    >>> p.person.name, p.publications[0].title, p.publications[0].authors[0].is_self
    ('Ada Lovelace', 'A Paper About Engines', True)
    """
    from .document import render_markdown

    site_author = dict(site_author or {})
    hints, fm_other = _front_matter_hints(doc)
    rendered, residue = render_markdown(doc.text)
    if not re.search(r"[^\s]", _MARKUP.sub("", rendered)):
        raise SourceError("no recognizable profile: the page has no text (only front matter, comments or templates)",
                          path=doc.display, line=1)
    rdoc = SourceDoc(path=doc.path, text=rendered, display=doc.display)
    for line in residue:
        rdoc.ignore(line)
    site_name = site_author.get("name") if isinstance(site_author.get("name"), str) else None
    if site_name and not options.owner:
        c = _name_candidate(site_name)  # "Hankai Liu (刘涵凯)": the name, and the other script as a hint
        if c and not has_cjk(c[0]):
            if c[1]:
                hints = [(c[0], c[1], set()), *hints]
            site_name = c[0]
    owner = options.owner or site_name
    base = site_author.get("site_url")
    if not base and "url" in fm_other and repair_url(fm_other["url"][0]):
        base = repair_url(fm_other["url"][0])
    base = base or options.base_url  # --base-url: where the page is published, when it does not say
    fm_title = _front_matter_title(doc)
    # a Jekyll page titled "Publications" (``_pages/publications.md``) is that section from its first line
    r, b = _prepare(rdoc, ImportOptions(owner=owner, base_url=options.base_url), base,
                    initial_section=section_kind(fm_title) if fm_title else None)
    r.name_hints = hints
    r.no_name_message = "no researcher name: no heading, front matter or author list names the page's owner"
    b.ctx.soft_lines = True
    if base:
        r.canonical = repair_url(base)  # the site's url: the page's homepage
    else:
        r.canonical = _placeholder_root(r.root)
    profile = _read_page(r, b)
    person = profile.person
    for key, (value, lines) in fm_other.items():
        took = False
        if key == "email" and "@" in value and not person.email:
            person.email, took = value.removeprefix("mailto:"), True
        elif key in ("url", "homepage", "website") and repair_url(value) and not person.homepage:
            person.homepage, took = repair_url(value), True
        elif key in ("description", "bio") and not person.description and len(value.split()) >= 5:
            person.description, took = value, True
        if took and lines:
            rdoc.use(min(lines), max(lines))
    home = site_author.get("site_url") or site_author.get("uri")
    if isinstance(home, str) and repair_url(home) and not person.homepage:
        person.homepage = repair_url(home)
    apply_site_author(person, site_author, lambda path: _abs_url(path, b.ctx))
    doc.used |= rdoc.used
    doc.ignored |= rdoc.ignored
    doc.sections.update(rdoc.sections)
    profile.unparsed = doc.unparsed()
    return profile


_BIG_HOSTS = (
    "github.com", "arxiv.org", "scholar.google.com", "google.com", "youtube.com", "twitter.com", "x.com",
    "linkedin.com", "doi.org", "dl.acm.org", "ieeexplore.ieee.org", "openreview.net", "example.com",
)


def _placeholder_root(root) -> str | None:
    """The site a template page is on, as its paper links betray it: ``[Paper](https://me.github.io/)`` left
    pointing at the site's root (twice, or once on a ``github.io`` site) instead of at a paper."""
    roots: Counter[str] = Counter()
    for a in root.iter("a"):
        url = repair_url((a.get("href") or "").strip())
        label = _norm(" ".join(_itertext(a)))
        if not url or not label or not (_label_kind(label) or fold(label) in ("paper", "pdf", "code", "project")):
            continue
        parts = urlsplit(url)
        host = parts.netloc.lower().removeprefix("www.")
        if parts.path.strip("/") in ("", "index.html") and not parts.query and not any(
                host == h or host.endswith("." + h) for h in _BIG_HOSTS):
            roots[f"{parts.scheme}://{parts.netloc}/"] += 1
    if roots:
        url, n = roots.most_common(1)[0]
        if n >= 2 or url.split("/")[2].endswith(".github.io"):
            return url
    return None


def folder_url(url: str) -> str:
    """The URL relative links of a page resolve against: a canonical URL written without its
    trailing slash (``https://host/~me``) names a folder, not a file in the host's root.

    >>> folder_url("https://people.example.edu/~mgarcia"), folder_url("https://x.org/a/index.html")
    ('https://people.example.edu/~mgarcia/', 'https://x.org/a/index.html')
    """
    parts = urlsplit(url)
    last = parts.path.rsplit("/", 1)[-1]
    if last and "." not in last and not parts.query:
        return urlunsplit((parts.scheme, parts.netloc, parts.path + "/", "", ""))
    return url


def _citation_meta(r: _Reader, b: _Builder) -> None:
    """A page describing one paper (Google Scholar ``citation_*`` meta tags, as Hugo and
    al-folio publication pages carry): one publication."""
    title = r.meta_value("citation_title")
    if not title:
        return
    if any(fold(d.pub.title) == fold(title[0]) for d in b.pubs):
        return
    authors = r.meta.get("citation_authors") or []
    pub = Publication(title=title[0])
    lines = {title[1]}
    al = []
    for name in authors:  # type: ignore[union-attr]
        if "," in name:
            family, _, given = name.partition(",")
            name = f"{given.strip()} {family.strip()}"
        al.append(Author(name=name))
    pub.authors = al
    date = r.meta_value("citation_publication_date", "citation_date", "citation_online_date")
    if date:
        d = date[0].replace("/", "-")
        m = re.match(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", d)
        if m:
            try:
                pub.date = "-".join([m.group(1)] + [f"{int(g):02d}" for g in m.groups()[1:] if g])
            except ValueError:
                pub.year = int(m.group(1))
            lines.add(date[1])
    venue = r.meta_value("citation_conference_title", "citation_journal_title", "citation_inbook_title")
    if venue:
        v = parse_venue(venue[0])
        pub.venue, pub.venue_full, pub.venue_type = v.venue, v.venue_full, v.venue_type
        lines.add(venue[1])
    for key, kind in (("citation_pdf_url", "pdf"), ("citation_abstract_html_url", "paper")):
        v = r.meta_value(key)
        if v:
            url = _abs_url(v[0], b.ctx)
            if url:
                _add_link(pub, kind, url, b.ctx)
                lines.add(v[1])
    for key in ("citation_doi",):
        v = r.meta_value(key)
        if v:
            try:
                pub.doi = v[0]
                lines.add(v[1])
            except ValueError:
                pass
    v = r.meta_value("citation_arxiv_id")
    if v:
        pub.arxiv = v[0]
    pub.line = r.L(title[1])
    b.pubs.append(_PubDraft(pub=pub, highlighted=[], lines={x for x in lines if x}))
    r.use(x for x in lines if x)


@dataclass
class FragmentResult:
    """Publications read from an HTML fragment, with the lines (of the host file) they used."""

    publications: list[Publication]
    used: set[int]
    ignored: set[int]
    legend: dict[str, str] | None = None


def parse_publications_fragment(
    fragment: str,
    *,
    first_line: int = 1,
    owner: str | None = None,
    alternate_names: Sequence[str] = (),
    legend: dict[str, str] | None = None,
    homepage: str | None = None,
    base_url: str | None = None,
    year: int | None = None,
    doc: SourceDoc | None = None,
) -> FragmentResult:
    """Read the publications of an HTML fragment (a ``<table>``, ``<ul>`` or ``<div>`` list
    embedded in a markdown page) as this importer reads a publications section.

    ``first_line`` is the line of the host file where the fragment starts: item lines and
    the ``used``/``ignored`` line sets are in the host file's numbering. ``owner`` (and
    ``alternate_names``) mark ``is_self``; without it the author the page sets apart
    (bold, underlined) is the owner. ``legend`` is the page's own mark legend (else the
    fragment's, else the common convention). ``year`` is a year heading the fragment sits
    under. When ``doc`` is given its lines are marked used/ignored directly.

    >>> r = parse_publications_fragment('<ul><li><b>Ada Lovelace</b>, C. Babbage. '
    ...     '<i>Notes on the Analytical Engine</i>. Scientific Memoirs, 2021.</li></ul>', first_line=10)
    >>> p = r.publications[0]
    >>> p.title, p.year, [a.name for a in p.authors if a.is_self], p.line
    ('Notes on the Analytical Engine', 2021, ['Ada Lovelace'], 10)
    """
    from pathlib import Path

    sub = SourceDoc(path=Path("<fragment>"), text=fragment, display="<fragment>")
    r, b = _prepare(sub, ImportOptions(owner=owner), base_url, initial_section="publications")
    if year:
        for blk in r.blocks:
            blk.group_year = year
    b.ctx.base = base_url or homepage
    b.ctx.homepage = homepage
    if owner:
        b.person_name = owner
        b.alt_names = list(alternate_names)
        b.ctx.owner_names = [owner, *alternate_names]
    b.assign_sections()
    if year:
        for blk in r.blocks:
            if blk.group_year is None:
                blk.group_year = year
    if legend:
        b.legend = dict(legend)
        b.ctx.legend = b.legend
    else:
        b.find_legend()
    for blk in r.blocks:
        if blk.kind == "item" and blk.section in ("publications", None, "other"):
            segs, gaps = r.segs(blk)
            b.read_pubs(blk, segs, gaps)
    if owner:
        b.resolve_owner()
    else:
        for d in b.pubs:
            if len(d.highlighted) == 1:
                for a in d.pub.authors:
                    if a.name == d.highlighted[0]:
                        a.is_self = True
        hl = Counter(n for d in b.pubs for n in d.highlighted)
        if hl:
            top = hl.most_common(1)[0][0]
            for d in b.pubs:
                if not any(a.is_self for a in d.pub.authors):
                    mark_owner(d.pub.authors, top)
    shift = first_line - 1
    pubs = []
    for d in b.pubs:
        p = d.pub
        if p.line:
            p.line = p.line + shift
        pubs.append(p)
    used = {n + shift for n in sub.used}
    ignored = {n + shift for n in sub.ignored} - used
    if doc is not None:
        for n in used:
            doc.use(n)
        for n in ignored:
            doc.ignore(n)
    return FragmentResult(publications=pubs, used=used, ignored=ignored, legend=b.legend)


# --- detection ---------------------------------------------------------------------------------------

_MD_SIGNALS = re.compile(r"^(#{1,6}\s|\s*[-*+]\s+\S|\s*\d+\.\s+\S|={3,}\s*$|-{3,}\s*$|>\s)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*",
                         re.M)


def detect(doc: SourceDoc) -> float:
    """Confidence that ``doc`` is an HTML page (not markdown with a few inline tags)."""
    text = doc.text
    head = text[:5000].lstrip("\ufeff \t\n").lower()
    suffix = doc.path.suffix.lower()
    if head.startswith("---\n") or head.startswith("+++\n"):
        # a front-matter file (Jekyll/Hugo source): markdown or a layout template, not a page
        return 0.15 if suffix in (".html", ".htm") else 0.02
    score = 0.0
    if head.startswith("<!doctype html") or re.match(r"<\?xml[^>]*>\s*<!doctype html", head):
        score = 0.95
    elif re.search(r"<html[\s>]", head):
        score = 0.9
    elif re.search(r"<body[\s>]", head) or re.search(r"<head[\s>]", head):
        score = 0.85
    if score:
        return score
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return 0.0
    tag_lines = sum(1 for ln in lines if ln.startswith("<") or ln.endswith(">"))
    md = len(_MD_SIGNALS.findall(text))
    ratio = tag_lines / len(lines)
    if suffix in (".html", ".htm", ".xhtml"):
        if not re.search(r"<[A-Za-z][^>]*>", text):
            return 0.05  # named .html but holds no markup
        return 0.7 if ratio >= 0.3 else 0.4
    if md == 0 and ratio >= 0.8 and len(lines) >= 3 and re.search(r"<(ul|ol|table|div|p|li|tr)[\s>]", text, re.I):
        return 0.5
    return 0.05 if tag_lines else 0.0


def _parse(doc: SourceDoc, options: ImportOptions) -> Profile:
    return parse_html(doc, options)


IMPORTER = Importer(
    name="html",
    description="HTML pages: tables, <ul>/<li> lists, div blocks, jemdoc, rendered al-folio/Hugo pages",
    detect=detect,
    parse=_parse,
)
