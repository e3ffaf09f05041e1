"""Exports: Turtle = N-Triples = JSON-LD (offline) as graphs, byte-identical rebuilds, the embed snippet."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.build import load_build
from kg.export import embed, embed_object, html_safe_json, serialize, write_outputs

from .conftest import GOOD


def _graph(data: bytes, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=data, format=fmt)


def test_turtle_ntriples_jsonld_xml_are_one_graph(good_build):
    ttl = _graph(serialize(good_build, "turtle"), "turtle")
    assert len(ttl) == len(good_build.triples)
    for fmt, parser in (("nt", "nt"), ("json-ld", "json-ld"), ("xml", "xml")):
        assert isomorphic(ttl, _graph(serialize(good_build, fmt), parser)), fmt


def test_jsonld_is_compact_with_the_bundled_context_and_expands_offline(good_build):
    from pyld import jsonld

    doc = json.loads(serialize(good_build, "json-ld"))
    assert isinstance(doc["@context"], dict) and doc["@context"]["schema"] == "https://schema.org/"
    assert any(node.get("name") for node in doc["@graph"])  # terms, not full IRIs

    def no_network(url, options=None):
        raise AssertionError(f"tried to fetch {url}")

    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": no_network})
    assert isomorphic(_graph(nquads.encode(), "nquads"), _graph(serialize(good_build, "turtle"), "turtle"))


def test_trig_and_nquads_keep_one_named_graph_per_source(good_build):
    for fmt in ("trig", "nquads"):
        ds = rdflib.Dataset()
        ds.parse(data=serialize(good_build, fmt), format=fmt)
        names = {str(g.identifier) for g in ds.graphs() if len(g)} - {str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)}
        assert names == {s.iri for s in good_build.corpus.sources}, fmt


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) is not installed")
@pytest.mark.parametrize("fmt,syntax", [("turtle", "turtle"), ("nt", "ntriples"), ("xml", "rdfxml")])
def test_an_independent_parser_reads_the_same_number_of_triples(good_build, tmp_path, fmt, syntax):
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(serialize(good_build, fmt))
    run = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    counted = run.stderr + run.stdout
    assert f"returned {len(good_build.triples)} triples" in counted


def test_rebuild_is_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_outputs(load_build([GOOD]), a, load_build([GOOD]).corpus.report())
    write_outputs(load_build([GOOD]), b, load_build([GOOD]).corpus.report())
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert [str(f) for f in files] == ["embed/ada-lovelace.html", "embed/charles-babbage.html", "graph.jsonld",
                                       "graph.nt", "graph.trig", "graph.ttl", "merge-report.json"]
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_person_export_holds_their_works_and_only_names_of_others(good_build):
    g = _graph(serialize(good_build, "turtle", person="charles-babbage"), "turtle")
    schema = rdflib.Namespace("https://schema.org/")
    titles = {str(o) for s, o in g.subject_objects(schema.name) if (s, rdflib.RDF.type, schema.ScholarlyArticle) in g}
    assert titles == {"Notes on the Analytical Engine", "On the Economy of Machinery and Manufactures"}
    ada = rdflib.URIRef("https://example.org/kg/person/ada-lovelace")
    assert set(g.predicates(ada)) == {rdflib.RDF.type, schema.name}


def test_unknown_person_is_a_usage_error(good_build):
    from kg.errors import UsageError

    with pytest.raises(UsageError, match="no person 'nobody'.*ada-lovelace, charles-babbage"):
        serialize(good_build, "turtle", person="nobody")


def test_embed_is_one_profile_page_for_an_extractor(good_build):
    import extruct

    html = f"<html><head>{embed(good_build, 'ada-lovelace')}</head><body></body></html>"
    items = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert len(items) == 1
    page = items[0]
    assert page["@context"] == "https://schema.org" and page["@type"] == "ProfilePage"
    person = page["mainEntity"]
    assert person["@type"] == "Person" and person["name"] == "Ada Lovelace"
    assert (person["givenName"], person["familyName"]) == ("Ada", "Lovelace")
    assert person["alternateName"] == "Augusta Ada King"
    assert "https://orcid.org/0000-0002-1825-0097" in person["sameAs"]
    assert person["image"] == "https://ada.example.org/ada.jpg"
    works = {w["name"]: w for w in page["mentions"]}
    assert [a["name"] for a in works["Sketch of the Analytical Engine"]["author"]] == [
        "Luigi Menabrea", "Ada Lovelace", "Mary Somerville"]


HOSTILE = 'Breaking </script><script>alert(1)</script> out <!-- and & "quotes"'


def test_hostile_title_cannot_break_out_and_is_not_dropped(good_dir):
    import extruct

    p = good_dir / "ada-lovelace.yaml"
    p.write_text(p.read_text().replace("title: Sketch of the Analytical Engine", f"title: '{HOSTILE}'"))
    b = load_build([good_dir])
    snippet = embed(b, "ada-lovelace")
    body = snippet.split("\n", 1)[1].rsplit("</script>", 1)[0]
    assert "</script" not in body.lower() and "<!--" not in body and "<" not in body
    items = extruct.extract(f"<html><body>{snippet}<p>after</p></body></html>", syntaxes=["json-ld"],
                            uniform=False)["json-ld"]
    assert len(items) == 1
    assert HOSTILE in [w["name"] for w in items[0]["mentions"]]


def test_html_safe_json_keeps_the_value():
    text = html_safe_json({"t": "</script><!--&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!--&\u2028"}


def test_embed_object_has_no_network_context(good_build):
    obj = embed_object(good_build, "charles-babbage")
    assert obj["@context"] == "https://schema.org"
    assert obj["mainEntity"]["jobTitle"] == "Professor"


# --- writers that skip work must write what the slow path writes ---------------------------------

JSON = st.recursive(
    st.none() | st.booleans()
    | st.integers() | st.floats()
    | st.text(),
    lambda inner: st.lists(inner, max_size=4)
    | st.lists(inner, max_size=3).map(tuple)  # (json.dumps writes a tuple as a list, and so must dump_json)
    | st.dictionaries(st.text(max_size=5), inner,
                                                        max_size=4),
    max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(JSON, st.sampled_from([1, 2]))
def test_dump_json_is_json_dumps_byte_for_byte(obj, indent):
    from kg.export import dump_json

    assert dump_json(obj, indent) == json.dumps(obj, ensure_ascii=False, indent=indent)


FINITE_JSON = st.recursive(  # what dump_json writes itself (json.dumps writes NaN and infinities)
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(st.lists(FINITE_JSON, min_size=1, max_size=4), st.lists(st.integers(0, 3), min_size=2, max_size=6),
       st.sampled_from([1, 2]))
def test_dump_json_with_a_memo_is_json_dumps_of_objects_sharing_dicts(parts, picks, indent):
    """Snippets share frames (a joint work): with one memo, the text of a dict two levels down is written once
    and reused where the same dict comes again; every text is still json.dumps's."""
    from kg.export import dump_json

    shared = [{"@id": f"w{n}", "v": part} for n, part in enumerate(parts)]
    pages = [{"page": n, "mentions": [shared[i % len(shared)] for i in picks[n:]]} for n in range(len(picks))]
    memo: dict = {}
    for page in pages:
        assert dump_json(page, indent, memo=memo) == json.dumps(page, ensure_ascii=False, indent=indent)
    assert {id(d) for d in shared if any(d is m for page in pages for m in page["mentions"])} <= set(memo)


REPORT_JSON = st.recursive(  # dicts with string keys or not, and lists: walked around or written whole
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    | st.dictionaries(st.integers(0, 3), inner, max_size=2),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(REPORT_JSON, st.sampled_from([1, 2]), st.integers(0, 3), st.sampled_from([1, 2, 7, 1 << 16]),
       st.sampled_from([1, 2, 10_000]))
def test_the_report_written_and_hashed_in_parts_is_json_dumps_byte_for_byte(obj, indent, levels, flush_at, batch):
    """merge-report.json is written a part at a time and its digest taken over parts (at 2M triples of the
    bench's corpus the text was 257 MB, made whole and encoded on top of the build's peak): the same bytes as
    json.dumps's whole text, and the same digest as that of its compact text."""
    import hashlib
    import io

    from kg.export import _compact_parts, report_digest, write_json

    try:
        expect = (json.dumps(obj, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the file cannot be written either way
        return
    f = io.BytesIO()
    write_json(f, obj, indent, levels=levels, flush_at=flush_at)
    assert f.getvalue() == expect
    compact = json.dumps(obj, ensure_ascii=False)
    assert "".join(_compact_parts(obj, levels, batch)) == compact
    assert report_digest(obj) == hashlib.sha256(compact.encode("utf-8", "surrogatepass")).hexdigest()


def test_the_report_file_is_written_without_its_whole_text(tmp_path, monkeypatch):
    """A long list (the near misses) goes to the file a part at a time: no write holds the whole text."""
    from kg import export

    report = {"sources": ["s"], "near_misses": [{"a": f"p{i}", "b": f"q{i}", "score": 99.5} for i in range(30_000)]}
    whole = (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    sizes: list[int] = []

    class Recording:
        def __init__(self):
            self.data = bytearray()

        def write(self, data):
            sizes.append(len(data))
            self.data += data

    f = Recording()
    export.write_json(f, report, indent=2)
    assert bytes(f.data) == whole and max(sizes) < len(whole) // 2
    writer = export._report_text(report, None)
    assert callable(writer)
    writer(str(tmp_path / "r.json"))
    assert (tmp_path / "r.json").read_bytes() == whole


def test_presorted_quads_write_what_a_full_sort_writes(tmp_path):
    """The build's canonical quads skip the writers' sorts; shuffled, they are sorted again: same bytes."""
    import random

    from kg.build import Build

    build = load_build([GOOD])
    shuffled = list(build.quads)
    random.Random(1).shuffle(shuffled)
    plain = Build(corpus=build.corpus, quads=shuffled, locations=build.locations)
    for fmt in ("turtle", "nt", "json-ld", "trig", "nquads", "xml"):
        assert serialize(build, fmt) == serialize(plain, fmt), fmt
    write_outputs(build, tmp_path / "fast", build.corpus.report())
    for page in sorted((tmp_path / "fast" / "embed").iterdir()):
        assert page.read_text(encoding="utf-8") == embed(build, page.stem), page.name


@pytest.mark.parametrize("graphs", ["default and named", "default only", "named only", "a graph in two parts"])
def test_turtle_and_trig_written_together_are_what_the_full_writers_write(good_build, tmp_path, graphs):
    """graph.trig is written as graph.ttl's bytes (the default graph serialized once for both) followed by the
    named graphs serialized on their own: each file is what a full sort and serialization of its quads writes."""
    from kg.build import Build
    from kg.export import _write_turtle_and_trig
    from kg.graph import CanonicalQuads

    quads = CanonicalQuads()
    default, *named = good_build.quads.parts
    if graphs != "named only":
        quads.add_graph(None, default[1])
    for n, (g, text) in enumerate([] if graphs == "default only" else named):
        if graphs == "a graph in two parts" and n == 0:
            half = text.index(b"\n", len(text) // 2) + 1
            quads.add_graph(g, text[:half])
            text = text[half:]
        quads.add_graph(g, text)
    ttl, trig = tmp_path / "graph.ttl", tmp_path / "graph.trig"
    _write_turtle_and_trig(Build(corpus=good_build.corpus, quads=quads), str(ttl), str(trig))
    plain = Build(corpus=good_build.corpus, quads=list(quads))
    assert ttl.read_bytes() == serialize(plain, "turtle")
    assert trig.read_bytes() == serialize(plain, "trig")


def test_the_index_made_on_the_way_is_the_index_of_the_default_graph(good_build):
    """kg.embed.indexing passes the default graph's quads on unchanged and leaves the build the index _Index makes
    of them; a build that has its index keeps it."""
    from kg.build import Build
    from kg.embed import _Index, indexing

    build = Build(corpus=good_build.corpus, quads=good_build.quads)
    passed = list(indexing(build, build.iter_triples()))
    assert passed == list(build.iter_triples())
    alone = _Index(build.iter_triples())
    made = build.__dict__["_embed_index"]
    assert (made.out, made.into) == (alone.out, alone.into) and made.out
    assert list(indexing(build, iter(passed))) == passed and build.__dict__["_embed_index"] is made


def test_a_cold_write_parses_the_default_graph_once(tmp_path, monkeypatch):
    """The Turtle's parse of the default graph also makes the index the JSON-LD and the snippets read (it made one
    of its own by parsing the text again); the files are what they were (the tests above, and the bench's
    comparison with main's)."""
    import kg.graph

    build = load_build([GOOD])
    build.quads.complete()
    build.quads.forget_parsed()
    build.__dict__.pop("_embed_index", None)
    default = build.quads.default_text()
    parsed = []
    real = kg.graph.parse

    def counting(data, *args, **kwargs):
        parsed.append(data is default)
        return real(data, *args, **kwargs)

    monkeypatch.setattr(kg.graph, "parse", counting)
    write_outputs(build, tmp_path / "out", build.corpus.report())
    assert parsed.count(True) == 1
    for page in sorted((tmp_path / "out" / "embed").iterdir()):
        assert page.read_text(encoding="utf-8") == embed(build, page.stem), page.name


def test_ntriples_keeps_a_literal_with_a_unicode_line_separator_on_one_line(good_build):
    """Regression: lines were split with str.splitlines(), which also breaks at U+2028 and U+0085."""
    import pyoxigraph as ox

    from kg.build import Build

    extra = ox.Quad(ox.NamedNode("https://example.org/kg/x"), ox.NamedNode("https://schema.org/name"),
                    ox.Literal("a\u2028b\x85c"))
    build = Build(corpus=good_build.corpus, quads=list(good_build.quads) + [extra], locations={})
    data = serialize(build, "nt")
    assert set(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)) == {ox.Quad(t.subject, t.predicate, t.object)
                                                                  for t in build.triples}


def test_jsonld_text_is_json_dumps_of_the_document(good_build):
    from kg.export import context, jsonld

    for triples in (good_build.triples, []):
        doc = json.loads(jsonld(triples))
        assert jsonld(triples) == (json.dumps({"@context": context(), "@graph": doc["@graph"]}, ensure_ascii=False,
                                              indent=1) + "\n").encode("utf-8")


def test_snippets_made_together_equal_snippets_made_alone(good_build):
    """write_outputs frames every snippet with one shared memo (a coauthor or joint work framed once):
    the pages are the ones embed_object makes for each owner on its own."""
    from kg.embed import embed_object as framed

    memo: dict = {}
    slugs = sorted(n.iri.rstrip("/").rsplit("/", 1)[-1] for n in good_build.corpus.owners())
    together = [json.dumps(framed(good_build, slug, memo=memo)) for slug in slugs]
    assert memo and together == [json.dumps(framed(good_build, slug)) for slug in slugs]


def test_jsonld_of_a_build_is_jsonld_of_its_triples(good_build):
    """The build's JSON-LD is written from the strings the snippets' index holds; it is the text
    jsonld() writes from the Oxigraph terms."""
    from kg.export import jsonld

    assert serialize(good_build, "json-ld") == jsonld(good_build.triples, presorted=True) == jsonld(
        list(reversed(good_build.triples)))


_NT_SUBJECTS = st.sampled_from(["<http://ex.org/a>", "<http://ex.org/a-b>", "<http://ex.org/a/c>", "<http://ex.org/a0>",
                                "<http://ex.org/ab>", "_:b1", "_:b12", "_:b1x", "<http://ex.org/\u00e9>"])
_NT_REST = st.tuples(st.sampled_from(["<http://ex.org/p>", "<http://ex.org/p-q>", "<http://ex.org/pq>"]),
                     st.sampled_from(['"x y"', '"x\u2028y"', '"x\u0085"', "<http://ex.org/a>", "_:b1", '"2"^^<x:i>',
                                      '"a b"@en', '""']))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_NT_SUBJECTS, _NT_REST), unique=True, max_size=40), st.booleans(), st.integers(1, 300),
       st.sampled_from(["", "no newline", "two\n\nlines"]))
def test_graph_nt_sorted_by_subject_runs_is_every_line_sorted_as_bytes(triples, by_subject, size, odd):
    """graph.nt from the canonical text is sorted by runs of one subject's lines, not as one bytes object per line
    (at 5M triples those were 1.1 GiB of the build's peak): the same bytes as all its lines sorted, whatever the
    order (a subject's lines in one run, as the canonical text holds them, or spread over several), subjects
    that begin like others (`<a>`, `<a-b>`; `_:b1`, `_:b12`), literals with spaces, U+2028 and U+0085; a text
    that is not such lines throughout is sorted a line at a time."""
    from kg.export import _ntriples_parts
    from kg.graph import CanonicalQuads

    if by_subject:
        triples = sorted(triples, key=lambda t: t[0].strip("<>_:"))
    text = "".join(f"{s} {p} {o} .\n" for s, (p, o) in triples).encode("utf-8")
    if odd == "no newline" and text:
        text = text[:-1]
    elif odd == "two\n\nlines":
        text += b"<http://ex.org/z> <http://ex.org/p> \"1\" .\n\n"
    quads = CanonicalQuads()
    quads.add_graph(None, text)
    parts = list(_ntriples_parts(quads, size=size))
    lines = sorted(text.split(b"\n")[:-1] if text.endswith(b"\n") else text.split(b"\n"))
    assert b"".join(parts) == (b"\n".join(lines) + b"\n" if lines else b"\n")
    if not odd and triples:
        # parts of about `size` bytes (a subject's lines at least), not one text: every part but the last reaches
        # `size`, and the text is cut before the last subject's lines when what comes before them reaches it
        assert all(len(part) >= size for part in parts[:-1])
        last = max(s.encode("utf-8") for s, _ in triples)
        before_last = sum(len(f"{s} {p} {o} .\n".encode("utf-8")) for s, (p, o) in triples if s.encode("utf-8") != last)
        assert (len(parts) > 1) == (before_last >= size)


def test_graph_nt_of_a_build_is_its_lines_sorted(tmp_path):
    """serialize's graph.nt and write_outputs' file are the canonical lines sorted as bytes."""
    b = load_build([GOOD])
    text = serialize(b, "nt")
    lines = text.split(b"\n")
    assert lines[-1] == b"" and lines[:-1] == sorted(lines[:-1]) and len(lines) > 20
    assert lines[:-1] == sorted(b.quads.default_text().split(b"\n")[:-1])
    write_outputs(b, tmp_path / "out")
    assert (tmp_path / "out" / "graph.nt").read_bytes() == text
