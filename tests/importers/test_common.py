"""kg.importers.common: the field parsers every reader shares (names, owner, dates, venues, links)."""

from __future__ import annotations

import doctest

from kg.importers import common
from kg.importers.common import mark_owner, owner_variant, same_name
from kg.model import Author


def test_doctests():
    assert doctest.testmod(common).failed == 0


def test_owner_is_found_with_or_without_middle_names():
    authors = [Author(name="Paul G Giresi"), Author(name="NU Rashid"), Author(name="Wei Sun")]
    assert mark_owner(authors, "Naim Rashid") == 1
    assert [a.is_self for a in authors] == [False, True, False]
    assert mark_owner([Author(name="Niven Achenjang")], "Niven T. Achenjang") == 0


def test_owner_variants_stay_strict_on_the_first_given_name_and_the_family_name():
    assert not owner_variant("Wei Sun", "Wen Sun")
    assert not owner_variant("Naim Rashidi", "Naim Rashid")
    assert not owner_variant("Rashid", "Naim Rashid")
    # the merge across pages keeps the stricter rule: a middle initial more is not the same person there
    assert not same_name("Naim U Rashid", "Naim Rashid")
