"""Publication records wherever a site keeps them: one reader for every family.

Takes a site folder and the files already read; gives one :class:`Part` per file that holds a list of
publication records and was not read yet: a YAML or JSON list (``_data/papers.yml``, Hugo's
``data/research.yaml``, a Gatsby ``src/data/publications.json``), a CSV or TSV table (a Zotero export, a
spreadsheet of papers), an array literal of a JavaScript or TypeScript data module (``export const pubs = [{
title: "...", authors: "..."}]``), a folder of markdown pages whose front matter is one work each (a Jekyll
collection not named ``_publications``, an Astro content collection), a folder of YAML or JSON files holding one
work's record each (Hugo's ``data/publications/<key>.yaml``), or a BibTeX file whose entries are mostly the
owner's (a page's script draws it). A record is a mapping with a title and
authors, a venue or a DOI (and no ``type`` saying software, a poster or a talk); a list is read when most of its
records are such, and two or more (one when a template loops over the file). Each record is read by
:func:`~.records.publication_from_record`, whatever the file's format.

Which files: those of the site's own sources (not ``node_modules``, a theme's folder, a build folder nor a
backup); when some of them are named by another file of the site (a template's ``site.data.papers``, a
script's ``import pubs from "./publications.json"``, a config's collection), only those, as a file nobody
names (a theme's example data) is not shown by the site.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import replace
from urllib.parse import urljoin
from collections import Counter
from pathlib import Path
from typing import Callable, Collection, Sequence

from ...errors import SourceError
from ...model import Author, Publication, Service, Talk, Unparsed
from ..base import READ_ONCE, SourceDoc
from ...names import arxiv_id
from ..common import (lazy_compile, ANY_YEAR, JOB_WORDS, MONTHS, doi_of, MARK_CLASS, fold, placeholder_id, placeholder_text, same_name, section_kind,
                      split_authors, status_words, uninvert_name, STATUS_PHRASES)
from ..document import FrontMatter, front_matter_span
from ..page.marks import WITH_VENUE, with_names
from ..page.scores import name_like
from .assemble import Part, merge_own_entry, merge_versions
from .fields import as_text, first_text, md_text, name_words
from .files import (DATA_FILE_SUFFIXES, FREEZE_DIR, GENERATOR_OUTPUT, HUGO_CONFIGS, YAML_SUFFIXES, backup_reason,
                    file_text, ignore_json_punctuation, load_data_file, mark_comments, read_file, read_markdown, rel_path,
                    settle_keys)
from .js_data import (INVENTED_NAME, JS_SUFFIXES, SCRIPTED_SUFFIXES, STAND_IN_NAME, STAND_IN_PREFIX, Module,
                      script_module_text, js_record, js_records, module_of, stand_in_bindings)
from .listings import Listing, listed_as_other, may_list, shown, site_listings
from .owner import fullest_form, top_author
from .pages import _KRAMDOWN_ATTRS, CV_NAMES, name_kind
from .records import (
    ENTRY_KEYS,
    TALK_EVENT_KEYS,
    TALK_PLACE_KEYS,
    put_talk_template_links,
    talk_occasions,
    record_status,
    printed_link_keys,
    queried_record_keys,
    _citation_publications,
    fill_from_citations,
    ADVISOR_KEYS,
    yaml_node,
    AUTHOR_KEYS,
    DATA_LOOP,
    OTHER_KINDS,
    PERSON_NAME_KEYS,
    RECORD_KEYS,
    TITLE_KEYS,
    RecordKeys,
    YEAR_KEYS,
    subtitle_separator,
    text_legend,
    template_publication,
    award_from_record,
    service_from_record,
    student_from_record,
    talk_from_record,
    teaching_from_record,
    read_body_byline,
    education_from_record,
    is_publication,
    title_and_address,
    lower_keys,
    not_a_paper,
    owner_over_highlight,
    position_from_record,
    post_key,
    POSITION_ORG_KEYS,
    POSITION_ROLE_KEYS,
    publication_from_record,
    put_template_links,
    CITED_RECORD_KEYS,
    read_jekyll_publication,
    record_title_key,
    template_links,
    yaml_records,
)

_MODULE_SUFFIXES = (*JS_SUFFIXES, *SCRIPTED_SUFFIXES)
"""The files read as a JavaScript module: a module, and a single-file component's script (:data:`~.js_data.SCRIPTED_SUFFIXES`)."""
DATA_SUFFIXES = (*DATA_FILE_SUFFIXES, ".csv", ".tsv", *_MODULE_SUFFIXES)
RECORD_PAGE_SUFFIXES = (".md", ".mdx", ".markdown")
"""The markdown pages the records reader reads (front matter, shortcode calls, a folder of them one work each)."""
SKIP_DIRS = {"node_modules", "vendor", "themes", "exampleSite", *GENERATOR_OUTPUT, "site", "resources", "static",
             "bower_components", "__pycache__", "venv", "env", "css", "scss", "fonts", "webfonts", "_extensions"}
"""Folders whose files are not the site's own: installed packages (a Quarto site's ``_extensions``, each with an
``_extension.yml`` naming its title, author and version), themes, built output (a copy of what the
sources hold), stylesheets and fonts (a copied icon font's metadata: hundreds of KB of YAML listing its icons)."""
_NO_RECORDS = {"_publications", "_bibliography", "_includes", "_layouts", "_sass"}
"""Folders whose files are no record list: the ones a family reads itself, a theme's templates."""
_SKIP_FILES = lazy_compile(r"(?i)^(?:package(?:-lock)?\.json|tsconfig.*\.json|yarn\.lock|composer\.json|"
                         r"_config\.ya?ml|(?:config|hugo|theme|netlify|pyproject|cargo|zola|book)\.toml|.*\.config\.m?[jt]s|.*\.min\.js|manifest\.json|.*\.d\.ts)$")
_MAX_BYTES = 3_000_000
_TEXT_SUFFIXES = (".html", ".htm", ".md", ".mdx", ".markdown", *JS_SUFFIXES, ".astro", ".vue", ".svelte", ".liquid",
                  ".yml", ".yaml", ".toml", ".json", ".py", ".rb", ".njk", ".qmd", ".php")

_ALIASES = {"publication year": "year", "publication title": "venue", "item type": "type", "co-authors": "coauthors",
            "outlet": "venue", "proceedings": "venue", "container-title": "venue", "paper title": "title",
            "creators": "authors", "pub_year": "year", "pub year": "year", "magazine": "venue", "mag": "venue"}


def names_where(data: dict, addresses: bool = True) -> bool:
    """A page's front matter says where or as what the work appeared (a venue, a DOI or an arXiv id: a preprint's
    record names no venue; or its publication status, "status: Working paper", "status: Under review": a working
    paper has no venue yet), not only who wrote it: in a folder of a site's pages, title and author alone are any
    page's (a theme writes them on all). ``addresses``: a value that is a DOI's or an arXiv address alone, under a
    key of the site's own, says it too (not for a blog post: a news post links the preprint it announces)."""
    keys = lower_keys(data)
    if any(k in keys and data[keys[k]] for k in (*RECORD_KEYS.venue, "doi", "arxiv")):
        return True
    if addresses and any(isinstance(v, str) and len(v.split()) == 1 and (doi_of(v) or arxiv_id(v)) is not None
                         for v in data.values()):
        # (a preprint's record whose arXiv address is under a key of its own: "arxiv_url: https://..."; the value
        # the address alone: prose that cites one, "excerpt: ... her thesis https://doi.org/...", says nothing)
        return True
    # (the status as the record reader takes it into the work's notes: "status:", "pub_status:", a badge block)
    return any(_PAPER_STATUS.search(text) for _key, text in record_status({k: data[v] for k, v in keys.items()}))


_JEKYLL_DATED = re.compile(r"((?:19|20)\d\d-\d\d-\d\d)-")
"""A Jekyll document's file name that opens with its date ("2021-03-01-ice-flow.md")."""
_PAPER_STATUS = lazy_compile(rf"(?i)\b(?:{status_words(*(p for p in STATUS_PHRASES if p != 'in progress'))}|"
                           r"working\s+paper|discussion\s+paper|preprint|(?:under|in)\s+(?:[\w-]+\s+){0,3}review)\b")
"""A record's ``status:`` that states where a paper is on its way to print ("Working paper", "Under 2nd round
review", "Forthcoming"; not "published", a post's state in some themes): the words of
:data:`~kg.importers.common.STATUS_PHRASES` and a working paper's. Not "In progress" nor a bare "review": a project's
or a task's state as often ("status: In progress" on a research project's page, which is no work)."""


_STAND_IN = lazy_compile(r"(?i)\s*\(?(?:unknown|n/?a)\)?(?:\s+(?:venue|journal|conference|authors?|publisher|year|date))?\s*")
"""What a script that fills a data file writes for a field it found no value of ("Unknown Venue", "Unknown",
"N/A", "(Unknown)"), a Google Scholar or reference manager's export turned into records."""


def _normalized(data: dict) -> tuple[dict, dict[str, str]]:
    """The record with its keys under the names :func:`publication_from_record` reads (``Publication Year``
    -> ``year``, ``Name`` -> ``title``), and for each new key the key as the record spells it."""
    keys = lower_keys(data)
    out, spelled = {}, {}
    title = record_title_key(keys, data)
    for low, orig in keys.items():
        name = "title" if low == title else _ALIASES.get(low, low)
        if low in TITLE_KEYS and low != title and name == low and low != "name":
            name = low
        if name in out and low != name:
            continue  # the record's own key of that name wins
        out[name], spelled[name] = data[orig], str(orig)
    for key in ("authors", "author"):
        if not isinstance(out.get(key), str):
            continue
        # "ref: 'Roe, A.; Lee, B. (2024)'" (a script's byline with the year the page shows after it): the year is
        # the work's (a year key of the record's own wins), no part of the last name
        year = _BYLINE_YEAR.search(out[key])
        if names := _family_first_names(out[key][:year.start()] if year and year.start() else out[key]):
            out[key] = names
            if year and year.start() and not any(k in out for k in YEAR_KEYS):
                out["year"], spelled["year"] = year.group(1), spelled[key]
    return out, spelled


_BYLINE_YEAR = re.compile(r"[\s,]*\(((?:19|20)\d\d)[a-z]?\)[\s.]*$")
"""A byline's closing year in brackets (``Roe, A.; Lee, B. (2024)``)."""


def _family_first_names(text: str) -> list[str] | None:
    """A reference manager's names, family name first and a semicolon after each ("De Baar, Hein JW; Boyd, Philip
    W"; most of them so written), in the order a citation reads them; None for other text.

    >>> _family_first_names("GARCÍA AVILÉS, José; LEE, Ann; the Kestrel Team")
    ['José GARCÍA AVILÉS', 'Ann LEE', 'the Kestrel Team']
    """
    names = [n.strip() for n in text.split(";") if n.strip()] if ";" in text else []
    if len(names) < 2 or 2 * sum(n.count(",") == 1 for n in names) <= len(names):
        return None
    return [" ".join(reversed([x.strip() for x in n.split(",")])) if n.count(",") == 1 else n for n in names]


def _authors_by_shape(data: dict, spans: dict[str, tuple[int, int]]
                      ) -> tuple[dict, dict[str, tuple[int, int]]]:
    """A titled record that names no authors under a key kg knows, with the value that reads as an author list
    (two or more names, :func:`~..page.scores.author_score`) under a key of the record's own words (``creds:
    "Lee A., Roe B. & Wu C."``) as its ``authors``; the record as it is otherwise."""
    from ..page.scores import author_score

    keys = lower_keys(data)
    if record_title_key(keys, data) is None or any(k in keys for k in AUTHOR_KEYS):
        return data, spans
    known = {*TITLE_KEYS, *YEAR_KEYS, *RECORD_KEYS.venue, *RECORD_KEYS.links, *_ALIASES}
    found = [orig for low, orig in keys.items() if low not in known and isinstance(data[orig], str)
             and author_score(data[orig]) >= 1]
    if len(found) != 1:
        return data, spans
    key = found[0]
    return ({("authors" if k == key else k): v for k, v in data.items()},
            {("authors" if k == key else k): v for k, v in spans.items()})


def _entry_record(data: dict, spans: dict[str, tuple[int, int]]
                  ) -> tuple[dict, dict[str, tuple[int, int]]]:
    """A record that names no title and holds its work's one BibTeX entry as a string (``{"bibtex": "@inproceedings{k,
    title = {...}, author = {...}}", "note": "Venue'25", "resources": {...}}``, which the page formats at run time),
    with the title, authors, year, venue and DOI the entry gives under the keys a record uses (read by the one BibTeX
    reader; its lines are the entry's key's); the record as it is otherwise. A key of the record's own with a plain
    value wins over the entry's."""
    from ..bibtex import embedded_entry

    keys = lower_keys(data)
    if record_title_key(keys, data) is not None:
        return data, spans
    holder = next((keys[k] for k in ENTRY_KEYS if k in keys and isinstance(data[keys[k]], str)
                   and "@" in data[keys[k]]), None)
    entry = embedded_entry(data[holder]) if holder is not None else None
    if entry is None or not entry.title:
        return data, spans
    found = {"title": entry.title, "authors": [a.name for a in entry.authors] or None, "year": entry.year,
             "venue": entry.venue, "doi": entry.doi}
    out, span = dict(data), spans.get(holder)
    new_spans = dict(spans)
    for key, value in found.items():
        own = keys.get(key)
        if value is None or own is not None and isinstance(data[own], (str, int, list)) and data[own]:
            continue
        if own is not None:
            del out[own]  # ("authors": {"boldAuthors": [...]}: the template's settings for the names, not the names)
        out[key] = value
        if span:
            new_spans[key] = span
    return out, new_spans


def _printed_as(data: dict, spans: dict[str, tuple[int, int]], fields: dict[str, str]
                ) -> tuple[dict, dict[str, tuple[int, int]]]:
    """A record with the keys the site's template prints as a work's title and venue (``fields``,
    :func:`~.records.queried_record_keys`: ``shorttitle`` to ``title``, ``place`` to ``venue``) under those names,
    where the record has no title or venue of its own; the record as it is otherwise."""
    if not fields:
        return data, spans  # (a site whose template names no key: nearly every site, every record)
    keys = lower_keys(data)
    has = {"title": record_title_key(keys, data) is not None, "venue": any(k in keys for k in RECORD_KEYS.venue)}
    renamed: dict[str, str] = {}
    for key, field in fields.items():
        if key in keys and not has[field] and field not in renamed.values():
            renamed[keys[key]] = field
    if not renamed:
        return data, spans
    return ({renamed.get(k, k): v for k, v in data.items()}, {renamed.get(k, k): v for k, v in spans.items()})


def _js_module(doc: SourceDoc) -> Module | None:
    """A JavaScript or TypeScript data module's values (:func:`~.js_data.module_of`); None for a module that writes
    no object with a key (a component, a utility: not parsed)."""
    text = script_module_text(doc.text) if doc.display.lower().endswith(SCRIPTED_SUFFIXES) else doc.text
    if not re.search(r"""[\w'"]\s*:\s*[-'"`\[{\w]""", text):
        return None
    return module_of(text, doc.display)


def _settle_module(doc: SourceDoc) -> None:
    """A JavaScript or TypeScript data module's code (imports, declarations, types, brackets, comments between
    keys) is not data, nor a JSON file's lines of brackets and commas: only its objects' keys not read are
    reported; and the lines where it does not parse (:attr:`~.js_data.Module.errors`), read or not, as what is
    read there may be cut short."""
    ignore_json_punctuation(doc)
    module = _js_module(doc) if doc.display.lower().endswith(_MODULE_SUFFIXES) else None
    if module is not None:
        data = module.data_lines()
        for n in range(1, len(doc.lines) + 1):
            if n not in data:
                doc.ignore(n)
        for n in module.errors:
            doc.used.discard(n)
            doc.ignored.discard(n)


def _other_folder(name: str) -> bool:
    """A folder whose name says it lists something else (``talks/``, ``awards/``, ``blog-posts/``; in the singular
    too, a Jekyll collection named for its documents: ``_talk/``, ``_award/``)."""
    words = re.sub(r"[_\-.]+", " ", name).strip()
    plural = [w + "s" for w in words.split() if w.isalpha() and not w.lower().endswith("s")]
    return bool({section_kind(words), *map(section_kind, words.split()), *map(section_kind, plural)} & OTHER_KINDS)


def _other_binding(name: str) -> bool:
    """A module's name for a list that says it lists something else (``talks``, ``recentAwards``,
    ``teaching_experience``), its words split at case changes."""
    return section_kind(name_words(name.rsplit(".", 1)[-1])) in OTHER_KINDS


def _csv_records(doc: SourceDoc) -> list[tuple[dict, dict[str, tuple[int, int]]]]:
    """The rows of a CSV or TSV table of works (a header row, then one work a row), each with its lines."""
    text = doc.text.lstrip("\ufeff")
    delimiter = "\t" if doc.display.lower().endswith(".tsv") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    out = []
    first = 2
    try:
        for row in reader:
            last = reader.line_num
            data = {k: v for k, v in row.items() if k and isinstance(v, str) and v.strip()}
            out.append((data, {k: (first, last) for k in data}))
            first = last + 1
    except csv.Error:
        return []
    return out


_TOML_TABLE = re.compile(r"^\s*\[\[\s*([\w.\-\"' ]+?)\s*\]\]\s*(?:#.*)?$")
_TOML_KEY = re.compile(r"^\s*([\w\-]+|\"[^\"]+\")\s*=")


def _toml_records(doc: SourceDoc) -> list[tuple[dict, dict[str, tuple[int, int]]]]:
    """The tables of a TOML file's arrays of tables (``[[publication]]`` / ``title = "..."``: Zola's and Hugo's
    data files), each with its keys' lines; the tables of an inline array (``papers = [{title = ...}]``) with
    none."""
    import tomllib

    try:
        value = tomllib.loads(doc.text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return []
    lines = doc.text.splitlines()
    # the lines of each "[[name]]" table, in order: a table runs to the next header of any kind
    blocks: dict[str, list[tuple[int, int]]] = {}
    header = None
    for number, line in enumerate(lines, start=1):
        m = _TOML_TABLE.match(line)
        if m or re.match(r"^\s*\[", line) and not _TOML_KEY.match(line):
            if header is not None:
                blocks[header[0]][-1] = (header[1], number - 1)
            header = (m.group(1).replace('"', "").replace("'", "").strip(), number) if m else None
            if header is not None:
                blocks.setdefault(header[0], []).append((number, number))
    if header is not None:
        blocks[header[0]][-1] = (header[1], len(lines))
    out = []

    def spans_of(first: int, last: int) -> dict[str, tuple[int, int]]:
        keys = [(n, m.group(1).strip('"')) for n in range(first + 1, last + 1)
                if (m := _TOML_KEY.match(lines[n - 1]))]
        ends = [n - 1 for n, _k in keys[1:]] + [last]
        return {k: (n, end) for (n, k), end in zip(keys, ends)}

    def walk(v, path, depth=0):
        if depth > 6:
            return
        if isinstance(v, list):
            tables = [x for x in v if isinstance(x, dict)]
            found = blocks.get(".".join(path), [])
            for k, x in enumerate(tables):
                span = found[k] if len(found) == len(tables) else None
                out.append((x, spans_of(*span) if span else {}))
                walk(x, path, depth + 1)
        elif isinstance(v, dict):
            for key, x in v.items():
                walk(x, (*path, str(key)), depth + 1)

    walk(value, ())
    return out


def file_records(doc: SourceDoc, suffix: str) -> list[tuple[dict, dict[str, tuple[int, int]]]]:
    """The mappings of a data file's lists, each with its keys' lines (empty for a file that holds none or does
    not parse)."""
    return [(d, s) for d, s, _list in _listed_records(doc, suffix)]


_RESUME_BASICS = re.compile(r'"basics"\s*:\s*\{')
"""A JSON Resume's card of its owner (``"basics": {"name": ...}``), which says the file is one."""
_RESUME_NAME = re.compile(r'"basics"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]*)"')


def demo_resume(doc: SourceDoc) -> bool:
    """Whether a JSON file is a theme's demo JSON Resume left in place, its card naming a placeholder person
    (al-folio's ``assets/json/resume.json``: ``"basics": {"name": "Albert Einstein"}``, his papers and prizes)."""
    basics = _RESUME_NAME.search(doc.text) if doc.path.suffix.lower() == ".json" else None
    return basics is not None and placeholder_text(basics.group(1))


_RESUME_WORK_KEYS = {"name": "title", "publisher": "venue", "releasedate": "date", "website": "url"}
"""The keys of a JSON Resume's works (jsonresume.org: ``publications: [{name, publisher, releaseDate, url}]``) by
the names the record readers take them under: the schema's ``name`` is the work's title, its ``publisher`` where
it appeared (a journal, a conference), as a person's record never has."""


def _resume_work(data: dict, spans: dict) -> tuple[dict, dict]:
    """A work of a JSON Resume (a file with ``basics``, the owner's card, beside its ``publications``) with its keys
    under the readers' names (:data:`_RESUME_WORK_KEYS`), their lines kept; a key whose field the record also has
    under a reader's name (``publisher: Springer`` beside ``journal:``) stays its own. A record that names its title
    ``title`` is in the readers' keys, not the schema's (a site's own JSON file with a ``basics`` card), and is
    left as it is."""
    have = {str(k).lower() for k in data}
    if "title" in have or "name" not in have:
        return data, spans
    taken = {"venue": set(RECORD_KEYS.venue), "date": {"date"}, "url": {"url"}}
    out, lines = {}, {}
    for key, value in data.items():
        name = _RESUME_WORK_KEYS.get(str(key).lower(), key)
        name = key if name != key and (have - {str(key).lower()}) & taken.get(name, {name}) else name
        out[name] = value
        if key in spans:
            lines[name] = spans[key]
    return out, {**{k: v for k, v in spans.items() if k not in data}, **lines}


def _listed_records(doc: SourceDoc, suffix: str, admitted: Collection[str] = ()
                    ) -> list[tuple[dict, dict[str, tuple[int, int]], str]]:
    """:func:`file_records` with the name of the list each record is in (a module's binding, ``publicationsData``;
    a YAML file's top key, ``publications``; "" for a file of one list, a table or JSON). ``admitted``: a module's
    stand-in bindings read as its own (:func:`stand_ins`)."""
    if suffix in (".csv", ".tsv"):
        return [(d, s, "") for d, s in _csv_records(doc)]
    if suffix == ".toml":
        return [(d, s, "") for d, s in _toml_records(doc)]
    if suffix in _MODULE_SUFFIXES:
        # (a React page's module may hold its list itself: "const publicationsData = [{title: ...}]" in page.tsx;
        # "export const talks = [...]": a list of another kind, whatever keys its records share)
        module = _js_module(doc)
        return [(d, s, k[0]) for d, s, k in js_records(module, nested=True, bound=False, admitted=admitted)
                if not _other_binding(k[0]) and not not_a_paper({}, k[1:])] if module is not None else []
    try:
        # (a record under "talks:" or "posters:" is no work)
        return [(d, s, k[0] if k else "") for d, s, k in yaml_records(doc, nested=True) if not not_a_paper({}, k)]
    except (SourceError, ValueError, RecursionError):
        pass
    if suffix != ".json":
        return []
    return [(d, s, "") for d, s in _json_records(doc)]


def _json_records(doc: SourceDoc) -> list[tuple[dict, dict[str, tuple[int, int]]]]:
    """The mappings of a JSON file's lists, at any depth (no lines kept)."""
    try:
        value = json.loads(doc.text)
    except ValueError:
        return []
    out = []

    def walk(v, depth=0):
        if depth > 6:
            return
        if isinstance(v, list):
            for x in v:
                if isinstance(x, dict):
                    out.append((x, {}))
                walk(x, depth + 1)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x, depth + 1)

    walk(value)
    return out


def site_files(root: Path, taken: set[str]) -> tuple[list[Path], list[Path], list[Path]]:
    """The site's data files, its folders of markdown pages and its text files (to see what names what), of the
    listing :func:`_site_listing` walked once an import."""
    data, folders, texts = [], [], []
    listing, sets = _site_listing(root)
    for here, records_here, names in listing:
        pages = []
        for name in names:
            path = here / name
            low = name.lower()
            if low.endswith(_TEXT_SUFFIXES) and here not in sets:
                texts.append(path)  # (a file already read may name a data file: the configuration)
            if not records_here or rel_path(root, path) in taken:
                continue
            if (low.endswith(DATA_SUFFIXES) or low.endswith(".bib")) and not _SKIP_FILES.match(name):
                if here not in sets:
                    data.append(path)
            elif low.endswith(RECORD_PAGE_SUFFIXES) and not low.startswith(("index.", "readme", "_index")):
                pages.append(path)
        if len(pages) >= 2 or pages and here.name.startswith("_"):
            folders.append(here)  # (a Jekyll collection's folder, "_name/", may hold one document: see record_collection)
    return data, folders, texts


def _site_listing(root: Path) -> tuple[list[tuple[Path, bool, list[str]]], set[Path]]:
    """The site's folders that :func:`site_files` reads, each with whether it may hold record lists and the
    names of its files that are no backup, and the folders among them that are a data set
    (:func:`data_set_bytes`): walked once an import (kept in :data:`~kg.importers.base.READ_ONCE`), as the
    readers of a framework site ask for its files three to five times."""
    memo = READ_ONCE.get()
    if memo is not None and ("walk", root) in memo:
        return memo["walk", root]
    listing = []
    public = _public_is_source(root)
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        rel = rel_path(root, here) if here != root else ""
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (d not in SKIP_DIRS or public and d == "public"
                                                                       and here == root)
                         and backup_reason(f"{rel}/{d}/x".lstrip("/")) is None and rel.count("/") < 5
                         and not (here != root and d.startswith("_") and (here / "x").parent.name.startswith("_"))
                         and not _rendered_resources(d, names))
        records_here = not (set(here.relative_to(root).parts) & _NO_RECORDS)
        listing.append((here, records_here, [name for name in sorted(names) if backup_reason(name) is None]))
    # (the folders of more than DATA_SET_BYTES of data and text files: their files are read by none)
    sets = {here for here, records_here, names in listing
            if any(low.endswith(_TEXT_SUFFIXES) or records_here and (low.endswith(DATA_SUFFIXES)
                                                                     or low.endswith(".bib"))
                   for low in map(str.lower, names))
            and data_set_bytes(here, root) is not None}
    if memo is not None:
        memo["walk", root] = (listing, sets)
    return listing, sets


_RENDERED_FROM = (".qmd", ".rmd", ".md", ".markdown", ".ipynb", ".html")


def _rendered_resources(d: str, names: list[str]) -> bool:
    """``d`` is the folder Pandoc, knitr and Quarto write a rendered page's resources to, ``<page>_files/`` beside
    ``<page>.qmd`` (or .Rmd, .md, .ipynb, .html): the JavaScript and CSS libraries of its widgets (jQuery, Leaflet,
    htmlwidgets), copies of packages, not the site's records; or Quarto's ``site_libs`` and ``_freeze`` (the executed
    pages' outputs, read beside each page at :func:`~.files.frozen_path`)."""
    if d in ("site_libs", FREEZE_DIR):
        return True
    if not d.endswith("_files") or d == "_files":
        return False
    stem = d[:-len("_files")].lower()
    return any(n.lower().rsplit(".", 1)[0] == stem and n.lower().endswith(_RENDERED_FROM) for n in names)


DATA_SET_BYTES = 8_000_000
"""How many bytes a folder's data and text files below the site's root add up to at most for kg to read them: a
site's own lists are small files; a folder of more is a data set a tool of the repository loads (a hundred shards
of 2 MB of JavaScript records), no list of the owner's, and reading it kept kg busy for minutes."""


def data_set_bytes(folder: Path, root: Path) -> int | None:
    """How many bytes the data and text files of ``folder`` (not of its subfolders) hold when they pass
    :data:`DATA_SET_BYTES`, a folder below ``root`` that :func:`site_files` leaves unread and the import's account
    names so; else None.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for rel, size in (("a.js", 9_000_000), ("set/s1.js", 5_000_000), ("set/s2.json", 4_000_000),
    ...                       ("own/b.js", 10)):
    ...         Path(d, rel).parent.mkdir(exist_ok=True)
    ...         _ = Path(d, rel).write_bytes(b"x" * size)
    ...     [data_set_bytes(Path(d, f), Path(d)) for f in ("", "set", "own")]
    [None, 9000000, None]
    """
    if folder == root:
        return None
    # (asked once a file by the import's account of a site's files: a folder of thousands of files was listed and
    # its files' sizes read once each of them, minutes for a site of 14k files; summed once an import)
    memo = READ_ONCE.get()
    if memo is not None and ("data-set", folder, root) in memo:
        return memo["data-set", folder, root]
    try:
        total = sum(p.stat().st_size for p in folder.iterdir() if p.is_file() and backup_reason(p.name) is None
                    and p.name.lower().endswith((*DATA_SUFFIXES, ".bib", *_TEXT_SUFFIXES)))
    except OSError:
        total = 0
    size = total if total > DATA_SET_BYTES else None
    if memo is not None:
        memo["data-set", folder, root] = size
    return size


def _public_is_source(root: Path) -> bool:
    """Whether the site's ``public/`` holds files it is made from rather than its built pages: a JavaScript
    framework's static files (Next, Vite, Astro, React: ``public/data/papers.json``, which a page fetches and lists
    when a visitor opens it), not Gatsby's or Hugo's output."""
    from .generators import site_frameworks

    if not (root / "public").is_dir() or any((root / c).is_file() for c in HUGO_CONFIGS):
        return False
    frameworks = site_frameworks(root)
    return bool(frameworks) and "gatsby" not in frameworks


def site_texts(files: list[Path]) -> dict[Path, str]:
    """The text, as written, of each of the site's text files (:func:`site_files`' third list: its pages,
    templates, modules and data) up to 3 MB that reads: what the readers that look for what names what search."""
    texts: dict[Path, str] = {}
    for path in files:
        if (text := file_text(path, _MAX_BYTES)) is not None:
            texts[path] = text
    return texts


_CITED_ONLY = re.compile(r"^\s*bib_file\s*:")
"""A citation plugin's setting naming a BibTeX file (mkdocs-bibtex's ``bib_file: docs/refs.bib``): its pages show
the entries they cite (``[@key]``), the whole file only where a page asks for it (``\\full_bibliography``)."""
_OWN_BIB = re.compile(r"""^\s*(?:-\s*)?["']?(?:bibtex|bib|citation|cite)(?:[_-]?file)?["']?\s*:\s*"""
                      r"""["']?[^\s"']+\.bib["']?\s*,?\s*$""", re.I)
"""A data file's record naming its own work's BibTeX file (``bibtex: 10.1007_x.bib``, the "cite" button's file):
that record's citation, no list of its own. Said only of a file of one work: the same key naming a file of many
(a site's setting, ``publications: {bibtex_file: papers.bib}``, that a script reads) names the site's list."""


def _bib_drawn(path: Path, texts: dict[Path, str], one_work: bool = False) -> bool:
    """Whether a file of the site draws the BibTeX file ``path`` as a list: names it by its file name (a page's
    ``bibliography:``, a script that fetches it, a build script that converts it); a citation plugin's setting
    alone draws it only when a page asks for the whole file, and a record naming the file as its own citation
    (``one_work``: a file of one entry, :data:`_OWN_BIB`) does not draw it. (jekyll-scholar's ``_bibliography/``
    is the family reader's.)"""
    name = path.name.lower()
    whole = any("full_bibliography" in text for text in texts.values())
    for other, text in texts.items():
        if other == path or name not in text:
            continue
        lines = [line for line in text.splitlines() if name in line]
        if whole or not all(_CITED_ONLY.match(line) or one_work and _OWN_BIB.match(line) for line in lines):
            return True
    return False


def _named(name: str, texts: dict[Path, str], own: set[Path]) -> bool:
    """Whether another file of the site names ``name`` (a data file's stem, a collection's folder)."""
    needle = name.lower()
    return len(needle) >= 4 and any(needle in text for path, text in texts.items() if path not in own)


_PEOPLE = "@people"
"""The key of :func:`_lookups`' answer under which the site's table of people by id is kept."""
_MARK_KEYS = {"equal": "equal_contribution", "equal_contribution": "equal_contribution",
              "equal-contribution": "equal_contribution", "co_first": "equal_contribution",
              "co-first": "equal_contribution", "cofirst": "equal_contribution", "corresponding": "corresponding",
              "corresponding_author": "corresponding", "corresponding_authors": "corresponding",
              "corresponding-author": "corresponding", "corresponding-authors": "corresponding"}
"""A record's keys listing the authors who share a mark (``equal="ana,li"``, ``corresponding: [Ana Ruiz]``)."""
_ID = re.compile(r"[\w.\-@]+")


def _ids(value: object) -> list[str] | None:
    """A record's value as a list of ids (``"ana,li wei"`` is not one: an id has no space)."""
    if isinstance(value, str):
        value = [v for v in re.split(r"\s*[,;]\s*", value.strip()) if v]
    if isinstance(value, list) and value and all(isinstance(v, str) and _ID.fullmatch(v) for v in value):
        return value
    return None


def _look_up(norm: dict, lookups: dict[str, dict[str, str]]) -> None:
    """A record's values that are keys of a table the site's templates look them up in (``authors: [ada, lin]``
    and ``site.data.authors[author].name``), replaced by what the template writes; authors (and the lists of
    authors sharing a mark) written as ids of the site's table of people (:func:`_people_table`), most of
    them found there, replaced by their names (an id not found stays: the template writes it)."""
    people = lookups.get(_PEOPLE, {})
    for field in ("authors", "author", *_MARK_KEYS) if people else ():
        ids = _ids(norm.get(field))
        if ids and 2 * sum(i in people for i in ids) > len(ids):
            norm[field] = [people.get(i, i) for i in ids]
    for field, table in lookups.items():
        value = norm.get(field)
        if isinstance(value, list) and value and all(isinstance(v, str) and v in table for v in value):
            norm[field] = [table[v] for v in value]
        elif isinstance(value, str) and value in table:
            norm[field] = table[value]


def _read_record(norm: dict, spelled: dict[str, str], spans: dict[str, tuple[int, int]], doc: SourceDoc,
                 lookups: dict[str, dict[str, str]], base: str | None, subtitle_sep: str = ": ",
                 keys: RecordKeys = RECORD_KEYS, legend: dict[str, str] | None = None,
                 templates: Sequence[tuple[str, str, str]] = ()) -> Publication | None:
    """One record (:func:`_normalized`: ``norm`` and how the record spells each key) read by
    :func:`~.records.publication_from_record` after its looked-up values are filled in, the lines of the keys it
    took marked as used in ``doc`` (``spans``: each key's lines as the record spells it); None without a title.
    ``subtitle_sep``: what the site's template writes between a title and its subtitle; ``legend``: the marks the
    template that shows the records explains (else the common ones); ``templates``: the links the template writes
    for each record out of its fields (:func:`~.records.template_links`)."""
    _look_up(norm, lookups)
    used = {k for k, v in norm.items() if k != "title" and isinstance(v, str) and _STAND_IN.fullmatch(v)}
    for key in used:
        del norm[key]  # (a script's stand-in for a value it did not find, read as no value)
    pub = publication_from_record(norm, keys, base, used, legend=legend, subtitle_sep=subtitle_sep)
    if pub is not None and templates:
        put_template_links(pub, templates, norm, base, used)
    for key, mark in _MARK_KEYS.items() if pub is not None else ():
        value = norm.get(key)
        names = [n for n in (value if isinstance(value, list) else re.split(r"\s*[,;]\s*", as_text(value) or ""))
                 if isinstance(n, str) and n.strip()]
        marked = [a for a in pub.authors if any(same_name(a.name, n) for n in names)]
        for author in marked:
            author.marks = [*author.marks, mark]
        if marked:
            used.add(key)
    for key in used if pub is not None else ():
        span = spans.get(spelled.get(key, key))
        if span:
            doc.use(*span)
    return pub


def record_collection(root: Path, folder: Path, base: str | None, lookups: dict[str, dict[str, str]],
                      owner: str | None, shown: bool = False, printed: frozenset[str] = frozenset(),
                      files: dict[Path, tuple[SourceDoc, str, FrontMatter]] | None = None) -> list[Part]:
    """A folder of markdown pages whose front matter is one work's record each, one part per page read
    (none when fewer than two of them, or fewer than half of the folder's pages, are works; ``shown``: a page of
    the site loops over the folder as a Jekyll collection, so one work is a list, and an HTML document with front
    matter is one of its documents, as Jekyll reads it). A page whose
    ``category``/``type`` says it is no paper (``category: Talk``, ``type: poster``) is not read: it counts as a work
    of the folder's for whether the folder is a list of works, as in :func:`_record_file_folder`. ``printed``: the
    keys the site's templates write alone as a link's address (:func:`~.records.printed_link_keys`)."""
    parts, total, others = [], 0, 0
    read_from: list[tuple[Publication, dict]] = []
    coauthored = False  # (a record of the folder names the owner's coauthors alone: its solo ones name no one)
    keys = replace(RECORD_KEYS, site_paths=printed) if printed else RECORD_KEYS
    # (``files``: those pages of the folder alone, the posts of a blog that are works' records, its news left out,
    # each as its reader read it, document, path and front matter: read once, not again here)
    suffixes = RECORD_PAGE_SUFFIXES + ((".html",) if shown else ())
    for path in sorted(p for p in (folder.iterdir() if files is None else files)
                       if p.is_file() and p.suffix.lower() in suffixes):
        if path.suffix.lower() == ".html" and not path.read_bytes().startswith(b"---"):
            continue  # (an HTML file with no front matter: Jekyll copies it as a static file, no document)
        total += 1
        try:
            doc, rel, fm = read_markdown(root, path) if files is None else files[path]
        except SourceError:
            continue
        if not isinstance(fm.data, dict) or template_publication(fm.data):
            continue
        if not_a_paper(fm.data):
            others += 1  # ("_conferences/x.md" with "category: Poster": a presentation at a meeting)
            continue
        if isinstance(fm.data.get("citation"), str) and as_text(fm.data.get("title")):
            # academicpages' front matter ("citation: 'Doe, J. (2020). Title. <i>Venue</i>.'") in a collection of
            # another name ("_workings/"): its own reader, the authors read from the citation
            part = read_jekyll_publication(root, path, base, owner, [], CITED_RECORD_KEYS, fmt="records-item")
            if part.publications:
                parts.append(part)
            continue
        # (a title and a status alone, in a collection a page lists: the owner's working paper, "title: X, status:
        # Working paper, pdf: ...", whose coauthors, if any, are under "coauthors:")
        where = names_where(fm.data)
        if not is_publication(fm.data) and not (shown and where and record_title_key(lower_keys(fm.data), fm.data)):
            continue
        # (a front matter of title and authors alone, whose body is the work's own BibTeX entry: an Eleventy
        # collection's "name: ..., authors: ..." over "`@inproceedings{..., booktitle={...}}`" says where it appeared)
        entry = None if where else _body_entry(doc, fm.body_start, owner)
        if entry is None and not where:
            continue  # (a theme's page front matter names its author too: "title: Location, author: A. Roe")
        data, spelled = _normalized(fm.data)
        if folder.name.startswith("_") and not any(k in data for k in YEAR_KEYS) \
                and (dated := _JEKYLL_DATED.match(path.name)):
            # a Jekyll collection's or post's document dated by its file's name only ("_posts/2021-03-01-x.md"):
            # Jekyll gives it that date, which the listing's "{{ post.date | date: '%Y' }}" shows
            data["date"] = dated.group(1)
        if owner and "coauthors" in data and not any(k in data for k in RECORD_KEYS.authors):
            # the owner's coauthors alone ("coauthors: Ann Vidal, Li Wei"; "with A & B"), the owner implied first,
            # as a data file's are read
            byline = md_text(as_text(data.pop("coauthors", None)) or "").strip()
            names = _with_byline(byline, owner)
            listed = [a.name for a in split_authors(byline).authors] if names is None else []
            # (a list that names the owner too is the whole byline, in its order: "coauthors: A and <owner>")
            data["authors"] = listed if any(same_name(n, owner) for n in listed) else [owner, *(names or listed)]
            spelled["authors"] = spelled.get("coauthors", "coauthors")
            coauthored = True
        pub = _read_record(data, spelled, fm.spans, doc, lookups, base, keys=keys)
        if pub is None:
            continue
        read_from.append((pub, fm.data))
        if entry is not None:
            merge_own_entry(pub, [entry[0]], owner, alone=True)
            if entry[0].year and pub.year != entry[0].year and "year" not in lower_keys(fm.data):
                # (the front matter's date orders the collection, unshown: the year the page shows is the entry's)
                pub.date = None
                pub.year = entry[0].year
            doc.use(*entry[1])
        pub.line, pub.file = fm.spans.get(spelled.get("title", "title"), (1, 1))[0], rel
        # a hand-built theme's paper page: the front matter gives title, date and journal, the body the authors
        read_body_byline(doc, fm.body_start, pub, owner)
        doc.sections[1] = "publications"
        parts.append(Part(rel, doc, "records-item", publications=[pub]))
    for pub, data in read_from if coauthored and owner else ():
        if not pub.authors and not any(k in lower_keys(data) for k in AUTHOR_KEYS):
            pub.authors = [Author(name=owner, is_self=True)]  # (a solo paper beside them, no byline: the owner's)
    return parts if len(parts) >= (1 if shown else 2) and 2 * (len(parts) + others) >= total else []


def _body_entry(doc: SourceDoc, body_start: int, owner: str | None
                ) -> tuple[Publication, tuple[int, int]] | None:
    """The work's own BibTeX entry a record page's body shows as one paragraph (fenced, or as inline code between
    lone backticks), read by the one BibTeX reader, with its lines; None when no paragraph is one."""
    from ..bibtex import embedded_entry
    from .files import body_paragraphs

    for first, last, text in body_paragraphs(doc, body_start):
        if "@" in text:
            entry = embedded_entry(text, owner)
            if entry is not None:
                return entry, (first, last)
    return None


def _positions_collection(root: Path, folder: Path, owner: str | None) -> list[Part]:
    """A folder of pages whose front matter is one of the owner's posts each (``role: Data Engineer, company: X,
    date_start: 2023-02, date_end: present``: a collection a CV page loops over), one part a page, its person
    holding the post (the current one's role their job title); none unless two pages or more, and most of the
    folder's, are posts."""
    from ...model import Person, Profile

    parts, total = [], 0
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in RECORD_PAGE_SUFFIXES):
        total += 1
        try:
            doc, rel, fm = read_markdown(root, path)
        except SourceError:
            continue
        data = fm.data if isinstance(fm.data, dict) else {}
        keys = {post_key(k) for k in data}
        if keys.isdisjoint(POSITION_ORG_KEYS) or keys.isdisjoint(POSITION_ROLE_KEYS) or is_publication(data):
            continue
        aff, took = position_from_record(data)
        if aff is None or not aff.role or aff.start_year is None:
            continue
        person = Person(name=owner or "owner", affiliations=[aff], job_title=aff.role if aff.current else None)
        settle_keys(doc, fm.spans, took)
        parts.append(Part(rel, doc, "records-item", profile=Profile(person=person)))
    return parts if len(parts) >= 2 and 2 * len(parts) > total else []


def _bib_part(root: Path, path: Path, owner: str | None, base: str | None = None) -> Part | None:
    """A BibTeX file of the site holding the owner's works (a page's script draws it as the list of papers), as
    a part; None when it holds fewer than two entries, or when neither the owner (when known) nor any one person
    is an author of at least half of them (a paper's reference list, a reading list). ``base``: the site's address,
    under which the file's relative file names (``pdf = "../pub/a.pdf"``) are placed from the file's own folder."""
    from .pages import bibtex_part

    folder = rel_path(root, path).rpartition("/")[0]
    pdf_base = urljoin(base.rstrip("/") + "/", folder + "/" if folder else "") if base else None
    part = bibtex_part(root, path, owner, pdf_base=pdf_base)  # (an unreadable file reads no entry: it is no list)
    pubs = part.publications
    if len(pubs) < 2:
        return None
    if owner:
        # (the owner as the BibTeX reader marks them: "Ana M. Roe", "A. Roe" for "Ana Roe")
        if 2 * sum(any(a.is_self for a in p.authors) for p in pubs) < len(pubs):
            return None
    elif records_owner(pubs) is None:
        return None
    return part


def _one_entry_bib(root: Path, path: Path, owner: str | None, base: str | None = None) -> Part | None:
    """A BibTeX file of the site holding one work's entry, as a part (for :func:`_bib_groups`); None when it holds
    another number of entries, its own or its folder's name says it lists something else (``talks/``), or a page of
    the work's own sits beside it (``index.html``: the file is the citation that page offers)."""
    from .pages import bibtex_part

    if _other_folder(path.stem) or _other_folder(path.parent.name):
        return None
    if any((path.parent / f"{stem}{suffix}").is_file() for stem in ("index", "_index") for suffix in (".html", ".htm", ".md")):
        return None  # (the citation a work's own page offers, Hugo's "publication/<key>/cite.bib": the pages are the list)
    folder = rel_path(root, path).rpartition("/")[0]
    pdf_base = urljoin(base.rstrip("/") + "/", folder + "/" if folder else "") if base else None
    part = bibtex_part(root, path, owner, pdf_base=pdf_base)
    return part if len(part.publications) == 1 else None


def _bib_groups(one_bibs: dict[Path, list[Part]]) -> list[list[Part]]:
    """The site's one-work BibTeX files (by folder) that make one list: two or more in one folder, or one in each
    of two or more folders beside each other (``publications/<key>/bibtex.bib``: a folder for each work, with its
    summary and figures)."""
    groups: list[list[Part]] = []
    alone: dict[Path, list[Part]] = {}
    for folder, parts in sorted(one_bibs.items()):
        if len(parts) >= 2:
            groups.append(parts)
        else:
            alone.setdefault(folder.parent, []).extend(parts)
    groups += [parts for _parent, parts in sorted(alone.items()) if len(parts) >= 2]
    return groups


def _data_part(root: Path, path: Path, base: str | None, lookups: dict[str, dict[str, str]],
               owner: str | None, looped: bool = False, subtitle_sep: str = ": ",
               listings: Collection[Listing] = (), linked: frozenset[str] = frozenset(),
               legend: Callable[[], dict[str, str] | None] = lambda: None,
               templates: Sequence[tuple[str, str, str]] = (), printed: dict[str, str] | None = None,
               admitted: Collection[str] = ()) -> Part | None:
    """A data file holding a list of works (most of its records are, and two or more, or one when ``looped``: a
    template of the site loops over the file), as a part; None otherwise. ``linked``: the fields a template
    writes alone as a link's address (a file's path there is a link); ``templates``: the links it writes for each
    record out of its fields, by their labels (:func:`~.records.template_links`). Records that
    name only the owner's co-authors (``coauthors: "Ann Vidal and Li Wei"``, which a page writes "with Ann
    Vidal and Li Wei") have the owner as an author too, written first (the records do not say where), and
    a record of that file naming none is the owner's alone. ``listings``: the site's loops and listings over
    the file (:mod:`.listings`), whose records are the ones read; ``legend``: the marks explained where they are
    shown (asked once the file is known to hold works); ``printed``: the keys its template prints as a work's title
    and venue (:func:`_printed_as`)."""
    words = re.sub(r"[_\-.]+", " ", path.stem)
    folders = [re.sub(r"[_\-.]+", " ", d).strip() for d in rel_path(root, path).split("/")[:-1]]
    if {section_kind(words), *map(section_kind, words.split()), *map(section_kind, folders)} & OTHER_KINDS \
            or {w.lower() for w in words.split()} & {"posts", "post", "blog", "blogs"}:
        # "talks.tsv", "research_talks.yml", "presentations/invited.yml": a list of another kind, whatever keys
        # its records share ("posts.json": a blog's listing, each post with a title and an author)
        return None
    if listed_as_other(listings):
        return None  # (the pages list it under a heading of another kind only: "Presentations and Posters")
    if path.suffix.lower() == ".bib":
        return _bib_part(root, path, owner, base)
    doc = read_file(root, path)
    if demo_resume(doc):
        return None  # (al-folio's demo JSON Resume: Albert Einstein's papers, none of the owner's)
    listed = _listed_records(doc, path.suffix.lower(), admitted)
    if path.suffix.lower() == ".json" and _RESUME_BASICS.search(doc.text):
        listed = [(*_resume_work(d, s), lst) if lst == "publications" else (d, s, lst) for d, s, lst in listed]
    records = [_authors_by_shape(*_entry_record(*_printed_as(d, s, printed or {}))) for d, s, _list in listed]
    # (a page's listing of the file shows some of its records: "include: {type: article}", "where: 'kind', 'paper'")
    seen = shown([d for d, _s in records], [x for x in listings if not x.keys], papers=True)
    kept = [k for k, (d, _s) in enumerate(records) if not template_publication(d) and (seen is None or seen[k])]
    records, lists = [records[k] for k in kept], [listed[k][2] for k in kept]
    # (a file a template loops over, named for works, "preprints.yml": a record of a title and its DOI address is one)
    named = looped and section_kind(words) == "publications"

    def work(d: dict) -> bool:
        return is_publication(d) or named and title_and_address(d)

    works = [(d, s) for d, s in records if work(d)]
    if len(set(lists)) > 1 and 2 * len(works) < len([d for d, _ in records if record_title_key(lower_keys(d), d)]):
        # a module of the site's every list ("publicationsData", "projectsData", "aboutTimeline", "blogPostsData" in
        # mockData.js): the lists whose records are mostly works are the works, the others the site's other
        # sections (their titled records no reason to doubt the works)
        work_ids = {id(d) for d, _s in works}
        tally: dict[str, list[int]] = {}  # (each list's works, and its titled records)
        for (d, _s), name in zip(records, lists):
            counts = tally.setdefault(name, [0, 0])
            counts[0] += id(d) in work_ids
            counts[1] += record_title_key(lower_keys(d), d) is not None
        mostly = {name for name, (n_works, n_titled) in tally.items() if n_works and 2 * n_works >= n_titled}
        if mostly:
            records = [r for r, n in zip(records, lists) if n in mostly]
            works = [(d, s) for d, s in records if work(d)]
    if len(works) < (1 if looped else 2) or 2 * len(works) < len([d for d, _ in records if record_title_key(lower_keys(d), d)]):
        # (records of keys kg does not read: a page's loop writes each as a citation, read as the page shows it)
        rendered = [] if works else _rendered_works(rel_path(root, path), doc, records, listings,
                                                    section_kind(words) == "publications", owner)
        if not rendered and not works and looped and path.suffix.lower() in (".json", *YAML_SUFFIXES):
            rendered = _grouped_citations(rel_path(root, path), doc, owner)
        if not rendered:
            return None
        part = Part(rel_path(root, path), doc, "records")
        part.publications = rendered
        doc.sections[1] = "publications"
        return part
    # (in a list of works, one naming no author nor venue is a work too: a single-authored working paper)
    works = [(d, s) for d, s in records if work(d) or _titled_and_dated(d)]
    part = Part(rel_path(root, path), doc, "records")
    by_coauthors = any("coauthors" in _normalized(d)[0] for d, _ in works) and not any(
        "authors" in _normalized(d)[0] for d, _ in works)
    if by_coauthors and owner:
        # (a list that names the owner's co-authors: a record titled like the others that names none is the owner's
        # alone, whether or not it gives a year)
        taken = {id(d) for d, _s in works}
        works = [(d, s) for d, s in records if id(d) in taken or record_title_key(lower_keys(d), d) == "title"]
    keys = replace(RECORD_KEYS, bare_keys=linked) if linked else RECORD_KEYS  # (the file's, once)
    marks = legend()
    read_from: list[tuple[Publication, dict]] = []
    cited: list[tuple[Publication, dict, dict[str, tuple[int, int]]]] = []
    implied = 0
    for data, spans in works:
        if not_a_paper(data):
            continue
        norm, spelled = _normalized(data)
        if by_coauthors and owner:
            others = md_text(as_text(norm.pop("coauthors", None)) or "").strip()
            names = _with_byline(others, owner)
            if names is None:
                names = [a.name for a in split_authors(others).authors]
            norm["authors"] = [owner, *names]
            spelled["authors"] = spelled.get("coauthors", "coauthors")
        pub = _read_record(norm, spelled, spans, doc, lookups, base, subtitle_sep, keys, marks, templates)
        if pub is None:
            continue
        implied += _owner_with(pub, norm, keys, owner)
        owner_over_highlight(pub.authors, owner)
        lines = [first for first, _ in spans.values()]
        pub.line, pub.file = (min(lines) if lines else 1), part.rel
        part.publications.append(pub)
        read_from.append((pub, data))
        cited.append((pub, data, spans))
    # (a record naming no authors that keeps its whole citation: "raw_text: 'Title, A. Roe, B. Lee, ...'")
    fill_from_citations(doc, cited, owner)
    _owner_alone(read_from, owner if implied else None)
    if not part.publications:
        return None
    part.publications = merge_versions(part.publications)
    if path.suffix.lower() in YAML_SUFFIXES:
        part.talks = _record_talks(doc, owner)
    doc.sections[1] = "publications"
    _settle_module(doc)
    return part


def _titled_and_dated(data: dict) -> bool:
    """Whether a record gives a title and a year, whatever else it leaves out (a single-authored working paper
    among works: ``{title: ..., authors: '', date: 2025}``)."""
    return record_title_key(lower_keys(data), data) == "title" and any(k in lower_keys(data) for k in YEAR_KEYS)


def _blank_byline(data: dict) -> bool:
    """Whether a record has an author key left blank (``authors: ""``), not one without any (an edited book's
    ``editors``)."""
    low = lower_keys(data)
    return any(k in low and not (as_text(data[low[k]]) or "").strip() for k in RECORD_KEYS.authors)


def _owner_alone(read_from: list[tuple[Publication, dict]], owner: str | None) -> None:
    """Each work read from its record whose byline is left blank the owner's alone, when ``owner`` is given because
    the list's bylines leave the owner implied ("with A & B"; lcaron's solo papers "authors: ''" beside them)."""
    for pub, data in read_from if owner else ():
        if not pub.authors and _blank_byline(data):
            pub.authors = [Author(name=owner, is_self=True)]


def _owner_with(pub: Publication, norm: dict, keys: RecordKeys, owner: str | None) -> bool:
    """A work whose record's byline is "with A & B" (``authors: "with Erwin Roe"``) by the owner and them, the
    owner first (left implicit by the byline itself, not a "(with ...)" the title may hold); whether it was. With no
    owner known, them alone ("with Ivo Sand" is no one's name)."""
    byline = md_text(as_text(next((norm[k] for k in keys.authors if k in norm), None)) or "").strip()
    if pub.authors and (names := _with_byline(byline, owner or "")) is not None:
        pub.authors = [*([Author(name=owner, is_self=True)] if owner else []), *(Author(name=n) for n in names)]
        return True
    return False


def _with_byline(byline: str, owner: str) -> list[str] | None:
    """The coauthors a record's byline "with A & B" names, the owner implied (the owner named too is left out), up
    to the end of their sentence ("With A. Lee. Preprint"); None for a byline that opens with no "with".

    >>> _with_byline("with Tova Brink and Ivo Sand", "Tova Brink"), _with_byline("Ivo Sand", "Tova Brink")
    (['Ivo Sand'], None)
    """
    if not (m := WITH_VENUE.match(byline)):
        return None
    names = re.split(r"(?<![A-ZÀ-ÖØ-Þ])\.\s+", with_names(m), maxsplit=1)[0]
    return [a.name for a in split_authors(names).authors if not same_name(a.name, owner)]


_TALK_LIST = re.compile(r"\b(?:talks?|presentations?)\b")
_TALK_SPEAKER_KEYS = (*RECORD_KEYS.authors, "speakers", "speaker", "presenter", "presenters")
"""A talk's speakers: a record's author keys, or its own word."""


_COURSE_TEACHER_KEYS = ("instructor", "instructors", "lecturer", "lecturers", "teacher", "teachers", "taught_by")
"""A course record's keys naming who taught it."""


def _others_talk(data: dict, owner: str | None, keys: Sequence[str] = _TALK_SPEAKER_KEYS) -> bool:
    """Whether a talk's record names its speakers (``presenter: Yu Lee``, ``authors: [...]``) and the owner is
    none of them: another speaker's talk, which has no field; or, with ``keys``, whether a record names its
    people under those (a course's ``instructor:``) and the owner is none of them."""
    norm = lower_keys(data)
    names = next((data[norm[k]] for k in keys if k in norm), None)
    names = [as_text(n) or "" for n in names] if isinstance(names, list) else \
        [a.name for a in split_authors(md_text(as_text(names) or "")).authors] if names else []
    return bool(names) and not (owner and any(same_name(owner, n.strip()) for n in names))


def _record_talks(doc: SourceDoc, owner: str | None) -> list[Talk]:
    """The talks a works file lists beside its works (``papers: [...]`` then ``presentations: [{title, authors,
    event, place, year}]``): one :class:`~kg.model.Talk` each that names the owner among its speakers, or names
    none, with its event, place and year, its keys used. Another speaker's talk has no field and stays listed."""
    try:
        records = yaml_records(doc, nested=True)
    except (SourceError, ValueError, RecursionError):
        return []
    talks = []
    for data, spans, keys in records:
        if not keys or not _TALK_LIST.search(re.sub(r"[_\-]+", " ", str(keys[-1])).lower()):
            continue  # ("talks:", "presentations:", "invited_talks:")
        norm = lower_keys(data)
        title = md_text(as_text(data.get(norm.get("title", ""))) or "").strip()
        event = next((md_text(as_text(data[norm[k]]) or "").strip() for k in TALK_EVENT_KEYS
                      if k in norm and isinstance(data[norm[k]], (str, int))), "")
        if not title or not event:
            continue
        if _others_talk(data, owner):
            continue  # (another speaker's talk: no field)
        year = next((as_text(data[norm[k]]) for k in ("year", "date") if k in norm and data[norm[k]]), None)
        year = (ANY_YEAR.search(year or "") or [None])[0]
        place = next((md_text(as_text(data[norm[k]]) or "").strip() for k in TALK_PLACE_KEYS
                      if k in norm and isinstance(data[norm[k]], str)), None) or None
        lines = [first for first, _ in spans.values()]
        talks.append(Talk(title=title, event=event, date=year, place=place, line=min(lines) if lines else None))
        for span in spans.values():
            doc.use(*span)
    return talks


_FIELD_OUT = re.compile(r"\{\{-?\s*(\w+)\.([\w\-]+)\s*(?:\|[^{}]*)?-?\}\}")
_OTHER_OUT = re.compile(r"\{\{.*?\}\}", re.S)
_IF_FIELD = lazy_compile(r"\{%-?\s*(if|unless)\s+(\w+)\.([\w\-]+)\s*-?%\}((?:(?!\{%).)*)\{%-?\s*end\1\s*-?%\}", re.S)
_BLOCK_TAG = re.compile(r"(?i)</?(?:li|ul|ol|p|div|br|hr|section|article|span|td|tr|table)\b[^>]*>")


def render_record(body: str, var: str, data: dict) -> str | None:
    """One record written out by a Liquid loop's body (``{{ p.autores }} (**{{ p.ano }}**). "{{ p.titulo }}"``) as
    one line of text, its simple conditions on a field (``{% if p.doi %}...{% endif %}``) decided by the record;
    None for a body with other tags (a loop inside, an ``include``, an ``else``), which kg does not run.

    >>> render_record(' {{ w.who }} ({{ w.yr }}). _{{ w.name }}_{% if w.url %}, [link]({{ w.url }}){% endif %}\\n',
    ...               "w", {"who": "Ann Lee", "yr": 2020, "name": "On Rivers"})
    'Ann Lee (2020). _On Rivers_'
    """
    lowered = {str(k).strip().lower(): v for k, v in data.items()}

    def value(key: str) -> str:
        v = lowered.get(key.lower())
        if isinstance(v, list):
            return ", ".join(t for t in (as_text(x) for x in v) if t)
        text = (as_text(v) or "").strip() if v is not None and not isinstance(v, dict) else ""
        names = _family_first_names(text)  # ("GARCÍA AVILÉS, José; LEE, Ann" -> "José GARCÍA AVILÉS, Ann LEE")
        return ", ".join(names) if names else text

    def decide(m: re.Match) -> str:
        if m.group(2) != var:
            raise LookupError(m.group(0))
        return m.group(4) if bool(value(m.group(3))) == (m.group(1) == "if") else ""

    try:
        text = _IF_FIELD.sub(decide, body)
    except LookupError:
        return None
    if "{%" in text:
        return None
    text = _FIELD_OUT.sub(lambda m: value(m.group(2)) if m.group(1) == var else m.group(0), text)
    text = _KRAMDOWN_ATTRS.sub("", _OTHER_OUT.sub("", text))
    return " ".join(_BLOCK_TAG.sub(" ", text).split()) or None


def _rendered_works(part_rel: str, doc: SourceDoc, records: list[tuple[dict, dict[str, tuple[int, int]]]],
                    listings: Collection[Listing], named_works: bool, owner: str | None) -> list[Publication]:
    """The works of records whose keys kg does not read (``titulo:``, ``autores:``, a CSV's columns in another
    language), read as a page of the site shows them: the loop's body (:attr:`Listing.body`) under a heading of
    works, or of no kind in a file named for works, filled with each record and read as a citation by the one
    page reader. None read when the body is no one-line template of two or more of the record's fields, or fewer
    than half of the records read as works."""
    if not owner or not records:
        return []
    for listing in listings:
        body, var = listing.body, listing.var
        if not body or not var or not (listing.kind == "publications" or listing.kind is None and named_works):
            continue
        if len({m.group(2).lower() for m in _FIELD_OUT.finditer(body) if m.group(1) == var}) < 2:
            continue
        texts = [render_record(body, var, data) for data, _spans in records]
        if any(t is None for t in texts):
            continue
        pubs = _citation_publications(doc, texts, owner)
        if 2 * sum(p is not None for p in pubs) < len(records):
            continue
        out = []
        for pub, (data, spans) in zip(pubs, records):
            if pub is None:
                continue
            owner_over_highlight(pub.authors, owner)
            lines = [first for first, _ in spans.values()]
            pub.line, pub.file = (min(lines) if lines else 1), part_rel
            for span in spans.values():
                doc.use(*span)
            out.append(pub)
        return out
    return []


_HEADING_KEYS = frozenset({"year", "heading", "header", "section", "category", "group", "label"})
"""The keys an item of a list of works is a heading by, alone (``- year: 2021``, ``- heading: Book chapters``)."""


def _heading_item(data: dict) -> bool:
    """Whether a list's item is a heading of the list, not a record: a year or a few words under a heading's key
    and nothing else (``{"year": 2021}``, ``{"section": "Journal articles"}``).

    >>> _heading_item({"year": 2021}), _heading_item({"heading": "Book chapters"})
    (True, True)
    >>> _heading_item({"year": 2021, "title": "Tides"}), _heading_item({"reference": "Lee, A. (2021). Tides."})
    (False, False)
    """
    if len(data) != 1:
        return False
    key, value = next(iter(data.items()))
    if str(key).strip().lower() not in _HEADING_KEYS or isinstance(value, bool):
        return False
    return isinstance(value, int) and 1900 <= value <= 2100 or isinstance(value, str) and 0 < len(value.split()) <= 5


def _grouped_citations(part_rel: str, doc: SourceDoc, owner: str | None) -> list[Publication]:
    """The works of a CV data file a page of the site imports, grouped by kind under keys of their own
    (``{"Publications": {"Journal articles": [{"year": "2021", "content": "Lee, A., & Roe, B. (2021). Title.
    Venue, 3, 1-9."}]}}``): each list under a key path that says works (and no key of it another kind:
    ``"Software"``, ``"Talks"``; the file's own name is the path's first key: ``publications.json`` holding
    ``{"books": [...], "journalArticles": [...]}``) whose records each hold one long text, the whole citation, read
    by the one page reader, beside the work's address (``"url": "https://..."``: its link, no second text); a list
    counts when half its records or more read as a work with authors (a list of websites, each a sentence and an
    address, reads as none)."""
    import yaml

    from ..base import construct_yaml
    from ..document import collect_yaml_spans

    if not owner:
        return []
    try:
        node = yaml_node(doc)
    except (SourceError, ValueError, RecursionError):
        return []
    groups: list[tuple[list[str], list[dict[str, tuple[int, int]]], list[list[tuple[str, str]]]]] = []

    def walk(n, keys: tuple[str, ...], depth: int) -> None:
        if depth > 5:
            return
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                walk(v, (*keys, str(k.value)), depth + 1)
        elif isinstance(n, yaml.SequenceNode) and keys and "publications" in map(section_kind, keys) \
                and not not_a_paper({}, keys):
            texts, spans_of, addresses, headings = [], [], [], []
            for item in n.value:
                if not isinstance(item, yaml.MappingNode):
                    return
                data = construct_yaml(item)
                if _heading_item(data):
                    # a heading of the list, an item of its own ("- year: 2021" before that year's "- reference:"
                    # items, the template printing it as the year's heading): structure, not a work
                    spans = {}
                    collect_yaml_spans(item, "", 0, spans)
                    headings += spans.values()
                    continue
                # (an address is one word however long: the work's link, not its citation)
                long = [k for k, v in data.items() if isinstance(v, str) and len(v.strip()) >= 40
                        and len(v.split()) > 1]
                if len(long) > 1:
                    # a citation with its abstract beside it: the text whose key names it the citation
                    long = [k for k in long if str(k).lower() in ("citation", "reference", "content", "text")]
                if len(long) != 1:
                    return
                spans: dict[str, tuple[int, int]] = {}
                collect_yaml_spans(item, "", 0, spans)
                texts.append(data[long[0]])
                spans_of.append({k: v for k, v in spans.items() if "." not in k})
                addresses.append([(RECORD_KEYS.links[str(k).lower()], v.strip()) for k, v in data.items()
                                  if str(k).lower() in RECORD_KEYS.links and isinstance(v, str)
                                  and re.match(r"https?://\S+$", v.strip())])
            if texts and len(headings) < len(texts):
                groups.append((texts, spans_of, addresses, headings))

    walk(node, (re.sub(r"[_\-.]+", " ", part_rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]),), 0)
    out: list[Publication] = []
    for texts, spans_of, addresses, headings in groups:
        pubs = [p if p is not None and p.authors else None for p in _citation_publications(doc, texts, owner)]
        if 2 * sum(p is not None for p in pubs) < len(texts):
            continue
        for span in headings:
            doc.use(*span)
        for pub, spans, links in zip(pubs, spans_of, addresses):
            if pub is None:
                continue
            for kind, url in links:
                if url not in pub.links.values():
                    pub.links.setdefault(kind, url)
            owner_over_highlight(pub.authors, owner)
            pub.line, pub.file = min((first for first, _ in spans.values()), default=1), part_rel
            for span in spans.values():
                doc.use(*span)
            out.append(pub)
    if out:
        _settle_module(doc)
    return out


def _one_record(doc: SourceDoc) -> tuple[dict, dict[str, tuple[int, int]]] | None:
    """The mapping a YAML or JSON file holds as a whole (``title: ...`` / ``authors: [...]``: one work's file), or the
    one object a JavaScript or TypeScript module exports (:func:`~.js_data.js_record`), with its keys' lines; None
    for a list, a scalar or a file that does not parse."""
    import yaml

    from ..base import compose_yaml, construct_yaml
    from ..document import collect_yaml_spans

    if doc.display.lower().endswith(_MODULE_SUFFIXES):
        module = _js_module(doc)  # ("export const paper: Publication = {...}": one work's module)
        return js_record(module) if module is not None else None
    try:
        node = compose_yaml(doc.text, doc.display)
    except (SourceError, yaml.YAMLError, ValueError, RecursionError):
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    data = construct_yaml(node)
    spans: dict[str, tuple[int, int]] = {}
    collect_yaml_spans(node, "", 0, spans)
    return (data, {k: v for k, v in spans.items() if "." not in k}) if isinstance(data, dict) else None


def _record_file_folder(root: Path, paths: list[Path], base: str | None, lookups: dict[str, dict[str, str]],
                        subtitle_sep: str, folder: Path | None = None, owner: str | None = None,
                        printed: dict[str, str] | None = None) -> list[Part]:
    """A folder of data files holding one work's record each (Hugo's ``data/publications/<key>.yaml``, which a
    layout ranges over as ``.Site.Data.publications``), one part per file read; none when fewer than two of
    them, or fewer than half of the folder's data files, are works, or when the folder's name says it lists
    something else (talks, people, news). ``subtitle_sep``: what the site's templates write between a title and
    its subtitle (:func:`~.records.subtitle_separator`). ``folder``: the folder the files are in, or the one whose
    subfolders they are in (``publications/articles/``, ``publications/books/``: one list sorted by kind);
    ``owner``: whom the site is about, when known (a byline "with A & B" is theirs and A's and B's); ``printed``: the
    keys its template prints as a work's title and venue (:func:`_printed_as`)."""
    folder = folder or paths[0].parent
    words = re.sub(r"[_\-.]+", " ", folder.name)
    if {section_kind(words), *map(section_kind, words.split())} & OTHER_KINDS:
        return []
    parts, others, implied = [], 0, 0
    bare: list[tuple[Path, SourceDoc, dict, dict[str, tuple[int, int]]]] = []
    read_from: list[tuple[Publication, dict]] = []

    def read(path: Path, doc: SourceDoc, data: dict, spans: dict[str, tuple[int, int]]) -> None:
        nonlocal implied
        norm, spelled = _normalized(data)
        pub = _read_record(norm, spelled, spans, doc, lookups, base, subtitle_sep)
        if pub is None:
            return
        implied += _owner_with(pub, norm, RECORD_KEYS, owner)
        read_from.append((pub, data))
        rel = rel_path(root, path)
        pub.line, pub.file = spans.get(spelled.get("title", "title"), (1, 1))[0], rel
        doc.sections[1] = "publications"
        _settle_module(doc)
        parts.append(Part(rel, doc, "records-item", publications=[pub]))

    for path in paths:
        try:
            doc = read_file(root, path)
        except (SourceError, OSError, UnicodeDecodeError):
            continue
        record = _one_record(doc)
        record = _printed_as(*record, printed or {}) if record is not None else None
        if record is None or template_publication(record[0]):
            continue
        data, spans = record
        if not is_publication(data):
            if _titled_and_dated(data) and _blank_byline(data):
                bare.append((path, doc, data, spans))
            continue
        if not_a_paper(data):
            others += 1  # (a work of the list all the same, for whether the folder is one)
            continue
        read(path, doc, data, spans)
    for path, doc, data, spans in bare if len(parts) >= 2 and 2 * (len(parts) + others) >= len(paths) else ():
        # (in a folder of works, one whose byline is left blank and that names no venue is a work too, as in a list
        # file: a single-authored working paper, "authors: ''", "place: ''"; the folder is one of works without it)
        if not not_a_paper(data):
            read(path, doc, data, spans)
    _owner_alone(read_from, owner if implied else None)
    return parts if len(parts) >= 2 and 2 * (len(parts) + others) >= len(paths) else []


_CV_KINDS = {"awards": award_from_record, "education": education_from_record, "experience": position_from_record,
             "talks": talk_from_record, "teaching": teaching_from_record, "service": service_from_record,
             "students": student_from_record}
"""The owner's CV lists a data file or folder may be named for (``awards.ts``, ``education/phd.ts``,
``appointments/``, ``_data/talks.yml``, ``teaching.yml``, ``service.yml``, ``students.yml``; ``cv = {education:
[...]}``), and the reader of one record of each."""


def _record_kind(keys: tuple[str, ...], named: str | None) -> str | None:
    """The CV list a record of a data file is of: the key it is under says it before the file's name
    (``mentoring:`` in ``teaching.yml``), :func:`_cv_kind`."""
    return next((k for k in map(_cv_kind, reversed(keys)) if k), None) or named


def _cv_kind(name: str) -> str | None:
    """The CV list a file's, a folder's or a key's name says (``honors``, ``Appointments``, ``workExperience``);
    not a table of people (``people.yml``, ``team.yml``: the co-authors' links a template looks names up in, or
    a lab's members, :data:`_PEOPLE_FILES`), which names no one as the owner's student; nor a list of what the
    owner sat in (``talks_attended``, ``courses_taken``), no talk given nor course taught."""
    kind = section_kind(name_words(name))
    if kind == "students" and fold(name_words(name)) in _PEOPLE_FILES or kind in ("talks", "teaching") \
            and re.search(r"(?i)attend|taken|audit|enrol", name):
        return None
    return kind if kind in _CV_KINDS else None


def keyed_records(doc: SourceDoc, suffix: str, admitted: Collection[str] = (), nested: bool = False
                  ) -> list[tuple[dict, dict[str, tuple[int, int]], tuple[str, ...]]]:
    """A data file's records with the keys leading to each (a JavaScript module's binding name first; ``admitted``:
    its stand-in bindings read as its own, :func:`stand_ins`). ``nested``: a YAML file's records of a list inside
    an untitled record too, given the group's plain values (:func:`~.records.yaml_records`)."""
    if suffix in _MODULE_SUFFIXES:
        module = _js_module(doc)
        return js_records(module, admitted=admitted) if module is not None else []
    if suffix in YAML_SUFFIXES:
        try:
            return yaml_records(doc, nested=nested)
        except (SourceError, ValueError, RecursionError):
            return []
    return [(d, s, ()) for d, s in file_records(doc, suffix)]


_SECTION_NAME_KEYS = ("title", "key", "name", "section")
_SECTION_ITEM_KEYS = ("contents", "items", "entries")


def _section_name(data: dict) -> str | None:
    """What a CV section record is called: the first of its naming fields that says a CV list's kind ("key:
    education" beside "title: Where I studied"), else its title."""
    low = lower_keys(data)
    names = [t for k in _SECTION_NAME_KEYS if k in low and (t := as_text(data.get(low[k])))]
    return next((t for t in names if _cv_kind(t)), names[0] if names else None)


def _section_items(data: dict) -> list[dict]:
    """The items of a CV section record (``{title: Education, contents: [{title: Ph.D., ...}, ...]}``, ``{key:
    education, items: [...]}``); empty for another record."""
    low = lower_keys(data)
    items = next((data.get(low[k]) for k in _SECTION_ITEM_KEYS if k in low), None)
    if not _section_name(data) or not isinstance(items, list):
        return []
    return [x for x in items if isinstance(x, dict)]


_ALFOLIO_DEMO_CV = frozenset(fold(t) for t in (
    "Institute for Advanced Study, Princeton University", "California Institute of Technology, Pasadena, California, US",
    "Kaiser Wilhelm Institute for Physics, Berlin, Germany.", "Karl-Ferdinand University, Prague, Czechoslovakia",
    "University of Zurich, Zurich, Switzerland", "Nobel Prize in Physics", "Matteucci Medal", "Max Planck Medal"))
"""The places and honours of al-folio's demo CV (its owner Albert Einstein's), as its ``_data/cv.yml`` writes them."""


def _demo_section(items: list[dict]) -> bool:
    """Whether a CV section's items are al-folio's demo ones (two of :data:`_ALFOLIO_DEMO_CV` or more), left in
    place when the owner filled in the rest of the file (their name, their degrees)."""
    texts = [t for item in items for v in (item.get("institution"), item.get("title"), *(
        item.get("items") if isinstance(item.get("items"), list) else ())) if (t := as_text(v))]
    return sum(fold(t) in _ALFOLIO_DEMO_CV for t in texts) >= 2


def _section_records(doc: SourceDoc) -> list[tuple[dict, dict[str, tuple[int, int]], tuple[str, ...]]]:
    """A CV file of sections (:func:`_section_items`) as records, each item with its section's title as the key
    leading to it (``("Honors, awards, appointments",)``), so that the title says its kind."""
    import yaml

    from ..base import compose_yaml, construct_yaml
    from ..document import collect_yaml_spans

    try:
        node = compose_yaml(doc.text, doc.display)
    except (yaml.YAMLError, SourceError):
        return []
    out = []
    # (a list of sections, or one under a key: a page's front matter "categories: [{key: education, ...}]")
    sections = node.value if isinstance(node, yaml.SequenceNode) else [
        x for _k, v in node.value if isinstance(v, yaml.SequenceNode) for x in v.value] \
        if isinstance(node, yaml.MappingNode) else []
    for section in sections:
        if not isinstance(section, yaml.MappingNode):
            continue
        title = _section_name({k.value: v.value for k, v in section.value if isinstance(v, yaml.ScalarNode)})
        for k, v in section.value:
            if str(k.value).lower() not in _SECTION_ITEM_KEYS or not isinstance(v, yaml.SequenceNode) or not title:
                continue
            for item in v.value:
                if isinstance(item, yaml.MappingNode):
                    spans: dict[str, tuple[int, int]] = {}
                    collect_yaml_spans(item, "", 0, spans)
                    spans = {a: b for a, b in spans.items() if "." not in a}
                    data = construct_yaml(item)
                    lines = next((v.value for k, v in item.value if str(k.value).lower() == "items"
                                  and isinstance(v, yaml.SequenceNode)), [])
                    if not ({"title", "name"} & {str(k).lower() for k in data}) and lines and all(
                            isinstance(x, yaml.ScalarNode) and str(x.value).strip() for x in lines):
                        # "- year: 2014 / items: [Best Poster ..., Travel grant ...]": a year's entries, each
                        # an item of that year
                        dated = {k: v for k, v in data.items() if str(k).lower() != "items"}
                        out += [({**dated, "title": str(x.value).strip()}, {**{a: b for a, b in spans.items()
                                 if a.lower() != "items"}, "title": (x.start_mark.line + 1,) * 2}, (str(title),))
                                for x in lines]
                        continue
                    out.append((data, spans, (str(title),)))
    return out


def _cv_part(root: Path, path: Path, owner: str | None, admitted: Collection[str] = (),
             base: str | None = None, templates: Collection[tuple[str, str, str]] = ()) -> Part | None:
    """A data file of the owner's awards, degrees, positions, talks, teaching, service roles or students, as the
    file's, its folder's or its keys' name says (``awards.yml``, ``education/phd-2018.ts`` holding one degree,
    ``cv.ts``'s ``education: [...]``, ``_data/talks.yml``), each record read as the YAML ones are
    (:func:`~.records.award_from_record`, ``education_from_record``, ``position_from_record``,
    ``talk_from_record``, ``teaching_from_record``, ``service_from_record``, ``student_from_record``): the awards,
    talks, courses and students as the part's, the degrees, positions and service roles as its person's profile's
    (the current position's role the owner's job title); None when the file holds none. ``base``: the site's
    address, which a record's relative file (a talk's ``slides: tides.pdf``) is placed under; ``templates``: the
    links a page's loop over the file writes of each record (:func:`~.records.template_links`), a talk's slides
    under the folder it names."""
    suffix = path.suffix.lower()
    if suffix not in DATA_SUFFIXES:
        return None
    rel = rel_path(root, path)
    folder = path.parent.name if path.parent != root and path.parent.name.lower() not in ("_data", "data") else ""
    # (a folder's name says the kind of a file of the owner's degrees, awards or posts, "education/phd.ts"; not
    # of a talk or a service role: "activities/" holds a site's dated events of every kind)
    by_folder = _cv_kind(folder) if folder else None
    if re.fullmatch(r"(?i)nav(?:igation)?|menus?|navbar|sidebar|footer|header|links", path.stem):
        return None  # (a site's menu, "teaching: [{title: Current courses, url: /teaching/}]": its pages, no CV)
    named = _cv_kind(path.stem) or (by_folder if by_folder in ("awards", "education", "experience") else None)
    if named in ("talks", "teaching", "service", "students") and suffix in (".csv", ".tsv"):
        return None  # (academicpages' talks.tsv: the table its script makes the site's talk pages of, not shown)
    if named is None and path.stem.lower() not in CV_NAMES \
            and not re.search(r"(?i)award|honou?r|prize|educat|degree|school|appoint|position|experience|"
                              r"employ|career|\bcv\b|resume|work", path.read_text(errors="replace")
                              if path.stat().st_size <= _MAX_BYTES else ""):
        return None
    doc = read_file(root, path)
    if demo_resume(doc):
        return None  # (al-folio's demo JSON Resume: no CV of the owner's)
    return _cv_records_part(rel, doc, suffix, named, owner, admitted, base, templates)


def front_matter_cv(root: Path, page: Path, owner: str | None) -> Part | None:
    """The owner's CV written in a page's front matter (``categories: [{key: education, items: [...]}]``, al-folio's
    sections under ``cv:``, ``education: [...]``), read as a CV data file is (:func:`_cv_part`), on the page's own
    lines; None when the front matter holds none."""
    try:
        page_doc = read_file(root, page)
    except SourceError:
        return None
    span = front_matter_span(page_doc.text)
    if span is None or not page_doc.text.startswith("---"):
        return None  # (none, or TOML's)
    lines, end = page_doc.text.split("\n"), span[1] - 1  # (0-based: the closing fence's line)
    # the front matter alone, each line where the page has it (the rest blank), so what it took is the page's lines
    text = "\n".join(["", *lines[1:end], *[""] * (len(lines) - end)])
    doc = SourceDoc(path=page_doc.path, text=text, display=page_doc.display)
    return _cv_records_part(rel_path(root, page), doc, ".yml", None, owner)


def post_degree(data: dict, post) -> object | None:
    """The degree a row of a list of posts states (its texts, "doctorate (PhD) in X" beside "company: Leiden
    University", read as the page reader reads a degree's line), at the post's organisation; None for a post held.
    A row whose organisation's slot holds a degree alone ("company: Master of Science", "Master of Science by
    Research in X") and whose role's slot names no job ("title: Leiden University") states it at the place the role's
    slot names; not "company: Master of Data Science program, role: University of X, Lecturer" (a post).

    >>> from kg.model import Affiliation
    >>> post_degree({"company": "Master of Arts", "role": "Hill University, UK"},
    ...             Affiliation(name="Master of Arts", role="Hill University, UK")).institution
    'Hill University'
    >>> post_degree({"company": "Master of Data Science program", "role": "Hill University, Lecturer"},
    ...             Affiliation(name="Master of Data Science program", role="Hill University, Lecturer")) is None
    True
    """
    from ..page.person import DEGREE_RX, education_from

    texts = [t for v in data.values() if (t := as_text(v)) and len(t) <= 160 and t != post.name]
    try:
        ed = education_from(", ".join([*texts, post.name])) if texts else None
    except ValueError:
        return None
    if ed is None or not ed.degree:
        return None
    at = fold(ed.institution or "")
    deg = DEGREE_RX.match(post.name)
    swapped = post.role and deg and _DEGREE_ALONE.fullmatch(post.name[deg.end():]) \
        and not JOB_WORDS.search(post.role) and (fold(post.role) + " ").startswith(at + " ")
    return ed if at == fold(post.name) or swapped else None


_DEGREE_ALONE = lazy_compile(r"(?:\s*,\s*|\s+(?:in|of|by)\s+)?(?!.*\bprogram)(?:[^\W\d][^,;()]*)?", re.I)
"""What may follow a degree in an organisation's slot when the slot holds the degree alone: its field ("in Data
Science", ", Computer Science") or its kind ("by Research"), not a programme's or a place's name ("MBA Program", "MD
Anderson Cancer Center": no "in"/"of"/"by" or comma before them)."""


_WORD = re.compile(r"[^\W_]{3,}")


def _item_words(item) -> set[str]:
    """The words (three letters or digits or more, folded) of what an item read from a record: its texts but its
    description, a date's year and its month written out (``2024-06``: "2024", "june", "jun")."""
    # (not its abstract: a long text holds most short values' words, "type: invited keynote")
    values = [v for k, v in item.model_dump().items() if v is not None and k != "description"]
    texts = [str(x) for v in values for x in (v if isinstance(v, list) else [v]) if isinstance(x, (str, int))]
    words = {w for t in texts for w in _WORD.findall(fold(t))}
    if month := re.match(r"\d{4}-(\d{2})", str(getattr(item, "date", None) or "")):
        words |= {name for name, n in MONTHS.items() if n == int(month.group(1))}
    return words


def _restated(value: object, said: set[str]) -> bool:
    """Whether a record's text says nothing but what the item read from the record's other keys says: three
    quarters of its words or more are the item's (:func:`_item_words`); never an address or a file's name."""
    text = as_text(value) if isinstance(value, (str, int)) else None
    if text and re.search(r"://|^/|^[^\s/]+(?:/[^\s/]+)*\.(?:pdf|pptx?|key|html?|mp4)$", text.strip()):
        return False  # (an address, "slides: 2024-Tides-Bergen.pdf": a link, whatever words its name shares)
    words = _WORD.findall(fold(md_text(text or "")))
    return bool(words) and 4 * sum(w in said for w in words) >= 3 * len(words)


def _cv_records_part(rel: str, doc: SourceDoc, suffix: str, named: str | None, owner: str | None,
                     admitted: Collection[str] = (), base: str | None = None,
                     templates: Collection[tuple[str, str, str]] = ()) -> Part | None:
    """The CV records of a data file (or of a page's front matter) as a part: :func:`_cv_part`'s reading."""
    from ...model import Person, Profile

    # (a teaching file's group of courses under the role held in them, "- role: TA / institution: ... / courses:
    # [{name, term}]": each course a record, given the group's role and institution; elsewhere a nested list,
    # "courses:" under a degree, is not the owner's)
    nested = named == "teaching"
    records = keyed_records(doc, suffix, admitted, nested=nested)
    one = _one_record(doc) if named and not records else None
    records = [(one[0], one[1], ())] if one else records
    if suffix in (".yml", ".yaml") and any(_section_items(data) for data, _s, _k in records):
        # al-folio's _data/cv.yml: a list of sections ("- title: Education / type: time_table / contents:
        # [...]"), each section's title saying what its items are; the theme's demo CV (its owner a placeholder
        # name, "Albert Einstein") is no one's
        if any(placeholder_text(as_text(item.get("value")) or "") for data, _s, _k in records
               for item in _section_items(data) if fold(as_text(item.get("name")) or "") in ("name", "full name")):
            return None
        # (a section the owner left as the theme's demo wrote it, the rest of the file theirs: its items are no one's)
        demo = {_section_name(data) for data, _s, _k in records if _demo_section(_section_items(data))}
        records = [r for r in _section_records(doc) if not (r[2] and r[2][0] in demo)]
    # (one talk given at several places, "venues: [Polar Days '24, Hill University]": a talk at each)
    records = [(d, s, keys) for data, spans, keys in records
               for d, s in (talk_occasions(data, spans) if _record_kind(keys, named) == "talks" else [(data, spans)])]
    part = Part(rel, doc, "records")
    person = Person(name=owner or "owner")
    services: list[Service] = []
    # (a list whose titles are mostly persons' names names its people there: "- title: Ana Ruiz / description: MS
    # student at X"; a few among programmes' names, "CSE Mentoring Program" beside "Google Summer of Code", are not)
    titled = [as_text(d.get(lower_keys(d).get("title", ""))) or "" for d, _s, _k in records]
    titles = 3 * sum(name_like(md_text(t)) for t in titled if t) >= 2 * len(records) > 0
    for data, spans, keys in records:
        kind = _record_kind(keys, named)
        # (a list under a key naming grants or press, "grants: [{title, agency, year}]" in service.yml, is none of
        # the file's kind, unless its records name the owner's role there: "funding: [{name: X Review College,
        # role: Member}]", a funding panel; an awards file's grants are its awards)
        if kind in ("talks", "teaching", "service", "students") and keys \
                and section_kind(name_words(str(keys[-1]))) in ("grants", "press") \
                and not {"role", "position"} & set(lower_keys(data)):
            continue
        # (a record of a file of talks or of service names a paper or a venue as a work's does, "title, authors,
        # venue", "title: Associate Editor, venue: ..., year": a talk, a role still)
        if kind is None or kind not in ("talks", "service") and is_publication(data) \
                or kind == "talks" and _others_talk(data, owner):
            continue
        # (a department's course list, "instructor: Prof. Ana Ruiz" and no role of the owner's: another's course)
        if kind == "teaching" and _others_talk(data, owner, _COURSE_TEACHER_KEYS) \
                and not {"role", "position"} & set(lower_keys(data)):
            continue
        item, took = service_from_record(data, str(keys[-1]) if keys else None) if kind == "service" \
            else student_from_record(data, titles) if kind == "students" \
            else _CV_KINDS[kind](data, base) if kind in ("talks", "teaching") else _CV_KINDS[kind](data)
        if item is None and nested:
            for key, value in data.items():  # ("courses:" of a group whose courses are read each: their heading)
                if isinstance(value, list) and any(isinstance(x, dict) for x in value) and key in spans:
                    doc.ignore(spans[key][0])
        if item is None or kind == "students" and owner and same_name(owner, item.name):
            continue  # (a lab's list of its people that names its head, the owner, among them)
        if kind == "talks":  # ("presenter: <the owner>": who gave it, read with it)
            took = [*took, *(k for k in data if str(k).lower() in _TALK_SPEAKER_KEYS),
                    *put_talk_template_links(item, templates, data, base)]
        if kind in ("talks", "teaching", "students", "service"):
            # (a key saying again what the item read says, "event_display: Polar Days · Tromso · June 2024",
            # "year: 2024" beside "date: 2024-06": read with it)
            said = _item_words(item)
            took = [*took, *(k for k in data if k not in took and _restated(data[k], said))]
        if kind in ("awards", "talks", "teaching", "students", "service"):
            item.line, item.file = min((first for first, _last in spans.values()), default=1), rel
            if kind == "service":
                services.append(item)  # (a service role is the profile's: kept with its person below)
            else:
                getattr(part, kind).append(item)
        elif kind == "education":
            person.education.append(item)
            low = lower_keys(data)
            key = next((low[k] for k in ADVISOR_KEYS if k in low), None)
            names = data.get(key) if key else None
            for name in names if isinstance(names, list) else [names] if names else []:
                # "advisor: Ines Varga" beside a degree: who advised the owner's thesis
                if (name := md_text(as_text(name) or "").strip()) and name not in person.advisors:
                    person.advisors.append(name)
                    took = [*took, key]
            if not names:
                # "details: 'Co-advisors: A and B (University of X)'", "description: [Supervisor, Dr. Ines Varga]"
                # under a degree: the advisors its notes name (records.record_advisors reads a note of any of the
                # keys a record's prose is written under)
                from ..page.person import add_advisors, advisors_in  # (the page reader's, loaded when needed)
                from .records import record_advisors
                said, keys = record_advisors(data)
                add_advisors(person.advisors, said)
                took = [*took, *keys]
                notes = data.get(low.get("description"))
                for note in notes if isinstance(notes, list) and not said else []:
                    add_advisors(person.advisors, advisors_in(md_text(as_text(note) or "")))
        elif (degree := post_degree(data, item)) is not None:
            # ("education & experience": {company: Leiden University, description: "doctorate (PhD) in X"}): a
            # degree among the posts
            person.education.append(degree)
            took = [*took, *(k for k in data if k not in took and as_text(data[k]) and len(as_text(data[k])) <= 160)]
        else:
            person.affiliations.append(item)
            if item.current and item.role and person.job_title is None:
                person.job_title = item.role
        # (a key left empty or a flag, "host: ''", "scheduled: true", holds no data)
        settle_keys(doc, spans, took, lambda key: data.get(key) in ("", None) or isinstance(data.get(key), bool))
    if not (part.awards or person.education or person.affiliations or part.talks or part.teaching or part.students
            or services):
        return None
    mark_comments(doc)
    _settle_module(doc)
    if person.education or person.affiliations or services:
        # (a part with a profile reports its profile's unparsed lines: the file's own, or its lines no record took,
        # "chair: PC Co-Chair" beside a role read, would go unsaid)
        part.profile = Profile(person=person, service=services, unparsed=doc.unparsed())
    return part


_LOOPED = re.compile(r"\b(?:for\s+\w+\s+in|range(?:\s+sort)?)\s+\$?\.?site\.data\.([\w\-]+)")
"""A template's loop over a data file (lower-cased text): Liquid's ``for x in site.data.papers``, Hugo's ``range
.Site.Data.papers`` or ``range sort $.Site.Data.papers "date"``."""
_IMPORTED = lazy_compile(r"""\bimport\s[^;'"]*?\bfrom\s+['"][^'"]*/([\w\-.]+?)(?:\.(?:[cm]?[jt]sx?|json))?['"]""")
"""A JavaScript module's import of a site's data file (lower-cased text): the file's stem."""
_INDEXED = re.compile(r"site\.data\.([\w\-]+)\[\s*([\w.]+)\s*\]\.(\w+)")
_FOR = re.compile(r"\{%-?\s*for\s+(\w+)\s+in\s+\w+\.(\w+)")


_PEOPLE_FILES = {"authors", "author", "people", "persons", "members", "coauthors", "collaborators", "team", "names"}
_PEOPLE_ID_KEYS = ("id", "key", "slug", "handle", "username", "short")


def _people_table(data: object) -> dict[str, str]:
    """A data file's table of people by id: ``{ana: {name: Ana Ruiz}}``, ``[{id: ana, name: Ana Ruiz}]``, or
    such a list under one key (``authors: [...]``); empty when the file is no such table."""
    if isinstance(data, dict) and len(data) == 1 and isinstance(next(iter(data.values())), list):
        data = next(iter(data.values()))
    out: dict[str, str] = {}
    if isinstance(data, list):
        for item in data:
            if not isinstance(item, dict):
                return {}
            low = {str(k).lower(): v for k, v in item.items()}
            key, name = first_text(low, _PEOPLE_ID_KEYS), first_text(low, PERSON_NAME_KEYS)
            if key and name:
                out[key.strip()] = md_text(name).strip()
    elif isinstance(data, dict):
        for key, item in data.items():
            low = {str(k).lower(): v for k, v in item.items()} if isinstance(item, dict) else {}
            name = first_text(low, PERSON_NAME_KEYS)
            if name:
                out[str(key).strip()] = md_text(name).strip()
    return {k: v for k, v in out.items() if _ID.fullmatch(k) and v}


_IMPORTED_TABLE = lazy_compile(r"""\bimport\s+\w+\s+from\s+['"](\.{1,2}/[^'"]+\.(?:json|ya?ml))['"]""")
"""A module's import of a data file by its relative path (``import people from './people.json'``)."""


def site_people(root: Path, texts: dict[Path, str]) -> dict[str, str]:
    """The site's table of people by id, which records name their authors by (Hugo's ``data/authors.yaml``
    that a shortcode joins ``authors="ana,li"`` with, Jekyll's ``_data/people.yml``): the tables of the data
    folders' files named for people or that a template reads (``.Site.Data.coauthors``), id -> name."""
    out: dict[str, str] = {}
    # (a table named for people that a module of the site imports: "import people from './people.json'" in a
    # Gatsby component, whatever folder it is kept in)
    imported = sorted({(path.parent / m.group(1)).resolve() for path, text in texts.items() if "import" in text
                       for m in _IMPORTED_TABLE.finditer(text)})
    imported = [p for p in imported if p.is_relative_to(root.resolve()) and p.stem.lower() in _PEOPLE_FILES]
    for folder in ("data", "_data", None):
        here = root / folder if folder else None
        paths = (sorted(here.iterdir()) if here.is_dir() else ()) if here is not None else imported
        for path in paths:
            stem = path.stem.lower()
            if not path.is_file() or path.suffix.lower() not in DATA_FILE_SUFFIXES or (
                    stem not in _PEOPLE_FILES and not any(f"site.data.{stem}" in t for t in texts.values())):
                continue
            import tomllib

            import yaml

            try:
                text = read_file(root, path).text
            except (SourceError, OSError, ValueError, RecursionError):
                continue
            # (a file's table read once an import, kept in READ_ONCE by its path and text: the site's record
            # readers ask for the people twice, and a data file a template reads may be its 60 KB of papers)
            memo, once = READ_ONCE.get(), ("people_table", str(path), text)
            if memo is not None and once in memo:
                table = memo[once]
            else:
                try:
                    data = tomllib.loads(text) if path.suffix.lower() == ".toml" else yaml.safe_load(text)
                except (yaml.YAMLError, ValueError, RecursionError):
                    table = None  # (a data file that does not parse is no table)
                else:
                    table = _people_table(data)
                if memo is not None:
                    memo[once] = table
            for key, name in (table or {}).items():
                out.setdefault(key, name)
    return out


def _lookup_tables(texts: dict[Path, str]) -> set[str]:
    """The data tables (lower-cased names) a template looks a record's field up in, by key
    (``{{ site.data.journals[paper.journal].title }}``): a table of the journals or people the works name, no
    list of works of its own (its records are a title and an address)."""
    return {m.group(1).lower() for text in texts.values() if "site.data." in text for m in _INDEXED.finditer(text)}


def _lookups(root: Path, texts: dict[Path, str]) -> dict[str, dict[str, str]]:
    """The record fields a site's templates look up in a data table (``{{ site.data.journals[paper.journal].title
    }}``, or ``site.data.authors[author].name`` in a loop over ``paper.authors``): field -> {key: value}; and
    under ``_PEOPLE`` the site's table of people by id (:func:`site_people`)."""
    out: dict[str, dict[str, str]] = {}
    people = site_people(root, texts)
    if people:
        out[_PEOPLE] = people
    for text in texts.values():
        if "site.data." not in text:
            continue
        loops = {m.group(1): m.group(2) for m in _FOR.finditer(text)}
        for m in _INDEXED.finditer(text):
            table, index, attr = m.groups()
            field = index.split(".", 1)[1] if "." in index else loops.get(index)
            path = next((root / "_data" / f"{table}{s}" for s in YAML_SUFFIXES
                         if (root / "_data" / f"{table}{s}").is_file()), None)
            if not field or path is None or field in out:
                continue
            try:
                import yaml

                data = yaml.safe_load(read_file(root, path).text)
            except (SourceError, yaml.YAMLError, ValueError):
                continue
            if isinstance(data, dict):
                values = {str(k): md_text(as_text(v.get(attr)) or "").strip() for k, v in data.items()
                          if isinstance(v, dict) and as_text(v.get(attr))}
                if values:
                    out[field.lower()] = values
    return out


RECORD_FORMATS = ("jekyll-data", "records", "records-item")
"""The formats of parts read from data files: a site with one has said which data it shows."""


_SHORTCODE = lazy_compile(r"\{\{([<%])-?\s*([\w\-/]+)((?:\s+[\w\-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|`[^`]*`))+)\s*/?-?[>%]\}\}")
_PARAM = re.compile(r"([\w\-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`)")
"""A Hugo shortcode called with named parameters (``{{< pubitem title="..." authors="..." venue="..." >}}``), and
one of its parameters."""
_BIBTEX_BODY = re.compile(r"^\s*@\w+\s*[{(]")


def _shortcode_body(text: str, m: re.Match) -> tuple[int, int] | None:
    """The offsets of what a paired shortcode call encloses (``{{< pub ... >}}BODY{{< /pub >}}``), when the call
    is closed before the next call opens; None for a call that encloses nothing."""
    close = re.compile(r"\{\{" + re.escape(m.group(1)) + r"-?\s*/" + re.escape(m.group(2)) + r"\s*-?[>%]\}\}")
    end = close.search(text, m.end())
    nxt = _SHORTCODE.search(text, m.end())
    if end is None or (nxt is not None and nxt.start() < end.start()):
        return None
    return m.end(), end.end()


def _shortcode_part(root: Path, path: Path, base: str | None, lookups: dict[str, dict[str, str]],
                    read: bool = False) -> Part | None:
    """A page listing its works as shortcode calls whose named parameters are one work's record each (a Hugo
    theme's ``pubitem``/``publication`` shortcode), as a part; None when fewer than two calls are works. The
    braces a site sets around the owner's name among the authors (``{Ana Ruiz}, Li Wei``) are its highlight.
    What a paired call encloses is the work's: its abstract, or its BibTeX entry. ``read``: the page was read
    by a page reader, which says what its other lines hold (only the calls' lines are this part's)."""
    doc = read_file(root, path)
    part = Part(rel_path(root, path), doc, "records")
    calls: set[int] = set()
    for m in _SHORTCODE.finditer(doc.text):
        first = doc.text.count("\n", 0, m.start()) + 1
        data, spans = {}, {}
        for p in _PARAM.finditer(m.group(3)):
            value = next(v for v in p.groups()[1:] if v is not None)
            line = first + doc.text.count("\n", m.start(), m.start(3) + p.start())
            data[p.group(1)], spans[p.group(1)] = value, (line, line + value.count("\n"))
        if not is_publication(data):
            continue
        norm, spelled = _normalized(data)
        for key in ("authors", "author"):
            if isinstance(norm.get(key), str):
                norm[key] = re.sub(r"\{([^{}]+)\}", r"\1", norm[key])
        pub = _read_record(norm, spelled, spans, doc, lookups, base)
        if pub is None:
            continue
        pub.line, pub.file = first, part.rel
        part.publications.append(pub)
        last = doc.text.count("\n", 0, m.end()) + 1
        doc.use(first, last)
        body = _shortcode_body(doc.text, m)
        if body is not None:
            inner = doc.text[body[0]:body[1]]
            inner = inner[:inner.rfind("{{")].strip()
            if inner and not _BIBTEX_BODY.match(inner) and not pub.abstract:
                pub.abstract = md_text(inner).strip() or None
            last = doc.text.count("\n", 0, body[1]) + 1
            doc.use(first, last)
        calls.update(range(first, last + 1))
    if len(part.publications) < 2:
        return None
    if read:
        doc.ignore(1, len(doc.lines))
        doc.ignored -= calls
    doc.sections[1] = "publications"
    return part


def _lists_works(doc: SourceDoc) -> bool:
    """Whether a data file of the whole CV (YAML or JSON) has a top-level key naming works (``publications:``) over a
    list or a mapping of lists, beside its other sections; not al-folio's ``cv.yml`` (a list of sections)."""
    try:
        data, _spans = load_data_file(doc)
    except (SourceError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and any(section_kind(name_words(str(k))) == "publications"
                                          and isinstance(v, (list, dict)) for k, v in data.items())


_TOP_LIST_KEY = re.compile(r"([A-Za-z][\w -]{0,40}):\s*(?:\[.*|#.*)?$")
"""A front matter's top-level key opening a list: its value on the lines below (``articles:`` over its list) or in
brackets (``articles: [...]``)."""


def _front_matter_works(root: Path, path: Path, base: str | None, lookups: dict[str, dict[str, str]],
                        subtitle_sep: str = ": ") -> Part | None:
    """A page whose front matter lists the owner's works under a key naming them (``articles: [{title, venue,
    authors}]``, ``publications: [...]``), which its template writes out (the page's body may hold none): two
    works or more, each read as a data file's record is (:func:`_read_record`), on the page's own lines; None
    otherwise. Lists under other keys (``courses:``, ``social:``) are not read here."""
    page_doc = read_file(root, path)
    span = front_matter_span(page_doc.text)
    if span is None or not page_doc.text.startswith("---"):
        return None
    lines, end = page_doc.text.split("\n"), span[1] - 1
    if not any((top := _TOP_LIST_KEY.match(line)) and section_kind(name_words(top.group(1))) == "publications"
               for line in lines[1:end]):
        return None  # (no top-level key naming works opens a list: most pages, left without a YAML parse)
    # the front matter alone, each line where the page has it (the rest blank)
    text = "\n".join(["", *lines[1:end], *[""] * (len(lines) - end)])
    doc = SourceDoc(path=page_doc.path, text=text, display=page_doc.display)
    try:
        records = yaml_records(doc)
    except (SourceError, ValueError, RecursionError):
        return None
    works = [(d, sp) for d, sp, k in records if k and section_kind(name_words(k[0])) == "publications"
             and is_publication(d) and not template_publication(d) and not not_a_paper(d, k)]
    if len(works) < 2:
        return None
    part = Part(rel_path(root, path), doc, "records")
    for data, spans in works:
        norm, spelled = _normalized(data)
        pub = _read_record(norm, spelled, spans, doc, lookups, base, subtitle_sep)
        if pub is None:
            continue
        pub.line, pub.file = min((first for first, _ in spans.values()), default=1), part.rel
        part.publications.append(pub)
    if len(part.publications) < 2:
        return None
    # (the page's other lines are its page reader's, the front matter's other keys as that reader left them)
    doc.ignore(1, len(doc.lines))
    doc.ignored -= doc.used
    doc.sections[1] = "publications"
    return part


def _named_legend(name: str, texts: dict[Path, str], written: dict[Path, str]) -> dict[str, str] | None:
    """The marks a template or component of the site that names ``name`` (a data file's, lower case) explains
    ("Students I mentored are marked with †" over a list a Gatsby component queries as allPublicationsJson);
    ``texts``: the site's texts in lower case, ``written``: as written."""
    return next((found for p, text in texts.items() if name in text and re.search(MARK_CLASS, text)
                 for found in [text_legend(written[p].split("\n"))] if found), None)


def record_parts(root: Path, taken: set[str], base: str | None = None, owner: str | None = None,
                 named_only: bool = False, work_pages: Collection[str] = (),
                 read_pages: Collection[str] = (), admitted: dict[str, frozenset[str]] | None = None) -> list[Part]:
    """The parts of the site's files holding publication records that no family reader took (``taken``: the
    files already read, relative to ``root``); ``owner``: whom the site is about, when known. ``named_only``:
    the site's data the family read already says which data the site shows, so only files another file
    names are read. ``work_pages``: the pages the family read one work from each (their folder's data files
    are what they were made from, not read). ``read_pages``: pages a page reader took and read no work from,
    whose works may be shortcode calls (a part of those calls' lines only). ``admitted``: by file, the stand-in
    bindings of its module read as its own (:func:`stand_ins`)."""
    admitted = admitted or {}
    data, folders, text_files = site_files(root, taken)
    made_from = set()
    for page in work_pages:
        folder = page.rsplit("/", 1)[0] if "/" in page else ""
        made_from.add(folder)
        if page.rsplit("/", 1)[-1].lower().startswith(("index.", "_index.")) and "/" in folder:
            made_from.add(folder.rsplit("/", 1)[0])  # a page bundle: "<collection>/<paper>/index.md"
    data = [p for p in data if (rel_path(root, p).rsplit("/", 1)[0] if "/" in rel_path(root, p) else "")
            not in made_from]
    written = site_texts(text_files)
    texts = {path: text.lower() for path, text in written.items()}
    lookups = _lookups(root, texts)
    # what the site's loops and listings show of each data file (their filters need the text as written)
    listings = site_listings(root, {p: text for p, text in written.items() if may_list(text)})
    # the data files a template loops over ("{% for paper in site.data.chapters %}", "range .Site.Data.papers"):
    # the site shows them as lists, one record or many
    looped = {m for text in texts.values() if "site.data." in text for m in _LOOPED.findall(text)}
    # a module a component imports ("import pubs from '../data/publications'"): the component maps over it
    looped |= {m for text in texts.values() if "import" in text for m in _IMPORTED.findall(text)}
    # a table the templates only look keys up in, never loop over: what the works' fields name, not works
    tables = _lookup_tables(texts) - looped
    subtitle_sep = subtitle_separator("\n".join(t for t in texts.values() if "subtitle" in t))
    # the keys a page's GraphQL query asks of each data source and a component prints as a work's title or venue
    # ("allPublicationsJson { shorttitle place }", "<h2 className='cardTitle'>{props.shorttitle}</h2>")
    printed_as = queried_record_keys(t for p, t in written.items() if p.suffix.lower() in JS_SUFFIXES)
    # the keys the site's templates write alone as a link's address ("href='{{ pub.slide_url }}'"), for the works
    # of a collection
    printed = frozenset().union(*(printed_link_keys(t) for t in texts.values() if "href" in t)) if folders else frozenset()
    # the fields of each data file a template's loop writes alone as a link's address ("href='{{ p.bibtex }}'")
    # and the links it writes out of a record's fields, by their labels ("<a href='{{ p.internal_url }}'>Open
    # project</a>")
    linked: dict[str, frozenset[str]] = {}
    templated: dict[str, list[tuple[str, str, str]]] = {}
    for text in written.values():
        for name in {m.group("name").lower() for m in DATA_LOOP.finditer(text)} if "site.data." in text else ():
            made, alone = template_links(text, name, RECORD_KEYS.links)
            linked[name] = linked.get(name, frozenset()) | alone
            templated[name] = [*templated.get(name, []), *(t for t in made if t not in templated.get(name, []))]
    found: list[tuple[str, set[Path], list[Part]]] = []
    no_list: dict[Path, list[Path]] = {}
    one_bibs: dict[Path, list[Part]] = {}
    cv: list[Part] = []
    for path in data:
        try:
            if path.stat().st_size > _MAX_BYTES:
                continue
            own = admitted.get(rel_path(root, path), frozenset())
            part = _cv_part(root, path, owner, own, base, templated.get(path.stem.lower(), ())) \
                if path.suffix.lower() != ".bib" else None
            if part is not None:
                cv.append(part)
                if path.suffix.lower() not in JS_SUFFIXES and not _lists_works(part.doc):
                    continue
                # a module of the site's every list (mockData.js: "experienceData", "aboutTimeline" and
                # "publicationsData"), or a data file of the whole CV whose top-level key names works (cv.yaml's
                # "publications: {refereed_proceedings: [...]}"): its degrees and positions are the CV's, its works
                # are read as a works file's
            if path.parent.name.lower() == "_data" and path.stem.lower() in tables:
                continue
            # (a file named for the list of works, "publications.yml", the Allan lab template's "publist.yml", is
            # the site's list, one record or many, whether or not a page of the snapshot loops over it)
            as_list = path.stem.lower() in looped or name_kind(path) == "publications" \
                or re.fullmatch(r"pub(?:lication)?s?[_-]?list", path.stem.lower()) is not None
            # (the marks a template that names the file explains, looked for once the file is known to hold works)
            part = _data_part(root, path, base, lookups, owner, as_list, subtitle_sep, listings.get(path.resolve(), ()),
                              linked.get(path.stem.lower(), frozenset()),
                              lambda: _named_legend(path.stem.lower(), texts, written),
                              templated.get(path.stem.lower(), ()), printed_as.get(path.stem.lower()), own)
        except (SourceError, OSError, UnicodeDecodeError):
            continue
        if part is not None:
            part.fills_only = part.format == "bibtex" and not _bib_drawn(path, texts)
            found.append((path.stem, {path}, [part]))
        elif cv and cv[-1].rel == rel_path(root, path):
            pass  # (a module of the owner's degrees and positions, and no works)
        elif path.suffix.lower() in (*YAML_SUFFIXES, *JS_SUFFIXES):
            no_list.setdefault(path.parent, []).append(path)
        elif path.suffix.lower() == ".bib":
            one = _one_entry_bib(root, path, owner, base)
            if one is not None:
                one_bibs.setdefault(path.parent, []).append(one)
    for group in _bib_groups(one_bibs):
        # a folder of BibTeX files holding one work each ("papers/<key>.bib", "publications/<key>/cite.bib", which
        # a script fetches one by one): together one list, as one file of them all would be
        pubs = [p for part in group for p in part.publications]
        if owner and 2 * sum(any(a.is_self for a in p.authors) for p in pubs) < len(pubs) \
                or not owner and records_owner(pubs) is None:
            continue  # (the papers a page cites, one file each: not the owner's list)
        for part in group:
            part.fills_only = not _bib_drawn(root / part.rel, texts, one_work=True)
        found.append((group[0].rel.split("/")[0], {root / part.rel for part in group}, group))

    def listed(folder: Path, parts: list) -> None:
        if parts:  # (a folder's list of works, by the folder's name)
            found.append((folder.name.lstrip("_"), {root / p.rel for p in parts}, parts))

    # (a site's root and its data folder itself hold files of every kind: a folder of its own is one list)
    own = [f for f in no_list if f != root and f.name.lower() not in ("_data", "data")]
    siblings = Counter(f.parent for f in own if f.parent != root and f.parent.name.lower() not in ("_data", "data")
                       and not _other_folder(f.name))
    by_parent: dict[Path, list[Path]] = {}
    for folder in own:
        if siblings[folder.parent] >= 2 and not _other_folder(folder.name):
            # one work a file, in a folder for each kind of work ("publications/books/<key>.ts"): the kinds'
            # folders are one list, however few works each holds
            by_parent.setdefault(folder.parent, []).extend(no_list[folder])
            continue
        if len(no_list[folder]) >= 2:
            listed(folder, _record_file_folder(root, no_list[folder], base, lookups, subtitle_sep, owner=owner,
                                               printed=printed_as.get(folder.name.lower())))
    for folder, paths in by_parent.items():
        listed(folder, _record_file_folder(root, paths, base, lookups, subtitle_sep, folder, owner,
                                           printed_as.get(folder.name.lower())))
    for folder in folders:
        if _other_folder(folder.name):
            continue  # ("_code/": a collection of the owner's software, each item with a date and a "venue: Python")
        name = folder.name.lstrip("_").lower()
        # a collection a page of the site loops over ("{% for post in site.workingpapers %}"): the site shows it as
        # a list, however few documents it holds
        # (or assigns it to a name the loop then takes, sorted or not: "{% assign papers = site.research | sort:
        # 'date' | reverse %}{% for p in papers %}")
        shown = bool(name) and any(re.search(rf"\b(?:for\s+\w+\s+in\s+|assign\s+\w+\s*=\s*)site\.{re.escape(name)}\b",
                                             text)
                                   for text in texts.values() if f"site.{name}" in text)
        parts = record_collection(root, folder, base, lookups, owner, shown, printed)
        if not parts:
            cv += _positions_collection(root, folder, owner)
        listed(folder, parts)
    named = [f for f in found if _named(f[0], texts, f[1])]
    out = [p for _name, _own, parts in (named or ([] if named_only else found)) for p in parts] + cv
    for path in texts:
        # a page's works written as shortcode calls: shown where they are written
        rel = rel_path(root, path)
        if path.suffix.lower() in RECORD_PAGE_SUFFIXES and (rel not in taken or rel in read_pages) \
                and "{{" in texts[path] and "title=" in texts[path]:
            try:
                part = _shortcode_part(root, path, base, lookups, read=rel in taken)
            except (SourceError, OSError, UnicodeDecodeError):
                continue
            if part is not None:
                out.append(part)
        if path.suffix.lower() in RECORD_PAGE_SUFFIXES and (rel not in taken or rel in read_pages) \
                and texts[path].startswith("---") and "title:" in texts[path]:
            # a page's works listed in its front matter ("articles: [{title, venue, authors}]"), its template's
            try:
                part = _front_matter_works(root, path, base, lookups, subtitle_sep)
            except (SourceError, OSError, UnicodeDecodeError):
                continue
            if part is not None:
                out.append(part)
    # a BibTeX file last: a site's own data list it was made into (a script's JSON) is the list the site shows,
    # the BibTeX file fills in what that lacks
    return [p for p in out if p.format != "bibtex"] + [p for p in out if p.format == "bibtex"]


_STAND_IN_WORD = lazy_compile(rf"\b(?:{STAND_IN_NAME.pattern})")
"""A word of a module's text that may name a stand-in binding (:data:`~.js_data.STAND_IN_NAME`): the modules
:func:`stand_ins` parses."""


def stand_ins(root: Path, taken: set[str], parts: Sequence[Part]) -> tuple[list[Unparsed], dict[str, frozenset[str]]]:
    """What the records reader does with the stand-in bindings (:func:`~.js_data.stand_in_bindings`) of the site's
    data modules not read yet (``taken``, as :func:`record_parts` is given it), given the site's ``parts`` read
    so far: a binding is set aside, as one ``skipped`` note at its first line (not its every line unread), when its
    name says its records are made up (``mockPublications``: :data:`~.js_data.INVENTED_NAME`), when most of its
    records are a template's samples (``"authors": "I. Author, J. Author"``, ``"doi": "10.1021/jpcl.xxxxx"``,
    a slot titled "Honors & Awards": :func:`_sample`), or when the site has another source of that list (a
    ``fallback*`` copy the page shows only when it cannot fetch its ``publications.json``, which the reader read);
    otherwise it
    is the owner's only copy of the list (a React site's ``fallbackEducation``, shown when its API is down) and
    is admitted: the second value, by file, the bindings :func:`record_parts` reads as the module's own."""
    notes: list[Unparsed] = []
    admitted: dict[str, frozenset[str]] = {}
    for path in site_files(root, taken)[0]:
        if path.suffix.lower() not in JS_SUFFIXES:
            continue
        try:
            if path.stat().st_size > _MAX_BYTES or not _STAND_IN_WORD.search(
                    path.read_text(encoding="utf-8", errors="replace")):
                continue
            doc = read_file(root, path)
        except (SourceError, OSError, UnicodeDecodeError):
            continue
        module = _js_module(doc)
        rel = rel_path(root, path)
        for b, records in stand_in_bindings(module) if module is not None else ():
            why = ("its name says it is made up" if INVENTED_NAME.match(b.name)
                   else "a template's sample" if 2 * sum(map(_sample, records)) > len(records)
                   else "the site reads this list from another file" if _listed_elsewhere(b.name, records, parts)
                   else None)
            if why is None:
                admitted[rel] = admitted.get(rel, frozenset()) | {b.name}
            else:
                notes.append(Unparsed(line=b.line, text=f"{b.name}: a stand-in for the site's data ({why}), not read",
                                      file=rel, section="skipped"))
    return notes, admitted


def _sample(record: dict) -> bool:
    """A stand-in's record that is a template's: a sample work (:func:`~.records.template_publication`), one whose
    DOI is the slot's x's (``10.1021/jpcl.xxxxx``) or that is tagged the template's ("Template", "Replace me"), or a
    slot titled with its list's heading ("title": "Honors & Awards", "summary": "Add awards ... in
    honors-awards.md"). (The DOI and tags say a sample only in a stand-in: an owner's own record may hold a DOI not
    yet given, "10.1109/TPAMI.2023.XXXXXXX", or a paper on template synthesis be tagged "template".)"""
    title = record.get("title")
    lowered = {str(k).lower(): v for k, v in record.items()}
    doi = as_text(lowered.get("doi")) or ""
    tags = lowered.get("tags")
    tags = [as_text(t) or "" for t in tags] if isinstance(tags, list) else re.split(r"\s*[,;]\s*", as_text(tags) or "")
    return template_publication(record) or isinstance(title, str) and section_kind(title, exact=True) is not None \
        or bool(doi) and placeholder_id(doi.rstrip("/").rsplit("/", 1)[-1]) \
        or any(t.strip().lower() in ("template", "replace me") for t in tags)


def _listed_elsewhere(name: str, records: list[dict], parts: Sequence[Part]) -> bool:
    """Whether the site's ``parts`` hold the list a stand-in binding named ``name`` stands in for: the kind its
    name says after the stand-in word (``fallbackPublications``, ``FALLBACK_EDUCATION``), else works when its records
    are works; a binding of no kind (``fallbackData``) stands in for whatever list the site read."""
    kind = section_kind(name_words(STAND_IN_PREFIX.sub("", name)))
    if kind is None and records and 2 * sum(map(is_publication, records)) > len(records):
        kind = "publications"

    def held(part: Part, kind: str) -> bool:
        profile = part.profile
        attribute = {"experience": "affiliations"}.get(kind, kind)
        return bool(getattr(part, attribute, None) or profile is not None and (
            getattr(profile, attribute, None) or getattr(profile.person, attribute, None)))

    if kind is None:
        return any(held(p, k) for p in parts for k in ("publications", "education", "awards", "experience"))
    return any(held(p, kind) for p in parts)


def site_records_owner(root: Path, base: str | None = None, texts: list[str] = ()) -> str | None:
    """Who a site is about by its publication records (:func:`records_owner` of :func:`record_parts`), for a
    site whose pages name nobody."""
    return records_owner([p for part in record_parts(root, set(), base) for p in part.publications], texts)


def records_owner(pubs: list[Publication], texts: list[str] = ()) -> str | None:
    """Who a site's records are about: the author on most of them (at least half, and two), or the one they
    highlight on at least half of them and two (``"Bo Roe, <b>Ann Lee</b>"``), as fully as the site writes the name.

    >>> from kg.model import Author
    >>> pubs = [Publication(title=t, authors=[Author(name=a), Author(name="Ada Lind")]) for t, a in (("X", "B. Cruz"),
    ...         ("Y", "D. Eze"))]
    >>> records_owner(pubs)
    'Ada Lind'
    >>> records_owner([Publication(title=t, authors=[Author(name="Lind, Ada")]) for t in "XY"])
    'Ada Lind'
    """
    spellings = top_author((p.authors for p in pubs), 0.5, by_mark=True)
    # (a reference manager's export writes every author "Family, Given": the owner's name is "Given Family")
    return uninvert_name(fullest_form([work[0] for work in spellings], texts)) if spellings else None

__all__ = ["RECORD_KEYS", "file_records", "record_parts", "records_owner"]
