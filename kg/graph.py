"""Graph mapping: a merged :class:`~kg.identity.Corpus` -> RDF quads (schema.org + FOAF + kg terms).

The default graph holds the merged, resolved statements; each source page is a
named graph holding what that page said (mapped onto the merged IRIs), so every
merged statement can be traced to the pages that said it. No blank nodes: every
node has an IRI minted from the base (design.md §5).

The same mapping functions serve both: they take model objects and IRIs, and
return triples.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Sequence
from contextlib import contextmanager
from itertools import chain
from typing import Final, Iterable

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from .identity import Corpus, identifier_urls
from .names import arxiv_id, name_parts
from .model import Person, Publication, slugify

from .vocab import FOAF, KG, PREFIXES, PROV, RDF, SCHEMA, XSD

_nodes: dict[str, NamedNode] = {}
_values: dict[int, str] = {}
"""id() of each cached node -> its IRI: reading ``.value`` back from Oxigraph makes a new string
each time, and the mapping's sort keys read millions of them. (Cached nodes live as long as the
module, so their ids stay theirs.)"""


def iri(value: str) -> NamedNode:
    node = _nodes.get(value)
    if node is None:
        node = _nodes[value] = NamedNode(value)
        _values[id(node)] = value
    return node


def S(term: str) -> NamedNode:
    return iri(SCHEMA + term)


def F(term: str) -> NamedNode:
    return iri(FOAF + term)


def K(term: str) -> NamedNode:
    return iri(KG + term)


A = iri(RDF + "type")
PROV_DERIVED = iri(PROV + "wasDerivedFrom")
XSD_GYEAR = iri(XSD + "gYear")
XSD_GYEARMONTH = iri(XSD + "gYearMonth")
XSD_DATE = iri(XSD + "date")
XSD_DATETIME = iri(XSD + "dateTime")
XSD_INT = iri(XSD + "integer")
XSD_POSINT = iri(XSD + "positiveInteger")
XSD_NONNEG = iri(XSD + "nonNegativeInteger")
XSD_BOOL = iri(XSD + "boolean")

_VOCABULARY = tuple(PREFIXES.values())
"""Namespaces whose cached IRIs :func:`_forget_nodes` keeps (the terms of the mapping)."""

MENTOR_LINKS = {"student": "mentored", "advisor": "advisor"}
"""The owner's link to a person mentioned as their student or their advisor."""

ROLE_OF_MARK = {"equal_contribution": "EqualContribution", "corresponding": "CorrespondingAuthor", "mentee": "MentoredAuthor"}

LINK_TYPES = {
    "code": "SoftwareSourceCode", "video": "VideoObject", "talk": "VideoObject", "slides": "PresentationDigitalDocument",
    "poster": "DigitalDocument", "supplement": "DigitalDocument", "bibtex": "DigitalDocument", "data": "Dataset",
    "project": "WebPage", "demo": "WebPage", "blog": "BlogPosting", "openreview": "WebPage", "other": "WebPage",
}


def text(value: str, lang: str | None = None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def date_literal(value: str) -> Literal:
    """An ISO partial date as xsd:gYear, xsd:gYearMonth or xsd:date."""
    dtype = {4: XSD_GYEAR, 7: XSD_GYEARMONTH}.get(len(value), XSD_DATE)
    return Literal(value, datatype=dtype)


def year_literal(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD_GYEAR)


def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]


def _name_literal(name: str) -> Literal:
    # no language tag: a name in Han characters may be Chinese or Japanese, and a tag would be a guess
    return Literal(name)


@dataclass
class Mapper:
    """Collects the (subject, predicate, object) statements of one graph."""

    base: str
    triples: list[tuple] = field(default_factory=list)

    def add(self, s: NamedNode, p: NamedNode, o) -> None:
        self.triples.append((s, p, o))

    def org(self, name: str, educational: bool = False, url: str | None = None) -> NamedNode:
        node = iri(f"{self.base}org/{slugify(name)[:80]}")
        self.add(node, A, S("EducationalOrganization" if educational else "Organization"))
        if educational:
            self.add(node, A, S("Organization"))
        self.add(node, A, F("Organization"))
        self.add(node, S("name"), text(name))
        if url:
            self.add(node, S("url"), iri(url))
        return node

    # --- people -------------------------------------------------------------------------

    def person_name(self, node: NamedNode, person: Person) -> None:
        self.add(node, A, S("Person"))
        self.add(node, A, F("Person"))
        self.add(node, S("name"), _name_literal(person.name))
        self.add(node, F("name"), _name_literal(person.name))
        parts = name_parts(person.name)
        if parts:
            for prop, value in zip(("givenName", "familyName"), parts):
                self.add(node, S(prop), text(value))
                self.add(node, F(prop), text(value))
        for alt in person.alternate_names:
            self.add(node, S("alternateName"), _name_literal(alt))
        for url in identifier_urls(person.identifiers):
            self.add(node, S("sameAs"), iri(url))
        for kind, value in sorted(person.identifiers.items()):
            pv = iri(f"{node.value}/id/{slugify(kind)}")
            self.add(node, S("identifier"), pv)
            self.add(pv, A, S("PropertyValue"))
            self.add(pv, S("propertyID"), text(kind))
            self.add(pv, S("value"), text(value))
        if person.homepage:
            self.add(node, S("url"), iri(person.homepage))
            self.add(node, F("homepage"), iri(person.homepage))

    def person(self, node: NamedNode, person: Person, source_key: str) -> None:
        """A profile owner: everything the profile says about the person."""
        self.person_name(node, person)
        if person.job_title:
            self.add(node, S("jobTitle"), text(person.job_title))
        for aff in person.affiliations:
            org = self.org(aff.name, url=aff.url)
            self.add(node, S("affiliation"), org)
            if aff.current:
                self.add(node, S("worksFor"), org)
        if person.email:
            self.add(node, S("email"), text(person.email))
            self.add(node, F("mbox"), iri(f"mailto:{person.email}"))
        if person.image:
            self.add(node, S("image"), iri(person.image))
            self.add(node, F("img"), iri(person.image))
        if person.description:
            self.add(node, S("description"), text(person.description))
        for _label, url in sorted(person.links.items()):
            self.add(node, S("mainEntityOfPage"), iri(url))
        for interest in person.interests:
            self.add(node, S("knowsAbout"), text(interest))
        for edu in person.education:
            org = self.org(edu.institution, educational=True, url=edu.url)
            self.add(node, S("alumniOf"), org)
            cred = iri(f"{node.value}/credential/{_h(edu.degree or '', edu.institution, str(edu.year or ''))}")
            self.add(node, S("hasCredential"), cred)
            self.add(cred, A, S("EducationalOccupationalCredential"))
            self.add(cred, S("credentialCategory"), text("degree"))
            self.add(cred, S("name"), text(edu.degree or "degree"))
            self.add(cred, S("recognizedBy"), org)
            if edu.field:
                # not schema:about: the consumer shapes read objects of schema:about as profile owners
                self.add(cred, K("fieldOfStudy"), text(edu.field))
            if edu.year:
                self.add(cred, K("year"), year_literal(edu.year))
        if person.metrics:
            self.metrics(node, person.metrics, source_key)

    def metrics(self, node: NamedNode, m, source_key: str) -> None:
        """One snapshot per source: figures from two pages are two observations, not a conflict."""
        snap = iri(f"{node.value}/metrics/{source_key}")
        self.add(node, K("metrics"), snap)
        self.add(snap, A, K("MetricsSnapshot"))
        for attr, prop in (("h_index", "hIndex"), ("citations", "citationCount"), ("publications", "publicationCount")):
            value = getattr(m, attr)
            if value is not None:
                self.add(snap, K(prop), Literal(str(value), datatype=XSD_NONNEG))
        if m.source:
            self.add(snap, K("reportedBy"), text(m.source))
        if m.approximate:
            self.add(snap, K("approximate"), Literal("true", datatype=XSD_BOOL))

    def items(self, owner: NamedNode, profile) -> None:
        """News, awards and service of a profile's owner."""
        for n in profile.news:
            item = iri(f"{owner.value}/news/{_h(n.date or '', n.text)}")
            self.add(owner, K("news"), item)
            self.add(item, A, K("NewsItem"))
            self.add(item, A, S("CreativeWork"))
            self.add(item, S("text"), text(n.text))
            if n.date:
                self.add(item, S("datePublished"), date_literal(n.date))
            for url in n.links:
                self.add(item, S("url"), iri(url))
        for aw in profile.awards:
            item = iri(f"{owner.value}/award/{_h(aw.name, str(aw.year or ''))}")
            self.add(owner, S("award"), text(aw.name))
            self.add(owner, K("receivedAward"), item)
            self.add(item, A, K("Award"))
            self.add(item, S("name"), text(aw.name))
            for year in sorted(set(aw.years) | ({aw.year} if aw.year else set())):
                self.add(item, K("year"), year_literal(year))
            if aw.url:
                self.add(item, S("url"), iri(aw.url))
        for tk in profile.talks:
            item = iri(f"{owner.value}/talk/{_h(tk.title or '', tk.date or '', tk.event or '')}")
            self.add(owner, K("gaveTalk"), item)
            self.add(item, A, K("Talk"))
            self.add(item, A, S("Event"))
            if tk.title:  # (a seminar visit the page lists by its event, place and date: no title said)
                self.add(item, S("name"), text(tk.title))
            self.add(item, S("performer"), owner)
            if tk.date:
                self.add(item, S("startDate"), date_literal(tk.date))
            if tk.event:
                self.add(item, K("eventName"), text(tk.event))
            if tk.place:
                self.add(item, S("location"), text(tk.place))
            if tk.description:
                self.add(item, S("description"), text(tk.description))
            for url in sorted(set(tk.links.values())):
                self.add(item, S("url"), iri(url))
        for course in profile.teaching:
            item = iri(f"{owner.value}/teaching/{_h(course.course, course.term or '', course.institution or '')}")
            self.add(owner, K("taught"), item)
            self.add(item, A, K("Teaching"))
            self.add(item, A, S("CourseInstance"))
            self.add(item, S("name"), text(course.course))
            self.add(item, S("instructor"), owner)
            if course.institution:
                self.add(item, S("organizer"), self.org(course.institution, educational=True))
            if course.term:
                self.add(item, K("term"), text(course.term))
            if course.role:
                self.add(item, K("teachingRole"), text(course.role))
            if course.description:
                self.add(item, S("description"), text(course.description))
            if course.url:
                self.add(item, S("url"), iri(course.url))
        for sv in profile.service:
            item = iri(f"{owner.value}/service/{_h(sv.role, *sv.venues)}")
            self.add(owner, K("service"), item)
            self.add(item, A, K("ServiceRole"))
            self.add(item, S("roleName"), text(sv.role))
            for venue in sv.venues:
                self.add(item, K("serviceVenue"), text(venue))
            if sv.year:
                self.add(item, K("year"), year_literal(sv.year))

    # --- works --------------------------------------------------------------------------

    def work(self, node: NamedNode, pub: Publication, authors: list[str], alternate_titles: Iterable[str] = (),
             unlisted: Iterable[str] = ()) -> None:
        self.add(node, A, S("ScholarlyArticle"))
        self.add(node, S("name"), text(pub.title))
        self.add(node, S("headline"), text(pub.title))
        for alt in alternate_titles:
            self.add(node, S("alternativeHeadline"), text(alt))
        if pub.date:
            self.add(node, S("datePublished"), date_literal(pub.date))
        elif pub.year:
            self.add(node, S("datePublished"), year_literal(pub.year))
        for rank, (person_iri, author) in enumerate(zip(authors, pub.authors), start=1):
            person = iri(person_iri)
            self.add(node, S("author"), person)
            ship = iri(f"{node.value}/authorship/{person_iri.rstrip('/').rsplit('/', 1)[-1]}")
            self.add(node, K("authorship"), ship)
            self.add(ship, A, K("Authorship"))
            self.add(ship, K("rank"), Literal(str(rank), datatype=XSD_POSINT))
            self.add(ship, K("agent"), person)
            self.add(ship, K("nameAsWritten"), _name_literal(author.name))
            for mark in author.marks:
                self.add(ship, K("role"), K(ROLE_OF_MARK[mark]))
        for person_iri in unlisted:
            # the page is this person's own profile, but its "et al." list stops before them
            person = iri(person_iri)
            self.add(node, S("author"), person)
            ship = iri(f"{node.value}/authorship/{person_iri.rstrip('/').rsplit('/', 1)[-1]}")
            self.add(node, K("authorship"), ship)
            self.add(ship, A, K("Authorship"))
            self.add(ship, K("agent"), person)
            self.add(ship, K("unlisted"), Literal("true", datatype=XSD_BOOL))
        if pub.authors_truncated:
            self.add(node, K("authorsTruncated"), Literal("true", datatype=XSD_BOOL))
        self.venue(node, pub)
        for note in pub.notes:
            self.add(node, K("note"), text(note))
        if pub.subtitle:
            self.add(node, S("alternativeHeadline"), text(pub.subtitle))  # schema.org's "secondary title"
        if pub.abstract:
            self.add(node, S("abstract"), text(pub.abstract))
        for kw in pub.keywords:
            self.add(node, S("keywords"), text(kw))
        if pub.pages:
            self.add(node, S("pagination"), text(pub.pages))
        self.links(node, pub)

    def venue(self, node: NamedNode, pub: Publication) -> None:
        name = pub.venue or pub.venue_full
        if not name:
            return
        vslug = slugify(name)[:80]
        if pub.venue_type in ("journal", "preprint"):
            v = iri(f"{self.base}venue/{vslug}")
            self.add(node, S("isPartOf"), v)
            self.add(v, A, S("Periodical"))
            self.add(v, S("name"), text(name))
            if pub.venue_full and pub.venue_full != name:
                self.add(v, S("alternateName"), text(pub.venue_full))
            return
        series = iri(f"{self.base}venue/{vslug}")
        self.add(series, A, S("EventSeries"))
        self.add(series, S("name"), text(name))
        if pub.venue_full and pub.venue_full != name:
            self.add(series, S("alternateName"), text(pub.venue_full))
        if pub.year:
            event = iri(f"{self.base}venue/{vslug}/{pub.year}")
            self.add(node, S("publication"), event)
            self.add(event, A, S("PublicationEvent"))
            self.add(event, S("name"), text(f"{name} {pub.year}"))
            self.add(event, S("superEvent"), series)
            self.add(event, S("startDate"), year_literal(pub.year))
        else:
            # no year, no edition: the article is published in the series' venue at large
            event = iri(f"{self.base}venue/{vslug}/undated")
            self.add(node, S("publication"), event)
            self.add(event, A, S("PublicationEvent"))
            self.add(event, S("name"), text(name))
            self.add(event, S("superEvent"), series)

    def links(self, node: NamedNode, pub: Publication) -> None:
        links = dict(pub.links)
        main = links.get("paper") or links.get("doi") or links.get("pdf") or links.get("arxiv") or links.get("project")
        if main:
            self.add(node, S("url"), iri(main))
        doi, arxiv = pub.doi, pub.arxiv or (arxiv_id(links["arxiv"]) if "arxiv" in links else None)
        if doi:
            self.add(node, S("sameAs"), iri(f"https://doi.org/{_doi_path(doi)}"))
            self._identifier(node, "doi", doi)
        if arxiv:
            self.add(node, S("sameAs"), iri(f"https://arxiv.org/abs/{arxiv}"))
            self._identifier(node, "arxiv", arxiv)
        if "pdf" in links:
            media = iri(f"{node.value}/pdf")
            self.add(node, S("encoding"), media)
            self.add(media, A, S("MediaObject"))
            self.add(media, S("contentUrl"), iri(links["pdf"]))
            self.add(media, S("encodingFormat"), text("application/pdf"))
        for kind in sorted(links):
            if kind in ("paper", "pdf", "doi", "arxiv"):
                continue
            res = iri(f"{node.value}/{kind}")
            self.add(node, S("subjectOf"), res)
            self.add(res, A, S(LINK_TYPES.get(kind, "WebPage")))
            self.add(res, S("name"), text(kind))
            self.add(res, S("url"), iri(links[kind]))
            if kind == "code":
                self.add(res, S("codeRepository"), iri(links[kind]))
        for link in pub.more_links:
            res = iri(f"{node.value}/link/{_h(link.url)}")
            self.add(node, S("subjectOf"), res)
            self.add(res, A, S("WebPage"))
            self.add(res, S("name"), text(link.label))
            self.add(res, S("url"), iri(link.url))

    def _identifier(self, node: NamedNode, kind: str, value: str) -> None:
        pv = iri(f"{node.value}/id/{kind}")
        self.add(node, S("identifier"), pv)
        self.add(pv, A, S("PropertyValue"))
        self.add(pv, S("propertyID"), text(kind))
        self.add(pv, S("value"), text(value))


def _doi_path(doi: str) -> str:
    from urllib.parse import quote

    return quote(doi, safe="/:;()._-")


# --- the whole corpus ----------------------------------------------------------------------


LENIENT: Final = True
"""The ``lenient`` flag kg's own canonical text is parsed (:func:`parse_canonical`) and bulk-loaded
(:func:`kg.store.load_quads`) with: a constant, always True, no setting (no option or environment variable changes
it). Its terms were checked when made, so the checks are not run again; the one name both readers take it from."""


def parse_canonical(text: bytes, format: RdfFormat = RdfFormat.N_QUADS):
    """Oxigraph's parse of kg's own canonical text (:func:`canonical_text`'s lines, or lines of them), lenient:
    the IRIs and language tags are not checked again. Each term was a ``NamedNode`` or ``Literal`` (whose
    constructors check them) before it was written, and what the build cache holds was written so by an earlier
    build; on such text the lenient parse gives the same quads. The checks were about half of the parse (the
    233k quads of the 100k corpus: 0.39-0.47 CPU s, lenient 0.17-0.19) and of Oxigraph's IRI work in the
    store's bulk load (:func:`kg.store.load_quads` loads the text with ``LENIENT`` too)."""
    return parse(text, format=format, lenient=LENIENT)


class CanonicalQuads(Sequence):
    """The quads of a build in the order kg writes them, held as N-Quads text: the default graph first,
    then one part per named graph, each part's lines without duplicates and sorted by (subject,
    predicate, N-Triples object).

    The build keeps the text, not a ``Quad`` per statement (at 1M triples the 2M Quads were about
    750 MiB and took seconds to make): Oxigraph parses it straight into its store, its serializers
    and the validation store. Reading the quads as a sequence parses them once (the default graph's
    first, shared by validation and the writers, dropped once the outputs are written, see
    :meth:`forget_parsed`). Writers that see this type skip their own sort.
    """

    def __init__(self) -> None:
        self._parts: list[tuple[str | None, bytes]] = []  # (graph IRI, None for the default graph; lines)
        self._counts: list[int] = []
        self._default: list[Quad] | None = None
        self._all: list[Quad] | None = None
        self._later = None  # adds the named graphs when they are first read (:meth:`later`)

    @property
    def parts(self) -> list[tuple[str | None, bytes]]:
        """(graph IRI, None for the default graph; its lines) of every graph, the default graph first
        (a graph given to be read later, :meth:`add_graph`, is read now)."""
        self.complete()
        for i, (_graph, text) in enumerate(self._parts):
            if callable(text):
                self._read(i)
        return self._parts

    def add_graph(self, graph: str | None, text, lines: int | None = None) -> None:
        """Append one graph's canonical lines (each ending in a newline); the default graph comes first.

        ``text`` may also be a function giving them, called only when they are first asked for (a named graph
        the build cache holds: a rebuild reads only the changed pages' graphs), with ``lines`` its line count."""
        if self._all is not None or (graph is None and self._parts):
            raise ValueError("the default graph comes first, and only before the quads are read")
        if callable(text) and (graph is None or lines is None):
            raise ValueError("a named graph read later needs its line count")
        self._parts.append((graph, text))
        self._counts.append(text.count(b"\n") if lines is None else lines)

    def _read(self, i: int) -> bytes:
        graph, text = self._parts[i]
        if callable(text):
            text = text()
            self._parts[i] = (graph, text)
            self._counts[i] = text.count(b"\n")
        return text

    def graph_names(self) -> list[str]:
        """The named graphs' IRIs in the order of their parts, none of them read."""
        self.complete()
        return [g for g, _t in self._parts if g is not None]

    def named_parts(self, graphs) -> list[tuple[str, object]]:
        """(graph IRI, its lines) of the named graphs, in order; only those of ``graphs`` are read now (the others'
        lines may be a function giving them, as :meth:`add_graph` took them)."""
        self.complete()
        return [(g, self._read(i) if g in graphs else t)
                for i, (g, t) in enumerate(self._parts) if g is not None]

    def later(self, add_named) -> None:
        """Have ``add_named()`` add the named graphs (:meth:`add_graph`) when they are first read (:attr:`parts`,
        the length, the quads) or :meth:`complete` is called: what reads only the default graph (validation)
        runs without them. ``kg build`` validates first: at 1M triples the named graphs' text (240 MB) held
        beside the validation store was part of the build's peak."""
        self._later = add_named

    def complete(self) -> None:
        """Add the named graphs now if they were left for later (:meth:`later`)."""
        add_named, self._later = self._later, None
        if add_named is not None:
            add_named()

    def default_text(self) -> bytes:
        return self._parts[0][1] if self._parts and self._parts[0][0] is None else b""

    def default_count(self) -> int:
        return self._counts[0] if self._parts and self._parts[0][0] is None else 0

    def default_quads(self) -> list[Quad]:
        """The default graph's quads (parsed once; the same objects as the sequence's first)."""
        if self._default is None:
            self._default = list(parse_canonical(self.default_text()))
        return self._default

    def iter_default(self):
        """The default graph's quads, parsed as they are read and not kept (the list if it was made).

        What validation and the writers use: at 1M triples the list of 934k Quads is 430 MiB, and
        parsing the text again costs about 2 s of CPU; holding the list set the build's peak."""
        if self._default is not None:
            return iter(self._default)
        return parse_canonical(self.default_text())

    def forget_parsed(self) -> None:
        """Drop the default graph's parsed quads (the text stays); kept when the whole list was asked for."""
        if self._all is None:
            self._default = None

    def iter_in_graph_order(self):
        """The quads ordered by graph name (the default graph first): the order of a full sort of the
        quads, without keying each; the default graph's parsed quads, then each named graph parsed
        as it is read. None when a graph has two parts."""
        named = self.iter_named_in_order()
        return None if named is None else chain(self.iter_default(), named)

    def iter_named_in_order(self):
        """The named graphs' quads ordered by graph name, each graph parsed as it is read (what
        :meth:`iter_in_graph_order` gives after the default graph); None when a graph has two parts."""
        named = [(g, t) for g, t in self.parts if g is not None]
        if len({g for g, _t in named}) != len(named) or len(named) + 1 < len(self.parts):
            return None
        return self.iter_text([t for _g, t in sorted(named, key=lambda x: x[0])])

    def iter_text(self, texts):
        for text in texts:
            yield from parse_canonical(text)

    def _quads(self) -> list[Quad]:
        if self._all is None:
            named = [t for g, t in self.parts if g is not None]
            self._all = self.default_quads() + list(self.iter_text(named))
        return self._all

    def __len__(self) -> int:
        self.complete()
        return sum(self._counts)

    def __getitem__(self, i):
        return self._quads()[i]

    def __iter__(self):
        if self._all is not None:
            return iter(self._all)
        return chain(self.default_quads(), self.iter_text([t for g, t in self.parts if g is not None]))

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    __hash__ = None


def corpus_quads(corpus: Corpus, named_graphs: bool = True, cache=None, named_later: bool = False) -> CanonicalQuads:
    """All quads: the merged default graph, then one named graph per source page
    (taken from ``cache``, a :class:`kg.cache.BuildCache`, when it holds it); ``named_later``: the named
    graphs mapped when they are first read (:meth:`CanonicalQuads.later`)."""
    quads = CanonicalQuads()

    def add_named() -> None:
        from .memory import collector_paused

        with collector_paused(), _mapping():
            for i, src in enumerate(corpus.sources):
                def compute(i=i, src=src):
                    with _mapping():  # (also when a damaged cache entry is found as it is read, after this block)
                        return canonical_text(source_triples(corpus, i), src.iri, consume=True)

                got = compute() if cache is None else cache.source_graph(corpus, i, compute)
                quads.add_graph(src.iri, got, lines=getattr(got, "lines", None))

    with _mapping():
        quads.add_graph(None, canonical_text(merged_triples(corpus), None, consume=True) if cache is None
                        else merged_text(corpus, cache))
        if named_graphs and not named_later:
            add_named()  # (nested: the IRIs the default graph cached are reused)
    if named_graphs and named_later:
        quads.later(add_named)
    return quads


_depth = 0


@contextmanager
def _mapping():
    """Map inside: the IRIs cached while mapping are dropped when the outermost block ends."""
    global _depth
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if not _depth:
            _forget_nodes()
            from .memory import release_freed

            release_freed()  # the statements' term objects are text now


def canonical_text(triples: list[tuple], graph: str | None, consume: bool = False, chunk: int = 50_000) -> bytes:
    """The graph's statements as N-Quads lines (in ``graph``, or the default graph for None), sorted
    and without duplicates (``consume``: empty ``triples`` on the way, to free it early)."""
    # Sorted and deduplicated on (subject IRI, predicate IRI, N-Triples object): kg has no blank
    # nodes, so these strings are the statement.
    v = _values.get
    keys = {(v(id(s)) or s.value, v(id(p)) or p.value, f"<{iri_o}>" if (iri_o := v(id(o))) else str(o))
            for s, p, o in triples}
    # the statements (with their term objects) go before the text is made: at 1M triples each is a
    # few hundred MiB that would otherwise be alive with it
    if consume:
        triples.clear()
    keys = sorted(keys)
    tail = " .\n" if graph is None else f" <{graph}> .\n"
    parts = []
    for i in range(0, len(keys), chunk):
        part = keys[i:i + chunk]
        keys[i:i + chunk] = [None] * len(part)  # each chunk's strings go once they are text
        parts.append("".join([f"<{s}> <{p}> {o}{tail}" for s, p, o in part]).encode("utf-8"))
        del part
    return b"".join(parts) if len(parts) != 1 else parts[0]


def _forget_nodes() -> None:
    """Drop the IRIs cached while mapping (hundreds of thousands at 1M triples), keeping the
    vocabulary's; both caches together, so no id() of a freed node is left behind."""
    for value in [value for value in _nodes if not value.startswith(_VOCABULARY)]:
        node = _nodes.pop(value)
        _values.pop(id(node), None)


def merged_triples(corpus: Corpus) -> list[tuple]:
    """The default graph as (subject, predicate, object): merged people, works, sources and provenance."""
    m = Mapper(corpus.base)
    for _uid, _key, add in merged_units(corpus, keys=False):
        add(m)
    return m.triples


OWNED_PARTS = {"person": {"metrics"}, "news": True, "awards": True, "talks": True, "teaching": True, "service": True}
"""What a merged person's unit shows of the profiles its person owns besides the merged person (their metrics and
items), as ``Profile.model_dump_json``'s ``include``: the unit's key holds that JSON (kg.identity.page_rows), read
from the page's rows, not its models."""


def merged_units(corpus: Corpus, keys: bool = True):
    """The merged default graph in units: one per source, merged person and merged work, each as (its id,
    a digest of exactly what its statements are computed from (None without ``keys``), a function adding
    them to a :class:`Mapper`). The graph is the union of the units' statements; a unit whose digest is the
    same gives the same statements (what the build cache reuses, kg.cache)."""
    sources = corpus.sources
    for i, src in enumerate(sources):
        key = _unit_key("source", src.iri, src.loaded.rows.source, src.loaded.path.name,
                        corpus.owner_iri(i)) if keys else None
        yield f"s {src.iri}", key, lambda m, i=i: _source_description(m, corpus, i)
    for node in corpus.people.values():
        key = None
        if keys:
            owned = tuple((slugify(sources[p].loaded.stem), sources[p].loaded.rows.owned,
                tuple((pm.kind, corpus.person_of_mention[pm.index]) for pm in corpus.mentions_of(p)
                      if pm.kind in MENTOR_LINKS)) for p in node.owner_of)
            key = _unit_key("person", node.iri, node.person_digest, owned, tuple(node.affiliations),
                            tuple(sources[p].iri for p in node.sources))
        yield f"p {node.iri}", key, lambda m, node=node: _person_unit(m, corpus, node)
    for w in corpus.works.values():
        key = _unit_key("work", w.iri, w.pub_digest, tuple(w.authors), tuple(w.alternate_titles),
                        tuple(w.unlisted), tuple(sources[p].iri for p in w.sources)) if keys else None
        yield f"w {w.iri}", key, lambda m, w=w: _work_unit(m, corpus, w)


def _unit_key(*parts) -> bytes:
    # repr of str, bytes, None and tuples of them is injective; the base and kg's code key the whole cache
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _person_unit(m: Mapper, corpus: Corpus, node) -> None:
    subject = iri(node.iri)
    if node.owner_of:
        key = slugify(corpus.sources[node.owner_of[0]].loaded.stem)
        m.person(subject, node.person, key)
        for p in node.owner_of[1:]:
            prof = corpus.sources[p].profile
            if prof.person.metrics:
                m.metrics(subject, prof.person.metrics, slugify(corpus.sources[p].loaded.stem))
        for p in node.owner_of:
            m.items(subject, corpus.sources[p].profile)
            for pm in corpus.mentions_of(p):
                if pm.kind in MENTOR_LINKS:
                    m.add(subject, K(MENTOR_LINKS[pm.kind]), iri(corpus.person_of_mention[pm.index]))
    else:
        m.person_name(subject, node.person)
    for inst in node.affiliations:
        m.add(subject, S("affiliation"), m.org(inst))
    for p in node.sources:
        m.add(subject, PROV_DERIVED, iri(corpus.sources[p].iri))


def _work_unit(m: Mapper, corpus: Corpus, w) -> None:
    subject = iri(w.iri)
    m.work(subject, w.pub, w.authors, w.alternate_titles, w.unlisted)
    for p in w.sources:
        m.add(subject, PROV_DERIVED, iri(corpus.sources[p].iri))


def unit_lines(triples: list[tuple]) -> bytes:
    """A unit's statements as N-Triples lines (each ending in a newline), without duplicates, in no order
    (kept compressed: :func:`_pack`)."""
    v = _values.get
    return "".join({f"<{v(id(s)) or s.value}> <{v(id(p)) or p.value}> "
                    f"{f'<{iri_o}>' if (iri_o := v(id(o))) else str(o)} .\n" for s, p, o in triples}).encode("utf-8")


def merged_text(corpus: Corpus, cache) -> bytes:
    """The merged default graph's canonical text (what ``canonical_text(merged_triples(corpus), None)`` gives),
    mapping only the units whose digest differs from the previous build's (``cache``, a kg.cache.BuildCache),
    and keeping every unit's lines for the next build."""
    units = list(merged_units(corpus))
    previous = cache.previous_mapping()
    if previous is not None:
        try:
            got = _merged_text_incremental(corpus.base, units, previous)
        except Exception:  # noqa: BLE001 - a damaged entry (say, a unit's lines not zlib data): map in full
            got = None
        if got is not None:
            text, table, shared, removed, added, mapped, kept = got
            cache.record_mapping(text, table, shared, (removed, added), mapped=mapped, kept=kept)
            return text
    m = Mapper(corpus.base)
    table: dict[str, tuple[bytes, bytes]] = {}
    seen: set[int] = set()
    again: set[bytes] = set()
    for uid, key, add in units:
        start = len(m.triples)
        add(m)
        blob = unit_lines(m.triples[start:])
        for line in blob.split(b"\n"):
            # the lines given twice or more, found by their hashes (a million lines' bytes held in a Counter cost
            # about 200 MB at the build's peak); a hash seen before may be another line's, so the lines found
            # here are only candidates, counted exactly below
            h = hash(line)
            if h in seen:
                again.add(line)
            else:
                seen.add(h)
        table[uid] = (key, _pack(blob))
    del seen
    text = canonical_text(m.triples, None, consume=True)
    cache.record_mapping(text, table, _shared_lines(table.values(), again), None, mapped=len(table))
    return text


def _pack(blob: bytes) -> bytes:
    # kept for the next build, read back only for the units that change: at 1M triples the lines of
    # every unit are about 200 MB, compressed about 25 MB
    return zlib.compress(blob, 1)


def _shared_lines(entries, among: set[bytes] | None = None) -> dict[bytes, int]:
    """Lines that two or more units give -> how many (an organization or a venue: several people's or works'
    statements), from a unit table's entries; only lines of ``among`` counted when it is given (the others are
    known to be given once)."""
    counts: Counter = Counter()
    for _key, blob in entries:
        lines = zlib.decompress(blob).split(b"\n")
        counts.update(lines if among is None else [line for line in lines if line in among])
    counts.pop(b"", None)
    return {line: n for line, n in counts.items() if n > 1}


def _merged_text_incremental(base: str, units, previous):
    """(text, unit table, shared lines, lines removed, lines added, units mapped, the text as a
    :class:`SplicedText` of the previous one's base) from the previous build's canonical text (bytes, or a
    :class:`SplicedText`), unit table and shared lines, mapping only the units whose digest changed; None when the
    previous state does not add up (then the caller maps everything).

    A line is in the graph when at least one unit gives it. How many units give it is kept for the lines
    two or more give (``shared``); any other line of the previous text is given by exactly one. Only the
    lines of the changed, new and gone units can change their count, so the new text is the previous one
    with the lines whose count fell to 0 taken out and those whose count rose from 0 put in, each at its
    place in the sort (found by bisecting the text)."""
    text, old_table, old_shared = previous
    kept = text if isinstance(text, SplicedText) else SplicedText(text)
    table: dict[str, tuple[bytes, bytes]] = {}
    mapped = 0
    delta: dict[bytes, int] = {}
    m = Mapper(base)
    for uid, key, add in units:
        old = old_table.get(uid)
        if old is not None and old[0] == key:
            table[uid] = old
            continue
        start = len(m.triples)
        add(m)
        mapped += 1
        blob = unit_lines(m.triples[start:])
        table[uid] = (key, _pack(blob))
        if old is not None:
            for line in zlib.decompress(old[1]).split(b"\n")[:-1]:
                delta[line] = delta.get(line, 0) - 1
        for line in blob.split(b"\n")[:-1]:
            delta[line] = delta.get(line, 0) + 1
    if len(table) != len(units):
        return None  # two units of one id: cannot be told apart
    for uid in old_table.keys() - table.keys():
        for line in zlib.decompress(old_table[uid][1]).split(b"\n")[:-1]:
            delta[line] = delta.get(line, 0) - 1
    shared = old_shared
    removed: list[bytes] = []
    added: list[bytes] = []
    for line, d in delta.items():
        if not d:
            continue
        if shared is old_shared:
            shared = dict(old_shared)
        had = shared.get(line)
        if had is None:
            had = 1 if d < 0 else int(kept.has(line))
        now = had + d
        if now < 0:
            return None
        if now > 1:
            shared[line] = now
        else:
            shared.pop(line, None)
        if not had and now:
            added.append(line)
        elif had and not now:
            removed.append(line)
    kept = kept.then(removed, added)
    parts = kept.parts() if kept is not None else None
    if parts is None:
        return None  # a line to take out that is not there, or one to put in that is
    return b"".join(parts), table, shared, removed, added, mapped, kept


class SplicedText:
    """A canonical default text (lines sorted by :func:`_line_key`) as a base text and the lines taken out of it
    and put in since: the build cache keeps the text a build wrote whole (``mapping/merged.nt``, at 1M triples 184
    MB) with the few lines the rebuilds after it changed, instead of writing it whole again at every rebuild
    (kg.cache.BuildCache.write). ``removed`` are lines of the base, ``added`` lines it does not hold (both
    without their newline): :meth:`of` checks it."""

    __slots__ = ("base", "removed", "added")

    def __init__(self, base, removed: frozenset = frozenset(), added: frozenset = frozenset()) -> None:
        self.base, self.removed, self.added = base, removed, added

    @classmethod
    def of(cls, base, removed, added) -> SplicedText | None:
        """The text ``base`` less ``removed`` plus ``added``, or None when a line is in both (a damaged cache
        entry). That each line taken out is in the base and none put in is, is checked where the text is put
        together (:meth:`parts`, None then: the caller maps in full), not here too: each check bisects the base
        for every kept line (near the cache's bound, 1/64 of a 21 MB text at 100k, 0.04 CPU s: twice what
        writing the text whole cost)."""
        got = cls(base, frozenset(removed), frozenset(added))
        if got.removed & got.added:
            return None
        return got

    def has(self, line: bytes) -> bool:
        return line in self.added or (line not in self.removed and _has_line(self.base, line))

    def then(self, removed, added) -> SplicedText | None:
        """This text less ``removed`` (lines it holds) plus ``added`` (lines it does not), on the same base;
        None when a line to take out is not here or one to put in is."""
        removed, added = frozenset(removed), frozenset(added)
        if removed & added or not all(self.has(line) for line in removed) \
                or any(self.has(line) for line in added):
            return None
        # a line of the base taken out and put back is neither; one put in and taken out again likewise
        return SplicedText(self.base, (self.removed - added) | (removed - self.added),
                           (self.added - removed) | (added - self.removed))

    def edits(self) -> int:
        """The bytes of the lines taken out of the base and put in (newlines counted)."""
        return _line_bytes(self.removed) + _line_bytes(self.added)

    def __len__(self) -> int:
        return len(self.base) - _line_bytes(self.removed) + _line_bytes(self.added)

    def parts(self) -> list | None:
        """The text as parts to write in order (:func:`spliced_lines`), or None when the edits do not fit the base."""
        if not self.removed and not self.added:
            return [memoryview(self.base)]
        return spliced_lines(self.base, sorted(self.removed), sorted(self.added), _line_key)

    def __bytes__(self) -> bytes:
        parts = self.parts()
        if parts is None:
            raise ValueError("the kept text's edits do not fit its base")
        return b"".join(parts)


def _line_bytes(lines) -> int:
    """The bytes ``lines`` (without their newlines) take in a text, newlines counted."""
    return sum(len(line) + 1 for line in lines)


def _line_key(line: bytes) -> tuple[bytes, bytes, bytes]:
    """The sort key of a canonical default-graph line ``<s> <p> o .``: (s, p, o) as canonical_text sorts them
    (UTF-8 bytes sort as the code points do; an IRI holds no ``>`` or space)."""
    i = line.index(b"> <")
    j = line.index(b"> ", i + 3)
    return line[1:i], line[i + 3:j], line[j + 2:-2]


def sorted_line_at(text: bytes, line: bytes, key=None) -> int:
    """Where the first line of ``text`` (lines sorted by ``key``, as bytes when None, each ending in a newline)
    not below ``line`` starts (len(text): none)."""
    target = line if key is None else key(line)
    lo, hi = 0, len(text)  # line starts: lines before lo are below line, from hi on they are not
    while lo < hi:
        mid = (lo + hi) // 2
        start = max(lo, text.rfind(b"\n", 0, mid) + 1)
        end = text.index(b"\n", start)
        here = text[start:end]
        if (here if key is None else key(here)) < target:
            lo = end + 1
        else:
            hi = start
    return lo


def spliced_lines(text: bytes, removed, added, key=None) -> list | None:
    """``text`` (lines sorted by ``key``, as bytes when None, each ending in a newline) less the ``removed``
    lines plus the ``added`` ones (lines without their newline) where they sort, as parts to write in order,
    instead of sorting every line again; None if a line to take out is not there or one to put in already is."""
    edits = []  # (position in the text, 0 put in / 1 taken out, the line's sort key, the line)
    for kind, lines in ((0, added), (1, removed)):
        for line in lines:
            at = sorted_line_at(text, line, key)
            if b"\n" in line or text.startswith(line + b"\n", at) != bool(kind):
                return None
            edits.append((at, kind, line if key is None else key(line), line))
    edits.sort()
    parts, done = [], 0
    view = memoryview(text)
    for at, kind, _key, line in edits:
        parts.append(view[done:at])
        if kind:
            done = at + len(line) + 1
        else:
            parts.append(line + b"\n")
            done = at
    parts.append(view[done:])
    return parts


def _has_line(text: bytes, line: bytes) -> bool:
    return text.startswith(line + b"\n", sorted_line_at(text, line, _line_key))


def _source_description(m: Mapper, corpus: Corpus, i: int) -> None:
    src = corpus.sources[i]
    node = iri(src.iri)
    m.add(node, A, K("Source"))
    m.add(node, A, iri(PROV + "Entity"))
    info = src.profile.source
    m.add(node, S("name"), text(info.file if info else src.loaded.path.name))
    m.add(node, K("profileFile"), text(src.loaded.path.name))
    if info:
        m.add(node, K("sourceFormat"), text(info.format))
        m.add(node, K("checksum"), text(info.checksum))
        if info.imported_at:
            m.add(node, iri(PROV + "generatedAtTime"),
                  Literal(info.imported_at.isoformat(), datatype=XSD_DATETIME))
        if info.url:
            m.add(node, S("url"), iri(info.url))
    owner = corpus.owner_iri(i)
    m.add(node, S("about"), iri(owner))


def source_triples(corpus: Corpus, i: int) -> list[tuple]:
    """What source page ``i`` said, on the merged IRIs, as (subject, predicate, object)."""
    src = corpus.sources[i]
    prof = src.profile
    m = Mapper(corpus.base)
    owner = iri(corpus.owner_iri(i))
    m.person(owner, prof.person, slugify(src.loaded.stem))
    m.items(owner, prof)
    for pm in corpus.mentions_of(i):
        if pm.kind == "owner":
            continue
        target = iri(corpus.person_of_mention[pm.index])
        m.add(target, A, S("Person"))
        m.add(target, S("name"), _name_literal(pm.name))
        if pm.kind in MENTOR_LINKS:
            m.add(owner, K(MENTOR_LINKS[pm.kind]), target)
        if pm.institution:
            m.add(target, S("affiliation"), m.org(pm.institution))
    for wmention in corpus.works_of(i):
        node = iri(corpus.work_of_mention[wmention.index])
        authors = [corpus.person_of_mention[a] for a in wmention.authors]
        unlisted = [owner.value] if wmention.authors_truncated and owner.value not in authors else []
        m.work(node, wmention.pub, authors, unlisted=unlisted)
    return m.triples
