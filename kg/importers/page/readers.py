"""The per-section readers: news, awards, talks, students, service, education, interests, experience.

Takes the text of one item in a Students, Service, Interests or Experience section; gives the
student's role, name and institution, the service role and venues, the list of interests and
an :class:`Affiliation` for an experience line; :class:`SectionReaders` (a base class of
:class:`~.builder.Builder`) reads the blocks of those sections and of News, Awards, Talks.
"""

from __future__ import annotations

import re

from ...model import Affiliation, Award, Education, NewsItem, Service, Student, Talk, Teaching
from ..common import (lazy_compile, is_head_role, NOW_WORDS, NAME_CAPITAL, NAME_CAPITALS, ONE_NAME_WORD, OPEN_RANGE_OTHER, CLOSED_SPAN, DEPT_START, INSTITUTION_STRONG, MONTH_NAMES, ORG_RX, YEAR, AWARD_WORDS, DOCTORATE, JOB_TERMS_CJK, JOB_WORDS, NOT_STUDENT_ROLE, DEGREE_WORD, PLACE_ABBREVIATION, cjk_dates, dates_only,
                      HONORIFIC_WORDS, MONTHS, SEASONS, expand_year_ranges, find_year, fold, has_cjk, identifier_from_url,
                      owner_variant, role_only, without_degrees, LAB_ROLE, NICKNAME_BETWEEN, ONE_WORD_JOURNALS)

from .source import itertext, norm, tag_of
from .memo import link_kind, same_name
from .sections import lead_in, year_heading, section_kind
from .scores import author_score, name_like
from .runs import TYPED_BULLET, Block, Seg, seg_lines
from .marks import majority
from .labels import OWN_ADDRESS, label_of, link_text
from .context import PARTICLE_ALTERNATIVES, abs_url, sentences
from .person import (
    UNIT_OF_WORDS,
    add_advisors,
    TRAILING_SYMBOLS,
    ADVISOR_LABEL,
    CARD_SUPERVISION,
    DATE_PREFIX,
    DEGREE_RX,
    MONTH_YEAR,
    TALK_KIND,
    advisors_in,
    cjk_name_like,
    clean_person,
    degree_advisors,
    org_named,
    date_of,
    education_from,
)


_NOW_AT = r"now\s+(?:at|with|@)|now\s+(?:an?\s+)?(?:[^\W\d][\w.'’\-]*\s+){1,6}?(?:at|@)(?=\s)"
"""Where a former student went, opening their line: "now at Google", "Now Data Scientist at Northwind", "Now PhD
Student in Statistics at X" (a few words of the role before "at")."""


_STUDENT_DETAIL = lazy_compile(
    r"(?i)^\s*(?:\(\s*)?(?:(?:ph\.?\s?d\.?\s+|master'?s?\s+|m\.?s\.?\s+|undergrad(?:uate)?\s+|bachelor'?s?\s+|"
    r"b\.?s\.?\s+|senior\s+|honou?rs\s+)?thesis|dissertation|next\s+position|"
    rf"current\s+position|first\s+position|{_NOW_AT}|joint(?:ly)?\s+(?:with|advised)|co-?advised)\b")


_NO_STUDENT_NAME = lazy_compile(
    r"(?i)\b(?:professor|lecturer|students?|staff|visitors?|alumn(?:i|ae|us|a)|candidate|thesis|dissertation|title|topic|director|station|engineering|"
    r"area|position|interests?|lab|laboratory|researchers|"
    r"university|department|institute|m\.?\s?sc?\.?|ph\.?\s?d\.?)(?![\w.])"
    # (in Chinese: an advisor, a co-advisor, a supervisor: "导师：王林、胡开明" is the footnote naming a student's
    # advisors, no student)
    r"|^(?:合作|联合|共同|副)?(?:导师|導師|指导老师|指導老師)$")

_DETAIL_CLASS = re.compile(r"(?i)interests?|topics?(?![^\W_])|keywords?|expertise")
"""The class of a member card's line that says what they work on ("research-interests"): theirs, no names."""


_ROW_NUMBER = re.compile(r"[#№]?\s*\d{1,3}\s*[.)]?")
"""A table cell that is its row's number alone ("3", "12.", "#4"): a count of the rows, no one's name."""

_CO_ADVISOR_LINE = re.compile(r"(?i)^\s*\(?\s*co-?(?:supervis|advis|mentor)\w*\b")
"""A member's line naming who else advises them ("Co-supervisor Jean Yang"): theirs, no one of the group."""
_ADVISED = re.compile(r"(?i)\b(?:co-?)?(?:advis|supervis|mentor)(?:ed|ors?|ing)\b")
"""Words after a member's name that say who advises them ("co-supervised with Professor Bo Tran", "advised by ..."):
about a student, a professor named in them no role of the member's."""
_ROLE_LABEL = re.compile(r"(?i)\b(?:students|candidates|alumni|members|interns|postdocs|fellows|assistants)\b|[:：]\s*$")


_CJK_DATE_LEAD = re.compile(r"\s*(?:19|20)\d\d\s*年(?!度)(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?")
"""A date in Chinese or Japanese an item opens with ("2019年01月", "2021年9月2日"); not a fiscal or school year
("2019年度 X賞": the award of that year, its name)."""


def _member_role_line(text: str) -> bool:
    """A line that is one member's role and nothing else (``PhD Student``, ``Masters of Mathematical Sciences``,
    ``Software Engineer``), as a member's card writes it under their name; not a group's label (``PhD
    students:``, ``Alumni``), which heads the names after it, nor a name with a role (``Ana Lee PhD student``)."""
    t = norm(text).strip(" .,;")
    if not t or len(t.split()) > 6 or _ROLE_LABEL.search(t) or YEAR.search(t):
        return False
    if not (_role_from(t) or NOT_STUDENT_ROLE.search(t) or _STUDENT_WORD.search(t)):
        return False
    head = " ".join(t.split()[:2])
    return not name_like(head) or bool(_NO_STUDENT_NAME.search(head) or _role_from(head) or NOT_STUDENT_ROLE.search(head))


def _link_line(text: str, segs) -> bool:
    """A line that is only a link (a member's profile address written as its own text)."""
    anchors = [a for s in segs for a in s.anchors()]
    return bool(anchors) and OWN_ADDRESS.fullmatch(norm(text).strip()) is not None


_WHEN_ONLY = lazy_compile(
    rf"(?i)\s*(?:(?:(?:{SEASONS}|fa|sp|su|wi|[fsw])\s*['’]?)?(?:(?:19|20)\d\d|\d\d)|{NOW_WORDS}|[-–—/,\s])+")
"""What a member's name may carry in brackets that only says when they were in the lab ("FA21-", "SU24-SP25",
"2019-2023", "Fall 2021 - present"): no role, no place."""


def _role_from(text: str) -> str | None:
    t = text.lower()
    for rx, role in (
        (r"博士后", "postdoc"),
        (r"\bpost[-\s]?doc", "postdoc"),  # ("Postdoctoral Fellow", "Post Doc": no doctoral student)
        (r"\bph\.?\s?d\b|doctoral|博士", "PhD student"),
        (r"\bmaster|\bm\.?s\.?\b|\bm\.?\s?sc\b|\bm\.?a\.?sc\b|\bm\.?a\.?\s+(?:(?:19|20)\d\d|student|candidate|thesis)\b|硕士",
         "master student"),
        (r"undergrad|\bbachelor|\bb\.?s\.?\b|\bb\.?\s?sc\b|\bb\.?a\.?\s+(?:(?:19|20)\d\d|student|thesis)\b|"
         r"\bhonou?rs\s+(?:thesis|student|project)|本科", "undergraduate"),
        (r"\bintern", "intern"),
        (r"\bvisiting", "visiting student"),
        (r"\balumn[iu]s?\b|\balumnae?\b|former|已毕业|毕业生", "alumnus"),
        (r"research assistant|\bra\b", "research assistant"),
    ):
        if re.search(rx, t):
            return role
    return None


_MEMBER_HEADING = re.compile(r"(?P<n>[^()]{3,60}?)\s*\((?P<i>[^()]{2,160})\)")
"""A group page's sub-heading naming one member and, in brackets, their role ("Ana Ruiz (Ph.D. student, X University,
group member since 2022)")."""
_MEMBER_HEADING_NOT_ROLE = re.compile(r"(?i)^(?:with|for|and|by|on|about|incl\w*)\b|\b(?:students|candidates|postdocs|"
                                     r"members|interns|alumni|fellows|researchers)\b")
"""Brackets after a sub-heading's name that hold no one person's role: a project's or a group's ("with two PhD
students", "students and postdocs")."""
_FACULTY = re.compile(r"(?i)professor|lecturer|principal\s+investigator|(?<![\w.])PI(?![\w])|faculty|教授|讲师|研究员|导师")
_STUDENT_WORD = re.compile(r"(?i)\bstudents?\b|\bcandidates?\b|学生|(?:博士|硕士|本科|研究)生(?!导师)|在读")
_NOT_MEMBER_NAME = re.compile(
    r"(?i)\b(?:us|our|we|join|contact|open|positions?|prospective|photos?|gallery|funding|sponsors?|staff|manager|"
    r"team|lab|group|members?|visitors?|opportunit\w*|vacanc\w*|current|former|past|people)\b")


_BRACKETED_YEARS = rf"[\[(【]\s*(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d|{NOW_WORDS}))?\s*[\])】]"
"""A year, or a span of years, in brackets ("(2024)", "[2019-2023]", "【2021–now】"), which an item of a list may
start with (:data:`_LEAD_YEARS`) and a member's name end with (:data:`_CLOSING_YEARS`)."""
_CLOSING_YEARS = lazy_compile(rf"\s*{_BRACKETED_YEARS}\s*$", re.I)
"""The year (or years) in brackets closing a member's name ("Ana Ruiz (2024)", "Bo Lee (2019-2023)")."""
_CARD_FIELD = re.compile(r"(?:thesis(?:\s+title)?|dissertation|current\s+(?:position|role|employer|affiliation)|now|"
                         r"research(?:\s+(?:topic|project|focus|area))?|project|topic|degree|program(?:me)?|advisor|"
                         r"co-?advisor|supervisor|co-?supervisor|graduated|position)\s*:\s*\S", re.I)
"""A line of a member's card that is one of their fields, by its label ("Thesis Title: ...", "Current position:
...")."""


def _card_name(label: str | None) -> tuple[str | None, bool]:
    """The name a member card's heading gives: two to five words that read as one person's name, or a name in
    two to four Chinese characters; no role, section word or label. And whether the heading gives the person a
    faculty title ("Jo Lee, Professor", "石小爽 教授"): the head of the lab's card."""
    if not label or section_kind(label) or _role_from(label) or _NOT_MEMBER_NAME.search(label) \
            or re.search(r"\d", label):
        return None, False
    faculty = bool(_FACULTY.search(label))
    plain = _FACULTY.sub(" ", label) if faculty else label
    name = _split_name_info(" ".join(plain.split()).strip(" ,"))[0]
    if not name or _NO_STUDENT_NAME.search(name):
        return None, False
    if has_cjk(name):
        return (name, faculty) if re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", name) else (None, False)
    return (name, faculty) if len(name.split()) >= 2 and name_like(name) else (None, False)


_CAPACITY = re.compile(r"(?i)\b(?:as|with|under|by)\b")
"""Words of a group's label that name the post in which its people were advised ("as PI", "with Professor X"),
not the people."""


def _head_group(label: str | None) -> bool | None:
    """Whether a group of a people section (its sub-heading ``label``) holds no student of the owner's: True for the
    lab's head ("PI: Ana Ruiz", "Principal Investigator", "Faculty"), False for its other members who are no
    students ("Postdoctoral Researchers", "Staff", "Collaborators", "Visiting Scholars"), None for a group of students ("PhD Students",
    "Alumni", "Graduate Research Assistants", "Postdocs and Students": it names students too) or no label."""
    if label and _VISITOR.search(label):
        return False  # "Visiting Scholars", "Visiting intern students": the lab's guests, no students of its head
    if not label or _STUDENT_WORD.search(label) or _role_from(label) not in (None, "postdoc", "research assistant"):
        return None
    if _CAPACITY.search(label) or _ADVISED.search(label):
        # "Supervision" > "As principal investigator", "Mentoring (as PI)", "Co-supervised with Professor Bo Tran":
        # the post in which the owner (or a co-advisor) advised the people listed, who are their students
        return None
    if _FACULTY.search(label):
        return True
    return False if NOT_STUDENT_ROLE.search(label) else None


_VISITOR = re.compile(r"(?i)\bvisiting\s+(?:(?:ph\.?\s?d\.?|graduate|doctoral|master'?s?|intern(?:ship)?|summer|research)\s+)*"
                      r"(?:students?|scholars?|researchers?|professors?|scientists?|fellows?)\b")
"""A lab's guest: listed among its members, no student the owner advises."""
_EARLIER = re.compile(rf"(?i)\b(?:previously|formerly|former|earlier|before|was|{_NOW_AT})\b")
"""Words after which a member's line says what they were before, or went on to be ("previously a visiting
scholar at X", "now at Y"): no role of theirs in the lab."""


def _guest(text: str) -> bool:
    """Whether a member's line says they are the lab's guest ("Visiting PhD student from X"), not that they once
    visited elsewhere ("PhD student, previously a visiting research scholar at X")."""
    return bool(_VISITOR.search(_EARLIER.split(text, maxsplit=1)[0]))


_MENTOR_LABEL = re.compile(r"\b(?:mentor|supervisor|advisor)\b", re.I)
"""The owner's role over the students an item names ("Undergraduate Student Mentor")."""


_NAME_STOP = re.compile(r"(?<=[^\W\d_]{2})(?<!\bSt)(?<!\b[JS]r)\.\s+(?=[A-Z]|(?:19|20)\d\d\b)")
"""A full stop after a word of two letters or more, before a capital or a year: where a name written "Name. Degree,
..." ends, when a degree follows (not "St." or "Jr."), or "Name. 2012" in a Lattes CV's supervisions."""


_REVERSED_NAME = lazy_compile(
    rf"^(?P<family>(?:(?i:{PARTICLE_ALTERNATIVES})\s+)*{ONE_NAME_WORD.pattern}),\s+"
    rf"(?P<given>{ONE_NAME_WORD.pattern}(?:[ -]{ONE_NAME_WORD.pattern})?)\s*(?:[:：]\s*,?|,)\s*(?P<rest>\S.*)$")
"""A student written family name first, then the thesis ("Lund, Ida: Bees in meadows", "van Dam, Bo, A study of
clover"): one family name (its particles before it), a comma, the given names, then a colon or a comma."""


_THESIS_THEN_NAME = lazy_compile(
    rf"^(?P<t>[^,]+(?:,[^,]+)*?),\s*(?P<n>(?:[{NAME_CAPITALS}][a-z]?\.?\s*-?\s*){{1,3}}\s[{NAME_CAPITALS}][\w'’\-]+)"
    r"(?:,\s*(?P<s>(?i:ongoing|in progress|current|defended)|(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|(?i:present)))?))?"
    r"\s*\.?\s*$")
"""A supervised thesis written title first, then its student's initials and family name, then maybe its state or
year ("Effects of Aquatic Walk on Balance in Older Adults, H Rahimi, Ongoing."); the title holds commas of its own."""
_TITLE_WORD = re.compile(r"\s(?:of|on|in|for|and|the|to|with|among|between|vs\.?|using|via|from)\s")
_WORK_KIND_THEN_NAME = lazy_compile(
    r"^(?P<t>\S.{8,}?)\s+[-–—]\s+(?P<k>(?:[\w.'’-]+\s+){0,2}(?i:thesis|project|internship|dissertation))\s*,\s*"
    r"(?P<n>[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){1,3})\s*(?P<b>\([^()]*\))?"
    r"(?:\s*,\s*(?P<s>(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|(?i:present)))?))?\s*\.?\s*$")
"""A supervised work written title first, a dash, its kind, then its student's full name, maybe their link in
brackets and the year ("Mapping Reefs from Drones - Master Thesis, Ida Lund (homepage), 2022")."""


def _thesis_then_name(t: str) -> tuple[str, str] | None:
    """(student, thesis title) of a thesis written title first (:data:`_THESIS_THEN_NAME`): a title of five words
    or more, a small word among them, whose opening words are no name; None otherwise. Written with its kind after
    a dash (:data:`_WORK_KIND_THEN_NAME`), the student's full name follows the kind, unless a name comes before it
    and no bracket (their link) follows the words after the kind: (student, kind)."""
    kind = _WORK_KIND_THEN_NAME.match(t) if "," in t else None
    if kind and name_like(kind.group("n")) and not INSTITUTION_STRONG.search(kind.group("n")) \
            and len(kind.group("t").split()) >= 3 and (kind.group("b") or not name_like(kind.group("t"))):
        # (not "Ines Maria Faria - Master Thesis, Coral Reef Mapping, 2022": the name first, its title after the
        # kind; a short title is name-like too, "LiDAR Visual Odometry - Intern Project, A. Lee (homepage), 2021",
        # where the bracket of the student's link after the name tells which is the name)
        return " ".join(kind.group("n").split()), kind.group("k")
    m = _THESIS_THEN_NAME.match(t) if "," in t else None
    if m is None or len(m.group("t").split()) < 5 or not _TITLE_WORD.search(m.group("t")):
        return None
    head = m.group("t").split(",")[0].split()
    if 2 <= len(head) <= 3 and name_like(" ".join(head)) or len(head) > 3 and name_like(" ".join(head[:2])) \
            and head[2][:1].islower() and not _TITLE_WORD.search(f" {' '.join(head[:3])} "):
        return None  # "Ana Lima, working on tides in the Baltic, B Roe": a student's name opens the line
    return " ".join(m.group("n").split()), m.group("t").strip()


def _without_nickname(t: str) -> str:
    """A student's line whose name has the name its bearer goes by in brackets between the given and family names
    ("Ana (Annie) Ruiz, PhD" -> "Ana Ruiz, PhD", as :data:`~kg.importers.common.NICKNAME_BETWEEN` reads the owner's);
    a role or a degree in the brackets ("Maria (Alumna) now at X", "Bo (Undergraduate) Tran") is no nickname."""
    m = NICKNAME_BETWEEN.match(t)
    if not m or not m.group("nick")[:1].isupper() or not m.group("family")[:1].isupper():
        return t
    nick = m.group("nick")
    if _NO_STUDENT_NAME.search(nick) or _role_from(nick) or NOT_STUDENT_ROLE.search(nick) or DEGREE_WORD.match(nick):
        return t
    return f"{m.group('given')} {m.group('family')}"


_LATTES_SUPERVISION = re.compile(r"\s*(?:(?:19|20)\d\d\b|[^\W\d_][^.]{3,300}?\.\s(?:19|20)\d\d\.(?:\s|$))")
"""What follows a student's name and its stop in a Lattes CV's supervisions: the year, or the thesis's title and
then the year between stops ("Ida Lund. Bees in meadows. 2012. Dissertação (...)")."""


def _split_name_info(text: str) -> tuple[str | None, str]:
    t = re.sub(r"^[-–—]{1,2}\s+", "", norm(text))  # "-- Ana Ruiz (2024-present)": a bullet typed as dashes
    # ("Ana (Annie) Ruiz, PhD": the name one goes by, in brackets between the given and family names, is no end of the
    # name; the name is the given and family names)
    t = _without_nickname(t)
    thesis = _thesis_then_name(t)
    if thesis:
        # "Effects of Aquatic Walk on Balance in Older Adults, H Rahimi, Ongoing.": the thesis, then its student
        return thesis
    rev = _REVERSED_NAME.match(t)
    if rev and not DEGREE_WORD.match(rev.group("given")) and not _role_from(rev.group("given")) \
            and not section_kind(rev.group("given"), exact=True) and name_like(f"{rev.group('given')} {rev.group('family')}"):
        # "Lund, Ida: Bees in meadows": the name in its usual order, the thesis after it
        return f"{rev.group('given')} {rev.group('family')}", rev.group("rest").strip(" )）")
    # ("Ana Ruiz cosupervised with B. Lee - 2016": the remark on the supervision ends the name, as a comma would; so
    # does what the student works on, "Ana Ruiz working on tidal models.")
    m = re.match(r"^(?P<name>(?:[^,，(（:：\-–—|@→⇒]|(?<=\w)-(?=\w))+?)\s*(?:[,，(（:：|@→⇒]|\s[-–—]>?\s|$|"
                 r"(?<=\w)(?=\s+(?:co-?)?(?:supervised|advised|mentored)\s+(?:with|by)\b)|"
                 r"(?<=\w)(?=\s+(?:(?:is|was)\s+)?(?:working|worked|works)\s+(?:on|with|in)\s))(?P<rest>.*)$", t)
    if not m:
        return None, t
    stop = _NAME_STOP.search(m.group("name"))
    after = m.group("name")[stop.end():] if stop else ""
    if stop and len(m.group("name")[: stop.start()].split()) >= 2 and (
            DEGREE_WORD.match(after) or _LATTES_SUPERVISION.match(after)):
        # "Ida Lund. MS, CSE, 2018. First job: X": a full stop after the family name closes the name, as a comma
        # would (an initial's stop does not: "Ida M. Lund"); so in a Lattes CV's list of supervisions, "Ida Lund.
        # 2012", "Ida Lund. Title of the thesis. 2012. Dissertação (...) - University": the year, or a title and its
        # year, after it
        return _split_name_info(t[: stop.start()] + "," + t[stop.end() - 1:])
    name = clean_person(m.group("name"))
    if not (name_like(name) or (has_cjk(name) and len(name) <= 6)):
        return None, t
    return name, m.group("rest").strip(" )）")


def _label_runs_on(extra: list[Seg], t: str) -> bool:
    """Whether line ``t`` goes on with what a label alone among a student's lines (``extra``) opened: "Thesis Title
    :<br>Bit-Slicing the Space of States for<br>Circuit Simulation<br>(its title in Chinese)": the line right after
    the label, a line that reads as no name, or one after a line that breaks off on a small word, is the thesis."""
    if not any(_STUDENT_DETAIL.match(x.text) and re.search(r"[:：]\s*$", x.text) for x in extra):
        return False
    last = norm(extra[-1].text)
    return not name_like(t) or has_cjk(t) and not cjk_name_like(t) or bool(re.search(r"[:：]$|(?<![^\s(])[a-z]+$", last))


def _card_name_line(seg: Seg, box=None) -> bool:
    """A line in bold, or the heading of a member's card ``box`` ("<article><h3>Ana Ruiz</h3>..."), that is a
    person's name alone ("<b>Ana Ruiz</b>"), no role or label ("Principal Investigator", a misspelt "Principle
    Investigator", "PhD Students") that looks like one."""
    name = _split_name_info(seg.text)[0]
    styled = majority(seg, "bold") or box is not None and name is not None and any(
        norm(" ".join(itertext(h))) == name for h in box.iter("h2", "h3", "h4", "h5", "h6"))
    return name is not None and name == norm(seg.text) and styled and not JOB_WORDS.search(name) \
        and not _role_from(name) and not _NO_STUDENT_NAME.search(name) and not _FACULTY.search(name) \
        and not NOT_STUDENT_ROLE.search(name) and not section_kind(name)


def _institution_in(text: str) -> str | None:
    if not text:
        return None
    m = re.search(rf"(?i:\b(?:{_NOW_AT}))\s+(?:the\s+)?([A-Z][\w&.'’\-]*(?:\s+(?:of\s+|de\s+|for\s+)?[A-Z][\w&.'’\-]*){{0,5}})",
                  text)
    if m:
        return m.group(1).strip(" .")
    # ("PhD at X University → Y Labs": an arrow leads to where the student went next)
    m = re.search(r"\b(?:from|at|@)\s+(?:the\s+)?([^,;()→⇒]+?)(?=\s*(?:[,;()→⇒]|->|$))", text)
    if m and ORG_RX.search(m.group(1)):
        return m.group(1).strip(" .")
    for part in re.split(r"\s*[,;()（）|]\s*|\s+[-–—]\s+", text):
        p = re.sub(r"^(?:(?:co-?)?(?:advised|supervised|mentored)\s+(?:with|by)\s+|jointly\s+with\s+|with\s+|"
                   r"now\s+(?:at|with)\s+|from\s+|at\s+)", "", part.strip(), flags=re.I)
        if p and INSTITUTION_STRONG.search(p) and not JOB_WORDS.fullmatch(p):
            return p.strip(" .")
    t = text.strip(" .()（）")
    if re.fullmatch(r"[A-Z]{3,8}", t) and not DEGREE_WORD.fullmatch(t):
        return t  # "Yangyuxuan Kang (ISCAS)": an institution's acronym
    return None


_SERVICE_ROLE = lazy_compile(
    r"^(?P<role>(?:senior\s+|associate\s+|guest\s+|lead\s+|general\s+|program\s+|publicity\s+|local\s+|"
    r"workshop\s+|tutorial\s+|session\s+|technical\s+|area\s+|track\s+|co-?|web\s+|finance\s+|industry\s+)*"
    r"(?:area\s+chair|chair(?:man)?|co-chair|editor(?:-in-chief)?(?!ial)|associate editor|reviewer|referee|"
    r"program committee(?:\s+member)?|t?pc member|spc member|spc|t?pc|committee member|organi[sz]er|"
    r"meta-reviewer|senior program committee(?:\s+member)?|board member|editorial board(?:\s+member)?|member)s?)"
    r"(?:\s*\([^)]*\))?",
    re.I,
)


_SERVICE_LEAD = lazy_compile(
    r"^(?P<role>(?:[A-Z][\w\-]*\s+){1,2}(?:area\s+chairs?|reviewers?|referees?|chairs?|co-chairs?|organi[sz]ers?|"
    r"editors?|committee\s+members?|(?:program|technical)\s+committee(?:\s+members?)?|pc\s+members?|"
    r"committees?))\b(?!\s+of\b)",
    re.I)
"""A role with a qualifier in front (``Outstanding Reviewer``, ``Lead Organizer``), or a committee named by its
qualifier (``Artifact Evaluation Committee``, ``Steering Committee``: a seat on it)."""


_SERVICE_WORD = re.compile(r"review|chair|committee|editor|organi[sz]|board|referee|\bpc\b|\bspc\b|judge|"
                           r"program|member|panel", re.I)


_LABEL_FILLER = frozenset("for of at in on to the following various several many selected top international leading "
                          "peer journal journals conference conferences workshop workshops venues and or".split())
"""The words a service label may hold besides its role ("Reviewer for the following journals:"): no venue's."""
_VENUE_KINDS = re.compile(r"(?i)\b(?:journals|conferences|workshops|venues|symposia)\b")
"""A kind of venue named in the plural ("Reviewer for IEEE journals:", "Reviewer for Machine Learning Conferences:"):
a label over the venues of that kind, whatever else it says of them, never one venue's name before its own colon."""


def _label_head(head: str) -> bool:
    """Whether the text before a service row's first colon is the row's label ("Reviewer:", "Peer reviewer:", "Journal
    reviewing:", "Member, Editorial Board:", "Reviewer for journals (2019-):"), not a role and the venue's name up to a
    colon of its own ("Reviewer, Journal of Physics: Condensed Matter": the colon is the journal's). A head opening
    with a role is a label when what follows the role names no venue: nothing, years, words of a label, or another
    role's word ("Member, Editorial Board")."""
    m = _SERVICE_ROLE.match(head) or _SERVICE_LEAD.match(head)
    if m is None:
        return _SERVICE_WORD.search(head) is not None
    after = head[m.end():]
    return _SERVICE_WORD.search(after) is not None or _VENUE_KINDS.search(after) is not None or all(
        w.lower() in _LABEL_FILLER for w in re.findall(r"[^\W\d_]+", after))


_VENUE_ACRONYM_YEAR = re.compile(rf"(?!(?i:{MONTH_NAMES}|{SEASONS})\b)[A-Z]{{3,9}}\.?,?\s*(?:19|20)\d\d")
"""A date prefix (:data:`~.person.DATE_PREFIX`, which reads a month or a season in capitals, "FEB 2024", "FALL
2019") that is a venue's acronym and its year ("ICML 2020"): what a service row opens with, no date."""
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
"""One plain capitalised word ("Man", "Stochastics"), no acronym ("ICML", "NeurIPS"): a word of a venue's name, no
venue of a list by itself beside others of its kind."""
_NAME_GOES_ON = re.compile(r"\s(?:on|of|for|in)\s+[A-Z][a-z]+$")
"""A venue's name ending "on/of/for/in <Word>" ("IEEE Transactions on Systems"), which its next pieces may go on."""


def _venue_names(pieces: list[str]) -> list[str]:
    """A service row's pieces between commas, with a venue's name whose own commas cut it joined again: a name ending
    "on/of/for/in <Word>", then plain words (:data:`_PLAIN_WORD`), the last after "and" or "&" ("IEEE Transactions on
    Systems", "Man", "and Cybernetics: Systems" -> "IEEE Transactions on Systems, Man, and Cybernetics: Systems"; "...
    on Systems", "Man and Cybernetics" as well)."""
    out: list[str] = []
    k = 0
    while k < len(pieces):
        out.append(pieces[k])
        if _NAME_GOES_ON.search(pieces[k]):
            j = k + 1
            while j < len(pieces) and j <= k + 2 and _PLAIN_WORD.fullmatch(pieces[j]):
                j += 1  # ("Man": a word of the name, a comma after it; two at the most, "Money, Credit and Banking")
            last = re.match(r"(?:(?:and|&)\s+|(?:[A-Z][a-z]+\s+)?(?:and|&)\s+)([A-Z][a-z]+)(?::\s+[A-Z][\w ]*)?$",
                            pieces[j]) if j < len(pieces) else None
            if last and (j > k + 1 or not pieces[j].startswith(("and", "&"))) \
                    and not ONE_WORD_JOURNALS.intersection(re.findall(r"\w+", " ".join(pieces[k + 1:j + 1]))):
                # (not a list of journals after one named "of X": "Journal of Ecology, Oikos, and Ecography",
                # "Canadian Journal of Zoology, Ecology and Evolution")
                out[-1] = ", ".join(pieces[k:j + 1])
                k = j
        k += 1
    return out


def _service_parts(text: str, default_role: str | None) -> tuple[str | None, list[str]]:
    t = norm(text)
    role = None
    rest = t
    colon = re.search(r"[:：]", t)
    head, tail = (t[:colon.start()], t[colon.end():]) if colon else (t, "")
    if colon and _label_head(head.strip()):
        role, rest = head.strip(), tail.strip()
    elif not colon or _SERVICE_ROLE.match(head.strip()) or _SERVICE_LEAD.match(head.strip()):
        # (no label's colon: a role, then where, whose name may hold a colon of its own: "Reviewer, Journal of
        # Physics: Condensed Matter", "Associate Editor, Transportation Research Part C: Emerging Technologies")
        m = _SERVICE_ROLE.match(t) or _SERVICE_LEAD.match(t)
        if m:
            role = m.group("role").strip()
            rest = t[m.end():]
            rest = re.sub(r"^\s*(?:,|-|–|—|for|of|at|in|on|with)\s+(?:the\s+)?", "", rest, flags=re.I)
            rest = re.sub(r"^\s*,\s*", "", rest)
    if role is None:
        if default_role:
            role = default_role.strip()
        else:
            return None, []
    venues = []
    pieces = []
    for v in _venue_names(re.split(r"\s*(?:,|;|/)\s*(?![^()]*\))", rest)):
        halves = re.split(r"\s+(?:and|&)\s+", v)
        words = [re.sub(r"^(?:and|&)\s+", "", h).strip(" .") for h in halves]
        if len(halves) > 1 and all(len(h.split()) <= 2 for h in halves) \
                and (not all(_PLAIN_WORD.fullmatch(w) for w in words) or ONE_WORD_JOURNALS.issuperset(words)):
            pieces.extend(halves)  # ("ICML and NeurIPS", "Nature and Science": two venues)
        else:
            pieces.append(v)  # ("Finance & Stochastics", "Batteries & Supercaps": plain words an "and" joins, one name)
    for v in pieces:
        v = re.sub(r"^(?:and|&)\s+", "", v)  # "ICML, ICLR, and JMLR": the Oxford comma's "and"
        v = re.sub(rf"\(\s*(?:since\s+)?(?:(?:19|20)\d\d[\s,\-–—]*)+(?:{NOW_WORDS})?\s*\)", " ", v, flags=re.I)
        v = YEAR.sub(" ", v)
        v = re.sub(r"['’]\d\d\b", " ", v)
        v = norm(v).replace(" :", ":").strip(" .,-–:")  # (a venue's colon, its years gone: "Reviewer for NeurIPS:
        # 2021, 2022", "Member, AISTATS 2024: Main Track")
        if v.count("(") != v.count(")") or re.fullmatch(r"\(\s*\)", v):
            v = v.strip(" ()")  # "(2019)" gone, or the venue's acronym in brackets cut by the year after it
            # ("... Data Mining (KDD), 2024"): its bracket is closed again below
        v = v + ")" if v.count("(") == v.count(")") + 1 and not v.endswith(")") else v
        if v and not re.fullmatch(r"[\d\s\-–,]*", v) and not re.fullmatch(rf"(?:{NOW_WORDS}|since|etc\.?)", v, re.I):
            venues.append(v)
    return role, venues


PROSE_INTERESTS = lazy_compile(
    r"(?:research interests?\s+(?:includes?|involves?|are|lies?|is|focus(?:es)?|spans?|covers?|"
    r"centers?)(?:\s+(?:in|on|around))?|\bmy (?:current )?research (?:focuses|centers|centres|"
    r"is focused|concentrates) on|\bI(?:'m| am) (?:broadly |mainly |particularly |primarily )?"
    r"interested in|\bI(?:'m| am) (?:currently )?working on|(?<=\w)\s+working\s+on|\bI (?:mainly |primarily |mostly )?work on|\bmy (?:current )?research (?:lies|is) (?:in|at))\s*:?\s*"
    r"(?P<list>[^.]+)", re.I)


def topics_only(text: str) -> str:
    """The topics of "I work on X and Y with Kenji Park at Z": without the people and places after them."""
    return re.split(r"\s+(?:with|under|at|advised by|supervised by|together with)\s+(?=[A-Z])", text, maxsplit=1)[0]


def interest_list(text: str) -> list[str]:
    text = re.sub(r"\b(etc\.?|and so on|among others)\s*$", "", text.strip().rstrip("."), flags=re.I)
    out = []
    for p in re.split(r"\s*(?:,|;|\band\b|、|，|\|)\s*", text):
        p = p.strip(" .:-–")
        p = re.sub(r"^(?:including|such as|e\.g\.|especially|in particular|particularly|notably)\s+", "", p, flags=re.I)
        if p and len(p.split()) <= 8:
            out.append(p)
    return out


DURATION_ASIDE = r"(?:\s*\(\d{1,2}\s*(?:months?|weeks?|years?|yrs?)\))?"
"""How long a dated position lasted, written after its date ("2022 (6 months): Research Assistant")."""
_LEAD_RANGE = lazy_compile(
    r"^\s*[\[(]?\s*(?:(?:19|20)\d\d(?:[./]\d\d?\.?)?|(?<!\d)\d\d?/(?:19|20)\d\d"
    r"|[A-Z][a-z]{2,8}\.?(?:\s+|\s*['’]\s*)(?:19|20)\d\d)" + DURATION_ASIDE
    + r"\s*(?:(?:-{1,2}|[–—~]|to)\s*"
    r"(?:(?:19|20)\d\d(?:[./]\d\d?\.?)?|\d\d?/(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?(?:\s+|\s*['’]\s*)(?:19|20)\d\d"
    r"|(?:presente?|now|current|today)\b)?|\+|(?=:))"
    r"\s*[\])]?\s*[:,|.\-–—]?\s*",
    re.I)
"""The dates that open a career line: "2019 - 2021", "Jun 2023 - now", "2023.06 - now" (AcadHomepage writes
year.month), "02/2023 - 09/2024" (month/year), "[2018+]" (since 2018), "October 2023 -- Now :" (a double hyphen), "Summer 2021:" (one date, its
colon), "Aug'2023 - Sep'2024:" (an apostrophe between month and year)."""


_MID_DATES = lazy_compile(rf"\s*[.,;|]\s+{MONTH_YEAR}\s*(?:[-–—~]|to)\s*"
                        rf"(?:{MONTH_YEAR}|[Pp]resent|[Nn]ow|[Cc]urrent|[Tt]oday)\s*[.,;|]\s+")
"""A date range between two stops inside an experience line ("Fellow. June 2014 - May 2019. Lakeside University")."""


_RANGE_INSIDE = lazy_compile(r"\s*[,(]?\s*" + MONTH_YEAR + r"\s*(?:[-–—~]|to)\s*(?:" + MONTH_YEAR
                           + r"|[Pp]resent|[Nn]ow|[Cc]urrent|[Tt]oday)(?:\s*\((?:expected|anticipated|est\.?)\))?\s*\)?"
                           r"(?:\s*[,.;|]\s*|\s+|$)")
"""A date range inside an experience line with no stops around it, as a page's spans set it between the place
and the role ("HKUST (Guangzhou) Dec 2025 – Jun 2026 (expected) Exchange Student"): no part of either."""


_STUDYING_NOW = lazy_compile(r"(?i)\b((?:ph\.?\s?d\.?|doctoral|master['’]?s?|m\.?sc?\.?|graduate|undergraduate)\s+"
                           r"(?:student|candidate))\b")
"""A degree under way named as the owner's standing: "PhD Student", "Master's candidate", "graduate student"."""
OPEN_RANGE = lazy_compile(rf"(?i)[-–—~]\s*\*?\s*(?:{NOW_WORDS})\b")
"""A date range left open: "2025.08 - Current", "2021 – present"."""


_CJK_JOB_TERMS = sorted(JOB_TERMS_CJK, key=lambda t: (-len(t), t))
"""Positions in Chinese and Japanese, longest first ("副教授" before "教授")."""


_NO_POSITION_LABEL = lazy_compile(r"\W*(?:(?:main|current|research|primary)\s+)?(?:interests?|topics?|keywords?|"
                                r"skills?|focus|areas?(?:\s+of\s+\w+)?|tools|courses)\s*[:：]", re.I)
"""The label of a line that says what a position or a degree was about ("Research Interests: X, Y")."""


_SINCE_LEAD = lazy_compile(r"(?i)^\W*(?:since|seit|desde|depuis|dal|dall['’]|sinds|od)\s*(?:[^\W\d_]{3,9}\.?\s+)?"
                         r"(?:19|20)\d\d(?![\d.\-–—~/]*\d)"
                         # "Research Fellow, X University — Since 2025": the same closing the line's post, after a dash
                         r"|\s[-–—|]\s*[*_]*(?:since|seit|desde|depuis)\s+(?:[^\W\d_]{3,9}\.?\s+)?(?:19|20)\d\d(?![\d.\-–—~/]*\d)")
"""A career line opening with the year a post began, and no end ("Since 2025 —", "Seit März 2019:"), or closing its
post with it ("Fellow, X University — Since 2025")."""


def _experience_from(text: str) -> Affiliation | None:
    t = norm(cjk_dates(text))  # "平成 25年 04月 - 令和 03年 03月" as "2013.04 - 2021.03"
    t = OPEN_RANGE_OTHER.sub(r"\1present", t)  # "10/2022 - heute Postdoc": held from then on, "heute" no part of the role
    t = expand_year_ranges(t)  # "2012--14: Post-Doctoral Fellow": held 2012 to 2014, "14" no part of the role
    years = [int(y) for y in YEAR.findall(t)]
    current = bool(re.search(rf"\b(?:{NOW_WORDS})\b|(?<=\d)\+", t, re.I)
                   # "Since 2025 — Associate Professor" ("Seit", "Desde", "Depuis"): a post held from then on
                   or _SINCE_LEAD.search(t)
                   # "2023/10- 富山大学 准教授", "2021.04～ X大学": a range left open, its dash (or wave) against the date
                   # ("2020.10.~ Professor": the month closed by a stop, as Korean pages write it)
                   or re.match(r"^\s*(?:19|20)\d\d(?:[./]\d\d?\.?)?\s*(?:--|[-–~〜～])\s*(?![\d\s-])", t))
    body = _LEAD_RANGE.sub("", t)
    if (since := _SINCE_LEAD.match(body)) and not re.match(r"\s[-–—|]", body):
        # "Since 2019 Professor, X", "seit 2019 W2-Professorin, Universität Y" (no colon after the year): the
        # opening that dates the post is no part of its role
        body = re.sub(r"^\s*[:：,|\-–—]?\s*", "", body[since.end():]) or body
    body = re.sub(r"^[^\w(\[\"“'‘]+(?=\w)", "", body)  # "🏛️ Tarn Institute — Researcher": the symbol before the place
    if ADVISOR_LABEL.match(body) or _NO_POSITION_LABEL.match(body):
        # "Supervisor: Prof. A (Dean, School of X)", "Research Interests: Explainable AI" under a position or a
        # degree: what it was about or under whom, no position of its own (a "Dean" in the remark is A's)
        return None
    # "**Postdoctoral fellow.** November 2019 - current. *Harbor Institute*": the dates between the role and the
    # place, set off by stops, are no part of either
    body = _MID_DATES.sub(", ", body)
    # ("Saltmarsh Institute — 2023–2025": the dash that set the dates off goes with them)
    body = _RANGE_INSIDE.sub(", ", body).strip(" ,|–—")  # ("Hill University | January 2022 – Present")
    # "**Research Assistant**, Harbor Lab, Univ. of X. Built surrogate models for ...": a sentence about the work
    # follows the place; it is no part of the organisation's name
    for cut in re.finditer(r"(?<=[a-z)])\.\s+(?=[A-Z]\S*(?:\s+\S+){3,})", body):
        if re.search(r"\b(?:Dept|Univ|Inst|Corp|Assoc|Natl|Lab|Ltd|Inc|Co|Ave|" + PLACE_ABBREVIATION + r")$", body[: cut.start()]):
            continue  # an abbreviation inside the name
        if ORG_RX.search(body[: cut.start()]):
            body = body[: cut.start()]
        break
    # (in a career line in Chinese or Japanese, a year with its month, "2019.11-至今" as cjk_dates gives it, as a year
    # alone; elsewhere "Northbay Aquarium, 2021.01 – 2021.12" keeps its span, which sets the place apart as one)
    month = r"(?:[./]\d\d?)?" if has_cjk(body) else ""
    body = re.sub(rf"[\s,(]*(?:(?:19|20)\d\d{month}\s*(?:[-–—~]|to)\s*(?:(?:19|20)\d\d{month}|{NOW_WORDS})"
                  r"|(?:19|20)\d\d)\)?\s*$", "", body, flags=re.I)
    if not body:
        return None
    role = None
    # "Postdoc in X at Y University with Jo Bell": the host who closes the line is no part of the place
    body = re.sub(rf"\s+with\s+(?:{HONORIFIC_WORDS}\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{1,3}}\s*$", "", body)
    org = body
    parts = [p.strip() for p in re.split(r",\s+(?:at\s+)?|\s+at\s+|\s+@\s+|\s+[-–—|]\s+|(?<=[A-Za-z.)])\s+·\s+", body) if p.strip()]
    if len(parts) == 1 and has_cjk(body):
        body = org = body.lstrip(" :：")  # ("2006.11 - 至今：X大学 教授": the range's colon)
        glued = None if JOB_WORDS.search(body.split()[-1]) else next(
            (t for t in _CJK_JOB_TERMS if body.endswith(t) and len(body) > len(t)), None)
        if glued and ORG_RX.search(body[: -len(glued)]):
            body = org = f"{body[: -len(glued)].rstrip()} {glued}"  # "X大学资源与环境学院教授": the position ends the place
    if len(parts) == 1 and has_cjk(body) and JOB_WORDS.search(body):
        # "拓殖大学 工学部 准教授": a career line in Japanese or Chinese sets the place, its unit and the position
        # apart by spaces
        words = body.split()
        jobs = [w for w in words if JOB_WORDS.search(w)]
        if jobs and ORG_RX.search(body):
            org = " ".join(w for w in words if w not in jobs).strip(" ·・|/,，、")
            parts, role = [], jobs[-1]
    if len(parts) >= 2:
        jobs = [p for p in parts if JOB_WORDS.search(p)]
        # ("experiments at an ion accelerator facility", "making manuals and research notes": no place's name)
        orgs = [o for p in parts if ORG_RX.search(p) and p not in jobs and (o := org_named(p))]
        if jobs:
            role = jobs[0]
        if orgs:
            org = ", ".join(orgs) if len(orgs) <= 2 else orgs[-1]
        elif jobs:
            rest = [p for p in parts if p not in jobs]
            org = rest[0] if rest else body
    elif not ORG_RX.search(body):
        return None
    if len(parts) >= 2 and re.match(r"(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\s+[A-Z]", org):
        # "Aug 2024 PACE HackWeek (Baltimore) - Organizer and project lead": one date, no span, glued to the name
        # of the place: an event the owner took part in (a month of it), no position held
        return None
    if role and role.count("(") > role.count(")"):
        role = role[:role.rfind("(")].strip(" ,")  # "Data Intern (Maps Team | 2021 – 2022)": the dates cut the remark
    if len(org.split()) > 14:
        # "**Visual navigation**: Deployed a SLAM algorithm on an Nvidia board to ...": a sentence about the work
        # done, no organisation's name
        return None
    try:
        return Affiliation(name=org, role=role, current=current, start_year=years[0] if years else None,
                           end_year=years[1] if len(years) > 1 else None)
    except ValueError:
        return None



def _parent_item_text(el) -> str:
    """The own text of the list item a nested item sits in (without its sub-lists), or ""."""
    parent = el.getparent() if el is not None else None
    item = parent.getparent() if parent is not None and parent.tag in ("ul", "ol") else None
    return _own_item_text(item)


def _lead_line_text(el) -> str:
    """The text of the paragraph a top-level list hangs under ("<p><b>Ph.D. Candidate, X University</b></p><ul>
    <li>2019-present</li><li>Supervisor: A</li></ul>", as jemdoc writes a CV's entry and its details), or "" for
    an item of a nested list or of a list with no paragraph right before it."""
    parent = el.getparent() if el is not None else None
    if parent is None or parent.tag not in ("ul", "ol") or _parent_item_text(el):
        return ""
    prev = parent.getprevious()
    return norm(" ".join(itertext(prev))) if prev is not None and prev.tag == "p" else ""


def _own_item_text(item) -> str:
    """The text of a list item without its sub-lists, or "" when ``item`` is no list item."""
    if item is None or item.tag != "li":
        return ""
    parts = [item.text or ""]
    for child in item:
        if isinstance(child.tag, str) and child.tag not in ("ul", "ol"):  # not a comment
            parts.append("".join(itertext(child)))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())



_NO_NEWS = re.compile(r"(?i)[\W_]+$|(?:copyright\b|©|\(c\)\s|all\s+rights\s+reserved|last\s+(?:updated|modified|changed?)\b)")
"""No news item: a divider drawn between items ("*****"), the page's copyright or last-updated line."""
_MORE_NEWS = lazy_compile(r"(?i)[+»>\s]*(?:(?:see|show|view)\s+(?:all|older|more|previous|past|earlier)"
                        r"(?:\s+(?:news|updates|posts|announcements))?|(?:all|older|more|previous|past|earlier)\s+"
                        r"(?:news|updates|posts|announcements)|(?:the\s+)?(?:full|complete|whole)\s+(?:list|archive)\s+of\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:news|updates|posts|announcements)(?:\s+items)?(?:\s+(?:is\s+)?here)?"
                        r"(?:\s*:\s*\w+(?:\s+\w+)?)?|see\s+(?:the\s+)?(?:[\w()-]+\s+){0,3}?(?:news|updates)\b[^.!?]{0,60}?"
                        r"\b(?:archives?|news)(?:\s*\([^()]*\))?|"
                        # Chinese: "查看全部>>" (see all), "更多新闻" (more news)
                        r"查看(?:全部|更多)(?:新闻|动态|消息)?|更多(?:新闻|动态|消息)?)\s*(?:\.\.\.|…|»|>>|\+|\.|→|⟶|->)?\s*")
"""A link to the rest of the news ("Older news »", "Full list of news items here: News.", "See News (2025) and the
News Archive"), or the button that unfolds it ("Show more")."""
_LEAD_YEARS = lazy_compile(rf"^\s*{_BRACKETED_YEARS}\s*[:：\-–—]?\s*", re.I)
"""A year (or span of years) in brackets that an item of a list starts with ("[2023] Ida Lund ...")."""
DATED_ROLE_NAME = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*:\s*(?P<role>[^—–]{3,80}?)\s+[—–]\s+"
                              r"(?P<name>[^\W\d][^—–,;:()\d]{2,60})$")
"""A year, a role, then the student's name after a dash ("2019: Master student — Ida Lund")."""
ROLE_YEAR_NAME = re.compile(r"^\s*(?P<role>[^\W\d][^\d·•|:]{2,40}?)\s*[·•|:]\s*(?P<year>(?:19|20)\d\d)"
                            r"(?P<name>[^\W\d][^—–,;:()\d·•|]{2,60})$")
"""A role, its year, then the student's name run into it ("PhD thesis · 2024Ida Lund": a card's label and the name
in two spans, no space between); not a line that writes a year, a space and words ("PhD · 2021 Google Brain",
"Master thesis: 2020 Coral Reef Mapping": where they went, what the thesis was)."""
_EMPTY_STATE = lazy_compile(r"(?i)(?:there\s+(?:is|are)\s+)?no\s+(?:[\w-]+\s+){0,3}(?:yet|at\s+(?:the|this)\s+(?:moment|time)|"
                          r"(?:scheduled|available|posted)(?:\s+yet)?|for\s+now|(?:match(?:es)?|found)\b[^.!?]{0,60}?)\s*[.!]?")
"""What a template shows when its list is empty ("No news items yet.", "No news entries match this category yet."),
left in the page beside the list."""

_NEWS_CALL = re.compile(r"(?i)\s*(?:please\s+)?(?:stay\s+(?:tuned|up[\s-]+to[\s-]+date)|check\s+back\s+(?:soon|later|regularly)"
                        r"|coming\s+soon"
                        # (the same in French, German, Spanish, Portuguese and Chinese: "Restez à l'écoute", "Bleiben
                        # Sie dran", "Próximamente", "Em breve", "敬请期待")
                        r"|restez\s+(?:à\s+l['’]écoute|connecté)|bleiben\s+sie\s+(?:dran|auf\s+dem\s+laufenden)"
                        r"|pr[oó]ximamente|em\s+breve)\b|\s*敬[请請]期待")
"""A call to come back for news, with no news in it ("Stay tuned for updates on our latest research ...", "Stay up to
date with the latest news from the lab:", "Check back soon"): a template's words where the news will go."""

_TERM = lazy_compile(
    rf"(?i)(?<![\w.])(?:(?:{SEASONS}|michaelmas|lent|hilary|trinity)(?:\s+(?:term|semester|"
    rf"quarter))?\s*(?:of\s+)?(?:(?:19|20)\d\d|['’]\d\d)(?!\d)|(?:19|20)\d\d\s*[./\-]?\s*(?:{SEASONS})|"
    r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)?\d\d|(?:presente?|now)\b))?(?![\d.\-–/]))")
"""When a course was taught, as pages write it: "Fall 2023", "Spring '21", "2025.Fall" (AcadHomepage writes
year.term), "2019-2020", "2021"."""
_TEACH_ROLE = lazy_compile(
    r"(?i)^(?P<role>(?:head\s+|graduate\s+|guest\s+|co-?|lead\s+|course\s+|lab\s+)?(?:instructor|lecturer|teaching\s+"
    r"(?:assistant|fellow)|TA|tutor|grader|course\s+(?:coordinator|director|assistant)|(?:co-)?teacher)s?"
    r"(?:\s+of\s+record)?)"  # ("Instructor of record": the one who teaches the course, not its assistant)
    r"(?:\s*\([^)]*\))?(?:\s+(?:for|of|in|on|at)\b|\s*(?:[,:;|\-–—]|$))")
"""The owner's part in a course ("Teaching Assistant for ...", "Instructor, ...", "TA: ...")."""


def _service_line(text: str) -> tuple[str, list[str], int | None] | None:
    """A list item that is one dated service role at a venue ("2019-present, Associate Editor, Journal of X"): its
    date, then a service role (:data:`_SERVICE_ROLE`, not a bare "Member"), then where; (role, venues, first year)."""
    t = norm(text).strip(" .;")
    lead = _LEAD_RANGE.match(t)
    rest = t[lead.end():].strip(" ,;:") if lead else ""
    m = _SERVICE_ROLE.match(rest)
    if not m or re.fullmatch(r"(?i)members?", m.group("role")):
        return None
    role, venues = _service_parts(rest, None)
    return (role, venues, _service_year(t)) if role and venues else None


_CHAIR_POST = lazy_compile(r"(?i)\b(?:department(?:al)?|dept\.?|research|endowed|named|university|faculty|school|"
                           r"division)\s+chair|\bchair\s+in\b")
"""A chair that is a post an institution gives ("Department Chair", "Canada Research Chair", "Chair in Ocean
Engineering"), no service to a venue."""
_DEPARTMENT = lazy_compile(r"(?i)\b(?:department|dept\.?)(?!\w)")


def _role_first_service(text: str) -> tuple[str, list[str], int | None] | None:
    """A line among the owner's positions that is a service role first, then where it was held and when
    ("Associate Editor - IEEE ICRA, 2022-Present", "Organizing Committee - RSS Pioneers, 2021-2022"), or dated
    first (:func:`_service_line`): (role, venues, first year); None for a post at an institution or a department
    ("Chair, Department of Physics, ...", "Chair - Biology Department"), a chair that is a post ("Department Chair -
    Physics", :data:`_CHAIR_POST`) or a bare "Member"."""
    t = norm(text).strip(" .;")
    m = _SERVICE_ROLE.match(t) or _SERVICE_LEAD.match(t)
    if m and not re.fullmatch(r"(?i)members?", m.group("role")) and re.match(r"\s*(?:,|[-–—]\s)", t[m.end():]):
        role, venues = _service_parts(t, None)
        got = (role, venues, _service_year(t, len(venues) == 1)) if role and venues else None
    else:
        got = _service_line(t)
    if got is None or _CHAIR_POST.search(got[0]) \
            or any(INSTITUTION_STRONG.search(v) or DEPT_START.match(v) or _DEPARTMENT.search(v) for v in got[1]):
        return None
    return got


def _dated_lead(text: str) -> int | None:
    """Where the dates an item opens with end: a range or date written in numbers (:data:`_LEAD_RANGE`), after
    "since" or "from" ("since 07/2025: ...", "2021 - 2023: ..."); None when it opens with none.

    >>> t = "since 07/2025: Associate Editor"; t[_dated_lead(t):]
    'Associate Editor'
    """
    since = re.match(r"(?i)\s*(?:since|from)\s+", text)
    start = since.end() if since else 0
    if not re.match(r"\s*[\[(]?\s*\d", text[start:]):
        return None  # (a range opens with a number here: "NeurIPS 2021–2026" is a venue and its years)
    lead = _LEAD_RANGE.match(text[start:])
    return start + lead.end() if lead and lead.end() else None


def _service_year(text: str, one_venue: bool = False) -> int | None:
    """The year a service item is dated by: the first year of the date or range it opens with ("2019-present,
    Associate Editor, Journal of X", "2017-2020: Reviewer, ICML"), else the one year it names ("Reviewer, ICML
    2021"), or, the item naming ``one_venue``, the first of its years ("ICML: 2021-2024", "NeurIPS: 2022, 2023",
    when the service began, as a range it opens with gives); None when it names several venues and years and opens
    with none.

    >>> _service_year("2019-present, Associate Editor"), _service_year("Reviewer, ICML 2021, NeurIPS 2022")
    (2019, None)
    >>> _service_year("ICML: 2021-2024", one_venue=True), _service_year("NeurIPS: 2023, 2022", one_venue=True)
    (2021, 2022)
    """
    lead = _LEAD_RANGE.match(text)
    if lead:
        return find_year(lead.group(0), last=False)
    years = {int(y) for y in YEAR.findall(text)}
    return years.pop() if len(years) == 1 else min(years) if years and one_venue else None


def _teaching_from(text: str, institution: str | None = None, named: bool = False) -> Teaching | None:
    """One course line of a Teaching section: the course, when it was taught, the owner's role and the
    institution where the line says ("*2025.Fall*, Computer Hardware Fundamentals", "Teaching Assistant for
    Data Mining (CS 412), Lakeside University, Spring 2021"). A sentence about teaching is none. ``named``: the
    line is an item of a list of course names alone ("MECH 4820 Flight mechanics", "Control theory"), a course
    with no term, role or place."""
    t = norm(text).strip(" .;")
    lead = _TERM.match(t)
    said = sentences(t[lead.end():].strip(" :,;-–—")) if lead else []
    if len(said) > 1:
        # a dated item that says more of the course than its name ("2019 Two-day workshop on R topics. University
        # of Tarn. Slides ..."): the course is the first sentence after the date, the rest what the page says of it
        course = _teaching_from(f"{lead.group(0)} {said[0]}", institution, named)
        if course is None:
            return None
        where = course.institution or next((p.strip() for s in said[1:] for p in s.split(",")
                                            if INSTITUTION_STRONG.search(p) and len(p.split()) <= 8), None)
        return course.model_copy(update={"description": " ".join(said[1:]), "institution": where})
    # (one sentence after a date is one to sentences(): "for the David H. Smith Fellows" is no two)
    if not t or len(t.split()) > 25 or not lead and re.search(r"[.!?]\s+[A-Z]", t) or _NO_NEWS.match(t) or t.endswith((":", "：")) \
            or re.match(r"(?i)(?:I|we|my|our)\b", t):
        # (or the page's footer under the last section: "Last change: 2023-08-30"; a sentence that introduces
        # the list below it: "I was a TA for these classes:")
        return None
    given = institution
    if not named and not lead and len(t.split()) <= 12 and _CODED_COURSE.match(t):
        named = True  # "ECO 2301 Principles of Economics": its code says it is a course
    terms = [m.group(0).strip() for m in _TERM.finditer(t)]
    rest = _TERM.sub(" ", t)
    rest = re.sub(r"[(\[]\s*[,;/&\s]*(?:and\s*)?[)\]]", " ", rest)  # the brackets a term stood in
    role = None
    m = re.search(r"\(([^()]+)\)", rest)
    if institution is None and m and INSTITUTION_STRONG.search(m.group(1)):
        # "**Data Mining** (Lakeside University): Fall 2016": where, in brackets after the course
        institution, rest = m.group(1).strip(), rest[: m.start()] + rest[m.end():]
    pieces = [p.strip(" .,;:|-–—*") for p in re.split(r"\s*(?:,|;|\||\s[-–—]\s)\s*(?![^()]*\))", rest)]
    pieces = [p for p in pieces if p and re.search(r"[^\W\d_]", p)]
    course = None
    for p in pieces:
        m = _TEACH_ROLE.match(p)
        if m and role is None:
            role = m.group("role")
            p = p[m.end():].strip(" .,;:|-–—")
            if not p:
                continue
        if institution is None and course is not None and INSTITUTION_STRONG.search(p):
            institution = p
        elif course is None:
            course = p
    if named and not (terms or role or institution != given):
        course = t  # "Flight performance, stability and control": a name alone, its commas its own
    if not course or not (terms or role or institution != given or named and course == t):
        return None  # a line with no term, role or place is no course line kg can tell, but in a list of names
    try:
        return Teaching(course=course, term=", ".join(terms) or None, role=role, institution=institution)
    except ValueError:
        return None


_TAUGHT_SENTENCE = re.compile(
    r"(?i)^I(?:['’]ve|\s+have)?\s+(?:also\s+)?(?:taught|teach|have\s+been\s+teaching)\s+(?P<what>[^.:;]*?)"
    r"(?:,?\s+(?:including|such\s+as|among\s+them)\s+(?P<list>.+?))?\.?$")
"""A sentence of a Teaching section that lists the courses taught: "I have taught a variety of topics, including Java
programming, Compilers and Introduction to Logic." (the list after "including"), "I teach Databases and Compilers."."""


_NOT_COURSE_ITEM = re.compile(r"(?i)\b(?:I|we|me|my|our|you|your|it|they|them|their|students?|pupils|people|years?)\b")


def taught_courses(text: str) -> list[Teaching]:
    """The courses one sentence of a Teaching section names (:data:`_TAUGHT_SENTENCE`), each item of its list with
    what the page says of it in brackets left out; none when the sentence is more than that list.

    >>> [t.course for t in taught_courses("I have taught several topics, including Java programming, compilers "
    ...                                   "(a second-year module), and Introduction to Logic.")]
    ['Java programming', 'compilers', 'Introduction to Logic']
    >>> taught_courses("I teach at Inland University."), taught_courses("I have taught many students, and I like it.")
    ([], [])
    """
    # (what the page says of a course in brackets, quotes and all, is no course: "(see the book "X")")
    bare = norm(re.sub(r"\s*\([^()]*\)", "", norm(text)))
    m = _TAUGHT_SENTENCE.match(bare)
    if m is None or not (m.group("list") or m.group("what")):
        return []
    items = interest_list(m.group("list") or m.group("what"))
    if len(items) < 2 or any(INSTITUTION_STRONG.search(x) or re.match(r"(?i)(?:at|in|for|to|with)\b", x) or
                             _NOT_COURSE_ITEM.search(x) or not re.search(r"[^\W\d_]", x) for x in items):
        # one item, a place ("at Inland University"), people or a clause ("many students, and I enjoy it"): no
        # list of courses
        return []
    return [Teaching(course=x) for x in items]


_NOT_COURSE = lazy_compile(r"(?i)\b(?:statement|philosophy|evaluations?|feedback|office\s+hours?|materials?|resources|"
                         r"notes|slides|syllabus|CV|more|see|click|here)\b")
"""Words of a teaching section's list item that name no course ("Teaching statement", "Student evaluations")."""


_CODE = r"[A-Z][A-Z&]{1,5}[ -]?\d{3,4}[A-Z]?"
_COURSE_CODE = re.compile(rf"^{_CODE}\s*[:：]\s*")
"""A course's code and a colon opening its name ("EEL 2880: ", "CS-101: ", "MS&E 125: ")."""
_CODED_COURSE = re.compile(rf"^(?![A-Z&]+[ -]?(?:19|20)\d\d\b){_CODE}(?:\s*/\s*(?:{_CODE}|\d{{3,4}}[A-Z]?))*\s*"
                           r"[:：\-–—]?\s*\(?[A-Z][\w&'’-]*")
"""A course's code (cross-listed codes after a slash) opening its name, with a colon or none ("ECO 2301 Principles
of Economics", "CS 4723/5723 (Neural Data Science)"): a course line by itself, no term or place needed. Not a
number that is a year ("ICML 2021 Tutorial on ...", "MIT 2018-2020 Visiting Student": an event's or a place's)."""


def _course_names_list(b: Block) -> bool:
    """Whether the block is an item of a list whose items are each a course's name alone: two or more, short, no
    sentence, no link of its own, none naming what is no course (:data:`_NOT_COURSE`)."""
    el = b.el if b.is_list_item else None
    if el is None or tag_of(el) != "li" or el.getparent() is None:
        return False
    items = [li for li in el.getparent() if tag_of(li) == "li"]
    # ("EEL 2880: C Programming for Embedded Systems": the colon after a course's code is no sentence's)
    texts = [_COURSE_CODE.sub("", norm(" ".join(itertext(li))), count=1) for li in items]

    def own_link(li) -> bool:
        # "[MS&E 125: Applied statistics](https://...)": a coded course's name linked whole to the course's page
        links = li.findall(".//a[@href]")
        full = norm(" ".join(itertext(li)))
        return len(links) == 1 and bool(_COURSE_CODE.match(full)) and norm(" ".join(itertext(links[0]))) == full

    return len(items) >= 2 and all(
        t and len(t.split()) <= 8 and not re.search(r"[.!?:;]\s|[.!?:]$", t) and not _NOT_COURSE.search(t)
        and (li.find(".//a[@href]") is None or own_link(li)) and li.find(".//li") is None
        for t, li in zip(texts, items))


_RESEARCH_ONLY = re.compile(r"(?:(?:my|our|current)\s+)?research(?:\s+(?:overview|summary|focus|topics|areas?|"
                            r"directions?|agenda|themes?|program(?:me)?))?")
"""A heading that names the owner's research and nothing more: kg reads it as publications (its word), but on
many pages it heads what the research is about."""


def _dated_position(line: str) -> bool:
    """A CV item's own line that is a date, its colon and a position alone ("Summer 2021: Research Assistant",
    "October 2023 -- Now : Data Analyst"), its place on the line under it (academicpages' CV)."""
    lead = _LEAD_RANGE.match(line) if line else None
    rest = line[lead.end():].strip() if lead else ""
    return bool(lead) and ":" in lead.group(0) and bool(rest) and "," not in rest and len(rest.split()) <= 6 \
        and not INSTITUTION_STRONG.search(rest)


def _cv_card(head: str, under: str) -> str | None:
    """The first two lines of a CV's card read as one item, "head, under": a position's title alone over its place
    and dates ("Lecturer" over "Inland University | Oct 2024 – Mar 2025"), or a degree alone over where and when it
    was earned; None when they are not so written. A title closed by its dates over its place alone ("Data Analyst
    Aug 2024 – Jul 2025" over "Inland Survey | Tarn, NZ", a Quarto CV's card with the dates floated right) is one
    position too: "title, place | dates"."""
    dated = _TITLE_THEN_DATES.fullmatch(head) if not YEAR.search(under) else None
    if dated and _role_alone(dated.group(1)) and _placed(text := f"{dated.group(1)}, {under} | {dated.group(2)}"):
        return text
    if YEAR.search(head) or not YEAR.search(under):
        return None
    text = f"{head}, {under}"
    if _role_alone(head) and _placed(text):
        return text
    if DEGREE_RX.match(head) and not JOB_WORDS.search(head) and not INSTITUTION_STRONG.search(head) \
            and (ed := education_from(text)) is not None and ed.institution:
        return text
    return None


_TITLE_THEN_DATES = lazy_compile(
    rf"\s*(\S.*?)\s+({MONTH_YEAR}(?:\s*[-–—]+\s*(?:[Pp]resent|[Nn]ow|[Cc]urrent|{MONTH_YEAR}))?)\s*")
"""A line that is a title, then its dates ("Data Analyst Aug 2024 – Jul 2025"): the two apart."""


def _role_alone(line: str) -> bool:
    """A CV item's own line that is a position's title alone, no place, no date ("Senior Research Fellow"), its
    place and years on the line under it."""
    line = line.strip() if line else ""
    return bool(line) and "," not in line and len(line.split()) <= 6 and not _LEAD_RANGE.match(line) \
        and not YEAR.search(line) and bool(JOB_WORDS.search(line)) and not INSTITUTION_STRONG.search(line)


def _bold_place_then_role(text: str, ss: list[Seg]) -> str | None:
    """A position written as its place in bold, then its title after it, its years before it or after it ("2019-2023
    **Acme Labs** Post Doctoral Fellow (Oncology)"), rewritten as "Post Doctoral Fellow (Oncology), Acme Labs
    (2019-2023)"; None when the item is not so written."""
    bold = [t for t in (norm(r.text).strip(" ,;:") for sg in ss for r in sg.runs if r.bold) if t]
    if len(bold) != 1 or bold[0] not in text or JOB_WORDS.match(bold[0]):
        return None
    before, _, after = text.partition(bold[0])
    before, after = before.strip(" ,;:|-–—`"), after.strip(" ,;:|-–—")
    years = _LEAD_RANGE.match(before.lower()) if before else None
    if before and not (years and not before[years.end():].strip(" ,;:`")):
        return None
    job = JOB_WORDS.search(after) if after and len(after.split()) <= 12 else None
    if job is None or "," in after[:job.start()] or len(after[:job.start()].split()) > 2:
        return None  # (the title opens the words after the place: "Graduate Research Associate (...)")
    return f"{after}, {bold[0]}" + (f" ({before})" if before else "")


def _placed(text: str) -> bool:
    """The position line joined with the line under it reads as a position at a place (not "Duties included: ...",
    not the owner's own name under "Freelancer")."""
    aff = _experience_from(text)
    under = text.rsplit(", ", 1)[-1]
    return aff is not None and aff.role is not None and not re.match(
        r"(?i)\W*(?:duties|supervisor|advisor|responsibilit|tasks?\b)", under)


def _position_over_place(position: str, place: str) -> bool:
    """A CV item's position line (dated, or a role alone with the years on the line under it) over the line of its
    place: the two read as one position at a place."""
    return bool((_dated_position(position) or _role_alone(position) and YEAR.search(place))
                and _placed(f"{position}, {place}"))




_BOLD_NAME_THEN_PROSE = lazy_compile(r"\s+(?:is|was|has|had|joined|received|graduated|studies|studied|works|worked)\b")
"""What follows a student's name in bold when a sentence about them goes on from it ("**Ana Ruiz** is a ...")."""
_ONE_NAME = lazy_compile(rf"[{NAME_CAPITALS}][a-zß-ÿ]{{2,}}(?:\s*\([^()]{{1,60}}\)|\s+[-–—]\s)")
"""A student known by one name, then the remark or the project that sets it off ("Anjana - Signal estimation",
"Sherine (X project)"): one capitalised word of letters (no acronym, "MS", "CSE"), as India's pages write
many names."""
_DEGREE_FIELD_LINE = re.compile(r"\s*[-–—]\s+([^\W\d][^:;]{3,80})")
"""A line opened by a dash under a degree ("  - Bioinformatics and Synthetic Biology"): its field, when it names
nothing else."""
_GLUED_NAME = lazy_compile(rf"(?P<n>[{NAME_CAPITALS}][a-zß-ÿ]+(?:[{NAME_CAPITALS}][a-zß-ÿ]+){{1,3}})\s*[(（](?P<g>[^()（）]{{2,6}})[)）]")
"""A name written without its spaces, each part capitalised ("HyunMinYang"), then the same name in Hangul or Han
in brackets ("HyunMinYang (양현민)"): the gloss says it is a person's name, one word as it is."""


def _glued_name(chunk: str) -> bool:
    """Whether an item opens with a name written as ``_GLUED_NAME`` says: one capitalised part per character of the
    name in Hangul or Han beside it, a syllable each ("SeoYeonHan (한서연)"; "GitLab (깃랩 계정)" is no name).

    >>> _glued_name("SeoYeonHan (한서연)"), _glued_name("GitLab (깃랩 계정)")
    (True, False)
    """
    m = _GLUED_NAME.match(chunk)
    return bool(m) and cjk_name_like(m.group("g")) \
        and len(NAME_CAPITAL.findall(m.group("n"))) == len(m.group("g").replace(" ", ""))
_UNRENDERED_EMPHASIS = re.compile(r"^_(?=\S)(.+?)(?<=\S)_$")
"""An item wrapped in underscores the site's generator did not turn into italics ("_Ida Lund (sponsored)_")."""
_GLUED_INITIALS = re.compile(r"^((?:[A-Z]\.){1,3})(?=[A-Z][a-z]{2,}$)")
"""A name whose initials are written close to the family name ("V.Sviridov", "J.L.Marzuola")."""


_JOINT_PLACE = lazy_compile(r"\(\s*[A-Z]{2}\s*\)\s+and\s+(?:the\s+)?(?P<p>[A-ZÀ-Þ][\w'’\-]+(?:\s+(?:of\s+|de\s+)?[A-ZÀ-Þ][\w'’\-]+){0,5})"
                          r"\s*\(\s*[A-Z]{2}\s*\)")
"""The second place of a degree taken at two, each with its country's code ("at X (DE) and Montpellier (FR)")."""


_SEE_CV = re.compile(r"(?i)\s*(?:(?:please|for\s+(?:details|more|a\s+(?:full|complete)\s+list)),?\s+)?(?:see|refer\s+to|check)\s+"
                     r"(?:(?:my|the|our)\s+)?(?:(?:full|complete|latest|attached)\s+)?(?:cv|c\.v\.|r[eé]sum[eé]|curriculum"
                     r"\s+vitae)\b|\s*(?:详见|詳見|请见|請見|参见|參見)[^。]{0,8}(?:简历|简歷|簡歷|履历|履歷|cv|CV)"
                     # (the same in French, German, Spanish and Portuguese: "Voir mon CV", "Siehe Lebenslauf", "Véase mi
                     # CV", "Ver meu currículo")
                     r"|\s*(?:voir|consulte[rz]?|siehe|v[eé]ase|ver|consulte|veja)\s+(?:(?:mon|le|meinen|den|mi|el|meu|o)\s+)?"
                     r"(?:cv|c\.v\.|lebenslauf|curr[ií]cul(?:o|um)(?:\s+vitae)?)\b")
"""A line that sends the reader to the owner's CV for the list ("See my CV for details.", "Please refer to my
résumé", "详见个人简历。", "Voir mon CV"): no item of the section it stands in."""

_DUTY_LEAD = re.compile(
    r"(?!(?:Awarded|Selected|Named|Elected|Nominated|Hono(?:u)?red|Granted|Funded|Ranked|Invited|Recogni[sz]ed|"
    r"Featured|(?:Short)?listed|Admitted|Accepted|Appointed|Inducted|Received|Placed|Qualified|Certified|"
    r"Sponsored|Supported)\b)(?:[A-Z][a-z]{2,}ed|Led|Built|Wrote|Ran|Set up)\s+(?=[a-z\d])")
"""A line that opens with what the owner did, in the past tense ("Created and led ...", "Published 19 articles"),
not with a verb of being given an honour ("Awarded ...", "Selected as ...")."""


def _month_alone(text: str) -> int | None:
    """The month a line names and nothing else ("April", "Sept.", "__Feburary__" as typed, "May:"), else None.

    >>> _month_alone("April"), _month_alone("Feburary:"), _month_alone("Marketing"), _month_alone("May we")
    (4, 2, None, None)
    """
    w = fold(text.strip(" *_:.-–—"))
    if not w.isalpha() or not 3 <= len(w) <= 9:
        return None
    if w in MONTHS:
        return MONTHS[w]
    # (a month's name misspelled: its first three letters, and the ending of its long name)
    return MONTHS.get(w[:3]) if w.endswith(("ary", "ber", "rch", "ril", "une", "uly", "ust")) else None



def _month_heading_date(label: str | None, group_year: int | None) -> str | None:
    """The month a sub-heading over news items is, when it is a month and a year alone ("June 2026", "2026-06"):
    "2026-06"; else None (a year alone is a year heading, read as one).

    >>> _month_heading_date("June 2026", None), _month_heading_date("Talks", None)
    ('2026-06', None)
    """
    text = (label or "").strip(" :：")
    m = DATE_PREFIX.match(text + " ") if text and len(text) <= 30 else None
    if m is None or m.end() < len(text):
        return None
    date = date_of(m.group("date"), group_year)
    return date if date and len(date) > 4 else None

_SHORT_FORM_AFTER = re.compile(r"\s*\([^()]*\)\s*$")
"""A bracketed short form closing a school's name ("... of Technology (HIT)")."""


def _joined_entry(segs: list[Seg]) -> list[tuple[str, set[int], list[Seg]]]:
    """A block's lines as one entry (as :meth:`SectionReaders._item_texts` gives entries), their texts joined by
    commas: an award's name and who gave it, a degree over several lines."""
    return [(", ".join(s.text.strip(" ,") for s in segs), seg_lines(segs), segs)]


class SectionReaders:
    """The per-section readers of :class:`~.builder.Builder` (a base class of it): news, awards,
    talks, students, service, education, interests and experience, one block at a time."""

    def _item_texts(self, b: Block, segs: list[Seg], each=None) -> list[tuple[str, set[int], list[Seg]]]:
        """One text per entry: a list item or table row is one entry (unless each of its
        lines is an entry by itself, as ``each`` tells); a paragraph with <br>-separated
        lines holds one entry per line."""
        if b.is_list_item and len(segs) >= 2 and each is not None and all(each(s.text) for s in segs):
            return [(TYPED_BULLET.sub("", s.text), s.lines, [s]) for s in segs]
        if b.is_list_item or len(segs) <= 1:
            return [(TYPED_BULLET.sub("", norm(" ".join(s.text for s in segs))),
                     seg_lines(segs), segs)]
        # "• Ph.D., University of X, 1975<br>• M.A., ...": a bullet typed at the start of a line marks an item
        return [(TYPED_BULLET.sub("", s.text), s.lines, [s]) for s in segs]

    def _held(self, name: str, b: Block, take: bool = False):
        """What an earlier block left under ``name`` (:meth:`_hold`) if it stood under ``b``'s heading and group,
        else None; ``take``: it was left for the next block only (gone after this)."""
        held = getattr(self, name, None)
        if take:
            setattr(self, name, None)
        return held[1] if held is not None and held[0] == (b.heading, b.group_label) else None

    def _hold(self, name: str, b: Block, value) -> None:
        """Leave ``value`` (None: nothing) under ``name`` for a later block under ``b``'s heading and group."""
        setattr(self, name, None if value is None else ((b.heading, b.group_label), value))

    def _entry_line(self, b: Block, lines) -> int | None:
        """The line an entry read from ``lines`` of block ``b`` stands at: its first, or the block's when the entry
        has none of its own."""
        return self.r.L(min(lines) if lines else b.line())

    def _add_course(self, course: Teaching, b: Block, segs: list[Seg], lines) -> None:
        """Keep a course the owner taught, at its entry's line, with its link when its line holds exactly one; its
        lines are read (the one way both teaching readers keep a course)."""
        urls = self._links_of(segs)
        self.teaching.append(course.model_copy(update={
            "url": urls[0] if len(urls) == 1 else None, "line": self._entry_line(b, lines)}))
        self.r.use(lines)

    def _links_of(self, segs: list[Seg]) -> list[str]:
        out = []
        for s in segs:
            for a in s.anchors():
                u = abs_url(a.get("href"), self.ctx)
                if u and u not in out:
                    out.append(u)
        return out

    def read_news(self, b: Block, segs: list[Seg]) -> None:
        entries = self._item_texts(b, segs, each=lambda t: bool(DATE_PREFIX.match(t)) and date_of(
            DATE_PREFIX.match(t).group("date"), b.group_year) is not None)
        # a table row or <dt>/<dd> pair: date cell, text cell
        if b.is_list_item and len(segs) >= 2 and len(segs[0].text) <= 30 and date_of(segs[0].text, b.group_year):
            own = DATE_PREFIX.match(segs[1].text)
            if own and date_of(own.group("date"), b.group_year):
                # "**2023-10-02**" over "2023-09: I gave a talk" (a card whose text gives its own date): the item's
                # date is its own, the date over it no item's (its line unparsed, not lost)
                entries = [(norm(" ".join(s.text for s in segs[1:])), seg_lines(segs[1:]), segs[1:])]
            else:
                entries = [(segs[0].text + ": " + norm(" ".join(s.text for s in segs[1:])),
                            seg_lines(segs), segs)]
        elif b.is_list_item and len(segs) >= 2 and len(segs[-1].text) <= 30 \
                and (m := DATE_PREFIX.match(segs[-1].text + " ")) and m.end() >= len(segs[-1].text) \
                and date_of(segs[-1].text, b.group_year):
            # a news card: title, text, then its date ("2025.07") on a line of its own
            entries = [(segs[-1].text + ": " + norm(" ".join(s.text for s in segs[:-1])),
                        seg_lines(segs), segs)]
        for text, lines, ss in entries:
            if not text:
                continue
            date = None
            body = text
            m = DATE_PREFIX.match(text)
            if m:
                date = date_of(m.group("date"), b.group_year)
                if date:
                    body = text[m.end():].strip()
            if date is None and (month := _month_alone(text)) is not None:
                # "## 2024" / "__April__" / "- item": a month alone on its line under a year is a sub-heading, no news;
                # it dates the items under it
                self._news_month = (f"{b.group_year}-{month:02d}" if b.group_year else None, b.heading)
                self.r.use(lines)
                continue
            pending = getattr(self, "_news_date", None)
            self._news_date = None
            if date is None and pending is not None and pending[1] == b.heading:
                date = pending[0]  # "**2024-05-02**" alone, then the item's paragraph: the date is the item's
                self.r.use(pending[2])
            month_over = getattr(self, "_news_month", None)
            if date is None and month_over is not None and month_over[0] and month_over[1] == b.heading:
                date = month_over[0]
            if date is None and (heading_date := _month_heading_date(b.group_label, b.group_year)):
                # "## June 2026" / "- item" under "# Recent news": a month's heading dates the items under it
                date = heading_date
            if date is None and b.group_year:
                date = str(b.group_year)
            body = body.strip(" :-–—")
            if not body:
                if m and date:
                    # a date alone on its line over the paragraphs of its item (a Quarto callout's or a card's
                    # "date, text, link"): it dates the next one, the rest going on with it (its line used once an
                    # item takes it; a date no item takes, the section's last line or one over a dated item, is
                    # unparsed, not lost)
                    self._news_date = (date, b.heading, lines)
                continue
            if date is None and not re.sub(r"<[^<>]*>", "", body).strip():
                # a block of HTML the page shows as typed (Franklin.jl's "~~~ <header>...</header> ~~~", raw HTML
                # its generator passes on, read as a code block): tags only, no news and no data
                self.r.ignore(lines)
                continue
            if date is None and (_MORE_NEWS.fullmatch(body) or _EMPTY_STATE.fullmatch(body) or _NO_NEWS.match(body)
                                 or section_kind(body, exact=True) == "news"):
                # "+older news…": a link to the rest of the news, no item; "No news yet."; "*****" between items;
                # the page's copyright line; "NEWS", a title the page set in a box of its own (<h1><header>)
                if _MORE_NEWS.fullmatch(body):
                    self._news_closed = (b.heading,)
                self.r.ignore(lines)
                continue
            if date is None and _NEWS_CALL.match(body) and getattr(self, "_news_heading", None) != b.heading:
                # "Stay up to date with the latest news from the lab:" over "- New team members", "- Grant awards"
                # (a news page's scaffold: the kinds of news to come): no item, nor, when it opens a list with its
                # colon, are the undated lines after it under the heading (left unparsed); said first under its
                # heading (after news read there, "Stay tuned for our next paper!" is one more). "Stay tuned for
                # more updates!" over undated news ("- Bo Lee joined the group") leaves them news
                if text.rstrip().endswith((":", "：")):
                    self._news_closed = (b.heading,)
                continue
            if date is None and getattr(self, "_news_closed", None) == (b.heading,):
                # "View all news →" closed the list: what follows it under the heading undated (a caption of the
                # page's banner) is no news item (its lines stay unparsed)
                continue
            prev = self.news[-1] if self.news else None
            if date is None and (not b.is_list_item or not getattr(self, "_news_listed", True)) and prev is not None \
                    and prev.date and getattr(self, "_news_heading", None) == b.heading:
                # "July 25, 2017: Our new work ...<p>Photographs from the defense:</p>": a paragraph (not a list
                # item) with no date of its own under a dated item goes on with it; so do the undated items of a list
                # (or table) under a dated paragraph ("Upcoming talks:" then the talks, the photos and captions)
                self.news[-1] = prev.model_copy(update={"text": f"{prev.text} {body}",
                                                        "links": list(dict.fromkeys([*prev.links, *self._links_of(ss)]))})
                self.r.use(lines)
                continue
            if date is None and not b.is_list_item and prev is not None and prev.date is None \
                    and getattr(self, "_news_headline", None) is prev and getattr(self, "_news_heading", None) == b.heading \
                    and not (ss and all(majority(s, "bold") for s in ss)):
                # "<p><b>Lab film shown at a festival</b></p><p>Movies made in the lab were ...</p>": an undated
                # item's bold headline, then its text
                sep = " " if prev.text.endswith((".", "!", "?", ":")) else ": "
                self.news[-1] = prev.model_copy(update={"text": f"{prev.text}{sep}{body}",
                                                        "links": list(dict.fromkeys([*prev.links, *self._links_of(ss)]))})
                self._news_headline = None
                self.r.use(lines)
                continue
            self._news_heading = b.heading
            self._news_listed = b.is_list_item
            try:
                item = NewsItem(date=date, text=body, links=self._links_of(ss), line=self._entry_line(b, lines))
            except ValueError:
                item = NewsItem(text=body, line=self._entry_line(b, lines))
            self.news.append(item)
            # (a bold line of its own, no date, not in a list: the headline of the paragraph below it)
            self._news_headline = item if date is None and not b.is_list_item and len(body) <= 200 and ss \
                and all(majority(s, "bold") for s in ss) else None
            self.r.use(lines)

    def read_awards(self, b: Block, segs: list[Seg]) -> None:
        def dated(t: str) -> bool:
            return bool((m := DATE_PREFIX.match(t + " ")) and YEAR.search(m.group("date")))

        label = norm(b.group_label or "")
        if label and not b.is_list_item and segs and AWARD_WORDS.search(label) and section_kind(label) is None \
                and not re.search(r"(?i)s\W*$", label) and len(segs[0].text.split()) >= 12 \
                and re.search(r"[.!?](?:\s|$)", segs[0].text) and not dated(segs[0].text):
            # "<h2>Tarn Research Award</h2><p>For our paper ... we received the award.<br>The jury ...<br>Links:
            # ...</p>": a heading that names one award over prose about it; the prose is its story, no awards of
            # its own (one award for the heading, however many paragraphs)
            lines = seg_lines(segs)
            if getattr(self, "_told_award", None) != (b.heading, label):
                self._told_award = (b.heading, label)
                years = sorted({int(y) for y in YEAR.findall(label)})
                links = self._links_of(segs)
                self.awards.append(Award(name=label, year=years[-1] if years else b.group_year,
                                         url=links[0] if links else None,
                                         line=self._entry_line(b, lines)))
            self.r.use(lines)
            return

        if self._award_remark(b, segs):
            # "🥇 **1º Lugar – HackatAgro 2022**" then "- Developed a tool for soil carbon": a list of one undated item
            # right under a bold award line says what the award was for (no award of its own)
            self.r.use(seg_lines(segs))
            return

        # each line of an item is an award when each has its year; when the first opens with its year, the others
        # must too ("2025 **Demo Award**<br>Conference on X (IROS 2025)": the second line's year is the meeting's)
        lead = bool(segs) and dated(segs[0].text)
        entries = self._item_texts(b, segs, each=lambda t: bool(YEAR.search(t)) and (not lead or dated(t)))
        if b.is_list_item and len(segs) >= 2 and (
                lead and len(entries) == 1 and any(r.bold and r.text.strip() for r in segs[0].runs)
                and not any(r.bold and r.text.strip() for s in segs[1:] for r in s.runs)
                or not majority(segs[0], "italic") and all(majority(s, "italic") for s in segs[1:])):
            # "- 2025 **Best Demo Award**<br>Conference on X (IROS 2025)": the dated bold line is the award, the plain
            # lines under it who gave it; "- Award 2008.<br><i>Picture of its presentation at X 2009</i>": an italic
            # line under the award is a remark on it (neither is a field of an award's, nor a part of its name)
            entries = [(TYPED_BULLET.sub("", segs[0].text), seg_lines(segs), segs)]
        elif not b.is_list_item and 2 <= len(segs) <= 3 and YEAR.search(segs[0].text) \
                and not any(YEAR.search(s.text) for s in segs[1:]):
            # "<p><b>Teaching Award</b> (2025)<br>University of X</p>": one award, the lines after its year say
            # who gave it
            entries = _joined_entry(segs)
        elif not b.is_list_item and 2 <= len(segs) <= 3 and majority(segs[0], "bold") \
                and not any(majority(s, "bold") for s in segs[1:]):
            # "<p><b>Best Poster Award</b><br>Workshop on X 2018<br><i>Lyon, France</i></p>": one award, its name
            # in bold, the lines below it say where and who gave it
            entries = _joined_entry(segs)
        for text, lines, ss in entries:
            if not text:
                continue
            when = DATE_PREFIX.match(text + " ")
            if when and not text[when.end():].strip(" .,;:-–—|") and YEAR.search(when.group("date")):
                # "<div>2018/09</div><div><b>Award</b> ...</div>": a time line's date column, a block of its own
                # before the award it dates
                self._award_year = int(YEAR.search(when.group("date")).group(0))
                self.r.use(lines)
                continue
            if _SEE_CV.match(text) and not YEAR.search(text):
                continue  # "See my CV for details." under "Awards": where the awards are listed, no award (unparsed)
            if _DUTY_LEAD.match(text) and not YEAR.search(text) and not AWARD_WORDS.search(text):
                # "- Created and led the sequencing unit, growing the team": a deed told as a CV's duty line under
                # "Achievements", no award or prize (its line stays unparsed)
                continue
            pending, self._award_year = getattr(self, "_award_year", None), None
            text = expand_year_ranges(text)  # "DAAD Scholarship, 2023-24": held 2023 to 2024
            if lead_cjk := _CJK_DATE_LEAD.match(text):
                # "2019年01月，X奖": the date an item in Chinese opens with, as the dates read ("2019.01")
                text = cjk_dates(lead_cjk.group(0)) + " " + text[lead_cjk.end():].lstrip(" ，、：:")
            years = sorted({int(y) for y in YEAR.findall(text)})
            name = text
            dm = DATE_PREFIX.match(name)
            if dm and re.fullmatch(r"(?:19|20)\d\d[./-]\d{1,2}", dm.group("date")):
                name = name[dm.end():]  # "2021.10 Northwind Fellowship": the month is no part of the name
            # ("2021，Teaching Award": a full-width comma after the year; "2014-2015学年度优秀助教": the years of
            # the award's own name, its school year)
            name = name if re.match(r"\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*(?:年|学年|學年)", name) else re.sub(rf"^\s*[\[(]?\s*(?:19|20)\d\d(?:\s*[-–,/&]\s*(?:(?:19|20)\d\d|{NOW_WORDS}))*\s*[\])]?\s*[:\-–—.,|，：、]?\s*", "", name)
            # ("..., Tide Society (March 2022)": the month before the closing year is the award's date too)
            name = re.sub(rf"[\s,;(\[–—-]*(?:(?:(?i:{MONTH_NAMES})\.?\s+)?(?:19|20)\d\d(?:\s*[-–,/&~～]\s*|\s+and\s+)?)+"
                          r"[)\]]?\s*\.?\s*$", "", name)
            name = re.sub(r"\s+(?:in|from|during|since)$", "", name)  # "4 Quarterly Awards in 2017~2020"
            name = re.sub(r"\(\s*\)|\s*\(\s*(?:19|20)\d\d\s*\)(?=,)", "", name)  # "Award (2025), University of X"
            name = norm(name).strip(" ,;:-–—.")
            if not name:
                continue
            links = self._links_of(ss)
            self.awards.append(Award(
                name=name,
                year=years[-1] if years else pending or b.group_year,
                years=years if len(years) > 1 else [],
                url=links[0] if links else None,
                line=self._entry_line(b, lines),
            ))
            self.r.use(lines)

    def _award_remark(self, b: Block, segs: list[Seg]) -> bool:
        """Whether a list item is a remark on the award above it: the one item of a list that follows a paragraph
        in bold (an award's name, read as one just before), with no year and no award word of its own."""
        el = b.el
        if el is None or tag_of(el) != "li" or not segs or not self.awards or el.getparent() is None:
            return False
        box = el.getparent()
        before = box.getprevious()
        if len([c for c in box if tag_of(c) == "li"]) != 1 or before is None or tag_of(before) != "p" \
                or not any(tag_of(c) in ("b", "strong") for c in before):
            return False
        text = " ".join(s.text for s in segs)
        return not YEAR.search(text) and not AWARD_WORDS.search(text) \
            and self.awards[-1].line == self.r.L(before.sourceline)

    def read_talks(self, b: Block, segs: list[Seg]) -> None:
        """A talks list: ``DATE, **Title**, kind of talk, Event, Place | [slides](...)``; the title is the
        entry's emphasised or quoted words (else its text up to the first comma), the event the first
        part after it that is not the kind of talk, the place what follows."""
        for text, lines, ss in self._item_texts(b, segs, each=lambda t: bool(DATE_PREFIX.match(t))):
            date = None
            m = DATE_PREFIX.match(text)
            if m and (date := date_of(m.group("date"), b.group_year)):
                text = text[m.end():]
            text = text.strip(" :-–—,;.")
            title = None
            named = None
            for r in (r for seg in ss for r in seg.runs):
                t = norm(r.text).strip(" ,;:.")
                if (r.bold or r.italic) and len(t.split()) >= 2 and t in text:
                    if named is None and text.startswith(t) and author_score(t, self.ctx.owner_names) >= 0.6:
                        named = t  # "**Lee, A.**, B. Chen. Title. Event, Place.": the owner's name set off, first
                        break  # (an emphasised run further on is a part of the talk's story: "*in absentia*")
                    title = t
                    break
            if title is None and named:
                # a talk written as a citation, its names first: the title is the sentence after them
                parts = sentences(text[len(named):].lstrip(" .,;"))
                if parts and author_score(parts[0].rstrip(". "), self.ctx.owner_names) >= 0.3:
                    parts = parts[1:]  # (the coauthors after the owner: "B. Chen.")
                title = parts[0].rstrip(". ") if parts and len(parts[0].split()) >= 2 else None
            if title is None and (q := re.search(r"[\"“”«]([^\"“”«»]{8,})[\"“”»]", text)):
                title = q.group(1).strip(" ,.")
            if title is None:
                title = re.split(r",\s", text, maxsplit=1)[0]
            rest = text[text.find(title) + len(title):] if title in text else ""
            rest = re.sub(r"\s*\|.*$", "", rest).strip(" \"“”»,;:.-–—")
            rest = re.sub(r"\[[^\]]*\]", "", rest).strip(" ,;:.")
            parts = [p.strip() for p in re.split(r",\s+(?![^()]*\))", rest) if p.strip()]
            kinds = [p for p in parts if TALK_KIND.search(p) and len(re.sub(r"\(.*?\)", "", p).split()) <= 3]
            parts = [p for p in parts if p not in kinds]
            title = title.strip(" \"“”«»,;:.")
            if not title:
                continue
            links: dict[str, str] = {}
            for a in (a for seg in ss for a in seg.anchors()):
                url = abs_url(a.get("href"), self.ctx)
                if url and url not in links.values():
                    links.setdefault(link_kind(link_text(a), url) or "other", url)
            self.talks.append(Talk(
                title=title, event=parts[0] if parts else None, date=date,
                place=", ".join(parts[1:]) or None, description="; ".join(kinds) or None, links=links,
                line=self._entry_line(b, lines)))
            self.r.use(lines)

    def read_students(self, b: Block, segs: list[Seg]) -> None:
        if b.is_list_item and len(segs) >= 2 and YEAR.fullmatch(norm(segs[0].text).strip(" :()[]")):
            # "<div class="student"><div>2024</div><img><p>Bo Lind</p></div>": the year a member's card opens with
            # (the year they joined) stands over their name, no part of it
            self.r.use(segs[0].lines)
            segs = segs[1:]
        # ("Ana Ruiz, Ph.D.": the degrees after a name on a card are no part of it)
        first = without_degrees(norm(segs[0].text)) if segs else ""
        name = _card_name(first)[0] if first else None
        key = (b.heading, b.group_label)
        if name is not None and name == first.strip(" ,"):
            # a member's name opening their card: the short lines after it (under the same heading), to the next
            # name, are the owner's when it is theirs
            self._owner_card = key if any(same_name(name, n) for n in self.ctx.owner_names if n) else None
        head_group = _head_group(b.group_label or b.heading)
        if head_group is not None:
            # "## PI: Ana Ruiz" (or "Principal Investigator") over a card on the people page: the owner's own card,
            # read for them; "## Postdoctoral Researchers", "## Staff", "## Collaborators": members of the lab
            # who are none of its head's students
            other = name is not None and not any(same_name(name, n) for n in self.ctx.owner_names if n)
            if head_group and not other and (len(segs) > 6 or any(len(s.text.split()) > 12 for s in segs)):
                # (a paragraph about the lab's head, or a long card: no card's short lines, left for a reader)
                return
            if head_group and not other:
                self.read_person(b, segs, "bio")
                said = seg_lines(segs)
                # (the card's photo, markup, and the links to their other pages: no words of theirs left unread)
                self.r.ignore((self.r.el_lines(b.el) if b.el is not None else set()) - said)
                self.r.use(set().union(*[s.lines for s in segs if all(r.anchor is not None for r in s.runs
                                                                      if r.text.strip())]))
            else:
                # (a co-PI's card under "Principal Investigators", who is not the owner; a postdoc's, a member of the
                # staff's: members, no students)
                self.r.use(seg_lines(segs))
            return
        if self._owner_card == key and (sum(len(s.text.split()) for s in segs) <= 12 or len(segs) <= 6 and all(
                len(s.text.split()) <= 8 for s in segs) or len(segs) <= 6 and name is not None and len(segs) >= 2
                and is_head_role(norm(segs[1].text))):
            # the owner's own card among the lab's members ("<h4>Ana Ruiz</h4><p>Associate Professor</p>" and the
            # icons of their profile links, or a few short lines: role, e-mail, office; or their name over a head's
            # post, then a line of their research, "Research Focus: ..."): read for them (as their own page's
            # header), no student
            self.read_person(b, segs, "bio")
            return
        service = _service_line(segs[0].text) if b.is_list_item and len(segs) == 1 else None
        if service:
            # "2019-present, Associate Editor, Journal of X" under "Academic service and members": the owner's
            # service, filed under a heading that also names people
            role, venues, year = service
            self.service.append(Service(role=role, venues=venues, year=year, line=self.r.L(min(segs[0].lines)
                                                                                            if segs[0].lines else b.line())))
            self.r.use(segs[0].lines)
            return
        if self._card_student(b, segs):
            return
        role_default = None
        if b.group_label:
            role_default = _role_from(b.group_label)
        if role_default is None and b.heading:
            role_default = _role_from(b.heading)  # "Current and Previous Interns": every one an intern
        member = _MEMBER_HEADING.fullmatch(norm(b.group_label)) \
            if b.group_label not in (None, "list", "own", b.heading) else None
        first = member.group("i").split(",")[0].strip() if member else ""
        if member and name_like(member.group("n")) and not _NOT_MEMBER_NAME.search(member.group("n")) \
                and (_role_from(first) or _FACULTY.search(first) or _STUDENT_WORD.search(first)) \
                and not _MEMBER_HEADING_NOT_ROLE.search(first):
            # (the brackets open with one person's role: not "** Flood Mapping (with two PhD students)", a project,
            # nor "** Alumni (students and postdocs)", a group)
            # "** Ana Ruiz (Ph.D. student, X University, group member since 2022)" over a paragraph about her (an
            # org or markdown group page): the sub-heading is the member, name and role; the prose under it theirs
            # (a second paragraph under it names no one more)
            self.r.use(seg_lines(segs))  # (the prose is theirs: no place nor role of theirs read from its words)
            if member.group(0) in self._member_headings:
                return
            self._member_headings.add(member.group(0))
            entries = [(member.group(0), seg_lines(segs), [], [])]
        elif b.el is not None and tag_of(b.el) == "tr" and len(segs) >= 2:
            if self._student_row(b, segs, role_default):
                return
            entries = [(segs[0].text, segs[0].lines, segs[:1], segs[1:])]
        elif b.is_list_item and len(segs) >= 2 and _card_name_line(segs[0], b.el):
            # a member's card of lines ("<p><b>Ana Ruiz</b></p><p>Grows oxide films.</p><a>ana@x.edu</a>"): its
            # first line is the name alone, the lines below say more about that one student
            entries = [(segs[0].text, segs[0].lines, segs[:1], segs[1:])]
        else:
            entries = []
            for t, ln, ss in self._item_texts(b, segs):
                t = _LEAD_YEARS.sub("", t)  # "[2023] Ida Lund (from ...)": the year the item is filed under
                t = _UNRENDERED_EMPHASIS.sub(r"\1", t)  # "_Ida Lund (sponsored)_": italics the generator left as typed
                dated = DATED_ROLE_NAME.match(t)
                if dated:  # "2019: Master student — Ida Lund" (a dated heading): the name last, after its role
                    t = f"{dated.group('name')}, {dated.group('role').replace('.', '')}"
                labelled = ROLE_YEAR_NAME.match(t) if not dated else None
                if labelled and _role_from(labelled.group("role")) and name_like(labelled.group("name").strip()):
                    # "PhD thesis · 2024 Ida Lund" (a card's label, then the name): the name, then what they were
                    t = f"{labelled.group('name').strip()}, {labelled.group('role').strip()} {labelled.group('year')}"
                if entries and (not entries[-1][3] and cjk_name_like(t.strip()) and not has_cjk(entries[-1][0])
                                or _label_runs_on(entries[-1][3], t)
                                or any(_DETAIL_CLASS.search(c) for s in ss for r in s.runs for c in r.classes)):
                    # "Tian-Fu Chen<br>陳天富<br>Email: ...": the name above as written in Chinese, no second student;
                    # a card's line its class calls the member's interests ("Tide Models, Coastal Flooding")
                    entries[-1][3].extend(ss)
                elif entries and (_STUDENT_DETAIL.match(t) or (_member_role_line(t) or _link_line(t, ss))
                                and not entries[-1][3]
                                and (_split_name_info(entries[-1][0]) == (entries[-1][0], "")
                                     or _WHEN_ONLY.fullmatch(_split_name_info(entries[-1][0])[1]))
                                or entries[-1][3] and (_link_line(t, ss) or _CO_ADVISOR_LINE.match(t))):
                    # "Thesis: ...", "Next position: ...", a member card's "PhD Student" or "Software Engineer"
                    # under the name, the link to their profile: the line above's person
                    entries[-1][3].extend(ss)
                else:
                    entries.append((t, ln, ss, []))
        for text, lines, ss, extra in entries:
            if not extra and self._labelled_students(text, lines, ss, b):
                continue
            if not extra and lead_in(text) is not None:
                continue  # "At ETHZ, I am mentoring two PhD students on ...:": the sentence that opens a list of them
            lead = next((r for r in ss[0].runs if r.text.strip()), None) if ss and ss[0].runs else None
            said = norm(lead.text).strip(" ,:") if lead is not None and lead.bold else ""
            if said and name_like(said) and norm(text).startswith(said) \
                    and _BOLD_NAME_THEN_PROSE.match(norm(text)[len(said):]):
                # "**Ana Ruiz** is a second year PhD student in ...": a paragraph about one student opening with
                # their name in bold (the prose after it is theirs, no part of the name)
                text = f"{said}, {norm(text)[len(said):].strip()}"
            names = self._student_chunks(text, ss)
            for chunk, link in names:
                name, info = _split_name_info(chunk)
                if name and _GLUED_INITIALS.match(name):
                    # "V.Sviridov, Some problems of ...": initials written close to the family name
                    name = _GLUED_INITIALS.sub(lambda m: m.group(1).replace(".", ". "), name).strip()
                if not name or (len(name.split()) == 1 and not has_cjk(name) and not _ONE_NAME.match(chunk)
                                and not _glued_name(chunk)) \
                        or _NO_STUDENT_NAME.search(name) or section_kind(name, exact=True):
                    # "MS", "CSE", "Currently", "M.S. Student", "Thesis Title", "Arun Kumar Associate Professor":
                    # a degree, a label, a place or the head of the lab, no student's name
                    continue
                info_all = norm(", ".join(x for x in [info, *[s.text for s in extra]] if x))
                if _guest(info):
                    continue  # "Ana Ruiz, visiting PhD student from X": a guest of the lab
                note = re.match(r"[^()]{0,60}?\(([^()]{2,80})\)", chunk)
                if note and NOT_STUDENT_ROLE.search(note.group(1)) and not _STUDENT_WORD.search(note.group(1)) \
                        and not DEGREE_WORD.match(note.group(1)) and CLOSED_SPAN.search(note.group(1)):
                    # "**Dr. Bo Tran** (Postdoctoral Fellow 2019-2021): Bo is now ...": a post the member held in
                    # the lab and left, in brackets after the name, is no student's (what they went on to be, after
                    # it, is no matter; a current "(Postdoc)" is no student either, below)
                    self.r.use(lines)
                    continue
                # ("Ana Ruiz, Post Doc", "Bo Tran (Postdoc)": the role after the name; a job a student may hold,
                # "Research Associate", only where the group's label does not say its people are students, as
                # "Part-time Students" does)
                group = b.group_label or b.heading
                lead_role = re.split(r"\s*[,(;]\s*", info, maxsplit=1)[0] if info else ""
                if lead_role and (group and _STUDENT_WORD.search(group) and _role_from(lead_role) != "postdoc"
                                  or _ADVISED.search(lead_role) or role_default == "alumnus"):
                    # ("Ana Ruiz, co-supervised with Professor Bo Tran": the words name who advises the student, the
                    # professor no role of theirs; under "Alumni", "Luis Ortega, Assistant Professor at Northport
                    # (PhD 2019)": what the former student went on to be, no role in the lab)
                    lead_role = ""
                if any(_member_role_line(t) and NOT_STUDENT_ROLE.search(t) and not _STUDENT_WORD.search(t)
                       for t in [lead_role, *(s.text for s in extra)] if t):
                    # "Ana Ruiz<br>Software Engineer", "<br>Postdoc": a member of the group who is no student
                    self.r.use(lines)
                    for s in extra:
                        self.r.use(s.lines)
                    continue
                inst = _institution_in(info_all)
                role = _role_from(info_all) or role_default
                if role_default == "alumnus" or re.search(rf"(?i)\b(?:{_NOW_AT})\b", info_all) or (
                        note and (deg := DEGREE_WORD.match(note.group(1)))
                        and re.match(r"\.?,?\s*(?:19|20)\d\d\b(?!\s*(?:[-–—]|to\b|until\b))", note.group(1)[deg.end():])):
                    # under "Alumni", or "(PhD 2023), now at Google", "(PhD 2023 Biology): she is now a postdoc ...":
                    # a former student (what they went on to be is no role in the lab; not "(PhD student, 2011 -
                    # 2015)", the role the lab gave them, nor "(PhD, 2021-)", a degree under way)
                    role = "alumnus"
                self._add_student(b, name, inst, role, link, lines,
                                  icons=[a for s in [*ss, *extra] for a in s.anchors()] if len(names) == 1 else ())
                self.r.use(lines)
                for s in extra:
                    self.r.use(s.lines)

    def _add_student(self, b: Block, name: str, institution: str | None, role: str | None, link,
                     lines: set[int], icons=()) -> None:
        """One student, with the address their name links to (and the profile it names), at their first line; the
        links of their lines drawn as icons alone (``icons``: "<a href=scholar...><i class="ai-google-scholar"></i>
        </a>" on a member's card) are their profiles too, read with them; not the owner's own (a card's "with
        <scholar icon>" of the head), which :func:`parse_html` drops too when read later, with one two members share
        (the lab's)."""
        url = abs_url(link.get("href"), self.ctx) if link is not None else None
        ident = identifier_from_url(url) if url else None
        profiles = {ident[0]: ident[1]} if ident else {}
        owners = self.identifiers  # (the page owner's profiles read so far)
        for a in icons:
            got = identifier_from_url(abs_url(a.get("href"), self.ctx) or "") if not norm(label_of(a)) else None
            if got and got[0] not in profiles and owners.get(got[0]) != got[1]:
                profiles[got[0]] = got[1]
                self.r.use([a.sourceline])
        if len(name.split()) >= 2 and any(same_name(name, o) or owner_variant(name, o) for o in self.ctx.owner_names if o):
            # "**Ana Ruiz**: I lead the lab ..." over the students of a people page: the owner, no student
            return
        if any(fold(x.name) == fold(name) for x in self.students):
            # "Arun P. R." under the M.Tech projects and again under the Ph.D. students: one person the owner
            # supervised twice, one student (at the first mention)
            return
        self.students.append(Student(
            name=name, institution=institution, role=role, url=url, identifiers=profiles,
            line=self._entry_line(b, lines),
        ))

    def _card_student(self, b: Block, segs: list[Seg]) -> bool:
        """A member's card: a heading that is a person's name ("<h4>Bo Tran</h4>") over a few blocks about them
        (their role line, research, e-mail) under the students: one student, their role from the card's first
        line or the heading above. A card whose first line says professor or supervisor is the lab's head, no
        student; its blocks are passed over as well. Whether the block was such a card's."""
        label = b.group_label
        key = (b.heading, label)
        card = getattr(self, "_member_card", None)
        if card is not None and card[0] == key:
            student = card[1]
            if student is not None:
                if student.role is None:
                    student.role = _role_from(" ".join(s.text for s in segs))
                self.r.use(seg_lines(segs))
            return True
        # ("- **Ana Ruiz** (2024)" over her sub-items: the years she was in the lab, or graduated, no part of the name)
        name, faculty = _card_name(_CLOSING_YEARS.sub("", label or "") or label)
        if name is None or not segs:
            return False
        first = norm(segs[0].text)
        person = _split_name_info(first)[0]
        if person and not has_cjk(person) and not _role_from(person) and not _NO_STUDENT_NAME.search(person):
            return False  # the items under the heading are people themselves: a group's label, no card
        if faculty or _FACULTY.search(first) and not _STUDENT_WORD.search(first) or _guest(first) \
                or NOT_STUDENT_ROLE.search(first) and not _STUDENT_WORD.search(first):
            # "Professor, doctoral supervisor": the head of the lab; "Postdoctoral Fellow 2010-2012", "Technician":
            # a member who is no student
            self._member_card = (key, None)
            return True
        role = _role_from(first)
        # (a remark in brackets, "(co-advised with Yu Chen)", makes the card's line no sentence)
        bare = re.sub(r"\s*\([^()]*\)", "", first).strip() or first
        short = len(bare.split()) <= 10 and len(bare) <= 80
        role_default = _role_from(b.heading or "")
        # (or its lines are fields of the student's, each with its label: "- **Thesis Title**: ...", "- **Current
        # position**: ..." under an alumna's name)
        fields = _CARD_FIELD.match(first) is not None and not NOT_STUDENT_ROLE.search(first.split(":", 1)[0])
        if not (role and short) and not (role_default and (short or self.r.block_anchors(b))) and not fields:
            return False
        lines = seg_lines(segs)
        student = Student(name=name, role=role or role_default, line=self._entry_line(b, lines))
        self.students.append(student)
        self._member_card = (key, student)
        self.r.use(lines)
        return True

    def _labelled_students(self, text: str, lines: set[int], segs: list[Seg], b: Block) -> bool:
        """``"Ph.D. students: Yue Chen (2022-), Hao Sun (2023-)"``: a role, then its people."""
        m = re.match(r"^\s*(?P<label>[^:：]{2,40}?)\s*[:：]\s*(?P<rest>\S.*)$", text)
        lead = next((r for r in segs[0].runs if r.text.strip()), None) if segs and m is None else None
        mentor = None
        if lead is not None and lead.bold and norm(lead.text).endswith(".") and text.startswith(norm(lead.text)) \
                and _MENTOR_LABEL.search(lead.text):
            # "**Undergraduate Student Mentor.** Ana Ruiz and Bo Li. *Summer 2019*": a bold role of the owner's,
            # then the students, then when
            mentor = norm(lead.text).rstrip(". ")
            label, rest = mentor, re.split(r"(?<=[a-z])\.\s", text[len(norm(lead.text)):], maxsplit=1)[0]
        elif not m or not _role_from(m.group("label")) or (
                name_like(m.group("label")) and section_kind(m.group("label")) != "students"):
            return False  # "Ra Park: ..." is a person; "Alumni: ..." (a students' section word) a label
        else:
            label, rest = m.group("label"), m.group("rest")
        chunks = [c.strip(" .") for c in re.split(r"\s*[;；]\s*|,\s*(?![^()]*\))|\s+and\s+(?![^()]*\))", rest)
                  if c.strip(" .")]
        parsed = [(c, *_split_name_info(c)) for c in chunks]
        if not parsed or not all(name for _, name, _ in parsed):
            return False
        anchors = [a for s in segs for a in s.anchors()]
        role_label = _role_from(label)
        for chunk, name, info in parsed:
            link = next((a for a in anchors if fold(label_of(a)) == fold(name)), None)
            self._add_student(b, name, _institution_in(info), _role_from(info) or role_label, link, lines)
        self.r.use(lines)
        return True

    def _student_row(self, b: Block, segs: list[Seg], role_default: str | None) -> bool:
        """A table row of students: cells read by the table's header labels when it has them."""
        cells = [c for c in b.el if tag_of(c) in ("td", "th")]
        texts = [norm(" ".join(itertext(c))) for c in cells]
        if len(cells) < 2 or not any(texts):
            return False
        cols = b.columns or []

        def col(rx: str) -> int | None:
            for i, label in enumerate(cols[: len(cells)]):
                if re.search(rx, label):
                    return i
            return None

        kinds = [_role_from(label) for label in cols[: len(cells)]]
        if sum(1 for k in kinds if k and k != "alumnus") >= 2 and not any(k == "visiting student" for k in kinds):
            # "Visitors | Master Students | Bachelor Students": a roster laid out in columns, each cell one person
            # of the kind its column names (a column of another kind, the lab's guests, names no student)
            lines = seg_lines(segs)
            for cell, text, kind in zip(cells, texts, kinds):
                name, info = _split_name_info(text) if kind and kind != "alumnus" and text else (None, "")
                if name:
                    link = next((a for a in cell.iter("a")), None)
                    self._add_student(b, name, _institution_in(info) or None, kind, link, lines)
            self.r.use(lines)
            return True
        name_i = col(r"name|student|member|intern|who|姓名|氏名|名前|이름")
        if name_i is None:
            # (a first cell that is the row's number alone, "| 3 | Ana Ruiz | ...", counts the rows: the name after it)
            name_i = next((i for i, t in enumerate(texts) if t and not _ROW_NUMBER.fullmatch(t)), None)
            if name_i is None:
                return False
        paras = [t for c in cells[name_i] if tag_of(c) in ("p", "div") for t in [norm(" ".join(itertext(c)))] if t]
        if len(paras) >= 2 and _split_name_info(paras[0])[0] == paras[0]:
            # "<td><p><strong>Ida Lund</strong></p><p>M.S. Student<br>(2017)</p></td>": the cell's first paragraph
            # is the name, the next ones what the person was
            name, info = paras[0], ", ".join(paras[1:])
        else:
            name, info = _split_name_info(texts[name_i])
            lead = next((t for s in segs for t in [norm(s.text)] if t and texts[name_i].startswith(t)), None)
            lead_name, lead_rest = _split_name_info(lead) if lead else (None, "")
            if name and lead_name and not lead_rest and len(lead) < len(texts[name_i]) and len(lead_name) < len(name):
                # "<td>Ana Ruiz<br>Master, 2023, co-advised with ...</td>": the cell's first line is the name alone,
                # the lines below it say what the student was (no word of them is the name's)
                rest = [t for s in segs for t in [norm(s.text)] if t and t != lead and t in texts[name_i]]
                name, info = lead_name, ", ".join(rest) if rest else texts[name_i][len(lead):].strip(" ,;")
        if not name:
            return False
        inst_i = col(r"institution|universit|affiliation|school|from|organi|now|current|previous|company|where")
        role_i = col(r"role|position|degree|program|status|level|type|title")
        others = [t for i, t in enumerate(texts) if i != name_i and t]
        if inst_i is not None and texts[inst_i]:
            inst = norm(YEAR.sub(" ", texts[inst_i])).strip(" ,;-–()")
        else:
            inst = _institution_in(", ".join([info, *others]))
        role = (_role_from(texts[role_i]) if role_i is not None else None) or _role_from(info) or _role_from(
            ", ".join(others)) or role_default
        if role_default == "alumnus":
            role = "alumnus"  # under "Alumni": a former student, whatever degree their lines name
        if _guest(texts[role_i] if role_i is not None else info):
            self.r.ignore(seg_lines(segs))
            return True  # "Visiting Scholar", "Visiting PhD Student": a guest of the lab, no student of its head
        link = next((a for a in cells[name_i].iter("a")), None)
        lines = seg_lines(segs)
        self._add_student(b, name, inst or None, role, link, lines)
        self.r.use(lines)
        return True

    def _student_chunks(self, text: str, segs: list[Seg]) -> list[tuple[str, object]]:
        anchors = [a for s in segs for a in s.anchors()]
        shared = re.match(r"(?P<names>[^\W\d][\w .]*(?:,\s*[^\W\d][\w .]*)+)(?P<rest>\s+[-–—]\s.+)$", text)
        if shared and all(_ONE_NAME.match(f"{c.strip()} - ") or name_like(c.strip())
                          for c in shared.group("names").split(",")):
            # "Ida, Bo, Cy - Routing in sensor networks": the students of one project, the names before its dash
            return [(f"{c.strip()}{shared.group('rest')}", None) for c in shared.group("names").split(",")]
        if _thesis_then_name(norm(text)):
            return [(text, None)]  # a thesis's title then its student: its commas part no names
        # a comma/semicolon list of several names
        chunks = [c.strip() for c in re.split(r"[;；]\s*|,\s*(?![^()]*\))", text) if c.strip()]
        if len(chunks) >= 3 and sum(name_like(_split_name_info(c)[0] or "") for c in chunks) >= 0.8 * len(chunks):
            out = []
            for c in chunks:
                nm = _split_name_info(c)[0]
                link = next((a for a in anchors if fold(label_of(a)) == fold(nm or "")), None)
                out.append((c, link))
            return out
        name = _split_name_info(text)[0]
        link = next((a for a in anchors if name and fold(label_of(a)) == fold(name)), None)
        return [(text, link)]

    def read_service(self, b: Block, segs: list[Seg]) -> None:
        default_role = b.group_label
        if default_role is None and b.heading and _SERVICE_WORD.search(b.heading) and len(b.heading.split()) <= 5:
            # "Journal/Conference Reviewer" over a list of venues: the section's own heading names the role
            default_role = norm(b.heading).strip(" :：")
        for text, lines, ss in self._item_texts(b, segs, each=lambda t: bool(
                _SERVICE_ROLE.match(t) or ":" in t or _SERVICE_LEAD.match(t) or DATE_PREFIX.match(t))):
            text = norm(text).strip(" .;")
            if not text:
                continue
            if len(text.split()) <= 4 and section_kind(text, exact=True) == "service":
                # "<p><b>PC Membership</b><span></span></p>" among the items: a label of the service below it (a
                # heading its markup did not make one), no role of its own
                self.r.ignore(lines)
                continue
            # "*2025.11*, TPC Member, TrustCom 2025": the date the item opens with is no part of the role (its
            # year stays in the text for the year below)
            m = DATE_PREFIX.match(text)
            if m and _VENUE_ACRONYM_YEAR.fullmatch(m.group("date")) and _service_parts(text, default_role)[0]:
                # "ICML 2020, NeurIPS 2021" under "Reviewer": a venue's acronym and its year, no month's (not where
                # only the date's reading finds the role: "ICML 2020, Reviewer")
                m = None
            # ("2021 - 2023: Chair of X", "since 07/2025: Associate Editor with Y": a range, or a start, the
            # date prefix takes only part of or none of opens the item too)
            end = max(m.end() if m else 0, _dated_lead(text) or 0)
            rest = text[end:].strip(" ,;:.-–—") if end else text
            lead = _LEAD_RANGE.match(text) or m
            taught = text[lead.end():].strip(" ,;:.-–—") if lead else text
            if _TEACH_ROLE.match(taught) and (course := _teaching_from(taught)) is not None:
                # "*2023.09 - 2023.12*, Teaching Assistant for Thermodynamics I, X University" under "Teaching and
                # Service": a course the owner taught, not a service role
                if course.term is None and lead:
                    course.term = lead.group(0).strip(" ,;:*_")
                self._add_course(course, b, ss, lines)
                continue
            role, venues = _service_parts(rest, default_role)
            if not role:
                continue
            self.service.append(Service(role=role, venues=venues, year=_service_year(text, len(venues) == 1),
                                        line=self._entry_line(b, lines)))
            self.r.use(lines)

    def read_teaching(self, b: Block, segs: list[Seg]) -> None:
        """A teaching list: one course a line or item (:func:`_teaching_from`); a sub-heading naming an
        institution is where the courses under it were taught."""
        label = re.sub(r"^[^\w(]+", "", b.group_label).strip() if b.group_label not in (None, "list", "own") else ""
        place = label if label and INSTITUTION_STRONG.search(label) else None  # ("🎓 Inland University": no pictograph)
        lead_role = None
        if label and (m := _TEACH_ROLE.match(label)):
            # "Teaching assistant at X for:" over the courses: the owner's part in them and where (X a place whose
            # name says so; "at Stanford for" names it too, no place kg can tell)
            lead_role, rest = m.group("role"), re.sub(r"(?i)\s+(?:for|in|of)$", "", label[m.end():].strip(" :：,"))
            place = rest if INSTITUTION_STRONG.search(rest) else None
        if len(segs) == 1 and (m := _TEACH_ROLE.match(segs[0].text.strip(" :："))) and \
                m.end() >= len(segs[0].text.strip(" :：")):
            # "TA" / "Grader" on a line of its own over a list of courses: the owner's part in those below it
            self._teaching_role = (b.heading, m.group("role"))
            self.r.use(segs[0].lines)
            return
        term_line = _TERM.fullmatch(segs[0].text.strip(" :：*_")) if len(segs) == 1 and not b.is_list_item else None
        if term_line:
            # "Spring 2025" on a line of its own over a list of courses: when those below it were taught
            self._hold("_teaching_term", b, term_line.group(0).strip())
            self.r.use(segs[0].lines)
            return
        term = self._held("_teaching_term", b)
        named = _course_names_list(b)
        if not b.is_list_item and (said := taught_courses(" ".join(s.text for s in segs))):
            # "I have taught ..., including Java programming, ... and Compilers." over a paragraph: its courses
            line = self.r.L(min(min(s.lines) for s in segs if s.lines)) if any(s.lines for s in segs) else b.line()
            self.teaching.extend(t.model_copy(update={"line": line}) for t in said)
            self.r.use(seg_lines(segs))
            return
        for text, lines, ss in self._item_texts(b, segs, each=lambda t: bool(_TERM.search(t))):
            course = _teaching_from(text, place, named)
            if course is None:
                continue
            role = self._teaching_role
            if course.role is None and role and role[0] == b.heading:
                course.role = role[1]
            course.role = course.role or lead_role
            course.term = course.term or term
            self._add_course(course, b, ss, lines)

    def read_education(self, b: Block, segs: list[Seg]) -> None:
        if segs and _CODED_COURSE.match(norm(segs[0].text)) and not any(DEGREE_RX.search(s.text) for s in segs):
            # "CS 4723/5723 (Neural Data Science)<br>OU (FA22, FA23)" under "Education" (a lab's page, its courses
            # the education it gives): a course taught, no degree
            self.read_teaching(b, segs)
            return
        entries = self._item_texts(b, segs)
        if b.is_list_item and len(segs) > 1:
            entries = _joined_entry(segs)
        if b.is_list_item or len(segs) <= 1:
            pass
        elif not any(DEGREE_RX.search(s.text) and (ORG_RX.search(s.text)) for s in segs):
            # a degree over several lines ("Ph.D. in CS" / "Stanford University" / "2015")
            entries = _joined_entry(segs)
        undated = self._held("_edu_undated", b, take=True)
        if len(entries) == 1 and undated is not None and dates_only(entries[0][0]) \
                and (at := next((i for i, e in enumerate(self.education) if e is undated), None)) is not None:
            # "### Lune University" / "**M.S., Geology**" / "*Aug 2021*" (a resume theme's entry): the degree's date
            # on a line of its own under it, the year it was earned; a span still open ("2024 - Present") is a
            # degree under way, no year earned yet
            years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", entries[0][0])]
            if years and not OPEN_RANGE.search(entries[0][0]):
                self.education[at] = undated.model_copy(update={"year": max(years)})
            self.r.use(entries[0][1])
            return
        label = b.group_label if b.group_label not in (None, "list", "own") else None
        placeless = self._held("_edu_placeless", b, take=True)  # (a degree's text and lines)
        if len(entries) == 1 and placeless is not None \
                and not DEGREE_RX.search(entries[0][0]) and INSTITUTION_STRONG.search(entries[0][0]) \
                and len(entries[0][0].split()) <= 10 and not YEAR.search(entries[0][0]) \
                and (ed := education_from(f"{placeless[0].rstrip(' .')}, {entries[0][0]}", school_only=True)) \
                and ed.degree and ed.institution:
            # "<dt>PhD in Logic, 1998</dt>" over "<dd>Hill University, Hilltown</dd>": a degree naming no place, then
            # a line naming only a place, is the degree earned there (not a place heading the degrees below it)
            self._add_listed_degree(ed, placeless[0])
            self.r.use(placeless[1] | set(entries[0][1]))
            self._edu_place = None
            return
        if len(entries) == 1 and not DEGREE_RX.search(entries[0][0]) and INSTITUTION_STRONG.search(entries[0][0]) \
                and len(entries[0][0].split()) <= 10 and not YEAR.search(entries[0][0]):
            # "<p><b>University of Illinois</b> Urbana, IL</p>" over "<p>Ph.D., Transportation 2015-2020</p>": a line
            # that only names a place heads the degrees below it
            self._edu_place = (entries[0][0], b.group_label)
        place = getattr(self, "_edu_place", None)
        if label is None and place is not None and place[1] == b.group_label:
            label = place[0]
        if label is not None and (dm := DEGREE_RX.search(label)) and not JOB_WORDS.search(label[:dm.start()]) \
                and (own := education_from(label, school_only=True)) is not None and own.degree \
                and own.institution and (own.year or INSTITUTION_STRONG.search(own.institution)):
            # "- **Ph.D. Physics**, Hill University, 2015" over a nested list of what was done there (a tutor's post,
            # a prize), "### M.Sc., Lake University" over its thesis: the label's own line is a degree (not "###
            # B.Sc. in Chemistry (Honors)", its class no school, over the line that names where; nor "### Teaching
            # Assistant, M.Sc. course in Hydrology, Lake University", a post named before the degree; "**Hill
            # University, Ph.D. in Physics, 2015**" and "2015: Ph.D., Hill University" are degrees)
            self._add_listed_degree(own, label)
        last_ed: Education | None = None  # the degree the line above stated
        unit_field = False  # (whether its field is the department its line named)
        for text, lines, ss in entries:
            sub = _DEGREE_FIELD_LINE.fullmatch(text)
            if sub and last_ed is not None and last_ed.degree and (last_ed.field is None or unit_field) \
                    and not DEGREE_RX.search(text) \
                    and not ORG_RX.search(text) and not YEAR.search(text) and len(sub.group(1).split()) <= 8:
                # "• Ph.D., Dept. of Chemistry, X University (2018)" over "  - Bioinformatics and Synthetic Biology":
                # a dashed line under a degree, naming no degree, place or year, is the degree's field
                last_ed.field = sub.group(1).strip(" .")
                self.r.use(lines)
                last_ed = None
                continue
            last_ed = None
            text = expand_year_ranges(text)  # "B.S. in Physics, Heidelberg, 2020-23": the degree ends in 2023
            pend = getattr(self, "_edu_degreeless", None)
            if pend is not None and pend[1] == b.group_label and DEGREE_RX.search(text) \
                    and not INSTITUTION_STRONG.search(text) and not ORG_RX.search(text) and not YEAR.search(text) \
                    and (at := next((i for i, e in enumerate(self.education) if e is pend[0]), None)) is not None \
                    and (got := education_from(f"{text.rstrip(' .')}, {pend[0].institution}")) is not None \
                    and got.degree:
                # "**Hill University**, Hilltown (2015 – 2019)" / "*Bachelor of Science in Geology*": the dated place,
                # then its degree on a line of its own, one degree
                self.education[at] = pend[0].model_copy(update={"degree": got.degree, "field": got.field or pend[0].field})
                self._edu_degreeless = None
                self.r.use(lines)
                continue
            if label and DEGREE_RX.search(text) and not (ORG_RX.search(text) and INSTITUTION_STRONG.search(text)) \
                    and INSTITUTION_STRONG.search(label) and not year_heading(label)[0]:
                # "<h3>University of Bergen</h3><div>Ph.D. in Computer Science</div>" (resume themes, jemdoc): the
                # heading over a degree names where it was earned; so does an item over the nested ones that name
                # the degree and the college within it ("- 2019 - 2023, Hill University" / "  - B. Sc. in
                # Chemistry, College of Chemistry")
                text = f"{text.rstrip(' .')}, {label}"
            elif label and not DEGREE_RX.search(text) and INSTITUTION_STRONG.search(text) and DEGREE_RX.search(label) \
                    and not INSTITUTION_STRONG.search(label) and not year_heading(label)[0]:
                # "### Ph.D. in Marine Science" over "*University of Tallmoor, Norland*": the heading names the degree,
                # the lines under it where it was earned
                text = f"{label.rstrip(' .')}, {text}"
            ed = education_from(text, school_only=True)
            linked = next((t for s in ss for r in s.runs if r.anchor is not None
                           and INSTITUTION_STRONG.search(t := norm(r.text).strip(" ,.")) and not DEGREE_RX.search(t)
                           and re.search(rf"[^\W\d_]\s+{re.escape(t)}", text)), None) if ed is None else None
            if linked:
                # "Ph.D. in Plant Biology [Inland University](https://...)": the school's link, with no comma
                # before it, is where the degree was earned (its field's words end there)
                ed = education_from(text.replace(f" {linked}", f", {linked}", 1), school_only=True)
            adv = degree_advisors(text) if DOCTORATE.search(text) else advisors_in(text)
            self._hold("_edu_placeless", b, (text, set(lines)) if ed is None and len(entries) == 1
                       and DEGREE_RX.search(text) and not ORG_RX.search(text) and not INSTITUTION_STRONG.search(text)
                       and label is None else None)  # (a degree naming no place: the line below may name it)
            if ed:
                self._add_listed_degree(ed, text)
                self.r.use(lines)
                last_ed = next((e for e in self.education if e.degree == ed.degree
                                and fold(e.institution or "") == fold(ed.institution or "")), None)
                # ("Ph.D., Dept. of Physics, X University" over "- Ocean Acoustics": the department gave a field the
                # dashed line under it says closer)
                unit_field = last_ed is not None and last_ed.field is not None and bool(re.search(
                    rf"(?i)\b{UNIT_OF_WORDS}" + re.escape(last_ed.field), text))
                if len(entries) == 1 and last_ed is not None and last_ed.year is None and not YEAR.search(text):
                    self._hold("_edu_undated", b, last_ed)  # (its date may stand below it)
                self._edu_degreeless = None
                if ed.degree is None and ed.institution and ed.year:
                    # (a dated place with no degree: the line below it may name the degree)
                    self._edu_degreeless = (next((e for e in self.education if e.institution == ed.institution
                                                  and e.degree is None), None), b.group_label)
                    self._edu_place = None
                now = _STUDYING_NOW.search(text) if ed.institution and OPEN_RANGE.search(text) else None
                if now and getattr(self, "studying_now", None) is None:
                    # "2025.08 - Current, CS PhD Student, University of Maryland": the degree under way is what
                    # the owner is now, where no other line of the page says
                    self.studying_now = (now.group(1), ed.institution)
            elif not DEGREE_RX.search(text) and (aff := _experience_from(text)) is not None and aff.role \
                    and JOB_WORDS.search(aff.role):
                # "2024 – now  Quantum Scientist – TNO" under "Education and work": a position, no degree
                if not any(a.name == aff.name and a.role == aff.role for a in self.affiliations):
                    self.affiliations.append(aff)
                self.r.use(lines)
            if adv:
                add_advisors(self.advisors, adv)
                self.r.use(lines)

    def _add_listed_degree(self, ed: Education, text: str) -> None:
        """A degree a list states; a second place written after it with its country ("Master in Science at the
        University of Bonn (DE) and Montpellier (FR)": one degree taken at two places) is a degree there too."""
        self.add_education(ed, listed=True)
        joint = _JOINT_PLACE.search(text)
        if joint and fold(joint.group("p")) not in fold(ed.institution):
            self.add_education(ed.model_copy(update={"institution": joint.group("p")}), listed=True)

    def add_education(self, ed: Education, listed: bool = False) -> None:
        """Add a degree, merging it with one the page already stated (bio prose and an
        Education list often say the same thing). Degrees an Education section lists come first, in its
        order; those only the prose tells follow."""
        if ed.institution and (bare := TRAILING_SYMBOLS.sub("", ed.institution)) and bare != ed.institution:
            ed = ed.model_copy(update={"institution": bare})  # "X University 🇸🇬": the flag is no part of its name
        if ed.degree and re.fullmatch(r"(?i)(bachelor|master)['’]?s", ed.degree):
            ed = ed.model_copy(update={"degree": re.sub(r"['’]?s$", "", ed.degree)})  # "my bachelors" is one degree
        if re.fullmatch(r"(?i)(?:the\s+)?same\s+(?:institution|university|school|college|place)", ed.institution or ""):
            # "I received my Ph.D. from X University. I also hold a Bachelor of Y from the same institution": the
            # place of the degree named before it (none named: no place)
            before = next((e.institution for e in reversed(self.education) if e.institution), None)
            ed = ed.model_copy(update={"institution": before})
            if before is None and not ed.degree:
                return
        m = re.match(r"^(?:the\s+)?(?:school|department|faculty|college)\s+of\s+[A-Za-z]+\s+(?P<u>[A-Z][\w.'-]*"
                     r"(?:\s+[A-Z][\w.'-]*)*\s+University(?:\s+of\s+.+)?)$", ed.institution or "", re.I)
        if m and m.group("u")[0].isupper():
            ed = ed.model_copy(update={"institution": m.group("u")})  # "school of Science Xidian University"
        key = re.sub(r"[^a-z]", "", (ed.degree or "").lower())[:3]
        for i, e in enumerate(self.education):
            # (a short form closing a name, "Harbin Institute of Technology (HIT)", names the same school)
            a, b = (fold(_SHORT_FORM_AFTER.sub("", x.institution or "")) for x in (e, ed))
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
            if b.is_list_item and len(ss) >= 2 and majority(ss[0], "bold") and len(ss[0].text.split()) <= 10:
                # "- **Graph learning**<br>Differentiable representations for ...": the topic in bold on its own
                # line, a sentence about it below
                topic = norm(ss[0].text).strip(" :：.*")
                self.add_interests(interest_list(topic) if re.search(r"[,;，、]", topic) else [topic])
                self.r.use(lines)
                continue
            m = PROSE_INTERESTS.search(text) if len(text.split()) >= 10 else None
            if m is None and (len(text.split()) >= 15 and re.search(r"[.!?]\s+[A-Z]|[.!?]$", text)
                              or text.rstrip().endswith((":", "："))):
                continue  # a sentence about the research, or one that opens the list: no list of topics to cut
            items = interest_list(topics_only(m.group("list"))) if m else interest_list(text)
            if items:
                self.add_interests(items)
                self.r.use(lines)

    def research_topics(self, b: Block, segs: list[Seg]) -> bool:
        """Under a heading that names the owner's research alone ("Research", "Research Overview"; read as
        publications by its word), a paragraph that lists topics ("Information theory, wireless communications,
        signal processing.") or says what the research is about ("My research focuses on X and Y") and is no
        paper: the owner's interests. Whether it was one."""
        if not segs or not _RESEARCH_ONLY.fullmatch(fold(b.heading or "")):
            return False
        text = " ".join(s.text for s in segs)
        if YEAR.search(text):
            return False
        m = PROSE_INTERESTS.search(text) if len(text.split()) <= 45 else None
        if m:
            # (a longer research statement stays listed: its topics are not a list kg can cut from it)
            items = [i for i in interest_list(topics_only(m.group("list"))) if not re.match(
                r"(?i)(?:with|in|on|for|by|at|from)\s", i)]
        elif len(text.split()) <= 40 and "," in text and not re.search(r"[.;:!?]\s+\S", text):
            items = interest_list(text)
            if len(items) < 2 or any(len(i.split()) > 5 for i in items):
                return False
        else:
            return False
        if not items:
            return False
        self.add_interests(items)
        self.r.use(seg_lines(segs))
        return True

    def add_interests(self, items: list[str]) -> None:
        have = {fold(i) for i in self.interests}
        for i in items:
            if fold(i) not in have:
                self.interests.append(i)
                have.add(fold(i))

    def read_experience(self, b: Block, segs: list[Seg]) -> None:
        if b.el is not None and tag_of(b.el) == "dd" and b.el in self._dd_taken:
            self.r.use(seg_lines(segs))
            return  # read with the position its <dt> names
        if b.el is not None and tag_of(b.el) == "dd" and b.el in self._dd_address:
            return  # the address of the place a position's <dt> names
        if b.el is not None and tag_of(b.el) == "dt" and segs and self._position_over_dds(b, segs):
            return
        label = b.group_label if b.group_label not in (None, "list", "own") else None
        held = _experience_from(label) if label and YEAR.search(label) else None
        if held is not None and held.role:
            # "### Tarn Institute — Graduate Researcher (2024 – Present)" over bullets of what was done there: the
            # sub-heading is the position, its items the details (a partner the work was with is no workplace)
            if not any(a.name == held.name and a.role == held.role for a in self.affiliations):
                self.affiliations.append(held)
            self.labels_read.add(label)  # (the sub-heading is read: no loss to list)
            for text, lines, _ss in self._item_texts(b, segs):
                self._doctoral_advisors(b, text, lines)
            return
        own = _own_item_text(b.el) if b.is_list_item else ""
        items = self._item_texts(b, segs)
        if not b.is_list_item and len(segs) >= 2 and len(items) == len(segs):
            items = self._cv_cards(b, segs, items)
        for text, lines, ss in items:
            above = _parent_item_text(b.el) if b.is_list_item and b.el is not None and b.el.getprevious() is None else ""
            if _position_over_place(above, text):
                # the same CV's item whose sub-list holds more lines than its place: the block is the sub-list's
                # first item (the place); the position is the item's own line above it
                text = f"{above}, {text}"
                item = b.el.getparent().getparent()
                lines = lines | ({item.sourceline} if item.sourceline else set())
                own = ""
            subs = [s for s in ss if norm(s.text) not in own] if own and own != text and text.startswith(own) else []
            if subs and _position_over_place(own, norm(subs[0].text)):
                # academicpages' CV: "* Summer 2021: Research Assistant" over "  * University of Kent" and "  * Duties
                # included: ...": the item's line is the position, the first line under it the place
                ss = [s for s in ss if s not in subs or s is subs[0]]
                text, lines = f"{own}, {norm(subs[0].text)}", seg_lines(ss)
            elif own and own != text and text.startswith(own) and _experience_from(own) is not None:
                # "Analyst, Acme (2020–2021)" over a sub-list of what was done there: the position is the item's
                # own line; its details name no organisation
                details = [s for s in ss if norm(s.text) not in own]
                ss = [s for s in ss if norm(s.text) in own]
                text, lines = own, seg_lines(ss) if ss else lines
                for s in details:
                    if ADVISOR_LABEL.match(norm(s.text)):
                        # "  * Supervisors: A and B" among the details of a doctoral position: its advisors
                        self._doctoral_advisors(b, f"{own}. {norm(s.text)}", s.lines)
            body = re.sub(r"^[^A-Za-z]*(?:[A-Z][a-z]{2,8}\.?\s*['’]?\s*(?:19|20)?\d\d\s*[-–—]+\s*(?:" + NOW_WORDS + "|"
                          r"[A-Z][a-z]{2,8}\.?\s*['’]?\s*(?:19|20)?\d\d)\s*[:：]\s*)?", "", text)
            deg = DEGREE_RX.match(body) or DEGREE_RX.match(_LEAD_RANGE.sub("", body))  # "[2010-2014] PhD Student, X"
            if deg and JOB_WORDS.match(body[deg.end():].lstrip()) \
                    and not re.match(r"(?:student|candidate)\b", body[deg.end():].lstrip(), re.I):
                deg = None  # "Ph.D. Researcher, Institute X (2023–present)": a position, not a degree
            if deg is None and len(ss) >= 2 and YEAR.search(norm(ss[0].text)) \
                    and not DEGREE_RX.search(norm(ss[0].text)) \
                    and (under := DEGREE_RX.match(norm(ss[1].text))) is not None \
                    and not JOB_WORDS.match(norm(ss[1].text)[under.end():].lstrip()):
                # "<dt>2014–2018, Hill University</dt><dd>Ph.D. in Logic from Hill University.</dd>" among a CV's
                # posts ("Previously"): the term's years and place over a line that opens with a degree is the
                # degree, the place its line names (read first: the term's may be a department's)
                deg, text = under, f"{norm(ss[1].text).rstrip(' .')}, {norm(ss[0].text)}"
            if deg and (ed := education_from(expand_year_ranges(text))) is not None:
                # "Aug'2018 - Mar'2024: Ph.D, at Indian Institute of Science" in a career time line: a degree
                self._add_listed_degree(ed, text)
                self.r.use(lines)
                self._doctoral_advisors(b, text, lines)  # "[2010-2014] PhD Student, X. Supervisor: A"
                continue
            service = _role_first_service(text)
            if service:
                # "Associate Editor - IEEE ICRA, 2022-Present" among the owner's positions: a service role
                role, venues, year = service
                self.service.append(Service(role=role, venues=venues, year=year,
                                            line=self._entry_line(b, lines)))
                self.r.use(lines)
                continue
            aff = _experience_from(text)
            if aff is None and label and not YEAR.search(label) and dates_only(text) \
                    and (held := _experience_from(f"{label.strip(' :')}, {text}")) is not None and held.role:
                # "### Curator, Fen Archive, Lowland Library" over "June 2011–present" alone: the sub-heading is
                # the position and its place, the line under it only the dates it was held
                aff = held
                self.labels_read.add(label)
            if (aff is None or aff.role is None) and len(ss) >= 2 and YEAR.search(norm(ss[0].text)):
                aff = self._term_over_role(ss, aff)
            if aff is None or aff.role is None:
                placed = _bold_place_then_role(text, ss)
                if placed and (got := _experience_from(placed)) is not None and got.role:
                    # "`2019-2023`" over "__Acme Labs__ Post Doctoral Fellow (Tissue Oncology)": the bold run is the
                    # place, the words after it the role
                    aff = got
            if aff and aff.role is None and aff.start_year is not None and label and not YEAR.search(label) \
                    and role_only(label) and not LAB_ROLE.fullmatch(label.strip(" :")):
                # "### Postdoctoral Associate" over "Harbor University, *Denmark* `Aug 2018 - present`": the
                # sub-heading names the position held at the place and dates the line under it gives (an undated
                # line may sit under a heading the reader does not take as its group's: "External examiner")
                aff = aff.model_copy(update={"role": label.strip(" :")})
            if aff and aff.role is None and b.heading:
                aff = aff.model_copy(update={"role": _role_from(b.heading)})  # under "Internships": an intern
            if aff and aff.url is None:
                for a in (a for s in ss for a in s.anchors()):
                    url = abs_url(a.get("href"), self.ctx)
                    if url and fold(link_text(a)) == fold(aff.name) and not identifier_from_url(url):
                        aff = aff.model_copy(update={"url": url})  # "[Microsoft Research Asia](https://...)"
                        break
            if aff:
                if not any(a.name == aff.name and a.role == aff.role for a in self.affiliations):
                    self.affiliations.append(aff)
                self.r.use(lines)
            self._doctoral_advisors(b, text, lines)

    @staticmethod
    def _term_over_role(ss: list[Seg], aff: Affiliation | None) -> Affiliation | None:
        """A post whose term gives its years and place and whose role is a later line of the description under it
        ("<dt>2017–2019, Hill University, GEO</dt><dd>Department of Geology.<br>Postdoctoral Fellow, funded by
        ...</dd>"): the post, the place and years the term's, the role that line's first clause; ``aff`` (the two
        read as one line, the description's first line run into the place's name) when no line names a role."""
        term = norm(ss[0].text)
        # (the role goes after the dates the term opens with, where a career line has them: "Oct. 2023 – Oct. 2024:
        # X University" with the role before it would keep "Oct. 2024:" in the place's name)
        lead = _LEAD_RANGE.match(term)
        dates, place = (term[:lead.end()], term[lead.end():]) if lead and lead.end() else ("", term)
        for s in ss[1:]:
            role = re.split(r"[,.;(]", norm(s.text), maxsplit=1)[0].strip()
            if role and (role_only(role) or JOB_WORDS.match(role)) \
                    and (got := _experience_from(f"{dates}{role}, {place}")) is not None and got.role:
                return got
        return aff

    def _cv_cards(self, b: Block, segs: list[Seg], items: list) -> list:
        """The entries of a box of CV lines, not a list: a position (or a degree) alone on a line over its place and
        dates ("<span>Postdoctoral Researcher</span> <span>Univ. of X | 2023 – 2024</span> <p>Supervision: Prof.
        A</p>") is one entry of the two lines; a line naming advisors after it is read with it; every other line
        stays an entry of its own, as ``items`` has it."""
        out: list = []
        card = None
        k = 0
        while k < len(segs):
            text = norm(segs[k].text)
            if k + 1 < len(segs) and (joined := _cv_card(text, norm(segs[k + 1].text))) is not None:
                card = joined
                out.append((joined, segs[k].lines | segs[k + 1].lines, segs[k:k + 2]))
                k += 2
                continue
            # (a "Supervision:" line under a degree's card names its advisors: person.CARD_SUPERVISION)
            said = CARD_SUPERVISION.sub(r"\1supervisors", text) if card is not None else text
            if card is not None and advisors_in(said):
                self._doctoral_advisors(b, f"{card}. {said}", segs[k].lines)
            else:
                out.append(items[k])
            k += 1
        return out

    def _position_over_dds(self, b: Block, segs: list[Seg]) -> bool:
        """A CV's position as a definition list: "<dt><b>Assistant Professor</b>, October 2001 to August
        2007</dt>" over "<dd>Department of X</dd><dd>Y University</dd><dd>street</dd>...": one position, its title
        and years the term's, its place the first description naming an institution, the descriptions before it
        the department (the address after it is no place of its own). Whether it was one."""
        dds = []
        for sib in b.el.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if tag_of(sib) != "dd":
                break
            dds.append((sib, norm(" ".join(itertext(sib)))))
        at = next((i for i, (_dd, t) in enumerate(dds) if t and INSTITUTION_STRONG.search(t) and len(t.split()) <= 10
                   and not re.search(r"(?i)\bdep(?:artmen)?t\b|^(?:school|faculty|college)\s+of\b", t)), None)
        if at is None:
            return False
        head = norm(" ".join(s.text for s in segs))
        aff = _experience_from(f"{head}, {dds[at][1]}")
        if aff is None or not aff.role or fold(aff.name) != fold(dds[at][1]):
            return False
        unit = ", ".join(t for _dd, t in dds[:at] if t)
        url = next((u for a in dds[at][0].iter("a") if (u := abs_url(a.get("href"), self.ctx))
                    and not identifier_from_url(u)), None)
        aff = aff.model_copy(update={"department": aff.department or unit or None, "url": aff.url or url})
        if not any(a.name == aff.name and a.role == aff.role and a.start_year == aff.start_year
                   for a in self.affiliations):
            self.affiliations.append(aff)
        self._dd_taken.update(dd for dd, _t in dds[:at + 1])
        # ("<dd>111 Main Street</dd><dd>Boston, MA 02215</dd>" under the place: its address, no workplace; left
        # listed, as an address is)
        self._dd_address.update(dd for dd, t in dds[at + 1:] if t and len(t.split()) <= 6 and ":" not in t
                                and not JOB_WORDS.search(t) and not INSTITUTION_STRONG.search(t))
        self.r.use(seg_lines(segs))
        return True

    def _doctoral_advisors(self, b: Block, text: str, lines) -> None:
        adv = advisors_in(text)
        parent = _parent_item_text(b.el) or (_lead_line_text(b.el) if adv else "")
        if adv and (DOCTORATE.search(f"{text} {parent}") or re.match(r"\W*Dissertation\b", text)
                    or re.match(r"\W*(?:co-?)?advis[eo]rs?\W*[:：]", text, re.I)
                    and not re.search(r"(?i)\bintern", f"{b.heading or ''} {parent}")):
            # ("Dissertation: Title. Supervised by A.": the line under a graduate position, the thesis it wrote)
            # "* 2022: PhD Student" / "  * Supervisor: A & B": the doctoral position's supervisors advise the
            # owner (an internship's supervisor does not); so does the "Advisor:" a postdoc's position names
            add_advisors(self.advisors, adv)
            self.r.use(lines)
