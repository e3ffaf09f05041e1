"""Python's cyclic garbage collector, paused while kg builds large acyclic structures.

Loading a profile, merging and mapping make millions of small containers (YAML nodes, dicts,
pydantic models, tuples of terms) that hold no reference cycles. The collector runs on every
700 net allocations and its older generations walk everything allocated so far, so its cost grows
faster than the input: at 20,000 publications it was 60% of loading a profile (4.4 s -> 1.7 s
without it). Reference counting still frees everything as usual; the collector runs again as soon
as the outermost pause ends, and what was made during the pause goes to its oldest generation at once:
the first young collection after the pause would walk all of it (0.8 of the 11 CPU s of a one-profile
rebuild at 1M triples, the build still alive as the command ended).

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False
_to_oldest = True


@contextmanager
def collector_paused(to_oldest: bool = True):
    """Pause the cyclic collector for the block (nested and concurrent blocks: it resumes after the last; the
    outermost block's ``to_oldest`` holds).

    ``to_oldest=False``: what the block made stays in the youngest generation when the collector resumes, for a
    block that a process runs again and again and whose cycles are garbage once it ends (one page's import of
    many: moved to the oldest generation, each import's cycles waited for a full collection that a process doing
    little but imports never ran: 40 imports of a lab site in one process kept 80,570 -> 138,715 objects,
    ~1,450 an import; docs/performance.md)."""
    global _depth, _was_enabled, _to_oldest
    with _lock:
        if _depth == 0:
            _was_enabled, _to_oldest = gc.isenabled(), to_oldest
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                if not _to_oldest:
                    gc.enable()
                else:
                    # everything tracked into the permanent generation and back into the oldest: the objects made
                    # during the pause, all still in the youngest generation, are not walked by its next
                    # collection (full collections still look at them)
                    gc.freeze()
                    gc.enable()
                    gc.unfreeze()


def release_freed() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``; elsewhere nothing).

    Oxigraph's stores and term objects live in the C heap, Python's small objects in their own
    arenas: once the validation store of a large build is dropped, its hundreds of MiB stay in the
    process as free heap that the Python objects made next never reuse, and the next stage's peak
    comes on top of them (at 1M triples: 1,538 MiB peak without this, 1,274 MiB with it)."""
    global _trim
    if _trim is None:
        _trim = False
        try:
            import ctypes

            # the symbols already loaded (libc's among them); not ctypes.util.find_library, which runs
            # a subprocess: forked from a process of 1 GiB
            _trim = getattr(ctypes.CDLL(None), "malloc_trim", False) or False
        except (OSError, AttributeError, TypeError):
            _trim = False
    if _trim:
        _trim(0)


_trim = None
