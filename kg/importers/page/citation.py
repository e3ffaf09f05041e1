"""Splitting one citation line into authors, title and venue.

Takes a segment (and its text) of a citation written on one line; gives the parts:
family-name-first author lists (``inverted_head``, ``uninvert_authors``), APA
(``_split_apa``), names then title (``_split_names_then_title``; on a line of its own above the
venue, ``names_then_title``), title then names (``_split_title_then_names``), names then venue
(``leading_names``), and the general ``split_one_liner`` and ``split_authors_venue``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..common import (lazy_compile, NAME_CAPITALS, ONE_NAME_WORD, GENERATION_ORDINAL, YEAR, CJK_CHARS, MARK_CLASS, MONTH_ABBR, NOTE_WORDS, STATUS_NOTE, STATUS_WORDS, fold, has_cjk, parse_date, owner_variant, split_authors,
                      status_words, doi_in_text, TEX_QUOTED, THESIS_DEGREES, VENUE_LEAD_IN, EDITORS_ABBR, EDITORS_BRACKET, EDITORS_LEAD,
                      EDITORS_WORD, ET_AL, LETTER_WORDS, TWO_LETTERS, initials_only)

from .source import norm
from .person import TALK_KIND
from .labels import LABEL_WORDS, label_of, link_text
from .memo import label_kind, same_name
from .scores import (
    INITIALS_WORD,
    GROUP_AUTHOR,
    _GROUP_WORD,
    FUNCTION_WORDS,
    JOURNAL_WORDS,
    NAME_TOKEN,
    NOT_NAME_WORDS,
    PARTICLES,
    QUICK_MARKS,
    abbreviated_title,
    author_score,
    CJK_NAME,
    ends_in_name,
    name_like,
    venue_score,
    VENUE_WORDS,
)
from .runs import Seg, run_hint
from .context import (
    NUMBERING, without_trail_pictographs, WITH_LEAD, Ctx, english_with, clean_piece, clean_title, note_words_only, sentences, vancouver_end,
)


_UP = NAME_CAPITALS
_INV_PARTICLES = "|".join(sorted(PARTICLES - {"y", "st."}))
# a family name of two words ("De Souza", "Moor Kent") opens with a word, not an initial: in "Lee, AB, D Moor-Kent, AH
# Sobel" (the first author family first, the others given name first) "D Moor-Kent" is a name of its own
_INV_SURNAME = (rf"(?:(?:{_INV_PARTICLES})\s+)*[{_UP}][\w'’\-\u2010\u2011]*"
                rf"(?:(?<=[a-zß-ÿ'’])[ \-\u2010][{_UP}][\w'’\-\u2010\u2011]*)?")
_INV_INITIAL = rf"[{_UP}](?:[a-z]\.|\.?)"
"""One initial: ``P``, ``P.``, or a digraph with its period (``Th.``, ``Rh.``)."""
_INV_MARKS = rf"(?:\s*\\?{MARK_CLASS})*"
_INV_NEXT_INITIAL = rf"[{_UP}](?:[a-z]\.|\.|(?!\s+(?!and\b|et\b)[a-z]))"
"""A further initial; one without its period is not one when a lower-case word follows it ("Lund, P. A novel
model": the title's article)."""
_INV_INITIALS = rf"(?>{_INV_INITIAL}(?:\s*-?\s*{_INV_NEXT_INITIAL}){{0,3}}(?![\w'’]){_INV_MARKS})"
"""Initials, and the marks after them ("Liu, P.★"); an atomic group: once read, a name's initials are not
read again another way ("C." as "C" and a stop), which made a long list that fails at its end take
exponential time."""
_INV_NEXT = rf"{_INV_SURNAME}{_INV_MARKS},\s*[{_UP}](?:[a-z]?\.|[{_UP}]*[,;\s])"
_INV_ELLIPSIS = r"(?:,?\s*(?:\.\.\.|…)\s*,?\s*)"
"""An ellipsis standing for names left out of a list ("Ma, W, ..., Lund, K"), with the commas around it."""
_INV_FULL_GIVEN = (rf"(?>[{_UP}][a-zß-ÿ][\w'’\-]*(?:(?:\s+[{_UP}][a-zß-ÿ][\w'’\-]*){{1,2}}"
                   rf"(?={_INV_MARKS}\s*[,;]\s*{_INV_ELLIPSIS}?{_INV_NEXT})"
                   rf"|(?=\s*;\s*{_INV_NEXT})|(?:\s+(?:(?:d[aeo]s?|e)\s+)?[{_UP}](?:[a-zß-ÿ][\w'’\-]*|\.)){{0,3}}"
                   rf"(?=\s*;\s*{_INV_SURNAME}{_INV_MARKS},\s*[{_UP}][a-zß-ÿ]|\s*[;.:]\s+[^;]{{12,}}$)){_INV_MARKS})")
"""Given names written in full, two or three words, among names with initials ("Graciano, R., Peixoto, Marco
Antonio, Leach, K.": the page's owner in full): read as one name's when a name with initials follows (one full word
could be a family name of its own, "Lind, Roe, K."); one word too where a semicolon ends the name ("Carraro,
Giovanni; Vázquez, R. A.": the semicolons part the names, the comma each name's halves); and up to four words or
initials where a semicolon ends the name and a name in full follows it, or a semicolon, stop or colon ends the last
name and the title follows with no semicolon after it, as Brazilian (ABNT, Lattes) lists write every name ("Barros,
Ana Lúcia; Prado, Rui C.; Title. Journal, v. 3, p. 1-9, 2020", "ROBINS, Ana; ROUNTREE, Rui. Title. Journal, v. 13,
2003", "Roe, Ann Marie: Title")."""
_INV_GIVEN = rf"(?:{_INV_INITIALS}|{_INV_FULL_GIVEN})"
_INV_AUTHOR = lazy_compile(rf"({_INV_SURNAME})({_INV_MARKS}),\s*({_INV_GIVEN})")
SOLE_INV_AUTHOR = lazy_compile(rf"({_INV_SURNAME}){_INV_MARKS},\s*({_INV_INITIALS})\s*(?=\(?(?:19|20)\d\d\b)")
"""One author's name, family name first and initials, then the year: "Roe, K. (2015)", the head of a citation
one author wrote alone (:func:`inverted_head` wants a list of two names or more)."""
"""One name written family name first; a mark may follow the family name too ("Mateos*, A.")."""
_INV_ONE_GIVEN = rf"(?>[{_UP}][a-zß-ÿ][\w'’\-]*(?={_INV_MARKS}\s*[,;]\s*{_INV_ELLIPSIS}?{_INV_NEXT}){_INV_MARKS})"
"""One whole given word after a family name, a name with its initials after it ("Roe, A, Varga, Ilse, Kim, D":
statistics' bylines, the owner written in full among the coauthors' initials). Read only as :func:`inverted_head`
reads the owner: "Roe, A, Almroth, Belgrano, Benkort, A. D." is as well four names, two of them family names alone."""
_INV_LATER_GIVEN = rf"(?:{_INV_INITIALS}|{_INV_FULL_GIVEN}|{_INV_ONE_GIVEN})"
"""The given names of a family-first list's second name and after, the owner's one whole word among them."""
_INV_OWNER_PAIR = lazy_compile(rf"({_INV_SURNAME}){_INV_MARKS},\s*({_INV_LATER_GIVEN})")
"""Each name of a list :data:`_INV_PREFIX_OWNER` read, in turn (its family name, its given names)."""
_INV_GROUP = rf"(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)(?P<group>{GROUP_AUTHOR})"
"""A group closing the list ("..., and Widget Imaging Initiative (WII)"): one author more, written as it is."""
_INV_MID_GROUP = rf"(?:{GROUP_AUTHOR})(?=\s*[,;])"
"""A group among the names, more names after it ("Lee, A., Reef Survey Consortium, Roe, B."): one author, written
as it is."""
_VANCOUVER_OPENING = rf"[{_UP}][\w'’\-]*\s+[{_UP}]{{1,3}}(?:\s{GENERATION_ORDINAL})?{_INV_MARKS}\s*,"
"""A list that opens Vancouver style, family name then undotted initials ("Randazzo GS, SA Hill, JF Booth"): its
later names are given name first, no family-first list."""
_INV_SPACE_SEP = rf"(?<=\.)\s+|(?<=[{_UP}]{{2}})\s+(?={_INV_SURNAME}{_INV_MARKS},\s*[{_UP}])"
"""The separators of ``_INV_SEP`` that are only a space (after an initial's stop, or after initials without
stops)."""
_INV_SEP = rf"(?:{_INV_ELLIPSIS}|,?\s*(?:,|;|&|and\b)\s*|{_INV_SPACE_SEP})"
"""Between two names written family name first: a comma, a semicolon, "&" or "and"; an ellipsis for names left
out ("Ma, W, ..., Lund, K"); or only a space after an initial's stop, or after two initials or more written without stops, where the page forgot the comma ("Audigier,
V. Lind, F., Roe, J.", "Quist, RS Barlow, DR, Title"; a lone undotted initial is a given name: "Orton KP,
I Varga, JT Moll"). A list that opens with a lone initial ("H Marsh, A Bifet, J Reed") is written
given name first, none of these."""
_INV_WHOLE_OPENING = rf"(?:{_INV_SURNAME}{_INV_MARKS}\s+(?:[{_UP}]\.\s?-?){{1,3}}{_INV_MARKS},\s*(?={_INV_NEXT}))?"
"""A first name written whole, its dotted initials after a space, before names cut at their comma ("Dearden R.P.,
Johanson, Z., O'Neill, H.L.": the owner's name as the page sets it first)."""
_INV_PREFIX = lazy_compile(
    rf"^(?![{_UP}]\s|{_VANCOUVER_OPENING}){_INV_WHOLE_OPENING}{_INV_SURNAME}{_INV_MARKS},\s*{_INV_GIVEN}"
    rf"(?:{_INV_SEP}(?:{_INV_SURNAME}{_INV_MARKS},\s*{_INV_GIVEN}|{_INV_MID_GROUP}))+"
    rf"(?:,?\s*(?:&|and)?\s*et al\.?|{_INV_GROUP})?")
_INV_PREFIX_OWNER = lazy_compile(
    rf"^(?![{_UP}]\s|{_VANCOUVER_OPENING}){_INV_SURNAME}{_INV_MARKS},\s*{_INV_LATER_GIVEN}"
    rf"(?:{_INV_SEP}(?:{_INV_SURNAME}{_INV_MARKS},\s*{_INV_LATER_GIVEN}|{_INV_MID_GROUP}))+"
    rf"(?:,?\s*(?:&|and)?\s*et al\.?|{_INV_GROUP})?")
""":data:`_INV_PREFIX` that reads the owner's one whole given word too (:data:`_INV_ONE_GIVEN`), first author or
later ("**Roe, Ilse**, Kim, D. Title": the owner often opens the list)."""


_CLOSING_STATUS = lazy_compile(r"[\s.,;]*\((?P<s>" + STATUS_NOTE.pattern + r")\)\s*\.?\s*$", re.I)
"""A paper's status in brackets closing its line, after the title's stop ("Title. (submitted)")."""
_BRACKETED_STATUS = lazy_compile(r"\s*[,.;:]?\s*\((?:" + STATUS_NOTE.pattern + r")\)", re.I)
"""A paper's status in brackets, ``" (in press)."``, where its volume and year would follow the venue."""


def inverted_head(text: str, owner_names: Sequence[str] = ()) -> tuple[str, str] | None:
    """``"Lobos, D., Delgado, F., Ruiz, S. Volcanica, 2024"`` -> the family-first author list that opens the
    text (two names or more) and what follows it; None when the text does not open with one. Given the owner's
    names, the owner written in full among initials is read too ("Roe, A, Varga, Ilse, Kim, D. Title"): every
    family name with one whole given word in the longer reading must be the owner's."""
    m = _INV_PREFIX.match(text)
    if owner_names and "," in text and (loose := _INV_PREFIX_OWNER.match(text)) is not None \
            and (m is None or loose.end() > m.end()):
        pairs = [f"{g} {p.group(1)}" for p in _INV_OWNER_PAIR.finditer(loose.group(0))
                 if ONE_NAME_WORD.fullmatch(g := QUICK_MARKS.sub("", p.group(2)).strip())]
        if pairs and all(any(same_name(n, o) for o in owner_names) for n in pairs):
            m = loose
    if not m:
        return None
    rest = text[m.end():].lstrip(" ,.;:")
    return (m.group(0), rest) if rest else None


def _owner_given_first(head: str, ctx: Ctx) -> bool:
    """Whether a list read family name first holds the owner's whole name written given name first where a family
    name would stand ("Ann Roe, Mengting Li, L. K. Lee, W. Y. Tam": "Ann Roe" read as a family name, "Mengting Li"
    as its given names): the list is written given name first, and the family-first reading cuts it in the middle
    ("Lee, W. Y."), no list of that kind."""
    for m in _INV_AUTHOR.finditer(head):
        family = m.group(1).split()
        if len(family) >= 2 and any(fold(family[0]) == fold(o.split()[0]) and same_name(m.group(1), o)
                                    for o in ctx.owner_names if o and len(o.split()) >= 2):
            return True
    return False


_INV_ONE = lazy_compile(rf"^(?![{_UP}]\s){_INV_SURNAME}{_INV_MARKS},\s*(?:{_INV_INITIALS}(?=\s+[{_UP}\"“])"
                     rf"|(?:[{_UP}]\.\s?){{0,2}}[{_UP}](?=\.(?:[{_UP}][a-zß-ÿ]{{2}}|[{_UP}]{{3}})))")
"""One name written family name first that opens a text, a capitalised word after it ("Lind, A. Isotopes in ..."),
or glued to the last initial's stop ("COELHO, F. C.Pulmonary ...", "LIND, A.PLATAFORMA ...": a Lattes CV export
writes no space there; the stop is left to the title's side, as :func:`inverted_head` leaves it)."""


_INV_OWNER_WHOLE = lazy_compile(rf"^(?P<f>{_INV_SURNAME}),\s*(?P<g>{ONE_NAME_WORD.pattern}),\s+(?=\S)")
"""The owner alone opening a citation family name first with their whole given name, a comma after it ("Varga,
Ilse, Title of the book (Place: Publisher, 2011)": a humanities list)."""


_MORE_NAMES_OR_QUOTE = lazy_compile(rf"{_INV_SURNAME}{_INV_MARKS},\s*[{_UP}]|[\"“”'‘’]|(?:and|&|with|et)\s")
"""What goes on after "Family, Given," when the owner does not stand alone: another name family name first, a quoted
title (read with the name by the quotation readers), or "and"/"&" and the next author."""


_FIRST_SENTENCE_OR_QUOTE = re.compile(r"(?<=[^\W\d_]{2})\.\s|[\"“”]")
"""Where the opening run of names stops: a stop after a word (no initial's) or a quotation mark."""


def _given_first_names(rest: str, ctx: Ctx) -> bool:
    """Whether what follows "Family, Given," is more names written given name first, "and" closing them, then a
    quoted title ("Roe, Ann, B. Lind, and C. Moss. "Title." Venue": the first author alone inverted, as Google
    Scholar's MLA form writes a list). Without the quotation mark the names may be the title of the owner's book
    ("Roe, Ann, Ruth Benedict and Margaret Mead. Boston: Beacon, 2003.": a humanities list)."""
    end = _FIRST_SENTENCE_OR_QUOTE.search(rest)
    if end is None or not rest[end.start():].lstrip(". ").startswith(("\"", "“")):
        return False
    head = rest[:end.start()]
    return bool(re.search(r"(?:^|[,\s])(?:and|&)\s", head)) and author_score(head, ctx.owner_names) >= 1


def _owner_alone_inverted(text: str, ctx: Ctx) -> tuple[str, str] | None:
    """``"Lind, A. Isotopes in shells. Geo Acta."``: the owner alone, written family name first, then the citation
    (:func:`inverted_head` takes two names or more: one name so could be a title's first words); None otherwise.
    The owner's whole given name is read so too, a comma closing it ("Varga, Ilse, Title, Venue"): given back given
    name first (no list of two one-word names)."""
    whole = _INV_OWNER_WHOLE.match(text)
    if whole is not None and len((rest := text[whole.end():].strip()).split()) >= 3 \
            and not _MORE_NAMES_OR_QUOTE.match(rest) and not _given_first_names(rest, ctx) \
            and author_score(re.split(r"\s*(?:[,;&]|\band\b)\s*", rest, maxsplit=1)[0], ctx.owner_names) < 1 and any(
            same_name(f"{whole['g']} {whole['f']}", o) for o in ctx.owner_names if o):
        # (not the first of a list of names, "Ruiz, Ana, Gomez, Pablo, _Title_", "Roe, Ann, Bo Lind & Cy Moss,
        # 'Title'", "Roe, Ann, and Bo Lind, 'Title'"; a quoted title after the name is read by the readers of
        # quotations, the name with it)
        return f"{whole['g']} {whole['f']}", rest
    m = _INV_ONE.match(text)
    if m is None:
        return None
    rest = text[m.end():].lstrip(".").strip()
    names = uninvert_authors(m.group(0).strip())
    return (m.group(0).strip(), rest) if names and owner_among(names, ctx) and len(rest.split()) >= 3 else None


_INV_RUN_INITIALS = lazy_compile(rf"([{_UP}])(?=[{_UP}])")
_INV_BARE_INITIAL = lazy_compile(rf"([{_UP}])(?![.\w])")
_INV_LONE = (rf"(?:(?:{_INV_PARTICLES})\s+)*[{_UP}][a-zß-ÿ][\w'’\-\u2010\u2011]*{_INV_MARKS}"
             rf"(?=,?\s*(?:,|;|&|and\b)\s*{_INV_SURNAME}{_INV_MARKS},\s*[{_UP}])")
"""A family name the page wrote with no initials, inside a family-first list ("Speakman, CN, McHuron, & Arnould,
JPY", "..., Almroth, E, Belgrano, Benkort, AD, ..."): one author, when a name with its initials follows it."""
_INV_LIST = lazy_compile(
    rf"^(?![{_UP}]\s|{_VANCOUVER_OPENING}){_INV_SURNAME}{_INV_MARKS},\s*{_INV_GIVEN}"
    rf"(?:(?:{_INV_ELLIPSIS}|,?\s*(?:,|;|&|and\b|\.\.\.|…)\s*|{_INV_SPACE_SEP})(?:{_INV_SURNAME}{_INV_MARKS},\s*{_INV_GIVEN}|{_INV_LONE}|{_INV_MID_GROUP}))*"
    rf"(?:,?\s*(?:&|and)?\s*et al\.?|{_INV_GROUP})?\s*$")
_INV_ITEM = lazy_compile(rf"{_INV_AUTHOR.pattern}|(?<=[,;&]\s)(?P<lone>{_INV_LONE}|{_INV_MID_GROUP})"
                       rf"|(?<=\band\s)(?P<lone2>{_INV_LONE})")


def uninvert_authors(text: str) -> str | None:
    """An APA/Harvard author list ``"Okafor, R., Baek, J.-H., & van Dijk, P."`` written given-name
    first (``"R. Okafor, J.-H. Baek, and P. van Dijk"``); None when the text is not one.

    >>> uninvert_authors("Raghunathan, P., Osei, K. A., & Moreau, É.")
    'P. Raghunathan, K. A. Osei, and É. Moreau'
    >>> uninvert_authors("Kimura, T.") , uninvert_authors("Smith, John")
    ('T. Kimura', None)
    """
    text = norm(text).rstrip(",; ")
    listed = _INV_LIST.match(text) if "," in text else None
    if not listed:
        return None
    group = listed.group("group")
    if group:
        text = text[:listed.start("group")]
    names = []
    for m in _INV_ITEM.finditer(text):
        if m.group("lone") or m.group("lone2"):
            names.append(m.group(0).strip())
            continue
        initials = m.group(3).strip()
        marks = re.search(rf"(?:\s*\\?{MARK_CLASS})+$", initials)
        if marks:  # "Liu, P.★": the mark goes after the name written given name first ("P. Liu★")
            initials = initials[: marks.start()].strip()
        marked = m.group(2).replace(" ", "") + (marks.group(0).replace(" ", "") if marks else "")
        names.append(_INV_BARE_INITIAL.sub(r"\1.", _INV_RUN_INITIALS.sub(r"\1. ", initials)) + " " + m.group(1)
                     + marked)
    if not names:
        return None
    if group:
        names.append(group)
    etal = re.search(r"et al\.?\s*$", text)
    if len(names) == 1:
        out = names[0]
    elif len(names) == 2:
        out = f"{names[0]} and {names[1]}"
    else:
        out = ", ".join(names[:-1]) + ", and " + names[-1]
    return out + (" et al." if etal else "")


_APA_HEAD = lazy_compile(
    # ("(Feb. 2017)", "(March 3, 2020)": the month, and the day, before the year in the brackets)
    rf"^(?P<a>.+?)(?:\s*\((?:(?:{MONTH_ABBR})[a-z]*\.?\s+(?:\d{{1,2}},?\s+)?(?=(?:19|20)\d\d\)))?"
    # ("(2025, in press)": the year, then the paper's status in the same brackets)
    rf"(?P<y>(?:to appear,?\s*)?(?:19|20)\d\d[a-z]?(?:,\s*(?:{status_words()})(?=\)))?|n\.\s?d\.|pre-?print(?: only)?|"
    + status_words("in press", "forthcoming", "accepted", "to appear", "submitted", "in review", "under review",
                   "in prep", "in preparation", "under revision", gap=" ") + ")"
    # ("Lee, A.B.2000. Title", "Lee, A. 1998.. Title", "Lee, A. 1999.Title": a hand-typed list's year glued to the
    # names or the title by its stops, or with two of them; "(2019, May 8)", and "(2019, 08.05.)": the day and month
    # in digits, as a German or European blog post is dated)
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?|,\s*[0-3]?\d\.[01]?\d\.?)?\)|(?:[.,]\s*|\s+)(?:19|20)\d\d[a-z]?"
    # ("Lee, A. and Roe, B., 2024, October. Title. In Venue": Google Scholar's Harvard style gives the month too)
    rf"(?:,\s*(?:{MONTH_ABBR})[a-z]*\.?(?:\s+\d{{1,2}})?)?(?=[.,:])"
    r"|(?P<bare>[.,]?\s+(?:19|20)\d\d[a-z]?(?=\s+(?-i:[A-Z]))))"
    r"\s*(?:[.,:]?\.?\s+|[.,:]\.?(?=(?-i:[A-Z\"“])))(?P<rest>\S.*)$", re.I)


@lru_cache(maxsize=8192)
def _apa_head(text: str) -> re.Match | None:
    """_APA_HEAD's match of a text, memoised: the entry reader asks it of a citation up to three times (whether it
    is one, its split, its names and venue), and its lazy head retries at every character of a text without one."""
    return _APA_HEAD.match(text)


@lru_cache(maxsize=8192)
def apa_citation(text: str) -> bool:
    """A whole citation that opens with its authors and year (``Stewart, J., & Ruiz, A. (2025). Title.``);
    memoised: the entry reader asks it of every segment, and the one-line reader again of the one it splits."""
    if "(" not in text and "19" not in text and "20" not in text:
        return False  # (the year or the bracket every head holds: a title line has neither, and is quick to refuse)
    m = _apa_head(text)
    names = _EDITOR_TAIL.sub("", m.group("a")) if m else ""
    if m and m.group("bare"):
        # "Lind, B., & Okafor, R. 2019 A method ...": a year with no stop after it only after names written
        # family name first ("Since October 2018 I have ..." is a sentence)
        return uninvert_authors(names) is not None
    return bool(m) and (uninvert_authors(names) is not None or _name_list(names))


def author_date_year(text: str) -> int | None:
    """The year an author-date citation writes after its names ("Roe, T. (2016). Title. *Venue 2015*, 34-46"): the
    work's year, whatever year the venue's own name holds; None when the text is no such citation.

    >>> author_date_year("Roe, T. (2016). Vowel merger. Transactions of the Dialect Society 2015, 34-46.")
    2016
    """
    m = _apa_head(text) if apa_citation(text) else None
    y = re.match(r"(?:to appear,?\s*)?((?:19|20)\d\d)", m.group("y") or "") if m else None
    return int(y.group(1)) if y else None


_EDITOR_TAIL = re.compile(rf"(?i),?\s*{EDITORS_WORD}\s*$")
"""What closes the names of a work's editors: "Ford, M. J., editor", "Lee, A. (Ed.)", "Lee, A. and Roe, B., eds."."""


_IN_BOOK = r"(?:In|En|Em|Dans)"
"""The word that opens the book a chapter is in, after the chapter's title, in the languages seen."""


def _in_brackets(text: str, at: int, length: int) -> bool:
    """Whether the piece of ``text`` at ``at`` stands in brackets of its own ("Lane snapper (<i>Lutjanus
    synagris</i>) in Honduras": a species' name in a title when words of the sentence or the venue follow)."""
    return text[:at].rstrip().endswith(("(", "[")) and re.match(r"\s*[)\]]", text[at + length:]) is not None


def venue_links(segs: list[Seg], label_anchors) -> set:
    """The short links an author-date citation writes in its venue's place, right after the title's stop and before
    the volume: "(2025). <i>Title.</i> [Nature](x.pdf), 1-8." (the journal's name links the paper's PDF): their text
    is the venue, no link label (a label word, "[PDF](x.pdf), 1-8", stays one)."""
    out = set()
    for s in segs:
        if not apa_citation(norm(s.text)):
            continue
        for r, (a, b) in zip(s.runs, s.spans):
            anchor = r.anchor
            if anchor is None or anchor not in label_anchors or anchor in out:
                continue
            label = label_of(anchor)
            if not TWO_LETTERS.search(label) or fold(label) in LABEL_WORDS or label_kind(label) is not None:
                continue
            spans = [sp for q, sp in zip(s.runs, s.spans) if q.anchor is anchor]
            before, after = s.raw[:spans[0][0]], s.raw[spans[-1][1]:]
            if re.search(r"[.?!][*_”\"’]*\s*$|</(?:i|em)>\s*$", before) and re.match(r"\s*,\s*\d", after):
                out.add(anchor)
    return out


_NAMES_AND_LEAD = re.compile(r"(?P<n>[^,;]+?\s(?:and|&)\s+[^,;]+?),\s*(?P<t>\S.*)$")  # ("A, B and C, Title")
_INITIALED_NAME_LEAD = lazy_compile(rf"(?P<n>(?:[{_UP}]\.\s*-?\s*){{1,3}}[{_UP}][^\W\d_]+(?:[\s-][{_UP}][^\W\d_]+)?),"
                                  r"\s*(?P<t>\S.*)$")  # ("K. P. Murphy, Title": one name, its initials written)
_EDITION_TAIL = lazy_compile(r",\s*(?P<e>(?:\d+(?:st|nd|rd|th)|first|second|third|revised)\s+(?:ed\.?|edition))\s*$", re.I)


def names_open_title(parts: tuple[str, str | None, str | None]) -> tuple[str, str, str | None] | None:
    """An unquoted IEEE book or report whose names were read into its title, "S. Lind and B. Roe, Cold Lakes, 2nd
    ed. Oxford Press, 2023." (IEEE quotes an article's title, not a book's): the initialed names that open the
    title, its title after them, the edition ("2nd ed.") kept before the publisher in the venue."""
    title, authors, venue = parts
    if authors or not title or "," not in title:
        return None
    closed = _NAMES_AND_LEAD.match(title) or _INITIALED_NAME_LEAD.match(title)
    if not closed or len(_words(closed.group("t"))) < 2:
        return None
    names = [p.strip() for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", closed.group("n"))]
    if not all(p and _initialed(p) for p in names):
        return None  # (the names all initialed, "S. Lind": a list of words before a comma is no list of names)
    rest, edition = closed.group("t"), None
    if (ed := _EDITION_TAIL.search(rest)) is not None:
        rest, edition = rest[:ed.start()], ed.group("e")
    if edition:
        # before the publisher, as written: after it the venue reader cut it with the year ("Press, 2023, 2nd ed")
        venue = f"{edition.rstrip('.')}. {venue}" if venue else edition
    return clean_title(rest), closed.group("n"), clean_piece(venue or "") or None


_STATUS_CLAUSE = lazy_compile(
    r"[,.;]\s+(?P<c>(?:(?:originally|currently|now|first)\s+)?(?:" + status_words(
        "submitted", "resubmitted", "conditionally accepted", "accepted", "under review", "under revision",
        "under consideration", "in review", "in revision", "to appear", "forthcoming") + ")"
    r"\s+(?:to|at|in|for|by|with)(?:\s+the)?(?:\s+[*_]?(?-i:[A-Z]).*)?)$", re.I)
"""The paper's status written after its title with the journal it went to ("Title, submitted to Journal X on 25
August, 2017, under revision", "Title. Under review at X"): a comma or stop, then the status verb and the
journal's capitalised name, or nothing when the journal follows the title in a style of its own ("Title, under
review at <i>Venue</i>"); a title's own "accepted in practice" has neither."""


_CLAUSE_DATE = lazy_compile(rf"\s+on\s+(?P<d>(?:\d{{1,2}}\s+(?:{MONTH_ABBR})[a-z]*\.?|(?:{MONTH_ABBR})[a-z]*\.?\s+\d{{1,2}}),?"
                          r"\s+(?:19|20)\d\d\b)", re.I)


def status_clause(title: str) -> tuple[str, str] | None:
    """The title before a status clause that closes it, and the clause, or None when no clause closes it.

    >>> status_clause("A Study of Owls, submitted to Owl Review on 25 August, 2017, under revision")
    ('A Study of Owls', 'submitted to Owl Review on 25 August, 2017, under revision')
    """
    m = _STATUS_CLAUSE.search(title)
    if not m or len(_words(title[:m.start()])) < 3:
        return None
    return title[:m.start()].rstrip(" ,.;"), m.group("c").strip(" ,.;")


def _split_apa(seg: Seg, text: str) -> tuple[str, str, str | None] | None:
    """``"Okafor, R., & Baek, J. (2021). Title. <i>Venue</i>, 6(4), 1–9."`` (APA, jekyll-scholar's
    default style): the authors before the year in parentheses, then the title up to the italic venue."""
    m = _apa_head(text)
    if not m or not apa_citation(text):
        return None
    rest = m.group("rest")
    start = len(text) - len(rest)
    title = None
    pos = 0
    italics = [k for k, r in enumerate(seg.runs) if r.italic and len(norm(r.text)) >= 3]
    for k in italics:
        a = seg.spans[k][0]
        piece = norm(seg.raw[a:seg.spans[k][1]])
        at = text.find(piece, start) if piece else -1
        if at > start and _PAGES_BEFORE.search(text[:at]) and len(piece.split()) >= 2:
            # "Title. Ecology 94: 2663-2669. <i>Recommended by Faculty of 1000</i>": an italic remark after the volume
            # and pages follows a whole citation; it is no venue, and no part of the title or venue
            text, rest = text[:at].rstrip(), rest[: max(0, at - start)].rstrip()
            italics = [j for j in italics if j < k]
            break
    quoted = re.match(r"\s*[“\"]([^”\"]{6,}?)[”\"]", rest)
    if quoted and _quote_opens_title(seg, rest, quoted):
        quoted = None  # '(2025). “Facebook Reactions” as Indicators: A Study. <i>PhD Thesis</i>': the quotes open it
    if quoted and len(_words(quoted.group(1))) >= 2:
        # '(2020). "Job Search Frictions." Forthcoming in <i>Venue</i>': the quotes close the title, its period
        # inside them, whatever the italic run after it is (the venue, a status before it or not)
        title, pos = quoted.group(1), start + quoted.end()
    for k, (r, (a, b)) in enumerate(zip(seg.runs, seg.spans)):
        if title is not None:
            break
        piece = norm(seg.raw[a:b])
        if r.italic and piece and len(piece) >= 3 and not piece.isdigit():
            at = text.find(piece, start)
            after = text[at + len(piece):]
            if at == start and len(piece.split()) >= 2 and (len(norm(after).split()) <= 8
                                                            or re.match(r"[.,]\s", after)):
                # "(2022). <i>Mixture Models with R</i>. Springer.": a book's title is the italic, its publisher after
                # (however long what follows: "(2012) <i>Title</i>. (<a>Data</a>) Publisher, ISBN ...")
                title, pos = piece, at + len(piece)
                inner = re.search(r"(?<=[^\W\d_]{2})\.\s+(?P<v>[A-Z][^.?!]{2,80})$", piece)
                if inner and re.match(r"\s*" + _VOLUME_NEXT, after) and venue_score(inner.group("v")) >= 1 \
                        and len(_words(piece[:inner.start()])) >= 3:
                    # "(2020). <i>Title of the paper. Journal of Owls</i>, 47(1), 181-192.": the journal slipped into
                    # the title's italics, its volume after them; the title ends at its last stop
                    title, pos = piece[:inner.start()], at + inner.start("v")
                break
            if at > start and (re.match(r"\s+[a-z]", text[at + len(piece):]) or _in_brackets(text, at, len(piece))
                               and (re.match(r"\s*[)\]]\s*[\w,;:]", text[at + len(piece):]) or italics[-1] > k)) \
                    and not re.search(r"[.?!]\s", text[start:at]):
                # "Title about <i>Arabidopsis thaliana</i> transcription factors.", "Lane snapper (<i>Lutjanus
                # synagris</i>) in Honduras.": a name in the title's sentence
                continue
            if at > start and italics[-1] > k and not re.search(r"[.?!,]\s", text[start:at]) \
                    and (last := text[start:at].split()[-1:]) and last[0] in FUNCTION_WORDS and last[0] != "in":
                # "(2023). Exploring Practices with <i>Le Pressoir</i>, <i>Journal X</i>.": a title ends on no
                # "with", "of", "the"; the italic run after it is the title's, the next one the venue ("in" opens
                # the book a chapter is in)
                continue
            if at > start and re.search(r"[^\W\d_]\s$", text[:at]) and re.match(r"[.?!]\s+[A-Z]", after) \
                    and not re.search(r"[.?!]\s", text[start:at]):
                # "Diet of gannets <i>Morus serrator</i>. Marine Ecology, 636": the species' name closes the title's
                # sentence, no stop before it; the venue is the sentence after
                continue
            if at > start and italics[-1] > k and re.search(r"[^\W\d_]\s$", text[:at]) \
                    and not re.search(rf"\b(?:{_IN_BOOK}|in)\s$", text[:at]) \
                    and not re.search(r"[.?!]\s", text[start:at]) and venue_score(piece) < 1 \
                    and not re.search(r"\d", piece) and not re.match(r"\s*,?\s*\(?(?:pp?\.\s*)?\d", after):
                # "Feeding in the holocephalan <i>Iniopera</i>. <a><i>PNAS</i></a>", "of <i>Acanthodes</i> (Agassiz,
                # 1833) revisited. <i>Journal</i>": an italic run inside the title's sentence, the title's stop and
                # a later italic run (the journal, in the text or taken out as its link) after it, is a name in the
                # title; not one with a number in it or after it ("<i>Ecology, 104</i>(3)", "<i>Oecologia</i>, 12,
                # 1–10", "<i>Handbook</i> (pp. 1–10)": the venue's volume or pages)
                later = text.find(norm(seg.raw[slice(*seg.spans[italics[-1]])]), at + len(piece))
                if re.search(r"[.?!](?:\s|$)", text[at + len(piece):later if later > 0 else None]):
                    continue
            if at > start:
                cut = norm(text[start:at])
                cut = re.sub(rf"(?:^|[.?!,]\s*)\b{_IN_BOOK}\s*:?\s*$|\b{_IN_BOOK}\s*:?\s*$", "", cut).strip()
                # "Decision making. In: Reisberg, D. (Ed.) <i>Handbook</i>": the chapter's title ends where "In" begins
                # (Spanish "En", Portuguese "Em", French "Dans")
                cut = re.split(rf"(?<=[.?!])\s+{_IN_BOOK}\s*:?\s+(?=[A-Z])", cut, maxsplit=1)[0].rstrip(". ")
                glued = re.search(r"(?<=[^\W\d_]{2})\.\s?(?P<w>[A-Z][^\W\d_]+)$", cut)
                if glued and len(cut[:glued.start()].split()) >= 2 and text.rfind(glued.group("w"), start, at) > start \
                        and re.search(rf"[^\W\d_]\.{re.escape(glued.group('w'))}\b", seg.raw):
                    # "... and english.Canadian <i>Journal of Linguistics</i>": the title's stop with no space after
                    # it, the journal's first word glued to it outside the italics: the title ends at the stop
                    title, pos = cut[:glued.start()], text.rfind(glued.group("w"), start, at)
                    break
                if len(cut.split()) >= 2:
                    title, pos = cut, at
                    break
    if title is None and not italics:
        # "Lee, K. (2016) <a><b>Title of the paper</b></a> Oikos 125:1-9": no italic anywhere, a bold or linked run
        # right after the year is the title, the venue after it whatever stops it has (none here)
        styled = [(r, norm(seg.raw[a:b])) for r, (a, b) in zip(seg.runs, seg.spans) if norm(seg.raw[a:b])]
        lead = next((k for k, (r, p) in enumerate(styled) if text.find(p, start) >= start), None)
        if lead is not None and (styled[lead][0].bold or styled[lead][0].anchor is not None) \
                and text.find(styled[lead][1], start) == start:
            key = (styled[lead][0].bold, styled[lead][0].anchor)
            piece = " ".join(p for r, p in styled[lead:][:next(
                (k for k, (r, p) in enumerate(styled[lead:]) if (r.bold, r.anchor) != key), len(styled) - lead)])
            at = text.find(piece, start)
            if at == start and len(piece.split()) >= 3 and len(text[at + len(piece):].strip(" .,;:").split()) >= 1:
                title, pos = piece.rstrip(". "), at + len(piece)
    if quoted and title is None:
        # '(2020). "Job Search Frictions." Working paper.': the quotes close the title, its period inside them (the
        # quotation matched and weighed above, ``rest`` unchanged since: one word in them is a title here too)
        title, pos = quoted.group(1), start + quoted.end()
    if title is None:
        parts = sentences(rest)
        if not parts:
            return None
        title = parts[0]
        if title.endswith(("?", "!")) and len(parts) >= 3 and venue_score(parts[1]) < 1 and (1 <= max(
                venue_score(parts[2]), 1 if re.match(r"In\s*:?\s+[A-Z]", parts[2]) else 0) or _named_after(parts)) \
                and text.find(parts[1], start) >= 0 and not re.search(r",\s*\d", parts[1]):
            # ("Sur le Spectre, 1, 15." after the question is the venue with its volume and pages, no subtitle)
            # "How mixed is it? An acoustic analysis of vowels. Journal of Phonetics.": a question, then its subtitle
            title = text[text.find(title, start):text.find(parts[1], start) + len(parts[1])]
        elif len(parts) >= 3 and re.match(rf"{_IN_BOOK}\s*:?\s+[A-Z]", parts[2]) and venue_score(parts[1]) < 1 \
                and not re.search(r"\d", parts[1]) and len(_words(parts[1])) >= 2 \
                and not re.match(rf"{_IN_BOOK}\s*:?\s", parts[1]) and text.find(parts[1], start) >= 0:
            # "(2016): Title. Subtitle. In Editors (eds.): Book.": the sentence between the title and the book the
            # chapter is in is its subtitle (no venue: a venue of its own comes after the title, not before "In")
            title = text[text.find(title, start):text.find(parts[1], start) + len(parts[1])]
        elif len(parts) >= 3 and _JOURNAL_VOLUME_LEAD.match(parts[2]) and venue_score(parts[1]) < 1 \
                and parts[1][:1].isupper() and not re.search(r"\d", parts[1]) and len(_words(parts[1])) >= 3 \
                and text.find(parts[1], start) >= 0 and (title_cased(parts[0]) or not title_cased(parts[1])) \
                and not (note_words_only(parts[1]) or NOTE_WORDS.search(parts[1]) or STATUS_NOTE.search(parts[1])):
            # "(2023). Complexity in Public Health. Addressing Hard Problems Through Data. Epidemiology, 34(4), 505.":
            # the journal is the sentence its volume follows; a sentence of words between it and the title is the
            # title's second sentence (Vancouver and APA keep a subtitle's stop); a sentence in title case after one
            # in sentence case is the journal's own first part ("Biochimica et Biophysica Acta. Molecular Cell
            # Research, 1866(1)": APA writes titles in sentence case, journals in title case); a note's sentence
            # ("Advance online publication.", "Invited talk given at X.") is the work's note, no title's
            title = text[text.find(title, start):text.find(parts[1], start) + len(parts[1])]
        pos = start + len(title)
        idx = text.find(title, start)
        if idx >= 0:
            pos = idx + len(title)
        book = re.search(rf",\s+(?i:{_IN_BOOK})\s*:?\s+(?=[A-Z])", title)
        if book and len(_words(title[:book.start()])) >= 2 and idx >= 0:
            # "(2011) Automatic Mixing, in DAFX: Digital Audio Effects (ed U. Zölzer), Wiley.": no stop ends a
            # chapter's title, ", in" opens its book
            title, pos = title[:book.start()], idx + book.end()
        press = _PUBLISHER_AFTER.search(title) if idx >= 0 and "," in title else None
        if press and len(_words(title[:press.start()])) >= 3 \
                and not re.search(r"[:,]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*$", title[:press.start()]):
            # "(2010). A Collection of Exercises in Probability, World Scientific Publishing, Singapore.": a book's
            # publisher (and its city) after a comma, no stop between them and the title (a list of short names
            # before it, "...: Squat, Deadlift, Bench Press.", is the title's own, its last item no publisher)
            title, pos = title[:press.start()], idx + press.start("v")
        glued = _ABBREVIATED_VENUE_AFTER.search(title) if idx >= 0 and not clean_piece(text[pos:]) else None
        if glued and abbreviated_title(glued.group("v").split()) and len(_words(title[:glued.start()])) >= 3:
            # "1968. Fatty acids in soybean seeds Crop Sci. 8: 171-173.": no stop between the title and the
            # journal's abbreviated name; the journal begins with the capital words before the abbreviation
            title, pos = title[:glued.start()], idx + glued.start("v")
    venue = clean_piece(text[pos:].lstrip(".”\"' ")) or None
    italic = next((p for r, (a, b) in zip(seg.runs, seg.spans) if r.italic and (p := norm(seg.raw[a:b]))
                   and text.startswith(p, pos)), None)
    if venue and italic and re.match(r"\.\s+[A-Z]", text[pos + len(italic):]) and not STATUS_NOTE.fullmatch(italic):
        # (an italic status, "*In review*. Journal of X.", is no book: the journal it names follows it)
        venue = clean_piece(italic)  # "<i>Oxford Handbook of X</i>. New York, NY: Oxford University Press.": the book
    if venue:
        # "..., Chichester, UK. doi: 10.1002/x": the DOI closing the venue is no part of it (one inside it, "doi:
        # 10.1002/x. ch13, p. 523-550", stays: what follows it is the work's)
        found = doi_in_text(venue)
        venue = clean_piece(venue[:found[1]] if found and len(venue[found[2]:].split()) <= 1 else venue) or None
    thesis = _THESIS_BRACKETS.search(title) if title.endswith((")", "]", ").", "].")) else None
    if thesis and len(_words(title[:thesis.start()])) >= 2:
        # "(2019). Title (Doctoral dissertation, University of X).": APA's kind of work and where, in brackets after
        # an unstyled title, is the venue's place (the address after it is a link)
        rest_venue = re.sub(r"^\(?\s*(?:https?://\S+?)\s*\)?\.?$", "", venue or "")
        venue = clean_piece(", ".join(filter(None, [thesis.group("v"), rest_venue]))) or None
        title = title[:thesis.start()]
    if (cut := status_clause(title)) is not None and not (venue and _VENUE_NUMBERS.search(venue)):
        # "(2017) Title, submitted to Journal X on 25 August, 2017, under revision. Available at <i>Preprints</i> 5":
        # the status clause is no part of the title; the journal it names is the venue unless one is written after it
        # (a venue with its volume and pages is the work in print: "Owls, Accepted in Their Own Right. <i>J</i>, 3(1),
        # 1-9" is a title's own words)
        title, clause = cut
        clause = re.sub(r"\.\s+(?:Available|Published|Posted)\s+(?:at|on|in|as)\s*:?$", "", clause).strip(" ,.;")
        if venue and re.search(r"\s(?:to|at|in|for|by|with)(?:\s+the)?$", clause):
            # ("Title, originally submitted to the <i>Journal</i> on November 12, 2017": the journal follows the clause)
            clause = re.sub(r"\s+(?:to|at|in|for|by|with)(?:\s+the)?$", "", clause)
        if venue:
            # the clause a note in brackets after the venue, its date written as parse_date reads it ("on 25 August,
            # 2017" -> "on 2017-08-25"): the venue's month reader would cut the venue there, the status after it lost
            clause = _CLAUSE_DATE.sub(lambda d: f" on {parse_date(d.group('d')) or d.group('d')}", clause)
            venue = f"{venue} ({clause})"
        else:
            venue = clause  # (its date the venue reader's, as written)
    return clean_title(title.rstrip(". ")), _EDITOR_TAIL.sub("", m.group("a")), venue


_ABBREVIATED_VENUE_AFTER = lazy_compile(r"\s(?P<v>(?:[A-Z][a-z]+\s+){0,3}(?:[A-Z][a-z]{0,7}\.\s*)+\d+\s*[:(]\s*\d[^.]*)\.?$")
"""A title's sentence closed by a journal's abbreviated name, its volume and pages ("... seeds Crop Sci. 8: 171-173"):
a hand-typed citation whose title lacks its stop."""


_THESIS_BRACKETS = lazy_compile(rf"\s*[(\[](?P<v>(?:{THESIS_DEGREES})\s+(?:dissertation|thesis)\b[^()\[\]]*)[)\]]\.?$",
                              re.I)
"""APA's "(Doctoral dissertation, University of X)" or "[Master's thesis, X]" closing a thesis's title."""


_PUBLISHER_AFTER = lazy_compile(r",\s+(?P<v>(?:[A-Z][\w&.'’-]*\s+){0,4}(?:Publishing|Publishers|Press|Verlag)"
                             r"(?:\s+(?:Co|Company|Inc|Ltd|Group|House)\.?)?(?:,\s*[A-Z][\w.'’ -]{1,30}){0,2})[.\s]*$")
"""A book's publisher closing a title's sentence after a comma, its city after it or not ("..., World Scientific
Publishing, Singapore", "..., Harbor Press")."""
_VOLUME_NEXT = r",\s*\d{1,4}\s*(?:\(|,)"
"""A journal's volume after its name's comma, its issue or pages next (", 34(4)", ", 47, 181-192")."""
_JOURNAL_VOLUME_LEAD = re.compile(r"[A-Z][^\W\d_]*(?:[\s&:-]+[^\W\d_]+){0,9}" + _VOLUME_NEXT)
"""A sentence opening with a journal's name, then a comma and its volume ("Epidemiology, 34(4), 505", "Journal of
Owls, 47, 181-192"), as APA writes the venue."""


def _named_after(parts: list[str]) -> bool:
    """After a question closing a title's first sentence, a sentence of words (no numbers, no note) and then a
    last one that names something (no numbers, link or note either): "What Is Lost? Modeling Dams on Rivers.
    Frontiers in Rivers." is a question, its subtitle, then the venue, whatever words the venue's name uses."""
    sub, last = parts[1], " ".join(parts[2:])
    return len(parts) == 3 and sub[:1].isupper() and len(sub.split()) >= 3 and not re.search(r"\d", sub) \
        and not note_words_only(sub) and re.match(r"[A-Z][^\W\d_]", last) is not None \
        and not re.search(r"\d|https?:|doi\b|\bpp?\.", last, re.I) and not note_words_only(last) \
        and len(last.split()) <= 8


_GIVEN_AN = re.compile(r"An [A-Z][a-z'’\-]+")


@lru_cache(maxsize=8192)
def _name_list(text: str) -> bool:
    """``"Pingping Dong, Xiao-Lin Wang, Kam K. H. Ng"``: every chunk of a given-name-first list is a name; memoised
    (a list's entries ask it again and again of the same venue's name: "Journal of Hydrology (JHydrol)")."""
    al = split_authors(text)
    authors = al.authors
    # ("Lionel Roe, An Martel, Kris Lee": among three names or more, "An" is a given name, no article; words run on
    # past the last name are no name's)
    return bool(authors) and not al.after \
        and all(name_like(a.name) or len(authors) >= 3 and _GIVEN_AN.fullmatch(a.name) for a in authors) \
        and (len(authors) > 1 or _full_name(authors[0].name))


def names_then_title(seg: Seg, text: str, ctx: Ctx) -> tuple[str, str] | None:
    """``"A. Lee, B. Roe. <i>A Study of Things</i>."``: a line of two sentences, the first a list of names and the
    second the title (the venue on a line of its own below); the names and the title, or None.

    The names are told by their look (every chunk a name, given name first or family name first); the title by
    its own style (italic, bold or a link, whatever its words), or, written plain, by naming no one and holding
    no venue words ("Walks and Bubbles" in title case reads as two names when nothing sets it off)."""
    parts = sentences(text)
    if len(parts) != 2:
        return None
    names, title = clean_piece(parts[0]), clean_title(parts[1].rstrip(". "))
    if not names or len(title.split()) < 2 or not (_name_list(names) or uninvert_authors(names) is not None) \
            or not re.match(r"[\"“‘'¿¡]?\w", title) or note_words_only(title):
        return None  # ("A, B. (*Equal contribution)": a note on the names, no title)
    if author_score(names, ctx.owner_names) < 0.6 or venue_score(title) >= 2 \
            or any(same_name(title, o) for o in ctx.owner_names if o):
        return None
    styled = [(r.bold, r.italic, r.anchor) for r in seg.runs if r.text.strip(" .,;:")
              and norm(r.text).strip(" .,;:") in title]
    whole = "".join(norm(r.text) for r in seg.runs if (r.bold, r.italic, r.anchor) == styled[0]).strip(" .,;:") \
        if styled and (styled[0][0] or styled[0][1] or styled[0][2] is not None) else ""
    if whole == title:
        return names, title
    if author_score(title, ctx.owner_names) >= 0.3 or _name_list(title):
        return None
    return names, title


@lru_cache(maxsize=16384)
def _full_name(chunk: str) -> bool:
    """A name of two to five words (``Aylin Yener``, ``A. Lee Swindlehurst``, ``Rémi A. Chou``): stricter than
    :func:`name_like`, for telling a leading author list from the title that follows it."""
    tokens = chunk.strip().split()
    if CJK_NAME.fullmatch(chunk.strip()):
        return True  # "山田太郎": a name in Chinese characters, family and given names written together
    if not 2 <= len(tokens) <= 5 or re.search(r"\d", chunk):
        return False
    for t in tokens:
        low = t.lower()
        if t in FUNCTION_WORDS or (low in NOT_NAME_WORDS and (low not in FUNCTION_WORDS or len(low) >= 5)):
            return False  # a capitalized "An" (An Liu) or "Da" is a name; "Networks" or "Towards" is not
        if not (NAME_TOKEN.match(t) or low in PARTICLES):
            return False
    return not all(t.lower() in PARTICLES for t in tokens) and not abbreviated_title(tokens)


def _named_acronym(text: str) -> bool:
    """``"Theoretical Computer Science (TCS)"``: a name followed by the acronym of its capitalized words, how
    venue lists write a journal or conference.

    >>> _named_acronym("World Wide Web Journal (WWWJ)"), _named_acronym("Graph Clustering (new)")
    (True, False)
    """
    m = re.fullmatch(r"(?P<name>[^()]{6,}?)\s*\((?P<abbr>[A-Z][A-Za-z&\-]{1,11})\)", text.strip())
    if not m:
        return False
    initials = "".join(w[0] for w in re.split(r"[\s\-/]+", m.group("name")) if w[:1].isupper())
    abbr = re.sub(r"[^A-Z]", "", m.group("abbr"))
    return len(abbr) >= 2 and initials.startswith(abbr[:2]) and abbr in initials


def title_run_then_names(seg: Seg, label_anchors, ctx: Ctx) -> tuple[str, str] | None:
    """``"[Foam Detection at Scale](foam.pdf), **N. Petrova**, P. Gray"`` in a cell a table's header calls the
    title: the link (or styled run) that opens it is the title and the names after it are the authors."""
    split = title_run(seg, label_anchors)
    if split is None or author_score(split[1], ctx.owner_names) < 1:
        return None
    return split


def title_run(seg: Seg, label_anchors) -> tuple[str, str] | None:
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
    for r, a, b in runs[1:]:
        if not same(r) and not (first.bold and r.bold and r.anchor is None and first.anchor is None and a == end):
            # ("***Two Birds*: One Stone**", "**Learning *in situ* models**": an italic part inside a bold title,
            # no space between the runs, is the title's)
            break
        end = b
    head, rest = clean_piece(seg.raw[:end]), clean_piece(seg.raw[end:])
    if len(head.split()) < 2 or not rest:
        return None
    return head, rest


_VENUE_VOLUME = re.compile(rf"[{_UP}][^\d,;:]{{1,80}}?\s+\d{{1,5}}\b(?!\s*(?:st|nd|rd|th)\b)")
"""A journal's name then its volume ("Nature 402", "Sci. Rep. 6"): a citation's venue when numbers alone follow it."""


def _numbers_only(piece: str) -> bool:
    """A citation's piece of pages, numbers or a date ("p. 157", "17–23", "February 2016."), no words."""
    bare = re.sub(rf"(?i)\b(?:pp?|vol|no|(?:{MONTH_ABBR})[a-z]*)\b\.?", " ", piece)
    return bool(re.search(r"\d", bare)) and not TWO_LETTERS.search(bare)


def _stressed_word(piece: str) -> bool:
    """An italic run that is one lower-case word ("portails <i>web</i>", "effects in <i>trans</i>"): a word the title
    stresses, no venue's name (a venue's opens with a capital or holds a space)."""
    return " " not in piece and piece.islower()


_QUOTE_NEXT = lazy_compile(rf"{MARK_CLASS}*\s*[.,;:]?\s*[\"“]")
"""What follows a name that closes an author list when a quoted title comes next: its marks, a stop, the quote."""


def _split_names_then_title(seg: Seg, text: str, ctx: Ctx) -> tuple[str, str, str | None] | None:
    """``"A. Author, B. Author and C. Author, The Title, <i>Venue</i>, 27(8), 2025."``: the classic citation
    with no markup between authors and title. The authors are the leading comma-separated names up to the one
    joined by "and"; the title runs from there to the italic venue. Only taken when the owner is among the names
    (or the list ends in "and X"), so a title of capitalized words is not read as names."""
    if any(r.bold and not r.italic and len(r.text.split()) >= 3 and not _name_list(t := norm(r.text).strip(" ,.;:"))
           and not _full_name(QUICK_MARKS.sub("", t)) for r in seg.runs) and not all(r.bold for r in seg.runs if r.text.strip()):
        # ("<b>F. A. Selim</b>, B. Roe, Title, ...": a bold name of three words is the owner set apart, no title)
        return None  # "A, B, <b>The Title</b>, Venue, 2020": the bold run is the title (the styled-run reader's)
    stop = re.search(r"\.\s+", text)
    if stop and vancouver_end(text[:stop.start()], text[stop.end():]):
        return None  # "Oda M, Brook R. Title. <i>Venue</i> 2023": Vancouver names end at the full stop
    venue_at = None
    stressed: list[str] = []  # italic names in brackets inside the title
    for r in seg.runs:
        piece = norm(r.text).strip(" ,.;:")
        if r.italic and len(piece) >= 3 and not piece.isdigit() and not _stressed_word(piece):
            # (a name in brackets, "Flight of the Pigeon (<i>Columba livia</i>)", is one the title stresses too)
            at = text.find(piece)
            if at > 0 and text[:at].endswith("(") and text[at + len(piece):].startswith(")"):
                stressed.append(f"({piece})")
                continue
            venue_at = at
            break
    head = text[:venue_at] if venue_at and venue_at > 0 else text
    if re.match(rf"(?:[{_UP}]\.\s?){{1,3}}[{_UP}][a-z]", head):
        # "J. F. Wu, H. B., Jiang, W. Q., Chen* and A. Lee, Title": a comma typed between a name's initials and its
        # family name, in a list written given name first
        head = re.sub(rf"(?<![\w.])((?:[{_UP}]\.\s?){{1,3}}),\s+(?=[{_UP}][a-z][\w'’\-]*{MARK_CLASS}*(?:,|\s+(?:and|&)\s))",
                      r"\1 ", head)
    # ("刘伟，王芳，Title, <i>Venue</i>": a list in Chinese separates its names with full-width commas)
    chunks = [c.strip() for c in re.split(r",\s*|，\s*", head.strip().rstrip(",;:，： "))]
    names: list[str] = []
    ended = False
    used = 0
    for c in chunks:
        if names and c in ("…", "..."):
            # "A, B, …, Z Title": an ellipsis standing for the names left out before the last one (PubMed's and
            # APA 7's long lists) is the list going on, for split_authors to read as the gap it is
            names.append(c)
            used += 1
            continue
        # "A, B and C (editors), Book Title, Press, 2012": the editors' word closes the names of an edited book
        edited = _EDITORS_CLOSING.search(c)
        parts = re.split(r"\s+(?:and|&)\s+|^and\s+", c[:edited.start()] if edited else c)
        parts = [p.strip() for p in parts if p.strip()]
        # "Hangjun Zhang*." closing the list before an italic title: the mark and the list's period are no part of it
        # ("Bo Reyd. Atlas, a model of X": the names' sentence ends inside the piece, the title's first words after it)
        if parts and all(_full_name(QUICK_MARKS.sub("", re.sub(r"(?:(?<=\w\w)|(?<=[*#†‡]))\.$", "", p)))
                         and not _SENTENCE_INSIDE.search(p) for p in parts):
            names.extend(parts)
            used += 1
            if len(parts) > 1 or c.startswith("and ") or edited:
                ended = True
                break
            continue
        break
    rest = chunks[used:]
    # "A. Lee and J. D.Roe, J. D., <a>Title</a>": the last name's initials written again after it (as a
    # family-first list would end) are no word of the title the link after them is
    again = next((k for k, c in enumerate(rest) if not re.fullmatch(rf"(?:[{_UP}]\.\s?){{1,3}}", c)), len(rest))
    linked = next((lt for a in seg.anchors() if len((lt := link_text(a).strip(" ,.;:")).split()) >= 3
                   and ", ".join(rest[again:]).startswith(lt)), None) if names else None
    if linked and (ended or any(same_name(QUICK_MARKS.sub("", n), o) for n in names for o in ctx.owner_names)):
        # "**A. Lind**, [A Title : with a Colon](url), Rennes University, 2022": the link that follows the names
        # is the title, whatever commas the venue after it holds
        after = text[text.find(linked, len(", ".join(chunks[:used]))) + len(linked):]
        # (not a link a quoted title follows: 'A, B, <a>Cy Dee Roe</a>*. "Title," <i>Venue</i>': the link is the
        # last author's name, the quotes hold the title)
        if not _QUOTE_NEXT.match(after):
            return clean_title(linked), ", ".join(names), clean_piece(after) or None
    if head is text:
        # no italic venue: the title runs to the first chunk that reads as a venue ("IEEE Transactions on X")
        cut = next((k for k in range(1, len(rest)) if venue_score(rest[k]) >= 2 or _named_acronym(rest[k])), None)
        # "Title, Optical Materials Express 6 (12) 3692-3765, 2016.", "Title, Nature 402, p. 157, 1999.": a name and
        # its volume, then only numbers (pages, the date) to the end; or the name alone, the volume after it ("Title,
        # AIMS Materials Science, 2(4): 560-572, 2016.")
        volume = next((k for k in range(1, len(rest)) if (_VENUE_VOLUME.match(rest[k]) or k + 1 < len(rest) and re.match(
            rf"[{_UP}]", rest[k]) and not _numbers_only(rest[k])) and all(_numbers_only(x) for x in rest[k + 1:])
                       and _numbers_only(rest[-1])), None)
        cut = min((k for k in (cut, volume) if k is not None), default=None)
        if (cut is None or _numbers_only(rest[cut])) and (commas := _comma_citation(", ".join(rest))) is not None:
            # "梶克彦, 河口信夫, Title, 情報処理学会論文誌, Vol.57, No.1, pp.12-24, 2016.": a venue no word of which
            # the venue scorer knows (its volume, "Vol.57", is no venue), told by the volume and pages between it
            # and the closing year
            cut = next((k for k in range(1, len(rest)) if ", ".join(rest[:k]) == commas[0]), cut)
        if cut is None:
            return None
        venue_at = text.find(rest[cut], len(", ".join(chunks[:used])))
        rest = rest[:cut]
        tail = re.search(r"(?<=[a-z]{2})\.\s+(?P<v>[A-Z][^.]*)$", rest[-1]) if rest else None
        if tail and (venue_score(tail.group("v")) >= 2 or _named_acronym(tail.group("v"))) \
                and not re.search(r"[.?!]\s|[*#†‡]", rest[-1][:tail.start()]):
            # "..., Title. World Wide Web Journal (WWWJ), 2025.": the sentence after the title is the venue
            venue_at = text.find(tail.group("v"), len(", ".join(chunks[:used])))
            rest = rest[:-1] + [rest[-1][:tail.start()]]
    title = ", ".join(rest).strip(" ,")
    cjk = len(names) >= 2 and all(CJK_NAME.fullmatch(QUICK_MARKS.sub("", n))
                                  for n in names) and len(title) >= 4 and has_cjk(title)
    owner = any(same_name(QUICK_MARKS.sub("", n), o) for n in names for o in ctx.owner_names)
    if not names or len(title.split()) < 2 and not cjk and not (owner and has_cjk(title) and len(title) >= 4) \
            or venue_at is None or venue_at < 0:
        return None  # (a title in Japanese or Chinese is one "word": "金久保正明, 類音文変換システム, ...")
    closed = norm(title).rstrip(" ,.;:")
    if any(len((lt := norm(link_text(a)).strip(" ,.;:")).split()) >= 3 and closed.endswith(lt) and len(closed) > len(lt)
           and (re.search(r"\b[A-Z]\.\s*$", closed[:-len(lt)]) or author_score(clean_piece(closed[:-len(lt)]),
                                                                               ctx.owner_names) >= 0.3)
           for a in seg.anchors()):
        # "†A J.D., †Lind, M.M., & Quist, T. [Title](x.pdf)": the names went on past where this reader stopped
        # them (a list mixing two ways of writing names); the link after them holds the title
        return None
    bare = title
    for piece in stressed:
        bare = bare.replace(piece, "")
    if re.match(r"(?:and|&|et\.? al)\b", title) or re.search(
            r"\((?![A-Z][\w\-]*[A-Z]\))|[\"“”]|\w\w[.?!]\s|\w[*#†‡]+[.?!]\s", bare):
        # the names go on, or the entry is cut into sentences: the sentence reader knows better (an acronym in
        # brackets, "Policy Gradient (DDPG) Learning", is the title's own; "A, B, C Lee*. Title": a marked name
        # closes the authors' sentence)
        return None
    if not (owner or ended or cjk):  # (names in Chinese characters are no title's words)
        return None
    return clean_title(title), ", ".join(names), clean_piece(text[venue_at:]) or None


_NAME_CHUNK = re.compile(r"\s*[,;]\s*")


_SENTENCE_INSIDE = re.compile(r"[a-z]{3}[.?!:]\s")
"""A sentence ending inside a piece of a comma list ("and Challenges. Lu Cheng", "Bo Reyd. Atlas"): no name's
stop (an initial's is after one letter), so the piece is no name."""


def _names_chunk(chunk: str) -> bool:
    """One piece of a comma list is a person's name, or names joined by "and" ("B. Roe and C. Wu"), marks aside."""
    if _SENTENCE_INSIDE.search(chunk):
        return False  # "and Challenges. Lu Cheng": a sentence ends inside it (a title's end before the names)
    parts = [q.strip() for q in re.split(r"\s+(?:and|&)\s+|^(?:and|&)\s+", chunk.strip()) if q.strip()]
    return bool(parts) and all(_full_name(QUICK_MARKS.sub("", q).rstrip(". ") if q.endswith(("*.", "†."))
                                          else QUICK_MARKS.sub("", q)) for q in parts)


def owner_among(names: str, ctx: Ctx) -> bool:
    """The page's owner is one of a list of names, written with or without a middle initial ("Ann M. Roe")."""
    return any(same_name(n, o) or owner_variant(n, o) for n in (
        QUICK_MARKS.sub("", x).strip() for x in re.split(r"\s*[,;]\s*|\s+(?:and|&)\s+", names))
        for o in ctx.owner_names if o)


_EDITORS_CLOSING = re.compile(rf"(?i)\s*{EDITORS_BRACKET}$")
"""The editors' word in brackets after the last of their names ("Bo Chen and Cy Wu (editors)"): the names end there."""


_INITIALED = re.compile(rf"(?:[{_UP}]\.\s*-?)+\s*[{_UP}]")
"""A name written with its initials first ("M. Y. Roe", "J.-C. Morel")."""
_INITIALED_BARE = lazy_compile(rf"(?:[{_UP}]\s+){{1,3}}[{_UP}][^\W\d_]+(?:[\s-][{_UP}][^\W\d_]+)?")
"""A name written with its initials first, no stop after them ("N E Lint", "F Brosa Planella"): the whole piece."""


_INITIALED_GLUED = lazy_compile(rf"[{_UP}]{{2,3}}\s+[{_UP}][a-zß-ÿ'’\-]+")
"""A name written with its initials glued together first, no stops ("TL Karavasilis", "MS Alam": how Google Scholar
writes a byline); an acronym and a word read so too ("ACS Nano"), so such a piece is a name only with a name after it."""


def _initialed(chunk: str) -> bool:
    """Whether a piece of a comma list is a name written with its initials first (:data:`_INITIALED`,
    :data:`_INITIALED_BARE`)."""
    return _INITIALED.match(chunk) is not None or _INITIALED_BARE.fullmatch(chunk) is not None


_MIXED_FAMILY = lazy_compile(rf"(?:(?:{_INV_PARTICLES})\s+)?{ONE_NAME_WORD.pattern}")
"""A family name written before its initials in a mixed byline ("Rowe" of "Rowe, P.M.")."""


def _byline_piece(piece: str) -> tuple[str, bool]:
    """A comma piece of a byline without the "and" before it or the "et al." after it, and whether either closed
    the list there ("and V.P. Walden", "B. D. et al.")."""
    bare = re.sub(r"^(?:and|&)\s+", "", piece)
    if (etal := ET_AL.search(bare)) is not None and etal.start():
        return bare[:etal.start()].rstrip(" ,"), True
    return bare, bare != piece


def mixed_byline_head(text: str, ctx: Ctx) -> tuple[str, str] | None:
    """``"Cox, C.J., V.P. Walden, and Rowe, P.M., A comparison of X, "``: the byline the earth sciences' journals
    print (AGU, AMS), the first author's and often the owner's names written family name first, the others given
    name first, "and" before the last, and the title after it up to the italic journal: the names and the title; None
    when the text opens with no such byline (every comma piece a name's, a family name with its initials after it, or
    a name with its initials first), or no title of three words follows it."""
    pieces = [p.strip() for p in text.split(",")]
    k, last = 0, False
    while k < len(pieces) and not last:
        bare, last = _byline_piece(pieces[k])
        if k + 1 < len(pieces) and _MIXED_FAMILY.fullmatch(bare) and not ET_AL.search(pieces[k]):
            given, closes = _byline_piece(pieces[k + 1])
            if initials_only(given.rstrip(".") or "-"):
                k, last = k + 2, last or closes
                continue
        if _INITIALED.match(bare) and len(bare.split()) <= 4 or k and initials_only(bare.rstrip(".") or "-"):
            k += 1
        else:
            last = False
            break
    if not (last or k == 2) or k >= len(pieces) or not last and (
            _MIXED_FAMILY.fullmatch(pieces[k]) or _byline_piece(pieces[k])[1]):
        # (one author alone, or the list runs on with no "and": a byline only where "and" closes it; one name
        # followed by a lone family name or by "and", "Roe, A., Hill, and Dale, Title", "Roe, A., and B. Lind:
        # Title", is a list that runs on in another way: no one-author byline there)
        return None
    cut = sum(len(p) + 1 for p in text.split(",")[:k])  # (the text as written: "TiN/(Al,Sc)N" keeps its comma)
    names, title = text[:cut].strip(" ,"), text[cut:].strip(" ,")
    if len(_words(title)) < 3 or author_score(names, ctx.owner_names) < 1 or author_score(title, ctx.owner_names) >= 0.3:
        return None
    return names, title


def leading_names(text: str, ctx: Ctx, own_line: bool = False) -> tuple[str, str] | None:
    """``"M. Y. Roe*, S. Lind, A. V. Kent, SPIE Optics, Boston, 2015."``: the names that open a comma list and the
    rest after them, with no stop or word between. A list of initialed names ends at the first piece that is not
    one ("Nature Physics" reads as a name, but not as an initialed one); a list of full names only where "and"
    closes it ("Ann Lee and Bo Chen, Optics Letters"), or, for a line of its own (``own_line``: no title before it
    whose last words could read as a name), where a piece of venue words follows it. "et al." after a name closes
    a list as "and" does ("K. Mets et al., Phys. Rev. D", one name a list too), and a group written as an author
    ("CMS Collaboration, Phys. Rev. D") is one, where more than its years follows it."""
    pieces = [m for m in re.finditer(r"[^,;]+", text)]
    initialed = bool(pieces) and _initialed(pieces[0].group(0).strip())
    taken, ended, etal, group = 0, False, False, False
    for k, m in enumerate(pieces):
        chunk = m.group(0).strip()
        closing = _NAME_ET_AL.fullmatch(chunk) if "et" in chunk else None  # (its lazy name tried at every character)
        named = closing.group("n") if closing is not None else ""
        # (a chunk holding no group word, most of them, is not tried at GROUP_AUTHOR's run of capitalised words)
        group = _GROUP_WORD.search(chunk) is not None and re.fullmatch(GROUP_AUTHOR, chunk) is not None
        if closing is not None and _names_chunk(named) and (not initialed or _initialed(named)) or group:
            # "Title, A. Roe et al., 2602.00001 (2026)", "Title, B. Lee, A. Roe et al, Venue": "et al." closes the
            # list as "and" does, one name before it a list too (the names it stands for go unnamed); not a family
            # name alone ("Figure from Roe et al., Annual Review (2026)": a caption citing the paper it shows);
            # "Title, CMS Collaboration, Venue": the collaboration that signs the paper
            taken, ended, etal = taken + 1, True, True
            break
        bare = re.sub(r"^(?:and|&)\s+", "", chunk)
        after = pieces[k + 1].group(0).strip() if k + 1 < len(pieces) else None
        glued = initialed and _INITIALED_GLUED.fullmatch(bare) is not None and (
            after is None or _initialed(after) or _INITIALED_GLUED.fullmatch(after) is not None)
        if not _names_chunk(chunk) or (initialed and not _initialed(bare) and not glued):
            # "Ann Lee, Bo Chen, IEEE Transactions on Rivers, 2022": a piece of venue words, no year in it, closes
            # a list of full names as "and" does
            ended = own_line and taken >= 2 and not YEAR.search(chunk) and venue_score(chunk) >= 2
            break
        taken += 1
        if re.search(r"(?:^|\s)(?:and|&)\s", chunk):
            ended = True
            break
    if not taken or taken == len(pieces) or not (initialed or ended):
        return None
    if initialed and taken < 2 and _INITIALED.match(pieces[0].group(0).strip()) is None:
        return None  # ("C G Windsor, <i>Title</i>, Book published by ...": one name of bare initials is no list)
    names = text[:pieces[taken - 1].end()]
    rest = clean_piece(text[pieces[taken - 1].end():].lstrip(" ,;"))
    if not rest or not (owner_among(names, ctx) or taken >= 2 or etal) or re.fullmatch(rf"\(?{EDITORS_ABBR}\)?", rest,
                                                                                          re.I):
        return None
    if group and taken == 1 and not re.search(r"[^\W_]", YEAR.sub("", rest)):
        # ("Title, Chan Zuckerberg Initiative, 2021–2023": a group followed by its years alone is a grant's funder
        # or a project's partner; a paper its byline signs has where it appeared after it)
        return None
    return clean_piece(names), rest


_NAME_ET_AL = re.compile(r"(?P<n>.*?\S)\s*,?\s+et\.?\s?al\.?")
"""A piece of a comma list that is a name (or names) and "et al." closing the list ("A. Roe et al.")."""
_NAME_THEN_STOP = re.compile(r"(?P<n>.+?[^\W\d_]{2})\.\s+(?=\S)")
"""A piece of a comma list that opens with a name ended by a stop, the venue after it ("Cai Wu. Nature 2026")."""


def _split_title_then_names(seg: Seg, text: str, ctx: Ctx) -> tuple[str, str, str | None] | None:
    """``"The Title, A. Author, B. Author and C. Author, <i>Venue</i>, <b>2017</b>, 33(1), 1-9."``: the title first,
    then the names, then the venue, with only commas (or a semicolon, or none after a comma: "Title,A. Author")
    between them. The names are the first run of chunks that each read as a person's name, the title all before
    them, the venue all after; taken only when the owner is among the names (or the run ends in "and X") and a
    venue (an italic run, venue words or a year) follows."""
    if text.count(",") + text.count(";") < 2:
        return None
    pieces = []  # (chunk, start, end)
    at = 0
    for m in _NAME_CHUNK.finditer(text):
        pieces.append((text[at:m.start()], at, m.start()))
        at = m.end()
    pieces.append((text[at:], at, len(text)))
    italic_at = next((text.find(p) for r in seg.runs if r.italic and len(p := norm(r.text).strip(" ,.;:")) >= 3
                      and not p.isdigit() and text.find(p) > 0), None)

    first = next((k for k in range(1, len(pieces)) if _names_chunk(pieces[k][0])), None)
    if first is None:
        return None
    last = first
    while last + 1 < len(pieces) and _names_chunk(pieces[last + 1][0]) \
            and (italic_at is None or pieces[last + 1][2] <= italic_at):
        last += 1
    head = text[:pieces[first - 1][2]]
    if re.search(r"(?:[^\W\d_]{2}|\d)[.?!]\s+\S", head) or re.search(r"\bwith\s*$", head, re.I) \
            or _names_chunk(pieces[0][0]) or re.search(r"[\"“”]", head) or head.count("(") != head.count(")"):
        # "Title. Ann Lee, Bo Chen and C. Wu. Venue": a stop ends the title before the names' sentence; 'A and B,
        # “Title” in Book (C, D, eds.)': the names open it, the title in quotes
        return None
    if re.match(r"[\s,;]*[\"“]", text[pieces[last][2]:]):
        return None  # 'Lind, Karl, Mona Hale, and Ann Lee, "Title," in Book': a Chicago byline, the title in quotes
    title = clean_title(head)
    names_end = pieces[last][2]
    venue_start = pieces[last + 1][1] if last + 1 < len(pieces) else len(text)
    closing = _NAME_THEN_STOP.match(pieces[last + 1][0]) if last + 1 < len(pieces) else None
    if closing and _names_chunk(closing.group("n")) and (italic_at is None or venue_start + closing.end() <= italic_at):
        # "Title, A. Lee; B. Roe; Cai Wu. arXiv: 2601.1": the last name closed by the stop before the venue
        names_end, venue_start = venue_start + closing.end("n"), venue_start + closing.end()
    names = text[pieces[first][1]:names_end]
    venue = clean_piece(text[names_end:].lstrip(" ,;.")) if last + 1 < len(pieces) else ""
    if len(title.split()) < 2 or not venue or author_score(title, ctx.owner_names) >= 0.3 and not title_cased(title):
        return None
    if (styled := title_run(seg, ())) is not None and fold(title).startswith(run := fold(clean_title(styled[0]))) \
            and re.search(r"\w", fold(title)[len(run):]):
        # "**Title of *Taxon minor***\nRoe B., Lee A., et al. — *Venue*", "<a>Title</a>: Ann Lee, Bo Roe, Venue": the
        # styled run that opens the entry ends the title; the words after it are the first name's
        if (at := text.find(styled[0])) < 0:
            return None
        title, names = clean_title(styled[0]), text[at + len(styled[0]):names_end].lstrip(" :,;.")
        if not _names_chunk(names.split(",")[0]):
            return None
        if (etal := re.match(r"et\.?\s*al\.?[\s,;:—–-]*", venue)) is not None:
            names, venue = f"{names}, et al.", clean_piece(venue[etal.end():])  # (the names' "et al.", no venue's)
    if not (italic_at == venue_start or venue_score(venue) >= 1 or YEAR.search(venue)):
        return None
    if not (owner_among(names, ctx) or re.search(r"\s(?:and|&)\s+\S+\s+\S+$", names.strip())):
        return None
    return title, clean_piece(names.replace(";", ",")), venue


_PAGES_BEFORE = lazy_compile(r"\d+\s*(?:\(\s*[\w\-–]+\s*\))?\s*:\s*[A-Za-z]?\d+\s*[-–—]+\s*\d+\*?\s*\.?\s*$")
"""A text that ends with a volume and its pages ("Biological Conservation 192:247-257.", "123(6): 652-661.")."""


_IN_SENTENCE = re.compile(r"(?:I|We|My|Our|[A-Z][a-z]+)(?:\s+[a-z][\w'’-]*){2,}(?<!\band)(?<!\bwith)(?<!\bby)")
"""The opening of a sentence of prose up to a word inside it: a capitalised word, then lower-case words only
("Ongoing applications include a", "I also develop"), not a list of names ("with", "and", "by" ending it)."""


def _title_with_names(text: str, ctx: Ctx, seg: Seg | None = None) -> tuple[str, str | None, str | None] | None:
    """``"Title, with A. Lee and B. Ong, NCC 2023."`` (the owner implied): the title, then the coauthors, then
    the venue. The names go back as the title's ``(with ...)`` tail, which the one coauthor rule reads. The names
    end where the segment's bold or italic venue begins (``with A. Lee, <b>Policy Options</b>, 18``: two words
    that could be a name, styled as the venue is)."""
    m = re.match(r"^(?P<t>\S.{8,}?),\s+" + WITH_LEAD + r"\s+(?P<rest>[A-Z].+)$", text)
    if not m:
        return None
    score = author_score(m.group("t"), ctx.owner_names)
    if score >= 0.3 and not (
            seg is not None and len(_words(m.group("t"))) >= 2
            and any(r.anchor is not None or r.bold or r.italic for r in seg.runs
                    if norm(r.text).strip(" ,") == m.group("t"))
            and not any(same_name(m.group("t"), o) for o in ctx.owner_names if o)):
        # ("<a>Intermediate Dimensions</a>, with A. Lee and B. Ong, ...": two capitalised words look like a name,
        # "<a>Cone Splines and Hex Splines</a>, with A. Lee": two joined by "and" like two names, but a run the page
        # styles or links as a whole, its co-authors after it, is the title)
        return None
    styled = {norm(r.text).strip(" ,;.") for r in seg.runs if (r.bold or r.italic) and len(r.text.strip()) > 2} \
        if seg is not None else set()
    rest, bracketed = m.group("rest"), None
    if (closing := _closing_venue(rest)) is not None:
        # "with A. Lee and B. Ong (J. Ice 14 (2006), pp. 1-8)": the names end where the brackets holding the venue
        # open
        rest, bracketed = closing
    chunks = [c.strip() for c in re.split(r",\s*", rest.rstrip(". "))]
    names: list[str] = []
    k = 0
    for k, c in enumerate(chunks):
        if names and re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", c):
            names[-1] = f"{names[-1]}, {c}"  # "with Anthony A. Smith, Jr.": the suffix is the name's
            continue
        head, _, tail = re.sub(r"^(?:and|&)\s+", "", c).partition(" - ")  # "B. Ong - In IEEE Letters"
        parts = [p for p in re.split(r"\s+(?:and|&)\s+", head) if p]
        if not parts or not all(name_like(p) for p in parts) or any(
                x and head.startswith(x) for x in styled):
            break
        names.extend(parts)
        if tail:
            chunks[k] = tail
            break
    else:
        k = len(chunks)
    if not names:
        return None
    venue = re.sub(r"^(?:in\s+)", "", ", ".join(chunks[k:] + ([bracketed] if bracketed else [])),
                   flags=re.I).strip(" ,.") or None
    title = m.group("t")
    status = re.search(r"\s*\(([^()]{3,30})\)$", title)
    if status and STATUS_NOTE.fullmatch(status.group(1).strip()) and venue is None:
        # "Title (submitted), with A. Lee": the paper's status closing the title stands in the venue's place
        title, venue = title[:status.start()], status.group(1).strip()
    return f"{clean_title(title)} (with {', '.join(names)})", None, venue


_BY_NAMES = re.compile(r"(?<!(?i:supervised))(?<!(?i:advised))(?<!(?i:mentored))(?<!(?i:funded))(?<!(?i:edited))"
                       r"(?<!(?i:supported))(?<!(?i:sponsored))(?<!(?i:hosted))\s+by\s+(?=[A-ZÀ-ÖØ-Þ])")
"""" by " before the names of a work's authors; not after a verb of the people around the work ("Supervised by
A", "Funded by B", "edited by C": the names of its advisor, funder or editors, no authors)."""


def title_by_names(seg: Seg, text: str, ctx: Ctx) -> tuple[str, str, str | None] | None:
    """``"Title by A. Lee, B. Ong. *Venue (ACR)*, City, 2024"``: the title, "by", the names, then the venue.
    The "by" taken is the first one the names follow ("Learning by Doing by A. Lee" keeps its own)."""
    for m in (_BY_NAMES.finditer(text) if "by" in text else ()):  # (most texts have no "by": not scanned)
        title = clean_piece(text[: m.start()])
        if len(title.split()) < 2 or author_score(title, ctx.owner_names) >= 1:
            continue
        rest = text[m.end():]
        split = split_authors_venue(seg, rest, ctx)
        names, venue = split if split else (clean_piece(rest), None)
        if author_score(names, ctx.owner_names) >= 1 or (split is None and author_score(names, ctx.owner_names) >= 0.3
                                                           and not title_cased(title)):
            # ("Pose Estimation by Vote Aggregation": one capitalised pair after a title in title case goes on
            # with the title, it names no one)
            return clean_title(title), names, venue or None
    return None


def title_cased(text: str, least: int = 3) -> bool:
    """A title (or a journal's name) written in title case: every word of four letters or more opens with a capital,
    ``least`` such words at least."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return len(words) >= least and all(w[0].isupper() for w in words)


_YEAR_TAIL = re.compile(r"\s*[(（]\s*(?:19|20)\d\d[a-z]?\s*年?\s*[)）]")
"""A citation's closing year in brackets: "(2020)", a Japanese list's full-width "（2021）" and "(2019年)"."""
_CLOSING_YEAR_PIECE = lazy_compile(
    rf"[,，、]\s*(?:(?i:{MONTH_ABBR})[a-z]*\.?\s*)?(?:19|20)\d\d(?:\s*年(?:\s*\d{{1,2}}\s*月)?)?(?=\s*(?:[.,;．。，]|$))")
"""A citation's closing year, unbracketed, the last of its comma-parted pieces: ", 2021.", ", April 2019", ", Sep.
2018", ", 2019年3月"."""
_NUMBERS = lazy_compile(r"(?:vol\.?\s*|no\.?\s*|pp?\.\s*)?[\w\-–—()]*\d[\w\-–—():.\s]*", re.I)
_CJK_VENUE_WORD = lazy_compile(r"(?:論文誌|論文集|学会誌|学会|学報|紀要|会誌|研究報告|予稿集|大会|会議|シンポジウム|ワークショップ|"
                             r"学报|期刊|杂志|雜誌|會議|학회|학술대회|논문지|논문집)")
"""The words that name a journal or a meeting in Japanese, Chinese or Korean ("情報処理学会論文誌", "全国大会")."""
_BEFORE_VENUE_WORD = re.compile(r"(?i:in:?\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?")
"""What may come before the venue word that opens a venue's name ("In Proc. of X", "5th Workshop on X"; not "the":
"Rain, the thesis revisited, Water Research" is a title's)."""
_PLACE_PIECE = lazy_compile(r"(?:(?:[^\W\d_a-z]|\d)[\w.'’\-–]*\s*){1,4}|[\u3040-\u30ff\u3400-\u9fff々]{1,8}")
"""A comma piece that may be a meeting's place or date ("Kyoto", "Lisbon Portugal", "Oct. 12-14", "名古屋"): words
that each open with a capital or a digit, four at most."""


def _place_piece(piece: str) -> bool:
    return bool(_PLACE_PIECE.fullmatch(piece)) and not VENUE_WORDS.search(piece) and not _CJK_VENUE_WORD.search(piece)


def _italic_after_comma(seg: Seg, rest: str) -> int | None:
    """Where in ``rest`` (a citation after its names: "Title, <i>Venue</i>, 2025") the first italic run of the
    entry that is no link starts, when a comma closes the words before it (two or more: the title); else None.

    >>> from .runs import Run
    >>> _italic_after_comma(Seg([Run("Ann Lee: Tides of the bay, ", None, None),
    ...                          Run("Ocean Letters", None, None, italic=True), Run(", 2020.", None, None)]),
    ...                     "Tides of the bay, Ocean Letters, 2020.")
    18
    >>> _italic_after_comma(Seg([Run("Ann Lee: Ocean Letters on tides: a review, ", None, None),
    ...                          Run("Ocean Letters", None, None, italic=True), Run(", 2020.", None, None)]),
    ...                     "Ocean Letters on tides: a review, Ocean Letters, 2020.")
    34
    """
    for r in seg.runs:
        piece = norm(r.text).strip(" ,.;:")
        if not r.italic or r.anchor is not None or len(piece) < 3 or piece.isdigit():
            continue
        # ("Medical Image Analysis on X: A Review, <i>Medical Image Analysis</i>, 2022": the venue's words may open
        # the title too; the run is where they follow the title's comma)
        at = next((m.start() for m in re.finditer(re.escape(piece), rest)
                   if m.start() > 0 and (before := rest[:m.start()].rstrip()).endswith(",")
                   and len(before.split()) >= 2), None)
        return at
    return None


def _comma_citation(rest: str) -> tuple[str, str, int] | None:
    """Title and venue of a citation that parts them with commas and closes with its numbers and a year, in
    brackets (``Title, Venue, 51(3):255-257 (2020)``, ``Title, Venue, P5-5 (2017)``, the style of many Japanese
    lists, with full-width marks too: ``題目，誌名，12，pp.1-9（2021）``) or as the last piece after a volume or pages
    (``Title, Venue, vol. 5, pp. 1-10, 2021.``, ``Title, Venue, Vol.12, No.3, pp.45-67, Jan 2019``): the venue is
    the piece before the numbers (or, where a piece before it is a venue's by its words, "Proc. of X, Kyoto, Japan",
    from that one) to the citation's end, the title all before it; with where the year ends. None when the citation
    does not end so.

    >>> _comma_citation("Rain at sea, a survey, Ocean Letters, 3(1):1-9 (2020). https://doi.org/10.1/x")[:2]
    ('Rain at sea, a survey', 'Ocean Letters, 3(1):1-9 (2020). https://doi.org/10.1/x')
    >>> _comma_citation("Rain at sea, Proc. of the Tide Meeting, Oslo, pp. 1-5, Sep. 2018.")[:2]
    ('Rain at sea', 'Proc. of the Tide Meeting, Oslo, pp. 1-5, Sep. 2018.')
    >>> _comma_citation("Cats, dogs and mice, 2020."), _comma_citation("Rain, Ocean Letters, 2020.")
    (None, None)
    """
    year = _YEAR_TAIL.search(rest)
    bracketed = year is not None and re.match(r"\s*(?:[.,;．。]|$)", rest[year.end():]) is not None
    if not bracketed:
        # (the first closing year: "..., pp. 1-9, 2019. (Best paper, 2020)" closes with the work's own)
        year = _CLOSING_YEAR_PIECE.search(rest)
        if year is None:
            return None
    head = rest[: year.start()].rstrip(" ,，、")
    pieces = re.split(r"\s*[,，、]\s*", head)
    numbers = 0
    while numbers < len(pieces) - 1 and _NUMBERS.fullmatch(pieces[-1 - numbers]) \
            and not re.search(r"[^\W\d_]{4}", pieces[-1 - numbers]):
        numbers += 1  # ("A: Cats, dogs and mice (2020)": commas of the title's own, no venue)
    if numbers == 0:
        return None  # ("Title, Venue, 2021": no volume or pages to tell the venue by)
    venue_at = len(pieces) - 1 - numbers
    if venue_at < 1 or not re.search(r"[^\W\d_]", pieces[venue_at]) or not pieces[0]:
        return None
    # "Title, Proc. of the Water Meeting, Kyoto, Japan, pp. 1-5, 2018": the venue from the piece its words open, when
    # only places follow it ("Title, a workshop report, Sea Letters, vol. 5": the title's own words, no venue)
    venue_at = next((k for k in range(1, venue_at) if (VENUE_WORDS.match(pieces[k], _BEFORE_VENUE_WORD.match(pieces[k]).end())
                                                       or _CJK_VENUE_WORD.search(pieces[k])
                                                       and not _CJK_VENUE_WORD.search(pieces[0]))
                     and all(_place_piece(p) for p in pieces[k + 1: venue_at + 1])), venue_at)
    start = 0
    for piece in pieces[:venue_at]:
        start = head.index(piece, start) + len(piece)
    title = head[:start].strip()
    # (the venue to the citation's end: what follows the year, "..., 2021, pp. 1-10.", "2020. (Best Paper Award)",
    # is the venue's, its notes' and links', read there, not dropped)
    return title, head[start:].lstrip(" ,，、") + rest[len(head):], year.end()


_YEAR_THEN_NUMBERS = lazy_compile(
    r"^(?P<h>.+?)\s*,\s*(?P<y>(?:19|20)\d\d)\s*,\s*(?P<n>(?=[^,]*\d)[\w()\s:\-–]{1,30}?)\s*\.?$")
"""A citation closed by its year, then its volume and pages ("Title, Venue, 2022, 10: 101465-101473", "..., 2020,
53(2): 4297-4303"): the year before the numbers."""


def _year_first_citation(rest: str) -> tuple[str, str] | None:
    """Title and venue of ``Title, Venue, 2022, 10(2): 1-9``: the title to the first comma (a title rarely holds
    one, a venue often does: "Circuits, Systems, and Signal Processing"), the venue with its year and numbers.

    >>> _year_first_citation("Rain at sea and its limits, Ocean Letters, 2020, 3(1): 1-9")
    ('Rain at sea and its limits', 'Ocean Letters, 2020, 3(1): 1-9')
    """
    m = _YEAR_THEN_NUMBERS.match(rest)
    if m is None or "," not in m.group("h"):
        return None
    title, venue = (x.strip() for x in m.group("h").split(",", 1))
    if len(title.split()) < 3 or not TWO_LETTERS.search(venue):
        return None
    return title, f"{venue}, {m.group('y')}, {m.group('n').strip()}"


def _semicolon_names(text: str) -> tuple[str, str] | None:
    """``Karl Berg; Mona Hale ; Title, Venue, 2022, 10: 1-9``: names parted by semicolons, the last of them closed by
    one too, then the citation; the names and the rest. None when a piece before the last semicolon is no name."""
    pieces = [p.strip() for p in text.split(";")]
    names, rest = pieces[:-1], pieces[-1]
    if not names or len(rest.split()) < 4 or "," not in rest or name_like(rest) or not all(
            name_like(re.sub(rf"(?:\s*\\?{MARK_CLASS})+$", "", n)) for n in names):
        return None
    return "; ".join(names), rest


_NAMES_CLOSED_BEFORE = lazy_compile(r"(?:^|[,;]\s*)[^\W\d_][^,;]*?\S\s+[^,;\s]+\s+(?:and|&)\s+[^,;\s]+\s+[^,;]*?[^\W\d_.]"
                                  rf"(?:\s*{EDITORS_BRACKET})?\s*,\s*\S")
"""A list's names closed by "and" between two full names, a piece after them ("Ann Lee and Bo Chen, Silt Budgets"):
what follows is no name of the list's, so a colon after it is the title's ("Silt Budgets: Recent Advances"), not the
one closing the names; the "and" between a family name and given names written after it ("Ruiz, Ana and Lee, Bo")
is no full name's."""
_NAMES_COLON = re.compile(r"^(?P<a>[^:：]{5,400}?)\s*[:：]\s+(?P<rest>\S.+)$")


_NOT_A_TITLE = lazy_compile(rf"(?i)(?:(?:{THESIS_DEGREES})\s+)?(?:thesis|dissertation)\b")
"""What opens a line that is no work's citation after the owner's name and a colon: a thesis named by its kind
("Jane Doe: PhD thesis, Lindau University, 2008"); a talk is :data:`~.person.TALK_KIND`'s."""


def _lone_byline_title(rest: str) -> bool:
    """Whether what follows the owner's lone name and a colon opens a work's title, as dblp's 'C. Lee: Title.
    Venue (1984)' does: not a lower-case word ("Jane Doe: invited talk at MIT, 2019"), not a talk or a thesis by
    its kind ("Jane Doe: PhD thesis, Lindau University, 2008"), which are no citations.

    >>> _lone_byline_title("Braids in small lattices. J. Order 4 (1988)"), _lone_byline_title("invited talk, 2019")
    (True, False)
    >>> _lone_byline_title("Invited talk at MIT, 2019."), _lone_byline_title("PhD thesis, Lindau University, 2008.")
    (False, False)
    """
    rest = rest.lstrip()
    first = re.split(r"[,.;:(]", rest, maxsplit=1)[0].strip()
    return not rest[:1].islower() and not TALK_KIND.match(first) and not _NOT_A_TITLE.match(rest)


_EDITORS_LAST = re.compile(r"[.;,]\s*(?:Editors?|Eds?\.?|Hrsg\.?|Herausgeber(?:in|innen)?)\s*:\s*(?P<n>[^:]{3,300}?)\.?\s*$")
"""The editors closing a work's line, after a colon ("... CEN; Editors: Roe, Ann; Lee, Bo.")."""
_STANDARD_CODE = lazy_compile(r"(?:[A-Z]{2,6}/)?[A-Z]{2,6}\s?\d{2,6}(?:-\d+)*:((?:19|20)\d\d)\b")
"""A standard's designation, which gives the year it was issued ("EN 13710:2011", "ISO/IEC 2382-1:1993")."""
_IMPRINT = lazy_compile(r"(?<=[.?!])\s+(?P<i>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}\s*:\s*[^:.;\d]{2,60}?"
                      r"(?:,\s*(?:19|20)\d\d[a-z]?)?)\s*\.?\s*$")
"""A book's imprint closing its citation: the place, a colon, the publisher, the year ("Berlin: Vogel, 1999.")."""


def _title_to_imprint(text: str) -> tuple[str, str] | None:
    """A book's citation after its authors, its title in several sentences before the imprint ("Title. Subtitle. A
    short guide. Berlin: Vogel, 1999."): (the title, the imprint), when the sentences between the title's first
    stop and the imprint read as more of the title: no venue's words, no numbers (a series' volume), no "In" or
    editors. None otherwise."""
    imprint = _IMPRINT.search(text)
    parts = sentences(text[:imprint.start()].strip()) if imprint else []
    if len(parts) < 2 or len(parts[0].split()) < 2:
        return None
    if all(venue_score(p) == 0 and not re.search(r"\d|\(eds?\.?\)|\beds?\.", p) and not re.match(r"[Ii]n\b", p)
           for p in parts[1:]):
        return text[:imprint.start()].strip().rstrip(". "), imprint.group("i")
    return None


_TYPE_CODED = lazy_compile(
    r"^(?P<a>.+?(?:\bet al|\b[A-Z]|[^\W\d_]{2}))\.\s+(?P<t>[^\[\]]{6,}?)\s*"
    r"\[(?:[JCMDRPNSAGZ]|EB|DB|CP)(?:/OL)?\]\s*(?://|[.,:])?\s*(?P<v>.*)$")
"""A Chinese-standard citation (GB/T 7714): "Lin Q, Voss L*, et al. Title[J]. Venue, 2024, 8(3): 100." or
"... Title[C]//Proceedings of X. Publisher, 2023: 1-8." -- the bracketed type code closes the title."""
_TYPE_CODED_PUBLISHER = re.compile(r"^(?P<v>.+?)\.\s+(?:[^.,]{2,60},\s*)?(?P<y>(?:19|20)\d\d)\b.*$")
"""The proceedings, then the publisher and the year ("X Conference (XC). IEEE, 2025: 1-8.", "X Forum.
2022: 3618.")."""


_BOOK_MARKED = lazy_compile(r"^(?P<t>[^《》]{4,}?)\s*[，,、:：]?\s*《(?P<v>[^《》]{2,})》(?P<r>.*)$")
"""A citation written in Chinese: the title, then the journal or book between title marks (《法商研究》), then
its issue."""


def _split_type_coded(text: str, ctx: Ctx) -> tuple[str, str, str | None] | None:
    """Title, authors and venue of a GB/T 7714 citation; None when the text is not one."""
    m = _TYPE_CODED.match(text) if "[" in text else None
    if not m or author_score(m.group("a"), ctx.owner_names) < 0.3:
        return None
    venue = m.group("v").strip()
    pub = _TYPE_CODED_PUBLISHER.match(venue)
    if pub:
        venue = f"{pub.group('v')}, {pub.group('y')}"  # the publisher named after the proceedings is no venue
    return clean_title(m.group("t")), clean_piece(m.group("a")), clean_piece(venue) or None


def _words(text: str) -> list[str]:
    """The words of a piece, a run of CJK characters counting one word for each two of them (a title in Japanese
    or Chinese is one space-less run: "部分物体形状の推定" is as long as a title of four words)."""
    words = text.split()
    if has_cjk(text):
        cjk = sum(len(run) for run in _CJK_RUN.findall(text))
        words = words + [""] * (cjk // 2 - len(_CJK_RUN.findall(text)))
    return words


_CJK_RUN = lazy_compile(rf"[{CJK_CHARS}]+")


_VENUE_TAIL = re.compile(r"^(?P<t>[^@()]{8,}?)\s*(?:(?P<at>@)\s*(?P<v>[^@]{2,60}?)|\((?P<v2>[^()]{2,40})\)|,\s*(?P<v3>[^,]{2,40}?))"
                         r"\s*\.?$")
"""A one-line entry of a title and the venue it appeared at, no authors: "Title @ CVPR'23", "Title (ICCV 2021)",
"Title, NeurIPS 2022"."""
_YEAR_IN_PHRASE = re.compile(r"(?<=[^\W\d_] )(?:19|20)\d\d(?= [^\W\d_])")
"""A year with a word on either side ("the 2010 Maule earthquake"): a title speaking of it, not a venue's year, which
ends its line or stands by punctuation."""
_YEARS_STUDIED = re.compile(r"[,:]?\s+(?:(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|\((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\))$")
"""The span of years a title ends with ("..., 1961-1986", "... in American Sociology (2011-2020)")."""
_YY_BADGE = re.compile(r"[A-Za-z][\w&/-]{1,15}\s*['’]\d\d")
"""A venue's short name with its year in two digits ("TGRS'22")."""


_BRACE_NOTE = re.compile(r"^(?P<t>\S.*?)\s*[{(](?P<n>[^{}()]*)\}\s*\.?$")
"""``"Title {1976 reprint}"``, ``"Title {2018; contact me@x.edu}"``: a note in curly braces closing an entry (the
year and what the file is), on old hand-written pages that name no authors nor venue."""

_LEAD_YEAR = lazy_compile(r"^\(?(?:19|20)\d\d[a-z]?\)?[.,:]?\s+(?=[^\W\d_]+\s+\S+\s+\S)")
"""The year that opens a sentence before three words or more (the title after it)."""
_TITLE_HEAD = re.compile(r"[,;]\s*(?P<h>[^\W\d_][^,;:]{1,60}?)\s*:\s*$")
"""A title's first words written before its styled part, after the names' last comma ("..., Lee, Learning From X: ")."""


def _venue_cut(title: str, authors: str | None, venue: str | None) -> tuple[str, str | None, str | None]:
    """A title read with no venue, when no stop ends it: "Title of the work, in Proceedings of X 2013, Springer",
    "Title, Journal of Y, 2012", "Title, J Fict Med Assoc. 2013;20(1):1-9" is cut at the comma where the venue
    begins (a capital, "in", "preprint": :data:`_VENUE_OPENING` below; or venue words up to the next comma), three
    words of title or more before it. (Until stop 43 a first ``_VENUE_OPENING`` stood here, "in"/"In" or a status
    only, which the later one replaced at import: the capital is what every import so far was made with. Taken
    alone the narrower one loses five venues of the measuring pages and keeps one title whole: "Gemini 2.5: ...
    Reasoning, Multimodality, Long Context, ...", which the capital cuts at its comma.)"""
    if venue is not None or ", " not in title:
        return title, authors, venue
    for m in re.finditer(r",\s+", title):
        head, tail = title[:m.start()].strip(), title[m.end():].strip()
        if len(head.split()) < 3 or len(tail) < 3:
            continue
        opening = _VENUE_OPENING.match(tail)
        if opening and opening.group(0)[:1].isupper() and not has_cjk(opening.group(0)) \
                and venue_score(tail) < 1 and not re.search(r"\d", tail):
            # "Atlas, a compact model of tides in Bays, Inlets and Harbors": a capital alone, with no year, number
            # or venue word after it, is the title's own list going on, no venue
            continue
        if opening or venue_score(tail.split(",")[0]) >= 2:
            return head, authors, clean_piece(tail) or None
    return title, authors, venue


_CJK_ET_AL = lazy_compile(r"([,，、]\s*)等(?=\s*[.．。])|"
                        r"(?:([,，、]\s*)|(?<=[A-Za-zÀ-ÖØ-öø-ÿ.])\s*|\s+)(?:他|ほか)(?=\s*[,，、.．。:：])")
""""等" after the last name of a list, before the stop that ends the names ("王明,等. 标题"): Chinese "et al.";
Japanese "他" / "ほか" after the last name, before the comma, colon or stop that ends the names ("Aki Mori 他, “Title”",
"森 哲哉, 秋山 高廣, 他, "Title"", "Ann Lee ほか, "Title"", "J. Lindほか, ..."): never the "他" of a word ("其他", "その他": a
kana or kanji right before it, no space or comma)."""


_VANCOUVER_UNSTOPPED = lazy_compile(
    rf"(?P<names>(?:[{_UP}][\w'’\-]+(?:\s+[{_UP}][\w'’\-]+)?\s+[{_UP}]{{1,3}}(?:\s{GENERATION_ORDINAL})?[*#†]*,\s+){{2,}}"
    rf"(?:and\s+)?[{_UP}][\w'’\-]+(?:\s+[{_UP}][\w'’\-]+)?\s+[{_UP}]{{1,3}}(?:\s{GENERATION_ORDINAL})?[*#†]*)\s+"
    r"(?=[A-Z][a-z]+\s+[a-z])")
"""A list of names written family name then initials run together ("Lee A, Roe B, and Von Hoff D"), then the
title with no stop between them (a capitalised word, then one in lower case: "Role of ...")."""


def _opening_quotes(text: str) -> str:
    """The text with a closing double quote typed where a quotation opens written as the opening one ('A. Lee, B.
    Roe, ”Title of the paper”, Venue': after a space or a comma, a letter right after it, no quotation open before
    it); one that closes an open quotation stays ('“Title, ”Proc. X': its space before it is a typo).

    >>> _opening_quotes("A. Lee, ”Cold Lakes”, J. Ice") == "A. Lee, “Cold Lakes”, J. Ice"
    True
    """
    out = list(text)
    opened = False
    for at, ch in enumerate(text):
        if ch == "“":
            opened = True
        elif ch == "”":
            if not opened and (at == 0 or text[at - 1] in " ,;:(") and text[at + 1:at + 2].isalnum():
                out[at] = "“"
                opened = True
            else:
                opened = False
    return "".join(out)


_SHUT_BY_OPENING_QUOTE = re.compile(r"(?<=[^\s“\"])“(?=[\s,.;:]|$)")
"""An opening double quote typed where a quotation closes: after a word or a stop, a space or a stop after it."""
_CLOSING_VENUE_LEAD = re.compile(r"^(?:(?:published|appeared|appearing|to\s+appear)\s+in|in)\b:?\s*", re.I)
_BOOK_EDITORS = lazy_compile(rf"{EDITORS_LEAD.pattern}|^[^()]{{3,200}}?{EDITORS_BRACKET}\s*[,:.]?\s*(?=\S)", re.I)
"""The book's editors before it in a citation's closing brackets: EDITORS_LEAD, or "(In: A and B (eds) Book, 2009)"
with no comma (on a venue line such names may be the book's: "pp. 3-9 in A. Roe, B. Wu and C. Li (eds) “Book”")."""
_NO_VENUE_ASIDE = lazy_compile(rf"^{WITH_LEAD}\b|^(?:preprint|draft|"
                             + status_words("submitted", "accepted", "in press", "under review", "in preparation") + r")\b",
                             re.I)


def _venue_in_closing_brackets(text: str) -> str | None:
    """A citation whose venue and date the brackets closing it hold ("Title, with A. Lee (J. Ice 143 (2006),
    pp. 1-8)", "Title (published in Proc. Cold Seas 4, 2004, pp. 9-12)") written with a comma instead ("Title, with
    A. Lee, J. Ice 143 (2006), pp. 1-8"); None when the text does not end in such brackets: the year must be
    inside them and not before them, and an aside naming coauthors or a status ("(with A. Lee)", "(submitted)")
    is no venue.

    >>> _venue_in_closing_brackets("Cold Lakes, with A. Lee (J. Ice 14 (2006), pp. 1-8).")
    'Cold Lakes, with A. Lee, J. Ice 14 (2006), pp. 1-8'
    >>> _venue_in_closing_brackets("Cold Lakes (with A. Lee, 2006)") is None
    True
    """
    split = _closing_venue(text)
    if split is None or len(_words(split[0])) < 3:
        return None
    return f"{split[0]}, {split[1]}"


def _closing_venue(text: str) -> tuple[str, str] | None:
    """The text before the brackets closing ``text`` and the venue they hold (:func:`_venue_in_closing_brackets`),
    or None."""
    body = text.rstrip(" .")
    if not body.endswith(")"):
        return None
    depth = 0
    for at in range(len(body) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(body[at], 0)
        if depth == 0:
            break
    else:
        return None
    head, inside = body[:at].rstrip(" ,;:."), _CLOSING_VENUE_LEAD.sub("", body[at + 1:-1].strip())
    # "(In: A. Lee and B. Ong (eds), Cold Book, 2009)": the book's editors before it are no authors of the work
    inside = _BOOK_EDITORS.sub("", inside)
    if not head or YEAR.search(head) or not YEAR.search(inside) or _NO_VENUE_ASIDE.match(inside) \
            or len(LETTER_WORDS.findall(inside)) < 2 or not inside[:1].isupper():
        return None
    return head, inside


_UNSTOPPED_IN = re.compile(r"(?<=[^\W_]{2})\s+In:\s+(?=[^\W_])(?![a-zß-ÿ])(?P<v>.*?)(?P<end>\.\s*,|\.\s+(?=\S)|$)")
"""An "In:" that opens where a work appeared, right after the title's last word (no stop), and the clause it opens."""
_BROKEN_IN = re.compile(r"(?P<w>[^\W_]{2,})[ \t]*\n\s*In\s+(?P<v>[^\W\d_][^,.;\n]*)")
"""A line that ends with a word and a next line that opens with "In" and a name (up to its comma or stop)."""
_NEXT_SENTENCE = re.compile(r"\.\s+[A-Z][a-z]")
"""A stop and a capitalised word after it: another sentence of an entry (a journal's name after the title's stop)."""


def _unstopped_in(m: re.Match) -> str:
    """The stop an unstopped "In:" stands for, written, where the clause it opens is a meeting or a book (Lattes:
    "Title In: UTA Symposium, 1996, Arlington. Proceedings ...", "Title In:   Revista X. , 1996", "Title In:
    CONGRESSO DE X, 19."): a year or the meeting's number after a comma, a venue's word, the export's empty
    field after it, or a book's editors ("In: A. Roe, B. Lee (Hrsg.): Book"); not a title's own "In:" ("Trust In: Science and
    the Public. Journal of X, 2019")."""
    v = m.group("v")
    if re.search(r",\s*(?:(?:19|20)\d\d\b|\d{1,3}[.ºª])", v) or venue_score(v) >= 1 or m.group("end").endswith(",") \
            or EDITORS_LEAD.match(v):
        return f". In: {m.group(0)[m.start('v') - m.start():]}"
    return m.group(0)
_GLUED_STOP = re.compile(r"(?<=[A-Za-z][a-z])\.(?=[A-Z][a-z]{2}(?![a-z]*\.))")
"""A sentence's stop glued to the next sentence's first word ("Xiaoli Wei.Thompson Sampling", "Ni Wu.Multi-Objective"),
not a journal's abbreviated words written close ("Phys.Rev.D")."""


def _quote_opens_title(seg: Seg, text: str, quoted: re.Match) -> bool:
    """Whether the quoted phrase that opens ``text`` (after an entry's names) is only the first words of its title
    ('“Urban Breathing” Seen from Towers. <i>Venue</i>'): no stop or comma closes the quotation, and three words or
    more run on from it to the italic venue (QUOTED_LEAD's rule, where a quoted title opens the entry)."""
    after = text[quoted.end():]
    if re.search(r"[.,;:!?]\s*$", quoted.group(0)[:-1]) or not re.match(r"\s+[^\W\d_]", after):
        return False
    if VENUE_LEAD_IN.match(after) or re.match(r"\s+(?:In\b|in:|in\s+(?=\*|<i|Proc)|edited\b|(?:Paper\s+)?[Pp]resented\b|Talk\b|Poster\b)", after):
        return False  # '“Sand Waves” In Proceedings of the *Conf*', '“…” edited by R. Roe, *Book*': the venue's lead-in;
        # a lower-case "in" only right before the venue ('“Fake News” in the Classroom' runs on as the title)
    venue = next((at for r in seg.runs if r.italic and len(p := norm(r.text).strip(" ,.;:")) >= 3
                  and (at := after.find(p)) > 0), None)
    return venue is not None and len(_words(after[:venue])) >= 3


def _bold_span_flattened(seg: Seg) -> Seg:
    """The segment with the italic parts of the bold run that opens it read as bold only: ``"**Neotropical
    *Clavulina*: Two new species of *Clavulina floridana***"``, a title that sets its taxon names (or a word it
    stresses) in italics inside its bold, is one bold title, not a bold piece, an italic venue and another piece.
    Only a span of abutting bold runs with a bold-only part of words, plain text after it, is read so (a link
    after the span is no such text: "**A, B (2024). Title. *Venue*.**" over its DOI link is a bold citation).

    >>> from .runs import Run
    >>> s = Seg([Run("Rare ", None, None, bold=True), Run("Fungi", None, None, bold=True, italic=True),
    ...          Run(" A. Lee. ", None, None), Run("Mycol", None, None, italic=True)])
    >>> [(r.text, r.bold, r.italic) for r in _bold_span_flattened(s).runs]
    [('Rare ', True, False), ('Fungi', True, False), (' A. Lee. ', False, False), ('Mycol', False, True)]
    """
    runs = seg.runs
    k = 0
    while k < len(runs) and not runs[k].text.strip():
        k += 1
    start, end = k, k
    while end < len(runs) and runs[end].bold and runs[end].anchor is None \
            and (end == start or seg.spans[end][0] == seg.spans[end - 1][1]):
        end += 1
    span = runs[start:end]
    if not any(r.italic for r in span) or not any(not r.italic and TWO_LETTERS.search(r.text) for r in span) \
            or not any(re.search(r"\w", r.text) and not r.bold and r.anchor is None for r in runs[end:]):
        return seg
    return Seg([*runs[:start], *(replace(r, italic=False) for r in span), *runs[end:]], legend=seg.legend)


_CLOSING_DATE = lazy_compile(r"(?P<t>\s*\S.*?)\s*(?P<d>\((?:(?:" + YEAR.pattern + r")[a-z]?|(?i:" + STATUS_WORDS
                           + r"))\))\s*[.,;:]?\s*")
"""A styled run closed by a year or a status in brackets ("Title of the Paper (2017)", "Title (in press)")."""
_JOURNAL_VOLUME = lazy_compile(r"\s*[^\W\d_][^\d()]*[^\W\d_]\s+(?!(?:" + YEAR.pattern + r"))\d{1,4}\s*[,.]?\s*")
"""An italic run of a journal's name and its volume ("Synthese 206", "Canadian Journal of Philosophy 53")."""
_ISSUE_YEAR_OR_PAGES = lazy_compile(r"\s*[,.]?\s*(?:\(\d{1,4}\)|\(?(?:" + YEAR.pattern + r")|\d+\s*[-–:]\s*\d)")
"""What follows a journal's volume: its issue in brackets, the year, or pages ("(3). 2025.", ". 2025.", ", 12-19")."""
_YEAR_AFTER_TITLE = re.compile(r"[.,]?\s*\(((?:19|20)\d\d)\),\s+(?=\S)")
"""A year in brackets, then a comma, just after a citation's first run ("[Title](url), (2025), A. Lee, ...")."""


_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s,;:(]))(['‘](?P<t>[^\W_].{4,}?[^\s'‘’])['’])(?=\s*[,.;:)](?:\s|$)|\s*$)")
"""A quotation in single quotes, straight or curled, opened after a space or a comma (not an apostrophe after a
letter) and closed before a comma, a stop or the end: "..., 'Title of the Paper', Venue"."""


_COMMENT_ON = re.compile(r"(?P<c>(?:Comment|Commentary|Reply|Response)\s+(?:on|to)\s+[\"“‘'].+?[\"”’']"
                         r"(?:\s+by\s+(?:\b[A-Z]\.|[^.])+?)?)(?<!\b[A-Z])\.\s+(?P<v>\S.*)$")
"""A commentary's title closing with the work it answers, read into the venue: 'Comment on "Title" by A & B.'
before the journal's name (the names may hold initials, "by B. Roe & C. Lind.", or end in "et al.")."""


def split_one_liner(seg: Seg, text: str, label_anchors, ctx: Ctx) -> tuple[str, str | None, str | None] | None:
    """Title, authors and venue of a citation written on one line. TeX's typed quotes ("On subsets of
    ''relatives'', in ``Collected Papers''") are read as quotation marks, and given back as written. A commentary's
    title names the work it answers in a sentence of its own ("Title. Comment on “X” by A & B. Journal"): that
    sentence is the title's, not the venue's."""
    parts = _one_liner_parts(seg, text, label_anchors, ctx)
    status = _CLOSING_STATUS.search(norm(text)) if parts is not None and parts[1] is None else None
    if status is not None:
        # "A. Lee, B. Roe, Title. (submitted)", no year: the status in brackets closing the line stands where the
        # venue does ("A. Lee, B. Roe, Title, submitted."), so the names and the title part as in the line's
        # dated siblings; kept only when that reading finds the names
        plain = f"{norm(text)[:status.start()].rstrip(' .,;')}, {status.group('s').strip()}."
        again = _one_liner_parts(seg, plain, label_anchors, ctx)
        if again is not None and again[1]:
            parts = again
    if parts is not None and parts[0] and parts[2] and (c := _COMMENT_ON.match(parts[2])) is not None:
        return f"{parts[0].rstrip(' .')}. {c.group('c')}", parts[1], c.group("v")
    return parts


def _one_liner_parts(seg: Seg, text: str, label_anchors, ctx: Ctx) -> tuple[str, str | None, str | None] | None:
    text = norm(text)
    seg = _bold_span_flattened(seg)
    lead = norm(seg.runs[0].text).strip(" ,.") if seg.runs and (seg.runs[0].anchor is not None or seg.runs[0].bold) \
        else None
    m = _YEAR_AFTER_TITLE.match(text, len(lead)) if lead and text.startswith(lead) else None
    if m and author_score(lead, ctx.owner_names) < 1:
        # "[Title](url), (2025), A. Lee, B. Roe, Venue.": the year in brackets between the linked or bold title and
        # the names, read where a citation that closes with its year has it; only a comma after it, as a full stop
        # there ends an APA author ("**Roe, B.** (2018). Title. Venue.")
        text = f"{lead}, {text[m.end():].rstrip()} ({m.group(1)})"
    quoted = {m.group(0): f"“{m.group(1)}”" for m in TEX_QUOTED.finditer(text)} if "''" in text or "’’" in text else {}
    single = None
    if not quoted and not re.search(r"[\"“”]", text) and len(singles := _SINGLE_QUOTED.findall(text)) == 1 \
            and not apa_citation(text):
        # "Roe, Ann and Bo Lee, 'Tidal Pools of the North', Coast Studies 9 (2007) 1-20": a title in single quotes
        # (straight or curled, as British and humanities styles set it) is read as one in double quotes, and given
        # back as typed; one such quotation only, none in double quotes (an apostrophe opens no quotation: it
        # follows a letter, "Lee's"); APA's "Roe, A. (2020). 'Title'. Venue" has its own reader
        quoted = {singles[0][0]: f"“{singles[0][1]}”"}
        single = singles[0][0]
    if not quoted:
        linked = _linked_title_then_names(seg, text, label_anchors, ctx)
        parts = _split_one_liner(seg, text, label_anchors, ctx, linked)
        if (parts is None or any(p and p.count("(") != p.count(")") for p in parts)) \
                and (opened := _venue_in_closing_brackets(text)) is not None:
            # "Title, with A. Lee (J. Ice 143 (2006), pp. 1-8)": the venue the closing brackets hold, read as the
            # comma before it would be (a reading cut inside the brackets is none); a text before them that reads
            # as no citation ("Cold Lakes Again (J. Ice 14 (2006))": words that could be names) is the title
            head, inside = _closing_venue(text)
            parts = _split_one_liner(seg, opened, label_anchors, ctx, None) or (
                (clean_title(head), None, clean_piece(inside)) if author_score(head, ctx.owner_names) < 1 else parts)
        if (bold := _bold_names_lead(seg, text, parts, ctx)) is not None:
            return bold
        if parts is not None and (named := names_open_title(parts)) is not None:
            return named
        if linked is not None and owner_among(linked[1], ctx) and (parts is None or fold(parts[0]) not in fold(linked[0])
                                                                  or _cut_inside_link(parts, linked[0])):
            # "[X: Understanding and Generating A, B, and C.](url) **Owner**, Ann Lee. Venue": a title that reads
            # as a list of names was taken for the authors; the link holds the title, the owner's names follow it
            return clean_title(linked[0].rstrip(". :")), clean_piece(linked[1]), clean_piece(linked[2]) or None
        if linked is not None and parts is not None and parts[1] is None and parts[2] \
                and fold(parts[0]) == fold(clean_title(linked[0].rstrip(". :"))) \
                and fold(parts[2]).startswith(fold(linked[1])):
            # "[Title](url) Ann Lee, et al. 2025": a coauthor's paper, the owner among the names the "et al." leaves
            # out; the names after the link were read as the venue, no authors read
            return parts[0], clean_piece(linked[1]), clean_piece(linked[2]) or None
        if parts is not None and parts[2] is None and (cut := _venue_after_linked_title(seg, parts[0], label_anchors)):
            # "A. Lee, B. Roe (2022), [Title](url), **npj Clim Atmos Sci**, 5, 42.": the link holds the whole title;
            # the set-apart words a comma puts after it are the venue (a stop there, or a venue's capital, made
            # them one before; "npj" in lower case ran on as the title's)
            return cut[0], parts[1], cut[1]
        return parts
    for typed, marks in quoted.items():
        text = text.replace(typed, marks)
    parts = _split_one_liner(seg, text, label_anchors, ctx, _linked_title_then_names(seg, text, label_anchors, ctx))
    if parts is None:
        return None

    def as_typed(piece: str | None) -> str | None:
        for typed, marks in quoted.items():
            piece = piece.replace(marks, typed) if piece else piece
        if piece and single:
            # (a piece that cut the single-quoted title: its marks as the page typed them, "Book review: 'Title")
            piece = piece.replace("“", single[0]).replace("”", single[-1])
        return piece
    return as_typed(parts[0]), as_typed(parts[1]), as_typed(parts[2])


def _venue_after_linked_title(seg: Seg, title: str, label_anchors) -> tuple[str, str] | None:
    """A title read past the link that holds it, over a comma and a bold or italic run ("[Title](url), **npj Clim
    Atmos Sci**, 5, 42"): the link's text as the title and what follows it as the venue, else None."""
    runs = [r for r in seg.runs if r.text.strip()]
    for k, r in enumerate(runs[:-1]):
        if r.anchor is None or r.anchor in label_anchors:
            continue
        linked = clean_title(norm(r.text).rstrip(". :"))
        if len(linked.split()) < 3 or not title.startswith(linked):
            continue
        after = title[len(linked):]
        nxt = runs[k + 1] if norm(runs[k + 1].text).strip(" ,") else (runs[k + 2] if k + 2 < len(runs) else None)
        if not re.match(r"\s*,\s*\S", after) or nxt is None or nxt.anchor is not None \
                or not (nxt.bold or nxt.italic) or not after.lstrip(" ,").startswith(norm(nxt.text).strip(" ,")):
            return None
        return linked, clean_piece(after.lstrip(" ,"))
    return None


def _cut_inside_link(parts: tuple[str, str | None, str | None], linked: str) -> bool:
    """Whether a reading of a line cut its linked title short at one of the title's own commas, and read the rest of
    the link's text as the first names ("[XCLAIM: Trustless, Interoperable Assets](url), A. Lee, ...": title
    "XCLAIM: Trustless", the first "name" "Interoperable Assets"): the link is one title, whatever commas it holds."""
    title, names = fold(parts[0]), fold(parts[1] or "")
    whole = fold(linked)
    if not names or not whole.startswith(title) or len(whole) <= len(title):
        return False
    rest = whole[len(title):].strip(" ,;:.")
    return bool(rest) and names.startswith(rest)


_ABBREVIATED_WORD = lazy_compile(rf"(?<![\w.])(?=[A-Z])(?i:{JOURNAL_WORDS}|vol|no|bull|comm)$")
"""A capitalised word journals abbreviate (scores.JOURNAL_WORDS, and a volume's or number's) closing the text: the
stop after it ends no title ("Math. Semiannuals", "Proc. Conf.")."""
_NAME_JOINS = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_JOINS_ONLY = re.compile(r"[\s,;&]*(?:and\b)?[\s,;&]*")


def _bold_names_lead(seg: Seg, text: str, parts: tuple | None, ctx: Ctx) -> tuple[str, str, str | None] | None:
    """``<b>A. Lee</b>, <b>Owner</b> and <b>B. Roe</b>, Title, Venue, 1999``: a page that sets every author in
    bold, no other markup between the names, the title and the venue; the bold runs opening the line, only commas
    and "and" between them, are the authors, whatever capitalized words or commas the title after them holds
    ("Many-target, Many-sensor Ship Tracking"). Taken where the plain reading went wrong: it read none, or ran its
    names past the bold ones into pieces that are no name. One bold name alone (the owner set apart, coauthors
    plain) is taken only where the plain reading read none and no name follows it."""
    runs = [r for r in seg.runs if r.text.strip()]
    if not runs or not runs[0].bold:
        return None
    k = 0
    while k < len(runs) and (runs[k].bold or _JOINS_ONLY.fullmatch(norm(runs[k].text))):
        k += 1
    while k and not runs[k - 1].bold:
        k -= 1
    if k == len(runs):
        return None
    cut = text.find(norm(runs[k].text).strip()[:20])
    names, rest = text[:cut].strip(" ,;:"), text[cut:]
    if cut <= 0 or not re.match(r"\s*[,:]", rest) or not owner_among(names, ctx):
        return None
    pieces = [p for p in _NAME_JOINS.split(names) if p.strip()]
    if not pieces or not all(_full_name(QUICK_MARKS.sub("", p)) for p in pieces):
        return None
    rest = rest.strip().lstrip(",:").strip()
    chunks = [c.strip() for c in rest.split(",")]
    said = [p for p in _NAME_JOINS.split(parts[1] or "") if p.strip()] if parts is not None else []
    if said and ([fold(p) for p in said[:len(pieces)]] != [fold(p) for p in pieces]
                 or all(_full_name(QUICK_MARKS.sub("", p)) for p in said[len(pieces):])
                 and (len(said) > len(pieces) or parts[2])):
        # the plain reading has other names, or these first and only names after them: it stands (not where it
        # read just these names and no venue, the title run on into it: "Names: Title, Journal 59: 98-112 (2015)")
        return None
    head = re.split(r"(?<=[^\W\d_]{2})[.?!]\s", re.sub(r"[\\*#†‡§¶]+", "", chunks[0]), maxsplit=1)[0]  # ("Wei Lu\\*. (2018)")
    if len(chunks) < 2 and len(pieces) == 1 or re.search(r"[\"“”]|\bet\.?\s+al\b", rest) or (
            name_like(head) if len(pieces) == 1 else _full_name(head)) and not (
            len(chunks) > 1 and (_named_acronym(chunks[1]) or re.match(r"(?i)(?:in|journal|proceedings)\b", chunks[1]))):
        # ("<b>Owner</b>, Ann Lee, Title": the owner alone in bold, a plain name after; "<b>Owner</b>, et al.
        # "Title"": a quoted title the plain reading knows)
        return None
    # the title: the first sentence when one ends before the venue ("Title, with a comma. HPEC 2019: 1-7"), else
    # the pieces up to the first that reads as a venue ("Title, Journal of X (JX), 9(8), 2003"), else the first
    # (not the stop of a venue's abbreviated word, "Math. Semiannuals", "Proc. Conf.")
    stop = next((m for m in re.finditer(r"(?<=[^\W\d_]{2})[.?!]\s+(?=[A-Z])", rest)
                 if not _ABBREVIATED_WORD.search(rest[:m.start()])), None)
    if stop and any(venue_score(c) >= 2 or _named_acronym(c.strip()) for c in rest[:stop.start()].split(",")[1:]):
        stop = None  # ("Title, RADICAL 2017, Recent Advances in X. Berlin, 2017": the venue before the stop)
    if stop and len(rest[:stop.start()].split()) >= 3 and (YEAR.search(after := rest[stop.end():])
                                                           or re.match(r"In\s", after) or venue_score(after) >= 2):
        title, venue = rest[:stop.start() + 1].rstrip("."), rest[stop.end():]
    else:
        at = next((j for j in range(1, len(chunks)) if venue_score(chunks[j]) >= 2 or _named_acronym(chunks[j])
                   or re.match(r"(?i)in\s", chunks[j])), 1 if len(chunks) > 1 else None)
        if at is None:
            return None
        if not re.search(r"[^\W\d_]{3}", chunks[at]):
            at = 1  # (only the year or pages read as a venue: the venue's name is the piece after the title)
        title, venue = ", ".join(chunks[:at]), ", ".join(chunks[at:])
    if len(title.split()) < 2:
        return None
    return clean_title(title), ", ".join(pieces), clean_piece(venue) or None


def _linked_title_then_names(seg: Seg, text: str, label_anchors, ctx: Ctx) -> tuple[str, str, str] | None:
    """``[Title of the Work](url) A. Lee, B. Roe. Venue, 2024``: a linked title opening the line, the names after it
    (the title's stop written inside the link, or left out: the link's end stands for it). Gives the link's text, the
    names (a comma list closed by "and" or by venue words, else up to their stop, the last of them a whole name: not
    "..., Adv" of "Adv. Quant. Chem.") and all after them; None when the line is no such. The one reading of the
    shape: :func:`_split_one_liner` writes the stop a link's end stands for, :func:`split_one_liner` takes the link
    for the title where the owner's names follow it and the title's own commas were read as names. The link's text is
    its runs up to the first outside it ("[**Bold** words](url)" whole)."""
    anchor = seg.runs[0].anchor if seg.runs else None
    if anchor is None or anchor in label_anchors:  # (no link, or a label's: "[PDF]")
        return None
    linked = norm("".join(r.text for r in itertools.takewhile(lambda r: r.anchor is anchor, seg.runs)))
    if len(linked.split()) < 3 or not text.startswith(linked):
        return None
    rest = text[len(linked):].lstrip(" .,;:")
    led = leading_names(rest, ctx)
    if led is None and (m := re.match(r"(.+?[^\W\d_]{2})\.(?:\s+|$)", rest)) is not None \
            and len(re.split(r",|\band\b|&", m.group(1))[-1].split()) >= 2:
        led = m.group(1), rest[m.end():]
    if led is None:
        # (the link's end parts the title from the names: no title's last words run into them, so a piece of venue
        # words closes a list of full names, "[Title](url), Ann Lee, Bo Roe, Proceedings of ...", as on a line of
        # its own)
        led = leading_names(rest, ctx, own_line=True)
    if led is None or author_score(led[0], ctx.owner_names) < 1:
        return None
    return linked, led[0], led[1]


def _bold_venue_cut(seg: Seg, text: str, at: int) -> tuple[str, str | None, int] | None:
    """Title and venue of a citation whose names end at ``at`` and whose journal is set in bold after the title
    (chemistry's style): "Lee, A.; <b>Ruiz, S.</b> Wet cells. Part 2: Gas, <b>J. Cell Sci.</b> 2023, 5, 1-9.".
    The title runs to the first bold run after the names that holds a word (not a volume "<b>12</b>", a year,
    not a status "<b>In press</b>"), whatever stops it holds; a bold note after the journal ("<b>[Special Issue:
    ...]</b>") is no venue of its own. Also where the journal begins in ``text``. None when no such run leaves a
    title of two words before it."""
    for r in seg.runs:
        if not r.bold or r.anchor is not None:
            continue
        p = norm(r.text).strip(" ,.;:")
        if not TWO_LETTERS.search(p) or STATUS_NOTE.fullmatch(p):  # ("J. Phys." is one; "12", "2020" no)
            continue
        cut = text.find(p, at)
        if cut <= at:
            continue
        head = text[at:cut]
        if (status := _STATUS_BRACKET_OPEN.search(head)) is not None:
            # "Title (under review in <b>Biometrics</b>)": the bracket that names the status and the journal the
            # paper went to closes the title; the journal is the venue, the status a note after it (what follows
            # the bracket is the venue's only after a comma: ", 2021"; not a sentence of its own, "R package
            # available in [github]", or a legend, "*Co-first authors", which the entry's other readers take)
            title = clean_title(head[:status.start()].rstrip(" -–—,;."))
            tail = text[cut + len(p):]
            close = tail.find(")")
            tail = tail[close + 1:] if close >= 0 else ""
            venue = f"{p} ({status.group('s')})" + (tail if tail.lstrip().startswith(",") else "")
            return (title, clean_piece(venue) or None, cut) if len(title.split()) >= 2 else None
        title = clean_title(head.rstrip(" -–—,;"))
        return (title, clean_piece(text[cut:]) or None, cut) if len(title.split()) >= 2 else None
    return None


_STATUS_BRACKET_OPEN = lazy_compile(r"\s*\((?P<s>(?:(?:currently|now)\s+)?(?:" + status_words(
    "submitted", "resubmitted", "accepted", "conditionally accepted", "under review", "under revision", "in review",
    "in revision", "under consideration", "to appear", "forthcoming", "in press") + r"))\s+(?:to|at|in|for|by|with)"
    r"(?:\s+the)?\s*$", re.I)
"""A bracket opened after a title by the paper's status and the word that names where it went ("Title (under review
in <b>Journal</b>)"): the journal set in bold closes it."""


_VOLUME_AFTER = re.compile(r"\s*[.,]?\s*,\s*(?:vol\.?\s*)?\d")
"""A volume number after a journal's italic name and its comma ("<i>Appl. Opt.</i>, 48, 1358-1365")."""
_VOLUME_INSIDE = re.compile(r",\s*\d{1,4}$")
"""A volume number the journal's italics hold ("<i>J. Geophys. Res., 112</i>, D09305")."""


def _mixed_comma_citation(seg: Seg, text: str, ctx: Ctx) -> tuple[str, str, str | None] | None:
    """``Cox, C.J., V.P. Walden, and Rowe, P.M., Title, <i>J. Geophys. Res.</i>, 117, D12204, 2012.``: AGU's and AMS's
    comma style (:func:`mixed_byline_head`); the first italic run after the title, its volume after it or inside it,
    is the journal; the byline and the title before it. None for any other line (asked only where an italic run
    after a comma is there)."""
    if not any(r.italic for r in seg.runs):
        return None
    for r in seg.runs:
        t = norm(r.text).strip(" ,.;:")
        if not r.italic or len(t) < 3 or not TWO_LETTERS.search(t):
            continue
        at = text.find(t)
        if at <= 0 or not text[:at].rstrip().endswith(","):
            return None  # (the first italic run, a title set in italics or after no comma: no such citation)
        after = text[at + len(t):]
        if not (_VOLUME_AFTER.match(after) or _VOLUME_INSIDE.search(t) and after.lstrip(" .").startswith(",")):
            return None
        mixed = mixed_byline_head(text[:at], ctx)
        return (clean_title(mixed[1]), mixed[0], clean_piece(text[at:]) or None) if mixed else None
    return None


def _split_one_liner(seg: Seg, text: str, label_anchors, ctx: Ctx, linked: tuple[str, str, str] | None
                     ) -> tuple[str, str | None, str | None] | None:
    """:func:`split_one_liner`'s reading of one text (``linked``: :func:`_linked_title_then_names` of that text, read
    once by the caller)."""
    brace = _BRACE_NOTE.match(text) if text.endswith(("}", "}.")) else None
    if brace and "{" not in brace.group("t"):
        # the note is no part of the title, whichever way the rest reads (the link may hold both)
        rest, note = brace.group("t").rstrip(" ,;:"), norm(brace.group("n"))
        pieces = [x.strip() for x in note.split(";")]
        coauthors = [x for x in pieces if re.match(WITH_LEAD + r"\s+[A-ZÀ-ÖØ-Þ]", x)]
        if coauthors:
            # "{1993 reprint; with A. Lee}": the coauthors, as "Title (with A. Lee)" names them after the title
            note = "; ".join(x for x in pieces if x not in coauthors)
            rest = f"{rest} ({english_with(coauthors[0])})"
        parts = _split_one_liner(seg, rest, label_anchors, ctx, linked)
        if parts is not None:
            return parts[0], parts[1], clean_piece(f"{parts[2]}, {note}" if parts[2] and note else parts[2] or note) \
                or None
        if len(rest.split()) >= 2 and author_score(rest, ctx.owner_names) < 0.3:
            return clean_title(rest), None, note or None
        return None
    # "and Xiaoli Wei.Thompson Sampling on ...", "Ni Wu.Multi-Objective ...": a sentence's period glued to the next
    # one (a PDF's export; a family name of two letters too); not a journal's abbreviated words written close
    # ("Phys.Rev.D", "Nucl.Phys.B": the next word ends in a stop too)
    text = _GLUED_STOP.sub(". ", text)
    if has_cjk(text):
        # "Hong-Yuan Lin.奈米系製程...簡介.(invited article)": the names' stop glued to a title in Chinese (or
        # Japanese, Korean), and the title's to what follows it
        text = re.sub(rf"(?<=[a-z]{{2}})\.(?=[{CJK_CHARS}])|(?<=[{CJK_CHARS}])\.(?=[^\s.])", ". ", text)
        # "王明,等.标题[J]": "等" (and others) closing the names, as "et al." does in a GB/T 7714 list; no author
        text = _CJK_ET_AL.sub(lambda m: f"{m.group(1) or m.group(2) or ' '}et al", text)
    # "Wang H, Lee G, et, al. Title[J]": a comma typed inside "et al." (it is no author "et")
    text = re.sub(r"\bet,\s*al\.", "et al.", text)
    if (unstopped := _VANCOUVER_UNSTOPPED.match(text)) is not None:
        # "Lee A, Roe B, and Von Hoff D Role of tides in ...": the stop after the last name's initials left out
        text = f"{unstopped.group('names')}. {text[unstopped.end():]}"
    # "... of Bufo marinus In: UTA Symposium, 1996, Arlington.": the book or meeting a Lattes CV export (ABNT style)
    # opens with "In:" right after the title, no stop between them; the stop it stands for, written
    text = _UNSTOPPED_IN.sub(_unstopped_in, text) if "In:" in text else text
    for r in seg.runs:
        # "... der Marke Mercedes Benz<newline>In Swiss Insights Report 2020, S. 15": the page broke the line where
        # the venue opens instead of writing a stop (a year or a venue's word in it, and no sentence after it: not a
        # title's own "In" wrapped, "Building Trust<newline>In Science: a 2021 view. Journal of X, 2021")
        for m in _BROKEN_IN.finditer(r.text) if "\n" in r.text else ():
            if re.search(r"(?:19|20)\d\d", m.group("v")) or venue_score(m.group("v")) >= 1:
                joined = f"{m.group('w')} In {m.group('v')}"
                if (at := text.find(joined)) >= 0 and not _NEXT_SENTENCE.search(text, at + len(joined)):
                    text = f"{text[:at]}{m.group('w')}. In {text[at + len(m.group('w')) + 4:]}"
    if not text:
        return None
    if linked is not None and linked[0][-1:] not in ".!?:;,\"”" and text.startswith(linked[0] + " "):
        # "[Title of the Work](url) A. Lee, B. Roe. Venue": the stop the link's end stands for, written
        text = f"{linked[0]}. {text[len(linked[0]) + 1:]}"
    if "”" in text:
        text = _opening_quotes(text)
    elif (opened := re.search(r"[“\"]", text)) is not None and text.count('"') <= 1 \
            and (shut := _SHUT_BY_OPENING_QUOTE.search(text, opened.end())) is not None:
        # 'A. Lee, B. Roe, “Title of the paper,“ Proc. X, 2009', '"Title,“ in Proc. X': the quotation closed with an
        # opening quote (after the title's last word or comma, a space or a stop after it)
        text = f"{text[:opened.start()]}“{text[opened.end():shut.start()]}”{text[shut.end():]}"
    quote = "“" if text.count("“") == 1 and "”" not in text and '"' not in text else \
        '"' if text.count('"') == 1 and not re.search("[“”]", text) else None
    if quote is not None:
        # 'A. Lee, B. Roe, “Title of the paper, <b><i>Journal</i></b>, 64, 2025': the closing quote left out; the
        # title ends at the comma before the styled venue (a straight quote too: '"Title, in <i>Workshop</i>, ...')
        opened = text.index(quote)
        venue_at = next((at for r in seg.runs if (r.bold or r.italic) and len(p := norm(r.text).strip(" ,.;:")) >= 3
                         and (at := text.find(p, opened)) > opened), -1)
        comma = text.rfind(",", opened, venue_at) if venue_at > opened else -1
        if comma > opened and len(text[opened + 1:comma].split()) >= 3 \
                and re.fullmatch(r"\s*(?:in\s*:?)?\s*", text[comma + 1:venue_at], re.I):
            text = f"{text[:opened]}“{text[opened + 1:comma]},”{text[comma + 1:]}"
    edited = _EDITORS_LAST.search(text)
    if edited and edited.start() > 0 and author_score(edited.group("n"), ctx.owner_names) >= 0.3:
        # "EN 1234:2011 Sorting Rules – Latin scripts. CEN; Editors: Roe, Ann; Lee, Bo.": a work its editors close,
        # no authors before its title; the names are its authors, the sentences before them its title and venue
        parts = sentences(text[:edited.start()].strip(" ;,") + ".")
        if parts and len(_words(parts[0])) >= 2:
            venue = " ".join(parts[1:]).rstrip(". ")
            if (code := _STANDARD_CODE.match(parts[0])) and not YEAR.search(venue):
                venue = f"{venue}, {code.group(1)}" if venue else code.group(1)  # "EN 1234:2011": a standard's year
            return clean_title(parts[0].rstrip(". ")), clean_piece(edited.group("n")), clean_piece(venue) or None
    lead = italic_lead_title(seg, text, ctx)
    if lead:
        return lead
    apa = _split_apa(seg, text)
    if apa:
        return _venue_cut(*apa)
    coded = _split_type_coded(text, ctx)
    if coded:
        return coded
    marked = _BOOK_MARKED.match(text) if "《" in text else None
    if marked and has_cjk(marked.group("t")) and author_score(marked.group("t"), ctx.owner_names) < 0.3:
        # "题目，《期刊》2024年第3期，CSSCI": a title in Chinese, the journal between title marks after it (the
        # author's own work, no byline)
        return clean_title(marked.group("t")), None, clean_piece(marked.group("v")) or None
    semi = _semicolon_names(text) if ";" in text else None
    if semi:
        bold = _bold_venue_cut(seg, text, len(text) - len(semi[1]))
        if bold and not any(r.italic and norm(r.text).strip(" ,.;:") for r in seg.runs):
            return bold[0], semi[0], bold[1]
        # "Karl Berg; Mona Hale ; Title, Venue, 2022, 10: 1-9": names parted by semicolons, the last closed by one
        parts = _comma_citation(semi[1])
        parts = parts[:2] if parts else _year_first_citation(semi[1])
        if parts:
            return clean_title(parts[0]), semi[0], clean_piece(parts[1]) or None
    inverted = inverted_head(text, ctx.owner_names)
    if inverted and _owner_given_first(inverted[0], ctx):
        inverted = None
    inverted = inverted or _owner_alone_inverted(text, ctx)
    if inverted:
        # "Delgado, F., Ruiz, S. Open vent volcanism over 22 years. In prep.": the names, then the citation
        at = len(text) - len(inverted[1])
        quoted = re.match(r"[“\"]\s*(\S[^”\"]{5,}?)\s*[”\"]", inverted[1])
        if quoted and _quote_opens_title(seg, inverted[1], quoted):
            quoted = None  # ('Lind, K. “Urban Breathing” Seen from Towers. <i>Venue</i>': the quotes open the title)
        if quoted and len(_words(quoted.group(1))) >= 2:  # (a title in Japanese or Chinese: one run, many words)
            # 'Lind, K.#, Okoro, B.* "Title of the paper." **J. Chem.**, 2024, 3, 1-9': the quotes close the
            # title, its stop inside them; what follows is the venue (in bold or plain, not only italic)
            return clean_title(quoted.group(1)), inverted[0], clean_piece(inverted[1][quoted.end():]) or None
        bold = _bold_venue_cut(seg, text, at)
        italic = next((p for r in seg.runs if r.italic and TWO_LETTERS.search(p := norm(r.text).strip(" ,.;:"))
                       and text.find(p, at) > at and not STATUS_NOTE.fullmatch(p)  # "*In review*": no venue
                       and not _stressed_word(p)  # ("Effects in *trans* on X. *Venue*": the title's word)
                       and not (bold and len(p.split()) <= 2 and text.find(p, at) < bold[2]
                                and not re.search(r"[.?!]\W*$", text[:text.find(p, at)]))), None)
        # (not "A Review on <i>Operando</i> Sensing. <b>J. Chem.</b> 2024", "the <i>In Situ</i> Formation": an italic
        # word or two inside the title's sentence, a bold journal after it, are words the title stresses)
        lead = next((p for r in seg.runs if r.italic and len((p := norm(r.text).strip(" ,.;:")).split()) >= 2
                     and text.find(p, at) == at), None)
        if lead and italic is None:
            # "Ruiz, A, Lee, B, <i>Wave Operators for Seismics</i>, <b>Venue</b>, 2025": the italic run right after
            # the names is the title, what follows it the venue
            return clean_title(lead), inverted[0], clean_piece(text[at + len(lead):]) or None
        if italic:
            # "Lee, A., Ruiz, S. Lakes of Ebro (Spain). New cores <i>Quaternary Notes</i>, 12.": the title runs to
            # the italic venue, whatever stops it holds, and needs no stop before it
            cut = text.find(italic, at)
            if year := re.search(r"[.,;]?\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)[.,]?\s*$", text[at:cut]):
                cut = at + year.start()  # "Title. (2025). <i>Venue</i>": the year is the citation's, not the title's
            title = clean_title(text[at:cut].rstrip(" -–—"))
            if len(title.split()) >= 2:
                return title, inverted[0], clean_piece(text[cut:]) or None
        if bold and italic is None:
            return bold[0], inverted[0], bold[1]
        book = _title_to_imprint(inverted[1])
        if book:
            return clean_title(book[0]), inverted[0], clean_piece(book[1]) or None
        parts = sentences(inverted[1])
        if parts and len(parts[0].split()) >= 2:
            return _venue_cut(clean_title(parts[0].rstrip(". ")), inverted[0], clean_piece(" ".join(parts[1:])) or None)
    if (mixed := _mixed_comma_citation(seg, text, ctx)) is not None:
        return mixed
    colon = _NAMES_COLON.match(text) if ":" in text or "：" in text else None  # (a colon needed)
    if colon and any((r.anchor is not None and r.anchor not in label_anchors or r.bold or r.italic)
                     and re.search(r"\w[:：]\s", r.text) and len(r.text.split()) >= 3 for r in seg.runs):
        colon = None  # "A, B and C, <a>Granger causality: estimation and use</a>": the colon is the linked title's
    if colon and any((r.anchor is not None and r.anchor not in label_anchors or r.bold or r.italic)
                     and len(r.text.split()) >= 3 and norm(r.text).strip(" ,.") in colon.group("a")
                     and author_score(norm(r.text), ctx.owner_names) < 0.3 for r in seg.runs):
        colon = None  # "A, B, <b><a>Workflow tools</a></b>, Software Ecosystems: Tooling, 2023": the styled title
        #               stands before the colon, which is the venue's
    if colon and re.search(r"[“\"][^”\"]*[:：][^”\"]*[”\"]", text):
        colon = None  # 'A, B, et al. "Net-X: A Network for Y".': the colon is inside the quoted title
    if colon and (head := _TITLE_HEAD.search(colon.group("a") + ":")) \
            and author_score(head.group("h"), ctx.owner_names) < 0.3 and any(
                (r.bold or r.italic) and r.anchor is None and len(r.text.split()) >= 3
                and norm(r.text).strip().startswith(colon.group("rest")[:20]) for r in seg.runs):
        colon = None  # "A, B, Learning From X: <b>Integrating Y</b>, Venue": no name before the colon, whose words
        #               open the styled title (read with it below)
    if colon and _NAMES_CLOSED_BEFORE.search(colon.group("a")):
        colon = None  # "Ann Lee and Bo Chen, Silt Budgets: Recent Advances, In: Book": "and" closed the names
    if colon and author_score(colon.group("a"), ctx.owner_names) >= 0.6 \
            and (re.search(r"[,&、，・]|\band\b", colon.group("a")) or _lone_byline_title(colon.group("rest"))
                 and any(same_name(colon.group("a"), o) for o in ctx.owner_names if o)) \
            and len(sentences(colon.group("a"))) == 1 and ends_in_name(colon.group("a")):  # "A, B. Title. In: Venue": the colon is the venue's
        # "A, B and C: Title. Venue.": the authors, a colon, then the citation; a lone name only when it is the
        # owner's ("C. Lee: Title. Venue (1984)", dblp's style for a work they wrote alone)
        rest = colon.group("rest")
        quoted = re.match(r"[“\"]\s*(\S[^”\"]{3,}?)\s*[”\"]\s*[,.]?\s*", rest)
        if quoted:
            # 'A, B: "Title", Venue, 2021', "山田 太郎, 鈴木 花子: 「題目」, 誌名, 2019": the quotes close the title
            return clean_title(quoted.group(1)), clean_piece(colon.group("a")), clean_piece(rest[quoted.end():]) or None
        cut = re.search(r"[.?!]\s+(?=\S)", rest)
        italic = _italic_after_comma(seg, rest)
        if italic is not None and (cut is None or cut.start() >= italic):
            # "A, B: Title, <i>Venue</i>, 2025.": the italic venue after the title's comma closes the title
            return clean_title(rest[:italic].rstrip(" ,")), clean_piece(colon.group("a")), \
                clean_piece(rest[italic:]) or None
        commas = _comma_citation(rest)
        if commas and (cut is None or cut.start() >= len(commas[0])):
            # "A, B: Title, Venue, 51(3):255-257 (2020).", "A, B: Title, Venue, vol. 5, pp. 1-10, 2021.": no stop
            # ends the title (the venue's may: "Proc. of X", "vol. 5"), commas part it from the venue
            return clean_title(commas[0]), clean_piece(colon.group("a")), clean_piece(commas[1]) or None
        book = _title_to_imprint(rest)
        if book:
            return clean_title(book[0]), clean_piece(colon.group("a")), clean_piece(book[1]) or None
        if cut:
            return clean_title(rest[: cut.start() + (1 if rest[cut.start()] in "?!" else 0)]), \
                clean_piece(colon.group("a")), clean_piece(rest[cut.end():]) or None
        return clean_title(rest), clean_piece(colon.group("a")), None
    colored = _colored_title(seg, text, ctx)
    if colored:
        return colored
    with_names = _title_with_names(text, ctx, seg) or title_by_names(seg, text, ctx)
    if with_names:
        return with_names
    named = _split_names_then_title(seg, text, ctx)  # after the colon rule: "A, B and C: Title" is the colon's
    if named:
        return named
    named = _split_title_then_names(seg, text, ctx)
    if named:
        return named
    # 1. runs the page itself labels
    groups: list[tuple[str, str]] = []  # (style key, text)
    group_anchor = None
    # "<strong>A. Lee, '<a>Title</a>', Press, 2022.</strong>": bold over the whole entry sets no part of it apart
    all_bold = all(r.bold for r in seg.runs if r.anchor not in label_anchors and re.search(r"\w", r.text))
    # "<a href=doi>Lee A, Roe B. <b>Title.</b></a>": nor does one link over the whole citation (its sentences, the
    # names' first, all inside it, and a part in its own style or a third sentence, the venue's); a link over a
    # title alone ("<a>Title</a>", "<a>Who Crosses? A Study</a>": no names before its question; "<a>Ada Lovelace.
    # A Life in Numbers</a>": one style, two sentences) still sets the title apart
    wordy_runs = [r for r in seg.runs if r.anchor not in label_anchors and re.search(r"\w", r.text)]
    wordy = {id(r.anchor) for r in wordy_runs}
    all_linked = len(wordy) == 1 and seg.runs[0].anchor is not None and id(seg.runs[0].anchor) in wordy \
        and len(said := sentences(text)) >= 2 and author_score(said[0], ctx.owner_names) >= 0.3 \
        and (len(said) >= 3 or len({(r.bold, r.italic) for r in wordy_runs}) >= 2)
    for r, (a, b) in zip(seg.runs, seg.spans):
        if r.anchor in label_anchors:
            groups.append(("label", " "))
            continue
        hint = run_hint(r)
        bold = r.bold and not all_bold
        if hint in ("title", "authors", "venue"):
            key = hint
        elif bold or r.italic or r.underline or (r.anchor is not None and not all_linked):
            key = "style:" + "".join(k for k, f in (("b", bold), ("i", r.italic), ("u", r.underline),
                                                    ("a", r.anchor is not None and not all_linked)) if f)
        else:
            key = "plain"
        t = seg.raw[a:b]
        if groups and (groups[-1][0] == key or (r.anchor is not None and r.anchor is group_anchor and not all_linked)):
            # one link is one group: "[Book review of *A Book* by A. Reviewer](doi)" is one title
            groups[-1] = (groups[-1][0], groups[-1][1] + t)
        else:
            groups.append((key, t))
        group_anchor = r.anchor
    last = max((k for k, (key, t) in enumerate(groups) if key != "label" and t.strip()), default=None)
    closing = _CLOSING_DATE.fullmatch(groups[last][1]) if last is not None and groups[last][0].startswith("style:") \
        and re.search(r"[ba]", groups[last][0][6:]) and len(YEAR.findall(text)) <= len(YEAR.findall(groups[last][1])) \
        and not re.search(r"[^\W\d_]", "".join(t for k, t in groups[:last] if k != "label")) else None
    if closing and len(closing.group("t").split()) >= 2:
        # "[**Title of the Paper (2017)**](url)": the year (or status) in brackets closing the bold or linked title
        # that ends the entry is the entry's, as written after the link ("[**Title**](url) (2017)"); only where the
        # title is the whole entry (names before it, "Mira Holt. [**The Prague Spring (1968)**](u)", and a bracket
        # that is no year of YEAR's, "(1918)", leave the title whole)
        groups[last:last + 1] = [(groups[last][0], closing.group("t")), ("plain", f" {closing.group('d')}")]
    by_hint = {k: clean_piece(t) for k, t in groups if k in ("title", "authors", "venue")}
    title = by_hint.get("title")
    if title is None:
        m = re.search(r"[“\"]([^”\"]{6,}?)[”\"]", text) or re.search(r"‘([^‘’]{6,}?)’(?=\s*[,.;:]|\s*$)", text)
        held = _holding_work(text[:m.start()], ctx) if m else None
        if held and "," not in held.group("t"):
            # 'Title, in “Collected Papers of X”, 1967': the title before the book that holds it, the book and the
            # rest its venue
            return clean_title(held.group("t")), None, clean_piece(text[held.end("t"):].lstrip(" ,.")) or None
        if m and (len(_words(m.group(1))) >= 2 or _one_word_title(text, m, ctx)) \
                and not _inside_title(text[:m.start()], ctx) and not held and not any(
                r.italic and m.group(0) in r.text and len(norm(r.text)) > len(m.group(0)) + 3
                for r in seg.runs):
            # (a quotation inside an italic title, "<i>Comment on “A Way to Do It”</i>", is the title's: the
            # italic run is read below; so is one after a word of the sentence that follows the names,
            # "A, B. Tool: a site for “X Y”.")
            title = m.group(1)
    if title is None:
        pos = 0
        past_venue = False  # the italic venue closing the citation is behind: a link after it is no title
        for key, t in groups:
            start = pos
            pos += len(t)
            if not key.startswith("style:") and key != "title":
                continue
            if "a" in key[6:] and start and pos < len("".join(x for _, x in groups)) \
                    and _IN_SENTENCE.fullmatch(norm("".join(x for _, x in groups)[:start])) \
                    and re.match(r"\s+[a-z]", "".join(x for _, x in groups)[pos:]):
                # "Ongoing applications include a <a>flood monitoring network</a> in the Tarn valley.": a link
                # inside a sentence of prose (lower-case words on both sides of it) is no paper's title
                return None
            if "a" in key[6:] and start and re.search(r"(?:\band|&)\s*$", "".join(x for _, x in groups)[:start]) \
                    and author_score(re.sub(r"(?:\band|&)\s*$", "", "".join(x for _, x in groups)[:start]),
                                      ctx.owner_names) >= 0.3:
                continue  # "Lee A and <a>the Gadget Study Team</a>. Title.": the link closing the names is an author
            if "a" in key[6:] and start and (past_venue or (
                    "".join(x for _, x in groups)[:start].rstrip().endswith("[")
                    and len(sentences(norm("".join(x for _, x in groups)[:start]))) >= 2)):
                # "A, B. Title. <i>Venue</i>. <a>PMLR 221:557-576</a>", "..., 2019. [<a>Highly Cited Paper</a>]":
                # the paper's address, a note on it
                continue
            if key == "style:i" and past_venue:
                continue  # "In <i>Proc. of X</i>, volume 9 of <i>Lecture Notes in Y</i>": the venue's series
            if key == "style:i" and "".join(x for _, x in groups)[:start].rstrip().endswith("(") \
                    and "".join(x for _, x in groups)[pos:].lstrip().startswith(")"):
                # "... of pink shrimp (<i>Pandalus borealis</i>) density.", "(<i>*Equal contribution</i>)": an
                # italic run in brackets is a name the sentence stresses or a remark, no title
                continue
            if key in ("style:i", "style:bi"):
                # (in bold italics too: "A, B. Title. ***Ceramics International***, 2025, 51(3): 1-9", as a Chinese
                # CV sets the journal, whose name reads like no venue by its words)
                # an italic run followed by volume/pages/year, after a sentence of its own, is the venue
                after = "".join(x for _, x in groups)[pos:]
                before = "".join(x for _, x in groups)[:start]
                # ("<i>MSc thesis, EPFL</i>, June 2016.": a date after it, the month written out; "A, B. Title.
                # <i>Book of Essays</i>, (LNCS 9600)": any comma after it, the names and the title before it)
                # ("[3] A, B. Title.": no entry number; "A, B, Ni Wu.Title.": the names' stop glued to the title)
                sents = sentences(_GLUED_STOP.sub(". ", NUMBERING.sub("", norm(before))))
                if len(sents) == 1 and "," not in sents[0] and len(_words(sents[0])) >= 2 \
                        and not owner_among(sents[0], ctx) \
                        and _JOURNAL_VOLUME.fullmatch(norm(t)) and _ISSUE_YEAR_OR_PAGES.match(after):
                    # "Title of the Paper. <i>Synthese 206</i> (3). 2025.": an italic run closed by a volume, its
                    # issue, year or pages after it, is a journal and its volume (APA 7 sets the volume in the
                    # journal's italics), never a title; the one sentence before it, no names written (the owner
                    # implied), is the title, whatever its words look like ("Joint Attention and Communication");
                    # names with the owner's among them ("Mira Holt and Bo Lee.") are the byline, no title
                    title = sents[0]
                    break
                # ("<i>Formal Methods in X</i> (<a>FMSD</a>), 41(1): 45-65": the journal's short name in brackets
                # before its volume)
                if len(sents) >= 2 and (re.match(
                        r"\s*[,.:;]?\s*(?:\([^()]{1,30}\)\s*[,.:;]?\s*)?"
                        r"(?:\(?\d|vol\b|volume\s+\d|number\s+\d|pp\b|pages\b|no\.|"
                        rf"(?:{MONTH_ABBR})"
                        r"[a-z]*\.?\s+(?:19|20)\d\d)", after, re.I) or (
                        after.lstrip().startswith(",") and author_score(sents[0], ctx.owner_names) >= 1) or (
                        # "A, B. Title. <i>Annals of X</i> (in press).": the paper's status in brackets after it
                        _BRACKETED_STATUS.match(after) and author_score(sents[0], ctx.owner_names) >= 1) or (
                        not after.strip(" .,;:") and len(sents[-1].split()) >= 3
                        and author_score(sents[0], ctx.owner_names) >= 1
                        and author_score(sents[-1], ctx.owner_names) < 0.3)):
                    # ("A, B. Title of the paper. <i>Trends in Genetics</i>. [links]": the italic closing the
                    # citation, after the names and a sentence of title, is its venue)
                    past_venue = True
                    continue
            ends_sentence = t.rstrip().endswith(".")
            t = clean_piece(t)
            if STATUS_NOTE.fullmatch(t):
                continue  # "A, B. Title. *In review.* Journal of X.": a styled status is the paper's, no title
            words = _words(t)
            if "," in t and uninvert_authors(t) is not None:
                continue  # "**Nordby, O.**, Lind, K. Title.": a styled name written family first, not the title
            if key.startswith("style:b") and ends_sentence and start == 0 and len(words) >= 2 and author_score(
                    t, ctx.owner_names) < 1 and not any(same_name(t, o) for o in ctx.owner_names if o):
                title = t  # "**Soft Grippers.** Omar Haddad. *ICRA*.": a bold sentence opening the entry
                break
            if key == "style:b" and start and len(words) >= 2 \
                    and not any(same_name(t, o) for o in ctx.owner_names if o):
                before = norm("".join(x for _, x in groups)[:start])
                sents = sentences(before)
                if len(sents) >= 2 and author_score(sents[-1], ctx.owner_names) >= 1 \
                        and author_score(sents[0], ctx.owner_names) < 1 and len(_words(sents[0])) >= 2 \
                        and not note_words_only(sents[0]) and not STATUS_NOTE.fullmatch(clean_piece(sents[0])):
                    # "Title of the Paper. A. Lee, B. Roe. <b>Remote Sensing of Environment</b>, 2019": a bold run
                    # after the names' sentence, a plain sentence over them, is where the work appeared (not after
                    # a label, "Oral. A. Lee, B. Roe. <b>Title</b>": no title over the names)
                    past_venue = True
                    continue
                if before.endswith(".") and len(sentences(before)) == 1 and "," in before \
                        and author_score(before, ctx.owner_names) >= 1 and ends_in_name(before.rstrip(". ")) \
                        and re.match(r"[.?!]?\s+(?:In\b|[A-Z])", "".join(x for _, x in groups)[pos:]):
                    # "Bo Roe, Ann Lind. <b>Data Stream Mining</b>. In A. Editor (Ed.), <a>Book</a>": a bold sentence
                    # right after the names' sentence is the title, however much its words read as a name's
                    title = t
                    break
            # ("<i>Comment on “Title” [J. Fluids 24, 1 (2012)]</i>": the bracketed citation of the work a comment
            # answers is the title's, not a venue)
            vscore = venue_score(re.sub(r"\s*\[[^\[\]]{6,}\]$", "", t) if re.search(r"[“\"].+[”\"]", t) else t)
            if vscore >= 2 and len(words) >= 6 and _YEAR_IN_PHRASE.search(t):
                # "<i>Slides of the 2010 Maule Quake Seen by a Catalog</i>": a year inside a phrase is the title's
                vscore = min(vscore, venue_score(_YEAR_IN_PHRASE.sub(" ", t)))
            if vscore >= 2 and _YEAR_SPAN.search(t):
                # "<a>Remembering A. Lee: 1930-2010</a>", "<i>Letters (1917-1998)</i>": a span of years (a life, an
                # era) is the title's, no venue's year
                vscore = min(vscore, venue_score(_YEAR_SPAN.sub(" ", t)))
            if vscore >= 2 and len(words) >= 6 and _YEARS_STUDIED.search(t):
                # "<i>Earnings Among U.S. Engineers, 1961-1986</i>": the span of years a study covers closes its
                # title (a venue gives one year)
                vscore = min(vscore, venue_score(_YEARS_STUDIED.sub("", t)))
            if vscore >= 2 and len(words) >= 6 and (years := {y.group(0) for y in YEAR.finditer(t)}) \
                    and venue_score(YEAR.sub(" ", t)) == 0 \
                    and all(y in "".join(x for _, x in groups)[pos:] for y in years):
                # "A, B. <a>Outbreak in a Gym, Hong Kong, China, March 2021.</a> <b>Journal</b>, 27(8). (2021)": a
                # styled run whose only venue word is a year the citation writes again after it (its own year) is
                # the title, which names the date it speaks of (a dispatch's "place, month year")
                vscore = 0
            if len(words) >= 2 and len(t) >= 8 and author_score(t, ctx.owner_names) < 0.3 and vscore < 2:
                title = t
                break
            if "a" in key[6:] and not start and len(words) >= 2 and vscore < 2 \
                    and author_score(t, ctx.owner_names) < 1 and not any(same_name(t, o) for o in ctx.owner_names if o):
                # "<a>Migrant Remittances</a>, <i>Journal of Economic Perspectives</i>, Vol. 25, 2011": a linked run
                # opening the entry, a journal in italics right after its comma, is the title, however much its two
                # capitalised words read like a name (a name so linked is followed by more names or a title)
                at, following = 0, []
                for k, x in groups:
                    if at >= pos:
                        following.append((k, x))
                    at += len(x)
                # (the comma, then the italic run)
                if len(following) >= 2 and following[0][1].strip() == "," and following[1][0] == "style:i" \
                        and venue_score(clean_piece(following[1][1])) >= 2:
                    title = t
                    break
            if key == "style:i" and not "".join(x for _, x in groups)[:start].strip() and len(words) >= 2 \
                    and vscore < 2 and not any(same_name(t, o) for o in ctx.owner_names if o):
                # "<i>Graph Varieties</i>, Ph.D. thesis, <a>University of X</a>, 2002.": an italic run opening the
                # entry, a venue after its comma (no more names: "<i>Ann Lee</i>, Bo Roe, Title"), is the title,
                # however much its two words look like a name
                after = "".join(x for _, x in groups)[pos:]
                head = re.match(r"\s*,\s*([^,]+)", after)
                if head and author_score(head.group(1), ctx.owner_names) < 0.3 and venue_score(after) >= 2:
                    title = t
                    break
            if len(words) >= 4 and author_score(t, ctx.owner_names) < 1 and vscore < 2:
                title = t
                break
            if key in ("style:i", "style:ia") and len(words) >= 3 and vscore >= 2 \
                    and author_score(t, ctx.owner_names) < 0.3:
                # "A, B, <i>Support Systems in Workshops</i>, Science Education, 2025": an italic run (linked or not)
                # between the names and a venue of its own is the title, venue words in it or not
                whole = "".join(x for _, x in groups)
                before, after = whole[:start].rstrip(), whole[pos:]
                venue_after = re.match(r"\s*,\s*([^,]{3,}?)\s*(?:,|$)", after)
                if before.endswith(",") and author_score(before.rstrip(" ,"), ctx.owner_names) >= 1 \
                        and venue_after and re.search(r"[^\W\d_]{3}", venue_after.group(1)) \
                        and not YEAR.fullmatch(venue_after.group(1).strip(" .")):
                    title = t
                    break
            if key in ("style:i", "style:ia") and len(words) >= 2 and author_score(t, ctx.owner_names) < 1 \
                    and not any(same_name(t, o) for o in ctx.owner_names if o) \
                    and not re.fullmatch(r"(?i)et\.?\s*al\.?", t) and not "".join(x for _, x in groups)[start:pos].rstrip().endswith(":"):
                # "<u>A Lee</u>, <i>Hyperfine Line Shapes</i>, Garden Laboratory Report, 1962": an italic run right
                # after the names (all that stands before it), with a venue of its own words after it, is the title,
                # however much its capitalised words read like a name (or its words like a venue's, "... results");
                # not "<i>et al</i>", the names' end, nor "<i>United States Patent:</i>", a label of what follows
                whole = "".join(x for _, x in groups)
                names, after = norm(whole[:start]).strip(" ,;"), whole[pos:]
                if names and author_score(names, ctx.owner_names) >= 1 and ends_in_name(names) \
                        and venue_score(after) >= 2 and author_score(after.strip(" ,.;"), ctx.owner_names) < 0.3 \
                        and re.search(r"[^\W\d_]{3}", YEAR.sub(" ", after)) and not _IN_SENTENCE.fullmatch(names):
                    title = t
                    break
            past_venue = past_venue or (key == "style:i" and vscore >= 2)
    if "authors" in by_hint:
        authors = by_hint["authors"]
    else:
        authors = None
    if title is None and authors is None:
        bare = _title_comma_venue(text, ctx)
        if bare:
            return bare
    if title is None:
        parts = sentences(text)
        if len(parts) >= 3 and author_score(parts[0], ctx.owner_names) < 1 <= author_score(parts[1], ctx.owner_names) \
                and ends_in_name(parts[1].rstrip(". ")) and author_score(parts[2], ctx.owner_names) < 0.3 \
                and venue_score(parts[0]) < 2 and (owner_among(parts[1], ctx) or re.search(r",|\sand\s|&", parts[1])):
            # "Counting Burrowing Beetles. Jane Doe and Lena Verhoeven. **Ecology Letters**, 2020": a title in title
            # case reads a little as names, the sentence after it surely is: the title first, then the byline
            return clean_title(parts[0]), clean_piece(parts[1]), clean_piece(" ".join(parts[2:])) or None
        if len(parts) >= 2:
            if author_score(parts[0], ctx.owner_names) >= 0.3 and len(parts) >= 2 \
                    and not (_lone_stranger(parts[0], ctx) and _SUBTITLE_THEN_VENUE.match(" ".join(parts[1:]))):
                k = 2
                italic = next((norm(r.text).strip(" ,.;:") for r in seg.runs if r.italic
                               and TWO_LETTERS.search(r.text)), None)
                while italic and k < len(parts) and not parts[k].startswith(italic) \
                        and venue_score(parts[k]) < 1 and not re.match(r"(?i)(?:in|proc|to appear)\b", parts[k]):
                    k += 1  # "A, B. Watch them Fight! Creativity Tasks in X. <i>Journal</i>": the title to the venue
                if not italic and parts[1].endswith(("?", "!")) and len(parts) >= 4 and venue_score(parts[2]) < 1 \
                        and len(parts[2].split()) <= 8 and author_score(parts[2], ctx.owner_names) < 0.3 \
                        and (re.match(r"In\s*:?\s+[A-Z]", parts[3]) or venue_score(parts[3]) >= 1
                             or len(parts) >= 5 and _numbers_only(parts[4]) and len(parts[3].split()) <= 8):
                    # "A, B. Why a theory? An Introduction. In C (eds.) Book.": a question, then its subtitle, then
                    # the venue (as the APA reader takes it); "... Global Change Biology. 27: 220-236.": a name
                    # its volume and pages follow is the venue too
                    return clean_title(f"{parts[1]} {parts[2]}"), authors or clean_piece(parts[0]), \
                        clean_piece(" ".join(parts[3:])) or None
                if k > 2 and k < len(parts) and parts[k].startswith(italic):
                    return clean_title(" ".join(parts[1:k])), authors or clean_piece(parts[0]), \
                        clean_piece(" ".join(parts[k:])) or None
                inside = re.search(r"(?<=[.?!])\s+" + re.escape(italic) + r"(?=\s*[,.;:]?\s*(?:\(?\d|$))",
                                   parts[1]) if italic else None
                if inside and len(parts[1][:inside.start()].split()) >= 2:
                    # "Lee AB. Ranking by Kendall's <i>t</i> or Somers' <i>D</i>. <i>Journal</i> 2010; 10: 1-9": the
                    # stop after a letter read as an initial ends the title all the same, the italic venue after it
                    return clean_title(parts[1][:inside.start()]), authors or clean_piece(parts[0]), \
                        clean_piece(" ".join([parts[1][inside.end() - len(italic):], *parts[2:]])) or None
                # ("Lee AB, Roe C. 2013 Title, Venue": the year between the names and the title is neither's)
                return _venue_cut(clean_title(_LEAD_YEAR.sub("", parts[1])), authors or clean_piece(parts[0]),
                                  clean_piece(" ".join(parts[2:])) or None)
            title = parts[0]
            sub = _SUBTITLE_THEN_VENUE.match(" ".join(parts[1:])) if not authors else None
            if sub and author_score(sub.group("s"), ctx.owner_names) < 0.3 and venue_score(sub.group("s")) < 1:
                # "Grenzen der Zunft. Handwerk im Vormärz, in: A. Roe (Hrsg.), Buch, Stuttgart 2018, S. 45-67",
                # "Welten. Eine Geschichte der Stadt, Göttingen: Wallstein Verlag 2016": the title's second sentence
                # runs to the comma before the book ("in:") or the place and publisher
                return clean_title(f"{title.rstrip(' .')}. {sub.group('s')}"), None, clean_piece(sub.group("v"))
            k = 1
            while k < len(parts) - 1 and parts[k][:1].isupper() and len(parts[k].split()) >= 3 \
                    and venue_score(parts[k]) < 1 and author_score(parts[k], ctx.owner_names) < 0.3 \
                    and not YEAR.search(parts[k]) and not NOTE_WORDS.search(parts[k]):
                k += 1
            last = parts[k]
            if k > 1 and (venue_score(last) >= 1 or NOTE_WORDS.search(last) or YEAR.search(last)):
                # "Title in Control. A Geometric Approach from X. In preparation (2021)": the sentences before the
                # venue or status are all the title's
                title = text[: text.find(parts[k - 1]) + len(parts[k - 1])]
        else:
            tail = _VENUE_TAIL.match(without_trail_pictographs(text)) if authors is None else None
            at = (tail.group("v") or tail.group("v2") or tail.group("v3")) if tail else ""
            if tail and len(tail.group("t").split()) >= 3 and venue_score(tail.group("t")) < 2 \
                    and author_score(tail.group("t"), ctx.owner_names) < 0.3 \
                    and (venue_score(at) >= 4 or _YY_BADGE.fullmatch(at) or tail.group("at") and venue_score(at) >= 1
                         or YEAR.search(at) and re.search(r"\b[A-Z][A-Za-z]*[A-Z]\b", at)) \
                    and (author_score(at, ctx.owner_names) < 0.3 or tail.group("at") and not re.search(r",", at)):
                # "Title @ `CVPR'23`", "Title (ICCV 2021)", "Title, NeurIPS 2022": a title, then the venue it
                # appeared at (after an "@", whatever it names)
                return clean_title(tail.group("t")), None, clean_piece(at)
            owned = _names_to_owner_then_title(seg, ctx) if authors is None else None
            if owned:
                return owned
            # ("[Measuring Vogue in Sociology (2011-2020)](url)": the span of years a study covers closes its title,
            # no venue's year)
            studied = _YEARS_STUDIED.sub("", text) if len(text.split()) >= 5 else text
            if venue_score(studied) >= 2 or author_score(text, ctx.owner_names) >= 0.3:
                return None
            return clean_title(text), authors, None
    idx = text.find(title)
    if idx < 0:
        idx = fold(text).find(fold(title))
        before, after = ("", text) if idx < 0 else (text[:idx], text[idx + len(title):])
    else:
        before, after = text[:idx], text[idx + len(title):]
    head = _TITLE_HEAD.search(before) if before.rstrip().endswith(":") else None
    if head and author_score(head.group("h"), ctx.owner_names) < 0.3 \
            and author_score(before[: head.start()], ctx.owner_names) >= 0.6:
        # "A, <b>Owner</b>, Learning From Failure: <b>Integrating Negative Examples</b>, Venue": the words after the
        # last name, closed by a colon right before the styled title, are the title's head (no name of the list's)
        title, before = f"{head.group('h').strip()}: {title}", before[: head.start()]
    if authors is None and (named := _named_work_in_title(seg, before, title, after, ctx)) is not None:
        # (what follows the named work's byline is all the venue's: "<i>ProfHacker</i>, <i>Chronicle</i>" no names)
        return clean_title(named[0]), None, by_hint.get("venue") or clean_piece(named[1]) or None
    if before.rstrip().endswith(("“", '"')) and (more := _MORE_QUOTED.match(after)) is not None:
        # '“Title One” and “Title Two,” in <i>Book</i>': one entry of two pieces, each quoted, joined by "and"
        # before the comma that ends a quoted title: both are the title (the second is no venue)
        title, before, after = f"“{title}” and “{more.group('t')}”", before.rstrip()[:-1], after[more.end():]
    noted = re.fullmatch(r"\s*[(\[][^()\[\]]+[)\]][\s,.;:]*", before) is not None
    before = clean_piece(before)
    after = clean_piece(after.lstrip("”’\"'."))
    venue = by_hint.get("venue")
    if noted and authors is None and after and author_score(after, ctx.owner_names) >= 0.6:
        # "`ICASSP 2023` (CCF B) [Title](url), A, B, C": a note in brackets before the title (a rank, "Oral") is
        # no byline when names follow the title
        before = ""
    if authors is None and before and author_score(before, ctx.owner_names) >= 0.2:
        authors = before
        venue = venue or after or None
    elif authors is not None:
        rest = after
        if before and fold(before) != fold(authors):
            rest = clean_piece(before.replace(authors, " ") + " " + after)
        venue = venue or rest or None
    else:
        split = split_authors_venue(seg, after, ctx) if after else None
        if split is None and after and "," in after:
            # "Title, A. Author, B. Author, ICCV 2023": the names, then the venue after the last of them
            chunks = [c.strip() for c in after.split(",")]
            for k in range(len(chunks) - 1, 0, -1):
                names, rest = ", ".join(chunks[:k]), ", ".join(chunks[k:])
                if author_score(names, ctx.owner_names) >= 0.6 and venue_score(rest) >= 2:
                    split = (names, rest)
                    break
        names = clean_piece(after.replace(venue, " ")) if venue and after and venue in after else None
        if split:
            authors, venue = split
        elif after and venue is None and venue_score(after) < 2 and author_score(after, ctx.owner_names) >= 0.6:
            authors = after  # "`ICCV 2023` [Title](url), A, B, C": only names after the title (a badge gave the venue)
        elif names and author_score(names, ctx.owner_names) >= 0.6:
            # "[Title](), A, **B**, C, <span class="journal">Venue</span>": the names between the title and the venue
            # the page marks as such
            authors = names
        else:
            venue = venue or after or None
    return clean_title(title), authors, venue


_MORE_QUOTED = lazy_compile(r"[”\"]\s*(?:and|&)\s+[“\"](?P<t>[^“”\"]{3,}?)\s*(?:[,.]\s*[”\"]|[”\"]\s*[,.])")
"""A second quoted title joined to the first by "and", closed by the citation's comma or stop ('” and “Two,”')."""
_LEADS_INTO_WORK = lazy_compile(r"(?:[A-Z][a-z]+)(?:\s+[a-z]+){0,2}\s+(?:of|on|to|for|about)\s*")
"""A few plain words that open an entry and lead into the work it is about, closed by a preposition ("Review of",
"Comment on", "A response to"): no names, no year."""
_CLOSING_IMPRINT = lazy_compile(r"\s*\([^()]{3,80},\s*(?:19|20)\d\d\)\s*$")
"""The publisher and year in brackets that close the byline of the work a title names ("(Hill Press, 2001)")."""


def _named_work_in_title(seg: Seg, before: str, title: str, after: str, ctx: Ctx) -> tuple[str, str] | None:
    """(title, venue) when the styled run is a work the title names: only a few plain words lead into it
    ("Review of <i>Book</i>, by A. Lee (Hill Press, 2001). <i>Journal</i> (Winter, 2003)."), so the title is those
    words, the run and the named work's byline after it (its imprint in brackets left out), up to the next italic
    run (the venue, "..., by A. Lee, <i>Journal</i>, 2014") or else to the end of its sentence; what follows is the
    venue. None when anything else stands before the run (names, a badge, "In") or no byline follows it."""
    if not _LEADS_INTO_WORK.fullmatch(before) or author_score(before, ctx.owner_names) >= 0.2:
        return None
    later = [p for r, (a, b) in zip(seg.runs, seg.spans) if r.italic and (p := norm(seg.raw[a:b]).strip(" ,.;:"))
             and len(p) >= 3 and p != title and title not in p]
    cut = next((at for p in later if (at := after.find(p)) > 0), -1)
    if cut > 0:
        clause, rest = after[:cut], after[cut:]
    else:
        parts = sentences(after)
        if len(parts) < 2:
            return None
        clause, rest = parts[0], after[after.find(parts[1]):]
    if not re.match(r"[\s,]*(?:by|edited|ed\.|eds\.|trans)\b", clause):
        return None  # (the byline of the named work, then the venue; "Review of <i>X</i>. Journal" has none)
    named = _CLOSING_IMPRINT.sub("", clause.rstrip(" .,")).rstrip(" ,.")
    return f"{before}{title}{named if named.startswith(',') else ' ' + named}", rest


_VENUE_OPENING = lazy_compile(rf"[A-Z{CJK_CHARS}]|in\s*:?\s+[A-Z“\"']|preprint\b|(?:19|20)\d\d,\s*\d+\s*pp\b")
"""How the venue after a plain title opens: a name (in Latin letters or in Chinese, Japanese or Korean), "in" a
book, "preprint", or only the year and the length."""
_YEAR_SPAN = re.compile(r"\(?\b1[5-9]\d\d\s*[-–—]\s*(?:1[5-9]|20)\d\d\b\)?")
_VENUE_NUMBERS = re.compile(r"\(\s*(?:19|20)\d\d\s*\)|\b(?:v|vol|no|pp?)\.\s*\d|\d\s*[-–]\s*\d|\b\d+\s*\(\d|\b\d+\s*pp\b")


_STATUS_CLOSING = lazy_compile(r"^\s*(?P<t>[^()]{8,}?)[\s,.;:]*\((?P<s>(?:" + STATUS_WORDS
                             + r")(?:\s*[,;:]\s*[^()]*|\s+(?:in|at|for)\s[^()]*)?|(?:" + status_words(
                                 "accepted", "to appear", "submitted", "in press", "forthcoming")
                             + r")\b[^()]*)\)\s*\.?\s*$", re.I)
"""A citation of no names and no year closed by the paper's status in brackets, the venue after it or not ("Title
(submitted)", "Title (Accepted, Int'l Math. Res. Notices)", "Title (to appear, J. Funct. Program.)", "(to appear in
X)"): the venue only after a separator or "in"/"at"/"for", not "(unpublished lecture notes)", "(in progress report)";
the five words read before STATUS_WORDS ("(forthcoming book chapter)") still take the words after them."""


_AND = r"(?:and|&|et|und|y|e)\s+"
_LIST_AND = r",\s+(?:" + _AND + r")?|\s+" + _AND
"""Between the items of a list in a title: a comma, "and" after it or not, or "and" alone (English, French, German,
Spanish, Portuguese or Italian)."""


_SUBTITLE_THEN_VENUE = re.compile(r"(?P<s>[^,\d:()]{3,}?),\s*(?P<v>in\s*:\s*\S.*|[A-Z][^\W\d_]+(?:[ /-][A-Z][^\W\d_.]+)*"
                                  r"\s*:\s*[A-Z][^:]*?(?:19|20)\d\d\b.*)$")
"""A title's second sentence, then after its comma where the work appeared: a book or journal opened by "in:" (the
German citation's "In:"), or the place and publisher of a book ("Göttingen: Wallstein Verlag 2016")."""


def _lone_stranger(text: str, ctx: Ctx) -> bool:
    """Whether the sentence opening a citation reads as one name only by its shape, on an owner's page: no initial,
    no comma, not the owner ("Bürgerliche Welten. Eine Geschichte ...", "Grenzen der Zunft. Handwerk ..." in a list
    of the owner's own works that names no authors): a title's first words, no byline, where a subtitle and the book
    or publisher follow (:data:`_SUBTITLE_THEN_VENUE`; "Hong Lin. Title. Venue" on a lab's list is a byline)."""
    words = text.strip(" .").split()
    return bool(ctx.owner_names) and author_score(text, ctx.owner_names) < 1 and "," not in text \
        and not any(INITIALS_WORD.fullmatch(w) for w in words) and not owner_among(text, ctx)


def _title_comma_venue(text: str, ctx: Ctx) -> tuple[str, None, str] | None:
    # the comma cut first, the semicolon's only when it fails: "Lattice sums; an introduction, Invent. Math. 44
    # (2010)" holds its ';' in the title ("Title; Venue; Vol.2" has no comma before the venue's numbers); a status
    # closing the text is cut alike by both, so once is enough
    cut = _title_sep_venue(text, ctx, r"[^,]", r",\s+")
    if cut or (not YEAR.search(text) and _STATUS_CLOSING.match(text)):
        return cut
    return _title_sep_venue(text, ctx, r"[^,;]", r";\s*")


def _title_sep_venue(text: str, ctx: Ctx, body: str, sep: str) -> tuple[str, None, str] | None:
    """``Title, J. Funct. Anal. 181(2001), 402-446.``: a citation of no names (the owner's own, or its coauthors
    said apart: "(with A. Lee) Title, ..."), all in plain text: the title runs to the first comma (or semicolon,
    "Title; Venue; Vol.2 (2021)"), the venue with its volume, year and pages after it (a title seldom holds a comma;
    a venue often holds stops and commas).

    >>> _title_comma_venue("Waves on rough tubes, Math. Surveys, v.37, no.4, 1982, p. 1-60.", Ctx())
    ('Waves on rough tubes', None, 'Math. Surveys, v.37, no.4, 1982, p. 1-60')
    >>> _title_comma_venue("Waves on rough tubes, preprint, Inst. Reports, no. 12-B80, 11 pp., 1980", Ctx())[2]
    'preprint, Inst. Reports, no. 12-B80, 11 pp., 1980'
    """
    closing = _STATUS_CLOSING.match(text) if not YEAR.search(text) else None
    m = closing or re.match(r"\s*(" + body + r"{8,}?)\s*" + sep + r"(\S.*)$", text)
    if m is None:
        return None
    head, rest = m.group(1), m.group(2)
    if closing and author_score(head.split(",")[0], ctx.owner_names) >= 0.3:
        return None  # ("A. Lee, B. Roe, Title (submitted)": names, not a title, before the first comma)
    if closing and ", " in head:
        # "Title, Ramanujan J. (submitted)": the venue before the status, after the title's comma
        title, venue = head.split(", ", 1)
        written = text[closing.start("t") + len(title) + 2:closing.start("s")]  # (its stops kept: "Ramanujan J.")
        if venue_score(venue) >= 1 or re.search(r"\b(?![IVX]+\.|(?:Dr|St|Mr|Mrs|Ms)\.)[A-Z][a-z]{0,6}\.(?:\s|$)",
                                               written):
            head, rest = title, f"{venue.strip(' ,')}, {rest}"
        # (else no venue: the comma is the title's, "Lattice sums, Part II", "..., I. Local theory", "Dr. Watson's")
    # (a title in Chinese or Japanese writes its words close: its length says it is one, not its spaces)
    if len(re.findall(r"(?:^|\s)[^\W\d_][\w'’\-]+", head)) < 3 and len(re.findall(rf"[{CJK_CHARS}]", head)) < 8 \
            or re.match(r"(?i)in\s|\d", head) \
            or re.search(r"[a-z\d]{2}\.\s+[A-Z]", head) \
            or venue_score(head) >= 2 \
            or author_score(head, ctx.owner_names) >= 0.3 \
            or (q := re.search(r"[\"“”]", head)) and not _inside_title(head[:q.start()], ctx):
        return None  # ("On subsets of “relatives”, in X": a quotation the title's words lead into is the title's)
    if closing:
        return clean_title(head), None, clean_piece(rest)  # (the status, then the venue if any: no numbers)

    def venue_with_numbers(rest: str) -> bool:
        return bool(YEAR.search(rest) and _VENUE_NUMBERS.search(rest) and _VENUE_OPENING.match(rest)) and (
            re.match(r"in\s*:?\s", rest) or max(author_score(rest.split(",")[0], ctx.owner_names), author_score(
                ",".join(rest.split(",")[:3]), ctx.owner_names)) < 0.6)
    parts = sentences(text)
    first = parts[0].rstrip(" .") if len(parts) >= 2 and not re.match(r"(?i)in\s", rest) else ""
    # (the list's items and the word before its first comma alike in case: "of Auluck, Carlitz and Rogers", "series,
    # mock theta functions, and ranks"; not "of graphs, Springer, Berlin, and New York", a publisher and its places)
    # (an item's article is no evidence, "and the Congo basin"; nor is a head in Title Case, where every word is
    # capitalised: "Spectral Theory of Graphs, Springer, Berlin and New York" keeps the comma cut)
    items = [head.split()[-1], *re.split(_LIST_AND, first[len(head):].strip(" ,"))] if len(first) > len(head) else []
    items = [re.sub(r"^(?:the|an?|l[ae]s?|el|los|las|der|die|das|il|os|as)\s+", "", i) for i in items]
    title_case = all(w[:1].isupper() for w in re.findall(r"[^\W\d_]{4,}", head)) and len(head.split()) >= 3
    if len(first) > len(head) and first.startswith(head) and not re.search(r"\d", first) \
            and re.search(r"(?:,\s+|\s+)" + _AND + r"\S.*[^\W\d_]{3}$", first[len(head):]) \
            and len({i[:1].isupper() for i in items}) == 1 and not title_case \
            and venue_score(first[len(head):]) < 1 \
            and venue_with_numbers(after := text[text.find(parts[1], text.find(first) + len(first)):]):
        # "Theta series, mock theta functions, and ranks. Invent. Math. 169:37-73 (2007)": a title holding a list
        # ("A, B, and C") runs to its stop, the venue with its numbers in the sentence after it
        return clean_title(first), None, clean_piece(after)
    if not venue_with_numbers(rest):
        return None  # (names after the comma: a byline, no venue; "in Memoirs on S. G. Krein" is a book's name)
    return clean_title(head), None, clean_piece(rest)


def _names_to_owner_then_title(seg: Seg, ctx: Ctx) -> tuple[str, str, str] | None:
    """``B Roe and <u>I Lee</u>, Title of the work, Venue Vol.1 p3-23, 1977.``: a citation all in plain text but for
    the owner's name, which the page sets off (underlined, bold): the names run to it and its comma, then the
    title to the next comma and the venue with its numbers and year after it (as a citation of no names reads,
    ``_title_comma_venue``).

    >>> from .runs import Run
    >>> _names_to_owner_then_title(Seg([Run("B Roe and ", None, None), Run("I Lee", None, None, underline=True),
    ...     Run(", Waves on rough tubes, Math. Surveys, v.37, 1982.", None, None)]), Ctx(owner_names=["Ida Lee"]))
    ('Waves on rough tubes', 'B Roe and I Lee', 'Math. Surveys, v.37, 1982')
    """
    end = next((b for r, (a, b) in zip(seg.runs, seg.spans)
                if (r.underline or r.bold) and r.anchor is None
                and any(same_name(n := norm(r.text).strip(" ,"), o) or owner_variant(n, o)
                        for o in ctx.owner_names if o)), None)
    if end is None:
        return None
    names, rest = norm(seg.raw[:end]).strip(), norm(seg.raw[end:]).strip()
    if names.endswith(","):
        names = names.rstrip(" ,")
    elif rest.startswith(","):
        rest = rest[1:].strip()
    else:
        return None
    if not names or author_score(names, ctx.owner_names) < 0.3 or not ends_in_name(names):
        return None
    parts = _title_comma_venue(rest, ctx)
    return (parts[0], clean_piece(names), parts[2]) if parts else None


def _colored_title(seg: Seg, text: str, ctx: Ctx) -> tuple[str, str, str | None] | None:
    """``"A. Lee, B. Roe <font color=blue>Title</font>, <i>Venue</i>, 2022"``: the title set in a colour of its own
    right after the author list, no comma or stop between them needed (a hand-edited page's list)."""
    for r in seg.runs:
        piece = norm(r.text).strip(" ,.;:")
        if not r.color or r.anchor is not None or r.bold or r.italic or len(piece.split()) < 3:
            continue
        at = text.find(piece)
        before = clean_piece(text[:at]) if at > 0 else ""
        if not before or author_score(before, ctx.owner_names) < 1 or not ends_in_name(before) \
                or author_score(piece, ctx.owner_names) >= 0.3:
            return None
        return clean_title(piece), before, clean_piece(text[at + len(piece):]) or None
    return None


def _one_word_title(text: str, m: re.Match, ctx: Ctx) -> bool:
    """A title of one word in quotes between the names and the venue ('W. Fan and K. Lee, "Bagging", Encyclopedia
    of X, pp. 1-9'): a capitalised word, the whole of what comes before it a list of names closed by a comma, a
    venue after it."""
    return bool(re.fullmatch(r"[A-Z][\w\-]{4,}", m.group(1))) and text[:m.start()].rstrip().endswith(",") \
        and author_score(text[:m.start()].rstrip(" ,"), ctx.owner_names) >= 0.6 \
        and bool(re.match(r"[”\"]?\s*,\s*[A-Z]", text[m.end() - 1:]))


def italic_lead_title(seg: Seg, text: str, ctx: Ctx) -> tuple[str, None, str | None] | None:
    """``<i>Waves in Tubes I. Elliptic Cases</i>, in preparation.``: a citation of no names that opens with its
    title in italics (three words or more, no link, no names nor venue), the rest, plain text with no coauthors,
    after a comma or a stop; the italics end the title, whatever stops and "and"s it holds."""
    runs = [r for r in seg.runs if r.text.strip()]
    if not runs or not runs[0].italic or runs[0].anchor is not None:
        return None
    n = next((k for k, r in enumerate(runs) if not r.italic or r.anchor is not None), len(runs))
    title = norm(" ".join(r.text for r in runs[:n])).strip(" ,;:")  # (one italic run a line break parts)
    rest = text[len(title):] if text.startswith(title) else None
    words = _words(title)
    if any(r.bold or r.italic for r in runs[n:]) or rest is not None and re.match(r"[\s,.]*" + WITH_LEAD + r"\s",
                                                                                rest, re.I):
        return None  # ("<i>Title</i>, with A. Lee, <b>Venue</b>, 1999": the coauthors and a styled venue, read so)
    if rest is None or not re.match(r"\s*[,.]\s*\S", rest) or len(words) < 3 or venue_score(title) >= 2 \
            or author_score(title, ctx.owner_names) >= 0.6 and ("," in title or len(words) <= 5):
        return None  # (names in italics are few, or parted by commas: a long run of capitalised words and "and"s
        #             with no comma is a title, "Operators and Their Uses II. Generalizations and Applications")
    return clean_title(title), None, clean_piece(rest.lstrip(" ,.")) or None


def _holding_work(before: str, ctx: Ctx) -> re.Match | None:
    """Does a quotation name the work that holds the paper ("Title, in “Collected Papers of X”, 1967", "Title,
    chapter in A. Lee's book “X”", "Title, Chapter 19 in Vol. 2 of “X”"): ``before`` is a title (``t``) of three
    words or more, no list of names, closed by "in" (or a chapter's "in ... book", "... of")."""
    m = re.fullmatch(r"(?P<t>.*[^\W\d_].*?)\s*[,.]\s*"
                     r"(?:(?:a\s+)?chapter\b[^,;“\"]{0,40}?\b(?:in|of|book)|in)\s*:?\s*", before, re.I | re.S)
    return m if m is not None and len(_words(m.group("t"))) >= 3 and author_score(m.group("t"), ctx.owner_names) < 0.6 \
        else None


def _inside_title(before: str, ctx: Ctx) -> bool:
    """Does a quotation go on a sentence (``before`` ends in a word of it) that follows the authors' sentence,
    the title's: "A. Lee, B. Roe. Tool: a site for “X”" (a worksheet "based on the article “X”" cites another work)."""
    if not re.search(r"\b[a-z]+\s*$", before):
        return False
    sents = sentences(before)
    if sents and len(_words(sents[-1])) >= 3 and "," not in sents[-1] \
            and re.search(r"\b(?:of|on|for|about|to|the|a|an|and|from|into|via|as)\s*$", sents[-1]):
        # "On subsets of “relatives”, in X": a quotation the words opening a bylineless citation lead into is its
        # title's (not "A Lee, Title, School on “X”, Paris": one in a later piece, the venue's)
        return True
    return len(sents) >= 2 and author_score(sents[-2], ctx.owner_names) >= 0.6


_AUTHORS_END = re.compile(r"[.,]\s+\bin\b|[.,]?\s+\b(In|Proc\.|Proceedings|arXiv|"
                          + status_words("accepted", "to appear", "under review", "submitted", gap=" ", capitalized=True)
                          + r")\b")
"""Where an author line gives way to its venue ("A, B. In CVPR", "A, B, To appear in X"): case-sensitive."""
_ABBREVIATED_VENUE_START = re.compile(r",\s*(?P<w>[A-Z][a-z]{1,6}\.)$")
"""A comma list's last piece that is one abbreviated word ("..., Heather Lee, Curr."): a journal's name begins."""


_LINKS_ONLY_AFTER = re.compile(r"[\s,.;]*(?:\[[^\[\]]{1,20}\][\s,.;]*)*")
"""What may follow a citation's last field: stops, commas and bracketed link labels ("[DOI]", "[PDF]")."""


def split_authors_venue(seg: Seg, text: str, ctx: Ctx, own_line: bool = False) -> tuple[str, str] | None:
    """"A, B and C. In CVPR, 2020" -> authors and venue, or None (``own_line``: the text is a line of the entry
    of its own, not what follows a title in one)."""
    text = norm(text)
    if VENUE_LEAD_IN.match(text):
        return None  # "Published in <i>Venue</i>, 2020": where the work appeared, said in words; no names before it
    inverted = inverted_head(text)
    if inverted and not _owner_given_first(inverted[0], ctx):
        return inverted[0], clean_piece(inverted[1])
    # an italic run starts the venue
    opening = set()  # (the italic runs the text opens with)
    for r in seg.runs:
        t = norm(r.text)
        if r.italic and t and len(t) >= 3 and t in text:
            if any(same_name(t.strip(" ,.;*"), o) for o in ctx.owner_names):
                continue  # "A, B, _Owner_, C, J. Chem. 2025": the owner's own name in italics, among the authors
            i = text.find(t)
            before = clean_piece(re.sub(r"[,.]?\s*\b[Ii]n\s*:?\s*$", "", text[:i]))  # "M. A. Hines in <em>Venue"
            if before and all(p.strip(" .;:*") in opening for p in before.split(",") if p.strip(" .;:*")):
                # "<i>Blog</i>, <i>Magazine</i>, 2013": a venue of two italic runs (a column in its paper), no names
                # before the second: the text opens with the venue
                return None
            if before and author_score(before, ctx.owner_names) >= 0.2:
                return before, clean_piece(text[i:])
            if not before:
                opening.add(t.strip(" ,.;:*"))
    # "[Title](url), A, B, C, <b>Manufacturing & Service Operations Management</b>. [DOI]": a bold run closing the
    # citation after the names' comma (links and a stop only after it) is the venue, whatever its words read as; not
    # a name in bold ("A, B, <b>Owner</b>.": the names end there)
    for r in seg.runs:
        t = norm(r.text).strip(" ,.;")
        i = text.find(t) if r.bold and not r.italic and r.anchor is None and len(t.split()) >= 2 else -1
        if i > 0 and text[:i].rstrip().endswith(",") and _LINKS_ONLY_AFTER.fullmatch(text[i + len(t):]) \
                and not name_like(t) and not any(same_name(t, o) for o in ctx.owner_names) \
                and author_score(before := clean_piece(text[:i]), ctx.owner_names) >= 0.6:
            return before, clean_piece(text[i:])
    for dash in re.finditer(r"\s+(?:—|–|-{1,3}|·|•)\s+", text):
        # "A, B, C — Applied Energy, 2022" (jemdoc's "---"), "A, B · Venue 12, 34 (2025)": the names, a dash, the venue
        before = clean_piece(text[: dash.start()])
        if before and author_score(before, ctx.owner_names) >= 0.5 \
                and author_score(text[dash.end():], ctx.owner_names) < 1:  # ("A · B · Venue": a dot between names)
            return before, clean_piece(text[dash.end():])
        if dash.group(0).strip() in "—–-":
            break  # (a dash: the first one only, as before)
    # "A, B. In CVPR" / "A, B, in Proc. X": a lower-case "in" only after a stop ("Tracts in Computer Science" is a venue)
    m = _AUTHORS_END.search(text)
    if m:
        before = clean_piece(text[: m.start()])
        if before and author_score(before, ctx.owner_names) >= 0.3:
            return before, clean_piece(text[m.start():])
    m = _apa_head(text)
    if m and (uninvert_authors(m.group("a")) is not None or m.group("y") and _name_list(m.group("a"))
              and len(split_authors(m.group("a")).authors) >= 2):
        # "Lobos-Lillo, D., Delgado, F., 2024. Volcanica, 7(2)": the authors, their year, then the venue; given
        # names first too when the year is in brackets ("E. Kabor, S. Guikema, and S. Quiring (2023), Risk
        # Analysis": the last name was the venue's first words, "and S. Quiring, Risk Analysis"), two names or more
        # ("Geometriae Dedicata (2023), vol. 217" after a title is its venue, no author)
        return clean_piece(m.group("a")), clean_piece(m.group("rest"))
    parts = sentences(text)
    if len(parts) >= 2 and author_score(parts[0], ctx.owner_names) >= 0.3:
        head, tail = parts[0], " ".join(parts[1:])
        abbreviated = _ABBREVIATED_VENUE_START.search(head)
        if abbreviated and author_score(head[: abbreviated.start()], ctx.owner_names) >= 1:
            # "A. Lee, B. Roe, Curr. Opin. Chem. Eng. 2025": the stop after a word of the journal's abbreviated
            # name ends no sentence of names; the venue starts with the word
            head, tail = head[: abbreviated.start()], f"{abbreviated.group('w')} {tail}"
        return clean_piece(head), clean_piece(tail)
    # "M. Y. Roe, S. Lind, SPIE Optics, Boston, 2015": the names, then the venue, commas only between them
    return leading_names(text, ctx, own_line)
