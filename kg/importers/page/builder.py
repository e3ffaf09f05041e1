"""The builder: blocks into a profile, section by section, and the owner resolved.

Takes a :class:`~.reader._Reader` that has walked its page; gives, through :class:`_Builder`,
the owner's name, the sections of the blocks, and the person, publications, news, awards,
talks, students, service, education, interests and experience read from them
(``resolve_owner`` marks the owner in every author list).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote

from ...model import Affiliation, Author, Award, Education, Metrics, NewsItem, Service, Student, Talk
from ..common import (
    _DEGREE_WORD,
    read_prose_awards,
    expand_year_ranges,
    find_email,
    find_year,
    has_cjk,
    identifier_from_url,
    read_legend,
    read_metrics,
    repair_url,
)

from .source import _BLOCK_TAGS, _HEADING_TAGS, _classes, _is_chrome, _itertext, _norm, _tag, _text_nodes
from .memo import fold, link_kind, mark_owner, same_name
from .sections import _LABEL_HEADING, _year_heading, section_kind
from .scores import _YEAR_RX, _author_score, _name_like
from .runs import Block, Seg, _join_name_lines, _split_source_lines
from .labels import _SEPARATORS, _label_of
from .context import _Ctx, _NUMBERING, _PubDraft, _abs_url, _sentences
from .citation import _uninvert_authors
from .marks import _majority, _style_legend, _with_coauthors
from .entry import _AUTHORS_YEAR_QUOTED, _PAPER_PARTS, _QUOTED_TITLE, _read_entry
from .person import (
    _ADDRESS_RX,
    _DATE_PREFIX,
    _DEGREE_RX,
    _DEPT_START,
    _EMAIL_CUE,
    _FIRST_PERSON,
    _INSTITUTION_STRONG,
    _JOB_RX,
    _ORG_RX,
    _ROLE_AS_ADJECTIVE,
    _SUBUNIT,
    _TALK_KIND,
    _TOP_LEVEL,
    _advisors_in,
    _affiliation_from,
    _date_of,
    _education_from,
    _name_candidate,
    _split_title_aff,
)
from .readers import (
    _PROSE_INTERESTS,
    _SERVICE_LEAD,
    _SERVICE_ROLE,
    _STUDENT_DETAIL,
    _experience_from,
    _institution_in,
    _interest_list,
    _role_from,
    _service_parts,
    _split_name_info,
    _topics_only,
)
from .reader import _Reader


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
