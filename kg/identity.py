"""Identity and merge: many profiles -> one set of people and works, with provenance.

Every author, student and advisor mentioned on any page is a *person mention*;
every publication is a *work mention*. Mentions are joined with a union-find:

People
  1. mentions that share an identifier (Google Scholar, ORCID, DBLP, ..., homepage) are one person;
  2. a profile's owner is joined with the author mentions the page marks as the owner (``is_self``);
  3. mentions whose names agree after normalization (case, accents, order, initials; the
     CJK and Latin forms a page gives its owner) are one person when the context supports it:
     the same profile, a shared coauthor, or one of them owning a profile;
  never when that would put two different values of one identifier kind in one person
  (two "Chang Xu" with two Google Scholar ids stay two people). A mention without
  identifiers whose name fits several such people goes to the one it shares most
  coauthors with, and the choice is reported.

Works
  joined by DOI or arXiv id, else by normalized title with years within one of each
  other and a shared author, or by a fuzzy title match (retitled versions) with a
  stronger author overlap. Two entries of one page are never joined (a journal
  extension and its conference paper listed on one page stay two works).

Users pin decisions in ``decisions.yaml`` (``same:`` / ``different:`` pairs). The
result keeps every mention, the union of facts, the conflicts, and the near
misses that were not joined (the people of one name kept apart as one near miss
per name, the works as pairs).
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from .errors import LoadError
from .names import fold, has_cjk, identifier_url, name_key, same_name
from .model import MARKS, Person, Profile, Publication, slugify
from .profiles import LoadedProfile

DEFAULT_BASE = "https://example.org/kg/"


def check_http_iri(value: str, what: str, example: str) -> str:
    """``value`` if it is an absolute http(s) IRI with a host (and a valid port), without a query or a
    character an IRI cannot hold; else a UsageError naming ``what`` it is (the option it came from) and
    an ``example``. The one rule for a base kg mints IRIs from (``--base``) and for where pages are
    published (``kg import --base-url``).

    >>> check_http_iri("javascript:alert(1)/", "--base-url", "https://me.github.io/")
    Traceback (most recent call last):
    kg.errors.UsageError: --base-url 'javascript:alert(1)/' must be an absolute http(s) IRI such as https://me.github.io/
    """
    import re
    from urllib.parse import urlsplit

    from .errors import UsageError

    bad = UsageError(f"{what} {value!r} must be an absolute http(s) IRI such as {example}")
    if not isinstance(value, str) or re.search(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]', value):
        raise bad
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise bad from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or parts.query:
        raise bad
    return value


def check_base(base: str) -> str:
    """The base IRI for minted IRIs, checked by :func:`check_http_iri`, ending in ``/`` or ``#`` (one is
    added).

    >>> check_base("https://w3id.org/lab")
    'https://w3id.org/lab/'
    """
    base = check_http_iri(base, "base IRI (from --base or KG_BASE)", "https://example.org/kg/")
    return base if base.endswith(("/", "#")) else base + "/"


STRONG_IDS = ("orcid", "google_scholar", "dblp", "semantic_scholar", "openreview", "wikidata", "github", "homepage")
AGGREGATOR_FORMATS = ("aggregator", "bibtex")

TITLE_FUZZY = 88.0
ID_TITLE_FLOOR = 60.0
TITLE_NEAR = 75.0


# --- union-find with cannot-link constraints ------------------------------------------------


class Clusters:
    """Union-find over integer ids; ``forbid(a, b)`` keeps two ids apart for good."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.size = [1] * n
        self.apart: dict[int, set[int]] = defaultdict(set)
        self.tags: dict[int, set] = {}

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def forbid(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        self.apart[ra].add(rb)
        self.apart[rb].add(ra)

    def allowed(self, a: int, b: int) -> bool:
        # apart sets hold roots only (union renames the absorbed root in its partners' sets),
        # so this is one set lookup instead of a find() per id kept apart
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        kept = self.apart.get(ra)
        return not kept or rb not in kept

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.allowed(ra, rb):
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        moved = self.apart.pop(rb, None)
        if moved:
            for x in moved:
                if x != rb:
                    partner = self.apart[x]
                    partner.discard(rb)
                    partner.add(ra)
            if rb in moved:
                moved.discard(rb)
                moved.add(ra)
            self.apart[ra] |= moved
        if rb in self.tags:
            self.tags.setdefault(ra, set()).update(self.tags.pop(rb))
        return True

    def pin(self, refs: dict[str, list[int]], decisions: Decisions) -> None:
        """Apply pinned decisions: ``different`` pairs are kept apart for good, ``same`` pairs are
        joined whatever the rules say. ``refs`` maps a reference to the ids it names."""
        for a, b in decisions.different:
            for x in refs.get(a, []):
                for y in refs.get(b, []):
                    self.forbid(x, y)
        for a, b in decisions.same:
            ids = refs.get(a, []) + refs.get(b, [])
            if refs.get(a) and refs.get(b):
                for other in ids[1:]:
                    self.union(ids[0], other)

    def tag(self, x: int) -> set:
        """A set carried by x's group and joined on union (e.g. the pages it draws on)."""
        return self.tags.setdefault(self.find(x), set())

    def roots(self) -> list[int]:
        """Each id's root (what ``find`` gives), in one pass and no call per id: a parent is never greater than
        its child (``union`` hangs the greater root under the smaller; ``find`` only shortens paths;
        :func:`_people_by_part` hangs a kept person's mentions under its first, the smallest: whatever writes
        ``parent`` must keep this), so the parents' roots are known when their children are reached. The paths
        are left fully compressed."""
        parent = self.parent
        for i, p in enumerate(parent):
            parent[i] = parent[p]
        return list(parent)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i, root in enumerate(self.roots()):
            out[root].append(i)
        return out


# --- mentions ---------------------------------------------------------------------------------


@dataclass
class PersonMention:
    index: int
    name: str
    profile: int  # index of the profile it comes from
    kind: str  # owner | author | student | advisor
    ids: dict[str, str] = field(default_factory=dict)
    alt_names: list[str] = field(default_factory=list)
    work: int | None = None  # work mention index, for authors
    loc: tuple = ()  # its field path in the profile (LoadedProfile.line_of gives the YAML line)
    institution: str | None = None  # for students: where the page says they are


@dataclass
class WorkMention:
    """A publication entry of a page. What the merge reads of every entry is here as plain values (from the
    page's rows, :func:`page_rows`); the entry's model (:attr:`pub`) is read from its page's profile when first
    asked for (by the merge of a work a change reaches, or the mapping of a changed page)."""

    index: int
    profile: int
    page: LoadedProfile = field(repr=False, compare=False)
    authors: list[int]  # person mention indices, in order
    loc: tuple = ()  # the publication's field path in its profile (LoadedProfile.line_of gives the YAML line)
    title: str = ""
    year: int | None = None
    file: str = ""  # the entry's file ("" when none): two entries of one page and file are never one work
    doi: str | None = None
    arxiv: str | None = None
    authors_truncated: bool = False
    selfs: tuple = ()  # whether the page marks each author as its owner (``Author.is_self``), in order

    @property
    def pub(self) -> Publication:
        """The entry's model."""
        return self.page.profile.publications[self.loc[1]]


@dataclass
class Source:
    """One profile file and the page it was imported from; its IRI names a graph."""

    iri: str
    loaded: LoadedProfile

    @property
    def profile(self) -> Profile:
        return self.loaded.profile

    @property
    def format(self) -> str:
        return self.loaded.rows.format


@dataclass
class PersonNode:
    """A merged person. Its merged facts (:attr:`person`) are read from :attr:`record` when first used if the
    merge took them from the previous build's (:class:`_Records`): a rebuild after one page changed reads
    those of a few people only (the mapping keys the others by :attr:`person_digest`)."""

    iri: str
    mentions: list[PersonMention]
    name: str  # the merged name (``person.name``)
    owner_of: list[int] = field(default_factory=list)  # profile indices
    sources: list[int] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # institutions from student lists
    record: bytes | None = None
    """:attr:`person` pickled, when the merge keeps its people's records for the next one."""
    known_digest: bytes | None = None
    """:attr:`person_digest` when the merge knows it (kept with the record)."""

    @classmethod
    def merged(cls, iri: str, mentions: list[PersonMention], person: Person, **rest) -> PersonNode:
        """A person whose merged facts are at hand."""
        node = cls(iri=iri, mentions=mentions, name=person.name, **rest)
        node.__dict__["person"] = person  # what the cached property would read back from the record
        return node

    @cached_property
    def person(self) -> Person:
        """The merged facts."""
        return pickle.loads(self.record)

    @property
    def person_digest(self) -> bytes:
        """A digest of :attr:`person`'s content (its JSON), without reading it back when the merge kept it."""
        return self.known_digest or pub_digest(self.person)


@dataclass
class WorkNode:
    """A merged work. Its merged facts (:attr:`pub`) are read from :attr:`record` when first used if the merge
    took them from the previous build's (:class:`_Records`): a rebuild after one page changed reads those of
    a few works only (the mapping keys the others by :attr:`pub_digest`)."""

    iri: str
    mentions: list[WorkMention]
    authors: list[str]  # person IRIs in order
    title: str  # the merged title (``pub.title``)
    sources: list[int] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    """Owners of the pages listing the work whom a truncated author list leaves out."""
    record: bytes | None = None
    """:attr:`pub` pickled, when the merge keeps its works' records for the next one."""
    known_digest: bytes | None = None
    """:attr:`pub_digest` when the merge knows it (kept with the record)."""

    @classmethod
    def merged(cls, iri: str, mentions: list[WorkMention], pub: Publication, authors: list[str], **rest) -> WorkNode:
        """A work whose merged facts are at hand."""
        node = cls(iri=iri, mentions=mentions, authors=authors, title=pub.title, **rest)
        node.__dict__["pub"] = pub  # what the cached property would read back from the record
        return node

    @cached_property
    def pub(self) -> Publication:
        """The merged facts."""
        return pickle.loads(self.record)

    @property
    def pub_digest(self) -> bytes:
        """A digest of :attr:`pub`'s content (its JSON), without reading it back when the merge kept it."""
        return self.known_digest or pub_digest(self.pub)

    @property
    def alternate_titles(self) -> list[str]:
        """Other titles the sources give (retitled versions)."""
        return sorted({m.title for m in self.mentions} - {self.title})


@dataclass
class Conflict:
    kind: str  # person | work
    iri: str
    field: str
    values: dict[str, list[str]]  # value -> source IRIs
    chosen: str

    def as_dict(self) -> dict:
        return {"kind": self.kind, "iri": self.iri, "field": self.field, "chosen": self.chosen,
                "values": {k: v for k, v in sorted(self.values.items())}}


@dataclass
class NearMiss:
    kind: str
    a: str
    b: str
    reason: str
    score: float

    def as_dict(self) -> dict:
        return {"kind": self.kind, "a": self.a, "b": self.b, "reason": self.reason, "score": round(self.score, 1)}


@dataclass
class NamesakesApart:
    """The people of one name (one :func:`name_key`) kept apart: one near miss per name, not one per two of its
    people (those pairs grow as the square of a name's people: 979k of them at 2M triples of the bench's corpus).
    ``people``: (IRI, name, reason) by IRI; the reason is "different identifiers" when the person and another of
    the name have identifiers, else "same name, no shared coauthor or page". Two of the people are kept apart by
    their identifiers when both reasons say so, else by sharing no coauthor or page."""

    name: str
    people: list[tuple[str, str, str]]
    kind: str = "person"
    score: float = 100.0

    def as_dict(self) -> dict:
        return {"kind": self.kind, "name": self.name,
                "people": [{"iri": iri, "name": name, "reason": reason} for iri, name, reason in self.people],
                "score": round(self.score, 1)}


@dataclass
class Decisions:
    """Pinned identity decisions: pairs of references that are or are not one node.

    A reference is an IRI (full or relative to the base, ``person/chang-xu``), an
    identifier ``google_scholar:N4F_3eoAAAAJ``, a person's name, or a work's title.
    """

    same: list[tuple[str, str]] = field(default_factory=list)
    different: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Decisions:
        import yaml

        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except FileNotFoundError:
            raise LoadError("no such file", path=str(path)) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise LoadError("not valid YAML", path=str(path), line=mark.line + 1 if mark else None) from None
        if not isinstance(data, dict) or set(data) - {"same", "different"}:
            raise LoadError("a decisions file holds only 'same:' and 'different:' lists of pairs", path=str(path))
        out = cls()
        for key in ("same", "different"):
            for pair in data.get(key) or []:
                if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
                    raise LoadError(f"each '{key}' entry must be a pair of strings: {pair!r}", path=str(path))
                getattr(out, key).append((pair[0], pair[1]))
        return out


@dataclass
class Corpus:
    """The merged result: sources, people and works with IRIs, conflicts and near misses."""

    base: str
    sources: list[Source]
    people: dict[str, PersonNode]
    works: dict[str, WorkNode]
    conflicts: list[Conflict]
    near_misses: list[NamesakesApart | NearMiss]
    """One entry per name whose people are kept apart (by name), then the works' near misses (pairs)."""
    person_of_mention: dict[int, str]
    work_of_mention: dict[int, str]
    person_mentions: list[PersonMention]
    work_mentions: list[WorkMention]
    unmatched_decisions: list[str] = field(default_factory=list)
    """References in decisions.yaml that name no person or work (a typo, or a node that is gone)."""
    merge_table: dict | None = None
    """What a later merge can take from this one (``resolve(previous=...)``), when it was asked to keep it."""
    merge_parts: tuple[int, int] = (0, 0)
    """(parts of the people, how many of them this merge resolved) when it was asked to keep its table."""
    works_table: dict | None = None
    """The merged works' records by their IRI and key (:class:`_Records`), when the merge was given page keys."""
    merge_works: tuple[int, int] = (0, 0)
    """(works, how many of them this merge merged again) when it kept :attr:`works_table`."""
    people_table: dict | None = None
    """The merged people's records by their key (:class:`_Records`), when the merge was given page keys."""
    merge_people: tuple[int, int] = (0, 0)
    """(people, how many of them this merge merged again) when it kept :attr:`people_table`."""

    @cached_property
    def _by_profile(self) -> tuple[dict[int, list[PersonMention]], dict[int, list[WorkMention]]]:
        people: dict[int, list[PersonMention]] = defaultdict(list)
        for m in self.person_mentions:
            people[m.profile].append(m)
        works: dict[int, list[WorkMention]] = defaultdict(list)
        for w in self.work_mentions:
            works[w.profile].append(w)
        return people, works

    def mentions_of(self, profile_index: int) -> list[PersonMention]:
        """The person mentions of one source, in page order."""
        return self._by_profile[0].get(profile_index, [])

    def works_of(self, profile_index: int) -> list[WorkMention]:
        return self._by_profile[1].get(profile_index, [])

    @cached_property
    def _owner_iris(self) -> dict[int, str]:
        return {p: iri for iri, node in self.people.items() for p in node.owner_of}

    def owner_iri(self, profile_index: int) -> str:
        return self._owner_iris[profile_index]

    def person_by_slug(self, slug: str) -> PersonNode | None:
        """The profile owner whose slug (or IRI tail) is ``slug``."""
        for iri, node in self.people.items():
            if node.owner_of and (iri.rstrip("/").rsplit("/", 1)[-1] == slug or slugify(node.name) == slug):
                return node
        return None

    def iri_refs(self) -> dict[str, list[int]]:
        """Every person and work IRI, full and relative to the base, -> its mention indices."""
        out: dict[str, list[int]] = {}
        for iri, node in self.people.items():
            out[iri] = out[iri.removeprefix(self.base)] = [m.index for m in node.mentions]
        for iri, work in self.works.items():
            out[iri] = out[iri.removeprefix(self.base)] = [m.index for m in work.mentions]
        return out

    def owners(self) -> list[PersonNode]:
        return [n for n in self.people.values() if n.owner_of]

    def report(self) -> dict:
        merged_people = [
            {"iri": n.iri, "name": n.name, "mentions": len(n.mentions),
             "sources": sorted({self.sources[m.profile].iri for m in n.mentions})}
            for n in self.people.values()
            if len({m.profile for m in n.mentions}) > 1
        ]
        merged_works = [
            {"iri": w.iri, "title": w.title,
             "titles": sorted({m.title for m in w.mentions}),
             "sources": sorted({self.sources[m.profile].iri for m in w.mentions})}
            for w in self.works.values()
            if len(w.mentions) > 1
        ]
        return {
            "sources": [s.iri for s in self.sources],
            "people": len(self.people),
            "works": len(self.works),
            "people_merged": merged_people,
            "works_merged": merged_works,
            "conflicts": [c.as_dict() for c in self.conflicts],
            "near_misses": [n.as_dict() for n in self.near_misses],
            "unmatched_decisions": self.unmatched_decisions,
        }


# --- keys -------------------------------------------------------------------------------------


def title_key(title: str) -> str:
    return " ".join(fold(title).split())


def normalize_homepage(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return re.sub(r"(/index\.html?)?/?$", "", url)


def _short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


# --- the merge ---------------------------------------------------------------------------------


def resolve(loaded: list[LoadedProfile], base: str = DEFAULT_BASE, decisions: Decisions | None = None,
            previous: dict | None = None, page_keys: dict[str, str] | None = None) -> Corpus:
    """Join the people and works of several profiles into one corpus.

    ``previous``: what an earlier merge kept (its :attr:`Corpus.merge_table`; ``{}`` when there is none, to
    make one): the parts of the people (:func:`person_parts`) it resolved are taken from it where their
    mentions are the same, and resolved again where not; the result is the same as without it.
    ``page_keys``: with ``previous``, a key of each profile's content by its path (``str(path)``; the build
    cache's key of the file's name and bytes): a merged work whose entries are the same entries of the same
    pages, with the same people, as in the previous merge is that merge's record (:func:`_work_key`).

    >>> from kg.model import Profile, Person, Publication, Author
    >>> from pathlib import Path
    >>> a = Profile(person=Person(name="Ada Lovelace"), publications=[Publication(title="Notes", year=1843,
    ...     authors=[Author(name="Ada Lovelace", is_self=True), Author(name="Charles Babbage")])])
    >>> b = Profile(person=Person(name="Charles Babbage"), publications=[Publication(title="Notes", year=1843,
    ...     authors=[Author(name="A. Lovelace"), Author(name="Charles Babbage", is_self=True)])])
    >>> c = resolve([LoadedProfile(a, Path("ada.yaml")), LoadedProfile(b, Path("charles.yaml"))])
    >>> len(c.people), len(c.works)
    (2, 1)
    """
    base = check_base(base)
    decisions = decisions or Decisions()
    loaded = sorted(loaded, key=lambda lp: str(lp.path))
    iri_refs: dict[str, list[int]] = {}
    pairs = decisions.same + decisions.different
    if any(_is_iri_ref(x, base) for pair in pairs for x in pair):
        # IRIs are minted after the merge: a first pass without the IRI pairs tells which
        # mentions each IRI of the report stands for
        first = resolve(loaded, base, Decisions(
            same=[p for p in decisions.same if not any(_is_iri_ref(x, base) for x in p)],
            different=[p for p in decisions.different if not any(_is_iri_ref(x, base) for x in p)]))
        iri_refs = first.iri_refs()
    sources = _sources(loaded, base)
    pm, wm = _mentions(loaded)
    table = None
    if previous is not None and not pairs:
        people, table, resolved, rows, kept_parts = _people_by_part(
            pm, wm, loaded, base, previous.get("people") or {}, page_keys, previous.get("rows"), previous.get("parts"))
    else:
        people = _cluster_people(pm, wm, loaded, decisions, base, iri_refs)
    keep = page_keys is not None and table is not None
    titles = _title_keys(wm, loaded, page_keys, previous.get("titles")) if keep else None
    works, near = _cluster_works(wm, pm, people, sources, decisions, base, iri_refs,
                                 tkeys=titles[0] if titles else None)
    corpus = _build(base, sources, pm, wm, people, works, near,
                    works_memo=_Records(base, sources, wm, page_keys, previous.get("works")) if keep else None,
                    people_memo=_Records(base, sources, pm, page_keys, previous.get("persons")) if keep else None)
    if pairs:  # (every reference of every mention, only to tell which pinned ones name nothing)
        known = set(_person_refs(pm, loaded, base)) | set(_work_refs(wm)) | set(iri_refs)
        corpus.unmatched_decisions = sorted({x for pair in pairs for x in pair} - known)
    if table is not None:
        corpus.merge_table = {"people": table}
        if rows:
            corpus.merge_table["rows"] = rows
        if kept_parts:
            corpus.merge_table["parts"] = kept_parts
        if keep:
            corpus.merge_table["titles"] = titles[1]
            corpus.merge_table["works"] = corpus.works_table
            corpus.merge_table["persons"] = corpus.people_table
        corpus.merge_parts = (len(table), resolved)
    return corpus


def _is_iri_ref(ref: str, base: str) -> bool:
    return ref.startswith((base, "person/", "work/"))


def _sources(loaded: list[LoadedProfile], base: str) -> list[Source]:
    out, seen = [], Counter()
    for lp in loaded:
        stem = slugify(lp.path.stem)
        seen[stem] += 1
        suffix = f"-{seen[stem]}" if seen[stem] > 1 else ""
        out.append(Source(iri=f"{base}source/{stem}{suffix}", loaded=lp))
    return out


class PageRows(NamedTuple):
    """What the merge reads of one page, and what the merged graph's unit keys read of it (kg.graph.merged_units),
    as plain values. Identifiers are (kind, value) pairs in the order the mentions give them (a homepage
    normalized). The build cache keeps them with the profile (kg.profiles.LoadedProfile.rows): a rebuild makes an
    unchanged page's mentions from these, not from its models."""

    format: str
    source: str | None  # the profile's ``source`` as JSON (None: none)
    owned: str  # the owner's own parts as JSON (kg.graph.OWNED_PARTS)
    owner: tuple  # (name, identifiers, other names)
    works: tuple  # (title, year, file, DOI, arXiv id, author list cut short, authors as (name, identifiers, is_self))
    students: tuple  # (name, identifiers, institution)
    advisors: tuple  # names


def page_rows(p: Profile) -> PageRows:
    """The page's :class:`PageRows`, from its models."""
    from .graph import OWNED_PARTS

    ids = dict(p.person.identifiers)
    if p.person.homepage:
        ids["homepage"] = normalize_homepage(p.person.homepage)
    owner = (p.person.name, tuple(ids.items()), tuple(p.person.alternate_names))
    works = []
    for pub in p.publications:
        authors = []
        for a in pub.authors:
            authors.append((a.name, _listed_ids(a.identifiers, a.url), a.is_self))
        works.append((pub.title, pub.year, pub.file or "", pub.doi, pub.arxiv, pub.authors_truncated, tuple(authors)))
    students = []
    for s in p.students:
        students.append((s.name, _listed_ids(s.identifiers, s.url), s.institution))
    return PageRows(p.source.format if p.source else "manual", p.source.model_dump_json() if p.source else None,
                    p.model_dump_json(include=OWNED_PARTS), owner, tuple(works), tuple(students),
                    tuple(p.person.advisors))


def _listed_ids(identifiers: dict, url: str | None) -> tuple[tuple[str, str], ...]:
    """A listed person's identifiers as (kind, value) pairs: those the page gives, else their link as a homepage."""
    ids = dict(identifiers)
    if url and not ids:
        ids["homepage"] = normalize_homepage(url)
    return tuple(ids.items())


def _mentions(loaded: list[LoadedProfile]) -> tuple[list[PersonMention], list[WorkMention]]:
    """The person and work mentions of every page, made from the pages' rows (:func:`page_rows`)."""
    pm: list[PersonMention] = []
    wm: list[WorkMention] = []

    # (each mention's field path, not its line: the lines are looked up only for validation's results, so a
    # rebuild without any leaves the profiles' line maps unread: kg.profiles.LoadedProfile, kg.build.Build)
    def add(name: str, prof: int, kind: str, ids: tuple = (), alt=(), work=None, loc=(), institution=None) -> int:
        m = PersonMention(len(pm), name, prof, kind, dict(ids), list(alt), work, loc, institution)
        pm.append(m)
        return m.index

    for pi, lp in enumerate(loaded):
        rows = lp.rows
        name, ids, alt = rows.owner
        works, students, advisors = rows.works, rows.students, rows.advisors
        add(name, pi, "owner", ids, alt, loc=("person",))
        for i, (title, year, file, doi, arxiv, truncated, authors) in enumerate(works):
            w = WorkMention(len(wm), pi, lp, [], ("publications", i), title, year, file, doi, arxiv, truncated,
                            tuple(a[2] for a in authors))
            wm.append(w)
            for j, (aname, aids, _self) in enumerate(authors):
                w.authors.append(add(aname, pi, "author", aids, (), w.index, ("publications", i, "authors", j)))
        for i, (sname, sids, institution) in enumerate(students):
            add(sname, pi, "student", sids, loc=("students", i), institution=institution)
        for i, aname in enumerate(advisors):
            add(aname, pi, "advisor", loc=("person", "advisors", i))
    return pm, wm


def _cluster_people(pm, wm, loaded, decisions: Decisions, base: str, iri_refs: dict | None = None,
                    only: set[int] | None = None, coauthors: dict[int, set[str]] | None = None) -> Clusters:
    """The people: a union-find over the person mentions. ``only``: resolve just these mentions (whole
    parts of :func:`person_parts`, which no rule links to the rest); the others stay alone."""
    uf = Clusters(len(pm))
    owners = {m.profile: m.index for m in pm if m.kind == "owner"}
    pm_all, wm_all = pm, wm
    if only is not None:
        pm = [m for m in pm if m.index in only]
        wm = [w for w in wm if any(a in only for a in w.authors)]

    # identifiers that conflict can never be joined: every cluster carries its ids
    cluster_ids: dict[int, dict[str, set[str]]] = {m.index: {k: {v} for k, v in m.ids.items()} for m in pm}

    def join(a: int, b: int) -> bool:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return True
        ia, ib = cluster_ids[ra], cluster_ids[rb]
        for kind in set(ia) & set(ib):
            if kind != "homepage" and ia[kind] != ib[kind]:
                return False
        if not uf.union(ra, rb):
            return False
        r = uf.find(ra)
        merged = {k: set(v) for k, v in ia.items()}
        for k, v in ib.items():
            merged.setdefault(k, set()).update(v)
        cluster_ids[r] = merged
        return True

    # 0. two authors of one paper are two people ("Lin Chen" and "Chen Lin" on one author list)
    for w in wm:
        authors = w.authors if only is None else [a for a in w.authors if a in only]
        for n, a in enumerate(authors):
            for b in authors[n + 1:]:
                uf.forbid(a, b)
    # pinned decisions that keep people apart
    if decisions.same or decisions.different:
        refs = _person_refs(pm, loaded, base)
        for ref, mentions in (iri_refs or {}).items():
            if ref.startswith(("person/", f"{base}person/")):
                refs[ref] = mentions
        uf.pin(refs, decisions)

    # 1. shared identifiers
    by_id: dict[tuple[str, str], int] = {}
    for m in pm:
        for kind, value in sorted(m.ids.items()):
            key = (kind, value.lower() if kind != "google_scholar" else value)
            if key in by_id:
                join(by_id[key], m.index)
            else:
                by_id[key] = m.index

    # 2. the owner and the author mentions marked as the owner
    for m in pm:
        if m.kind == "author" and m.work is not None:
            w = wm_all[m.work]
            if w.selfs[w.authors.index(m.index)]:
                join(owners[m.profile], m.index)

    # 3. names, with context. Key every mention by its name and the owner's other-script names.
    by_name: dict[str, list[int]] = defaultdict(list)
    for m in pm:
        by_name[name_key(m.name)].append(m.index)
        for alt in m.alt_names:
            by_name[name_key(alt)].append(m.index)

    if coauthors is None:
        coauthors = _coauthor_keys(pm_all, wm_all)
    else:
        coauthors = defaultdict(set, {m.index: set(coauthors[m.index]) for m in pm if m.index in coauthors})

    def context(a: int, b: int) -> bool:
        ma, mb = pm_all[a], pm_all[b]
        if ma.profile == mb.profile:
            return True
        if ma.kind == "owner" or mb.kind == "owner":
            return True
        return bool(coauthors[uf.find(a)] & coauthors[uf.find(b)])

    def cluster_coauthors() -> None:
        # recompute coauthor keys per cluster root
        new: dict[int, set[str]] = defaultdict(set)
        for m in pm:
            new[uf.find(m.index)] |= coauthors.get(m.index, set())
        coauthors.update(new)

    for _round in range(2):
        for key in sorted(by_name):
            idx = by_name[key]
            if len(idx) < 2:
                continue
            # mentions carrying identifiers first, so id-less ones join an identified person
            idx = sorted(idx, key=lambda i: (not cluster_ids[uf.find(i)], i))
            roots: list[int] = []
            for i in idx:
                candidates = [r for r in roots if uf.allowed(r, i) and _compatible(cluster_ids[uf.find(r)], cluster_ids[uf.find(i)])]
                candidates = [r for r in candidates if context(r, i)]
                if not candidates:
                    roots.append(i)
                    continue
                if len({uf.find(r) for r in candidates}) > 1:
                    # several people carry this name: the one sharing most coauthors wins
                    candidates.sort(key=lambda r: (-len(coauthors[uf.find(r)] & coauthors[uf.find(i)]),
                                                   -uf.size[uf.find(r)], r))
                join(candidates[0], i)
        cluster_coauthors()

    # 4. initials ("Y. Wang" ~ "Yunhe Wang") only with a shared coauthor or the same profile
    by_family: dict[tuple[str, str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for m in pm:
        toks = fold(m.name).split()
        if len(toks) < 2:
            continue
        initialed = any(len(t) == 1 for t in toks[:-1])
        by_family[(toks[-1], toks[0][0])][0 if initialed else 1].append(m.index)
    for key in sorted(by_family):
        short, full = by_family[key]
        for i in short:
            for j in full:
                if uf.find(i) != uf.find(j) and same_name(pm_all[i].name, pm_all[j].name) and context(i, j) and \
                        _compatible(cluster_ids[uf.find(i)], cluster_ids[uf.find(j)]) and \
                        (pm_all[i].profile == pm_all[j].profile or coauthors[uf.find(i)] & coauthors[uf.find(j)]):
                    join(i, j)
    return uf


def person_parts(pm: list[PersonMention], wm: list[WorkMention]) -> list[list[int]]:
    """The person mentions in connected parts, each part in index order, the parts by their first mention:
    mentions a people rule can ever join are in one part (the same name key or alternate name, the same
    identifier, the same family name and first initial, an author marked as the page's owner). No rule
    reads across parts, so each part's people are the same whether it is resolved with the others or
    alone (:func:`_people_by_part`; ``scripts/merge_reach.py`` measures how far one page reaches).

    The union-find runs over the keys, not the mentions: two mentions sharing a key are in one part, so a
    mention's part is its keys' part, and the mentions that name one person the same way (most of them: at
    1M triples of the bench's corpus 102,632 mentions, far fewer ways) have their keys read and joined once."""
    parent: list[int] = []  # over the keys' numbers; a parent is never greater than its child
    numbers: dict[tuple, int] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def number(key: tuple) -> int:
        n = numbers.get(key)
        if n is None:
            n = numbers[key] = len(parent)
            parent.append(n)
        return n

    def join(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_way: dict[tuple, int] = {}  # (name, other names, identifiers) -> the number of its first key
    first = [0] * len(pm)
    for m in pm:
        way = (m.name, tuple(m.alt_names), tuple(m.ids.items()))
        n = by_way.get(way)
        if n is None:
            keys = [("name", name_key(m.name))] + [("name", name_key(alt)) for alt in m.alt_names]
            keys += [("id", kind, value.lower()) for kind, value in m.ids.items()]
            toks = fold(m.name).split()
            if len(toks) >= 2:
                keys.append(("initials", toks[-1], toks[0][0]))
            n = by_way[way] = number(keys[0])
            for key in keys[1:]:
                join(n, number(key))
        first[m.index] = n
    owner = {m.profile: m.index for m in pm if m.kind == "owner"}
    for w in wm:
        for is_self, mi in zip(w.selfs, w.authors):
            if is_self:
                join(first[owner[w.profile]], first[mi])
    parts: dict[int, list[int]] = {}
    for i, n in enumerate(first):
        root = find(n)
        part = parts.get(root)
        if part is None:
            parts[root] = [i]
        else:
            part.append(i)
    return sorted(parts.values(), key=lambda g: g[0])


def _mention_strings(loaded, count: Counter, page_keys: dict[str, str] | None, previous: dict | None,
                     compute) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    """One string per mention, page by page (``count``: page index -> its mentions, which stand together in
    page order): with ``page_keys``, a page whose key the previous merge kept (``previous``: page key -> its
    rows) takes those rows; ``compute`` gets the other pages as (page index, their mentions' range) pairs,
    all at once, and gives their rows in that order. Returns the rows by mention index and this merge's by page
    key, for the next merge."""
    keys = [page_keys.get(str(lp.path)) if page_keys is not None else None for lp in loaded]
    previous = previous if isinstance(previous, dict) else {}
    pages: list = [previous.get(key) if key is not None else None for key in keys]
    todo, at = [], 0
    for pi, got in enumerate(pages):
        n = count[pi]
        if not (isinstance(got, tuple) and len(got) == n and all(type(r) is str for r in got)):
            todo.append((pi, range(at, at + n)))
        at += n
    if todo:
        for (pi, _span), got in zip(todo, compute(todo)):
            pages[pi] = got
    kept = {key: got for key, got in zip(keys, pages) if key is not None}
    return [r for got in pages for r in got], kept


def _mention_rows(pm: list[PersonMention], wm: list[WorkMention], loaded, page_keys: dict[str, str] | None,
                  previous: dict | None) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    """What the people rules read of each person mention that does not depend on the part it falls in: its
    name, kind, identifiers, other names, whether the page marks it as the owner and its coauthors' name keys,
    as one string per mention. All of it is read from the mention's own page (a coauthor is on the same work,
    the owner on the same page), so a page the previous merge kept takes its rows (:func:`_mention_strings`; at 1M
    triples the sorted identifiers and coauthors of 102,632 mentions were about half of the part digests'
    0.5 CPU s)."""

    def compute(todo):
        pages = {pi for pi, _span in todo}
        coauthors = _coauthor_keys(pm, wm, pages)
        marked = {mi for w in wm if w.profile in pages for is_self, mi in zip(w.selfs, w.authors) if is_self}
        return [tuple(repr((m.name, m.kind, sorted(m.ids.items()), m.alt_names, i in marked,
                            sorted(coauthors.get(i, ()))))
                      for i in span for m in (pm[i],))
                for _pi, span in todo]

    return _mention_strings(loaded, Counter(m.profile for m in pm), page_keys, previous, compute)


def _title_keys(wm: list[WorkMention], loaded, page_keys: dict[str, str],
                previous: dict | None) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    """The :func:`title_key` of each work mention (what the works merge compares), a page the previous merge
    kept taking its own (:func:`_mention_strings`; at 1M triples 18,160 titles, about 0.09 CPU s)."""
    return _mention_strings(loaded, Counter(w.profile for w in wm), page_keys, previous,
                            lambda todo: [tuple(title_key(wm[i].title) for i in span) for _pi, span in todo])


def _part_key(part: list[int], pm: list[PersonMention], rows: list[str]) -> str:
    """A digest of everything the people rules read of one part's mentions (:func:`_mention_rows`), with pages
    and works numbered within the part (the rules compare them only for equality) and the mentions in their
    order."""
    pages: dict[int, int] = {}
    works: dict[int, int] = {}
    out = []
    for i in part:
        m = pm[i]
        work = m.work
        out.append(f"{rows[i]}|{pages.setdefault(m.profile, len(pages))}|"
                   f"{'' if work is None else works.setdefault(work, len(works))}\n")
    # (one digest of the rows joined: the digest the rows given one by one gave, without a call per mention)
    return hashlib.sha256("".join(out).encode("utf-8")).hexdigest()


def _part_keys(parts: list[list[int]], pm: list[PersonMention], rows: list[str], loaded,
               page_keys: dict[str, str] | None, previous: dict | None) -> tuple[list[str], dict]:
    """The :func:`_part_key` of each part, a part the previous merge had taking that merge's key without its rows
    formatted (at 1M triples 102,632 rows, 0.14 CPU s); and, for the next merge, each part by its first mention
    (its page's key and its position there) as (key, size, the keys of the pages it has mentions on).

    A part of the previous merge all of whose pages are here, unchanged (the same keys, in the same order), is a
    part here too: what joins its mentions is read from them alone, and they are all here. So a part here whose
    first mention was the first of such a part, and of its size, is that part (a changed page's mention joining
    it would make it larger), with the same rows in the same order: the same key."""
    keys_of = [page_keys.get(str(lp.path)) for lp in loaded] if page_keys is not None else None
    order = tuple(keys_of) if keys_of is not None and None not in keys_of and len(set(keys_of)) == len(keys_of) \
        else None
    first: dict[int, int] = {}  # page -> its first mention (a page's mentions stand together)
    if order is not None:
        for m in pm:
            first.setdefault(m.profile, m.index)
    old = previous.get("first") if isinstance(previous, dict) and order is not None else None
    same: set[str] = set()  # the pages here, when the previous merge's parts can be taken by their first mentions
    if isinstance(old, dict) and isinstance(previous.get("order"), tuple):
        here, there = set(order), set(previous["order"])
        if [key for key in previous["order"] if key in here] == [key for key in order if key in there]:
            same = here  # (the pages kept are in the order they were)
    keys: list[str] = []
    table: dict[tuple, tuple] = {}
    for part in parts:
        i = part[0]
        at = (order[pm[i].profile], i - first[pm[i].profile]) if order is not None else None
        got = old.get(at) if same else None
        if isinstance(got, tuple) and len(got) == 3 and type(got[0]) is str and got[1] == len(part) \
                and isinstance(got[2], tuple) and all(page in same for page in got[2]):
            keys.append(got[0])
            table[at] = got
            continue
        key = _part_key(part, pm, rows)
        keys.append(key)
        if at is not None:
            table[at] = (key, len(part), tuple(sorted({order[pm[j].profile] for j in part})))
    return keys, ({"order": order, "first": table} if order is not None else {})


def _people_by_part(pm, wm, loaded, base: str, previous: dict, page_keys: dict[str, str] | None = None,
                    previous_rows: dict | None = None, previous_parts: dict | None = None
                    ) -> tuple[Clusters, dict, int, dict, dict]:
    """:func:`_cluster_people` (without pinned decisions) part by part: a part whose digest the previous
    build resolved takes that build's people (as positions within the part), the others are resolved.
    Returns the clusters, this build's table (part digest -> its people) for the next build, how many
    parts were resolved, the mentions' rows by page key (:func:`_mention_rows`) and the parts by their first
    mentions (:func:`_part_keys`) for the next build."""
    parts = person_parts(pm, wm)
    rows, kept_rows = _mention_rows(pm, wm, loaded, page_keys, previous_rows)
    uf = Clusters(len(pm))
    table: dict[str, tuple] = {}
    todo: list[tuple[str, list[int]]] = []
    keys, kept_parts = _part_keys(parts, pm, rows, loaded, page_keys, previous_parts)
    for key, part in zip(keys, parts):
        got = previous.get(key)
        if isinstance(got, tuple) and sorted(p for g in got for p in g) == list(range(len(part))):
            table[key] = got
        else:
            todo.append((key, part))
    if todo:
        only = {i for _key, part in todo for i in part}
        # the coauthors of the pages these mentions are on (all a mention's coauthors are on its page)
        coauthors = _coauthor_keys(pm, wm, {pm[i].profile for i in only})
        fresh = _cluster_people(pm, wm, loaded, Decisions(), base, only=only, coauthors=coauthors)
        for key, part in todo:
            at = {i: n for n, i in enumerate(part)}
            groups: dict[int, list[int]] = defaultdict(list)
            for i in part:
                groups[fresh.find(i)].append(at[i])
            table[key] = tuple(sorted(tuple(g) for g in groups.values()))
    # each person's mentions under its first (the root a union-find over everything gives)
    parent = uf.parent
    for key, part in zip(keys, parts):
        for group in table[key]:
            root = part[group[0]]
            for n in group:
                parent[part[n]] = root
    return uf, table, len(todo), kept_rows, kept_parts


def _compatible(ia: dict[str, set[str]], ib: dict[str, set[str]]) -> bool:
    return all(ia[k] == ib[k] for k in set(ia) & set(ib) if k != "homepage")


def _coauthor_keys(pm: list[PersonMention], wm: list[WorkMention],
                   profiles: set[int] | None = None) -> dict[int, set[str]]:
    """The name keys of each person mention's coauthors (and of its page's owner). ``profiles``: only the
    mentions of these pages (what a mention's coauthors are is read from its own page only)."""
    out: dict[int, set[str]] = defaultdict(set)
    if profiles is not None:
        pm_all = pm
        pm = [m for m in pm if m.profile in profiles]
        wm = [w for w in wm if w.profile in profiles]
    else:
        pm_all = pm
    for w in wm:
        keys = [name_key(pm_all[a].name) for a in w.authors]
        for a, k in zip(w.authors, keys):
            out[a] |= set(keys) - {k}
    owner_by_profile = {m.profile: m for m in pm if m.kind == "owner"}
    # the owner of a page is a coauthor of every work on it, listed or cut off by "et al."
    for w in wm:
        owner_key = name_key(owner_by_profile[w.profile].name)
        for a in w.authors:
            if name_key(pm_all[a].name) != owner_key:
                out[a].add(owner_key)
    for m in pm:
        if m.kind in ("student", "advisor"):
            out[m.index].add(name_key(owner_by_profile[m.profile].name))
    return out


def _person_refs(pm: list[PersonMention], loaded, base: str) -> dict[str, list[int]]:
    refs: dict[str, list[int]] = defaultdict(list)
    for m in pm:
        refs[m.name].append(m.index)
        for k, v in m.ids.items():
            refs[f"{k}:{v}"].append(m.index)
        if m.kind == "owner":
            slug = slugify(loaded[m.profile].rows.owner[0])
            for ref in (f"person/{slug}", f"{base}person/{slug}"):
                refs[ref].append(m.index)
    return refs


def _work_refs(wm: list[WorkMention]) -> dict[str, list[int]]:
    refs: dict[str, list[int]] = defaultdict(list)
    for w in wm:
        refs[w.title].append(w.index)
        if w.doi:
            refs[f"doi:{w.doi}"].append(w.index)
        if w.arxiv:
            refs[f"arxiv:{w.arxiv}"].append(w.index)
    return refs


def _person_iri_wanted(base: str, names: list[str], ids: dict[str, set[str]], owner_slugs: list[str]) -> str:
    """The IRI a person's own content gives, before namesakes are told apart (:func:`_unique_iri`)."""
    if owner_slugs:
        return f"{base}person/{sorted(owner_slugs)[0]}"
    latin = [n for n in names if not has_cjk(n)] or names
    slug = slugify(Counter(latin).most_common(1)[0][0] if latin else "anonymous")
    strong = [(k, sorted(ids[k])[0]) for k in STRONG_IDS if k in ids and k != "homepage"]
    if strong:
        return f"{base}person/{slug}-{_short_hash(':'.join(strong[0]), 6)}"
    return f"{base}person/{slug}"


def _unique_iri(iri: str, used: set[str], anchor: str) -> str:
    """``iri``, or when an earlier person has it, a namesake's IRI; added to ``used``."""
    if iri in used:
        # a second person with this name: a suffix from where they are first mentioned, not a
        # counter, so that the IRI does not depend on how many namesakes were seen before
        iri = f"{iri}-{_short_hash(anchor or iri, 6)}"
        while iri in used:
            iri = f"{iri}-{_short_hash(iri, 4)}"
    used.add(iri)
    return iri


def _alike_pairs(blocks: dict[str, list[int]], tkeys: list[str]) -> set[tuple[int, int]]:
    """The pairs (i < j) of entries in one block of at most 200 whose title keys are equal or at least
    TITLE_NEAR alike by ``fuzz.ratio``, and maybe some a little less alike: every other pair of a block
    is one the works merge skips. rapidfuzz compares a title with the rest of its block in one call."""
    from rapidfuzz import fuzz, process

    pairs: set[tuple[int, int]] = set()
    for t in sorted(blocks):
        idx = blocks[t]
        if len(idx) > 200:
            continue
        block_keys = [tkeys[i] for i in idx]
        for n, i in enumerate(idx[:-1]):
            for _title, _score, k in process.extract(block_keys[n], block_keys[n + 1:], scorer=fuzz.ratio,
                                                     score_cutoff=TITLE_NEAR - 1, limit=None):
                j = idx[n + 1 + k]
                pairs.add((i, j) if i < j else (j, i))
    return pairs


def _cluster_works(wm, pm, uf_people: Clusters, sources, decisions: Decisions, base: str,
                   iri_refs: dict | None = None, tkeys: list[str] | None = None):
    """The works: a union-find over the work mentions, and the near misses. ``tkeys``: each mention's
    :func:`title_key`, when the caller has them (:func:`_title_keys`)."""
    from rapidfuzz import fuzz

    uf = Clusters(len(wm))
    near: list[NearMiss] = []

    root = uf_people.roots()
    author_roots = [{root[a] for a in w.authors} for w in wm]
    author_keys = [{name_key(pm[a].name) for a in w.authors} for w in wm]
    years = [w.year for w in wm]
    if tkeys is None:
        tkeys = [title_key(w.title) for w in wm]

    def same_source(a: int, b: int) -> bool:
        wa, wb = wm[a], wm[b]
        return wa.profile == wb.profile and wa.file == wb.file

    def overlap(a: int, b: int) -> int:
        return max(len(author_roots[a] & author_roots[b]), len(author_keys[a] & author_keys[b]))

    def years_ok(a: int, b: int) -> bool:
        ya, yb = years[a], years[b]
        return ya is None or yb is None or abs(ya - yb) <= 1

    for w in wm:
        uf.tag(w.index).add((w.profile, w.file))

    def try_join(a: int, b: int) -> bool:
        # never join two entries of one page, nor two works already holding entries of one page
        if uf.tag(a) & uf.tag(b):
            return False
        return uf.union(a, b)

    # pinned decisions
    refs = _work_refs(wm)
    for ref, mentions in (iri_refs or {}).items():
        if ref.startswith(("work/", f"{base}work/")):
            refs[ref] = mentions
    uf.pin(refs, decisions)

    # 1. DOI / arXiv, unless the two entries have nothing else in common: a page that links the
    #    wrong arXiv id (a copy-paste slip) must not fuse two papers
    by_key: dict[str, list[int]] = defaultdict(list)
    for w in wm:
        for key in filter(None, [w.doi and "doi:" + w.doi.lower(), w.arxiv and "arxiv:" + w.arxiv]):
            for other in by_key[key]:
                if same_source(other, w.index) or uf.find(other) == uf.find(w.index):
                    continue
                alike = fuzz.token_set_ratio(tkeys[other], tkeys[w.index])
                if alike >= ID_TITLE_FLOOR or overlap(other, w.index):
                    try_join(other, w.index)
                else:
                    near.append(NearMiss("work", f"{wm[other].title} ({years[other]})",
                                         f"{wm[w.index].title} ({years[w.index]})",
                                         f"same {key} but titles {alike:.0f}% alike and no shared author", alike))
            by_key[key].append(w.index)

    # 2. equal titles; 3. fuzzy titles. Candidates share a rare title word.
    df: Counter = Counter()
    tokens = [set(t.split()) for t in tkeys]
    for toks in tokens:
        df.update(toks)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, toks in enumerate(tokens):
        rare = sorted(toks, key=lambda t: (df[t], t))[:3]
        for t in rare:
            blocks[t].append(i)
    pairs = _alike_pairs(blocks, tkeys)
    scored = []
    for i, j in pairs:
        if same_source(i, j):
            continue
        if tkeys[i] == tkeys[j]:
            score = 100.0
        else:
            score = fuzz.ratio(tkeys[i], tkeys[j])
            if score < TITLE_NEAR:
                continue
        scored.append((-score, i, j))
    scored.sort()
    for neg, i, j in scored:
        score = -neg
        if uf.find(i) == uf.find(j):
            continue
        ov = overlap(i, j)
        truncated = wm[i].authors_truncated or wm[j].authors_truncated
        need = 1 if score == 100.0 else 2
        if truncated:
            need = 1
        if score >= TITLE_FUZZY and years_ok(i, j) and ov >= need and try_join(i, j):
            continue
        if score >= TITLE_NEAR and uf.find(i) != uf.find(j):
            reason = []
            if score < TITLE_FUZZY:
                reason.append(f"titles {score:.0f}% alike")
            if not years_ok(i, j):
                reason.append(f"years {years[i]} and {years[j]}")
            if ov < need:
                reason.append(f"{ov} shared authors")
            near.append(NearMiss("work", f"{wm[i].title} ({years[i]})", f"{wm[j].title} ({years[j]})",
                                 ", ".join(reason) or "same page", score))
    return uf, near


def _pick(values: list[tuple[str | None, int]], rank) -> str | None:
    """The value of the best-ranked source among those that give one."""
    given = [(rank(src), v) for v, src in values if v not in (None, "", [])]
    if not given:
        return None
    given.sort(key=lambda x: x[0])
    return given[0][1]


class _Records:
    """The merged records of the previous merge's people or works, by what they are computed from (:meth:`person_key`,
    :meth:`work_key`), each as (the IRI its content gives before namesakes are told apart, the IRI it got, the
    record pickled, a digest of that pickle, the record's :func:`pub_digest`, its name or title, its conflicts, a
    work's authors' IRIs (a person's: ())); and this merge's, for the next one. A rebuild after one page changed
    merges again only the people and works with a mention on a page that changed, or whose authors changed, and
    reads back none of the others' records (:class:`PersonNode`, :class:`WorkNode`); nor does it work out their
    IRIs from their names and titles again (at 1M triples 15,455 slugs of titles), only tell namesakes apart."""

    def __init__(self, base: str, sources, mentions: list, page_keys: dict[str, str], previous) -> None:
        self.base = base
        self.pages = [(page_keys.get(str(src.loaded.path)), src.iri) for src in sources]
        self.first: dict[int, int] = {}  # profile -> its first mention (positions within the page)
        for m in mentions:
            self.first.setdefault(m.profile, m.index)
        self.previous = previous if isinstance(previous, dict) else {}
        self.table: dict[tuple, tuple] = {}
        self.merged = 0  # records merged again (the others: the previous merge's)

    def person_key(self, ms: list[PersonMention]) -> tuple | None:
        """What :func:`_person_iri_wanted` and :func:`_merge_person` read, given kg's code and the base: the
        person's mentions in order, each as its page (by its content key and source IRI) and its position there;
        the owners' profiles and the source ranks are read from those pages (their order is the mentions').
        None: a page without a key."""
        pages, first = self.pages, self.first
        rows = tuple((pages[m.profile], m.index - first[m.profile]) for m in ms)
        return None if any(page[0][0] is None for page in rows) else (self.base, rows)

    def work_key(self, ms: list[WorkMention], person_of_mention: dict[int, str]) -> tuple | None:
        """What :func:`_merge_work` and the work's IRI read, given kg's code and the base: its entries in merge
        order, each as the page (by its content key and source IRI), the entry's position there and the people
        of its authors. The source ranks are not in it: they only order the entries, and the order is. None: a
        page without a key."""
        pages, first = self.pages, self.first
        rows = tuple((pages[m.profile], m.index - first[m.profile], tuple(person_of_mention[a] for a in m.authors))
                     for m in ms)
        return None if any(page[0][0] is None for page in rows) else (self.base, rows)

    def wanted(self, key: tuple | None) -> tuple | None:
        """The previous merge's record of this key when it is whole (the pickle is not read: its own digest is
        checked), else None."""
        got = self.previous.get(key) if key is not None else None
        if not (isinstance(got, tuple) and len(got) == 8):
            return None
        wanted, iri, record, check, digest, name, conflicts, authors = got
        if not (type(wanted) is str and type(iri) is str and type(record) is bytes and _record_digest(record) == check
                and type(digest) is bytes and type(name) is str
                and type(conflicts) is tuple and all(type(c) is Conflict for c in conflicts)
                and type(authors) is tuple and all(type(a) is str for a in authors)):
            return None
        return got

    def take(self, key: tuple, got: tuple) -> None:
        """Keep the previous merge's record ``got`` (:meth:`wanted`) for the next merge."""
        self.table[key] = got

    def put(self, key: tuple | None, wanted: str, iri: str, merged, name: str, conflicts: list,
            authors: list[str] | tuple = ()) -> tuple | None:
        """Keep this merge's record of a person or work for the next merge; returns (the record pickled, its
        :func:`pub_digest`), or None when it is not kept (a page without a key)."""
        self.merged += 1
        if key is None:
            return None
        record = pickle.dumps(merged, protocol=pickle.HIGHEST_PROTOCOL)
        digest = pub_digest(merged)
        self.table[key] = (wanted, iri, record, _record_digest(record), digest, name, tuple(conflicts), tuple(authors))
        return record, digest


def _record_digest(record: bytes) -> bytes:
    return hashlib.blake2b(record, digest_size=16).digest()


def pub_digest(model: Publication | Person) -> bytes:
    """A digest of a merged record's content: a publication's (:attr:`WorkNode.pub_digest`) or a person's
    (:attr:`PersonNode.person_digest`)."""
    return hashlib.blake2b(model.model_dump_json().encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _build(base, sources, pm, wm, uf_people: Clusters, uf_w: Clusters, near: list[NearMiss],
           works_memo: _Records | None = None, people_memo: _Records | None = None) -> Corpus:
    conflicts: list[Conflict] = []

    # homepages before aggregators and bibliographies; then file order (each source's rank worked out once: the
    # works' entries are sorted by it, every work's at every merge)
    src_rank = [(src.format in AGGREGATOR_FORMATS, i) for i, src in enumerate(sources)].__getitem__

    # --- people
    people: dict[str, PersonNode] = {}
    person_of_mention: dict[int, str] = {}
    used: set[str] = set()
    groups = uf_people.groups()  # (each group's ids ascending: Clusters.groups lists them in order)
    ordered = sorted(groups.values(), key=lambda g: g[0])
    for g in ordered:
        ms = [pm[i] for i in g]
        owner_of = sorted({m.profile for m in ms if m.kind == "owner"})
        key = people_memo.person_key(ms) if people_memo is not None else None
        got = people_memo.wanted(key) if key is not None else None
        ids: dict[str, set[str]] | None = None
        if got is not None:
            wanted = got[0]
        else:
            ids = _ids_of(ms)
            wanted = _person_iri_wanted(base, [m.name for m in ms], ids,
                                        [slugify(sources[p].loaded.rows.owner[0]) for p in owner_of])
        first = ms[0]
        # a namesake's suffix comes from the page and the name as written there, not from the title of the work
        # it was first seen in: fixing a typo in a title must not rename the people of that work
        iri = _unique_iri(wanted, used, sources[first.profile].iri + "|" + first.name)
        rest = {"owner_of": owner_of, "sources": sorted({m.profile for m in ms})}
        if got is not None and got[1] == iri:  # the previous merge's record, read back only if used
            people_memo.take(key, got)
            conflicts.extend(got[6])
            node = PersonNode(iri=iri, mentions=ms, name=got[5], record=got[2], known_digest=got[4], **rest)
        else:
            n = len(conflicts)
            person = _merge_person(iri, ms, owner_of, sources, ids or _ids_of(ms), conflicts, src_rank)
            kept = (people_memo.put(key, wanted, iri, person, person.name, conflicts[n:])
                    if people_memo is not None else None)
            node = PersonNode.merged(iri, ms, person, **rest, **(
                {"record": kept[0], "known_digest": kept[1]} if kept else {}))
        for m in ms:
            person_of_mention[m.index] = iri
            if m.institution and m.institution not in node.affiliations:
                node.affiliations.append(m.institution)
        people[iri] = node

    people_iri_of_owner = {p: node.iri for node in people.values() for p in node.owner_of}

    # --- works
    works: dict[str, WorkNode] = {}
    work_of_mention: dict[int, str] = {}
    wgroups = uf_w.groups()
    used_w: set[str] = set()
    for g in sorted(wgroups.values(), key=lambda g: g[0]):
        ms = [wm[i] for i in g]
        ms.sort(key=lambda w: (src_rank(w.profile), w.index))
        primary = ms[0]
        key = works_memo.work_key(ms, person_of_mention) if works_memo is not None else None
        got = works_memo.wanted(key) if key is not None else None
        if got is not None:
            wanted = got[0]
        else:
            slug = slugify(primary.title)[:80].rstrip("-")
            year = primary.year
            wanted = f"{base}work/{slug}-{year}" if year else f"{base}work/{slug}"
        iri = wanted
        if iri in used_w:
            first_author = pm[primary.authors[0]].name if primary.authors else ""
            iri = f"{iri}-{_short_hash(primary.title + first_author, 6)}"
            while iri in used_w:  # a third work of this title, year and first author: never another's IRI
                iri = f"{iri}-{_short_hash(iri, 4)}"
        used_w.add(iri)
        pub = kept = None
        if got is not None and got[1] == iri:
            works_memo.take(key, got)
            _wanted, _iri, record, _check, digest, title, done, authors = got
            authors = list(authors)
            conflicts.extend(done)
        else:
            n = len(conflicts)
            pub, authors = _merge_work(iri, ms, pm, person_of_mention, sources, conflicts, src_rank)
            if works_memo is not None:
                kept = works_memo.put(key, wanted, iri, pub, pub.title, conflicts[n:], authors)
        owners = [people_iri_of_owner[m.profile] for m in ms if m.authors_truncated]
        unlisted = sorted({o for o in owners if o not in authors})
        rest = {"sources": sorted({m.profile for m in ms}), "unlisted": unlisted}
        if pub is None:  # the previous merge's record, read back only if used
            works[iri] = WorkNode(iri=iri, mentions=ms, authors=authors, title=title, record=record,
                                  known_digest=digest, **rest)
        else:
            works[iri] = WorkNode.merged(iri, ms, pub, authors, **rest, **(
                {"record": kept[0], "known_digest": kept[1]} if kept else {}))
        for m in ms:
            work_of_mention[m.index] = iri

    # name near misses: same folded family name and first initial, different people, on one page
    near = _person_near_misses(people) + sorted(near, key=lambda n: (n.kind, n.a, n.b))
    corpus = Corpus(base=base, sources=sources, people=people, works=works, conflicts=conflicts,
                    near_misses=near, person_of_mention=person_of_mention, work_of_mention=work_of_mention,
                    person_mentions=pm, work_mentions=wm)
    if works_memo is not None:
        corpus.works_table = works_memo.table
        corpus.merge_works = (len(works), works_memo.merged)
    if people_memo is not None:
        corpus.people_table = people_memo.table
        corpus.merge_people = (len(people), people_memo.merged)
    return corpus


DIFFERENT_IDS = "different identifiers"
NO_SHARED_CONTEXT = "same name, no shared coauthor or page"


def _ids_of(ms: list[PersonMention]) -> dict[str, set[str]]:
    """Each kind of identifier a person's mentions give -> the values they give."""
    ids: dict[str, set[str]] = defaultdict(set)
    for m in ms:
        for k, v in m.ids.items():
            ids[k].add(v)
    return ids


def _person_near_misses(people: dict[str, PersonNode]) -> list[NamesakesApart]:
    """One entry per name key held by several people, in key order, its people by IRI: linear in the people
    (no pairs are made)."""
    by_key: dict[str, list[PersonNode]] = defaultdict(list)
    for node in people.values():
        by_key[name_key(node.name)].append(node)
    out = []
    for key in sorted(k for k, nodes in by_key.items() if len(nodes) > 1):
        nodes = sorted(by_key[key], key=lambda n: n.iri)
        has_ids = [any(m.ids for m in n.mentions) for n in nodes]
        several = sum(has_ids) > 1  # a person's identifiers set it apart from another's only if both have some
        out.append(NamesakesApart(nodes[0].name, [
            (n.iri, n.name, DIFFERENT_IDS if ids and several else NO_SHARED_CONTEXT)
            for n, ids in zip(nodes, has_ids)]))
    return out


def _merge_person(iri, ms, owner_of, sources, ids, conflicts, src_rank) -> Person:
    """Owners take the union of their profiles' person facts; others get names and ids."""
    latin = [m.name for m in ms if not has_cjk(m.name)]
    if owner_of:
        persons = [(sources[p].loaded.person, p) for p in sorted(owner_of, key=src_rank)]
        base_person = persons[0][0].model_copy(deep=True)
        for other, p in persons[1:]:
            for attr in base_person.absorb(other):
                if attr in ("job_title", "email", "homepage"):
                    mine = str(getattr(base_person, attr))
                    conflicts.append(Conflict("person", iri, attr, {
                        mine: [sources[persons[0][1]].iri], str(getattr(other, attr)): [sources[p].iri]}, mine))
        for m in ms:
            if m.name != base_person.name and m.name not in base_person.alternate_names and \
                    name_key(m.name) != name_key(base_person.name) and has_cjk(m.name):
                base_person.alternate_names.append(m.name)
        return base_person
    counts = Counter(latin or [m.name for m in ms])
    name = sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
    alternates = sorted({m.name for m in ms} - {name}, key=lambda n: (fold(n), n))
    identifiers = {k: sorted(v)[0] for k, v in sorted(ids.items()) if k != "homepage"}
    for k, v in sorted(ids.items()):
        if k != "homepage" and len(v) > 1:
            conflicts.append(Conflict("person", iri, f"identifiers.{k}", {x: [] for x in sorted(v)}, sorted(v)[0]))
    homepage = None
    for m in ms:
        if "homepage" in m.ids and not identifiers:
            homepage = "https://" + m.ids["homepage"] if not m.ids["homepage"].startswith("http") else m.ids["homepage"]
            break
    person = Person(name=name, alternate_names=alternates, identifiers=identifiers)
    if homepage:
        try:
            person.homepage = homepage
        except ValueError:
            pass
    return person


def _merge_work(iri, ms: list[WorkMention], pm, person_of_mention, sources, conflicts, src_rank):
    primary = ms[0]
    # a shallow copy with its own containers: the merge appends to these lists and dicts and
    # reassigns fields, never changes a nested value (a deep copy was most of the merge's time)
    # (line and file are cleared in the copy: None is valid for both, no need to validate the assignment)
    pub = primary.pub.model_copy(update={"line": None, "file": None})
    pub.__dict__.update({k: type(v)(v) for k, v in pub.__dict__.items() if isinstance(v, (list, dict))})

    def values(attr):
        return [(getattr(m.pub, attr), m.profile) for m in ms]

    # a work on one page only (most works) has no other source to compare titles with or take values from
    for attr in ("year", "venue", "title") if len(ms) > 1 else ():
        distinct: dict[str, list[str]] = defaultdict(list)
        for v, p in values(attr):
            if v not in (None, ""):
                distinct[str(v)].append(sources[p].iri)
        # "Title." and "title" are one title; only real differences are conflicts
        if len({title_key(v) for v in distinct}) > 1:
            conflicts.append(Conflict("work", iri, attr, dict(distinct), str(getattr(pub, attr))))
    for attr in ("subtitle", "venue", "venue_full", "venue_type", "abstract", "doi", "arxiv", "pages", "volume", "date_text") \
            if len(ms) > 1 else ():
        if getattr(pub, attr) in (None, ""):
            v = _pick(values(attr), src_rank)
            if v is not None:
                setattr(pub, attr, v)
    if pub.year is None and len(ms) > 1:
        y = _pick(values("year"), src_rank)
        if y is not None:
            pub.year = y
    # the most precise date that agrees with the year
    dates = sorted({m.pub.date for m in ms if m.pub.date and (pub.year is None or m.pub.date[:4] == str(pub.year))},
                   key=lambda d: (-len(d), d))
    if dates:
        pub.date = dates[0]
    elif pub.date and pub.year and pub.date[:4] != str(pub.year):
        pub.date = None
    for m in ms[1:]:
        for k, v in m.pub.links.items():
            pub.links.setdefault(k, v)
        for k, v in m.pub.placeholder_links.items():
            pub.placeholder_links.setdefault(k, v)
        for link in m.pub.more_links:
            if link.url not in pub.links.values() and all(x.url != link.url for x in pub.more_links):
                pub.more_links.append(link)
        for n in m.pub.notes:
            if n not in pub.notes:
                pub.notes.append(n)
        for k in m.pub.keywords:
            if k not in pub.keywords:
                pub.keywords.append(k)
    # the fullest author list: untruncated first, then the longest, then the best source
    best = sorted(ms, key=lambda m: (m.authors_truncated, -len(m.authors), src_rank(m.profile)))[0]
    authors_iris = [person_of_mention[a] for a in best.authors]
    # union of marks per person across sources
    marks: dict[str, set[str]] = defaultdict(set)
    for m in ms:
        for a, mi in zip(m.pub.authors, m.authors):
            marks[person_of_mention[mi]].update(a.marks)
    # copies with the merged marks (valid marks, in the model's canonical order: what assigning them gave)
    pub.authors = [a.model_copy(update={"marks": sorted(marks[piri], key=MARKS.index), "is_self": False})
                   for a, piri in zip(best.pub.authors, authors_iris)]
    pub.authors_truncated = best.authors_truncated  # (the row the choice of best read, as source_triples reads it)
    return pub, authors_iris


def load_decisions(data_dirs: list[Path]) -> Decisions:
    """The ``decisions.yaml`` file of the first data folder that has one."""
    from .profiles import DECISIONS_FILE

    for d in data_dirs:
        p = Path(d) / DECISIONS_FILE
        if Path(d).is_dir() and p.exists():
            return Decisions.load(p)
    return Decisions()


def identifier_urls(identifiers: dict[str, str]) -> list[str]:
    out = []
    for k, v in sorted(identifiers.items()):
        try:
            url = identifier_url(k, v)
        except ValueError:
            url = None
        if url:
            out.append(url)
    return out

