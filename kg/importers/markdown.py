"""Plain markdown homepages: GitHub pages, profile README files, markdown tables of papers.

The family this importer reads is a researcher's page written in markdown,
usually with some inline HTML (``<br />``, ``<b>``, ``<img>``), published by
GitHub pages without a theme's front matter (or with front matter that is not
academicpages'), and GitHub profile ``README.md`` files. The page is parsed with
markdown-it (CommonMark plus tables); HTML blocks with BeautifulSoup.

What it understands:

* sections by their headings (ATX ``##`` or setext ``===``, or a paragraph that
  is only a bold label such as ``**Research Interest:**``), with synonyms
  (:func:`kg.importers.common.section_kind`); years as sub-headings
  (``### 2021``, ``**2020**``, ``2015 and before``);
* the name heading (``**Yichen Wei (危夷晨)**``, ``## 王云鹤``, ``# Hi, I'm Jane``),
  a subtitle heading with the job title (``#### Director of X``), and the prose
  under it: job title and affiliation, email (also ``name at domain``),
  homepage, profile identifiers from links (Google Scholar, DBLP, GitHub, ...),
  education, advisors, research interests and citation metrics;
* publications in three layouts: paragraphs or list items whose lines
  (``<br />``, line breaks) are title / authors / links; one-line entries
  (``[Title](url) Authors *Venue*, 2020 [pdf](..) / [code](..) summary``) as in
  one-column markdown tables; and tables with columns such as
  ``| Year | Title | Venue |``. The owner is the **bold** / <u>underlined</u>
  author or the one matching the page's name;
* news with dates, awards (also challenge wins), students, service, education
  and experience lists.

Public entry point: :func:`parse_markdown` (``IMPORTER.parse``), which other
importers (a site folder, a GitHub profile README) call on a markdown file.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urljoin, urlsplit

import yaml
from markdown_it import MarkdownIt

from ..errors import SourceError
from ..model import (
    Affiliation,
    Link,
    Author,
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
from .document import repair_destinations
from .common import link_kind as _link_kind_uncached
from .common import repair_url as _repair_url_uncached
from .common import (
    DEFAULT_LEGEND,
    MARK_SYMBOLS,
    MONTHS,
    arxiv_id,
    doi_of,
    find_year,
    fold,
    has_cjk,
    identifier_from_url,
    parse_date,
    parse_venue,
    read_legend,
    escape_sup_marks,
    expand_short_years,
    same_name,
    same_site,
    section_kind,
    split_authors,
    split_venue_notes,
    strip_marks,
)

repair_url = lru_cache(maxsize=8192)(_repair_url_uncached)
section_kind = lru_cache(maxsize=4096)(section_kind)  # a pure function of the heading, called per heading
link_kind = lru_cache(maxsize=8192)(_link_kind_uncached)
_MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")
# link targets are repaired and validated by kg (common.repair_url), not percent-encoded here
_MD.normalizeLink = lambda url: url  # type: ignore[method-assign]
_MD.normalizeLinkText = lambda text: text  # type: ignore[method-assign]

# --- rich text: the text of one block with its links and styles ------------------------


@dataclass
class Span:
    """A linked or styled range of :attr:`Rich.text` (``kind``: link, strong, em, u, img)."""

    start: int
    end: int
    kind: str
    href: str | None = None
    alt: str | None = None


@dataclass
class Rich:
    """Text of a block as read (``"\\n"`` where the page breaks a line: ``<br>``, a
    new source line), the links and styles on it, and the source line of each offset."""

    text: str = ""
    spans: list[Span] = field(default_factory=list)
    starts: list[tuple[int, int]] = field(default_factory=lambda: [(0, 1)])
    """(offset, source line) where each source line begins within ``text``."""

    def line_at(self, offset: int) -> int:
        keys = [s[0] for s in self.starts]
        i = max(0, bisect.bisect_right(keys, offset) - 1)
        return self.starts[i][1]

    @property
    def first_line(self) -> int:
        return self.starts[0][1]

    @property
    def last_line(self) -> int:
        return self.starts[-1][1]

    def links(self) -> list[Span]:
        return [s for s in self.spans if s.kind == "link"]

    def joined(self, other: Rich) -> Rich:
        """This text, a line break, then ``other``."""
        base = len(self.text) + 1
        spans = self.spans + [Span(s.start + base, s.end + base, s.kind, s.href, s.alt) for s in other.spans]
        starts = self.starts + [(o + base, ln) for o, ln in other.starts]
        return Rich(self.text + "\n" + other.text, spans, starts)

    def flat(self) -> str:
        return self.text.replace("\n", " ")


_TAG = re.compile(r"^<\s*(/)?\s*([a-zA-Z][\w-]*)([^>]*?)(/)?\s*>$", re.S)
_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_BARE_URL = re.compile(r"(?<![\w/(\[])https?://[^\s<>\"'\])]+")
_STYLE_TAGS = {"b": "strong", "strong": "strong", "em": "em", "i": "em", "u": "u", "ins": "u"}


def _attrs(text: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(text)}


class _RichBuilder:
    def __init__(self, line: int) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[Span] = []
        self.stack: list[tuple[str, int, str | None]] = []
        self.starts = [(0, line)]
        self.line = line

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.pos += len(text)

    def newline(self, source: bool) -> None:
        # "<br>" at the end of a source line: the line break is one, not two
        after_br = source and self.parts and self.parts[-1] == "\n" and self.pos not in (o for o, _ in self.starts)
        if not after_br:
            self.add("\n")
        if source:
            self.line += 1
            self.starts.append((self.pos, self.line))

    def open(self, kind: str, href: str | None = None) -> None:
        self.stack.append((kind, self.pos, href))

    def close(self, kind: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == kind:
                _, start, href = self.stack.pop(i)
                if self.pos > start:
                    self.spans.append(Span(start, self.pos, kind, href))
                return

    def in_link(self) -> bool:
        return any(k == "link" for k, _, _ in self.stack)

    def image(self, src: str | None, alt: str) -> None:
        if self.in_link():
            self.add(alt)
        else:
            self.spans.append(Span(self.pos, self.pos, "img", src, alt))

    def html(self, raw: str) -> None:
        raw = raw.strip()
        if raw.startswith("<!--"):
            return
        m = _TAG.match(raw)
        if not m:
            return
        closing, name, attrs, _ = m.groups()
        name = name.lower()
        if name == "br":
            self.newline(False)
        elif name in _STYLE_TAGS:
            (self.close if closing else self.open)(_STYLE_TAGS[name])
        elif name == "a":
            if closing:
                self.close("link")
            else:
                self.open("link", _attrs(attrs).get("href"))
        elif name == "img" and not closing:
            a = _attrs(attrs)
            self.image(a.get("src"), a.get("alt", ""))

    def build(self) -> Rich:
        while self.stack:
            self.close(self.stack[-1][0])
        rich = Rich("".join(self.parts), sorted(self.spans, key=lambda s: (s.start, -s.end)), self.starts)
        _linkify(rich)
        return rich


def _linkify(rich: Rich) -> None:
    """Bare ``http://`` URLs in the text become links labelled with themselves."""
    links = rich.links()
    for m in _BARE_URL.finditer(rich.text):
        start, end = m.start(), m.end()
        while end > start and rich.text[end - 1] in ".,;:!?。，":
            end -= 1
        if any(s.start <= start < s.end for s in links):
            continue
        rich.spans.append(Span(start, end, "link", rich.text[start:end]))
    rich.spans.sort(key=lambda s: (s.start, -s.end))


def _rich_from_inline(children: list, line: int) -> Rich:
    b = _RichBuilder(line)
    for tok in children or []:
        t = tok.type
        if t in ("text", "code_inline"):
            b.add(tok.content)
        elif t == "softbreak":
            b.newline(True)
        elif t == "hardbreak":
            b.newline(True)
        elif t == "html_inline":
            b.html(tok.content)
        elif t == "link_open":
            b.open("link", tok.attrs.get("href"))
        elif t == "link_close":
            b.close("link")
        elif t in ("strong_open", "em_open"):
            b.open(t[:-5])
        elif t in ("strong_close", "em_close"):
            b.close(t[:-6])
        elif t == "image":
            b.image(tok.attrs.get("src"), tok.content)
    return b.build()


def _rich_from_html(node, line: int) -> Rich:
    """Rich text of an HTML element (from an HTML block), all on one source line."""
    from bs4 import Comment, NavigableString, Tag

    b = _RichBuilder(line)

    def walk(n) -> None:
        for child in n.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                b.add(re.sub(r"\s+", " ", str(child)))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in ("script", "style"):
                continue
            if name == "br":
                b.newline(False)
                continue
            if name == "img":
                b.image(child.get("src"), child.get("alt", ""))
                continue
            kind = _STYLE_TAGS.get(name) or ("link" if name == "a" else None)
            if kind:
                b.open(kind, child.get("href") if kind == "link" else None)
            block = name in ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table")
            walk(child)
            if kind:
                b.close(kind)
            if block:
                b.newline(False)

    walk(node)
    rich = b.build()
    return rich


# --- blocks: the page as a sequence of headings, paragraphs, list items, table rows -----


@dataclass
class Block:
    kind: str  # heading, para, item, row, thead, html, code, hr
    first: int
    last: int
    rich: Rich | None = None
    level: int = 0
    cells: list[Rich] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    parent: Block | None = None
    children: list[Block] = field(default_factory=list)
    raw: str = ""
    own_last: int = 0


def _blocks(tokens: list) -> list[Block]:
    out: list[Block] = []
    items: list[Block] = []
    depth = 0
    header: list[str] = []
    in_head = False
    cells: list[Rich] = []
    row_map = None
    i = 0
    while i < len(tokens):
        t = tokens[i]
        typ = t.type
        if typ == "heading_open":
            inline = tokens[i + 1]
            out.append(Block("heading", t.map[0] + 1, t.map[1], _rich_from_inline(inline.children, t.map[0] + 1),
                             level=int(t.tag[1:])))
            i += 3
            continue
        if typ in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif typ in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif typ == "list_item_open":
            b = Block("item", t.map[0] + 1, t.map[1], level=depth, parent=items[-1] if items else None)
            b.own_last = t.map[0] + 1
            if b.parent:
                b.parent.children.append(b)
            out.append(b)
            items.append(b)
        elif typ == "list_item_close":
            items.pop()
        elif typ == "paragraph_open":
            inline = tokens[i + 1]
            rich = _rich_from_inline(inline.children, t.map[0] + 1)
            if items:
                item = items[-1]
                item.rich = rich if item.rich is None else item.rich.joined(rich)
                item.own_last = max(item.own_last, t.map[1])
            else:
                out.append(Block("para", t.map[0] + 1, t.map[1], rich))
            i += 3
            continue
        elif typ == "table_open":
            header = []
        elif typ == "thead_open":
            in_head = True
        elif typ == "thead_close":
            in_head = False
        elif typ == "tr_open":
            cells = []
            row_map = t.map
        elif typ == "inline" and row_map is not None:
            cells.append(_rich_from_inline(t.children, row_map[0] + 1))
        elif typ == "tr_close":
            first = row_map[0] + 1
            if in_head:
                header = [fold(c.text) for c in cells]
                out.append(Block("thead", first, first + 1, cells=cells, header=header))
            else:
                out.append(Block("row", first, first, cells=cells, header=header))
            row_map = None
        elif typ == "html_block":
            out.append(Block("html", t.map[0] + 1, t.map[1], raw=t.content))
        elif typ in ("fence", "code_block"):
            out.append(Block("code", t.map[0] + 1, t.map[1], raw=t.content))
        elif typ == "hr":
            out.append(Block("hr", t.map[0] + 1, t.map[1]))
        i += 1
    return out


# --- names --------------------------------------------------------------------------------

_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "bin", "al", "el",
              "dos", "das", "ter", "ten", "y", "zu"}
_NOT_NAME_WORDS = set("""
learning network networks net nets loss deep neural model models vision image images video videos detection
recognition segmentation estimation transformer transformers attention graph graphs data dataset datasets
generation analysis search optimization representation representations training towards toward via using with
for from on in of the a an and is are beyond rethinking revisiting efficient fast robust adaptive learned self
supervised unsupervised semi scale large object objects face faces pose human scene scenes visual language text
speech feature features cross multi domain adversarial compression quantization pruning distillation knowledge
reinforcement policy agent agents robot robotics control planning theory inference bayesian generative diffusion
contrastive sparse dense point cloud semantic instance temporal spatial memory reasoning question answering
retrieval tracking flow alignment challenge workshop conference journal university institute lab labs research
code paper papers project slides demo poster award awards best oral spotlight google scholar github twitter email
cv homepage news publications service students teaching talks about me contact education experience selected
recent international proceedings transactions letters ieee acm arxiv preprint technical report thesis
machine computer computing science engineering systems system method methods approach framework networks
unified perspective simple baselines baseline mobile mobiles wild action convolution convolutional
interests interest links home blog group team members people
""".split())
_NAME_TOKEN = re.compile(
    r"^(?:(?:Mc|Mac|O'|O’|D'|D’|De|Di|La|Le)?[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?|[^\W\d_]\.(?:-?[^\W\d_]\.)*)$"
)


@lru_cache(maxsize=4096)
def name_like(text: str) -> bool:
    """True when ``text`` reads as one person's name (``Yichen Wei``, ``J. K. Rowling``,
    ``Ludwig van Beethoven``, ``王云鹤``), not a title, venue or label.

    >>> name_like("Yichen Wei"), name_like("Circle Loss"), name_like("CVPR 2020"), name_like("王云鹤")
    (True, False, False, True)
    """
    text = text.strip().strip(",;")
    if not text:
        return False
    if has_cjk(text):
        return bool(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", text.replace(" ", "")))
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    real = 0
    upper = 0
    for k, tok in enumerate(tokens):
        low = tok.lower().rstrip(".")
        if low in _PARTICLES and (k or not tok[0].isupper()):
            continue
        if not _NAME_TOKEN.match(tok) or not tok[0].isupper():
            return False
        if low in _NOT_NAME_WORDS and not (len(low) == 1 and (tok.endswith(".") or (
                k == len(tokens) - 1 and k and tok.isupper()))):  # "Nwosu A": surname, initial
            return False
        if len(tok) > 2 and tok.isupper():
            upper += 1
        real += 1
    return real >= 2 and upper < real


def _split_scripts(text: str) -> tuple[str | None, list[str]]:
    """``"Yichen Wei (危夷晨)"`` -> (``"Yichen Wei"``, [``"危夷晨"``]); ``"王云鹤"`` -> (None, [``"王云鹤"``])."""
    text = re.sub(r"\s+", " ", text).strip()
    parts = [p.strip(" ,/|·-–—") for p in re.split(r"[()（）/|·]|\s[-–—]\s", text)]
    parts = [p for p in parts if p]
    if len(parts) == 1 and has_cjk(parts[0]) and re.search(r"[A-Za-z]", parts[0]):
        parts = [p.strip() for p in re.findall(r"[\u4e00-\u9fff·]+|[A-Za-z][A-Za-z .'\-]*[A-Za-z.]", parts[0])]
    latin = None
    alts: list[str] = []
    for p in parts:
        if has_cjk(p):
            if re.fullmatch(r"[\u4e00-\u9fff·\s]{2,8}", p):
                alts.append(p.replace(" ", ""))
        elif latin is None and name_like(p):
            latin = p
        elif name_like(p):
            alts.append(p)
    return latin, alts


_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|howdy|welcome|greetings)\b[^,!.:]*[,!.:]*\s*)?"
    r"(?:(?:i'?m|i’m|i am|this is|my name is|it'?s)\s+)?",
    re.I,
)


_GREETING_ONLY = re.compile(
    r"(?i)[^\w]*(?:hi|hello|hey|howdy|welcome|greetings|hola|bonjour|namaste|你好|大家好)\b(?:\s*(?:there|all|everyone|"
    r"world|folks|friends|to\s+my\s+(?:github|profile|page))\b)?[^\w]*"
)


def _name_from_heading(text: str) -> tuple[str | None, list[str]]:
    text = re.sub(r"[^\w\s()（）/|·.,'’!:\-–—\u4e00-\u9fff]", " ", text)  # emoji, stars
    text = re.sub(r"\s+", " ", text).strip(" .!:")
    if not text or section_kind(text):
        return None, []
    text = _GREETING.sub("", text).strip(" ,.!:")
    text = re.sub(r"^(?:(?:你好|您好|大家好|嗨)[\s,，!！]*)?(?:我是|我叫)\s*", "", text).strip(" ,.!:")  # "你好 👋 我是 张伟明"
    text = re.sub(r"(?i)['’]s\s+(?:personal\s+)?(?:home\s*page|website|web\s*page|page|site)$", "", text)
    text = re.sub(r"(?i)^(?:the\s+)?(?:personal\s+)?(?:home\s*page|website)\s+of\s+", "", text)
    text = re.sub(r"(?i)^(?:dr|prof|professor)\.?\s+", "", text)
    text = re.sub(r",\s*(?:ph\.?\s?d\.?|m\.?d\.?)$", "", text, flags=re.I)
    if len(text.split()) > 8:
        return None, []
    return _split_scripts(text)


# --- publication entries ------------------------------------------------------------------

_VENUE_WORDS = re.compile(
    r"\b(conference|conf\.|proceedings|proc\.|journal|transactions|trans\.|workshops?|symposium|letters|arxiv|"
    r"preprint|magazine|in press|accepted|to appear|submitted|under review|tech(?:nical)? report|thesis|"
    r"dissertation|chapter|corr|neurips|nips|icml|iclr|cvpr|iccv|eccv|aaai|ijcai|sigkdd|kdd|acl|emnlp|naacl|"
    r"siggraph|bmvc|wacv|accv|icassp|icip|icme|interspeech|miccai|www|sigir|cikm|wsdm|uai|aistats|colt|icra|iros|"
    r"rss|corl|tpami|t-pami|pami|ijcv|tip|tnnls|tmm|tcsvt|jmlr|tog|nature|science)\b",
    re.I,
)
_VENUE_START = re.compile(
    r"^(?:in\s+|accepted\s+(?:to|by|at|in)\s+|to\s+appear\s+(?:in|at)\s+|published\s+in\s+)?"
    r"(?:proc\.|proceedings|ieee|acm|international|annual|european|asian|british|advances|conference|journal|"
    r"transactions|trans\.|arxiv|workshop|symposium|[A-Z][A-Za-z]*[A-Z][\w\-']*|[A-Z]{2,}|[A-Z]-[A-Z]+)",
)
_NOTE_ONLY = re.compile(
    r"^\W*(oral|spotlight|poster|highlight|best[\w\s]*?(?:paper|award|prize)[\w\s]*|award candidate|"
    r"honou?rable mention|nominee|finalist|winner|runner[- ]up|invited|in press|to appear|contributed talk|"
    r"long talk|short talk|full paper|short paper|student paper|findings(?:\s+of\s+[\w-]+)?)\W*$",
    re.I,
)
_NOTE_WORD = re.compile(
    r"\b(oral|spotlight|highlight|best\s+\w*\s*paper|award|honou?rable mention|nominee|finalist|winner|"
    r"runner[- ]up|\d+(?:st|nd|rd|th)\s+place|champion)\b",
    re.I,
)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_TEXT = re.compile(
    rf"(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\.?,?"
    rf"\s+\d{{4}}|(?:{_MONTH_NAMES})\.?,?\s+\d{{4}}|\d{{4}}[./-]\d{{1,2}}(?:[./-]\d{{1,2}})?|\d{{1,2}}/\d{{4}})",
    re.I,
)
_YEAR_ONLY = re.compile(r"^[\s,.;:(\[]*(?:19|20)\d\d[a-z]?[\s,.;:()\[\]|/]*$")
_SENTENCE_END = re.compile(r"(?<=[^\s])([.!?])\s+(?=[\"“'‘(\[]?[A-Z\u4e00-\u9fff0-9])")
_ABBREV = {"prof", "dr", "mr", "ms", "mrs", "st", "vs", "al", "no", "vol", "pp", "inc", "jr", "sr", "univ", "dept",
           "proc", "conf", "int", "intl", "trans", "eds", "ed", "fig", "eq", "e.g", "i.e", "etc", "ph.d", "b.s",
           "m.s", "b.sc", "m.sc", "b.a", "m.a", "b.e", "m.e", "b.eng", "m.eng", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "co", "corp", "ltd", "res", "sci", "eng",
           "comput", "appl", "syst", "j", "am", "pm"}


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges of prose, not cut after initials, ``Prof.``, ``et al.``, ``Ph.D.``.

    >>> t = "I am at MIT. Prof. J. Smith advised me, et al. Then I left."
    >>> [t[a:b] for a, b in sentences(t)]
    ['I am at MIT.', 'Prof. J. Smith advised me, et al. Then I left.']
    """
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(1) == ".":
            before = re.search(r"([\w.]+)\.$", text[start : m.start() + 1])
            word = before.group(1).lower() if before else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(\w\.)+\w", word):
                continue
        out.append((start, m.end(1)))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


_ENUMERATOR = re.compile(r"^\s*(?:\[[A-Z]{0,2}\d{1,3}\]|\([A-Z]{0,2}\d{1,3}\)|[A-Z]?\d{1,3}\.(?=\s))\s*")
_QUOTED = re.compile(r"[\"“]([^\"”]{8,}?)[,.]?[\"”]")


@dataclass
class Seg:
    start: int
    end: int
    text: str
    line: int  # index of the visual line in the entry
    styles: frozenset[str] = frozenset()
    href: str | None = None
    kind: str = "text"
    authors: list[Author] = field(default_factory=list)
    truncated: bool = False
    self_hint: bool = False
    lead_marks: list[str] = field(default_factory=list)
    whole_line: bool = False


def _segments(rich: Rich) -> list[Seg]:
    """Cut an entry into pieces: links and styled ranges whole, plain text by sentences."""
    segs: list[Seg] = []
    text = rich.text
    pos = 0
    for line_no, line in enumerate(text.split("\n")):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        inside = [s for s in rich.spans if s.kind != "img" and lstart <= s.start < lend and s.end > s.start]
        groups: list[list] = []  # [start, end, styles(set), href]
        for s in [s for s in inside if s.kind == "link"]:
            groups.append([s.start, min(s.end, lend), {"link"}, s.href])
        styles = sorted([s for s in inside if s.kind != "link"], key=lambda s: s.start - s.end)
        for s in styles:
            end = min(s.end, lend)
            holder = next((g for g in groups if g[0] <= s.start and end <= g[1]), None)
            if holder:
                holder[2].add(s.kind)
                continue
            inner = [g for g in groups if s.start <= g[0] and g[1] <= end]
            partial = [g for g in groups if g not in inner and g[0] < end and s.start < g[1]]
            if partial:
                continue
            if not inner:
                groups.append([s.start, end, {s.kind}, None])
            elif len(inner) == 1 and not re.search(r"\w", text[s.start:inner[0][0]] + text[inner[0][1]:end]):
                g = inner[0]
                g[0], g[1] = s.start, end
                g[2].add(s.kind)
        groups.sort(key=lambda g: g[0])
        cursor = lstart

        def sentences_of(a: int, b: int) -> None:
            chunk = text[a:b]
            for sa, sb in sentences(chunk):
                piece = chunk[sa:sb]
                if piece.strip():
                    segs.append(Seg(a + sa, a + sb, piece, line_no))

        def plain(a: int, b: int) -> None:
            chunk = text[a:b]
            # a leading list number "[1]" / "(3)" is no data
            num = _ENUMERATOR.match(chunk) if a == lstart else None
            if num:
                segs.append(Seg(a, a + num.end(), chunk[: num.end()], line_no, kind="sep"))
                a += num.end()
                chunk = text[a:b]
            # a quoted title ("Title," in IEEE style) is a piece of its own
            q = _QUOTED.search(chunk)
            if q and len(q.group(1).split()) >= 2:
                sentences_of(a, a + q.start())
                segs.append(Seg(a + q.start(), a + q.end(), q.group(1), line_no, styles=frozenset({"quote"})))
                if text[a + q.end():b].strip():  # the rest of the line: the venue, not sentences
                    segs.append(Seg(a + q.end(), b, text[a + q.end():b], line_no))
                return
            sentences_of(a, b)

        for g in groups:
            if g[0] > cursor:
                plain(cursor, g[0])
            segs.append(Seg(g[0], g[1], text[g[0]:g[1]], line_no, frozenset(g[2]), g[3]))
            cursor = g[1]
        if cursor < lend:
            plain(cursor, lend)
        mine = [sg for sg in segs if sg.line == line_no]
        if len(mine) == 1 and not mine[0].styles:
            mine[0].whole_line = True
    return segs


def _label(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().strip("[]()【】").strip()


_LABEL_START = re.compile(
    r"(?i)^\W*(?:arxiv|code|pdf|bibtex|bib|slides?|supp|supplementary|supplement|poster|tech(?:nical)?\s+report|"
    r"preprint|github|openreview|doi|download|official|full\s+text|publisher|project\s+page|paper\s+link)(?![\w-])"
)


def _is_label(label: str) -> bool:
    """A link label such as ``pdf``, ``[Code]``, ``arXiv version``, ``Tech report on arXiv``."""
    words = label.split()
    if len(words) <= 2 or label.islower():
        return True
    if _LABEL_START.match(label) and len(words) <= 5:
        return True
    return len(words) <= 3 and bool(link_kind(label, ""))


_CONNECTOR = re.compile(r"(?i)\b(?:and|with)\b|&")
_WORD = re.compile(r"[^\W_]")
_SEP_ONLY = re.compile(rf"[\s,;.&{re.escape(MARK_SYMBOLS)}¹²³⁴⁵⁶⁷⁸⁹⁰\\]*")


def _connector_only(text: str) -> bool:
    return not _WORD.search(_CONNECTOR.sub(" ", text))


def _venue_like(text: str) -> bool:
    t = text.strip(" ,.;:()[]")
    if not t:
        return False
    words = t.split()
    if _VENUE_WORDS.search(t) and len(words) <= 20:
        return True
    if find_year(t) and len(words) <= 8:
        return True
    return False


def _names_of(text: str, legend: dict[str, str]) -> tuple[list[Author], bool] | None:
    """The authors in a plain piece of an entry, or None when it is no author list."""
    got = _names_cached(text.strip(), tuple(sorted(legend.items())))
    if got is None:
        return None
    return [a.model_copy() for a in got[0]], got[1]


@lru_cache(maxsize=4096)
def _names_cached(raw: str, legend_items: tuple) -> tuple[list[Author], bool] | None:
    legend = dict(legend_items)
    if not raw or len(raw) > 600:
        return None
    # "Ann Lee and **Jo Smith**": the list goes on in the next (bold) piece
    trailing = re.search(r"(?:,\s*|\s+(?:and|&)\s*)+$", raw)
    if trailing:
        raw = raw[: trailing.start()].rstrip()
        if not raw:
            return None
    al = split_authors(raw, legend)
    names = _rejoin_inverted(al.authors)
    if not names:
        return ([], True) if al.truncated else None
    good = sum(1 for a in names if name_like(a.name))
    listish = "," in raw or re.search(r"\band\b|&", raw) or al.truncated or trailing
    if len(names) >= 2 and good >= 0.7 * len(names) and good >= 1:
        return names, al.truncated
    if len(names) == 1 and good == 1 and listish:
        return names, al.truncated
    return None


def _rejoin_inverted(authors: list[Author]) -> list[Author]:
    """``Doe, J., Smith, A.`` splits into surname / initials pairs: put them back together."""
    if len(authors) < 2 or len(authors) % 2:
        return authors
    pairs = list(zip(authors[0::2], authors[1::2]))
    if all(re.fullmatch(r"(?:[A-Z]\.\s*-?\s*)+", b.name + ("." if not b.name.endswith(".") else ""))
           and re.fullmatch(r"[^\W\d_][\w'’\-]+", a.name) for a, b in pairs):
        return [Author(name=f"{b.name if b.name.endswith('.') else b.name + '.'} {a.name}",
                       marks=sorted(set(a.marks + b.marks))) for a, b in pairs]
    return authors


class _Ctx:
    """What the entry reader knows of the page: legend, homepage, owner, year heading."""

    def __init__(self) -> None:
        self.legend: dict[str, str] = dict(DEFAULT_LEGEND)
        self.homepage: str | None = None
        self.base: str | None = None
        self.fallback_base: str | None = None
        self.owner_names: list[str] = []
        self.year: int | None = None
        self.venue_type: str | None = None
        self.self_hints: dict[int, list[bool]] = {}
        self.latin_owner = False
        """True once the owner's Latin name is known: then a bold name must be the owner's."""


def _classify(seg: Seg, ctx: _Ctx) -> None:
    t = seg.text.strip()
    core = t.strip(" ,.;:()[]|/·•-–—")
    if _connector_only(t) or _SEP_ONLY.fullmatch(t):
        seg.kind = "sep"
        seg.lead_marks = _marks_in(t, ctx.legend)
        return
    is_self_name = _is_owner(_label(core), tuple(ctx.owner_names)) if ctx.owner_names and len(core) < 60 else False
    if "quote" in seg.styles:
        seg.kind = "title"
        return
    if "link" in seg.styles:
        label = _label(t)
        name, _ = strip_marks(label, ctx.legend)
        if name_like(name) or is_self_name:
            seg.kind = "name"
            seg.self_hint = bool(seg.styles & {"strong", "u"})
            seg.authors = [Author(name=name, marks=strip_marks(label, ctx.legend)[1])]
        elif _is_label(label):
            seg.kind = "label"
        else:
            seg.kind = "titlelink"
        return
    if seg.styles & {"strong", "u"}:
        name, marks = strip_marks(core, ctx.legend)
        titleish = t.rstrip().endswith((".", ":")) and not re.search(r"\b[A-Z]\.$", t.rstrip())
        if _NOTE_ONLY.match(core):
            seg.kind = "note"
        elif is_self_name or (name_like(name) and not ctx.latin_owner and not titleish):
            seg.kind = "name"
            seg.self_hint = True
            seg.authors = [Author(name=name, marks=marks)]
        elif (got := _names_of(t, ctx.legend)) and len(got[0]) >= 2:
            seg.kind = "names"
            seg.authors, seg.truncated = got
        elif "em" in seg.styles and _venue_like(core):
            seg.kind = "venue"
        elif _YEAR_ONLY.match(t):
            seg.kind = "year"
        elif (len(core.split()) >= 3 or has_cjk(core) and len(core) >= 6) and not _venue_like(core):
            seg.kind = "title"  # a CJK title has no spaces: count its characters
        elif _venue_like(core) or _VENUE_START.match(core):
            seg.kind = "venue"
        else:
            seg.kind = "title" if len(core.split()) >= 2 else "note"
        return
    if "em" in seg.styles:
        if _NOTE_ONLY.match(core):
            seg.kind = "note"
        elif _venue_like(core):
            seg.kind = "venue"
        elif got := _names_of(t, ctx.legend):
            seg.kind = "names"
            seg.authors, seg.truncated = got
        elif len(core.split()) >= 3:
            seg.kind = "emtitle"
        else:
            seg.kind = "venue"
        return
    if _YEAR_ONLY.match(t):
        seg.kind = "year"
        return
    got = _names_of(t, ctx.legend)
    if got is None and (seg.whole_line or is_self_name):
        name, marks = strip_marks(core, ctx.legend)
        if name_like(name) or is_self_name:
            got = ([Author(name=name, marks=marks)], False)
    if got is not None:
        seg.kind = "names"
        seg.authors, seg.truncated = got
        seg.lead_marks = _marks_in(re.match(rf"^[\s{re.escape(MARK_SYMBOLS)}\\,]*", t).group(0), ctx.legend)
        return
    if _DATE_TEXT.fullmatch(core):
        seg.kind = "date"
    elif _NOTE_ONLY.match(core):
        seg.kind = "note"
    elif _venue_like(core) and len(core.split()) <= 20 and not re.match(_DATE_TEXT.pattern, core, re.I) and (
        _VENUE_START.match(core) or _VENUE_WORDS.search(core) or re.search(r"\b[A-Z][\w-]*[A-Z]", core)
    ):
        seg.kind = "venue"
    else:
        seg.kind = "text"


@lru_cache(maxsize=4096)
def _is_owner(name: str, owners: tuple[str, ...]) -> bool:
    if any(same_name(name, o) for o in owners):
        return True
    # "Nwosu A." / "Nwosu AB": surname first, then initials (life-science style)
    m = re.fullmatch(r"([^\W\d_][\w'’\-]+)\s+((?:[A-Z]\.?\s*-?){1,3})", name.strip())
    if m:
        initials = " ".join(c + "." for c in re.sub(r"[^A-Z]", "", m.group(2)))
        return any(same_name(f"{initials} {m.group(1)}", o) for o in owners if len(o.split()) == len(initials.split()) + 1)
    return False


def _marks_in(text: str, legend: dict[str, str]) -> list[str]:
    out = []
    for ch in text.replace("\\", ""):
        mark = legend.get(ch)
        if mark and mark not in out:
            out.append(mark)
    if "✉" in text and legend.get("✉") and legend["✉"] not in out:
        out.append(legend["✉"])
    return out


_VOLUME_ETC = re.compile(r"(?i)\bvol\b|\bvolume\b|\bpp\.|\bpages?\b|\bno\.|\d+\(\d+\)|^\W*(?:19|20)\d\d\b")


def _split_title_venue(seg: Seg) -> list[Seg]:
    """``Title, ECCV 2020`` / ``Title (CVPR 2020)`` in one plain piece -> title and venue."""
    t = seg.text
    m = re.match(r"^(.*\S)\s*\(([^()]*\b(?:19|20)\d\d\b[^()]*)\)\s*[.,]?\s*$", t)
    if m and len(m.group(1).split()) >= 2 and _venue_like(m.group(2)):
        cut = m.start(2) - 1
        return [Seg(seg.start, seg.start + cut, t[:cut], seg.line, kind="text"),
                Seg(seg.start + cut, seg.end, t[cut:], seg.line, kind="venue")]
    for m in re.finditer(r",\s+", t):
        head, tail = t[: m.start()], t[m.end():]
        tail_core = tail.strip(" ,.;:")
        if len(head.split()) < 2 or not tail_core or _venue_like(head):
            continue
        if _VENUE_START.match(tail_core) and (_venue_like(tail_core)) and len(tail_core.split()) <= 15:
            return [Seg(seg.start, seg.start + m.start(), head, seg.line, kind="text"),
                    Seg(seg.start + m.start(), seg.end, t[m.start():], seg.line, kind="venue")]
    return [seg]


def _clean_title(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\\", "")).strip()
    text = text.strip(" ,;:|·•-–—")
    # ". Title" after a bold last author ("Ann Lee, **Jo Smith**. Title.")
    text = re.sub(r"^\.(?!\.)\s*", "", text)
    m = re.fullmatch(r"[\"“'‘](.+?)[,.]?[\"”'’][.,]?", text)
    if m:
        text = m.group(1)
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]|\bal|etc)\.$", text):
        text = text[:-1].rstrip()
    return text


def _quoted_title(seg: Seg) -> tuple[int, int] | None:
    m = re.search(r"[\"“]([^\"”]{8,}?)[,.]?[\"”]", seg.text)
    if m and len(m.group(1).split()) >= 2:
        return m.start(1), m.end(1)
    return None


def parse_entry(rich: Rich, ctx: _Ctx, first_line: int) -> Publication | None:
    """One publication from the rich text of a paragraph, list item or table row; None when
    the text holds no title with authors, venue or links."""
    segs: list[Seg] = []
    for seg in _segments(rich):
        _classify(seg, ctx)
        if seg.kind == "text" or (seg.kind == "venue" and not seg.styles):
            segs.extend(_split_title_venue(seg))
        else:
            segs.append(seg)
    if not segs:
        return None
    # an underlined or bold co-author beside the list ("<u>Ann Lee</u>, Jo Smith": students set apart)
    # when the owner's name is known and is not this one
    for i, s in enumerate(segs):
        if s.kind == "title" and s.styles & {"u", "strong"} and "link" not in s.styles:
            name, marks = strip_marks(s.text.strip(" ,;"), ctx.legend)
            prev = segs[i - 1] if i else None
            nxt = segs[i + 1] if i + 1 < len(segs) else None
            beside = (nxt is not None and nxt.line == s.line and re.match(r"^\s*(?:,|and\b|&)", nxt.text)
                      and nxt.kind in ("names", "sep", "name")) or (
                prev is not None and prev.line == s.line and prev.kind in ("names", "sep", "name")
                and re.search(r"(?:,|\band|&)\s*$", prev.text))
            if beside and name_like(name):
                s.kind = "name"
                s.authors = [Author(name=name, marks=marks)]
                s.self_hint = not ctx.latin_owner
    # authors: the best run of names and separators
    runs: list[list[int]] = []
    cur: list[int] = []
    def lone_name_line(s: Seg) -> bool:
        return s.kind == "names" and s.whole_line and len(s.authors) == 1

    for i, s in enumerate(segs):
        if s.kind in ("name", "names", "sep"):
            if cur and segs[cur[-1]].line != s.line and not (lone_name_line(segs[cur[-1]]) and lone_name_line(s)):
                runs.append(cur)
                cur = []
            cur.append(i)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    for run in runs:
        while run and segs[run[0]].kind == "sep":
            run.pop(0)
        while run and segs[run[-1]].kind == "sep" and not segs[run[-1]].lead_marks:
            run.pop()

    def run_score(run: list[int]) -> float:
        n = sum(len(segs[i].authors) for i in run)
        selfy = any(segs[i].self_hint for i in run) or any(
            _is_owner(a.name, tuple(ctx.owner_names)) for i in run for a in segs[i].authors
        )
        trunc = any(segs[i].truncated for i in run)
        if n == 0 and not trunc:
            return 0
        if n == 1 and not selfy and not trunc and not any(segs[i].kind == "names" for i in run):
            return 0.5
        return n + (10 if selfy else 0) + (1 if trunc else 0)

    best = max(runs, key=run_score, default=[])
    if best and run_score(best) < 1:
        best = []
    used: set[int] = set(best)
    authors: list[Author] = []
    self_hints: list[bool] = []
    truncated = False
    for i in best:
        s = segs[i]
        if s.kind == "sep":
            if authors and s.lead_marks:
                authors[-1].marks = sorted(set(authors[-1].marks) | set(s.lead_marks))
            continue
        if s.kind == "names" and s.lead_marks and authors and s.text.lstrip()[:1] in MARK_SYMBOLS + "\\":
            authors[-1].marks = sorted(set(authors[-1].marks) | set(s.lead_marks))
        for a in s.authors:
            a = a.model_copy()
            if "link" in s.styles and s.href:
                url = _abs_url(s.href, ctx)
                if url:
                    a.url = url
                    ident = _identifier(url)
                    if ident:
                        a.identifiers = {ident[0]: ident[1]}
            authors.append(a)
            self_hints.append(s.self_hint)
        truncated = truncated or s.truncated
    # title
    title = None
    title_link = None
    for i, s in enumerate(segs):
        if i in used:
            continue
        q = _quoted_title(s) if s.kind in ("text", "venue") else None
        if q:
            title = s.text[q[0]:q[1]]
            used.add(i)
            rest = s.text[q[1]:].strip(" ,.\"”")
            if rest and _venue_like(rest):
                s.kind = "venue"
                s.text = rest
                used.discard(i)
            break
        if s.kind == "titlelink" or s.kind == "title" or s.kind == "emtitle" or (
            s.kind == "text" and len(_clean_title(s.text).split()) >= 2
        ) or (lone_name_line(s) and best and i < best[0]):
            title = s.text
            if "link" in s.styles:
                title_link = s.href
            used.add(i)
            break
    if title is None:
        # a lone link with a short label, or a plain piece taken for a venue, may be the title
        for i, s in enumerate(segs):
            if i not in used and s.kind in ("label", "venue", "name") and len(s.text.split()) >= 2 and not (
                s.kind == "label" and link_kind(_label(s.text), "")
            ):
                title = s.text
                title_link = s.href if "link" in s.styles else None
                used.add(i)
                break
    if title is None:
        return None
    title = _clean_title(_label(title) if title_link else title)
    if not title:
        return None
    f: dict = {"title": title, "line": first_line, "year": None, "venue": None, "notes": []}
    # venue: the first venue piece, extended over what follows it on its line
    venue_idx = next((i for i, s in enumerate(segs) if i not in used and s.kind == "venue"), None)
    if venue_idx is None:
        # "**Title.** Authors. *Empirical Software Engineering*, 27(4), 2022": once the title is
        # taken, an italic run of capitalised words after it is the venue, not a second title
        venue_idx = next((i for i, s in enumerate(segs) if i not in used and s.kind == "emtitle"
                          and len(s.text.split()) <= 12 and i > min(used, default=len(segs))
                          and any(x.kind == "names" for x in segs[:i])), None)
    venue_text = ""
    if venue_idx is not None:
        j = venue_idx
        parts = []
        while j < len(segs) and j not in used and segs[j].line == segs[venue_idx].line and (
            j == venue_idx or segs[j].kind in ("sep", "year", "note", "date")
            or (segs[j].kind == "venue" and not segs[j].styles)
            or (segs[j].kind == "text" and len(segs[j].text.split()) <= 8 and _VOLUME_ETC.search(segs[j].text))
        ):
            parts.append(segs[j].text)
            used.add(j)
            j += 1
        venue_text = re.sub(r"[\s\[(|/]+$", "", "".join(parts))
    year_seg = next((s for i, s in enumerate(segs) if i not in used and s.kind == "year"), None)
    if year_seg is not None:
        used.add(segs.index(year_seg))
    notes: list[str] = []
    if venue_text:
        venue_text, venue_notes = split_venue_notes(expand_short_years(venue_text))
        notes.extend(venue_notes)
        v = parse_venue(re.sub(r"^[\s,.;:]+", "", venue_text))
        f["venue"] = v.venue
        f["venue_full"] = v.venue_full
        f["venue_type"] = _venue_type(v.venue_type, venue_text)
        f["volume"] = v.volume
        f["pages"] = v.pages or _pp_pages(venue_text)
        notes.extend(v.notes)
        if v.year:
            f["year"] = v.year
    if f.get("year") is None and year_seg is not None:
        f["year"] = find_year(year_seg.text)
    # links
    links: dict[str, str] = {}
    more: list[Link] = []
    placeholders: dict[str, str] = {}
    all_urls: list[str] = []

    def add_link(kind: str | None, href: str | None, label: str) -> None:
        url = _abs_url(href, ctx)
        if not url:
            return
        all_urls.append(url)
        kind = kind or "other"
        target = placeholders if ctx.homepage and same_site(url, ctx.homepage) else links
        if kind in target:
            if target is links and url != links[kind] and all(m.url != url for m in more):
                more.append(Link(label=label or kind, url=url))
            return
        target[kind] = url

    if title_link:
        add_link("paper", title_link, title)
    leftovers: list[list[Seg]] = []
    for i, s in enumerate(segs):
        if i in used:
            continue
        if "link" in s.styles and s.kind in ("label", "titlelink", "title", "venue", "name") and (
            s.kind == "label" or not leftovers or True
        ):
            label = _label(s.text)
            if s.kind == "label" or link_kind(label, ""):
                add_link(link_kind(label, _abs_url(s.href, ctx) or ""), s.href, label)
                used.add(i)
                continue
            add_link("other", s.href, label)
        if s.kind in ("note",):
            notes.append(_label(s.text))
            used.add(i)
            continue
        if leftovers and leftovers[-1][-1].line == s.line and segs.index(leftovers[-1][-1]) == i - 1:
            leftovers[-1].append(s)
        else:
            leftovers.append([s])
    # leftover phrases: a date, notes, a one-line summary
    abstract_parts: list[str] = []
    date = None
    for phrase in leftovers:
        text = re.sub(r"\s+", " ", "".join(s.text for s in phrase)).strip(" ,;:|/·-–—")
        text = re.sub(r"^[\])\s.,;]+|[\s\[(]+$", "", text) if text.count("[") != text.count("]") or \
            text.count("(") != text.count(")") else text  # the brackets around "[[PDF](url)]"
        text = text.strip(" ,;:|/·-–—")
        if not text:
            continue
        m = re.match(rf"^\(?({_DATE_TEXT.pattern})\)?[\s,;:.]*", text, re.I)
        if m and parse_date(m.group(1)) and len(parse_date(m.group(1))) >= 7:
            date = date or _iso_date(m.group(1))
            text = text[m.end():].strip(" ,;:.")
        else:
            m = re.search(rf"[\s,;(]({_DATE_TEXT.pattern})\)?[.]?$", text, re.I)
            if m and _iso_date(m.group(1)) and len(_iso_date(m.group(1))) >= 7 and len(text.split()) <= 6:
                date = date or _iso_date(m.group(1))
                text = text[: m.start()].strip(" ,;:.(")
        if not text:
            continue
        if _NOTE_ONLY.match(text) or (_NOTE_WORD.search(text) and len(text.split()) <= 10):
            notes.append(text.rstrip("."))
        elif f.get("year") is None and _YEAR_ONLY.match(text):
            f["year"] = find_year(text)
        elif len(text.split()) >= 4 and not any(s.kind in ("names", "name") for s in phrase):
            abstract_parts.append(text)
        elif _venue_like(text) and f.get("venue") is None and not venue_text:
            v = parse_venue(text)
            f["venue"], f["venue_full"], f["venue_type"] = v.venue, v.venue_full, _venue_type(v.venue_type, text)
            f["year"] = f.get("year") or v.year
            notes.extend(v.notes)
    if date:
        if f.get("year") is None or int(date[:4]) == f.get("year"):
            f["date"] = date
            f["year"] = int(date[:4])
        else:
            f["date_text"] = date
    if f.get("year") is None and ctx.year:
        f["year"] = ctx.year
    if f.get("year") is None:
        for s in segs:
            if s.kind in ("label", "titlelink"):
                continue
            y = find_year(s.text) if s.kind != "title" and s.text != title else None
            if y:
                f["year"] = y
                break
    f["authors"] = authors
    f["authors_truncated"] = truncated
    f["links"] = links
    if more:
        f["more_links"] = more
    f["placeholder_links"] = placeholders
    f["notes"] = list(dict.fromkeys(n for n in notes if n))
    if abstract_parts:
        f["abstract"] = " ".join(abstract_parts)
    for url in all_urls:
        f["arxiv"] = f.get("arxiv") or arxiv_id(url)
        if f.get("doi") is None and doi_of(url):
            try:
                f["doi"] = doi_of(url)
            except ValueError:
                pass
    if f.get("arxiv") is None:
        m = re.search(r"arXiv:\s*(\d{4}\.\d{4,5})", rich.text, re.I)
        if m:
            f["arxiv"] = m.group(1)
    if f.get("venue_type") is None:
        if f.get("venue") is None and (f.get("arxiv") or any(re.search(r"(?i)tech(nical)?\s+report|preprint", _label(s.text))
                                                   for s in segs if s.kind == "label")):
            f["venue_type"] = "preprint"
        elif ctx.venue_type:
            f["venue_type"] = ctx.venue_type
    if not authors and not venue_text and not truncated:
        if not links and not placeholders and f.get("year") is None:
            return None
        if not title_link and (len(title.split()) < 3 or f.get("year") is None):
            return None
        if re.search(r"(?i)\b(?:my|me|I|see|click|here|full list|complete list)\b", title):
            return None
        if links and all(_identifier(u) for u in links.values()):
            return None
    f = {k: v for k, v in f.items() if v is not None}
    try:
        pub = Publication(**f)
    except ValueError:
        f.pop("doi", None)
        f.pop("date", None)
        pub = Publication(**f)
    ctx.self_hints[id(pub)] = self_hints
    return pub


def _pp_pages(text: str) -> str | None:
    """``pp. 1201–1214`` / ``pp 33-41`` / ``5(3):200-210`` -> ``1201-1214``."""
    m = re.search(r"\bpp\.?\s*(\d+)\s*[-–—]+\s*(\d+)|\b\d+\s*(?:\(\d+\))?\s*:\s*(\d+)\s*[-–—]+\s*(\d+)", text or "")
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}" if m.group(1) else f"{m.group(3)}-{m.group(4)}"


def _venue_type(guess: str | None, text: str) -> str | None:
    """The kind of venue: what the venue line says in words first (a "Conference on ...
    Pattern Recognition" is a conference), else the guess of common.venue_type."""
    if re.search(r"(?i)\barxiv\b|\bpreprint\b|\btech(?:nical)?\s+report\b|\bcorr\b", text):
        return "preprint"
    if re.search(r"(?i)\bworkshops?\b", text):
        return "workshop"
    if re.search(r"(?i)\bconference\b|\bproceedings\b|\bsymposium\b|\bconf\.", text):
        return "conference"
    if re.search(r"(?i)\bjournal\b|\btransactions\b|\btrans\.", text):
        return "journal"
    if re.search(r"(?i)\bthesis\b|\bdissertation\b", text):
        return "thesis"
    if guess in (None, "journal") and not re.search(r"(?i)\b(?:letters|magazine|review|nature|j\.)", text) and re.search(r"\b(?:ICRA|IROS|RSS|CoRL|CORL|UAI|AISTATS|COLT|WWW|SIGIR|CIKM|WSDM|MICCAI|"
                                   r"CHI|UIST|ICDE|VLDB|SIGMOD|ICDM|SDM|COLING|EACL|INTERSPEECH|ICASSP|3DV|CoLLAs|"
                                   r"L4DC|HRI|ICLR|ICML|NeurIPS|CVPR|ICCV|ECCV)\b", text):
        return "conference"
    return guess


def _identifier(url: str) -> tuple[str, str] | None:
    """A profile id in a link (common.identifier_from_url), when it is a clean token."""
    got = identifier_from_url(url)
    if got and got[1] and not any(c.isspace() for c in got[1]):
        return got
    return None


def _iso_date(text: str) -> str | None:
    m = re.fullmatch(r"\s*(\d{1,2})/(\d{4})\s*", text)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    return parse_date(text)


def _abs_url(href: str | None, ctx: _Ctx) -> str | None:
    if not href:
        return None
    href = href.strip()
    if href.startswith("mailto:"):
        return None
    url = repair_url(href)
    base = ctx.base or ctx.fallback_base
    if url is None and base and not re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) and not href.startswith("#"):
        url = repair_url(urljoin(base, href.strip("()<> ")))
    return url


# --- person: prose readers ---------------------------------------------------------------------

_ROLE_WORDS = (
    r"professor|researcher|scientist|engineer|student|candidate|postdoc|post-doc|postdoctoral|fellow|lecturer|"
    r"director|head|lead|leader|manager|founder|co-founder|cto|ceo|intern|scholar|investigator|developer|"
    r"architect|faculty|chair|dean|instructor|analyst|president|partner|member of technical staff|staff"
)
_ROLE = re.compile(rf"\b({_ROLE_WORDS})s?\b", re.I)
_ORG_WORDS = re.compile(
    r"\b(University|Universit[yäéà]t?|Université|Universidad|Institute|Institut|College|Academy|School|"
    r"Laborator(?:y|ies)|Lab|Labs|Center|Centre|Polytechnic|Research|Inc\.?|Corporation|Corp\.?|Company|Group|"
    r"Foundation|Hospital|Department|Technologies|Technology|AI|DeepMind|Google|Microsoft|Meta|Facebook|Amazon|"
    r"Apple|NVIDIA|Nvidia|Huawei|Alibaba|Tencent|Baidu|ByteDance|Megvii|MEGVII|SenseTime|Intel|IBM|Adobe)\b"
)
_ORG_ACRONYMS = {"MIT", "CMU", "KAIST", "EPFL", "ETH", "UCLA", "HKUST", "NUS", "NTU", "USTC", "UCSD", "UIUC",
                 "MSRA", "CUHK", "HKU", "SJTU", "ZJU", "PKU", "THU", "UCL", "KTH", "CASIA", "INRIA", "Inria", "MPI",
                 "TU", "TUM", "LMU", "KIT", "UBC", "UMD", "UCB", "UW", "UT", "NYU", "USC", "UPenn", "EPFL", "IISc",
                 "IIT", "KAUST", "RWTH", "CNRS", "ENS", "UvA", "ETHZ", "SUSTech", "NJU", "HIT", "BUAA", "XJTU"}
_ORG_RUN = re.compile(
    r"(?:[A-Z][\w'’.&\-]*|[A-Z]{2,})(?:\s*(?:\([^()]{1,20}\))?\s+(?:(?:of|and|for|the|de|für|&)\s+)*(?:[A-Z][\w'’.&\-]*))*"
)


def find_orgs(text: str, links: list[tuple[int, int, str, str | None]] = ()) -> list[tuple[int, int, str, str | None]]:
    """Organisations named in prose: linked names first, then runs of capitalised words that
    carry an organisation word (University, Institute, Lab, ...) -> (start, end, name, url)."""
    out = []
    taken = []
    for start, end, label, href in links:
        if _ORG_WORDS.search(label) or label.strip() in _ORG_ACRONYMS or (
            label.isupper() and 2 <= len(label) <= 12
        ):
            if not name_like(label):
                out.append((start, end, label.strip(), href))
                taken.append((start, end))
    for m in _ORG_RUN.finditer(text):
        name = m.group(0).strip(" .,")
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        words = name.split()
        while words and words[0].lower() in ("the", "of", "and", "for"):
            words.pop(0)
        while words and words[-1].lower() in ("the", "of", "and", "for", "&"):
            words.pop()
        name = " ".join(words)
        if not name:
            continue
        if _ORG_WORDS.search(name) or name in _ORG_ACRONYMS or (
                len(words) <= 3 and words[0] in _ORG_ACRONYMS and all(w[:1].isupper() for w in words)):
            if re.fullmatch(r"(?:I|My|He|She|We|Our|His|Her|They|Before|After|In|At|Since|Currently|Previously)\b.*",
                            name):
                name = re.sub(r"^\S+\s*", "", name)
                if not (_ORG_WORDS.search(name) or name in _ORG_ACRONYMS):
                    continue
            out.append((m.start(), m.end(), name, None))
    return sorted(out)


_DEGREE = re.compile(
    r"(?<![\w.])(?P<deg>Ph\.?\s?D\.?|PhD|D\.\s?Phil\.?|DPhil|[Dd]octor(?:ate| of Philosophy)|[Dd]octoral degree|"
    r"M\.\s?Sc?\.?|MSc|MS(?=\s)|M\.\s?Eng\.?|MEng|M\.\s?Phil\.?|MPhil|M\.\s?A\.|MBA|"
    r"B\.\s?Sc?\.?|BSc|BS(?=\s)|B\.\s?Eng\.?|BEng|B\.\s?E\.|B\.\s?A\.|B\.\s?Tech\.?|BTech|M\.\s?Tech\.?|MTech|"
    r"[Bb]achelor(?:'s|’s|s)?|[Mm]aster(?:'s|’s|s)?|Diploma|Dipl\.-Ing\.)(?![\w])"
)


def _norm_degree(deg: str) -> str:
    d = deg.strip()
    low = d.lower().replace("’", "'")
    if low.startswith("bachelor"):
        return "bachelor"
    if low.startswith("master"):
        return "master"
    if d.endswith(".") and d.count(".") == 1 and len(d) > 2 and not re.fullmatch(r"\w\.", d):
        d = d  # "Ph.D." keeps its dots as written
    return d


def read_education(text: str, links: list[tuple[int, int, str, str | None]] = ()) -> list[tuple[int, Education]]:
    """Degrees in prose or a list item -> (offset, Education), in page order.

    >>> [e.model_dump(exclude_none=True) for _, e in read_education(
    ...     "I received my Ph.D degree in Hong Kong University of Science and Technology in 2006, "
    ...     "and B.S. degree in Peking University in 2001, respectively.")]
    [{'degree': 'Ph.D', 'institution': 'Hong Kong University of Science and Technology', 'year': 2006}, \
{'degree': 'B.S.', 'institution': 'Peking University', 'year': 2001}]
    """
    out = []
    for s_start, s_end in sentences(text):
        sent = text[s_start:s_end]
        degs = [m for m in _DEGREE.finditer(sent)]
        degs = [m for m in degs if not re.match(r"\s+(?:students?|candidates?|thesis|advisor|program)\b",
                                                sent[m.end():], re.I)]
        if not degs:
            continue
        sent_links = [(a - s_start, b - s_start, lab, h) for a, b, lab, h in links if s_start <= a < s_end]
        orgs = find_orgs(sent, sent_links)
        for k, m in enumerate(degs):
            clause_end = degs[k + 1].start() if k + 1 < len(degs) else len(sent)
            prev_end = degs[k - 1].end() if k else 0
            after = [o for o in orgs if m.end() <= o[0] < clause_end]
            before = [o for o in orgs if prev_end <= o[0] < m.start()]
            org = after[0] if after else (before[-1] if before else None)
            if org is None:
                continue
            clause = sent[m.end():clause_end]
            years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", clause)]
            if not years and not after:
                years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", sent[prev_end:m.start()])]
            fld = None
            fm = re.match(r"\s*(?:degree\s+)?(?:in|of)\s+([A-Z][\w\s&,\-]+?)(?=\s+(?:from|at|in|with|under)\b|,|\.|$)",
                          clause)
            if fm and not _ORG_WORDS.search(fm.group(1)) and fm.start(1) + m.end() < org[0]:
                fld = fm.group(1).strip()
            try:
                edu = Education(degree=_norm_degree(m.group("deg")), field=fld, institution=org[2],
                                year=max(years) if years else None, url=repair_url(org[3]) if org[3] else None)
            except ValueError:
                continue
            out.append((s_start + m.start(), edu))
    return out


_HONORIFIC = re.compile(r"\b(?:Prof|Professor|Dr|Mr|Ms|Mrs|Assoc\. Prof|Asst\. Prof)\.?\s+")
_ADVISOR = re.compile(
    r"(?:(?:co-)?(?:advised|supervised|mentored|guided)\s+by|under\s+the\s+(?:co-)?(?:supervision|guidance|"
    r"direction|mentorship)\s+of|(?:my|his|her|their)\s+(?:ph\.?d\.?\s+|doctoral\s+|thesis\s+)?(?:co-)?"
    r"(?:advisors?|supervisors?)\s+(?:is|are|was|were)|working\s+with)\s+(?P<who>.+?)(?=[.;]\s|[.;]?$|,\s*"
    r"(?:and\s+)?(?:where|who|in|at|from|during|on|before|after|since)\b|\s+(?:in|at|from|during|since)\s+"
    r"(?:\d|the|[A-Z]))",
    re.I,
)


def read_advisors(text: str) -> list[str]:
    """``co-advised by Prof. Chao Xu and Prof. Dacheng Tao`` -> [``Chao Xu``, ``Dacheng Tao``]."""
    clean = _HONORIFIC.sub("", text.replace("\n", " "))
    out = []
    for m in _ADVISOR.finditer(clean):
        for a in split_authors(m.group("who"), {}).authors:
            if name_like(a.name) and a.name not in out:
                out.append(a.name)
    return out


_INTEREST = re.compile(
    r"(?:(?:research\s+)?interests?\s+(?:include|includes|including|are|is|lie|lies|span|spans|cover|covers|"
    r"focus|focuses|center|centers)(?:\s+(?:in|on|around))?|"
    r"I(?:'m|’m|\s+am)\s+(?:\w+\s+){0,2}interested\s+in|"
    r"(?:my|our)\s+(?:current\s+)?research\s+(?:focuses|focus|centers|lies|is)\s+(?:on|in|around)|"
    r"\bI\s+(?:mainly\s+|mostly\s+|primarily\s+)?(?:work|focus)\s+on|"
    r"\bI(?:'m|’m|\s+am)\s+(?:currently\s+|now\s+|mainly\s+)?(?:working|focusing)\s+on|"
    r"(?<=[\w)]\s)(?:working|focusing)\s+on|research\s+(?:areas|topics)\s*(?:are|include)?)"
    r"\s*:?\s*(?P<what>.+?)(?=\.\s|\.$|$|;)",
    re.I,
)


def split_topics(text: str) -> list[str]:
    text = re.sub(r"\([^()]*\)", "", text)
    text = re.sub(r"(?i)\b(?:etc\.?|e\.g\.?|i\.e\.?)\s*$", "", text.strip())
    out = []
    for part in re.split(r",\s*(?:and\s+|or\s+)?|;\s*|\s+and\s+|\s*/\s*|、|，", text):
        part = part.strip(" .:*_-–—").strip()
        part = re.sub(r"(?i)^(?:the\s+|topics?\s+in\s+|areas?\s+of\s+|various\s+|also\s+)", "", part)
        part = re.sub(r"(?i)\s+etc$", "", part).strip()
        if part and 1 <= len(part.split()) <= 6 and not re.fullmatch(r"(?i)etc|others?|more", part):
            out.append(part)
    return out


_CITATIONS = re.compile(
    r"(?:citations?|cited)(?:\s+(?:count|number))?\s*(?:is|are|of|:|=|by|reaches?|exceeds?|over)?\s*"
    r"(?P<approx>about|around|over|more than|approximately|nearly|almost|~|>|≈)?\s*(?P<n>\d[\d,.]*\s*[kK]?\+?)"
    r"|(?P<approx2>about|around|over|more than|approximately|nearly|almost|~|>|≈)?\s*(?P<n2>\d[\d,.]*\s*[kK]?\+?)"
    r"\s*(?:\w+\s+){0,2}citations",
    re.I,
)
_HINDEX = re.compile(
    r"h[-\s]?index\s*(?:is|of|:|=)?\s*(?P<approx>about|around|over|more than|approximately|~|>)?\s*(?P<n>\d+)\+?",
    re.I,
)
_PAPERS = re.compile(
    r"(?:published|authored|co-authored)\s+(?P<approx>about|around|over|more than|approximately|nearly|~)?\s*"
    r"(?P<n>\d+)\+?\s+(?:[\w-]+\s+){0,3}(?:papers|publications|articles)",
    re.I,
)


def _number(text: str) -> int | None:
    t = text.strip().rstrip("+").replace(",", "").strip()
    mult = 1
    if t[-1:] in "kK":
        mult, t = 1000, t[:-1].strip()
    try:
        return int(round(float(t) * mult))
    except ValueError:
        return None


def read_metrics(text: str, links: list[str] = ()) -> Metrics | None:
    """Citation counts and h-index a page states about itself.

    >>> read_metrics("My Google Scholar citation is about 11,000, h-index is 40.").model_dump()
    {'h_index': 40, 'citations': 11000, 'publications': None, 'source': 'Google Scholar', 'approximate': True}
    """
    found: dict = {}
    approx = False
    m = _CITATIONS.search(text)
    if m:
        n = _number(m.group("n") or m.group("n2"))
        if n is not None and not (1900 <= n <= 2100 and "," not in (m.group("n") or m.group("n2") or "")):
            found["citations"] = n
            approx = approx or bool(m.group("approx") or m.group("approx2")) or "+" in (m.group("n") or m.group("n2"))
    m = _HINDEX.search(text)
    if m:
        found["h_index"] = int(m.group("n"))
        approx = approx or bool(m.group("approx"))
    m = _PAPERS.search(text)
    if m:
        found["publications"] = int(m.group("n"))
        approx = approx or bool(m.group("approx"))
    if not found:
        return None
    source = None
    low = text.lower() + " " + " ".join(links).lower()
    if "google scholar" in low or "scholar.google" in low:
        source = "Google Scholar"
    elif "semantic scholar" in low or "semanticscholar" in low:
        source = "Semantic Scholar"
    elif "dblp" in low:
        source = "DBLP"
    elif "scopus" in low:
        source = "Scopus"
    elif "web of science" in low:
        source = "Web of Science"
    return Metrics(source=source, approximate=approx, **found)


_EMAIL_LABEL = re.compile(r"(?i)\b(e-?mail|mail|contact|reach me)\b|✉|📧|📫|📬|邮箱")
# RFC 5321 sizes bound every repeat (as in common.find_email): unbounded, a long word took seconds per call
_STRICT_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_OBF_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<user>[\w.+-]{1,64})\s{0,3}(?:\(at\)|\[at\]|\{at\}|<at>|\s{1,3}at\s{1,3}|\s{0,3}@\s{0,3}|\s{1,3}AT\s{1,3})"
    r"\s{0,3}(?P<dom>[\w-]{1,63}(?:\s{0,3}(?:\.|\(dot\)|\[dot\]|\{dot\}|\s{1,3}dot\s{1,3})\s{0,3}[\w-]{1,63}){1,8})",
    re.I,
)


def read_email(text: str) -> tuple[int, str] | None:
    """An email address in a line: plain, or obfuscated after an ``Email:`` label."""
    m = _STRICT_EMAIL.search(text)
    if m:
        return m.start(), m.group(0).rstrip(".")
    if not _EMAIL_LABEL.search(text):
        return None
    m = _OBF_EMAIL.search(text)
    if not m:
        return None
    dom = re.sub(r"\s*(?:\(dot\)|\[dot\]|\{dot\}|\s+dot\s+)\s*", ".", m.group("dom"), flags=re.I)
    dom = re.sub(r"\s*\.\s*", ".", dom)
    if not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", dom) or not re.search(r"\.[a-z]{2,}$", dom, re.I):
        return None
    return m.start(), f"{m.group('user')}@{dom}"


_SITE_LABEL = re.compile(
    r"(?i)^\W*(google\s*scholar|scholar|gs|dblp|orcid|github|git\s*hub|linked\s*in|twitter|x|zhihu|zhi\s*hu|知乎|"
    r"research\s*gate|semantic\s*scholar|openreview|wikidata|scopus|google scholar profile|profile)\W*$"
)
_HOME_LABEL = re.compile(r"(?i)\b(home\s*page|homepage|website|web\s*site|personal\s+page|blog)\b|个人主页|主页")


# --- news, awards, students, service, experience -------------------------------------------------

_DATE_PREFIX = re.compile(
    rf"^[\s\[(*_【]*(?P<d>{_DATE_TEXT.pattern}|(?:19|20)\d\d)[\s\])*_】]*(?:[:：,\-–—.|]|\s)\s*", re.I
)


def date_prefix(text: str) -> tuple[str | None, str]:
    """A news item's leading date and the rest: ``"March 2020, X"`` -> (``"2020-03"``, ``"X"``)."""
    m = _DATE_PREFIX.match(text + " ")
    if not m:
        return None, text
    iso = _iso_date(m.group("d"))
    if not iso:
        return None, text
    return iso, (text + " ")[m.end():].strip()


_SERVICE_ROLE = re.compile(
    r"(?i)\b((?:senior\s+|junior\s+)?(?:area|program|general|publicity|workshop|tutorial|session|local|"
    r"publication|finance|web|industry|doctoral consortium)?\s*(?:co-)?chairs?|(?:associate\s+|guest\s+|"
    r"senior\s+)?editors?(?:\s+in\s+chief)?|(?:journal\s+|conference\s+|invited\s+|outstanding\s+)?reviewers?|"
    r"(?:senior\s+)?(?:program\s+committee|pc|spc)(?:\s+members?)?|organizers?|organi[sz]ing\s+committee"
    r"(?:\s+members?)?|committee\s+members?|board\s+members?|referee)\b"
)


def read_service(text: str) -> Service | None:
    """``Reviewer: CVPR, ICCV`` / ``Area Chair, NeurIPS 2023`` / ``Program committee member of AAAI``."""
    text = re.sub(r"\s+", " ", text).strip(" .;")
    m = _SERVICE_ROLE.search(text)
    if not m:
        return None
    role = None
    rest = ""
    colon = re.match(r"^([^:：]{2,80})[:：]\s*(.+)$", text)
    if colon and _SERVICE_ROLE.search(colon.group(1)):
        role, rest = colon.group(1), colon.group(2)
    elif colon and _SERVICE_ROLE.search(colon.group(2)) and not _SERVICE_ROLE.search(colon.group(1)):
        rest, role = colon.group(1), colon.group(2)
    else:
        after = text[m.end():]
        before = text[: m.start()]
        link = re.match(r"^\s*(?:,|for|of|at|in|-|–|—)\s*(?:the\s+)?", after)
        if link is not None or not after.strip():
            role = (before + m.group(0)).strip(" ,")
            rest = after[link.end():] if link else ""
            if not rest.strip() and before.strip():
                role, rest = m.group(0), before
        else:
            role, rest = m.group(0), after
    role = re.sub(r"(?i)^(?:served\s+as|serve\s+as|serving\s+as)\s+(?:an?\s+)?", "", role.strip(" ,:-–—")).strip()
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
    venues = []
    chunks = []
    for chunk in re.split(r",\s*|;\s*|\s*/\s*", re.sub(r"\([^()]*\)", "", rest)):
        # "Transactions on Pattern Analysis and Machine Intelligence" is one venue, "CVPR and ICCV" two
        if re.search(r"(?i)\b(?:on|of|for|in)\b", chunk):
            chunks.append(chunk)
        else:
            chunks += re.split(r"\s+and\s+|\s*&\s*", chunk)
    for part in chunks:
        part = re.sub(r"(?<!\d)(?:'|’)?(?:19|20)?\d\d(?!\d)", "", part).strip(" .-–—'")
        part = re.sub(r"(?i)^(?:the|for|of|at|in)\s+", "", part).strip()
        if part and re.search(r"[A-Za-z]", part) and len(part.split()) <= 12 and part not in venues:
            venues.append(part)
    if not role:
        return None
    return Service(role=role, venues=venues, year=max(years) if years else None)


def _role_from_heading(text: str) -> str | None:
    t = fold(text)
    for pat, role in (
        (r"\bph ?d\b|\bdoctoral\b", "PhD student"), (r"\bmaster|\bms\b|\bm ?s\b", "master student"),
        (r"\bundergrad", "undergraduate student"), (r"\bpostdoc|post doc", "postdoc"),
        (r"\bintern", "intern"), (r"\bvisiting", "visiting student"), (r"\balumni\b|\bformer\b", "alumnus"),
        (r"\bmentee", "mentee"), (r"\bstudent", "student"),
    ):
        if re.search(pat, t):
            return role
    return None


# --- the reader -----------------------------------------------------------------------------------

_CHROME = re.compile(
    r"(?i)^\W*(last\s+(?:modified|modification|updated?|update)|updated\s+on|page\s+generated|powered\s+by|"
    r"©|\(c\)|copyright|built\s+with|theme\s+by|template\s+(?:by|from)|site\s+generated|visitor|views?\s*:)"
)
_FM_TITLE_TAIL = re.compile(r"(?i)(?:'s?\s+(?:personal\s+|academic\s+)?(?:home\s*page|web\s*site|web\s*page|site)|"
                            r"\s+[-|–—·:]\s+(?:personal\s+|academic\s+)?(?:home\s*page|home|web\s*site|web\s*page|"
                            r"site|about(?:\s+me)?))\s*$")
_LINK_DEFINITION = re.compile(r"""^ {0,3}\[[^\[\]]+\]:\s*<?\S+>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
_DETAILS_LINE = re.compile(r"(?i)^\s*(?:</?details\b[^>]*>\s*)*(?:<summary\b[^>]*>(?P<summary>.*?)</summary>\s*)?"
                           r"(?:</?details\b[^>]*>\s*)*$")
_TEMPLATE = re.compile(r"^\s*(?:\{%.*%\}|\{\{.*\}\}|\{:.*\}|\[//\]: #.*)\s*$")
_ACADEMICPAGES_KEYS = {"author_profile", "permalink", "redirect_from", "excerpt", "sidebar", "layout", "collection",
                       "header", "classes", "toc", "read_time", "share", "comments", "paginate"}
_CONFIG_KEYS = _ACADEMICPAGES_KEYS | {"title", "nav", "nav_order", "published", "tags", "categories", "date",
                                      "lang", "hide", "weight", "draft", "type", "slug", "menu", "aliases"}


class _Reader:
    def __init__(self, doc: SourceDoc, options: ImportOptions) -> None:
        self.doc = doc
        self.options = options
        self.ctx = _Ctx()
        self.ctx.fallback_base = options.base_url  # --base-url, when the page names no address of its own
        self.name: str | None = None
        self.alternates: list[str] = []
        self.person: dict = {"affiliations": [], "education": [], "advisors": [], "interests": [],
                             "identifiers": {}, "links": {}}
        self.pubs: list[Publication] = []
        self.news: list[NewsItem] = []
        self.awards: list[Award] = []
        self.students: list[Student] = []
        self.service: list[Service] = []
        self.section: str | None = None
        self.section_level = 0
        self.subsection_role: str | None = None
        self.seen_heading = False
        self.pending_title: tuple[Rich, int] | None = None
        self.header_email: str | None = None

    # -- bookkeeping
    def use(self, first: int, last: int | None = None) -> None:
        self.doc.use(first, last)

    def ignore(self, first: int, last: int | None = None) -> None:
        self.doc.ignore(first, last)

    # -- front matter
    def front_matter(self) -> int:
        lines = self.doc.lines
        if not lines or lines[0].strip() != "---":
            return 0
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is None:
            raise SourceError("front matter has no closing '---'", path=self.doc.display, line=1)
        try:
            data = load_yaml("\n".join(lines[1:end]), self.doc.display, 2) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            raise SourceError("front matter is not valid YAML", path=self.doc.display, line=line) from None
        if not isinstance(data, dict):
            raise SourceError("front matter is not a mapping of keys", path=self.doc.display, line=2)
        self.ignore(1)
        self.ignore(end + 1)
        key_lines = {}
        for i in range(1, end):
            m = re.match(r"^([A-Za-z_][\w-]*)\s*:", lines[i])
            if m:
                key_lines[m.group(1)] = i + 1
        keys = sorted(key_lines.values())
        for key, line in key_lines.items():
            nxt = next((k for k in keys if k > line), end + 1)
            value = data.get(key)
            took = False
            if key in ("name", "author", "fullname") and isinstance(value, str) and value.strip():
                latin, alts = _split_scripts(value)
                if latin or alts:
                    self.name = self.name or latin
                    self.alternates += [a for a in alts if a not in self.alternates]
                    took = True
            elif key == "title" and isinstance(value, str) and not {"name", "author", "fullname"} & set(key_lines) \
                    and name_like(_FM_TITLE_TAIL.sub("", value.strip())):
                # a GitHub-pages index whose page title is the owner ("title: Jane Doe - Homepage")
                self.name = self.name or _FM_TITLE_TAIL.sub("", value.strip())
                took = True
            elif key == "email" and isinstance(value, str) and "@" in value:
                self.header_email = value.strip()
                took = True
            elif key in ("url", "homepage", "website") and isinstance(value, str) and repair_url(value):
                self.person.setdefault("homepage", repair_url(value))
                self.ctx.homepage = self.ctx.homepage or repair_url(value)
                self.ctx.base = self.ctx.base or repair_url(value)
                took = True
            elif key in ("description", "bio") and isinstance(value, str) and value.strip():
                self.person.setdefault("description", value.strip())
                took = True
            if took:
                self.use(line, nxt - 1)
            elif key in _CONFIG_KEYS:
                self.ignore(line, nxt - 1)
        return end + 1

    # -- the walk
    def run(self, blocks: list[Block]) -> None:
        for b in blocks:
            if b.kind == "heading":
                self.heading(b)
            elif b.kind == "hr":
                self.ignore(b.first, b.last)
            elif b.kind == "html":
                self.html_block(b)
            elif b.kind == "code":
                continue
            elif b.kind == "thead":
                self.table_head(b)
            elif b.kind == "row":
                self.row(b)
            elif b.kind in ("para", "item"):
                self.text_block(b)

    def set_section(self, line: int, kind: str | None, label: str, level: int) -> None:
        self.section = kind or ("other:" + label)
        self.section_level = level
        self.subsection_role = None
        self.ctx.year = None
        self.ctx.venue_type = None
        self.doc.sections[line] = kind or re.sub(r"\s+", " ", label).strip(" :：#*")[:60]
        if kind == "students":
            self.subsection_role = _role_from_heading(label)

    def heading(self, b: Block) -> None:
        text = b.rich.flat().strip() if b.rich else ""
        self.ignore(b.first, b.last)
        self.pending_title = None
        label = re.sub(r"[*_`]", "", text).strip(" :：")
        kind = section_kind(label) if label else None
        year = _year_heading(label)
        if (self.section == "publications" and b.level > self.section_level and year is None and not kind
                and b.rich is not None and _title_heading(label, b.rich)):
            # "### [Title](url)" with the authors and venue in the paragraph below
            self.pending_title = (b.rich, b.first)
            return
        if year is not None and self.section in ("publications", "news", "awards", "service", "students"):
            self.ctx.year = year or None
            return
        if kind:
            if (self.section == kind and b.level > self.section_level) or (
                kind == "publications" and self.section == "publications" and b.level > self.section_level
            ):
                self.sub_heading(label)
                return
            self.set_section(b.first, kind, label, b.level)
            if kind == "publications":
                # "## Conference Papers" / "## Preprints" as sections of their own: the type of each entry
                self.ctx.venue_type = _heading_venue_type(label)
            for link in (b.rich.links() if b.rich else []):
                self.ctx_link_person(link, b.rich)
            return
        if self.section is None and _GREETING_ONLY.fullmatch(label):
            return  # "### Hi there 👋" over a profile README: a greeting, not a section
        if not self.seen_heading and self.section is None:
            latin, alts = _name_from_heading(label)
            if latin or alts:
                self.seen_heading = True
                if latin and not self.name:
                    self.name = latin
                self.alternates += [a for a in alts if a not in self.alternates and a != self.name]
                self.ctx.owner_names = [n for n in [self.options.owner, self.name, *self.alternates] if n]
                self.ctx.latin_owner = bool(self.options.owner or self.name)
                self.use(b.first)
                return
        if self.section is None or self.section in ("bio",):
            if self.subtitle(label, b.rich):
                self.use(b.first)
                return
        if self.section in ("publications", "students", "awards", "service", "news") and b.level > self.section_level:
            self.sub_heading(label)
            return
        self.set_section(b.first, None, label, b.level)

    def sub_heading(self, label: str) -> None:
        if self.section == "students":
            self.subsection_role = _role_from_heading(label) or self.subsection_role
        elif self.section == "publications":
            self.ctx.year = None
            self.ctx.venue_type = _heading_venue_type(label)

    def subtitle(self, label: str, rich: Rich | None) -> bool:
        """``Director of Megvii Research`` / ``PhD student @ MIT · robotics · vision`` under the name."""
        topics = []
        # "A PhD student at X working on speech synthesis and ASR": the tail names topics
        tail = re.search(r",?\s+(?:(?:currently\s+)?(?:working|focusing)\s+on|interested\s+in)\s+(\S.*)$", label)
        if tail and _role_line(label[: tail.start()]):
            topics = split_topics(re.sub(r"[*_`]", "", tail.group(1)).strip(" ."))
            label = label[: tail.start()]
        parts = [p.strip() for p in re.split(r"\s+[·|•]\s+|\s+[—–]\s+", label) if p.strip()]
        got = None
        for part in parts:
            if got is None and (got := _role_line(part)):
                continue
            if got is not None and re.fullmatch(r"[a-z][\w\s&/-]{1,40}", part):
                topics.append(part)
        if not got:
            return False
        role, org = got
        for t in topics:
            if fold(t) not in {fold(x) for x in self.person["interests"]}:
                self.person["interests"].append(t)
        org, dept = _split_department(org.strip(" ,.;"))
        url = None
        if rich:
            for link in rich.links():
                label = _label(rich.text[link.start:link.end])
                if fold(label) and fold(label) in fold(org):
                    url = repair_url(link.href or "")
                    rest = org[len(label):] if org.startswith(label) else ""
                    if rest.startswith(",") and _place_like(rest.strip(" ,")):
                        # "[Max Planck Institute for X](url), Tübingen, Germany": the rest is a place
                        self.person.setdefault("location", rest.strip(" ,"))
                        org = label
        self.set_job(role, org, url, department=dept)
        return True

    def set_job(self, role: str | None, org: str | None, url: str | None = None, current: bool = True,
                start: int | None = None, department: str | None = None) -> None:
        if role and current and not self.person.get("job_title"):
            self.person["job_title"] = role
        if not org:
            return
        org = org.strip(" ,.;")
        org, dept = _split_department(org)
        department = department or dept
        for aff in self.person["affiliations"]:
            a, b = fold(aff["name"]), fold(org)
            if a.startswith(b) or b.startswith(a) or _head_word(a) == _head_word(b) is not None:
                aff.setdefault("url", url) if aff.get("url") is None and url else None
                if url and not aff.get("url"):
                    aff["url"] = url
                if start and not aff.get("start_year"):
                    aff["start_year"] = start
                if role and not aff.get("role"):
                    aff["role"] = role
                if department and not aff.get("department"):
                    aff["department"] = department
                return
        aff = {"name": org, "role": role, "url": url, "current": current, "start_year": start,
               "department": department}
        self.person["affiliations"].append(aff)

    def table_head(self, b: Block) -> None:
        self.ignore(b.first, b.last)
        kinds = [section_kind(h) for h in b.header]
        if len([h for h in b.header if h]) == 1 and kinds[0] or (
            kinds and any(kinds) and not any(k == self.section for k in kinds if k)
            and section_kind(" ".join(b.header)) in (None,) and self.section not in ("publications",)
        ):
            kind = next(k for k in kinds if k)
            if kind != self.section:
                self.set_section(b.first, kind, b.header[kinds.index(kind)], self.section_level + 1)

    def row(self, b: Block) -> None:
        cells = b.cells
        if not any(c.text.strip() for c in cells):
            return
        header = b.header
        roles = [_column_role(h) for h in header] if header and len(header) == len(cells) else []
        sec = self.section
        if sec == "publications" or (sec is None and any(r == "title" for r in roles)):
            self.table_publication(b, roles)
        elif sec in ("news", "awards", "students", "service", "education"):
            rich = _join_cells(cells)
            self.item_in_section(sec, rich, b.first, b.first, header_roles=roles, cells=cells)

    def table_publication(self, b: Block, roles: list[str]) -> None:
        """A table row: one cell holding the whole entry, or columns (Year | Title | Venue | ...)."""
        cells = b.cells
        if len(cells) == 1 or "title" not in roles:
            pub = parse_entry(_join_cells(cells), self.ctx, b.first)
            if pub is not None:
                self.pubs.append(pub)
                self.use(b.first)
            return
        order = {"title": 0, "authors": 1, "links": 2, "notes": 3}
        ranked = sorted((i for i in range(len(cells)) if roles[i] not in ("year", "venue")),
                        key=lambda i: order.get(roles[i], 4))
        main = [cells[i] for i in ranked if cells[i].text.strip()]
        pub = parse_entry(_join_cells(main), self.ctx, b.first) if main else None
        title_cell = cells[roles.index("title")]
        if pub is None or fold(pub.title) not in fold(title_cell.flat()):
            # the columns say what each cell is: trust them
            title = _clean_title(title_cell.flat())
            if not title or not re.search(r"\w", title):
                return
            pub = Publication(title=title, line=b.first)
            link = next(iter(title_cell.links()), None)
            url = _abs_url(link.href, self.ctx) if link else None
            if url:
                pub.links = {"paper": url}
            for i, role in enumerate(roles):
                if role not in ("links", "title", "notes", ""):
                    continue
                for link in cells[i].links():
                    if i == roles.index("title") and link is next(iter(title_cell.links()), None):
                        continue
                    url = _abs_url(link.href, self.ctx)
                    label = _label(cells[i].text[link.start:link.end])
                    if not url or url in pub.links.values():
                        continue
                    kind = link_kind(label, url) or "other"
                    if kind in pub.links:
                        pub.more_links.append(Link(label=label or kind, url=url))
                    else:
                        pub.links[kind] = url
                    pub.arxiv = pub.arxiv or arxiv_id(url)
                    if pub.doi is None and doi_of(url):
                        try:
                            pub.doi = doi_of(url)
                        except ValueError:
                            pass
            if "authors" in roles:
                got = _names_of(cells[roles.index("authors")].flat(), self.ctx.legend)
                if got:
                    pub.authors, pub.authors_truncated = got
                    bold = [any(s.kind in ("strong", "u") for s in cells[roles.index("authors")].spans)]
                    self.ctx.self_hints[id(pub)] = [False] * len(pub.authors) if not bold[0] else []
        data = pub.model_dump()
        for i, role in enumerate(roles):
            text = cells[i].flat().strip()
            if role == "year" and find_year(text):
                d = _iso_date(text)
                data["year"] = find_year(text)
                data["date"] = d if d and len(d) >= 7 else None
            elif role == "venue" and text:
                text, venue_notes = split_venue_notes(expand_short_years(text))
                v = parse_venue(text)
                v.notes += [n for n in venue_notes if n not in v.notes]
                data["venue"], data["venue_full"] = v.venue, v.venue_full
                data["venue_type"] = _venue_type(v.venue_type, text) or data["venue_type"]
                if v.year and "year" not in roles:
                    data["year"] = v.year
                    if data["date"] and not data["date"].startswith(str(v.year)):
                        data["date"] = None
                data["notes"] = list(dict.fromkeys(data["notes"] + v.notes))
        if data["date"] and data["year"] and not data["date"].startswith(str(data["year"])):
            data["date"] = None
        new = Publication(**data)
        self.ctx.self_hints[id(new)] = self.ctx.self_hints.get(id(pub), [])
        self.pubs.append(new)
        self.use(b.first)

    # -- html blocks
    def html_block(self, b: Block) -> None:
        raw = b.raw
        lines = raw.split("\n")
        # comments are never data
        for m in re.finditer(r"<!--.*?(?:-->|$)", raw, re.S):
            a = raw[: m.start()].count("\n")
            z = raw[: m.end()].count("\n")
            self.ignore(b.first + a, b.first + z)
        for m in re.finditer(r"<(script|style)\b.*?(?:</\1\s*>|$)", raw, re.S | re.I):
            a = raw[: m.start()].count("\n")
            z = raw[: m.end()].count("\n")
            self.ignore(b.first + a, b.first + z)
        stripped = re.sub(r"<!--.*?(?:-->|$)", "", raw, flags=re.S)
        stripped = re.sub(r"<(script|style)\b.*?(?:</\1\s*>|$)", "", stripped, flags=re.S | re.I)
        # a <details> box around markdown ("<summary>2019 and earlier</summary>"): the box is
        # chrome; a summary naming a section acts as that section's heading
        kept = []
        for i, line in enumerate(stripped.split("\n")):
            m = _DETAILS_LINE.match(line) if line.strip() else None
            if m is None:
                kept.append(line)
                continue
            kept.append("")
            label = re.sub(r"<[^>]+>", " ", m.group("summary") or "")
            label = re.sub(r"\s+", " ", html.unescape(label)).strip(" :")
            if label and section_kind(label) and not _year_heading(label):
                self.heading(Block("heading", b.first + i, b.first + i, Rich(label, starts=[(0, b.first + i)]), level=3))
            else:
                self.ignore(b.first + i)
        stripped = "\n".join(kept)
        if not stripped.strip():
            return
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(stripped, "lxml")
        text = soup.get_text(" ", strip=True)
        body = soup.body or soup
        tops = [c for c in body.children if getattr(c, "name", None) or str(c).strip()]
        heads = 0
        while heads < len(tops) and getattr(tops[heads], "name", None) in ("h1", "h2", "h3", "h4", "h5", "h6"):
            heads += 1
        if heads:
            # "<h3 align="left">Recent papers:</h3>": a heading written in HTML, maybe with the
            # section's first lines in the same HTML block
            end = 0
            for node in tops[:heads]:
                first, last = _locate(lines, node.get_text(" ", strip=True), b.first)
                rich = _rich_from_html(node, first)
                rich.text = rich.text.rstrip("\n")
                self.heading(Block("heading", first, last, rich, level=int(node.name[1])))
                end = max(end, last - b.first + 1)
            rest = "\n".join(lines[end:])
            if heads < len(tops) and rest.strip() and 0 < end < len(lines):
                self.html_block(Block("html", b.first + end, b.last, raw=rest))
            return
        if not text:
            # icon links (<a href="https://twitter.com/x"><img src="twitter.svg" alt="x"></a>): profiles
            for a in soup.find_all("a"):
                href = a.get("href") or ""
                img = a.find("img")
                label = (img.get("alt") if img is not None else "") or ""
                if href and self.ctx_link_person(Span(0, len(label), "link", href), Rich(label)):
                    for i, line in enumerate(lines):
                        if href in line:
                            self.use(b.first + i)
                            break
            imgs = soup.find_all("img")
            for img in imgs:
                src = _abs_url(img.get("src"), self.ctx)
                if src and self.section in (None, "bio") and not self.person.get("image") and not re.search(
                    r"shields\.io|badge|stats|visitor|counter|trophy|komarev|vercel|readme|activity|streak|typing|"
                    r"devicon|icons?/|logos?/|[/_\-.]logos?[/_\-.]|gif$|svg$", src, re.I
                ):
                    self.person["image"] = src
                    for i, line in enumerate(lines):
                        if img.get("src", "") in line:
                            self.use(b.first + i)
                            break
            # layout tags (<br>, <div>, <hr>) carry nothing, nor do badges and stats cards; a photo kg
            # cannot keep (a relative src on a page whose address is unknown) stays unparsed
            for i, line in enumerate(lines):
                if line.strip() and b.first + i not in self.doc.used and (not re.search(r"<img\b", line, re.I) or re.search(
                        r"shields\.io|badge|github-readme-stats|visitor|counter|trophy|komarev|streak|readme-typing|"
                        r"devicon|/icons?/|/logos?/|\.svg\b", line, re.I)):
                    self.ignore(b.first + i)
            return
        items = soup.find_all("li") or soup.find_all("tr") or soup.find_all("p")
        nodes = items if items else [soup.body or soup]
        for node in nodes:
            if node.find(["li", "tr"]) is not None and node.name in ("li", "tr") and node.find_parent(["li", "tr"]):
                continue
            rich = _rich_from_html(node, b.first)
            if not rich.text.strip():
                continue
            first, last = _locate(lines, node.get_text(" ", strip=True), b.first)
            rich.starts = [(0, first)]
            blk = Block("para" if node.name != "li" else "item", first, last, rich)
            blk.own_last = last
            self.text_block(blk)
        if items and items[0].name == "tr":
            self.table_chrome(lines, b.first)

    def table_chrome(self, lines: list[str], start: int) -> None:
        """An HTML table of papers: the lines that are only markup (``<tr>``, ``</td>``) are
        layout, and a thumbnail cell (``<td><img src="teaser.png"></td>``) goes with its row
        when the row's text was read."""
        row: list[int] = []
        rows: list[list[int]] = []
        for i, line in enumerate(lines):
            if re.search(r"(?i)<tr\b", line):
                row = []
                rows.append(row)
            row.append(start + i)
            if re.search(r"(?i)</tr\s*>", line):
                row = []
        for i, line in enumerate(lines):
            bare = re.sub(r"<[^>]*>", "", line).strip()
            if not bare and line.strip() and not re.search(r"(?i)<(?:img|a)\b", line):
                self.ignore(start + i)
        for r in rows:
            if any(n in self.doc.used for n in r):
                for n in r:
                    if not re.sub(r"<[^>]*>", "", lines[n - start]).strip():
                        self.use(n)

    # -- paragraphs and list items
    def text_block(self, b: Block) -> None:
        rich = b.rich
        first = b.first
        last = b.own_last or b.last
        if rich is None or (not rich.text.strip() and not rich.spans):
            if b.kind == "item" and not b.children:
                self.ignore(first, last)
            return
        text = rich.flat().strip()
        if _CHROME.match(text) or _TEMPLATE.match(text):
            self.ignore(first, last)
            return
        if not re.search(r"\w", text) and not rich.spans:
            self.ignore(first, last)
            return
        if self.images_only(rich, first, last):
            return
        if self.navigation(rich):
            self.ignore(first, last)
            return
        # a paragraph that is only a bold label works as a heading
        label = _bold_label(rich)
        if label is not None:
            kind = section_kind(label)
            year = _year_heading(label)
            if year is not None and self.section in ("publications", "news", "awards", "service", "students"):
                self.ctx.year = year or None
                self.ignore(first, last)
                return
            if kind and b.kind == "para":
                self.ignore(first, last)
                self.set_section(first, kind, label, 7)
                return
            if self.section == "students" and b.kind == "para" and len(label.split()) <= 5 and (
                    role := _role_from_heading(label)):
                self.subsection_role = role  # "**Alumni**", "**Former interns**" over a list
                self.ignore(first, last)
                return
        # "**Interests:** a, b" -- a labelled line
        lab = re.match(r"^\s*([^:：\n]{2,30})[:：]\s*(\S.*)$", text)
        if lab and section_kind(lab.group(1)) in ("interests", "education") and self.section not in (
            "publications",
        ):
            if self.person_text(rich, first, last, forced=section_kind(lab.group(1))):
                return
        # a list item that is a group label ("2020", "PhD students:") over nested items
        if b.kind == "item" and b.children:
            own = text.strip(" :：*")
            year = _year_heading(re.sub(r"[*_]", "", own))
            if year is not None:
                self.ctx.year = year or None
                self.ignore(first, last)
                return
            if len(own.split()) <= 5 and not rich.links():
                role = _role_from_heading(own) if self.section == "students" else None
                if role:
                    self.subsection_role = role
                self.ignore(first, last)
                return
        if b.parent is not None and self.section == "publications" and getattr(b.parent, "_pub", None) is not None:
            # links or notes under an entry
            pub = b.parent._pub  # type: ignore[attr-defined]
            if self.extend_pub(pub, rich):
                self.use(first, last)
                return
        sec = self.section
        if sec == "publications":
            if self.legend_line(text, first, last):
                return
            entry, start = rich, first
            if self.pending_title is not None:
                entry, start = self.pending_title[0].joined(rich), self.pending_title[1]
                self.pending_title = None
            pub = parse_entry(entry, self.ctx, start)
            if pub is not None:
                self.pubs.append(pub)
                b._pub = pub  # type: ignore[attr-defined]
                self.use(start, last)
                return
            self.person_text(rich, first, last)
            return
        if sec in ("news", "awards", "students", "service", "education", "experience", "interests"):
            if self.item_in_section(sec, rich, first, last, b=b):
                return
            if sec in ("education", "experience", "interests"):
                self.person_text(rich, first, last)
            return
        if sec is None or sec in ("bio", "contact"):
            self.person_text(rich, first, last)

    def navigation(self, rich: Rich) -> bool:
        """A line of links to the site's own pages (``切换至[中文主页](index_cn.html)``,
        ``[English](en.html) | [中文](cn.html)``): site chrome, not data."""
        links = rich.links()
        if not links or any(re.match(r"^[a-z][a-z0-9+.-]*:", (l.href or "").strip(), re.I) for l in links):
            return False
        bare = rich.text
        for l in sorted(links, key=lambda l: -l.start):
            bare = bare[: l.start] + bare[l.end:]
        labels = " ".join(rich.text[l.start:l.end] for l in links)
        return len(re.findall(r"\w", bare)) <= 12 and bool(
            re.search(r"(?i)english|chinese|中文|英文|home|主页|back|返回|切换|version|\bcn\b|\ben\b", labels + bare)
        )

    def images_only(self, rich: Rich, first: int, last: int) -> bool:
        """Badges and pictures with no text around them."""
        bare = rich.text
        for s in sorted(rich.spans, key=lambda s: -s.start):
            if s.kind == "link":
                bare = bare[: s.start] + bare[s.end:]
        imgs = [s for s in rich.spans if s.kind == "img"]
        if re.search(r"\w", bare) or (not imgs and any(rich.text[s.start:s.end].strip() for s in rich.links())):
            return False
        took = False
        for link in rich.links():
            if self.ctx_link_person(link, rich):
                took = True
        for img in imgs:
            src = _abs_url(img.href, self.ctx)
            if not src:
                continue
            ident = _identifier_in_badge(src)
            if ident and ident[0] not in self.person["identifiers"]:
                self.person["identifiers"][ident[0]] = ident[1]
                took = True
            elif self.section in (None, "bio") and not self.person.get("image") and not re.search(
                r"shields\.io|badge|stats|visitor|counter|trophy|komarev|vercel|readme|activity|streak|typing|"
                r"[/_\-.]logos?[/_\-.]|gif$|svg$", src, re.I
            ):
                self.person["image"] = src
                took = True
        if took:
            self.use(first, last)
        else:
            self.ignore(first, last)
        return True

    def legend_line(self, text: str, first: int, last: int) -> bool:
        if len(text) > 200 or not re.search(r"(?i)equal|correspond|intern|mentee|student|co-first|advised", text):
            return False
        if not re.match(r"^[\s(\\]*[*+#†‡✉§¶^]", text) and not re.search(r"[*+#†‡✉§¶^]\s*(?:indicates|denotes|:|=)",
                                                                           text):
            return False
        legend = read_legend(text)
        if not legend:
            return False
        self.ctx.legend = dict(legend)
        self.use(first, last)
        return True

    def extend_pub(self, pub: Publication, rich: Rich) -> bool:
        """A nested list item under a publication: its links and notes."""
        got = False
        for link in rich.links():
            url = _abs_url(link.href, self.ctx)
            if not url:
                continue
            label = _label(rich.text[link.start:link.end])
            kind = link_kind(label, url) or "other"
            if kind not in pub.links:
                pub.links[kind] = url
                got = True
        text = rich.flat()
        if not got and len(text.split()) >= 4:
            pub.abstract = (pub.abstract + " " if pub.abstract else "") + text.strip()
            got = True
        return got

    # -- section items
    def item_in_section(self, sec: str, rich: Rich, first: int, last: int, b: Block | None = None,
                        header_roles: list[str] | None = None, cells: list[Rich] | None = None) -> bool:
        text = re.sub(r"\s+", " ", rich.flat()).strip()
        links = [l for l in rich.links()]
        urls = [u for u in (_abs_url(l.href, self.ctx) for l in links) if u]
        if sec == "news":
            date, rest = date_prefix(text)
            if date is None and cells and header_roles and "year" in header_roles:
                date = _iso_date(cells[header_roles.index("year")].flat())
                rest = " ".join(c.flat().strip() for i, c in enumerate(cells) if header_roles[i] != "year")
            if date is None:
                m = re.search(rf"[(\[]({_DATE_TEXT.pattern})[)\]]\s*\.?$", text, re.I)
                if m:
                    date = _iso_date(m.group(1))
                    rest = text[: m.start()].strip()
            rest = re.sub(r"^[\s:：,\-–—|]+", "", rest).strip()
            if not rest:
                return False
            self.news.append(NewsItem(date=date, text=rest, links=urls, line=first))
            self.use(first, last)
            return True
        if sec == "awards":
            name = text.strip(" .;")
            if not re.search(r"[A-Za-z\u4e00-\u9fff]", name):
                return False
            years = sorted({int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", name)})
            year = years[-1] if years else self.ctx.year
            m = re.match(r"^\s*[\[(]?((?:19|20)\d\d)(?:\s*[-–,&/]\s*(?:19|20)?\d\d)*[\])]?(?:\s*[:：,.\-–—|]\s*|\s+)(.+)$",
                         name)
            if m:
                name = m.group(2).strip()

            self.awards.append(Award(name=name, year=year, years=years if len(years) > 1 else [],
                                     url=urls[0] if urls else None, line=first))
            self.use(first, last)
            return True
        if sec == "students":
            st = _read_student(rich, self.subsection_role, self.ctx)
            if st is None:
                return False
            st.line = first
            self.students.append(st)
            self.use(first, last)
            return True
        if sec == "service":
            sv = read_service(text)
            if sv is None:
                return False
            sv.line = first
            self.service.append(sv)
            self.use(first, last)
            return True
        if sec == "education":
            got = self.education(rich, first)
            if got:
                self.use(first, last)
            return got
        if sec == "experience":
            got = _role_line(text) or _role_line(re.sub(r"^[\d\s\-–—./present]+[:,]?\s*", "", text, flags=re.I))
            if not got:
                return False
            role, org = got
            years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
            current = bool(re.search(r"(?i)\b(present|now|current|today)\b|至今", text))
            org = re.sub(r"[,(]?\s*(?:19|20)\d\d.*$", "", org).strip(" ,(")
            url = urls[0] if urls else None
            try:
                aff = {"name": org, "role": role, "url": url, "current": current,
                       "start_year": years[0] if years else None,
                       "end_year": years[1] if len(years) > 1 and not current else None,
                       "department": None}
                Affiliation(**aff)
            except ValueError:
                return False
            if current and not self.person.get("job_title"):
                self.person["job_title"] = role
            if not any(fold(a["name"]) == fold(org) for a in self.person["affiliations"]):
                self.person["affiliations"].append(aff)
            self.use(first, last)
            return True
        if sec == "interests":
            got = self.person_text(rich, first, last, forced="interests")
            return got
        return False

    def education(self, rich: Rich, first: int) -> bool:
        text = rich.flat()
        links = [(s.start, s.end, rich.text[s.start:s.end], s.href) for s in rich.links()]
        got = read_education(text, links)
        if not got:
            # "Stanford University, 2015" under an Education heading, degree elsewhere
            orgs = find_orgs(text, links)
            if not orgs:
                return False
            years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
            got = [(0, Education(institution=orgs[0][2], year=max(years) if years else None))]
        for _, edu in got:
            self.add_education(edu)
        return True

    def add_education(self, edu: Education) -> None:
        """Add a degree, or complete the one already read (field, year, url)."""
        for e in self.person["education"]:
            if fold(e.institution) == fold(edu.institution) and (
                e.degree == edu.degree or e.degree is None or edu.degree is None
            ):
                for attr in ("degree", "field", "year", "url"):
                    if getattr(e, attr) is None and getattr(edu, attr) is not None:
                        setattr(e, attr, getattr(edu, attr))
                return
        self.person["education"].append(edu)

    # -- prose about the person
    def person_text(self, rich: Rich, first: int, last: int, forced: str | None = None) -> bool:
        text = rich.flat()
        hit_offsets: list[int] = []
        if self.name is None and self.section in (None, "bio"):
            # "I am Jane Doe, a ..." / "Jane Doe is an assistant professor ..." when no heading names the page
            m = re.match(r"^\W*(?:(?:Hi|Hello)[^.!,]*[.!,]\s*)?(?:I am|I'm|I’m|My name is|This is)\s+"
                         r"(?P<a>[^\W\d_][^,(;:!]{2,40})", text) or re.match(
                r"^\W*(?P<a>[^\W\d_][\w.'’\- ]{2,40}?)\s+(?:is|was)\s+(?:an?|the|currently)\b", text)
            cands = []
            if m:
                a = m.group("a").strip()
                cands = [a, re.split(r"\s+(?:and|an?|the|from|at|with)\s", a)[0], re.split(r"(?<=\w\w)\.\s", a)[0]]
            got = next((c.strip().rstrip(".") for c in cands if name_like(c.strip().rstrip("."))), None)
            if got:
                self.name = got
                self.ctx.owner_names = [n for n in [self.options.owner, self.name, *self.alternates] if n]
                self.ctx.latin_owner = True
                hit_offsets.append(m.start("a"))
        links = [(s.start, s.end, rich.text[s.start:s.end], s.href) for s in rich.links()]
        # links: identifiers, homepage, other pages
        for link in rich.links():
            if self.ctx_link_person(link, rich):
                hit_offsets.append(link.start)
        # email
        for a, b in _line_ranges(rich):
            got = read_email(text[a:b])
            if got and not self.header_email:
                try:
                    Person(name="x", email=got[1])
                    self.header_email = got[1]
                    hit_offsets.append(a + got[0])
                except ValueError:
                    pass
            m = re.search(r"(?i)(?:home\s*page|website|个人主页|主页)\s*[:：]\s*(https?://\S+)", text[a:b])
            if m and not self.person.get("homepage"):
                url = repair_url(m.group(1).rstrip("。.,;"))
                if url:
                    self.person["homepage"] = url
                    self.ctx.homepage = url
                    self.ctx.base = url
                    hit_offsets.append(a + m.start())
        # interests
        interests = []
        if forced == "interests" or self.section == "interests":
            lab = re.match(r"^\s*[^:：\n]{2,30}[:：]\s*(\S.*)$", text)
            body = lab.group(1) if lab and section_kind(text.split(":")[0].split("：")[0]) else text
            m = _INTEREST.search(body)
            if m:
                interests = split_topics(m.group("what"))
            elif len(body.split()) <= 40:
                interests = split_topics(body)
            if interests:
                hit_offsets.append(0)
        else:
            for m in _INTEREST.finditer(text):
                topics = split_topics(m.group("what"))
                if topics:
                    interests += topics
                    hit_offsets.append(m.start())
        for t in interests:
            if fold(t) not in {fold(x) for x in self.person["interests"]}:
                self.person["interests"].append(t)
        # education and advisors
        for off, edu in read_education(text, links):
            self.add_education(edu)
            hit_offsets.append(off)
        for name in read_advisors(text):
            if name not in self.person["advisors"]:
                self.person["advisors"].append(name)
                hit_offsets.append(text.find(name.split()[0]))
        # metrics
        for a, b in sentences(text):
            sent = text[a:b]
            if not re.search(r"(?i)citation|h-?\s?index|cited|published", sent):
                continue
            sent_links = [l[3] or "" for l in links if a <= l[0] < b]
            met = read_metrics(sent, sent_links)
            if met and not self.person.get("metrics"):
                self.person["metrics"] = met
                hit_offsets.append(a)
        # job title and affiliations
        for off in self.jobs(text, links):
            hit_offsets.append(off)
        # a one-line "Title, Org" under the name
        if self.section is None and first == last and len(text.split()) <= 14 and not hit_offsets:
            if self.subtitle(text.strip(), rich):
                hit_offsets.append(0)
        elif self.section is None and last > first:
            hit_offsets += self.header_lines(text, rich, {rich.line_at(o) for o in hit_offsets})
        # the short bio
        if hit_offsets and not self.person.get("description") and len(text.split()) >= 12 and not re.match(
            r"[^\w\s\"'“‘(\[]", text.strip()  # "🔭 I'm currently working on ...": README chit-chat, no bio
        ) and re.search(
            r"(?i)\b(I am|I'm|I’m|I joined|I received|I did|I work|I study|I obtained|I lead|I develop|I build|"
            r"My research|is an?|is currently|was born)\b", text
        ):
            self.person["description"] = re.sub(r"\s+", " ", text).strip()
        if not hit_offsets:
            return False
        for off in hit_offsets:
            self.use(rich.line_at(max(0, off)))
        if forced or len(set(rich.line_at(o) for o in hit_offsets)) >= 1 and last - first <= 0:
            self.use(first, last)
        return True

    def header_lines(self, text: str, rich: Rich, taken: set[int]) -> list[int]:
        """The lines of a contact block under the name (``**Associate Professor**`` then
        ``[Department of X](url), University of Y``; ``副教授 / Associate Professor``): the job
        title and affiliation. Returns the offsets of the lines read."""
        hits: list[int] = []
        ranges = [(a, b) for a, b in _line_ranges(rich) if text[a:b].strip()]
        k = 0
        while k < len(ranges):
            a, b = ranges[k]
            line = text[a:b].strip()
            if rich.line_at(a) in taken or len(line.split()) > 16:
                k += 1
                continue
            role = _role_only(line)
            if role and k + 1 < len(ranges) and rich.line_at(ranges[k + 1][0]) not in taken:
                org = _org_text(text[ranges[k + 1][0]:ranges[k + 1][1]])
                if org and self.subtitle(f"{role}, {org}", rich):
                    hits += [a, ranges[k + 1][0]]
                    k += 2
                    continue
            if role and not self.person.get("job_title"):
                self.person["job_title"] = role
                hits.append(a)
            elif not role and self.subtitle(line, rich):
                hits.append(a)
            k += 1
        return hits

    def jobs(self, text: str, links: list[tuple[int, int, str, str | None]]) -> list[int]:
        hits = []
        for a, b in sentences(text):
            sent = text[a:b]
            sent_links = [(x - a, y - a, lab, h) for x, y, lab, h in links if a <= x < b]
            m = re.search(
                rf"(?:\b(?:I(?:'m|’m|\s+am)|(?:He|She|They)\s+(?:is|are)|is|I\s+(?:currently\s+)?work\s+as|"
                rf"working\s+as)|^\W*(?:I(?:'m|’m|\s+am)\s+)?[^,]{{2,40}},)"
                rf"\s+(?:currently\s+|now\s+|also\s+)?(?:an?|the)\s+(?P<role>[^,.;()]{{2,80}}?)\s+(?:at|with|in|of)\s+"
                rf"(?:the\s+)?(?P<rest>.+)$",
                sent,
            )
            if not m:
                # a bare "Associate Professor at the University of Northfield." under the name heading
                m = re.match(r"^\W*(?P<role>[A-Z][^,.;()]{2,60}?)\s+(?:at|with|in|of)\s+(?:the\s+)?(?P<rest>.+)$", sent)
                words = m.group("role").split() if m else []
                if m and (len(words) > 5 or not _ROLE.fullmatch(words[-1]) or re.search(
                        r"(?i)\b(?:I|was|am|is|he|she|we|they|previously|formerly)\b", m.group("role"))):
                    m = None
            if m and _ROLE.search(m.group("role")) and not re.search(r"(?i)\b(?:was|former)\b", sent[: m.start()]):
                orgs = [o for o in find_orgs(sent, sent_links) if o[0] >= m.start("rest") - 1]
                if orgs and orgs[0][0] <= m.start("rest") + 40:
                    org, dept = orgs[0], None
                    if len(orgs) > 1 and re.match(r"(?:School|Department|Dept\.?|Faculty|College|Division|Institute)"
                                                  r"\s+of\b", org[2]) and re.fullmatch(r"\s*,?\s*(?:the\s+)?",
                                                                                         sent[org[1]:orgs[1][0]]):
                        org, dept = orgs[1], org[2]
                    self.set_job(m.group("role").strip(), org[2], repair_url(org[3]) if org[3] else None,
                                 department=dept)
                    hits.append(a + m.start())
                    continue
            m = re.search(r"\bI\s+(?:have\s+)?joined\s+(?:the\s+)?(?P<rest>.+)$", sent)
            if m:
                orgs = [o for o in find_orgs(sent, sent_links) if o[0] >= m.start("rest")]
                if not orgs and sent_links and sent_links[0][0] == m.start("rest"):
                    o = sent_links[0]
                    orgs = [(o[0], o[1], o[2], o[3])]
                if orgs and orgs[0][0] <= m.start("rest") + 5:
                    year = find_year(sent[orgs[0][1]:])
                    past = bool(re.search(r"(?i)\b(?:previously|formerly|used to)\b", sent))
                    self.set_job(None, orgs[0][2], repair_url(orgs[0][3]) if orgs[0][3] else None,
                                 current=not past, start=year)
                    hits.append(a + m.start())
                    continue
            m = re.search(r"(?i)^\s*(?:before\s+(?:that|this|joining\b[^,]*)|previously|prior\s+to\s+[^,]*|"
                          r"formerly|earlier)\s*,?\s*(?:I|he|she)\s+(?:was|spent|worked|had\s+been|served)\b", sent)
            if m:
                orgs = find_orgs(sent, sent_links)
                if orgs:
                    o = orgs[-1]
                    dep = re.search(r"((?:[A-Z][\w&-]*\s+)+(?:[Gg]roup|[Ll]ab|[Tt]eam|[Dd]epartment))\s*,?\s*$",
                                    sent[: o[0]])
                    role = re.search(r"(?i)\bwas\s+an?\s+([^,.;]{2,60}?)\s+(?:at|in|with)\b", sent)
                    name = o[2]
                    span = re.match(r"\s*,?\s*[(（]?\s*((?:19|20)\d\d)\s*[-–—~]+\s*((?:19|20)\d\d)", sent[o[1]:])
                    if not any(fold(x["name"]) == fold(name) for x in self.person["affiliations"]):
                        self.person["affiliations"].append({
                            "name": name, "role": role.group(1) if role and _ROLE.search(role.group(1)) else None,
                            "url": repair_url(o[3]) if o[3] else None, "current": False,
                            "start_year": int(span.group(1)) if span else None,
                            "end_year": int(span.group(2)) if span else None,
                            "department": dep.group(1).strip() if dep else None})
                    hits.append(a + m.start())
        return hits

    def ctx_link_person(self, link: Span, rich: Rich) -> bool:
        """A link about the person: a profile (identifier), the homepage, an email, a CV."""
        href = (link.href or "").strip()
        label = _label(rich.text[link.start:link.end]) or (link.alt or "")
        if href.startswith("mailto:"):
            email = href[7:].split("?")[0].strip()
            if not self.header_email and "@" in email:
                self.header_email = email
            return True
        url = _abs_url(href, self.ctx)
        if not url:
            return False
        ident = _identifier(url)
        profile_label = not label or _SITE_LABEL.match(label) or label == href or (
            ident and fold(label) in (fold(ident[0]), fold(ident[1]))
        ) or re.fullmatch(r"(?i)\W*(google scholar|github|linkedin|twitter|orcid|dblp)[\w\s]*", label)
        site_label = bool(label) and all(_SITE_LABEL.match(x) for x in re.split(r"\s*[/|]\s*", label))  # "Twitter/X"
        if ident and (site_label or (profile_label and not (label and name_like(label)))):
            self.person["identifiers"].setdefault(ident[0], ident[1])
            return True
        if ident and self.name and label and same_name(label, self.name):
            self.person["identifiers"].setdefault(ident[0], ident[1])
            return True
        if _HOME_LABEL.search(label) and not self.person.get("homepage"):
            if re.search(r"(?i)blog", label):
                self.person["links"].setdefault("blog", url)
                return True
            self.person["homepage"] = url
            self.ctx.homepage = url
            self.ctx.base = self.ctx.base or url
            return True
        if re.search(r"(?i)(?:^|[/_\-.])(?:cv|resume|vita|curriculum[_-]?vitae)(?:[_\-.][\w\-]*)?\.pdf$",
                     urlsplit(url).path) and (label == href or not label or re.search(r"(?i)\bcv\b|resume|vita", label)):
            self.person["links"].setdefault("cv", url)  # "[https://x.github.io/cv.pdf](...)"
            return True
        if re.fullmatch(r"(?i)\W*(cv|resume|curriculum vitae|résumé|blog|talks?|google scholar|publications|"
                        r"full list|calendar|slides)\W*", label):
            key = fold(label) or "link"
            self.person["links"].setdefault(key.replace(" ", "_"), url)
            return True
        return False

    # -- the profile
    def finish(self) -> Profile:
        name = self.resolve_name()
        owners = [name, *self.alternates]
        if self.options.owner:
            owners.insert(0, self.options.owner)
        # a lab README's member list names its PI, the owner: no student of their own
        self.students = [st for st in self.students if not _is_owner(st.name, tuple(owners))]
        for pub in self.pubs:
            hints = self.ctx.self_hints.get(id(pub), [])
            pos = None
            owner_key = tuple(owners)
            for i, a in enumerate(pub.authors):
                if _is_owner(a.name, owner_key):
                    pos = i
                    break
            if pos is None:
                bold = [i for i, h in enumerate(hints[: len(pub.authors)]) if h]
                if len(bold) == 1:
                    pos = bold[0]
            if pos is not None:
                pub.authors[pos].is_self = True
        p = self.person
        email = self.header_email
        person_kwargs = dict(
            name=name,
            alternate_names=[a for a in self.alternates if a != name],
            job_title=p.get("job_title"),
            affiliations=[Affiliation(**{k: v for k, v in a.items() if v is not None}) for a in p["affiliations"]],
            homepage=p.get("homepage"),
            image=p.get("image"),
            description=p.get("description"),
            identifiers=p["identifiers"],
            links=p["links"],
            education=p["education"],
            advisors=p["advisors"],
            interests=p["interests"],
            metrics=p.get("metrics"),
            location=p.get("location"),
        )
        try:
            person = Person(email=email, **person_kwargs)
        except ValueError:
            person = Person(**person_kwargs)
        return Profile(person=person, publications=self.pubs, news=self.news, awards=self.awards,
                       students=self.students, service=self.service, unparsed=self.doc.unparsed())

    def resolve_name(self) -> str:
        if self.name:
            return self.name
        # the bold author of the papers, then the most frequent author
        bold = Counter()
        every = Counter()
        spelled: dict[str, str] = {}
        for pub in self.pubs:
            hints = self.ctx.self_hints.get(id(pub), [])
            for i, a in enumerate(pub.authors):
                key = fold(a.name)
                spelled.setdefault(key, a.name)
                every[key] += 1
                if i < len(hints) and hints[i]:
                    bold[key] += 1
        for counter in (bold, every):
            if counter:
                key, n = counter.most_common(1)[0]
                if has_cjk(spelled[key]) is False and (n >= 2 or len(self.pubs) == 1) and (
                    counter is bold or n >= max(2, len(self.pubs) // 2)
                ):
                    return spelled[key]
        if self.options.owner:
            return self.options.owner
        for value in (self.header_email or "", self.person["identifiers"].get("linkedin", "")):
            local = value.split("@")[0]
            parts = [x for x in re.split(r"[._-]", local) if x.isalpha() and len(x) > 1]
            if "@" in value and len(parts) == 2:
                return " ".join(x.capitalize() for x in parts)
        if self.alternates:
            return self.alternates.pop(0)
        raise SourceError("no researcher name found (no name heading, no bold author)", path=self.doc.display,
                          line=1)


def _heading_venue_type(label: str) -> str | None:
    """The venue type a publications (sub)heading names: ``Journal Articles`` -> journal."""
    low = fold(label)
    if re.search(r"\bjournal", low):
        return "journal"
    if re.search(r"\bconference|\bproceedings", low):
        return "conference"
    if re.search(r"\bworkshop", low):
        return "workshop"
    if re.search(r"\bpreprint|\barxiv|\btechnical report|\bunder review|\bsubmitted", low):
        return "preprint"
    if re.search(r"\bthes[ie]s|\bdissertation", low):
        return "thesis"
    if re.search(r"\bbook|\bchapter", low):
        return "book"
    return None


def _identifier_in_badge(src: str) -> tuple[str, str] | None:
    """``github-readme-stats...?username=jdoe`` -> (``github``, ``jdoe``)."""
    parts = urlsplit(src)
    q = parse_qs(parts.query)
    if re.search(r"github-readme-stats|github-profile|streak-stats|github-readme|activity-graph|trophy", src, re.I):
        for key in ("username", "user"):
            if q.get(key) and re.fullmatch(r"[\w.-]+", q[key][0]):
                return "github", q[key][0]
    return None


def _title_heading(label: str, rich: Rich) -> bool:
    """A sub-heading in a publication list that is a paper's title, not a group
    (``Journal Papers``, ``Preprints``, ``Theses``)."""
    if re.search(r"(?i)\b(?:papers?|publications?|journals?|conferences?|proceedings|preprints?|workshops?|"
                 r"theses|thesis|books?|chapters?|patents?|articles?|selected|others?|misc|talks?|"
                 r"under review|submitted|in submission|technical reports?)\b", label) and len(label.split()) <= 4:
        return False
    links = rich.links()
    return bool(links and len(label.split()) >= 2) or len(label.split()) >= 4


def _bold_label(rich: Rich) -> str | None:
    """The text of a paragraph that is only bold (``**News:**``), else None."""
    t = rich.text.strip()
    if not t or len(t) > 80 or "\n" in t:
        return None
    strong = [s for s in rich.spans if s.kind in ("strong", "u")]
    covered = "".join(c for i, c in enumerate(rich.text) if any(s.start <= i < s.end for s in strong))
    rest = "".join(c for i, c in enumerate(rich.text) if not any(s.start <= i < s.end for s in strong))
    if not covered.strip() or re.search(r"\w", rest):
        return None
    return covered.strip(" :：")


def _year_heading(text: str) -> int | None:
    """``2021`` -> 2021; ``2015 and before`` / ``Before 2015`` / ``2010-2014`` -> 0 (a group, no one year);
    None when the text is no year heading."""
    t = re.sub(r"[*_#:：\s]+", " ", text).strip().lower()
    if re.fullmatch(r"(?:19|20)\d\d", t):
        return int(t)
    if re.fullmatch(r"(?:(?:before|until|prior to|up to|earlier than|pre)\s*-?\s*(?:19|20)\d\d|(?:19|20)\d\d\s*"
                    r"(?:and|&|or)\s*(?:before|earlier|prior|older)|(?:19|20)\d\d\s*(?:[-–—~]|to)\s*(?:(?:19|20)\d\d|"
                    r"present|now)|earlier|older)", t):
        return 0
    return None


def _role_line(text: str) -> tuple[str, str] | None:
    """``Director of Megvii (Face++) Research Shanghai`` -> (``Director``, ``Megvii (Face++) Research Shanghai``);
    ``PhD student @ MIT``; ``Assistant Professor, Stanford University``."""
    t = re.sub(r"[*_`]", "", text).strip(" .;:")
    t = re.sub(r"^[^\w(]+", "", t)
    t = re.sub(r"^(?:A|An)\s+(?=\S+\s)", "", t)  # "A PhD student at ..."
    if not t or len(t.split()) > 16 or ":" in t:
        return None
    for sep in (r"\s+@\s+|@", r"\s+at\s+", r"\s*,\s+|\s+\|\s+|\s+[-–—·•]\s+", r"\s+of\s+", r"\s+in\s+"):
        m = re.search(sep, t)
        if not m:
            continue
        role, org = t[: m.start()].strip(), re.sub(r"^(?:the|The)\s+", "", t[m.end():].strip())
        if re.search(r"\s(?:at|@)\s", role):
            continue
        if sep == r"\s+in\s+" and not _ORG_WORDS.search(org):
            continue
        if not role or not org or len(role.split()) > 6:
            continue
        if not _ROLE.search(role) or re.search(r"(?i)\b(?:my|our|we|you|i|is|are|was|opening|hiring|join)\b", role):
            continue
        if not re.match(r"[A-Z0-9]", org):
            continue
        bits = re.split(r"\s+[·|•]\s+|\s+[—–]\s+", org)
        org = bits[0].strip(" ,")
        if len(bits) > 1 and re.match(r"(?i)(?:department|dept\.?|school|faculty|division)\s+of\b", org):
            org = f"{org}, {bits[1].strip(' ,')}"  # "Department of CS · University of X"
        return role, org
    return None


_GENERIC_ORG_WORDS = {"university", "institute", "school", "department", "the", "college", "faculty", "lab",
                      "laboratory", "center", "centre", "national", "state", "academy", "research", "dept"}


def _role_only(line: str) -> str | None:
    """A line that is only a job title (``**Associate Professor**``, ``副教授 / Associate Professor``)."""
    t = re.sub(r"[*_`]", "", line).strip(" .;:,")
    parts = [p.strip() for p in re.split(r"\s*[/|·]\s*", t) if p.strip()]
    latin = [p for p in parts if not has_cjk(p)]
    if not latin:
        return None
    role = latin[0]
    words = role.split()
    if not 1 <= len(words) <= 6 or not _ROLE.search(role) or _ORG_WORDS.search(role) or not role[:1].isupper():
        return None
    if re.search(r"(?i)\b(?:at|of|in|with|for|my|our|is|are|we|hiring|looking)\b", role):
        return None
    return role


def _place_like(text: str) -> bool:
    """``Tübingen, Germany``, ``Beijing, China``: a city and country, no organisation."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return 1 <= len(parts) <= 3 and all(
        1 <= len(p.split()) <= 3 and all(w[:1].isupper() for w in p.split()) for p in parts
    ) and not _ORG_WORDS.search(text) and not re.search(r"\d", text)


def _org_text(line: str) -> str | None:
    """An affiliation line under a job title: as written, or the Latin name in parentheses beside
    a CJK one (``清华大学 计算机系 (Department of CS, Tsinghua University)``)."""
    t = re.sub(r"[*_`]", "", line).strip(" .;:")
    if has_cjk(t):
        m = re.search(r"[(（]([^()（）]+)[)）]", t)
        t = m.group(1).strip() if m and not has_cjk(m.group(1)) else ""
    if not t or len(t.split()) > 16 or not re.match(r"[A-Z]", t) or not (
            _ORG_WORDS.search(t) or any(w.strip(",.") in _ORG_ACRONYMS for w in t.split())):
        return None
    return t


def _head_word(folded: str) -> str | None:
    """The distinctive first word of an organisation name (``megvii``), None for generic ones."""
    words = folded.split()
    return words[0] if words and words[0] not in _GENERIC_ORG_WORDS else None


def _split_department(org: str) -> tuple[str, str | None]:
    """``Department of Computer Science, Northfield University`` -> (``Northfield University``,
    ``Department of Computer Science``)."""
    m = re.match(r"^((?:Graduate\s+)?(?:School|Department|Dept\.?|Faculty|College|Division|Institute|Lab|Laboratory)\s+of\s+[^,]+?)"
                 r"\s*,\s*(?:the\s+)?(\S.+)$", org)
    if m and _ORG_WORDS.search(m.group(2)):
        return m.group(2).strip(), m.group(1).strip()
    return org, None


def _column_role(header: str) -> str:
    h = fold(header)
    if re.fullmatch(r"(?:year|date|time|when|published|yr)", h):
        return "year"
    if re.search(r"\b(?:title|paper|name|publication|publications|article|work)\b", h):
        return "title"
    if re.search(r"\bauthors?\b|\bwith\b|\bcoauthors?\b", h):
        return "authors"
    if re.search(r"\b(?:venue|conference|journal|where|booktitle|published in|proceedings)\b", h):
        return "venue"
    if re.search(r"\b(?:links?|resources?|materials?|code|pdf|url)\b", h):
        return "links"
    if re.search(r"\b(?:notes?|remarks?|awards?|comment)\b", h):
        return "notes"
    return ""


def _join_cells(cells: list[Rich]) -> Rich:
    rich = cells[0]
    for c in cells[1:]:
        if c.text.strip():
            rich = rich.joined(c)
    # all cells sit on one source line
    rich.starts = [(0, cells[0].first_line)]
    return rich


def _line_ranges(rich: Rich) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in rich.text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _locate(lines: list[str], text: str, first: int) -> tuple[int, int]:
    """Source lines of an HTML element's text inside an HTML block."""
    words = [w for w in re.findall(r"\w{3,}", text)]
    if not words:
        return first, first
    start = next((i for i, l in enumerate(lines) if words[0] in l), 0)
    end = next((i for i in range(len(lines) - 1, start - 1, -1) if words[-1] in lines[i]), start)
    return first + start, first + end


def _read_student(rich: Rich, role: str | None, ctx: _Ctx) -> Student | None:
    text = re.sub(r"\s+", " ", rich.flat()).strip(" .;")
    if not text:
        return None
    links = rich.links()
    name = None
    url = None
    first_link = links[0] if links else None
    if first_link and rich.text[: first_link.start].strip(" -*•") == "":
        label = _label(rich.text[first_link.start:first_link.end])
        if name_like(label) or has_cjk(label):
            name = label
            url = _abs_url(first_link.href, ctx)
    rest = text
    if name is None:
        m = re.match(r"^((?:[^,(（:：\-–—|]|(?<=\w)-(?=\w))+)", text)  # "Jun-Ho Park (PhD 2023)"
        cand = m.group(1).strip() if m else ""
        cand, _ = strip_marks(cand, ctx.legend)
        if not (name_like(cand) or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", cand)):
            return None
        name = cand
        rest = text[m.end():]
    else:
        idx = text.find(name)
        rest = text[idx + len(name):] if idx >= 0 else text
    rest = rest.strip(" ,;:()-–—|")
    orgs = find_orgs(rest)
    institution = orgs[0][2] if orgs else None
    if institution is None:
        m = re.match(r"^[(（]?([^,()（）;]+)", rest)
        if m and m.group(1).strip() and not re.search(r"\d", m.group(1)) and not _ROLE.search(m.group(1)):
            cand = m.group(1).strip()
            if 1 <= len(cand.split()) <= 8 and cand[:1].isupper():
                institution = cand
    r = role
    m = re.search(r"(?i)\b(ph\.?d\.?\s+student|master'?s?\s+student|undergraduate(?:\s+student)?|postdoc(?:toral"
                  r"\s+(?:fellow|researcher))?|research\s+intern|intern|visiting\s+student|ms\s+student)\b", rest)
    if m:
        r = m.group(1)
    ident = _identifier(url) if url else None
    return Student(name=name, institution=institution, role=r, url=url,
                   identifiers={ident[0]: ident[1]} if ident else {})


# --- entry points --------------------------------------------------------------------------------


def parse_markdown(doc: SourceDoc, options: ImportOptions | None = None) -> Profile:
    """Read a markdown homepage (or GitHub profile README) into a :class:`~kg.model.Profile`.

    ``doc`` is the decoded file with its line bookkeeping; every non-empty line
    ends up used by a field, ignored as chrome (comments, front-matter config,
    headings, rules, badges) or in ``Profile.unparsed``. ``options.owner``
    names the owner when the page does not. Raises
    :class:`~kg.errors.SourceError` for broken front matter or a page with no
    researcher name at all. ``Profile.source`` is left for the caller to set.
    """
    from .html import parse_markdown_page

    return parse_markdown_page(doc, options or ImportOptions())
    options = options or ImportOptions()
    reader = _Reader(doc, options)
    body_start = reader.front_matter()
    text = doc.text
    if body_start:
        kept = text.split("\n")
        text = "\n" * body_start + "\n".join(kept[body_start:])
    text = escape_sup_marks(repair_destinations(text))
    reader.ctx.owner_names = [n for n in [options.owner, reader.name, *reader.alternates] if n]
    reader.ctx.latin_owner = bool(options.owner or reader.name)
    for i, line in enumerate(doc.lines, start=1):
        if _TEMPLATE.match(line) or _LINK_DEFINITION.match(line):
            doc.ignore(i)  # Liquid/kramdown leftovers; "[p1]: https://..." link definitions feed links, not data
    tokens = _MD.parse(text)
    blocks = _blocks(tokens)
    reader.run(blocks)
    return reader.finish()


_OWN_FRONT_MATTER = {"title", "name", "author", "fullname", "email", "url", "homepage", "website", "description",
                     "bio", "layout", "lang", "nav_order", "published"}


def detect(doc: SourceDoc) -> float:
    """How sure we are that ``doc`` is a plain markdown homepage or profile README."""
    suffix = doc.path.suffix.lower()
    if suffix in (".yml", ".yaml", ".toml", ".json", ".bib", ".bibtex", ".html", ".htm", ".css", ".js", ".xml",
                  ".ttl", ".py", ".csv", ".tex"):
        return 0.0
    text = doc.text
    head = text.lstrip()[:3000]
    low = head.lower()
    if low.startswith(("<!doctype", "<html", "<?xml")) or "<body" in low[:2000]:
        return 0.0
    if re.match(r"\s*@\w+\s*[{(]", text):
        return 0.0
    lines = doc.lines
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, min(len(lines), 200)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            keys = {m.group(1) for m in (re.match(r"^([A-Za-z_][\w-]*)\s*:", l) for l in lines[1:end]) if m}
            if keys & {"author_profile", "permalink", "redirect_from", "excerpt", "sidebar"}:
                return 0.1
            if keys - _OWN_FRONT_MATTER:  # a theme's page (Hugo, al-folio): the site importers read those
                return 0.15
    md_links = len(re.findall(r"\]\([^)\s]", text))
    headings = sum(1 for l in lines if re.match(r"^#{1,6}\s+\S", l)) + sum(
        1 for l in lines if re.match(r"^(=+|-{3,})\s*$", l)
    )
    tables = sum(1 for l in lines if re.match(r"^\s*\|.*\|\s*$", l))
    lists = sum(1 for l in lines if re.match(r"^\s*(?:[-*+]|\d+\.)\s+\S", l))
    bold = len(re.findall(r"\*\*[^*\n]+\*\*", text))
    html_struct = len(re.findall(r"<(?:td|tr|div|table|span|p)\b", text, re.I))
    if md_links + headings + tables + bold == 0:
        return 0.0
    score = 0.3
    if headings:
        score += 0.15
    if md_links >= 3:
        score += 0.1
    if tables >= 3 or lists >= 3:
        score += 0.05
    research = re.search(r"(?im)^(?:#{1,6}\s*|\|\s*|\*\*)?\s*(?:selected\s+|recent\s+)?(?:publications?|papers|"
                         r"preprints)\b", text)
    if research:
        score += 0.15
    if re.search(r"scholar\.google|arxiv\.org|\b(?:CVPR|ICCV|ECCV|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL)\b", text):
        score += 0.1
    if html_struct > max(10, md_links):
        score -= 0.35
    score = max(0.0, min(score, 0.85))
    if doc.path.name.lower() in ("readme.md", "readme.markdown"):
        score = min(score, 0.5)  # a GitHub profile README: the github-readme importer (which calls us) comes first
    return score


IMPORTER = Importer(
    name="markdown",
    description="GitHub-pages markdown with inline HTML, markdown tables of papers, profile README files",
    detect=detect,
    parse=parse_markdown,
)
