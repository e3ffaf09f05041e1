"""Sites of the other generators: Sphinx and MyST, Jupyter Book (``_toc.yml``; notebooks read by their markdown
cells), Docusaurus, Gatsby, Next.js, Astro, Eleventy, R Markdown
websites (distill), and sites of JavaScript frameworks (Nuxt, SvelteKit, Vite ...) whose pages are components;
one detector and one reader (``static-site``; ``app-site`` is its old name).

Takes a folder whose configuration names its generator (``conf.py``, ``myst.yml``, ``docusaurus.config.js``,
``gatsby-config.js``, ``_site.yml`` ...) or whose ``package.json`` names a JavaScript framework; gives one profile:
the owner from ``--owner``, the author the configuration names (``author = "..."`` in ``conf.py``,
``project.authors`` in ``myst.yml``, ``siteMetadata.author``, a blog's one author in ``authors.yml``,
``name``/``author`` in ``_site.yml``), else the site's title when it is a person's name, else who the pages are
about, else who the site's publication records are about (:func:`_records_owner`); the home page (``index.md``,
``index.mdx``, ``index.rst``, ``index.Rmd`` ...) and the pages whose name, title or first heading names
publications, students, news, awards or the owner's CV, each read by the one markdown page reader. A developer's
``README.md`` beside the sources says how to build the site: it is not its home page. A site whose configuration
names nobody and that has no home page among its content pages (its pages are components) is read for its
publication records alone (:func:`~.record_files.record_parts`). A page that cannot be read is reported in
``unparsed``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import SourceError
from ...model import Person, Profile
from ..base import HTML_SUFFIXES, ImportOptions, SourceDoc
from ..common import lazy_compile, LETTER_WORDS, fold, repair_url, same_name, strip_tags
from ..document import front_matter_or_none
from .assemble import Part, assemble, merge_person, merge_same_person
from .fields import as_text, md_text, plain_text
from .files import (COMPONENT_SUFFIXES, HUGO_CONFIGS, TEMPLATE_SUFFIXES, backup_reason, component_page, doc_or_none, find_site_root,
                    first_file, jekyll_config, jupyter_book_config, load_config, not_a_page, page_files, read_file,
                    closing_bracket, rel_path, site_configs, skip_notes)
from .owner import (TITLE_KEYS, config_people, fullest_form, fullness, group_name, named_owner, person_title,
                    site_owner, titled_owner)
from .pages import (CV_NAMES, MAX_LINKED_PAGES, UNLINKED_KINDS, bibtex_part, html_page_kind, html_file_part,
                    html_part, markdown_part, md_page_kind)
from .record_files import record_parts, site_files




SOURCE_SUFFIXES = (".md", ".markdown", ".mdx", ".rst", ".rmd", ".qmd", ".myst", ".ipynb")
"""The content pages of the generators read here: markdown, MDX, reStructuredText, R Markdown, Quarto, MyST,
Jupyter notebooks (their markdown cells)."""


GENERATORS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (generator, its configuration files, the folders its content pages are in; "" the configuration's own)
    # (a Jupyter Book: ``_config.yml`` beside ``_toc.yml``, whose files are its pages, its root the home)
    ("jupyter-book", ("_config.yml", "_config.yaml"), ("",)),
    ("sphinx", ("conf.py", "source/conf.py", "docs/conf.py", "doc/conf.py"), ("",)),
    # Pelican: its standalone pages in content/pages/, its articles in content/
    ("pelican", ("pelicanconf.py", "publishconf.py"), ("content/pages", "content")),
    ("myst", ("myst.yml",), ("",)),
    ("rmarkdown", ("_site.yml",), ("",)),
    # (a JavaScript generator's root holds the developer's notes, not pages: README.md, CLAUDE.md, CHANGELOG.md)
    # (Docusaurus: its pages, and the docs its classic preset serves from "docs/")
    ("docusaurus", ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"), ("src/pages", "docs")),
    ("gatsby", ("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs"),
     ("src/pages", "content", "src/content", "src/data")),
    ("next", ("next.config.js", "next.config.ts", "next.config.mjs"), ("content", "src/content", "pages")),
    ("astro", ("astro.config.mjs", "astro.config.js", "astro.config.ts"), ("src/content", "src/pages")),
    ("eleventy", (".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"), ("src", "")),
)


OTHER_GENERATORS = ("_quarto.yml", "mkdocs.yml", "mkdocs.yaml", "zensical.toml", *HUGO_CONFIGS, "index.jemdoc")
"""Sites the other importers read (Jekyll's configuration is found by :func:`~.files.jekyll_config`)."""


_FRAMEWORKS = ("gatsby", "next", "astro", "nuxt", "@sveltejs/kit", "vite", "react-scripts", "vuepress",
               "@docusaurus/core", "vitepress", "@11ty/eleventy")
"""The ``package.json`` dependencies that make a folder a JavaScript framework's site."""


def site_frameworks(path: Path) -> set[str]:
    """The JavaScript frameworks (:data:`_FRAMEWORKS`) ``path/package.json`` names among its dependencies."""
    try:
        pkg = json.loads((path / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    deps = [pkg.get(k) or {} for k in ("dependencies", "devDependencies")] if isinstance(pkg, dict) else []
    return {f for d in deps for f in _FRAMEWORKS if f in d} if all(isinstance(d, dict) for d in deps) else set()


_COMPONENT_GENERATORS = ("docusaurus", "gatsby", "next", "astro")
"""The generators whose pages are components (JSX, Astro): a site of theirs is a JavaScript framework's."""

_FRAMEWORK_CONFIGS = tuple(f"svelte.config{suffix}" for suffix in (".js", ".ts", ".mjs", ".cjs"))
"""The configuration module of a framework whose pages are single-file components (SvelteKit's
``svelte.config.js``), which marks its site whether or not its ``package.json`` was kept beside it. (Not Nuxt's
``nuxt.config.ts``: a Nuxt app's ``content/`` pages are read by the site reader that reads content folders.)"""


def framework_sources(path: Path) -> bool:
    """Whether ``path`` holds a JavaScript framework's sources: its ``package.json`` names one, or it holds the
    configuration of a generator whose pages are components (``astro.config.mjs``, ``next.config.js`` ...)."""
    return bool(site_frameworks(path)) or first_file(path, _FRAMEWORK_CONFIGS) is not None or any(
        first_file(path, configs) is not None for g, configs, _f in GENERATORS if g in _COMPONENT_GENERATORS)


@dataclass
class _Site:
    """A site's generator and configuration file, the owner and URL that configuration gives (the file read, its
    lines used), its content pages and the home among them: read once, by the detector or the reader."""

    generator: str | None = None
    cfg: Path | None = None
    name: str | None = None
    url: str | None = None
    cfg_doc: SourceDoc | None = None
    used: list[int] = field(default_factory=list)
    pages: list[Path] = field(default_factory=list)
    home: Path | None = None
    titled: bool = False  # (the owner's name read from the site's title, :data:`~.owner.TITLE_KEYS`)

    @property
    def by_pages(self) -> bool:
        """Whether the site is read by its pages (its configuration names the owner, or it has a home page);
        else it is read for its publication records alone (a framework's pages are components, not text)."""
        return self.generator is not None and bool(self.name or self.home)


def _framework_site(path: Path, site: _Site) -> bool:
    """Whether ``path/package.json`` names a JavaScript framework among its dependencies, or ``path`` holds the
    configuration of a generator whose pages are components (``site``, what ``path`` holds, says its generator:
    ``next.config.mjs``, ``astro.config.mjs`` ...), whether or not its ``package.json`` was kept beside it."""
    return bool(site_frameworks(path)) or site.generator in _COMPONENT_GENERATORS \
        or first_file(path, _FRAMEWORK_CONFIGS) is not None


def _site(path: Path) -> _Site | None:
    """What ``path`` holds of a generator's site; None when it is no folder or a site another importer reads
    (Jekyll, Hugo, Quarto, MkDocs, jemdoc)."""
    if not path.is_dir() or jekyll_config(path) is not None or any((path / n).exists() for n in OTHER_GENERATORS):
        return None
    for generator, configs, _folders in GENERATORS:
        cfg = jupyter_book_config(path) if generator == "jupyter-book" else first_file(path, configs)
        if cfg is not None:
            name, url, doc, used, titled = _config_owner(path, generator, cfg)
            pages = content_pages(path, generator, cfg, doc)
            home = (pages[0] if pages and pages[0].stem == _toc_files(path)[0] else None) \
                if generator == "jupyter-book" else _saved_as_index(pages) or _home(pages)
            return _Site(generator, cfg, name, url, doc, used, pages, home, titled)
    return _Site()


def _root_site(path: Path) -> tuple[Path, _Site | None]:
    """The folder of ``path`` that holds a generator's configuration (found by :func:`~.files.find_site_root`:
    ``path`` itself, its site folder, or its one subfolder that holds one, "stich/" of a repository whose site
    lives there), and what it holds (:func:`_site`, read once per folder); ``path`` when there is none."""
    sites: dict[Path, _Site | None] = {}

    def site_of(folder: Path) -> _Site | None:
        if folder not in sites:
            sites[folder] = _site(folder)
        return sites[folder]

    root = find_site_root(path, lambda d: (found := site_of(d)) is not None and found.generator is not None)
    return root, site_of(root)


def detect_generator_site(path: Path) -> float:
    """How sure it is that ``path`` holds the sources of a site built by another generator or a JavaScript
    framework: 0.65, above a README (the developer's notes beside the sources), below a folder of built HTML
    pages (what visitors read). A configuration that names nobody beside no home page counts only when
    ``package.json`` names a framework (its records are read), and not when a ``content/`` folder holds markdown
    pages, which the Hugo reader reads (0.15); a component generator's configuration kept without its
    ``package.json`` counts below a README (0.3)."""
    path, site = _root_site(path)
    if site is None:
        return 0.0
    if site.by_pages:
        return 0.65
    if not (path / "package.json").is_file():
        # (the configuration of a generator of components kept without its package.json: its records are read, but a
        # README beside it, which may introduce the owner, is surer)
        return 0.3 if site.generator in _COMPONENT_GENERATORS or first_file(path, _FRAMEWORK_CONFIGS) else 0.0
    if (path / "content").is_dir() and any((path / "content").glob("*.md")):
        return 0.15
    return 0.65 if _framework_site(path, site) else 0.0


_GATSBY_SOURCE = lazy_compile(r"""gatsby-source-filesystem['"`][^{}]{0,80}?options\s*:\s*\{[^{}]*?\bpath\s*:\s*"""
                            r"""(?:`\$\{__dirname\}/|['"`](?:\./)?)(?P<dir>[\w./-]+?)/?['"`]""", re.S)
"""A folder a Gatsby site's configuration declares as a source of its pages (``resolve: 'gatsby-source-filesystem',
options: {name: 'markdown', path: `${__dirname}/src/markdown`}``)."""


def _content_dirs(root: Path, generator: str, cfg: Path, cfg_doc: SourceDoc | None = None) -> list[Path]:
    """The generator's content folders; a Gatsby site's also those its configuration (``cfg_doc``, as read)
    sources its pages from."""
    folders = list(next(f for n, _c, f in GENERATORS if n == generator))
    if generator == "gatsby" and (doc := cfg_doc) is not None:
        # the folders the configuration reads its pages from, whatever they are called ("src/markdown")
        folders += [m.group("dir") for m in _GATSBY_SOURCE.finditer(doc.text)
                    if not re.search(r"(?i)(?:^|/)(?:images?|img|assets|static|fonts?)$", m.group("dir"))]
    out = []
    for f in folders:
        d = cfg.parent if f == "" and generator == "sphinx" else root / f if f else root
        if d.is_dir() and d not in out:
            out.append(d)
    return out


_TOC_FILE = re.compile(r"^\s*(?:-\s*)?(?:root|file)\s*:\s*['\"]?([^'\"#\s]+)", re.M)


def _toc_files(root: Path) -> list[str]:
    """The pages a Jupyter Book's ``_toc.yml`` names, root first, without suffix (``intro``, ``papers/list``);
    the entries commented out are not."""
    toc = first_file(root, ("_toc.yml", "_toc.yaml"))
    doc = doc_or_none(toc) if toc is not None else None
    files = [m.group(1) for m in _TOC_FILE.finditer(doc.text)] if doc is not None else []
    return [str(Path(f).with_suffix("")) if Path(f).suffix in SOURCE_SUFFIXES else f for f in files] or [""]


def content_pages(root: Path, generator: str, cfg: Path, cfg_doc: SourceDoc | None = None) -> list[Path]:
    """The generator's content pages (markdown, MDX, reST, R Markdown ...) in its content folders, backups
    and the developer's README left out; a Jupyter Book's are the files its ``_toc.yml`` names, in its order."""
    if generator == "jupyter-book":
        named = [first_file(root, [f + s for s in SOURCE_SUFFIXES]) for f in _toc_files(root) if f]
        return list(dict.fromkeys(p for p in named if p is not None and backup_reason(p.name) is None))
    out: list[Path] = []
    # (an Astro site's pages may be its components, "src/pages/index.astro": HTML around code, read as that HTML)
    suffixes = (*SOURCE_SUFFIXES, *COMPONENT_SUFFIXES) if generator == "astro" else SOURCE_SUFFIXES
    if generator == "pelican":
        # (Pelican reads an HTML file in its content as a page too, its <head> the metadata: "content/pages/index.html"
        # saved as the site's home)
        suffixes = (*SOURCE_SUFFIXES, *HTML_SUFFIXES)
    if generator == "eleventy":
        # (Eleventy's pages are templates too: HTML with Nunjucks or Liquid tags, "index.njk", read as that HTML)
        suffixes = (*SOURCE_SUFFIXES, *HTML_SUFFIXES, *TEMPLATE_SUFFIXES)
    for folder in _content_dirs(root, generator, cfg, cfg_doc):
        # (a routing folder's page may be a folder's index, "src/pages/contact/index.astro", a content folder's page
        # one of a collection's, "src/content/pages/news.md": the folder's own pages first)
        found = page_files(folder, suffixes, depth=1 if folder == root else 2)
        for page in sorted(found, key=lambda p: len(p.relative_to(folder).parts)):
            if page not in out and backup_reason(page.name) is None and not not_a_page(page.name) and (
                    not component_page(page.name) or _shows_words(page)):
                out.append(page)
    return out


def _shows_words(page: Path) -> bool:
    """Whether a component page writes words of its own besides its code (``<h1>{title}</h1>`` writes none: what it
    shows is the code's, and no reader knows it)."""
    doc = doc_or_none(page)
    return doc is not None and len(LETTER_WORDS.findall(strip_tags(doc.text, " "))) >= 3


_READ_KINDS = (*UNLINKED_KINDS, "bio", "education", "contact")
"""The pages read beside the home: the lists kg reads, and the pages about the owner (about, education, contact)."""


_HOME_STEMS = ("index", "_index", "home", "about", "landing")


def _html_like(page: Path) -> bool:
    """Whether a content page is read as the HTML it holds: an HTML page, a component page
    (:func:`~.files.component_page`) or a template of HTML (:data:`TEMPLATE_SUFFIXES`)."""
    return component_page(page.name) or page.suffix.lower() in (*HTML_SUFFIXES, *TEMPLATE_SUFFIXES)


def _page_part(root: Path, page: Path, owner: str | None, base: str | None) -> Part:
    """A content page read by the page reader: a markdown page as its site renders it, a component page or a
    template as the HTML it holds."""
    if not _html_like(page):
        return markdown_part(root, page, owner, base)
    return html_file_part(root, page, owner, base)


_PELICAN_RST_FIELD = re.compile(r"^:([\w-]+):\s*(.*?)\s*$")
_PELICAN_MD_FIELD = re.compile(r"^([A-Za-z][\w-]*):\s*(.*?)\s*$")
_RST_ADORNMENT = re.compile(r"""^([=\-#*~^"'`+_.:])\1{2,}\s*$""")


def pelican_metadata(doc: SourceDoc) -> dict[str, str]:
    """A Pelican page's metadata, its keys in lower case: a markdown page's first lines up to a blank one, each
    ``Key: value`` ("save_as: index.html"); a reST page's docinfo, the field list that opens it or follows its
    title (``:save_as: index.html`` under "Oskar Lind / ####"). A field list further down is the page's text.

    >>> pelican_metadata(SourceDoc(Path("a.rst"), "Lind\\n####\\n\\n:slug: home\\n:save_as: index.html\\n\\nText\\n"))
    {'slug': 'home', 'save_as': 'index.html'}
    """
    lines = doc.text.split("\n")
    out: dict[str, str] = {}
    if doc.path.suffix.lower() == ".rst":
        i = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
        if _RST_ADORNMENT.match(lines[i] if i < len(lines) else "") and i + 2 < len(lines) \
                and _RST_ADORNMENT.match(lines[i + 2]):
            i += 3  # (a title over- and underlined)
        elif i + 1 < len(lines) and not lines[i].startswith(":") and _RST_ADORNMENT.match(lines[i + 1]):
            i += 2
        while i < len(lines) and not lines[i].strip():
            i += 1
        while i < len(lines) and ((m := _PELICAN_RST_FIELD.match(lines[i]))
                                  or (out and lines[i][:1] in (" ", "\t") and lines[i].strip())):
            if m:  # (else a field's value carried on)
                out.setdefault(m.group(1).lower(), m.group(2))
            i += 1
        return out
    head = lines[1:] if lines and lines[0].strip() == "---" else lines  # (a YAML block, as a plugin reads it)
    for line in head:
        m = _PELICAN_MD_FIELD.match(line)
        if m is None and line.startswith((" ", "\t")) and out:
            continue  # (a value carried on)
        if m is None:
            break
        out.setdefault(m.group(1).lower(), m.group(2))
    return out


def _pelican_page_base(page: Path, root: Path, cfg: Path, base: str | None) -> str | None:
    """The folder a Pelican page of ``content/pages`` is served in, where its relative links lead: the one its
    metadata (:func:`pelican_metadata`) saves it at (``:save_as: index.html``: the site's root; an address of
    another site, "URL: https://www.uu.se/x/", is none), else the one of the configuration's ``PAGE_URL``
    (``pages/{slug}.html`` unless set), ``{slug}`` the page's ``:slug:``; ``base`` when that folder is named by
    what the page does not say."""
    if not base or page.parent.name != "pages":
        return base
    doc = doc_or_none(page)
    meta = pelican_metadata(doc) if doc is not None else {}
    at = next((v for k, v in meta.items() if k in ("save_as", "url") and v and "://" not in v
               and not v.startswith("//")), None)
    if at is None:
        at = python_config(root, cfg)[1].get("page_url") or "pages/{slug}.html"
    folder = at.lstrip("/").rpartition("/")[0]
    if meta.get("slug") and re.fullmatch(r"[\w.-]+", meta["slug"]):
        folder = folder.replace("{slug}", meta["slug"])
    if "{" in folder:
        return base
    return base.rstrip("/") + "/" + (folder + "/" if folder else "")


def _page_kind(page: Path) -> str | None:
    return html_page_kind(page) if _html_like(page) else md_page_kind(page, doc_or_none(page))


_LAYOUT_DIRS = ("_layouts", "_includes", "_includes/layouts", "src/_layouts", "src/_includes", "src/_includes/layouts")


def _template_layouts(root: Path, pages: list[Path]) -> list[Path]:
    """The layout templates (Nunjucks, Liquid) the front matter of ``pages`` names (Eleventy's ``layout:
    common.njk``, looked for in its usual layout folders), each once."""
    out: list[Path] = []
    for page in pages:
        try:  # (the front matter as written: read_file's reading of a template blanks it)
            fm = front_matter_or_none(SourceDoc.read(page))
        except (SourceError, OSError):
            continue
        name = (as_text(fm.data.get("layout")) or "").strip() if fm is not None else ""
        if not re.fullmatch(r"[\w./\-]+", name):
            continue
        names = [name] if Path(name).suffix else [name + s for s in TEMPLATE_SUFFIXES]
        found = next((root / d / n for d in _LAYOUT_DIRS for n in names if (root / d / n).is_file()), None)
        if found is not None and found.suffix.lower() in TEMPLATE_SUFFIXES and found not in out:
            out.append(found)
    return out


def _saved_as_index(pages: list[Path]) -> Path | None:
    """The page whose metadata saves it as the site's ``index.html`` (Pelican's ``:save_as: index.html``): the
    home, whatever its file is called."""
    for page in pages:
        doc = doc_or_none(page)
        if doc is not None and pelican_metadata(doc).get("save_as", "").lower() in ("index.html", "index.htm"):
            return page
    return None


def _home(pages: list[Path]) -> Path | None:
    """The site's home page among its content pages: ``index.*`` (first folder first), else ``about.*``; a page that
    only sends the browser on (``<meta http-equiv="refresh" content="0;home/">``, no words of its own) is none."""
    for stem in _HOME_STEMS:
        for page in pages:
            if page.stem.lower() == stem and not _only_redirects(page):
                return page
    return None


def _only_redirects(page: Path) -> bool:
    """Whether an HTML page only sends the browser on (:func:`~.html_site.page_kind`'s redirect)."""
    from .html_site import page_kind

    if page.suffix.lower() not in HTML_SUFFIXES:
        return False
    doc = doc_or_none(page)
    return doc is not None and page_kind(doc).kind == "redirect"


_PY_ASSIGN = re.compile(r"""^(?P<key>author|project|html_title|html_baseurl)\s*=\s*(?P<q>['"])(?P<v>[^'"\n]+)(?P=q)""",
                        re.M)
# (a Python 2 configuration writes u'...')
PYTHON_CONFIG_KEYS = {"BLOG_AUTHOR": "author", "AUTHOR": "author", "BLOG_EMAIL": "email", "SITE_URL": "url",
                      "SITEURL": "url", "BLOG_TITLE": "title", "SITENAME": "title", "PAGE_URL": "page_url"}
"""A Python configuration's names for the site's author, address, URL and title (Pelican's ``AUTHOR``, ``SITENAME``,
``SITEURL``; Nikola's ``BLOG_AUTHOR``, ``BLOG_EMAIL``, ``SITE_URL``, ``BLOG_TITLE``), as the keys the other
configurations use; Pelican's ``PAGE_URL``, where its pages are served."""
_PELICAN_SOCIAL = re.compile(r"^(?:SOCIAL|LINKS)\s*=\s*[(\[]", re.M)
_JS_KEY = re.compile(r"""\b(?P<key>author|title|siteUrl|url|site)\s*:\s*(?P<q>['"`])(?P<v>[^'"`\n]+)(?P=q)""")
"""A JavaScript configuration's key for the site's owner, title or address (Astro's ``site: 'https://...'``)."""


def _config_values(root: Path, cfg: Path, generator: str) -> tuple[SourceDoc | None, dict, dict[str, int], str | None]:
    """A generator's configuration read for whose site it is and where it lives: (the file read, its values as a
    mapping :func:`~.owner.config_people` reads, each key's line (dotted), the URL key): a YAML configuration as it
    is (:func:`~.files.load_config`), a ``conf.py``'s assignments and a JavaScript configuration's object keys
    (author, title, URL) as the keys they stand for."""
    if generator in ("myst", "rmarkdown", "jupyter-book"):
        try:
            doc, data, spans = load_config(root, cfg)
        except SourceError:
            return doc_or_none(cfg), {}, {}, None
        return doc, data, {k: v[0] for k, v in spans.items()}, "base_url"
    doc = doc_or_none(cfg)
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    if doc is None:
        return None, values, lines, None
    if generator == "pelican":
        _doc, values, lines = python_config(root, cfg)
    elif generator == "sphinx":
        for m in _PY_ASSIGN.finditer(doc.text):
            key = {"project": "title", "html_title": "title", "html_baseurl": "url"}.get(m.group("key"), m.group("key"))
            if key not in values:
                values[key], lines[key] = m.group("v").strip(), doc.line_of(m.start())
    else:
        for m in _JS_KEY.finditer(doc.text):
            key = "url" if m.group("key") in ("siteUrl", "site") else m.group("key")
            if m.group("key") == "site" and not re.match(r"https?://", m.group("v").strip()):
                continue  # (a site's name, not its address)
            if key not in values and not m.group("v").strip().startswith(("/", ".")):
                values[key], lines[key] = m.group("v").strip(), doc.line_of(m.start())
    return doc, values, lines, "url"


def _pelican_profiles(doc: SourceDoc, person: Person) -> list[int]:
    """The owner's profiles a Pelican configuration links in its ``SOCIAL`` and ``LINKS`` tuples
    (``('@jdoe', 'https://twitter.com/jdoe')``), as identifiers, and the email address one links
    (``('envelope', 'mailto:jdoe@example.org')``); the lines that gave one."""
    from ..common import find_email, identifier_from_url

    used: list[int] = []
    for m in _PELICAN_SOCIAL.finditer(doc.text):
        depth, at = 0, m.end() - 1
        for end in range(at, len(doc.text)):
            depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(doc.text[end], 0)
            if depth == 0:
                break
        for u in re.finditer(r"""^[^#\n]*?['"]mailto:([^'"\s]+)['"]""", doc.text[at:end + 1], re.M):
            email = find_email(u.group(1))
            if email and person.email is None:
                person.email = email
                used.append(doc.line_of(at + u.start(1)))
        # (a line commented out with "#" links nothing; a name set above, "("github", GITHUB_URL)", is its value)
        for u in re.finditer(r"""^[^#\n]*?(?:['"](https?://[^'"\s]+)['"]|,\s*([A-Z][A-Z0-9_]*)\s*\))""",
                             doc.text[at:end + 1], re.M):
            url = u.group(1) or python_constants(doc.text[:at]).get(u.group(2) or "")
            ident = identifier_from_url(url) if url else None
            if ident and ident[0] not in person.identifiers:
                person.identifiers[ident[0]] = ident[1]
                used.append(doc.line_of(at + u.start(1 if u.group(1) else 2)))
    return used


_PY_CONSTANT = re.compile(r"""^((?:[A-Z][A-Z0-9_]*\s*=\s*)+)[uU]?(['"])([^'"\n]*)\2""", re.M)


def python_constants(text: str) -> dict[str, str]:
    """The names a Python configuration sets to a string at the top level, before the place asked about
    (``GITHUB_URL = GITHUB_CORNER_URL = "https://github.com/jdoe"``: both names), the last setting of each."""
    out: dict[str, str] = {}
    for m in _PY_CONSTANT.finditer(text):
        for name in re.findall(r"[A-Z][A-Z0-9_]*", m.group(1)):
            out[name] = m.group(3)
    return out


def python_config(root: Path, path: Path) -> tuple[SourceDoc | None, dict[str, str], dict[str, int]]:
    """A Python configuration (Pelican's ``pelicanconf.py``, Nikola's ``conf.py``) read for whose site it is and
    where it lives: (the file, its string settings of :data:`PYTHON_CONFIG_KEYS` under the keys they stand for, the
    first of each not blank, each key's line). The one reader of them: ``pelicanconf.py``'s ``SITEURL`` is the
    development one (often ''), ``publishconf.py``'s (which imports it) the published site's, which wins."""
    doc = doc_or_none(path)
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    if doc is None:
        return None, values, lines
    for m in _PY_CONSTANT.finditer(doc.text):
        for name in re.findall(r"[A-Z][A-Z0-9_]*", m.group(1)):
            key = PYTHON_CONFIG_KEYS.get(name)
            if key and key not in values and m.group(3).strip():
                values[key], lines[key] = m.group(3).strip(), doc.line_of(m.start())
    if path.name == "pelicanconf.py" and (root / "publishconf.py").is_file():
        published_values = python_config(root, root / "publishconf.py")[1]
        published = published_values.get("url")
        if published_values.get("page_url"):
            values["page_url"] = published_values["page_url"]
        if published and published.startswith("http") and published != values.get("url"):
            values["url"] = published
            lines.pop("url", None)  # (said on publishconf.py's line)
    return doc, values, lines


def _navbar_profiles(doc: SourceDoc, person: Person, base: str | None) -> list[int]:
    """The owner's profiles and email an R Markdown site's navbar links (``_site.yml``: ``href:
    https://github.com/jdoe``, ``href: jdoe@example.org`` with or without "mailto:"), shown on every page; the
    lines that gave one."""
    from .files import load_data_file
    from .markdown_site import menu_person, nav_hrefs

    try:
        data, _spans = load_data_file(doc)
    except SourceError:
        return []
    hrefs = menu_person(person, nav_hrefs(data.get("navbar")), base) if isinstance(data, dict) else []
    return [n for href in hrefs for n, line in enumerate(doc.lines, 1) if href in line]


def resume_part(root: Path, path: Path, owner: str) -> Part | None:
    """A JSON Resume file (``cv.json``, ``resume.json``: ``basics``, ``work``, ``education``, ``awards`` as the
    jsonresume.org schema names them) as a part: its degrees, its current positions (no ``endDate``) as
    affiliations, its awards; None when the file is not one."""
    from ...model import Affiliation, Award, Education
    from ..common import find_year
    from .files import load_data_file
    from .records import award_from_record

    doc = doc_or_none(path)
    try:
        data, spans = load_data_file(doc) if doc is not None else ({}, {})
    except SourceError:
        return None
    if not isinstance(data, dict) or sum(isinstance(data.get(k), list) for k in ("work", "education", "awards")) < 2:
        return None
    person = Person(name=owner)
    awards: list[Award] = []
    for item in (i for i in data.get("education") or [] if isinstance(i, dict)):
        inst = md_text(as_text(item.get("institution")) or "")
        if inst:
            person.education.append(Education(
                institution=inst, degree=plain_text(item.get("studyType")),
                field=plain_text(item.get("area")),
                year=find_year(as_text(item.get("endDate")) or "")))
    for item in (i for i in data.get("work") or [] if isinstance(i, dict)):
        org = md_text(as_text(item.get("name")) or as_text(item.get("company")) or "")
        if org and not as_text(item.get("endDate")):
            role = plain_text(item.get("position"))
            person.affiliations.append(Affiliation(name=org, role=role, current=True,
                                                   start_year=find_year(as_text(item.get("startDate")) or "")))
            person.job_title = person.job_title or role
    for item in (i for i in data.get("awards") or [] if isinstance(i, dict)):
        # "date" in the schema, "startDate" in some writers' files
        award, _took = award_from_record({k: v for k, v in item.items() if k not in ("summary", "location")}
                                         | ({"date": item["startDate"]} if "date" not in item and "startDate" in item
                                            else {}))
        if award is not None:
            award.file, award.line = rel_path(root, path), spans.get("awards", (1, 1))[0]
            awards.append(award)
    for key in ("education", "work", "awards", "basics"):
        if key in spans:
            doc.use(*spans[key])
    for n in range(1, len(doc.lines) + 1):
        if n not in doc.used:
            doc.ignore(n)  # the rest of the CV (skills, languages, training): no field of kg's
    part = Part(rel_path(root, path), doc, "json-resume", profile=Profile(person=person))
    part.awards.extend(awards)
    return part


_LISTS_BIB = re.compile(r"(?i)pelican[_-]?bibtex|DIRECT_TEMPLATES[^\n]*['\"]publications['\"]")
_PUBLICATIONS_TEMPLATE = re.compile(r"(?im)^:?template:\s*publications\s*$")
_JSON_NAME = re.compile(r"""['"]([^'"\n]+\.json)['"]""")
_BIB_NAME = re.compile(r"""['"]([^'"\n]+\.bib)['"]""")


def _configured_bibliographies(root: Path, doc: SourceDoc, owner: str | None, parts: list[Part],
                               base: str | None) -> list[Part]:
    """The BibTeX files a configuration names for a plugin to list every entry of (Pelican's pelican-bibtex:
    ``PUBLICATIONS_SRC = 'content/pubs.bib'``), one part each; a file another part read is not read again. A
    file under ``content/`` is published at the same place under the site's URL, the files its entries name
    (``pdf = "lee2020.pdf"``) beside it."""
    out: list[Part] = []
    for m in _BIB_NAME.finditer(doc.text):
        path = (root / m.group(1)).resolve()
        if not path.is_file() or not path.is_relative_to(root.resolve()) or any(
                p.doc.path.resolve() == path for p in [*parts, *out]):
            continue
        folder = path.parent.relative_to(root.resolve()).as_posix()
        published = folder[len("content"):].strip("/") if folder == "content" or folder.startswith("content/") \
            else None
        pdf_base = (base.rstrip("/") + "/" + (published + "/" if published else "")) if base and published is not None \
            else None
        out.append(bibtex_part(root, path, owner, pdf_base=pdf_base))
        doc.use(doc.line_of(m.start()))
    return out


def _blog_author_record(root: Path) -> dict | None:
    """The record of the one author of a Docusaurus blog (``blog/authors.yml``: ``ana: {name: Ana Rocha, title:
    Research Fellow @ X University, url: ...}``): the site's owner writing their own posts; None for no such file
    or several authors."""
    found = next(site_configs(root, ("blog/authors.yml", "blog/authors.yaml")), None)
    if found is None:
        return None
    records = [v for v in found[2].values() if isinstance(v, dict) and as_text(v.get("name"))]
    return records[0] if len(records) == 1 else None


def _blog_author(root: Path, record: dict | None = None) -> str | None:
    """The name of the one author of a Docusaurus blog (:func:`_blog_author_record`, or ``record`` as read)."""
    record = record or _blog_author_record(root)
    if record is None:
        return None
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w
                    for w in as_text(record["name"]).split())  # "Ana ROCHA"
    return person_title(name)


def _site_url(address: str | None) -> str | None:
    """Where a configuration says the site is published (``https://ana.example/``), or None for no address or a
    relative one (a development setting such as ``SITEURL = ''``)."""
    return repair_url(address.rstrip("/") + "/") if address and address.startswith("http") else None


def _config_owner(root: Path, generator: str, cfg: Path
                  ) -> tuple[str | None, str | None, SourceDoc | None, list[int], bool]:
    """(the owner's name, the site's URL, the configuration read, its lines that were used, whether the name is
    the site's title's) from the configuration: its author, else a blog's one author, else its title or name when
    that is a person's."""
    doc, data, lines, url_key = _config_values(root, cfg, generator)
    if doc is None:
        return None, None, None, [], False
    people = config_people(data)
    name = people[0][0] if people else None
    titled = bool(people) and people[0][1] in TITLE_KEYS
    used = [lines[key] for n, key in people if same_name(n, name) and key in lines]
    blog = _blog_author(root)
    if name is None or blog and fold(blog.split()[0]) == fold(name.split()[0]) and fullness(blog) > fullness(name):
        name, titled = blog, False  # (the title "Ana R.", the blog's author "Ana Rocha")
    url = _site_url(as_text(data.get(url_key)) if url_key else None)
    if url and url_key in lines:
        used.append(lines[url_key])
    return name, url, doc, used, titled


def rendered_only(root: Path, generator: str, cfg: Path, pages: list[Path]) -> list[Path]:
    """The built HTML pages beside the sources (R Markdown renders into its own folder, ``output_dir: "."``)
    that have no source page of their own and name a list kg reads (``students.html`` kept as HTML only):
    their content is nowhere else. Generators that build into another folder have none."""
    sources = {(p.parent, p.stem.lower()) for p in pages}
    out: list[Path] = []
    for folder in _content_dirs(root, generator, cfg):
        if folder != cfg.parent:
            continue
        for page in page_files(folder, HTML_SUFFIXES):
            if (page.parent, page.stem.lower()) in sources or page.name.startswith("_") \
                    or backup_reason(page.name) is not None:
                continue
            if html_page_kind(page) in UNLINKED_KINDS:
                out.append(page)
    return out


_BIB_DIRECTIVE = re.compile(r"^(?:\.\.\s+bibliography::|```+\s*\{bibliography\}|:::+\s*\{bibliography\})[ \t]*(.*)$",
                            re.M)
_CITE_ROLE = re.compile(r"(?::cite(?::[a-z]+)?:|\{cite(?::[a-z]+)?\})`([^`]+)`")
_BIBFILES = re.compile(r"^bibtex_bibfiles\s*=\s*\[([^\]]*)\]", re.M)


def directive_bibliographies(root: Path, generator: str, cfg: Path, pages: list[Path],
                             owner: str | None) -> list[Part]:
    """The works a Sphinx or MyST page shows with a ``bibliography`` directive (sphinxcontrib-bibtex):
    ``.. bibliography:: journals.bib`` with ``:all:`` shows every entry of the file, without it the entries the
    site's pages cite (``:cite:`key```, ``{cite}`key```); a directive naming no file shows the configuration's
    ``bibtex_bibfiles``. One part per file."""
    cfg_doc = doc_or_none(cfg) if generator == "sphinx" else None
    m = _BIBFILES.search(cfg_doc.text) if cfg_doc is not None else None
    configured = re.findall(r"['\"]([^'\"]+\.bib)['\"]", m.group(1)) if m else []
    cited = {k.strip() for p in pages for d in [doc_or_none(p)] if d is not None
             for keys in _CITE_ROLE.findall(d.text) for k in keys.split(",") if k.strip()}
    out: list[Part] = []
    done: set[Path] = set()
    for page in pages:
        doc = doc_or_none(page)
        if doc is None:
            continue
        lines = doc.text.split("\n")
        for d in _BIB_DIRECTIVE.finditer(doc.text):
            at = doc.line_of(d.start())
            options = []
            for line in lines[at:]:
                if not re.match(r"\s*:[\w-]+:", line):
                    break
                options.append(line.strip())
            names = d.group(1).split() or configured
            everything = any(o.startswith(":all:") for o in options)
            for name in names:
                base_dir = page.parent if d.group(1).strip() else cfg.parent
                path = (base_dir / name).resolve()
                if path in done or not path.is_file() or not path.is_relative_to(root.resolve()) \
                        or (not everything and not cited):
                    continue
                done.add(path)
                out.append(bibtex_part(root, path, owner, None if everything else cited))
    return out


_CONFIG_NAME = re.compile(r"""(?m)^\s*(?:author|name)\s*:\s*[`'"]([^`'"\n]{3,80})[`'"]""")
"""``author: `Jane Doe``` in Gatsby's ``siteMetadata``, ``name: "Jane Doe"`` in a data module about the owner."""


def _arrays(text: str) -> list[tuple[int, int]]:
    """Where a configuration's outermost lists (``[...]``) open and close: a name inside one is a list item's, no
    one's who the site is about (a plugin's option, gatsby-omni-font-loader's ``web: [{name: `Open Sans`}]``; a
    menu's ``menuLinks: [{name: `About Me`}]``; a social list's ``name: "Google Scholar"``)."""
    spans, at = [], text.find("[")
    while at >= 0:
        end = closing_bracket(text, at, "[]", "`'\"")
        if end is not None:
            spans.append((at, end))
        at = text.find("[", (end if end is not None else at) + 1)
    return spans


def _named_people(root: Path) -> list[str]:
    """The names the site's configuration and data modules give for whom the site is about, in order: Gatsby's
    ``siteMetadata.author``, a profile file's ``name:``, an about module's ``name: "..."``."""
    names = []
    config = first_file(root, next(configs for generator, configs, _f in GENERATORS if generator == "gatsby"))
    candidates = [config] if config else []
    for folder in ("src/data", "data", "content", "src/config", "src", "config"):
        d = root / folder
        if d.is_dir():
            candidates += sorted(p for p in d.iterdir() if p.is_file() and re.search(
                r"(?i)(about|profile|config|site|author|person|me)\w*\.(?:[jt]s|ya?ml|json)$", p.name))
    names += _person_cards(root)
    for path in candidates:
        try:
            text = read_file(root, path).text
        except (SourceError, OSError):
            continue
        lists = _arrays(text)
        for m in _CONFIG_NAME.finditer(text):
            name = " ".join(m.group(1).split())
            # (an initial's stop is a name's: "L. Robin Caron"; any other stop is a file's or a domain's)
            if 2 <= len(name.split()) <= 5 and not re.search(r"[/@:]|\d|(?<!\b[A-Z])\.", name) \
                    and not any(start < m.start() < end for start, end in lists):
                names.append(name)
    return names


def _person_cards(root: Path) -> list[str]:
    """The names of the global data files that are one person's card, a name and a position (Eleventy's
    ``_data/defaults.json``: ``{"name": "Ana Roe", "title": "Assoc. Professor"}``), whatever the file is called."""
    from ..common import JOB_WORDS
    from .any_site import _JOB_KEYS, _job_org
    from .files import DATA_FILE_SUFFIXES, load_data_file

    out = []
    for folder in ("_data", "src/_data"):
        d = root / folder
        files = sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in DATA_FILE_SUFFIXES) \
            if d.is_dir() else []
        for path in files:
            try:
                data, _spans = load_data_file(read_file(root, path))
            except (SourceError, OSError, ValueError, RecursionError):
                continue
            if not isinstance(data, dict) or len(data) > 30:
                continue
            name = as_text(data.get("name")) or ""
            name = " ".join(name.split())
            position = _job_org(data, _JOB_KEYS, ())[0]  # (the keys of a position in an object about the owner)
            if 2 <= len(name.split()) <= 5 and not re.search(r"[/@:.]|\d", name) and not group_name(name) \
                    and position and JOB_WORDS.search(position):
                out.append(name)
    return out


def _records_owner(root: Path, base: str | None) -> str | None:
    """Who the site's publication records are about, by the names its configuration and data modules give
    (:func:`_named_people`, then the site's settings, :func:`~.any_site.config_names`: "SITE_TITLE = 'Ana Roe'" in
    an Astro site's ``src/consts.ts``): :func:`~.owner.named_owner`, so a named person the records write as an
    author is the owner before the author on most records (often the group's senior co-author). The records are
    read as the first named person's: where their bylines leave the owner implied ("with A & B") that name is the
    one they write, not a coauthor's."""
    from .any_site import config_names

    named = _named_people(root)
    named += [n for n in config_names(root) if not any(same_name(n, m) for m in named)]
    pubs = [p for part in record_parts(root, set(), base, owner=named[0] if named else None) for p in part.publications]
    return named_owner(named, pubs)


def _components_shown(root: Path) -> list[SourceDoc]:
    """A JavaScript framework site's JSX components (``.jsx``, ``.tsx``, and the ``.js`` modules that write JSX, as
    Gatsby's and Create React App's pages do: ``src/pages/index.js``) as the HTML they write, line for line
    (:func:`~.js_data.rendered_markup`); its single-file components (``.svelte``, ``.vue``) as their markup, what
    their code fills in left out (:func:`~.files.component_text`)."""
    from .files import component_text
    from .js_data import SCRIPTED_SUFFIXES, rendered_markup, scripted_markup

    out = []
    for path in site_files(root, set())[0]:
        suffix = path.suffix.lower()
        if suffix not in (".jsx", ".tsx", ".js", *SCRIPTED_SUFFIXES):
            continue
        try:
            doc = read_file(root, path)
        except SourceError:
            continue
        markup = component_text(scripted_markup(doc.text)) if suffix in SCRIPTED_SUFFIXES \
            else rendered_markup(doc.text)
        if markup is not None:
            out.append(SourceDoc(path=doc.path, text=markup, display=doc.display))
    return out


def _astro_layouts(root: Path, pages: list[Path]) -> list[SourceDoc]:
    """An Astro site's layouts (``src/layouts/Base.astro``: a component, not a page, that sets a page's content in
    its ``<slot />``) as the HTML they write (:func:`~.files.component_text`): the frame that heads every page with
    its owner's name when the pages themselves do not name them. Its other components (a card, a list of papers)
    are not: the first name of a paper's byline or a co-author's card is no owner."""
    from .files import component_text

    out = []
    for path in site_files(root, set())[2]:
        if path.suffix.lower() not in COMPONENT_SUFFIXES or path in pages:
            continue
        try:
            doc = read_file(root, path)
        except SourceError:
            continue
        if re.search(r"<slot\b", doc.text):
            out.append(SourceDoc(path=doc.path, text=component_text(doc.text), display=doc.display))
    return out


def _raw_text(path: Path) -> str:
    """A page's file as written (its code too, which :func:`read_file` sets aside for the page readers), decoded
    as every source is (:meth:`SourceDoc.read`: its charset, its size limit, read once); "" when it cannot be read."""
    try:
        return SourceDoc.read(path, display=str(path)).text
    except SourceError:
        return ""


def parse_generator_site(path: Path, options: ImportOptions) -> Profile:
    """The sources of a site built by another generator or a JavaScript framework (see the module's docstring)."""
    root, found = _root_site(path)
    site = found or _Site()
    framework = _framework_site(root, site)
    if site.generator is None and not framework:
        raise SourceError("no site generator's configuration, nor a package.json naming a JavaScript framework, "
                          "in the folder", path=str(root))
    if framework and not site.by_pages:
        # a framework's pages are components: its records are read, and its content pages of the lists kg reads
        site = _Site(pages=site.pages)
    generator, cfg, cfg_doc = site.generator, site.cfg, site.cfg_doc
    if site.url is None:
        from .any_site import config_url  # (an address only a settings module gives: "SITE_URL = 'https://...'")

        site.url = config_url(root)
    base = options.base_url or site.url
    home = site.home
    chosen = [p for p in site.pages if p != home and (
        _page_kind(p) in _READ_KINDS or p.stem.lower() in CV_NAMES)][:MAX_LINKED_PAGES]
    skipped = [(f, why) for d in (_content_dirs(root, generator, cfg, cfg_doc) if cfg else [])
               for f in page_files(d, SOURCE_SUFFIXES) for why in [backup_reason(f.name)] if why]
    read = ([home] if home else []) + chosen
    owner = options.owner or site.name
    if site.titled and not options.owner and home is not None:
        # a site title that only reads like a name ("site_name: Tidal Ledgers"): the person the home page names,
        # read with no owner given, when they have the better claim (:func:`~.owner.outclaimed`)
        owner = titled_owner(owner, _page_part(root, home, None, base).profile, base)
    if owner is None and read:
        # no author in the configuration: who the pages are about (the home page's name, the papers' author)
        trial = [_page_part(root, p, None, base) for p in read]
        profiles = [p.profile for p in trial if p.profile is not None]
        owner = site_owner(profiles, [p.doc.text for p in trial])
        named = trial[0].profile.person.name if home is not None and trial[0].profile is not None else None
        if owner is None or named and same_name(owner, named) and fullness(named) > fullness(owner):
            owner = named or owner  # the home page's "Ana Rocha", the papers' "A. Rocha"
    shown = _components_shown(root) if framework else []
    if owner is None:
        owner = _records_owner(root, base)
        if owner is not None and shown:
            # the records write the name short ("Lee, M. K."): the components write it out ("<h1>Min Kyung Lee")
            owner = fullest_form([owner], [doc.text for doc in shown])
    if owner is None:
        from .any_site import config_names  # (a data module's "export const author = {name: ...}")

        owner = next(iter(config_names(root)), None)
    heads = shown + _astro_layouts(root, site.pages) if owner is None and framework else shown
    if owner is None and heads:
        # nor the records: the one person the components head a page with ("<h1>Ann Lee</h1>" of Home.jsx, of the
        # layout an Astro site's pages are set in), before the repository's README, as often the starter's notes
        # ("React + Vite") as an introduction of its owner
        names = [name for doc in heads for part in [html_part(rel_path(root, doc.path), doc, None, None, base)]
                 if part.profile is not None and (name := part.profile.person.name) and not group_name(name)]
        if names and all(same_name(n, names[0]) for n in names):
            owner = max(names, key=fullness)
    if owner is None:
        from .markdown_site import find_readme, parse_readme_dir

        if find_readme(root) is not None:
            try:  # the repository's README may introduce its owner where the site's own pages do not
                return parse_readme_dir(root, options)
            except SourceError:
                pass
        where = f"{rel_path(root, cfg)} or the site's pages" if cfg else "the site's configuration or its records"
        raise SourceError(f"no owner name in {where} (give --owner NAME)", path=str(root))
    if owner != (options.owner or site.name):
        from .any_site import _pages

        # an owner read off the records or the pages' papers writes the name short ("Lee, M. K.", "Wilson R"): the
        # components or the site's pages write it out ("<h1>Min Kyung Lee", an Astro page's code 'const title =
        # "Ross Wilson"' over "<h1>{title}</h1>": the files as written, code and all)
        owner = fullest_form([owner], [doc.text for doc in shown] + [_raw_text(page) for page in _pages(root)])
    from .any_site import config_person, front_matter_person

    # what the site's configuration modules say of the owner (siteMetadata's social ids, a profile's position)
    person = config_person(root, owner, base)
    blog_author = _blog_author_record(root)
    if blog_author is not None and same_name(_blog_author(root, blog_author) or "", owner):
        # the owner's record as their blog's author: the position line under their name on each post ("title:
        # Research Fellow @ X University"), their links
        from .fields import apply_author

        apply_author(person, {k: v for k, v in blog_author.items() if k != "image_url"}, lambda path: None)
    parts: list[Part] = []
    if generator == "pelican" and cfg_doc is not None:
        site.used += _pelican_profiles(cfg_doc, person)
    if generator == "rmarkdown" and cfg_doc is not None:
        site.used += _navbar_profiles(cfg_doc, person, base)
    if cfg_doc is not None:
        for n in range(1, len(cfg_doc.lines) + 1):
            if n in site.used:
                cfg_doc.use(n)
            else:
                cfg_doc.ignore(n)  # the generator's machinery (extensions, themes, plugins)
        parts.append(Part(rel_path(root, cfg), cfg_doc, f"{generator}-config"))
    from .js_data import SCRIPTED_SUFFIXES

    for doc in shown:
        # (what the owner's components say of them, their bio's post and degrees, their profile links; the files
        # stay the records reader's, a news or works module's JSX being its data)
        part = html_part(rel_path(root, doc.path), doc, None, owner, base)
        if part.profile is not None:
            merge_same_person(person, part.profile.person)
            if doc.display.lower().endswith(SCRIPTED_SUFFIXES) and part.profile.publications:
                # a single-file component's markup that writes the works out ('<p>Lee, A., 2024. Title. Journal
                # ...</p>' in PublicationsList.svelte): the records reader reads only its script, so the works the
                # markup lists are the page's, read as a page's are
                parts.append(part)
    for page in read:
        page_base = _pelican_page_base(page, root, cfg, base) if generator == "pelican" and cfg else base
        part = _page_part(root, page, owner, page_base)
        if part.profile is not None and page_base != base and part.profile.person.homepage == repair_url(page_base):
            part.profile.person.homepage = repair_url(base)  # (the page's folder leads its links; the site is the home)
        if part.profile is not None:
            merge_same_person(person, part.profile.person)
            if part.format == "markdown":
                front_matter_person(root, part, person, base)  # (a bio page's "email:" and "social:" list)
        parts.append(part)
    for layout in _template_layouts(root, read) if generator == "eleventy" else []:
        # (the layout the pages are set in: its navbar's and footer's profile links are on every page)
        part = html_file_part(root, layout, owner, base)
        if part.profile is not None:
            merge_same_person(person, part.profile.person)
        parts.append(part)
    if generator is not None and cfg is not None:
        for page in rendered_only(root, generator, cfg, site.pages)[:max(0, MAX_LINKED_PAGES - len(chosen))]:
            part = html_file_part(root, page, owner, base)
            if part.profile is not None:
                merge_same_person(person, part.profile.person)
            parts.append(part)
    if base and person.homepage is None:
        person.homepage = base
    from .markdown_site import bibliography_parts
    from .records import data_parts

    if cfg is not None:
        parts += directive_bibliographies(root, generator, cfg, read, owner)
    if generator == "pelican" and cfg_doc is not None and (_LISTS_BIB.search(cfg_doc.text) or any(
            _PUBLICATIONS_TEMPLATE.search("\n".join(d.lines[:40])) for p in site.pages for d in [doc_or_none(p)] if d)):
        # (pelican-bibtex, or a page of the publications template, lists every entry; pelican-cite shows only the
        # entries a post cites, and a blog's bibliography is no list of the owner's works)
        parts += _configured_bibliographies(root, cfg_doc, owner, parts, base)
        for m in _JSON_NAME.finditer(cfg_doc.text):
            # a CV plugin's data file (pelican_cv's "CVS_SRC = ['content/cv/cv.json']"): a JSON Resume
            path = (root / m.group(1)).resolve()
            if path.is_file() and path.is_relative_to(root.resolve()):
                part = resume_part(root, path, owner)
                if part is not None:
                    merge_person(person, part.profile.person)
                    parts.append(part)
    parts += bibliography_parts(root, read, owner, parts)
    parts += data_parts(root, read, base, owner)
    from .lab import lab_data

    # (a framework's "members.yaml" beside its pages: the lab's members, the owner's record among them as its head)
    parts += lab_data(root, person, base, {p.rel for p in parts})
    # (the records' relative links are placed under the site's address too, as its pages' are)
    return assemble(root, "static-site", person, parts, owner, notes=skip_notes(root, skipped), base=base)
