"""A lab's site: the members its data files list, who heads the lab, and the news its data files hold.

Takes the root of a data-driven site (Jekyll's ``_data/people.yml``, ``team_members.yml``, ``students.yml`` ...,
which Liquid loops render into the People page, and ``_data/news.yml``); gives :func:`read_lab`'s
:class:`LabData`: the head of the lab, who is the profile's owner (the member whose role says principal
investigator, director or professor; when several do, the one the site's title names), read by the one page reader
from the record's prose (position, bio, education lines), the students (current and former, with the role the data
gives) and the news (read by :mod:`.news`), each as a :class:`~.assemble.Part` of its file with the keys read marked as used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import SourceError
from ...model import Education, Person, Student
from ..base import SourceDoc
from ..document import FrontMatter, front_matter_or_none
from ..common import (lazy_compile, NOW_WORDS, HEAD_ROLE, NOT_HEAD_ROLE, NOT_STUDENT_ROLE, STUDENT_ROLE, fold, is_head_role, is_student_role,
                      LAB_ROLE, placeholder_text, section_kind, without_degrees, without_honorifics, without_pronouns)
from .assemble import Part, merge_person
from .fields import (HANDLE_KEYS, LANGUAGE_KEY, absolute_url, apply_social, as_text, first_text, md_text,
                     field_lines, one_language, organizations)
from .files import PAGE_LOOP, collections_home, data_files, doc_or_none, mark_comments, own_list_pages, read_file, rel_path, settle_keys
from .listings import data_listings, shown
from .news import news_record, read_news
from .pages import front_matter_view, prose_person
from .records import (DATA_KEYS, NAME_PART_KEYS, PERSON_NAME_KEYS, award_from_record, education_from_record,
                      is_publication, yaml_node, yaml_records)

_ROLE_KEYS = ("position", "role", "title", "info", "status", "type", "category", "group", "degree", "program",
              "job_title", "rank", "designation", "level", "tier")
"""Keys whose value says what a member is in the lab ("Principal Investigator", "PhD student", "current")."""
_PROSE_KEYS = ("bio", "blurb", "about", "description", "summary", "abstract", "cv")
"""Keys whose value is the member's prose (``cv`` when it holds sentences: see :func:`_prose`)."""
_MEMBER_FILES = lazy_compile(r"(?i)people|members?|team|students?|alumni|group|lab|staff|faculty|pi|personnel|"
                           r"researchers?|persons?")


@dataclass
class Member:
    """One person record of a data file."""

    name: str
    name_keys: list[str]
    data: dict
    spans: dict[str, tuple[int, int]]
    own_role: str
    """The record's role values ("Principal Investigator current")."""
    role: str
    """Those, the keys of its list and the file's name, as one text."""
    part: Part


@dataclass
class LabData:
    head: Person | None = None
    parts: list[Part] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)
    """The degrees a data file of the site lists (``_data/education.yml``): the owner's."""
    unread: dict[Path, SourceDoc] = field(default_factory=dict)
    """The data files read that hold no members nor news, as read (for :func:`~.records.data_parts`)."""
    listed_news: list[Part] = field(default_factory=list)
    """The parts of ``parts`` holding news that a page of the site loops over (a personal site's news too)."""
    listed_students: list[Part] = field(default_factory=list)
    """The parts of ``parts`` holding students, read from a data file a page of the site loops over (a personal
    site's advisees, ``{% for advisee in site.data.advisees %}``), where no member heads the lab: the site's
    owner's students."""


_NAME_ROLE = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]\s*$")
"""A role written after the name, in parentheses ("Dr. Jo Roe (PI)", "Ann Lee (PhD student)")."""


_NAME_DATED_ROLE = lazy_compile(rf",\s*((?:[A-Za-z.]+\s){{1,2}}(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|{NOW_WORDS}))?)\s*"
                              r"(?:[(（]|$)")
"""A role in the lab and its years after an alumnus's name ("Jo Roe, PhD 2017 (now at State U)")."""


def name_role(text: str) -> tuple[str, str]:
    """A name and the role its closing parentheses give, when they give one ("Jo Roe (PI)" -> "Jo Roe", "PI");
    parentheses naming what the person goes by ("Mengwei (Vivienne) Liu") stay part of the name. An alumnus's
    role and years after a comma are their role in the lab, the parentheses after them where they went ("Jo Roe,
    PhD 2017 (Professor, State U)" -> "Jo Roe", "PhD 2017")."""
    dated = _NAME_DATED_ROLE.search(text)
    if dated and (STUDENT_ROLE.search(dated[1]) or NOT_STUDENT_ROLE.search(dated[1])):
        return text[:dated.start()].strip(), dated[1].strip()
    match = _NAME_ROLE.search(text)
    if match and (HEAD_ROLE.search(match[1]) or STUDENT_ROLE.search(match[1]) or NOT_STUDENT_ROLE.search(match[1])):
        return text[:match.start()].strip(), match[1].strip()
    return text, ""


_NAME_YEARS = re.compile(r"\s*[(（][^()（）]{0,40}\b(?:19|20)\d\d\b[^()（）]{0,40}[)）]\s*$")
"""When and where an alumnus was in the lab, after their name ("Jo Roe (2019-2021, State U)")."""


def record_name(data: dict) -> tuple[str | None, list[str]]:
    """A person record's name (``name``, or ``first_name`` + ``last_name``) without markup, honorifics, pronouns
    or a role in parentheses, and the keys it came from. A name written all in lower case (``"ada lind"``, a key
    the site's script capitalises when it shows it) is given capitalised."""
    for key in PERSON_NAME_KEYS:
        text = as_text(data.get(key))
        if text:
            name = _NAME_YEARS.sub("", name_role(without_pronouns(md_text(text)))[0])
            name = without_degrees(without_honorifics(name))  # "Jo Roe, PhD"
            return (name.title() if name.islower() else name) or None, [key]
    keys = [k for k in NAME_PART_KEYS if as_text(data.get(k))]
    if "last_name" in keys or "first_name" in keys:
        return " ".join(md_text(as_text(data[k])) for k in keys), keys
    return None, []


def with_twins(data: dict, keys) -> list[str]:
    """The keys read and their twins in the record's other languages (``education`` read from ``education_en``:
    ``education_zh`` too, the same facts in Chinese), for :func:`~.files.settle_keys`.

    >>> with_twins({"role_en": "Professor", "role_zh": "教授", "role": "Professor", "photo_zh": "a.png"}, ["role"])
    ['role', 'role_en', 'role_zh']
    """
    bases = {(m[1] if (m := LANGUAGE_KEY.fullmatch(k)) else k).lower() for k in keys if isinstance(k, str)}
    return [*keys, *(k for k in data if isinstance(k, str) and k not in keys and (m := LANGUAGE_KEY.fullmatch(k))
                     and m[1].lower() in bases)]


def _members_of(root: Path, path: Path) -> tuple[Part | None, list[tuple[dict, dict, tuple[str, ...]]]]:
    try:
        part = Part(rel_path(root, path), read_file(root, path), "jekyll-data")
        if path.suffix.lower() == ".toml":
            from .record_files import keyed_records

            # ("[[person]]" / "name_en = ..." / "[[item]]" / "date = ...": each table a record, one language's keys)
            return part, [(*one_language(d, s), k) for d, s, k in keyed_records(part.doc, ".toml")]
        node = yaml_node(part.doc)  # (composed once: the records are read from it in up to four ways)
        records = yaml_records(part.doc, node=node)
        if records and not any(record_name(d)[0] for d, _s, _k in records):
            # members keyed by their names ("team: {ada lind: {role: PhD student}}"): each key the member's name
            by_name = yaml_records(part.doc, keyed_by="name", node=node)
            if any(record_name(d)[0] and _has_role(d) for d, _s, _k in by_name):
                records = by_name
        if records and any(record_name(d)[0] for d, _s, _k in records):
            # "pi: {name: Jo Roe, title: Professor}" beside "students: [...]": a member kept under a key of their own
            records = _keyed_members(node, records) + records
        if any(record_name(d)[0] is None and any(_named_list(v) for v in d.values()) for d, _s, _k in records):
            # members in groups ("- role: Post-docs" / "people: [- name: ...]"): each member's record, with its
            # group's role where it has none; a member's own lists (its degrees) take no name from the member
            records, named = yaml_records(part.doc, nested=True, node=node), set()
            for data, spans, _keys in list(records):
                key = record_name(data)[1][:1]
                if key and (data[key[0]], spans.get(key[0])) in named:
                    records.remove((data, spans, _keys))
                elif key:
                    named.add((data[key[0]], spans.get(key[0])))
    except SourceError:
        return None, []
    # ("bio: {en: ..., es: ...}": a bilingual site's record, read in one language as the TOML ones are)
    return part, [(*one_language(d, s), k) for d, s, k in records]


def _keyed_members(node, records: list) -> list[tuple[dict, dict, tuple[str, ...]]]:
    """The members a file of member lists (its YAML tree ``node``, :func:`~.records.yaml_node`) keeps each under a
    key of their own, not in a list (``pi: {name: Jo Roe, title: Professor}`` over ``students: [...]``): the key a
    member group's name or a head's role ("pi", "director", "faculty"), its value one person's record (a name; plain
    values and lists of them). Those the lists hold are not taken again."""
    import yaml

    from ..base import construct_yaml
    from ..document import collect_yaml_spans
    from .fields import one_language

    if not isinstance(node, yaml.MappingNode):
        return []

    def plain(n) -> bool:
        return isinstance(n, yaml.ScalarNode) or isinstance(n, yaml.SequenceNode) and all(
            isinstance(x, yaml.ScalarNode) for x in n.value)

    taken = {(name, s.get(keys[0])) for d, s, _k in records for name, keys in [record_name(d)] if keys}
    out = []
    for k_node, v_node in node.value:
        key = str(k_node.value)
        if not isinstance(v_node, yaml.MappingNode) or not all(plain(v) for _k, v in v_node.value) or not (
                _MEMBER_FILES.fullmatch(key) or is_head_role(key.replace("_", " ").replace("-", " "))):
            continue
        data = construct_yaml(v_node)
        spans: dict[str, tuple[int, int]] = {}
        collect_yaml_spans(v_node, "", 0, spans)
        data, spans = one_language(data, {k: v for k, v in spans.items() if "." not in k})
        name, keys = record_name(data)
        if name and (name, spans.get(keys[0])) not in taken:
            out.append((data, spans, (key,)))
    return out


def _named_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(x, dict) and record_name(x)[0] for x in value)


def _member_pages(root: Path) -> list[tuple[Path, Part | None, list]]:
    """A Jekyll collection of one page per member (``_members/ada.md``, ``_alumni/``, ``_people/``): each page's
    front matter is one record, keyed by its collection's name, as a data file's list item would be."""
    out = []
    # (in the folder the configuration keeps its collections in, "collections_dir: collections", else the root)
    home = collections_home(root)
    folders = {p: p.name[1:] for p in home.iterdir() if p.is_dir() and p.name.startswith("_")
               and _MEMBER_FILES.fullmatch(p.name[1:])}
    # Jekyll's posts of a folder named for the members ("team/_posts/2017-04-02-ada-lind.md", a lab template's
    # member pages, their folder their category): a collection of one page per member too
    folders |= {d / "_posts": d.name for top in (root, root / "_pages") if top.is_dir() for d in top.iterdir()
                if d.is_dir() and _MEMBER_FILES.fullmatch(d.name) and (d / "_posts").is_dir()}
    for folder, collection in sorted(folders.items()):
        # (a file with no suffix is a document of the collection too when it opens with front matter)
        bare = sorted(p for p in folder.iterdir() if p.is_file() and not p.suffix and not p.name.startswith("."))
        for path in sorted(folder.glob("*.md")) + sorted(folder.glob("*.markdown")) + bare:
            doc = doc_or_none(path)
            fm = front_matter_or_none(doc)
            if fm is None:
                continue
            part = Part(rel_path(root, path), doc, "jekyll-member")
            if fm.data:
                data, spans = fm.data, fm.spans
                if record_name(data)[0] is None and as_text(data.get("title")):
                    # a member's page is titled with their name; a one-line description under it says their role
                    # ("title: Ada Lind" / "description: PhD Student @ Lakeside")
                    data = {k: v for k, v in data.items() if k not in ("title", "description")}
                    data["name"], spans = fm.data["title"], {**spans, "name": spans.get("title", (1, 1))}
                    role = as_text(fm.data.get("description")) or ""
                    if role and len(role.split()) <= 8 and not _has_role(data):
                        data["position"] = role
                        spans["position"] = fm.spans.get("description", spans["name"])
                    elif role:
                        data["description"] = fm.data["description"]
                body = part.doc.lines[fm.body_start - 1:]
                if not any(_prose(data, k) and not _card_line(_prose(data, k)) for k in _PROSE_KEYS) \
                        and any(x.strip() for x in body):
                    # the page's text below its front matter is the member's bio (the lab-website template's; its
                    # "description: PhD Student" is the line the member's card shows, no bio)
                    last = fm.body_start - 1 + max(k for k, x in enumerate(body, start=1) if x.strip())
                    data = {**data, "bio": "\n".join(body).strip()}
                    spans = {**spans, "bio": (fm.body_start, last)}
                out.append((path, part, [(data, spans, (collection,))]))
    return out


def _card_line(text: str) -> bool:
    """Whether a record's text is one short line, no sentence ("Principal Investigator", "PhD Student @ Lakeside"):
    what a member's card shows under the name, not their bio."""
    return len(text.split()) <= 8 and not re.search(r"[.;!?]\s*\S", text.strip())


def _front_matter_members(root: Path, pages: Iterable[Path], looped: Callable[[SourceDoc, FrontMatter], set[str] | None]
                          ) -> list[tuple[Path, Part | None, list]]:
    """The members the ``pages`` keep in lists of their own front matter: each page's records of the lists
    ``looped(doc, front_matter)`` names (the set of their keys; None or empty: none of the page's), as a data
    file's."""
    out = []
    for page in pages:
        doc = doc_or_none(page)
        fm = front_matter_or_none(doc)
        names = looped(doc, fm) if fm is not None else None
        view = front_matter_view(doc, fm) if names else None
        if view is None:
            continue
        try:
            records = [r for r in yaml_records(view) if r[2][:1] and r[2][0] in names]
        except SourceError:
            continue
        if records:
            out.append((page, Part(rel_path(root, page), view, "jekyll-data"), records))
    return out


def _own_list_members(root: Path) -> list[tuple[Path, Part | None, list]]:
    """The people pages that keep their members in their own front matter (``members:`` looped by ``{% for
    person in page.members %}``): each looped list's records, as a data file's."""
    out = _front_matter_members(root, own_list_pages(root),
                                lambda doc, _fm: {m.group("name") for m in PAGE_LOOP.finditer(doc.text)})
    return out + _profiles_layout_members(root, {page for page, _part, _records in out})


def _profiles_layout_members(root: Path, seen: set[Path]) -> list[tuple[Path, Part | None, list]]:
    """al-folio's team page (``_pages/profiles.md``, ``layout: profiles``): its layout, not the page, loops over
    the ``profiles:`` list of the page's front matter (one record per member: name, description, status), so
    the page names no loop of its own; each record is a member as a data file's would be."""
    def looped(_doc: SourceDoc, fm: FrontMatter) -> set[str] | None:
        return {"profiles"} if isinstance(fm.data, dict) and fm.data.get("layout") == "profiles" \
            and _named_list(fm.data.get("profiles")) else None

    folders = [root / "_pages", root]
    out = _front_matter_members(root, sorted({p for d in folders if d.is_dir() for p in d.glob("*.md")} - seen),
                                looped)
    for _page, _part, records in out:
        for data, spans, _keys in records:
            # "description: PhD student" (the line the card shows under the name; "status: current" only says which
            # of the page's lists it is in): the member's role
            role = as_text(data.get("description")) or ""
            if role and _card_line(role) and not as_text(data.get("position")):
                data["position"] = data["description"]
                spans["position"] = spans.get("description", spans.get("name", (1, 1)))
    return out


def read_lab(root: Path, site_title: str | None, base: str | None, handles: tuple[str, ...] = (),
             data_dir: str = "_data", files: list[Path] | None = None) -> LabData:
    """The lab's members and news from the site's data files (see the module's docstring); ``handles`` are the
    site's own account names (``github_username``): the member whose record has one heads the lab when no role
    says who does. ``data_dir``: where the site keeps them (Hugo's ``data/``); ``files``: only those data files
    (no member pages), when the caller knows which the site shows."""
    from ..page.scores import name_like
    from .owner import group_name

    out = LabData()
    members: list[Member] = []
    cv_parts: list[Part] = []  # the owner's awards and degrees, whoever heads the lab
    listings = None
    news_parts: list[Part] = []  # the lab's news, whoever heads it
    found = [*((p, *_members_of(root, p)) for p in data_files(root, data_dir)), *_member_pages(root),
             *_own_list_members(root)] if files is None else [(p, *_members_of(root, p)) for p in files]
    for path, part, records in found:
        if part is None or not records:
            if part is not None:
                out.unread[path] = part.doc
            continue
        named = section_kind(path.stem.replace("_", " "))
        # (dated records with a text are news unless the file's name says what else they are: research_talks.yml)
        if named == "news" or named is None and all(news_record(d) for d, _s, _k in records):
            if listings is None:
                listings = data_listings(root)
            # (a page's loop over the file shows some of it: "{% for item in site.data.news limit: 5 %}")
            # ("{% assign evts = site.data.news.events %}": a loop over the list under the key its records are in)
            under = {k for _d, _s, k in records}
            loops = [x for x in listings.get(path.resolve(), []) if not x.keys or under == {x.keys}]
            showing = shown([d for d, _s, _k in records], loops)
            read_news(part, [r for k, r in enumerate(records) if showing is None or showing[k]], base)
            if part.news:
                news_parts.append(part)
                if loops:
                    out.listed_news.append(part)
            continue
        dated = [r for r in records
                 if r[2] and section_kind(r[2][-1].replace("_", " ")) == "news" and news_record(r[0])]
        if named is None and dated:
            # a file of the site's parts ("home.json": {about: ..., news: {...}, funding: {...}}): the dated
            # items of its list under "news" are the news, whatever its other lists are
            read_news(part, dated, base)
            if part.news:
                news_parts.append(part)
                continue
        if section_kind(path.stem.replace("_", " ")) in ("awards", "education"):
            # "_data/awards.yml", "_data/education.yml": the owner's honours and degrees, a record each
            if _read_cv_records(part, records, out):
                cv_parts.append(part)
                continue
        people = [(d, s, k) for d, s, k in records
                  if record_name(d)[0] and not is_publication(d, DATA_KEYS, listed=True)]
        # (a file named for the owner's talks, courses or service roles lists no members, whatever role its
        # records name: "teaching.yml"'s "- role: Head Teaching Assistant / courses: [{name: ...}]")
        if not people or named in ("talks", "teaching", "service") or len(people) * 2 < len(records) or not (
                _MEMBER_FILES.search(path.stem) or any(_has_role(d) for d, _s, _k in people)
                or any(_MEMBER_FILES.search(k) for k in people[0][2])):
            out.unread[path] = part.doc
            continue
        for data, spans, keys in people:
            name, name_keys = record_name(data)
            # (the role its name carries, "Jo Roe (PI)", is its own)
            own_role = " ".join([*(_role_text(data.get(k)) for k in _ROLE_KEYS),
                                 *(name_role(md_text(as_text(data.get(k)) or ""))[1] for k in name_keys)])
            # "Mengwei (Vivienne) Liu": the name the member goes by, in parentheses, is part of a name
            plain = " ".join(re.sub(r"[(（][^()（）]{1,30}[)）]", " ", name or "").split())
            if name and name_like(plain) and not placeholder_text(name):
                # ("alumni_bsc.yml": the file's name says what its members were)
                members.append(Member(name, name_keys, data, spans, own_role, " ".join(
                    [own_role, *(str(k).replace("_", " ") for k in keys), path.stem.replace("_", " ")]), part))
        out.parts.append(part)
    if not members:
        return LabData(parts=news_parts + cv_parts, education=out.education, unread=out.unread,
                       listed_news=out.listed_news)
    # the member whose own role says so, else one whose list or file does ("pi: [...]", team_members.yml)
    own = {fold(h).lstrip("@") for h in handles if h}
    # (a member its list or file calls an alumnus, a student, is none, whatever their role says they are now:
    # "alumni: [{role: PhD, advised by Prof Poe, now Director at X}]")
    heads = [m for m in members if is_head_role(m.own_role) and not NOT_HEAD_ROLE.search(
        m.role[len(m.own_role):])] or [
        m for m in members if is_head_role(m.role)] or [
        m for m in members if own & {fold(as_text(m.data.get(k)) or "").lstrip("@") for k in HANDLE_KEYS}]
    if not heads:
        # no role key says who heads it: the one member whose prose opens by saying so ("bio: Head of the X Group
        # at Y University."), where the others' open with their posts ("Full Professor at Y")
        leads = [m for m in members if not m.own_role.strip() and _LEADS_GROUP.match(
            md_text(next((t for k in _PROSE_KEYS if (t := _prose(m.data, k))), "")))]
        heads = leads if len(leads) == 1 else []
    head = None
    title = fold(site_title or "")
    titled = [m for m in members if m.name.split()[-1] and fold(m.name.split()[-1]) in title]
    if len(titled) == 1 and not titled[0].own_role.strip() and group_name(site_title) \
            and not any(m in titled for m in heads):
        # "title: Roe Lab": the one member of that family name, whose record gives no role of its own, heads it,
        # whatever a role says of the others (an alumnus's "Jo Poe, PhD 2002 (Professor, State U)" is where they
        # are now); a member of that name the record calls something else ("Lab Manager") does not
        heads = titled
    if heads:
        head = next((m for m in heads if m.name.split()[-1] and fold(m.name.split()[-1]) in title), heads[0])
        out.head = _head_person(head, base)
        _head_awards(head)
    else:
        # no record says who heads the lab (the site's pages name its owner): its students are still the
        # owner's, the other members' files stay unread
        out.parts = []
    seen: set[str] = set()
    for m in members:
        lead, lead_keys = ("", []) if m.own_role.strip() else _prose_role(m.data)
        # (a member the lab lists among its alumni, whose record gives no role, was one of its students)
        # ("alumni_visitors.yml": the lab's former guests, no students)
        alumnus = not m.own_role.strip() and not lead and _ALUMNI.search(m.role) and not NOT_STUDENT_ROLE.search(
            m.role) and not re.search(r"(?i)visit", m.role)
        if m is head or not (is_student_role(f"{m.role} {lead}") or alumnus) or fold(m.name) in seen:
            continue  # (an alumnus listed twice, under two spans of years, is one student)
        seen.add(fold(m.name))
        if m.part not in out.parts:
            out.parts.append(m.part)
        role = md_text(text) if (text := first_text(m.data, ("position", "role", "info", "degree", "title"))) else None
        # (or the role after the name: "Jo Roe (PhD student)", "Jo Roe, PhD 2017 (now at State U)")
        role = role or lead or next((r for k in m.name_keys
                                     if (r := name_role(md_text(as_text(m.data.get(k)) or ""))[1])), None)
        # "role: msc" beside "description: MSc Student" (the lab template's team card shows the description): the
        # role as the site writes it, its key read with the member; a description in sentences is prose, as before
        shown_key = next((k for k in _PROSE_KEYS if k not in lead_keys and (t := as_text(m.data.get(k)))
                          and len(t.split()) <= 5 and not re.search(r"[.;:!?]\s*\S", t)
                          and is_student_role(md_text(t))), None)
        role = md_text(as_text(m.data[shown_key])).strip() if shown_key else role
        url_key = next((k for k in ("website", "url", "homepage", "link") if as_text(m.data.get(k))), None)
        url = absolute_url(as_text(m.data.get(url_key)), base) if url_key else None
        first = min(first for first, _last in m.spans.values())
        # "links: {orcid: ..., github: ...}" (the lab template's profile links of each member): the student's ids,
        # read as the head's are (an e-mail there has no field on a student)
        ids = Person(name=m.name)
        linked = [k for k in m.data if str(k).lower() == "links" and isinstance(m.data[k], dict)
                  and apply_social(ids, "links", m.data[k], base)]
        for k in m.data:
            # ("orcid: 0000-..." among the record's own keys: an id of the student's, as the head's is)
            had = dict(ids.identifiers)
            if str(k).lower() != "links" and k != url_key and apply_social(ids, str(k), m.data[k], base) \
                    and ids.identifiers != had:
                linked.append(k)
        m.part.students.append(Student(name=m.name, role=role, url=url, identifiers=ids.identifiers, line=first,
                                       file=m.part.rel))
        settle_keys(m.part.doc, m.spans, with_twins(m.data, [
            *m.name_keys, *(k for k in _ROLE_KEYS if as_text(m.data.get(k))), *lead_keys, *([url_key] if url else []),
            *([shown_key] if shown_key else []),
            *(linked if ids.identifiers else [])]))
    for part in out.parts:
        mark_comments(part.doc)
    if head is None and any(part.students for part in out.parts):
        listings = data_listings(root) if listings is None else listings
        out.listed_students = [part for part in out.parts if part.students and part.doc.path is not None
                               and listings.get(part.doc.path.resolve())]
    out.parts = news_parts + out.parts + cv_parts
    return out


def lab_data(root: Path, person: Person, base: str | None, taken: set[str]) -> list[Part]:
    """The parts of the site's data files that list its lab (``people.json``'s members, a ``news`` list) when
    the lab's head they name is the site's owner, whose record fills in ``person`` (job, degrees, advisors,
    e-mail): what a script shell's code renders into its page (:func:`read_lab`)."""
    from ..common import same_name
    from .files import DATA_FILE_SUFFIXES
    from .record_files import site_files

    files = [p for p in site_files(root, taken)[0] if p.suffix.lower() in DATA_FILE_SUFFIXES]
    lab = read_lab(root, None, base, files=files) if files else None
    if lab is None or lab.head is None or not same_name(lab.head.name, person.name):
        return []
    merge_person(person, lab.head)
    person.education += [e for e in lab.education if e not in person.education]
    return lab.parts


_ALUMNI = re.compile(r"(?i)(?<![^\W_])alumn(?:i|ae|us|a)(?![^\W_])")
"""A lab's list of former members ("alumni:", "_data/alumni.yml", "alumni_msc")."""


def _role_text(value) -> str:
    """A role field as text, the lines it breaks into ("Assistant Professor<br>Research Associate") kept apart
    (see :func:`~..common.is_head_role`)."""
    return md_text(re.sub(r"(?i)<br\s*/?>|</p>", " ; ", as_text(value) or ""))


_LEADS_GROUP = lazy_compile(r"(?i)\s*(?:(?:the\s+)?(?:head|director|leader|chair)\s+of\s+(?:the\s+)?[^.;:()]{0,80}?"
                          r"\b(?:group|lab(?:oratory)?|team)\b|(?:lab(?:oratory)?|group|team)\s+(?:head|director|"
                          r"lead(?:er)?)\b|princip(?:al|le)\s+investigator\b)")
"""A member's prose that opens by naming them the lab's head ("Head of the Vision Group at ...", "Group leader.",
"Principal Investigator of ...")."""

_PROSE_LEAD = re.compile(r"\s*([^.,;:()<>\[\]]+?)\s*[(.,;:]")


def _prose_role(data: dict) -> tuple[str, list[str]]:
    """The role a member's prose opens with, when no key gives one ("about: PhD candidate (2016-) studying
    wetlands." -> "PhD candidate"): six words at most before its first bracket or stop, that name a role; and the
    prose's key, read with the member."""
    key, text = next(((k, md_text(t)) for k in _PROSE_KEYS if (t := _prose(data, k))), (None, ""))
    lead = _PROSE_LEAD.match(text)
    if lead is None or len(lead[1].split()) > 6:
        return "", []
    role = lead[1]
    named = STUDENT_ROLE.search(role) or NOT_STUDENT_ROLE.search(role) or HEAD_ROLE.search(role)
    return (role, [key]) if named else ("", [])


def _prose(data: dict, key: str) -> str | None:
    """A record's prose under ``key`` (one of ``_PROSE_KEYS``); a ``cv`` of a few words is the CV's file or
    address ("cv: /files/cv.pdf"), no prose."""
    text = as_text(data.get(key))
    return None if not text or key == "cv" and len(text.split()) < 6 else text


def _has_role(data: dict) -> bool:
    return any(as_text(data.get(k)) for k in _ROLE_KEYS)


_FIRST_PIECE = re.compile(r"\s*([^,;·|&]+?)\s*[,;·|&]\s*(?=\S)")
_LAST_PIECE = re.compile(r"(?<=\S)\s*[,;·|&]\s*([^,;·|&]+?)\s*$")
"""A head's post line's first and last piece ("Principal Investigator, Senior Lecturer", "Professor · PI")."""


def _head_person(m: Member, base: str | None) -> Person:
    """The head's record -> the person: its position, prose and education lines read by the one page reader
    (:func:`~.pages.prose_person`), its e-mail and profile ids as a site's settings are read."""
    data = m.data
    used = list(m.name_keys)
    paragraphs: list[str] = []
    position = None
    lead = None  # "role: pi": what the head is in the lab, their position when nothing else names one
    # ("affiliation: Assistant Professor in the Department of X, Y University": a position line too)
    # ("info1: Professor, Department of X", "info2: Director, Y": numbered lines of one key, read in their order)
    numbered = lambda base: sorted((k for k in data if re.fullmatch(rf"(?i){base}_?\d+", str(k))),
                                   key=lambda k: int(re.sub(r"\D", "", str(k))))
    for key in (k for base in ("position", "role", "info", "title", "job_title", "designation", "affiliation")
                for k in (base, *numbered(base))):
        raw = as_text(data.get(key)) or ""
        if md_text(raw):
            used.append(key)
        # "Assistant Professor, Physics<br>Affiliate faculty (Chemistry)": each line a post of its own, the first
        # the main one (the job)
        for text in (md_text(line) for line in field_lines(raw)):
            first = _FIRST_PIECE.match(text or "")
            last = _LAST_PIECE.search(text or "")
            if first and LAB_ROLE.fullmatch(first.group(1)) and not LAB_ROLE.fullmatch(text[first.end():].strip()):
                # "Principal Investigator, Senior Lecturer in X": the lab role, then the post (the job)
                lead, text = lead or first.group(1), text[first.end():].strip()
            elif last and LAB_ROLE.fullmatch(last.group(1)) and not LAB_ROLE.fullmatch(text[:last.start()].strip()):
                lead, text = lead or last.group(1), text[:last.start()].strip()  # ("Professor · Principal Investigator")
            # "Principal Investigator" says what the person is in the lab, not their job; "Prof." is an honorific
            if text and not LAB_ROLE.fullmatch(text) and not re.fullmatch(r"(?i)(?:dr|prof|mr|ms|mrs)\.?|current",
                                                                          text):  # ("Lab PI")
                paragraphs.append(text)
                position = position or text
            elif text and LAB_ROLE.fullmatch(text):
                lead = lead or (re.sub(r"(?i)\bpi\b", "PI", text) if text.islower() else text)  # ("pi": the code)
    used += [k for k in ("status", "type", "category", "group") if as_text(data.get(k))]  # read to find the head
    for key in _PROSE_KEYS:
        text = _prose(data, key)
        if text:
            paragraphs.append(text)
            used.append(key)
    degrees = [k for k in sorted(data, key=str) if re.fullmatch(r"(?i)education_?\d*|degrees?", str(k))]
    used += [k for k in degrees if _lines(data.get(k))]
    items = [line for k in degrees for line in _lines(data.get(k))]
    person = prose_person(m.part.doc, m.name, paragraphs, items)
    if person.job_title is None and position and len(position.split()) <= 8:
        person.job_title = position  # "info: Asst. Prof.": the position as the data gives it
    if person.job_title is None and lead:
        # "role: pi" and a bio naming no position ("I started the X lab at Y"): the head's one stated position
        person.job_title = lead
    for key, value in data.items():
        if key in ("website", "homepage", "url") and as_text(value):
            url = absolute_url(as_text(value), base)
            if url and (not base or not url.rstrip("/").startswith(base.rstrip("/"))):
                person.homepage = url  # the lab site itself is no personal homepage
            used.append(key)
        elif str(key).lower() in ("affiliations", "organizations") \
                and (orgs := organizations(value) or [(t, None) for t in _lines(value)]):
            # "affiliations: [Department of X, Y Institute]", or Hugo Blox's "- name: X / url: Y" mappings: the
            # head's units, after the place their prose names
            from ..page.person import affiliation_from

            for org, url in orgs:
                if (aff := affiliation_from(md_text(org))) and all(fold(aff.name) != fold(a.name)
                                                                 for a in person.affiliations):
                    person.affiliations.append(aff.model_copy(update={"url": url}) if url and not aff.url else aff)
            used.append(key)
        elif apply_social(person, str(key), value):
            used.append(key)
        elif re.fullmatch(r"(?i)alt[-_ ]?names?|aka|also[-_ ]known[-_ ]as|alternate[-_ ]names?", str(key)) \
                and _lines(value):
            # "alt-names: [Gerard C.L. Wong, G. C. Wong]": the forms the head's papers write their name in
            person.alternate_names += [n for t in _lines(value) if (n := md_text(t)) and fold(n) != fold(m.name)
                                       and n not in person.alternate_names]
            used.append(key)
        elif (lang := LANGUAGE_KEY.fullmatch(str(key))) and lang[1].lower() == "name" and key not in used \
                and (alt := md_text(as_text(value) or "")) and fold(alt) != fold(m.name):
            # "name_zh = 王啟川" beside "name_en": the head's name in the other language
            person.alternate_names.append(alt)
            used.append(key)
    settle_keys(m.part.doc, m.spans, with_twins(data, used))  # (and the same facts in the record's other language)
    return person


def _head_awards(m: Member) -> None:
    """The honours the head's record lists (``honors: ["Fellow, ASME (2009)", ...]``, ``awards:``), read by the
    one page reader as a list under "Awards", onto the record's part."""
    from .pages import read_view

    keys = [k for k in sorted(m.data, key=str) if isinstance(k, str) and LANGUAGE_KEY.fullmatch(k) is None
            and section_kind(k.replace("_", " ")) == "awards" and _lines(m.data.get(k))]
    items = [" ".join(t.split()) for k in keys for t in _lines(m.data.get(k))]
    page = read_view(m.part.doc, [f"# {m.name}", "", "## Awards", "", *(f"- {t}" for t in items)], m.name) \
        if items else None
    if page is None or not page.awards:
        return
    for award in page.awards:
        award.line, award.file = m.spans.get(keys[0], (None, None))[0], m.part.rel
        m.part.awards.append(award)
    settle_keys(m.part.doc, m.spans, with_twins(m.data, keys))


_BULLET = re.compile(r"(?m)^\s*(?:[*+-]|\d{1,2}[.)])\s+")


def _lines(value) -> list[str]:
    """A record's list of lines: the items of a YAML list, or of a markdown list written in one text
    ("education: |" then "* PhD, X University, 2011" a line), else the text itself."""
    if isinstance(value, list):
        return [t for v in value if (t := as_text(v))]
    text = as_text(value)
    if not text:
        return []
    items = [" ".join(t.split()) for t in _BULLET.split(text) if t.strip()]
    return items if len(_BULLET.findall(text)) >= 2 else [text]


def _read_cv_records(part: Part, records, out: LabData) -> bool:
    """The awards or degrees of a data file named for them, a record each; whether it held any."""
    kind = section_kind(Path(part.rel).stem.replace("_", " "))
    found = False
    for data, spans, _keys in records:
        item, took = (award_from_record if kind == "awards" else education_from_record)(data)
        if item is None:
            continue
        if kind == "awards":
            item.line, item.file = min(first for first, _last in spans.values()), part.rel
            part.awards.append(item)
        else:
            out.education.append(item)
        settle_keys(part.doc, spans, took)
        found = True
    if found:
        mark_comments(part.doc)
    return found


