"""The entry parser: one publication from the segments of one item.

Takes an item's segments, the reading context, the year of its group and its line; gives a
``PubDraft`` (title, authors with marks, venue, year, notes, links) or None
(``read_entry``).
"""

from __future__ import annotations

import re

from ...model import Author, Link, Publication
from ..common import (
    lazy_compile, ANY_YEAR, BARE_URL, INSTITUTION_STRONG, NAME_CAPITALS, ORG_RX,
    YEAR, CJK_CHARS, MARK_CLASS, OTHER_AND, MONTH_ABBR, SEASONS, NOTE_WORDS, PREPRINT_SERVERS, STATUS_LEAD, THESIS_DEGREES, STATUS_NOTE,
    ONE_NAME_ET_AL, PICTOGRAPH_JOINERS, PICTOGRAPHS, TEX_QUOTED, LETTER_WORDS, TWO_LETTERS, VOLUME_PAGES, WORK_TYPE,
    TEX_STYLE_COMMANDS,
    acronym_year, address_kind, arxiv_cited, arxiv_id, as_written, ascii_separators, doi_in_text, doi_of, english_joiner,
    find_year, fold, has_cjk, only_arxiv_cited, parse_date, placeholder_text, repair_url, valid_doi, short_year, split_authors, status_words,
    venue_type, without_arxiv_cited, without_volume_pages,
)

from .source import norm
from .memo import label_kind, url_kind, link_kind, mark_owner, parse_venue
from .scores import author_score, venue_score, name_like
from .runs import YEAR_ALONE, Run, Seg, run_hint, seg_hint, static_badge, without_typed_bullet, year_before_title
from .labels import (LABEL_WORDS, PUBLISHER_LINK, is_label_anchor, label_of, named_by_host, label_text, bar_labels, lead_label,
                     address_host, link_text, separators_only)
from .venue import (
    CITED_COUNT,
    EXTRA_NOTES,
    PLAIN_SENTENCE,
    PROSE_START,
    VENUE_STATUS,
    VENUE_VOLUME_TAIL,
    drop_place,
    short_of,
    volume_pages,
)
from .context import (
    EMPTY_BRACKETS,
    Ctx,
    Draft,
    NUMBERING,
    NUMBER_ONLY,
    PubDraft,
    WITH_LEAD,
    english_with,
    abs_url,
    clean_piece,
    clean_title,
    note_words_only,
    sentences,
)
from .citation import (
    apa_citation,
    author_date_year,
    italic_lead_title,
    leading_names,
    inverted_head,
    names_then_title,
    owner_among,
    split_authors_venue,
    split_one_liner,
    title_by_names,
    title_cased,
    title_run,
    title_run_then_names,
    uninvert_authors,
    venue_links,
)
from .person import ADVISOR_LABEL, READER_VERB, advisors_in
from .marks import NAMES_STOP, WITH_TAIL, WITH_VENUE, add_link, author_links, highlighted_names, majority, mark_styled_runs, with_names, styled_names


_STATUS_AFTER_LINK = re.compile(r"[\W_]*(?:(?:19|20)\d\d[a-z]?\W*)?(?i:" + status_words("accepted", "to appear", "forthcoming",
                                                                                  "in press", "conditionally accepted")
                          + r")\b")
"""What follows a preprint's link in a one-line entry when it names the paper's status ("<a>arXiv:2602.1</a>, 2026.
Accepted by <i>ICML 2026</i>."): the year and where the paper is to appear, no description."""
_THESIS_KIND = rf"(?P<deg>(?:{THESIS_DEGREES})\s+(?:thesis|dissertation))"
_THESIS_LABEL = lazy_compile(rf"(?i)[\W_]*{_THESIS_KIND}\s*(?:\((?P<note>[^()]{{2,40}})\))?[\s.:]*")
"""A thesis entry's label line naming only the degree ("• Master's Dissertation (in Spanish)."), a note beside it."""
_THESIS_TITLED = lazy_compile(rf"(?i)\W*{_THESIS_KIND}\s*(?::\s*[\"“”](?P<q>[^\"“”]{{4,}}?)[\s,.]*[\"“”]?[\s,.]*"
                            r"|[.:]\s+(?P<t>[^.?!]{10,300}[.?!]?)\s*)")
"""A thesis's label, then its title: on one line ("Masters Thesis. Simulating Shocks.") or over the school
('Master thesis: "Faster Algorithms for X,"'), the title in quotes after a colon."""
_THESIS_AFTER_TITLE = lazy_compile(rf"(?i)(?P<t>[^\"“”\[\]]{{10,300}}?)[,.]\s+(?P<v>{_THESIS_KIND}[,.]\s+[^\W\d_]"
                                 r"[^\[\]]{2,120}?(?:19|20)\d\d)\.?(?:\s*\[[^\[\]]*\])*\s*")
"""A title, then the thesis's kind, where and when, on one line ("Three Essays on Tides, Ph.D. Thesis, Lake University,
2005. [record]"): the kind stands where a venue does, so the words before it are the title, the owner's own work."""
_THESIS_PLACE = lazy_compile(r"(?P<inst>[^\W\d_][^.;:\d]{3,120}?)(?:,\s*[A-Z]{2,3})?[.,]?\s*(?P<year>(?:19|20)\d\d)\.?")
"""The line closing a thesis entry with where and when ("Lake University, MX. 2020")."""


_TALK_TYPE = lazy_compile(r"\b(?:talk|poster|presentation|keynote|lecture|seminar|webinar)s?$", re.I)
"""A work label naming something presented, not a paper ("Conference Talk", "Research Poster")."""


def _talk_label(label: str) -> bool:
    """Whether a work label names something presented in each of the kinds it joins ("Invited Talk", "Talk /
    Poster"); one that names a paper too ("Paper / Poster": a paper also shown as a poster) is a paper's."""
    return all(_TALK_TYPE.search(part) for part in re.split(r"\s*[/&,]\s*", label.strip()) if part)


_PRESENTED = lazy_compile(
    r"(?i)(?:(?:invited|contributed|oral|short|lightning|plenary|keynote)\s+)?(?:talk|poster|presentation|communication|"
    r"keynote|lecture|seminar|webinar|workshop|tutorial|atelier|conf[ée]rence|expos[ée]|s[ée]minaire|colloque|"
    r"symposium|ponencia|charla|vortrag)s?\s+(?:(?:was|were)\s+)?(?:presented|given|delivered|organi[sz]ed|"
    r"pr[ée]sent[ée]e?s?|donn[ée]e?s?|r[ée]alis[ée]e?s?|organis[ée]e?s?|presentad[ao]s?|impartid[ao]s?|dictad[ao]s?|"
    r"gehalten)\b")
"""What an item's text after its title says it was when that is a presentation the owner gave, no paper ("Poster
presented at X 2023", "Communication présentée au colloque X", "Atelier réalisé en 2022", "Colloque organisé en 2020
sous la direction de X": the meeting the talk was given at)."""
_TYPE_VENUES = (("thesis", "thesis"), ("dissertation", "thesis"), ("pre-?print", "preprint"), ("chapter", "book"),
                ("book", "book"), ("conference|proceedings", "conference"), ("workshop", "workshop"),
                ("article|letter", "journal"))


def _work_label(seg: Seg) -> tuple[str, str] | None:
    """An entry's first line when it opens with the kind of work the item is, set apart in its own style
    ("<i>Research Article</i>  <b>Paper of the Month</b>"): the label and what follows it on the line."""
    runs = [r for r in seg.runs if r.text.strip()]
    if not runs or runs[0].anchor is not None:
        return None
    if not (runs[0].italic or runs[0].bold):
        # "<sub>Conference Paper</sub>" (or the label plain) alone on the entry's first line: a line that is only
        # the label names the kind as well as a style would
        label = norm(seg.text).strip(" :|-–—[]()")
        return (label, "") if WORK_TYPE.match(label) and len(label.split()) <= 4 else None
    label = norm(runs[0].text).strip(" :|-–—")
    if not WORK_TYPE.match(label) or len(label.split()) > 6:
        return None
    rest = norm(seg.text)
    rest = rest[rest.find(label) + len(label):].strip(" :|-–—") if label in rest else ""
    return (label, rest) if len(rest.split()) <= 8 and not YEAR.search(rest) else None


_MONTH_ONLY = re.compile(rf"(?i)(?:{MONTH_ABBR})[a-z]*\.?")
"""A month's name and nothing else: what is left of a date where the venue was looked for."""
_AVAILABILITY = lazy_compile(r"(?i)\b(?:available|deposited|archived|downloaded)\s+(?:from|at|on|upon|in|via|through)\b")
"""A data or code availability statement after a citation ("Data and R code available from the OSF.")."""
_TITLE_VENUE_TAIL = re.compile(
    r"^(?P<t>.{10,}?)\s*,\s*(?P<v>[^,]{2,60}?\b(?:19|20)\d\d\b(?:\s*\([^()]{1,40}\))?)\s*\.?$")
_ADDRESS = re.compile(
    r"\s*(?:\b(?:doi|url|available\s+(?:at|from|online)|retrieved\s+from)\s*[:/]?\s*)?"
    r"(?:(?:https?://|www\.)\S+|(?:dx\.)?doi\.org/\S+|\b10\.\d{4,9}/\S+)"
    r"|\s*\bdoi\s*[:/]?\s*\d{2,3}\.\d{4,9}/\S+", re.I)
"""An address or DOI written out in an entry's text, with the label a citation writes before it ("url :", "URL:",
"Available at:", "Retrieved from"): "https://x.org/p", "www.x.org", "doi.org/10.1130/G1.1",
"DOI: 10.1007/s1", "doi/10.5281/zenodo.1", "DOI:101.1002/chem.1" (a slip in the prefix). It is a link, no part of
the venue, and its digits ("2019.07.031") are no date of the paper's."""


def _drop_addresses(text: str) -> str:
    """_ADDRESS.sub(" ", text), quick for the usual text that names no address: every address holds "://",
    "www.", "10." or "doi" (no other letter matches w, d or o case-blind), and the pattern, which may open with
    spaces, is slow to try at every position of a text that holds none."""
    if "://" in text or "10." in text:
        return _ADDRESS.sub(" ", text)
    low = text.lower()
    return _ADDRESS.sub(" ", text) if "www." in low or "do" in low else text
_BADGE_NAME = lazy_compile(r"(?=.*[^\W\d_]{2})(?:[^,;:.!?]|:(?=\s+[A-Z]))(?:[^,;:.!?]|:(?=\s+[A-Z])){1,79}")
"""What a badge naming a venue holds: a short code ("CVPR 2024") or a journal's name written out ("Reliability
Engineering & System Safety", "Nature Communications 2024", "Journal of X: Series A", as AcadHomepage's paper
boxes badge journals), no sentence (no stop or comma in it, a colon only before a capital: a series' name)."""


def _linked_title_after(seg: Seg, run: Run) -> bool:
    """Whether the first run of ``seg`` with words after ``run`` (past the bracket closing it) is a link of three
    words or more: a work's title written as its link ("[**arXiv**] [Deep Folds in Video](url)")."""
    after = seg.runs[seg.runs.index(run) + 1:]
    nxt = next((r for r in after if r.text.strip(" ]\u00a0")), None)
    return nxt is not None and nxt.anchor is not None and len(nxt.text.split()) >= 3


def _closing_note_run(seg: Seg, title: str) -> tuple[str, str] | None:
    """The title without the styled run (italic or bold, unlike the rest of the title) that closes a title's segment
    and is only a note on the work ("Editor's Pick", "Spotlight", "[Best Paper Award]"), and the note, as the
    title's text ends with it; None otherwise (a closing run that only holds such a word, "Review of
    *Winner-Take-All Politics*", is the title's)."""
    runs = [r for r in seg.runs if r.text.strip()]
    if len(runs) < 2 or not (runs[-1].italic or runs[-1].bold) \
            or any(r.italic == runs[-1].italic and r.bold == runs[-1].bold for r in runs[:-1]):
        return None
    last = norm(runs[-1].text).strip().rstrip(" .!")
    body = title.rstrip(" .!")
    note = last.strip(" ()[].!")
    # (the run all note: its note words, and at most the kind of work they qualify, "Oral presentation")
    rest = NOTE_WORDS.sub(" ", note).strip(" ,;:-–—") if NOTE_WORDS.search(note) else note
    if not note or not body.endswith(last) or not (STATUS_NOTE.fullmatch(note) or not rest or WORK_TYPE.fullmatch(rest)):
        return None
    return body[: len(body) - len(last)].rstrip(" ,;:-–—"), note


def _badge_name(text: str) -> bool:
    """Whether ``text`` reads as a venue badge (:data:`_BADGE_NAME`): at most ten words; a count of citations
    ("Citations: 81") is none."""
    text = text.strip()
    if CITED_COUNT.fullmatch(text):
        return False
    return len(text) <= 20 and bool(re.search(r"[A-Za-z]{2}|[A-Z]\d[A-Z]", text)) or bool(  # ("P2S2": figures inside)
        _BADGE_NAME.fullmatch(text)) and len(text.split()) <= 10


def _one_badge(text: str) -> bool:
    """Whether ``text`` reads as one venue badge, with its year (:data:`_BADGE_YEAR`) or without."""
    m = _BADGE_YEAR.fullmatch(text.strip())
    return _badge_name(m.group("v") if m else text)


_BADGE_YEAR = re.compile(r"(?P<v>\S.*?)(?:\s*['’](?P<yy>\d\d)|(?:\s*[-–]\s*|\s+|(?<=[A-Za-z]))(?P<y>(?:19|20)\d\d))"
                         r"(?:\s*\((?P<n>[^()]{2,30})\)|-(?P<track>[A-Z][a-z]{2,15}))?")
"""A venue badge with its year: "CVPR 2024", "RA-L2025", "KDD-2026", "IJCAI'26 (accepted)", "ACL-2025-Findings" (the
track after the year, as a note)."""
_ABOUT_THE_WORK = re.compile(r"(?:This|The present)\s+(?:paper|article|work|version|manuscript|note)\s+"
                             r"(?:is|was|has|supersedes|replaces|extends)\b")
"""A sentence an entry writes about the work under its citation ("This paper is an extended version of ...")."""
_UNDER_REVIEW = re.compile(r"(?i)\s*[(\[]?\s*(?:in|under)\s+review\s*[)\]]?\.?\s*")
QUOTED_TITLE = re.compile(r"[\"“]\s*\S.{6,}?\s*[\"”]")
_TEX_STYLED = re.compile(rf"(?:\\|(?<![\w\\]))(?:{TEX_STYLE_COMMANDS})\s*\{{([^{{}}]*)\}}")
"""LaTeX's styling command around a piece of text typed on the page ("\\textbf{T. House}"; its backslash lost on
the way, as reStructuredText takes it for an escape: "textbf{T. House}")."""
QUOTED_LEAD = lazy_compile(
    r"^\s*(?:[\"“]\s*(?P<t>\S[^\"“”]{6,}?)\s*(?:[,.]\s*[\"”]|[\"”]\s*[,.]|[\"”]\s*$|[\"”](?=\s+\(?" + WITH_LEAD + r"\s)"
    r"|(?<=[?!])[\"”](?=\s))|"
    r"\[\s*(?P<b>\S[^\[\]]{6,}?)\s*\]\s*(?:[,.]|$))\s*(?P<rest>.*)$")
"""'"Title," 2026 (with X)' / '"Title." Venue' / a quoted title alone: a quoted title closed by the citation's
comma or stop, or by its own question or exclamation mark ('"Do Tides Matter?" July, 2019.'; not '"Quoted words":
the rest of a title') or followed by its coauthors ('"Title" with A and B'); '[Title], CVPR2022, A, B' (a markdown link left
without its address) likewise."""
_DAYS = r"\d{1,2}(?:\s*[-–—]\s*\d{1,2})?"
_DAYS_MONTH = (rf"(?:(?P<d>{_DAYS})\s+(?P<m>{MONTH_ABBR})[a-z]*\.?"
               rf"|(?P<m2>{MONTH_ABBR})[a-z]*\.?\s+(?P<d2>{_DAYS}))")
"""A day or days and their month, the day first or after it ("8-11 June", "Nov. 3", "June 8-11"), before a year:
the one way :data:`_DATE_ONLY` and :data:`_EVENT_DATE` read a date (its month: :func:`_month_of`)."""
_DATE_ONLY = lazy_compile(rf"(?i)(?:(?:{_DAYS_MONTH}|(?P<m3>{MONTH_ABBR})[a-z]*\.?),?\s+|\d{{1,2}}(?P<s1>[/.\-])\d{{1,2}}(?P=s1))?"
                        rf"(?P<y>(?:19|20)\d\d)(?:(?P<s2>[/.\-])\d{{1,2}}(?P=s2)\d{{1,2}})?")
"""A segment that is a date alone: "15 November 2024", "Nov. 3, 2024", "November 2024", a year ("| Title | 2022
| Venue |"), or a date in figures ("18/10/2023", "3.7.2019", "2023-10-18": the year is the one four-digit number;
which of the others is the month the page does not say)."""
_FIGURES_DATE = re.compile(r"\d{1,2}(?P<s>[/.\-])\d{1,2}(?P=s)(?:19|20)\d\d|(?:19|20)\d\d(?P<t>[/.\-])\d{1,2}(?P=t)\d{1,2}")
"""A date written in figures alone ("1/10/2018", "2018-10-01")."""
_EVENT_DATE = lazy_compile(
    rf"(?i)\s*{_DAYS_MONTH},?\s+(?P<y>(?:19|20)\d\d)\s*(?:\\?[|·]\s*(?P<place>[^|·\d]{{2,80}}?))?\s*[.;]?\s*")
"""A line of its own under a work giving the days of its meeting and maybe the place after a bar: "8-11 June, 2025
| Lisbon, Portugal", "June 8-11, 2025" (the day or days first or after the month)."""


def _month_of(m: re.Match) -> str | None:
    """The month a :data:`_DATE_ONLY` or :data:`_EVENT_DATE` match names, where it names one."""
    groups = m.groupdict()
    return groups["m"] or groups["m2"] or groups.get("m3")
_STYLED_QUOTED = re.compile(r"^\s*[\"“]\s*(?P<t>\S[^\"“”]{6,}?)\s*[\"”](?P<b>)\s*[,.]?\s*(?P<rest>.*)$")
"""A quoted title at a segment's start, closed by its quote whatever follows (read only where italics or bold
close with the quote: `_styled_quote`)."""


def _styled_quote(seg: Seg) -> bool:
    """The segment opens with a run set in italics or bold that is all a quoted title of three words or more
    ('<i>"Modern Topics in Strings"</i> my PhD thesis'): the styling and the quotes end the title together."""
    first = next((r for r in seg.runs if r.text.strip()), None)
    if first is None or not (first.italic or first.bold) or first.anchor is not None:
        return False
    m = _STYLED_QUOTED.match(norm(first.text))
    return bool(m) and not m.group("rest") and len(m.group("t").split()) >= 3


PAPER_PARTS = ("p", "div", "blockquote")
_NAMES_QUOTED = lazy_compile(
    r"^\s*(?P<a>[^\"“”]{2,300}?)(?:\s*[,:]|(?<=\bet al\.))\s*[\"“]\s*(?P<t>\S[^\"“”]{6,}?)\s*[,.]?\s*[\"”]\s*[,.]?\s*"
    r"(?P<rest>.*)$")
"""'A, B, "Title," Venue' / 'Lind, K., et al. "Title." Venue': the names (a comma or colon, or the stop of their
"et al.", before the quotes), the quoted title, the rest."""


AUTHORS_YEAR_QUOTED = re.compile(r"^\s*(?P<a>[^\"“”()]{2,300}?)\s*\(?(?:19|20)\d\d[a-z]?\)?\s*[.,:]?\s*[\"“][^\"“”]{3,}[\"”]")
_NAMED_VENUE = lazy_compile(r"[A-Z][^.;:!?()]{3,120}\(\s*[A-Z][A-Za-z0-9&'\-]*(?:\s*[-/]?\s*[A-Z][A-Za-z0-9&'\-]*){0,3}\s*\)")
_CJK_CHAR = lazy_compile(rf"[{CJK_CHARS}]")
_TOGGLE_CLASS = re.compile(r"^tag-|toggle|^btn|button")
# "Lecture Notes 95 (2012), pp. 81 - 90.": the volume, year and pages that end a citation
_CITATION_TAIL = re.compile(r"\b\d+\s*\(\s*(?:19|20)\d\d\s*\)|\bpp?\.\s*\d+\s*[-–]\s*\d+|\bvol\.\s*\d+", re.I)


_YEAR_BADGE = r"[(（](?P<badge>[^()（）]*?(?:19|20)\d\d[^()（）]*?)[)）][\s.]*"
_NAMED_WORK = re.compile(rf"^(?P<name>\S+(?:\s\S+){{0,2}})\s*{_YEAR_BADGE}$")
"""A work written by its short name and its venue badge in brackets: "**[FooNet](repo)** (CVPR 2022 Oral)"."""


def _named_work(seg: Seg, text: str, label_anchors) -> tuple[str, None, str] | None:
    """Title and venue of an entry that is only a work's short name, styled (bold or linked) as one run, and its
    venue and year in brackets ("- **[FooNet](https://github.com/x/FooNet)** (CVPR 2022)", as lists of a
    researcher's code repositories name each paper): the name is the paper's title. A name without a venue and a
    year is a piece of software, no paper; a name that no style sets off is a sentence's word."""
    m = _NAMED_WORK.match(text)
    if m is None or venue_score(m.group("badge")) < 2:
        return None
    styled = [r for r in seg.runs
              if r.text.strip() and r.anchor not in label_anchors and (r.bold or r.anchor is not None)]
    name = norm(" ".join(r.text for r in styled))
    if not styled or name != m.group("name") or len({id(r.anchor) for r in styled}) > 1:
        return None
    badge = m.group("badge").strip()
    after = re.match(r"(?P<v>.*?\b(?:19|20)\d\d)\s+(?P<n>[A-Za-z][^()]*)$", badge)
    # "CVPR 2022 Oral": the words after the year are a note on the paper, as "(Oral)" after it would be
    return name, None, f"{after.group('v')} ({after.group('n')})" if after else badge


_VENUE_NAMED = re.compile(r"^(?P<v>[^,]{2,40}?\b(?:19|20)\d\d\b[^,]{0,30}?)\s*,\s*(?P<n>\S.{0,80})$")
"""A link's text that is a work's venue and year, a comma, then the work's short name: "CVPR 2022 Oral, FooNet"."""
_TLDR = re.compile(r"(?i)^\W*(?:tl\s*[;,]?\s*dr|summary|in short)\s*[:.-]\s*")
"""The lead-in of a one-line summary after a work's name: "TL;DR:", "TL,DR:", "TL, DR:"."""


def _venue_named_work(seg: Seg, label_anchors) -> tuple[tuple[str, None, str], str | None] | None:
    """An entry that opens with a link whose text is the work's venue and year, then its short name, often set in
    bold ("- [CVPR 2022 Oral, **FooNet**](https://github.com/x/FooNet) TL;DR: a short summary", as a researcher's
    README lists the code of each paper, naming no authors): the name is the title, the badge the venue; what
    follows the link is a summary of the work. Returns (title, None, venue) and that summary, or None."""
    runs = [r for r in seg.runs if r.text.strip()]
    k = 0
    while k < len(runs) and runs[k].anchor is None and not re.search(r"\w", runs[k].text):
        k += 1  # ("🥇 [ICCV 2023, Name](url)": a decoration before the link)
    if k >= len(runs) or runs[k].anchor is None or runs[k].anchor in label_anchors:
        return None
    first = runs[k].anchor
    m = _VENUE_NAMED.match(norm("".join(r.text for r in seg.runs if r.anchor is first)).strip())
    if m is None or venue_score(m.group("v")) < 2 \
            or len(m.group("n").split()) > 8:
        return None
    rest = norm("".join(r.text for r in runs[k:] if r.anchor is not first and r.anchor is None)).strip()
    tail = norm("".join(r.text for r in runs[k:] if r.anchor is not first)).strip()
    if rest and not _TLDR.match(rest) and not rest.startswith(("(", "[")):
        return None  # ("ICML 2024, Name and more words": a sentence that goes on, no summary set apart)
    summary = _TLDR.sub("", tail).strip() or None
    venue, name = m.group("v").strip(), clean_title(m.group("n"))
    after = re.match(r"(?P<v>.*?\b(?:19|20)\d\d)\s+(?P<n>[A-Za-z][^()]*)$", venue)
    # "ICLR 2024 Spotlight": the words after the year are a note on the paper
    return (name, None, f"{after.group('v')} ({after.group('n')})" if after else venue), summary


def _named_work_link(segs: list[Seg], label_anchors) -> object | None:
    """The link a work's short name is written as, when the entry is that name and its venue badge in brackets
    (:func:`_named_work`): "[FooNet](https://github.com/x/FooNet)" reads as a "Code" label by its address, but it
    names the work (a link label names no venue and year after it)."""
    if len(segs) != 1:
        return None
    runs = [r for r in segs[0].runs if r.text.strip()]
    if not runs or runs[0].anchor not in label_anchors or label_text(label_of(runs[0].anchor)):
        return None
    rest = norm("".join(r.text for r in runs if r.anchor is not runs[0].anchor))
    return runs[0].anchor if re.fullmatch(_YEAR_BADGE, rest) else None


def _name_line(segs: list[Seg]) -> tuple[object, str, str] | None:
    """The link a work's short name is written as on a line of its own, over a line that is the work's title and
    its venue and year in brackets ("[Tide](https://github.com/x/tide)<br>Tide: Mapping Sea Floors (ICRA 2024)", as
    tables of a researcher's code repositories give each paper), with that title and venue: the name is no title,
    its link is the work's."""
    if len(segs) != 2:
        return None
    runs = [r for r in segs[0].runs if r.text.strip()]
    if not runs or len({id(r.anchor) for r in runs}) != 1 or runs[0].anchor is None \
            or label_text(label_of(runs[0].anchor)) or len(segs[0].text.split()) > 3 or segs[1].anchors():
        return None
    text = _GLUED_YEAR.sub(r"\1 \2", norm(segs[1].text))
    m = re.search(rf"(?<=\S)\s*{_YEAR_BADGE}$", text)
    if m is None or venue_score(m.group("badge")) < 2 or len(text[:m.start()].split()) < 3:
        return None
    return runs[0].anchor, clean_title(text[:m.start()]), m.group("badge").strip()


def _title_link_over_names(segs: list[Seg], label_anchors, ctx: Ctx) -> object | None:
    """The link alone on a line right over the entry's author list, below nothing but a short badge: the work's
    title, however its words read as a link's kind ("[Data Growth](url)", "[X Technical Report](url)": a "data" or a
    "report" label by one word; a label alone on a line sits under the names, not over them)."""
    for k, seg in enumerate(segs[:-1]):
        runs = [r for r in seg.runs if r.text.strip()]
        if not runs:
            continue
        if runs[0].anchor is None or any(r.anchor is not runs[0].anchor for r in runs):
            if len(seg.text.split()) <= 4 and not seg.anchors():
                continue  # ("ECCV 2024": the paper's badge over it)
            return None
        label = label_of(runs[0].anchor)
        if runs[0].anchor not in label_anchors or len(label.split()) < 2 or fold(label) in LABEL_WORDS:
            return None
        return runs[0].anchor if author_score(segs[k + 1].text, ctx.owner_names) >= 1 else None
    return None


def _link_then_italic(seg: Seg, label_anchors) -> tuple[str, str] | None:
    """``<a>Title</a>. <i>Venue</i>, 49(1), 154-181.``: a linked title of some words, then the italic venue."""
    runs = [(r, a, b) for r, (a, b) in zip(seg.runs, seg.spans) if r.text.strip()]
    if len(runs) >= 3 and runs[0][0].anchor is None and len(runs[0][0].text.strip()) == 1:
        runs = runs[1:]  # "• <a>Title</a>", "I<a>Title</a>": a bullet or a stray letter before the link
    if len(runs) < 2 or runs[0][0].anchor is None or runs[0][0].anchor in label_anchors:
        return None
    first = runs[0][0].anchor
    k = 0
    while k < len(runs) and runs[k][0].anchor is first:
        k += 1
    nxt = next((r for r, _a, _b in runs[k:] if re.search(r"\w", r.text)), None)
    if nxt is None or not nxt.italic or nxt.anchor is not None:
        return None
    head = norm(seg.raw[runs[0][1]: runs[k - 1][2]]).strip(" ,.;:")
    rest = norm(seg.raw[runs[k - 1][2]:]).strip(" ,.;:")
    if len(head.split()) < 3 or not rest:
        return None
    return head, rest


def _text_then_venue_link(seg: Seg, label_anchors) -> tuple[str, str] | None:
    """``Title of the paper [Journal of X](url)``: a plain title of some words, then a link closing the line whose
    label names a venue (with at most the year after it): the title, and the venue."""
    runs = [(r, a, b) for r, (a, b) in zip(seg.runs, seg.spans) if r.text.strip(" ,.;:()")]
    if len(runs) < 2 or runs[0][0].anchor is not None:
        return None
    k = next((i for i, (r, _a, _b) in enumerate(runs) if r.anchor is not None), None)
    if k is None or runs[k][0].anchor in label_anchors \
            or any(r.anchor is not runs[k][0].anchor and not YEAR_ALONE.fullmatch(r.text.strip(" ,.;:()"))
                   for r, _a, _b in runs[k:]):
        return None
    head = norm(seg.raw[runs[0][1]: runs[k][1]]).strip(" ,.;:")
    label = label_of(runs[k][0].anchor)
    if len(head.split()) < 3 or not label or venue_score(label) < 2:
        return None
    return head, norm(seg.raw[runs[k][1]:]).strip(" ,.;:")


def _venue_link_then_names(seg: Seg, text: str, label_anchors, ctx: Ctx) -> tuple[str, str] | None:
    """``[Coastal Letters](url). A. Lee, B. Roe, 2017.``, a line under a work's title: the link that opens it names
    the venue (with the year beside it), the names after it the authors; the authors and the venue, or None."""
    runs = [r for r in seg.runs if norm(r.text).strip(" ,.;:()[]")]
    if not runs or runs[0].anchor is None or runs[0].anchor in label_anchors or runs[0].hint == "authors":
        # (not a link the page's markup calls an author's, '<span class="author"><a>B. Lee</a></span>, A. Roe': a
        # coauthor's page, no venue)
        return None
    label = norm(label_of(runs[0].anchor)).strip(" ,.;:")
    if not label or not text.startswith(label) or author_score(label, ctx.owner_names) >= 1:
        return None
    rest = text[len(label):]
    years = []
    lead = re.match(r"\s*[,.;:]?\s*\(?((?:19|20)\d\d)\)?(?=[\s,.;:]|$)", rest)
    if lead:
        years.append(lead.group(1))
        rest = rest[lead.end():]
    trail = re.search(r"[,.;:]?\s*\(?((?:19|20)\d\d)\)?[.\s]*$", rest)
    if trail and not years:
        years.append(trail.group(1))
        rest = rest[:trail.start()]
    names = clean_piece(rest)
    if not names or not re.match(r"\s*[,.;:]", text[len(label):]) or author_score(names, ctx.owner_names) < 1:
        return None
    return names, f"{label}, {years[0]}" if years else label


def _closing_venue_link(seg: Seg, raw: str, label_anchors) -> int | None:
    """Where the venue begins in an author-date citation closed by a link on the venue's name set after the title's
    last word with no stop between them, ``Lee, A. (2022). Title of the work [Tern Depot](url).``: the link's start
    in ``raw`` (the segment's text as the entry reads it), so that the title's sentence ends before it; None for
    any other segment (a link's label, "[PDF](x.pdf)", is blanked out of ``raw`` before: no venue)."""
    runs = [(r, sp) for r, sp in zip(seg.runs, seg.spans) if r.text.strip(" .\u00a0")]
    if len(runs) < 2 or runs[-1][0].anchor is None or runs[-1][0].anchor in label_anchors \
            or runs[-2][0].anchor is runs[-1][0].anchor:
        return None
    start, end = runs[-1][1]
    label = norm(runs[-1][0].text).strip()
    if not (1 <= len(label.split()) <= 4) or not re.search(r"[A-Za-z]{2}", label) or "." in label \
            or any(len(w) > 3 and not re.search(r"[A-Z]", w) for w in label.split()) \
            or not re.search(r"[\w?!)]$", raw[:start].rstrip()) or not re.fullmatch(r"\s*\.?\s*", raw[end:]) \
            or raw[start:end].strip() != runs[-1][0].text.strip() or not apa_citation(norm(raw)) \
            or not re.search(r"\((?:19|20)\d\d[a-z]?\)", raw[:start]) \
            or any(r.anchor is not None and r.anchor not in label_anchors and r.anchor is not runs[-1][0].anchor
                   for r, _sp in runs):
        # (the year in brackets after the names, the link the line's only one: not "During Spring 2026, I'm teaching
        # [A](a), [B](b) and [C](c).", a sentence whose links are pages; a name's words written with capitals,
        # "PsyArXiv", "data_UMR", "Journal of Vision": not "[Press release](x)", a kind of page)
        return None
    return start


def _labels_only(text: str, seg: Seg, label_anchors) -> bool:
    """Whether ``text`` (a part of ``seg``) holds nothing but the labels of the segment's links ("[Slides] | [Code]")."""
    for a in seg.anchors():
        if a in label_anchors:
            text = text.replace(label_of(a), " ")
    return separators_only(text)


def _toggle_run(r: Run) -> bool:
    """A disclosure or button label set as a styled box, not a link ("<span class='tag-box tag-details'>details
    </span>" after a title): no words of the entry."""
    if not r.classes:
        return False  # the usual run: no class, so no styled box
    t = r.text.strip().strip("[]()").lower()
    return bool(t) and r.anchor is None and (t in LABEL_WORDS or t in _DISCLOSURE_LABELS) \
        and any(_TOGGLE_CLASS.search(c) for c in r.classes)


ABSTRACT_LABELS = ("abstract", "summary", "resumo", "resumen", "zusammenfassung", "kurzfassung", "résumé", "riassunto",
                    "sommario", "samenvatting", "sammanfattning", "sammendrag", "streszczenie", "аннотация", "摘要", "要旨",
                    "초록")
"""The label of an abstract in the languages pages are written in ("**Resumo**: Neste trabalho ..." under a paper)."""
_DISCLOSURE_LABELS = {*(fold(w) for w in ABSTRACT_LABELS), "show abstract", "tl dr", "tldr", "details", "more", "show",
                      "expand", "show more"}
"""Labels of a folded block or its button (``<summary>Abstract</summary>``, a "details" box): no words of the entry."""
_AUTHOR_LABELS = ("autores", "autor", "autora", "autoras", "autoren", "auteurs", "auteur", "autori", "autore")
_VENUE_LABELS = ("revista", "revue", "rivista", "zeitschrift", "publicado en", "publicado em", "publié dans",
                 "veröffentlicht in")
"""The labels of an entry's authors and venue in the languages pages are written in ("**Autores:** A, B y C")."""
_FIELD_WORDS = (r"authors?|by|journal|venue|published (?:in|at)|conference|booktitle|"
                + "|".join((*_AUTHOR_LABELS, *_VENUE_LABELS)) + "|" + "|".join(ABSTRACT_LABELS)
                + r"|(?:recommended\s+|suggested\s+)?citation|cite as|reference|ref\.?")
FIELD_LABEL = lazy_compile(rf"^\s*(?P<l>{_FIELD_WORDS})\s*[:：]\s*(?P<v>.*)$", re.I)
_FIELD_WORD = lazy_compile(rf"(?P<l>{_FIELD_WORDS})(?P<v>)", re.I)
LABELLED_ROW = re.compile(r"^\s*(?P<l>[^\W\d][\w.'’-]*(?:\s+[\w.'’-]+){0,2})\s*[:：]\s*\S")
"""A labelled row ("Advisors: ...", "Finalized: ...", "Ph.D. advisor: ...") under a label of up to three words: the
rows of a card kg reads by their labels (:data:`FIELD_LABEL` names those it has a field for)."""
_BY_LINE = re.compile(r"^\s*[Bb]y\s+(?P<v>[A-Z][^:]{2,}?)[\s.,;]*$")
"""A line of an entry that is its author list after "By" (no colon): "By Ana Ruiz, Bo Lee, and Jonah Roe"."""
FIELD_ROLES = {"author": "authors", "authors": "authors", "by": "authors", "journal": "venue", "venue": "venue",
                "published in": "venue", "published at": "venue", "conference": "venue", "booktitle": "venue",
                **{fold(w): "abstract" for w in ABSTRACT_LABELS}, "citation": "bibtex", "cite as": "bibtex",
                "recommended citation": "citation", "suggested citation": "citation",
                "reference": "bibtex",
                "ref": "venue", "ref.": "venue",
                **{fold(w): "authors" for w in _AUTHOR_LABELS}, **{fold(w): "venue" for w in _VENUE_LABELS}}
"""A field's label and the role of its value (a full citation beside the fields is read like a BibTeX block:
one more form of the same entry; "Ref:" under "Authors:" and the title is where the work appeared, "Ref: J.
Math. Phys. 38 (3), 189-199 (2008)"; the citation a list prints under each paper, "Recommended citation: A, B
(2019). ...", its own role: the names of an entry that gives none elsewhere, and no BibTeX block running on)."""
_LEAD_WITH = lazy_compile(r"^\s*[(\[](?P<w>" + WITH_LEAD + r"\s[^()\[\]]{3,300}?)[)\]]\s*[,.:;]?\s*"
                        r"(?P<rest>\S.*)$", re.I)
""""(with A. Lee and B. Ong) Title", "[con A. Lee]. Title": the coauthors open the entry (in the page's language)."""


def _set_apart(seg: Seg) -> bool:
    """Whether a segment's words are set apart as a label is (all in capitals, or all bold or italic): "AUTHORS",
    "<b>Journal</b>" on a line of its own over the field's value, which needs no colon then."""
    runs = [r for r in seg.runs if r.text.strip()]
    text = " ".join(r.text for r in runs)
    return bool(runs) and len(text.split()) <= 3 and (text.isupper() or all(r.bold or r.italic for r in runs))


def _titled_with_coauthors(title: str | None) -> bool:
    """A title closed by the coauthors' names ("Title (submitted) (with A. Lee)", as "Title (submitted), with A. Lee"
    is read): with the paper's status or its file, they make the entry a paper, the owner implied (a bare "Title, with
    A. Lee" under "In preparation" is a plan, no paper)."""
    m = WITH_TAIL.search(title or "")
    return m is not None and len(title[:m.start()].split()) >= 3


_PRIZE_LINE = re.compile(r"^(?:winner|finalist|recipient|runner[- ]up|honou?rable mention|shortlisted)\b[^.;]{0,120}?"
                         r"\b(?:prize|award|medal)s?\b", re.I)
"""A line under a paper naming the prize it won or was a finalist for ("Winner, X Best Student Paper Prize 2022")."""
_LINK_TO_OTHER = re.compile(r"link to (?!(?:the\s+|this\s+)?(?:(?:full|published|final|online|original)\s+)?"
                            r"(?:paper|article|publication|journal|publisher|full[\s-]?text|text|chapter|book|"
                            r"proceedings|preprint|pdf|online|version|doi)\b)(?P<x>.+)")
"""A button "Link to X" whose X is no form of the paper ("Link to Game", "link to programme"): a link to that thing,
kept under its label, no paper; unless X is the site the link leads to ("Link to SSRN" at papers.ssrn.com, "Link to
ScienceDirect"), where the paper is, or the address holds the paper's DOI (:func:`_link_to_other`)."""


def _link_to_other(low: str, url: str) -> bool:
    """Whether a button's label ``low`` (lower case) is "Link to X" of :data:`_LINK_TO_OTHER` for a link that is no
    paper's: X names no part of the address's host and the address holds no DOI."""
    m = _LINK_TO_OTHER.match(low)
    if m is None:
        return False
    return re.sub(r"[^a-z0-9]", "", m.group("x")) not in address_host(url).split(".") and doi_of(url) is None


_QUOTED_LINK = re.compile(r"^\s*[\"“]\s*(?P<t>[^\"“”]{3,120}?)\s*[\"”](?P<b>)\s*(?P<rest>\S.*)$")


def _quoted_link_then_italic(seg: Seg, title: str) -> bool:
    """The quoted words are all of a link's text and the first words after the link are italic."""
    runs = [r for r in seg.runs if r.text.strip().strip("\"“”'").strip()]
    for k, r in enumerate(runs):
        if r.anchor is not None and fold(label_of(r.anchor)).strip() == fold(title).strip():
            after = next((x for x in runs[k + 1:] if x.anchor is not r.anchor), None)
            return after is not None and after.italic and len(after.text.split()) >= 2
    return False


_COLLABORATION = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w\-/&]*\s+){1,3}[Cc]ollaboration\b")
"""An experiment's collaboration named as a paper's author ("LHCb Collaboration", "The ATLAS Collaboration")."""
_TRAIL_WITH = lazy_compile(rf"^(?P<rest>\S.*?)[\s,;]*(?:\((?P<w>{WITH_LEAD}\s[^()]{{3,300}}?)\)|"
                         rf"\[(?P<b>{WITH_LEAD}\s[^\[\]]{{3,300}}?)\])\s*\.?$", re.I)
"""The coauthors closing an entry, "(with A. Lee and B. Ong)" or in square brackets, "[Joint with A. Lee]" (as
:data:`_LEAD_WITH` reads them opening one)."""
_FIRST_SENTENCE = lazy_compile(rf".*?(?:{NAMES_STOP}(?=\s+[A-Z])|$)", re.S)
"""A text up to its first sentence's stop (not an initial's, nor a two-letter one opening a name, "Ye. Semenov"):
"With A. Lee. Click here for the appendix." -> "With A. Lee." (the names of a ``with`` bracket, a remark after
them)."""
_WITH_ASIDE = lazy_compile(rf"\(({WITH_LEAD}\s[^()]+)\)", re.I)
"""A coauthors' aside anywhere after a quoted or linked title, in any of :data:`WITH_LEAD`'s languages ('"Title" (con
A y B), *Venue*')."""
_VERSION_TAG = re.compile(r"\s*\[(?P<n>(?:v|version\s*)\d+\s*;\s*(?:ref(?:eree)?\s+status|referees?|peer\s+review)\s*:[^\[\]]*)\]",
                          re.I)
"""The version of a work and how its open review stands, in brackets after its title ("[v2; ref status: indexed,
http://f1000r.es/24v]", "[version 1; referees: 2 approved]", "[version 2; peer review: 2 approved]"), as F1000 and its sister journals cite a work."""
_NOTE_ASIDE = re.compile(r"(?P<s>[,.;])\s*\((?P<n>[^()]{2,40})\)\s+(?=\S)")
"""A bracket set between two fields of an entry, after the one's separator: "Title, (oral) presented at X"."""
_VENUE_KIND = lazy_compile(r"\b(?:thes[ie]s|dissertations?|books?|chapters?|reports?)\b", re.I)
"""The kinds of work the venue reader types ("(Book)", "(Dissertation)", "(Technical report)"): their bracket stays
in the text; every other kind's bracket ("(keynote)", "(Invited talk)", "(Review)", "(Abstract)", "(Preprint)") is a
note."""
_TRAILING_BRACKET = re.compile(r"^(?P<main>\S.*?)\s*\[\s*(?P<note>[^\[\]]{3,80}?)\s*\]$")
_LEAD_PICTOGRAPHS = re.compile(rf"^\s*(?:[{PICTOGRAPHS}][{PICTOGRAPH_JOINERS}]*\s*)+(?=\S)")
""""- 📄 Lee, A. (2024). Title.": pictographs a page sets before each citation (its kind, in a generated list)."""
_LEAD_TAG = re.compile(r"^\s*\[\s*([A-Z][A-Z0-9]*(?:[-+ ][A-Z0-9*+]+)*\*?)\s*\]\s*(?=\S)")
"""``[CCF-A]``, ``[SCI Q1]``, ``[EI]``: an all-capitals tag in brackets opening an entry (not ``[12]``, not a link)."""
_LEAD_KIND = re.compile(r"^\s*\[\s*([A-Za-z]+)\s*\]\s*(?=\S)")
"""A word in brackets opening an entry ("[New]", "[Preprint]"): a note when it names the paper's kind or status."""
_LEAD_DEGREE = lazy_compile(r"^\s*\[\s*((?:" + THESIS_DEGREES + r")|Habil\.?)\s*\]\s*(?=\S)", re.I)
"""A degree in brackets opening a thesis's entry ("[Ph.D.] Title", "[M.Sc.] Title"): the label a list of theses
gives each, as "[P12]" numbers a paper; a note, no word of the title."""
_LEAD_DEGREE_LABEL = lazy_compile(r"^\s*((?:" + THESIS_DEGREES + r"))\s*:\s+(?=\S)", re.I)
"""A degree alone and a colon opening a thesis's entry ("PhD: **Lind A**. 2000. Title. School."): the kind of work,
as "[Ph.D.]" is, no word of the names after it ("Master thesis: "Title"" is the thesis reader's, _THESIS_TITLED)."""
_SERVER_YEAR = lazy_compile(rf"(?i)(?P<s>{PREPRINT_SERVERS})(?:\s*:\s*\d{{4}}\.\d{{4,5}}(?:v\d+)?)?"
                          r"\s*[·,:|\-–(]?\s*(?P<y>(?:19|20)\d\d)\W*")
"""A preprint's link that names its server and the year it was posted ("medRxiv · 2026", "arXiv:2606.05517 (2026)":
with its identifier)."""
_SHORT_DATE = re.compile(r"(?i)\bpreprint\W{0,3}\(?\s*\d{1,2}/\d{1,2}/(\d\d)\b")
_LINKED_NUMBER = re.compile(r"\s*[\[(]?\s*\d{1,3}\s*[\])]?\s*")
"""An entry's number written as a link of its own ("<a href=...>29</a>", "[12]"): 1-3 digits, no year."""

_ROLE_TAG = lazy_compile(r"(?i)(?:lead|first|last|senior|co-?(?:first|last|corresponding)?|corresponding|joint first)[ -]?authors?")
_LEAD_LINK_TAG = re.compile(r"^\s*\[\s*([^\[\]\s][^\[\]]{1,28}?)\s*\]\s*(?=\S)")
_BRACKETED_BADGE = re.compile(r"\[\s*([A-Za-z][\w&'’.\- ]{1,18}?)\s*\]")
"""A short venue badge in brackets, alone on its line: "[arXiv]", "[ICML2024]"."""
_LEAD_PIPED = re.compile(r"^\s*(?P<b>[^\s|][^|]{1,30}?)\s*\|\s*(?=\S)")
"""A short run set off from what follows by a bar, opening an entry ("ICML2026|Title"): a badge when it is the
entry's first (linked or bold) run and names a year."""
_LEAD_BADGE = re.compile(
    r"^\s*\[\s*(?P<b>[A-Z][A-Za-z\d&]*[A-Z][A-Za-z&-]*\d?(?:\s?['’]\d\d|[- ]?(?:19|20)\d\d))"
    r"(?:\s+(?P<n>[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,2}))?\s*\]\s*(?=\S)")
"""``[AAAI'26]``, ``[ICML'25 Spotlight Paper]``, ``[CVPR 2024]``, ``[P2S2'14]``: a venue's short name (two capitals
at least, maybe a figure among them) and
its year in brackets opening an entry, maybe with a word or three on the paper ("Best Paper", "Oral")."""
_LEAD_NAMED = re.compile(r"^\s*\[\s*([A-Z][^\[\]\d]{3,80}?)\s*\]\s*(?=\S)")
"""``[Neurocomputing]``, ``[IEEE Transactions on Cognitive Systems]``: a name in brackets opening an entry."""
_KIND_WORDS = lazy_compile(r"(?i)\b(?:preprint|journal|conference|workshop|book|chapter|thesis|dissertation|patent|"
                         r"review|submitted|working|paper|article|report|selected|new|talk|poster|abstract|"
                         r"manuscript|draft|pdf|code|slides|video|project)s?$")
"""What a bracketed word before a title says of the paper, not where it appeared: its kind or its status."""


_NAMES_HEAD = re.compile(r"[^“\"]+?(?=[.,]?\s+\(?(?:19|20)\d\d[a-z]?\b|\s*[“\"])")
"""The words that open a citation before its year or its quoted title: where its names are."""
_NAMES_SENTENCE = lazy_compile(r"[^“\":：]+?(?=(?<=[^\W\d_]{2})\.\s|\s*[:：]\s)")
"""The words that open a citation to its first sentence's stop (after a word, not an initial) or a colon: where its
names are when no year or quotation closes them ("Ana Roy, Bo Li e Cy Kim. Title. Venue", "Nowak A. i Lis P.: Title")."""

_OTHERS_INCLUDING = lazy_compile(
    r"(?:[\[(]\s*(?:and\s+)?\d+\s+(?:(?:more|other|additional)\s+)?(?:authors|others|co-?authors),?\s+"
    r"|(?P<e>,?\s*\bet\.?\s*al\.?,?\s*)[\[(]?\s*)(?:including|incl\.)\s+(?P<n>[^\[\]()]{3,80}?)\s*(?:[\])]|(?=\((?:19|20)\d\d))")
"""Names left out of a consortium's list, the owner named among them ("[and 76 others, including A. Ruiz]",
"Lee, A., Wu, B. et al. [including Ruiz, A.]", "Lee, A., et al. including Ruiz, A. (2019)", "Lee A. et al. (incl.
Ruiz S.)")."""
_TRAILING_SEPARATORS = re.compile(r"(\s[|/·•]\s*)+$|(\s\|\s*)+\((?![^()]*\b(?:19|20)\d\d\b)[^()]{1,40}\)\s*$")
"""Separators left at a segment's end where its links were taken out ("A, B \\| [Code](...)"), and with them
a remark in brackets written after the links ("| [HF](...) (>30W downloads)": about the links, no author)."""
_SAID_CORRESPONDING = re.compile(r"(?<=[^\W\d_])\s*\(\s*(?:the\s+)?corresponding\s+authors?\s*\)", re.I)
"""A name's "(Corresponding author)" right after it: its mark, in words."""
_IN_PARENTHESES = re.compile(r"\s*\(\s*([^()]+?)\s*\)\s*")
"""What read_entry's content() cleans off every segment (compiled once: it runs on each segment of each entry)."""


def _with_then_italic(seg: Seg, text: str, ctx: Ctx, linked: bool = False) -> tuple[str, str | None, str] | None:
    """``with A and B, major revision at <i>Journal</i>``: the with-phrase, the status between it and the italic
    venue that closes the line (when the names end in a remark, not a name), and the venue (``linked``: the
    venue's italic may be a link, as after a title the entry already has)."""
    run = next((r for r in seg.runs if r.italic and (linked or r.anchor is None) and TWO_LETTERS.search(r.text)
                and text.find(norm(r.text)) > 0), None)
    idx = text.find(norm(run.text)) if run is not None else -1
    if idx <= 0:
        return None
    before, venue = text[:idx].rstrip(" ,;"), clean_piece(text[idx:])
    m = WITH_VENUE.match(before)
    if not m or not venue:
        return None
    head, _, last = before.rpartition(", ")
    status = None
    if head and author_score(last, ctx.owner_names) < 0.3 and WITH_VENUE.match(head):
        before, status = head, re.sub(r"\s+(?:at|in|with|to|by)$", "", last.strip()) or None
    if author_score(re.split(r",\s", with_names(WITH_VENUE.match(before)))[0], ctx.owner_names) < 0.3:
        return None
    return before, status, venue


_FAMILY_ET_AL = lazy_compile(r"(?P<n>[A-Z][^\W\d_]*(?:['’\-][A-Z]?[^\W\d_]+)?,?\s+et\.?\s?al\b\.?)\s*(?:[,;]\s*|$)")
"""A family name alone with "et al." as a whole piece of a comma list ("Okafor et al,", "O'Neil et al.")."""
_WITH_CLOSING = lazy_compile(rf"[,;.]\s+(?P<w>{WITH_LEAD}\s+[^()\[\]\"“”:]+?)\s*\.?\s*$", re.I)
"""A coauthors' clause closing a citation's line after its venue (", with A. Lee, B. Roe")."""
_WITH_THEN_IN = lazy_compile(r"(?P<w>" + WITH_LEAD + r"\s+[^,;\"“”]+(?:,\s+[^,;\"“”]+)*?),\s+(?P<in>in\s+[\"“A-Z].*)$",
                           re.I)
"""A coauthors' clause that goes on into the work's book or venue ("With A and B, in “Book”, Eds., 2007")."""
_VENUE_BRACKETED = re.compile(r"(\(([^()]*)\)|\[([^\[\]]{1,40})\])")
"""A piece of a venue's text in round or square brackets (the whole, then what the round or the square ones hold)."""
_BRACKETED_TAG = lazy_compile(r"\s*[(\[（【][^()\[\]（）【】]{1,30}[)\]）】]\s*[.,;]?\s*")
"""A line that is only a short piece in brackets ("(SCI Q2 Top)", "(中文核心)", "[Oral]"): a tag on the work, no title."""
_DOI_ADDRESS = re.compile(r"https?://(?:dx\.)?doi\.org/", re.I)
"""A DOI written out as its address ("https://doi.org/10.1/x"), not named ("doi: 10.1/x")."""
_STATUS_TAIL = re.compile(r"(?P<t>.*\S),\s*(?P<n>[^,]{3,40})")
_NOTE_BRACKET_TAIL = re.compile(r"(?P<t>.*[^\s(\[])\s*\[(?P<n>[^\[\]]{3,40})\]")
"""A title closed by a note on the paper in square brackets ("Title [BEST PAPER AWARD]", "Title [Oral]")."""
_NOTE_PAREN_TAIL = re.compile(r"(?P<t>.*\S[.?!])\s*\((?P<n>[^()]{3,40})\)")
"""A title closed by its stop, then a remark in brackets ("Title. (joint lead author)", "Title. (Oral)")."""
_AUTHOR_ROLE_NOTE = lazy_compile(r"(?i)(?:(?:joint|co|shared|equal(?:ly)?)[\s-]*)?(?:lead|first|senior|last|corresponding|"
                               r"principal)[\s-]+author(?:ship)?s?|equal(?:ly)?[\s-]+contribut\w*")
"""The owner's role in a work written as a remark on it ("joint lead author", "first author", "equal contribution")."""
_STATUS_BEFORE_VENUE = re.compile(r"(?P<t>.*?\S[.?!])\s+(?P<n>(?i:" + status_words(
    "in press", "accepted", "to appear", "forthcoming", "submitted", "under review", "in review") +
    r"))\s+(?i:at|in|to|for|with)(?:\s+(?i:the|an?))?(?:\s+(?i:edited\s+)?(?i:volume|book|collection|special\s+issue))?"
    r"\s*$")
"""A title closed by its stop, then the paper's status leading into the venue that follows the title ("Title. In press at
*Journal*", "Title. Accepted to *Venue*", "Title. In review for the edited volume *Book*"): the status is a note, not
the title's last words."""
_LEAD_DATED = lazy_compile(r"^\s*(?:[(\[]\s*(?:[^\W\d_][^()\[\]\d]{0,40}?\s(?=(?:19|20)\d\d[a-z]\s*[)\]]))?"
                         r"(?P<by>(?:19|20)\d\d)[a-z]?\s*[)\]]\s*[.:]?\s+"
                         r"(?=[^\W\d_]|[\"\u201c])"
                         r"|(?:(?P<y>(?:19|20)\d\d)[a-z]?|(?P<s>(?i:"
                         + status_words("in review", "under review", "in press", "in preparation", "under preparation",
                                        "in revision", "under revision", "forthcoming", "submitted", "accepted", "to appear")
                         + r")))(?:\s+[-–—]\s+(?=[^\W\d_])|\.\s+(?=[\"\u201c])|(?<=\d[a-z])\.\s+(?=[A-Z])"
                         r"|(?:(?<=\d)|(?<=\d[a-z])):\s+(?=[^\W\d_]|[\"\u201c])))")
"""What a page writes before each citation: its year set off by a dash, a stop before a quoted title, or in
brackets (``(2025) Lee, A. ...``), or its status; or the author-date key an owner's list files each work under
("2019d: Title", "2019a. Title", "[Lee 2019b] Title": the year, its letter telling the author's works of that year
apart; a name before the year only with the letter: "[Flow Conference 2024]" is a venue's badge)."""
_SET_OFF_STATUS = lazy_compile(r"(?i:" + status_words() + r")\.?")
"""A paper's status written as the whole of a styled run ("*In review*", "*In prep.*", "*Accepted*")."""
_VENUE_VOLUME_END = re.compile(r"(?P<n>.*[^\W\d_]\.?)\s+(?P<v>\d{1,4})")
"""A venue name ending in its volume number ("Nano Letters 22")."""
_NUMBER_WORD = lazy_compile(r"(?i)\b(?:p|pp|v|vol|no|nr|issue|part|episode|season|chapter|ch|art|sec|session|track)\.?$")
"""A word that names what the number after it counts ("p. 800", "Episode 19"): no journal's name."""
_LEAD_WITH_PAREN = lazy_compile(r"\(\s*(" + WITH_LEAD + r"\s+[^()]+?)\s*\)\s*[,;.]?\s*", re.I)
"""``(with A and B)`` opening a piece of an entry, with the comma after it."""
_YEAR_NUMBER = lazy_compile(r"\s*(?:[(\[]?(?P<y>(?:19|20)\d\d)[)\]]?\s*[·•|/:,\-–—]\s*(?:no\.\s*|#)?\d{1,3}"
                          r"|(?:no\.\s*|#)?\d{1,3}\s*[·•|/:,\-–—]\s*[(\[]?(?P<y2>(?:19|20)\d\d)[)\]]?)\s*", re.I)
"""A segment that holds only the year and the entry's number ("2025 · 12", "#3 | 2024"): a badge opening an entry,
whose year it is (over a date its notes give, "[Accepted Oct. 2025]"); a year alone is runs.year_before_title's."""
_LEAD_YEAR = re.compile(r"^\s*\(\s*((?:19|20)\d\d)[a-z]?\s*\)\s*[.,:]?\s*(.*)$")
_PIECE_SPLIT = re.compile(r"\s*[,;]\s*(?![^()]*\))")
_MONTH_YEAR = re.compile(rf"(?:^|,\s*|\s)(?:(?P<d0>\d{{1,2}})\s+)?(?P<m>{MONTH_ABBR})[a-z]*\.?,?\s+"
                         r"(?:(?P<d>\d{1,2}),?\s+)?(?P<y>(?:19|20)\d\d)\b")
"""A date in the venue's text: "Nov. 3, 2024", ", November 2024", "15 November 2024" (the day first)."""
_ALPHA_WORD = re.compile(r"[^\W\d_]+")
_SEASON_BEFORE_YEAR = re.compile(rf"(?i)(?<![\w-])(?:{SEASONS})\s+(?=(?:19|20)\d\d\b)")
"""The season a venue's text dates the work by, before its year ("Oecologia, Spring 2021"): the year alone is its
date, the season no part of the venue's name."""
_ARXIV_WORD = re.compile(r"\barxiv\b", re.I)
_SPACE_AFTER_OPEN = re.compile(r"\(\s+(?=[^\s)])")
_SPACE_BEFORE_CLOSE = re.compile(r"(?<=[^\s(])\s+\)")
_BY_LABEL = re.compile(r"^\s*(by|authors?)\s*:?\s+", re.I)
_N_MORE_AUTHORS = lazy_compile(r",?\s*(?:and\s+)?\d+\s+(?:more|other|additional)\s+(?:authors?|others?)\s*\.?\s*$", re.I)
_REMARK = re.compile(r"\(\s*[A-Z][^()]*(?:\([^()]*\)[^()]*)*\)\.?")
"""A remark wholly in brackets ("(This paper supersedes ...)")."""
_LEAD_REMARK = lazy_compile(r"\((?P<r>[A-Za-z][^()]{2,40})\)\s+(?=[A-Z\"“‘'](?:\S*\s+){2,}\S)")
"""A remark in brackets, words set apart by a space, opening a title of three words or more ("(Invited) Title")."""
_OWNER_ALONE = re.compile(r"\(\s*([^()]{3,60}?)\s*\)\.?")
_GOES_ON = lazy_compile(r"[\w,;:\-–]$")
"""The end of a text whose sentence goes on (a word, a comma or a colon; no full stop, no closing bracket)."""
_DOCUMENT_HREF = re.compile(r"\.(?:pdf|ps|ps\.gz|djvu)(?:[?#]|$)", re.I)
_ONLINE_DATE = re.compile(r"(?i)^\W*(?:first\s+)?(?:published|available|appeared)\s+on-?\s?line\s*(?:[:,]\s*|on\s+)?"
                          r"(?P<d>[\w ,.\-/]{6,24}?)\W*$")
"""A line of an entry saying when the work came out online: "Published on-line 20-Apr-2016"."""


_PAGE_AFTER_NAME = lazy_compile(r"\s*[,:]\s*([A-Z]?\d+)(?:\([A-Z]\))?\s*(?:\(|,\s*\d|$)")
"""The page or article number after a venue's name and volume, and a comma or colon ("Applied Physics Letters 127,
203503 (2025)"): group 1."""


def _page_after(name: str, text: str) -> re.Match | None:
    """``re.search(re.escape(name) + _PAGE_AFTER_NAME.pattern, text)`` without a pattern made for each name: the
    name found as written, then the page after it. A pattern per venue went through the ``re`` module's cache of
    512, every new one putting out the oldest (kg's own patterns, compiled again when next asked: 281 compiles,
    a tenth of cwindsor-html's import, for its 77 venues)."""
    at = text.find(name)
    while at >= 0:
        m = _PAGE_AFTER_NAME.match(text, at + len(name))
        if m:
            return m
        at = text.find(name, at + 1)
    return None


def labelled_date(text: str) -> str | None:
    """The full date (YYYY-MM-DD or YYYY-MM) of a line that is a date alone under a label of its own, the label no
    field's ("Published: December 9, 2021", "Online: 2020-03-01"; not "Journal: ..."): the day a card gives its
    paper beside its venue line; else None.

    >>> labelled_date("Published : December 9, 2021"), labelled_date("Venue: May 2021"), labelled_date("Year: 2021")
    ('2021-12-09', None, None)
    """
    # (a date alone after the line's first colon, the one a label ends with, before the label's patterns: most lines
    # of an entry hold no colon, or no date after it)
    value = re.split(r"[:：]", text, maxsplit=1)[1].strip(" .,;()*`") if ":" in text or "：" in text else ""
    if not _DATE_ONLY.fullmatch(value) or FIELD_LABEL.match(text) or not LABELLED_ROW.match(text):
        return None
    d = parse_date(value)
    return d if d and len(d) >= 7 else None


def _online_date(text: str) -> str | None:
    """The full date (YYYY-MM-DD or YYYY-MM) an entry's "Published on-line 20-Apr-2016" line gives (or a labelled
    date's, :func:`labelled_date`), else None."""
    m = _ONLINE_DATE.match(text)
    if m is None:
        return labelled_date(text)
    # "20-Apr-2016": the hyphens between a month's name and its numbers are spaces to parse_date
    d = parse_date(re.sub(r"(?<=[A-Za-z])-|-(?=[A-Za-z])", " ", m.group("d")))
    return d if d and len(d) >= 7 else None


_KEYWORDS_LINE = re.compile(r"^\s*(?:key\s*-?words?|index\s+terms)\s*[:：]\s*(?P<v>\S.*)$", re.I)
""""Keywords: sheaves, gluing": the topics the page gives a paper, on a line of their own."""
_MSC_LABEL = lazy_compile(r"^\s*(?:(?P<y>(?:19|20)\d\d)\s+)?(?:(?:AMS\s+)?(?:math(?:ematic)?s\.?\s+)?subject\s+(?:code\s+)?classifications?"
                        r"(?:\s*\(?\s*(?:MSC\s*)?(?P<y2>(?:19|20)\d\d)\s*\)?|\s+MSC\s*(?P<y3>(?:19|20)\d\d)?)?"
                        r"|MSC\s*(?P<y4>(?:19|20)\d\d)?)(?![A-Za-z])\s*[:.]?\s*", re.I)
_MSC_CODE = re.compile(r"\b\d\d[A-Z](?:\d\d|xx)\b|\b\d\d-(?:XX|xx|\d\d)\b")
_MSC_REST = lazy_compile(r"(?i)\b(?:primary|secondary)\b|[\s,;.:()\-–—]")


def _msc_codes(text: str) -> list[str] | None:
    """"Maths Subject Classification MSC2020: 18F10; 18F70", "2008 MSC: Primary 03F60; Secondary 54D05": the
    Mathematics Subject Classification codes the page gives a paper (its categories, as keywords "MSC2020 18F10"),
    or None when the line is not only such codes."""
    m = _MSC_LABEL.match(text)
    if not m:
        return None
    rest = text[m.end():]
    codes = _MSC_CODE.findall(rest)
    if not codes or _MSC_REST.sub("", _MSC_CODE.sub("", rest)):
        return None
    edition = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4") or ""
    return [f"MSC{edition} {c}" for c in codes]


def _keywords_of(text: str) -> list[str] | None:
    """The keywords a line of the entry gives (a "Keywords:" line or a line of MSC codes), None for any other."""
    m = _KEYWORDS_LINE.match(text)
    if m:
        return [k for k in (x.strip(" .") for x in re.split(r"[,;]", m.group("v"))) if k] or None
    return _msc_codes(text)


_LINK_LINE = lazy_compile(r"(?:(?:doi|https?|url|web|link)\s*:\s*)?(?:" + _ADDRESS.pattern + ")?", re.I)
"""What read_entry reads off the title, venue and author lines of every entry (compiled once)."""


def _after_hinted(seg: Seg, hint: str) -> str | None:
    """The words of a segment after the runs its class names ``hint``, which open it, when no class names them
    (None when there are none, or a link or another field's class is among them)."""
    last = max((k for k, r in enumerate(seg.runs) if r.hint == hint and r.text.strip()), default=None)
    if last is None or any(r.hint != hint for r in seg.runs[:last] if r.text.strip()):
        return None  # (the field's runs open the segment)
    after = seg.runs[last + 1:]
    if any(r.hint is not None or r.anchor is not None for r in after if r.text.strip()):
        return None
    text = norm("".join(r.text for r in after)).strip()
    goes_on = re.match(rf"(?:\s*\\?{MARK_CLASS})*\s*(?:,|and\s|&)\s*(?P<more>\S.*)", text)
    if goes_on and author_score(goes_on.group("more")) >= 0.3:
        # '<span class="author-me">Ann Lee</span>*, Bo Roe, Cy Wu': more names after the element, set off as the
        # list sets off its names; the class marks the one name (the owner's), not the list's end
        return None
    # (words in the names and beside an "in" on both sides: a template's ", *; , , . (In )", its values left out,
    # names nothing)
    names = "".join(r.text for r in seg.runs[:last + 1])
    return text if TWO_LETTERS.search(names) and TWO_LETTERS.search(re.sub(r"\b[Ii]n\b", "", text)) \
        else None


def page_place_link(seg: Seg) -> bool:
    """A line that is only links to places on the page itself ("Return to top of page", "Back to contents", a
    page's own table of contents: "[**Post-doctorados**](#post-doctorantes)" names a part of the page). A bare "#"
    over a whole citation ('<a href="#">Lee A, Roe B. Title.</a>', beside items linked to their DOIs) is a link
    left to fill, no place: only a few words so linked ("Back to top") go to one."""
    anchors = [r for r in seg.runs if r.text.strip()]
    return bool(anchors) and all(r.anchor is not None and (href := (r.anchor.get("href") or "").strip()).startswith("#")
                                 and (href != "#" or len(link_text(r.anchor).split()) <= 5) for r in anchors)


def _links_row(seg: Seg) -> bool:
    """Whether a line is a row of two links or more and nothing else but separators and brackets ("([arXiv:2306.0001]
    (...); [Oberwolfach Report](...))", "[Talk](...) | [Slides](...)"): under an entry's first line, its links,
    whatever their labels say (one link alone on a line may be the title; two parted by a comma may be a linked title
    and its linked venue, "<a>Title</a>, <a>Journal</a>")."""
    # (the tests that need no link's words first: asked of every line under an entry's first, most have no link)
    if len(seg.anchors()) < 2 or not all(r.anchor is not None or separators_only(r.text) for r in seg.runs):
        return False
    between = "".join(r.text for r in seg.runs if r.anchor is None)
    # (the links parted by a mark, ";" or "|", or held in brackets: not "<a>Physica D 481, 2025.</a> <a>[arXiv]</a>",
    # a linked venue and a link after it, a space apart)
    return "," not in between and bool(between.strip()) and sum(1 for a in seg.anchors() if norm(link_text(a))) >= 2


def _link_line(seg: Seg, text: str) -> bool:
    """"doi:<a>10.1/x</a>", "http:<a>web</a>", "accepted manuscript:<a>Repository</a>": a line of the entry
    holding one of its links, named by a short label before a colon (or an address written out), or by the kind of
    file and a pointer label ("Online appendix <a>here</a>.", "Slides <a>here</a>")."""
    if not seg.anchors():
        return False
    if _LINK_LINE.fullmatch(text):
        return True
    linked = norm(" ".join(r.text for r in seg.runs if r.anchor is not None))
    kind = fold(text.replace(linked, " ", 1))
    if fold(linked) in LABEL_WORDS and (kind in LABEL_WORDS or len(kind.split()) <= 2 and label_kind(kind) in _NOT_THE_WORKS_DOI):
        return True  # "Online appendix [here](...).", "Slides [here](...)": a link's kind, then the link, named by labels
    m = _LABEL_COLON.fullmatch(text)
    if not m:
        return False  # (most lines: the links' words are not read)
    # ("Manuscript: <a>paper.pdf</a>": the link's label, a file name, was taken out of the text, the label is left)
    return (m.group("rest") or "") in (linked, "")


_LABEL_COLON = re.compile(r"[A-Za-z][\w .\-]{0,30}?\s*:\s*(?P<rest>\S.*)?")
"""A short label, a colon, and what follows it ("doi: 10.1/x", "Manuscript: paper.pdf")."""


# "Scott, Terstege, Vu 2020", "Evans Terstege 2022", "Lee et al. 2021b": a short citation label (family names only,
# the year glued on, a letter telling a year's papers apart), linked to the paper's page or folder; one way only
# to read each name ("O'Brien" by its apostrophe), so that a long line that is no label fails at once
_LABEL_SURNAME = r"(?:(?:van|von|de|der|den|du|da|di|del|della|le|la)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿā-ž]*['’][A-Z])?[a-zß-öø-ÿā-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?"
_SHORT_CITATION = lazy_compile(
    rf"(?P<n>{_LABEL_SURNAME}(?:(?:\s*,\s*|\s+|\s*,?\s+(?:and|&)\s+|\s*&\s*){_LABEL_SURNAME}){{0,5}})"
    rf"(?P<etal>,?\s+et\s+al\.?)?,?\s+\(?(?P<y>(?:19|20)\d\d)[A-Za-z]?\)?")
_LABEL_YEAR_END = re.compile(r"(?:19|20)\d\d[A-Za-z]?\)?$")
_NOT_A_NAME = lazy_compile(rf"(?i)^(?:{MONTH_ABBR})[a-z]*$|^(?:{SEASONS}|"
                         r"since|until|from|to|in|at|class|cohort|term|session|year|volume|issue)$")


def _short_citation(seg: Seg, text: str) -> tuple[list[str], int, bool] | None:
    """``"Scott, Terstege, Vu 2020"`` as the whole text of one link -> (``["Scott", "Terstege", "Vu"]``, 2020,
    False): the family names a short citation label writes (the last bool: "et al." said the list goes on);
    None for anything else (a venue badge "Nature 2020", a term "Fall 2020")."""
    if len(text) > 120 or not _LABEL_YEAR_END.search(text):
        return None  # (a label is short and ends with its year)
    anchors = {id(r.anchor) for r in seg.runs if r.text.strip()}
    if len(anchors) != 1 or any(r.anchor is None for r in seg.runs if r.text.strip()):
        return None
    m = _SHORT_CITATION.fullmatch(text)
    if m is None:
        return None
    names = re.findall(_LABEL_SURNAME, m.group("n"))
    if any(_NOT_A_NAME.match(w) for n in names for w in n.split()) or venue_score(m.group("n")) >= 1 \
            or venue_type(m.group("n")):
        return None
    return names, int(m.group("y")), bool(m.group("etal"))


_NUMBERS_TAIL = lazy_compile(r"[\s,.;:]*(?:[A-Za-z]{0,2}\d[\w\s().,:;–—\-/]*)?")
"""What follows a venue's name in a citation: volume, issue, pages or article number (", 69(10), 2278–2293.")."""


def _styled_then_numbers(seg: Seg, style: str = "italic") -> bool:
    """A line that is an italic (or, ``style="bold"``, a bold) name followed only by numbers: '*Limnology and
    Oceanography*, 69(10), 2278–2293.', '**Estuaries and Coasts**, 38(6), 2295-2309.' (a journal without a venue
    word, set apart as the venue by its style), or by a tag the page marks as a note."""
    runs = [r for r in seg.runs if r.text.strip()]
    # ("*Neurocomputing* <span class="academic-tag">SCI Q1, Top</span>": or followed only by the venue's ranking tag)
    return bool(runs) and getattr(runs[0], style) and runs[0].anchor is None \
        and re.search(r"[^\W\d_]{3}", runs[0].text) is not None \
        and (_NUMBERS_TAIL.fullmatch("".join(r.text for r in runs[1:])) is not None
             or all(r.hint == "note" for r in runs[1:])) \
        and all(not getattr(r, style) for r in runs[1:])


_YEAR_LINE = re.compile(r"\((?:19|20)\d\d[a-z]?\)\s*[.,:]?\s*\S")
"""A line that opens with the year in brackets, and goes on: the second line of an APA citation whose author list
is a line of its own."""


YEAR_CLOSES = re.compile(r"\((?:19|20)\d\d[a-z]?\)\s*[.,:]?\s*$")
"""A line that ends with the year in brackets: an APA citation's author list and year, its title on the next line."""


def _join_apa_lines(segs: list[Seg], ctx: Ctx) -> list[Seg]:
    """``"A. Lee, B. Roe &amp; C. Wu<br>(2016) <i>Title</i>.<br>Harbour Press."``: one APA citation a page sets on
    lines of its own (the author list, the year and title, the publisher; or the author list and year, then the
    title and venue), read as the one line it is; the lines after the year go with it up to one that is only a
    link or a paragraph (an abstract)."""
    if len(segs) < 2:
        return segs
    # (the year's place first, the author score after it: most entries have no year in brackets there, and the
    # score is the costlier test; all are pure, so the order changes nothing but the work)
    if _YEAR_LINE.match(segs[1].text) and not YEAR.search(segs[0].text):
        end = 2
    elif YEAR_CLOSES.search(segs[0].text) and len(YEAR.findall(segs[0].text)) == 1 \
            and not any(r.anchor is not None for r in segs[1].runs) \
            and (re.search(r"[^\W\d_]{2}[.?!]\s+\S", segs[1].text)
                 or len(segs) >= 3 and segs[1].text.strip().endswith((".", "?", "!"))
                 and not YEAR.search(segs[1].text + segs[2].text)
                 and not any(r.italic or r.bold or r.anchor is not None for s in segs[1:3] for r in s.runs)):
        # "A. Lee, B. Roe & C. Wu (2016)<br>Title. <i>Venue</i> 3: 1-9.": the year closes the names' line, the
        # next holds the title and the venue, or the title alone, the venue undated and unstyled on the next ("Lee
        # AB, Roe C. (2013)" / "Title." / "Cell 49:1-13.": a card's three parts; a styled title or venue tells its
        # line's part as it stands); a title line with a link is read by its link as it stands
        end = 2
    else:
        return segs
    if author_score(segs[0].text, ctx.owner_names) < 1:
        return segs
    while end < len(segs) and len(segs[end].text.split()) <= 30 and not _link_line(segs[end], segs[end].text) \
            and any(r.anchor is None for r in segs[end].runs if r.text.strip()) \
            and not _YEAR_LINE.match(segs[end].text) and author_score(segs[end].text, ctx.owner_names) < 1:
        end += 1
    runs: list[Run] = []
    for seg in segs[:end]:
        if runs:
            last = runs[-1]
            runs.append(Run(text=" ", first=last.last, last=last.last))
        runs.extend(seg.runs)
    joined = Seg(runs)
    if not apa_citation(norm(joined.text)):
        return segs
    return [joined, *segs[end:]]


_ELIDED_NAMES = re.compile(r"\s*\[\s*(?:(?:\.\s*){3}|…)\s*\]\s*,?")
"""A gap in an author list: "[...]" or "[…]" (a comma stands in its place)."""
_BARE_GAP = re.compile(rf"(\b[{NAME_CAPITALS}]{{1,3}}\.?|\b[{NAME_CAPITALS}][a-z]+)\s*,\s*(\.\s?\.\s?\.|…)\s+(?=[^\s,.])")
"""A gap in an author list written without brackets, a comma before it and none after ("Lind K, ... Holt M")."""
_UNPARTED_GAP = lazy_compile(rf"(\b[{NAME_CAPITALS}]\.)\s*(\.\s?\.\s?\.|…)\s+(?=(?:\*\*|__)?(?:[{NAME_CAPITALS}][.\-]\s?){{1,3}}"
                           rf"[{NAME_CAPITALS}][\w'’\-]+|(?:\*\*|__)?[{NAME_CAPITALS}][\w'’\-]+,\s*[{NAME_CAPITALS}]\.)")
"""A gap in an author list with no comma on either side, between a name's closing initial and the next name
("Roe, C. ... A. Lind", "Roe, C. … Lind, A."): as ", ...," (the initial's stop ends no sentence)."""
_STATUS_CLOSE = re.compile(r"[.,]\s*(?P<s>[^.,]{4,40}?)\s*\.?\s*$")
"""The last piece of a line after its last stop ("Ann Lee. Forthcoming.")."""


def _status_close(text: str) -> re.Match | None:
    """``_STATUS_CLOSE.search(text)``, searched from the last stop or comma but one: what follows a match's first one
    holds no comma and one full stop at most, so no match starts before that one (the pattern, tried at every
    stop and comma of a line of names, is not tried at the others)."""
    last = max(text.rfind("."), text.rfind(","))
    if last < 0:
        return None
    return _STATUS_CLOSE.search(text, max(text.rfind(".", 0, last), text.rfind(",", 0, last), 0))


_YEAR_CLOSING = re.compile(r".*\S\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)\W*")
"""A line closed by its year in brackets ("Studia Universitatis, Biologia (2019)")."""


def _authors_among(free: list[int], texts: dict, scores: dict, segs: list[Seg], ctx: Ctx | None = None) -> int | None:
    """Of an entry's unread lines, the author line (taken out of ``free``); an italic line closed by its year in
    brackets is the venue's ("*Studia Universitatis, Biologia* (2019)", however much its two names read as two
    people's). Of two lines that read as names, the one naming the owner ("ACS Applied Materials & Interfaces" over
    "E. Lee, A. Roe, B. Moe": a venue whose '&' reads it as two names)."""
    ranked = [i for i in free if scores[i][0] >= 1 and not WITH_VENUE.match(texts[i])
              and not (_YEAR_CLOSING.fullmatch(texts[i]) and majority(segs[i], "italic"))]
    if len(ranked) >= 2 and ctx is not None and not owner_among(texts[ranked[0]], ctx):
        ranked.sort(key=lambda i: not owner_among(texts[i], ctx))
    if not ranked:
        ranked = [i for i in free if scores[i][0] >= 0.2 and scores[i][1] == 0
                  and not WITH_VENUE.match(texts[i])]  # "(with A and B)": coauthors, no list
    if ranked:
        free.remove(ranked[0])
        return ranked[0]
    return None


_VENUE_NAME_ALONE = re.compile(r"[^\W\d_][^\d()]{2,150}")
"""A venue's name before its volume, no number in it ("Physical Review D")."""


_TRANSLATED_LEAD = re.compile(r"\[(?P<tr>[^\[\]]*?[^\W\d_]{2}[^\[\]]*?\s[^\[\]]*?\s[^\[\]]+)\][.,]\s+(?=\S)")
"""A bracketed piece of three words or more that opens a venue line and a sentence ends ("[Queer Aesthetics: Between
Empowerment and Erasure]. Venue"): the translation of the title before it."""
_IN_COLON = re.compile(r"\s*in\s*:\s*\S", re.I)


def _venue_among(free: list[int], texts: dict, segs: list[Seg], scores: dict) -> int | None:
    """Of an entry's unread lines, the venue line (taken out of ``free``)."""
    # an abstract mentions years and venue words too: a paragraph of prose is no venue line
    # (nor is a line naming the prize the paper won, "Winner, X Society Best Paper Prize 2022")
    ranked = [i for i in free if scores[i][1] >= 2 and not WITH_VENUE.match(texts[i])
              and len(texts[i].split()) <= 40 and not YEAR_ALONE.fullmatch(texts[i]) and not _PRIZE_LINE.match(texts[i])]
    # "Nature Physics<br>9 May 2018" (over the names, the title a heading of its own): a short line of words over the
    # entry's date alone is the venue the date is of, whatever its words; the date line is no venue then
    over_date = [i for i in free if scores[i][0] < 1 and texts.get(i + 1) and i + 1 in free
                 and _DATE_ONLY.fullmatch(texts[i + 1].strip(" .,;()")) and not YEAR.search(texts[i])
                 and 1 <= len(texts[i].split()) <= 8 and re.search(r"[^\W\d_]{3}", texts[i])
                 and not note_words_only(texts[i]) and not STATUS_NOTE.fullmatch(texts[i])
                 and not texts[i].rstrip().endswith((".", ":", "?", "!"))]
    if over_date and ranked and all(_DATE_ONLY.fullmatch(texts[k].strip(" .,;()")) for k in ranked):
        ranked = over_date
    if not ranked:
        # "Ocean Modelling 40 (2), 33-45": a name, then the volume, issue and pages (a Google Scholar export)
        ranked = [i for i in free if scores[i][0] < 1 and (tail := VOLUME_PAGES.search(texts[i]))
                  and _VENUE_NAME_ALONE.fullmatch(texts[i][: tail.start()])]
    if not ranked:
        ranked = [i for i in free if (majority(segs[i], "italic") or _styled_then_numbers(segs[i]))
                  and not note_words_only(texts[i])]
    if not ranked:
        # "In A. Roe and B. Moe (eds), *Book title*, 95-118.": a chapter's book, in italics after its editors
        ranked = [i for i in free if re.match(r"(?i)in\s", texts[i]) and any(
            r.italic and r.anchor is None and len(r.text.split()) >= 2 for r in segs[i].runs)]
    if not ranked:
        # "In: Face Recognition (Intechweb)" (the ABNT / Lattes form): a line that opens with "In:" names where the
        # work appeared, whatever its words and style (prose never opens so; "In this paper" has no colon)
        ranked = [i for i in free if _IN_COLON.match(texts[i]) and scores[i][0] < 1 and len(texts[i].split()) <= 40]
    if not ranked:
        # "<a>Title</a><br>names<br>**Nature Climate Change**" (or "Chapter in **Book**", "**R&R - Venue**",
        # "**Estuaries and Coasts**, 38(6), 2295-2309."): the bold line left once the title and the names are read
        # is the venue, whatever its words (a status alone, "**under review**", is a note)
        ranked = [i for i in free if scores[i][0] < 1 and not note_words_only(texts[i])
                  and not STATUS_NOTE.fullmatch(texts[i]) and re.search(r"[^\W\d_]{3}", texts[i])
                  and all(r.anchor is None for r in segs[i].runs if r.text.strip())  # ("<a><b>Highlights</b></a>")
                  and (majority(segs[i], "bold") or _styled_then_numbers(segs[i], "bold") or re.match(r"(?i)(?:chapter\s+)?in\s", texts[i]) and any(
                      r.bold and r.anchor is None and len(r.text.split()) >= 2 for r in segs[i].runs))]
    if not ranked:
        ranked = over_date
    if ranked:
        free.remove(ranked[0])
        return ranked[0]
    return None


_NOT_THE_WORKS_DOI = ("code", "data", "slides", "video", "poster", "supplement", "talk", "demo")
"""Links whose DOI is that of something the work comes with (its code or data deposited with a DOI), not its own."""


def _badge_link(anchor) -> bool:
    """Whether a link is a badge image alone (a shields.io badge)."""
    return not link_text(anchor) and any(static_badge(i) for i in anchor.iter("img"))


def _names_repeated(text: str, citation: str, ctx: Ctx) -> bool:
    """Whether ``text`` is a list of two or more names, each of whose family name ``citation`` holds."""
    if author_score(text, ctx.owner_names) < 1:
        return False
    names = [a.name for a in split_authors(text).authors]
    held = fold(citation)
    return len(names) >= 2 and all(fold(n.split()[-1]) in held for n in names)


def _whole_citation(cand: list[int], segs: list[Seg], texts: dict, label_anchors, ctx: Ctx) -> int | None:
    """The line of an entry that is a whole citation (a linked title, then the names, then the venue; or a citation
    the one-line reader splits into a title, names and a venue, with a year) over lines of plain sentences that name
    no one and no venue (a paper box's highlights); None when the entry is not so."""
    first = cand[0]
    split = title_run(segs[first], label_anchors)
    names = split_authors_venue(segs[first], split[1], ctx) if split is not None and len(split[0].split()) >= 3 \
        else None
    if names is None or not names[1] or author_score(names[0], ctx.owner_names) < 1:
        # (or a plain citation of its own shape: "A, **Owner**, B. Title. *Venue*, 2021." over the sentences)
        parts = split_one_liner(segs[first], texts[first], label_anchors, ctx) if YEAR.search(texts[first]) else None
        if parts is None or len(parts[0].split()) < 3 or not parts[1] or not parts[2] \
                or author_score(parts[1], ctx.owner_names) < 1:
            return None
    # (a line under it opening with names is a citation of its own, "A and B, *Title*, Report 12, Unpublished.": two
    # papers an unclosed tag ran together)
    if all(len(texts[i].split()) >= 5 and author_score(texts[i], ctx.owner_names) < 0.3 and venue_score(texts[i]) < 2
           and not YEAR.search(texts[i]) and not leading_names(texts[i], ctx) for i in cand[1:]):
        return first
    return None


def _code_name(text: str) -> bool:
    """Whether a code span's text reads as a person's name and no venue ("Ann Lee", "Zhiwei Xu (许志伟)": the name
    in another script in brackets set aside), not "NeurIPS" nor "ICML 2024"."""
    plain = norm(re.sub(r"\s*[(（][^()（）]{1,30}[)）]", " ", text))
    return bool(plain) and name_like(plain) and venue_score(text) == 0


def _lead_names(seg: Seg, i: int) -> bool:
    """Whether the run ``i`` opening an entry reads on into a list of names (a comma or "and" after it: "`Ann
    Lee`, Bo Wu. Title"; a long highlighted run so followed is the title), not a badge set before the title
    ("`Safety and Protection` [Title](...)" names a journal whose name reads like two people's). The author's marks
    may stand between the name and the comma ("`Ann Lee` \\*, Bo Wu": the corresponding author)."""
    after = re.sub(rf"^(?:\s*\\?{MARK_CLASS})+", "", "".join(r.text for r in seg.runs[i + 1:i + 4])).lstrip()
    return not after or after.startswith((",", ";", "&")) or after.lower().startswith("and ")


def _topic_badges(seg: Seg, i: int) -> list[int]:
    """The runs right after the venue badge ``i`` that are badges too ("`ICLR 2026` `Multi Agent Systems` [Title]"):
    code spans with no link, nothing but spaces between them and the badge, each short and with no comma (a list of
    names in code font has commas); a note in brackets among them ("`ACL 2025` `Alignment` (Oral) [Title]") is one
    more tag."""
    out: list[int] = []
    for k in range(i + 1, len(seg.runs)):
        r = seg.runs[k]
        t = r.text.strip()
        if not t:
            continue
        if r.anchor is not None or "," in t:
            break
        if not ("tag-code" in r.classes and _badge_name(t)
                or re.fullmatch(r"\([^()]{2,40}\)", t) and NOTE_WORDS.search(t)):
            break
        out.append(k)
    return out


_VENUE_SLOT_END = re.compile(r"[\s,;]*(?P<y>\(\s*(?:19|20)\d\d[a-z]?\s*\)|(?:19|20)\d\d[a-z]?)?[\s.]*")
"""What may follow a link in a citation's venue slot: the year (in brackets or not) and the closing stop."""


_CITED_YEAR = re.compile(r"(?<![^\W\d_] )(?<!\d)(?:19|20)\d\d(?!\d)|(?:19|20)\d\d(?! [^\W\d_])(?!\d)")
"""A year as a citation writes it ("(2022) 130", "ICML 2024)"), not one inside a title's words ("of 1975 Supernovae")."""


def _venue_slot_links(segs: list[Seg], label_anchors, ctx: Ctx) -> dict:
    """The links that stand in the venue's place of a title-first citation, "Title of the paper, [MNRAS](https://
    doi.org/...) (2021).": after a title's comma (words that are no names), with at most the year after them. Their
    text names the venue: a short name linked to a DOI or an arXiv page is no link label there (a label word such
    as "PDF" or "Link" stays one wherever it stands), and a link of a few words followed by the year is no title.
    Each link with the title before it."""
    out: dict = {}
    for s in segs:
        for a in s.anchors():
            label = label_of(a)
            if not label or not TWO_LETTERS.search(label):
                continue
            spans = [sp for r, sp in zip(s.runs, s.spans) if r.anchor is a]
            lead = next((r, sp) for r, sp in zip(s.runs, s.spans) if r.text.strip())
            start = lead[1][1] if "tag-code" in lead[0].classes and YEAR.fullmatch(lead[0].text.strip()) else 0
            before, after = s.raw[start:spans[0][0]], s.raw[spans[-1][1]:]  # (not "`2021`": the entry's year)
            end = _VENUE_SLOT_END.fullmatch(after)
            if not end or not before.rstrip().endswith(",") or len(before.split()) < 3:
                continue
            if a in label_anchors:
                if fold(label) in LABEL_WORDS or label_kind(label) not in (None, "arxiv"):
                    continue
            elif not (end.group("y") or url_kind(a.get("href") or "") in ("doi", "arxiv")) or len(label.split()) > 6 or any(
                    r.anchor is not None for r, sp in zip(s.runs, s.spans) if sp[1] <= spans[0][0]):
                continue
            head = clean_title(norm(before).rstrip(" ,"))
            if len(head.split()) >= 3 and author_score(head, ctx.owner_names) < 0.3 and not apa_citation(head) \
                    and not _CITED_YEAR.search(head) and not re.search(r"[\"“”]", head) \
                    and not name_like(re.split(r"\s*(?:,|\band\b|&)\s*", head)[0]):
                # (not 'A. Lee and B. Roe, “Title,” PoS 2021 (2022) 130, [arXiv:...]' nor 'Ann Lee, *Title*,
                # [arXiv](...)': names, a year or a quoted title before the link make it a citation of another shape)
                out[a] = head
    return out


def _names_with(text: str, ctx: Ctx) -> bool:
    """Whether ``text`` is "with A, B and C" naming the coauthors, the owner implied (its first name a person's)."""
    m = WITH_VENUE.match(text)
    return bool(m) and not m.group("o") and author_score(re.split(r",\s", with_names(m))[0], ctx.owner_names) >= 0.3


def _described_below(text: str, taken: str) -> bool:
    """Whether a paragraph of prose under an entry is its description rather than the text taken for it above
    (a remark that ends on no sentence's end, or one less than half as long as the paragraph)."""
    words = len(text.split())
    return words >= 10 and text.rstrip().endswith((".", "!", "?")) and bool(PLAIN_SENTENCE.match(text)) \
        and (not taken.rstrip().endswith((".", "!", "?")) or words >= 2 * len(taken.split()))


_GLUED_YEAR = re.compile(r"([(（][^()（）]*?[^\W\d_]{2})((?:19|20)\d\d)(?=\s*[)）])")
"""A venue's year written against its name in the brackets closing a title ("Title (ICRA2024)", "(Ocean
Letters2022)"): a space is put between them."""


_BRACKETED_LINKS = re.compile(r"\s*\[\s[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\s\]\s*[.,;]?\s*", re.S)
"""A line of links set in brackets with a space inside them ("[ Commentary in The Post | Code ]", the links' texts
as the segment reads them)."""


_IN_BOOK = re.compile(r"(?:In|En|Em|Dans|Im)\s+(?=\S)")
"""The word that puts a chapter in its book ("In", Spanish "En", Portuguese "Em", French "Dans", German "Im")."""
_PUBLISHED_BY = re.compile(r"(?i)(?:published|publicad[oa]|publi[ée]e?|editorial|ed\.|eds\.|edited|pp?\.)")
_ONGOING_YEAR = re.compile(r"\(\s*((?:19|20)\d\d)\s*\+\s*\)")


def _bracket_years(text: str) -> str:
    """A line's years in brackets as the entry reader reads them: a venue's year glued to its name spaced
    (:data:`_GLUED_YEAR`), "(2025+)" a year (:data:`_ONGOING_YEAR`). Each pattern needs a bracket (the second a
    "+" too): a line without one is not searched (most lines; the first pattern is slow to fail at every "(")."""
    if "(" in text or "（" in text:
        text = _GLUED_YEAR.sub(r"\1 \2", text)
        if "+" in text:
            text = _ONGOING_YEAR.sub(r"(\1)", text)
    return text


def _venue_under_title(above: str, bold: str) -> bool:
    """Whether a bold line under an entry's names is its venue and the plain line over them its title: the bold one
    a name in title case ("Remote Sensing of Environment", "Global Change Biology 27: 1-9"), the plain one no
    shorter name in title case ("PLOS ONE" over "**Counting Owls in Pine Woods**" is the venue)."""
    if not title_cased(bold, least=1):
        return False
    return not title_cased(above, least=1) or len(_ALPHA_WORD.findall(above)) >= len(_ALPHA_WORD.findall(bold))


def _written_addresses(pub, segs: list[Seg], roles: dict, ctx: Ctx) -> None:
    """The addresses an entry writes out in its text, no link's target ("... Sur le Spectre, 1, 15. url :
    http://x.org/a.pdf", "... Autism. https://doi-org.proxy.example.edu/10.1177/x", "Springer, 1986.
    http://www.springer.com/book/1"): links of the work as the page gives them, in the slot their address names;
    a link's label that is its address is that link, and a BibTeX block's or an abstract's are not the entry's."""
    known = {*pub.links.values(), *pub.placeholder_links.values(), *(x.url for x in pub.more_links)}
    for i, s in enumerate(segs):
        if roles.get(i) in ("bibtex", "abstract") or "://" not in s.raw:
            continue
        for r in s.runs:
            if r.anchor is not None or "://" not in r.text:
                continue
            for m in BARE_URL.finditer(r.text):
                url = repair_url(m.group(0).rstrip(".:"))  # ("... /1105745ar." ends the sentence, not the address)
                if not url or url in known:
                    continue
                doi = doi_of(url) if _DOI_ADDRESS.match(url) else None
                if doi and valid_doi(doi) in {valid_doi(doi_of(u) or "") for u in known}:
                    continue  # "http://dx.doi.org/10.1/x" the page also links as "https://doi.org/10.1/x"
                add_link(pub, address_kind(url), url, ctx)
                known.add(url)


def _landed_lines(seg: Seg, landed: set, ctx: Ctx) -> set[int]:
    """The lines of a segment of the work's links ("[ bib | code | pdf ]" over three source lines) whose every link
    the work took: a line with a link it did not take (a relative address no base places) stays the report's."""
    lines, missed = set(seg.lines), set()
    for r in seg.runs:
        if r.anchor is not None and abs_url(r.anchor.get("href"), ctx) not in landed:
            missed.update(range(r.first, (r.last or r.first) + 1) if r.first else ())
            missed.add(r.anchor.sourceline)
    return lines - missed


def read_entry(segs: list[Seg], ctx: Ctx, group_year: int | None, line: int | None) -> PubDraft | None:
    """Read one publication from its segments, or None when it is not one."""
    segs = _join_apa_lines([s for s in segs if s.text], ctx)
    if not segs:
        return None
    segs = [without_typed_bullet(segs[0]), *segs[1:]]  # ("• Lee, A. (2018) Title.": a list typed without markup)
    if not segs[0].text:
        # the bullet a list item's first element held alone ('<li><span class="bullet">◆</span><div>A. Roe<br>
        # <em>Title</em>...'): the entry is what follows it
        segs = segs[1:]
        if not segs or not segs[0].text:
            return None
    lead = [r for r in segs[0].runs if r.text.strip()][:2]
    call = READER_VERB.match(lead[0].text) if len(lead) == 2 and lead[0].anchor is None else None
    if call and lead[1].anchor is not None and re.fullmatch(r"\s*(?:out\s*)?", lead[0].text[call.end():]):
        if not ANY_YEAR.search(" ".join(s.text for s in segs)):
            return None  # "Check [all explorations], including ...": the page sends its reader to a link, no citation
        # "See [Title](url), A. Roe. *Journal*, 2020.": a dated citation the verb points to, no word of its title
        segs = [Seg([r for r in segs[0].runs if r is not lead[0]], legend=segs[0].legend), *segs[1:]]
    bare_pdf = False
    all_anchors = []
    for s in segs:
        for a in s.anchors():
            if a not in all_anchors:
                all_anchors.append(a)
    label_anchors = {a for a in all_anchors if is_label_anchor(a)}
    for s in segs:
        if len(s.anchors()) >= 3:  # (a bar is three links or more: a line of fewer finds none)
            label_anchors |= bar_labels(s.runs, label_anchors)
    link_brackets = [s for s in segs[1:] if s.anchors() and _BRACKETED_LINKS.fullmatch(s.text)]
    if link_brackets:
        # "[ [Commentary](url) in a newspaper | [Code](url) ]" after the citation: a bracket of links about the
        # work, each a link of the work's, none its title, venue or names (its lines the entry's once they land)
        for s in link_brackets:
            label_anchors |= set(s.anchors())
        segs = [s for s in segs if not any(s is b for b in link_brackets)]
    named_link = _named_work_link(segs, label_anchors)
    if named_link is not None:
        label_anchors.discard(named_link)  # "**[FooNet](repo)** (CVPR 2022)": the link is the work's name
    titled = _title_link_over_names(segs, label_anchors, ctx)
    if titled is not None:
        label_anchors.discard(titled)
    name_line = _name_line(segs)
    if name_line is not None:
        # "[Tide](repo)<br>Tide: Mapping Sea Floors (ICRA 2024)": the name's link is a link of the work's (read by
        # its address: a code repository's is its code)
        label_anchors.add(name_line[0])
    slot_links = _venue_slot_links(segs, label_anchors, ctx) if len(segs) == 1 and segs[0].anchors() else {}
    label_anchors -= set(slot_links)
    label_anchors -= venue_links(segs, label_anchors)
    if len(all_anchors) >= 3 and all((a.get("href") or "").startswith("#") for a in all_anchors):
        loose = " ".join(r.text for s in segs for r in s.runs if r.anchor is None)
        if len(LETTER_WORDS.findall(loose)) <= 4:
            return None  # "Journals | Books | Conferences: 2021-25 | 2016-20": the page's own contents, no paper
    if len(all_anchors) >= 4 and all(len(link_text(a).split()) <= 3 for a in all_anchors) \
            and not any(re.search(r"[^\W\d_]", r.text) for s in segs for r in s.runs if r.anchor is None) \
            and not any(doi_of(a.get("href") or "") or arxiv_id(a.get("href") or "") for a in all_anchors):
        return None  # "Main Page Resume Publication list Books Blog": a bar of the site's pages, no paper
    # "- `ICCV 2023` [Title](url), authors": a code span opening the entry is its venue badge
    lead_badge = next((i for i, r in enumerate(segs[0].runs) if r.text.strip()), None)
    r0 = segs[0].runs[lead_badge] if lead_badge is not None else None
    # "- `2021` Title, [Venue](doi)": a year in code font opening the entry is its year, no venue badge
    code_year = lead_badge if r0 is not None and "tag-code" in r0.classes and r0.anchor is None \
        and YEAR.fullmatch(r0.text.strip()) else None
    # "**2026** &nbsp; **Lee, A.** Title.", "*In review* &nbsp; Lee, A. ...": a year or a status in a style of its own,
    # set off from the citation by a non-breaking space (a page's column of years typed in markdown), is the
    # entry's year or status, no word of its names
    set_off = lead_badge if r0 is not None and code_year is None and r0.anchor is None and (r0.bold or r0.italic) \
        and (YEAR.fullmatch(r0.text.strip()) or _SET_OFF_STATUS.fullmatch(r0.text.strip())) and (
            "\u00a0" in r0.text or lead_badge + 1 < len(segs[0].runs)
            and re.match(r"\s*\u00a0", segs[0].runs[lead_badge + 1].text)
            # ("**2019** Wagner, T. J. W., F. Straneo, ...": a bold year alone before the names, a plain space after
            # it, is the entry's year too: its bold sets it off from the family name it would else join)
            or r0.bold and YEAR.fullmatch(r0.text.strip()) and lead_badge + 1 < len(segs[0].runs)
            and re.match(r"\s+(?:[^\W\d_]|$)", segs[0].runs[lead_badge + 1].text)) \
        else None
    if set_off is not None and YEAR.fullmatch(r0.text.strip()):
        code_year, set_off = set_off, None
    if code_year is not None or set_off is not None:
        r0 = lead_badge = None
    # ("<span class=badge>CVPR 2024</span>", a theme's badge, as a code span is)
    if r0 is None or "tag-code" not in r0.classes and r0.hint != "badge" or r0.anchor is not None or not (
            len(r0.text.strip()) >= 2 and _badge_name(r0.text)) \
            or (author_score(norm(r0.text), ctx.owner_names) >= 1 or len(r0.text.strip()) > 20
                or _code_name(r0.text)) and _lead_names(segs[0], lead_badge):
        # ("- `Ann Lee`, Bo Wu. Title": the owner's name in code font opens the author list; so does a coauthor's, or
        # the owner's with their name in another script, "`Zhiwei Xu (许志伟)` \*, Kai Zhang", the owner unknown)
        lead_badge = None
    # "- `ICLR 2026` `Multi Agent Systems` [Title](url), A, B": code spans right after the venue badge are topic
    # tags (notes on the paper), however much their words read like a name
    topic_badges = _topic_badges(segs[0], lead_badge) if lead_badge is not None and "tag-code" in r0.classes else []

    work = _work_label(segs[0]) if len(segs) >= 2 else None  # "<i>Research Article</i><br>citation"
    # "<span class=badge>Poster</span> Lee, A. (2024). Title. Meeting.": a badge opening the entry that names it a
    # talk or a poster is the kind of the item (a list mixing them with papers), no venue
    talk_badge = norm(r0.text).strip(" :|-–—[]()") if work is None and lead_badge is not None else ""
    talk_badge = talk_badge if WORK_TYPE.match(talk_badge) and _talk_label(talk_badge) else ""
    if talk_badge:
        work = (talk_badge, "")
    lead_tags: list[str] = [work[1]] if work and work[1] else []
    lead_tags += [norm(segs[0].runs[i].text).strip("()") for i in topic_badges]
    lead_year: list[int] = []  # "2025 - Lee, A. ...": the year opening the citation
    own_year = year_before_title([*segs[0].runs, *segs[1].runs]) if len(segs) >= 2 else None
    if code_year is not None:
        lead_year.append(int(segs[0].runs[code_year].text.strip()))
    if set_off is not None:
        lead_tags.append(norm(segs[0].runs[set_off].text).strip(" ."))
    role_tags: list[str] = []  # "<span>Lead author</span>" after the names or the venue: the owner's role, a note
    link_badges: list[str] = []  # "[<a>TNSM</a>]" opening the entry: a badge naming the venue, linked to its site
    # where the entry's text opens: after a segment of badges alone (AcadHomepage's image badge, "<div
    # class="badge">arXiv</div>", above "[**ICLR 2026**] [Title](url)"), the next segment
    opening = segs[1] if len(segs) >= 2 and any(r.text.strip() for r in segs[0].runs) \
        and all(r.hint == "badge" for r in segs[0].runs if r.text.strip()) else segs[0]

    # "<a href="/publications/x/">29</a> Hooper, P. L., ...": a number alone in a link opening the entry (a markdown
    # reference link "[29][29]" to the work's own page) is the entry's number, no word of its byline; not when its
    # own stop or bracket follows it ("<a>3</a>. Lee, A.", "<a>3</a>) Lee, A."): NUMBERING takes "3." whole there;
    # nor before a word in lower case ("<a>42</a> questions about basalt": a title's own number)
    first = next((i for i, r in enumerate(opening.runs) if r.text.strip()), None)
    after = "".join(r.text for r in opening.runs[first + 1:]) if first is not None else ""
    number_link = first if first is not None and opening.runs[first].href and _LINKED_NUMBER.fullmatch(
        opening.runs[first].text) and after[:1].isspace() and after.strip() and not after.lstrip()[:1].islower() \
        else None

    def content(seg: Seg) -> str:
        role = []  # which runs are a role tag, asked once per run
        for r in seg.runs:
            t = r.text.strip()
            role.append("uthor" in t.lower() and bool(_ROLE_TAG.fullmatch(t)))  # (every role tag names an author)
            if role[-1] and t not in role_tags:
                role_tags.append(t)
        raw = "".join(
            seg.raw[a:b] if seg.runs[i].anchor not in label_anchors and not (seg is segs[0] and (
                i in (lead_badge, code_year, set_off) or i in topic_badges))
            and not _toggle_run(seg.runs[i]) and not role[i] and not (seg is opening and i == number_link)
            else " " for i, (a, b) in enumerate(seg.spans)
        )
        closing = _closing_venue_link(seg, raw, label_anchors)
        if closing is not None:
            raw = f"{raw[:closing].rstrip()}. {raw[closing:]}"
        if seg is segs[0] or seg is opening:
            if NUMBER_ONLY.match(raw):
                return ""  # a numbering cell of its own (bibtex2html's <dt>[1]</dt>)
            if seg is segs[0] and own_year is not None:
                lead_year.append(own_year)  # "<span class="pub-year">2025</span><br><span class="pub-title">"
                return ""
            badge_year = _YEAR_NUMBER.fullmatch(raw) if len(segs) >= 2 else None
            if badge_year:
                # "<div class="year">2025 · 12</div>" over the title: a badge with the year and the entry's number
                lead_year.append(int(badge_year.group("y") or badge_year.group("y2")))
                return ""
            dated = _LEAD_DATED.match(raw)
            if not (dated and dated.group("by")):  # "(2025) Lee, A.": a year in brackets, not a number
                raw = NUMBERING.sub("", raw, count=1)
                raw = _LEAD_PICTOGRAPHS.sub("", raw, count=1)
                dated = _LEAD_DATED.match(raw)
            if dated:
                # "2025 - Lee, A. Title. <i>Venue</i>" / "Under review - Lee, A. ...": the year (or the status) the
                # page writes before each citation, set off by a dash (or by a stop before a quoted title:
                # '2024. "Title." <i>Venue</i>')
                if dated.group("y") or dated.group("by"):
                    lead_year.append(int(dated.group("y") or dated.group("by")))
                else:
                    lead_tags.append(norm(dated.group("s")))
                raw = raw[dated.end():]
            link = _LEAD_LINK_TAG.match(raw)
            first = next((r for r in seg.runs if r.anchor is not None), None) if link else None
            if link and first is not None and norm(first.text) == norm(link.group(1)):
                # "[<a>IFIP Networking 2021</a>] A. Author, ...": a link in brackets opening the entry is its badge
                link_badges.append(norm(link.group(1)))
                raw = raw[link.end():]
            elif link and (lead := next((r for r in seg.runs if r.text.strip(" [\u00a0")), None)) is not None \
                    and lead.bold and lead.anchor is None and norm(lead.text) == norm(link.group(1)) \
                    and (find_year(link.group(1)) or _badge_name(link.group(1)) and _linked_title_after(seg, lead)) \
                    and re.search(r"[A-Za-z]{2}", link.group(1)):
                # "[**ICCV2025**] Title ([arxiv](...))": a bold venue and year in brackets opening the entry is
                # its badge, as a linked one is; so is a bold venue alone before the title's link ("[**arXiv**]
                # [Title](url)")
                link_badges.append(norm(link.group(1)))
                raw = raw[link.end():]
            elif (plain := _LEAD_BADGE.match(raw)) and not link_badges:
                # "[AAAI'26] **Title**", "[KDD'25 Best Paper] Title": a venue and its year in brackets, plain text,
                # opening the entry is its badge; words after the year are a note on the paper (its award)
                link_badges.append(plain.group("b"))
                if plain.group("n"):
                    lead_tags.append(plain.group("n"))
                raw = raw[plain.end():]
            elif (plain := _LEAD_NAMED.match(raw)) and not link_badges and not _LEAD_TAG.match(raw) \
                    and (bold := next((r for r in seg.runs if r.bold and r.anchor is None and r.text.strip()),
                                      None)) is not None \
                    and len(bold.text.split()) >= 3 and raw[plain.end():].startswith(bold.text.strip()[:30]):
                # "[Neurocomputing] **Title**": a journal named in brackets, no year, before the bold title; a
                # bracketed kind or status ("[Preprint] **Title**") is a note
                said = norm(plain.group(1))
                if NOTE_WORDS.search(said) or EXTRA_NOTES.search(said) or _KIND_WORDS.search(said):
                    lead_tags.append(said)
                else:
                    link_badges.append(said)
                raw = raw[plain.end():]
            elif (piped := _LEAD_PIPED.match(raw)) and not link_badges \
                    and (lead := next((r for r in seg.runs if r.text.strip()), None)) is not None \
                    and (lead.anchor is not None or lead.bold) and norm(lead.text) == norm(piped.group("b")) \
                    and find_year(piped.group("b")) and re.search(r"[A-Za-z]{2}", piped.group("b")):
                # "[**ICML2026**](conference site)|[Title](paper)": a linked or bold venue and year set off from
                # the title by a bar is its badge, as one in brackets is
                link_badges.append(norm(piped.group("b")))
                raw = raw[piped.end():]
            tag = _LEAD_TAG.match(raw) or _LEAD_KIND.match(raw) or _LEAD_DEGREE.match(raw) \
                or _LEAD_DEGREE_LABEL.match(raw)
            if tag and (tag.re is not _LEAD_KIND or _KIND_WORDS.fullmatch(tag.group(1))):
                # "[CCF-A] A. Author, B. Author, Title, Venue, 2024": a ranking tag before the citation, a note; so is
                # the paper's kind or status in brackets ("[New] A. Author, ...")
                lead_tags.append(tag.group(1).strip())
                raw = raw[tag.end():]
        cleaned = EMPTY_BRACKETS.sub(" ", raw)
        if "orrespond" in cleaned:
            # "A, **Owner** (Corresponding author), *Venue*": the role said in brackets after a name is its mark, as
            # the envelope the default legend reads
            cleaned = _SAID_CORRESPONDING.sub("✉", cleaned)
        if "[" in cleaned:
            # "Roe, A., [...] Lee, B., [...] Moe, C. (2025)": the names the page leaves out, marked as a quotation's
            # gap, are no author and no text of the citation
            cleaned = re.sub(r",\s*,", ",", _ELIDED_NAMES.sub(", ", cleaned))
        if " et al" in cleaned:
            # "K Moe et al. Title. Venue.": one name (an initial and a family name) and "et al." opening the entry is
            # its author list, as "K Moe, et al." is (no title opens with a name and "et al.")
            lone = ONE_NAME_ET_AL.match(cleaned, len(cleaned) - len(cleaned.lstrip()))
            if lone and lone.group("etal").endswith(".") and cleaned[lone.end():lone.end() + 1].isspace() \
                    and cleaned[lone.end():].strip():
                cleaned = f"{cleaned[:lone.end('name')]}, {cleaned[lone.start('etal'):]}"
        if "..." in cleaned or "…" in cleaned:
            # "Lind K, ... Holt M, Ek T": the gap in the names written without its comma after it, as ", ...," is
            cleaned = _BARE_GAP.sub(r"\1, \2, ", _UNPARTED_GAP.sub(r"\1, \2 ", cleaned))
        if "``" in cleaned or "''" in cleaned or "’’" in cleaned:
            # (a quotation TeX's way, as marks; one opened by '' is left as typed, for the citation reader, which gives
            # it back as written: "into ''families'', in ``Notes''"; unless it opens the entry, the title quoted with
            # two apostrophes a side: "''Do Tides Matter?'' July, 2019. Working paper.")
            starts = len(cleaned) - len(cleaned.lstrip())
            cleaned = TEX_QUOTED.sub(lambda m: m.group(0) if m.group(0).startswith("''") and m.start() != starts
                                     else f"“{m.group(1)}”", cleaned)
        if "{" in cleaned and _TEX_STYLED.search(cleaned):
            # "T. D. Hollingsworth, \textbf{T. House}, C. Jay": LaTeX's styling of a name left as typed on the page (a
            # list pasted from a .tex file): the name it styles
            cleaned = _TEX_STYLED.sub(r"\1", cleaned)
        if "includ" in cleaned or "incl." in cleaned:
            # "Lee, A., [and 76 others, including **Ruiz, S.**] et. al. 2021.": the names written, the rest left out
            cleaned = _OTHERS_INCLUDING.sub(
                lambda m: (", " if m.group("e") else "") + m.group("n").strip(" ,") + ", et al.", cleaned)
            cleaned = re.sub(r"(et al\.)\s*,?\s*et\.?\s*al\.?", r"\1", cleaned)
        if cleaned.rstrip()[-1:] in ("|", "/", "·", "•", ")"):  # (what every match ends with)
            cleaned = _TRAILING_SEPARATORS.sub(" ", cleaned)
        cleaned = ascii_separators(cleaned)  # "山田 太郎，鈴木 花子：「題目」，…": the separators a Latin citation has
        if OTHER_AND.search(cleaned):
            joined = english_joiner(cleaned)
            if joined != cleaned and author_score(norm(joined), ctx.owner_names) >= 1:
                cleaned = joined  # "Ana Ruiz, Bo Li et Cho Kim": a French page's list of names
            elif head := next((m for m in (_NAMES_HEAD.match(cleaned), _NAMES_SENTENCE.match(cleaned))
                               if m and "," in m.group(0) and (joined := english_joiner(m.group(0))) != m.group(0)
                               and author_score(norm(joined), ctx.owner_names) >= 1), None):
                # "Lee, Ana, Bo Li, und Cho Kim. 2020. “Title”. In ...": the names before the year or the quoted title,
                # or the first sentence ("Ana Roy, Bo Li e Cy Kim. Title. Venue", "Nowak A. i Lis P.: Title, ...")
                # (their "und" alone: a German title's "und" before a capital is a word of the title; a list, with its
                # comma: "Acta Geodaetica et Cartographica Sinica 2016" is a journal's name, no two people); the
                # readers after this one know a list by its "and"
                cleaned = joined + cleaned[head.end():]
        inner = _IN_PARENTHESES.fullmatch(cleaned)
        if inner and author_score(norm(inner.group(1)), ctx.owner_names) >= 0.6:
            return norm(inner.group(1))  # "(S.J. Vickers + C.F. Townsend)": an author line in parentheses
        return norm(cleaned)

    # (a label line of its own is no field; a badge opening the citation leaves the line its fields)
    roles: dict[int, str] = {0: "links"} if work and not talk_badge or name_line is not None else {}
    # ("(2025+)": a work begun that year and going on, its year; the plus no venue)
    texts = {i: _bracket_years(content(s)) for i, s in enumerate(segs)}
    bracket_notes: list[str] = []
    lead_with = _LEAD_WITH.match(texts[0]) if texts else None
    if lead_with and len(lead_with.group("rest").split()) >= 3:
        # "(with A. Lee and <u>B. Ong</u>) Title, Venue 36 (2020)": the coauthors open the entry, the owner implied
        w = lead_with.group("w")
        # ("(Con Notas Breves) Title": a capitalised foreign "with" before no initial opens a subtitle, no names; it
        # stays a note)
        bracket_notes.append(w if re.match(r"(?:Con|Com|Mit)\s", w) and not re.search(r"\b[A-Z]\.", w)
                             else english_with(w))
        texts[0] = lead_with.group("rest")
    else:
        lead_with = None
    for i, t in texts.items():
        # (the bracket may stand before a link the entry's labels took, "(With A. Lee.) <a>DATA</a>.": its stop
        # left alone after it)
        tail = _TRAIL_WITH.match(t) if t.rstrip(" .").endswith((")", "]")) else None
        names = tail and (tail.group("w") or tail.group("b"))
        if tail and len(tail.group("rest").split()) >= 3 and author_score(tail.group("rest"), ctx.owner_names) < 1 \
                and author_score(re.sub(r"[,;]?\s*(?:19|20)\d\d[a-z]?\s*$", "", re.sub(
                    r"(?i)^" + WITH_LEAD + r"\s+", "", _FIRST_SENTENCE.match(names).group(0))), ctx.owner_names) > 0:
            # (not "Title (with Applications to X)": the title's own words in brackets, no names after "with"; the
            # year may close the names, "(with A, B, and C, 2023)")
            # "Title. Venue, Vol 71 (2021) (with A. Lee and B. Ong)": the coauthors close the entry, the owner implied
            bracket_notes.append(names)
            texts[i] = tail.group("rest")
            lead_with = lead_with or tail
    for i, t in texts.items():
        m = _TRAILING_BRACKET.match(t) if t.endswith(("]", "]\n")) else None
        if m and author_score(m.group("main"), ctx.owner_names) >= 1 > author_score(t, ctx.owner_names):
            # "A.J. Majda and J. Harlim [in Mathematics of Planet Earth Highlights]": a bracketed remark after
            # the author line is a note on the paper
            texts[i] = m.group("main")
            bracket_notes.append(m.group("note"))
    for i, t in texts.items():
        if "[" in t and (m := _VERSION_TAG.search(t)):
            # "Title [v2; ref status: indexed, http://f1000r.es/24v]. F1000Research": the version read and how its
            # review stands, which F1000's citations set after the title: a note, no word of it
            bracket_notes.append(m.group("n"))
            texts[i] = t = t[:m.start()] + t[m.end():]
        # "A. Lee, Title, (poster) presented at Venue", "Title, (Invited, feature article) J. Phys.", "(keynote)":
        # how the work was given or asked for, between two fields: a note, no word of either
        asides = [m for m in _NOTE_ASIDE.finditer(t) if note_words_only(m.group("n"))
                  or WORK_TYPE.match(m.group("n")) and not _VENUE_KIND.search(m.group("n"))] if "(" in t else []
        for m in reversed(asides):
            texts[i] = t = t[:m.start()] + m.group("s") + " " + t[m.end():]
        bracket_notes.extend(m.group("n") for m in asides)
    hinted_tail = None  # (a segment, the venue after its authors' element)
    for i, s in enumerate(segs):
        t = texts[i]
        hint = seg_hint(s, label_anchors)
        if s.text.startswith("@") and re.match(r"@\w+\s*\{", s.text):
            roles[i] = "bibtex"
        elif all(r.anchor is None for r in s.runs) and fold(s.text) in _DISCLOSURE_LABELS:
            roles[i] = "links"  # "<summary>Abstract</summary>": the label of a folded block, no words of the entry
        elif hint == "bibtex" and t and _link_line(s, t):
            roles[i] = "links"  # "[<a class="bib">bib</a>]": a link to the BibTeX, no BibTeX block
        elif hint == "links" and NOTE_WORDS.search(t) and all(r.anchor is None for r in s.runs if r.text.strip()):
            # "<div class="links">🏆 Best Paper Award, 2020.<br><a>PDF</a></div>": the award the paper won (or "Oral",
            # "Spotlight": the words of a paper's note), written among its buttons (a BibTeX note a theme renders
            # there), no link's label: a note on the paper
            roles[i] = "note"
        elif hint in ("bibtex", "abstract", "badge"):
            roles[i] = hint
        elif not t or separators_only(t) or _link_line(s, t) or i and _links_row(s):
            roles[i] = "links"
        elif page_place_link(s):
            roles[i] = "links"  # "<a href="#top">Return to top of page</a>": a way about the page, no title
        elif hint in (None, "authors") and (after := _after_hinted(s, "authors")) and (at := t.rfind(after[:12])) > 0:
            # '<span class=author>A. Lee, B. Roe</span> <span class=desc>in POPL</span>': the words after the names'
            # element are the venue's, not the last name's (as the entry's text writes them)
            roles[i], texts[i], hinted_tail = "authors", t[:at].rstrip(" ,;"), (i, re.sub(r"^[Ii]n\s+", "", t[at:]))
        elif hint:
            roles[i] = hint
        elif i and len(t.split()) <= 30 and _ABOUT_THE_WORK.match(t):
            # "This paper is an extended earlier version of the above paper.": a line said of it, no part of it (a
            # longer text opening so is its abstract)
            roles[i] = "note"
    keywords: list[str] = []
    for i in range(len(segs)):
        found = _keywords_of(texts[i]) if i not in roles else None
        if found:
            # "Keywords: sheaves, gluing", "MSC2020 18F10; 03G30" under the paper: its topics, no venue (and the
            # classification's edition no year of the paper's)
            roles[i] = "keywords"
            keywords += [k for k in found if k not in keywords]
    online = None
    for i in range(len(segs)):
        found_date = _online_date(texts[i]) if i not in roles and i else None
        if found_date:
            roles[i], online = "online", (found_date, texts[i])  # read after the year (below)
    latin = next((i for i in range(len(segs)) if i not in roles and not has_cjk(texts[i])
                  and len(texts[i].split()) >= 8 and YEAR.search(texts[i])), None)
    for i in range(latin + 1 if latin is not None else len(segs), len(segs)):
        if i not in roles and YEAR.search(texts[i]) and len(_CJK_CHAR.findall(texts[i])) >= 4 \
                and len(_CJK_CHAR.findall(texts[i])) > len(re.findall(r"[A-Za-z]", texts[i])):
            # "A. Lee, B. Wu. Title. *Journal*. 2021.<br>李安, 吴波. 题目. *期刊*. 2021.": a citation in Latin script,
            # then the same paper as first written in Chinese (or Japanese, Korean): the twin is set aside
            roles[i] = "twin"
    apa = next((i for i in range(len(segs)) if i not in roles and apa_citation(texts[i])), None) \
        if len(segs) >= 2 else None
    for i in range(len(segs)) if apa is not None else ():
        if i != apa and i not in roles and _names_repeated(texts[i], texts[apa], ctx):
            # "Lee, A., Roe, B. & Kim, C. (2021). Title. Venue.<br>Ann Lee, Bo Roe & Cho Kim": a line that only
            # names again the people of the citation above it (pasted with it) is no author line of its own
            roles[i] = "twin"
    bracketed = _BRACKETED_BADGE.fullmatch(texts[0]) if segs and 0 not in roles else None
    if bracketed and placeholder_text(texts[0]):
        bracketed = None  # ("[Paper Title]": a template's slot, no venue badge)
    if 0 not in roles and len(segs) >= 2 and len(texts[0]) <= 20 and len(texts[0].split()) <= 2 \
            and (_BADGE_YEAR.fullmatch(texts[0]) or bracketed and len(segs) >= 3) \
            and re.search(r"[A-Za-z]{2}", texts[0]) \
            and (any(len(texts[i].split()) >= 8 for i in range(1, len(segs))) or bracketed and len(segs) >= 3):
        roles[0] = "badge"  # "| ITP'24 | Lee, A. **Title**. *Venue*, 2024 |": a venue and year cell before the citation
        if bracketed:
            # "[arXiv]" / "[ICML2024]" on a line of its own over the title, names and venue lines: the badge's
            # words, without the brackets
            texts[0] = bracketed.group(1)
    label_year = label_names = label_link = None
    if len(segs) >= 2 and roles.get(0) in (None, "links") and any(len(texts[i].split()) >= 3 for i in range(1, len(segs))):
        # "| [Scott, Terstege, Vu 2020](folder) | Title | tags |": a short citation label opening the entry names
        # its authors (family names only) and its year; its link is the paper's
        # (a short label linked to a code folder, "Quill 2020", reads as a link's label: its text is taken back)
        cite = _short_citation(segs[0], norm(segs[0].text))
        if cite:
            label_names, label_year, label_etal = cite
            texts[0], roles[0] = ", ".join(label_names), "authors"
            label_link = next((a for a in segs[0].anchors() if a not in label_anchors), None)
    # "<dt>Authors:</dt><dd>Sadeghi & Ferro</dd><dt>Journal:</dt><dd>bioRxiv</dd>": fields the page labels
    labelled = None
    for i in range(len(segs)):
        if ":" in texts[i] or "：" in texts[i]:
            m = FIELD_LABEL.match(texts[i])
        else:
            # (a colon needed, unless the label is set apart as one: "<strong><em>AUTHORS</em></strong>" over the
            # names; the label's word asked first: few lines are one, and every line would be looked at as a label)
            m = _FIELD_WORD.fullmatch(norm(segs[i].text)) if i + 1 < len(segs) else None
            if m and not _set_apart(segs[i]):
                m = None
        if m:
            role = FIELD_ROLES[fold(m.group("l"))]
            if m.group("v").strip():
                # (a labelled list of names joined by another language's "and": "Autores: A, B y C")
                value = m.group("v").strip()
                texts[i], roles[i] = english_joiner(value) if role == "authors" else value, role
            else:
                roles[i], labelled = "links", role  # the label alone: its value is the next segment
        elif labelled is not None:
            roles[i], labelled = labelled, None
    if any(r == "authors" for r in roles.values()) and any(FIELD_LABEL.match(content(sg)) or _FIELD_WORD.fullmatch(
            content(sg).strip()) and _set_apart(sg) for sg in segs):
        for i in range(1, len(segs)):
            if i not in roles and LABELLED_ROW.match(texts[i]):
                # "Author: A" / "Advisors: B" / "Institution: C": among an entry's labelled rows, a row under a label
                # of no field kg reads is no venue nor title ("Advisors" no author list)
                roles[i] = "links"
    for i in range(1, len(segs)):
        m = _BY_LINE.match(texts[i]) if i not in roles else None
        if m and author_score(m.group("v"), ctx.owner_names) >= 0.3:
            # "By Ana Ruiz, Bo Lee, and Jonah Roe" on its own line under the title: the authors, "By" their label
            texts[i], roles[i] = m.group("v"), "authors"
    cited = next((i for i in range(len(segs)) if i not in roles and apa_citation(texts[i])), None)
    if cited is not None:
        # "Stewart, J. (2025). Title. Venue, 28(2)." in one cell and a download button "Written Vowels" in the
        # next: after a whole citation, a short segment that is only a link is the citation's link
        for i, sg in enumerate(segs[cited + 1:], cited + 1):
            anchors = {id(r.anchor) for r in sg.runs if r.text.strip()}
            if i not in roles and len(anchors) == 1 and len(texts[i].split()) <= 5 \
                    and all(r.anchor is not None for r in sg.runs if r.text.strip()):
                roles[i] = "links"
            elif i not in roles and _AVAILABILITY.search(texts[i]) and not YEAR.search(texts[i]) \
                    and len(texts[i].split()) <= 40:
                roles[i] = "links"  # "Data and R code available from the <a>Open Science Framework</a>.": a link
    # al-folio keeps the BibTeX in a hidden block: every seg after a bibtex start is bibtex, up to the brace that
    # closes the record ("[Title](url) <details><pre>@article{...}</pre></details> *Venue* / authors": the venue
    # and authors after a closed record are the entry's own)
    in_bib, depth = False, None  # (and the braces the record has opened and not closed, once it opens one)
    for i in range(len(segs)):
        if roles.get(i) == "bibtex":
            in_bib = True
        elif in_bib and roles.get(i) not in ("links", "abstract"):
            roles[i] = "bibtex"
        if in_bib and "{" in texts[i] or depth is not None:
            depth = (depth or 0) + texts[i].count("{") - texts[i].count("}")
            if depth <= 0 or texts[i].startswith("@") and texts[i].endswith("}"):
                # the record is closed (or one segment holds all of it, a brace left out of a field or not):
                # what follows is no BibTeX
                in_bib, depth = False, None
    title = authors_text = venue_text = None
    title_seg = authors_seg = venue_seg = None
    venue_linked = False  # the venue is a link closing the title's line
    notes: list[str] = [*lead_tags, *bracket_notes, *role_tags]
    abstract = None
    abstract_seg = None  # the segment the abstract was read from, when it is one segment of the entry
    badge = norm(segs[0].runs[lead_badge].text) if lead_badge is not None and not talk_badge else None
    if badge and _KIND_WORDS.fullmatch(badge):
        badge = None  # "<span class=badge>NEW</span> Title": the paper's status, left out of the title, no venue
    if name_line is not None:
        # the line under a work's name: its title, then its venue and year in brackets (whatever column it is in)
        texts[1], roles[1] = name_line[1], "title"
    badge = badge or next(iter(link_badges), None)
    free = [i for i in range(len(segs)) if i not in roles]
    for i in range(len(segs)):
        r = roles.get(i)
        if r == "title" and title is None:
            title, title_seg = texts[i], i
        elif r == "authors" and authors_text is None:
            authors_text, authors_seg = texts[i], i
        elif r == "venue" and venue_text is None:
            venue_text, venue_seg = texts[i], i
        elif r == "badge" and badge is None:
            badge = texts[i] or segs[i].text
            first = next((run.text.strip() for run in segs[i].runs if run.hint == "badge" and run.text.strip()), None)
            if first and first != badge.strip() and not _one_badge(badge) and _one_badge(first):
                # "<span class=badge>SCALE @ ICML 2026</span> <span class=badge>Arch 2.0 @ ISCA 2026</span>": a row
                # of badges (a paper shown at two workshops) names its venue first
                badge = first
        elif r == "note":
            notes.append(clean_piece(texts[i]))
        elif r == "abstract" and abstract is None:
            abstract = norm(segs[i].text) if not FIELD_LABEL.match(segs[i].text) else texts[i]
            abstract_seg = i
    if venue_text is None and hinted_tail is not None and hinted_tail[0] == authors_seg:
        venue_text, venue_seg = hinted_tail[1], authors_seg
    if title_seg is not None and authors_text is None:
        split = title_run_then_names(segs[title_seg], label_anchors, ctx)
        if split:
            title, authors_text = split
            authors_seg = title_seg
        elif (head := inverted_head(title)) is not None and len(head[1].split()) >= 3 \
                and owner_among(uninvert_authors(head[0]) or "", ctx):
            # "<h3>Rios, J. A., & Lind, K. Is scoring robust to guessing?</h3>" over "Venue · 2024": the heading
            # that titles a work's card writes its authors (family name first, the owner among them) before it
            title, authors_text = clean_title(head[1]), head[0]
            authors_seg = title_seg
    one_liner, named = False, name_line is not None
    if name_line is not None:
        venue_text, venue_seg = name_line[2], 1
    thesis_lead = None
    # (the entry's first line, or the one right under a venue badge over it: AcadHomepage's paper box)
    first_line = free[0] if free and (free[0] == 0 or free[0] == 1 and roles.get(0) == "badge") else None
    if title is None and len(segs) >= 2 and first_line is not None:
        # "**Title** — J. Doe" / "**Title** — with A (LBS) and B" over a venue line: the opening run is the title
        split = title_run(segs[first_line], label_anchors)
        rest = split[1].lstrip(" —–-,;:") if split else ""
        if split and not YEAR.search(rest):
            if WITH_VENUE.match(rest):
                title, title_seg = split[0], first_line
                notes.append(rest)
                free.remove(first_line)
            elif authors_text is None and author_score(rest, ctx.owner_names) >= 1 and not (
                    author_score(texts[first_line], ctx.owner_names) >= 1 and any(
                        author_score(texts[i], ctx.owner_names) < 1 and venue_score(texts[i]) < 2
                        and len(texts[i].split()) >= 3 for i in free[1:])):
                # (not "<a>Ann Lee</a>, Bo Roe, <b>Owner</b><br>Title<br>Venue": a linked or bold first author
                # opens an author line, and the title is a line of its own)
                title, title_seg, authors_text, authors_seg = split[0], first_line, rest, first_line
                free.remove(first_line)
        elif split and authors_text is None and venue_text is None and len(rest.split()) <= 12 \
                and author_score(rest, ctx.owner_names) < 0.3 and any(
                    WITH_VENUE.match(texts[i]) or author_score(texts[i], ctx.owner_names) >= 1
                    for i in free if i != first_line):
            # "**Title**, Bernoulli, 2023,<br>with A. Lee and B. Roe.": the bold run is the title, the venue and
            # year after it on its line, the coauthors (or authors) on a line of their own
            title, title_seg, venue_text, venue_seg = split[0], first_line, rest, first_line
            free.remove(first_line)
    quoted_title = False
    if title is None:
        # '"The Title," 2026 (with A. Author) [SSRN]' over a line '*R&R at Journal*': a title in quotes opens its
        # segment (the quotes say it is the title, whatever the other lines look like)
        # (not a quoted name that a citation follows under a bold line of its own that is no names: "**Title.**<br>A,
        # B.<br>“Book”, ed. X, p. 1-9": that line is the title, the quotes name the book holding the chapter)
        # (a bracketed link alone on a line below the bold title, "[A Python package for X]", is a link the work has)
        # (that bold line, len(segs) when there is none, is looked for once a line opens with a quoted title: most
        # entries have none)
        quoted = bold = None
        for qi in free:
            if not (mq := QUOTED_LEAD.match(texts[qi])):
                continue
            if bold is None:
                bold = next((i for i in free if majority(segs[i], "bold") and len(texts[i].split()) >= 3
                             and author_score(texts[i], ctx.owner_names) < 1), len(segs))
            if (qi <= bold or not mq.group("rest").strip(" .,;") and mq.group("t")) \
                    and len((mq.group("t") or mq.group("b")).split()) >= 3:
                quoted = qi
                break
        linked = next((i for i in free if quoted is None and (mq := _QUOTED_LINK.match(texts[i]))
                       and _quoted_link_then_italic(segs[i], mq.group("t"))), None)
        styled_q = next((i for i in free if quoted is None and linked is None and _styled_quote(segs[i])), None)
        if styled_q is not None:
            quoted = styled_q  # '*"Title"* my PhD thesis': the quotes and the italics end the title together
        if quoted is not None or linked is not None:
            # ('"<a>Sharecropping</a>" <i>The New Palgrave Dictionary</i>. ...': a linked title in quotes, however
            # short, with the italic venue right after it)
            quoted, rx = (quoted, QUOTED_LEAD if styled_q is None else _STYLED_QUOTED) if quoted is not None \
                else (linked, _QUOTED_LINK)
            quoted_title = True
            mq = rx.match(texts[quoted])
            title, title_seg = mq.group("t") or mq.group("b"), quoted
            free.remove(quoted)
            rest = mq.group("rest")
            for w in _WITH_ASIDE.findall(rest):
                notes.append(w)  # untranslated: with_coauthors reads its language (english_names, other_with)
            lead = sentences(rest.lstrip(" ,;"))
            cut = _with_then_italic(segs[quoted], lead[0], ctx, linked=True) if lead and re.match(
                WITH_LEAD + r"\s", lead[0], re.I) else None
            if cut:
                # '"Title", with A and B, <i>Venue</i>, 2025': the coauthors end where the italic venue begins
                notes.extend(x for x in cut[:2] if x)
                venue_text, venue_seg = cut[2], quoted
                rest = " ".join(lead[1:])
            elif lead and re.match(WITH_LEAD + r"\s", lead[0], re.I):
                # '"Title", with A. Lee, B. Ong, and C. Wu. 2026. *Venue* 5.': the coauthors, then the venue
                # ('"Title." With A and B, in “Book”, C (eds.), Publisher, 2007.': the book the names' clause opens)
                inside = _WITH_THEN_IN.match(lead[0])
                notes.append((inside.group("w") if inside else lead[0]).rstrip(" ."))
                rest = " ".join(([inside.group("in")] if inside else []) + lead[1:])
            rest = _WITH_ASIDE.sub(" ", rest)
            closing = _WITH_CLOSING.search(rest)
            if closing:
                # '"Title?" Series, Policy Paper, with A. Lee, B. Roe': the coauthors closing the line, after the
                # venue (as in brackets above)
                notes.append(closing.group("w").rstrip(" ."))
                rest = rest[:closing.start()]
            for a in segs[quoted].anchors():
                rest = rest.replace(f"[{label_of(a)}]", " ")  # "[SSRN]": a link's label in brackets
            rest = clean_piece(rest)
            split = split_authors_venue(segs[quoted], rest, ctx) if rest else None
            if split is None and (alone := _FAMILY_ET_AL.match(rest)) is not None:
                # '“Title”, Okafor et al, 2105.05678 (2021)': right after a quoted title (its end marked: no words of
                # a sentence run into the name, as a caption's do, "Figure from Roe et al., Review") a family name
                # alone with "et al." is the byline cut short
                split = alone.group("n"), clean_piece(rest[alone.end():])
            chunks = [c.strip() for c in rest.split(",")]
            for k in range(1, min(3, len(chunks))) if split is None else ():
                head, names = ", ".join(chunks[:k]), ", ".join(chunks[k:])
                if venue_score(head) >= 2 and author_score(names, ctx.owner_names) >= 1:
                    split = (names, head)  # "CVPR2022 (Oral), A. Author, B. Author": the venue, then the names
                    break
            if split and authors_text is None:
                authors_text, authors_seg = split[0], quoted  # '"Title," A. Author and B. Author, Venue 2020'
                rest = split[1]
            italic = next((p for r in segs[quoted].runs if r.italic and r.anchor is None
                           and TWO_LETTERS.search(p := norm(r.text).strip(" ,.;:"))), None)
            status = STATUS_LEAD.match(rest) if rest else None  # ("Revise and resubmit, <i>Venue</i>")
            if rest and venue_text is None and (venue_score(rest) >= 2 or italic and (
                    rest[status.end():] if status else rest).startswith(italic)
                                                and not STATUS_NOTE.fullmatch(italic)
                                                and author_score(italic, ctx.owner_names) < 0.6):
                # ('"Title." <i>Political Psychology</i> 45(4): 673-691': the italic run right after the quoted
                # title is its venue, a venue word in it or not)
                venue_text, venue_seg = rest, quoted
            elif closing and rest.strip(" ,;.") and venue_text is None and authors_text is None:
                # (what stands between the quoted title and the closing coauthors is where the work appeared,
                # whatever it scores: "SCIFI-GLOW: Science, Innovation, Firms ..., CEPR Policy Paper")
                venue_text, venue_seg = rest.strip(" ,;."), quoted
    # a bold line below the citation ("<br>**CORE A**", "<br>**Best paper award**") styled like a title
    styled = title_seg if title is not None and title_seg and authors_text is None and venue_text is None \
        and len(texts[title_seg].split()) <= 6 else None
    if (title is None and len(free) >= 2) or (styled is not None and free and free[0] < styled):
        # 'K.Lin, A.Moss and R.Tran, "Title" in IEEE Trans. X<br>(IF 2022 = 9.1)': the names, then the title in
        # quotes, open one line; the venue closes it or is the next line (the quotes say which is the title)
        kept = title, title_seg
        for i in free:
            mq = _NAMES_QUOTED.match(texts[i]) if "\"" in texts[i] or "“" in texts[i] else None  # (quotes needed)
            if mq and author_score(mq.group("a"), ctx.owner_names) >= 1:
                title, title_seg, authors_text, authors_seg = norm(mq.group("t")), i, mq.group("a"), i
                free.remove(i)
                rest = clean_piece(mq.group("rest"))
                if rest and venue_score(rest) >= 1:
                    venue_text, venue_seg = rest, i
                break
            by = title_by_names(segs[i], texts[i], ctx)
            if by and by[2]:  # "[Title](url) by A, B. *Venue*, 2024<br>**Code:** [...]": the same, "by" before the names
                (title, authors_text, venue_text), title_seg = by, i
                authors_seg = venue_seg = i
                free.remove(i)
                break
        if styled is not None and title_seg != styled:
            notes.append(clean_piece(kept[0]))  # the styled line is a note on the paper
        elif styled is not None:
            title, title_seg = kept
    if title is None and authors_text is None and len(free) >= 2:
        # "A. Lee, B. Roe. <i>Title</i>.<br>In <i>Journal</i> 5(3), 1-20. 2022.": the names' sentence and the title
        # share the first line, the venue is the next one (a hand-written list's two-line entry)
        for i in free[:1]:  # (the entry's first line: a names' line under a title line of its own is the other order)
            head = names_then_title(segs[i], texts[i], ctx)
            if head and any(venue_score(texts[k]) >= 1 or YEAR.search(texts[k]) for k in free if k > i):
                authors_text, title = head
                authors_seg = title_seg = i
                free.remove(i)
                scores = {k: (author_score(texts[k], ctx.owner_names), venue_score(texts[k])) for k in free}
                venue_seg = _venue_among(free, texts, segs, scores)
                if venue_seg is None:
                    venue_seg = next((k for k in free if k > i and scores[k][0] < 1), None)
                    if venue_seg is not None:
                        free.remove(venue_seg)
                venue_text = texts[venue_seg] if venue_seg is not None else None
                break
    if title is None:
        cand = [i for i in free]
        whole = _whole_citation(cand, segs, texts, label_anchors, ctx) if len(cand) >= 2 else None
        if whole is not None:
            # "- [Title](url). A, **Owner**, B. **Venue**.(2022)<br>- A sentence on what it does.<br>- Another.": the
            # first line is the whole citation, the lines under it describe the work (no title, names nor venue)
            described = [i for i in cand if i != whole]
            abstract = abstract or " ".join(texts[i] for i in described)
            for i in described:
                free.remove(i)
                roles[i] = "abstract"
            cand = [whole]
        if len(cand) == 1 and (authors_text is None or venue_text is None):
            one_liner = True
        elif len(cand) >= 2 or (cand and authors_text is not None and venue_text is not None):
            scores = {i: (author_score(texts[i], ctx.owner_names), venue_score(texts[i])) for i in cand}
            pick = None
            for i in cand:
                a, v = scores[i]
                if a < 1 and v < 2 and len(texts[i]) >= 3 and not note_words_only(texts[i]) \
                        and not WITH_VENUE.match(texts[i]) and not _BRACKETED_TAG.fullmatch(texts[i]):
                    # ("with A. Lee": the coauthors' line, no title; "(SCI Q2)", "(中文核心)": a line that is only a
                    # short tag in brackets ranks or indexes the work, it names none)
                    pick = i
                    break
            linked = [i for i in cand if all(r.anchor is not None for r in segs[i].runs if r.text.strip())]
            if pick is None or scores[cand[0]][0] >= 1 and cand[0] in linked and pick != cand[0]:
                # "**Trade and Growth.**<br>Lee, A., Roe, B. (2021). *Venue*" or "...<br>*Manuscript in preparation.*",
                # "<a>Heat and Farm Sales</a><br>Ann Lee, Owner<br>**Review of X**": a short title in title case
                # reads as two names too; beside a line that surely is the names (written family name first,
                # opening an APA citation, or naming the owner) it is the title (the linked line opening the entry
                # first), and a status line is a note
                sure = [i for i in cand if uninvert_authors(texts[i]) is not None or inverted_head(texts[i])
                        or apa_citation(texts[i]) or scores[i][0] >= 1 and owner_among(texts[i], ctx)
                        or WITH_VENUE.match(texts[i])]
                pick = next((i for i in cand if sure and i not in sure
                             and scores[i][1] < 2 and not note_words_only(texts[i]) and len(texts[i].split()) >= 2),
                            pick)
            lead = None
            if pick is not None and not majority(segs[pick], "bold") and pick not in linked:
                # "PLOS ONE<br><b>Title</b><br>authors": a plain venue line over the bold title (no year in it
                # to tell it apart): the bold line is the title, the plain one above it the venue (not
                # "<a>Title</a><br>authors<br>**Venue**": a line that is one link is the title, the bold one the venue)
                # (not a bold note under the venue, "<b>Best Paper Award Honourable Mention.</b>": no title)
                # (not "Title<br>A. Lee, B. Roe<br>**Remote Sensing of Environment**": a bold name in title case
                # under the names is where the work appeared, the plain line over them its title; but
                # "PLOS ONE<br>A. Lee<br>**Counting Owls in Pine Woods**": a short name over the names is the venue)
                bold = next((i for i in cand if i > pick and majority(segs[i], "bold") and scores[i][0] < 1
                             and scores[i][1] < 2 and len(texts[i].split()) >= 3 and not note_words_only(texts[i])
                             and not (any(scores[k][0] >= 1 for k in cand if pick < k < i)
                                      and _venue_under_title(texts[pick], texts[i]))),
                            None)
                if bold is not None and scores[pick][0] < 0.6:
                    lead, pick = pick, bold
            if pick is None:
                pick = next((i for i in cand if scores[i][0] < 1), None)
            linked = next((i for i in cand if i > 0 and _link_then_italic(segs[i], label_anchors)), None) \
                if venue_text is None and lead is None else None
            if linked is not None and pick != linked and scores[linked][0] < 1:
                pick = linked  # "Wu, C.*, Xu, G. (2020)<br><a>Title</a>. <i>Venue</i>": the linked line is the title's
            if pick is not None:
                title, title_seg = texts[pick], pick
                free.remove(pick)
                split = _link_then_italic(segs[pick], label_anchors) if venue_text is None else None
                if split is None and venue_text is None and (split := _text_then_venue_link(segs[pick], label_anchors)):
                    venue_linked = True  # "Title [Journal of X](url)": the venue's link is the paper's
                if split:
                    # "authors (2021)<br><a>Title</a>. <i>Annals of Statistics</i>, 49(1)": the linked title, then
                    # the italic venue on the same line (or a plain title, then the venue's link)
                    title, venue_text, venue_seg = split[0], split[1], pick
                    before = pick - 1
                    if authors_text is None and before in free and scores[before][0] < 1:
                        # "He, Y., Xu, G., and Pan, W. (2021)" above it: the authors, and the year
                        names = split_authors_venue(segs[before], texts[before], ctx)
                        if names and (not names[1] or YEAR.fullmatch(names[1].strip(" ().,"))):
                            authors_text, authors_seg = names[0], before
                            venue_text = f"{venue_text} ({names[1].strip(' ().,')})" if names[1] else venue_text
                            free.remove(before)
                elif venue_text is None and (run := title_run(segs[pick], label_anchors)) is not None \
                        and author_score(run[1], ctx.owner_names) < 1 and any(scores[i][0] >= 1 for i in free) \
                        and not _labels_only(run[1], segs[pick], label_anchors):
                    # "Lind, K., & Okoro, B.<br>**Title**. Arid Zones. *Accepted*": the styled run that opens the
                    # title's line is the title, what follows it the venue (the names are a line of their own;
                    # "<a>Title</a> [<a>Slides</a>]": a link's label after it is none)
                    title, venue_text, venue_seg = run[0], run[1], pick
            if lead is not None and venue_text is None:
                venue_text, venue_seg = texts[lead], lead
                free.remove(lead)
            if authors_text is None:
                authors_seg = _authors_among(free, texts, scores, segs, ctx)
                authors_text = texts[authors_seg] if authors_seg is not None else None
            if venue_text is None:
                venue_seg = _venue_among(free, texts, segs, scores)
                venue_text = texts[venue_seg] if venue_seg is not None else None
        elif cand and title is None:
            one_liner = True
    elif roles.get(title_seg) == "title" and free and authors_text is None and venue_text is None \
            and title_seg is not None and title_seg not in free:
        # a title its markup names (a paper titled by its heading) over an author line and a venue line: which is
        # which, as for a title found among the lines
        scores = {i: (author_score(texts[i], ctx.owner_names), venue_score(texts[i])) for i in free}
        authors_seg = _authors_among(free, texts, scores, segs, ctx)
        authors_text = texts[authors_seg] if authors_seg is not None else None
        venue_seg = _venue_among(free, texts, segs, scores)
        venue_text = texts[venue_seg] if venue_seg is not None else None
    if one_liner:
        i = free[0]
        seg = segs[i]
        last = max((k for k, r in enumerate(seg.runs) if r.anchor in label_anchors), default=None)
        if last is not None and abstract is None and seg.raw[:seg.spans[last][0]].strip(" \t\n[(|·•-–—"):
            # (not a label that opens the entry, "<a href=p3.pdf>3</a> Pell, A. ...", "[PDF](x.pdf) Pell, A. ...":
            # the whole citation follows it, no summary)
            # "... [pdf] / [bibtex]A one-line summary.": the text after the entry's last link label describes it
            tail = norm(seg.raw[seg.spans[last][1]:])
            if len(tail.split()) >= 4 and texts[i].endswith(tail) and author_score(tail, ctx.owner_names) < 1 \
                    and not tail.startswith(("(", "[")) and not NOTE_WORDS.search(tail) \
                    and not (tail[:1].islower() and venue_score(tail) >= 2) and not _STATUS_AFTER_LINK.match(tail):
                # (not "appeared <a>here</a> in Annals of X, 2017.": a link's label inside the sentence, whose
                # venue and year go on after it)
                abstract = tail
                texts[i] = texts[i][: -len(tail)].rstrip(" /|·,;")
        lead = thesis_lead = _THESIS_TITLED.fullmatch(texts[i])
        # "Ph.D Dissertation. Lightning in Disks. [pdf]": the kind of thesis opens the line, its title follows (the
        # kind is where the work appeared, no author's name)
        venue_named = None if lead else _venue_named_work(segs[i], label_anchors)
        if venue_named is not None:
            parts, named = venue_named[0], True
            if abstract is None and venue_named[1]:
                abstract = venue_named[1]
        elif lead:
            parts = (clean_title(lead.group("q") or lead.group("t")), None, lead.group("deg"))
        else:
            parts = split_one_liner(segs[i], texts[i], label_anchors, ctx)
            # (only among siblings that are the owner's works with no names, ctx.bare_titles: under "Theses" a line
            # "Ann Lee, Title, PhD thesis, School, 2019" or "Examiner of Dr. X, PhD thesis, ..." is someone else's)
            after = _THESIS_AFTER_TITLE.fullmatch(texts[i]) if ctx.bare_titles and (parts is None or parts[1] is None) \
                else None
            if after and (parts is None or re.search(_THESIS_KIND, parts[0], re.I)) \
                    and author_score(after.group("t"), ctx.owner_names) < 1 and not any(
                        re.search(rf"\b{re.escape(o.split()[-1])}\b", after.group("t"))
                        for o in ctx.owner_names if o.strip()):
                # "Three Essays on Tides, Ph.D. Thesis, Lake University, 2005." in a list of the owner's works, the
                # owner's own (no names, not even the owner's, no quotes setting the title apart as they set its
                # siblings'): the thesis's kind, where a venue stands, ends the title, as the kind before a title does
                # (_THESIS_TITLED); the rest is the venue
                thesis_lead = after
                parts = (clean_title(after.group("t")), None, after.group("v"))
        if parts is None and (parts := _named_work(segs[i], texts[i], label_anchors)) is not None:
            named = True
        slot = next((a for a in seg.anchors() if a in slot_links), None)
        if slot is not None:
            # "Title of the paper, [arXiv](https://doi.org/...).": the link in the venue's place names the venue,
            # however little its name scores as one; what stands before it is the title
            after = seg.raw[[sp for r, sp in zip(seg.runs, seg.spans) if r.anchor is slot][-1][1]:]
            parts = slot_links[slot], None, clean_piece(f"{label_of(slot)} {after}")
        if parts is None:
            return None
        t1, a1, v1 = parts
        title, title_seg = t1, i
        if authors_text is None and a1 and not lead_with:
            authors_text, authors_seg = a1, i
        elif a1 and lead_with and venue_text is None and any(
                r.italic and r.anchor is None and norm(r.text).strip(" ,.;") == a1 for r in seg.runs):
            # "<a>Title</a>, <em>Economic Development and Cultural Change</em>, Vol. 68, 2019. (With A. Lee.)": the
            # coauthors are named in the bracket, so the italic run after the title that reads like two names is the
            # journal, the volume after it (not dropped)
            v1 = f"{a1}, {v1}" if v1 else a1
        if venue_text is None and v1:
            venue_text, venue_seg = v1, i
            short = _BADGE_YEAR.fullmatch(v1) if badge is None and len(v1) <= 20 else None
            if short and short.group("yy"):
                badge, venue_text = v1, None  # "Title @ CVPR'23": a venue badge with its year written short
        free.remove(i)
    # a line under the title that opens with the venue's link, the names after it ("[Journal of X](url). A, B."):
    # whichever the line was taken for, the link is the venue and the names the authors (not a names' line above the
    # title whose first author's name is a link to that person's page: "<a>A. Lee</a>, B. Roe<br><i>Title</i>")
    for k in dict.fromkeys(x for x in (authors_seg, venue_seg) if x is not None and x != title_seg):
        if title_seg is not None and k > title_seg and (k == authors_seg and venue_text is None or k == venue_seg and authors_text is None) \
                and (split := _venue_link_then_names(segs[k], texts[k], label_anchors, ctx)) is not None:
            authors_text, venue_text = split
            authors_seg = venue_seg = k
            break
    # a venue seg that also carries the authors ("A, B. CVPR 2020")
    if authors_text is None and venue_text and venue_seg is not None and not lead_with and not thesis_lead \
            and not any(WITH_VENUE.match(n) for n in notes):  # (not after "with A and B": the coauthors named)
        split = split_authors_venue(segs[venue_seg], venue_text, ctx, own_line=venue_seg != title_seg)
        if split:
            authors_text, venue_text = split
            authors_seg = venue_seg
    if authors_text and venue_text is None and authors_seg is not None and authors_seg != title_seg and any(
            r.italic and r.anchor is None and len(norm(r.text)) >= 3 and author_score(norm(r.text), ctx.owner_names) < 0.6
            and not re.match(r"(?i)\W*et\.?\s*al\b", norm(r.text))  # ("A, B, *et al.*": the list cut short)
            for r in segs[authors_seg].runs):
        # "A, B, C. <i>Journal of X and Y</i>." with no year: the author line carries the venue in italics (its
        # "and" read the journal's words as names); the names end where the italics begin
        split = split_authors_venue(segs[authors_seg], authors_text, ctx, own_line=True)
        if split and split[1]:
            authors_text, venue_text = split
            venue_seg = authors_seg
    thesis_labelled = thesis_lead is not None  # the kind of work read from a thesis label ("PhD Thesis"), not guessed
    thesis = _THESIS_LABEL.fullmatch(authors_text) if authors_text and len(authors_text) <= 40 else None
    if thesis and not thesis.group("note") and venue_text:
        # "(2009) Title. <i>PhD Thesis</i>. University of Leeds": the kind of work stands where the names would, the
        # owner's own (the label names the degree, as over a thesis's title: "PhD Thesis, University of Leeds")
        venue_text = f"{thesis.group('deg')}, {venue_text}"
        authors_text = authors_seg = None
        thesis_labelled = True
    year_only = YEAR.fullmatch(venue_text.strip(" .()")) if venue_text and venue_seg == authors_seg else None
    if year_only and title_seg is not None:
        # "Ann Lee and Bo Chen. 2015.<br>Title.<br>*Journal* 53(1), 1-38.": the year closes the author line, the
        # venue is a line of its own below the title
        rest = [i for i in free if i > title_seg and i != venue_seg]
        pick = _venue_among(rest, texts, segs,
                            {i: (author_score(texts[i], ctx.owner_names), venue_score(texts[i])) for i in rest})
        if pick is not None:
            lead_year.append(int(year_only.group(0)))
            free.remove(pick)
            venue_text, venue_seg = texts[pick], pick
    tail = _status_close(authors_text) if authors_text else None
    # ("Bo Chen, Ann Lee. Submitted to <i>Journal</i>": the status and the word that leads to the venue after it)
    said = re.sub(r"(?i)\s+(?:to|at|in|for)$", "", tail.group("s")) if tail else ""
    if tail and STATUS_NOTE.fullmatch(said) and author_score(authors_text[:tail.start()], ctx.owner_names) >= 0.6:
        # "Bo Chen and Ann Lee. Forthcoming.": the paper's status closes the author line in the year's place
        notes.append(clean_piece(said))
        authors_text = authors_text[:tail.start()]
    if title is None or not title.strip():
        return None
    if title_seg is not None and (venue_text is None or (
            venue_seg is not None and venue_seg > title_seg and all(r.anchor is not None for r in segs[venue_seg].runs
                                                                    if r.text.strip()))):
        # "Title, ECCV 2020 (Oral)<br>authors<br>links": the venue and year close the title's line (a line of
        # links below is no venue)
        m = _TITLE_VENUE_TAIL.match(title)
        if m and venue_score(m.group("v")) >= 2 and author_score(m.group("v"), ctx.owner_names) < 1:
            if venue_seg is not None and venue_seg != title_seg:
                free.append(venue_seg)
            title, venue_text, venue_seg = m.group("t"), m.group("v"), title_seg
    if venue_seg is not None and venue_seg not in (title_seg, authors_seg) and venue_text \
            and _FIGURES_DATE.fullmatch(venue_text.strip(" .,;()")):
        venue_text, venue_seg = None, None  # "| 1/10/2018 | Title | ... |": a date in figures is no venue's name
    own_cited = None
    for i in sorted(k for k, r in roles.items() if r == "citation" and title and YEAR.search(texts[k])):
        # "Title" / "Published in *Venue*, 2019" / "Recommended citation: A. Roe, B. Lee (2019). "Title." *Venue*."
        # (academicpages' list of papers): the entry's own citation, read by the one-line citation reader, when the
        # title it reads there is the entry's; its names the entry's authors where it gives none elsewhere (a
        # citation of another title, as a list run together into one entry has, is left unread)
        parts = split_one_liner(segs[i], texts[i], label_anchors, ctx)
        if parts is not None and fold(clean_title(parts[0])).strip(" .") == fold(title).strip(" ."):
            own_cited = i
            if authors_text is None and parts[1] and author_score(parts[1], ctx.owner_names) >= 0.3:
                authors_text, authors_seg = parts[1], i
            if venue_text is None and parts[2]:
                # (nor the venue: 'Suggested citation: Roe, A. (2019). "Title." NBER Working Paper 123.' under a
                # working paper's title is where it appeared, not a line to drop)
                venue_text, venue_seg = parts[2], i
            break
    # remaining segments: notes, abstract, leftovers
    used_segs = {x for x in (title_seg, authors_seg, venue_seg, own_cited) if x is not None}
    used_segs |= {i for i, r in roles.items()
                  if r in ("links", "bibtex", "badge", "note", "abstract", "twin", "keywords", "online")}
    went_on = False  # the venue went on to a second line
    event_date = None  # the month of the meeting a line of its own gives ("8-11 June, 2025 | Lisbon")
    for i in list(free):
        t = texts[i]
        status = VENUE_STATUS.fullmatch(t)
        label = _THESIS_LABEL.fullmatch(venue_text) if venue_text and not went_on else None
        event = _EVENT_DATE.fullmatch(t) if title_seg is not None and i != title_seg else None
        if event and (event.group("place") is None or len(event.group("place").split()) <= 10):
            # "8-11 June, 2025 | Lisbon, Portugal" on a line of its own under the title: the days and place of the
            # meeting the work was given at; its month dates the work (the place has no field)
            event_date = event_date or parse_date(f"{_month_of(event)} {event.group('y')}")
            used_segs.add(i)
        elif ADVISOR_LABEL.match(t) and advisors_in(t) and len(t.split()) <= 20:
            # "Advisors: Ana Ruiz, Tomas Berg" under a thesis: a note on it (the owner's advisors, read from it later)
            notes.append(clean_piece(t))
            used_segs.add(i)
        elif label and (place := _THESIS_PLACE.fullmatch(t)) and ORG_RX.search(place.group("inst")):
            # "• Master's Dissertation (in Spanish)." over the title, "Lake University, MX. 2020" closing the entry:
            # the label names the degree, the line the place and the year ("Master's Dissertation, Lake University")
            venue_text, venue_seg, went_on = f"{label.group('deg')}, {place.group('inst')}, {place.group('year')}", i, True
            thesis_labelled = True
            if label.group("note"):
                notes.append(label.group("note"))
            used_segs.add(i)
        elif venue_text is None and status and not NOTE_WORDS.search(status.group("v")) \
                and author_score(status.group("v"), ctx.owner_names) < 1:
            # "Geology (in press)": a venue named with the paper's status after it
            venue_text, venue_seg = status.group("v"), i
            notes.append(status.group("n"))
            used_segs.add(i)
        elif note_words_only(t) or (authors_text is None and WITH_VENUE.match(t) and len(t) <= 300):
            # "(with Ana Ruiz and Tomas Berg)" on a line of its own: a note until the owner is known
            # (with_coauthors then reads the coauthors from it)
            cut = _with_then_italic(segs[i], t, ctx) if venue_text is None and not note_words_only(t) else None
            if cut:
                # "with A and B, under review at <i>Venue</i>": the coauthors, the paper's status, then its venue
                t, status, venue_text, venue_seg = cut[0], cut[1], cut[2], i
                if status:
                    notes.append(status)
            notes.append(clean_piece(t))
            used_segs.add(i)
        elif _BRACKETED_TAG.fullmatch(t) and EXTRA_NOTES.search(t):
            # "(SCI, Q2)" on a line of its own under the venue: the index that lists the journal and its quartile
            notes.append(t.strip(" .,;()[]（）【】"))
            used_segs.add(i)
        elif _PRIZE_LINE.match(t):
            # "Winner, Applied Tides Society Best Student Paper Prize 2022" under the paper: its prize, a note (the
            # society's name in it is no venue)
            notes.append(clean_piece(t))
            used_segs.add(i)
        elif venue_text is None and venue_score(t) >= 2 and author_score(t, ctx.owner_names) < 1:
            venue_text, venue_seg = t, i
            used_segs.add(i)
        elif venue_seg is not None and i == venue_seg + 1 and venue_seg != title_seg and not went_on \
                and not re.match(r"\s*(?:issn|isbn|doi)\b", t, re.I) and author_score(t, ctx.owner_names) < 1 \
                and len(t.split()) <= 25 and _CITATION_TAIL.search(t):
            # "In Proc. of QPL 2011, Nijmegen<br>Electronic Proceedings in TCS 95 (2012), pp. 81-90": the venue
            # goes on to the next line, which holds its volume, year and pages
            venue_text, venue_seg, went_on = f"{venue_text}, {t}", i, True
            used_segs.add(i)
        elif authors_text is None and author_score(t, ctx.owner_names) >= 1:
            authors_text, authors_seg = t, i
            used_segs.add(i)
        elif authors_text is None and (alone := _OWNER_ALONE.fullmatch(t)) and name_like(alone.group(1)) \
                and ctx.owner_names and mark_owner([Author(name=alone.group(1))], ctx.owner_names[0],
                                                   ctx.owner_names[1:]) is not None:
            # "(S.J. Vickers)" on a line of its own under the title: the author line of the owner's own paper, the
            # name as this entry writes it
            authors_text, authors_seg = alone.group(1), i
            used_segs.add(i)
        elif venue_text is None and authors_text is not None and _NAMED_VENUE.fullmatch(t) and len(t.split()) <= 16 \
                and "," not in t and authors_seg is not None and i > authors_seg:
            # "Passive and Active Measurements (PAM)" on its own line under the title and authors: a venue
            # spelled out with its acronym, though it names no year and no venue word kg knows
            venue_text, venue_seg = t, i
            used_segs.add(i)
        elif abstract is None and _REMARK.fullmatch(t) and len(t.split()) <= 40 \
                and not name_like(t.strip("(). ")) and any(j > i and len(texts[j].split()) >= 10 for j in free):
            # "(This paper revises part of an earlier report.)" over the abstract: a remark on the paper in
            # brackets, a note; the description is the paragraph below
            notes.append(clean_piece(t))
            used_segs.add(i)
        elif abstract is None and (len(t.split()) >= 10 or (
                len(t.split()) >= 4 and t.endswith((".", "!", "?")) and PLAIN_SENTENCE.match(t)
                and all(x is not None and x < i for x in (title_seg, authors_seg, venue_seg)))):
            # a description under the entry (a one-line TL;DR after the links, as table-layout pages have)
            abstract, abstract_seg = t, i
            used_segs.add(i)
        elif abstract_seg is not None and i > abstract_seg and all(k in used_segs for k in range(abstract_seg, i)) \
                and (len(t.split()) >= 10 or len(t.split()) >= 4 and t.endswith((".", "!", "?", ":"))
                     and PLAIN_SENTENCE.match(t) or i == abstract_seg + 1 and _GOES_ON.search(abstract)
                     and not segs[i].anchors()) and author_score(t, ctx.owner_names) < 0.3:
            # the abstract's next paragraph ("...<br>A second part of the work treats ..."), after it or after the
            # paper's keywords, or the next line of a sentence it leaves open ("...are equivalent:<ul><li>..."):
            # more of its description
            abstract, abstract_seg = f"{abstract} {t}", i
            used_segs.add(i)
    if abstract is not None and abstract_seg is not None and roles.get(abstract_seg) != "abstract":
        prose = next((j for j in free if j > abstract_seg and j not in used_segs and _described_below(texts[j], abstract)
                      and author_score(texts[j], ctx.owner_names) < 0.3), None)
        if prose is not None:
            # "(special issue for ...)" or "The preprint version is closer to ..." over a paragraph of prose below:
            # the first was a remark on the paper, a note; the paragraph is its description
            notes.append(clean_piece(abstract))
            abstract, abstract_seg = texts[prose], prose
            used_segs.add(prose)
    signed = _COLLABORATION.search(venue_text) if authors_text is None and venue_text else None
    if signed and not YEAR.sub("", venue_text[: signed.start()] + venue_text[signed.end():]).strip(" .,;()"):
        # "(2023) *LHCb Collaboration*" in the venue's place: the collaboration that signs the paper, no venue
        authors_text, authors_seg = signed.group(0), venue_seg
        venue_text = (venue_text[: signed.start()] + venue_text[signed.end():]).strip(" .,;") or None
    translated = _TRANSLATED_LEAD.match(venue_text) if venue_text and venue_text[:1] == "[" else None
    if translated and not STATUS_NOTE.fullmatch(translated.group("tr")):
        # '"Estética Queer" [Queer Aesthetics]. *Fórum 2020*, edited by A. Roe, Publisher': the title's translation,
        # in square brackets after it (as APA and MLA write it), is a note; the venue follows it
        notes.append(translated.group("tr"))
        venue_text = venue_text[translated.end():]
    title = clean_title(title)
    lead = _LEAD_REMARK.match(title) if title[:1] == "(" else None
    if lead:
        # "(No published proceedings) Title", "(Invited) Title": a remark in brackets before the title is a note
        notes.append(lead.group("r").strip())
        title = title[lead.end():]
    titled = _THESIS_TITLED.fullmatch(title)
    if titled:
        # 'Master thesis: "Title,"' over "Kyoto University, 2013": the kind of work labels the quoted title; the
        # degree opens the venue ("Master thesis, Kyoto University")
        title = clean_title(titled.group("q") or titled.group("t"))
        venue_text = f"{titled.group('deg')}, {venue_text}" if venue_text else titled.group("deg")
        thesis_labelled = True
    lead_in = _STATUS_BEFORE_VENUE.fullmatch(title) if title and venue_text and title[-1:].isalpha() else None
    if lead_in and len(lead_in.group("t").split()) >= 2:
        title = lead_in.group("t").rstrip(".")  # "Title. In press at" over the venue: the status a note
        notes.append(lead_in.group("n"))
    status = _STATUS_TAIL.fullmatch(title) if title and "," in title else None  # (a comma needed)
    if status and note_words_only(status.group("n")) and len(status.group("t").split()) >= 2:
        title = status.group("t")  # "Title, under preparation.": the paper's status closes its title
        notes.append(clean_piece(status.group("n")))
    closing = _closing_note_run(segs[title_seg], title) if title and title_seg is not None else None
    if closing and len(closing[0].split()) >= 2:
        title = closing[0]  # "### Title *Editor's Pick*", "Title **[Best Paper Award]**": a styled closing note
        notes.append(closing[1])
    noted = _NOTE_BRACKET_TAIL.fullmatch(title) if title and title.endswith("]") else None
    if noted and note_words_only(noted.group("n")) and len(noted.group("t").split()) >= 2:
        title = noted.group("t").rstrip(" ,")  # "Title [BEST PAPER AWARD]": the award the paper won, a note
        notes.append(noted.group("n").strip())
    remark = _NOTE_PAREN_TAIL.fullmatch(title) if title and title.endswith(")") else None
    if remark and len(remark.group("t").split()) >= 3 and (
            _AUTHOR_ROLE_NOTE.fullmatch(remark.group("n").strip()) or note_words_only(remark.group("n"))):
        # "<b>Title.</b> (joint lead author)", "Title. (Oral)": after the title's stop, the owner's role in the work
        # or a note on it, in brackets, is no word of the title
        title = remark.group("t").rstrip(" .")
        notes.append(remark.group("n").strip())
    if not title or len(title) < 3:
        return None
    if title_seg is not None and not title.isascii():
        title = as_written(title, norm(segs[title_seg].text))  # (its own "：" kept, read as ": " to split the entry)
    pub = Draft(title=title)
    pub.date = event_date  # (a month the venue gives wins)
    # venue
    vtext = venue_text or ""
    if vtext:
        # "..., Oct.2025, https://doi.org/10.17743/jaes.2022.0222": an address written out is a link, and the
        # digits in it ("2022.02") no date of the paper's
        bare = _drop_addresses(vtext)
        if bare != vtext:
            vtext = norm(bare).strip(" ,;")  # (an address alone names no venue)
        vtext = _LEAD_YEAR.sub(r"\2, \1", vtext)
        lead = _LEAD_WITH_PAREN.match(vtext) if vtext[:1] == "(" else None
        if lead and vtext[lead.end():].strip():
            # "Title (with A and B), Venue 2014": the coauthors in brackets after the title open the venue's piece
            notes.append(lead.group(1))
            vtext = vtext[lead.end():]
        lead = re.match(r"\(([^()]{2,40})\)\s*", vtext) if vtext[:1] == "(" else None
        if lead and note_words_only(lead.group(1)) and re.search(r"[^\W\d_]", vtext[lead.end():]):
            # "(invited article) e科技, 2007": a note on the paper in brackets before the venue it names
            notes.append(lead.group(1))
            vtext = vtext[lead.end():]
        pieces = [p for p in _PIECE_SPLIT.split(vtext)]
        keep = []
        # "In prep.", "To appear, 2024": only a paper's status, no venue named
        only_notes = all(note_words_only(q) or YEAR.fullmatch(q.strip(" .()")) or _UNDER_REVIEW.fullmatch(q)
                         for q in pieces)  # (a venue cell saying only "in review": the paper's status)
        for k, p in enumerate(pieces):
            if (note_words_only(p) or only_notes and _UNDER_REVIEW.fullmatch(p)) and (keep or only_notes or any(
                    not note_words_only(q) and not YEAR.search(q) for q in pieces[k + 1:])):
                notes.append(clean_piece(p))
            else:
                keep.append(p)
        vtext = ", ".join(keep)
        status = VENUE_STATUS.fullmatch(vtext.strip())
        if status and not NOTE_WORDS.search(status.group("v")):
            vtext = status.group("v")
            notes.append(status.group("n"))
        if "'" in vtext or "’" in vtext or "‘" in vtext:
            vtext = re.sub(r"\(\s*([A-Z][\w\-]*[A-Za-z])\s*['’‘]\d\d\s*\)", r"(\1)", vtext)
        vtext = drop_place(vtext)
        # ("(Findings)", "(SCI, Q2)"; "<i>Journal</i>, 2016. [SCI, JCR Q1]": in square brackets alike)
        for whole, paren, square in _VENUE_BRACKETED.findall(vtext) if "(" in vtext or "[" in vtext else ():
            if EXTRA_NOTES.search(paren or square) and len((paren or square).split()) <= 5:
                notes.append((paren or square).strip())
                vtext = norm(vtext.replace(whole, " "))
                vtext = vtext.strip(" ,;") if square else vtext
        styled: list[list] = []  # runs of one style, a superscript inside kept ("Oral, 1<sup>st</sup> Runner-up")
        for r in segs[venue_seg].runs if venue_seg is not None else []:
            key = (run_hint(r), bool(r.color), bool(r.bold))
            if styled and styled[-1][0] == key:
                styled[-1][1] += r.text
            else:
                styled.append([key, r.text])
        for (hint, color, bold), text in styled:
            t = norm(text).strip(" .,;:")
            if t and t in vtext and (hint == "note" or (
                    (color or bold) and note_words_only(t) and not majority(segs[venue_seg], "bold"))):
                notes.append(clean_piece(t))
                vtext = norm(vtext.replace(t, " ")).strip(" ,;:-–—|·")
        vtext = _SEASON_BEFORE_YEAR.sub("", vtext)
        month = _MONTH_YEAR.search(vtext)
        if month:
            date = parse_date(f"{month.group('m')} {month.group('y')}")
            vtext = vtext[: month.start()] + ", " + month.group("y") + vtext[month.end():]
            if date:
                pub.date = date
        v = parse_venue(vtext)
        for n in v.notes:
            notes.append(n)
        venue_name, venue_full = short_of(v.venue, v.venue_full)
        if v.volume is None or v.pages is None:
            vol, pages = volume_pages(vtext)
            v.volume = v.volume or vol
            v.pages = v.pages or pages
        tail = VENUE_VOLUME_TAIL.search(venue_name) if venue_name and ":" in venue_name else None
        if tail and len(venue_name[: tail.start()].split()) >= 1 and not YEAR.fullmatch(tail.group(1)):
            # "ISME Journal 17: 1021–1033", "Soil Biol. Biochem. 160: 108345": volume and pages, not the name
            v.volume = v.volume or tail.group(1)
            v.pages = v.pages or tail.group(2).replace("–", "-").replace("—", "-").replace(" ", "")
            if venue_full == venue_name:
                venue_full = None
            venue_name = venue_name[: tail.start()].rstrip(" ,;")
        elif venue_name and venue_name[-1:].isdigit() and (tail := _VENUE_VOLUME_END.fullmatch(venue_name)) \
                and not YEAR.fullmatch(tail.group("v")) and not _NUMBER_WORD.search(tail.group("n")) \
                and (pg := _page_after(venue_name, vtext)) and not YEAR.fullmatch(pg.group(1)):
            # "Applied Physics Letters 127, 203503 (2025)", "Phys. Rev. B 97, 125405(R) (2018)": the volume, then
            # the page or article number after a comma, as physics pages cite
            v.volume = v.volume or tail.group("v")
            if venue_full == venue_name:
                venue_full = None
            venue_name = tail.group("n")
        cited_id = arxiv_cited(venue_name) if venue_name else None
        beside = norm(without_arxiv_cited(venue_name)).strip(" ,.;:") if cited_id else None
        if beside and not _ARXIV_WORD.search(beside) and not STATUS_NOTE.fullmatch(beside) \
                and fold(beside) not in ("preprint", "corr", "e print", "eprint", "preprint server") \
                and venue_score(beside) > 0:
            # "SIAM Journal on Optimization. arXiv:1902.03373": the journal, with its preprint's identifier beside it
            pub.arxiv = pub.arxiv or cited_id
            if venue_full == venue_name:
                venue_full = None
            venue_name = beside
            v.venue_type = venue_type(beside)  # (a journal's, not the preprint's)
        elif venue_name and _ARXIV_WORD.search(venue_name):
            pub.arxiv = arxiv_cited(vtext) or pub.arxiv
            venue_full = venue_full or (venue_name if venue_name.lower() != "arxiv" else None)
            if venue_full:
                # "arXiv preprint arXiv:2305.06789": the id is read above, the rest says only "arXiv"
                venue_full = norm(without_arxiv_cited(venue_full)).strip(" ,.;:") or None
                if venue_full and fold(venue_full) in ("arxiv", "arxiv preprint", "arxiv e prints", "preprint",
                                                       "corr", "arxiv org"):
                    venue_full = None
            venue_name = "arXiv"
        if venue_name and _MONTH_ONLY.fullmatch(venue_name.strip(" .,;")):
            venue_name = venue_full = None  # '"Title." August 2024. DOI: ...': the paper's month, no venue
        if venue_name:
            # "(IWCS 2013)" with its year taken out: "(IWCS)", not "(IWCS )"
            venue_name = _SPACE_AFTER_OPEN.sub("(", _SPACE_BEFORE_CLOSE.sub(")", venue_name))
            venue_name = venue_name.strip(" .,;:-–—|·")
        pub.venue = venue_name or None
        pub.venue_full = venue_full
        pub.venue_type = v.venue_type
        pub.volume = v.volume
        pub.pages = v.pages
        if v.year and not lead_year:  # (the year the page files the entry under is its year, not a note's)
            # (an author-date citation's year after its names is the work's: "Roe, T. (2016). Title. *Transactions
            # of the X Society 2015*", a volume named for the year before)
            pub.year = (author_date_year(texts[authors_seg]) if authors_seg is not None else None) or v.year
            if pub.year != v.year and pub.venue and not pub.volume \
                    and re.search(rf"{re.escape(pub.venue)}\s+{v.year}\b(?!\s*[,;:]\s*\d+\s*[,;:(])", vtext):
                # (the venue's own year stays in its name: "Interspeech 2013"; a journal's volume year before its
                # volume, "Water Research 2015; 12: 1-10" of an online-first paper, is no part of its name)
                pub.venue = f"{pub.venue} {v.year}"
        if pub.date and lead_year and int(pub.date[:4]) != lead_year[0]:
            pub.date = None  # "2026 Title ... [Accepted Oct. 2025]": a note's date, not the paper's
        elif pub.date and pub.year != int(pub.date[:4]):
            pub.year = int(pub.date[:4])  # "Mar. 2021" is the paper's date; a later year is a note's (an award)
    if badge is None and not pub.venue:
        # "[![PLDI 2026](shields.io/badge/PLDI-2026-blue)](https://pldi26.example.org)": in an entry that writes
        # no venue, a badge link reading as a venue and its year (the conference's page) names the venue; it stays
        # a link too
        badge = next((t for s in segs for r in s.runs if r.anchor is not None and (t := r.text.strip())
                      and _BADGE_YEAR.fullmatch(t) and link_kind(t, "") is None and _badge_link(r.anchor)), None)
    if badge:
        b = clean_piece(badge)
        m = _BADGE_YEAR.fullmatch(b or "")
        if m:
            # "CVPR 2024", "RA-L2025", "IJCAI'26 (accepted)": the venue, its year (written short too), its status
            yy = m.group("yy")
            pub.year = pub.year or (int(m.group("y")) if m.group("y") else short_year(yy))
            if m.group("n") or m.group("track"):
                notes.append((m.group("n") or m.group("track")).strip())
            b = m.group("v").strip()
        if b and _badge_name(b):
            if pub.venue and pub.venue != b:
                if not pub.venue_full:
                    pub.venue_full = pub.venue
            pub.venue = b
            if not pub.venue_type:
                pub.venue_type = venue_type(" ".join(filter(None, [pub.venue_full, b])))
        elif b and CITED_COUNT.fullmatch(b):
            notes.append(b)  # a badge "Citations: 81": how often the work is cited, a note as on a line of its own
    if pub.year is None and label_year:
        pub.year = label_year
    if pub.year is None:
        rest = " ".join(texts[i] for i in sorted(used_segs) if i != title_seg and roles.get(i) not in ("bibtex", "abstract", "twin", "keywords", "online")
                        and (len(texts[i].split()) <= 40 or i in (authors_seg, venue_seg)))  # an abstract's years are no paper's
        if title_seg is not None and one_liner:
            rest = texts[title_seg].replace(title, " ")
        # the year the venue or author line gives ("A · B (2019)") before any other segment's
        own = " ".join(texts[i] for i in (venue_seg, authors_seg) if i is not None and i != title_seg)
        # (an address or DOI written out is no year's place: "doi.org/10.1016/j.chb.2019.07.031")
        # (nor are the pages after a volume and its issue: "33(10), 2053-2064")
        own, rest = without_volume_pages(_drop_addresses(own)), without_volume_pages(_drop_addresses(rest))
        y = (find_year(own, work=True) if own and not one_liner else None) or find_year(rest, work=True)
        if y is None and title_seg is not None and not one_liner:
            # "Ruiz, P. (2016). [Title]{.title}" over its venue's line: the year the title's line writes beside it
            y = find_year(without_volume_pages(_drop_addresses(texts[title_seg].replace(title, " "))), work=True)
        if y is None and badge:
            y = find_year(badge, work=True)
        # (a year alone in brackets on a line of its own, "(2014)", so too)
        dated_at, dated = next(((i, m) for i in range(len(segs)) if i not in used_segs and i not in roles
                                for m in [_DATE_ONLY.fullmatch(texts[i].strip(" .,;()"))] if m),
                               (None, None)) if y is None else (None, None)
        if dated:
            used_segs.add(dated_at)
            # "| 15 November 2024 | hep-th | *"Title"* my thesis |": a cell that is a date alone dates the entry
            y = int(dated.group("y"))
            if _month_of(dated) and not pub.date:
                pub.date = parse_date(f"{_month_of(dated)} {dated.group('y')}") or pub.date
        pub.year = (lead_year[0] if lead_year else None) or y or group_year
        if pub.year is None:
            # "Preprint (12/5/23).": a posting date written month/day/two-digit year, the only date it gives
            short = [m for i in sorted(used_segs | set(free)) if i != title_seg or one_liner
                     for m in _SHORT_DATE.finditer(texts[i])]
            if len(short) == 1:
                pub.year = short_year(short[0].group(1))
        if pub.year is None and pub.venue:
            # "Conference on Computer Vision (CVPR16)": the venue's short name with its year in two digits, the only
            # year the entry gives
            pub.year = acronym_year(" ".join(filter(None, [pub.venue, pub.venue_full])))
        server = next((m for a in all_anchors for m in [_SERVER_YEAR.fullmatch(norm(label_of(a)))] if m), None)
        if pub.year is None and server is not None:
            # "<a>medRxiv · 2026 ↗</a>": the preprint's link names its server and the year it was posted
            pub.year = int(server.group("y"))
            if pub.venue is None or fold(pub.venue) == "preprint":
                pub.venue = server.group("s")
    if pub.venue is None and authors_text:
        cited = next((aid for a in all_anchors if a in label_anchors
                      for aid in [only_arxiv_cited(norm(label_of(a)))] if aid), None)
        if cited is not None:
            # "A, B. Title. <a>arXiv:2508.05141</a>, 2025.": a link that cites the preprint by its identifier, in the
            # venue's place, names where the paper is
            pub.venue, pub.venue_type = "arXiv", pub.venue_type or "preprint"
            pub.arxiv = pub.arxiv or cited
    # authors
    highlighted: list[str] = []
    lead = _LEAD_WITH.match(authors_text) if authors_text else None
    if lead and _names_with(lead.group("w"), ctx):
        # "**Title** (with A and B), *Games and Economic Behavior*, 2020": the coauthors in brackets, the owner implied,
        # then the venue (whose "and" joins no names): the coauthors a note as below, the rest the venue
        notes.append(clean_piece(lead.group("w")))
        if pub.venue is None and not INSTITUTION_STRONG.search(lead.group("rest")):
            pub.venue = clean_piece(lead.group("rest"))
        authors_text = None
    if authors_text and _names_with(authors_text, ctx):
        # "**Title** with A, B, and C": the coauthors in the author line's place, the owner implied; a note until the
        # owner is known (with_coauthors then reads the coauthors from it, the owner first)
        notes.append(clean_piece(authors_text))
        authors_text = None
    if authors_text:
        authors_text = _BY_LABEL.sub("", authors_text)
        # ("... 12 more authors.": a match closes the text with "authors" or "others")
        more = _N_MORE_AUTHORS.search(authors_text) \
            if authors_text.rstrip().removesuffix(".").rstrip()[-1:] in ("r", "R", "s", "S", "ſ") else None
        if more:
            authors_text = authors_text[: more.start()]
        al = split_authors(authors_text, ctx.legend)  # family-first lists are split_authors' too
        pub.authors = al.authors
        if al.after and pub.venue is None and not INSTITUTION_STRONG.search(al.after):
            pub.venue = clean_piece(al.after)  # "A, B, and C, Nature Methods. <a>Title</a>": the venue run on
        elif al.after and name_like(al.after) and len(al.after.split()) >= 2 and "." not in al.after:
            # "A, B and C (equal contribution), D. Title. Cell, 2017": the entry has its venue, so a name run on
            # past the "and" is one more author
            pub.authors = [*pub.authors, *split_authors(al.after, ctx.legend).authors]
        elif al.after:
            notes.append(clean_piece(al.after))  # "A, B, and C, University of Tokyo": an affiliation, no venue
        if pub.authors and all(YEAR.fullmatch(a.name) or fold(a.name) == fold(pub.venue or "")
                               for a in pub.authors):
            pub.authors = []  # "[Title](...), 2022, Bréal.": the year and the publisher, no author named
        notes.extend(r for r in al.remarks if len(r.split()) >= 2)  # "Anbang Yao (project leader, ...)"
        pub.authors_truncated = al.truncated or bool(more)
        if label_names is not None:
            # (the label's family names as written: "Ortega, Quill" is two people, not "Quill Ortega")
            pub.authors, pub.authors_truncated = [Author(name=n) for n in label_names], label_etal
        if label_link is not None:
            url = abs_url(label_link.get("href"), ctx)
            if url:
                add_link(pub, link_kind(label_of(label_link), url) or "paper", url, ctx)
        elif authors_seg is not None:
            highlighted = highlighted_names(segs[authors_seg], pub.authors, label_anchors)
            author_links(segs[authors_seg], pub.authors, ctx)
            if ctx.style_marks:
                mark_styled_runs(segs[authors_seg], pub.authors, label_anchors, ctx.style_marks)
    # links
    title_anchor = None
    if title_seg is not None:
        for a in segs[title_seg].anchors():
            if a in label_anchors:
                continue
            label = label_of(a)
            # (spaces aside: "An *D*<sub>12</sub>-equivariant" is "D 12" in the link's text, "D12" in the title)
            flat_label, flat_title = fold(label).replace(" ", ""), fold(title).replace(" ", "")
            if label and (flat_label in flat_title or flat_title in flat_label) and len(label) >= 0.5 * len(title):
                title_anchor = a
                break
    by_address: dict[str, str] = {}
    for a in all_anchors:
        if a not in label_anchors or a is title_anchor:
            continue
        url = abs_url(a.get("href"), ctx)
        if not url:
            continue
        label = lead_label(a) or label_of(a) or (a.get("title") or "")
        kind = link_kind(label, url)
        if kind == "arxiv" and fold(label) in ("paper", "pdf"):
            kind = "paper"  # "[Paper]" pointing at arXiv: the paper (pub.arxiv still reads its id)
        if kind is None:
            low = fold(label)
            if low in ("abs", "abstract", "html", "link", "url", "web", "online", "official", "publisher",
                       "springer", "ieee", "acm", "cvf", "pmlr", "proceedings", "full text", "open access",
                       "ieeexplore", "springerlink", "elsevier", "acl anthology", "anthology", "acl",
                       "ieee xplore", "acm dl", "thesis", "dissertation", "report", "tech report",
                       "technical report", "extended version", "full version"):
                kind = "paper"
            elif low in ("model", "models", "weights", "pretrained models", "huggingface", "hugging face", "colab",
                         "notebook"):
                kind = "code" if "colab" in low or "notebook" in low else "data"
            elif PUBLISHER_LINK.search(low) and not _link_to_other(low, url) or named_by_host(label, url):
                kind = "paper"  # ("[ncbi.nlm.nih.gov](https://pmc.ncbi.nlm.nih.gov/...)": the paper where it is)
            elif low in ("cite", "citation", "ref"):
                kind = "bibtex"
            elif low in ("homepage",):
                kind = "project"
            else:
                kind = "other"
        if kind not in pub.links and link_kind(label, "") is None:
            by_address[kind] = label  # (the slot its address's kind gave it, the label naming none)
        add_link(pub, kind, url, ctx, label)
    if title_anchor is not None:
        url = abs_url(title_anchor.get("href"), ctx)
        kind = address_kind(url) if url else "paper"
        if ctx.soft_lines and kind == "pdf":
            kind = "paper"  # markdown "[Title](x.pdf)": the title's own link is the paper, PDF or not
        if url and kind in ("doi", "arxiv") and kind in by_address and pub.links.get(kind) != url \
                and url not in pub.links.values():
            # "[Title](https://doi.org/<the paper>)" beside "[Preprint at X](https://doi.org/<the preprint>)": the
            # title's own identifier holds the slot, the other link (its label naming no kind) is a further one
            pub.more_links.append(Link(label=norm(by_address[kind]) or kind, url=pub.links.pop(kind)))
        if url and url not in pub.placeholder_links.values() and (
                url not in pub.links.values() or (ctx.soft_lines and kind == "paper" and "paper" not in pub.links)):
            add_link(pub, kind, url, ctx)
    if venue_seg is not None and (venue_seg != title_seg or venue_linked):
        for a in segs[venue_seg].anchors():
            # "<a href=doi>SIAM J. Sci. Comput. 48(1), 2026.</a>": the venue linked to the paper
            label = label_of(a)
            if a in label_anchors or a is title_anchor or len(label.split()) < 2 or not venue_text \
                    or fold(label)[:20] not in fold(venue_text) or len(fold(label)) < 0.6 * len(fold(venue_text)):
                continue  # a link inside the venue line that is not the venue ("1st winner for [COCO 2019 ...]")
            url = abs_url(a.get("href"), ctx)
            if url and url not in pub.links.values() and url not in pub.placeholder_links.values():
                # (its text is the venue's name, no link label: "Foundations of Data Science" is no data link)
                add_link(pub, address_kind(url), url, ctx)
    for kind, url in list(pub.links.items()) + list(pub.placeholder_links.items()):
        if pub.arxiv is None and arxiv_id(url):
            pub.arxiv = arxiv_id(url)
        if pub.doi is None and doi_of(url) and kind not in _NOT_THE_WORKS_DOI:
            pub.doi = valid_doi(doi_of(url))
    # ids, pages from an embedded BibTeX block, text like "arXiv:2301.01234" or "doi: 10.x/y"
    whole = " ".join(s.text for s in segs)
    if pub.arxiv is None:
        pub.arxiv = arxiv_cited(whole)
    if pub.doi is None:
        found = doi_in_text(whole)
        if found:
            pub.doi = valid_doi(found[0])
            if pub.doi and _DOI_ADDRESS.match(whole, found[1]) and "doi" not in pub.links:
                # "..., 1–33. https://doi.org/10.1/x. Available ...": the paper's address written out, a link the page
                # gives as its text
                add_link(pub, "doi", f"https://doi.org/{pub.doi}", ctx)
    _written_addresses(pub, segs, roles, ctx)
    bib = " ".join(segs[i].text for i, r in roles.items() if r == "bibtex")
    if "@" in bib:
        from ..bibtex import embedded_entry

        cited = embedded_entry(bib)
        if cited is not None:
            fill_from_own_bibtex(pub, cited)
    if not pub.venue and venue_text is None and any(
            roles.get(i) == "links" and only_arxiv_cited(segs[i].text) for i in range(1, len(segs))):
        # "<b>Title</b><br>A. Lee and B. Wu<br><a>arXiv:2504.19285</a>": the preprint's identifier in the
        # venue's place names where it is
        pub.venue, pub.venue_type = "arXiv", pub.venue_type or "preprint"
    if not pub.authors and not any(WITH_VENUE.match(n) for n in notes) \
            and not (pub.venue and _names_with(pub.venue, ctx)) and not (
                _titled_with_coauthors(pub.title) and (pub.links or pub.placeholder_links or slot_links or all_anchors
                                                       or venue_text and STATUS_NOTE.fullmatch(venue_text))):
        # ("**Title** with A. Lee": the coauthors read in the venue's place, the owner implied, make it a paper)
        # without authors (or coauthors "(with A and B)") only a venue with a year or a link makes it a publication;
        # or a table's Title column beside its venue or status ("| in prep | Title | in review |")
        # (a status in the venue's place, "(in progress)", "Submitted", stands for the venue: no venue yet)
        # (a thesis its kind opens, "Masters Thesis. Title. [pdf]", is one with its file, placed or not)
        if not ((pub.venue or venue_text and STATUS_NOTE.fullmatch(venue_text))
                and (pub.year or pub.links or pub.placeholder_links or slot_links or thesis_lead and all_anchors)) \
                and not (
                quoted_title and (pub.year or pub.links or venue_text and STATUS_NOTE.fullmatch(venue_text))) and not (
                # "<i>Title</i>, in preparation.": a title the italics set apart, as quotes do, with its status
                one_liner and title_seg is not None and venue_text and STATUS_NOTE.fullmatch(venue_text)
                and italic_lead_title(segs[title_seg], texts[title_seg], ctx) is not None) and not (
                ctx.bare_titles and (pub.links or ctx.bare_unlinked) and one_liner and len(title.split()) >= 3) and not (
                title_seg is not None and roles.get(title_seg) == "title" and segs[title_seg].runs
                and all(r.hint == "title" for r in segs[title_seg].runs if r.text.strip()) and (pub.venue or notes)) \
                and not (quoted_title and abstract and any(_DOCUMENT_HREF.search((a.get("href") or "").strip())
                                                           for a in all_anchors)):
            # ('<h4>"Title"</h4><p>Preprint: <a href="t.pdf">pdf</a></p><p>Its abstract ...</p>': a title in quotes
            # over the paper's file and its abstract is a paper, though the file's address is relative)
            # "<a href="paper.pdf">Title</a> {1993}": a title linked to its PDF, and little else (a year note), may
            # be a paper; it is one when most items of its section are so written (Builder.read counts them)
            if not (one_liner and len(title.split()) >= 3 and title_anchor is not None
                    and len(texts[title_seg].split()) <= len(title.split()) + 6
                    and re.search(r"\.pdf(?:[?#]|$)", (title_anchor.get("href") or "").strip(), re.I)):
                return None  # a title in quotes with its year or link is a paper, its venue not named yet
            bare_pdf = True
        if not quoted_title and PROSE_START.match(title) or len(title.split()) > 40:
            # ("We Want Symbols" set in quotes is a title, not a sentence of the page's prose)
            return None
        if not quoted_title and title_seg is not None and PROSE_START.match(texts[title_seg]) \
                and not texts[title_seg].startswith(title):
            # "For a summary of our work, read <a><b>this one-pager</b></a>, or watch <a>this talk</a>.": a sentence
            # of the page's prose that links a work in its middle, no entry of a list
            return None
    if len(pub.authors) == 1 and not re.search(r"[\s.,]", pub.authors[0].name.strip()) and pub.year is None \
            and not pub.links and not pub.placeholder_links and not pub.venue_type:
        return None  # "- Achieved **90 ps timing** (world-class)": one bare word before a bold phrase is no author
    if (pub.venue_type is None or thesis_labelled) and venue_text and re.search(r"\b(thesis|dissertation)\b", venue_text, re.I):
        pub.venue_type = "thesis"  # (labelled so: whatever the school's name holds, "Information Science")
    if pub.venue_type is None and work and not _talk_label(work[0]):
        pub.venue_type = next((v for k, v in _TYPE_VENUES if re.search(rf"\b(?:{k})", work[0], re.I)), None)
    if pub.venue_type is None and not pub.venue and any(
            re.search(r"(?i)\btech(?:nical)?\.?\s+report\b|\bpreprint\b", label_of(a)) for a in label_anchors):
        pub.venue_type = "preprint"  # "[Tech report on arXiv](...)" and no venue
    # any other link of the entry ("[EmotiW 2017 Challenge Announcement](...)" beside "[Paper]"): kept with its label
    taken = {title_anchor, *label_anchors}
    for k in (title_seg, authors_seg):
        if k is not None and not (k == title_seg and (one_liner or quoted_title)):
            taken.update(segs[k].anchors())
    names = {fold(x.name) for x in pub.authors}
    for a in all_anchors:
        if a in taken or fold(label_of(a)) in names:
            continue  # an author's own link was read with the author
        url = abs_url(a.get("href"), ctx)
        label = label_of(a)
        if url and url not in pub.links.values() and url not in pub.placeholder_links.values() and label:
            # ("[*Journal of X*](publisher's page of the article)" after the title: the venue's name linked to the
            # paper; linked to the journal's own home, "elsevier.com/locate/scico", an address with no number in it,
            # it is no paper's)
            venue_named = bool(pub.venue) and fold(label) == fold(pub.venue) \
                and re.search(r"\d", url.split("://", 1)[-1].partition("/")[2]) is not None
            add_link(pub, link_kind(label, url) or (address_kind(url) if venue_named else "other"), url, ctx, label)
    if abstract:
        pub.abstract = abstract
    if keywords:
        pub.keywords = keywords
    if online and pub.date is None and pub.year in (None, int(online[0][:4])):
        # "Published on-line 20-Apr-2016" under a paper of 2016: the day it came out, its date
        pub.date, pub.year = online[0], int(online[0][:4])
    elif online:
        notes.append(clean_piece(online[1]))  # an online date of another year than the issue's: a note
    landed = {*pub.links.values(), *pub.placeholder_links.values(), *(x.url for x in pub.more_links)}
    for i, sg in enumerate(segs):
        anchors = sg.anchors()
        if i in used_segs or not anchors or not all(abs_url(a.get("href"), ctx) in landed for a in anchors):
            continue
        loose = re.findall(r"[^\W\d_][\w'’.-]*", " ".join(r.text for r in sg.runs if r.anchor is None))
        if len(loose) <= 6:
            # "DOI: <a>10.1/x</a> (open access)", "Versions archived at <a>arXiv:2101.01234</a>": a line that only
            # names links the paper has taken
            used_segs.add(i)
    pub.notes = list(dict.fromkeys(n for n in notes if n))
    pub.line = line
    if pub.date and pub.year is not None and pub.year != int(pub.date[:4]):
        pub.date = None  # the entry's year wins over a month read elsewhere in it
    book = _IN_BOOK.match(pub.title or "")
    if book:
        # "Ann Lee (2017). In _Rivers of the World_, Routledge, pp. 83-111" ("En _..._, publicado en editorial X"): an
        # entry that gives no title of its own, only the book it is in, set in italics: the book's title is its only
        # title, what follows it where it appeared (the word "In" is no part of either)
        lead = pub.title[book.end():]
        italic = next((t for sg in segs for r in sg.runs if r.italic and r.anchor is None
                       for t in [norm(r.text).strip(" ,.;:")] if len(t.split()) >= 2 and lead.startswith(t)), None)
        rest = lead[len(italic):].strip(" ,.;:") if italic else ""
        # (not "In _Drosophila melanogaster_, the gene X ...": a title going on in lower case after the italics)
        if italic and (not rest or rest[:1].isupper() or _PUBLISHED_BY.match(rest)):
            pub.title = italic
            if rest:
                pub.venue = f"{rest}, {pub.venue}" if pub.venue else rest
    try:
        pub = Publication(**vars(pub))
    except ValueError:
        return None
    lines: set[int] = set()
    for i in used_segs:
        lines |= segs[i].lines
    for sg in link_brackets:
        lines |= _landed_lines(sg, landed, ctx)
    styled = None
    if ctx.style_marks and lead_with is not None:
        # "(with A. Lee and <u>B. Ong</u>) Title": the names come from the phrase later; their styles are kept
        styled = {}
        for sg in segs:
            for mark, names in styled_names(sg, label_anchors, ctx.style_marks).items():
                styled.setdefault(mark, []).extend(names)
    return PubDraft(pub=pub, highlighted=highlighted, lines=lines | (segs[0].lines if work else set()),
                     kind="talk" if work and _talk_label(work[0]) or (
                         # "<i>Title</i>. Poster présenté en 2024 avec A. Lee lors du colloque X.": no author line,
                         # what follows the title says it was presented (a citation with its authors, "Lee, A.
                         # (2024). Title. Poster presented at X", filed among papers, stays one)
                         not pub.authors and venue_text and _PRESENTED.match(venue_text.strip(" .,;:"))) else None,
                     bare_pdf=bare_pdf,
                     styled=styled or None, named=named)



def fill_from_own_bibtex(pub: Publication, cited: Publication) -> None:
    """Fill ``pub`` from the work's own BibTeX entry shown with it (al-folio's hidden block, a ``<pre>`` under the
    item, a folded row after it), read by the one BibTeX reader (``cited``): what the visible entry lacks, its
    pages, volume, year, ids, authors (the owner is marked with the list's other entries) and venue (a bold title
    over its abstract and a reST literal block of its BibTeX: the venue is in the BibTeX alone)."""
    for attr in ("pages", "volume", "year", "doi", "arxiv"):
        if getattr(pub, attr) is None and getattr(cited, attr) is not None:
            setattr(pub, attr, getattr(cited, attr))
    if not pub.venue and cited.venue:
        pub.venue, pub.venue_full = cited.venue, pub.venue_full or cited.venue_full
        pub.venue_type = pub.venue_type or cited.venue_type
    if not pub.authors and cited.authors:
        pub.authors, pub.authors_truncated = cited.authors, cited.authors_truncated
