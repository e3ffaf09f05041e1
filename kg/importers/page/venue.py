"""Venue helpers for the citation parser: place, short form, volume and pages, status notes.

Takes a venue text; gives it without a trailing place, its short and full forms, its volume and
pages, and the patterns for status and extra notes (in press, findings, ...).
"""

from __future__ import annotations

import re

from ..common import lazy_compile, YEAR, LANGUAGES, NOTE_WORDS, STATUS_WORDS, status_words

from .scores import VENUE_WORDS


VENUE_STATUS = lazy_compile(rf"(?!(?:{STATUS_WORDS})\b)(?P<v>[A-Z][^()\[\]]{{1,80}}?)\s*(?:\(|[.,;]\s+)(?P<n>"
                           + status_words("in press", "to appear", "forthcoming", "accepted", "submitted",
                                          "under review", "in revision", gap=" ")
                           + r")\)?\s*\.?", re.I)
""""Geology (in press)", "*Aging Cell*. In revision.": a venue named with the paper's status after it."""


PLAIN_SENTENCE = re.compile(r"^[\"“'(]?[A-Z][a-z]")
_PLACE_AFTER_ACRONYM = lazy_compile(
    r"^(?P<head>.*\([A-Za-z][\w\-&/'@ ]{1,24}\))\s*,\s*"
    r"(?P<place>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}(?:\s*,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}){0,2}"
    r"(?:\s*\([A-Z][\w.'’\- ]{1,24}\))?)"  # "Glasgow (UK)", "Delft (Pays-Bas)": the country in brackets
    r"(?P<tail>\s*,\s*.*|\s*\.?\s*)$")


def drop_place(vtext: str) -> str:
    """``"Proc. ICDE (ICDE), Seoul, Korea, 2015"`` -> ``"Proc. ICDE (ICDE), 2015"`` (likewise ``"..., Glasgow
    (UK), 2024"``): the city after a venue's acronym is where it met, not part of its name."""
    if ")," not in vtext and ") ," not in vtext:
        return vtext
    m = _PLACE_AFTER_ACRONYM.match(vtext)
    if not m or VENUE_WORDS.search(m.group("place")) or NOTE_WORDS.search(m.group("place")) or re.search(
            r"\b(vol|pp|pages|no)\b|\d", m.group("place"), re.I) or re.search(
            r"\b[A-Z]{2,}[a-z]*[A-Z]", m.group("place").replace("USA", "").replace("UK", "")):
        return vtext
    return m.group("head") + (m.group("tail") or "")


_PROC_OF = re.compile(r"^(?:Proc\.?|Proceedings)\s+(?:of\s+)?(?:the\s+)?(?P<acr>\S.*)$")
_ACRONYM_WORD = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z][\w\-&/']*|[A-Z]{2,}[\w\-]*)$")
_EMBEDDED_ACRONYM = re.compile(
    # (nor a Roman ordinal, "Hydrology XXIV Conference": the meeting's number, no name of it)
    r"\b(?!(?:IEEE|ACM|CVF|IAPR|ISCA|SIAM|USENIX|IFIP|IFAC|ACL|SPIE|IET|EURASIP|ISPRS|IEEE/CVF|[IVXL]+)\b)"
    r"([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)\s+(?:International\s+|Annual\s+|Joint\s+)*(?:Conference|Symposium)\b")


def short_of(venue: str | None, venue_full: str | None) -> tuple[str | None, str | None]:
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


VENUE_VOLUME_TAIL = lazy_compile(
    r"\s+(\d{1,4})\s*(?:\(\s*[\w\-–]+\s*\))?\s*:\s*([A-Za-z]?\d+(?:\s*[-–—]+\s*\d+|[A-Z]{1,3}\d{3,})?)\s*\.?$")
"""A journal's volume, issue and pages closing its name ("ISME Journal 17: 1021–1033", "Earth Letters 13(3): e2024EL0123":
an article number for pages)."""


def volume_pages(vtext: str) -> tuple[str | None, str | None]:
    """``"Computational Linguistics, 47(3):611–650, 2021"`` -> (``"47"``, ``"611-650"``);
    ``"vol. 32, pp. 4512-4525"`` -> pages too."""
    if ":" not in vtext and "p." not in vtext:
        return None, None
    m = re.search(r"(?<![\d.])(\d{1,4})\s*(?:\(\s*[\w\-–]+\s*\))?\s*:\s*(\d+:\d+)\s*[-–—]+\s*(\d+:\d+)\b", vtext)
    if m and not YEAR.fullmatch(m.group(1)):
        return m.group(1), f"{m.group(2)}-{m.group(3)}"  # ACM's article pages "16(3):21:1--21:30"
    m = re.search(r"(?<![\d.])(\d{1,4})\s*(?:\(\s*[\w\-–]+\s*\))?\s*:\s*(\d+)\s*[-–—]+\s*(\d+)\b", vtext)
    if m and not YEAR.fullmatch(m.group(1)):
        return m.group(1), f"{m.group(2)}-{m.group(3)}"
    m = re.search(r"\bpp?\.\s*(\d+)\s*[-–—]+\s*(\d+)\b", vtext)
    return None, (f"{m.group(1)}-{m.group(2)}" if m else None)


_CITED = (r"\b(?:cited\s+by|citations?\s*[:：]?)\s*[>~≥]?\s*\d[\d,.]*\s*[kK]?\+?(?!\w)|"
          r"[>~≥]?\s*\d[\d,.]*\s*[kK]?\+?\s+citations?\b")
CITED_COUNT = lazy_compile(_CITED, re.I)
"""How often the work is cited, as a page notes it beside the citation ("[>150 citations]", a badge "Citations: 81",
"(Citation >1,500)", "cited by 12"): a remark on the work, no venue; whole words ("Recitations 3" is none)."""


EXTRA_NOTES = lazy_compile(r"\b(findings|short paper|long paper|demo track|industry track|student abstract|"
                          r"extended abstract|full paper|journal track|main conference|main track|spotlight|oral|"
                          r"highlight|best paper|award|accepted|nominee|finalist|contributed talk|invited|"
                          # the venue's rank or impact factor, the language the paper is written in ("IF 2024: 4.3",
                          # "CORE 2023: B", "In Spanish")
                          r"IF\s+(?:19|20)\d\d|impact factor|CORE(?:\s+(?:19|20)\d\d)?\s*:?\s*(?:A\*|[ABC])|"
                          # ("(CCF-A, Big4)", "(SCI, JCR-1)": the ranks Chinese pages give a venue, no part of its name)
                          r"(?-i:CCF)[\s-]?(?-i:[ABC])|(?-i:JCR)[\s-]?Q?[1-4]|(?-i:Big)[\s-]?4|"
                          # ("(Q3, IF = 2)", "(Q2,IF=3)": the journal's quartile and impact factor; a quartile alone,
                          # "Fen Review (Q3)", "(Q1 2020)", may be a quarterly's issue)
                          r"(?-i:Q)[1-4](?=\s*[,;]\s*(?-i:IF|JCR|SCI))|(?-i:IF)\s*[=:]\s*\d|"
                          # ("(SCI, Q1)", "(SCI Q2)", "(SSCI)": the citation index that lists the journal, its
                          # quartile after it or not; not "(SCI 2015)", "SCI'15": a conference's acronym and year)
                          r"(?-i:SCIE?|SSCI|A&HCI|AHCI|ESCI|CSSCI)(?![\w&])(?!\s*['’]?\d)(?:[\s,;-]*(?-i:Q)[1-4])?|"
                          r"in\s+" + LANGUAGES + r")(?!\w)|" + _CITED,
                          re.I)
PROSE_START = re.compile(r"^(I|I'm|I am|We|You (?:can|may|will|might|should|could)|My|Our|This|These|Here|See|Please|Note|For|If|Click|Representative)\b")
