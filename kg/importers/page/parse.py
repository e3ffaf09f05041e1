"""The page reader's entry points.

Takes a :class:`~kg.importers.base.SourceDoc` (an HTML page or a markdown page); gives a
:class:`~kg.model.Profile` (``parse_html``, ``parse_markdown_page``), how much a document looks like an HTML page
(``detect``), and ``IMPORTER`` for :mod:`kg.formats`.

>>> from pathlib import Path
>>> doc = SourceDoc(path=Path("x.html"), text="<html><body><h1>Ada Lovelace</h1></body></html>")
>>> parse_html(doc, ImportOptions()).person.name
'Ada Lovelace'
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlunsplit

from ...errors import SourceError
from ...model import Affiliation, Author, Education, Person, Profile, Publication, Unparsed
from ..base import ImportOptions, Importer, SourceDoc
from ..common import (lazy_compile, ANY_YEAR, DEPT_START, INSTITUTION_STRONG, EMAIL_ADDRESS, THESIS_DEGREES, TITLE_SEPARATOR, fill_email_name, markup_text,
                      find_emails, fold, has_cjk, local_letters,
                      identifier_from_url, parse_venue, placeholder_text, repair_url, set_venue, site_host, on_host,
                      url_parts)

from .source import HEADING_TAGS, MARKUP, itertext, norm, service_icons, tag_of
from .memo import label_kind, same_name
from .labels import link_text, link_texts_kept
from .sections import section_kind
from .context import PubDraft, abs_url, mailto_address
from .marks import add_link
from .person import ADVISOR_LABEL, add_advisors, advisors_in, affiliation_from, name_candidate, placed_affiliations
from .reader import Reader
from .builder import Builder
from .bio import OWN_VOICE, link_profile_page

__all__ = ["IMPORTER", "parse_html", "parse_markdown_page", "detect"]


# --- entry points ------------------------------------------------------------------------------------


_PLACE_OF_ITS_OWN = lazy_compile(r"(?i)^(?!\s*(?:the\s+)?(?:department|dept|school|faculty|division|college|chair)\b)"
                               r".*\b(?:cent(?:er|re)|institute|laborator(?:y|ies)|lab)\s*$")
"""A unit that may stand alone as a workplace ("the Lowland Data Centre"), not one only of an institution (a
department, a school)."""


def _prepare(doc: SourceDoc, options: ImportOptions, base_url: str | None,
             initial_section: str | None = None) -> tuple[Reader, Builder]:
    reader = Reader(doc, options, base_url=base_url, initial_section=initial_section)
    reader.read_head()
    reader.compute_content_lines()
    reader.precompute()
    reader.walk()
    builder = Builder(reader)
    return reader, builder


def parse_html(doc: SourceDoc, options: ImportOptions, *, base_url: str | None = None) -> Profile:
    """Read a researcher's HTML homepage (or one page of an HTML site) into a Profile.

    ``base_url`` resolves relative links (``papers/x.pdf``); without it the page's own
    ``<base href>``, ``<link rel="canonical">`` or ``og:url`` is used, and relative links
    that cannot be resolved are left out (their lines still count as read).

    Raises :class:`~kg.errors.SourceError` when the page is empty or has neither a name
    nor any publication.
    """
    if not doc.text.strip():
        raise SourceError("file is empty", path=doc.display)
    r, b = _prepare(doc, options, base_url)
    r.initial_section = _page_section(r)  # read by the section walk in _read_page
    with link_texts_kept():
        return _read_page(r, b)


_HOST_LABELS = {"github": ("github",), "twitter": ("twitter", "x", "x twitter", "twitter x")}
"""What a link to the owner's account on a code host or a social network is labelled in a menu of their profiles
(folded: "Twitter / X" is "twitter x")."""


_PAGE_AT = lazy_compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:home\s*page|web\s*site|web\s*page|page|site|resources)\s+"
                      r"at\s+(?:the\s+)?(?P<org>[^|–—:;]{3,80})$", re.I)
"""A page's title or heading naming where its owner works: "Ann Lee's home page at the University of X"."""


def _footer_place(r: Reader) -> Affiliation | None:
    """The unit and its institution a site's footer names on a line of their own ("Department of Chemistry,
    Cornell University" over "© 2022 Jo Bell"): where the owner of a lab's site works, when the page says it
    nowhere else."""
    for el in r.chrome_els:
        if tag_of(el) in ("script", "style", "head", "template", "nav"):
            continue
        for line in el.iter("p", "div", "address", "span", "li"):
            pieces = [x.strip(" .") for x in norm(" ".join(itertext(line))).split(",")]
            if len(pieces) == 2 and DEPT_START.match(pieces[0]) and not INSTITUTION_STRONG.search(pieces[0]) \
                    and INSTITUTION_STRONG.search(pieces[1]) and not DEPT_START.match(pieces[1]) \
                    and len(pieces[1].split()) <= 6 and not re.search(r"\d|©", pieces[1]):
                aff = affiliation_from(", ".join(pieces))
                if aff is not None:
                    return aff
    return None


def _with_middle_initial(name: str, text: str) -> str | None:
    """The owner's name as the page also writes it with a middle initial ("Roger Lee" signs "Roger B. Lee" at
    its foot): that fuller form, when the page writes just one; None otherwise."""
    parts = name.split()
    if len(parts) != 2 or not all(re.fullmatch(r"[^\W\d_][\w'’\-]+", p) for p in parts):
        return None
    # (``\b`` before the given name, written as a look-behind after it: a pattern that opens with the name is
    # searched for by the name's letters, not tried at every position of the page)
    given = re.escape(parts[0])
    found = {norm(m.group(0)) for m in re.finditer(
        rf"{given}(?<!\w{given})\s+(?:[A-Z]\.\s*){{1,2}}{re.escape(parts[1])}\b", text)}
    return found.pop() if len(found) == 1 else None


def _page_section(r: Reader) -> str | None:
    """The section a whole page is, by its file name or ``<title>`` (``publications.html``, ``<title>Papers
    </title>``): a bare list of entries on such a page is that section from its first line, as a page titled so
    in its front matter is. Read off the parsed page (its head title and heading blocks)."""
    stem = r.doc.path.stem
    names = [re.sub(r"[_\-.]+", " ", stem).strip()] if stem.lower() not in ("index", "default") else []
    if r.head_title:
        names += [norm(x) for x in TITLE_SEPARATOR.split(r.head_title[0])]
    # "Hines Lab Publications", not "Research in the Hines Lab" (a lab's home page, titled by its research)
    named = [(n, section_kind(n)) for n in names if n and len(n.split()) <= 3 and not re.search(r"\bresearch", n, re.I)]
    kinds = {k for _n, k in named} - {None}
    if len(kinds) != 1 or not kinds & {"publications", "news", "students"}:  # ("<title>What's new</title>": dated items)
        return None
    if kinds == {"students"} and not (stem.lower() not in ("index", "default") and named[0] == (names[0], "students")):
        return None  # a lab's people page by its file's name ("members.html"); "Ana Ruiz | People" is one person's
    kind = kinds.pop()
    # the first heading that names a section, and the section it names
    first = next(((i, k) for i, b in enumerate(r.blocks) if b.kind == "heading" and (b.el is None or tag_of(b.el) != "img")
                  and (k := section_kind(b.text.rstrip(":：").strip()))), None)
    if first and not (kind == "publications" and first[1] == kind
                      and sum(b.kind == "item" and bool(ANY_YEAR.search(" ".join(
                          sg.text for sg in r.segs(b)[0]))) for b in r.blocks[:first[0]]) >= 2):
        # the page's own headings say where its sections start (a picture's name closes one only); but a
        # publications page whose list (two dated items and more) opens under no section heading (under the owner's
        # name, a jemdoc page's title) before a heading of more of its works ("Works in progress"): the list before
        # is the page's too
        return None
    return kind


def _lines_saying(doc: SourceDoc, texts: list[str]) -> list[int]:
    """For each of ``texts``, the first line of ``doc`` whose words (its markup apart) hold it; 1 when none does
    (the page read once for all of them, up to the last one found)."""
    found: dict[str, int] = {}
    wanted = set(texts)
    for n, line in enumerate(doc.lines, 1):
        if len(found) == len(wanted):
            break
        words = norm(markup_text(line))
        found.update((t, n) for t in texts if t not in found and t in words)
    return [found.get(t, 1) for t in texts]


def _unparsed(doc: SourceDoc, b: Builder) -> list[Unparsed]:
    """The page's lines no field took, and what the readers took and left out (``b.skipped``), in line order."""
    return sorted([*doc.unparsed(), *b.skipped], key=lambda u: u.line)


def _read_page(r: Reader, b: Builder) -> Profile:
    """Every reader over a prepared page, in order: name, sections, entries, owner, fallbacks."""
    doc = r.doc
    linked_data = list(json_ld_blocks(r.root))  # (parsed once: the site's address and the owner's card read it)
    # homepage: canonical link, og:url
    home = r.canonical or (r.meta_value("og:url") or (None, None))[0] or linked_data_site(linked_data)
    home = repair_url(home) if home else None
    if home:
        b.person["homepage"] = home
        v = r.meta_value("og:url")
        if v and v[1]:
            r.use([v[1]])
    if r.base_url is None and home:
        r.base_url = folder_url(home)
    if r.base_url is None and r.options.base_url:
        r.base_url = folder_url(r.options.base_url)  # --base-url: the page does not say where it lives
    b.ctx.base = r.base_url
    b.ctx.homepage = home
    b.find_name()
    b.assign_sections()
    b.find_legend()
    b.read()
    for blk in r.blocks:
        if blk.kind == "heading" and blk.section is None and blk.el is not None and tag_of(blk.el) in HEADING_TAGS:
            # "## Publications ([Google Scholar](...), [DBLP](...))": the owner's profiles beside a heading
            for a in blk.el.iter("a"):
                b._person_anchor(a, only_ids=True)
    for img in r.root.iter("img"):
        # a GitHub profile README's stats card names its owner's account (``...?username=jdoe``)
        src = img.get("src") or ""
        if re.search(r"github-readme-stats|github-profile|streak-stats|github-readme|activity-graph|trophy", src, re.I):
            m = re.search(r"[?&](?:username|user)=([\w.-]+)", src)
            if m:
                b.identifiers.setdefault("github", m.group(1))
                r.use([img.sourceline])
    _citation_meta(r, b)
    # items under headings kg has no word for, or under none (a page of citations without headings)
    b.read_unknown_sections()
    b.list_unread_entry_headings()
    b.profile_link_lines()
    b.drop_selection()
    b.drop_repeats()
    b.resolve_owner()
    b.thesis_supervisors()
    # meta description / og:image as fallbacks
    if b.person["image"] is None:
        v = r.meta_value("og:image", "twitter:image")
        if v:
            url = abs_url(v[0], b.ctx)
            if url:
                b.person["image"] = url
                r.use([v[1]])
    if not b.bio:
        v = r.meta_value("description", "og:description")
        if v and len(v[0].split()) >= 8 and not re.search(r"powered by|jekyll|hugo|theme", v[0], re.I):
            b.bio.append(v[0])
            r.use([v[1]])
    # footer / nav links: identifiers, and the address of a mailto link when the page gave none elsewhere
    for el in r.chrome_els:
        if tag_of(el) in ("script", "style", "head", "template"):
            continue
        for a in el.iter("a"):
            if b.person["email"] is None and (a.get("href") or "").strip().lower().startswith("mailto:"):
                if addr := mailto_address(a):
                    b.person["email"] = addr
                    if a.sourceline:
                        r.use([a.sourceline])
                continue
            url = abs_url(a.get("href"), b.ctx)
            ident = identifier_from_url(url) if url else None
            # (an account on a code host or a social network is kept only under a link named for the host,
            # "<a>GitHub</a>", "<a>Twitter</a>" in a menu of the owner's profiles: "theme by <a href=github.com/x>Ann
            # Lee</a>" in a footer is the theme's author, "<a href=twitter.com/x>@x</a>" may be anyone's)
            # (or under the host's own icon: "<i class="fab fa-twitter"></i> <a href=twitter.com/x>x</a>", a
            # sidebar's column of the owner's profiles, each a glyph and the handle)
            if ident and ident[0] not in b.identifiers and (ident[0] in (
                    "google_scholar", "orcid", "dblp", "linkedin", "semantic_scholar")
                    or fold(link_text(a)) in _HOST_LABELS.get(ident[0], ())
                    or ident[0] in ("github", "twitter") and ident[0] in service_icons(a)):
                b.identifiers[ident[0]] = ident[1]
            elif not ident and url and (page := link_profile_page(url, a)):
                b.links.setdefault(page, url)  # (the owner's Instagram or Mastodon among the footer's icons)
                if a.sourceline:
                    r.use([a.sourceline])
    if b.person["email"] is None:
        # "You may <a href="mailto:x">email</a> me" in the page's closing <address>: one address the whole page
        # gives is the owner's (several may be others', a coauthor's or the lab's office)
        mails = {}
        for a in r.body().iter("a"):
            if addr := mailto_address(a):
                mails.setdefault(addr.lower(), (addr, a.sourceline))
        if len(mails) == 1:
            addr, line = next(iter(mails.values()))
            b.person["email"] = addr
            if line:
                r.use([line])
    if not b.person_name:
        if not b.pubs:
            raise SourceError(r.no_name_message, path=doc.display, line=1)
        raise SourceError(NO_OWNER, path=doc.display, line=1)
    name = b.person_name
    alts = [a for a in b.alt_names if a != name]
    page_text = " ".join(itertext(r.root))  # (read once: the name's fuller form and the e-mail below)
    fuller = _with_middle_initial(name, page_text)
    if fuller and fuller not in alts:
        alts.append(fuller)
    if b.person["job_title"] is None:
        # no sentence names the position, a dated list does: "2013.03-Present, Associate Professor, X University"
        current = next((a for a in b.affiliations if a.current and a.role and a.end_year is None), None)
        if current is not None:
            b.person["job_title"] = current.role
        elif getattr(b, "studying_now", None) is not None and all(
                not a.role and fold(a.name) == fold(b.studying_now[1]) for a in b.affiliations):
            # "2025.08 - Current, CS PhD Student, University of Maryland" in the education list: no sentence and
            # no career line names a position, the degree under way says what and where the owner is (a sentence
            # that only names the place, "I work with X at University of Maryland", gives it no role)
            b.person["job_title"], place = b.studying_now
            if b.affiliations:
                b.affiliations = [a.model_copy(update={"role": b.person["job_title"]}) for a in b.affiliations]
            else:
                b.affiliations.append(Affiliation(name=place, role=b.person["job_title"], current=True))
    if b.person["email"] is None:
        # "thomas.kempton@manchester.ac.uk" at the foot of a page, in no contact block: an address whose
        # local part carries the owner's first or last name is the owner's
        tokens = {t for n in [name, *alts] for t in re.findall(r"[a-z]{3,}", fold(n))}
        for em in find_emails(fill_email_name(page_text, name)):
            local = local_letters(em)
            if EMAIL_ADDRESS.fullmatch(em) and any(t in local for t in tokens):
                b.person["email"] = em
                break
    if b.person["email"] is None:
        # a mail link a script writes out in ROT13 ("znvygb:..." is "mailto:...", the common spam shield)
        b.person["email"] = next((em for el in r.root.iter("script") if (em := rot13_mailto(el.text or ""))), None)
    _person_json_ld(linked_data, b, [name, *alts])
    if b.person["email"] is not None:
        b.person["email"] = fill_email_name(b.person["email"], name)
    if not b.affiliations:
        # "<h1>Roger Lee's resource page at Tarn University</h1>": the page says where its owner works
        body = r.root.find("body")
        heads = [norm(" ".join(itertext(el))) for el in (body.iter("h1") if body is not None else [])][:1]
        for text in [*heads, *([r.head_title[0]] if r.head_title else [])]:
            m = _PAGE_AT.search(text or "")
            if m and INSTITUTION_STRONG.search(m.group("org")):
                b.affiliations.append(Affiliation(name=m.group("org").strip(" .,"), current=True))
                break
    if not b.affiliations:
        place = _footer_place(r)
        if place is not None:
            b.affiliations.append(place)
    for d in b.pubs:
        ed = own_thesis_degree(d.pub, b.education) if d.pub.venue_type == "thesis" else None
        if ed is None:
            continue
        b.education.append(ed)
        add_advisors(b.advisors, thesis_advisors(d.pub))
    if not b.affiliations and b._pending_dept and b.person["job_title"] and _PLACE_OF_ITS_OWN.search(b._pending_dept):
        # "Research Software Engineer at the Lowland Data Centre" and no institution named after it: the unit the
        # post is at, kept for the institution a next line would name, is the place itself
        aff = affiliation_from(b._pending_dept, role=b.person["job_title"])
        if aff is not None:
            b.affiliations.append(aff)
    # a theme's demo CV left in place ("GitHub University"): its places are nobody's; a sentence's tail after a
    # place's name, a CV bullet, a date are no place's
    b.affiliations, unplaced = placed_affiliations([a for a in b.affiliations if not placeholder_text(a.name)])
    b.skipped += [Unparsed(line=line, text=f"no place's name: {a.name}", section="skipped")
                  for a, line in zip(unplaced, _lines_saying(doc, [a.name for a in unplaced]))]
    b.education = [e for e in b.education if not placeholder_text(e.institution)]
    studying = _STUDENT_ROLE.fullmatch((b.person["job_title"] or "").strip())
    place = b.affiliations[0] if b.affiliations and b.affiliations[0].current is not False else None
    if studying and place is not None and INSTITUTION_STRONG.search(place.name) and not DEPT_START.match(place.name) \
            and not any(fold(e.institution) in fold(place.name) or fold(place.name) in fold(e.institution)
                        for e in b.education if e.institution):
        # "PhD Candidate, Cornell University" as the owner's post: the degree they study for there (in progress)
        b.education.append(Education(degree=re.sub(r"['’]?s$", "", studying.group("deg")), institution=place.name))
    if b.affiliations and b.person["job_title"] and b.affiliations[0].role is None:
        b.affiliations[0] = b.affiliations[0].model_copy(update={"role": b.person["job_title"]})
    # a paragraph the prose reader kept that is one of the works read (no first person: "I study", "my", "we") (a citation under a year's heading, "Ruiz A,
    # Lee B. (2021). Title of the work. Journal, 3:12.", taken for the owner's words): the work's, no bio
    titles = [fold(d.pub.title) for d in b.pubs if d.pub.title and len(d.pub.title.split()) >= 4]
    b.bio = [t for t in b.bio if not any(
        title in fold(t) and len(t) <= len(title) + 400 and not OWN_VOICE.search(t)
        for title in titles)]
    shared = Counter(kv for s in b.students for kv in s.identifiers.items())
    for s in b.students:
        # a member card's icon linking the head's profile, or the lab's (on every card): no member's own
        s.identifiers = {k: v for k, v in s.identifiers.items() if b.identifiers.get(k) != v and shared[k, v] < 2}
    person = Person(
        name=name,
        alternate_names=alts,
        job_title=b.person["job_title"],
        affiliations=b.affiliations,
        email=b.person["email"],
        homepage=b.person["homepage"],
        image=b.person["image"],
        description="\n\n".join(b.bio) if b.bio else None,
        identifiers=b.identifiers,
        links=b.links,
        education=b.education,
        advisors=b.advisors,
        interests=b.interests,
        metrics=b.metrics,
        location=b.person["location"],
    )
    return Profile(
        person=person,
        publications=[d.pub for d in b.pubs],
        news=b.news,
        awards=b.awards,
        students=[s for s in b.students if not same_name(s.name, name)],  # a lab's members list its PI too
        service=b.service,
        talks=b.talks,
        teaching=b.teaching,
        unparsed=_unparsed(doc, b),
    )


_OWN_THESIS = lazy_compile(
    rf"(?i)^(?P<deg>(?:{THESIS_DEGREES}))\s+(?:thesis|dissertation)(?:,|\s+[·|])?\s+(?P<inst>[^()\[\]]{{6,120}})$")
"""A thesis's venue naming its degree and where it was written: "Ph.D. thesis, University of X, June 2002",
"M.Sc. Thesis · University of X"."""
_THESIS_DATE_TAIL = lazy_compile(r"(?i)(?:,?\s*(?:\w+\.?\s+)?(?:19|20)\d\d)?\s*(?:[.;]\s*(?:advis[eo]r|supervisor).*)?$")


_THESIS_ABSTRACT = lazy_compile(r"(?i)(?:this|my)\s+(?P<k>doctoral|ph\.?\s?d\.?|master['’]?s?|bachelor['’]?s?)\s+"
                              r"(?:thesis|dissertation)\b")
"""A work's abstract that opens by saying it is the owner's thesis ("This doctoral thesis explores ...")."""


def own_thesis_degree(pub: Publication, known: list[Education] = ()) -> Education | None:
    """The degree a thesis the owner wrote alone, in the list of their works, says they took, and where: its venue
    "Ph.D. thesis, University of X, June 2002" (old hand-written pages, a site's data file of works, say so nowhere
    else); None for another work, or for a place ``known`` holds already."""
    m = _OWN_THESIS.match(pub.venue or "")
    said = _THESIS_ABSTRACT.match(pub.abstract or "") if m is None and pub.venue else None
    if said and len(pub.authors) == 1 and pub.authors[0].is_self and len(pub.venue.split()) <= 6 \
            and not re.search(r"\d", pub.venue) and not any(
                fold(pub.venue) in fold(e.institution) or fold(e.institution) in fold(pub.venue) for e in known):
        # "venue: Tarn Tech" under "This doctoral thesis studies ...": the work says it is the owner's thesis, and a
        # thesis's venue is where it was defended
        kind = said.group("k").lower()
        degree = "PhD" if kind.startswith(("doctor", "ph")) else "Master" if kind.startswith("master") else "Bachelor"
        return Education(degree=degree, institution=pub.venue.strip(" ,.;"), year=pub.year)
    if len(pub.authors) != 1 or not pub.authors[0].is_self:
        return None
    if m is None and pub.venue_type == "thesis" and pub.venue:
        # a record that says it is a thesis (BibTeX's "@mastersthesis{..., school = {Tarn University}}", a data
        # file's "type: thesis") and names only where: a degree taken there, of the kind the venue does not say
        # ("Thesis. Oxford University": the kind of work before the place, as its venue line wrote it)
        inst = re.sub(r"(?i)^(?:thesis|dissertation)\b[.,:]?\s*", "", pub.venue).strip(" ,.;")
        place = fold(inst.split(",")[0])  # ("Tarn University, School of Sand": the university's)
        if not (INSTITUTION_STRONG.search(inst) or re.search(r"(?i)\binstitut", inst)) or len(inst.split()) > 10 \
                or any(place in fold(e.institution) or fold(e.institution) in fold(inst)
                       or pub.year is not None and e.year == pub.year for e in known):
            return None  # (a degree read already: the same place, or the same year's)
        return Education(institution=inst, year=pub.year)
    if m is None:
        return None
    inst = _THESIS_DATE_TAIL.sub("", m.group("inst")).strip(" ,.;")
    if not (INSTITUTION_STRONG.search(inst) or re.search(r"(?i)\binstitut", inst)) or len(inst.split()) > 10 or any(
            fold(inst) in fold(e.institution) or fold(e.institution) in fold(inst) for e in known):
        return None
    return Education(degree=m.group("deg").strip(" ,"), institution=inst, year=pub.year)


def thesis_advisors(pub: Publication) -> list[str]:
    """The advisors a thesis's notes name ("Advisors: A, B" under it, "Advisor: A" closing its venue line): those of
    the degree it earned, for the owner's own thesis (:func:`own_thesis_degree`)."""
    return [n for note in pub.notes if ADVISOR_LABEL.match(note) for n in advisors_in(note)]


_FM_NAME_KEYS = ("name", "author", "fullname", "full_name", "owner")
HOMEPAGE_TITLE_TAIL = lazy_compile(r"(?i)(?:['’]s?\s+(?:personal\s+|academic\s+)?(?:home\s*page|web\s*site|web\s*page|site|"
                                 r"(?:we)?b?log|notes|notebook|corner)|"
                            r"\s*[-|–—:]\s*(?:personal\s+|academic\s+)?(?:home\s*page|web\s*site|web\s*page))\s*$")
"""What follows the owner's name in a title that says whose site it is: "Ann Lee's homepage", "Ann Lee - Web Page",
"Ann Lee's Log" (a blog's name in the possessive)."""


def _front_matter_hints(fm) -> tuple[list[tuple[str, list[str], set[int]]], dict]:
    """Owner names a markdown page's front matter (:func:`kg.importers.document.read_front_matter`) states
    (``name``/``author``, or a ``title`` that is a name), with their lines, and the other person keys it has
    (``email``, ``url``, ``description``)."""
    hints: list[tuple[str, list[str], set[int]]] = []
    other: dict = {}
    if not fm.fence_lines:
        return hints, other

    def lines(key: str) -> set[int]:
        first, last = fm.spans.get(key, (0, -1))
        return set(range(first, last + 1))

    for key in _FM_NAME_KEYS:
        v = fm.data.get(key)
        if isinstance(v, dict):
            v = v.get("name")
        if isinstance(v, str) and v.strip():
            c = name_candidate(v)
            if c:
                hints.append((c[0], c[1], lines(key)))
    title = fm.data.get("title")
    if isinstance(title, str):
        title = markup_text(title)  # "<span style='...'>Ada Byron</span>" (Quarto)
    if not hints and isinstance(title, str) and title.strip():
        c = name_candidate(HOMEPAGE_TITLE_TAIL.sub("", title.strip()))
        if c and not section_kind(title):
            hints.append((c[0], c[1], lines("title")))
    for key in ("email", "url", "homepage", "website", "description", "bio"):
        v = fm.data.get(key)
        if isinstance(v, str) and v.strip():
            other[key] = (v.strip(), lines(key))
    return hints, other


def _included_note(doc: SourceDoc) -> str:
    """What to add to the error of a page of a Jekyll site made of the files it includes ("{% include_relative
    includes/pub.md %}", AcadHomepage's about page), read alone: its text and its owner are in those files and the
    site's configuration, which the site's reader reads; "" for another page."""
    if "include_relative" not in doc.text:
        return ""  # (asked of every page read: most include nothing)
    from ..site.files import INCLUDE_RELATIVE  # (the site readers read pages with this module)

    included = list(dict.fromkeys(INCLUDE_RELATIVE.findall(doc.text)))
    if not included:
        return ""
    return (f"; the page's text is partly in the files it includes ({', '.join(included[:3])}"
            f"{', ...' if len(included) > 3 else ''}): import the site's folder")


NO_OWNER = "publications found but no owner name; give --owner"
"""A page's error when it lists works and names nobody: its papers are there, read once an owner is given."""
NO_TEXT = "no recognizable profile: the page has no text (only front matter, comments or templates)"


_ROT13_MAILTO = re.compile(r"znvygb:((?:\\[0-7]{3}|\\x[0-9a-fA-F]{2}|[\w.+\-@])+)")
"""'mailto:' in ROT13 and the address after it, its characters maybe escaped as octal or hex (``\\100`` is '@')."""


def rot13_mailto(script: str) -> str | None:
    """The address of a mail link a script writes in ROT13, its characters maybe escaped (``"znvygb:nyq\\100
    rknzcyr\\056bet"`` -> ``ald@example.org``); None without one.

    >>> rot13_mailto('document.write("<n uers=\\"znvygb:nyq\\100rknzcyr\\056bet\\">...".replace(...))')
    'ald@example.org'
    """
    m = _ROT13_MAILTO.search(script)
    if m is None:
        return None
    text = re.sub(r"\\([0-7]{3})|\\x([0-9a-fA-F]{2})",
                  lambda e: chr(int(e.group(1), 8) if e.group(1) else int(e.group(2), 16)), m.group(1))
    address = codecs.decode(text, "rot13")
    return address if EMAIL_ADDRESS.fullmatch(address) else None


_STUDENT_ROLE = re.compile(
    # ("Presidential Fellow and Ph.D. candidate": another title of the owner's before the student's post)
    r"(?i)(?:[^,;()]{2,40}?\s+and\s+)?"
    # ("5th-year PhD Candidate", "rising 4-th year Ph.D. student", "Fifth-year Ph.D. candidate": the year of study)
    r"(?:(?:rising\s+)?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|\d-th)[- ]year\s+)?"
    r"(?P<deg>Ph\.?\s?D\.?|M\.?\s?Sc\.?|M\.?S\.?|master['’]?s?)\s+(?:candidate|student)")
"""The owner's post when it is a degree they study for ("PhD Candidate", "Ph.D. student", "MSc student", "master’s
student"), maybe in its year ("5th-year PhD candidate") or after another title ("X Fellow and PhD candidate")."""


def parse_markdown_page(doc: SourceDoc, options: ImportOptions, site_author: dict | None = None,
                        section: str | None = None) -> Profile:
    """A markdown page (README, ``about.md``, plain markdown) read by the same reader as HTML: rendered by
    :func:`kg.importers.document.render_markdown` on the same lines, then read as a page.

    ``site_author`` is the ``author:`` mapping of a Jekyll ``_config.yml`` (``name``, ``email``, profile ids
    such as ``googlescholar``/``orcid``, ``site_url`` the base of relative links and the homepage): what the
    page itself states wins, the config fills what it leaves out. ``section`` is the section the page is from its
    first line when its ``title:`` does not say (a file another page includes under its "## Publications").

    >>> from pathlib import Path
    >>> d = SourceDoc(Path("a.md"), "# Ada Lovelace\\n\\n## Publications\\n\\n- **A Paper About Engines**<br>"
    ...     "**Ada Lovelace**, C. Babbage<br>*CVPR*, 2020\\n")
    >>> p = parse_markdown_page(d, ImportOptions())
    >>> p.person.name, p.publications[0].title, p.publications[0].authors[0].is_self
    ('Ada Lovelace', 'A Paper About Engines', True)
    """
    from ..document import jemdoc_to_markdown, read_front_matter, render_markdown

    site_author = dict(site_author or {})
    fm = read_front_matter(doc)  # read once: owner hints, person keys and the page's title
    hints, fm_other = _front_matter_hints(fm)
    # a jemdoc source is markdown once its own markup is rewritten, on the same lines
    suffix = doc.path.suffix.lower()
    html_lines: set[int] = set()
    rendered, residue = render_markdown(jemdoc_to_markdown(doc.text) if suffix == ".jemdoc" else doc.text,
                                        pandoc=suffix in (".qmd", ".rmd"), html_lines=html_lines)
    if not _has_text(rendered):
        raise SourceError(NO_TEXT + _included_note(doc), path=doc.display, line=1)
    rdoc = SourceDoc(path=doc.path, text=rendered, display=doc.display)
    for line in residue:
        rdoc.ignore(line)
    site_name = site_author.get("name") if isinstance(site_author.get("name"), str) else None
    if site_name and not options.owner:
        c = name_candidate(site_name)  # "Hankai Liu (刘涵凯)": the name, and the other script as a hint
        if c and not has_cjk(c[0]):
            if c[1]:
                hints = [(c[0], c[1], set()), *hints]
            site_name = c[0]
    owner = options.owner or site_name
    base = site_author.get("site_url")
    if not base and "url" in fm_other and repair_url(fm_other["url"][0]):
        base = repair_url(fm_other["url"][0])
    base = base or options.base_url  # --base-url: where the page is published, when it does not say
    fm_title = fm.data.get("title") if isinstance(fm.data.get("title"), str) else None
    # a Jekyll page titled "Publications" (``_pages/publications.md``) is that section from its first line
    # (a site under a path, "https://host/~me", is a folder: "x.pdf" is https://host/~me/x.pdf)
    r, b = _prepare(rdoc, ImportOptions(owner=owner, base_url=options.base_url), folder_url(base) if base else None,
                    initial_section=(section_kind(fm_title.strip()) if fm_title and fm_title.strip() else None) or section)
    r.name_hints = hints
    r.no_name_message = "no researcher name: no heading, front matter or author list names the page's owner"
    r.no_name_message += _included_note(doc)
    b.ctx.soft_lines = True
    b.ctx.html_lines = frozenset(html_lines)
    if base:
        r.canonical = repair_url(base)  # the site's url: the page's homepage
    else:
        r.canonical = _placeholder_root(r.root)
    with link_texts_kept():
        profile = _read_page(r, b)
    person = profile.person
    for key, (value, lines) in fm_other.items():
        took = False
        if key == "email" and "@" in value and not person.email:
            person.email, took = value.removeprefix("mailto:"), True
        elif key in ("url", "homepage", "website") and repair_url(value) and not person.homepage:
            person.homepage, took = repair_url(value), True
        elif key in ("description", "bio") and not person.description and len(value.split()) >= 5:
            person.description, took = value, True
        if took and lines:
            rdoc.use(min(lines), max(lines))
    home = site_author.get("site_url") or site_author.get("uri")
    if isinstance(home, str) and repair_url(home) and not person.homepage:
        person.homepage = repair_url(home)
    from ..site.fields import apply_author  # (the site package reads pages with this module: imported here)

    apply_author(person, site_author, lambda path: abs_url(path, b.ctx))
    doc.used |= rdoc.used
    doc.ignored |= rdoc.ignored
    doc.sections.update(rdoc.sections)
    profile.unparsed = _unparsed(doc, b)
    return profile


def _has_text(html_text: str) -> bool:
    """Whether a page holds any text outside its markup: ``re.search(r"[^\\s]", MARKUP.sub("", html_text))``,
    without writing the page out again: the text between two pieces of markup is looked at as the scan reaches it,
    and the first that is not all space (``str.isspace``, exactly what ``\\s`` matches) answers."""
    pos = 0
    for m in MARKUP.finditer(html_text):
        if m.start() > pos and not html_text[pos:m.start()].isspace():
            return True
        pos = m.end()
    return len(html_text) > pos and not html_text[pos:].isspace()


_BIG_HOSTS = (
    "github.com", "arxiv.org", "scholar.google.com", "google.com", "youtube.com", "twitter.com", "x.com",
    "linkedin.com", "doi.org", "dl.acm.org", "ieeexplore.ieee.org", "openreview.net", "example.com",
)


def _big_host(host: str) -> bool:
    """Whether a site's host (:func:`~kg.importers.common.site_host`) is one of :data:`_BIG_HOSTS` or under one
    ("gist.github.com"): a host of many people's pages (or a placeholder, example.com), no one owner's site."""
    return any(on_host(host, h) for h in _BIG_HOSTS)


def json_ld_blocks(root):
    """The page's JSON-LD blocks (``<script type="application/ld+json">``), each parsed; a block the page got wrong
    (as a browser's parser would refuse it), one nested past the JSON parser's depth or one over 100,000 characters
    is skipped. The one reader of JSON-LD every reader of it asks (the site's address, the owner's card)."""
    import json

    for script in root.iter("script"):
        text = script.text or ""
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not text or len(text) > 100_000:
            continue
        try:
            yield json.loads(text)
        except (ValueError, RecursionError):
            continue


_OWN_NODE_TYPES = frozenset({"Person", "WebSite", "ProfilePage"})
"""The schema.org nodes of a page's JSON-LD whose ``url`` is the site's own: its owner (``Person``), the site
(``WebSite``, as jekyll-seo-tag writes it) and the profile page (``ProfilePage``, its ``mainEntity`` the owner)."""


def _ld_types(node: dict) -> set:
    """A JSON-LD node's ``@type``, one name or a list of them, as a set of names (anything else in the list, an
    object a page wrote there, is no name and no crash)."""
    kinds = node.get("@type")
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    return {k for k in kinds if isinstance(k, str)}


def linked_data_site(blocks: Iterable) -> str | None:
    """The site's address a page's JSON-LD (its blocks, :func:`json_ld_blocks`) states (``{"@type": "Person", "url":
    "https://www.example.de"}``): the first absolute ``url`` of a Person, WebSite or ProfilePage node (or of a
    ProfilePage's ``mainEntity``), top-level or in ``@graph``; an author nested in an article is another's, a
    relative ``"url": "/"`` places nothing, and an address of a profile host (LinkedIn, GitHub...) is no site."""
    for data in blocks:
        nodes = data if isinstance(data, list) else [data]
        nodes = [n for d in nodes if isinstance(d, dict) for n in [d, *(d.get("@graph") or [])] if isinstance(n, dict)]
        found = []
        for node in nodes:
            kinds = _ld_types(node)
            if not kinds & _OWN_NODE_TYPES:
                continue
            main = node.get("mainEntity") if "ProfilePage" in kinds else None
            for url in (node.get("url"), main.get("url") if isinstance(main, dict) else None):
                url = repair_url(url) if isinstance(url, str) and re.match(r"(?i)https?://", url.strip()) else None
                host = site_host(url) if url else ""
                if not url or identifier_from_url(url) or _big_host(host):
                    continue
                if "WebSite" in kinds:
                    return url
                if _SITE_ROOT_PATH.fullmatch(url_parts(url).path):
                    found.append(url)
        if found:
            return found[0]
    return None


_SITE_ROOT_PATH = lazy_compile(r"/?|/~[^/]+/?")
"""The path of a Person's or a ProfilePage's ``url`` that is a site's own root ("https://www.ann.de", a
"/~ann/" folder): a page under it ("https://ann.me/about/", a university's "/people/ann-lee") is the person's
page, no base of the home page's links; a ``WebSite``'s ``url`` is the site's whatever it is, and it comes
first ("@graph": [Person /about/, WebSite /])."""


def _placeholder_root(root) -> str | None:
    """The site a template page is on, as its paper links betray it: ``[Paper](https://me.github.io/)`` left
    pointing at the site's root (twice, or once on a ``github.io`` site) instead of at a paper."""
    roots: Counter[str] = Counter()
    projects: set[str] = set()  # roots only "[Project Page]" links point at: a paper's own site may be a root
    for a in root.iter("a"):
        url = repair_url((a.get("href") or "").strip())
        if not url:
            continue
        # (the link's target first: most point below a site's root, and their labels need not be read)
        parts = url_parts(url)
        if parts.path.strip("/") not in ("", "index.html") or parts.query:
            continue
        label = link_text(a)
        kind = label_kind(label) if label else None
        if not label or not (kind or fold(label) in ("paper", "pdf", "code", "project")):
            continue
        host = site_host(parts)
        if not _big_host(host):
            key = f"{parts.scheme}://{parts.netloc}/"
            project = kind == "project" and "project" in fold(label)  # (a "Website" may be the owner's own)
            if key not in roots and project:
                projects.add(key)
            elif not project:
                projects.discard(key)
            roots[key] += 1
    if roots:
        url, n = roots.most_common(1)[0]
        if n >= 2 or (url.split("/")[2].endswith(".github.io") and url not in projects):
            # ("[Project Page](https://tool.github.io/)" once: the paper's own site, as project pages often are)
            return url
    return None


def folder_url(url: str) -> str:
    """The URL relative links of a page resolve against: a canonical URL written without its
    trailing slash (``https://host/~me``) names a folder, not a file in the host's root.

    >>> folder_url("https://people.example.edu/~mgarcia"), folder_url("https://x.org/a/index.html")
    ('https://people.example.edu/~mgarcia/', 'https://x.org/a/index.html')
    """
    parts = url_parts(url)
    last = parts.path.rsplit("/", 1)[-1]
    if last and "." not in last and not parts.query:
        return urlunsplit((parts.scheme, parts.netloc, parts.path + "/", "", ""))
    return url


def _json_ld_people(data, depth: int = 0):
    """The schema.org ``Person`` objects of a JSON-LD block, wherever they sit (the block itself, a list of blocks,
    ``@graph``, a ``ProfilePage``'s ``mainEntity``), in order."""
    if depth > 4:
        return
    if isinstance(data, list):
        for x in data:
            yield from _json_ld_people(x, depth + 1)
    elif isinstance(data, dict):
        if "Person" in _ld_types(data):
            yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _json_ld_people(data[key], depth + 1)


def _ld_text(value) -> str | None:
    """A JSON-LD value as one line of text: a string, or an object's ``name`` (``{"@type": "Organization",
    "name": "X"}``); None for anything else."""
    if isinstance(value, dict):
        value = value.get("name")
    return norm(value) or None if isinstance(value, str) else None


def _person_json_ld(blocks: list, b: Builder, names: list[str]) -> None:
    """What a schema.org ``Person`` block in the page's JSON-LD (its parsed blocks, :func:`json_ld_blocks`) says of
    the owner (the search engines' card of an SEO-minded page: ``jobTitle``, ``worksFor``/``affiliation``,
    ``sameAs`` profiles, ``email``), where the page's own text gave none of it; only a block naming the owner."""
    for data in blocks:
        for person in _json_ld_people(data):
            if not any(same_name(_ld_text(person.get("name")) or "", n) for n in names if n):
                continue
            job = _ld_text(person.get("jobTitle"))
            if b.person["job_title"] is None and job and len(job) <= 100:
                b.person["job_title"] = job
            if not b.affiliations:
                works = person.get("worksFor") or person.get("affiliation")
                for org in (works if isinstance(works, list) else [works])[:3]:
                    org_name = _ld_text(org)
                    if org_name and len(org_name) <= 150:
                        b.affiliations.append(Affiliation(name=org_name, role=b.person["job_title"], current=True))
            same = person.get("sameAs")
            for url in same if isinstance(same, list) else [same]:
                ident = identifier_from_url(url) if isinstance(url, str) else None
                if ident:
                    b.identifiers.setdefault(ident[0], ident[1])
            mail = _ld_text(person.get("email"))
            if b.person["email"] is None and mail:
                addr = mail.removeprefix("mailto:").strip()
                if EMAIL_ADDRESS.fullmatch(addr):
                    b.person["email"] = addr
            return


def _citation_meta(r: Reader, b: Builder) -> None:
    """A page describing one paper (Google Scholar ``citation_*`` meta tags, as Hugo and
    al-folio publication pages carry): one publication."""
    title = r.meta_value("citation_title")
    if not title:
        return
    if any(fold(d.pub.title) == fold(title[0]) for d in b.pubs):
        return
    authors = r.meta.get("citation_authors") or []
    pub = Publication(title=title[0])
    lines = {title[1]}
    al = []
    for name in authors:  # type: ignore[union-attr]
        if "," in name:
            family, _, given = name.partition(",")
            name = f"{given.strip()} {family.strip()}"
        al.append(Author(name=name))
    pub.authors = al
    date = r.meta_value("citation_publication_date", "citation_date", "citation_online_date")
    if date:
        d = date[0].replace("/", "-")
        m = re.match(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", d)
        if m:
            try:
                pub.date = "-".join([m.group(1)] + [f"{int(g):02d}" for g in m.groups()[1:] if g])
            except ValueError:
                pub.year = int(m.group(1))
            lines.add(date[1])
    venue = r.meta_value("citation_conference_title", "citation_journal_title", "citation_inbook_title")
    if venue:
        v = parse_venue(venue[0])
        set_venue(pub, v)
        lines.add(venue[1])
    for key, kind in (("citation_pdf_url", "pdf"), ("citation_abstract_html_url", "paper")):
        v = r.meta_value(key)
        if v:
            url = abs_url(v[0], b.ctx)
            if url:
                add_link(pub, kind, url, b.ctx)
                lines.add(v[1])
    for key in ("citation_doi",):
        v = r.meta_value(key)
        if v:
            try:
                pub.doi = v[0]
                lines.add(v[1])
            except ValueError:
                pass
    v = r.meta_value("citation_arxiv_id")
    if v:
        pub.arxiv = v[0]
    pub.line = r.L(title[1])
    b.pubs.append(PubDraft(pub=pub, highlighted=[], lines={x for x in lines if x}))
    r.use(x for x in lines if x)


# --- detection ---------------------------------------------------------------------------------------

_MD_SIGNALS = re.compile(r"^(#{1,6}\s|\s*[-*+]\s+\S|\s*\d+\.\s+\S|={3,}\s*$|-{3,}\s*$|>\s)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*",
                         re.M)


def detect(doc: SourceDoc) -> float:
    """Confidence that ``doc`` is an HTML page (not markdown with a few inline tags)."""
    text = doc.text
    head = text[:5000].lstrip("\ufeff \t\n").lower()
    suffix = doc.path.suffix.lower()
    if head.startswith("---\n") or head.startswith("+++\n"):
        # a front-matter file (Jekyll/Hugo source): markdown or a layout template, not a page
        return 0.15 if suffix in (".html", ".htm") else 0.02
    score = 0.0
    if head.startswith("<!doctype html") or re.match(r"<\?xml[^>]*>\s*<!doctype html", head):
        score = 0.95
    elif re.search(r"<html[\s>]", head):
        score = 0.9
    elif re.search(r"<body[\s>]", head) or re.search(r"<head[\s>]", head):
        score = 0.85
    if score:
        return score
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return 0.0
    tag_lines = sum(1 for ln in lines if ln.startswith("<") or ln.endswith(">"))
    md = len(_MD_SIGNALS.findall(text))
    ratio = tag_lines / len(lines)
    if suffix in (".html", ".htm", ".xhtml"):
        if not re.search(r"<[A-Za-z][^>]*>", text):
            return 0.05  # named .html but holds no markup
        return 0.7 if ratio >= 0.3 else 0.4
    if md == 0 and ratio >= 0.8 and len(lines) >= 3 and re.search(r"<(ul|ol|table|div|p|li|tr)[\s>]", text, re.I):
        return 0.5
    return 0.05 if tag_lines else 0.0


IMPORTER = Importer(
    name="html",
    detect=detect,
    parse=parse_html,
)
