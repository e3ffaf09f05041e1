"""Jekyll sites: academicpages / AcadHomepage, al-folio, theme-less sites.

Takes a folder with ``_config.yml`` (an ``author:`` block, or al-folio's ``first_name``/``last_name`` and
``scholar:``), ``_pages/about.md``, ``_publications/``, ``_bibliography/*.bib``, ``_news/``, ``_talks/``,
``_teaching/``, ``_data/socials.yml``; gives one profile. A site without a theme's layout is read as a markdown
site (:mod:`.markdown_site`), one of HTML layouts from its ``_site/`` build (:mod:`.html_site`).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from ...errors import SourceError
from ...model import Affiliation, Person, Profile, Talk, Teaching
from ..base import READ_ONCE, ImportOptions, SourceDoc
from ..common import (
    lazy_compile, account_spells,
    birth_names,
    filled_slots,
    field_only,
    site_host,
    url_parts,
    INSTITUTION_STRONG,
    MARK_CLASS,
    JOB_WORDS,
    find_email,
    YEAR,
    PROFILE_SETTINGS,
    profile_setting,
    UNPLACED_LINKS,
    fold,
    has_cjk,
    identifier_from_url,
    is_student_role,
    link_kind,
    meaning_to_mark,
    name_parts,
    own_spelling,
    owner_variant,
    placeholder_text,
    position_read,
    repair_url,
    same_name,
    written_in_full,
    section_kind,
    split_scripts,
)
from ..document import HEADING, HEADING_LINE, FrontMatter, front_matter_or_none, heading_text, read_front_matter
from .assemble import (Part, _latin, assemble, cv_items_unlisted, doc_permalink, merge_person, merge_same_person,
                       page_permalink)
from .fields import (HANDLE_KEYS, LANGUAGE_CODE, absolute_url, chosen_language, english, one_language, apply_author, apply_social, as_text, md_links, md_text,
                     date_read, field_lines, plain_text, read_subtitle, walk_values)
from .files import (
    INCLUDE_RELATIVE,
    JEKYLL_CONFIGS,
    MD_SUFFIXES,
    PAGE_LOOP,
    backup_reason,
    body_with_links,
    commented_at,
    doc_or_none,
    first_file,
    folder_pages,
    franklin_config,
    includes,
    inside_site,
    own_folders,
    collection_folder,
    collections_home,
    data_files,
    jekyll_config,
    load_config,
    mark_comments,
    named_file,
    not_a_page,
    jekyll_pages,
    own_list_pages,
    opens_front_matter,
    page_files,
    file_text, read_file,
    read_markdown,
    rel_path,
    settle_keys,
    site_pages,
    skip_notes,
    starter_page,
    template_includes,
)
from .any_site import listed_profiles
from .html_site import cname_url, language_home, parse_html_site, script_bibtex
from .lab import read_lab
from .news import news_item
from .markdown_site import find_readme, html_includes, read_markdown_pages, read_markdown_site
from .owner import display_name, fullest_form, fullness, group_name, lab_named_for, lab_title, person_title, title_position
from .pages import CV_NAMES, MAX_LINKED_PAGES, UNLINKED_KINDS, front_prose_view, md_page_kind, name_kind, unread_file, \
    unshown_entries
from .listings import collection_listings, shown, shows_all
from .record_files import names_where, record_collection
from .records import NAME_PART_KEYS, data_parts, is_publication, read_jekyll_publication, shown_author_keys, template_publication


def _site_base(cfg: dict, root: Path) -> str | None:
    """The site's address: its configuration's ``url`` (the minimal-light theme names it ``canonical``), unless
    a ``CNAME`` file names another domain, the one GitHub Pages serves the site at (a theme's demo address left
    in ``canonical``, the github.io address a custom domain replaced); with the configuration's ``baseurl``."""
    url = as_text(cfg.get("url")) or as_text(cfg.get("canonical"))
    baseurl = (as_text(cfg.get("baseurl")) or "").strip()
    if re.match(r"(?i)[a-z][\w+.\-]*://", baseurl):
        # "baseurl: https://ann.github.io/" (Poole's and Hyde's configurations write the whole address there, the
        # layouts linking "{{ site.baseurl }}" alone): an address, not a path to put after ``url`` (which gave
        # "https://ann.github.io/https://ann.github.io"); its path is the base, its address the site's when no
        # ``url`` names one
        url = url or baseurl
        baseurl = url_parts(baseurl).path
    served = cname_url(root)
    if served and not (url and repair_url(url) and site_host(repair_url(url)) == site_host(served)) \
            and not _forks_domain(served, url, cfg):
        url = served
    if not url or not repair_url(url):
        url = _pages_address(cfg, root) or _linked_pages_root(cfg, root)
    if not url or not repair_url(url):
        return None
    base = url.rstrip("/") + "/" + baseurl.strip("/")
    return base.rstrip("/")


_PAGES_REPOSITORY = re.compile(r"(?i)(?:https?://(?:www\.)?github\.com/)?([a-z0-9][a-z0-9-]{0,38})/\1\.github\.io(?:\.git)?/?")
"""A configuration's ``repository: user/user.github.io`` (or its address on GitHub): the repository GitHub Pages
serves at https://user.github.io/, the site's own address (academicpages and AcadHomepage write it where ``url``
is left empty)."""
_PAGES_ROOT = re.compile(r"(?i)https?://([a-z0-9][a-z0-9-]{0,38})\.github\.io/?(?![\w./-])")
"""A user site's root address written out (``https://okumakito.github.io``): what a site's README says it is."""


def _pages_address(cfg: dict, root: Path) -> str | None:
    """The site's GitHub Pages address where its configuration names no ``url``: its ``repository`` when that is a
    user site's (``repository: LIUHankai/LIUHankai.github.io``), else the one user site's root address its README
    writes ("This repository is for GitHub Pages: https://okumakito.github.io", a menu's "[About](https://Tom-R-
    Leppard.github.io/)"); the account must spell a name the configuration gives (:func:`account_spells`), so that
    a coauthor's site, or the theme's demo a fork's README still names, places nothing. The names are those
    :func:`~.owner.config_people` reads (a title only when it is a person's name, not "Academic Pages", nor a
    template's "Your Name"); a configuration naming no one places nothing (the template's own configuration
    names its own repository)."""
    from .owner import config_people

    names = [name for name, _key in config_people(cfg)]
    if not names:
        return None
    m = _PAGES_REPOSITORY.fullmatch((as_text(cfg.get("repository")) or "").strip())
    if m and account_spells(m.group(1), names):
        return f"https://{m.group(1).lower()}.github.io/"
    readme = find_readme(root)
    if readme is None:
        return None
    if (text := file_text(readme)) is None:
        return None
    users = {m.group(1).lower() for m in _PAGES_ROOT.finditer(text)}
    own = [u for u in users if account_spells(u, names)]
    return f"https://{own[0]}.github.io/" if len(own) == 1 else None


_OWN_ROOT_LINK = lazy_compile(r"(?i)\bhttps?://([a-z0-9][a-z0-9-]{0,38})\.github\.io/([\w-]+)/")
"""An address under a user site's root, into one of its folders (``https://ann.github.io/pdfs/cv.pdf``): the
account and the folder."""
_RELATIVE_FILE = lazy_compile(r"""(?<=[\s("'=])(?:\./)?([\w-]+)/[^\s"'()<>:]*\.[A-Za-z0-9]{2,5}(?=[\s"')>]|$)""", re.M)
"""A relative link to a file in a folder of the site, as a data file or a page writes it (``link: pdfs/a.pdf``,
``(images/b.png)``, ``src="files/c.pdf"``): the folder."""


def _linked_pages_root(cfg: dict, root: Path) -> str | None:
    """The site's GitHub Pages address where its configuration names no ``url`` (a lab's template keeps its links
    only: ``links: {github: ann-lab}``) and :func:`_pages_address` finds none: the root of the account the
    configuration names as its GitHub profile, when the site's pages and data files link files under that root in a
    folder they also link relatively (``https://ann-lab.github.io/pdfs/cv.pdf`` beside ``link: pdfs/paper.pdf``):
    the same folder of the same site, written whole once. An address under the account's root in a folder the site
    never links itself (``https://ann-lab.github.io/handbook/``, another repository's project site) places
    nothing."""
    accounts = set()
    for key, value in walk_values(cfg):
        if profile_setting(key.rsplit(".", 1)[-1]) == "github" and isinstance(value, str):
            m = re.fullmatch(r"(?i)\s*(?:https?://)?(?:www\.)?(?:github\.com/)?@?([a-z0-9][a-z0-9-]{0,38})/?\s*", value)
            if m:
                accounts.add(m.group(1).lower())
    if not accounts:
        return None
    under: dict[str, set[str]] = {}
    relative: set[str] = set()
    files = [*page_files(root, MD_SUFFIXES, depth=2), *data_files(root)]
    for path in files[:400]:
        text = file_text(path, most=2_000_000)
        if not text:
            continue
        for account, folder in _OWN_ROOT_LINK.findall(text):
            if account.lower() in accounts:
                under.setdefault(account.lower(), set()).add(folder)
        relative.update(_RELATIVE_FILE.findall(text))
    found = [account for account, folders in under.items() if folders & relative]
    return f"https://{found[0]}.github.io/" if len(found) == 1 else None


def _forks_domain(served: str, url: str | None, cfg: dict) -> bool:
    """Whether a ``CNAME``'s domain is another person's, left by the site this one was forked from
    (``jayrobwilliams.com`` in Joe Bloggs's fork): the configuration gives the site's own GitHub Pages address twice
    (``url: https://jbloggs.github.io`` and ``repository: jbloggs/jbloggs.github.io``), and the domain names neither
    that account nor the owner (no word of the name the configuration gives, nor its initials). A custom domain of
    the owner's own ("bloggs.net", "jb-lab.org") stays where the site is served; the github.io address is kept only
    against a stranger's, where it still reaches the site (GitHub sends it on to a domain that is really its own).

    >>> _forks_domain("https://ann-roe.com/", "https://bolee.github.io", {"repository": "bolee/bolee.github.io",
    ...               "name": "Bo Lee"}), _forks_domain("https://www.bo-lee.net/", "https://bolee.github.io",
    ...               {"repository": "bolee/bolee.github.io", "name": "Bo Lee"})
    (True, False)
    """
    host = site_host(repair_url(url) or "") if url else ""
    user = host[: -len(".github.io")] if host.endswith(".github.io") else ""
    repo = (as_text(cfg.get("repository")) or "").lower().strip("/ ")
    if not user or "." in user or repo != f"{user}/{user}.github.io":
        return False
    label = re.sub(r"[^a-z0-9]", "", ".".join(site_host(served).split(".")[:-1]))
    author = cfg.get("author")
    names = [as_text(cfg.get(k)) or "" for k in ("name", "title", "first_name", "last_name")] + [
        as_text(author.get("name")) or "" if isinstance(author, dict) else as_text(author) or ""]
    words = [w for n in names for w in re.findall(r"[a-z0-9]+", fold(n))]
    initials = ["".join(w[0] for w in re.findall(r"[a-z0-9]+", fold(n))) for n in names]
    return bool(label) and not any(len(w) >= 3 and w in label for w in [*words, re.sub(r"[^a-z0-9]", "", user)]) \
        and not any(len(i) >= 2 and label.startswith(i) for i in initials)


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


_ABOUT_CANDIDATES = ("_pages/about.md", "_pages/about.markdown", "_pages/index.md", "about.md", "aboutme.md", "index.md")
"""The about page's usual names, the first found taken (Beautiful Jekyll's is ``aboutme.md``, its menu's "About Me");
the last only where the root serves no index.html of its own."""


def _front_head(page: Path) -> str:
    return (file_text(page) or "")[:2000]


def _served_at(root: Path, page: Path) -> str | None:
    """The address a page's front matter says the site serves it at (``permalink: /research/``, :func:`_address`),
    when it is one of the site's own (opening with "/"); else None."""
    link = _address(root, page)
    return link if link and link.startswith("/") else None


def _front_matter_index(root: Path) -> Path | None:
    """The root ``index.html`` when it opens with front matter (``layout: home``) and has text of its own after
    it: a Jekyll page like ``index.md``, the owner's home on a site the configuration names the owner of."""
    index = root / "index.html"
    if not (index.is_file() and opens_front_matter(index)):
        return None
    doc = doc_or_none(index)
    fm = front_matter_or_none(doc)
    body = "\n".join(doc.text.split("\n")[fm.body_start - 1:]) if fm is not None else ""
    return index if re.search(r"\w{3}", re.sub(r"<[^>]*>|\{[{%].*?[%}]\}", " ", body)) else None


def _served_pages(root: Path) -> list[Path]:
    """Pages kept in a folder of the site's own (``pages/research.md``, as the petridish theme does) that their
    front matter serves at an address of their own (``permalink: /research/``): pages as ``_pages/`` holds."""
    out: list[Path] = []
    for folder in own_folders(root):
        out += [p for p in jekyll_pages(folder) if _served_at(root, p)]
    return out


def _source_folder_pages(root: Path, cfg: dict) -> list[Path]:
    """The pages of the folder the configuration keeps the site's sources in, one per folder there (Hexo's
    ``source_dir: source``, its pages ``source/news/index.md`` served at ``/news/``; Jekyll's ``source:``): pages
    as a site's folders at its root hold."""
    name = as_text(cfg.get("source_dir")) or as_text(cfg.get("source"))
    if not name or name.strip("/.") in ("", "_site") or ".." in name:
        return []
    folder = inside_site(root, root / name.strip("/"))
    return folder_pages(folder) if folder is not None and folder.is_dir() else []


def _collection_pages(root: Path, cfg: dict) -> list[Path]:
    """The pages of the collections the configuration has Jekyll write out as pages of their own (Chirpy's
    ``collections: tabs: output: true``: ``_tabs/cv.md`` is served at ``/cv/`` as ``_pages/cv.md`` is), other
    than those read item by item."""
    spec = cfg.get("collections") if isinstance(cfg.get("collections"), dict) else {}
    itemwise = ("publications", "talks", "teaching", "news", *_UNREAD_COLLECTIONS)  # (read or reported item by item)
    out: list[Path] = []
    for name, value in spec.items():
        folder = collection_folder(root, str(name))
        if isinstance(value, dict) and value.get("output") is True and str(name) not in itemwise and folder.is_dir():
            out += jekyll_pages(folder)
    return out


def _folder_index_pages(root: Path) -> list[Path]:
    """A top-level folder's ``index`` page with front matter (``publications/index.html``): Jekyll serves it at the
    folder's address (``/publications/``) with no ``permalink:`` of its own."""
    out: list[Path] = []
    for folder in own_folders(root):
        out += [p for p in jekyll_pages(folder) if p.parent == folder and p.stem.lower() == "index"
                and opens_front_matter(p)]
    return out


def _jekyll_about(root: Path, served: list[Path] | None = None, lang: str | None = None,
                  tabs: list[Path] = ()) -> Path | None:
    """The about page: by its usual names (not a theme's sample page left in place), else the page its front
    matter serves at the site's root (``_pages/home.md``, ``pages/home.md`` or ``README.md`` with ``permalink:
    /``); ``served``: :func:`_served_pages`, when
    the caller has them; ``lang``: the default language of a multilingual site (jekyll-polyglot's
    ``default_lang``), whose pages are in ``_pages/<lang>/``; ``tabs``: the pages of the collections the site
    writes out as pages (:func:`_collection_pages`), whose ``about.md`` is served at /about/ (Chirpy's
    ``_tabs/about.md``; Hexo's ``source/about/index.md``)."""
    found = first_file(root, _ABOUT_CANDIDATES[:-1] if served_index(root) else _ABOUT_CANDIDATES)
    if found is not None and starter_page(found):
        found = None  # minima's about page left as generated: no page about the owner
    if found is None and lang and "/" not in lang and ".." not in lang:
        found = first_file(root / "_pages" / lang, ("about.md", "about.markdown", "index.md"))
    if found is None and lang:
        # (the default language's pages absent, another language's there: "_pages/fr/about.md" beside "default_lang:
        # en"): the first of those
        found = next((f for d in _language_folders(root / "_pages")
                      if (f := first_file(d, ("about.md", "about.markdown"))) is not None), None)
    if found is None:
        pages = sorted((root / "_pages").glob("*.md")) if (root / "_pages").is_dir() else []
        served = _served_pages(root) if served is None else served
        # (a page at the site's top whose front matter serves it at the root too: "README.md" with "permalink: /")
        pages += [p for p in sorted(root.glob("*.md")) if p.is_file()]
        for page in pages + served:
            if _served_at(root, page) == "/":
                return page
        # (no page at the root: the one a folder of the site's own serves at /about/, as _pages/about.md is)
        return next((page for page in served if (_served_at(root, page) or "").strip("/").lower() == "about"
                     and not starter_page(page)),
                    next((page for page in tabs if (page.parent.name if page.stem.lower() == "index" else page.stem).lower()
                          == "about" and not starter_page(page)), None))
    return found


def served_index(root: Path) -> bool:
    """Whether the site's root serves an ``index.html`` of its own as it is, whatever an ``index.md`` beside it
    says: Jekyll copies an HTML file without front matter untouched, after it has rendered the pages, so that
    copy replaces the page ``index.md`` renders to (a site saved from elsewhere whose ``index.md`` is a leftover,
    another page kept under that name). A redirect or an empty script shell is no page of its own."""
    index = root / "index.html"
    if not index.is_file() or opens_front_matter(index) or first_file(root, ("index.md", "index.markdown")) is None:
        return False
    from .html_site import page_kind

    doc = doc_or_none(index)
    return doc is not None and page_kind(doc).kind == "page"


def detect_jekyll(path: Path) -> float:
    """How sure it is that ``path`` is a Jekyll site (``_config.yml``, an about page, collections of papers)."""
    if not path.is_dir():
        return 0.0
    if jekyll_config(path) is None:
        # GitHub Pages runs Jekyll without a configuration too: an index.md beside other markdown pages
        home = _themeless_home(path)
        return 0.4 if home is not None and home.name.lower() != "readme.md" else 0.0
    score = 0.3
    if (path / "_pages" / "about.md").is_file() or (path / "_pages" / "about.markdown").is_file():
        score += 0.5
    if any(_collection_files(pubs, nested=False)) if (pubs := collection_folder(path, "publications")).is_dir() else False:
        score += 0.15
    if (path / "_bibliography").is_dir() and any((path / "_bibliography").glob("*.bib")):
        score += 0.15
    if _jekyll_about(path) is not None and score < 0.5:
        score = 0.5
    return min(score, 0.95)


_CONFIG_SOCIALS = ("email", "scholar_userid", "github_username", "linkedin_username", "twitter_username",
                   "x_username", "orcid_id", "research_gate_profile", "dblp_url", "semanticscholar_id", "links",
                   "inspirehep_id", "inspire_userid", "bluesky", "wikidata_id")
"""The owner's profile settings at the top of ``_config.yml`` (minima's ``twitter_username``, al-folio's ...)."""


_LINK_LISTS = ("external", "external_links", "social", "socials", "social_links", "social-links", "footer_links",
               "profiles")
"""Settings a theme's footer lists the owner's profiles from, each item an icon and a ``url``
(``external: [{title: ORCID, icon: fa-orcid, url: https://orcid.org/...}]``)."""


_USERNAME_BLOCKS = tuple(k for k in PROFILE_SETTINGS if "_" not in k and "-" not in k)
"""The profile settings a theme writes as a block holding the user name (Chirpy's ``github: username: ann-lee``,
``twitter: username: ...``)."""


_BLOCK_FIELDS = ("username", "profile", "url")
"""The keys of a profile setting's block that hold the profile (``github: {username: ann-lee}``, ``twitter:
{profile: https://twitter.com/ann_lee}``), in the order they are asked."""


def _home_title(root: Path) -> str | None:
    """The ``title:`` of the site's home page (``index.md``), when it is a person's name."""
    page = first_file(root, ("index.md", "index.markdown", "index.html"))
    title = _page_title(page) if page is not None else None
    return person_title(md_text(title)) if title else None


def _spelled_out(short: str, full: str | None) -> bool:
    """Whether a site's title (``full``) writes out the name its author block gives as initials: the initials alone
    ("RV" for "Rosa Vidal") or the given names' ("M. H. Wood" for "Melodee Wood").

    >>> _spelled_out("RV", "Rosa Vidal"), _spelled_out("M. H. Wood", "Melodee Wood"), _spelled_out("RV", "Ana Roe")
    (True, True, False)
    """
    if not full or same_name(full, short):
        return False
    if re.fullmatch(r"[A-Z]{2,4}", short):
        return len(full.split()) in (2, 3, 4) and "".join(w[0] for w in full.split()).upper() == short
    return fullest_form([short], [full], loose=True) == full


def _menu_urls(node: Any, key: str) -> list[tuple[str, str]]:
    """The web addresses a menu setting links (``navbar-links: About: - GitHub: "https://..."``), each with
    the key (dotted, as :func:`~.files.load_config` spans) that holds it."""
    return [(k, url) for k, v in walk_values(node, key)
            if isinstance(v, str) and re.match(r"https?://", v.strip()) and (url := repair_url(v))]


_SPELLED_NAME = re.compile(r"(?i)(?:english|chinese|native|local|en|zh|cn)_name|name_(?:en|zh|cn)")
"""An author's name as written in one language or script (AcadHomepage variants' ``english_name`` and
``chinese_name``), where the author block has no ``name``."""


def _config_position(cfg: dict, person: Person) -> None:
    """The position and workplace a theme shows under the owner's name from the top of ``_config.yml`` when it
    has no author block (minimal-light's ``position: Associate Professor``, ``affiliation: X University``): the
    configured workplace over the one the bio's position sentence was read for (its role the same), as the
    configured address is over one read out of prose."""
    position, place = as_text(cfg.get("position")), as_text(cfg.get("affiliation"))
    if isinstance(cfg.get("author"), dict) or not place:
        return
    if person.name and same_name(md_text(place), person.name):
        # "affiliation: Daniel Borin<br/>" (a lab template's footer line the owner filled with their own name): no
        # workplace; the footer's address under it ("location: Tarn University<br/>Department of ...") names it
        # on its first line
        where = re.split(r"(?i)<br\s*/?>|\n", as_text(cfg.get("location")) or "")[0]
        place = md_text(where).strip(" ,") if INSTITUTION_STRONG.search(md_text(where)) else None
        if not place:
            return
    role = md_text(position) if position and JOB_WORDS.search(position) else person.job_title
    person.job_title = person.job_title or role
    kept = [a for a in person.affiliations if not (a.current and (a.role == role or fold(a.name) == fold(place)))]
    person.affiliations = [Affiliation(name=md_text(place), role=role), *kept]


def _jekyll_config(root: Path, parts: list[Part], base_url: str | None = None
                   ) -> tuple[dict, Person | None, dict, str | None, list[str], str | None]:
    """Read ``_config.yml`` (or ``_config.yaml``; else Franklin.jl's ``config.md``): (config, person, site_author
    block, site base URL, owner aliases, label: the person's name when it is only the site's, a name no person
    bears, which the site's pages may replace). ``base_url``: where the site is published when its configuration
    does not say (``--base-url``), for the author's relative avatar."""
    # (a site of markdown pages with no _config.yml: Franklin.jl's config.md, when it is one, says the same things)
    path = jekyll_config(root) or franklin_config(root)
    if path is None:
        return {}, None, {}, base_url, [], None
    doc, cfg, spans = load_config(root, path)
    base = _site_base(cfg, root) or base_url
    person: Person | None = None
    aliases: list[str] = []
    used_keys: set[str] = set()
    label: str | None = None  # (a site's name the configuration gives where it names no person)
    author = cfg.get("author") if isinstance(cfg.get("author"), dict) else {}
    if author and placeholder_text(as_text(author.get("name")) or ""):
        author = {}  # the theme's sample author ("Lorem ipsum", "Your Name") left in place: none of it is the owner's
    # "author: ann" naming a record of _data/authors.yml (the file Jekyll's author pages look names up in), and
    # HPSTR's and So Simple's "owner:" block (name, bio, email, twitter): the owner's settings, one person's
    keyed = _authors_record(root, as_text(cfg.get("author"))) if not author else {}
    owner_block = cfg.get("owner") if isinstance(cfg.get("owner"), dict) else {}
    owner_name = as_text(owner_block.get("name"))
    if not owner_name or placeholder_text(owner_name) or author and not same_name(
            as_text(author.get("name")) or "", owner_name) or keyed and not same_name(as_text(keyed.get("name")), owner_name):
        owner_block = {}
    if keyed:
        used_keys.add("author")
    elif author and as_text(author.get("name")):
        # Hydejack's "author: {name: Ann Lee, email: ...}" beside _data/authors.yml's record of the same person
        # (its sidebar card: about line, "social:" profiles): one person's settings, the configuration's winning
        keyed = _authors_record(root, as_text(author.get("name")), by_name=True)
    author = {**owner_block, **keyed, **author}
    # a bilingual sidebar's "name: {en: Jia Lin, zh: 林佳}", "bio: {en: ..., zh: ...}": one language's block, the
    # name in the others the same person's (how the papers written in them name the owner)
    translated = author.get("name") if isinstance(author.get("name"), dict) else {}
    author = one_language(author, {})[0] if author else author
    spelled_others: list[str] = [t for v in translated.values() if (t := as_text(v)) and t != as_text(author.get("name"))]

    name = as_text(author.get("name")) if author else None
    if name:
        name = filled_slots(name)  # ("<Ann> <Vidal>": Hydejack's "<firstname> <lastname>" filled in its brackets)
    spelled = [(k, t) for k in author or {} for m in [_SPELLED_NAME.fullmatch(str(k))] if m
               for t in [as_text(author[k])] if t] if not name else []
    if name:
        used_keys.add("author.name")
    elif spelled:
        # AcadHomepage's variants: "english_name:" (empty) beside "chinese_name: 马贤茹": the name in each script
        # it is written in, the English one first
        spelled.sort(key=lambda kt: not kt[0].lower().startswith("en"))
        name = spelled[0][1]
        spelled_others = [t for _k, t in spelled[1:]]
        used_keys |= {f"author.{k}" for k, _t in spelled}
    elif as_text(cfg.get("author")) and "author" not in used_keys:  # plain Jekyll themes (minima): "author: Jane Doe"
        name = md_text(as_text(cfg.get("author")))
        used_keys.add("author")
    elif as_text(cfg.get("name")) and not (as_text(cfg.get("first_name")) or as_text(cfg.get("last_name"))):
        name = as_text(cfg.get("name"))
        used_keys.add("name")
        full = person_title(as_text(cfg.get("title"))) if len(name.split()) == 1 and not has_cjk(name) else None
        if full and fold(name) in fold(full).split() and len(full.split()) > 1:
            # academicpages' sidebar "name: Maryam" under the site's "title: Maryam Amiri": the title writes the
            # same person's name in full
            name = full
            used_keys.add("title")
        elif not person_title(name) and (said := person_title(as_text(cfg.get("description")))) \
                and not JOB_WORDS.search(said):  # (not "description: Data Scientist", the template's way)
            # Jekyll Now's header: "name:" over "description:", and a site that titles itself ("name: Notes from
            # the Archive") writes its owner's name as the line under it ("description: Ana Ruiz")
            name = said
            used_keys.add("description")
        elif not has_cjk(name):
            # Jekyll Now's "name of your site" (displayed in the header): the owner's name, or the site's ("name:
            # Ana's Blog", "name: Quiet Gradients", a title that reads like a name): the owner's only when the site
            # names no one else (:func:`_label_owner`)
            label = name
    if not name and (as_text(cfg.get("first_name")) or as_text(cfg.get("last_name"))):  # al-folio
        name = " ".join(x for k in NAME_PART_KEYS if (x := as_text(cfg.get(k))))
        used_keys |= {k for k in NAME_PART_KEYS if as_text(cfg.get(k))}
        twins = [as_text(cfg.get(f"{k}_en")) for k in NAME_PART_KEYS if as_text(cfg.get(k))]
        latin = " ".join(x for x in twins if x)
        if all(twins) and not _latin(name) and _latin(latin):
            # a multilingual al-folio's "first_name: 煜成, last_name: 陈" beside "first_name_en: Yu-Cheng, last_name_en:
            # Chen": the name the papers' bylines write, the other script's the same person's, as written and (CJK)
            # family name first unspaced; a part without its twin ("first_name_en" alone) leaves the name as it is
            spelled_others = [*spelled_others, name, *(["".join(reversed(name.split()))] if has_cjk(name) else [])]
            name = latin
            used_keys |= {f"{k}_en" for k in NAME_PART_KEYS if as_text(cfg.get(f"{k}_en"))}
    social = cfg.get("social") if isinstance(cfg.get("social"), dict) else {}
    if not name and as_text(social.get("name")):
        # Chirpy's "social: name: Ana Roe" (with its "email" and "links"): the owner, named as the posts' author
        # and the footer's copyright holder
        name = as_text(social.get("name"))
        used_keys.add("social.name")
    ids = [fold(v).replace(" ", "") for k, x in author.items() if (profile_setting(str(k)) or k in ("email", "uri"))
           and (v := as_text(x))]
    if not name and ids and (said := person_title(as_text(cfg.get("title")))) \
            and any(fold(said.split()[-1]) in v for v in [*ids, fold(as_text(cfg.get("url")) or "")]):
        # academicpages' author block with its "name:" left empty and its profile ids filled in, under "title: Ana
        # Roe": the site's title names the block's person when an id or address spells the family name (a block of
        # a photo and a bio only names no one; "title: Computational Ecology" names no one either)
        name = said
        used_keys.add("title")
    if (not name or label) and not lab_title(as_text(cfg.get("title")) or as_text(cfg.get("name"))) \
            and (record := _site_author_record(root, label)):
        # a blog whose configuration names the site only (Jasper's "title:", Jekyll Now's "name:") and whose
        # _data/authors.yml keeps the one person its posts are by: that person, with the record's bio and profiles
        # (not a lab's site, "title: River Lab", whose one record is a member's, its manager's who posts the news:
        # its pages name its head)
        author = {**record, **author}
        name, label = as_text(record.get("name")), None
        used_keys.discard("name")
    top = as_text(cfg.get("name"))
    if name and top and "name" not in used_keys and len(name.split()) == 1 and fold(top).startswith(fold(name) + " "):
        # academicpages: "author: name: Thomas" beside the site's "name: Thomas Baudeau"
        name = top
        used_keys.add("name")
    elif name and top and "name" not in used_keys and group_name(name) and person_title(top):
        # academicpages run as a lab's site: the sidebar's "author: name: Dr. Roe's Lab of Soil Ecology" is the
        # lab, the site's "name: Dr. Ana Roe" its head, whose site it is
        name = top
        used_keys.add("name")
    site_title = as_text(cfg.get("title"))
    accounts = {a.lower().lstrip("@") for k in ("username", *HANDLE_KEYS) if (a := as_text(cfg.get(k)))}
    if name and name.lower() in accounts and not re.search(r"[\s.]", name.strip()) and person_title(site_title):
        # "author: jdoe", the account the configuration's "username:" names, beside "title: Jane Doe": the name
        name = person_title(site_title)
        used_keys.add("title")
    host = re.match(r"(?:https?://)?([\w-]+)\.github\.io\b", as_text(cfg.get("url")) or "", re.I)
    if name and "title" not in used_keys and re.fullmatch(r"[a-z][a-z0-9_-]*", name.strip()) \
            and name.strip() in accounts | ({host.group(1).lower()} if host else set()):
        # "author: jdoe" where the site is "jdoe.github.io" and no title names anyone: the account, no one's name
        # (the owner is whom the pages name)
        name = None
        used_keys.discard("author")
    home_title = _home_title(root) if name and re.fullmatch(r"[A-Z]{2,4}", name) else None
    for key, full in (("title", site_title), (None, home_title)):
        if name and re.fullmatch(r"[A-Z]{2,4}", name) and _spelled_out(name, full):
            # "name: RV" beside "title: Rosa Vidal" (the site's, or its home page's): the initials stand for it
            name = full
            if key:
                used_keys.add(key)
    alternates: list[str] = spelled_others
    if name and has_cjk(name) and re.search(r"[A-Za-z]", name):
        # "Hankai Liu (刘涵凯)": the name, and the name in another script (the page reader's own splitter)
        latin, alts = split_scripts(name)
        if alts:
            name, alternates = latin, alts
    if name:
        # "name: Dr Elco Koks", "Ana Roe 🇺🇦", "Ana Roe, PharmD", "Yu (Rain) Lee": the name without what its display adds
        name, nicknames = display_name(name)
        alternates += [n for n in nicknames if n not in alternates]
        if top and "name" not in used_keys and not same_name(top, name) and (
                formal := person_title(top)) and len(name.split()) >= 2 \
                and fold(formal.split()[-1]) == fold(name.split()[-1]) and same_name(person_title(site_title) or "", formal):
            # academicpages: the sidebar's "author: name: Bill Roe" beside the site's "name:" and "title:" that
            # both write "William M. Roe": the site's own name for its owner, the sidebar's another
            alternates.append(name)
            name = formal
            used_keys.add("name")
        formal = person_title(site_title)
        if formal and "title" not in used_keys and _spelled_out(name, formal):
            # "author: name: M. H. Wood" under "title: Melodee Wood": the title writes out the name the author
            # block gives as initials, the fuller form of the same name
            alternates.append(name)
            name = formal
            used_keys.add("title")
        # "description: Homepage of Melodee Wood (née Beals)": the name born with, as the earlier papers write it
        alternates += [n for n in birth_names(" ".join(filter(None, (as_text(cfg.get("description")), as_text(
            author.get("bio"))))), [name, *alternates]) if n not in alternates]
    if name and placeholder_text(name):
        name = None
    if name and group_name(name):
        # al-folio's "first_name: Coral, last_name: Lab": the lab's name, no one's; its head is the author on most of
        # its papers, when they name one (else the lab's name stands for the site's owner)
        # ("name: Zhang Tao lab": the lab of the person it names, when no records name another)
        pages = [*jekyll_pages(root / "_pages"), *jekyll_pages(root)]
        head = _records_owner(root, cfg, base, aliases)[1]
        if head and (lambda given, words: given == 1 < words)(*fullness(head)):
            # "Frost A", "L. L. G. Carrette": the head as the papers cite them, the given names initials only
            # (weaker than the lab's own name): as the pages or the lab's data write it out ("Lieselot Carrette"), else
            # the lab's name
            data = [p for p in sorted((root / "_data").glob("*")) if p.suffix in (".yml", ".yaml", ".json")]
            full = fullest_form([head], [*map(_page_text, pages), *map(_page_text, data)], loose=True)
            head = full if fullness(full)[0] >= 2 else None
        name = head or lab_named_for(name, map(_page_text, pages)) or name
    if name:
        person = Person(name=name, alternate_names=alternates)
        used_keys |= {f"author.{k}" for k in apply_author(person, author or {}, lambda p: absolute_url(p, base))}
        profiles = (author or {}).get("social")
        for key, value in (profiles.items() if isinstance(profiles, dict) else ()):
            # the author card's "social: {github: ann-lee, google: https://scholar.google.com/...}" (Hydejack)
            if apply_social(person, str(key), value):
                used_keys.add(f"author.social.{key}")
        bio = as_text((author or {}).get("bio"))
        if bio and person.job_title is None and len(bio) <= 200:
            # the sidebar's one line ("Postdoctoral Fellow, Department of Botany at Lakeside University"): the
            # job and the affiliation, as the page reader reads such a line
            from .pages import merge_prose, prose_person

            merge_prose(person, prose_person(doc, name, [md_text(bio)]))
        if base:
            person.homepage = person.homepage or repair_url(base)  # (the author's own "uri" first)
            used_keys.add("url")
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
        for key in _CONFIG_SOCIALS:
            if key in cfg and apply_social(person, key, cfg.get(key)):
                used_keys.add(key)
        for prefix, block in (("author.", author or {}), ("", cfg)):
            for key, value in block.items():
                target = _site_redirect(root, base, as_text(value)) if isinstance(value, str) else None
                if target and identifier_from_url(target) and apply_social(person, str(key), target):
                    # "googlescholar: https://me.github.io/scholar", a page of the site that only sends its
                    # visitors on to the profile (a meta refresh): the profile it sends them to
                    used_keys.add(f"{prefix}{key}")
        for key in PROFILE_SETTINGS:
            # Chirpy's "github: username: ann-lee" (a site adds "linkedin: username: in/ann-lee/" alike), or the
            # profile's address in the block ("google_scholar: profile: https://scholar.google.com/..."): read
            # before the footer's links, which may spell the same profile otherwise
            block = cfg.get(key)
            held = next((f for f in _BLOCK_FIELDS if isinstance(block, dict) and isinstance(block.get(f), str)), None)
            if held is not None and apply_social(person, key, block[held]):
                used_keys.add(f"{key}.{held}")
            elif key in _USERNAME_BLOCKS and isinstance(block, str) and PROFILE_SETTINGS[key] \
                    and apply_social(person, key, block):
                # a theme's plain "github: ann-lee", "linkedin: ann-lee" at the top of the settings (its
                # footer's icons link them)
                used_keys.add(key)
        for key in _LINK_LISTS:
            if apply_social(person, "social", cfg.get(key), base):
                used_keys.add(key)
        # minimal-mistakes: the author sidebar's and the footer's "links: [{label, icon, url}]"
        for block, value in (("author", author), ("footer", cfg.get("footer"))):
            if isinstance(value, dict) and apply_social(person, "social", value.get("links"), base):
                used_keys.add(f"{block}.links")
        for block in ("footer-links", "social-network-links", *_LINK_LISTS):
            footer = cfg.get(block) if isinstance(cfg.get(block), dict) else {}
            if block in _LINK_LISTS and any(k in footer for k in ("url", "link", "href")):
                continue  # (one icon link, read above)
            for key, value in footer.items():
                # Jekyll Now's "footer-links: github: ..., twitter: ...", beautiful-jekyll's "social-network-links",
                # a site's own layout reading "site.social.github": the owner's profiles by key, in the footer
                if apply_social(person, str(key), value):
                    used_keys.add(f"{block}.{key}")
        # beautiful-jekyll's "navbar-links" (a menu of pages, its entries may link the owner's profiles)
        for key, url in _menu_urls(cfg.get("navbar-links"), "navbar-links"):
            ident = identifier_from_url(url)
            if ident:
                person.identifiers.setdefault(*ident)
                used_keys.add(key)
    if owner_block:
        used_keys |= {f"owner.{k[7:]}" for k in used_keys if k.startswith("author.") and k[7:] in owner_block}
    for key, (first, last) in spans.items():
        block = key.split(".", 1)[0]
        if key in used_keys:
            doc.use(first, last)
        elif key == "author" and author or key == "owner" and owner_block:
            doc.ignore(first)  # the "author:" line itself; its fields are judged one by one
        elif "." in key and (block == "author" or block == "owner" and owner_block):
            if as_text(author.get(key.split(".", 1)[1])) is None:
                doc.ignore(first, last)  # an empty placeholder such as "arxiv: # URL"
            # a filled author field kg has no slot for stays visible in unparsed
        elif "." not in key:
            doc.ignore(first, last)  # site configuration
    mark_comments(doc)
    parts.append(Part(rel_path(root, path), doc, "jekyll-config"))
    return cfg, person, author or {}, base, aliases, label if person is not None and person.name == label else None


def _alfolio_about(doc: SourceDoc, person: Person, base: str | None) -> None:
    """al-folio's about.md front matter: ``subtitle`` (affiliation links, a job title: a position stated there
    replaces the one the bio's prose was read for), ``profile.name`` (the name in full, another name),
    ``profile.address`` and ``profile.image``, when the page parser left them."""
    fm = front_matter_or_none(doc)
    if fm is None:
        return
    data, spans = fm.data, fm.spans
    # (the line under the name states the position the bio's prose was read for: "Ph.D. Candidate at X" over
    # "I'm a graduate student in ... at X"; al-folio before 2022 wrote that line under "description:", its
    # template's "<a href='#'>Affiliations</a>. Address. Contacts. Moto. Etc.")
    key = "subtitle" if "subtitle" in spans else "description"
    if key in spans and spans[key][0] not in doc.used and read_subtitle(
            as_text(data.get(key)), person, over_prose=True):
        doc.use(*spans[key])
    profile = data.get("profile") if isinstance(data.get("profile"), dict) else {}
    shown = display_name(as_text(profile.get("name")) or "")[0] if as_text(profile.get("name")) else None
    if shown and "profile.name" in spans and fold(shown) != fold(person.name) and owner_variant(shown, person.name):
        # "profile: name: Naim U. Rashid, PhD" (a theme's own key for the name the sidebar shows): the owner's name
        # as the page writes it in full, another name of theirs
        if shown not in person.alternate_names:
            person.alternate_names.append(shown)
        doc.use(*spans["profile.name"])
    for key in ("address", "more_info"):
        # al-folio's sidebar address: <p>office</p><p>street</p><p>city</p>
        # ("address: false": al-folio's switch that turns the sidebar address off, no place named "False")
        text = None if isinstance(profile.get(key), bool) else as_text(profile.get(key))
        if not text or f"profile.{key}" not in spans:
            continue
        first, last = spans[f"profile.{key}"]
        if first in doc.used:
            continue
        pieces = [md_text(p) for p in field_lines(text)]
        pieces = [p.strip(" ,") for p in pieces if p.strip(" ,")]
        # ("<p>mm986[at]cam[dot]ac[dot]uk</p>" under the office and street: the owner's address written so that no
        # robot reads it, the email, no line of the place)
        mails = [p for p in pieces if not re.search(r"https?:|@", p) and (mail := find_email(p))
                 and len(p.split()) <= 6 and mail.split("@")[0] in p]
        if mails and person.email is None:
            person.email = find_email(mails[0])
        pieces = [p for p in pieces if p not in mails]
        if mails and not pieces:
            doc.use(first, last)
        # ("<p><b>Xavier Roe</b></p><p>Ramon y Cajal researcher (Tenure-track)</p><p>IRTA, Spain</p>": the owner's
        # name, then the post, then the place; a post named for its programme ends with the job's word)
        # (the name as the page writes it: "Xavier Roe" of "Xavier Roe-Vila", one of the two family names)
        # (a line that only holds the owner's name, "Jane Roe Lab" names a place; "Jane A. Roe" is the name too)
        own = set(fold(person.name or "").replace("-", " ").split())
        pieces = [p for p in pieces if not (person.name and (
            same_name(p, person.name) or len(p.split()) >= 2 and set(fold(p).replace("-", " ").split()) <= own
            or owner_variant(p, person.name)
            and not re.search(r"\b(?:Lab|Laboratory|Group|Institute|Center|Centre)\b", p, re.I)))]
        # (the one line of either key, or more_info's first: "address: <p>PhD Student</p>" is the post too)
        line = pieces[0] if pieces and (key == "more_info" or len(pieces) == 1) else ""
        # ("<p>PhD Candidate, University of Toronto</p>": the post, then where it is held)
        read = position_read(line) if line else None
        post = read[0] if read else re.sub(r"\s*\([^()]*\)$", "", line)
        if post and (read or JOB_WORDS.match(post) or len(pieces) > 1 and JOB_WORDS.fullmatch(post.split()[-1])) \
                and len(post.split()) <= 8 and not re.search(r"\d|https?:|@", post):
            # "more_info: <p>Associate Professor</p>": the line under the picture is the position, no address
            # (the lines after it the place: "<p>PhD Student</p><p>Zurich Area</p>"); a post other than the one
            # the subtitle stated stays a line of the place ("<p>Marie Curie Fellow</p>" under "Assistant Professor")
            # (the place read with the post is the owner's also when the subtitle already stated that post)
            if read and (person.job_title is None or fold(post) == fold(person.job_title)) \
                    and not any(fold(a.name) == fold(read[1]) for a in person.affiliations):
                person.affiliations.append(Affiliation(name=read[1], role=post))
            if person.job_title is None:
                person.job_title = post
                for aff in person.affiliations:
                    aff.role = aff.role or post
                pieces = pieces[1:]
            elif fold(post) == fold(person.job_title):
                pieces = pieces[1:]
            if not pieces:
                doc.use(first, last)
        if person.location is None and pieces and not any(re.search(r"https?:|@", p) for p in pieces):
            person.location = ", ".join(pieces)
            doc.use(first, last)
    image = profile.get("image")
    if as_text(image) and person.image is None and "profile.image" in spans:
        url = absolute_url(as_text(image), (base + "/assets/img/") if base else None)
        if url:
            person.image = url
            doc.use(*spans["profile.image"])


def _site_redirect(root: Path, base: str | None, url: str | None) -> str | None:
    """Where a page of the site itself (``url``: under the site's address ``base``, or a path from its root) sends
    its visitors: the target of an HTML page's meta refresh or script, or of a page's ``redirect_to:``
    (jekyll-redirect-from); None for any other address or page."""
    if not url or not url.strip():
        return None
    url = url.strip()
    bare = re.sub(r"^https?://(?:www\.)?", "", url, flags=re.I)
    home = re.sub(r"^https?://(?:www\.)?", "", base or "", flags=re.I).rstrip("/")
    if url.startswith("/") and not url.startswith("//"):
        path = url
    elif home and bare.lower().startswith(home.lower() + "/"):
        path = bare[len(home):]
    else:
        return None
    path = re.split(r"[?#]", path)[0].strip("/")
    if not path or ".." in path.split("/"):
        return None
    for page in (root / path / "index.html", root / f"{path}.html", root / path / "index.md", root / f"{path}.md"):
        if not page.is_file():
            continue
        doc = doc_or_none(page)
        if doc is None:
            return None
        if page.suffix == ".html":
            from .html_site import page_kind

            kind = page_kind(doc)
            return kind.target if kind.kind == "redirect" and kind.target else None
        fm = front_matter_or_none(doc)
        return as_text(fm.data.get("redirect_to")) if fm is not None and isinstance(fm.data, dict) else None
    return None


def _posts_bylines(root: Path) -> list[str | None]:
    """What the site's blog posts give as their ``author:`` (a key of ``_data/authors.yml``, a name, or a map with
    a ``name``), one value a post, in file order, None for a post that names no author (the site owner's, as
    Jekyll renders it); the first 200 posts."""
    out: list[str | None] = []
    for file in _markdown_files(posts)[:200] if (posts := collection_folder(root, "posts")).is_dir() else []:
        fm = front_matter_or_none(doc_or_none(file))
        value = fm.data.get("author") if fm is not None and isinstance(fm.data, dict) else None
        value = value.get("name") if isinstance(value, dict) else value
        value = value[0] if isinstance(value, list) and len(value) == 1 else value
        out.append(text.strip() if (text := as_text(value)) is not None else None)
    return out


def _authors_data(root: Path):
    """What the site's ``_data/authors.yml`` (or ``.yaml``) holds, as loaded; None without one or when it does not
    load (the one reading of that file for :func:`_site_author_record` and :func:`_authors_record`)."""
    path = first_file(root / "_data", ("authors.yml", "authors.yaml")) if (root / "_data").is_dir() else None
    if path is None:
        return None
    try:
        return load_config(root, path)[1]
    except SourceError:
        return None


def _site_author_record(root: Path, label: str | None = None) -> dict:
    """The record of ``_data/authors.yml`` (Jasper's and Jasper2's, minimal-mistakes' and Hydejack's authors, a map of
    short names to ``name``, ``bio``, ``picture``, ``twitter`` ...) of the person a blog without a configured author
    is by: its one record, or of two or three, the record the site's posts name as their author (``author: ana``, by
    its key or its name) on most of them; empty when it keeps none such, its records name no person (a theme's
    "Ghost"), they are many (a lab's members), or the posts are by several people alike. ``label``: the site's
    configured name; when it reads like a person's ("name: Lena Haverkamp"), a record of someone else is the
    owner's only when most posts name it (not a guest writer's record beside the owner's posts)."""
    data = _authors_data(root)
    records = {str(k): r for k, r in (data.items() if isinstance(data, dict) else ())
               if isinstance(r, dict) and person_title(as_text(r.get("name"))) and not placeholder_text(as_text(r.get("name")))}
    if not records:
        return {}
    bylines = _posts_bylines(root)
    counts = Counter(key for line in bylines if line for key, r in records.items()
                     if line == key or same_name(line, as_text(r.get("name")) or ""))
    key, n = counts.most_common(1)[0] if counts else (None, 0)
    if len(records) == 1:
        only = next(iter(records))
        named = as_text(records[only].get("name")) or ""
        if not label or not person_title(label) or same_name(label, named) or key == only and 2 * n > len(bylines):
            return records[only]
        return {}
    if key is not None and len(records) <= 3:  # (a lab's or a magazine's authors, many people: no one person's blog)
        return records[key] if 2 * n > len(bylines) else {}  # (posts naming no author count as no record's)
    return {}


def _authors_record(root: Path, key: str | None, by_name: bool = False) -> dict:
    """The record ``_data/authors.yml`` keeps under ``key`` (``ann: {name: Ann Lee, email: ...}``), when it names
    someone; else empty. ``by_name``: the record whose ``name`` is ``key`` (the person's name, whatever their
    short name)."""
    data = _authors_data(root) if key else None
    if by_name and isinstance(data, dict):
        record = next((r for r in data.values() if isinstance(r, dict) and same_name(as_text(r.get("name")) or "", key)),
                      None)
    else:
        record = data.get(key) if isinstance(data, dict) else None
    return record if isinstance(record, dict) and as_text(record.get("name")) else {}


def _alfolio_socials(root: Path, person: Person | None, parts: list[Part]) -> None:
    path = root / "_data" / "socials.yml"
    if person is None or not path.is_file():
        return
    try:
        doc, data, spans = load_config(root, path)
    except SourceError as err:
        # a file Jekyll itself would fail on ("x_username: @ann" unquoted): said at its line, the site read
        parts.extend(unread_file(root, path, "al-folio-socials", err))
        return
    for key, value in data.items():
        if key in spans and apply_social(person, key, value):
            doc.use(*spans[key])
    mark_comments(doc)
    parts.append(Part(rel_path(root, path), doc, "al-folio-socials"))


def _collection_item(root: Path, path: Path, base: str | None, kind: str,
                     keys: Callable[[dict], tuple[str, ...]]):
    """What an academicpages ``_talks``/``_teaching`` file says: (part, front matter, date, body text, links);
    ``keys``: the front matter's keys read, by what it says."""
    doc, rel, fm = read_markdown(root, path)
    part = Part(rel, doc, f"jekyll-{kind}")
    doc.sections[1] = kind
    date, lost = date_read(fm.data["date"]) if fm.data.get("date") else (None, False)
    lines, body, labelled = body_with_links(doc, fm.body_start, base)
    links: dict[str, str] = {}
    for label, url in labelled:
        links.setdefault(link_kind(label, url) or "project", url)
    for first, last in lines:
        doc.use(first, last)
    addressed = []
    for key in ("website", "url", "link", "slides", "video", "poster"):
        # "website: https://..." on a course, "slides: https://..." on a talk (the theme shows each as a link
        # named for its key): the item's address or a link of that kind, before the links of its text
        value = (as_text(fm.data.get(key)) or "").strip()
        if re.fullmatch(r"https?://\S+", value) and (url := absolute_url(value, base)):
            kind = key if key in ("slides", "video", "poster") else "project"
            links = {kind: url, **{k: v for k, v in links.items() if v != url}} if kind not in links else links
            addressed.append(key)
    # (a date no calendar has stays unread, and so reported)
    keys = (*(k for k in keys(fm.data) if k != "date" or date and not lost), *addressed)
    # site plumbing is not data; other keys stay unparsed: kg has no field for them
    settle_keys(doc, fm.spans, keys,
                lambda key: key in ("collection", "permalink", "layout", "author_profile", "excerpt_separator"))
    return part, fm.data, date, " ".join(body), links


def _names_a_talk(value: object) -> bool:
    """Whether a talk item's ``type`` says only that it is a talk ("Talk", "Tutorial", "Keynote", "Poster"): what kg
    took by reading the item as one, where kg has no field for the kind. A type that says more ("Conference
    proceedings talk") is not this.

    >>> _names_a_talk("Talk"), _names_a_talk("Tutorial"), _names_a_talk("Conference proceedings talk")
    (True, True, False)
    """
    word = " ".join((as_text(value) or "").split())
    return bool(word) and "talks" in (section_kind(word), section_kind(f"{word}s"))


def read_jekyll_talk(root: Path, path: Path, base: str | None) -> Part:
    """One academicpages ``_talks/*.md`` file -> a talk (title, venue as the event, date, location, links; its
    ``type: "Talk"``, which says it is one, read with it)."""
    part, data, date, body, links = _collection_item(root, path, base, "talks", lambda data: (
        "title", "venue", "date", "location",
        *(("type",) if as_text(data.get("title")) and _names_a_talk(data.get("type")) else ())))
    title = md_text(as_text(data.get("title")) or "")
    if template_publication(data):
        part.doc.ignore(1, len(part.doc.lines))  # the theme's sample ("Talk 1 on Relevant Topic in Your Field")
    elif title:
        part.talks.append(Talk(title=title, event=plain_text(data.get("venue")), date=date,
                               place=plain_text(data.get("location")), description=body or None,
                               links=links, line=1, file=part.rel))
    return part


def read_jekyll_teaching(root: Path, path: Path, base: str | None) -> Part:
    """One academicpages ``_teaching/*.md`` file -> a course (title, venue as the institution, the term from
    the date, the type as the role or level the page gives)."""
    part, data, date, body, links = _collection_item(root, path, base, "teaching",
                                                     lambda data: ("title", "venue", "date", "type"))
    course = md_text(as_text(data.get("title")) or "")
    if template_publication(data):
        part.doc.ignore(1, len(part.doc.lines))  # the theme's sample ("Teaching experience 1")
    elif course:
        term = date[:4] if date else None
        part.teaching.append(Teaching(course=course, institution=plain_text(data.get("venue")),
                                      term=term, role=plain_text(data.get("type")),
                                      description=body or None, url=next(iter(links.values()), None), line=1,
                                      file=part.rel))
    return part


def _themeless_home(root: Path) -> Path | None:
    """The home page of a Jekyll site without a theme's layout (no ``_pages/``, no collections of papers):
    ``index.md`` (or ``about.md``), or the ``README.md`` GitHub Pages serves when there is no index."""
    if (root / "_pages").is_dir() or (root / "_bibliography").is_dir() or collection_folder(root, "publications").is_dir():
        return None
    if served_index(root):
        return None
    home = first_file(root, ("index.md", "index.markdown", "about.md", "aboutme.md"))  # (Beautiful Jekyll's about page)
    if home is not None and starter_page(home):
        home = None  # (minima's about page left as generated is no home)
    if home is None and not any(p.stem.lower() not in ("404", "500") for p in site_pages(root)):
        # the site's pages all in one folder of their own ("docs/index.md", "docs/publications.md"), the root
        # holding only the configuration, layouts and an error page
        folders = [d for d in own_folders(root) if first_file(d, ("index.md", "index.markdown")) is not None]
        if len(folders) == 1:
            return first_file(folders[0], ("index.md", "index.markdown"))
    if home is None and not site_pages(root):
        return find_readme(root) or _named_home(root)
    return _chosen_home(root, home) if home is not None else None


_CHOICE = lazy_compile(r"^\s*(?:[-*+]\s+|\d+\.\s+)?\[[^\]]+\]\(\s*<?([^)\s>]+)>?\s*\)\s*$")
"""A line that is one link and nothing else (``* [日本語](jp)``, ``[English](en/)``)."""


def _chosen_home(root: Path, home: Path) -> Path:
    """The home page a chooser sends to: a root page made only of links to folders that hold sites of their own
    (``* [English](en)`` / ``* [日本語](jp)``: one tree per language) stands for the first of those sites' home
    pages, where the owner and their pages are; any other home is itself."""
    doc = doc_or_none(home)
    if doc is None:
        return home
    lines = [line for line in doc.lines[read_front_matter(doc).body_start - 1:] if line.strip()]
    targets = [m.group(1) for line in lines for m in [_CHOICE.match(line)] if m]
    if not targets or len(targets) != len(lines):
        return home
    for target in targets:
        if re.match(r"^[a-z][a-z0-9+.\-]*:|^//|\.\.", target, re.I):
            continue
        folder = (root / target.split("#")[0].strip("/")).resolve()
        if folder.is_dir() and folder != root.resolve() and folder.is_relative_to(root.resolve()):
            found = first_file(folder, ("index.md", "index.markdown", "README.md"))
            if found is not None:
                return found
    return home


def _wiki_menu(root: Path, home: Path) -> tuple[str | None, list[str]]:
    """The title and pages of the menu a markdown wiki keeps beside its home page (MDwiki's ``navigation.md``:
    ``# Jane Roe`` then ``[Publications](publications.md)`` ...), the pages as paths from ``root``."""
    menu = home.parent / "navigation.md"
    doc = doc_or_none(menu) if menu.is_file() else None
    if doc is None:
        return None, []
    heading = next((m.group(2) for m in HEADING_LINE.finditer(doc.text) if len(m.group(1)) == 1), None)
    folder = home.parent.resolve().relative_to(root.resolve()).as_posix()
    pages = []
    for _label, target in md_links(doc.text):
        target = target.split("#")[0].strip()
        if target.startswith("#!"):
            target = target[2:]  # MDwiki's "#!page.md": the page the app loads
        if not target or re.match(r"^[a-z][a-z0-9+.\-]*:|^//|^/", target, re.I):
            continue
        pages.append(target if folder == "." else f"{folder}/{target}")
    return heading, pages


_HOME_STEMS = ("home", "me", "bio", "profile")


_TEMPLATE_HREF = re.compile(r"""href\s*=\s*["']?(?:\{\{\s*site\.(?:base)?url\s*\}\})?/([\w\-./]*)["'\s>]""")
"""A site-absolute link in a layout or include (``<a href="/pubs">``, ``href="{{ site.baseurl }}/cv/"``)."""


def _templates(root: Path) -> tuple[str, ...]:
    """The text of each layout and include of the site (``_includes/*.html``, ``_layouts/*.html``): read once an
    import (kept in :data:`~kg.importers.base.READ_ONCE`: its links and its mark fields are both read from them)."""
    memo = READ_ONCE.get()
    if memo is not None and ("templates", root) in memo:
        return memo["templates", root]
    texts = []
    for folder in ("_includes", "_layouts"):
        for tpl in sorted((root / folder).glob("*.html")) if (root / folder).is_dir() else []:
            if (text := file_text(tpl)) is not None:
                texts.append(text)
    if memo is not None:
        memo["templates", root] = tuple(texts)
    return tuple(texts)


_MARK_FIELD_TEST = lazy_compile(r"\{%-?\s*(?:els)?if\s+entry\.(\w+)\s+contains\s+author\.(?:last|family)\b[^%]*%\}"
                              r"([^{]*(?:\{\{[^}]*\}\}[^{]*)*)")
"""A bib layout's test of an entry's field for the author it draws (``{% if entry.author_equal_contribution
contains author.last %}``, an ``elsif`` too, more conditions after it), and what it draws then, up to its next tag.
Only a test of the family name: the reader compares the field with each author's family name."""


def _template_mark_fields(root: Path) -> dict[str, str] | None:
    """The BibTeX fields the site's bib layout draws an author's mark by (al-folio's custom
    ``{% if entry.author_equal_contribution contains author.last %}...*``), each with the mark its name says;
    a field whose test draws no mark symbol, or whose name says no mark, is none. None when no template of the
    site's files draws an entry's authors (the layout is the theme's, not in the files): the fields are read by
    their names then (:func:`~..bibtex.read_bibtex`)."""
    texts = _templates(root)
    if not any("entry.author" in text or "author_array" in text for text in texts):
        return None
    out: dict[str, str] = {}
    for text in texts:
        for m in _MARK_FIELD_TEST.finditer(text) if "contains author." in text else ():
            drawn = re.sub(r"<[^>]*>|\{\{[^}]*\}\}", " ", m.group(2))
            if re.search(MARK_CLASS, drawn) and (kind := meaning_to_mark(m.group(1).replace("_", "-"))):
                out[m.group(1).lower()] = kind
    return out


def _template_links(root: Path) -> list[str]:
    """The pages of the site a layout or include links to (a sidebar's ``<a href="/pubs">pubs</a>``): linked from
    every page the template shows, as minima's ``header_pages`` are; each as the file that serves the address
    (``pubs/index.html``, ``cv.md``), one with front matter."""
    out: list[str] = []
    for text in _templates(root):
        for m in _TEMPLATE_HREF.finditer(text):
            link = m.group(1).strip("/")
            if not link or ".." in link or link.startswith(("_", ".")):
                continue
            stem = link.removesuffix(".html")
            for rel in (link, f"{link}/index.html", f"{link}/index.md", f"{stem}.md", f"{stem}.html"):
                page = root / rel
                if page.is_file() and page.suffix.lower() in (".html", ".md", ".markdown") \
                        and opens_front_matter(page):
                    if rel not in out:
                        out.append(rel)
                    break
    return out


def _menu_pages(root: Path) -> list[Path]:
    """The pages a theme lists in its menu by what their front matter says: Jekyll-Bootstrap's
    ``group: navigation``, Hyde and Hydeout's ``sidebar_link: true`` (linked from every page, as minima's
    ``header_pages`` are)."""
    out = []
    for page in jekyll_pages(root):
        if backup_reason(page.name) or not opens_front_matter(page):
            continue
        fm = front_matter_or_none(doc_or_none(page))
        data = fm.data if fm is not None else {}
        if str(data.get("group") or "").strip().lower() == "navigation" or data.get("sidebar_link") is True:
            out.append(page)
    return out


def _named_home(root: Path) -> Path | None:
    """A folder of markdown pages none of which has a home page's name (a lone ``PUBLICATIONS.md``, or
    ``bio.md`` beside ``papers.md``): the page its name says is about the owner (bio, home, CV), else the one
    that lists their work (publications), else one of the other sections kg reads. A page whose name says
    nothing of the kind (``notes.md``, a tool's instructions) is no home: such a folder is no site."""
    pages = [p for p in page_files(root, (".md", ".markdown")) if backup_reason(p.name) is None]

    def rank(page: Path) -> int | None:
        stem = page.stem.lower()
        kind = name_kind(page)
        if stem in _HOME_STEMS or kind == "bio":
            return 0
        if stem in CV_NAMES:
            return 1
        if kind == "publications":
            return 2
        return 3 if kind in UNLINKED_KINDS else None

    ranked = sorted((r, p.name) for p in pages if (r := rank(p)) is not None)
    return root / ranked[0][1] if ranked else None


def _collection_files(folder: Path, nested: bool = True) -> list[Path]:
    """The documents of a Jekyll collection folder (``_publications/``, ``_talks/`` ...): its markdown files (not
    hidden ones, which Jekyll leaves out), and files without an extension that open with front matter (Jekyll renders
    those too: ``_publications/preprint-1``);
    ``nested``: in its subfolders too, but for a translation (``_publications/en/x.md`` beside
    ``_publications/x.md``: the same work in the site's other language, read once, as the site's default shows it)."""
    glob = folder.rglob if nested else folder.glob
    bare = [f for f in glob("*") if not f.suffix and not f.name.startswith(".") and f.is_file() and opens_front_matter(f)]
    found = sorted(glob("*.md")) + sorted(glob("*.markdown")) + sorted(bare)
    # (a hidden file or folder, "_news/.announcement_1.md", is one Jekyll leaves out: the theme's sample kept aside)
    found = [f for f in found if not any(n.startswith(".") for n in f.relative_to(folder).parts)]
    top = {f.name for f in found if f.parent == folder}
    return [f for f in found if f.parent == folder or f.name not in top
            or not (f.parent.parent == folder and LANGUAGE_CODE.fullmatch(f.parent.name))]


def _default_bibliography(root: Path, cfg: dict) -> tuple[Path, list[Path]]:
    """The folder of jekyll-scholar's BibTeX files and the files a tag naming none renders: ``scholar: source: ...
    bibliography: ...`` of the configuration (al-folio's ``_bibliography/papers.bib``), the file named, else every
    ``.bib`` of the folder; none outside the site."""
    scholar = cfg.get("scholar") if isinstance(cfg.get("scholar"), dict) else {}
    bib_dir = root / (as_text(scholar.get("source")) or "_bibliography").strip("/").removeprefix("./")
    bib_name = as_text(scholar.get("bibliography"))
    if not bib_dir.resolve().is_relative_to(root.resolve()) or not bib_dir.is_dir():
        return bib_dir, []
    named = bib_dir / (bib_name if bib_name and bib_name.endswith(".bib") else f"{bib_name}.bib") \
        if bib_name and "{" not in bib_name else None
    return bib_dir, [named] if named is not None and named.is_file() else sorted(bib_dir.glob("*.bib"))


def _bibliography_tags(root: Path) -> list[tuple[str, str | None]]:
    """What each jekyll-scholar tag of the site's pages (:func:`_scholar_pages`) says (``-f preprint -q
    @*[year=2023]*``) with the section its page's file name names (``talks``), in the pages' order: read once for
    the files the tags render and the types they show of each."""
    from .pages import name_kind

    out: list[tuple[str, str | None]] = []
    for page in _scholar_pages(root):
        text = _page_text(page)
        for m in _BIBLIOGRAPHY_TAG.finditer(text):
            out += [(tag, name_kind(page)) for tag in _looped_tags(page, text, m)]
    return out


def _looped_tags(page: Path, text: str, m: re.Match) -> list[str]:
    """The tags a bibliography tag ``m`` of a page renders: itself, or one per value of the page's own list when it
    sits in a loop over it and names the loop's variable (al-folio's ``years: [2021, 2020]`` and ``{% for y in
    page.years %} {% bibliography -q @*[year={{y}}]* %}``: one tag for 2021, one for 2020)."""
    loop = None
    for loop in PAGE_LOOP.finditer(text, 0, m.start()):
        pass
    if loop is None or "endfor" in text[loop.end():m.start()]:
        return [m.group(1)]
    var = re.compile(r"\{\{-?\s*%s\s*-?\}\}" % re.escape(loop["var"]))
    fm = front_matter_or_none(doc_or_none(page))
    values = fm.data.get(loop["name"]) if fm is not None else None
    if not var.search(m.group(1)) or not isinstance(values, list):
        return [m.group(1)]
    return [var.sub(str(v), m.group(1)) for v in values if isinstance(v, (str, int))]


def _scholar_bibliography(root: Path, cfg: dict, tags: list[str] | None = None) -> list[Path]:
    """The BibTeX files jekyll-scholar renders: those of :func:`_default_bibliography`, or those the pages' tags
    name (``tags``: :func:`_bibliography_tags`, read here when not given)."""
    bib_dir, default = _default_bibliography(root, cfg)
    if not default:
        return []
    # the files the pages' tags name ("{% bibliography -f preprint %}" renders preprint.bib, not the default one),
    # in the pages' order; a tag naming none renders the default
    named = [_BIBLIOGRAPHY_FILE.search(tag) for tag, _kind in (_bibliography_tags(root) if tags is None else tags)]
    if not any(named):
        return default
    out: list[Path] = []
    for tag in named:
        name = tag.group(1) if tag else None
        file = bib_dir / (name if name.endswith(".bib") else f"{name}.bib") if name else None
        out += [f for f in (default if file is None else [file] if file.is_file() else []) if f not in out]
    return out


def _shown_types(tags: list[tuple[str, str | None]], default: list[Path], file: Path) -> set[str] | None:
    """The entry types the pages' bibliography tags (:func:`_bibliography_tags`) show of ``file`` when each tag
    rendering it queries named types only (``{% bibliography -f papers -q @article[year=2021]* && @book[year=2021]*
    %}``: "article", "book"; the file's talks, ``@misc``, are on no page); None when a tag shows every type (no
    query, ``@*``) or none renders it. ``default``: the files a tag naming none renders (:func:`_default_bibliography`).
    A talks page's tags are left out ("talks.md" rendering the file's "@presentation" entries: talks given, no works)."""
    types: set[str] = set()
    for query in _file_queries(tags, default, file):
        asked = re.findall(r"@(\w+|\*)", query)
        if not asked or "*" in asked:
            return None
        types.update(t.lower() for t in asked)
    return types or None


def _file_queries(tags: list[tuple[str, str | None]], default: list[Path], file: Path) -> list[str]:
    """The query (``@article[year=2021]*``; "" for none) of each of the pages' bibliography tags that renders
    ``file``, a talks page's left out."""
    out: list[str] = []
    for tag, kind in tags:
        if kind == "talks":
            continue
        named = _BIBLIOGRAPHY_FILE.search(tag)
        if named is None and file not in default or named is not None and named.group(1).removesuffix(
                ".bib") != file.stem:
            continue
        query = re.search(r"(?:^|\s)(?:-q|--query)\s+(.*)", tag, re.S)
        out.append(query.group(1) if query else "")
    return out


def _shown_years(tags: list[tuple[str, str | None]], default: list[Path], file: Path) -> set[int] | None:
    """The years the pages' bibliography tags (:func:`_bibliography_tags`) show of ``file`` when every entry type
    each tag rendering it queries is asked for a year (``-q @*[year=2021]*``: jekyll-scholar shows no entry of
    another year); None when one shows every year or none renders it. (A list no entry of the file has, the
    template's ``years: [1956, 1905]`` left over, filters nothing: :func:`~kg.importers.bibtex.read_bibtex`.)"""
    years: set[int] = set()
    for query in _file_queries(tags, default, file):
        asked = re.findall(r"@(?:\w+|\*)(\[[^\]]*\])?", query)
        asked_years = [re.search(r"\byear\s*=\s*[\"']?(\d{4})\b", a) for a in asked]
        if not asked or not all(asked_years):
            return None
        years.update(int(y[1]) for y in asked_years if y)
    return years or None


def _language_folders(folder: Path) -> list[Path]:
    """The subfolders of ``folder`` named for one language each (``fr``, ``en-us``: a multilingual site's pages)."""
    return [d for d in sorted(folder.iterdir()) if d.is_dir()
            and LANGUAGE_CODE.fullmatch(d.name)] if folder.is_dir() else []


def _scholar_pages(root: Path) -> list[Path]:
    """The pages whose bibliography tags render the site's BibTeX: those of ``_pages/``, of its folders of one
    language each (al-folio's multilingual ``_pages/fr/``, ``_pages/en-us/``) and of the site's root."""
    langs = _language_folders(root / "_pages")
    return [*jekyll_pages(root / "_pages"), *(p for d in langs for p in jekyll_pages(d)), *jekyll_pages(root)]


_BIBLIOGRAPHY_TAG = re.compile(r"\{%-?\s*bibliography(?=[\s%-])(.*?)%\}", re.S)
"""jekyll-scholar's tag that renders a BibTeX file (``{% bibliography -f preprint -q @*[year=2023]* %}``)."""

_BIBLIOGRAPHY_FILE = re.compile(r"(?:^|\s)(?:-f|--file)\s+[\"']?([\w.\-]+)")
"""The file a bibliography tag names (``-f preprint``, ``--file papers.bib``); none: the configured one."""


def _page_text(page: Path) -> str:
    doc = doc_or_none(page)
    return doc.text if doc is not None else ""


def _scholar_parts(root: Path, cfg: dict, base: str | None, aliases: list[str]):
    """For a Jekyll site of HTML layouts (no about page in markdown), the reader of the BibTeX its pages render with
    jekyll-scholar's tag ('<a page>.html: {% bibliography %}', ``scholar: bibliography: references.bib``): given the
    owner's name, one part per file with the works its tags show; None when no page renders one."""
    _bib_dir, default = _default_bibliography(root, cfg)
    tags = _bibliography_tags(root) if default else []
    bib_files = _scholar_bibliography(root, cfg, tags) if tags else []
    if not bib_files:
        return None

    def parts(owner: str | None) -> list:
        from ..bibtex import read_bibtex

        out = []
        for file in bib_files:
            doc = read_file(root, file)
            rel = rel_path(root, file)
            result = read_bibtex(doc.text, owner, doc=doc, pdf_base=(base + "/assets/pdf/") if base else None,
                                 file=rel, aliases=aliases, types=_shown_types(tags, default, file),
                                 years=_shown_years(tags, default, file))
            doc.sections[1] = "publications"
            out.append(Part(rel, doc, "bibtex", publications=result.publications,
                            extra_unparsed=unshown_entries(result, rel)))
        return out

    return parts


def _highlighted_author(pubs: list, cfg: dict) -> str | None:
    """The author of at least half of ``pubs`` (and two) whose family name is one the configuration highlights
    (al-folio's ``scholar: last_name: [Roe]``), however the records spell the given names ("Ben", "Benjamin
    J."): the spelling written most; None when no such author is."""
    from collections import Counter

    scholar = cfg.get("scholar") if isinstance(cfg.get("scholar"), dict) else {}
    lasts = scholar.get("last_name") or []
    families = {fold(t) for x in ([lasts] if isinstance(lasts, str) else lasts) if (t := as_text(x))}
    spellings: Counter[str] = Counter()
    hits = 0
    for pub in pubs:
        names = [a.name for a in pub.authors if (parts := name_parts(a.name)) and fold(parts[1]) in families]
        hits += bool(names)
        spellings.update(names[:1])
    return spellings.most_common(1)[0][0] if families and hits >= 2 and 2 * hits >= len(pubs) else None


def _records_owner(root: Path, cfg: dict, base: str | None, aliases: list[str]) -> tuple[Person | None, str | None]:
    """The owner of a hand-built lab site whose configuration names the lab (``title: Roe lab website``) and whose
    pages name nobody: the author on most of its papers' records (as fully as the site writes the name), be they
    in ``_publications/``, a collection of another name or the BibTeX jekyll-scholar renders (an al-folio lab
    site with empty ``first_name``/``last_name``); with the profile settings of ``_config.yml``."""
    from ..bibtex import read_bibtex
    from .record_files import record_parts, records_owner

    pub_dir = collection_folder(root, "publications")
    pubs = []
    # (read for its authors' names only: the links it holds are reported where the file is read for its works)
    quiet = UNPLACED_LINKS.set(None)
    try:
        for file in _scholar_bibliography(root, cfg):
            pubs += read_bibtex(read_file(root, file).text, None).publications
    finally:
        UNPLACED_LINKS.reset(quiet)
    for f in _collection_files(pub_dir) if pub_dir.is_dir() else []:
        try:
            pubs += read_jekyll_publication(root, f, base, None, aliases).publications
        except SourceError:
            continue  # (a broken document names no author: the collection reader says so at its line)
    pubs += [p for part in record_parts(root, set(), base) for p in part.publications]
    found = _highlighted_author(pubs, cfg) or records_owner(pubs)
    if found is None or placeholder_text(found):
        return None, None
    person = Person(name=found)
    for key in _CONFIG_SOCIALS:
        apply_social(person, key, cfg.get(key))
    return person, found


def _label_owner(root: Path, label: str, person: Person) -> str | None:
    """Whom a site whose configuration gives only the site's name (``label``: Jekyll Now's "name: Quiet Gradients")
    is by, as a careful reader tells: the name its posts give as their author, the person its about or home page
    names (read with no owner given), the author its papers there repeat; chosen among those by
    :func:`~.owner.named_owner`. A label that reads like a person's name stays the owner's unless the one found
    has the better claim (:func:`~.owner.outclaimed`: the site's accounts and address spell their name, or the
    papers name them, and not the label; or the posts are theirs). None when the label stands."""
    from ..page.parse import parse_markdown_page
    from ..page.scores import name_like
    from .owner import named_owner, outclaimed

    posts = _posts_bylines(root)
    bylines = [line for line in posts if line and person_title(line)]
    named: list[str] = []
    for line in bylines:
        # the author of most posts, those naming no author counted as the site owner's (a guest's one post
        # beside the owner's unsigned ones names no owner)
        if 2 * sum(same_name(line, other) for other in bylines) > len(posts) and line not in named:
            named.append(line)
    page = _themeless_home(root) or _jekyll_about(root)
    pubs = []
    if page is not None and page.suffix.lower() in MD_SUFFIXES:
        quiet = UNPLACED_LINKS.set(None)  # (read for its owner only: its links are reported where it is read)
        try:
            profile = parse_markdown_page(read_file(root, page), ImportOptions())
        except SourceError:
            profile = None
        finally:
            UNPLACED_LINKS.reset(quiet)
        if profile is not None:
            pubs = profile.publications
            said = person_title(profile.person.name)
            if said and not group_name(said) and not same_name(said, label) and said not in named:
                named.append(said)
    # last, a name the site's accounts spell ("github: Andrew-Helmer", "linkedin: andrew-helmer"), when two of
    # them agree or the site's name names its family name ("Helmer's Blog"); not the site's own accounts, which
    # spell its name or its topic ("data-science" under "Data Science Blog", "deep-learning")
    label_words = fold(label).replace("’", "'").split()
    spelled = [" ".join(w.capitalize() for w in words) for handle in person.identifiers.values()
               if 2 <= len(words := re.split(r"[-_.]", re.sub(r"\d+$", "", handle.strip("/")))) <= 3
               and all(w.isalpha() and len(w) >= 2 for w in words) and fold(words[0]) not in label_words]
    for name in spelled:
        family = fold(name.split()[-1])
        if person_title(name) and name_like(name) and name not in named and (
                sum(same_name(name, other) for other in spelled) >= 2 or family in fold(label).split()
                or f"{family}'s" in fold(label).replace("’", "'")):
            named.append(name)
    found = named_owner(named, pubs)
    if not found or not person_title(found) or same_name(found, label):
        return None
    if person_title(label) and not outclaimed(label, Profile(
            person=person.model_copy(update={"name": found}), publications=pubs), None) \
            and not (found in bylines and not any(same_name(label, b) for b in bylines)):
        return None
    return found


def parse_jekyll(path: Path, options: ImportOptions) -> Profile:
    """A Jekyll site: ``_config.yml``, the about page, section pages, the publication, news, talk and teaching
    collections, BibTeX and ``_data`` lists."""
    root = path
    parts: list[Part] = []
    cfg, person, site_author, base, aliases, label = _jekyll_config(root, parts, options.base_url)
    if label and person is not None and not options.owner and (found := _label_owner(root, label, person)):
        person.name = found  # (the site's name, "Quiet Gradients", is no one's: the person the site names)
    # the person the configuration's title names ("title: Ann Lee"), its email and address telling a name apart
    config_title = person_title(as_text(cfg.get("title")), (as_text(cfg.get("email")) or "", as_text(cfg.get("url")) or ""))
    home = _themeless_home(root)
    # a lab's site: its head, members and news in _data files or a members collection (the configuration names
    # the lab, not a person)
    lab = read_lab(root, as_text(cfg.get("title")), base,
                   tuple(as_text(cfg.get(k)) or "" for k in ("github_username", "twitter_username", "x_username")))
    if (person is not None and lab.head is not None and not options.owner and group_name(as_text(cfg.get("title")))
            and not same_name(lab.head.name, person.name)):
        # a lab's site ("title: Roe Lab") whose data names its head: a configuration author who is someone else
        # built the site (a student, the theme's designer credited in the footer), the lab's head is its owner
        person = None
    if home is not None and (person is not None or lab.head is None or options.owner):
        title = config_title
        # minima's menu ("header_pages: [Publications/publications.md]"): pages the site links from every page
        menu = cfg.get("header_pages")
        nav = [m for m in menu if isinstance(m, str)] if isinstance(menu, list) else []
        wiki_title, wiki_pages = _wiki_menu(root, home)
        title = title or person_title(wiki_title)
        nav += [p for p in wiki_pages if p not in nav]
        nav += [p.relative_to(root).as_posix() for p in _menu_pages(root) if p.relative_to(root).as_posix() not in nav]
        nav += [p for p in _template_links(root) if p not in nav]
        parts += lab.listed_news  # (the news a page loops over: "{% for item in site.data.news limit: 5 %}")
        # (and the students: "{% for advisee in site.data.advisees %}", a personal site's data file of its advisees)
        parts += lab.listed_students
        parts += _listed_posts(root, base, lab.head is not None)  # (the posts a news page lists)
        listed = listed_profiles(root)
        parts += [part for part, _items in listed]
        parts += _award_parts(root, base)
        # (and the pages of its own folders served at an address of their own, "pages/news.md" with "permalink:
        # /news/", as on a themed site)
        profile = read_markdown_site(root, "jekyll", home, parts, title, base, nav, options, person,
                                     served=_served_pages(root))
        for _part, items in listed:
            apply_social(profile.person, "social", items, base)  # (the profile links a footer loops over)
        if person is None:
            # a configuration naming no author ("title: Jane Doe" only): its profile settings are those of the
            # owner the pages name
            for key in dict.fromkeys([*_CONFIG_SOCIALS, *(k for k in cfg if profile_setting(k))]):
                apply_social(profile.person, key, cfg.get(key))
            for key in _LINK_LISTS:
                apply_social(profile.person, "social", cfg.get(key), base)
        _config_position(cfg, profile.person)
        include_profiles(root, profile.person)
        return profile
    _alfolio_socials(root, person, parts)
    if person is None and lab.head is not None:
        person = lab.head
        # the lab's contact address and profile settings are its head's, where the head's record has none
        own = set(person.identifiers)
        for key in _CONFIG_SOCIALS:
            kept = dict(person.identifiers)
            if apply_social(person, key, cfg.get(key)):
                person.identifiers.update({k: v for k, v in kept.items() if k in own})
    elif person is not None and lab.head is not None and same_name(lab.head.name, person.name):
        merge_person(person, lab.head)  # the site's author heads the lab: their record's ids and degrees are theirs
    parts += lab.parts
    owner = options.owner or (person.name if person else None)
    if person is not None:
        person.education += [e for e in lab.education if e not in person.education]

    served = _served_pages(root)  # (walked once: the about page, the section pages and the data loops use them)
    tabs = _collection_pages(root, cfg)
    langs = cfg.get("languages") if isinstance(cfg.get("languages"), list) else []
    # (Hexo's "source_dir: source": its "source/about/index.md" is served at /about/ as Chirpy's "_tabs/about.md" is)
    about = _jekyll_about(root, served, as_text(cfg.get("default_lang")) or (as_text(langs[0]) if langs else None),
                          [*tabs, *_source_folder_pages(root, cfg)])
    # (the owner a configuration with no author block names by its title alone, minimal-light's "title: Ann Lee"
    # beside "position:" and the profile settings, whose home page is index.html rendered through a layout)
    # (a rendered build of the site beside it, "_site/", is what visitors see: read as such below; looked for once,
    # only for a site whose configuration names no author)
    build = _build(root, cfg) if person is None else None
    titled = config_title if person is None and not options.owner and build is None else None
    if about is None and (person is not None or titled) and lab.head is None:
        about = _front_matter_index(root)  # (a lab's home page is the lab's, not its head's)
        owner = owner or (titled if about is not None else None)
    if about is not None and person is not None and not options.owner and \
            (shown_name := next((t for t in (person_title(_page_title(about)), config_title)
                                 if t and written_in_full(person.name, t, middle=True)), None)):
        # academicpages' home page titled "Ana Roe Lind" (the name it shows over the bio) beside the configured
        # "name: Ana Roe": the owner's name in full, the configuration's its short form; so is the site's title
        # ("title: Dr Ana Maria Roe" beside Chirpy's "social: name: Ana Roe")
        person.alternate_names.append(person.name)
        person.name = owner = shown_name
    if about is not None:
        from ..page.parse import parse_markdown_page

        doc = read_file(root, about)
        source_sum = None
        splash = front_prose_view(doc)
        if splash is not None:
            # a splash home page: its text is its front matter's excerpts
            doc, source_sum = splash, doc.checksum
        # the config's values as text, entities decoded, whatever the page reader does with them
        author_block = {k: (as_text(v) or "") if isinstance(v, str) else v for k, v in (site_author or {}).items()}
        if base:
            author_block["site_url"] = base
        if person is not None:
            author_block.setdefault("name", person.name)
            if person.email:
                author_block.setdefault("email", person.email)
        try:
            page = parse_markdown_page(doc, ImportOptions(owner=owner), site_author=author_block or None)
        except SourceError as err:
            from ..page.parse import NO_TEXT

            if person is None and not options.owner and _scholar_bibliography(root, cfg):
                # an al-folio lab's about page naming nobody ("Welcome to the Adaptive Inference Lab") on a site
                # whose configuration names none either: the author on most of the papers of its BibTeX (which
                # the readers of any site leave to this one)
                person, owner = _records_owner(root, cfg, base, aliases)
                if person is None:
                    raise
            elif person is None or not (INCLUDE_RELATIVE.search(doc.text) or err.message == NO_TEXT):
                raise
            # an about page made only of "{% include_relative ... %}" lines (its text is in the included files),
            # or one with a title and no text ("under construction"): the owner is the configured author
            page = Profile(person=Person(name=person.name))
        parts.insert(1 if parts and parts[0].rel in JEKYLL_CONFIGS else 0,
                     Part(rel_path(root, about), doc, "academicpages", profile=page, checksum=source_sum))
        # the page wins over _config.yml for what it states (its bio over the sidebar one-liner)
        page_person = page.person.model_copy(deep=True)
        if person is not None:
            # (the configuration's name, unless the page writes the same name in its own letters: "Søren")
            page_person.name = own_spelling(person.name, page_person.name) if not options.owner else page_person.name
            if person.email:
                page_person.email = person.email  # the configured address over one read out of prose
            if person.job_title and field_only(page_person.job_title) and not field_only(person.job_title):
                # "I am an economist who has been on faculty at X" on the page, "bio: Associate Professor of
                # Economics, X" in the configuration: the post the configuration states over the field the prose
                # names the owner by
                page_person.job_title = person.job_title
            merge_person(page_person, person)
        else:
            # a configuration naming no author ("title: Jane Doe" only; minima's and whiteglass' footer shows its
            # "twitter_username" and "github_username"): its profile settings are those of the owner the about
            # page names, as on a theme-less site
            for key in dict.fromkeys([*_CONFIG_SOCIALS, *(k for k in cfg if profile_setting(k))]):
                apply_social(page_person, key, cfg.get(key))
        person = page_person
        _alfolio_about(doc, person, base)
        owner = owner or person.name
    if person is None:
        # a Jekyll site whose pages are HTML layouts (index.html): its rendered _site/, else those pages
        html_error = None
        for folder in ([build] if build is not None else []) + [root]:
            if folder is build or site_pages(folder) or language_home(folder):
                try:
                    # (the configuration's address, "url:", is where the pages' relative links point, as in a
                    # site of markdown pages)
                    profile = parse_html_site(folder, ImportOptions(owner=options.owner or config_title,
                                                                    base_url=options.base_url or base),
                                              more_parts=_scholar_parts(root, cfg, base, aliases)
                                              if folder is root else None)
                except SourceError as err:
                    html_error = err
                    break
                # the configuration's profile settings (minima's twitter_username) are the owner's, where the
                # pages give none of the kind
                for key in _CONFIG_SOCIALS:
                    if key != "email":
                        kept = dict(profile.person.identifiers)
                        if apply_social(profile.person, key, cfg.get(key)):
                            profile.person.identifiers.update(kept)
                return profile
        person, owner = _records_owner(root, cfg, base, aliases) if not options.owner else (None, owner)
        if person is None:
            raise html_error or SourceError(
                "no owner name in _config.yml (author.name or first_name/last_name) nor in about.md", path=str(root))
    pub_dir = collection_folder(root, "publications")

    # hand-written section pages beside the about page (_pages/publications.md, People.md ...)
    sections, skipped = jekyll_section_pages(root, about, served + tabs, _source_folder_pages(root, cfg))
    home = _front_matter_index(root) if about is not None and lab.head is None else None
    if home is not None and home.resolve() != about.resolve() and home not in sections and \
            _served_at(root, home) == "/":
        # minimal-mistakes' splash home ("index.html", "permalink: /") beside an about page of another address:
        # the site's front page, whose bio says what the owner is now
        sections.insert(0, home)
    # the files al-folio's profiles layout pulls into a page ("profiles: [{content: pi.md}]"): the people page's text
    profile_pages = [*jekyll_pages(root / "_pages"), *served]
    sections += [p for p in _profile_contents(root, profile_pages) if p not in sections]
    # the files the about page pulls in ("{% include_relative includes/pub.md %}", AcadHomepage): pages of their own
    included = _relative_includes(root, about, parts) if about is not None else []
    sections += [p for p in included if p not in sections]
    # (the fragments the about page includes first: a paper listed on both is read as the about page writes it; a
    # fragment the about page and a section page both include is read once, for the about page)
    fragments: set[Path] = set()
    for part in (html_includes(root, about, parts, owner, base, fragments) if about is not None else []) + \
            read_markdown_pages(root, sections, owner, base, seen=fragments, folder_base=True):
        if part.profile is not None:
            merge_same_person(person, part.profile.person)
        parts.append(part)

    _card_students(root, profile_pages, parts)

    # the owner's CV page (_pages/cv.md): read for the person only (degrees, positions); its lists of papers and
    # talks repeat what the site's own pages list (its lines stay as unread as before)
    cv_pages = [p for p in _cv_pages(root, owner, about, tabs) if p not in sections]
    cv_parts = read_markdown_pages(root, cv_pages, owner, base)
    from .record_files import front_matter_cv

    # the CV its front matter holds ("categories: [{key: education, items: [...]}]"), which the page's layout
    # shows: the degrees, positions and advisors as a CV data file's, its awards as the CV page's are
    listed = [cv for page in cv_pages if (cv := front_matter_cv(root, page, owner)) is not None]
    for cv in listed:
        if cv.profile is not None:
            merge_person(person, cv.profile.person)
    for part in cv_parts:
        if part.profile is not None:
            merge_same_person(person, part.profile.person)
            for kind in ("awards", "students"):
                cv_items_unlisted(parts, kind, getattr(part.profile, kind), part.rel)
    for cv in listed:
        cv_items_unlisted(parts, "awards", cv.awards, cv.rel)

    if pub_dir.is_dir():
        keys = shown_author_keys(root)
        files = _collection_files(pub_dir)
        # the documents the site's pages show: a loop over the collection may leave some out ("{% if
        # post.permalink contains 'preprint' %}{% if post.ispublishedpreprint %}{% else %}...": a preprint since
        # published, hidden)
        loops = collection_listings(root, pub_dir.name.lstrip("_"))
        # (the documents' fields are read here only when a loop's conditions or limit decide: an academicpages
        # page's plain "for post in site.publications" shows them all; a document read so is read once)
        read: dict[Path, tuple[SourceDoc, str, FrontMatter]] = {}

        def fields(file: Path) -> dict:
            try:
                read[file] = read_markdown(root, file)
            except SourceError:
                return {}
            return read[file][2].data

        showing = shown([fields(f) for f in files], loops, papers=True) if not shows_all(loops, papers=True) else None
        for n, file in enumerate(files):
            if showing is not None and not showing[n]:
                skipped.append((file, "not shown: the pages' loops over the collection leave it out"))
                continue
            if file.stat().st_size == 0 or not file.read_bytes().strip():
                # an empty file left in the collection (Jekyll copies it as a static file, no item) stops no
                # import: said in unparsed, the other items read
                skipped.append((file, "an empty file, no item of the collection"))
                continue
            try:
                part = read_jekyll_publication(root, file, base, owner, aliases, keys, read=read.get(file))
            except SourceError as err:
                # one document whose front matter is broken (Jekyll fails on it alone): said at its line, the
                # collection's other documents read
                parts.extend(unread_file(root, file, "jekyll", err))
                continue
            said = any(u.section == "skipped" for u in part.extra_unparsed)  # ("type: software": no work, said so)
            if _section_titled(part) or not part.publications and not said and _listing_page(part.doc):
                # a page kept in the collection's folder that lists the works itself ("title: ''", a heading
                # and a byline per paper), or is titled as the section ("title: Papers": every paper an HTML card
                # or a paragraph of its body, or only links to where they are listed): read as the site's other
                # pages are, no work of that title
                parts += read_markdown_pages(root, [file], owner, base)
                continue
            parts.append(part)

    _bib_dir, default = _default_bibliography(root, cfg)
    tags = _bibliography_tags(root) if default else []  # (no BibTeX: no page's tags to read)
    bib_files = _scholar_bibliography(root, cfg, tags)
    if bib_files:
        from ..bibtex import read_bibtex

        # (a page of the site that lists the works itself, none rendering the BibTeX)
        shown_pages = [*sections, *([about] if about else [])]
        rendered = any(_renders_bibliography(f) for f in shown_pages)
        own_list = any(part.publications or part.profile is not None and part.profile.publications
                       for part in parts) and not rendered
        # a page that draws a BibTeX file of its own with bibtex-js ('<bibtex src="/assets/pubs.bib">'), none
        # rendering jekyll-scholar's: the file the page draws is the site's list, the scholar one (a copy left
        # configured, with entries the page does not show) only fills in the works of that list
        drawn = {bib.resolve() for page in shown_pages if (page_doc := doc_or_none(page)) is not None
                 for bib in script_bibtex(root, page, page_doc)}
        drawn_elsewhere = bool(drawn) and not rendered and not any(f.resolve() in drawn for f in bib_files)
        mark_fields = _template_mark_fields(root)
        for file in bib_files:
            doc = read_file(root, file)
            rel = rel_path(root, file)
            result = read_bibtex(doc.text, owner, doc=doc, pdf_base=(base + "/assets/pdf/") if base else None,
                                 left_out=_queries_of_other_kinds([*sections, *([about] if about else [])]),
                                 file=rel, aliases=aliases, types=_shown_types(tags, default, file),
                                 years=_shown_years(tags, default, file), mark_fields=mark_fields)
            pubs = result.publications
            if pubs and owner and own_list and not any(a.is_self for w in pubs for a in w.authors):
                # al-folio's demo papers.bib (another person's papers) left beside a publications page the owner
                # writes by hand, and no page renders the file with "{% bibliography %}": no work of the owner's
                pubs = []
            doc.sections[1] = "publications"
            part = Part(rel, doc, "bibtex", publications=pubs, fills_only=drawn_elsewhere,
                        extra_unparsed=unshown_entries(result, rel))
            parts.append(part)
            # the owner's thesis in the file states a degree the pages may not
            person.education += [e for e in result.education
                                 if not any(fold(x.institution) == fold(e.institution) for x in person.education)]

    news_dir = collection_folder(root, "news")
    if news_dir.is_dir() and not _news_hidden(root, about, sections):
        # (a collection keeps its items in subfolders too: "_news/2025-05-06_paper/text.md")
        for file in _collection_files(news_dir):
            parts.append(news_item(root, file, base))

    parts += _award_parts(root, base)

    # publications a page lists with a Liquid loop over a _data file, or over a list of its own front matter
    own_lists = own_list_pages(root)
    if (root / "_data").is_dir() or own_lists:
        listing = [p for p in [about, *sorted((root / "_pages").glob("*.md")), *served, *_folder_index_pages(root)] if p]
        for part in data_parts(root, listing + [p for p in own_lists if p not in listing], base, owner, lab.unread):
            if part.profile is not None and person is not None:
                merge_same_person(person, part.profile.person)  # (its theses' advisors)
            parts.append(part)

    # academicpages' talks and teaching collections, one item per file
    for name, reader in (("talks", read_jekyll_talk), ("teaching", read_jekyll_teaching)):
        folder = collection_folder(root, name)
        if folder.is_dir():
            for file in _collection_files(folder, nested=False):
                try:
                    parts.append(reader(root, file, base))
                except SourceError as err:
                    parts.extend(unread_file(root, file, "jekyll", err))

    # collections kg has no field for (blog posts, projects) are reported line by line in `unparsed`,
    # not skipped in silence
    posts_news = _news_posts(root, lab=lab.head is not None)
    work_posts: dict[Path, tuple[SourceDoc, str, FrontMatter]] = {}
    for name in _UNREAD_COLLECTIONS:
        folder = collection_folder(root, name)
        if folder.is_dir():
            for file in _markdown_files(folder):
                try:
                    doc, rel, _fm = read_markdown(root, file)
                except SourceError as err:
                    # a broken front matter in a collection kg does not read does not stop the import
                    parts.extend(unread_file(root, file, "jekyll", err))
                    continue
                if name == "posts" and _work_post(_fm):
                    work_posts[file] = doc, rel, _fm  # (read below as one work's record, as read here)
                    continue
                if name == "posts" and _is_news_post(file, _fm, posts_news):
                    parts.append(news_item(root, file, base))
                    continue
                doc.sections[1] = name
                parts.append(Part(rel, doc, "jekyll"))

    if work_posts:
        # blog posts that are the site's papers, one a post ("categories: publications, authors: ..., journal:
        # ..."): each read as one work's record, as a collection of papers is
        read_posts = record_collection(root, collection_folder(root, "posts"), base, {}, owner, shown=True,
                                       files=work_posts)
        parts += read_posts
        for file in sorted(set(work_posts) - {root / p.rel for p in read_posts}):
            try:
                doc, rel, _fm = read_markdown(root, file)
            except SourceError:
                continue
            doc.sections[1] = "posts"
            parts.append(Part(rel, doc, "jekyll"))

    for part in cv_parts:
        # a CV page's works only fill in (fills_only, as the site's account reads a page no reader took): they fill
        # in the site's list, and are the list when no other file lists any; one that lists none is said so
        if part.profile is not None and part.profile.publications and part.rel not in {p.rel for p in parts}:
            parts.append(Part(part.rel, part.doc, part.format, publications=part.profile.publications,
                              fills_only=True))
        elif part.rel not in {p.rel for p in parts}:
            skipped.append((root / part.rel, "read for the owner's particulars only (degrees, positions)"))

    if person.job_title is None:
        person.job_title = title_position(as_text(cfg.get("title")), person.name)  # "title: Jane Doe / Geologist"
    _config_position(cfg, person)
    for part, items in listed_profiles(root):
        apply_social(person, "social", items, base)  # (the profile links a footer loops over)
        parts.append(part)
    include_profiles(root, person)
    return assemble(root, "jekyll", person, parts, owner, aliases, notes=skip_notes(root, skipped), base=base)


_FRAME_INCLUDE = re.compile(r"(?i)footer|header|sidebar|social|author|contact|nav")
"""The names of a Jekyll site's own ``_includes/`` that frame every page (its footer, header, sidebar)."""
_LITERAL_HREF = re.compile(r"""href\s*=\s*["'](https?://[^"'{}%\s]+)["']""", re.I)
"""A link's address written out in a template (``href="https://orcid.org/..."``), no Liquid setting filled in."""
_MAILTO_HREF = re.compile(r"""href\s*=\s*["']mailto:([^"'{}%\s?]+@[^"'{}%\s?]+)""", re.I)
"""A written-out email link in a frame include (not ``mailto:{{ site.email }}``)."""


def include_profiles(root: Path, person: Person) -> None:
    """The owner's profiles that the site's own footer, header or sidebar (``_includes/footer.html``) links with
    an address written out, not a setting it fills in (``href="https://scholar.google.com/citations?user=..."``,
    not ``{{ site.github_username }}``): shown on every page, they are the owner's, where nothing else of the site
    gave one of that kind (a theme's credit links a project, no person's profile)."""
    folder = root / "_includes"
    if not folder.is_dir():
        return
    for f in sorted(folder.glob("*.html")):
        if not _FRAME_INCLUDE.search(f.stem) or backup_reason(f.name):
            continue
        doc = doc_or_none(f)
        for m in _LITERAL_HREF.finditer(doc.text if doc is not None else ""):
            if commented_at(doc.text, m.start()):
                continue
            ident = identifier_from_url(m.group(1))
            if ident and ident[0] not in person.identifiers:
                person.identifiers[ident[0]] = ident[1]
        for m in _MAILTO_HREF.finditer(doc.text if doc is not None else ""):
            # 'href="mailto:me@site.org?subject=Hi"' beside the profiles: the owner's address, where none was given
            if person.email is None and not commented_at(doc.text, m.start()):
                person.email = find_email(m.group(1))



_LIST_ITEM = re.compile(r"\s*(?:#{2,6}\s|[-*+]\s|\d+\.\s|<(?:h[2-6]|li)\b)", re.I)


def _listing_page(doc: SourceDoc) -> bool:
    """A collection file whose body lists works under headings or as list items, markdown or HTML (two or more,
    each with a year), not one work's abstract."""
    items = [line for line in doc.lines if _LIST_ITEM.match(line)]
    years = sum(1 for line in doc.lines if YEAR.search(line))
    return len(items) >= 2 and years >= 2


def _section_titled(part: Part) -> bool:
    """A collection document read as one work whose title names a section of works ("Publications", "Papers",
    "发表论文"): the page of the list, no work's title."""
    return len(part.publications) == 1 and section_kind(part.publications[0].title, exact=True) == "publications"


def _relative_includes(root: Path, page: Path, parts: list[Part]) -> list[Path]:
    """The markdown files a page includes with ``{% include_relative FILE %}``, resolved from its folder and
    inside the site, else those the templates it includes pull in (:func:`~.files.template_includes`); the
    include lines of the page's part are marked as read."""
    part = next((p for p in parts if p.doc.path.resolve() == page.resolve()), None)
    text = part.doc.text if part is not None else page.read_text(encoding="utf-8", errors="replace")
    found = includes(root, page, text)
    if not found:
        # a page whose text is a template's (AcadHomepage forks: "{% include home/homepage.html %}" writing each
        # section from a markdown file of _includes/)
        found = template_includes(root, text)
    if part is not None:
        for _t, n in found:
            part.doc.use(n)
    return list(dict.fromkeys(t for t, _n in found))


def _profile_contents(root: Path, pages: list[Path]) -> list[Path]:
    """The markdown files al-folio's ``profiles`` layout writes into a page, one per card of its front matter's
    ``profiles:`` list (``content: pi.md``, joined to the page's folder as ``include_relative`` joins it, inside the
    site, :func:`~.files.named_file`): the people page's text, a lab head's bio among it."""
    out: list[Path] = []
    for _card, target in _profile_cards(root, pages):
        if target not in out:
            out.append(target)
    return out


def _profile_cards(root: Path, pages: list[Path]):
    """Each card of al-folio's ``profiles:`` lists of ``pages`` whose ``content:`` names a file of the site: (the
    card, that file), in the pages' and the lists' order."""
    for page in pages:
        fm = front_matter_or_none(doc_or_none(page)) if "profiles" in _front_head(page) else None
        cards = fm.data.get("profiles") if fm is not None else None
        for card in cards if isinstance(cards, list) else []:
            name = as_text(card.get("content")) if isinstance(card, dict) else None
            target = named_file(root, name, (page.parent,)) if name else None
            if target is not None:
                yield card, target


def _card_students(root: Path, pages: list[Path], parts: list[Part]) -> None:
    """The students of al-folio's ``profiles`` cards: a card whose ``content:`` file is a name alone ("Ida Lund",
    "童扬") and whose ``more_info:`` under the picture says a student's role ("MSc student", "2024级研究生") is one
    student, on the file's line; the file read alone has no heading to tell what it lists. A card of the lab's
    head (its file the bio, or its ``more_info`` a professor's post) is no student."""
    from ...model import Student
    from ..page.person import cjk_name_like
    from ..page.scores import name_like
    from ..page.source import norm

    by_rel = {p.rel: p for p in parts}
    for card, target in _profile_cards(root, pages):
        part = by_rel.get(rel_path(root, target))
        info = md_text(as_text(card.get("more_info")) or "") if part is not None else ""
        if not info or not is_student_role(info) or part.students \
                or part.profile is not None and (part.profile.students or part.profile.publications):
            continue
        fmc = front_matter_or_none(part.doc)
        start = fmc.body_start if fmc is not None and fmc.fence_lines else 1
        lines = [(n, norm(md_text(line))) for n, line in enumerate(part.doc.lines[start - 1:], start=start)
                 if line.strip() and not line.lstrip().startswith(("{%", "<!--"))]
        if len(lines) != 1 or not (cjk_name_like(lines[0][1]) or name_like(lines[0][1])
                                   and len(lines[0][1].split()) >= 2):
            continue
        n, who = lines[0]
        # (its lines, and a "label: value" line run on after the role: "2024级研究生 方向：深度学习")
        role = next((piece for line in field_lines(as_text(card.get("more_info")) or "")
                     for piece in re.split(r"\s+(?=[^\s:：]+[:：])", md_text(line).strip())
                     if is_student_role(piece)), info)
        part.students.append(Student(name=who, role=role.strip(" ,"), line=n, file=part.rel))
        part.doc.use(n)


def _build(root: Path, cfg: dict) -> Path | None:
    """The site's rendered build (``_site/``, or the configuration's ``destination``) when it holds pages."""
    dest = root / (as_text(cfg.get("destination")) or "_site")
    return dest if dest.is_dir() and site_pages(dest) else None


def _news_hidden(root: Path, about: Path | None, pages: list[Path]) -> bool:
    """Whether the site shows its ``_news`` collection nowhere: al-folio's about page says ``news: false`` (its
    layout then lists no announcements) and no page of the site loops over ``site.news`` (the theme's demo
    announcements left in the folder)."""
    fm = front_matter_or_none(doc_or_none(about)) if about is not None else None
    if fm is None or fm.data.get("news") is not False:
        return False
    # (the theme's own include that lists them is pulled in by the about layout only when "news" is true)
    for page in [*pages, *sorted((root / "_pages").glob("*.md")), *sorted(root.glob("*.md")),
                 *sorted(root.glob("*.html"))]:
        doc = doc_or_none(page) if page.is_file() else None
        if doc is not None and page != about and re.search(r"\bsite\.news\b", doc.text):
            return False
    return True


_QUERY = lazy_compile(r"\{%-?\s*bibliography\b[^%]*?--query\s+@[\w*]+\[\s*(\w+)\s*=\s*[\"']?([^\]\"']+?)[\"']?\s*\]")
"""jekyll-scholar's ``{% bibliography --query @*[group=patents] %}``: the field and the value its entries have."""


def _queries_of_other_kinds(pages: list[Path]) -> list[tuple[str, str]]:
    """The (field, value) of each bibliography query the ``pages`` render under a heading of another kind than
    works ("# Patents" over ``--query @*[group=patents]``): the entries it shows are no works."""
    from .listings import heading_before
    from .records import OTHER_KINDS

    out: list[tuple[str, str]] = []
    for page in pages:
        doc = doc_or_none(page)
        for m in _QUERY.finditer(doc.text if doc is not None else ""):
            if section_kind(heading_before(doc.text, m.start()) or "") in OTHER_KINDS:
                out.append((m.group(1), m.group(2).strip()))
    return out


def _renders_bibliography(page: Path) -> bool:
    """Whether a page renders the site's BibTeX (jekyll-scholar's ``{% bibliography %}``, al-folio's
    ``selected_papers: true`` on the about page)."""
    doc = doc_or_none(page)
    text = doc.text if doc is not None else ""
    return bool(re.search(r"\{%-?\s*bibliography\b|^selected_papers:\s*true\b", text, re.M))


_CV_TITLE = lazy_compile(r"(?i)^\W*(?:(?:short|brief|summary|resumen|abridged|full)\s+)?(?:cv|c\.v\.|curriculum\s+vitae|"
                       r"r[ée]sum[ée]|vita|lebenslauf)(?:\s+(?:cv|summary|resumen))?\W*$")
"""A page's title naming it the owner's CV in a word or two ("CV", "Resumen CV", "Short CV", "Lebenslauf")."""


def _cv_pages(root: Path, owner: str | None = None, about: Path | None = None, more: list[Path] = ()) -> list[Path]:
    """``cv.md`` / ``resume.md`` / ``vita.md`` in ``_pages/`` or the site's root (or among ``more`` pages, those of
    :func:`_collection_pages`), a page whose title names it a CV ("title: Resumen CV"), a page titled with the ``owner``'s name (a lab site's page of its head: "title:
    Marta Ruiz") and a page beside the ``about`` page that is about the owner too ("title: about me",
    "Biography": where they say where they studied)."""
    out = []
    home = about.resolve() if about is not None else None
    home_link = _address(root, about) if about is not None else None
    listed = [*page_files(root / "_pages", MD_SUFFIXES, 2), *page_files(root, MD_SUFFIXES, 1),  # ("_pages/en/")
              *(f for f in more if f.suffix.lower() in MD_SUFFIXES)]
    for f in listed:
        if backup_reason(f.name) or f.resolve() == home or f.resolve() in out:
            continue  # (a page listed twice, in _pages/ and among the collections' pages, is read once)
        title = _page_title(f) or ""
        if f.stem.lower() in CV_NAMES or _CV_TITLE.search(title) or owner and (same_name(title, owner)
                                                    or same_name(_first_heading(f) or "", owner)) \
                or home is not None and title and section_kind(title, exact=True) == "bio" \
                and not not_a_page(f.name) and not (home_link is not None and _address(root, f) == home_link):
            # (not a copy of the about page kept at its address: the generator does not serve it)
            out.append(f.resolve())
    return out


def _first_heading(page: Path) -> str | None:
    """The first markdown heading of a page without a title of its own ("## Jo Roe" opening an
    ``about_me.md`` the about page pulls in): what the page is about."""
    doc = doc_or_none(page)
    if doc is None or _page_title(page):
        return None
    return next((m.group(2) for m in HEADING_LINE.finditer(doc.text[:2000]) if len(m.group(1)) <= 3), None)


def _page_title(page: Path) -> str | None:
    """The ``title:`` of a page's front matter, as text (None without one, or when it does not parse)."""
    fm = front_matter_or_none(doc_or_none(page))
    return as_text(fm.data.get("title")) if fm is not None else None


def jekyll_section_pages(root: Path, about: Path | None, served: list[Path] = (),
                         source_pages: list[Path] = ()) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The pages of a themed Jekyll site beside its about page (``_pages/*.md``, root ``*.md``, the ``served``
    pages of :func:`_served_pages`) whose name,
    title or first heading says publications, students, news or awards, and the backups left unread. A page
    that is only a Liquid loop over a collection yields nothing of its own (the collection is read as such)."""
    out: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    about_r = about.resolve() if about is not None else None
    about_link = _address(root, about) if about is not None else None
    documents: dict[str, Path] | None = None  # (the collections' documents by address, read when a page has one)
    for f in dict.fromkeys([*jekyll_pages(root / "_pages"), *jekyll_pages(root), *served]):
        # (once each: a collection the configuration writes out as pages, "collections: pages: output: true", is
        # _pages/ again among the served pages)
        why = backup_reason(f.name)
        if why:
            skipped.append((f, why))
            continue
        if f.resolve() in out:
            continue
        if f.resolve() == about_r or f.name.lower() in ("index.md", "about.md", "index.html", "about.html") \
                or not_a_page(f.name) or about_link is not None and _address(root, f) == about_link:
            continue  # (a page at the about page's address, "about-2.md" with "permalink: /": an old copy, not served)
        link = _served_at(root, f)
        if link and (doc := (documents := _documents_by_address(root) if documents is None else documents).get(
                link.rstrip("/"))) is not None and doc.resolve() != f.resolve():
            # a page at the address a collection's document gives itself ("_pages/publications.md" and
            # "_publications/publications.md", both "permalink: /publications/"): Jekyll writes the collections'
            # documents after the pages, so the document is what the address serves, the page an older copy
            skipped.append((f, f"not served: {rel_path(root, doc)} is written at its address ({link}) after it"))
            continue
        if md_page_kind(f, doc_or_none(f)) in UNLINKED_KINDS or _inner_section(f):
            out.append(f.resolve())
    # (and those of the folder the configuration keeps the sources in, :func:`_source_folder_pages`, its contact
    # page too: a Hexo theme's menu, in the theme's own configuration, links it from every page)
    for f in [*folder_pages(root), *source_pages]:
        kind = md_page_kind(f, doc_or_none(f))
        if f.resolve() != about_r and f.resolve() not in out and (
                kind in UNLINKED_KINDS or kind == "contact" and f in source_pages):
            out.append(f.resolve())
    return out[:MAX_LINKED_PAGES], skipped


_NO_COLLECTION = frozenset({"_pages", "_includes", "_layouts", "_data", "_site", "_sass", "_plugins", "_drafts",
                            "_bibliography"})
"""The folders of a Jekyll site whose files are no collection's documents (``_pages`` is a folder of pages the
configuration includes)."""


def _documents_by_address(root: Path) -> dict[str, Path]:
    """The documents of the site's collections (``_publications/x.md``) whose front matter gives them an address
    (``permalink: /publications/``), by that address without its closing slash; the first of a name in order."""
    out: dict[str, Path] = {}
    for folder in sorted(collections_home(root).glob("_*/")):
        if folder.name in _NO_COLLECTION or not folder.is_dir():
            continue
        for f in _collection_files(folder, nested=False):
            if (link := doc_permalink(doc_or_none(f))) and link.startswith("/"):
                out.setdefault(link.rstrip("/"), f)
    return out


def _address(root: Path, page: Path) -> str | None:
    """The ``permalink:`` of a page of the site (None without one, or for a page outside the site's folder)."""
    try:
        return page_permalink(root, page.resolve().relative_to(root.resolve()).as_posix())
    except ValueError:
        return None


def _inner_section(page: Path) -> bool:
    """A page about something else (``teaching.md``) that holds a section of the owner's awards or students under
    a heading of its own ("## Awards"): read as a section page is (not a CV page, read for the person only)."""
    if page.stem.lower() in CV_NAMES:
        return False
    doc = doc_or_none(page)
    if doc is None or "#" not in doc.text:
        return False
    return any(section_kind(m.group(2).strip(" #*")) in ("awards", "students")
               for m in HEADING_LINE.finditer(doc.text) if "{" not in m.group(2))


_UNREAD_COLLECTIONS = ("posts", "projects", "portfolio")


def _award_parts(root: Path, base: str | None) -> list[Part]:
    """The awards of the site's collections of awards (:func:`_award_collections`), one part a file."""
    return [part for folder in _award_collections(root) for file in _collection_files(folder, nested=False)
            for part in [_award_item(root, file, base)] if part is not None]


def _award_collections(root: Path) -> list[Path]:
    """The site's collections of awards, one file each (``_awards/``, ``_honors/``): of a collection kept once per
    language (``_awards/`` beside ``_awards_es/``, which the site's layouts pick by the page's language), the one
    read in English: the one whose suffix says English, else the unsuffixed one (the site's default language's),
    else :func:`~.fields.chosen_language`'s."""
    groups: dict[str, dict[str, Path]] = {}
    home = collections_home(root)
    for folder in sorted(home.iterdir()) if home.is_dir() else []:
        if not folder.is_dir() or not folder.name.startswith("_"):
            continue
        name, _sep, lang = folder.name[1:].rpartition("_")
        name, lang = (name, lang) if name and LANGUAGE_CODE.fullmatch(lang) else (folder.name[1:], "")
        if section_kind(name.replace("-", " "), exact=True) == "awards":
            groups.setdefault(name, {})[lang] = folder
    # (an English one by its suffix first, "_awards_en/" beside a Spanish site's unsuffixed "_awards/"; else the
    # unsuffixed one, the site's default language's)
    return [langs[next((c for c in langs if c and english(c)), "" if "" in langs else chosen_language(list(langs)))]
            for langs in groups.values()]


def _award_item(root: Path, path: Path, base: str | None) -> Part | None:
    """One award of a collection of awards (``_awards/best-paper.md``: front matter ``title``, ``issuer`` or
    ``organization``, ``date``), as a data record of one award is read (:func:`~.records.award_from_record`); its
    body, the award's story, stays listed. None for a file that is no item (no title, or not published)."""
    from .records import award_from_record

    try:
        doc, rel, fm = read_markdown(root, path)
    except SourceError:
        return None
    if not isinstance(fm.data, dict) or fm.data.get("published") is False:
        return None
    award, took = award_from_record(fm.data)
    if award is None or not award.name:
        return None
    first = min((first for first, _last in fm.spans.values()), default=1)
    award.line, award.file = fm.spans.get(took[0], (first, first))[0], rel
    part = Part(rel, doc, "jekyll")
    part.awards.append(award)
    settle_keys(doc, fm.spans, took, lambda key: key in ("layout", "collection", "permalink", "image", "icon"))
    return part


_POSTS_LOOP = lazy_compile(r"\{%-?\s*(?:for\s+\w+\s+in\s+(?:(?:paginator|site)\.posts|site\.(?:categories|tags)"
                         r"(?:\.([\w-]+)|\[\s*[\"']([^\"']+)[\"']\s*\]))|include\s+[\w./-]+\s[^%]*?"
                         r"data\s*=\s*[\"']?posts\b)")
ALL_POSTS = "*"


def _news_posts(root: Path, lab: bool = False) -> set[str]:
    """Which blog posts are the site's news: those the site's news page lists. A page titled news over
    ``{% for post in site.posts %}`` (or "{% include list.html data="posts" %}", a lab-website template's blog)
    lists them all (:data:`ALL_POSTS`); one over ``{% for post in site.categories.labnews %}`` those of that
    category (or tag). So does a lab's home page that lists them (``{% for post in paginator.posts %}`` on the
    index of a site whose members' records name its head): a lab's posts are its news. None for a site with no
    ``_posts/``."""
    found: set[str] = set()
    if not collection_folder(root, "posts").is_dir():
        return found
    # (the pages of the root, of its folders and of _pages/, where minimal-mistakes and academicpages keep them)
    pages = [*jekyll_pages(root), *jekyll_pages(root / "_pages"), *folder_pages(root), *_folder_index_pages(root)]
    for page in dict.fromkeys(pages):
        doc = doc_or_none(page)
        if doc is None or "posts" not in doc.text and "site." not in doc.text and "layout" not in doc.text:
            continue
        loops = list(_POSTS_LOOP.finditer(doc.text))
        found |= _news_section_posts(doc.text)
        if not loops and section_kind(_page_title(page) or "") == "news" and _lists_all_posts(root, page):
            found.add(ALL_POSTS)
        if not loops:
            continue
        if section_kind(_page_title(page) or "") == "news" or lab and page.parent == root and page.stem == "index":
            found |= {m.group(1) or m.group(2) or ALL_POSTS for m in loops}
    return found


_ASSIGNED_POSTS = lazy_compile(r"\{%-?\s*assign\s+\w+\s*=\s*(?:paginator|site)\.(?:posts\b|(?:categories|tags)"
                             r"(?:\.([\w-]+)|\[\s*[\"']([^\"']+)[\"']\s*\]))")


def _news_section_posts(text: str) -> set[str]:
    """The posts a page's section headed news lists ("## News" over ``{% assign posts = site.posts | where: "lang",
    page.lang %}`` then ``{% for post in posts limit:3 %}``, or over a loop of ``site.posts`` itself): all of them
    (:data:`ALL_POSTS`), or those of the category it names; none for a page with no such section."""
    out: set[str] = set()
    heads = list(HEADING.finditer(text)) if "site." in text or "paginator." in text else []
    for k, head in enumerate(heads):
        if section_kind(heading_text(head)) != "news":
            continue
        body = text[head.end(): heads[k + 1].start() if k + 1 < len(heads) else len(text)]
        if "{%" not in body or not re.search(r"\{%-?\s*for\s", body):
            continue
        for m in [*_POSTS_LOOP.finditer(body), *_ASSIGNED_POSTS.finditer(body)]:
            out.add(m.group(1) or m.group(2) or ALL_POSTS)
    return out


_POSTS_LAYOUTS = ("posts", "list", "blog")
"""Theme layouts that list every post of the site (minimal-mistakes' ``layout: posts``, by year; Hydejack's
``layout: list``, by year, and ``layout: blog``, paginated)."""


def _lists_all_posts(root: Path, page: Path) -> bool:
    """Whether a page's layout lists the site's posts: a layout of the site's own that loops over them
    (``_layouts/blog.html`` with ``{% for post in site.posts %}``), or, with no such file, a theme's layout that
    lists them all (:data:`_POSTS_LAYOUTS`, "layout: posts" over a page with no text of its own)."""
    fm = front_matter_or_none(doc_or_none(page))
    layout = as_text(fm.data.get("layout")) if fm is not None else None
    if not layout:
        return False
    own = doc_or_none(root / "_layouts" / f"{layout}.html")
    if own is not None:
        return _POSTS_LOOP.search(own.text) is not None
    return layout.lower() in _POSTS_LAYOUTS


def _is_news_post(file: Path, fm, news: set[str]) -> bool:
    """Whether a file of ``_posts/`` is one of the site's news (``news``, from :func:`_news_posts`)."""
    # (a file of _posts/ with no front matter is no post: Jekyll copies it as a static file)
    # (not the post "jekyll new" writes, "Welcome to Jekyll!", left in place: no news of the owner)
    # (nor a post that is one work's record, its front matter a title with its authors and journal, filed under
    # publications: "categories: publications, authors: ..., journal: ...": the site's paper, one a post, which the
    # records reader takes, though the home page lists every post as the lab's news)
    if _work_post(fm):
        return False
    return bool((ALL_POSTS in news or _news_post(fm.data, news)) and not starter_page(file) and fm.fence_lines)


def _work_post(fm) -> bool:
    """Whether a post is one work's record: its front matter a title with its authors (or journal and year) that
    says where the work appeared under a record's key (a journal, a DOI, an arXiv id: a news post names its writer,
    "author: conrad", and no venue; the address of the preprint it announces, "link: https://arxiv.org/...", is
    no venue), and filed under no news (:func:`_news_post`: a record filed under news, "categories: news, journal:
    ...", the news of a paper out, stays news)."""
    return bool(fm.fence_lines) and isinstance(fm.data, dict) and is_publication(fm.data) \
        and names_where(fm.data, addresses=False) and not _news_post(fm.data)


def _listed_posts(root: Path, base: str | None, lab: bool) -> list[Part]:
    """The news items of the posts a site's news page lists (:func:`_news_posts`), for a site read as plain
    pages (Hydejack's "layout: list" news page beside its about page)."""
    news = _news_posts(root, lab=lab)
    out: list[Part] = []
    if not news:
        return out
    for file in _markdown_files(collection_folder(root, "posts")):
        try:
            _doc, _rel, fm = read_markdown(root, file)
        except SourceError:
            continue
        if _is_news_post(file, fm, news):
            out.append(news_item(root, file, base))
    return out


def _markdown_files(folder: Path) -> list[Path]:
    """A collection's markdown files, in its subfolders too, as Jekyll reads them ("_posts/labnews/2019-01-02-x.md")."""
    return sorted(folder.rglob("*.md")) + sorted(folder.rglob("*.markdown"))


def _news_post(data: dict, news: set[str] = frozenset()) -> bool:
    """A blog post its front matter files under news (``tags: news``, ``categories: [news, papers]``), or under
    a category or tag the site's news page lists (``news``, from :func:`_news_posts`)."""
    for key in ("tags", "categories", "category", "tag"):
        value = data.get(key)
        values = value.split() if isinstance(value, str) else value if isinstance(value, list) else []
        if any(section_kind(str(v)) == "news" or str(v) in news for v in values):
            return True
    return False
