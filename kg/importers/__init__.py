"""Importers: researcher homepages and profile dumps -> :class:`~kg.model.Profile`.

The table :data:`IMPORTERS` names every format, the first entry being the
default for plain markdown; each module is imported only when used, so
``kg --help`` stays quick. ``--format`` choices come from this table.

>>> from pathlib import Path
>>> result = import_paths([Path("tests/seeds/yichen-wei.github-pages.md")])  # doctest: +SKIP
>>> result.profile.person.name                                            # doctest: +SKIP
'Yichen Wei'
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KgError, SourceError, UsageError, internal_error
from ..model import Profile, Source, Unparsed
from .base import READ_ONCE, ImportOptions, Importer, SourceDoc

from ..formats import ALIASES, FORMATS, IMPORTERS  # noqa: F401  (the table lives where the CLI can read it cheaply)

MIN_CONFIDENCE = 0.2


def get_importer(name: str) -> Importer:
    """The importer registered under ``name`` (its module's ``IMPORTERS[name]``), or under the format an old
    name (:data:`~kg.formats.ALIASES`) now is."""
    name = ALIASES.get(name, name)
    if name not in IMPORTERS:
        raise UsageError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(IMPORTERS[name][0])
    table = getattr(module, "IMPORTERS", None)
    if table is not None:
        return table[name]
    return module.IMPORTER


def _available() -> list[Importer]:
    out = []
    for name in IMPORTERS:
        try:
            out.append(get_importer(name))
        except (ImportError, AttributeError, KeyError):  # a family not built yet
            continue
    return out


@dataclass
class ImportResult:
    """A profile and what the import saw, for the summary ``kg import`` prints."""

    profile: Profile
    format: str
    sections: frozenset[str] = frozenset()
    """Section kinds the page had headings for (news, publications, awards, ...)."""
    unplaced_links: frozenset[str] = frozenset()
    """Relative link targets (``papers/x.pdf``) the readers could not make absolute: no ``--base-url`` was given
    and the site names no address of its own."""
    locate: Callable[[], tuple[tuple[str, str | None, int], ...]] | None = field(default=None, repr=False,
                                                                                  compare=False)
    """How to find :attr:`unplaced_at`, asked only when ``--verbose`` lists it (it reads the site's files again)."""

    @functools.cached_property
    def unplaced_at(self) -> tuple[tuple[str, str | None, int], ...]:
        """Where the source writes each of :attr:`unplaced_links`: (target, file, line) rows, the first lines of its
        files that hold it (:func:`link_lines`), for ``--verbose`` to list them."""
        return self.locate() if self.locate else ()

    @property
    def counts(self) -> dict[str, int]:
        p = self.profile
        return {
            "publications": len(p.publications),
            "news": len(p.news),
            "awards": len(p.awards),
            "students": len(p.students),
            "service": len(p.service),
        }

    @property
    def empty_sections(self) -> list[str]:
        """Sections the page has a heading for but that yielded nothing."""
        counts = self.counts
        return sorted(k for k in self.sections if k in counts and not counts[k])


def detect(doc: SourceDoc) -> tuple[Importer, float]:
    """The file importer most confident about ``doc``."""
    best: tuple[Importer | None, float] = (None, 0.0)
    for imp in _available():
        if imp.detect is None or imp.parse is None:
            continue
        score = imp.detect(doc)
        if score > best[1]:
            best = (imp, score)
    if best[0] is None or best[1] < MIN_CONFIDENCE:
        raise SourceError("no recognizable profile (not a homepage, profile dump or BibTeX file)", path=doc.display)
    return best[0], best[1]


def detect_dir(path: Path) -> Importer:
    return detect_dir_ranked(path)[0]


def detect_dir_ranked(path: Path) -> list[Importer]:
    """The site families that recognise ``path``, the surest first (ties in the table's order)."""
    scored = [(imp.detect_dir(path), k, imp) for k, imp in enumerate(_available()) if imp.detect_dir is not None]
    ranked = [imp for score, _k, imp in sorted(scored, key=lambda t: (-t[0], t[1])) if score >= MIN_CONFIDENCE]
    if not ranked:
        raise SourceError(
            "no recognizable site (academicpages, al-folio, Hugo, plain HTML or a README.md)", path=str(path)
        )
    return ranked


def _gc_paused(fn):
    """Run ``fn`` with Python's cyclic garbage collector paused (:func:`kg.memory.collector_paused`): reading a page
    allocates hundreds of thousands of short-lived objects, almost none in reference cycles (none on the 50 KB bench
    HTML page, 13 on the markdown one, 5k on a lab site), and the collections they set off (two dozen a page, some
    of every live object) were 5% of an import's time for nothing. Reference counting still frees everything as
    usual; the collector runs again after the import, with what the import made in its youngest generation as
    before the pause (``to_oldest=False``): the cycles an import leaves (a lab site's ~1,800 objects) are garbage,
    and moved to the oldest generation they stayed until a full collection, which a process running import after
    import (several PATHs, a batch) never ran: its objects grew by that much each import."""
    from ..memory import collector_paused

    @functools.wraps(fn)
    def paused(*args, **kwargs):
        with collector_paused(to_oldest=False):
            return fn(*args, **kwargs)
    return paused


def _shared_readers(path: Path, options: ImportOptions, ranked: list[Importer], error: SourceError
                    ) -> tuple[Profile, Importer]:
    """A folder no family reader could read, read by :func:`~kg.importers.site.any_site.parse_any_site`: the
    profile and the importer it is reported under (the surest family that recognised the folder); ``error``
    (the first family's, or "no recognizable site") is raised, saying what else was looked for, when that
    reads nothing either."""
    from ..errors import IncompleteRead
    from .site.any_site import parse_any_site
    from .site.files import whole_site

    imp = ranked[0] if ranked else Importer(name="site")
    try:
        profile = whole_site(lambda p, o: parse_any_site(p, o, imp.name))(path, options)
    except IncompleteRead:
        raise error from None
    except SourceError:
        raise SourceError(f"{error.message}; and no publication records in its data files (YAML, JSON, CSV, "
                          "BibTeX) nor an owner's name in its configuration", path=error.path, line=error.line) \
            from None
    return finish(profile, path, options.owner), imp


@_gc_paused
def import_path(path: Path, fmt: str = "auto", owner: str | None = None, now: _dt.datetime | None = None,
                base_url: str | None = None) -> ImportResult:
    """Import one file or site folder; ``base_url`` is where it is published, for relative links, when the
    page or site does not say. The relative links no address was known for are kept in the result
    (``unplaced_links``), for the summary to say."""
    from .common import UNPLACED_LINKS

    targets: set[str] = set()
    token, read = UNPLACED_LINKS.set(targets), READ_ONCE.set({})
    try:
        result = _import_path(path, fmt, owner, now, base_url)
    except KgError:
        raise
    except Exception as exc:  # noqa: BLE001 - a reader's bug still names the page it failed on, in one line
        raise internal_error(exc, str(path)) from None
    finally:
        UNPLACED_LINKS.reset(token)
        READ_ONCE.reset(read)
    # (with a base given, what stays relative is a link some reader keeps unjoined on purpose: no base would place it)
    result.unplaced_links = frozenset(targets) if not base_url else frozenset()
    if result.unplaced_links:
        targets, profile = result.unplaced_links, result.profile
        result.locate = lambda: link_lines(targets, path, profile)
    return result


_MAX_PLACES = 20
"""How many lines :func:`link_lines` keeps per target ("index.html" is on every page's menu): enough to find one
the report lists already."""


def link_lines(targets: frozenset[str], path: Path, profile: Profile) -> tuple[tuple[str, str | None, int], ...]:
    """The lines of the source at ``path`` (a file, or a site folder whose files the profile's ``source.parts``
    and unparsed lines name) that write each relative link target, as (target, file, line) rows, ``file`` named
    as the unparsed lines name it (None for a single file); a target written nowhere (a reader rewrote it) gets
    one row with line 0. The target is matched whole, as written or with its ``&`` as ``&amp;``, so that
    ``x.pdf`` is not found inside ``old/x.pdf``."""
    import html

    from .site.files import file_text

    forms: dict[str, str] = {}
    for t in sorted(targets, key=len, reverse=True):
        forms.setdefault(t, t)
        forms.setdefault(html.escape(t, quote=False), t)
    rx = re.compile(r"(?<![\w./~%-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w/%-])")
    if path.is_dir():
        names = [s.file for s in (profile.source.parts if profile.source else [])]
        names += [u.file for u in profile.unparsed if u.file]  # (a page ignored but for its owner's links too)
        files = [(name, path / name) for name in dict.fromkeys(names)]
    else:
        files = [(None, path)]
    places: dict[str, list[tuple[str | None, int]]] = {t: [] for t in targets}
    for name, f in files:
        if (text := file_text(f)) is None:
            continue
        for n, line in enumerate(text.split("\n"), 1):
            for m in rx.finditer(line):
                seen = places[forms[m.group(0)]]
                if len(seen) < _MAX_PLACES and (name, n) not in seen:
                    seen.append((name, n))
    return tuple((t, name, n) for t in sorted(targets) for name, n in (places[t] or [(None, 0)]))


def _import_path(path: Path, fmt: str, owner: str | None, now: _dt.datetime | None,
                 base_url: str | None) -> ImportResult:
    options = ImportOptions(owner=owner, base_url=base_url)
    if path.is_dir():
        from .site.files import site_folder

        given, path = path, site_folder(path)  # (a theme's exampleSite/, GitHub Pages' docs/ ...)
        if fmt == "auto":
            # the surest family first; when its reader cannot read the folder ("no author page", "no owner"),
            # the next family that recognises it is tried, then the readers every family shares (the records of
            # its data files, its pages, the owner its configuration names); the first error stands if none can
            first_error: SourceError | None = None
            try:
                ranked = detect_dir_ranked(path)
            except SourceError as err:
                ranked, first_error = [], err
            for imp in ranked:
                try:
                    profile = finish(imp.parse_dir(path, options), path, owner)
                    break
                except SourceError as err:
                    first_error = first_error or err
            else:
                profile, imp = _shared_readers(path, options, ranked, first_error)
        else:
            imp = get_importer(fmt)
            if imp.parse_dir is None:
                raise UsageError(f"format {imp.name!r} reads a file, and {path} is a folder")
            profile = finish(imp.parse_dir(path, options), path, owner)
        if path != given:
            folder = path.relative_to(given).as_posix()
            profile.unparsed.insert(0, Unparsed(line=1, text=f"site read from its folder {folder}/ (the folder given "
                                                "holds no site of its own)", section="skipped"))
        if now is not None and profile.source is not None and profile.source.imported_at is None:
            profile.source.imported_at = now
        return ImportResult(profile=profile, format=imp.name)
    if not path.exists():
        raise SourceError("no such file or folder", path=str(path))
    doc = SourceDoc.read(path)
    if fmt == "auto":
        imp, _ = detect(doc)
    else:
        imp = get_importer(fmt)
        if imp.parse is None:
            raise UsageError(f"format {imp.name!r} reads a folder, and {path} is a file")
    profile = finish(imp.parse(doc, options), path, owner)
    if profile.source is None:
        profile.source = Source(
            file=path.name, format=imp.name, checksum=doc.checksum, imported_at=now
        )
    elif now is not None and profile.source.imported_at is None:
        profile.source.imported_at = now
    return ImportResult(profile=profile, format=imp.name, sections=frozenset(doc.sections.values()))


def finish(profile: Profile, path: Path | None = None, owner: str | None = None) -> Profile:
    """What every family's profile gets the same way: the researcher named ``owner`` when the user names them
    (``--owner``, :func:`given_owner`); a publication with a DOI or an arXiv id and no link to
    it gets the canonical one (``https://doi.org/<doi>``, ``https://arxiv.org/abs/<id>``), as sites render
    those fields as buttons; an owner's name written in two scripts is the Latin name with the other as an
    alternate name; identifiers are bare ids (a profile URL or its tail gives the id it names, a template
    placeholder gives none); a title keeps no list numbering or leading "(2025)", an author no "Family, Given"
    order; the owner's name no degrees after a comma ("Jo Roe, PhD", as a site's configuration may write it); a
    school or workplace written by its short form alone ("a PhD from USF") is the name the page spells it out as
    ("the University of South Florida", "University of Maryland (UMD)"). A template's slots left unfilled ("Your
    Name", "PhD Student in [Field]", "[University]", "you@example.com") are no data: an owner named by one is
    refused (SourceError naming ``path``, the source read), the other slots are dropped."""
    from .common import clean_identifier, doi_of, name_variants, strip_title_prefix, uninvert_name, without_degrees

    profile.news = dedupe_news(profile.news)
    person = profile.person
    if owner:
        given_owner(person, owner)
    _no_template_slots(profile, path)
    for kind in list(person.identifiers):
        value = clean_identifier(kind, person.identifiers[kind])
        if value is None:
            del person.identifiers[kind]  # a template placeholder (XXXXXXXXX, your-username): no identifier
        else:
            person.identifiers[kind] = value
    bare = without_degrees(person.name, suffixes=False)
    if bare != person.name and len(bare.split()) >= 2:
        person.name = bare
    _spell_out_places(person)
    latin, others = name_variants(person.name)
    if others or latin != person.name:
        person.name = latin
        person.alternate_names = list(dict.fromkeys([*others, *person.alternate_names]))
    for pub in profile.publications:
        title, year = strip_title_prefix(pub.title)
        if title != pub.title:
            pub.title = title
            if year and pub.year is None and pub.date is None:
                pub.year = year
        for author in pub.authors:
            if "," in author.name:
                author.name = uninvert_name(author.name)
        # the DOI gets its resolver link unless a link is an address of that DOI (doi.org, a publisher's
        # ".../doi/10.x/y"); a page that merely holds it ("dx.plos.org/10.x/y") is another link
        if pub.doi and not any((doi_of(str(u)) or "").casefold() == pub.doi.casefold() for u in pub.links.values()):
            pub.links.setdefault("doi", f"https://doi.org/{pub.doi}")
        # (the arXiv DataCite DOI "doi.org/10.48550/arXiv.X" names the preprint, it is no link to arXiv's page)
        if pub.arxiv and not any(pub.arxiv in str(u) and not re.search(r"(?i)10\.48550/arxiv\.", str(u))
                                 for u in pub.links.values()):
            pub.links.setdefault("arxiv", f"https://arxiv.org/abs/{pub.arxiv}")
    for item in (*profile.publications, *profile.talks):
        _link_keys(item)
    return profile


def _link_keys(item) -> None:
    """A work's or talk's links under keys the model takes (:data:`kg.model.LINK_KEY`), whichever reader put them
    there: a page's own label as a key is folded (:func:`~kg.importers.common.link_key`: "Université" ->
    ``universite``, "Conf. Proc." -> ``conf_proc``), a label with no letter of the alphabet to fold goes under
    ``other``, and a second link of one key is kept in ``more_links`` (a work's) with its label. Without this a
    profile ``kg import`` wrote could be one ``kg build`` refuses."""
    from ..model import LINK_KEY, Link
    from .common import link_key

    for name in ("links", "placeholder_links"):
        links = getattr(item, name, None) or {}
        if all(re.match(LINK_KEY, k) for k in links):
            continue
        kept: dict = {}
        for key, url in links.items():
            slug = key if re.match(LINK_KEY, key) else link_key(key) or "other"
            if slug not in kept:
                kept[slug] = url
            elif name == "links" and hasattr(item, "more_links") and url != kept[slug] \
                    and all(x.url != url for x in item.more_links):
                item.more_links.append(Link(label=" ".join(key.replace("_", " ").split()) or slug, url=url))
        setattr(item, name, kept)


def given_owner(person, owner: str) -> None:
    """``--owner`` names the researcher, whichever family read the source and whatever name its configuration or
    pages give (a site's title, "Quiet Gradients", is no one's): ``person.name`` is the name given; the name the
    source wrote stays an alternate one when it is the same person's ("A. Ruiz" for "Ana Ruiz"), else it goes.

    >>> from kg.model import Person
    >>> p = Person(name="A. Ruiz"); given_owner(p, "Ana  Ruiz"); p.name, p.alternate_names
    ('Ana Ruiz', ['A. Ruiz'])
    """
    from .common import same_name

    given = " ".join(owner.split())
    read = person.name
    alternates = [n for n in person.alternate_names if n != given]
    if read and read != given and same_name(read, given) and read not in alternates:
        alternates.append(read)
    person.name = given
    person.alternate_names = alternates


def _no_template_slots(profile: Profile, path: Path | None) -> None:
    """The owner's particulars that are a template's slots left unfilled (:func:`~kg.importers.common.unfilled`,
    :func:`~kg.importers.common.slot_email`) dropped, whichever family read them, and said in ``unparsed``; an
    owner's name that is a slot for one (:func:`~kg.importers.common.name_slot`: "Your Name", "Your Full Name";
    not a sample owner, "Jane Doe", who stands for a real one in examples) is no one's, and refused. Each slot is
    reported at the first line of the source that holds it (:func:`_slot_line`)."""
    from .common import name_slot, slot_email, unfilled

    person = profile.person
    if name_slot(person.name):
        raise SourceError(f"the owner's name is a template's placeholder ({person.name!r}): the template is not "
                          "filled in; give --owner NAME", path=str(path) if path is not None else None)
    slots = []
    if person.job_title and unfilled(person.job_title):
        slots.append(person.job_title)
        person.job_title = None
    if person.email and slot_email(person.email):
        slots.append(person.email)
        person.email = None

    def filled(items: list, place: str, detail: str) -> list:
        # (an affiliation or a degree at a place that is a slot is none; its role or field that is one is dropped)
        out = []
        for item in items:
            where, what = getattr(item, place), getattr(item, detail)
            if found := [t for t in (where, what) if t and unfilled(t)]:
                slots.extend(found)
                if unfilled(where):
                    continue
                item = item.model_copy(update={detail: None})
            out.append(item)
        return out

    person.affiliations = filled(person.affiliations, "name", "role")
    person.education = filled(person.education, "institution", "field")
    texts = _source_lines(profile, path) if slots else []
    for slot in dict.fromkeys(slots):
        file, line = _slot_line(texts, slot)
        profile.unparsed.append(Unparsed(line=line, text=f"a template's slot, no data: {slot}", file=file,
                                         section="skipped"))


def _source_lines(profile: Profile, path: Path | None) -> list[tuple[str | None, list[str]]]:
    """The lines of the source read (a site's: each file it read, as the profile names it), each file once."""
    if path is None:
        return []
    if path.is_file():
        files = [(None, path)]
    else:
        files = [(part.file, path / part.file) for part in (profile.source.parts if profile.source else [])]
    texts = []
    for name, file in files:
        try:
            texts.append((name, SourceDoc.read(file).lines))  # (the one reader of a source: its charset, once)
        except (SourceError, OSError):
            continue
    return texts


def _slot_line(texts: list[tuple[str | None, list[str]]], slot: str) -> tuple[str | None, int]:
    """(file, line) of the first line of the source's ``texts`` (:func:`_source_lines`) holding ``slot`` or the
    first bracketed slot in it; (None, 1) when none does (a value put together from two places)."""
    from .common import SLOT_IN_VALUE

    for needle in [slot, *(m.group(0) for m in SLOT_IN_VALUE.finditer(slot))]:
        for name, lines in texts:
            if (line := next((i for i, text in enumerate(lines, 1) if needle in text), None)) is not None:
                return name, line
    return None, 1


def _spell_out_places(person) -> None:
    """The owner's schools and workplaces written by a short form alone ("USF", "UMD") named as the page spells
    them out (in the bio, or in another of the owner's places); a workplace that is then one already listed is
    that one. A short form the page never spells out ("TAMU") stays as written."""
    from .common import SHORT_FORM, fold, spelled_out

    texts = [person.description or "", *(a.name for a in person.affiliations),
             *(e.institution for e in person.education if e.institution)]
    for i, ed in enumerate(person.education):
        if ed.institution and SHORT_FORM.fullmatch(ed.institution):
            full = spelled_out(ed.institution, texts)
            if full:
                person.education[i] = ed.model_copy(update={"institution": full})
    kept = []
    for aff in person.affiliations:
        full = spelled_out(aff.name, texts) if SHORT_FORM.fullmatch(aff.name) else None
        if full and any(fold(a.name) == fold(full) for a in person.affiliations):
            continue  # ("University of Maryland" and "UMD": one place)
        kept.append(aff.model_copy(update={"name": full}) if full else aff)
    person.affiliations = kept


def _news_names(text: str) -> set[str]:
    """The names and numbers a news text holds (capitalised or with digits, not opening a sentence): two items
    naming other venues or people ("accepted by CVPR" / "accepted by KBS") are two events however alike."""
    out = set()
    for m in re.finditer(r"[\w'’-]+", text):
        word = m.group(0)
        opening = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1] in ".!?:"
        if any(c.isdigit() for c in word) or word[:1].isupper() and not opening or sum(c.isupper() for c in word) > 1:
            out.add(word)
    return out


def _other_cjk_words(a: str, b: str) -> bool:
    """Whether two news texts in Chinese or Japanese name other things at one place: a run of CJK characters of one
    written where the other has another run ("祝贺冉欢欢获得博士学位" / "祝贺万添获得博士学位": two students, two
    events), which :func:`_news_names` cannot see (no capitals, no spaces). Words added or left out are rewording.
    The texts are aligned by rapidfuzz, the matcher :func:`dedupe_news` measures them with: a gap between two
    matching runs where both texts have CJK characters is one."""
    from rapidfuzz.distance import Indel

    from .common import has_cjk

    if not (has_cjk(a) and has_cjk(b)):
        return False
    i = j = 0
    for block in Indel.opcodes(a, b).as_matching_blocks():  # (the last an empty block at both texts' ends)
        if has_cjk(a[i:block.a]) and has_cjk(b[j:block.b]):
            return True
        i, j = block.a + block.size, block.b + block.size
    return False


def dedupe_news(items: list) -> list:
    """The news items of a profile, each event once: a lab copies its news card onto every page (reworded a little
    on each, dated a day apart) and an archive repeats items; two items are one when their dates are at most two
    days apart and their texts share nearly all words in nearly the same order (or, undated, are the same text).
    The first is kept.

    >>> from kg.model import NewsItem
    >>> [n.text for n in dedupe_news([NewsItem(date="2024-02-16", text="Ada's paper accepted in Ecology!"),
    ...                               NewsItem(date="2024-02-16", text="Ada's paper was accepted in Ecology!")])]
    ["Ada's paper accepted in Ecology!"]
    >>> [n.text for n in dedupe_news([NewsItem(date="2024-02", text="Received the Lark Seed Grant"),
    ...                               NewsItem(date="2024-02", text="Received the Lark Seed Grant as lead PI"),
    ...                               NewsItem(date="2024-02", text="Paper accepted"),
    ...                               NewsItem(date="2024-02", text="Paper accepted at ICSE")])]
    ['Received the Lark Seed Grant', 'Paper accepted', 'Paper accepted at ICSE']
    >>> len(dedupe_news([NewsItem(date="2025-07", text="祝贺李明获得博士学位并入职气象局培训学院湖南分院！"),
    ...                  NewsItem(date="2025-07", text="祝贺张小华获得博士学位并入职气象局培训学院！")]))
    2
    """
    from rapidfuzz import fuzz

    from .common import fold

    def day(value) -> _dt.date | None:
        text = str(value or "")
        try:
            return _dt.date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            return None

    kept: list = []
    for item in items:
        text = fold(item.text)
        same = False
        for other in kept:
            if item.date is None or other.date is None:
                same = item.date is None and other.date is None and text == fold(other.text)
            else:
                a, b = day(item.date), day(other.date)
                near = abs((a - b).days) <= 2 if a and b else str(item.date) == str(other.date)
                # (both measures: "Congrats to Ann's paper in X" and "Congrats to Bo's paper in Y" share most words)
                same = near and fuzz.token_set_ratio(text, fold(other.text)) >= 80 and fuzz.ratio(
                    text, fold(other.text)) >= 80 and _news_names(item.text) == _news_names(other.text) \
                    and not _other_cjk_words(text, fold(other.text))
                # ("Received the X Grant" on the home page's card, "Received the X Grant as lead PI" in the archive:
                # the one told in full, four words at least, then more about it)
                short, long_ = sorted((text, fold(other.text)), key=len)
                same = same or near and len(short.split()) >= 4 and long_.startswith(short + " ")
            if same:
                break
        if not same:
            kept.append(item)
    return kept


def import_paths(paths: list[Path], fmt: str = "auto", owner: str | None = None,
                 now: _dt.datetime | None = None, base_url: str | None = None) -> ImportResult:
    """Import one researcher's sources; several paths become one profile.

    Raises :class:`~kg.errors.UsageError` naming the pages and their owners when the sources are of
    different people (:func:`import_sources` gives one profile per owner instead)."""
    groups = import_sources(paths, fmt, owner, now, base_url)
    if len(groups) > 1:
        raise UsageError("these sources are of different people: " + owners_text(groups)
                         + "; import them with -o DIR (one profile each) or one at a time")
    return groups[0]


def import_sources(paths: list[Path], fmt: str = "auto", owner: str | None = None,
                   now: _dt.datetime | None = None, base_url: str | None = None) -> list[ImportResult]:
    """Import sources of one or several researchers: one result per owner, in the order of their first
    source, each joining that owner's sources (a homepage and its BibTeX file become one profile; four
    homepages of four people stay four). ``owner`` names the owner of every source."""
    if not paths:
        raise UsageError("give at least one file or folder to import")
    results = [import_path(p, fmt, owner, now, base_url) for p in paths]
    groups: list[list[ImportResult]] = []
    for res in results:
        home = next((g for g in groups if owner or same_owner(g[0].profile.person, res.profile.person)), None)
        if home is None:
            groups.append([res])
        else:
            home.append(res)
    return [g[0] if len(g) == 1 else combine(g) for g in groups]


def same_owner(a, b) -> bool:
    """Whether two imported pages are of one person: a shared profile identifier (Scholar, ORCID, ...), or
    names that agree (other-script names and middle names allowed)."""
    from .common import owner_variant, same_name

    for kind, value in a.identifiers.items():
        if kind in b.identifiers and b.identifiers[kind].casefold() == value.casefold():
            return True
    names_a = [a.name, *a.alternate_names]
    names_b = [b.name, *b.alternate_names]
    return any(same_name(x, y) or owner_variant(x, y) or owner_variant(y, x) for x in names_a for y in names_b)


def owners_text(groups: list[ImportResult]) -> str:
    """``"a.md, b.md (Ada Lovelace); c.html (Alan Turing)"``: the pages of each owner, for messages."""
    out = []
    for g in groups:
        src = g.profile.source
        files = [p.file for p in src.parts] if src and src.parts and "+" in src.format else [src.file if src else "?"]
        out.append(f"{', '.join(files)} ({g.profile.person.name})")
    return "; ".join(out)


def combine(results: list[ImportResult]) -> ImportResult:
    """Join several sources of one researcher: the first source's person wins for single
    values, lists are concatenated, and every item keeps the file it came from."""
    first = results[0].profile
    person = first.person.model_copy(deep=True)
    merged = Profile(person=person)
    parts = []
    for res in results:
        p = res.profile
        src = p.source
        fname = src.file if src else None
        if src:
            parts.append(src)
        if p is not first:
            person.absorb(p.person)
            if person.metrics is None:
                person.metrics = p.person.metrics
        for attr in ("publications", "news", "awards", "students", "service", "talks", "teaching", "unparsed"):
            for item in getattr(p, attr):
                item = item.model_copy()
                if getattr(item, "file", None) is None:
                    item.file = fname
                getattr(merged, attr).append(item)
    checksum_src = "".join(s.checksum for s in parts)
    merged.source = Source(
        file=" + ".join(s.file for s in parts),
        format="+".join(dict.fromkeys(r.format for r in results)),
        checksum="sha256:" + hashlib.sha256(checksum_src.encode()).hexdigest(),
        imported_at=parts[0].imported_at if parts else None,
        parts=parts,
    )
    return ImportResult(profile=merged, format=merged.source.format,
                        sections=frozenset().union(*(r.sections for r in results)),
                        unplaced_links=frozenset().union(*(r.unplaced_links for r in results)),
                        locate=lambda: tuple((t, f or (r.profile.source.file if r.profile.source else None), n)
                                             for r in results for t, f, n in r.unplaced_at))
