"""The build cache (kg.cache): a rebuild after one profile changes writes exactly what a cold build of the
same inputs writes, and a cache made by another kg, other shapes or another base is not used."""

from __future__ import annotations

import os
import shutil
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg import cache as kgcache
from kg.build import load_build
from kg.cache import BuildCache
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://example.org/kg/"
NOT_COMPARED = ("store", ".cache")  # the store is a database (not byte-identical by design), the cache is not output


REAL_READ_BYTES = Path.read_bytes


@pytest.fixture
def read(monkeypatch) -> list[Path]:
    """The files read with Path.read_bytes or mapped (kg.files.mapped_file) from now on, in order."""
    import kg.files

    seen: list[Path] = []
    real_map = kg.files.mapped_file

    def spy(self):
        seen.append(self)
        return REAL_READ_BYTES(self)

    def map_spy(path, st=None, populate=True):
        seen.append(Path(path))
        return real_map(path, st, populate)

    monkeypatch.setattr(Path, "read_bytes", spy)
    monkeypatch.setattr(kg.files, "mapped_file", map_spy)
    return seen


@pytest.fixture(scope="module")
def first_build(tmp_path_factory) -> Path:
    """One cold ``kg build`` of data/ (with its cache), copied by the tests that need a build folder."""
    out = tmp_path_factory.mktemp("first") / "build"
    build(ROOT / "data", out)
    return out


@pytest.fixture
def data(tmp_path: Path) -> Path:
    dest = tmp_path / "data"
    shutil.copytree(ROOT / "data", dest)
    return dest


@pytest.fixture
def out(first_build: Path, data: Path, tmp_path: Path) -> Path:
    """A copy of the first build, as if built from ``data`` (the cache keys profiles by their path)."""
    dest = tmp_path / "build"
    shutil.copytree(first_build, dest)
    return dest


def build(data: Path, out: Path, *extra) -> None:
    r = CliRunner().invoke(main, ["build", str(data), "-o", str(out), "-q", *extra], catch_exceptions=False)
    assert r.exit_code == 0, r.output


def outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.relative_to(out).parts[0] not in NOT_COMPARED}


def assert_same_outputs(a: Path, b: Path) -> None:
    got, want = outputs(a), outputs(b)
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], f"{name} differs from the cold build's"


def store_content(out: Path) -> tuple:
    """The store's quads (as sorted N-Quads lines), its named graphs and its stamp's counts."""
    import json

    import pyoxigraph as ox

    store = ox.Store.read_only(str(out / "store" / "oxigraph"))
    lines = sorted(ox.serialize(store, format=ox.RdfFormat.N_QUADS).split(b"\n"))
    graphs = sorted(g.value for g in store.named_graphs())
    stamp = json.loads((out / "store" / "kg-store.json").read_text())
    return lines, graphs, (stamp["triples"], stamp["quads"], len(store))


def assert_same_store(a: Path, b: Path) -> None:
    got, want = store_content(a), store_content(b)
    assert got[2] == want[2]
    assert got[1] == want[1]
    assert got[0] == want[0]


@pytest.fixture
def store_updates(monkeypatch) -> list:
    """The builds that updated the previous store in place (kg.cache.BuildCache._update_store) record here."""
    calls = []
    real = BuildCache._update_store

    def spy(self, store, b):
        got = real(self, store, b)
        calls.append((self.default_diff(b), self.changed_graphs(b)))
        return got

    monkeypatch.setattr(BuildCache, "_update_store", spy)
    return calls


@pytest.fixture
def validations(monkeypatch) -> list:
    """What each `kg build` validated: (its results, whether only what the change reaches was validated again)."""
    import kg.validate

    calls = []
    real = kg.validate.validate_build

    def spy(b, cache=None):
        results = real(b, cache=cache)
        calls.append((results, cache is not None and cache.stats.validation_incremental))
        return results

    monkeypatch.setattr(kg.validate, "validate_build", spy)
    return calls


def stats_of(data: Path, out: Path, base: str = BASE):
    cache = BuildCache.open(out, base)
    load_build([data], base=base, cache=cache)
    return cache.stats


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_rebuild_after_one_profile_changes_is_byte_identical_to_a_cold_build(data, out, tmp_path):
    assert (out / ".cache" / kgcache.STAMP).is_file()
    unchanged = stats_of(data, out)
    assert unchanged.valid and unchanged.profiles_hit == 5 and unchanged.profiles_missed == 0
    assert unchanged.graphs_hit == 5 and unchanged.graphs_missed == 0

    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")  # the first publication's title
    stats = stats_of(data, out)
    assert (stats.profiles_hit, stats.profiles_missed) == (4, 1)
    assert stats.graphs_missed >= 1 and stats.graphs_hit >= 1
    build(data, out)
    cold = tmp_path / "cold"
    build(data, cold)
    assert b"Revised " in (cold / "graph.nt").read_bytes()
    assert_same_outputs(out, cold)


def test_rebuild_updates_the_previous_store_to_the_cold_builds_quads(data, out, tmp_path, store_updates):
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    build(data, out)
    assert len(store_updates) == 1  # the store was the previous one, updated, not loaded in full
    diff, (changed, gone) = store_updates[0]
    assert diff.subjects and diff.added and diff.removed
    assert changed == {BASE + "source/peisong-wang"} and not gone
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert_same_store(out, cold)


@pytest.mark.parametrize("how", ["title", "new page", "page removed"])
def test_an_updated_store_is_counted_from_what_changed_not_walked_whole(data, out, tmp_path, store_updates,
                                                                        monkeypatch, how):
    """The stamp's quad count of a store updated in place is the previous stamp's plus what the changed
    subjects and pages gained: the same count a cold build stamps, without a walk over every quad."""
    import pyoxigraph as ox

    from kg import store as kgstore

    walked = []

    def spy_len(obj):
        if isinstance(obj, ox.Store):
            walked.append(obj)
        return len(obj)

    monkeypatch.setattr(kgstore, "len", spy_len, raising=False)
    if how == "title":
        edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    elif how == "new page":
        (data / "zz-new.yaml").write_text("person:\n  name: Zed Newcomer\n  homepage: https://zed.example/\n"
                                          "publications:\n- title: A paper of its own\n  year: 2024\n"
                                          "  authors:\n  - name: Zed Newcomer\n    is_self: true\n",
                                          encoding="utf-8")
    else:  # the second page of one person: people and works it joined are split again, a named graph goes
        (data / "anbang-yao-2.yaml").unlink()
    build(data, out)
    assert len(store_updates) == 1 and not walked
    cold = tmp_path / "cold"
    build(data, cold)
    assert len(walked) == 1  # a cold build counts its store
    assert_same_store(out, cold)  # the stamps' counts, and the quads themselves


@pytest.fixture
def reused(monkeypatch) -> dict:
    """What a rebuild took from the previous build's files: spliced JSON-LD, snippets reused as they were."""
    from kg import export

    got = {"jsonld": 0, "rdf": 0, "nt": 0, "report": 0, "snippets": []}
    real_splice, real_file, real_rdf = export.jsonld_spliced, BuildCache.previous_file, export.turtle_trig_spliced
    real_nt = export.ntriples_spliced

    def nt(*args):
        parts = real_nt(*args)
        got["nt"] += parts is not None
        return parts

    def rdf(*args):
        parts = real_rdf(*args)
        got["rdf"] += parts is not None
        return parts

    def splice(old, subjects):
        parts = real_splice(old, subjects)
        got["jsonld"] += parts is not None
        return parts

    def kept(self, name, sha256=None):
        path = real_file(self, name, sha256)
        if path is not None and name.startswith("embed/"):
            got["snippets"].append(name)
        return path

    monkeypatch.setattr(export, "jsonld_spliced", splice)
    monkeypatch.setattr(export, "turtle_trig_spliced", rdf)
    monkeypatch.setattr(export, "ntriples_spliced", nt)
    real_report = BuildCache.previous_report

    def report(self, digest):
        text = real_report(self, digest)
        got["report"] += text is not None
        return text

    monkeypatch.setattr(BuildCache, "previous_report", report)
    monkeypatch.setattr(BuildCache, "previous_file", kept)
    return got


@pytest.mark.parametrize("how", ["title", "news", "new page"])
def test_rebuild_splices_the_jsonld_and_keeps_snippets_the_change_does_not_reach(data, out, tmp_path, reused, how):
    if how == "title":
        edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    elif how == "news":
        edit(data / "anbang-yao.yaml", "news:\n", "news:\n- date: '2025-01'\n  text: A new item on the page.\n")
    else:
        (data / "zz-new.yaml").write_text("person:\n  name: Zed Newcomer\n  homepage: https://zed.example/\n"
                                          "publications:\n- title: A paper of its own\n  year: 2024\n"
                                          "  authors:\n  - name: Zed Newcomer\n    is_self: true\n",
                                          encoding="utf-8")
    build(data, out)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert reused["jsonld"] == 1 and reused["rdf"] == 1
    assert reused["nt"] == 1  # graph.nt: the previous file with the changed lines taken out and put in
    assert 1 <= len(reused["snippets"]) < len(list((cold / "embed").iterdir()))


def test_damaged_previous_outputs_are_written_in_full(data, out, tmp_path, reused):
    for name in ("graph.jsonld", "graph.ttl"):
        (out / name).write_bytes((out / name).read_bytes().replace(b"Peisong", b"Peisonk"))
    for f in (out / "embed").iterdir():
        f.write_bytes(f.read_bytes() + b" ")
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    build(data, out)
    assert reused["jsonld"] == 0 and reused["rdf"] == 0 and reused["snippets"] == []
    assert reused["nt"] == 1  # (graph.nt itself is what that build wrote: it is spliced)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


@pytest.mark.parametrize("how", ["news", "new page", "damaged", "page removed"])
def test_the_merge_report_is_the_previous_file_when_the_report_is_the_same(data, out, tmp_path, reused, how):
    if how in ("news", "damaged"):  # a news item changes no join, conflict or near miss
        edit(data / "anbang-yao.yaml", "news:\n", "news:\n- date: '2025-01'\n  text: A new item on the page.\n")
    if how == "damaged":  # the previous file is not what that build wrote: written whole
        (out / "merge-report.json").write_bytes((out / "merge-report.json").read_bytes().replace(b"Wang", b"Wanf"))
    elif how == "new page":  # one more source: another report
        (data / "zz-new.yaml").write_text("person:\n  name: Zed Newcomer\npublications:\n- title: A paper\n"
                                          "  year: 2024\n  authors:\n  - name: Zed Newcomer\n    is_self: true\n",
                                          encoding="utf-8")
    elif how == "page removed":  # the people and works that page joined are apart again
        (data / "anbang-yao-2.yaml").unlink()
    build(data, out)
    assert reused["report"] == (1 if how == "news" else 0)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    # and the next rebuild, with nothing changed, takes this one's report
    build(data, out)
    assert reused["report"] == (2 if how == "news" else 1)
    assert_same_outputs(out, cold)


def test_a_graph_nt_that_is_not_what_the_previous_build_wrote_is_written_in_full(data, out, tmp_path, reused):
    (out / "graph.nt").write_bytes((out / "graph.nt").read_bytes().replace(b"Peisong", b"Peisonk"))
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    build(data, out)
    assert reused["nt"] == 0
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


def test_a_store_whose_graph_file_was_changed_is_loaded_in_full(data, out, tmp_path, store_updates):
    with open(out / "graph.nt", "ab") as f:  # the previous graph.nt no longer what that build wrote
        f.write(b"<https://example.org/x> <https://example.org/p> <https://example.org/o> .\n")
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    build(data, out)
    assert store_updates == []
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_store(out, cold)


def test_a_store_of_another_build_is_loaded_in_full(data, out, tmp_path, store_updates):
    stamp = out / "store" / "kg-store.json"
    stamp.write_text(stamp.read_text().replace('"quads"', '"quads" ') + "\n")
    build(data, out)
    assert store_updates == []
    build(data, out)  # the store it wrote is its own: the next build updates it
    assert len(store_updates) == 1
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_store(out, cold)


def test_rebuild_after_a_merge_changes_is_byte_identical(data, out, tmp_path, store_updates):
    # removing the second Anbang Yao page changes which people and works are joined across pages,
    # so other pages' named graphs get other IRIs: their cached graphs must not be reused blindly
    (data / "anbang-yao-2.yaml").unlink()
    build(data, out)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert_same_store(out, cold)
    assert [gone for _diff, (_changed, gone) in store_updates] == [{BASE + "source/anbang-yao-2"}]


def quads_of(data: Path, cache=None, base: str = BASE):
    return list(load_build([data], base=base, cache=cache).quads)


def test_a_damaged_cache_entry_is_a_miss(data, out):
    for f in (out / ".cache" / "profiles").iterdir():
        f.write_bytes(b"not a pickle")
    for f in sorted((out / ".cache" / "graphs").iterdir())[:2]:
        f.write_bytes(b"<not> <n-quads")
    cache = BuildCache.open(out, BASE)
    assert quads_of(data, cache) == quads_of(data)
    assert cache.stats.profiles_hit == 0 and cache.stats.profiles_missed == 5


def test_another_base_invalidates_the_cache(data, out):
    other = "https://lab.example.edu/kg/"
    cache = BuildCache.open(out, other)
    assert quads_of(data, cache, other) == quads_of(data, base=other)
    assert not cache.stats.valid and cache.stats.profiles_hit == 0 and cache.stats.graphs_hit == 0
    assert cache.stats.graphs_missed == 5


def test_another_kg_version_invalidates_the_cache(data, out, monkeypatch):
    assert stats_of(data, out).valid
    monkeypatch.setattr(kg, "__version__", kg.__version__ + ".post1")
    kgcache.code_digest.cache_clear()
    try:
        stats = stats_of(data, out)
    finally:
        monkeypatch.undo()
        kgcache.code_digest.cache_clear()
    assert not stats.valid and stats.profiles_hit == 0


def test_other_kg_code_invalidates_the_cache(out, monkeypatch):
    before = kgcache.code_digest()
    real = Path.read_bytes

    def read_bytes(self):  # kg/graph.py as if edited
        got = real(self)
        return got + b"\n# edited\n" if self.name == "graph.py" and self.parent.name == "kg" else got

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    kgcache.code_digest.cache_clear()
    try:
        assert kgcache.code_digest() != before
        assert not BuildCache.open(out, BASE).stats.valid
    finally:
        monkeypatch.undo()
        kgcache.code_digest.cache_clear()
    assert BuildCache.open(out, BASE).stats.valid


def test_other_shapes_invalidate_the_cache(data, out, tmp_path, monkeypatch):
    assert stats_of(data, out).valid
    shapes = tmp_path / "shapes"
    shutil.copytree(ROOT / "shapes", shapes)
    first = sorted(shapes.glob("*.ttl"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n# a changed shape file\n", encoding="utf-8")
    import kg.resources

    monkeypatch.setattr(kg.resources, "shape_files", lambda: sorted(shapes.glob("*.ttl")))
    stats = stats_of(data, out)
    assert not stats.valid and stats.profiles_hit == 0 and stats.graphs_hit == 0


def test_a_folder_kg_did_not_write_is_not_read_as_a_cache(out, tmp_path):
    assert BuildCache.open(out, BASE).stats.valid
    stranger = tmp_path / "stranger"
    shutil.copytree(out / ".cache", stranger / ".cache")  # a .cache folder but no build outputs beside it
    assert not BuildCache.open(stranger, BASE).stats.valid


def test_a_rebuild_of_other_data_writes_everything_in_full(data, out, tmp_path, reused, store_updates):
    for f in sorted(data.glob("*.yaml"))[1:]:
        f.unlink()  # most of the graph goes
    build(data, out)
    assert store_updates == [] and reused["jsonld"] == 0 and reused["rdf"] == 0
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert_same_store(out, cold)


@pytest.mark.parametrize("change", ["title", "news", "merge", "split", "remove"])
def test_rebuild_validates_only_what_the_change_reaches_and_reports_what_a_cold_build_does(
        data, out, tmp_path, validations, change):
    change_data(data, change)
    build(data, out)
    cold = tmp_path / "cold"
    build(data, cold)
    (rebuilt, incremental), (full, cold_incremental) = validations
    assert (incremental or change == "remove") and not cold_incremental  # a page gone: a large change
    assert rebuilt == full and rebuilt  # the shipped profiles have warnings: there are results to compare
    assert_same_outputs(out, cold)
    # and the findings the rebuild keeps for the next one are the cold build's
    assert BuildCache.open(out, BASE).previous_findings() == BuildCache.open(cold, BASE).previous_findings()


# --- the merged default graph, mapped where its inputs changed (kg.graph.merged_text) ---------------------

NAMESAKE_PAGE = """person:
  name: Zed Newcomer
  homepage: https://zed.example/
publications:
- title: A paper of its own about tidal flats
  year: 2024
  authors:
  - name: Zed Newcomer
    is_self: true
  - name: Yuke Zhu
"""


def change_data(data: Path, change: str) -> None:
    if change == "title":  # the first "title: " is the job title
        edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    elif change == "work title":  # the work's IRI holds its title: one work gone, one new
        edit(data / "peisong-wang.yaml", "\n- title: ", "\n- title: Revised ")
    elif change == "news":
        edit(data / "anbang-yao.yaml", "\nnews:\n", "\nnews:\n- date: '2025-01'\n  text: A new item on the page.\n")
    elif change == "merge":  # a second page of the same person: people and works joined across pages
        shutil.copy(data / "peisong-wang.yaml", data / "peisong-wang-2.yaml")
    elif change == "split":  # the second Anbang Yao page gone: what it joined comes apart
        (data / "anbang-yao-2.yaml").unlink()
    elif change == "namesake":
        # a page read first that names another Yuke Zhu: the one already in the data is renumbered
        (data / "aa-namesake.yaml").write_text(NAMESAKE_PAGE, encoding="utf-8")
    elif change == "remove":  # a whole page gone
        (data / "yichen-wei.yaml").unlink()
    elif change == "coauthor spelling":  # a field the page's rows hold: a coauthor of a big part spelt otherwise
        edit(data / "yunhe-wang.yaml", "  - name: Chao Xu\n", "  - name: Chao Hsu\n")
    elif change == "identifier":  # the owner's identifier: the rows' ids
        edit(data / "yunhe-wang.yaml", "google_scholar: isizOkYAAAAJ", "google_scholar: isizOkYAAAAX")
    elif change == "moved":  # a page read last now: the mentions after it move up, their pages unchanged
        (data / "yichen-wei.yaml").rename(data / "zz-yichen-wei.yaml")
    elif change == "swap":  # two pages' texts swapped: both pages change, the others stay in order
        a, b = data / "peisong-wang.yaml", data / "yichen-wei.yaml"
        ta, tb = a.read_bytes(), b.read_bytes()
        a.write_bytes(tb)
        b.write_bytes(ta)
    else:
        raise ValueError(change)


def mapping_state(out: Path) -> tuple:
    """The kept mapping (kg.cache.BuildCache.previous_mapping) with each unit's lines as a set."""
    text, table, shared = BuildCache.open(out, BASE).previous_mapping()
    return bytes(text), {uid: (key, set(zlib.decompress(blob).split(b"\n"))) for uid, (key, blob) in table.items()}, shared


@pytest.fixture
def mappings(monkeypatch) -> list:
    """The cache stats of each `kg build` once its merged graph is mapped."""
    calls = []
    real = BuildCache.record_mapping

    def spy(self, *args, **kwargs):
        real(self, *args, **kwargs)
        calls.append(self.stats)

    monkeypatch.setattr(BuildCache, "record_mapping", spy)
    return calls


@pytest.mark.parametrize("change", ["title", "work title", "news", "merge", "split", "namesake"])
def test_rebuild_maps_only_the_merged_nodes_whose_inputs_changed(data, out, tmp_path, mappings, change):
    before = (out / "graph.nt").read_bytes()
    change_data(data, change)
    build(data, out)
    cold = tmp_path / "cold"
    build(data, cold)
    rebuilt, full = mappings
    assert rebuilt.mapping_incremental and not full.mapping_incremental
    assert 1 <= rebuilt.units_mapped < rebuilt.units // 4 and full.units_mapped == full.units == rebuilt.units
    # the merge: only the parts of the people the change reaches are resolved (kg.identity.person_parts)
    assert full.parts_resolved == full.parts == rebuilt.parts > 100
    assert rebuilt.parts_resolved < rebuilt.parts // 4
    assert (rebuilt.parts_resolved == 0) == (change in ("title", "work title", "news"))
    # the works: merged again only where a page or the people of an author changed (kg.identity._Records)
    assert full.works_merged == full.works == rebuilt.works > 50
    assert rebuilt.works_merged < rebuilt.works // 2  # (data/ has 5 pages: one holds 30 of the 105 works)
    assert (out / "graph.nt").read_bytes() != before
    assert_same_outputs(out, cold)
    assert mapping_state(out) == mapping_state(cold)  # what the next build starts from


@pytest.mark.parametrize("change", ["title", "work title", "namesake", "merge", "split", "remove",
                                    "coauthor spelling", "identifier", "moved", "swap"])
def test_a_rebuild_takes_the_key_of_a_part_on_unchanged_pages_from_the_previous_merge(data, out, tmp_path,
                                                                                     monkeypatch, change):
    """The digest of a part of the people (kg.identity._part_key: a row formatted per mention) is worked out only
    for the parts with a mention on a page that changed or is new; a part all of whose pages are unchanged is
    found by its first mention and its size (kg.identity._part_keys). The parts kept for the next merge, the
    outputs and the kept mapping are a cold build's."""
    from kg import identity

    real = identity._part_key
    keyed: list = []

    def spy(part, pm, rows):
        keyed.append({pm[i].profile for i in part})
        return real(part, pm, rows)

    monkeypatch.setattr(identity, "_part_key", spy)
    before = {p.name: p.read_bytes() for p in data.glob("*.yaml")}
    change_data(data, change)
    build(data, out)
    rebuilt = list(keyed)
    keyed.clear()
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert mapping_state(out) == mapping_state(cold)
    merge = BuildCache.open(out, BASE).previous_merge()
    assert merge["parts"] == BuildCache.open(cold, BASE).previous_merge()["parts"]
    assert merge["people"] == BuildCache.open(cold, BASE).previous_merge()["people"]
    parts = len(keyed)  # the cold build works out every part's key
    # (yichen-wei.yaml, moved or swapped, has mentions in about half of the parts: those keyed again, no others)
    assert parts > 50 and len(rebuilt) < (parts * 3 // 4 if change in ("moved", "swap") else parts // 4), change
    pages = sorted(p.name for p in data.glob("*.yaml"))
    changed = {n for n, name in enumerate(pages) if before.get(name) != (data / name).read_bytes()}
    if change in ("split", "remove"):  # a page gone: the parts it was in come apart (each is a new part)
        assert rebuilt
    else:
        assert rebuilt and all(pages_of & changed for pages_of in rebuilt), change


def test_the_namesake_change_renumbers_a_person(data, out):
    assert b"/person/yuke-zhu-" not in (out / "graph.nt").read_bytes()
    change_data(data, "namesake")
    build(data, out)
    assert b"/person/yuke-zhu-" in (out / "graph.nt").read_bytes()


def test_rebuilds_in_a_row_stay_byte_identical_to_cold_builds(data, out, tmp_path, mappings):
    # each rebuild starts from the state the one before kept: an error would carry over and grow
    original = {f.name: f.read_bytes() for f in data.glob("*.yaml")}
    for n, change in enumerate(["namesake", "work title", "split", "merge", "title", "news", "undo"]):
        if change == "undo":
            for f in data.glob("*.yaml"):
                f.unlink()
            for name, raw in original.items():
                (data / name).write_bytes(raw)
        else:
            change_data(data, change)
        build(data, out)
        cold = tmp_path / f"cold{n}"
        build(data, cold)
        assert mappings[-2].mapping_incremental, change
        # (the undo puts back what four changes took away: a larger change)
        assert mappings[-2].parts_resolved < mappings[-2].parts // (2 if change == "undo" else 4), change
        assert_same_outputs(out, cold)
        assert mapping_state(out) == mapping_state(cold)


def _edit_and_check_mapped_in_full(data: Path, out: Path, tmp_path: Path, mappings: list) -> None:
    """Edit one profile and rebuild over a kept mapping a test damaged: the rebuild maps everything again (no kept
    part is trusted) and gives what a cold build of the same inputs gives, outputs and mapping alike."""
    change_data(data, "title")
    build(data, out)
    assert not mappings[0].mapping_incremental
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert mapping_state(out) == mapping_state(cold)


@pytest.mark.parametrize("damage", ["pickle", "shorter", "gone"])
def test_a_damaged_mapping_is_mapped_in_full(data, out, tmp_path, mappings, damage):
    """A kept mapping that cannot be read is not used: its pickle damaged, or the merged graph's text (kept as a
    file of its own, mapping/merged.nt, mapped by the next build rather than unpickled) gone or not the size the
    mapping's pickle records."""
    path = out / ".cache" / "mapping" / "merged.nt"
    assert sorted(path.read_bytes().splitlines()) == sorted((out / "graph.nt").read_bytes().splitlines())
    if damage == "pickle":
        (out / ".cache" / "mapping" / "merged.pickle").write_bytes(b"not a pickle")
    elif damage == "gone":
        path.unlink()
    else:
        path.write_bytes(path.read_bytes()[:-1])
    _edit_and_check_mapped_in_full(data, out, tmp_path, mappings)
    assert mappings[0].units_mapped == mappings[0].units


def kept_text(out: Path) -> tuple:
    """The kept mapping's text file (its inode and bytes) and the lines the pickle says were taken out of it and
    put in since."""
    import pickle

    path = out / ".cache" / "mapping" / "merged.nt"
    got = pickle.loads((out / ".cache" / "mapping" / "merged.pickle").read_bytes())
    return path.stat().st_ino, path.read_bytes(), got[4], got[5]


def test_a_rebuild_keeps_the_text_it_was_put_together_from_and_the_lines_it_changed(data, out, tmp_path, mappings,
                                                                                     monkeypatch):
    """The merged default graph's text is not written whole at every rebuild (at 1M triples 184 MB, 0.25-0.65 CPU
    s): the cache keeps the file the last whole write made, hard-linked, with the lines the rebuilds since took
    out and put in (kg.graph.SplicedText); rebuilds in a row stay a cold build's, with the cold build's kept
    mapping; when the lines that differ are too many the text is written whole again."""
    inode, first, removed, added = kept_text(out)
    assert removed == added == ()
    for n, change in enumerate(["title", "news", "work title", "namesake"]):
        change_data(data, change)
        build(data, out)
        assert mappings[-1].mapping_incremental, change
        cold = tmp_path / f"cold{n}"
        build(data, cold)
        assert_same_outputs(out, cold)
        assert mapping_state(out) == mapping_state(cold)
        now = kept_text(out)
        assert now[:2] == (inode, first), change  # the first build's file, linked
        assert now[2] or now[3], change
        assert set(now[2]) <= set(first.split(b"\n")) and not set(now[3]) & set(first.split(b"\n"))
        assert kept_text(cold)[2:] == ((), ())
    # past the bound the text is written whole again, with no lines kept beside it
    monkeypatch.setattr(kgcache, "MAX_EDITS", 10**9)
    monkeypatch.setattr(kgcache, "EDITS_FLOOR", 0)
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    build(data, out)
    cold = tmp_path / "cold-whole"
    build(data, cold)
    assert_same_outputs(out, cold)
    now = kept_text(out)
    assert now[0] != inode and now[1:] == kept_text(cold)[1:]


@pytest.mark.parametrize("damage", ["removed", "added", "both"])
def test_kept_lines_that_do_not_fit_the_kept_text_are_mapped_in_full(data, out, tmp_path, mappings, damage):
    """A kept mapping whose lines taken out are not in its text, or whose lines put in already are (or a line
    in both), is not used: the rebuild maps in full and its outputs are a cold build's."""
    import pickle

    change_data(data, "title")
    build(data, out)
    path = out / ".cache" / "mapping" / "merged.pickle"
    size, table, shared, base, removed, added, st = pickle.loads(path.read_bytes())
    line = (out / ".cache" / "mapping" / "merged.nt").read_bytes().split(b"\n")[0]
    fake = b"<https://example.org/x> <https://example.org/p> \"o\" ."
    # (the text's length as the pickle records it made to add up: the lines themselves must be checked)
    if damage == "removed":
        removed, size = removed + (fake,), size - len(fake) - 1
    elif damage == "added":
        added, size = added + (line,), size + len(line) + 1
    else:
        removed, added = removed + (line,), added + (line,)
    path.write_bytes(pickle.dumps((size, table, shared, base, removed, added, st)))
    change_data(data, "news")
    build(data, out)
    assert not mappings[-1].mapping_incremental
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert mapping_state(out) == mapping_state(cold)


@pytest.mark.parametrize("rebuilt", [False, True])
def test_a_kept_text_written_over_with_as_many_bytes_is_mapped_in_full(data, out, tmp_path, mappings, rebuilt):
    """The kept text (``mapping/merged.nt``, hard-linked from build to build) replaced, or written over in place,
    by other bytes of its size: the pickle's size alone would let them be spliced as the previous text (a parse
    error, or a wrong graph); its time tells it, and the rebuild maps in full, as a cold build."""
    if rebuilt:  # the text a linked base with kept lines
        change_data(data, "news")
        build(data, out)
    path = out / ".cache" / "mapping" / "merged.nt"
    text = path.read_bytes()
    line = text.split(b"\n")[len(text.split(b"\n")) // 2]
    other = line[:-3] + (b"X" if line[-3:-2] != b"X" else b"Y") + line[-2:]
    with open(path, "r+b") as f:  # in place: the same inode, every hard link to it
        f.write(text.replace(line, other, 1))
    mappings.clear()
    _edit_and_check_mapped_in_full(data, out, tmp_path, mappings)


def test_a_mapping_that_does_not_add_up_is_mapped_in_full(data, out, tmp_path, mappings):
    import pickle

    path = out / ".cache" / "mapping" / "merged.pickle"
    size, table, shared, *text = pickle.loads(path.read_bytes())
    # a line the kept text does not hold, said to be given by every unit (so by the one the edit changes)
    fake = b"<https://example.org/x> <https://example.org/p> \"o\" .\n"
    table = {uid: (key, zlib.compress(zlib.decompress(blob) + fake)) for uid, (key, blob) in table.items()}
    path.write_bytes(pickle.dumps((size, table, shared, *text)))
    _edit_and_check_mapped_in_full(data, out, tmp_path, mappings)


# --- snippets: only those whose framed content a change reaches (kg.export.snippet_deps) --------------------

def _lab_page(name: str, homepage: str, coauthor: str, title: str) -> str:
    return (f"person:\n  name: {name}\n  job_title: researcher\n  homepage: {homepage}\n"
            f"publications:\n- title: {title}\n  year: 2023\n  authors:\n  - name: {name}\n    is_self: true\n"
            f"  - name: {coauthor}\n")


@pytest.fixture
def lab(tmp_path: Path) -> Path:
    """Three pages: Ola Brandt and Tove Lind each wrote a paper with Ines Faro, who has a page of her own."""
    data = tmp_path / "lab"
    data.mkdir()
    (data / "ola-brandt.yaml").write_text(_lab_page("Ola Brandt", "https://ola.example/", "Ines Faro",
                                                    "Tidal flats in winter"), encoding="utf-8")
    (data / "tove-lind.yaml").write_text(_lab_page("Tove Lind", "https://tove.example/", "Ines Faro",
                                                   "Salt marsh grasses"), encoding="utf-8")
    (data / "ines-faro.yaml").write_text(_lab_page("Ines Faro", "https://ines.example/", "Ola Brandt",
                                                   "Tidal flats in winter"), encoding="utf-8")
    return data


@pytest.mark.parametrize("change", ["job title", "news", "homepage"])
def test_snippets_showing_a_changed_coauthor_are_kept_unless_what_they_show_of_them_changed(
        lab, tmp_path, reused, change):
    out = tmp_path / "build"
    build(lab, out)
    page = lab / "ines-faro.yaml"
    if change == "job title":
        edit(page, "job_title: researcher", "job_title: senior researcher")
    elif change == "news":
        page.write_text(page.read_text(encoding="utf-8") + "news:\n- date: '2025-01'\n  text: Back from the field.\n",
                        encoding="utf-8")
    else:  # her url: what the other snippets show of her
        edit(page, "https://ines.example/", "https://ines-faro.example/")
    build(lab, out)
    cold = tmp_path / "cold"
    build(lab, cold)
    assert_same_outputs(out, cold)
    shown = {"embed/ola-brandt.html", "embed/tove-lind.html"}
    assert all(b"person/ines-faro" in (out / name).read_bytes() for name in shown)
    if change == "homepage":
        assert shown.isdisjoint(reused["snippets"])
        assert b"https://ines-faro.example/" in (out / "embed" / "tove-lind.html").read_bytes()
    else:  # the others show her name and links only: the previous files
        assert set(reused["snippets"]) == shown


def _department(data: Path) -> None:
    """Thirty pages (a rebuild frames its snippets from the text when it frames again at most one in ten): each
    owner wrote a study with one of three coauthors who have no page, and a joint paper with the next owner."""
    data.mkdir()
    owners = [f"{first} {last}" for first, last in zip(
        ["Ada", "Bo", "Cleo", "Dag", "Eli", "Fay", "Gus", "Hedda", "Ivo", "Juno", "Kai", "Lea"] * 3,
        ["Arne", "Berg", "Crane", "Dahl", "Eke", "Frost", "Grim", "Holm", "Ivar", "Jarl", "Kolb", "Lund",
         "Moe", "Ness", "Orm", "Pe", "Quist", "Roos", "Sand", "Toft", "Ulv", "Vik", "Wall", "Yde",
         "Alm", "Bakke", "Dyb", "Eng", "Fjell", "Gran"])]
    coauthors = ["Mira Nord", "Nils Ost", "Oda Pihl"]
    for i, owner in enumerate(owners):
        slug = owner.lower().replace(" ", "-")
        nxt = owners[(i + 1) % len(owners)]
        (data / f"{slug}.yaml").write_text(
            f"person:\n  name: {owner}\n  homepage: https://{slug}.example/\npublications:\n"
            f"- title: A study of tides number {i}\n  year: 2021\n  authors:\n  - name: {owner}\n    is_self: true\n"
            f"  - name: {coauthors[i % 3]}\n"
            f"- title: Joint work on salt marshes {min(i, (i + 1) % 30)}-{max(i, (i + 1) % 30)}\n  year: 2022\n"
            f"  authors:\n  - name: {owner}\n    is_self: true\n  - name: {nxt}\n", encoding="utf-8")


@pytest.mark.parametrize("change", ["work title", "coauthor is an owner", "coauthor renamed"])
def test_a_rebuild_framing_few_snippets_from_the_text_is_a_cold_build_when_identities_change(
        tmp_path, reused, monkeypatch, change):
    """With many pages and a change that reaches few snippets, a rebuild frames them from the merged graph's text
    read where asked (kg.export.text_index: its subjects found between samples of the text), and splices the
    changed subjects into the previous graph files found by bisecting them; the mapping starts from the previous
    text kept as a file. Here the edit changes who a person or what a work is: a work's title (its IRI), a
    coauthor who becomes one of the owners (two people merged), a coauthor renamed (a new person)."""
    import kg.export

    data = tmp_path / "dept"
    _department(data)
    out = tmp_path / "build"
    build(data, out)
    page = data / "fay-frost.yaml"
    if change == "work title":
        edit(page, "A study of tides number 5", "A revised study of tides")
    elif change == "coauthor is an owner":
        edit(page, "Oda Pihl", "Gus Grim")
    else:
        edit(page, "Oda Pihl", "Oda Pihl-Strand")
    lazy: list = []
    real = kg.export.text_index

    def spy(b, snippets=False):
        lazy.append(snippets)
        return real(b, snippets)

    monkeypatch.setattr(kg.export, "text_index", spy)
    build(data, out)
    assert lazy == [True]  # few snippets framed again, from the text
    assert reused["rdf"] == 1 and reused["jsonld"] == 1 and len(reused["snippets"]) >= 27
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert_same_store(out, cold)
    assert mapping_state(out) == mapping_state(cold)
    if change == "work title":
        assert b"/work/a-revised-study-of-tides" in (out / "graph.nt").read_bytes()
    elif change == "coauthor is an owner":
        assert b"Oda Pihl" not in (out / "embed" / "fay-frost.html").read_bytes()


def test_a_rebuild_reads_each_kept_snippets_numbers_once(tmp_path, reused, monkeypatch):
    """Whether a snippet is kept is decided once: counting the snippets to frame again (whether to read the text
    where asked) and then keeping or framing them read each previous entry's numbers once (at 1M triples a pass
    over the 454 entries is 0.06 CPU s), and the outputs are a cold build's."""
    from collections import Counter

    import kg.export

    data = tmp_path / "dept"
    _department(data)
    out = tmp_path / "build"
    build(data, out)
    edit(data / "fay-frost.yaml", "A study of tides number 5", "A revised study of tides")
    reads: Counter = Counter()
    real = kg.export._numbers_of

    def spy(data: bytes):
        if data:
            reads[id(data)] += 1
        return real(data)

    monkeypatch.setattr(kg.export, "_numbers_of", spy)
    build(data, out)
    assert len(reused["snippets"]) >= 27 and len(reads) >= 27
    assert set(reads.values()) == {1}
    monkeypatch.setattr(kg.export, "_numbers_of", real)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


@pytest.fixture
def models_read(monkeypatch) -> list[tuple[str, str]]:
    """(file name, what) for each model or line map of a cached profile read back from its own pickle from now on
    (kg.profiles.LoadedProfile): "profile" (the whole page's models), "person" (its owner alone), "lines"."""
    from kg.profiles import LoadedProfile

    seen: list[tuple[str, str]] = []
    real_getattr, real_person = LoadedProfile.__getattr__, LoadedProfile.person.fget

    def getattr_spy(self, name):
        if f"_{name}_pickled" in self.__dict__:
            seen.append((self.path.name, name))
        return real_getattr(self, name)

    def person_spy(self):
        if "profile" not in self.__dict__ and "_person_pickled" in self.__dict__:
            seen.append((self.path.name, "person"))
        return real_person(self)

    monkeypatch.setattr(LoadedProfile, "__getattr__", getattr_spy)
    monkeypatch.setattr(LoadedProfile, "person", property(person_spy))
    return seen


@pytest.mark.parametrize("change", ["work title", "joint work title", "coauthor is an owner"])
def test_a_rebuild_makes_the_unchanged_pages_mentions_from_their_rows_not_their_models(
        tmp_path, models_read, change):
    """The cache keeps each profile's rows (kg.identity.page_rows: what the merge and the unit keys read) beside
    its models, which are pickled apart: a rebuild makes the unchanged pages' mentions from the rows and reads
    the models of a page only where the change reaches a work it lists (that work is merged again from its
    entries), and of an owner a change reaches their person alone. The outputs are a cold build's."""
    data = tmp_path / "dept"
    _department(data)
    out = tmp_path / "build"
    build(data, out)
    assert not models_read  # (a cold build reads no cached profile)
    page = data / "fay-frost.yaml"
    if change == "work title":
        edit(page, "A study of tides number 5", "A revised study of tides")
    elif change == "joint work title":
        edit(page, "Joint work on salt marshes 5-6", "Joint work on salt marshes, revised")
    else:
        edit(page, "Oda Pihl", "Gus Grim")
    build(data, out)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert mapping_state(out) == mapping_state(cold)
    # each joint work is listed on one page only; of the owners, Fay Frost's page names Gus Grim alone (the joint
    # work of pages 5 and 6 is on hers), whose person is merged again: read alone, not his page's models
    assert [x for x in models_read if x[1] != "lines"] == [("gus-grim.yaml", "person")]


def test_a_rebuild_reads_the_models_of_an_unchanged_page_only_for_a_work_the_change_reaches(lab, tmp_path,
                                                                                           models_read):
    """Ines Faro's page and Ola Brandt's list one paper (one work, merged again when her page changes: from both
    entries' models); Tove Lind's page shares no work with hers, so its models are never read."""
    out = tmp_path / "build"
    build(lab, out)
    page = lab / "ines-faro.yaml"
    page.write_text(page.read_text(encoding="utf-8") + "news:\n- date: '2025-01'\n  text: Back from the field.\n",
                    encoding="utf-8")
    build(lab, out)
    cold = tmp_path / "cold"
    build(lab, cold)
    assert_same_outputs(out, cold)
    assert mapping_state(out) == mapping_state(cold)
    assert {name for name, what in models_read if what != "lines"} == {"ola-brandt.yaml"}
    assert ("ola-brandt.yaml", "profile") in models_read


def test_rebuilds_from_the_rows_after_edits_of_every_field_the_rows_hold_are_cold_builds(tmp_path):
    """Each edit changes one field the cached rows hold (kg.identity.page_rows), or the set of pages: each rebuild,
    over the previous one (so its unchanged pages' mentions come from their rows), is a cold build's outputs."""
    data = tmp_path / "dept"
    _department(data)
    out = tmp_path / "build"
    build(data, out)
    fay, gus = data / "fay-frost.yaml", data / "gus-grim.yaml"
    edits = [
        ("owner's name", lambda: edit(fay, "name: Fay Frost", "name: Fay Frosst")),
        ("author's name", lambda: edit(fay, "  - name: Oda Pihl", "  - name: Oda Pihll")),
        ("identifier", lambda: edit(fay, "https://fay-frost.example/", "https://frost.example/")),
        ("author's link", lambda: edit(fay, "  - name: Oda Pihl",
                                       "  - name: Oda Pihl\n    url: https://www.oda.example/index.html")),
        ("title", lambda: edit(fay, "A study of tides number 5", "A study of the tides number 5")),
        ("year", lambda: edit(fay, "year: 2021", "year: 2020")),
        ("doi", lambda: edit(fay, "year: 2020", "year: 2020\n  doi: 10.1234/tides.5")),
        ("not the owner", lambda: edit(gus, "    is_self: true", "    is_self: false")),
        ("removed", lambda: (data / "bo-berg.yaml").unlink()),
        ("added", lambda: (data / "zed-new.yaml").write_text(
            "person:\n  name: Zed New\npublications:\n- title: A study of tides number 7\n  year: 2021\n"
            "  authors:\n  - name: Zed New\n    is_self: true\n  - name: Oda Pihl\n", encoding="utf-8")),
        ("swapped", lambda: _swap(fay, gus)),
    ]
    for n, (what, change) in enumerate(edits):
        change()
        stats = stats_of(data, out)  # (a rebuild: the other pages' rows come from the cache)
        assert stats.valid and stats.profiles_missed <= 2 and stats.profiles_hit >= len(list(data.glob("*.yaml"))) - 2
        build(data, out)
        cold = tmp_path / f"cold{n}"
        build(data, cold)
        try:
            assert_same_outputs(out, cold)
            assert mapping_state(out) == mapping_state(cold)
        except AssertionError as e:
            raise AssertionError(f"after the edit of the {what}: {e}") from e


def test_a_rebuild_over_profile_pickles_whose_models_are_damaged_reads_those_pages_again(tmp_path):
    """A cached profile's rows read back, its models (pickled apart, read only when a change reaches them) not: the
    page is read again from its file, and the rebuild is a cold build's, not an internal error."""
    import pickle

    data = tmp_path / "dept"
    _department(data)
    out = tmp_path / "build"
    build(data, out)
    for f in (out / ".cache" / "profiles").glob("*.pickle"):
        lp = pickle.loads(f.read_bytes())
        for part in ("_profile_pickled", "_person_pickled", "_lines_pickled"):
            lp.__dict__[part] = lp.__dict__[part][:-7]
        f.write_bytes(pickle.dumps(lp))
    edit(data / "fay-frost.yaml", "Joint work on salt marshes 5-6", "Joint work on salt marshes, revised")
    edit(data / "fay-frost.yaml", "  - name: Oda Pihl", "  - name: Gus Grim")
    build(data, out)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


def _swap(a: Path, b: Path) -> None:
    ta, tb = a.read_bytes(), b.read_bytes()
    a.write_bytes(tb)
    b.write_bytes(ta)


def test_a_cached_profiles_rows_are_its_models_rows_and_read_without_them(tmp_path):
    import pickle

    from kg.identity import page_rows
    from kg.profiles import load_profile

    (tmp_path / "ada.yaml").write_text(
        "person:\n  name: Ada Byron\n  homepage: https://www.ada.example/index.html\n  alternate_names: [A. Byron]\n"
        "  advisors: [Mary Somerville]\n"
        "publications:\n- title: Notes on the engine\n  year: 1843\n  doi: 10.1234/notes\n  authors_truncated: true\n"
        "  authors:\n  - name: Ada Byron\n    is_self: true\n  - name: Charles Babbage\n    url: https://cb.example/\n"
        "students:\n- name: Lovelace Jr\n  institution: Somewhere College\n"
        "news:\n- date: '1843-09'\n  text: Notes printed.\n", encoding="utf-8")
    fresh = load_profile(tmp_path / "ada.yaml")
    want = page_rows(fresh.profile)
    back = pickle.loads(pickle.dumps(fresh))
    assert back.rows == want
    assert "profile" not in back.__dict__ and "lines" not in back.__dict__
    assert back.person == fresh.profile.person and "profile" not in back.__dict__
    fmt, source, owned, owner, works, students, advisors = want
    assert (fmt, source) == ("manual", None) and '"news":[{' in owned
    assert owner == ("Ada Byron", (("homepage", "ada.example"),), ("A. Byron",))
    assert works == (("Notes on the engine", 1843, "", "10.1234/notes", None, True,
                      (("Ada Byron", (), True), ("Charles Babbage", (("homepage", "cb.example"),), False))),)
    assert students == (("Lovelace Jr", (), "Somewhere College"),) and advisors == ("Mary Somerville",)
    assert back.profile == fresh.profile and back.lines == fresh.lines


def test_a_kept_unit_that_is_not_what_was_written_is_mapped_in_full(data, out, tmp_path, mappings):
    import pickle

    path = out / ".cache" / "mapping" / "merged.pickle"
    size, table, shared, *text = pickle.loads(path.read_bytes())
    table = {uid: (key, b"not zlib data") for uid, (key, _blob) in table.items()}
    path.write_bytes(pickle.dumps((size, table, shared, *text)))
    _edit_and_check_mapped_in_full(data, out, tmp_path, mappings)


def test_the_whole_build_runs_with_the_cyclic_collector_paused(data, tmp_path, monkeypatch):
    """Each full collection walks everything the build holds (the report and the outputs were made with it on:
    0.4 of the 3 CPU s of a one-profile rebuild at 100k); the collector is back on after the command."""
    import gc

    import kg.export
    import kg.identity

    seen = []
    real_report, real_write = kg.identity.Corpus.report, kg.export.write_outputs

    def report(self):
        seen.append(("report", gc.isenabled()))
        return real_report(self)

    def write_outputs(*args, **kwargs):
        seen.append(("write_outputs", gc.isenabled()))
        return real_write(*args, **kwargs)

    monkeypatch.setattr(kg.identity.Corpus, "report", report)
    monkeypatch.setattr(kg.export, "write_outputs", write_outputs)
    assert gc.isenabled()
    build(data, tmp_path / "out")
    assert seen == [("report", False), ("write_outputs", False)]
    assert gc.isenabled()


@pytest.mark.parametrize("how", ["title", "news", "changed in place"])
def test_the_previous_files_are_checked_by_their_size_and_time_not_read_and_hashed(data, tmp_path, read, reused,
                                                                                   monkeypatch, how):
    """The manifest records each output file's size and modification time, and a rebuild checks those (as make
    does) instead of reading every file of the previous build and hashing it (at 1M triples 650 MB: the graph
    files and the snippets): a kept snippet or report is linked unread, graph.nt is read once (to splice it),
    and a file changed since (its time with it) is not used. The outputs are a cold build's."""
    import json
    import os

    monkeypatch.setattr(kgcache, "file_clock", lambda folder: 2 ** 62)  # no file written in the manifest's tick
    out = tmp_path / "out"
    build(data, out)
    manifest = json.loads((out / ".cache" / kgcache.MANIFEST).read_text())
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*")
                   if p.is_file() and p.relative_to(out).parts[0] not in NOT_COMPARED)
    assert sorted(manifest["outputs"]) == files and "embed/peisong-wang.html" in files
    assert all(manifest["outputs"][f] == [os.stat(out / f).st_size, os.stat(out / f).st_mtime_ns] for f in files)
    if how == "changed in place":  # the same size, another time: not what that build wrote
        for name in ("graph.ttl", "graph.jsonld", "embed/anbang-yao.html"):
            (out / name).write_bytes((out / name).read_bytes().replace(b"Anbang", b"Anbanf"))
    if how == "title":
        edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    else:
        edit(data / "anbang-yao.yaml", "news:\n", "news:\n- date: '2025-01'\n  text: A new item on the page.\n")
    read.clear()
    build(data, out)
    old = [p.relative_to(out).as_posix() for p in read if p.parent in (out, out / "embed")]
    assert sorted(old) == (["graph.jsonld", "graph.nt", "graph.trig", "graph.ttl"] if how != "changed in place"
                           else ["graph.nt"])
    assert reused["snippets"] and (reused["rdf"], reused["nt"], reused["jsonld"]) == \
        ((1, 1, 1) if how != "changed in place" else (0, 1, 0))
    assert ("embed/anbang-yao.html" in reused["snippets"]) == (how == "title")
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


def test_a_file_written_in_the_manifests_clock_tick_is_checked_by_its_digest(data, tmp_path, reused, monkeypatch):
    """A file whose modification time is not before the file system's clock when the manifest is written may be
    changed again within that tick keeping its time and size: the manifest records its SHA-256, and a rebuild
    reads and checks it. A snippet changed so is written again, the others kept; the outputs are a cold build's."""
    import hashlib
    import json
    import os

    monkeypatch.setattr(kgcache, "file_clock", lambda folder: 0)  # every file written in the manifest's tick
    out = tmp_path / "out"
    build(data, out)
    manifest = json.loads((out / ".cache" / kgcache.MANIFEST).read_text())
    assert manifest["outputs"]["graph.nt"] == hashlib.sha256((out / "graph.nt").read_bytes()).hexdigest()
    assert manifest["outputs"]["embed/anbang-yao.html"] == \
        hashlib.sha256((out / "embed" / "anbang-yao.html").read_bytes()).hexdigest()
    snippet = out / "embed" / "anbang-yao.html"
    st = os.stat(snippet)
    snippet.write_bytes(snippet.read_bytes().replace(b"Anbang", b"Anbanf"))
    os.utime(snippet, ns=(st.st_atime_ns, st.st_mtime_ns))  # the same size and time
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    build(data, out)
    assert reused["snippets"] and "embed/anbang-yao.html" not in reused["snippets"]
    assert (reused["rdf"], reused["nt"], reused["jsonld"]) == (1, 1, 1)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


def test_snippets_and_a_report_the_change_does_not_reach_are_the_previous_files_linked(data, out, tmp_path, reused):
    """A snippet the change cannot reach, and the merge report when it is the same, are the previous build's files
    hard-linked into the new build (their digests checked first), not written again; the bytes are a cold
    build's."""
    import os

    before = {p.name: os.stat(p).st_ino for p in (out / "embed").iterdir()}
    report = os.stat(out / "merge-report.json").st_ino
    edit(data / "anbang-yao.yaml", "news:\n", "news:\n- date: '2025-01'\n  text: A new item on the page.\n")
    build(data, out)
    kept = [name.removeprefix("embed/") for name in reused["snippets"]]
    assert kept and reused["report"] == 1
    assert {name: os.stat(out / "embed" / name).st_ino for name in kept} == {name: before[name] for name in kept}
    assert os.stat(out / "merge-report.json").st_ino == report
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


def test_a_kept_file_that_cannot_be_linked_is_written(data, out, tmp_path, reused, monkeypatch):
    import os

    def refuse(src, dst, **kw):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", refuse)
    edit(data / "anbang-yao.yaml", "news:\n", "news:\n- date: '2025-01'\n  text: A new item on the page.\n")
    build(data, out)
    assert reused["snippets"] and reused["report"] == 1
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


def test_a_cold_build_validates_before_it_maps_the_named_graphs_and_writes_the_store_before_the_files(
        data, tmp_path, monkeypatch):
    """`kg build` holds less at once (at 1M triples its peak memory was the validation store beside the named
    graphs' text, then the store's bulk load on top of what the files left): the named graphs are mapped once
    validation is done, the store is written before the files and the cache after them; the outputs are a
    full build's."""
    import kg.export
    import kg.graph
    import kg.store
    import kg.validate

    events: list[str] = []

    def spy(module, name, label):
        real = getattr(module, name)

        def call(*args, **kwargs):
            events.append(label)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, call)

    spy(kg.validate, "validate_build", "validate")
    spy(kg.graph, "source_triples", "named graph")
    spy(kg.store, "start_store", "store")
    spy(kg.export, "_write_turtle_and_trig", "files")
    spy(BuildCache, "write", "cache")
    build(data, tmp_path / "out")
    firsts = sorted(set(events), key=events.index)
    assert firsts == ["validate", "named graph", "store", "files", "cache"]
    assert events.count("named graph") == 5
    monkeypatch.undo()
    eager = load_build([data], base=BASE)
    assert (tmp_path / "out" / "graph.trig").read_bytes() == kg.export.serialize(eager, "trig")


def test_named_graphs_left_for_later_are_mapped_when_first_read(data):
    """CanonicalQuads.later: the default graph is read without the named graphs; the parts, the length and the
    quads map them (once), the same as mapped at once."""
    now = load_build([data], base=BASE)
    later = load_build([data], base=BASE, named_later=True)
    assert later.quads._later is not None
    assert later.quads.default_text() == now.quads.default_text() and later.triple_count == now.triple_count
    assert later.quads._later is not None
    assert len(later.quads) == len(now.quads) and later.quads._later is None
    assert later.quads.parts == now.quads.parts
    assert list(load_build([data], base=BASE, named_later=True).quads) == list(now.quads)


def test_a_named_graph_given_as_a_function_is_read_only_when_its_text_is_asked_for():
    """CanonicalQuads.add_graph with a function and a line count (a graph the build cache holds): the length, the
    names and the other graphs' texts do not read it; its own text, the parts and the quads do, once."""
    from kg.graph import CanonicalQuads

    calls = []
    b_text = b"<x:b> <x:p> <x:o> <x:g2> .\n<x:c> <x:p> <x:o> <x:g2> .\n"

    def read_b():
        calls.append("g2")
        return b_text

    quads = CanonicalQuads()
    quads.add_graph(None, b"<x:s> <x:p> <x:o> .\n")
    quads.add_graph("x:g1", b"<x:a> <x:p> <x:o> <x:g1> .\n")
    quads.add_graph("x:g2", read_b, lines=2)
    assert len(quads) == 4 and quads.graph_names() == ["x:g1", "x:g2"]
    assert quads.named_parts({"x:g1"}) == [("x:g1", b"<x:a> <x:p> <x:o> <x:g1> .\n"), ("x:g2", read_b)] and calls == []
    assert quads.named_parts({"x:g2"})[1] == ("x:g2", b_text) and calls == ["g2"]
    assert quads.parts[2] == ("x:g2", b_text) and len(list(quads)) == 4 and calls == ["g2"]
    with pytest.raises(ValueError):
        CanonicalQuads().add_graph("g", read_b)  # its line count is needed without reading it


def test_the_previous_graph_files_are_mapped_to_be_spliced_not_read(data, tmp_path, monkeypatch):
    """A rebuild splices the previous graph.ttl, graph.trig, graph.nt and graph.jsonld: it maps them
    (kg.files.mapped_file) instead of reading their bytes into memory (at 1M triples 470 MB copied, 0.4-0.5 CPU s of
    a 6.7 s rebuild), the splicers get the maps, and the outputs are a cold build's."""
    from kg import export
    from kg.files import MappedBytes

    monkeypatch.setattr(kgcache, "file_clock", lambda folder: 2 ** 62)  # checked by size and time (not hashed)
    out = tmp_path / "out"
    build(data, out)
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    read_whole: list[str] = []
    given: dict[str, type] = {}
    real_read = Path.read_bytes
    real_rdf, real_nt, real_jsonld = export.turtle_trig_spliced, export.ntriples_spliced, export.jsonld_spliced

    def spy(self):
        read_whole.append(self.name)
        return real_read(self)

    def rdf(old_ttl, old_trig, *rest):
        given["graph.ttl"], given["graph.trig"] = type(old_ttl), type(old_trig)
        return real_rdf(old_ttl, old_trig, *rest)

    def nt(old, *rest):
        given["graph.nt"] = type(old)
        return real_nt(old, *rest)

    def jsonld(old, *rest):
        given["graph.jsonld"] = type(old)
        return real_jsonld(old, *rest)

    monkeypatch.setattr(Path, "read_bytes", spy)
    monkeypatch.setattr(export, "turtle_trig_spliced", rdf)
    monkeypatch.setattr(export, "ntriples_spliced", nt)
    monkeypatch.setattr(export, "jsonld_spliced", jsonld)
    build(data, out)
    monkeypatch.setattr(Path, "read_bytes", real_read)
    assert given == {name: MappedBytes for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld")}
    assert not {"graph.ttl", "graph.trig", "graph.nt", "graph.jsonld"} & set(read_whole)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


@pytest.mark.skipif(not hasattr(os, "copy_file_range"), reason="no os.copy_file_range here")
def test_the_previous_graph_files_unchanged_runs_are_copied_by_the_kernel(data, tmp_path, monkeypatch):
    """A rebuild writes the unchanged runs of the previous graph.ttl, graph.trig, graph.nt and graph.jsonld by
    os.copy_file_range from those files (kg.files.write_parts; at 1M triples 470 MB at every rebuild, about half
    the CPU of writing them from their maps), and its outputs are a cold build's."""
    import os

    import kg.files

    monkeypatch.setattr(kgcache, "file_clock", lambda folder: 2 ** 62)  # checked by size and time (not hashed)
    monkeypatch.setattr(kg.files, "COPY_AT_LEAST", 1)  # the test data's runs are short
    out = tmp_path / "out"
    build(data, out)
    names = ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld")
    previous = {os.stat(out / name).st_ino for name in names}
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    copied: dict[int, int] = {}  # the new file's inode -> bytes copied into it from a previous graph file
    real = os.copy_file_range

    def spy(src, dst, count, offset_src=None, offset_dst=None):
        got = real(src, dst, count, offset_src, offset_dst)
        assert os.fstat(src).st_ino in previous
        copied[os.fstat(dst).st_ino] = copied.get(os.fstat(dst).st_ino, 0) + got
        return got

    monkeypatch.setattr(os, "copy_file_range", spy)
    build(data, out)
    assert all(copied.get(os.stat(out / n).st_ino, 0) > 0.9 * os.path.getsize(out / n) for n in names), copied
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


def test_a_previous_file_replaced_after_its_check_is_not_mapped(tmp_path):
    """mapped_file with the stat a check saw: a file replaced since (another size or time) is not mapped."""
    import os

    from kg.files import mapped_file

    path = tmp_path / "graph.nt"
    path.write_bytes(b"<a> <b> <c> .\n")
    st = os.stat(path)
    assert mapped_file(path, st) == b"<a> <b> <c> .\n"
    path.write_bytes(b"<a> <b> <d> .\n")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    assert mapped_file(path, st) is None and mapped_file(path) == b"<a> <b> <d> .\n"
    path.write_bytes(b"")
    assert mapped_file(path) == b"" and mapped_file(tmp_path / "gone") is None and mapped_file(tmp_path) is None


def test_the_previous_builds_pickles_are_unpickled_from_their_files_not_read_whole_first(data, out, read, tmp_path):
    """A rebuild takes the previous merge, mapping (at 1M triples 207 MB, most of it the default graph's text),
    snippets and findings from their pickles by unpickling the files, instead of reading each whole into memory
    first and unpickling the copy (0.2 CPU s and 200 MiB against 0.1 s for the mapping); the outputs are a cold
    build's, and a damaged pickle is still a miss (test_a_damaged_mapping_is_mapped_in_full)."""
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    read.clear()
    build(data, out)
    pickles = sorted(p.parent.name for p in read if p.suffix == ".pickle" and p.parent.parent.name == ".cache"
                     and p.parent.name in ("merge", "mapping", "snippets", "validation"))  # (not the small profiles)
    assert pickles == []
    assert (out / ".cache" / "mapping" / "merged.pickle").is_file()
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


def test_a_rebuild_reads_no_unchanged_pages_named_graph_from_the_cache(data, tmp_path, read):
    """The unchanged pages' named graphs are left in the cache, unread (at 1M triples 239 MB read and checked, about
    0.6 CPU s of a 9 s rebuild): the store keeps them, the TriG takes their sections from the previous file, and
    their line counts come from the manifest. The outputs and the store are a cold build's."""
    import json

    out = tmp_path / "out"
    build(data, out)
    manifest = json.loads((out / ".cache" / kgcache.MANIFEST).read_text())
    graphs = out / ".cache" / "graphs"
    assert manifest["graph_lines"] == {f.stem: [f.stat().st_size, f.read_bytes().count(b"\n")]
                                       for f in graphs.iterdir()}
    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    read.clear()
    build(data, out)
    assert not [p for p in read if p.suffix == ".nq"]
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)
    assert_same_store(out, cold)


def test_a_damaged_named_graph_of_its_recorded_size_is_mapped_again_when_read(data, out):
    """A cached named graph is checked when it is read (its size alone is checked before): a damaged one of the
    size the manifest records is then a miss, mapped again, as one read at once is."""
    for f in sorted((out / ".cache" / "graphs").iterdir())[:2]:
        text = f.read_bytes()
        f.write_bytes(b"X" + text[1:])
    cache = BuildCache.open(out, BASE)
    assert quads_of(data, cache) == quads_of(data)
    assert (cache.stats.graphs_hit, cache.stats.graphs_missed) == (3, 2)


def test_a_rebuild_reads_no_unchanged_profiles_line_map_until_validation_locates_a_result(data, out):
    """The merge keeps each mention's field path, not its line, and a build's locations are made when a result
    is first located (kg.build.Build.location): the profiles taken from the cache have their line maps unread
    through the merge and the mapping, and the results are located as a cold build locates them."""
    from kg.validate import validate_build

    edit(data / "peisong-wang.yaml", "title: ", "title: Revised ")
    cache = BuildCache.open(out, BASE)
    rebuilt = load_build([data], base=BASE, cache=cache)
    kept = [s.loaded for s in rebuilt.corpus.sources if s.loaded.path.name != "peisong-wang.yaml"]
    assert len(kept) == 4 and not any("lines" in lp.__dict__ for lp in kept)
    assert rebuilt.locations is None
    results = validate_build(rebuilt)
    cold = validate_build(load_build([data], base=BASE))
    assert results and [r.location for r in results] == [r.location for r in cold] and results == cold
    assert all(":" in r.location for r in results)
