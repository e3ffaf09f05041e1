"""The reading context and drafts shared by the entry and page readers.

Takes a page's base URL and owner names; gives :class:`Ctx`, absolute URLs (``abs_url``),
the publication draft (``PubDraft``, ``Draft``), DOI checking, and text cleaning for titles,
pieces and sentences (numbering, ``clean_title``, ``sentences``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urljoin

from ...model import Author, Link, Publication
from ..common import (lazy_compile, GENERATION_ORDINAL, NAME_CAPITALS, ONE_NAME_ET_AL, PELICAN_PATH, YEAR, english_joiner, CJK_CHARS, MARK_CLASS, NAME_PARTICLES, NOTE_WORDS, PICTOGRAPH_JOINERS, PICTOGRAPHS, STATUS_NOTE, URL_SCHEME, WEB_HOST, find_email, note_unplaced, repair_url,
                      PUBLISHED_IN, LANGUAGES, status_words, valid_doi)

from .source import norm
from .scores import GERMAN_CITATION_ABBR, JOURNAL_WORDS
from .venue import CITED_COUNT, VENUE_STATUS


_BRACKETED_NUMBER = r"\[\s*(?P<num>[A-Za-z]{0,3}\d+)\s*\](?:\[\s*(?P=num)\s*\])?|\(\s*[A-Za-z]?\d+\s*\)"
"""An entry's number in brackets, "[12]", "(3)"; "[12][12]" too: a markdown reference link to the entry's own
number that the page never defines is written out as it stands (the label said twice)."""
_DECIMAL_NUMBER = r"[A-Za-z]{0,2}\d{1,3}\.\d{1,2}"  # ("326.5": an entry put in between 326 and 327)
_DECIMAL_BEFORE = r"(?=\s+(?:\(|[A-Z]\.\s|[A-Z][a-z]+\s+[A-Z][a-z]+(?:,|\.|\s+and\s)))"
"""What follows a decimal that numbers an entry: its bracket, or a byline's first name ("1.1 Ann Roe and B. Lind.",
"1.3 B. Lind and ..."); not "3.5 billion years", "12.5 GHz receivers", "3.5 Billion Years of ..." (a title)."""
NUMBERING = lazy_compile(r"^\s*(?:" + _BRACKETED_NUMBER + "|" + _DECIMAL_NUMBER + _DECIMAL_BEFORE + r"|[A-Za-z]{0,2}\d{1,3}\s*[.)](?!\d)|"
                       r"[A-Z]{1,2}\d{1,3}\s*:(?=\s))\s*(?=\S)")  # "C30: Title, with ...": a numbered kind
"""The number opening an entry: "[12]", "(3)", "12.", "12)", "C30:", or "326.5 (with ..." (an entry put in between
two numbered ones: the number whole, not "326." and a "5" left to the title). A decimal opens an entry only before
a bracket or a byline (:data:`_DECIMAL_BEFORE`): "3.5 billion years of ..." and "12.5 GHz receivers" are titles,
their numbers their own."""
NUMBER_ONLY = re.compile(r"^\s*(?:" + _BRACKETED_NUMBER + "|" + _DECIMAL_NUMBER + r"|[A-Za-z]{0,2}\d{1,3}\s*[.)]?)\s*$")
_ABBREV_BEFORE_DOT = lazy_compile(
    r"(?:\b[A-ZÀ-ÖØ-ÞĀ-Ž]|\b(?:Ph|Th|Ch|Chr)|\bal|\bet|\bVol|\bpp|\bno|\bNo|\bJr|\bSr|\bDr|\bProf|\bvs|\bSt|\bcf|\be\.g|\bi\.e|\betc|"
    r"\b(?:spp|subsp|ssp|sp|var)|"  # a species' rank in a title ("Alosa spp. in rivers"), no sentence's end
    rf"\b(?:{'|'.join(GERMAN_CITATION_ABBR)})|"  # German volume, number, editors, edition ("Forum X, Bd. 23")
    rf"\b(?i:{JOURNAL_WORDS}))$"
)


_SENTENCE_END = re.compile(r"[.?!]\s+")
_LIST_ETAL = re.compile(r",\s*et\s+al$")
_ABBREV_WINDOW = 16
"""More characters than the longest word _ABBREV_BEFORE_DOT matches (9): looking at the end of the text before a
full stop is enough (searching the whole of it made a long paragraph's splitting quadratic)."""


PARTICLE_ALTERNATIVES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
"""The name particles as one alternation, longest first ("van der|van|de ..."), for patterns of names."""
_VANCOUVER_PARTICLES = (rf"(?:(?:{PARTICLE_ALTERNATIVES})\s(?:(?:{PARTICLE_ALTERNATIVES})\s)?|"
                        rf"(?:{'|'.join(sorted((p.capitalize() for p in NAME_PARTICLES), key=len, reverse=True))})"
                        rf"\s(?:{PARTICLE_ALTERNATIVES})\s)?")
_VANCOUVER_NAME = (_VANCOUVER_PARTICLES + rf"[{NAME_CAPITALS}][\w'’\-]+(?:\s[{NAME_CAPITALS}][\w'’\-]+)?\s"
                   rf"(?:[{NAME_CAPITALS}](?:\.-?[{NAME_CAPITALS}]){{1,2}}\.?|[{NAME_CAPITALS}]\.|[{NAME_CAPITALS}]{{1,3}}(?:\s{GENERATION_ORDINAL})?)")
"""A name written the Vancouver way, family name(s) then initials ("Brook RB", "Morel J.-C.", "Oda M."), the
family name's particles before it ("de Souza R.", "Van der Berg K.": a capitalised particle only before a
lower-case one, so "Van Hoff D" is read one way). The initials' ways of writing are apart (one capital is only
"[A-Z]{1,3}", the capitals common.NAME_CAPITALS: "Novák Š"): when both read "M", a long list that failed at its end was tried every way its names could be read,
2 ** names (a list of 35 authors: minutes)."""
_VANCOUVER_MARKS = rf"(?:\\?{MARK_CLASS})*"
_VANCOUVER_SEP = r"(?:\s*,\s*(?:(?:…|\.\.\.)\s*,\s*)?(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)"
_VANCOUVER_LIST = lazy_compile(rf"\s*(?:\[?\d{{1,3}}[.\])]\s*)?"
                             rf"(?P<first>{_VANCOUVER_MARKS}{_VANCOUVER_NAME}{_VANCOUVER_MARKS})"
                             rf"(?P<more>(?:{_VANCOUVER_SEP}{_VANCOUVER_MARKS}{_VANCOUVER_NAME}{_VANCOUVER_MARKS})*)"
                             rf"(?P<etal>,?\s+et\.?\s?al)?")
"""Authors written the Vancouver way at the start of a citation: "Oda M, Brook RB", "Brook R", their initials
dotted ("Oda M., Brook R.B.", "Morel J.-C."; the last name's closing stop is the list's), and the
list closed by "and" ("Orr I and Lorn H", "Lorn H, Li G, and Fell Y"), a mark after a name ("Mun S★") or before
it ("†Mun S, †Orr I": equal contributions so marked)
or an ellipsis for the names left out ("Hask M, Orr S,…, Fell D"), or "et al." closing it ("Oda M, Brook RB et al.")."""


_NAME_GOES_ON = lazy_compile(rf"(?:and|&)\s|[{NAME_CAPITALS}][\w'’\-]+[.,](?:\s|$)")
_NAME_THEN_MORE = lazy_compile(rf"[{NAME_CAPITALS}][\w'’\-]+(?:\s+(?:and|&)\s|\s*,)")


def vancouver_end(head: str, after: str) -> bool:
    """Whether the full stop after ``head`` (the citation so far) ends its list of Vancouver authors ("Oda M,
    Brook R. Title ...") rather than following an initial ("John R. Smith"): two names or more, or one name
    followed by a title (three words or more before the next punctuation)."""
    m = _VANCOUVER_LIST.fullmatch(head)
    if m is None or _NAME_GOES_ON.match(after):
        # ("Roe E. and Lind M. Title": the list goes on after an initial's stop; "Roe E., Francis X. Lind. Title":
        # the last name written given name first, its family name after the initial)
        return False
    if m.group("more") or m.group("etal"):
        return True
    # ("Rémi A. Chou and B. Lee, Title": a given name and an initial, the family name after the full stop; a
    # title is followed by more of the citation, the venue, or closes its line with a stop)
    return len(re.split(r"[,.;:]", after, maxsplit=1)[0].split()) >= 3 \
        and not _NAME_THEN_MORE.match(after) \
        and (re.search(r"[.?!]\s+\S", after) is not None or re.search(r"[^\W\d_]{3}[.?!]$", after.strip()) is not None)


def sentences(text: str) -> list[str]:
    """Split a citation at '. ' boundaries that are not initials or abbreviations."""
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _ABBREV_BEFORE_DOT.search(text[max(start, m.start() - _ABBREV_WINDOW):m.start()]) \
                and not (start == 0 and vancouver_end(text[:m.start()], text[m.end():])) \
                and not ((_LIST_ETAL.search(text[max(start, m.start() - _ABBREV_WINDOW):m.start()])
                          or (m.start() - start < 80 and ONE_NAME_ET_AL.fullmatch(text, start, m.start())))
                         and text[m.end():m.end() + 1].isupper()):
            # (", et al. Title ...": the "et al." a comma list of names ends with closes the authors' sentence; so
            # does the one name and "et al." a sentence holds: "Title. R. K. Olsen et al. Venue (2023).")
            continue
        parts.append(text[start:m.start() + 1].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return [p for p in parts if p.strip(" .")]


EMPTY_BRACKETS = re.compile(r"\[\s*(?:[|/,]\s*)*\]|\(\s*(?:[|/,]\s*)*\)(?<!\w\(\))|【\s*】")
"""Brackets left empty, or holding only separators, once their links were taken ("[ | ]"); a function's "eform()"
in a title is none."""
_TRANSLATED_TITLE = lazy_compile(
    rf"([^()（）]*[{CJK_CHARS}]{{4}}[^()（）]*?)\s*[(（]([A-Za-z][^()（）]*)[)）]")
_DASH_TAIL = re.compile(r"\s+[-–—]+$")
_DASH_ENDS = ("-", "–", "—", "-\n", "–\n", "—\n")
"""How a text that :data:`_DASH_TAIL` matches ends (``$`` is also before a closing line break)."""
_IN_LEAD_TAIL = re.compile(r"[,.;]\s+(?:(?:" + PUBLISHED_IN + r"\s+)?in(?:\s+the)?\s*:?|presented\s+(?:at|in)(?:\s+the)?"
                           r"(?:\s+\d{1,3}(?:st|nd|rd|th))?|available\s+(?:at|from|on))$", re.I)
"""What clean_piece and clean_title clean off every piece and title (compiled once): the words that lead into the
venue, left at the end ("Title, in the", "Title, presented at the 13th" before <i>International Conference</i>,
"Title. Available at" before <i>Preprints</i>)."""


_CHARGE_TAIL = re.compile(r"(\)\d?|\d)-$")


@lru_cache(maxsize=1 << 14)
def clean_piece(text: str) -> str:
    """A piece of a citation without the brackets, stops and separators around it (memoised: an entry's pieces
    are cleaned by several readers)."""
    text = EMPTY_BRACKETS.sub(" ", text)
    text = norm(text)
    charge = _CHARGE_TAIL.search(text.rstrip(" ,;:.|/·•\"“”"))
    text = text.strip(" ,;:.|/·•-–—\"“”")
    if text[:1] in "'’" and re.match(r"['’]+[\s,;:.]", text):
        # "'Title,' Journal": the quote that closed the title, after its comma, opens no piece
        text = re.sub(r"^['’]+[\s,;:.]+", "", text)
    if charge and text.endswith(charge.group(1)):
        text += "-"  # "(IrCl6)2-": an ion's charge closing a formula, no dash setting the next piece off
    if text.endswith(("(", "[")) and text.count(text[-1]) > text.count(")" if text[-1] == "(" else "]"):
        text = text[:-1].rstrip(" ,;:.")  # "Journal. (" whose parenthesis held a link's address, read elsewhere
    if text[:1] in "([" and text[-1:] in ")]" and (text.count("(") + text.count("[") == 1 or _wraps(text)):
        text = text[1:-1].strip(" ,;:.")  # ("[NeurIPS 2024 (Datasets Track)]": brackets inside the pair kept)
    return text


def _wraps(text: str) -> bool:
    """Whether the bracket opening ``text`` is closed by its last character, brackets nested inside it balanced
    ("[A (B) C]", not "(A) and (B)")."""
    depth = 0
    for k, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth == 0:
                return k == len(text) - 1 and (text[0] + ch) in ("()", "[]")
    return False


_WITH_AND = {"avec": "et", "con": r"(?:y|e)(?=\s+[^\W\d_a-z][\w.'’-]*\s+[^\W\d_])", "com": r"e(?=\s+[^\W\d_a-z][\w.'’-]*\s+[^\W\d_])",
             "mit": "und", "met": "en"}
"""Another language's "with" opening a coauthors' aside (French, Spanish or Italian, Portuguese, German, Dutch), and
the word that joins the aside's last name ("avec A. Roe et B. Lind", "com A. Leal e B. Rosa"): there, after the
"with", "y" and "e" join names (not in a bare list, where they join family names, "Ortega y Gasset"), and only before
a name of two words or more (not "con José Ortega y Gasset", "com Artur Costa e Silva")."""


def _other_with(capital_after: str) -> str:
    """The other languages' "with" (the keys of :data:`_WITH_AND`) with their case rule: "avec" in any case; "con",
    "com", "mit" lower-case, or capitalised only where the look-behind ``capital_after`` allows (right after the
    bracket opening an aside: not "MIT Press", not a German or Spanish sentence opening "Mit ...", "Con ..."); "met"
    lower-case always ("Met Office")."""
    words = [w for w in _WITH_AND if w != "avec"]
    return (r"(?:en\s+collaboration\s+)?avec|(?:(?:em\s+)?co-?autoria\s+)?(?-i:" + "|".join(words) + "|" + capital_after
            + "(?:" + "|".join(w.capitalize() for w in words if w != "met") + "))")


WITH_LEAD = (r"(?:(?:(?:joint(?:ly)?\s+(?:work\s+)?|together\s+|co-?(?:authored|written)\s+)?|in\s+collaboration\s+)with|"
             + _other_with(r"(?<=[(\[])") + ")")
"""The words that open an aside naming a work's coauthors, the owner implied ("with", "jointly with", "joint work
with", "together with", "co-authored with", "co-written with", "in collaboration with", French "avec", "en collaboration avec", Portuguese "em coautoria
com", and the other words of :data:`_WITH_AND`; lower-case, set in ``(?i:...)`` or compiled with ``re.I`` where
case is free, but "con", "com", "mit" capitalised only right after "(" or "[" and "met" lower-case always
(:func:`_other_with`): the one pattern of every reader of ``(with A. Lee)`` (:data:`~.marks.WITH_VENUE`, a title's
tail, an entry's opening or closing bracket, a citation's aside, a record's byline)."""


_OTHER_WITH = lazy_compile(r"(?<![^\s(\[—–])((?i:" + _other_with(r"(?<![^(\[])") + r"))\s+(?=[^\W\d_a-z])")
"""Another language's "with" in an aside some reader of :data:`WITH_LEAD` took (the first that keeps the case
rule: not "MIT" in "MIT Sloan note (com A. Leal e B. Rosa)"; capitalised also at the aside's start, the reader
having cut its bracket off)."""


def other_with(aside: str) -> str | None:
    """The other language's "with" (lower-case, no lead words) opening the coauthors in ``aside``; None when
    English's "with" or none opens them.

    >>> other_with("MIT Sloan note (com A. Leal e B. Rosa)"), other_with("(with A. Lee)")
    ('com', None)
    """
    m = _OTHER_WITH.search(aside)
    return m and m.group(1).split()[-1].lower()


def english_names(names: str, aside: str) -> str:
    """The names of a coauthors' aside joined as English joins them, when another language's "with" opens the aside
    (``aside``): its "and" before the last name, which the readers of names split; other names unchanged.

    >>> english_names("Leonardo Rosa e Raphael Bruce", "(com Leonardo Rosa e Raphael Bruce)")
    'Leonardo Rosa and Raphael Bruce'
    >>> english_names("José Ortega y Gasset", "(con José Ortega y Gasset)")
    'José Ortega y Gasset'
    """
    word = other_with(aside)
    return english_joiner(names, _WITH_AND[word]) if word else names


def english_with(aside: str) -> str:
    """A coauthors' aside in another language worded as English words it; other text unchanged.

    >>> english_with("com Leonardo Rosa e Raphael Bruce"), english_with("avec A. Roe, B. Lind et C. Moss")
    ('with Leonardo Rosa and Raphael Bruce', 'with A. Roe, B. Lind and C. Moss')
    """
    m = _OTHER_WITH.search(aside)
    if not m or aside[:m.start()].strip():
        return aside
    return "with " + english_names(aside[m.end():], aside)


_WITH_OPENED = re.compile(rf"\s*[(\[]\s*{WITH_LEAD}\s*$", re.I)
"""The opening of a coauthors' aside left at a title's end ("Title (with", "Title [joint with")."""


_GUILLEMETS = ("»«", "«»", "›‹", "‹›")
"""Guillemets around a quotation, as German (»...«) and French or Swiss («...») texts set them."""


def unquoted(text: str) -> str:
    """A title without the quotes around it (``"Title"``) or a quote left over from the citation (``"Title,``); a
    quoted part the title opens with stays (``“Title of Y” – Response``).

    Two quoted titles joined (``“One” and “Two”``) are no title in quotes: the first curled quote closes inside
    (a quotation nested in the title opens before it closes).

    >>> unquoted('“Title”'), unquoted('"Title'), unquoted('“X” – Response'), unquoted('»Titel«')
    ('Title', 'Title', '“X” – Response', 'Titel')
    >>> unquoted('“One” and “Two”'), unquoted('“The “so-called” effect”')
    ('“One” and “Two”', 'The “so-called” effect')
    """
    if len(text) > 2 and (text[0] in "\"“'‘" and text[-1] in "\"”'’"
                          and not (text[0] == "“" and re.match(r"[^“”]*”", text[1:-1]))
                          or text[0] + text[-1] in _GUILLEMETS
                          and not any(q in text[1:-1] for q in "»«›‹")):
        text = text[1:-1].strip()  # (German and French quote with guillemets: »Title«, «Titre»)
    if (text.count('"') + text.count("“") + text.count("”")) % 2:
        text = text.strip("\"“”")  # a quote left over from the citation ('"Title,"'), not one the title opens
    return text


_KEPT_STOP = re.compile(r"(?:\.\.|\betc\.|\bal\.)$")
"""A title's closing stop that is a word's own: an ellipsis's, "etc.", "et al." ("Coastal.", "no litoral.", "im Tal."
end in "al." and their stop is the sentence's)."""


def clean_title(text: str) -> str:
    # (an arrow typed before the title, "▶<em>Title</em>.", marks the line as a bullet does)
    text = norm(text).strip(" ,;:|/·•").lstrip("▶▷►▸➤➢ ")
    # (and an arrow set after it before the entry's link, "Title <span>→</span><a>(download)</a>": the link's lead)
    text = text.rstrip("→⇒➔➜➝➞⟶ ")
    if "- " in text:
        text = _BROKEN_HYPHEN.sub("-", text)  # "Self-<newline>Affine Sets": a compound the source's line wrap broke
    if text.endswith(_DASH_ENDS):
        text = _DASH_TAIL.sub("", text)  # "Title - <i>Venue</i>": the dash that set the venue off
    text = unquoted(text)
    if text[:1] in "'‘" and not re.search(r"['’](?=\W|$)", text[1:]) and text[1:2].isupper():
        text = text[1:]  # "'<a>Title</a>,'": the opening single quote of the citation, closed after the link
    if text.endswith(".") and not _KEPT_STOP.search(text):
        text = text[:-1]
    if "(" in text or "[" in text:
        text = _WITH_OPENED.sub("", text)  # "Title (with": the aside naming the coauthors opens after the title
    if text.endswith(("]", ")")) and text.count(text[-1]) > text.count("[" if text[-1] == "]" else "("):
        text = text[:-1].rstrip()  # "Title], with A. Lee": a bracket left over from a link's markup, opened nowhere
    tr = None if text.isascii() else _TRANSLATED_TITLE.fullmatch(text)  # (an ASCII title has no CJK to translate)
    if tr and len(tr.group(2).split()) >= 2 and text[len(tr.group(1))].isspace():
        # "知识图谱补全的对比学习方法 (Contrastive Learning for ...)": the title, then its translation set off as an aside;
        # glued to it ("标题(English Title)"), the page wrote one bilingual title, kept as written
        text = tr.group(1)
    # "Title, in the <i>Proceedings of ...</i>": the venue's lead-in left at the end of the title
    text = _IN_LEAD_TAIL.sub("", text.strip())
    if text.endswith(")") and (language := _LANGUAGE_TAIL.search(text)) and len(text[:language.start()].split()) >= 2:
        text = text[:language.start()]  # "Title (in Chinese with English abstract)": the paper's language, no title
    lead = _LEAD_NOTE.match(text)
    if lead and note_words_only(lead.group(1)) and len(text[lead.end():].split()) >= 2:
        text = text[lead.end():]  # "(Cover Article) Title": a note on the paper before its title, in the title's link
    return without_trail_pictographs(text.strip()).rstrip(",")


_LANGUAGE_TAIL = lazy_compile(rf"\s*\((?:written\s+)?in\s+{LANGUAGES}(?:\s*(?:,|with|and)\s+(?:an?\s+)?{LANGUAGES}\s+"
                            r"(?:abstract|summary))?\)$", re.I)
"""A closing bracket that says what language the paper is written in ("(in Chinese with English abstract)")."""
_BROKEN_HYPHEN = re.compile(r"(?<=[^\W\d_]{2})- (?=[A-Z][a-z])")
"""A hyphen, then a space and a capitalised word ("Self- Affine"): one compound cut by a line break, not "pre- and
post-" (a lower-case word after it)."""
TRAIL_PICTOGRAPHS = re.compile(rf"(?<=\S)(?:\s*[{PICTOGRAPHS}][{PICTOGRAPH_JOINERS}]*)+\s*$")
"""'Title [code] 🚨': pictographs a page sets after an entry (new, hot), no part of its title."""


def without_trail_pictographs(text: str) -> str:
    """``text`` without the pictographs it closes with (:data:`TRAIL_PICTOGRAPHS`); an ASCII text has none (the
    pattern, tried at every character, is not asked of it)."""
    return text if text.isascii() else TRAIL_PICTOGRAPHS.sub("", text)


_LEAD_NOTE = re.compile(r"^[(\[]([^()\[\]]{2,40})[)\]]\s+(?=\S)")


@dataclass
class Ctx:
    """What the publication reader knows of the page."""

    legend: dict[str, str] | None = None
    owner_names: list[str] = field(default_factory=list)
    base: str | None = None
    homepage: str | None = None
    soft_lines: bool = False
    """The page is rendered markdown: a line break in the source may end an entry's title or author line."""
    html_lines: frozenset[int] = frozenset()
    """The lines of a markdown page's raw HTML blocks, where a line break is a space (a bibtex2html table pasted in)."""
    style_marks: dict[str, str] = field(default_factory=dict)
    """Marks the page's legend gives to a style: ``{"underline": "mentee"}`` for "students are underlined"."""
    bare_titles: bool = False
    """A title with only its links (no authors, no venue) is a paper: set while the reader takes the rest of a
    list whose other items are papers by their venue tags."""
    bare_unlinked: bool = False
    """With ``bare_titles``: a title alone, with no link either, is a paper (a work in progress under a heading of
    works, in a list of the owner's works written as titles)."""


def mailto_address(anchor) -> str | None:
    """The e-mail address a ``mailto:`` link names (escapes such as ``%40`` read, its query ``?subject=...`` left
    out), else None."""
    href = (anchor.get("href") or "").strip()
    return find_email(unquote(href[7:]).split("?")[0]) if href.lower().startswith("mailto:") else None


_HOST_WITHOUT_SCHEME = re.compile(rf"www\.{WEB_HOST}(?:/|$)", re.I)
"""A link's address that opens with a web host's name and no scheme ("www.linkedin.com/in/x"): a browser takes it
for a file of the site, its author meant the host."""


def abs_url(href: str | None, ctx: Ctx) -> str | None:
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
    if _HOST_WITHOUT_SCHEME.match(href):
        href = "https://" + href  # "www.linkedin.com/in/x": an address its scheme was left off, no file of the site
    if href.startswith(("{", "%7B", "%7b", "|", "%7C", "%7c")):
        href = PELICAN_PATH.sub("", href)  # (Pelican's "{static}/pdf/x.pdf": the site's /pdf/x.pdf, on any page)
    if not URL_SCHEME.match(href) and not href.startswith("//") and not valid_doi(href):
        if not ctx.base:
            note_unplaced(href)
            return None
        href = urljoin(ctx.base, href.replace(" ", "%20"))
    return repair_url(href)


class Draft:
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


@dataclass
class PubDraft:
    pub: Publication
    highlighted: list[str]
    lines: set[int]
    kind: str | None = None  # "talk": the entry's own label calls it a talk or a poster, no paper
    bare_pdf: bool = False  # only its title, linked to a PDF, says it is a paper (a list of such makes them papers)
    group: str | None = None  # the heading of the list the entry is in ("Selected Papers", "All Publications")
    styled: dict[str, list[str]] | None = None  # the names a "(with ...)" phrase sets in a legend's style, by mark
    named: bool = False  # only a work's short name and its venue badge ("**FooNet** (CVPR 2022)"), no other words


_STATUS_AT_VENUE = re.compile(rf"\s*(?i:{status_words('to appear', 'accepted', 'forthcoming', gap=' ')})"
                              r"\s+(?i:at|in)\s+(?:the\s+)?[A-Z][\w&'’.-]*\s+[A-Z&]")


@lru_cache(maxsize=4096)
def note_words_only(text: str) -> bool:
    """Whether a piece is only a note on the paper ("Oral", "in press"), naming no venue; memoised: an entry's
    pieces are asked several times, and a page's notes and venues recur."""
    status = VENUE_STATUS.fullmatch(text.strip())
    if status and not NOTE_WORDS.search(status.group("v")):
        return False  # "Geology (in press)": a venue, then the paper's status
    if _STATUS_AT_VENUE.match(text):
        return False  # "To appear at System Letters": the paper's status, then the venue it names
    t = text.strip(" ()[],.;:!")
    if t and STATUS_NOTE.fullmatch(t):
        return True  # "Unpublished.", "Submitted": the paper's status alone on its line
    if t and CITED_COUNT.fullmatch(t):
        return True  # "[>150 citations]", "Citations: 81": how often the work is cited, alone on its line
    return bool(t) and len(t.split()) <= 8 and bool(NOTE_WORDS.search(t)) and not YEAR.search(t) and not re.search(
        r"\b(conference|proceedings|journal|transactions)\b|\bpp?\.\s*\d|\bvol\.\s*\d|\d\s*[-–]\s*\d", t, re.I)
