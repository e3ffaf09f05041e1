"""Any Unicode in the data gives outputs an independent parser reads back (issue 10: U+2028 broke graph.nt).

Each example builds a profile whose texts are drawn from all of Unicode except what profiles
refuse (lone surrogates, the C0 controls XML cannot hold), with line and paragraph separators,
NEL, CR and quotes made likely; every file ``kg build`` writes must parse in rapper (raptor2, not
the library that wrote it) with the right number of triples, and in rdflib with the same texts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from kg.build import build_corpus
from kg.export import write_outputs
from kg.model import Author, Person, Profile, Publication
from kg.profiles import LoadedProfile, dump_profile, parse_profile

TRICKY = "\u2028\u2029\u0085\r\n\t\x0b\x0c\x1c\x1d\x1e\"'\\<>&{}\u00a0\ufeff\U0001f600\u202e"
FORBIDDEN = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
CHARS = st.one_of(st.sampled_from([c for c in TRICKY if c not in FORBIDDEN]),
                  st.characters(exclude_categories=("Cs",), exclude_characters=FORBIDDEN))
TEXT = st.text(alphabet=CHARS, min_size=1, max_size=24)

RAPPER = {"graph.ttl": "turtle", "graph.nt": "ntriples", "graph.trig": "trig"}


def _profile(name, title, venue, coauthor, abstract):
    try:
        return Profile(person=Person(name=name, job_title=venue), publications=[Publication(
            title=title, year=2020, venue=venue, abstract=abstract,
            authors=[Author(name=name, is_self=True), Author(name=coauthor)])])
    except ValidationError:
        return None


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) is not installed")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(name=TEXT, title=TEXT, venue=TEXT, coauthor=TEXT, abstract=TEXT)
def test_every_output_parses_in_an_independent_parser(tmp_path, name, title, venue, coauthor, abstract):
    profile = _profile(name, title, venue, coauthor, abstract)
    if profile is None:
        return
    # through the profile file, as kg build reads it
    path = tmp_path / "p.yaml"
    loaded = parse_profile(dump_profile(profile), path)
    assert loaded.profile.publications[0].title == profile.publications[0].title
    build = build_corpus([LoadedProfile(loaded.profile, path)])
    out = tmp_path / "build"
    write_outputs(build, out, {"ok": True})
    n = len(build.triples)
    quads = len(build.quads)
    for fname, syntax in RAPPER.items():
        run = subprocess.run(["rapper", "-i", syntax, "-c", str(out / fname)], capture_output=True, text=True)
        assert run.returncode == 0, (fname, run.stderr[-500:])
        count = int(run.stderr.split("returned ")[1].split()[0])
        assert count == (quads if fname == "graph.trig" else n), (fname, run.stderr)
    texts = {str(o) for o in [profile.publications[0].title]}
    for fname, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        g = rdflib.Graph().parse(out / fname, format=fmt)
        assert len(g) == n, fname
        assert texts <= {str(o) for o in g.objects()}, fname
    for snippet in (out / "embed").iterdir():
        body = snippet.read_text(encoding="utf-8").split("\n", 1)[1].rsplit("</script>", 1)[0]
        assert "\u2028" not in body and "<" not in body
        assert json.loads(body)["mainEntity"]["name"] == loaded.profile.person.name


def test_ntriples_keeps_line_separators_inside_literals(tmp_path):
    from kg.export import serialize

    p = Profile(person=Person(name="Ada"), publications=[Publication(
        title="a\u2028b\u2029c\u0085d", year=2020, authors=[Author(name="Ada", is_self=True)])])
    build = build_corpus([LoadedProfile(p, Path("ada.yaml"))])
    nt = serialize(build, "nt")
    g = rdflib.Graph().parse(data=nt, format="nt")
    assert len(g) == len(build.triples)
    assert "a\u2028b\u2029c\u0085d" in {str(o) for o in g.objects()}
