"""The JSON data files a hand-written site's own script fetches to fill its page.

A page whose owner keeps the content in data files (``data/profile.json``, ``data/news.json``) has empty
containers its script fills (``fetch('data/news.json')``, then ``innerHTML = ...``): what the visitor sees is in
those files. Takes the site's root, the owner's name and the site's address; gives, for each JSON file a script
or page of the site names: the owner's particulars from a record about them (a mapping whose ``name`` is the
owner's: the bio's prose read by the one page reader, its profile links, its email), and the news from a list of
dated texts (``[{date, content}]``), each as a :class:`~.assemble.Part` of its file with the keys read marked.
Lists of publications are left to :func:`~.record_files.record_parts`, which reads them wherever they are.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import SourceError
from ...model import Person
from ..common import same_name, section_kind
from .assemble import Part
from .fields import apply_social, as_text, md_text
from .files import (file_text, ignore_json_punctuation, includes, load_config, off_site_reason, read_file, rel_path,
                    settle_keys, skip_notes)
from .js_data import JS_SUFFIXES, imported_files, js_records, module_of

_FETCHED = re.compile(r"""["'`]/?((?:\.{1,2}/)?[\w\-][\w\-./]*\.json)["'`]""")
"""A JSON file's path written as a string in a script (``fetch('data/news.json')``, ``loadJSON("./data/x.json")``)."""
_MAX_SCRIPT = 300_000
_BIO_KEYS = ("bio", "about", "description", "summary", "intro", "introduction")
_LINK_KEYS = ("links", "social", "socials", "profiles", "contacts")


def _script_texts(root: Path) -> list[str]:
    """The site's own scripts (top level and one folder down, no minified bundle) and HTML pages at its root."""
    out = []
    for pattern in ("*.js", "*/*.js", "*.mjs", "*/*.mjs", "*.html", "*.htm"):
        for path in sorted(root.glob(pattern)):
            if ".min." in path.name or path.parts[-2:-1] in (("node_modules",), ("vendor",)):
                continue
            if (text := file_text(path, _MAX_SCRIPT)) is not None:
                out.append(text)
    return out


def fetched_json(root: Path, taken: set[str]) -> list[Path]:
    """The JSON files of the site that its scripts or pages name by path, not read yet (``taken``), in order."""
    top = root.resolve()
    named = [path for text in _script_texts(root) if ".json" in text
             for path, _line in includes(root, root, text, _FETCHED, (".json",), (root,))]
    return [path for path in dict.fromkeys(named) if rel_path(top, path) not in taken]


def news_part(root: Path, path: Path, base: str | None) -> Part | None:
    """A data file's or a JavaScript or TypeScript module's list of dated texts (``[{date, content}]``, two or
    more, a content written as JSX read as the HTML it renders) as a part of the file with its news, or None. A
    module that only exports the list it imports from a JSON file gives that file's part."""
    from .news import news_record, read_news
    from .records import is_publication, yaml_records

    if section_kind(path.stem.replace("_", " ")) not in (None, "news"):
        return None
    try:
        doc = read_file(root, path)
    except SourceError:
        return None  # an empty module (a theme's placeholder "assets/js/theme.js") or one that is no text: no news
        #              list, and the site's other files are read as they would be without it
    part = Part(rel_path(root.resolve(), path), doc, "records")
    script = path.suffix.lower() in JS_SUFFIXES
    try:
        records = None if script else yaml_records(part.doc)
    except SourceError:
        records = None  # '<script src="news.json">' over "const data = {news: [...]}": a script's object, not JSON
    if records is None:
        module = module_of(part.doc.text, part.doc.display + ("" if script else ".js"))
        # (an object the module imports, "import data from './news.json'", is the other file's: read there)
        records = [r for r in js_records(module, nested=True) if r[1]]
        imported = _imported_json(root, path, part.doc.text) if script and not records else None
        if imported is not None:
            news = news_part(root, imported, base)  # (the JSON file's list is the news the module exports)
            if news is not None:
                ignore_json_punctuation(news.doc)
            return news
        held = {n for _d, spans, _k in records for first, last in spans.values() for n in range(first, last + 1)}
        for n in range(1, len(part.doc.lines) + 1):
            if n not in held:
                part.doc.ignore(n)  # the script's own words around the items ("const data = {news: ["), no news
    if len(records) < 2 or not all(news_record(d) for d, _s, _k in records):
        return None
    if any(is_publication(d) for d, _s, _k in records):
        return None  # "{title: 'Book Title', authors: [...], date: '2025', publisher: ...}": a work's record (a
        #              template the works' reader left out), dated like news but no news item
    read_news(part, records, base)
    return part if part.news else None


def _imported_json(root: Path, path: Path, text: str) -> Path | None:
    """The one JSON file of the site a module imports (``import data from './news.json'``), else None."""
    top = root.resolve()
    found = [p for p in imported_files(text, str(path)) if p.suffix.lower() == ".json" and p.resolve().is_relative_to(top)]
    return found[0] if len(found) == 1 else None


def module_news(root: Path, taken: set[str], base: str | None) -> list[Part]:
    """The news of the site's JavaScript and TypeScript data modules not read yet (``taken``): a list of dated
    texts a component renders (``export const news = [{date: "May 2024", content: <>Gave a talk</>}]``)."""
    from .record_files import site_files

    modules = [path for path in site_files(root, taken)[0] if path.suffix.lower() in JS_SUFFIXES]
    parts = [part for path in modules for part in [news_part(root, path, base)] if part is not None]
    read = {root / part.rel for part in parts}
    folders: dict[Path, list[Path]] = {}
    for path in modules:
        if path not in read and path.parent != root:
            folders.setdefault(path.parent, []).append(path)
    for paths in folders.values():
        parts += _news_folder(root, paths, base)
    return parts


def _news_folder(root: Path, paths: list[Path], base: str | None) -> list[Part]:
    """A folder of modules that export one dated record each (``activities/talk-2025.ts``: ``export const talk =
    {title, dateISO: '2025-03-04', content: `<p>...</p>`}``, which an index module gathers with
    ``import.meta.glob``): one news item a file (:func:`_dated_files`). Empty otherwise."""
    from .record_files import _js_module
    from .js_data import js_record

    def record(doc):
        module = _js_module(doc)
        return js_record(module) if module is not None else None

    return _dated_files(root, paths, base, record, settle=True)


def page_news(root: Path, pages: list[Path], base: str | None) -> list[Part]:
    """The site's markdown pages that are one dated item each, by folder (``content/news/2024-03-24.md``:
    front matter ``date: "2024-03-24"``, ``content: "Gave a talk."``, which a component lists as the site's news):
    one news item a page (:func:`_dated_files`), its front matter the record. Pages of the site's root are its own
    pages, never items."""
    from .files import read_front_matter

    def record(doc):
        fm = read_front_matter(doc)
        return (fm.data, fm.spans) if fm.spans and isinstance(fm.data, dict) else None

    folders: dict[Path, list[Path]] = {}
    for page in pages:
        if page.parent != root and page.suffix.lower() in (".md", ".markdown", ".mdx"):
            folders.setdefault(page.parent, []).append(page)
    return [part for paths in folders.values() for part in _dated_files(root, paths, base, record, settle=False)]


def _dated_files(root: Path, paths: list[Path], base: str | None, record, settle: bool) -> list[Part]:
    """The files of one folder (``paths``) that hold one dated record each, as ``record(doc)`` reads it (a
    module's object, a page's front matter): one news item a file, when two of them or more are news records and
    they are most of the folder's records, and the folder's name says no other list (a template file's date,
    "YYYY-MM-DD" or an empty one, is none); a file its record keeps off the site (``draft: true``) comes with them,
    all its lines ignored. Empty otherwise. With ``settle``, the file's code around the record is marked read."""
    from ..common import parse_date
    from .news import date_key, news_record, read_news
    from .record_files import _settle_module
    from .records import is_publication

    folder = paths[0].parent
    if section_kind(folder.name.replace("_", " ").replace("-", " ")) not in (None, "news", "service"):
        return []
    found, records, drafts = [], 0, []
    for path in paths:
        try:
            doc = read_file(root, path)
        except (SourceError, OSError, UnicodeDecodeError):
            continue
        got = record(doc)
        if got is None:
            continue
        data, spans = got
        if why := off_site_reason(data, listed=True):
            drafts.append((path, doc, why))  # ("draft: true": the generator builds no page of it, no item of the list)
            continue
        records += 1
        if news_record(data) and not is_publication(data) and parse_date(str(data[date_key(data)])):
            found.append((path, doc, data, spans))
    if len(found) < 2 or 2 * len(found) < records:
        return []
    parts = []
    for path, doc, data, spans in found:
        part = Part(rel_path(root.resolve(), path.resolve()), doc, "records")
        read_news(part, [(data, spans, ())], base)
        if part.news:
            if settle:
                _settle_module(doc)  # (the module's code around the record: no news, no unread text)
            parts.append(part)
    for path, doc, why in drafts:
        doc.ignore(1, len(doc.lines))  # (a draft of the list's folder: no page of the site's either)
        parts.append(Part(rel_path(root.resolve(), path.resolve()), doc, "records",
                          extra_unparsed=skip_notes(root, [(path, why)])))
    return parts


def _owner_record(root: Path, path: Path, owner: str, base: str | None) -> tuple[Part, Person] | None:
    """A mapping about the owner (its ``name`` theirs): the person its bio, links and email give."""
    from .pages import prose_person

    try:
        doc, data, spans = load_config(root, path)
    except SourceError:
        return None
    if not isinstance(data, dict):
        return None
    low = {str(k).lower(): k for k in data}
    name = as_text(data.get(low.get("name", ""))) if "name" in low else None
    if not name or not same_name(name, owner):
        return None
    used = ["name" if "name" in data else low["name"]]
    person = Person(name=owner)
    bio: list[str] = []
    for key in _BIO_KEYS:
        if key in low:
            value = data[low[key]]
            texts = [as_text(v) for v in (value if isinstance(value, list) else [value])]
            bio += [md_text(t) for t in texts if t]
            used.append(low[key])
    if bio:
        read = prose_person(doc, owner, bio)
        read.name = owner
        person = read
        person.description = person.description or " ".join(bio)
    for key in (*_LINK_KEYS, "email"):
        if key in low and apply_social(person, key if key == "email" else "links", data[low[key]], base):
            used.append(low[key])
    part = Part(rel_path(root.resolve(), path), doc, "records")
    settle_keys(doc, spans, used, ignore=lambda k: not as_text(data.get(k)) and not data.get(k))
    return part, person


def script_data(root: Path, owner: str, base: str | None, taken: set[str]) -> tuple[list[Part], Person | None]:
    """The parts of the JSON files the site's scripts fetch (news lists, the record about the owner) and the
    person that record gives (None without one); see the module's docstring."""
    parts: list[Part] = []
    person = None
    for path in fetched_json(root, taken):
        try:
            news = news_part(root, path, base)
            if news is not None:
                parts.append(news)
                continue
            own = _owner_record(root, path, owner, base) if person is None else None
        except (SourceError, OSError, UnicodeDecodeError):
            continue
        if own is not None:
            parts.append(own[0])
            person = own[1]
    for part in parts:
        ignore_json_punctuation(part.doc)
    return parts, person
