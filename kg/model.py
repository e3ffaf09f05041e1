"""The profile model: what kg knows about one researcher, as read from their pages.

Every class derives from :class:`Base` (``extra="forbid"``), so a typo in a YAML
profile is an error, not a silently ignored key. Field names are the contract
of design.md §2; ``kg schema`` prints the JSON Schema of :class:`Profile`.

>>> p = Profile(person=Person(name="Ada Lovelace"))
>>> p.slug
'ada-lovelace'
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from typing import Annotated, Literal
from urllib.parse import quote, urlsplit, urlunsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)


class Base(BaseModel):
    """Base of every profile class: unknown keys are errors, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


# --- value types -----------------------------------------------------------------

_SAFE_URL_CHARS = "/:?#@!$&'()*+,;=%~-._"
"""What a URL's path, query and fragment keep as written; "[" and "]" are escaped there ("path[]=6937", as PHP
sites write a list in the query: an IRI holds brackets only around an IPv6 host)."""


def clean_url(value: str) -> str:
    """Validate an absolute http(s)/mailto/ftp URL and percent-encode what an IRI may not hold.

    >>> clean_url("http://www.wangyunhe.site/data/2020 AAAI dropblock.pdf")
    'http://www.wangyunhe.site/data/2020%20AAAI%20dropblock.pdf'
    """
    if not isinstance(value, str):
        raise ValueError("a URL must be a string")
    return _clean_url(value)


@functools.lru_cache(maxsize=1 << 14)
def _clean_url(value: str) -> str:
    """clean_url of a string, memoised: an importer cleans each link it repairs (common.repair_url), and the
    model validates it again when the publication is built (a refused URL raises and is not cached)."""
    value = value.strip()
    if _PLAIN_URL.fullmatch(value):
        return value  # what the steps below give back unchanged (no character to encode, no port, nothing empty)
    if value.startswith("mailto:"):
        if "@" not in value:
            raise ValueError(f"not an email link: {value!r}")
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https", "ftp") or not parts.netloc:
        raise ValueError(f"not an absolute http(s) URL: {value!r}")
    host = parts.netloc
    if " " in host or "%" in host or not _HOST.fullmatch(host):
        raise ValueError(f"bad host in URL: {value!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in 0-65535
    except ValueError:
        raise ValueError(f"bad port in URL: {value!r}") from None
    # a "%" not followed by two hex digits is a literal percent sign: escape it, as browsers do
    path, query, fragment = (_quoted(x) for x in (parts.path, parts.query, parts.fragment))
    out = urlunsplit((parts.scheme.lower(), host, path, query, fragment))
    from pyoxigraph import NamedNode

    try:
        NamedNode(out)  # what the graph will hold: anything it refuses is refused here, with a location
    except ValueError as exc:
        raise ValueError(f"not a valid IRI: {value!r} ({exc})") from None
    return out


_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.\-]+(?:/[A-Za-z0-9._~/\-]*)?(?:\?[A-Za-z0-9._~=&/\-]+)?")
"""An address ``_clean_url`` returns as it is: a lower-case http(s) scheme, a host of letters, digits, dots and
hyphens (no port), and a path and a query (not empty when its "?" is written) of characters no IRI escapes: most
links of a page, read without splitting, quoting and joining them again (and checked as an IRI by the graph store)."""
_HOST = re.compile(r"[^\s/?#<>\"{}|\\^`]+")
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _quoted(part: str) -> str:
    """A part of a URL percent-encoded, a "%" that starts no escape written "%25" (patterns compiled once and the
    second pass only over a part holding a "%": clean_url runs on every link of every page)."""
    if not part:
        return part
    part = quote(part, safe=_SAFE_URL_CHARS)
    return _LONE_PERCENT.sub("%25", part) if "%" in part else part


Url = Annotated[str, AfterValidator(clean_url), Field(json_schema_extra={"format": "uri"})]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _partial_date(value: object) -> object:
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    if not isinstance(value, str):
        raise ValueError("a date must be YYYY, YYYY-MM or YYYY-MM-DD")
    m = _PARTIAL_DATE.match(value.strip())
    if not m:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = m.groups()
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"month out of range in {value!r}")
    if day:
        _dt.date(int(year), int(month), int(day))  # raises ValueError when impossible
    return value.strip()


PartialDate = Annotated[
    str,
    BeforeValidator(_partial_date),
    Field(
        description="An ISO 8601 date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.",
        json_schema_extra={"pattern": _PARTIAL_DATE.pattern},
    ),
]
"""A calendar date that may be known only to the month or the year ("March 2020" -> 2020-03)."""

Year = Annotated[int, Field(ge=1000, le=2100)]

Mark = Literal["equal_contribution", "corresponding", "mentee"]
MARKS: tuple[str, ...] = ("equal_contribution", "corresponding", "mentee")

LinkKind = Literal[
    "paper", "pdf", "arxiv", "doi", "code", "project", "slides", "video", "demo",
    "bibtex", "supplement", "poster", "data", "blog", "talk", "openreview", "pubmed", "other",
]
LINK_KINDS: tuple[str, ...] = LinkKind.__args__  # type: ignore[attr-defined]
LINK_KEY = r"^[a-z0-9]+(?:_[a-z0-9]+)*$"
"""A key of a work's or talk's ``links``: one of :data:`LINK_KINDS`, or the page's own label for a link of no known
kind in lower case, its words joined by ``_`` (``inspire``, ``conference_proceedings``), as a site's buttons name
them. The known kinds get their schema.org type in the graph; every key is a safe part of the link's IRI."""
LinkKey = Annotated[str, Field(pattern=LINK_KEY, max_length=80)]

IDENTIFIER_KINDS: tuple[str, ...] = (
    "google_scholar", "orcid", "dblp", "semantic_scholar", "github", "linkedin", "twitter",
    "zhihu", "researchgate", "openreview", "wikidata", "scopus", "arxiv",
)
"""Known keys of ``identifiers``; other keys are allowed but these get a ``schema:sameAs`` IRI."""


def identifier_token(value: str) -> bool:
    """Whether a value can be an identifier's (a person's ``identifiers``): a non-empty token, no space in it.

    >>> identifier_token("O7A6nYMAAAAJ"), identifier_token('"Ana Ruiz"'), identifier_token("")
    (True, False, False)
    """
    return bool(value) and not any(c.isspace() for c in value)


@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """ASCII slug of a name or title: ``"Anbang Yao"`` -> ``"anbang-yao"``.

    Other scripts are transliterated (anyascii): ``"Иван Петров"`` -> ``"ivan-petrov"``,
    ``"王云鹤"`` -> ``"wangyunhe"``; text with no ASCII form at all is kept as its code
    points in hex, so the slug is stable and never empty.

    >>> slugify("Zoë  O'Neil-Smith"), slugify("Иван Петров")
    ('zoe-oneil-smith', 'ivan-petrov')
    """
    from anyascii import anyascii

    text = unicodedata.normalize("NFC", text)
    ascii_text = anyascii(text.replace("'", "").replace("\u2019", "")).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if not slug:
        slug = "-".join(f"{ord(c):x}" for c in text.strip() if not c.isspace())
    return slug


# --- people and organizations ----------------------------------------------------


class Affiliation(Base):
    """An organization the person works for or belongs to."""

    name: str = Field(min_length=1)
    role: str | None = Field(None, description="Job title or role held there, if the page says.")
    department: str | None = None
    url: Url | None = None
    current: bool = Field(True, description="False for past positions.")
    start_year: Year | None = None
    end_year: Year | None = None


class Education(Base):
    """A degree: ``degree`` as the page writes it (``Ph.D.``, ``B.S.``), institution and year."""

    degree: str | None = None
    field: str | None = Field(None, description="Discipline, e.g. 'Computer Application Technology'.")
    institution: str = Field(min_length=1)
    year: Year | None = Field(None, description="Year the degree was obtained.")
    url: Url | None = None


class Metrics(Base):
    """Bibliometric figures the page reports, and where they come from."""

    h_index: int | None = Field(None, ge=0)
    citations: int | None = Field(None, ge=0)
    publications: int | None = Field(None, ge=0)
    source: str | None = Field(None, description="Who computed them: 'Google Scholar', the aggregator, ...")
    approximate: bool = Field(False, description="True when the page says 'about', 'over', '~'.")


class Person(Base):
    """The researcher a profile is about."""

    name: str = Field(min_length=1, description="Name in Latin script when the page gives one.")
    alternate_names: list[str] = Field(default_factory=list, description="Other names, other scripts.")
    job_title: str | None = None
    affiliations: list[Affiliation] = Field(default_factory=list)
    email: str | None = None
    homepage: Url | None = None
    image: Url | None = None
    description: str | None = Field(None, description="Short bio.")
    identifiers: dict[str, str] = Field(
        default_factory=dict,
        description="Profile ids by kind: google_scholar, orcid, dblp, github, linkedin, twitter, ...",
    )
    links: dict[str, Url] = Field(default_factory=dict, description="Other pages of the person by label.")
    education: list[Education] = Field(default_factory=list)
    advisors: list[str] = Field(default_factory=list, description="Names of PhD/thesis advisors.")
    interests: list[str] = Field(default_factory=list)
    metrics: Metrics | None = None
    location: str | None = None

    def absorb(self, other: Person) -> list[str]:
        """Take what ``other`` (the same researcher, from another source) adds: empty single
        values, identifiers, links, list items, and its names as alternate names. Returns the
        single-valued fields both give differently (the caller reports them); ``metrics`` is
        left alone, since figures from two sources are two observations.

        >>> a = Person(name="Ann Lee", job_title="Professor")
        >>> a.absorb(Person(name="Ann Lee", job_title="Dean", email="ann@x.org", interests=["vision"]))
        ['job_title']
        >>> a.email, a.interests
        ('ann@x.org', ['vision'])
        """
        differ = []
        for attr in ("job_title", "email", "homepage", "image", "description", "location"):
            mine, theirs = getattr(self, attr), getattr(other, attr)
            if mine is None and theirs is not None:
                setattr(self, attr, theirs)
            elif theirs is not None and mine != theirs:
                differ.append(attr)
        for key, value in other.identifiers.items():
            self.identifiers.setdefault(key, value)
        for key, value in other.links.items():
            self.links.setdefault(key, value)
        for name in [other.name, *other.alternate_names]:
            if name != self.name and name not in self.alternate_names:
                self.alternate_names.append(name)
        for attr in ("affiliations", "education", "advisors", "interests"):
            have = getattr(self, attr)
            for item in getattr(other, attr):
                if item not in have:
                    have.append(item)
        return differ

    @field_validator("email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = v.removeprefix("mailto:")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            raise ValueError(f"not an email address: {v!r}")
        return v

    @field_validator("identifiers")
    @classmethod
    def _identifiers(cls, v: dict[str, str]) -> dict[str, str]:
        for key, value in v.items():
            if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
                raise ValueError(f"identifier kind must be snake_case: {key!r}")
            if not identifier_token(value):
                raise ValueError(f"identifier {key} must be a non-empty token: {value!r}")
        return v


# --- works -------------------------------------------------------------------------


class Author(Base):
    """One author of a publication, in page order."""

    name: str = Field(min_length=1)
    marks: list[Mark] = Field(default_factory=list)
    is_self: bool = Field(False, description="True for the profile's owner.")
    url: Url | None = Field(None, description="Link the page puts on the name.")
    identifiers: dict[str, str] = Field(default_factory=dict, description="Ids read from that link.")

    @field_validator("marks")
    @classmethod
    def _marks(cls, v: list[str]) -> list[str]:
        # (most authors have no mark, and one mark is in order: the list as validated)
        return v if len(v) < 2 else sorted(set(v), key=MARKS.index)


class Link(Base):
    """A link of a work that has no slot of its own in ``links`` (a second code link, a workshop page)."""

    label: str = Field(description="The link's text on the page.")
    url: Url


class Publication(Base):
    """A work listed on the page."""

    title: str = Field(min_length=1)
    subtitle: str | None = Field(None, description="A second title the page shows under the title, apart from it.")
    year: Year | None = None
    date: PartialDate | None = None
    date_text: str | None = Field(None, description="A date as written when it cannot be resolved (no year).")
    venue: str | None = Field(None, description="Short venue name when the page gives one (CVPR, T-PAMI).")
    venue_full: str | None = Field(None, description="Venue as written in full.")
    venue_type: Literal["conference", "journal", "workshop", "preprint", "thesis", "book", "other"] | None = None
    authors: list[Author] = Field(default_factory=list)
    authors_truncated: bool = Field(False, description="The page lists only the first authors ('et al.').")
    links: dict[LinkKey, Url] = Field(
        default_factory=dict,
        description="Links by kind (paper, pdf, arxiv, doi, code, ...), or by the page's own label (see LINK_KEY).",
    )
    more_links: list[Link] = Field(
        default_factory=list,
        description="Further links with their labels, when ``links`` already holds one of their kind.",
    )
    placeholder_links: dict[LinkKey, Url] = Field(
        default_factory=dict,
        description="Links labelled as the paper/code that point back at the homepage itself.",
    )
    doi: str | None = None
    arxiv: str | None = Field(None, description="arXiv id, e.g. 2002.10857")
    notes: list[str] = Field(default_factory=list, description="Oral, Spotlight, Best Paper, ...")
    abstract: str | None = None
    keywords: list[str] = Field(default_factory=list, description="Categories or topics the source gives.")
    pages: str | None = None
    volume: str | None = None
    line: int | None = Field(None, ge=1, description="Source line the entry starts on.")
    file: str | None = Field(None, description="Source file, when the profile has several.")

    @field_validator("doi")
    @classmethod
    def _doi(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", v.strip(), flags=re.I)
        if not re.fullmatch(r"10\.\d{4,9}/\S+", v):
            raise ValueError(f"not a DOI: {v!r}")
        return v

    @model_validator(mode="after")
    def _year_matches_date(self) -> Publication:
        if self.date and self.year is None:
            object.__setattr__(self, "year", int(self.date[:4]))
        elif self.date and int(self.date[:4]) != self.year:
            raise ValueError(f"year {self.year} disagrees with date {self.date}")
        return self


class NewsItem(Base):
    date: PartialDate | None = None
    text: str = Field(min_length=1)
    links: list[Url] = Field(default_factory=list)
    line: int | None = Field(None, ge=1)
    file: str | None = None


class Award(Base):
    name: str = Field(min_length=1)
    year: Year | None = Field(None, description="The (latest) year of the award.")
    years: list[Year] = Field(default_factory=list, description="All years when the award was received several times.")
    url: Url | None = None
    line: int | None = Field(None, ge=1)
    file: str | None = None


class Student(Base):
    """A student, intern or mentee of the profile's owner."""

    name: str = Field(min_length=1)
    institution: str | None = None
    role: str | None = Field(None, description="intern, PhD student, ... as the section says.")
    url: Url | None = None
    identifiers: dict[str, str] = Field(default_factory=dict)
    line: int | None = Field(None, ge=1)
    file: str | None = None


class Service(Base):
    """A professional service role: reviewer, program committee, chair, editor."""

    role: str = Field(min_length=1)
    venues: list[str] = Field(default_factory=list)
    year: Year | None = None
    line: int | None = Field(None, ge=1)
    file: str | None = None


class Talk(Base):
    """A talk the profile's owner gave: an invited talk, keynote, seminar or conference presentation. A page may
    name a talk by its event alone (a seminar visit listed by host, place and date, no title): the talk is still
    the owner's, its title left unsaid; a talk names at least its title or its event (the JSON Schema says so too:
    ``kg schema``)."""

    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": ["title"], "properties": {"title": {"type": "string", "minLength": 1}}},
        {"required": ["event"], "properties": {"event": {"type": "string", "minLength": 1}}}]})

    title: str | None = Field(None, min_length=1, description="The talk's title, when the page gives one.")
    event: str | None = Field(None, description="Where it was given: the conference, workshop or seminar series.")
    date: PartialDate | None = None
    place: str | None = Field(None, description="City or host institution, as the page says.")
    description: str | None = Field(None, description="What the page says about the talk.")
    links: dict[LinkKey, Url] = Field(default_factory=dict, description="Slides, video, ... by kind (see LINK_KEY).")
    line: int | None = Field(None, ge=1)
    file: str | None = None

    @model_validator(mode="after")
    def _named(self) -> Talk:
        if not self.title and not self.event:
            raise ValueError("a talk names its title or its event")
        return self


class Teaching(Base):
    """A course the profile's owner taught (or assisted in)."""

    course: str = Field(min_length=1)
    institution: str | None = None
    term: str | None = Field(None, description="When, as the page says: 'Fall 2023', '2019-2020', 'Spring 2021'.")
    role: str | None = Field(None, description="Instructor, teaching assistant, ... when the page says.")
    description: str | None = Field(None, description="What the page says about the course.")
    url: Url | None = None
    line: int | None = Field(None, ge=1)
    file: str | None = None


class Unparsed(Base):
    """A non-empty source line that no field took."""

    line: int = Field(ge=1)
    text: str
    file: str | None = None
    section: str | None = None


class Source(Base):
    """Where a profile comes from: the file, the format detected, a checksum, when it was read."""

    file: str = Field(min_length=1)
    format: str = Field(min_length=1)
    checksum: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")
    imported_at: _dt.datetime | None = None
    url: Url | None = Field(None, description="Where the page is published, if known.")
    parts: list[Source] = Field(default_factory=list, description="The files of a multi-file source.")


class Profile(Base):
    """Everything one set of source pages says about one researcher."""

    person: Person
    publications: list[Publication] = Field(default_factory=list)
    news: list[NewsItem] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    students: list[Student] = Field(default_factory=list)
    service: list[Service] = Field(default_factory=list)
    talks: list[Talk] = Field(default_factory=list)
    teaching: list[Teaching] = Field(default_factory=list)
    unparsed: list[Unparsed] = Field(default_factory=list)
    source: Source | None = None

    @property
    def slug(self) -> str:
        return slugify(self.person.name)
