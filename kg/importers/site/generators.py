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
from ..base import ImportOptions, SourceDoc
from ..common import fold, repair_url, same_name
from .assemble import Part, assemble, merge_person, only_if_same_person
from .fields import as_text, md_text
from .files import (PAGE_SUFFIXES, backup_reason, doc_or_none, find_site_root, first_file, jekyll_config,
                    jupyter_book_config,
                    load_yaml_file, page_files, raw_checksum, read_file, read_or_blank, rel_path, skip_notes)
from .owner import fullness, named_owner, person_title, site_owner
from .pages import (CV_NAMES, MAX_LINKED_PAGES, UNLINKED_KINDS, bibtex_part, content_kind, html_part, md_page_kind,
                    name_kind, read_page, titled_view, unread_part)
from .record_files import record_parts


SOURCE_SUFFIXES = (".md", ".markdown", ".mdx", ".rst", ".rmd", ".qmd", ".myst", ".ipynb")
"""The content pages of the generators read here: markdown, MDX, reStructuredText, R Markdown, Quarto, MyST,
Jupyter notebooks (their markdown cells)."""


_GENERATORS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (generator, its configuration files, the folders its content pages are in; "" the configuration's own)
    # (a Jupyter Book: ``_config.yml`` beside ``_toc.yml``, whose files are its pages, its root the home)
    ("jupyter-book", ("_config.yml", "_config.yaml"), ("",)),
    ("sphinx", ("conf.py", "source/conf.py", "docs/conf.py", "doc/conf.py"), ("",)),
    ("myst", ("myst.yml",), ("",)),
    ("rmarkdown", ("_site.yml",), ("",)),
    # (a JavaScript generator's root holds the developer's notes, not pages: README.md, CLAUDE.md, CHANGELOG.md)
    ("docusaurus", ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"), ("src/pages",)),
    ("gatsby", ("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs"),
     ("src/pages", "content", "src/content", "src/data")),
    ("next", ("next.config.js", "next.config.ts", "next.config.mjs"), ("content", "src/content", "pages")),
    ("astro", ("astro.config.mjs", "astro.config.js", "astro.config.ts"), ("src/content", "src/pages")),
    ("eleventy", (".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"), ("src", "")),
)


OTHER_GENERATORS = ("_quarto.yml", "mkdocs.yml", "mkdocs.yaml", "zensical.toml", "config.toml", "hugo.toml", "hugo.yaml",
                     "config.yaml", "config.yml", "hugo.yml", "index.jemdoc")
"""Sites the other importers read (Jekyll's configuration is found by :func:`~.files.jekyll_config`)."""


_FRAMEWORKS = ("gatsby", "next", "astro", "nuxt", "@sveltejs/kit", "vite", "react-scripts", "vuepress",
               "@docusaurus/core", "vitepress", "@11ty/eleventy")
"""The ``package.json`` dependencies that make a folder a JavaScript framework's site."""


def _framework_site(path: Path) -> bool:
    """Whether ``path/package.json`` names a JavaScript framework among its dependencies."""
    try:
        pkg = json.loads((path / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    deps = [pkg.get(k) or {} for k in ("dependencies", "devDependencies")] if isinstance(pkg, dict) else []
    return all(isinstance(d, dict) for d in deps) and any(f in d for d in deps for f in _FRAMEWORKS)


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

    @property
    def by_pages(self) -> bool:
        """Whether the site is read by its pages (its configuration names the owner, or it has a home page);
        else it is read for its publication records alone (a framework's pages are components, not text)."""
        return self.generator is not None and bool(self.name or self.home)


def _site(path: Path) -> _Site | None:
    """What ``path`` holds of a generator's site; None when it is no folder or a site another importer reads
    (Jekyll, Hugo, Quarto, MkDocs, jemdoc)."""
    if not path.is_dir() or jekyll_config(path) is not None or any((path / n).exists() for n in OTHER_GENERATORS):
        return None
    for generator, configs, _folders in _GENERATORS:
        cfg = jupyter_book_config(path) if generator == "jupyter-book" else first_file(path, configs)
        if cfg is not None:
            name, url, doc, used = _config_owner(path, generator, cfg)
            pages = content_pages(path, generator, cfg)
            home = (pages[0] if pages and pages[0].stem == _toc_files(path)[0] else None) \
                if generator == "jupyter-book" else _home(pages)
            return _Site(generator, cfg, name, url, doc, used, pages, home)
    return _Site()


def _root_site(path: Path) -> tuple[Path, _Site | None]:
    """The folder of ``path`` that holds a generator's configuration, and what it holds (:func:`_site`, read once):
    ``path`` itself, else its site folder (:func:`~.files.find_site_root`: the one subfolder with pages, "stich/"
    of a repository whose site lives there), else its one subfolder with a configuration; ``path`` when there is
    none."""
    site = _site(path)
    if not path.is_dir() or (site is not None and site.generator is not None):
        return path, site
    inner = find_site_root(path)
    if inner != path:
        found = _site(inner)
        if found is not None and found.generator is not None:
            return inner, found
    subs = [(d, found) for d in sorted(path.iterdir()) if d.is_dir() and not d.name.startswith((".", "_"))
            and backup_reason(d.name + "/x") is None for found in [_site(d)]
            if found is not None and found.generator is not None]
    return subs[0] if len(subs) == 1 else (path, site)


def detect_generator_site(path: Path) -> float:
    """How sure it is that ``path`` holds the sources of a site built by another generator or a JavaScript
    framework: 0.65, above a README (the developer's notes beside the sources), below a folder of built HTML
    pages (what visitors read). A configuration that names nobody beside no home page counts only when
    ``package.json`` names a framework (its records are read), and not when a ``content/`` folder holds markdown
    pages, which the Hugo reader reads (0.15)."""
    path, site = _root_site(path)
    if site is None:
        return 0.0
    if site.by_pages:
        return 0.65
    if not (path / "package.json").is_file():
        return 0.0
    if (path / "content").is_dir() and any((path / "content").glob("*.md")):
        return 0.15
    return 0.65 if _framework_site(path) else 0.0


def _content_dirs(root: Path, generator: str, cfg: Path) -> list[Path]:
    folders = next(f for n, _c, f in _GENERATORS if n == generator)
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


def content_pages(root: Path, generator: str, cfg: Path) -> list[Path]:
    """The generator's content pages (markdown, MDX, reST, R Markdown ...) in its content folders, backups
    and the developer's README left out; a Jupyter Book's are the files its ``_toc.yml`` names, in its order."""
    if generator == "jupyter-book":
        named = [first_file(root, [f + s for s in SOURCE_SUFFIXES]) for f in _toc_files(root) if f]
        return list(dict.fromkeys(p for p in named if p is not None and backup_reason(p.name) is None))
    out: list[Path] = []
    for folder in _content_dirs(root, generator, cfg):
        for page in page_files(folder, SOURCE_SUFFIXES):
            if page not in out and backup_reason(page.name) is None and page.name.lower() not in (
                    "readme.md", "license.md", "changelog.md", "contributing.md", "code_of_conduct.md"):
                out.append(page)
    return out


_READ_KINDS = (*UNLINKED_KINDS, "bio", "education", "contact")
"""The pages read beside the home: the lists kg reads, and the pages about the owner (about, education, contact)."""


_HOME_STEMS = ("index", "_index", "home", "about", "landing")


def _home(pages: list[Path]) -> Path | None:
    """The site's home page among its content pages: ``index.*`` (first folder first), else ``about.*``."""
    for stem in _HOME_STEMS:
        for page in pages:
            if page.stem.lower() == stem:
                return page
    return None


_PY_ASSIGN = re.compile(r"""^(?P<key>author|project|html_title|html_baseurl)\s*=\s*(?P<q>['"])(?P<v>[^'"\n]+)(?P=q)""",
                        re.M)
_JS_KEY = re.compile(r"""\b(?P<key>author|title|siteUrl|url)\s*:\s*(?P<q>['"`])(?P<v>[^'"`\n]+)(?P=q)""")


def _config_values(doc: SourceDoc, generator: str) -> tuple[dict[str, str], dict[str, int]]:
    """The values of a configuration that say whose site it is and where it lives (author, title, URL), each
    with its line: Python assignments (``conf.py``), JavaScript object keys, YAML keys."""
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    if generator == "sphinx":
        for m in _PY_ASSIGN.finditer(doc.text):
            key = {"project": "title", "html_title": "title", "html_baseurl": "url"}.get(m.group("key"), m.group("key"))
            if key not in values:
                values[key], lines[key] = m.group("v").strip(), doc.line_of(m.start())
    elif generator in ("myst", "rmarkdown", "jupyter-book"):
        try:
            data, spans = load_yaml_file(doc)
        except SourceError:
            return values, lines
        project = data.get("project") if isinstance(data.get("project"), dict) else data
        authors = project.get("authors") if isinstance(project.get("authors"), list) else [project.get("author")]
        first = authors[0] if authors else None
        name = as_text(first.get("name")) if isinstance(first, dict) else as_text(first)
        if name and len(authors) == 1:
            key = "project.authors" if "project.authors" in spans else "author"
            values["author"], lines["author"] = md_text(name), spans.get(key, (1, 1))[0]
        for key, where in (("title", "title"), ("name", "name"), ("url", "base_url")):
            text = as_text(project.get(where)) if key == "title" else as_text(data.get(where))
            if text:
                values[key] = md_text(text)
                lines[key] = spans.get(where, spans.get(f"project.{where}", (1, 1)))[0]
    else:
        for m in _JS_KEY.finditer(doc.text):
            key = "url" if m.group("key") == "siteUrl" else m.group("key")
            if key not in values and not m.group("v").strip().startswith(("/", ".")):
                values[key], lines[key] = m.group("v").strip(), doc.line_of(m.start())
    return values, lines


def _blog_author(root: Path) -> str | None:
    """The one author of a Docusaurus blog (``blog/authors.yml``): the site's owner writing their own posts."""
    path = first_file(root, ("blog/authors.yml", "blog/authors.yaml"))
    doc = doc_or_none(path) if path is not None else None
    if doc is None:
        return None
    try:
        data, _spans = load_yaml_file(doc)
    except SourceError:
        return None
    names = [as_text(v.get("name")) for v in data.values() if isinstance(v, dict) and as_text(v.get("name"))]
    if len(names) != 1:
        return None
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in names[0].split())  # "Ana ROCHA"
    return person_title(name)


def _config_owner(root: Path, generator: str, cfg: Path) -> tuple[str | None, str | None, SourceDoc | None, list[int]]:
    """(the owner's name, the site's URL, the configuration read, its lines that were used) from the
    configuration: its author, else a blog's one author, else its title or name when that is a person's."""
    doc = doc_or_none(cfg)
    if doc is None:
        return None, None, None, []
    values, lines = _config_values(doc, generator)
    used: list[int] = []
    name = None
    for key in ("author", "name", "title"):
        name = person_title(values.get(key))
        if name:
            used += [lines[k] for k in ("author", "name", "title") if k in values and same_name(values[k], name)]
            break
    blog = _blog_author(root)
    if name is None or blog and fold(blog.split()[0]) == fold(name.split()[0]) and fullness(blog) > fullness(name):
        name = blog  # (the title "Ana R.", the blog's author "Ana Rocha")
    url = repair_url(values["url"].rstrip("/") + "/") if values.get("url", "").startswith("http") else None
    if url and "url" in lines:
        used.append(lines["url"])
    return name, url, doc, used


_MDX_CODE = re.compile(r"^\s*(?:import\s.+\sfrom\s|import\s+['\"]|export\s)")


_JSX_ELEMENT = re.compile(r"<[A-Z][\w.]*(?:\s[^<>]*)?/>")
"""A React component written inline in MDX (``<LabFlask size="1em" />``): an icon or widget, no text."""


def _page_view(doc: SourceDoc) -> SourceDoc:
    """A content page as the markdown reader should see it: an MDX page's ``import``/``export`` lines blanked
    and its self-closing components taken out (they are code, not text); line numbers kept."""
    if not doc.path.suffix.lower() == ".mdx":
        return doc
    lines = doc.text.split("\n")
    blanked = [n for n, line in enumerate(lines, start=1) if _MDX_CODE.match(line)]
    lines = [_JSX_ELEMENT.sub("", line) for line in lines]
    for n in blanked:
        lines[n - 1] = ""
    view = SourceDoc(path=doc.path, text="\n".join(lines), display=doc.display)
    for n in blanked:
        view.ignore(n)
    return view


def _read(root: Path, page: Path, owner: str | None, base: str | None) -> Part:
    """One content page read by the markdown page reader (its ``title:`` as heading); an empty or unreadable
    page, or one the reader refuses, is a part that says why."""
    rel = rel_path(root, page)
    source, bad = read_or_blank(root, page)
    if bad is not None:
        return unread_part(rel, source, "markdown", bad, raw_checksum(page))
    section = md_page_kind(page, source)
    doc, _title = titled_view(_page_view(source), fallback=section.capitalize() if section in UNLINKED_KINDS else None)
    try:
        return Part(rel, doc, "markdown", profile=read_page(doc, "markdown", owner, base), checksum=source.checksum)
    except SourceError as err:
        return unread_part(rel, doc, "markdown", err, source.checksum)


def rendered_only(root: Path, generator: str, cfg: Path, pages: list[Path]) -> list[Path]:
    """The built HTML pages beside the sources (R Markdown renders into its own folder, ``output_dir: "."``)
    that have no source page of their own and name a list kg reads (``students.html`` kept as HTML only):
    their content is nowhere else. Generators that build into another folder have none."""
    sources = {(p.parent, p.stem.lower()) for p in pages}
    out: list[Path] = []
    for folder in _content_dirs(root, generator, cfg):
        if folder != cfg.parent:
            continue
        for page in page_files(folder, PAGE_SUFFIXES):
            if (page.parent, page.stem.lower()) in sources or page.name.startswith("_") \
                    or backup_reason(page.name) is not None:
                continue
            kind = name_kind(page)
            if kind is None:
                doc = doc_or_none(page)
                kind = content_kind(doc) if doc is not None else None
            if kind in UNLINKED_KINDS:
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


def _named_people(root: Path) -> list[str]:
    """The names the site's configuration and data modules give for whom the site is about, in order: Gatsby's
    ``siteMetadata.author``, a profile file's ``name:``, an about module's ``name: "..."``."""
    names = []
    config = first_file(root, ("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs"))
    candidates = [config] if config else []
    for folder in ("src/data", "data", "content", "src/config", "src", "config"):
        d = root / folder
        if d.is_dir():
            candidates += sorted(p for p in d.iterdir() if p.is_file() and re.search(
                r"(?i)(about|profile|config|site|author|person|me)\w*\.(?:[jt]s|ya?ml|json)$", p.name))
    for path in candidates:
        try:
            text = read_file(root, path).text
        except (SourceError, OSError):
            continue
        for m in _CONFIG_NAME.finditer(text):
            name = " ".join(m.group(1).split())
            if 2 <= len(name.split()) <= 5 and not re.search(r"[/@:.]|\d", name):
                names.append(name)
    return names


def _records_owner(root: Path, base: str | None) -> str | None:
    """Who the site's publication records are about, by the names its configuration and data modules give
    (:func:`_named_people`): :func:`~.owner.named_owner`."""
    return named_owner(_named_people(root), [p for part in record_parts(root, set(), base) for p in part.publications])


def parse_generator_site(path: Path, options: ImportOptions) -> Profile:
    """The sources of a site built by another generator or a JavaScript framework (see the module's docstring)."""
    root, found = _root_site(path)
    site = found or _Site()
    framework = _framework_site(root)
    if site.generator is None and not framework:
        raise SourceError("no site generator's configuration, nor a package.json naming a JavaScript framework, "
                          "in the folder", path=str(root))
    if framework and not site.by_pages:
        site = _Site()  # a framework's pages are components: its records alone are read
    generator, cfg, cfg_doc = site.generator, site.cfg, site.cfg_doc
    base = options.base_url or site.url
    home = site.home
    chosen = [p for p in site.pages if p != home and (
        md_page_kind(p, doc_or_none(p)) in _READ_KINDS or p.stem.lower() in CV_NAMES)][:MAX_LINKED_PAGES]
    skipped = [(f, why) for d in (_content_dirs(root, generator, cfg) if cfg else [])
               for f in page_files(d, SOURCE_SUFFIXES) for why in [backup_reason(f.name)] if why]
    read = ([home] if home else []) + chosen
    owner = options.owner or site.name
    if owner is None and read:
        # no author in the configuration: who the pages are about (the home page's name, the papers' author)
        trial = [_read(root, p, None, base) for p in read]
        profiles = [p.profile for p in trial if p.profile is not None]
        owner = site_owner(profiles, [p.doc.text for p in trial])
        named = trial[0].profile.person.name if home is not None and trial[0].profile is not None else None
        if owner is None or named and same_name(owner, named) and fullness(named) > fullness(owner):
            owner = named or owner  # the home page's "Ana Rocha", the papers' "A. Rocha"
    if owner is None:
        owner = _records_owner(root, base)
    if owner is None:
        from .markdown_site import find_readme, parse_readme_dir

        if find_readme(root) is not None:
            try:  # the repository's README may introduce its owner where the site's own pages do not
                return parse_readme_dir(root, options)
            except SourceError:
                pass
        where = f"{rel_path(root, cfg)} or the site's pages" if cfg else "the site's configuration or its records"
        raise SourceError(f"no owner name in {where} (give --owner NAME)", path=str(root))
    person = Person(name=owner)
    parts: list[Part] = []
    if cfg_doc is not None:
        for n in range(1, len(cfg_doc.lines) + 1):
            if n in site.used:
                cfg_doc.use(n)
            else:
                cfg_doc.ignore(n)  # the generator's machinery (extensions, themes, plugins)
        parts.append(Part(rel_path(root, cfg), cfg_doc, f"{generator}-config"))
    for page in read:
        part = _read(root, page, owner, base)
        if part.profile is not None:
            merge_person(person, only_if_same_person(part.profile.person, person))
        parts.append(part)
    if generator is not None and cfg is not None:
        for page in rendered_only(root, generator, cfg, site.pages)[:max(0, MAX_LINKED_PAGES - len(chosen))]:
            doc, bad = read_or_blank(root, page)
            part = html_part(rel_path(root, page), doc, bad, owner, base, raw_checksum(page) if bad else None)
            if part.profile is not None:
                merge_person(person, only_if_same_person(part.profile.person, person))
            parts.append(part)
    if base and person.homepage is None:
        person.homepage = base
    from .markdown_site import bibliography_parts
    from .records import data_parts

    if cfg is not None:
        parts += directive_bibliographies(root, generator, cfg, read, owner)
    parts += bibliography_parts(root, read, owner, parts)
    parts += data_parts(root, read, base, owner)
    return assemble(root, "static-site", person, parts, owner, notes=skip_notes(root, skipped),
                    base=options.base_url)
