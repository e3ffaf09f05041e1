"""Which files of a site are read, and how one is opened.

Takes a site folder; gives its files as :class:`~kg.importers.base.SourceDoc` (YAML/TOML comments and front-matter
fences marked as not data, a Jekyll page's ``{{ site.KEY }}`` written as its ``_config.yml`` gives it, other
template leftovers ignored), the site's root (``path`` or its one build folder), its
HTML and markdown pages, and why a stale copy (``x.md~``, ``x_old.html``, ``old/``) or an unlistable folder is not
read.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

from ...errors import IncompleteRead, SourceError
from ...model import Profile, Unparsed
from ..base import HTML_SUFFIXES, READ_ONCE, SERVER_PAGE_SUFFIXES, ImportOptions, SourceDoc
from ..common import lazy_compile, CODE_FENCE, URL_SCHEME, paragraphs, starter_text
from ..document import FrontMatter, read_front_matter, without_heading_marks, toml_with_spans, yaml_with_spans
from .fields import (LANGUAGE_CODE, absolute_url, chosen_language, english, md_links, md_text, translation_name,
                     value_at)
from .js_data import JS_SUFFIXES


def local_href(href: str) -> str | None:
    """A link's path on the site, without its fragment or query (``papers.md#2024`` -> ``papers.md``), or None for
    an empty one or another site's address (a scheme, ``https:``, ``mailto:``; ``//host``)."""
    href = href.split("#")[0].split("?")[0].strip()
    return None if not href or URL_SCHEME.match(href) or href.startswith("//") else href


def inside_site(root: Path, target: Path) -> Path | None:
    """``target`` resolved, when it is a path inside the site's folder ``root``: a link's target may climb out
    (``../../etc``, a symbolic link) or not resolve; None then."""
    try:
        target = target.resolve()
        target.relative_to(root.resolve())
    except (ValueError, OSError):
        return None
    return target


def rel_path(root: Path, path: Path) -> str:
    """``path`` relative to the site's ``root``, with forward slashes (``_pages/about.md``); a page found by
    following a link is resolved, the root may be as the user typed it ("kg import mysite")."""
    if not path.is_relative_to(root):
        return path.resolve().relative_to(root.resolve()).as_posix()
    return path.relative_to(root).as_posix()


def read_file(root: Path, path: Path) -> SourceDoc:
    """A file of the site as a :class:`SourceDoc` (decoded, its lines kept); SourceError when unreadable. A
    Jupyter notebook is read as the markdown its markdown cells hold (:func:`notebook_view`), an Org-mode page as
    the markdown ox-html would show (:func:`~.pages.org_view`), a server page (``.php``) as the HTML it holds besides its
    code (:func:`served_text`), a Jekyll page with its site's settings filled in (:func:`site_settings_text`), so
    that every reader of pages reads them."""
    doc = SourceDoc.read(path, display=str(path))
    # (a server page is read as the HTML it shows: its code, which no browser sees, is set aside; so is an Astro
    # component's)
    shown = served_text if server_page(path.name) else component_text if component_page(path.name) \
        else template_text if _page_like(path.name, TEMPLATE_SUFFIXES) else None
    if shown is not None:
        return SourceDoc(path=doc.path, text=shown(doc.text), display=doc.display, odd_bytes=doc.odd_bytes)
    if "{{" in doc.text and "site." in doc.text and _page_like(path.name, MD_SUFFIXES + HTML_SUFFIXES):
        filled = site_settings_text(root, path, doc.text)
        if filled is not doc.text:
            doc = SourceDoc(path=doc.path, text=filled, display=doc.display, odd_bytes=doc.odd_bytes)
    if path.suffix.lower() == ".org":
        from .pages import org_view

        return org_view(doc)
    if path.suffix.lower() in ADOC_SUFFIXES:
        from .pages import adoc_view

        return adoc_view(doc)
    return notebook_view(doc) if path.suffix.lower() == ".ipynb" else doc


_NB_CELL_TYPE = re.compile(r'^\s*"cell_type"\s*:\s*"(\w+)"')
_NB_SOURCE = lazy_compile(r'^\s*"source"\s*:\s*(\[)?\s*("(?:[^"\\]|\\.)*")?\s*(\])?,?\s*$')
_NB_STRING = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')


def notebook_view(doc: SourceDoc) -> SourceDoc:
    """A Jupyter notebook (``.ipynb``, JSON as Jupyter writes it: one source line a line) as the markdown of its
    markdown cells, each on the notebook's own line so that what is read points back to it; code cells, outputs
    and metadata are blank lines. A notebook written otherwise (a cell's source one string) reads as its lines."""
    out: list[str] = []
    kind, inside = None, False
    for line in doc.text.split("\n"):
        text = ""
        m = _NB_CELL_TYPE.match(line)
        if m:
            kind = m.group(1)
        elif inside:
            s = _NB_STRING.match(line)
            if s is None:
                inside = False
            elif kind == "markdown":
                text = json.loads(s.group(1)).rstrip("\n")
        else:
            s = _NB_SOURCE.match(line)
            if s is not None:
                inside = bool(s.group(1)) and not s.group(3)
                if s.group(2) and kind == "markdown":
                    text = json.loads(s.group(2))
        out.append(" ".join(text.split("\n")) if "\n" in text else text)
    return SourceDoc(path=doc.path, text="\n".join(out), display=doc.display)


def read_or_blank(root: Path, path: Path) -> tuple[SourceDoc, SourceError | None]:
    """A page of the site, or, when it cannot be read (an empty file, not text, too large), a blank document in
    its place and why: one such page is reported in ``unparsed``, and the rest of the site is still read."""
    try:
        return read_file(root, path), None
    except SourceError as err:
        return SourceDoc(path=path, text="", display=str(path)), err


def raw_checksum(path: Path) -> str | None:
    """The checksum of a file's bytes as they are (for a file kg could not read as text), or None."""
    import hashlib

    try:
        return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


YAML_SUFFIXES = (".yml", ".yaml", ".json")
"""The data files read as YAML (JSON is YAML: :func:`load_yaml_file`), in the order a site's data file of one
name is looked for (Jekyll's ``_data/<name>.yml``)."""
DATA_FILE_SUFFIXES = (*YAML_SUFFIXES, ".toml")
"""The data files :func:`load_data_file` reads: YAML, JSON, TOML."""


def load_yaml_file(doc: SourceDoc) -> tuple[dict, dict[str, tuple[int, int]]]:
    """A YAML (or JSON) file's mapping and the first and last line of each key."""
    return yaml_with_spans(doc.text, 0, doc.display, "the file")


def load_data_file(doc: SourceDoc) -> tuple[dict, dict[str, tuple[int, int]]]:
    """A YAML, JSON or TOML file's mapping (by its suffix) and the first and last line of each key; a file that
    does not parse is a :class:`SourceError` at its line."""
    if doc.path.suffix.lower() == ".toml":
        return toml_with_spans(doc.text, 0, doc.display)
    return load_yaml_file(doc)  # JSON is YAML too


def mark_comments(doc: SourceDoc, first: int = 1, last: int | None = None) -> None:
    """YAML/TOML comment lines and front-matter fences are not data."""
    last = last or len(doc.lines)
    for n in range(first, last + 1):
        s = doc.lines[n - 1].strip()
        if s.startswith("#") or s in ("---", "+++"):
            doc.ignore(n)


def settle_keys(doc: SourceDoc, spans: dict[str, tuple[int, int]], used: Collection[str],
                ignore: Callable[[str], bool] = lambda key: False) -> None:
    """Mark the lines of a mapping's keys (``spans`` from :func:`load_yaml_file` or a front matter): a key
    in ``used`` was read; a top-level key ``ignore`` calls plumbing or empty is not data; any other stays in
    ``unparsed``, where a reader sees what kg has no field for."""
    for key, (first, last) in spans.items():
        if key in used:
            doc.use(first, last)
        elif "." not in key and ignore(key):
            doc.ignore(first, last)


_PUNCTUATION_LINE = re.compile(r"[\s\[\]{},]*")


def ignore_json_punctuation(doc: SourceDoc) -> None:
    """A JSON file's lines of brackets and commas alone (``{``, ``}, {``, ``],``) hold no data (a file of another
    kind is left as it is)."""
    if not doc.display.lower().endswith(".json"):
        return
    for n, line in enumerate(doc.lines, 1):
        if _PUNCTUATION_LINE.fullmatch(line):
            doc.ignore(n)


def ignore_front_matter(doc: SourceDoc, fm: FrontMatter) -> None:
    """The front matter's fences and comment lines are not data."""
    if fm.fence_lines:
        doc.ignore(fm.fence_lines[0])
        doc.ignore(fm.fence_lines[1])
    mark_comments(doc, 1, fm.body_start - 1)


def read_markdown(root: Path, path: Path) -> tuple[SourceDoc, str, FrontMatter]:
    """A markdown file of the site: the document, its path relative to ``root`` and its front
    matter (whose fences and comments are marked as not data)."""
    doc = read_file(root, path)
    rel = rel_path(root, path)
    fm = read_front_matter(doc)
    ignore_front_matter(doc, fm)
    return doc, rel, fm


_TEMPLATE_LINES = lazy_compile(
    r"(click the [_*]?cite[_*]? button above|add the publication's \*\*full text\*\*|create your slides in markdown|"
    r"\{\{<\s*icon\s+name=\"download\"|"
    r"supplementary notes can be added here|^\{\{[<%].*[%>]\}\}$|^\{[a-z]+=.*\}$|"
    r"the contents above will be part of a list of publications|"
    r"write your biography here|put your address here)",
    re.I,
)


def is_template(text: str) -> bool:
    """Whether a line is a theme's leftover (a shortcode, a sample sentence, an attribute line)."""
    return bool(_TEMPLATE_LINES.search(text.strip()))


_BARE_MARKUP = re.compile(r"(?:\s*(?:<br\s*/?>|</?(?:p|div|span|center)\s*>))+\s*", re.I)
"""A line of tags that hold no text and point nowhere (``<br />``, ``</div>``)."""


def body_paragraphs(doc: SourceDoc, first: int) -> list[tuple[int, int, str]]:
    """Paragraphs of a markdown body, template leftovers (shortcodes, the theme's sample
    sentences, attribute lines) ignored line by line; so are the lines of an HTML comment over whole lines
    (``<!-- ... -->``: text the page does not show)."""
    comment = False
    for n in range(first, len(doc.lines) + 1):
        s = doc.lines[n - 1].strip()
        if comment or s.startswith("<!--"):
            close = s.find("-->", 4 if s.startswith("<!--") else 0)
            if close < 0 or not s[close + 3:].strip():
                comment = close < 0
                doc.ignore(n)
                continue
        if s and (is_template(s) or _BARE_MARKUP.fullmatch(s)):
            doc.ignore(n)  # (or "<br />" alone: a line break, no text)
    out: list[tuple[int, int, str]] = []
    fenced = False  # inside a code fence a blank line parts no paragraphs ("```bibtex", a blank line, "@article{")
    for start, last, _text in paragraphs(doc.lines, first, sep="\n"):
        keep = [(n, doc.lines[n - 1].strip()) for n in range(start, last + 1)
                if doc.lines[n - 1].strip() and n not in doc.ignored]
        if not keep:
            continue
        text = "\n".join(t for _, t in keep)
        if fenced and out:
            out[-1] = (out[-1][0], keep[-1][0], out[-1][2] + "\n" + text)
        else:
            out.append((keep[0][0], keep[-1][0], text))
        fenced ^= sum(1 for _, t in keep if CODE_FENCE.match(t)) % 2 == 1
    return out


def body_with_links(doc: SourceDoc, first_line: int, base: str | None
                     ) -> tuple[list[tuple[int, int]], list[str], list[tuple[str, str]]]:
    """A collection item's body: each paragraph's lines and plain text, and the (label, absolute URL) of
    every link in it."""
    lines, body, links = [], [], []
    for first, last, text in body_paragraphs(doc, first_line):
        body.append(md_text(without_heading_marks(text)))  # ("## Our paper is out": the heading's words)
        links += [(label, url) for label, target in md_links(text) for url in [absolute_url(target, base)] if url]
        lines.append((first, last))
    return lines, body, links


HOME_NAMES = ("index.html", "index.htm", "home.html", "home.htm", "default.html", "default.htm", "index.xhtml",
               "index.shtml", "index.php", "index.asp", "index.aspx", "default.asp", "default.aspx", "index.jsp")


GENERATOR_OUTPUT = ("_site", "public", "build", "out", "dist")
"""The folders a generator writes a site's built pages to (Jekyll's and Quarto's ``_site/``, Hugo's ``public/``):
copies of what the sources hold. The one list every build-folder list below starts from."""
FREEZE_DIR = "_freeze"
"""Where Quarto keeps the executed markdown of each page with code cells (``freeze: auto`` or ``true``), which
it renders the page from, not running the code, until the page's source changes."""


def frozen_path(rel: str) -> str:
    """Where Quarto keeps the executed markdown of the page at ``rel`` (a site-relative path with its suffix):
    ``_freeze/<rel without suffix>/execute-results/html.json``."""
    return f"{FREEZE_DIR}/{rel.rsplit('.', 1)[0]}/execute-results/html.json"


_BUILT_COPIES = (*GENERATOR_OUTPUT, "html", "public_html")
"""Folders of built or served pages, copies of a site's sources when the sources are beside them (``docs/`` is
GitHub Pages' folder, sources as often)."""
BUILD_DIRS = (*_BUILT_COPIES, "docs", "site", "www")
"""The folders a site's pages may be served from, below its repository (its one build folder)."""


def section_index(name: str) -> bool:
    """Whether a file is Hugo's list page of its folder (the site's home page at the content root): ``_index.md``,
    or the same page in another format Hugo renders (``_index.html``, ``_index.org``) or blogdown renders for it
    (``_index.Rmd``); no partial, though its name starts with "_".

    >>> section_index("_index.md"), section_index("_index.Rmd"), section_index("_header.md")
    (True, True, False)
    """
    low = name.lower()
    return low.startswith("_index.") and low.endswith((".md", ".markdown", ".rmd", ".html", ".htm", ".org"))


_BACKUP_DIRS = {"old", "_old", "bak", "backup", "backups", "archive", "archived", "old_site", "oldsite", "previous",
                "deprecated", "trash", ".trash"}


_BACKUP_SUFFIX = r"~|\.(?:bak|orig|old|swp|save|backup|tmp|rej)"
"""An editor's or a tool's ending of a backup copy of a file (``index.html~``, ``cv.tex.bak``, ``x.md.orig``)."""
_BACKUP_FILE = re.compile(rf"(?:{_BACKUP_SUFFIX})$|^#.*#$|^\.#", re.I)


_STALE_STEM = re.compile(r"(?:[-_. ](?:old|bak|backup|orig|copy)\d*| copy(?: \d+)?| \(\d+\))$", re.I)


def backup_reason(rel: str) -> str | None:
    """Why a file of a site is a stale copy never served as a page (an editor backup ``x.md~``, ``x.bak``,
    ``x.orig``, ``x_old.html``, ``x copy.html``, anything under ``old/``), or None.

    >>> backup_reason("research.md~"), backup_reason("old/index.html"), backup_reason("gold.html")
    ('an editor backup or stale copy', 'a file under old/', None)
    """
    *dirs, name = rel.split("/")
    for d in dirs:
        if d.lower() in _BACKUP_DIRS:
            return f"a file under {d}/"
    if _BACKUP_FILE.search(name):
        return "an editor backup or stale copy"
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    if stem != name and _STALE_STEM.search(stem):
        return "a stale copy of another page"
    return None


def starter_page(path: Path) -> bool:
    """The page is a theme's starter page, left as generated (minima's "This is the base Jekyll theme" about
    page, a sample page of Latin filler): template residue, no page about the site's owner."""
    head = file_text(path)
    return head is not None and starter_text(head[:4000])


DRAFT = "a draft (not published)"
"""Why a page :func:`off_site` keeps off the site is not read, as every reader that meets one says it."""


_NEVER = (False, "never", "false")
"""How Hugo's build options (``build:``, ``_build:`` before Hugo 0.145) say a page is not rendered or not listed:
``never``, or ``false`` as the older options wrote it."""


def off_site(data: dict, listed: bool = False) -> bool:
    """Whether a page's front matter keeps it off the built site: "draft: true" (Hugo; "true", "yes" written as
    text too), "published: false" (Jekyll), or Hugo's build options ``render: never`` (the page is not written
    out); for an item of a list (``listed``: a paper a section's list shows), ``list: never`` too (the page is
    in no list of the site).

    >>> off_site({"draft": True}), off_site({"draft": "yes"}), off_site({"published": False}), off_site({"date": 1})
    (True, True, True, False)
    >>> off_site({"build": {"render": "never"}}), off_site({"_build": {"list": "never"}}, listed=True)
    (True, True)
    >>> off_site({"_build": {"list": False}}), off_site({"build": {"render": "always", "list": "local"}}, True)
    (False, False)
    """
    draft = data.get("draft")
    if draft is True or isinstance(draft, str) and draft.strip().lower() in ("true", "yes") \
            or data.get("published") is False:
        return True
    build = data.get("build", data.get("_build"))
    if not isinstance(build, dict):
        return False
    said = {str(k).lower(): v.strip().lower() if isinstance(v, str) else v for k, v in build.items()}
    return said.get("render") in _NEVER or listed and said.get("list") in _NEVER


def off_site_reason(data: dict, listed: bool = False) -> str | None:
    """Why a page's front matter keeps it off the built site (:func:`off_site`), as the report says it: a draft,
    or Hugo's build options (``render: never``); for an item of a list (``listed``), ``list: never`` too. A page
    that is not an item is read whatever its ``list`` says: Hugo still renders it at its address (a CV page kept
    out of the site's lists). None when nothing keeps it off.

    >>> off_site_reason({"draft": True}), off_site_reason({"_build": {"render": "never"}}), off_site_reason({})
    ('a draft (not published)', "not rendered (Hugo's build options: render: never)", None)
    >>> off_site_reason({"_build": {"list": "never"}}), off_site_reason({"_build": {"list": "never"}}, listed=True)
    (None, "in no list of the site (Hugo's build options: list: never)")
    """
    if off_site({k: v for k, v in data.items() if k not in ("build", "_build")}):
        return DRAFT
    if off_site(data):
        return "not rendered (Hugo's build options: render: never)"
    return "in no list of the site (Hugo's build options: list: never)" if off_site(data, listed) else None


_BACKUP_TAIL = re.compile(rf"(?:{_BACKUP_SUFFIX})+$", re.I)


def _page_like(name: str, suffixes: tuple[str, ...]) -> bool:
    """A page file or a backup of one (``research.md~``, ``index.html.bak``)."""
    return _BACKUP_TAIL.sub("", name).lower().endswith(suffixes)


SERVER_CODE = re.compile(r"<\?(?!xml\s).*?(?:\?>|\Z)|<%.*?(?:%>|\Z)", re.S)
"""A block of server code in a page (``<?php ... ?>``, ``<?= $x ?>``, ``<% ... %>``, ``<%@ page ... %>``; a last
PHP block may run to the end of the file unclosed). An XML declaration is no code."""


def server_page(name: str) -> bool:
    """Whether a file is a server-side page by its name (:data:`SERVER_PAGE_SUFFIXES`, a backup of one too)."""
    return _page_like(name, SERVER_PAGE_SUFFIXES)


_VIEW_CODE = lazy_compile(r"\{\{--.*?--\}\}|\{!!.*?!!\}|\{\{.*?\}\}"
                        r"|^[ \t]*@[a-z]\w*[ \t]*(?:\((?:[^()\n]|\([^()\n]*\))*\))?[ \t]*$", re.S | re.M | re.I)
"""A server framework's template code in a page (Laravel's Blade views, ``about.blade.php``): its comments
``{{-- --}}``, outputs ``{{ $x }}`` and ``{!! $x !!}``, and its directives, each a line of its own
(``@extends('layouts.master')``, ``@section('content')``, ``@stop``). An address written "@name" inside a line of
text is none."""


def served_text(text: str) -> str:
    r"""What a server page holds besides its server code: each block of code (:data:`SERVER_CODE`), and each piece
    of its framework's template code (:data:`_VIEW_CODE`: a Blade view's ``@section('content')``), is taken out,
    its line breaks kept, so that the markup stays on its own lines and a browser's parser never meets the code
    (``<?php if ($a->b) ?>``: its ``>`` would end a tag). What the code prints is unknown and left out.

    >>> served_text('<?php include "head.php";\n$n = 2; ?>\n<p>Hi</p><?= $n ?>')
    '\n\n<p>Hi</p>'
    >>> served_text("@extends('layouts.master')\n@section('content')\n  <p>Hi {{ $name }}, @ana</p>\n@stop")
    '\n\n  <p>Hi , @ana</p>\n'
    """
    blank = lambda m: "\n" * m.group(0).count("\n")  # noqa: E731
    return _VIEW_CODE.sub(blank, SERVER_CODE.sub(blank, text))


COMPONENT_SUFFIXES = (".astro",)
"""Pages of a site generator's components that are markup around code (an Astro page, ``src/pages/index.astro``:
its script between ``---`` fences, then its HTML with ``{expressions}``): read as the HTML they hold."""


def component_page(name: str) -> bool:
    """Whether a file is a component page by its name (:data:`COMPONENT_SUFFIXES`, a backup of one too)."""
    return _page_like(name, COMPONENT_SUFFIXES)


_OPENING_FENCED = re.compile(r"\A\ufeff?\s*---[ \t]*\n.*?^---[ \t]*$", re.S | re.M)
"""The block between the ``---`` fences that open a file (an Astro component's script, a template's front matter)."""


def component_text(text: str) -> str:
    r"""What an Astro component shows as it is written: its script (between the ``---`` fences that open the file)
    and its ``{expressions}`` are taken out, their line breaks kept; what the code fills in is unknown and left out
    (as :func:`served_text` leaves a server page's). Quotes count inside an expression only (an apostrophe of the
    text is no string).

    >>> component_text("---\nconst a = 1;\n---\n<h1>Ana's page</h1>\n<p>{items.map((i) => <li>{i}</li>)}</p>")
    "\n\n\n<h1>Ana's page</h1>\n<p></p>"
    """
    out = list(text)

    def blank(a: int, b: int) -> None:
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = ""

    fence = _OPENING_FENCED.match(text)
    at = 0
    if fence:
        blank(0, fence.end())
        at = fence.end()
    while (start := text.find("{", at)) >= 0:
        end = closing_bracket(text, start, "{}", quotes="'\"`")
        at = len(text) if end is None else end + 1  # (an expression left open runs to the end)
        blank(start, at)
    return "".join(out)


_SITE_SETTING = re.compile(r"\{\{-?\s*site\.(?P<key>[A-Za-z_][\w\-]*(?:\.[A-Za-z_][\w\-]*)*)\s*-?\}\}")
"""A Liquid output tag printing one of the site's settings, as written, no filter (``{{ site.cite.me.name }}``)."""
_LIQUID_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?(?:\{%-?\s*endraw\s*-?%\}|\Z)", re.S)
"""A ``{% raw %} ... {% endraw %}`` span, whose tags Liquid shows as written (a page that teaches Jekyll)."""
_LIQUID_FOLDERS = ("_includes", "_layouts")
"""The folders of a Jekyll site whose files Liquid renders though they open with no front matter."""


def site_settings_text(root: Path, path: Path, text: str) -> str:
    r"""A Jekyll page's text (``path``, under the site's folder ``root``) with each ``{{ site.KEY }}`` written as the
    value of ``KEY`` (dotted: a nested one) in the site's ``_config.yml``, as Jekyll renders it: only in a page Liquid
    runs on (one that opens with front matter, or a template of ``_includes``/``_layouts``), after its front matter;
    a value that is no single scalar (a list, a mapping, true/false, a setting the file lacks) and a tag with a
    filter are left as written, for the page reader to blank as any template leftover, and so is a tag inside
    ``{% raw %}``. ``site.url`` and ``site.baseurl`` are left to the reader too, which joins them with the path after
    them (a link of the site's). ``text`` itself when nothing is filled in (no configuration, no such tag).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "_config.yml").write_text("cite:\n  me: {name: Ann Lee}\nlinks: [a]\n")
    ...     site_settings_text(Path(d), Path(d) / "p.md", "---\n---\n**{{ site.cite.me.name }}**, {{ site.links }}")
    '---\n---\n**Ann Lee**, {{ site.links }}'
    """
    fence = _OPENING_FENCED.match(text)
    if fence is None and not any(part in _LIQUID_FOLDERS for part in path.parts[-3:-1]):
        return text  # (Jekyll copies a page without front matter as it is, its tags shown as written)
    config = jekyll_config(root)
    if config is None:
        return text
    try:
        settings = load_config(root, config)[1]
    except SourceError:
        return text
    if not isinstance(settings, dict):
        return text

    def value(m: re.Match) -> str:
        key = m.group("key")
        found = value_at(settings, key) if key.split(".")[0] not in ("url", "baseurl") else None
        if isinstance(found, bool) or not isinstance(found, (str, int, float)) or not str(found).strip():
            return m.group(0)
        return " ".join(str(found).split())  # (on the tag's line: the page's lines stay where they are)

    start = fence.end() if fence else 0
    # (a raw span is left as written: "{% raw %}{{ site.title }}{% endraw %}" shows the tag itself)
    body = "".join(_SITE_SETTING.sub(value, part) if i % 2 == 0 else part
                   for i, part in enumerate(_split_raw(text[start:])))
    return text if body == text[start:] else text[:start] + body


def _split_raw(text: str) -> list[str]:
    """``text`` cut at its raw spans (:data:`_LIQUID_RAW`): the text between them at even places, the spans at odd."""
    out, at = [], 0
    for m in _LIQUID_RAW.finditer(text):
        out += [text[at:m.start()], m.group(0)]
        at = m.end()
    return [*out, text[at:]]


TEMPLATE_SUFFIXES = (".njk", ".liquid")
"""Pages written as HTML templates (Nunjucks, Liquid: Eleventy's ``index.njk``), read as the HTML they hold."""
TEMPLATE_CODE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)


def template_text(text: str) -> str:
    r"""What an HTML template (:data:`TEMPLATE_SUFFIXES`) shows as it is written: its front matter (between the
    ``---`` fences that open the file) and its tags, outputs and comments are taken out, their line breaks kept;
    what they fill in is unknown and left out, as :func:`component_text` leaves an Astro page's.

    >>> template_text("---\ntitle: About\n---\n<h1>Hi, {{ name }}</h1>{% if x %}<p>Yes</p>{% endif %}")
    '\n\n\n<h1>Hi, </h1><p>Yes</p>'
    """
    fence = _OPENING_FENCED.match(text)
    head = "\n" * text[:fence.end()].count("\n") if fence else ""
    return head + TEMPLATE_CODE.sub(lambda m: "\n" * m.group(0).count("\n"), text[fence.end() if fence else 0:])


def closing_bracket(code: str, at: int, pair: str, quotes: str = "") -> int | None:
    """Where the bracket opened at ``code[at]`` closes (``pair``: "{}" or "()"), or None; a bracket inside a
    string opened by one of ``quotes`` (its own quote escaped by a backslash) is no bracket.

    >>> closing_bracket("{a('}')}", 0, "{}", quotes="'"), closing_bracket("(a(b)", 0, "()")
    (7, None)
    """
    depth, quote = 0, None
    for k in range(at, len(code)):
        c = code[k]
        if quote is not None:
            if c == quote and code[k - 1] != "\\":
                quote = None
        elif c == pair[0]:
            depth += 1
        elif c == pair[1]:
            depth -= 1
            if depth == 0:
                return k
        elif c in quotes:
            quote = c
    return None


_OPENS_MARKUP = lazy_compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html\b|/?[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?=[\s/>]))",
                           re.I | re.S)
"""A server page's text opening with markup once its code is set aside: a document, an element, or the end tag of
one its included header opened ("<?php include 'header.php' ?></nav><article>": the page goes on from it)."""

_SERVER_REDIRECT = lazy_compile(r"""(?i)\bheader\s*\(\s*['"]\s*Location\s*:\s*([^'"$\s]+)\s*['"]\s*[,)]|"""
                              r"""\bResponse\.Redirect\s*\(?\s*["']([^"'$\s]+)["']\s*(?:[)\n;]|\Z)|"""
                              r"""\bsendRedirect\s*\(\s*["']([^"'$\s]+)["']\s*\)""")
"""A whole address a server page sends the browser to (one the code builds, ``"Location: /" . $lang``, is none)."""


def server_redirect(path: Path) -> str | None:
    r"""Where a server page of code only sends the browser (PHP's ``header("Location: about/about.php")``, ASP's
    ``Response.Redirect "home.asp"``, JSP's ``response.sendRedirect("main.jsp")``): the address it names, as a meta
    refresh's; None for a page with text of its own or no such line.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "index.php"
    >>> _ = p.write_text('<?php\nheader("Location: about/about.php");\nexit();\n?>\n')
    >>> server_redirect(p), served_html(p)
    ('about/about.php', True)
    """
    text = _served_head(path)
    return _redirect_in(text) if text is not None and not served_text(text).strip() else None


def _served_head(path: Path) -> str | None:
    """The first 64 KB of a server-side page (:func:`server_page`) as text; None for another file or one that
    cannot be read."""
    if not server_page(path.name):
        return None
    try:
        with path.open("rb") as fh:
            return fh.read(65536).decode("utf-8", errors="replace")
    except OSError:
        return None


def _redirect_in(text: str) -> str | None:
    """The whole address a server page's code sends the browser to (:data:`_SERVER_REDIRECT`), or None."""
    m = _SERVER_REDIRECT.search(text)
    return next((g for g in m.groups() if g), None) if m else None


def served_html(path: Path) -> bool:
    """Whether a server-side page (:func:`server_page`) holds HTML: once its server code is set aside
    (:func:`served_text`), its text opens with markup (``<!doctype html>``, ``<html>``, or an element, ``<div>``,
    as a page whose head a PHP include pulls in opens). It is then read as the HTML page it is, whatever its name
    ends with, as an ``.html`` file is; a file of code only is no page, unless it sends the browser on to one
    (:func:`server_redirect`: the site's ``index.php`` redirecting to its home page is a redirect page)."""
    head = _served_head(path)
    if head is None:
        return False
    shown = served_text(head)  # (read and set aside once: the redirect test asks the same text)
    return _OPENS_MARKUP.match(shown) is not None or not shown.strip() and _redirect_in(head) is not None


def html_page_file(path: Path) -> bool:
    """An HTML page of a site by its name (``x.html``, ``x.htm`` ...) or, for a server-side page, by what it holds
    (:func:`served_html`)."""
    return _page_like(path.name, HTML_SUFFIXES) or served_html(path)


_NOT_PAGES = lazy_compile(r"(?i)^(?:readme|license|licence|changelog|contributing|code_of_conduct|security|404)\b"
                        r"|\.html\.md$")


def not_a_page(name: str) -> bool:
    """Whether a file of a site's folder is no page of the site whatever it holds: the repository's notes to its
    developers (``README.md``, ``LICENSE``, ``CHANGELOG.md``, ``CONTRIBUTING.md`` ...), the 404 page, Quarto's
    keep-md copy of a rendered page (``papers.html.md``).

    A markdown file named in capitals that names no section of a site (``DEVELOPMENT.md``, ``DARK_THEME.md``,
    ``ARCHITECTURE.md``) is such a note too, the way repositories name them; ``PUBLICATIONS.md``, ``CV.md`` and
    ``RESUME.md`` stay pages.

    >>> not_a_page("README.md"), not_a_page("404.html"), not_a_page("papers.html.md"), not_a_page("papers.md")
    (True, True, True, False)
    >>> not_a_page("DEPLOYMENT_GUIDE.md"), not_a_page("PUBLICATIONS.md"), not_a_page("RESUME.md"), not_a_page("Bio.md")
    (True, False, False, False)
    """
    if _NOT_PAGES.search(name) is not None:
        return True
    notes = _DEVELOPER_NOTE.fullmatch(name)
    if notes is None:
        return False
    from ..page.sections import anchor_kind
    from .pages import CV_NAMES

    stem = notes.group(1).lower()
    return anchor_kind(stem) is None and stem not in CV_NAMES


_DEVELOPER_NOTE = re.compile(r"([A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*)\.(?:md|markdown)")
"""A markdown file named in capitals (``CONTENT_MANAGEMENT.md``): a note to the repository's developers."""


def page_files(folder: Path, suffixes: tuple[str, ...], depth: int = 1) -> list[Path]:
    """Page files of ``folder`` (and its subfolders down to ``depth``), backups included, hidden ones not; when
    HTML pages are asked for, the server-side pages holding one too (:func:`served_html`)."""
    out: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return out
    for entry in entries:
        if entry.name.startswith(".") or entry.is_symlink():
            continue
        if entry.is_file() and (_page_like(entry.name, suffixes) or ".html" in suffixes and served_html(entry)):
            out.append(entry)
        elif entry.is_dir() and depth > 1:
            out.extend(page_files(entry, suffixes, depth - 1))
    return out


def data_files(root: Path, data_dir: str = "_data") -> list[Path]:
    """The YAML, JSON and TOML files of a site's data folder (Jekyll's ``_data``, Hugo's ``data``, Franklin.jl's
    ``_data``) and of its folders one level down, sorted."""
    folder = root / data_dir
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in DATA_FILE_SUFFIXES and p.is_file()
                  and len(p.relative_to(folder).parts) <= 2)


def unreadable_folders(root: Path) -> list[tuple[str, str]]:
    """(folder, why) for each folder under a site's ``root`` that cannot be listed; hidden folders and
    ``node_modules`` are left out, as the readers never look there. The readers' globs pass over such a
    folder in silence, so a site read without it would be read in part.

    >>> unreadable_folders(Path("tests/fixtures/sites/hugo"))
    []
    """
    import os

    out: list[tuple[str, str]] = []

    def note(exc: OSError) -> None:
        out.append((str(exc.filename), f"cannot read this folder ({exc.strerror or exc})"))

    for _folder, dirs, _names in os.walk(root, onerror=note):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
    return sorted(out)


def whole_site(parse_dir: Callable[[Path, ImportOptions], Profile]) -> Callable[[Path, ImportOptions], Profile]:
    """A site reader that refuses a site with a folder it cannot list: IncompleteRead (exit 1) names each
    one, and nothing is imported from part of a site."""
    from functools import wraps

    @wraps(parse_dir)
    def parse(path: Path, options: ImportOptions) -> Profile:
        skipped = unreadable_folders(path)
        if skipped:
            raise IncompleteRead(skipped)
        return parse_dir(path, options)

    return parse


def site_pages(folder: Path) -> list[Path]:
    """The HTML pages directly in ``folder``, backups left out."""
    return [p for p in page_files(folder, HTML_SUFFIXES) if backup_reason(p.name) is None]


_TOKEN_PAGE = re.compile(r"^(?:google[0-9a-f]{12,}|BingSiteAuth|yandex_[0-9a-f]+|pinterest-[0-9a-f]+)\.html?$", re.I)


def _token_page(path: Path) -> bool:
    """A search engine's site-verification file (``google0123456789abcdef.html``): a few bytes a service asks a
    site owner to publish, no page of the site."""
    try:
        return bool(_TOKEN_PAGE.match(path.name)) and path.stat().st_size < 2000
    except OSError:
        return False


def _has_pages(folder: Path) -> bool:
    """Whether ``folder`` holds an HTML page of a site: a verification token is none, nor a generator's partial
    (``_footer.html``, ``_custom.html``: pieces R Markdown or Jekyll put into the pages they build)."""
    return any(not _token_page(p) and not p.name.startswith("_") for p in site_pages(folder))


_SOURCE_MARKERS = ("_config.yml", "_config.yaml", "_quarto.yml", "content", "config.toml", "hugo.toml", "hugo.yaml",
                   "index.md", "index.qmd")
"""A generator's sources: the folder is the site even when its pages are built elsewhere (a repository's
README.md is not one: GitHub Pages serves the docs/ folder beside it)."""


def _template_folder(folder: Path) -> bool:
    """A generator's folder of layouts or partials (Sphinx's ``_templates/``, Jekyll's ``_layouts/``,
    ``_includes/``): its HTML files are templates, not pages (``_site/`` is a build folder)."""
    return folder.name.startswith("_") and folder.name.lower() not in BUILD_DIRS


def find_site_root(path: Path, is_site: Callable[[Path], bool] | None = None) -> Path:
    """The folder that holds a site's pages: ``path`` itself when it has a page or a generator's sources, else
    its one build folder (``docs/``, ``_site/``, ``public/`` ...) or its only subfolder with pages (down a chain
    of lone subfolders, "docs/content/people/html/", when no folder on the way has pages of its own; the chain
    starts at the one build folder when there are others beside it, "build/html/" next to "source/").
    ``is_site``: what the caller reads as a site (a generator's configuration in it): ``path`` when it is one,
    else the folder found that way when it is one, else the one subfolder of ``path`` that is one, else ``path``.

    >>> find_site_root(Path("tests/fixtures/sites/built-docs")).name
    'docs'
    """
    if not path.is_dir() or is_site is not None and is_site(path):
        return path
    subs = [d for d in sorted(path.iterdir()) if d.is_dir() and not d.name.startswith(".")
            and backup_reason(d.name + "/x") is None and not _template_folder(d)]
    inner = _pages_folder(path, subs)
    if is_site is None or inner != path and is_site(inner):
        return inner
    sites = [d for d in subs if is_site(d)]  # ("stich/": a repository whose site lives in a folder of its own)
    return sites[0] if len(sites) == 1 else path


def _pages_folder(path: Path, subs: list[Path]) -> Path:
    """:func:`find_site_root` by pages alone (``subs``: the subfolders of ``path`` a site may live in)."""
    if _has_pages(path) or any((path / m).exists() for m in _SOURCE_MARKERS):
        return path
    with_pages = [d for d in subs if _has_pages(d)]
    named = [d for d in with_pages if d.name.lower() in BUILD_DIRS]
    if len(named) == 1:
        return named[0]
    if len(with_pages) == 1:
        return with_pages[0]
    built = [d for d in subs if d.name.lower() in BUILD_DIRS]
    # one subfolder, or one build folder beside the sources (Sphinx's "build/html/" next to "source/")
    inner = subs[0] if len(subs) == 1 else built[0] if len(built) == 1 else None
    inner = inner if not with_pages else None
    for _ in range(8):
        if inner is None or _has_pages(inner):
            break
        kids = [d for d in sorted(inner.iterdir()) if d.is_dir() and not d.name.startswith(".")
                and not _template_folder(d)]
        # Sphinx's "build/" holds "html/" beside "doctrees/" (pickles): the one subfolder with pages
        paged = [d for d in kids if _has_pages(d)]
        inner = kids[0] if len(kids) == 1 else paged[0] if len(paged) == 1 else None
    if inner is None and not with_pages:
        inner = _views_folder(subs)
    return inner if inner is not None and _has_pages(inner) else path


_HOME_STEMS = {n.split(".")[0] for n in HOME_NAMES}
"""What a home page is named before its suffixes (``index``, ``home``, ``default``)."""


def _views_folder(subs: list[Path], depth: int = 3) -> Path | None:
    """The one folder, down to ``depth`` levels under ``subs``, whose pages hold a home page (:data:`_HOME_STEMS`): where a server
    framework keeps the templates of its pages beside its code (Laravel's ``resources/views/`` beside ``app/``,
    ``index.blade.php`` read as the HTML it holds), the nearest the top; None when none or two are as near."""
    level = subs
    for _ in range(depth):
        found = [d for d in level if _has_pages(d)
                 and any(p.name.lower().split(".")[0] in _HOME_STEMS for p in site_pages(d))]
        if found:
            return found[0] if len(found) == 1 else None
        level = [k for d in level for k in _subfolders(d)]
    return None


def _subfolders(folder: Path) -> list[Path]:
    """The subfolders a site's pages may live in: hidden ones, libraries (``node_modules``, ``vendor``) and a
    generator's template folders left out."""
    try:
        return [d for d in sorted(folder.iterdir()) if d.is_dir() and not d.is_symlink() and not d.name.startswith(".")
                and d.name.lower() not in ("node_modules", "vendor") and not _template_folder(d)]
    except OSError:
        return []


_CONTENT_DIRS = ("content", "_pages", "_publications", "_posts", "_data", "_bibliography", "src/content",
                 "src/pages")
"""The folders a generator keeps a site's own content in (Hugo's, Jekyll's collections and data, Astro's)."""

_HOME_PAGES = ("index.md", "index.markdown", "index.qmd", "index.Rmd", "index.rmd", "index.org", "index.rst",
               "index.mdx", "about.md", "README.org", *HOME_NAMES)

_WORKS = lazy_compile(r"(?i)^(?:publications?|papers?|research|pubs?|bibliography)(?:\.\w+)?$|\.bib$")
"""A page, folder or file that lists works (``publications.md``, ``content/publication/``, ``papers.bib``)."""

_NOT_SITES = {"node_modules", "vendor", "assets", "static", "images", "img", "css", "js", "fonts", "layouts",
              "themes", "theme", "scripts", "bin", "lib", "src", "resources", "archetypes", "data", "files",
              "_includes", "_layouts", "_sass", "i18n", "config"}
"""Subfolders that are parts of a site (its assets, templates, themes, a framework's ``src/``), never a site."""


def _site_markers(folder: Path) -> tuple[bool, int, bool, bool]:
    """What ``folder`` holds of a site's own: (a generator's configuration, how many content folders, a home
    page, a list of works); the developer's README is none of them."""
    from .generators import GENERATORS, OTHER_GENERATORS, site_frameworks

    configs = (*SITE_CONFIGS, *OTHER_GENERATORS, "config",
               *(c for _g, cs, _f in GENERATORS for c in cs))
    config = any(has_site_config(folder, c) for c in configs) or bool(site_frameworks(folder))
    content = sum((folder / d).is_dir() for d in _CONTENT_DIRS)
    home = any((folder / h).is_file() for h in _HOME_PAGES) or _has_pages(folder)
    works = False
    for d in (folder, folder / "content", folder / "_pages", folder / "src" / "pages"):
        try:
            works = works or any(_WORKS.match(e.name) for e in d.iterdir())
        except OSError:
            continue
    return config, content, home, works


def _site_score(folder: Path) -> float:
    """How much of a site's own content ``folder`` holds (0: none): a generator's configuration (3), content
    folders (1 each, at most 2), a home page (1), a list of works (1)."""
    config, content, home, works = _site_markers(folder)
    return 3 * config + min(content, 2) + home + works


_THEME_NAME = re.compile(r"""(?m)^name\s*=\s*["']([^"'\n]+)["']""")


def demo_site(folder: Path, theme: str | None = None) -> bool:
    """Whether the site in ``folder`` is a theme's demo, as its configuration or its author page names its owner
    (``Nelson Bighetti``, ``Albert Einstein``, ``Your Name``: :func:`~kg.importers.common.placeholder_text`) or
    as its title is the name of the theme it shows (``theme``: ``title = "Hugo Apéro"`` in the exampleSite of
    the theme ``name = "Hugo Apéro"``)."""
    from ..common import fold, placeholder_text
    from .owner import config_people

    names: list[str] = []
    for _path, _doc, data, _spans in site_configs(folder):
        title = data.get("title")
        if theme and isinstance(title, str) and title.strip() and set(re.findall(r"\w+", fold(title))) <= {
                *re.findall(r"\w+", fold(theme)), "hugo", "jekyll", "theme", "demo", "example", "site", "the"}:
            return True  # ("Hugo Apéro": the theme's name, and nobody's)
        names += [n for n, _k in config_people(data)]
        first, last = data.get("first_name"), data.get("last_name")  # (al-folio's)
        if isinstance(first, str) and isinstance(last, str):
            names.append(f"{first} {last}")
    for page in sorted((folder / "content" / "authors").glob("*/_index.md"))[:3]:
        doc = doc_or_none(page)
        m = re.search(r"(?m)^(?:title|name)\s*[:=]\s*['\"]?([^'\"\n]+)", doc.text[:3000]) if doc else None
        if m:
            names.append(m.group(1).strip())
    return bool(names) and all(placeholder_text(n) for n in names)


def site_folder(path: Path) -> Path:
    """The folder of a repository that holds its site, chosen by what the folders hold: ``path`` itself when it
    holds any of a site's own (a generator's configuration, content folders, a home page, a list of works),
    else the subfolder that holds most of them (a Hugo theme's ``exampleSite/`` the owner filled in, GitHub
    Pages' ``docs/``, ``site/``, ``website/`` ...), the sources before a built copy beside them (``public/``,
    ``_site/``: one of the two is read, never both), a theme's demo (:func:`demo_site`) never; when none does, the
    site a level down the sources' ``src/`` (Eleventy's ``src/site/``); ``path`` when no subfolder holds a site.

    >>> site_folder(Path("tests/fixtures/sites/al-folio")).name
    'al-folio'
    """
    if not path.is_dir() or _site_score(path) > 0:
        return path
    try:
        subs = [d for d in sorted(path.iterdir()) if d.is_dir() and not d.is_symlink()
                and not d.name.startswith(".") and d.name.lower() not in _NOT_SITES
                and backup_reason(d.name + "/x") is None and not _template_folder(d)]
    except OSError:
        return path
    ranked = sorted(((_site_score(d) - 0.5 * (d.name.lower() in _BUILT_COPIES), k, d)
                     for k, d in enumerate(subs)), key=lambda t: (-t[0], t[1]))
    # (two of a site's marks at least: a lone "content/" or "index.rst" is no site the families read)
    theme_doc = doc_or_none(path / "theme.toml") if (path / "theme.toml").is_file() else None
    theme = m.group(1) if theme_doc is not None and (m := _THEME_NAME.search(theme_doc.text)) else None
    sites = [d for score, _k, d in ranked if score >= 2 and not demo_site(d, theme)]
    if not sites and (path / "src").is_dir() and not (path / "src").is_symlink():
        # a site generator's input folder kept under the sources' one (Eleventy's "src/site/": its pages and
        # its _data/), when nothing beside it holds a site
        nested = site_folder(path / "src")
        if nested != path / "src" and _site_score(nested) >= 2:
            return nested
    built = _built_folders(path, sites)
    if len(built) == 1:
        return built[0]
    sources = [d for d in sites if _site_markers(d)[0]]
    # two generators' sites side by side ("docusaurus/" and the older "jekyll/"), and nothing says which one is
    # built: the families' own finders choose, as they did
    return sites[0] if sites and len(sources) < 2 else path


_BUILD_SETTINGS = ("netlify.toml", "vercel.json", ".github/workflows/*.yml", ".github/workflows/*.yaml",
                   ".gitlab-ci.yml")


def _built_folders(path: Path, sites: list[Path]) -> list[Path]:
    """The folders among ``sites`` the repository's build settings name most (Netlify's ``base =
    "exampleSite"``, a workflow's ``cd docusaurus`` or ``working-directory: ./website``), or none."""
    texts = []
    for pattern in _BUILD_SETTINGS:
        for f in sorted(path.glob(pattern))[:8]:
            doc = doc_or_none(f)
            texts += [doc.text] if doc is not None else []
    counts = {d: sum(len(re.findall(rf"(?:^|[\s\"'=:(])(?:\./)?{re.escape(d.name)}(?=[/\"'\s)]|$)", t, re.M))
                     for t in texts) for d in sites}
    most = max(counts.values(), default=0)
    return [d for d, n in counts.items() if n == most] if most else []


JEKYLL_CONFIGS = ("_config.yml", "_config.yaml")
"""Jekyll reads its configuration from either spelling (lab-website-template writes ``_config.yaml``)."""

HUGO_CONFIGS = ("hugo.yaml", "hugo.yml", "hugo.toml", "config.yaml", "config.yml", "config.toml")
"""The names Hugo reads its site configuration from, YAML under either extension (PaperMod's demo writes
``config.yml``), in its ``config/_default/`` folder or the site's root."""

HUGO_CONFIG_DIR = "config/_default"

FRANKLIN_CONFIG = "config.md"
"""Franklin.jl's site configuration: a markdown file of page variables (``@def author = "..."`` lines or a ``+++``
block of TOML), read as a configuration only when it opens with them
(:func:`~kg.importers.document.franklin_variables`)."""

SITE_CONFIGS = (*JEKYLL_CONFIGS, *(f"{HUGO_CONFIG_DIR}/{n}" for n in HUGO_CONFIGS), *HUGO_CONFIGS,
                f"{HUGO_CONFIG_DIR}/params.toml", "mkdocs.yml", "_quarto.yml", FRANKLIN_CONFIG)
"""Where the site generators keep a site's configuration, the one list every reader of it uses:
Jekyll's, Hugo's (``config/_default/`` first, as Hugo merges it over the root's), MkDocs', Quarto's and Franklin's."""


JS_CONFIGS = ("gatsby-config", "docusaurus.config", "astro.config", "next.config", "nuxt.config", "site.config",
              "vite.config", "svelte.config")
"""The JavaScript and TypeScript configuration modules of a site's root (Gatsby's ``siteMetadata``,
Docusaurus' ``customFields``, Astro's ``site``), each under any of :data:`JS_SUFFIXES`."""

_JS_CONFIG_DIRS = ("", "src", "src/lib", "src/data", "src/lib/data", "src/config", "src/content", "data", "config", "assets/data",
                   "src/assets/data")
_JS_CONFIG_STEM = lazy_compile(r"(?i)^(?:site[._-]?config|config|settings|site|site[._-]?data|site[._-]?metadata|"
                             r"consts|constants|profile|author|about|me|meta|personal|user|info|metadata|cv|resume)$")
"""A data module that holds a site's settings or its owner's particulars (``src/config.ts``, ``data/site.js``,
``src/settings.ts``, ``src/lib/data/siteConfig.ts``), or the owner's whole CV (``src/data/cv.yaml``: ``meta: {name,
email}`` above its sections; RenderCV's ``cv: {name: ...}``)."""


_OWNER_BINDING = lazy_compile(r"(?m)^\s*export\s+(?:const|let|var)\s+(?:profile|personal|author|owner|about|me|bio|user)"
                            r"(?:info|data|details|config)?\s*(?::\s*[\w.<>\[\]]+)?\s*=\s*\{", re.I)
"""A module's object about the site's owner, whatever the module is called ("export const profileInfo = {name: ...}"
in mockData.js, beside the site's lists): the module describes its owner as a profile module does."""


def _binds_owner(path: Path) -> bool:
    """Whether a data module exports an object about the owner (:data:`_OWNER_BINDING`)."""
    doc = doc_or_none(path)
    return doc is not None and bool(_OWNER_BINDING.search(doc.text))


_DATA_SETTINGS_DIRS = ("data", "_data")
"""A generator's data folders (Hugo's ``data/``, Jekyll's ``_data/``), where a theme keeps a data file of settings
(``data/config.json`` holding ``author`` and ``email``, which its templates read as ``.Site.Data.config.author``)."""


def js_configs(root: Path, data_settings: bool = False) -> list[str]:
    """The modules of ``root`` that configure its site or describe its owner, as paths relative to it: the
    JavaScript and TypeScript ones (:data:`JS_CONFIGS` at its root, data modules named so in its usual folders),
    and the data files named so in a JavaScript framework's source folder (``src/data/site.yaml``, which its
    pages import as they would ``src/data/site.ts``). With ``data_settings``, the data files named so in a
    generator's data folders instead (:data:`_DATA_SETTINGS_DIRS`)."""
    out = [] if data_settings else \
        [f"{stem}{suffix}" for stem in JS_CONFIGS for suffix in JS_SUFFIXES if (root / f"{stem}{suffix}").is_file()]
    for folder in _DATA_SETTINGS_DIRS if data_settings else _JS_CONFIG_DIRS:
        d = root / folder if folder else root
        try:
            files = sorted(p for p in d.iterdir() if p.is_file())
        except OSError:
            continue
        # (a data file of the root, "data/" or "config/" is a generator's: Hugo's config.yaml, its data/ tables; one
        # of a bundler's "assets/data/" is the app's, which its components import: Nuxt's, a Vue or React app's)
        suffixes = DATA_FILE_SUFFIXES if data_settings else \
            (*JS_SUFFIXES, *DATA_FILE_SUFFIXES) if folder.split("/")[0] in ("src", "assets") else JS_SUFFIXES
        out += [p.relative_to(root).as_posix() for p in files if p.suffix.lower() in suffixes
                and p.stat().st_size < 500_000 and (_JS_CONFIG_STEM.match(p.name[:-len(p.suffix)]) or p.suffix.lower()
                                                    in JS_SUFFIXES and _binds_owner(p))]
    return list(dict.fromkeys(out))


class FoldedKeys(dict):
    """A mapping whose string keys are looked up case-insensitively, an exact key first: a Hugo configuration's
    (``site["languages"]`` finds ``[Languages.en]``). A key written in two spellings (TOML keeps ``baseURL`` and
    ``baseurl`` apart, Hugo folds them into one) is found as asked, else as first written. Only the lookups fold
    (``[]``, ``in``, ``get``): a merge (``{**a, **b}``), ``setdefault`` and ``pop`` are a plain dict's, so a table
    merged from two is made one again."""

    def _key(self, key: object) -> object:
        if not isinstance(key, str) or dict.__contains__(self, key):
            return key
        folded = key.lower()
        return next((k for k in self if isinstance(k, str) and k.lower() == folded), key)

    def __getitem__(self, key: object) -> object:
        return dict.__getitem__(self, self._key(key))

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, self._key(key))

    def get(self, key: object, default: object = None) -> object:
        return dict.get(self, self._key(key), default)


def _folded(value: object) -> object:
    """``value`` with every mapping in it a :class:`FoldedKeys`."""
    if isinstance(value, dict):
        return FoldedKeys({k: _folded(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_folded(v) for v in value]
    return value


def _variables_only(doc: SourceDoc) -> SourceDoc:
    """A Franklin.jl ``config.md`` with its variables' lines alone (:func:`~kg.importers.document.franklin_variables`):
    the comments and the LaTeX-like commands its pages use, below them, are no setting of the site (the same lines,
    blank); the page as it is when it holds no variables."""
    from ..document import franklin_variables

    fm = franklin_variables(doc)
    if fm is None:
        return doc
    first = min((a for a, _b in fm.spans.values()), default=fm.body_start)
    return SourceDoc(doc.path, "\n".join(line if first <= n < fm.body_start else ""
                                         for n, line in enumerate(doc.lines, 1)), doc.display)


def load_config(root: Path, path: Path) -> tuple[SourceDoc, dict, dict[str, tuple[int, int]]]:
    """A site's configuration file (``_config.yml``, ``mkdocs.yml``, ``_quarto.yml``, ``myst.yml``, Hugo's
    TOML ...) as (doc, data, key spans), YAML, JSON or TOML by its suffix (:func:`load_data_file`), a JavaScript
    or TypeScript module as the values its literals write (:func:`~.js_data.config_data`: nothing is run), a
    markdown file (Franklin.jl's ``config.md``) as its page variables, its doc those lines alone: the one loader
    of a site's configuration. A file that does not read or parse, or a markdown page with no variables, is a
    :class:`SourceError` at its line. Parsed once an import (kept in :data:`~kg.importers.base.READ_ONCE`: the
    family readers, the owner's settings and the content folder ask for the same configuration again), each asker
    given a doc and data of its own."""
    raw = read_file(root, path)
    doc = _variables_only(raw) if path.suffix.lower() in MD_SUFFIXES else raw
    memo = READ_ONCE.get()
    if memo is not None and ("config", path) in memo:
        data, spans = memo["config", path]
        return doc, copy.deepcopy(data), copy.copy(spans)
    if path.suffix.lower() in JS_SUFFIXES:
        from .js_data import config_data, module_of

        data, spans = config_data(module_of(doc.text, str(path)))
    elif path.suffix.lower() in MD_SUFFIXES:
        from ..document import franklin_variables

        fm = franklin_variables(raw)
        if fm is None:
            raise SourceError("not a configuration: a page", path=doc.display, line=1)
        data, spans = fm.data, fm.spans
        for key, franklin_key in (("title", "website_title"), ("url", "website_url")):
            if key not in data and franklin_key in data:  # (under the names the other generators give them)
                data[key], spans[key] = data[franklin_key], spans[franklin_key]
    else:
        data, spans = load_data_file(doc)
    if path.name in HUGO_CONFIGS or rel_path(root, path).startswith("config/"):
        # Hugo reads its configuration's keys case-insensitively: Themefisher's themes write "[Languages.en]"
        # and "contentDir", other sites "[languages.en]" or "contentdir"
        data, spans = _folded(data), FoldedKeys(spans)
    if memo is not None:
        memo["config", path] = (copy.deepcopy(data), copy.copy(spans))
    return doc, data, spans


def site_configs(root: Path, names: Iterable[str] = SITE_CONFIGS) -> Iterator[tuple[Path, SourceDoc, dict, dict]]:
    """(path, doc, data, key spans) of each configuration of ``root`` among ``names`` (paths relative to it) that
    exists and reads (:func:`load_config`), in that order; by default (:data:`SITE_CONFIGS`) the site's
    JavaScript and TypeScript configuration modules after them (:func:`js_configs`). A configuration that does
    not parse is left out (it names nobody).

    >>> [p.name for p, *_ in site_configs(Path("tests/fixtures/sites/al-folio"))]  # doctest: +SKIP
    ['_config.yml']
    """
    modules = js_configs(root) if names is SITE_CONFIGS else []
    for rel in (*names, *modules):
        path = root / rel
        if not path.is_file():
            continue
        try:
            doc, data, spans = load_config(root, path)
        except SourceError:
            continue
        if rel in modules and path.suffix.lower() not in JS_SUFFIXES:
            from .js_data import owner_as_author

            # a framework's data file of settings (src/data/site.yaml): its object about the owner ("identity:
            # {name: ...}") is the author, as in the module it stands for
            data, spans = owner_as_author(data, spans)
        yield path, doc, data, spans


def franklin_config(root: Path) -> Path | None:
    """Franklin.jl's ``config.md`` of ``root`` when it holds the site's variables (:data:`FRANKLIN_CONFIG`), else
    None."""
    path = root / FRANKLIN_CONFIG
    if not path.is_file():
        return None
    try:
        load_config(root, path)
    except SourceError:
        return None
    return path


def has_site_config(folder: Path, name: str) -> bool:
    """Whether ``folder`` holds the configuration ``name`` of :data:`SITE_CONFIGS` (or another generator's file):
    Franklin.jl's ``config.md`` only when it holds the site's variables (:func:`franklin_config`), as a page of that
    name (notes on one's editor settings) marks no site."""
    return franklin_config(folder) is not None if name == FRANKLIN_CONFIG else (folder / name).exists()


def jekyll_config(root: Path) -> Path | None:
    """The Jekyll configuration file of ``root`` (``_config.yml`` or ``_config.yaml``), or None; a Jupyter Book's
    ``_config.yml`` (beside its ``_toc.yml``) is not Jekyll's (:func:`jupyter_book_config`)."""
    return None if jupyter_book_config(root) is not None else first_file(root, JEKYLL_CONFIGS)


def _address(href: str) -> str:
    """A site's address as compared with another: no leading or trailing slash, no ``.html``, no ``/index``."""
    a = href.split("#")[0].split("?")[0].strip().strip("/")
    a = a[:-5] if a.lower().endswith(".html") else a
    return (a[:-6] if a.lower().endswith("/index") else "" if a.lower() == "index" else a).casefold()


def collections_home(root: Path) -> Path:
    """The folder a Jekyll site keeps its collections in: the one its ``_config.yml`` names as
    ``collections_dir`` (``collections_dir: collections``: ``collections/_publications/``, and the blog's
    ``collections/_posts/`` and ``_drafts/`` too, as Jekyll reads them there), else the site's root; the root too
    for a folder that is not there or lies outside the site. Found once an import (:data:`~kg.importers.base.READ_ONCE`:
    every reader of a collection asks)."""
    memo = READ_ONCE.get()
    if memo is not None and ("collections_home", root) in memo:
        return memo["collections_home", root]
    home = _collections_home(root)
    if memo is not None:
        memo["collections_home", root] = home
    return home


def _collections_home(root: Path) -> Path:
    """:func:`collections_home`, found."""
    cfg_path = jekyll_config(root)
    doc = doc_or_none(cfg_path) if cfg_path is not None else None
    if doc is None or "collections_dir" not in doc.text:
        return root
    try:
        cfg = load_config(root, cfg_path)[1]  # (the one loader of a site's configuration)
    except SourceError:
        return root
    home = cfg.get("collections_dir") if isinstance(cfg, dict) else None
    name = home.strip().strip("/").removeprefix("./") if isinstance(home, str) else ""
    if not name or name == "." or inside_site(root, root / name) is None or not (root / name).is_dir():
        return root
    return root / name


def collection_folder(root: Path, name: str) -> Path:
    """The folder of the site's Jekyll collection ``name`` (``publications`` -> ``_publications/``), in the
    collections' folder its configuration names (:func:`collections_home`)."""
    return collections_home(root) / f"_{name}"


def collection_document(documents: dict[str, Path], href: str) -> Path | None:
    """The document of a Jekyll collection the site serves at ``href`` (``documents``:
    :func:`collection_documents`, read once for the site), or None."""
    want = _address(href)
    return documents.get(want) if want else None


def collection_documents(root: Path) -> dict[str, Path]:
    """The documents of the site's Jekyll collections by the address each is served at: a collection its
    ``_config.yml`` writes out (``collections: {pubs: {output: true, permalink: /:name}}``) serves each file of its
    folder (``_pubs/papers.html``, a page another tool generated, or ``_pubs/papers.md``) at the address its
    ``permalink`` makes (``/papers.html``; Jekyll's default ``/:collection/:path``), as it serves a page of the
    site's root; a collection that is not written out serves none. The configuration is read once for all the
    links a site's pages hold."""
    cfg_path = jekyll_config(root)
    doc = doc_or_none(cfg_path) if cfg_path is not None else None
    try:
        cfg = load_yaml_file(doc)[0] if doc is not None else {}
    except SourceError:
        return {}
    collections = cfg.get("collections") if isinstance(cfg, dict) else None
    if not isinstance(collections, dict):
        return {}
    out: dict[str, Path] = {}
    for name, conf in collections.items():
        if not isinstance(name, str) or not isinstance(conf, dict) or conf.get("output") is not True:
            continue
        folder = collection_folder(root, name).resolve()
        if not folder.is_dir() or not folder.is_relative_to(root.resolve()):
            continue
        template = conf.get("permalink") if isinstance(conf.get("permalink"), str) else "/:collection/:path"
        for f in sorted(folder.rglob("*")):
            if not f.is_file() or not f.name.lower().endswith((*MD_SUFFIXES, *HTML_SUFFIXES)) or backup_reason(f.name):
                continue
            path = f.relative_to(folder).with_suffix("").as_posix()
            url = template
            for key, value in ((":collection", name), (":path", path), (":name", f.stem), (":title", f.stem),
                               (":output_ext", ".html")):
                url = url.replace(key, value)
            out.setdefault(_address(url), f)  # (the first file served at an address is the one served)
    return out


JUPYTER_BOOK_TOCS = ("_toc.yml", "_toc.yaml")


def jupyter_book_config(root: Path) -> Path | None:
    """The configuration of a Jupyter Book in ``root`` (its ``_config.yml`` beside a ``_toc.yml``), or None."""
    return first_file(root, JEKYLL_CONFIGS) if first_file(root, JUPYTER_BOOK_TOCS) is not None else None


def first_file(folder: Path, names: Iterable[str]) -> Path | None:
    """The first of ``names`` (paths under ``folder``) that is a file there, or None.

    >>> first_file(Path("tests/fixtures/sites/al-folio"), ["_pages/index.md", "_pages/about.md"]).name
    'about.md'
    """
    return next((folder / n for n in names if (folder / n).is_file()), None)


BUNDLE_INDEXES = ("index.md", "index.markdown", "index.Rmarkdown", "index.Rmd", "index.rmd")
"""A Hugo bundle's page, in the order read: markdown (``.md``, ``.markdown``) first, then blogdown's R Markdown
sources (``index.Rmarkdown`` is rendered to the ``index.markdown`` beside it, ``index.Rmd`` to an
``index.html`` with the same front matter): the source when nothing rendered from it is beside it."""

_PAGE_ORDER = (".md", ".markdown", ".rmarkdown", ".rmd")


def md_pages(folder: Path) -> list[Path]:
    """The markdown pages of a Hugo content folder (``*.md``, ``*.markdown``, blogdown's ``*.Rmarkdown`` and
    ``*.Rmd``), one per page: of a page's files ("post.Rmarkdown" and its rendering "post.markdown") the first
    in :data:`BUNDLE_INDEXES`'s order, and of a page a multilingual site writes once per language ("about.en.md",
    "about.fr.md") the chosen language's (:func:`~.fields.chosen_language`: English where it has it, as
    :func:`_chosen_page`, else the page as written for the site's default language, "about.md" beside "about.fr.md",
    else the first language's); in name order."""
    if not folder.is_dir():
        return []
    best: dict[str, Path] = {}
    for f in folder.iterdir():
        suffix = f.suffix.lower()
        if suffix in _PAGE_ORDER and f.is_file():
            held = best.get(f.stem)
            if held is None or _PAGE_ORDER.index(suffix) < _PAGE_ORDER.index(held.suffix.lower()):
                best[f.stem] = f
    languages: dict[str, dict[str, str]] = {}  # page -> its language -> its stem
    for stem in best:
        page, lang = _language_of(stem)
        if lang:
            languages.setdefault(page, {})[lang] = stem
    for page, written in languages.items():
        chosen = written[chosen_language(sorted(written))]
        if page in best and not english(_language_of(chosen)[1] or ""):
            chosen = page  # (the page as written for the site's default language: "about.md" beside "about.fr.md")
        for stem in [*written.values(), page]:
            if stem != chosen and stem in best:
                del best[stem]  # (another language's page)
    return sorted(best.values())


def _language_of(stem: str) -> tuple[str, str | None]:
    """A page's name without the language a multilingual Hugo site writes it in, and that language (``about.fr``
    -> ``("about", "fr")``); a name of no language as it is, with None: a real language's code only
    (:func:`~.fields.translation_name`), not any two letters after a dot ("README.in", "smith.jr", "app.js")."""
    page, dot, lang = stem.rpartition(".")
    return (page, lang) if dot and page and translation_name(lang) else (stem, None)


def translation_of(page: Path) -> Path:
    """The page ``page`` is a translation of, as a site of one language would name it (``about.fr.md`` ->
    ``about.md``; a page of no language is itself): two pages of one name here are one page in two languages."""
    stem, lang = _language_of(page.stem)
    return page.with_name(stem + page.suffix) if lang else page


def translated_page(folder: Path, *names: str) -> Path | None:
    """The page ``name`` of ``folder`` (``_index.md``, ``about/index.md``) as a multilingual Hugo site writes it, once
    per language, the language's code before the suffix (``_index.fr.md``, ``about/index.en.md``): the English page,
    else the first language's; None when the site writes no such page. Of several ``names`` (``index.md``,
    ``index.markdown``), the first the site writes in any language, each folder listed once."""
    listed: dict[Path, list[Path]] = {}
    for name in names:
        path = folder / name
        stem, dot, suffix = path.name.rpartition(".")
        if not dot or not stem or not path.parent.is_dir():
            continue
        if path.parent not in listed:
            listed[path.parent] = [p for p in sorted(path.parent.iterdir()) if p.is_file()]
        written = re.compile(rf"{re.escape(stem)}\.(?P<lang>{LANGUAGE_CODE.pattern})\.{re.escape(suffix)}")
        translated = {m.group("lang"): p for p in listed[path.parent] if (m := written.fullmatch(p.name))}
        if translated:
            return translated[chosen_language(list(translated))]
    return None


def _chosen_page(plain: Path | None, written: Path | None) -> Path | None:
    """Of a page as written for a multilingual site's default language (``_index.md``) and as written in a
    language (:func:`translated_page`), the one read: the English page where the site writes one (then the page of
    no language's code is the default language's, which is not English: "_index.md" in Chinese beside
    "_index.en.md"), else the default language's, else the other."""
    if written is not None and (plain is None or english(written.name.split(".")[-2])):
        return written
    return plain


def first_page(folder: Path, names: Iterable[str]) -> Path | None:
    """:func:`first_file` of a Hugo site's pages: the first of ``names`` the site writes, as it is or, on a
    multilingual site, once per language (:func:`translated_page`: ``_index.fr.md`` for ``_index.md``; English
    first, :func:`_chosen_page`)."""
    return next((p for n in names if (p := _chosen_page(first_file(folder, (n,)), translated_page(folder, n)))),
                None)


_TRANSLATED_LIST = re.compile(r"_index\.[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\.(?:md|markdown)")
"""A section's list page a multilingual Hugo site writes once per language (``_index.en.md``, Filipino's
``_index.fil.md``, ``_index.es.markdown``)."""


def list_page(page: Path) -> bool:
    """Whether ``page`` is a Hugo section's list page, ``_index.md`` (``_index.en.md`` on a multilingual site):
    the section's heading and settings, no item of it."""
    return page.name == "_index.md" or bool(_TRANSLATED_LIST.fullmatch(page.name))


def bundle_index(folder: Path) -> Path | None:
    """The page of a Hugo bundle ``folder``: its ``index.md`` (:data:`BUNDLE_INDEXES`), or, for a bundle a
    multilingual site translates (``index.en.md`` beside ``index.ru.md``, one work written in each language), the
    English page (else the first language's; ``index.en.md`` beside ``index.md`` too, :func:`_chosen_page`): one
    page per bundle; None for a folder that is no bundle."""
    page = first_file(folder, BUNDLE_INDEXES)
    if not folder.is_dir():
        return page
    return _chosen_page(page, translated_page(folder, "index.md", "index.markdown"))


def bundle_pages(folder: Path) -> list[Path]:
    """The page of each bundle folder of ``folder`` (``<slug>/index.md``, ``<slug>/index.markdown``, ...:
    :data:`BUNDLE_INDEXES`; ``<slug>/index.en.md`` of a translated one, :func:`bundle_index`), in folder order."""
    if not folder.is_dir():
        return []
    return [p for d in sorted(folder.iterdir()) if d.is_dir() and (p := bundle_index(d))]


def section_pages(folder: Path) -> list[Path]:
    """The pages of a Hugo section ``folder``: its bundles' pages (:func:`bundle_pages`) and its markdown pages
    (:func:`md_pages`), then those of each folder under it that is no bundle, in folder order: Hugo lists a page
    kept in a plain subfolder ("content/publication/Journal papers/x.md") with the section's own."""
    pages = [*bundle_pages(folder), *md_pages(folder)]
    for sub in sorted(folder.iterdir()) if folder.is_dir() else []:
        if sub.is_dir() and not sub.name.startswith((".", "_")) and bundle_index(sub) is None:
            pages += section_pages(sub)
    return pages


def own_folders(root: Path) -> list[Path]:
    """The folders of ``root`` that are the site's own, sorted: not hidden, nor the ``_``-folders Jekyll and Hugo
    keep for themselves (``_layouts``, ``_data``)."""
    return sorted(d for d in root.iterdir() if d.is_dir() and not d.name.startswith(("_", ".")))


def folder_pages(root: Path) -> list[Path]:
    """``publications/index.md``: the pages a static site serves at ``/publications/``, one per folder of the
    site's root (not the ``_``-folders Jekyll keeps for itself); a multilingual Hugo site's ``cv/index.fr.md``
    (:func:`first_page`)."""
    out = []
    for folder in own_folders(root):
        page = first_page(folder, ("index.md", "index.markdown", "index.qmd", "index.Rmarkdown", "index.Rmd"))
        if page is not None:
            out.append(page)
    return out


def file_text(path: Path, most: int | None = None) -> str | None:
    """A file kg only looks into as text (a template, a script, a README: bytes that do not decode replaced, no
    size limit of a page's), None when it cannot be read or is larger than ``most`` bytes."""
    try:
        return None if most is not None and path.stat().st_size > most else \
            path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def doc_or_none(path: Path) -> SourceDoc | None:
    """The file as a :class:`SourceDoc`, or None when it cannot be read."""
    try:
        return read_file(path.parent, path)
    except SourceError:
        return None


MD_SUFFIXES = (".md", ".markdown", ".qmd", ".rmd", ".jemdoc", ".org")
"""The pages the markdown reader reads: markdown, Quarto, R Markdown, and the markups it reads once rewritten as
markdown on the same lines (jemdoc; Org-mode, :func:`read_file`)."""
ADOC_SUFFIXES = (".adoc", ".asciidoc")
MARKUP_SUFFIXES = (*MD_SUFFIXES, ".rst", *ADOC_SUFFIXES)
"""The pages of any lightweight markup a folder of pages may be written in, each read by the markdown reader once
rewritten as markdown on the same lines: those above, reStructuredText (:func:`~.pages.rst_view`) and AsciiDoc
(:func:`read_file`); what a site no family recognises is read for (:mod:`.any_site`)."""


def opens_front_matter(path: Path) -> bool:
    """The file begins with a ``---`` front-matter line (a BOM before it allowed)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return re.match(rb"(?:\xef\xbb\xbf)?---[ \t]*\r?\n", head) is not None


def jekyll_pages(folder: Path) -> list[Path]:
    """The pages a Jekyll site renders from ``folder``: its markdown pages, and its HTML pages that open with
    front matter (``papers.html`` with ``title: Papers``: Jekyll runs it through a layout as it does a markdown
    page, and the markdown reader reads its HTML as a markdown page's inline HTML), backups included."""
    html = [f for f in page_files(folder, HTML_SUFFIXES) if opens_front_matter(f)]
    return sorted([*page_files(folder, MD_SUFFIXES), *html])

PAGE_LOOP = re.compile(r"\{%-?\s*for\s+(?P<var>\w+)\s+in\s+page\.(?P<name>[\w\-]+)")
"""A Liquid loop over a list the page's own front matter holds (``{% for paper in page.papers %}``)."""


def own_list_pages(root: Path) -> list[Path]:
    """The pages of a Jekyll site's own folders that loop over a list of their own front matter (``papers:`` by
    ``{% for paper in page.papers %}``, ``members:`` by ``{% for person in page.members %}``), linked from a menu
    or not: Jekyll builds every page that opens with front matter."""
    out: list[Path] = []
    for folder in own_folders(root):
        out += [p for p in jekyll_pages(folder) for doc in [doc_or_none(p)] if doc is not None
                and PAGE_LOOP.search(doc.text)]
    return out


INCLUDE_RELATIVE = re.compile(r"\{%-?\s*include_relative\s+/?([\w./\-]+)\s*-?%\}")
"""A Jekyll page pulling in another file of the site (``{% include_relative includes/pub.md %}``; Jekyll joins
the name to the page's folder, a "/" before it or not)."""

INCLUDE_SHORTCODE = re.compile(r"\{\{<\s*include\s+([\w./\-]+)(?:\s+:minlevel\s+(\d))?\s*>\}\}")
"""A Quarto page pulling in another file of the site (``{{< include _publications-list.qmd >}}``), and an Org
page's ``#+INCLUDE:`` as :func:`~.pages.org_view` shows it (``{{< include papers.org :minlevel 3 >}}``: the level
its top headings take there)."""

INCLUDE_JEKYLL = re.compile(r"\{%-?\s*include\s+/?([\w./\-]+\.(?:md|markdown))(?:\s+[^%]*)?-?%\}")
"""A Jekyll page pulling in a markdown file of the site's ``_includes/`` (``{% include pubs/2024-paper.md %}``, a
"/" before the name or not)."""


def includes(root: Path, page: Path, text: str, pattern: re.Pattern = INCLUDE_RELATIVE,
             suffixes: tuple[str, ...] = MD_SUFFIXES, folders: Iterable[Path] = ()) -> list[tuple[Path, int]]:
    """Every file of the site ``page`` (its ``text``) names with ``pattern`` (Jekyll's ``{% include_relative
    FILE %}``, Quarto's ``{{< include FILE >}}``, a script's ``fetch('data/news.json')``): (the file, resolved from
    the page's folder, or the first of ``folders`` that has it, a name that opens with "/" from the site's root,
    inside ``root``, with one of ``suffixes``; the 1-based line that names it), in page order, a file named twice
    listed twice; one named inside an HTML comment is left out (the site hides what it pulls in): the one reader of
    the files a page's text names."""
    bases = tuple(folders) or (page.parent,)
    out: list[tuple[Path, int]] = []
    for n, line in enumerate(text.split("\n"), start=1):
        for m in pattern.finditer(line):
            if commented_at(line, m.start()):
                continue
            target = named_file(root, m.group(1), bases, suffixes)
            if target is not None:
                out.append((target, n))
    return out


def named_file(root: Path, name: str, bases: Iterable[Path], suffixes: tuple[str, ...] = MD_SUFFIXES) -> Path | None:
    """The file of the site ``root`` a page names ``name`` (an include, a front matter's ``content: pi.md``):
    resolved from the first of ``bases`` (the page's folder) that has it, a name that opens with "/" from the
    site's root, inside ``root``, with one of ``suffixes``; else None."""
    top = root.resolve()
    for base in (root,) if name.startswith("/") else bases:
        target = (base / name.lstrip("/")).resolve()
        if target.is_file() and target.is_relative_to(top) and target.name.lower().endswith(suffixes):
            return target
    return None


def commented_at(text: str, pos: int) -> bool:
    """Whether ``pos`` of a page's ``text`` lies inside an HTML comment (``<!-- ... -->``, which the browser hides
    whatever Liquid renders in it) or a Liquid comment block (``{% comment %} ... {% endcomment %}``, never
    rendered): what is written there the site does not show.

    >>> commented_at("<!-- {% for p in site.papers %} -->", 5), commented_at("<!-- x --> {% for p %}", 12)
    (True, False)
    >>> liquid = "{% comment %} {% for p %} {% endcomment %} {% for q %}"
    >>> commented_at(liquid, liquid.index("{% for p")), commented_at(liquid, liquid.index("{% for q"))
    (True, False)
    """
    start = text.rfind("<!--", 0, pos)
    if start >= 0 and text.find("-->", start, pos) < 0:
        return True
    tags = [m.group(1) for m in _LIQUID_COMMENT_TAG.finditer(text, 0, pos)]
    return bool(tags) and tags[-1] == "comment"


_LIQUID_COMMENT_TAG = re.compile(r"\{%-?\s*(comment|endcomment)\s*-?%\}")
"""A tag opening or closing a Liquid comment block: the last one before a place says whether it is inside one."""


INCLUDE_SITE = re.compile(r"\{%-?\s*include\s+([\w./\-]+\.html?)(?=[\s%-])[^%]*%\}")
"""A Jekyll page pulling in a fragment of the site's ``_includes/`` folder (``{% include pub-list.html %}``)."""


def site_includes(root: Path, text: str) -> list[tuple[Path, int]]:
    """The generated HTML fragments of ``_includes/`` a page's ``text`` pulls in with ``{% include FILE.html %}``
    (a list of papers a script wrote there): (the file, the 1-based line of the include). A fragment with Liquid
    in it (``{{ post.title }}``, ``{% for %}``) is a template of the layout, not text of the page, and is left out."""
    folder = (root / "_includes").resolve()
    out: list[tuple[Path, int]] = []

    def fragments(text: str, depth: int) -> list[Path]:
        found = []
        for m in INCLUDE_SITE.finditer(text):
            target = (folder / m.group(1)).resolve()
            if not target.is_file() or not target.is_relative_to(folder):
                continue
            doc = doc_or_none(target)
            if doc is None:
                continue
            liquid = _SITE_VARIABLE.sub("", doc.text)
            if "{{" not in liquid and "{%" not in liquid:
                found.append(target)
            elif depth < 2:
                # "{% include bio.html %}" inside a template of the page ("home_sections.html": a box per section,
                # one an include, one a loop over a data file): the text fragments it pulls in are the page's text
                found += fragments(doc.text, depth + 1)
        return found

    for n, line in enumerate(text.split("\n"), start=1):
        if "include" in line:
            out += [(target, n) for target in fragments(line, 0)]
    return out


_LAYOUT = re.compile(r"(?m)^layout:\s*['\"]?([\w./\-]+?)['\"]?\s*$")


def layout_includes(root: Path, page: Path, text: str) -> list[Path]:
    """The HTML fragments of ``_includes/`` (:func:`site_includes`) a Jekyll page pulls in with ``{% include
    FILE.html %}``, itself or through the layouts its front matter names (``layout: default``, whose
    ``_layouts/default.html`` may name a layout of its own): the header with the owner's name and title that a
    layout shows above every page's text. Each once, the page's own first."""
    out: list[Path] = [t for t, _n in site_includes(root, text)]
    seen: set[Path] = set()
    head = text
    while len(seen) < 4:
        fm = _LAYOUT.search(head.split("\n---", 1)[0]) if head.startswith("---") else None
        layout = named_file(root, f"_layouts/{fm.group(1)}.html", (root,), (".html",)) if fm else None
        if layout is None or layout in seen:
            break
        seen.add(layout)
        doc = doc_or_none(layout)
        if doc is None:
            break
        head = doc.text
        out += [t for t, _n in site_includes(root, head)]
    return list(dict.fromkeys(out))


def template_includes(root: Path, text: str) -> list[tuple[Path, int]]:
    """The markdown files of ``_includes/`` a page's ``text`` pulls in through the Liquid templates it includes
    (``{% include home/homepage.html %}``, a template that writes each section from ``{% include
    home/content/news.md %}``, the page's whole text): (the file, the 1-based line of the page's include), in
    the templates' order, each once; a template including another is followed two levels down."""
    folder = (root / "_includes").resolve()
    out: dict[Path, int] = {}

    def walk(template: Path, n: int, depth: int) -> None:
        doc = doc_or_none(template)
        if doc is None:
            return
        for _line, inner in enumerate(doc.text.split("\n"), start=1):
            for m in INCLUDE_JEKYLL.finditer(inner):
                target = (folder / m.group(1).lstrip("/")).resolve()
                if target.is_file() and target.is_relative_to(folder):
                    out.setdefault(target, n)
            for m in INCLUDE_SITE.finditer(inner):
                target = (folder / m.group(1)).resolve()
                if depth < 2 and target.is_file() and target.is_relative_to(folder) and target != template:
                    walk(target, n, depth + 1)

    for n, line in enumerate(text.split("\n"), start=1):
        for m in INCLUDE_SITE.finditer(line):
            target = (folder / m.group(1)).resolve()
            if target.is_file() and target.is_relative_to(folder):
                walk(target, n, 0)
    return list(out.items())


_SITE_VARIABLE = re.compile(r"\{\{-?\s*site\.\w+\s*-?\}\}")
"""A site setting a fragment writes into a link (``href="{{ site.url }}/files/cv.pdf"``): no template code."""


def included_pages(root: Path, page: Path) -> list[Path]:
    """The markdown files ``page`` pulls in with ``{% include_relative FILE %}`` (:func:`includes`), each once."""
    doc = doc_or_none(page)
    return list(dict.fromkeys(t for t, _n in includes(root, page, doc.text if doc is not None else "")))


def skip_notes(root: Path, skipped: list[tuple[Path, str]]) -> list[Unparsed]:
    """One ``unparsed`` note per file of the site seen and not read, saying why (or how little of it was read:
    a reason that begins "read ...")."""
    top = root.resolve()
    return [Unparsed(line=1, text=why if why.startswith("read ") else f"not read: {why}",
                     file=p.resolve().relative_to(top).as_posix(), section="skipped") for p, why in skipped]


ACCOUNT_PAGE_SUFFIXES = (*MD_SUFFIXES, ".rst", *HTML_SUFFIXES, ".txt")
"""The files of a site that could hold its text (:func:`content_files`): pages of every markup the readers read
(reStructuredText too: Sphinx's and Pelican's pages, read as the markdown they show), and plain text."""

_DATA_FOLDERS = {"_data", "data"}
"""Folders of a site's data files (Jekyll's ``_data/``, Hugo's ``data/``, ``src/data/``): their YAML, JSON, TOML
and CSV files could hold the site's lists."""

_ACCOUNT_DATA = (*DATA_FILE_SUFFIXES, ".csv")


def content_files(root: Path) -> list[str]:
    """Every file under a site's ``root`` that could hold its content, relative to it, sorted: pages
    (:data:`ACCOUNT_PAGE_SUFFIXES`), BibTeX files, and data files (YAML, JSON, TOML, CSV) under a data folder
    (``_data/``, ``data/``): the files whose fate (read, ignored and why, or reported line by line) the
    import's account names each (:func:`~.assemble.account_files`). Symbolic links are not followed."""
    import os

    out: list[str] = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        here = Path(folder)
        rel = rel_path(root, here) if here != root else ""
        data = bool(set(rel.lower().split("/")) & _DATA_FOLDERS)
        for name in sorted(names):
            low = name.lower()
            if (here / name).is_symlink():
                continue
            if low.endswith((*ACCOUNT_PAGE_SUFFIXES, ".bib")) or data and low.endswith(_ACCOUNT_DATA):
                out.append(f"{rel}/{name}" if rel else name)
    return out


_TEMPLATE_DIRS = {"_layouts", "layouts", "_includes", "includes", "_templates", "templates", "partials",
                  "_partials", "archetypes", "scaffolds", "_sass", "i18n"}
_ASSET_DIRS = {"assets", "static", "css", "js", "fonts", "lib", "libs", "plugins", "vendor", "webfonts", "img",
               "images", "files", "bower_components"}
_BLOG_DIRS = {"_posts", "posts", "post", "blog", "_drafts", "drafts"}
_TOOL_TEXTS = lazy_compile(r"(?i)^(?:robots|humans|ads|llms|security|requirements[\w.-]*|runtime|cmakelists|"
                         r"constraints|dependencies|packages?)\.txt$")
_REDIRECT = lazy_compile(r"(?i)http-equiv\s*=\s*[\"']?refresh|^redirect_to\s*:|window\.location(?:\.href)?\s*=")


def ignore_reason(root: Path, rel: str) -> tuple[str, str] | None:
    """Why a file of a site that no reader read holds none of the site's own content, or None when nothing
    says so: (the folder or file the reason covers, ``rel`` itself or a folder of it ending in ``/``; the
    reason). A folder's reason covers every file under it (a theme, a built copy of the sources, installed
    packages, layout templates); a file's is its own (a backup, a draft, a redirect, a verification page,
    a section's list page, a tool's settings)."""
    from .record_files import DATA_SET_BYTES, SKIP_DIRS, data_set_bytes

    *dirs, name = rel.split("/")
    for k, d in enumerate(dirs):
        low, at = d.lower(), "/".join(dirs[:k + 1]) + "/"
        if d.startswith("."):
            return at, "a hidden folder (a tool's settings, not the site's pages)"
        if low in ("node_modules", "vendor", "bower_components", "venv", "env", "__pycache__", "site-packages"):
            return at, "installed packages"
        if low in ("themes", "theme"):
            return at, "a theme's files (templates and its demo)"
        if low == "examplesite":
            return at, "a theme's demo site"
        if low in _TEMPLATE_DIRS:
            return at, ("a generator's templates and fragments (one a page pulls in as text is read with the "
                        "page)" if low not in ("archetypes", "scaffolds") else "templates for new pages")
        if low in GENERATOR_OUTPUT or low in ("resources", FREEZE_DIR.lower(), "site_libs"):  # (and their caches, libraries)
            return at, "a built copy of the site's sources"
        if low in _BLOG_DIRS:
            return at, "blog posts (kg has no field for posts)" if "draft" not in low else "drafts"
        if low in SKIP_DIRS or low in _ASSET_DIRS:
            if rel.lower().endswith((*HTML_SUFFIXES, ".md", ".txt")) and k + 1 < len(dirs):
                return at, "a script library's or an asset's own files"
    reason = backup_reason(rel)
    if reason is not None:
        return rel, reason
    if dirs and (size := data_set_bytes((root / rel).parent, root)) is not None:
        return "/".join(dirs) + "/", (f"a data set of {size / 1e6:.1f} MB (a folder of more than "
                                      f"{DATA_SET_BYTES // 1_000_000} MB of data is a tool's, no list of the site's)")
    low = name.lower()
    if not_a_page(name):
        return rel, "the 404 page" if low.startswith("404") else "the repository's notes to its developers"
    if _token_page(root / rel):
        return rel, "a search engine's verification file"
    if _TOOL_TEXTS.match(name):
        return rel, "a tool's settings file"
    if name.startswith("_") and not section_index(name):
        return rel, "a partial other pages pull in"
    if any(d.startswith("_") for d in dirs) and low.endswith(ACCOUNT_PAGE_SUFFIXES) and not low.endswith(
            (".md", ".markdown")):
        return rel, "a file of a folder the generator keeps for itself"
    doc = doc_or_none(root / rel) if low.endswith(ACCOUNT_PAGE_SUFFIXES) else None
    if doc is None:
        return None
    head = doc.text[:3000]
    try:
        fm = read_front_matter(doc) if low.endswith(MD_SUFFIXES + HTML_SUFFIXES) else None
    except SourceError:  # (a front matter that is not valid YAML: the page reader says so, if it reads the page)
        fm = None
    body = "\n".join(doc.lines[fm.body_start - 1:]).strip() if fm is not None and fm.fence_lines else doc.text
    if _REDIRECT.search(head) and len(doc.text) < 3000 or fm is not None and "redirect_to" in fm.data:
        return rel, "a redirect to another page"
    if fm is not None and fm.fence_lines and (why := off_site_reason(fm.data)):
        return rel, why
    if starter_page(root / rel):
        return rel, "a theme's starter page, left as generated"
    if not re.search(r"\w", re.sub(r"<[^>]*>|\{[{%].*?[%}]\}", " ", body, flags=re.S)):
        return rel, ("no text of its own (its layout's only)" if fm is None or not fm.fence_lines else
                     "a list page whose own text is its front matter (its entries are other files)"
                     if name.startswith("_index.") or "listing" in fm.data else "a page whose text is its front matter only, which no "
                     "reader of the site takes")
    return None
