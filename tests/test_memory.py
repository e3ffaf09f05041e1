"""kg.memory: the cyclic collector paused while kg builds large acyclic structures."""

from __future__ import annotations

import gc
import weakref

from kg.memory import collector_paused


class _Node:
    pass


def test_objects_made_during_a_pause_go_to_the_oldest_generation_and_cycles_among_them_are_still_freed():
    """The first young collection after a pause walked everything made during it (all of it was still in the
    youngest generation: at 1M triples 0.8 CPU s as `kg build` ended); made during the pause, it is in the oldest
    generation once the pause ends, and a full collection still frees the cycles among it."""
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():  # nested: the collector comes back after the outermost
            kept = [[n] for n in range(20_000)]
        assert not gc.isenabled()
        cycle = _Node()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(kept) in oldest and all(id(x) in oldest for x in kept[::1000])
    assert gone() is not None
    gc.collect()
    assert gone() is None


def test_a_pause_that_does_not_keep_what_it_made_leaves_its_cycles_to_a_young_collection():
    """``to_oldest=False`` (one import of many in a process): what the block made stays young when the collector
    resumes, so a cycle it left is freed by the next young collection, not kept for a full one (which a process
    doing little else never runs); the outermost block decides."""
    def left_by(pause):
        with pause:
            with collector_paused():  # (an inner block's choice does not hold)
                cycle = _Node()
                cycle.me = cycle
                gone = weakref.ref(cycle)
                del cycle
        gc.collect(0)
        return gone

    assert left_by(collector_paused(to_oldest=False))() is None
    kept = left_by(collector_paused())
    assert kept() is not None  # (in the oldest generation: a full collection frees it)
    gc.collect()
    assert kept() is None and gc.isenabled()
