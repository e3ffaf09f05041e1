"""Markdown sites: Quarto websites, theme-less Jekyll sites and GitHub profile READMEs.

Takes a home page (``index.qmd``, ``index.md``, ``README.md`` ...) with the section pages its links or navbar
name and ``_quarto.yml``; gives one profile, the owner from ``--owner``, the configuration, the home page, the
site title or who the pages are about (:mod:`.owner`).
"""

from __future__ import annotations

import html as _html
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from ...errors import SourceError
from ...model import Person, Profile
from ..base import HTML_SUFFIXES, ImportOptions, SourceDoc
from ..common import (BOOK_VENUE_KEYS, GITHUB_NOT_ACCOUNTS, find_email, fold, identifier_from_url, is_head_role,
                      lazy_compile, own_spelling, owner_variant, paragraphs, repair_url, same_name, section_kind,
                      without_honorifics)
from ..document import _LIQUID, HEADING, HEADING_LINE, FrontMatter, front_matter_or_none, has_code_cell, heading_box, heading_text, \
    jemdoc_to_markdown, read_front_matter
from .assemble import Part, assemble, merge_person, merge_same_person, only_if_same_person
from .fields import SOCIAL_KEYS, absolute_url, apply_social, as_text, md_links, md_text, read_subtitle, value_at, walk_values
from .files import (
    BUILD_DIRS,
    INCLUDE_JEKYLL,
    INCLUDE_RELATIVE,
    INCLUDE_SHORTCODE,
    MD_SUFFIXES,
    SITE_CONFIGS,
    backup_reason,
    settle_keys,
    collection_document,
    collection_documents,
    doc_or_none,
    first_file,
    translation_of,
    folder_pages,
    frozen_path,
    has_site_config,
    ignore_front_matter,
    included_pages,
    includes,
    inside_site,
    local_href,
    is_template,
    jekyll_config,
    load_config,
    mark_comments,
    not_a_page,
    jekyll_pages,
    opens_front_matter,
    page_files,
    file_text, read_file,
    raw_checksum,
    read_or_blank,
    rel_path,
    site_includes,
    site_pages,
    skip_notes,
)
from .html_site import parse_html_site
from .owner import group_name, lab_owner, outclaimed, person_title, titled_owner
from .pages import (CV_NAMES, MAX_LINKED_PAGES, UNLINKED_KINDS, autolinked_view, bibtex_part, cv_page, html_file_part,
                    html_page_kind, html_part, markdown_part, md_page_kind, name_kind, read_page, titled_view, unread_file,
                    unread_part)
from .listings import quarto_listing_kind
from .records import DATA_LOOP, data_parts, printed_field_keys


_MD_HOMES = ("index.qmd", "index.md", "index.markdown", "index.rmd", "about.qmd", "about.md", "README.md",
             "readme.md")


def markdown_site_pages(root: Path, home: Path, links: list[str] = (), menu: bool = False,
                        own_served: list[Path] = ()) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The other pages of a markdown site: those ``links`` (the home's or the navbar's targets) point to
    under a section name, and the folder's pages whose name, title or first heading names publications,
    students, news or awards (on a site with a ``menu``, a page it leaves out and titles otherwise, such as a
    "publications.qmd" titled "Media", is not its list of papers), those of its own folders the generator
    serves at an address of their own (``own_served``: ``pages/news.md`` with ``permalink: /news/``) judged the
    same way; and the backups (``research.md~``, ``x.bak``, ``old/``) left unread, with why."""
    skipped = [(f, why) for f in page_files(root, MD_SUFFIXES) for why in [backup_reason(f.name)] if why]
    out: list[Path] = []
    home_r = home.resolve()
    collections: dict[str, Path] | None = None  # (the site's collection documents, read at the first link to none)
    for href in map(local_href, links):
        if href is None:
            continue
        target = (root / href.lstrip("/")).resolve()
        if not target.exists():
            target = _served_file(root, root, href) or target
        if not target.exists() and href.startswith("/"):
            # a page in the home's own folder (Hexo's "source/about/index.md" at "/about/"), or under a project
            # site's address ("/my_site/about/index.html" on a site served at https://user.github.io/my_site/)
            rel = href.lstrip("/")
            bare = rel.split("/", 1)[1] if "/" in rel.strip("/") else None
            for folder in dict.fromkeys([root, home.parent]):
                for path in ([rel] if folder != root else []) + ([bare] if bare else []):
                    found = inside_site(root, folder / path)
                    if found is not None and (found.exists() or found.with_suffix(".md").is_file()):
                        target = found
                        break
                else:
                    continue
                break
        if not target.exists() and collections is None:
            collections = collection_documents(root)
        served = collection_document(collections, href) if not target.exists() else None
        target = served.resolve() if served is not None else target
        if target.is_dir():
            target = first_file(target, ("index.md", "index.markdown", "index.qmd")) or target
        elif target.suffix == "" or target.suffix.lower() == ".html":
            target = next((target.with_suffix(s) for s in MD_SUFFIXES if target.with_suffix(s).is_file()), target)
            if not target.is_file() and target.with_suffix(".html").is_file():
                target = target.with_suffix(".html")  # "/papers/": the front-matter page papers.html
        try:
            rel = target.relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
        if target.is_file() and target not in out and _served_list(target):
            out.append(target)  # (an HTML list of papers the generator serves as it is: bibtex2html's)
            continue
        if not target.is_file() or target == home_r or target in out or backup_reason(rel) \
                or not target.name.lower().endswith(MD_SUFFIXES) and not opens_front_matter(target) and served is None:
            continue
        # a page the site links from its menu or home may also be about its owner ("Bio": education, positions)
        kind = md_page_kind(target, doc_or_none(target))
        if kind not in (*UNLINKED_KINDS, "bio", "education", "contact"):
            # ("Professional Experiences" over "== Teaching" and "== Mentoring": a page named for what kg does not
            # read may hold a section it does)
            kind = _heading_kind(doc_or_none(target)) or kind
        # (and its contact page: the owner's email and address)
        if kind in UNLINKED_KINDS or kind in ("bio", "education", "contact") and (target.stem.lower() not in (
                "index", "_index", "home", "readme")  # (an index page is some site's home, a blog's listing)
                or target.parent != root.resolve() and (name_kind(target) in ("bio", "education", "contact")
                                                        or cv_page(rel))):
            out.append(target)  # ("about/index.md", "cv/_index.md": the page its folder is named for)
    # a page of papers that only points to its list ("View publications: [By year](/papers/all.html)", a list
    # bibtex2html made and the site serves as it is): the first list it links is read, not a second ordering of it
    for page in [p for p in out if p.name.lower().endswith(MD_SUFFIXES)]:
        text = pdoc.text if (pdoc := doc_or_none(page)) is not None else ""
        if md_page_kind(page, pdoc) == "publications":
            found = next((t for _label, href in md_links(text) if (t := _served_file(root, page, href)) is not None
                          and t not in out and _served_list(t)), None)
            if found is not None:
                out.insert(out.index(page) + 1, found)
    # (beside: a home in "docs/", or in Hexo's "source/" with its pages in folders: "source/publications/index.md")
    beside = [*jekyll_pages(home.parent), *folder_pages(home.parent)] if home.parent.resolve() != root.resolve() \
        else []
    for f in [*jekyll_pages(root), *beside, *folder_pages(root), *own_served]:
        r = f.resolve()
        if r == home_r or r in out or backup_reason(f.name) or f.name.lower() == "index.html" or not_a_page(f.name):
            continue
        if any(translation_of(r) == translation_of(p) for p in (home_r, *out)):
            # (the home or a page read, in another language: "_index.fr.md" beside "_index.en.md", and "about.md"
            # beside "about.en.md" read first, as "about.fr.md" beside "about.md")
            continue
        if f.stem.lower() in CV_NAMES and not menu:
            out.append(r)  # the owner's CV page ("vita.md" a layout's sidebar lists): degrees, supervisions
        elif md_page_kind(f, doc_or_none(f)) in UNLINKED_KINDS:
            title = titled_view(doc_or_none(f))[1] if menu and doc_or_none(f) is not None else None
            if title and section_kind(title) not in UNLINKED_KINDS:
                continue  # (titled as no list kg reads, or as one of no papers nor people: "Media" is press)
            out.append(r)
    # a page made of fragments ("{% include_relative _includes/news.md %}" on a "Research" or "Services" page):
    # each fragment the site's pages pull in is judged as a page of its own, read after the page that includes it
    for page in [home_r, *out, *(f.resolve() for f in page_files(root, MD_SUFFIXES) if not backup_reason(f.name))]:
        at = out.index(page) + 1 if page in out else len(out)
        for inc in included_pages(root, page):
            if inc != home_r and inc not in out and not backup_reason(inc.name) and (
                    md_page_kind(inc, doc_or_none(inc)) or _heading_kind(doc_or_none(inc))) in UNLINKED_KINDS:
                out.insert(at, inc)
                at += 1
    return out[:MAX_LINKED_PAGES], skipped


def _served_file(root: Path, page: Path, href: str) -> Path | None:
    """The file of the site a markdown page's link points to: relative to the page, else to the site's root,
    else under Hugo's ``static/`` (which Hugo serves at the site's root: ``static/papers/all.html`` is
    ``/papers/all.html``); None for another site's address or a file the folder does not hold."""
    href = local_href(href)
    if href is None:
        return None
    rel = href.lstrip("/")
    for path in ([] if href.startswith("/") else [page.parent / href]) + [root / rel, root / "static" / rel]:
        target = inside_site(root, path)
        if target is not None and target.is_file():
            return target
    return None


def _served_list(path: Path) -> bool:
    """Whether ``path`` is an HTML page of papers the generator serves as it is (no front matter: a list
    bibtex2html made), by its name, ``<title>`` or first heading."""
    return path.name.lower().endswith(HTML_SUFFIXES) and not opens_front_matter(path) \
        and html_page_kind(path) == "publications"


def _heading_kind(doc: SourceDoc | None) -> str | None:
    """The first section a page's ``##`` headings name that kg reads (a "CV" page: Awards, Education ...), or
    its Pandoc heading boxes (:func:`~kg.importers.document.heading_box`); a jemdoc source's as it renders them
    ("== Short Bio" on a lab's "PI" page)."""
    text = "" if doc is None else jemdoc_to_markdown(doc.text) if doc.path.suffix.lower() == ".jemdoc" else doc.text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = HEADING_LINE.match(line)
        m = m if m and len(m.group(1)) in (2, 3) else None
        box = heading_box(lines, i) if m is None else None
        text = m.group(2).strip() if m else box[1] if box else None
        kind = section_kind(text) if text and "{" not in text else None
        if kind in (*UNLINKED_KINDS, "bio", "education"):
            return kind
    return None


def _bibliographies(fm: FrontMatter) -> list[str]:
    """The files a Pandoc page's front matter names as its ``bibliography`` (one, or a list of them)."""
    bibs = fm.data.get("bibliography")
    return [bibs] if isinstance(bibs, str) else [b for b in bibs if isinstance(b, str)] if isinstance(bibs, list) else []


def _missing_bibliography(page: Path, doc: SourceDoc) -> bool:
    """Whether the page's front matter names a bibliography (``bibliography: refs/papers.bib``) none of whose
    files is among the sources: a script writes it before each render, so only the rendered page has the list."""
    fm = front_matter_or_none(doc)
    if fm is None:
        return False
    # (a template's value, a remote file: not ours)
    bibs = [b for b in _bibliographies(fm) if "{" not in b and "://" not in b]
    return bool(bibs) and not any((page.parent / b.strip()).is_file() for b in bibs)


def rendered_page(root: Path, page: Path, out_dir: Path | None) -> Path | None:
    """The rendered HTML of a page whose content is computed at render time: by code cells (a Quarto page that
    builds its list of papers from a data file), or from a bibliography file the sources do not hold (a
    pre-render script makes it), when the site's output folder holds it; else None."""
    doc = doc_or_none(page) if out_dir is not None else None
    if doc is None or not (has_code_cell(doc.text) or _missing_bibliography(page, doc)):
        return None
    rel = page.resolve().relative_to(root.resolve()).with_suffix(".html")
    target = out_dir / rel
    return target if target.is_file() else None


def frozen_view(root: Path, page: Path) -> SourceDoc | None:
    """The markdown a Quarto page whose code cells compute what it shows renders from: Quarto's frozen execution
    of it, ``_freeze/<page's path without suffix>/execute-results/html.json``, whose ``result.markdown`` is the
    page with each cell replaced by its output (a list of papers a cell fetched from Zotero); its lines those of
    that markdown (one JSON string). None when the page has no code cell or no such file holds its markdown."""
    import json

    frozen = root / frozen_path(page.resolve().relative_to(root.resolve()).as_posix())
    if not frozen.is_file():
        return None  # (most sites: the page is not read a second time just to say so)
    doc = doc_or_none(page)
    if doc is None or not has_code_cell(doc.text):
        return None
    try:
        data = json.loads(SourceDoc.read(frozen).text)
    except (SourceError, ValueError):
        return None
    result = data.get("result") if isinstance(data, dict) else None
    text = result.get("markdown") if isinstance(result, dict) else None
    if not isinstance(text, str) or not text.strip():
        return None
    return SourceDoc(path=frozen, text=text.replace("\r\n", "\n"), display=str(frozen))


def _heading_above(lines: list[str], n: int) -> str | None:
    """The text of the last heading (``## X``, ``<h2>X</h2>``) written above line ``n`` (1-based), or None."""
    for line in reversed(lines[: n - 1]):
        h = HEADING.search(line)
        heading = md_text(re.sub(r"<[^>]+>|\{[^{}]*\}\s*$", "", heading_text(h, ""))).strip() if h else ""
        if heading:
            return heading
    return None


def page_includes(root: Path, page: Path, doc: SourceDoc | None) -> list[tuple[Path, str | None, int]]:
    """The markdown files a Quarto page pulls in with ``{{< include FILE >}}`` and a Jekyll page with ``{% include
    FILE.md %}`` (from ``_includes/``; :func:`~.files.includes`), and the HTML a Hugo page's call of one of its
    site's own written-out shortcodes puts in it (:func:`_static_shortcodes`), each with the section the heading
    written above the include names (else the page's title), and the include's line."""
    shortcodes = root / "layouts" / "shortcodes"
    if doc is None or "include" not in doc.text and not ("{{" in doc.text and shortcodes.is_dir()):
        return []
    fm = front_matter_or_none(doc)
    title = md_text(as_text(fm.data.get("title")) or "").strip() if fm is not None else ""
    lines = doc.text.split("\n")
    out: list[tuple[Path, str | None, int]] = []
    found = includes(root, page, doc.text, INCLUDE_SHORTCODE)
    # ("{% include_relative _includes/about.md %}": minimal-light's home page, its text all in the parts it names)
    found = sorted(found + includes(root, page, doc.text, INCLUDE_RELATIVE), key=lambda x: x[1])
    if (root / "_includes").is_dir():
        found = sorted(found + includes(root, page, doc.text, INCLUDE_JEKYLL, folders=(root / "_includes",)),
                       key=lambda x: x[1])
    if shortcodes.is_dir() and "{{" in doc.text:
        found = sorted(found + _static_shortcodes(root, shortcodes, lines), key=lambda x: x[1])
    for target, n in found:
        heading = _heading_above(lines, n)
        out.append((target, section_kind(heading) if heading else section_kind(title) if title else None, n))
    return out


def _fuller_name(name: str, title: str) -> bool:
    """Whether ``name`` (the home page's) is the person ``title`` (the site's) names, written with more of their
    names ("Carlos Manuel Lee Ruiz" for "Carlos Lee Ruiz"; not "Ann Moreau" for "Ann B Moreau")."""
    return len(name.split()) > len(title.split()) and owner_variant(title, name)


_SHORTCODE_CALL = re.compile(r"\{\{[<%]\s*([\w-]+)\s*/?[>%]\}\}")
"""A Hugo page calling one of its site's shortcodes with no arguments (``{{< profile >}}``)."""


def _static_shortcodes(root: Path, folder: Path, lines: list[str]) -> list[tuple[Path, int]]:
    """The site's own shortcodes a Hugo page calls with no arguments (``{{< profile >}}``) whose template
    (``layouts/shortcodes/profile.html``) is HTML written out, no template code in it (a profile card, a contact
    box): the HTML Hugo puts in the page there, as (file, the 1-based line of the call)."""
    out: list[tuple[Path, int]] = []
    for n, line in enumerate(lines, start=1):
        for m in _SHORTCODE_CALL.finditer(line):
            target = inside_site(root, folder / f"{m.group(1)}.html")
            if target is None or not target.is_file():
                continue
            text = doc_or_none(target)
            if text is not None and "{{" not in text.text and "{%" not in text.text:
                out.append((target, n))
    return out


def _included_owner(found: list[tuple[Path, str | None, int]], base: str | None) -> str | None:
    """Who the first markdown file a page includes (``found``, :func:`page_includes`) that names someone names: the
    owner of a page whose own text is only its includes."""
    for target, _section, _n in found:
        idoc = doc_or_none(target)
        try:
            name = read_page(idoc, "markdown", None, base).person.name if idoc is not None else None
        except SourceError:
            continue
        if name:
            return name
    return None


def include_parts(root: Path, page: Path, doc: SourceDoc, owner: str, base: str | None,
                  seen: set[Path]) -> list[Part]:
    """The files a page includes (:func:`page_includes`) not read yet (``seen``), each read as a markdown page
    that is from its first line the section named above its include; the include lines of ``doc`` (the page as
    read) are marked as read."""
    out: list[Part] = []
    for target, section, n in page_includes(root, page, doc_or_none(page)):
        doc.use(n)
        if target in seen:
            continue  # (a list both languages' pages include is one list)
        seen.add(target)
        idoc, bad = read_or_blank(root, target)
        rel = rel_path(root, target)
        level = INCLUDE_SHORTCODE.search(doc.lines[n - 1]) if n <= len(doc.lines) else None
        if bad is None and target.suffix.lower() == ".org" and level and level.group(2):
            from .pages import org_view

            idoc = org_view(SourceDoc.read(target, display=str(target)), int(level.group(2)))
        if bad is not None:  # an empty fragment ("{{< include _talks.qmd >}}" not written yet): said, not fatal
            out.append(unread_part(rel, idoc, "markdown", bad, raw_checksum(target)))
            continue
        try:
            out.append(Part(rel, idoc, "markdown", profile=read_page(idoc, "markdown", owner or None, base, section),
                            checksum=idoc.checksum))
        except SourceError as err:
            out.append(unread_part(rel, idoc, "markdown", err, idoc.checksum))
    return out


def read_markdown_pages(root: Path, pages: list[Path], owner: str, base: str | None,
                        out_dir: Path | None = None, seen: set[Path] | None = None,
                        folder_base: bool | Callable[[Path], str | None] = False) -> list[Part]:
    """Each section page of a markdown site read by the markdown page reader, titled as it renders (a page
    computed by code from its rendered HTML in ``out_dir``), followed by the files it includes that are not in
    ``seen`` (the included files already read). ``folder_base``: the generator serves a page of a folder of the
    site at that folder's address (Jekyll's ``pubs/index.html`` at /pubs/), where its relative links lead; or
    the generator's own answer, a page's address (None: the site's ``base``), as Hugo serves a bundle's page."""
    parts = []
    seen = set() if seen is None else seen
    for page in pages:
        html_page = rendered_page(root, page, out_dir)
        if html_page is None and page.name.lower().endswith(HTML_SUFFIXES) and not opens_front_matter(page):
            html_page = page  # (an HTML page the generator serves as it is: bibtex2html's list in a collection)
        if html_page is not None:
            page_url = urljoin(base.rstrip("/") + "/", page.resolve().relative_to(root.resolve()).with_suffix(".html")
                               .as_posix()) if base else None
            part = html_file_part(root, html_page, owner or None, page_url)
        else:
            page_base = (folder_base(page) or base) if callable(folder_base) else \
                _folder_base(root, page, base) if folder_base else base
            part = markdown_part(root, page, owner or None, page_base, frozen_view(root, page))
        parts.append(part)
        if part.profile is None:
            if part.format == "markdown":  # (a page that is only a frame around the lists it includes)
                parts += include_parts(root, page, part.doc, owner, base, seen)
                parts += html_includes(root, page, parts, owner, base, seen)
            continue
        for n, line in enumerate(part.doc.lines, start=1):
            if _LIQUID_LINK.search(line) or is_template(line):
                part.doc.ignore(n)  # the theme's sentence around a link the template fills in
        if part.format == "markdown":
            parts += include_parts(root, page, part.doc, owner, base, seen)
            parts += html_includes(root, page, parts, owner, base, seen)
    return parts


def _folder_base(root: Path, page: Path, base: str | None) -> str | None:
    """The address of the folder a page of the site's own folders is served in (``pubs/index.html`` or
    ``pubs/research.html``, no ``permalink:``: /pubs/), which its relative links ("pdfs/a.pdf") are relative to;
    else the site's ``base``."""
    from .assemble import page_permalink

    try:
        rel = page.resolve().relative_to(root.resolve())
    except ValueError:
        return base
    folders = rel.parts[:-1]
    if not base or not folders or any(f.startswith(("_", ".")) for f in folders) \
            or not (page.suffix.lower() in HTML_SUFFIXES or page.stem.lower() == "index") \
            or page_permalink(root, rel.as_posix()) is not None:
        return base
    return urljoin(base.rstrip("/") + "/", "/".join(folders) + "/")


_CITATION = re.compile(r"(?<![\w.@])-?@(\*|[\w][\w:.#$%&\-+?<>~/]*[\w])")
"""A Pandoc citation in a page's text or its ``nocite`` (``[@doe2020; @roe2021]``, ``@*`` for every entry)."""


def bibliography_parts(root: Path, pages: list[Path], owner: str | None, parts: list[Part]) -> list[Part]:
    """The works a Pandoc (Quarto, R Markdown) page shows from the BibTeX file its front matter names
    (``bibliography: refs.bib``): the entries it cites in its text or lists under ``nocite`` (``@*``: all), one
    part per file; the other entries of the file are not on the page."""
    out: list[Part] = []
    for page in pages:
        doc = doc_or_none(page)
        fm = front_matter_or_none(doc)
        if doc is None or fm is None:
            continue
        bibs = _bibliographies(fm)
        nocite = as_text(fm.data.get("nocite")) or ""
        keys = set(_CITATION.findall(nocite)) | set(_CITATION.findall("\n".join(doc.lines[fm.body_start - 1:])))
        if not bibs or not keys:
            continue
        for name in bibs:
            path = (page.parent / name).resolve()
            if not path.is_file() or not path.is_relative_to(root.resolve()) or path.suffix.lower() != ".bib" or any(
                    p.doc.path.resolve() == path for p in [*parts, *out]):
                continue
            out.append(bibtex_part(root, path, owner, None if "*" in keys else keys))
    return out


def _fill_from_cited(root: Path, page: Path, part: Part, owner: str | None) -> None:
    """A listed document that cites its own paper from the site's BibTeX (``nocite: '@roe2023'`` and a
    ``bibliography:``, one key): the entry fills in what its front matter does not give (the authors, the venue,
    the DOI), the work being the entry's, whatever the title's case or the date (the preprint's) the page writes."""
    from ..bibtex import read_bibtex
    from .assemble import merge_own_entry

    doc = doc_or_none(page)
    fm = front_matter_or_none(doc)
    if fm is None or len(part.publications) != 1:
        return
    keys = set(_CITATION.findall(as_text(fm.data.get("nocite")) or ""))
    if len(keys) != 1 or "*" in keys:
        return
    for name in _bibliographies(fm):
        path = (page.parent / name).resolve()
        if not path.is_file() or not path.is_relative_to(root.resolve()) or path.suffix.lower() != ".bib":
            continue
        bib = doc_or_none(path)
        found = read_bibtex(bib.text, owner, cited=keys).publications if bib is not None else []
        if len(found) == 1:
            merge_own_entry(part.publications[0], found, alone=True)
            return


def _listing_contents(listing) -> list[str]:
    """The ``contents`` patterns of a page's Quarto ``listing:`` (one listing or several, each a string or a
    list of them)."""
    out: list[str] = []
    for item in listing if isinstance(listing, list) else [listing]:
        contents = item.get("contents") if isinstance(item, dict) else item if isinstance(item, str) else None
        for c in contents if isinstance(contents, list) else [contents]:
            if isinstance(c, str) and c.strip():
                out.append(c.strip())
    return out


def _listing_venue_keys(root: Path, folder: Path, listing) -> tuple[str, ...]:
    """The fields a page's Quarto listing templates (``template: ../_ejs/publications.ejs``) print in italics
    (:func:`~.records.printed_field_keys`): the documents' venue under the site's own key (``journ:``), whatever
    its name; the template decides, as a Jekyll site's templates decide which keys are its links; not what
    describes the work (``<em><%= item.description %></em>``), nor the standard keys, which come first
    (:func:`listing_parts`)."""
    keys: list[str] = []
    for item in listing if isinstance(listing, list) else [listing]:
        template = as_text(item.get("template")) if isinstance(item, dict) else None
        path = (root / template.lstrip("/") if template.startswith("/") else folder / template) if template else None
        doc = doc_or_none(path) if path is not None and path.is_file() else None
        keys += [k for k, field in printed_field_keys(doc.text if doc is not None else "").items()
                 if field == "venue" and k not in keys]
    return tuple(keys)


def _path_glob(pattern: str) -> str:
    """A listing's ``contents`` pattern as pathlib globs it: ``**`` inside a path's part (``papers/**.qmd``) is
    one ``*`` there, as Quarto's globbing reads it (pathlib refuses it); ``**`` as a whole part stays.

    >>> _path_glob("papers/**.qmd"), _path_glob("posts/**/index.md")
    ('papers/*.qmd', 'posts/**/index.md')
    """
    return "/".join(part if part == "**" else re.sub(r"\*{2,}", "*", part) for part in pattern.split("/"))


def _listed_files(folder: Path, pattern: str) -> list[Path]:
    """The files a listing's ``contents`` pattern names from the listing page's ``folder``: a folder's documents
    (``papers``: its files and its sub-folders' ``index`` pages), or what the glob matches. A pattern that opens
    with ``/`` is anchored at the listing page's folder (Quarto's way of saying "not recursive": ``/*/index.qmd``
    beside ``research/index.qmd`` is ``research/*/index.qmd``), never the machine's root; ``..`` steps before the
    glob are taken (``../publications/**/*.qmd`` on ``publications/index.qmd``), one inside it or a pattern that
    leaves nothing to match (``/``) names no file; the caller leaves out a file outside the site."""
    pattern = pattern.lstrip("/")
    if ".." in pattern.split("/"):
        # "../publications/**/*.qmd" on publications/index.qmd: the folder it names, its ".." steps taken (a file
        # outside the site is left out by the caller)
        parts = pattern.split("/")
        steps = next(i for i, x in enumerate(parts) if "*" in x or "?" in x or "[" in x) \
            if any(c in pattern for c in "*?[") else len(parts)
        folder = Path(os.path.normpath(folder.joinpath(*parts[:steps]))) if steps else folder
        pattern = "/".join(parts[steps:])
        if ".." in pattern.split("/"):
            return []
        if not pattern:
            return [folder] if folder.is_file() else _documents(folder) if folder.is_dir() else []
    target = folder / pattern
    if not pattern:
        return []
    if target.is_dir():
        return _documents(target)
    return sorted(folder.glob(_path_glob(pattern)))


def _documents(folder: Path) -> list[Path]:
    """A listed folder's documents: its sub-folders' ``index`` pages and its own files."""
    return sorted(folder.glob("*/index.*")) + sorted(folder.glob("*.*"))


_FILE_TARGET = re.compile(r"(?!\w+:|/|#|\.\./)[^\s?#]+\.\w{2,5}")
"""A link target naming a file beside the page, by its name alone ("poster.pdf", "files/slides.pptx")."""


def own_folder_links(part, page: str | None, base: str | None, front_matter: bool = True) -> None:
    """A work's page served at an address of its own (``page``: that address, a folder's, ending in "/"): its links
    to files by their name alone are beside it (``publication/<folder>/poster.pdf``), not at the site's root where
    they were placed: a link of its body ("[Preprint](paper.pdf)", relative to the page as a browser reads it), and
    with ``front_matter`` one its front matter names ("url: poster.pdf": a Quarto listing's document; a theme that
    joins its front matter's links to the site's root is asked not to move them)."""
    fm = front_matter_or_none(part.doc)
    if not base or not page or fm is None or not part.publications:
        return
    targets = [v.strip() for _key, v in walk_values(fm.data)
               if isinstance(v, str) and _FILE_TARGET.fullmatch(v.strip())] if front_matter else []
    body = "\n".join(part.doc.lines[fm.body_start - 1:])
    targets += [t.strip() for _label, t in md_links(body) if _FILE_TARGET.fullmatch(t.strip())]
    if not targets:
        return
    moved = {absolute_url(t, base): urljoin(page, t) for t in targets}
    for pub in part.publications:
        for k, u in list(pub.links.items()):
            pub.links[k] = moved.get(u, u)  # (in place: the links as read, their keys the page's labels)
        for link in pub.more_links:
            if link.url in moved:
                link.url = moved[link.url]


def _listed_page(root: Path, path: Path, base: str | None) -> str | None:
    """The address of a Quarto listing's document ``path`` (a page of the site's folder it is in), or None."""
    rel = path.parent.relative_to(root.resolve()) if path.is_relative_to(root.resolve()) else None
    if not base or rel is None or not rel.parts:
        return None
    return base.rstrip("/") + "/" + "/".join(rel.parts) + "/"


def listing_parts(root: Path, pages: list[Path], owner: str | None, base: str | None,
                  parts: list[Part]) -> list[Part]:
    """The works a page about publications lists with a Quarto ``listing:`` over documents of the site
    (``contents: "**/index.md"``): each listed document's front matter (title, date, a CSL ``citation:``
    block) read as one work's record, one part per document; the listing page itself is none."""
    from .records import PAGE_KEYS, read_jekyll_publication

    out: list[Part] = []
    seen = {p.doc.path.resolve() for p in parts}
    for page in pages:
        doc = doc_or_none(page)
        fm = front_matter_or_none(doc)
        data = fm.data if fm is not None else {}
        listing = data.get("listing")
        if not _listing_contents(listing) or md_page_kind(page, doc) != "publications":
            continue
        # each listing by what it shows: its own id or the heading of its block ("id: news-listings" on a group's
        # home page, which its title "Research Group" makes a page about publications, lists the posts as news);
        # one that says nothing is the page's
        patterns = [c for item in (listing if isinstance(listing, list) else [listing])
                    if quarto_listing_kind(doc.text, item) in (None, "publications") for c in _listing_contents(item)]
        folder = page.parent
        venues = _listing_venue_keys(root, folder, listing)
        # the template's italic key after the journal-level keys, before a book's series or publisher and a thesis's
        # school ("publisher: Wiley" beside the italic "Ecology Letters")
        weak = (*BOOK_VENUE_KEYS, "school", "university")
        keys = replace(PAGE_KEYS, venue=(*(k for k in PAGE_KEYS.venue if k not in weak), *venues,
                                         *(k for k in PAGE_KEYS.venue if k in weak))) if venues else PAGE_KEYS
        for pattern in patterns:
            for f in _listed_files(folder, pattern):
                r = f.resolve()
                if r == page.resolve() or r in seen or not r.is_file() or not r.is_relative_to(root.resolve()) \
                        or not f.name.lower().endswith(MD_SUFFIXES) or backup_reason(f.name):
                    continue
                seen.add(r)
                try:
                    # (a listed document's authors are Quarto's "author:", names or "{name, corresponding}")
                    part = read_jekyll_publication(root, r, base, owner, [], keys=keys,
                                                   fmt="listing-publication")
                    _fill_from_cited(root, r, part, owner)
                    own_folder_links(part, _listed_page(root, r, base), base)
                    out.append(part)
                except SourceError as err:
                    out.extend(unread_file(root, r, "markdown", err))
    return out


_STRUCTURE_TAG = re.compile(r"<(?:p|li|ul|ol|tr|td|th|table|div|br|h[1-6]|section|article|body)[\s/>]", re.I)
_CHUNK_BREAK = re.compile(r"\n[ \t]*\n")


def kramdown_paragraphs(text: str) -> str | None:
    """An HTML fragment of inline markup only (``<em>Title</em>, with <a>A. Roe</a>, <b>Journal</b>, 2003.``), its
    items parted by blank lines: a markdown page that includes it shows each item as a paragraph of its own
    (kramdown reads the included text as markdown). The fragment with each such item wrapped in ``<p>`` on its own
    lines (line numbers kept); None for a fragment with block markup of its own (a table, a list, paragraphs, line
    breaks), or with fewer than two items, which the HTML reader reads as it is."""
    if _STRUCTURE_TAG.search(text):
        return None
    chunks = _CHUNK_BREAK.split(text)
    seps = _CHUNK_BREAK.findall(text)

    def has_text(chunk: str) -> bool:
        return bool(re.sub(r"<!--.*?(?:-->|$)|<[^>]*>|\s", "", chunk, flags=re.S))

    if sum(has_text(c) for c in chunks) < 2:
        return None
    out = []
    for k, chunk in enumerate(chunks):
        if has_text(chunk) and not chunk.lstrip().startswith("<!--"):
            lead = len(chunk) - len(chunk.lstrip("\n"))
            body = chunk[lead:].rstrip()
            chunk = chunk[:lead] + "<p>" + body + "</p>" + chunk[lead + len(body):]
        out.append(chunk + (seps[k] if k < len(seps) else ""))
    return "".join(out)


def html_includes(root: Path, page: Path, parts: list[Part], owner: str, base: str | None,
                  seen: set[Path] | None = None) -> list[Part]:
    """The HTML fragments a markdown page pulls in with ``{% include_relative FILE.html %}`` (bibtex2html's
    output under "## Publications"), ``{% include FILE.html %}`` from ``_includes/`` (:func:`~.files.site_includes`)
    or Quarto's ``{{< include FILE.html >}}``,
    each read by the page reader; a fragment with no heading of its own is read under the heading the page writes
    above the include (shown on the fragment's first line, line numbers kept). The include lines are marked as
    read; a fragment in ``seen`` (read for another page) is not read again."""
    part = next((p for p in parts if p.doc.path.resolve() == page.resolve()), None)
    text = part.doc.text if part is not None else page.read_text(encoding="utf-8", errors="replace")
    lines = text.split("\n")
    out: list[Part] = []
    seen = set() if seen is None else seen
    # (Quarto's "{{< include links.html >}}": Pandoc puts the HTML in the page as it is, an icon row of the owner's
    # profile links on a home page)
    for target, n in sorted(includes(root, page, text, INCLUDE_RELATIVE, HTML_SUFFIXES) + site_includes(root, text)
                            + includes(root, page, text, INCLUDE_SHORTCODE, HTML_SUFFIXES), key=lambda x: x[1]):
        if part is not None:
            part.doc.use(n)
        if target in seen:
            continue
        seen.add(target)
        heading = _heading_above(lines, n)
        doc, bad = read_or_blank(root, target)
        if bad is None and (paras := kramdown_paragraphs(doc.text)) is not None:
            doc = SourceDoc(path=doc.path, text=paras, display=doc.display)
        if bad is None and heading and not re.search(r"<h[1-6][\s>]", doc.text, re.I):
            doc_lines = doc.text.split("\n")
            doc_lines[0] = f"<h2>{_html.escape(heading)}</h2>" + doc_lines[0]
            doc = SourceDoc(path=doc.path, text="\n".join(doc_lines), display=doc.display)
        out.append(html_part(rel_path(root.resolve(), target), doc, bad, owner or None, base,
                             raw_checksum(target) if bad else None))
    return out


_SAYS_SOMETHING = re.compile(r"""(?:href|src|alt)\s*=\s*["']?\s*[^"'\s>]|\]\(\s*[^\s)]|[\w.+-]@[\w-]""")
"""What a page's body with no text still says once its templates are blanked: a link, an image, an address."""
_LIQUID_LINK = lazy_compile(r"""(?:href|src)\s*=\s*["']?\s*\{\{|\]\(\s*\{\{""")


def named_on_site(name: str, docs: Iterable) -> bool:
    """Whether the site's pages (``docs``, read until one does) write the family name of ``name`` (as a word)."""
    family = name.split()[-1]
    rx = re.compile(rf"(?<![\w]){re.escape(family)}(?![\w])", re.I)
    return any(d is not None and rx.search(d.text) for d in docs)


def nav_hrefs(node: Any, keys: tuple[str, ...] = ("href", "file")) -> list[str]:
    """Every ``href`` (or bare file name) of a Quarto navbar/sidebar, in order; with ``keys``, the values of
    those keys instead (a JavaScript configuration's navbar and footer items: ``href``, ``url``, ``link``)."""
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys and isinstance(value, str):
                out.append(value)
            else:
                out += nav_hrefs(value, keys)
    elif isinstance(node, list):
        for item in node:
            out += [item] if isinstance(item, str) and item.endswith(MD_SUFFIXES) else nav_hrefs(item, keys)
    return out


def _quarto_config(root: Path) -> Path | None:
    return first_file(root, ("_quarto.yml", "_quarto.yaml"))


_VAR_SHORTCODE = re.compile(r"\{\{<\s*var\s+([\w.\-]+)\s*>\}\}")
"""Quarto's ``{{< var orcid >}}``: a value of the site's ``_variables.yml`` (a dotted name reaches a nested one)."""


def quarto_variables(root: Path) -> dict:
    """The values of a Quarto site's ``_variables.yml`` (empty when it has none, or it does not read)."""
    path = first_file(root, ("_variables.yml", "_variables.yaml"))
    try:
        return load_config(root, path)[1] if path is not None else {}
    except SourceError:
        return {}


def fill_variables(text: str, variables: dict) -> str:
    """``text`` with each ``{{< var NAME >}}`` shortcode written as the value Quarto fills in from ``variables``; a
    name they lack leaves its shortcode as it is.

    >>> fill_variables("[ORCID](https://orcid.org/{{< var ids.orcid >}}) {{< var x >}}", {"ids": {"orcid": "0-1"}})
    '[ORCID](https://orcid.org/0-1) {{< var x >}}'
    """
    def value(m: re.Match) -> str:
        return as_text(value_at(variables, m.group(1))) or m.group(0)

    return _VAR_SHORTCODE.sub(value, text)


_MAX_SHOWN_FILES = 400


def shown_variables(root: Path, variables: dict) -> list[str]:
    """The values of ``_variables.yml`` the site shows: those a ``{{< var NAME >}}`` shortcode of one of its pages
    or settings names (``email: "{{< var email >}}"`` in a paper page's author block), in order; a value no page
    names is a setting the site never prints."""
    if not variables:
        return []
    import os

    files: list[Path] = []
    for folder, dirs, file_names in os.walk(root):
        # (hidden folders, the rendered site and installed packages pruned before the walk goes into them)
        dirs[:] = [d for d in dirs if not d.startswith((".", "_site", "node_modules"))]
        files += [Path(folder) / f for f in file_names if f.endswith((".qmd", ".md", ".yml", ".yaml"))
                  and f not in ("_variables.yml", "_variables.yaml")
                  and not f.lower().startswith("readme")]  # (Quarto renders no README)
    names: list[str] = []
    for n, path in enumerate(sorted(files)):
        if n >= _MAX_SHOWN_FILES:
            break
        if (text := file_text(path)) is None:
            continue
        names += [m.group(1) for m in _VAR_SHORTCODE.finditer(text)] if "var" in text else []
    return [v for name in dict.fromkeys(names) if (v := as_text(value_at(variables, name)))]


def detect_quarto(path: Path) -> float:
    """How sure it is that ``path`` is a Quarto website (``_quarto.yml``, else ``.qmd`` pages)."""
    if not path.is_dir():
        return 0.0
    if _quarto_config(path) is not None:
        return 0.9
    return 0.6 if any(path.glob("*.qmd")) else 0.0


def parse_quarto(path: Path, options: ImportOptions) -> Profile:
    """A Quarto website: ``_quarto.yml`` (site title, ``site-url``, navbar), ``index.qmd`` the home page, and
    the section pages (``publications.qmd``, ``students.qmd`` ...) read as markdown with their titles."""
    root = path
    parts: list[Part] = []
    cfg_path = _quarto_config(root)
    title, base, nav, cfg, footer = None, None, [], {}, []
    variables = quarto_variables(root)
    # the configuration, then the default profile's (``_quarto-en.yml``), which Quarto merges into it
    for n, cfg_file in enumerate([cfg_path, _quarto_profile(root, cfg_path)] if cfg_path is not None else []):
        if cfg_file is None:
            continue
        doc, data, spans = load_config(root, cfg_file)
        cfg = data if n == 0 else cfg
        site = data.get("website") if isinstance(data.get("website"), dict) else {}
        title = title or person_title(as_text(site.get("title")), (as_text(site.get("site-url")) or "",))
        base = base or repair_url(as_text(site.get("site-url")) or "") or None
        nav += nav_hrefs(site)
        page_footer = site.get("page-footer")
        page_footer = [page_footer] if isinstance(page_footer, str) else [
            v for v in page_footer.values() if isinstance(v, str)] if isinstance(page_footer, dict) else []
        page_footer = [fill_variables(text, variables) for text in page_footer]  # ("{{< var orcid >}}")
        # the navbar's profile links and "mailto:" (on every page, as the footer): the owner's; so are a sidebar's
        # ("sidebar: contents: [..., {text: Google Scholar Profile, href: https://scholar.google.com/...}]": a
        # research section's box of pages that ends on the owner's profile)
        footer += page_footer + [line for line, _h in menu_profiles(
            nav_hrefs(site.get("navbar")) + nav_hrefs(site.get("sidebar")), base)]
        for key, (first, last) in spans.items():
            if key in ("website.site-url",) and base or key == "website.title" and title \
                    or key.startswith("website.page-footer") and any(any(footer_profiles(f, base)) for f in page_footer):
                doc.use(first, last)
            elif key.count(".") <= 1:
                doc.ignore(first, last)  # site configuration (project, format, navbar)
        mark_comments(doc)
        parts.append(Part(rel_path(root, cfg_file), doc, "quarto-config"))
    # the site's variables its pages print (an author block's "email: '{{< var email >}}'"): the owner's address
    # or profile, as a footer's, when it is one
    footer += [f"[link]({v})" if re.match(r"https?://", v) else v for v in shown_variables(root, variables)
               if re.match(r"https?://\S+$", v) and identifier_from_url(v) or find_email(v) == v.strip()]
    out_dir = root / ((as_text((cfg.get("project") or {}).get("output-dir")) if isinstance(cfg.get("project"), dict)
                       else None) or "_site")
    home = _quarto_home(root)
    if home is None:
        # no source home page here: the rendered site, when it is beside the sources, is the site
        if out_dir.is_dir() and site_pages(out_dir):
            return parse_html_site(out_dir, options)
        raise SourceError("no home page (index.qmd, index.md or about.qmd)", path=str(root))
    base = base or options.base_url
    return read_markdown_site(root, "quarto", home, parts, title, base, nav, options,
                          out_dir=out_dir if out_dir.is_dir() else None, footer=footer)


def _quarto_profile(root: Path, cfg_path: Path) -> Path | None:
    """The configuration of a Quarto site's default profile (``profile: default: en`` -> ``_quarto-en.yml``;
    else the first of the first ``group``), which Quarto renders the site with; None when it has none."""
    try:
        profile = load_config(root, cfg_path)[1].get("profile")
    except SourceError:
        return None
    if not isinstance(profile, dict):
        return None
    name = profile.get("default")
    group = profile.get("group")
    if isinstance(name, list):
        name = name[0] if name else None
    if not isinstance(name, str) and isinstance(group, list) and group:
        name = group[0][0] if isinstance(group[0], list) and group[0] else None
    if not isinstance(name, str) or not re.fullmatch(r"[\w-]+", name):
        return None
    return first_file(root, (f"_quarto-{name}.yml", f"_quarto-{name}.yaml"))


def footer_profiles(text: str, base: str | None) -> tuple[list[tuple[str, str]], str | None]:
    """The profile ids (GitHub, ORCID ...) and the email a site's footer (markdown, on every page) links."""
    ids = []
    for _label, target in md_links(text):
        url = absolute_url(target, base)
        ident = identifier_from_url(url) if url else None
        if ident and ident not in ids:
            ids.append(ident)
    return ids, find_email(text)


def menu_profiles(hrefs: list[str], base: str | None) -> list[tuple[str, str]]:
    """The links of a site's menu (a Quarto or R Markdown navbar's ``href``, a jemdoc MENU's address) that give the
    owner's profile or email, shown on every page as a footer's are: each as a footer's line (``[link](href)``, what
    :func:`footer_profiles` reads), with its address."""
    return [(line, h) for h in hrefs if "(" not in h
            for line in [f"[link]({h})"] if footer_profiles(line, base) != ([], None)]


def menu_person(person: Person, hrefs: list[str], base: str | None) -> list[str]:
    """The owner's profiles and email the links of a site's menu give (:func:`menu_profiles`: an R Markdown
    navbar's, a JavaScript configuration's navbar and footer), put on ``person`` where it has none of its own; the
    addresses that gave one."""
    from ..common import identifier_url

    used: list[str] = []
    for line, href in menu_profiles(hrefs, base):
        ids, email = footer_profiles(line, base)
        for kind, value in ids:
            if kind not in person.identifiers:
                person.identifiers[kind] = value
                person.links.setdefault(kind, identifier_url(kind, value) or href)
        if email and not person.email:
            person.email = email
        used.append(href)
    return used


def _group_head_page(root: Path) -> tuple[str, Path] | None:
    """A group's site whose pages name no one: the one member page (``people/<slug>/index.qmd``) its front matter
    files under the group's head (``people_group: "pi"``, the key the people page's listings filter on), with the
    name it is titled by; None when no page, or more than one, is."""
    from ..page.scores import name_like

    heads = []
    for listing in sorted(root.glob("*.qmd")) + sorted(root.glob("*/index.*")):
        fm = front_matter_or_none(doc_or_none(listing)) if listing.suffix.lower() in (".qmd", ".md", ".rmd") else None
        blocks = fm.data.get("listing") if fm is not None else None
        blocks = blocks if isinstance(blocks, list) else [blocks]
        # (the keys its listings include members by: "include: {people_group: pi}"; a project's "role: PI" no group)
        keys = {k for b in blocks if isinstance(b, dict) and isinstance(b.get("include"), dict)
                for k in b["include"] if re.fullmatch(r"(?:people_|user_|member_)?groups?", str(k))}
        # (its members where its contents say, "people/*/index.qmd" from the root, "../team/*/index.qmd"; else the
        # folders beside it)
        members = [f for c in _listing_contents(fm.data.get("listing")) for f in _listed_files(listing.parent, c)] \
            if keys else []
        members = members or (sorted(listing.parent.glob("*/index.*")) if keys else [])
        members = {m.resolve(): m for m in members if m.is_file() and m.resolve().is_relative_to(root.resolve())}
        for page in sorted(members.values()):
            member = front_matter_or_none(doc_or_none(page)) if page.suffix.lower() in (".qmd", ".md", ".rmd") else None
            groups = [] if member is None else [member.data.get(k) for k in sorted(keys)]
            groups = [g for v in groups for g in (v if isinstance(v, list) else [v]) if isinstance(g, str)]
            if any(is_head_role(g.strip()) for g in groups) \
                    and (name := as_text(member.data.get("title")) or as_text(member.data.get("name"))) and name_like(name):
                heads.append((name, page))
    heads = list({page.resolve(): (name, page) for name, page in heads}.values())  # (two listings of one member)
    return heads[0] if len(heads) == 1 else None


def _quarto_home(root: Path) -> Path | None:
    """The page about the owner: the one with an ``about:`` block, else the first of index.qmd, index.md,
    about.qmd ... that is not only a listing of posts."""
    found = [root / n for n in _MD_HOMES if (root / n).is_file() and not n.lower().startswith("readme")]
    data = {}
    for page in found:
        doc = doc_or_none(page)
        fm = front_matter_or_none(doc)
        data[page] = fm.data if fm is not None else {}
        if isinstance(data[page].get("about"), dict):
            return page
    for page in found:
        doc = doc_or_none(page)
        if "listing" in data[page] and doc is not None and len(paragraphs(doc.lines, read_front_matter(doc).body_start)) < 2:
            continue  # a blog or publication listing: the items are elsewhere
        return page
    return found[0] if found else None


_LAYOUT_KEY = lazy_compile(r"(?i)(?:show|hide|action|image|images|text_align|layout)(?:_\w+)?$")
"""A home page's front-matter key that lays the page out (Apéro's "action_link", "images", "text_align_left")."""


def front_matter_about(data: dict, owner: str) -> bool:
    """Whether a page's front matter is about the owner: its ``name:``, else its ``title:`` (honorifics aside, "Dr.
    Ana Roe"), is the owner's name.

    >>> front_matter_about({"title": "Dr. Ana Roe", "email": "ana@x.org"}, "Ana Roe")
    True
    >>> front_matter_about({"title": "Contact", "email": "lab@x.org"}, "Ana Roe")
    False

    A page someone else wrote (its ``author:`` not the owner, a guest's post) is theirs, whatever it is titled:

    >>> front_matter_about({"title": "Ana Roe", "author": "Kim Park", "email": "kim@x.org"}, "Ana Roe")
    False
    """
    named = as_text(data.get("name")) or as_text(data.get("title")) or ""
    if not named or not same_name(without_honorifics(md_text(named)).strip(), owner):
        return False
    by = data.get("author", data.get("authors"))
    by = [as_text(a) for a in (by if isinstance(by, list) else [by])] if by is not None else []
    return not by or any(a and same_name(without_honorifics(md_text(a)).strip(), owner) for a in by)


def _about_links(doc: SourceDoc, person: Person, base: str | None) -> None:
    """Quarto's ``about:`` block of the home page: its ``links`` (email, GitHub, Scholar ...)."""
    fm = front_matter_or_none(doc)
    if fm is None:
        return
    about = fm.data.get("about")
    if isinstance(about, dict) and apply_social(person, "social", about.get("links"), base) and "about.links" in fm.spans:
        doc.use(*fm.spans["about.links"])
    if not isinstance(about, dict) and front_matter_about(fm.data, person.name):
        from ..common import profile_setting

        # a page whose front matter is about its owner ("name: ..., email: ..., orcid: https://orcid.org/...,
        # scholar: ...", which the theme's home layout prints; an Astro bio entry's "title: Dr. Ana Roe" over
        # "email:" and "social: [{label, url}]"): their email and profiles, each under its own key
        for key, value in fm.data.items():
            low = str(key).lower()
            if low in SOCIAL_KEYS and isinstance(value, (list, dict)):
                if apply_social(person, "social", value, base) and key in fm.spans:
                    doc.use(*fm.spans[key])
            elif (profile_setting(low) or low == "email") and apply_social(person, low, value, base) and key in fm.spans:
                doc.use(*fm.spans[key])
    if isinstance(about, dict) and "about" in fm.spans:
        doc.ignore(fm.spans["about"][0])  # the "about:" line; its fields are judged one by one
        if "about.template" in fm.spans:
            doc.ignore(*fm.spans["about.template"])
    if isinstance(about, dict) and "subtitle" in fm.spans and fm.spans["subtitle"][0] not in doc.used \
            and read_subtitle(as_text(fm.data.get("subtitle")), person):
        doc.use(*fm.spans["subtitle"])  # the about page's subtitle: the owner's job and places
    image = as_text(fm.data.get("image"))
    if image and isinstance(about, dict) and person.image is None and "image" in fm.spans:
        url = absolute_url(image, base)  # the about page's photo; kept visible when the site gives no address
        if url:
            person.image = url
            doc.use(*fm.spans["image"])
        else:  # the page reader ignores front matter as configuration: this line is data kg could not place
            doc.ignored.difference_update(range(fm.spans["image"][0], fm.spans["image"][1] + 1))


def owner_page(root: Path, pages: list[tuple[Path, SourceDoc | None]], owner: str) -> Path | None:
    """The page of the site that ``pages`` (each with its document, None for one that does not read) link to
    under the owner's name (a lab's people page's card "Dr. Ana Ruiz" linking ``ana_ruiz.qmd``): the owner's own
    page; None when none does.

    >>> owner_page(Path("."), [], "Ana Ruiz") is None
    True
    """
    from ..common import without_honorifics

    for page, doc in pages:
        for label, target in md_links(doc.text) if doc is not None else []:
            target = local_href(target)
            if target is None or not same_name(without_honorifics(md_text(label)).strip(), owner):
                continue
            path = ((root / target.lstrip("/")) if target.startswith("/") else page.parent / target).resolve()
            if path.is_file() and path.name.lower().endswith(MD_SUFFIXES) and path.is_relative_to(root.resolve()) \
                    and path != page.resolve():
                return path
    return None


def read_markdown_site(root: Path, fmt: str, home: Path, parts: list[Part], title: str | None, base: str | None,
                   nav: list[str], options: ImportOptions, person: Person | None = None,
                   out_dir: Path | None = None, footer: list[str] = (), served: list[Path] = (),
                   page_base: Callable[[Path], str | None] | None = None) -> Profile:
    """The home page and section pages of a markdown site, with the owner from (in order) ``--owner``,
    the configuration, the home page, the site title, or who the site's pages are about; the ``footer`` the
    configuration puts on every page gives the owner's profile ids and email; ``served``: pages of the site's own
    folders the generator serves at an address of their own (:func:`markdown_site_pages`); ``page_base``: the
    generator's address of a section page, where its relative links lead (None: the site's ``base``)."""
    doc = read_file(root, home)
    links = [target for _label, target in md_links(doc.text)]
    pages, skipped = markdown_site_pages(root, home, [*nav, *links], menu=bool(nav), own_served=served)
    # (the pages' text, read once for the searches below: what they include, who they name, the owner's page; the
    # page reader reads each again, marking what it takes)
    texts = {p: doc_or_none(p) for p in pages}
    # a file the pages include is read where it is included, under the heading above the include
    # (the home page's, found once: its owner may be who they name)
    home_includes = page_includes(root, home, doc)
    included = {t for found in [home_includes, *(page_includes(root, p, d) for p, d in texts.items())]
                for t, _s, _n in found}
    pages = [p for p in pages if p.resolve() not in included]
    owner = options.owner or (person.name if person else None)
    head_page: Path | None = None
    try:
        main = read_page(doc, "markdown", owner, base)
    except SourceError as err:
        from ..page.parse import NO_TEXT

        fm = read_front_matter(doc) if err.message == NO_TEXT else None
        if person is not None and fm is not None and fm.fence_lines \
                and not "".join(doc.lines[fm.body_start - 1:]).strip():
            # a home page of front matter only ("title:" and "description:", the theme laying it out; not one whose
            # text is in templates it includes): the owner is the one the configuration names, and the site's other
            # pages say the rest
            main = Profile(person=Person(name=person.name))
            ignore_front_matter(doc, fm)
            if "title" in fm.spans and same_name(as_text(fm.data.get("title")) or "", person.name):
                doc.use(*fm.spans["title"])  # (its title: the owner's name)
            for key in ("subtitle", "description"):
                said = as_text(fm.data.get(key))
                if key in fm.spans and said and (person.job_title and fold(person.job_title) in fold(said)
                                                 or person.description == md_text(said)):
                    doc.use(*fm.spans[key])  # (the line under the name, the paragraph beside it: read for the owner)
            # (the theme's switches for laying the page out: "show_social_links: true", "image_left", "action_link")
            settle_keys(doc, fm.spans, (), lambda key: isinstance(fm.data.get(key), bool) or bool(_LAYOUT_KEY.match(key)))
        elif fm is not None and (home_includes or site_includes(root, doc.text)) \
                and (found := owner or _included_owner(home_includes, base) or title) is not None:
            # a home page whose text is all in the markdown files it includes ("{% include home_text.md %}"),
            # or in the HTML fragments of _includes/ it pulls in, through its templates too ("{% include
            # home_sections.html %}", a box per section, one of them the bio): the owner is the one given, else
            # who the first markdown file names, else the person the site's title names (minimal-light's "title: Ana
            # Ruiz" over an about part written "I'm a PhD student ..."); the files are read below, under the page,
            # as its parts
            owner = found
            main = Profile(person=Person(name=owner))
            ignore_front_matter(doc, fm)
        else:
            owner = owner or title
            if owner is None and (head := _group_head_page(root)) is not None:
                owner, head_page = head  # (a group's site: its people page filed under the group's head)
            if owner is None:
                found = read_markdown_pages(root, pages, "", base, out_dir) if pages else []
                # (a lab's site whose home page is headed by the lab's name: its head, as its people page names them)
                owner = lab_owner([p.profile for p in found if p.profile is not None],
                                  [doc.text, *(p.doc.text for p in found)])
            if owner is None:
                from .record_files import site_records_owner

                # a group's site whose pages name nobody: the author on most of its publication records
                owner = site_records_owner(root, base, [doc.text, *(d.text for p in pages if (d := texts[p]))])
            if owner is None:
                raise err
            doc = read_file(root, home)
            try:
                main = read_page(doc, "markdown", owner, base)
            except SourceError as again:
                body = "\n".join(doc.lines[fm.body_start:]) if fm is not None else ""
                if fm is None or not again.message.startswith(NO_TEXT) or not _LIQUID.search(body) \
                        or _SAYS_SOMETHING.search(_LIQUID.sub("", body)):
                    # (a photo, icon links to the owner's mail and profiles; a page of front matter alone, "layout:
                    # home", its layout's includes saying it all: the readers' after this, as before)
                    raise
                # a home page with no text of its own, only templates (a blog's listing "{% for post in site.posts
                # %}...{% endfor %}" under a "title:"): the owner is the one the configuration or the site names,
                # and the site's other pages (its menu's, the ones it links) say the rest; its lines are markup
                main = Profile(person=Person(name=owner))
                ignore_front_matter(doc, fm)
                settle_keys(doc, fm.spans, (), lambda key: isinstance(fm.data.get(key), bool) or bool(_LAYOUT_KEY.match(key)))
                doc.ignore(fm.body_start, max(fm.body_start, len(doc.lines)))
    if owner is None and person is None and group_name(main.person.name):
        # the home page is headed by a group's name ("Ocean Optics Group"): the owner is who the site's papers are
        # about (its head, on most of them), as on an HTML site
        found = read_markdown_pages(root, pages, "", base, out_dir)
        lead = lab_owner([p.profile for p in found if p.profile is not None] + [main],
                         [doc.text, *(p.doc.text for p in found)])
        if lead is not None and not same_name(lead, main.person.name):
            owner = lead
            doc = read_file(root, home)
            main = read_page(doc, "markdown", owner, base)
    if owner is None and person is None and title and not same_name(title, main.person.name) \
            and not _fuller_name(main.person.name, title) and named_on_site(title, [doc, *(texts[p] for p in pages)]) \
            and not outclaimed(title, main, base):
        # the site's title names its owner ("BlairCostelloe.com"), the site writes that name (a footer, the papers'
        # bold author) and the home page's own guess is someone else (a coauthor): the title is the owner (not when
        # the home page names the title's person with a middle name more: "Carlos Manuel Lee" under "Carlos Lee")
        owner = title
        doc = read_file(root, home)
        main = read_page(doc, "markdown", owner, base)
    page_person = main.person.model_copy(deep=True)
    _about_links(doc, page_person, base)
    main.unparsed = doc.unparsed()  # what the about block took, or left visible, is settled now
    if person is not None:
        merge_person(page_person, person)
        # (the configuration's name, unless the page writes the same name in its own letters: "Altındağ")
        page_person.name = own_spelling(person.name, page_person.name)
    elif title and not options.owner and same_name(title, page_person.name):
        page_person.name = title  # the site's own spelling ("Inés Valdés") over one read off an address
    person = page_person
    from .any_site import shortcode_ids

    shortcode_ids(person, [doc.text])  # (the home page's "{{< sociallinks href="https://orcid.org/..." >}}")
    for text in footer:
        ids, email = footer_profiles(text, base)
        for key, value in ids:
            person.identifiers.setdefault(key, value)
        person.email = person.email or email
    owner = owner or person.name
    if base and person.homepage is None:
        person.homepage = base
    own_page = owner_page(root, [(home, doc), *((p, texts[p]) for p in pages)], owner) or head_page
    if own_page is not None and own_page in {p.resolve() for p in [home, *pages]}:
        own_page = None  # (a page read already: the home page itself, or a section page)
    if own_page is not None:
        pages = [*pages, own_page]
    if own_page is not None and (own_doc := doc_or_none(own_page)) is not None:
        _about_links(own_doc, person, base)  # (the owner's own page's about block: their email and profiles)
    parts.insert(1 if parts else 0, Part(rel_path(root, home), doc, "markdown", profile=main))
    # (the fragments the home page includes before the other pages: a paper listed on both is read as the home
    # page writes it)
    seen: set[Path] = set()
    for part in html_includes(root, home, parts, owner, base, seen) + include_parts(root, home, doc, owner, base, seen) + \
            read_markdown_pages(root, pages, owner, base, out_dir, seen, folder_base=page_base or fmt == "jekyll"):
        if part.profile is not None:
            found = only_if_same_person(part.profile.person, person)
            if name_kind(root / part.rel) == "contact" and person.affiliations:
                # the contact page gives the owner's email and profiles; beside a place of work read elsewhere, its
                # address lines and its theme's sample links ("[Facebook](#)") are no other place of work (a position
                # read elsewhere, a people page's "Professor & PI" with no place, leaves the page's place to read);
                # an address it states ("Address: ...") is still where the owner is found
                found = Person(name=found.name, email=found.email, identifiers=found.identifiers, links=found.links,
                               location=found.location)
            if person.job_title and found.job_title and fold(found.job_title) != fold(person.job_title) \
                    and not any(a.role and fold(a.role) == fold(person.job_title) for a in person.affiliations) \
                    and any(a.role and fold(a.role) == fold(found.job_title) and a.current is not False
                            for a in found.affiliations):
                # the home page's tagline ("Marine Scientist | Modeler | Communicator") ties its title to no place;
                # a page stating the position held at a place ("She is a postdoctoral scholar at X University"):
                # the stated position
                person.job_title = found.job_title
            merge_person(person, found)
        parts.append(part)
    parts += bibliography_parts(root, [home, *pages], owner, parts)
    parts += listing_parts(root, [home, *pages], owner, base, parts)
    found = data_parts(root, [home, *pages], base, owner)
    if found:
        # the pages that loop over the data: their markup-only lines are the loop's layout
        for part in parts:
            if DATA_LOOP.search(part.doc.text):
                for n, line in enumerate(part.doc.lines, start=1):
                    if re.fullmatch(r"\s*(?:<[^>]*>\s*)+", line):
                        part.doc.ignore(n)
    parts += found
    return assemble(root, fmt, person, parts, owner, notes=skip_notes(root, skipped), base=base)


_README_MARKERS = lazy_compile(
    r"github-readme-stats|readme-typing-svg|komarev\.com/ghpvc|shields\.io|github-profile-trophy|"
    r"streak-stats|activity-graph|hi there|👋|about me", re.I)


_README_USER = lazy_compile(
    r"(?:github-readme-stats[^)\s\"']*[?&]username=|komarev\.com/ghpvc/\?username=|"
    r"github-profile-trophy[^)\s\"']*[?&]username=|streak-stats[^)\s\"']*[?&]user=)([A-Za-z0-9\-]+)", re.I)


_REPO_LINK = lazy_compile(r"https?://github\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/[\w.-]+", re.I)


def _repos_owner(text: str, strict: bool = False) -> str | None:
    """The GitHub account most of a README's repository links belong to (at least three links and half of
    them; ``strict``: five links and four in five of them), or None.

    >>> _repos_owner("[a](https://github.com/jdoe/a) [b](https://github.com/jdoe/b) "
    ...              "[c](https://github.com/jdoe/c) [d](https://github.com/kim/d)")
    'jdoe'
    """
    from collections import Counter

    accounts = Counter(m.group(1).lower() for m in _REPO_LINK.finditer(text)
                       if m.group(1).lower() not in GITHUB_NOT_ACCOUNTS)
    if not accounts:
        return None
    top, n = accounts.most_common(1)[0]
    if n < 3 or 2 * n < sum(accounts.values()) or strict and (n < 5 or 5 * n < 4 * sum(accounts.values())):
        return None
    return next(m.group(1) for m in _REPO_LINK.finditer(text) if m.group(1).lower() == top)


def find_readme(path: Path) -> Path | None:
    """The folder's ``README.md`` (any usual spelling), or None."""
    return first_file(path, ("README.md", "readme.md", "Readme.md", "README.markdown"))


def detect_readme_dir(path: Path) -> float:
    """How sure it is that ``path`` is a folder holding a GitHub profile README (low beside a site's sources)."""
    if not path.is_dir() or find_readme(path) is None:
        return 0.0
    if jekyll_config(path) is not None or (path / "content").is_dir() or site_pages(path):
        return 0.1  # a site's own README: the site importer reads the folder
    return 0.6


def detect_readme(doc: SourceDoc) -> float:
    """A single file: only a README.md that looks like a GitHub profile README."""
    if doc.path.name.lower() not in ("readme.md", "readme.markdown"):
        return 0.0
    return 0.7 if _README_MARKERS.search(doc.text) else 0.0


def parse_readme(doc: SourceDoc, options: ImportOptions) -> Profile:
    """A GitHub profile README through the markdown page reader; a stats badge's user name is the GitHub id."""
    from ..page.parse import parse_markdown_page

    # (GitHub shows a README with its written-out addresses as links: "- LinkedIn: https://...")
    view = autolinked_view(doc)
    try:
        profile = parse_markdown_page(view, options)
    except SourceError:
        account = None if options.owner else _repos_owner(doc.text)
        if account is None:
            raise
        # a profile README that names nobody, only its papers and their code: its owner is the account whose
        # repositories it links ("github.com/jdoe/widgets", "github.com/jdoe/gadgets")
        profile = parse_markdown_page(view, ImportOptions(owner=account, base_url=options.base_url))
        profile.person.identifiers.setdefault("github", account)
    if view is not doc:
        doc.used |= view.used  # the lines read are the file's own (the file is the source, not the view)
        doc.ignored |= view.ignored
        doc.sections.update(view.sections)
        profile.unparsed = doc.unparsed()
    m = _README_USER.search(doc.text)
    spelled = re.findall(r"[A-Z][a-z]+", m.group(1)) if m else []
    name = profile.person.name
    if not options.owner and 2 <= len(spelled) <= 4 and "".join(spelled) == m.group(1) \
            and re.match(r"[A-Z]{1,2}\.?\s", name) and same_name(name, " ".join(spelled)):
        # the page writes its owner only as "S Wong" (a paper's byline); the account "SaraWong" spells the
        # name out
        profile.person.name = " ".join(spelled)
    if m:
        # the stats card shows the account whose profile page the README is, over another one a link names ("I'm
        # a member of [Acme](https://github.com/Acme)": a group's)
        same = profile.person.identifiers.get("github", "").lower() == m.group(1).lower()
        profile.person.identifiers["github"] = profile.person.identifiers["github"] if same else m.group(1)
        line = doc.line_of(m.start())
        doc.use(line)  # the stats badge names the GitHub account
        profile.unparsed = [u for u in profile.unparsed if u.line != line]
    if "github" not in profile.person.identifiers and not options.owner:
        account = _repos_owner(doc.text, strict=True)
        if account is not None:
            # a profile README with no stats badge whose papers' and tools' code links nearly all go to one
            # account's repositories ("github.com/jdoe/widgets" ...): the profile's own account
            profile.person.identifiers["github"] = account
    return profile


def parse_readme_dir(path: Path, options: ImportOptions) -> Profile:
    """A folder's GitHub profile README as a one-file site."""
    readme = find_readme(path)
    if readme is None:
        raise SourceError("no README.md in the folder", path=str(path))
    doc = read_file(path, readme)
    profile = parse_readme(doc, options)
    person = profile.person.model_copy(deep=True)
    owner = options.owner or person.name
    parts = [Part(rel_path(path, readme), doc, "github-readme", profile=profile)]
    # "[publications](https://github.com/U/U/blob/main/publications.md)": the profile's own pages beside it
    links = [re.sub(r"^https?://github\.com/[^/]+/[^/]+/(?:blob|tree)/[^/]+/", "", target)
             for _label, target in md_links(doc.text)]
    pages, skipped = markdown_site_pages(path, readme, links)
    for part in read_markdown_pages(path, pages, owner, None):
        if part.profile is not None:
            merge_same_person(person, part.profile.person)
        parts.append(part)
    return assemble(path, "github-readme", person, parts, owner, notes=skip_notes(path, skipped))


# =============================================================================================
# jemdoc sources
# =============================================================================================


def detect_jemdoc_dir(path: Path) -> float:
    """A folder of jemdoc sources (``index.jemdoc``, a ``MENU``); below the HTML site when the generated
    pages are committed beside them (those are what visitors read, the sources may be stale)."""
    if not path.is_dir() or not (path / "index.jemdoc").is_file():
        return 0.0
    return 0.3 if (path / "index.html").is_file() else 0.85


def parse_jemdoc_dir(path: Path, options: ImportOptions) -> Profile:
    """``index.jemdoc`` is the home page and the pages the ``MENU`` names (``papers.html`` is built from
    ``papers.jemdoc``) are its section pages, each read as markdown (document.jemdoc_to_markdown)."""
    menu = path / "MENU"
    nav: list[str] = []
    footer: list[str] = []
    if menu.is_file():
        doc = read_file(path, menu)
        nav = [re.sub(r"\.html?$", ".jemdoc", h) for h in re.findall(r"\[([^\]\s]+)\]", doc.text)]
        # the menu's profile links ("Google Scholar [https://scholar.google.com/...]", on every page, as a footer):
        # the owner's (a line commented out with "#" is not shown)
        shown = [h for line in doc.text.splitlines() if not line.lstrip().startswith("#")
                 for h in re.findall(r"\[(https?://[^\]\s]+)\]", line)]
        footer = [line for line, _h in menu_profiles(shown, options.base_url)]
    return read_markdown_site(path, "jemdoc", path / "index.jemdoc", [], None, options.base_url, nav, options,
                              footer=footer)


# =============================================================================================
# Org-mode sources
# =============================================================================================


_ORG_HOMES = ("index.org", "home.org", "about.org")
_ORG_KEY = re.compile(r"^#\+(author|email|options):[ \t]*(.*?)[ \t]*$", re.I | re.M)


def _org_home(path: Path) -> Path | None:
    """The home page of a folder of Org-mode sources (``index.org``, else ``home.org`` or ``about.org``, else the
    one document of the folder :func:`_org_document` finds), or None; a folder another family reads (Jekyll's,
    Hugo's configuration) has none."""
    if not path.is_dir() or jekyll_config(path) is not None or any(
            has_site_config(path, n) for n in SITE_CONFIGS):
        return None
    return first_file(path, _ORG_HOMES) or _org_document(path)


def _org_document(path: Path) -> Path | None:
    """A folder's Org document of someone's own (``konstantin-lee.org``: a ``#+TITLE:`` and an ``#+AUTHOR:`` in its
    header; a list of one's writings kept as Org headings and tangled to a bibliography), where the folder has no
    ``index.org``: of several, the one the others' names extend (``lee.org`` beside ``lee.talks.org``), else the
    longest; None when no Org file of the folder has both keywords."""
    found = []
    for org in sorted(path.glob("*.org")):
        try:
            head = "\n".join(SourceDoc.read(org).text.splitlines()[:40])
        except SourceError:
            continue
        keys = {k.lower() for k, v in _ORG_KEY.findall(head) if v} | {
            "title" for _ in re.finditer(r"(?im)^#\+title:[ \t]*\S", head)}
        if {"title", "author"} <= keys:
            found.append(org)
    return min(found, key=lambda p: (p.name.count("."), -p.stat().st_size)) if found else None


def detect_org_dir(path: Path) -> float:
    """A folder of Org-mode sources a site is published from with ox-html or ox-publish (``index.org`` and the
    pages beside it); below the HTML site when the exported pages are committed beside them (``index.html``
    there or in its one build folder: those are what visitors read, the sources may be stale). A folder whose
    Org document has another name (:func:`_org_document`) is that document's, over the README that describes
    the repository."""
    home = _org_home(path)
    if home is None:
        return 0.0
    built = site_pages(path) or any(site_pages(d) for d in path.iterdir() if d.is_dir() and d.name.lower() in BUILD_DIRS)
    return 0.3 if built else 0.85 if home.name.lower() in _ORG_HOMES else 0.7


def parse_org_dir(path: Path, options: ImportOptions) -> Profile:
    """``index.org`` is the home page, the pages it links (``[[file:papers.org][Papers]]``, ``papers.html``) and
    the Org pages named for a list kg reads its section pages, the files it ``#+INCLUDE:``s read where they are
    included, each as the markdown ox-html would show (:func:`~.pages.org_view`); the home's ``#+AUTHOR:``
    names the owner when it is a person's name (else its ``#+TITLE:`` heading does), its ``#+EMAIL:`` is theirs when
    ``#+OPTIONS: email:t`` shows it."""
    home = _org_home(path)
    if home is None:
        raise SourceError("no index.org in the folder", path=str(path))
    try:
        raw = SourceDoc.read(home).text
    except SourceError:
        raw = ""
    keys = {k.lower(): v for k, v in reversed(_ORG_KEY.findall(raw)) if v}
    author = person_title(keys.get("author"), (keys.get("email", ""),)) if not options.owner else None
    person = None
    if author:
        person = Person(name=author)
        # ox-html shows the address only with "#+OPTIONS: email:t" (Emacs fills #+EMAIL with the machine's user)
        if re.search(r"(?:^|\s)email:t\b", " ".join(v for k, v in _ORG_KEY.findall(raw) if k.lower() == "options")):
            person.email = find_email(keys.get("email", ""))
    parts = [p for p in [_org_bibliography(path, home, author or options.owner)] if p is not None]
    return read_markdown_site(path, "org", home, parts, None, options.base_url, [], options, person=person)


_ORG_BIB_BLOCK = lazy_compile(r"(?im)^[ \t]*#\+begin_src[ \t]+(?:bibtex|biblatex|bib)\b.*\n((?:.*\n)*?)"
                            r"[ \t]*#\+end_src\b")
"""An Org source block of BibTeX (``#+BEGIN_SRC bibtex`` ... ``#+END_SRC``), its lines."""


def _org_bibliography(root: Path, page: Path, owner: str | None) -> Part | None:
    """The BibTeX entries an Org page keeps in its source blocks (a list of one's works kept as Org headings, each
    with its entry, tangled to a bibliography: ``#+BEGIN_SRC bibtex``), read as the BibTeX file it tangles to, a
    part of its own (the blocks' lines at their places, the rest blank); None without such a block."""
    from ..bibtex import read_bibtex

    try:
        doc = SourceDoc.read(page, rel_path(root, page))  # (the file as written: its view blanks source blocks)
    except SourceError:
        return None
    if not _ORG_BIB_BLOCK.search(doc.text):
        return None
    kept = ["" for _ in doc.text.split("\n")]
    for m in _ORG_BIB_BLOCK.finditer(doc.text):
        first = doc.text.count("\n", 0, m.start(1))
        for k, line in enumerate(m.group(1).split("\n")[:-1]):
            kept[first + k] = line
    rel = rel_path(root, page)
    view = SourceDoc(page, "\n".join(kept), display=doc.display)
    result = read_bibtex(view.text, owner, doc=view, file=rel)
    if not result.publications:
        return None
    view.sections[1] = "publications"
    return Part(rel, view, "bibtex", publications=result.publications)


# =============================================================================================
# MkDocs sites
# =============================================================================================


MKDOCS_CONFIGS = ("mkdocs.yml", "mkdocs.yaml", "zensical.toml")
"""MkDocs' configuration, and Zensical's (its successor: the same settings in TOML, under ``[project]``)."""


def _mkdocs_config(doc: SourceDoc, cfg: dict, spans: dict[str, tuple[int, int]]) -> tuple[dict, dict[str, tuple[int, int]]]:
    """A MkDocs configuration's settings and their lines (as :func:`~.files.load_config` read them); Zensical's
    ``[project]`` table read as MkDocs' top level (``project.site_name`` is ``site_name``)."""
    if doc.path.suffix.lower() == ".toml" and isinstance(cfg.get("project"), dict):
        cfg = {**cfg["project"], **{k: v for k, v in cfg.items() if k != "project"}}
        spans = {(k[len("project."):] if k.startswith("project.") else k): v for k, v in spans.items()
                 if k != "project"}
    return cfg, spans


def detect_mkdocs(path: Path) -> float:
    """A MkDocs site: ``mkdocs.yml`` (or Zensical's ``zensical.toml``) beside its ``docs/`` folder (or the folder
    ``docs_dir`` names)."""
    if not path.is_dir() or first_file(path, MKDOCS_CONFIGS) is None:
        return 0.0
    return 0.9 if (path / "docs").is_dir() else 0.5


def _mkdocs_nav(node: Any) -> list[str]:
    """The page files of MkDocs' ``nav:`` (``- About: index.md``, nested sections), in order."""
    return [v for _key, v in walk_values(node) if isinstance(v, str) and v.lower().endswith(MD_SUFFIXES)]


def parse_mkdocs(path: Path, options: ImportOptions) -> Profile:
    """A MkDocs site: ``mkdocs.yml`` (``site_author`` or ``site_name`` the owner, ``site_url``, ``nav``,
    ``extra.social`` the owner's profiles); ``docs/index.md`` the home page and the pages ``nav`` names its
    section pages, read as a markdown site."""
    root = path
    cfg_path = first_file(root, MKDOCS_CONFIGS)
    doc, cfg, spans = load_config(root, cfg_path)
    cfg, spans = _mkdocs_config(doc, cfg, spans)
    docs_dir = root / (as_text(cfg.get("docs_dir")) or "docs")
    home = first_file(docs_dir, ("index.md", "README.md", "about.md")) if docs_dir.is_dir() else None
    if home is None:
        raise SourceError(f"no home page ({docs_dir.name}/index.md)", path=str(root))
    base = repair_url(as_text(cfg.get("site_url")) or "") or options.base_url
    used = {k for k in ("site_url",) if base and as_text(cfg.get(k))}
    # the site's author, else its name when that is a person's ("Jane Doe", not "Jane's notes")
    name = person_title(as_text(cfg.get("site_author")))
    if name is None and (name := person_title(as_text(cfg.get("site_name")))) and not options.owner:
        # a site name that only reads like a name ("site_name: Tidal Ledgers"): the person the home page names
        # when they have the better claim
        try:
            page = read_page(read_file(root, home), "markdown", None, base)
        except SourceError:
            page = None
        name = titled_owner(name, page, base)
    person = None
    if name and not options.owner:
        person = Person(name=name)
        used |= {k for k in ("site_author", "site_name") if same_name(as_text(cfg.get(k)) or "", name)}
        extra = cfg.get("extra") if isinstance(cfg.get("extra"), dict) else {}
        if apply_social(person, "social", extra.get("social"), base):
            used.add("extra.social")
    for key, (first, last) in spans.items():
        if key in used:
            doc.use(first, last)
        elif key.count(".") == 0 and key not in ("site_name", "site_author", "extra"):
            doc.ignore(first, last)  # theme, plugins, markdown extensions: the site's machinery
    mark_comments(doc)
    hrefs = _mkdocs_nav(cfg.get("nav"))
    if not hrefs:  # no nav: MkDocs lists every page of the docs folder
        hrefs = [p.relative_to(docs_dir).as_posix() for p in page_files(docs_dir, MD_SUFFIXES, depth=2)]
    nav = [(docs_dir / href).relative_to(root).as_posix() for href in hrefs]
    parts = [Part(rel_path(root, cfg_path), doc, "mkdocs-config")]
    return read_markdown_site(root, "mkdocs", home, parts, name, base, nav, options, person=person)
