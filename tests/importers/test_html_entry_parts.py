"""Hand-written and lab HTML pages: the parts of one entry (year badges, a marked venue after the names, a link's
label inside the citation's sentence), in our own words with invented names."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _html(text: str, name: str = "publications.html", owner: str | None = None):
    return parse_html(SourceDoc(Path(name), text), ImportOptions(owner=owner))


_LAB_CARDS = """<html><head><title>Publications - Wave Lab</title></head><body>
<main><h1>Publications</h1>
<p>* Equal contribution &nbsp; &dagger; Correspondence</p>
<div class="publication-list">
<article class="publication-item"><div class="publication-year">2025 &middot; 3</div><div>
<h3>Fast estimation of covariance in quantum wires</h3>
<div class="publication-meta">Ann Lee&dagger;, Bob Stone, <strong>Carl Mendez</strong>, Dora Hill&dagger; &middot;
<span class="publication-journal">Applied Physics Letters</span> <strong class="publication-volume">127</strong>,
203503 (2025)</div></div></article>
<article class="publication-item"><div class="publication-year">2025 &middot; 2</div><div>
<h3>Thermal modeling of bubble motion in layered crystals</h3>
<div class="publication-meta">Eve Park*, Finn Jones*, <strong>Carl Mendez&dagger;</strong>, Gus Ortiz&dagger; &middot;
<span class="publication-journal">Solid State Letters</span> <strong class="publication-volume">87</strong>, 378 (2025)
</div></div></article>
<article class="publication-item"><div class="publication-year">2024 &middot; 1</div><div>
<h3>Lever arm dependence in few electron dots</h3>
<div class="publication-meta">Hal Kim, Ivy Lane, <strong>Carl Mendez&dagger;</strong> &middot;
<span class="publication-cite">Quantum Reports, 2240079 (2024)</span></div></div></article>
</div></main></body></html>"""


def test_a_year_and_number_badge_is_the_year_and_the_marked_venue_follows_the_names():
    pubs = _html(_LAB_CARDS, owner="Carl Mendez").publications
    assert [p.year for p in pubs] == [2025, 2025, 2024]
    assert [p.venue for p in pubs[:2]] == ["Applied Physics Letters", "Solid State Letters"]
    assert [a.name for a in pubs[0].authors] == ["Ann Lee", "Bob Stone", "Carl Mendez", "Dora Hill"]
    assert pubs[0].authors[2].is_self and pubs[0].authors[0].marks == ["corresponding"]
    assert [a.marks for a in pubs[1].authors[:2]] == [["equal_contribution"], ["equal_contribution"]]


def test_names_then_a_middle_dot_then_an_unmarked_venue():
    pub = _html(_LAB_CARDS, owner="Carl Mendez").publications[2]
    assert [a.name for a in pub.authors] == ["Hal Kim", "Ivy Lane", "Carl Mendez"]
    assert pub.venue == "Quantum Reports"


_OLD_SCHOOL = """<html><body><h1>Papers</h1>
<a href="https://arxiv.org/abs/1801.00001">On the Packing Dimension of Random Carpets</a>, with A. Rowe and
B. Tran, appeared <a href="https://example.org/journal/rny1">here</a> in Journal of Fractal Studies, 2018.</br></br>
<a href="https://arxiv.org/abs/1511.00002">The Dimension of Slices of Self-
Affine Carpets</a>, with C. Ulm, appeared <a href="https://example.org/annales/42">here</a> in Annales of Pure
Geometry, 2017.</br></br>
<a href="carpets.pdf">Carpets with Positive Area</a> (with D. Vogt and E. Wirth), Geom. Lett. 2014.</br></br>
</body></html>"""


def test_a_link_label_inside_the_sentence_leaves_the_venue_to_the_citation():
    pubs = _html(_OLD_SCHOOL, owner="Tim Kurz").publications
    assert [p.year for p in pubs] == [2018, 2017, 2014]
    assert pubs[0].venue == "Journal of Fractal Studies" and pubs[0].abstract is None
    assert pubs[1].title == "The Dimension of Slices of Self-Affine Carpets"


def test_coauthors_in_brackets_before_the_venue():
    pub = _html(_OLD_SCHOOL, owner="Tim Kurz").publications[2]
    assert [a.name for a in pub.authors] == ["Tim Kurz", "D. Vogt", "E. Wirth"]
    assert pub.venue and pub.venue.startswith("Geom. Lett")


_RELINKED_LETTER = """<html><body><h1>Articles</h1>
<P ALIGN=Left><font face="Arial"><BIG><FONT COLOR="#0000ff"><A HREF="lagos.pdf"><font color="#000000">La
lengua de los pescadores de la costa del Pac</font></A><A HREF="accent.pdf"><font color="#000000">&iacute;</font></A><A
HREF="lagos.pdf"><font color="#000000">fico sur</font></A></FONT></BIG>
<font size="4">{separata de 2009}</font></font>
<P ALIGN=Left><font face="Arial"><BIG><FONT COLOR="#0000ff"><A HREF="delta.pdf"><font color="#000000">Vowel loss in
river delta speech</font></A></FONT> {2004 reprint}</BIG></font>
</body></html>"""


def test_links_that_touch_inside_a_word_are_one_title():
    pubs = _html(_RELINKED_LETTER, "papers.htm", owner="Rosa Quintero").publications
    assert pubs[0].title == "La lengua de los pescadores de la costa del Pacífico sur"
    assert pubs[1].title == "Vowel loss in river delta speech"


def test_two_links_written_together_stay_two_links():
    page = """<html><body><h1>Papers</h1><ol>
<li>Ines Vogel. <i>Drifting ice in narrow straits</i>. Polar Notes 3, 2021.
<a href="https://doi.org/10.1000/pn.3">doi</a><a href="https://ivogel.example.org/drift.pdf">pdf</a></li>
<li>Ines Vogel and Ola Berg. <i>Melt ponds in spring</i>. Polar Notes 5, 2023.
<a href="https://doi.org/10.1000/pn.5">doi</a><a href="https://ivogel.example.org/melt.pdf">pdf</a></li>
</ol></body></html>"""
    pubs = _html(page, "papers.html", owner="Ines Vogel").publications
    assert pubs[0].links.get("pdf", "").endswith("drift.pdf") and pubs[0].links.get("doi", "").endswith("pn.3")


_BRACKET_BADGE_LINES = """<html><body><h1>Ada Lind</h1><h4>Selected Publications</h4>
<ul>
<li><strong>[<em>arXiv</em>]</strong><br><a href="https://arxiv.org/pdf/2505.11111">Longer Tides, Deeper Pools: The Role of Memory in Coastal Models</a><br>Bo Marr, Cy Tan, <strong>Ada Lind</strong><br><em>arXiv</em>, 2025</li>
<li><strong>[ICML2024]</strong><br><a href="https://arxiv.org/abs/2401.22222">Sea Ice Drift from Radar Pairs</a><br>Ada Lind, Bo Marr<br><em>International Conference on Machine Learning (ICML)</em>, 2024</li>
</ul></body></html>
"""


def test_a_venue_badge_in_brackets_on_its_own_line_over_the_entry_is_no_venue_line():
    # "[arXiv]" / "[ICML2024]" alone on the first line, the venue's own line last: the first is the venue's badge
    # (its short name), the last the venue written out with the year; the bracket was read as the venue line and the
    # real one left (an arXiv paper lost its year)
    pubs = _html(_BRACKET_BADGE_LINES, owner="Ada Lind").publications
    assert [(p.venue, p.year) for p in pubs] == [("arXiv", 2025), ("ICML", 2024)]
    assert pubs[1].venue_full == "International Conference on Machine Learning"
