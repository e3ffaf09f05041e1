"""The parts of kg.export a rebuild uses (kg.cache): the JSON-LD spliced from the previous file, a subject's
lines found in canonical text, and the index read lazily from that text, each against the full path."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal

from kg.build import load_build
from kg.embed import _Index
from kg.export import (_NODE_START, SubjectSamples, _Blocks, _first_line_from, _jsonld_of_index, jsonld_spliced, ntriples_spliced,
                       subject_lines, text_index)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def data_build():
    return load_build([ROOT / "data"])


def test_subject_lines_are_every_line_of_the_subject(data_build):
    text = data_build.quads.default_text()
    lines = text.split(b"\n")[:-1]
    subjects = sorted({line[:line.index(b" ")] for line in lines})
    for s in subjects:
        assert subject_lines(text, s) == [line for line in lines if line.startswith(s + b" ")]
    # absent subjects: before the first, between two, after the last
    for s in (b"<a:>", subjects[len(subjects) // 2][:-1] + b"0>", b"<\xef\xbf\xbf>", subjects[0][:-2] + b">"):
        assert subject_lines(text, s) == [line for line in lines if line.startswith(s + b" ")]


@pytest.mark.parametrize("step", [1, 100, 4096, SubjectSamples.STEP, 1 << 30])
def test_a_subject_found_between_two_samples_is_where_bisecting_the_whole_text_finds_it(data_build, step):
    """SubjectSamples, what a rebuild's snippets read their subjects by: every subject, and keys that are no
    subject (before the first, between two, after the last, a prefix of one), at every spacing of the samples
    (one per line, none at all)."""
    text = data_build.quads.default_text()
    lines = text.split(b"\n")[:-1]
    subjects = sorted({line[1:line.index(b">")] for line in lines})
    samples = SubjectSamples(text, step)
    rng = random.Random(step)
    keys = subjects + [b"", b"a:", b"\xef\xbf\xbf", subjects[0][:-1], subjects[-1] + b"0"]
    keys += [s[:rng.randrange(len(s))] + bytes([rng.randrange(33, 127)]) for s in rng.sample(subjects, 100)]
    for key in keys:
        assert samples.first_line(key) == _first_line_from(text, key), key
    for s in subjects[::7] + [b"a:", subjects[0][:-1], subjects[len(subjects) // 2] + b"0", subjects[-1] + b"0"]:
        head = b"<" + s + b">"
        assert subject_lines(text, head, samples) == subject_lines(text, head)


@pytest.mark.parametrize("seed", range(8))
def test_spliced_ntriples_are_the_new_lines_sorted(data_build, seed):
    """graph.nt of a rebuild: the previous file with lines taken out and put in is what sorting the new lines
    gives (IRIs that sort differently as whole lines than as terms: '<a-b>' before '<a>', '<a>' before '<ab>')."""
    rng = random.Random(seed)
    lines = data_build.quads.default_text().split(b"\n")[:-1]
    made = [b"<https://example.org/a%s> <https://schema.org/name> \"x%d\" ." % (tail, i)
            for i, tail in enumerate([b"", b"-b", b"b", b"/c", b".d", b"\xc3\xa9"] * 3)]
    old = set(rng.sample(lines, len(lines) * 3 // 4)) | set(rng.sample(made, 9))
    new = set(rng.sample(lines, len(lines) * 3 // 4)) | set(rng.sample(made, 9))
    old_text = b"".join(line + b"\n" for line in sorted(old))
    parts = ntriples_spliced(old_text, old - new, new - old)
    assert b"".join(parts) == b"".join(line + b"\n" for line in sorted(new))
    # what does not add up is refused: a line to take out that is not there, one to put in that is
    assert ntriples_spliced(old_text, {sorted(new - old)[0]}, set()) is None
    assert ntriples_spliced(old_text, set(), {sorted(old)[0]}) is None
    assert ntriples_spliced(old_text, old, set()) is None  # every line gone: the empty graph is written whole


def test_the_lazy_index_reads_what_the_full_index_holds(data_build):
    full = _Index(data_build.iter_triples())
    lazy = text_index(data_build)
    for s, statements in full.out.items():
        assert lazy.out.get(s) == statements
    for o, links in full.into.items():
        assert lazy.into.get(o) == links
    assert lazy.out.get("https://example.org/none") is None and lazy.into.get("https://example.org/none") is None


@pytest.mark.parametrize("seed", range(8))
def test_the_spliced_jsonld_is_the_jsonld_of_the_changed_statements(data_build, seed):
    rng = random.Random(seed)
    old_index = _Index(data_build.iter_triples()).out
    old = _jsonld_of_index(old_index)
    subjects = sorted(old_index)
    new_index = dict(old_index)
    changes: dict[str, list[tuple]] = {}
    picks = rng.sample(subjects, 5) + [subjects[0], subjects[-1]][: rng.randint(0, 2)]
    for s in picks:
        kind = rng.choice(("drop", "edit", "same"))
        if kind == "drop":
            new_index.pop(s, None)
            changes[s] = []
        elif kind == "edit":
            new_index[s] = changes[s] = list(old_index[s]) + [
                ("https://schema.org/name", f"new {seed}", Literal(f"new {seed}"))]
        else:
            changes[s] = old_index[s]
    for s in ("https://a.example/first", subjects[len(subjects) // 3] + "-new", "https://\uffff.example/last")[
            : rng.randint(1, 3)]:
        new_index[s] = changes[s] = [("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://schema.org/Thing",
                                      None), ("https://schema.org/url", "https://x.example/", None)]
    parts = jsonld_spliced(old, changes)
    assert parts is not None
    assert b"".join(bytes(p) for p in parts) == _jsonld_of_index(dict(sorted(new_index.items())))


def test_a_file_of_another_kind_is_not_spliced(data_build):
    old = _jsonld_of_index(_Index(data_build.iter_triples()).out)
    assert jsonld_spliced(b"{}", {}) is None
    assert jsonld_spliced(old[:-3], {}) is None
    assert jsonld_spliced(_jsonld_of_index({}), {"https://a.example/": [("https://schema.org/url", "u", None)]}) is None


def _edited_data(tmp_path: Path, how: str) -> Path:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    if how == "title":
        f = data / "peisong-wang.yaml"
        f.write_text(f.read_text(encoding="utf-8").replace("title: ", "title: Revised ", 1), encoding="utf-8")
    elif how == "gone":
        (data / "anbang-yao-2.yaml").unlink()
    elif how == "new":
        (data / "aa-new.yaml").write_text("person:\n  name: Aa Newcomer\npublications:\n- title: A paper\n"
                                          "  year: 2024\n  authors:\n  - name: Aa Newcomer\n    is_self: true\n",
                                          encoding="utf-8")
    return data


@pytest.mark.parametrize("how", ["title", "gone", "new"])
def test_spliced_turtle_and_trig_are_what_the_full_writers_write(data_build, tmp_path, how):
    from kg.export import _quads_of, _serialize_canonical, turtle_trig_spliced

    new = load_build([_edited_data(tmp_path, how)])
    old_ttl, old_trig = (_serialize_canonical(data_build, f) for f in ("turtle", "trig"))
    old_lines = set(data_build.quads.default_text().split(b"\n"))
    new_lines = set(new.quads.default_text().split(b"\n"))
    text = new.quads.default_text()
    subjects = {line[:line.index(b" ")] for line in old_lines ^ new_lines}
    assert subjects
    changed = {s[1:-1].decode(): _quads_of(subject_lines(text, s)) for s in subjects}
    before = dict((g, t) for g, t in data_build.quads.parts if g is not None)
    named = [(g, t) for g, t in new.quads.parts if g is not None]
    changed_graphs = {g for g, t in named if before.get(g) != t}
    got = turtle_trig_spliced(old_ttl, old_trig, text, changed, named, changed_graphs)
    assert got is not None
    ttl, trig = (b"".join(bytes(p) for p in parts) for parts in got)
    assert ttl == _serialize_canonical(new, "turtle")
    assert trig == _serialize_canonical(new, "trig")


@pytest.mark.parametrize("kind", ["turtle", "json-ld"])
def test_a_block_found_by_bisecting_the_file_is_where_the_list_of_every_block_puts_it(data_build, kind):
    """_Blocks, how a rebuild finds the changed subjects' blocks in the previous graph.ttl and graph.jsonld:
    for every subject and for keys that are none (before the first, between two, after the last), from every
    place the search may start, what bisecting the list of every block's start gives."""
    from bisect import bisect_left

    from kg.export import _rdf_head, _serialize_canonical

    data = _serialize_canonical(data_build, kind)
    if kind == "turtle":
        head = _rdf_head()
        blocks = _Blocks(data, b"\n<", 1, len(head), len(data), len(data))

        def key_at(at):
            return data[at + 1:data.index(b">", at)]
    else:
        head = data[:data.index(_NODE_START)]
        end = len(data) - len(b"\n ]\n}\n")
        blocks = _Blocks(data, _NODE_START, 0, len(head), end + 1, end)

        def key_at(at):
            begin = at + len(_NODE_START)
            return data[begin:data.index(b'"', begin)]
    starts, at = [], blocks.first
    while at < blocks.past:
        starts.append(at)
        at = blocks.after(at)
    assert len(starts) > 50 and [key_at(a) for a in starts] == sorted(key_at(a) for a in starts)
    keys = [key_at(a) for a in starts]
    probes = keys + [b"", b"a:", b"\xff", keys[0][:-1], keys[-1] + b"0"] + [k[:-1] + b"~" for k in keys[::5]]
    rng = random.Random(kind)
    for key in probes:
        for lo in {0, rng.randrange(len(starts) + 1), bisect_left(keys, key)}:
            lo = min(lo, bisect_left(keys, key))  # (a search starts where every block before is less)
            want = bisect_left(keys, key, lo=lo)
            got = blocks.first_from(key, key_at, starts[lo] if lo < len(starts) else blocks.past)
            assert got == (starts[want] if want < len(starts) else blocks.past), key


def test_the_lazy_index_for_snippets_holds_only_the_statements_snippets_read(data_build):
    """text_index(build, snippets=True), what a rebuild frames its few snippets from: of each subject the
    statements of schema.org predicates and of kg.embed.READ_PREDICATES, in the full index's order; the others
    (a person's prov:wasDerivedFrom of every page naming them, FOAF) are not parsed."""
    from kg.embed import READ_NAMESPACES, READ_PREDICATES

    full = _Index(data_build.iter_triples())
    lazy = text_index(data_build, snippets=True)
    left = 0
    for s, statements in full.out.items():
        kept = [st for st in statements if st[0] in READ_PREDICATES or st[0].startswith(READ_NAMESPACES)]
        assert lazy.out.get(s, []) == kept
        left += len(statements) - len(kept)
    assert left > 0
    for o, links in full.into.items():
        assert lazy.into.get(o) == links


@pytest.mark.parametrize("seed", range(6))
def test_subjects_read_together_are_what_reading_them_one_by_one_gives(data_build, seed):
    """The lazy index's read_together (a work's authorship nodes at once: one bisection for a run of subjects that
    follow one another, one parse) keeps for each subject what reading it alone gives: runs of neighbours,
    subjects far apart, absent ones, some read before, with and without the snippets' predicates."""
    rng = random.Random(seed)
    text = data_build.quads.default_text()
    subjects = sorted({line[1:line.index(b">")].decode() for line in text.split(b"\n")[:-1]})
    start = rng.randrange(len(subjects) - 12)
    asked = subjects[start:start + rng.randint(1, 12)] + rng.sample(subjects, 5) + [
        subjects[start] + "-absent", "https://example.org/none", "a:", "\uffff"]
    rng.shuffle(asked)
    for snippets in (False, True):
        one, together = text_index(data_build, snippets).out, text_index(data_build, snippets).out
        for s in rng.sample(asked, 3):
            together.get(s)
        together.read_together(asked + asked[:2])
        assert set(together.got) >= set(asked)
        for s in asked:
            assert together.got[s] == one._read(s)
            assert together.get(s) == one.get(s)


@pytest.mark.parametrize("snippets", [False, True])
def test_snippets_framed_from_the_lazy_index_are_the_full_ones(data_build, snippets):
    from kg.export import embed, snippet_deps
    from kg.embed import _index, embed_object

    owners = sorted(n.iri.rstrip("/").rsplit("/", 1)[-1] for n in data_build.corpus.owners())
    full = [embed(data_build, slug, memo={}) for slug in owners]
    nodes = sorted(data_build.corpus.owners(), key=lambda n: n.iri)
    slugs = [n.iri.rstrip("/").rsplit("/", 1)[-1] for n in nodes]
    full_deps = [snippet_deps(_index(data_build), embed_object(data_build, slug), n.iri, {})
                 for slug, n in zip(slugs, nodes)]
    lazy_build = load_build([ROOT / "data"])
    lazy_build.__dict__["_embed_index"] = text_index(lazy_build, snippets=snippets)
    memo: dict = {}
    assert [embed(lazy_build, slug, memo=memo) for slug in owners] == full
    # and what each was read from, which the next rebuild checks its changes against
    assert [snippet_deps(_index(lazy_build), embed_object(lazy_build, slug, memo=memo), n.iri, {})
            for slug, n in zip(slugs, nodes)] == full_deps


@pytest.mark.parametrize("seed", range(8))
def test_the_snippet_table_kept_from_build_to_build_gives_back_each_snippets_sets(seed):
    """kg.export.SnippetTable over builds that frame some snippets again (with IRIs new and gone) and keep the
    others' entries as their bytes: each entry reads back as the sets it was put with, through the cache's
    pickle, across a renumbering (the list of IRIs grown past twice what it was numbered for), and a table
    numbers only IRIs an entry read."""
    import pickle

    from kg.export import SnippetTable, _numbers_of

    rng = random.Random(seed)
    pool = [f"https://example.org/kg/x/{n}" for n in range(300)]
    want: dict[str, tuple] = {}
    table = SnippetTable()
    renumbered = 0
    for build in range(12):
        table = SnippetTable.read(pickle.loads(pickle.dumps(table.stored()))) if build else table
        following = table.following() if build else table
        for name in sorted(want) if build else []:
            if rng.random() < 0.7:  # kept: its entry's bytes carried over
                following.entries[name] = table.entries[name]
            else:
                del want[name]
        for n in range(rng.randint(1, 6)):  # framed (again): new sets, some of IRIs never numbered
            name = f"s{rng.randrange(20)}.html"
            # IRIs never numbered, enough of them for the list to outgrow twice what it was numbered for
            new = [f"https://example.org/kg/new/{build}-{n}-{k}" for k in range(rng.randint(1, 150))]
            full = frozenset(rng.sample(pool, rng.randint(0, 40)) + new)
            pool += new
            names = frozenset(rng.sample(pool, rng.randint(0, 5)))
            want[name] = (f"sha{build}", f"owner-{name}", full, names)
            following.put(name, *want[name])
        table = following
        numbered = len(table.iris)
        got = SnippetTable.read(pickle.loads(pickle.dumps(table.stored())))
        renumbered += len(got.iris) < numbered
        assert sorted(got.entries) == sorted(want)
        for name, (sha, owner, full, names) in want.items():
            e = got.entries[name]
            assert (e[0], e[1]) == (sha, owner)
            assert {got.iris[i] for i in _numbers_of(e[2])} == full and len(_numbers_of(e[2])) == len(full)
            assert {got.iris[i] for i in _numbers_of(e[3])} == names
            assert got.numbered(full) == set(_numbers_of(e[2]))
        assert len(got.iris) == len(set(got.iris)) <= 2 * max(got.fresh, 1000)
    assert renumbered  # (the IRIs no entry read any longer left out)
    assert SnippetTable.read({"a.html": ("sha", "owner", frozenset(), frozenset())}) is None  # an older cache's


_IRIS = st.sampled_from([f"x:{n}" for n in range(60)])
_PUTS = st.lists(st.tuples(st.sampled_from([f"s{n}.html" for n in range(8)]), st.frozensets(_IRIS, max_size=12),
                           st.frozensets(_IRIS, max_size=4)), max_size=6)


@settings(max_examples=150, deadline=None)
@given(builds=st.lists(st.tuples(_PUTS, st.frozensets(_IRIS, max_size=6)), min_size=1, max_size=5))
def test_a_snippet_table_read_back_numbers_as_one_holding_a_map_of_every_iri(builds):
    """A table read back (a rebuild's) finds the numbers of what it is asked about, and numbers what its snippets
    framed again read, by passes over its list of IRIs, with no map of every IRI: it gives the numbers, and stores
    the bytes, that a table holding the map gives, build after build (each build: some snippets put, the numbers of
    some IRIs asked for)."""
    import pickle

    from kg.export import SnippetTable

    lazy = mapped = SnippetTable()
    for puts, asked in builds:
        lazy = SnippetTable.read(pickle.loads(pickle.dumps(lazy.stored())))
        mapped = SnippetTable.read(pickle.loads(pickle.dumps(mapped.stored())))
        mapped._numbers = dict(zip(mapped.iris, range(len(mapped.iris))))  # as the table made it for every rebuild
        assert lazy.numbered(asked) == mapped.numbered(asked)
        assert lazy.numbers_of(asked) == {i: mapped.iris.index(i) for i in asked if i in mapped.iris}
        lazy, mapped = lazy.following(), mapped.following()
        for name, full, names in puts:
            lazy.put(name, "sha", "owner", full, names)
            mapped.put(name, "sha", "owner", full, names)
        assert lazy._numbers is None  # no map of every IRI made
        assert lazy.stored() == mapped.stored()


def test_a_renumbered_snippet_table_numbers_only_the_iris_its_entries_read():
    from kg.export import SnippetTable, _numbers_of

    table = SnippetTable()
    for n in range(2500):  # (a list of up to 2,000 is never renumbered)
        table.put(f"s{n}.html", "sha", "owner", frozenset({f"x:{n}", "x:shared"}), frozenset())
    table.fresh = 100  # numbered for far fewer IRIs than it has
    kept = SnippetTable(table.iris, table.fresh, {"s7.html": table.entries["s7.html"]})
    iris, fresh, entries = kept.stored()
    assert sorted(iris) == ["x:7", "x:shared"] and fresh == 2
    assert {iris[i] for i in _numbers_of(entries["s7.html"][2])} == {"x:7", "x:shared"}
