"""Who a site is about when its home page does not say.

Takes the profiles and texts of a site's pages (or its title); gives the owner's name: the author on most of
its publications in the fullest form the site writes them, a name it sets in bold again and again, or a site
title that is a person's name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import html as _html
import re
from functools import lru_cache

from ...model import Profile, Publication
from ..common import (lazy_compile, PICTOGRAPH_JOINERS, PICTOGRAPHS, CONSONANT_INITIALS, HEAD_ROLE, JOB_WORDS, MARK_CLASS, TITLE_SEPARATOR, name_particle, NICKNAME_BETWEEN, markup_text, NOT_HEAD_ROLE, STUDENT_ROLE, fold, is_head_role, name_key, name_parts, name_slot, role_only,
                      highlights, same_name, section_kind, split_scripts, without_degrees, without_honorifics, placeholder_text)
from .fields import md_text, value_at
from .pages import title_pieces


# (initials written together count: "T.W. Walker", "L.A.E. Brunmaier")
_PLAIN_NAME = re.compile(r"^[^\W\d_][\w'\-]*\.?(?:-?[^\W\d_]\.)*(?:\s+[^\W\d_][\w'\-]*\.?(?:-?[^\W\d_]\.)*){1,4}$")


_SURNAME = re.compile(r"[^\W\d_][^\W\d_'\-]+(?:[-'][^\W\d_]+)?")
"""One word that can be a family name on its own ("Ferro", "Gil-Rodríguez")."""


def _plain_text(html_text: str) -> str:
    """A page's text, a line per block (heading, paragraph, list item, cell), other markup and entities gone."""
    plain = re.sub(r"<(?:/?(?:p|div|li|h\d|td|th|tr|section|header|footer|ul|ol|dd|dt|br|hr|title)\b)[^>]*>", "\n",
                   html_text, flags=re.I)
    return markup_text(plain, " ")


def fullness(name: str) -> tuple[int, int]:
    """How complete a written name is: its spelled-out words (not initials run together, "XG"), then all its
    words."""
    words = name.replace(".", ". ").split()
    return sum(1 for w in words if len(w.rstrip(".")) > 1 and not w.endswith(".")
               and not CONSONANT_INITIALS.fullmatch(w)), len(words)


def fullest_form(variants: list[str], texts: list[str] = (), loose: bool = False) -> str:
    """The most complete way the site writes a name: the given variants (``"M. A. Hines"``) and any
    matching name written out on the pages (``"Melissa A. Hines"`` on a people page or in a footer).

    >>> fullest_form(["C. Wu"], ["<title>Chong Wu Lab</title><p>Prof. Chong Wu works on GWAS.</p>"])
    'Chong Wu'

    ``loose``: a name that writes out the first given name and leaves the middle initials out (``"Graham Slater"``
    for ``"G. J. Slater"``) counts too, when the pages write one such name: the name to show once the owner is
    known (while the owner is looked for, a fuller form elsewhere, "Maria J. Reyes", must still match).
    """
    variants = list(variants)
    first = name_parts(variants[0])
    surname_only = first is None and bool(_SURNAME.fullmatch(variants[0]))
    if first is None and not surname_only:
        return variants[0]
    family = fold(first[1] if first else variants[0])
    shorter: list[str] = []  # (the names written out with the middle initials left out, when ``loose``)
    spelled = r"[\s\-]+".join(re.escape(w) for w in family.split())
    for text in texts:
        plain = _plain_text(text)
        # (a double family name, "Schwalb-Willmann", folds to two words: written with its hyphen on the pages)
        for m in re.finditer(rf"((?:[^\W\d_][\w'\-]*\.?[ \t]+){{1,3}}){spelled}\b", plain, re.I):
            cand = " ".join(m.group(0).split())
            lead = re.match(r"(?:[a-z]+\s+)+(?=[^\W\d_][\w'\-]*\.?\s+\S)", cand)
            if lead and cand[lead.end():][:1].isupper():
                # "by Alessandro Gentilin PhD" under a lab's name, "Dev. by Ana Ruiz" in a footer: the words in lower
                # case before the name are the sentence's (not "and Frost" in "McBride HM and Frost A": one word left)
                cand = cand[lead.end():]
            cand = without_honorifics(cand)
            if cand.islower():
                # (no capital letter: no name either branch below takes, whose last word must open with one, and
                # name_parts takes its words from the text; nameparser, 0.15 ms a name, is left unasked: a
                # variant whose family name folds to nothing, "Lind A. ꙳", makes every run of words a candidate)
                continue
            parts = name_parts(cand)
            cand = f"{parts[0]} {parts[1]}" if parts else cand  # "Principal Investigator Ruth K. Okafor"
            if cand.split()[-1][:1].isupper() and _PLAIN_NAME.match(cand) and (
                    # (not "and Frost" in "McBride HM and Frost A": a word of the sentence, no given name)
                    cand[:1].isupper() and any(same_name(cand, v) for v in variants[:8])
                    # papers naming authors by surname only ("Okafor, Ferro & Lindqvist"): a name written out
                    # elsewhere on the site whose family name it is
                    or surname_only and fold(cand.split()[-1]) == family and all(w[:1].isupper() for w in cand.split())
                    and section_kind(cand) is None and not SITE_WORDS.search(cand)):
                variants.append(cand)
            elif loose and cand.split()[-1][:1].isupper() and _PLAIN_NAME.match(cand) and any(
                    _middle_left_out(cand, v) for v in variants[:8]):
                shorter.append(cand)
    if len({fold(c) for c in shorter}) == 1:
        # "Graham Slater" on the people page, "G. J. Slater" on every paper: the given name written out, the middle
        # initial left out (only when the pages write one such name: two given names, two people)
        variants += shorter
    counts = {v: variants.count(v) for v in variants}
    return max(counts, key=lambda v: (fullness(v), counts[v], -variants.index(v)))


def _middle_left_out(full: str, initials: str) -> bool:
    """Whether ``full`` ("Graham Slater") writes out the first of the given names ``initials`` gives as initials
    only ("G. J. Slater"), leaving the middle ones out: one family name, the first initial the same.

    >>> _middle_left_out("Graham Slater", "G. J. Slater"), _middle_left_out("Gina Slater", "H. J. Slater")
    (True, False)
    """
    a, b = name_parts(full), name_parts(initials)
    if a is None or b is None or fold(a[1]) != fold(b[1]):
        return False
    given, inits = a[0].split(), b[0].replace(".", ". ").split()
    return len(given) == 1 and len(given[0]) > 2 and "." not in given[0] and len(inits) >= 2 \
        and all(len(w.rstrip(".")) == 1 for w in inits) and fold(given[0])[0] == fold(inits[0])[0]


def top_author(works: Iterable[Iterable], share: float, total: int | None = None, *, fewest: int = 2,
               exact: bool = False, by_mark: bool = False, tie: Callable[[list[str]], str | None] | None = None
               ) -> list[list[str]] | None:
    """The author on most of the works (each an iterable of author names, or of :class:`~kg.model.Author`): on at
    least ``fewest`` of them and a ``share`` of ``total`` (the works given, by default), and on more than anyone
    else. Gives how each work naming that author spells the name (the first spelling it writes, then any other: the
    works in order); None when nobody stands out. A name's spellings go together by :func:`same_name` (``"A. Lee"``, ``"Ann Lee"``), or
    only written alike with ``exact``. With ``by_mark`` the author the works set in bold (``Author.is_self``) on
    as many of them wins first, however many works a co-author shares. ``tie`` picks among the names on as many
    works as the first (None: nobody).

    >>> top_author([["A. Lee", "Bo Roe"], ["Ann Lee"], ["Cy Orr"]], 0.5)
    [['A. Lee'], ['Ann Lee']]
    >>> top_author([["A. Lee", "Bo Roe"], ["Ann Lee"], ["Cy Orr"], ["Di Fox"], ["Ed Gil"]], 0.5) is None
    True
    """
    counts: Counter[str] = Counter()
    marked: Counter[str] = Counter()  # (the works on which the name is the one set in bold)
    spelled: dict[str, list[list[str]]] = {}  # (a name's spellings on each work naming it)
    # which key a spelling goes under, found once per spelling, among the keys it can match: same_name says yes
    # only to a name of the same name_key or of the same folded family name (nameparser's), so only those keys
    # are tried, in the order they came (the first that matches, as before). Comparing every author of every
    # work with every key so far was most of a long list's import (100 ms for 800 authors).
    key_of: dict[str, str] = {}
    rank: dict[str, int] = {}
    by_key: dict[str, list[str]] = {}
    by_family: dict[str, list[str]] = {}

    def family(name: str) -> str | None:
        parts = name_parts(name)
        return fold(parts[1]) if parts else None

    n_works = 0
    for work in works:
        n_works += 1
        seen: dict[str, str] = {}
        for author in work:
            name = author if isinstance(author, str) else author.name
            key = name if exact else key_of.get(name)
            if key is None:
                fam = family(name)
                near = by_key.get(name_key(name), []) + (by_family.get(fam, []) if fam is not None else [])
                key = next((k for k in sorted(set(near), key=rank.__getitem__) if same_name(k, name)), name)
                key_of[name] = key
                if key not in rank:  # a new key: its own spelling
                    rank[key] = len(rank)
                    by_key.setdefault(name_key(key), []).append(key)
                    if fam is not None:
                        by_family.setdefault(fam, []).append(key)
            once = fold(name) if exact else key  # (a name written twice on one work counts once)
            if once in seen:
                spelled[seen[once]][-1].append(name)
                continue
            seen[once] = key
            counts[key] += 1
            marked[key] += not isinstance(author, str) and author.is_self
            spelled.setdefault(key, []).append([name])
    total = n_works if total is None else total

    def leader(tally: Counter[str], tie) -> str | None:
        ranked = tally.most_common()
        if not ranked:
            return None
        top, n = ranked[0]
        tied = [k for k, c in ranked if c == n]
        if len(tied) > 1:
            top = tie(tied) if tie else None
        return top if top is not None and n >= max(fewest, share * total) else None

    top = leader(marked, None) if by_mark else None
    if top is None:
        top = leader(counts, tie)
    return None if top is None else spelled[top]


def site_owner(pages: list[Profile], texts: list[str] = ()) -> str | None:
    """The owner of a site whose home page does not name them: the author on most of the site's
    publications (on at least two, and a quarter of those with authors, and more than anyone else), in the
    fullest form the site writes them (``M. A. Hines`` on the papers, ``Melissa A. Hines`` on the people
    page: the latter). Without publications, a name two pages agree on. None when nobody stands out.

    >>> from kg.model import Author, Person, Profile, Publication
    >>> p = [Profile(person=Person(name="Lab"), publications=[
    ...     Publication(title=f"T{i}", authors=[Author(name="M. A. Hines"), Author(name=f"X{i} Y")]) for i in range(3)])]
    >>> site_owner(p, ["<p>Melissa A. Hines, professor</p>"])
    'Melissa A. Hines'
    """
    def candidates(pub: Publication) -> list[str]:
        names = (" ".join(re.sub(MARK_CLASS + "+", " ", a.name).split()) for a in pub.authors)
        # ("Quantum Device Lab", a page read as the lab's: no author who owns the site; "Okafor, Ferro & Lindqvist":
        # authors by surname only)
        return [n for n in names if not group_name(n) and (_PLAIN_NAME.match(n) and name_parts(n) or _SURNAME.fullmatch(n))]

    spellings = top_author([candidates(pub) for prof in pages for pub in prof.publications if pub.authors], 0.25)
    if spellings:
        return fullest_form(list(dict.fromkeys(n for work in spellings for n in work)), texts)
    # the owner's name in bold, the way pages highlight the owner among coauthors, on three lines or more
    bold: list[str] = []
    for text in texts:
        for piece in highlights(text):
            name = " ".join(markup_text(re.sub(MARK_CLASS + "|,", " ", piece), " ").split())
            if 2 <= len(name.split()) <= 4 and _PLAIN_NAME.match(name) and all(w[:1].isupper() for w in name.split()) \
                    and section_kind(name) is None and name_parts(name):
                bold.append(name)
    tally = sorted(((sum(1 for o in bold if same_name(n, o)), fullness(n), n) for n in dict.fromkeys(bold)),
                   key=lambda t: (-t[0], -t[1][0], -t[1][1], t[2]))
    if tally and tally[0][0] >= 3 and (len(tally) == 1 or tally[0][0] > tally[1][0] or same_name(tally[0][2], tally[1][2])):
        return tally[0][2]
    names = [p.person.name for p in pages if p.person.name and _PLAIN_NAME.match(p.person.name)]
    for name in names:
        if sum(1 for other in names if same_name(name, other)) >= 2:
            return name
    # a page title that is a person's name ("Dr Jane Roe | Papers"), written on the site more than once
    for text in texts:
        for piece in title_pieces(text):
            name = person_title(piece)
            if name and sum(t.count(name) for t in texts) >= 2:
                return name
    return None


SITE_WORDS = lazy_compile(r"\b(lab|labs|laboratory|laboratories|group|blog|site|page|homepage|website|web|academic|"
                         r"research|portfolio|home|personal|notes|welcome|team|center|centre|institute|consortium|"
                         r"collective|initiative|studio|unit)\b", re.I)
"""The words of a site's, a lab's or a group's name ("Quantum Device Lab", "Ocean Optics Group"), no person's."""


@lru_cache(maxsize=8192)
def group_name(name: str | None) -> bool:
    """Whether a name a page is headed by is a lab's, a group's or a site's (:data:`SITE_WORDS`) or a section's
    ("Publications"), not a person's: never the site's owner, nor handed to its pages as their owner. Memoised:
    site_owner asks it of every author of every paper, and section_kind tries each section name on each.

    >>> group_name("Quantum Device Lab"), group_name("People"), group_name("Ana Ruiz")
    (True, True, False)
    """
    return bool(name) and (SITE_WORDS.search(name) is not None or section_kind(name) is not None)


_ROLE_APART = lazy_compile(r"\s*(?:[·•|,–—:]|\s-\s|\()\s*")


def _site_lines(text: str) -> list[str]:
    """A page's text a line per block (heading, paragraph, card line), markup and entities gone."""
    from ..document import blank_residue, without_heading_marks

    # (a markdown page's heading marks, and the fences of Pandoc's divs around a card, are no text: "## Principal
    # Investigator" / "::: {#pi-section}" / "Dr. Ana Ruiz" is a label over the head's card)
    text = without_heading_marks(blank_residue(text)[0])
    plain = _plain_text(re.sub(r"<(script|style)\b.*?</\1\s*>", " ", text, flags=re.I | re.S))
    out: list[str] = []
    for line in plain.splitlines():
        line = " ".join(line.split())
        # a markdown page's table row ("| **Ana Ruiz** <br> Professor | [GitHub](...) |"): a line per cell, the
        # bold markers gone, the rule under the header row none
        row = line.startswith("|") or line.endswith("|")
        for cell in line.strip("|").split("|") if row else [line]:
            cell = re.sub(r"\*\*|__", "", cell).strip() if row else cell
            if cell and not (row and re.fullmatch(r"[\s:\-]+", cell)):
                out.append(cell)
    return out


def _person_name(text: str) -> str | None:
    """``text`` when it is a person's name alone (two to four capitalised words), honorifics and degrees gone."""
    from ..page.scores import name_like

    name = without_degrees(without_honorifics(text.strip(" ,;:")))
    words = name.split()
    if not 2 <= len(words) <= 4 or not _PLAIN_NAME.match(name) or not all(w[:1].isupper() for w in words) \
            or group_name(name) or JOB_WORDS.search(name) or not name_like(name) or not name_parts(name) \
            or name_slot(name):  # (a template's card "Your Name" / "Assistant Professor": no one's)
        return None
    return name


def _head_role(text: str) -> bool:
    """A short line that names a lab's head's role ("Professor · Principal Investigator")."""
    return len(text.split()) <= 8 and is_head_role(text)


@lru_cache(maxsize=256)
def _heads_named(text: str) -> tuple[str, ...]:
    """The people one page names as its lab's head (:func:`site_head`), in page order (kept for the next reader
    of the same pages: a site asks twice)."""
    found: list[str] = []
    lines = _site_lines(text)
    for k, line in enumerate(lines):
        if len(line.split()) > 12:
            continue
        pieces = [p for p in _ROLE_APART.split(line) if p.strip(" )")]
        name = _person_name(pieces[0]) if pieces else None
        if name:
            after = lines[k + 1] if k + 1 < len(lines) else ""
            before = lines[k - 1] if k else ""
            # the role on the name's own line ("Ana Ruiz · Professor") or the line after it (a card); a label
            # just above it ("Principal Investigator"), unless the line after gives the person another role
            if _head_role(" ".join(pieces[1:]).strip(" )")) or _head_role(after) or (
                    role_only(before) and _head_role(before) and not STUDENT_ROLE.search(after)
                    and not NOT_HEAD_ROLE.search(after)):
                found.append(name)
            continue
        # "Principal Investigator: Ana Ruiz · Professor": the role, then the name
        m = HEAD_ROLE.match(line)
        rest = _ROLE_APART.split(line[m.end():].strip(" :"))[0] if m else ""
        if m and is_head_role(line[:m.end()]) and (name := _person_name(rest)):
            found.append(name)
    return tuple(found)


def site_head(texts: list[str]) -> str | None:
    """The person a lab's or group's pages name as its head: a name alone on its line with a role that says so
    beside it (a people page's card "Ana Ruiz" / "Professor · Principal Investigator", "Ana Ruiz (PI)", a contact
    line "Principal Investigator: Ana Ruiz · Professor") or under a label that does ("Principal Investigator" /
    "Dr. Ana Ruiz, PhD"), in the site's own spelling; None when no one, or more than one person, is named so
    (co-directors: the pages do not say whose site it is).

    >>> site_head(["<h3>Dr. Ana Ruiz</h3><div>Professor &middot; Principal Investigator</div><h3>Bo Li</h3><div>PhD student</div>"])
    'Ana Ruiz'
    """
    found = [name for text in texts for name in _heads_named(text)]
    people = [n for k, n in enumerate(found) if not any(same_name(n, o) for o in found[:k])]
    return found[0] if len(people) == 1 else None


def lab_owner(pages: list[Profile], texts: list[str]) -> str | None:
    """Whose site a lab's or group's site is (its home page headed by the lab's name): the author on most of its
    papers (:func:`site_owner`) written as the pages name the lab's head (:func:`site_head`: "Hyungkook Choi" on
    the people page over "Hyung Kook Choi" on the papers), or the head when the papers name no one; when the two
    are different people, the papers' author (the pages' roles may name a collaborator's post)."""
    author = site_owner(pages, texts)
    head = site_head(texts)
    if author is None or head is not None and same_name(head, author):
        return head or author
    return author


_LAB_KIND = r"(?:research\s+)?(?:lab|laboratory|group)"
_LAB_KIND_CJK = r"(?:研究室|实验室|實驗室|课题组|課題組)"
"""The words a lab's name ends in, naming its kind: after a space in Latin letters, right after the name in CJK."""
_LAB_OF = lazy_compile(rf"^(.+?)(?:\s+{_LAB_KIND}|\s*{_LAB_KIND_CJK})$", re.I)
"""A lab's name that ends in its kind ("Ana Ruiz Laboratory", "山田太郎研究室"): what comes before it is its name."""


def lab_title(name: str | None) -> bool:
    """Whether a site's title names a lab or a group by its kind (``"River Lab"``, ``"Ocean Optics Group"``,
    ``"山田研究室"``): its people's records are its members', none of them its owner by being the one kept.

    >>> lab_title("River Lab"), lab_title("Meadow Notes"), lab_title(None)
    (True, False, False)
    """
    return bool(name) and _LAB_OF.match(" ".join(name.split())) is not None


def lab_named_for(name: str, texts: Iterable[str]) -> str | None:
    """The person a lab's name names (``"Zhang Tao lab"``, ``"Ana Ruiz Laboratory"``: the words before its kind), when
    they read as a person's name and some text of the site (``texts``) writes that name again on its own, outside the
    lab's name and no longer name's start ("Zhang Tao, Li Wei. Title ..." in a list of papers); None for a lab named
    otherwise (``"Quantum Device Lab"`` beside "Quantum Device Fabrication").

    >>> lab_named_for("Zhang Tao lab", ["<h1>Zhang Tao lab</h1>", "Li W, Zhang Tao, Wu Y. Rice genes."])
    'Zhang Tao'
    >>> lab_named_for("Quantum Device Lab", ["<h1>Quantum Device Lab</h1>", "Quantum Device Fabrication"]) is None
    True
    """
    m = _LAB_OF.match(" ".join(name.split()))
    person = person_title(m.group(1)) if m and not group_name(m.group(1)) else None
    if person is None:
        return None
    # (the lab's kind in lower case; written capitalised, as any capitalised word after the name, it is a longer name)
    alone = re.compile(rf"(?<![\w-]){re.escape(person)}(?![\w-])(?!\s*(?:'s\s+)?(?:{_LAB_KIND}|[A-Z]))")
    return person if any(alone.search(t) for t in texts) else None


def lab_member_named_for(lab: str, members: Iterable[str]) -> str | None:
    """The one of a group's ``members`` its name names by their family name alone ("Alexander Lab": "Harriet
    Alexander", the head whose group it is); None for a group named otherwise, or when no member or several
    bear that name.

    >>> lab_member_named_for("Alexander Lab", ["Cecilia Dapino", "Harriet Alexander"])
    'Harriet Alexander'
    >>> lab_member_named_for("Zhang Lab", ["Wei Zhang", "Min Zhang"]) is None
    True
    """
    m = _LAB_OF.match(" ".join(lab.split()))
    if m is None or len(m.group(1).split()) != 1:
        return None
    family = fold(m.group(1))
    found = {n for n in members if len(n.split()) >= 2 and fold(n.split()[-1]) == family and not group_name(n)}
    return found.pop() if len(found) == 1 else None


def lab_namesake(texts: list[str]) -> str | None:
    """The person a lab's site is named for (``<title>Ana Ruiz Laboratory</title>``, ``<h1>山田太郎研究室</h1>``),
    as the pages' titles and first headings write it and some page names the person again outside the lab's name
    ("Photo of Ana Ruiz"): whose site it is when no page names a head and no paper its author. One page's title
    and heading name one lab, in two scripts too ("山田太郎研究室 | Taro Yamada Laboratory"): the same person. The
    name in Latin letters when the pages write it so; None when they name no one so, or two people.

    >>> lab_namesake(["<title>山田太郎研究室 | Taro Yamada Laboratory</title>", "<img alt='山田太郎の写真'>"])
    'Taro Yamada'
    >>> lab_namesake(["<title>Quantum Device Lab</title><p>We build quantum devices.</p>"]) is None
    True
    """
    from ..common import has_cjk
    from ..page.person import cjk_name_like

    groups: list[list[str]] = []
    for text in texts:
        head = text[:30000]
        pieces = title_pieces(head) + [markup_text(h) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", head, re.I | re.S)[:1]]
        names = []
        for piece in pieces:
            m = _LAB_OF.match(" ".join(piece.split()))
            rest = m.group(1).strip() if m else ""
            name = (rest if cjk_name_like(rest) else None) if has_cjk(rest) else _person_name(rest) if rest else None
            if name and name not in names:
                names.append(name)
        same = [g for g in groups if set(g) & set(names)]
        for g in same:
            groups.remove(g)
            names += [n for n in g if n not in names]
        if names:
            groups.append(names)
    plain = [_html.unescape(t) for t in texts]
    # (the name outside the lab's name, in the text or an image's description: "Photo of Ana Ruiz", "山田太郎の写真";
    # not "Ana Ruiz Lab" again)
    people = [g for g in groups if any(re.search(
        rf"{re.escape(n)}(?!(?i:\s*(?:['’]s\s+)?{_LAB_KIND}\b)|\s*{_LAB_KIND_CJK})",
        t) for n in g for t in plain)]  # (the name as written, capitals and all: "quantum devices" names no one)
    if len(people) != 1:
        return None
    return next((n for n in people[0] if not has_cjk(n)), people[0][0])


def head_short_name(owner: str, texts: list[str]) -> str | None:
    """The name a lab's pages give their head (:func:`site_head`) when it is ``owner``, the papers' author, under
    the short form of the given name they go by ("Ken Birnbaum" on the people page, "Kenneth D. Birnbaum" on every
    paper): the person's name as the site writes it, the papers' form an alternate one; None otherwise.

    >>> head_short_name("Kenneth D. Birnbaum", ["<p>Principal Investigator</p><p>Ken Birnbaum</p>"])
    'Ken Birnbaum'
    """
    head = site_head(texts)
    if head is None:
        return None
    a, b = fold(head).replace(".", " ").split(), fold(owner).replace(".", " ").split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or len(a[0]) < 3 or a[0] == b[0] or not b[0].startswith(a[0]):
        return None
    return head


def title_position(text: str | None, name: str) -> str | None:
    """The position a site title gives after its owner's name (``"Jane Doe / Meteorologist"``,
    ``"Jane Doe | Data Engineer"``); None when the title says nothing more about them.

    >>> title_position("Ana Ruiz / Hydrologist", "Ana Ruiz"), title_position("Ana Ruiz | Blog", "Ana Ruiz")
    ('Hydrologist', None)
    """
    pieces = TITLE_SEPARATOR.split(" ".join(_html.unescape(md_text(text or "")).split()))
    if len(pieces) != 2 or not same_name(pieces[0].strip(), name):
        return None
    tail = pieces[1].strip()
    return tail if JOB_WORDS.search(tail) and len(tail.split()) <= 5 and not section_kind(tail) else None


_SYMBOLS = lazy_compile(rf"[{PICTOGRAPHS}{PICTOGRAPH_JOINERS}]+")
"""Emoji, flags (regional indicator pairs) and pictographs written beside a name ("Ana Roe 🇺🇦", "Ana Roe ✨")."""


def display_name(text: str) -> tuple[str, list[str]]:
    """The owner's name as a configuration or an author page writes it for display, without what the display
    adds: emoji and flags, an honorific before it, degrees after it ("Dr. Ana Roe, PharmD, PhD"); a nickname
    written in parentheses or quotes between the given and family names is another name of theirs ("Yu (Rain)
    Lee": "Yu Lee", and "Rain Lee" as an alternate name).

    >>> display_name("Dr. Yu (Rain) Lee"), display_name("Ana Roe 🇺🇦"), display_name("Ana Roe, PharmD, PhD")
    (('Yu Lee', ['Rain Lee']), ('Ana Roe', []), ('Ana Roe', []))

    The name in another script in parentheses after it is another name ("Anjan Kar (অঞ্জন কর)", "Xiulong Liu
    (刘秀龙)").

    The markup a theme shows as it is ("Ana Roe<br>(安娜)" for a sidebar's two lines, "Ana L&oacute;pez") is no
    part of it: ``display_name("Ana Roe<br>")`` is ``('Ana Roe', [])``.
    """
    name = " ".join(_SYMBOLS.sub(" ", md_text(text) if "<" in text or "&" in text else text).split())
    name = without_degrees(without_honorifics(name)) or name
    mid = NICKNAME_BETWEEN.fullmatch(name)
    if mid:
        return f"{mid[1]} {mid[3]}", [f"{mid[2]} {mid[3]}"]
    gloss = re.fullmatch(r"([A-Za-zÀ-ɏ][^()（）]*?)\s*[(（]([^()（）]+)[)）]", name)
    if gloss and not re.search(r"[A-Za-zÀ-ɏ]", gloss[2]) and any(c.isalpha() for c in gloss[2]):
        return gloss[1], [gloss[2].strip()]  # "Anjan Kar (অঞ্জন কর)": the name in its own script, another name
    return name or text, []


_WHOSE_SITE = lazy_compile(r"(?i)^(?:the\s+)?(?:(?:personal|academic|professional)\s+)?(?:home\s*page|web\s*site|web\s*page|"
                         r"site|page)\s+of\s+(?=\S)")
"""What opens a site's title or description that says whose site it is ("Website of Ann Lee", distill's and Nikola's
``description``)."""


_PHRASE_WORD = lazy_compile(r"(?<=\S)\s+(?:With|For|And|Of|About|From|Into|Through|Our|Your)\s+(?=\S)")
"""A title-case phrase's small word inside a site title ("Playing With Stata", "Fun With Data"): no word of a
person's name (the particles of one, "de La", "Van Der", are others; "The" and "My" are not asked: Vietnamese
names hold them, "Nguyen The Anh", "Tran Thi My Linh")."""


def person_title(text: str | None, evidence: tuple[str, ...] = ()) -> str | None:
    """A site title that is a person's name (``"Elena Tuzhilina"``), entities decoded; None for
    ``"My Research Blog"`` and the like. A title written in lower case (``"john loeser"``) counts only
    when ``evidence`` (the site's email address, its URL) holds the family name.

    >>> person_title("john loeser", ("jloeser@example.org",)), person_title("deep thoughts", ("me@x.org",))
    ('John Loeser', None)
    >>> person_title("Fun With Data"), person_title("Ana de la Cruz"), person_title("Tran Thi My Linh")
    (None, 'Ana de la Cruz', 'Tran Thi My Linh')
    """
    from ..page.parse import HOMEPAGE_TITLE_TAIL

    name = " ".join(_html.unescape(md_text(text or "")).split())
    name = without_degrees(without_honorifics(name))
    name = split_scripts(name)[0]  # ("山田花子 / Hanako Yamada": the Latin name)
    name = TITLE_SEPARATOR.split(name)[0].strip()
    name = HOMEPAGE_TITLE_TAIL.sub("", name).strip()  # ("Ann Lee's homepage": whose site it is)
    name = _WHOSE_SITE.sub("", name).strip()  # ("Website of Ann Lee", "Personal homepage of Ann Lee")
    if " " not in name:
        # "BlairCostelloe.com": a domain of the name run together
        name = re.sub(r"\.(?:com|net|org|io|me|info|site|dev|page|xyz|github\.io)$", "", name, flags=re.I)
        name = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", name)
    if not name or SITE_WORDS.search(name) or section_kind(name) or not _PLAIN_NAME.match(name) \
            or name_slot(name) or _PHRASE_WORD.search(name):  # (a template's "Your Name" left unfilled)
        return None
    words = name.split()
    if name == name.lower() and 2 <= len(words) <= 3 and len(fold(words[-1])) >= 3 \
            and any(fold(words[-1]) in fold(e).replace(" ", "") for e in evidence if e):
        words = [w[:1].upper() + w[1:] for w in words]
        name = " ".join(words)
    # ("Laurence van Lent", "Ana de la Cruz": a particle inside the name is written in lower case)
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or 0 < k < len(words) - 1 and w.islower()
                                           and name_particle(words, k) for k, w in enumerate(words)) \
            or not name_parts(name):
        return None
    return name


CONFIG_NAME_KEYS = ("author.name", "author", "project.authors", "project.author", "params.author.name",
                    "params.author", "params.name", "name", "site_author", "owner", "params.pi", "pi", "title",
                    "project.title", "params.title", "site_name", "website.title", "description")
"""The keys of a site's configuration that may name whom the site is about, surest first (``project.authors``:
MyST's; ``params.pi``: a lab site's head, "Prof. Ana Ruiz"; a site title only when it is a person's name; last, a
description that is one, or says whose site it is: "Website of Ana Ruiz", an R distill ``_site.yml``'s)."""


TITLE_KEYS = frozenset({"title", "project.title", "params.title", "site_name", "website.title", "description"})
"""The keys of :data:`CONFIG_NAME_KEYS` that name the site, not a person: a name read there is the owner's only
while the site's pages name no one with a better claim (:func:`outclaimed`)."""


def config_people(data: dict) -> list[tuple[str, str]]:
    """(name, key) of each person a site's configuration (a mapping: ``_config.yml``, ``myst.yml``, Hugo's
    ``[params]``, the values of a ``conf.py``) names as whom the site is about (:data:`CONFIG_NAME_KEYS`),
    surest first, each person once: an author (a name, ``{name: ...}``, or a list of one: a book by several
    authors is nobody's site), a title that is a person's name (:func:`person_title`).

    >>> config_people({"project": {"authors": [{"name": "Ada Lind"}], "title": "Notes"}, "title": "Ada Lind"})
    [('Ada Lind', 'project.authors')]
    """
    out: list[tuple[str, str]] = []
    for key in CONFIG_NAME_KEYS:
        value = value_at(data, key)
        if isinstance(value, list):
            value = value[0] if len(value) == 1 else None
        if isinstance(value, dict):
            value = value.get("name")
        name = person_title(value) if isinstance(value, str) else None
        # (a theme's demo person, al-folio's RenderCV "cv: {name: Albert Einstein}", or "Your Name", names no one;
        # "John Smith" may be someone's own)
        if name and not (placeholder_text(name) and not re.search(r"(?i)\bsmith\b", name)) \
                and not any(same_name(name, n) for n, _k in out):
            out.append((name, key))
    return out


def owner_evidence(name: str, accounts: Iterable[str], written: Iterable[str] = ()) -> bool:
    """Whether a site backs ``name`` as its owner's: its ``accounts`` (profile handles, the email address, the
    site's address) spell the family name (three letters or more: "mtanaka", "mira.tanaka@...", "tanaka.dev"), or
    the names its posts and papers are by (``written``) include it.

    >>> owner_evidence("Mira Tanaka", ["mtanaka"]), owner_evidence("Quiet Gradients", ["mtanaka"], ["Mira Tanaka"])
    (True, False)
    """
    parts = name_parts(name)
    family = re.sub(r"[^a-z]", "", fold(parts[1])) if parts else ""
    if len(family) >= 3 and any(family in re.sub(r"[^a-z]", "", fold(a)) for a in accounts if a):
        return True
    return any(same_name(name, w) for w in written)


def outclaimed(title: str, page: Profile, base: str | None = None) -> bool:
    """Whether the person a site's page names (``page``, read with no owner given) has the better claim to the site
    than a configured title that only reads like a name ("Quiet Gradients", "Tidal Ledgers"): the page's profiles
    and address, or the site's (``base``), spell their family name and not the title's, nor do the page's papers
    name the title's person (:func:`owner_evidence`). A title that is the owner's name keeps its claim wherever
    the site backs it ("name: Pia Lund" beside "pia.lund@...").

    >>> from kg.model import Person
    >>> outclaimed("Quiet Gradients", Profile(person=Person(name="Mira Tanaka")), "https://mtanaka.github.io/")
    True
    """
    person = page.person
    accounts = [*person.identifiers.values(), person.email or "", str(person.homepage or ""), base or ""]
    written = [a.name for p in page.publications for a in p.authors]
    return not owner_evidence(title, accounts, written) and owner_evidence(person.name, accounts, written)


def titled_owner(title: str, page: Profile | None, base: str | None = None) -> str:
    """The owner of a site whose configuration names it only by a title that reads like a name (``site_name:``,
    ``title:``, :data:`TITLE_KEYS`): the person its home page names (``page``, read with no owner given) when they
    have the better claim (:func:`outclaimed`), else the title.

    >>> from kg.model import Person
    >>> titled_owner("Tidal Ledgers", Profile(person=Person(name="Wren Ostrander")), "https://wostrander.github.io")
    'Wren Ostrander'
    """
    said = person_title(page.person.name) if page is not None else None
    if said and not group_name(said) and not same_name(said, title) and outclaimed(title, page, base):
        return said
    return title


def named_owner(named: list[str], pubs: list[Publication]) -> str | None:
    """Who a site is about by the names its configuration gives (``named``, surest first) and its publication
    records (``pubs``): the first named person the records write as an author, else the author on most records
    (:func:`~.record_files.records_owner`), else the first named person. The records come before a name they do not
    write because configurations and data modules also name what is no person's site (a feed's or a section's
    ``name: "News Feeds"`` in an about module beside a researcher's list of papers); a named person is the owner
    when the records say nothing.

    >>> named_owner(["Ana Ruiz"], [])
    'Ana Ruiz'
    """
    from .record_files import records_owner

    authors = [a.name for p in pubs for a in p.authors]
    return next((n for n in named if any(same_name(n, a) for a in authors)), None) or (
        records_owner(pubs) if pubs else None) or (named[0] if named else None)
