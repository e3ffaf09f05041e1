"""The one page reader on HTML homepage shapes (jemdoc, hand-written faculty pages, ...), in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.html import parse_html


def _html(text: str, name: str = "page.html"):
    return parse_html(SourceDoc(Path(name), text), ImportOptions())


_VENUE_FIRST = """<html><body><div id="toptitle"><h1>Publications</h1></div>
<p>2024
</p>
<ul>
<li><p>Marine Ecology Progress Series<br />
<b>Kelp holdfast fauna across a warming gradient</b><br />
Oona Berg, Tariq Lenz and Pia Rask<br />
<a href="https://doi.org/10.1000/k1">(link)</a>
</p>
</li>
</ul>
<p>2019
</p>
<ul>
<li><p>Ocean Sci. Lett.<br />
<b>Urchin barrens after a heatwave</b> <br />
Tariq Lenz, Oona Berg &amp; Ivo Sand<br />
<a href="https://doi.org/10.1000/k2">(link)</a>
</p>
</li>
<li><p>PLOS ONE <br />
<b>Seagrass loss and the grazing fish it feeds</b><br />
Ivo Sand, Oona Berg <br />
<a href="https://doi.org/10.1000/k3">(link)</a>
</p>
</li>
</ul>
</body></html>"""


def test_plain_venue_line_over_a_bold_title_is_the_venue():
    pubs = _html(_VENUE_FIRST, "publications.html").publications
    assert [p.title for p in pubs] == ["Kelp holdfast fauna across a warming gradient",
                                       "Urchin barrens after a heatwave",
                                       "Seagrass loss and the grazing fish it feeds"]
    assert pubs[0].venue == "Marine Ecology Progress Series" and pubs[2].venue == "PLOS ONE"
    assert [a.name for a in pubs[1].authors] == ["Tariq Lenz", "Oona Berg", "Ivo Sand"]


def test_a_paragraph_holding_only_a_year_heads_the_list_below_it():
    page = _html(_VENUE_FIRST, "publications.html")
    assert [p.year for p in page.publications] == [2024, 2019, 2019]
    assert page.unparsed == []


_SHORT_OWNER = """<html><body><div id="toptitle"><h1>Lena Okafor</h1></div>
<p>Lena Okafor, Ph.D.<br />Department of Geology,<br />University of Otago</p>
<h1>Papers and preprints</h1>
<ul>
<li><p><i>Glacial rebound in fjord sediments</i>
<br /> <b>LO</b>, Marta Ives.
<br /> Geology (in press) [<a href="https://arxiv.org/abs/1811.00001">arXiv</a>]</p>
</li>
</ul>
<ul>
<li><p><i>Tephra layers as clocks</i>
<br /> Rafe Tull, <b>LO</b>, Marta Ives.
<br /> Quaternary Science Reviews (in press). [<a href="https://arxiv.org/abs/1910.00002">arXiv</a>]</p>
</li>
</ul>
<ul>
<li><p><i>Moraine ages from beryllium</i>
<br /> <b>LO</b> [<a href="https://arxiv.org/abs/1910.00003">arXiv</a>]</p>
</li>
</ul>
</body></html>"""


def test_owner_written_as_initials_after_a_full_name_is_an_author_of_their_own():
    pubs = _html(_SHORT_OWNER, "index.html").publications
    assert [a.name for a in pubs[1].authors] == ["Rafe Tull", "LO", "Marta Ives"]
    assert [a.is_self for a in pubs[1].authors] == [False, True, False]


def test_owner_initials_alone_are_the_owner():
    pubs = _html(_SHORT_OWNER, "index.html").publications
    assert [(a.name, a.is_self) for a in pubs[2].authors] == [("LO", True)]


def test_venue_with_status_in_parentheses_keeps_the_venue():
    pubs = _html(_SHORT_OWNER, "index.html").publications
    assert (pubs[0].venue, pubs[0].notes) == ("Geology", ["in press"])
    assert (pubs[1].venue, pubs[1].notes) == ("Quaternary Science Reviews", ["in press"])


def test_department_line_ending_in_a_comma_loses_the_comma():
    aff = _html(_SHORT_OWNER, "index.html").person.affiliations
    assert [(a.name, a.department) for a in aff] == [("University of Otago", "Department of Geology")]
