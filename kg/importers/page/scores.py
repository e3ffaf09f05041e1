"""Scores of a piece of text: how much it looks like a name, an author list or a venue.

Takes plain text; gives ``name_like``, ``author_score``, ``_quick_names``, ``ends_in_name`` and ``venue_score``
and the name and venue vocabularies they use (particles, venue words, years).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..common import (
    lazy_compile, NAME_CAPITALS, ONE_NAME_WORD, inverted_authors,
    left_out_note,
    GROUP_AUTHOR, LANGUAGE_NAMES,
    braced_accents_read, family_given_pairs, given_like, initials_only, PAREN_REMARK, CONF_WORDS, GLUED_INITIALS,
    ET_AL, ET_AL_LAST, GENERATION_ORDINAL, MARK_SYMBOLS, NAME_PARTICLES, SECTION_LABEL_WORDS, STATUS_NOTE, has_cjk, name_particle, AND_SEPARATORS, PREPRINT_SERVERS, YEAR, DIGITS, join_split_initials,
    last_joined_at, read_legend, split_list, status_words, owner_variant, VENUE_LEAD_IN, generation_suffix,
)

from .memo import same_name


# --- text classifiers -------------------------------------------------------------------------

PARTICLES = NAME_PARTICLES | {"st."}  # "St. John" too
_GLUED_PARTICLE = "|".join(sorted((p for p in NAME_PARTICLES if len(p) >= 2), key=len, reverse=True))
# a particle written onto the family name ("deVries", "vanHolt", "dosSantos"), the way a page spells its owner's
# own name: one name token, as "d'Arcy" is
NAME_TOKEN = lazy_compile(rf"^(?:(?:d|l|dell|dall)['’]|(?:{_GLUED_PARTICLE})(?=[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿ]))?(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][\w'’\-\u2010\u2011.]*|[A-ZА-ЯЁ]\.(?:-?[A-ZА-ЯЁ]\.)*|[\u4e00-\u9fff]{{1,4}})$")
GERMAN_CITATION_ABBR = ("Bd", "Bde", "Nr", "Hrsg", "Hg", "Aufl", "Jg", "Jhg")
"""German citations' short words for a volume, a number, editors, an edition and a year of issue ("Forum X, Bd. 23",
"Hrsg. von A"): each closes with a stop that ends no sentence, and none is a name."""

NOT_NAME_WORDS = {
    "in", "on", "of", "for", "the", "with", "via", "and", "to", "from", "a", "an", "by", "as", "using", "towards",
    "proceedings", "conference", "journal", "transactions", "arxiv", "preprint", "workshop", "university",
    "institute", "department", "award", "paper", "learning", "network", "networks", "neural", "deep", "model",
    "models", "vision", "ieee", "acm", "international", "symposium", "abstract", "code", "pdf", "project",
    "communications",
    # German citations' words for a volume, a number, editors, an edition and a publisher ("Forum X, Bd. 23")
    # (with their stop, but "jg." and the bare two letters may be a name's initials: "Zhang, JG", "Li, Hg.")
    "bd", "hrsg", *(w.lower() + "." for w in GERMAN_CITATION_ABBR if w != "Jg"), "auflage", "verlag",
    "scholar",  # "Google Scholar", "Semantic Scholar": a profile service a page's card or link names, no one
    "github",  # ("Welcome to My GitHub Profile": a profile README's greeting names the site, no one)
    *SECTION_LABEL_WORDS,
}


JOURNAL_WORDS = (
    "math|phys|comput|geom|appl|lett|rev|sci|proc|trans|soc|anal|stat|statist|eng|chem|biol|res|int|intl|natl|"
    "acad|amer|combin|comb|theor|inform|inf|syst|ann|probab|optim|numer|mech|mach|electron|commun|algebr|topol|"
    "funct|differ|equ|struct|mater|environ|geophys|astrophys|astron|ecol|evol|neurosci|psychol|econ|polit|sociol|"
    "philos|ling|med|clin|genet|mol|biochem|biophys|microbiol|immunol|pharmacol|physiol|discr|rep|conf|symp|adv|"
    "intell|vis|learn|assoc|nat|process|technol|inst|univ|dept|j"
)
"""Words journals abbreviate with a full stop (``Duke Math. J.``, ``Phys. Rev. Lett.``, ``IEEE Trans.``): the
sentence splitter does not cut after them, and a name holding one is a journal's."""
_JOURNAL_ABBREV = lazy_compile(rf"(?:{JOURNAL_WORDS})\.", re.I)
_NAME_LIKE_WORDS = {"j.", "ann.", "nat.", "int."}  # also a given name's initial or short form


def abbreviated_title(tokens: Sequence[str]) -> bool:
    """A token of a journal's abbreviated name that is no short given name (``SIAM J. Discrete Math.``)."""
    return any(map(_journal_abbreviation, tokens))


@lru_cache(maxsize=1 << 14)
def _journal_abbreviation(token: str) -> bool:
    """(one token of abbreviated_title's, memoised: the words of a page's names recur name after name)"""
    return _JOURNAL_ABBREV.fullmatch(token) is not None and token.lower() not in _NAME_LIKE_WORDS


FUNCTION_WORDS = frozenset("of the for on in with via to a an from by using towards is are our we".split())


_HYPHENATED_INITIALS = re.compile(r"(?<=\b\w\.)\s+(?=-\w\.)")


def initials_closing(tokens: Sequence[str], k: int) -> bool:
    """Whether ``tokens[k]`` is the initials closing a Vancouver name, after its family name (``Jones AS``, ``Roe
    AN``, ``van Dijk AS``): one or two capitals after a family name (common.ONE_NAME_WORD), even where they
    spell a word ("as", "an"); in a name of three words at most ("Senior Researcher Equinor AS": a job and a firm).

    >>> initials_closing(["Jones", "AS"], 1), initials_closing(["AS"], 0), initials_closing(["IEEE", "ON"], 1)
    (True, False, False)
    >>> initials_closing(["O'Neill", "AS"], 1), initials_closing("Bo Roe Engineer Statoil AS".split(), 4)
    (True, False)
    """
    t, family = tokens[k], tokens[k - 1] if k else ""
    # (a family name with an apostrophe after its first letter, "O'Neill", is one too)
    return 0 < k == len(tokens) - 1 <= 2 and len(t) <= 2 and t.isalpha() and t.isupper() \
        and ONE_NAME_WORD.fullmatch(_O_PREFIX.sub("", family)) is not None


INITIALS_WORD = lazy_compile(rf"[{NAME_CAPITALS}]{{1,3}}\.?")
"""A word that is a name's initials, one to three capitals, its stop or none ("K.", "KP", Vancouver's "Kowalik ŁZ"):
the one pattern of such a word (common.NAME_CAPITALS, not [A-Z]: "Novák Š")."""


_O_PREFIX = lazy_compile(rf"^[{NAME_CAPITALS}]['’](?=[{NAME_CAPITALS}])")
"""The capital and apostrophe a family name opens with ("O'Neill", "D’Amico"): set aside before its one word is read."""


OUR_WORDS = frozenset({"unser", "unsere", "unserer", "unseres", "notre", "nos", "nuestro", "nuestra", "nuestros",
                       "nuestras", "nostro", "nostra", "nostri", "nostre", "nosso", "nossa", "nossos", "nossas", "onze"})
""""Our" in the languages of a group's pages ("Unser Arbeitsbereich", "Notre équipe", "Nuestro grupo", "Il nostro
laboratorio", "Onze groep"): a heading opening with it (after an article) names a group's work, no one. Only so,
before a written-out word: "Michael Unser", "Paulo Nossa", "Unser M" (a Vancouver list's family name) are people."""


@lru_cache(maxsize=16384)
def name_like(name: str) -> bool:
    """Whether a text can be one person's name; memoised, as a page's coauthors recur in entry after entry."""
    name = name.strip()
    if not name or DIGITS.search(name) or len(name) > 60:
        return False
    if "," in name and (suffixed := generation_suffix(name)):
        name = suffixed[0]  # "R. L. Murray, Jr.", "J. A. Atchue, III": the generation suffix is the name's
    if has_cjk(name) and re.fullmatch(r"[\u4e00-\u9fff·]{2,5}|[\uac00-\ud7af]{2,4}|[\uac00-\ud7af]{1,2} [\uac00-\ud7af]{1,3}",
                                      name):
        return True  # "王云鹤", "김민수", "김 민수": a name in Han or Hangul characters
    tokens = _HYPHENATED_INITIALS.sub("", name).split()  # "M. -H. Yang": one hyphenated given name
    # (a particle written in lower case is no word of its own in a byline's name opening with an initial: "R. Ivo da
    # Rocha Lima Filho", "A K M G de Vallera"; not in words that only open with a name, "Lee A. Biologie des
    # Systemes du Cancer", "Ana Ruiz Projeto de Pesquisa"; nor after a capital alone that may be a Portuguese or
    # Spanish article, "A Torre de la Estrella del Mar": the initial has its stop or another initial follows it)
    initial = INITIALS_WORD.fullmatch(tokens[0]) and (tokens[0].endswith(".") or len(tokens) > 1 and bool(
        INITIALS_WORD.fullmatch(tokens[1])))
    words = len(tokens) - (sum(t in NAME_PARTICLES for t in tokens[1:-1]) if initial else 0)
    if not 1 <= words <= 5 or len(tokens) > 7 or len(tokens) == 1 and name.title() in LANGUAGE_NAMES:
        return False  # ("English" alone: a language switch's label, no one's name)
    # "A Lee", "A Bifet", "Mustafa A Altinkaya": a capital "A" before a surname is an initial, not the article
    k = 1 if tokens[0].lower() in ("il", "la", "le", "el", "o", "a", "de") else 0  # ("Il nostro laboratorio")
    if len(tokens) >= k + 2 and tokens[k].lower() in OUR_WORDS and len(tokens[k + 1].strip(".")) > 2:
        return False
    if any(t.lower() in NOT_NAME_WORDS and not (t == "A" and len(tokens) >= 2)  # "Nwosu A": an initial last
           and not initials_closing(tokens, k) for k, t in enumerate(tokens)):
        return False
    if not all(NAME_TOKEN.match(t) or name_particle(tokens, k, PARTICLES) for k, t in enumerate(tokens)):
        return False  # ("Mercados de los Andes": a title, "los" no particle of it)
    if abbreviated_title(tokens):
        return False
    if len(tokens) > 1 and tokens[-1] in PARTICLES and not any(INITIALS_WORD.fullmatch(t) for t in tokens[1:-1]):
        # ("Lees de": Dutch "read the"; a particle written in lower case comes before a family name, save in a
        # Vancouver byline that puts it after the initials: "Berg J van den", "Gogh V. van", "Silva JM da"; the
        # initials after a family name, not "A" opening "A Casa de")
        return False
    return not all(t.lower() in PARTICLES for t in tokens)


def author_score(text: str, owner_names: Sequence[str] = ()) -> float:
    """1 when a text reads as an author list, 0.3 for a single plausible name, else 0."""
    return _author_score_cached(text, tuple(owner_names))


@lru_cache(maxsize=8192)
def _author_score_cached(text: str, owner_names: tuple[str, ...]) -> float:
    text = text.strip().strip(".,;:")
    if text[-1:] == ")" and (m := _CLOSING_REMARK.search(text)) and read_legend(m.group(1)):
        # "A#, B#, C and D (2016) (#: equal contribution)": the list's own legend closing it names no one
        text = text[: m.start()].rstrip(" ,;")
    # "A · B · C (2018)", "Lee, A., Wu, B. (2025)": the names, the year they wrote it after them (an APA head)
    # (every match closes the text with a bracket, or with one and a line's end)
    text = _CLOSING_YEAR.sub("", text) if ")" in text[-2:] else text
    group = _GROUP_AUTHOR_END.search(text) if _GROUP_WORD.search(text) else None
    if group and group.start() and _NAMES_BEFORE_GROUP.search(text[:group.start()]):
        # "Lee A and the Gadget Study Team", "Xu, Z., Pan, W., and Widget Imaging Initiative (WII)": a group
        # closing the list is one of its authors; the names before it say whether the text is a list of them
        text = text[:group.start()].strip(" ,;")
    if not text or len(text) > 1500 or STATUS_NOTE.fullmatch(text):
        return 0.0  # ("Revise and Resubmit", "Under Review": a paper's status in title case names no one)
    if text[-1:] == ")" and DIGITS.search(text) and (m := _CLOSING_COUNT.search(text)) and left_out_note(m.group(1)):
        # "Ann Lee et al. (12 authors)": a count of the list's names closing it stands for no one (the list is cut)
        text = text[: m.start()].rstrip(" ,;")
        text = text if ET_AL.search(text) else text + ", et al"
    if "," in text and DIGITS.search(text):
        # "Lee, A., R. Roe, … (67 co-authors), J. Kim": a count of the names left out stands for no one (its
        # digits make no title of the list)
        chunks = text.split(",")
        kept = [c for c in chunks if not (DIGITS.search(c) and left_out_note(c))]
        if len(kept) < len(chunks):
            text = ",".join(kept) + ", et al"
    # quick exits: titles and venue lines carry function words or digits, author lists do not (two function words,
    # or one in a text without a comma; the digits asked first, and the words counted up to as many as decide)
    if DIGITS.search(text) and DIGITS.search(text := _GENERATION_ORDINAL.sub(r"\1", text)):
        return 0.0
    tokens = text.split()
    enough, stop = (2 if "," in text else 1), 0
    for k, w in enumerate(tokens):
        # "A Bifet, A Gregio": a capital "A" before a name that ends at a comma is an initial, not the article; so
        # is one after a family name at a name's end ("Zajac A", "Orr JT, Zajac A, Lund K", "Zajac A and Lund K":
        # Vancouver's initials)
        if w.lower() in FUNCTION_WORDS and not (
                w == "A" and k + 1 < len(tokens) and tokens[k + 1][:1].isupper()
                and (tokens[k + 1].endswith(",") or k + 2 == len(tokens))) and not (
                w.rstrip(",") == "A" and k >= 1 and ONE_NAME_WORD.fullmatch(tokens[k - 1])
                and (w.endswith(",") or k + 1 == len(tokens) or (
                    (nxt := _VANCOUVER_AND_NEXT.fullmatch(" ".join(tokens[k + 1:])))
                    and nxt.group("family") != tokens[k - 1]))) and not (
                # "J. P. A Charlesworth": after an initial, an "A" is the name's last initial (its stop left out);
                # a bare capital is an initial where it opens a name ("M A Yousuf and B A Asiyanbola"), else a
                # title's word ("Vitamin D A Review")
                w == "A" and k >= 1 and len(tokens[k - 1].rstrip(".")) == 1 and tokens[k - 1][0].isupper() and (
                    tokens[k - 1].endswith(".") or k == 1 or tokens[k - 2] in ("and", "&")
                    or tokens[k - 2].endswith(","))
                and k + 1 < len(tokens) and tokens[k + 1][:1].isupper()):
            stop += 1
            if stop == enough:
                return 0.0
    names, truncated = _quick_names(text)
    if not names:
        return 0.0
    # "K.Lin": an initial and a family name, unspaced (only a name with a full stop can be one)
    names = [GLUED_INITIALS.sub(r"\1 ", n) if "." in n else n for n in names]
    good = sum(name_like(n) for n in names)
    if good / len(names) < 0.8:
        return 0.0
    multi = sum(2 <= len(n.split()) <= 4 or has_cjk(n) for n in names)
    if len(names) >= 2 and multi / len(names) >= 0.5:
        return 1.0  # (asked before the owner, whose test answers 1 too: every name compared with each of theirs)
    if owner_names and any(same_name(n, o) or owner_variant(n, o) for n in names for o in owner_names):
        # (the owner as the papers write them: "H-T Wei" for Haotian Wei, their given name's syllables as initials)
        return 1.0
    if truncated and multi:
        return 1.0
    return 0.3 if len(names) == 1 and multi else 0.2


_VANCOUVER_AND_NEXT = re.compile(r"(?:and|&)\s+(?P<family>[A-Z][\w'’-]+)\s+[A-Z]{1,3}\.?")
"""What closes a Vancouver list after an "A" that is an initial: "and", then the last name's family name and
initials ("... Zajac A and Lund KT"); the same word before both capitals is a title's ("Vitamin A and Vitamin D",
"Toxin A and Toxin B")."""


_GROUP_AUTHOR_END = lazy_compile(rf"(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+){GROUP_AUTHOR}\s*$")
_GROUP_WORDS = ("Team", "Group", "Consortium", "Collaboration", "Investigators", "Initiative", "collaboration",
                "study group", "working group")
"""One of them closes every group GROUP_AUTHOR reads (as written, in this case): a text without any is not searched
for one (the search tries its capitalised words from every space of the text: a tenth of the scoring)."""
_GROUP_WORD = re.compile("|".join(_GROUP_WORDS))
"""Whether a text holds one of :data:`_GROUP_WORDS`: one scan, not a generator's six."""
_NAMES_BEFORE_GROUP = lazy_compile(rf",|\b[{NAME_CAPITALS}]{{1,3}}\b|\b[{NAME_CAPITALS}]\.")
"""What says the text before a closing group is names: a comma, or a name's initials ("Lee A and the ... Team")."""
_GENERATION_ORDINAL = re.compile(rf"(\s[{NAME_CAPITALS}]{{1,3}})\s+{GENERATION_ORDINAL}(?=\s*(?:,|$|\band\b|&))")
""":data:`~kg.importers.common.GENERATION_ORDINAL` after Vancouver initials ("Petricoin EF 3rd")."""
_CLOSING_YEAR = re.compile(r"\s*\((?:19|20)\d\d[a-z+]?\)$")
_CLOSING_COUNT = re.compile(r"\s*\(([^()]*\d[^()]*)\)$")
_CLOSING_REMARK = re.compile(r"\s*\(([^()]*)\)$")
"""A bracket closing an author line that holds a number ("(12 authors)", "(and 9 others)")."""


_QUICK_SPLIT = lazy_compile(AND_SEPARATORS)
"""Where an author line is cut into names: common's AND_SEPARATORS, "and" in lower case only."""
QUICK_MARKS = re.compile(r"^[\s\\" + re.escape(MARK_SYMBOLS) + r"]+|[\s\\¹²³⁴⁵⁶⁷⁸⁹⁰\ufe0f" + re.escape(MARK_SYMBOLS)
                          + r"]+$")
_MARKS_OPEN = frozenset("\\" + MARK_SYMBOLS)
_MARKS_CLOSE = frozenset("\\¹²³⁴⁵⁶⁷⁸⁹⁰\ufe0f" + MARK_SYMBOLS)
"""The characters QUICK_MARKS strips from either end of a name that has no space there."""
_ALNUM = re.compile(r"[^\W_]")
"""A letter or digit: what ``any(c.isalnum() for c in text)`` asks, in one scan (\\w is exactly isalnum() or "_")."""


def _quick_names(text: str) -> tuple[list[str], bool]:
    """Names of an author line as common.split_authors cuts them, without building Authors
    (for scoring which segment of an entry is its author line)."""
    text = text.replace("\u00a0", " ")
    if "{" in text or "}" in text:
        text = braced_accents_read(text)  # "Dud{\'a}s, Eva": one name, read as the author splitter reads it
    text = (PAREN_REMARK.sub("", text) if "(" in text else text).strip().rstrip(".").strip()
    # (the text ends in no stop or space: a match ends it with "al", "others" or "…")
    m = ET_AL.search(text, max(0, len(text) - 40)) if text[-1:] in ET_AL_LAST else None
    truncated = bool(m)
    if m:
        text = text[: m.start()].strip()
    if " et al" in text:
        text, n = re.subn(r"\s+et\s?al\.?\s*(?:,|;|\band\b|&)\s*", ", ", text)
        truncated = truncated or bool(n)
    pieces = text.split(";") if ";" in text else []
    if len(pieces) >= 2 and all(p.count(",") == 1 and all(_ALNUM.search(s) for s in p.split(",")) for p in pieces):
        # "Lohmann, Claudia; Roe, Ann Marie": semicolons between the names, each written family name first
        return [f"{given.strip(' .')} {family.strip()}" for family, given in (p.split(",") for p in pieces)], truncated
    names = []
    for chunk in split_list(text, _QUICK_SPLIT):
        chunk = chunk.strip().strip(".").strip()
        if chunk[:1] in _MARKS_OPEN or chunk[-1:] in _MARKS_CLOSE:  # (the marks' pattern finds nothing else)
            chunk = QUICK_MARKS.sub("", chunk).strip()
        if _ALNUM.search(chunk):
            names.append(chunk)
    return join_split_initials(_paired_inverted(names, last_joined_at(text))), truncated


CJK_NAME = lazy_compile(r"[\u3400-\u4dbf\u4e00-\u9fff々]{2,5}")
"""A person's name written in Chinese characters, family and given name unspaced (two to five characters): the one
pattern the readers of a citation's names use."""


def ends_in_name(text: str) -> bool:
    """The last of an author list's names is a person's full name: ``"A. Lee, Bo Chen"``, ``"Blum, Anna; Hart,
    Tom"`` (names written family name first turned round as :func:`_quick_names` turns them) yes; ``"A. Lee, Bo
    Chen, GKD-Net"`` (the first words of a title "GKD-Net: ...") no.

    >>> ends_in_name("A. Lee, Bo Chen"), ends_in_name("Blum, Anna; Hart, Tom"), ends_in_name("A. Lee, GKD-Net")
    (True, True, False)
    """
    names, _truncated = _quick_names(text)
    # (a name in Chinese characters is one word: "砂山渡・谷内田正彦", "岩村陸, 岡田浩毅")
    return bool(names) and (len(names[-1].split()) >= 2 or bool(INITIALS_NAME.fullmatch(names[-1]))
                            or bool(CJK_NAME.fullmatch(names[-1])))


INITIALS_NAME = lazy_compile(rf"(?:[{NAME_CAPITALS}]\.\s*)+[{NAME_CAPITALS}][\w'’-]+")
"""A name written as its initials, then its family name ("A. Lee", run together: "A.Lee")."""


def _paired_inverted(chunks: list[str], joined_at: int | None = None) -> list[str]:
    """``Lee, A., Wu, B.C.``, ``Fenn, Ida`` cut at every comma: family names and initials (or given names, as
    common.split_authors pairs them) taking turns are one name each, written given name first (``A Lee``, ``B.C
    Wu``, ``Ida Fenn``).

    >>> _paired_inverted(["Lee", "A", "Wu", "B.C"]), _paired_inverted(["A. Lee", "B. Wu"])
    (['A Lee', 'B.C Wu'], ['A. Lee', 'B. Wu'])
    >>> _paired_inverted(["Fenn", "Ida"]), _paired_inverted(["Kuster", "Marc Wilhelm"])
    (['Ida Fenn'], ['Marc Wilhelm Kuster'])
    >>> _paired_inverted(["Cox", "C.J", "V.P. Walden", "Rowe", "P.M"]), _paired_inverted(["A. Lee", "B", "C. Roe"])
    (['C.J. Cox', 'V.P. Walden', 'P.M. Rowe'], ['A. Lee', 'B', 'C. Roe'])
    """
    if len(chunks) < 2:
        return chunks
    families, given = chunks[0::2], chunks[1::2]
    if len(chunks) % 2 or any(initials_only(f) for f in families) or not (
            all(initials_only(i) for i in given) or family_given_pairs(chunks, joined_at) and all(map(given_like, given))):
        # "Cox, C.J., V.P. Walden, and Rowe, P.M.": some names family name first (the first author's, the owner's),
        # the others given name first (the earth sciences' journals, AGU, AMS), read as common.split_authors reads
        # them; the chunks unchanged where any one-word name has no initials after it ("Roe, A., Lind, X. En
        # Title": no such list) or an initial stands alone after no family name
        named = inverted_authors(chunks, {}, lone_family=False)
        return [n for n, _m in named] if named else chunks
    return [f"{i} {f}" for f, i in zip(families, given)]


VENUE_WORDS = lazy_compile(
    r"\b(proceedings|proc\.|conference|conf\.|journal|transactions|trans\.|symposium|workshops?|preprint|"
    r"letters|magazine|"
    + status_words("submitted", "accepted", "under review", "in submission", "to appear", "in press", gap=" ")
    # "forthcoming" only where it says where or that the work appears ("Forthcoming at X", a closing
    # "..., forthcoming"): as a title's word ("Forthcoming Changes in Arctic Ice") it names no venue
    + r"|forthcoming(?=\s+(?:at|in)\s|\W*$)"
    + r"|volume|vol\.|pp\.|pages|"
    r"technical report|tech report|working paper|discussion paper|thesis|dissertation|book chapter|openreview|"
    + PREPRINT_SERVERS + r")(?:\b|(?<=\.))",
    re.I,
)
"""(an abbreviation's stop closes the word: "Proc. IEEE Cluster", "vol. 6", where no word boundary follows it)"""
_VENUE_WORDS_LOW = lazy_compile(VENUE_WORDS.pattern)
_VENUE_NAMES_LOW = lazy_compile(
    "(?:" + CONF_WORDS.pattern.lower() + r"|\b(t-?pami|ijcv|tip|tog|jmlr|neurips|nips|icml|iclr|cvpr|iccv|eccv)\b)"
    r"(?!-[a-z]{2})")
"""A known venue's name, not one that opens a hyphenated word ("RSS-LIWOM: ...", "MM-Diffusion: ...": a method's
name in a title)."""


@lru_cache(maxsize=8192)
def venue_score(text: str) -> int:
    """How much a text reads like a venue line: a year, venue words, known venue names (memoised: an entry's
    pieces are scored by several readers)."""
    low = text.lower()
    s = 0
    if YEAR.search(low):
        s += 2
    if _VENUE_WORDS_LOW.search(low):
        s += 2
    if _VENUE_NAMES_LOW.search(low):
        s += 2
    if low.lstrip().startswith("in "):
        s += 1
    elif VENUE_LEAD_IN.match(low):
        s += 2  # "Published in Nature Human Behavior": where the work appeared, said in words
    return s

