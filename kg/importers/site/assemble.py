"""One profile from the files of a site.

Takes the :class:`Part` read from each file (a page reader's profile, or items read from front matter and data
files); gives one :class:`~kg.model.Profile`: items tagged with their file, the person filled from every page
that names the same person, publications de-duplicated across files (the later copy only fills what the first
lacks), ``source.parts`` one per file.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...model import Affiliation, Award, NewsItem, Person, Profile, Publication, Source, Unparsed
from ..base import HTML_SUFFIXES, SourceDoc
from ..common import (lazy_compile, NAME_PARTICLES, ORCID_ID, degree_level, find_emails, fold, glued_name, has_cjk, identifier_from_url, known_given, mark_owner, markup_text, name_key, name_parts, own_spelling, placeholder_text, profile_setting, profile_setting_url, same_name, same_title, same_work, reworded_work, title_key,
                      title_words, venue_type, without_honorifics)
from .fields import name_words
from .files import DATA_FILE_SUFFIXES, translation_of
from .js_data import JS_SUFFIXES


@dataclass
class Part:
    """One file of a site, and what was read from it."""

    rel: str
    doc: SourceDoc
    format: str
    profile: Profile | None = None
    """Items read by a page parser (their ``unparsed`` is taken as the parser left it)."""
    publications: list[Publication] = field(default_factory=list)
    news: list[NewsItem] = field(default_factory=list)
    students: list = field(default_factory=list)
    awards: list = field(default_factory=list)
    talks: list = field(default_factory=list)
    teaching: list = field(default_factory=list)
    extra_unparsed: list[Unparsed] = field(default_factory=list)
    checksum: str | None = None
    """The file's checksum when ``doc`` is a view of it (a page shown with its title as heading)."""
    fills_only: bool = False
    """A file no page, template, script nor configuration of the site draws (a BibTeX file kept beside the
    pages): its works only fill in those the site's other files list, unless those list none."""

    def works(self) -> list[Publication]:
        """The works the file lists, read by a page parser or by a record reader."""
        return [*self.publications, *(self.profile.publications if self.profile is not None else [])]

    def unparsed(self) -> list[Unparsed]:
        if self.profile is not None:
            used = self.doc.used | self.doc.ignored
            # (a line a field took still reports the bytes kg had to guess on it, and what kg left out of it)
            items = [u for u in self.profile.unparsed if u.line not in used or u.section in ("encoding", "skipped")]
        else:
            items = self.doc.unparsed()
        return [*items, *self.extra_unparsed]


def _shorter_name_of(a: Affiliation, b: Affiliation) -> bool:
    """Whether two affiliations are one post at one place, one name the other's opening words ("The University of
    Texas MD Anderson" on the lab head's page, "The University of Texas MD Anderson Cancer Center" on the home):
    the same role (or one unnamed), no years that differ, the shorter name three words or more (not "University",
    "Texas A&M" of "Texas A&M University at Qatar"), the longer no second place joined on by "and", "at"...."""
    x, y = sorted((re.sub(r"^the\s+", "", fold(a.name)), re.sub(r"^the\s+", "", fold(b.name))), key=len)
    if len(x.split()) < 3 or not y.startswith(x + " ") \
            or re.match(r"\s*(?:and|&|und|et|at|in|with|/)\s", y[len(x):]):
        return False  # (not "X Institute and the Department of Biology at Y University": a second place joined on)
    if a.role and b.role and fold(a.role) != fold(b.role):
        return False
    return all(p is None or q is None or p == q for p, q in ((a.start_year, b.start_year), (a.end_year, b.end_year)))


def merge_person(base: Person, extra: Person) -> None:
    """Fill ``base`` from ``extra``: single values when missing, lists without repeats; the name as ``extra``
    writes it when that is the same name in its own letters (``Altındağ`` over ``Altindag``)."""
    base.name = own_spelling(base.name, extra.name)
    for attr in ("job_title", "email", "homepage", "image", "description", "location", "metrics"):
        if getattr(base, attr) is None and getattr(extra, attr) is not None:
            setattr(base, attr, getattr(extra, attr))
    for name in [extra.name, *extra.alternate_names]:
        if name and not same_name(name, base.name) and name not in base.alternate_names and (
            has_cjk(name) or name in extra.alternate_names
        ):
            base.alternate_names.append(name)
    for key, value in extra.identifiers.items():
        base.identifiers.setdefault(key, value)
    for key, value in extra.links.items():
        base.links.setdefault(key, value)
    for aff in extra.affiliations:
        if not any(fold(a.name) == fold(aff.name) for a in base.affiliations):
            short = next((a for a in base.affiliations if _shorter_name_of(a, aff)), None)
            if short is None:
                base.affiliations.append(aff)
            elif short.url is None and aff.url is not None:
                short.url = aff.url  # (one place named twice: the first name kept, the other's link taken)
    def school(name: str | None) -> str:
        return re.sub(r"^the\s+", "", fold(name or ""))  # ("The University of Chicago", "University of Chicago")

    def one_degree(a: str | None, b: str | None) -> bool:
        # ("MA" in the CV's list, "Master" in the bio's sentence: one degree, written two ways)
        return not b or re.sub(r"\W+", "", fold(a or "")) == re.sub(r"\W+", "", fold(b)) or (
            degree_level(a) is not None and degree_level(a) == degree_level(b))

    for edu in extra.education:
        same = next((i for i, e in enumerate(base.education)
                     if school(e.institution) == school(edu.institution) and (e.year == edu.year or None in (e.year, edu.year))
                     and one_degree(e.degree, edu.degree)),
                    None)
        if same is None:
            # ("Ph.D." on the home page, "PhD" from the thesis in the list of works: one degree; a school named
            # again without its degree, "University of Bonn" in a bio, is one of the degrees read)
            base.education.append(edu)
        elif edu.degree and base.education[same].year is None and base.education[same].field is None \
                and (edu.year is not None or edu.field is not None):
            # the same degree told with its field or year ("PhD Candidate, X University" on the home page, "Ph.D. in
            # Ecology (expected 2027), X University" in the CV's list): the fuller record of it
            old = base.education[same]
            base.education[same] = edu if edu.url or not old.url else edu.model_copy(update={"url": old.url})
        elif base.education[same].year is None and edu.year is not None:
            # ("a master's degree in machine learning from X" in the bio, "M.S. in Machine Learning and Data Science,
            # X, 2017" in the CV: the year the other gives)
            base.education[same] = base.education[same].model_copy(update={"year": edu.year})
    for attr in ("advisors", "interests"):
        have = getattr(base, attr)
        for item in getattr(extra, attr):
            if not any(fold(item) == fold(h) for h in have):
                have.append(item)


def _preprint(pub: Publication) -> bool:
    return pub.venue_type == "preprint" or venue_type(pub.venue or "") == "preprint"


def merge_versions(pubs: list[Publication]) -> list[Publication]:
    """One work for a paper a list of records holds twice, as a preprint and as published (a DBLP export's
    CoRR or ePrint record beside the journal's, titles equal once case, hyphens and punctuation are set
    aside): the published record, in the place of the first of the two, with the preprint's links added; two
    preprints of one title are one work too (the first). A journal and a conference version stay two; two records
    of one title and one DOI are one work (the first, filled in by the other: a list holding a paper twice, under
    its online year and its print year)."""
    out: list[Publication] = []
    for pub in pubs:
        key = title_key(pub.title)
        twin = next((i for i, p in enumerate(out) if pub.doi and p.doi and p.doi.lower() == pub.doi.lower()
                     and title_key(p.title) == key), None) if pub.doi else None
        if twin is not None:
            merge_publication(out[twin], pub)
            continue
        match = next((i for i, p in enumerate(out) if len(key) >= 12 and title_key(p.title) == key
                      and (_preprint(p) or _preprint(pub))), None)
        if match is None:
            out.append(pub)
            continue
        published, preprint = (out[match], pub) if _preprint(pub) or _preprint(out[match]) == _preprint(pub) \
            else (pub, out[match])
        for kind, url in preprint.links.items():
            if url not in published.links.values():
                published.links.setdefault(kind if kind not in published.links else "preprint", url)
        out[match] = published
    return out


def merge_publication(base: Publication, extra: Publication) -> None:
    """Fill ``base`` with what ``extra`` (the same work, from another file) adds."""
    if not base.authors and extra.authors:
        base.authors = [a.model_copy() for a in extra.authors]
        base.authors_truncated = extra.authors_truncated
    elif base.authors and extra.authors and base.authors_truncated and len(extra.authors) > len(base.authors) \
            and not extra.authors_truncated:
        base.authors = [a.model_copy() for a in extra.authors]
        base.authors_truncated = False
    if base.year is None and extra.year is not None:
        base.year = extra.year
    if base.date is None and extra.date and (base.year is None or int(extra.date[:4]) == base.year):
        base.date = extra.date
    for attr in ("venue", "venue_full", "venue_type", "doi", "arxiv", "abstract", "pages", "volume", "date_text"):
        if getattr(base, attr) is None and getattr(extra, attr) is not None:
            setattr(base, attr, getattr(extra, attr))
    if base.venue_full is None and extra.venue and base.venue and extra.venue != base.venue and len(extra.venue) > len(base.venue):
        base.venue_full = extra.venue
    for kind, url in extra.links.items():
        if kind not in base.links and url not in base.links.values():
            base.links[kind] = url
    for kind, url in extra.placeholder_links.items():
        base.placeholder_links.setdefault(kind, url)
    for note in extra.notes:
        if re.fullmatch(r"\(?(?:19|20)\d\d[a-z]?\)?", note.strip()) and base.year:
            continue  # the year a citation line carried, already the work's year
        if note not in base.notes:
            base.notes.append(note)
    for kw in extra.keywords:
        if kw not in base.keywords:
            base.keywords.append(kw)


def merge_own_entry(pub: Publication, entries: list[Publication], owner: str | None = None,
                    aliases: Sequence[str] = (), alone: bool = False) -> list[Publication]:
    """Fill ``pub`` with its own BibTeX entry among ``entries`` (a paper page's ``cite.bib``, the entry its body or
    its record embeds, the one its front matter cites): the entry of its title, or the one entry when ``alone``
    (a file of the work's own, whatever the case or wording of its title); with ``owner``, the owner marked among
    the authors it brings. Returns the entries of other works."""
    others = []
    for entry in entries:
        if alone and len(entries) == 1 or same_title(entry.title, pub.title):
            merge_publication(pub, entry)
            if owner:
                mark_owner(pub.authors, owner, aliases)
        else:
            others.append(entry)
    return others


def dedupe_publications(pubs: list[Publication], collections: frozenset[str] = frozenset()) -> list[Publication]:
    """One publication per work across files: a later copy from *another* file is merged into
    the first; copies within one file are kept (a page may list a paper twice, e.g. the journal
    and the conference version) unless one repeats the other word for word (:func:`_repeated`), and so are two
    files of one collection (``collections``: their folders, beside ``_publications/``), each one work; one record
    in two collections (:func:`_same_record`: the home page's ``_featuredpub/`` repeating the list's
    ``_publications/``) is one work (a chapter in ``chapters/`` and its book in ``books/`` are two, and so are a
    preprint in ``preprints/`` and its journal version in ``publication/``)."""
    out: list[Publication] = []
    listed = Counter(p.file for p in pubs)

    def item(file: str | None) -> bool:
        return collection(file) is not None

    def collection(file: str | None) -> str | None:
        """The collection a file is an item of, or None: ``_publications``, a folder of records, the folder of a
        Hugo section whose works are each a page bundle (``content/publication/<slug>/index.md``)."""
        if _collection_item(file):
            return "_publications"
        if not file or (folder := file.rsplit("/", 1)[0]) not in collections:
            return None
        return folder.rsplit("/", 1)[0] if re.search(r"/_?index\.(?:md|markdown|html)$", file) else folder

    # (the works kept so far that could be one with a publication, by the keys same_work and _renamed compare: a
    # site of thousands of works compared each with every work kept before it, minutes of its import; the first
    # kept that is one is the match, as when every kept work was compared in turn)
    index: dict[tuple[str, str], list[Publication]] = {}
    place: dict[int, int] = {}  # id of a kept work -> its place in out
    keyed: set[tuple[int, tuple[str, str]]] = set()  # (a kept work is listed once under each of its keys)

    def keep(p: Publication, at: int) -> None:
        place[id(p)] = at
        for key in _work_keys(p):
            if (id(p), key) not in keyed:
                keyed.add((id(p), key))
                index.setdefault(key, []).append(p)

    # (the addresses works of two titles or more link, a journal's home page: no one work's, see _shares_address)
    titles_at: dict[str, set[str]] = {}
    for p in pubs:
        for u in _addresses(p):
            titles_at.setdefault(u, set()).add(title_key(p.title or ""))
    common = {u for u, titles in titles_at.items() if len(titles) > 1}

    for pub in pubs:
        near = {id(p): p for key in _work_keys(pub) for p in index.get(key, ()) if id(p) in place}
        match = next((p for p in sorted(near.values(), key=lambda p: place[id(p)])
                      if (p.file != pub.file and (same_work(p, pub) or _renamed(p, pub) or _labelled_copy(p, pub)
                                                  or reworded_work(p, pub) or _links_to_page(p, pub)
                                                  or _shares_address(p, pub, common))
                          or _repeated(p, pub))
                      and not (item(p.file) and item(pub.file) and (
                          collection(p.file) == collection(pub.file) or not _same_record(p, pub)))
                      and not _paper_and_talk(p, pub)), None)
        if match is None:
            out.append(pub)
            keep(pub, len(out) - 1)
        elif not _structured(pub.file) and not _structured(match.file) and listed[pub.file] > 2 * listed[match.file]:
            # a page that repeats a few of the works the site's list gives (the home page's "recent papers"): the
            # list's reading is the work's, in the place of the first copy, the page's copy only fills it in
            at = place.pop(id(match))
            out[at] = pub
            merge_publication(pub, match)
            keep(pub, at)
        else:
            if _structured(pub.file) and not _structured(match.file) and pub.authors and (
                    not match.authors or any(len(a.name.replace(".", " ").split()) < 2 for a in match.authors)):
                # the collection's own file (front matter, BibTeX) names the authors field by field;
                # the about page's line of prose is split by guesswork
                match.authors = [a.model_copy() for a in pub.authors]
                match.authors_truncated = pub.authors_truncated
                # "(2023)" read off the citation line as a note: the year, which the file gives
                match.notes = [n for n in match.notes
                               if not (pub.year and re.fullmatch(r"\(?(?:19|20)\d\d[a-z]?\)?", n.strip()))]
            merge_publication(match, pub)
            keep(match, place[id(match)])  # (under the keys the merge gave it, if any)
    return out


def _paper_and_talk(a: Publication, b: Publication) -> bool:
    """Two works of one title in two BibTeX files of a site: a journal's article in one and, in the other, the
    talk or the conference paper it was given as (a page of journal papers beside a page of conference talks,
    each rendered from its own file): each record names its own venue, and the two venues are of two kinds,
    a journal and a meeting, each by what its venue's name says before what its entry type says; records naming
    one DOI are one work. (A meeting's paper exported as an article, ``@article{journal = {ICLR 2022}}``, beside
    the ``@inproceedings`` of it in another file is one work: both venues name a meeting.)"""
    if not (a.file and b.file and a.file != b.file and a.file.endswith(".bib") and b.file.endswith(".bib")
            and a.venue and b.venue) or a.doi and b.doi and a.doi.lower() == b.doi.lower():
        return False
    kinds = {venue_type(a.venue) or a.venue_type, venue_type(b.venue) or b.venue_type}
    return kinds == {"journal", "conference"} and fold(a.venue).strip(" .") != fold(b.venue).strip(" .")


def _same_record(a: Publication, b: Publication) -> bool:
    """Two records of one work, as two collections of a site hold them (a home page's featured papers copied from
    the list): the same title and year (:func:`~kg.importers.common.same_work`) and the same DOI, or, where either
    has none, the same venue and year."""
    if not same_work(a, b):
        return False
    if a.doi and b.doi:
        return a.doi.lower() == b.doi.lower()
    return a.year == b.year and fold(a.venue or "") == fold(b.venue or "")


_KIND_LABEL = lazy_compile(r"(?i)^\s*(?:demo|poster|invited(?:\s+(?:talk|paper))?|extended\s+abstract)\s*[:：]\s*(?=\S)")
"""The kind of presentation a copy of a list writes before a work's title ("Demo: The X Tool"), which the other
copy of the list leaves out."""


def _links_to_page(a: Publication, b: Publication) -> bool:
    """One work twice where a list's entry links to the work's own page and that page was read too (hugo-apero's
    "**[Title.](/research/lebanon_uct_rd)** ... (2023)" over ``content/research/Lebanon_UCT_RD/index.md``, whose
    citation gives the year it came out online): the same title, and a link of one ends with the name of the
    page the other was read from (Hugo serves a bundle at its folder's name, lowercased). Years may differ.

    >>> from types import SimpleNamespace as W
    >>> page = W(title="Cash for refugees", links={}, file="content/research/Cash_RD/index.md")
    >>> entry = W(title="Cash for refugees.", links={"paper": "https://x.org/research/cash_rd/"}, file="content/research/_index.md")
    >>> _links_to_page(entry, page), _links_to_page(page, entry)
    (True, True)
    """
    if not a.title or not b.title or a.file == b.file or not same_title(a.title, b.title):
        return False

    def slug(file: str | None) -> str | None:
        parts = (file or "").rsplit(".", 1)[0].split("/")
        if parts and parts[-1] in ("index", "_index"):
            parts = parts[:-1]
        return parts[-1].lower() if parts and len(parts[-1]) >= 6 else None

    def links_to(x: Publication, file: str | None) -> bool:
        name = slug(file)
        return name is not None and any(
            isinstance(u, str) and re.sub(r"(?:/index\.html?)?/?(?:[?#].*)?$", "", u).rsplit("/", 1)[-1].lower() == name
            for u in (x.links or {}).values())
    return links_to(a, b.file) or links_to(b, a.file)


def _addresses(x: Publication) -> set[str]:
    """The web addresses a work links, written alike (no scheme, "www." or closing slash; lower case), but a site's
    own root ("https://arxiv.org/"), which is no work's."""
    urls = [*(x.links or {}).values(), *(getattr(m, "url", None) for m in x.more_links or [])]
    found = {re.sub(r"^https?://(?:www\.)?", "", u.strip()).rstrip("/").lower() for u in urls
             if isinstance(u, str) and re.match(r"https?://", u.strip())}
    return {u for u in found if "/" in u}


def _shares_address(a: Publication, b: Publication, common: frozenset[str] | set[str] = frozenset()) -> bool:
    """One work twice where two files give it the same title and link the same address (a hand-written papers page's
    "[Title](journal) ... Coverage: [NBER Working Paper](nber)" beside an older ``_publications`` file of the
    working paper, ``paperurl: nber``): the address is the work's, whatever year and venue each copy gives it. Not an
    address that is no one work's: a site's root, or one of ``common``, the addresses other titles link too (a
    journal's home page).

    >>> from types import SimpleNamespace as W
    >>> page = W(title="Green firms", links={"paper": "https://j.org/1"}, more_links=[W(url="https://www.nber.org/w1")],
    ...          file="_pages/papers.md")
    >>> wp = W(title="Green Firms", links={"paper": "http://nber.org/w1/"}, more_links=[], file="_publications/g.md")
    >>> _shares_address(page, wp), _shares_address(page, W(title="Red firms", links=wp.links, more_links=[], file="x"))
    (True, False)
    >>> root = W(title="Green firms", links={"paper": "https://nber.org/"}, more_links=[], file="_publications/r.md")
    >>> _shares_address(page, wp, {"nber.org/w1"}), _shares_address(root, W(**{**vars(page), "more_links": []}))
    (False, False)
    """
    if not a.title or not b.title or a.file == b.file or not same_title(a.title, b.title):
        return False
    return bool(_addresses(a) & _addresses(b) - common)


def _labelled_copy(a: Publication, b: Publication) -> bool:
    """Two copies of one work whose titles differ only by a kind label before one of them (``"Demo: The X Tool"``
    on the home page's list, ``"The X Tool"`` on the publications page's): one year, and the same authors."""
    ta, tb = _KIND_LABEL.sub("", a.title or ""), _KIND_LABEL.sub("", b.title or "")
    if (ta, tb) == (a.title, b.title) or not same_title(ta, tb):
        return False
    if a.year is not None and b.year is not None and a.year != b.year:
        return False
    ka, kb = [name_key(x.name) for x in a.authors], [name_key(x.name) for x in b.authors]
    return bool(ka) and ka == kb


_RECORD_SUFFIXES = (*DATA_FILE_SUFFIXES, ".csv", ".tsv", *JS_SUFFIXES, ".bib", ".xml", ".ris")
"""Files of records (a site's data files and data modules, as record_files.DATA_SUFFIXES, BibTeX, exports), each
record an item of the site's list."""


def _repeated(a: Publication, b: Publication) -> bool:
    """One work a file lists twice (AcadHomepage's boxes of selected papers over the list that gives them again): the
    same title and year, a link to the same address, the authors of one all among the other's in the same order (a
    journal and a conference version of a work differ in their year, authors or links, and are two entries; so does
    a paper and the abstract of its talk, which links nowhere). A data file's or BibTeX file's records are each an
    item the site shows, kept as they are."""
    if not (a.file == b.file and not _structured(a.file) and not (a.file or "").lower().endswith(_RECORD_SUFFIXES)
            and a.year is not None and a.year == b.year
            and a.authors and b.authors
            and set(a.links.values()) & set(b.links.values())):
        return False
    ka, kb = [name_key(x.name) for x in a.authors], [name_key(x.name) for x in b.authors]
    # (one copy's authors all among the other's, in their order: a box whose byline the page leaves half read)
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return [k for k in long_ if k in short] == short and same_work(a, b)


def _work_keys(p: Publication) -> list[tuple[str, str]]:
    """The keys under which two publications may be one work (:func:`~kg.importers.common.same_work`: the same
    title key; :func:`_renamed`: the same arXiv identifier or DOI): two that share none are not."""
    keys = []
    if p.title and (key := title_key(p.title)):
        keys.append(("title", key))
        if (bare := _KIND_LABEL.sub("", p.title)) != p.title and (key := title_key(bare)):
            keys.append(("title", key))  # ("Demo: The X Tool": also under the title without its label)
    if p.arxiv:
        keys.append(("arxiv", _ARXIV_VERSION.sub("", p.arxiv)))
    if p.doi:
        keys.append(("doi", p.doi.lower()))
    if p.year and p.authors:
        # (:func:`~kg.importers.common.reworded_work`: the same year and a word of the first author's name)
        keys += [("first", f"{p.year} {w}") for w in title_words(p.authors[0].name) if len(w) > 2]
    return keys


def _renamed(a: Publication, b: Publication) -> bool:
    """Two readings of one work under two titles (a preprint renamed between its versions, the home page's card
    giving the newer title and the list the older): the same arXiv identifier or DOI, and more than half of the
    shorter author list among the other's."""
    if not (a.arxiv and b.arxiv and _ARXIV_VERSION.sub("", a.arxiv) == _ARXIV_VERSION.sub("", b.arxiv)
            or a.doi and b.doi and a.doi.lower() == b.doi.lower()):
        return False
    ka, kb = {name_key(x.name) for x in a.authors}, {name_key(x.name) for x in b.authors}
    return bool(ka and kb) and 2 * len(ka & kb) > min(len(ka), len(kb))


_ARXIV_VERSION = re.compile(r"v\d+$")
_ORCID_KEY_LINE = lazy_compile(r"(?i)\s*(?:-\s*)?[\"']?orcid(?:[-_]?id)?[\"']?\s*:\s*[\"']?(?:https?://orcid\.org/)?"
                             rf"({ORCID_ID.pattern})/?[\"']?\s*")
"""A data record's line holding an ORCID alone (``orcid: 0000-0002-1825-0097``, ``- orcid_id: "..."``)."""


def _owners_works(pubs: list[Publication], owner: str | None = None) -> tuple[list[Publication], list[Publication]]:
    """(the owner's works, the others): beside the site's list of works (a file of ten or more), a page citing a
    few works the list does not give, none naming the owner among their authors (a home page's box of
    "cool links" to others' papers), cites other people's works. A thesis is none of those: a site lists the
    theses its owner supervised ("PhD Theses" under the papers) as its own list."""
    per_file = Counter(p.file for p in pubs)
    top = max(per_file.values(), default=0)
    others = [p for p in pubs if top >= 10 and 2 * per_file[p.file] < top and not _structured(p.file)
              and p.authors and not any(a.is_self for a in p.authors) and p.venue_type != "thesis"]
    # a BibTeX file none of whose entries names the owner, beside the site's other files listing the owner's works
    # (a template's previous owner's "articles.bib" left configured, the owner's papers in a data list): another
    # person's papers
    taken = {id(p) for p in others}  # (the works found others', by identity: a work is a model, no key of a set)
    owned = Counter(p.file for p in pubs if any(a.is_self for a in p.authors))
    for bib in [f for f in per_file if f and f.endswith(".bib") and not owned[f]]:
        rest = sum(n for f, n in per_file.items() if f != bib)
        if sum(owned.values()) >= 2 and 2 * sum(owned.values()) >= rest:
            new = [p for p in pubs if p.file == bib and p.venue_type != "thesis" and id(p) not in taken]
            others += new
            taken.update(map(id, new))
    # a file of three works or more with their authors, fewer than half of them naming the owner: a list of others'
    # works whatever it is called (the papers citing the lab's tool, an essay's references, a reading list, a
    # theme's demo papers), as a BibTeX file or an account page of such works is (:func:`_bib_part`)
    # (a list cut short by "et al." that does not name the owner may have left them out: no witness; an author
    # written by one of the owner's family names with initials, "Quill, L.", "García M" of María García López, may
    # be the owner)
    family = _family_words(owner) if owner else set()

    # (the works naming the owner, by identity, asked once a work; a name holding no word of the owner's family name
    # holds none in the family name nameparser reads of it, made of its words: it is not parsed, as family_absent)
    naming = {id(p) for p in pubs if any(a.is_self or not family.isdisjoint(fold(a.name).split())
                                         and family & _family_words(a.name, family_first=True) for a in p.authors)}
    named = Counter(p.file for p in pubs if p.venue_type != "thesis" and id(p) in naming)
    for f, n in Counter(p.file for p in pubs if p.authors and p.venue_type != "thesis"
                        and (not p.authors_truncated or id(p) in naming)).items():
        if n >= 3 and 2 * named[f] < n and not _site_list(f):  # (its theses too: the theses citing the tool are others' as well)
            new = [p for p in pubs if p.file == f and id(p) not in taken]
            others += new
            taken.update(map(id, new))
    # a work naming the owner is theirs in any list; and a site whose every work would be others' has none of
    # the owner's to tell them from
    others = [p for p in others if id(p) not in naming]
    if len(others) == len(pubs):
        return pubs, []
    taken = {id(p) for p in others}
    return [p for p in pubs if id(p) not in taken], others


def _family_words(name: str, family_first: bool = False) -> set[str]:
    """The folded words a family name of ``name`` may be written with, particles and initials left out: every
    word after the first (``"María García López"`` -> garcia, lopez: two family names, either cited alone) or,
    with ``family_first``, the family name :func:`name_parts` reads (``"García-López M"`` -> garcia, lopez;
    ``"Quill, Lint"`` -> quill), else the last word."""
    words = name.split()
    if family_first:
        parts = name_parts(name)
        words = [parts[1]] if parts else words[-1:]
    else:
        words = words[1:] or words
    return {w for w in fold(" ".join(words)).split() if len(w) > 1 and w not in NAME_PARTICLES}


def _site_list(file: str | None) -> bool:
    """Whether a file is where a site shows its own list of works, whoever wrote them (a lab's list holds its
    students' papers without the head): the home page, or a file whose name or folder says publications
    ("papers.md", "publications/index.html"); a blog post, a note, a data file named otherwise is not."""
    from ..page.sections import section_kind

    if not file:
        return True
    *folders, name = file.split("/")
    stem = name.rsplit(".", 1)[0]
    if not folders and stem.lower() in ("index", "_index", "readme", "about"):
        return True
    # (a data file named for works with a word of how it was made after: "publications-auto.ts",
    # "publicationsData.js", "papers_generated.json")
    words = name_words(stem).split()
    lead = [" ".join(words[:-1])] if len(words) > 1 and words[-1].lower() in _MADE_WORDS else []
    return any(section_kind(name_words(w), exact=True) == "publications" for w in [*folders, stem, *lead])


_MADE_WORDS = frozenset({"auto", "data", "generated", "gen", "list", "cache", "all", "full", "merged"})
"""The last word of a data file's name that says how its list was made ("publications-auto", "publicationsData")."""


def _yield_lines(part: Part, lines: set[int]) -> None:
    """A page's lines another reader of the same file read (its works' shortcode calls): the page reader's
    works begun on them are that reader's, and so is saying what on them was not read."""
    part.doc.used |= lines
    if part.profile is not None:
        part.profile.publications = [p for p in part.profile.publications if p.line not in lines]
    part.publications = [p for p in part.publications if p.line not in lines]


_PUBLICATIONS_COLLECTION = re.compile(r"(?:^|/)_publications/")
"""A file of a Jekyll ``_publications/`` collection, at the site's root or in the folder its ``collections_dir``
names (``collections/_publications/x.md``, :func:`~.files.collections_home`)."""


def _collection_item(file: str | None) -> bool:
    """A file of a Jekyll ``_publications/`` collection: one work per file, so two such files are two
    entries even when they share a title (a workshop paper and its journal version)."""
    return bool(file) and bool(_PUBLICATIONS_COLLECTION.search(file)) and file.endswith((".md", ".markdown"))


def _structured(file: str | None) -> bool:
    """A file holding one work's fields: ``_publications/*.md``, a ``.bib``, a Hugo publication page."""
    return bool(file) and (file.endswith(".bib") or file.startswith("content/publication")
                           or bool(_PUBLICATIONS_COLLECTION.search(file)))


def assemble(root: Path, fmt: str, person: Person, parts: list[Part], owner: str | None = None,
             aliases: list[str] = (), notes: list[Unparsed] = (), base: str | None = None) -> Profile:
    """One profile from the parts of a site: items tagged with their file, publications
    de-duplicated across files, ``source.parts`` one per file; ``notes`` (files of the site
    seen and not read, and why) go first in ``unparsed``; the site's other files holding publication records
    (:func:`~.record_files.record_parts`) are read too, ``base`` the site's address for their links."""
    profile = Profile(person=person, unparsed=list(notes))
    if root.is_dir():
        from .record_files import DATA_SUFFIXES, RECORD_FORMATS, RECORD_PAGE_SUFFIXES, record_parts, stand_ins

        # publication records in files no family reader took (a data list, a spreadsheet, a collection)
        work_pages = [p.rel for p in parts if len(p.publications) == 1 and p.format not in RECORD_FORMATS
                      and p.rel.lower().endswith((".md", ".markdown", ".qmd", ".rmd", ".html", ".mdx"))]
        # (a data file a family reader opened and read no work from is not taken: the records reader may read it)
        empty = {p.rel for p in parts if p.rel.lower().endswith(DATA_SUFFIXES) and not p.publications
                 and (p.profile is None or not p.profile.publications)}
        # (a page a page reader read may list its works as shortcode calls, which the records reader reads)
        pages = {p.rel for p in parts if p.rel.lower().endswith(RECORD_PAGE_SUFFIXES) and p.profile is not None}
        taken = {p.rel for p in parts} - empty
        named_only = any(p.publications and p.format in RECORD_FORMATS for p in parts)
        records = record_parts(root, taken, base, owner, named_only=named_only, work_pages=work_pages,
                               read_pages=pages)
        # (a module's binding named as a stand-in for the data, "fallbackPublications", is set aside and said when
        # the site read that list elsewhere or it is a template's sample; else it is the owner's only copy: read)
        set_aside, admitted = stand_ins(root, taken, [*parts, *records])
        notes = [*notes, *set_aside]
        if admitted:
            again = record_parts(root, taken | {p.rel for p in records if p.rel not in admitted}, base, owner,
                                 named_only=named_only, work_pages=work_pages, read_pages=pages, admitted=admitted)
            records = [*(r for r in records if r.rel not in admitted), *(r for r in again if r.rel in admitted)]
        # (a file a family reader read for the person, its awards and degrees, is that reader's: only its works
        # are read again)
        records = [r for r in records if r.publications or r.rel not in empty]
        read_again = {p.rel for p in records} & empty
        for record in records:
            if record.profile is not None:
                # the owner's degrees and positions a data file lists (``education/phd.ts``, ``cv.ts``)
                merge_same_person(person, record.profile.person)
        for record in records:
            for part in parts:
                if part.rel == record.rel and part.rel in pages:
                    _yield_lines(part, record.doc.used)
        parts = [*(p for p in parts if p.rel not in read_again), *records]
        if not any(p.news or p.profile is not None and p.profile.news for p in parts):
            from .script_data import module_news

            # (a site whose news no reader found: a data module's dated list, which a component renders)
            parts += module_news(root, {p.rel for p in parts}, base)
    if root.is_dir():
        parts, notes = account_files(root, parts, list(notes), owner, base, person)
        profile.unparsed = list(notes)
    listed = listed_works(parts)
    fill_in = [part for part in parts if part.fills_only]
    if not listed:
        # (a page no reader of the site took that lists works, "publications.md" of a generator kg does not know,
        # is shown by the site, a BibTeX file no file draws is not: the page's list stands over the file's)
        fill_in = [part for part in fill_in if part.format == "bibtex"]
        listed = [p for part in parts if part.fills_only and part not in fill_in for p in part.works()]
        if listed:  # (the page's entries first: what the file adds to them fills in)
            parts = [*(p for p in parts if p not in fill_in), *fill_in]
    if listed:
        # a page of the site no reader took that lists every work the read pages list, and more ("_research/
        # index.md" beside a news page whose items cite some of its papers): the site's list, read whole
        whole = [part for part in fill_in if part.format != "bibtex" and len(part.publications) > len(listed)
                 and all(any(same_work(p, q) or reworded_work(p, q) for p in part.publications) for q in listed)]
        for part in whole:
            part.fills_only = False
        fill_in = [part for part in fill_in if part not in whole]
    if listed:
        # a BibTeX file the site does not draw holds more than the site lists (abstracts, talks): the pages' and
        # data files' list stands, the file's entries only fill in the works of that list they match
        for part in fill_in:
            # (each listed work is filled by one entry of the file, the one of its year first: a second entry of
            # that title, "(2022)" beside the listed "(2021)", is a copy the site does not list, no work of its own)
            chosen: set[int] = set()
            for q in listed:
                match = sorted((p for p in part.publications if id(p) not in chosen and same_work(p, q)),
                               key=lambda p: p.year != q.year)
                chosen.update(id(p) for p in match[:1])
            kept = [p for p in part.publications if id(p) in chosen]
            # (what is left out is said, not lost: one note an entry, at its line)
            profile.unparsed += [Unparsed(line=p.line or 1, text=f"not listed by the site's pages: {p.title}",
                                          file=part.rel, section="skipped")
                                 for p in part.publications if id(p) not in {id(k) for k in kept}]
            part.publications = kept
    pubs: list[Publication] = []
    left = {id(part): part.unparsed() for part in parts}  # (each part's unread lines, found once)
    read_elsewhere = lines_read_by_another_part(parts, left)
    listed_by_all: set[tuple] = set()  # (a line two readers of one file both left is listed once)
    own_orcid = (person.identifiers.get("orcid") or "").rsplit("/", 1)[-1].upper()
    for part in parts:
        items: dict[str, list] = {"publications": list(part.publications), "news": list(part.news),
                                  "awards": list(part.awards), "students": list(part.students), "service": [],
                                  "talks": list(part.talks), "teaching": list(part.teaching)}
        if part.profile is not None:
            for attr in items:
                items[attr] = [*getattr(part.profile, attr), *items[attr]]
        for attr, values in items.items():
            for item in values:
                if getattr(item, "file", None) is None:
                    item.file = part.rel
                if attr == "publications":
                    pubs.append(item)
                else:
                    getattr(profile, attr).append(item)
        for u in left[id(part)]:
            u = u if u.file else u.model_copy(update={"file": part.rel})
            if (u.file, u.line, u.text) in listed_by_all or (u.file == part.rel and u.line in read_elsewhere.get(
                    (id(part), u.file), ())):
                continue
            if own_orcid and (m := _ORCID_KEY_LINE.fullmatch(u.text)) and m.group(1).upper() == own_orcid:
                # "orcid: 0000-0002-..." on each citation record of a lab template (its tool's note of whose
                # works list gave the record): the owner's ORCID, read with the owner's own (another's stays listed)
                continue
            listed_by_all.add((u.file, u.line, u.text))
            profile.unparsed.append(u)
    # (a Hugo paper page, "content/publication/<slug>/index.md", is one work as a record file is)
    profile.publications = dedupe_publications(pubs, frozenset(p.rel.rsplit("/", 1)[0] for p in parts
                                                               if p.format in ("records-item", "hugo-publication")))
    profile.students = listed_once(profile.students)
    profile.awards = listed_once(profile.awards)
    if owner:
        owner = _spaced_name(person, owner, profile.publications)
        _native_name(person, owner, profile.publications)
        for pub in profile.publications:
            if pub.authors and not any(a.is_self for a in pub.authors):
                mark_owner(pub.authors, owner, [*person.alternate_names, *aliases])
        profile.publications, others = _owners_works(profile.publications, owner)
        profile.unparsed += [Unparsed(line=p.line or 1, text=f"not the owner's work (no author is the owner): {p.title}",
                                      file=p.file, section="skipped") for p in others]
        from ..page.parse import own_thesis_degree, thesis_advisors  # (the page reader's reading of a thesis)
        from ..page.person import add_advisors

        for pub in profile.publications:
            # the owner's thesis whose venue says where, from whatever file of the site lists it ("venue: M.Sc.
            # Thesis · Tarn University" in a data file): a degree taken there, with the advisors its notes name
            if (degree := own_thesis_degree(pub, person.education)) is not None:
                person.education.append(degree)
                add_advisors(person.advisors, thesis_advisors(pub))
    # an entry titled with a theme's sample text ("Lorem ipsum dolor sit amet ...", "GitHub University") is no work
    # (the owner's places and schools that are one are dropped with every family's, importers.finish); each place
    # read is a place's name (page.person.placed_affiliations)
    from ..page.person import placed_affiliations

    person.affiliations, unplaced = placed_affiliations(person.affiliations)
    profile.unparsed += [Unparsed(line=1, text=f"no place's name: {a.name}", section="skipped") for a in unplaced]
    samples = [p for p in profile.publications if placeholder_text(p.title)]
    if samples:
        profile.publications = [p for p in profile.publications if not placeholder_text(p.title)]
        profile.unparsed += [Unparsed(line=p.line or 1, text=f"a theme's sample text, no work: {p.title}",
                                      file=p.file, section="skipped") for p in samples]
    profile.unparsed = works_listed_again(profile.unparsed, profile.publications)
    profile.unparsed = owners_profile_lines(profile.unparsed, person)
    sources = [Source(file=p.rel, format=p.format, checksum=p.checksum or p.doc.checksum) for p in parts]
    digest = hashlib.sha256("".join(s.checksum for s in sources).encode()).hexdigest()
    profile.source = Source(file=root.name or str(root), format=fmt, checksum=f"sha256:{digest}", parts=sources)
    return profile


_OPENS_WITH_DATE = lazy_compile(r"^\W*(?:\d{4}[-./]\d{1,2}|\d{1,2}[-./]\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{4}\b|\d{4}\s*[:\]])")
"""A line that opens with its date ("2024-05:", "[May 2024]"): an item of news, which may name a paper it is not."""
_KEY_LINE = re.compile(r"^\s*(?:-\s+)?[\"']?[A-Za-z_][\w-]*[\"']?\s*[:=]\s")
"""A record's line, "key: value" (front matter, a data file): the field of an item, not a line of a page."""
_SHORT_ITEM = re.compile(r"([^,;:()*]+?)\s*\(([^()]*?\b((?:19|20)\d\d))\)")
"""An item of a summary naming a work by its short name: "UniAudio (ICML, 2024)"."""


def works_listed_again(unparsed: list[Unparsed], pubs: list[Publication]) -> list[Unparsed]:
    """The listed lines less those that are a work the site's other lines gave, read with that work: a box of
    selected papers over the list, a CV page or a by-topic list repeating the publications, a summary naming them by
    their short names. A line of a page is such a work when it holds one's title (four words or more; with the line
    beside it, a title broken over two lines), a link to its DOI, arXiv page or another address of its own, or only
    items "Name (Venue, Year)" whose names open the titles of works of those years ("UniAudio" of "UniAudio: An Audio
    Foundation Model", 2024). It stays listed when it says more than the work: a sentence (prose about the work, its
    abstract), years that are not the work's (a software's row of 2015 linking to the code of the 2016 paper about
    it), a date it opens with (an item of news naming the work), "In <title>" (a chapter named by its book). A data
    file's line ("title: ...", a record kg did not take) is another item's field, and kg's own notes (section
    "skipped") are no lines of the site: both stay."""
    titles: list[tuple[list[str], Publication]] = []
    urls: dict[str, list[Publication]] = {}
    shorts: dict[str, set[int]] = {}
    for p in pubs:
        if len(words := title_words(p.title)) >= 4 and len(title_key(p.title)) >= 20:
            titles.append((words, p))
        own = {re.sub(r"^https?://(?:www\.|dx\.)?", "", str(url)).rstrip("/").lower()
               for url in [*p.links.values(), *([f"doi.org/{p.doi}"] if p.doi else []),
                           *([f"arxiv.org/abs/{_ARXIV_VERSION.sub('', p.arxiv)}"] if p.arxiv else [])]}
        for url in own:
            if "/" in url and len(url) >= 16:
                urls.setdefault(url, []).append(p)
        head, colon, _ = p.title.partition(":")
        if colon and p.year and 1 <= len(head.split()) <= 3 and len(key := title_key(head)) >= 4:
            shorts.setdefault(key, set()).add(p.year)
    # (an address two works share is no one work's; each pattern compiled once, not once per listed line)
    own_urls = [(re.compile(re.escape(u) + r"(?![\w.-]*\w)"), ps[0], title_words(ps[0].title))
                for u, ps in urls.items() if len(ps) == 1]
    if not titles and not own_urls and not shorts:
        return unparsed
    at = {(u.file, u.line): u for u in unparsed}
    # (the titles by their first word: a line is compared with the titles whose first word it holds, not with every
    # title of the site, each line with each work; which title it holds decides nothing, whether one does)
    by_first: dict[str, list[tuple[list[str], Publication]]] = {}
    for t, p in titles:
        by_first.setdefault(t[0], []).append((t, p))

    def held(words: list[str], present: set[str], its, also=None) -> bool:
        return any(_holds_title(words, t) and (also is None or not _holds_title(also, t)) and its(p, t)
                   for w in present & by_first.keys() for t, p in by_first[w])

    def candidate(u: Unparsed) -> bool:
        return not (u.section == "skipped" or "news" in fold(u.section or "") or _OPENS_WITH_DATE.match(u.text)
                    or (u.file or "").lower().endswith(_RECORD_SUFFIXES) or _KEY_LINE.match(u.text))

    def prose(text: str, title: list[str]) -> bool:
        # (four words in a row that start lower-case, none the title's: a sentence, not a citation's names and venue)
        bare = re.sub(r"\]\([^)]*\)|https?://\S+", " ", text)
        run = 0
        for w in re.findall(r"[^\W\d_][\w'’-]*", bare):
            run = run + 1 if w[0].islower() and fold(w) not in title else 0
            if run >= 4:
                return True
        return False

    def names_work(u: Unparsed) -> bool:
        if not candidate(u):
            return False
        text = markup_text(u.text, " ")
        words = title_words(text)
        years = {int(y) for y in re.findall(r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/-])", text)}

        def its(p: Publication, title: list[str]) -> bool:
            return (not years or p.year is None or p.year in years) and not prose(text, title)

        present = set(words)  # (a title whose first word the line lacks is not in it: most titles of most lines)
        if held(words, present, its):
            return True
        low = re.sub(r"https?://(?:www\.|dx\.)?", "", u.text.lower())
        if any(rx.search(low) and its(p, title) for rx, p, title in own_urls):
            return True
        for other in (at.get((u.file, u.line - 1)), at.get((u.file, u.line + 1))):
            # (a title broken over two lines, each listed: the pair holds it, neither alone)
            if other is not None and candidate(other):
                first, second = (other, u) if other.line < u.line else (u, other)
                pair = title_words(markup_text(first.text + " " + second.text, " "))
                if held(pair, set(pair), its, also=words):
                    return True
        items = _SHORT_ITEM.findall(text.partition(":")[2] if re.match(r"\W*\*\*[^*]+\*\*\s*:", text) else text)
        return bool(items) and all(int(year) in shorts.get(title_key(name), ()) for name, _, year in items) \
            and not _SHORT_ITEM.sub("", re.sub(r"^\W*\*\*[^*]+\*\*\s*:", "", text)).strip(" ,;.-*")

    return [u for u in unparsed if not names_work(u)]


_PARTICULAR_LINE = lazy_compile(r"""^\s*["']?(?P<key>[A-Za-z][\w-]*)["']?\s*[:=]\s*(?P<q>["']?)(?P<value>[^"'#]+?)(?P=q)\s*,?\s*"""
                              r"(?:#.*)?$")
"""A configuration's ``key: value`` line (``email            : "ann@example.org"``, ``name = 'Ann Lee'``)."""
_PARTICULAR_KEYS = {"name": "name", "author": "name", "full_name": "name", "fullname": "name", "email": "email",
                    "location": "location", "bio": "org", "affiliation": "org", "organization": "org",
                    "organisation": "org", "employer": "org", "university": "org", "institution": "org"}
"""The keys of a configuration that name one of the owner's particulars, by the particular."""


def owners_profile_lines(unparsed: list[Unparsed], person: Person) -> list[Unparsed]:
    """The listed lines less those that only link to the owner's profiles kg took ("Also on <a href=
    ".../citations?user=X">Google Scholar</a>", a configuration's "- https://github.com/Handle"): each link gives an
    identifier the person has (the same kind and id, case aside) or is a page of the person's ``links``, and the
    line says nothing besides (no sentence,
    no other address). A line linking to a profile kg did not take, or to someone else's, stays listed. So are a
    configuration's lines that say one of the owner's particulars kg holds again (outside any section: its
    ``email: ...``, ``location: ...``, ``author: <the owner's name>``, ``bio: <an affiliation>``, a profile
    setting giving an id the owner has, a key written twice): a value kg does not hold stays listed. And so are a
    page's lines that say nothing but the owner's particulars kg holds (:func:`_says_particulars`: the head of a CV
    page, "Dr. Ann Lee", "Assistant Professor", "Email: ann at uni.edu")."""
    own = {(kind, str(value).lower()) for kind, value in person.identifiers.items()}
    own_pages = {str(url).rstrip("/") for url in person.links.values()}  # (an Instagram, a Mastodon kg took)
    held = {"name": {fold(n) for n in [person.name, *person.alternate_names]},
            "email": {fold(person.email)} if person.email else set(),
            "location": {fold(person.location)} if person.location else set(),
            "org": {fold(a.name) for a in person.affiliations}}

    def repeats_particular(u: Unparsed) -> bool:
        m = _PARTICULAR_LINE.match(u.text) if u.section is None else None
        if not m:
            return False
        key, value = m.group("key").lower(), m.group("value").strip()
        if key in _PARTICULAR_KEYS:
            return fold(value) in held[_PARTICULAR_KEYS[key]]
        url = profile_setting_url(key, value) if profile_setting(key) else None
        return bool(url) and _profile_of(url, own)

    says_particulars = _says_particulars(person)

    def only_own_links(u: Unparsed) -> bool:
        if u.section == "skipped":
            return False
        if repeats_particular(u) or says_particulars(u):
            return True
        links = re.findall(r"https?://[^\s\"'<>()\]]+", u.text)
        if not links or not all(_profile_of(url, own) or url.rstrip("/") in own_pages for url in links):
            return False
        text = re.sub(r"https?://\S+", " ", markup_text(u.text, " "))
        # (a sentence around the link says more, and so does a number: "Citations: 47" after the Scholar link)
        return not re.search(r"(?:\b[a-z][\w'’-]*\s+){4}|\d", text)

    return [u for u in unparsed if not only_own_links(u)]


_PARTICULAR_LABEL = lazy_compile(r"(?i)^\W*(?:e-?mail(?:\s+address)?|position)\W*\s*[:：]\s*")
"""The label a page's line of the owner's particulars opens with ("Email: ...")."""
_PARTICULAR_SEPARATOR = lazy_compile(r"\s*[,;|·•]\s*|\s+[-–—]\s+")
_PEOPLE_SECTION = re.compile(r"(?i)student|staff|team|member|people|alumn|referee|group|advis|supervis|mentee")
"""A section listing other people than the owner (a lab's members, students, referees)."""


def _says_particulars(person: Person):
    """A test of whether a page's line says nothing but particulars of the owner kg holds, each piece (between
    commas, bars, dashes) one of them: the owner's name (its titles aside, as fully as kg holds it: "Dr. Ann B.
    Lee"), job title (not in a section listing other people), or the email address (also written "ann at
    uni.edu"), and beside them an affiliation's name or department. The head of a CV page, a card's lines under the
    photo, "Plant Scientist, Acme Seeds" in a list: data kg took, written again. A record's line ("key: value") is
    its item's field, not the owner's card; a piece kg does not hold (another place, a name alone without its given
    name), or a place alone, keeps the line listed. What it compares with is read of ``person`` once."""
    email = fold(person.email or "")
    places = {fold(x) for a in person.affiliations for x in (a.name, a.department) if x}
    role = fold(person.job_title) if person.job_title else None
    names = [person.name, *person.alternate_names]

    def own_email(piece: str) -> bool:
        # ("jdoe at uni.edu", "jdoe [at] uni [dot] edu": the address and the words that write its "@" and dots)
        piece = _PARTICULAR_LABEL.sub("", piece)
        found = find_emails(piece) if email else []
        rest = [w for w in re.split(r"[\s\[\](){}<>@.]+", piece.lower())
                if w and w not in ("at", "dot") and w not in email.split()]
        return bool(found) and all(fold(f) == email for f in found) and not rest

    def initials(name: str) -> int:
        return len(re.findall(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])", name))  # ("E.R. White": two)

    def owners(piece: str, own_role: bool) -> bool:
        # (a name written with more initials than kg's, "A. Lee" of Ann Lee, is another spelling kg does not hold)
        name = without_honorifics(piece)
        return (own_role and fold(piece) == role) or (len(name.split()) >= 2 and not any(c.isdigit() for c in name)
                                                      and any(same_name(name, n) and initials(name) <= initials(n)
                                                              for n in names))

    def says(u: Unparsed) -> bool:
        if u.section == "skipped" or (u.file or "").lower().endswith(_RECORD_SUFFIXES) or "http" in u.text \
                or (_KEY_LINE.match(u.text) and not _PARTICULAR_LABEL.match(u.text)):
            return False
        text = " ".join(markup_text(u.text, " ").split())
        text = _PARTICULAR_LABEL.sub("", text)
        if not text:
            return False
        # (a title under a list of other people, "Postdoc" under a member's name, is theirs)
        own_role = role is not None and not _PEOPLE_SECTION.search(u.section or "")
        # (an institution named alone may be anyone's: a referee's, a co-author's; beside the owner's name or title
        # it is the owner's)
        pieces = [p.strip(" .") for p in _PARTICULAR_SEPARATOR.split(text) if p.strip(" .")]
        return any(owners(p, own_role) or own_email(p) for p in pieces) \
            and all(owners(p, own_role) or own_email(p) or fold(p) in places for p in pieces)

    return says


def _profile_of(url: str, own: set[tuple[str, str]]) -> bool:
    """Whether an address is one of the owner's profiles: an identifier the owner has, and no page below it (a file
    in the owner's GitHub repository is a work of theirs, not the profile)."""
    found = identifier_from_url(url)
    if found is None or (found[0], found[1].lower()) not in own:
        return False
    at = url.lower().find(found[1].lower())
    return at >= 0 and not re.search(r"/\w", url[at + len(found[1]):])


def _sublist(words: list[str], part: list[str]) -> int | None:
    """Where ``part`` stands in ``words``, word for word (None where it does not)."""
    n = len(part)
    return next((i for i in range(len(words) - n + 1) if words[i:i + n] == part), None)


def _holds_title(words: list[str], title: list[str]) -> bool:
    """Whether a line's words hold a work's title as the work's own entry does: not "In <title>" (a chapter of that
    book, another work a line names by its container)."""
    at = _sublist(words, title)
    return at is not None and not (at and words[at - 1] == "in")


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name if c.isalpha())


def _spaced_name(person: Person, owner: str, pubs: list[Publication]) -> str:
    """The owner's name with its space, as the site's list writes it: a config's ``name: "ZhiweiXu"`` (the words
    glued, the capitals keeping them apart) over papers that write the owner "Zhiwei Xu" is Zhiwei Xu (the glued
    form kept as an alternate name). The owner's name, as it is then."""
    if not glued_name(owner) or person.name != owner:
        return owner
    spaced = Counter(a.name for p in pubs for a in p.authors
                     if len(a.name.split()) >= 2 and fold("".join(a.name.split())) == fold(owner))
    if not spaced:
        return owner
    name = spaced.most_common(1)[0][0]
    person.name = name
    if owner not in person.alternate_names:
        person.alternate_names.append(owner)
    return name


def _native_name(person: Person, owner: str, pubs: list[Publication]) -> None:
    """The owner's name in another script, as the site's list writes it (``田辺 凛`` on the papers of a site
    titled ``Rin Tanabe``): an author written in another script than the owner's name who is on most of the
    papers, and on more of them than the owner's name, is the owner's other name (an alternate name)."""
    from .record_files import records_owner

    # (a work whose one author is the owner's name names no other author: the page reader gives a work with no
    # byline to the owner, "田辺 凛: 題目, 誌名" too while that name is not yet known as the owner's)
    authored = [p for p in pubs if p.authors and not (len(p.authors) == 1 and same_name(p.authors[0].name, owner))]
    script = _latin(owner)
    if all(_latin(a.name) == script for p in authored for a in p.authors):
        return  # every author written in the owner's script: none is the owner's name in another (records_owner
        #         answers with one of the authors, and it reads every name with nameparser: a tenth of a site's import)
    other = records_owner(authored) if len(authored) >= 3 else None
    if other is None or _latin(other) == _latin(owner) or any(same_name(other, n) for n in [owner, *person.alternate_names]):
        return
    # (a work given to the owner whose title opens with that name and a colon is that name's: "田辺 凛: 題目";
    # every other work of the owner's votes for the owner's name, a sole author's too: "Rin Tanabe. Title.")
    voting = {id(p) for p in authored}
    hidden = {id(p) for p in pubs if id(p) not in voting and p.title.startswith(other)
              and _NAME_COLON.match(p.title, len(other)) is not None}
    mine = sum(1 for p in pubs if p.authors and id(p) not in hidden and any(same_name(a.name, owner) for a in p.authors))
    if mine < len(hidden) + sum(1 for p in authored if any(same_name(a.name, other) for a in p.authors)):
        person.alternate_names.append(other)
        _native_bylines(pubs, owner, other)


_NAME_COLON = re.compile(r"\s*[:：]\s*(?=\S)")
"""The colon (ASCII or full-width) after a name that opens a title, dblp's way of writing a sole author ("田辺 凛: 題目")."""


def _native_bylines(pubs: list[Publication], owner: str, native: str) -> None:
    """The works given to the owner for want of a byline whose title opens with the owner's other name and a colon
    ("田辺 凛: 題目", the owner alone, as dblp's style writes a sole author): that name is their byline, the rest the
    title, as the page reader reads such a line once it knows the name is the owner's."""
    for pub in pubs:
        if len(pub.authors) != 1 or not same_name(pub.authors[0].name, owner) or not pub.title.startswith(native):
            continue
        colon = _NAME_COLON.match(pub.title, len(native))
        if colon is not None:
            pub.title = pub.title[colon.end():]
            pub.authors[0].name = native


def only_if_same_person(candidate: Person, person: Person) -> Person:
    """A linked page's person counts only when it names the same person (a page titled
    'Publications' must not become an alternate name)."""
    if same_name(candidate.name, person.name) or any(same_name(n, person.name) for n in candidate.alternate_names):
        return candidate
    out = candidate.model_copy(deep=True)
    out.name = person.name
    out.alternate_names = []
    return out


def lists_none(parts: Sequence[Part], kind: str) -> bool:
    """Whether no part of the site lists any item of ``kind`` (``awards``, ``students``, ``talks``, ``teaching``),
    of its own or in its profile: when a CV page's list of that kind is the site's."""
    return not any(getattr(p, kind) or p.profile is not None and getattr(p.profile, kind) for p in parts)


def cv_items_unlisted(parts: list[Part], kind: str, found: list, rel: str) -> bool:
    """Give the owner's CV page's ``found`` awards or students (``kind``) to the site's first part when no part of
    the site lists any: the CV is read for the person only, its lists repeating the site's own, but a list no other
    page holds is the site's (al-folio's cv.md, a plain site's vitae.html with its honours); whether it gave them."""
    if not found or not parts or not lists_none(parts, kind):
        return False
    for item in found:
        item.file = item.file or rel
    getattr(parts[0], kind).extend(found)
    return True


def merge_same_person(person: Person, candidate: Person) -> None:
    """Fill in ``person`` from what another page or file of the site says of its owner (:func:`merge_person`), its
    name and alternate names only where it names the same person (:func:`only_if_same_person`)."""
    merge_person(person, only_if_same_person(candidate, person))


def lines_read_by_another_part(parts: list[Part], left: dict[int, list[Unparsed]]) -> dict[tuple[int, str], set[int]]:
    """For each part of a file that two or more parts read (a lab member's page read as the member's record and
    as a page), the lines of it that another of those parts read: lines it saw as this part did (the same text)
    and does not list. A line is listed when every reader that saw it left it, as one reader's would be.
    ``left``: each part's :meth:`Part.unparsed`, by ``id(part)``.

    (keyed by ``(id(part), file)``)
    """
    by_file: dict[str, list[Part]] = {}
    for part in parts:
        by_file.setdefault(part.rel, []).append(part)
    out: dict[tuple[int, str], set[int]] = {}
    for rel, same in by_file.items():
        if len(same) < 2:
            continue
        listed = {id(p): {u.line for u in left[id(p)] if (u.file or p.rel) == rel} for p in same}
        for part in same:
            mine = part.doc.lines
            taken = set()
            for n in listed[id(part)]:
                text = mine[n - 1].strip() if 0 < n <= len(mine) else ""
                if text and any(other is not part and n <= len(other.doc.lines)
                                and other.doc.lines[n - 1].strip() == text and n not in listed[id(other)]
                                for other in same):
                    taken.add(n)
            if taken:
                out[(id(part), rel)] = taken
    return out


def listed_works(parts: list[Part]) -> list[Publication]:
    """The works the site's files list (a file that only fills in, ``fills_only``, lists none of its own)."""
    return [p for part in parts if not part.fills_only for p in part.works()]


def headed_by_another(doc: SourceDoc, person: Person) -> bool:
    """Whether a page's first-level heading names a person other than the site's owner ("# Albert Einstein" over
    degrees copied from another's CV): the page is about them. A CV's own heading ("Curriculum Vitae") names no one,
    nor does a heading of the owner's training ("Graduate Studies"): a name opens with an initial or a given name
    the table knows (:func:`~..common.known_given`), as a CJK one need not.

    >>> from pathlib import Path
    >>> headed_by_another(SourceDoc(Path("cv.md"), "# Education\\n\\n# Albert Einstein\\n"), Person(name="Rafe Imai"))
    True
    """
    from ..page.person import name_candidate
    from ..page.scores import name_like

    heads = [*re.findall(r"(?m)^#\s+(.+)$", doc.text),
             *(markup_text(h) for h in re.findall(r"(?is)<h1\b[^>]*>(.*?)</h1>", doc.text[:30000]))]
    for head in heads:
        found = name_candidate(head.strip(" #*_"))
        name = found[0] if found else ""
        if len(name.split()) >= 2 and name_like(name) and has_cjk(name) == has_cjk(person.name) \
                and (has_cjk(name) or known_given(name.split()[0])) \
                and not any(same_name(name, n) for n in [person.name, *person.alternate_names]):
            return True
    return False


MAX_ACCOUNT_PAGES = 20
"""How many pages no reader of a site read the page reader reads to judge whether they list works; the rest are
said to be left unread."""


def account_files(root: Path, parts: list[Part], notes: list[Unparsed], owner: str | None,
                  base: str | None, person: Person | None = None) -> tuple[list[Part], list[Unparsed]]:
    """The account of every file of the site that could hold its content (:func:`~.files.content_files`): each
    is read (a part, or an item or a note naming it), or ignored with its reason (:func:`~.files.ignore_reason`:
    one ``not read`` note a file, or one for a folder whose files share the reason), or else read here: a page
    the page reader finds works in is a part that only fills in (``fills_only``: its works fill in the site's
    list, the rest reported; the site's list when no other file lists any: a CV page beside the pages); the
    owner's about or contact page with no works, or an experience page of dated posts, fills in ``person``
    (position, workplace, degrees, e-mail); another page it
    finds none of the owner's works in is said to be left unread. Nothing is dropped in silence."""
    from .files import ACCOUNT_PAGE_SUFFIXES, content_files, frozen_path, ignore_reason
    from .pages import cv_page, html_file_part, markdown_part, name_kind

    named: set[str] = {n.file for n in notes if n.file}
    for part in parts:
        named.add(part.rel)
        named |= {u.file for u in part.unparsed() if u.file}
        for item in [*part.works(), *part.news, *part.awards, *part.students, *part.talks, *part.teaching]:
            if getattr(item, "file", None):
                named.add(item.file)
    covered = tuple(f for f in named if f.endswith("/"))
    unread = [f for f in content_files(root) if f not in named and not f.startswith(covered)]
    if not unread:
        return parts, notes
    folders: dict[str, tuple[str, int]] = {}
    pages: list[str] = []
    out_notes: list[Unparsed] = []
    # (a page a multilingual site writes once per language: the language read, "_index.en.md", stands for it)
    translations = {translation_of(Path(f)).as_posix(): f for f in sorted(named, reverse=True)}
    for rel in unread:
        built = rel.rsplit(".", 1)[0] + ".html"
        frozen = frozen_path(rel)
        twin = translations.get(translation_of(Path(rel)).as_posix())  # ("about.md" too, where "about.en.md" was read)
        # (a generator's source page whose built page was read: jemdoc's, R Markdown's, Quarto's; a Quarto page
        # whose frozen execution was read)
        why = (rel, f"the source of {built}, read as built") if built in named and built != rel \
            else (rel, f"the source of {frozen}, read as executed") if frozen in named \
            else (rel, f"{twin} in another language, read in that one") if twin \
            else ignore_reason(root, rel)
        if why is not None and why[0].endswith("/"):
            reason, count = folders.get(why[0], (why[1], 0))
            folders[why[0]] = (reason, count + 1)
        elif why is not None:
            out_notes.append(Unparsed(line=1, text=f"not read: {why[1]}", file=rel, section="skipped"))
        elif rel.lower().endswith(ACCOUNT_PAGE_SUFFIXES):
            pages.append(rel)
        else:  # (a data file or a BibTeX file the records reader looked at and took no list from)
            out_notes.append(Unparsed(line=1, text="read by the records reader: no list of works the site shows in it "
                                      "(a lookup table, a menu, settings)", file=rel, section="skipped"))
    out_notes += [Unparsed(line=1, text=f"not read: {count} file(s): {reason}", file=folder, section="skipped")
                  for folder, (reason, count) in folders.items()]
    if pages:
        # a page at the address of a page read (the same ``permalink:``): a copy the generator does not serve
        served = {link: rel for rel in sorted(named) for link in [page_permalink(root, rel)] if link}
        for rel in list(pages):
            link = page_permalink(root, rel)
            if link and link in served:
                pages.remove(rel)
                out_notes.append(Unparsed(line=1, text=f"not read: a copy of {served[link]} (the same address, "
                                          f"{link})", file=rel, section="skipped"))
    # (reStructuredText pages last: a repository's .rst files are most often its software's Sphinx documentation, one
    # page a module, which would take the pages read before the site's own markdown and HTML pages)
    pages.sort(key=lambda rel: rel.lower().endswith(".rst"))
    extra: list[Part] = []
    for k, rel in enumerate(pages):
        path = root / rel
        if k >= MAX_ACCOUNT_PAGES:
            part = None
        elif rel.lower().endswith(HTML_SUFFIXES):
            part = html_file_part(root, path, owner, base)
        else:
            part = markdown_part(root, path, owner, base)
        found = [] if part is None else part.works()
        works = [p for p in found if p.year or p.date or p.doi or p.arxiv]
        if works and 2 * len(works) > len(found):
            works = found  # a page of mostly dated works lists works: an undated one of its list is one too
        elif part is not None:
            # a work naming the owner among its authors, under a heading the page reader reads as works ("Working
            # Papers", "Artigos publicados"), is the owner's whether or not it gives a year
            owned = {id(p) for p in found if any(a.is_self for a in p.authors)
                     and p.file in (None, rel) and _heading_kind(part.doc, p.line) == "publications"}
            works = [p for p in found if id(p) in owned or any(p is w for w in works)]
        authored = [p for p in works if p.authors]
        if authored and 2 * sum(any(a.is_self for a in p.authors) for p in authored) < len(authored):
            works = []  # (a reading list, a colleague's papers: not the owner's works)
        page_kind = name_kind(Path(rel))
        # ("formation.md": in French as often the courses taught as the owner's training, no page of degrees by name)
        degrees_page = cv_page(rel) or page_kind == "education" \
            and not re.search(r"(?<![a-z])formation(?![a-z])", rel.lower())
        took_degrees = False
        # (a page another's name heads, "people/jane/vitae.md" under "# Jane Doe", is not the owner's: asked once)
        another = degrees_page and part is not None and person is not None and headed_by_another(part.doc, person)
        if part is not None and part.profile is not None and person is not None and degrees_page \
                and (part.profile.person.education or part.profile.person.advisors) and not another:
            # the owner's CV page ("CV.md", "vita.html") or education page ("education.md") no menu or reader of the
            # site took: its degrees and advisors are the owner's, as a family reader takes a CV's (its works, awards
            # and the rest are judged below); not a page headed by another's name (a theme's sample page is never here:
            # ignore_reason set it aside)
            merge_same_person(person, Person(name=part.profile.person.name,
                                             alternate_names=part.profile.person.alternate_names,
                                             education=part.profile.person.education,
                                             advisors=part.profile.person.advisors))
            took_degrees = True
        # the owner's CV page ("cv/index.md", "resume.html"): its awards, students, talks and courses where no file
        # of the site lists any of that kind (as a family reader takes a CV's; its works only fill in)
        # (and the owner's group page, "group.html", "people.md", no menu or reader of the site took: its students,
        # when no file of the site lists any)
        people_page = page_kind == "students" or _PEOPLE_PAGE.fullmatch(Path(rel).stem.lower()) is not None
        cv_items = {kind: getattr(part.profile, kind) for kind in ("awards", "students", "talks", "teaching")
                    if part is not None and part.profile is not None
                    and (cv_page(rel) or kind == "students" and people_page) and getattr(part.profile, kind)
                    and not another
                    and lists_none([*parts, *extra], kind)}
        if cv_items:
            extra.append(Part(rel, part.doc, part.format, publications=works, checksum=part.checksum,
                              extra_unparsed=part.extra_unparsed, fills_only=True, **cv_items))
            continue
        # (the owner's contact page, and a page of the owner's posts whose entries are dated, "experience.md" with
        # "Aug 2018 - present": what they say of the owner, as an about page's; a page of open positions dates none)
        person_page = page_kind in ("bio", "contact") or page_kind == "experience" and part is not None \
            and part.profile is not None and any(a.start_year for a in part.profile.person.affiliations)
        if not works and part is not None and part.profile is not None and person is not None \
                and (person_page or page_kind == "education" and took_degrees):
            # the owner's about page ("aboutme.md", "pages/about.html") no menu or reader of the site took: what a
            # visitor reads there of the owner (position, workplace, degrees, e-mail), as the home page would say it;
            # an education page's degrees, taken above
            if person_page and not headed_by_another(part.doc, person):
                merge_same_person(person, part.profile.person)
            out_notes.append(Unparsed(line=1, text=f"read for the owner's particulars only ("
                                      f"{_PAGE_NOUN[page_kind]} page; no works in it)",
                                      file=rel, section="skipped"))
            continue
        if not works:
            why = ("the page reader finds no works in it" if part is not None else
                   f"beyond the {MAX_ACCOUNT_PAGES} pages no reader of the site took that kg reads for works")
            out_notes.append(Unparsed(line=1, text=f"not read: a page none of the site's readers takes; {why}",
                                      file=rel, section="skipped"))
            continue
        if page_kind == "bio" and part.profile is not None and person is not None \
                and not headed_by_another(part.doc, person):
            # the owner's about page that lists works too ("Here is a list of my papers:" under the bio): what it
            # says of the owner, as an about page with no works gives (above); not a page headed by another's name
            # (a coauthor's or student's about page on the owner's site: "# Carl Moss", "I am a postdoc ...")
            merge_same_person(person, part.profile.person)
        extra.append(Part(rel, part.doc, part.format, publications=works, checksum=part.checksum,
                          extra_unparsed=part.extra_unparsed, fills_only=True))
    return [*parts, *extra], [*notes, *out_notes]


_PAGE_NOUN = {"bio": "an about", "contact": "a contact", "experience": "an experience", "education": "an education"}
"""How the note on a page read for the owner's particulars names its kind."""
_PEOPLE_PAGE = re.compile(r"(?:(?:our|my|the)[-_ ]?)?(?:group|team|lab|people|members)")
"""The name of a page of the owner's group ("group.html", "people.md", "our-team.html")."""


def listed_once(items: list) -> list:
    """A site's students or awards, each once: one a page of the site lists again (a dated copy of the people page,
    "peopleMar25_11.htm" beside "people.htm"; a home page repeating the group page's list; an about page and a CV
    both listing the owner's awards) is the one the first page listed. One page naming a person twice (a master's
    and then a PhD student) or an award twice (won in two years) is that page's to say; two pages giving one name
    different years name two.

    >>> from kg.model import Award, Student
    >>> [s.name for s in listed_once([Student(name="Ana Ruiz", file="a.htm"), Student(name="Bo Lee", file="a.htm"),
    ...                               Student(name="ana ruiz", file="b.htm")])]
    ['Ana Ruiz', 'Bo Lee']
    >>> [(a.name, a.year) for a in listed_once([Award(name="Dean's List", year=2019, file="about.md"),
    ...     Award(name="Dean's list", file="cv.md"), Award(name="Dean's List", year=2021, file="cv.md")])]
    [("Dean's List", 2019), ("Dean's List", 2021)]
    """
    first: dict[str, list] = {}  # a name's key -> the items listed under it so far
    out = []
    awards = [(fold(a.name), a.file, a.year) for a in items if isinstance(a, Award) and getattr(a, "year", None)]
    for item in items:
        year = getattr(item, "year", None)
        if isinstance(item, Award) and _named_in_full(item, awards):
            continue
        seen = first.setdefault(fold(item.name), [])
        if any(s.file != item.file and (year is None or s_year is None or year == s_year)
               for s, s_year in ((s, getattr(s, "year", None)) for s in seen)):
            continue
        seen.append(item)
        out.append(item)
    return out


def _named_in_full(award, dated: list[tuple[str, str | None]]) -> bool:
    """Whether an award a sentence names with no year ("He received the Early Career Research Award at Portland
    State University", read from a bio) is one another file of the site lists with its year, its name written
    there in full ("PSU Early Career Research Award, Portland State University"): the name before its place, of
    three words or more, inside the listed one's as whole words. An award a sentence names with its year ("the 2026
    PAKDD Student Travel Award") is one listed the same year whose name holds each of its words and more ("Student
    Travel Award, The 30th Pacific-Asia Conference ... (PAKDD 2026)"), when an acronym in it names the meeting
    or the body that gave it. ``dated``: the folded names, files and
    years of the site's dated awards."""
    core = re.split(r"\s+(?:at|from|by|of the)\s+|,", fold(award.name))[0].strip()
    if len(core.split()) < 3:
        return False
    if award.year is not None:
        # (its name says whose award it is by an acronym, "PAKDD": "Best Paper Award" alone, listed twice a year in
        # two files, names two awards)
        words = set(re.findall(r"\w+", fold(award.name)))
        return bool(re.search(r"\b[A-Z]{2,}\b", award.name)) and any(
            file != award.file and year == award.year and words < set(re.findall(r"\w+", name))
            for name, file, year in dated)
    rx = re.compile(rf"(?<!\w){re.escape(core)}(?!\w)")
    return any(file != award.file and name != core and rx.search(name) for name, file, _year in dated)


def _heading_kind(doc, line: int | None) -> str | None:
    """The kind of the section a page's line sits in, as the page reader marked its headings (``doc.sections``:
    a heading's line -> its kind), or None."""
    if not line:
        return None
    above = [n for n in doc.sections if n <= line]
    return doc.sections[max(above)] if above else None


def page_permalink(root: Path, rel: str) -> str | None:
    """The address a page's front matter gives it (``permalink: /``), or None (:func:`doc_permalink`)."""
    from .files import doc_or_none

    if not rel.lower().endswith((".md", ".markdown", *HTML_SUFFIXES)):
        return None
    return doc_permalink(doc_or_none(root / rel))


def doc_permalink(doc: SourceDoc | None) -> str | None:
    """The address a document's front matter gives it (``permalink: /``), or None: a page's, or a collection's
    document, which Jekyll renders with or without an extension (``_publications/preprint-1``)."""
    from ...errors import SourceError
    from ..document import read_front_matter

    if doc is None or not doc.text.startswith(("---", "\ufeff---")):
        return None
    try:
        link = read_front_matter(doc).data.get("permalink")
    except SourceError:
        return None
    return link.strip() if isinstance(link, str) and link.strip() else None
