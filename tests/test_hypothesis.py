"""Property tests: model -> YAML -> model, and model -> graph -> Turtle/JSON-LD/N-Triples -> graph."""

from __future__ import annotations

from pathlib import Path

import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.build import build_corpus
from kg.export import serialize
from kg.model import Author, Award, NewsItem, Person, Profile, Publication, Source
from kg.profiles import LoadedProfile, dump_profile, parse_profile
from kg.validate import to_rdflib

# printable text with the characters that break naive writers: quotes, backslashes, <, &, CJK, emoji
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
               min_size=1, max_size=40).map(str.strip).filter(bool)
NAME = st.builds(lambda a, b: f"{a} {b}", st.sampled_from(["Ann", "Bo", "Zoë", "José", "王", "D'Arcy", "Li"]),
                 st.sampled_from(["Lee", "Chen", "Núñez", "云鹤", "O'Neil", "Xu", "Wang"]))
YEAR = st.integers(min_value=1990, max_value=2030)
URL = st.builds(lambda p, q: f"https://example.org/{p}?q={q}", st.sampled_from(["a b", "x/y", "ü", "%41"]),
                st.sampled_from(["1", "a&b", "<x>"]))

AUTHOR = st.builds(Author, name=NAME, marks=st.lists(st.sampled_from(["equal_contribution", "corresponding", "mentee"]),
                                                    max_size=2))
PUB = st.builds(Publication, title=TEXT, year=YEAR, venue=st.none() | TEXT,
                venue_type=st.none() | st.sampled_from(["journal", "conference", "preprint"]),
                authors=st.lists(AUTHOR, min_size=1, max_size=5), authors_truncated=st.booleans(),
                links=st.dictionaries(st.sampled_from(["paper", "pdf", "code", "slides"]), URL, max_size=3),
                notes=st.lists(TEXT, max_size=2), abstract=st.none() | TEXT)
PROFILE = st.builds(
    Profile,
    person=st.builds(Person, name=NAME, job_title=st.none() | TEXT, interests=st.lists(TEXT, max_size=2)),
    publications=st.lists(PUB, max_size=4),
    news=st.lists(st.builds(NewsItem, text=TEXT, date=st.none() | YEAR.map(str)), max_size=2),
    awards=st.lists(st.builds(Award, name=TEXT, year=st.none() | YEAR), max_size=2),
    source=st.just(Source(file="page.md", format="markdown", checksum="sha256:" + "a" * 64)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PROFILE)
def test_profile_yaml_round_trip(profile):
    assert parse_profile(dump_profile(profile), Path("p.yaml")).profile == profile


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PROFILE, min_size=1, max_size=2))
def test_graph_round_trips_through_every_serialization(profiles):
    loaded = [LoadedProfile(p, Path(f"p{i}.yaml")) for i, p in enumerate(profiles)]
    build = build_corpus(loaded)
    expected = to_rdflib(build.triples)
    for fmt, parser in (("turtle", "turtle"), ("json-ld", "json-ld"), ("nt", "nt")):
        again = rdflib.Graph().parse(data=serialize(build, fmt), format=parser)
        assert isomorphic(again, expected), fmt
