"""Names and identifiers as kg compares them: the fold every comparison uses, a name's key and parts, whether two
names are one person's, a CJK test, an arXiv identifier in an address, an identifier's profile URL.

Both the importers (through :mod:`kg.importers.common`, which takes them from here) and the build's merge and
mapping (:mod:`kg.identity`, :mod:`kg.graph`) read names with these. They live apart from the importers' field
readers so that a build, which imports no importer, does not compile those readers' few hundred regular expressions
(about 0.4 CPU s of every `kg build`, a quarter of a one-profile rebuild at 100k; docs/performance.md, round 28).

>>> same_name("Y. Wang", "Yunhe Wang"), name_key("Wang, Yunhe") == name_key("Yunhe WANG")
(True, True)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .model import clean_url


HONORIFIC_WORDS = (r"(?i:(?:assoc\.?|asst\.?|associate|assistant)\s+prof(?:\.|essor)?|profa\.|"
                   r"(?:jun|univ|hon|apl|ao|o)\.[\-‐‑\s]?prof(?:\.|essor(?:in)?)?|juniorprof(?:\.|essor(?:in)?)|"
                   r"profs?\.?|professors?|pd(?=\s+(?:dr|prof)\b)|priv\.[\-‐‑]?doz\.|privatdozent(?:in)?|apl\.|"
                   r"dr\.\s?(?:rer\.\s?\w{2,5}\.|phil\.|med\.(?:\s?vet\.|\s?dent\.)?|jur\.|habil\.|sc\.\s?\w{2,5}\.)|"
                   r"dr\.[\-‐‑](?:ing|phil|med)\.|dipl\.[\-‐‑]\w{2,6}\.|habil\.|"
                   r"hab\.|nadzw\.|zw\.|inż\.|mgr\.?(?=\s+(?:inż|[A-ZÀ-Ž]))|doc\.|"
                   r"(?:ing|rndr|phdr|mudr|judr|paeddr|mvdr|thdr)\.|"
                   r"pr\.|dra\.|drs?\.?|mr\.?|ms\.?|mrs\.?|monsieur|madame|mme\.?)")
"""A title before a name (``Prof.``, ``Dr``, ``Ms.``; ``Profs.`` and ``Drs.`` before the first of several; a woman's
``Profa.`` and ``Dra.`` in Portuguese and Spanish, "Profa. Dra. Ana Lima"; French "Monsieur", "Madame", "Mme", and
"Pr." for a professor, "supervised by Pr. A"; the German-speaking world's academic titles, "PD Dr. Ana Roe" (a
Privatdozent), "apl. Prof.", "Jun.-Prof.", "Univ.-Prof.", "Priv.-Doz.", "Dr.-Ing.", "Dr. rer. nat.", "Dr. phil.",
"Dr. habil.", "Dipl.-Ing."; Poland's "prof. nadzw. dr hab. inż.", "mgr", and the Czech and Slovak "doc.", "Ing.",
"RNDr.", "PhDr.", "MUDr."), any case: the one list of honorifics, as a regex group for the patterns that read a
name after its title."""


HONORIFIC = re.compile(rf"^({HONORIFIC_WORDS})\s+")
"""The titles opening a name (:data:`HONORIFIC_WORDS`), read off by :func:`~kg.importers.common.without_honorifics`."""


_NON_WORD = re.compile(r"[^\w]+")


_LATIN_LETTER = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
"""A Latin letter outside ASCII that no accent stripping turns into ASCII (``ı``, ``ø``, ``ł``, ``ß``, ``æ``, ``đ``)."""


def _latin_ascii(char: re.Match) -> str:
    from anyascii import anyascii

    return anyascii(char.group(0)) or char.group(0)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII fold for comparisons: accents, case and punctuation removed, and the Latin letters
    that carry no accent to strip written as ASCII (the one transliteration every name comparison uses: a page
    writes "Altındağ", "Søren", "Łukasz", "Weiß" where a configuration or a byline writes "Altindag", "Soren",
    "Lukasz", "Weiss"). Other scripts are kept as they are.

    >>> fold("Onur Altındağ") == fold("Onur Altindag"), fold("Søren Weiß"), fold("王云鹤")
    (True, 'soren weiss', '王云鹤')
    """
    norm = unicodedata.normalize("NFKD", text)
    if not norm.isascii():  # ASCII has no combining marks: skip the per-character pass
        norm = "".join(c for c in norm if not unicodedata.combining(c))
        norm = _LATIN_LETTER.sub(_latin_ascii, norm)
    return _NON_WORD.sub(" ", norm.lower()).strip()


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A key under which two spellings of one name agree: case, accents, hyphens, order of
    given and family name (``"Wang, Yunhe"`` = ``"Yunhe Wang"`` = ``"yunhe  wang"``).

    >>> name_key("Wang, Yunhe") == name_key("Yunhe WANG")
    True
    """
    name = HONORIFIC.sub("", name.strip())
    if "," in name:
        family, _, given = name.partition(",")
        name = f"{given} {family}"
    tokens = fold(name).replace("_", " ").split()
    return " ".join(sorted(tokens))


def same_name(a: str, b: str) -> bool:
    """True when two names agree after folding, or one is the other with initials
    (``"Y. Wang"`` ~ ``"Yunhe Wang"`` ~ ``"Wang, Y."``); given and family names come from
    nameparser, so the comma form and suffixes are read the same way.

    >>> same_name("Y. Wang", "Yunhe Wang"), same_name("Wang, Y.", "Yunhe Wang"), same_name("Y. Wang", "Yi Wu")
    (True, True, False)

    A given name of syllables written apart or run together is one name (``"Hyung Kook Choi"`` ~ ``"Hyung-Kook
    Choi"`` ~ ``"Hyungkook Choi"``: romanized Korean and Chinese given names are written all three ways):

    >>> same_name("Hyung Kook Choi", "Hyungkook Choi"), same_name("Hyung Kook Choi", "Hyungsoon Choi")
    (True, False)

    That holds whichever name is written first (``"Kim YeongHyeon"``, the family name first as Korean and Chinese
    write it, ~ ``"Yeong Hyeon Kim"`` ~ ``"Kim Yeong Hyeon"``), where a parser cannot tell given from family:

    >>> same_name("Yeong Hyeon Kim", "Kim YeongHyeon"), same_name("Jin Woo Kim", "Kim YeongHyeon")
    (True, False)

    A name in Chinese, Japanese or Korean script is written with or without a space between the family and the given
    name (``"岩波 翔也"`` ~ ``"岩波翔也"``):

    >>> same_name("岩波 翔也", "岩波翔也"), same_name("王 云鹤", "王云鹤"), same_name("岩波 翔也", "岩波翔")
    (True, True, False)
    """
    if name_key(a) == name_key(b) or _syllables_joined(a, b) or _syllables_joined(b, a) or _cjk_spaced(a, b):
        return True
    if family_absent(a, b):
        return False  # (``b``'s family name is no words of ``a``: ``a`` is not parsed)
    givens = _one_family(a, b)
    if givens is None:
        return False
    ga, gb = fold(givens[0]).split(), fold(givens[1]).split()
    if ga and len(ga) != len(gb) and "".join(ga) == "".join(gb) and min(map(len, ga + gb)) > 1:
        return True
    if not ga or not gb or len(ga) != len(gb):
        return False
    # ("Ph. Preux" ~ "Philippe Preux", "Th. Lind" ~ "Thomas Lind": a given name cut short with a stop is the
    # opening of the other's)
    cut = [w.endswith(".") for w in givens[0].split()], [w.endswith(".") for w in givens[1].split()]
    short = [(len(cut[0]) == len(ga) and cut[0][k], len(cut[1]) == len(gb) and cut[1][k]) for k in range(len(ga))]
    return all(x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y or sa and y.startswith(x) or sb and x.startswith(y))
               for (x, y), (sa, sb) in zip(zip(ga, gb), short))


def _syllables_joined(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with two neighbouring words of it written as one (``"Yeong Hyeon Kim"`` ->
    ``"YeongHyeon Kim"`` or ``"Kim Yeonghyeon"``, in either order); words of two letters or more (an initial
    joined to a word is another name)."""
    wa, wb = fold(a).split(), fold(b).split()
    if len(wa) != len(wb) + 1 or len(wb) < 2 or min(map(len, wa)) < 2:
        return False
    key = name_key(b)
    return any(" ".join(sorted(wa[:k] + [wa[k] + wa[k + 1]] + wa[k + 2:])) == key for k in range(len(wa) - 1))


def _one_family(a: str, b: str) -> tuple[str, str] | None:
    """The given names of ``a`` and ``b`` when their family names agree (folded), for the two ways of telling
    that two names are one person's (:func:`same_name`, :func:`~kg.importers.common.owner_variant`); else None."""
    pb = name_parts(b)  # (``b`` first: most often the owner's name, parsed once; ``a`` is not parsed without it)
    pa = name_parts(a) if pb else None
    if not pa or not pb or fold(pa[1]) != fold(pb[1]):
        return None
    return pa[0], pb[0]


def family_absent(name: str, other: str) -> bool:
    """True when some word of ``other``'s family name (by :func:`name_parts`) is not a word of ``name``: then
    the two cannot share a family name, since the family name nameparser gives is made of words of the name it
    parsed (checked on every author name of the fixtures and real pages). A quick "no" for :func:`same_name`
    and :func:`~kg.importers.common.owner_variant` that parses only ``other`` (a page's owner, once), not each
    name met on the page: nameparser takes about 0.2 ms a name.

    >>> family_absent("Chao Li", "Anbang Yao"), family_absent("A. Yao", "Anbang Yao")
    (True, False)
    """
    parts = name_parts(other)
    if parts is None:
        return False
    family = fold(parts[1]).split()
    return bool(family) and not set(family) <= set(fold(name).split())


_RUN_INITIALS = re.compile(r"^([A-Z]{2,3})\.\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


CONSONANT_INITIALS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,3}")
"""Initials run together with no stops that no name's word could be, having no vowel (``XG`` of ``Gong XG``;
``LI`` of ``Wei LI`` is a family name in capitals)."""


GLUED_INITIALS = re.compile(r"^((?:[A-Z]\.-?)+)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
"""Initials written against the family name (``D.Ding``, ``J.-P.Serre``): space after group 1 to read the name."""


_FAMILY_THEN_INITIALS = re.compile(rf"((?:[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+)*[A-ZÀ-ÖØ-Þ][\w'’\-]+)\s+"
                                   rf"((?:[A-Z]\.){{1,3}}|(?:[A-Z]\.){{1,2}}[A-Z]|[A-Z]|"
                                   rf"{CONSONANT_INITIALS.pattern})")
"""A Vancouver-style name, the family name then the initials ("Nwosu A", "Smith J.A.", "Gong XG"; used whole, with
fullmatch): the family name, the initials (groups 1-2)."""


@lru_cache(maxsize=1 << 16)
def name_parts(name: str) -> tuple[str, str] | None:
    """(given, family) of a Latin-script name, by nameparser; None when it cannot tell
    (a single word, or a name in CJK characters, whose order a parser cannot know).

    >>> name_parts("Wang, Yunhe"), name_parts("Jean-Luc van der Berg Jr."), name_parts("王云鹤")
    (('Yunhe', 'Wang'), ('Jean-Luc', 'van der Berg'), None)
    """
    if has_cjk(name):
        return None
    name = GLUED_INITIALS.sub(r"\1 ", name.strip())  # "D.Ding": the initial, then the family name
    # "JA. Guzmán" (from "Guzmán, JA."): initials run together before one period, each an initial
    name = _RUN_INITIALS.sub(lambda m: " ".join(f"{c}." for c in m.group(1)) + " ", name)
    m = _FAMILY_THEN_INITIALS.fullmatch(name.strip())
    if m:
        # "Nwosu A", "Smith J.A.", "Gong XG" (Vancouver style): the family name, then the initials ("Wei LI" is no
        # such name: initials run together have no vowel); "Smith J.A" too, the last stop taken off with the
        # list's own closing stop ("Lee K., Smith J.A. Title")
        return " ".join(re.findall(r"[A-Z]", m.group(2))), m.group(1)
    m = re.fullmatch(r"(?!(?:Dr|Mr|Ms|Mrs|Pr|Sr|Jr|St)\.)([A-Z][a-z]{1,2}\.)\s*([A-ZÀ-ÖØ-Þ][\w'’\-]+)", name.strip())
    if m:
        # "Ph. Preux", "Th. Lind": a given name cut to its first letters (nameparser reads "Ph." as a title)
        return m.group(1), m.group(2)
    from nameparser import HumanName

    h = HumanName(name)
    given = " ".join(p for p in (h.first, h.middle) if p)
    if not given or not h.last:
        return None
    return given, h.last


CJK_CHARS = "\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af"
"""The Chinese, Japanese (kana) and Korean (hangul) letters kg tells apart from Latin ones: the ranges of a
character class, ``rf"[{CJK_CHARS}]"``; :func:`has_cjk` tests the same ranges."""


_CJK_NAME_ONLY = re.compile(rf"[{CJK_CHARS}\s]+")
"""A name written in Chinese, Japanese or Korean script alone (and spaces)."""


def _cjk_spaced(a: str, b: str) -> bool:
    """Whether two names in CJK script alone are one written with and without the space between family and given
    name ("岩波 翔也" and "岩波翔也": both ways are usual, the family name first in both)."""
    return has_cjk(a) and has_cjk(b) and "".join(a.split()) == "".join(b.split()) \
        and _CJK_NAME_ONLY.fullmatch(a.strip()) is not None and _CJK_NAME_ONLY.fullmatch(b.strip()) is not None


def has_cjk(text: str) -> bool:
    if text.isascii():
        return False  # the common case, without a pass over each character
    return any("\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff" or "\uac00" <= c <= "\ud7af" for c in text)


_ARXIV_NUMBER = r"\d{4}\.\d{4,5}|[a-z\-]+/\d{7}"
"""An arXiv identifier without its version: new-style "2101.01234", old-style "hep-th/9901001"."""


_ARXIV_URL = re.compile(rf"arxiv\.org/(?:abs|pdf|html)/({_ARXIV_NUMBER})", re.I)


def arxiv_id(url: str) -> str | None:
    m = _ARXIV_URL.search(url or "")
    return m.group(1) if m else None


IDENTIFIER_URLS = {
    "google_scholar": "https://scholar.google.com/citations?user={}",
    "orcid": "https://orcid.org/{}",
    "dblp": "https://dblp.org/{}",
    "github": "https://github.com/{}",
    "linkedin": "https://www.linkedin.com/in/{}",
    "twitter": "https://x.com/{}",
    "zhihu": "https://www.zhihu.com/people/{}",
    "researchgate": "https://www.researchgate.net/profile/{}",
    "semantic_scholar": "https://www.semanticscholar.org/author/{}",
    "openreview": "https://openreview.net/profile?id={}",
    "wikidata": "https://www.wikidata.org/wiki/{}",
    "inspire": "https://inspirehep.net/authors/{}",
    "bluesky": "https://bsky.app/profile/{}",
    "osf": "https://osf.io/{}/",
    "youtube": "https://www.youtube.com/{}",
    "philpeople": "https://philpeople.org/profiles/{}",
    "acm": "https://dl.acm.org/profile/{}",
    "researcherid": "https://www.researcherid.com/rid/{}",
    "scopus": "https://www.scopus.com/authid/detail.uri?authorId={}",
    "ncbi_bibliography": "https://www.ncbi.nlm.nih.gov/myncbi/{}/bibliography/public/",
}


def dashed_orcid(value: str) -> str:
    """An ORCID iD written without its dashes (``000000021825009X``, as a config's slot may hold it, or with
    spaces between its groups, as printed) in its four groups; any other value as it is.

    >>> dashed_orcid("000000021825009x"), dashed_orcid("0000-0002-1825-0097"), dashed_orcid("0000 0002 1825 0097")
    ('0000-0002-1825-009X', '0000-0002-1825-0097', '0000-0002-1825-0097')
    """
    digits = re.sub(r"(?<=\d) +(?=[\dXx])", "", value)
    if re.fullmatch(r"\d{15}[\dXx]", digits):
        return "-".join(digits[i:i + 4] for i in range(0, 16, 4)).upper()
    return value


def identifier_url(kind: str, value: str) -> str | None:
    """The canonical profile URL of an identifier, or None for unknown kinds."""
    template = IDENTIFIER_URLS.get(kind)
    if not template:
        return None
    if kind == "orcid":
        value = dashed_orcid(value)
    if kind == "dblp" and not value.startswith(("pid/", "pers/")):
        value = ("pid/" if re.match(r"\d", value) else "pers/") + value
    return clean_url(template.format(value))
