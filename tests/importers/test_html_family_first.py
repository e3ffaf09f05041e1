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


# A whole citation inside one link, opened by its year (or its status) and a dash; names written family name
# first with ";" mixed in and marks after the family name too; a title with stops inside it and none before the
# italic journal.
LINKED = """<html><head><title>Publications - Jane Roe</title></head><body><h1>Publications</h1>
<h2>Forthcoming</h2>
<ul><li><a href="https://example.org/p0">
 Under review - <b>Roe, J.</b>; Lind, K. Dune fields of the Sahel and their herders - <i>....</i>
</a></li></ul>
<h2>Published</h2>
<ul>
<li><a href="https://doi.org/10.1/abc">
 2024 - <b>Roe, J.*</b>, Okafor, B.A.*. Rapid shifts of river deltas linked to the arrival of H. sapiens in Africa <i>Earth Letters</i>, in press.
</a></li>
<li><a href="https://example.org/p2">
 2021 - Lind, K., <b>Roe, J.</b>; Berg*, T.; Moss, L; Evans, Rh.; Okafor, B. Salt marsh carbon in northern Iberia - <i>Coastal Review</i>, 20(8), e03302.
</a></li>
<li><a href="https://example.org/p3">
 2019 - Lind, K., Okafor, B. A., <b>Roe, J.</b>, & Berg, T. Lake sediments of the Ebro basin (Zaragoza, Spain). New cores from two dry lakes. <i>Quaternary Notes</i>, 12, 100120.
</a></li>
</ul></body></html>"""


def _linked():
    from kg.importers.page.parse import parse_html

    return parse_html(SourceDoc(Path("publications.html"), LINKED), ImportOptions()).publications


def test_a_year_and_a_dash_opening_a_linked_citation_is_its_year():
    pubs = _linked()
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Dune fields of the Sahel and their herders", None, None),
        ("Rapid shifts of river deltas linked to the arrival of H. sapiens in Africa", 2024, "Earth Letters"),
        ("Salt marsh carbon in northern Iberia", 2021, "Coastal Review"),
        ("Lake sediments of the Ebro basin (Zaragoza, Spain). New cores from two dry lakes", 2019, "Quaternary Notes"),
    ]
    assert "Under review" in pubs[0].notes
    assert str(pubs[1].links["doi"]) == "https://doi.org/10.1/abc"


def test_family_first_names_with_semicolons_and_marks_after_the_family_name():
    pubs = _linked()
    assert [a.name for a in pubs[0].authors] == ["J. Roe", "K. Lind"]
    assert [a.name for a in pubs[2].authors] == ["K. Lind", "J. Roe", "T. Berg", "L. Moss", "Rh. Evans", "B. Okafor"]
    assert pubs[2].authors[1].is_self
    assert [a.name for a in pubs[3].authors] == ["K. Lind", "B. A. Okafor", "J. Roe", "T. Berg"]


# Family-first names, the year in brackets AFTER the title and an italic journal; a title opening with the article
# "A" after a name whose last initial has its period; a status in italics where a venue would be; the names on a
# line of their own above a bold title.
AFTER = """## Papers

**Okoro, B.T.**, Lind, K., and Pavel, R. Cold pools over the Andes. (2024). _Mountain Weather_ **3**(2), 11-19.

**Okoro, B.**, Lind, K., and Pavel, R. A simple lake model for glacial basins. (2023). _Limnology Letters_ **8**, 1-9.

Lind, K., Pavel, R., & Okoro, B.
**Winds over salt flats and their dust**. Arid Zones. *Accepted for publication*.
"""


def _after():
    return parse_markdown_page(SourceDoc(Path("papers.md"), AFTER), ImportOptions(owner="B. Okoro")).publications


def test_year_in_brackets_after_the_title_is_the_citations():
    pools = _after()[0]
    assert (pools.title, pools.year, pools.venue) == ("Cold pools over the Andes", 2024, "Mountain Weather")


def test_a_title_opening_with_a_is_no_initial_of_the_name_before():
    lake = _after()[1]
    assert lake.title == "A simple lake model for glacial basins"
    assert [a.name for a in lake.authors] == ["B. Okoro", "K. Lind", "R. Pavel"]


def test_an_italic_status_is_no_venue_and_the_bold_title_stays_whole():
    dust = _after()[2]
    assert dust.title == "Winds over salt flats and their dust"
    assert dust.year is None and [a.name for a in dust.authors] == ["K. Lind", "R. Pavel", "B. Okoro"]
