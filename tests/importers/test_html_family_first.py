"""The HTML reader (kg/importers/page/) on citations written family name first, as earth-science and
APA-style pages write them: with and without a year, with the year after the names, with a status
("In prep.", "submitted") instead of a venue. Invented entries in the shape real pages use."""

from __future__ import annotations

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_markdown_page

PAGE = """---
title: Publications
---

**Nordby, O.**, Lind, K. Magma storage under a glacier. In prep.

[2. Ten years of radar over a caldera.](https://example.org/radar)<br>
Lind, K., **Nordby, O.**, Berg‐Holm, T., **2023**. Journal of Volcanology, 12(2), 1–20.

[1. Tremor before a fissure eruption.](https://example.org/tremor)<br>
Berg‐Holm, T., Lind, K., **Nordby, O.** Seismological Letters, **2021**, 3, 10–19.
"""


def _pubs():
    return parse_markdown_page(SourceDoc(Path("publications.md"), PAGE), ImportOptions()).publications


def test_in_prep_item_without_a_year_is_a_paper_with_no_venue():
    first = _pubs()[0]
    assert (first.title, first.venue, first.year, first.line) == ("Magma storage under a glacier", None, None, 5)
    assert [a.name for a in first.authors] == ["O. Nordby", "K. Lind"] and first.authors[0].is_self
    assert first.notes == ["In prep"]


def test_names_then_year_then_venue_under_a_linked_title():
    radar = _pubs()[1]
    assert (radar.title, radar.venue, radar.year) == ("Ten years of radar over a caldera", "Journal of Volcanology",
                                                      2023)
    # U+2010 inside a family name keeps the name whole (written as the one ASCII hyphen, as split_authors does)
    assert [a.name for a in radar.authors] == ["K. Lind", "O. Nordby", "T. Berg-Holm"]


def test_names_then_venue_with_the_year_after_it():
    tremor = _pubs()[2]
    assert (tremor.title, tremor.venue, tremor.year) == ("Tremor before a fissure eruption", "Seismological Letters",
                                                         2021)
    assert [a.name for a in tremor.authors] == ["T. Berg-Holm", "K. Lind", "O. Nordby"]
    assert [a.is_self for a in tremor.authors] == [False, False, True]
