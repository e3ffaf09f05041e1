"""Memoised forms of :mod:`kg.importers.common` helpers the page reader calls many times per page.

Takes names, labels, URLs and venue lines; gives ``same_name``, ``mark_owner``, ``link_kind``
and ``parse_venue`` with the same answers as the common ones, cached.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...model import Author
from ..common import link_kind as _link_kind_uncached
from ..common import mark_owner as _mark_owner
from ..common import label_reading as _label_reading_uncached
from ..common import url_kind as _url_kind_uncached
from ..common import Venue, family_absent, has_cjk, name_key, name_parts
from ..common import parse_venue as _parse_venue_uncached
from ..common import same_name as _same_name_uncached


# --- element classes ------------------------------------------------------------------------

@lru_cache(maxsize=32768)
def same_name(a: str, b: str) -> bool:
    """common.same_name, memoised, with a quick "no" for most names a page compares with its owner's (``b``): no
    name can share ``b``'s family name when that name is not among its words (kg.names.family_absent). common.same_name
    asks the same after the name keys and joined syllables; this one asks it first (a page's names are many), but
    not for a name in CJK script, which same_name may join to ``b`` by its unspaced form ("岩波翔也", "岩波 翔也")."""
    if name_key(a) != name_key(b) and not has_cjk(a) and (name_parts(b) is None or family_absent(a, b)):
        return False
    return _same_name_uncached(a, b)


def mark_owner(authors: list[Author], owner: str, alternate_names: Sequence[str] = ()) -> int | None:
    """common.mark_owner over the memoised same_name: sets ``is_self``, returns the position."""
    return _mark_owner(authors, owner, alternate_names, same=same_name)


_label_reading = lru_cache(maxsize=4096)(_label_reading_uncached)
url_kind = lru_cache(maxsize=16384)(_url_kind_uncached)
"""common.url_kind, memoised: what a link is from its address alone."""


def link_kind(label: str, url: str) -> str | None:
    """common.link_kind (the label first, else the URL), its two readings memoised: by label and by URL."""
    return _link_kind_uncached(label, url, _label_reading, url_kind)


@lru_cache(maxsize=4096)
def label_kind(label: str) -> str | None:
    """What a link is by its label alone: common.link_kind with no URL, memoised."""
    return link_kind(label, "")


@lru_cache(maxsize=4096)
def _parse_venue(text: str) -> Venue:
    return _parse_venue_uncached(text)


def parse_venue(text: str) -> Venue:
    """common.parse_venue, memoised (a page names the same venue line again and again); a copy each time, as the
    entry reader fills in the volume and pages of the one it is given."""
    v = _parse_venue(text)
    return v.copy()
