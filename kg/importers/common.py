"""Field readers every importer family shares: authors and marks, venues, years and
dates, link labels, profile identifiers in URLs, names.

These work on the text of one field (an author line, a venue line, a link label)
that a real parser (markdown-it, lexbor and lxml, bibtexparser) has already cut
out of the page; regular expressions are used only inside such a field.
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import html as _html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Sequence
from urllib.parse import SplitResult, parse_qs, quote, unquote, urlsplit

from ..model import Author, Metrics, Publication, clean_url, identifier_token
# the name and identifier helpers the build shares with the importers: defined in kg.names (which a build
# imports without this module's regular expressions), read here and by every importer through this module
from ..names import (CJK_CHARS, CONSONANT_INITIALS, GLUED_INITIALS, HONORIFIC, HONORIFIC_WORDS,  # noqa: F401
                     IDENTIFIER_URLS, _ARXIV_NUMBER, _LATIN_LETTER, _latin_ascii, _one_family, arxiv_id,
                     dashed_orcid, family_absent, fold, has_cjk, identifier_url, name_key, name_parts, same_name)

# --- patterns compiled on first use -----------------------------------------------

_PATTERN_API = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner", "flags",
                "groups", "groupindex")


class LazyPattern:
    """A regular expression compiled the first time it is used: ``lazy_compile(p, flags)`` stands for
    ``re.compile(p, flags)`` at a costly pattern's definition. kg defines some 1,400 patterns at module level and
    compiling them all was most of a `kg import` process's start-up (0.4 s CPU of 0.7 for a one-page import), though
    one page needs a few hundred of them (the rest read other families, languages and layouts). ``.pattern`` is the
    source, known without compiling (patterns built from others' sources stay free); the first other attribute
    compiles it and keeps the compiled pattern's methods on the instance, so later calls cost what a compiled
    pattern's do. Not a :class:`re.Pattern`: give it to ``re``'s functions as ``p.pattern`` or call its methods, and
    compare a match's ``m.re`` with a compiled pattern, never with this (such patterns stay ``re.compile``)."""

    __slots__ = ("pattern", "_flags", "compiled", *_PATTERN_API)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        # (called only for an attribute not set yet: the compiled pattern's, on first use)
        if name not in _PATTERN_API and name != "compiled":
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        self.compiled = compiled
        for attr in _PATTERN_API:
            setattr(self, attr, getattr(compiled, attr))
        return compiled if name == "compiled" else getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, (self.pattern, self._flags)

    def __copy__(self):
        return self  # (as a compiled pattern's copies are itself: a copied table's patterns stay the ones `is` knows)

    def __deepcopy__(self, memo):
        return self

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}{f', {self._flags!r}' if self._flags else ''})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use (:class:`LazyPattern`)."""
    return LazyPattern(pattern, flags)


# --- names -------------------------------------------------------------------------

NAME_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"
"""The capitals a word of a name opens with (Latin, Latin-1 "Élise", Latin Extended-A "Łukasz", "Šimon"), as the body
of a regex character class."""
NAME_CAPITAL = lazy_compile(rf"[{NAME_CAPITALS}]")
"""One capital of a name, to count or collect a name's initials ("Ł. Z. Kowalik": Ł, Z, K)."""
TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
"""Two letters running: whether a piece of text holds a word, not only numbers, marks and initials ("J. Phys." does,
"12", "2020", "A." do not)."""
LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")
"""The words of a text, each two letters or more running (no numbers, marks or initials): to count or collect them
("J. Phys. 12" has one, "Phys")."""
ONE_NAME_WORD = re.compile(rf"[{NAME_CAPITALS}][a-zß-ÿ][\w'’\-]*")
"""One capitalised word of a name, written whole: a family name before its initials ("Rowe" of "Rowe, P.M.", Vancouver's
"Zajac A"), a whole given name ("Ilse" of "Varga, Ilse"). The one pattern every reader of such a word takes."""

NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "des", "le",
                            "la", "ten", "ter", "bin", "al", "el", "zu", "y", "los", "las"})
"""Lower-case words inside a family name (``van der Berg``, ``de la Cruz``): the one list of particles."""
PLURAL_ARTICLES = frozenset({"los", "las"})
"""Particles that are Spanish plural articles, of a name only as :func:`plural_article_fits` says."""


def plural_article_fits(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]``, "los" or "las", is a particle of a person's family name: right after "de", in a name
    whose first word is an initial or a known given name ("Daniela de los Santos", "M. de las Heras"). Titles and
    places are written the same way ("Mercados de los Andes", "Universidad de los Andes", "Museo de las Artes").

    >>> plural_article_fits("Daniela de los Santos".split(), 2), plural_article_fits("M. de las Heras".split(), 2)
    (True, True)
    >>> plural_article_fits("Mercados de los Andes".split(), 2), plural_article_fits("Ana los Rios".split(), 1)
    (False, False)
    """
    return 2 <= k and words[k - 1].lower() == "de" and known_given(words[0])


def name_particle(words: Sequence[str], k: int, particles: frozenset[str] = NAME_PARTICLES) -> bool:
    """Whether ``words[k]`` is a particle of the name ``words`` spell (one of ``particles``, a plural article only
    where :func:`plural_article_fits`): "de la Cruz", "de los Santos", not "Universidad de los Andes".

    >>> name_particle("Ana de la Cruz".split(), 2), name_particle("Museo de las Artes".split(), 2)
    (True, False)
    """
    word = words[k].lower()
    return word in particles and (word not in PLURAL_ARTICLES or plural_article_fits(words, k))


def known_given(word: str) -> bool:
    """Whether a word is an initial or a given name the curated table knows (the ``nicknames`` package: English
    names), or the feminine of one ("Daniela" of Daniel, "Gabriela" of Gabriel)."""
    if initials_only(word):
        return True
    w = fold(word).lower()
    nn = _nicknamer()
    forms = [w] + ([w[:-1], w[:-1] + "o"] if len(w) > 3 and w.endswith("a") else [])
    return any(nn.nicknames_of(f) or nn.canonicals_of(f) for f in forms)


def without_honorifics(name: str) -> str:
    """A name without the titles before it, as many as there are.

    >>> without_honorifics("Prof. Dr. Jane Roe"), without_honorifics("Assistant Professor Jo Bell")
    ('Jane Roe', 'Jo Bell')
    >>> without_honorifics("Drake Bell")
    'Drake Bell'
    """
    while m := HONORIFIC.match(name):
        name = name[m.end():]
    return name


PUBLIC_MASTERS = r"M\.\s?P\.\s?[PAH]\.|MP[PAH]"
"""The masters of public policy, administration and health ("M.P.P.", "M. P. H.", "MPA"), dotted to the closing
stop or not at all, in capitals, the third letter named (P, A or H: "M.J.K." may be a person's initials): one piece
of :data:`DEGREES`, which the bio's list of degrees (``bio._prose_rest``) takes too."""
DEGREES = (
    r"Ph\.?\s?D\.?", r"D\.?\s?Phil\.?", r"Doctor(?:ate|al|ado|at)?", r"Doutorado", r"Doktor", r"Dottorato", r"Dr\.[\s\-‐‑]?(?:rer|sc|Ing)\.?\s?\w*\.?",
    r"Habilitation",
    # (the German doctorate as a CV's row names it, "Promotion | Hill University", "Promotion in Soziologie"; not
    # "Promotion to Full Professor", a post)
    r"Promotion(?=\s*\||\s*$|\s+(?:in|an\s+der|am)\s+[A-ZÄÖÜ][a-zäöü])",
    r"M\.?\s?Sc\.?", r"M\.\s?S\.?", r"MS", r"M\.?\s?Eng\.?", r"M\.?\s?Phil\.?", r"M\.\s?A\.?", r"MBA", r"M\.?\s?Tech\.?",
    r"Master(?:['’]?s)?", r"Mag[íi]ster", r"Mestrado",
    # (Portuguese, the bachelor's; not "Pós-Graduação", "Pós Graduação", a graduate programme, nor a "Bolsista de
    # Graduação", a student's grant; a "Curso de Graduação" is the bachelor's still)
    r"(?<!P[óo]s[-‐–—\s])(?<!olsista\sde\s)Gradua[çc][ãa]o",
    r"B\.?\s?Sc\.?", r"B\.\s?S\.?", r"BS", r"B\.?\s?Eng\.?", r"B\.\s?E\.?", r"BE", r"B\.\s?A\.?", r"BA", r"B\.?\s?Tech\.?",
    r"Bachelor(?:['’]?s)?",
    r"Licenciatura", r"Licenciad[oa]", r"Diplom[ae]?(?:-\w+)?", r"Dipl[ôo]me", r"Laurea", r"Undergraduate", r"[BM]\.\s?[A-Z][a-z]{1,3}\.",
    r"[BM]\.\s?[A-Z]\.(?!\s?[A-Z]\.|\s*[A-Z][a-z])",  # ("B.M. in Management", not "B.B. Singh": a person's initials)
    # (the masters of public policy, administration and health, and of business, dotted: three letters, named one
    # by one, as "M.J.K." may be a person's initials)
    PUBLIC_MASTERS, r"M\.\s?B\.\s?A\.",
    r"A\.\s?Eng\.",  # an associate degree (a Japanese college of technology's A.Eng.)
)
"""The degrees, as a page writes them ("Ph.D.", "DPhil", "M.Sc.", "Master's", "B.Tech", "Licenciatura", "M.Ed.",
"B.M. in X"; not the initials of a name, "B.B. Singh"): the
one vocabulary of degree words, each a pattern written with its capitals. The patterns that find degrees are built
from it and differ in where they look and where a match ends: :data:`DEGREE_WORD` (a word anywhere),
``person.DEGREE_RX`` (an education line's degree, with its long forms), :data:`THESIS_DEGREES` (a thesis's kind,
case-blind) and ``_DEGREES_AFTER`` (the degrees after a person's name)."""
DEGREE_NAMES = "|".join(DEGREES)


_DEGREE_LEVELS = (
    ("doctor", lazy_compile(r"(?i)^(?:ph\.?\s?d|d\.?\s?phil|doct|dout|dokt|dott|dr\.|sc\.?\s?d|d\.?\s?sc)")),
    ("master", lazy_compile(
        r"(?i)^(?:m\.?\s?(?:sc|s|eng|phil|a|res|ed|tech|p\.?\s?[pah]|b\.?\s?a)\b\.?|mba|mestr|mag[íi]st|master)")),
    ("bachelor", lazy_compile(r"(?i)^(?:b\.?\s?(?:sc|s|eng|e|a|tech)\b\.?|bachel|licenc|undergrad|gradua[çc][ãa]o)")),
)


def degree_level(degree: str | None) -> str | None:
    """The level of a degree as a page writes it (:data:`DEGREES`): ``doctor``, ``master`` or ``bachelor``, or
    None for another (a diploma, a habilitation) or none, so that "MA" and "Master" name one degree.

    >>> [degree_level(d) for d in ("Ph.D.", "MA", "Master of Arts", "B.Sc.", "Bachelor", "Diplom", None)]
    ['doctor', 'master', 'master', 'bachelor', 'bachelor', None, None]
    """
    d = (degree or "").strip()
    return next((level for level, rx in _DEGREE_LEVELS if rx.match(d)), None)


_DEGREES_AFTER = lazy_compile(r",\s*(?:(?i:(?:ph|psy|ed|sc|m|pharm)\.?\s?d|dr?\.\s?sc|mba|msc|m\.sc)\b|(?:" + DEGREE_NAMES
                            + r"|MSci|MPH|MRes|MA|DrPH|DDS|DMD|DVM|DNP|MSW|PharmD|RN|JD|LLM|DSc)(?!\w)).*$")
"""The degrees after a person's name and a comma (:data:`DEGREES`, and the titles of the health and law
professions, "MD", "RN", "JD"), to the end of the name."""
_NAME_SUFFIX = re.compile(r"(?:,\s*|\s+)(?:ph\.?\s?d\.?|m\.?d\.?|jr\.?|sr\.?|ieee fellow|fellow)\s*$", re.I)


def without_degrees(name: str, suffixes: bool = True) -> str:
    """A name without the degrees and suffixes written after it (``"Jo Roe, Ph.D."``, ``"Jo Roe, Psy.D/Ph.D"``,
    ``"Jo Roe, MD"``, ``"Jo Roe PhD"``, ``"Jo Roe, Jr."``, ``"Jo Roe, IEEE Fellow"``); ``suffixes=False`` drops
    only the degrees after a comma and keeps the rest (``"Jo Roe Jr."``).

    >>> without_degrees("Quirine van Dam, PhD"), without_degrees("Jo Roe, Psy.D/Ph.D"), without_degrees("Jo Roe Jr.")
    ('Quirine van Dam', 'Jo Roe', 'Jo Roe')
    >>> without_degrees("Jo Q. Roe, MSci"), without_degrees("Jo Roe, MA, MPhil")
    ('Jo Q. Roe', 'Jo Roe')
    >>> without_degrees("Jo Roe, PharmD, PhD"), without_degrees("Jo Roe, PharmD"), without_degrees("Jo Roe, DrPH")
    ('Jo Roe', 'Jo Roe', 'Jo Roe')
    >>> without_degrees("Jo Roe, D.Sc."), without_degrees("Jo Roe, Dr.Sc.")
    ('Jo Roe', 'Jo Roe')
    >>> without_degrees("Jo Roe Jr., PhD", suffixes=False)
    'Jo Roe Jr.'
    """
    bare = _DEGREES_AFTER.sub("", name)
    return _NAME_SUFFIX.sub("", bare).strip() if suffixes else bare.strip()


_TEX_WRAPPER = re.compile(r"\\[A-Za-z]+\s*(?=\{)")
"""A TeX command that wraps its argument in braces (``\\mathcal{N}``, ``\\textit{x}``): markup around letters."""


@lru_cache(maxsize=1 << 14)
def title_key(title: str) -> str:
    """A key under which two writings of one work's title agree: compatibility forms (a math letter ``𝒩`` is
    ``N``, ``Cu₃`` is ``Cu3``), the TeX commands wrapping letters set aside (``$\\mathcal{N}=3$`` is ``N=3``), folded
    case and accents, letters and digits only (``SU$_{3}$`` and ``SU$3$`` are both ``su3``). Memoised: a page's
    lists are compared work by work (builder's drop_selection), each title keyed again for every pair.

    >>> title_key("Dualities of SU$_{3}$ in 𝒩$=3$ S-folds"), title_key("Dualities of SU$3$ in N=3 S-folds")
    ('dualitiesofsu3inn3sfolds', 'dualitiesofsu3inn3sfolds')
    """
    return re.sub(r"[\W_]+", "", fold(_TEX_WRAPPER.sub("", unicodedata.normalize("NFKC", title))))


_TAG = re.compile(r"<[^>]+>")


def strip_tags(text: str, between: str = "") -> str:
    """A piece of HTML with each tag replaced by ``between`` ("" inside a line's words, " " where a tag parts two
    words), the entities left as they are (:func:`markup_text` decodes them too)."""
    return _TAG.sub(between, text)


def markup_text(text: str, between: str = "") -> str:
    """A piece of HTML as text: each tag replaced by ``between`` ("" inside a line's words, " " where a tag parts
    two words), the entities decoded (``markup_text("<b>Ana</b> L&oacute;pez")`` is ``"Ana López"``)."""
    return _html.unescape(strip_tags(text, between))


def title_words(title: str) -> list[str]:
    """A title's words for comparing two readings of it: compatibility forms ("Cu₃" is "Cu3"), folded case and
    accents, no punctuation ("C(sp²)–N" is "C(sp2)-N")."""
    return list(_title_words(title))


@lru_cache(maxsize=1 << 14)
def _title_words(title: str) -> tuple[str, ...]:
    """:func:`title_words`, memoised and unchangeable: a page's list is compared with its other lists pair by pair
    (builder's drop_selection), each title read again for every work it is compared with."""
    return tuple(re.findall(r"\w+", fold(unicodedata.normalize("NFKC", title))))


def same_title(a: str, b: str, cut: bool = False) -> bool:
    """Whether two titles are one work's: the same key (:func:`title_key`: markup, spacing and punctuation set
    aside); with ``cut``, also the one the other's opening (five words or more: a short list on a page may cut a
    long title; across a site's files such a pair is as often two works, an abstract and the longer paper after it)."""
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if not cut:
        return False
    x, y = _title_words(a), _title_words(b)
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 5 and long[:len(short)] == short


def same_work(a, b, cut: bool = False) -> bool:
    """Whether two publications are one work written twice (two entries of a page, two files of a site): the same
    title (:func:`same_title`, ``cut`` as there), in years that do not disagree: "(2021)" on one page, "(2022)" on
    the other, in the same journal, are the year it came out online and its issue's year, one paper."""
    if not same_title(a.title, b.title, cut):
        return False
    if a.year is not None and b.year is not None and abs(a.year - b.year) == 1:
        return bool(a.venue and b.venue) and fold(a.venue).strip(" .") == fold(b.venue).strip(" .")
    return a.year is None or b.year is None or a.year == b.year


_NUMBERING = re.compile(r"\d+|[ivx]{1,4}")
"""A title's word that numbers a work among others ("Part II", "3"): two titles differing there are two works."""


def reworded_work(a, b) -> bool:
    """Whether two publications of two files are one work whose title one file words again: the same year, the
    same first author (a word of the name both write: "Angelia Seyfferth" and "Seyfferth AL"), and titles of six
    words or more that differ by one word at most each way ("inorganic As in rice grain" and "inorganic Arsenic in
    Rice Grain": the paper's page written from the journal's record, the list by hand), no number among them.

    >>> from types import SimpleNamespace as W
    >>> lee = [W(name="Ana Lee")]
    >>> reworded_work(W(title="Silica from husk lowers As in rice", year=2016, authors=lee),
    ...               W(title="Silica from husk lowers arsenic in rice", year=2016, authors=[W(name="Lee A")]))
    True
    >>> reworded_work(W(title="Silica from husk lowers As in rice", year=2016, authors=lee),
    ...               W(title="Silica from husk lowers Cd in rice", year=2016, authors=lee))
    False
    >>> reworded_work(W(title="Silica from husk lowers As in rice, part I", year=2016, authors=lee),
    ...               W(title="Silica from husk lowers As in rice, part II", year=2016, authors=lee))
    False
    """
    if a.year is None or a.year != b.year or not a.authors or not b.authors or not a.title or not b.title:
        return False
    first = {w for w in title_words(a.authors[0].name) if len(w) > 2}
    if not first & {w for w in title_words(b.authors[0].name) if len(w) > 2}:
        return False
    x, y = set(title_words(a.title)), set(title_words(b.title))
    if min(len(x), len(y)) < 6 or len(x - y) > 1 or len(y - x) > 1:
        return False
    if x - y and y - x:
        from rapidfuzz import fuzz  # (imported where asked, as the other callers do: kg build imports this module)

        # the one word each way is one word written two ways (shortened, "As" and "Arsenic"; spelled otherwise,
        # "tumour" and "tumor"), not two words ("ice" and "salt": two works of a series)
        u, v = sorted([next(iter(x - y)), next(iter(y - x))], key=len)
        abbreviated = len(u) <= 3 and u[:1] == v[:1] and re.fullmatch(".*".join(map(re.escape, u)) + ".*", v)
        if not (v.startswith(u) or abbreviated or fuzz.ratio(u, v) >= 75):
            return False
    return not any(_NUMBERING.fullmatch(w) for w in x ^ y)


def _plain_letters(name: str) -> str:
    """A name with its letters as ASCII and its case kept (``"Onur Altındağ"`` -> ``"Onur Altindag"``)."""
    norm = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(_LATIN_LETTER.sub(_latin_ascii, norm).split())


def own_spelling(name: str, other: str) -> str:
    """Of two writings of one name, the one in the name's own letters: ``other`` when it is ``name`` with the
    accents and letters (``ı``, ``ğ``, ``ø``, ``ß``) that ``name`` writes as plain ASCII, else ``name``. A site's
    configuration, address or bylines fall back to ASCII where its pages write the name as its owner does.

    >>> own_spelling("Onur Altindag", "Onur Altındağ"), own_spelling("Onur Altındağ", "Onur Altindag")
    ('Onur Altındağ', 'Onur Altındağ')
    """
    if name == other or _plain_letters(name) != _plain_letters(other):
        return name
    return other if sum(not c.isascii() for c in other) > sum(not c.isascii() for c in name) else name


def split_scripts(name: str) -> tuple[str, list[str]]:
    """A name written in two scripts -> (the Latin one, [the others]): ``"Xinkai Zhou （周新凯）"`` ->
    (``"Xinkai Zhou"``, [``"周新凯"``]); a name in one script is returned as it is.

    >>> split_scripts("Xinkai Zhou （周新凯）"), split_scripts("刘涵凯 / Hankai Liu"), split_scripts("王云鹤")
    (('Xinkai Zhou', ['周新凯']), ('Hankai Liu', ['刘涵凯']), ('王云鹤', []))
    >>> split_scripts("Xinkai Zhou<br/>周新凯")
    ('Xinkai Zhou', ['周新凯'])
    """
    if not has_cjk(name) or not re.search(r"[A-Za-z]{2}", name):
        return name, []
    # (a configuration's "name: Junjie Yu<br>庾俊杰": the two on two lines of the sidebar)
    parts = [p.strip(" ,/|·-–—") for p in re.split(r"<br\s*/?>|[()（）/|·,，]|\s[-–—]\s", name)]
    parts = [p for p in parts if p]
    if len(parts) == 1:
        parts = [p.strip() for p in re.findall(r"[^\x00-\x7f\s]+|[A-Za-z][A-Za-z .'\-]*[A-Za-z.]", parts[0])]
    latin = [p for p in parts if not has_cjk(p) and re.search(r"[A-Za-z]", p)]
    others = [p.replace(" ", "") for p in parts if has_cjk(p)]
    if len(latin) != 1 or not others:
        return name, []
    return latin[0], others


NICKNAME_BETWEEN = lazy_compile(r"(?P<given>[^\W\d_][\w.'’\-]*)\s+[(（“\"](?P<nick>[^\W\d_][\w'’\-]*)[)）”\"]"
                              r"\s+(?P<family>\S.*)")
"""A name written with a nickname between its words ("Ines (Nina) Vogt", "Robert “Bob” Lee"; used whole, with
fullmatch): the given name, the nickname, the rest (groups 1-3)."""
_PRONOUNS = re.compile(r"\s*\((?:(?i:he|she|they|ze|xe)\s*/\s*\w+(?:\s*/\s*\w+)?|he|she|they)\)\s*$")
"""Pronouns closing a name: ``(she/her)``, ``(They/Them/Theirs)``, or one word in lower case, ``(they)`` (a
capitalised ``(SHE)`` after a name is an office's acronym, kept)."""


def without_pronouns(name: str) -> str:
    """A person's name without the pronouns written after it (a lab's member list, a homepage's heading).

    >>> without_pronouns("Ann Lee (she/her)"), without_pronouns("Bo Roe (he)"), without_pronouns("T. Oya (SHE)")
    ('Ann Lee', 'Bo Roe', 'T. Oya (SHE)')
    """
    return _PRONOUNS.sub("", name).strip() or name


def name_variants(name: str) -> tuple[str, list[str]]:
    """The owner's name as a page writes it -> (the name, [other names]): a name in two scripts
    (:func:`split_scripts`), a nickname in parentheses or quotes between given and family name
    (``Boqi (Percy) Chen`` -> ``Boqi Chen``, also ``Percy Chen``), pronouns after it (``(she/her)``) dropped.

    >>> name_variants("Boqi (Percy) Chen"), name_variants('Paul "Will" Ames'), name_variants("Ann Lee (she/her)")
    (('Boqi Chen', ['Percy Chen']), ('Paul Ames', ['Will Ames']), ('Ann Lee', []))
    """
    name = without_pronouns(name) if name else name
    latin, others = split_scripts(name)
    m = NICKNAME_BETWEEN.fullmatch(latin)
    if m and m.group("nick").lower() not in ("née", "nee", "jr", "sr"):
        family = m.group("family").strip()
        return f"{m.group('given')} {family}", [f"{m.group('nick')} {family}", *others]
    return latin, others


def birth_names(text: str | None, names: Sequence[str]) -> list[str]:
    """The owner's ``names`` with the family name they were born with, where ``text`` writes it after theirs
    ("Melodee Wood (née Beals)", "Ana Roe, née Lind", "Eva Roe (geb. Lind)"): how the papers written before
    the change name them.

    >>> birth_names("Official homepage of Ana Roe (née Lind)", ["Ana Roe", "A. K. Roe"])
    ['Ana Lind', 'A. K. Lind']
    >>> birth_names("Ana Roe (née Lind)", ["Bo Orr"]), birth_names("Ana Roe (née Lind)", ["Ana Roe", "Bo Orr"])
    ([], ['Ana Lind'])
    >>> birth_names("Ana Roe. Dedicated to my grandmother Eva Roe (née Lind).", ["Ana Roe"])
    []
    >>> birth_names("Ana Roe (née de la Cruz), Ana Roe, née Ögren", ["Ana Roe"])
    ['Ana de la Cruz', 'Ana Ögren']
    """
    particles = "|".join(sorted(NAME_PARTICLES))
    named = [parts for name in names if (parts := name_parts(name))]
    # (the owner's own given name before the family name: "my grandmother Eva Roe (née Lind)" is someone else)
    born = [(family, m.group(1)) for given, family in named
            for m in re.finditer(rf"(?<![\w.]){re.escape(given.split()[0])}(?:\s+\S+){{0,2}}?\s+{re.escape(family)}\s*"
                                 rf"(?:\(|,)\s*(?:n[ée]e|geb\.|geborene)\s+((?:(?:{particles})\s+)*[^\W\d_][\w'’\-]+)",
                                 text or "") if m.group(1).split()[-1][0].isupper()]
    # (the born name goes with the names of the family it replaced: "A. K. Roe" beside "Ana Roe", not "Bo Orr")
    return list(dict.fromkeys(f"{given} {b}" for given, family in named for f, b in dict.fromkeys(born) if f == family))


DISCIPLINE_TERMS = (r"\w{3,}(?:ologist|ographer|ematician|istician)", r"economist", r"physicist", r"chemist")
"""The words that say what one studies rather than the position one holds ("microbiologist", "economist")."""
JOB_TERMS: dict[str, tuple[str, ...]] = {
    "en": (r"professor", r"prof\.", r"lecturer", r"researcher", r"research scientist", r"scientist", r"engineer",
           r"post[-\s]?doc\w*", *DISCIPLINE_TERMS,
           r"ph\.?\s?d\.?\s+(?:student|candidate)", r"ph\.?\s?d\.?\s?\(c(?=\))", r"doctoral (?:student|candidate)", r"graduate student",
           r"(?:master|undergraduate|phd)(?:'s)? student", r"student", r"candidate", r"director", r"head of",
           r"principal", r"principle investigator", r"dean", r"member of technical staff", r"investigator", r"instructor", r"reader", r"intern",
           r"(?:research|lab(?:oratory)?)\s+technician",
           r"founder", r"co-founder", r"cto", r"ceo", r"developer", r"chair of", r"manager", r"fellow",
           r"(?:graduate\s+)?(?:research|teaching) assistant", r"chair professor",
           r"(?:team|tech|group|lab|project|academic|technical) lead", r"(?:group|project|team|lab|research) leader",
           r"(?:research|postdoctoral|post-doctoral|senior|teaching) associate",
           r"(?:research|project|program(?:me)?|science|scientific|technical|data|policy) officer", r"architect", r"analyst", r"staff",
           r"specialist", r"expert",
           # (the clinic's and the collections' posts: "Senior Bioinformatician", "attending physician", "Curator")
           r"\w*informatician", r"physician", r"clinician", r"surgeon", r"curator", r"librarian",
           r"(?:affiliate|affliate|adjunct|associate|core|visiting)\s+faculty", r"faculty member"),
    "fr": (r"professeure?", r"ma[îi]tre(?:sse)? de conf[ée]rences", r"chercheu(?:r|se)", r"charg[ée]e? de recherche",
           r"doctorante?", r"ing[ée]nieure?"),
    "de": (r"professorin", r"\w*ingenieur(?:in)?", r"(?:wissenschaftliche[rn]?\s+)?mitarbeiter(?:in)?",
           r"oberassistent(?:in)?", r"doktorand(?:in)?", r"\w*dozent(?:in)?",  # ("Privatdozent", "Hochschuldozentin")
           # ("Wiss. Assistent", "Projektkoordinatorin": a CV's posts; not an apprentice's "kaufmännischer
           # Assistent", nor a talk's "Referent")
           r"(?:wiss\.|wissenschaftliche[rn]?)\s+assistent(?:in)?", r"\w*koordinator(?:in)?"),
    "es": (r"profesora?", r"investigadora?", r"ingenier[oa]", r"catedr[áa]tic[oa]", r"doctorand[oa]",
           # ("técnico de investigación del cáncer": a research technician; "apoyo técnico" names no post)
           r"t[ée]cnic[oa]\s+(?:de|en)\s+(?:investigaci[óo]n|laboratorio)", r"estudiante\s+de\s+doctorado"),
    "it": (r"professore(?:ssa)?", r"ricercat(?:ore|rice)"),
    "pt": (r"professora", r"pesquisadora?", r"doutorand[oa]", r"p[óo]s-doutorand[oa]", r"docente", r"engenheir[oa]", r"analista"),
    "ru": (r"профессор", r"доцент", r"(?:старший\s+|ведущий\s+|главный\s+|младший\s+)?научный\s+сотрудник",
           r"(?:инженер-)?исследователь", r"аспирант(?:ка)?", r"преподаватель", r"ассистент", r"заведующ(?:ий|ая)"),
}
"""The words that name a position, by language: the one job vocabulary (as data) :data:`JOB_WORDS` is built from."""
JOB_TERMS_CJK = ("教授", "准教授", "副教授", "讲师", "講師", "助教", "研究员", "研究員", "博士研究生", "博士生", "博士后",
                 "工程师", "工程師",  # ("高级研发工程师", a senior R&D engineer)
                 "職員", "职员",  # ("学術専門職員", an academic specialist on a university's staff)
                 "교수", "부교수", "조교수", "연구원", "선임연구원", "책임연구원", "박사후연구원", "강사")
"""Positions in Chinese and Japanese: a short word of its own ("特命准教授", "副教授"), not one inside a sentence."""
JOB_WORDS = lazy_compile(
    r"\b(" + "|".join(t for terms in JOB_TERMS.values() for t in terms) + r")\b|"
    # (a short word of its own: "特命准教授" after a space, not a sentence that mentions a doctoral student)
    r"(?:^|(?<=[\s/|｜,，、(（·]))([\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{0,4}(?:" + "|".join(JOB_TERMS_CJK) + r"))(?=$|[\s/|｜,，、)）·])",
    re.I,
)
"""Words that name a position (``Assistant Professor``, ``PhD student``, ``Research Scientist``, ``Analyst``,
``Professeur titulaire``, ``准教授``): the one job vocabulary of the page reader, site configurations and one-line
bios."""
DISCIPLINE_ONLY = lazy_compile(r"(?:[\w-]+\s+)?(?:" + "|".join(DISCIPLINE_TERMS) + r")", re.I)
"""A title that only names one's field, ``microbiologist``, ``marine ecologist`` (with ``fullmatch``): what one is,
no position held somewhere."""


def field_only(title: str | None) -> bool:
    """Whether a job title only names what one is, read out of prose: ``theoretical physicist``, ``economist who has
    been on faculty`` (what is said of them after "who" no post either)."""
    head = re.split(r"\s+(?:who|that|which|based|working)\b", title or "", maxsplit=1)[0].strip()
    return bool(head) and DISCIPLINE_ONLY.fullmatch(head) is not None
_ROLE_QUALIFIERS = re.compile(r"(?i)\b(?:assistant|associate|full|senior|junior|chief|lead|co|acting|interim|deputy|vice|"
                              r"current|former|lab|laboratory|group|team|the|of|and|our)\b|&")


def role_only(text: str) -> bool:
    """Whether a text names a position and nothing else (``"Principal Investigator:"``, ``"Assistant Professor"``,
    ``"Lab Director"``): a people page's heading or label, no person's name (``"Dean Smith"`` names one).

    >>> role_only("Principal Investigator:"), role_only("Associate Professor"), role_only("Dean Smith")
    (True, True, False)
    """
    if not JOB_WORDS.search(text):
        return False
    return not re.sub(r"[\W\d_]+", "", _ROLE_QUALIFIERS.sub(" ", JOB_WORDS.sub(" ", text)))


THESIS_DEGREES = DEGREE_NAMES + r"|MA|A\.?\s?B\.?|senior|honou?rs"
r"""The degrees a thesis is written for, as its kind names them (:data:`DEGREES`, "MA", "A.B.": "Ph.D. thesis",
"Master's dissertation", "B.Sc. thesis", "Senior thesis"): alternatives of a pattern, to use in a case-blind group
before ``\s+(?:thesis|dissertation)``."""


PLACE_PREPOSITION = lazy_compile(
    r"^(?:at|@|en|em|na|no|à|au|aux|presso|all['’]|alla|al|bei|an(?=\s+d(?:er|em)\s)|am|в|во|на)\s*(?<=[\s'’@])"
    r"(?:(?:the|la|el|le|les|l['’]|der|dem|il|lo)\s*(?<=[\s'’]))?(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
"""The word a line or a sentence puts before the place one works at, in the languages bios are written in
("at the University of X", "en la Universidad X", "na Universidade Y", "à l’Université Z", "presso
l'Università W", "an der Universität V", "в Институте U"): no word of the place's name, which opens with a
capital after it (case-sensitive: "Am Institut" or "En Route Labs" keep theirs). German "an" only before its
article: English "an" is one ("an Assistant Professor", "an AI startup": what the owner is or a kind of place, as
after "a", no place's name)."""


PLACE_ABBREVIATION = r"(?-i:St|Mt|Ft)"
r"""An abbreviated word that opens a place's name ("St. Louis", "Mt. Sinai", "Ft. Collins"): its full stop ends no
sentence (a pattern to use in a look-behind, ``(?<!\b{PLACE_ABBREVIATION})\.``)."""
PLACE_ABBREVIATION_DOT = rf"(?<=\b{PLACE_ABBREVIATION})\.(?=\s(?-i:[A-Z]))"
"""The full stop of an abbreviated word that opens a place's name ("Washington University in St. Louis", "Mt.
Sinai", "Ft. Collins"): inside a name, no sentence's end (a pattern for the stop alone, to use where a name's
characters are read as ``[^.;]``)."""


# --- organisations' words ---------------------------------------------------------------

_ORG_WORDS = {
    # a word of an organisation's name (a regular expression) and the lists it is in: "org", it names an
    # organisation (ORG_RX); "strong", an institution of its own, not a unit of one (INSTITUTION_STRONG); "top",
    # one that holds departments (TOP_LEVEL); "unit", a unit inside an institution (UNIT); "subunit", one that
    # starts a unit's name before "of" ("Department of ...": SUBUNIT)
    r"universit\w*": "org strong top", r"institut\w*": "org", "institute": "strong subunit",
    "institute of technology": "strong top", "college": "org", r"college(?! of)": "strong",
    # ("Baylor College of Medicine" is a college of its own, "the College of Arts" a unit of one)
    r"(?<!\bthe )(?<=\w\w\w )college of medicine": "strong",
    # ("Macquarie Business School", "London Business School": a business school named is a place of its own, where
    # "School of X" and a bare "Business School, X University" are units of one)
    "school": "org subunit", r"(?<!\bthe )(?<=\w\w\w )business school": "strong", "faculty": "org subunit",
    # (the same in Spanish, Portuguese, French, Italian and Romanian: "Facultad de Humanidades", "Facultés des
    # Sciences", "Facultatea de Fizică")
    r"facultad|faculdade|facult[ée]s?|facolt[àa]|facultatea": "org subunit", "academy": "org strong top", r"acad(?=\.)": "org strong top", "academia": "org",
    "chinese academy": "org", "labs": "org", "research": "org", "hospital": "org", "foundation": "org", "agency": "org",
    "polytechnic": "org strong top", "politecnico": "org strong top", "école": "org strong top",
    "ecole": "org strong top", "escuela": "org strong top", "escola": "org strong top", "universidad": "org strong", "universidade": "org strong", "università": "org strong",
    # ("Tecnológico de Monterrey", "Tecnológico Nacional de México", "Instituto Tecnológico de Sonora": Mexico's
    # institutes of technology, named by the word; "Desarrollo Tecnológico," is an adjective)
    r"tecnol[óo]gico(?=\s+(?:de|del|nacional|superior)\b)": "org strong top",
    r"\w*hochschule": "org strong top",
    # ("Instituto Federal do Espírito Santo", "Istituto Italiano di Tecnologia": an institute in Portuguese, Spanish
    # and Italian, as "institute" is in English)
    r"istituto|instituto": "strong subunit",
    # ("TH Köln", "TU Delft", "FH Aachen": a German or Dutch technical university or university of applied sciences by
    # its short form, then its town)
    r"(?-i:T[HU]|FH)(?=\s+(?-i:[A-ZÄÖÜ]))": "org strong top",
    r"inc\.?": "org strong", r"ltd\.?": "org strong", "corporation": "org strong", r"corp\.?": "org", "company": "org",
    # units that name an organisation too ("the X Lab", "Y Group"), then units and no organisation of their own
    # ("Argonne National Laboratory", "SLAC National Accelerator Laboratory": an institution of its own; a "National
    # Laboratory of X" is as often a unit of an academy)
    r"national (?:[a-z]+ )?lab(?:oratory|oratories)?(?! (?:of|for|on)\b)": "org strong top",
    r"laborator\w*": "org unit", "laboratory": "subunit", "lab": "org unit subunit", "center": "org unit subunit",
    "centre": "org unit subunit", "department": "org unit subunit", r"dept\.?": "org unit subunit",
    "group": "org unit subunit", "chair": "subunit", "division": "unit subunit", "unit": "unit subunit",
    "laboratoire": "unit", "labo": "unit", "team": "unit", "équipe": "unit", "département": "unit", "unité": "unit",
    # the same in Spanish, Portuguese and Italian ("Centro de Estudios X", "Núcleo Milenio Y", a research nucleus)
    "centro": "org unit subunit", r"n[úu]cleo": "org unit",
    r"program(?:me)?": "unit",
    # a nation's geological survey, an institution of its own ("U.S. Geological Survey", "British Geological Survey",
    # "Geological Survey of Canada")
    "geological survey": "org strong top",
}
"""The words of organisations' names, each with the lists it is in: the one vocabulary the lists below are views of."""
_ORG_NAMES = {
    **dict.fromkeys(("google", "microsoft", "meta", "facebook", "amazon", "apple", "nvidia", "intel", "ibm", "deepmind",
                     "openai", "baidu", "alibaba", "tencent", "huawei", "bytedance", "samsung", "adobe", "megvii",
                     "sensetime"), "org strong"),
    "eth": "org top", "eth zurich": "strong", "epfl": "org strong top", "mit": "org strong top", "cmu": "org strong",
    "ucla": "org", "kaist": "org strong top", "kit": "top", "iit": "strong", "iisc": "strong",
    "inria": "org strong top", "cnrs": "org strong top", "max planck": "org strong", "csail": "org", "bair": "org",
    "nlpr": "org", "riken": "org", r"a\*star": "org", "cern": "org", "nasa": "org", "desy": "org", "fermilab": "org",
    "embl": "org",
    # the University of California's campuses by their short names ("UC Berkeley", "UC San Diego")
    r"uc\s+(?:berkeley|davis|irvine|merced|riverside|san\s+diego|santa\s+barbara|santa\s+cruz|san\s+francisco)":
        "org strong top",
    "ku leuven": "org strong top", "cu boulder": "org strong top",
    # the institutes of technology named by a place then "Tech" ("Georgia Tech", "Virginia Tech", "Cornell Tech"),
    # one by one: "<Word> Tech" is as often a trade ("in Ed Tech", "Big Tech", "Health Tech") or a post ("Lab
    # Tech"); not when a capitalised word goes on ("Georgia Tech Aware Home")
    r"(?:georgia|virginia|texas|louisiana|michigan|tennessee|arkansas|montana|oregon|florida|cornell)\s+tech"
    r"(?!\s+(?-i:[A-Z]))": "org strong top",
    "oxon": "strong", "cantab": "strong",  # ("BA Oxon", "MA Cantab": Oxford's and Cambridge's Latin names in a degree)
}
"""Organisations' own names and short names (companies, institutes), with the lists of :data:`_ORG_WORDS` they are in."""


def _org_view(table: dict[str, str], role: str) -> str:
    return "|".join(word for word, roles in table.items() if role in roles.split())


UNIT = lazy_compile(r"(?i)\b(?:" + _org_view(_ORG_WORDS, "unit") + r")\b")
"""Words naming a unit inside an institution (the lab, the department)."""
_ORG_WORDS_CJK = {
    **dict.fromkeys(("大学", "大學"), "org strong place university"), "大学院": "org",
    **dict.fromkeys(("研究所", "研究院"), "org strong place"),
    **dict.fromkeys(("学院", "學院", "研究中心", "公司"), "org place"),
    **dict.fromkeys(("研究科", "学部", "研究センター", "实验室", "實驗室", "株式会社", "病院", "医院", "醫院"), "org"),
    "대학교": "org strong", **dict.fromkeys(("대학원", "연구소", "연구원"), "org"),
}
"""The same in Chinese, Japanese and Korean, matched without \\b: no space sets a word apart there ("東京大学大学院")."""
PLACE_END_CJK = _org_view(_ORG_WORDS_CJK, "place")
"""The words a place's name ends with in a sentence in Chinese that names the place, then the post held there
("北岸大学副教授", "X研究所副研究员", "Y公司工程师"): an alternation for the bio and header readers' patterns."""
SCHOOL_END_CJK = "|".join(w for w, roles in _ORG_WORDS_CJK.items() if "place" in roles.split()
                          and "university" not in roles.split())
"""The same, a university's own words left out ("X大学计算机学院" ends in a school's word, 学院)."""
UNIVERSITY_CJK = _org_view(_ORG_WORDS_CJK, "university")
"""A university's own word in Chinese (大学, 大學)."""
ORG_RX = lazy_compile(r"\b(" + _org_view({**_ORG_WORDS, **_ORG_NAMES}, "org") + r")\b|(" + _org_view(_ORG_WORDS_CJK, "org")
                     + ")", re.I)
DEPT_START = re.compile(r"^\s*(department|dept\.?|school of|faculty of|division of|college of|institute for|"
                         r"lab(oratory)? (of|for)|the .* (lab|laboratory|group)|.* (lab|group|laboratory|center|centre)$)",
                         re.I)
INSTITUTION_STRONG = lazy_compile(r"\b(" + _org_view({**_ORG_WORDS, **_ORG_NAMES}, "strong") + r")\b|("
                                 + _org_view(_ORG_WORDS_CJK, "strong") + ")", re.I)
SHORT_FORM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}")
"""A place written by its short form alone ("USF", "UMD", "TAMU", "KAIST"): a word of capitals (two or more)."""
NAME_SMALL_WORDS = frozenset({"of", "for", "and", "the", "at", "&", "de", "des", "del", "da", "di", "du", "la", "le",
                              "della", "degli", "für", "und", "y", "e", "et", "en"})
"""The small words in lower case an organisation's name holds between its capitalized ones ("Centre for the Study
of X", "Universidade de Y", "Istituto di Fisica della Materia")."""
# (fewer than NAME_SMALL_WORDS, compared in any case: a short form's initials count a capitalized particle that opens
# a name, "La Trobe University" (LTU))
_SMALL_WORDS = NAME_SMALL_WORDS & {"of", "for", "and", "the", "de", "at", "&"}
_NAME_RUN = lazy_compile(r"[A-Z][\w'’&.-]*(?:(?:\s+(?:" + "|".join(map(re.escape, sorted(_SMALL_WORDS)))
                       + r"))*\s+[A-Z][\w'’&.-]*)*")


def _initials(words: list[str]) -> str:
    """The initials of a name's capitalized words, its small words apart ("University of South Florida": USF)."""
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in _SMALL_WORDS)


def _letters_in_order(short: str, name: str) -> bool:
    rest = iter(fold(name))
    return all(ch in rest for ch in short.lower())


def stands_for(short: str, name: str) -> bool:
    """Whether ``short`` (``UMD``, ``UM6P``) can be a short form of the organisation ``name``: its letters in the
    name's, in order, the first its first (its digits apart); the one test, for a short form the page spells out in
    brackets and for a setting's beside a name written in full.

    >>> stands_for("UM6P", "University Mohammed VI Polytechnic"), stands_for("TWU", "Ridge College")
    (True, False)
    """
    letters = "".join(c for c in short if c.isalpha())
    return len(letters) >= 2 and fold(name)[:1] == letters[:1].lower() and _letters_in_order(letters, name)


def spelled_out(short: str, texts: Iterable[str]) -> str | None:
    """The organisation's name a page spells ``short`` out as: the name it writes the short form after in brackets
    ("University of Maryland (UMD)": its letters in the name's, in order), else a name whose words' initials are
    the short form ("University of South Florida" for "USF"); None when the page gives neither.

    >>> spelled_out("UMD", ["at the University of Maryland (UMD), with"]), spelled_out("USF", ["at the University of South Florida, building"])
    ('University of Maryland', 'University of South Florida')
    >>> spelled_out("TAMU", ["Postdoc at TAMU"]) is None
    True
    """
    texts = [t for t in texts if t]
    bracketed = re.compile(r"(" + _NAME_RUN.pattern + r")\s*[(（]\s*" + re.escape(short) + r"\s*[)）]")
    for text in texts:
        for m in bracketed.finditer(text):
            words = m.group(1).split()
            for i in range(len(words)):
                name = " ".join(words[i:])
                if words[i].lower() not in _SMALL_WORDS and stands_for(short, name) \
                        and ORG_RX.search(name):
                    return name.rstrip(",.")
    for text in texts:
        for m in _NAME_RUN.finditer(text):
            words = m.group(0).rstrip(",.").split()
            for i in range(len(words)):
                if words[i].lower() not in _SMALL_WORDS and _initials(words[i:]) == short \
                        and INSTITUTION_STRONG.search(" ".join(words[i:])):
                    return " ".join(words[i:])
    return None


# (the preposition in the unit's language too: "Facultad de Humanidades", "Faculté des Sciences", "Facoltà di Lettere")
SUBUNIT = lazy_compile(r"^(?:the\s+)?(?:" + _org_view(_ORG_WORDS, "subunit") + r")\s+(?:of|for|für|on|de[ls]?|du|di|da|do)\b",
                     re.I)
# (a top-level word anywhere in a word: "Universität", "Fachhochschule"; a short name as a word of its own)
TOP_LEVEL = lazy_compile(_org_view(_ORG_WORDS, "top") + r"|\b(?:" + _org_view(_ORG_NAMES, "top") + r")\b", re.I)


_POSITION = lazy_compile(
    r"^\s*(?:(?:i am|i'm|i’m|(?:[\w.\-'’]+\s+){1,4}is)\s+)?(?:an?\s+|the\s+)?(?P<title>[^@,;:()]{2,80}?)"
    r"(?:\s+(?:working|based|employed))?\s+(?:at|@|(?P<bar>[·|]))\s+(?:the\s+)?"
    r"(?P<org>[A-Z][^,;:()]{1,100}?)"
    r"(?=\s+(?:studying|working|where|focusing|researching|interested|since|from)\b|\s*[,;(]|"
    r"(?<!\b[A-Z])(?<!\b" + PLACE_ABBREVIATION + r")\.\s|\.?\s*$)",
    re.I)  # "at the B. John Garrick Institute", "in St. Louis": an initial's or a place's abbreviation ends no sentence


_POSITION_ABROAD = re.compile(
    r"^\s*(?P<title>[^@,;:()]{2,80}?)(?P<bar>(?!))?\s+(?:(?P<of>d[ao]|n[ao])|en\s+(?:la|el)|à\s+l['’]|presso\s+(?:la|il|l['’])|an\s+der)\s*"
    r"(?P<org>[A-ZÀ-Ö][^,;:()]{1,100}?)(?=\s*[,;(]|(?<!\b[A-Z])\.\s|\.?\s*$)")
"""The same line in Portuguese, Spanish, French, Italian or German: "Professor e pesquisador da Universidade de X",
"Investigadora en la Universidad Y", "Ricercatore presso l'Università di Z" (the place named by its word)."""


_POSITION_COMMA = re.compile(r"^\s*(?P<title>[^@,;:()|·]{2,80}?)\s*,\s*(?P<org>[A-Z][^;|·@]{1,160}?)"
                             r"(?=\s*[;|·]|(?<!\b[A-Z])\.\s|\.?\s*$)")
_BRACKETED_SHORT = re.compile(r"(?P<unit>.*\S)\s*\((?P<short>[A-Z][A-Z&]{1,7})\)$")


def _names_institution(place: str) -> bool:
    """Whether a place written after a position and a comma names an institution: its word ("X University"), or a
    unit with the institution's short form after it ("Facultad de Ciencias de Tarna (UTA)"), not the unit's own
    ("Centre for Ice Studies (CIS)": its initials)."""
    if INSTITUTION_STRONG.search(place):
        return True
    m = _BRACKETED_SHORT.match(place)
    # (every capitalized word counts here, a capitalized small word too: "The Ice Lab (IL)" and "Laboratorio De Hielo
    # (LH)" name a place held, as before 921f40e8; spelled_out's _initials sets small words apart)
    own = m and "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", m.group("unit"))) == m.group("short").replace("&", "")
    return bool(m and ORG_RX.search(m.group("unit")) and not own)


def read_position(text: str) -> tuple[str, str] | None:
    """``"Assistant Professor of Biology at Colby College studying ..."`` -> (job title, organization), from a
    one-line bio such as a site config's ``author.bio`` (or a role line, the two set apart by a middle dot or a
    bar: ``"Research Engineer · X Lab"``); None when the line names no role at a place.

    >>> read_position("Assistant Professor of Biology at Colby College studying mutualism")
    ('Assistant Professor of Biology', 'Colby College')
    >>> read_position("PhD student in Economics @ University of Michigan - Ann Arbor")
    ('PhD student in Economics', 'University of Michigan - Ann Arbor')
    >>> read_position("Dr. Ana Roe is an associate professor working at Lakeside University since 2012.")
    ('associate professor', 'Lakeside University')
    >>> read_position("Research Engineer · Tarnwood Robotics Lab"), read_position("PhD Student | Machine Learning")
    (('Research Engineer', 'Tarnwood Robotics Lab'), None)
    >>> read_position("Cornell University Cornell Tech") is None, read_position("Coffee at noon") is None
    (True, True)

    The same line in another language, the place named by its word:

    >>> read_position("Professor e pesquisador da Universidade de Tarna, doutor em física; nas horas vagas cozinho.")
    ('Professor e pesquisador', 'Universidade de Tarna')
    >>> read_position("Doutorando em Física na Universidade de Tarna."), read_position("Professor de Física da UnT")
    (('Doutorando em Física', 'Universidade de Tarna'), None)

    A position, a comma, then where it is held, when an institution is named there:

    >>> read_position("Assistant Professor, Department of Physics, Tarnwood University")
    ('Assistant Professor', 'Department of Physics, Tarnwood University')
    >>> read_position("Assistant Professor, Department of Physics"), read_position("Fellow, Centre for Ice Studies (CIS)")
    (None, None)
    """
    read = position_read(text)
    return read[:2] if read else None


def position_read(text: str) -> tuple[str, str, bool] | None:
    """:func:`read_position`'s (job title, organization), and whether they were written as a position, a comma, then
    where it is held.

    >>> position_read("Assistant Professor, Department of Physics, Tarnwood University")[2]
    True
    """
    m = _POSITION.match(text or "") or _POSITION_ABROAD.match(text or "")
    if m and m.re is _POSITION_ABROAD and not (INSTITUTION_STRONG.search(m.group("org")) and (
            not m.group("of") or INSTITUTION_STRONG.match(m.group("org")) or ORG_RX.match(m.group("org")))):
        # ("Professor de Física da UnB": a place in another language only by its word, "Universidade"; after "da",
        # "do", "na", "no", which are also a surname's particles, the place's word opens it: "Director of the
        # Leonardo da Vinci Institute" names no post at "Vinci Institute")
        m = None
    if not m:
        c = _POSITION_COMMA.match(text or "")
        if c and JOB_WORDS.search(c.group("title")) and len(c.group("title").split()) <= 5 \
                and not JOB_WORDS.search(c.group("org")) and _names_institution(c.group("org").strip()):
            return c.group("title").strip(), c.group("org").strip(), True
        return None
    if not JOB_WORDS.search(m.group("title")):
        return None
    if m.group("bar"):
        # after a bar or a dot a tagline as often names topics ("PhD Student | Machine Learning") as a place: a place
        # only when its words say so
        if not ORG_RX.search(m.group("org")):
            return None
    return m.group("title").strip(), m.group("org").strip(), False


TEX_QUOTED = lazy_compile(r"(?<![\w'`‘])(?:``|''|‘‘|\"|“)(?=\S)([^`\"“”]{1,200}?)(?<=\S)(?:''|’’)(?![\w'])")
"""A quotation between TeX's typed quotes, the quoted text in group 1: ````Title.''```` (as a BibTeX-made or Org-mode
list writes them; rendered ``’’``, or ``‘‘Title’’`` as jemdoc renders both), ``''relatives''``, or opened with a plain quote and closed with TeX's
(``"Title.''``); the one reader of them, for an entry's text and a one-line citation's.

>>> [m.group(1) for m in TEX_QUOTED.finditer("On subsets of ''relatives'', in ``Collected Papers''; \"Odd Sums.''")]
['relatives', 'Collected Papers', 'Odd Sums.']
"""
TEX_STYLE_COMMANDS = r"textbf|textit|emph|underline|uline|textsc"
"""The LaTeX commands that set a piece of text in bold, italics, small capitals or underlined (``\\textbf{A. Lee}``),
as an owner's name is marked in a BibTeX author list or on a page made from one: an alternation for a pattern."""


# --- a paper's publication status --------------------------------------------------

STATUS_PHRASES = (
    "submitted", "resubmitted", "in submission", "under submission", "in review", "under review",
    "in revision", "under revision", "under consideration", "major revision", "major revisions", "minor revision", "minor revisions",
    "revision requested", "revisions requested", "r&r", "revise and resubmit", "revise & resubmit",
    "invited to resubmit", "accepted", "conditionally accepted", "accepted for publication",
    "conditionally accepted for publication", "in press", "to appear", "forthcoming",
    "in preparation", "in prep", "under preparation", "under prep", "in progress", "advance online publication", "online first",
    "unpublished",
)
"""The words of a paper's publication status, the one vocabulary: each place that reads a status builds its
pattern from these with :func:`status_words` (all of them, or the ones it names)."""


def status_words(*phrases: str, gap: str = r"\s+", capitalized: bool = False) -> str:
    """A pattern (an alternation, no group) of the given phrases of :data:`STATUS_PHRASES` (all of them if none
    is given): a space in a phrase stands for ``gap``, an "&" inside a word ("r&r") may have a space on either
    side; the longest phrases come first, so that "accepted for publication" is taken whole before "accepted";
    ``capitalized`` writes each phrase's first letter upper-case (for a case-sensitive pattern).

    >>> status_words("in press", "forthcoming", gap=" ")
    'forthcoming|in press'
    >>> re.fullmatch(status_words(), "R & R", re.I) is not None
    True
    """
    unknown = [p for p in phrases if p not in STATUS_PHRASES]
    if unknown:
        raise ValueError(f"not a status phrase of STATUS_PHRASES: {unknown[0]!r}")
    out = []
    for phrase in sorted(phrases or STATUS_PHRASES, key=len, reverse=True):
        if capitalized:
            phrase = phrase[:1].upper() + phrase[1:]
        out.append(gap.join(re.escape(w).replace(r"\&", r"\s?&\s?") if w != "&" else "&" for w in phrase.split(" ")))
    return "|".join(out)


PUBLISHED_IN_WORDS = ("published", "appeared", "appearing", "to appear")
"""The words before "in" that say where a work appeared ("Published in X", "to appear in X", a title closed by
", appeared in"), the one vocabulary of a venue's lead-in: :data:`PUBLISHED_IN` is their pattern."""
PUBLISHED_IN = "(?:" + "|".join(w.replace(" ", r"\s+") for w in PUBLISHED_IN_WORDS) + ")"
"""A pattern (one group, not captured) of :data:`PUBLISHED_IN_WORDS`, a space in a phrase standing for any."""
VENUE_LEAD_IN = re.compile(r"\s*" + PUBLISHED_IN + r"\s+(?:in|at|by)\s", re.I)
"""What opens a piece that only says where the work appeared ("Published in", "Appeared at"): no author's name
before it (the citation reader), a venue line's words (the venue score)."""


# --- author lists and marks ----------------------------------------------------------

DEFAULT_LEGEND: dict[str, str] = {
    "*": "equal_contribution",
    "†": "equal_contribution",
    "‡": "equal_contribution",
    "#": "corresponding",
    "✉": "corresponding",
    "✉️": "corresponding",
    "📧": "corresponding",
}
"""The common convention when a page has no legend of its own."""

_REMARK_MARKS = {"\ue000": "equal_contribution", "\ue001": "corresponding"}
"""Private stand-ins for a role a page writes in words after a name ("Bo Li (co-first author)"): split_authors puts
them where the remark was, so that the name carries them as it would a symbol, through every way a list is read."""
MARK_SYMBOLS = "*+#†‡✉📧§¶^★☆" + "".join(_REMARK_MARKS)
"""The symbols pages put after an author's name to mark them (the one list every reader uses), and the stand-ins
of :data:`_REMARK_MARKS`."""
MARK_CLASS = "[" + re.escape(MARK_SYMBOLS) + "]"
"""A regular-expression class of :data:`MARK_SYMBOLS`."""
ASTERISK_VARIANTS = re.compile(r"&(?:lowast|ast|midast);|&#(?:8727|42|x2217|x2a);|[\u2217\uff0a\u204e]", re.I)
"""The asterisk as typesetting writes it: the operator ``&lowast;`` (U+2217), the full-width and the low asterisk,
and their entities. After an author's name each is the ``*`` mark of :data:`MARK_SYMBOLS` (a page's text is read
so as a whole, page.source.plain_asterisks; an author field of a data file by split_authors)."""

GENERATION_ORDINAL = r"(?:2nd|3rd|4th|Jr|Sr|II|III)"
"""A generation after Vancouver initials ("Gloth FM 3rd", "Gloth FM Jr", as PubMed writes it): the name's,
no digits of a title."""

_LEGEND_PAIR_AFTER = re.compile(r"([^,;()\\" + re.escape(MARK_SYMBOLS) + r"]{4,40}?)\s*\\?(" + MARK_CLASS + r")(?=\s*(?:[,;)]|$))")
_LEGEND_PAIR = re.compile(r"(?:\\?(" + MARK_CLASS + r"))\s*([^,;()\\" + re.escape(MARK_SYMBOLS) + r"]+)")
_LEGEND_PAIR_BRACKETED = re.compile(r"([^,;&()\\" + re.escape(MARK_SYMBOLS) + r"]{4,40}?)\s*\(\s*\\?(" + MARK_CLASS
                                    + r")\s*\)")
""""Co-first (#) & Corresponding Author (*)": each meaning, then its symbol in brackets."""
_LEGEND_PAIR_LEADING = lazy_compile(r"\(\s*\\?(" + MARK_CLASS + r")\s*\)\s*([^,;()\\" + re.escape(MARK_SYMBOLS) + r"]+)")
"""'(*) marks equal contribution and (†) the corresponding author': a legend opening with a symbol in brackets gives
each symbol in brackets, then its meaning (read the other way, '... and (†)' would make † the equal one)."""


_LEGEND_SHARED = lazy_compile(rf"\\?({MARK_CLASS})((?:\s*(?:,|and|&|or|/)\s*\\?{MARK_CLASS})+)\s*"
                            r"(?:denotes?|indicates?|marks?|means?|=|:)?\s*([^,;()]{4,60})")


_BRACKETED_MARK = re.compile(r"\s*\(\s*(?:\\|`)?(" + MARK_CLASS + r")`?\s*\)")
"""A mark in brackets after a name: "(*)", "(\\*)", "(`*`)" (the symbol escaped, or set as code, for markdown)."""
_LEGEND_PASSIVE = lazy_compile(r"([^,;()\\" + re.escape(MARK_SYMBOLS) + r"]{4,80}?)\s+(?:are|is)\s+(?:highlighted|marked|"
                             r"indicated|denoted|shown|flagged|identified|noted)\s+(?:with|by|as|using)\s+(?:an?\s+)?"
                             r"(?:\(\s*\\?(" + MARK_CLASS + r")\s*\)|\\?(" + MARK_CLASS + r"))")
"""'Students in the lab are highlighted with (*)': the meaning, then its symbol after a verb that says it marks."""
_LEGEND_PASSIVE_MORE = lazy_compile(r"\s*(?:,|;|\band\b)\s*(?:and\s+)?([^,;()\\" + re.escape(MARK_SYMBOLS) + r"]{4,80}?)\s+"
                                  r"(?:with|by|using)\s+(?:an?\s+)?(?:\(\s*\\?(" + MARK_CLASS + r")\s*\)|\\?("
                                  + MARK_CLASS + r"))")
"""The next meaning of a passive legend, its verb left out: '..., and corresponding authors using *'."""


_JOINING_WORD = re.compile(r"\s*(?:(?:or|and)\b|[&/])", re.I)
"""What opens no meaning of a legend but joins two ("# or corresponding author")."""


def read_legend(text: str) -> dict[str, str] | None:
    """Read a page's own mark legend such as ``(* Interns mentored by me, + Equal
    contribution, # Corresponding author)``; None when the text is no legend.

    >>> read_legend(r"(\\* Interns mentored by me, \\+ Equal contribution, \\# Corresponding author)")
    {'*': 'mentee', '+': 'equal_contribution', '#': 'corresponding'}
    >>> read_legend("Corresponding author★")
    {'★': 'corresponding'}
    >>> read_legend("* and + denote joint authorship.")
    {'*': 'equal_contribution', '+': 'equal_contribution'}
    >>> read_legend("Students of the group are highlighted with (*)")
    {'*': 'mentee'}
    >>> read_legend("(*) marks equal contribution and (†) marks the corresponding author")
    {'*': 'equal_contribution', '†': 'corresponding'}
    >>> read_legend("Co-first authors are marked with #, and corresponding authors with *.")
    {'#': 'equal_contribution', '*': 'corresponding'}
    >>> read_legend("(first author# or corresponding author*)")
    {'*': 'corresponding'}
    >>> read_legend("Ann Roe, Bo Li*: Title of the work. The 8th International Conference on Widgets")
    """
    legend: dict[str, str] = {}
    for first, more, meaning in _LEGEND_SHARED.findall(text):
        # "* and + denote joint authorship": two symbols, one meaning
        mark = meaning_to_mark(meaning)
        for symbol in [first, *re.findall(MARK_CLASS, more)] if mark else ():
            legend[symbol] = mark
    # each symbol before its meaning ("* Equal contribution"), else each meaning before its symbol in brackets
    # ("Co-first (#)"), else each meaning before its symbol ("Corresponding author★"): the first way that reads
    for m in _LEGEND_PASSIVE.finditer(text):
        # "Joint first authors are indicated using #, and corresponding authors using *": one verb, two meanings
        end, more = m.end(), [m.groups()]
        while n := _LEGEND_PASSIVE_MORE.match(text, end):
            end = n.end()
            more.append(n.groups())
        for meaning, bracketed, bare in more:
            if mark := meaning_to_mark(meaning):
                legend[bracketed or bare] = mark
    ways = ((_LEGEND_PAIR, True), (_LEGEND_PAIR_BRACKETED, False), (_LEGEND_PAIR_AFTER, False))
    if _BRACKETED_MARK.match(text):
        ways = ((_LEGEND_PAIR_LEADING, True), *ways)
    for rx, symbol_first in ways if not legend else ():
        # the way that gives the most of the text's symbols a meaning (the first of those)
        reading = {}
        for a, b in rx.findall(text):
            symbol, meaning = (a, b) if symbol_first else (b, a)
            if symbol_first and _JOINING_WORD.match(meaning):
                continue  # "first author# or corresponding author*": the '#' closes the phrase before it
            if mark := meaning_to_mark(meaning):
                reading[symbol] = mark
        if len(reading) > len(legend):
            legend = reading
    return legend or None


_EQUAL_MEANING = re.compile(r"(?<![^\W_])equal(?:ly)?(?![a-z]|-(?!contrib|first|author))|joint auth|joint contrib|"
                            r"co-?first|(?:joint|shared)[\s-]+first", re.I)
"""A legend's words for an equal contribution: "equal" a word of its own, not "Equality", "equalization",
"Inequality" or "Equal-area" in a title after a name's mark; Hugo Blox's "Shared first authorship"; "(cofirst)",
"(joint-first)" after a name."""
_MENTEE_MEANING = re.compile(r"\b(?:mentor|interns?\b|internship|student|advised|supervised|mentee|"
                             r"undergrad(?:uate)?(?=\s*(?:$|[,;)]|(?:(?:co-?)?authors?|students?|researchers?|"
                             r"research\s+assistants?|mentees?|interns?)\b)))", re.I)
"""A legend's words for a mentee, whole words: an "International Conference" or an "Undergraduate research in ..."
after a name's mark is a title, no legend; "undergraduate" ending the meaning, or before a word for a person
("† undergraduate researcher"), is one."""
LEGEND_WORD = lazy_compile(f"{_EQUAL_MEANING.pattern}|correspond|{_MENTEE_MEANING.pattern}", re.I)
"""Any word :func:`meaning_to_mark` gives a mark for: a line with none holds no legend."""


def meaning_to_mark(meaning: str) -> str | None:
    if _EQUAL_MEANING.search(meaning):
        return "equal_contribution"
    if "correspond" in meaning.lower():
        return "corresponding"
    if _MENTEE_MEANING.search(meaning):
        return "mentee"
    return None


ROLE_LIST_KEY = lazy_compile(r"(?:pub_|author_)?(?:(?:co_?)?corresponding(?:_?authors?)?|"
                           r"equal_?contrib(?:ution|utions|utors?)?(?:_?authors?)?|"
                           r"(?:co|joint|shared)_?first(?:_?authors?)?|student_?(?:co_?)?authors?|mentee(?:_?authors?)?s?)",
                           re.I)
"""The key of a work's record (front matter, data file, BibTeX field) that lists the authors carrying a mark, as the
site's template draws it beside their names: ``corresponding_author: [Roe, A.]``, ``equal_contrib: [...]``,
``cofirst_authors = {Roe, Ann and Lee, Bo}``, ``student_authors: [...]``."""
_COUNT_EQUAL_KEY = re.compile(r"n_?equal_?contrib\w*", re.I)
"""``n_equal_contrib: 2``: the first two authors of the work contributed equally (the template marks them)."""
_LISTED_NAME_END = lazy_compile(r"^[\s*_†‡#§¶]+|[\s*_†‡#§¶.,;]+$")


def _listed_names(value: object) -> list[str]:
    """The names a role list holds: a YAML list, else a line of names joined by "and" (BibTeX's), ";" or "&"."""
    if isinstance(value, list):
        items = [str(x) for x in value if isinstance(x, (str, int, float)) and not isinstance(x, bool)]
    elif isinstance(value, str):
        items = re.split(r"\s+and\s+|\s*[;&]\s*", value)
    else:
        return []
    return [n for x in items if (n := _LISTED_NAME_END.sub("", strip_tags(x)).strip())]


_SAID_CORRESPONDING = re.compile(r"[#✉📧]|correspond", re.I)
"""A sign or word in a work's author line that names its corresponding author outright (no star to guess from)."""


def role_list_marks(authors: list[Author], fields: dict[str, object], written: str = "") -> list[str]:
    """Mark the ``authors`` a work's role lists name (:data:`ROLE_LIST_KEY`; ``fields``: the record's keys, lower
    case, to their values) with the mark each key's name says, and the first n with an equal contribution where
    ``n_equal_contrib: n`` says so; returns the keys read (a list naming none of the authors is not read). A name
    the list writes with its page's mark still on it ("Roe, A.*") is the name. Where a list says the lone starred
    author contributed equally, and no list names a corresponding author, the star is no corresponding mark (the
    guess :func:`read_stars` makes for one star) — unless the author line as ``written`` names the corresponding
    author outright (:data:`_SAID_CORRESPONDING`: "Roe, A.✉", "corresponding: true"), which no list undoes.

    >>> a = [Author(name="Ana Ruiz"), Author(name="Bo Lee"), Author(name="Cy Kim")]
    >>> role_list_marks(a, {"corresponding_authors": "Kim, Cy and Ruiz, Ana", "student_authors": ["Lee, B.*"]})
    ['corresponding_authors', 'student_authors']
    >>> [x.marks for x in a]
    [['corresponding'], ['mentee'], ['corresponding']]
    >>> b = [Author(name="Ana Ruiz"), Author(name="Bo Lee")]
    >>> role_list_marks(b, {"n_equal_contrib": 2, "equal_contrib": ["Dan Poe"]}), [x.marks for x in b]
    (['n_equal_contrib'], [['equal_contribution'], ['equal_contribution']])
    """
    if not authors:
        return []
    read: list[str] = []
    named: dict[str, list[Author]] = {}
    for key, value in fields.items():
        if _COUNT_EQUAL_KEY.fullmatch(key) and isinstance(value, int) and not isinstance(value, bool) \
                and 2 <= value <= len(authors):
            named.setdefault("equal_contribution", []).extend(authors[:value])
            read.append(key)
            continue
        kind = meaning_to_mark(key.replace("_", "-")) if ROLE_LIST_KEY.fullmatch(key) else None
        found: list[Author] = []
        for name in _listed_names(value) if kind else ():
            pieces = [name]
            if not any(same_name(a.name, name) for a in authors) and "," in name:
                pieces = [p.strip() for p in name.split(",") if p.strip()]  # "Ana Ruiz, Bo Lee": a list in a line
            found += [a for p in pieces for a in authors if same_name(a.name, p) and a not in found]
        if found:
            named.setdefault(kind, []).extend(found)
            read.append(key)
    for kind, marked in named.items():
        for a in marked:
            if kind not in a.marks:
                a.marks.append(kind)
    if "corresponding" not in named and not _SAID_CORRESPONDING.search(written):
        for a in named.get("equal_contribution", []):
            if "corresponding" in a.marks:
                a.marks.remove("corresponding")
    return read


@dataclass
class AuthorList:
    authors: list[Author]
    truncated: bool = False
    remarks: list[str] = field(default_factory=list)
    """Parenthetical remarks attached to names (``project leader, conceived the idea``)."""
    after: str = ""
    """What runs on past the name the list's last "and" joins (``A, B, and C, Nature Methods``): no name."""


_YEARISH = re.compile(rf"(?:19|20)\d\d[a-z]?|n\.\s?d\.|{status_words('in press', 'forthcoming', gap=' ')}")
# bounded repeats keep these searches linear on long lines (an unbounded \s* before an alternative is
# retried from every position of a long run of spaces: quadratic)
ET_AL = re.compile(r"(,?\s{0,8}(et\.?\s{0,3}al\.?|and\s{1,8}others|others|"
                   r"(?:ed?|y|et)\s{1,8}(?:altri|otros|autres|outros)|\.\.\.|…))\s{0,8}$", re.I)
""""et al.", "and others" (Italian "ed altri", Spanish "y otros", French "et autres", Portuguese "e outros") or an
ellipsis closing an author list ("A, B, et al.", "A, B et.al", "A, B ed altri"): the one pattern of
it, for :func:`split_authors` and the author scorer's quick split (search only texts whose last character is in
:data:`ET_AL_LAST`)."""
ONE_NAME_ET_AL = lazy_compile(rf"(?P<name>(?:[{NAME_CAPITALS}](?:\.|[a-zß-ÿ]+|[{NAME_CAPITALS}]\.?)?[\s\-]+){{1,3}}[{NAME_CAPITALS}][\w'’\-]+|"
                            rf"[{NAME_CAPITALS}][\w'’\-]+\s+[{NAME_CAPITALS}]{{1,2}}\.?|"
                            rf"[{NAME_CAPITALS}][\w'’\-]+,\s*[{NAME_CAPITALS}]\.?(?:[\s\-]*[{NAME_CAPITALS}]\.?){{0,2}}"
                            r")\s+(?P<etal>et\s+al(?:\.|\b))")
"""One name and "et al." with no comma, standing for an author list: the name's given names or initials first ("R. K.
Olsen et al.", "K Moe et al.", "KM Moe et al.") or its family name first, then its initials ("Moe K et al.", "Moe,
K. R. J et al."); the one reader of it, for an entry that opens with it and a sentence that is nothing else.

>>> [ONE_NAME_ET_AL.match(t) is not None for t in ("R. K. Olsen et al. X", "Moe K et al.", "Deep Nets et al", "X, Y et al")]
[True, True, True, False]
>>> [ONE_NAME_ET_AL.match(t) is not None for t in ("Moe, K. R. J et al. X", "Moe, KR et al.", "Lee, A, Moe, K et al.")]
[True, True, False]
"""
ET_AL_LAST = frozenset("lL.sSſ…iI")
"""The characters an :data:`ET_AL` match can end a text with when the text ends in no space ("ſ" is an "s" to re.I)."""
_MID_ET_AL = lazy_compile(r"\s+et\s?al\.?\s*(?:(?:,|;|\band\b|&)\s*(?:including\s+)?|including\s+)|"
                        r",\s*(?:\.\.\.|…)\s*(?:,|;|\band\b|&)?\s*(?=\S)|"
                        r",?\s+(?:and\s+|plus\s+)?(?:(?:\d+\s+)?(?:other|more)\s+(?:co-?)?authors|\d+\s+(?:co-?)?authors|(?:\d+\s+)?others)"
                        r"\s*,?\s*including\s+",
                        re.I)
"""Names left out in the middle of a list: "A. Reinhart et al., E. Tuzhilina", APA's "Matzke, D., ... & Rad, J. A."
(APA 6) and "Matzke, D., ... Rad, J. A." (APA 7, the ellipsis alone before the last name); the names of those left
out that a list still gives ("A. Roe et al., including B. Lee", "Roe, A., and 13 other authors including B. Lee",
"A. Roe and other authors including B. Lee")."""
_ET_AL_WORDS = re.compile(r"et\s?al")
"""What :data:`_MID_ET_AL`'s "et al" holds, in a lower-cased text (no other character is an "e", "t", "a" or "l" to
``re.I``): most names hold "al" ("Kowal", "Alvarez"), few "et al"; a scan for a literal, where the whole pattern is
tried at every space."""
OTHER_AND_WORDS = ("und", "et", "en", "ve", "og", "och", "y", "e", "i")
"""The word that joins the last two names of an author list in other languages than English (the one list of them):
German "und", French "et", Dutch "en", Turkish "ve", Danish and Norwegian "og", Swedish "och", Spanish "y", Portuguese
and Italian "e", Polish and Catalan "i" ("Kowalski J., Nowak A. i Wiśniewski P.", "Ana Silva e Bruno Costa").
Lower-case only (a capital "E" or "I" is an initial); the last three join family names too ("José Ortega y Gasset",
"Artur Costa e Silva"), so they join two names only before one of two words or more (:data:`_TWO_WORD_NAME`)."""
_FAMILY_JOINING = ("y", "e", "i")
_TWO_WORD_NAME = r"(?=[^\W\d_a-z][\w.'’\-]*\s+[^\W\d_])"
"""A name of two words or more opens here (a capital, then a word after a space)."""
_PLAIN_JOINERS = "|".join(w for w in OTHER_AND_WORDS if w not in _FAMILY_JOINING)
_FAMILY_JOINERS = "|".join(_FAMILY_JOINING)
_OTHER_AND_WORD = (r"(?-i:(?:" + _PLAIN_JOINERS + r")\s+(?=[^\W\d_a-z])|(?:" + _FAMILY_JOINERS + r")\s+"
                   + _TWO_WORD_NAME + ")")
"""A word of :data:`OTHER_AND_WORDS` before the name it joins (the space after it included), for
:func:`english_joiner`, which asks the author scorer before it takes the list so joined."""
_OTHER_AND_SPLIT = (r"(?-i:(?:" + _PLAIN_JOINERS + r")\s+" + _TWO_WORD_NAME + r"|(?<=[A-Z]\.\s)(?:" + _FAMILY_JOINERS
                    + r")\s+" + _TWO_WORD_NAME + ")")
"""Where the author splitter cuts a list at a word of :data:`OTHER_AND_WORDS`, which it reads without a scorer:
before a name of two words or more ("Anne Roy et Marc Petit" are two names); "y", "e", "i" only after an initial
("Kowalski J., Nowak A. i Wiśniewski P."), as they join title-case words too ("Redes Neuronales y Datos Abiertos"):
elsewhere :func:`english_joiner` reads them, where the author scorer takes the list they join."""
AND_SEPARATORS = (r"(?=[\s,&;、，・])\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|,?\s+" + _OTHER_AND_SPLIT
                  + r"|\s*&\s*|\s+\+\s+|\s+[·•]\s+|;\s*|,\s*|、|，|(?<=[\u4e00-\u9fff々])・(?=[\u4e00-\u9fff]))\s*")
_AND_SPLIT = lazy_compile(AND_SEPARATORS, re.I)
"""The separators of an author list. The look-ahead says what every match opens with (a space or a separator, each
alternative's first character), so that the pattern is not tried at the other positions: the same matches, the
list split about three times quicker (it runs on every entry)."""
_SEPARATORS_BUT_COMMAS = re.compile(r"[&;+·•、，・]")
"""The characters of AND_SEPARATORS' separators but the comma and the spaces, for :func:`split_list` (a separator added
there is added here: test_common::test_split_list_cuts_as_the_separators_pattern... fails otherwise)."""
_AND_WORD = re.compile(r"[\s,](?i:and)\s|\s(?:" + "|".join(OTHER_AND_WORDS) + r")\s")


def split_list(text: str, separators: re.Pattern = _AND_SPLIT) -> list[str]:
    """``separators.split(text)`` for a pattern of AND_SEPARATORS (``_AND_SPLIT``, or the scorer's, "and" in lower
    case only). A text that holds none of the other separators' characters ("&", ";", "+", "·", "•", "、", "，") and
    no "and" after a space or a comma and before a space can be cut only at its commas, each with the spaces around
    it: it is cut so with ``str.split`` (the pattern is tried at every space of a line, 3-4 times slower on an author
    list of six names).

    >>> split_list("Ann Lee , Bo Wu,Cy Kim, "), split_list("Ann Lee and Bo Wu, Cy Kim")
    (['Ann Lee', 'Bo Wu', 'Cy Kim', ''], ['Ann Lee', 'Bo Wu', 'Cy Kim'])
    """
    if _SEPARATORS_BUT_COMMAS.search(text) or _AND_WORD.search(text):
        return separators.split(text)
    parts = text.split(",")
    if len(parts) > 1:  # (str.strip takes exactly the characters \s matches)
        parts = [parts[0].rstrip(), *[p.strip() for p in parts[1:-1]], parts[-1].lstrip()]
    return parts


_LEFT_OUT = lazy_compile(r"^\s*[*_]{0,2}[(\[]?\s*(?:\.\.\.|…)?\s*[(\[]?\s*(?:et\.?\s{0,3}al(?:\.|ii|ia|iae)?\s*[)\]]?|(?:and\s+)?others|\.\.\.|…|\+\s*\d+\s+(?:more|others)|"
                       r"(?:author|authors)\s+\d+(?:\s*(?:,|and|&)\s*\d+)*\s+of\s+\d+|(?:others?\s+)?\d+\s+(?:more\s+)?(?:(?:co-?)?authors|others|contributors)[)\]]?|"
                       r"(?:plus|and)\s+\d+\s+(?:more\s+|other\s+)?(?:co-?)?(?:authors|others|contributors)"
                       r"(?:\s+(?:from|of)\s+\S.*)?)"
                       r"\s*[*_]{0,2}\s*$", re.I)
"""(in markdown's emphasis too: a Hugo author list's ``"_et al_"``, set in italics as the phrase often is)"""


@lru_cache(maxsize=1 << 14)
def left_out_note(text: str) -> bool:
    """An entry of an author list that stands for names left out, not for a person: ``et al.``, ``others``,
    ``…``, ``+12 more``, ``author 449 of 729`` (where a consortium paper puts the owner's rank), ``plus 40 authors
    from the Moss Network`` (a consortium's members).

    >>> [left_out_note(t) for t in ("et al.", "et.al", "author 449 of 729", "+ 12 more", "other 98 contributors",
    ...                             "plus 40 authors from the Moss Network", "Al Etal", "(...et alii)", "… (67 co-authors)",
    ...                             "authors 20, 25 of 25", "_et al_", "*et al.*")]
    [True, True, True, True, True, True, False, True, True, True, True, True]

    (Memoised: it is asked of every piece of every author line, and a page's coauthors recur.)
    """
    return bool(_LEFT_OUT.match(text or ""))


_LIST_JOINER = re.compile(r"^\s*(?:and|&|&amp;)\s+(?=\S)", re.I)


def list_name(text: str) -> str:
    """One name of an author list a page keeps as a list (``authors = ["A. Lee", "B. Roe", "and C. Kim"]``)
    without the "and" it kept from the line it was cut from.

    >>> list_name("and S. Venkatesh"), list_name("& Jo Lin"), list_name("Andrea Rossi")
    ('S. Venkatesh', 'Jo Lin', 'Andrea Rossi')
    """
    return _LIST_JOINER.sub("", text) if text else text


_WORD_CHAR = re.compile(r"\w")


_DOUBLED_STOP = re.compile(r"(?<=\b[A-Z])(?:\.\.|,,)(?=[\s,;&]|$)")
PAREN_INNER = re.compile(r"\(([^()]*)\)")
PAREN_REMARK = re.compile(r"\s*\([^()]*\)")
_GROUP_NOUN = (r"(?:(?:Study|Research|Working)\s+(?:Team|Group)|(?:study|working)\s+group|Team|Consortium|"
               r"[Cc]ollaboration|Investigators|Initiative)")
GROUP_AUTHOR = (rf"(?!(?:In|The|Our|This|With|And|An?)\s+{_GROUP_NOUN}\b)(?:[Tt]he\s+)?[A-Z][\w'’\-]*\s+"
                rf"(?:(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*\s+){{0,5}}{_GROUP_NOUN}(?:\s*\([A-Z][\w\-]{{1,12}}\))?")
"""A group written as an author: "the Gadget Study Team", "Widget Imaging Initiative (WII)", "XYZ Consortium",
"Physics of the Dunes Working Group"; in lower case as physics' lists write them, "XYZ collaboration", "XYZ study
group". An "of (the)" joins two of its names ("Physics of the Dunes"), never a name to the group word: "Head of the
Team" and "Member of the Working Group" are roles; a group word after a function word alone ("In collaboration",
"The collaboration") names no group."""
_UNPROTECT = str.maketrans("\x05\x06\x07", "(),")
_SUFFIX_AFTER_COMMA = lazy_compile(r"(?<=[^\W\d_]{2}),(\s*(?:Jr|Sr)\.?|\s*I{2,3}|\s*IV)(?=\s*(?:[,;&]|\band\b|$))")
"""``Anthony A. Smith, Jr.``, ``John Roe, III``: a generation suffix after a comma, the name's (its comma no
parting of names); a numeral only after a whole name (``Ivanov, II`` is a family name and its initials)."""


_SUFFIX_AFTER_INITIALS = lazy_compile(r"([^\W\d_][\w'’\-]+),(\s*[A-Z]\.(?:\s*-?\s*[A-Z]\.)*),\s*(Jr\.?|Sr\.?|I{2,3}|IV)"
                                    r"(?=\s*(?:[,;&]|\band\b|$))")
"""``Coleman, T. J., III``, ``Roe, A., Jr.`` (APA's order): a generation suffix after a family name's initials, written
as ``Coleman III, T. J.`` is (the suffix the family name's, the initials the given names')."""


def _suffix_kept(m: re.Match) -> str:
    if m.group(1).strip().startswith(("J", "S")):
        return "\x07" + m.group(1)
    before = m.string[:m.start()].rsplit(",", 1)[-1].strip()
    return "\x07" + m.group(1) if len(before.split()) >= 2 else m.group(0)


def generation_suffix(name: str) -> tuple[str, str] | None:
    """The name and the generation suffix that closes it after a comma (``T. K. Marsh, III``), None when there is
    none: a numeral only after a whole name that opens with an initial, as a phrase or a journal's series may end
    in one too (``Physical Review, II``), and a family name before its initials (``Ivanov, II``).

    >>> generation_suffix("Odo P. Venn, Jr."), generation_suffix("T. K. Marsh, III")
    (('Odo P. Venn', 'Jr.'), ('T. K. Marsh', 'III'))
    >>> generation_suffix("Physical Review, II"), generation_suffix("Ivanov, II")
    (None, None)
    >>> generation_suffix("John Smith, III")
    ('John Smith', 'III')
    """
    m = _SUFFIX_AFTER_COMMA.search(name) if "," in name else None
    if not m or m.end() < len(name.rstrip(".")) or _suffix_kept(m) == m.group(0):
        return None
    stem, suffix = name[: m.start()].strip(), name[m.start() + 1:].strip()
    if not suffix.startswith(("J", "S")) and not re.match(r"[A-Z]\.?\s", stem) \
            and not (len(stem.split()) >= 2 and known_given(stem.split()[0])):
        return None  # (a given name the table knows opens a whole name too: "John Smith, III", "Martin Luther King, III")
    return stem, suffix
_GROUP_ACRONYM = re.compile(r"\b(Team|Group|Consortium|Collaboration|Investigators|Initiative)\s*\(([A-Z][\w\-]{1,12})\)")
_INITIAL_STOP = re.compile(rf"(?:^|[\s.,-])[{NAME_CAPITALS}]\.$")
"""What split_authors cleans and reads off every author line (compiled once, as it runs on each entry)."""


_BRACED_ACCENT = re.compile(r"\{\\?(['`^\"~=])\s*([A-Za-z])\}")
"""A LaTeX accent in braces, its backslash kept or not (``{\\'a}``, ``{'a}``, ``{\\"o}``)."""


def braced_accents_read(text: str) -> str:
    """``Dud{\\'a}s, Eva`` as ``Dudás, Eva``: a LaTeX accent a page generated from BibTeX left in braces (its
    backslash often taken by the markdown as an escape) is the accented letter; a stray closing brace left from
    the export (``M. Roe}, and A. Lee``) is dropped."""
    if "{" in text:
        from .bibtex import ACCENTS

        return _BRACED_ACCENT.sub(lambda m: unicodedata.normalize("NFC", m.group(2) + ACCENTS[m.group(1)]), text)
    return text.replace("}", "") if "}" in text else text


_ROLE_REMARK = re.compile(r"\s*\(\s*(?:the\s+|as\s+)?(co-?first|(?:joint|shared|equal)[\s-]+first|equal(?:ly)?[\s-]+contribut\w*|"
                          r"(?:co-?)?corresponding)(?:[\s-]+(?:authors?|authorship|contributors?|contribution))?\s*\)", re.I)
"""A remark after a name that gives its role: "(co-first author)", "(equal contribution)", "(corresponding author)"."""


_SEMICOLON_LAST_JOIN = re.compile(r"\s+(?:&|and)\s+")


def _semicolon_inverted(text: str) -> str:
    """A list whose names semicolons part, written family name first ("Lima, Ana Beatriz ; Roe, Carla & Wu, Bo", as
    Brazil's Lattes CV and ABNT write them; "The Flora Group (FG); Lima, A.B.; Roe, C."): each "Family, Given"
    turned around ("Ana Beatriz Lima"), so that full given names (which the pairing of a comma list's halves
    cannot tell from family names) and a group's name among them read as the people they are. A part whose given
    half is neither initials nor given names, or that holds two commas, leaves the list as it is; so do parts of
    which only some hold a comma, unless those halves are initials ("Ann Lee, Bo Wu; Cy Kim" names three people).

    >>> _semicolon_inverted("The Flora Group (FG); Lima, A.B.; Roe, C.")
    'The Flora Group (FG); A.B. Lima; C. Roe'
    >>> _semicolon_inverted("Lima, Ana Beatriz ; ROE, Carla & Wu, Bo")
    'Ana Beatriz Lima; Carla ROE; Bo Wu'
    >>> _semicolon_inverted("Lima, Ana; Jayadeva; Roe, Carla")
    'Ana Lima; Jayadeva; Carla Roe'
    >>> _semicolon_inverted("Ann Lee, Bo Wu; Cy Kim"), _semicolon_inverted("Lee, A.*; Roe, B.")
    ('Ann Lee, Bo Wu; Cy Kim', 'Lee, A.*; Roe, B.')
    """
    parts = [q.strip() for p in text.split(";") for q in _SEMICOLON_LAST_JOIN.split(p) if q.strip()]
    with_comma = [p for p in parts if "," in p]
    if len(parts) < 2 or not with_comma:
        return text
    # (every part a name turned around, given names may be whole words; or a name of one word, a mononym such as
    # "Jayadeva", that has no halves to turn: "Lee, Ann; Jayadeva; Roe, Bo")
    full_names = all("," in p or len(p.split()) == 1 for p in parts) and len(with_comma) >= 2
    turned = []
    for part in parts:
        if "," not in part:
            turned.append(part)
            continue
        family, _, given = part.partition(",")
        family, given = family.strip(), given.strip()
        if "," in given or not family or not (initials_only(given) or full_names and given_like(given, particles=True)) \
                or not given_like(family, particles=True):
            return text
        turned.append(f"{given} {family}")
    return "; ".join(turned)


_SPACED_ELLIPSIS = re.compile(r"\s*,?\s*(?<![^\W\d_])\.\s\.\s\.\s*,?\s*")
"""APA's spaced ellipsis, with the commas around it if any (its first stop follows no letter: not an initial's)."""


def split_authors(text: str, legend: dict[str, str] | None = None) -> AuthorList:
    """Split an author line into authors in page order, reading marks and ``et al.``.

    Handles commas, ``and``, the Oxford comma, ``&``, semicolons, escaped markdown
    marks (``\\*``), trailing ``et al.``; parenthetical remarks after a name are
    returned apart, not kept in the name.

    >>> r = split_authors(r"Yikai Wang\\*, Yi Yang, Fuchun Sun and Anbang Yao\\#.", {"*": "mentee", "#": "corresponding"})
    >>> [(a.name, a.marks) for a in r.authors]
    [('Yikai Wang', ['mentee']), ('Yi Yang', []), ('Fuchun Sun', []), ('Anbang Yao', ['corresponding'])]
    """
    own_legend = legend is not None
    legend = legend if own_legend else DEFAULT_LEGEND
    # one hyphen in names: "Santiago\u2011Reyes" (a non-breaking hyphen) is "Santiago-Reyes"
    text = text.replace("\\", "").replace("\u00a0", " ").replace("\u2010", "-").replace("\u2011", "-").strip()
    # "Lee A\u2217, Roe B\u2217" in a data file's author field: the typeset asterisk is the "*" mark
    text = ASTERISK_VARIANTS.sub("*", text) if not text.isascii() or "&" in text else text
    # APA's ellipsis for names left out, typeset as spaced stops ("Wilson, R., . . . Chambers, J."), is "..." between
    # commas, whether the page wrote them or not ("Rade, T. . . . Lund, O.": not the initial's stop)
    text = _SPACED_ELLIPSIS.sub(", ..., ", text) if ". . ." in text else text
    # "Cosmin-Spanoche, A.., Correa-Jullian, C.": a doubled stop; "Roe, A. B,, C. Lee": the initial's stop typed as
    # a second comma
    text = _DOUBLED_STOP.sub(lambda m: "." if m.group() == ".." else ".,", text)
    text = braced_accents_read(text)
    # a group's acronym ("Widget Imaging Initiative (WII)") is its name's, no remark
    text = _GROUP_ACRONYM.sub("\\1 \x05\\2\x06", text) if "(" in text else text
    if "(" in text and _BRACKETED_MARK.search(text):
        # "Yin, J.(*), Lee, M.", "Roe (*), A.": a mark symbol the page writes in brackets is the mark itself
        text = _BRACKETED_MARK.sub(r"\1", text)
    if "Jr" in text or "Sr" in text or "II" in text or "IV" in text:  # (what it needs)
        text = _SUFFIX_AFTER_INITIALS.sub(lambda m: f"{m.group(1)} {m.group(3)},{m.group(2)}", text)
        text = _SUFFIX_AFTER_COMMA.sub(_suffix_kept, text)
    # "Bo Li (co-first author)", "A. Roe (corresponding author)": a role written in words after the name is its mark
    by_remark = "(" in text and _ROLE_REMARK.search(text) is not None
    if by_remark:
        # (a remark whose role no mark stands for stays a remark)
        text = _ROLE_REMARK.sub(lambda m: next((k for k, v in _REMARK_MARKS.items() if v == meaning_to_mark(m.group(1))),
                                               m.group(0)), text)
    # parenthetical remarks after a name; a year in parentheses (APA's "(2023)") is no remark
    if "<br" in text or "\n" in text:
        # "A#, B*<br># Co-first authors<br>* Co-corresponding authors": the lines that close the list are its own
        # legend, no one's name (the page's legend, if any, gives way to it)
        text, closing = _closing_legend(text)
        if closing:
            own_legend, legend = True, {**DEFAULT_LEGEND, **legend, **closing}
    remarks = [r.strip() for r in PAREN_INNER.findall(text) if not _YEARISH.fullmatch(r.strip())]
    if not own_legend and remarks and (written := read_legend(remarks[-1])):
        # "A*, B*, C, D* (*equal contribution)": the list's own legend says what its marks are
        own_legend, legend = True, {**DEFAULT_LEGEND, **written}
    if "(" in text:  # (the pattern opens with spaces: tried at every position of a line that has no bracket)
        text = PAREN_REMARK.sub("", text)
    # "Ann Lee, Bo Roe:" (the title on the next line): the colon that closes the list is none of its names'
    text = text.strip().removesuffix(":").rstrip()
    # a closing period, not an initial's ("Lind, K.") nor an ellipsis's (Google Scholar's "A, B, ...": names left out;
    # after a closing "and", "A, B, and C...", the list is whole: stray stops)
    if not (text.endswith(".") and _INITIAL_STOP.search(text)
            or text.endswith("...") and not re.search(r"(?:^|[\s,])(?:and|&)\s+[^,]*$", text)):
        text = text.rstrip(".").strip()
    truncated = False
    # (a match closes the text, which ends in no space here, with "al", "al.", "others", "..." or "…", and spans 35
    # characters at most)
    m = ET_AL.search(text, max(0, len(text) - 40)) if text[-1:] in ET_AL_LAST else None
    if m:
        truncated = True
        text = text[: m.start()].strip()
    low = text.lower()
    if ("al" in low and _ET_AL_WORDS.search(low) or "..." in text or "…" in text or "ncluding" in low) \
            and _MID_ET_AL.search(text):  # (what each holds: "et al", an ellipsis, "including"; "İ" is an "i" to re.I)
        # "A. Reinhart et al., E. Tuzhilina": names left out in the middle, the page's own name after them
        truncated = True
        text = _MID_ET_AL.sub(", ", text)
    pieces = text.split(" / ") if " / " in text and "," in text else []
    if pieces and all(p.count(",") == 1 for p in pieces):
        # "Lind, Karla / Okoro, Ben": names written family name first parted by slashes, as German lists write
        # them: the semicolons of such a list
        text = "; ".join(p.strip() for p in pieces)
    if ";" in text and "," in text:
        text = _semicolon_inverted(text)
    chunks = [c.strip() for c in split_list(text) if c.strip().strip(".").strip()]
    joined_at = last_joined_at(text)
    if any(". " in c for c in chunks):
        # "Martin R. Albrecht. Jean-Charles Faugère, Robert Fitzpatrick": a stop typed for the comma between two
        # names written given name first, each whole, more names after them (in the last piece, the words after
        # the stop may be the title's, run on: "A. Lee, Bo Roe. Deep Learning")
        split = [m.groups() if m else (c,) for k, c in enumerate(chunks)
                 for m in [_STOP_BETWEEN_NAMES.fullmatch(c) if k < len(chunks) - 1 else None]]
        if joined_at is not None:  # (kept in step: the pieces a stop adds before the joined name)
            joined_at += sum(len(ps) - 1 for ps in split[:joined_at])
        chunks = [p for ps in split for p in ps]
    if len(chunks) > 2 and any(left_out_note(c) for c in chunks[1:-1]):
        # "A, B, others, C, and D", "A, B, other 98 contributors, and C": names left out inside the list
        truncated = True
        if joined_at is not None:
            joined_at -= sum(left_out_note(c) for c in chunks[:joined_at])
        chunks = [c for c in chunks if not left_out_note(c)]
    if len(chunks) >= 2 and _EDITORS_CHUNK.fullmatch(chunks[-1]):
        # "A, B, C, editors": the word that says the names are a book's editors closes the list, no one's name
        chunks = chunks[:-1]
        if joined_at is not None and joined_at >= len(chunks):
            joined_at = None
    if len(chunks) >= 2 and left_out_note(chunks[-1]):
        # "A, B, plus 286 authors from the Clover Network", "A, B and 5 others": names left out at the end
        truncated = True
        chunks = chunks[:-1]
        if joined_at is not None and joined_at >= len(chunks):
            joined_at = None
    if len(chunks) >= 2 and any(initials_only(c) for c in chunks[1:]):
        chunks, joined_at = _drop_echoed_initials(chunks, joined_at)
    chunks, joined_at = _join_vancouver_commas(chunks, joined_at)
    # (a list written family name first reads its marks as one written given name first: its stars, "#" and "^"
    # by where they stand)
    inverted = inverted_authors(chunks, legend if own_legend else STAR_LEGEND, joined_at)
    authors = None if inverted is None else [
        Author(name=n, marks=m) for n, m in (inverted if own_legend else read_stars(inverted, lone=not by_remark))]
    after = ""
    at = joined_at if authors is None else None
    last = chunks[at].strip() if at is not None and at < len(chunks) - 1 else ""
    if last and len(last.split()) >= 2 and not initials_only(last) \
            and not (len(chunks) > at + 2 and all(_whole_name(c) for c in chunks[at + 1: at + 3])):
        # "A, B, and Zev Gartner, Nature Methods": the last "and" joins the list's last name, given name first;
        # what follows it is no one's (a family name alone after it may be the name's second half: "Lee, Ann and
        # Roe, Bo"); but two whole names after it go on with the list ("A & B, C, D": a mid-list "and"), and a
        # degree after it is the name's ("C, PhD")
        rest = ", ".join(chunks[at + 1:])
        after = "" if _DEGREES_AFTER.fullmatch(", " + rest) else rest
        chunks = chunks[: at + 1]
    if authors is None and (_chicago_head(chunks, joined_at) or len(chunks) >= 3 and len(chunks[0].split()) == 1
                            and not initials_only(chunks[0]) and _NAME_WORD.match(chunks[0]) and initials_only(chunks[1])
                            and len(chunks[2].split()) >= 2 and initials_only(chunks[2].split()[0])):
        # "Van Dijcke, David, Mark Polyak, and Austin L. Wright" (Chicago), "Kraus, S.D., M.W. Brown, C., Mayo":
        # only the first name is turned around (the second, given name first, says so)
        chunks = [f"{chunks[1]} {chunks[0]}", *chunks[2:]]
    if authors is None:
        named: list[tuple[str, list[str]]] = []
        chunks = join_split_initials(_split_vancouver_pairs(chunks))
        for chunk in chunks:
            name, marks = strip_marks(chunk.strip(".").strip(), legend if own_legend else STAR_LEGEND)
            if marks:
                name = name.rstrip(".").strip()  # "Lindqvist P.*": the dot before the mark, as without one
            if not name or not _WORD_CHAR.search(name):
                continue
            # "J. D.Reiss": the space after the last initial's stop left out
            named.append((_GLUED_INITIAL.sub(" ", name) if "." in name else name, marks))  # (its initials' stops)
        # (a role the page's own words give, "(co-first author)", is what they say: a lone one stays co-first)
        authors = [Author(name=name, marks=marks)
                   for name, marks in (named if own_legend else read_stars(named, lone=not by_remark))]
    for a in authors:
        if "\x05" in a.name or "\x07" in a.name:
            a.name = a.name.translate(_UNPROTECT)
    return AuthorList(authors=authors, truncated=truncated, remarks=[r for r in remarks if r], after=after)


_LINE_BREAK = re.compile(r"\s*(?:<br\s*/?>|\n)\s*", re.I)


def _closing_legend(text: str) -> tuple[str, dict[str, str]]:
    """An author list written over lines: its names on one line (the breaks read as spaces), and the legend its
    closing lines give, each a line that only says what a mark means: it opens with the mark (or a bracket), or
    is a passive legend whole ("Co-first authors are marked with #"). A line that opens with a name and closes
    with the legend ("Cy Doe, Di Wu (*equal contribution)") holds names: the legend in its brackets is read
    with the remarks.

    >>> _closing_legend("Ann Lee#, Bo Roe*<br>\\n# Co-first authors <br> * Corresponding author")
    ('Ann Lee#, Bo Roe*', {'#': 'equal_contribution', '*': 'corresponding'})
    >>> _closing_legend("Ann Lee,<br>Bo Roe<br>")
    ('Ann Lee, Bo Roe', {})
    >>> _closing_legend("Ann Lee*, Bo Roe*,<br>Cy Doe, Di Wu (*equal contribution)")
    ('Ann Lee*, Bo Roe*, Cy Doe, Di Wu (*equal contribution)', {})
    """
    lines = _LINE_BREAK.split(text)
    end = len(lines)
    while end > 1 and (not lines[end - 1].strip() or _legend_line(lines[end - 1])):
        end -= 1
    legend: dict[str, str] = {}
    for line in lines[end:]:
        legend.update(read_legend(line) or {})
    kept = [x for x in lines[:end] if x.strip()]
    # "Ann Lee\nBo Roe\nCy Doe": one whole name a line, no separator written, is a list of them
    return "".join(f"{', ' if k and _one_name_a_line(kept[k - 1], x) else ' ' if k else ''}{x}"
                   for k, x in enumerate(kept)).strip(), legend


def _one_name_a_line(above: str, line: str) -> bool:
    """Whether two lines of an author list are each one whole name (two words or more: not a name broken over
    lines), the line above ending in no separator."""
    from .page.scores import name_like

    names = [x.strip().rstrip(MARK_SYMBOLS + "¹²³⁴⁵⁶⁷⁸⁹⁰ ") for x in (above, line)]
    return not re.search(r"(?:[,;&]|\band)$", names[0]) and all(len(n.split()) >= 2 and name_like(n) for n in names)


_LEGEND_LINE_OPEN = lazy_compile(r"(?:\s|\\|<sup>)*(?:" + MARK_CLASS + r"|\()", re.I)


def _legend_line(line: str) -> bool:
    """A line under an author list that only says what its marks mean (see :func:`_closing_legend`); a long one
    too when it opens with the mark ("* These authors contributed equally to this work and share ...")."""
    if _LEGEND_LINE_OPEN.match(line):
        return len(line.split()) <= 30 and read_legend(line) is not None
    return len(line.split()) <= 16 and _LEGEND_PASSIVE.match(line.strip()) is not None and read_legend(line) is not None


_STOP_BETWEEN_NAMES = lazy_compile(
    rf"(?P<a>[{NAME_CAPITALS}][^\W\d_][\w'’-]*(?:\s+(?:[{NAME_CAPITALS}]\.\s?)+)?\s+[{NAME_CAPITALS}][^\W\d_]*[a-zß-ÿ][\w'’-]*)\.\s+"
    rf"(?P<b>[{NAME_CAPITALS}][^\W\d_][\w'’-]*(?:\s+(?:[{NAME_CAPITALS}]\.\s?)+)?\s+[{NAME_CAPITALS}][^\W\d_]*[a-zß-ÿ][\w'’-]*)")
"""Two names each written given name first (a middle initial or not), a stop between them where the list's comma
should be ("Martin R. Albrecht. Jean-Charles Faugère")."""


_GLUED_INITIAL = re.compile(r"(?<=(?<![\w.])[A-Z]\.\s[A-Z]\.)(?=[A-Z][a-z])")
"""Between an initial's stop and the family name written close to it in a name whose initials are spaced ("J.
D.Reiss": a slip; a name written close throughout, "K.Lin", is kept as written)."""
_STAR = "star"
_HASH, _CARET = "hash", "caret"
STAR_LEGEND = {**DEFAULT_LEGEND, "*": _STAR, "#": _HASH, "^": _CARET}
"""The default legend with the ``*`` left to read from where the stars stand (:func:`read_stars`), and the ``#`` and
``^`` from where they stand (:func:`_head_marks`)."""


def _head_marks(named: list[tuple[str, list[str]]]) -> tuple[list[tuple[str, list[str]]], bool]:
    """A ``#`` or ``^`` with no legend on the page: on a run of two or more authors heading the list ("A#, B#, C,
    D*", "Roe A^, Lee B^*") the co-first authors, as life-science and Chinese pages write them; a mark the common
    legend reads as equal contribution elsewhere in that list (the ``*``) then marks the corresponding authors, the
    list's equal contribution being the head's. Elsewhere a ``#`` marks the corresponding author (the common legend)
    and a ``^`` nothing known. Whether a head mark was read.

    >>> _head_marks([("A", ["hash"]), ("B", ["hash"]), ("C", []), ("D", ["star"])])
    ([('A', ['equal_contribution']), ('B', ['equal_contribution']), ('C', []), ('D', ['corresponding'])], True)
    >>> _head_marks([("A", ["star"]), ("B", ["star"]), ("C", ["hash"])])
    ([('A', ['star']), ('B', ['star']), ('C', ['corresponding'])], False)
    """
    head = None
    for sym in (_HASH, _CARET):
        at = [k for k, (_n, marks) in enumerate(named) if sym in marks]
        if len(at) >= 2 and at == list(range(len(at))):
            head = sym
            break
    if head is None and not any(_HASH in marks or _CARET in marks for _n, marks in named):
        return named, False
    out = []
    for n, marks in named:
        new: list[str] = []
        for m in marks:
            if m == head:
                m = "equal_contribution"
            elif m == _HASH:
                m = "corresponding"
            elif m == _CARET:
                continue
            elif head and m in (_STAR, "equal_contribution"):
                m = "corresponding"
            if m not in new:
                new.append(m)
        out.append((n, new))
    return out, head is not None


def read_stars(named: list[tuple[str, list[str]]], lone: bool = True) -> list[tuple[str, list[str]]]:
    """A ``*`` with no legend on the page: on the list's last author and not its first (or on a sole author) it
    marks the corresponding authors ("A, B, C*, D*"); on a run of authors at the head of the list ("A*, B*, C")
    the first authors who contributed equally. Equal contribution takes two or more people side by side, so a
    star on one author after the first ("A, B*, C, D"), or on authors apart ("A, B*, C, D*, E"), marks the
    corresponding authors; so does any mark the common legend reads as equal contribution (a ``*``, ``†``) on
    one author alone of several ("A*, B, C"), as ACS and most journals write the corresponding author (unless
    ``lone`` is false: the page's own words named the mark).

    >>> read_stars([("A", ["star"]), ("B", [])]), read_stars([("A", ["equal_contribution"]), ("B", [])])
    ([('A', ['corresponding']), ('B', [])], [('A', ['corresponding']), ('B', [])])
    """
    if not any(marks for _n, marks in named):
        return named  # (most lists: no mark to read, nothing that follows changes an unmarked list)
    named, head = _head_marks(named)
    if head:
        return named
    starred = [k for k, (_n, marks) in enumerate(named) if _STAR in marks]
    if not starred:
        return _lone_equal(named) if lone else named
    if starred[-1] == len(named) - 1 and (len(named) == 1 or starred[0] > 0):
        kind = "corresponding"
    elif len(starred) == 1:
        kind = "corresponding" if starred[0] > 0 else "equal_contribution"
    elif starred == list(range(starred[0], starred[0] + len(starred))) and starred[0] == 0:
        kind = "equal_contribution"
    else:
        kind = "corresponding"
    named = [(n, list(dict.fromkeys(kind if m == _STAR else m for m in marks))) for n, marks in named]
    return _lone_equal(named) if lone else named


def _lone_equal(named: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    # (a sole author too: "**Zhang, L.***" alone shares the work with no one, as a sole "L. Zhang*" reads)
    equal = [k for k, (_n, marks) in enumerate(named) if "equal_contribution" in marks]
    if len(equal) != 1:
        return named
    k = equal[0]
    marks = list(dict.fromkeys("corresponding" if m == "equal_contribution" else m for m in named[k][1]))
    return [*named[:k], (named[k][0], marks), *named[k + 1:]]


def marked_names(names: list[str], legend: dict[str, str] | None = None) -> list[tuple[str, list[str]]]:
    """The names of an author list a record keeps as a list, each without the marks written after it and with
    what those mean: the ``legend`` the page gives, else the common one, a ``*`` read from where the stars
    stand (:func:`read_stars`).

    >>> marked_names(["Ann Lee*", "Bo Roe*", "Cy Kim"])
    [('Ann Lee', ['equal_contribution']), ('Bo Roe', ['equal_contribution']), ('Cy Kim', [])]
    """
    named = [strip_marks(n, {**DEFAULT_LEGEND, **legend} if legend else STAR_LEGEND) for n in names]
    return read_stars([(n.rstrip(" ,").strip(), m) for n, m in named]) if not legend else named


_VANCOUVER_NAME = re.compile(rf"[^\W\d_][\w'’\-]+\s+[{NAME_CAPITALS}]{{1,3}}")
"""A name written family name first, then its initials run together (``Brandt WR``)."""
_BARE_INITIALS = re.compile(rf"[{NAME_CAPITALS}]{{1,3}}")
"""A name's initials run together with no stops (``WR``), as Vancouver writes them after the family name."""


_VANCOUVER_PAIR = lazy_compile(rf"(?P<a>{_VANCOUVER_NAME.pattern})\.\s+(?P<b>{_VANCOUVER_NAME.pattern})\.?")
"""Two such names a stop parts instead of a comma (``Oda S. Brandt WR``)."""


def _whole_name(chunk: str) -> bool:
    """A name written whole, given name first: two to four capitalised words, none an initial (``Dana Wu``)."""
    words = chunk.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) and not w.endswith(".") for w in words)


_STRIPPED_MARK = lazy_compile("[" + re.escape(MARK_SYMBOLS) + "¹²³⁴⁵⁶⁷⁸⁹⁰]")
"""A character :func:`strip_marks` takes off a name's ends (a mark symbol, a superscript digit; "✉️" opens with one)."""


def _unmarked(chunk: str) -> str:
    """A chunk of an author list without its marks, as :func:`strip_marks` leaves it; a chunk holding no character it
    takes off (most names) is only stripped of its spaces, without a step through its ends.

    >>> _unmarked(" Oda S*† "), _unmarked(" Oda S ")
    ('Oda S', 'Oda S')
    """
    return strip_marks(chunk, {})[0] if _STRIPPED_MARK.search(chunk) else chunk.strip()


def _join_vancouver_commas(chunks: list[str], joined_at: int | None) -> tuple[list[str], int | None]:
    """``Lind L, Oda, S, Brandt, WR, Moe K``: in a list written family name then initials run together, a name
    written with a comma between its family name and its initials is one author, written the list's way; the
    marks after the initials (``Oda, S*``) are the name's, kept after it. A list of fewer than four chunks, or with no
    initials standing alone after its first, is as it was. (Each chunk's marks are taken off once.)

    >>> _join_vancouver_commas(["Dow AS", "Lind L", "Oda", "S", "Brandt", "WR", "Moe K"], None)
    (['Dow AS', 'Lind L', 'Oda S', 'Brandt WR', 'Moe K'], None)
    >>> _join_vancouver_commas(["Oda", "S*", "Lind L*", "Brandt WR", "Moe K"], None)
    (['Oda S*', 'Lind L*', 'Brandt WR', 'Moe K'], None)
    """
    if len(chunks) < 4 or not any(_BARE_INITIALS.fullmatch(_unmarked(c)) for c in chunks[1:]):
        return chunks, joined_at
    unmarked = [_unmarked(c) for c in chunks]
    if sum(bool(_VANCOUVER_NAME.fullmatch(u.strip(". "))) for u in unmarked) < 2:
        return chunks, joined_at
    out: list[str] = []
    for k, c in enumerate(chunks):
        if out and _BARE_INITIALS.fullmatch(unmarked[k]) and len(out[-1].split()) == 1 \
                and not initials_only(out[-1]) and _NAME_WORD.match(out[-1].strip()):
            out[-1] = f"{out[-1].strip()} {c.strip()}"
            if joined_at is not None and k < joined_at:
                joined_at -= 1
        else:
            out.append(c)
    return out, joined_at


def _split_vancouver_pairs(chunks: list[str]) -> list[str]:
    """``Lind L, Oda S. Brandt WR``: in a list of family-name-and-initials names, two names a stop
    separates instead of a comma are two authors.

    >>> _split_vancouver_pairs(["Dow AS", "Lind L", "Oda S. Brandt WR"])
    ['Dow AS', 'Lind L', 'Oda S', 'Brandt WR']
    """
    if len(chunks) < 3 or not any(". " in c for c in chunks):
        return chunks
    misses = 0  # (all chunks but one must be such names: they are read until a second one is not)
    for c in chunks:
        if not _VANCOUVER_NAME.fullmatch(c.strip(". ")):
            misses += 1
            if misses == 2:
                return chunks
    out: list[str] = []
    for c in chunks:
        pair = _VANCOUVER_PAIR.fullmatch(c.strip())
        out += [pair.group("a"), pair.group("b")] if pair else [c]
    return out


def _drop_echoed_initials(chunks: list[str], joined_at: int | None) -> tuple[list[str], int | None]:
    """``Thomas W. Roe, T. W., J. D. Lind``: a name written in full, then its own given names' initials as the
    next piece (the page's template added them): the initials repeat the name, no name of their own (read with it,
    the list looked family name first: "T. W. Thomas W. Roe").

    >>> _drop_echoed_initials(["Thomas W. Roe", "T. W.", "J. D. Lind"], None)
    (['Thomas W. Roe', 'J. D. Lind'], None)
    >>> _drop_echoed_initials(["Roe", "T. W.", "J. D. Lind"], None)[0]
    ['Roe', 'T. W.', 'J. D. Lind']
    >>> _drop_echoed_initials(["Okoro", "J.", "Del Vell", "D.", "Piza", "L."], None)[0]
    ['Okoro', 'J.', 'Del Vell', 'D.', 'Piza', 'L.']
    >>> _drop_echoed_initials(["Okoro", "J.", "Abel Sabo", "A.", "Piza", "L."], None)[0]
    ['Okoro', 'J.', 'Abel Sabo', 'A.', 'Piza', 'L.']
    """
    out: list[str] = []
    for k, c in enumerate(chunks):
        words = out[-1].split() if out else []
        initials = NAME_CAPITAL.findall(c) if initials_only(c) else []
        if initials and len(words) >= 2 and _NAME_WORD.match(words[-1]) and not initials_only(words[0]) \
                and [w[0] for w in words[:-1]] == initials \
                and not all(w.lower() in NAME_PARTICLES for w in words[:-1]) \
                and not (len(out) >= 2 and initials_only(out[-2].strip())):
            # ("Del Castillo, D.": a family name's particle; "Hou, X., Ahlberg Tidblad, A.": after another name's
            # initials the two words are a compound family name of a list written family name first, its initial
            # the given name's)
            if joined_at is not None and k < joined_at:
                joined_at -= 1
            continue
        out.append(c)
    return out, joined_at


def join_split_initials(chunks: list[str]) -> list[str]:
    """``A. Sykes, C.G, Windsor, O. Asunta``: a comma typed inside a given-first name leaves its dotted
    initials standing alone before a one-word family name; the two are one author.

    >>> join_split_initials(["A. Sykes", "C.G", "Windsor", "O. Asunta"])
    ['A. Sykes', 'C.G Windsor', 'O. Asunta']
    >>> join_split_initials(["J. F. Wu", "W. Q.", "Chen*", "Xun Huang"])
    ['J. F. Wu', 'W. Q. Chen*', 'Xun Huang']
    """
    out: list[str] = []
    k = 0
    while k < len(chunks):
        here = chunks[k].strip()
        # the next chunk is looked at only after dotted initials (most chunks are whole names)
        after = chunks[k + 1].strip().rstrip(".") if k + 1 < len(chunks) and "." in here and initials_only(here) else ""
        # ("W. Q., Chen*": the family name with its mark)
        if after and len(after.split()) == 1 and not initials_only(after) and _NAME_WORD.match(
                re.sub(MARK_CLASS + "+$", "", after)):
            out.append(f"{here} {after}")
            k += 2
            continue
        out.append(chunks[k])
        k += 1
    return out


def _chicago_head(chunks: list[str], joined_at: int | None = None) -> bool:
    """A Chicago-style list: ``family, given`` first (the given name a word, maybe with its initials:
    ``Brown, Patrick T.``, or two given names: ``Hatzel, Hans Ole``, where the list's "and" (``joined_at``) opens
    its last piece), then every other author written given name first (two words or more each)."""
    if len(chunks) < 3:
        return False
    family, given = chunks[0].split(), chunks[1].split()
    # (a family name alone is no one's whole name: two given names after it are its own, "Garcia, Juan Carlos";
    # but in a list of pairs with no "and" before its last piece the next pair's two-word family name would pass
    # for a whole name: "Garcia, Juan Carlos, Perez Lopez, Ana Maria")
    return ((_given_names(chunks[1]) or joined_at == len(chunks) - 1 and len(given) == 2 and len(family) == 1
             and not any(map(initials_only, given)) and all(_NAME_WORD.match(w) for w in given))
            and (len(family) == 1 or (len(family) == 2 and family[0].lower() in NAME_PARTICLES))
            and all(_NAME_WORD.match(w) for w in family if w.lower() not in NAME_PARTICLES)
            and all(len(c.split()) >= 2 for c in chunks[2:]))


def _given_names(piece: str) -> bool:
    """A given name written out, maybe with initials after it (``Patrick T.``, ``Michela``): the piece after the
    comma of a name written family name first in a Chicago-style list."""
    given = piece.split()
    return (1 <= len(given) <= 3 and not initials_only(given[0]) and _NAME_WORD.match(given[0]) is not None
            and all(initials_only(w) for w in given[1:]))


INITIALS_ONLY = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][a-z]?\.-?|[A-ZÀ-ÖØ-Þ]-?)(?:[A-ZÀ-ÖØ-Þ][a-z]?\.-?|[a-z]\.(?=[A-ZÀ-ÖØ-Þ])|[A-ZÀ-ÖØ-Þ]-?){0,3}")
"""(``M.d.C.``: a particle's lower-case initial between capital ones, as Portuguese names write "da", is one of them)"""
_NAME_WORD = lazy_compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-‐‑]*\.?|[A-Z]\.|(?:[A-ZÀ-ÖØ-Þ]\.-?){2,4})$")  # "M.W." too  # U+2010/2011 hyphens: "Martinez‐Yáñez"
_FAMILY_INITIALS = re.compile(r"^(\S.*?)\s+((?:[A-ZÀ-ÖØ-Þ](?:\.\s?-?|-(?=[A-ZÀ-ÖØ-Þ]))){1,3})$")
"""``Wang J.``, ``Amaechi B-O.O.``: a family name, then the initials (a hyphenated given name's joined by its hyphen)."""
_FAMILY_INITIALS_LAST = lazy_compile(r"^(\S.*?)\s+((?:[A-ZÀ-ÖØ-Þ]\.\s?-?){0,2}[A-ZÀ-ÖØ-Þ])$")
"""``Lind K.T``: the list's last name, family name and initials, the last initial's stop taken by the list's end."""
_INITIALS_NEXT_FAMILY = lazy_compile(r"^((?:[A-ZÀ-ÖØ-Þ]\.\s?-?){1,3})\s+([A-ZÀ-ÖØ-Þ][^\s.]+(?:[\s-][A-ZÀ-ÖØ-Þ][^\s.]+)?)$")
"""``V. Lind``: one author's initials and the next author's family name, the comma between them forgotten."""
_INITIALS_NEXT_AUTHOR = re.compile(r"^((?:[A-ZÀ-ÖØ-Þ]\.\s?-?){1,3})\s+([A-ZÀ-ÖØ-Þ][^\s.,]+)\s+((?:[A-ZÀ-ÖØ-Þ]\.\s?-?){1,3})$")
"""``M. Lind K.T.``: one author's initials, then the next author whole (family name, initials), no comma between."""


@lru_cache(maxsize=1 << 14)
def initials_only(piece: str) -> bool:
    """Whether a piece of a name is only initials (``"J. -H."``, ``"AB"``); memoised, as the author splitter and
    scorer ask it of the same pieces entry after entry."""
    return bool(INITIALS_ONLY.fullmatch(piece.replace(" ", "")))


def given_like(piece: str, particles: bool = False) -> bool:
    """Whether a piece of a name can be its given names (``Ida``, ``Marc Wilhelm``; not ``G.A.Hill``)."""
    words = piece.split()
    return 1 <= len(words) <= 4 and not re.search(r"\d", piece) and all(
        _NAME_WORD.match(w) or (particles and w in NAME_PARTICLES) for w in words) and not all(
        w in NAME_PARTICLES for w in words)


_LAST_JOIN = lazy_compile(rf"(?:\s+and\s+|\s*&\s*|\s+{_OTHER_AND_SPLIT})(?!.*(?:\s+and\s+|&|\s{_OTHER_AND_SPLIT}))", re.I)


def last_joined_at(text: str) -> int | None:
    """Which chunk of an author list comes after its last "and" or "&" (None without one): a family name and its
    given name are never split by one.

    >>> last_joined_at("Sadeghi, Gil, Morel & Ferro"), last_joined_at("Ann Lee, Bo Li")
    (3, None)
    """
    joined = _LAST_JOIN.search(text) if "&" in text or _AND_WORD.search(text) else None
    return len([c for c in _AND_SPLIT.split(text[: joined.start()]) if c.strip().strip(".").strip()]) \
        if joined else None


def family_given_pairs(pieces: Sequence[str], joined_at: int | None = None) -> bool:
    """Whether the pieces of a list cut at every comma can take turns family name, given names: mostly one word
    each, in pairs, the first a family name, no "and" (at ``joined_at``, :func:`last_joined_at`) inside a pair
    (``Fenn, Ida``, ``Kuster, Marc Wilhelm``, ``Erlandson, Brody, Wilson, Ander``; not ``Sadeghi, Gil, Morel
    & Ferro``, four people); the author splitter and the scorer's quick names pair them alike.

    >>> family_given_pairs(["Fenn", "Ida"]), family_given_pairs(["Ann Lee", "Bo Li"])
    (True, False)
    >>> family_given_pairs(["Vela Ruiz", "Ida", "Fenn", "Marc Wilhelm"])
    True
    >>> family_given_pairs(["Fenn", "Ida", "Bo K. Lee", "Cy Dee"])
    False
    >>> family_given_pairs(["Ann Lee", "Kim", "Bo Roe", "Li"])
    False
    """
    singles = sum(1 for b in pieces if len(b.split()) == 1 and not initials_only(b))
    first = pieces[0].split() if pieces else []
    # ("Silz Carson, Katherine, Adams, Hiuko": a two-word family name first, a given name alone after it, more pairs
    # after them, each family name after it one word -- "Ann Lee, Kim, Bo Roe, Li" or "Deep Nets, Nature, Graph
    # Nets, Science" are whole names or titles, no pairs; "Hagen, Edward, Zachary H. Garfield, Aaron D. Lightner":
    # a family name's place never holds an initial between words, a name written given name first does)
    return len(pieces) % 2 == 0 and singles * 2 >= len(pieces) and (
        len(first) == 1 or len(first) == 2 and len(pieces) >= 4 and len(pieces[1].split()) == 1
        and all(_NAME_WORD.match(w) and not initials_only(w) for w in (*first, pieces[1]))
        and all(len(b.split()) == 1 for b in pieces[2::2])) \
        and not initials_only(pieces[0]) and not (joined_at is not None and joined_at % 2 == 1) \
        and not any(initials_only(w) for b in pieces[::2] for w in b.split()[:-1])


_LOWER_INITIAL = re.compile(r"[a-z]\.")


_ELIDED_PARTICLE = re.compile(r"(?:[dD]|[lL])['’][A-ZÀ-Ö][\w'’\-]+")
"""A family name's part opened by an elided particle ("d’Alpoim", "d'Arcy", "l’Estrange"), written after the
initials in a list sorted by family name."""


def inverted_authors(chunks: list[str], legend: dict[str, str], joined_at: int | None = None,
                      lone_family: bool = True) -> list[tuple[str, list[str]]] | None:
    """Authors (each name and marks) of a list written family name first, or None when it is not one: ``Cabrera, L., Ardid, A.
    & Delgado, F.`` (APA), ``Brzezinski, Adam and Kecht, Valentin`` (BibTeX), ``Erlandson, Brody, Wilson,
    Ander`` (jekyll-scholar), ``Pritchard M.`` within such a list. A plain ``Ann Lee, Bo Li`` is left alone:
    the list must have initials standing alone after a name, or mostly one-word pieces in pairs.
    ``lone_family=False`` (scores' stricter reading of a list some of whose names are written family name first)
    gives up on a list where any one-word name has no initials after it: no pairs of whole words, no family name
    without its initials, no given name in full after the first family name.

    >>> [n for n, _m in inverted_authors(["Cabrera", "L.", "Báez", "J.C.", "Pritchard M.", "Delgado", "F."], {})]
    ['L. Cabrera', 'J.C. Báez', 'M. Pritchard', 'F. Delgado']
    >>> [n for n, _m in inverted_authors(["Wang", "S.", "Mazancourt", "C. de", "Ruijven", "J. van"], {})]
    ['S. Wang', 'C. de Mazancourt', 'J. van Ruijven']
    >>> [n for n, _m in inverted_authors(["Erlandson", "Brody", "Wilson", "Ander", "Koslovsky", "Matthew D"], {})]
    ['Brody Erlandson', 'Ander Wilson', 'Matthew D Koslovsky']
    >>> inverted_authors(["Ann Lee", "Bo Li"], {}) is None
    True
    """
    if len(chunks) < 2:
        return None
    cores = [strip_marks(c, legend) for c in chunks]
    bare = [c[0].strip() for c in cores]
    # (a list that opens with a name written initials first, "D. Lund, A. Kahn, NB", is no APA list)
    # ("Fujiwara, M. Mohr M.S.": an initial and the next author whole, their comma forgotten, counts as initials)
    run_on = [bool("." in b and _INITIALS_NEXT_AUTHOR.match(b)) for b in bare]  # (its initials have their stops)
    apa = any(initials_only(b) or on for b, on in zip(bare[1:], run_on[1:])) and not initials_only(bare[0]) \
        and not re.match(r"[A-Z]\.\s*[A-Z]", bare[0])
    lone = [b for b in bare if initials_only(b)]
    if apa and len(lone) == 1 and "." in lone[0] and not any(run_on) and len(bare) >= 3 and all(
            len(b.split()) >= 2 and not any(initials_only(w) for w in b.split()) for b in bare if b is not lone[0]) \
            and not (bare[1] is lone[0] and any(w.lower() in NAME_PARTICLES for w in bare[0].split())):
        # "Sergiy Bogomolov, M. F., Goran Frehse": one short form of initials alone among names written given name
        # first in full (the owner, so abbreviated on their own page) is an author of its own, no given names of
        # the name before it; but a first name with a particle is a family name, its initials after it (MLA writes
        # the first author so: "Van Dyke, J. D., Bo Roe, and Cy Park", "de la Cruz, M., Ann Lee")
        return None
    # ("Sworder*, Kurtz*, Alig* et al.": a mark closes a name, so family names each with one are whole names, no
    # halves of pairs)
    pairs = lone_family and family_given_pairs(bare, joined_at) and not all(marks for _n, marks in cores)
    if not (apa or pairs):
        return None
    out: list[tuple[str, list[str]]] = []
    pending: tuple[str, list[str]] | None = None
    dotted = any("." in b for b in bare if initials_only(b)) or any(run_on)
    for k, (name, marks) in enumerate(cores):
        name = name.strip().rstrip(",")
        if not name:
            continue
        glued = _INITIALS_NEXT_FAMILY.match(name) if pending is not None and apa and dotted else None
        whole = _INITIALS_NEXT_AUTHOR.match(name) if pending is not None and dotted and not glued else None
        if whole:
            # "Fujiwara, M. Mohr M.S.": the comma after "M." forgotten, the chunk holds the initial and the next
            # author whole, family name and initials
            family, fmarks = pending
            out.append((f"{whole.group(1).strip()} {family.strip('.')}", fmarks))
            out.append((f"{whole.group(3)} {whole.group(2)}", marks))
            pending = None
            continue
        if glued and k + 1 < len(bare) and (initials_only(bare[k + 1]) or _INITIALS_NEXT_FAMILY.match(bare[k + 1])) \
                and given_like(glued.group(2), particles=True):
            # "Audigier, V. Lind, F., Roe, J.": the comma after "V." forgotten, one chunk holds an initial and the
            # next family name
            family, fmarks = pending
            out.append((f"{glued.group(1).strip()} {family.strip('.')}", fmarks))
            pending = (glued.group(2), marks)
            continue
        words = name.split()
        if pending is not None and apa and len(words) >= 2 and initials_only(words[0]) \
                and all(w in NAME_PARTICLES or _ELIDED_PARTICLE.fullmatch(w) for w in words[1:]):
            # "Mazancourt, C. de", "Ruijven, J. van": the particles of the family name written after the initials
            # (the family name sorted without them): one author, the particles back before the family name (or
            # the part of it a particle elided into opens: "Guedes, J. d’Alpoim" is J. d’Alpoim Guedes)
            family, fmarks = pending
            out.append((f"{' '.join(words)} {family.strip('.')}", list(dict.fromkeys(fmarks + marks))))
            pending = None
            continue
        if pending is not None and (initials_only(name) or (pairs and given_like(name))
                                    or apa and _LOWER_INITIAL.fullmatch(name)):
            # ("Juneau, j.; Duret, G.": an initial typed in lower case, in a list of initials, is one)
            family, fmarks = pending
            if dotted and initials_only(name) and not name.endswith(".") and (len(name) == 1 or "." in name):
                name += "."  # the list's closing period took the last initial's dot ("DR", no stops, had none)
            out.append((f"{name} {family.strip('.')}", list(dict.fromkeys(fmarks + marks))))
            pending = None
            continue
        words = name.split()
        if pending is not None and " " not in pending[0].strip() and len(words) == 2 and initials_only(words[0]) \
                and "." not in words[0] \
                and given_like(words[1]):
            # "Quist, RS Barlow, DR": the comma between two names left out; the undotted initials close the
            # pending name, the word after them opens the next
            family, fmarks = pending
            out.append((f"{words[0]} {family.strip('.')}", fmarks))
            pending = (words[1], marks)
            continue
        if pending is not None and apa and lone_family and _given_names(name) and (
                k == 1 or dotted and len(name.split()) >= 2 and name.endswith(".")):
            # "Biasutti, Michela, Hill, SA, and Aiko Voigt": the first name written family name first with its given
            # name in full (Chicago), the others each their own way (family name and initials, or given name first)
            # ("Roe, C.D., Blanco, Cristian F., Lee, H.": further on, a given name with a dotted initial after it, in a
            # list of dotted initials, is the given names of the family name before it; a name written given name
            # first never ends with an initial)
            family, fmarks = pending
            out.append((f"{name} {family.strip('.')}", list(dict.fromkeys(fmarks + marks))))
            pending = None
            continue
        if pending is not None and apa and lone_family and " " not in pending[0].strip() and " " not in name \
                and _NAME_WORD.match(name) and not initials_only(name) and k + 1 < len(bare) and initials_only(bare[k + 1]):
            # "Speakman, CN, McHuron, & Arnould, JPY": a family name the page wrote without its initials, inside the
            # list (the next name has its own): one author, written as it is
            out.append((pending[0].strip(), pending[1]))
            pending = (name, marks)
            continue
        if pending is not None:
            return None
        if pending is None and k == len(cores) - 1 and out and re.fullmatch(GROUP_AUTHOR, name.translate(_UNPROTECT)):
            out.append((name, marks))  # "..., Lee, A., and Widget Imaging Initiative (WII)"
            continue
        m = _FAMILY_INITIALS.match(name)
        if apa and m and len(m.group(1).split()) <= 3:
            out.append((f"{m.group(2).strip()} {m.group(1)}", marks))
            continue
        m = _FAMILY_INITIALS_LAST.match(name) if apa and dotted and k == len(cores) - 1 and out else None
        if m and len(m.group(1).split()) <= 3 and given_like(m.group(1), particles=True):
            # "Nam, O., Lind K.T" (the list cut where its closing stop stood): the last name written family name
            # first without its comma, like "Pritchard M." before it, its last initial's stop gone with the list's
            out.append((f"{m.group(2).strip()}. {m.group(1)}", marks))
            continue
        if not lone_family and len(name.split()) >= 2 and not given_like(name.strip("."), particles=True):
            out.append((name, marks))  # (kept as the page wrote it, as a stricter reader keeps whatever is no pair)
            continue
        if not given_like(name.strip("."), particles=True):
            return None
        following = bare[k + 1] if k + 1 < len(bare) else None
        if following and initials_only(following) and "." not in following and len(following) >= 2 and len(
                name.split()) >= 2 and not any(initials_only(w) or w.lower() in NAME_PARTICLES for w in name.split()):
            # "Rafe Tull, LO, Marta Ives": a full name, then a page's short form of its owner ("LO", bold);
            # undotted capitals after a given-first name are no initials of that name
            return None
        if apa and len(name.split()) >= 2 and not (following and initials_only(following)) and not (
                pairs and following and len(following.split()) == 1 and given_like(following)
                and not any(initials_only(w) for w in name.split())):
            # (but "Arbuckle, J, Wright Morton, Lois": in a list of pairs, two words before a given name alone are a
            # family name)
            out.append((name, marks))  # "F. V. Davenport" written given name first in the list
            continue
        pending = (name, marks)
    if pending is not None and apa and lone_family and dotted and len(out) >= 2 and " " not in pending[0].strip() \
            and _NAME_WORD.match(pending[0].strip()) and not initials_only(pending[0].strip()):
        # "Pillar, V.D., Price, N., Wagner, V., Chytrý": the last family name written without its initials (the
        # page left them out), one author more, written as it is
        out.append((pending[0].strip(), pending[1]))
        pending = None
    if pending is not None or not out:
        return None
    return out


def strip_marks(chunk: str, legend: dict[str, str]) -> tuple[str, list[str]]:
    """``"Dawei Sun*+"`` -> (``"Dawei Sun"``, marks from the legend)."""
    marks: list[str] = []
    chunk = chunk.strip()
    # superscript digits and symbols on either side of the name
    while chunk and (chunk[-1] in MARK_SYMBOLS or chunk[-1] in "¹²³⁴⁵⁶⁷⁸⁹⁰" or chunk.endswith("✉️")):
        symbol = "✉️" if chunk.endswith("✉️") else chunk[-1]
        chunk = chunk[: -len(symbol)].rstrip()
        mark = legend.get(symbol) or legend.get(symbol.rstrip("\ufe0f")) or _REMARK_MARKS.get(symbol)
        if mark and mark not in marks:
            marks.append(mark)
    while chunk and chunk[0] in MARK_SYMBOLS:
        mark = legend.get(chunk[0]) or _REMARK_MARKS.get(chunk[0])
        chunk = chunk[1:].lstrip()
        if mark and mark not in marks:
            marks.append(mark)
    return chunk.strip(), marks


def glued_name(name: str) -> bool:
    """A name written without the space between its words, the capitals keeping them apart ("ZhiweiXu",
    "JingdongWang"): one word, a capital after a lower-case letter inside it."""
    return " " not in name.strip() and bool(re.search(r"[^\W\d_][A-Z]", name))


def mark_owner(
    authors: list[Author],
    owner: str,
    alternate_names: Sequence[str] = (),
    *,
    same: Callable[[str, str], bool] = same_name,
) -> int | None:
    """Set ``is_self`` on the author who is the owner; returns their 0-based position.

    ``same`` compares two names (an importer may pass a memoised :func:`same_name`).

    >>> authors = [Author(name="Chao Li"), Author(name="A. Yao")]
    >>> mark_owner(authors, "Anbang Yao"), [a.is_self for a in authors]
    (1, [False, True])
    >>> mark_owner([Author(name="Qi Tian"), Author(name="AnbangYao")], "Anbang Yao")
    1
    """
    names = [owner, *alternate_names]
    for i, author in enumerate(authors):
        if any(same(author.name, n) for n in names):
            author.is_self = True
            return i
    # the owner on their own page, written with or without middle names ("Naim U Rashid", "NU Rashid",
    # "Niven Achenjang" for "Niven T. Achenjang"): looser than same_name, which joins people across pages
    for i, author in enumerate(authors):
        if any(owner_variant(author.name, n) for n in names):
            author.is_self = True
            return i
    for i, author in enumerate(authors):
        # "JingdongWang": the owner's name with the space between its words lost (the capitals keep them apart)
        if glued_name(author.name) and any(
                len(n.split()) >= 2 and fold(author.name) == fold("".join(n.split())) for n in names):
            author.is_self = True
            return i
        # "ZhiweiXu" for the owner (a site's config writing the name without its space), "Zhiwei Xu" in the list
        if len(author.name.split()) >= 2 and any(glued_name(n) and fold(n) == fold("".join(author.name.split()))
                                                 for n in names):
            author.is_self = True
            return i
    single = sum(len(a.name.split()) == 1 for a in authors)
    if authors and (single == len(authors) or len(authors) >= 3 and single == len(authors) - 1 and not any(
            initials_only(w) for a in authors for w in a.name.split())):
        # "Okafor, Ferro & Lindqvist": a list of family names only; the owner's is theirs (one of them may be a
        # family name of two words, "Okafor, Chandra Das, Ferro", no initials)
        families = {fold(p[1]) for n in names if (p := name_parts(n))}
        for i, author in enumerate(authors):
            if fold(author.name.strip(".,")) in families:
                author.is_self = True
                return i
    for i, author in enumerate(authors):
        # "Xieyuanli Chen Ignacio Vizzo": the owner's full name and the next author's with the comma between them
        # left out; two authors
        words = author.name.split()
        for n in names:
            own = n.split()
            rest = words[len(own):] if len(own) >= 2 and [fold(w) for w in words[:len(own)]] == [fold(w) for w in own] \
                else None
            if rest and 2 <= len(rest) <= 3 and all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+", w) for w in rest):
                # (without the mark and stop typed after it: "Bo Wu*. Cy Kim")
                written = strip_marks(" ".join(words[:len(own)]).rstrip(".,;:"), {})[0]
                authors[i:i + 1] = [author.model_copy(update={"name": written, "marks": [], "is_self": True}),
                                    author.model_copy(update={"name": " ".join(rest)})]
                return i
    return None


def unpaired_families(authors: list[Author], owner_names: Sequence[str]) -> list[Author] | None:
    """The authors of a list of family names only that was read two a comma apart as one name written family name
    first ("Brandt, Ferro" as "Ferro Brandt"), each family name alone in the order written; None when the list
    is not such: every author two name words, one of them the owner's family name (in a name that is not the
    owner's: the caller asks once :func:`mark_owner` found no owner). The caller knows the page writes family names
    only; a list such as "Ann Lee, Bo Li" alone could be either.

    >>> [a.name for a in unpaired_families([Author(name="Ferro Brandt")], ["Matteo Ferro"])]
    ['Brandt', 'Ferro']
    >>> unpaired_families([Author(name="Ann Lee")], ["Matteo Ferro"]) is None
    True
    """
    families = {fold(p[1]) for n in owner_names if n and (p := name_parts(n))}
    words = [a.name.split() for a in authors]
    if not authors or any(len(w) != 2 for w in words) or not any(fold(x) in families for w in words for x in w):
        return None
    if not all(_NAME_WORD.match(x) and not initials_only(x) and x.lower() not in NAME_PARTICLES for w in words for x in w):
        return None
    # (a mark typed after the pair is the second name's, written last)
    return [a.model_copy(update={"name": x, "marks": a.marks if k else []})
            for a, w in zip(authors, words) for k, x in enumerate((w[1], w[0]))]


def _given_tokens(given: str) -> list[str]:
    """Folded given-name tokens, run-together initials split (``"NU"`` -> ``["n", "u"]``)."""
    out: list[str] = []
    for tok in re.split(r"[\s.\-]+", given):
        if not tok:
            continue
        if 2 <= len(tok) <= 3 and tok.isupper():
            out.extend(fold(c) for c in tok)
        else:
            out.append(fold(tok))
    return [t for t in out if t]


_LINKING_PARTICLE = re.compile(r"(\S+(?:\s+\S+)+?)\s+(?:da|do|das|dos)\s+(\S+)")
"""A Portuguese name whose last family name follows a linking particle ("Fernanda Oliveira da Silva"): the words
before it and that last name. Citations leave the particle out and keep the other names as initials ("F. O.
Silva", "Silva, F. O.")."""
_SECOND_SURNAME_INITIAL = re.compile(r"(.+\s[A-ZÀ-ÖØ-Þ][\w'’\-]*[^\W\d_])\s+[A-ZÀ-ÖØ-Þ]\.")
"""A name closed by the initial of a second family name (``J. Antonio Guzmán Q.``), and the name before it."""


_DOUBLE_FAMILY = re.compile(r"(?<=\s)([^\W\d_]{2,})-([^\W\d_]{2,})\s*$")
"""A name closed by two family names joined with a hyphen (``E. Tirado-Bueno``), the first in group 1, the second
in group 2."""


_HIGHLIGHT = lazy_compile(r"<(b|strong|u)\b[^>]*>(?P<tag>.*?)</\1\s*>|\*\*(?=\S)(?P<stars>.+?)(?<=\S)\*\*|"
                        r"__(?=\S)(?P<bars>.+?)(?<=\S)__", re.I | re.S)

_HIGHLIGHT_TAGS = {tag: (lazy_compile(rf"(?i)<{tag}\b[^>]*>"), re.compile(rf"(?i)</{tag}\s*>"))
                   for tag in ("b", "strong", "u")}
"""The opening and closing tags of each kind :data:`_HIGHLIGHT` reads (a tag nested in one of its kind is read to
its own closing tag: :func:`highlights`)."""


def highlights(text: str) -> list[str]:
    """The pieces of a text set in bold or underlined (``<b>``, ``<strong>``, ``<u>``, ``**x**``, ``__x__``), as
    written (markup inside them kept): the highlight a page, a record or a BibTeX file gives its owner among the
    names, the one reader of it.

    A tag nested in one of its kind is read to its own closing tag (``<b><u><b><u>Lee</u></b>, A.</u></b>``, a
    template that wraps the owner's name twice: the whole name, once).

    >>> highlights("Bo Roe, <b>Ann <i>Lee</i></b>, **Cy Kim***, __Di Fox__ and Eve Ng.")
    ['Ann <i>Lee</i>', 'Cy Kim', 'Di Fox']
    >>> highlights("Bo Roe; <b><u><b><u>Lee</u></b>, A.</u></b>; Cy Kim")
    ['<u><b><u>Lee</u></b>, A.</u>']
    """
    out, at = [], 0
    while (m := _HIGHLIGHT.search(text, at)) is not None:
        piece, at = m["tag"] or m["stars"] or m["bars"] or "", m.end()
        if m["tag"] is not None:
            opening, closing = _HIGHLIGHT_TAGS[m.group(1).lower()]
            start = counted = m.start("tag")
            end, depth = m.end("tag"), 0  # (depth: the piece's tags of its kind opened and not closed in it)
            while True:
                for tag in opening.finditer(text, counted, end):  # (each opening tag counted once)
                    depth, counted = depth + 1, tag.end()
                if depth <= 0 or (more := closing.search(text, at)) is None:
                    break
                end, at, depth = more.start(), more.end(), depth - 1  # (the closing tag the piece ran to is in it)
            piece = text[start:end]
        out.append(piece)
    return out


def written_in_full(name: str, full: str, most: int = 2, middle: bool = False) -> bool:
    """Whether ``full`` writes ``name`` (two words or more) with one to ``most`` more names after it, as a page
    writes a second family name its byline or title leaves out ("Ana Roe Lind" for "Ana Roe"); with ``middle``,
    also with them between its given and family names ("Ana Maria Roe": a middle name).

    >>> written_in_full("Ana Roe", "Ana Roe Lind"), written_in_full("Ana Roe", "Ana Lind"), written_in_full("Ana", "Ana Roe")
    (True, False, False)
    """
    short, long = fold(name).split(), fold(full or "").split()
    return len(short) >= 2 and 1 <= len(long) - len(short) <= most and (
        long[:len(short)] == short or middle and long[:len(short) - 1] == short[:-1] and long[-1] == short[-1])


_FAMILY_FIRST = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][^\W\d_]+\s+)+[A-ZÀ-ÖØ-Þ][^\W\d_]+)\s*,?\s+((?:[A-Z]\.?\s*-?){1,3})")
"""A name written family name first, of two words or more, then the initials ("Roe Lind A.", "Roe Lind, A. B.")."""


@lru_cache(maxsize=1)
def _nicknamer():
    """The curated table of English given names and their short forms (the ``nicknames`` package, bundled with
    it: no network), loaded on first use."""
    from nicknames import NickNamer

    return NickNamer()


def short_given(x: str, y: str) -> bool:
    """Whether one given name is a short form of the other, as the owner of a page goes by it while their papers
    write the name in full ("chris" for "christopher", "bill" for "william"); both folded to lower case. Only for
    the owner on their own page (:func:`owner_variant`).

    >>> short_given("chris", "christopher"), short_given("william", "bill"), short_given("chris", "thomas")
    (True, True, False)
    """
    nn = _nicknamer()
    return x in nn.nicknames_of(y) or y in nn.nicknames_of(x)


_BEFORE_PARTICLE = re.compile(r"(\S+(?:\s+\S+)+?)\s+(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+\S.*")
"""An owner's name whose family name goes on after a particle ("Nicolas Audinet de Pieuchon"): the words before it."""


def initial_form(name: str) -> tuple[str, tuple[str, ...], bool] | None:
    """A name's first initial, its words after the given names written as initials (the family name, of one word or
    more) when its given names are all initials, else all its words, and whether they are initials
    (``"A. V. Alonso Tetilla"`` -> ``("a", ("alonso", "tetilla"), True)``, ``"Alec Thomson"`` ->
    ``("a", ("alec", "thomson"), False)``); None for a name of one word."""
    words = fold(name).split()
    if len(words) < 2:
        return None
    lead = 0
    while lead < len(words) - 1 and len(words[lead]) == 1:
        lead += 1
    if lead:
        return words[0], tuple(words[lead:]), True
    return words[0][0], tuple(words), False


def _written_with_initials(author: str, owner: str) -> bool:
    """True when ``author`` writes all of ``owner``'s given names as initials: one first initial, and the owner's
    name ends with the family name after them ("A. J. M. Thomson" for "Alec Thomson", "A. V. Alonso Tetilla" for
    "Alba V. Alonso-Tetilla")."""
    short, full = initial_form(author), initial_form(owner)
    if short is None or full is None or not short[2] or full[2]:
        return False
    family = short[1]
    if not (short[0] == full[0] and len(full[1]) > len(family) and full[1][-len(family):] == family):
        return False
    # (the family name written starts where a word of the owner's name starts: "A. Tetilla" is no spelling of Alba
    # Alonso-Tetilla, the second half of a joined family name alone, often a kin's)
    ends, size = set(), 0
    for word in reversed(owner.split()):
        size += len(fold(word).split())
        ends.add(size)
    return len(family) in ends


@lru_cache(maxsize=1 << 14)
def owner_variant(author: str, owner: str, all_initials: bool = False) -> bool:
    """True when ``author`` can be the page owner ``owner`` written with fewer, more or abbreviated middle
    names: same family name, and the first given names agree (equal, or one is the other's initial).
    ``all_initials=True`` asks the stricter question alone: whether ``author`` writes all of the owner's given
    names as initials (:func:`_written_with_initials`; no short forms, no nicknames, no family name cut), as a
    BibTeX file's other spellings of its owner are told.

    >>> owner_variant("Naim U Rashid", "Naim Rashid"), owner_variant("NU Rashid", "Naim U. Rashid")
    (True, True)
    >>> owner_variant("Niven Achenjang", "Niven T. Achenjang"), owner_variant("Wei Sun", "Wen Sun")
    (True, False)
    >>> owner_variant("ZG", "Zheng Gao"), owner_variant("ZH", "Zheng Gao"), owner_variant("M. F.", "Marcelo Forets")
    (True, False, True)
    >>> owner_variant("M. F", "marcelo forets"), owner_variant("ZG", "zheng gao")
    (True, True)
    >>> owner_variant("LRV", "I. Lena R. Vale"), owner_variant("LRV", "Ida Lena R. Vale")
    (True, False)
    >>> owner_variant("V", "I. Vale"), owner_variant("RV", "I. Lena R. Vale"), owner_variant("RS", "J. R. Smith")
    (False, False, False)
    >>> owner_variant("IL", "I. Lena R. Vale"), owner_variant("LV", "I. Lena R. Vale")
    (False, False)
    >>> owner_variant("Chen ECS", "Elvis C.S. Chen"), owner_variant("Chen WS", "Elvis C.S. Chen")
    (True, False)
    >>> owner_variant("Robert Moss", "J. Robert Moss"), owner_variant("Robert Moss", "J. Ralph Moss")
    (True, False)
    >>> owner_variant("E. Tirado-Bueno", "Eduardo Tirado"), owner_variant("K. Tirado-Bueno", "Eduardo Tirado")
    (True, False)
    >>> owner_variant("Julianne Sansa-Otim", "Julianne Otim"), owner_variant("Julianne S. Sansa-Otim", "Julianne Otim")
    (True, True)
    >>> owner_variant("Karen Sansa-Otim", "Julianne Otim"), owner_variant("J. Otim-Sansa", "Julianne Sansa Lee")
    (False, False)
    >>> owner_variant("A. Lopez-Tirado", "Ana Tirado"), owner_variant("J. Sansa-Otim", "Julianne Otim")
    (False, False)
    >>> owner_variant("Lina Sabet Karimi", "Lina Sabet"), owner_variant("Lina Sabet K.", "Lina Sabet")
    (True, False)
    >>> owner_variant("Steven Vickers", "Steve Vickers"), owner_variant("Charles Lee", "Chris Lee")
    (True, False)
    >>> owner_variant("Nutida Vale", "Nuttida Vale"), owner_variant("Philip Roe", "Phillip Roe")
    (True, True)
    >>> owner_variant("Nadia Vale", "Nadja Vale"), owner_variant("Ana Vale", "Anna Vale")
    (False, False)
    >>> owner_variant("Roe Lind A.", "Ana Roe Lind"), owner_variant("Roe Lind B.", "Ana Roe Lind")
    (True, False)
    >>> owner_variant("Christopher S. Vale", "Chris Vale"), owner_variant("Christian Vale", "Chris Vale")
    (True, True)
    >>> owner_variant("A. Vale", "Drew Vale"), owner_variant("W. Vale", "Bill Vale"), owner_variant("K. Vale", "Drew Vale")
    (True, True, False)
    >>> owner_variant("Remi Fauchet", "Remi Fauchet de Lorme"), owner_variant("Remi Lorme", "Remi Fauchet de Lorme")
    (True, False)
    >>> owner_variant("Pablo Roca", "Pablo Roca Salas"), owner_variant("Pablo Salas", "Pablo Roca Salas")
    (True, True)
    >>> owner_variant("Luis Benavides", "Luis Daniel Benavides Navarro"), owner_variant("Luis Dan", "Luis Dan Roe Vale")
    (True, False)
    >>> owner_variant("F. O. Silva", "Fernanda Oliveira da Silva"), owner_variant("F. O. Silva", "Fabio Oliveira Lima")
    (True, False)
    >>> owner_variant("A. V. Alonso Tetilla", "Alba V. Alonso-Tetilla"), owner_variant("A. Vale", "Ana Vale", True)
    (True, True)
    >>> owner_variant("Ana Vale", "Ana B. Vale", all_initials=True)
    False
    """
    if _written_with_initials(author, owner):
        return True
    if all_initials:
        return False
    cut = _BEFORE_PARTICLE.match(owner.strip())
    if cut and owner_variant(author, cut.group(1)):
        return True  # "Nicolas Audinet" for Nicolas Audinet de Pieuchon: the family name's words before its particle
    linked = _LINKING_PARTICLE.fullmatch(owner.strip())
    if linked and owner_variant(author, f"{linked.group(1)} {linked.group(2)}"):
        return True  # "F. O. Silva" for Fernanda Oliveira da Silva: the particle before the last family name left out
    second = _SECOND_SURNAME_INITIAL.fullmatch(owner.strip())
    if second and owner_variant(author, second.group(1)):
        return True  # "Guzmán, JA." for J. Antonio Guzmán Q.: the owner without the initial of a second surname
    double = _DOUBLE_FAMILY.search(author)
    if double and fold(owner).split()[-1:] == [fold(double.group(1))]:
        # "E. Tirado-Bueno" for Eduardo Tirado: both family names on the papers (Spanish and Portuguese names),
        # the first alone in the page's heading
        return owner_variant(author[: double.start()] + double.group(1), owner)
    given = author[: double.start()].split() if double else []
    if double and fold(owner).split()[-1:] == [fold(double.group(2))] and given and not initials_only(given[0]) \
            and fold(given[0]) == fold(owner.split()[0]):
        # "Julianne Sansa-Otim" for Julianne (Susanne) Otim: a married name joined after the birth name (and a
        # Portuguese name's main family name, the last), the second alone in the page's heading. Only with the
        # given name written in full: "A. Lopez-Tirado" beside Ana Tirado is, in a Spanish name (the first family
        # name the main one), another person, often her kin on her own papers
        return owner_variant(author[: double.start()] + double.group(2), owner)
    spelled, said = author.split(), owner.split()
    if len(spelled) == len(said) + 1 and written_in_full(owner, author, most=1) \
            and re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{2,}", spelled[-1]):
        # "Zahra Nasr Esfahani" on the papers of Zahra Nasr: the whole name the page writes, and a second family
        # name after it (as "E. Tirado-Bueno" joins it with a hyphen)
        return True
    if len(said) == len(spelled) + 1 == 3 and [fold(w) for w in spelled] == [fold(w) for w in said[:2]] \
            and re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{2,}", spelled[-1]) \
            and re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{2,}", said[-1]):
        # "Pablo Roca" on the papers of Pablo Roca Salas: the given name and the first of two family names, the
        # second left out (the other way round from "Zahra Nasr Esfahani" above)
        return True
    if len(said) == 4 and len(spelled) == 2 and [fold(w) for w in spelled] == [fold(said[0]), fold(said[2])] \
            and all(re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{2,}", w) for w in said):
        # "Luis Benavides" on the papers of Luis Daniel Benavides Navarro: the first given name and the first of
        # two family names, the second given name and the second family name left out (as "Pablo Roca" above)
        return True
    words = [w for w in re.split(r"[\s.\-]+", owner) if w]
    short = author.strip() if re.fullmatch(r"[A-Z]{2,3}", author.strip()) else re.sub(r"[.\s]+", "", author) \
        if re.fullmatch(r"(?:[A-Z]\.\s*){1,2}[A-Z]\.?", author.strip()) else None
    if short and len(words) >= 2 and any(
            short == "".join(w[0].upper() for w in words[k:]) for k in range(len(words) - 1)
            if all(len(w) == 1 for w in words[:k]) and len(words[k]) > 1 and (k == 0 or words[k][0].isupper())):
        # "ZG" for Zheng Gao, "M. F." for Marcelo Forets: a page's short form of its owner, all the owner's initials;
        # or those of the name they go by when the owner's name shows it, written out after the given names written
        # as initials ("MR" for A. Max Reppen, as "Robert Moss" below is for J. Robert Moss), the family name's and
        # one given name's at least (not "ML" for Ida Mae Lund nor "RS" for J. R. Smith: a coauthor's initials, or a
        # field's, "ML")
        return True
    family_first = _FAMILY_FIRST.fullmatch(author.strip())
    if family_first and len(words) > len(family_first.group(1).split()):
        # "Roe Lind A." for Ana Roe Lind: a family name of two words written first, then the initials (a
        # reference list's order), nameparser reading its first word as a given name
        family = family_first.group(1).split()
        if [fold(w) for w in words[-len(family):]] == [fold(w) for w in family] \
                and fold(family_first.group(2)[:1]) == fold(words[0][:1]):
            return True
    vancouver = re.fullmatch(r"([A-Z][\w'’\-]+)\s+([A-Z]{1,4})", author.strip())
    if vancouver and len(words) >= 2:
        # "Chen ECS" (Vancouver: the family name, then the initials run together) for Elvis C. S. Chen
        family, initials = vancouver.groups()
        parts = name_parts(owner)
        return bool(parts) and fold(family) == fold(parts[1]) and fold(initials[0]) == fold(parts[0][:1])
    if family_absent(author, owner):
        return False
    givens = _one_family(author, owner)
    if givens is None:
        return False
    ga, gb = _given_tokens(givens[0]), _given_tokens(givens[1])
    if not ga or not gb:
        return False
    x, y = ga[0], gb[0]
    if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
        return True
    if min(len(x), len(y)) >= 4 and abs(len(x) - len(y)) <= 2 and (x.startswith(y) or y.startswith(x)):
        return True  # "Steven Vickers" on the papers of Steve Vickers: the given name's short form
    if short_given(x, y):
        return True  # "Christopher S. Timperley" on the papers of Chris Timperley: the name he goes by
    if len(x) == 1 and any(full.startswith(x) for full in _nicknamer().canonicals_of(y)) \
            or len(y) == 1 and any(full.startswith(y) for full in _nicknamer().canonicals_of(x)):
        return True  # "A. Herren" on the papers of Drew Herren: the initial of the name the short one is of
    if min(len(x), len(y)) >= 4 and x != y and re.sub(r"(.)\1+", r"\1", x) == re.sub(r"(.)\1+", r"\1", y):
        return True  # "Nutida Vale" on some papers of Nuttida Vale: a doubled letter written once (or twice)
    # "J. Robert Moss" who goes by his middle name, written "Robert Moss" on his papers: the one name's leading
    # initial dropped, the name after it the other's first
    if len(gb) > 1 and len(y) == 1 and len(x) > 1 and gb[1] == x:
        return True
    return len(ga) > 1 and len(x) == 1 and len(y) > 1 and ga[1] == y


# --- languages -------------------------------------------------------------------------------

LANGUAGE_NAMES = ("Chinese", "Japanese", "Korean", "French", "German", "Spanish", "Portuguese", "Italian", "Russian",
                  "Polish", "Dutch", "Turkish", "Persian", "Farsi", "Arabic", "Norwegian", "Swedish", "Danish",
                  "Finnish", "Czech", "Greek", "Hebrew", "Hungarian", "Romanian", "Vietnamese", "Thai", "Indonesian",
                  "Catalan", "Ukrainian", "English")
"""The languages a page names a paper or a page by ("(in Chinese with English abstract)", "In Spanish" after a
venue, "Pierre Roux English Page"): :data:`LANGUAGES` is their pattern."""
LANGUAGES = "(?:" + "|".join(LANGUAGE_NAMES) + ")"
"""A pattern (one group, not captured, capitalised as written: compile it with ``re.I`` where case is free) of
:data:`LANGUAGE_NAMES`."""


# --- years and dates -------------------------------------------------------------------

DIGITS = re.compile(r"\d")
"""A decimal digit (the scans of a text for one: a C scan, where ``any(c.isdigit() for c in text)`` steps through
the text in Python)."""
YEAR = re.compile(r"(?:1(?<!\d1)(?<!IF 1)(?<!CORE 1)(?<!ISSN 1)(?<!ISSN: 1)(?<!ISSN:1)9[5-9]\d"
                  r"|2(?<!\d2)(?<!IF 2)(?<!CORE 2)(?<!ISSN 2)(?<!ISSN: 2)(?<!ISSN:2)0\d\d)(?!\d)(?!\s?=\s?\d)(?!\.\d\d\.\d\d\.\d)(?!\.\d{4,5}(?!\d))(?![A-Za-z]{1,3}\d{3})")
r"""A year 1950-2099 standing alone in a text, the one pattern of a four-digit year; not "IF 2020=3.9" (a metric's
year), "IF 2024: 4.3" and "CORE 2023: B" (the edition of an impact factor or a ranking), "ISSN 1976-7277" (a serial's
number, closing a journal's line after the year), "bioRxiv 2022.03.24.485545" (a preprint's number, which opens with the day it was posted, not the year the
work appeared), "arXiv:2008.10903" (an arXiv number, whose first digits are the year and month it was posted) nor
"e2024EF004849" (an article number, AGU's: a year, a journal's letters and a serial number in one word; "CVPR2024"
and "2024a" are years). (``(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)`` written with each branch's first digit before the
look-behind that no digit precedes it, so the engine skips to a "1" or a "2" instead of trying the look-behind at
every position: the pattern is asked of nearly every piece of every entry.)"""

ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A four-digit year 1900-2099 anywhere in a text, as a word (whether a line is dated at all; :data:`YEAR` is the one
that tells a year from a text's other numbers)."""

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
"""Month names and their short forms (folded), with the month's number."""
MONTH_ABBR = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
"""The months' short forms, as a regex alternation (a longer name or ``Sept`` matches with ``[a-z]*`` after it)."""
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
"""The months' names and short forms exactly (:data:`MONTHS`' keys, folded: match with ``(?i)``), as an alternation."""
SEASONS = "spring|summer|fall|autumn|winter"
"""The seasons a page dates a term or a stay by ("Fall 2023"), as a regex alternation."""


_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018, "民國": 1911, "民国": 1911}
"""The year before the first year of each era a Japanese (or Taiwanese: 民國) date counts from: 平成 20年 = 2008."""
_ERA_YEAR = re.compile(r"(明治|大正|昭和|平成|令和|民國|民国)\s*(元|\d{1,3})\s*年")
_CJK_YMD = lazy_compile(r"((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?|"
                      r"((?:19|20)\d\d)\s*년(?:\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)?")
_CJK_NOW = lazy_compile(r"現在|现在|至今|今まで|현재")
NOW_WORDS_OTHER = r"heute|aujourd['’]hui|actualidad|atualmente|presente|oggi"
""""Present" closing a date range in German, French, Spanish, Portuguese or Italian ("10/2022 - heute", "2019 -
aujourd'hui"): the one list the date readers take them from."""
NOW_WORDS = rf"{NOW_WORDS_OTHER}|present|now|today|current"
"""The words that close a date range left open, in English and the other languages ("2021 - present", "2019 -
Current", "10/2022 - heute"), as a regex alternation: the one list every date pattern takes."""
OPEN_RANGE_OTHER = lazy_compile(rf"(?i)([-–—~]\s*)(?:{NOW_WORDS_OTHER})\b")
"""A date range left open in another language ("2022 – heute"): its closing word, read as "present"."""

_DATES_ONLY = lazy_compile(rf"(?i)(?:[\s\W\d]|(?:{MONTH_NAMES}|{NOW_WORDS}|since|until|to)(?![^\W\d_]))*")
"""A text of dates and the words of a span alone: years and numbers ("10/2015 - 09/2022", "03.2018"), the months'
names and short forms (:data:`MONTH_NAMES`, not "Market"), the words that leave a span open (:data:`NOW_WORDS`,
"2019 – heute") and "since", "until", "to" ("Since 2020", "2019 to 2021"). (The letters' runs and the other characters
share no character: the pattern cannot take a text two ways.)"""


def dates_only(text: str, year: bool = True) -> bool:
    """Whether a text is a date or a span of dates alone, a year among it (:data:`_DATES_ONLY`): a CV's date line
    under its post ("June 2011–present"), a table's date column ("10/2015 - 09/2022", "Since 2020": data, never a
    column's label). A word alone ("Current", "Decision", "Market") or a place's name with its year is none. With
    ``year=False`` a date's word may stand without one ("Present", "Sep – Dec": a CV's date column, whose cells
    are no paper's badge, "[1]").

    >>> dates_only("October 2010–June 2011"), dates_only("10/2015 - 09/2022"), dates_only("Since 2020")
    (True, True, True)
    >>> dates_only("Hill University, 2019"), dates_only("Current"), dates_only("Market 2020")
    (False, False, False)
    >>> dates_only("Current", year=False), dates_only("[1]", year=False)
    (True, False)
    """
    if _DATES_ONLY.fullmatch(text) is None:
        return False
    return bool(YEAR.search(text) or not year and re.search(r"[^\W\d_]", text))


def cjk_dates(text: str) -> str:
    """A text with its dates in Japanese, Chinese or Korean written as the date readers read dates: an era year
    as the Western year (平成 20年 = 2008年, 令和 元年 = 2019年, 民國 100年 = 2011年), "2020年 3月 5日" and
    "2020년 3월" as 2020.03.05 and 2020.03, "現在"/"至今"/"현재" as "present". Other text is kept as it is.

    >>> cjk_dates("平成 20年 10月 - 令和 元年 03月"), cjk_dates("2021年9月2日"), cjk_dates("令和 03年 04月 - 現在")
    ('2008.10 - 2019.03', '2021.09.02', '2021.04 - present')
    """
    if not text or text.isascii():
        return text
    text = _ERA_YEAR.sub(lambda m: f"{_ERAS[m.group(1)] + (1 if m.group(2) == '元' else int(m.group(2)))}年", text)

    def ymd(m: re.Match) -> str:
        y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        return y + (f".{int(mo):02d}" if mo else "") + (f".{int(d):02d}" if mo and d else "")

    text = _CJK_YMD.sub(ymd, text)
    # "2016. 4. ~ 현재": a Korean page writes the year and month each with a stop
    text = re.sub(r"\b((?:19|20)\d\d)\.\s?(\d{1,2})\.(?!\d)", lambda m: f"{m[1]}.{int(m[2]):02d}", text)
    text = re.sub(r"(?<=\d)\s*[～〜]", "-", text)  # "2021.04～2023.03", "2021.04〜": the wave dash of a range
    return _CJK_NOW.sub("present", text)


_FULL_WIDTH_SEPARATORS = str.maketrans({"，": ", ", "：": ": ", "；": "; ", "．": ". ", "。": ". ", "（": " (", "）": ") ",
                                        "［": " [", "］": "] ", "「": " “", "」": "” ", "『": " “", "』": "” ",
                                        "【": " [", "】": "] ", "〔": " (", "〕": ") "})


def _joiner_pattern(words: str) -> str:
    """The pattern of a list's joining word (``words``, an alternation) before its last name: after a letter and
    a stop or comma or none, before a capital: the builder of ``english_joiner(words=)`` (:data:`_OTHER_AND` is
    built of :data:`_OTHER_AND_WORD` instead, which takes "y", "e", "i" before a name of two words only)."""
    return r"(?<=[^\W\d_])([.,]?)\s+(?:" + words + r")\s+(?=[^\W\d_a-z])"


_OTHER_AND = lazy_compile(r"(?<=[^\W\d_])([.,]?)\s+" + _OTHER_AND_WORD)
"""The word that joins the last name of a list in another language (:data:`OTHER_AND_WORDS`: "Ana Ruiz, Bo Li et Cho
Kim", after a serial comma in a German Chicago list: "Lee, Ana, Bo Li, und Cho Kim"), before a capital (not "et
al."); Spanish "y", Portuguese "e", Polish "i" before a name of two words only ("Ortega y Gasset" is one name)."""
OTHER_AND = re.compile(r"\s" + _OTHER_AND_WORD)
"""Whether a text holds a word of :data:`OTHER_AND_WORDS` where it may join two names."""


def english_joiner(text: str, words: str | None = None) -> str:
    """A list of names joined by another language's "and" ("A, B et C", "A und B") as an English list joins them
    (the citation readers split on "and"); other text unchanged. ``words``: the joining words (a pattern) when they
    are not a bare list's (a coauthors' aside after another language's "with" knows its own, "y", "e").

    >>> english_joiner("Ana Ruiz, Bo Li et Cho Kim"), english_joiner("Ana Ruiz et al.")
    ('Ana Ruiz, Bo Li and Cho Kim', 'Ana Ruiz et al.')
    >>> english_joiner("Ruiz, Ana, Bo Li, und Cho Kim")
    'Ruiz, Ana, Bo Li, and Cho Kim'
    """
    if words is None:
        return _OTHER_AND.sub(r"\1 and ", text)
    return re.sub(_joiner_pattern(words), r"\1 and ", text)


_TITLE_THEN_VENUE = lazy_compile(r"」\s*([^「」『』，,。．\s][^「」『』，,。．]{0,40}?編)?\s*『([^『』]+)』\s*[，,]?")


_CORNER_QUOTED = re.compile(r"「[^「」]*」")
"""A title in corner brackets, 「...」, with whatever it quotes inside."""


def ascii_separators(text: str) -> str:
    """A citation's separators as the citation readers read them: the full-width comma, colon, semicolon, stop,
    brackets of Chinese, Japanese and Korean pages as their ASCII kin (spaced as a Latin citation spaces them),
    and the corner brackets that quote a title (「Title」, 『Book』) as quotation marks.

    >>> ascii_separators("山田 太郎，鈴木 花子：「画像認識の高速化」，情報処理，2019．")
    '山田 太郎, 鈴木 花子: “画像認識の高速化”, 情報処理, 2019.'
    >>> ascii_separators("山田花子，2024，「雪の結晶」『気象学研究』91(1): 1–12．")
    '山田花子, 2024, “雪の結晶”, 気象学研究, 91(1): 1–12.'
    """
    if text.isascii() or not any(ord(c) in _FULL_WIDTH_SEPARATORS for c in text):
        return text
    # 「Title」『Journal』: the work's title quoted, then the journal or book it is in in double corners, with no
    # separator between (the editors of a book may come between: 「Title」X・Y編『Book』): the title, then the
    # venue as a comma citation writes it ("In X・Y (eds.), Book" for a chapter)
    nested = "『" in text and "「" in text
    if nested:
        # 「『Corpus』とその検索系『Tool』」: the names a quoted title quotes keep their marks, as written (set aside
        # from the translation below)
        text = _CORNER_QUOTED.sub(lambda m: m[0].replace("『", "\ue000").replace("』", "\ue001"), text)
    text = _TITLE_THEN_VENUE.sub(
        lambda m: "」，" + (f"In {m[1].strip().removesuffix('編')} (eds.)，" if m[1] else "") + f"{m[2]}，", text)
    out = " ".join(text.translate(_FULL_WIDTH_SEPARATORS).split())
    out = re.sub(r"\s+(?=[,.:;)\]”])|(?<=[(\[“])\s+", "", out)
    return out.replace("\ue000", "『").replace("\ue001", "』") if nested else out


_AS_WRITTEN = {",": r"(?:,\s*|，)", ":": r"(?::\s*|：)", ";": r"(?:;\s*|；)", ".": r"(?:\.\s*|．|。)",
               "(": r"(?:\s*\(|（)", ")": r"(?:\)\s*|）)", "[": r"(?:\s*\[|［|【)", "]": r"(?:\]\s*|］|】)",
               "“": r"(?:\s*“|「|『)", "”": r"(?:”\s*|」|』)", " ": r"\s*"}


def as_written(piece: str, original: str) -> str:
    """A piece of a citation read from its :func:`ascii_separators` form, as the page writes it (a title keeps
    its own full-width colon: "Chinese-MMBench：一个…"); the piece itself when the page does not hold it.

    >>> as_written("X-Bench: 一个基准", "张伟, 李娜. X-Bench：一个基准. ACL, 2024.")
    'X-Bench：一个基准'
    """
    if piece.isascii() or original.isascii():
        return piece
    m = re.search("".join(_AS_WRITTEN.get(c, re.escape(c)) for c in piece), original)
    return m.group(0).strip() if m else piece


def short_year(yy: str) -> int:
    """A year written in two digits as a venue's short name writes it: ``"16"`` -> 2016, ``"97"`` -> 1997."""
    return (2000 if int(yy) < 50 else 1900) + int(yy)


_ACRONYM_YY = lazy_compile(r"(?<![\w'’-])(?!COVID|MPEG|SARS|ISBN|ISSN)(?P<a>[A-Z][A-Za-z&]{0,10}[A-Z][A-Za-z&]{0,4})"
                         r"['’-]?(?P<yy>\d\d)(?![\w'’]|[.,]\d|\s*:)")
"""A venue's short name with its year in two digits glued on ("CVPR16", "ACMMM15", "SIGIR'17", "IJCAI-18")."""


def acronym_year(text: str) -> int | None:
    """The year a venue's short name gives in two digits, the last one of the text (``"IEEE Conference on
    Computer Vision (CVPR16)."`` -> 2016), or None.

    >>> acronym_year("ACM International Conference on Multimedia (ACMMM15)."), acronym_year("In CVPR'16, Las Vegas")
    (2015, 2016)
    >>> acronym_year("Workshop on COVID-19 data"), acronym_year("ISBN-13: 978-0578918075"), acronym_year("ICCV 2011")
    (None, None, None)
    """
    found = _ACRONYM_YY.findall(text or "")
    return short_year(found[-1][1]) if found else None


_YEAR_PRINTED = lazy_compile(rf"(?P<y>{YEAR.pattern})(?:(?P<key>[a-z])(?![\w'’])|\s?/\s?(?P<y2>(?:19|20)\d\d)(?!\d)"
                           r"|\s?[/–-]\s?(?P<yy>\d\d)(?![\d/–-]))")
"""A year as a work's line prints it with more than its four digits: an author-date key's letter ("2019d", "Lee
2019a": which of the author's works of that year, no part of it), or the second year of a span a volume or a
printing covers ("(2024/2026)", "2019/20", "2020-21", two digits only for the next year: "2011-14" is a report's
number; "2011/12/05" a date)."""
_NUMBERED_BEFORE = re.compile(r"(?:[\w/-]-|/|(?i:\b(?:report|TR|no|nr|number|paper|memo|series)\.?\s*[#:]?\s*))$")
"""What comes right before a report's or a series' number written as a year and a number ("Technical Report 2011-12",
"UCB/EECS-2019-20", "Working Paper No. 2020-21"): no span of years."""
_ONLINE_YEAR = re.compile(r"\s*\((?:(?:first|published|e-?pub(?:lished)?)\s+)*(?:online|e-?pub)\b[^()]*?\b(?:19|20)\d\d\)",
                          re.I)
"""The year a work first came out online, in brackets after the year it was printed ("2021 (online 2020)")."""


def years_as_printed(text: str, spans: bool = True) -> str:
    """``text`` with each year written as its four digits: an author-date key's letter and a span's second year
    left out, and the year the work came out online in brackets after the printed one (:data:`_YEAR_PRINTED`,
    :data:`_ONLINE_YEAR`); the work's year is the first year printed. ``spans=False`` keeps a span of two full
    years ("2019/2023"): on a CV's line it is a stay's or a degree's years, the last one its end.

    >>> years_as_printed("Oikos 12 (2018b)"), years_as_printed("Journal X (2024/2026)"), years_as_printed("2019/20")
    ('Oikos 12 (2018)', 'Journal X (2024)', '2019')
    >>> years_as_printed("Soil 5, 2021 (online 2020)"), years_as_printed("Report 2011-14")
    ('Soil 5, 2021', 'Report 2011-14')
    """
    if not text or not DIGITS.search(text):
        return text  # (every pattern below needs a decimal digit: a text without one is given back as it is)

    def one(m: re.Match) -> str:
        y = int(m.group("y"))
        if not m.group("key") and _NUMBERED_BEFORE.search(m.string[max(0, m.start() - 24):m.start()]):
            return m.group(0)  # "Technical Report 2011-12", "UCB/EECS-2019-20": a report's number, no span
        if m.group("y2") and (not spans or int(m.group("y2")) < y) or m.group("yy") and int(m.group("yy")) != (y + 1) % 100:
            return m.group(0)
        return m.group("y")

    text = _YEAR_PRINTED.sub(one, text)
    if "(" in text and (cut := _ONLINE_YEAR.sub("", text)) != text and YEAR.search(cut):
        text = cut  # (the online year alone, no printed year beside it, is the work's)
    return text


def find_year(text: str, last: bool = True, work: bool = False) -> int | None:
    """The last (or first) plausible 4-digit year in a text, or None (an era year counts: 平成 20年 = 2008); a year
    is read as printed (:func:`years_as_printed`: "2019d" is 2019, "2021 (online 2020)" 2021); a work's year
    (``work``) is the first of a span of two ("(2024/2026)": 2024), elsewhere the span's last year is the last
    ("M.Sc., 2018/2019": 2019, the degree's).

    >>> find_year("Oikos 12 (2024/2026)", work=True), find_year("Soil 5, 2021 (online 2020)"), find_year("Lee 2019d.")
    (2024, 2021, 2019)
    >>> find_year("Ph.D., University of X, 2019/2023")
    2023
    """
    if text and not text.isascii() and _ERA_YEAR.search(text):
        text = cjk_dates(text)
    years = YEAR.findall(years_as_printed(text or "", spans=work))
    if not years:
        return None
    return int(years[-1] if last else years[0])


_DATE_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DATE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_DATE_MY = re.compile(r"\b([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:\b|(?=T\d))")  # (a timestamp's "T10:00")


def parse_date(text: str) -> str | None:
    """A date written in prose as ISO (``"July 22nd, 2021"`` -> ``"2021-07-22"``,
    ``"March 2020"`` -> ``"2020-03"``, ``"2020"`` -> ``"2020"``, a timestamp's time of day left out); None without
    a year. A day no calendar has keeps its year alone, however it is written (the one rule for such dates).

    >>> parse_date("Aug 15, 2023"), parse_date("Jan 2019"), parse_date("Apr 14")
    ('2023-08-15', '2019-01', None)
    >>> parse_date("2024-05-02T10:00:00"), parse_date("2024-02-30"), parse_date("02/30/2024"), parse_date("2025-25-02")
    ('2024-05-02', '2024', '2024', '2025')
    """
    if not text:
        return None
    text = cjk_dates(text)  # "令和 3年 4月" is 2021.04
    for rx, order in ((_DATE_ISO, "ymd"), (_DATE_MDY, "mdy"), (_DATE_DMY, "dmy"), (_DATE_MY, "my")):
        for m in rx.finditer(text):
            g = m.groups()
            try:
                if order == "ymd":
                    y, mo, d = int(g[0]), int(g[1]), int(g[2]) if g[2] else None
                elif order == "mdy":
                    mo, d, y = MONTHS.get(g[0].lower()), int(g[1]), int(g[2])
                elif order == "dmy":
                    d, mo, y = int(g[0]), MONTHS.get(g[1].lower()), int(g[2])
                else:
                    mo, d, y = MONTHS.get(g[0].lower()), None, int(g[1])
                if not mo:
                    continue
                if d:
                    return _dt.date(y, mo, d).isoformat()
                if 1 <= mo <= 12:
                    return f"{y:04d}-{mo:02d}"
            except ValueError:
                continue
    year = find_year(text)
    return str(year) if year else None


# --- venues ------------------------------------------------------------------------------

_JOURNAL_WORDS = re.compile(
    r"\b(trans(actions|\.)?|journal|letters|magazine|review|j\.|pattern recognition|"
    r"computer vision and image understanding|neurocomputing|t-?pami|ijcv|tip|tnnls|tomm|tomccap|"
    r"tmm|tcsvt|tog|jmlr|tcyb|tsmc|tkde|nature|science|cviu|plos)\b",
    re.I,
)
WORKSHOP = re.compile(r"\bworkshops?\b", re.I)
PREPRINT_SERVERS = (r"arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|socarxiv|edarxiv|osf preprints|ssrn|research square|"
                    r"preprints\.org")
"""The preprint servers' names (alternatives of a pattern, in lower case: to use in a group)."""
_PREPRINT = re.compile(rf"\b(preprints?|e-?print|tech(nical)? report|corr|{PREPRINT_SERVERS})\b", re.I)
CONF_WORDS = lazy_compile(
    r"\b(conference|proceedings|symposium|cvpr|iccv|eccv|neurips|nips|icml|iclr|aaai|ijcai|bmvc|"
    r"accv|wacv|icmi|acm mm|mm|kdd|sigkdd|icassp|icip|icme|acl|emnlp|naacl|siggraph|interspeech|"
    r"icra|iros|rss|corl|uai|aistats|colt|sigir|cikm|wsdm|miccai|uist|icde|vldb|sigmod|icdm|coling|eacl|3dv|l4dc|hri)\b",
    re.I,
)
"""Words and acronyms that name a conference (a venue line with one is a conference's)."""
IMAGE_EXTENSIONS = r"jpe?g|png|gif|svg|webp|avif|bmp|tiff?|ico"
"""The file extensions of a picture (an alternation for a pattern): the one list every reader that tells an image
file from a page, a paper or an icon's name uses."""
IMAGE_FILE = lazy_compile(rf"(?i)\.(?:{IMAGE_EXTENSIONS})(?:[?#].*)?$")
"""An address or path that ends in a picture's file ("me-large.jpg", "/images/teaser.png?raw=true")."""


ONE_WORD_JOURNALS = frozenset((
    "Nature", "Science", "Cell", "Neuron", "Lancet", "Blood", "Brain", "Circulation", "Gut", "Cancer", "Diabetes",
    "Hepatology", "Gastroenterology", "Pediatrics", "Radiology", "Neurology", "Stroke", "Leukemia", "Oncogene",
    "Genetics", "Oikos", "Ecography", "Ecology", "Geology", "Icarus", "Chemosphere", "Langmuir", "Nanoscale",
    "Bioinformatics", "NeuroImage", "Neurocomputing", "Heliyon", "Sensors", "Entropy", "Molecules", "Econometrica",
    "Economica", "Biometrika", "Biometrics", "Bernoulli", "Automatica", "Synthese", "Erkenntnis", "Mind",
    # (MDPI's: each a one-word name, many in one reviewer's row)
    "Electronics", "Drones", "Mathematics", "Symmetry", "Energies", "Algorithms", "Robotics", "Micromachines",
    "Photonics", "Polymers", "Nutrients", "Cancers", "Cells", "Genes", "Viruses", "Insects", "Animals", "Plants",
    "Forests", "Agronomy", "Agriculture", "Toxins", "Antioxidants", "Biomolecules", "Pharmaceutics", "Vaccines",
    "Diagnostics", "Healthcare", "Nanomaterials", "Catalysts", "Coatings", "Crystals", "Metals", "Minerals",
    "Microorganisms", "Pathogens", "Geosciences", "Aerospace", "Buildings", "Batteries"))
"""Journals whose whole name is one word and which service rows list beside others ("Reviewer for Nature and
Science", "Journal of Ecology, Oikos, and Ecography"): each a venue of its own, no word of a longer name. (Words that
also pair into a journal's name, "Evolution" of "Ecology and Evolution", "Cognition" of "Brain and Cognition", are
left out.)"""

NOTE_WORDS = lazy_compile(
    r"\b(oral|spotlight|poster|best\s+\w*\s*paper(\s+award)?|best paper|highlight|"
    r"award|honou?rable mention|nominee|finalist|winner|runner-up|runner up|invited|"
    + status_words("in press", "to appear", "in prep", "in preparation", "under prep", "under preparation", "r&r",
                   "revise and resubmit", gap=" ") + "|"
    r"cover (?:paper|article|story|image)|featured (?:paper|article)|editor['’]?s['’]? (?:pick|choice))\b",
    re.I,
)
"""Words of a note on a paper (``Oral``, ``Best Paper Award``, ``to appear``), not of its venue."""

_WORK_WORD = (r"(?:(?:research|review|original|software|journal|conference|proceedings|workshop|invited|contributed|"
              r"extended|short|full|book|data|methods?|position|survey|perspective|opinion|peer[- ]reviewed|keynote|"
              r"plenary|oral|poster|late[- ]breaking|technical|guest|public)\s+)*"
              r"(?:article|paper|abstract|demo|chapter|pre-?print|letter|review|report|thesis|dissertation|talk|"
              r"poster|presentation|keynote|lecture|seminar|webinar|commentary|editorial|perspective|book|proceedings|"
              r"descriptor|dataset|software|"
              # the same kinds in German ("Aufsatz", "Buchbeitrag", "Monographie", "Rezension") over a list's items
              r"aufsatz|aufsätze|zeitschriftenaufsatz|zeitschriftenaufsätze|zeitschriftenartikel|artikel|beitrag|"
              r"beiträge|buchbeitrag|buchbeiträge|sammelbandbeitrag|konferenzbeitrag|tagungsbeitrag|monographie|"
              r"monografie|monographien|rezension|rezensionen|herausgeberschaft|sammelband|sammelbände)s?")
WORK_TYPE = lazy_compile(rf"^{_WORK_WORD}(?:\s*[/&,]\s*{_WORK_WORD})*$", re.I)
"""The label that names what kind of work an item is, not where it appeared: over each item of a list of mixed
works ("Research Article", "Software Poster", "Extended Abstract / Demo") or on al-folio's badge ("Data
Descriptor", "Proceedings Paper", "Dataset", "Editorial")."""


STATUS_WORDS = status_words(*(p for p in STATUS_PHRASES
                               if p not in ("under revision", "in prep", "under preparation", "under prep")))
"""The words of a paper's status that make a note on the paper wherever they stand (alone, or before or after its
venue: "R&R at Venue", "Venue, forthcoming"): all of :data:`STATUS_PHRASES` but "under revision" and the "prep"
spellings, which only the places that name them read (an APA year's brackets, a note's words)."""
STATUS_NOTE = lazy_compile(rf"\s*(?:{STATUS_WORDS})\s*[.!]?\s*", re.I)
"""A paper's status, written on its own ("AAAI 2026 (in submission)", "*Accepted for publication*."): a note, no
part of a venue's name and no venue."""
_REVISION_NOTE = re.compile(rf"\s*(?:{status_words('under revision')})\s*", re.I)
""""Under revision" in brackets after a venue ("Journal of X (under revision)"): a note there, the one place that
reads it beside the venue (:data:`STATUS_WORDS` leaves it out)."""


@dataclass
class Venue:
    venue: str | None = None
    venue_full: str | None = None
    year: int | None = None
    venue_type: str | None = None
    notes: list[str] = field(default_factory=list)
    volume: str | None = None
    pages: str | None = None

    def copy(self) -> Venue:
        """A copy with a notes list of its own (what ``dataclasses.replace(v, notes=list(v.notes))`` gives, without
        its per-call look-up of the fields: the page reader copies a memoised venue for every entry)."""
        out = object.__new__(type(self))
        out.__dict__.update(self.__dict__)
        out.notes = list(self.notes)
        return out


_ORG_PREFIX = re.compile(r"^(IEEE|ACM|IEEE/CVF|CVF|IAPR|AAAI)[\s-]+(\S.*)$")


def short_form(name: str) -> str:
    """``"IEEE TNNLS"`` -> ``"TNNLS"``; an organisation prefix is dropped when what is
    left is still a real acronym (``"ACM MM"`` stays)."""
    name = name.strip()
    m = _ORG_PREFIX.match(name)
    if m and len(m.group(2)) >= 3:
        return m.group(2)
    return name


_MEETING_WORD = re.compile(r"\b(conference|proceedings|symposium|congress)\b", re.I)


@lru_cache(maxsize=4096)
def venue_type(text: str) -> str | None:
    """``"journal"``, ``"conference"``, ``"workshop"`` or ``"preprint"``: what kind of venue a name is (memoised: the
    venue lines of a page differ in their years and pages, far less in the names they leave after them)."""
    if not text:
        return None
    if _PREPRINT.search(text):
        return "preprint"
    if WORKSHOP.search(text):
        return "workshop"
    if _MEETING_WORD.search(text):
        return "conference"
    journal = {m.group(0).lower() for m in _JOURNAL_WORDS.finditer(text)}
    if journal and not (journal == {"science"} and CONF_WORDS.search(text)):
        return "journal"  # but "Robotics: Science and Systems (RSS)" is a conference
    if CONF_WORDS.search(text):
        return "conference"
    return None


CSL_TYPES = {"article-journal": "journal", "paper-conference": "conference", "chapter": "book", "book": "book",
             "report": "other", "thesis": "thesis", "manuscript": "preprint"}
"""The kinds of work CSL names (``type: paper-conference``) as kg's venue types."""


TYPE_LABELS = {"journal": "journal", "journal article": "journal", "article": "journal", "conference": "conference",
               "conference paper": "conference", "proceedings": "conference", "workshop": "workshop",
               "preprint": "preprint", "working paper": "preprint", "report": "other", "technical report": "other",
               "book": "book", "book chapter": "book", "chapter": "book", "book section": "book", "thesis": "thesis",
               "dissertation": "thesis", "patent": "other", "poster": "other", "manuscript": "preprint"}
"""The labels a list groups its works under ("Journal", "Book chapter") as kg's venue types."""


def kind_labelled(text: str) -> str | None:
    """The kind of work a field's whole value names by one of the labels a list groups its works under ("Journal",
    "Book chapter", "preprint", CSL's "paper-conference"), as kg's venue type; None for any other value (a title,
    a venue, a sentence). The site's record reader and the BibTeX reader read a field of the site's own naming so
    (``article: "Journal"``, ``group = {preprint}``), where the record's other fields do not say another kind.

    >>> kind_labelled("Journal"), kind_labelled(" book chapter "), kind_labelled("Journal of Moss Studies")
    ('journal', 'book', None)
    """
    written = " ".join(str(text).lower().split())
    return TYPE_LABELS.get(written) or CSL_TYPES.get(written)


def kind_taken(pub, text: str) -> bool:
    """Whether a field's value (``text``) names the work's kind (:func:`kind_labelled`) where kg read no other
    kind, then set as its venue type: ``group = {preprint}``, ``article: "Journal"`` (the group a site's page lists
    the work under), or the kind kg read written again. A value naming another kind is not taken (stays listed)."""
    kind = kind_labelled(text)
    if kind and pub.venue_type in (None, kind):
        pub.venue_type = kind
        return True
    return False


_NAME_YEAR_STOP = re.compile(r"^([A-Z][^.,;:()]{1,40}?\s(?:19|20)\d\d|[A-Z\d][^;:()]{1,120}?,\s*[A-Z][\w\-]*\s(?:19|20)\d\d)"
                             r"\.\s+[A-Z]")


_SERIES_TAIL = re.compile(
    r",\s*(?:(?:volume|vol\.|number|no\.)\s*\d+\s+(?:of|in)\s+)?(?:Lecture Notes in|LNCS\b|LNAI\b|LIPIcs\b|"
    r"Leibniz International Proceedings|CEUR Workshop Proceedings|"
    r"Proceedings of Machine Learning Research|Communications in Computer and Information Science)")
"""A book series after the meeting it publishes ("..., Lecture Notes in Computer Science. Springer"): not the venue."""


EDITORS_ABBR = r"(?:eds?|editors?|hrsg|dir)\.?"
EDITORS_BRACKET = rf"\(\s*{EDITORS_ABBR}\s*\)"
EDITORS_WORD = rf"(?:\b(?:editors?|eds?\.)|{EDITORS_BRACKET})"
"""The word after a book's editors' names: bare ("A and B, editors", "A, eds.") or in brackets (EDITORS_BRACKET:
"(Eds.)", German "(Hrsg.)", French "(dir.)"); pieces to put in other patterns."""
EDITORS_LEAD = re.compile(rf"^[^()]{{3,200}}?,?\s*(?:{EDITORS_WORD}\s*,|{EDITORS_BRACKET}\s*:)\s*", re.I)
"""The editors a chapter's venue names before the book, a comma after their word ("In X and Y, editors, Book") or a
colon after it in brackets (the humanities' "In X & Y (Hrsg.): Book"; "Book, Editors: X, Y" names them after)."""
_EDITORS_CHUNK = re.compile(rf"\s*(?:{EDITORS_WORD}|eds|(?-i:ed))\s*\.?", re.I)
"""The last piece of an author list that is only the editors' word (:data:`EDITORS_WORD`: "editors", "eds.", "(Eds.)",
"(Hrsg.)", or "eds" whose stop the list's end lost; not "Ed", a name)."""
_EDITORS_PAREN = re.compile(r"(?<=\w)\s*\((?:eds?\.|edited\s+by|editors?\s*:)\s*[^()\s][^()]*\)|"
                            r"(?<=\w)\s*\((?:[^()]*?\s(?:and|&)\s)?[^()]*?,\s*eds?\.\)", re.I)
"""The editors a chapter's venue names in brackets after the book ("Book (ed. J. Lee)", "(eds. A and B)", "(J. Lee,
Ed.)"); not the bare "(Eds.)" after the editors' names before it (:data:`EDITORS_LEAD`)."""


_CHAPTER_PIECE = re.compile(r"(?i)(?<=\w),\s*(?:chapter|ch\.)\s*\d{1,3}(?=\s*(?:,|$))")
"""A chapter's number between commas after its book ("Book, Chapter 16, pages 1-9")."""


_MONTH_WORD = rf"(?:{MONTH_ABBR})[a-z]*\.?"
_NLM_HINT = re.compile(rf"\b(?:19|20)\d\d(?:[.,]?\s+{_MONTH_WORD}|\s*;)|[.,]\s+(?:Published online|Epub)\b")
"""A year followed by a month or a semicolon: what every PubMed/Vancouver date holds (quick to refuse)."""
_NLM_TAIL = lazy_compile(
    rf"^(?P<v>\S.*?)(?:[.,]\s*|\s+)(?:{_MONTH_WORD}(?:\s+[0-3]?\d)?,?\s+(?=(?:19|20)\d\d\s*;))?(?P<y>(?:19|20)\d\d)"
    rf"(?P<date>(?:[.,]?\s+{_MONTH_WORD}(?:\s*[0-3]?\d(?![\d(]))?(?:\s*[-–/]\s*(?:{_MONTH_WORD}\s*)?\d{{0,2}})?)?)"
    rf"\s*(?:(?P<semi>[;:])|[.,]\s+(?=\d))?\s*(?P<vol>[A-Za-z]?\d{{1,5}}(?![.\d/\-]))?\s*(?:\((?P<iss>[^()]{{1,20}})\))?"
    rf"\s*(?::\s*(?P<pages>[A-Za-z]{{0,2}}\d+(?:\s*[-–]+\s*[A-Za-z]{{0,2}}\d+)?))?"
    rf"(?P<rest>(?(semi)[^\s.;,]*)(?:[.;,]\s*|\s+\[).*|(?(semi)[^\s.;,]*)\.?)$")
"""A PubMed/Vancouver/AMA tail after the journal's name: "2017 Jan 31;49(2):170-174.", "2010;28(3):45-67. doi:...
PMID: ...", "2016 Nov 14. pii: ...", "2008. Aug. 36(13):e80.", "2019; 567: 12-18"; the day written before the year
when a semicolon follows it ("June 22, 2026;2168-6106.", as a lab's list copies a paper's online date)."""
_ONLINE_FIRST = re.compile(r"^(?P<v>\S.*?)[.,]\s+(?:Published online|Epub)\b.*$", re.I)
"""A journal, then the date it published the paper online ("Published online June 11, 2024", "Epub 2019 Aug 9")."""
_EPUB_NOTE = re.compile(r"\bEpub ahead of print\b", re.I)
ADVISOR_WORDS = (r"(?:(?:ph\.?\s?d\.?|thesis|doctoral|research)\s+)?(?:co-?)?(?:advis[eo]rs?|supervisors?|direction|"
                 r"direct(?:eur|rice)s?(?:\s+de\s+th[eè]se)?|orientador(?:a|es|as)?)")
"""The words that label a thesis's advisors before a colon ("Advisor", "PhD supervisors", "Co-advisors", in French
"Direction", "Directeur de thèse"): one list for a line that labels them (page.person.ADVISOR_LABEL) and the
sentence closing a venue line (parse_venue), whose note the owner's-thesis rule reads with the line's."""
_ADVISOR_TAIL = lazy_compile(rf"(?<=\S)[.;]\s+(?P<n>{ADVISOR_WORDS}\s*[:：]\s*[^\W\d_].*?)[\s.]*$", re.I | re.S)
"""The sentence that closes a thesis's venue line with its advisors ("Ph.D. thesis, Tarn University, 2002. Advisor:
Ann Lee."): a note on the thesis, no part of the venue."""
_ADVISOR_CUES = ("advis", "supervis", "direct")
_REPRINT_TAIL = re.compile(r"(?<=\S)[.;,]?\s*\(?\b(?:Reprinted|Republished|Reprint)\b\s+(?:in|as|by)\b.*$", re.I | re.S)
_ERRATUM_TAIL = re.compile(r"(?<=\S)\s*[.;,]\s*\(?\b(?:Erratum|Errata|Corrigendum|Corrigenda|Correction|Addendum)\b\s*"
                           r"(?:to|for|in|on|:)\s.*$", re.I | re.S)
"""A correction to the paper cited after it, on the same line ("..., 2001. Erratum to "Title", Journal, 42, 2002."):
a later note on the work, whose year and venue are the first citation's."""
_VENUE_DOI_TAIL = lazy_compile(r"(?<=\S)[\s,.;]*(?:\bdoi\s*:|(?:https?://)?(?:dx\.)?doi\.org/)\s*\S.*$", re.I | re.S)
_VENUE_EMPHASIS = re.compile(r"\*{1,3}|(?<![^\W_])_{1,3}|_{1,3}(?![^\W_])")
"""Markdown's emphasis marks left in a venue ("*Nature*", "__ICML__"); an underscore inside a word is the name's own
("data_UMR", a repository's name)."""
_VENUE_COMMA = re.compile(r",\s*(?![^()]*\))")
BOOK_VENUE_KEYS = ("series", "publisher")
"""Where a book came out when it names no journal nor proceedings, surest first: the series it is in says more
than its publisher (the one order of a BibTeX @book and of a data record's venue keys)."""
_VENUE_LEAD_WORDS = lazy_compile(
    r"^\s*(accepted\s+(to|by|at|in)|to\s+appear\s+at|in(?!\s+(?:press|review|revision|preparation|prep|submission|"
    r"progress)\b)\s*:?|" + PUBLISHED_IN + r"\s+in|"
    # "Presented as a demonstration at X, the Fourth X Conference": where the work was shown
    r"presented\s+(?:as\s+an?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+)?(?:at|in)(?:\s+the(?=\s))?|"
    r"chapter\s+in)\s+", re.I)
"""(not the "In" of "In press at X", "In review. X": the status :data:`STATUS_LEAD` reads)"""
_PREPRINT_TAIL = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?P<n>Preprint\s*(?::|at|on|in)\s*\S.*?)\.?$", re.I)
"""The preprint of a work a journal has taken, named after the journal ("Journal of X. Preprint: bioRxiv 2022.03.24.1"):
a note on the work, no part of the venue's name."""
_AWARD_TAIL = re.compile(r"[.;,]\s*[^.;,]*\b(?:awards?|prizes?)\b[^.;,]*$", re.I)
"""An award the paper won, closing a venue line ("... pp. 1-33. Most Cited Paper Award 2022")."""
_YEAR_THEN_LEAD = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)[a-z]?\s*[.,;:]\s+(?=(?:accepted\s+(?:to|by|at|in)|to\s+appear\s+(?:in|at))\s)",
                             re.I)
STATUS_LEAD = lazy_compile(rf"^\s*(?P<s>{STATUS_WORDS})\s*(?:[,:;–-]\s*|\s+(?:at|in|to|with|by)\s+|\.\s+(?=(?-i:[A-Z])))(?=\S)",
                         re.I)
"""A paper's status opening its venue line, then the venue it names ("Forthcoming in X", "R&R at X", "Revise and
resubmit, X", "In review. Journal of X": a sentence of its own before the journal's name)."""
_VENUE_STATUS_PIECE = re.compile(rf"\s*(?:{status_words('in press', 'to appear', gap=' ')})\b", re.I)
_VENUE_VOLUME = re.compile(r"\bvol(?:ume)?\b\.?\s*(\w+(?:\(\w+\))?)|第\s*(\d{1,4})\s*[巻卷]|"
                           r"(?<=,)\s*(?-i:v)\.\s*(\d{1,4})\b", re.I)
"""A venue's volume: "Vol. 8", "volume 9600", a Japanese or Chinese list's "第12巻" ("第12卷"), a Brazilian (ABNT,
Lattes) list's ", v. 12" after the journal's name (then ", n. 3" its issue, ", p. 45-67" its pages)."""
_ABNT_PAGE = lazy_compile(r",\s*(?-i:p)\.\s*([A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?)\b")
"""The pages after an ABNT volume, one page or the article's number too (", v. 91, p. 012101")."""
_YEAR_VOLUME_PAGES = lazy_compile(r",\s*(?:19|20)\d\d[a-z]?\s*,\s*(?P<vol>\d{1,5})\s*(?:\([^()]{1,10}\))?\s*[:：]\s*"
                                r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?)\s*[.;,]?\s*$")
"""The year, the volume (and issue), a colon and the pages closing the line after the journal's name, as China's
GB/T 7714 writes them ("Acta Materialia, 2025, 34: 121820.", "Ceramics International, 2024, 51(3): 1-9.")."""
_VENUE_PAGES = re.compile(r"(?:\bpages?|\bpp?\.|(?<![\w.])(?-i:S)\.)\s*([\d]+\s*[-–]+\s*[\d]+)", re.I)
"""The pages: "pages 12-34", "pp. 12-34", German "S. 12-34" (Seiten)."""
_PAGES_AFTER_VOLUME = re.compile(r"(?i)\s*(?:[,.]\s*(?:no|nr|issue)\.?\s*\d{1,4})?\s*,\s*"
                                 rf"(?P<a>\d+)\s*[-–]+\s*(?P<b>\d+)(?![\d\-–])(?!\.?\s*(?:{MONTH_NAMES})\b)")
"""The pages right after a volume written "Vol" with no word of their own ("Icarus, Vol. 214, 510-533", "Vol. 17,49-63",
"Vol. 3, No. 2, 1-9"); not the days a month follows ("Vol. 2, 12-14 June 2020": a meeting's dates)."""
_LEAD_VOLUME = re.compile(r"(?i)^\s*vol(?:ume)?\.?\s*(\d{1,4})(?:\s*[,.]?\s*(?:no|nr|issue)\.?\s*\d{1,4})?"
                          r"(?:\s*[,.;:]\s*|\s*$)")
"""A volume (and issue) opening a venue's text, a stop or comma after it ("Vol 1, 117-129", "Volume 156, ...")."""
_NUMBERS_LEAD = lazy_compile(rf"(?i)^(?:[\s,.;:]+|(?:{MONTH_NAMES})\b\.?|(?:{SEASONS})(?=\s+(?:19|20)\d\d\b)|"
                           r"(?:pages?|pp?\.|no\.?|nr\.?|number|issue|article(?:\s+(?:id|no\.?|number))?|art\.)?\s*"
                           r"e?\d+(?:\s*[-–—]+\s*\d+)?\b|in\s*:)*")
"""The date, issue, pages or article number after such a volume, before the name if one follows ("September 2021,
Energy Policy", "Issue 2, Pages 100-120, Elsevier", "No. 1, e123, PLOS ONE", "Spring 2020, Journal X"), and the
"In:" that opens a book's name after them ("Vol. 5. In: Handbook of X")."""
VENUE_DASH = re.compile(r"\s*[-–]+\s*")
# ("(ICDM). pp 941-946", "Pattern Recognition. Vol. 63": after the name's stop too)
_VENUE_NAME_CUT = re.compile(r",\s*(?=(vol|pages?|pp?\.\s*\d|(?-i:S|v|n)\.\s*\d|no\.|number\s+\d+\s+(?:in|of)\s|\d|第\s*\d))|"
                             r"[:.]\s+(?=vol(?:ume)?\b|pp\.?\s*\d+\s*[-–]|pages\s+\d+\s*[-–])|"
                             r"\s*\((?=(?:vol(?:ume)?\.?\s*\d+\s*,\s*)?(?:pp?\.|pages?)\s*\d)", re.I)
"""Where a venue's name ends: a comma before its volume, pages or year, a stop before "Vol." or its pages, or a
bracket around its pages (APA's "In Proceedings of X (pp. 1-8). Publisher.", "In Book (Vol. 2, pp. 5-9)")."""
_QUOTED_NAME = re.compile(r"[“\"]?([^“”\"]+)[”\"]?\s*")
"""A venue's name in quotation marks (or with the one left that a reader before did not strip)."""
_VENUE_STOP_YEAR = re.compile(r"\.\s+(?=(?:19|20)\d\d\b\s*(?:[,:(]|\d|$))")
_VENUE_YEAR_SENTENCE = re.compile(r"\.\s+(?:19|20)\d\d\.\s+(?:(?P<vol>\d{1,4})\s*(?:\(\s*[\w\-–]+\s*\))?\s*:\s*"
                                  r"(?P<pages>[A-Za-z]{0,3}\d+(?:\s*[-–]+\s*\d+)?)(?:\.\s+|[\s.]*$))?"
                                  r"(?P<n>(?<=\s)[\[(]?[^\W\d_].*?)?[\s.]*$")
"""The year a sentence of its own after the venue's name, a remark after it ("bioRxiv. 2019. [unrefereed preprint]",
"Nature. 2019. Online ahead of print."), or after the volume, issue and pages that follow the year ("Nature. 2021.
12(1): 45-49. Editor's pick"): the name ends at its stop, the remark is a note."""
_VENUE_ISSUE = re.compile(r"(?<=[^\W\d_]{3})(?<![Vv]ol)\.?\s+(\d{1,4})\s*\(\d{1,4}(?:[-–]\d{1,4})?\)\.?$")
"""The volume and issue closing a journal's name, with no comma before them ("Mountain Weather 3(2)"), or after its
stop ("Mountain Weather. 3(2).": academicpages' citation, "<i>Journal</i>. 1(1).", "J. Funct. Anal. 181(2001)": the
volume and its year)."""
VOLUME_PAGES = re.compile(r"(?<=[^\W\d_])(?<!\bp)(?<!\bpp)\s+(\d{1,4})\s*(?:\(\s*\d{1,4}(?:[-–]\d{1,4})?\s*\))?"
                                r"\s*,\s*(?!(?:19|20)\d\d\b(?!\s*[-–]))[A-Za-z]?\d+(?:\s*[-–]+\s*[A-Za-z]?\d+)?"
                                r"\s*(?:\(\s*(?:19|20)\d\d\s*\))?[\s.]*$")
"""The volume (and issue) closing a venue's name, then the pages or the article's number after a comma, and
perhaps the year ("Physical Review D 88 (4), 044026", "Letters 691 (1), L24 (2009)"); a year after the comma is no
page ("Convention 152, 2022": the meeting's number; "June 17, 2024": a date), nor a number after "p" a volume."""
_VENUE_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")
_VENUE_SPACES = re.compile(r"\s{2,}")
_CLOSING_ACRONYM = lazy_compile(r"\(\s*([A-Za-z][\w\-&/']*(?:\s+[A-Za-z][\w\-&/']*){0,2}?)\s*['’]?(?:(?:19|20)?\d\d)?"
                              r"\s*\)\s*\.?\s*$")
"""A bracket closing a venue's line with a short name, and its year maybe ("(MLwA 2022)", "(TCYB)")."""
_VENUE_ACRONYM = re.compile(r"\(([^()]+)\)?\s*$")
_VENUE_VOLUME_YEAR_PAGE = lazy_compile(r"^(.*?[^\W\d_].*?)(?:\s+(\d{1,4}))?\s*\((?:19|20)\d\d\)\s*,?\s*"
                                     r"([A-Za-z]?\d+(?:\s*[-–]+\s*\d+)?)(?:\s*[,;.]\s.*)?$")
_VENUE_SPACE_PUNCT = re.compile(r"(?<=\S)\s+(?=[,;)\]])|(?<=[(\[])\s+")
"""What parse_venue reads off every venue line (compiled once: it runs on each entry's venue)."""
_VOLUME_ISSUE_PAGES = re.compile(r"\b(?!(?:19|20)\d\d\b)\d{1,4}\s*\((?!\s*(?:19|20)\d\d[a-z]?\s*\))\s*[\w\-–]{1,10}\s*\)\s*[,:]\s*[A-Za-z]?\d+\s*[-–]+\s*[A-Za-z]?\d+")
"""A volume, its issue and the pages ("33(10), 2053-2064"): numbers that may read as years and are none (not a
volume and its year, "129 (2019), 877-896", nor a year and its issue, "2021(08): 32-38")."""


def without_volume_pages(text: str) -> str:
    """A citation's text without its volume, issue and pages (:data:`_VOLUME_ISSUE_PAGES`), to look for its year in.

    >>> without_volume_pages("Moss Ecology, 33(10), 2053-2064."), without_volume_pages("Moss Journal, 129 (2019), 877-896")
    ('Moss Ecology,  .', 'Moss Journal, 129 (2019), 877-896')
    """
    return _VOLUME_ISSUE_PAGES.sub(" ", text) if "(" in text else text
_VENUE_PAREN_YEAR = re.compile(r"\((?:19|20)\d\d\)\s*,?\s*[A-Za-z]?\d")
"""The bracketed year and page _VENUE_VOLUME_YEAR_PAGE needs: its two lazy groups retry at every cut of a name
without them (0.1-0.5 ms a venue line, the dearest step of parse_venue); a name holding none is not tried."""
LINK_LABEL = (r"(?:pdf|code|data|dataset|slides?|video|poster|project(?:\s+page)?|website|bibtex|bib|html|"
              r"supplement(?:ary)?(?:\s+material)?|supp|abstract|link|arxiv|doi|github|preprint|demo)")
"""The words a page labels a work's links with (``Code:``, ``[PDF]``): never part of its venue."""
_VENUE_LABEL_TAIL = lazy_compile(rf"(?:[\s,;|]*(?:\b{LINK_LABEL}\s*:|\[\s*{LINK_LABEL}\s*\]|\(\s*{LINK_LABEL}\s*\)))+"
                               rf"(?:[\s,;|]*\b{LINK_LABEL})?[\s,;|:]*$", re.I)
"""(the last label may have lost its colon with the link after it: "Code: Data")"""
_VENUE_ONLY_LABEL = re.compile(r"^[\s\[(]*(?:pdf|code|data|slides?|video|project(?:\s+page)?|website|bibtex|html|"
                               r"supplement(?:ary)?|link|abstract|github|demo)[\s\])]*[:.]?\s*$", re.I)
"""(an arXiv or a preprint badge names where the work is: a venue)"""


def only_link_label(text: str) -> bool:
    """Whether a venue badge or line is nothing but a link's label (al-folio's ``abbr = {PDF}``).

    >>> only_link_label("PDF"), only_link_label("[Code]"), only_link_label("arXiv"), only_link_label("Data Science")
    (True, True, False, False)
    """
    return bool(_VENUE_ONLY_LABEL.match(text))


def _without_labels(text: str) -> str:
    """A venue line without the link labels a page writes after it (``Phys. Rev. D 110 (2024) Code: Data:``,
    ``Nature [PDF]``), empty when it is nothing but one (al-folio's ``abbr = {PDF}``)."""
    if _VENUE_ONLY_LABEL.match(text):
        return ""
    if ":" not in text and "[" not in text and "(" not in text:
        return text
    # (a match closes the line: before the spaces and separators after it, the line ends with a label's last letter
    # or a bracket; a line that ends otherwise, with a year or a stop, is not searched from every place in it)
    end = text
    while (cut := end.rstrip().rstrip(",;|:")) != end:
        end = cut
    return _VENUE_LABEL_TAIL.sub("", text) if end[-1:].isalpha() or end[-1:] in ("]", ")") else text


_PUBLISHER_PLACE = lazy_compile(r"^\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:,\s*[A-Z]{2})?:\s*[A-Z][^,:;()]{1,60},\s*(?=(?:19|20)\d\d\b)")
"""A book's publisher after its city, then the year: "New York: Harbor Press, 2003", "Cambridge, MA: Lark, 2001"."""


def _editors_piece(piece: str) -> bool:
    """Whether a comma's piece of a book's line is its editors' names (``B. Roe and C. Wu``, ``and C. Wu``,
    ``Ann Lee``): each name two to four name words, joined by "and" or "&"."""
    names = [n for n in re.split(r"\s+(?:and|&)\s+|^(?:and|&)\s+", piece.strip()) if n]
    return bool(names) and all(2 <= len(n.split()) <= 4 and all(_NAME_WORD.match(w) for w in n.split())
                               for n in names)


_DBLP_NUMBERS = re.compile(r"(?:\s+(?P<v>\d+(?:\s*\(\d+\))?)\s*|\s+):\s*(?P<p>\d{1,5}(?:\s*[-–]+\s*\d{1,5})?|"
                           r"e?\d{6})\.?\s*$")
"""A venue's volume (and issue), a colon and its pages closing its name, as DBLP writes them ("14(6): 227-246"), or
the article's number after its volume ("Flora 272: 151702": a journal that numbers its articles); not a label's
colon ("Issue: 1", "ISBN:978...") nor a volume written with its issue after a stop ("14.8: 1655-1661")."""
_YEAR_DASH_PLACE = re.compile(r"\s+[-–—]\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?\s*$")
"""What follows a meeting's year to close its name: a spaced dash and a place ("OCEANS 2024 - Halifax")."""
_YEAR_IN_NAME = re.compile(r"[-–](?!(?:19|20)\d\d\b)\d{1,5}\b"
                           r"|\s+(?:Workshops?|Tracks?|Datasets|Doctoral|Companion|Tutorials?|Adjunct)\b")
"""What follows a year that is part of a venue's name: a report's number ("Report 2021-1", "Report 2019–1041"; not a
second year, "2019-2020"), or a sub-event of that year's meeting ("NeurIPS 2024 Workshop on ...", "ICML 2023 Datasets
and Benchmarks Track"). Not any words going on: "Proceedings of the 2019 IEEE International Conference on ..." and
"ECCV 2020 Glasgow UK" name the same venue every year, the year is the work's."""


_EDITED_BY = re.compile(r",?\s*\b(?:ed\.|edited)\s+by\s", re.I)


_NOTE_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*$|(?<=[^\W\d_])[\s,]+(?:19|20)\d\d\s*$")
"""A year alone, or closing a status, in a bracketed note of the venue ("(in press, 2023)", "(accepted 2024)")."""


def _note_without_year(piece: str) -> str:
    """A piece of a bracketed note with the work's year taken out: none when it is the year alone, the status alone
    when a year closes it ("in press 2023"); any other note whole ("Winner of X 2017": the prize's own year)."""
    cut = _NOTE_YEAR.sub("", piece).strip()
    return cut if not cut or STATUS_NOTE.fullmatch(cut) else piece.strip()


_LEAD_DATE = lazy_compile(rf"\s*(?:(?P<date>(?:{MONTH_NAMES}|(?:{MONTH_ABBR})\.)\s*(?:\d{{1,2}}\s*,?\s*)?,?\s*"
                        r"(?:19|20)\d\d)|[,;]\s*(?P<year>(?:19|20)\d\d))\s*[.;]\s+", re.I)
"""A date, a month and its year, opening a venue line as a sentence of its own ("July, 2019. Working paper."; ",
2019. Working paper." when an entry's reader took the month). Not a year alone: "2004. *Physics Reports* 396,
197-403" is the year-first style's venue line, read as it is."""


def parse_venue(text: str) -> Venue:
    """Read a venue line: the venue's full and short names, the year, notes (Oral, ...).

    >>> v = parse_venue("Accepted to International Conference on Computer Vision (ICCV), 2021.")
    >>> v.venue, v.venue_full, v.year
    ('ICCV', 'International Conference on Computer Vision', 2021)
    >>> v = parse_venue("IEEE Transactions on Neural Networks and Learning Systems (IEEE TNNLS), 2022")
    >>> v.venue, v.venue_type
    ('TNNLS', 'journal')
    >>> parse_venue("Functional Moss Ecology, 33(10), 2053-2064.").year is None
    True
    >>> v = parse_venue("In press at Journal of Moss Studies. Preprint: bioRxiv 2022.03.24.485545.")
    >>> v.venue, v.notes
    ('Journal of Moss Studies', ['In press', 'Preprint: bioRxiv 2022.03.24.485545'])
    >>> parse_venue("In Proc. of Formal Days, FD 2019. Inland Society, 2019.").venue
    'Proc. of Formal Days, FD'
    >>> parse_venue("In Proc. of Formal Days (FD'01), number 12 in Notes in Logic, pages 1--9. Lark, 2001.").venue
    "Proc. of Formal Days (FD'01)"
    >>> parse_venue("In Proc. of Formal Days (FD 2015), Lecture Notes in Computer Science. Lark, 2015.").venue_full
    'Proc. of Formal Days'
    """
    out = Venue()
    text = _without_labels(_VENUE_EMPHASIS.sub("", text.replace("\\", "")).replace("\u00a0", " ").strip())
    online = _ONLINE_YEAR.search(text) if "(" in text else None
    if online and YEAR.search(text[:online.start()] + text[online.end():]):
        out.notes.append(" ".join(online.group(0).strip(" ()").split()))  # "2021 (online 2020)": when it came out
    text = years_as_printed(text)  # ("Oikos 12 (2018b)", "(2024/2026)": the year's key or second year no name's)
    dated = _LEAD_DATE.match(text)
    if dated and TWO_LETTERS.search(text[dated.end():]):
        # "July, 2019. Working paper.": the date the line opens with, a sentence of its own, then the venue; read as
        # the venue with its year after it (no month is a venue's name; the entry's reader takes the month)
        text = f"{text[dated.end():].strip().rstrip(' .;:,')}, {(dated.group('date') or dated.group('year'))[-4:]}"
    # "Widget Bulletin 1998; 50: 27-33. Reprinted in Widget Bulletin Reprints 1999; 9: 1-7": the paper's year is
    # the first venue's, the reprint a later note on it
    text = _REPRINT_TAIL.sub("", text) or text
    # ('..., 2001. Erratum to "Title", Journal, 42, 2002.': the correction, a note on the work as a reprint is)
    text = _ERRATUM_TAIL.sub("", text) or text
    low = text.lower()
    advised = _ADVISOR_TAIL.search(text) if any(w in low for w in _ADVISOR_CUES) else None
    if advised:
        out.notes.append(" ".join(advised.group("n").split()))
        text = text[:advised.start()]
    if "doi" in text.lower():
        # "Journal of X, 12, 3-9, doi:10.1037/x", "Journal of X. https://doi.org/10.1/x": the paper's DOI closing
        # the line, no part of the venue (its year may not be read from it)
        text = _VENUE_DOI_TAIL.sub("", text) or text
    # ("Functional Ecology, 33(10), 2053-2064.": the pages after a volume and its issue are no year; "..., 2019,
    # pp. 1-33. Most Cited Paper Award 2022": the award's year closing the line is no year of the paper)
    plain = without_volume_pages(text)
    out.year = find_year(_AWARD_TAIL.sub("", plain)) or find_year(plain)
    hint = _NLM_HINT.search(text)
    nlm = _NLM_TAIL.match(text) if hint else None
    online = _ONLINE_FIRST.match(text) if hint and not (nlm and (nlm.group("date") or nlm.group("semi"))) else None
    if online and TWO_LETTERS.search(online.group("v")):
        # "Ann Surg. Published online June 11, 2024. doi:..." (AMA): the journal, then when it came out online
        out.notes += ["Epub ahead of print"] if _EPUB_NOTE.search(text) else []
        text, nlm = online.group("v"), None
    if nlm and (nlm.group("date") or nlm.group("pages") or nlm.group("semi")) and TWO_LETTERS.search(nlm.group("v")):
        # "J Clin Oncol. 2010 Mar 3;28(3):45-67. doi:10.1/x. PMID: 1.", "Nature 2019; 567: 12-18" (PubMed, Vancouver,
        # AMA): the journal, then the date, volume, issue and pages; the identifiers after them are no venue
        out.year = int(nlm.group("y"))
        out.volume = nlm.group("vol")
        out.pages = VENUE_DASH.sub("-", nlm.group("pages")) if nlm.group("pages") else None
        if _EPUB_NOTE.search(nlm.group("rest") or ""):
            out.notes.append("Epub ahead of print")
        text = nlm.group("v")
    # trailing parenthetical notes: "2018 (Oral)", "2017 (Oral, Winner of EmotiW ...)"
    for paren in PAREN_INNER.findall(text) if "(" in text else ():
        if (NOTE_WORDS.search(paren) or STATUS_NOTE.fullmatch(paren) or _REVISION_NOTE.fullmatch(paren)) \
                and not _looks_like_acronym(paren):
            # ("(in press, 2023)": the year beside the status is the work's, read above, no note)
            out.notes.extend(n for n in map(_note_without_year, _VENUE_COMMA.split(paren)) if n)
            text = text.replace(f"({paren})", " ")
    if STATUS_NOTE.fullmatch(text):
        out.notes.append(" ".join(text.strip(" .!").split()))  # "In progress", "In review": the status alone, no venue
        return out
    dated = _YEAR_THEN_LEAD.match(text)
    if dated:
        # "2026. Accepted by ICML 2026" (the year of a preprint's line, then where it is to appear): the status
        # and the venue; the year goes after the venue when the venue names none
        rest = text[dated.end():]
        text = rest if YEAR.search(rest) else f"{rest} {dated.group('y')}"
    text = _VENUE_LEAD_WORDS.sub("", text)
    if "(" in text and "ed" in text.lower():
        # "Linguistics Today 2010 (ed. J. Lee and R. Roe), 1-14": the book's editors after its name, no part of it
        cut, n = _EDITORS_PAREN.subn("", text)
        text = re.sub(r"\s+(?=[.,;])", "", cut) if n and cut.strip() else text  # ("Brussels (ed. X)., EPTCS")
    lead = STATUS_LEAD.match(text)
    if lead and re.search(r"[^\W\d_]{3}", text[lead.end():]):
        # "Forthcoming in X", "R&R at X", "Revise and resubmit, X": the paper's status, then the venue it names
        out.notes.append(" ".join(lead.group("s").split()))
        text = text[lead.end():]
    tail = _PREPRINT_TAIL.search(text) if "reprint" in text else None
    if tail:
        out.notes.append(tail.group("n"))
        text = text[:tail.start()]
    # "In A. Editor and B. Editor, editors, Book Title", "In A. Editor (Eds.), Book Title": the book's editors, then
    # the book (every match holds "ed", "hrsg" or "dir", in any case)
    book = EDITORS_LEAD.sub("", text, count=1) if re.search(r"(?i)ed|hrsg|dir", text) else text
    if book != text:
        lead = text[: len(text) - len(book)]
        lead = re.sub(rf"(?i),?\s*{EDITORS_WORD}[\s,:.]*$", "", lead)
        pieces = lead.split(",")
        named = len(pieces)
        while len(pieces) > 1 and _editors_piece(pieces[-1]):
            pieces.pop()  # (the editors' names cut with their word: "A. Lee, B. Roe and C. Wu")
        if re.match(r"(?i)\s*(?:pages?\s|pp\.|\d|(?:chapter|ch\.)\s*\d)", book) or (
                len(pieces) < named and len(pieces[0].split()) >= 2
                and (not _editors_piece(pieces[0]) or _PUBLISHER_PLACE.match(book))):
            # "Book Title, A. Editor and B. Editor (Editors), pages 67-85, Springer", "Book Title, A. Lee, B. Roe,
            # and C. Wu (Eds.), Boston: Press, 2003": the book, then its editors (then its pages or publisher)
            # (the publisher and its city after the editors, "New York: Harbor Press, 2003", are no part of the name)
            book = f"{','.join(pieces)}, {_PUBLISHER_PLACE.sub('', book, count=1)}"
    text = book if book.strip(" ,.") else text
    # "Book Title, Chapter 16, pages 387-410": where the chapter sits in the book, as its pages, no part of the venue
    text = _CHAPTER_PIECE.sub("", text)
    # a note between commas: "Jan 2019, 1st winner for COCO 2019 keypoint detection", "CVPR 2019, Best Paper Award"
    pieces = _VENUE_COMMA.split(text) if "," in text else [text]
    if len(pieces) > 1:
        kept = []
        for k, piece in enumerate(pieces):
            if k and (NOTE_WORDS.search(piece) or STATUS_NOTE.fullmatch(piece)) and not _VENUE_STATUS_PIECE.match(piece):
                out.notes.append(piece.strip(" ."))
            else:
                kept.append(piece)
        text = ", ".join(kept)
    lead = _LEAD_VOLUME.match(text)
    if lead:
        # "Volume 156, September 2021, Energy Policy", "VOL 15. August 2018. 587-590": the volume written before
        # the journal's name (or in place of it, the name given elsewhere in the entry) is no name of a venue
        numbers = text[lead.end():]
        out.volume, text = lead.group(1), _NUMBERS_LEAD.sub("", numbers)
    vol = _VENUE_VOLUME.search(text) if not lead else None  # "Vol. 8(PLDI)", "(LNCS, volume 9600)"
    if vol:
        out.volume = vol.group(1) or vol.group(2) or vol.group(3)
    pages = _VENUE_PAGES.search(numbers if lead else text)  # (after a leading volume, the pages it was cut off)
    gbt = _YEAR_VOLUME_PAGES.search(text) if not (lead or vol or pages) and ":" in text else None
    if pages:
        out.pages = VENUE_DASH.sub("-", pages.group(1))
    elif gbt:
        out.volume, out.pages = gbt.group("vol"), VENUE_DASH.sub("-", gbt.group("pages"))
    elif vol and vol.group(3):
        # "Physical Review E, v. 91, p. 012101, 2015" (ABNT): after its volume, the article's one page or number
        one = _ABNT_PAGE.search(text, vol.end())
        out.pages = VENUE_DASH.sub("-", one.group(1)) if one else None
    elif vol and (after := _PAGES_AFTER_VOLUME.match(text, vol.end())) and not YEAR.fullmatch(after.group("a")):
        out.pages = f"{after.group('a')}-{after.group('b')}"  # ("Icarus, Vol. 214, 510-533"; not "Vol. 3, 2019-2020")
    # cut the venue name at the first comma that is followed by vol/pages/year
    # (BibTeX's "..., number 2152 in Lecture Notes in X": the series after the name)
    name = _VENUE_NAME_CUT.split(text, maxsplit=1)[0]
    if (quoted := _QUOTED_NAME.fullmatch(name)) and (name[:1] in "“\"" or name.rstrip()[-1:] in "”\""):
        name = quoted.group(1)  # "『誌名』, 第12巻" (as :func:`ascii_separators` quotes it): the journal's name
    edited = _EDITED_BY.search(name, 1) if "dited by" in name or "d. by" in name else None
    if edited:
        # "*Book Title*, edited by A. Roe et al., Publisher, 2020" (MLA, Chicago): the book is the venue; its editors
        # and publisher follow it (its year and pages were read from the whole line)
        name = name[: edited.start()]
    closing = _CLOSING_ACRONYM.search(text, len(name)) if len(name) < len(text) and text.rstrip(" .").endswith(")") \
        else None
    if closing and "(" not in name and _looks_like_acronym(closing.group(1)):
        # "Machine Learning with Applications, Volume 7 (MLwA 2022)": the short name closing the line, after the
        # volume the name was cut at, is the venue's
        name = f"{name.rstrip(' ,')} ({closing.group(1)})"
    name = _SERIES_TAIL.split(name, maxsplit=1)[0] if _SERIES_TAIL.search(name, 1) else name
    # "Bearing. 2021(08): 32-38", "Physical. 2021: 113091": the year after the name's stop opens the issue and pages
    name = _VENUE_STOP_YEAR.split(name, maxsplit=1)[0] if "." in name else name
    remark = _VENUE_YEAR_SENTENCE.search(name, 1) if "." in name else None
    if remark and (remark.group("n") or remark.group("vol")) and TWO_LETTERS.search(name[:remark.start()]) \
            and ":" not in name[:remark.start()] and len(name[:remark.start()].split()) <= 10:
        # "bioRxiv. 2019. [unrefereed preprint]" (a lab's list: the journal, the year, a remark): the remark a note,
        # not a part of the name with the year cut out of it ("bioRxiv. . [unrefereed preprint]"); only after a
        # journal's name (not "Title. Part 1: X. In: Editors. 2011. Book. Series": a chapter's citation whole)
        out.notes += [remark.group("n").strip(" []()")] if remark.group("n") else []
        name = name[:remark.start()]
        if remark.group("vol"):  # (the volume and pages between the year and the remark: the work's)
            out.volume = out.volume or remark.group("vol")
            out.pages = out.pages or VENUE_DASH.sub("-", re.sub(r"\s+", "", remark.group("pages")))
    # (every match closes the name with a bracket)
    issue = _VENUE_ISSUE.search(name) if name.rstrip(" .\n").endswith(")") else None
    if issue:  # "Mountain Weather 3(2), 11-19": the volume and issue after the name, with no comma before them
        out.volume = out.volume or issue.group(1)
        name = name[: issue.start()]
    tail = VOLUME_PAGES.search(text) if text.startswith(name) and re.search(r"\d[\s.)]*$", text) else None
    if tail and 0 < tail.start() < len(name) and not YEAR.fullmatch(tail.group(1)):
        # "Physical Review D 88 (4), 044026", "Procedia Computer Science 51, 1303-1312": the volume (and issue)
        # closing the name, the pages or the article's number after its comma
        out.volume = out.volume or tail.group(1)
        name = name[: tail.start()]
    named = _NAME_YEAR_STOP.match(name)
    if named:
        name = named.group(1)  # "CONTROLO 2020. Lecture Notes in Electrical Engineering": the meeting, then its series
    cited = _VENUE_VOLUME_YEAR_PAGE.match(name) if _VENUE_PAREN_YEAR.search(name) else None
    if cited:  # "Phys. Rev. D 110 (2024) 054513", "PoS LATTICE2021 (2022) 130": name, volume, (year), first page
        name = cited.group(1)
        out.volume = out.volume or cited.group(2)
        out.pages = out.pages or cited.group(3)
    # (not a year inside a report's number, "TR-PME-2011-14", "Open-File Report 2021-1", "Tech. Rep. 2021-123": the
    # number is the venue's name; nor one that a spaced dash joins to the meeting's place, "OCEANS 2024 - Halifax":
    # the edition's name as the series writes it; nor one before a sub-event's name, "NeurIPS 2024 Workshop on X")
    name = YEAR.sub(lambda y: y.group(0) if re.match(r"\w-$", name[:y.start()][-2:]) and re.match(
        r"-\w", name[y.end():y.end() + 2]) or y.start() and (_YEAR_DASH_PLACE.match(name, y.end())
                                                            or _YEAR_IN_NAME.match(name, y.end())
                                                            and re.search(r"[^\W\d_]\.?\s$", name[:y.start()])) else "",
                     name)
    name = _VENUE_EMPTY_BRACKETS.sub("", name)  # "Nonlinear Dynamics (2022)": the year's brackets, left empty
    dblp = _DBLP_NUMBERS.search(name)
    if dblp and TWO_LETTERS.search(name[:dblp.start()]) and (dblp.group("v") or len(dblp.group("p")) < 6):
        # "J. Software 14(6): 227-246 (2019)", "HPEC 2019: 1-7, 2019" (DBLP's style): the volume and issue, a
        # colon, the pages closing the name are no part of it
        out.volume = out.volume or (dblp.group("v") and re.sub(r"\s*\(.*", "", dblp.group("v")))  # (the issue not kept)
        out.pages = out.pages or VENUE_DASH.sub("-", dblp.group("p"))
        name = name[:dblp.start()]
    # ("Interspeech 2024, Kos" and "(LREC 2026)" without their years: no space before the comma or bracket left)
    # ("Social Networks · 2023", "Nature | 2021": the mark that joined the year to the name left with it)
    name = _VENUE_SPACE_PUNCT.sub("", _VENUE_SPACES.sub(" ", name)).strip(" ,.;:-·•|–—")
    acronym = publisher_full = None
    m = _VENUE_ACRONYM.search(name) if "(" in name else None  # a closing bracket, or one the volume's cut above left open
    if m and name.rstrip().endswith(")") and _looks_like_acronym(m.group(1)):
        acronym = m.group(1).strip()
        name = name[: m.start()].strip(" ,")
        head, _comma, last = name.rpartition(",")
        if head.strip() and INSTITUTION_STRONG.search(last) and not INSTITUTION_STRONG.search(head):
            # "Anais do II EnaPETMAT, Universidade Federal do Goiás (UFG)": the short name of the university that
            # published the proceedings, after the venue's name, is no venue's (the venue's full name keeps it)
            acronym, publisher_full, name = None, name, head.strip(" ,")
    elif m and m.start() > 8 and name[: m.start()].rstrip().endswith(","):
        # "Essays for X, (Lecture Notes in Y, volume 12)": the series after the name (cut at its volume above)
        name = name[: m.start()].strip(" ,")
    if acronym:
        out.venue = short_form(acronym)
        out.venue_full = name or None
    elif name:
        out.venue = short_form(name) if _looks_like_acronym(name) else name
        out.venue_full = publisher_full
    out.venue_type = venue_type(" ".join(filter(None, [out.venue_full, out.venue])))
    return out


def set_venue(pub: Publication, v: Venue, keep_type: bool = False) -> Venue:
    """``pub``'s venue, full name and kind set to :func:`parse_venue`'s ``v`` (the one place a reader sets them);
    ``keep_type``: a kind the record already names (its ``type:``, a Hugo page's ``publication_types``) stands."""
    pub.venue, pub.venue_full = v.venue, v.venue_full
    pub.venue_type = pub.venue_type or v.venue_type if keep_type else v.venue_type
    return v


@lru_cache(maxsize=4096)
def _looks_like_acronym(text: str) -> bool:
    """``CVPR``, ``T-PAMI``, ``ACM MM``, ``IEEE TNNLS``, ``NeurIPS``, ``GeoExT @ ECIR`` (a workshop at a
    conference) but not a sentence (memoised, as venue_type)."""
    words = (_AT_VENUE.sub(" ", text) if "@" in text else text).split()
    if not words or len(words) > 3:
        return False
    return all(_ACRONYM_WORD.fullmatch(w) for w in words)


_AT_VENUE = re.compile(r"(?<=\S)\s+@\s+(?=\S)")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z\-&/']*|[A-Z]{2,}[\w\-]*|[A-Z]-[A-Z]+")


# --- links -------------------------------------------------------------------------------

_LABELS: list[tuple[str, str]] = [
    ("bibtex", "bibtex"), ("bib", "bibtex"), ("arxiv", "arxiv"), ("openreview", "openreview"),
    ("code", "code"), ("github", "code"), ("software", "code"), ("slides", "slides"), ("slide", "slides"),
    ("ppt", "slides"), ("powerpoint", "slides"), ("poster", "poster"), ("video", "video"), ("talk", "talk"), ("youtube", "video"),
    ("demo", "demo"), ("project", "project"), ("website", "project"), ("page", "project"), ("dataset", "data"),
    ("datasheet", "data"),  # (academicpages forks' "datasheet:" key: the data behind the paper, wherever it is kept)
    ("data", "data"), ("blog", "blog"),
    # ("Non-technical summary", as economics papers and their sites title the paper told for the public: a post on
    # it, as a blog's is; other labels of no known kind keep their own words as the link's key)
    ("non technical summary", "blog"), ("nontechnical summary", "blog"),
    # "Supplementary Material", "Appendix": the supplement, unless the label names what it holds ("Supplementary
    # code", "Supplement video", "Supplementary data")
    ("supplementary", "supplement"), ("supplemental", "supplement"), ("supplement", "supplement"), ("supp", "supplement"),
    ("appendix", "supplement"),
    # PubMed's record of the work (its abstract and indexing), beside the paper's full text: a kind of its own, as
    # arXiv's page is; PubMed Central holds the full text itself
    ("pubmed central", "paper"), ("pubmed", "pubmed"), ("medline", "pubmed"),
    ("doi", "doi"), ("pdf", "pdf"), ("paper", "paper"), ("publisher", "paper"),
    ("postscript", "paper"),  # (the paper's file as the 1990s and 2000s gave it, "[Postscript]" beside "[PDF]")
    # "[Tool Repository]", "[Repo]": where the work's software is kept (after "data": "[Data Repository]" is data)
    ("repository", "code"), ("repo", "code"),
]


_SUPPLEMENT_WORD = re.compile(rf"\b(?:{'|'.join(w for w, k in _LABELS if k == 'supplement')})s?\b")
"""A word of :data:`_LABELS` that names the supplement ("Data Supplement", "Code Appendix")."""


_AWARD_LABEL = re.compile(r"\b(?:best|outstanding|distinguished|honou?rable)\b.*\bpapers?\b|\bpapers?\s+(?:award|prize)\b")
"""An award's name in a link's label ("Best Paper", "Outstanding Student Paper", "Paper Award")."""


_ABOUT_THE_PAPER = re.compile(r"\b(?:this|our|the)\s+papers?\s+(?:was|were|got|won|has\s+been|"
                              r"(?:is|are)\s+(?:featured|highlighted|covered|mentioned|discussed|reported))\b")
"""A link's label that is a sentence about the paper ("This paper was highlighted in ...", "Our paper is
featured ..."): a link to what it says, no link to the paper."""


SOCIAL_POST = re.compile(r"(?i)https?://(?:www\.|mobile\.)?(?:twitter\.com|x\.com|bsky\.app|threads\.net|"
                          r"facebook\.com|linkedin\.com|mastodon\.\w+)/")
"""An address on a social network: a post about a work ("Twitter paper thread"), never the work's paper."""


def label_reading(label: str) -> tuple[str | None, bool]:
    """A link's label read alone, for :func:`link_kind`: the kind it names (``[Code]``: ``code``), ``""`` where its
    word "paper" says the link is no paper's (an award, a sentence about the paper), None where it names none; and
    whether "paper" is among its words.

    >>> label_reading("Code"), label_reading("Best Student Paper"), label_reading("Slides")[0]
    (('code', False), ('', True), 'slides')
    """
    words = fold(label)
    paper = "paper" in words
    if paper and (_AWARD_LABEL.search(words) or _ABOUT_THE_PAPER.search(words)):
        return "", paper
    for word, kind in _LABELS:
        # (the substring test first: most labels lack most words; "Datasets", "Codes": the word's plural)
        if word in words and (named := re.search(rf"\b{word}s?\b", words)):
            # ("Data Supplement", "Code Appendix": the supplement word last names what the link is; "Supplementary
            # code" names what the supplement holds)
            if kind != "supplement" and _SUPPLEMENT_WORD.search(words[named.end():]):
                return "supplement", paper
            return kind, paper
    return None, paper


def url_kind(url: str) -> str | None:
    """What a link is from its address alone (arXiv, DOI, PubMed, code, video, PDF, BibTeX), for :func:`link_kind`.

    >>> url_kind("https://github.com/ann/tool"), url_kind("https://x.org/a.PDF"), url_kind("https://x.org/p")
    ('code', 'pdf', None)
    """
    parts = url_parts(url)
    host, path = parts.netloc.lower(), parts.path.lower()
    if "arxiv.org" in host:
        return "arxiv"
    if "doi.org" in host:
        return "doi"
    if host.endswith("ncbi.nlm.nih.gov") and (host.startswith("pubmed.") or path.startswith("/pubmed")
                                              or "db=pubmed" in parts.query.lower()):
        # ("ncbi.nlm.nih.gov/pubmed/123", the older "entrez/query.fcgi?db=PubMed&list_uids=123")
        return "pubmed"
    if host.endswith("github.com") or host.endswith("gitlab.com"):
        return "code"
    if "youtube.com" in host or "youtu.be" in host or "bilibili.com" in host or "vimeo.com" in host:
        return "video"
    if path.endswith(".pdf"):
        return "pdf"
    if path.endswith(".bib"):
        return "bibtex"
    return None


def link_key(label: str) -> str:
    """The key a link of no known kind goes under in a work's ``links``: the page's label folded to lower-case ASCII
    letters and digits, its words joined by ``_`` (:data:`kg.model.LINK_KEY`); "" for a label with none.

    >>> link_key("Université"), link_key("Conf. Proc."), link_key("INSPIRE-HEP"), link_key("论文")
    ('universite', 'conf_proc', 'inspire_hep', '')
    """
    return re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:80].rstrip("_")


def link_kind(label: str, url: str,
              read_label: Callable[[str], tuple[str | None, bool]] = label_reading,
              read_url: Callable[[str], str | None] = url_kind) -> str | None:
    """What a link is, from its label first (``[Code]``, ``arXiv version``), else its URL. A label naming an
    award (``Best Student Paper``, ``Outstanding Paper Award``) is no link to the paper: its word "paper" says what
    the award is for.

    >>> link_kind("Best Student Paper", "https://x.org/award.jpeg"), link_kind("Paper", "https://x.org/p")
    (None, 'paper')

    Nor is a post about the paper on a social network ("Twitter paper thread"), or a label that is a sentence
    about the paper ("This paper was featured in Coastal News"): the link is kept under the label's own words.

    >>> link_kind("Twitter paper thread", "https://twitter.com/ann/status/1")
    >>> link_kind("This paper was featured in Coastal News", "https://news.example.org/a")
    >>> link_kind("Paper thread", "https://example.org/p.html"), link_kind("Read the paper", "https://x.org/p")
    ('paper', 'paper')
    >>> link_kind("Our paper is online", "https://x.org/p"), link_kind("The paper is available here", "https://x.org/p")
    ('paper', 'paper')

    ``read_label`` and ``read_url`` are the two readings it composes (:func:`label_reading`, :func:`url_kind`),
    passed in memoised by the page reader (kg.importers.page.memo).
    """
    kind, paper = read_label(label)
    if kind == "" or paper and SOCIAL_POST.match(url):
        return None
    if kind is not None:
        return "arxiv" if kind == "paper" and "arxiv.org" in url else kind
    return read_url(url)


def address_kind(url: str) -> str:
    """The slot a work's own address goes in (its title's link, a record's ``url``): the kind the address names
    (``doi`` for a doi.org address, ``arxiv``, ``code``, ``pdf`` ...), else ``paper``.

    >>> address_kind("https://doi.org/10.1000/x"), address_kind("https://example.org/paper")
    ('doi', 'paper')
    """
    return link_kind("", url) or "paper"


CODE_FENCE = re.compile(r"^\s*(?:`{3,}|~{3,})\s*[\w+-]*\s*$")
"""A markdown code fence line ("```bibtex", "~~~"), around an entry or a program a page shows as code."""


PICTOGRAPHS = r"\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
"""Pictographs, emoji and dingbats (the body of a character class: ``[{PICTOGRAPHS}]``), which a page sets as
decoration (a flag after a place's name, "🚨" after a title, "📄" before a citation), no word of the text; the one
class every reader that drops them builds from, each with :data:`PICTOGRAPH_JOINERS` after one."""
PICTOGRAPH_JOINERS = r"\uFE0F\u200D"
"""What may follow a pictograph and is part of it: the emoji presentation selector and the zero-width joiner."""

PELICAN_PATH = re.compile(r"^(?:\{|%7[Bb]|\||%7[Cc])(?:static|filename|attach)(?:\}|%7[Dd]|\||%7[Cc])")
"""Pelican's prefix of a path in its content folder (``{filename}/pdf/x.pdf``, before Pelican 3.5
``|filename|/pdf/x.pdf``): the site's ``/pdf/x.pdf``; the one reading of it, by every link's resolver
(:func:`~kg.importers.page.context.abs_url`) too."""
URL_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*:", re.I)
"""A link that names its scheme (``https:``, ``mailto:``, ``javascript:``): no path to resolve against a base."""
_NO_URL = urlsplit("")


def url_parts(url: str) -> SplitResult:
    """``urlsplit`` for a link target a page wrote, which never stops the import: a target it refuses
    (``https://[your GitHub username].github.io``, the unclosed IPv6 bracket a template's instructions leave in
    a README) names no host and no path.

    >>> url_parts("https://[your GitHub username].github.io").netloc, url_parts("https://x.org/a").netloc
    ('', 'x.org')
    """
    try:
        return urlsplit(url)
    except ValueError:
        return _NO_URL


def site_host(url: str | SplitResult) -> str:
    """The host that names a link's site (an address, or its :func:`url_parts`): in lower case, without a
    leading ``www.``, so that "https://WWW.Ann.me/a" and "http://ann.me" are on one site.

    >>> site_host("https://WWW.Ann.me/a"), site_host(url_parts("http://ann.me")), site_host("ann.me/a")
    ('ann.me', 'ann.me', '')
    """
    return (url_parts(url) if isinstance(url, str) else url).netloc.lower().removeprefix("www.")


def on_host(host: str, domain: str) -> bool:
    """Whether a host is ``domain`` or under it ("pmc.ncbi.nlm.nih.gov" under "nih.gov"; "notnih.gov" is not): the
    one test of a host against a site's name (a link's label, a host of many people's pages). Both in lower case.

    >>> on_host("gist.github.com", "github.com"), on_host("github.com", "github.com")
    (True, True)
    >>> on_host("notgithub.com", "github.com")
    False
    """
    return host == domain or host.endswith("." + domain)


WEB_HOST = r"(?:[a-z0-9-]+\.)+[a-z]{2,}"
"""A web host's name ("www.linkedin.com", "lab.example.edu"; used case-blind), the one pattern of an address written
without its scheme: a page's link (:func:`~.page.context.abs_url`) and a profile setting (:func:`setting_address`)."""

UNPLACED_LINKS: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("unplaced_links", default=None)
"""The relative link targets (``papers/x.pdf``) a reader could not make absolute for want of a base URL (no
``--base-url`` and nothing in the site names its address), gathered while one source is read
(``ImportResult.unplaced_links``) so that ``kg import`` can say that ``--base-url`` would place them."""


def note_unplaced(target: str) -> None:
    """Record a relative link target no base URL was known for (see :data:`UNPLACED_LINKS`)."""
    found = UNPLACED_LINKS.get()
    if found is not None and len(target) > 1 and "{{" not in target and "{%" not in target:
        found.add(target)


_BRACKETED_SEGMENT = re.compile(r"^[a-z][\w+.\-]*://[^/?#]*/(?:[^?#]*/)?\[[^/\]]*\](?:[/?#]|$)", re.I)
"""A path segment written wholly in brackets ("https://me.github.io/[PDF link]"): a placeholder, no file; brackets
inside a segment ("...022[0677:SOTEEC]2.0.CO;2", an old SICI) or in the query ("path[]=6937") are an address's."""


_DOI_RESOLVER_TWICE = re.compile(r"(?i)(?:https?:)?//(?:dx\.)?doi\.org/+((?:https?:)?//(?:dx\.)?doi\.org/\S+)")
"""A DOI resolver's address before another one ("https://doi.org/https://doi.org/10.1/x"): group 1 the inner one."""


@lru_cache(maxsize=1 << 14)
def repair_url(url: str) -> str | None:
    """Repair what pages get wrong in link targets (``((http://x))``, raw spaces, ``<...>``, a markdown link
    pasted as an href) and return a valid IRI, or None when nothing usable is left.

    >>> repair_url("[url](https://pubs.acs.org/doi/10.1021/x)"), repair_url("((http://x.org/a))")
    ('https://pubs.acs.org/doi/10.1021/x', 'http://x.org/a')
    >>> repair_url("{{ page.paperurl }}") is None
    True
    >>> repair_url("https:/<i>www.example.org</i>in<i>ana</i>")
    'https://www.example.org/in/ana/'
    >>> repair_url('http://x.org/article/12"'), repair_url("10.1000/ab.12")
    ('http://x.org/article/12', 'https://doi.org/10.1000/ab.12')
    >>> repair_url("https://doi.org/https://doi.org/10.1000/ab.12")
    'https://doi.org/10.1000/ab.12'
    """
    url = (url or "").strip()
    # (each pattern below is tried only when the characters it needs are there: this runs on every link)
    if "/<i>" in url and re.match(r"[a-z]+:/<i>", url):
        # "https:/<i>x.org</i>in<i>ana</i>": a jemdoc-like generator read the slashes of "https://x.org/in/ana/" as
        # its /italic/ marks; each tag stands for the slash it took
        url = re.sub(r"</?i>", "/", url)
    url = url.strip("<>").strip()
    if url[-1:] in "\"'" or url[:1] in "\"'":
        # 'href=  http://x.org/a"' (the opening quote left out): the parser keeps the closing one in the target
        url = url.strip("\"'").strip()
    if ("{" in url or "%7" in url) and re.search(r"\{\{|\{%|%7B%7B|%7B%25", url, re.I):
        return None  # "{{ page.website }}": a template's placeholder, not where anything lives
    m = re.fullmatch(r"\[[^\]]*\]\((\S+?)\)", url) if url.startswith("[") else None
    if m:
        url = m.group(1)  # a markdown link pasted as the href: href="[url](https://...)"
    while url.startswith("(") and url.endswith(")"):
        url = url[1:-1].strip()
    url = url.lstrip("(").rstrip(")") if url.count("(") != url.count(")") else url
    if "doi.org/http" in url.lower() and (m := _DOI_RESOLVER_TWICE.match(url)):
        # "https://doi.org/https://doi.org/10.1/x": a template put the resolver before a DOI field that held the whole
        # address already; the address it held
        url = m.group(1)
    if url.startswith("//"):
        url = "https:" + url
    elif url.startswith("10.") and _DOI.fullmatch(url):
        url = "https://doi.org/" + url  # "[Title](10.1000/x)": a DOI written bare as the link, no page of the site
    if ("[" in url or "]" in url) and (url.count("[") != url.count("]") or _BRACKETED_SEGMENT.search(url)):
        # an address cut at a bracket ("...&path[" of "path[]=6937", where a pattern stopped at "]"), or a template's
        # placeholder put where the link goes ("paperurl: '[PDF link]'", joined to the site: ".../[PDF link]")
        return None
    try:
        return clean_url(url)
    except ValueError:
        return None


_DOI_URL = lazy_compile(r"doi\.org/(10\.\d{4,9}/[^\s?#]+)"
                      r"|(?:/doi/(?:[a-z]+/)?|aps\.org/\w+/(?:abstract|pdf|supplemental)/)(10\.\d{4,9}/[^\s?#]+?)"
                      r"(?:/(?:abstract|full|pdf|epdf|summary))?/?(?=[\s?#]|;\w+=|$)", re.I)
"""A DOI in an address: all of a doi.org address's path ("https://doi.org/10.1/x/full" -> "10.1/x/full", the path is
the DOI), a publisher's ".../doi/abs/10.1/x" (whatever page kind stands between: epdf, epub, figure, ACM's fullHtml
or proceedings ...), APS's "journals.aps.org/prl/abstract/10.1103/..." or, Wiley's older form,
".../doi/10.1/x/abstract/" (the page's kind after the DOI, a closing slash and a ";jsessionid=..." no part of it)."""
BARE_URL = re.compile(r"https?://[^\s)\]'\"<>,;]+")
"""An address written out in text, no link's target (a citation's "doi:https://doi.org/...", "... 1, 15. url :
http://x.org/a.pdf", an excerpt's link line): the one pattern every reader of written-out addresses uses."""
_DOI_TEXT = re.compile(r"\b(?:doi\s*[:=/]?\s*\{?\s*|(?:https?://)?(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s},\"]+)", re.I)


ARXIV_CITED = re.compile(rf"arxiv[:：\s]*(?:abs/)?({_ARXIV_NUMBER})(?:v\d+)?", re.I)
"""An arXiv identifier cited in text ("arXiv:2101.01234v2", "arXiv 2101.01234", "arXiv：abs/2101.01234",
"arXiv:hep-th/9901001"): the one pattern of an arXiv id in prose; group 1 is the id without its version."""
_ARXIV_CITED_ONLY = re.compile(rf"\s*\[?{ARXIV_CITED.pattern}\]?\s*\.?\s*", re.I)


def arxiv_cited(text: str) -> str | None:
    """The first arXiv identifier a text cites ("arXiv preprint arXiv:2305.06789" -> "2305.06789"), or None."""
    m = ARXIV_CITED.search(text) if text and "arx" in text.lower() else None
    return m.group(1) if m else None


def only_arxiv_cited(text: str) -> str | None:
    """The arXiv identifier a text that is nothing else cites ("arXiv:2504.19285", "[arXiv:2504.19285]."), or
    None."""
    m = _ARXIV_CITED_ONLY.fullmatch(text or "")
    return m.group(1) if m else None


def without_arxiv_cited(text: str) -> str:
    """A text with the arXiv identifiers it cites left out ("arXiv preprint arXiv:2305.06789" -> "arXiv preprint
    "), each replaced by a space."""
    return ARXIV_CITED.sub(" ", text)


_ARXIV_BARE = lazy_compile(rf"(?:arxiv:\s*)?({_ARXIV_NUMBER}|[a-z\-]+\.[A-Z]{{2}}/\d{{7}})(?:v\d+)?", re.I)
"""(a record's field may write an old-style id with its subject class, "math.GT/0309136", as it is kept)"""


def arxiv_ref(value: str) -> str | None:
    """The arXiv identifier a record's field gives, as an address or bare (BibTeX's ``eprint = {2308.12155}``, a
    front matter's ``eprint: "arXiv:2308.12155v2"``), without its version, or None.

    >>> arxiv_ref("arXiv:2308.12155v2"), arxiv_ref("https://arxiv.org/abs/hep-th/9901001"), arxiv_ref("12.5")
    ('2308.12155', 'hep-th/9901001', None)
    """
    value = (value or "").strip()
    m = _ARXIV_BARE.fullmatch(value)
    return arxiv_id(value) or (m.group(1) if m else None)


ARXIV_KEYS = ("eprint", "arxiv_id", "arxivid", "arxiv")
"""The fields of a BibTeX entry or a front matter that give a work's arXiv identifier (:func:`arxiv_ref` reads
each), the first one given the work's."""


def doi_of(url: str) -> str | None:
    """The DOI an address gives ("https://doi.org/10.1/x", ".../doi/abs/10.1/x" -> "10.1/x"), or None; an address
    field holding two addresses ("https://x.org/a 10.1/x%20papers3://...") gives the DOI up to the space."""
    m = _DOI_URL.search(url or "")
    return valid_doi(_unbracketed(unquote(m.group(1) or m.group(2)).split()[0]).rstrip(".")) if m else None


def _unbracketed(doi: str) -> str:
    """A DOI without the brackets that close around it and open not in it ("10.1/x)" -> "10.1/x"; "10.1061/(ASCE)x"
    as it is), nor the stop before them."""
    while doi.endswith((")", "]")) and doi.count(doi[-1]) > doi.count("(" if doi[-1] == ")" else "["):
        doi = doi[:-1].rstrip(".;")
    return doi


_DOI_PREFIX = re.compile(r"^(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_DOI = re.compile(r"10\.\d{4,9}/\S+")


def doi_written(value: str) -> str:
    """A field's DOI without the address or the "doi:" it is written with ("doi:10.1/x", "doi.org/10.1/x",
    "https://dx.doi.org/10.1/x" -> "10.1/x"); any other value as it is, stripped."""
    return _DOI_PREFIX.sub("", value.strip())


def valid_doi(doi: str | None) -> str | None:
    """The DOI a value gives (:func:`doi_written`) when it is one the model accepts ("10.1/x"), or None."""
    doi = doi_written(doi) if doi else None
    return doi if doi and _DOI.fullmatch(doi) else None


def doi_in_text(text: str) -> tuple[str, int, int] | None:
    """The first DOI a text writes ("doi: 10.1/x", "doi={10.1/x}", "https://doi.org/10.1/x"), with the span it is
    written in (from its "doi" or its address to the DOI's end), or None: the one reader of a DOI in prose; the stop
    after it ("." or ";") and a bracket that closes around it ("(https://doi.org/10.1/x)") are left out.

    >>> doi_in_text("Venue 3(2), 2019. (https://dx.doi.org/10.1000/ab.1).")
    ('10.1000/ab.1', 19, 50)
    >>> doi_in_text("Research Square [https://doi.org/10.1000/rs.2]")[0]
    '10.1000/rs.2'
    """
    m = _DOI_TEXT.search(text) if "10." in text else None
    if not m:
        return None
    doi = m.group(1).rstrip(".;")
    read = doi_of(text[m.start():m.start(1)] + doi) if "doi.org/" in text[m.start():m.start(1)].lower() else None
    # an address: its DOI as :func:`doi_of` reads it ("https://doi.org/10.1/x?ref=y" -> "10.1/x", its brackets
    # left out); else the DOI without a square bracket around it ("[10.1/x]")
    doi = read or _unbracketed(doi)
    return doi, m.start(), m.start(1) + len(doi)


def account_spells(account: str, names: Iterable[str]) -> bool:
    """Whether a web account's name ("tom-r-leppard", "okumakito", "LIUHankai", "ChangXiang-SCU") writes one of
    ``names`` (the owner's, as the site gives them): words of the name of two letters or more, in any order, make
    most of the account's letters, the family name or two words among them. A coauthor's "janedoe" and a theme's
    demo account are not the owner's.

    >>> account_spells("okumakito", ["Makito Oku"]), account_spells("ChangXiang-SCU", ["Xiang Chang"])
    (True, True)
    >>> account_spells("janedoe", ["Tom R. Leppard, PhD"]), account_spells("senli1073", ["Zijie Wu"])
    (False, False)

    The family name alone must be nearly all of it ("jsmith"): a lab's or group's account named for it
    ("zhanglab", "smithgroup") is another's site; and a two-letter word counts only at an end of the account
    ("lina", not the "li" inside "oliverwang").

    >>> account_spells("zhanglab", ["Wei Zhang"]), account_spells("oliverwang", ["Li Wang"])
    (False, False)
    """
    letters = re.sub(r"[^a-z]", "", fold(account))
    if len(letters) < 3:
        return False
    for name in names:
        words = [w for w in dict.fromkeys(re.findall(r"[a-z]+", fold(name or ""))) if len(w) >= 2]
        found = [w for w in words if w in letters and (len(w) > 2 or letters.startswith(w) or letters.endswith(w))]
        share = sum(map(len, found)) / len(letters)
        if len(found) >= 2 and share >= 0.6 or any(len(w) >= 4 for w in found) and share >= 0.8:
            return True
    return False


def same_site(url: str, homepage: str | None) -> bool:
    """True when ``url`` is the homepage itself (a placeholder link), not a page under it."""
    if not homepage or not url:
        return False
    a, b = url_parts(url), url_parts(homepage)
    return site_host(a) == site_host(b) and a.path.strip("/") in ("", "index.html") and not a.query


# --- identifiers in profile links ---------------------------------------------------------


_YOUTUBE_TABS = frozenset({"videos", "playlists", "featured", "streams", "shorts", "about", "podcasts"})


GITHUB_NOT_ACCOUNTS = frozenset({"orgs", "users", "sponsors", "topics", "settings", "user-attachments"})
"""First segments of a github.com address that are GitHub's own pages, no account's: ``user-attachments`` holds
the images a README uploads (``github.com/user-attachments/assets/<id>``)."""


ORCID_ID = re.compile(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]")
"""An ORCID iD as written ("0000-0002-1825-0097", the last character a check digit or X): match it whole."""


def _identifier_in_url(url: str) -> tuple[str, str] | None:
    """The kind and id of a researcher profile link, or None.

    >>> identifier_from_url("https://scholar.google.com/citations?hl=en&user=O7A6nYMAAAAJ")
    ('google_scholar', 'O7A6nYMAAAAJ')
    >>> identifier_from_url("https://orcid.org/0000-0002-1825-0097")
    ('orcid', '0000-0002-1825-0097')
    >>> identifier_from_url("https://orcid.org/my-orcid?orcid=0000-0002-1825-0097")
    ('orcid', '0000-0002-1825-0097')
    >>> identifier_from_url("http://www.informatik.uni-trier.de/~ley/pers/hd/d/Doe:Jane.html")
    ('dblp', 'hd/d/Doe:Jane')
    >>> identifier_from_url("https://mathscinet-ams-org.proxy.example.edu/mathscinet/individual.html?mrauthid=12")
    ('mathscinet', '12')
    >>> identifier_from_url("https://osf.io/h4x7q/"), identifier_from_url("https://www.youtube.com/@janedoe")
    (('osf', 'h4x7q'), ('youtube', '@janedoe'))
    >>> identifier_from_url("https://philpeople.org/profiles/jane-doe")
    ('philpeople', 'jane-doe')
    >>> identifier_from_url("https://uk.linkedin.com/pub/jane-doe/12/ab3/c4d")
    ('linkedin', 'jane-doe')
    >>> identifier_from_url("http://www.researcherid.com/rid/C-1234-2012")
    ('researcherid', 'C-1234-2012')
    >>> identifier_from_url("https://www.scopus.com/authid/detail.uri?authorId=12345678900")
    ('scopus', '12345678900')
    >>> identifier_from_url("https://www.ncbi.nlm.nih.gov/myncbi/ann%20b.lee.1/bibliography/public/")
    ('ncbi_bibliography', 'ann%20b.lee.1')
    >>> identifier_from_url("http://dl.acm.org/author_page.cfm?id=81100452755")
    ('acm', '81100452755')
    """
    parts = url_parts(url.strip())
    host = site_host(parts)
    path = unquote(parts.path).strip("/")
    segs = [s for s in path.split("/") if s]
    if host.startswith("scholar.google."):
        # ("user=SCHOLAR_ID&user=O7A6nYMAAAAJ": a template's placeholder left before the owner's id)
        # ("user=%22Ana%20Ruiz%22&user=O7A6nYMAAAAJ": a name put first, no id)
        # ("user=O7A6nYMAAAAJ+&hl=en": a space typed after the id, no part of it)
        users = [u.strip() for u in parse_qs(parts.query).get("user", [])]
        user = [u for u in users if not placeholder_id(u) and identifier_token(u)]
        return ("google_scholar", user[0]) if user else None
    if host == "orcid.org" and segs:
        m = ORCID_ID.fullmatch(segs[-1])
        # ("orcid.org/my-orcid?orcid=0000-...": the owner's own view of the record, the id in the query)
        asked = parse_qs(parts.query).get("orcid") if not m else None
        if asked and ORCID_ID.fullmatch(asked[0]):
            return "orcid", asked[0]
        return ("orcid", segs[-1]) if m else None
    if host == "informatik.uni-trier.de" and segs[:1] == ["~ley"]:
        # dblp's first address ("informatik.uni-trier.de/~ley/pers/hd/p/Doe:Jane.html"), still on older pages
        host, segs = "dblp.uni-trier.de", segs[1:]
    if (host in ("dblp.org", "dblp.uni-trier.de", "dblp.dagstuhl.de") or re.fullmatch(r"dblp\d\.uni-trier\.de", host)) \
            and segs:
        if segs[0] == "pid" and len(segs) >= 3:
            return ("dblp", "/".join(segs[1:]).removesuffix(".html"))
        if segs[0] == "pers" and len(segs) >= 2:
            return ("dblp", "/".join(segs[1:]).removesuffix(".html"))
        return None
    if host == "github.com" and len(segs) == 1 and segs[0].lower() not in GITHUB_NOT_ACCOUNTS:
        return ("github", segs[0])
    if host == "github.com" and len(segs) >= 2 and segs[1].lower() == f"{segs[0].lower()}.github.io":
        return ("github", segs[0])  # the user's own site repository names the user
    if host.endswith("linkedin.com") and len(segs) >= 2 and segs[0] == "in":
        return ("linkedin", segs[1])
    if host.endswith("linkedin.com") and len(segs) >= 2 and segs[0] == "pub" and re.fullmatch(r"[\w\-]{3,}", segs[1]):
        return ("linkedin", segs[1])  # the old public-profile address, "/pub/jane-doe/50/ba0/a5b": the same handle
    if host in ("twitter.com", "x.com") and len(segs) == 1:
        return ("twitter", segs[0].lstrip("@"))
    if host.endswith("zhihu.com") and len(segs) >= 2 and segs[0] == "people":
        return ("zhihu", segs[1])
    if host == "researchgate.net" and len(segs) >= 2 and segs[0] == "profile":
        return ("researchgate", segs[1])
    if host in ("semanticscholar.org", "api.semanticscholar.org") and len(segs) >= 2 and segs[0] == "author":
        return ("semantic_scholar", segs[-1])
    if host == "openreview.net" and path == "profile":
        pid = parse_qs(parts.query).get("id")
        return ("openreview", pid[0]) if pid else None
    if host == "wikidata.org" and segs and re.fullmatch(r"Q\d+", segs[-1]):
        return ("wikidata", segs[-1])
    if host == "mathscinet.ams.org" or host.startswith("mathscinet-ams-org."):
        # MathSciNet's author profile, also through a library's proxy that writes the host with dashes
        # ("mathscinet-ams-org.proxy.library.example.edu")
        mr = parse_qs(parts.query).get("mrauthid") or parse_qs(parts.query).get("authorId")
        m = re.search(r"(?i)\bMRAuthorID/(\d+)", path)
        mr_id = mr[0] if mr else m.group(1) if m else None
        return ("mathscinet", mr_id) if mr_id and mr_id.isdigit() else None
    if host == "bsky.app" and len(segs) == 2 and segs[0] == "profile" and ("." in segs[1] or segs[1].startswith("did:")):
        return ("bluesky", segs[1].lstrip("@"))  # "bsky.app/profile/ann.bsky.social": the handle
    if host in ("ideas.repec.org", "econpapers.repec.org") and len(segs) >= 2 and segs[0] in ("e", "f") \
            and re.fullmatch(r"[a-z]{1,5}\d+", segs[-1].removesuffix(".html")):
        # an economist's RePEc short id ("ideas.repec.org/e/pfe7.html"; "/f/" for its older form)
        return ("repec", segs[-1].removesuffix(".html"))
    if host == "inspirehep.net" and len(segs) == 2 and segs[0] == "authors" and segs[1].isdigit():
        return ("inspire", segs[1])  # INSPIRE-HEP, the high-energy physics literature's author record
    if host == "osf.io" and len(segs) == 1 and re.fullmatch(r"[a-z0-9]{5}", segs[0]):
        return ("osf", segs[0])  # the Open Science Framework's profile ("osf.io/h4x7q/")
    if host in ("youtube.com", "m.youtube.com") and re.fullmatch(r"@[\w.\-]{3,30}", segs[0] if segs else "") and (
            len(segs) == 1 or (len(segs) == 2 and segs[1] in _YOUTUBE_TABS)):
        # a YouTube channel's handle ("youtube.com/@janedoe"), written with its "@"; a tab of the channel
        # ("/@janedoe/videos") is the same channel
        return ("youtube", segs[0])
    if host == "researcherid.com" and len(segs) == 2 and segs[0] == "rid" and re.fullmatch(r"[A-Z]{1,3}-\d{4}-\d{4}", segs[1]):
        return ("researcherid", segs[1])  # Web of Science's ResearcherID ("researcherid.com/rid/C-1234-2012")
    if host == "philpeople.org" and len(segs) == 2 and segs[0] == "profiles" and re.fullmatch(r"[\w.\-]{2,80}", segs[1]):
        return ("philpeople", segs[1])  # a philosopher's PhilPeople profile (PhilPapers' directory of people)
    if host == "scopus.com" and segs[:1] == ["authid"]:
        author = parse_qs(parts.query).get("authorId") or []
        return ("scopus", author[0]) if author and author[0].isdigit() else None  # Scopus's author record
    if host == "ncbi.nlm.nih.gov" and len(segs) >= 3 and segs[0] == "myncbi" and segs[2] == "bibliography":
        # the author's public list in NCBI's My Bibliography, its name as the address writes it ("ann%20b.lee.1")
        return ("ncbi_bibliography", quote(segs[1], safe="._-~"))
    if host == "dl.acm.org" and (segs == ["author_page.cfm"] or len(segs) == 2 and segs[0] == "profile"):
        # the ACM Digital Library's author profile ("dl.acm.org/profile/81100452755"; its older address
        # "author_page.cfm?id=81100452755")
        acm = segs[1] if len(segs) == 2 else (parse_qs(parts.query).get("id") or [""])[0]
        return ("acm", acm) if re.fullmatch(r"\d{6,15}", acm) else None
    return None


_PROFILE_PAGES: tuple[tuple[str, LazyPattern], ...] = tuple((label, lazy_compile(rx, re.I)) for label, rx in (
    ("instagram", r"(?:www\.)?instagram\.com/(?!p/|reel/|explore/)[\w.]+/?"),
    ("threads", r"(?:www\.)?threads\.(?:net|com)/@[\w.]+/?"),
    ("substack", r"(?:www\.)?substack\.com/@[\w.\-]+/?|[\w\-]+\.substack\.com/?"),
    ("youtube", r"(?:www\.|m\.)?youtube\.com/(?:channel|c|user)/[\w.\-]+/?"),
    ("ssrn", r"(?:papers\.)?ssrn\.com/(?:sol3/)?cf_dev/AbsByAuth\.cfm\?per_id=\d+"),
    ("lattes", r"lattes\.cnpq\.br/\d{16}/?|buscatextual\.cnpq\.br/buscatextual/visualizacv\.do\?\S*\bid=\w+\S*"),
    ("sourceforge", r"sourceforge\.net/u/[\w.\-]+(?:/profile)?/?"),
    ("facebook", r"(?:www\.|m\.)?facebook\.com/(?!sharer|share|groups/|events/|pages/)[\w.]+/?"),
    ("medium", r"(?:www\.)?medium\.com/@[\w.\-]+/?"),
    ("mastodon", rf"(?:{WEB_HOST})/@[\w.]+/?"),
))
"""The owner's pages on sites kg keeps no identifier for (:func:`identifier_from_url` reads those), by the label
``person.links`` keeps each under: an Instagram, Threads, Substack or Medium account, a YouTube channel by its
id, an SSRN author page, a Brazilian Lattes CV, a SourceForge user, a Facebook page, and a Mastodon account
("https://mas.to/@ann", any server: the last, as its "/@name" form is also Threads', Substack's and Medium's). A
post, a reel, a share button is none."""


def profile_page(url: str, label: str = "", rel: str = "") -> str | None:
    """The label :data:`_PROFILE_PAGES` keeps a link to the owner's page at ``url`` under, when the link says it is
    that site's page: its words or icon name the site ("Instagram", "Mastodon", "Lattes CV"), or it is marked
    ``rel="me"`` (the owner's own, as Mastodon asks a site to mark it); None for another address or a link that
    says neither (a coauthor's "/@name", a host's address in prose).

    >>> profile_page("https://mas.to/@TAH_Sci", "Mastodon"), profile_page("https://www.instagram.com/ann.lee", "")
    ('mastodon', None)
    >>> profile_page("https://neuromatch.social/@ann", " - ", "me"), profile_page("https://x.substack.com/", "Blog")
    ('mastodon', None)
    """
    if not url or identifier_from_url(url):
        return None
    address = re.sub(r"(?i)^https?://", "", url.strip())
    kind = next((k for k, rx in _PROFILE_PAGES if rx.fullmatch(address)), None)
    if kind is None:
        return None
    if "me" in (rel or "").lower().split():
        return kind
    # (the words may name the site and say it is a page or an account, "My YouTube channel", "Currículo Lattes",
    # the address or the "@handle" written out; a word more names whose it is: "lab YouTube channel", "ICFB 2024
    # Instagram", "Conference Mastodon" are another's)
    written = r"@[\w.@\-]+|(?:https?://)?(?:www\.)?" + re.escape(address.rstrip("/").removeprefix("www.")) + "/?"
    text = fold(re.sub(written, " ", label or "", flags=re.I))
    words = re.findall(r"[a-z]+", text)
    site = {kind} | ({"you", "tube"} if kind == "youtube" else set())
    if not (site & set(words) or kind == "lattes" and "lattes" in text):
        return None
    return kind if all(w in site or w in _PROFILE_PAGE_WORDS or kind in w for w in words) else None


_PROFILE_PAGE_WORDS = frozenset(
    "my me i am on at the a in of follow find see visit also here profile page account channel author cv curriculum "
    "curriculo vitae plataforma perfil meu minha mi mon ma mein meine do de da no em logo icon link official personal "
    "fab fa fas brands square alt url handle username user id".split())
"""Words a link to the owner's page writes beside the site's name ("Follow me on Instagram", "SSRN author page",
"Currículo Lattes", an icon's "fab fa-instagram"): they name no one else."""


def identifier_from_url(url: str) -> tuple[str, str] | None:
    """The kind and id of a researcher profile link (:func:`_identifier_in_url`), or None, also when the id the
    link names is no token (``linkedin.com/in/ana%20ruiz``: a space in it, which no profile's id has). A space
    typed after the id (``linkedin.com/in/ana-ruiz%20/``) is no part of it.

    >>> identifier_from_url("https://www.linkedin.com/in/ana%20ruiz") is None
    True
    >>> identifier_from_url("https://www.linkedin.com/in/ana-ruiz%20/")
    ('linkedin', 'ana-ruiz')
    """
    found = _identifier_in_url(url)
    if found is None:
        return None
    kind, value = found[0], found[1].strip()
    return (kind, value) if identifier_token(value) else None


_PLACEHOLDER_ID = re.compile(r"(?i)^(?:x{3,}|0{4,}|your[-\w ]*|user(?:name)?|example|todo|tbd|none|null|n/?a|-+)$|x{5,}"
                             r"|^(?-i:[A-Z]+(?:[-_][A-Z]+)*[-_]ID)$")
"""A template's stand-in for an identifier: ``XXXXXXXXX``, ``your-username`` (``your-twitter-handle``), a name of the slot in capitals
(``SCHOLAR_ID``, ``PERSON-ID``)."""


def placeholder_id(value: str) -> bool:
    """Whether an identifier value is a template's stand-in (:data:`_PLACEHOLDER_ID`), not anyone's id.

    >>> placeholder_id("PERSON-ID"), placeholder_id("SCHOLAR_ID"), placeholder_id("O7A6nYMAAAAJ")
    (True, True, False)
    >>> placeholder_id("your-google-scholar-id"), placeholder_id("your_twitter_handle")
    (True, True)
    """
    return bool(_PLACEHOLDER_ID.search(value.strip()))


def clean_identifier(kind: str, value: str) -> str | None:
    """An identifier value as a page or config wrote it -> the bare id, or None for template placeholders
    (``XXXXXXXXX``, ``your-username``). A value holding the profile URL, or its tail (``citations?user=ID``,
    ``https://github.com/me``), gives the id the URL names.

    >>> clean_identifier("google_scholar", "citations?user=kxS4DJgAAAAJ"), clean_identifier("github", "@me")
    ('kxS4DJgAAAAJ', 'me')
    >>> clean_identifier("orcid", "https://orcid.org/0000-0002-1825-0097"), clean_identifier("twitter", "XXXXXXXXX")
    ('0000-0002-1825-0097', None)
    >>> clean_identifier("google_scholar", "ana.roe@example.org") is None
    True
    """
    value = (value or "").strip().strip("/")
    if not value or _PLACEHOLDER_ID.search(value):
        return None
    if kind == "orcid":
        value = dashed_orcid(value)
    if kind == "bluesky" and value.lower().removeprefix("@") in ("bsky.app", "bsky.social"):
        return None  # academicpages' template value ("bluesky: bsky.app"): the service, no one's handle
    if kind != "openreview" and "@" in value and EMAIL_ADDRESS.fullmatch(value.lstrip("@")):
        return None  # "scholar_userid: ana@example.org": an address put in a profile's slot, no id there
    template = IDENTIFIER_URLS.get(kind)
    if template and ("/" in value or "?" in value or "=" in value):
        url = value if re.match(r"https?://", value) else None
        if url is None:
            base = urlsplit(template.format(""))
            url = f"{base.scheme}://{base.netloc}/{value.lstrip('/')}"
        found = identifier_from_url(url)
        if found and found[0] == kind:
            return found[1]
    if kind in ("github", "twitter"):
        value = value.lstrip("@")
    if kind == "wikidata" and not re.fullmatch(r"Q[1-9]\d*", value):
        return None  # ("wikidata_id: Q1080573", al-folio's setting: an item's id is Q and its number, nothing else)
    return value if identifier_token(value) else None  # ("scholar: Ana Ruiz": a name in the slot, no id)


# RFC 5321 sizes (local part <= 64, labels <= 63) bound every repeat, so a search is linear in the
# text: with unbounded [\w.+-]+ a 20 kB word took 30 s (each start position rescanned the word)
# (an "at" a pair of brackets or quotes sets apart stands for the "@": "(at)", "[[at]]", "{at}", "<at>", '"at"',
# "'at'"; a pair, each opening with its own closing: "(at" then a quote is no such pair)
_AT = (r"\s{0,3}(?:@|\(at\)|\[{1,2}at\]{1,2}|\{at\}|<at>|\"at\"|'at'|“at”|‘at’|«at»|\[@\]|\(@\)|\[a\]"
       r"|\s{1,3}at(?:\s?sign)?\s{1,3})\s{0,3}")
_DOT_WORD = r"\s{0,3}(?:\(dot\)|\[dot\]|\{dot\}|<dot>|\s{1,3}dot\s{1,3})\s{0,3}"
_OBFUSCATED = lazy_compile(
    # (not after an "@": "@ana@fedi.example.org" is a handle on Mastodon, no address)
    rf"(?<![\w.+@-])([\w.+-]{{1,64}}+(?:{_DOT_WORD}[\w+-]{{1,64}}+){{0,3}})"
    + _AT +
    # ("jread @ lix . polytechnique . fr": each dot between spaces, as the "@" is)
    rf"([\w-]{{1,63}}(?:(?:\.(?=[\w-])|(?<=\w) \. (?=[\w-])|{_DOT_WORD})"
    r"[\w-]{1,63}){1,8})"
    # ("contact me directly at ana.ruiz@uni.edu", "reach me at ana dot ruiz at uni dot edu": the word "at" of the
    # sentence before an address, plain or obfuscated, is no "@" of one; an "@" form after the would-be domain
    # with no dotted domain of its own ("ana.ruiz@uni.edu (@) work") is no address's)
    rf"(?![\w.-]*{_AT}[\w-]{{1,63}}(?:\.|{_DOT_WORD})[\w-])",
    re.I,
)
"""An address, plain or obfuscated. The local part's runs are possessive (``{1,64}+``): no character after them
(a space, a bracket, "@") is one of theirs, so giving characters back never finds a match, and not trying is
half the time of a scan over a whole page's text."""


_AT_OPENERS = "(\\[{<\"'“‘«"
_AT_CORE = re.compile(rf"[@{_AT_OPENERS}\s](?:(?<=\s)at|(?<=@)|(?<=[{_AT_OPENERS}])[{_AT_OPENERS}]?at|(?<=\[)a\])",
                      re.I)
r"""Where an :data:`_AT` can be: each of its forms holds one of these (an "@", an "at" after one or two opening
brackets or quotes, a bracketed "a", or "at" after a space), case as free as there. None of them overlaps another, so
scanning for them finds each. (Written as ``@|[(\[{<"'“‘«]{1,2}at|\[a\]|\sat``, with the same matches, but opening
with the one set of characters a match can start with, and the form its first character allows after it: a search
then skips from one of them to the next, as it cannot at the choice of four forms, each tried at every character:
the scan of a page's whole text takes little more than half the instructions.)"""
_LOCAL_REACH = 320
"""How far before its :data:`_AT_CORE` an address found by :data:`_OBFUSCATED` can start: its local part is 301
characters at most (64, and three more runs of 64 each after a dot written in at most 15), then up to 5 spaces."""
_DOMAIN_REACH = 1024
"""How far after a place (:data:`_AT_CORE`) an address that starts by it can end: 1,007 characters from its start at
most, the local part and spaces before its own place (306), the rest of the "at" form (14) and the domain (63, then 8
more runs of 63 each after a dot of at most 15). Its own place may lie after the one searched from: the space before
"atkins" in "ana dot atkins at uni dot edu" is a place too. The closing look-ahead may look further; cut off, it
only refuses less."""


def _obfuscated(text: str):
    """``_OBFUSCATED.finditer(text)``, the same matches, with the text searched only near the places an "@" form can
    be (:data:`_AT_CORE`): a page's whole text holds one or none, and the pattern, tried at every word, is the
    dearest scan of its import. Each address starts at most :data:`_LOCAL_REACH` before its place, so none starts
    before the first place's reach; a search stopped :data:`_DOMAIN_REACH` after the place finds one starting by the
    place whenever the whole text has one (cut short, the closing look-ahead only refuses less), and then the search
    of the whole text from the reach gives the match. Where the places lie so close that their reaches cover the
    text, the text is scanned as a whole."""
    cores = [m.start() for m in _AT_CORE.finditer(text)]
    if len(cores) * (_LOCAL_REACH + _DOMAIN_REACH) >= len(text):
        yield from _OBFUSCATED.finditer(text)
        return
    pos = 0
    for core in cores:
        if core < pos:
            continue
        start = max(pos, core - _LOCAL_REACH)
        near = _OBFUSCATED.search(text, start, core + _DOMAIN_REACH)
        if near is None or near.start() > core:
            pos = core + 1  # (no address starts by this place: one that starts later holds a later place)
            continue
        m = _OBFUSCATED.search(text, start)
        if m is None:
            return  # (what the search cut short took for one was refused by what follows it)
        yield m
        pos = m.end()


_NAME_SLOT = r"(?:[\[<{(]\s*)?(first[-_ ]?name|given[-_ ]?name|last[-_ ]?name|family[-_ ]?name|surname" \
             r"|name(?=[._-]surname\b))(?:\s*[\]>})])?"
"""A slot of an address for the reader to fill with a name; "name" alone is the given name's slot only before
"surname" ("name.surname@...", the address a page shows where its script writes the real one)."""
_PLACEHOLDER_EMAIL = lazy_compile(rf"(?<![\w.+-]){_NAME_SLOT}(?:([._-]){_NAME_SLOT})?(?=\s{{0,3}}(?:@|\(at\)|\[at\]|\s+at\s))",
                                re.I)


def fill_email_name(text: str, name: str) -> str:
    """An address that asks the reader to put the owner's name in it (``[firstname]@cs.example.edu``,
    ``first-name.last-name@uni.example.au``), written out with the name.

    >>> fill_email_name("E-Mail: first-name.last-name@uni.example.au", "Ada K. Moss")
    'E-Mail: ada.moss@uni.example.au'
    >>> fill_email_name("email: name.surname@uni.example.fr", "Ada K. Moss")
    'email: ada.moss@uni.example.fr'
    """
    parts = name_parts(name)
    # (every slot holds "name": a page without the word, most, is not scanned)
    if not parts or "name" not in text.lower() or not _PLACEHOLDER_EMAIL.search(text):
        return text
    given = re.sub(r"[^a-z]", "", fold(parts[0].split()[0]))
    family = re.sub(r"[^a-z]", "", fold(parts[1]))

    def slot(word: str) -> str:
        return given if re.match(r"(?i)first|given|name$", word) else family

    return _PLACEHOLDER_EMAIL.sub(
        lambda m: slot(m.group(1)) + (m.group(2) + slot(m.group(3)) if m.group(3) else ""), text)


_SLOT_EMAIL = re.compile(r"(?i)^(?:you|your[._-]?(?:e-?mail|name|address|id|user(?:name)?)?)@")
"""A template's address for the site's owner to replace ("your.email@example.com", "you@domain.com")."""


def slot_email(address: str) -> bool:
    """Whether an address is a template's slot for the owner's, left unfilled (no one's address).

    >>> slot_email("your.email@example.com"), slot_email("you@domain.com"), slot_email("yourdon@uni.edu")
    (True, True, False)
    """
    return bool(_SLOT_EMAIL.match(address.strip()))


MAIL_MARK = r"(?:[✉📧📨]|\be-?mail\b)"
"""What marks an address as one to write to: an envelope's sign or the word (e-)mail (a regular expression's text)."""
EMAIL_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)
"""A plain email address, whole (``EMAIL_ADDRESS.fullmatch``): what a found or linked address must be to be kept."""


def find_email(text: str) -> str | None:
    """An email address in prose, also obfuscated (``weiyichen at megvii.com``); a full stop followed by a
    space ends the sentence, not the domain.

    >>> find_email("Email: jdoe (at) cs (dot) uni (dot) edu. Cited by 3k."), find_email("x at a. b")
    ('jdoe@cs.uni.edu', None)
    """
    found = find_emails(text, first=True)
    return found[0] if found else None


_DOTTED_AT = re.compile(r"(?<=[a-z0-9])(?:\.AT\.|_AT_)(?=[a-z0-9][\w-]*\.[a-z]{2,})")
"""The "@" of an address written as ".AT." or "_AT_" between its local part and its domain (a domain of two parts or
more)."""
_UNDERSCORED = re.compile(r"(?=[\w.+-]{0,320}_DOT_)[\w.+-]{1,64}_AT_[\w.-]{1,255}")
"""An address whose "@" is written "_AT_" and a dot of it, at least, "_DOT_" ("ana_DOT_ruiz_AT_uni_DOT_fi"; a file's
or a variable's name, "report_AT_home.html", "my_AT_value.length", writes no dot so)."""


def _underscored_address(m: re.Match) -> str:
    """An :data:`_UNDERSCORED` run with its "_DOT_" and "_AT_" written as "." and "@", or as written when it then
    has no "@" (:data:`_DOTTED_AT`)."""
    dotted, n = _DOTTED_AT.subn("@", m.group().replace("_DOT_", "."))
    return dotted if n else m.group()


def find_emails(text: str, first: bool = False) -> list[str]:
    """Every email address in a text, obfuscated ones too (``joshua[dot]reiss[at]qmul.ac.uk``), in order.

    >>> find_emails("a.b[dot]c [at] x [dot] org, or d@y.com, or e [DOT] f [@] z [DOT] ae, or g.h[[at]]w.io")
    ['a.b.c@x.org', 'd@y.com', 'e.f@z.ae', 'g.h@w.io']
    >>> find_emails("write to `ana [at] uni <dot> edu`"), find_emails("E-Mail: ana ATSIGN uni DOT eu")
    (['ana@uni.edu'], ['ana@uni.eu'])
    >>> find_emails("E-mail: ana dot ruiz at uni dot ac dot uk")
    ['ana.ruiz@uni.ac.uk']
    >>> find_emails("Dept. of Physics\\nanaruiz at uni edu\\n"), find_emails("we met at noon on the second de")
    (['anaruiz@uni.edu'], [])
    >>> find_emails("Email: ana @ lix . uni . fr"), find_emails("meet @ noon . Then")
    (['ana@lix.uni.fr'], [])
    >>> find_emails("E-mail: ana-dot-ruiz-at-uni-dot-edu-dot-tr"), find_emails("state-of-the-art-at-last")
    (['ana.ruiz@uni.edu.tr'], [])
    >>> find_emails("Email: anaruiz.AT.mail.uni.ac.cn"), find_emails("file.AT.txt")
    (['anaruiz@mail.uni.ac.cn'], [])
    >>> find_emails("Mail: ana_DOT_ruiz_AT_uni_DOT_fi"), find_emails("MAX_AT_LEAST"), find_emails("report_AT_home.html")
    (['ana.ruiz@uni.fi'], [], [])
    >>> find_emails("Please write to me directly at ana.ruiz@uni.edu"), find_emails("Reach me at ana.25 [at] uni [dot] edu")
    (['ana.ruiz@uni.edu'], ['ana.25@uni.edu'])
    >>> find_emails('Mail: ana "at" uni.example.jp'), find_emails("ana <at> uni <dot> edu")
    (['ana@uni.example.jp'], ['ana@uni.edu'])
    """
    out: list[str] = []
    if "_AT_" in (text or ""):
        # "ana_DOT_ruiz_AT_uni_DOT_fi": "@" and dots written as capitalised words between underscores (a word
        # character, so the forms between spaces or brackets never see them); a run that then reads as no address
        # ("KEEP_AT_MOST_DOT_FIVE") is left as written
        text = _UNDERSCORED.sub(_underscored_address, text)
    if ".AT." in (text or ""):
        # "wanglin.AT.mail.iap.ac.cn": the "@" written as a capitalised word between stops (the domain's stops kept)
        text = _DOTTED_AT.sub("@", text)
    if "-at-" in (text or "").lower():
        # "ekabir-at-tamu-dot-edu", "colin-dot-wilson-at-jhu-dot-edu": every "@" and dot written as a word between
        # dashes (the domain's dots too: a dash alone stays one, "ku-dot-edu" but "cs-uni")
        for m in _DASHED.finditer(text):
            out.append(re.sub(r"(?i)-dot-", ".", m.group(1)) + "@" + re.sub(r"(?i)-dot-", ".", m.group(2)))
            if first:
                return out
    for m in _obfuscated(text or ""):
        local = re.sub(_DOT_WORD, ".", m.group(1), flags=re.I)
        domain = re.sub(_DOT_WORD, ".", m.group(2), flags=re.I).replace(" ", "")
        if " . " in m.group(2) and not re.fullmatch(r"[a-z]{2,6}", domain.rsplit(".", 1)[-1]):
            continue  # (a spaced dot ends a sentence unless a top-level domain follows it: "a @ b . Then")
        out.append(f"{local}@{domain}")
        if first:
            break
    if not out and text and " at " in text:
        # "jdoe at uni edu" closing its line: the address with a space for each dot (no "dot" word written)
        out += [f"{m.group(1)}@{'.'.join(m.group(2).split())}" for m in _SPACED_DOMAIN.finditer(text)
                if "dot" not in m.group(2).lower().split()][: 1 if first else None]
    return out


_DASHED = lazy_compile(r"(?<![\w.+-])((?:[\w+]{1,64}-dot-){0,3}[\w+]{1,64})-at-((?:[a-z\d]{1,63}-dot-){1,8}[a-z]{2,6})(?![\w-])",
                     re.I)
"""An address whose "@" and dots are words between dashes, "ana-dot-ruiz-at-uni-dot-edu" (the local part's dots too)."""


_SPACED_DOMAIN = lazy_compile(r"^[ \t]*(?:e-?mail[ \t]*[:：]?[ \t]*)?([\w.+-]{1,64}+)[ \t]{1,3}at[ \t]{1,3}((?:[a-z][\w-]{0,62}[ \t]){1,3}"
                            r"(?:edu|com|org|net|gov|io|de|uk|fr|ca|au|ch|nl|cn|jp|es|se|dk|fi|il|kr|br))[ \t]*$",
                            re.M | re.I)
"""An address whose every dot is written as a space, "jdoe at uni edu", alone on its line (maybe after "Email:"),
its last word a top-level domain: a line of a contact block, no sentence."""


def local_letters(address: str) -> str:
    """The letters of an address's local part, accents folded, its dots, digits and dashes left out: what a
    name's words are looked for in ("t.kempton-2@x.org" -> "tkempton").

    >>> local_letters("T.Kempton-2@uni.example.org")
    'tkempton'
    """
    return re.sub(r"[^a-z]", "", fold(address.split("@")[0]))


# --- metrics -----------------------------------------------------------------------------------

_CITATIONS = lazy_compile(
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


def read_metrics(text: str) -> Metrics | None:
    """Citation counts, h-index and number of papers a page states about its owner (``Cited by more than
    3k``, ``h-index: 40``, ``published over 50 papers``), and where the figures come from when it says.

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
    low = text.lower()
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


def figure_card(number: str, label: str) -> Metrics | None:
    """The owner's figure a page draws as a number over its label, each in its own box ("2,740" over "citations",
    "32" over "h-index"), read as :func:`read_metrics` reads "citations: 2,740"; None for other pairs (a label kg
    has no field for, "i10-index", or a number that is no count).

    >>> figure_card("2,740", "citations").citations, figure_card("32", "h-index").h_index, figure_card("63", "i10-index")
    (2740, 32, None)
    """
    if not re.fullmatch(r"\s*~?\d[\d,.]*\s*[kK]?\+?\s*", number) or len(label.split()) > 3:
        return None
    return read_metrics(f"{label.strip()}: {number.strip()}")


# --- paragraphs --------------------------------------------------------------------------------


def paragraphs(lines: Sequence[str], first: int, last: int | None = None,
               sep: str = " ") -> list[tuple[int, int, str]]:
    """The runs of non-blank lines between 1-based lines ``first`` and ``last`` (inclusive;
    None: the last line), as (first line, last line, the stripped lines joined by ``sep``).

    >>> paragraphs(["", "Title", "  of a paper ", "", "Authors"], 1)
    [(2, 3, 'Title of a paper'), (5, 5, 'Authors')]
    """
    last = len(lines) if last is None else last
    out: list[tuple[int, int, str]] = []
    start, buf = None, []
    for n in range(first, last + 1):
        text = lines[n - 1].strip()
        if text:
            if start is None:
                start = n
            buf.append(text)
        elif start is not None:
            out.append((start, n - 1, sep.join(buf)))
            start, buf = None, []
    if start is not None:
        out.append((start, last, sep.join(buf)))
    return out


# --- sections ------------------------------------------------------------------------------

SECTION_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("news", ("news", "updates", "update", "latest news", "recent news", "announcements", "what's new",
              "noticias", "notícias", "actualités", "neuigkeiten", "nouvelles", "dernières nouvelles", "aktuelles",
              "novedades", "notizie", "novità", "新闻", "最新动态", "动态",
              "新着情報", "最新情報", "お知らせ", "ニュース", "最近の出来事", "更新履歴", "新闻动态", "通知公告",
              # "news reports" (as "News Coverage" is news; "媒体报道", media coverage, is press)
              "新闻报道", "新聞報導", "新聞報道",
              # traditional Chinese and Korean
              "新聞", "最新消息", "消息", "動態", "最新動態", "新聞動態", "近況", "뉴스", "소식", "새소식", "최근 소식",
              "공지사항")),
    ("publications", ("publications", "selected publications", "recent publications", "papers", "selected papers",
                      "research", "preprints", "journal papers", "conference papers", "publication",
                      "research output", "research outputs",
                      "early publications", "full publications", "all publications", "articles",
                      "manuscripts", "under review", "submitted papers", "in preparation", "working papers", "forthcoming",
                      "work in progress", "works in progress", "research in progress", "papers in progress",
                      "ongoing work",
                      # an economist's paper for the job market, under its own heading ("Job Market Paper")
                      "job market paper",
                      # short papers written for policy makers ("Reports and Policy Briefs"), a genre of works
                      "policy briefs",
                      "book chapters", "books", "monographs", "technical reports", "conference proceedings",
                      "book chapter",  # one chapter under its own heading ("Book Chapter"), as the plural
                      # reports published by an agency ("Peer-reviewed government reports"), a genre of works
                      "government reports", "research reports", "policy reports",
                      "book reviews", "journal articles", "refereed journals", "refereed conferences",
                      "proceedings", "theses", "dissertations", "pubs",
                      "published", "published and in press",  # "Published and In Press": papers, whatever their status
                      "accepted and in press", "論文誌", "和文論文誌", "英文論文誌",
                      # the same word in the languages seen on homepages
                      "publicaciones", "publicações", "pubblicazioni", "publikationen", "veröffentlichungen",
                      "prépublications", "articles publiés",
                      # "published works" ("Trabalhos Publicados", "Artigos publicados"): the site's papers
                      "trabalhos publicados", "artigos publicados", "trabajos publicados", "artículos publicados",
                      # books and chapters, conference papers with proceedings, in the languages of European
                      # university pages ("Livres en français", "Chapitres d'ouvrages", "Actes de congrès")
                      "livre", "ouvrage", "chapitres d'ouvrage", "chapitres de livre", "articles de revue",
                      "actes de conférence", "actes de congrès", "actes de colloque", "communications avec actes",
                      "pré-impression", "manuscrits", "rapports de recherche", "rapports techniques",
                      "communications dans un congrès", "communications dans des congrès",
                      "libros", "capítulos de libro", "artículos", "livros", "capítulos de livro", "artigos",
                      # working papers and works in progress in Italian, Spanish and Portuguese
                      "lavori in corso", "studi in corso", "documenti di lavoro", "documentos de trabajo",
                      "trabajos en curso", "trabalhos em andamento", "textos para discussão",
                      "bücher", "buchkapitel", "zeitschriftenartikel", "libri", "capitoli di libro", "articoli",
                      # in Finnish: publications, articles, theses and a university's special assignments
                      # ("Erikoistyöt": a student's written works, each a report with its own title)
                      "julkaisut", "artikkelit", "opinnäytteet", "opinnäytetyöt", "erikoistyöt",
                      # the genres a German publication list is sorted by ("Aufsätze", "Beiträge in Sammelbänden",
                      # "Monographien", "Herausgeberschaften"; "Rezensionen" alone is none, as "Reviews" is: the reviews
                      # the owner wrote, or the press's of the owner's book)
                      "aufsätze", "zeitschriftenaufsätze", "fachaufsätze", "aufsätze in zeitschriften",
                      "beiträge in sammelbänden", "sammelbandbeiträge", "buchbeiträge", "konferenzbeiträge",
                      "tagungsbeiträge", "monographien", "monografien", "sammelbände", "herausgeberschaften",
                      "fachartikel", "publikationsliste", "schriftenverzeichnis",
                      # copies of the papers themselves, to download ("Reprints :: Separatas"), and unpublished ones
                      "reprints", "offprints", "separatas", "unpublished", "unpublished papers", "inéditos",
                      "publicaties", "论文", "发表论文", "学术论文", "论文成果", "学术成果", "科研成果", "代表作",
                      "著作", "出版物", "文章",
                      "研究業績", "学術論文", "論文", "紀要", "紀要等", "解説・報告書", "報告書",
                      # Japanese CVs: achievements, books, refereed international conferences, preprints
                      "業績", "業績一覧", "著書", "書籍", "国際会議", "査読付き国際会議", "国際会議論文", "国内会議",
                      "プレプリント", "论文发表", "論文發表", "發表論文", "发表文章", "發表文章", "预印本", "預印本",
                      "专著", "專著",
                      # Korean: papers, research achievements, journals, conferences, books, preprints
                      "논문", "발표 논문", "발표논문", "논문 실적", "논문실적", "연구 실적", "연구실적", "연구 업적",
                      "연구업적", "출판물", "학술지", "학술지 논문", "국제 학술지", "국제학술지", "국내 학술지",
                      "국내학술지", "학술대회", "국제 학술대회", "국제학술대회", "국내 학술대회", "국내학술대회", "저서",
                      "프리프린트")),
    ("awards", ("awards", "honors", "honours", "awards and honors", "honors and awards", "awards & honors",
                "prizes", "achievements", "challenge winnings", "competitions", "computer vision challenge winnings",
                "distinctions", "prix et distinctions", "premios", "auszeichnungen", "prix", "récompenses",
                "distinciones", "reconocimientos", "prêmios", "premiações", "premi", "riconoscimenti", "ehrungen",
                "preise", "受賞", "受賞・表彰", "表彰",
                "受賞歴", "获奖", "获奖情况", "荣誉", "奖励", "荣誉称号", "獲獎", "獲獎情況", "榮譽", "獎勵", "得獎",
                "奖项", "獎項",  # prizes ("竞赛奖项", competition prizes)
                "수상", "수상 경력", "수상경력", "수상 실적", "수상실적", "수상 내역", "수상내역")),
    ("students", ("students", "interns", "mentees", "lab members", "current and previous interns", "advisees",
                  "team", "group members", "members", "people", "mentoring", "mentorship", "advising", "supervised students",
                  "former mentees", "student collaborators", "research assistants", "supervision", "co-supervision",
                  "undergraduate researchers", "undergraduate research assistants",
                  # ("Graduate Student Researchers", "Undergraduate Student Researchers" on a lab's team page: its
                  # students, no staff as "Researchers" alone may be)
                  "student researchers", "graduate researchers",
                  # the same in the languages of the group pages seen
                  "étudiants", "anciens étudiants", "membres du groupe", "équipe", "membres", "estudiantes",
                  "alumnos", "equipo", "miembros", "alunos", "orientandos", "equipe", "membros", "mitarbeiter",
                  "mitglieder", "doktoranden", "studierende", "studenti", "dottorandi", "membri",
                  # the theses the owner supervised and the owner's assistants ("Supervisione tesi", "Tesis
                  # dirigidas", a Lattes CV's "Orientações")
                  "supervisione tesi", "tesi supervisionate", "assistenti di ricerca", "dirección de tesis",
                  # the doctoral students a French academic supervised ("Encadrement", "Encadrement de thèses")
                  "encadrement", "encadrement de thèses", "encadrement doctoral", "co-encadrement",
                  "tesis dirigidas", "ayudantes de investigación", "orientações", "supervisão",
                  "团队成员", "团队", "成员", "学生", "研究生", "博士生", "硕士生", "本科生", "博士在读", "硕士在读",
                  "已毕业", "毕业生", "指导学生", "课题组", "課題組", "メンバー", "研究室メンバー", "學生", "指導學生", "團隊成員",
                  "학생", "구성원", "연구실 구성원", "멤버")),
    ("service", ("service", "academic service", "professional service", "services", "professional activities",
                 "reviewer", "reviewing", "program committee", "activities", "editorial boards", "editorial board",
                 "pc membership", "pc memberships", "査読経験", "委員等", "学术服务",
                 "学术兼职", "社会兼职", "学术任职", "學術服務", "学会活動", "社会活動", "학회 활동", "학회활동")),
    ("education", ("education", "educations", "academic background", "educational background", "qualifications",
                   "academic qualifications",
                   "degrees", "diplomas", "university studies", "formación", "formação", "ausbildung",
                   "formazione", "formation académique", "formation universitaire", "istruzione", "educación",
                   # a French CV's degrees ("Diplômes obtenus", "Cursus universitaire", "Titres et diplômes")
                   "diplômes", "diplômes obtenus", "diplômes et formation", "cursus", "cursus universitaire",
                   "titres et diplômes", "titres universitaires",
                   "educação", "教育背景", "教育经历", "学习经历", "学歴",
                   "学历", "學歷", "教育經歷", "學習經歷", "학력")),
    ("bio", ("bio", "about", "about me", "short bio", "biography", "introduction", "个人简介", "简介", "导师简介",
             "個人簡介", "簡介", "关于我", "關於我", "关于我们", "關於我們", "关于实验室", "關於實驗室", "关于课题组",
             "關於課題組", "自我介绍", "自我介紹", "自己紹介", "私について", "プロフィール",
             "소개", "자기소개", "프로필",
             # "About me" in Portuguese and Spanish ("Sobre mim", a page "sobre.md")
             "sobre", "sobre mim", "sobre mí", "acerca de mí",
             # and in German ("Über mich", a page "ueber-mich.html", "uebermich.html")
             "über mich", "ueber mich", "übermich", "uebermich",
             # and in Finnish ("Yleistä", "general", over the owner's introduction; "Tietoa minusta", about me)
             "yleistä", "tietoa minusta")),
    ("experience", ("experience", "work experience", "employment", "positions", "appointments", "career",
                    "internships", "internship", "research experience", "industry experience", "工作经历", "工作经验",
                    "任职经历", "職歴", "経歴", "略歴", "工作經歷", "经历", "經歷", "경력", "이력",
                    "erfahrungen", "berufserfahrung", "berufliche erfahrungen", "beruflicher werdegang",
                    "expérience professionnelle", "expériences professionnelles", "experiencia profesional",
                    "experiencia laboral", "experiencia", "experiência", "experiência profissional", "esperienza",
                    "esperienza professionale", "esperienze professionali", "esperienza lavorativa",
                    # the posts held, as French, German, Spanish and Italian CVs head them ("Parcours professionnel",
                    # "Postes occupés", "Werdegang", "Trayectoria profesional", "Percorso professionale"; not "Trayectoria" alone,
                    # a page's cards of "Area · years" over "Post — Place", which the post reader misreads)
                    "parcours", "parcours professionnel", "postes occupés", "carrière", "werdegang",
                    "wissenschaftlicher werdegang", "akademischer werdegang", "trayectoria profesional",
                    "trayectoria académica", "percorso professionale", "carriera",
                    # the posts held and degrees taken before the present one, a homepage's "Previously"
                    "previously",
                    # stays at other places ("Research visits": "**2024** — X University (Aug – Nov)"), no works
                    "research visits", "research stays", "academic visits", "visiting positions", "visits")),
    ("interests", ("research interests", "interests", "interest", "research interest", "research areas",
                   # ("Research Fields" over "Sports Economics", "Health Economics": the fields, as "研究领域"
                   # heads them)
                   "research area", "research fields", "research field", "fields of research", "fields of interest",
                   "research directions",  # ("Current Research Directions": topics, each told in a line, no papers)
                   # ("Research Topics" over boxes, each a topic with its keywords and a project's link: no papers)
                   "research topics", "research topic",
                   "interessi di ricerca", "intereses de investigación", "interesses de pesquisa",
                   "líneas de investigación", "linhas de pesquisa",
                   "expertise", "areas of expertise", "research expertise", "fields of expertise", "areas of interest",
                   "研究方向", "研究兴趣", "研究领域", "研究分野", "研究興趣", "研究領域", "研究テーマ", "연구 분야",
                   "연구분야", "연구 관심사")),
    ("talks", ("talks", "invited talks", "presentations", "tutorial", "invited conference", "invited lecture",
               "keynote", "seminars", "exposés", "séminaires", "conférences invitées", "communications orales",
               "tutoriel",
               # the workshops the owner gave ("Ateliers" beside "Séminaires"; "Workshops" alone names workshop
               # papers as often, it stays unread)
               "ateliers", "talleres",
               "ponencias", "charlas", "vorträge", "seminari", "palestras", "学会発表", "国際会議・学会発表", "国内発表", "口頭発表",
               "招待講演", "アウトリーチ", "学术报告", "特邀报告", "講演", "学術報告", "特邀報告", "演講",
               "발표", "초청 강연", "초청강연", "학술 발표", "학술발표",
               "esitelmät",  # (in Finnish)
               # "presentations without proceedings", poster and oral presentations: talks, no papers
               "予稿なし発表", "ポスター発表", "poster presentations", "oral presentations")),
    ("teaching", ("teaching", "teaching experience", "teaching experiences", "courses", "enseignement", "docencia", "lehre",
                  "insegnamento", "didattica", "enseñanza", "ensino", "教学", "讲授课程", "授業", "教歴",
                  "講義", "担当授業", "教學", "授課", "강의", "교육 활동")),
    ("contact", ("contact", "contact me", "connect with me", "let's connect", "get in touch", "ids", "contatti", "kontakt", "kontaktdaten", "contacto", "contactos", "contato", "連絡先", "联系方式", "联系我们",
                 "聯絡方式", "聯繫方式", "お問い合わせ", "연락처")),
    # the funded projects the owner took part in ("Participated projects" under "Publications"): no papers; nor are
    # "(Former) Research Projects", "Research Project" (a CV's one project, its dates and aims) ("research" alone
    # heads papers: the longer name wins)
    ("grants", ("grants", "research grants", "funding", "research contracts", "grants and contracts",
                # research grants the owner won, under the word for a prize ("Grant Awards"): funding, no honours
                "grant awards", "grants awarded", "awarded grants",
                "funded projects", "participated projects", "sponsored projects", "grants and projects",
                "research projects", "research project", "共同研究・競争的資金等の研究課題", "競争的資金", "研究課題",
                "科研项目", "主持项目", "基金项目", "项目", "研究助成金", "研究費", "科研費", "外部資金", "科研項目",
                "研究計畫", "연구과제", "연구 과제", "연구비")),  # kg has no field yet
    # what the owner was awarded to study or do research ("Award and Fellowships", "Scholarships"): honours, after
    # the grants so that a heading naming both ("Grants and Fellowships") still heads funding
    ("awards", ("fellowships", "scholarships")),
    # (and the owner's own mentors, "My mentor board": no students, no posts of the owner)
    ("collaborators", ("collaborators", "external collaborators", "mentors", "mentor", "my mentors",  # no students; kg has no field yet
                       "colaboradores", "collaborateurs", "collaboratori", "kooperationspartner")),
    # a lab's members who are no students (its postdocs, research staff, guests): kg has no field yet
    ("staff", ("postdocs", "postdoctoral fellows", "postdoc fellows", "postdoctoral researchers", "postdoctoral scholars",
               "postdoctoral associates", "post-doctoral fellows", "research associates", "research staff",
               "research scientists", "research fellows", "project officers", "staff", "technical staff",
               "lab managers", "technicians", "visiting scholars", "visiting researchers", "visiting professors",
               "博士后", "ポスドク",
               # a group's senior members in the languages of the group pages seen ("PROFESORES | COLABORADORES |
               # ESTUDIANTES", a research group's tabs of member cards)
               "profesores", "investigadores", "professores", "pesquisadores", "docentes")),
    # who the lab would take on: an invitation, no one's name ("Prospective PhD students" over the programs)
    ("openings", ("prospective students", "prospective phd students", "prospective graduate students",
                  "prospective postdocs", "join us", "join the lab", "join our lab", "join the group", "join me",
                  "open positions", "positions available", "available positions", "openings", "vacancies",
                  # (the places offered to students: "PhD positions" is no list of the owner's own posts, as
                  # "Positions" is; "Postdoctoral positions" stays one, a CV's posts held after the doctorate)
                  "phd positions", "ph.d. positions", "phd student positions", "graduate student positions",
                  "student positions",
                  "we are hiring", "招生", "招聘", "加入我们", "加入我們", "모집", "모집 공고")),
    ("memberships", ("memberships", "membership", "professional memberships", "所属学会")),  # kg has no field yet
    # courses passed and the owner's professional certificates ("AWS Certified ...", a MOOC's): no works, no awards
    ("certificates", ("certificates", "certificate", "certifications", "certification", "licenses and certifications",
                      "licenses & certifications", "professional certifications", "courses and certificates")),
    ("patents", ("patents", "patent applications", "granted patents", "patent", "patentes", "brevets", "patente",
                 "特許", "特許出願", "特許等", "发明专利", "授权专利", "专利申请", "专利", "專利", "특허")),  # no publications; kg has no field yet
    ("press", ("press", "press coverage", "media coverage", "in the press", "in the media",  # about a paper, no paper
               # the outlets that covered or consulted the owner ("Media Involvement", "Media Appearances")
               "media",
               # the articles that mention the owner's papers ("Media mentions"; "Mentions" alone as a whole heading,
               # SECTION_WHOLE_WORDS)
               "media mentions", "press mentions", "news mentions",
               # the owner's pieces for the general public (a policy blog's post, an op-ed): no papers either
               "public engagement", "public writing", "popular writing", "op-eds",
               # the owner's blog posts and podcast appearances elsewhere ("Online Contributions": "Guest")
               "online contributions",
               # the same in the languages of the pages seen
               "prensa", "en la prensa", "en los medios", "medios", "presse", "dans la presse", "imprensa",
               "na imprensa", "na mídia", "stampa", "报道", "媒体报道", "媒體報導")),
    # counts about the owner's work (a profile README's stats cards and how to set them up), no works
    ("metrics", ("research metrics", "citation metrics", "github metrics", "github stats")),
    ("software", ("software", "code", "my code", "open source", "open-source software", "software packages",
                  "software and tools", "tools", "logiciels")),  # tools, not papers; kg has no field yet
    # last, so that a heading naming what was contributed ("Open Source Contributions", "Service Contributions")
    # is that section: "Highlighted Contributions" alone (a CMS profile's field) lists the person's works
    ("publications", ("contributions",)),
]


NOT_STUDENT_ROLE = lazy_compile(
    r"(?i)post[-\s]?doc|professor|principal\s+investigator|(?<![\w.])PI(?![\w])|collaborator|affiliate[ds]?\b|staff|"
    r"technician|manager|senior\s+researcher|bioinformatician|programmer|coordinator|"
    r"administrat|scientist|engineer(?!ing)|lecturer|research\s+(?:associate|fellow)|project\s+officer|博士后|"
    # a research assistant is staff, unless a student ("Graduate Research Assistant", "Student Research Assistant")
    r"(?<!graduate\s)(?<!student\s)research\s+assistant(?!ship)")
"""A lab member's role that is no student's, whatever other words it holds ("Postdoctoral Fellow 2010-2012",
"Undergraduate Technician", "Research Associate", "Research Assistant", "Senior Researcher", "Affiliated
Researchers": members of another group the lab lists beside its own): one list for a data file's roles and a people
page's cards."""
HEAD_ROLE = re.compile(r"(?i)(?<![\w.])(?:PI|princip(?:al|le)[\s_-]+investigator|(?:lab(?:oratory)?|group|team)\s+(?:head|"
                       r"director|lead(?:er)?)|director|head|(?:full\s+|assistant\s+|associate\s+|asst\.?\s*|assoc\.?\s*)?"
                       r"prof(?:essor|\.)?)(?![\w])")
"""A role that heads a lab ("Principal Investigator", "Group Leader", "Associate Professor")."""
LAB_ROLE = re.compile(r"(?i)(?:(?:lab|group|team)\s+)?(?:co-?)?(?:PI|principal\s+investigator)|co-?investigator")
"""What a person is in a lab or on a grant, no post they hold ("Lab PI", "Principal Investigator", "Co-Investigator"):
whole, with :meth:`re.Pattern.fullmatch`."""
NOT_HEAD_ROLE = lazy_compile(r"(?i)students?\b|post-?doc|visiting|collaborator|alumn|emerit|adjunct|affiliate|former|"
                           r"research\s+(?:assistant|associate|fellow)|\bco-?(?:pi|advis)")
"""Words that make a role no lab head's, whatever head words it holds ("Visiting Professor", "Co-PI", "Former Director")."""
STUDENT_ROLE = lazy_compile(r"(?i)(?<![\w.])(?:students?|ph\.?\s?d\.?(?:s|'s)?|d\.?\s?phil\.?|m\.?\s?sc?\.?|m\.?\s?eng\.?|"
                          r"m\.?\s?phil\.?|b\.?\s?sc?\.?|b\.?\s?eng\.?|b\.?\s?tech\.?|m\.?\s?tech\.?|master'?s?|undergrad\w*|"
                          r"u\.?g\.?|ugrads?|grads?|"
                          r"bachelor'?s?|doctoral|graduate|interns?|mentees?|candidates?|summer|high[\s_-]?school(?:ers?)?)(?![\w])|"
                          r"学生|學生|(?:博士|硕士|碩士|本科|研究)生(?!导师|導師)")
"""A student's role ("PhD student", "MSc", "Summer intern", an advisee's "role: highschool", a lab file's "role: ug",
"2024级研究生", "博士生"), unless :data:`NOT_STUDENT_ROLE` says otherwise."""


def is_student_role(role: str) -> bool:
    """Whether a role is a student's (:data:`STUDENT_ROLE`, not :data:`NOT_STUDENT_ROLE`): a lab member's, a page's
    stated position.

    >>> is_student_role("Ph.D. Candidate"), is_student_role("Postdoctoral Fellow"), is_student_role("Lead Engineer")
    (True, False, False)
    """
    return bool(STUDENT_ROLE.search(role)) and not NOT_STUDENT_ROLE.search(role)
_ROLE_LINES = re.compile(r"(?i)\s*(?:<br\s*/?>|\n|;|\s\|\s)\s*")


def is_head_role(role: str) -> bool:
    """Whether a role says its holder heads the lab: its first line does ("Assistant Professor<br>Research
    Associate (Museum)": a professor, whatever other posts the later lines add); a data file's member and a people
    page's card alike.

    >>> is_head_role("Assistant Professor<br>Research Associate"), is_head_role("Visiting Professor")
    (True, False)
    """
    first = next((t for t in _ROLE_LINES.split(role) if t.strip()), "")
    return bool(HEAD_ROLE.search(first)) and not NOT_HEAD_ROLE.search(first)


SECTION_LABEL_WORDS = frozenset((
    # a page's labels over its lists ("Recent Updates", "Selected Publications", "Cool Links", "Featured Projects",
    # "Lab Highlights", "Overview")
    "recent", "latest", "upcoming", "selected", "updates", "publications", "news", "links", "projects", "featured",
    "repositories", "highlights", "overview",
    # a README's section labels ("Getting Started", "Available Scripts", "Installation", "License")
    "available", "scripts", "getting", "started", "installation", "usage", "features", "documentation",
    "contributing", "license",
))
"""Words a section's label is made of that are no word of a person's name: a label read where a name was looked
for (a heading over the page, a card's first line) names no one (``scores.NOT_NAME_WORDS`` holds them)."""


SECTION_WHOLE_WORDS: dict[str, str] = {"journals": "publications", "works": "publications", "short cv": "experience",
                                       "brief cv": "experience", "metrics": "metrics", "recognitions": "awards",
                                       "formation": "education", "posters": "talks",
                                       # the site's own small print, as a whole heading ("Privacy", "Impressum"):
                                       # its host and policies, no one's works ("Data Privacy and Security (X
                                       # 2015)", a workshop's name on a line of its own, is no such heading)
                                       **dict.fromkeys(("privacy", "privacy policy", "privacy statement",
                                                        "privacy notice", "imprint", "impressum", "datenschutz",
                                                        "legal notice", "disclaimer", "terms of use",
                                                        "cookie policy"), "legal"),
                                       # "## Reports" over the owner's reports, a genre of works, as a whole
                                       # heading ("Bug reports", "Media reports" name something else)
                                       "reports": "publications",
                                       # "## Preprint" over a list of them, as "Preprints" is (a whole heading only:
                                       # "Preprint available" in a news title is no section)
                                       "preprint": "publications",
                                       # "Current Position" ("current" is filler) as a whole heading: the
                                       # owner's post ("Open Position", "PhD Position" are no such heading)
                                       "position": "experience",
                                       # a page to would-be students, as a whole heading ("Lecture Notes for
                                       # Students" is no opening)
                                       **dict.fromkeys(("for students", "for prospective students", "to students",
                                                        "information for students", "学生の方へ", "学生の皆さんへ",
                                                        "学生の皆様へ"), "openings"),
                                       **dict.fromkeys(("award", "honor", "honour", "prize"), "awards"),
                                       # the articles that mention the owner's papers (an altmetrics export's
                                       # "mention_title", "mention_url"), as a whole word ("Honorable Mentions"
                                       # are awards, often papers' own: "Best Paper Honorable Mention")
                                       "mentions": "press",
                                       # "## Editorial" over "- Handling editor, Journal of X": the owner's editorial
                                       # roles, service ("Editorials" in a press list are pieces written)
                                       **dict.fromkeys(("editorial", "editorial work", "editorial roles",
                                                        "editorial duties", "editorial service"), "service"),
                                       # ("## Workshop Organizing", "Organized workshops": service, by
                                       # _ORGANISED_EVENTS, the one pattern of the meetings the owner organised)
                                       **{k: "publications" for k in (
                                           "thesis", "master thesis", "master s thesis", "masters thesis",
                                           # (in Finnish, folded as headings are: "Diplomityö", "Väitöskirja")
                                           "diplomityo", "pro gradu", "vaitoskirja",
                                           "bachelor thesis", "phd thesis", "ph d thesis", "doctoral thesis",
                                           "dissertation", "phd dissertation", "ph d dissertation",
                                           "doctoral dissertation", "msc thesis", "m sc thesis", "msc dissertation",
                                           "m sc dissertation", "master dissertation", "masters dissertation",
                                           "master s dissertation", "peer reviewed", "non peer reviewed", "refereed",
                                           "non refereed", "submitted", "accepted", "in review", "in revision", "under revision")}}
"""Section names that say so only as a whole heading ("JOURNALS" over a list of papers, "Recent Works", "Master
Thesis", "Peer-reviewed", "(Recently) accepted"): inside a longer one they name something else ("Reviewer for journals", "How it works",
"Thesis supervision", "Reviewer for peer-reviewed journals", "Submitted abstracts"); "Award" or "Prize" alone heads
the owner's awards (inside a longer heading, "Best Paper Award", it names one); a "Short CV" heads the owner's
career lines; "Metrics" and "Recognitions" alone head counts and awards ("Evaluation Metrics", "Speech Recognition"
name research topics). A CV's papers filed by status ("Peer-reviewed", "Submitted", "PhD thesis") are papers."""


_RESEARCH_HEADS = ("achievements", "activities")
"""Head nouns that "research" before them keeps a list of works ("Research Achievements", "Research Activities": papers
on the CVs seen), unlike the other sections' names ("Research Talks", "Research Committee Membership")."""


_SECTION_FILLER = re.compile(r"\b(my|our|the|and|of|selected|recent|recently|current|previous|past|some)\b")


@lru_cache(maxsize=1)
def _section_keys() -> list[tuple[str, str, re.Pattern]]:
    """Each section name of SECTION_WORDS without filler words, and the pattern that finds it in a heading
    (built once: section_kind runs on every heading-like line of a page)."""
    out = []
    for kind, names in SECTION_WORDS:
        for name in names:
            key = " ".join(_SECTION_FILLER.sub(" ", fold(name)).split())  # folded as headings are
            out.append((kind, key, re.compile(rf"\b{re.escape(key)}s?\b")))
    return out


@lru_cache(maxsize=1)
def _section_keys_by_start() -> dict[str, list[int]]:
    """The places in _section_keys of the names that open with each two characters (every name has two at least)."""
    index: dict[str, list[int]] = {}
    for k, (_kind, key, _rx) in enumerate(_section_keys()):
        index.setdefault(key[:2], []).append(k)
    return index


def _section_keys_in(words: str) -> list[tuple[str, str, re.Pattern]]:
    """The entries of _section_keys whose name is inside ``words``, in their order: what section_kind's loop can
    act on (a name not inside the heading neither equals it nor is found in it), looked up by the two characters at
    each place of the heading instead of each of the 560 names tried on every heading-like line."""
    keys, index = _section_keys(), _section_keys_by_start()
    found = {k for i in range(len(words) - 1) for k in index.get(words[i:i + 2], ())}
    return [keys[k] for k in sorted(found) if keys[k][1] in words]


_UPDATE_VERB = re.compile(r"\b(?:to|will|must|should|please|be|being|been|i'll|we'll|not yet)\s+(?:be\s+)?updat")
""""update" as a verb ("need to update", "will be updated", "being updated"): what the author means to do."""


_LIST_LEAD = re.compile(r"^(?:list|liste|lista|listado)\s+(?:(?:des|de|du|mes|of|der|di|dei|delle|degli)\s+)*(?=\S)")


_CJK_LIST_TAIL = re.compile(r"\s*(?:一覧|一览|列表|リスト|목록)$")


TITLE_SEPARATOR = re.compile(r"\s[|/\-–—:·]\s|\|")
"""What separates the pieces of a page's ``<title>`` ("Jane Roe | Publications", "Papers - Jane Roe", "Jane Roe /
Meteorologist")."""


ADVISED_BY = r"(?:co-?)?(?:supervised|advised|mentored)\s+by"
"""The words that say who advises a work or a person ("supervised by", "Co-advised by", "mentored by")."""


SUPERVISED_BY = lazy_compile(r"(?i:\b" + ADVISED_BY + r"|\b" + ADVISOR_WORDS + r"\s*[:：])\s*"
                           r"(?:(?i:" + HONORIFIC_WORDS + r")\s+)?([A-ZÀ-Ö][\w.'’-]*(?:\s+[A-ZÀ-Ö][\w.'’-]*){0,3})")
"""The name a page writes as a work's supervisor ("Supervised by C.M. Edwards", "Advisor: Prof. Ana Ruiz")."""


_IN_PRESS = re.compile(r"\W*in\s+press\W*")
"""A heading that is "In Press" alone (decoration around it, "**In press:**")."""


def group_post(post: str) -> bool:
    """Whether a post names a group of people, its head noun a job word in the plural or "staff" ("Postdocs",
    "Postdoctoral Fellows", "Research Staff"), not one's own ("Software Developer", "Member of Technical Staff").

    >>> group_post("Postdoctoral Fellows"), group_post("Research Staff"), group_post("Member of Technical Staff")
    (True, True, False)
    """
    last = post.split()[-1] if post.split() else ""
    if re.search(r"(?i)\bmember\s+of\b", post):
        return False
    return last.lower() == "staff" or len(last) > 3 and last[-1] in "sS" and bool(JOB_WORDS.fullmatch(last[:-1]))


_HONOURS_YEAR = lazy_compile(r"\bhono(?:u)?rs(?:\s+(?:(?:and|&)\s+)?\w+)?\s+(?:students?|theses|thesis|projects?|supervision)\b"
                           r"(?!\s+(?:awards?|prizes?|medals?))")
"""The honours year of a degree named by its students or theses ("Honours students", "Honours/Masters students",
folded "honours masters students"), not a prize for them ("Honors Thesis Award")."""


def section_kind(heading: str, exact: bool = False) -> str | None:
    """What a section heading announces, tolerant of case, synonyms and decoration
    (``"**News：**"`` -> ``"news"``, ``"Honors & Awards"`` -> ``"awards"``).

    >>> section_kind("Selected Publications"), section_kind("**News：**"), section_kind("Current and Previous Interns")
    ('publications', 'news', 'students')

    ``exact`` takes only headings that are a section's name, not ones that merely contain it
    (``"[Grant] Medical Research Center"`` is a news item's title, not a research section).
    """
    words = fold(heading)
    if _IN_PRESS.fullmatch(words):
        # "## In Press" over the papers accepted and not out yet, a status as "## Submitted" is (the whole heading,
        # read before the filler words go: the media that covered the owner are "In the Press", "Press")
        return "publications"
    words = _SECTION_FILLER.sub(" ", re.sub(r"^\W*an?\s+", "", words))  # "A short CV": the article is no name's
    words = " ".join(words.split())
    if not words:
        return None
    if re.search(r"(?i)\s(?:at|@)\s", heading) and (read := position_read(heading)) and not read[2] \
            and not group_post(read[0]):
        # "Software Developer @ Acme London", "Research Scientist at Meta": a tagline, one's post and where it is
        # held, no section ("software", "research") of the page; a group's ("Postdocs at ETH") is a section
        return None
    if words[-1] > "\u2e7f":
        # "業績リスト", "论文列表", "業績一覧": a list of the section's kind is that section
        words = _CJK_LIST_TAIL.sub("", words) or words
    # "Liste des posters", "List of talks": a list of the section's kind is that section (as "業績リスト" is)
    words = _LIST_LEAD.sub("", words) or words
    if words in SECTION_WHOLE_WORDS:
        return SECTION_WHOLE_WORDS[words]
    if re.match(r"(?:experiencias?|esperienz[ae]|experiences?)\b", words) and len(words.split()) <= 5 \
            and re.search(r"\b(?:docen\w*|didatt\w*|insegn\w*|ensino|ensenanza|enseignement)\b", words):
        # "Esperienza di insegnamento", "Experiência em ensino", "Expérience d'enseignement": the teaching one has
        # done, courses, no posts
        return "teaching"
    if (m := _SUPERVISED_WORKS.match(words)) and len(words[m.end():].split()) <= 4 and section_kind(
            re.sub(r"^\W*(?:and\s+)?", "", words[m.end():])) in (None, "students"):
        # "Supervision of theses", "Supervised Master's theses", "Co-supervised dissertations": the students whose
        # theses the owner supervised, no works of the owner's (a few words after that head phrase qualify it and
        # keep its kind: "Supervised thesis and project work - undergraduate", "Supervised theses (2015-2020)"; words
        # that name another section make the heading that one's: "Supervised Theses and Resulting Publications")
        return "students"
    if _ORGANISED_EVENTS.fullmatch(words):
        # "(Co-)organised seminars and workshops", "Organized Sessions": the meetings the owner organised, service
        # (not the talks given at them nor works), as "Supervised theses" are students
        return "service"
    best = best_key = None
    # "Social media and social movements": two topics joined by "and", neither piece a section's name, hold a
    # section's word ("media") only as part of a topic's name; a short heading's loose match needs a piece that
    # names a section ("Media and outreach", "Press & social media")
    joined = [p for p in re.split(r"\s*(?:&|\band\b)\s*", heading, flags=re.I) if p.strip(" #*_:：")]
    if not exact and (shared := _shared_head_kind(joined)):
        return shared
    joined_kinds = [section_kind(p, exact=True) for p in joined] if not exact and len(joined) >= 2 else []
    topics = bool(joined_kinds) and not any(joined_kinds)
    if any(joined_kinds) and len(heads := {kind or _head_noun_kind(p) for kind, p in zip(joined_kinds, joined)}) == 1 \
            and None not in heads:
        # "Research Supervision & Mentoring", "Awards and Honors": every piece names the same section by another of
        # its names (though "research" alone, loosely matched, heads papers), one of them exactly ("Science
        # Education and Engineering Education" are two topics, each named by a head noun only)
        return heads.pop()
    for kind, key, key_rx in _section_keys_in(words):
        if words == key:
            return kind
        # (both tests need the key inside the heading: the substring test first, a heading holds few keys)
        if kind == "students" and " for " in words and re.search(rf"\bfor\s+(?:\w+\s+)?{re.escape(key)}$", words):
            continue  # "Lecture Notes for Students", "Resources for Graduate Students": who they are for, no one listed
        if key == "update" and _UPDATE_VERB.search(words):
            continue  # "Need to update the list :)", "will be updated soon": a remark on the list, no news
        if key in ("honors", "honours") and DEGREE_WORD.match(heading.strip(" #*_")):
            continue  # "B.Sc. in Chemistry (Honors)", "BA Honours": the class of the degree a heading names, no awards
        if key in ("honors", "honours") and _HONOURS_YEAR.search(words):
            continue  # "Honours Students", "Honours theses": the honours year of a degree (Australia, the UK), its
            # students, no awards
        if not exact and key in words and (key_rx.search(words) and (
                len(words) <= len(key) + 25 and not topics or words.endswith(" " + key) and len(words.split()) <= len(key.split()) + 5
                and not re.search(r"\b(?:for|of|on|about|from|with|to|in|at|by|and|or|my|our|the|an?)\b",
                                  fold(heading)[: -len(key)]))
                # (or the key is the heading's last words, its head noun, after a few words that qualify it: "first
                # author invited conference presentations"; not after a phrase: "a brief description of my research and
                # research interests" is a sentence's piece, "Software for talks" is software)
                                           or (key[-1] > "\u2e7f" or "\u1100" <= key[-1] <= "\u11ff") and _cjk_head(words, key)) and (
                best is None or (kind != best and re.search(rf"\b{re.escape(best_key)}\b", key))
                # "Undergraduate Research Students": "research" qualifies the people the heading ends with
                # ("Research Achievements" still lists papers)
                or best_key == "research" and kind != best and key not in _RESEARCH_HEADS
                and not re.search(r"(?i)\band\b|&", heading)
                and re.search(rf"\b{re.escape(key)}s?$", words)):
            # the more specific name wins: "Research Experiences" holds "research" (publications)
            # but is "research experience"; "Research Committee Membership", "Research Talks": "research" qualifies
            # the head noun the heading ends with (not across an "and": "Research and Teaching" are two)
            best, best_key = kind, key
    following = re.search(r"\bfollowing\s+(\S.*)$", words) if best is None else None
    if following and len(following.group(1).split()) <= 4:
        # "I have been honored with the following awards and recognitions": a sentence that introduces the
        # list below it names the list's kind last
        return section_kind(following.group(1), exact)
    if best is None and len(words.split()) <= 3:
        respelled = " ".join(_respell_section_word(w) for w in words.split())
        if respelled != words:
            return section_kind(respelled, exact)
    if best is None and not exact:
        best = _qualified_section_kind(heading, words)
    if best is None:
        # "Submitted/under review/in revision", "Theses & dissertations": a heading that names one section by
        # several of its names
        # (or by two of its names or more, the other pieces naming no section: "Abstracts, posters, talks, and
        # workshop presentations" lists talks)
        pieces = [p for p in re.split(r"\s*(?:/|,|&|\||;|\band\b|\bor\b)\s*", heading, flags=re.I) if p.strip()]
        named = [section_kind(p, exact=True) for p in pieces] if 2 <= len(pieces) <= 4 else [None]
        kinds = set(named) - {None}
        if len(kinds) == 1 and (None not in named or len(named) - named.count(None) >= 2):
            best = kinds.pop()
    return best


def _shared_head_kind(pieces: list[str]) -> str | None:
    """The section a heading names whose pieces share its last word, its head noun ("Research and Professional
    Experience" is research experience and professional experience: the owner's posts, though "Research" alone
    heads papers): the kind every piece names with that noun after it, when they all name the same one; None
    otherwise ("Research and Teaching Experience": experience and teaching, two sections)."""
    if len(pieces) < 2 or len(pieces) > 4:
        return None
    words = [fold(p).split() for p in pieces]
    if not all(words) or len(words[-1]) < 2 or any(len(w) > 3 for w in words[:-1]):
        return None
    head = words[-1][-1]
    if any(w[-1] == head for w in words[:-1]):
        return None  # ("Journal Papers and Conference Papers": each piece names its own noun)
    kinds = {section_kind(" ".join(w + [head])) for w in words[:-1]} | {section_kind(" ".join(words[-1]))}
    if len(kinds) != 1 or None in kinds:
        return None
    shared = kinds.pop()
    if shared in ("publications", "students") and section_kind(head, exact=True) == shared:
        # "Conference and Workshop Papers", "Journal and Conference Articles" (bibtex2html's and jekyll-scholar's
        # headings over @inproceedings), "Masters and PhD Students", "Masters and Honours Students": pieces sharing a
        # head noun that alone names papers or students are that section (not talks: "Conference and workshop
        # presentations" stands over proceedings papers)
        return shared
    # only where a piece alone names another section, which the loose match would take ("Research"); a piece that
    # names none leaves the heading as it was ("Conference and workshop presentations" over proceedings papers)
    return shared if any(section_kind(p, exact=True) not in (None, shared) for p in pieces[:-1]) else None


_SINGULAR_HEADS = frozenset({"students", "staff", "collaborators", "talks"})
"""The sections a heading may name by its head noun in the singular ("PhD Student", "Invited Talk")."""


def singular_section_kind(heading: str) -> str | None:
    """The section a heading names by its head noun in the singular, qualified by the words before it ("Master's
    degree student", "Team Member", "Invited Talk" over a list): the people of that role, or talks. A work's kind in
    the singular names one work ("Travel Grant", "Best Paper" are one award's name); and at the top of a page, before
    any section, "Ph.D. Student" is the owner's own post (the caller asks only after a section).

    >>> singular_section_kind("Master's degree student"), singular_section_kind("Travel Grant")
    ('students', None)
    """
    words = " ".join(_SECTION_FILLER.sub(" ", fold(heading)).split())
    if " " not in words or words.endswith("s") or section_kind(heading) is not None:
        return None
    last = words.rsplit(" ", 1)[1]
    if last in SECTION_WHOLE_WORDS:
        return None
    head = section_kind(last + "s", exact=True)
    return head if head in _SINGULAR_HEADS and section_kind(words + "s") == head else None


_SUPERVISED_WORKS = re.compile(r"(?:co[-\s]?)?(?:supervis(?:ion|ed|ing)|advis(?:ed|ing))(?:\s+of)?(?:\s+(?:the\s+)?[\w'’.-]+){0,2}?"
                               r"\s+(?:thes[ie]s|dissertations?|projects)\b")
"""A heading over the theses (or projects) the owner supervised ("Supervision of theses", "Supervised bachelor
theses", "Advised MSc Dissertations"): students, though "theses" alone heads the owner's own thesis among the works."""

_EVENT_NOUN = (r"(?:seminars?|workshops?|conferences?|sessions?|(?:mini)?symposi(?:a|ums?)|meetings?|events?|schools?|"
               r"colloqui(?:a|ums?))")
_EVENTS = rf"{_EVENT_NOUN}(?:\s*,?\s*(?:and\s+)?{_EVENT_NOUN})*"
_ORGANISED_EVENTS = re.compile(rf"(?:co\s+)?organi[sz](?:ed|ing|ation(?:\s+of)?)\s+(?:(?:scientific|international|"
                               rf"research|academic)\s+)?{_EVENTS}|{_EVENTS}\s+(?:co\s+)?organi[sz](?:ed|ing|ation)")
"""A heading (folded, its filler words gone) over the meetings the owner organised, the verb first ("Co-organised
seminars and workshops", "Organization of scientific events") or last ("Workshop Organizing", "Conference
organisation", "Workshops organized"): events and nothing else beside it (the bold name over its meeting, place and
date of each: service)."""

_SECTION_QUALIFIER = re.compile(r"^(?P<head>\S+(?:\s+\S+)?)\s+(?:in|on|at|as|to|for|from|with|under|published in|"
                                r"accepted at|accepted in|presented at)\s+(?P<rest>.+)$")
_SECTION_MORE = re.compile(r"^(?P<head>\S+(?:\s+\S+){0,2}?)\s+(?:(?:(?:and|&)\s+)?other|(?:written|edited|authored|co-?authored|"
                           r"translated|published)\b)(?P<rest>.*)$")
_TRAILING_ASIDE = re.compile(r"\s*[(（\[][^()（）\[\]]*[)）\]]\s*$")


def _qualified_section_kind(heading: str, words: str) -> str | None:
    """The kind of a heading that names a section and then qualifies it, too long for the plain match:
    a trailing aside ("Journal Articles (with students)", "Articles in Peer-Reviewed Journals (Statistics)")
    or where the works appeared ("Articles in Peer-Reviewed Journals", "Papers in Refereed Conference
    Proceedings", "Chapters in Edited Books"). The name must open the heading and be a section's whole name;
    "Research on X" describes research, it lists no papers.

    >>> _qualified_section_kind("Articles in Peer-Reviewed Journals", "articles in peer reviewed journals")
    'publications'
    >>> section_kind("Refereed papers and other writing"), section_kind("Books written or edited")
    ('publications', 'publications')
    """
    aside = _TRAILING_ASIDE.search(heading)
    if aside and aside.start() > 0:
        return section_kind(heading[:aside.start()])
    m = _SECTION_MORE.match(words)
    if m and len(m.group("rest").split()) <= 4:
        # "Non-refereed Papers and other writing", "Books written, edited, or translated": the section's name,
        # then more of its kind or how the works came to be
        return section_kind(m.group("head"))
    m = _SECTION_QUALIFIER.match(words)
    if not m or len(m.group("rest").split()) > 6 or m.group("head") == "research":
        return None
    if words[m.end("head"):m.start("rest")].strip() == "as" and len(m.group("rest").split()) > 3:
        return None  # (a role is short: "Experience as Teaching Assistant"; "Media as Infrastructure in the Global
        # South" is a title's figure)
    return section_kind(m.group("head"), exact=True) or _head_noun_kind(m.group("head"))


def _head_noun_kind(phrase: str) -> str | None:
    """The section a two-word phrase names by its last word, the head noun the first word qualifies ("Student
    Supervision", "Research Supervision": supervision, though "Research" alone heads papers); None otherwise."""
    words = fold(phrase).split()
    return section_kind(words[1], exact=True) if len(words) == 2 and words[1] != "research" else None


def _cjk_head(words: str, key: str) -> bool:
    """Whether a heading in Chinese or Japanese names the section ``key`` names: CJK words run together with no
    space for ``\\b`` to find, and a compound ends with what it is ("近期代表性论文" recent representative papers:
    papers; "博士生导师" a supervisor of PhD students: no students), so the key ends the heading's last word, in a
    short heading."""
    last = words.rsplit(" ", 1)[-1]
    return last.endswith(key) and len(words) <= len(key) + 6


_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=1)
def _section_vocabulary() -> tuple[str, ...]:
    """The words of the section names long enough to be told from other words with one vowel misspelt
    (sorted: the first that fits wins, the same on every run)."""
    return tuple(sorted({w for _, key, _ in _section_keys() for w in key.split() if len(w) >= 6}))


@lru_cache(maxsize=1)
def _section_vocabulary_set() -> frozenset[str]:
    return frozenset(_section_vocabulary())


def _respell_section_word(word: str) -> str:
    """A section word with one vowel misspelt in its stem (``papars``, ``publicatoins`` is not: two letters)
    spelled right; a change in the last two letters is another word's ending (``thesis`` is not ``theses``).

    >>> _respell_section_word("papars"), _respell_section_word("thesis"), _respell_section_word("themes")
    ('papers', 'thesis', 'themes')
    """
    vocab = _section_vocabulary_set()
    if len(word) < 6 or word in vocab:
        return word
    # the word with each vowel of its stem changed into each other vowel, looked up (not every known word of its
    # length compared letter by letter: a heading's words are asked this one by one); the first in sorted order
    respellings = [known for i in range(len(word) - 2) if word[i] in _VOWELS
                   for v in _VOWELS if v != word[i] and (known := word[:i] + v + word[i + 1:]) in vocab]
    return min(respellings) if respellings else word


# --- additive helpers: marks in <sup>, short venue years, notes after a venue ---------------------

_SUP_MARKS = re.compile(r"(<sup>\s*)([*_]+)(\s*</sup>)", re.I)


def escape_sup_marks(text: str) -> str:
    """Escape ``*`` and ``_`` inside ``<sup>…</sup>`` so a markdown parser does not take
    ``A<sup>*</sup>, B<sup>*</sup>`` for emphasis: the marks stay marks (same line count).

    >>> escape_sup_marks("Ann Lee<sup>*</sup>, Bo Li<sup>*</sup>")
    'Ann Lee<sup>\\\\*</sup>, Bo Li<sup>\\\\*</sup>'
    """
    if "<sup" not in text and "<SUP" not in text:
        return text
    return _SUP_MARKS.sub(lambda m: m.group(1) + "".join("\\" + c for c in m.group(2)) + m.group(3), text)


_LATEX_MARK = lazy_compile(r"\$\$?\s*(?:\{\s*\})?\s*\^\s*\{?\s*"
                           r"(\\dagger|\\ddagger|\\ast|\\star|\\sharp|\\#|\\\*|\*|\#|\\S)\s*\}?\s*\$\$?")
"""One mark as MathJax sets it, ``$^\\dagger$``, ``$^{*}$``, or in display dollars on an empty base,
``$${}^\\dagger$$``."""
_LATEX_MARK_SYMBOL = {"\\dagger": "†", "\\ddagger": "‡", "\\ast": "*", "\\star": "*", "*": "*", "\\sharp": "#",
                      "\\#": "#", "#": "#", "\\S": "§", "\\*": "*"}


_LATEX_SEPARATOR = re.compile(r"\$\s*(\\cdot|\\bullet|\\vert|\\mid|\|)\s*\$")
_LATEX_SEPARATOR_SYMBOL = {"\\cdot": "·", "\\bullet": "•", "\\vert": "|", "\\mid": "|", "|": "|"}


def latex_sup_marks(text: str) -> str:
    """Author marks written as LaTeX for MathJax (``Ann Lee$^\\dagger$``, ``Bo Li$^{*}$``) as the page shows them:
    ``<sup>†</sup>``, ``<sup>*</sup>`` (same line count); so are separators (``A $\\cdot$ B`` is ``A · B``).

    >>> latex_sup_marks(r"Ann Lee$^\\dagger$, Bo Li$^{*}$, $x^2$")
    'Ann Lee<sup>†</sup>, Bo Li<sup>*</sup>, $x^2$'
    >>> latex_sup_marks(r"$${}^\\dagger$$Ann Lee, $${}^\\dagger$$Bo Li")
    '<sup>†</sup>Ann Lee, <sup>†</sup>Bo Li'
    >>> latex_sup_marks(r"Ann Lee $\\cdot$ Bo Li")
    'Ann Lee · Bo Li'
    """
    if "$" not in text:
        return text
    text = _LATEX_SEPARATOR.sub(lambda m: _LATEX_SEPARATOR_SYMBOL[m.group(1)], text)
    return _LATEX_MARK.sub(lambda m: "<sup>" + _LATEX_MARK_SYMBOL[m.group(1)] + "</sup>", text)


# --- awards in prose ----------------------------------------------------------------------------

_AWARD_VERB = re.compile(
    r"\b(?:I|He|She|They|we)\s+(?:have\s+|has\s+|also\s+)?(?:won|received|was awarded|were awarded|got|been awarded|"
    r"was honored with|was selected for|was named|was elected)\b\s*",
    re.I,
)
AWARD_WORDS = re.compile(
    r"\b(awards?|prizes?|scholarships?|fellowships?|medals?|programs?|programmes?|honou?rs?|winner|champion(ship)?|"
    r"grants?|first place|best paper|talent|laureate)\b",
    re.I,
)
DEGREE_WORD = lazy_compile(r"(?<![\w.])(?:" + DEGREE_NAMES + r")(?![\w])")
"""A degree (:data:`DEGREES`) named as a word of a text ("a PhD graduate", "M.Sc. 2019")."""


DOCTORATE = lazy_compile(r"(?i)(?<![\w.])(?:ph\.?\s?d|doctor(?:al|ate|at|ado)?|d\.?\s?phil)(?![^\W_])")
"""A doctorate named ("PhD", "Ph.D. in Physics", "Doctor of Philosophy", "Doctoral studies", "DPhil"): an
education's degree, a CV line, a position's."""


_OTHER_CLAUSE = re.compile(r"(?i)(?:completed|joined|moved|spent|worked|served|studied|graduated|became|went|"
                           r"returned|founded|held|pursued|did|led|started|began)\b")
"""A clause of its own after the things a bio says the owner received: what else they did."""


_HOW_MANY_AWARDS = re.compile(r"(?i)(?:(?:a\s+)?few|several|many|numerous|multiple|various|some|\d+\+?|two|three|four|"
                              r"five|six|seven|eight|nine|ten)\s+(?:\w+\s+){0,2}?(?:awards|grants|prizes|scholarships|"
                              r"fellowships|honou?rs|medals)")
"""How many awards, not which ("a few grants", "several research awards"): no award's name."""


def read_prose_awards(sentence: str) -> list[tuple[str, int | None]]:
    """Awards a bio sentence lists after ``I won ...``.

    >>> read_prose_awards("I won the Nvidia scholarship in 2018, the first prize of MicroNet "
    ...                   "Challenge in NeurIPS 2019,  been elected for the 2021 StarTrack Program of X.")
    [('Nvidia scholarship', 2018), ('first prize of MicroNet Challenge in NeurIPS 2019', 2019), ('StarTrack Program of X', 2021)]
    """
    m = _AWARD_VERB.search(sentence)
    if not m:
        return []
    tail = sentence[m.end():].strip()
    tail = re.split(r"\.\s", tail)[0].rstrip(".")
    out = []
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the|a|an|been|was|received|won|got)\b)", tail):
        if _OTHER_CLAUSE.match(item.strip()):
            # "received his PhD from X, where ..., and completed a postdoctoral fellowship at Y": the sentence goes
            # on with what else the owner did, no more of what they received
            break
        item = re.sub(r"^(?:and\s+)?(?:have\s+|has\s+)?(?:been\s+)?(?:elected|selected|named|awarded|chosen)\s+"
                      r"(?:for|as|to|into)?\s*", "", item.strip(), flags=re.I)
        item = re.sub(r"^(?:won|received|got)\s+", "", item, flags=re.I)
        # ("a few grants, including a research grant from X": the one named after how many)
        item = re.sub(r"^(?:(?:including|such as|notably)\s+)?(the|a|an)\s+", "", item.strip(), flags=re.I)
        if not item or not AWARD_WORDS.search(item) or DEGREE_WORD.search(item) or _HOW_MANY_AWARDS.fullmatch(item):
            continue
        year = find_year(item)
        name = re.sub(r"\s+in\s+(?:19|20)\d\d$", "", item)
        name = re.sub(r"^(?:19|20)\d\d\s+", "", name).strip(" ,")
        out.append((name, year))
    return out


# --- what every family's entries get the same way ---------------------------------------------------------

_TITLE_PREFIX = re.compile(r"^\s*(?:\[\s*\d{1,3}\s*\]|\(\s*\d{1,3}\s*\)|\d{1,3}[.)])\s+(?=\S)")
_TITLE_YEAR = re.compile(r"^\s*\(\s*((?:19|20)\d\d)[a-z]?\s*\)[\s.:,-]*(?=\S)")
_CHAPTER_PREFIX = re.compile(r"^\s*(?:chapter|ch\.)\s*\d{1,3}\s*[:.\u2014\u2013-]\s*(?=\S)", re.I)
"""'Chapter 2 — Title': where the chapter sits in its book, no part of its title."""


def strip_title_prefix(title: str) -> tuple[str, int | None]:
    """A list's numbering or a year in parentheses left at the head of a title -> (the title, that year).

    >>> strip_title_prefix("28. Multiple sources of uplift"), strip_title_prefix("(2025) Warranties of batteries")
    (('Multiple sources of uplift', None), ('Warranties of batteries', 2025))
    >>> strip_title_prefix("3D Shapes from 2 Views"), strip_title_prefix("Chapter 4 \u2014 Soils of the north")
    (('3D Shapes from 2 Views', None), ('Soils of the north', None))
    """
    year = None
    m = _TITLE_YEAR.match(title)
    if m:
        year, title = int(m.group(1)), title[m.end():]
    m = _TITLE_PREFIX.match(title)
    if m and len(title[m.end():].split()) >= 2:
        title = title[m.end():]
    m = _CHAPTER_PREFIX.match(title)
    if m and len(title[m.end():].split()) >= 2:
        title = title[m.end():]
    return title, year


def uninvert_name(name: str) -> str:
    """An author kept as ``Family, Given`` (a bold owner cut out of an APA list) -> ``Given Family``.

    >>> uninvert_name("Delgado, F"), uninvert_name("van Dijk, P. J."), uninvert_name("Ann Lee")
    ('F. Delgado', 'P. J. van Dijk', 'Ann Lee')
    >>> uninvert_name("Arturo Lema, Jr."), uninvert_name("Ivanov, II")
    ('Arturo Lema, Jr.', 'II Ivanov')
    """
    m = re.fullmatch(r"\s*([^,]+?),\s*([^,]+?)\s*", name)
    suffix = _SUFFIX_AFTER_COMMA.search(name) if m else None
    if not m or suffix and _suffix_kept(suffix) != suffix.group(0):
        return name  # "Arturo Lema, Jr.": a whole name and its generation suffix, not "Family, Given"
    family, given = m.group(1), m.group(2)
    if not (given_like(family, particles=True) and (initials_only(given) or given_like(given))):
        return name
    if re.fullmatch(r"[A-ZÀ-ÖØ-Þ]", given):
        given += "."
    return f"{given} {family}"


_ALFOLIO_DEMO_NAME = r"(?:albert|a\.?)\s+einstein"
DEMO_AUTHOR = re.compile(r"(?i)^\s*" + _ALFOLIO_DEMO_NAME + r"\s*$")
"""al-folio's demo owner ("Albert Einstein", "A. Einstein"), the author of the sample entries of its ``papers.bib``
(one of the demo owners :func:`placeholder_text` knows, for a reader that wants this one alone).

>>> [bool(DEMO_AUTHOR.match(n)) for n in ("A. Einstein", "Albert Einstein", "Alfred Einstein")]
[True, True, False]
"""
_PLACEHOLDER = lazy_compile(
    r"\blorem ipsum\b|^\s*(?:your(?:\s+full)?|you\s+r\.?|my|full|author|site)\s+name\s*$|^\s*(?:(?:first|second|third|other)\s+)?"
    r"(?:author|editor|co-?author)\s+name\s*$|^\s*(?:john|jane)\s+(?:doe|smith)\s*$|"
    # a template's sample byline ("Author One, Author Two"; "Author 1")
    r"^\s*(?:author|co-?author)(?:\s+(?:one|two|three|four|[0-9]|[a-d]))+\s*$|"
    # (or the byline's initials before the word: "I. Author, J. Author, Z. Cui")
    r"^\s*(?:[a-z]\.\s*){1,2}(?:author|co-?author)\s*$|"
    # a members page's sample card ("Student Name", "Former Student Name")
    r"^\s*(?:(?:former|current|past|example|sample)\s+)?(?:student|member|person|team\s+member|alumn[ia]|postdoc)\s+name\s*$|"
    r"^\s*first\s*(?:name)?\s+last\s*(?:name)?\s*$|^\s*(?:name\s+surname|firstname\s+lastname)\s*$|"
    # a slot of x's a template leaves for every value ("name: XXXX", "title: XXXX")
    r"^\s*x{3,}\s*$|"
    # the demo owners themes ship with: Hugo Academic / Hugo Blox, al-folio; academicpages' demo CV's school
    r"^\s*(?:nelson\s+bighetti|" + _ALFOLIO_DEMO_NAME + r"|github\s+university)\s*$|"
    # a theme's note to the site's author in a page its layout does not show (hugo-apero's "index doesn't contain a
    # body, just front matter above")
    r"\bdoesn['’]t contain a body\b|"
    # a template's slot in brackets, for the owner to fill ("[Paper Title]", "[Conference/Journal Name]",
    # "[Institution Name]", "[Authors]", "[Start Year] - Present"); not a kind of work alone ("[Journal]",
    # "[ICML Conference]": a badge a list puts over its entries, as "[arXiv]" is)
    r"^\s*\[(?:[\w/&-]+\s+){0,3}(?:title|name|authors?|year|institution|department|venue)\]"
    rf"(?:\s*[-–]\s*(?:{NOW_WORDS}|\[[^\[\]]*\]))?\s*$",
    re.I,
)


def placeholder_text(text: str) -> bool:
    """A theme's sample text left in place of the owner's (``Lorem ipsum``, ``Your Name``, ``You R. Name``, ``John Doe``, the demo
    owners ``Nelson Bighetti`` of Hugo Academic and ``Albert Einstein`` of al-folio).

    >>> placeholder_text("Lorem ipsum"), placeholder_text("Your Name"), placeholder_text("Jane Dorsey")
    (True, True, False)
    >>> placeholder_text("You R. Name")  # (al-folio's first, middle and last name: "You", "R.", "Name")
    True
    >>> placeholder_text("Former Student Name"), placeholder_text("Student Named")
    (True, False)
    >>> placeholder_text("J. Author"), placeholder_text("J. Authors")
    (True, False)
    >>> placeholder_text("XXXX"), placeholder_text("Xu Xi")
    (True, False)
    """
    return bool(_PLACEHOLDER.search(text or ""))


SLOT_IN_VALUE = re.compile(r"\[(?:[Yy]our\s+[\w ]{1,30}|(?:[A-Z][\w/&-]*\s+){0,2}(?:Field|University|Institution|"
                            r"Department|Company|Organi[sz]ation|City|Country|Degree|Position|Role|Topic|Area|Name))\]")
"""A template's slot in brackets inside a value ("PhD Student in [Field]", "[Your Field] | [University]"): the slot
of a place, a field or the owner's own, its words capitalised as a slot's name is, which no filled-in value
writes in brackets (a remark in brackets is in lower case: "Lecturer [fixed-term position]")."""


_FILLED_SLOTS = re.compile(r"\s*<[^<>\s/=\"']+>(?:\s+<[^<>\s/=\"']+>)*\s*")
_SLOT = re.compile(r"<([^<>]+)>")


def filled_slots(value: str) -> str:
    """A value written into a template's slots, brackets and all (Hydejack's ``name: <firstname> <lastname>`` filled
    in as ``<Ann> <Vidal>``): the words without the brackets; any other value as it is (an HTML tag holds a "/",
    "=" or a quote, or stands beside plain words).

    >>> filled_slots("<Ann> <Vidal>"), filled_slots("Ann Vidal"), filled_slots("<b>Ann</b> Vidal")
    ('Ann Vidal', 'Ann Vidal', '<b>Ann</b> Vidal')
    """
    return _SLOT.sub(r"\1", value).strip() if _FILLED_SLOTS.fullmatch(value or "") else value


def unfilled(value: str) -> bool:
    """Whether one of the owner's particulars (a job title, a place, a degree's field) is a template's sample text
    (:func:`placeholder_text`) or holds a slot left unfilled. Not for prose: a bio may fill some slots of its
    sentence and not others ("I am a [Your Role] ... a student at Tarn University").

    >>> unfilled("PhD Student in [Field]"), unfilled("[University]"), unfilled("[arXiv] Tides"), unfilled("Your Name")
    (True, True, False, True)
    >>> unfilled("Research Assistant [part-time position]"), unfilled("M.Sc. [joint degree]")
    (False, False)
    """
    return placeholder_text(value) or bool(SLOT_IN_VALUE.search(value or ""))


_STARTER_TEXT = lazy_compile(r"This is the base Jekyll theme\.|You can find the source code for Minima at GitHub|"
                           r"You[’']ll find this post in your `?_posts`? directory|"
                           r"My name is Inigo Montoya\. I have the following qualities|"
                           r"Write your biography here\. Tell the world about yourself|"
                           r"No content below YAML for the `?[\w-]+`? _index\. This file|"
                           r"(?:Hugo Blox|Wowchemy)(?: Builder)?\]?(?:\([^)\s]*\))? is designed to give technical content "
                           r"creators a seamless experience|The Hugo Blox website builder for Hugo, along with its starter "
                           r"templates|Hugo Blox (?:web framework empowers you with one of the most flexible note-taking|"
                           r"supports a Markdown extension for mindmaps\.|"
                           r"changes that\. With the [^.]{0,40}?shortcode, you can render your actual)|"
                           r"^A simple inline announcement(?:\.| with Markdown emoji! :sparkles: :smile:)\s*$|"
                           r"Announcements and news can be much longer than just quick inline posts\.", re.M)
"""What a theme's starter page says when left as generated (minima's ``about.md``; the post ``jekyll new``
writes, "Welcome to Jekyll!"; Beautiful Jekyll's ``aboutme.md``; al-folio's ``about_einstein.md`` and its three
sample announcements, ``_news/announcement_1.md`` ... ``_3.md``, each the whole line or sentence; hugo-apero's
section list pages, ``content/blog/_index.md``: "** No content below YAML for the blog _index. This file provides
front matter for the listing page layout ...**"; the sample blog posts of Hugo Blox's starters, about the builder
itself: "Hugo Blox is designed to give technical content creators a seamless experience", Wowchemy's before;
each sample's whole sentence, as an owner may name the builder in words of their own: "Hugo Blox changes that")."""


_FILLER_WORDS = lazy_compile(r"(?i)\b(?:lorem|ipsum|dolor|dolore|consectetur|adipiscing|tempor|incididunt|excepteur|"
                           r"exercitation|ullamco|eiusmod|cupidatat|reprehenderit|occaecat|laboris|nostrud|aliquip)\b")
"""The words of the Latin filler a theme's sample page is written in ("Tempor velit sint sunt ipsum ...")."""


def starter_text(head: str) -> bool:
    """Whether a page's head (its first few thousand characters) is a theme's starter page left as generated
    (:data:`_STARTER_TEXT`) or a sample page of Latin filler."""
    return bool(_STARTER_TEXT.search(head)) or len({w.lower() for w in _FILLER_WORDS.findall(head)}) >= 6


_DEMO_AWARDS = frozenset((fold(t), fold(a), d) for t, a, d in (
    ("Neural Networks and Deep Learning", "Coursera", "2023-11-25"), ("Blockchain Fundamentals", "edX", "2023-07-01"),
    ("Object-Oriented Programming in R", "datacamp", "2023-01-21")))
"""The sample awards of Hugo Blox's academic-cv starter (title, awarder, date), which real sites leave in their
author page beside their own."""
_DEMO_PRIZES = frozenset((fold(t), fold(a), d) for t, a, d in (("Best Paper Award", "NeurIPS", "2022-12-01"),))
"""The sample prize of Hugo Blox's academic-cv owner file, which a real owner may have won that day (NeurIPS 2022
met then): a sample only with a sign of the starter, its sample summary (:data:`_DEMO_PRIZE_SUMMARIES`) or another
sample award in the same list."""
_DEMO_PRIZE_SUMMARIES = frozenset({"awarded for groundbreaking work on efficient training of large models"})
_DEMO_OWNERS = frozenset((fold(n), fold(r)) for n, r in (("Alex Johnson", "Senior AI Research Scientist"),))
"""The sample owners of Hugo Blox's starters (name, role), whose author file (``data/authors/me.yaml``) sites leave
in place while the site is still a starter."""


def demo_owner(name: str | None, role: str | None) -> bool:
    """Whether an author record is a theme's sample owner (:data:`_DEMO_OWNERS`): the sample's name and role both,
    so that a real owner of that name, with a post of their own, is theirs.

    >>> demo_owner("Alex Johnson", "Senior AI Research Scientist"), demo_owner("Alex Johnson", "Glaciologist")
    (True, False)
    """
    return (fold(name or ""), fold(role or "")) in _DEMO_OWNERS


def demo_award(title: str | None, awarder: str | None, date: object, summary: str | None = None,
               beside_sample: bool = False) -> bool:
    """Whether an award record is one of a theme's samples (:data:`_DEMO_AWARDS`): its title, awarder and date all
    the sample's (a course the owner took themselves has a date of its own); the sample prize (:data:`_DEMO_PRIZES`)
    only with the sample's summary or another sample in its list (``beside_sample``).

    >>> demo_award("Best Paper Award", "NeurIPS", "2022-12-01"), demo_award("Best Paper Award", "NeurIPS",
    ...     "2022-12-01", "Awarded for groundbreaking work on efficient training of large models.")
    (False, True)
    """
    key = (fold(title or ""), fold(awarder or ""), str(date or "").strip())
    return key in _DEMO_AWARDS or key in _DEMO_PRIZES and (
        beside_sample or fold(summary or "") in _DEMO_PRIZE_SUMMARIES)


def name_slot(text: str) -> bool:
    """A template's slot for a person's name left unfilled (``Your Name``, ``Student Name``, ``Author One``): a
    :func:`placeholder_text` that names the slot, not a sample owner such as ``Jane Doe`` (which stands for a real
    owner in examples).

    >>> name_slot("Your Name"), name_slot("Author Two"), name_slot("First Last"), name_slot("Jane Doe")
    (True, True, True, False)
    """
    # (the placeholders that hold none of these words are the sample owners, lorem ipsum and a theme's notes)
    return placeholder_text(text) and _SLOT_WORD.search(text) is not None


_SLOT_WORD = re.compile(r"(?i)name|author|\bfirst\b")
"""A word of a placeholder that says it stands for a name ("Your Name", "Firstname Lastname", "Author One", "First
Last")."""


_SCHEMELESS_ADDRESS = lazy_compile(rf"{WEB_HOST}/\S", re.I)


def setting_address(value: str) -> str | None:
    """A profile setting written as an address without its scheme (``linkedin: www.linkedin.com/in/ann-lee``),
    as a URL; None for a user name. (In a page's href the same text would be a relative path.)

    >>> setting_address("www.linkedin.com/in/ann-lee"), setting_address("ann-lee")
    ('https://www.linkedin.com/in/ann-lee', None)
    """
    value = value.strip()
    return repair_url("https://" + value) if _SCHEMELESS_ADDRESS.match(value) else None


PROFILE_SETTINGS = {
    "googlescholar": "google_scholar", "google_scholar": "google_scholar", "scholar": "google_scholar",
    "google-scholar": "google_scholar", "gscholar": "google_scholar",
    "orcid": "orcid", "github": "github",
    "linkedin": "linkedin", "twitter": "twitter",
    "x_username": "twitter", "researchgate": "researchgate", "research_gate_profile": "researchgate",
    "dblp": None,
    "semanticscholar_id": "semantic_scholar", "semantic": "semantic_scholar", "zhihu": "zhihu", "openreview_id": "openreview",
    "arxiv": None, "pubmed": None, "uri": None, "wikipedia": None, "youtube": None, "facebook": None,
    "instagram": None, "bluesky": "bluesky", "mastodon": None, "wechat_qr": None, "inspirehep_id": "inspire",
    "inspire_userid": "inspire",
    "gitlab": "gitlab", "kaggle": None, "medium": None, "stackoverflow": None, "inaturalist": "inaturalist",
    "wikidata": "wikidata",
}
"""The profile settings of a site's configuration (``_config.yml``, al-folio's ``socials.yml``), each with the
kind of profile a bare user name in it names (its URL from :data:`IDENTIFIER_URLS`); None:
only a URL is read."""
_SETTING_FORM = re.compile(r"(?:[_-]?(?:url|link|href|address|username|userid)|[_-](?:user_?id|id|profile))$")
"""What closes a key that holds a profile under its setting's name and says how it is written (``githubURL``,
``orcid_link``, ``dblp_url``, ``github_username``, ``orcid_id``)."""


def setting_base(key: str) -> str:
    """A setting's key without what says how its value is written (:data:`_SETTING_FORM`), lower case.

    >>> setting_base("githubURL"), setting_base("orcid_id"), setting_base("email")
    ('github', 'orcid', 'email')
    """
    low = str(key).strip().lower()
    return _SETTING_FORM.sub("", low) or low


def profile_setting(key: str) -> str | None:
    """The profile setting of :data:`PROFILE_SETTINGS` a configuration's key names: the key itself, or the
    profile's name with what says how it is written taken off (``githubURL``, ``github_username``, ``dblp_url``
    are ``github``, ``github``, ``dblp``); None for any other key.

    >>> profile_setting("github_username"), profile_setting("Scholar"), profile_setting("url"), profile_setting("email")
    ('github', 'scholar', None, None)
    """
    low = str(key).strip().lower()
    if low in PROFILE_SETTINGS:
        return low
    base = setting_base(low)
    return base if base in PROFILE_SETTINGS else None
_OTHER_PROFILE_URLS = {"gitlab": "https://gitlab.com/{}", "inaturalist": "https://www.inaturalist.org/people/{}"}
"""Profiles kg keeps as links only, not as identifiers."""


def profile_setting_url(key: str, value: str) -> str | None:
    """The address a profile setting (``github: ann-lee``, ``scholar: Y0HIltkAAAAJ&hl``, ``linkedin:
    www.linkedin.com/in/ann-lee``, a URL) stands for; None when it names none."""
    value = str(value).strip()
    url = repair_url(value)
    if url:
        return url
    address = setting_address(value)
    if address:
        return address  # "linkedin: www.linkedin.com/in/ann-lee": no user name
    kind = PROFILE_SETTINGS.get(profile_setting(key) or "")
    if kind and "@" in value and kind in IDENTIFIER_URLS and clean_identifier(kind, value) is None:
        return None  # ("twitter_username: ana@example.org": an address in the slot, no profile of that name)
    template = (_OTHER_PROFILE_URLS.get(kind) or IDENTIFIER_URLS.get(kind)) if kind else None
    if template and "?" in template and "?" in value:
        # "scholar_userid: citations?user=IwA8Y3EAAAAJ&hl=en": the address's query, not the bare id
        m = re.search(r"[?&]" + re.escape(template.split("?", 1)[1].split("=")[0]) + r"=([\w.\-]+)", "?" + value)
        value = m.group(1) if m else value
    if kind and "?" not in value:
        value = re.split(r"[&#]", value)[0]  # "scholar: Y0HIltkAAAAJ&hl": the id, a query's tail left on it
    if kind and re.fullmatch(r"[\w.\-@/]+", value):
        name = value.lstrip("@")
        path = urlsplit(template).path.rstrip("{}") if template else ""
        if path.strip("/") and name.strip("/").startswith(path.strip("/") + "/"):
            # "linkedin: in/ann-lee/": the profile's path, the part the address already has written again
            name = name.strip("/")[len(path.strip("/")) + 1:]
        if kind in _OTHER_PROFILE_URLS:
            return repair_url(_OTHER_PROFILE_URLS[kind].format(name))
        try:
            return identifier_url(kind, name)
        except ValueError:
            return None
    return None


CLOSED_YEARS = r"\b(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|\d\d)\b"
"""Years a post was held, both ends given ("2019-2021", "2019-21"): a post that is over."""
CLOSED_SPAN = lazy_compile(CLOSED_YEARS)
_SHORT_RANGE = re.compile(r"(?<![\d./-])((?:19|20)(\d\d))\s*(--|[-–—/])\s*(\d\d)(?![\d./-])")


def expand_year_ranges(text: str) -> str:
    """``2020-23`` -> ``2020-2023``, ``1998–01`` -> ``1998–2001``, ``2014--17`` -> ``2014--2017`` (a year range
    whose end keeps two digits, the dash also LaTeX's double hyphen); a range that does not run forward, or digits
    that are no year (``pp. 12-15``), stay as they are.

    >>> expand_year_ranges("B.S. in Physics, 2020-23; DAAD Scholarship, 2023-24; 1998–01; 2019-12-05; 2014--17")
    'B.S. in Physics, 2020-2023; DAAD Scholarship, 2023-2024; 1998–2001; 2019-12-05; 2014--2017'
    """
    def fix(m: re.Match) -> str:
        start, end = int(m.group(1)), int(m.group(4))
        century = start - int(m.group(2))
        full = century + end if end > int(m.group(2)) else century + 100 + end
        if not 0 < full - start <= 12:
            return m.group(0)
        return f"{m.group(1)}{m.group(3)}{full}"

    return _SHORT_RANGE.sub(fix, text)
