"""kg.files: a folder replaced as a whole, even when the process dies at any step."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import LoadError
from kg.files import atomic_folder


def _snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _write_set(out, tag: str, die_after: int | None) -> None:
    with atomic_folder(out) as tmp:
        for n in range(6):
            if die_after is not None and n == die_after:
                os.kill(os.getpid(), signal.SIGKILL)
            (tmp / "sub").mkdir(exist_ok=True)
            (tmp / ("sub" if n % 2 else "") / f"f{n}.txt").write_text(f"{tag} {n}\n" * 100)
    if die_after == 6:
        os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("die_after", range(7))
def test_killed_writer_leaves_the_old_folder_or_the_new_one(tmp_path, die_after):
    out = tmp_path / "out"
    _write_set(out, "old", None)
    old = _snapshot(out)
    pid = os.fork()
    if pid == 0:  # the child writes the new set and is killed after die_after files
        try:
            _write_set(out, "new", die_after)
        finally:
            os._exit(3)
    _pid, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    now = _snapshot(out)
    assert now == old if die_after < 6 else now != old and set(now) == set(old)
    _write_set(out, "third", None)  # the next run removes the dead run's temporary folder
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_killed_between_the_two_renames_the_next_run_puts_the_old_folder_back(tmp_path, monkeypatch):
    # where the system has no atomic exchange the folder is replaced by two renames (the old one set aside, then
    # the new one in place); a run killed between them leaves no folder in place: the next run puts the old one back
    # before it removes the dead run's leftovers (it removed the old folder with them before)
    import kg.files

    out = tmp_path / "out"
    _write_set(out, "old", None)
    old = _snapshot(out)
    monkeypatch.setattr(kg.files, "_exchange", lambda a, b: False)
    pid = os.fork()
    if pid == 0:
        try:
            real = os.replace

            def replace_then_die(src, dst):
                real(src, dst)
                if Path(dst).name == "x":  # the old folder set aside, the new one not yet in place
                    os.kill(os.getpid(), signal.SIGKILL)

            monkeypatch.setattr(os, "replace", replace_then_die)
            _write_set(out, "new", None)
        finally:
            os._exit(3)
    _pid, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert not out.exists()
    with pytest.raises(RuntimeError):
        with atomic_folder(out):
            raise RuntimeError("the next run fails too")
    assert _snapshot(out) == old and [p.name for p in tmp_path.iterdir()] == ["out"]
    _write_set(out, "third", None)
    assert _snapshot(out) != old and [p.name for p in tmp_path.iterdir()] == ["out"]


def test_exception_keeps_the_old_folder(tmp_path):
    out = tmp_path / "out"
    _write_set(out, "old", None)
    old = _snapshot(out)
    with pytest.raises(RuntimeError):
        with atomic_folder(out) as tmp:
            (tmp / "f0.txt").write_text("half")
            raise RuntimeError("boom")
    assert _snapshot(out) == old and [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="names an open file by /proc")
def test_files_linked_from_the_previous_folder_are_not_flushed_again(tmp_path, monkeypatch):
    """A rebuild hard-links what it keeps from the previous build's folder (flushed when that build was put in
    place): only the files written fresh are flushed before the new folder replaces the old."""
    out = tmp_path / "out"
    _write_set(out, "old", None)
    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(fd):
        flushed.append(os.path.basename(os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with atomic_folder(out) as tmp:
        (tmp / "sub").mkdir()
        os.link(out / "f0.txt", tmp / "f0.txt")
        os.link(out / "sub" / "f1.txt", tmp / "sub" / "f1.txt")
        (tmp / "f2.txt").write_text("new 2\n")
    assert flushed == ["f2.txt"]
    assert _snapshot(out) == {"f0.txt": b"old 0\n" * 100, "sub/f1.txt": b"old 1\n" * 100, "f2.txt": b"new 2\n"}


def test_unwritable_parent_is_a_located_error(tmp_path, monkeypatch):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):  # root writes anywhere: refuse as the kernel would refuse anyone else
            import tempfile

            real = tempfile.mkdtemp

            def mkdtemp(*args, dir=None, **kw):
                if dir is not None and Path(dir) == ro:
                    raise PermissionError(13, "Permission denied", str(dir))
                return real(*args, dir=dir, **kw)

            monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
        with pytest.raises(LoadError, match=r"ro/out: cannot write here: Permission denied"):
            with atomic_folder(ro / "out"):
                pass
    finally:
        ro.chmod(0o755)


def test_the_current_folder_is_not_replaced(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for target in (".", str(tmp_path), str(tmp_path.parent)):
        with pytest.raises(LoadError, match="is the folder you are in"):
            with atomic_folder(Path(target)):
                pass
    assert Path.cwd() == tmp_path


@settings(max_examples=200, deadline=None)
@given(data=st.binary(min_size=1, max_size=40), sub=st.binary(max_size=4), start=st.integers(-2, 45))
def test_mapped_bytes_answer_as_the_bytes_do(tmp_path_factory, data, sub, start):
    """The bytes methods kg's splicing calls on a previous build's file (kg.export, kg.graph.spliced_lines) give
    on its map (kg.files.MappedBytes) what they give on its bytes."""
    from kg.files import MappedBytes, mapped_file

    path = tmp_path_factory.mktemp("mapped") / "f"
    path.write_bytes(data)
    m = mapped_file(path)
    assert isinstance(m, MappedBytes) and len(m) == len(data) and bytes(memoryview(m)) == data
    if start >= 0:  # (bytes.startswith counts a negative start from the end; kg never passes one)
        assert m.startswith(sub, start) == data.startswith(sub, start)
    assert m.startswith(sub) == data.startswith(sub) and m.endswith(sub) == data.endswith(sub)
    assert (m == data, m == data + b"x", m != data, data == m, m == sub) == (True, False, False, True, sub == data)
    assert m[1:3] == data[1:3] and data.startswith(m) and m.startswith(m)
    if not sub:  # (kg finds no empty string; past the end the map's find of one differs from the bytes')
        return
    assert m.find(sub, max(start, 0)) == data.find(sub, max(start, 0)) and m.rfind(sub) == data.rfind(sub)
    try:
        want = data.index(sub, max(start, 0))
    except ValueError:
        with pytest.raises(ValueError):
            m.index(sub, max(start, 0))
    else:
        assert m.index(sub, max(start, 0)) == want


# --- write_parts: runs of a mapped file copied by the kernel --------------------------------------------


def _copies(monkeypatch, fail_after: int | None = None):
    """Spy on os.copy_file_range: (source file's inode, bytes asked, bytes copied) per call; ``fail_after``: calls
    that copy at most half of what they are asked, then OSError (a file system that stops copying midway)."""
    if not hasattr(os, "copy_file_range"):  # (macOS, Windows: write_parts writes every run, the test below)
        pytest.skip("no os.copy_file_range here")
    calls: list[tuple[int, int, int]] = []
    real = os.copy_file_range

    def spy(src, dst, count, offset_src=None, offset_dst=None):
        if fail_after is not None and len(calls) >= fail_after:
            raise OSError(95, "Operation not supported")
        got = real(src, dst, count if fail_after is None else max(1, count // 2), offset_src, offset_dst)
        calls.append((os.fstat(src).st_ino, count, got))
        return got

    monkeypatch.setattr(os, "copy_file_range", spy)
    return calls


@settings(max_examples=60, deadline=None)
@given(cuts=st.lists(st.tuples(st.integers(0, 1), st.integers(0, 300_000), st.integers(0, 300_000)), max_size=8),
       small=st.binary(max_size=20))
def test_write_parts_writes_the_parts_in_order_copying_long_runs_of_a_mapped_file(tmp_path_factory, cuts, small):
    """Runs of two mapped files (long ones copied by the kernel, short ones written), bytes and an empty map
    between them: the file holds the parts joined, in order."""
    from kg.files import COPY_AT_LEAST, mapped_file, write_parts

    folder = tmp_path_factory.mktemp("parts")
    texts = [bytes(range(256)) * 1200, b"".join(b"%07d\n" % n for n in range(40_000))]
    maps = []
    for n, text in enumerate(texts):
        (folder / f"old{n}").write_bytes(text)
        maps.append(mapped_file(folder / f"old{n}"))
    parts = [small]
    for which, a, b in cuts:
        parts.extend((memoryview(maps[which])[min(a, b):max(a, b)], small))
    with pytest.MonkeyPatch.context() as mp:
        calls = _copies(mp)
        write_parts(folder / "new", parts)
    assert (folder / "new").read_bytes() == b"".join(parts)
    long = [len(p) for p in parts if isinstance(p, memoryview) and len(p) >= COPY_AT_LEAST]
    assert sum(got for _ino, _count, got in calls) == sum(long)
    inodes = {os.stat(folder / f"old{n}").st_ino for n in (0, 1)}
    assert {ino for ino, _count, _got in calls} <= inodes


def test_write_parts_writes_from_the_map_what_the_kernel_does_not_copy(tmp_path, monkeypatch):
    """A copy refused midway (a file system without copy_file_range) and a mapped file no longer at its path (another
    file there now): the rest, or all of it, written from the map; the same bytes either way."""
    from kg.files import mapped_file, write_parts

    text = b"".join(b"line %06d\n" % n for n in range(30_000))
    (tmp_path / "old").write_bytes(text)
    old = mapped_file(tmp_path / "old")
    parts = [b"head\n", memoryview(old)[11:200_000], b"mid\n", memoryview(old)[100_000:250_000]]
    calls = _copies(monkeypatch, fail_after=2)
    write_parts(tmp_path / "a", parts)
    assert (tmp_path / "a").read_bytes() == b"".join(parts) and 0 < sum(c[2] for c in calls) < len(parts[1])

    moved = mapped_file(tmp_path / "old")
    (tmp_path / "old").rename(tmp_path / "gone")
    (tmp_path / "old").write_bytes(b"x" * len(text))  # the path now names another file, of the same size
    calls = _copies(monkeypatch)
    write_parts(tmp_path / "b", [memoryview(moved)[5:150_000]])
    assert (tmp_path / "b").read_bytes() == text[5:150_000] and calls == []


@pytest.mark.parametrize("missing", ["copy_file_range", "buffer address"])
def test_write_parts_writes_every_run_where_the_kernel_copy_or_the_runs_offset_is_not_to_be_had(tmp_path, monkeypatch,
                                                                                              missing):
    """No os.copy_file_range (macOS, Windows), or no way to say where a run starts in its map (a Python other than
    CPython): every run written from the map, the same bytes, and nothing copied or failing on the way."""
    import kg.files
    from kg.files import mapped_file, write_parts

    text = b"".join(b"row %06d\n" % n for n in range(30_000))
    (tmp_path / "old").write_bytes(text)
    old = mapped_file(tmp_path / "old")
    parts = [b"head\n", memoryview(old)[7:150_000], old, memoryview(old)[100_000:]]
    if missing == "copy_file_range":
        monkeypatch.delattr(os, "copy_file_range", raising=False)
        calls = []
    else:
        calls = _copies(monkeypatch)
        monkeypatch.setattr(kg.files, "_buffer_api", lambda: None)
    write_parts(tmp_path / "new", parts)
    assert (tmp_path / "new").read_bytes() == b"".join(bytes(p) for p in parts) and calls == []
