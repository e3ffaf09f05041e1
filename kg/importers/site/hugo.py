"""Hugo Blox / Academic / Wowchemy sites.

Takes a folder with ``content/authors/*/_index.md`` or ``data/authors/me.yaml`` (the owner), ``config/`` or
``hugo.toml`` (``baseURL``, the contact widget) and ``content/publication/`` (read by :mod:`.records`); gives one
profile, group members with a student role as students.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from ...errors import SourceError
from ...model import Affiliation, Author, Award, Person, Profile, Publication
from ..base import ImportOptions, SourceDoc
from ..common import (
    lazy_compile, YEAR,
    link_kind,
    ADVISOR_WORDS,
    AWARD_WORDS,
    JOB_WORDS,
    NOT_STUDENT_ROLE,
    profile_setting,
    find_email,
    find_year,
    demo_award,
    demo_owner,
    fold,
    identifier_from_url,
    is_head_role,
    own_spelling,
    owner_variant,
    placeholder_text,
    repair_url,
    same_name,
    section_kind,
    without_honorifics,
)
from ..document import LIST_ITEM_LINE, FrontMatter, front_matter_or_none
from ..page.person import DEGREE_RX, position_and_topics
from ..page.sections import heading_kind
from .assemble import Part, assemble, merge_person
from .fields import (LANGUAGE_CODE, SOCIAL_KEYS, organizations, chosen_language, absolute_url, apply_author, apply_social, as_text, md_text, plain_text, read_subtitle,
                     value_at)
from .files import (
    starter_page,
    body_paragraphs,
    BUNDLE_INDEXES,
    bundle_pages,
    list_page,
    data_files,
    DATA_FILE_SUFFIXES,
    doc_or_none,
    first_file,
    first_page,
    folder_pages,
    own_folders,
    FoldedKeys,
    HUGO_CONFIG_DIR,
    HUGO_CONFIGS,
    SITE_CONFIGS,
    ignore_front_matter,
    load_data_file,
    local_href,
    mark_comments,
    MD_SUFFIXES,
    md_pages,
    read_file,
    read_markdown,
    rel_path,
    section_pages,
    settle_keys,
    site_configs,
)
from .news import news_item
from .markdown_site import named_on_site, read_markdown_pages, read_markdown_site
from .owner import display_name, group_name, lab_member_named_for, named_owner, person_title
from .pages import TEXT_BLOCKS, UNLINKED_KINDS, blocks_view, md_page_kind, merge_prose, name_kind, prose_person
from .record_files import site_people
from .records import (DATA_KEYS, GOES_ON, HUGO_PAGE_KEYS, RecordKeys, award_from_record, education_from_record,
                      position_from_record, publication_from_record, read_hugo_publication, read_jekyll_publication,
                      record_advisors)


_STUDENT_GROUPS = re.compile(r"student|intern|postdoc|researcher|alumni|visitor|member|mentee|assistant", re.I)


_SITE_FOLDERS = ("authors", "home", "publication", "publications", "post", "_index.md", "about.md")


def detect_hugo(path: Path) -> float:
    """How sure it is that ``path`` is a Hugo Blox / Academic site (an author page, publication pages, a config)."""
    if not path.is_dir():
        return 0.0
    content = _content_dir(path)
    if not content.is_dir():
        return 0.0
    score = 0.2
    if any(_authors_dir(content).glob("*/_index.md")) or _hugo_data_owner(path) is not None:
        score += 0.5
    if bundle_pages(content / "publication") or bundle_pages(content / "publications"):
        score += 0.25
    if any((path / n).exists() for n in ("config", *HUGO_CONFIGS)):
        score += 0.1
    return min(score, 0.95)


def _config_candidates() -> list[str]:
    """Where a Hugo site's configuration may be: ``config/_default/`` first, then the site's root."""
    return [rel for rel in SITE_CONFIGS if rel.rsplit("/", 1)[-1] in HUGO_CONFIGS]


def _content_dir(root: Path) -> Path:
    """The folder holding the site's pages: ``content/``, or the one the configuration names as ``contentDir``
    (``contentDir = "src/content"``; Hugo reads its keys in any case), or for a multilingual site whose languages
    keep their own trees (``contentDir = "content/es"`` in ``[languages]``) the default language's folder (else
    the first listed language's that exists)."""
    config = next(site_configs(root, _config_candidates()), None)
    site = config[2] if config else {}
    named = next((as_text(v) for k, v in site.items() if isinstance(k, str) and k.lower() == "contentdir"), None)
    named = named.strip().strip("/").removeprefix("./") if named else None
    content = root / named if named and named != "." and ".." not in named and (root / named).is_dir() \
        else root / "content"
    languages = (_languages(root, config) or (None, None, None, None))[2]
    if not languages:
        return _language_folder(content, as_text(site.get("defaultContentLanguage")))
    default = as_text(site.get("defaultContentLanguage")) or "en"
    order = [default, *(k for k in languages if k != default)]
    for lang in order:
        spec = languages.get(lang)
        folder = as_text(spec.get("contentDir")) if isinstance(spec, dict) else None
        if not folder or ".." in folder:
            continue
        path = root / folder.strip("/")
        if path.is_dir():
            return path
    return content


def _languages(root: Path, config: tuple | None) -> tuple | None:
    """The site's table of languages, ``[languages]`` of its configuration ``config`` (path, doc, data, key spans)
    or else ``config/_default/languages.toml`` (or ``.yaml``), as (path, doc, table, key spans within the table);
    None when there is none."""
    if config is not None and isinstance(config[2].get("languages"), dict):
        path, doc, data, spans = config
        return path, doc, data.get("languages"), _within(spans, "languages")
    return next(site_configs(root, [f"{HUGO_CONFIG_DIR}/{n}" for n in ("languages.yaml", "languages.toml")]), None)


def _within(spans: dict, key: str) -> dict:
    """The key spans of the table at ``key`` of a configuration, keyed within that table."""
    prefix = key.lower() + "."
    return FoldedKeys({k[len(prefix):]: v for k, v in spans.items() if k.lower().startswith(prefix)})


def _language_folder(content: Path, default: str | None) -> Path:
    """``content/`` holding no pages of its own but one folder per language (``content/es/authors/...``) with no
    ``contentDir`` configured: the default language's folder, else the first there."""
    if not content.is_dir() or any((content / name).exists() for name in _SITE_FOLDERS):
        return content
    langs = sorted(d for d in content.iterdir() if d.is_dir() and LANGUAGE_CODE.fullmatch(d.name)
                   and any((d / name).exists() for name in _SITE_FOLDERS))
    return next((d for d in langs if d.name == default), langs[0]) if langs else content


_EXAMPLE_HOST = re.compile(r"(?i)https?://(?:www\.)?example\.(?:com|org|net)(?:[:/]|$)")
"""The bare domain reserved for examples (RFC 2606): a theme's ``baseURL = "https://example.com/"`` left in place,
where the site is not served (a named host under it, "lab.example.org", is a real site's stand-in in tests)."""


def _hugo_base(root: Path, parts: list[Part]) -> tuple[str | None, tuple | None]:
    """The site's base URL from the first site configuration that names one (its Part added to ``parts``), and
    that configuration (else the first that loads) as (path, doc, data, key spans), or None; a theme's example
    address (:data:`_EXAMPLE_HOST`) names none, so that ``--base-url`` places the site's relative links."""
    first = None
    for path, doc, data, spans in site_configs(root, _config_candidates()):
        first = first or (path, doc, data, spans)
        url = as_text(data.get("baseURL") or data.get("baseurl"))
        if url and repair_url(url) and not _EXAMPLE_HOST.match(repair_url(url)):
            _config_part(root, parts, (path, doc, data, spans), ("baseURL", "baseurl"))
            return repair_url(url.rstrip("/") + "/"), (path, doc, data, spans)
    return None, first


_PARAMS_FILES = tuple(f"{HUGO_CONFIG_DIR}/params.{ext}" for ext in ("yaml", "toml"))
"""``config/_default/params.yaml`` (or ``.toml``): the site's ``params`` in a file of their own, which Hugo merges
into the configuration's ``params``; the one list of their names every reader of them takes."""


def _contact_widgets(site: _Site) -> list[tuple[Path, FrontMatter]]:
    """The home page's contact widgets (``content/home/contact.md``, ``widget = "contact"``), each page with its
    front matter; found once a site (kept in ``site.contact_widgets``)."""
    if site.contact_widgets is None:
        home = site.content / "home"
        site.contact_widgets = [(page, fm) for page in (md_pages(home) if home.is_dir() else [])
                                for fm in [front_matter_or_none(doc_or_none(page))]
                                if fm is not None and _widget(fm.data) == "contact"]
    return site.contact_widgets


def _contact_switched_off(site: _Site) -> bool:
    """Whether the home page has a contact widget (:func:`_contact_widgets`) and every one it has is switched off
    (``active = false``): the contact details the configuration holds for it are shown nowhere (a theme's sample
    address and "test@example.org" left in place)."""
    widgets = [fm.data for _page, fm in _contact_widgets(site)]
    return bool(widgets) and all(w.get("active") is False for w in widgets)


def _hugo_params(root: Path, parts: list[Part], person: Person, site: _Site) -> None:
    """``config/_default/params.yaml`` (or ``.toml``): the contact widget's email and address (none when the home
    page switches that widget off: :func:`_contact_switched_off`)."""
    off = _contact_switched_off(site)
    for path, doc, data, spans in site_configs(root, _PARAMS_FILES):
        contact = data.get("contact") if isinstance(data.get("contact"), dict) else {}
        if off:
            contact, data = {}, {k: v for k, v in data.items() if k not in ("email", "address")}
        took: list[str] = []
        email = as_text(contact.get("email")) or as_text(data.get("email"))
        if email and find_email(email):
            person.email = person.email or find_email(email)
            took.append("contact.email" if as_text(contact.get("email")) else "email")
        address = contact.get("address")
        address_key = "contact.address"
        if address is None and data.get("address") is not None:
            address, address_key = data.get("address"), "address"  # Academic before v5: top-level params
        if isinstance(address, dict):
            pieces = [as_text(address.get(k)) for k in ("street", "city", "region", "postcode", "country")]
            where = ", ".join(p for p in pieces if p)
            if where and person.location is None:
                person.location = where
                took += [f"{address_key}.{k}" for k in ("street", "city", "region", "postcode", "country")
                         if as_text(address.get(k))]
                if address_key == "address":
                    took.append("address")  # a TOML inline table: one line
        elif as_text(address) and person.location is None:
            person.location = md_text(as_text(address))
            took.append(address_key)
        # what the contact widget leaves empty or kg has no slot for (phone, office hours) is not read
        _config_part(root, parts, (path, doc, data, spans), took)
        return


def _contact_widget_email(parts: list[Part], person: Person, site: _Site) -> None:
    """The address an active contact widget writes in its own title or subtitle (``subtitle = "<a
    href='mailto:ann@uni.edu'>ann@uni.edu</a>"``), when the configuration gives the owner none: the widget shows it
    on the home page as its heading (the widget's line marked read, its settings set aside)."""
    if person.email is not None:
        return
    for page, fm in _contact_widgets(site):
        if fm.data.get("active") is False:
            continue
        for key in ("title", "subtitle"):
            text = as_text(fm.data.get(key)) or ""
            mail = re.search(r"mailto:\s*([^'\"?>\s]+)", text)
            email = find_email(mail.group(1) if mail else md_text(text))
            if not email or key not in fm.spans:
                continue
            person.email = email
            rel = rel_path(site.root, page)
            part = next((p for p in parts if p.rel == rel), None)
            if part is None:
                part = Part(rel, read_file(site.root, page), "hugo-widget")
                part.doc.ignore(1, len(part.doc.lines))  # (the widget's other settings: its layout, no data)
                parts.append(part)
            part.doc.use(*fm.spans[key])
            return


def _authors_dir(content: Path) -> Path:
    """The folder of the site's author pages in its content folder (:func:`_content_dir`): ``content/authors/``,
    or ``content/author/`` where Academic before v4.4 kept them (``content/author/admin/_index.md``)."""
    return content / "authors" if (content / "authors").is_dir() or not (content / "author").is_dir() \
        else content / "author"


def _home_username(content: Path) -> str | None:
    """The one author the home page shows (Wowchemy's and Hugo Blox's landing page ``content/_index.md``: a
    biography block's ``content: {username: ann-lee}``, every block naming the same one), or None."""
    doc = doc_or_none(content / "_index.md") if (content / "_index.md").is_file() else None
    fm = front_matter_or_none(doc) if doc is not None and "username:" in doc.text else None
    sections = fm.data.get("sections") if fm is not None else None
    names = {n for block in sections if isinstance(block, dict) and isinstance(block.get("content"), dict)
             for n in [as_text(block["content"].get("username"))] if n} if isinstance(sections, list) else set()
    return names.pop() if len(names) == 1 else None


def _hugo_admin(site: _Site) -> Path | None:
    content = site.content
    authors = _authors_dir(content)
    # the author the home page shows, where it names one: a site that kept the theme's demo "admin" page (its
    # demo name and job) and wrote its owner's own page beside it
    shown = _home_username(content)
    if shown and (authors / shown / "_index.md").is_file():
        return authors / shown / "_index.md"
    # Hugo Blox since 2024: the owner's user name is "me"
    named = first_file(authors, ("admin/_index.md", "me/_index.md"))
    members = sorted(authors.glob("*/_index.md"))
    if named is not None:
        # a lab's page as "admin" ("name: Alexander Lab"): the site is its head's, the member it is named for
        lab = _author_name(named)
        if lab and group_name(lab):
            names = {path: name for path in members if path != named and (name := _author_name(path))}
            head = lab_member_named_for(lab, names.values())
            return next((path for path, name in names.items() if name == head), named)  # (none: the lab's page)
        return _owner_beside(named, members) or named
    for path in members:
        fm = front_matter_or_none(doc_or_none(path))
        if fm is None:
            continue
        if fm.data.get("superuser") is True:
            return path
    return _hugo_head(site, members)


def _owner_beside(named: Path, members: list[Path]) -> Path | None:
    """The member page that is the site's owner where its "admin" page (``named``) disowns itself: a page that says
    ``superuser: false`` ("is this the primary user of the site?") or keeps the theme's demo person (``Nelson
    Bighetti``), beside the one page in a group of leaders (:func:`_group_leaders`), else, for the demo person, the
    one page with ``superuser: true``; None when the admin page is the owner's (or a leader's) or no other page
    stands out."""
    fm = front_matter_or_none(doc_or_none(named))
    demo = placeholder_text(_author_name(named) or "")
    if fm is None or fm.data.get("superuser") is not False and not demo or _group_leaders([named]):
        return None  # (an admin filed under the leaders' group is the head, whatever "superuser" says)
    others = [p for p in members if p != named]
    leaders = _group_leaders(others)
    # (a student's page may say "superuser: true" too: it outranks a real admin's name only where that is the demo's,
    # or where its role is a head's, "Professor of Glaciology" over an admin who says "superuser: false")
    supers = [p for p in others if (f := front_matter_or_none(doc_or_none(p))) is not None
              and f.data.get("superuser") is True
              and (demo or is_head_role(as_text(f.data.get("role")) or ""))] if not leaders else []
    leaders = leaders or supers
    return leaders[0] if len(leaders) == 1 else None


def _author_name(path: Path) -> str | None:
    """The name an author page gives (``name:``, else its ``title:``), as text."""
    fm = front_matter_or_none(doc_or_none(path))
    return (as_text(fm.data.get("name")) or as_text(fm.data.get("title"))) if fm is not None else None


_LEADS = re.compile(r"(?i)principal[\s_-]+investigator|(?<![\w.])PI(?![\w])|director|\bhead\b|\bleader\b")


def _group_leaders(pages: list[Path]) -> list[Path]:
    """The member pages a lab's site files under a group of its leaders (``user_groups: [Principal
    Investigators]``): the site's own word on who leads it."""
    led = []
    for path in pages:
        fm = front_matter_or_none(doc_or_none(path))
        groups = fm.data.get("user_groups") if fm is not None else None
        groups = [groups] if isinstance(groups, str) else groups
        if isinstance(groups, list) and any(_LEADS.search(g) for x in groups if (g := as_text(x))):
            led.append(path)
    return led


def _hugo_head(site: _Site, pages: list[Path]) -> Path | None:
    """A lab's site with no superuser (Hugo Blox's research-group starter): the member page whose ``role`` says
    who heads the group (principal investigator, director, head) when one alone does, else the one professor
    among the members; None when nobody or several stand out."""
    led = _group_leaders(pages)
    heads: list[tuple[Path, str]] = []
    for path in pages:
        fm = front_matter_or_none(doc_or_none(path))
        if fm is None:
            continue
        role = as_text(fm.data.get("role")) or ""
        if role and is_head_role(role) and (as_text(fm.data.get("title")) or as_text(fm.data.get("name"))):
            heads.append((path, role))
    if led:
        # "user_groups: [Principal Investigators]": the site says who leads the group; two or more lead it
        # together, and none of them is its owner (a "Department Head" role heads elsewhere)
        return led[0] if len(led) == 1 else None
    leads = [p for p, role in heads if _LEADS.search(role)]
    if len(leads) == 1:
        return leads[0]
    return heads[0][0] if len(heads) == 1 else None


def _members_head(site: _Site) -> Path | None:
    """The page of a lab's head among its people section's pages, one bundle per member (``content/people/<slug>/
    index.md``, ``content/team/<slug>.md``; the section's own list page left out), as :func:`_hugo_head` finds it
    by their ``role``; None when the site has no such section or no one, or several, head it."""
    from .lab import _MEMBER_FILES

    content = site.content
    folders = [d for d in sorted(content.iterdir()) if d.is_dir() and _MEMBER_FILES.fullmatch(d.name)] \
        if content.is_dir() else []
    pages = [p for d in folders for p in section_pages(d) if not list_page(p)]
    return _hugo_head(site, pages) if pages else None


def _hugo_data_authors(root: Path) -> list[Path]:
    """Hugo Blox's author data files: ``data/authors/*``, or on a site in several languages, which keeps one
    folder of data per language (``data/en/authors/``, ``data/ru/authors/``), the English one's (else the first
    language's): one person written in each language, read once."""
    folder = root / "data" / "authors"
    if not folder.is_dir():
        try:
            codes = sorted(d.name for d in (root / "data").iterdir()
                           if LANGUAGE_CODE.fullmatch(d.name) and (d / "authors").is_dir())
        except OSError:
            codes = []
        if not codes:
            return []
        folder = root / "data" / chosen_language(codes) / "authors"
    return sorted(p for p in folder.glob("*") if p.suffix in DATA_FILE_SUFFIXES)


def _hugo_data_owner(root: Path) -> Path | None:
    """Hugo Blox's author data file of the owner: ``data/authors/me.yaml`` (or one with ``is_owner: true``); not the
    starter's sample owner left in place (:func:`~kg.importers.common.demo_owner`), which may sit beside the owner's
    own file."""
    files = _hugo_data_authors(root)
    for path in sorted(files, key=lambda p: p.stem != "me"):
        try:
            data, _spans = load_data_file(read_file(root, path))
        except SourceError:
            if path.stem == "me":
                return path
            continue  # (an empty file, one that does not parse)
        if demo_owner(_hugo_data_name(data), as_text(data.get("role"))):
            continue
        if path.stem == "me" or data.get("is_owner") is True:  # (YAML's "is_owner: true", TOML's "is_owner = true")
            return path
    return None


def _hugo_data_name(data: dict) -> str | None:
    """``name: {display, given, family}`` (or a plain string) -> the name, without "Dr." / "Prof."."""
    name = data.get("name")
    if isinstance(name, dict):
        given, family = as_text(name.get("given")), as_text(name.get("family"))
        if given and family:
            return f"{given} {family}"
        name = name.get("display")
    text = md_text(as_text(name) or "")
    text = without_honorifics(text).strip()
    return text or None


def _read_role(role: str, person: Person) -> None:
    """An author's ``role`` as the job title; a tagline's topics after a bar ("PhD student | robot learning,
    control") as interests, no part of it."""
    person.job_title = md_text(role)
    if (split := position_and_topics(person.job_title)) is not None:
        person.job_title = split[0]
        person.interests = list(dict.fromkeys([*person.interests, *split[1]]))


def _read_interests(data: dict, person: Person, used: set[str]) -> None:
    """An author's ``interests:`` list (both Hugo author schemas)."""
    interests = data.get("interests") or []
    if isinstance(interests, dict):  # Academic before v4's about widget: "[interests] interests = [...]"
        interests = interests.get("interests") or []
    if isinstance(interests, list) and (listed := [md_text(str(i)) for i in interests if as_text(i)]):
        # (the topics its role's tagline names come first: "role: PhD student | robot learning")
        person.interests = list(dict.fromkeys([*person.interests, *listed]))
        used.add("interests")


def read_hugo_data_author(root: Path, path: Path, base: str | None) -> tuple[Person, Part]:
    """``data/authors/me.yaml`` (Hugo Blox author schema v1) -> the person (name, role, affiliations,
    bio, links, interests, education, experience as past/current affiliations) and awards."""
    doc = read_file(root, path)
    rel = rel_path(root, path)
    data, spans = load_data_file(doc)
    name = _hugo_data_name(data)
    if not name:
        raise SourceError("author data file has no name", path=doc.display, line=1)
    person = Person(name=name)
    used = {"name"}
    display = data.get("name").get("display") if isinstance(data.get("name"), dict) else None
    alt = _hugo_data_name({"name": display}) if as_text(display) else None
    if alt and fold(alt) != fold(name):
        person.alternate_names.append(alt)
    role = as_text(data.get("role"))
    if role:
        _read_role(role, person)
        used.add("role")
    for org_name, url in organizations(data.get("affiliations") or data.get("organizations")):
        person.affiliations.append(Affiliation(name=org_name, url=url,
                                               role=person.job_title if not person.affiliations else None))
        used.add("affiliations" if data.get("affiliations") else "organizations")
    bio = plain_text(data.get("bio"))
    if bio:
        person.description = bio
        used.add("bio")
    if apply_social(person, "social", data.get("links") or data.get("social"), base):
        used.add("links" if data.get("links") else "social")
    email = as_text(data.get("email"))
    if email and find_email(email):
        person.email = person.email or find_email(email)
        used.add("email")
    _read_interests(data, person, used)
    _read_education(data.get("education"), person, used)
    _read_positions(data, person, used)
    part = Part(rel, doc, "hugo-author")
    part.awards.extend(_read_awards(data, spans, rel, used))
    settle_keys(doc, spans, used, lambda key: key in (
        "schema", "slug", "is_owner", "status", "languages", "skills", "highlight_name", "user_groups", "weight",
        "avatar") or not data.get(key))
    mark_comments(doc)
    return person, part


def _read_awards(data: dict, spans: dict, rel: str, used: set[str]) -> list[Award]:
    """An author's ``awards:`` list (Hugo Blox's records of ``title``, ``awarder``, ``date``, in the author data file
    or an author page's front matter), each placed at the list's line."""
    awards: list[Award] = []
    items = [i for i in data.get("awards") or [] if isinstance(i, dict)] if isinstance(data.get("awards"), list) else []

    def sample(item: dict, beside_sample: bool = False) -> bool:
        return demo_award(as_text(item.get("title")), as_text(item.get("awarder")), item.get("date"),
                          as_text(item.get("summary")), beside_sample)

    alone = [sample(i) for i in items]
    starter_list = any(alone)
    for item, sample_alone in zip(items, alone):
        award = award_from_record(item)[0] if as_text(item.get("title")) else None
        # (beside another sample the sample prize is one too: asked again only then)
        if award is not None and (sample_alone or starter_list and sample(item, True)):
            used.add("awards")  # the starter's sample left in place: the theme's, read as nothing of the owner's
            continue
        if award is not None:
            award.line, award.file = spans.get("awards", (1, 1))[0], rel
            used.add("awards")
            awards.append(award)
    return awards


def _read_education(records: object, person: Person, used: set[str]) -> None:
    """An author's degrees (Hugo Blox's ``education:`` list, Academic's ``education: courses:``) as
    :func:`~.records.education_from_record` reads any record of one."""
    for c in records if isinstance(records, list) else []:
        ed = education_from_record(c, split=True)[0] if isinstance(c, dict) else None
        if ed is not None:
            person.education.append(ed)
            used.add("education")
            # ("summary: Thesis on X. Supervised by Prof A, Dr B and Dr C"): the degree's advisors
            from ..page.person import add_advisors  # (the page reader's advisor lists, loaded when a site needs them)

            add_advisors(person.advisors, record_advisors(c)[0])


def _read_positions(data: dict, person: Person, used: set[str]) -> None:
    """An author's positions (Hugo Blox's ``experience:``, or ``work:`` with ``position``, ``company_name``,
    ``date_start``, ``date_end``) as past and current affiliations; a current one the author already names gets
    its role and start."""
    for key in ("experience", "work"):
        for job in data.get(key) or [] if isinstance(data.get(key), list) else []:
            job_aff = position_from_record(job)[0] if isinstance(job, dict) else None
            if job_aff is None:
                continue
            existing = next((a for a in person.affiliations if fold(a.name) == fold(job_aff.name)), None)
            if existing is not None and job_aff.end_year is None:
                existing.role = existing.role or job_aff.role
                existing.start_year = existing.start_year or job_aff.start_year
            else:
                person.affiliations.append(job_aff)
            used.add(key)


def _author_fields(data: dict, person: Person, used: set[str], base: str | None) -> str | None:
    """An author's role, organizations, interests, education, positions, email and social links (an author page's
    front matter, or the site configuration's params in Academic before v4) into ``person``, the keys read into
    ``used``; the ``bio``, if any."""
    role = as_text(data.get("role"))
    if role:
        _read_role(role, person)
        used.add("role")
    for org_name, url in organizations(data.get("organizations")):
        person.affiliations.append(Affiliation(name=org_name, url=url, role=person.job_title))
        used.add("organizations")
    if not person.affiliations and as_text(data.get("organization")):
        # Academic before v4's params: one "organization" and its "organization_url"
        person.affiliations.append(Affiliation(name=md_text(as_text(data["organization"])), role=person.job_title,
                                               url=absolute_url(as_text(data.get("organization_url")), None)))
        used |= {"organization", *(("organization_url",) if as_text(data.get("organization_url")) else ())}
    bio = plain_text(data.get("bio"))
    if bio:
        used.add("bio")
    _read_interests(data, person, used)
    edu = data.get("education")
    _read_education(edu.get("courses") if isinstance(edu, dict) else edu, person, used)
    _read_positions(data, person, used)
    email = as_text(data.get("email"))
    if email and find_email(email):
        person.email = find_email(email)
        used.add("email")
    social = data.get("social") or data.get("profiles") or []
    social_key = "social" if data.get("social") else "profiles"
    if apply_social(person, "social", social, base):
        used.add(social_key)
    return bio


def read_hugo_author(root: Path, path: Path, base: str | None, site_name: str | None = None,
                     owner_name: str | None = None) -> tuple[Person, Part]:
    """``content/authors/<user>/_index.md`` -> the person (name, role, organizations, bio,
    interests, education, social links); ``site_name`` (the site's title, when it is a person's name) names
    an author page whose title was left empty; ``owner_name`` (the site configuration's) names the owner of an
    about widget (``content/home/about.md``), whose title is the section's heading."""
    doc, rel, fm = read_markdown(root, path)
    data, spans = fm.data, fm.spans
    name = owner_name or as_text(data.get("title")) or " ".join(
        x for x in (as_text(data.get("first_name")), as_text(data.get("last_name"))) if x)
    used = {"title"}
    if not name and as_text(data.get("name")):
        name = md_text(as_text(data.get("name")))  # Academic before v4.6: "name:", not "title:"
        used.add("name")
    if not name and site_name:
        name = site_name  # "title:" left empty: the site, titled with a person's name, is theirs
    if not name:
        raise SourceError("author page has no title (the display name)", path=doc.display, line=1)
    # "title: Dr. Yu (Rain) Lee": the display name without its honorific, the nickname another name
    name, nicknames = display_name(name) if not owner_name else (name, [])
    person = Person(name=name, alternate_names=nicknames)
    if as_text(data.get("first_name")) or as_text(data.get("last_name")):
        used |= {"first_name", "last_name"}
    if as_text(data.get("name_pronunciation")):
        used.add("name_pronunciation")
    bio = _author_fields(data, person, used, base)
    # (Hugo Blox's author page holds the same lists as its author data file: "awards:" beside "education:")
    awards = _read_awards(data, spans, rel, used)
    body: list[str] = []
    for first, last, text in body_paragraphs(doc, fm.body_start):
        body.append(md_text(text))
        doc.use(first, last)
    description = "\n\n".join(x for x in [bio, *body] if x) or None
    person.description = description
    if description:
        # the bio's position, degrees and "advised by Dr. X", as the page reader reads them on any page
        merge_prose(person, prose_person(doc, name, [x for x in [bio, *body] if x]))
    settle_keys(doc, spans, used, lambda key: key in (
        "authors", "superuser", "highlight_name", "user_groups", "weight", "avatar", "draft", "name_pronunciation",
        "status") or as_text(data.get(key)) is None and not data.get(key))
    part = Part(rel, doc, "hugo-author")
    part.awards.extend(awards)
    return person, part


@dataclass
class _Site:
    """A Hugo site being read: its root and its content folder (:func:`_content_dir`, read off the configuration
    once). (Its pages are read and their front matter parsed once an import by :class:`SourceDoc` and
    :func:`~kg.importers.document.read_front_matter` themselves.)"""

    root: Path
    content: Path
    permalinked: frozenset[str] = frozenset()
    """The sections the configuration's ``permalinks`` serves at addresses of its own (``blog: /:year/:slug/``)."""
    page_keys: RecordKeys | None = None
    """The keys a paper's page is read by (:func:`_layout_page_keys`), found once."""
    people: dict[str, dict[str, str]] = field(default_factory=dict)
    """The site's table of people by key for an owner (:func:`_people_keys`), built once for each owner."""
    contact_widgets: list | None = None
    """The home page's contact widgets (:func:`_contact_widgets`), found once."""


_PARAM_HREF = lazy_compile(r"""<a\b[^>]*?\bhref\s*=\s*["'](?P<pre>(?:\{\{-?\s*\.Site\.BaseURL\s*-?\}\})?[\w./-]*)"""
                         r"""\{\{-?\s*\.Params\.(?P<key>\w+)\s*-?\}\}["'][^>]*>(?P<label>[^<]{1,40})</a>""", re.I)
"""A link a site's own Hugo template builds from a page's key: ``<a href="{{.Site.BaseURL}}publications/{{.Params.
preprint}}">PDF</a>`` (the folder, the key, the link's text)."""


def _layout_page_keys(site: _Site) -> RecordKeys:
    """The keys a paper's page is read by: :data:`~.records.HUGO_PAGE_KEYS`, with the keys the site's own templates
    (``layouts/``, not a theme's) write into a link's address (:data:`_PARAM_HREF`) as links, of the kind the link's
    text names ("PDF", "Slides") when the key is none kg knows ("preprint:"), and the folder the template puts a
    bare file name under ("publications/"), as the site serves it."""
    if site.page_keys is not None:
        return site.page_keys
    links = dict(HUGO_PAGE_KEYS.links)
    folders: dict[str, str] = {}
    layouts = site.root / "layouts"
    for file in sorted(layouts.rglob("*.html")) if layouts.is_dir() else []:
        doc = doc_or_none(file)
        for m in _PARAM_HREF.finditer(doc.text if doc is not None else ""):
            key, label = m.group("key").lower(), " ".join(m.group("label").split())
            # (the key's own name first, "talk" under a link written "Video"; the link's text for a key that names
            # no kind, "preprint" written "PDF")
            kind = links.get(key) or link_kind(key.replace("_", " "), "") or link_kind(label, "")
            if kind is None:
                continue  # ("<a href='{{ .Params.x }}'>here</a>": no kind the text names)
            links.setdefault(key, kind)
            pre = m.group("pre")
            if not pre.startswith(("{{", "/")):
                continue  # ('href="files/{{.Params.slides}}"': a folder under the page's own address, not the site's)
            folder = re.sub(r"\{\{.*?\}\}", "", pre).lstrip("./")
            if folder and key not in folders:
                folders[key] = folder if folder.endswith("/") else folder + "/"
    site.page_keys = replace(HUGO_PAGE_KEYS, links=links, folders=tuple(sorted(folders.items())))
    return site.page_keys


def _record_parts(page: Path, parts: list[Part], base: str | None, site: _Site | None = None,
                  address: str | None = None) -> list[Part]:
    """``parts`` (what one work's page of the site was read into), the links of the page's body to files by
    their name alone placed beside the page (:func:`.markdown_site.own_folder_links`): a page bundle
    (``content/research/articles/<slug>/index.md`` with ``[Preprint](paper.pdf)``, the PDF in the bundle's folder)
    is served at ``address`` (given, or worked out from ``site`` for a bundle alone: :func:`_page_url`); a page that
    is no bundle keeps no files beside it and is left as read."""
    from .markdown_site import own_folder_links

    if page.name not in BUNDLE_INDEXES:
        return parts
    if address is None and site is not None:
        address = _page_url(site, page, base)
    for part in parts if address else []:
        own_folder_links(part, address, base, front_matter=False)
    return parts


def _read_page(page: Path) -> tuple[SourceDoc, FrontMatter | None]:
    """A content page and its front matter (None when it does not parse); SourceError when the page cannot be
    read."""
    doc = read_file(page.parent, page)
    return doc, front_matter_or_none(doc)


def _shown_groups(site: _Site) -> set[str] | None:
    """The member groups the site's people section shows (Wowchemy's ``widget: people`` or Hugo Blox's ``block:
    people`` with ``content: user_groups: [PhD students, ...]``), folded; None when no page has such a section."""
    content = site.content
    found: set[str] | None = None
    for page in [*md_pages(content), *sorted(content.glob("*/*.md"))] if content.is_dir() else []:
        fm = front_matter_or_none(doc_or_none(page))
        if fm is None or "people" not in str(fm.data):
            continue
        for value in _mappings(fm.data):
            kind = fold(_widget(value))
            groups = value.get("content").get("user_groups") if isinstance(value.get("content"), dict) else None
            if kind == "people" and isinstance(groups, list):
                found = (found or set()) | {fold(as_text(g) or "") for g in groups if as_text(g)}
    return found


def _mappings(value: object):
    """Every mapping in a front matter's data, each before those inside it (a page's blocks and their settings)."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _mappings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _mappings(v)


def _hugo_student(site: _Site, path: Path, shown: set[str] | None = None) -> Part | None:
    """A group member's author page (``user_groups: [Grad Students]``) -> a student; not a member whose role
    says they are no student (``role: Postdoctoral Researcher``), nor one of a group the site's people section
    does not show (``shown``: a member filed under ``alumni`` when the section lists only the current groups)."""
    from ...model import Student

    doc, fm = _read_page(path)
    if fm is None:
        return None
    groups = fm.data.get("user_groups") or []
    groups = [groups] if isinstance(groups, str) else groups
    if shown is not None:
        groups = [g for g in groups if isinstance(g, str) and fold(g) in shown]
    group = next((g for g in groups if isinstance(g, str) and _STUDENT_GROUPS.search(g)), None)
    name = as_text(fm.data.get("title")) or as_text(fm.data.get("name"))
    if not group or not name:
        return None
    role_text = as_text(fm.data.get("role")) or group
    if NOT_STUDENT_ROLE.search(role_text) and not re.search(r"(?i)\bstudents?\b|\bcandidates?\b", role_text):
        return None  # "Postdoctoral Researcher", "Research Scientist": a member of the group, no student
    institution = next((org for org, _url in organizations(fm.data.get("organizations"))), None)
    role = as_text(fm.data.get("role")) or group
    rel = rel_path(site.root, path)
    student = Student(name=md_text(name), institution=institution, role=md_text(role),
                      line=fm.spans.get("title", (1, 1))[0], file=rel)
    ignore_front_matter(doc, fm)
    read = {"title", "name", "user_groups", "role"} | ({"organizations"} if institution else set())
    settle_keys(doc, fm.spans, read, lambda key: True)
    part = Part(rel, doc, "hugo-author")
    part.students.append(student)
    return part


def _pre_v4_about(about: FrontMatter) -> bool:
    """Whether the home page's about widget (its front matter) is Academic's before v4 (``widget = "about"`` with
    the interests and education in its own front matter, naming no ``author``): that theme shows the owner of the
    configuration's ``[params]`` and reads no ``content/authors/`` page, whatever one a later edit left there."""
    return "author" not in about.data and any(k in about.data for k in ("interests", "education"))


def _widget(data: dict) -> str:
    """The kind of a Wowchemy widget or of a Hugo Blox block a page's front matter (or a mapping in it) sets
    (``widget = "about"``, ``block: people``), in lower case; "" for none."""
    return (as_text(data.get("widget")) or as_text(data.get("block")) or "").lower()


def _about_widget(site: _Site) -> tuple[Path, FrontMatter] | None:
    """The page of a Wowchemy home folder (``content/home/``) that holds its about widget (``widget = "about"``),
    with its front matter; None without one."""
    home = site.content / "home"
    if not home.is_dir():
        return None
    return next(((p, fm) for p in md_pages(home) for fm in [_read_page(p)[1]]
                 if fm is not None and _widget(fm.data) == "about"), None)


def _hugo_params_owner(root: Path, config: tuple | None, base: str | None,
                       about: tuple[Path, FrontMatter] | None) -> tuple[Person, Part] | None:
    """Academic before v4 keeps its owner in the site configuration's ``[params]`` (``name``, ``role``,
    ``organizations``, ``email``, ``social``) and the biography, interests and education in the about widget
    (``content/home/about.md``, ``widget = "about"``): the person, with the widget's Part (the configuration's
    lines read are marked on its own document); None when the params name no one."""
    if config is None:
        return None
    data = config[2]
    params = _params(data)
    raw = as_text(params.get("name"))
    # "jane q. doe, PhD": a lower-case name counts when the site's address or email holds the family name
    name = person_title(raw, (base or "", as_text(params.get("email")) or "")) if raw else None
    if not name:
        return None
    if about is not None:
        person, part = read_hugo_author(root, about[0], base, owner_name=name)
    else:
        person, part = Person(name=name), None
    used = {"name"}
    from_params = Person(name=name)
    _author_fields(params, from_params, used, base)
    _params_settings(from_params, config, base)  # ("twitter = 'jdoe'", Academic's sharing handle: the owner's)
    merge_person(from_params, person)  # the configuration's role and organizations, the widget's biography
    _use_params(config, used)
    return from_params, part


def _hugo_unowned_site(root: Path, options: ImportOptions, parts: list[Part], base: str | None,
                       config: tuple | None, about: tuple[Path, FrontMatter] | None, site: _Site) -> Profile | None:
    """An Academic site with publication pages but no author page, data file or home page (its authors
    written by name, not ``admin``): the owner is ``--owner``, else a person the configuration names
    (``params.author``, ``params.name``, the site's title) whom the papers write as an author, else the
    author on most papers, else the person named; the about widget, when there is one, is their biography.
    None when there are no publication pages or no one is named."""
    content = site.content
    pages = [p for folder in ("publication", "publications") if (content / folder).is_dir()
             for p in section_pages(content / folder)
             if not list_page(p)]
    if not pages:
        return None
    data = config[2] if config else {}
    params = _params(data)
    author = params.get("author")
    named = [n for n in (as_text(author.get("name")) if isinstance(author, dict) else as_text(author),
                         as_text(params.get("name")), as_text(data.get("title"))) if n]
    named = [t for n in named if (t := person_title(n, (base or "",)))]
    records: list[Publication] = []
    for page in pages:
        found = front_matter_or_none(doc_or_none(page))
        if found is None:
            continue
        fm = found.data
        names = fm.get("authors") if isinstance(fm.get("authors"), list) else []
        records.append(Publication(title=as_text(fm.get("title")) or page.stem, authors=[
            Author(name=md_text(n)) for a in names if (n := as_text(a)) and n != "admin"]))
    name = options.owner or named_owner(named, records)
    if not name:
        return None
    person, part = read_hugo_author(root, about[0], base, owner_name=name) if about is not None \
        else (Person(name=name), None)
    if about is None and config is not None:
        # no about widget: the configuration's params are what the site says of its owner ("email", "twitter")
        used: set[str] = set()
        _author_fields(params, person, used, base)
        _use_params(config, used)
        _params_profiles(root, parts, person, config, base)
    return _hugo_owned_site(root, options, parts, base, person, part, None, None, site)


_HUGO_HOMES = ("_index.md", "about.md", "about/index.md", "about/_index.md", "index.md", "home/index.md")
"""A site's home page in its content folder, surest first; ``home/index.md`` is the headless bundle of themes
that build the landing page from the fragments of ``content/home/`` (hugo-theme-introduction: its index is the
intro, titled with the owner's name; ``about.md``, ``contact.md`` beside it are the page's sections). A multilingual
site writes each once per language (``_index.fr.md``: :func:`~.files.first_page`)."""


def _titled_home(home: Path) -> str | None:
    """The person a home page of front matter only is titled with (``title: "Ann Lee"`` and nothing below: the
    theme draws the page from it), or None."""
    doc = doc_or_none(home)
    fm = front_matter_or_none(doc)
    if doc is None or fm is None or not fm.fence_lines or not isinstance(fm.data, dict) \
            or "".join(doc.lines[fm.body_start - 1:]).strip():
        return None
    return person_title(as_text(fm.data.get("title")))


def _hugo_pages_site(root: Path, options: ImportOptions, parts: list[Part], base: str | None,
                     config: tuple | None, about: tuple[Path, FrontMatter] | None, site: _Site) -> Profile:
    """A Hugo site of a theme without an author page (hugo-sleek, PaperMod, ...): ``content/_index.md`` (or
    the about page) is the home, the other content pages are read as the site's pages, and the owner's name,
    email, affiliation and profile ids come from ``params`` (``params.author``) of the site configuration."""
    content = site.content
    # Tranquilpeak and other themes keep their standalone pages in a section folder ("content/page/about.md")
    sections = [d for d in sorted(content.iterdir()) if d.is_dir() and d.name.lower() in ("page", "pages")] \
        if content.is_dir() else []
    home = first_page(content, _HUGO_HOMES) or next(
        (p for d in sections if (p := first_file(d, ("about.md", "_index.md", "index.md")))), None)
    if home is None and config is not None:
        found = _hugo_config_home(root, options, parts, base, config, site)
        if found is not None:
            return found
        found = _hugo_profile_home(root, options, parts, base, config, content)
        if found is not None:
            return found
    if home is None:
        found = _hugo_unowned_site(root, options, parts, base, config, about, site)
        if found is not None:
            return found
        raise SourceError("no author page (content/authors/admin/_index.md, one with superuser: true, or "
                          "data/authors/me.yaml) and no home page (content/_index.md or content/about.md)",
                          path=str(root))
    cfg_doc, data, spans = (config[1], config[2], config[3]) if config else (None, {}, {})
    params = _params(data)
    author = params.get("author") or data.get("author")  # "[params.author]", or the site's own "[author]" table
    language = _language_config(root, config) if not _named(author) else None
    if language is not None:
        # Congo's and Blowfish's owner in the default language's file ("config/_default/languages.en.toml":
        # "[params.author] name = ..., links = [{github = ...}]", Congo v1's "[author]"), which Hugo merges over
        # the site's params: that file is the configuration read for the owner
        config = language
        cfg_doc, data, spans = language[1], language[2], language[3]
        params = FoldedKeys({**params, **_params(data)})  # (still looked up as Hugo does, case-insensitively)
        author = _params(data).get("author") or data.get("author")
    settings = {k.lower(): v for k, v in params.items() if isinstance(v, (str, int, float))}
    if isinstance(author, dict):
        settings.update({k.lower(): v for k, v in author.items() if isinstance(v, (str, int, float))})
    settings.setdefault("employer", settings.get("affiliation"))
    # ("[params] name = ...": the owner a theme of its own names, as Academic before v4 did)
    name = (as_text(author.get("name")) if isinstance(author, dict) else as_text(author)) or as_text(params.get("name"))
    # "Dominique Girard, Psy.D/Ph.D"; a one-word author ("Me", "admin") is the theme's placeholder
    name = (person_title(name) or (name if len(name.split()) > 1 else None)) if name else None
    if name and not options.owner:
        name = _theme_author_replaced(name, home, content) or name
    elif not options.owner:
        name = _titled_home(home)  # (no author configured: the name the theme's home page is titled with)
    person = None
    if name and not options.owner:
        person = Person(name=md_text(name))
        apply_author(person, settings, lambda path: None)
        if isinstance(author, dict) and isinstance(author.get("links"), list):
            apply_social(person, "links", author["links"], base)  # ("links = [{github = 'https://...'}, ...]")
        _social_table(person, params, cfg_doc, spans, base, root)
        menus = data.get("menu") if isinstance(data.get("menu"), dict) else {}
        for item in (i for items in menus.values() if isinstance(items, list) for i in items if isinstance(i, dict)):
            # "[[menu.links]] name = 'Github' url = 'https://github.com/...'": the site's menu links its owner's
            # profiles
            url = as_text(item.get("url")) or ""
            ident = identifier_from_url(url) if url else None
            if ident:
                person.identifiers.setdefault(*ident)
            elif url.startswith("mailto:") and person.email is None:
                person.email = find_email(url.removeprefix("mailto:"))  # ("url = 'mailto:ann@example.org'")
        _home_layout_profiles(root, parts, person)
        if not person.affiliations:
            # hugo-coder's "info" line under the owner's name on the home page ("Research scientist at X"): the
            # position the configuration's one-line description gives, as a site of no family reads it; a theme of
            # its own's "[params] position, institution" (the position read above, the place not: its key is no
            # author setting's)
            from .any_site import config_person

            said = config_person(root, person.name, base)
            if said.job_title is None and person.job_title is None:
                # (no position anywhere: the site's description read whole as a place, "Moss research in the north",
                # names no employer)
                described = {md_text(t) for t in (as_text(params.get("description")), as_text(data.get("description")))
                             if t}
                said.affiliations = [a for a in said.affiliations if a.name not in described]
            if said.affiliations and said.job_title in (None, person.job_title):
                person.job_title, person.affiliations = said.job_title or person.job_title, said.affiliations
            elif person.job_title is None:
                person.job_title, person.affiliations = said.job_title, said.affiliations
        if cfg_doc is not None:
            for key, (first, last) in spans.items():
                leaf = key.split(".")[-1].lower()
                if key.startswith("params.") and (leaf in settings and (leaf in _HUGO_AUTHOR_KEYS or profile_setting(leaf))):
                    cfg_doc.use(first, last)
            _config_part(root, parts, config)  # (a configuration without a base URL: read for params)
    if not options.owner:
        about = _about_bundles(root, content, home, person,
                               person_title(as_text(data.get("title")), (base or "",)))
        if about is not None:
            person, about_parts = about
            parts += about_parts
            if cfg_doc is not None:
                _params_profiles(root, parts, person, config, base)
    # (a section's own list page, "content/research/_index.md", is served at /research/ as a folder's index.md is)
    pages = [*md_pages(content), *folder_pages(content), *_section_pages(content),
             *(p for d in sections for p in md_pages(d))]
    pages += [p for p in _menu_pages(data, content) if p not in pages]
    if home.parent != content and home.name in BUNDLE_INDEXES:
        # the landing page built from its bundle's fragments ("content/home/about.md", "contact.md"): its sections
        pages += [p for p in md_pages(home.parent) if p not in pages]
    # a section's bundle named for the owner's education, bio or contact ("content/projects/work-education/
    # index.md", "content/projects/about/index.md"), as its folder's own page would be
    pages += [p for d in (sorted(content.iterdir()) if content.is_dir() else []) if d.is_dir() and d != home.parent
              for p in bundle_pages(d) if name_kind(p) in ("bio", "education", "contact") and p not in pages]
    nav = [rel_path(root, p) for p in pages if p != home]
    title = name or person_title(as_text(data.get("title")), (base or "",))
    owner = options.owner or title
    # a section of one page per paper ("content/publications/<slug>/index.md"), whatever the theme: each page
    # is one work's record, front matter and body; the section's own list page is read with the site's pages
    records = _record_pages(content)
    record_parts = [part for page in records
                    for part in _page_record(root, page, base, owner, person.alternate_names if person else [], site)]
    if owner is None and person is None:
        # no author configured and a site title that names nobody ("Dave's Homepage"; the name only in the site's
        # own layouts): the owner is the author on most of the site's paper pages, as on a site of record files
        # (:func:`~.record_files.records_owner`), not a word the home page's prose sets apart
        from .record_files import records_owner

        own = [doc_or_none(home), *(doc_or_none(f) for f in (root / "layouts" / "index.html",
                                                               root / "layouts" / "_default" / "baseof.html"))]
        owner = records_owner([p for part in record_parts for p in part.works()],
                              [doc.text for doc in own[:1] if doc is not None])
        if owner is not None and not named_on_site(owner, own):
            # (a student's site whose supervisor is on every paper, the student's own name spelled two ways, or a
            # lab's whose head is: the top author is the owner only when the home page or the site's own frame
            # writes their name, "Image of David J. Pearce"; else the home page's prose names the owner, as before)
            owner = None
        head = _members_head(site) if owner is None else None
        if head is not None:
            # a lab's site (no author configured, titled "Gallant Lab") whose people section has a page per member
            # ("content/people/<slug>/index.md", "role: Head of Lab"): its head is the owner, their page read as
            # an author page is (role, email, bio), as a Hugo Blox group's superuser-less author pages are
            person, head_part = read_hugo_author(root, head, base)
            parts.append(head_part)
            owner = title = person.name
        elif owner is not None:
            title = owner
            person = Person(name=owner)  # (the home page read as theirs; its profile links below)
            _social_table(person, params, cfg_doc, spans, base, root)
            _home_layout_profiles(root, parts, person)  # (and those its own layouts write out)
        if owner is not None:
            # (the paper pages read again, now for the owner found: their marks and links are the owner's)
            record_parts = [part for page in records
                            for part in _page_record(root, page, base, owner, [], site)]
    parts += record_parts
    for folder in _collection_folders(content)[1]:
        # a section whose own list page is titled as news ("content/posts/_index.md", "title: News"): each of its
        # pages is a news item (its date and title), as on a Hugo Blox site
        parts += [news_item(root, page, base) for page in section_pages(content / folder) if not list_page(page)]
    profile = read_markdown_site(root, "hugo", home, parts, title, base, nav, options, person=person,
                                 page_base=lambda page: _bundle_url(site, page, base))
    if person is None and not options.owner:
        # (no author in the configuration: its profile links are still the owner's, whom the site is titled by)
        _social_table(profile.person, params, cfg_doc, spans, base, root)
    handles = params.get("handles")
    if isinstance(handles, list) and apply_social(profile.person, "handles", handles, base) and cfg_doc is not None:
        # "[[params.handles]] name = 'Github' link = 'https://github.com/...'" (hugo-resume): the owner's profiles
        for key, (first, last) in spans.items():
            if key == "params.handles" or key.startswith("params.handles."):
                cfg_doc.use(first, last)
    return profile


def _social_data(root: Path, person: Person, base: str | None) -> None:
    """A theme's data file of the owner's profile links (MemE's ``data/Socials.toml``, ``data/social.yml``: a list
    of ``{id, url, icon}`` under ``socials``, or the list itself): the profiles the site's header shows, where no
    setting of the configuration named one of the kind."""
    files = [f for f in data_files(root, "data") if f.parent == root / "data" and f.stem.lower() in ("social", "socials")]
    for path in files:
        try:
            data, _spans = load_data_file(read_file(root, path))
        except SourceError:
            continue  # (a file that does not parse: no profiles; its lines are not the site's data)
        links = data.get("socials") or data.get("social") if isinstance(data, dict) else data
        found = Person(name=person.name)
        if isinstance(links, list) and apply_social(found, "social", links, base):
            merge_person(person, found)  # (what the configuration and pages gave wins: the file fills in the rest)


def _icon_links(value: object) -> bool:
    """A list of two or more icon links: mappings, each an ``icon`` and an address (``url``, ``link``, ``href``)."""
    return isinstance(value, list) and len(value) >= 2 and all(
        isinstance(v, dict) and as_text(v.get("icon")) and any(as_text(v.get(k)) for k in ("url", "link", "href"))
        for v in value)


def _dir_params(root: Path, cfg_doc: SourceDoc | None) -> tuple | None:
    """``config/_default/params.toml`` (or ``.yaml``), which Hugo merges into the site's ``params`` whichever file
    holds the rest of its configuration (a root ``config.toml`` beside the folder), as a configuration of its own:
    (path, doc, ``{"params": data}``, key spans named ``params.<key>``); None when the site has none, or when it is
    the configuration ``cfg_doc`` itself."""
    for path, doc, data, spans in site_configs(root, _PARAMS_FILES):
        if cfg_doc is not None and Path(cfg_doc.display) == Path(doc.display):
            return None
        return path, doc, {"params": data}, {f"params.{k}": v for k, v in spans.items()}
    return None


def _social_table(person: Person, params: dict, cfg_doc: SourceDoc | None, spans: dict,
                  base: str | None, root: Path) -> None:
    """``[params.social] GitHub = 'jdoe'`` (LoveIt, DoIt, KeepIt, Even), or a list of icon links under it
    (``[[params.social]]``): the owner's profiles, each by its site's name, put on ``person`` (a relative link
    joined to ``base``); the configuration's lines read are marked used; the params of the site (``root``)'s
    ``config/_default/params.toml`` (:func:`_dir_params`) as well: their icon links, lists and profile settings
    (``twitter = "jdoe"``), which Hugo merges into the same ``params``, over the root configuration's: read first, so
    a profile both name is the folder's (the root's ``[params]`` settings the caller put on ``person`` before stay)."""
    # (the folder's first: Hugo merges them over the root's, and a profile put on the person stays put)
    merged = _dir_params(root, cfg_doc)
    if merged is not None:
        _path, doc, data, dir_spans = merged
        _social_links(person, data["params"], doc, dir_spans, base)
        _params_settings(person, merged, base)
    _social_links(person, params, cfg_doc, spans, base)


def _social_links(person: Person, params: dict, cfg_doc: SourceDoc | None, spans: dict, base: str | None) -> None:
    """The profile links of one configuration's ``params`` (:func:`_social_table`)."""
    for key, value in params.items():
        # (or a list under a name that says it holds social links, PaperMod's "socialIcons: [{name: GitHub, url:
        # ...}]"; not a bare "links" list: blog themes keep the friends' sites they link to in "[[params.links]]")
        listed = isinstance(value, list) and str(key).lower() in SOCIAL_KEYS and "social" in str(key).lower()
        if str(key).lower() != "social" and (_icon_links(value) or listed) \
                and apply_social(person, "social", value, base) and cfg_doc is not None:
            # a theme's list of icon links under a name of its own ("little_links: [{icon: fa fa-envelope, name:
            # E-mail, url: 'mailto:...'}, {icon: fab fa-github, ...}]"): the owner's contacts and profiles
            for k, (first, last) in spans.items():
                if k == f"params.{key}" or k.startswith(f"params.{key}."):
                    cfg_doc.use(first, last)
    social = params.get("social")
    if isinstance(social, list):
        # "[[params.social]] url = 'https://github.com/jdoe' icon = 'github'" (hugo-theme-introduction, and the
        # themes like it): a list of icon links, each naming its profile by its address or its icon
        if apply_social(person, "social", social, base) and cfg_doc is not None:
            for key, (first, last) in spans.items():
                if key == "params.social" or key.startswith("params.social."):
                    cfg_doc.use(first, last)
        return
    for key, value in (social if isinstance(social, dict) else {}).items():
        if apply_social(person, str(key).lower(), value, base) and cfg_doc is not None \
                and f"params.social.{key}" in spans:
            cfg_doc.use(*spans[f"params.social.{key}"])


def _theme_author_replaced(name: str, home: Path, content: Path) -> str | None:
    """The owner the home page's ``title`` names when the configuration's ``author`` is a theme's demo author
    left in place (hugo-apero's ``author = "..."`` kept while ``content/_index.md`` is titled with the owner's
    name): the site's own pages write the title's name and never the configuration's family name. None when
    the configuration's author may well be the owner."""
    home_fm = front_matter_or_none(doc_or_none(home))
    titled = person_title(as_text(home_fm.data.get("title"))) if home_fm is not None and isinstance(
        home_fm.data, dict) else None
    if not titled or same_name(titled, name):
        return None
    # (the first 200 pages are read, and only until one writes the family name)
    pages = islice((p for p in sorted(content.rglob("*")) if p.suffix.lower() in MD_SUFFIXES), 200)
    return None if named_on_site(name, map(doc_or_none, pages)) else titled


_ABOUT_BUNDLE_KEYS = ("author", "role", "intro", "outro")


def _about_bundles(root: Path, content: Path, home: Path, person: Person | None,
                   site_title: str | None) -> tuple[Person, list[Part]] | None:
    """hugo-apero's about page: headless bundles of front matter only (``content/about/sidebar/index.md``: the
    owner's ``author`` name and ``role``; ``content/about/main/index.md``: the ``intro`` and ``outro`` prose the
    page shows) and the home page's ``subtitle`` under the owner's name. The person (``person``, when the
    configuration named one, filled in) with the bundles' Parts; None when the site has no such bundles."""
    bundles: list[tuple[Path, SourceDoc, FrontMatter]] = []
    folder = content / "about"
    headers: dict[Path, list[str]] = {}  # the header bundle's body: the prose the about page shows under its headline
    for page in bundle_pages(folder):
        doc = read_file(root, page)
        fm = front_matter_or_none(doc)
        if fm is None or not isinstance(fm.data, dict):
            continue
        if page.parent.name == "header" and "headline" in fm.data:
            # (up to its first heading: what follows is the page's sections, "## Research", read as they are)
            prose = []
            for _first, _last, text in body_paragraphs(doc, fm.body_start):
                if text.lstrip().startswith("#"):
                    break
                prose.append(text)
            if prose:
                headers[page] = prose
        if page in headers or any(as_text(fm.data.get(k)) for k in _ABOUT_BUNDLE_KEYS):
            bundles.append((page, doc, fm))
    home_doc = doc_or_none(home)
    home_fm = front_matter_or_none(home_doc)
    home_data = home_fm.data if home_fm is not None and isinstance(home_fm.data, dict) else {}
    if not bundles and not (home.name == "_index.md" and as_text(home_data.get("subtitle"))
                            and person_title(as_text(home_data.get("title")))):
        # (hugo-apero's home page without an about page: its title the owner's name, the line under it their
        # job, its description the paragraph beside them, read as the about page's would be)
        return None
    named = next((n for _p, _d, fm in bundles if (n := person_title(as_text(fm.data.get("author"))))), None)
    name = person.name if person is not None else named or person_title(as_text(home_data.get("title"))) \
        or site_title
    if not name:
        return None
    if person is not None and named and same_name(named, name):
        person.name = own_spelling(name, named)  # ("Altindag" in the configuration, "Altındağ" on the page)
    out = person or Person(name=named if named and same_name(named, name) else name)
    # the line under the name on the home page, then the sidebar's role: the job and the place, as written
    read_subtitle(as_text(home_data.get("subtitle")), out)
    roles = {page for page, _doc, fm in bundles if read_subtitle(as_text(fm.data.get("role")), out)}
    said = as_text(home_data.get("description"))
    if said and home_doc is not None:
        # the paragraph the home page shows under the line below the name (its ``description``): the bio's first
        merge_prose(out, prose_person(home_doc, out.name, [said]))
        out.description = out.description or md_text(said)
    # (then the prose, which fills in what the lines under the name leave out)
    parts: list[Part] = []
    for page, doc, fm in bundles:
        data = fm.data
        used = {k for k in ("author",) if as_text(data.get(k)) and same_name(as_text(data[k]), out.name)}
        if page in roles:
            used.add("role")
        prose = [p for k in ("intro", "outro") if data.get(f"show_{k}") is not False
                 for p in re.split(r"\n\s*\n", as_text(data.get(k)) or "") if p.strip()] + headers.get(page, [])
        if prose:
            read = prose_person(doc, out.name, prose)
            merge_prose(out, read)
            out.email = out.email or next((e for p in prose if (e := find_email(p))), None)
            out.description = out.description or "\n\n".join(md_text(p) for p in prose)
            used |= {k for k in ("intro", "outro") if as_text(data.get(k)) and data.get(f"show_{k}") is not False}
        ignore_front_matter(doc, fm)
        # the theme's note in the body ("index doesn't contain a body"): what the layout shows is above
        doc.ignore(fm.body_start, len(doc.lines))
        settle_keys(doc, fm.spans, used, lambda key: True)
        parts.append(Part(rel_path(root, page), doc, "hugo-author"))
    return out, parts


def _named(author: object) -> bool:
    """Whether a configuration's ``author`` setting names someone (a name, or a mapping with a ``name``)."""
    return bool(as_text(author.get("name")) if isinstance(author, dict) else as_text(author))


def _language_config(root: Path, config: tuple | None) -> tuple | None:
    """The default language's own configuration (the code ``defaultContentLanguage`` or else English or the first
    there) as (path, doc, data, key spans) when it names an author (under ``[params.author]`` or, Congo before v2,
    ``[author]``): its file ``config/_default/languages.<code>.toml`` (or ``.yaml``), else its table in the site's
    table of languages (``[languages.en.params.author]``, :func:`_languages`), which Hugo reads the same; None
    otherwise."""
    data = config[2] if config else {}
    default = as_text(data.get("defaultContentLanguage"))
    folder = root / HUGO_CONFIG_DIR
    files = sorted(folder.glob("languages.*.*")) if folder.is_dir() else []
    codes = list(dict.fromkeys(p.name.split(".")[1] for p in files if p.suffix.lower() in (".toml", ".yaml", ".yml")))
    found = []
    if codes:
        code = default if default in codes else chosen_language(codes)
        found = site_configs(root, [f"{HUGO_CONFIG_DIR}/languages.{code}.{ext}" for ext in ("toml", "yaml", "yml")])
    elif (languages := _languages(root, config)) is not None and languages[2]:
        path, doc, table, spans = languages
        codes = [str(k) for k in table]
        code = default if default in codes else chosen_language(codes)
        if isinstance(table.get(code), dict):
            if config is None or path != config[0]:
                # (config/_default/languages.yaml: the whole file is the configuration's, its other languages'
                # tables settings, before the default language's table is read alone)
                settle_keys(doc, spans, (), lambda key: True)
            found = [(path, doc, table.get(code), _within(spans, code))]
    for language in found:
        if _named(_params(language[2]).get("author")) or _named(language[2].get("author")):
            return language
    return None


def _params(data: dict) -> dict:
    """A site configuration's ``params`` table ({} when it has none)."""
    params = data.get("params")
    return params if isinstance(params, dict) else {}


def _use_params(config: tuple, keys: Iterable[str]) -> None:
    """Marks the lines of the configuration's ``params.<key>`` for each key read (``config``: path, doc, data, key
    spans)."""
    _path, cfg_doc, _data, spans = config
    for key in keys:
        if f"params.{key}" in spans:
            cfg_doc.use(*spans[f"params.{key}"])


def _config_part(root: Path, parts: list[Part], config: tuple, settle: Collection[str] | None = ()) -> Part:
    """A site configuration's Part in ``parts`` (``config``: path, doc, data, key spans), added when none is there
    yet: its comment lines marked and, unless ``settle`` is None, the lines of the keys in it marked read and
    those of the other keys set aside as settings (:func:`settle_keys`)."""
    path, cfg_doc, _data, spans = config
    part = next((p for p in parts if p.doc is cfg_doc), None)
    if part is None:
        if settle is not None:
            settle_keys(cfg_doc, spans, settle, lambda key: True)
        mark_comments(cfg_doc)
        part = Part(rel_path(root, path), cfg_doc, "hugo-config")
        parts.append(part)
    return part


def _params_profiles(root: Path, parts: list[Part], person: Person, config: tuple, base: str | None) -> None:
    """The site configuration's profile links for its owner: ``[[params.social]]`` icon links (hugo-apero,
    Academic before v4), a theme's list of icon links under a name of its own (PaperMod's ``socialIcons``), both
    read by :func:`_social_table`, and the profile settings of ``params`` (``twitter = "jdoe"``)."""
    _path, cfg_doc, data, spans = config
    params = _params(data)
    _social_table(person, params, cfg_doc, spans, base, root)
    _params_settings(person, config, base)
    _config_part(root, parts, config)


def _params_settings(person: Person, config: tuple, base: str | None) -> None:
    """The profile settings of the site configuration's ``params`` (``twitter = "jdoe"``, ``github = "jdoe"``): the
    owner's identifiers, the lines read marked on the configuration's document; every flow that takes the owner
    from the configuration reads them here."""
    _path, cfg_doc, data, spans = config
    for key, value in _params(data).items():
        if isinstance(value, str) and profile_setting(key) \
                and apply_social(person, str(key).lower(), value, base) and f"params.{key}" in spans:
            cfg_doc.use(*spans[f"params.{key}"])


_PARTIAL_CALL = re.compile(r"\{\{-?\s*partial(?:Cached)?\s+\"([\w./-]+)\"")
_LITERAL_HREF = re.compile(r"<a\b[^>]*?\bhref=[\"'](https?://[^\"'{}\s]+)[\"']", re.I)


def _home_layout_profiles(root: Path, parts: list[Part], person: Person) -> None:
    """The owner's profiles a hand-made theme writes out in its home template (``layouts/index.html``), in the base
    template every page is set in, the home page too (``layouts/_default/baseof.html``: the header's or footer's
    '<a href="https://github.com/...">'), or a partial either pulls in (``{{ partial "sidebar.html" . }}``: '<a
    href="https://orcid.org/..." rel="me">'), which Hugo renders on the home page: the identifiers their addresses
    give, the first of each kind."""
    frames = [f for f in (root / "layouts" / "index.html", root / "layouts" / "_default" / "baseof.html")
              if f.is_file()]
    docs = {f: read_file(root, f) for f in frames}
    for frame in frames:
        for name in _PARTIAL_CALL.findall(docs[frame].text):
            partial = root / "layouts" / "partials" / (name if name.endswith(".html") else f"{name}.html")
            if partial.is_file() and partial not in docs:
                docs[partial] = read_file(root, partial)
    for file, doc in docs.items():
        took = [n for n, line in enumerate(doc.lines, start=1) if any(
            (ident := identifier_from_url(url)) and apply_social(person, ident[0], url)
            for url in _LITERAL_HREF.findall(line))]
        if took:
            doc.ignore(1, len(doc.lines))  # (the template's markup around the links: no data)
            for n in took:
                doc.use(n)
            parts.append(Part(rel_path(root, file), doc, "hugo-layout"))


def _menu_pages(data: dict, content: Path) -> list[Path]:
    """The pages of section folders the configuration's menu links (``[[menu.main]] url = "/post/academic"``:
    ``content/post/academic.md``): a page the site's menu names is one of its own pages, wherever the theme
    keeps it (a blog post folder included), not one post among many."""
    menus = data.get("menu") if isinstance(data.get("menu"), dict) else {}
    out: list[Path] = []
    for item in (i for items in menus.values() if isinstance(items, list) for i in items if isinstance(i, dict)):
        url = local_href(as_text(item.get("url")) or as_text(item.get("pageRef")) or "")
        if url is None or not content.is_dir():
            continue  # (an address of another site, a mail link)
        steps = [s for s in url.strip("/").split("/") if s and s not in (".", "..")]
        if len(steps) < 2:
            continue  # (the home page, a section's own list page: read already)
        folder = content.joinpath(*steps[:-1])
        page = next((f for f in md_pages(folder) if f.stem.lower() == steps[-1].lower()), None) \
            or first_file(folder / steps[-1], BUNDLE_INDEXES)
        if page is not None and page not in out:
            out.append(page)
    return out


def _section_pages(content: Path) -> list[Path]:
    """``content/research/_index.md``: the list page Hugo serves for a section folder that has no ``index.md``
    of its own (the page a theme such as hugo-apero keeps a hand-written list of papers on); one left as the theme
    wrote it (hugo-apero's "No content below YAML for the blog _index ...") is none."""
    return [p for d in own_folders(content) if not first_file(d, BUNDLE_INDEXES) and (p := d / "_index.md").is_file()
            and not starter_page(p)] if content.is_dir() else []


_PAPER_KEYS = {"venue", "publication", "journal", "booktitle", "doi", "arxiv", "pdf", "paper", "url_pdf"}


def _record_pages(content: Path) -> list[Path]:
    """The pages of ``content``'s section folders whose front matter is one paper's record (a title, authors
    and a venue or a paper's link: a theme's ``content/pubs/*.md``), in file order. A section's pages include
    those of its plain subfolders (:func:`section_pages`: "content/research/articles/<slug>/index.md", one
    folder a kind of work), which are papers' pages when no folder between names them for something else
    ("research/talks/")."""
    out: list[Path] = []
    for folder in (d for d in sorted(content.iterdir()) if d.is_dir()) if content.is_dir() else []:
        for page in section_pages(folder):
            if list_page(page) or page.parent == folder and page.name in BUNDLE_INDEXES:
                continue  # (the section's own page, a list page or a leaf bundle: "content/publications/index.md")
            fm = front_matter_or_none(doc_or_none(page))
            if fm is None:
                continue
            data = fm.data
            keys = {str(k).lower() for k in data}
            # the folders between the section and the page ("articles/" of "research/articles/<slug>/index.md")
            between = page.parent.relative_to(folder).parts[:-1 if page.name in BUNDLE_INDEXES else None]
            # a folder the site names for its papers ("content/papers/") holds one per page, its authors under
            # the theme's "author:" (PaperMod), in the body ("**Authors:** ..."), in a whole citation
            # ("citation: 'A. Roe and B. Lee, \"Title,\" Venue (2020)'"), or nowhere, and maybe no venue key
            papers = name_kind(folder) == "publications" \
                and all(name_kind(Path(d)) in (None, "publications") for d in between)
            if as_text(data.get("title")) and (papers or data.get("authors") and keys & _PAPER_KEYS):
                out.append(page)
    return out


def _page_record(root: Path, page: Path, base: str | None, owner: str | None, aliases: list[str],
                 site: _Site) -> list[Part]:
    """One work's page (:func:`_record_pages`) of a site with no author page: a Hugo Blox paper's page
    (:func:`_paper_page`: its ``publication_types`` or ``publication``), whatever theme shows it, read as an
    Academic site's is (:func:`~.records.read_hugo_publication`: ``publication`` its venue, ``hugoblox: ids:
    doi:`` its DOI); any other theme's page as one paper's front matter (:data:`~.records.HUGO_PAGE_KEYS`), and so
    is a paper's page written in another theme's keys too, which only that reader reads (authors as one string or
    under ``author:``, the venue under ``venue:`` or ``journal:``)."""
    fm = front_matter_or_none(doc_or_none(page))
    data = fm.data if fm is not None else {}
    if _paper_page(page) and isinstance(data.get("authors") or [], list) \
            and not any(k in data for k in ("author", "venue", "journal")):
        return _blox_record(root, page, base, owner or "", _people_keys(site, owner or ""), aliases, site)
    return _record_parts(page, [read_jekyll_publication(root, page, base, owner, aliases, _layout_page_keys(site),
                                                        "hugo-publication")], base, site)


def _people_keys(site: _Site, owner: str) -> dict[str, str]:
    """The site's table of people by key (``data/people.yaml``: ``ana: {name: Ana Ruiz}``, read by
    :func:`~.record_files.site_people`), which a paper's page names its authors by (``authors: [ana, me]``) as Hugo
    Blox's pages do by author page: key -> name; the key of an entry that writes the owner's name, or only its
    initials (``me: {name: "[A.R.]"}``, the layout setting the owner apart), is the owner's. Built once a site for
    each owner (kept in ``site.people``; the callers do not change what they are given)."""
    if owner not in site.people:
        site.people[owner] = {key: owner if owner and (same_name(name, owner) or owner_variant(name.strip("[]() "),
                                                                                                owner)) else name
                              for key, name in site_people(site.root, {}).items()}
    return site.people[owner]


def _blox_record(root: Path, page: Path, base: str | None, owner: str, usernames: dict[str, str], aliases: list[str],
                 site: _Site) -> list[Part]:
    """A Hugo Blox paper's page read by :func:`~.records.read_hugo_publication`, its relative links (and its body's
    files) under the address Hugo gives the page."""
    address = _page_url(site, page, base)
    return _record_parts(page, read_hugo_publication(root, page, base, owner, usernames, aliases, page_url=address),
                         base, address=address)


def _hugo_config_home(root: Path, options: ImportOptions, parts: list[Part], base: str | None,
                      config: tuple, site: _Site) -> Profile | None:
    """A theme that keeps its home page in the configuration (PaperMod's ``params.homeInfoParams`` or
    ``profileMode``) and its papers one per page (:func:`_record_pages`): the owner from the author or the
    site title, the home text read by the page reader as their biography, ``socialIcons`` their profiles;
    None when the configuration holds no home text."""
    content = site.content
    _path, cfg_doc, data, spans = config
    params = _params(data)
    # (keys looked up as Hugo does, whatever their case: the configuration's mappings are FoldedKeys)
    info_key = "homeInfoParams" if "homeInfoParams" in params else "profileMode"
    info = params.get(info_key) if isinstance(params.get(info_key), dict) else {}
    text_key = "content" if "content" in info else "subtitle"
    text = info.get(text_key)
    if not as_text(text):
        return None
    icons = params.get("socialIcons")
    author = as_text(params.get("author")) if not isinstance(params.get("author"), dict) else \
        as_text(params["author"].get("name"))
    name = options.owner or (person_title(author) if author else None) or person_title(
        as_text(data.get("title")), (base or "",)) or person_title(as_text(info.get("title")))
    if not name:
        return None
    shown = person_title(as_text(info.get("title")))
    other = None
    if not options.owner and shown and shown != name and owner_variant(shown, name):
        # "author: W. Ann Lee" over a home card titled "Ann Lee": the name the home page shows is the owner's
        # name, the settings' form another
        name, other = shown, name
    person = Person(name=name, alternate_names=[other] if other else [])
    if apply_social(person, "social", icons, base):
        cfg_doc.use(*spans.get("params.socialIcons", (0, -1)))
    text = as_text(text)
    person.description = md_text(text)
    # the markdown as written: its links say where a name or a place ends
    merge_prose(person, prose_person(cfg_doc, name, [p for p in re.split(r"\n\s*\n", text) if p.strip()]))
    cfg_doc.use(*spans.get(f"params.{info_key}.{text_key}", (0, -1)))
    for key in ("title", "params.title", f"params.{info_key}.title"):
        if key in spans and same_name(md_text(as_text(value_at(data, key)) or ""), name):
            cfg_doc.use(*spans[key])  # the site's title: the owner's name
    _config_part(root, parts, config, settle=None)
    if base and person.homepage is None:
        person.homepage = base
    records = _record_pages(content)
    for page in records:
        parts += _page_record(root, page, base, name, person.alternate_names, site)
    # the site's own section pages ("content/research.md" listing the papers under headings, a news page): no
    # home page links them (the configuration's menu does), so they are found by what they are about; a list
    # of papers beside the papers' own records is the same papers again
    pages = [p for p in [*md_pages(content), *folder_pages(content)] if p.name != "_index.md"
             and (kind := md_page_kind(p, doc_or_none(p))) in UNLINKED_KINDS
             and not (records and kind == "publications")] if content.is_dir() else []
    parts += read_markdown_pages(root, pages, name, base, folder_base=lambda page: _bundle_url(site, page, base))
    return assemble(root, "hugo", person, parts, name, base=base)


def _acronym_of(short: str, full: str) -> bool:
    """``"GRP"`` is ``"Gorongosa Restoration Project"``: the capitals of the long name's words."""
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", full) if w.lower() not in ("of", "for", "and", "the", "de", "da")]
    return short.isupper() and len(short) >= 2 and "".join(w[0] for w in words).upper() == short


_ADVISORS_OVER_LIST = lazy_compile(rf"(?im)^\s*(?:{ADVISOR_WORDS}|advised by|mentors?)\s*:?\s*$((?:\n\s*[-*].*)+)")
"""An education item's advisors as a list under a line that labels them ("Supervisors:", "PhD advisor", "Mentors")
(:data:`~kg.importers.common.ADVISOR_WORDS`, the one list of the words that label them)."""


def _titled_kind(section: dict | None, kind: str) -> str | None:
    """The kind of list a hugo-profile section holds: what the ``title`` the site gives it names (the title is what
    the theme shows over it), ``kind`` (its key's) when it has no title. None for a title that names none."""
    title = as_text(section.get("title")) if isinstance(section, dict) else None
    return heading_kind(md_text(title)) if title else kind


def _school_name(name: str) -> str:
    """A hugo-profile item's ``school`` name without the country after it ("University of Oxford, United Kingdom")."""
    pieces = [x.strip() for x in md_text(name).split(",")]
    if len(pieces) > 1 and not any(re.search(r"(?i)univ|coll|inst|school|acad", x) for x in pieces[1:]):
        pieces = pieces[:1]  # "University of Oxford, United Kingdom": the country is no part of the name
    return ", ".join(pieces)


def _names_degree(item: object) -> bool:
    """Whether a hugo-profile education item's ``title`` names a degree and no post ("Master of Arts", "MSc in
    Ecology"; not "PhD Candidate", a post): a degree still in a list its title calls posts ("Experience")."""
    title = md_text(as_text(item.get("title")) or "") if isinstance(item, dict) else ""
    return bool(DEGREE_RX.match(title)) and not JOB_WORDS.search(title)


def _school_post(item: dict) -> dict:
    """A hugo-profile education item (``title``, ``school: {name}``, ``date``) as the experience item of a post
    (``job``, ``company``, ``date``): its title the role, its school the organization (:func:`_school_name`)."""
    school = item.get("school")
    name = as_text(school.get("name")) if isinstance(school, dict) else as_text(school)
    return {"job": item.get("title"), "company": _school_name(name) if name else None, "date": item.get("date")}


def _hugo_profile_home(root: Path, options: ImportOptions, parts: list[Part], base: str | None,
                       config: tuple, content: Path) -> Profile | None:
    """The hugo-profile theme keeps its one-page home in the configuration's params: ``hero`` (the title,
    profile links), ``about`` (the biography), ``experience``/``education``/``achievements`` (items) and
    ``contact`` (email); the content pages (publications, talks) are the site's pages. The owner is named by
    ``--owner``, the hero's title when it is a name, or else the site's papers (their bold author). None
    when the params hold no such home."""
    from ..page.person import add_advisors, advisors_in  # the page reader's advisor lists, loaded when a site needs them
    from .record_files import post_degree

    path, cfg_doc, data, spans = config
    params = _params(data)
    hero = params.get("hero") if isinstance(params.get("hero"), dict) else None
    sections = {k: params.get(k) for k in ("about", "experience", "education", "achievements", "contact")
                if isinstance(params.get(k), dict)}
    if hero is None or not sections:
        return None
    pages = [p for p in [*md_pages(content), *folder_pages(content)] if p.name != "_index.md"]
    if not pages:
        return None
    person = Person(name=options.owner or person_title(as_text(hero.get("title"))) or "owner")
    used: list[str] = []
    social = hero.get("socialLinks")
    icons = [i for k in ("fontAwesomeIcons", "customIcons") for i in (social.get(k) or [] if isinstance(social, dict)
                                                                      and isinstance(social.get(k), list) else [])]
    if apply_social(person, "social", icons, base):
        used.append("params.hero.socialLinks")
    about = sections.get("about") or {}
    if as_text(about.get("content")):
        person.description = md_text(as_text(about["content"]))
        used.append("params.about.content")
    # the theme's own section keys hold what the titles the site gives them say (``education: {title: Experience}``
    # over the owner's posts: the theme shows the title and never the key): the education list holds posts when its
    # title names them (an item its title names a degree of stays one: a list of the owner's career)
    posts_list = _titled_kind(sections.get("education"), "education") == "experience"
    jobs = [*((sections.get("experience") or {}).get("items") or []),
            *(_school_post(item) for item in ((sections.get("education") or {}).get("items") or [])
              if posts_list and isinstance(item, dict) and not _names_degree(item))]
    # a list that writes where a post goes on ("2024 - Present") means a lone year of another item as that year
    # only ("2019": a job done then); in a list that writes no such end, a lone date is when a post began
    open_ends = any(isinstance(job, dict) and GOES_ON.search(as_text(job.get("date")) or "") for job in jobs)
    for job in jobs:
        if not isinstance(job, dict) or not as_text(job.get("company")):
            continue
        org = md_text(as_text(job["company"]))
        link = job.get("featuredLink") if isinstance(job.get("featuredLink"), dict) else {}
        if as_text(link.get("name")) and _acronym_of(org, as_text(link["name"])):
            org = md_text(as_text(link["name"]))  # "GRP", its link named "Gorongosa Restoration Project"
        dates = as_text(job.get("date")) or ""
        # one date alone ("Sep 2021") is when the job began, and it goes on
        one = len(YEAR.findall(dates)) == 1 and "-" not in dates and not open_ends
        row = {"company": org, "role": job.get("job"), "since" if one else "date": dates}
        aff, _took = position_from_record(row)
        if aff is None:
            continue  # ("company: <span></span>": no name once its markup is read)
        used.append("params.experience.items")
        # ("job: Hill University", "company: Master of Arts"): a degree; a job named after one ("job: PhD
        # Candidate", "job: Teaching Assistant, MSc in X") stays a post
        if DEGREE_RX.match(org) and (degree := post_degree(row, aff)) is not None:
            person.education.append(degree)
            continue
        person.affiliations.append(aff)
        if aff.current and person.job_title is None and aff.role:
            person.job_title = aff.role
    for item in (sections.get("education") or {}).get("items") or []:
        if posts_list and not _names_degree(item):
            continue  # (read as a post above)
        school = item.get("school") if isinstance(item, dict) else None
        name = as_text(school.get("name")) if isinstance(school, dict) else as_text(school)
        if not name:
            continue
        ed, _took = education_from_record({"school": _school_name(name), "title": item.get("title"),
                                           "date": item.get("date")}, split=True)
        person.education.append(ed)
        text = as_text(item.get("content")) or ""
        m = _ADVISORS_OVER_LIST.search(text)
        if m:
            names = re.sub(r"\([^()]*\)", " ", ", ".join(x.strip(" -*") for x in m.group(1).strip().splitlines()))
            add_advisors(person.advisors, advisors_in(f"Supervisors: {names}"))
        used.append("params.education.items")
    awards: list[Award] = []
    # achievements the site titles as another list ("Graphical Abstracts", "Highlights"): only an item an award word
    # names is one, as in an accomplishments widget (:func:`_accomplishments`)
    honours = _titled_kind(sections.get("achievements"), "awards") == "awards"
    for item in (sections.get("achievements") or {}).get("items") or []:
        if isinstance(item, dict) and as_text(item.get("title")) and (
                honours or AWARD_WORDS.search(md_text(as_text(item["title"])))):
            # (the year written in the item's text)
            award, _took = award_from_record({"title": item["title"], "url": item.get("url"),
                                              "year": find_year(as_text(item.get("content")) or "", last=False)})
            award.line, award.file = spans.get("params.achievements.items", (1, 1))[0], rel_path(root, path)
            awards.append(award)
    if awards:
        used.append("params.achievements.items")
    # the contact button's address: ``email``, or the ``btnLink`` the theme's button links ("mailto:...")
    contact = sections.get("contact") or {}
    for key in ("email", "btnLink"):
        email = as_text(contact.get(key))
        if email and (key == "email" or email.strip().lower().startswith("mailto:")) and find_email(email):
            person.email = find_email(email)
            used.append(f"params.contact.{key}")
            break
    for key in used:
        cfg_doc.use(*spans.get(key, (0, -1)))
    mark_comments(cfg_doc)
    _config_part(root, parts, config, settle=None).awards.extend(awards)
    home = next((p for p in pages if name_kind(p) == "publications"), pages[0])
    nav = [rel_path(root, p) for p in pages if p != home]
    named = options.owner or person.name != "owner"
    profile = read_markdown_site(root, "hugo", home, parts, person.name if named else None, base, nav, options,
                                 person=person if named else None)
    if not named:
        merge_person(profile.person, person)
        for aff in person.affiliations:  # (merge_person keeps the page's first: the configuration's are the CV's)
            if aff not in profile.person.affiliations:
                profile.person.affiliations.append(aff)
    if base and profile.person.homepage is None:
        profile.person.homepage = base
    return profile


_HUGO_AUTHOR_KEYS = ("name", "email", "affiliation", "employer", "location")


def parse_hugo(path: Path, options: ImportOptions) -> Profile:
    """A Hugo Blox / Academic site: the owner's author page or data file, the config, group members, publications;
    the profile links a theme's data file lists (:func:`_social_data`) fill in those the rest does not give."""
    profile = _parse_hugo(path, options)
    _social_data(path, profile.person, options.base_url)
    return profile


def _parse_hugo(path: Path, options: ImportOptions) -> Profile:
    root = path
    parts: list[Part] = []
    base, config = _hugo_base(root, parts)
    base = base or options.base_url
    parts += _data_news(root, base)  # (whichever page says whose site it is)
    permalinks = (config[2] if config else {}).get("permalinks")
    site = _Site(root, _content_dir(root), frozenset(str(k) for k in permalinks) if isinstance(permalinks, dict)
                 else frozenset())
    admin = _hugo_admin(site)
    data_owner = _hugo_data_owner(root)
    about = _about_widget(site) if data_owner is None else None
    if admin is not None and about is not None and _pre_v4_about(about[1]):
        admin = None  # Academic before v4 shows its params' profile; it reads no author pages (one left there)
    # (a theme of its own whose home and CV are content pages, "content/_index.md", and no Academic home widgets nor
    # Hugo Blox landing blocks: the params name the owner as a site's configuration does, and the pages are read as
    # a site's pages)
    home = first_page(site.content, _HUGO_HOMES) if about is None and not (site.content / "home").is_dir() else None
    pages_home = home is not None and not _landing(home)
    params_owner = _hugo_params_owner(root, config, base, about) \
        if admin is None and data_owner is None and not pages_home else None
    if admin is None and data_owner is None and params_owner is None:
        group = _co_led_group(root, site, config)
        if group is not None:
            return _hugo_owned_site(root, options, parts, base, group, None, None, None, site)
        return _hugo_pages_site(root, options, parts, base, config, about, site)
    if params_owner is not None:
        person, admin_part = params_owner  # no about widget: no Part of its own
    elif data_owner is not None:
        person, admin_part = read_hugo_data_author(root, data_owner, base)
        if admin is not None:
            # content/authors/me/_index.md beside the data file: its body is the biography
            page_person, page_part = read_hugo_author(root, admin, base)
            merge_person(person, page_person)
            parts.append(page_part)
    else:
        site_data = config[2] if config else {}
        person, admin_part = read_hugo_author(root, admin, base, person_title(as_text(site_data.get("title"))))
    return _hugo_owned_site(root, options, parts, base, person, admin_part, admin, data_owner, site)


def _co_led_group(root: Path, site: _Site, config: tuple | None) -> Person | None:
    """A group's site whose member pages file two people or more under its leaders' group ("Principal
    Investigators") and none as the site's own (no superuser, no "admin"): the site is the group's, named as its
    configuration names the organization (``marketing.seo.org_name``) or the site (``title``), its affiliation the
    organization every leader's page names (:func:`_leaders_place`); None otherwise."""
    leaders = _group_leaders(sorted(_authors_dir(site.content).glob("*/_index.md")))
    if len(leaders) < 2:
        return None
    names = []
    for _path, _doc, data, _spans in site_configs(root, _PARAMS_FILES):
        seo = (data.get("marketing") or {}).get("seo") if isinstance(data.get("marketing"), dict) else None
        names.append(as_text(seo.get("org_name")) if isinstance(seo, dict) else None)
    names.append(as_text((config[2] if config else {}).get("title")))
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        return None
    place = _leaders_place(leaders)
    return Person(name=names[0], alternate_names=names[1:], affiliations=[place] if place else [])


def _leaders_place(leaders: list[Path]) -> Affiliation | None:
    """The organization each leader's page lists (``organizations: [{name: DFKI, url: ...}]``), first in the first
    leader's list, written out as a leader's role writes it before that name in brackets ("Professor at German
    Research Center for Artificial Intelligence (DFKI)"); None when they share none."""
    lists, roles = [], []
    for path in leaders:
        fm = front_matter_or_none(doc_or_none(path))
        lists.append(organizations(fm.data.get("organizations")) if fm is not None else [])
        roles.append(as_text(fm.data.get("role")) or "" if fm is not None else "")
    shared = [(n, u) for n, u in lists[0] if all(any(fold(n) == fold(m) for m, _ in other) for other in lists[1:])]
    if not shared:
        return None
    name, url = shared[0]
    for role in roles:
        m = re.search(rf"(?:^|\bat\s+|,\s*)([A-Z][^(),]*?\S)\s*\(\s*{re.escape(name)}\s*\)", role)
        if m:
            written = re.split(r"\s+at\s+", m.group(1))[-1]  # (the place after the position's words)
            name = f"{written} ({name})"
            break
    return Affiliation(name=name, url=url, current=True)


def _hugo_owned_site(root: Path, options: ImportOptions, parts: list[Part], base: str | None, person: Person,
                     admin_part: Part | None, admin: Path | None, data_owner: Path | None, site: _Site) -> Profile:
    """The site of ``person`` (found by its author page, data file, configuration or papers): the other
    authors' pages, the publications and talks, and the home page's text widgets."""
    if admin_part is not None:
        parts.insert(0, admin_part)
    if base and person.homepage is None:
        person.homepage = base
    _hugo_params(root, parts, person, site)
    _contact_widget_email(parts, person, site)
    _home_layout_profiles(root, parts, person)
    owner = options.owner or person.name
    usernames = {**_people_keys(site, person.name), "admin": person.name}
    if admin is not None:
        usernames[admin.parent.name] = person.name
    if data_owner is not None:
        usernames[data_owner.stem] = person.name
        for other in _hugo_data_authors(root):
            if other == data_owner:
                continue
            try:
                odata, _spans = load_data_file(read_file(root, other))
            except SourceError:
                continue
            oname = _hugo_data_name(odata)
            if oname:
                usernames.setdefault(other.stem, oname)
    shown = _shown_groups(site)
    for other in sorted(_authors_dir(site.content).glob("*/_index.md")):
        if other == admin or other.parent.name == "me" and data_owner is not None:
            continue
        fm = front_matter_or_none(doc_or_none(other))
        if fm is None:
            continue
        if as_text(fm.data.get("title")) or as_text(fm.data.get("name")):
            usernames[other.parent.name] = md_text(as_text(fm.data.get("title")) or as_text(fm.data.get("name")))
        student = _hugo_student(site, other, shown)
        if student is not None:
            parts.append(student)
    content = site.content
    listed, news = _collection_folders(content)
    for folder in news:
        # (a post whose front matter says it is a draft, or not published, is not on the site)
        parts += [news_item(root, page, base) for page in section_pages(content / folder)
                  if not list_page(page)]
    listed = [f for f in listed if f not in ("publication", "publications", *news)]
    # (a section named for papers, "content/papers/<slug>/index.md", that no collection block names: the site
    # serves each of its paper pages too, read as the ones a block lists are)
    listed += [d.name for d in own_folders(content) if d.name not in ("publication", "publications", *news, *listed)
               and name_kind(d) == "publications"] if content.is_dir() else []
    for folder in ("publication", "publications", *listed):
        pub_dir = content / folder
        if not pub_dir.is_dir():
            continue
        papers = name_kind(pub_dir) == "publications"  # (a folder named for papers: research/, working-papers/)
        for index in section_pages(pub_dir):
            if list_page(index) and not _paper_section(index, pub_dir, papers):
                continue
            if folder in listed and not _paper_page(index, papers=papers):
                continue  # a listed folder of talks or posts: not a paper's page
            parts += _blox_record(root, index, base, owner, usernames, [], site)
    parts += read_markdown_pages(root, _text_widgets(site, parts), owner, base)
    parts += _accomplishments(site, base)
    parts += _shortcode_students(root, content, base)
    return assemble(root, "hugo", person, parts, owner, base=base)


def _bundle_url(site: _Site, page: Path, base: str | None) -> str | None:
    """The address of a page bundle's page (``content/pubs/index.md``, served at ``<base>/pubs/``), where the
    relative links of its body lead ("[PDF](pdf/paper.pdf)": ``<base>/pubs/pdf/paper.pdf``, as a browser reads them
    on the page); None for a page that is no bundle (its links are left to the site's base, as the reader places
    them)."""
    return _page_url(site, page, base) if page.name in BUNDLE_INDEXES else None


def _page_url(site: _Site, page: Path, base: str | None) -> str | None:
    """The address Hugo gives a content page, the folder its relative links resolve in: ``content/publication/x/
    index.md`` (a bundle) and ``content/publication/x.md`` -> ``<base>/publication/x/``, the last folder renamed by
    the page's ``slug:``, or its ``url:`` whole; None without the site's base URL or for a section the configuration
    gives ``permalinks`` of its own (its pattern, dates and titles, is not followed here)."""
    content = site.content.resolve()  # (the page's path as a reader holds it: resolved, or as given)
    if not base or not page.resolve().is_relative_to(content):
        return None
    parts = list(page.resolve().relative_to(content).parts)
    parts[-1:] = [] if page.stem in ("index", "_index") else [page.stem]
    if not parts or parts[0] in site.permalinked:
        return None
    fm = front_matter_or_none(doc_or_none(page))
    data = fm.data if fm is not None else {}
    url, slug = as_text(data.get("url")), as_text(data.get("slug"))
    if url and url.startswith("/"):
        return base.rstrip("/") + "/" + url.strip("/") + "/"
    if slug and slug.strip("/"):
        parts[-1] = slug.strip("/")
    return base.rstrip("/") + "/" + "".join(f"{p}/" for p in parts)


_SHORTCODE = re.compile(r"\{\{[<%]\s*([A-Za-z][\w-]*)")
"""A shortcode a page calls (``{{< student_list scroll="false" >}}``): a template of the site's that may show a
data file."""


def _shortcode_students(root: Path, content: Path, base: str | None) -> list[Part]:
    """The students of a data file (``data/students.yaml``) that a page shows through a shortcode named after it
    (``{{< student_list >}}`` on the teaching page): the owner's students, one record each."""
    if not (root / "data").is_dir() or not content.is_dir():
        return []
    called: set[str] = set()
    for page in [*sorted(content.glob("*.md")), *folder_pages(content), *sorted(content.glob("*/*.md"))]:
        doc = doc_or_none(page)
        if doc is not None and "{{" in doc.text:
            called |= {w for m in _SHORTCODE.finditer(doc.text) for w in re.split(r"[_-]", m.group(1).lower())}
    files = [f for f in data_files(root, "data") if section_kind(f.stem.replace("_", " ")) == "students"
             and {f.stem.lower().rstrip("s"), f.stem.lower()} & called]
    return [p for p in _data_lab_parts(root, base, files) if p.students]


def _data_lab_parts(root: Path, base: str | None, files: list[Path]) -> list[Part]:
    """What the lab reader (:func:`~.lab.read_lab`) reads off the data files ``files`` of ``data/`` (a file of
    students, of news): its parts; none for no file."""
    from .lab import read_lab

    return read_lab(root, None, base, data_dir="data", files=files).parts if files else []


def _data_news(root: Path, base: str | None) -> list[Part]:
    """The news of a data file named for news (``data/news.yaml``, ``data/updates.yaml``: ``[{date, text}]``) that a
    template of the site shows (``{{ with site.Data.updates }}``, ``range .Site.Data.news``): one item a record, as
    a Jekyll site's ``_data/news.yml`` is read."""
    files = [f for f in data_files(root, "data") if f.parent == root / "data"
             and section_kind(f.stem.replace("_", " ")) == "news"]
    if not files:
        return []
    layouts = [root / "layouts", *sorted((root / "themes").glob("*/layouts"))]
    texts = [doc.text for d in layouts if d.is_dir() for t in sorted(d.rglob("*.html"))
             if (doc := doc_or_none(t)) is not None and "Data." in doc.text]
    files = [f for f in files if any(re.search(rf"(?i)\bData\.{re.escape(f.stem)}\b", t) for t in texts)]
    return [p for p in _data_lab_parts(root, base, files) if p.news]


def _accomplishments(site: _Site, base: str | None) -> list[Part]:
    """The active accomplishments widget of the home page (``content/home/accomplishments.md``, ``widget:
    accomplishments``): its front matter's ``item`` list (``title``, ``organization``, ``description``,
    ``date_start``) holds the owner's certificates, courses and honours; an item an award word names ("Bronze
    Medal", "Best Paper Award") is an award, the rest (a course taken, a course taught) no honour and left unread.

    The one reader of a widget's item list, because no other widget kg reads keeps its data there: the about widget
    is read with the owner (:func:`_about_widget`), text widgets and lists written in a widget's body as section
    pages (:func:`_text_widgets`), the people widget by the groups it shows (:func:`_shown_groups`), the
    publications widgets from ``content/publication/``. The experience widget's ``experience:`` items (``title``,
    ``company``, ``date_start``, ``date_end``) are positions that :func:`~.records.position_from_record` reads, and
    a reader of both would share the items' lines found here; it is not read today (reading it changes the
    imports of the sites that have one, a change to measure on its own); skills and languages have no field in kg."""
    home = site.content / "home"
    out: list[Part] = []
    for page in md_pages(home) if home.is_dir() else []:
        fm = front_matter_or_none(doc_or_none(page))
        if fm is None or _widget(fm.data) != "accomplishments" or fm.data.get("active") is False \
                or not isinstance(fm.data.get("item"), list):
            continue
        doc = read_file(site.root, page)
        first, last = fm.spans.get("item", (1, 0))
        items = fm.data["item"]
        spans = [fm.items.get(f"item.{i}") for i in range(len(items))]  # (each item's lines, YAML's or TOML's)
        part = Part(rel_path(site.root, page), doc, "hugo-widget")
        kind = section_kind(as_text(fm.data.get("title")) or "")
        for i, item in enumerate(items):
            line, end = spans[i] if all(spans) else (first, first)
            if kind == "publications" and isinstance(item, dict):
                # a widget the owner titled "Publications": its items are works (``organization``: the journal and
                # its volume, ``description``: the authors, ``date_start``: the date, ``url``: the paper's)
                pub = publication_from_record({"title": item.get("title"), "authors": item.get("description"),
                                               "venue": item.get("organization"), "date": item.get("date_start"),
                                               "url": item.get("url")}, DATA_KEYS, base)
                if pub is not None:
                    pub.line, pub.file = line, part.rel
                    part.publications.append(pub)
                    doc.use(line, end)
                continue
            title = md_text(as_text(item.get("title")) or "") if isinstance(item, dict) else ""
            said = md_text(as_text(item.get("description")) or "") if isinstance(item, dict) else ""
            said = said if len(said.split()) <= 8 else ""  # (a course's paragraph names no award)
            if not title or not AWARD_WORDS.search(f"{title} {said}"):
                continue
            year = find_year(as_text(item.get("date_start")) or "")
            part.awards.append(Award(name=title if AWARD_WORDS.search(title) or not said else f"{said}, {title}",
                                     year=year, years=[year] if year else [], line=line, file=part.rel))
            doc.use(line, end)
        if part.awards or part.publications:
            ignore_front_matter(doc, fm)
            settle_keys(doc, fm.spans, (), lambda key: key != "item")  # (the widget's settings: no data)
            doc.ignore(first)  # ("item:", the list's key)
            out.append(part)
    return out


def _landing(page: Path) -> bool:
    """Whether a content page is a Hugo Blox landing page, its sections the text blocks of its front matter
    (:func:`~.pages.blocks_view`)."""
    try:
        return blocks_view(*_read_page(page)) is not None
    except SourceError:
        return False


def _text_widgets(site: _Site, parts: list[Part]) -> list[Path]:
    """The active text widgets of the home page (``content/home/awards.md``: "Selected Awards and Honours" over
    a list) whose file name or title names awards, news or students: sections of the home page, read as a
    site's section pages are (the about widget, read with the owner, is not among them); and the landing pages
    whose front matter's text blocks hold such sections (Hugo Blox, :func:`~.pages.blocks_view`)."""
    root, content = site.root, site.content
    home = content / "home"
    read = {p.rel for p in parts}

    out: list[Path] = [page.resolve() for page in [content / "_index.md", *sorted(content.glob("*/_index.md"))]
                       if page.is_file() and rel_path(root, page) not in read and _landing(page)]
    for page in md_pages(home):
        if page.name in (*BUNDLE_INDEXES, "_index.md") or rel_path(root, page) in read:
            continue
        doc, fm = _read_page(page)
        if fm is None:
            continue
        data = fm.data
        widget = _widget(data)
        if data.get("active") is False:
            continue
        kind = md_page_kind(page, doc)
        if widget in TEXT_BLOCKS and kind in ("awards", "news", "students") \
                or widget not in TEXT_BLOCKS and kind in ("awards", "news", "students", "publications") and any(
                    LIST_ITEM_LINE.match(line) for line in doc.text.split("\n")[fm.body_start - 1:]):
            # (a list widget's body is shown above the list the theme fills: a list written there is the page's)
            out.append(page.resolve())
    return out



def _collection_folders(content: Path) -> tuple[list[str], list[str]]:
    """The content folders the site's pages list with a collection block (Hugo Blox ``block: collection`` with
    ``filters: folders: [papers]``): where a site keeps its papers when the folder is not ``publication``; and those
    of them a block titled as news lists (``content: {title: News, page_type: post}``, or its ``filters``' folders
    or page type), and a section whose own list page is titled as news (``content/post/_index.md``, "title: Latest
    News"): their pages are the site's news. Each page's front matter is read once for both."""
    out: list[str] = []
    news: list[str] = []
    for page in [*md_pages(content), *sorted(content.glob("*/_index.md"))] if content.is_dir() else []:
        fm = front_matter_or_none(doc_or_none(page))
        if fm is not None and page.name == "_index.md" and page.parent != content and isinstance(fm.data, dict) \
                and section_kind(as_text(fm.data.get("title")) or "") == "news" and page.parent.name not in news:
            news.append(page.parent.name)
        for value in _mappings(fm.data) if fm is not None else ():
            filters = value.get("filters") if isinstance(value.get("filters"), dict) else {}
            folders = filters.get("folders") if isinstance(filters.get("folders"), list) else []
            for f in folders:
                name = (as_text(f) or "").strip("/")
                if name and "/" not in name and ".." not in name and name not in out:
                    out.append(name)
            if section_kind(as_text(value.get("title")) or "") == "news":
                for f in [value.get("page_type"), filters.get("page_type"), *folders]:
                    name = (as_text(f) or "").strip("/")
                    if name and "/" not in name and ".." not in name and name not in news \
                            and (content / name).is_dir():
                        news.append(name)
    return out, news


_SHOWN_AT_A_MEETING = ("url_poster", "url_slides", "url_video")
"""The links of a Hugo Blox page that are what was shown at a meeting: a poster, slides, a recording."""
_PAPER_EVIDENCE = ("publication_types", "url_pdf", "url_preprint", "doi")
"""What a Hugo Blox page gives of a paper: its type, its text, its DOI."""
_TALK_TYPES = {"speech"}
"""The CSL types of a talk, as a Hugo Blox talk page may name them in ``publication_types``."""


def _talk_page(data: dict) -> bool:
    """A Hugo Blox talk's page: it names the meeting it was given at (``event``) and no publication, or its only
    CSL type is a talk's (``publication_types: ["speech"]``)."""
    types = data.get("publication_types")
    types = [as_text(t) for t in types] if isinstance(types, list) else [as_text(types)] if types else []
    if types and all((t or "").strip().lower() in _TALK_TYPES for t in types):
        return True
    return bool(as_text(data.get("event"))) and not as_text(data.get("publication"))


def _paper_section(page: Path, pub_dir: Path, papers: bool) -> bool:
    """A branch bundle of a papers folder that is one paper (``working-papers/<slug>/_index.md`` with the paper's
    front matter, :func:`_paper_page`, and no page under it): Hugo renders it as a page of its own, the site's
    list shows it. The folder's own list page, or a branch bundle grouping papers (``publication/journal/``), is
    none."""
    return page.parent != pub_dir and _paper_page(page, papers=papers) \
        and not any(p != page for p in page.parent.rglob("*.md"))


def _paper_page(page: Path, papers: bool = False) -> bool:
    """A Hugo Blox page that is one paper's record: its front matter names the publication or its type; a page
    that offers only what was shown at a meeting (a poster, slides, a recording) and nothing of a paper (no type,
    no pdf, no DOI) is a presentation at the meeting its ``publication`` names (``url_poster: 2024SfN.pdf``); a talk's page
    (:func:`_talk_page`) is none either. In a folder named for papers (``papers``: ``content/research/``), a page
    with the authors and the abstract of Hugo Blox's paper page is one too, its type and venue left out (a working
    paper's, "# publication_types:" commented out as the template has it)."""
    fm = front_matter_or_none(doc_or_none(page))
    data = fm.data if fm is not None else {}
    if any(data.get(k) for k in _SHOWN_AT_A_MEETING) and not any(data.get(k) for k in _PAPER_EVIDENCE):
        return False
    if _talk_page(data):
        return False
    return bool(as_text(data.get("title"))) and ("publication_types" in data or "publication" in data
                                                 or papers and bool(data.get("authors")) and bool(data.get("abstract")))
