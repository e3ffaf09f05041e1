"""Structured publication records of a site: one work's fields, key by key.

Takes academicpages ``_publications/*.md`` front matter (``citation:`` strings included), Hugo
``content/publication/*/index.md`` front matter (with its ``cite.bib``) and the records of a ``_data`` file a
page lists with a Liquid loop; gives :class:`~kg.model.Publication` items in a :class:`Part`, the keys read
marked as used so that what is left shows in ``unparsed``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
import datetime
from urllib.parse import urljoin
from pathlib import Path

from ...errors import SourceError
from ...model import (Affiliation, Author, Award, Education, Link, Person, Profile, Publication, Service, Student, Talk,
                      Teaching, Unparsed)
from ..base import SourceDoc, compose_yaml, construct_yaml
from ..common import (
    lazy_compile, cjk_dates, IMAGE_FILE,
    NOW_WORDS, TWO_LETTERS, VENUE_DASH, VOLUME_PAGES,
    url_parts, BARE_URL,
    BOOK_VENUE_KEYS,
    DEGREE_NAMES,
    CSL_TYPES,
    TYPE_LABELS,
    kind_labelled,
    kind_taken,
    URL_SCHEME,
    DEPT_START,
    INSTITUTION_STRONG,
    ORCID_ID,
    ARXIV_KEYS,
    DEFAULT_LEGEND,
    EMAIL_ADDRESS,
    MARK_CLASS,
    MONTH_ABBR,
    NOT_STUDENT_ROLE,
    address_kind,
    arxiv_cited,
    arxiv_id,
    arxiv_ref,
    clean_identifier,
    doi_in_text,
    doi_of,
    doi_written,
    find_year,
    fold,
    left_out_note,
    list_name,
    link_key,
    link_kind,
    mark_owner,
    markup_text,
    marked_names,
    meaning_to_mark,
    role_list_marks,
    initials_only,
    label_reading,
    ORG_RX,
    known_given,
    owner_variant,
    parse_date,
    parse_venue,
    placeholder_text,
    set_venue,
    read_legend,
    repair_url,
    same_name,
    section_kind,
    split_authors,
    status_words,
    PUBLISHED_IN,
    STATUS_WORDS,
    YEAR,
    valid_doi,
    venue_type,
    without_arxiv_cited,
)
from ..document import SITE_ADDRESS, FrontMatter, collect_yaml_spans
from ..page.context import WITH_LEAD, sentences
from ..page.marks import NAMES_SENTENCE_END
from ..page.runs import _ITALIC_CLASSES, _ITALIC_STYLE
from ..page.scores import FUNCTION_WORDS, VENUE_WORDS, name_like
from .assemble import Part, merge_own_entry, merge_publication, merge_versions
from .fields import (LANGUAGE_CODE, MD_LABEL, MD_LINK, absolute_url, as_text, chosen_language, english, first_text,
                     highlighted, icon_label, date_read, md_links, md_text, misspelt_key, one_language, plain_text,
                     record_date, unemphasize)
from .files import (
    PAGE_LOOP,
    TEMPLATE_CODE,
    YAML_SUFFIXES,
    body_paragraphs,
    closing_bracket,
    raw_checksum,
    read_or_blank,
    doc_or_none,
    first_file,
    ignore_json_punctuation,
    includes,
    mark_comments,
    off_site,
    off_site_reason,
    file_text, read_file,
    read_markdown,
    rel_path,
    settle_keys,
    skip_notes,
    starter_page,
)
from .pages import front_matter_view, md_page_kind, read_view, unread_part


ENTRY_KEYS = ("bibtex", "bib", "citation", "cite")
"""The keys under which a record may hold its work's whole BibTeX entry as a string (read when it holds an "@")."""


_MEETING_DAYS = lazy_compile(rf"(?i)(?:^|,\s*)(?P<m>{MONTH_ABBR})[a-z]*\.?\s+\d{{1,2}}(?:\s*[-–—]\s*(?:(?:{MONTH_ABBR})[a-z]*\.?\s+)?"
                           r"\d{1,2})?,?\s+(?P<y>(?:19|20)\d\d)\s*$")
"""The days of a meeting closing a record's place ("Malmö, Sweden, September 8–12, 2026", "Tucson, AZ, US, February
28 - March 4, 2025"): its first month and its year."""


_SUMMARY = re.compile(r"(?s)(?=(?:\S+\s+){11})[A-Z].*[.!?]")
"""A record's description written in sentences (twelve words or more, opened by a capital, closed by a stop): a
summary of the work, not its venue."""
_SECOND_VENUE_KEY = re.compile(r"(?:venue|conference|journal|booktitle)[_-]?[2-9]")
"""A record's key naming a second venue beside its first ("conference2", "venue_2")."""
_AWARD_FLAGS = {"best": "Best paper award", "best_paper": "Best paper award", "best-paper": "Best paper award",
                "distinguished": "Distinguished paper award"}
"""A record's flag keys a theme shows as an award of the work, with the words it shows."""
_PRIZE_NAME_KEYS = ("prize-name", "prize_name", "award-name", "award_name")
"""A record's keys naming a prize the work won."""


def _folded(text: str) -> str:
    """``text`` with each character case-folded where that keeps it one character (``ß`` stays): the same places
    as ``text``, compared without case."""
    return "".join(f if len(f := c.casefold()) == 1 else c for c in text)


def _words_in(text: str, words: list[str], start: int = 0) -> tuple[int, int] | None:
    """Where ``words`` stand in ``text`` in order from ``start`` (start and end), matched without case and whatever
    punctuation stands between them, none too ("Mistake-Making" is "MistakeMaking" pasted), each a whole word at
    the ends; read a character at a time rather than through a pattern made for each title (which would fill the
    regular expressions' cache)."""
    low, keys = _folded(text), [_folded(w) for w in words]
    at = low.find(keys[0], start)
    while at != -1:
        end = at + len(keys[0])
        if at == 0 or not text[at - 1].isalnum():
            for key in keys[1:]:
                while end < len(text) and not text[end].isalnum():
                    end += 1
                if not low.startswith(key, end):
                    break
                end += len(key)
            else:
                if end == len(text) or not text[end].isalnum():
                    return at, end
        at = low.find(keys[0], at + 1)
    return None


_YEAR_ONLY = lazy_compile(r"[\s(\[]*(?:19|20)\d\d[a-z]?[\s)\].,:;\"“‘'«]*")
"""What a citation writes before its title when it names no authors: its year alone ("2005 “Title”", "(1998)
*Title*"); read off a citation's head too (:func:`_citation_with`)."""


_CHICAGO_YEAR = (r"(?<=[^\W\d_])\.?\s*[.,]\s*(?:(?:19|20)\d\d[a-z]?|(?i:"
                 + status_words("to appear", "forthcoming", "in press") + "))")
"""The year that follows the names' stop in Chicago's author-date ("Roe, Ana, and Bo Lee. 2020."), or the status
written in its slot ("Roe, Ana. to appear.")."""


def _head_by_title(text: str, title: str, venue: str | None = None) -> str | None:
    """The authors' part of a whole citation, found by where the record's title stands in it (its first words, as
    a citation may go on differently from the title field): what comes before the title (``Roe, A., Lee, B. et
    al. Title. Venue``; ``A. Roe, B. Lee (14 Mar 2025): Title``, the date left out), or, in a citation pasted from
    a journal's page that opens with the title, what stands between the whole title and the record's venue
    (``Title A. Roe, B. Lee Journal of Sand 2022, 4: 1-9``) or on the line after the title; None when the title is
    not found or nothing stands there."""
    words = re.findall(r"[^\W_]+", title)
    if len(words) < 3 or sum(map(len, words[:4])) < 12:
        return None  # ("Honours thesis": a title of a few common words, found in the citation's venue as well)
    m = _words_in(text, words[:4])
    if m is None:
        return None
    head = text[: m[0]]
    if _YEAR_ONLY.fullmatch(head):
        return ""  # '2005 “Title” <i>Venue</i>': the owner's own list, the year before the title, no one named
    if not head.strip(" \t\n\"“‘'«([.,;:"):
        whole = _words_in(text, words, m[0])
        rest = text[whole[1]:] if whole is not None and whole[0] == m[0] else ""
        venue_words = re.findall(r"[^\W_]+", venue or "")
        at = _words_in(rest, venue_words) if venue_words else None
        if at is not None:
            head = rest[: at[0]]
        else:
            lines = rest.lstrip(" \t.").split("\n")
            head = lines[1] if len(lines) >= 3 and lines[0].strip() == "" else ""
    # 'Roe, Ana. 2011. "Sand (*Arena*)."': the record's title found inside the citation's own quoted title, which
    # opens where the names end
    quote = re.search(r"(?:^|\s)[\"“](?=[^\"”]*$)", head)
    if quote is not None and head[: quote.start()].strip():
        head = head[: quote.start()]
    head = re.sub(r"[\s\"“‘'«(\[]+$", "", head).strip(" \t\n.,;:")
    # "(14 Mar 2025):", "(2019).": the date written between the names and the title
    head = re.sub(r"\s*\([^()]*\b(?:19|20)\d\d[a-z]?\b[^()]*\)\s*[.,:;]?$", "", head)
    # 'Roe, Ana, and Bo Lee. 2020. "Title."' (Chicago's and ACM's author-date): the year after the names' stop, or
    # the status in its slot ("Roe, Ana and Bo Lee. to appear. Title.")
    head = re.sub(_CHICAGO_YEAR + "$", "", head)
    head = head.strip().rstrip(";:").strip()
    if re.search(r"\(\s*(?:19|20)\d\d[a-z]?\s*\)\s*[.,:]?\s*\S", head):
        return None  # "Day, N. (2020). Other Words, Title": the names end at their year, before the words found
    return head if re.search(r"[^\W\d_]", head) else None


_LATEX_MARKUP = lazy_compile(r"""\{\\|\\[`'^"~=.]\s*[{A-Za-z]|\\[cvuHrk](?:\s*\{|\s+[A-Za-z])|^\s*\{[^{}]+\}\s*$|"""
                           r"""(?<![\w\\])\{[A-Z][^{}\\$]*\}""")
"""What a value written from BibTeX keeps of it: an accent command ("{\\'E}", "T\\'el\\'ecom", "9\\`eme", "\\v{c}"), a
title in the braces that protect it ("{Graphs with Forbidden Vertices}"), a word's or a name's ("29th {ACM}
Conference ({SPLC})", a JSON file made from a .bib file); a command named by a word ("\\varphi" in the title's
math) is no accent."""


def unlatexed(text: str) -> str:
    """A record's value as it reads, when it is written in BibTeX's LaTeX (academicpages' records made from a
    .bib file); any other value as it is.

    >>> unlatexed(r"{\\'E}valuation d'un arbre"), unlatexed("{Graphs with Forbidden Vertices}"), unlatexed("C{++} 'n' AI")
    ("Évaluation d'un arbre", 'Graphs with Forbidden Vertices', "C{++} 'n' AI")
    >>> unlatexed("29th {ACM} Conference on Tides ({SPLC})")
    '29th ACM Conference on Tides (SPLC)'
    """
    if not _LATEX_MARKUP.search(text):
        return text
    from ..bibtex import decode_latex

    return decode_latex(text)


_NAME_WITH = lazy_compile(r"(?P<name>[A-Z][\w.'’\-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w.'’\-]*){1,3}),?\s+"
                        r"(?:[a-z]+\s+){0,3}with\s+(?P<rest>[A-Z].*)", re.S)
"""A byline that names one person, then joins the others to them with words ending in "with" (``Ana Roe
collaborated with Bo Lee and Cy Dee``, ``Ana Roe, together with Bo Lee``)."""




def _citation_with(citation: str, title: str | None = None) -> str | None:
    """The part of a record's citation that names its coauthors and no one else, the owner implied: the words
    between its year and its title ("2010 (with A. Roe) *Title*", "2007 (- avec A. Roe, eds.) *Title*") or a
    sentence of its own ("2003 *Title*. In collaboration with A. Roe and B. Lind. Paris, Ophrys."); None when there
    is none.

    >>> _citation_with("2014 (with A. Roe) “Sand in Rivers”, <i>Sand</i>, 4, 7-23.", "Sand in Rivers")
    'with A. Roe'
    >>> _citation_with("2003 <i>Sand</i>. En collaboration avec A. Roe et B. Lind. Paris, Ophrys.", "Sand")
    'En collaboration avec A. Roe et B. Lind.'
    >>> _citation_with("A. Roe and B. Lind (2020). “Sand in Rivers”. Sand.", "Sand in Rivers") is None
    True
    """
    from ..page.marks import WITH_VENUE

    text = md_text(markup_text(citation))
    head = _head_by_title(text, title) if title else None
    for part in [head or "", *sentences(text)]:
        part = part[m.end():].strip() if (m := _YEAR_ONLY.match(part)) else part.strip()
        if m := re.match(r"\(([^()]+)\)", part):
            part = m.group(1).strip()  # ("(with A. Roe) « Introduction »": the bracket that opens it)
        part = part.lstrip("-–— ").strip()
        if WITH_VENUE.match(part):
            return part
    return None


def citation_authors(citation: str, title: str | None = None, venue: str | None = None
                     ) -> tuple[list[Author], bool]:
    """The authors of an academicpages ``citation:`` string (APA ``Last, F.`` or plain names); ``title`` and
    ``venue``: the record's, which mark where the names stand however the citation is styled.

    >>> [a.name for a in citation_authors('Kobayashi, H., Mori, K., &amp; Chen, A. (2023). "T." <i>CVPR</i>.')[0]]
    ['H. Kobayashi', 'K. Mori', 'A. Chen']
    >>> [a.name for a in citation_authors('Lind, K., Ortiz, S. Berg, H (2017). "T." <i>V</i>.')[0]]
    ['K. Lind', 'S. Ortiz', 'H. Berg']
    >>> [a.name for a in citation_authors('Lind, K., Berg, H., and Ortiz, S.: &quot;T.&quot; <i>V</i>.')[0]]
    ['K. Lind', 'H. Berg', 'S. Ortiz']
    >>> citation_authors('Kai B Lind et al 2019 J. Phys.: Conf. Ser. 12 012003.', title="T")
    ([Author(name='Kai B Lind', marks=[], is_self=False, url=None, identifiers={})], True)
    """
    # (a citation written from BibTeX keeps its accents, "Ren{\'e} Doyon, Fran{\c{c}}ois, Lo{\"\i}c": decoded
    # first, so that the quote of an umlaut is not taken for the one that opens the title)
    # (a citation a template writes through markdown links each coauthor to their homepage, "[Ana Ruiz](https://
    # ruiz.org) and **Bo Lee**": the link's label is the name)
    text = unlatexed(markup_text(MD_LINK.sub(lambda m: m.group(1), citation)))
    head = _head_by_title(text, title, venue) if title else None
    guessed = head is None
    if head is None:
        # ("Ana B Roe et al 2018 IOP Conf. Ser.: Mater. Sci. Eng. 352 012018.": IOP's reference, the year bare
        # after the names)
        # ("Roe, Ana, Bo Y. Lee, and Cy Dee. 2021. Title": Chicago's author-date, the names up to their year, not to
        # a middle initial's stop)
        names_end = r"\(\s*(?:19|20)\d\d[a-z]?\s*\)|[\"“]|(?<=\bet al)\.?,?\s+(?:19|20)\d\d[a-z]?\b"
        m = re.search(names_end + r"|(?P<chicago>(?<=[^\W\d_]{2})" + _CHICAGO_YEAR + r"\.(?=\s))", text)
        if m and m.group("chicago") and re.search(r"[^\W\d_][^\W\d_A-Z]{2,}\.\s", text[: m.start()]):
            # ("Roe A, Lee B. Sand waves. J Sand. 2019.", "Roe, Ana. A study of sand, 2020."): a word's stop before
            # that year ends the names already; the year is the venue's or closes the title ("St. Clair, Ana",
            # "Lee, Bo Jr. and": a short word's stop inside the names ends nothing)
            m = re.search(names_end, text)
        head = text[: m.start()] if m else text.split(". ")[0]
    head = head.strip().rstrip(":").strip()  # "Lind, M., and Berg, S.: "Title."": the colon before the title
    if re.match(r"[A-Z][\w'\-]+,\s*[A-Z]\.", head):
        # "Lind, M., Berg, S. Ruiz, H": a list written family name first whose comma after an
        # initial was left out; the next family name starts a name of its own, its own initials after its comma
        # ("González, M. Jimena, & Ji, Yo": a given name after the initial, and no initials after it, is the name's)
        head = re.sub(r"(,\s*(?:[A-Z]\.\s*){1,3})(?=[A-Z][a-z][\w'\-]*(?:\s+[A-Z][a-z][\w'\-]*)?,\s*[A-Z]\.?(?:[\s,;&]|$))",
                      lambda m: m.group(1).rstrip() + ", ", head)
    if not head or head.lower().startswith("your name"):
        return [], False
    lead = _NAME_WITH.fullmatch(head)
    if lead:
        # "Ana Roe collaborated with Bo Lee and Cy Dee", "Ana Roe, together with Bo Lee": one name, then the words
        # that join the others to it; each a name of the byline, in the order written
        head = lead.group("rest")
    first = [Author(name=lead.group("name"))] if lead else []
    truncated = False
    etal = re.search(r",?\s*(et\s*al\.?|\.\.\.|…|(?:and\s+)?others)\s*,?\s*$", head)  # BibTeX's "and others"
    if etal:
        truncated, head = True, head[: etal.start()].strip()
    # APA ("Kobayashi, H., Mori, K., & Chen, A.") is common.split_authors' (below); Chicago: "Carvalho, Mateus, Rafael Lima, and Ana Souza. 2020." -- the first name inverted
    chicago = re.sub(r"[.,]?\s*(?:19|20)\d\d[a-z]?\.?\s*$", "", head).strip(" .,")
    m = re.fullmatch(r"([A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?),\s*([A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})"
                     r"((?:,\s*(?:and\s+)?[^,]+|\s+and\s+[^,]+)*)", chicago)
    # (a head that is one inverted name alone, "Abdel Samad, Hamid": its year was cut above, with one given name
    # and initials it is one person, as "Wretborn, Joel" is; two full words after the comma are a second person)
    alone = bool(m and title and not m.group(3) and re.fullmatch(r"[A-Z][\w'\-]+(?:\s+[A-Z]\.)*", m.group(2)))
    if m and (chicago != head.strip(" .,") or alone) and not re.fullmatch(r"(?:[A-Z]\.\s*)+", m.group(2)):
        names = [f"{m.group(2)} {m.group(1)}"]
        rest = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(3)) if n.strip()]
        if rest and len(rest) % 2 == 0 and all(len(n.split()) == 1 for n in rest):
            # "Roe, Ana and Lee, Bo. 2020.": every name written family name first, not only the first one
            rest = [f"{given} {family}" for family, given in zip(rest[::2], rest[1::2])]
        names += rest
        if all(1 <= len(n.split()) <= 4 for n in names):
            return first + [Author(name=n) for n in names], truncated
    result = split_authors(head)
    authors = result.authors
    if guessed and len(authors) >= 2:
        # "A. Roe, B. Lee, Title Worded Otherwise. Venue 16, 1-9 (2022)": the record's title not found in its
        # citation, the names are those before the first piece that is no one's name
        cut = next((k for k, a in enumerate(authors) if not name_like(a.name)), None)
        authors = authors[:cut] if cut else authors
    return first + authors, result.truncated or truncated


_AUTHORS_TAIL = lazy_compile(r"(.*?[^\W\d_]{2})[.;]\s+([A-Z].*?\(\s*(?:19|20)\d\d\s*\))\s*\.?\s*$", re.S)
"""An authors line that ends in the citation's venue and year (``A. Roe, B. Lee. Journal of Sand (2020)``,
``A. Roe, B. Lee, et al. Nature (2021)``, ``A. Roe, B. Lee; Nature (2021)``): the names, then the tail after the
period (or semicolon) that ends the last name."""
_AUTHORS_ITALIC_TAIL = lazy_compile(r"(?P<names>.*?[^\W\d_]{2}\**)\.\s+(?:\*(?!\*)|_(?!_)|<(?:i|em)>)(?P<venue>[A-Z][^*_<\n]*?)"
                                  r"(?:\s+(?P<volume>\d{1,4}))?(?:\*|_|</(?:i|em)>)[^*_<]*$", re.S | re.I)
"""An authors line that goes on, after the stop that ends the last name, with the venue in italics (``**Ana Roe** &
Bo Lee. *Journal of Sand 54*(3).``: Hugo Apéro's byline, the citation's tail written into ``author:``): the names,
then the venue (and the volume APA sets in italics with it)."""


def _italic_no_venue(italic: re.Match) -> str | None:
    """What the italic part after an authors line's names (:data:`_AUTHORS_ITALIC_TAIL`) is when no venue: "legend"
    for the legend of its marks ("*Corresponding author*", "*These authors contributed equally*"), "names" for names
    with no volume, year nor venue's word by them ("Bo Lee, Cy Dee. _A. Roe_": the owner set apart); else None."""
    text = italic.group("venue")
    if read_legend(text) or re.search(r"\b(?:authors?|contribut\w*|equal(?:ly)?|correspond\w*)\b", text, re.I):
        return "legend"
    if re.search(r"\d", italic.string[italic.end("venue"):]) or VENUE_WORDS.search(text):  # (a volume is a digit there)
        return None
    # (one name of whole words is not told from a journal's, "*Science Advances*": only initials or a list tell it)
    names = split_authors(text).authors
    return "names" if names and all(name_like(a.name) and len(a.name.split()) >= 2 for a in names) and (
        len(names) >= 2 or re.search(r"\b[A-Z]\.", text)) else None


_PERSON_LINE = lazy_compile(rf"^\s*(?P<n>[^(),;\n]+?)\s*\(\s*(?:{EMAIL_ADDRESS.pattern})\s*\)", re.I)
"""A line of a paper's author block copied into a record (``Ana Ruiz (ana@uni.edu), Uni, City, Country``): the
name, then the email in parentheses, then the place."""
_AUTHORS_NEXT_LINE = lazy_compile(r"(.*?)\s*<br\s*/?>\s*((?:(?!<br).)*?\b(?:19|20)\d\d\b(?:(?!<br).)*?)\s*(?:<br\s*/?>\s*)*$",
                                re.S | re.I)
"""An authors field that goes on, after a line break, with the line the template shows under the names (``Ann Lee<br>
Carnegie Mellon University, 2020<br>``: a thesis's school and year): the names, then that line (a year in it)."""
_SCHOOL_AND_YEAR = lazy_compile(r"\s*(?:<br\s*/?>\s*)*(?P<school>[^,;<\d]+?),?\s+(?:19|20)\d\d\.?\s*(?:<br\s*/?>\s*)*",
                              re.I)
"""The same field holding the line under the names alone (``Tarn University, 2019<br>``): :func:`_school_and_year`."""


def _school_and_year(line: str) -> bool:
    """An authors field that holds only a school and a year, no one's name (``Tarn University, 2019``: the line a
    thesis's record shows under its title), line breaks around it or not.

    >>> _school_and_year("Tarn University, 2019<br>"), _school_and_year("Ann Lee, Tarn University, 2019")
    (True, False)
    """
    m = _SCHOOL_AND_YEAR.fullmatch(line)
    return m is not None and INSTITUTION_STRONG.search(m.group("school")) is not None


_AUTHORS_BARE_TAIL = lazy_compile(
    r"(.*\b(?:and|&)\s+(?:[A-Z]\.\s?){1,3}[A-Z][\w'’\-]+)\s+([A-Z][^,;]*?\(\s*(?:19|20)\d\d\s*\))\s*\.?\s*$", re.S)
"""The same with no stop after the last name (``A. Roe and B. C. Lee Journal of Sand (2020)``): the last name, after
the list's "and", is initials and one family name."""

_TITLE_CITATION_TAIL = lazy_compile(
    r"^(?P<title>\S.{10,}?[^\W\d]\W?)\s*,\s+(?:(?P<year>(?:19|20)\d\d)\s*(?:,\s*(?P<rest>\S.*?))?"
    r"|(?P<status>(?:" + status_words("submitted", "accepted", "to appear", "in press", "in review", "under review",
                                      "in preparation", gap=" ") + r")\b.*?))\s*\.?\s*$",
    re.S | re.I)
"""A record's title field holding the citation's tail after the title (``title: "Title, 2019, Geophys. Res. Lett.,
43(13), pp 7352-7360, doi:10.1029/..."``, ``title: "Title, Submitted to Some Journal"``): the title is what comes
before the comma that opens the year (or the paper's status), the rest its venue, volume, pages and DOI."""
_DAY_OF_MONTH = lazy_compile(rf"(?i)\b(?:{MONTH_ABBR})[a-z]*\.?\s+\d{{1,2}}$")
"""A title's piece that ends with a month and a day ("The storm of May 5"): the year after it is the date's."""


def title_citation_tail(title: str) -> tuple[str, int | None, str | None, str | None] | None:
    """The title, year, venue line and DOI of a record's title field that holds the whole citation after its
    title, or None when it holds only a title.

    >>> title_citation_tail("Waves in sand, clay, and mud, 2019, J. Sand Res., 12(3), pp 1-9, doi:10.1234/x.2")
    ('Waves in sand, clay, and mud', 2019, 'J. Sand Res., 12(3), pp 1-9', '10.1234/x.2')
    >>> title_citation_tail("Waves in sand, Submitted to Journal of Sand")
    ('Waves in sand', None, 'Submitted to Journal of Sand', None)
    >>> title_citation_tail("The storm of May 5, 2019, seen from space") is None
    True
    """
    m = _TITLE_CITATION_TAIL.match(title)
    if not m or len(m.group("title").split()) < 3 or _DAY_OF_MONTH.search(m.group("title")):
        return None
    rest = m.group("rest") or m.group("status") or ""
    doi = None
    found = doi_in_text(rest)
    if found:
        doi, start, end = found
        # (the brackets around it and the stop that closes its word go with it)
        after = re.sub(r"^\S*", "", rest[end:]).lstrip(" ,;")
        rest = f"{rest[:start].rstrip(' ,;([')} {after}".strip()
    if m.group("year") and rest and not re.match(r"[A-Z]", rest):
        return None  # "..., 2019, seen from space": not a venue after the year
    return m.group("title").strip(), int(m.group("year")) if m.group("year") else None, rest or None, doi


_FAMILY = r"(?:[a-z]{1,3}\s+){0,2}[^\W\d_a-z][^\W\d_]+(?:[ '’\-](?:[a-z]{1,3}\s+){0,2}[^\W\d_a-z][^\W\d_]+){0,3}"
"""A family name as a short citation writes it: "Kay", "de Heer", "Dupré la Tour", "Visconti di Oleggio Castello"."""
_TITLE_PAREN_CITATION = lazy_compile(
    rf"^(?P<title>\S.{{10,}}?)\s+\((?P<names>{_FAMILY}(?:\s*,\s*{_FAMILY})*(?:(?:\s*,)?\s+(?:and|&)\s+{_FAMILY})?)"
    rf"(?P<etal>,?\s+et\s+al\.?)?\s*,\s+(?:in\s+)?(?P<venue>[^()]*?[^\W\d][^()]*?)\s*,\s*(?P<year>(?:19|20)\d\d)\)\s*\.?$")
"""A record's title that ends in the work's short citation in brackets (``Waves in sand (Roe, Lee & Kim, J. Sand,
2019)``, ``(Roe et al., Nature, 2008)``): the family names, "et al." when they are cut, the venue and the year."""


def title_paren_citation(title: str) -> tuple[str, list[str], bool, str, int] | None:
    """The title, the authors' family names, whether they are cut short ("et al."), the venue and the year of a
    record's title that ends in its short citation in brackets; None for a title without one.

    >>> title_paren_citation("Waves in sand and clay (Roe, Lee & Kim, J. Sand Res., 2019)")
    ('Waves in sand and clay', ['Roe', 'Lee', 'Kim'], False, 'J. Sand Res.', 2019)
    >>> title_paren_citation("Ripples of the shore (van Dam et al., in Coasts, Tarn Press, 2012)")
    ('Ripples of the shore', ['van Dam'], True, 'Coasts, Tarn Press', 2012)
    >>> title_paren_citation("Ripples of the shore (Roe, Kim, Lee, bioRxiv preprint, 2025)")[1:4]
    (['Roe', 'Kim', 'Lee'], False, 'bioRxiv preprint')
    >>> title_paren_citation("Ripples of the shore (and sand, 2019)") is None
    True
    >>> title_paren_citation("Proceedings of the Workshop on Sand (Vienna, Austria, 2019)") is None
    True
    """
    m = _TITLE_PAREN_CITATION.match(title)
    if not m or len(m.group("title").split()) < 3:
        return None
    names, venue = m.group("names"), m.group("venue")
    if not m.group("etal") and not re.search(r"\s(?:and|&)\s", names):
        # "(Roe, Kim, Lee, bioRxiv preprint, 2025)": no "and" closing the names, so the regex's names may have taken
        # the venue's first pieces; the venue is the last piece before the year
        pieces = [x.strip() for x in f"{names}, {venue}".split(",")]
        if len(pieces) < 2:
            return None
        names, venue = ", ".join(pieces[:-1]), pieces[-1]
    family = [x for x in re.split(r"\s*,\s*|\s+(?:and|&)\s+", names) if x]
    if not family or not all(re.fullmatch(_FAMILY, x) for x in family):
        return None
    if len(family) < 2 and not m.group("etal"):
        # ("Workshop on Sand (Vienna, Austria, 2019)": one capitalised word before the last piece is as likely a
        # place as an author; a short citation of one author is not told from it, and is left as the title says)
        return None
    return m.group("title").strip(), family, bool(m.group("etal")), venue.strip(), int(m.group("year"))


_AUTHOR_YEAR_LABEL = lazy_compile(
    r"^\s*[A-Z][^\W\d_]+(?:[ '’\-][A-Z]?[^\W\d_]+)?(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][^\W\d_]+(?:[ '’\-][A-Z]?"
    r"[^\W\d_]+)?)\s*,?\s*[(\[]?\s*(?:19|20)\d\d[a-z]?\s*[)\]]?\s*\.?\s*$")
"""A link text that is the work's short author-year name (``Roe et al, 2021``, ``Roe and Lee (2019)``, ``Van Dam
et al. (2020)``), not its venue (one word and a year, ``Nature 2021``, may be either: left as the venue)."""

_SAMPLE_VENUE = re.compile(r"(?i)journal\s+\d")
"""academicpages' sample venues ("venue: 'Journal 1'"), left in a real record whose citation names the work's."""
_PLACEHOLDER_DATE = re.compile(r"^\s*['\"]?(?:1900|0001|1000)-01-01")
"""The date a record generator writes when it knows none (academicpages files exported from ORCID:
"1900-01-01-title.md", ``date: 1900-01-01``)."""

_CATEGORY_TYPES = {"manuscripts": "journal", "conferences": "conference", "books": "book", "journals": "journal",
                   "preprints": "preprint", "workshops": "workshop", "theses": "thesis", "thesis": "thesis"}


_PUB_LINK_KEYS = {"paperurl": "paper", "pdfurl": "pdf", "slidesurl": "slides", "bibtexurl": "bibtex",
                  "codeurl": "code", "code": "code", "projecturl": "project", "videourl": "video",
                  "posterurl": "poster", "arxivurl": "arxiv", "doi_url": "doi", "website": "project", "biburl": "bibtex"}


_CSL_NAME_PARTS = ("given", "dropping-particle", "non-dropping-particle", "family", "suffix")


def csl_name(name) -> str | None:
    """A CSL name (``{given: Ann, dropping-particle: L., family: Vidal}``, or ``{literal: The X Team}``) as
    written in a byline: given names, particles, family name."""
    if isinstance(name, str):
        return md_text(name).strip() or None
    if not isinstance(name, dict):
        return None
    if as_text(name.get("literal")):
        return md_text(as_text(name.get("literal")))
    words = [md_text(as_text(name.get(k)) or "").strip() for k in _CSL_NAME_PARTS]
    return " ".join(w for w in words if w) or None


def _doi_linked(pub: Publication) -> bool:
    """Whether one of a record's links is its own DOI's resolver address (``https://doi.org/<its DOI>``); the
    resolver address of another DOI (the paper's data set on Dryad: ``url_dataset: https://doi.org/10.5061/...``)
    is not."""
    own = (pub.doi or "").lower()
    return any(re.match(r"https?://(?:dx\.)?doi\.org/", str(u), re.I) and (doi_of(str(u)) or "").lower() == own
               for u in pub.links.values())


def csl_year(value) -> int | None:
    """The year of a CSL date (``issued:``): ``{date-parts: [[2013, 7]]}``, pandoc's YAML ``[{year: 2013, month:
    7}]`` or ``{year: 2013}``, or a date written out; None when it gives none.

    >>> csl_year([{"year": 2013, "month": 7}]), csl_year({"date-parts": [[2009, 12]]}), csl_year("2021-03")
    (2013, 2009, 2021)
    """
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            value = parts[0][0]
        else:
            value = value.get("year") if value.get("year") is not None else value.get("raw")
    return find_year(str(value)) if value is not None else None


_CROSSREF_KEYS = frozenset({"published", "shortcontainer", "fullpublished"})
"""The keys (lower-cased) a list built from Crossref writes beside ``container``, Crossref's short name of the
journal: ``container`` is the venue only in a record with one of them ("container: Docker image ..." alone is none)."""


_CROSSREF_DAY = re.compile(r"\d{4}(?:[-/.]\d{1,2}){0,2}")


def _crossref_date(value: object) -> bool:
    """Whether a record's ``published`` is a date as Crossref writes it: a year, ``{date-parts: ...}``, or a text that
    is wholly a date ("2022-01-04"); not Jekyll's ``published: false``, nor a citation written there ("In Proceedings
    of the Sea Conference 2019, pp. 1-9": its text is left for the report)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, dict):
        return "date-parts" in value
    if isinstance(value, datetime.date):
        return True  # ("published: 2022-01-04T10:00:00Z" loads as a datetime, its text with the time)
    return isinstance(value, (int, str)) and _CROSSREF_DAY.fullmatch(str(value).strip()) is not None


def _apply_csl(pub: Publication, csl: dict, base: str | None) -> bool:
    """What a CSL item beside a page's front matter (Quarto's ``citation:`` block) says of the work: its authors
    (when they are more than the front matter names), its venue (``container-title``, a report's ``publisher``),
    its status, DOI and ``url``. Editors are no authors. True when it gave anything."""
    took = False
    authors = csl.get("author") if isinstance(csl.get("author"), list) else []
    names = [n for n in (csl_name(a) for a in authors) if n]
    if len(names) > len(pub.authors):
        pub.authors = [Author(name=n) for n in names]
        took = True
    kind = (as_text(csl.get("type")) or "").lower()
    # (a report's series, "Freedom on the Net 2023", is less its venue than who published it)
    venue = as_text(csl.get("publisher")) if kind in ("report", "thesis") else None
    venue = venue or as_text(csl.get("container-title")) or as_text(csl.get("container-title-short"))
    if not venue and kind == "book":
        venue = as_text(csl.get("publisher"))
    if venue and pub.venue is None:
        pub.venue = md_text(venue)  # a field of its own, written out: no venue line to parse
        took = True
    pub.venue_type = pub.venue_type or CSL_TYPES.get(kind)
    status = md_text(as_text(csl.get("status")) or "")
    if status and status not in pub.notes:
        pub.notes.append(status)
    doi = as_text(csl.get("doi")) or as_text(csl.get("DOI"))
    if doi and pub.doi is None:
        try:
            pub.doi = doi
            took = True
        except ValueError:
            pass
    if pub.doi and doi and not _doi_linked(pub):
        # Quarto's citation appendix shows the block's DOI as its resolver link, even when the block's "url" is
        # the publisher's page of it
        pub.links.setdefault("doi", f"https://doi.org/{pub.doi}")
    url = absolute_url(as_text(csl.get("url")) or "", base)
    if url and url not in pub.links.values():
        put_address(pub, url)
    return took or bool(status)


_PUB_IGNORED = {"collection", "permalink", "layout", "author_profile", "share", "comments", "header", "sidebar",
                "classes", "toc", "published", "redirect_from", "tags"}


_HUGO_TYPES = {
    "0": "other", "1": "conference", "2": "journal", "3": "preprint", "4": "other", "5": "book", "6": "book",
    "7": "thesis", "8": "other", "paper-conference": "conference", "article-journal": "journal",
    "article": "preprint", "preprint": "preprint", "report": "other", "book": "book", "chapter": "book",
    "thesis": "thesis", "patent": "other", "manuscript": "other", "software": "other", "dataset": "other",
}


_HUGO_LINKS = {"url_pdf": "pdf", "url_code": "code", "url_dataset": "data", "url_poster": "poster",
               "url_project": "project", "url_slides": "slides", "url_source": "other", "url_video": "video",
               "url_preprint": "arxiv"}


_HUGO_PUB_IGNORED = {"publishDate", "featured", "image", "projects", "slides", "draft", "weight", "share",
                     "commentable", "math", "highlight", "reading_time", "profile", "show_related", "lastmod",
                     "categories", "sections", "type", "summary"}


_SHORT_VENUE_KEYS = ("venueabbr", "venue_abbr", "venue_short", "venueshort", "short_venue", "abbr", "conference_short",
                     "journal_short", "short_conference", "short_journal")
"""A record's key for the short name of its venue, the badge a theme shows beside the full name."""
_VENUE_SHORT_NAMES = ("abbreviation", "abbrev", "abbr", "short", "shortname", "short_name", "iso_abbreviation")
"""The keys of a venue written as a mapping (``journal: {fullname: ..., abbreviation: ...}``) for its short name."""
def _written_venue(value: object) -> str | None:
    """The venue a record's value writes: its text (not a bare address: "journal: https://journals.aps.org/...",
    the theme's "Journal" button), or a journal written as the site's own record of it ("journal: {fullName: ...,
    abbrev: ...}"), by its name or its short name alone; None when it writes none, nor for a flag, a date or a
    file's path under a key that may be a venue ("pub: true", "pub: 2025-02-08", "pub: /papers/moss.pdf")."""
    if isinstance(value, (bool, datetime.date)):
        return None
    text = as_text(value)
    if text:
        return None if re.fullmatch(r"https?://\S+|\S*/\S+\.(?:pdf|html?|bib|pptx?|docx?)|\d{4}-\d\d?-\d\d?", text,
                                    re.I) else text
    return _entity_name(value) or _venue_short(value)


def _venue_short(value: object) -> str | None:
    """The short name of a venue written as a mapping (see :data:`_VENUE_SHORT_NAMES`); None for another value."""
    if not isinstance(value, dict):
        return None
    return first_text({re.sub(r"[\s\-]+", "_", str(k).lower()): v for k, v in value.items()}, _VENUE_SHORT_NAMES)


_RECORD_VENUE = ("venue", "journal", "journaltitle", "conference", "booktitle", "container-title", "container",
                 "in_title", "publication", "pub", "book", *BOOK_VENUE_KEYS, "school", "university")
"""A data record's venue keys, surest first (BibLaTeX's ``journaltitle`` beside BibTeX's ``journal``, a
bibliography kept as YAML naming its fields so): the book a chapter is in (CSL's ``container-title``: the journal or
proceedings of a reference manager's export; ``container`` as a list built from Crossref shortens it), and the series a working paper or a book is in, say more than their
publisher; a thesis's school (BibTeX's ``school``, or ``University:`` as a hand-kept list names it); ``pub``, as an
Astro site's content collection writes it short ("pub: ICLR 2025")."""


_DETAILS_KEYS = ("details",)
"""A record's key for the rest of its citation after the title ("details: 'Journal of Aircraft, 2025.'", "Cortex.
2020; 124:54-65."): the venue, when no venue key is written and it opens with the venue's name (:func:`_details_venue`)."""


def _details_venue(value: object) -> bool:
    """Whether a record's details line opens with where the work appeared: a name (no sentence of prose) its year,
    volume or pages follow."""
    text = md_text(as_text(value) or "") if isinstance(value, (str, int)) else ""
    if not text or len(text) > 200:
        return False
    v = parse_venue(text)
    # (the name as :func:`_venue_name` reads one, not prose that names a year: "We used data from 2019.",
    # "Presented at the annual meeting in 2019")
    return bool(v.venue) and _venue_name(v.venue) and (v.year is not None or v.volume is not None or v.pages is not None)


_LOCATION_KEY = "location"
"""A record's key for where the work appeared or was given: a venue when it reads as one (a work's record with no
venue key), else a place."""
_NOT_VENUE_KEYS = frozenset({"title", "subtitle", "authors", "author", "abstract", "citation", "bibtex", "note",
                             "notes", "summary", "description", "tldr", "award", "awards", "funding", "grant", "grants",
                             "comment", "comments", "remark", "remarks"})
"""A record's keys whose value is never where the work appeared: its prose, or a note on it whose numbers and year
read like a citation's ("funding: 'Widget Foundation grant 1234567 (2019)'", "award: 'Best Poster, Session 3
(2021)'")."""
_NAME_LETTERS = r"[^\W\d_][^\d()\[\]{}<>|]"
"""A venue's name as a record writes it before its numbers or year: a letter, then no number and no bracket (each
pattern says how many more)."""
_JOURNAL_NAME = re.compile(_NAME_LETTERS + r"{2,120}")
"""A journal's name before its volume (no number, no bracket in it)."""
_CITED_IN = lazy_compile(r"(?P<name>" + _NAME_LETTERS + r"{2,120}?)[\s,:]+"
                       r"(?P<numbers>(?:\(?[A-Za-z.]{0,4}\d[\w.]*\)?[\s,:;–-]*)+?)"
                       r"\(\s*(?P<year>(?:19|20)\d\d)\s*\)[\s.]*")
"""A journal's name, then its volume, issue, pages or the article's number, then the year in brackets, as a lab
template's publist writes where a work appeared in one string: "Nature Reviews Neuroscience 23: 683-704 (2022)",
"Science 365 (6453), eaaw5202 (2019)", "Journal of Experimental Biology, jeb.251950 (2026)." (every piece between
the name and the year holds a digit)."""
_REF_KEYS = frozenset({"ref", "reference"})
"""The keys a lab template's record writes where the work appeared under, beside its title and authors ("ref: 'Neuron
107: 1-17 (2020)'", "ref: Nature, 2013")."""
_NAME_YEAR = re.compile(r"(?P<name>" + _NAME_LETTERS + r"{1,120}?)[\s,]+\(?(?P<year>(?:19|20)\d\d)\)?[\s.]*")
"""A venue's name and the year alone, "Nature, 2013", "bioRxiv (2024)"."""
_ABOUT_ANOTHER = lazy_compile(r"(?i)\s*(?:erratum|errata|corrigend(?:um|a)|correction|addendum|reply|response|comments?|"
                            r"commentary|see|featured|covered|reviewed|highlighted|extended|preliminary|earlier|"
                            r"short|full)\b")
"""The words that open a note about the work or another one, where a venue's name would stand ("Erratum to Cell
162: 338-350 (2015)", "Featured in the New York Times, 2020", "see also Lee et al. 2019")."""
_CLOSING_YEAR = re.compile(r"\(\s*(\d+)\s*\)[\s.]*$")
"""A year in brackets closing a record's citation ("Chaos 35, 013108 (2025)")."""
_LEAD_VOLUME = re.compile(r"\d{1,4}(?=[\s,:(]|$)")
"""The volume opening the numbers after a journal's name ("107: 1-17", "365 (6453), eaaw5202")."""
_LEAD_ISSUE = re.compile(r"^\s*\(\s*\d+\s*\)")
"""The issue in brackets right after the volume ("(6453)")."""
_CITED_PAGES = re.compile(r"[A-Za-z.]{0,4}\d[\w.]*(?:\s*[-–]+\s*\d+)?")
"""The pages or the article's number after them ("683-704", "e28", "jeb.251950")."""


_NOTE_KEYS = ("note", "notes", "news", "remark", "remarks")
"""A publication record's keys of a remark on the work, its note: ``note:``, and ``news:`` as the lab template's
publist writes "Invited review. Cover article." or "Article in [New York Times](...)" under each paper."""


def _legend_of_marks_read(value: str, pub: Publication) -> bool:
    """Whether the words a line of links writes beside them (its markup and link words aside) are a legend of marks
    (:func:`~..common.read_legend`: "<sup>*</sup> denotes co-first authorship.") whose every meaning kg holds on the
    work's authors (their ``marks``): data kg read, no remark to list. A legend of a meaning no author bears stays
    listed."""
    rest = _LINK_WORDS_AROUND.sub(" ", re.sub(r"<[^>]*>", " ", MD_LINK.sub(" ", value)))
    rest = " ".join(rest.split()).strip(" ,;.")
    legend = read_legend(rest) if rest else None
    return bool(legend) and set(legend.values()) <= {m for a in pub.authors for m in a.marks}


_LINK_WORDS_AROUND = re.compile(r"(?i)\b(?:links?\s+to|and|or|here|at)\b")
"""The words a line of links writes around them ("Link to [PDF](...), Link to [Cell](...)")."""


_RECORD_LINKS = {"url": "paper", "link": "paper", "paperurl": "paper", "paper": "paper", "html": "paper",
                 "fulltext": "paper",
                 "pdf": "pdf", "arxiv": "arxiv", "code": "code", "github": "code", "slides": "slides",
                 "video": "video", "project": "project", "website": "project", "bibtex": "bibtex", "poster": "poster",
                 "supplement": "supplement", "doi": "doi"}


_LINK_TARGET_KEYS = ("url", "href", "link", "dest")
"""The keys of a link's mapping that hold its address ("{name: PDF, dest: https://...}": the target a minima page's
"[{{ l.name }}]({{ l.dest }})" links)."""


_PLURAL = re.compile(r"(?<=[a-z])(?:(?<=[^s])s|(?<=ss)es)$")


def _kind_named(written: str) -> str | None:
    """The kind of work a record's ``type`` names in other words than the labels' own: with hyphens or underscores
    ("journal-article", "masters_thesis"), as the heading of the site's list in the plural ("Journal Articles",
    "Conference Proceedings", "Posters and Demos": the first kind named), a thesis by its degree ("PhD
    Dissertation"), or after words that qualify it ("dormant-working-paper", "Refereed Journal Articles",
    "refereed_journals"). None for a kind kg has no venue type for ("blogpost", "Doctoral Consortia",
    "selected-seminar-paper", "other_publications_editor", "Magazine Articles")."""
    words = re.split(r"[\s_\-]+", written.lower().strip())
    words = " ".join(words).split(" and ")[0].split()
    if not words:
        return None
    if words[-1] in ("thesis", "theses", "dissertation", "dissertations"):
        return "thesis"
    # (and the kind named after words that qualify it: "dormant-working-paper", "Refereed Journal Articles", a kind
    # of one word after one, "refereed_journals": a word that is the kind's own name, not a form of writing many
    # kinds have, "Magazine Articles", "Newspaper Articles", "Press Reports" naming none kg has)
    for head in [words, *(words[-n:] for n in (2, 1) if len(words) > n)]:
        for phrase in (" ".join(head), " ".join([*head[:-1], _PLURAL.sub("", head[-1])])):
            if (kind := kind_labelled(phrase)) and (len(head) > 1 or len(words) == 1 or kind == phrase):
                return kind
    if words[-1] == "proceedings" and len(words) == 2 and words[0] in ("conference", "workshop"):
        return TYPE_LABELS[words[0]]
    return None


_KIND_KEY = re.compile(r"(?:pub|publication|paper|research|work|item)[_-]type|entry[_-]?type|section")
"""A record's key for the kind of work besides ``type``: ``pub_type: journal`` (a Jekyll theme's),
``research_type: [journal-article]`` (a Hugo site's taxonomy of its research pages), ``item_type: journalArticle``
(a reference manager's export: Zotero's "Item Type" column, its kinds written in camel case), ``ENTRYTYPE:
inproceedings`` (a BibTeX file written out as JSON by bibtexparser, which names the entry's type so), ``section:
refereed_journals`` (the part of the list a CV's generator files the work under: a kind where its words name one,
"other_publications_editor" none)."""
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
"""Where a kind written in camel case ("journalArticle", "conferencePaper", "bookSection") breaks into words."""
_PAGE_NUMBERS = re.compile(r"[A-Za-z]?\d+(?:\s*[-\u2013\u2014]+\s*[A-Za-z]?\d+)?")
"""A work's pages as a record writes them: ``11-18``, ``e1024``, ``373``."""
_WORK_YEAR_KEY = lazy_compile(r"(?:pub|publication|published)[_ -]?year|year[_ -]?(?:pub|publication|published)")
"""A record's key for its work's year other than ``year``, its words in either order (``publication_year``,
``pub_year``: a reference manager's export, Zotero's "Publication Year" column; ``yearPublished``)."""
_PREPRINT_YEAR_KEY = re.compile(r"(?:preprint|arxiv)[_ -]?year|year[_ -]?(?:preprint|arxiv)")
"""A record's key for the year its preprint came out (``yearPreprint``, ``arxiv_year``): the work's year when the
record names no published one."""
_WORK_DATE_KEY = re.compile(r"(?:sort|pub|publication|published|release|iso)[_ -]?date|date[_ -]?iso")
"""A record's key for its work's date other than ``date`` (``sort_date``, ``pub_date``, ``publication_date``, and
``dateISO``/``iso_date``: the date written as ISO 8601 beside the year the page shows)."""
_TYPE_PREFIX = lazy_compile(r"(?i)^(" + "|".join(sorted(map(re.escape, TYPE_LABELS), key=len, reverse=True))
                          + r")\s*:\s+|^\[\s*(" + "|".join(sorted(map(re.escape, [*TYPE_LABELS, "review"]), key=len,
                                                                  reverse=True)) + r")\b[^\[\]]{0,30}\]\s*")
"""The kind of work as a label before a record's title: "Journal: Title", or in brackets with words on it
("[Preprint] Title", "[Review in Japanese] Title")."""
_SUFFIX_LABELS = {**TYPE_LABELS, "monograph": "book", "edited volume": "book", "data release": None,
                  "dataset": None, "data set": None}
_TYPE_SUFFIX = lazy_compile(r"(?i)\s*\(\s*(?:(?:peer[- ]?reviewed|non[- ]?peer[- ]?reviewed|refereed|non[- ]?refereed|"
                          r"invited|edited|short|full|open[- ]access)\s+)?("
                          + "|".join(sorted(map(re.escape, _SUFFIX_LABELS), key=len, reverse=True))
                          + r")(?:\s+in\s+(?:an?\s+)?(?:edited\s+)?(?:volume|book|proceedings))?\s*\)\s*$")
"""The kind of work as a remark in parentheses after a record's title, as a site marks every item of its list:
"Title (peer-reviewed journal article)", "Title (chapter in edited volume)", "Title (data release)"."""


@dataclass(frozen=True)
class RecordKeys:
    """One family's keys for a publication record: which keys hold the authors and the venue, which hold a
    link and of what kind, and whether a bare file name (``paper.pdf``) is a link (joined to the site's base
    URL) or a name the family's template puts under a folder kg cannot know (skipped). Key case is ignored."""

    links: dict[str, str]
    authors: tuple[str, ...] = ("authors",)
    venue: tuple[str, ...] = ("venue",)
    bare_files: bool = True
    bare_keys: frozenset[str] = frozenset()
    """Keys (lower-cased) whose bare file name is a link even when ``bare_files`` is not: a page's template
    writes them alone as a link's address (``href="{{ paper.bibtex }}"``)."""
    own_address: tuple[str, ...] = ()
    """Keys whose path inside the site is where the page itself is published (Hugo's ``url: /7/``), no link."""
    site_paths: frozenset[str] = frozenset()
    """Keys (lower-cased) the site's templates write alone as a link's address (:func:`printed_link_keys`): a path
    of the site under one (``slide_url: /files/x.pdf``) is a link named by the key, whatever the key is called."""
    folders: tuple[tuple[str, str], ...] = ()
    """(key lower-cased, folder) pairs: the site's folder a template puts a key's bare file name under
    (``href="{{.Site.BaseURL}}publications/{{.Params.preprint}}"``: "preprint" under "publications/")."""


JEKYLL_KEYS = RecordKeys(links=_PUB_LINK_KEYS, venue=("venue", "journal"))
"""academicpages' ``_publications/*.md`` front matter."""
CITED_RECORD_KEYS = RecordKeys(links=_PUB_LINK_KEYS, venue=("venue", "journal", "publication"))
"""The same front matter (a ``citation`` beside the title) in a collection of another name, whose template may
show the venue under ``publication:`` ("Paper at {{ post.data.publication }}")."""
THEME_KEYS = RecordKeys(links={**_RECORD_LINKS, **_PUB_LINK_KEYS, "page": "project"})
"""A theme's one page per paper (Hugo's PaperMod-academics ``content/pubs/*.md``): ``authors`` (names, or
``{name, home}``), ``venue`` and links under their plain names (``arxiv``, ``code``, ``page``)."""
PAGE_KEYS = RecordKeys(links=THEME_KEYS.links, authors=("authors", "author"), venue=_RECORD_VENUE)
"""A theme's one page per paper whose authors may be under ``author:`` (Hugo PaperMod's ``author: [Jane Doe]``),
and the documents a Quarto listing lists, whose venue is under whatever field the listing's template shows
(``publication:``, ``journal:``), as a data file's record's is."""
HUGO_PAGE_KEYS = RecordKeys(links=PAGE_KEYS.links, authors=PAGE_KEYS.authors, venue=PAGE_KEYS.venue,
                            own_address=("url",))
"""The same in a Hugo theme's page, whose ``url: /7/`` is the address Hugo publishes the page at."""
HUGO_KEYS = RecordKeys(links=_HUGO_LINKS, authors=("authors",), venue=())
"""Hugo's publication pages: authors (their user names swapped for the people's names first, by
:func:`_hugo_author_names`) and the venue two keys the Hugo adapter reads."""
DATA_KEYS = RecordKeys(links=_RECORD_LINKS, authors=("authors", "author"), venue=_RECORD_VENUE, bare_files=False)
"""The records of a ``_data`` file a page loops over (``title``, ``authors``, ``journal`` ...)."""


_SHOWN_AUTHORS = re.compile(r"\bpost\.((?!author_profile\b)(?:authors?_\w+|\w+_authors?|authors))\b")


_HREF_FIELD = re.compile(r"""href\s*=\s*["']\{\{-?\s*(\w+)(?:\.(\w+))?\s*-?\}\}["']""")
"""A template's link whose whole address is one value (``href="{{ pub.slide_url }}"``, ``href="{{ slide_url }}"``)."""
_ASSIGN_FIELD = re.compile(r"\{%-?\s*assign\s+(\w+)\s*=\s*(\w+)\.(\w+)\s*-?%\}")


def printed_link_keys(text: str) -> set[str]:
    """The record keys (lower-cased) a template writes alone as a link's address: ``href="{{ pub.slide_url }}"``,
    or through a variable assigned the key (``{% assign slide_url = pub.slide_url %}`` ... ``href="{{ slide_url
    }}"``); the site's own keys (``site.url``) are none.

    >>> sorted(printed_link_keys('{% assign s = pub.slide_url %}<a href="{{ s }}"></a><a href="{{ post.code }}">'))
    ['code', 'slide_url']
    """
    assigned: dict[str, set[str]] = {}
    for var, head, key in _ASSIGN_FIELD.findall(text):
        if head not in ("site", "include"):
            assigned.setdefault(var, set()).add(key.lower())
    out: set[str] = set()
    for head, key in _HREF_FIELD.findall(text):
        if key and head not in ("site", "include"):
            out.add(key.lower())
        elif not key:
            out |= assigned.get(head, set())
    return out


_PRINTED_VALUE = lazy_compile(r"<(?P<tag>\w+)\b(?P<attrs>[^<>]*)>\s*(?:<%[=-]\s*item\.(?P<ejs>\w+)\s*%>|"
                            r"\{\s*(?:[A-Za-z_$][\w$]*\s*\.\s*)+(?P<jsx>[A-Za-z_$][\w$]*)\s*\})\s*</(?P=tag)>")
"""An element of a template that holds one field of the record alone: an EJS template's ``<%= item.journ %>``, a
JSX component's ``{props.place}`` or ``{item.node.place}``."""
_CLASS_ATTR = re.compile(r"""\bclass(?:Name)?\s*=\s*\{?\s*["'`]([^"'`}]*)""", re.I)
_TITLE_CLASS = re.compile(r"(?<![A-Za-z])[Tt]itle|(?<=[a-z])Title")
"""A class naming a title (``title``, ``card-title``, ``cardTitle``), not a subtitle (``card-subtitle``)."""
_STANDARD_KEYS = {"date", "description", "subtitle", "abstract", "summary", "categories"}
"""Keys the readers know as what they are, beside the author, year and title keys: printed in italics or under a
title's class, they stay what they are (``<p><em>{props.authors}</em></p>`` is a byline in italics)."""


def printed_field_keys(text: str) -> dict[str, str]:
    """The fields a template prints alone in an element that says what they are, each to ``venue`` or ``title``:
    in italics (``<i><%= item.journ %></i>``, ``<h3 style={{fontStyle: "italic"}}>{props.place}</h3>``) the work's
    venue, as a citation sets it; under a title's class (``<h2 className="cardTitle">{props.shorttitle}</h2>``) its
    title. The template decides, as it decides which keys are its links (:func:`printed_link_keys`).

    >>> printed_field_keys('<h2 className="cardTitle">{p.short}</h2><h3 style={{fontStyle:"italic"}}>{p.place}</h3>')
    {'short': 'title', 'place': 'venue'}
    """
    out: dict[str, str] = {}
    known = {*RECORD_KEYS.authors, *YEAR_KEYS, *TITLE_KEYS, *_STANDARD_KEYS}
    for m in _PRINTED_VALUE.finditer(text):
        key = m.group("ejs") or m.group("jsx")
        if key.lower() in known:
            continue
        classes = (_CLASS_ATTR.search(m.group("attrs")) or [None, ""])[1]
        if m.group("tag").lower() in ("i", "em", "cite") or _ITALIC_STYLE.search(m.group("attrs")) \
                or set(classes.split()) & _ITALIC_CLASSES:
            out.setdefault(key, "venue")
        elif _TITLE_CLASS.search(classes):
            out.setdefault(key, "title")
    return out


_GRAPHQL_SOURCE = re.compile(r"\ball(?P<name>[A-Z]\w*?)(?:Json|Yaml|Csv)\s*(?:\([^()]*\)\s*)?\{")
"""A Gatsby page's query of a data source (``allPublicationsJson(sort: ...) { edges { node { ... } } }``: the JSON
files of the folder or the file ``publications``, as gatsby-transformer-json names their type)."""


def queried_record_keys(texts: Iterable[str]) -> dict[str, dict[str, str]]:
    """For each data source a page's GraphQL query reads (its folder's or file's name, lower case), the record keys
    the query asks for that a component of the site prints as the work's title or venue (:func:`printed_field_keys`:
    ``allPublicationsJson { shorttitle place }`` and ``<h2 className="cardTitle">{props.shorttitle}</h2>``), to
    ``title`` or ``venue``; the site's own template decides which keys those are."""
    texts = [t for t in texts if "{" in t]
    queried: dict[str, set[str]] = {}
    for text in texts:
        for m in _GRAPHQL_SOURCE.finditer(text) if "graphql" in text else ():
            end = closing_bracket(text, m.end() - 1, "{}")
            if end is not None:
                fields = set(re.findall(r"[A-Za-z_]\w*", text[m.end():end])) - {"edges", "node", "nodes"}
                queried.setdefault(m.group("name").lower(), set()).update(fields)
    if not queried:
        return {}
    printed: dict[str, str] = {}
    for text in texts:
        for key, field in printed_field_keys(text).items():
            printed.setdefault(key, field)
    return {name: {k.lower(): f for k, f in printed.items() if k in fields} for name, fields in queried.items()}


def shown_author_keys(root: Path) -> RecordKeys:
    """academicpages' keys with the byline the site's own publication template shows first: a template that
    writes ``{{ post.authors_short | default: post.citation }}`` shows the front matter's short byline (``A, B,
    ..., Owner, et al.``), not the longer list its ``citation`` holds; and the keys a template writes alone as a
    link's address (:func:`printed_link_keys`: a site-relative path under them is a link, whatever the key's name);
    :data:`JEKYLL_KEYS` when no template of the site names such a key."""
    keys: list[str] = []
    printed: set[str] = set()
    for folder in ("_includes", "_layouts"):
        base = root / folder
        for path in sorted(base.rglob("*.html")) if base.is_dir() else []:
            if (text := file_text(path)) is None:
                continue
            keys += [k.lower() for k in _SHOWN_AUTHORS.findall(text) if k.lower() not in keys]
            printed |= printed_link_keys(text) if "href" in text else set()
    if not keys and not printed:
        return JEKYLL_KEYS
    return RecordKeys(links=JEKYLL_KEYS.links, authors=tuple(dict.fromkeys((*keys, *JEKYLL_KEYS.authors))),
                      venue=JEKYLL_KEYS.venue, site_paths=frozenset(printed))


TITLE_KEYS = ("title", "paper title", "name", "paper")
AUTHOR_KEYS = ("authors", "author", "creators", "coauthors", "co-authors")
"""A record's keys for its authors, in any family's spelling."""
_BYLINE_KEY = lazy_compile(r"authors?[ _-]?(?:display|displayed|shown|list|short|names|string|text|line)"
                         r"|(?:display|displayed|shown|short)[ _-]?authors?")
"""A record's key for its byline under a word that says how it is written (``authors_display``, ``author_list``,
``shortAuthors``): the authors, where the record has no key of :attr:`RecordKeys.authors`."""


def record_authors_key(lowered: dict, names: tuple[str, ...] = AUTHOR_KEYS) -> str | None:
    """The key (of :func:`lower_keys`) of a record's authors: one of ``names``, else a byline's key by its words
    (:data:`_BYLINE_KEY`, ``authors_display``) in a record with no whole citation (academicpages' ``authors_short``
    beside its ``citation`` is the byline only where a template shows it: :func:`shown_author_keys`); an author's
    role or address (``author_role``) is none.

    >>> record_authors_key({"authors_display": "Roe et al."}), record_authors_key({"author_role": "first"})
    ('authors_display', None)
    """
    return next((k for k in names if k in lowered), None) or (
        None if _citation_key(lowered) else next((k for k in lowered if _BYLINE_KEY.fullmatch(k)), None))


_FULL_AUTHORS = lazy_compile(r"(?:full|all|complete)[ _-]?authors?(?:[ _-]?list)?|authors?[ _-]?(?:full|all|complete)")
"""A record's key for its whole list of authors beside a short one (``fullAuthors``, ``all_authors``)."""
_CUT_SHORT = re.compile(r"(?i)\bet\.?\s*al\b|…|\.\.\.\s*$")
"""An author field cut short ("Roe, A. et al.", "A. Roe, B. Lee, ...")."""
YEAR_KEYS = ("year", "date", "publication year", "published", "issued")
RECORD_KEYS = RecordKeys(links={**_RECORD_LINKS, **_PUB_LINK_KEYS, **_HUGO_LINKS, "pdffilename": "pdf"},
                         authors=("authors", "author", "creators"),
                         venue=(*_RECORD_VENUE, "outlet", "proceedings", "publication title", "published_in", "where"),
                         bare_files=False)
"""Every family's keys at once: a record found outside a family's own folders may spell them any way."""


_KEY_PREFIX = re.compile(r"([A-Za-z][A-Za-z0-9]*)[_\-](.+)")


def unprefixed(data: dict, spans: dict) -> tuple[dict, dict]:
    """A record whose keys carry one word before the record's own (``work_title``, ``work_authors``, ``work_year``
    beside ``journal_title`` and ``pdf``: a lab's export of its works) as a record with the plain keys too: the word
    whose keys name a title and its authors or year gives them (``title``, ``authors``, ``year``), the word of
    authors first, never a venue's word (``journal_title`` is the journal's name) nor one naming another kind of
    record than works (``talk_title``, ``student_name``); a plain key the record has stays, and so does every
    prefixed key. A record with no such word is returned as it is.

    >>> unprefixed({"work_title": "A Study", "work_year": 2020, "journal_title": "J. Ex.", "pdf": "a.pdf"}, {})[0]
    {'work_title': 'A Study', 'work_year': 2020, 'journal_title': 'J. Ex.', 'pdf': 'a.pdf', 'title': 'A Study', \
'year': 2020}
    >>> unprefixed({"title": "A Study", "journal_title": "J. Ex."}, {})[0]
    {'title': 'A Study', 'journal_title': 'J. Ex.'}
    """
    if any(str(k).strip().lower() in TITLE_KEYS for k in data):
        return data, spans
    rests: dict[str, dict[str, str]] = {}
    for key in data:
        m = _KEY_PREFIX.fullmatch(str(key).strip())
        if m:
            rests.setdefault(m[1].lower(), {})[m[2].lower()] = key
    # (not a venue's word: ``journal_title``, ``journal_year`` are the journal's, beside ``paper_title``; nor a
    # word that names another kind of record: ``talk_title``, ``news_date``, ``student_name``, ``course_year`` are
    # no work's; the word whose keys name the authors first)
    word = max((w for w, keys in rests.items() if w not in RECORD_KEYS.venue and any(k in TITLE_KEYS for k in keys)
                and any(k in AUTHOR_KEYS or k in YEAR_KEYS for k in keys)
                and not {section_kind(w), section_kind(w + "s")} & OTHER_KINDS),
               key=lambda w: any(k in AUTHOR_KEYS for k in rests[w]), default=None)
    if word is None:
        return data, spans
    data, spans = dict(data), dict(spans)
    lowered = lower_keys(data)
    for rest, key in rests[word].items():
        if rest not in lowered:
            data[rest] = data[key]
            if key in spans:
                spans[rest] = spans[key]
    return data, spans


def lower_keys(data: dict) -> dict[str, str]:
    """A record's keys, lower-cased, each to the key as the record spells it."""
    return {str(k).strip().lower(): k for k in data}


OTHER_KINDS = {"talks", "news", "teaching", "awards", "students", "service", "education", "experience", "press",
               "grants", "patents", "software", "staff", "openings"}
"""The section kinds (:func:`~kg.importers.common.section_kind`) that list something other than works."""
NOT_PAPERS = {"software", "code", "package", "presentation", "talk", "invited talk", "poster", "dataset", "data",
              "video", "webinar", "slides", "blog post", "blog", "podcast", "lightning", "e-lightning", "elightning"}
"""A record's ``type`` saying it is an output that is no paper (a list of "research outputs" holds them too)."""
_KIND_KEYS = ("type", "category", "kind")
_SHOWN_KINDS = {"talk", "invited talk", "poster", "presentation"}
"""The words of Jekyll's ``categories:`` (mostly a post's topics: "education", "software" on a paper) that say the
document is no work, a talk the owner gave or a poster shown ("categories: talk", "categories: [Posters]")."""


def other_kind(word: object) -> bool:
    """A record's type (``talk``, ``Poster``, ``software``) or the name of the list it is under (``talks:``,
    ``posters:``) says it is no work: a section kind of something else, in the singular too."""
    text = " ".join(((as_text(word) if isinstance(word, (str, int, float)) else None) or "").split()).lower()
    # ("videos:", "datasets:", "posters:": a list named for outputs that are no papers, in the plural; a key's words
    # however joined, "invited_talks:", "conference-posters:", as well as a type written with its hyphen, "e-lightning")
    return any(t in NOT_PAPERS or t.endswith("s") and t[:-1] in NOT_PAPERS
               or bool({section_kind(t), section_kind(t + "s")} & OTHER_KINDS)
               for t in dict.fromkeys((text, re.sub(r"[_\-]+", " ", text))) if t)


def not_a_paper(data: dict, keys: tuple[str, ...] = ()) -> bool:
    """A record that its ``type``/``category``/``kind`` field (Jekyll's ``categories:`` only by a talk's or a
    poster's word, :data:`_SHOWN_KINDS`), or a key of the lists it is under (``keys``), says is no paper (a talk, a
    poster, software), or whose address is a change to a program (:data:`_CODE_CHANGE`);
    ``data`` as the file spells it (a reference manager's ``Item Type`` column stands for ``type`` where the record
    has none)."""
    lowered = lower_keys(data)
    if "type" not in lowered and "item type" in lowered:
        lowered["type"] = lowered["item type"]
    # (a record typed a poster or a talk that carries its own BibTeX entry of a paper, "cite: '@inproceedings{...'":
    # the page cites it as a work, its type says how it was shown)
    shown = data[lowered["categories"]] if "categories" in lowered else None
    shown = [" ".join(str(w).split()).lower() for w in (shown if isinstance(shown, list) else [shown]) if w]
    typed = (any(other_kind(data[lowered[k]]) for k in _KIND_KEYS if k in lowered)
             or any(w in _SHOWN_KINDS or w.endswith("s") and w[:-1] in _SHOWN_KINDS for w in shown)) \
        and not any(isinstance(v, str) and _PAPER_ENTRY.match(v) for v in data.values())
    return typed or any(map(other_kind, keys)) \
        or any(isinstance(v, str) and _CODE_CHANGE.match(v.strip()) for v in data.values())


def skipped_record_note(fm: FrontMatter, title: str) -> Unparsed:
    """The report of a record :func:`not_a_paper` leaves out (``type: software`` in ``_publications/``): at the line
    of the key that says what it is ("type: software", "categories: talk"), with that line's words as the reason."""
    lowered = lower_keys(fm.data)
    key = next((lowered[k] for k in (*_KIND_KEYS, "item type", "categories")
                if k in lowered and lowered[k] in fm.spans and (k == "categories" or other_kind(fm.data[lowered[k]]))),
               None)
    line = fm.spans[key][0] if key is not None else 1
    said = f"{key}: {as_text(fm.data[key]) or fm.data[key]}" if key is not None else "not a paper"
    return Unparsed(line=line, text=f"not read as a work ({said}): {title}", section="skipped")


_PAPER_ENTRY = lazy_compile(r"(?i)\s*@(?:article|inproceedings|incollection|inbook|book|phdthesis|mastersthesis|"
                          r"techreport|conference)\s*\{\s*[^\s,{}]+\s*,")
"""A BibTeX entry of a paper (``@inproceedings{doe2024x,``), as a record's citation field holds it."""


_CODE_CHANGE = lazy_compile(r"(?i)https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)/[^/\s]+/"
                          r"[^/\s]+/(?:-/)?(?:pull|pulls|merge_requests|issues|commit|commits)/\w+")
"""The address of a change to a program on a code host (``https://github.com/o/r/pull/19``, a merge request, an
issue, a commit): a record holding one is the owner's contribution to software (a generated list of pull
requests, each with its title and date), no paper."""


def record_title_key(keys: dict[str, str], data: dict) -> str | None:
    """The key (of :func:`lower_keys`) holding a record's title: ``title``; ``name`` or ``paper`` only beside
    authors (a spreadsheet's "Name" column of papers; a person's record has a name and no authors)."""
    for key in TITLE_KEYS:
        if key in keys and isinstance(data[keys[key]], str) and data[keys[key]].strip():
            if key in ("name", "paper") and not any(k in keys for k in AUTHOR_KEYS):
                continue
            return key
    return None


def is_publication(data: dict, keys: RecordKeys = RECORD_KEYS, listed: bool = False) -> bool:
    """Whether a mapping is one work's record: a title with authors, or with a venue (under ``keys.venue``) or
    a DOI and a year; or a
    whole citation (``apa_reference: "Doe, J. (2020). Title. _Venue_."``) in a file the site's page lists as
    its publications (``listed``: a template loops over it under a Publications heading), where a title with a
    venue or a DOI is enough too. A person, a project, a talk or a news item has no such pair (in a listed file
    named for works, a title and its address alone are a work too: :func:`title_and_address`).

    >>> is_publication({"title": "A", "authors": ["B. C"]}), is_publication({"title": "A", "image": "a.png"})
    (True, False)
    >>> is_publication({"title": "A", "journal": "B"}), is_publication({"title": "A", "journal": "B"}, DATA_KEYS, True)
    (False, True)
    """
    if listed and _citation_key(data) is not None:
        return True  # (elsewhere a long ``html:`` or ``ref:`` value may be any record's link)
    spelled = lower_keys(data)
    if record_title_key(spelled, data) is None:
        return False
    bylines = (*AUTHOR_KEYS, *(k for k in spelled if _BYLINE_KEY.fullmatch(k)))
    has = [k for k in (*bylines, *keys.venue, "doi") if k in spelled and data[spelled[k]]]
    return bool(has) and (listed or any(k in bylines for k in has) or any(k in spelled for k in YEAR_KEYS))


def title_and_address(data: dict, keys: RecordKeys = RECORD_KEYS) -> bool:
    """A record of a title and the work's address alone, no author nor venue, as a file whose own name says it holds
    works and which a template loops over writes them (``_data/theses.yml``: ``link: {name: PDF, dest: https://...}``;
    ``preprints.yml``: ``url: https://doi.org/10.1101/...``): a work there, the site listing it as one. The address
    is a value under one of ``keys.links`` or a DOI or arXiv address under any key.

    >>> title_and_address({"title": "A", "url": "https://doi.org/10.1101/2020.1"}), title_and_address({"title": "A"})
    (True, False)
    >>> title_and_address({"title": "A", "link": {"name": "PDF", "dest": "https://example.org/a.pdf"}})
    True
    """
    spelled = lower_keys(data)
    return record_title_key(spelled, data) is not None and (
        any(k in spelled and data[spelled[k]] for k in keys.links)
        or any(isinstance(v, str) and (doi_of(v) or arxiv_id(v)) is not None for v in data.values()))


def put_address(pub: Publication, url: str) -> None:
    """The work's own address (a record's ``url``, a CSL item's, a journal mapping's) in the slot it names itself
    (``doi`` for a doi.org address, ``arxiv`` ...), else as its ``paper`` link; an address already there stays."""
    pub.links.setdefault(address_kind(url), url)


_PAGE_ACTION = re.compile(r"(?i)^\W*(?:add|save|export|send)\s+(?:it\s+)?to\s+\w+")
"""A page's button that does something with the reference ("Add to Zotero", "Export to BibTeX"): no link of it."""


def _put_link(pub: Publication, label: str, url: str, named: bool = True) -> None:
    """A record's link in the slot its label names (``link_kind``; else the label itself when ``named``), a
    second one of that kind in ``more_links`` with its label."""
    if label and _PAGE_ACTION.match(label):
        return  # "Add to Zotero": a button of the page's template that saves the reference, no link of the work's
    kind = link_kind(label, url) or (link_key(label) if named else "") or "other"
    kind = _paper_slot(pub, kind, url)
    if kind not in pub.links:
        pub.links[kind] = url
    elif url not in pub.links.values() and all(x.url != url for x in pub.more_links):
        pub.more_links.append(Link(label=_shown_label(label) or kind, url=url))


def _shown_label(label: str) -> str:
    """A link's label as a page shows it: its template's code left out, its spaces folded. A tag (``{% if %}``,
    ``{# #}``) writes nothing, so the words beside it join ("Slide{% if p.many %}s{% endif %}": "Slides"); a value
    not filled in (``{{ p.pmcid }}``) stands apart from them."""
    return " ".join(TEMPLATE_CODE.sub(lambda m: " " if m.group(0).startswith("{{") else "", label).split())


def _paper_slot(pub: Publication, kind: str, url: str) -> str:
    """The slot of a link whose label names the paper (``kind`` "paper") when the work has its paper link already:
    the slot its address names when that one is free and the paper link is no address of that kind ("[Download
    paper here](.../x.pdf)" beside ``paperurl:``, the publisher's page: the paper's PDF; beside a paper link that is
    a PDF itself, a second PDF is a second version); else ``kind``."""
    own = address_kind(url) if kind == "paper" and "paper" in pub.links else kind
    return own if own not in pub.links and url not in pub.links.values() \
        and (own == kind or address_kind(pub.links["paper"]) != own) else kind


def _venue_link(pub: Publication, venue: object, base: str | None) -> None:
    """The address in a venue written as a mapping (``journal: {name: Ocean Letters, url: https://doi.org/...}``):
    the paper's link where it appeared (its DOI when it is one)."""
    if not isinstance(venue, dict):
        return
    sub = {str(k).lower(): v for k, v in venue.items()}
    text = first_text(sub, ("url", "link", "href"))
    url = absolute_url(text.strip(), base) if text and re.match(r"^(?:https?:)?//|^/", text.strip()) else None
    if url:
        put_address(pub, url)
        pub.doi = pub.doi or doi_of(url)


PERSON_NAME_KEYS = ("name", "full_name", "fullname", "display_name", "displayname")
"""The keys a person's record (a lab's member, a data file's author) gives their whole name under, in order."""
NAME_PART_KEYS = ("first_name", "middle_name", "last_name")
"""The keys of a name a record or a configuration writes in parts (al-folio's ``first_name``), in reading order."""
_GIVEN_NAME_KEYS = ("given", "first_name", "firstname", "first", "given_name", "givenname", "forename")
_FAMILY_NAME_KEYS = ("family", "last_name", "lastname", "last", "family_name", "familyname", "surname")
_ENTITY_NAME_KEYS = ("name", "fullname", "full_name", "longname", "long_name", "displayname", "display_name", "title")


def _entity_name(value: object) -> str | None:
    """The name of a person or a journal a record gives as a mapping (``{name: Ana Ruiz, url: ...}``,
    ``{longName: Ana Ruiz, shortName: A. Ruiz}``, ``{given: Ana, family: Ruiz}``); None for another value."""
    if not isinstance(value, dict):
        return None
    low = {re.sub(r"[\s\-]+", "_", str(k).lower()): v for k, v in value.items()}
    if isinstance(low.get("name"), dict):
        # Quarto's author schema: "{name: {given: Ana, family: Ruiz, literal: Ana Ruiz}, orcid: ...}", the name
        # a CSL name of its own beside the person's other keys
        return _entity_name(low["name"])
    name = first_text(low, _ENTITY_NAME_KEYS)
    if name is None and as_text(low.get("family")):
        name = csl_name(value)
    family = first_text(low, _FAMILY_NAME_KEYS)
    if name is None and family:
        # "{first_name: Ana, last_name: Ruiz}", "{firstname: Ana, lastname: Ruiz}": a data file's person in two parts
        given = first_text(low, _GIVEN_NAME_KEYS)
        name = md_text(f"{given} {family}" if given else family).strip() or None
    return name


def _author_ids(value: object) -> dict[str, str]:
    """The identifiers a person written as a mapping gives (Quarto's ``orcid: 0000-0002-1825-0097``, bare or as
    its address).

    >>> _author_ids({"name": "A", "orcid": "https://orcid.org/0000-0002-1825-0097"}), _author_ids({"name": "A"})
    ({'orcid': '0000-0002-1825-0097'}, {})
    """
    if not isinstance(value, dict):
        return {}
    # (the one reader of a profile's id and address, then the ORCID's own shape: no template's stand-in)
    orcid = clean_identifier("orcid", as_text(value.get("orcid")) or "")
    return {"orcid": orcid} if orcid and ORCID_ID.fullmatch(orcid) else {}


_AUTHOR_FLAGS = {"corresponding": "corresponding", "equal_contributor": "equal_contribution",
                 "equal_contribution": "equal_contribution"}


def _author_flags(value: object) -> list[str]:
    """The marks a person written as a mapping carries as flags (Quarto's ``corresponding: true``, its
    ``attributes: {equal-contributor: true}``).

    >>> _author_flags({"name": "A", "corresponding": True}), _author_flags({"name": "A", "corresponding": False})
    (['corresponding'], [])
    """
    if not isinstance(value, dict):
        return []
    low = {re.sub(r"[\s\-]+", "_", str(k).lower()): v for k, v in value.items()}
    if isinstance(low.get("attributes"), dict):
        low.update({re.sub(r"[\s\-]+", "_", str(k).lower()): v for k, v in low["attributes"].items()})
    return list(dict.fromkeys(mark for key, mark in _AUTHOR_FLAGS.items()
                              if low.get(key) is True or fold(as_text(low.get(key)) or "") in ("true", "yes")))


_UNPUBLISHED = re.compile(r"^\s*(?:working paper|work in progress|manuscript|"
                          + status_words("under review", "submitted", gap=" ") + r")\b", re.I)
"""A record's venue that says the paper is not published yet ("Working paper", "Under review at X"): a preprint."""


def joined_title(title: str, subtitle: str, sep: str = ": ") -> str:
    """A title and its subtitle as one title, ``sep`` between them (none when the title ends a sentence).

    >>> joined_title("Sand in Rivers", "A Survey"), joined_title("Why Sand?", "A Survey", ". ")
    ('Sand in Rivers: A Survey', 'Why Sand? A Survey')
    """
    return f"{title} {subtitle}" if title[-1] in ".?!:" else f"{title}{sep.rstrip()} {subtitle}"


_TITLE_HALF_WORDS = frozenset("over into upon than under about between through within without across after "
                              "before among versus".split()) | FUNCTION_WORDS


def title_half(text: str) -> bool:
    """A paper page's ``subtitle:`` that is the second half of the paper's title ("Evidence from a Program in
    Tarn", "Bargaining over Leisure"): a short line in title case (every word of four letters or more but a
    preposition opens with a capital), with no year, no venue's word and no sentence's end; not a summary ("A map
    of census data about rivers") nor a venue ("Tarn University Press, 2023", "Review of Sand Studies").

    >>> title_half("Evidence from the Tarn Program"), title_half("A map of census data about rivers")
    (True, False)
    """
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4 and w.lower() not in _TITLE_HALF_WORDS]
    return bool(words) and len(text.split()) <= 14 and all(w[0].isupper() for w in words) and text[0].isupper() \
        and not YEAR.search(text) and venue_type(text) is None and not VENUE_WORDS.search(text) \
        and not re.search(r"[.!?;]\s|[.;]$", text)


def _mark_highlighted(authors: list[Author], pieces: list[str]) -> None:
    """The one author a record's author list sets in bold or underlined (``"Bo Roe, <b>Ann Lee</b>"``: ``pieces``
    those :func:`~.fields.highlighted` found) is the site's owner, as a page's highlighted name is: marked so
    (:func:`~.record_files.records_owner` reads the owner off it when no configuration names one). Nothing is
    marked when the list highlights no name, or several."""
    names = {fold(p.strip(" ,.;")) for p in pieces}
    said = set(names)
    # ("<b>Lee, A.</b>" in a list written family name first: the name as the list's reading turned it around)
    turned = {fold(a.name) for p in pieces if "," in p for a in split_authors(p).authors}
    if len(turned) == 1:
        said |= turned
    found = [a for a in authors if fold(a.name) in said]
    if len(names) == 1 and len(found) == 1 and not any(a.is_self for a in authors):
        found[0].is_self = True


def owner_over_highlight(authors: list[Author], owner: str | None, aliases: Sequence[str] = ()) -> None:
    """The owner, when the site names them, marked by name (or by one of their ``aliases``) in a record whose one
    bold name (:func:`_mark_highlighted`) is another's (a student the list sets in bold): the highlight stands only
    where no author is the owner by name, as a page's highlighted name does."""
    marked = [a.is_self for a in authors]
    if not owner or not any(marked):
        return
    for author in authors:
        author.is_self = False
    if mark_owner(authors, owner, aliases) is None:
        for author, was in zip(authors, marked):
            author.is_self = was


_TITLE_YEAR = re.compile(r"(?<=\S)\s*\((\d{4})\)\s*$")
"""A year in brackets closing a record's title ("Sand in Rivers (2019)")."""


_STATUS_KEY = re.compile(r"(?:pub(?:lication)?[-_ ]?)?status")
"""A record's key for where the work stands ("status", and the badge block "pub_status:" / "pub-status:")."""


_STATUS_FLAG = re.compile(r"(?:is[-_ ]?)?(?:preprint|in[-_ ]?press)")
"""A record's yes-or-no key for where the work stands ("is_preprint: true", '"inPress": false')."""


def record_status(lowered: dict) -> list[tuple[str, str]]:
    """Where a record's work stands, as notes, each with its key (lower-cased): ``status: Under review``, or a
    badge block the site's template draws it as (``pub_status: {status: Writing, class: warning, icon: fas
    fa-edit}``, Andrew Heiss's Hugo and Quarto templates): its ``status`` (or ``label``, ``text``, ``name``), the
    block's other keys the badge's colour and icon. A record may give both ("status: working-papers", the list it
    is filed under, beside the badge).

    >>> record_status({"pub-status": {"status": "Revising", "class": "info", "icon": "fa-sync"}})
    [('pub-status', 'Revising')]
    >>> record_status({"status": "Under review"}), record_status({"title": "A"})
    ([('status', 'Under review')], [])
    """
    out = []
    for key, value in lowered.items():
        if not _STATUS_KEY.fullmatch(key):
            continue
        if isinstance(value, dict):
            inner = {str(k).lower(): v for k, v in value.items()}
            value = next((inner[k] for k in ("status", "label", "text", "name") if as_text(inner.get(k))), None)
        text = md_text(as_text(value) or "").strip()
        if text:
            out.append((key, text))
    return out


def publication_from_record(data: dict, keys: RecordKeys, base: str | None,
                            used: set[str] | None = None, legend: dict[str, str] | None = None,
                            subtitle_sep: str | None = None) -> Publication | None:
    """One publication from the fields of a record (a front matter, a data-file entry), read by one set of
    field readers whatever the family; ``keys`` says which keys mean what. Reads the title, the authors (a
    list, or a line split by :func:`~kg.importers.common.split_authors`), ``date`` and ``year``, the venue
    (:func:`~kg.importers.common.parse_venue`), ``status`` as a note, the link keys (DOI and arXiv ids taken
    from their URLs) and ``doi``. The keys it took (as the record spells them) are added to ``used``; None
    without a title. ``legend``: the marks the page that lists the records explains (else the common ones).
    ``subtitle_sep``: a data file's record split into ``title`` and ``subtitle`` is one title, joined by it as
    the site's template shows them (``". "``: "Title. Subtitle").

    >>> pub = publication_from_record({"Title": "A", "authors": "B. C and D. E", "journal": "Nature", "year": 2020,
    ...                                "pdf": "https://x.org/a.pdf"}, DATA_KEYS, None)
    >>> pub.title, [a.name for a in pub.authors], pub.venue, pub.year, pub.links
    ('A', ['B. C', 'D. E'], 'Nature', 2020, {'pdf': 'https://x.org/a.pdf'})
    """
    from ..page.context import unquoted
    from ..page.labels import label_text  # (lazily, as the page reader's other helpers here)
    from ..page.scores import venue_score
    from ..bibtex import date_to_month, entry_venue_type, month_number
    used = set() if used is None else used
    # 'code: "nan"', 'note: "nan"' (a table of the works written out by pandas, a reference manager's export: its
    # mark of an empty cell): no value, as an empty string is; before, every work got a link to ".../nan"
    data = {k: "" if isinstance(v, str) and v.strip() in ("nan", "NaN") else v for k, v in data.items()}
    lowered = {str(k).lower(): v for k, v in data.items()}
    spelled = {str(k).lower(): str(k) for k in data}
    if "container" in keys.venue and not _CROSSREF_KEYS & lowered.keys():
        keys = replace(keys, venue=tuple(k for k in keys.venue if k != "container"))
    for key in [k for k in lowered if k not in keys.venue]:
        known = misspelt_key(key, keys.venue)
        if known and known not in lowered:
            # "jounal: PHYSICAL REVIEW B" in every record (the site's template shows that key as the journal)
            lowered[known], spelled[known] = lowered[key], spelled[key]
    if keys.venue and not any(k in lowered for k in keys.venue):
        # "prevenue: OSDI '25: USENIX Symposium ..." in a record with no venue key: a key the site named for the
        # venue, its word with a prefix (the site's template prints it in the venue's place)
        named = next((k for k in lowered if re.fullmatch(r"[a-z]{2,8}[-_]?venue", k) and as_text(lowered[k])), None)
        if named:
            lowered[keys.venue[0]], spelled[keys.venue[0]] = lowered[named], spelled[named]
    title = unquoted(md_text(unlatexed(as_text(lowered.get("title")) or "")).strip()) or None
    kind = None
    m = _TYPE_PREFIX.match(title or "")
    if m and len(title[m.end():].split()) >= 2:
        # "Journal: Operation scheduling in ...": the kind of work, a label before the title
        kind, title = TYPE_LABELS.get((m.group(1) or m.group(2)).lower()), title[m.end():]
    m = _TYPE_SUFFIX.search(title or "")
    if m and len(title[:m.start()].split()) >= 2:
        # "Title (peer-reviewed journal article)": the kind of work, a remark after the title (its citation
        # gives the title without it)
        kind, title = kind or _SUFFIX_LABELS.get(" ".join(m.group(1).lower().split())), title[:m.start()].rstrip()
    subtitle = unquoted(md_text(as_text(lowered.get("subtitle")) or "").strip()) if subtitle_sep and title else ""
    if subtitle:
        title = joined_title(title, subtitle, subtitle_sep)
        used.add(spelled["subtitle"])
    if not title:
        return None
    title_tail = None if any(as_text(lowered.get(k)) for k in (*keys.venue, "year", "date")) \
        else title_citation_tail(title)
    if title_tail:
        # "title: 'Title, 2019, Geophys. Res. Lett., 43(13), pp 1-9, doi:...'" in a record with no year nor venue
        # key: the site keeps the whole citation after the title in its title field
        title = title_tail[0]
    # "title: 'Title (Roe, Lee & Kim, Nature, 2019)'": the work's short citation glued to its title (a lab's site whose
    # cards print the title as written): its names, venue and year where the record has no key of its own for them
    short_citation = None if title_tail else title_paren_citation(title)
    if short_citation:
        title = short_citation[0]
    pub = Publication(title=title, venue_type=kind)
    used.add(spelled["title"])
    authors_key = record_authors_key(lowered, keys.authors)
    short = as_text(lowered.get(authors_key)) if authors_key else None
    if authors_key is None or short and _CUT_SHORT.search(short):
        # ("authors: 'Roe, A. et al.'" beside "fullAuthors: [...]": the whole list, which the site shows on demand;
        # a short field naming every author, "An JY" beside "An Joon-Yong", is the one the site shows)
        authors_key = next((k for k in lowered if _FULL_AUTHORS.fullmatch(k) and (
            as_text(lowered[k]) or isinstance(lowered[k], list) and lowered[k])), None) or authors_key
    authors = lowered.get(authors_key) if authors_key else None
    tail: str | None = None
    if isinstance(authors, list):
        names = [list_name(str(_entity_name(a) if isinstance(a, dict) else a)) for a in authors
                 if (_entity_name(a) if isinstance(a, dict) else as_text(a))]
        kept = [n for n in names if not left_out_note(n)]
        if any(re.search(MARK_CLASS + r"\s*$", n) for n in kept):
            # ["Ana Ruiz*", "Bo Lee*", "Cy Kim"]: a mark written after a name in the list is the name's mark
            pub.authors = [Author(name=md_text(n), marks=m) for n, m in marked_names(kept, legend)]
        else:
            pub.authors = [Author(name=md_text(n)) for n in kept]
        _mark_highlighted(pub.authors, [h for n in kept for h in highlighted(n)])
        flags = [_author_flags(a) for a in authors if (_entity_name(a) if isinstance(a, dict) else as_text(a))]
        if len(flags) == len(names) == len(kept):
            # Quarto's author schema: "{name: Ana Ruiz, corresponding: true}", "{..., attributes: {equal-contributor:
            # true}}": the marks the page draws beside the names
            for author, marks in zip(pub.authors, flags):
                author.marks = list(dict.fromkeys([*author.marks, *marks]))
            for author, a in zip(pub.authors, [a for a in authors if (_entity_name(a) if isinstance(a, dict)
                                                                      else as_text(a))]):
                author.identifiers.update(_author_ids(a))  # "{name: ..., orcid: 0000-...}": the coauthor's ORCID
        pub.authors_truncated = any(left_out_note(n) for n in names)  # "author 449 of 729"
    elif as_text(authors):
        line = as_text(authors)
        m = None if any(as_text(lowered.get(k)) for k in (*keys.venue, "year", "date")) else (
            _AUTHORS_TAIL.match(line) or _AUTHORS_BARE_TAIL.match(line) or _AUTHORS_NEXT_LINE.match(line))
        italic = _AUTHORS_ITALIC_TAIL.match(line) if m is None and ("*" in line or "_" in line or "<" in line) else None
        not_venue = _italic_no_venue(italic) if italic else None
        if not_venue and not read_legend(italic.group("venue")) and not italic.string[italic.end():].strip(" ."):
            # "A, B. *Corresponding author*", "A, B. _C. Roe_": the names, without the legend's words or with the
            # italic names after them (the legend of mark symbols is split_authors')
            line = italic.group("names") + (f", {italic.group('venue')}" if not_venue == "names" else "")
        elif italic and not not_venue:
            # (the italic venue after the names' stop, whatever else the record gives: a venue key's own value wins;
            # the whole rest is the citation's tail, "*Venue 54*(3), 1234-1250, 2018.": its issue, pages and year)
            line = italic.group("names")
            if not any(as_text(lowered.get(k)) for k in keys.venue):
                rest = md_text(italic.string[italic.end("volume") if italic.group("volume") else italic.end("venue"):])
                tail, pub.volume = italic.group("venue"), italic.group("volume")
                if find_year(rest):
                    tail = f"{tail} {pub.volume or ''}{rest}"  # (read as one venue line, its year in it)
                pages = re.search(r",\s*([A-Za-z]?\d+\s*[-–]+\s*[A-Za-z]?\d+)\s*(?:[,.]|$)", rest)
                pub.pages = pages.group(1) if pages and not find_year(pages.group(1)) else None
        elif m:
            # the citation's tail in the authors field of a record with no venue nor year ("A. Roe, B. Lee.
            # Journal of Sand (2020)"): the venue and year are read off it
            line, tail = m.group(1), m.group(2)
        elif _school_and_year(line) and not any(as_text(lowered.get(k)) for k in (*keys.venue, "year", "date")):
            # "authors: 'Tarn University, 2019'" (a thesis's record, the template showing the field under the
            # title): the school and year, no one's name; the venue and year as the "Name<br>School, 2019" form's
            line, tail = "", line
        people = [_PERSON_LINE.match(x) for x in line.split("\n") if x.strip()]
        if len(people) >= 2 and all(people):
            # "authors: |" over one line per person, "Ana Ruiz (ana@uni.edu), Uni, City, USA": the names only
            line = ", ".join(m.group("n") for m in people)
        # "Chidi Okafor*, **Oluwaseun Adeyemi***": emphasis is markup, a trailing * is a mark
        # ("A#, B*\n<sup>#</sup> Co-first authors": split_authors reads the lines under the names that say what a
        # mark means as the entry's legend)
        r = split_authors(unemphasize(line), {**DEFAULT_LEGEND, **legend} if legend else None)
        pub.authors, pub.authors_truncated = r.authors, r.truncated
        _mark_highlighted(pub.authors, highlighted(line))
    if pub.authors or tail and authors_key and not line:
        used.add(spelled[authors_key])  # (the names, or the school and year read as the venue)
    if short_citation and not pub.authors:
        pub.authors = [Author(name=n) for n in short_citation[1]]
        pub.authors_truncated = short_citation[2]
    # "corresponding_author: [Roe, A.]", "student_authors: [...]": the record's lists of who carries a mark
    used.update(spelled[k] for k in role_list_marks(pub.authors, lowered, str(authors or "")))
    # "date:", else "sort_date:" / "pub_date:" / "publication_date:" / "dateISO:" (a data file's date of the work under
    # its own name)
    date_keys = sorted((k for k in lowered if k == "date" or _WORK_DATE_KEY.fullmatch(k)), key=lambda k: k != "date")
    date_key = date_keys[0] if date_keys else None
    date = as_text(lowered.get(date_key)) if date_key else None
    if date and _PLACEHOLDER_DATE.match(date):
        used.add(spelled[date_key])  # "date: 1900-01-01": a generator's mark for an unknown date, no year of the paper
        date = None
    if date:
        iso, lost = date_read(date)
        if not iso and date_key == "date":
            # "date: Forthcoming" beside "dateISO: 2026": the other key writes the date the first does not
            for key in date_keys[1:]:
                other = as_text(lowered.get(key)) or ""
                iso, lost = date_read(other)
                if iso:
                    date_key = key
                    break
        if iso:
            pub.date = iso
            if not lost:
                used.add(spelled[date_key])  # (a day no calendar has: its year kept, the key reported)
            for key in [k for k in lowered if k != date_key and _WORK_DATE_KEY.fullmatch(k)]:
                # "date: '2022'" beside "dateISO: '2022-06-06'": one date written twice, the fuller one the work's
                other = as_text(lowered.get(key)) or ""
                fuller = record_date(other)
                if fuller and fuller.startswith(iso):
                    pub.date = fuller if len(fuller) > len(pub.date) else pub.date
                    used.add(spelled[key])
    # "year:", else "publication_year:" / "pub_year:" (a reference manager's export names the year so)
    # (then "yearPreprint:", the year of a work the record gives no published year and no date: a preprint)
    year_key = next((k for k in ("year", *lowered) if (k == "year" or _WORK_YEAR_KEY.fullmatch(k))
                     and lowered.get(k) is not None), None) \
        or (None if pub.date else next((k for k in lowered if _PREPRINT_YEAR_KEY.fullmatch(k)
                                         and find_year(str(lowered.get(k) or ""))), None))
    year = find_year(str(lowered.get(year_key) or "")) if year_key else None
    if title_tail:
        pub.year = pub.year or title_tail[1]
        tail = tail or title_tail[2]
        if title_tail[3]:
            pub.doi = title_tail[3]
    if short_citation:
        pub.year = pub.year or year or short_citation[4]
        if not any(_written_venue(lowered.get(k)) for k in keys.venue):
            tail = tail or short_citation[3]
    if year and pub.year is None:
        pub.year = year
    elif year and pub.date and pub.year != year and not title_tail:
        # "date: 2020-5-15" and "year: 2021": the year the record names as such is the one the site prints (the
        # date is the file's, when it was written up); the date of another year is dropped
        pub.date, pub.year = None, year
    if year:
        used.add(spelled[year_key])
        for key in [k for k in lowered if k != year_key and _WORK_YEAR_KEY.fullmatch(k)]:
            if find_year(str(lowered.get(key) or "")) == pub.year:
                used.add(spelled[key])  # "year: 2020" beside "publication_year: 2020": one year written twice
    month = month_number(str(lowered["month"])) if pub.year and isinstance(lowered.get("month"), (str, int)) \
        and not isinstance(lowered.get("month"), bool) else None
    if month:
        # "year: 2024" and "month: aug" (a BibTeX entry written out as a record): the work's date to the month
        pub.date, month_read = date_to_month(pub.year, pub.date, month)
        if month_read:
            used.add(spelled["month"])
    for key in ("issued", "published"):
        # a CSL record's date ("issued: [{year: 2013}]"), or Crossref's name for it ("published: 2026", a list a lab
        # builds from Crossref: a year, a date or {date-parts: ...}; Jekyll's "published: false" is no date)
        issued = csl_year(lowered.get(key)) if pub.year is None and lowered.get(key) is not None and (
            key == "issued" or _crossref_date(lowered[key])) else None
        if issued:
            pub.year = issued
            used.add(spelled[key])
    year_tail = _TITLE_YEAR.search(pub.title)
    if year_tail and int(year_tail.group(1)) == (pub.year or (int(str(pub.date)[:4]) if pub.date else None)):
        # "title: 'Sand in Rivers (2019)'" in a record dated 2019: the site's label of the year, no part of the title
        pub.title = pub.title[:year_tail.start()].rstrip()
    # ("journal: https://journals.aps.org/...": the theme's "Journal" button, a link read below; the venue is under
    # another key, "conference: PRX Quantum, 2024.")
    venue_key = next((k for k in keys.venue if _written_venue(lowered.get(k))), None)
    if venue_key is None and not tail and keys.venue and _LOCATION_KEY in lowered and \
            venue_score(md_text(as_text(lowered[_LOCATION_KEY]) or "")) >= 3:
        # "location: Conference on Neural Information Processing Systems (NeurIPS), 2024.": where the work appeared,
        # under the key a template shows it by, in a record with no venue key (a place, "Boston, MA", is none)
        venue_key = _LOCATION_KEY
    if venue_key is None and not tail and keys.venue and (details := next(
            (k for k in _DETAILS_KEYS if k in lowered and _details_venue(lowered[k])), None)):
        # "details: 'Cortex. 2020; 124:54-65.'": the rest of the citation after its title, under the key a
        # template prints it by, where the work appeared first (its year, volume and pages after it)
        venue_key = details
    if venue_key is None and not tail and keys.venue:
        # "display: Chaos <b>35</b>, 013108" (a lab template's publist): under a key of the template's own, the
        # journal's name, then its volume and the article's pages or number, is where the work appeared
        for k, v in lowered.items():
            text = md_text(v) if k not in _NOT_VENUE_KEYS and isinstance(v, str) else ""
            m = VOLUME_PAGES.search(text) if text else None
            cited = _CITED_IN.fullmatch(text) if text and not m else None
            named = _NAME_YEAR.fullmatch(text) if text and not m and not cited and k in _REF_KEYS else None
            if named and _cited_venue(named.group("name").strip(" ,")) and fold(pub.title)[:30] not in fold(text):
                # "ref: Nature, 2013" (a lab template's key for where the work appeared): the venue and its year
                venue_key, lowered[k] = k, named.group("name").strip(" ,")
                pub.year = pub.year or int(named.group("year"))
                break
            if m and _JOURNAL_NAME.fullmatch(text[:m.start()].strip()):
                # (the name alone is the venue, the volume the work's)
                venue_key, lowered[k], pub.volume = k, text[:m.start()].strip(), pub.volume or m.group(1)
                year = find_year(text[m.end(1):])
                closing = _CLOSING_YEAR.search(text) if year else None
                pub.year = pub.year or (year if closing and closing.group(1) == str(year) else None)
                break
            if cited and _JOURNAL_NAME.fullmatch(cited.group("name").strip(" ,:")) \
                    and _cited_venue(cited.group("name").strip(" ,:")):
                # "ref: 'Neuron 107: 1-17 (2020)'": the name the venue, the year in brackets the work's
                volume = _LEAD_VOLUME.match(cited.group("numbers"))
                venue_key, lowered[k] = k, cited.group("name").strip(" ,:")
                pub.volume = pub.volume or (volume.group(0) if volume else None)
                # (after the volume and its issue, "(6453)", the pages or the article's number: "683-704", "e28")
                rest = _LEAD_ISSUE.sub("", cited.group("numbers")[volume.end() if volume else 0:])
                rest = rest.strip(" ,:;")
                if _CITED_PAGES.fullmatch(rest):
                    pub.pages = pub.pages or VENUE_DASH.sub("-", rest)
                pub.year = pub.year or int(cited.group("year"))
                break
    if venue_key or tail:
        venue = md_text(unlatexed(_written_venue(lowered.get(venue_key)) or "")) if venue_key else md_text(tail)
        v = parse_venue(venue)
        set_venue(pub, v)
        if _UNPUBLISHED.match(venue):
            pub.venue_type = "preprint"
        pub.notes.extend(v.notes)
        if v.volume:
            pub.volume = v.volume
        if v.pages:
            pub.pages = v.pages
        if v.year and (pub.year is None or pub.date and 0 < v.year - pub.year <= 2):
            # "venue: CVPR 2024" with "date: 2023-11-30": the date is the preprint's, the venue's year the paper's
            pub.date, pub.year = None, v.year
        if venue_key:
            used.add(spelled[venue_key])
            _venue_link(pub, lowered.get(venue_key), base)
            place = lowered.get(venue_key)
            if isinstance(place, dict) and pub.year is None:
                # "journal: {name: ..., details: 'October 2025, Volume 71, Issue 10'}": the year the record gives
                # only in the venue's own details line
                pub.year = next((y for v in place.values() if not re.match(r"\s*(?:https?:|www\.|/)", as_text(v) or "")
                                 for y in [find_year(as_text(v) or "")] if y), None)
    place = lowered.get(venue_key) if venue_key else None
    short = _venue_short(place) if _entity_name(place) else None
    if short and len(short) <= 30 and md_text(short) != pub.venue:
        # "journal: {fullname: Journal of Chemical Physics, abbreviation: J. Chem. Phys.}": the short name the
        # site writes for it, the full name beside it
        pub.venue_full = pub.venue_full or pub.venue
        pub.venue = md_text(short)
    short_key = next((k for k in _SHORT_VENUE_KEYS if as_text(lowered.get(k))), None) if venue_key else None
    if short_key and len(as_text(lowered.get(short_key))) <= 30:
        # "venue: Proceedings of the International Conference on Management of Data" + "venueabbr: SIGMOD"
        short = md_text(as_text(lowered.get(short_key)))
        if short != pub.venue:
            pub.venue_full = pub.venue_full or pub.venue
            pub.venue = short
        used.add(spelled[short_key])
    for status_key, status in record_status(lowered):
        if status not in pub.notes:
            pub.notes.append(status)
        used.add(spelled[status_key])
    for key in [k for k in lowered if _STATUS_FLAG.fullmatch(k)]:
        # "is_preprint: true", '"inPress": true': where the work stands, as a yes or no the template shows as a
        # badge; "false" says the work is not (nothing to note), read all the same
        flag = lowered[key]
        flag = {"true": True, "false": False}.get(flag.strip().lower()) if isinstance(flag, str) else flag
        if not isinstance(flag, bool):
            continue
        if flag and "preprint" in key:
            pub.venue_type = pub.venue_type or "preprint"
        elif flag and "In press" not in pub.notes:
            pub.notes.append("In press")
        used.add(spelled[key])
    abstract_key = next((k for k in ("abstract", "blurb") if md_text(as_text(lowered.get(k)) or "").strip()), None) \
        or ("description" if _SUMMARY.fullmatch(md_text(as_text(lowered.get("description")) or "").strip())
            and keys is not HUGO_KEYS else None)
    if abstract_key:
        # "abstract: We benchmark ...": the record's abstract; else its "blurb:", the sentence the site says it in,
        # or its "description:" written in sentences (a lab template's summary of the work shown under it)
        pub.abstract = md_text(as_text(lowered.get(abstract_key))).strip()
        used.add(spelled[abstract_key])
    for key, field in (("volume", "volume"), ("pages", "pages"), ("page", "pages")):
        # "volume: '39(3)'", "pages: '193-220'": the record's own fields say them surer than a venue line does (CSL
        # writes "page: 11-18"; a theme's "page:" may be the work's page, an address)
        value = as_text(lowered.get(key))
        if value and value.strip() and (key != "page" or _PAGE_NUMBERS.fullmatch(value.strip())):
            setattr(pub, field, value.strip())
            used.add(spelled[key])
    for note_key in [k for k in _NOTE_KEYS if k in lowered]:
        notes = lowered.get(note_key)
        notes = [md_text(n).strip() for n in (notes if isinstance(notes, list) else [notes]) if isinstance(n, str)]
        notes = [n for n in notes if TWO_LETTERS.search(n)]
        if notes:
            # "note: 'Winner of the 2010 Best Paper Award'": a remark on the work, as a page's "Best Paper" after it;
            # a lab publist's "news: Invited review. Cover article." the same (a blank "news: ' '" says nothing)
            pub.notes.extend(n for n in notes if n not in pub.notes)
            used.add(spelled[note_key])
    flag = lowered.get("flag")
    flag = md_text(as_text(flag) or "").strip().strip("()[] ").strip() if isinstance(flag, str) else ""
    if len(flag.split()) >= 2 and not re.fullmatch(r"(?i)true|false|yes|no", flag):
        # 'flag: "(Best Research Paper Award)"' (a theme shows it in brackets after the venue): a remark on the work,
        # as a note is (a flag of one word or a switch says nothing kg keeps)
        if flag not in pub.notes:
            pub.notes.append(flag)
        used.add(spelled["flag"])
    for key, value in lowered.items():
        # "conference2: ICML 2025 Workshop on ..." beside "conference:" (a theme shows it as "Also at <em>...</em>"):
        # another meeting the work was given at, a note on it (the record's venue stays its venue)
        other = md_text(as_text(value) or "").strip().rstrip(".").strip() if isinstance(value, str) else ""
        if _SECOND_VENUE_KEY.fullmatch(key) and other:
            note = f"Also at {other}"
            if note not in pub.notes:
                pub.notes.append(note)
            used.add(spelled[key])
    for key, value in lowered.items():
        # "best: 1", "distinguished: 1", "prize-name: IETF ... Prize" (a theme shows "Best paper award", "Distinguished
        # paper award" and the prize's name beside the work): notes on the work, as a page's "Best Paper" is
        flag = _AWARD_FLAGS.get(key)
        said = flag if flag and value not in (0, False, None, "0", "false", "") else None
        if key in _PRIZE_NAME_KEYS and isinstance(value, str):
            said = md_text(as_text(value) or "").strip() or None
        if flag or key in _PRIZE_NAME_KEYS and said:
            if said and not any(said.lower().removesuffix(" award") in n.lower() or fold(said) == fold(n)
                                for n in pub.notes):  # ("notes: Awarded best paper." says it already)
                pub.notes.append(said)
            used.add(spelled[key])
    for key in ("place", "location"):
        # "place: Malmö, Sweden, September 8–12, 2026" (a theme shows it under the venue): the days of the meeting the
        # work was given at date it to the month, as a page's line of them does (the place has no field); days of
        # another year than the work's, or a place alone, say nothing kg keeps
        days = _MEETING_DAYS.search(as_text(lowered.get(key)) or "") if isinstance(lowered.get(key), str) else None
        if days and pub.date is None and pub.year == int(days.group("y")):
            pub.date = parse_date(f"{days.group('m')} {days.group('y')}")
            used.add(spelled[key])
    talks_key = next((k for k in ("talks", "presentations") if isinstance(lowered.get(k), list)), None)
    for talk in lowered.get(talks_key) or [] if talks_key else []:
        # "talks: [{name: QIP 2024, type: plenary, video: https://...}]": where the work was presented (a note, as a
        # page's "Oral" or "Spotlight" is) and the talk's video, a link of the work
        sub = {str(k).lower(): v for k, v in talk.items()} if isinstance(talk, dict) else {}
        event = md_text(as_text(sub.get("name")) or as_text(sub.get("event")) or "").strip()
        if not event:
            continue
        kind = md_text(as_text(sub.get("type")) or "").strip()
        said = md_text(as_text(sub.get("video_note")) or as_text(sub.get("note")) or "").strip()  # "talk by A. Lee"
        note = f"{kind.capitalize()} talk, {event}" if kind else f"Talk, {event}"
        pub.notes.append(f"{note} ({said})" if said else note)
        video = absolute_url(as_text(sub.get("video")), base)
        if video:
            _put_link(pub, "video", video)
        used.add(spelled[talks_key])
    for key in ("keywords", "keyword", "tags", "tag", "topics", "topic", "themes", "theme", "categories"):
        # "keywords: [Missing Data, Bayesian Statistics]", "tag: 'primary research'", "topic: 'Quantum Algorithms'",
        # 'theme = "two-phase"' (a TOML record's theme id), CSL's "keyword: a, b", Quarto's "categories: [...]": the
        # topics (or kind) the record files the work under
        value = lowered.get(key)
        words = [md_text(as_text(w) or "").strip() for w in (value if isinstance(value, list) else
                                                              re.split(r"[;,]", as_text(value) or ""))]
        if any(words):
            pub.keywords += [w for w in words if w and w not in pub.keywords]
            used.add(spelled[key])
    written = " ".join((as_text(lowered.get("type")) or "").lower().split())
    kind = kind_labelled(written) or entry_venue_type(written) \
        or _kind_named(written) if keys is not HUGO_KEYS else None  # (a Hugo page's "type" names its layout)
    if kind:
        # "type: journal", "type: thesis", "type: phdthesis" (in BibTeX's word): the kind of work the record says it
        # is, where its venue did not say
        pub.venue_type = pub.venue_type or kind
        used.add(spelled["type"])
    for key in [k for k in lowered if _KIND_KEY.fullmatch(k)]:
        # "pub_type: journal", "research_type: [journal-article]": the kind of work under a key of the site's own
        # naming, read as "type" is (in a Hugo page too, whose "type" names its layout, not the work); a kind kg
        # has no venue type for ("translation") is left
        said = lowered[key] if isinstance(lowered[key], list) else [lowered[key]]
        written = [" ".join(_CAMEL.sub(" ", as_text(w) or "").lower().split()) for w in said]
        kind = next((k for w in written if w and (k := kind_labelled(w) or entry_venue_type(w) or _kind_named(w))),
                    None)
        if kind:
            pub.venue_type = pub.venue_type or kind
            used.add(spelled[key])
    codes = lowered.get("publication_types") if keys is not HUGO_KEYS else None  # (the Hugo reader reads them)
    codes = [codes] if isinstance(codes, (str, int)) else codes if isinstance(codes, list) else []
    coded = next((_HUGO_TYPES[str(c).strip()] for c in codes if str(c).strip() in _HUGO_TYPES), None)
    if coded:
        # 'publication_types: ["2"]' in another family's record (a Hugo Academic site's works moved to Jekyll): the
        # kind Hugo's codes name, where its venue did not say
        pub.venue_type = pub.venue_type or coded
        used.add(spelled["publication_types"])
    for key, kind in keys.links.items():
        value = as_text(lowered.get(key))
        if value and key in keys.own_address and value.strip().startswith("/"):
            used.add(spelled[key])  # the page's own address: the paper's links are in it
            continue
        if not value:
            continue
        if not URL_SCHEME.match(value.strip()) and MD_LINK.search(value):
            # "link: 'Link to [PDF](https://...), Link to [Neuron](https://doi.org/...)'" (a lab template's publist):
            # under a key named for links, a line of markdown links and the words around them: each link the
            # work's, by its label
            for label, target in md_links(value):
                url = absolute_url(target, base)
                if url:
                    _put_link(pub, md_text(label), url)
                    pub.doi = pub.doi or doi_of(url)
                    pub.arxiv = pub.arxiv or arxiv_id(url)
            if not TWO_LETTERS.search(_LINK_WORDS_AROUND.sub(" ", md_text(MD_LINK.sub(" ", value)))) \
                    or _legend_of_marks_read(value, pub):
                used.add(spelled[key])  # (words of a remark beside the links keep the line listed, unless they are
                # the legend of the marks kg read on the work's authors: "<sup>*</sup> denotes co-first authorship.")
            continue
        if kind == "doi" and not re.match(r"^[a-z]+:", value, re.I):
            # "10.1/x", "doi:10.1/x", "doi.org/10.1/x" (an address written without its scheme)
            value = "https://doi.org/" + doi_written(value)
        bare = not URL_SCHEME.match(value) and not value.startswith("/")
        if bare and not keys.bare_files and key not in keys.bare_keys:
            continue  # a bare file name: the page's template adds a folder kg cannot know
        folder = dict(keys.folders).get(key) if bare else None
        if folder:
            value = folder + value  # (the folder the site's template puts the file under)
        url = absolute_url(value, base)
        if not url:
            continue
        if kind == "paper" and "arxiv.org" in url:
            kind = "arxiv"
        elif kind == "pdf" and arxiv_id(url):
            kind = "arxiv" if "/abs/" in url else "pdf"
        pub.links.setdefault(kind, url)
        pub.doi = pub.doi or doi_of(url)
        pub.arxiv = pub.arxiv or arxiv_id(url)
        used.add(spelled[key])
    permalink = as_text(lowered.get("permalink")) or ""
    if re.match(r"^https?://", permalink) and not (base and url_parts(permalink).netloc == url_parts(base).netloc):
        # "permalink: https://www.nature.com/articles/...": a page address set to the paper's own (the theme links
        # the title there)
        put_address(pub, permalink)
    for key, value in lowered.items():
        # "github: https://...", "poster: https://...", "acm: https://doi.org/...": a key of the theme's own
        # whose value is one address is a link named by the key
        text = as_text(value) if isinstance(value, str) else None
        # (or a path of the site under a key the site's template writes alone as a link: "slide_url: /files/x.pdf";
        # a work's link unless a picture or a key naming a teaser, image, venue or author: "paper_url: /papers/x.html")
        if not text or not (re.fullmatch(r"https?://\S+", text.strip())
                            or key in keys.site_paths and re.fullmatch(r"/(?!/)\S+", text.strip())
                            and not IMAGE_FILE.search(text.strip())
                            and not re.search(r"teaser|thumb|image|preview|venue|author", key, re.I)) \
                or key in keys.links or key in (
                "permalink", "url", "doi", "website", "homepage", "image", "header", "redirect_from") \
                or spelled.get(key) in used:
            continue
        url = absolute_url(text.strip(), base)
        if url and url not in pub.links.values() and all(x.url != url for x in pub.more_links):
            _put_link(pub, re.sub(r"[_-]+", " ", key), url)  # ("slide_url": named by its words, slides)
            pub.arxiv = pub.arxiv or arxiv_id(url)
            used.add(spelled[key])
        elif url:
            used.add(spelled[key])  # "link: https://doi.org/..." beside "paperurl:" of the same address: read there
    cite_id = (as_text(lowered.get("id")) or "") if isinstance(lowered.get("id"), str) else ""
    # ("DOI:/10.1186/x": the template's tool takes a slash after the colon too)
    cited = re.fullmatch(r"(?i)\s*doi:\s*/*(10\.\S+)\s*", cite_id)
    if cited and valid_doi(cited.group(1)):
        # "id: doi:10.1073/pnas.2302730121" (a lab template's citation id, which its own tool resolves): the DOI,
        # no link of its own (the record's buttons and "link:" say where the site sends the reader; a version's
        # record merged with it keeps its own)
        pub.doi = pub.doi or valid_doi(cited.group(1))
        used.add(spelled["id"])
    pmid = re.fullmatch(r"(?i)\s*pmid:\s*(\d{4,9})\s*", cite_id)
    if pmid and any(re.search(rf"(?i)(?:pubmed|ncbi\.nlm\.nih\.gov)\S*?(?<!\d){pmid.group(1)}(?!\d)", url)
                    for url in [*pub.links.values(), *(x.url for x in pub.more_links)]):
        # "id: PMID:16815958" beside "link: https://www.ncbi.nlm.nih.gov/pubmed/16815958": the id the link was
        # made from, read with it (a PubMed id no link of the work holds has no field, and stays listed)
        used.add(spelled["id"])
    address = (as_text(lowered.get("url")) or "").strip() if "url" not in keys.links else ""
    if re.fullmatch(r"https?://\S+", address) and not (base and url_parts(address).netloc == url_parts(base).netloc) \
            and spelled.get("url") not in used:
        # "url: https://lab.example.org/tide-model/": a record's address on another site than this one is the
        # work's own (a page's own address is on this site), as a "permalink" set to it is
        put_address(pub, address)
        used.add(spelled["url"])
    for key, value in lowered.items():
        # "bibtex: files/lee2023.txt", "slides: files/talk.pdf": a key named for a kind of link whose value is the
        # path of a file of the site, placed under the site's address (a relative link until it is known)
        kind = _RECORD_LINKS.get(key)
        text = as_text(value).strip() if isinstance(value, str) and as_text(value) else ""
        if kind in (None, "paper", "doi") or kind in pub.links or spelled.get(key) in used \
                or not re.fullmatch(r"[\w./~%-]+\.[A-Za-z0-9]{2,5}", text) or URL_SCHEME.match(text):
            continue
        if not keys.bare_files and key not in keys.bare_keys and not text.startswith("/"):
            continue  # a bare file name: the page's template adds a folder kg cannot know
        url = absolute_url(text, base)
        if url:
            pub.links[kind] = url
            used.add(spelled[key])
    for key, value in lowered.items():
        # "link: {url: https://doi.org/..., display: J. Chem. Inf. Model. 2023, 63, 6095-6108}": a link whose
        # text is the work's venue line (its venue and year when the record has none), or its label
        if not isinstance(value, dict) or spelled.get(key) in used:
            continue
        sub = {str(k).lower(): v for k, v in value.items()}
        if any(k in sub for k in ("author", "editor", "container-title", "issued")):
            continue  # a CSL item (Quarto's "citation:" block), not a link: read by _apply_csl
        url = absolute_url(first_text(sub, _LINK_TARGET_KEYS), base)
        if not url:
            continue
        text = md_text(first_text(sub, ("display", "text", "label", "name", "title")) or "")
        # (a short text on a DOI's or an arXiv page's link is the venue's name, "PNAS", unless a link's label)
        if text and (find_year(text) or len(text.split()) >= 4
                     or (doi_of(url) or arxiv_id(url)) and TWO_LETTERS.search(text) and not label_text(text)):
            if pub.venue is None and not _AUTHOR_YEAR_LABEL.match(text):
                v = parse_venue(text)
                set_venue(pub, v)
                pub.volume, pub.pages = pub.volume or v.volume, pub.pages or v.pages
            pub.year = pub.year or find_year(text)
            text = ""
        _put_link(pub, text or key, url)
        pub.doi = pub.doi or doi_of(url)
        pub.arxiv = pub.arxiv or arxiv_id(url)
        used.add(spelled[key])
    for key in ("url_custom", "links", "buttons", "websites", "urls"):
        # Hugo Academic's '[[url_custom]] name = "arXiv" url = "..."', a data record's 'links: [{label: Code,
        # url: ...}]' or 'buttons: [{type: source, link: ...}]', or a map of them ('websites: {DOI: ..., github:
        # ...}', a theme's 'urls: {pdf: ..., source: ..., code: , custom: [{name: Journal, url: ...}]}', its keys
        # left empty no link, a list in it more labelled links): links the page labels itself (Wowchemy's 'links:'
        # list, of Hugo's own link keys, is read by the Hugo reader)
        items, holder = lowered.get(key), key
        if items is None:
            # "pub-info: {links: [{name: CEMFI WP, url: ...}]}": a theme that groups the paper's buttons with its
            # other fields under a key of its own
            holder, items = next(((k, sub[key]) for k, v in lowered.items() if isinstance(v, dict)
                                  and key in (sub := {str(x).lower(): y for x, y in v.items()})), (key, None))
        mapped = isinstance(items, dict) and bool(items) and all(
            v is None or isinstance(v, str) or isinstance(v, list) and all(isinstance(x, dict) for x in v)
            for v in items.values()) and any(isinstance(v, str) for v in items.values())
        if mapped:
            # "links: {pdf: ..., code: ...}": each key the label of its link
            items = [*({"label": k, "url": v, "mapped": True} for k, v in items.items() if isinstance(v, str)),
                     *(x for v in items.values() if isinstance(v, list) for x in v)]
        if not isinstance(items, list) or not items or not all(isinstance(x, dict) for x in items) or (
                key == "links" and keys is HUGO_KEYS) or spelled.get(holder) in used:
            continue
        for item in items:
            sub = {str(k).lower(): v for k, v in item.items()}
            label = first_text(sub, ("name", "label", "title", "text", "type")) or ""
            target = first_text(sub, _LINK_TARGET_KEYS) or ""
            if not re.match(r"(?i)https?:", target) and valid_doi(target):
                # "{type: doi, url: 10.1177/2053...}": a DOI written bare, which the template puts after doi.org
                target = "https://doi.org/" + valid_doi(target)
            elif sub.get("mapped") and not URL_SCHEME.match(target) and "/" not in target:
                # "urls: {arxiv: '1911.09474', hal: '01438861', pdf: paper.pdf}": an identifier or a bare file name
                # that the theme's template makes an address of, as it knows (an arXiv id is the work's arXiv)
                aid = arxiv_ref(target) if fold(label) in ARXIV_KEYS else None
                if aid:
                    pub.arxiv = pub.arxiv or aid
                    pub.links.setdefault("arxiv", f"https://arxiv.org/abs/{aid}")
                continue
            if fold(label) == "github" and _REPOSITORY_PATH.fullmatch(target):
                # "{type: github, link: ann-lab/tide-model}": the repository's owner and name, on GitHub (no file
                # of the site, which a base would make of it)
                target = "https://github.com/" + target
            url = absolute_url(target, base)
            if not url or url in pub.links.values() or any(x.url == url for x in pub.more_links):
                continue
            _put_link(pub, label, url)
            pub.doi = pub.doi or doi_of(url)
            pub.arxiv = pub.arxiv or arxiv_id(url)
        used.add(spelled[holder])
    if "doi" not in keys.links and as_text(lowered.get("doi")):
        value = as_text(lowered.get("doi")).strip()
        try:
            pub.doi = value
            used.add(spelled["doi"])
        except ValueError:
            url = absolute_url(value, base) if re.fullmatch(r"(?i)https?://\S+", value) else None
            if url:
                # 'doi: "https://arxiv.org/abs/2106.10627"': the field the theme renders as the work's DOI button
                # holding another address of the work (a preprint's, a publisher's, PubMed Central's page): that
                # button's link, and the DOI when the address carries one ("/doi/abs/10.1063/...")
                pub.links.setdefault("doi", url)
                pub.doi = pub.doi or doi_of(url)
                pub.arxiv = pub.arxiv or arxiv_id(url)
                used.add(spelled["doi"])
    for key in ARXIV_KEYS:
        aid = arxiv_ref(as_text(lowered.get(key)) or "") if key in spelled and spelled[key] not in used else None
        if aid:
            # 'eprint: "2308.12155"' (a record written as BibTeX names it): the work's arXiv id
            pub.arxiv = pub.arxiv or aid
            pub.links.setdefault("arxiv", f"https://arxiv.org/abs/{pub.arxiv}")
            used.add(spelled[key])
    bib_key = next((k for k in ENTRY_KEYS if "@" in (as_text(lowered.get(k)) or "")), None)
    if bib_key:
        from ..bibtex import embedded_entry

        # 'bibtex: | @article{...}': the work's own entry, which the site shows under it; read by the one BibTeX
        # reader, it fills what the record's keys lack (its pages, DOI, keywords). A record that gives no year is
        # one the site lists undated (a preprint, whose entry's year is its posting's): its entry is not taken
        # for it, and its lines stay listed
        cited = embedded_entry(as_text(lowered[bib_key])) if pub.year is not None else None
        if cited is not None and not merge_own_entry(pub, [cited]):
            used.add(spelled[bib_key])
    if pub.links or pub.more_links:
        for key, value in lowered.items():
            # "urltext: 'PMLR'" beside "arxivurl: https://...", "prize-url-name: ANRP": the words the theme shows
            # on a link of the work (its label), read with the link; a label where the work has no link stays listed
            text = as_text(value).strip() if isinstance(value, str) and as_text(value) else ""
            if _LINK_LABEL_KEY.search(key) and spelled.get(key) not in used and text and len(text.split()) <= 4 \
                    and not re.search(r"(?i)https?:|/", text):
                used.add(spelled[key])
    for key, value in lowered.items():
        if isinstance(value, str) and spelled.get(key) not in used and key not in _NOT_VENUE_KEYS \
                and kind_taken(pub, as_text(value) or ""):
            # 'article: "Journal"', 'group: conference' (a key of the site's own naming the kind its page groups the
            # work under); a prose key's one word stays listed ('summary: "Preprint"' on a paper's page: a card's remark)
            used.add(spelled[key])
    used |= keys_written_again(pub, data, used)
    return pub


def keys_written_again(pub: Publication, data: dict, used: set[str]) -> set[str]:
    """The keys of a work's record not yet read whose values (as markdown) hold what kg read from the record
    again, as :func:`~..bibtex.written_again` tells: "summary: '*Cell Systems*'" (a theme's card line that shows
    the venue), "journal_abbreviation: 'Acta Materialia'" (a reference manager's export). They are read with the
    field kg took; a value kg did not take stays listed.

    >>> keys_written_again(Publication(title="Tern counts", venue="Cell Systems"), {"summary": "*Cell Systems*",
    ...                    "note": "Cell"}, set())
    {'summary'}
    """
    from ..bibtex import written_again

    return {str(k) for k, v in data.items()
            if isinstance(v, str) and str(k) not in used and written_again(md_text(v), pub)}


_LINK_LABEL_KEY = re.compile(r"(?i)(?:url|link)[-_ ]?(?:text|label|name|display)$")
"""A record's key naming the words shown on a link (``urltext``, ``link_label``, ``prize-url-name``)."""


def _front_matter_record(root: Path, path: Path, keys: RecordKeys, base: str | None, fmt: str,
                         read: tuple[SourceDoc, str, FrontMatter] | None = None, owner: str | None = None
                         ) -> tuple[Part, FrontMatter, Publication | None, set[str]]:
    """A collection file whose front matter is one work's record (``read``: the file as
    :func:`~.files.read_markdown` read it, when it was): its part, its front matter, the publication
    :func:`publication_from_record` reads (placed at the title's line) and the keys it took; a front matter with
    no title but a whole citation (``citation: '<u>Ana Ruiz</u>, Bo Lee.<i> Title</i>. Venue, 2019.'``) is read
    from that citation by the page reader, as a data record of that shape is (``owner``: whom it is read for); no
    publication without either (the file's lines stay unparsed)."""
    doc, rel, fm = read or read_markdown(root, path)
    part, used = Part(rel, doc, fmt), set()
    key = _citation_key(fm.data) if not as_text(fm.data.get("title")) else None
    parsed = _citation_publications(doc, [as_text(fm.data[key])], owner)[0] if key else None
    pub = publication_from_record({**fm.data, "title": parsed.title} if parsed else fm.data, keys, base, used) \
        if as_text(fm.data.get("title")) or parsed else None
    if pub is not None and parsed is not None:
        _with_citation(pub, parsed, key, used)
    if pub is not None:
        pub.line, pub.file = fm.spans.get("title" if parsed is None else key, (1, 1))[0], rel
    return part, fm, pub, used


def _with_citation(pub: Publication, parsed: Publication, key: str, used: set[str]) -> None:
    """``pub``, read from a record whose title is ``parsed``'s (the record's whole citation under ``key``, read
    by the page reader), given the citation's authors and what else it says that the record does not."""
    used.discard("title")
    used.add(key)
    pub.authors, pub.authors_truncated = parsed.authors, parsed.authors_truncated
    merge_publication(pub, parsed)


_TEMPLATE_ID = re.compile(r"(?i)(?:^|[\W_])(?:template|placeholder)(?:$|[\W_])")
_SAMPLE_TITLE = lazy_compile(r"(?i)paper title number \d+|(?:[a-z]+\s+){1,3}\d+ on relevant topic in your field"
                           r"|teaching experience \d+")
"""The titles of academicpages' sample items, each a slot's description with its number ("Paper Title Number 1",
"Tutorial 1 on Relevant Topic in Your Field" in ``_talks``, "Teaching experience 2" in ``_teaching``)."""


def _title_slug(slug: str, title: str) -> bool:
    """Whether an id is made of its record's title (``temple-learning-template-of-transitions-for-sample-e-d5a2396e``
    of "TempLe: Learning Template of Transitions for Sample Efficient ..."): its words the title's, or the start of one
    where the slug is cut short, but for a number or a hash a generator adds; the word "template" in it is the
    title's then, not the id's saying the record is a template."""
    words = [w for w in re.split(r"[\W_]+", slug.lower()) if w and not re.fullmatch(r"[\da-f]*\d[\da-f]*", w)]
    title_words = [w for w in re.split(r"[\W_]+", title.lower()) if w]
    return bool(words) and all(any(t.startswith(w) for t in title_words) for w in words)


def template_publication(data: dict) -> bool:
    """A sample record left for the owner to copy, not a work: academicpages' sample publications left in a real
    site's ``_publications`` (and its sample talks and teaching, :data:`_SAMPLE_TITLE`); a record whose id says it is the template (``id: 'book-template-id'``); a record
    whose every author is a placeholder (``authors: ['Author Name']``, ``['Editor Name', 'Second Editor Name']``);
    a record whose abstract is the theme's filler text (``abstract: Lorem ipsum dolor sit amet...``: Hugo Blox's
    sample papers, left in a real site's ``content/publication``), or its summary when it has no abstract."""
    title = as_text(data.get("title")) or ""
    citation = as_text(data.get("citation")) or ""
    urls = " ".join(as_text(data.get(k)) or "" for k in _PUB_LINK_KEYS)
    lowered = {str(k).lower(): v for k, v in data.items()}
    ids = [as_text(lowered.get(k)) or "" for k in ("id", "slug", "key")]
    authors = lowered.get("authors", lowered.get("author"))
    names = [as_text(a.get("name") if isinstance(a, dict) else a) or "" for a in authors] \
        if isinstance(authors, list) else re.split(r"\s*[,;]\s*|\s+and\s+", as_text(authors) or "") if authors else []
    # ("authors: 'John Doe, Jane Smith, Your Name'": the names in one string, each the template's)
    return bool(_SAMPLE_TITLE.fullmatch(title.strip())
                or re.match(r"\s*your name\b", citation, re.I)
                or ("academicpages.github.io/files/" in urls and re.search(r"\bnumber \d\b", title, re.I))
                or any(_TEMPLATE_ID.search(i) and not _title_slug(i, title) for i in ids)
                or bool(names) and all(placeholder_text(n) for n in names)
                or _filler(lowered.get("abstract"))
                # (a summary left as the filler under an abstract of the owner's own is the copied sample's leftover)
                or _filler(lowered.get("summary")) and not (as_text(lowered.get("abstract")) or "").strip())


def sample_work_page(path: Path, pub: Publication) -> bool:
    """A theme's demo work left in a real site's content (PaperMod's "Portugese Irregular Verbs" by Moritz-Maria von
    Igelfeld in ``content/books/``): a page written in the theme's Latin filler (:func:`~.files.starter_page`)
    whose authors, named, do not include the owner. A page of the owner's left half-filled keeps its work."""
    return bool(pub.authors) and not any(a.is_self for a in pub.authors) and starter_page(path)


def _filler(value: object) -> bool:
    """Whether a record's field is the theme's filler text ("Lorem ipsum dolor sit amet ...")."""
    return bool(re.match(r"\s*lorem ipsum\b", as_text(value) or "", re.I))


def _excerpt_authors(excerpt: str, owner: str | None) -> tuple[list[Author], str | None] | None:
    """The authors an academicpages ``excerpt:`` lists in its first sentence (the owner among them, or two names
    or more), and what the excerpt says after them; None when the excerpt is prose or a link line."""
    from ..page.scores import author_score

    text = md_text(excerpt)
    parts = sentences(text) if text and len(text.split()) <= 60 else []
    if not parts or author_score(parts[0], [owner] if owner else []) < 1:
        return None
    authors = split_authors(parts[0].rstrip(" .")).authors
    if not authors:
        return None
    return authors, " ".join(parts[1:]).strip() or None


def _names_sentence(text: str) -> bool:
    """Whether the first sentence of ``text`` is names alone ("P. Lind", "Ada Brun, Tor Vik, and Ines Costa"), as
    a ``with`` phrase's are; not prose ("this article, I share ...")."""
    parts = sentences(text) if text and len(text.split()) <= 80 else []
    names = split_authors(parts[0].rstrip(" .")).authors if parts else []
    # (capitalised words that name no one: what the paper comes with, "with Online Appendix and Replication Files",
    # "With Python Code" (a link's label, label_reading), an organisation, "with Google Research", one word alone,
    # "With Discussion"; and a name alone is a person's by its words, an initial with its stop, "with P. Lind", or
    # a given name the table knows, "with Kent Lee", not "With R Package")
    if not names or not all(name_like(a.name) and 2 <= len(a.name.split()) <= 5 and not ORG_RX.search(a.name)
                            and label_reading(a.name)[0] is None for a in names):
        return False
    return len(names) >= 2 or any(w.endswith(".") and initials_only(w) for w in names[0].name.split()) \
        or not names[0].name.split()[0].isupper() and known_given(names[0].name.split()[0])


def _byline(text: str) -> tuple[list[Author], bool] | None:
    """The authors a paragraph of a paper's page lists and nothing else (``<strong>Ana Ruiz*</strong>, Bo Lee\\*
    and Kai Sato<br/>``, ``Ruiz, A. & Lee, B.``, ``Ana Ruiz et al.``), with whether the list is cut short; None
    for a sentence, a venue line or a link.

    >>> [(a.name, a.marks) for a in _byline("<b>Ana Ruiz*</b>, Bo Lee* and Kai Sato<br />")[0]]
    [('Ana Ruiz', ['equal_contribution']), ('Bo Lee', ['equal_contribution']), ('Kai Sato', [])]
    >>> _byline("We show that rivers carry sand. Their banks move.") is None
    True
    """
    if MD_LINK.search(text) or re.search(r"<a\b|https?://", text, re.I):
        return None
    plain = markup_text(text, " ").replace("**", "").replace("__", "")
    plain = " ".join(plain.split())
    if not plain or len(plain) > 600 * (1 + plain.count(",") // 20) or re.search(r"(?:19|20)\d\d|[.!?]\s+[a-z]", plain):
        return None
    found = split_authors(plain)
    names = found.authors
    if not names or not all(name_like(a.name) and len(a.name.split()) <= 5 for a in names) \
            or len(names) < 2 and not found.truncated:
        return None
    return names, bool(found.truncated)


_TITLE_BYLINE = lazy_compile(r"(?P<names>[^()]{3,}?)\s*\(\s*(?P<year>(?:19|20)\d\d)[a-z]?\s*\)\s*[.:]\s+(?P<title>\S.*)$")
"""A record's title written as the whole citation's head (``title: "Ana Ruiz, Bo Lee (2022). Sand in Rivers."``):
the byline, the year in brackets, then the title."""


def _title_byline(title: str, owner: str | None) -> tuple[list[Author], int, str] | None:
    """The authors, year and title of a record's ``title`` that opens with its byline and year (academicpages
    renders the title as written, so a site may write the citation there); None when the title is only a title
    or the names before the year are not a byline that names the owner.

    >>> names, year, rest = _title_byline("Ana Ruiz, Lee B.(2021). Sand in Rivers.", "Ana Ruiz")
    >>> [a.name for a in names], year, rest
    (['Ana Ruiz', 'Lee B'], 2021, 'Sand in Rivers')
    >>> _title_byline("Sand in Rivers (2021): a Review of Banks", "Ana Ruiz") is None
    True
    """
    m = _TITLE_BYLINE.match(title or "")
    if m is None or owner is None:
        return None
    names = split_authors(m.group("names")).authors
    if not names or not all(name_like(a.name) and len(a.name.split()) <= 5 for a in names) \
            or not any(same_name(a.name, owner) or owner_variant(a.name, owner) for a in names):
        return None
    return names, int(m.group("year")), m.group("title").strip().rstrip(".").strip()


def _lead_byline(text: str) -> tuple[tuple[list[Author], bool] | None, int]:
    """The byline a body paragraph opens with (:func:`_byline`) and how many lines it spans: the whole paragraph
    when it is one list of names wrapped over lines (``Ana Ruiz, Bo\\nLee and Kai Sato``), an HTML ``<p>``
    element it opens with, else its first line.

    >>> [a.name for a in _lead_byline("Ana Ruiz, Bo\\nLee and Kai Sato")[0][0]]
    ['Ana Ruiz', 'Bo Lee', 'Kai Sato']
    >>> _lead_byline("<p>Ana Ruiz and Bo Lee</p>\\n<p><i>Journal</i>, 2020</p>")[1]
    1
    """
    if "\n" in text:
        found = _byline(" ".join(text.split()))
        if found is not None:
            return found, text.count("\n") + 1
    m = re.match(r"\s*<p\b[^>]*>.*?</p>", text, re.I | re.S)
    if m is not None:
        return _byline(" ".join(m.group(0).split())), m.group(0).count("\n") + 1
    return _byline(text.split("\n", 1)[0]), 1


_BODY_LABELS = {"authors": "authors", "author": "authors", "author(s)": "authors", "by": "authors",
                "published in": "venue", "appeared in": "venue", "venue": "venue", "journal": "venue",
                "conference": "venue", "proceedings": "venue", "booktitle": "venue", "publication": "venue",
                "outlet": "venue", "in": "venue", "year": "year", "date": "date", "publication date": "date",
                "doi": "doi", "status": "status"}
_BODY_FIELD = lazy_compile(r"^\s*(?:>\s*)?(?:[-*+]\s+)?(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z() ]{0,20}?)\s*"
                         r"(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)?)\s*(?P<value>\S.*)$")


def body_fields(doc: SourceDoc, first: int) -> dict[str, str]:
    """The fields a record page writes in its body rather than its front matter, one labelled line each
    (``**Authors:** A, B``, ``**Published in:** Journal, 2020``, ``Status: Working paper``, ``DOI: [...](...)``),
    by the record keys they stand for; their lines are marked used. Labels of no record field are left."""
    out: dict[str, str] = {}
    for n in range(first, len(doc.lines) + 1):
        if n in doc.ignored or n in doc.used:
            continue
        m = _BODY_FIELD.match(doc.lines[n - 1])
        key = _BODY_LABELS.get(" ".join(m.group("label").lower().split())) if m else None
        if key is None or key in out:
            continue
        value = m.group("value").strip()
        if key == "doi":
            links = md_links(value)
            value = links[0][1] if links else md_text(value)
        elif key != "authors":
            value = md_text(value)
        if value:
            out[key] = value
            doc.use(n)
    return out


_BODY_KEYS = RecordKeys(links={"doi": "doi"}, authors=("authors",), venue=("venue",))


_WITH_BYLINE = lazy_compile(r"^\(?\s*" + WITH_LEAD + r"\s+\S", re.I)
_SOLE_BYLINE = lazy_compile(r"^\(?\s*(?:(?:solo|single|sole)[\s\-]*authou?r(?:ed)?|job[\s\-]+market\s+paper|"
                          r"(?:my\s+)?jmp)\b[^,;]*$", re.I)
"""An academicpages ``authors:`` that names only the owner's coauthors (``with A and B``), or says the paper is
the owner's alone (``Solo-authored``, ``Job market paper``)."""


_PUBLISHED_IN = lazy_compile(r"(?i)^(?:" + PUBLISHED_IN + "|"
                           + status_words("accepted", "accepted for publication", "forthcoming", "in press")
                           + r")"
                           r"\s+(?:in|at|by|on)\s+(?P<venue>\S.{1,150})$")
"""A paper page's subtitle naming where it appeared ("Published in Ecography", "Accepted in Ecological Informatics")."""


_NOTE_WORDS = re.compile(r"(?i)\bet\s+al\b|\b(?:our|my|we|this|these|its)\b|(?-i:\bI\b)")
"""The words of a sentence about a work, no venue's name ("the paper we extend", "Lee et al.")."""


def _cited_venue(name: str) -> bool:
    """Whether the words before a record's volume or year can name where the work appeared ("Frontiers in
    neuroanatomy", "bioRxiv"), not a note on it or on another work ("Erratum to Cell", "Extended version of our
    ICML", "Reply to Lee et al., Nature": the value stays listed)."""
    return len(name.split()) <= 10 and not _ABOUT_ANOTHER.match(name) and not _NOTE_WORDS.search(name)


def _venue_name(text: str) -> bool:
    """A short line that reads as a name (a journal's, a meeting's, an archive's): at most ten words, every word
    of four letters or more with a capital ("Journal of Sand", "bioRxiv", "Proc. Sand Conf. 2021"), no sentence's
    end (not "A study of how sand moves.")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    long = [w for w in words if len(w) >= 4]
    return bool(long) and len(text.split()) <= 10 and not re.search(r"[!?:;]|\b[a-z]{3,}\.\s*$", text) \
        and all(any(c.isupper() for c in w) for w in long)


_LEADING_LINK = lazy_compile(r"\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)\[" + MD_LABEL + r"\]\(\s*<?([^)\s>]+)[^)]*\)|"
                           r"\s*\[" + MD_LABEL + r"\]\(\s*<?([^)\s>]+)[^)]*\)[\s.,;]*$")
"""A markdown link opening a list item ("+ [Podcast](https://...) - a talk about it"), or alone on its line: the
line is that link's (not "[LUCIR](...) has the best accuracy", a sentence that opens with a link)."""


_VENUE_YEAR = lazy_compile(r"\s*(?:<p\b[^>]*>\s*)?(?:<(?:i|em)>|\*)(?P<venue>[^<>*\n]{2,150})(?:</(?:i|em)>|\*)\s*,\s*"
                         r"(?P<year>(?:19|20)\d\d)\b", re.I)
"""A paper page's venue line: the venue in italics, then the year ("<i>Coastal Letters</i>, 2019. DOI: ...")."""


_LINK_LINE_WORDS = 8
"""The most words a paragraph of a paper's page holds to be a line of its links ("[PDF](...) [Code](...)",
"+ [Podcast](...) - a talk about it"), no prose of its abstract."""


def _put_body_links(pub: Publication, text: str, base: str | None, listed: bool, doi: bool = False) -> bool:
    """The links a paragraph of a paper's page gives, put in the slots their labels or icons name (``listed``: the
    paragraph is a line of links, :data:`_LINK_LINE_WORDS`; a link inside prose is put only when its label names
    its kind; ``doi``: a DOI link gives the work's DOI); whether it has any link."""
    from ..page.labels import label_text  # (lazily, as the page reader's other helpers here)

    took = False
    figures = {m.group(2).strip("<>") for m in MD_LINK.finditer(text) if m.group(0).startswith("!")} \
        if "![" in text else set()
    leading = {m.group(1) or m.group(2) for line in text.split("\n")
               for m in [_LEADING_LINK.match(line)] if m}  # the links that open a line of the paragraph
    for label, target in md_links(text):
        url = absolute_url(target, base)
        if not url:
            continue
        icon = icon_label(label)
        took = True
        if target in figures or _PAGE_ACTION.match(md_text(label)):
            # "![Figure 1](/1a.png)": a figure the page shows; "[Add to Zotero](...)": a button (as _put_link)
            continue
        if not icon and not link_kind(label, url) and md_text(label) and fold(md_text(label)) != fold(pub.title) \
                and (target in leading or listed):
            # "+ [Nontechnical summary](https://...)", "+ [Podcast](...)": a link line the page names, in a slot
            # of that name (a second of one kind among the more links); a link inside prose is no such line
            _put_link(pub, md_text(label), url)
            if doi:
                pub.doi = pub.doi or doi_of(url)
            continue
        # "[{{< fa file-powerpoint >}}](...)": a link drawn as an icon is of the kind the icon names (slides,
        # a PDF), else of a slot named after it ("{{< fa image >}}"), not one its address guesses (two GitHub
        # files, poster and code, are not both code)
        kind = (link_kind(icon, "") or re.sub(r"\W+", "_", icon)) if icon else \
            _paper_slot(pub, link_kind(label, url) or "paper", url)
        if not icon and kind == "paper" and not link_kind(label, url) and not (target in leading or listed) \
                and md_text(label) and not label_text(md_text(label)) \
                and fold(md_text(label)) != fold(pub.title):
            continue  # "[LUCIR](...) has the best accuracy": prose naming another work, no link of this one
        if doi:
            pub.doi = pub.doi or doi_of(url)  # ("DOI: <a href='https://doi.org/...'>" under the byline)
        if kind not in pub.links:
            pub.links[kind] = url
        elif (target in leading or listed) and url not in pub.links.values() \
                and all(x.url != url for x in pub.more_links):
            # "+ [Working paper (2017)](...)" beside "+ [Paper](...)": a second of its kind, by its label
            pub.more_links.append(Link(label=md_text(label) or icon or kind, url=url))
    return took


def read_body_byline(doc: SourceDoc, body_start: int, pub: Publication, owner: str | None,
                     aliases: Sequence[str] = ()) -> tuple[int, int] | None:
    """The byline a paper's page writes in its body when its front matter names no authors: the first line of
    the first paragraph after the linked title, images and link lines that is a list of names (:func:`_byline`),
    read as the work's authors (marked the owner's), its lines used; its first line and how many lines it spans,
    None when the body opens otherwise."""
    if pub.authors:
        return None
    from ..page.marks import with_coauthors

    for first, _last, text in body_paragraphs(doc, body_start):
        line = text.split("\n", 1)[0]
        said = next((x for x in re.split(r"(?<![A-ZÀ-ÖØ-Þ])\.\s+", md_text(line).strip()) if _WITH_BYLINE.match(x)),
                    None) if owner else None
        if said is not None:
            # "With Joe Lind and Bo Wu" opening the body, a sentence of its first line ("With Ann Roe. DOI: [...]",
            # "[Working Paper No. 10](...). With Ann Roe."): the owner's coauthors, the owner left implicit, read
            # by the page reader's rule for the phrase
            names = said.strip(" .")
            pub.authors, pub.authors_truncated = [Author(name=owner, is_self=True)], False
            pub.notes.append(names)
            if not with_coauthors(pub, owner):
                pub.authors = []
                pub.notes.remove(names)
                return None
            if md_links(line) or re.search(r"<a\b", line, re.I):
                return None  # (the line's links are the work's: read with the body, as before)
            doc.use(first)
            return first, 1
        if re.fullmatch(r"\s*(?:<img\b[^>]*>\s*)+", line) or MD_LINK.search(line) or re.search(r"<a\b", line, re.I):
            continue  # the title linked to the paper, a figure, a link line
        found, spanned = _lead_byline(text)
        if found is None:
            return None
        pub.authors, pub.authors_truncated = found
        if owner:
            mark_owner(pub.authors, owner, aliases)
        doc.use(first, first + spanned - 1)
        return first, spanned
    return None


_CITATION_LABEL = lazy_compile(r"^\s*([*_]{0,2})\s*(?:recommended\s+)?citation\s*(?:\1\s*:|:\s*\1)\s*", re.I)
"""The label of the citation a paper's page prints ("Recommended citation: ...", academicpages' own, written by its
generator under every paper; "**Recommended citation:** ...") and the markup closing it (not a bold name after it:
"Recommended citation: **Ana Ruiz**, Bo Lee")."""


def body_citation(doc: SourceDoc, body_start: int) -> tuple[str, int] | None:
    """The citation a paper's page prints in its body and the first line of its paragraph: the text after the
    label (:data:`_CITATION_LABEL`), or, under a label alone on its line, the next paragraph; None without one."""
    label = False
    for first, _last, text in body_paragraphs(doc, body_start):
        if label:
            return text, first
        m = _CITATION_LABEL.match(text)
        if m is None:
            continue
        rest = text[m.end():].strip()
        if rest:
            return rest, first
        label = True
    return None


def _read_paper_body(doc: SourceDoc, body_start: int, pub: Publication, base: str | None, owner: str | None,
                     aliases: Sequence[str], prose: bool = True) -> bool:
    """The body of a paper's own page (a Jekyll theme's ``_publications/*.md``, a Hugo theme's
    ``content/publication/*/index.md``): the byline under its title when the front matter names no authors
    (:func:`read_body_byline`), the venue line under it, an address alone, lines of links, the "Recommended
    citation" repeat and the work's own BibTeX entry, and prose: its abstract (``prose``: taken; else, beside the
    front matter's abstract, left). Whether the body gave the abstract."""
    byline = read_body_byline(doc, body_start, pub, owner, aliases)
    abstract: list[str] = []
    cited = body_citation(doc, body_start)
    for first, last, text in body_paragraphs(doc, body_start):
        if cited is not None and first == cited[1]:
            # the citation under its label alone ("Recommended citation:" / the citation): read as the record's
            # citation is (:func:`read_jekyll_publication`), no abstract
            doc.use(first, last)
            continue
        if byline is not None and first == byline[0]:
            # the byline's paragraph: what follows its lines in it ("Ana Ruiz and Bo Lee" / "<i>Journal</i>, 2019.")
            # is read on, as a paragraph of its own would be
            rest = text.split("\n")[byline[1]:]
            if not any(x.strip() for x in rest):
                continue
            first, text = first + byline[1], "\n".join(rest)
        plain = md_text(text)
        links = md_links(text)
        if _CITATION_LABEL.match(plain):
            doc.use(first, last)
            continue
        alone = _URL_ALONE.fullmatch(text)
        if alone is not None:
            # a body that is one address written out (an arXiv import's "http://arxiv.org/abs/..."): the page shows
            # it as a link, the work's own address (no abstract)
            url = alone.group(1)
            if url not in pub.links.values():
                put_address(pub, url)
            pub.arxiv, pub.doi = pub.arxiv or arxiv_id(url), pub.doi or doi_of(url)
            doc.use(first, last)
            continue
        own_entry = None
        if "@" in text:
            from ..bibtex import embedded_entry

            own_entry = embedded_entry(text, owner, aliases)
        if own_entry is not None:
            # "```bibtex @article{...} ```" closing the page: the work's own entry, read by the one BibTeX reader,
            # fills what the front matter lacks (the byline, in order, with the owner's place); no abstract
            merge_own_entry(pub, [own_entry], owner, aliases)
            doc.use(first, last)
            continue
        opening = byline is not None and first > byline[0] and prose and not abstract
        if opening:
            # under the byline, before the abstract: the venue line, "<i>Journal</i>, 2019. DOI: <a>...</a>" (the
            # paper's year, over the page's date), or the venue the front matter names again ("<b>Journal of
            # Vision</b> (2011) 3:2, 1-9"); links there give the DOI (a link lower down may be another work's)
            placed = _VENUE_YEAR.match(text)
            if placed is not None:
                set_venue(pub, parse_venue(md_text(placed.group("venue"))), keep_type=True)
                if pub.date and find_year(pub.date) != int(placed.group("year")):
                    pub.date = None  # the day the page was posted, not the paper's
                pub.year = int(placed.group("year"))
                _put_body_links(pub, text, base, True, doi=True)
                doc.use(first, last)
                continue
            if pub.venue and not links and len(plain.split()) <= 20 and fold(pub.venue) in fold(plain):
                doc.use(first, last)
                continue
        listed = bool(links) and len(plain.split()) <= _LINK_LINE_WORDS
        if not listed and not prose:
            continue  # (prose beside the front matter's abstract: left)
        took = _put_body_links(pub, text, base, len(plain.split()) <= _LINK_LINE_WORDS, doi=opening)
        if listed:
            if took:
                doc.use(first, last)
            continue
        if links and fold(re.sub(r"[\W_]+", " ", plain)).strip() == fold(re.sub(r"[\W_]+", " ", pub.title)).strip():
            doc.use(first, last)  # the title again, linked to the paper: no abstract
            continue
        abstract.append(plain)
        doc.use(first, last)
    if abstract:
        pub.abstract = "\n\n".join(abstract)
    return bool(abstract)


def read_jekyll_publication(root: Path, path: Path, base: str | None, owner: str | None,
                            aliases: list[str], keys: RecordKeys = JEKYLL_KEYS,
                            fmt: str = "jekyll-publication",
                            read: tuple[SourceDoc, str, FrontMatter] | None = None) -> Part:
    """One ``_publications/*.md`` file of academicpages -> a publication (``keys``: another theme's one page
    per paper, such as a Hugo theme's ``content/pubs/*.md``; ``read``: the file as :func:`~.files.read_markdown`
    read it already)."""
    part, fm, pub, used = _front_matter_record(root, path, keys, base, fmt, read, owner)
    doc, data, spans = part.doc, fm.data, fm.spans
    if pub is None:
        return part
    if template_publication(data) or sample_work_page(path, pub):
        doc.ignore(1, len(doc.lines))  # the theme's sample ("Paper Title Number 1" by "Your Name")
        return part
    if data.get("published") is False:
        doc.ignore(1, len(doc.lines))  # "published: false": Jekyll leaves the document off the site
        return part
    if not_a_paper(data):
        # "categories: talk" / "category: poster" / "type: software" on a document kept with the papers: a talk
        # the owner gave, a poster shown at a meeting, a program, no work; said, at the line that says so
        part.extra_unparsed.append(skipped_record_note(fm, pub.title))
        return part
    cited = _title_byline(pub.title, owner) if not pub.authors else None
    if cited is not None:
        # "title: 'Ana Ruiz, Bo Lee (2022). Sand in Rivers.'": the site writes the citation's head as the title,
        # which the page shows; the names are the authors, the year the paper's where the record gives none
        pub.authors, year, pub.title = cited
        pub.year = pub.year or year
    short = as_text(data.get("short_title"))
    if cited is None and short and len(fold(short)) < len(fold(pub.title)) and fold(pub.title).rstrip(" .").endswith(
            fold(short).rstrip(" .")):
        # "title: 'Ana Ruiz, Bo Lee Sand in Rivers.'" beside "short_title: Sand in Rivers": the title field holds the
        # byline and the title, the short title is the paper's; the names before it its authors
        head = pub.title.rstrip(" .")[: -len(short.strip().rstrip(" ."))].strip(" ,;:")
        names = split_authors(head).authors if head and not pub.authors else []
        if names and owner and any(same_name(a.name, owner) or owner_variant(a.name, owner) for a in names):
            pub.authors = names
        pub.title = short.strip()
        used.add("short_title")
    fields = body_fields(doc, fm.body_start)
    if fields:
        # a theme whose pages keep only title and date up top and write the byline, venue and DOI as labelled
        # lines of the body: the same record, its missing fields filled from there
        extra = publication_from_record({"title": pub.title, **fields}, _BODY_KEYS, base)
        if extra is not None:
            merge_publication(pub, extra)
    if pub.year is None and find_year(path.stem[:4]) and not _PLACEHOLDER_DATE.match(path.stem):
        pub.year = find_year(path.stem[:4])  # academicpages file names start with the date
    category = as_text(data.get("category")) or as_text(data.get("pubtype"))
    if category:
        if pub.venue_type is None and category.lower() in _CATEGORY_TYPES:
            pub.venue_type = _CATEGORY_TYPES[category.lower()]
        used.add("category" if data.get("category") else "pubtype")
    if isinstance(data.get("citation"), dict) and _apply_csl(pub, data["citation"], base):
        used.add("citation")  # Quarto's CSL "citation:" block: the full byline, the venue
    citation = as_text(data.get("citation"))
    if citation is None and not isinstance(data.get("citation"), dict):
        # no "citation:" up top, the page printing it in its body ("Recommended citation: A. Roe and B. Lee.
        # (2018). "Title." <i>Venue</i>."): the same citation, read as the record's would be
        citation = (body_citation(doc, fm.body_start) or (None, 0))[0]
    aside = _citation_with(citation, pub.title) if not pub.authors and citation else None
    if aside:
        # "2003 *Title*. In collaboration with A. Roe and B. Lind. Paris, Ophrys.", "2010 (with A. Roe) *Title*": a
        # citation of the owner's own list that names the coauthors only, the owner implied (read with the rule
        # below, as a note under an entry is)
        pub.notes.append(aside)
    elif not pub.authors and citation:
        pub.authors, pub.authors_truncated = citation_authors(citation, pub.title, pub.venue)
        if pub.authors:
            used.add("citation")
    sample = bool(pub.venue and _SAMPLE_VENUE.fullmatch(pub.venue))
    if citation and owner and (not pub.venue or sample or pub.year is None):
        # "citation: 'Roe, A. (2024). *Title*. Journal of Sand, 23(1), 29-51.'" and no "venue:" (or no date): the
        # venue and year are the citation's, read by the one page reader, when what it reads as the title is the
        # record's; what the record states stands
        parsed = _citation_publications(doc, [citation], owner)[0]
        if parsed is not None and fold(md_text(parsed.title)).strip(" .") == fold(md_text(pub.title)).strip(" ."):
            if sample and parsed.venue:
                # "venue: 'Journal 1'" (and "date: 2009-10-01"), the sample's left in place over a citation of the
                # work: the sample's venue and date are none of the work's
                pub.venue = pub.venue_full = None
                if parsed.year and pub.year != parsed.year:
                    pub.date, pub.year = None, None  # (the date first: a year left alone is its date's)
            if not pub.venue and parsed.venue:
                pub.venue, pub.venue_full = parsed.venue, pub.venue_full or parsed.venue_full
                pub.venue_type = pub.venue_type or parsed.venue_type
            pub.year = pub.year or parsed.year
            pub.volume, pub.pages = pub.volume or parsed.volume, pub.pages or parsed.pages
    if citation and "citation" not in used:
        used.add("citation")  # the citation repeats title and venue: read, nothing new
    homes = set()
    for m in MD_LINK.finditer(citation or ""):
        # "[Ana Ruiz](https://ruiz.org) and **Bo Lee**": a coauthor's name linked to their homepage, not the paper's
        author = next((a for a in pub.authors if same_name(a.name, md_text(m.group(1)))), None)
        if author is not None:
            homes.add(m.group(2).strip("<>"))
            author.url = author.url or absolute_url(m.group(2).strip("<>"), base)
    for url in BARE_URL.findall(citation or ""):
        # "..., 2020. doi:https://doi.org/10.1016/...": the address the citation gives is the paper's
        if url in homes:
            continue
        url = absolute_url(url.rstrip("."), base)
        if url and url not in pub.links.values():
            _put_link(pub, "", url, named=False)
            pub.doi = pub.doi or doi_of(url)
    coauthors = next((k for k in data if str(k).strip().lower() in ("coauthors", "co-authors")), None)
    listed = split_authors(md_text(as_text(data[coauthors]) or "")).authors if coauthors is not None else []
    if listed and pub.authors and all(any(same_name(a.name, n.name) or owner_variant(n.name, a.name)
                                          for a in pub.authors) for n in listed):
        used.add(coauthors)  # "coauthors: A, B" beside a citation naming them: read, nothing new
    field = next((k for k in data if str(k).strip().lower() == "field" and isinstance(data[k], str)), None)
    if field is not None and as_text(data[field]) and len(as_text(data[field]).split()) <= 6:
        # "field: 'Policy'": the paper's area as the site files it, a topic of the paper's
        pub.keywords += [k for k in [as_text(data[field]).strip()] if k not in pub.keywords]
        used.add(field)
    from ..page.marks import with_coauthors, with_phrase

    names_text, where, m, _note = with_phrase(pub) if pub.authors else (None, None, None, None)
    if where == "title" and all(any(same_name(a.name, n.name) for a in pub.authors)
                                for n in split_authors(names_text).authors):
        # "title: '... (with Alexandra Avdeenko)'" beside a citation that lists the authors: the phrase leaves the title
        pub.title = pub.title[: m.start()].strip(" ,;—–-")
    with_excerpt = md_text(as_text(data.get("excerpt")) or "").strip()
    # (its first sentence names people: "With this article I share ..." is an abstract's prose)
    with_excerpt = with_excerpt if owner and not pub.authors and (lead := _WITH_BYLINE.match(with_excerpt)) and \
        _names_sentence(with_excerpt[lead.end() - 1:]) else ""
    excerpt_prose = ""
    if with_excerpt:
        # "excerpt: 'with Kent Lee and Jo Suter. 55(3): 387-405.'" (academicpages' line under the title, as economists
        # write a byline): the owner's coauthors, the owner implied, read by the phrase's one rule (with_coauthors,
        # below) as a note; the volume and pages after the names stay a note. Prose after the names' sentence ("Joint
        # work with A. Lee. We show that ...") is the abstract, as the excerpt is otherwise
        names, *told = NAMES_SENTENCE_END.split(with_excerpt, maxsplit=1)
        if told and len(told[0].split()) >= 8 and re.search(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", told[0]):
            with_excerpt, excerpt_prose = names.rstrip(" ."), told[0].strip()
        pub.notes.append(with_excerpt)
        used.add("excerpt")
    elif not pub.authors:
        lead = _excerpt_authors(as_text(data.get("excerpt")) or "", owner)
        if lead:
            # "excerpt: 'Ann Lee and Bo Ong. Second place in the main track.'": with no citation, the theme's
            # excerpt line is where the authors are written; a remark after them is a note
            pub.authors, remark = lead
            if remark:
                pub.notes.append(remark)
            used.add("excerpt")
    byline = md_text(next((as_text(data[k]) for k in data if str(k).lower() in keys.authors and as_text(data[k])),
                          "") or "").strip()
    if owner and pub.authors and _WITH_BYLINE.match(byline):
        # "authors: 'with [Ana Ruiz](...) and Bo Lee'": the owner's coauthors, the owner left implicit (read by the
        # rule below, as the phrase would be after a title)
        pub.authors = []
        pub.notes.append(byline)
    elif owner and pub.authors and _SOLE_BYLINE.match(byline):
        # "authors: 'Solo-authored'", "authors: 'Job market paper'": the owner's paper alone, the words a note
        pub.authors = [Author(name=owner, is_self=True)]
        pub.notes.append(byline)
    subtitle = md_text(as_text(data.get("subtitle")) or "").strip()
    placed = _PUBLISHED_IN.match(subtitle)
    if placed and not pub.venue:
        # a page per paper whose theme has no venue key (blogdown's hugo-apero): "subtitle: 'Published in Ecology'"
        where, _dash, remark = placed.group("venue").partition(" - ")  # ("Published in X - Top downloaded article")
        v = parse_venue(where.strip(" ."))
        set_venue(pub, v, keep_type=True)
        if remark.strip(" .()-"):
            pub.notes.append(remark.strip())
        used.add("subtitle")
    elif subtitle and not pub.authors and owner:
        # "subtitle: 'Nakamura G., Vicentin W. and Duarte L.D.S.'" with "author: ''": the byline, when it names
        # the owner
        names = split_authors(subtitle).authors
        if len(names) >= 2 and any(same_name(a.name, owner) for a in names):
            pub.authors = names
            used.add("subtitle")
    if subtitle and not placed and "subtitle" not in used and title_half(subtitle) and not any(
            same_name(a.name, n.name) for a in pub.authors for n in split_authors(subtitle).authors):
        # "title: 'Food Relief and Distancing'" over "subtitle: 'Evidence from a Program in Tarn'": the page shows
        # the title with its subtitle under it, apart (as a list page shows a paper's subtitle line): the title is
        # the title, the subtitle kept beside it
        pub.subtitle = subtitle
        used.add("subtitle")
    described = md_text(as_text(data.get("description")) or "").strip()
    if not pub.venue and _venue_name(described):
        # a page per paper whose theme has no venue key and shows the page's "description" under its title
        # (Quarto's title block): "description: 'Journal of Sand'" is the venue, a sentence there a summary
        v = parse_venue(described)
        set_venue(pub, v, keep_type=True)
        used.add("description")
    if not pub.authors and owner:
        # "title: 'Spousal Death and Survivors (with C. Daminato and I. Gemmo)'": the owner and the coauthors the
        # title names (the page reader's one rule); with no such phrase the file names no authors

        pub.authors = [Author(name=owner, is_self=True)]
        if not with_coauthors(pub, owner):
            pub.authors = []  # (the body may name them: read below)
    if pub.authors and owner:
        # (an author the record sets in bold, marked the owner's by publication_from_record, gives way to the owner
        # named among the authors: one owner per work, as the data-file readers give)
        if any(a.is_self for a in pub.authors):
            owner_over_highlight(pub.authors, owner, aliases)
        else:
            mark_owner(pub.authors, owner, aliases)
    for key in data:
        # "workingpaper: '[WP version](https://...)'", "replication: '[Replication materials](...)'": a key of
        # the theme's reader that holds only markdown links gives those links, by their labels
        value = as_text(data.get(key))
        if key in used or key in _PUB_IGNORED or not value or MD_LINK.sub("", value).strip(" ,;|·") != "":
            continue
        for label, target in md_links(value):
            url = absolute_url(target, base)
            if not url:
                continue
            _put_link(pub, md_text(label), url, named=False)
            used.add(key)
    raw_excerpt = excerpt_prose if with_excerpt else as_text(data.get("excerpt")) or ""
    excerpt = md_text(raw_excerpt) or None
    # an excerpt that is a link line ("DOI: [https://doi.org/...](...)") gives links, not an abstract
    excerpt_urls = [u for u in (absolute_url(t, base) for _l, t in md_links(raw_excerpt)) if u] + BARE_URL.findall(
        MD_LINK.sub(" ", raw_excerpt))
    if excerpt_urls and len(re.sub(r"https?://\S+", "", excerpt or "").split()) <= 4:
        for url in dict.fromkeys(repair_url(u) for u in excerpt_urls):
            if not url:
                continue
            if doi_of(url):
                pub.doi = pub.doi or doi_of(url)
            if url not in pub.links.values():
                put_address(pub, url)
        used.add("excerpt")
        excerpt = None
    # the body: abstract prose, link lines, the "Recommended citation" repeat, and the byline of a front matter
    # that names no authors (a hand-built theme's paper page writes them under its linked title)
    if _read_paper_body(doc, fm.body_start, pub, base, owner, aliases):
        if excerpt and fold(excerpt)[:40] == fold(pub.abstract)[:40]:
            used.add("excerpt")
        elif excerpt and len(excerpt.split()) <= 12 and re.match(rf"\s*(?:{STATUS_WORDS})\b", excerpt, re.I):
            # "excerpt: 'Submitted to Journal X'" over the abstract in the body: the paper's status, a note
            pub.notes.append(excerpt.strip().rstrip("."))
            used.add("excerpt")
    elif excerpt:
        pub.abstract = excerpt
        used.add("excerpt")
    if not pub.authors and owner:
        # a record of the owner's own list that names no authors, nor does its page's body, is the owner's work; who
        # else wrote it the record does not say, so the list is marked incomplete (as the page reader marks such an
        # entry)
        pub.authors, pub.authors_truncated = [Author(name=owner, is_self=True)], True
    used |= keys_written_again(pub, data, used)  # (the venue or title the page's body gave)
    settle_keys(doc, spans, used, lambda key: key in _PUB_IGNORED or as_text(data.get(key)) is None
                and not isinstance(data.get(key), (list, dict)))
    part.publications.append(pub)
    return part


def _hugo_authors(data: dict, owner: str, usernames: dict[str, str]) -> tuple[list, list]:
    """A Hugo paper page's ``authors`` list and its ``author_notes``, a BibTeX author string the YAML list cut at
    its commas joined again."""
    authors = data.get("authors") or []
    notes = data.get("author_notes") or []
    if not isinstance(authors, list):
        return [], []
    if any(" and " in (as_text(a) or "") for a in authors) and any(
            len((as_text(a) or "").split()) == 1 and as_text(a) not in usernames and as_text(a) != "admin"
            for a in authors):
        # "authors: [Sato, Yuko and Michael Wahman]": a BibTeX author string the YAML list cut at its commas
        return [", ".join(as_text(a) or "" for a in authors)], []
    if len(authors) == 2 and all(
            len((as_text(a) or "x y").split()) == 1 and not re.match(r"[A-Z]\.", as_text(a)) for a in authors) \
            and same_name(f"{as_text(authors[1])} {as_text(authors[0])}", owner):
        return [f"{as_text(authors[0])}, {as_text(authors[1])}"], []  # "authors: [Sato, Yuko]": the owner, family first
    return authors, notes


def _hugo_author_names(authors: list, notes: object, usernames: dict[str, str], owner: str
                       ) -> tuple[list[str], list[bool], list[str | None]]:
    """A Hugo paper's author list with its user names (``admin``) swapped for the people's names (the marks written
    after one kept: "admin*"), an item holding several people split into them: the names
    :func:`publication_from_record` reads, and for each name it keeps (no "author 449 of 729") whether it is the
    owner's user name and the mark its ``author_notes`` entry means."""
    from ..bibtex import bibtex_names

    # "authors: ["Ann Lee*", "Bo Roe*", "Cy Kim"]": the marks written after the names (:func:`marked_names`)
    starred = marked_names([list_name(as_text(a)) or "" for a in authors]) \
        if any(re.search(rf"\w\s*{MARK_CLASS}+\s*$", as_text(a) or "") for a in authors) else None
    names: list[str] = []
    selves: list[bool] = []
    marks: list[str | None] = []
    for i, a in enumerate(authors):
        written = list_name(as_text(_entity_name(a) if isinstance(a, dict) else a))  # ("- name: Ana Ruiz")
        if not written:
            continue
        if left_out_note(written):
            names.append(written)  # (read as the list's cut, no one's name)
            continue
        raw = starred[i][0] if starred and starred[i][0] and written.startswith(starred[i][0]) else written
        # ("admin" with no owner known: the user name as written, no one's name swapped in)
        is_self = raw == "admin" and bool(owner) or raw in usernames and usernames[raw] == owner
        people = [usernames[raw] + written[len(raw):] if raw in usernames else
                  owner + written[len(raw):] if raw == "admin" and owner else written]
        if raw not in usernames and raw != "admin" and re.search(r"\s(?:and|&)\s|,", raw):
            # one item holding several people or a family-first name: "Sato, Yuko and Michael Wahman"
            pieces = [x.strip() for x in md_text(raw).split(",")]
            if not re.search(r"\s(?:and|&)\s", raw) and len(pieces) >= 2 and all(len(x.split()) >= 2 for x in pieces):
                # "authors = ['JM Deines, JJ Hellmann']": names joined by commas in one item, each a whole
                # name (a family-first name has one word before its comma)
                people = pieces
            else:
                people = bibtex_names(md_text(raw)) or [md_text(raw)]
        note = meaning_to_mark(str(notes[i])) if isinstance(notes, list) and i < len(notes) and as_text(notes[i]) \
            and len(people) == 1 else None
        names += people
        selves += [is_self] * len(people)
        marks += [note] * len(people)
    return names, selves, marks


_HUGO_LINK_IDS = {("doi", None): "https://doi.org/{}", ("preprint", "arxiv"): "https://arxiv.org/abs/{}",
                  ("preprint", "openreview"): "https://openreview.net/forum?id={}"}
"""Hugo Blox's links written as an identifier (``{type: preprint, provider: arxiv, id: 2510.16211}``, ``{type: doi,
id: ...}``): the address its link builder makes of each, by (type, provider)."""


def _hugo_link_url(item: dict, page_url: str | None, base: str | None, bundle: Path) -> str | None:
    """A Hugo paper page's ``links:`` item as an absolute address: the address Hugo Blox builds of its ``id``, or its
    ``url``; a relative one is under the paper's own page where the theme puts it there: Hugo Blox's typed links
    (``{type: pdf, url: paper.pdf}``) are written as given, which a browser resolves against the page; Wowchemy's
    (``{name: PDF, url: ...}``) link a file of the page's bundle at its address, any other under the site's."""
    url = (as_text(item.get("url")) or "").strip()
    if not url and as_text(item.get("id")):
        typ, provider = fold(as_text(item.get("type")) or ""), fold(as_text(item.get("provider")) or "") or None
        template = _HUGO_LINK_IDS.get((typ, provider)) or _HUGO_LINK_IDS.get((typ, None))
        return template.format(as_text(item["id"]).strip()) if template else None
    if url and page_url and not URL_SCHEME.match(url) and not url.startswith(("/", "#")) \
            and (as_text(item.get("type")) or (bundle / url.split("?")[0]).is_file()):
        return absolute_url(urljoin(page_url, url), None)
    return absolute_url(url, base)


_HUGO_VENUE_PARTS = ("volume", "pages")
"""The parts of Hugo Blox's venue mapping (``publication: {name: ..., short_name: ..., volume: 34, pages: 1-9}``)
that are the work's own fields, read as the record's ``volume:`` and ``pages:`` are."""


def _hugo_venue(data: dict) -> tuple[dict, list[str]]:
    """``data`` with Hugo Blox's venue mapping (``publication: {name: IEEE Access, short_name: ..., volume: ...}``,
    the theme's form since 2024) written in the string keys the record reader takes (``publication``,
    ``publication_short``, ``volume``, ``pages``: a key the record writes itself stands), and the mapping's keys so
    read; a list (``publication: [Nature]``) is its first venue. Any other front matter is returned as it is."""
    value = data.get("publication")
    if isinstance(value, list):
        value = next((v for v in value if _written_venue(v)), None)
        if as_text(value):
            return {**data, "publication": value}, []
    if not isinstance(value, dict):
        return data, []
    out = {k: v for k, v in data.items() if k != "publication"}
    read: list[str] = []
    for key, text in (("publication", _entity_name(value)), ("publication_short", _venue_short(value))):
        if text and not as_text(data.get(key)):
            out[key] = text
            read += [k for k, v in value.items() if as_text(v) == text]
    if read:  # (a mapping naming no venue says nothing of the work's volume either: left unread)
        for key, v in value.items():
            if str(key).lower() in _HUGO_VENUE_PARTS and as_text(v) and not as_text(data.get(str(key).lower())):
                out[str(key).lower()] = v
                read.append(key)
    return out, [f"publication.{k}" for k in read]


def read_hugo_publication(root: Path, path: Path, base: str | None, owner: str, usernames: dict[str, str],
                          aliases: list[str], page_url: str | None = None) -> list[Part]:
    """``content/publication/<slug>/index.md`` (and its ``cite.bib``) -> one publication; ``page_url``: the paper's
    own page on the site (its links relative to it). A page whose front matter does not parse is one part that says
    why (no publication): the site's other papers are still read."""
    try:
        doc, rel, fm = read_markdown(root, path)
        authors, notes = _hugo_authors(fm.data, owner, usernames)
        names, selves, note_marks = _hugo_author_names(authors, notes, usernames, owner)
        # (the names read as any record's author list is; a list of no names, or none, stays unread as before)
        flat, venue_keys = _hugo_venue(fm.data)
        record = {k: v for k, v in flat.items() if k != "authors"}
        if names:
            record["authors"] = names
        part, _fm, pub, used = _front_matter_record(root, path, HUGO_KEYS, base, "hugo-publication",
                                                    read=(doc, rel, replace(fm, data=record)))
    except SourceError as err:
        doc, bad = read_or_blank(root, path)
        return [unread_part(rel_path(root, path), doc, "hugo-publication", bad or err, raw_checksum(path))]
    doc, data, spans = part.doc, fm.data, fm.spans
    if off_site(data):
        # "draft: true", "build: render: never": Hugo builds no page of it (the theme's example paper, left as a
        # draft): no work of the site's; the file is reported unread with its reason (files.ignore_reason)
        return []
    if why := off_site_reason(data, listed=True):
        # ("build: list: never": a page of its own that no list of the site shows, no paper of its list; said
        # here, as the report reads the page itself otherwise)
        doc.ignore(1, len(doc.lines))
        return [Part(rel_path(root, path), doc, "hugo-publication", extra_unparsed=skip_notes(root, [(path, why)]))]
    parts = [part]
    if pub is None:
        return parts
    if template_publication(data) or sample_work_page(path, pub):
        doc.ignore(1, len(doc.lines))  # the theme's sample paper ("Lorem ipsum ..." as its abstract), left in place
        return parts
    reported: set[str] = set()
    if pub.date is None and pub.year is None and "date" not in data and as_text(data.get("publishDate")) \
            and not _PLACEHOLDER_DATE.match(as_text(data["publishDate"])):
        # "publishDate = 2020-04-21" and no "date": Hugo dates the page by its publishDate then (its default
        # front-matter dates), the date the theme shows beside the paper; a "date" written empty ('date: ""', a
        # preprint's) says the paper has none, and the page's schedule date is none of the paper's
        when = as_text(data["publishDate"])
        pub.date, lost = date_read(when)
        pub.year = find_year(pub.date or "")
        if lost:
            reported.add("publishDate")  # (a day no calendar has: its year kept, the line reported)
    if authors:
        # (the owner's user name, or "admin", at its place in the list; only when the list read is that list, one
        # author per name: a citation's authors swapped in for it are marked by name below)
        for author, is_self, mark in zip(pub.authors, selves, note_marks) if len(pub.authors) == len(selves) else ():
            author.is_self = author.is_self or is_self
            if mark and mark not in author.marks:
                author.marks.append(mark)
        if not any(a.is_self for a in pub.authors):
            mark_owner(pub.authors, owner, aliases)
        if names:  # (a list of no names, "[{link: /a}]", stays unread)
            used.add("authors")
        if notes:
            used.add("author_notes")
    types = data.get("publication_types") or []
    types = [types] if isinstance(types, (str, int)) else types
    for t in types:
        vt = _HUGO_TYPES.get(str(t))
        if vt:
            pub.venue_type = vt
            used.add("publication_types")
            break
    publication = md_text(re.sub(r"^\s*in\s+", "", as_text(flat.get("publication")) or "", flags=re.I)) or None
    short = md_text(re.sub(r"^\s*in\s+", "", as_text(flat.get("publication_short")) or "", flags=re.I)) or None
    if publication or short:
        v = parse_venue(publication or short)
        if short:
            # "In *AAAI 2022*": the short name without the year the widget shows beside it
            short = re.sub(r"[\s,']+(?:19|20)\d\d$|\s*['’]\d\d$", "", short).strip() or short
            pub.venue = short
            full = publication
            if full:
                vf = parse_venue(full)
                # "*Journal of Hydrology*, 620": the name, without the volume after it
                if vf.venue_full is None:
                    full = vf.venue or full
                elif vf.venue == short:
                    full = vf.venue_full
            if full:
                # "Computer Aided Verification (CAV 2021)": the year went with the short name
                full = re.sub(r"\(\s*\)", "", re.sub(r"\(\s*([^()]*?)\s*\)", r"(\1)", full))
                full = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", full)).strip(" ,")
            pub.venue_full = full if full and full != short else None
        else:
            set_venue(pub, v, keep_type=True)
        if pub.venue and re.match(r"^arxiv\b", pub.venue, re.I):
            # "*arXiv preprint arXiv:2311.03317*"
            # over an id read off a link: the page names the work's own
            pub.arxiv = arxiv_cited(publication or short or "") or pub.arxiv
            rest = without_arxiv_cited(pub.venue_full or "").strip(" ,.")
            pub.venue = "arXiv"
            pub.venue_full = rest if rest and fold(rest) not in ("arxiv", "arxiv preprint", "preprint") else None
        if v.volume is None and publication:
            m = re.match(r"^[^,]+,\s*(?:vol(?:ume)?\.?\s*)?(\d{1,4})(?:\s*\(\d+\))?\s*(?:[,:]|$)", md_text(publication))
            if m and not YEAR.fullmatch(m.group(1)):
                v.volume = m.group(1)
        pub.volume = v.volume or pub.volume  # (or the venue mapping's own "volume:")
        pub.notes.extend(v.notes)
        if pub.venue_type is None or pub.venue_type == "other":
            pub.venue_type = v.venue_type or pub.venue_type
        if pub.venue or v.notes:  # ("publication: 2020" names no venue and says nothing of it: unread)
            used |= {k for k in ("publication", "publication_short") if as_text(data.get(k))}
            if venue_keys:
                # the venue mapping's keys read (its "issue:", a "location:", kg keeps no field for: reported) and
                # the line that opens it
                used.update(venue_keys)
                if "publication" in spans:
                    doc.use(spans["publication"][0])
    ids = (data.get("hugoblox") or {}).get("ids") if isinstance(data.get("hugoblox"), dict) else None
    if isinstance(ids, dict):
        # (an id no field takes, "doi: 123", stays unread; ids left empty as the theme's template writes them, or
        # the DOI its "doi:" gave already, are read)
        taken = not any(as_text(v) for v in ids.values()) or bool(as_text(ids.get("doi"))) and "doi" in used
        if as_text(ids.get("arxiv")):
            pub.arxiv = as_text(ids["arxiv"])
            taken = True
        if as_text(ids.get("doi")) and "doi" not in used:  # over a DOI read off a link
            try:
                pub.doi = as_text(ids["doi"])
                taken = True
            except ValueError:
                pass
        if taken:
            used.add("hugoblox")
    abstract = plain_text(data.get("abstract"))
    if abstract:
        pub.abstract = abstract
        used.add("abstract")
    elif md_text(as_text(data.get("summary")) or ""):
        pub.abstract = md_text(data["summary"])  # the short abstract when there is no long one
        used.add("summary")
    tags = data.get("tags") or []
    if isinstance(tags, list) and tags:
        pub.keywords = [md_text(str(t)) for t in tags if as_text(t)]
        used.add("tags")
    for item in data.get("links") or [] if isinstance(data.get("links"), list) else []:
        if not isinstance(item, dict):
            continue
        url = _hugo_link_url(item, page_url, base, path.parent)
        if not url:
            continue
        label = as_text(item.get("name")) or as_text(item.get("type")) or as_text(item.get("icon")) or ""
        kind = "supplement" if re.search(r"\bsupp", label, re.I) else link_kind(label, url) or "other"
        if kind in pub.links and "other" not in pub.links:
            kind = "other"
        if kind in pub.links:
            # a third link of no kind of its own ("DIGESTS" after "PREPRINT" in "other"): in the slot its label
            # names, as a record's links are put (:func:`_put_link`), not lost
            _put_link(pub, label, url)
        pub.links.setdefault(kind, url)
        if arxiv_id(url):
            pub.arxiv = pub.arxiv or arxiv_id(url)
        if doi_of(url):
            pub.doi = pub.doi or doi_of(url)
        for k, v in item.items():
            # "- name: Link / url: ... / url_pdf: ...": a key of Hugo's own links typed inside the entry is that link
            also = _HUGO_LINKS.get(str(k).lower())
            extra = absolute_url(as_text(v), base) if also else None
            if extra and also not in pub.links and extra not in pub.links.values():
                pub.links[also] = extra
        used.add("links")
    # the body: page text (the abstract when the front matter has none), links, the byline of a front matter
    # that names no authors; template leftovers
    _read_paper_body(doc, fm.body_start, pub, base, owner, aliases, prose=pub.abstract is None)
    if not pub.authors and (cited := body_citation(doc, fm.body_start)) is not None:
        # "Recommended citation:" over 'Brel, T. and Quill, R. (2019). "Title." ...' in the body (read there as no
        # abstract): its names are the paper's, as an academicpages page's are (:func:`read_jekyll_publication`)
        pub.authors, pub.authors_truncated = citation_authors(cited[0], pub.title, pub.venue)
    if not pub.authors and owner and not any(str(k).lower() in ("authors", "author") for k in data):
        # a paper page of the owner's site that names no authors at all (no "authors:" key), nor does its body:
        # the owner's work, as academicpages' record so written is (:func:`read_jekyll_publication`); who else wrote
        # it the page does not say, so the list is marked incomplete
        pub.authors, pub.authors_truncated = [Author(name=owner, is_self=True)], True
    settle_keys(doc, spans, used, lambda key: key in _HUGO_PUB_IGNORED - reported or not data.get(key))
    # cite.bib beside it: the same work, fills what the page lacks
    bib = path.parent / "cite.bib"
    bdoc, bad = read_or_blank(root, bib) if bib.is_file() else (None, None)
    if bad is not None:  # a cite.bib kg cannot read (another encoding): the page's own record stands, the file noted
        parts.append(unread_part(rel_path(root, bib), bdoc, "bibtex", bad, raw_checksum(bib)))
    elif bdoc is not None:
        from ..bibtex import read_bibtex

        brel = rel_path(root, bib)
        result = read_bibtex(bdoc.text, owner, doc=bdoc, file=brel, aliases=aliases)
        bdoc.sections[1] = "publications"
        bpart = Part(brel, bdoc, "bibtex")
        bpart.publications += merge_own_entry(pub, result.publications, alone=True)
        parts.append(bpart)
    if pub.doi and as_text(data.get("doi")) and not _doi_linked(pub):
        # the theme's DOI button, rendered from the field even when the PDF link is the publisher's page of it (a
        # link that is already the DOI's resolver address stands for it)
        pub.links.setdefault("doi", f"https://doi.org/{pub.doi}")
    part.publications.append(pub)
    return parts


def _first_key(lowered: dict, keys: tuple[str, ...]) -> str | None:
    return next((k for k in keys if as_text(lowered.get(k))), None)


_DEGREE_THEN_FIELD = lazy_compile(r"^((?:" + DEGREE_NAMES + r"|MA|MPH|Dipl\.?-Ing)\.?),?\s+([A-Z].+)$")
"""A degree's abbreviation (:data:`~kg.importers.common.DEGREES`), then its field: "PhD Artificial Intelligence"."""


def split_degree(text: str | None) -> tuple[str | None, str | None]:
    """``"PhD in Artificial Intelligence"`` -> (``"PhD"``, ``"Artificial Intelligence"``)."""
    if not text:
        return None, None
    text = md_text(text)
    # "Doctor of Philosophy in Anthropology", "Master of Science in Physics": the degree's own "of" stays in it
    m = re.match(r"^(.*?)\s+in\s+(.+)$", text)
    if not (m and len(m.group(1).split()) <= 4):
        m = re.match(r"^(.*?)\s+(?:in|of)\s+(.+)$", text)
    if m and len(m.group(1).split()) <= 3:
        return m.group(1).strip(" ,"), m.group(2).strip()
    # "PhD Artificial Intelligence" (Hugo Blox's data file): a degree abbreviation, then the field
    m = _DEGREE_THEN_FIELD.match(text)
    if m:
        return m.group(1), m.group(2).strip()
    return text, None


def education_from_record(data: dict, split: bool = False) -> tuple[Education | None, list[str]]:
    """A degree from a data record (``{degree: Ph.D., field: ..., institution: ..., year_end: 2013}``) and the
    keys it took (as the record spells them); None without an institution. ``split``: a degree written with its
    field in one text ("PhD in Artificial Intelligence", Hugo's records) is split (:func:`split_degree`), whether
    under the degree's key or, in a record naming no degree, the field's ("area: PhD Artificial Intelligence")."""
    lowered = {str(k).lower(): v for k, v in data.items()}
    spelled = {str(k).lower(): str(k) for k in data}
    # (a CV's rows of one shape for every list, "{when, role, where, desc}": where and what)
    inst = _first_key(lowered, ("institution", "school", "university", "college", "organization", "org", "where"))
    if inst is None:
        return None, []
    took = [inst]
    degree = _first_key(lowered, ("degree", "course", "title", "program", "role"))
    field_ = _first_key(lowered, ("field", "major", "area", "subject", "discipline"))
    year_key = _first_key(lowered, ("year", "year_end", "end", "date_end", "end_year", "graduation", "date"))
    year = find_year(str(lowered[year_key])) if year_key else None
    took += [k for k in (degree, field_, year_key if year else None) if k]
    degree_name = md_text(as_text(lowered[degree])) if degree else None
    field_name = md_text(as_text(lowered[field_])) if field_ else None
    if split and field_ is None:  # "PhD in Artificial Intelligence": the degree, then its field
        degree_name, field_name = split_degree(as_text(lowered[degree]) if degree else None)
    elif split and degree is None:  # Hugo Blox's "area: PhD Artificial Intelligence": one text naming both
        named, of = split_degree(as_text(lowered[field_]))
        degree_name, field_name = (named, of) if of else (None, field_name)
    ed = Education(institution=md_text(as_text(lowered[inst])), degree=degree_name, field=field_name, year=year)
    return ed, [spelled[k] for k in took]


ADVISOR_KEYS = ("advisor", "advisors", "supervisor", "supervisors", "adviser", "advisers")
"""A record's keys for the advisors of a degree or a thesis (a name, a list of names or of person records)."""


def record_advisors(data: dict) -> tuple[list[str], list[str]]:
    """The advisors a degree's record names and the keys it took: an ``advisor``/``supervisor`` key (a name or a
    list of them), or the record's prose (``summary``, ``description``) saying it as the page reader reads a line
    ("Thesis on X. Supervised by Prof A, Dr B and Dr C")."""
    from ..page.person import add_advisors, advisors_in  # (the page reader's advisor lists)

    lowered = {str(k).lower(): v for k, v in data.items()}
    spelled = {str(k).lower(): str(k) for k in data}
    found: list[str] = []
    took: list[str] = []
    for key in ADVISOR_KEYS:
        value = lowered.get(key)
        names = [as_text(v) for v in value] if isinstance(value, list) else [as_text(value)]
        names = [md_text(n) for n in names if n and n.strip()]
        if names:
            add_advisors(found, advisors_in(f"Supervisors: {', '.join(names)}"))
            took.append(spelled[key])
    for key in ("summary", "description", "desc", "notes", "content", "details"):
        text = as_text(lowered.get(key))
        named = advisors_in(md_text(text)) if text else []
        if named:
            add_advisors(found, named)
            took.append(spelled[key])
    return found, took


def award_from_record(data: dict) -> tuple[Award | None, list[str]]:
    """An award from a data record (``{title: Best Paper Award, granter: ..., year: 2021}``), the granter after
    its name when the name does not say it, and the keys it took; None without a name."""
    lowered = {str(k).lower(): v for k, v in data.items()}
    spelled = {str(k).lower(): str(k) for k in data}
    name_key = _first_key(lowered, ("title", "name", "award", "honor", "prize", "role"))
    if name_key is None:
        return None, []
    name = md_text(as_text(lowered[name_key]))
    took = [name_key]
    by = _first_key(lowered, ("granter", "awarder", "issuer", "organization", "org", "by", "from", "institution",
                              "where"))
    if by and fold(md_text(as_text(lowered[by]))) not in fold(name):
        name = f"{name}, {md_text(as_text(lowered[by]))}"
        took.append(by)
    year_key = _first_key(lowered, ("year", "date", "when", "dates", "years", "awarded"))
    year = find_year(str(lowered[year_key])) if year_key else None
    if year:
        took.append(year_key)
    url_key = _first_key(lowered, ("url", "link", "website"))
    url = absolute_url(as_text(lowered[url_key]), None) if url_key else None
    if url:
        took.append(url_key)
    return Award(name=name, year=year, years=[year] if year else [], url=url), [spelled[k] for k in took]


def _nested_name(value: object) -> tuple[str | None, str | None]:
    """A record's value that is a text, or a mapping naming a thing and where it is (``seminar: {name: X Seminar,
    place: Tokyo}``): its name and its place."""
    if isinstance(value, dict):
        low = {str(k).lower(): v for k, v in value.items()}
        name = _first_key(low, ("name", "title"))
        place = _first_key(low, ("place", "location", "city", "institute", "university"))
        return (md_text(as_text(low[name])) if name else None), (md_text(as_text(low[place])) if place else None)
    return (md_text(as_text(value)) or None) if isinstance(value, (str, int)) else None, None


TALK_EVENT_KEYS = ("event", "conference", "meeting", "workshop", "seminar", "venue", "where", "at", "host")
TALK_PLACE_KEYS = ("place", "city", "location")
"""A talk record's keys for where it was given (the event, a mapping naming it or a text) and for its city."""


def _record_date(lowered: dict) -> tuple[str | None, list[str]]:
    """A record's date (``date: 2026-06``, ``year: 2024`` with ``month: July``) and its keys; (None, []) without."""
    key = _first_key(lowered, ("date", "when", "year"))
    if key is None:
        return None, []
    month = _first_key(lowered, ("month",)) if key == "year" else None
    said = parse_date(f"{as_text(lowered[month])} {as_text(lowered[key])}" if month else str(lowered[key]))
    if said is None and month:
        said, month = parse_date(str(lowered[key])), None
    return said, [k for k in (key, month) if k and said]


_TALK_LINK_KEYS = tuple((kind, re.compile(rx)) for kind, rx in (
    ("slides", r"slides?(?:[_\-]?(?:url|link|pdf))?|pdf"),
    ("video", r"(?:video|recording|youtube)(?:[_\-]?(?:url|link))?"),
    ("poster", r"poster(?:[_\-]?(?:url|link))?"), ("other", r"url|link|website|web")))
"""A talk record's keys of its links (lower case), by the kind of each."""


def talk_from_record(data: dict, base: str | None = None) -> tuple[Talk | None, list[str]]:
    """A talk from a data record (``{title: ..., event: ..., location: Daejeon, date: 2026-08-09}``, an event
    written as a mapping, ``seminar: {name: ..., place: ...}``) and the keys it took; None without an event, or
    without a title and a date (a seminar visit listed by its host, place and date is a talk untitled; an event
    alone may be a table's). A record with a location beside no other event key names the event there when it
    also has a city (``location: CNIL Privacy Research Day`` beside ``city: Paris``). ``base``: the site's
    address, which a relative slide file (``slides: 2024-tides.pdf``) is placed under.

    >>> talk_from_record({"title": "Tides", "where": "ICML", "city": "Vienna", "year": 2024, "month": "July"})[0]
    Talk(title='Tides', event='ICML', date='2024-07', place='Vienna', description=None, links={}, line=None, file=None)
    >>> talk_from_record({"venue": "Lund University", "location": "Lund, Sweden", "date": "2019-03-04"})[0].title
    >>> talk_from_record({"venue": "Lund University", "location": "Lund, Sweden"})[0]
    """
    lowered = {str(k).lower(): v for k, v in data.items()}
    spelled = {str(k).lower(): str(k) for k in data}
    title_key = _first_key(lowered, ("title", "talk_title", "talk"))
    event_key = next((k for k in TALK_EVENT_KEYS if _nested_name(lowered.get(k))[0]), None)
    place_keys = [k for k in TALK_PLACE_KEYS if k in lowered and _nested_name(lowered[k])[0]]
    if event_key is None and "location" in place_keys and len(place_keys) > 1:
        event_key = "location"  # ("location: CNIL Privacy Research Day", "city: Paris"): the event, then its city
        place_keys.remove("location")
    if event_key is None:
        return None, []
    title = md_text(as_text(lowered[title_key])) if title_key else None
    event, place = _nested_name(lowered[event_key])
    took = [*([title_key] if title_key else []), event_key]
    if place_keys:
        place = _nested_name(lowered[place_keys[0]])[0]
        took.append(place_keys[0])
        if "country" in lowered and (country := md_text(as_text(lowered["country"]))):
            place, took = f"{place}, {country}", [*took, "country"]
    date, keys = _record_date(lowered)
    if not event or not (title or date) or title and placeholder_text(title):
        return None, []  # (or a theme's sample record left as shipped)
    links: dict[str, str] = {}
    for key, value in lowered.items():
        # ("slides: https://...", "slides_url", "video_url", "recording", "url": the talk's page)
        kind = next((k for k, rx in _TALK_LINK_KEYS if rx.fullmatch(key)), None)
        if kind and kind not in links and isinstance(value, str) and (url := absolute_url(value, base)):
            links[kind] = url
            took.append(key)
    about = _first_key(lowered, ("abstract", "description", "summary"))
    took += [*keys, *([about] if about else [])]
    return Talk(title=title or None, event=event, date=date, place=place, links=links,
                description=md_text(as_text(lowered[about])) if about else None), [spelled[k] for k in took]


def talk_occasions(data: dict, spans: dict[str, tuple[int, int]]) -> list[tuple[dict, dict[str, tuple[int, int]]]]:
    """One talk a record says was given at several places (``venues: [Polar Days '24, Hill University]``, no
    ``venue`` of its own): a record a place, each with that place as its ``venue`` (on the list's lines); the
    record itself otherwise.

    >>> [d["venue"] for d, _s in talk_occasions({"title": "Tides", "venues": ["ICML '24", "Lund"]}, {})]
    ["ICML '24", 'Lund']
    """
    low = {str(k).lower(): k for k in data}
    key = next((low[k] for k in ("venues", "events", "occasions", "presented_at", "given_at") if k in low), None)
    places = data.get(key) if key is not None else None
    if not isinstance(places, list) or not places or not all(isinstance(p, str) and p.strip() for p in places) \
            or {"venue", "event"} & set(low):
        return [(data, spans)]
    rest = {k: v for k, v in data.items() if k != key}
    kept = {k: v for k, v in spans.items() if k != str(key)}
    return [({**rest, "venue": p.strip()}, {**kept, **({"venue": spans[str(key)]} if str(key) in spans else {})})
            for p in places]


def teaching_from_record(data: dict, base: str | None = None) -> tuple[Teaching | None, list[str]]:
    """A course the owner taught from a data record (``{course: ..., role: Instructor, term: Spring 2026,
    institution: ...}``, ``{course_number: AEM 7010, course_title: ..., term: Fall, year: 2014}``, ``{role:
    Teaching Assistant for Rivers, term: Fall 2024}``: the course in the role) and the keys it took; None without
    the course's name. ``base``: the site's address, a relative ``url`` is placed under.

    >>> course = teaching_from_record({"course_number": "GEO 210", "course_title": "Rivers", "term": "Fall",
    ...                                "year": 2014})[0]
    >>> course.course, course.term, course.institution
    ('GEO 210: Rivers', 'Fall 2014', None)
    """
    lowered = {str(k).lower(): v for k, v in data.items()}
    spelled = {str(k).lower(): str(k) for k in data}
    course_key = _first_key(lowered, ("course", "course_title", "course_name", "class", "subject", "name", "title"))
    role_key = _first_key(lowered, ("role", "position"))
    # ("role: Teaching Assistant for Rivers" and no course key: the role, and the course it was held in, read as the
    # page reader reads such a line: its term and place apart from the course; a role followed by a place alone,
    # "Teaching Fellow, Hill University", "TA - Department of Physics", names no course)
    from ..page.readers import _TEACH_ROLE, _teaching_from
    said = md_text(as_text(lowered[role_key]) or "") if course_key is None and role_key else ""
    held = _teaching_from(said) if said and _TEACH_ROLE.match(said) else None
    if held is not None and (held.role is None or INSTITUTION_STRONG.search(held.course)
                             or DEPT_START.match(held.course)):
        held = None
    if not (course_key or held) \
            or any(isinstance(v, list) and any(isinstance(x, dict) for x in v) for v in lowered.values()):
        return None, []  # (a record holding a list of records, "{title: X University, courses: [...]}": a group)
    course, took = (md_text(as_text(lowered[course_key])), [course_key]) if course_key else (held.course, [role_key])
    number = _first_key(lowered, ("course_number", "code", "number", "course_code"))
    if number and fold(md_text(as_text(lowered[number]))) not in fold(course):
        course, took = f"{md_text(as_text(lowered[number]))}: {course}", [*took, number]
    inst = _first_key(lowered, ("institution", "university", "school", "college", "location", "where"))
    term_key = _first_key(lowered, ("term", "semester", "quarter", "date", "when", "year", "years"))
    term = md_text(as_text(lowered[term_key])) if term_key else held.term if held else None
    if term and term_key != "year" and "year" in lowered and not YEAR.search(term):
        term, took = f"{term} {as_text(lowered['year'])}", [*took, "year"]  # ("term: Fall", "year: 2014")
    role = role_key
    url_key = _first_key(lowered, ("url", "link", "website"))
    url = absolute_url(as_text(lowered[url_key]), base) if url_key else None  # (base: the site's address)
    about = _first_key(lowered, ("description", "note", "notes", "summary"))
    took += [k for k in (inst, term_key, role, url_key if url else None, about) if k and k not in took]
    if not course or placeholder_text(course):
        return None, []
    return Teaching(course=course, institution=md_text(as_text(lowered[inst])) if inst else held and held.institution,
                    term=term or None, role=held.role if held else md_text(as_text(lowered[role])) if role else None,
                    url=url,
                    description=md_text(as_text(lowered[about])) if about else None), [spelled[k] for k in took]


def service_from_record(data: dict, under: str | None = None) -> tuple[Service | None, list[str]]:
    """A service role from a data record (``{position: Program Committee, at: HILDA 2018}``, ``{role: Member,
    group: ..., year_start: 2014}``) and the keys it took; ``under``: the key of the list it is in, the role
    when the record names none (``program_committee: [{venue: EDM, years: 2026}]``). None without a role.

    >>> service_from_record({"venue": "EDM", "years": "2026"}, "program_committee")[0]
    Service(role='Program committee', venues=['EDM'], year=2026, line=None, file=None)
    """
    lowered = {str(k).lower(): v for k, v in data.items()}
    spelled = {str(k).lower(): str(k) for k in data}
    role_key = _first_key(lowered, ("role", "position", "title"))
    role = md_text(as_text(lowered[role_key])) if role_key else " ".join(re.split(r"[_\-\s]+", under or "")).strip()
    role = role[:1].upper() + role[1:]
    if not role:
        return None, []
    venue_keys = [k for k in ("at", "venue", "conference", "journal", "committee", "group", "organization",
                              "institution") if isinstance(lowered.get(k), (str, int)) and as_text(lowered[k])]
    venues = [md_text(as_text(lowered[k])) for k in venue_keys]
    year_key = _first_key(lowered, ("year", "years", "date", "year_start", "start", "when"))
    year = find_year(str(lowered[year_key])) if year_key else None
    took = [*([role_key] if role_key else []), *venue_keys, *([year_key] if year else [])]
    return Service(role=role, venues=[v for v in venues if v], year=year), [spelled[k] for k in took]


def student_from_record(data: dict, titles: bool = False) -> tuple[Student | None, list[str]]:
    """A student the owner advised from a data record (``{name: ..., level: phd, site: https://...}``) and the
    keys it took; None when no key holds a person's name, or when its role is no student's (:data:`NOT_STUDENT_ROLE`,
    "PI", "Collaborator"; a postdoc is the owner's advisee still). ``titles``: the list's titles are its people's names
    (a mentee's name under ``title``, where another list has a programme's, "Google Summer of Code").

    >>> student_from_record({"name": "Ana Ruiz", "level": "phd", "site": "https://ana.example.org"})[0].role
    'phd'
    """
    lowered = {str(k).lower(): v for k, v in data.items()}
    spelled = {str(k).lower(): str(k) for k in data}
    name_key = _first_key(lowered, ("name", "student", *(("title",) if titles else ())))
    name = md_text(as_text(lowered[name_key])) if name_key else ""
    if not name or not name_like(name) or placeholder_text(name):
        return None, []
    role = _first_key(lowered, ("level", "role", "degree", "program", "position", "type"))
    if role and (said := md_text(as_text(lowered[role]))) and NOT_STUDENT_ROLE.search(said) \
            and not re.search(r"(?i)post[-\s]?doc", said):
        return None, []  # ("role: PI", "Collaborator", "Research Scientist": a lab's people; a postdoc is advised)
    if role is None and len(as_text(lowered.get("description")) or "") <= 80:
        role = _first_key(lowered, ("description",))  # ("description: MS student at X University", a short one)
    inst = _first_key(lowered, ("institution", "university", "school"))
    url_key = _first_key(lowered, ("url", "site", "website", "homepage", "link"))
    url = absolute_url(as_text(lowered[url_key]), None) if url_key else None
    took = [name_key, *(k for k in (role, inst, url_key if url else None) if k)]
    return Student(name=name, role=md_text(as_text(lowered[role])) if role else None,
                   institution=md_text(as_text(lowered[inst])) if inst else None, url=url), [spelled[k] for k in took]


_ENDED_NOT = lazy_compile(rf"(?i)^\s*(?:{NOW_WORDS}|ongoing|-|–|—)?\s*$")
_REPOSITORY_PATH = lazy_compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/(?![\w.-]*\.(?i:html?|pdf|zip|t?gz|tar|py|ipynb"
                                r"|r|rmd|m|mat|csv|tsv|txt|md|json|ya?ml|png|jpe?g|gif|svg|docx?|pptx?|xlsx?)$)[\w.-]+")
"""A GitHub repository written as ``owner/name`` (an account's letters, digits and hyphens; a repository name): not
a file of the site written as folder and file name ("code/model.zip", "slides/talk.pdf": the suffixes of the files
sites keep)."""


GOES_ON = lazy_compile(rf"(?i)(?:[-–—]\s*(?:{NOW_WORDS}|ongoing|)|\b(?:{NOW_WORDS}|ongoing))\s*"
                      r"(?:\([^()]*\)\s*)?$")
"""A record's dates that run on ("2019 -", "2019 - Present", "since 2019, ongoing"), a note in brackets after them
included ("2019 - Present (part-time)")."""


POSITION_ORG_KEYS = ("institution", "organization", "organisation", "company", "employer")
POSITION_ROLE_KEYS = ("title", "position", "role", "jobtitle")
"""The keys of a record that hold a post (``company: X`` beside ``role: Data Engineer``), as :func:`post_key`
spells them: a record with a key of each list is a post, whose organization may also be under one of
:data:`_MORE_ORG_KEYS`."""
_MORE_ORG_KEYS = ("org", "companyname", "university", "affiliation", "place", "where")


def post_key(key: object) -> str:
    """A record's key as the post keys spell it: lower case, no spaces, underscores or hyphens ("Job_Title")."""
    return re.sub(r"[\s_\-]+", "", str(key).lower())


def position_from_record(data: dict) -> tuple[Affiliation | None, list[str]]:
    """A position from a data record (``{title: Data Curator, institution: ..., startYear: 2026, endYear: null}``)
    and the keys it took; current when no end is given (``null``, ``present``). None without an organization.

    >>> position_from_record({"title": "Lecturer", "institution": "Lakeside U", "startYear": 2020})[0].current
    True
    """
    lowered = {post_key(k): v for k, v in data.items()}
    spelled = {post_key(k): str(k) for k in data}
    org = _first_key(lowered, POSITION_ORG_KEYS + _MORE_ORG_KEYS)
    if org is None:
        return None, []
    role = _first_key(lowered, POSITION_ROLE_KEYS)
    start_key = _first_key(lowered, ("startyear", "start", "from", "datestart", "startdate", "since"))
    end_key = next((k for k in ("endyear", "end", "to", "dateend", "enddate", "until") if k in lowered), None)
    # (dates in Chinese or Japanese read as the others: "2025.10 至今" runs on to the present)
    end_raw = cjk_dates(str(lowered[end_key])) if end_key and lowered[end_key] is not None else None
    end = find_year(end_raw) if end_raw is not None and not _ENDED_NOT.match(end_raw) else None
    start = find_year(str(lowered[start_key])) if start_key else None
    years = _first_key(lowered, ("years", "dates", "period", "timeperiod", "daterangestring", "date", "when", "year"))
    if start is None and end is None and years:
        # "2019-2022", "2026-": the years as one text
        when = cjk_dates(str(lowered[years]))
        found = [int(y) for y in YEAR.findall(when)]
        start = found[0] if found else None
        end = found[1] if len(found) > 1 else None
        if end is None and not GOES_ON.search(when):
            end = start
    if not (name := md_text(as_text(lowered[org]))):
        return None, []  # ("company: <span></span>": markup alone)
    aff = Affiliation(name=name, role=md_text(as_text(lowered[role])) if role else None,
                      current=end is None and start is not None or end_key is not None and end is None,
                      start_year=start, end_year=end)
    took = [org, *(k for k in (role, start_key, end_key, years) if k)]
    return aff, [spelled[k] for k in took]


DATA_LOOP = lazy_compile(r"\{%-?\s*(?:for\s+(?P<var>\w+)\s+in|assign\s+\w+\s*=)\s+site\.data\.(?P<name>[\w\-]+)"
                       r"(?P<keys>(?:\.[\w\-]+)*)")
"""A Liquid loop over a data file (``{% for p in site.data.papers %}``: ``var`` the loop's variable, ``name`` the
file, ``keys`` a list inside it), or a variable made of one that a loop then walks (``{% assign by_year =
site.data.publications | group_by: 'year' %}``)."""
_URL_ALONE = re.compile(r"\s*<?(https?://[^\s<>]+?)>?\s*")
"""A paragraph that is one address and nothing else (a page body holding only its paper's arXiv address)."""
_CITATION_KEY = lazy_compile(r"(?i)^(?:apa|mla|harvard|chicago|ama|ieee|full|formatted|raw)?[_\-]?"
                           r"(?:reference|citation|cite|ref|entry|html)$|^raw[_\-]?text$")
"""A record key holding the whole citation as written (``apa_reference: "Doe, J. (2020). Title. _Venue_."``; a
generator's ``raw_text``, the line of the CV it made the record of)."""


def yaml_node(doc: SourceDoc):
    """The YAML node tree of a data file (:func:`~..base.compose_yaml`), its syntax errors a located
    :class:`SourceError`: composed once by a reader that reads the file's records more than one way."""
    import yaml

    try:
        return compose_yaml(doc.text, doc.display)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SourceError(f"not valid YAML: {getattr(exc, 'problem', None) or 'bad YAML'}", path=doc.display,
                          line=mark.line + 1 if mark is not None else None) from None


_NUMBERED_KEY = re.compile(r"([^\W\d_][\w\-]*?)[_\-]?(\d{1,3})")


def numbered_records(node):
    """A mapping of records written as numbered fields side by side (a one-page theme's ``{title1: ..., authors1:
    ..., title2: ..., authors2: ...}``, its template writing slide 1, 2 ... by hand) as the list of those records
    (``[{title: ..., authors: ...}, ...]``, in their numbers' order, each key where the file has it); None for any
    other node: every key numbered and plain, two numbers or more, two fields or more each."""
    import yaml

    if not isinstance(node, yaml.MappingNode) or len(node.value) < 4:
        return None
    groups: dict[int, list] = {}
    for k, v in node.value:
        m = _NUMBERED_KEY.fullmatch(str(k.value)) if isinstance(k, yaml.ScalarNode) else None
        if m is None or not isinstance(v, yaml.ScalarNode):
            return None
        key = yaml.ScalarNode(k.tag, m.group(1), k.start_mark, k.end_mark)
        groups.setdefault(int(m.group(2)), []).append((key, v))
    if len(groups) < 2 or any(len(g) < 2 for g in groups.values()):
        return None
    return yaml.SequenceNode("tag:yaml.org,2002:seq", [yaml.MappingNode("tag:yaml.org,2002:map", groups[n])
                                                       for n in sorted(groups)])


def translated_lists(node) -> str | None:
    """The key read of a mapping that holds one list per language (``en: [...]`` beside ``jp: [...]``, the same
    awards in each, which the site shows by its reader's language): English's (:func:`~.fields.chosen_language`);
    None for any other mapping. Its keys are two or more languages' codes, English's among them, and its values
    lists.

    >>> import yaml
    >>> translated_lists(yaml.compose("en: [a]\\njp: [b]")), translated_lists(yaml.compose("cv: [a]\\nml: [b]"))
    ('en', None)
    """
    import yaml

    codes = [str(k.value) for k, _v in node.value]
    if len(codes) < 2 or not all(LANGUAGE_CODE.fullmatch(c) for c in codes) or not any(english(c) for c in codes) \
            or not all(isinstance(v, yaml.SequenceNode) for _k, v in node.value):
        return None
    return chosen_language(codes)


def yaml_records(doc: SourceDoc, path: tuple[str, ...] = (), nested: bool = False, keyed_by: str = "title",
                 node=None) -> list[tuple[dict, dict[str, tuple[int, int]], tuple[str, ...]]]:
    """The mappings of a YAML list (at ``path`` inside the file's mapping; with no path, every list of the
    file), each with the first and last line of each of its keys and the keys leading to its list
    (``("alumni", "phd")`` for a record of ``alumni: phd: [...]``). ``nested``: the records of a list inside a
    record with no title too (``- year: 2021`` / ``papers: [...]``), each given the group's plain values it lacks
    (its year). A mapping of records keyed by an id or a title (``papers: {"Deep Nets for X": {year: 2020}}``)
    is a list too, a key of three words or more the title of a record that gives none; ``keyed_by="name"``: such
    a key of two words or more is the name of a record that gives none (a lab's ``team: {"ada lind": {role:
    ...}}``). A mapping of such groups (``{team: {...}, alumni: {...}}``) is no record list itself: each group is.
    ``node``: the file's tree (:func:`yaml_node`) where the caller composed it already."""
    import yaml

    if node is None:
        node = yaml_node(doc)
    lists = []
    titled: dict[int, yaml.Node] = {}  # a keyed record's node -> its key, when the key is its title

    def group(n) -> bool:
        # records keyed by an id or a title ("rastermap: {title: ...}", "Deep Nets for X: {year: 2020, ...}"):
        # mappings of plain values, no group of records ("phd: [...]") among them
        return isinstance(n, yaml.MappingNode) and bool(n.value) and all(
            isinstance(v, yaml.MappingNode) and any(isinstance(x, yaml.ScalarNode) for _a, x in v.value)
            and not any(isinstance(x, yaml.SequenceNode) and any(isinstance(y, yaml.MappingNode) for y in x.value)
                        for _a, x in v.value) for _k, v in n.value)

    def keyed(n) -> bool:
        return group(n) and len(n.value) >= 2  # (one such mapping alone is a record's field: "links: {pdf: {...}}")

    own_keys = TITLE_KEYS if keyed_by == "title" else (*PERSON_NAME_KEYS, *NAME_PART_KEYS)

    def as_list(n):
        for k, v in n.value:
            if len(str(k.value).split()) >= (3 if keyed_by == "title" else 2) and not any(
                    str(a.value).strip().lower() in own_keys for a, _x in v.value):
                titled[id(v)] = k  # "Deep Nets for X: {year: ...}": a record with no title of its own, keyed by it
        return yaml.SequenceNode("tag:yaml.org,2002:seq", [v for _k, v in n.value])

    def walk(n, rest, keys, key_node=None):
        n = numbered_records(n) or n
        if not rest and keys and keyed(n):
            n = as_list(n)
        if isinstance(n, yaml.MappingNode):
            chosen = translated_lists(n)
            for k, v in n.value:
                if chosen is not None and k.value != chosen:
                    continue  # (the same list in another language: "jp: [...]" beside "en: [...]")
                if not rest or k.value == rest[0]:
                    walk(v, rest[1:], (*keys, str(k.value)), k)
        elif isinstance(n, yaml.SequenceNode):
            # a list under a year ("2021": [{title: ...}, ...]): the year is each record's that gives none
            year = key_node is not None and re.fullmatch(r"(?:19|20)\d\d", str(key_node.value))
            lists.append((n, keys, {"year": (int(key_node.value), (key_node.start_mark.line + 1,) * 2)}
                          if year else {}))

    if not path and isinstance(node, yaml.MappingNode) and len(node.value) >= 2 and all(
            isinstance(v, yaml.MappingNode) for _k, v in node.value):
        if all(group(v) for _k, v in node.value):
            # "team: {...}" / "alumni: {...}": groups of records keyed by name, each group a list (of one too)
            node = yaml.MappingNode(node.tag, [(k, as_list(v)) for k, v in node.value])
        else:
            # records keyed by an id ("rastermap: {title: ..., authors: [...]}"): the file's values are its list
            node = as_list(node)
    walk(node, path, ())
    out = []

    def take(seq, keys, inherited, by_year=None):
        for item in seq.value:
            if isinstance(item, yaml.MappingNode):
                data = construct_yaml(item)  # the record's value, from the tree already parsed
                spans: dict[str, tuple[int, int]] = {}
                collect_yaml_spans(item, "", 0, spans)
                spans = {k: v for k, v in spans.items() if "." not in k}
                if id(item) in titled:
                    key = titled[id(item)]
                    data[keyed_by], spans[keyed_by] = str(key.value), (key.start_mark.line + 1,) * 2
                data, spans = one_language(data, spans)  # ("title: {en: ..., zh: ...}": one language's)
                data, spans = unprefixed(data, spans)  # ("work_title: ...": the record's keys under one word)
                dated = by_year and any(str(k).lower() in YEAR_KEYS for k in data)
                for key, (value, span) in inherited.items():
                    if key not in data and not (dated and key in by_year):
                        data[key], spans[key] = value, span
                out.append((data, spans, keys))
                if not nested or len(keys) > 4 or any(str(k).lower() == "title" for k in data):
                    continue  # (a work's own list, "links: [{label, url}]", holds no works)
                # a group of records ("- year: 2021" / "papers: [...]"): its plain values are its records'
                group = {k: (v, spans[k]) for k, v in data.items() if isinstance(v, (str, int, float))
                         and not isinstance(v, bool) and k in spans}
                for k_node, v_node in item.value:
                    if isinstance(v_node, yaml.SequenceNode) and any(
                            isinstance(x, yaml.MappingNode) for x in v_node.value):
                        take(v_node, (*keys, str(k_node.value)), {**inherited, **group})

    for seq, keys, by_year in lists:
        take(seq, keys, by_year, by_year)
    return out


def _citation_key(data: dict) -> str | None:
    return next((str(k) for k, v in data.items() if _CITATION_KEY.match(str(k)) and len(as_text(v) or "") >= 30),
                None)


def _citation_publications(doc: SourceDoc, citations: list[str], owner: str | None) -> list[Publication | None]:
    """Whole citations of data records read by the one page reader (:func:`~.pages.read_view`, a list of papers
    under a Publications heading), one publication (or None) per citation, in order. Without an owner to read them
    for, none (the records' lines stay in ``unparsed``)."""
    lines = ["## Publications", ""]
    first_line: dict[int, int] = {}
    for i, text in enumerate(citations):
        first_line[len(lines) + 1] = i
        lines += [f"- {' '.join(text.split())}", ""]
    out: list[Publication | None] = [None] * len(citations)
    profile = read_view(doc, lines, owner) if owner else None
    for pub in profile.publications if profile is not None else []:
        i = first_line.get(pub.line or 0)
        if i is not None and out[i] is None:
            out[i] = pub
    return out


def fill_from_citations(doc: SourceDoc, works: Sequence[tuple[Publication, dict, dict[str, tuple[int, int]]]],
                        owner: str | None) -> None:
    """Works read from data records that name no authors while a field keeps the whole citation, the title in it
    (a generator's ``raw_text: 'Title, A. Roe, B. Lee, submitted, 2601.00001 (2026)'`` beside ``authors: ''``):
    each citation read by the one page reader (:func:`_citation_publications`), the record's title quoted where the
    citation holds it (as a citation marks its title: the reader need not guess where a title with commas ends).
    Taken only when the reader reads the record's title and authors the citation writes (not the owner alone it
    takes for a byline it cannot read, "Roe et al, 2601.00001"). What the record lacks is filled in: the authors,
    the year, the venue, and a venue field that holds those authors (a piece of the citation cut in the wrong
    place); the lines of the citation, and of the fields whose text it holds, are read. ``works``: each work with
    its record and the record's lines by key (as the record spells it)."""
    todo = []
    for pub, data, spans in works:
        key = _citation_key(data) if not pub.authors else None
        citation = " ".join(md_text(as_text(data[key]) or "").split()) if key else ""
        # (where the title is written in the citation as the record writes it, else where it is once folded: a
        # position in the folded text is one in the citation only while nothing before it folds away, "[3] Title")
        title = " ".join(pub.title.split())
        written = re.search(re.escape(title), citation, re.I) if citation and title else None
        at, end = written.span() if written else (fold(citation).find(fold(pub.title)) if citation else -1, None)
        if at >= 0 and key in spans:
            end = end if end is not None else at + len(pub.title)
            todo.append((pub, data, spans, key, citation, f"{citation[:at]}“{citation[at:end]}”{citation[end:]}"))
    read = _citation_publications(doc, [marked for *_rest, marked in todo], owner) if todo else []
    for (pub, data, spans, key, citation, _marked), parsed in zip(todo, read):
        said = set(re.findall(r"[^\W\d_]+", fold(citation)))
        if parsed is None or fold(parsed.title).strip(" .") != fold(pub.title).strip(" .") or not parsed.authors \
                or not all(set(re.findall(r"[^\W\d_]+", fold(a.name))) <= said for a in parsed.authors):
            continue
        pub.authors, pub.authors_truncated = parsed.authors, parsed.authors_truncated
        pub.year = pub.year or parsed.year
        families = {fold(a.name.split()[-1]) for a in parsed.authors}
        if pub.venue and len(families & set(re.findall(r"[^\W\d_]+", fold(pub.venue)))) >= min(2, len(families)):
            pub.venue = pub.venue_full = None  # ("venue: 'Production, Y. Liu, Z. Liu, submitted'")
        if not pub.venue and parsed.venue:
            pub.venue, pub.venue_full = parsed.venue, pub.venue_full or parsed.venue_full
            pub.venue_type = pub.venue_type or parsed.venue_type
        pub.volume, pub.pages = pub.volume or parsed.volume, pub.pages or parsed.pages
        doc.use(*spans[key])
        for other, value in data.items():
            text = " ".join(md_text(value).split()) if isinstance(value, str) else ""
            if other in spans and len(text) >= 8 and fold(text) in fold(citation):
                doc.use(*spans[other])  # ("journal: 'B. Lee, submitted'": the generator's piece of the citation)


_DATA_FILE_REF = re.compile(r"""['"]([\w./\-]+\.(?:ya?ml|json))['"]""")
"""A page's code naming a data file of the site (``yaml.safe_load(open("papers.yaml"))``, ``fetch('pubs.json')``)."""


def _data_refs(root: Path, page: Path, doc: SourceDoc) -> list[tuple[str, Path | None, tuple[str, ...]]]:
    """The data files a page lists: (name, file, keys inside it) for each Liquid loop over ``site.data`` and
    each data file the page's code opens by name."""
    out: list[tuple[str, Path | None, tuple[str, ...]]] = []
    for m in DATA_LOOP.finditer(doc.text):
        name = m.group("name")
        out.append((name, first_file(root / "_data", (f"{name}{s}" for s in YAML_SUFFIXES)),
                    tuple(k for k in m.group("keys").split(".") if k)))
    # (the page's own front matter: "papers:" looped by "{% for p in page.papers %}")
    out += [(name, page, (name,)) for name in dict.fromkeys(m.group("name") for m in PAGE_LOOP.finditer(doc.text))]
    out += [(target.stem, target, ()) for target, _n in includes(root, page, doc.text, _DATA_FILE_REF,
                                                                  YAML_SUFFIXES, (page.parent, root))
            if not target.name.startswith("_")]
    return out


_TEMPLATE_ANCHOR = lazy_compile(r"""<a\s[^>]*?href\s*=\s*["']([^"'<>]*\{\{[^"'<>]*)["'][^>]*>(.*?)</a>""", re.I | re.S)
_TEMPLATE_VALUE = re.compile(r"\{\{-?\s*([\w.]+)\s*-?\}\}")


def _page_legend(doc: SourceDoc) -> dict[str, str] | None:
    """The marks a page listing records explains in a line of its own text ("* and + denote joint authorship")."""
    return text_legend(doc.lines)


def text_legend(lines: Iterable[str]) -> dict[str, str] | None:
    """The marks one of ``lines`` (a page's, a template's, a component's) explains
    (:func:`~kg.importers.common.read_legend`: "* and + denote joint authorship", "Students I mentored are marked
    with †"), its markup left out."""
    for line in lines:
        text = " ".join(markup_text(line, " ").split()) if re.search(MARK_CLASS, line) else ""
        legend = read_legend(text) if text and len(text) <= 200 and "{" not in text else None
        if legend:
            return legend
    return None


_LIQUID_FOR = re.compile(r"\{%-?\s*for\s+(?P<var>\w+)\s+in\s+(?P<of>\w+)")


def _loop_variables(text: str, name: str) -> set[str]:
    """The variables a page's Liquid loops walk ``site.data.<name>``'s records with: a loop's over the file
    (``{% for p in site.data.papers %}``), or over a variable made of it (``{% assign pubs = site.data.papers |
    sort: "date" %}{% for p in pubs %}``), through the groups of one (``{% for g in by_year %}{% for p in g.items
    %}``)."""
    found = {m.group("var") for m in DATA_LOOP.finditer(text) if m.group("var") and m.group("name") == name}
    made = {m.group(1) for m in re.finditer(rf"\{{%-?\s*assign\s+(\w+)\s*=\s*site\.data\.{re.escape(name)}\b", text)}
    loops = [(m.group("var"), m.group("of")) for m in _LIQUID_FOR.finditer(text)]
    # ("{% assign by_year = pubs | group_by: 'year' %}": a variable made of one made of the file)
    assigned = [(m.group(1), m.group(2)) for m in re.finditer(r"\{%-?\s*assign\s+(\w+)\s*=\s*(\w+)\b", text)]
    while True:
        more = {var for var, of in loops if (of in made or of in found) and var not in found}
        more_made = {var for var, of in assigned if of in made and var not in made}
        if not more and not more_made:
            return found
        found |= more
        made |= more_made


def template_links(text: str, name: str, link_keys: Collection[str] = ()) -> tuple[list[tuple[str, str, str]],
                                                                                    frozenset[str]]:
    """The links a page's loop over ``site.data.<name>`` writes for each record out of the record's fields and
    the site's address (``<a href="{{ site.baseurl }}/pdf/{{ paper.short_name }}.pdf">pdf</a>``): (label,
    address template, loop variable) for each one that is more than a single field, or a single field whose key
    is none of ``link_keys`` (the keys the records reader reads as links: ``href="{{ p.internal_url }}">Open
    project</a>`` is named by its label); and the fields (lower-cased) it writes alone as a link's address
    (``href="{{ paper.bibtex }}"``), whose value is the address as written, a file's path beside the page too
    (``./assets/bib/x.bib``: no folder of the template's before it)."""
    names = _loop_variables(text, name)
    out, alone = [], set()
    for m in _TEMPLATE_ANCHOR.finditer(text):
        template, label = m.group(1).strip(), md_text(m.group(2))
        values = _TEMPLATE_VALUE.findall(template)
        fields = [v for v in values if v.split(".")[0] in names and v.count(".") == 1]
        if fields and _TEMPLATE_VALUE.fullmatch(template):
            key = fields[0].split(".")[1].lower()
            alone.add(key)  # (the record's own link, read with its key)
            if link_keys and key not in link_keys and label and "{" not in label \
                    and (label, template) not in {(x, t) for x, t, _v in out}:
                out.append((label, template, fields[0].split(".")[0]))  # (a key of the site's own, named by its label)
            continue
        if not label or not fields or len(fields) != len([v for v in values if not v.startswith("site.")]) \
                or any(v.startswith("site.") and v not in ("site.baseurl", "site.url") for v in values):
            continue
        out.append((label, template, fields[0].split(".")[0]))
    return out, frozenset(alone)


def _fill_template(template: str, var: str, data: dict, base: str | None, used: set[str]) -> str | None:
    """A link template of :func:`template_links` filled with one record's fields (None when one is empty, as
    the template's ``{% if %}`` around it then leaves the link out) and made absolute."""
    lowered = {str(k).lower(): (str(k), v) for k, v in data.items()}
    took = []

    def value(m: re.Match) -> str:
        key = m.group(1)
        if key in ("site.baseurl", "site.url"):
            return ""
        head, _, field = key.partition(".")
        spelled, v = lowered.get(field.lower(), (None, None)) if head == var else (None, None)
        text = as_text(v) if v is not None else None
        if not text:
            raise LookupError(key)
        took.append(spelled)
        return text.strip()

    lead = SITE_ADDRESS.match(template)
    try:
        filled = _TEMPLATE_VALUE.sub(value, template[lead.end():] if lead else template)
    except LookupError:
        return None
    # ("https://doi.org/{{ p.doi }}" of a record whose doi is written as its address: that address, not the two
    # run together)
    schemes = list(re.finditer(r"(?i)(?<![\w+.\-])[a-z][\w+.\-]*://", filled))
    filled = filled[schemes[-1].start():] if len(schemes) > 1 else filled
    # "{{ site.baseurl }}/assets/x.pdf": under the site's address (its url and baseurl, which ``base`` joins)
    url = (base.rstrip("/") + "/" + filled.lstrip("/")) if lead and base else absolute_url(filled, base)
    if url:
        used.update(took)
    return url


def put_talk_template_links(talk: Talk, templates: Iterable[tuple[str, str, str]], data: dict, base: str | None
                            ) -> list[str]:
    """The links a page's loop over a data file of talks writes for one record out of its fields
    (:func:`template_links`; ``href="slides/{{ talk.slides }}"``: the file under the folder the template puts it
    in), each in the slot its label names (slides, video, poster, else other), over the one read from the bare
    field; the keys filled in."""
    used: set[str] = set()
    for label, template, var in templates:
        url = _fill_template(template, var, data, base, used)
        if url:
            kind = next((k for k, rx in _TALK_LINK_KEYS if rx.fullmatch(link_key(label))), "other")
            talk.links[kind] = url
    return sorted(used)


def _fill_label(label: str, var: str, data: dict) -> str:
    """A link's label of a page's template with each of the record's values filled in (``PubMed Central
    {{ p.pmcid }}`` -> ``PubMed Central PMC123``); a value the record lacks, or that no record holds, shows nothing."""
    lowered = {str(k).lower(): v for k, v in data.items()}

    def value(m: re.Match) -> str:
        head, _, field = m.group(1).partition(".")
        v = lowered.get(field.lower()) if head == var else None
        return (as_text(v) or "").strip() if v is not None else ""

    return _shown_label(_TEMPLATE_VALUE.sub(value, label))


def put_template_links(pub: Publication, templates: Iterable[tuple[str, str, str]], data: dict, base: str | None,
                       used: set[str]) -> None:
    """The links a page's template writes for one record out of its fields (:func:`template_links`: label, address
    template, loop variable), each in the slot its label names; the keys filled in added to ``used``."""
    for label, template, var in templates:
        url = _fill_template(template, var, data, base, used)
        if url and "{" in label and _shown_label(label):
            # '<a href="https://www.ncbi.nlm.nih.gov/pmc/articles/{{p.pmcid}}">PubMed Central {{p.pmcid}}</a>': the
            # label as the page shows it, each value filled in from the record (no template's text in the output);
            # a label that is a value alone ("{{ p.title }}": the paper's link) still names its slot by its field
            label = _fill_label(label, var, data)
        if url and url not in pub.links.values():
            doi = valid_doi(doi_of(url) or "")
            if doi and valid_doi(doi_of(pub.links.get("doi") or "") or "") == doi:
                # '<a href="http://dx.doi.org/{{ publi.doi }}">DOI</a>' over a record's bare "doi: 10.1021/x": the
                # address the page shows is the work's DOI link (the one made from the bare field is no address
                # the page has; the DOI itself stays in ``doi``)
                pub.links["doi"] = url
                continue
            _put_link(pub, label, url)


_SUBTITLE_GAP = re.compile(r"\{\{-?\s*\w+\.title\s*-?\}\}(.{0,160}?)\{\{-?\s*\w+\.subtitle\b", re.S)


def subtitle_separator(text: str) -> str:
    """What a page's template writes between a record's title and its subtitle (``{{ p.title }}.
    {{ p.subtitle }}``: ``". "``); ``": "`` when it shows none."""
    m = _SUBTITLE_GAP.search(text)
    gap = "".join(re.sub(r"\{%.*?%\}|<[^>]*>", "", m.group(1), flags=re.S).split()) if m else ""
    return f"{gap} " if gap in (".", ":", ",", "-", "–", "—") else ": "


def _thesis_advisors(data: dict, pub: Publication, owner: str | None, used: set[str]) -> list[str]:
    """The advisors a record of the owner's own work names (a thesis's ``advisor:``, a list of persons or of
    names); the key is added to ``used``."""
    key = next((k for k in data if str(k).lower() in ADVISOR_KEYS), None)
    alone = pub.authors[0] if len(pub.authors) == 1 else None
    if key is None or alone is None or not (alone.is_self or owner and same_name(owner, alone.name)):
        return []
    value = data[key] if isinstance(data[key], list) else [data[key]]
    names = [name for v in value for name in [_entity_name(v) or md_text(as_text(v) or "")] if name and name_like(name)]
    if names:
        used.add(str(key))
    return names


def data_parts(root: Path, pages: list[Path], base: str | None, owner: str | None = None,
               read: dict[Path, SourceDoc] | None = None) -> list[Part]:
    """The data files (``_data/publications.yml``, ``papers.yaml`` ...) that the site's pages list as
    publications, with a Liquid loop (``{% for p in site.data.publications %}``) or code that opens them, one
    part each; an author written ``me`` is the owner. ``read``: files already read (:class:`~.lab.LabData`'s
    ``unread``), taken from there instead of read again."""
    from .listings import data_listings, listed_as_other, shown

    parts: list[Part] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    listings = None
    docs = {page: doc_or_none(page) for page in pages}
    kinds = {page: md_page_kind(page, doc) for page, doc in docs.items() if doc is not None}
    # (the page of publications first: its loop shows the works as the site means them, its template writes their
    # links; a loop over the same file on another page shows a few of them, "{% for paper in site.data.publications
    # %}" under each alumnus of the team page)
    for page in sorted(kinds, key=lambda p: kinds[p] != "publications"):
        doc = docs[page]
        page_kind_ = kinds[page]
        if listings is None and DATA_LOOP.search(doc.text):
            # what every loop of the site over a data file shows of it (a home page's "limit: 5", a "where:")
            listings = data_listings(root)
        for name, path, rest in _data_refs(root, page, doc):
            if (name, rest) in seen or "publications" not in (section_kind(name.replace("_", " ")),
                                                               page_kind_):
                continue
            if section_kind(name.replace("_", " ")) in OTHER_KINDS:
                # "{% for p in site.data.patent %}" under the page of publications: a file its name says lists
                # something else (patents, talks, software), no works
                continue
            seen.add((name, rest))
            if path is None:
                continue
            loops = [x for x in (listings or {}).get(path.resolve(), []) if x.keys == rest]
            if listed_as_other(loops) and section_kind(name.replace("_", " ")) is None:
                # a file the page lists only under a heading of another kind ("Presentations and Posters" on the
                # page of publications): no works
                continue
            part = next((p for p in parts if p.rel == rel_path(root, path)), None)
            new_part = part is None
            if part is None and path == page:
                view = front_matter_view(doc)  # (the page's front matter is the data file)
                if view is None:
                    continue
                part = Part(rel_path(root, path), view, "jekyll-data")
            elif part is None:
                part = Part(rel_path(root, path), (read or {}).pop(path, None) or read_file(root, path), "jekyll-data")
            # (a loop over "site.data.publications.talks", a record of "talks:" or of "type: poster": no work)
            named = section_kind(name.replace("_", " ")) == "publications"
            records = [(data, spans) for data, spans, keys in yaml_records(part.doc, rest, nested=True)
                       if (is_publication(data, DATA_KEYS, listed=True) or named and title_and_address(data, DATA_KEYS))
                       and not not_a_paper(data, keys) and not template_publication(data)]
            showing = shown([data for data, _spans in records], loops, papers=True)
            records = [r for k, r in enumerate(records) if showing is None or showing[k]]
            # "with {{ p.authors }}": the records name the owner's co-authors, the owner first
            with_owner = bool(owner) and any(x.with_authors for x in loops)
            # records that are only a whole citation: their title, authors and venue read from it
            cited = [i for i, (data, _spans) in enumerate(records)
                     if not as_text(data.get("title")) and _citation_key(data)]
            # records with a title and a citation that leaves the title out ("citation: 'Lee A, **Roe B**. (2023)
            # *Journal*.'" beside "title:"): the authors, year and venue read from the citation
            around = [i for i, (data, _spans) in enumerate(records) if i not in cited and _citation_key(data)
                      and fold(md_text(as_text(data.get("title")) or "")) not in fold(
                          md_text(as_text(data[_citation_key(data)]) or ""))]
            read = dict(zip(cited + around, _citation_publications(
                part.doc, [as_text(records[i][0][_citation_key(records[i][0])]) for i in cited + around], owner)))
            around_read = {i: read.pop(i) for i in around}
            # (the page's, once)
            legend, (templates, alone) = _page_legend(doc), template_links(doc.text, name, DATA_KEYS.links)
            keys = replace(DATA_KEYS, bare_keys=alone) if alone else DATA_KEYS
            subtitle_sep = subtitle_separator(doc.text)
            whole: list[tuple[Publication, dict, dict[str, tuple[int, int]]]] = []
            for i, (data, spans) in enumerate(records):
                used: set[str] = set()
                parsed = read.get(i)
                if i in read and parsed is None:
                    continue
                lowered = lower_keys(data)
                co = next((lowered[k] for k in ("coauthors", "co-authors", "co_authors") if k in lowered), None)
                if co is not None and owner and not any(k in lowered for k in ("authors", "author")):
                    # "(with {{ paper.coauthors | join: ', ' }})": the owner's co-authors, the owner first
                    names = data[co] if isinstance(data[co], list) else \
                        [a.name for a in split_authors(md_text(as_text(data[co]) or "")).authors]
                    data = {**data, "authors": [owner, *names]}
                    spans = {**spans, "authors": spans.get(co, (1, 1))}
                pub = publication_from_record({**data, "title": parsed.title} if parsed else data, keys, base,
                                              used, legend, subtitle_sep)
                if pub is None:
                    continue
                owner_over_highlight(pub.authors, owner)
                if parsed is not None:
                    _with_citation(pub, parsed, _citation_key(data), used)
                elif (rest := around_read.get(i)) is not None and rest.authors and not pub.authors:
                    # (the citation without its title: what the reader takes for its title is the venue)
                    used.add(_citation_key(data))
                    pub.authors, pub.authors_truncated = rest.authors, rest.authors_truncated
                    pub.year = pub.year or rest.year
                    pub.venue = pub.venue or rest.venue or rest.title
                put_template_links(pub, templates, data, base, used)
                if owner:
                    for author in pub.authors:
                        if fold(author.name) in ("me", "myself"):
                            author.name = owner  # the template's word for the site's owner
                    if with_owner and not any(same_name(owner, a.name) for a in pub.authors):
                        pub.authors.insert(0, Author(name=owner))
                        mark_owner(pub.authors, owner)
                pub.line, pub.file = min(first for first, _ in spans.values()), part.rel
                part.publications.append(pub)
                if parsed is None and i not in around_read:
                    whole.append((pub, data, spans))
                advisors = _thesis_advisors(data, pub, owner, used)
                if advisors:
                    # the owner's thesis naming its advisors ("advisor: [{given: Er-Qiang, family: Chen}]"): theirs
                    from ..page.person import add_advisors

                    if part.profile is None:
                        part.profile = Profile(person=Person(name=owner or "owner"))
                    add_advisors(part.profile.person.advisors, advisors)
                for key in used:
                    part.doc.use(*spans[key])
            # (a record naming no authors whose citation holds its title as well: "citation: 'Title, A. Roe, ...'")
            fill_from_citations(part.doc, whole, owner)
            part.publications = merge_versions(part.publications)
            if new_part and part.publications:
                part.doc.sections[1] = "publications"
                mark_comments(part.doc)
                ignore_json_punctuation(part.doc)
                parts.append(part)
    return parts
