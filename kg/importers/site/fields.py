"""Field values of a site's configuration and front matter as kg wants them.

Takes one YAML/TOML/front-matter value; gives plain text (markdown and HTML markup out, entities decoded), the
links it holds, an absolute URL (joined to the site's base URL), an author line without emphasis, and the
profile settings (``github_username``, Hugo's ``social:`` icons) put on a :class:`~kg.model.Person`.
"""

from __future__ import annotations

import html as _html
import re
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import urljoin

from ...model import Affiliation, Person
from ..page.person import FORMER_ROLE
from ..page.source import without_invisibles
from ..common import (
    lazy_compile, IMAGE_FILE,
    DEPT_START, INSTITUTION_STRONG, JOB_WORDS, MAIL_MARK, ORG_RX, highlights, stands_for, find_email, fold, slot_email, identifier_from_url, note_unplaced, profile_page, parse_date, profile_setting, profile_setting_url, position_read, read_position, setting_base,
    repair_url, strip_tags, URL_SCHEME,
)


MD_LABEL = r"[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*"
"""A markdown link's text inside its brackets, which may hold a pair of its own ("[[PDF]](...)", "[[Download paper
here]](...)": a link drawn in brackets, as CommonMark reads it)."""
MD_LINK = lazy_compile(r"!?\[(" + MD_LABEL + r")\]\(\s*(<[^>]*>|(?:[^()\s]|\([^()\s]*\))+(?:\s(?:[^()\s]|\([^()\s]*\))+)*?)\s*"
                     r"(?:\"[^\"]*\")?\)")



def record_date(value: object) -> str | None:
    """A date a front matter or data record writes (a string, or the date YAML reads), as ISO 8601
    (:func:`~kg.importers.common.parse_date`: a day no calendar has keeps its year alone, :func:`lost_day`).

    >>> record_date("2024-05-02T10:00:00"), record_date("May 2024"), record_date("2025-25-02")
    ('2024-05-02', '2024-05', '2025')
    """
    return parse_date(str(value or "").strip())


def lost_day(written: object, date: str | None) -> bool:
    """Whether a record's date, written as a day (``2020-02-30``), was read as less (:func:`record_date` keeps the
    year of a day no calendar has): its key is then left unread, and so reported, beside the year kept.

    >>> lost_day("2020-02-30", "2020"), lost_day("2020-02-03", "2020-02-03"), lost_day("2020", "2020")
    (True, False, False)
    """
    return bool(re.match(r"\s*\d{4}-\d{1,2}-\d{1,2}", str(written or ""))) and len(date or "") < 10


def date_read(written: object) -> tuple[str | None, bool]:
    """:func:`record_date`'s date of what a record writes, and whether a day written was lost reading it
    (:func:`lost_day`: its key is then reported).

    >>> date_read("2020-02-30"), date_read("2020-02-03"), date_read("Forthcoming")
    (('2020', True), ('2020-02-03', False), (None, False))
    """
    date = record_date(written)
    return date, lost_day(written, date)


def name_words(name: str) -> str:
    """A file's, a key's or a binding's name as words, split at case changes and at ``_``, ``-`` and ``.``
    (``recentAwards`` is "recent Awards", ``teaching_experience`` "teaching experience", ``aboutTimeline``
    "about Timeline").

    >>> name_words("recentAwards"), name_words("teaching_experience")
    ('recent Awards', 'teaching experience')
    """
    return re.sub(r"(?<=[a-z])(?=[A-Z])|[_\-.]+", " ", name)

_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}")
_LINE_TAG = re.compile(r"(?i)<(?:br|/?p|/?div|/?li)\b[^>]*>")
_EMPHASIS_MARK = re.compile(r"(\*\*|__|\*|_(?=\w)|(?<=\w)_|`)")


def md_text(text: str) -> str:
    """Markdown/HTML of one field -> plain text (links keep their label). (Each pattern asked only of a text holding
    the character it opens with: a site's fields are many, and most are plain words.)"""
    text = MD_LINK.sub(lambda m: m.group(1), str(text))
    if "{{" in text:
        text = _SHORTCODE.sub("", text)  # Hugo shortcodes: {{< staticref "cv.pdf" >}}CV{{< /staticref >}}
    if "<" in text:
        text = _LINE_TAG.sub(" ", text)  # "Professor<br>Fellow": two lines, not one word
        text = strip_tags(text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS_MARK.sub("", text)
    return " ".join(_html.unescape(text).split())


_FIELD_LINE_BREAK = re.compile(r"(?i)</p>|<br\s*/?>|\n")


def field_lines(text: str) -> list[str]:
    """A field's text cut at the line breaks it writes (``<br>``, a paragraph's end, a new line), each line as it
    is written (:func:`md_text` reads one).

    >>> field_lines("Assistant Professor<BR/>Affiliate faculty</p>x")
    ['Assistant Professor', 'Affiliate faculty', 'x']
    """
    return _FIELD_LINE_BREAK.split(text)


_ICON_SHORTCODE = lazy_compile(r"\{\{<\s*(?:fa|ai|bi|iconify)\s+(?:(?:brands|solid|regular|fa\d?(?:-\w+)?)\s+)?"
                            r"(?:[\w\-]+:)?([\w\-]+)[^>]*>\}\}")
"""An icon a Quarto or Hugo shortcode draws (``{{< fa file-pdf >}}``, ``{{< ai open-access >}}``, ``{{< bi github >}}``,
``{{< iconify fa6-solid file-code >}}``): a link's only label, the icon's name."""


def icon_label(label: str) -> str:
    """The words of the icon a link's label is when it has no text (``{{< fa file-powerpoint >}}`` -> ``file
    powerpoint``), else ''.

    >>> icon_label("{{< fa file-pdf >}}"), icon_label("{{< ai open-access >}}"), icon_label("PDF")
    ('file pdf', 'open access', '')
    """
    if md_text(label):
        return ""
    m = _ICON_SHORTCODE.search(label)
    return " ".join(m.group(1).replace("_", "-").split("-")) if m else ""


def md_links(text: str) -> list[tuple[str, str]]:
    """(label, target) of every markdown link and HTML anchor in a field (an anchor's label its plain text,
    :func:`md_text`)."""
    out = [(m.group(1), m.group(2).strip("<>")) for m in MD_LINK.finditer(text)]
    out += [(md_text(m.group(2)), m.group(1)) for m in re.finditer(
        r"<a\s[^>]*href=['\"]([^'\"]+)['\"][^>]*>(.*?)</a>", text, re.I | re.S)]
    # "[BIO]: /bio/": a reference link's definition, the target of every "[Short Biography][BIO]" on the page
    out += [(m.group(1), m.group(2)) for m in re.finditer(r"(?m)^ {0,3}\[([^\[\]\n]+)\]:[ \t]*<?([^\s<>]+)>?", text)]
    return out


_DEAD_LINK = lazy_compile(r"""(?is)<a\s[^>]*?href\s*=\s*["']#?["'][^>]*>(.*?)</a>|\[([^\]]+)\]\(\s*#?\s*\)""")
"""A link that goes nowhere (``<a href='#'>words</a>``, ``[words](#)``): its words are text, not a place's name."""


_PLACE_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,7}")
"""A place written by its short form alone ("TAMU", "EPFL", "UCL")."""
_DEGREE_FIRST = re.compile(r"^(?:(?:Ph\.?\s?D|D\.?\s?Phil|M\.?\s?D|Dr)\.?\s*,\s*)+(?=\S)")
"""The owner's doctorate written before their position on the line under the name ("Ph.D., Data Specialist at X",
"MD, PhD, Research Fellow at Y"): a degree held, no word of the position."""
_CAPITALIZED_PLACE = lazy_compile(r"(?P<name>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|for|and|the|&))*?)"
                                r"(?:\s+in\s+(?P<where>[A-Z][\w'’\-]+(?:,?\s+[A-Z][\w'’\-]+){0,2}))?")
"""A place named by capitalized words ("Harrow Transport Consulting"), with the town or country it is in after
"in" ("... in Denmark"): a company's name carries no institution's word."""


_MAIL_MARK = re.compile(MAIL_MARK + r"\W*$", re.I)
"""What says the address after it is one ("✉️", "E-mail:")."""
_OTHERS_LABEL = re.compile(r"(?i)\b(?:assistant|secretar\w*|admin\w*|office|lab|laboratory|group|team|department|dept)\b")
"""A label that gives someone else's address: the owner's assistant's, the lab's, the office's."""


def _owners_address(text: str) -> str | None:
    """The owner's address on the line under the name: a plain one, or an obfuscated one after a mark that says it
    is one ("✉️ ana at uni dot edu"); None when what reads as one is a position at a place ("Founder at Acme dot
    ai") or an address labelled as someone else's ("Assistant: maria@tarn.edu").

    >>> _owners_address("✉️ ana at uni dot edu"), _owners_address("Founder at Acme dot ai")
    ('ana@uni.edu', None)
    """
    email = find_email(text)
    if not email or slot_email(email) or JOB_WORDS.fullmatch(email.split("@")[0]):
        return None
    plain = email.lower() in text.lower()
    local = email.split("@")[0] if plain else re.split(r"[.]", email.split("@")[0])[0]
    before = text[: max(text.lower().find(email.lower() if plain else local.lower()), 0)]
    label = re.split(r"[.;|·,()]\s|[;|·]", before)[-1]
    if _OTHERS_LABEL.search(label) or not plain and not _MAIL_MARK.search(before):
        return None
    return email


def read_subtitle(subtitle: str | None, person: Person, over_prose: bool = False) -> bool:
    """A home page's front-matter ``subtitle`` (al-folio, Quarto) -> the owner's job title and places, linked
    (``<a>Department of Physics</a>, Lousiana State University.``) or on lines of their own (``Research assistant
    \\`` / ``University of Chile``) or as a position at a place (``Ph.D. Candidate at X University``). True when it
    gave something. ``over_prose``: the person's job title was read from the page's prose, and a position the
    subtitle states ("Title at Place", the line under the name) replaces it."""
    if not subtitle:
        return False
    took, job, stated = False, None, None
    for line in re.split(r"\\\s*(?:\n|$)|<br\s*/?>|\n", subtitle, flags=re.I):
        # "<a href='#'>Fellow, Sand Laboratory</a>": a link to nowhere (the theme's placeholder) is its words alone
        line = _DEAD_LINK.sub(lambda m: m.group(1) or m.group(2), line)
        rest = md_text(MD_LINK.sub(" ", re.sub(r"<a\s[^>]*>.*?</a>", " ", line, flags=re.I | re.S)))
        rest = _DEGREE_FIRST.sub("", rest)  # ("Ph.D., Associate Professor": the position after the degree held)
        if person.email is None and (email := _owners_address(rest)):
            person.email = email
            took = True
        # the linked units belong to the institution written after them
        # ("Sorbonne Université (Paris, France)": the town in brackets after it is no part of its name)
        home = next((p.strip(" ,&") for p in re.split(r"[.;|·,&]\s*", re.sub(r"\s*\([^()]*\)", "", rest))
                     if INSTITUTION_STRONG.search(p) and not JOB_WORDS.search(p)), None)
        links = md_links(line)
        linked_homes = 0  # (the institutions the line links: "Fellow, <a>X Geological Survey</a>")
        for label, href in links:
            name = md_text(label).strip(" .,")
            # ("<a href=...>Affiliations</a> X University": the theme's placeholder word, in the page's language)
            if not name or re.fullmatch(r"affiliations?|afiliaci[oó]n(?:es)?|afilia[cç][aã]o|#", name.lower()) or any(
                    fold(a.name) == fold(name) for a in person.affiliations):
                continue
            if home and (DEPT_START.match(name) or not INSTITUTION_STRONG.search(name)):
                person.affiliations.append(Affiliation(name=home, department=name, url=repair_url(href)))
            elif INSTITUTION_STRONG.search(name) or DEPT_START.match(name):
                person.affiliations.append(Affiliation(name=name, url=repair_url(href)))
                linked_homes += bool(INSTITUTION_STRONG.search(name))
            else:
                continue  # a project or a team, with no institution beside it: no place of work
            took = True
        placed = read_position(rest) if not home and not links else None
        named = _CAPITALIZED_PLACE.fullmatch(placed[1]) if placed and " at " in f" {rest} " else None
        if placed and (INSTITUTION_STRONG.search(placed[1]) or _PLACE_ACRONYM.fullmatch(placed[1]) or named):
            # "Ph.D. Candidate at Washington University in St. Louis": the position, then its place (or the place's
            # short form alone: "Postdoctoral Research Associate at TAMU"; or a company's name, said after "at":
            # "SHM Specialist at Harrow Consulting in Denmark", the country apart)
            job = stated = job or placed[0]
            home = placed[1]
            if named and not INSTITUTION_STRONG.search(placed[1]) and named.group("where"):
                home = named.group("name")
                person.location = person.location or named.group("where")
            same = next((a for a in person.affiliations if fold(home).startswith(fold(a.name))), None)
            if same is not None and fold(same.name) != fold(home):
                same.name = home  # the bio's "X University" of the line's "X University in Y": one place, its full name
        if home and not any(fold(home) == fold(a.name) for a in person.affiliations):
            person.affiliations.append(Affiliation(name=home))  # an institution on a line of its own
            took = True
        # (a full stop ends a piece, not an abbreviation's: "Ph.D. (c) in Sociology")
        for piece in re.split(r"(?<!\b[A-Z])\.(?:\s+|$)|[;|·]\s*", rest):
            piece = piece.strip(" ,")
            # "Catedrático de Filosofía, Facultad de Humanidades (UCLM)", "Assistant Professor, Department of
            # Physics, X University": the position, then where it is held, an institution named there (a unit
            # before the line's institution its department); else the piece stays whole
            pos = position_read(piece) if job is None and "," in piece else None
            if pos and pos[2]:
                where = pos[1]
                if home and fold(where).endswith(fold(f", {home}")):
                    unit = where[: -len(home) - 2].strip(" ,")
                    aff = next((a for a in person.affiliations if fold(a.name) == fold(home)), None)
                    if aff is not None and aff.department is None and "," not in unit and ORG_RX.search(unit):
                        aff.department = unit
                elif not home and not any(fold(a.name) == fold(where) for a in person.affiliations):
                    person.affiliations.append(Affiliation(name=where))
                    took = True
                piece, placed_here = pos[0], True
            else:
                placed_here = bool(home) and piece.endswith(f", {home}")
                if placed_here:
                    piece = piece[: -len(home) - 2].strip(" ,")  # "Fellow, Sand Laboratory": the position, its place
            # ("PhD Student @ <a>Purdue ECE</a>", "Professor at Chemistry Department, @<a>X University</a>": the
            # position, then where, its linked place taken out above: the position alone; an unlinked "Postdoc @
            # Sand Group" keeps its place, which nothing else reads)
            if links:
                held = re.split(r"\s+at\s+|\s*@", piece, maxsplit=1)[0].strip(" ,")
                if held != piece and JOB_WORDS.search(held):
                    # (the position stated at its place, as "Title at Place" unlinked is: it outranks the prose's)
                    piece, placed_here = held, placed_here or bool(home)
                elif linked_homes == 1 and fold(piece) == fold(rest.strip(" ,;")) and not FORMER_ROLE.match(piece):
                    # ("Mendenhall Fellow, <a>U.S. Geological Survey</a>": the line's words outside its link are
                    # the position, the linked institution where it is held: stated at its place, as above; not a
                    # post said to be over, "Former Postdoc, <a>X University</a>", nor the words left between two
                    # linked places, "Professor, <a>X</a> and Visiting Professor, <a>Y</a>", two posts run together)
                    placed_here = True
            if piece and JOB_WORDS.search(piece) and len(piece.split()) <= 8 and job is None:
                job = piece
                stated = stated or (piece if placed_here else None)
                break
    if job:
        person.job_title = stated if stated and over_prose else person.job_title or job
        for aff in person.affiliations:
            aff.role = stated if stated and over_prose and fold(aff.name) == fold(home or "") else aff.role or job
    return took or job is not None


def absolute_url(url: str | None, base: str | None) -> str | None:
    """A link target as an absolute URL; relative ones are joined to the site's base URL."""
    if not url or not str(url).strip():
        return None
    url = without_invisibles(str(url)).strip()  # ("(\ufeffhttp://...)": a mark pasted before the address)
    fixed = repair_url(url)
    if fixed:
        return fixed
    if not URL_SCHEME.match(url) and not url.startswith("#"):
        if base:
            return repair_url(urljoin(base.rstrip("/") + "/", url.lstrip("/")))
        note_unplaced(url)
    return None


_KEY_GAPS = re.compile(r"[-_ ]")


@lru_cache(maxsize=256)
def _gapless(known: tuple[str, ...]) -> tuple[str, ...]:
    """Each of ``known`` without its hyphens, underscores and spaces (folded once per list of keys)."""
    return tuple(_KEY_GAPS.sub("", k) for k in known)


def misspelt_key(key: str, known: tuple[str, ...]) -> str | None:
    """The one of ``known`` (six letters or more) that ``key`` spells with a slip of one letter: one left out
    ("jounal: PHYSICAL REVIEW B" in every record of a data file) or one doubled ("possition: Lecturer" in a
    configuration); None when none is.

    >>> [misspelt_key(k, ("venue", "journal", "position")) for k in ("jounal", "possition", "venu", "journal")]
    ['journal', 'position', None, None]

    A key that writes the words of a known one with another hyphen, underscore or space between them, or none
    (``book-title`` for ``booktitle``, ``container_title`` for ``container-title``), is that key too.

    >>> misspelt_key("book-title", ("journal", "booktitle")), misspelt_key("container_title", ("container-title",))
    ('booktitle', 'container-title')
    """
    folded = _KEY_GAPS.sub("", key)
    joined = next((k for k, gapless in zip(known, _gapless(known)) if k != key and gapless == folded), None)
    if joined:
        return joined
    for k in known:
        if len(k) < 6:
            continue
        if len(k) == len(key) + 1 and any(k[:i] + k[i + 1:] == key for i in range(len(k))):
            return k
        if len(key) == len(k) + 1 and any(key[i] == key[i - 1] and key[:i] + key[i + 1:] == k
                                          for i in range(1, len(key))):
            return k
    return None


def as_text(value: Any) -> str | None:
    """A scalar of a YAML/TOML file as text, HTML entities decoded (``Jos&eacute;`` -> ``José``)."""
    if value is None:
        return None
    if isinstance(value, (list, dict)):
        return None
    text = _html.unescape(str(value)).strip() if "&" in str(value) else str(value).strip()
    # ("'\ufeffShuai, P., Chen, X.'": a byte-order mark or zero-width space pasted into a field is no letter of its
    # words, as on a page)
    text = without_invisibles(text).strip()
    return text or None


def plain_text(value: Any) -> str | None:
    """A field's value as plain text (:func:`as_text`, then :func:`md_text`), None when it holds none.

    >>> plain_text("**Tide pools** at night"), plain_text(""), plain_text(None)
    ('Tide pools at night', None, None)
    """
    text = as_text(value)
    return (md_text(text) or None) if text else None


def first_text(data: dict, keys: Iterable[str]) -> str | None:
    """The text (:func:`as_text`) of the first of ``keys`` that has one in ``data``, else None.

    >>> first_text({"link": "", "url": "https://x.org"}, ("link", "url"))
    'https://x.org'
    """
    return next((text for key in keys if (text := as_text(data.get(key)))), None)


_SOCIAL_LABELS = {"googlescholar": "google_scholar", "scholar": "google_scholar", "uri": "homepage", "x": "twitter",
                  "graduation-cap": "google_scholar", "google-scholar": "google_scholar",
                  "mortarboard": "google_scholar", "mortarboard-fill": "google_scholar", "ai": "cv",
                  "linkedin-in": "linkedin"}
"""The profile a setting's key or an icon's name stands for, where the key or icon does not say it itself
(``scholar_userid``, Font Awesome's ``graduation-cap`` and ``linkedin-in``, Academicons' ``ai-cv``)."""


SOCIAL_KEYS = ("social", "socials", "socialicons", "social_links", "sociallinks", "socialmedia", "social_media", "profiles",
               "links")
"""The keys of a list or mapping of the owner's profile links in a site's settings or a member's record."""


_MAILTO_VALUE = re.compile(r"(?:https?://)?mailto:(\S+@\S+)", re.I)
"""A setting's value that is a mail link, maybe written after a web address's scheme (``https://mailto:a@b.org``)."""


def apply_social(person: Person, key: str, value: Any, base: str | None = None) -> bool:
    """Put the owner's social/profile settings on the person (email, ``identifiers``, ``links``, homepage):
    one setting (``github_username: ann-lee``, a user name or a URL under a known key, an ``email``), a
    mapping of them under ``links`` (the lab-website template's ``links: {orcid: ..., google-scholar: ...}``),
    or a list of icon links (Hugo's ``social:``, Quarto's ``about: links:``; each an ``icon`` and a
    ``link``/``url``/``href``, relative ones joined to ``base``). True when one was used.

    >>> p = Person(name="Ann Lee")
    >>> apply_social(p, "github_username", "ann-lee"), apply_social(p, "social", [{"icon": "fab fa-orcid",
    ...     "link": "https://orcid.org/0000-0002-1825-0097"}]), sorted(p.identifiers)
    (True, True, ['github', 'orcid'])
    """
    if isinstance(value, list):
        return any([_icon_link(person, item, base) for item in value])
    if key in SOCIAL_KEYS and isinstance(value, dict):
        # (a member page's "social: {twitter: https://twitter.com/ann_lee, github: }": one setting per key; a
        # switch or a number, "share: true", "linkedin: 3", is no address nor handle)
        return any([apply_social(person, str(k).strip().lower(), v, base) for k, v in value.items()
                    if isinstance(v, (str, list, dict))])
    link = value.get("url") or value.get("link") or value.get("href") if isinstance(value, dict) else None
    if isinstance(link, str) and link.strip():
        # a profile as a mapping ("github: {name: GitHub, url: https://github.com/ann-lee, icon: ...}")
        link = link.strip()
        return _put_social(person, key, link, None if link.startswith("mailto:") else absolute_url(link, base))
    text = as_text(value)
    if text and (mail := _MAILTO_VALUE.fullmatch(text.strip())):
        # "mail-open: https://mailto:ann@example.org" (a theme's contact icon, the scheme written before "mailto:"
        # by habit): the owner's address, whatever the key
        return _put_social(person, "email", mail.group(1), None)
    if text and key in _SOCIAL_LABELS and not profile_setting(key) and re.match(r"https?://", text):
        return _put_social(person, key, text, absolute_url(text, base))  # ("x: https://x.com/ann_lee")
    if text and not profile_setting(key) and re.match(r"https?://\S+$", text) and identifier_from_url(text):
        # a setting under a key kg has no name for whose address is a researcher profile
        # ("ideas: https://ideas.repec.org/e/pfe7.html")
        return _put_social(person, key, text, absolute_url(text, base))
    if text and re.match(r"https?://\S+$", text.strip()) and (page := profile_page(text.strip(), key)):
        # the owner's page on a site kg keeps no id for, under a key naming the site ("ssrn: https://papers.ssrn.com/
        # ...AbsByAuth.cfm?per_id=1", "CV_lattes: http://lattes.cnpq.br/..."): a link labelled by the site
        return _put_social(person, page, text, absolute_url(text.strip(), base))
    if not text or not profile_setting(key) and key != "email" and not key.endswith("_email"):
        return False
    return _put_social(person, key, text, profile_setting_url(key, text))


def _icon_link(person: Person, item: Any, base: str | None) -> bool:
    """One item of a list of icon links (see :func:`apply_social`); a bare address (Chirpy's ``social: links:
    [https://github.com/ann-lee, ...]``) is labelled by the profile it names."""
    if isinstance(item, str) and re.match(r"https?://\S+$", item.strip()):
        ident = identifier_from_url(item.strip())
        return _put_social(person, ident[0] if ident else "", item.strip(), absolute_url(item.strip(), base))
    if not isinstance(item, dict):
        return False
    if len(item) == 1 and isinstance(text := next(iter(item.values())), str) \
            and re.match(r"(?:https?://|mailto:)\S+$", text.strip()):
        # a link keyed by its icon's name (Congo's and Blowfish's "links = [{github = 'https://github.com/...'},
        # {email = 'mailto:...'}]")
        item = {"icon": str(next(iter(item))), "link": text}
    link = as_text(item.get("link")) or as_text(item.get("url")) or as_text(item.get("href"))
    icon = as_text(item.get("icon")) or ""
    if "<" in icon:  # the icon's markup ('<i class="fab fa-github"></i>'): its classes
        icon = m.group(1) if (m := re.search(r"class\s*=\s*[\"']([^\"']+)", icon)) else ""
    icon = icon.split("/")[-1]
    # Font Awesome classes ("fab fa-orcid"): the icon's name; an image file ("lab_logo.png"): no name
    icon = "" if IMAGE_FILE.search(icon) else \
        re.sub(r"^(?:(?:fa[bsrl]?|fa-brands|fa-solid|fa-regular)\s+)+(?:fa-)?", "", icon)
    # (its size and style classes are no name: "linkedin-in fa-2x", "orcid ai-2x", "github fa-fw")
    icon = _ICON_MODIFIERS.sub("", icon).strip()
    if not icon:  # a link with its label only ({name: "Google Scholar", url: ...}): the label names it
        label = as_text(item.get("name")) or as_text(item.get("label")) or as_text(item.get("title")) or ""
        label = "" if "<" in label else label  # (a menu's title that is an icon's markup names nothing: see below)
        icon = re.sub(r"[\s\-]+", "_", label.strip().lower()) if len(label) <= 30 else ""
    if not icon and link and (ident := identifier_from_url(link.strip())):
        icon = ident[0]  # ("{href: https://github.com/ann-lee, position: right}": labelled by the profile it names)
    if icon in EMAIL_ICONS and not find_email(link or ""):
        # an email icon whose link goes nowhere ("javascript:void(0)") and whose label writes the address, maybe
        # spelt out against harvesters ("text: ann.lee[at]example.org", Quarto's about links)
        label = next((t for k in ("text", "name", "label", "title") if (t := as_text(item.get(k)))), "")
        email = find_email(label)
        if email:
            person.email = person.email or email
            return True
    if not link:
        return False
    return _put_social(person, icon, link, None if link.startswith("mailto:") else absolute_url(link, base))


EMAIL_ICONS = ("envelope", "email", "at-symbol", "at", "mail")
"""The names of an email icon (Font Awesome's ``envelope``, Bootstrap's ``at``, ...) or of a profile setting for
the address."""

_ICON_MODIFIERS = lazy_compile(r"\s+(?:fa|ai|bi)-(?:[1-9]0?x|xs|sm|lg|xl|fw|inverse|border|spin|pulse|pull-\w+|rotate-\d+)\b",
                             re.I)
"""The classes of an icon that size or style it (Font Awesome's and Academicons' ``fa-2x``, ``fa-fw``, ...)."""


def _put_social(person: Person, key: str, text: str, url: str | None) -> bool:
    """A profile setting or icon link ``key`` whose value is ``text`` (at ``url``, when it is an address) onto
    the person: an email address, else an identifier and a link labelled by the profile ``key`` names (a
    Scholar address is labelled so, whatever the key)."""
    if key == "email" or key.endswith("_email") or key in EMAIL_ICONS or text.startswith("mailto:"):
        email = find_email(text.removeprefix("mailto:"))
        if email and slot_email(email):
            return True  # "email: your.email@example.com": the theme's slot, read, no one's address
        if email and person.email is None:
            person.email = email
        return bool(email)
    if not url:
        return False
    ident = identifier_from_url(url)
    if ident:
        person.identifiers.setdefault(*ident)
    label = setting_base(key) if profile_setting(key) else key  # ("github_username": GitHub's)
    label = _SOCIAL_LABELS.get(label, label or "other")
    if ident and ident[0] == "google_scholar":
        label = "google_scholar"
    if label == "homepage":
        person.homepage = person.homepage or url
    else:
        person.links.setdefault(label.replace("-", "_"), url)
    return True


def _bio_school(person: Person, author: dict, bio: str) -> None:
    """A sidebar one-liner that is only an institution's name ("Inland University of Science") is where the
    person is, when no ``employer`` says so and none of the affiliations read is current or undated."""
    if as_text(author.get("employer")) or not bio or len(bio.split()) > 8 or re.search(r"[.;:!?@]", bio) \
            or not INSTITUTION_STRONG.search(bio) or JOB_WORDS.search(bio) or any(
                a.current or a.end_year is None and a.start_year is None for a in person.affiliations) \
            or any(fold(a.name) == fold(bio) for a in person.affiliations):
        return
    person.affiliations.append(Affiliation(name=bio))


_AUTHOR_TITLE_KEYS = ("title", "position", "job_title", "jobtitle", "job")
_TITLE_PIECES = lazy_compile(r"\s*[/|｜;、]\s*")


def apply_author(person: Person, author: dict, absolute: Callable[[str], str | None]) -> set[str]:
    """Fill what ``person`` lacks from a site's author settings (a Jekyll ``_config.yml`` ``author:`` mapping, Hugo's
    ``params``/``author``): bio (and the position its one-liner states), the position under ``title``, location, employer, avatar
    (``absolute(path)`` makes it a URL), homepage, email and the profile settings of
    :func:`~kg.importers.common.profile_setting`; what the person already has wins. The keys it used."""
    used: set[str] = set()
    for key, value in author.items():
        text = as_text(value)
        if not text or key == "name":
            continue
        if key == "bio":
            _bio_school(person, author, md_text(text))
            employer = as_text(author.get("employer"))
            # ("<b>Behavioral scientist</b><br><br>Assistant Professor of X at <a>Y University</a>.<br>Co-director
            # of Z": a bio in lines, a tagline above the position's; the first line that states one)
            lines = [md_text(x).strip(" .") for x in re.split(r"<br\s*/?>|\n", text, flags=re.I)] if "<br" in text else []
            position = next((read for x in [*(x for x in lines if x), md_text(text)]
                             if (read := read_position(x) or _title_before_employer(x, employer)
                                 or _title_then_place(x))), None)
            if position and employer and not person.affiliations and re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", employer) \
                    and stands_for(employer, position[1]) and INSTITUTION_STRONG.search(position[1]):
                # "employer: UM6P" beside the bio's "... at University Mohammed VI Polytechnic": the employer's name
                # in full, which the short form stands for
                person.affiliations.append(Affiliation(name=position[1], role=position[0]))
                used.add("employer")
            if person.description and not (position and person.job_title is None):
                continue
            # (the about page's own description wins; the one-liner still states the position)
            person.description = person.description or md_text(text)
            if position and person.job_title is None:
                # "Assistant Professor of Biology at Colby College": the sidebar's one-liner
                person.job_title = position[0]
                if not as_text(author.get("employer")) and not person.affiliations:
                    person.affiliations.append(Affiliation(name=position[1], role=position[0]))
        elif key in _AUTHOR_TITLE_KEYS:
            # "title: Dr./Associate Professor", "title: 博士/副教授": the position among what the sidebar writes
            # under the name (a degree or an honorific beside it is no position)
            job = next((p for p in _TITLE_PIECES.split(md_text(text))
                        if JOB_WORDS.search(p) and len(p.split()) <= 8), None)
            if not job or person.job_title:
                continue
            # ("Research Fellow @ X University", "Lecturer, X University": the position, then where it is held)
            held, place = _title_then_place(job) or (job, None)
            person.job_title = held
            if place and not as_text(author.get("employer")) and not person.affiliations:
                person.affiliations.append(Affiliation(name=place, role=held))
        elif key == "location":
            if person.location:
                continue
            person.location = md_text(text)
        elif key == "employer":
            if person.affiliations:
                continue
            person.affiliations.append(Affiliation(name=md_text(text)))
        elif key in ("avatar", "picture"):  # (Jasper's and Jasper2's _data/authors.yml record: "picture:")
            img = absolute(text if "/" in text else "images/" + text)
            if not img or person.image:
                continue
            person.image = img
        elif key in ("uri", "homepage"):
            url = repair_url(text)
            if not url or person.homepage:
                continue
            person.homepage = url
        elif not apply_social(person, key, text) and not _author_link(person, key, text):
            continue
        used.add(key)
    return used


def _author_link(person: Person, key: str, text: str) -> bool:
    """A web address under a key of the author's settings kg has no name for (``alphaxiv:
    "https://www.alphaxiv.org/@ann-lee"``): a page of the owner's, a link labelled by the key."""
    url = repair_url(text) if re.fullmatch(r"https?://\S+", text.strip()) else None
    if not url or not re.fullmatch(r"[a-z][a-z0-9_\-]*", key) or key == "site_url" or url == person.homepage:
        return False  # (``site_url``: the site's own address, which the Jekyll reader puts there; the homepage)
    person.links.setdefault(key, url)
    return True


def _title_then_place(bio: str) -> tuple[str, str] | None:
    """``bio: "Research Associate in Ecology, Inland University"``: a position, then the institution it is held at,
    read as the page reader reads a header's position line (:func:`~kg.importers.page.person.split_title_aff`)."""
    from ..page.person import split_title_aff

    # (a sentence, an e-mail address: no one-liner; "PhD student @ X University" is one)
    if len(bio.split()) > 14 or re.search(r"[.;!?]\s|[!?]$|\S@\S", bio):
        return None
    title, rest = split_title_aff(bio)
    # (a title naming an institution is no position: "X University, Department of Y"; "Research Fellow" is one)
    if not title or not rest or not JOB_WORDS.search(title) or INSTITUTION_STRONG.search(title) \
            or not INSTITUTION_STRONG.search(rest):
        return None
    return title, rest


def _title_before_employer(bio: str, employer: str | None) -> tuple[str, str] | None:
    """``bio: "Associate Professor of Economics, Northgate University"`` beside ``employer: Northgate
    University``: the job title, then the employer the configuration names."""
    bio, employer = bio.strip(), (employer or "").strip()
    if not employer or not bio.lower().endswith(employer.lower()):
        return None
    title = bio[: len(bio) - len(employer)].rstrip(" ,;-–—|")
    return (title, employer) if title and len(title.split()) <= 8 and JOB_WORDS.search(title) else None


_STYLE_TAG = re.compile(r"</?(?:span|font|small|mark|big|ins|abbr|cite)\b[^>]*>", re.I)
"""An inline tag that only styles the text it holds (``<span class="...">``, ``<font>``, ``<small>``)."""


def unemphasize(text: str) -> str:
    """Markdown/HTML emphasis out of an author line, marks kept: ``"**A B***"`` -> ``"A B*"``."""
    text = re.sub(r"</?(?:b|strong|em|i|u)\s*>", "", text, flags=re.I)
    text = re.sub(r"<sup>\s*([^<]*?)\s*</sup>", r"\1", text, flags=re.I)
    if "<" in text:
        # "C. Lee <span class="note">(*Equal contribution)</span>": a styling tag around part of the line is
        # markup, its text kept (a line break stays, as the readers of a next line read it)
        text = _STYLE_TAG.sub("", text)
    text = re.sub(r"\*\*(?=\S)(.+?)(?<=[^\s*])\*\*", r"\1", text)
    text = re.sub(r"__(?=\S)(.+?)(?<=\S)__", r"\1", text)
    text = re.sub(r"(?<![\w*])_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", text)
    text = MD_LINK.sub(lambda m: m.group(1), text)
    return " ".join(_html.unescape(text).split())


def highlighted(text: str) -> list[str]:
    """The pieces of an author line set in bold or underlined (``<b>Ann Lee</b>``, ``**Ann Lee**``), as plain
    text: the highlight a site gives its owner among the names.

    >>> highlighted("Bo Roe, <b>Ann Lee</b>, and Cy Kim."), highlighted("**Ann Lee***, Bo Roe"), highlighted("Bo Roe")
    (['Ann Lee'], ['Ann Lee'], [])
    """
    return [t for piece in highlights(text) if (t := md_text(piece))]


HANDLE_KEYS = ("github", "twitter", "x", "github_username", "twitter_username")
"""Keys of a record or a configuration whose value is one of the person's accounts (``jdoe``, ``@jdoe``)."""

LANGUAGE_CODE = re.compile(r"[a-z]{2}(?:[-_][A-Za-z]{2,4})?")
"""A language's code ("en", "zh-cn", "pt_BR"): a folder or key of a multilingual site's that holds one translation."""

LANGUAGE_CODES = ("en", "zh", "cn", "tw", "ja", "jp", "ko", "kr", "de", "fr", "es", "pt", "it", "pl", "ru", "nl", "ar",
                  "vi", "th", "tr", "fa", "sv", "cs", "uk", "el", "hu", "ro", "he", "hi", "ca", "fi", "da", "sk")
"""The two letters of the languages (and regions) sites name their translations by: real codes, not any two letters."""
LANGUAGE_KEY = lazy_compile(r"(?i)(\w+?)(?:[_-]|(?-i:(?<=[a-z])(?=(?:" + "|".join(c.capitalize() for c in LANGUAGE_CODES)
                          + r")$)))(en|[a-z]{2})")
"""A key with a language's code after it (``name_en``, ``role_zh``, ``bio-de``, a script's ``nameEn``): a bilingual
data file's (written in camelCase, a real language's code: ``photoId``, ``linkedIn``, ``isPi`` name none)."""


def _translations(value: object) -> bool:
    """Whether a field's value is the same text in two languages or more, keyed by the languages' codes (``title:
    {en: ..., zh: ...}``, which the template shows as ``pub.title[lang]``); an ``id`` beside it says a record."""
    return isinstance(value, dict) and len(value) >= 2 and not any(isinstance(v, dict) for v in value.values()) and all(
        isinstance(k, str) and LANGUAGE_CODE.fullmatch(k) and k.lower() != "id" for k in value)


def translation_name(name: str) -> bool:
    """Whether a file's stem or a folder's name is a real language's code (:data:`LANGUAGE_CODES`, a region after it:
    "en", "zh-cn", "pt_BR"): the one translation of a page or a content collection's entry it holds.

    >>> [translation_name(n) for n in ("en", "zh-cn", "pt_BR", "cv", "ml")]
    [True, True, True, False, False]
    """
    return bool(LANGUAGE_CODE.fullmatch(name)) and name[:2].lower() in LANGUAGE_CODES


def english(code: str) -> bool:
    """Whether a language's code (:data:`LANGUAGE_CODE`) is English's, of any region: what a multilingual site's
    readers read first.

    >>> [english(c) for c in ("en", "en-GB", "EN_us", "zh-cn", "eng")]
    [True, True, True, False, False]
    """
    return code.lower().split("-")[0].split("_")[0] == "en"


def chosen_language(codes: list[str]) -> str:
    """Of the languages a bilingual record is written in, the one read: English where it has it, else the first."""
    return next((c for c in codes if english(c)), codes[0])


def one_language(data: dict, spans: dict) -> tuple[dict, dict]:
    """A bilingual record as a record of one language, English where it has it, else the language written first:
    keys with a language's code after them (``name_en``/``name_zh``, ``role_en``/``role_zh``) give the plain keys
    (``name``, ``role``; a plain key the record has stays), and a value written per language (``title: {en: ...,
    zh: ...}``) is that language's. A record of one language is returned as it is.

    >>> one_language({"name_zh": "王", "name_en": "Wang Li", "tier": "pi"}, {})[0]
    {'name_zh': '王', 'name_en': 'Wang Li', 'tier': 'pi', 'name': 'Wang Li'}
    >>> one_language({"title": {"zh": "标题", "en": "A Title"}, "year": 2024}, {})[0]
    {'title': 'A Title', 'year': 2024}
    """
    if any(_translations(v) for v in data.values()):
        data = {k: v[chosen_language(list(v))] if _translations(v) else v for k, v in data.items()}
    found = [(m[1], m[2].lower()) for k in data if isinstance(k, str) and (m := LANGUAGE_KEY.fullmatch(k))]
    bases = [b for b, _lang in found]
    if not any(lang == "en" for _b, lang in found) and len(set(bases)) == len(bases):
        return data, spans  # ("photo_id", "is_pi": no key in two languages, none in English)
    lang = "en" if any(lang == "en" for _b, lang in found) else found[0][1]
    data, spans = dict(data), dict(spans)
    for key in list(data):
        m = LANGUAGE_KEY.fullmatch(key) if isinstance(key, str) else None
        if m and m[2].lower() == lang and m[1] not in data:
            data[m[1]] = data[key]
            if key in spans:
                spans[m[1]] = spans[key]
    return data, spans


def walk_values(node: object, key: str = "") -> Iterator[tuple[str, object]]:
    """Every value in nested mappings and lists that is neither, in order, with the dotted key holding it (``key``
    the node's own; a list's items under the list's key): the one walk of a configuration's or a front matter's
    data (a menu's addresses, a nav's page files, the file names a record links).

    >>> list(walk_values({"a": [1, {"b": "x"}], "c": None}, "top"))
    [('top.a', 1), ('top.a.b', 'x'), ('top.c', None)]
    """
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk_values(v, f"{key}.{k}" if key else f"{k}")
    elif isinstance(node, list):
        for v in node:
            yield from walk_values(v, key)
    else:
        yield key, node


def value_at(data: object, key: str) -> object:
    """The value at a dotted key in nested mappings (``"params.author.name"``), or None where a step is missing or
    reaches no mapping.

    >>> value_at({"ids": {"orcid": "0-1"}}, "ids.orcid"), value_at({"ids": "x"}, "ids.orcid")
    ('0-1', None)
    """
    value = data
    for step in key.split("."):
        value = value.get(step) if isinstance(value, dict) else None
    return value


def organizations(orgs: object) -> list[tuple[str, str | None]]:
    """An author's ``organizations`` (mappings of ``name`` and ``url``, or names), as (name, address) pairs; a name
    ending in a comma goes on in the next one ("University of X," then "Northfield": one organization written over
    two entries, "University of X, Northfield", at the first one's address)."""
    out: list[tuple[str, str | None]] = []
    open_name = False
    for org in orgs if isinstance(orgs, list) else []:
        name = as_text(org.get("name")) if isinstance(org, dict) else as_text(org) if isinstance(org, str) else None
        if not name or not name.strip():
            continue
        name = md_text(name).strip()
        url = absolute_url(as_text(org.get("url")), None) if isinstance(org, dict) else None
        if open_name:
            out[-1] = (f"{out[-1][0]} {name}", out[-1][1] or url)
        else:
            out.append((name, url))
        open_name = name.endswith(",")
    return [(n.rstrip(" ,"), u) for n, u in out]
