"""Any site folder, read by the readers every family shares: the last reader a folder goes to.

Takes a folder that no family reader could read (the Hugo reader found no author page and no home page, the
Jekyll reader no owner, or no family recognised it); gives one profile of what the shared readers find: the
publication records of its data files (:func:`~.record_files.record_parts`: YAML, JSON and CSV lists, a folder
of one-record files, BibTeX files), its pages read by the page reader, and the owner named by ``--owner``, the
site's configuration (``author``, ``params.author``, ``title`` when it is a person's name), the pages, or the
author on most of the records (an owner inferred from the records or the pages is said in one ``unparsed``
note). Raises :class:`~kg.errors.SourceError` saying what it looked for when it finds
neither an owner nor a record.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import SourceError
from ...model import Affiliation, Person, Profile, Unparsed
from ..base import HTML_SUFFIXES, ImportOptions
from ..common import INSTITUTION_STRONG, JOB_WORDS, fold, read_position, same_name
from .assemble import Part, assemble, merge_same_person
from .files import MARKUP_SUFFIXES, backup_reason, not_a_page, page_files, read_or_blank, section_index, site_configs
from .owner import config_people, fullest_form, named_owner, site_owner

_PAGE_FOLDERS = ("", "content", "_pages", "pages", "docs", "src/pages", "src/content")
_MAX_PAGES = 20
_CONTACT = re.compile(r"(?i)contact|imprint|impressum|privacy")


_PY_CONFIGS = ("conf.py", "pelicanconf.py")


def _configs(root: Path) -> list[tuple[Path, object, dict, dict]]:
    """The site's configurations (:func:`~.files.site_configs`), then its Python configuration's string settings
    (``conf.py``: Nikola's, a site no family reads) under the keys the others use
    (:data:`~.generators.PYTHON_CONFIG_KEYS`), then the data files of settings in its data folders
    (:func:`~.files.js_configs`). Gathered once an import (kept in :data:`~kg.importers.base.READ_ONCE`: the
    owner's name, particulars and the site's address ask for them); the askers only read them."""
    from ..base import READ_ONCE
    from .files import js_configs
    from .generators import python_config
    from .js_data import owner_as_author

    memo = READ_ONCE.get()
    if memo is not None and ("site configs", root) in memo:
        return memo["site configs", root]
    out: list[tuple[Path, object, dict, dict]] = list(site_configs(root))
    for name in _PY_CONFIGS:
        doc, data, _lines = python_config(root, root / name) if (root / name).is_file() else (None, {}, {})
        if doc is not None and data:
            out.append((root / name, doc, data, {}))
    # (a theme's data/config.json holding "author" and "email", as its templates read them)
    out += [(path, doc, *owner_as_author(data, spans))
            for path, doc, data, spans in site_configs(root, js_configs(root, data_settings=True))
            if isinstance(data, dict)]
    if memo is not None:
        memo["site configs", root] = out
    return out


def config_names(root: Path) -> list[str]:
    """The people a site's configuration names (``author: {name: ...}``, ``[params] author = "..."``, a title
    that is a person's name), surest first, each once.

    >>> config_names(Path("tests/fixtures/sites/al-folio"))[:1]  # doctest: +SKIP
    ['Ana Ruiz']
    """
    names: list[str] = []
    for _path, _doc, data, _spans in _configs(root):
        names += [name for name, _key in config_people(data) if not any(same_name(name, n) for n in names)]
    return names


_ABOUT_KEYS = ("bio", "info", "description", "about", "subtitle", "tagline")
_JOB_KEYS = ("jobtitle", "job_title", "job", "position", "role", "occupation", "title")
_ORG_KEYS = ("institute", "institution", "affiliation", "organization", "organisation", "employer", "company",
             "university")
"""The keys of an object about the owner (``author: {name, jobTitle, institution}``, astro-academia's
``profile: {fullName, title, institute}``) that give their position and where they hold it."""
_CONFIG_JOB_KEYS = tuple(k for k in _JOB_KEYS if k not in ("job", "role", "title"))
_CONFIG_ORG_KEYS = ("affiliation", "institution", "university")  # (of _ORG_KEYS, in the order a configuration means)
"""Those of the keys above at the top of a configuration with no author block (Jekyll's ``affiliation: X
University``, ``position: Lecturer``), where ``title`` is the site's, a bare ``job`` or ``role`` may be anything, and
an ``organization`` may be whoever publishes it; ``affiliation`` first (a configuration's own word for the owner's)."""


def _job_org(data: dict, job_keys: tuple[str, ...], org_keys: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The position (under one of ``job_keys``) and organisation (``org_keys``) a mapping about the owner gives,
    each short and plain text."""
    from .fields import as_text, md_text, misspelt_key

    def first(keys: tuple[str, ...]) -> str | None:
        return next((t for k in keys for key, v in data.items()
                     if k in (str(key).lower(), misspelt_key(str(key).lower(), (k,)))
                     for t in [as_text(v)] if t and len(t) < 120), None)

    job, org = first(job_keys), first(org_keys)
    placed = read_position(md_text(job)) if job and not org else None
    if placed:
        job, org = placed  # ("role: Research Engineer at X Lab", "Research Engineer · X Lab": the role at its place)
    if job and not org:
        # "jobTitle: Data Curator" beside "position: 'Historian | Data Curator, Tarn University'": the role's place
        # where another of the keys writes the role, a comma and a school's name
        for key, v in data.items():
            if str(key).lower() in job_keys and (text := as_text(v)) and len(text) < 200:
                for seg in re.split(r"\s+[|·]\s+", md_text(text)):
                    role, _comma, where = seg.rpartition(", ")
                    if role and fold(role) == fold(job) and INSTITUTION_STRONG.search(where) and "," not in where:
                        org = where.strip()
    job = md_text(job) if job and len(job.split()) <= 10 and not re.search(r"https?:|[|@]", job) else None
    org = md_text(org) if org and not re.search(r"https?:|@", org) else None
    return job, org


_CONTACT_BLOCKS = ("info", "contact", "contacts")
"""The keys of a block of the owner's contact settings inside a configuration's scope (``info: {email: ...}``)."""


_TIMELINE_KEYS = ("timeline", "career", "cv")
"""The keys of a site's settings that list the owner's career, posts and degrees in one list (``timeline: [{when:
2020-2024, what: "PhD, X University, City"}, ...]``)."""


def _timeline_degree(item: object):
    """The degree one item of the owner's career list states (``what: "PhD, X University, City"`` beside ``when:
    2020-2024``: a PhD there, 2024), read as the page reader reads a degree's line; None for a post held."""
    from ..page.person import education_from
    from .fields import as_text

    if not isinstance(item, dict):
        return None
    texts = [t for v in item.values() if (t := as_text(v)) and len(t) <= 120]
    try:
        return education_from(", ".join(texts)) if texts else None
    except ValueError:
        return None


def config_person(root: Path, name: str, base: str | None) -> Person:
    """What the site's configuration says of its owner ``name``: the profile links of its social lists
    (``[[params.social]] url = ...``, ``social: {github: jdoe}``), its profile settings and email under their own
    keys (``github: jdoe``, ``scholar: Y0HIltkAAAAJ``, ``email: ...``) and the job and affiliation its one-line
    description gives (``info = "Research scientist at the Lowmoor Institute"``), read by the page reader."""
    from ..common import profile_setting
    from .fields import SOCIAL_KEYS, apply_social, as_text, md_text, name_words
    from .markdown_site import menu_person, nav_hrefs
    from .pages import merge_prose, prose_person

    person = Person(name=name)
    from .js_data import JS_SUFFIXES

    for path, doc, data, _spans in _configs(root):
        # (a JavaScript configuration's top-level description is the site's, for search engines: "Website of ...")
        described = path.suffix.lower() not in JS_SUFFIXES
        scopes = [data, *(data[k] for k in ("params", "author", "extra") if isinstance(data.get(k), dict))]
        if isinstance(data.get("params"), dict) and isinstance(data["params"].get("author"), dict):
            scopes.append(data["params"]["author"])
        # (the owner's contact block inside one: Gatsby's "siteMetadata: {info: {email: ...}}")
        scopes += [v for scope in list(scopes) for k, v in scope.items()
                   if str(k).lower() in _CONTACT_BLOCKS and isinstance(v, dict)]
        about: list[str] = []
        author = data.get("author")
        if not isinstance(author, dict):
            # Zola's "[extra]" (a theme's "params") naming the owner ("name = ...", "role = ...", "organization =
            # ..."): the block about them, as an author block is
            author = next((data[k] for k in ("extra", "params") if isinstance(data.get(k), dict)
                           and same_name(as_text(data[k].get("name")) or "", name)), author)
        # the owner's position and organisation under their own keys, read as the line "Job at Org": those of the
        # author block, else the configuration's own (Jekyll's "affiliation: X University", "position: ...", where
        # "title" is the site's)
        if isinstance(author, dict):
            job, org = _job_org(author, _JOB_KEYS, _ORG_KEYS)
        else:
            job, org = _job_org(data, _CONFIG_JOB_KEYS, _CONFIG_ORG_KEYS) if described else (None, None)
            job = job if job and JOB_WORDS.search(job) else None
        if org or isinstance(author, dict):
            person.job_title = person.job_title or job
            if org and not any(same_name(a.name, org) or a.name == org for a in person.affiliations):
                person.affiliations.append(Affiliation(name=org, role=job, current=True))
        for scope in scopes:
            for key, value in scope.items():
                low = str(key).lower()
                if low in SOCIAL_KEYS:  # a list of icon links, or a mapping of profile settings
                    apply_social(person, "links", value, base)
                elif profile_setting(low) or low == "email":
                    # a profile setting on its own ("github: ann-lee", "scholar: Y0HIltkAAAAJ", "email: ...",
                    # "githubURL: https://github.com/ann-lee")
                    apply_social(person, low, value, base)
                elif (name_words(str(key)).lower().split() or [""])[-1] in _TIMELINE_KEYS and isinstance(value, list):
                    # ("timeline: [...]", "aboutTimeline: [...]": the list's name, its last word saying what it is)
                    for ed in filter(None, map(_timeline_degree, value)):
                        if not any(same_name(e.institution, ed.institution) for e in person.education):
                            person.education.append(ed)
                elif low in _ABOUT_KEYS and scope is not data or low == "description" and described:
                    texts = value if isinstance(value, list) else [value]
                    about += [md_text(t) for t in map(as_text, texts) if t]
        # the profile links and address the site's navbar and footer show on every page (Docusaurus'
        # "themeConfig: {navbar: {items: [{href: ...}]}, footer: {links: [{items: [...]}]}}")
        menu_person(person, nav_hrefs(_chrome_blocks(data), keys=("href", "url", "link")), base)
        if about:
            merge_prose(person, prose_person(doc, name, about[:2]))
    return person


_CHROME_KEYS = ("navbar", "footer")


def _chrome_blocks(node: object, depth: int = 0) -> list:
    """The values of a configuration's ``navbar`` and ``footer`` settings, at any depth down to three."""
    if not isinstance(node, dict) or depth > 3:
        return []
    return [v for k, v in node.items() if str(k).lower() in _CHROME_KEYS] + [
        b for k, v in node.items() if str(k).lower() not in _CHROME_KEYS for b in _chrome_blocks(v, depth + 1)]


def config_url(root: Path) -> str | None:
    """Where the site is published, as its configuration says (Hugo's ``baseURL``, Jekyll's ``url``, MkDocs'
    ``site_url``, Nikola's ``SITE_URL``)."""
    for _path, _doc, data, _spans in _configs(root):
        for key in ("baseURL", "baseurl", "url", "site_url", "siteUrl", "site"):
            value = data.get(key)
            if isinstance(value, str) and re.match(r"https?://[^/\s]+\.[^/\s]+", value):
                return value.rstrip("/") + "/"
    return None


_SHORTCODE_HREF = re.compile(r"""\{\{[<%][^}]*?\b(?:href|url|link)\s*=\s*["'](https?://[^"'\s]+)["']""")
"""A link a Hugo shortcode draws as a button (``{{< button href="https://orcid.org/..." >}}``): the page reader
leaves template code alone."""


def shortcode_ids(person: Person, texts: list[str]) -> None:
    """The owner's profile ids the shortcodes of their pages' ``texts`` link (:data:`_SHORTCODE_HREF`), put on
    ``person`` where it has none of the site's."""
    from ..common import identifier_from_url

    for text in texts:
        for url in _SHORTCODE_HREF.findall(text):
            found = identifier_from_url(url)
            if found:
                person.identifiers.setdefault(*found)


def _pages(root: Path) -> list[Path]:
    """The site's own pages: files of any lightweight markup (:data:`~.files.MARKUP_SUFFIXES`: markdown, reST,
    AsciiDoc, Org ...) and HTML files of its root and its usual content folders (two levels down:
    ``content/about/index.md``), section indexes last, at most :data:`_MAX_PAGES`."""
    out: list[Path] = []
    for folder in _PAGE_FOLDERS:
        d = root / folder if folder else root
        if not d.is_dir():
            continue
        for page in page_files(d, (*MARKUP_SUFFIXES, *HTML_SUFFIXES, ".astro"), depth=1 if not folder else 2):
            own = not page.name.startswith("_") or section_index(page.name)  # (a generator's partial is no page)
            if own and backup_reason(page.name) is None and not not_a_page(page.name) and page not in out:
                out.append(page)
    # the owner's own pages first (their fields fill the person first), a contact page and section indexes last
    out.sort(key=lambda p: (section_index(p.name), _CONTACT.search(p.stem if p.stem != "index" else p.parent.name)
                            is not None, str(p)))
    return out[:_MAX_PAGES]


def front_matter_person(root: Path, part: Part, person: Person, base: str | None) -> None:
    """The owner's email and profiles a markdown page's front matter gives when it is about them (its ``name:`` or
    ``title:`` theirs, :func:`~.markdown_site.front_matter_about`): the page reader sees the page as the site renders
    it, its front matter blanked."""
    from ..document import front_matter_or_none
    from .markdown_site import _about_links, front_matter_about

    page = root / part.rel
    if not page.is_file():
        return
    doc, bad = read_or_blank(root, page)
    fm = front_matter_or_none(doc) if bad is None else None
    if fm is None or not isinstance(fm.data, dict) or not front_matter_about(fm.data, person.name):
        return  # (a member's page, a guest's post, a Quarto "about:" card of someone else: not the owner's)
    _about_links(doc, person, base)
    # ("role: Medical Anthropologist" under the owner's name: their position, "title" being their name)
    job, org = _job_org(fm.data, tuple(k for k in _JOB_KEYS if k != "title"), _ORG_KEYS)
    if job and not person.job_title:
        person.job_title = job
    if org and not any(same_name(a.name, org) for a in person.affiliations):
        person.affiliations.append(Affiliation(name=org, role=job, current=True))


def _read_pages(root: Path, pages: list[Path], owner: str, base: str | None) -> list[Part]:
    from .markdown_site import read_markdown_pages
    from .pages import html_file_part

    md = [p for p in pages if p.suffix.lower() in MARKUP_SUFFIXES]
    parts = read_markdown_pages(root.resolve(), [p.resolve() for p in md], owner, base) if md else []
    return parts + [html_file_part(root, page, owner, base) for page in pages if page not in md]


_MENU_FILE = re.compile(r"(?i)nav(?:igation|bar)?|menus?")
"""The name of the data file a theme builds the site's menu from (minimal-mistakes' and academicpages'
``_data/navigation.yml``)."""


def _names_a_profile(item: dict) -> bool:
    """A menu item whose title is an icon (markup, no words) or names a profile ("GitHub", "Google Scholar"): the
    owner's link, where a menu's "Lab" or "Advisor" linking a GitHub or Scholar page is someone else's.

    >>> [_names_a_profile({"title": t}) for t in ("<i class='fab fa-github'></i>", "Google Scholar", "Lab", "Advisor")]
    [True, True, False, False]
    """
    from ..common import profile_setting, strip_tags
    from .fields import as_text

    words = strip_tags(as_text(item.get("title")) or as_text(item.get("name")) or "", " ").lower().split()
    return not words or any(profile_setting(w) for w in [*words, "".join(words)])


def listed_profiles(root: Path) -> list[tuple[Part, list]]:
    """The data files (Jekyll's ``_data``, Hugo's and Zola's ``data``: YAML, or TOML's one array of tables) that list
    the owner's profile links, which a footer loops over ("sns_footer.yml": ``[{name:
    github, url: https://github.com/ann-lee, icon: ...}, ...]``, or that list under one key, ``social: [...]``): a
    list of two mappings or more, each with an
    address, most of them researcher profiles kg knows; in the site's menu (:data:`_MENU_FILE`), the items that are
    one under an icon or the profile's name (:func:`_names_a_profile`). Each as (its part, its items for
    :func:`~.fields.apply_social`); al-folio's ``socials.yml``, a mapping of settings, is read by the Jekyll reader."""
    from ..common import identifier_from_url
    from .fields import as_text
    from .files import YAML_SUFFIXES, load_data_file, mark_comments, read_file, rel_path
    from .records import yaml_records

    out: list[tuple[Part, list]] = []
    paths = [path for folder in (root / "_data", root / "data") if folder.is_dir() for path in sorted(folder.iterdir())]
    for path in paths:
        suffix = path.suffix.lower()
        if suffix not in (*YAML_SUFFIXES, ".toml") or path.name == "socials.yml" or not path.is_file():
            continue
        try:
            doc = read_file(root, path)
            if suffix == ".toml":
                # (Zola's and Hugo's "data/social.toml": one array of tables, "[[social]]" / "url = ...", the
                # whole file), read by the one reader of a site's data files
                value, _spans = load_data_file(doc)
                lists = list(value.values()) if isinstance(value, dict) and len(value) == 1 else []
                records = [(d, {}, ()) for d in (lists[0] if lists and isinstance(lists[0], list) else [])
                           if isinstance(d, dict)]
                if not lists or not isinstance(lists[0], list) or len(records) != len(lists[0]):
                    continue
            else:
                records = yaml_records(doc)
        except (SourceError, ValueError, RecursionError):
            continue
        # (the file's one list: at its top, or under one key beside its heading, "{title: Social, social: [...]}")
        lists = {keys for _d, _spans, keys in records}
        items = [d for d, _spans, _keys in records] if len(lists) == 1 and len(next(iter(lists))) <= 1 else []
        if len(items) < 2:
            continue
        urls = [as_text(d.get("url")) or as_text(d.get("link")) or as_text(d.get("href")) for d in items]
        if not all(urls):
            continue
        if _MENU_FILE.fullmatch(path.stem):
            # (the site's menu, shown on every page, "navigation.yml": [{title: Papers, url: /papers/}, {title: <an
            # icon>, url: https://github.com/ann-lee}]: its items that link a profile under an icon or the profile's
            # name are the owner's, however few; its pages are the site's, its "Lab" or "Advisor" someone else's)
            items = [d for d, u in zip(items, urls) if identifier_from_url(u) and _names_a_profile(d)]
            if not items:
                continue
        elif 3 * sum(bool(identifier_from_url(u)) for u in urls) < 2 * len(urls):
            continue
        doc.use(1, len(doc.lines))
        mark_comments(doc)
        out.append((Part(rel_path(root, path), doc, "profile-links"), items))
    return out


def parse_any_site(path: Path, options: ImportOptions, fmt: str = "site") -> Profile:
    """A site folder read by the shared readers (its records, its pages, its configuration), ``fmt`` the
    format its profile says (the family that recognised the folder, when one did)."""
    from .fields import apply_social
    from .lab import lab_data
    from .record_files import record_parts

    root = path
    base = options.base_url or config_url(root)
    records = record_parts(root, set(), base, options.owner)
    pubs = [p for part in records for p in part.publications]
    owner = options.owner
    inferred = None  # what the owner's name was inferred from, when no configuration or --owner names them
    if owner is None:
        named = config_names(root)
        owner = named_owner(named, pubs)
        if owner is not None and not any(same_name(owner, n) for n in named):
            inferred = "the author on most of the site's publication records"
    pages = _pages(root)
    # (the pages as written, front matter too: the theme shows its "subheading: Ana Roe-Lind – Geology" under
    # the heading)
    texts = [read_or_blank(root, page)[0].text for page in pages] if inferred is not None or owner is None else []
    if inferred is not None and pages:
        # the records write the name short ("Beltran, A."): the site's pages may write it out ("Alejandro Beltran")
        owner = fullest_form([owner], texts)
    if owner is None and pages:
        found = _read_pages(root, pages, "", base)
        owner = site_owner([p.profile for p in found if p.profile is not None], texts)
        inferred = "the site's pages" if owner is not None else None
    if owner is None:
        raise SourceError("no owner name in the site's configuration (author, params.author, a title that is a "
                          "name), its pages or its publication records (data files: YAML, JSON, CSV, BibTeX); "
                          "give --owner NAME", path=str(root))
    person = config_person(root, owner, base)
    person.homepage = person.homepage or base
    from .script_data import page_news

    # (a folder of pages that are one dated item each, "content/news/2024-03-24.md": the site's news, no pages)
    news = page_news(root, pages, base)
    dated = {root / part.rel for part in news}
    parts = [*_read_pages(root, [p for p in pages if p not in dated], owner, base), *news]
    for part, items in listed_profiles(root):
        apply_social(person, "social", items, base)  # (the profile links a footer loops over)
        parts.append(part)
    shortcode_ids(person, [part.doc.text for part in parts])
    for part in parts:
        if part.profile is None:
            continue
        merge_same_person(person, part.profile.person)
        if part.format == "markdown":
            front_matter_person(root, part, person, base)  # (an Astro bio entry's "email:" and "social:" list)
        if pubs:
            # the data files are the list; a page's "work" with no year nor identifier is its intro's prose
            part.profile.publications = [p for p in part.profile.publications if p.year or p.date or p.doi or p.arxiv]
    # ("members.yaml" beside the pages: the lab's members, the owner's record among them as its head: their role,
    # which fills in what the pages do not say, as on a plain HTML site)
    parts += lab_data(root, person, base, {p.rel for p in [*records, *parts]})
    notes = [Unparsed(line=1, text=f"owner's name inferred from {inferred}: {owner}", section="skipped")] \
        if inferred else []
    return assemble(root, fmt, person, parts, owner, notes=notes, base=base)
