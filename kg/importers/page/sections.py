"""Section classification: which section a heading, bold label or year heading opens.

Takes a heading's text (and its anchor); gives its section kind (``section_kind``, with group/lab headings read
as people; ``heading_kind``, the heading's anchor a second witness), whether it is a year heading and its year
(``year_heading``), and the label-heading pattern (``Label: text``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import section_kind as _section_kind_uncached
from ..common import lazy_compile, NOW_WORDS, YEAR

from .source import norm


_GROUP_HEADING = lazy_compile(
    r"^(?:(?:my|our|the)\s+)?(?:research\s+)?(?:group|lab|team)(?:\s+members)?$|^(?:(?:lab|group)\s+)?(?:alumni|alums)$|^former\s+members$|"
    r"^(?:student\s+)?(?:advising|supervision)$|^(?:current\s+|former\s+|past\s+)?(?:phd\s+|graduate\s+)?advisees$",
    re.I)


@lru_cache(maxsize=8192)
def section_kind(heading: str, exact: bool = False) -> str | None:
    """common.section_kind, memoised (it compiles its patterns on every call); a heading that
    names the owner's group ("Group", "Research Group", "Our Lab", "Alumni", "Lab Alums") lists people."""
    if _GROUP_HEADING.match(norm(heading).strip(" :：")):
        return "students"
    named = _NAMED_GROUP.match(norm(heading).strip(" :："))
    if named and _section_kind_uncached(named.group(1)) is None:
        return None  # "Liang Research Group": the group's name over its page (a banner), no section of it
    return _section_kind_uncached(heading, exact)


def anchor_kind(anchor: str | None) -> str | None:
    """The section an element's anchor names (``id="-publications"``, ``#recent_news``): its words, dashes and
    underscores read as spaces; None for no anchor or one of no section's words (``id="section-3"``).

    >>> anchor_kind("-publications"), anchor_kind("recent_news"), anchor_kind("toc-3")
    ('publications', 'news', None)
    """
    return section_kind(re.sub(r"[-_]+", " ", anchor)) if anchor and anchor.strip("-_ #") else None


def heading_kind(text: str, anchor: str | None = None) -> str | None:
    """The section a heading opens: what its text names (whole, or before a bracketed aside: "Awards (selected)",
    or in one of its pieces between slashes: "News / 新闻"), with its anchor (the heading's ``id``) a second
    witness: where the two name different sections, or the text none, the anchor's section. A theme's anchor is
    what its menu links to, and an owner who renames a heading keeps it (``<h1 id="-publications">Selected Research
    Projects</h1>``: the owner's papers, under words that name funded projects). An anchor whose one section word is
    "research" (``id="h-research-exp"``: the word alone heads papers, and heads interests and posts too) is no
    witness against a text that names its section ("Academic Working Experience").

    >>> heading_kind("Selected Research Projects"), heading_kind("Selected Research Projects", "-publications")
    ('grants', 'publications')
    >>> heading_kind("Academic Working Experience", "h-research-exp")
    'experience'
    """
    kind = section_kind(text) or (section_kind(re.sub(r"\s*[(（\[].*$", "", text))
                                  if re.search(r"\S\s*[(（\[]", text) else None) or (
        next(filter(None, map(section_kind, text.split("/"))), None) if "/" in text else None)
    said = anchor_kind(anchor)
    if said and kind and said != kind and anchor_kind(re.sub(r"(?i)research", "-", anchor or "")) is None:
        return kind
    return said or kind


_NAMED_GROUP = lazy_compile(r"^((?:[A-Z][\w'’\-]*\s+){1,3}?)(?:research\s+)?(?:group|lab|laboratory)$", re.I)
_YEAR_HEADING = lazy_compile(
    r"^\s*(?:(?:before|until|up to|prior to|pre-?)\s*)?((?:19|20)\d\d)"
    rf"(?:\s*(?:[-–—~/]|to)\s*(?:(?:19|20)\d\d|\d\d|{NOW_WORDS}))?"  # ("2007 - 08": an academic year)
    r"(?:\s*(?:and|&|or)?\s*(?:before|earlier|older|prior))?\s*[:.]?\s*$",
    re.I,
)


_LEAD_SYMBOLS = re.compile(r"^[^\w\[(]+")
_RULE = re.compile(r"[-–—=~*_]")
_RULE_TAIL = lazy_compile(r"(?:\s*[-–—=~*_]){2,}\s*$|\s+[-–—=~*_]\s*$")
_YEARS = re.compile(r"(?:19|20)\d\d")
_OPEN_RANGE = re.compile(rf"before|until|earlier|older|prior|pre|up to|-|–|—|~|/|to|{NOW_WORDS}", re.I)


@lru_cache(maxsize=8192)
def year_heading(text: str) -> tuple[bool, int | None]:
    """Is a heading a year group (``2023``, ``2015 and before``, ``2019-2020``)? Its year when single. Memoised:
    the readers ask it of every short line of every entry (a page's lines repeat: "2024", "Oral", "[pdf]")."""
    lead = _LEAD_SYMBOLS.match(text.strip())
    t = _LEAD_SYMBOLS.sub("", text.strip()).strip("[]()")  # "📅 2020": an emoji before the year
    if lead and _RULE.search(lead.group(0)):
        t = _RULE_TAIL.sub("", t)  # "---2024---", "== 2024 ==": a rule drawn on both sides of the year
    m = _YEAR_HEADING.match(t)
    if not m:
        return False, None
    years = _YEARS.findall(t)
    single = len(years) == 1 and not _OPEN_RANGE.search(t)
    return True, int(years[0]) if single else None


LABEL_HEADING = re.compile(r"^[^\W\d][\w\s]{1,30}:\s")
"""A heading that opens with a label ("Job opening: researcher / engineer in Shanghai")."""


_LEAD_IN_OWN = re.compile(
    r"(?i)(?:(?:here|below|above)\s+(?:is|are)\s+|(?:these|the\s+following)\s+are\s+|(?:please\s+)?(?:see|find)\s+"
    r"(?:below\s+|here\s+)?)?(?:(?:a|an|the)\s+)?(?:(?:complete|full|partial|short|brief|selected|chronological)\s+)?"
    r"(?:(?:list|selection|overview|some|few|most|all|several|many)\s+(?:of\s+)?)?(?:(?:all\s+)?(?:my|our))\s+"
    r"(?P<named>(?:[\w'-]+\s+){0,4}?(?:papers?|publications?|articles?|preprints?|books?|chapters?|talks?|"
    r"presentations?|seminars?|lectures?))(?:\s+(?:so\s+far|to\s+date|by\s+(?:year|topic|date|type)))?")
"""A lead-in that presents a list of the owner's own works or talks and nothing else: "Here is a list of my working
papers and publications", "Below are my recent talks", "Some of my publications", "My papers to date"; the words
that name the list (after "my") are its last words, so "Here is some news about my papers" (news) or "My
students, who publish papers with me" (students) are not one."""
_NOT_OWN_WORKS = re.compile(r"(?i)\b(?:favou?rites?|recommended|preferred|liked|beloved|inspiring|must-read)\b")
"""The words of a list of works the owner likes, not wrote ("Some of my favourite books")."""
_LEAD_IN_FIRST_PERSON = re.compile(r"(?=(?:\S+\s+){5})[^:]*\b(?:I|I'm|I've|we|We)\b[^:]*")
"""A sentence of six words or more in the first person, no colon inside ("At ETHZ, I am mentoring two PhD students
on"): what presents any other list (students, topics)."""


def lead_in(text: str) -> str | None:
    """A sentence of the owner's that ends with a colon and presents the list below it (it names no one, it is no
    entry of the list): the words that name the list when it presents the owner's own works or talks
    (:data:`_LEAD_IN_OWN`, the words after "my": "Here is a list of my working papers and publications:" ->
    "working papers and publications"), "" when it presents another list in the first person ("At ETHZ, I am
    mentoring two PhD students on ...:"), else None. Fewer than 3 or more than 25 words, or a year, make it no
    lead-in (an entry's line); so does a list of works the owner likes ("Some of my favourite books:").

    >>> lead_in("Below are my recent talks:"), lead_in("At ETHZ, I am mentoring two PhD students on robots:")
    ('recent talks', '')
    >>> lead_in("Some of my favourite books:"), lead_in("Here are my papers of 2020:")
    (None, None)
    """
    text = norm(text)
    if not text.endswith((":", "：")) or not 3 <= len(text.split()) <= 25 or YEAR.search(text):
        return None
    own = _LEAD_IN_OWN.fullmatch(text.rstrip(":： ."))
    if own is not None:
        return None if _NOT_OWN_WORKS.search(own.group("named")) else own.group("named")
    return "" if _LEAD_IN_FIRST_PERSON.fullmatch(text.rstrip(":： ")) else None
