"""The build cache (kg.cache): a rebuild after one profile changes writes exactly what a cold build of the
same inputs writes, and a cache made by another kg, other shapes or another base is not used."""

from __future__ import annotations

import shutil
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


def test_rebuild_after_a_merge_changes_is_byte_identical(data, out, tmp_path):
    # removing the second Anbang Yao page changes which people and works are joined across pages,
    # so other pages' named graphs get other IRIs: their cached graphs must not be reused blindly
    (data / "anbang-yao-2.yaml").unlink()
    build(data, out)
    cold = tmp_path / "cold"
    build(data, cold)
    assert_same_outputs(out, cold)


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
