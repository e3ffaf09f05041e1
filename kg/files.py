"""Atomic file writing: outputs appear whole or not at all."""

from __future__ import annotations

import mmap
import os
import tempfile
from functools import cache
from pathlib import Path


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_atomic(p, "hello\\n"); p.read_text()
    'hello\\n'
    """
    from .errors import LoadError

    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if path.is_dir():
        raise LoadError("is a folder; give a file name to write", path=str(path))
    for ancestor in path.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise LoadError("is a file, not a folder; cannot write under it", path=str(ancestor))
            break
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise LoadError(f"cannot write: {exc.strerror or exc}", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise LoadError(f"cannot write: {exc.strerror or exc}", path=str(path)) from None
        raise


# --- a folder of outputs, replaced as a whole --------------------------------------------------

_TMP_TAG = ".kg-tmp-"
RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    import ctypes
    import errno

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _clean_leftovers(target: Path) -> None:
    """Remove the temporary folders of earlier runs that were killed before they finished; a run killed between
    the two renames of a system with no atomic exchange left no folder in place and the old one set aside: that
    one goes back in place first (the old content, as if the run had not started)."""
    import shutil

    prefix = f".{target.name}{_TMP_TAG}"
    try:
        entries = sorted(target.parent.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        pid, _, rest = entry.name[len(prefix):].partition("-")
        if pid.isdigit() and not _pid_alive(int(pid)) and entry.is_dir() and not entry.is_symlink():
            kept = entry / "x"
            if rest.startswith("old-") and kept.is_dir() and not os.path.lexists(target):
                os.replace(kept, target)
            shutil.rmtree(entry, ignore_errors=True)


class atomic_folder:  # noqa: N801 - used as a context manager, like tempfile's
    """Build a folder's new content beside it, then put it in place in one step.

    ``with atomic_folder(out) as tmp:`` yields a fresh empty folder next to ``out`` (same
    file system); when the block ends without an exception, the new folder replaces
    ``out`` whole (an atomic exchange where the OS has one, else two renames), so a
    reader sees the old content or the new, never a mix. On an exception, or if the
    process is killed, ``out`` is left as it was and the temporary folder is removed
    (now, or by the next run; with two renames, a kill between them leaves no ``out``
    until the next run puts the old one back).

    ``replaceable(old)`` decides whether an existing ``out`` may be replaced.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "site"
    >>> with atomic_folder(out) as tmp:
    ...     _ = (tmp / "index.html").write_text("hi")
    >>> sorted(p.name for p in out.iterdir())
    ['index.html']
    """

    def __init__(self, target: Path, replaceable=None):
        self.display = str(target)
        self.target = Path(target).absolute()  # "-o ." names the current folder: swap it by its real name
        self.replaceable = replaceable
        self.tmp: Path | None = None

    def __enter__(self) -> Path:
        from .errors import LoadError

        target = self.target
        if target.is_symlink() or (target.exists() and not target.is_dir()):
            raise LoadError("exists and is not a folder; give a folder for the outputs", path=self.display)
        try:
            here = Path.cwd()
        except OSError:
            here = None
        if here is not None and (here == target or target in here.parents):
            raise LoadError("is the folder you are in (or holds it); kg replaces its output folder whole, so give "
                            "-o a folder beside you, e.g. -o build", path=self.display)
        if target.is_dir() and self.replaceable is not None and not self.replaceable(target):
            raise LoadError("is a folder that kg did not write; give an empty or new folder for the outputs",
                            path=self.display)
        parent = target.parent
        for ancestor in [parent, *parent.parents]:
            if ancestor.exists():
                if not ancestor.is_dir():
                    raise LoadError("is a file, not a folder; cannot write the outputs under it", path=str(ancestor))
                break
        try:
            parent.mkdir(parents=True, exist_ok=True)
            _clean_leftovers(target)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}{_TMP_TAG}{os.getpid()}-", dir=parent))
        except OSError as exc:
            raise LoadError(f"cannot write here: {exc.strerror or exc}", path=self.display) from None
        os.chmod(self.tmp, 0o755)
        return self.tmp

    def __exit__(self, exc_type, exc, tb) -> bool:
        import shutil

        assert self.tmp is not None
        if exc_type is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return False
        target = self.target
        try:
            _fsync_tree(self.tmp)
            if target.exists():
                if not _exchange(self.tmp, target):
                    # no atomic exchange here: two renames, the old folder kept until the new is in place
                    old = Path(tempfile.mkdtemp(prefix=f".{target.name}{_TMP_TAG}{os.getpid()}-old-",
                                                dir=target.parent))
                    os.replace(target, old / "x")
                    os.replace(self.tmp, target)
                    shutil.rmtree(old, ignore_errors=True)
                    return False
                shutil.rmtree(self.tmp, ignore_errors=True)  # now holds the old content
            else:
                os.replace(self.tmp, target)
        except OSError as err:  # (not ``exc``: the parameter, which an except clause would unbind)
            shutil.rmtree(self.tmp, ignore_errors=True)
            from .errors import LoadError

            raise LoadError(f"cannot replace the folder: {err.strerror or err}", path=self.display) from None
        return False


def _fsync_tree(folder: Path) -> None:
    """Flush the new files to disk before they are put in place (a power cut keeps them whole).

    A file with more than one link is one the build hard-linked from the previous build's folder (a kept
    snippet, a cache entry: kg writes every other file fresh, with one link), flushed when that build was
    put in place: it is not flushed again (at 1M triples 1,409 of a rebuild's files, most of the wall time
    of putting the folder in place)."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if os.lstat(path).st_nlink > 1:
                continue
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


# --- reading what the user named ---------------------------------------------------------------

MiB = 1024 * 1024


def read_regular(path: Path, limit: int, name: str | None = None, error=None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, else a one-line error naming it.

    Devices (``/dev/zero``), FIFOs and sockets are refused without reading (a FIFO with no
    writer would block, a device never ends), and so is a file over the limit. ``error``
    is the KgError subclass to raise (LoadError by default).

    >>> read_regular(Path("/dev/zero"), 10)
    Traceback (most recent call last):
    kg.errors.LoadError: /dev/zero: not a regular file (a device, FIFO or socket); kg reads only regular files
    """
    import errno
    import stat

    from .errors import LoadError

    error = error or LoadError
    name = name or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error("no such file", path=name) from None
    except IsADirectoryError:
        raise error("is a folder, not a file", path=name) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise error("symbolic link loop", path=name) from None
        raise error(f"cannot read: {exc.strerror or exc}", path=name) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise error("is a folder, not a file", path=name)
        if not stat.S_ISREG(st.st_mode):
            raise error("not a regular file (a device, FIFO or socket); kg reads only regular files", path=name)
        if st.st_size > limit:
            raise error(f"is {st.st_size / MiB:.1f} MiB; kg reads files of up to {limit // MiB} MiB", path=name)
        chunks, size = [], 0
        while True:
            try:
                chunk = os.read(fd, 1 << 20)
            except OSError as exc:
                raise error(f"cannot read: {exc.strerror or exc}", path=name) from None
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # a file that grew while read
                raise error(f"is over {limit // MiB} MiB; kg reads files of up to {limit // MiB} MiB", path=name)
        return b"".join(chunks)
    finally:
        os.close(fd)


# --- reading a previous build's files ---------------------------------------------------------


class MappedBytes(mmap.mmap):
    """A file's bytes mapped read-only (:func:`mapped_file`), with the bytes methods kg's splicing of a previous
    build's files uses (``find``, ``rfind``, slices as bytes and ``memoryview`` are the map's own).

    A rebuild splices the previous graph.ttl, graph.trig, graph.nt and graph.jsonld (kg.export): reading them
    copied 470 MB into fresh memory at 1M triples (0.4-0.5 of a one-profile rebuild's 6.7 CPU s, most of it the
    kernel's) when the unchanged runs go to the new files from the page cache either way; mapped, only the
    pages a bisection touches are read before the writes. The previous build's files are never written in
    place (a build replaces its folder whole), so what is mapped stays what was checked.

    >>> import tempfile; f = tempfile.NamedTemporaryFile(); _ = f.write(b"<a> <b> <c> .\\n"); f.flush()
    >>> m = mapped_file(f.name)
    >>> m.startswith(b"<a>"), m.startswith(b"<b>", 4), m.endswith(b".\\n"), m.index(b"<c>"), m == b"<a> <b> <c> .\\n"
    (True, True, True, 8, True)
    """

    def startswith(self, prefix, start: int = 0) -> bool:
        n = len(prefix)
        return 0 <= start and start + n <= len(self) and (not n or self.find(prefix, start, start + n) == start)

    def endswith(self, suffix) -> bool:
        return self.startswith(suffix, len(self) - len(suffix))

    def index(self, sub, start: int = 0, end: int | None = None) -> int:
        at = self.find(sub, start, len(self) if end is None else end)
        if at < 0:
            raise ValueError("subsection not found")
        return at

    def __eq__(self, other) -> bool:
        try:
            return len(other) == len(self) and self.startswith(other)
        except TypeError:
            return NotImplemented

    def __ne__(self, other) -> bool:
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    file: tuple[str, int, int] | None = None
    """(path, device, inode) of the file mapped (:func:`mapped_file`): where :func:`write_parts` copies a run of
    it from."""


def mapped_file(path: Path | str, st: os.stat_result | None = None,
                populate: bool = True) -> MappedBytes | bytes | None:
    """The bytes of the regular file ``path`` mapped read-only (b"" for an empty file; a map cannot be empty);
    None when it cannot be opened, or when ``st`` is given and the open file's size or modification time is
    not that (it was replaced since it was checked). ``populate``: its pages mapped at once (what is read whole
    from the map); else each when first read (a file whose unchanged runs :func:`write_parts` copies by the
    kernel: only the pages the splicing reads are mapped)."""
    import stat

    try:
        with open(path, "rb") as f:
            now = os.fstat(f.fileno())
            if not stat.S_ISREG(now.st_mode) or (st is not None and (now.st_size, now.st_mtime_ns)
                                                 != (st.st_size, st.st_mtime_ns)):
                return None
            if not now.st_size:
                return b""
            # MAP_POPULATE: the pages (in the page cache: the previous build wrote them) mapped at once rather than
            # one fault at a time as the text is read
            flags = mmap.MAP_SHARED | (getattr(mmap, "MAP_POPULATE", 0) if populate else 0)
            mapped = MappedBytes(f.fileno(), 0, flags=flags, prot=mmap.PROT_READ)
            mapped.file = (os.fspath(path), now.st_dev, now.st_ino)
            return mapped
    except (OSError, ValueError):
        return None


# --- writing a file in parts ------------------------------------------------------------------

COPY_AT_LEAST = 1 << 16
"""A run of a mapped file shorter than this is written from the map (a copy's system calls cost more)."""


def write_parts(path: Path | str, parts) -> None:
    """Write ``parts`` (bytes, or memoryviews) to the file ``path`` in order.

    A part that is a run of a file :func:`mapped_file` mapped (a memoryview of a :class:`MappedBytes`: a rebuild
    splices the previous build's graph.ttl, graph.trig, graph.nt and graph.jsonld, kg.export) is copied from that
    file by the kernel (``os.copy_file_range``) rather than written from the map: the bytes go from page cache to
    page cache without being mapped into the process and copied out of it again (at 1M triples 470 MB at every
    rebuild: 0.6-1.35 CPU s written, 0.35-0.52 copied, docs/performance.md round 33). Where the kernel or the file
    system refuses, os has no ``copy_file_range`` (macOS, Windows), the run's offset cannot be had (a Python other
    than CPython), or the file mapped is no longer at its path, the run is written from the map: the same bytes
    either way.

    >>> import tempfile, pathlib; folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "old").write_bytes(b"a" * 70000 + b"b" * 70000)
    >>> old = mapped_file(folder / "old")
    >>> write_parts(folder / "new", [b"<", memoryview(old)[69999:70001], memoryview(old)[1:70000], b">"])
    >>> (folder / "new").read_bytes() == b"<ab" + b"a" * 69999 + b">"
    True
    """
    sources: dict[tuple, int | None] = {}  # the file mapped -> a descriptor open on it (None: not to copy from)
    with open(path, "wb", buffering=0) as f:
        try:
            for part in parts:
                view = memoryview(part)
                if len(view) >= COPY_AT_LEAST and isinstance(view.obj, MappedBytes):
                    view = view[_copy_run(view, f.fileno(), sources):]
                while len(view):  # (a raw write may take less than it is given)
                    view = view[f.write(view):]
        finally:
            for fd in sources.values():
                if fd is not None:
                    os.close(fd)


def _copy_run(view: memoryview, out: int, sources: dict) -> int:
    """Copy the run ``view`` of a mapped file from that file to the end of what ``out`` holds so far; how many of
    its bytes were copied (0: none, it is to be written)."""
    mapped = view.obj
    if mapped.file is None or not view.c_contiguous or view.itemsize != 1 or not hasattr(os, "copy_file_range"):
        return 0
    offset = _offset(view, mapped)
    if offset is None:
        return 0
    if mapped.file not in sources:
        # the file opened at its path is the one mapped if it is that inode: the map holds the inode (its number
        # is not another file's while the map lives), and the descriptor holds it from then on, whatever is
        # renamed onto the path after (a build writes into a folder of its own, put in place when all is written)
        path, dev, ino = mapped.file
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            fd = None
        else:
            now = os.fstat(fd)
            if (now.st_dev, now.st_ino) != (dev, ino):  # another file at that path now: not the bytes mapped
                os.close(fd)
                fd = None
        sources[mapped.file] = fd
    fd = sources[mapped.file]
    if fd is None:
        return 0
    done = 0
    try:
        while done < len(view):
            got = os.copy_file_range(fd, out, len(view) - done, offset + done)
            if not got:
                break
            done += got
    except OSError:  # (not supported here: what is left is written)
        sources[mapped.file] = None
        os.close(fd)
    return done


def _offset(view: memoryview, mapped: MappedBytes) -> int | None:
    """Where the run ``view`` starts in the map ``mapped`` (a byte of the file mapped), or None where that cannot
    be said (then the run is written from the map).

    The two buffers' addresses (the C API's ``PyObject_GetBuffer``, through ctypes: a memoryview of a read-only
    map has no other way to say where in the map it starts), each taken and released at once: ``view`` holds
    the map's buffer (the map cannot be closed or moved while it lives), so the two are of one mapping. Only on
    CPython (its ``ctypes.pythonapi`` and ``Py_buffer``); elsewhere, or if the C API refuses, None."""
    api = _buffer_api()
    if api is None:
        return None
    try:
        offset = _address(view, api) - _address(mapped, api)
    except Exception:  # noqa: BLE001 - (a C API refusal): the run written from the map, the same bytes
        return None
    return offset if 0 <= offset <= len(mapped) - len(view) else None


def _address(buffer, api) -> int:
    """Where the bytes of ``buffer`` start in the process's memory (its ``Py_buffer``'s ``buf``)."""
    import ctypes

    struct, get, release = api
    got = struct()
    get(buffer, ctypes.byref(got), 0)  # (a failure raises: ctypes.pythonapi checks the error indicator)
    try:
        return got.buf
    finally:
        release(ctypes.byref(got))


@cache
def _buffer_api():
    """The C API's ``Py_buffer`` (its layout part of the stable ABI since Python 3.11), ``PyObject_GetBuffer``
    and ``PyBuffer_Release``, as functions of their own (ctypes.pythonapi's shared ones are left as they are);
    None on a Python other than CPython, or without them."""
    import sys

    if sys.implementation.name != "cpython":
        return None
    try:
        import ctypes

        get, release = ctypes.pythonapi["PyObject_GetBuffer"], ctypes.pythonapi["PyBuffer_Release"]
    except (ImportError, AttributeError, OSError):
        return None

    class PyBuffer(ctypes.Structure):
        _fields_ = [("buf", ctypes.c_void_p), ("obj", ctypes.c_void_p), ("len", ctypes.c_ssize_t),
                    ("itemsize", ctypes.c_ssize_t), ("readonly", ctypes.c_int), ("ndim", ctypes.c_int),
                    ("format", ctypes.c_char_p), ("shape", ctypes.c_void_p), ("strides", ctypes.c_void_p),
                    ("suboffsets", ctypes.c_void_p), ("internal", ctypes.c_void_p)]

    get.argtypes, get.restype = [ctypes.py_object, ctypes.POINTER(PyBuffer), ctypes.c_int], ctypes.c_int
    release.argtypes, release.restype = [ctypes.POINTER(PyBuffer)], None
    return PyBuffer, get, release
