"""Author marks and links in an entry: the owner highlighted, equal contribution, legends, co-authors.

Takes a segment's runs and the authors read from it; gives the highlighted names, the style
marks and the style legend of the page, author homepage links, publication links by kind,
and the co-authors named in a ``(with X and Y)`` note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Author, Link, Publication
from ..common import lazy_compile, fold, identifier_from_url, parse_venue, same_site, split_authors

from .source import norm
from .memo import label_kind, same_name, url_kind
from .scores import author_score, name_like
from .runs import Seg
from .labels import label_of
from .context import WITH_LEAD, Ctx, abs_url, english_names, other_with
from .citation import uninvert_authors


_ONE_PER_WORK = frozenset(("doi", "arxiv", "pubmed", "openreview"))
"""The kinds of link that identify the work itself, one of each per work (its DOI, its arXiv and PubMed records)."""


def add_link(pub, kind: str, url: str, ctx: Ctx, label: str | None = None) -> None:
    """The link in its kind's slot; a further one of that kind (a second code link, "Replication
    materials" beside "WP version") goes to ``more_links`` with its label, not lost. A further identifier of a work
    (a second DOI, arXiv or PubMed address) whose label names no kind ("<strong>Archive:</strong> <a
    href=doi.org/...zenodo...>", "[article highlight](https://doi.org/...)" beside the paper's DOI) identifies
    something else than the work, which has one of each: the ``other`` slot while it is free (a second PDF or code
    link, "Reprint", "CRAN", is a true second of its kind)."""
    target = pub.placeholder_links if same_site(url, ctx.homepage) else pub.links
    if kind not in target:
        target[kind] = url
    elif target is pub.links and url != target[kind] and all(x.url != url for x in pub.more_links):
        if kind in _ONE_PER_WORK and "other" not in pub.links and url not in pub.links.values() \
                and norm(label or "") and label_kind(label) is None and url_kind(url) == kind:
            pub.links["other"] = url
        else:
            pub.more_links.append(Link(label=norm(label or "") or kind, url=url))


def majority(seg: Seg, attr: str) -> bool:
    total = sum(len(r.text.strip()) for r in seg.runs)
    styled = sum(len(r.text.strip()) for r in seg.runs if getattr(r, attr))
    return total > 0 and styled >= 0.8 * total


_NOT_NAME_CHARS = re.compile(r"[\s,;.*†‡#&]|and")
_HIGHLIGHT_CLASS = re.compile(r"highlight|\bme\b|^self$|^owner$|^myself$|^author-me$|^my-name$")
"""A class that sets an author's name apart as the owner's ("highlight", "me", "author-me")."""


def highlighted_names(seg: Seg, authors: list[Author], label_anchors) -> list[str]:
    """Names of the authors the page sets apart (bold, underlined, emphasised, 'highlight')."""
    hl_runs = []
    plain = 0
    for r in seg.runs:
        t = r.text.strip().strip(",;.")
        if not t or r.anchor in label_anchors:
            continue
        cls_hl = bool(r.classes) and any(_HIGHLIGHT_CLASS.search(c) for c in r.classes)
        if r.bold or r.underline or cls_hl or (r.italic and not r.href):
            hl_runs.append(fold(t))
            if "," in t:
                uninverted = uninvert_authors(r.text.strip())  # "<b>Oyelaran, T.</b>" in an APA list
                if uninverted:
                    hl_runs.append(fold(uninverted))
        elif not plain:  # (whether any plain run holds a character of a name: its count is not asked)
            plain = len(_NOT_NAME_CHARS.sub("", t))
    if not hl_runs or not plain:
        return []
    out = []
    for a in authors:
        key = fold(a.name)
        if key and any(key == h or (key in h and len(h) <= len(key) + 4) or (h in key and len(h) >= 4) for h in hl_runs):
            out.append(a.name)
    return out if len(out) < len(authors) else []


def mark_styled_runs(seg: Seg, authors: list[Author], label_anchors, style_marks: dict[str, str]) -> None:
    """Marks the page's legend ties to a style (underlined names are the owner's students)."""
    for attr, mark in style_marks.items():
        styled = [fold(r.text.strip().strip(",;.*†‡#")) for r in seg.runs
                  if getattr(r, attr) and r.anchor not in label_anchors and r.text.strip().strip(",;.")]
        for r in seg.runs:
            if getattr(r, attr) and "," in r.text and r.anchor not in label_anchors:
                uninverted = uninvert_authors(r.text.strip())  # "<u>Kessler, M.</u>" in an APA list
                if uninverted:
                    styled.append(fold(uninverted))
        styled_marks(authors, {mark: styled})


def styled_names(seg: Seg, label_anchors, style_marks: dict[str, str]) -> dict[str, list[str]]:
    """The names a segment sets in each style its page's legend gives a meaning, by mark: one styled run may hold
    several names ("<u>A. Lee, B. Ong and C. Wu</u>"), a run may stop inside a name ("<u>D. Fa</u>y")."""
    out: dict[str, list[str]] = {}
    for attr, mark in style_marks.items():
        text = "".join(f"\x00{r.text}\x01" if getattr(r, attr) and r.anchor not in label_anchors else r.text
                       for r in seg.runs)
        for m in re.finditer(r"\x00([^\x01]*)\x01([^\W\d_]*)", text):
            run = " ".join((m.group(1) + m.group(2)).split())  # (a name the style stops inside of, made whole)
            for piece in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", run):
                piece = fold(piece.strip(" ,;.*†‡#()"))
                if piece:
                    out.setdefault(mark, []).append(piece)
    return out


def styled_marks(authors: list[Author], styled: dict[str, list[str]]) -> None:
    """Mark each author whose name is one of ``styled`` (from :func:`styled_names`)."""
    for mark, names in styled.items():
        for a in authors:
            key = fold(a.name)
            if key and not a.is_self and mark not in a.marks and any(
                    key == h or (h and key in h and len(h) <= len(key) + 4) for h in names):
                a.marks = [*a.marks, mark]


_STYLE_LEGEND = lazy_compile(
    r"(?:(?P<who1>students?|mentees?|advisees?|interns?|(?:undergraduate|graduate|phd)\s+students?|"
    r"(?:lab|group|team)\s+members?|trainees?)\b[^.]{0,40}?"
    r"\b(?:(?:are|is|in)\s+)?(?P<style1>underlined|bold(?:ed|face)?|italic(?:s|ized)?)|"
    r"(?P<style2>underlined|bold(?:ed|face)?|italic(?:s|ized)?)\s+(?:names?|authors?)?\s*(?:are|is|=|:|denotes?|"
    r"indicates?|marks?)\s*(?:my\s+|the\s+)?(?P<who2>students?|mentees?|advisees?|interns?|trainees?|(?:lab|group)\s+members?))",
    re.I)


def style_legend(text: str) -> dict[str, str] | None:
    """``"Students I advise are underlined."`` -> ``{"underline": "mentee"}``."""
    m = _STYLE_LEGEND.search(text)
    if not m:
        return None
    style = (m.group("style1") or m.group("style2")).lower()
    attr = "underline" if style.startswith("underline") else "bold" if style.startswith("bold") else "italic"
    if attr != "underline":
        return None  # bold and italics also mark the owner and venues: too ambiguous to use
    return {attr: "mentee"}


def author_links(seg: Seg, authors: list[Author], ctx: Ctx) -> None:
    for a in seg.anchors():
        label = fold(label_of(a))
        if not label:
            continue
        url = abs_url(a.get("href"), ctx)
        if not url:
            continue
        for author in authors:
            if fold(author.name) == label and author.url is None:
                author.url = url
                ident = identifier_from_url(url)
                if ident:
                    author.identifiers = {ident[0]: ident[1]}
                break


_WITH_BRACKET = rf"\(\s*{WITH_LEAD}\s+(?P<p>[A-ZÀ-ÖØ-Þ][^()]*(?:\([^()]*\)[^()]*)*)\)"
WITH_TAIL = lazy_compile(_WITH_BRACKET + r"\s*\.?$")
"""A title closed by its coauthors in brackets, the owner implied: "Title (with A. Lee and B. Ong (MIT))"."""
_WITH_TITLE_TAIL = lazy_compile(rf"\s*(?:{_WITH_BRACKET}|\s[—–]\s*{WITH_LEAD}\s+(?P<d>.+))\s*\.?$")
WITH_VENUE = lazy_compile(rf"^(?P<o>\()?\s*(?i:{WITH_LEAD})\s+(?P<n>[A-ZÀ-ÖØ-Þ].*?)\s*\.?$")
"""``with A and B``, ``(jointly with A)``, ``joint work with A, B, and C``: the coauthors, the owner implied."""


_CLOSING_YEAR = re.compile(r"[,;]\s*((?:19|20)\d\d)$")
"""The year closing the names of a ``with`` phrase: "with A. Roe, and B. Lind, 2023"."""


_NAMES_BRACKET = re.compile(r"\s*\((?P<n>[^()]{5,}?)\)?\s*\.?$")
"""A bracket closing a venue, closed or left open: "Working paper (A. Roe and B. Lind)"."""


def with_names(m: re.Match) -> str:
    """The names of a ``WITH_VENUE`` match, without the parenthesis that closes ``(with ...)``."""
    n = m.group("n")
    return n[:-1] if m.group("o") and n.endswith(")") and n.count(")") > n.count("(") else n


def with_phrase(pub: Publication):
    """The ``with A and B`` phrase an entry holds: (its names, where: "title", "venue" or "note", the title's
    match, the note), or Nones."""
    m = _WITH_TITLE_TAIL.search(pub.title)
    note = next((n for n in pub.notes if WITH_VENUE.match(n)), None)
    if m:
        return m.group("p") or m.group("d"), "title", m, note
    if pub.venue and (v := WITH_VENUE.match(pub.venue)):
        return with_names(v), "venue", v, note
    if pub.venue and "(" in pub.venue:
        # "Working paper (A. Roe, B. Lind, and C. Moss, 2024)": a bracket of two names or more closing the venue
        # of an entry that names no authors, "with" left unsaid (its year taken off, the bracket may be open)
        b = _NAMES_BRACKET.search(pub.venue)
        if b and b.start() > 0 and author_score(_CLOSING_YEAR.sub("", b.group("n").strip(" ,;"))) >= 1:
            return b.group("n"), "bracket", b, note
    if note is not None:
        return with_names(WITH_VENUE.match(note)), "note", None, note
    return None, None, None, None


NAMES_STOP = r"(?<![A-ZÀ-ÖØ-Þ])(?<!^[A-Z][a-z])(?<!, [A-Z][a-z])(?<!and [A-Z][a-z])\."
"""The stop that ends a run of names (a ``with`` phrase's), a remark or the venue after it: not an initial's ("A.")
nor a transliterated two-letter initial opening a name ("Ye. Semenov", "Yu. Egorov, Zh. Li": not "Bo Li. Appendix")."""
NAMES_SENTENCE_END = re.compile(NAMES_STOP + r"\s+")
"""Where the names of a ``with`` phrase end (:data:`NAMES_STOP` and the space after it)."""


def with_coauthors(pub: Publication, owner: str, alts: Sequence[str] = ()) -> bool:
    """An entry that names its coauthors only as ``(with A and B)`` / ``— with A (LBS), B`` after its title, or
    as a line of its own (economics and mathematics pages): the owner, then those names; the phrase leaves the
    title or venue. Page order is not stated, so the owner goes first, unless the phrase names the owner (or one of
    ``alts``) among the others: then its order is the byline's. False when there is no such phrase, or when it
    names the owner alone."""
    names_text, where, m, note = with_phrase(pub)
    if not names_text:
        return False
    plain = re.sub(r"\s*\([^()]*\)", "", names_text).strip(" ,.;")
    # "with A. Orme and P. Vance | Bulletin of the X Society": the names, then the venue after a bar
    plain, _bar, after = plain.partition(" | ")
    plain, after = plain.strip(" ,.;"), after.strip(" ,.;")
    # "with Lin Jing and Jing Li. [SSRN](...), 2026": the names end with their sentence (not at an initial's
    # period, "Yohanes E. Riyanto")
    # (another language's phrase, "avec A. Roe, B. Lind et C. Moss", "com A. Leal e B. Rosa": its "and" joins the
    # last name)
    aside = {"note": note, "venue": pub.venue, "title": m and m.group(0)}.get(where) or ""
    plain = english_names(plain, aside)
    plain, *told = NAMES_SENTENCE_END.split(plain, maxsplit=1)
    plain = plain.strip(" ,.;")
    if where in ("venue", "note") and not after and told:
        # "With A. Lee. Proc. Amer. Math. Soc. 7 (2020), 1-9.": the line goes on after the names' sentence with
        # the venue, brackets and all ("With A. Lee. (arXiv preprint)"; "With A. Lee. In progress.": a status)
        after = re.split(r"(?<![A-ZÀ-ÖØ-Þ])\.\s+", names_text.partition(" | ")[0], maxsplit=1)[-1].strip(" ,.;")
    lead = other_with(aside)
    nouns_after = lead == "mit" or lead in ("con", "com") and re.search(r"(?:^|[(\[])\s*Co[nm]\s", aside)
    names = []
    for a in split_authors(plain).authors:
        if not name_like(re.sub(r",\s*(?:Jr|Sr)\.?$", "", a.name)):  # ("Tom Reyes, Jr.": the suffix is the name's)
            break  # "with Ming Ng and based on his thesis work": the names end where the remark starts
        bare = re.sub(r"\s+[ye]\s+\S+", "", a.name)  # (the name without a word joined by y/e)
        if (nouns_after or lead and a.name != bare) and len(bare.split()) < 2:
            break  # "(mit Übungen und Lösungen)", "(Com Exercícios Resolvidos)": German's and a capitalised "with"'s
            # capitalised nouns; a name there has a given name (or initial) and a family name ("José Ortega y
            # Gasset"); after lower-case avec/con/com/met a family name alone is a name ("avec Lind et Moss"), not
            # one word joined by y/e ("com Exercícios e Soluções")
        names.append(a.name)
    phrase = [Author(name=n) for n in names]
    # (the owner as the page writes them, "Ann M. Roe" for Ann Roe, or by an alternate name: same_name with or
    # without middle initials, not mark_owner's looser variants, by which "Annie Roe" among the others was the owner)
    at = next((i for i, a in enumerate(phrase) if any(
        same_name(a.name, n) or same_name(re.sub(r"(?<=\s)(?:[A-Z]\.\s*)+(?=\S{2})", "", a.name), n)
        for n in (owner, *alts))), None)
    if at is not None:
        phrase[at].is_self = True
    if not names or at is not None and len(names) == 1:
        return False
    if at is None:
        pub.authors.extend(phrase)
    else:
        # "(with A. Lee, <the owner>, B. Ong)": the phrase names the owner too, so it gives the byline's order; the
        # owner once, where written
        pub.authors = phrase
    if pub.year is None and (year := _CLOSING_YEAR.search(plain)):
        pub.year = int(year.group(1))  # "(with A. Roe and B. Lind, 2023)": the year the phrase closes with
    if where == "title":
        pub.title = pub.title[: m.start()].strip(" ,;—–-")
    elif where == "note":
        pub.notes.remove(note)
        if after and pub.venue is None:
            venue = parse_venue(after)
            pub.venue, pub.venue_type = venue.venue, venue.venue_type
        elif after and not (pub.venue and pub.venue in after):
            # "(With A. Lee. Click here for the Online Appendix.)": the remark after the names, the venue read
            # elsewhere, stays a note (not dropped with the names' note)
            pub.notes.append(after)
    elif where == "bracket":
        pub.venue = pub.venue[: m.start()].strip(" ,;") or None
    elif after:
        venue = parse_venue(after)
        pub.venue, pub.venue_type = venue.venue or after, venue.venue_type
    else:
        pub.venue = pub.venue_type = None  # the phrase was no venue: neither is what it said ("thesis work")
    return True
