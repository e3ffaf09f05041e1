"""Site folders: a researcher's whole site, found by what its files hold, read file by file into one profile.

Five importers, by the kind of site (``detect_dir`` scores a folder, ``parse_dir`` reads it):

``jekyll``
    academicpages / AcadHomepage (``_config.yml`` with an ``author:`` block, ``_pages/about.md``,
    ``_publications/*.md``), al-folio (``_config.yml`` with ``first_name``/``last_name`` and a
    ``scholar:`` block, ``_pages/about.md``, ``_bibliography/*.bib``, ``_news/*.md``,
    ``_data/socials.yml``), a theme-less site (``index.md`` and other markdown pages, or the ``README.md``
    GitHub Pages serves), a site of HTML layouts (read from its ``_site/`` build); publications a page
    lists with a Liquid loop over ``_data/*.yml``.
``hugo``
    Hugo Blox / Academic (``content/authors/*/_index.md``, ``content/publication/*/index.md`` with
    an optional ``cite.bib``, ``config/_default/*.yaml`` or ``hugo.toml`` for ``baseURL``).
``quarto``
    a Quarto website (``_quarto.yml``, the owner's ``.qmd`` page and the section pages of its navbar).
``html-site``
    HTML pages, in the folder or its one build folder (``docs/``, ``_site/``): the home page chosen by content
    (a verification token, a redirect, an empty script shell or a 404 page is skipped with a note; a shell's
    components are read), the pages it links to under a section name, and the unlinked pages whose name,
    title or heading says publications, students, news or awards.
``github-readme``
    a GitHub profile ``README.md`` (a folder holding one, or the file itself).

When the home page names nobody, :func:`site_owner` finds who the pages are about. Editor backups and stale
copies (:func:`backup_reason`) are never read. The page reader is imported lazily:
``kg.importers.page.parse.parse_markdown_page`` (about.md, README.md, markdown and ``.qmd`` pages) and
``kg.importers.page.parse.parse_html`` (HTML pages). What is specific to a
site kind (``_config.yml``, ``_quarto.yml``, ``_publications/`` front matter, Hugo front matter, al-folio's
BibTeX, ``_data`` records) is read here.

Every item gets ``file=`` the path (relative to the site folder) it came from, and
``Profile.source.parts`` lists one :class:`~kg.model.Source` per file read, with its checksum.
A publication that appears in two files (about.md and ``_publications/``, Hugo's
``index.md`` and ``cite.bib``) is counted once: the later copy only fills what the first lacks.
"""

from __future__ import annotations

import hashlib
import html as _html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..errors import IncompleteRead, SourceError
from ..model import (
    Affiliation,
    Author,
    Award,
    Education,
    Link,
    NewsItem,
    Person,
    Profile,
    Publication,
    Source,
    Talk,
    Teaching,
    Unparsed,
)
from .base import ImportOptions, Importer, SourceDoc, compose_yaml, construct_yaml
from .document import FrontMatter, collect_yaml_spans, read_front_matter, toml_with_spans, yaml_with_spans
from .common import (
    SITE_AUTHOR_IDS,
    placeholder_text,
    apply_site_author,
    read_position,
    split_scripts,
    find_year,
    fold,
    has_cjk,
    identifier_from_url,
    name_parts,
    link_kind,
    left_out_note,
    mark_owner,
    meaning_to_mark,
    paragraphs,
    parse_date,
    parse_venue,
    repair_url,
    same_name,
    section_kind,
    split_authors,
    arxiv_id,
    doi_of,
    find_email,
)

# --- files and front matter ----------------------------------------------------------------


@dataclass
class Part:
    """One file of a site, and what was read from it."""

    rel: str
    doc: SourceDoc
    format: str
    profile: Profile | None = None
    """Items read by a page parser (their ``unparsed`` is taken as the parser left it)."""
    publications: list[Publication] = field(default_factory=list)
    news: list[NewsItem] = field(default_factory=list)
    students: list = field(default_factory=list)
    awards: list = field(default_factory=list)
    talks: list = field(default_factory=list)
    teaching: list = field(default_factory=list)
    extra_unparsed: list[Unparsed] = field(default_factory=list)
    checksum: str | None = None
    """The file's checksum when ``doc`` is a view of it (a page shown with its title as heading)."""

    def unparsed(self) -> list[Unparsed]:
        if self.profile is not None:
            used = self.doc.used | self.doc.ignored
            items = [u for u in self.profile.unparsed if u.line not in used]
        else:
            items = self.doc.unparsed()
        return [*items, *self.extra_unparsed]


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _read(root: Path, path: Path) -> SourceDoc:
    return SourceDoc.read(path, display=str(path))


def _load_yaml_file(doc: SourceDoc) -> tuple[dict, dict[str, tuple[int, int]]]:
    return yaml_with_spans(doc.text, 0, doc.display)


def _mark_comments(doc: SourceDoc, first: int = 1, last: int | None = None) -> None:
    """YAML/TOML comment lines and front-matter fences are not data."""
    last = last or len(doc.lines)
    for n in range(first, last + 1):
        s = doc.lines[n - 1].strip()
        if s.startswith("#") or s in ("---", "+++"):
            doc.ignore(n)


def _ignore_front_matter(doc: SourceDoc, fm: FrontMatter) -> None:
    """The front matter's fences and comment lines are not data."""
    if fm.fence_lines:
        doc.ignore(fm.fence_lines[0])
        doc.ignore(fm.fence_lines[1])
    _mark_comments(doc, 1, fm.body_start - 1)


def _read_markdown(root: Path, path: Path) -> tuple[SourceDoc, str, FrontMatter]:
    """A markdown file of the site: the document, its path relative to ``root`` and its front
    matter (whose fences and comments are marked as not data)."""
    doc = _read(root, path)
    rel = _rel(root, path)
    fm = read_front_matter(doc)
    _ignore_front_matter(doc, fm)
    return doc, rel, fm


# --- text helpers --------------------------------------------------------------------------------

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]+(?:\s[^)\s]+)*?)\s*(?:\"[^\"]*\")?\)")


def md_text(text: str) -> str:
    """Markdown/HTML of one field -> plain text (links keep their label)."""
    text = _MD_LINK.sub(lambda m: m.group(1), str(text))
    text = re.sub(r"\{\{[<%].*?[>%]\}\}", "", text)  # Hugo shortcodes: {{< staticref "cv.pdf" >}}CV{{< /staticref >}}
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__|\*|_(?=\w)|(?<=\w)_|`)", "", text)
    return " ".join(_html.unescape(text).split())


def md_links(text: str) -> list[tuple[str, str]]:
    """(label, target) of every markdown link and HTML anchor in a field."""
    out = [(m.group(1), m.group(2).strip("<>")) for m in _MD_LINK.finditer(text)]
    out += [(re.sub(r"<[^>]+>", "", m.group(2)), m.group(1)) for m in re.finditer(
        r"<a\s[^>]*href=['\"]([^'\"]+)['\"][^>]*>(.*?)</a>", text, re.I | re.S)]
    return out


def _absolute(url: str | None, base: str | None) -> str | None:
    """A link target as an absolute URL; relative ones are joined to the site's base URL."""
    if not url or not str(url).strip():
        return None
    url = str(url).strip()
    fixed = repair_url(url)
    if fixed:
        return fixed
    if base and not re.match(r"^[a-z][a-z0-9+.\-]*:", url, re.I) and not url.startswith("#"):
        return repair_url(urljoin(base.rstrip("/") + "/", url.lstrip("/")))
    return None


_TEMPLATE_LINES = re.compile(
    r"(click the [_*]?cite[_*]? button above|add the publication's \*\*full text\*\*|create your slides in markdown|"
    r"\{\{<\s*icon\s+name=\"download\"|"
    r"supplementary notes can be added here|^\{\{[<%].*[%>]\}\}$|^\{[a-z]+=.*\}$|"
    r"the contents above will be part of a list of publications|"
    r"write your biography here|put your address here)",
    re.I,
)


def _is_template(text: str) -> bool:
    return bool(_TEMPLATE_LINES.search(text.strip()))


def _body_paragraphs(doc: SourceDoc, first: int) -> list[tuple[int, int, str]]:
    """Paragraphs of a markdown body, template leftovers (shortcodes, the theme's sample
    sentences, attribute lines) ignored line by line."""
    for n in range(first, len(doc.lines) + 1):
        s = doc.lines[n - 1].strip()
        if s and _is_template(s):
            doc.ignore(n)
    out = []
    for start, last, _text in paragraphs(doc.lines, first, sep="\n"):
        keep = [(n, doc.lines[n - 1].strip()) for n in range(start, last + 1)
                if doc.lines[n - 1].strip() and n not in doc.ignored]
        if keep:
            out.append((keep[0][0], keep[-1][0], "\n".join(t for _, t in keep)))
    return out


def _str(value: Any) -> str | None:
    """A scalar of a YAML/TOML file as text, HTML entities decoded (``Jos&eacute;`` -> ``José``)."""
    if value is None:
        return None
    if isinstance(value, (list, dict)):
        return None
    text = _html.unescape(str(value)).strip() if "&" in str(value) else str(value).strip()
    return text or None


# --- people from configuration --------------------------------------------------------------------

_SOCIAL_URLS = {
    "googlescholar": None, "google_scholar": None, "orcid": "https://orcid.org/{}",
    "github": "https://github.com/{}", "github_username": "https://github.com/{}",
    "linkedin": "https://www.linkedin.com/in/{}", "linkedin_username": "https://www.linkedin.com/in/{}",
    "twitter": "https://x.com/{}", "twitter_username": "https://x.com/{}", "x_username": "https://x.com/{}",
    "researchgate": "https://www.researchgate.net/profile/{}", "research_gate_profile": "https://www.researchgate.net/profile/{}",
    "scholar_userid": "https://scholar.google.com/citations?user={}", "orcid_id": "https://orcid.org/{}",
    "dblp_url": None, "dblp": None, "semanticscholar_id": "https://www.semanticscholar.org/author/{}",
    "zhihu": "https://www.zhihu.com/people/{}", "openreview_id": "https://openreview.net/profile?id={}",
    "arxiv": None, "pubmed": None, "uri": None, "wikipedia": None, "youtube": None, "facebook": None,
    "instagram": None, "bluesky": None, "mastodon": None, "wechat_qr": None, "inspirehep_id": None,
    "gitlab": "https://gitlab.com/{}", "kaggle": None, "medium": None, "stackoverflow": None,
}


def _social_link(key: str, value: str) -> str | None:
    value = str(value).strip()
    url = repair_url(value)
    if url:
        return url
    template = _SOCIAL_URLS.get(key)
    if template and "?" in template and "?" in value:
        # "scholar_userid: citations?user=IwA8Y3EAAAAJ&hl=en": the address's query, not the bare id
        m = re.search(r"[?&]" + re.escape(template.split("?", 1)[1].split("=")[0]) + r"=([\w.\-]+)", "?" + value)
        value = m.group(1) if m else value
    if template and re.fullmatch(r"[\w.\-@/]+", value):
        return repair_url(template.format(value.lstrip("@")))
    return None


def _apply_social(person: Person, key: str, value: Any) -> bool:
    """Put one social/profile setting on the person; True when it was used."""
    text = _str(value)
    if not text:
        return False
    if key in ("email",) or key.endswith("_email"):
        email = find_email(text.removeprefix("mailto:"))
        if email and person.email is None:
            person.email = email
        return bool(email)
    if key not in _SOCIAL_URLS:
        return False
    url = _social_link(key, text)
    if not url:
        return False
    ident = identifier_from_url(url)
    if ident:
        person.identifiers.setdefault(*ident)
    label = key.removesuffix("_username").removesuffix("_userid").removesuffix("_id").removesuffix("_profile")
    label = {"googlescholar": "google_scholar", "scholar": "google_scholar", "uri": "homepage", "x": "twitter"}.get(label, label)
    if label == "homepage":
        person.homepage = person.homepage or url
    else:
        person.links.setdefault(label, url)
    return True


def _site_base(cfg: dict) -> str | None:
    url = _str(cfg.get("url"))
    if not url or not repair_url(url):
        return None
    base = url.rstrip("/") + "/" + (_str(cfg.get("baseurl")) or "").strip("/")
    return base.rstrip("/")


# --- merging -------------------------------------------------------------------------------------


def merge_person(base: Person, extra: Person) -> None:
    """Fill ``base`` from ``extra``: single values when missing, lists without repeats."""
    for attr in ("job_title", "email", "homepage", "image", "description", "location", "metrics"):
        if getattr(base, attr) is None and getattr(extra, attr) is not None:
            setattr(base, attr, getattr(extra, attr))
    for name in [extra.name, *extra.alternate_names]:
        if name and not same_name(name, base.name) and name not in base.alternate_names and (
            has_cjk(name) or name in extra.alternate_names
        ):
            base.alternate_names.append(name)
    for key, value in extra.identifiers.items():
        base.identifiers.setdefault(key, value)
    for key, value in extra.links.items():
        base.links.setdefault(key, value)
    for aff in extra.affiliations:
        if not any(fold(a.name) == fold(aff.name) for a in base.affiliations):
            base.affiliations.append(aff)
    for edu in extra.education:
        if not any(fold(e.institution) == fold(edu.institution) and (e.year == edu.year or None in (e.year, edu.year))
                   and fold(e.degree or "") == fold(edu.degree or "") for e in base.education):
            base.education.append(edu)
    for attr in ("advisors", "interests"):
        have = getattr(base, attr)
        for item in getattr(extra, attr):
            if not any(fold(item) == fold(h) for h in have):
                have.append(item)


# --- the owner of a site whose home page names nobody ----------------------------------------------

_PLAIN_NAME = re.compile(r"^[^\W\d_][\w'\-]*\.?(?:\s+[^\W\d_][\w'\-]*\.?){1,4}$")


def _fullness(name: str) -> tuple[int, int]:
    """How complete a written name is: its spelled-out words, then all its words."""
    words = name.replace(".", ". ").split()
    return sum(1 for w in words if len(w.rstrip(".")) > 1 and not w.endswith(".")), len(words)


def fullest_form(variants: list[str], texts: list[str] = ()) -> str:
    """The most complete way the site writes a name: the given variants (``"M. A. Hines"``) and any
    matching name written out on the pages (``"Melissa A. Hines"`` on a people page or in a footer).

    >>> fullest_form(["C. Wu"], ["<title>Chong Wu Lab</title><p>Prof. Chong Wu works on GWAS.</p>"])
    'Chong Wu'
    """
    variants = list(variants)
    first = name_parts(variants[0])
    if first is None:
        return variants[0]
    family = fold(first[1])
    for text in texts:
        plain = re.sub(r"<(?:/?(?:p|div|li|h\d|td|th|tr|section|header|footer|ul|ol|dd|dt|br|hr|title)\b)[^>]*>", "\n",
                       text, flags=re.I)
        plain = _html.unescape(re.sub(r"<[^>]+>", " ", plain))
        for m in re.finditer(rf"((?:[^\W\d_][\w'\-]*\.?[ \t]+){{1,3}}){re.escape(family)}\b", plain, re.I):
            cand = " ".join(m.group(0).split())
            cand = re.sub(r"^(?:(?:prof|professor|dr|mr|ms|mrs)\.?\s+)+", "", cand, flags=re.I)
            parts = name_parts(cand)
            cand = f"{parts[0]} {parts[1]}" if parts else cand  # "Principal Investigator Ruth K. Okafor"
            if cand.split()[-1][:1].isupper() and _PLAIN_NAME.match(cand) and any(same_name(cand, v) for v in variants[:8]):
                variants.append(cand)
    counts = {v: variants.count(v) for v in variants}
    return max(counts, key=lambda v: (_fullness(v), counts[v], -variants.index(v)))


def site_owner(pages: list[Profile], texts: list[str] = ()) -> str | None:
    """The owner of a site whose home page does not name them: the author on most of the site's
    publications (on at least two, and a quarter of those with authors, and more than anyone else), in the
    fullest form the site writes them (``M. A. Hines`` on the papers, ``Melissa A. Hines`` on the people
    page: the latter). Without publications, a name two pages agree on. None when nobody stands out.

    >>> p = [Profile(person=Person(name="Lab"), publications=[
    ...     Publication(title=f"T{i}", authors=[Author(name="M. A. Hines"), Author(name=f"X{i} Y")]) for i in range(3)])]
    >>> site_owner(p, ["<p>Melissa A. Hines, professor</p>"])
    'Melissa A. Hines'
    """
    groups: dict[str, list[tuple[list[str], set[int]]]] = {}  # family key -> [(variants, publications)]
    n_pubs = 0
    for prof in pages:
        for pub in prof.publications:
            if not pub.authors:
                continue
            n_pubs += 1
            for a in pub.authors:
                name = " ".join(re.sub(r"[*#†‡§¶✉]+", " ", a.name).split())
                parts = name_parts(name) if _PLAIN_NAME.match(name) else None
                if not parts:
                    continue
                bucket = groups.setdefault(fold(parts[1]), [])
                group = next((g for g in bucket if any(same_name(name, v) for v in g[0][:8])), None)
                if group is None:
                    bucket.append(([name], {n_pubs}))
                else:
                    if name not in group[0]:
                        group[0].append(name)
                    group[1].add(n_pubs)
    ranked = sorted((g for bucket in groups.values() for g in bucket), key=lambda g: -len(g[1]))
    if ranked and len(ranked[0][1]) >= max(2, n_pubs / 4) and (len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1])):
        return fullest_form(list(ranked[0][0]), texts)
    # the owner's name in bold, the way pages highlight the owner among coauthors, on three lines or more
    bold: list[str] = []
    for text in texts:
        for m in re.finditer(r"<(b|strong)\b[^>]*>(.*?)</\1\s*>", text, re.I | re.S):
            name = " ".join(_html.unescape(re.sub(r"<[^>]+>|[*#†‡§¶✉,]", " ", m.group(2))).split())
            if 2 <= len(name.split()) <= 4 and _PLAIN_NAME.match(name) and all(w[:1].isupper() for w in name.split()) \
                    and section_kind(name) is None and name_parts(name):
                bold.append(name)
    tally = sorted(((sum(1 for o in bold if same_name(n, o)), _fullness(n), n) for n in dict.fromkeys(bold)),
                   key=lambda t: (-t[0], -t[1][0], -t[1][1], t[2]))
    if tally and tally[0][0] >= 3 and (len(tally) == 1 or tally[0][0] > tally[1][0] or same_name(tally[0][2], tally[1][2])):
        return tally[0][2]
    names = [p.person.name for p in pages if p.person.name and _PLAIN_NAME.match(p.person.name)]
    for name in names:
        if sum(1 for other in names if same_name(name, other)) >= 2:
            return name
    # a page title that is a person's name ("Dr Jane Roe | Papers"), written on the site more than once
    for text in texts:
        m = re.search(r"<title[^>]*>(.*?)</title>", text[:30000], re.I | re.S)
        for piece in re.split(r"\s[|\-–—:·]\s|\|", _html.unescape(re.sub(r"<[^>]+>", "", m.group(1))) if m else ""):
            name = _person_title(piece)
            if name and sum(t.count(name) for t in texts) >= 2:
                return name
    return None


def _same_work(a: Publication, b: Publication) -> bool:
    if fold(a.title) != fold(b.title):
        return False
    return a.year is None or b.year is None or a.year == b.year


def merge_publication(base: Publication, extra: Publication) -> None:
    """Fill ``base`` with what ``extra`` (the same work, from another file) adds."""
    if not base.authors and extra.authors:
        base.authors = [a.model_copy() for a in extra.authors]
        base.authors_truncated = extra.authors_truncated
    elif base.authors and extra.authors and base.authors_truncated and len(extra.authors) > len(base.authors) \
            and not extra.authors_truncated:
        base.authors = [a.model_copy() for a in extra.authors]
        base.authors_truncated = False
    if base.year is None and extra.year is not None:
        base.year = extra.year
    if base.date is None and extra.date and (base.year is None or int(extra.date[:4]) == base.year):
        base.date = extra.date
    for attr in ("venue", "venue_full", "venue_type", "doi", "arxiv", "abstract", "pages", "volume", "date_text"):
        if getattr(base, attr) is None and getattr(extra, attr) is not None:
            setattr(base, attr, getattr(extra, attr))
    if base.venue_full is None and extra.venue and base.venue and extra.venue != base.venue and len(extra.venue) > len(base.venue):
        base.venue_full = extra.venue
    for kind, url in extra.links.items():
        if kind not in base.links and url not in base.links.values():
            base.links[kind] = url
    for kind, url in extra.placeholder_links.items():
        base.placeholder_links.setdefault(kind, url)
    for note in extra.notes:
        if re.fullmatch(r"\(?(?:19|20)\d\d[a-z]?\)?", note.strip()) and base.year:
            continue  # the year a citation line carried, already the work's year
        if note not in base.notes:
            base.notes.append(note)
    for kw in extra.keywords:
        if kw not in base.keywords:
            base.keywords.append(kw)


def dedupe_publications(pubs: list[Publication]) -> list[Publication]:
    """One publication per work across files: a later copy from *another* file is merged into
    the first; copies within one file are kept (a page may list a paper twice, e.g. the journal
    and the conference version)."""
    out: list[Publication] = []
    for pub in pubs:
        match = next((p for p in out if p.file != pub.file and _same_work(p, pub)), None)
        if match is None:
            out.append(pub)
        else:
            if _structured(pub.file) and not _structured(match.file) and pub.authors and (
                    not match.authors or any(len(a.name.replace(".", " ").split()) < 2 for a in match.authors)):
                # the collection's own file (front matter, BibTeX) names the authors field by field;
                # the about page's line of prose is split by guesswork
                match.authors = [a.model_copy() for a in pub.authors]
                match.authors_truncated = pub.authors_truncated
                # "(2023)" read off the citation line as a note: the year, which the file gives
                match.notes = [n for n in match.notes
                               if not (pub.year and re.fullmatch(r"\(?(?:19|20)\d\d[a-z]?\)?", n.strip()))]
            merge_publication(match, pub)
    return out


def _structured(file: str | None) -> bool:
    """A file holding one work's fields: ``_publications/*.md``, a ``.bib``, a Hugo publication page."""
    return bool(file) and (file.endswith(".bib") or file.startswith(("_publications/", "content/publication")))


def assemble(root: Path, fmt: str, person: Person, parts: list[Part], owner: str | None = None,
             aliases: list[str] = (), notes: list[Unparsed] = ()) -> Profile:
    """One profile from the parts of a site: items tagged with their file, publications
    de-duplicated across files, ``source.parts`` one per file; ``notes`` (files of the site
    seen and not read, and why) go first in ``unparsed``."""
    profile = Profile(person=person, unparsed=list(notes))
    pubs: list[Publication] = []
    for part in parts:
        items: dict[str, list] = {"publications": list(part.publications), "news": list(part.news),
                                  "awards": list(part.awards), "students": list(part.students), "service": [],
                                  "talks": list(part.talks), "teaching": list(part.teaching)}
        if part.profile is not None:
            for attr in items:
                items[attr] = [*getattr(part.profile, attr), *items[attr]]
        for attr, values in items.items():
            for item in values:
                if getattr(item, "file", None) is None:
                    item.file = part.rel
                if attr == "publications":
                    pubs.append(item)
                else:
                    getattr(profile, attr).append(item)
        for u in part.unparsed():
            profile.unparsed.append(u if u.file else u.model_copy(update={"file": part.rel}))
    profile.publications = dedupe_publications(pubs)
    if owner:
        for pub in profile.publications:
            if pub.authors and not any(a.is_self for a in pub.authors):
                mark_owner(pub.authors, owner, [*person.alternate_names, *aliases])
    sources = [Source(file=p.rel, format=p.format, checksum=p.checksum or p.doc.checksum) for p in parts]
    digest = hashlib.sha256("".join(s.checksum for s in sources).encode()).hexdigest()
    profile.source = Source(file=root.name or str(root), format=fmt, checksum=f"sha256:{digest}", parts=sources)
    return profile


def _alias_of(first: str, last: str, owner: str | None) -> bool:
    """Whether al-folio's ``scholar: first_name/last_name`` pair spells the owner (``D. Alvarez`` for Diego
    Álvarez Ruiz) rather than the theme's demo author left in place (``Albert Einstein``)."""
    if not owner:
        return True
    tokens = fold(owner).split()
    fam = fold(last).split()
    given = fold(first).strip()
    return bool(fam) and all(t in tokens for t in fam) or bool(given) and bool(tokens) and (
        given == tokens[0] or (len(given) == 1 and tokens[0].startswith(given)))


# =============================================================================================
# Jekyll: academicpages / AcadHomepage / al-folio
# =============================================================================================

_ABOUT_CANDIDATES = ("_pages/about.md", "_pages/about.markdown", "_pages/index.md", "about.md", "index.md")


def _jekyll_about(root: Path) -> Path | None:
    for rel in _ABOUT_CANDIDATES:
        if (root / rel).is_file():
            return root / rel
    return None


def detect_jekyll(path: Path) -> float:
    if not path.is_dir():
        return 0.0
    if not (path / "_config.yml").is_file():
        # GitHub Pages runs Jekyll without a configuration too: an index.md beside other markdown pages
        home = _themeless_home(path)
        return 0.4 if home is not None and home.name.lower() != "readme.md" else 0.0
    score = 0.3
    if (path / "_pages" / "about.md").is_file() or (path / "_pages" / "about.markdown").is_file():
        score += 0.5
    if any((path / "_publications").glob("*.md")) if (path / "_publications").is_dir() else False:
        score += 0.15
    if (path / "_bibliography").is_dir() and any((path / "_bibliography").glob("*.bib")):
        score += 0.15
    if _jekyll_about(path) is not None and score < 0.5:
        score = 0.5
    return min(score, 0.95)


_AUTHOR_KEYS_PERSON = {"name", "bio", "location", "employer", "email", "avatar", "uri", "homepage"}


def _jekyll_config(root: Path, parts: list[Part]) -> tuple[dict, Person | None, dict, str | None, list[str]]:
    """Read ``_config.yml``: (config, person, site_author block, site base URL, owner aliases)."""
    path = root / "_config.yml"
    if not path.is_file():
        return {}, None, {}, None, []
    doc = _read(root, path)
    cfg, spans = _load_yaml_file(doc)
    base = _site_base(cfg)
    person: Person | None = None
    aliases: list[str] = []
    used_keys: set[str] = set()
    author = cfg.get("author") if isinstance(cfg.get("author"), dict) else {}
    if author and placeholder_text(_str(author.get("name")) or ""):
        author = {}  # the theme's sample author ("Lorem ipsum", "Your Name") left in place: none of it is the owner's

    name = _str(author.get("name")) if author else None
    if name:
        used_keys.add("author.name")
    elif _str(cfg.get("author")):  # plain Jekyll themes (minima): "author: Jane Doe"
        name = md_text(_str(cfg.get("author")))
        used_keys.add("author")
    elif _str(cfg.get("name")) and not (_str(cfg.get("first_name")) or _str(cfg.get("last_name"))):
        name = _str(cfg.get("name"))
        used_keys.add("name")
    if not name and (_str(cfg.get("first_name")) or _str(cfg.get("last_name"))):  # al-folio
        name = " ".join(x for x in (_str(cfg.get("first_name")), _str(cfg.get("middle_name")),
                                    _str(cfg.get("last_name"))) if x)
        used_keys |= {k for k in ("first_name", "middle_name", "last_name") if _str(cfg.get(k))}
    top = _str(cfg.get("name"))
    if name and top and "name" not in used_keys and len(name.split()) == 1 and fold(top).startswith(fold(name) + " "):
        # academicpages: "author: name: Thomas" beside the site's "name: Thomas Baudeau"
        name = top
        used_keys.add("name")
    site_title = _str(cfg.get("title"))
    if name and re.fullmatch(r"[A-Z]{2,4}", name) and site_title and len(site_title.split()) in (2, 3) and \
            "".join(w[0] for w in site_title.split()).upper() == name:
        # "name: DK" beside "title: Daniel Karell": the initials stand for the site's title
        name = site_title
        used_keys.add("title")
    alternates: list[str] = []
    if name and has_cjk(name) and re.search(r"[A-Za-z]", name):
        # "Hankai Liu (刘涵凯)": the name, and the name in another script (the page reader's own splitter)
        latin, alts = split_scripts(name)
        if alts:
            name, alternates = latin, alts
    if name and placeholder_text(name):
        name = None
    if name:
        person = Person(name=name, alternate_names=alternates)
        if base:
            person.homepage = repair_url(base)
            used_keys.add("url")
        for key, value in (author or {}).items():
            k = f"author.{key}"
            text = _str(value)
            if not text or key == "name":
                continue
            if key == "bio":
                person.description = md_text(text)
                position = read_position(person.description)
                if position:  # "Assistant Professor of Biology at Colby College": the sidebar's one-liner
                    person.job_title = position[0]
                    if not _str((author or {}).get("employer")):
                        person.affiliations.append(Affiliation(name=position[1], role=position[0]))
            elif key == "location":
                person.location = md_text(text)
            elif key == "employer":
                person.affiliations.append(Affiliation(name=md_text(text)))
            elif key == "avatar":
                img = _absolute(text, (base + "/images/") if base else None)
                if not img:
                    continue
                person.image = img
            elif key in ("uri", "homepage"):
                url = repair_url(text)
                if not url:
                    continue
                person.homepage = url
            elif not _apply_social(person, key, text):
                continue
            used_keys.add(k)
        scholar = cfg.get("scholar") if isinstance(cfg.get("scholar"), dict) else {}
        lasts = scholar.get("last_name") or []
        firsts = scholar.get("first_name") or []
        lasts = [lasts] if isinstance(lasts, str) else lasts
        firsts = [firsts] if isinstance(firsts, str) else firsts
        for last in lasts:
            for first in firsts:
                alias = f"{first} {last}"
                # al-folio's demo ("Einstein") left in a real site: only a spelling of the owner is an alias
                if _alias_of(str(first), str(last), name):
                    aliases.append(alias)
        if lasts or firsts:  # read either way: a demo name is judged, not left unparsed
            used_keys |= {"scholar.last_name", "scholar.first_name"}
        for key in ("email", "scholar_userid", "github_username", "linkedin_username", "twitter_username",
                    "x_username", "orcid_id", "research_gate_profile", "dblp_url", "semanticscholar_id"):
            if key in cfg and _apply_social(person, key, cfg.get(key)):
                used_keys.add(key)
    for key, (first, last) in spans.items():
        if key in used_keys:
            doc.use(first, last)
        elif key == "author" and author:
            doc.ignore(first)  # the "author:" line itself; its fields are judged one by one
        elif key.startswith("author."):
            if _str(author.get(key[7:])) is None:
                doc.ignore(first, last)  # an empty placeholder such as "arxiv: # URL"
            # a filled author field kg has no slot for stays visible in unparsed
        elif "." not in key:
            doc.ignore(first, last)  # site configuration
    _mark_comments(doc)
    parts.append(Part(_rel(root, path), doc, "jekyll-config"))
    return cfg, person, author or {}, base, aliases


_JOB_WORDS = re.compile(r"\b(professor|lecturer|researcher|scientist|student|postdoc|engineer|fellow|director|"
                        r"candidate|scholar|head|chair|reader)\b", re.I)


def _alfolio_about(doc: SourceDoc, person: Person, base: str | None) -> None:
    """al-folio's about.md front matter: ``subtitle`` (affiliation links, a job title) and
    ``profile.image``, when the page parser left them."""
    try:
        fm = read_front_matter(doc)
    except SourceError:
        return
    data, spans = fm.data, fm.spans
    subtitle = _str(data.get("subtitle"))
    if subtitle and "subtitle" in spans and spans["subtitle"][0] not in doc.used:
        took = False
        for label, href in md_links(subtitle):
            name = md_text(label).strip(" .,")
            if name and name.lower() not in ("affiliations", "#") and not any(
                    fold(a.name) == fold(name) for a in person.affiliations):
                person.affiliations.append(Affiliation(name=name, url=_absolute(href, None)))
                took = True
        rest = re.sub(r"<a\s[^>]*>.*?</a>", " ", subtitle, flags=re.I | re.S)
        rest = md_text(_MD_LINK.sub(" ", rest))
        for piece in re.split(r"[.;|·]\s*", rest):
            piece = piece.strip(" ,")
            if piece and _JOB_WORDS.search(piece) and len(piece.split()) <= 8:
                person.job_title = person.job_title or piece
                for aff in person.affiliations:
                    if aff.role is None:
                        aff.role = piece
                took = True
                break
        if took:
            doc.use(*spans["subtitle"])
    profile = data.get("profile") if isinstance(data.get("profile"), dict) else {}
    for key in ("address", "more_info"):
        # al-folio's sidebar address: <p>office</p><p>street</p><p>city</p>
        text = _str(profile.get(key))
        if not text or person.location is not None or f"profile.{key}" not in spans:
            continue
        first, last = spans[f"profile.{key}"]
        if first in doc.used:
            continue
        pieces = [md_text(p) for p in re.split(r"</p>|<br\s*/?>|\n", text, flags=re.I)]
        pieces = [p.strip(" ,") for p in pieces if p.strip(" ,")]
        if pieces and not any(re.search(r"https?:|@", p) for p in pieces):
            person.location = ", ".join(pieces)
            doc.use(first, last)
    image = profile.get("image")
    if _str(image) and person.image is None and "profile.image" in spans:
        url = _absolute(_str(image), (base + "/assets/img/") if base else None)
        if url:
            person.image = url
            doc.use(*spans["profile.image"])


def _alfolio_socials(root: Path, person: Person | None, parts: list[Part]) -> None:
    path = root / "_data" / "socials.yml"
    if person is None or not path.is_file():
        return
    doc = _read(root, path)
    data, spans = _load_yaml_file(doc)
    for key, value in data.items():
        if key in spans and _apply_social(person, key, value):
            doc.use(*spans[key])
    _mark_comments(doc)
    parts.append(Part(_rel(root, path), doc, "al-folio-socials"))




def citation_authors(citation: str) -> tuple[list[Author], bool]:
    """The authors of an academicpages ``citation:`` string (APA ``Last, F.`` or plain names).

    >>> [a.name for a in citation_authors('Kobayashi, H., Mori, K., &amp; Chen, A. (2023). "T." <i>CVPR</i>.')[0]]
    ['H. Kobayashi', 'K. Mori', 'A. Chen']
    """
    text = _html.unescape(re.sub(r"<[^>]+>", "", citation))
    m = re.search(r"\(\s*(?:19|20)\d\d[a-z]?\s*\)|[\"“]", text)
    head = text[: m.start()] if m else text.split(". ")[0]
    head = head.strip()
    if not head or head.lower().startswith("your name"):
        return [], False
    truncated = False
    etal = re.search(r",?\s*(et\s*al\.?|\.\.\.|…)\s*$", head)
    if etal:
        truncated, head = True, head[: etal.start()].strip()
    # APA ("Kobayashi, H., Mori, K., & Chen, A.") is common.split_authors' (below); Chicago: "Carvalho, Mateus, Rafael Lima, and Ana Souza. 2020." -- the first name inverted
    chicago = re.sub(r"[.,]?\s*(?:19|20)\d\d[a-z]?\.?\s*$", "", head).strip(" .,")
    m = re.fullmatch(r"([A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?),\s*([A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})"
                     r"((?:,\s*(?:and\s+)?[^,]+|\s+and\s+[^,]+)*)", chicago)
    if m and chicago != head.strip(" .,") and not re.fullmatch(r"(?:[A-Z]\.\s*)+", m.group(2)):
        names = [f"{m.group(2)} {m.group(1)}"]
        names += [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(3)) if n.strip()]
        if all(1 <= len(n.split()) <= 4 for n in names):
            return [Author(name=n) for n in names], truncated
    result = split_authors(head)
    return result.authors, result.truncated or truncated


_CATEGORY_TYPES = {"manuscripts": "journal", "conferences": "conference", "books": "book", "journals": "journal",
                   "preprints": "preprint", "workshops": "workshop", "theses": "thesis", "thesis": "thesis"}
_PUB_LINK_KEYS = {"paperurl": "paper", "pdfurl": "pdf", "slidesurl": "slides", "bibtexurl": "bibtex",
                  "codeurl": "code", "code": "code", "projecturl": "project", "videourl": "video",
                  "posterurl": "poster", "arxivurl": "arxiv", "doi_url": "doi", "website": "project"}
_PUB_IGNORED = {"collection", "permalink", "layout", "author_profile", "share", "comments", "header", "sidebar",
                "classes", "toc", "published", "redirect_from", "tags"}


def _template_publication(data: dict) -> bool:
    """academicpages' sample publications, left in a real site's ``_publications``."""
    title = _str(data.get("title")) or ""
    citation = _str(data.get("citation")) or ""
    urls = " ".join(_str(data.get(k)) or "" for k in _PUB_LINK_KEYS)
    return bool(re.fullmatch(r"paper title number \d+", title.strip(), re.I)
                or re.match(r"\s*your name\b", citation, re.I)
                or ("academicpages.github.io/files/" in urls and re.search(r"\bnumber \d\b", title, re.I)))


def _unemphasize(text: str) -> str:
    """Markdown/HTML emphasis out of an author line, marks kept: ``"**A B***"`` -> ``"A B*"``."""
    text = re.sub(r"</?(?:b|strong|em|i|u)\s*>", "", text, flags=re.I)
    text = re.sub(r"<sup>\s*([^<]*?)\s*</sup>", r"\1", text, flags=re.I)
    text = re.sub(r"\*\*(?=\S)(.+?)(?<=[^\s*])\*\*", r"\1", text)
    text = re.sub(r"__(?=\S)(.+?)(?<=\S)__", r"\1", text)
    text = re.sub(r"(?<![\w*])_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    return " ".join(_html.unescape(text).split())


def read_jekyll_publication(root: Path, path: Path, base: str | None, owner: str | None,
                            aliases: list[str]) -> Part:
    """One ``_publications/*.md`` file of academicpages -> a publication."""
    doc, rel, fm = _read_markdown(root, path)
    data, spans = fm.data, fm.spans
    part = Part(rel, doc, "jekyll-publication")
    title = _str(data.get("title"))
    if not title:
        return part  # no title: the file's lines stay unparsed
    if _template_publication(data):
        doc.ignore(1, len(doc.lines))  # the theme's sample ("Paper Title Number 1" by "Your Name")
        return part
    used: set[str] = {"title"}
    pub = Publication(title=md_text(title), line=spans.get("title", (1, 1))[0], file=rel)
    date = data.get("date")
    if date is not None:
        iso = parse_date(str(date))
        if iso:
            pub.date = iso
            used.add("date")
    if pub.year is None and find_year(path.stem[:4]):
        pub.year = find_year(path.stem[:4])  # academicpages file names start with the date
    venue = _str(data.get("venue"))
    if venue:
        v = parse_venue(md_text(venue))
        pub.venue, pub.venue_full, pub.venue_type = v.venue, v.venue_full, v.venue_type
        if re.match(r"^\s*(?:working paper|work in progress|manuscript|under review|submitted)\b", md_text(venue), re.I):
            pub.venue_type = "preprint"
        pub.notes.extend(v.notes)
        if v.volume:
            pub.volume = v.volume
        if v.pages:
            pub.pages = v.pages
        used.add("venue")
    category = _str(data.get("category")) or _str(data.get("pubtype"))
    if category:
        if pub.venue_type is None and category.lower() in _CATEGORY_TYPES:
            pub.venue_type = _CATEGORY_TYPES[category.lower()]
        used.add("category" if data.get("category") else "pubtype")
    citation = _str(data.get("citation"))
    authors_field = data.get("authors")
    if isinstance(authors_field, list) and authors_field:
        pub.authors = [Author(name=md_text(str(a))) for a in authors_field if _str(a) and not left_out_note(str(a))]
        pub.authors_truncated = any(left_out_note(str(a)) for a in authors_field if _str(a))
        used.add("authors")
    elif isinstance(authors_field, str) and authors_field.strip():
        # "Chidi Okafor*, **Oluwaseun Adeyemi***": emphasis is markup, a trailing * is a mark
        r = split_authors(_unemphasize(authors_field))
        pub.authors, pub.authors_truncated = r.authors, r.truncated
        used.add("authors")
    elif citation:
        pub.authors, pub.authors_truncated = citation_authors(citation)
        if pub.authors:
            used.add("citation")
    if citation and "citation" not in used:
        used.add("citation")  # the citation repeats title and venue: read, nothing new
    if pub.authors and owner:
        mark_owner(pub.authors, owner, aliases)
    for key, kind in _PUB_LINK_KEYS.items():
        url = _absolute(_str(data.get(key)), base)
        if not url:
            continue
        k = kind
        if kind == "paper" and "arxiv.org" in url:
            k = "arxiv"
        pub.links.setdefault(k, url)
        pub.arxiv = pub.arxiv or arxiv_id(url)
        pub.doi = pub.doi or doi_of(url)
        used.add(key)
    for key in data:
        # "workingpaper: '[WP version](https://...)'", "replication: '[Replication materials](...)'": a key of
        # the theme's reader that holds only markdown links gives those links, by their labels
        value = _str(data.get(key))
        if key in used or key in _PUB_IGNORED or not value or _MD_LINK.sub("", value).strip(" ,;|·") != "":
            continue
        for label, target in md_links(value):
            url = _absolute(target, base)
            if not url:
                continue
            kind = link_kind(label, url) or "other"
            if kind not in pub.links:
                pub.links[kind] = url
            elif url not in pub.links.values() and all(x.url != url for x in pub.more_links):
                pub.more_links.append(Link(label=md_text(label) or kind, url=url))
            used.add(key)
    if _str(data.get("doi")):
        try:
            pub.doi = _str(data.get("doi"))
            used.add("doi")
        except ValueError:
            pass
    raw_excerpt = _str(data.get("excerpt")) or ""
    excerpt = md_text(raw_excerpt) or None
    # an excerpt that is a link line ("DOI: [https://doi.org/...](...)") gives links, not an abstract
    excerpt_urls = [u for u in (_absolute(t, base) for _l, t in md_links(raw_excerpt)) if u] + re.findall(
        r"https?://[^\s)\]'\"<>]+", _MD_LINK.sub(" ", raw_excerpt))
    if excerpt_urls and len(re.sub(r"https?://\S+", "", excerpt or "").split()) <= 4:
        for url in dict.fromkeys(repair_url(u) for u in excerpt_urls):
            if not url:
                continue
            if doi_of(url):
                pub.doi = pub.doi or doi_of(url)
            if url not in pub.links.values():
                pub.links.setdefault(link_kind("", url) or "paper", url)
        used.add("excerpt")
        excerpt = None
    # the body: abstract prose, link lines, the "Recommended citation" repeat
    abstract: list[str] = []
    for first, last, text in _body_paragraphs(doc, fm.body_start):
        links = md_links(text)
        if re.match(r"^\s*(recommended\s+)?citation\s*:", md_text(text), re.I):
            doc.use(first, last)
            continue
        took = False
        for label, target in links:
            url = _absolute(target, base)
            if not url:
                continue
            kind = link_kind(label, url) or "paper"
            if url not in pub.links.values():
                pub.links.setdefault(kind, url)
            took = True
        plain = md_text(text)
        if links and len(plain.split()) <= 8:
            if took:
                doc.use(first, last)
            continue
        abstract.append(plain)
        doc.use(first, last)
    if abstract:
        pub.abstract = "\n\n".join(abstract)
        if excerpt and fold(excerpt)[:40] == fold(pub.abstract)[:40]:
            used.add("excerpt")
    elif excerpt:
        pub.abstract = excerpt
        used.add("excerpt")
    for key, (first, last) in spans.items():
        if "." in key:
            continue
        if key in used:
            doc.use(first, last)
        elif key in _PUB_IGNORED or _str(data.get(key)) is None and not isinstance(data.get(key), (list, dict)):
            doc.ignore(first, last)
    part.publications.append(pub)
    return part


def read_jekyll_news(root: Path, path: Path, base: str | None) -> Part:
    """One al-folio ``_news/*.md`` announcement -> a news item."""
    doc, rel, fm = _read_markdown(root, path)
    part = Part(rel, doc, "jekyll-news")
    date = None
    m = re.match(r"\d{4}-\d{2}-\d{2}", str(fm.data.get("date") or "")) or re.match(r"\d{4}-\d{2}-\d{2}", path.stem)
    if m:
        date = m.group(0)
    title = md_text(_str(fm.data.get("title")) or "") or None
    body, links, lines = [], [], []
    for first, last, text in _body_paragraphs(doc, fm.body_start):
        body.append(md_text(text))
        for _label, target in md_links(text):
            url = _absolute(target, base)
            if url:
                links.append(url)
        lines.append((first, last))
    text = " ".join(body)
    if title and text and not fold(text).startswith(fold(title)):
        text = f"{title}: {text}"
    text = text or title
    if not text:
        return part
    part.news.append(NewsItem(date=date, text=text, links=links, line=(lines[0][0] if lines else 1), file=rel))
    for first, last in lines:
        doc.use(first, last)
    for key, (first, last) in fm.spans.items():
        if key == "date" and date or key == "title" and title:
            doc.use(first, last)
        elif "." not in key:
            doc.ignore(first, last)
    return part


def _collection_item(root: Path, path: Path, base: str | None, kind: str, keys: tuple[str, ...]):
    """What an academicpages ``_talks``/``_teaching`` file says: (part, front matter, date, body text, links)."""
    doc, rel, fm = _read_markdown(root, path)
    part = Part(rel, doc, f"jekyll-{kind}")
    doc.sections[1] = kind
    m = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", str(fm.data.get("date") or ""))
    date = m.group(0) if m else None
    body, links = [], {}
    for first, last, text in _body_paragraphs(doc, fm.body_start):
        body.append(md_text(text))
        for label, target in md_links(text):
            url = _absolute(target, base)
            if url:
                links.setdefault(link_kind(label, url) or "project", url)
        doc.use(first, last)
    for key, (first, last) in fm.spans.items():
        if "." not in key:
            if key in keys:
                doc.use(first, last)
            elif key in ("collection", "permalink", "layout", "author_profile", "excerpt_separator"):
                doc.ignore(first, last)  # site plumbing; other keys stay unparsed: kg has no field for them
    return part, fm.data, date, " ".join(body), links


def read_jekyll_talk(root: Path, path: Path, base: str | None) -> Part:
    """One academicpages ``_talks/*.md`` file -> a talk (title, venue as the event, date, location, links)."""
    part, data, date, body, links = _collection_item(root, path, base, "talks",
                                                             ("title", "venue", "date", "location"))
    title = md_text(_str(data.get("title")) or "")
    if title:
        part.talks.append(Talk(title=title, event=md_text(_str(data.get("venue")) or "") or None, date=date,
                               place=md_text(_str(data.get("location")) or "") or None, description=body or None,
                               links=links, line=1, file=part.rel))
    return part


def read_jekyll_teaching(root: Path, path: Path, base: str | None) -> Part:
    """One academicpages ``_teaching/*.md`` file -> a course (title, venue as the institution, the term from
    the date, the type as the role or level the page gives)."""
    part, data, date, body, links = _collection_item(root, path, base, "teaching",
                                                             ("title", "venue", "date", "type"))
    course = md_text(_str(data.get("title")) or "")
    if course:
        term = date[:4] if date else None
        part.teaching.append(Teaching(course=course, institution=md_text(_str(data.get("venue")) or "") or None,
                                      term=term, role=md_text(_str(data.get("type")) or "") or None,
                                      description=body or None, url=next(iter(links.values()), None), line=1,
                                      file=part.rel))
    return part


def _themeless_home(root: Path) -> Path | None:
    """The home page of a Jekyll site without a theme's layout (no ``_pages/``, no collections of papers):
    ``index.md`` (or ``about.md``), or the ``README.md`` GitHub Pages serves when there is no index."""
    if (root / "_pages").is_dir() or any((root / d).is_dir() for d in ("_publications", "_bibliography")):
        return None
    for name in ("index.md", "index.markdown", "about.md"):
        if (root / name).is_file():
            return root / name
    if not _site_pages(root):
        return _readme(root)
    return None


def parse_jekyll(path: Path, options: ImportOptions) -> Profile:
    root = path
    parts: list[Part] = []
    cfg, person, site_author, base, aliases = _jekyll_config(root, parts)
    base = base or options.base_url
    home = _themeless_home(root)
    if home is not None:
        title = _person_title(_str(cfg.get("title")), (_str(cfg.get("email")) or "", _str(cfg.get("url")) or ""))
        return _markdown_site(root, "jekyll", home, parts, title, base, [], options, person)
    _alfolio_socials(root, person, parts)
    owner = options.owner or (person.name if person else None)

    about = _jekyll_about(root)
    if about is not None:
        from .page.parse import parse_markdown_page

        doc = _read(root, about)
        # the config's values as text, entities decoded, whatever the page reader does with them
        author_block = {k: (_str(v) or "") if isinstance(v, str) else v for k, v in (site_author or {}).items()}
        if base:
            author_block["site_url"] = base
        if person is not None:
            author_block.setdefault("name", person.name)
            if person.email:
                author_block.setdefault("email", person.email)
        page = parse_markdown_page(doc, ImportOptions(owner=owner), site_author=author_block or None)
        parts.insert(1 if parts and parts[0].rel == "_config.yml" else 0,
                     Part(_rel(root, about), doc, "academicpages", profile=page))
        # the page wins over _config.yml for what it states (its bio over the sidebar one-liner)
        page_person = page.person.model_copy(deep=True)
        if person is not None:
            page_person.name = person.name if not options.owner else page_person.name
            if person.email:
                page_person.email = person.email  # the configured address over one read out of prose
            merge_person(page_person, person)
        person = page_person
        _alfolio_about(doc, person, base)
        owner = owner or person.name
    if person is None:
        # a Jekyll site whose pages are HTML layouts (index.html): its rendered _site/, else those pages
        dest = root / (_str(cfg.get("destination")) or "_site")
        title = _person_title(_str(cfg.get("title")), (_str(cfg.get("email")) or "", _str(cfg.get("url")) or ""))
        for folder in (dest, root):
            if folder.is_dir() and _site_pages(folder):
                return parse_html_site(folder, ImportOptions(owner=options.owner or title))
        raise SourceError("no owner name in _config.yml (author.name or first_name/last_name) nor in about.md",
                          path=str(root))

    # hand-written section pages beside the about page (_pages/publications.md, People.md ...)
    sections, skipped = jekyll_section_pages(root, about)
    for part in read_markdown_pages(root, sections, owner, base):
        if part.profile is not None:
            merge_person(person, _only_if_same_person(part.profile.person, person))
        parts.append(part)

    pub_dir = root / "_publications"
    if pub_dir.is_dir():
        for file in sorted(pub_dir.rglob("*.md")) + sorted(pub_dir.rglob("*.markdown")):
            parts.append(read_jekyll_publication(root, file, base, owner, aliases))

    bib_dir = root / "_bibliography"
    if bib_dir.is_dir():
        from .bibtex import read_bibtex

        for file in sorted(bib_dir.glob("*.bib")):
            doc = _read(root, file)
            rel = _rel(root, file)
            result = read_bibtex(doc.text, owner, doc=doc, pdf_base=(base + "/assets/pdf/") if base else None,
                                 file=rel, aliases=aliases)
            doc.sections[1] = "publications"
            part = Part(rel, doc, "bibtex", publications=result.publications)
            parts.append(part)

    news_dir = root / "_news"
    if news_dir.is_dir():
        for file in sorted(news_dir.glob("*.md")):
            parts.append(read_jekyll_news(root, file, base))

    # publications a page lists with a Liquid loop over a _data file
    if (root / "_data").is_dir():
        parts += jekyll_data_parts(root, [p for p in [about, *sorted((root / "_pages").glob("*.md"))] if p], base)

    # academicpages' talks and teaching collections, one item per file
    for name, reader in (("talks", read_jekyll_talk), ("teaching", read_jekyll_teaching)):
        folder = root / f"_{name}"
        if folder.is_dir():
            for file in sorted(folder.glob("*.md")) + sorted(folder.glob("*.markdown")):
                try:
                    parts.append(reader(root, file, base))
                except SourceError as err:
                    doc = _doc_or_none(file)
                    if doc is not None:
                        parts.append(unread_part(_rel(root, file), doc, "jekyll", err))

    # collections kg has no field for (blog posts, projects) are reported line by line in `unparsed`,
    # not skipped in silence
    for name in _UNREAD_COLLECTIONS:
        folder = root / f"_{name}"
        if folder.is_dir():
            for file in sorted(folder.glob("*.md")) + sorted(folder.glob("*.markdown")):
                try:
                    doc, rel, _fm = _read_markdown(root, file)
                except SourceError as err:
                    # a broken front matter in a collection kg does not read does not stop the import
                    doc = _doc_or_none(file)
                    if doc is not None:
                        parts.append(unread_part(_rel(root, file), doc, "jekyll", err))
                    continue
                doc.sections[1] = name
                parts.append(Part(rel, doc, "jekyll"))

    return assemble(root, "jekyll", person, parts, owner, aliases, notes=_skip_notes(root, skipped))


def jekyll_section_pages(root: Path, about: Path | None) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The pages of a themed Jekyll site beside its about page (``_pages/*.md``, root ``*.md``) whose name,
    title or first heading says publications, students, news or awards, and the backups left unread. A page
    that is only a Liquid loop over a collection yields nothing of its own (the collection is read as such)."""
    out: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    about_r = about.resolve() if about is not None else None
    for folder in (root / "_pages", root):
        for f in _files(folder, _MD_SUFFIXES):
            why = backup_reason(f.name)
            if why:
                skipped.append((f, why))
                continue
            if f.resolve() == about_r or f.name.lower() in ("readme.md", "license.md", "index.md", "about.md") \
                    or f.name.lower().endswith(".html.md"):
                continue
            if _md_page_kind(f, _doc_or_none(f)) in _UNLINKED_KINDS:
                out.append(f.resolve())
    for f in folder_pages(root):
        if f.resolve() != about_r and f.resolve() not in out and _md_page_kind(f, _doc_or_none(f)) in _UNLINKED_KINDS:
            out.append(f.resolve())
    return out[:MAX_LINKED_PAGES], skipped


def folder_pages(root: Path) -> list[Path]:
    """``publications/index.md``: the pages a static site serves at ``/publications/``, one per folder of the
    site's root (not the ``_``-folders Jekyll keeps for itself)."""
    out = []
    for folder in sorted(d for d in root.iterdir() if d.is_dir() and not d.name.startswith(("_", "."))):
        page = next((folder / n for n in ("index.md", "index.markdown", "index.qmd") if (folder / n).is_file()), None)
        if page is not None:
            out.append(page)
    return out


_UNREAD_COLLECTIONS = ("posts", "projects", "portfolio")


# =============================================================================================
# Hugo Blox / Academic
# =============================================================================================

_HUGO_TYPES = {
    "0": "other", "1": "conference", "2": "journal", "3": "preprint", "4": "other", "5": "book", "6": "book",
    "7": "thesis", "8": "other", "paper-conference": "conference", "article-journal": "journal",
    "article": "preprint", "preprint": "preprint", "report": "other", "book": "book", "chapter": "book",
    "thesis": "thesis", "patent": "other", "manuscript": "other",
}
_HUGO_LINKS = {"url_pdf": "pdf", "url_code": "code", "url_dataset": "data", "url_poster": "poster",
               "url_project": "project", "url_slides": "slides", "url_source": "other", "url_video": "video",
               "url_preprint": "arxiv"}
_HUGO_PUB_IGNORED = {"publishDate", "featured", "image", "projects", "slides", "draft", "weight", "share",
                     "commentable", "math", "highlight", "reading_time", "profile", "show_related", "lastmod",
                     "categories", "sections", "type", "summary"}
_STUDENT_GROUPS = re.compile(r"student|intern|postdoc|researcher|alumni|visitor|member|mentee|assistant", re.I)


def detect_hugo(path: Path) -> float:
    if not path.is_dir():
        return 0.0
    content = path / "content"
    if not content.is_dir():
        return 0.0
    score = 0.2
    if any(content.glob("authors/*/_index.md")) or _hugo_data_owner(path) is not None:
        score += 0.5
    if any(content.glob("publication/*/index.md")) or any(content.glob("publications/*/index.md")):
        score += 0.25
    if any((path / n).exists() for n in ("config", "hugo.toml", "hugo.yaml", "config.toml", "config.yaml")):
        score += 0.1
    return min(score, 0.95)


def _hugo_base(root: Path, parts: list[Part]) -> str | None:
    candidates = [root / "config" / "_default" / n for n in ("hugo.yaml", "config.yaml", "hugo.toml", "config.toml")]
    candidates += [root / n for n in ("hugo.yaml", "hugo.toml", "config.yaml", "config.toml")]
    for path in candidates:
        if not path.is_file():
            continue
        doc = _read(root, path)
        try:
            if path.suffix == ".toml":
                data, spans = toml_with_spans(doc.text, 0, doc.display)
            else:
                data, spans = _load_yaml_file(doc)
        except SourceError:
            continue
        url = _str(data.get("baseURL") or data.get("baseurl"))
        if url and repair_url(url):
            for key, (first, last) in spans.items():
                if key in ("baseURL", "baseurl"):
                    doc.use(first, last)
                elif "." not in key:
                    doc.ignore(first, last)
            _mark_comments(doc)
            parts.append(Part(_rel(root, path), doc, "hugo-config"))
            return repair_url(url.rstrip("/") + "/")
    return None


def _hugo_params(root: Path, parts: list[Part], person: Person) -> None:
    """``config/_default/params.yaml`` (or ``.toml``): the contact widget's email and address."""
    for path in [root / "config" / "_default" / n for n in ("params.yaml", "params.toml")]:
        if not path.is_file():
            continue
        doc = _read(root, path)
        try:
            if path.suffix == ".toml":
                data, spans = toml_with_spans(doc.text, 0, doc.display)
            else:
                data, spans = _load_yaml_file(doc)
        except SourceError:
            continue
        contact = data.get("contact") if isinstance(data.get("contact"), dict) else {}
        took: list[str] = []
        email = _str(contact.get("email")) or _str(data.get("email"))
        if email and find_email(email):
            person.email = person.email or find_email(email)
            took.append("contact.email" if _str(contact.get("email")) else "email")
        address = contact.get("address")
        address_key = "contact.address"
        if address is None and data.get("address") is not None:
            address, address_key = data.get("address"), "address"  # Academic before v5: top-level params
        if isinstance(address, dict):
            pieces = [_str(address.get(k)) for k in ("street", "city", "region", "postcode", "country")]
            where = ", ".join(p for p in pieces if p)
            if where and person.location is None:
                person.location = where
                took += [f"{address_key}.{k}" for k in ("street", "city", "region", "postcode", "country")
                         if _str(address.get(k))]
                if address_key == "address":
                    took.append("address")  # a TOML inline table: one line
        elif _str(address) and person.location is None:
            person.location = md_text(_str(address))
            took.append(address_key)
        for key, (first, last) in spans.items():
            if key in took:
                doc.use(first, last)
            elif "." not in key:
                doc.ignore(first, last)
        _mark_comments(doc)
        # what the contact widget leaves empty or kg has no slot for (phone, office hours) is not read
        parts.append(Part(_rel(root, path), doc, "hugo-config"))
        return


def _hugo_admin(root: Path) -> Path | None:
    authors = root / "content" / "authors"
    if (authors / "admin" / "_index.md").is_file():
        return authors / "admin" / "_index.md"
    if (authors / "me" / "_index.md").is_file():  # Hugo Blox since 2024: the owner's user name is "me"
        return authors / "me" / "_index.md"
    for path in sorted(authors.glob("*/_index.md")):
        try:
            fm = read_front_matter(_read(root, path))
        except SourceError:
            continue
        if fm.data.get("superuser") is True:
            return path
    return None


def _social_items(person: Person, items: Any, base: str | None) -> bool:
    """A list of profile links (Hugo's ``social:``/``links:``, Quarto's ``about: links:``; each with an
    ``icon`` and a ``link``/``url``/``href``) -> email, links, ids. True when one was read."""
    took = False
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = _str(item.get("link")) or _str(item.get("url")) or _str(item.get("href"))
        icon = (_str(item.get("icon")) or "").split("/")[-1]
        if not link:
            continue
        if link.startswith("mailto:") or icon in ("envelope", "at-symbol"):
            email = find_email(link.removeprefix("mailto:"))
            if email:
                person.email = person.email or email
                took = True
            continue
        url = _absolute(link, base)
        if not url:
            continue
        ident = identifier_from_url(url)
        if ident:
            person.identifiers.setdefault(*ident)
        label = {"graduation-cap": "google_scholar", "google-scholar": "google_scholar", "mortarboard": "google_scholar",
                 "mortarboard-fill": "google_scholar", "cv": "cv", "ai": "cv"}.get(icon, icon or "other")
        if ident and ident[0] == "google_scholar":
            label = "google_scholar"  # whatever the icon: a Scholar profile
        person.links.setdefault(label.replace("-", "_"), url)
        took = True
    return took


def _hugo_data_authors(root: Path) -> list[Path]:
    folder = root / "data" / "authors"
    if not folder.is_dir():
        return []
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml"), *folder.glob("*.toml"), *folder.glob("*.json")])


def _hugo_data_owner(root: Path) -> Path | None:
    """Hugo Blox's author data file of the owner: ``data/authors/me.yaml`` (or one with ``is_owner: true``)."""
    files = _hugo_data_authors(root)
    for path in files:
        if path.stem == "me":
            return path
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if re.search(r"^is_owner:\s*true\b", text, re.M):
            return path
    return None


def _hugo_data_name(data: dict) -> str | None:
    """``name: {display, given, family}`` (or a plain string) -> the name, without "Dr." / "Prof."."""
    name = data.get("name")
    if isinstance(name, dict):
        given, family = _str(name.get("given")), _str(name.get("family"))
        if given and family:
            return f"{given} {family}"
        name = name.get("display")
    text = md_text(_str(name) or "")
    text = re.sub(r"^(?:(?:dr|prof|professor|mr|mrs|ms)\.?\s+)+", "", text, flags=re.I).strip()
    return text or None


def _load_data_file(doc: SourceDoc, path: Path) -> tuple[dict, dict[str, tuple[int, int]]]:
    if path.suffix == ".toml":
        return toml_with_spans(doc.text, 0, doc.display)
    return _load_yaml_file(doc)  # JSON is YAML too


def read_hugo_data_author(root: Path, path: Path, base: str | None) -> tuple[Person, Part]:
    """``data/authors/me.yaml`` (Hugo Blox author schema v1) -> the person (name, role, affiliations,
    bio, links, interests, education, experience as past/current affiliations) and awards."""
    doc = _read(root, path)
    rel = _rel(root, path)
    data, spans = _load_data_file(doc, path)
    name = _hugo_data_name(data)
    if not name:
        raise SourceError("author data file has no name", path=doc.display, line=1)
    person = Person(name=name)
    used = {"name"}
    display = data.get("name").get("display") if isinstance(data.get("name"), dict) else None
    alt = _hugo_data_name({"name": display}) if _str(display) else None
    if alt and fold(alt) != fold(name):
        person.alternate_names.append(alt)
    role = _str(data.get("role"))
    if role:
        person.job_title = md_text(role)
        used.add("role")
    orgs = data.get("affiliations") or data.get("organizations") or []
    for org in orgs if isinstance(orgs, list) else []:
        org_name = _str(org.get("name")) if isinstance(org, dict) else _str(org)
        if not org_name:
            continue
        url = _absolute(_str(org.get("url")), None) if isinstance(org, dict) else None
        person.affiliations.append(Affiliation(name=md_text(org_name), url=url,
                                               role=person.job_title if not person.affiliations else None))
        used.add("affiliations" if data.get("affiliations") else "organizations")
    bio = md_text(_str(data.get("bio")) or "") or None
    if bio:
        person.description = bio
        used.add("bio")
    if _social_items(person, data.get("links") or data.get("social"), base):
        used.add("links" if data.get("links") else "social")
    email = _str(data.get("email"))
    if email and find_email(email):
        person.email = person.email or find_email(email)
        used.add("email")
    interests = data.get("interests") or []
    if isinstance(interests, list):
        person.interests = [md_text(str(i)) for i in interests if _str(i)]
        if person.interests:
            used.add("interests")
    for c in data.get("education") or [] if isinstance(data.get("education"), list) else []:
        if not isinstance(c, dict) or not (_str(c.get("institution")) or _str(c.get("school"))):
            continue
        degree, field_ = _split_degree(_str(c.get("degree")) or _str(c.get("area")) or _str(c.get("course")))
        end = c.get("end") or c.get("date_end") or c.get("year")
        year = find_year(str(end)) if end else None
        person.education.append(Education(degree=degree, field=field_, year=year,
                                          institution=md_text(_str(c.get("institution")) or _str(c.get("school")))))
        used.add("education")
    for job in data.get("experience") or [] if isinstance(data.get("experience"), list) else []:
        if not isinstance(job, dict):
            continue
        org = _str(job.get("org")) or _str(job.get("company")) or _str(job.get("organization"))
        if not org:
            continue
        start = find_year(str(job.get("start") or job.get("date_start") or ""))
        end_raw = job.get("end") or job.get("date_end")
        end = find_year(str(end_raw)) if end_raw else None
        title = md_text(_str(job.get("role")) or _str(job.get("title")) or "") or None
        existing = next((a for a in person.affiliations if fold(a.name) == fold(md_text(org))), None)
        if existing is not None and end is None:
            existing.role = existing.role or title
            existing.start_year = existing.start_year or start
        else:
            person.affiliations.append(Affiliation(name=md_text(org), role=title, current=end is None,
                                                   start_year=start, end_year=end))
        used.add("experience")
    awards: list[Award] = []
    for item in data.get("awards") or [] if isinstance(data.get("awards"), list) else []:
        if not isinstance(item, dict) or not _str(item.get("title")):
            continue
        year = find_year(str(item.get("date") or ""))
        award = Award(name=md_text(item["title"]), year=year, years=[year] if year else [],
                      url=_absolute(_str(item.get("url")), None), line=spans.get("awards", (1, 1))[0], file=rel)
        awarder = md_text(_str(item.get("awarder")) or "")
        if awarder and fold(awarder) not in fold(award.name):
            award.name = f"{award.name}, {awarder}"
        used.add("awards")
        awards.append(award)
    part = Part(rel, doc, "hugo-author")
    part.awards.extend(awards)
    for key, (first, last) in spans.items():
        if "." in key:
            continue
        if key in used:
            doc.use(first, last)
        elif key in ("schema", "slug", "is_owner", "status", "languages", "skills", "highlight_name",
                     "user_groups", "weight", "avatar") or not data.get(key):
            doc.ignore(first, last)
    _mark_comments(doc)
    return person, part


def read_hugo_author(root: Path, path: Path, base: str | None) -> tuple[Person, Part]:
    """``content/authors/<user>/_index.md`` -> the person (name, role, organizations, bio,
    interests, education, social links)."""
    doc, rel, fm = _read_markdown(root, path)
    data, spans = fm.data, fm.spans
    name = _str(data.get("title")) or " ".join(x for x in (_str(data.get("first_name")), _str(data.get("last_name"))) if x)
    used = {"title"}
    if not name and _str(data.get("name")):
        name = md_text(_str(data.get("name")))  # Academic before v4.6: "name:", not "title:"
        used.add("name")
    if not name:
        raise SourceError("author page has no title (the display name)", path=doc.display, line=1)
    person = Person(name=name)
    if _str(data.get("first_name")) or _str(data.get("last_name")):
        used |= {"first_name", "last_name"}
    if _str(data.get("name_pronunciation")):
        used.add("name_pronunciation")
    role = _str(data.get("role"))
    if role:
        person.job_title = md_text(role)
        used.add("role")
    orgs = data.get("organizations") or []
    for org in orgs if isinstance(orgs, list) else []:
        if isinstance(org, dict) and _str(org.get("name")):
            url = _absolute(_str(org.get("url")), None)
            person.affiliations.append(Affiliation(name=md_text(org["name"]), url=url, role=person.job_title))
            used.add("organizations")
        elif isinstance(org, str) and org.strip():
            person.affiliations.append(Affiliation(name=md_text(org), role=person.job_title))
            used.add("organizations")
    bio = md_text(_str(data.get("bio")) or "") or None
    if bio:
        used.add("bio")
    interests = data.get("interests") or []
    if isinstance(interests, list):
        person.interests = [md_text(str(i)) for i in interests if _str(i)]
        if person.interests:
            used.add("interests")
    edu = data.get("education")
    courses = edu.get("courses") if isinstance(edu, dict) else edu if isinstance(edu, list) else []
    for c in courses or []:
        if not isinstance(c, dict):
            continue
        institution = _str(c.get("institution")) or _str(c.get("school"))
        if not institution:
            continue
        degree_text = _str(c.get("course")) or _str(c.get("area")) or _str(c.get("degree"))
        degree, field_ = _split_degree(degree_text)
        year = c.get("year") or find_year(str(c.get("date_end") or c.get("end") or ""))
        try:
            year = int(year) if year else None
        except (TypeError, ValueError):
            year = find_year(str(year))
        person.education.append(Education(degree=degree, field=field_, institution=md_text(institution), year=year))
        used.add("education")
    email = _str(data.get("email"))
    if email and find_email(email):
        person.email = find_email(email)
        used.add("email")
    social = data.get("social") or data.get("profiles") or []
    social_key = "social" if data.get("social") else "profiles"
    if _social_items(person, social, base):
        used.add(social_key)
    body: list[str] = []
    for first, last, text in _body_paragraphs(doc, fm.body_start):
        body.append(md_text(text))
        doc.use(first, last)
    description = "\n\n".join(x for x in [bio, *body] if x) or None
    person.description = description
    from .page.person import _advisors_in  # the bio's "advised by Dr. X", as on any page
    person.advisors += [a for a in _advisors_in(" ".join(body)) if a not in person.advisors]
    for key, (first, last) in spans.items():
        if "." in key:
            continue
        if key in used:
            doc.use(first, last)
        elif key in ("authors", "superuser", "highlight_name", "user_groups", "weight", "avatar", "draft",
                     "name_pronunciation", "status") or _str(data.get(key)) is None and not data.get(key):
            doc.ignore(first, last)
    return person, Part(rel, doc, "hugo-author")


def _split_degree(text: str | None) -> tuple[str | None, str | None]:
    """``"PhD in Artificial Intelligence"`` -> (``"PhD"``, ``"Artificial Intelligence"``)."""
    if not text:
        return None, None
    text = md_text(text)
    m = re.match(r"^(.*?)\s+(?:in|of)\s+(.+)$", text)
    if m and len(m.group(1).split()) <= 3:
        return m.group(1).strip(" ,"), m.group(2).strip()
    # "PhD Artificial Intelligence" (Hugo Blox's data file): a degree abbreviation, then the field
    m = re.match(r"^((?:Ph\.?\s?D|D\.?Phil|M\.?\s?Sc|B\.?\s?Sc|M\.?\s?Eng|B\.?\s?Eng|M\.?Phil|M\.?S|B\.?S|M\.?A|B\.?A"
                 r"|MBA|MPH|B\.?Tech|M\.?Tech|Dipl\.?-Ing)\.?),?\s+([A-Z].+)$", text)
    if m:
        return m.group(1), m.group(2).strip()
    return text, None


def _hugo_student(root: Path, path: Path) -> Part | None:
    """A group member's author page (``user_groups: [Grad Students]``) -> a student."""
    from ..model import Student

    doc = _read(root, path)
    try:
        fm = read_front_matter(doc)
    except SourceError:
        return None
    groups = fm.data.get("user_groups") or []
    groups = [groups] if isinstance(groups, str) else groups
    group = next((g for g in groups if isinstance(g, str) and _STUDENT_GROUPS.search(g)), None)
    name = _str(fm.data.get("title")) or _str(fm.data.get("name"))
    if not group or not name:
        return None
    orgs = fm.data.get("organizations") or []
    institution = None
    if isinstance(orgs, list) and orgs:
        o = orgs[0]
        institution = _str(o.get("name")) if isinstance(o, dict) else _str(o)
    role = _str(fm.data.get("role")) or group
    rel = _rel(root, path)
    student = Student(name=md_text(name), institution=institution, role=md_text(role),
                      line=fm.spans.get("title", (1, 1))[0], file=rel)
    _ignore_front_matter(doc, fm)
    for key, (first, last) in fm.spans.items():
        if "." in key:
            continue
        if key in ("title", "name", "user_groups", "role") or key == "organizations" and institution:
            doc.use(first, last)
        else:
            doc.ignore(first, last)
    part = Part(rel, doc, "hugo-author")
    part.students.append(student)
    return part


def read_hugo_publication(root: Path, path: Path, base: str | None, owner: str, usernames: dict[str, str],
                          aliases: list[str]) -> list[Part]:
    """``content/publication/<slug>/index.md`` (and its ``cite.bib``) -> one publication."""
    doc, rel, fm = _read_markdown(root, path)
    data, spans = fm.data, fm.spans
    part = Part(rel, doc, "hugo-publication")
    parts = [part]
    title = _str(data.get("title"))
    if not title:
        return parts
    used = {"title"}
    pub = Publication(title=md_text(title), line=spans.get("title", (1, 1))[0], file=rel)
    # authors: user names (admin) stand for the people with an author page
    authors = data.get("authors") or []
    notes = data.get("author_notes") or []
    if isinstance(authors, list) and any(" and " in (_str(a) or "") for a in authors) and any(
            len((_str(a) or "").split()) == 1 and _str(a) not in usernames and _str(a) != "admin" for a in authors):
        # "authors: [Sato, Yuko and Michael Wahman]": a BibTeX author string the YAML list cut at its commas
        authors = [", ".join(_str(a) or "" for a in authors)]
        notes = []
    elif isinstance(authors, list) and len(authors) == 2 and all(len((_str(a) or "x y").split()) == 1 for a in authors) \
            and same_name(f"{_str(authors[1])} {_str(authors[0])}", owner):
        authors = [f"{_str(authors[0])}, {_str(authors[1])}"]  # "authors: [Sato, Yuko]": the owner, family first
        notes = []
    if isinstance(authors, list) and authors:
        for i, a in enumerate(authors):
            raw = _str(a)
            pub.authors_truncated = pub.authors_truncated or left_out_note(raw or "")  # "author 449 of 729"
            if not raw or left_out_note(raw):
                continue
            is_self = raw == "admin" or raw in usernames and usernames[raw] == owner
            name = usernames.get(raw, owner if raw == "admin" else md_text(raw))
            people = [name]
            if raw not in usernames and raw != "admin" and re.search(r"\s(?:and|&)\s|,", raw):
                # one item holding several people or a family-first name: "Sato, Yuko and Michael Wahman"
                from .bibtex import bibtex_names

                people = bibtex_names(md_text(raw)) or [name]
            for name in people:
                author = Author(name=name, is_self=is_self)
                if isinstance(notes, list) and i < len(notes) and _str(notes[i]) and len(people) == 1:
                    mark = meaning_to_mark(str(notes[i]))
                    if mark:
                        author.marks = [mark]
                pub.authors.append(author)
        if not any(a.is_self for a in pub.authors):
            mark_owner(pub.authors, owner, aliases)
        used.add("authors")
        if notes:
            used.add("author_notes")
    date = data.get("date")
    if date is not None:
        iso = parse_date(str(date)[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", str(date)) else parse_date(str(date))
        if iso:
            pub.date = iso
            used.add("date")
    types = data.get("publication_types") or []
    types = [types] if isinstance(types, (str, int)) else types
    for t in types:
        vt = _HUGO_TYPES.get(str(t))
        if vt:
            pub.venue_type = vt
            used.add("publication_types")
            break
    publication = md_text(re.sub(r"^\s*in\s+", "", _str(data.get("publication")) or "", flags=re.I)) or None
    short = md_text(re.sub(r"^\s*in\s+", "", _str(data.get("publication_short")) or "", flags=re.I)) or None
    if publication or short:
        v = parse_venue(publication or short)
        if short:
            # "In *AAAI 2022*": the short name without the year the widget shows beside it
            short = re.sub(r"[\s,']+(?:19|20)\d\d$|\s*['’]\d\d$", "", short).strip() or short
            pub.venue = short
            full = publication
            if full:
                vf = parse_venue(full)
                # "*Journal of Hydrology*, 620": the name, without the volume after it
                if vf.venue_full is None:
                    full = vf.venue or full
                elif vf.venue == short:
                    full = vf.venue_full
            if full:
                # "Computer Aided Verification (CAV 2021)": the year went with the short name
                full = re.sub(r"\(\s*\)", "", re.sub(r"\(\s*([^()]*?)\s*\)", r"(\1)", full))
                full = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", full)).strip(" ,")
            pub.venue_full = full if full and full != short else None
        else:
            pub.venue, pub.venue_full = v.venue, v.venue_full
        if pub.venue and re.match(r"^arxiv\b", pub.venue, re.I):
            # "*arXiv preprint arXiv:2311.03317*"
            m = re.search(r"arxiv\s*:\s*(\d{4}\.\d{4,5})", publication or short or "", re.I)
            if m:
                pub.arxiv = pub.arxiv or m.group(1)
            rest = re.sub(r"\barxiv\s*:\s*\d{4}\.\d{4,5}(?:v\d+)?", " ", pub.venue_full or "", flags=re.I).strip(" ,.")
            pub.venue = "arXiv"
            pub.venue_full = rest if rest and fold(rest) not in ("arxiv", "arxiv preprint", "preprint") else None
        if v.volume is None and publication:
            m = re.match(r"^[^,]+,\s*(?:vol(?:ume)?\.?\s*)?(\d{1,4})(?:\s*\(\d+\))?\s*(?:[,:]|$)", md_text(publication))
            if m and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
                v.volume = m.group(1)
        pub.volume = v.volume
        pub.notes.extend(v.notes)
        if pub.venue_type is None or pub.venue_type == "other":
            pub.venue_type = v.venue_type or pub.venue_type
        used |= {k for k in ("publication", "publication_short") if _str(data.get(k))}
    doi = _str(data.get("doi"))
    if doi:
        try:
            pub.doi = doi
            used.add("doi")
        except ValueError:
            pass
    ids = (data.get("hugoblox") or {}).get("ids") if isinstance(data.get("hugoblox"), dict) else None
    if isinstance(ids, dict):
        if _str(ids.get("arxiv")):
            pub.arxiv = _str(ids["arxiv"])
        if _str(ids.get("doi")) and not pub.doi:
            try:
                pub.doi = _str(ids["doi"])
            except ValueError:
                pass
        used.add("hugoblox")
    abstract = md_text(_str(data.get("abstract")) or "") or None
    if abstract:
        pub.abstract = abstract
        used.add("abstract")
    elif md_text(_str(data.get("summary")) or ""):
        pub.abstract = md_text(data["summary"])  # the short abstract when there is no long one
        used.add("summary")
    tags = data.get("tags") or []
    if isinstance(tags, list) and tags:
        pub.keywords = [md_text(str(t)) for t in tags if _str(t)]
        used.add("tags")
    for key, kind in _HUGO_LINKS.items():
        url = _absolute(_str(data.get(key)), base)
        if not url:
            continue
        k = kind
        if doi_of(url):
            pub.doi = pub.doi or doi_of(url)
        if arxiv_id(url):
            pub.arxiv = pub.arxiv or arxiv_id(url)
            if kind == "pdf":
                k = "arxiv" if "/abs/" in url else "pdf"
        pub.links.setdefault(k, url)
        used.add(key)
    for item in data.get("links") or [] if isinstance(data.get("links"), list) else []:
        if not isinstance(item, dict):
            continue
        url = _absolute(_str(item.get("url")), base)
        if not url:
            continue
        label = _str(item.get("name")) or _str(item.get("type")) or _str(item.get("icon")) or ""
        kind = "supplement" if re.search(r"\bsupp", label, re.I) else link_kind(label, url) or "other"
        if kind in pub.links and "other" not in pub.links:
            kind = "other"
        pub.links.setdefault(kind, url)
        if arxiv_id(url):
            pub.arxiv = pub.arxiv or arxiv_id(url)
        if doi_of(url):
            pub.doi = pub.doi or doi_of(url)
        used.add("links")
    # the body: page text (the abstract when the front matter has none); template leftovers
    body = _body_paragraphs(doc, fm.body_start)
    if body and pub.abstract is None:
        pub.abstract = "\n\n".join(md_text(t) for _, _, t in body)
        for first, last, _ in body:
            doc.use(first, last)
    elif body:
        # beside a front-matter abstract: a short line pointing to a project page, slides, code
        for first, last, text in body:
            links = md_links(text)
            if not links or len(md_text(text).split()) > 25:
                continue
            for label, target in links:
                url = _absolute(target, base)
                if url:
                    kind = link_kind(label, url) or "other"
                    if url not in pub.links.values():
                        pub.links.setdefault(kind, url)
            doc.use(first, last)
    for key, (first, last) in spans.items():
        if "." in key:
            continue
        if key in used:
            doc.use(first, last)
        elif key in _HUGO_PUB_IGNORED or not data.get(key):
            doc.ignore(first, last)
    # cite.bib beside it: the same work, fills what the page lacks
    bib = path.parent / "cite.bib"
    if bib.is_file():
        from .bibtex import read_bibtex

        bdoc = _read(root, bib)
        brel = _rel(root, bib)
        result = read_bibtex(bdoc.text, owner, doc=bdoc, file=brel, aliases=aliases)
        bdoc.sections[1] = "publications"
        bpart = Part(brel, bdoc, "bibtex")
        for other in result.publications:
            if _same_work(pub, other) or len(result.publications) == 1:
                merge_publication(pub, other)
            else:
                bpart.publications.append(other)
        parts.append(bpart)
    part.publications.append(pub)
    return parts


_HUGO_HOMES = ("_index.md", "about.md", "about/index.md", "about/_index.md", "index.md")


def _hugo_pages_site(root: Path, options: ImportOptions, parts: list[Part], base: str | None) -> Profile:
    """A Hugo site of a theme without an author page (hugo-sleek, PaperMod, ...): ``content/_index.md`` (or
    the about page) is the home, the other content pages are read as the site's pages, and the owner's name,
    email, affiliation and profile ids come from ``params`` (``params.author``) of the site configuration."""
    content = root / "content"
    home = next((content / n for n in _HUGO_HOMES if (content / n).is_file()), None)
    if home is None:
        raise SourceError("no author page (content/authors/admin/_index.md, one with superuser: true, or "
                          "data/authors/me.yaml) and no home page (content/_index.md or content/about.md)",
                          path=str(root))
    cfg_part = next((p for p in parts if p.format == "hugo-config"), None)
    params: dict = {}
    if cfg_part is not None:
        try:
            if cfg_part.doc.path.suffix == ".toml":
                data, spans = toml_with_spans(cfg_part.doc.text, 0, cfg_part.doc.display)
            else:
                data, spans = _load_yaml_file(cfg_part.doc)
        except SourceError:
            data, spans = {}, {}
        params = data.get("params") if isinstance(data.get("params"), dict) else {}
    author = params.get("author")
    settings = {k.lower(): v for k, v in params.items() if isinstance(v, (str, int, float))}
    if isinstance(author, dict):
        settings.update({k.lower(): v for k, v in author.items() if isinstance(v, (str, int, float))})
    settings.setdefault("employer", settings.get("affiliation"))
    name = _str(author.get("name")) if isinstance(author, dict) else _str(author)
    person = None
    if name and not options.owner:
        person = Person(name=md_text(name))
        apply_site_author(person, settings, lambda path: None)
        if cfg_part is not None:
            for key, (first, last) in spans.items():
                leaf = key.split(".")[-1].lower()
                if key.startswith("params.") and (leaf in settings and leaf in _HUGO_AUTHOR_KEYS):
                    cfg_part.doc.use(first, last)
    pages = [*sorted(content.glob("*.md")), *folder_pages(content)]
    nav = [_rel(root, p) for p in pages if p != home]
    return _markdown_site(root, "hugo", home, parts, name, base, nav, options, person=person)


_HUGO_AUTHOR_KEYS = {"name", "email", "affiliation", "employer", "location", *SITE_AUTHOR_IDS}


def parse_hugo(path: Path, options: ImportOptions) -> Profile:
    root = path
    parts: list[Part] = []
    base = _hugo_base(root, parts) or options.base_url
    admin = _hugo_admin(root)
    data_owner = _hugo_data_owner(root)
    if admin is None and data_owner is None:
        return _hugo_pages_site(root, options, parts, base)
    if data_owner is not None:
        person, admin_part = read_hugo_data_author(root, data_owner, base)
        if admin is not None:
            # content/authors/me/_index.md beside the data file: its body is the biography
            page_person, page_part = read_hugo_author(root, admin, base)
            merge_person(person, page_person)
            parts.append(page_part)
    else:
        person, admin_part = read_hugo_author(root, admin, base)
    parts.insert(0, admin_part)
    if base and person.homepage is None:
        person.homepage = base
    _hugo_params(root, parts, person)
    owner = options.owner or person.name
    usernames = {"admin": person.name}
    if admin is not None:
        usernames[admin.parent.name] = person.name
    if data_owner is not None:
        usernames[data_owner.stem] = person.name
        for other in _hugo_data_authors(root):
            if other == data_owner:
                continue
            try:
                odata, _spans = _load_data_file(_read(root, other), other)
            except SourceError:
                continue
            oname = _hugo_data_name(odata)
            if oname:
                usernames.setdefault(other.stem, oname)
    for other in sorted((root / "content" / "authors").glob("*/_index.md")):
        if other == admin or other.parent.name == "me" and data_owner is not None:
            continue
        try:
            fm = read_front_matter(_read(root, other))
        except SourceError:
            continue
        if _str(fm.data.get("title")) or _str(fm.data.get("name")):
            usernames[other.parent.name] = md_text(_str(fm.data.get("title")) or _str(fm.data.get("name")))
        student = _hugo_student(root, other)
        if student is not None:
            parts.append(student)
    for folder in ("publication", "publications"):
        pub_dir = root / "content" / folder
        if not pub_dir.is_dir():
            continue
        for index in sorted(pub_dir.glob("*/index.md")) + sorted(pub_dir.glob("*.md")):
            if index.name == "_index.md":
                continue
            parts.extend(read_hugo_publication(root, index, base, owner, usernames, []))
    return assemble(root, "hugo", person, parts, owner)


# =============================================================================================
# plain HTML sites
# =============================================================================================

_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_HOME_NAMES = ("index.html", "index.htm", "home.html", "home.htm", "default.html", "default.htm", "index.xhtml",
               "index.shtml")
_BUILD_DIRS = ("docs", "_site", "public", "site", "build", "out", "www", "public_html", "html", "dist")
MAX_LINKED_PAGES = 20
_UNLINKED_KINDS = ("publications", "students", "news", "awards")
"""What an unlinked page of the site must be about to be read (its name, title or first heading says so)."""

_BACKUP_DIRS = {"old", "_old", "bak", "backup", "backups", "archive", "archived", "old_site", "oldsite", "previous",
                "deprecated", "trash", ".trash"}
_BACKUP_FILE = re.compile(r"(?:~|\.(?:bak|orig|old|swp|save|backup|tmp|rej))$|^#.*#$|^\.#", re.I)
_STALE_STEM = re.compile(r"(?:[-_. ](?:old|bak|backup|orig|copy)\d*| copy(?: \d+)?| \(\d+\))$", re.I)
_VERIFICATION = re.compile(r"site-verification|google[0-9a-f]{12,}|msvalidate|yandex-verification|BingSiteAuth|"
                           r"facebook-domain-verification|pinterest-site-verification|_github-pages-challenge", re.I)


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


def _page_like(name: str, suffixes: tuple[str, ...]) -> bool:
    """A page file or a backup of one (``research.md~``, ``index.html.bak``)."""
    base = re.sub(r"(?:~|\.(?:bak|orig|old|swp|save|backup|tmp|rej))+$", "", name, flags=re.I)
    return base.lower().endswith(suffixes)


def _files(folder: Path, suffixes: tuple[str, ...], depth: int = 1) -> list[Path]:
    """Page files of ``folder`` (and its subfolders down to ``depth``), backups included, hidden ones not."""
    out: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return out
    for entry in entries:
        if entry.name.startswith(".") or entry.is_symlink():
            continue
        if entry.is_file() and _page_like(entry.name, suffixes):
            out.append(entry)
        elif entry.is_dir() and depth > 1:
            out.extend(_files(entry, suffixes, depth - 1))
    return out


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


def _site_pages(folder: Path) -> list[Path]:
    """The HTML pages directly in ``folder``, backups left out."""
    return [p for p in _files(folder, _PAGE_SUFFIXES) if backup_reason(p.name) is None]


_SOURCE_MARKERS = ("_config.yml", "_quarto.yml", "content", "config.toml", "hugo.toml", "hugo.yaml", "index.md",
                   "index.qmd")
"""A generator's sources: the folder is the site even when its pages are built elsewhere (a repository's
README.md is not one: GitHub Pages serves the docs/ folder beside it)."""


def find_site_root(path: Path) -> Path:
    """The folder that holds a site's pages: ``path`` itself when it has a page or a generator's sources, else
    its one build folder (``docs/``, ``_site/``, ``public/`` ...) or its only subfolder with pages.

    >>> find_site_root(Path("tests/fixtures/sites/built-docs")).name
    'docs'
    """
    if not path.is_dir() or _site_pages(path) or any((path / m).exists() for m in _SOURCE_MARKERS):
        return path
    subs = [d for d in sorted(path.iterdir()) if d.is_dir() and not d.name.startswith(".")
            and backup_reason(d.name + "/x") is None]
    with_pages = [d for d in subs if _site_pages(d)]
    named = [d for d in with_pages if d.name.lower() in _BUILD_DIRS]
    if len(named) == 1:
        return named[0]
    if len(with_pages) == 1:
        return with_pages[0]
    return path


@dataclass
class PageKind:
    """What an HTML file is, read from its content: ``page``, ``verification`` (a site-verification token),
    ``redirect`` (meta refresh or a script that only sends the browser on, ``target`` its URL), ``shell``
    (an empty single-page-app frame whose content a script loads into ``containers``), ``fragment``
    (a component without ``<html>``/``<body>``, loaded by such a script), ``error`` (a page-not-found page),
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
            "error": "a page-not-found page",
            "empty": "no text",
            "text": "not an HTML page",
            "unreadable": f"cannot be read: {self.target}",
        }.get(self.kind, self.kind)


_JS_REDIRECT = re.compile(r"(?:window\.|document\.)?location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]|"
                          r"location\.(?:replace|assign)\(\s*['\"]([^'\"]+)['\"]")


def page_kind(doc: SourceDoc) -> PageKind:
    """Classify an HTML file by its content (see :class:`PageKind`).

    >>> page_kind(SourceDoc(Path("index.html"), "google-site-verification: google0123456789abcdef.html")).kind
    'verification'
    """
    from bs4 import BeautifulSoup

    text = doc.text
    if "<" not in text:
        return PageKind("verification" if _VERIFICATION.search(text) and len(text.split()) < 20 else "text")
    head = re.sub(r"<!--.*?-->", "", text[:8000], flags=re.S).lstrip().lower()
    fragment = not re.search(r"<(?:!doctype|html|head|body)[\s>]", head)
    soup = BeautifulSoup(text, "lxml")
    scripts = [s.get_text() for s in soup.find_all("script")]
    refresh = soup.find("meta", attrs={"http-equiv": re.compile(r"^\s*refresh\s*$", re.I)})
    refresh_to = refresh.get("content", "") if refresh is not None else None
    title = soup.title.get_text(" ", strip=True) if soup.title is not None else ""
    metas = " ".join(str(m) for m in soup.find_all("meta"))
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    words = len(soup.get_text(" ", strip=True).split())
    if words < 10 and (_VERIFICATION.search(soup.get_text(" ")) or _VERIFICATION.search(metas)) \
            and not soup.find("a", href=True):
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
        empty = tuple(el["id"] for el in soup.find_all(["section", "div", "main", "article"], id=True)
                      if not el.get_text(strip=True) and not el.find(["img", "video", "iframe", "table"]))
        if len(empty) >= 2:
            targets = tuple(a.get("data-target") or a.get("href", "")[1:] for a in soup.find_all("a")
                            if a.get("data-target") or a.get("href", "").startswith("#"))
            return PageKind("shell", containers=tuple(dict.fromkeys(c for c in empty + targets if c)))
    if words == 0:
        return PageKind("empty")
    return PageKind("page")


@dataclass
class SitePlan:
    """The pages of an HTML site to read: the home page (None when only a script-loaded shell holds the
    site), the other pages in reading order, and the files seen and left unread with why."""

    root: Path
    home: Path | None
    pages: list[Path]
    skipped: list[tuple[Path, str]]


def _doc_or_none(path: Path) -> SourceDoc | None:
    try:
        return SourceDoc.read(path, display=str(path))
    except SourceError:
        return None


def _local_target(root: Path, page: Path, href: str, site_urls: tuple[str, ...] = ()) -> Path | None:
    """The file of the site a link points to (relative, root-relative ``/x/`` or under one of the site's own
    URLs, the first that matches), or None."""
    href = href.strip()
    for site_url in site_urls:
        if href.startswith(site_url.rstrip("/") + "/") or href == site_url.rstrip("/"):
            href = "/" + href[len(site_url.rstrip("/")) + 1:]
            break
    href = href.split("#")[0].split("?")[0]
    if not href or re.match(r"^[a-z][a-z0-9+.\-]*:", href, re.I) or href.startswith("//"):
        return None
    from urllib.parse import unquote

    href = unquote(href)
    target = (root / href.lstrip("/")) if href.startswith("/") else (page.parent / href)
    try:
        target = target.resolve()
        target.relative_to(root.resolve())
    except (ValueError, OSError):
        return None  # outside the site folder
    if target.is_dir():
        target = next((target / n for n in _HOME_NAMES if (target / n).is_file()), target)
    if not target.is_file() or not target.name.lower().endswith(_PAGE_SUFFIXES):
        return None
    return target


def _site_urls(soup) -> tuple[str, ...]:
    """Where the home page says it lives (``<link rel=canonical>``, ``og:url``, ``<base href>``): its folder
    (``https://host/~me/``), then the host (``https://host``)."""
    for tag, attr in ((soup.find("link", rel="canonical"), "href"), (soup.find("meta", property="og:url"), "content"),
                      (soup.find("base", href=True), "href")):
        if tag is not None and repair_url(tag.get(attr, "")):
            parts = urlsplit(tag[attr])
            folder = parts.path.rsplit("/", 1)[0] if "." in parts.path.rsplit("/", 1)[-1] else parts.path.rstrip("/")
            host = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
            return tuple(dict.fromkeys([host + folder, host]))
    return ()


def linked_pages(root: Path, index: Path, doc: SourceDoc) -> list[Path]:
    """Local pages that ``index`` links to under a section name (Publications, News, ...), whether the link
    is relative (``pubs.html``), root-relative (``/Publications/``) or the site's own URL."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(doc.text, "lxml")
    site_urls = _site_urls(soup)
    out: list[Path] = []
    for a in soup.find_all("a", href=True):
        target = _local_target(root, index, a["href"], site_urls)
        if target is None or target == index.resolve() or target in out:
            continue
        if backup_reason(target.relative_to(root.resolve()).as_posix()):
            continue
        label = a.get_text(" ", strip=True)
        if section_kind(label) is None and _name_kind(target) is None:
            continue
        out.append(target)
        if len(out) >= MAX_LINKED_PAGES:
            break
    return out


def _name_kind(path: Path) -> str | None:
    """The section a page's file name names: ``publications.html``, ``papers_full.html``, ``papersfull.html``
    (a section word at either end of a run-together name), ``People/index.html``."""
    stem = path.stem if path.stem.lower() not in ("index", "default") else path.parent.name
    words = re.sub(r"[_\-.]+", " ", stem).strip()
    kind = section_kind(words)
    if kind is None and " " not in words and len(words) > 6:
        for cut in range(4, len(words) - 2):
            kind = section_kind(words[:cut]) if len(words) - cut <= 5 else None
            kind = kind or (section_kind(words[cut:]) if cut <= 5 else None)
            if kind:
                break
    return kind


def _content_kind(doc: SourceDoc) -> str | None:
    """The section a page's ``<title>`` (a piece of it) or first ``<h1>``/``<h2>`` names."""
    head = doc.text[:30000]
    texts: list[str] = []
    m = re.search(r"<title[^>]*>(.*?)</title>", head, re.I | re.S)
    if m:
        texts += re.split(r"\s[|\-–—:·]\s|\|", _html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))
    texts += [_html.unescape(re.sub(r"<[^>]+>", "", h)) for h in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", head,
                                                                             re.I | re.S)[:2]]
    for t in texts:
        kind = section_kind(" ".join(t.split()))
        if kind:
            return kind
    return None


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
    for f in _files(root, _PAGE_SUFFIXES, depth=2):
        why = backup_reason(f.relative_to(root).as_posix())
        if why:
            skipped.append((f, why))
    pages = _site_pages(root)
    kinds: dict[Path, PageKind] = {}

    def kind_of(p: Path) -> PageKind:
        if p not in kinds:
            try:
                kinds[p] = page_kind(SourceDoc.read(p, display=str(p)))
            except SourceError as exc:
                kinds[p] = PageKind("unreadable", target=exc.message)
        return kinds[p]

    queue = [root / n for n in _HOME_NAMES if (root / n) in pages]
    home: Path | None = None
    shell: Path | None = None
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
        if k.kind == "redirect" and k.target:
            target = _local_target(root, cand, k.target)
            if target is not None:
                queue.insert(0, target)
        skipped.append((cand, k.why))
    if home is None and shell is None:
        # no index page: the page of the folder that links to most of its other pages (one page: that one)
        best = None
        for p in pages:
            if p in seen or kind_of(p).kind != "page":
                continue
            doc = _doc_or_none(p)
            links = len({t for h in re.findall(r"href\s*=\s*['\"]?([^'\"\s>]+)", doc.text, re.I)
                         for t in [_local_target(root, p, h)] if t is not None and t != p.resolve()})
            score = (links, len(doc.text))
            if best is None or score > best[0]:
                best = (score, p)
        home = best[1] if best else None
    out: list[Path] = []
    if home is not None:
        doc = _doc_or_none(home)
        out = linked_pages(root, home, doc) if doc is not None else []
    elif shell is not None:
        names = [fold(c) for c in kind_of(shell).containers]
        fragments = [f for f in _files(root, _PAGE_SUFFIXES, depth=3)
                     if backup_reason(f.relative_to(root).as_posix()) is None and kind_of(f).kind == "fragment"]
        named = sorted((f for f in fragments if fold(f.stem) in names), key=lambda f: names.index(fold(f.stem)))
        out = [f.resolve() for f in (named or fragments)][:MAX_LINKED_PAGES]
        if not out:
            # nothing for a script to load: a short page with a few empty boxes, read as the home page
            skipped = [(p, why) for p, why in skipped if p != shell]
            home = shell
            doc = _doc_or_none(home)
            out = linked_pages(root, home, doc) if doc is not None else []
    taken = {p.resolve() for p in out} | {p.resolve() for p, _ in skipped}
    if home is not None:
        taken.add(home.resolve())
    for p in pages:
        if len(out) >= MAX_LINKED_PAGES:
            break
        if p.resolve() in taken:
            continue
        kind = _name_kind(p)
        if kind is None:
            doc = _doc_or_none(p)
            kind = _content_kind(doc) if doc is not None else None
        if kind in _UNLINKED_KINDS and kind_of(p).kind == "page":
            out.append(p.resolve())
        elif kind in _UNLINKED_KINDS and kind_of(p).kind == "unreadable":
            skipped.append((p, kind_of(p).why))  # a section page kg cannot read: said, not dropped
    return SitePlan(root, home, out, skipped)


def detect_html_site(path: Path) -> float:
    if not path.is_dir():
        return 0.0
    root = find_site_root(path)
    if not _site_pages(root):
        return 0.0
    if root == path and ((path / "_config.yml").is_file() or (path / "content").is_dir()):
        return 0.3  # a generated site beside its sources: the generator's importer knows better
    return 0.8


def _page_folder_url(url: str) -> str:
    """The page reader's folder_url (``https://host/~me`` -> ``https://host/~me/``), imported when used."""
    from .page.parse import folder_url

    return folder_url(url)


def read_page(doc: SourceDoc, kind: str, owner: str | None, base_url: str | None = None) -> Profile:
    """One page of a site through the page reader (the only place this module calls it, besides the
    academicpages about page): ``kind`` is "html" (``base_url`` resolves its relative links) or "markdown"
    (markdown, ``.qmd``, a README)."""
    from .page.parse import parse_html, parse_markdown_page

    if kind == "html":
        return parse_html(doc, ImportOptions(owner=owner), base_url=base_url)
    return parse_markdown_page(doc, ImportOptions(owner=owner))


def unread_part(rel: str, doc: SourceDoc, kind: str, err: SourceError, checksum: str | None = None) -> Part:
    """A page the page reader refused: its lines are not data, one note says why."""
    part = Part(rel, doc, kind, checksum=checksum)
    part.extra_unparsed.append(Unparsed(line=err.line or 1, text=f"page not read: {err.message}", file=rel))
    doc.ignore(1, len(doc.lines))
    return part


def parse_html_site(path: Path, options: ImportOptions) -> Profile:
    plan = plan_html_site(path)
    root, top = plan.root, plan.root.resolve()
    if plan.home is None and not plan.pages:
        whys = sorted({why for _, why in plan.skipped})
        raise SourceError("no HTML page to read in the folder" + (f" (skipped: {'; '.join(whys)})" if whys else ""),
                          path=str(path))

    def rel_of(p: Path) -> str:
        return p.resolve().relative_to(top).as_posix()

    def read_all(owner: str | None):
        """(home doc, home profile or None, its error, [(page, doc, profile or error)])."""
        home_doc = main = err = None
        if plan.home is not None:
            home_doc = _read(root, plan.home)
            try:
                main = read_page(home_doc, "html", owner, options.base_url)
            except SourceError as exc:
                err = exc
        home_url = (main.person.homepage if main is not None else None) or options.base_url
        owner = owner or (main.person.name if main is not None else None)
        out = []
        for page in plan.pages:
            pdoc = _read(root, page)
            base = urljoin(_page_folder_url(home_url), rel_of(page)) if home_url else None
            try:
                out.append((page, pdoc, read_page(pdoc, "html", owner, base)))
            except SourceError as exc:
                out.append((page, pdoc, exc))
        return home_doc, main, err, out

    owner = options.owner
    home_doc, main, err, pages = read_all(owner)
    named_a_group = main is not None and owner is None and (
        _SITE_WORDS.search(main.person.name) is not None or section_kind(main.person.name) is not None)
    if (main is None or named_a_group) and owner is None:
        # the home page names nobody, or a lab ("Hines Lab"): the owner is who the site's pages are about
        profiles = [p for _, _, p in pages if isinstance(p, Profile)] + ([main] if main is not None else [])
        owner = site_owner(profiles, [d.text for _, d, _ in pages] + ([home_doc.text] if home_doc is not None else []))
        if owner is None and main is None:
            if err is not None:
                raise err
            raise SourceError("no owner name on the site's pages (give --owner NAME)", path=str(path))
        if owner is not None:
            home_doc, main, err, pages = read_all(owner)
    person = main.person.model_copy(deep=True) if main is not None else Person(name=owner)
    if not options.owner and main is not None and _fullness(person.name)[0] < len(person.name.split()):
        # the home page gives the name with initials ("C. Wu"): the site may write it out ("Chong Wu")
        full = fullest_form([person.name], [d.text for d in [home_doc, *(d for _, d, _ in pages)] if d is not None])
        person.name = full
    owner = owner or person.name
    parts: list[Part] = []
    for page, pdoc, sub in ([(plan.home, home_doc, main or err)] if plan.home is not None else []) + pages:
        rel = rel_of(page)
        if isinstance(sub, SourceError):
            parts.append(unread_part(rel, pdoc, "html", sub))
            continue
        if page != plan.home:
            merge_person(person, _only_if_same_person(sub.person, person))
        parts.append(Part(rel, pdoc, "html", profile=sub))
    notes = [Unparsed(line=1, text=f"not read: {why}", file=p.resolve().relative_to(top).as_posix(),
                      section="skipped") for p, why in plan.skipped]
    return assemble(root, "html-site", person, parts, owner, notes=notes)


def _only_if_same_person(candidate: Person, person: Person) -> Person:
    """A linked page's person counts only when it names the same person (a page titled
    'Publications' must not become an alternate name)."""
    if same_name(candidate.name, person.name) or any(same_name(n, person.name) for n in candidate.alternate_names):
        return candidate
    out = candidate.model_copy(deep=True)
    out.name = person.name
    out.alternate_names = []
    return out


# =============================================================================================
# markdown sites: Quarto, theme-less Jekyll (index.md + other pages), a README served as the site
# =============================================================================================

_MD_SUFFIXES = (".md", ".markdown", ".qmd", ".rmd")
_MD_HOMES = ("index.qmd", "index.md", "index.markdown", "index.rmd", "about.qmd", "about.md", "README.md",
             "readme.md")
_SITE_WORDS = re.compile(r"\b(lab|group|blog|site|page|homepage|website|web|academic|research|portfolio|home|"
                         r"personal|notes|welcome|team|center|centre|institute)\b", re.I)


def _person_title(text: str | None, evidence: tuple[str, ...] = ()) -> str | None:
    """A site title that is a person's name (``"Elena Tuzhilina"``), entities decoded; None for
    ``"My Research Blog"`` and the like. A title written in lower case (``"john loeser"``) counts only
    when ``evidence`` (the site's email address, its URL) holds the family name.

    >>> _person_title("john loeser", ("jloeser@example.org",)), _person_title("deep thoughts", ("me@x.org",))
    ('John Loeser', None)
    """
    name = " ".join(_html.unescape(md_text(text or "")).split())
    name = re.sub(r"^(?:(?:prof|professor|dr|mr|ms|mrs)\.?\s+)+", "", name, flags=re.I)
    name = re.split(r"\s[|\-–—:·]\s|,\s*(?:ph\.?\s?d|m\.?d)\b", name)[0].strip()
    if not name or _SITE_WORDS.search(name) or section_kind(name) or not _PLAIN_NAME.match(name):
        return None
    words = name.split()
    if name == name.lower() and 2 <= len(words) <= 3 and len(fold(words[-1])) >= 3 \
            and any(fold(words[-1]) in fold(e).replace(" ", "") for e in evidence if e):
        words = [w[:1].upper() + w[1:] for w in words]
        name = " ".join(words)
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or not name_parts(name):
        return None
    return name


def titled_view(doc: SourceDoc, fallback: str | None = None) -> tuple[SourceDoc, str | None]:
    """A markdown page as its site renders it: the front matter blanked and its ``title:`` shown as the
    page's heading on the title's own line (line numbers kept), so a page titled "Publications" reads as
    that section. A page with an empty title is headed by ``fallback`` (the section its file name says) on
    its first fence line. Returns the view and the title."""
    try:
        fm = read_front_matter(doc)
    except SourceError:
        return doc, None
    title = md_text(_str(fm.data.get("title")) or "") or None
    if not fm.fence_lines:
        return doc, title
    lines = doc.text.split("\n")
    first, last = fm.fence_lines
    for n in range(first, last + 1):
        lines[n - 1] = ""
    if title and "title" in fm.spans:
        lines[fm.spans["title"][0] - 1] = f"# {title}"
        # the layout's "{{ page.title }}" shows the same title
        lines = [re.sub(r"\{\{-?\s*page\.title\s*-?\}\}", title, line) for line in lines]
    elif fallback:
        lines[first - 1] = f"# {fallback}"
    view = SourceDoc(path=doc.path, text="\n".join(lines), display=doc.display)
    return view, title


def _md_page_kind(path: Path, doc: SourceDoc | None) -> str | None:
    kind = _name_kind(path)
    if kind is None and doc is not None:
        _view, title = titled_view(doc)
        kind = section_kind(title) if title else None
        if kind is None:
            m = re.search(r"^#{1,2}\s+(.+)$", doc.text, re.M)
            kind = section_kind(m.group(1)) if m and "{" not in m.group(1) else None
    return kind


def markdown_site_pages(root: Path, home: Path, links: list[str] = ()) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The other pages of a markdown site: those ``links`` (the home's or the navbar's targets) point to
    under a section name, and the folder's pages whose name, title or first heading names publications,
    students, news or awards; and the backups (``research.md~``, ``x.bak``, ``old/``) left unread, with why."""
    skipped = [(f, why) for f in _files(root, _MD_SUFFIXES) for why in [backup_reason(f.name)] if why]
    out: list[Path] = []
    home_r = home.resolve()
    for href in links:
        href = href.split("#")[0].split("?")[0].strip()
        if not href or re.match(r"^[a-z][a-z0-9+.\-]*:", href, re.I) or href.startswith("//"):
            continue
        target = (root / href.lstrip("/")).resolve()
        if target.is_dir():
            target = next((target / n for n in ("index.md", "index.markdown", "index.qmd") if (target / n).is_file()),
                          target)
        elif target.suffix == "" or target.suffix.lower() == ".html":
            target = next((target.with_suffix(s) for s in _MD_SUFFIXES if target.with_suffix(s).is_file()), target)
        try:
            rel = target.relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
        if not target.is_file() or target == home_r or target in out or backup_reason(rel) \
                or not target.name.lower().endswith(_MD_SUFFIXES):
            continue
        if _md_page_kind(target, _doc_or_none(target)) in _UNLINKED_KINDS:
            out.append(target)
    for f in [*_files(root, _MD_SUFFIXES), *folder_pages(root)]:
        r = f.resolve()
        if r == home_r or r in out or backup_reason(f.name) or f.name.lower() in ("readme.md", "license.md") \
                or f.name.lower().endswith(".html.md"):  # Quarto's keep-md copy of a rendered page
            continue
        if _md_page_kind(f, _doc_or_none(f)) in _UNLINKED_KINDS:
            out.append(r)
    return out[:MAX_LINKED_PAGES], skipped


_CODE_CELL = re.compile(r"^```+\s*\{\s*(?:python|r|julia|ojs|bash)\b", re.I | re.M)


def rendered_page(root: Path, page: Path, out_dir: Path | None) -> Path | None:
    """The rendered HTML of a page whose content is computed by code cells (a Quarto page that builds its
    list of papers from a data file), when the site's output folder holds it; else None."""
    if out_dir is None or not _CODE_CELL.search(_doc_or_none(page).text if _doc_or_none(page) else ""):
        return None
    rel = page.resolve().relative_to(root.resolve()).with_suffix(".html")
    target = out_dir / rel
    return target if target.is_file() else None


def read_markdown_pages(root: Path, pages: list[Path], owner: str, base: str | None,
                        out_dir: Path | None = None) -> list[Part]:
    """Each section page of a markdown site read by the markdown page reader, titled as it renders (a page
    computed by code from its rendered HTML in ``out_dir``)."""
    parts = []
    for page in pages:
        html_page = rendered_page(root, page, out_dir)
        if html_page is not None:
            doc, kind, checksum = _read(root, html_page), "html", None
            rel = html_page.resolve().relative_to(root.resolve()).as_posix()
            page_url = urljoin(base.rstrip("/") + "/", page.resolve().relative_to(root.resolve()).with_suffix(".html")
                               .as_posix()) if base else None
        else:
            source = _read(root, page)
            section = _name_kind(page)
            doc, _title = titled_view(source, fallback=section.capitalize() if section in _UNLINKED_KINDS else None)
            kind, checksum, page_url = "markdown", source.checksum, None
            rel = page.relative_to(root.resolve()).as_posix()
        try:
            parts.append(Part(rel, doc, kind, profile=read_page(doc, kind, owner or None, page_url), checksum=checksum))
        except SourceError as err:
            parts.append(unread_part(rel, doc, kind, err, checksum))
            continue
        for n, line in enumerate(doc.lines, start=1):
            if _LIQUID_LINK.search(line) or _is_template(line):
                doc.ignore(n)  # the theme's sentence around a link the template fills in
    return parts


_LIQUID_LINK = re.compile(r"""(?:href|src)\s*=\s*["']?\s*\{\{|\]\(\s*\{\{""")


# --- Jekyll data files: publications a page lists with a Liquid loop over site.data ------------------

_DATA_LOOP = re.compile(r"\{%-?\s*for\s+\w+\s+in\s+site\.data\.([\w\-]+)((?:\.[\w\-]+)*)")
_RECORD_VENUE = ("venue", "journal", "conference", "booktitle", "publication", "publisher", "book", "school")
_RECORD_LINKS = {"url": "paper", "link": "paper", "paperurl": "paper", "paper": "paper", "html": "paper",
                 "pdf": "pdf", "arxiv": "arxiv", "code": "code", "github": "code", "slides": "slides",
                 "video": "video", "project": "project", "website": "project", "bibtex": "bibtex", "poster": "poster",
                 "supplement": "supplement", "doi": "doi"}


def _yaml_records(doc: SourceDoc, path: tuple[str, ...]) -> list[tuple[dict, dict[str, tuple[int, int]]]]:
    """The mappings of a YAML list (at ``path`` inside the file's mapping, or the top-level list), each
    with the first and last line of each of its keys."""
    import yaml

    try:
        node = compose_yaml(doc.text, doc.display)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SourceError(f"not valid YAML: {getattr(exc, 'problem', None) or 'bad YAML'}", path=doc.display,
                          line=mark.line + 1 if mark is not None else None) from None
    lists = []

    def walk(n, rest):
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                if not rest or k.value == rest[0]:
                    walk(v, rest[1:])
        elif isinstance(n, yaml.SequenceNode):
            lists.append(n)

    walk(node, path)
    out = []
    for seq in lists:
        for item in seq.value:
            if isinstance(item, yaml.MappingNode):
                data = construct_yaml(item)  # the record's value, from the tree already parsed
                spans: dict[str, tuple[int, int]] = {}
                collect_yaml_spans(item, "", 0, spans)
                out.append((data, {k: v for k, v in spans.items() if "." not in k}))
    return out


def publication_from_record(data: dict, base: str | None, used: set[str] | None = None) -> Publication | None:
    """One publication record of a data file (``title``, ``authors``, ``year``, ``journal``/``venue``,
    ``doi``, ``pdf``, ``url`` ...), read with the same field readers as a collection's front matter;
    the keys it took are added to ``used``."""
    used = set() if used is None else used
    lowered = {str(k).lower(): v for k, v in data.items()}
    keys = {str(k).lower(): str(k) for k in data}
    title = md_text(_str(lowered.get("title")) or "").strip(' "“”') or None
    if not title:
        return None
    authors = lowered.get("authors", lowered.get("author"))
    if not authors and not any(_str(lowered.get(k)) for k in (*_RECORD_VENUE, "doi")):
        return None  # a project, a talk, a press item: not a publication record
    pub = Publication(title=title)
    used.add(keys["title"])
    if isinstance(authors, list):
        pub.authors = [Author(name=md_text(str(a.get("name") if isinstance(a, dict) else a)))
                       for a in authors if (a.get("name") if isinstance(a, dict) else _str(a))]
    elif _str(authors):
        r = split_authors(_unemphasize(_str(authors)))
        pub.authors, pub.authors_truncated = r.authors, r.truncated
    if pub.authors:
        used.add(keys.get("authors", keys.get("author")))
    date = _str(lowered.get("date"))
    if date and parse_date(date):
        pub.date = parse_date(date)
        used.add(keys["date"])
    year = find_year(str(lowered.get("year") or "")) if lowered.get("year") is not None else None
    if year and pub.year is None:
        pub.year = year
    if year:
        used.add(keys["year"])
    venue_key = next((k for k in _RECORD_VENUE if _str(lowered.get(k))), None)
    if venue_key:
        v = parse_venue(md_text(_str(lowered.get(venue_key))))
        pub.venue, pub.venue_full, pub.venue_type = v.venue, v.venue_full, v.venue_type
        pub.notes.extend(v.notes)
        used.add(keys[venue_key])
    status = md_text(_str(lowered.get("status")) or "")
    if status:
        pub.notes.append(status)
        used.add(keys["status"])
    for key, kind in _RECORD_LINKS.items():
        value = _str(lowered.get(key))
        if not value:
            continue
        if kind == "doi" and not re.match(r"^[a-z]+:", value, re.I):
            value = f"https://doi.org/{value.removeprefix('doi:').strip()}"
        if not re.match(r"^(?:[a-z][a-z0-9+.\-]*:|/)", value, re.I):
            continue  # a bare file name: the page's template adds a folder kg cannot know
        url = _absolute(value, base)
        if not url:
            continue
        pub.links.setdefault(kind, url)
        pub.doi = pub.doi or doi_of(url)
        pub.arxiv = pub.arxiv or arxiv_id(url)
        used.add(keys[key])
    return pub


def jekyll_data_parts(root: Path, pages: list[Path], base: str | None) -> list[Part]:
    """The data files (``_data/publications.yml``, ``_data/papers.yml`` ...) that the site's pages list as
    publications with a Liquid loop (``{% for p in site.data.publications %}``), one part each."""
    parts: list[Part] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for page in pages:
        doc = _doc_or_none(page)
        if doc is None:
            continue
        page_kind_ = _md_page_kind(page, doc)
        for m in _DATA_LOOP.finditer(doc.text):
            name, rest = m.group(1), tuple(k for k in m.group(2).split(".") if k)
            if (name, rest) in seen or "publications" not in (section_kind(name.replace("_", " ")),
                                                               page_kind_):
                continue
            seen.add((name, rest))
            path = next((root / "_data" / f"{name}{s}" for s in (".yml", ".yaml", ".json")
                         if (root / "_data" / f"{name}{s}").is_file()), None)
            if path is None:
                continue
            part = next((p for p in parts if p.rel == _rel(root, path)), None)
            new_part = part is None
            if part is None:
                part = Part(_rel(root, path), _read(root, path), "jekyll-data")
            for data, spans in _yaml_records(part.doc, rest):
                used: set[str] = set()
                pub = publication_from_record(data, base, used)
                if pub is None:
                    continue
                pub.line, pub.file = min(first for first, _ in spans.values()), part.rel
                part.publications.append(pub)
                for key in used:
                    part.doc.use(*spans[key])
            if new_part and part.publications:
                part.doc.sections[1] = "publications"
                _mark_comments(part.doc)
                parts.append(part)
    return parts


def _skip_notes(root: Path, skipped: list[tuple[Path, str]]) -> list[Unparsed]:
    top = root.resolve()
    return [Unparsed(line=1, text=f"not read: {why}", file=p.resolve().relative_to(top).as_posix(),
                     section="skipped") for p, why in skipped]


def _nav_hrefs(node: Any) -> list[str]:
    """Every ``href`` (or bare file name) of a Quarto navbar/sidebar, in order."""
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("href", "file") and isinstance(value, str):
                out.append(value)
            else:
                out += _nav_hrefs(value)
    elif isinstance(node, list):
        for item in node:
            out += [item] if isinstance(item, str) and item.endswith(_MD_SUFFIXES) else _nav_hrefs(item)
    return out


def _quarto_config(root: Path) -> Path | None:
    return next((root / n for n in ("_quarto.yml", "_quarto.yaml") if (root / n).is_file()), None)


def detect_quarto(path: Path) -> float:
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
    title, base, nav, cfg = None, None, [], {}
    if cfg_path is not None:
        doc = _read(root, cfg_path)
        cfg, spans = _load_yaml_file(doc)
        site = cfg.get("website") if isinstance(cfg.get("website"), dict) else {}
        title = _person_title(_str(site.get("title")), (_str(site.get("site-url")) or "",))
        base = repair_url(_str(site.get("site-url")) or "") or None
        nav = _nav_hrefs(site)
        for key, (first, last) in spans.items():
            if key in ("website.site-url",) and base or key == "website.title" and title:
                doc.use(first, last)
            elif key.count(".") <= 1:
                doc.ignore(first, last)  # site configuration (project, format, navbar)
        _mark_comments(doc)
        parts.append(Part(_rel(root, cfg_path), doc, "quarto-config"))
    out_dir = root / ((_str((cfg.get("project") or {}).get("output-dir")) if isinstance(cfg.get("project"), dict)
                       else None) or "_site")
    home = _quarto_home(root)
    if home is None:
        # no source home page here: the rendered site, when it is beside the sources, is the site
        if out_dir.is_dir() and _site_pages(out_dir):
            return parse_html_site(out_dir, options)
        raise SourceError("no home page (index.qmd, index.md or about.qmd)", path=str(root))
    base = base or options.base_url
    return _markdown_site(root, "quarto", home, parts, title, base, nav, options,
                          out_dir=out_dir if out_dir.is_dir() else None)


def _quarto_home(root: Path) -> Path | None:
    """The page about the owner: the one with an ``about:`` block, else the first of index.qmd, index.md,
    about.qmd ... that is not only a listing of posts."""
    found = [root / n for n in _MD_HOMES if (root / n).is_file() and not n.lower().startswith("readme")]
    data = {}
    for page in found:
        doc = _doc_or_none(page)
        try:
            data[page] = read_front_matter(doc).data if doc is not None else {}
        except SourceError:
            data[page] = {}
        if isinstance(data[page].get("about"), dict):
            return page
    for page in found:
        doc = _doc_or_none(page)
        if "listing" in data[page] and doc is not None and len(paragraphs(doc.lines, read_front_matter(doc).body_start)) < 2:
            continue  # a blog or publication listing: the items are elsewhere
        return page
    return found[0] if found else None


def _about_links(doc: SourceDoc, person: Person, base: str | None) -> None:
    """Quarto's ``about:`` block of the home page: its ``links`` (email, GitHub, Scholar ...)."""
    try:
        fm = read_front_matter(doc)
    except SourceError:
        return
    about = fm.data.get("about")
    if isinstance(about, dict) and _social_items(person, about.get("links"), base) and "about.links" in fm.spans:
        doc.use(*fm.spans["about.links"])
    if isinstance(about, dict) and "about" in fm.spans:
        doc.ignore(fm.spans["about"][0])  # the "about:" line; its fields are judged one by one
        if "about.template" in fm.spans:
            doc.ignore(*fm.spans["about.template"])
    image = _str(fm.data.get("image"))
    if image and isinstance(about, dict) and person.image is None and "image" in fm.spans:
        url = _absolute(image, base)  # the about page's photo; kept visible when the site gives no address
        if url:
            person.image = url
            doc.use(*fm.spans["image"])
        else:  # the page reader ignores front matter as configuration: this line is data kg could not place
            doc.ignored.difference_update(range(fm.spans["image"][0], fm.spans["image"][1] + 1))


def _markdown_site(root: Path, fmt: str, home: Path, parts: list[Part], title: str | None, base: str | None,
                   nav: list[str], options: ImportOptions, person: Person | None = None,
                   out_dir: Path | None = None) -> Profile:
    """The home page and section pages of a markdown site, with the owner from (in order) ``--owner``,
    the configuration, the home page, the site title, or who the site's pages are about."""
    doc = _read(root, home)
    links = [target for _label, target in md_links(doc.text)]
    pages, skipped = markdown_site_pages(root, home, [*nav, *links])
    owner = options.owner or (person.name if person else None)
    try:
        main = read_page(doc, "markdown", owner)
    except SourceError as err:
        owner = owner or title
        if owner is None:
            found = read_markdown_pages(root, pages, "", base, out_dir) if pages else []
            owner = site_owner([p.profile for p in found if p.profile is not None],
                               [doc.text, *(p.doc.text for p in found)])
        if owner is None:
            raise err
        doc = _read(root, home)
        main = read_page(doc, "markdown", owner)
    page_person = main.person.model_copy(deep=True)
    _about_links(doc, page_person, base)
    main.unparsed = doc.unparsed()  # what the about block took, or left visible, is settled now
    if person is not None:
        merge_person(page_person, person)
        page_person.name = person.name
    elif title and not options.owner and same_name(title, page_person.name):
        page_person.name = title  # the site's own spelling ("Inés Valdés") over one read off an address
    person = page_person
    owner = owner or person.name
    if base and person.homepage is None:
        person.homepage = base
    parts.insert(1 if parts else 0, Part(_rel(root, home), doc, "markdown", profile=main))
    for part in read_markdown_pages(root, pages, owner, base, out_dir):
        if part.profile is not None:
            merge_person(person, _only_if_same_person(part.profile.person, person))
        parts.append(part)
    if fmt == "jekyll":
        data_parts = jekyll_data_parts(root, [home, *pages], base)
        if data_parts:
            # the pages that loop over the data: their markup-only lines are the loop's layout
            for part in parts:
                if _DATA_LOOP.search(part.doc.text):
                    for n, line in enumerate(part.doc.lines, start=1):
                        if re.fullmatch(r"\s*(?:<[^>]*>\s*)+", line):
                            part.doc.ignore(n)
        parts += data_parts
    return assemble(root, fmt, person, parts, owner, notes=_skip_notes(root, skipped))


# =============================================================================================
# GitHub profile README
# =============================================================================================

_README_MARKERS = re.compile(
    r"github-readme-stats|readme-typing-svg|komarev\.com/ghpvc|shields\.io|github-profile-trophy|"
    r"streak-stats|activity-graph|hi there|👋|about me", re.I)
_README_USER = re.compile(
    r"(?:github-readme-stats[^)\s\"']*[?&]username=|komarev\.com/ghpvc/\?username=|"
    r"github-profile-trophy[^)\s\"']*[?&]username=|streak-stats[^)\s\"']*[?&]user=)([A-Za-z0-9\-]+)", re.I)


def _readme(path: Path) -> Path | None:
    for name in ("README.md", "readme.md", "Readme.md", "README.markdown"):
        if (path / name).is_file():
            return path / name
    return None


def detect_readme_dir(path: Path) -> float:
    if not path.is_dir() or _readme(path) is None:
        return 0.0
    if (path / "_config.yml").is_file() or (path / "content").is_dir() or _site_pages(path):
        return 0.1  # a site's own README: the site importer reads the folder
    return 0.6


def detect_readme(doc: SourceDoc) -> float:
    """A single file: only a README.md that looks like a GitHub profile README."""
    if doc.path.name.lower() not in ("readme.md", "readme.markdown"):
        return 0.0
    return 0.7 if _README_MARKERS.search(doc.text) else 0.0


def parse_readme(doc: SourceDoc, options: ImportOptions) -> Profile:
    from .page.parse import parse_markdown_page

    profile = parse_markdown_page(doc, options)
    m = _README_USER.search(doc.text)
    if m and profile.person.identifiers.get("github", m.group(1)).lower() == m.group(1).lower():
        profile.person.identifiers["github"] = profile.person.identifiers.get("github", m.group(1))
        line = doc.line_of(m.start())
        doc.use(line)  # the stats badge names the GitHub account
        profile.unparsed = [u for u in profile.unparsed if u.line != line]
    return profile


def parse_readme_dir(path: Path, options: ImportOptions) -> Profile:
    readme = _readme(path)
    if readme is None:
        raise SourceError("no README.md in the folder", path=str(path))
    doc = _read(path, readme)
    profile = parse_readme(doc, options)
    person = profile.person.model_copy(deep=True)
    owner = options.owner or person.name
    parts = [Part(_rel(path, readme), doc, "github-readme", profile=profile)]
    # "[publications](https://github.com/U/U/blob/main/publications.md)": the profile's own pages beside it
    links = [re.sub(r"^https?://github\.com/[^/]+/[^/]+/(?:blob|tree)/[^/]+/", "", target)
             for _label, target in md_links(doc.text)]
    pages, skipped = markdown_site_pages(path, readme, links)
    for part in read_markdown_pages(path, pages, owner, None):
        if part.profile is not None:
            merge_person(person, _only_if_same_person(part.profile.person, person))
        parts.append(part)
    return assemble(path, "github-readme", person, parts, owner, notes=_skip_notes(path, skipped))


IMPORTERS: dict[str, Importer] = {
    "jekyll": Importer(
        name="jekyll",
        description="Jekyll sites: academicpages/AcadHomepage, al-folio (folder)",
        detect_dir=detect_jekyll,
        parse_dir=whole_site(parse_jekyll),
    ),
    "hugo": Importer(
        name="hugo",
        description="Hugo Blox/Academic sites (folder)",
        detect_dir=detect_hugo,
        parse_dir=whole_site(parse_hugo),
    ),
    "html-site": Importer(
        name="html-site",
        description="plain HTML sites: index.html and linked local pages (folder)",
        detect_dir=detect_html_site,
        parse_dir=whole_site(parse_html_site),
    ),
    "quarto": Importer(
        name="quarto",
        description="Quarto websites: _quarto.yml, index.qmd and section pages (folder)",
        detect_dir=detect_quarto,
        parse_dir=whole_site(parse_quarto),
    ),
    "github-readme": Importer(
        name="github-readme",
        description="a GitHub profile README.md (file or folder)",
        detect=detect_readme,
        parse=parse_readme,
        detect_dir=detect_readme_dir,
        parse_dir=whole_site(parse_readme_dir),
    ),
}
