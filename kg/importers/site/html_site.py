"""Plain HTML sites: the home page and the pages that matter, found by their content.

Takes a folder of HTML pages (or its one build folder); gives a :class:`SitePlan` (the home page chosen by
content: a verification token, a redirect, an empty script shell or a 404 page is skipped with a note; the pages
it links to under a section name; unlinked pages whose name, title or heading says publications, students, news
or awards) and the profile read from those pages.
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlunsplit

import lxml.html

from ...errors import SourceError
from ...model import Person, Profile
from ..base import HTML_SUFFIXES, READ_ONCE, SERVER_PAGE_SUFFIXES, ImportOptions, SourceDoc
from ..common import (LETTER_WORDS, URL_SCHEME, fold, has_cjk, lazy_compile, repair_url, same_name, section_kind,
                      url_parts)
from .assemble import Part, assemble, cv_items_unlisted, headed_by_another, merge_person, merge_same_person
from .fields import LANGUAGE_CODE, english
from .files import (
    HOME_NAMES,
    MD_SUFFIXES,
    SERVER_CODE,
    backup_reason,
    commented_at,
    doc_or_none,
    find_site_root,
    html_page_file,
    includes,
    inside_site,
    jekyll_config,
    layout_includes,
    named_file,
    page_files,
    file_text, read_file,
    read_or_blank,
    server_page,
    server_redirect,
    site_pages,
    skip_notes,
)
from ..page.labels import link_text
from ..page.source import itertext, norm, parse_tree
from .generators import framework_sources
from .owner import fullest_form, fullness, group_name, head_short_name, lab_namesake, lab_owner
from .pages import (CV_NAMES, another_pi_page, MAX_LINKED_PAGES, UNLINKED_KINDS, bibtex_part, html_page_kind, name_kind, read_page,
                    unread_part)


def _shown_words(root, unshown: tuple[str, ...] = ("script", "style", "noscript", "template", "head")) -> str:
    """The words of a page's tree (:func:`~..page.source.parse_tree`) a browser shows, its ``unshown`` elements
    (code, styles, the head) taken out of the tree first, each text node a word apart."""
    for el in list(root.iter(*unshown)):
        el.drop_tree()
    return " ".join(" ".join(root.itertext()).split())


_FRAMEWORK_SLOT = re.compile(r"%[a-z]+(?:\.[a-z_]+)+%|\{\{\s*(?:APP|HEAD|BODY)\s*\}\}")
"""Where a JavaScript framework's page shell has the framework put the page ("%sveltekit.body%" of SvelteKit's
src/app.html, "{{ APP }}" of Nuxt 2's app.html): no words of the page, which the framework's components write."""


_VERIFICATION = lazy_compile(r"site-verification|google[0-9a-f]{12,}|msvalidate|yandex-verification|BingSiteAuth|"
                           r"facebook-domain-verification|pinterest-site-verification|_github-pages-challenge", re.I)


@dataclass
class PageKind:
    """What an HTML file is, read from its content: ``page``, ``verification`` (a site-verification token),
    ``redirect`` (meta refresh or a script that only sends the browser on, ``target`` its URL), ``shell``
    (an empty single-page-app frame whose content a script loads into ``containers``), ``fragment``
    (a component without ``<html>``/``<body>``, loaded by such a script), ``frames`` (a ``<frameset>`` whose
    frames, ``containers`` their addresses, hold the site), ``error`` (a page-not-found page),
    ``empty`` (no text), ``text`` (no markup at all) or ``unreadable`` (``target`` says why)."""

    kind: str
    target: str | None = None
    containers: tuple[str, ...] = ()

    @property
    def why(self) -> str:
        return {
            "verification": "a site-verification token, not a page",
            "redirect": f"a redirect to {self.target}" if self.target else "a redirect",
            "shell": "an empty page whose content a script loads",
            "fragment": "a component of another page",
            "frames": "a frameset: its frames are read",
            "error": "a page-not-found page",
            "empty": "no text",
            "text": "not an HTML page",
            "unreadable": f"cannot be read: {self.target}",
        }.get(self.kind, self.kind)


_JS_REDIRECT = lazy_compile(r"(?:window\.|document\.)?location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]|"
                          r"location\.(?:replace|assign)\(\s*['\"]([^'\"]+)['\"]")


def _opens_document(text: str) -> bool:
    """Whether a page's text has a document's frame (``<!doctype>``, ``<html>``, ``<head>`` or ``<body>``) in its
    first 8,000 characters, comments aside: else it is a fragment of one."""
    head = re.sub(r"<!--.*?-->", "", text[:8000], flags=re.S).lstrip().lower()
    return re.search(r"<(?:!doctype|html|head|body)[\s>]", head) is not None


def page_kind(doc: SourceDoc) -> PageKind:
    """Classify an HTML file by its content (see :class:`PageKind`).

    >>> page_kind(SourceDoc(Path("index.html"), "google-site-verification: google0123456789abcdef.html")).kind
    'verification'
    """

    text = doc.text
    if "<" not in text:
        return PageKind("verification" if _VERIFICATION.search(text) and len(text.split()) < 20 else "text")
    fragment = not _opens_document(text)
    root, _deep = parse_tree(text)
    scripts = [s.text or "" for s in root.iter("script")]
    refresh = next((m for m in root.iter("meta") if re.match(r"\s*refresh\s*$", m.get("http-equiv") or "", re.I)), None)
    refresh_to = refresh.get("content", "") if refresh is not None else None
    title = next((norm(" ".join(t.itertext())) for t in root.iter("title")), "")
    metas = " ".join(lxml.html.tostring(m, encoding="unicode") for m in root.iter("meta"))
    frames = tuple(src for f in root.iter("frame") if (src := f.get("src")) is not None and src.strip())
    shown = _FRAMEWORK_SLOT.sub(" ", _shown_words(root))
    words = len(shown.split())
    if frames and next(root.iter("frameset"), None) is not None and words < 60:
        return PageKind("frames", containers=frames)
    if words < 10 and (_VERIFICATION.search(shown) or _VERIFICATION.search(metas)) \
            and not any(a.get("href") is not None for a in root.iter("a")):
        return PageKind("verification")
    if refresh_to is not None and words < 60:
        m = re.search(r"url\s*=\s*['\"]?([^'\";]+)", refresh_to, re.I)
        return PageKind("redirect", target=m.group(1).strip() if m else None)
    if words < 20:
        m = next((m for s in scripts for m in [_JS_REDIRECT.search(s)] if m), None)
        if m:
            return PageKind("redirect", target=(m.group(1) or m.group(2)).strip())
    if fragment:
        return PageKind("fragment")
    if words < 300 and re.search(r"\b404\b|\bnot found\b", title or doc.path.stem, re.I):
        return PageKind("error")
    if scripts and words < 80:
        empty = tuple(el.get("id") for el in root.iter("section", "div", "main", "article")
                      if el.get("id") is not None and not "".join(el.itertext()).strip()
                      and next(el.iter("img", "video", "iframe", "table"), None) is None)
        if len(empty) >= 2:
            targets = tuple(a.get("data-target") or a.get("href", "")[1:] for a in root.iter("a")
                            if a.get("data-target") or a.get("href", "").startswith("#"))
            return PageKind("shell", containers=tuple(dict.fromkeys(c for c in empty + targets if c)))
    if words == 0:
        return PageKind("empty")
    return PageKind("page")


@dataclass
class SitePlan:
    """The pages of an HTML site to read: the home page (None when only a script-loaded shell holds the
    site), the other pages in reading order, and the files seen and left unread with why; the files the home page
    pulls in when it is shown (:func:`included_fragments`), and which of them its server does (found once)."""

    root: Path
    home: Path | None
    pages: list[Path]
    skipped: list[tuple[Path, str]]
    fragments: list[Path] = field(default_factory=list)
    served: list[Path] = field(default_factory=list)
    front: Path | None = None
    """The site's index page when it is an empty frame a script fills (a shell, or a page with no text: ``<div
    id="root">`` and React components): no page to read, but its head (``<title>``, ``<meta name="author">``) is
    what a visitor's browser names the site by."""


def _local_target(root: Path, page: Path, href: str, site_urls: tuple[str, ...] = ()) -> Path | None:
    """The file of the site a link points to (relative, root-relative ``/x/`` or under one of the site's own
    URLs, the first that matches), or None."""
    href = href.strip()
    for site_url in site_urls:
        if href.startswith(site_url.rstrip("/") + "/") or href == site_url.rstrip("/"):
            href = "/" + href[len(site_url.rstrip("/")) + 1:]
            break
    href = href.split("#")[0].split("?")[0]
    if not href or URL_SCHEME.match(href) or href.startswith("//"):
        return None
    from urllib.parse import unquote

    href = unquote(href)
    target = inside_site(root, (root / href.lstrip("/")) if href.startswith("/") else (page.parent / href))
    if target is None:
        return None  # outside the site folder
    if target.is_dir():
        target = next((target / n for n in HOME_NAMES if (target / n).is_file()), target)
    elif not target.exists() and not target.suffix:
        # "/about": the page a server sends for it, "about.html" (GitHub Pages, Netlify), "about.php" (a rewrite
        # rule), a framework's view "about.blade.php": a page of the folder by that name, an HTML file first
        named = [p for p in target.parent.glob(glob.escape(target.name) + ".*") if p.is_file() and html_page_file(p)]
        target = min(named, key=lambda p: (not p.name.lower().endswith(HTML_SUFFIXES), p.name), default=target)
    if not target.exists() and target.suffix.lower() in HTML_SUFFIXES:
        # "Publications.html" the generator builds from "Publications.jemdoc" (or a ".md", ".qmd" page), the built
        # page not committed beside its source: the source is the page the link shows
        target = next((s for suffix in MD_SUFFIXES for s in [target.with_suffix(suffix)] if s.is_file()), target)
        if target.suffix.lower() in MD_SUFFIXES:
            return target
    if not target.is_file() or not html_page_file(target):
        return None
    return target


def _site_urls(root) -> tuple[str, ...]:
    """Where the home page (its tree) says it lives (``<link rel=canonical>``, ``og:url``, ``<base href>``, the
    ``url`` of its JSON-LD's Person or WebSite, :func:`~..page.parse.linked_data_site`): its folder
    (``https://host/~me``), then the host (``https://host``)."""
    from ..page.parse import json_ld_blocks, linked_data_site

    first = lambda tag, test: next((el for el in root.iter(tag) if test(el)), None)  # noqa: E731
    stated = [(first("link", lambda el: "canonical" in (el.get("rel") or "").split()), "href"),
              (first("meta", lambda el: el.get("property") == "og:url"), "content"),
              (first("base", lambda el: el.get("href") is not None), "href")]

    def addresses():
        yield from (tag.get(attr, "") for tag, attr in stated if tag is not None)
        # (its JSON-LD parsed only when no tag above states the address)
        yield linked_data_site(json_ld_blocks(root)) or ""

    for url in addresses():
        if repair_url(url):
            parts = url_parts(url)
            folder = parts.path.rsplit("/", 1)[0] if "." in parts.path.rsplit("/", 1)[-1] else parts.path.rstrip("/")
            host = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
            return tuple(dict.fromkeys([host + folder, host]))
    return ()


def _stated_base(root: Path, home: Path | None) -> str | None:
    """The address the home page states it lives at (:func:`_site_urls`: its folder), the base of the site's
    relative links where no ``--base-url`` nor ``CNAME`` names one; None when it states none."""
    if home is None:
        return None
    urls = _anchors(read_file(root, home).text)[0]
    return urls[0].rstrip("/") + "/" if urls else None


@lru_cache(maxsize=64)
def _anchors(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A page's own addresses (:func:`_site_urls`) and its links as (label, href), in page order, read on the
    page's tree as the page reader builds it: parsed once for a page the plan and the owner's search both follow."""
    root, _deep = parse_tree(text)
    # (an image map's areas are links too: "<area href="contact.html" alt="contact">", an old site's menu drawn
    # as one picture)
    return _site_urls(root), tuple(
        (_link_label(a) if a.tag == "a" else " ".join((a.get("alt") or a.get("title") or "").split()), a.get("href"))
        for a in root.iter("a", "area") if a.get("href") is not None)


def _local_links(root: Path, page: Path, doc: SourceDoc) -> list[tuple[str, Path]]:
    """Each link of ``page`` to a file of the site, as (label, target), in page order, whether the link is
    relative (``pubs.html``), root-relative (``/Publications/``) or the site's own URL."""
    site_urls, links = _anchors(doc.text)
    if not site_urls:
        site_urls = _linked_own_hosts(root, page, links)
    return [(label, target) for label, href in links
            for target in [_local_target(root, page, href, site_urls)] if target is not None]


def _linked_own_hosts(root: Path, page: Path, links: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The site's own address where the page names none (no canonical link, ``og:url`` nor ``<base>``) but writes
    its menu as full URLs (a generator told its address: Pelican's ``SITEURL``, "https://me.github.io/pages/
    publications.html"): a host at least two of whose links, and most of them, name a file of the folder, at the
    same path (each path once). One link that happens to match a file of the folder does not make another site
    this one."""
    found: dict[str, dict[str, bool]] = {}
    for _label, href in links:
        parts = url_parts(href.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.path.strip("/") == "":
            continue
        host = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        path = "/" + parts.path.lstrip("/")
        found.setdefault(host, {})[path] = _local_target(root, page, path) is not None
    return tuple(host for host, hits in found.items()
                 if sum(hits.values()) >= 2 and 2 * sum(hits.values()) > len(hits))


def _link_label(a) -> str:
    """A link's words (:func:`~..page.labels.link_text`); a first letter set in a font of its own (``<font
    size=6>B</font><font size=5>io sketch</font>``, an old page's drop cap) is the word's, not a word apart."""
    loose = link_text(a)
    if re.match(r"[A-Z] [a-z]", loose):
        tight = norm("".join(itertext(a)))
        if tight.replace(" ", "") == loose.replace(" ", ""):
            return tight
    return loose


def linked_pages(root: Path, index: Path, doc: SourceDoc) -> list[Path]:
    """Local pages that ``index`` links to under a section name (Publications, News, ...)."""
    out: list[Path] = []
    for label, target in _local_links(root, index, doc):
        if target == index.resolve() or target in out or backup_reason(target.relative_to(root.resolve()).as_posix()):
            continue
        if section_kind(label) is None and name_kind(target) is None:
            continue
        out.append(target)
        if len(out) >= MAX_LINKED_PAGES:
            break
    return out


_SCRIPT_MD = re.compile(r"""['"`]((?:\./)?[\w\-./]{1,200}?\.(?:md|markdown))['"`]""")


def _scripts(doc: SourceDoc) -> list[str]:
    return re.findall(r"<script\b[^>]*>(.*?)</script\s*>", doc.text, re.I | re.S)


def script_markdown(root: Path, page: Path, doc: SourceDoc) -> list[Path]:
    """Markdown files of the site a page's scripts fetch and render into it (``{ id: 'about', file:
    'content/about.md' }``, ``fetch('content/news.md')`` with marked.js): the page's content lives there."""
    named = [path for script in _scripts(doc) for path, _n in includes(root, page, script, _SCRIPT_MD)]
    return list(dict.fromkeys(named))[:MAX_LINKED_PAGES]


_SCRIPT_BIB = re.compile(r"""['"`]((?:\./)?[\w\-./]{1,200}?\.bib)['"`]""", re.I)
_BIB_ELEMENT = re.compile(r"""<bibtex\b[^>]*\bsrc\s*=\s*['"](?:\{\{-?\s*['"])?([^'"{}]+\.bib)['"]""", re.I)
"""bibtex-js's element naming the file it draws: ``<bibtex src="pubs.bib">``, or through a Liquid filter
(``<bibtex src="{{ '/assets/pubs.bib' | relative_url }}">``)."""


def script_bibtex(root: Path, page: Path, doc: SourceDoc) -> list[Path]:
    """BibTeX files of the site a page's scripts load and draw as its list of papers (bibtex-js:
    ``$("#bibtex_input").load("lab.bib", ...)``, ``<bibtex src="pubs.bib">``): the page shows their entries."""
    named = [*(path for script in _scripts(doc) for path, _n in includes(root, page, script, _SCRIPT_BIB, (".bib",))),
             *(path for path, _n in includes(root, page, doc.text, _BIB_ELEMENT, (".bib",)))]
    return list(dict.fromkeys(named))


_HTML_INCLUDE = lazy_compile(r"""<\w+\b[^>]*?\s(?:w3-include-html|data-include(?:-html)?|include-html)\s*=\s*['"]([^'"]+)['"]""",
                           re.I)
_SCRIPT_HTML = re.compile(r"""\.load\(\s*['"]((?:\./)?[\w\-./]{1,200}?\.html?)['"]""", re.I)


def _swap_pattern(box: str) -> re.Pattern:
    """A script loading an HTML file (:data:`_SCRIPT_HTML`) into a box of the page, ``box`` the pattern of its
    selector (``$("#content").load("Lab.html")``): the file is the pattern's last group."""
    return re.compile(r"""\$\(\s*['"]""" + box + r"""['"]\s*\)\s*""" + _SCRIPT_HTML.pattern, re.I)


_SCRIPT_SWAP = _swap_pattern(r"""([^'"]{1,100})""")


def swapped_pages(root: Path, page: Path, doc: SourceDoc) -> list[Path]:
    """The HTML files of the site a page's menu loads, one at a time, into one box of its own
    (``$("#content").load("Publications.html")``, ``.load("Lab.html")`` ... on the menu's clicks): the site's pages,
    shown in the home page's frame, not a sidebar every page pulls in (one file a box always loads)."""
    scripts = _scripts(doc)
    boxes: dict[str, set[str]] = {}
    for script in scripts:
        for m in _SCRIPT_SWAP.finditer(script):
            boxes.setdefault(m.group(1), set()).add(m.group(2).lstrip("./").lower())
    out: list[Path] = []
    for box, names in boxes.items():
        if len(names) < 2:
            continue
        pattern = _swap_pattern(re.escape(box))
        out += [path for script in scripts for path, _n in includes(root, page, script, pattern, HTML_SUFFIXES)]
    return list(dict.fromkeys(out))


_SERVER_INCLUDE = (re.compile(r"""\b(?:include|require)(?:_once)?\s*\(?\s*['"]([^'"$]+)['"]"""),
                   # ("include($includesPath . 'sidebar.php')", "include(__DIR__ . '/nav.php')": a folder the code
                   # computes, then the file's name: looked for beside the including file)
                   lazy_compile(r"""\b(?:include|require)(?:_once)?\s*\(?\s*(?:__DIR__|\$\w+)\s*\.\s*['"]/?([^'"$/]+)['"]"""),
                   re.compile(r"""<!--#include\s+(?:file|virtual)\s*=\s*["']([^"']+)["']"""),
                   re.compile(r"""<%@\s*include\s+file\s*=\s*["']([^"']+)["']"""))


_VIEW_INCLUDE = re.compile(r"""^[ \t]*@(?:extends|include)\s*\(\s*['"]([\w.-]+)['"]""", re.M)
"""A Blade view's layout or partial, named from the site's folder of views with dots for slashes
(``@extends('layouts.master')``: ``layouts/master.blade.php``)."""


def _server_includes(root: Path, page: Path) -> list[Path]:
    """The files of the site a server page pulls in as the server sends it (PHP's ``include "template/header.php"``,
    ``require_once(...)``; server-side includes' ``<!--#include virtual="menu.shtml" -->``; JSP's ``<%@ include
    file="..." %>``): read from the page's own text, as its code is set aside when it is read as HTML. Those that
    hold HTML (a header with the site's title, a menu, a footer) are the page's as much as its own text."""
    found: list[Path] = []
    queue, seen = [page], {page.resolve()}
    while queue and len(found) < MAX_LINKED_PAGES:
        # (and the files those pull in: a header that includes the sidebar, which opens the document)
        current = queue.pop(0)
        if not server_page(current.name) and not current.name.lower().endswith(".shtml"):
            continue
        try:
            text = SourceDoc.read(current, display=str(current)).text  # (as the page decoder reads it, code kept)
        except SourceError:
            continue
        named = [path for pattern in _SERVER_INCLUDE
                 for path, _n in includes(root, current, text, pattern, HTML_SUFFIXES + SERVER_PAGE_SUFFIXES)]
        # (a Blade view's layout, "@extends('layouts.master')", named from the folder of views: the site's)
        named += [view for m in _VIEW_INCLUDE.finditer(text) if not commented_at(text, m.start())
                  for view in [named_file(root, "/" + m.group(1).replace(".", "/") + ".blade.php", (root,),
                                          SERVER_PAGE_SUFFIXES)] if view is not None]
        for path in named:
            if path.resolve() not in seen:
                seen.add(path.resolve())
                queue.append(path)
                found.append(path)
    return [p for p in found if html_page_file(p)]


_CODE_INCLUDE_SUFFIXES = (".inc", ".incl")
"""Files of code a server page pulls in by name (PHP's ``include("menu.inc")``) that are no page of their own."""

_MENU_PAIR = re.compile(r"""(['"])([^'"\n$<>]{1,60})\1\s*,\s*(['"])([^'"\s$<>]{1,200})\3""")
"""Two strings the code of a server page writes one after the other, a label then an address (PHP's menu data:
``"files" => array ("Publications", "files.php", "tip")``)."""


def server_menu(root: Path, page: Path) -> list[tuple[str, str]]:
    """The links of the menu a server page's code writes from data, (label, address) in written order: a label and
    an address, one string after the other (``array("Publications", "files.php", ...)``, ``array("@me",
    "https://twitter.com/me", ...)``), in the code of the page or of a file it pulls in (``include("menudf.incl")``:
    a file of code, whatever it is named). The page read as HTML has its code set aside, and with it these links."""
    if not server_page(page.name):
        return []
    memo = READ_ONCE.get()
    if memo is not None and ("server_menu", page) in memo:
        return list(memo["server_menu", page])  # (the plan asks for the site's pages, the reader for its profiles)
    texts: list[str] = []
    queue, seen = [page], {page.resolve()}
    while queue and len(texts) < MAX_LINKED_PAGES:
        current = queue.pop(0)
        try:
            text = SourceDoc.read(current, display=str(current)).text
        except SourceError:
            continue
        code = "\n".join(m.group(0) for m in SERVER_CODE.finditer(text)) if server_page(current.name) else text
        texts.append(code)
        for pattern in _SERVER_INCLUDE:
            for path, _n in includes(root, current, code, pattern, SERVER_PAGE_SUFFIXES + _CODE_INCLUDE_SUFFIXES):
                if path.resolve() not in seen:
                    seen.add(path.resolve())
                    queue.append(path)
    menu = [(m.group(2).strip(), m.group(4)) for code in texts for m in _MENU_PAIR.finditer(code)]
    if memo is not None:
        memo["server_menu", page] = menu
    return list(menu)


def server_menu_pages(root: Path, page: Path) -> list[Path]:
    """The site's pages the menu a server page's code writes (:func:`server_menu`) links to under a section name
    (:func:`linked_pages` reads the links written as markup)."""
    out: list[Path] = []
    for label, address in server_menu(root, page):
        target = _local_target(root, page, address) if section_kind(label) is not None else None
        if target is not None and target != page.resolve() and target not in out:
            out.append(target)
    return out[:MAX_LINKED_PAGES]


def included_fragments(root: Path, page: Path, doc: SourceDoc, served: list[Path]) -> list[Path]:
    """The HTML files of the site a page pulls into itself when it is shown (``<div w3-include-html="sidebar.html">``,
    ``data-include``, jQuery's ``$("#side").load("sidebar.html")``, a server page's includes, ``served``:
    :func:`_server_includes` of the page, a Jekyll page's ``{% include bio.html %}`` and its layout's,
    :func:`~.files.layout_includes`): a shared sidebar or header that holds the owner's name, title and profile
    links, which the page's own text lacks."""
    named = [*(path for path, _n in includes(root, page, doc.text, _HTML_INCLUDE, HTML_SUFFIXES)),
             *(path for script in _scripts(doc) for path, _n in includes(root, page, script, _SCRIPT_HTML,
                                                                          HTML_SUFFIXES)),
             *served, *layout_includes(root, page, doc.text)]
    return list(dict.fromkeys(named))[:MAX_LINKED_PAGES]


def _bib_parts(root: Path, pages: list[tuple[Path, SourceDoc | None]], owner: str | None) -> list[Part]:
    """The BibTeX files the pages' scripts draw (:func:`script_bibtex`), each read as a part of publications."""
    out: list[Part] = []
    seen: set[Path] = set()
    for page, doc in pages:
        for bib in script_bibtex(root, page, doc) if doc is not None else []:
            if bib in seen:
                continue
            seen.add(bib)
            out.append(bibtex_part(root, bib, owner))
    return out


def _own_words(doc: SourceDoc | None) -> int:
    """How many words of a page are its own text, not the labels of its links (a menu frame has few)."""
    if doc is None:
        return 0
    return len(_shown_words(parse_tree(doc.text)[0], ("script", "style", "noscript", "template", "head", "a")).split())


def language_home(root: Path) -> Path | None:
    """The home page of a site whose root holds no page and whose pages live in one folder per language
    (``en/index.html``, ``cn/index.html``: the root a redirect the snapshot lacks): the English one where there is
    one, else the first folder's; None for a site with a page of its own at the root."""
    if site_pages(root):
        return None
    try:
        folders = sorted(d for d in root.iterdir() if d.is_dir() and LANGUAGE_CODE.fullmatch(d.name))
    except OSError:
        return None
    folders.sort(key=lambda d: not english(d.name))
    return next((d / n for d in folders for n in HOME_NAMES if (d / n).is_file()), None)


def plan_html_site(path: Path) -> SitePlan:
    """Find a plain HTML site's root, home page and pages by their content, not by their file names.

    The home is the first real page among ``index.html``, ``index.htm``, ``home.html`` ... (a
    site-verification token, a redirect or an empty script shell is skipped, a redirect followed); failing
    those, the page of the folder that links to most of the others. The pages read beside it: those it links
    to under a section name, pages of the folder whose name, title or first heading names publications,
    students, news or awards, and, for a script shell, the components it loads (fragments named after its
    empty containers). Backups (``x.html~``, ``x_old.html``, ``old/``) are never read.
    """
    root = find_site_root(path)
    skipped: list[tuple[Path, str]] = []
    for f in page_files(root, HTML_SUFFIXES, depth=2):
        why = backup_reason(f.relative_to(root).as_posix())
        if why:
            skipped.append((f, why))
    pages = site_pages(root)
    kinds: dict[Path, PageKind] = {}
    served: dict[Path, list[Path]] = {}

    def served_by(p: Path) -> list[Path]:
        if p not in served:
            served[p] = _server_includes(root, p)  # (a page's server includes, found once for the plan)
        return served[p]

    def kind_of(p: Path) -> PageKind:
        if p not in kinds and (to := server_redirect(p)) is not None:
            kinds[p] = PageKind("redirect", target=to)  # ("header('Location: about/about.php')": code only)
        if p not in kinds:
            try:
                kinds[p] = page_kind(read_file(p.parent, p))
            except SourceError as exc:
                kinds[p] = PageKind("unreadable", target=exc.message)
            if kinds[p].kind == "fragment" and any(d is not None and _opens_document(d.text)
                                                   for f in served_by(p) for d in [doc_or_none(f)]):
                # a server page whose head an include pulls in ("include 'template/header.php'"): what the server
                # sends is a whole page
                kinds[p] = PageKind("page")
        return kinds[p]

    queue = [root / n for n in HOME_NAMES if (root / n) in pages] or [home for home in [language_home(root)] if home]
    home: Path | None = None
    shell: Path | None = None
    front: Path | None = None
    framed: list[Path] = []  # the other frames of a frameset home: their links are followed too
    seen: set[Path] = set()
    while queue:
        cand = queue.pop(0)
        if cand in seen:
            continue
        seen.add(cand)
        k = kind_of(cand)
        if k.kind in ("page", "fragment"):
            home = cand  # a server sends index.html as the home page, written with <html> or without
            break
        if k.kind == "shell" and shell is None:
            shell = cand
        if k.kind in ("shell", "empty") and front is None:
            front = cand
        if k.kind == "redirect" and k.target:
            target = _local_target(root, cand, k.target)
            if target is None and re.match(r"https?://[^/]+/.", k.target, re.I):
                # "url=https://me.github.io/html/index.html", and html/index.html is here: the site's own address
                target = _local_target(root, cand, "/" + k.target.split("/", 3)[3])
            if target is not None:
                queue.insert(0, target)
        if k.kind == "frames":
            # the frames are the page: the one with most text of its own (not a menu of links) is the home
            frames = [t for src in k.containers for t in [_local_target(root, cand, src)]
                      if t is not None and t not in framed and kind_of(t).kind in ("page", "fragment")]
            if frames:
                home = max(frames, key=lambda f: (_own_words(doc_or_none(f)), -frames.index(f)))
                framed = [f for f in frames if f != home]
                skipped.append((cand, k.why))
                break
        skipped.append((cand, k.why))
    if home is None and shell is None:
        # no index page: the page of the folder that links to most of its other pages (one page: that one); of pages
        # linking as many, one that is no section page ("main_de.html" beside "publications_de.html": the list is
        # read as the section page it is named for)
        best = None
        for p in pages:
            if p in seen or kind_of(p).kind != "page":
                continue
            doc = doc_or_none(p)
            links = len({t for h in re.findall(r"href\s*=\s*['\"]?([^'\"\s>]+)", doc.text, re.I)
                         for t in [_local_target(root, p, h)] if t is not None and t != p.resolve()})
            score = (links, html_page_kind(p) not in UNLINKED_KINDS, len(doc.text))
            if best is None or score > best[0]:
                best = (score, p)
        home = best[1] if best else None
    out: list[Path] = []
    fragments: list[Path] = []
    if home is not None:
        doc = doc_or_none(home)
        out = linked_pages(root, home, doc) if doc is not None else []
        out += [f for f in script_markdown(root, home, doc) if f not in out] if doc is not None else []
        out += [f for f in server_menu_pages(root, home) if f not in out]
        fragments = included_fragments(root, home, doc, served_by(home)) if doc is not None else []
        for frag in fragments:
            # the menu of a header the home page pulls in by script: the site's pages it links to are read too
            fdoc = doc_or_none(frag)
            out += [f for f in linked_pages(root, frag, fdoc) if f not in out and f != home.resolve()] \
                if fdoc is not None else []
        for frame in framed:
            fdoc = doc_or_none(frame)
            out += [f for f in linked_pages(root, frame, fdoc) if f not in out and f != home.resolve()] \
                if fdoc is not None else []
    elif shell is not None:
        names = [fold(c) for c in kind_of(shell).containers]
        fragments = [f for f in page_files(root, HTML_SUFFIXES, depth=3)
                     if backup_reason(f.relative_to(root).as_posix()) is None and kind_of(f).kind == "fragment"]
        named = sorted((f for f in fragments if fold(f.stem) in names), key=lambda f: names.index(fold(f.stem)))
        out = [f.resolve() for f in (named or fragments)][:MAX_LINKED_PAGES]
        if not out:
            # nothing for a script to load: a short page with a few empty boxes, read as the home page
            skipped = [(p, why) for p, why in skipped if p != shell]
            home = shell
            doc = doc_or_none(home)
            out = linked_pages(root, home, doc) if doc is not None else []
            fragments = included_fragments(root, home, doc, served_by(home)) if doc is not None else []
    if home is not None and doc is not None:  # (the home's document, read in either branch above)
        # the pages its menu loads into its content box are the site's pages, not a sidebar's
        swapped = swapped_pages(root, home, doc)
        out += [f for f in swapped if f not in out and f != home.resolve()]
        fragments = [f for f in fragments if f not in swapped]
    taken = {p.resolve() for p in out} | {p.resolve() for p, _ in skipped}
    if home is not None:
        taken.add(home.resolve())
    pages = pages + section_folder_pages(root, home)
    for p in pages:
        if len(out) >= MAX_LINKED_PAGES:
            break
        if p.resolve() in taken:
            continue
        kind = html_page_kind(p)
        twin = _LANGUAGE_TWIN.fullmatch(p.stem)
        if twin and any(t.parent == p.resolve().parent and t.stem == twin.group(1) and t.suffix == p.suffix
                        for t in taken):
            # "achievements-j.html" beside the "achievements.html" the site links: the same list in another
            # language (its awards and papers again, translated), not a second list
            skipped.append((p, "the same page as " + twin.group(1) + p.suffix + " in another language"))
            continue
        if kind in UNLINKED_KINDS and kind_of(p).kind == "page":
            out.append(p.resolve())
        elif kind in UNLINKED_KINDS and kind_of(p).kind == "unreadable":
            skipped.append((p, kind_of(p).why))  # a section page kg cannot read: said, not dropped
    return SitePlan(root, home, out, skipped, fragments, served_by(home) if home is not None else [],
                    front if front != home else None)


_LANGUAGE_TWIN = re.compile(r"(.+?)[-_](?:j|ja|jp|jpn|e|en|eng|cn|zh|ch|kr|ko|de|fr|es|it|pt|ru)", re.I)
"""A page's name with a language's tag after it ("achievements-j", "pub_en", "index-cn"): the name of the page it
translates, before the tag."""


def section_folder_pages(root: Path, home: Path | None) -> list[Path]:
    """The pages of a site of one folder per section, its root's index sending the browser on to "about/about.php":
    those of the root's other folders ("research/publications.php", "contact/contact.php"), read as a root's pages
    would be; none for a site whose home is at its root, or in a language's folder ("en/index.html")."""
    if home is None or home.parent.resolve() == root.resolve() or home.parent.parent.resolve() != root.resolve() \
            or LANGUAGE_CODE.fullmatch(home.parent.name):
        return []
    return [p for p in page_files(root, HTML_SUFFIXES, depth=2) if p.parent.resolve() != root.resolve()
            and not p.parent.name.startswith(("_", ".")) and not LANGUAGE_CODE.fullmatch(p.parent.name)
            and backup_reason(p.relative_to(root).as_posix()) is None]


def detect_html_site(path: Path) -> float:
    """How sure it is that ``path`` is a plain HTML site (0.3 beside a generator's sources)."""
    if not path.is_dir():
        return 0.0
    root = find_site_root(path)
    if not site_pages(root):
        return 0.0
    if root == path and (jekyll_config(path) is not None or (path / "content").is_dir()):
        return 0.3  # a generated site beside its sources: the generator's importer knows better
    if root != path and len(root.relative_to(path).parts) > 1 and framework_sources(path):
        # a JavaScript framework's sources whose only HTML pages lie in a folder of a folder ("oauth/callback/", an
        # app's callback stub; "public/manual-publish/", a tool copied as it is): no build of the site, which is
        # written at the top of its build folder ("dist/index.html"); the framework's sources are the site
        return 0.3
    return 0.8


def cname_url(root: Path) -> str | None:
    """Where a GitHub Pages site is served when its ``CNAME`` file names its own domain (``www.example.net``):
    ``https://www.example.net/``, the base of the pages' relative links.

    >>> cname_url(Path("/nonexistent")) is None
    True
    """
    if (text := file_text(root / "CNAME")) is None:
        return None
    text = text.strip()
    host = text.split()[0].strip("/").lower() if len(text.split()) == 1 else ""
    host = re.sub(r"^https?://", "", host).strip("/")
    if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", host):
        return None
    return f"https://{host}/"


def _page_folder_url(url: str) -> str:
    """The page reader's folder_url (``https://host/~me`` -> ``https://host/~me/``), imported when used."""
    from ..page.parse import folder_url

    return folder_url(url)


def _kind_of_file(page: Path) -> str:
    """How a planned page is read: markdown (one a script fetches) or HTML."""
    return "markdown" if page.name.lower().endswith(MD_SUFFIXES) else "html"


def _owner_pages(root: Path, owner: str, home: list, pages: list, taken: set) -> list[Path]:
    """The pages of the site linked under the owner's name (``<a href="/people/walker.html">Travis
    Walker</a>`` on a group's people page): the owner's own profile, not yet read, in page order."""
    from ..common import owner_variant, same_name

    out: list[Path] = []
    done = {p.resolve() for p in taken if p is not None}
    for page, doc in [*home, *pages]:
        for label, target in _local_links(root, page, doc):
            if not label or len(label.split()) > 5 or not (same_name(label, owner) or owner_variant(label, owner)):
                continue
            if target not in done and target.suffix.lower() in HTML_SUFFIXES:
                done.add(target)
                out.append(target)
    return out[:2]


def _handed_name(person: Person) -> str:
    """The home page's name for its owner as the other pages are read with it: the fullest way the page writes
    it ("Farida A. Selim" in the profile card under the heading "Group leader Dr. Farida Selim"; "Ana Ruiz-Soto"
    in the bio, both family names, under the heading "Ana Ruiz"), so that the papers that write the middle initial
    ("F. A. Selim") or both family names ("A. Ruiz-Soto") are the owner's."""
    words = [fold(w) for w in person.name.split()]

    def fuller(alt: str) -> bool:
        more = [fold(w) for w in alt.split()]  # (a word of two family names, "Ruiz-Soto", folds to "ruiz soto")
        if has_cjk(alt) or more[:1] != words[:1]:
            return False
        if len(more) > len(words):
            return more[-1:] == words[-1:]
        return len(more) == len(words) > 1 and more[:-1] == words[:-1] and more[-1].startswith(words[-1] + " ")

    return max([person.name, *filter(fuller, person.alternate_names)], key=lambda n: (fullness(n), len(n)))


def _no_full_name(name: str) -> bool:
    """A home page's name that does not say whose site it is: a lab's or a group's (:func:`~.owner.group_name`),
    or one word ("TrajectoryPublished": two labels of a card set together) in Latin letters."""
    return group_name(name) or (len(name.split()) == 1 and not has_cjk(name))


def _included_owner(root: Path, fragments: list[Path], base_url: str | None) -> str | None:
    """The person the files a home page pulls in (``fragments``, :func:`included_fragments`: its head, sidebar)
    name, the first that names one (a lab's name is none), or None."""
    for frag in fragments:
        try:
            name = read_page(read_file(root, frag), "html", None, base_url).person.name
        except SourceError:
            continue
        if name and not _no_full_name(name):
            return name
    return None


def _head_agrees(root: Path, page: Path, name: str) -> bool:
    """Whether a page's head names ``name`` twice: its author field (``<meta name="author">``, ``dc.creator``) and
    its ``<title>`` share two of the name's words ("Esmeral García, Kevin Ph.D." and "Matematikoua - Esmeral, Kevin
    Ph.D." both say Kevin Esmeral)."""
    try:
        head = lxml.html.fromstring(read_file(root, page).text.encode("utf-8")).find(".//head")
    except (SourceError, ValueError, lxml.etree.ParserError):
        return False
    if head is None:
        return False
    words = {fold(w) for w in LETTER_WORDS.findall(name)}
    title = " ".join(el.text_content() for el in head.iter("title"))
    authors = " ".join(el.get("content") or "" for el in head.iter("meta")
                       if (el.get("name") or "").lower() in ("author", "dc.creator"))

    def said(text: str) -> int:
        return len(words & {fold(w) for w in LETTER_WORDS.findall(text)})

    return min(said(title), said(authors)) >= min(2, len(words))


def _read_for_person(root: Path, page: Path, owner: str, person: Person, base: str | None = None
                     ) -> tuple[SourceDoc, Profile] | None:
    """A page of the site read by the page reader for the owner's particulars, which fill in ``person``
    (:func:`~.assemble.merge_same_person`): its doc and profile, None when it does not read; ``base``: the page's
    own address, where its relative links point from."""
    try:
        doc = read_file(root, page)
        profile = read_page(doc, "html", owner, base)
    except SourceError:
        return None
    merge_same_person(person, profile.person)
    return doc, profile


def parse_html_site(path: Path, options: ImportOptions, more_parts=None) -> Profile:
    """A plain HTML site: its planned pages read by the page reader, the owner found on them when the home
    page names nobody. ``more_parts``: given the owner's name, the parts of files a generator renders into the
    pages (the BibTeX a Jekyll site's ``{% bibliography %}`` tag draws), read with the pages."""
    plan = plan_html_site(path)
    root, top = plan.root, plan.root.resolve()
    if plan.home is None and not plan.pages:
        whys = sorted({why for _, why in plan.skipped})
        raise SourceError("no HTML page to read in the folder" + (f" (skipped: {'; '.join(whys)})" if whys else ""),
                          path=str(path))

    def rel_of(p: Path) -> str:
        return p.resolve().relative_to(top).as_posix()

    # (where the site is published: --base-url, its CNAME, else the address its home page states, for every page,
    # the owner's CV and contact pages and the site's records as for the pages the home links)
    base_url = options.base_url or cname_url(root) or _stated_base(root, plan.home)

    def read_all(owner: str | None, hand_over: bool = False):
        """(home doc, home profile or None, its error, [(page, doc, profile or error)]); the home page's name is the
        other pages' owner when it is a person's full name (or ``hand_over``)."""
        home_doc = main = err = None
        if plan.home is not None:
            home_doc = read_file(root, plan.home)
            try:
                main = read_page(home_doc, "html", owner, base_url)
            except SourceError as exc:
                err = exc
        home_url = (main.person.homepage if main is not None else None) or base_url
        # (a home page headed by a lab's name, or by one word, hands no owner on: the pages' authors are then read
        # as written, to say whose site it is)
        owner = owner or (_handed_name(main.person) if main is not None and (hand_over or not _no_full_name(
            main.person.name)) else None)
        out = []
        for page in plan.pages:
            pdoc, bad = read_or_blank(root, page)
            if bad is not None:  # one empty or unreadable page: said in unparsed, the others read
                out.append((page, pdoc, bad))
                continue
            base = urljoin(_page_folder_url(home_url), rel_of(page)) if home_url else None
            kind = _kind_of_file(page)
            try:
                out.append((page, pdoc, read_page(pdoc, kind, owner, base)))
            except SourceError as exc:
                out.append((page, pdoc, exc))
        return home_doc, main, err, out

    owner = options.owner
    home_doc, main, err, pages = read_all(owner)
    if main is None and owner is None and home_doc is not None:
        # the home page's own text names nobody, and the head its server pulls in does ("include 'header.php'":
        # "<title>Dr Ann Lee - Lecturer</title>"): that is whose page it is, as a browser shows it
        owner = _included_owner(root, plan.fragments, base_url)
        if owner is not None:
            home_doc, main, err, pages = read_all(owner)
    if owner is None and plan.front is not None:
        # the site's index is an empty frame its scripts fill (fetched fragments, React components): its head's
        # title or author names whose site it is, as a visitor's browser shows it, when the pages name no one; over
        # the home page's own heading (a course page the plan fell back on: "Métodos de Integración") only when its
        # author and its title agree (a generator's "<title>React App</title>" left in the frame names no one)
        named = main.person.name if main is not None and not _no_full_name(main.person.name) else None
        front = _included_owner(root, [plan.front], base_url)
        if front is not None and (named is None or not same_name(front, named) and _head_agrees(root, plan.front,
                                                                                                  front)):
            owner = front
            home_doc, main, err, pages = read_all(owner)
    drawn = [(plan.home, home_doc)] if home_doc is not None else []
    drawn += [(page, d) for page, d, _ in pages]
    bibs = _bib_parts(root, drawn, owner)
    named_a_group = main is not None and owner is None and _no_full_name(main.person.name)
    from_pages = (main is None or named_a_group) and owner is None  # (whose site it is, read off all its pages)
    if from_pages:
        # the home page names nobody, or a lab ("Hines Lab"): the owner is who the site's pages are about
        profiles = [p for _, _, p in pages if isinstance(p, Profile)] + ([main] if main is not None else [])
        # (the papers a script draws from a BibTeX file say whose site it is as well as a written list)
        profiles += [Profile(person=Person(name="-"), publications=b.publications) for b in bibs if b.publications]
        texts = [d.text for _, d, _ in pages] + ([home_doc.text] if home_doc is not None else [])
        owner = lab_owner(profiles, texts)
        if owner is None and main is None:
            from .record_files import site_records_owner

            owner = site_records_owner(root, base_url, texts)  # the author on most of the site's publication records
        if owner is None and main is None:
            owner = lab_namesake(texts)  # "Ana Ruiz Laboratory": the person the lab is named for
        if owner is None and main is None:
            # (a page that lists works and names nobody says so, over a home page that has neither: the works
            # are there, read once an owner is given)
            from ..page.parse import NO_OWNER  # (page.parse reads sites' pages with this module: imported here)

            err = next((e for _, _, e in pages if isinstance(e, SourceError) and e.message == NO_OWNER), err)
            if err is not None:
                raise err
            raise SourceError("no owner name on the site's pages (give --owner NAME)", path=str(path))
        if owner is not None:
            own = _owner_pages(root, owner, [(plan.home, home_doc)] if home_doc is not None else [],
                               [(page, d) for page, d, _ in pages], {plan.home, *plan.pages})
            plan.pages.extend(own)  # the owner's own page on their group's site, read as the site's
            home_doc, main, err, pages = read_all(owner)
            drawn = [(plan.home, home_doc)] if home_doc is not None else []
            bibs = _bib_parts(root, drawn + [(page, d) for page, d, _ in pages], owner)
        elif not group_name(main.person.name):
            home_doc, main, err, pages = read_all(None, hand_over=True)  # a one-word name no page contradicts
    person = main.person.model_copy(deep=True) if main is not None else Person(name=owner)
    if not options.owner and main is not None and (full := _handed_name(person)) != person.name:
        # the heading's "Ana Ruiz" is "Ana Ruiz-Soto" in the bio, "Farida Selim" is "Farida A. Selim" in the card
        person.alternate_names = [person.name, *(a for a in person.alternate_names if a != full)]
        person.name = full
    if not options.owner and fullness(person.name)[0] < len(person.name.split()):
        # the home page gives the name with initials ("C. Wu"): the site may write it out ("Chong Wu")
        full = fullest_form([person.name], [d.text for d in [home_doc, *(d for _, d, _ in pages)] if d is not None],
                            loose=True)
        if not same_name(full, person.name) and person.name not in person.alternate_names:
            person.alternate_names.append(person.name)  # "G. J. Slater" on the papers, "Graham Slater" on the pages
        person.name = full
    owner = owner or person.name
    parts: list[Part] = []
    for page, pdoc, sub in ([(plan.home, home_doc, main or err)] if plan.home is not None else []) + pages:
        rel = rel_of(page)
        kind = _kind_of_file(page)
        if isinstance(sub, SourceError):
            parts.append(unread_part(rel, pdoc, kind, sub))
            continue
        if page != plan.home and not another_pi_page(rel, pdoc, person.name):
            merge_same_person(person, sub.person)  # (not a page on the owner's advisor, "PI.html" under "Jane Roe")
        parts.append(Part(rel, pdoc, kind, profile=sub))
    parts += bibs
    planned = {p.resolve() for p in [*plan.pages, *([plan.home] if plan.home is not None else [])]}
    cv_read: list[tuple[Path, str]] = []
    for page in site_pages(root) + section_folder_pages(root, plan.home):
        # the owner's CV page ("CV.htm"): read for the person only (degrees, positions); its lists repeat the
        # site's own pages (its lines stay as unread as before). The site's contact page ("contact.htm", which no
        # page read links to: the home that did is a redirect now) likewise, for the address and workplace.
        contact = name_kind(page) == "contact"
        if (page.stem.lower() in CV_NAMES or contact) and page.resolve() not in planned:
            read = _read_for_person(root, page, owner, person)
            if read is None:
                continue
            cv = read[1]
            # (a CV that lists works is read for them, and its awards, by the site's account,
            # assemble.account_files: they fill in the site's lists, and are the list when no other page lists any;
            # one that lists none gives its awards where no page of the site lists any)
            if not cv.publications:
                # (not a page another person's name heads: a student's vitae.html is hers)
                awarded = not contact and not headed_by_another(read[0], person) \
                    and cv_items_unlisted(parts, "awards", cv.awards, rel_of(page))
                what = "email, address, workplace" if contact else \
                    "degrees, positions, awards" if awarded else "degrees, positions"
                cv_read.append((page, f"read for the owner's particulars only ({what})"))
    if home_doc is not None:
        served = set(plan.served)
        for frag in plan.fragments:
            # the sidebar or header every page pulls in: read for the owner's particulars (links, title) only
            if frag in planned or frag.resolve() == plan.home.resolve():
                continue
            # (its relative links are the page's that pulls it in, from where that page is served: "./papers/a.pdf"
            # of the works index.html loads from "parts/papers.html" is /papers/a.pdf, as the browser resolves what
            # a script or the server puts into the page, placed under the site's CNAME domain as the planned
            # pages' are)
            home_url = person.homepage or base_url
            read = _read_for_person(root, frag, owner, person,
                                    urljoin(_page_folder_url(home_url), rel_of(plan.home)) if home_url else None)
            if read is None:
                continue
            fdoc, sub = read
            if frag not in served and sub.publications:
                # a list of works the page's script loads into its own box ('$("#main").load("papers.html")'):
                # what the page shows, read as its part (a sidebar lists none)
                parts.append(Part(rel_of(frag), fdoc, "html", publications=sub.publications, fills_only=True))
                continue
            cv_read.append((frag, "read for the owner's particulars only (a head, menu or footer its server pulls "
                                  "into the page)" if frag in served else
                                  "read for the owner's particulars only (a sidebar or header its pages pull in by script)"))
    if plan.home is not None:
        from ..common import identifier_from_url

        for label, address in server_menu(root, plan.home):
            # the owner's profiles the site's menu links to ("twitter" => array("@me", "https://twitter.com/me"),
            # "github" => array("github/me", ...)): a label that is a handle or names the profile's site; a
            # person's name beside an address ('array("Jane Roe", "https://github.com/janeroe")', a list of
            # coauthors) is that person's
            ident = identifier_from_url(address) if URL_SCHEME.match(address) else None
            if ident and (label.startswith("@") or fold(ident[0].split("_")[-1]) in fold(label)
                          or fold(ident[1]) in fold(label)):
                person.identifiers.setdefault(*ident)
    if from_pages:
        short = head_short_name(person.name, [d.text for d in [home_doc, *(d for _, d, _ in pages)] if d is not None])
        if short:  # (the papers' form, which marks the owner among the authors, stays an alternate name)
            person.alternate_names = [person.name, *person.alternate_names]
            person.name = short
    # the JSON files the site's own script fetches to fill the page (its bio, links and news kept as data)
    from .script_data import script_data

    fetched, data_person = script_data(root, owner, base_url, {p.rel for p in parts})
    if data_person is not None:
        merge_person(person, data_person)
    parts += fetched
    from .lab import lab_data

    parts += lab_data(root, person, base_url, {p.rel for p in parts})
    if more_parts is not None:
        parts += more_parts(owner or person.name)
    notes = skip_notes(root, [*plan.skipped, *cv_read])
    return assemble(root, "html-site", person, parts, owner, notes=notes, base=base_url)
