"""Field readers for the per-section items: students, service, interests and experience.

Takes the text of one item in a Students, Service, Interests or Experience section; gives the
student's role, name and institution, the service role and venues, the list of interests and
an :class:`Affiliation` for an experience line.
"""

from __future__ import annotations

import re

from ...model import Affiliation
from ..common import _DEGREE_WORD, has_cjk

from .source import _norm
from .scores import _YEAR_RX, _name_like
from .person import _INSTITUTION_STRONG, _JOB_RX, _ORG_RX, _clean_person


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
