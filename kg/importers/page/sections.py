"""Section classification: which section a heading, bold label or year heading opens.

Takes a heading's text (and its anchor); gives its section kind (``section_kind``, with group/lab headings read
as people; ``heading_kind``, the heading's anchor a second witness), whether it is a year heading and its year
(``year_heading``), and the label-heading pattern (``Label: text``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..common import lazy_compile
from ..common import section_kind as _section_kind_uncached
from ..common import NOW_WORDS

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
    Projects</h1>``: the owner's papers, under words that name funded projects).

    >>> heading_kind("Selected Research Projects"), heading_kind("Selected Research Projects", "-publications")
    ('grants', 'publications')
    """
    kind = section_kind(text) or (section_kind(re.sub(r"\s*[(（\[].*$", "", text))
                                  if re.search(r"\S\s*[(（\[]", text) else None) or (
        next(filter(None, map(section_kind, text.split("/"))), None) if "/" in text else None)
    return anchor_kind(anchor) or kind


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
