"""Hand-written and lab HTML pages: the parts of one entry (year badges, a marked venue after the names, a link's
label inside the citation's sentence), in our own words with invented names."""

from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html

from .sitefiles import imported_site, write_site


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


def test_a_venue_run_on_after_the_last_joined_name_is_the_venue():
    """'A, B, and C, Venue. <a>"Title"</a>': the name the last "and" joins closes the list; the words after it are
    the venue, no author."""
    page = """<html><body><h1>Publications</h1>
<p>Ann Lee, Carl Mendez, and Dora Hill,
  Marine Letters. <a href="https://example.org/p1">"Tidal mixing in shallow estuaries"</a> VOL 3. May 2019. 11-19</p>
<p>Hal Kim, Carl Mendez, Ivy Lane, and Gus Ortiz,
  Coastal Systems. <a href="https://example.org/p2">"Sediment waves under sea ice"</a> Vol 7, 1-9, June 2, 2016</p>
</body></html>"""
    pubs = _html(page, owner="Carl Mendez").publications
    assert [[a.name for a in p.authors] for p in pubs] == [["Ann Lee", "Carl Mendez", "Dora Hill"],
                                                           ["Hal Kim", "Carl Mendez", "Ivy Lane", "Gus Ortiz"]]
    assert [p.venue for p in pubs] == ["Marine Letters", "Coastal Systems"]


def test_words_after_the_last_joined_name_are_never_dropped():
    """When the entry has its venue, a name run on past the last "and" is one more author (never dropped); a
    degree there is the name's, no venue."""
    page = """<html><body><h1>Publications</h1>
<p>Ann Lee, Bo Roe and Cy Doe (equal contribution), Dana Wu. <a href="https://example.org/p1">Metabolic flux of
  yeast</a>. Cell, 2017.</p>
<p>Ann Lee, Bo Roe, and Cy Doe, PhD. <a href="https://example.org/p2">Robust widgets for folding</a>, 2020.</p>
</body></html>"""
    pubs = _html(page, owner="Ann Lee").publications
    assert [[a.name for a in p.authors] for p in pubs] == [["Ann Lee", "Bo Roe", "Cy Doe", "Dana Wu"],
                                                           ["Ann Lee", "Bo Roe", "Cy Doe"]]
    assert [p.venue for p in pubs] == ["Cell", None]


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


_THESES_PAGE = """<html><head><title>Pablo Ortiz</title></head><body><h1>Pablo Ortiz</h1>
<h2>Journal Publications</h2>
<p><strong>Solar wind bursts seen from the ground</strong><br>P. Ortiz, M. Vela<br>Solar Physics (2023).</p>
<h2>Theses:</h2>
<p><strong>&bull; Master's Thesis (in Spanish).</strong><br>
"Variaciones de los rayos del sol en la tierra".<br>
Advisors: Marta Ines Vela, Joao Paulo Souza de Almeida<br>
Instituto Nacional de Ciencias del Sol, MX. 2019</p>
<p><strong>&bull; Bachelor's Thesis (in Spanish).</strong><br>
"Eventos del sol vistos desde un observatorio".<br>
Advisors: Luis Pardo Gil<br>
Universidad del Valle Alto, MX. 2016.</p>
</body></html>
"""


def test_a_thesis_entry_under_its_degree_label(tmp_path):
    # the bold line only names the degree; the place and year close the entry, the advisors sit between
    root = write_site(tmp_path / "site", {"index.html": _THESES_PAGE})
    profile = import_path(root, owner="Pablo Ortiz").profile
    theses = {p.title: p for p in profile.publications if p.venue_type == "thesis"}
    master = theses["Variaciones de los rayos del sol en la tierra"]
    assert (master.venue, master.year) == ("Master's Thesis, Instituto Nacional de Ciencias del Sol", 2019)
    assert theses["Eventos del sol vistos desde un observatorio"].year == 2016
    assert sorted(e.institution for e in profile.person.education) == [
        "Instituto Nacional de Ciencias del Sol", "Universidad del Valle Alto"]
    assert profile.person.advisors == ["Marta Ines Vela", "Joao Paulo Souza de Almeida", "Luis Pardo Gil"]


_TITLE_FIRST_THESIS = """# Dana Whitlow

## Publications

1. "Tides and Prices in Coastal Markets", Journal of Harbor Economics, 12(3), 45-67, 2021. [[LINK](https://doi.org/10.1000/jh.1)]
2. "Ferry Fares under Uncertainty", Maritime Policy Review, 8, 101-120, 2019. [[LINK](https://doi.org/10.1000/mp.2)]
3. "Port Congestion and Welfare", Economic Letters of the Sea, 44, 1-9, 2016. [[LINK](https://doi.org/10.1000/el.3)]
4. "Dredging as a Public Good", Coastal Studies Quarterly, 3, 22-30, 2013. [[LINK](https://doi.org/10.1000/cs.4)]
5. "Pilotage Rules and Entry", Journal of Harbor Economics, 5, 1-20, 2011. [[LINK](https://doi.org/10.1000/jh.5)]
6. Three Essays on Harbor Fees, Ph.D. Thesis, Northfield University, 2010. [[Library record](https://lib.example.org/r/1)]
7. "Lighthouses and Tolls", Coastal Studies Quarterly, 1, 5-9, 2008. [[LINK](https://doi.org/10.1000/cs.7)]
"""

_OTHERS_THESES = """# Dana Whitlow

## Publications

1. Dana Whitlow, Bo Lind, "Tides and Prices", Journal of Harbor Economics, 12, 45-67, 2021.

## Theses

- External examiner of Dr. Omar Haddad, Ph.D. dissertation, University of Waterloo, April 1997.
- Ann Lee, Deep Nets for Tidal Gauges, PhD thesis, Northfield University, 2019.
"""


def test_a_thesis_written_title_first_with_its_kind_where_a_venue_stands(tmp_path):
    # among siblings that are the owner's works with no names, a line whose title no quotes set apart as theirs are:
    # the kind "Ph.D. Thesis" after it ends the title, as the kind before a title does
    root = write_site(tmp_path / "site", {"index.md": _TITLE_FIRST_THESIS})
    pubs = import_path(root, owner="Dana Whitlow").profile.publications
    thesis = next(p for p in pubs if "Harbor Fees" in p.title)
    assert (thesis.title, thesis.venue, thesis.year, thesis.venue_type) == (
        "Three Essays on Harbor Fees", "Ph.D. Thesis, Northfield University", 2010, "thesis")
    assert [a.name for a in thesis.authors] == ["Dana Whitlow"]
    # other people's theses a page lists (examined, supervised) are none of the owner's works
    root = write_site(tmp_path / "other", {"index.md": _OTHERS_THESES})
    assert [p.title for p in import_path(root, owner="Dana Whitlow").profile.publications] == ["Tides and Prices"]


def test_an_undated_comma_citation_closed_by_its_status_in_brackets(tmp_path):
    # "Names, Title. (submitted)": no venue, no year, the status in brackets after the title's stop stands where the
    # venue does, so the names part from the title as in the dated siblings
    page = ("<html><head><title>Lena Ortiz</title></head><body><h1>Lena Ortiz</h1><h2>Publications</h2><ul>"
            "<li><p>Lena Ortiz, Marco Bell, Sparse recovery of tidal signals, Journal of Coastal Data, vol. 9, "
            "pp. 1-12, 2019.</p></li>"
            "<li><p>Marco Bell, Aiko Tanaka, Lena Ortiz, Thresholding rules for noisy gauges in shallow bays. "
            "(submitted)</p></li>"
            "</ul></body></html>")
    root = write_site(tmp_path / "site", {"index.html": page})
    pubs = import_path(root, owner="Lena Ortiz").profile.publications
    pub = next(p for p in pubs if p.title.startswith("Thresholding"))
    assert pub.title == "Thresholding rules for noisy gauges in shallow bays"
    assert [a.name for a in pub.authors] == ["Marco Bell", "Aiko Tanaka", "Lena Ortiz"]
    assert pub.year is None


def test_a_preprint_line_then_where_it_was_accepted(tmp_path):
    # "<a>arXiv:ID</a>, 2026. Accepted by <i>ICML 2026</i>.": the venue it is to appear at, no description
    page = ("<html><head><title>Jo Hale</title></head><body><h1>Jo Hale</h1><h2>Publications</h2><ul>"
            "<li><p>Z. Yang, <b>J. Hale</b>, L. Liu. Folding proteins with mirrored vectors. "
            "<a href=\"https://arxiv.org/abs/2602.01234\">ArXiv:2602.01234</a>, 2026. Accepted by <i>ICML 2026</i>.</p></li>"
            "<li><p><b>J. Hale</b> and X. Liu. Neural operators for waves. <i>Journal of Waves</i>. 12, 2025.</p></li>"
            "</ul></body></html>")
    root = write_site(tmp_path / "site", {"index.html": page})
    pub = next(p for p in import_path(root, owner="Jo Hale").profile.publications if p.title.startswith("Folding"))
    assert (pub.venue, pub.year, pub.abstract) == ("ICML", 2026, None)


def test_a_remark_in_brackets_before_the_title_is_a_note(tmp_path: Path):
    # an old hand-written list: names, then '(No printed proceedings) Title.' on the next line, then the venue
    pubs = imported_site(tmp_path / "site", {"index.html": (
        "<html><body><h1>Ola Berg</h1><h2>Papers</h2>\n"
        "<p>Ivo Lind and <b>Ola Berg</b>.<br>\n(No printed proceedings) Gripping soft fruit with foam arms.<br>\n"
        "<em>ArmWork 2006</em>, a workshop, May 2006.</p>\n"
        "<p><b>Ola Berg</b> and Pia Moe.<br>\nSorting apples by touch.<br>\n<em>RoboFarm 2005</em>, June 2005.</p>\n"
        "</body></html>\n")}).publications
    assert [(p.title, p.notes) for p in pubs] == [
        ("Gripping soft fruit with foam arms", ["No printed proceedings"]), ("Sorting apples by touch", [])]


def test_an_award_in_square_brackets_closing_the_title_is_a_note(tmp_path: Path):
    # a generated list (PubList): '“Title [BEST PAPER AWARD],”' the award the paper won written inside its title
    pubs = imported_site(tmp_path / "site", {"index.html": (
        "<html><body><h1>Ola Berg</h1><h2>Papers</h2><ul>\n"
        "<li><p>Ola Berg, Ivo Lind,\n&ldquo;Gripping soft fruit with foam arms [BEST PAPER AWARD],&rdquo;\n2015.</p></li>\n"
        "<li><p>Ola Berg, Pia Moe,\n&ldquo;Sorting apples by touch [Oral],&rdquo;\n2014.</p></li>\n"
        "<li><p>Ola Berg,\n&ldquo;Arms for picking [and placing],&rdquo;\n2013.</p></li>\n"
        "</ul></body></html>\n")}).publications
    assert [(p.title, p.notes) for p in pubs] == [
        ("Gripping soft fruit with foam arms", ["BEST PAPER AWARD"]), ("Sorting apples by touch", ["Oral"]),
        ("Arms for picking [and placing]", [])]


def test_a_remark_in_brackets_after_the_titles_stop_is_a_note(tmp_path: Path):
    # a hand-written list with no author names: '<b>Title.</b> (joint lead author)' - the owner's role in the work,
    # or a note on it ('(Oral)'), after the title's stop is no word of the title; a title closing with brackets of
    # its own ('(GIS)') keeps them
    pubs = imported_site(tmp_path / "site", {"index.html": (
        "<html><body><h1>Ola Berg</h1><h2>Papers</h2><ul>\n"
        "<li><b>Gripping soft fruit with foam arms.</b> (joint lead author)<br> Published in <i>Soft Robots</i> "
        "(2020).<br> I built the arms.</li>\n"
        "<li><b>Sorting apples by touch in dim light.</b> (Oral)<br> Published in <i>Farm Machines</i> (2019).</li>\n"
        "<li><b>Mapping orchards with geographic information systems (GIS)</b><br> Published in "
        "<i>Farm Machines</i> (2018).</li>\n"
        "</ul></body></html>\n")}).publications
    assert [(p.title, p.notes) for p in pubs] == [
        ("Gripping soft fruit with foam arms", ["joint lead author"]), ("Sorting apples by touch in dim light", ["Oral"]),
        ("Mapping orchards with geographic information systems (GIS)", [])]
    assert [p.venue for p in pubs] == ["Soft Robots", "Farm Machines", "Farm Machines"]


def test_an_italic_journal_with_a_ranking_tag_beside_it_is_the_venue(tmp_path):
    # "<p><em>Neurocomputing</em> <span class="academic-tag">SCI Q1, Top</span></p>" under the title and names: the
    # italic name is the venue though it holds no venue word; the tag (a note) is no part of it
    page = tmp_path / "papers.md"
    page.write_text('---\ntitle: "Publications"\n---\n\n' + "".join(
        f'<div class="paper-container">\n  <div class="paper-details">\n    <h3>{t}</h3>\n'
        f'    <p>Ana Ruiz, Hua Lin*</p>\n'
        f'    <p><em>{v}</em> <span class="academic-tag">{tag}</span></p>\n'
        f'    <a href="https://example.org/{n}.pdf">Paper</a>\n  </div>\n</div>\n\n'
        for n, (t, v, tag) in enumerate((("Seeing through murky water with deep nets", "Frontiers in Marine Science", "SCI Q1, Top"),
                          ("Fusion nets for salient objects in the sea", "Neurocomputing", "SCI Q2")))),
        encoding="utf-8")
    pubs = import_path(page, owner="Hua Lin").profile.publications
    assert [p.venue for p in pubs] == ["Frontiers in Marine Science", "Neurocomputing"]


def _listed(tmp_path, heading: str, items: list[str], tag: str = "ol"):
    """The works kg reads from a page of Rosa Quintero's holding ``items`` (``<li>`` elements) in one list under
    ``heading``."""
    page = tmp_path / "index.html"
    page.write_text(f"<html><body><h1>Rosa Quintero</h1><h2>{heading}</h2>"
                    f"<{tag}>{''.join(items)}</{tag}></body></html>")
    return import_path(page).profile.publications


def test_quotations_inside_a_title_and_around_the_book_holding_it(tmp_path):
    # a list of the owner's papers with no bylines: a quoted word the title's own words lead into is part of the
    # title; a quoted name after ", in" is the book that holds the paper; TeX's typed quotes (``X'', ''X'') are
    # quotation marks as well (the title keeps them as typed)
    pubs = _listed(tmp_path, "Papers", [
        "<li><p>(with L. Osei) Slow light in warm vapour, Optics Letters <b>12</b> (2005), 100-110.</p></li>",
        "<li><p>On the sorting of atoms into ''families'', in\n``Collected Notes of the Northfield Physics Club'', "
        "1968, p.10-12.</p></li>",
        "<li><p>Mirrors made of “cold” atoms, in “Annual Report of the Optics Group”, 1970, p.1-5.</p></li>"])
    assert [(p.title, p.year) for p in pubs] == [
        ("Slow light in warm vapour", 2005), ("On the sorting of atoms into ''families''", 1968),
        ("Mirrors made of “cold” atoms", 1970)]
    assert "Collected Notes of the Northfield Physics Club" in pubs[1].venue
    assert [a.name for a in pubs[2].authors] == ["Rosa Quintero"]


def test_tex_quotes_rendered_as_doubled_curly_single_quotes_are_quotation_marks(tmp_path):
    # jemdoc renders TeX's ``Title'' as &lsquo;&lsquo;Title&rsquo;&rsquo;: the doubled single quotes are a double
    # quotation around the title, whether the comma closing it stands inside them or no comma opens them
    pubs = _listed(tmp_path, "Papers", [
        "<li><p><b>R. Quintero</b> and T. Abara, &lsquo;&lsquo;Tidal Heating of Small Icy\nMoons in Resonance,"
        "&rsquo;&rsquo; Planetary Science Meeting 2019.</p></li>",
        "<li><p>K. Vos, <b>R. Quintero</b>, M. Ilunga &lsquo;&lsquo;Can Dust Lanes Predict Ring Ages?&rsquo;&rsquo;, "
        "Outer Solar System Workshop 2021.</p></li>"], tag="ul")
    assert [(p.title, p.year) for p in pubs] == [
        ("Tidal Heating of Small Icy Moons in Resonance", 2019), ("Can Dust Lanes Predict Ring Ages?", 2021)]
    assert [a.name for a in pubs[1].authors] == ["K. Vos", "R. Quintero", "M. Ilunga"]
    assert pubs[0].venue == "Planetary Science Meeting"


def test_a_names_line_over_the_title_opening_with_a_linked_author_is_no_venue_link(tmp_path):
    # "<a>C. Roe</a>, <a>D. Berg</a>, <i>Owner</i><br><em>Title</em>" with no venue line (work in progress): the link
    # opening the line above the title is the first coauthor's page, not the venue's link with the names after it
    pubs = _listed(tmp_path, "Ongoing work", [
        '<li><span>*</span><div><a href="https://roe.example.org/">C. Roe</a>, <a href="https://berg.example.org/">'
        'D. Berg</a>, <i>R. Quintero</i><br><em>Mixing rates for a nonlinear kinetic model (working title)</em>'
        '</div></li>'], tag="ul")
    assert [(p.title, p.venue, [a.name for a in p.authors]) for p in pubs] == [
        ("Mixing rates for a nonlinear kinetic model (working title)", None, ["C. Roe", "D. Berg", "R. Quintero"])]


def test_a_title_in_italics_opening_an_entry_with_its_status_only(tmp_path):
    # "<i>Title</i>, in preparation.": the owner's book, no byline, no venue or year yet; the italics hold the whole
    # title, its stops and its "and"s (no names: "Operators and Their Uses II" is no list of two people)
    pubs = _listed(tmp_path, "Books", [
        "<li><p><i>Wave Operators and Their Uses II. Generalizations and\n\tApplications</i>, in preparation.</p></li>",
        "<li><p><i>Notes on Harmonic Sums</i>, in preparation.</p></li>",
        "<li><p><i>The Radon Transform and Imaging</i>, SIAM, 2014.</p></li>"])
    assert [(p.title, p.year, p.notes) for p in pubs] == [
        ("Wave Operators and Their Uses II. Generalizations and Applications", None, ["in preparation"]),
        ("Notes on Harmonic Sums", None, ["in preparation"]), ("The Radon Transform and Imaging", 2014, [])]
    assert all([a.name for a in p.authors] == ["Rosa Quintero"] for p in pubs)


def test_the_book_holding_a_chapter_is_no_title(tmp_path):
    # "Title, in "Book", ...", "Title, chapter in A. Lee's book ''Book'', ..." and "Title, Chapter 4 in Vol. 2 of
    # "Book"": the title is the paper's own
    pubs = _listed(tmp_path, "Papers", [
        "<li><p>(with L. Osei) Slow light in warm vapour, Optics Letters <b>12</b> (2005), 100-110.</p></li>",
        "<li><p>(with I. Brandt) 2D mirrors of cold atoms, in \"Waves in Odd Media\", L. Osei (Editor), Lecture "
        "Series, Vol. 9, p. 23-30, 1997.</p></li>",
        "<li><p>Elements of optics, chapter in I. Brandt's book ''Modern Physics'', Northfield Univ Press, "
        "1983.</p></li>",
        "<li><p>(with L. Osei) <a href=\"https://arxiv.org/abs/0912.0001\">Light in thin films</a>, Chapter 4 in "
        "Vol. 1--2 of <a href=\"https://example.org/handbook\">\"Handbook of Optics\"</a>, 900 pp. Springer, "
        "2015.</p></li>"])
    assert [(p.title, p.year) for p in pubs] == [
        ("Slow light in warm vapour", 2005), ("2D mirrors of cold atoms", 1997), ("Elements of optics", 1983),
        ("Light in thin films", 2015)]
    assert "Modern Physics" in pubs[2].venue
    assert [a.name for a in pubs[2].authors] == ["Rosa Quintero"]


def test_a_quotation_in_a_later_piece_leaves_the_byline_alone(tmp_path):
    # "R Quintero, Title, Summer School on "X", Lyon, July 1988. Publisher, City, 1990.": the quoted name sits in
    # the venue's piece, after the names and the title; reading it as the title's (as one in the first piece of a
    # bylineless citation is) loses the names to the publisher's
    pubs = _listed(tmp_path, "Publications", [
        "<li><u>R Quintero</u>, Light and Matter in Optics,\nSummer School on \"Modern Trends in Optics\", Lyon, "
        "France, July 1988. North Press, Amsterdam, Course IV, 71-120, 1990.</li>",
        "<li>B Chen and <u>R Quintero</u>, <i>Slow light in warm vapour,</i> Opt. Lett. <b>5</b>, 1-9, 1981.</li>"],
        tag="ul")
    assert [[a.name for a in p.authors] for p in pubs] == [["Rosa Quintero"], ["B Chen", "R Quintero"]]


def test_a_ranking_tag_set_after_the_venue_in_a_span_of_its_own_is_a_note(tmp_path):
    # "<em>Venue</em> <span class="paper-tag">CCF B</span>": the ranking the owner sets beside each venue is no
    # part of the venue's name
    cards = "".join(
        f'<div class="card"><h3>{t}</h3><p>{a}</p><p><em>{v}</em> <span class="paper-tag">{tag}</span></p></div>\n'
        for t, a, v, tag in [("Lichen Growth on Granite Walls", "Ola Brekke, Siri Lund", "Journal of Moss 2023",
                              "CCF B"),
                             ("Peat Depth Under Winter Snow", "Siri Lund, Per Hale", "Cold Soils 2022", "Q1, Top"),
                             ("Moss Cover on Cold River Banks", "Tor Vang, Siri Lund", "River Ecology 2021",
                              "Oral, CCF A")])
    profile = imported_site(tmp_path / "site", {
        "index.html": "<html><head><title>Siri Lund</title></head><body><h1>Siri Lund</h1>\n"
                      "<p>I study moss and peat in cold places.</p>\n<h2>Publications</h2>\n" + cards
                      + "</body></html>\n"})
    pubs = profile.publications
    assert [(p.venue, p.year) for p in pubs] == [("Journal of Moss", 2023), ("Cold Soils", 2022),
                                                 ("River Ecology", 2021)]
    assert [p.notes for p in pubs] == [["CCF B"], ["Q1, Top"], ["Oral, CCF A"]]


_ROWS = """<html><body><h1>Maria Lopez</h1>
<h2>Papers</h2>
<div class=row><div class=col-sm-1>2021</div> <div class=col-sm-11>
<div class=bibitem><div class=title><a href="a.pdf">Typed Streams for Small Robots</a>,</div>
<span class=author>K. Ono, M. Lopez, T. Berg</span> <span class=desc> in ICFP</span></div>
<div class=bibitem><div class=title><a href="b.pdf">Fast Sampling of Hidden Models</a>,</div>
<span class=author>M. Lopez, A. Ruiz</span> <span class=desc> in PLDI</span> <div class=note>Poster.</div></div>
</div></div>
<div class=row><div class=col-sm-1>2019</div> <div class=col-sm-11>
<div class=bibitem><div class=title><a href="c.pdf">Clocks in Dataflow Languages</a>,</div>
<span class=author>M. Lopez, B. Kim</span> <span class=desc> in LCTES</span></div>
</div></div>
</body></html>
"""


def _pubs(tmp_path, text: str):
    page = tmp_path / "index.html"
    page.write_text(text)
    return import_path(page).profile.publications


def test_a_years_row_of_entry_boxes_is_that_many_papers_of_that_year(tmp_path):
    # the row holds a year cell and a box of two "bibitem"s: two papers of 2021, not one entry made of both
    pubs = _pubs(tmp_path, _ROWS)
    assert [(p.title, p.year) for p in pubs] == [("Typed Streams for Small Robots", 2021),
                                                 ("Fast Sampling of Hidden Models", 2021),
                                                 ("Clocks in Dataflow Languages", 2019)]


def test_a_short_years_row_is_no_card_of_one_paper(tmp_path):
    # a row short enough to look like a card (one heading, the year, over a little text) still holds two papers
    short = _ROWS.replace("Typed Streams for Small Robots", "Typed Streams").replace("K. Ono, M. Lopez, T. Berg",
                                                                                       "M. Lopez")
    pubs = _pubs(tmp_path, short)
    assert [p.title for p in pubs][:2] == ["Typed Streams", "Fast Sampling of Hidden Models"]


def test_the_text_after_the_names_element_is_the_venue_not_the_last_name(tmp_path):
    pubs = _pubs(tmp_path, _ROWS)
    assert [([a.name for a in p.authors], p.venue) for p in pubs] == [
        (["K. Ono", "M. Lopez", "T. Berg"], "ICFP"), (["M. Lopez", "A. Ruiz"], "PLDI"),
        (["M. Lopez", "B. Kim"], "LCTES")]


def test_a_long_venue_after_the_names_element_is_split_off_too(tmp_path):
    # the venue's text outweighs the names' (no class names the segment as a whole): the names' element still ends
    # the names
    page = _ROWS.replace(" in ICFP", " in Software: Practice and Experience of Long Journal Names&nbsp;1(31)")
    pub = _pubs(tmp_path, page)[0]
    assert [a.name for a in pub.authors] == ["K. Ono", "M. Lopez", "T. Berg"]
    assert pub.venue.startswith("Software: Practice and Experience")


def test_the_text_after_a_names_element_is_a_venue_only_where_both_hold_words():
    # a Jekyll data template's line whose values were left out (", *; " in the names' element, then ", , . (In )"):
    # no names and no venue; acc42b had read "(In)" as the venue after the names, and would read the words after
    # an element of no names' letters as one (the dump against main showed a paper of venue "(In)")
    from kg.importers.page.entry import _after_hinted
    from kg.importers.page.runs import Run, Seg

    def after(names: str, rest: str) -> str | None:
        return _after_hinted(Seg([Run(names, 3, 3, hint="authors"), Run(rest, 3, 3)]), "authors")

    assert after("Ilse Brandt, Rowan Ashby", ", Journal of Cold Ground") == ", Journal of Cold Ground"
    assert after("Ilse Brandt, Rowan Ashby", ", , . (In )") is None  # ("In" alone: no venue's words)
    assert after(", *; ", ", , . Journal of Cold Ground") is None  # (names of no letter: no names' element)


def test_a_title_read_up_to_the_parenthesis_that_opens_its_coauthors_ends_before_it():
    # "<strong>Title</strong> (with <a>Ada Lee</a>, Bo Roe)" where an unclosed anchor holds the title and the
    # "(with": the aside's opening is no part of the title
    from kg.importers.page.context import clean_title

    assert clean_title("Needle ice and the lifting of stones (with") == "Needle ice and the lifting of stones"
    assert clean_title("Needle ice and the lifting of stones [joint with ") == "Needle ice and the lifting of stones"
    assert clean_title("Living with frost") == "Living with frost"


def test_a_preprint_whose_venue_line_is_its_arxiv_identifier(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Nora Vitek | Soft Matter</title></head><body>\n"
        "<p><b>Selected papers</b></p>\n<font size=\"3\">\n"
        "<a href=\"http://arxiv.org/abs/2501.01234\"><b>Gadget flows at low noise</b></a>\n"
        "<br>A. Lund, B. Okoro, and N. Vitek\n"
        "<br> <a href=\"http://arxiv.org/abs/2501.01234\">arXiv:2501.01234</a>\n"
        "<br><br><a href=\"papers/w.pdf\"><b>Widget turbulence in thin films</b></a>\n"
        "<br>N. Vitek and A. Lund\n"
        "<br> <a href=\"https://doi.org/10.1000/x.1\">Phys. Widgets <b>3</b>, 101 (2023)</a>\n"
        "</font></body></html>\n", encoding="utf-8")
    got = [(p.title, p.venue, p.venue_type) for p in import_path(page).profile.publications]
    assert got[0] == ("Gadget flows at low noise", "arXiv", "preprint")
    assert got[1][0] == "Widget turbulence in thin films" and got[1][1].startswith("Phys. Widgets")


def test_the_owner_s_name_run_into_the_next_author_s_keeps_no_stray_mark_or_stop(tmp_path):
    # linked author names with a full stop typed for the comma after the owner's starred name ("<a>Bo Wu*</a>.
    # <a>Cy Kim</a>"): split into two authors, the owner was "Bo Wu*."
    page = write_site(tmp_path, {"index.html": (
        "<html><head><title>Bo Wu</title></head><body><h1>Bo Wu</h1><h2>Publications</h2><dl><dt>c2</dt>"
        "<dd><span class=\"t-author\"><a href=\"https://ex.org/al\">Ann Lee*</a>,\n<a href=\"index.html\">Bo Wu*</a>.\n"
        "<a href=\"https://ex.org/ck\">Cy Kim</a>,\n<a href=\"https://ex.org/dr\">Dan Roe</a>.</span>\n"
        "<span class=\"t-title\">Maps for walking robots.</span>\n<span class=\"t-medium\">In Field Robotics, 2021.</span>"
        "</dd></dl></body></html>\n")}) / "index.html"
    (pub,) = import_path(page).profile.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [
        ("Ann Lee", False), ("Bo Wu", True), ("Cy Kim", False), ("Dan Roe", False)]


def test_names_whose_line_closes_with_a_comma_go_on_on_the_next_line(tmp_path):
    """'<a>Ola Berg</a>, <a>Tae Kwon</a>, <a>Ivo Tamm</a>, <br> <a>Rui Sato</a>, <strong>Ana Veldt</strong> <br>
    <em>CVPR</em>, 2021': an author list a <br> breaks after a comma. Before, the names after the break were lost
    (the first line was the authors, the second read as no field) and the owner was no author."""
    entry = ('<tr><td><a href="https://x.example.org/p1"><span class="papertitle">Light Fields From One Blurry '
             'Photo</span></a><br>\n<a href="https://a.example.org/">Ola Berg</a>,\n'
             '<a href="https://d.example.org/">Tae Kwon</a>,\n'
             '<a href="https://b.example.org/">Ivo Tamm</a>, <br>\n<a href="https://c.example.org/">Rui Sato</a>,\n'
             '<strong>Ana Veldt</strong>\n<br>\n<em>CVPR</em>, 2021\n<br>\n'
             '<a href="https://arxiv.org/abs/2101.00001">arXiv</a>\n<p>We recover light fields from a blur.</p>'
             '</td></tr>\n')
    page = ("<html><body><h1>Ana Veldt</h1><p>I work on cameras at Norrland University.</p>\n<h2>Research</h2>\n"
            "<table>\n" + entry + entry.replace("Light Fields From One Blurry Photo", "Depth From Two Shaky Photos")
            .replace("2101.00001", "2102.00002").replace("2021", "2020") + "</table></body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    got = sorted((x.title, x.year, x.venue, [a.name for a in x.authors]) for x in p.publications)
    names = ["Ola Berg", "Tae Kwon", "Ivo Tamm", "Rui Sato", "Ana Veldt"]
    assert got == [("Depth From Two Shaky Photos", 2020, "CVPR", names),
                   ("Light Fields From One Blurry Photo", 2021, "CVPR", names)]


def test_with_names_end_where_the_bold_venue_begins():
    # "<em>Title</em>, with A. Lee, <b>Policy Options</b>": two capitalised words styled as the venue are no name
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    page = ("<html><head><title>Ida Marsh</title></head><body><h1>Ida Marsh</h1><h2>Publications</h2>"
            "<p><em>Search Frictions and the Spread of Pay in Small Towns</em>, with Ana Kim and Bo Lund, "
            "<strong>Regional Economics</strong>, 44, 3 (August), 863-894, 1999.</p>"
            "<p><em>Hiring Under Uncertainty: Evidence from Payroll Data</em>, with Tom Reyes, Jr., "
            "<b>Journal of Firms</b>, 12, 4 (May), 2004, 1-19.</p></body></html>")
    pubs = parse_html(SourceDoc(Path("page.html"), page), ImportOptions(owner="Ida Marsh")).publications
    assert [(p.venue, [a.name for a in p.authors]) for p in pubs] == [
        ("Regional Economics", ["Ida Marsh", "Ana Kim", "Bo Lund"]),
        ("Journal of Firms", ["Ida Marsh", "Tom Reyes, Jr"])]


def test_an_italic_title_ending_with_the_years_it_studies():
    # "<em>Wages Among Civil Engineers, 1950-1975</em>, <strong>Journal</strong>, ...": the span of years is the
    # title's, the italic run is no venue for it
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    page = ("<html><head><title>Ida Marsh</title></head><body><h1>Ida Marsh</h1><h2>Publications</h2>"
            "<p><em>Interactive Tutorials in Applied Statistics</em>, <strong>Journal of Statistics Education</strong>"
            ", Vol 3, 3, 1995.</p>"
            "<p><em>Pay Grades and the Spread of Earnings Among Civil Engineers, 1950-1975</em>, "
            "<strong>Journal of Labor Economics</strong>, Vol. 4, No 2, May 1996, 10-29.</p></body></html>")
    pubs = parse_html(SourceDoc(Path("page.html"), page), ImportOptions(owner="Ida Marsh")).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Interactive Tutorials in Applied Statistics", 1995),
        ("Pay Grades and the Spread of Earnings Among Civil Engineers, 1950-1975", 1996)]


def test_a_venue_short_name_with_two_digits_gives_the_year(tmp_path):
    # "Conference on Widget Vision (CWV16)": the only year the entry gives is the short name's two digits
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Publications</h2><ol>"
                    "<li>Mara Quill, and Otto Brenn. Dense gadgets at scale. Conference on Widget Vision (CWV16).</li>"
                    "<li>Otto Brenn, and Mara Quill. Sparse moulds in the field. In Proc. GADGET'97, Lyon.</li>"
                    "<li>Mara Quill. Notes on COVID-19 widgets. Journal of Widget Studies.</li>"
                    "</ol></body></html>\n")
    years = {p.title: p.year for p in import_path(page).profile.publications}
    assert years == {"Dense gadgets at scale": 2016, "Sparse moulds in the field": 1997,
                     "Notes on COVID-19 widgets": None}


def test_unmarked_names_between_a_marked_title_and_venue_are_the_authors(tmp_path):
    # '<font class="pubtitle">Title. </font><font>Names. </font><font class="pubbooktitle">Venue</font>': the title's
    # class marks it, the names' element has none; a long title is not the names' line too
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Publications</h2><table>"
                    "<tr><td>[2]</td><td><font class='pubtitle'>Query-led iterated neighbourhood walks for widget "
                    "indexing at a very large scale. </font>\n<font>Mara Quill, and Otto Brenn. </font>"
                    "<font class='pubbooktitle'>Widget Multimedia 2012.</font></td></tr>"
                    "<tr><td>[1]</td><td><font class='pubtitle'>Folded lattices for cross-modal widget search. "
                    "</font>\n<font>Ida Lorn, and Mara Quill </font>\n"
                    "<font class='pubbooktitle'>Widget Vision 2016.</font></td></tr>"
                    "</table></body></html>\n")
    pubs = import_path(page).profile.publications
    assert [(p.title, [a.name for a in p.authors], p.venue) for p in pubs] == [
        ("Query-led iterated neighbourhood walks for widget indexing at a very large scale",
         ["Mara Quill", "Otto Brenn"], "Widget Multimedia"),
        ("Folded lattices for cross-modal widget search", ["Ida Lorn", "Mara Quill"], "Widget Vision")]


def test_the_owners_name_written_without_its_space_is_the_owner(tmp_path):
    # "Otto Brenn, Qi Lark, MaraQuill, and Ida Lorn": the owner's two names run together in one author
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Publications</h2><ol>"
                    "<li>Otto Brenn, Qi Lark, MaraQuill, and Ida Lorn. Pooling widget phrases. In Proc. Widget "
                    "Days, 2016.</li><li>Mara Quill, and Otto Brenn. Dense gadgets at scale. In Proc. Widget Days, "
                    "2015.</li></ol></body></html>\n")
    pubs = import_path(page).profile.publications
    assert [[a.is_self for a in p.authors] for p in pubs] == [[False, False, True, False], [True, False]]


def test_an_international_conference_after_a_starred_name_is_no_legend_of_interns(tmp_path):
    # "Otto Brenn*: <i>Title</i>. The 8th International Conference on ...": the "*" and the words after it are an
    # entry, not a legend saying "*" marks interns (whose word "intern" the venue's "International" holds)
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Publications</h2>"
                    "<p>02. <b>Mara Quill</b>, Ida Lorn, Otto Brenn*: <i>Probing widget wetting by simulation</i>. "
                    "The 8th International Conference on Widget Informatics, Lyon, France; 09/2016</p>"
                    "<p>01. <b>Mara Quill</b>, Otto Brenn*: <i>Dense gadgets at scale</i>. Widget Letters 05/2015; "
                    "3(2):1-9.</p></body></html>\n")
    pubs = import_path(page).profile.publications
    assert [[a.marks for a in p.authors if a.name == "Otto Brenn"] for p in pubs] == [
        [["corresponding"]], [["corresponding"]]]


def test_a_two_digit_number_in_a_venue_is_no_year_when_the_entry_gives_one(tmp_path):
    # "ISBN-13: 978-..." after the title: the book's number, and the entry's year is written out (2021)
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Books</h2><ul>"
                    "<li>O. Brenn, M. Quill (2021). <i>Recipes of the lower moor</i>. Lark Press. ISBN-13: "
                    "978-0578918075 [Book]</li></ul></body></html>\n")
    assert [p.year for p in import_path(page).profile.publications] == [2021]


WORD_LIST = """<html><head><meta charset="utf-8"></head><body>
<p>Nadia Orvell, Ph.D.</p>
<p>Associate Professor, Department of Imaginary Studies, Westfold University</p>
<h2>Publications (by year):</h2>
<h3>2013</h3>
<p>1. Tamsin KD, Ruelle G, Abernoth M, Orvell N. 2013 The changing shape of ward notes: a report from a planning
meeting, J Fict Med Inform Assoc. 2013;20(1):134-140</p>
<p>2. Orvell, N., Quist, RS Barlow, DR, Shared pictures of the ward in night shifts, in Studies in Ward Work, editors
Lind A., Barlow, D.R., Springer, 2013</p>
<p>3. Ruelle, J.J., Orvell, N., Dask, S., and Pim, H.B. 2013 Walk'N'Talk: Encouraging Evening Walks with a Pocket
Game, in Proceedings of Wanderworks 2013, Lecture Notes in Imaginary Science, Springer, 261-278.</p>
<h3>2012</h3>
<p>4. Orvell, N., Pim, H., Ruelle, G., Study of night nurses and their notebooks, Journal of Ward Studies, 2012</p>
</body></html>
"""


def _page_pubs(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(WORD_LIST, encoding="utf-8")
    return {p.title: p for p in import_path(page).profile.publications}


def test_title_runs_to_the_comma_before_its_venue(tmp_path):
    # no stop after the title: the comma before "in Proceedings ..." or before venue words ends it
    pubs = _page_pubs(tmp_path)
    assert pubs["Walk'N'Talk: Encouraging Evening Walks with a Pocket Game"].venue.startswith("Proceedings of Wanderworks")
    assert pubs["Study of night nurses and their notebooks"].venue == "Journal of Ward Studies"


def test_year_between_vancouver_names_and_title(tmp_path):
    # "Orvell N. 2013 The changing shape ...": the year is no word of the title
    pub = _page_pubs(tmp_path)["The changing shape of ward notes: a report from a planning meeting"]
    assert pub.venue == "J Fict Med Inform Assoc" and pub.year == 2013
    assert [a.name for a in pub.authors][-1] == "Orvell N"


def test_family_first_names_with_a_comma_left_out(tmp_path):
    # "Quist, RS Barlow, DR,": two names, the comma between them left out; undotted initials kept as written
    pub = _page_pubs(tmp_path)["Shared pictures of the ward in night shifts"]
    assert [a.name for a in pub.authors] == ["N. Orvell", "RS Quist", "DR Barlow"]


BARE_ITEMS = """<html><head><title>Philippe Quellec' publications</title></head><body>
<h1>Philippe Quellec</h1>
<p>I am Professor in Computer Science at the Université de Nulle Part.</p>
<h2>Publications, communications, ...</h2>
<h3>2021</h3>
<dt id="a1">
  A. Vorn and B. Lasky and C. Dumar and Ph. Quellec,
  READY-X: A Learned Strategy for Dynamic Heap Scheduling,
  Proc. IEEE Clusterfest, 2021, <a href="https://hal.example.org/hal-1">on hal</a>.
</dt>
<h3>2010</h3>
<dt id="a3">
  V. Gabor, J. Mare, Ph. Quellec, Affichage de bannières sur des portails <i>web</i>, in Proc. 10<sup>e</sup>
  Extraction, Gestion des Connaissances (EGC), Tunisie, 2010
</dt>
<h3>1999</h3>
<dt id="a4">
  Ph. Quellec, E-G. Talbor, Towards Hybrid Crystal
  Algorithms, International Transactions in Imaginary Research, vol. 6,
  557:570, 1999 (&copy; Elsevier) <a href="./papiers/x.pdf">pdf draft version</a>
</dt>
</body></html>
"""


def _bare_pubs(tmp_path):
    page = tmp_path / "publis.html"
    page.write_text(BARE_ITEMS, encoding="utf-8")
    return {p.title: p for p in import_path(page).profile.publications}


def test_names_title_venue_split_by_commas_only(tmp_path):
    # "A and B and Ph. Q, Title, Proc. X, 2021": "Proc." is a venue word though no word boundary follows its stop;
    # "Towards" opens a title, it is no given name; "Ph." is an initial, no sentence's end
    pubs = _bare_pubs(tmp_path)
    ready = pubs["READY-X: A Learned Strategy for Dynamic Heap Scheduling"]
    assert [a.name for a in ready.authors] == ["A. Vorn", "B. Lasky", "C. Dumar", "Ph. Quellec"]
    assert ready.venue == "Proc. IEEE Clusterfest"
    towards = pubs["Towards Hybrid Crystal Algorithms"]
    assert [a.name for a in towards.authors] == ["Ph. Quellec", "E-G. Talbor"]
    assert towards.venue == "International Transactions in Imaginary Research"


def test_owner_written_with_a_two_letter_initial(tmp_path):
    # "Ph. Quellec" is the owner Philippe Quellec
    pubs = _bare_pubs(tmp_path)
    assert all(any(a.is_self and a.name == "Ph. Quellec" for a in p.authors) for p in pubs.values())


def test_lone_lower_case_italic_word_stays_in_the_title(tmp_path):
    # "portails <i>web</i>, in Proc. ...": the italic word is the title's, the venue begins at "in Proc."
    assert "Affichage de bannières sur des portails web" in _bare_pubs(tmp_path)


def test_a_year_inside_a_reports_number_stays_in_the_venue():
    # "TR-PME-2011-14": the report's number is its venue, the year in it no year to cut out
    from kg.importers.common import parse_venue
    assert parse_venue("TR-PME-2011-14, 2011").venue == "TR-PME-2011-14"
    assert parse_venue("Interspeech 2024, Kos").venue == "Interspeech, Kos"


_LAB_LIST = """<html><head><title>Lin Wei</title></head><body><h1>Lin Wei</h1>
<h2>Publications</h2>
<ul>
<li>Mara Voss and Lin Wei.
          Unified Tree Certification and its Uses. <i>Formal
          Methods in Circuit Design</i> (<a href="https://pub.example.com/fmcd">FMCD</a>),
                              41(1): 45-65, August 2012. (<a target="_blank" href="a.pdf">pdf</a>; final
          publication available at the publisher's site)<br /><br /></li>
<li>Hong
          Lin.晶片製程對電路設計的衝擊：統計時序分析簡介.(invited article)
          e科技, 2007. </li>
</ul></body></html>
"""


def test_an_italic_journal_then_its_short_name_in_brackets_and_volume_is_the_venue(tmp_path):
    # "A and B. Title. <i>Formal Methods in X</i> (<a>FMCD</a>), 41(1): 45-65": the italic run after the title's
    # sentence is the journal, however its short name and volume follow it
    page = tmp_path / "index.html"
    page.write_text(_LAB_LIST, encoding="utf-8")
    pub = import_path(page).profile.publications[0]
    assert (pub.title, pub.venue, [a.name for a in pub.authors]) == (
        "Unified Tree Certification and its Uses", "FMCD", ["Mara Voss", "Lin Wei"])


def test_stops_glued_to_a_chinese_title_end_the_names_and_the_title(tmp_path):
    # "Hong Lin.晶片...簡介.(invited article) e科技, 2007.": the names, the title, a note, the venue
    page = tmp_path / "index.html"
    page.write_text(_LAB_LIST, encoding="utf-8")
    pub = import_path(page).profile.publications[1]
    assert (pub.title, pub.venue, pub.year, [a.name for a in pub.authors]) == (
        "晶片製程對電路設計的衝擊：統計時序分析簡介", "e科技", 2007, ["Hong Lin"])
    assert pub.notes == ["invited article"]


_RANKED = """# Rosa Vidal

## Journal articles

2\\. T. Ng, **R. Vidal** and P. Olsen (2026) [*Shapes of Clustering Scores*](https://doi.org/10.1000/a1). *Data Mining Letters* 40:25 **(IF 2024: 4.3)**

1\\. P. Sand, **R. Vidal** and L. Perez (2022) [*Markers of knee landing after surgery*](https://doi.org/10.1000/a2). *Annals of Motion*, 50(3)330–342 **(Co-first author, IF 2024: 3.9)**

## Conference papers

2\\. B. Moss, **R. Vidal** and M. Kerr (2026) *Portfolios for algorithm selection*. *EvoAPPS 2026* **(CORE 2023: B)** (accepted)

1\\. D. Ruiz and **R. Vidal** (2020) [*Thinking in code for teachers*](https://doi.org/10.1000/a3). *LACCEI 2020* **(In Spanish)**

0\\. S. Kan, **R. Vidal** and K. Smith (2019) [*Outliers in instance space*](http://ceur.example.org/a.pdf). *EDML @ SDM 2019*, pp. 32–41
"""


def test_a_venues_rank_impact_factor_and_language_are_notes_and_no_year(tmp_path):
    # "(IF 2024: 4.3)", "(CORE 2023: B)", "(In Spanish)" after the venue: notes on the paper, the years in them the
    # edition of a ranking (the paper's year is the one after the names); "pp. 32–41" closes the venue's name;
    # "(Co-first author)" marks the owner and the author before as equal contributors
    page = tmp_path / "index.md"
    page.write_text(_RANKED, encoding="utf-8")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    got = [(p.year, p.venue) for p in pubs.values()]
    assert got == [(2026, "Data Mining Letters"), (2022, "Annals of Motion"), (2026, "EvoAPPS"), (2020, "LACCEI"),
                   (2019, "EDML @ SDM")]
    assert "In Spanish" in pubs["Thinking in code for teachers"].notes
    knee = pubs["Markers of knee landing after surgery"]
    assert [a.marks for a in knee.authors] == [["equal_contribution"], ["equal_contribution"], []]


def test_names_between_a_linked_title_and_a_venue_the_page_marks_are_the_authors(tmp_path):
    # "[Long title, with a comma]() , A, **Owner**, C, <span class="journal">Venue</span>": an empty link's title,
    # the names, then the venue in its span
    page = tmp_path / "index.md"
    # (a venue with "and" in its name, "Ageing and Health", left the names unread)
    page.write_text("# Sunny Gao\n\n## Under review\n- [Relationship between Diet and Sleep in Older Adults, along "
                    "with an analysis of the role of daily walks](), Tong Li, **Sunny Gao**, Heming Deng, Yu Wang, "
                    "<span class=\"journal\">Ageing and Health </span>\n", encoding="utf-8")
    [pub] = import_path(page).profile.publications
    assert pub.title.startswith("Relationship between Diet and Sleep in Older Adults, along with")
    assert (pub.venue, [a.name for a in pub.authors]) == ("Ageing and Health",
                                                          ["Tong Li", "Sunny Gao", "Heming Deng", "Yu Wang"])


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


_KIND_BADGE_LINES = """<html><body><h1>Ada Lind</h1><h2>Publications</h2><ul>
<li><strong>[Journal]</strong><br><a href="https://doi.org/10.1000/tide.1">Tide Tables from Sparse Gauges</a><br>Ada Lind, Bo Marr<br><em>Coastal Letters</em>, 2023</li>
<li><strong>[Conference]</strong><br><a href="https://arxiv.org/abs/2401.33333">Ice Ridges in Radar Images</a><br>Ada Lind, Cy Holm<br><em>Polar Vision Workshop</em>, 2022</li>
</ul></body></html>
"""


def test_a_kind_badge_in_brackets_on_its_own_line_is_a_badge_not_a_templates_slot():
    # "[Journal]" / "[Conference]" over an entry name its kind, as "[arXiv]" names its venue: the template-slot rule
    # of placeholder_text ("[Paper Title]", "[Journal Name]") took a lone kind word in brackets for a slot, so the
    # badge was no badge and was read as the entry's venue line ("[Journal]"), the real venue line and its year lost
    pubs = _html(_KIND_BADGE_LINES, owner="Ada Lind").publications
    assert [(p.title, p.year) for p in pubs] == [("Tide Tables from Sparse Gauges", 2023), ("Ice Ridges in Radar Images", 2022)]
    assert [p.venue_full or p.venue for p in pubs] == ["Coastal Letters", "Polar Vision Workshop"]


def test_a_bracketed_badge_on_its_own_line_over_a_works_lines_is_its_venue_badge(tmp_path):
    """'<strong>[arXiv]</strong><br><a>Title</a><br>names<br><em>arXiv</em>, 2025' (and '[ICML2024]' likewise):
    the bracketed badge alone on the first line names the venue, without its brackets, and the venue line below
    still gives the year. Before, the '[arXiv]' line hid the venue line (no venue, no year) and '[ICML2024]' left
    its brackets on the venue ('[ICML]')."""
    html = ("<html><head><title>Oren Vale</title></head><body><h1>Oren Vale</h1><p>I study salt.</p>"
            "<h2>Publications</h2><ul>"
            "<li><strong>[arXiv]</strong><br><a href=\"https://arxiv.org/pdf/2305.1\">Quartz under a slow press in"
            " deep rock</a><br>Ana Ruiz, <strong>Oren Vale</strong><br><em>arXiv</em>, 2023</li>"
            "<li><strong>[ICML2024]</strong><br><a href=\"https://arxiv.org/pdf/2405.1\">Salt lattices at low heat"
            " and high pressure</a><br><strong>Oren Vale</strong>, Bo Lee<br><em>International Conference on"
            " Machine Learning (ICML)</em>, 2024</li></ul></body></html>")
    p = imported_site(tmp_path, {"index.html": html})
    got = sorted((x.title, x.year, x.venue) for x in p.publications)
    assert got == [("Quartz under a slow press in deep rock", 2023, "arXiv"),
                   ("Salt lattices at low heat and high pressure", 2024, "ICML")]


def test_an_erratum_cited_after_the_paper_leaves_the_papers_year(tmp_path):
    # '..., Vol.38-40, pp. 1429-1435, 2001. Erratum to "Title", Journal, Vol.42, pp.339, 2002.': one work, of 2001;
    # before, the erratum's year was the work's
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Tomas Varga</h1><h2>Journal Papers</h2>"
                    "<p><b>Tomas Varga</b>, Ines Moreau, <a href='https://example.org/a.pdf'>Silt in slow rivers,</a> "
                    "<i>River Letters</i>, Vol.38-40, pp. 1429-1435, 2001.&nbsp; <a href='https://example.org/b.pdf'>"
                    "Erratum to &quot;Silt in slow rivers&quot;</a>, <i>River Letters</i>, Vol.42, pp.339, 2002.</p>"
                    "<p><b>Tomas Varga</b>, Ines Moreau, <a href='https://example.org/c.pdf'>Gravel bars after floods,"
                    "</a> <i>River Letters</i>, Vol.30, pp. 1-5, 1999.</p></body></html>")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year, p.pages) for p in pubs] == [
        ("Silt in slow rivers", "River Letters", 2001, "1429-1435"),
        ("Gravel bars after floods", "River Letters", 1999, "1-5")]


def test_a_bootstrap_label_opening_an_item_is_its_venue_badge_with_or_without_a_year():
    # '<span class="label label-info">' (a Bootstrap label, as a 'badge' span is) before a quoted linked title:
    # the venue's code, whether it carries a year ('WAVE'19') or not ('RC-TR', a report series), never an author
    page = ("<html><head><title>Ida Moss</title></head><body><h1>Ida Moss</h1><h3>Papers</h3><ul>"
            "<li><span class=\"label label-info\">WAVE'19</span> <a href=\"https://example.org/a.pdf\">\"Tides in "
            "Small Harbours\"</a>, <b>Ida Moss</b> and Per Holm. <b>Wave Workshop (WAVE'19)</b>, 2019.</li>"
            "<li><span class=\"label label-info\">RC-TR</span> <a href=\"https://example.org/b.pdf\">\"Simple Swell "
            "Counting (SSC)\"</a>, <b>Ida Moss</b> and Per Holm. <b>Technical Report RC-TR-2017-2</b>, 2017.</li>"
            "</ul></body></html>")
    pubs = {p.title: p for p in _html(page, owner="Ida Moss").publications}
    report = pubs["Simple Swell Counting (SSC)"]
    assert [a.name for a in report.authors] == ["Ida Moss", "Per Holm"] and report.authors[0].is_self
    assert report.venue == "RC-TR"
    assert [a.name for a in pubs["Tides in Small Harbours"].authors] == ["Ida Moss", "Per Holm"]


_LATTES_CARDS = """<html><head><title>Publications - Ana Prado</title></head><body>
<h1>Publications</h1><h2>Journal Articles</h2>
<div class="card"><span class="badge">2021</span><h3>Tidal mixing in a shallow estuary</h3>
<p class="authors">Ana Prado, Rui Costa Neto</p>
<p class="venue">Journal of Coastal Studies, Vol. 12, pp. 40-52</p></div>
<div class="card"><span class="badge">2018</span><h3>Sediment plumes after heavy rain</h3>
<p class="authors">Lia Souto Mar, Ana Prado</p>
<p class="venue">Estuarine Letters, Vol. 3, pp. 7</p></div>
<h2>Book Chapters</h2>
<div class="card"><span class="badge">2015</span><h3>Modelos de ondas em canais rasos</h3>
<p class="authors">Rui Costa Neto, Ana Prado</p>
<p class="venue">In: Estudos de Modelagem Costeira (Editora Litoral)</p></div>
<div class="card"><span class="badge">2009</span><h3>Sombras em imagens de satélite: um estudo</h3>
<p class="authors">Ana Prado, Lia Souto Mar</p>
<p class="venue">In: II Encontro Regional de Sensoriamento (Sociedade de Geografia)</p></div>
</body></html>"""


def test_a_line_opening_with_in_colon_under_the_names_is_the_venue():
    pubs = _html(_LATTES_CARDS, owner="Ana Prado").publications
    assert [p.venue for p in pubs][2:] == ["Estudos de Modelagem Costeira (Editora Litoral)",
                                           "II Encontro Regional de Sensoriamento (Sociedade de Geografia)"]
    assert [p.abstract for p in pubs] == [None] * 4


_MLA_TRANSLATED = """<html><head><title>Lia Souto</title></head><body><h1>Publications</h1><ol>
<li>Souto, Lia "Mares de Inverno: Um Ensaio" [Winter Seas: An Essay]. <i>Revista Costeira</i>, 4(1): 10–22.</li>
<li>Neto, Rui, and Souto, Lia "Ondas e Cidades" [Waves and Cities in the South]. <i>Fórum das Águas 2020</i>, edited by
Ana Prado et al., Editora Litoral, 2020, pp. 25–31.</li>
</ol></body></html>"""


def test_a_bracketed_translation_after_a_quoted_title_is_a_note_and_the_book_ends_before_its_editors():
    pubs = _html(_MLA_TRANSLATED, owner="Lia Souto").publications
    assert [p.title for p in pubs] == ["Mares de Inverno: Um Ensaio", "Ondas e Cidades"]
    assert [p.venue for p in pubs] == ["Revista Costeira", "Fórum das Águas"]
    assert pubs[0].notes == ["Winter Seas: An Essay"]


def test_a_link_named_by_the_site_it_leads_to_is_the_papers_link_not_the_venues_words():
    # "<a href=https://link.example.org/article/1>link.example.org</a>" after the journal: the paper's page, named by
    # its host (or the end of it, "www." aside); not a word of the venue, not a link of no kind
    html = ("<html><head><title>Sam Roy</title></head><body><h1>Sam Roy</h1><h2>Publications</h2><ul>"
            "<li>Roy, S. and Basu, M. (2018). Magnetic maps of a schist belt. <i>Journal of Rock Widgets</i>. "
            "<a href='https://link.rockpress.example.org/article/10.1/x1'>rockpress.example.org</a></li>"
            "<li>Roy S., Chai X. A widget cipher for images. Optics Widgets, 2017. "
            "<a href='https://www.widgetlib.example.com/pii/S01'>widgetlib.example.com</a></li></ul></body></html>")
    pubs = _html(html, "index.html").publications
    assert [(p.venue, p.links) for p in pubs] == [
        ("Journal of Rock Widgets", {"paper": "https://link.rockpress.example.org/article/10.1/x1"}),
        ("Optics Widgets", {"paper": "https://www.widgetlib.example.com/pii/S01"})]


def test_a_line_sending_the_reader_to_a_link_is_no_citation(tmp_path):
    # a notebook site's home names nobody: "Check [all field studies], including ..." opens with a verb to the
    # reader, then the link; read as a citation, its verb became the one author and so the site's owner ("Check")
    root = write_site(tmp_path / "site", {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Field notes"\n'
                       "  site-url: https://notes.example.org/\n",
        "index.qmd": '---\ntitle: "Hello there"\n---\n\nThis site holds my field notes, draft workspaces, and raw\n'
                     "progress logs.\n\nCheck [all field studies](./notes/index.md),\nincluding the finished, dropped, "
                     "not begun or ongoing ones. Each open\nstudy has a draft workspace, side analyses, a reading map, "
                     "and raw\nwork log; its study plan carries lasting definitions and scope.\n",
    })
    with pytest.raises(SourceError, match="no researcher name"):
        import_path(root)  # (no name anywhere: the site is refused)
    profile = import_path(root, owner="Ana Roe").profile
    assert profile.publications == []  # (named by the caller: the line is still no paper, "Check" no author)


def test_a_citation_after_an_arrow_or_a_verb_is_still_a_citation(tmp_path):
    # an arrow set as the list's bullet is no call to the reader, and "See [Title](url)" followed by the names, the
    # venue and a year is a citation ("See" no word of its title): both were dropped, unparsed, for reading as words
    # to the reader
    page = tmp_path / "index.md"
    page.write_text(
        "# Ana Roe\n\n## Publications\n\n"
        "→ [Sand ripples in slow rivers](https://roe.example.org/sand.pdf). Ana Roe, Bo Lee. *Journal of Sand*, 12, "
        "1-10, 2023.\n\n"
        "- See [Grain sizes measured](https://roe.example.org/grain.pdf), Ana Roe, Bo Lee. *Journal of Sand*, 2020.\n",
        encoding="utf-8")
    profile = import_path(page).profile
    assert [(p.title, p.year, p.venue, [a.name for a in p.authors]) for p in profile.publications] == [
        ("Sand ripples in slow rivers", 2023, "Journal of Sand", ["Ana Roe", "Bo Lee"]),
        ("Grain sizes measured", 2020, "Journal of Sand", ["Ana Roe", "Bo Lee"])]
    assert profile.unparsed == []


def test_a_subtitle_class_is_a_style_not_the_papers_title():
    # Bulma's "subtitle" (and Bootstrap's "card-subtitle") styles the line under a heading: in a paper card that line
    # holds the authors or the venue; read as the title field, the card came out as no paper at all
    page = """<html><head><title>Ida Vale</title></head><body><h1>Ida Vale</h1><h2>Papers</h2>
<div class="column"><p class="title is-5">Tidal mixing in narrow glacial fjords</p>
<p class="subtitle is-6"><b>Ida Vale</b>, Olaf Brandt, Petra Nyx</p>
<p class="subtitle is-6">2023 · Journal of Cold Waters</p>
<p class="resource-links"><a href="https://doi.org/10.1000/fjord">DOI</a></p></div>
<div class="card-body"><h5 class="card-title">Salt fingers under sea ice</h5>
<h6 class="card-subtitle mb-2 text-muted">Olaf Brandt, Ida Vale, Rune Moss</h6>
<p class="card-text">Polar Oceans (2021)</p></div></body></html>"""
    pubs = _html(page, owner="Ida Vale").publications
    assert [(p.title, p.year, p.venue, [a.name for a in p.authors]) for p in pubs] == [
        ("Tidal mixing in narrow glacial fjords", 2023, "Journal of Cold Waters",
         ["Ida Vale", "Olaf Brandt", "Petra Nyx"]),
        ("Salt fingers under sea ice", 2021, "Polar Oceans", ["Olaf Brandt", "Ida Vale", "Rune Moss"])]
    # a theme's own "subtitle" class alone, no Bulma size beside it, holding the paper's title: the title (review)
    page = """<html><body><h1>Ida Vale</h1><h2>Papers</h2><div class="pub"><span class="subtitle">Salt fingers under
sea ice</span>, <span class="authors">Olaf Brandt, Ida Vale</span>, <span class="venue">Polar Oceans (2021)</span></div>
</body></html>"""
    assert [(p.title, p.venue) for p in _html(page, owner="Ida Vale").publications] == [
        ("Salt fingers under sea ice", "Polar Oceans")]


_CITED_COUNTS = """<html><head><title>Mara Quill - Publications</title></head><body>
<h1>Publications</h1>
<ul>
<li><strong>Mara Quill</strong>, Ida Lund. (2024) "Tidal mixing scores from sound." <em>Fjord Letters</em><br>
<a class="btn" href="https://example.org/tidal">Published</a> <span class="badge">Citations: 81</span></li>
<li><strong>Quill, M.</strong>, Lund, I. (2015).<br><em>Salt wedges in narrow straits of the north</em>.<br>
<strong>Journal of Straits</strong>, 5, 16770.<br><a href="https://doi.org/10.1234/js.5">DOI: 10.1234/js.5</a><br>
<em>[&gt;150 citations]</em></li>
<li><strong>Quill, M.</strong>, Rade, T. Ice cover of shallow bays in winter. <em>Bay Studies</em>. 2018.
(Citation &gt;1,500) <a href="https://doi.org/10.1234/bs.7">DOI</a></li>
</ul></body></html>"""


def test_a_count_of_citations_beside_the_citation_is_no_venue():
    """How often a work is cited, as a badge ("Citations: 81"), a line of its own ("[>150 citations]") or a remark
    after the venue ("(Citation >1,500)"), says nothing of where it appeared. Before: the count was the venue (the
    journal pushed to venue_full, or lost); after: the journal is the venue, each count a note (review74a #12: the
    badge's count was lost, no note and no unparsed line)."""
    profile = _html(_CITED_COUNTS, owner="Mara Quill")
    assert [(p.venue, p.notes) for p in profile.publications] == [
        ("Fjord Letters", ["Citations: 81"]), ("Journal of Straits", [">150 citations"]),
        ("Bay Studies", ["Citation >1,500"])]


def test_a_count_of_citations_is_one_pattern_in_the_venues_notes():
    """review74a #10: the venue's extra notes take the count of citations from the one pattern of it, whole words
    only. Before: EXTRA_NOTES spliced CITED_COUNT's text without its word boundary, so "Recitations 3" was a note."""
    from kg.importers.page.venue import CITED_COUNT, EXTRA_NOTES

    assert EXTRA_NOTES.search("Recitations 3") is None and CITED_COUNT.search("Recitations 3") is None
    for text in ("Citations: 81", "cited by 12", ">150 citations", "Citation >1,500"):
        assert EXTRA_NOTES.search(text) and CITED_COUNT.fullmatch(text), text


def test_a_bracketed_kind_between_title_and_venue_is_a_note():
    """"Names, Title, (poster) presented at Venue", "(oral)", "(Invited, feature article) Journal", "(keynote)": how
    the work was given or asked for, in brackets between two comma fields, is a note; the entry splits as it does
    without it (the entry was left unread, or its title ran over its venue)."""
    rows = [
        "K. Roe, B. Lind, and C. Moss, Charge trapping in power diodes under heat, (poster) presented at the 40th Int. "
        "Symp. Compound Semiconductors (ISCS), Santa Barbara, CA, USA, Jun. 2013.",
        "K. Roe, B. Lind, and C. Moss, Electron release in power switches using light, (oral) presented at the 42th "
        "Int. Symp. Compound Semiconductors (ISCS), Santa Barbara, CA, USA, Jun. 2015.",
        "B. Lind, K. Roe, and C. Moss, Photonic parts on a transistor platform, (Invited, feature article) Phys. Status "
        "Solidi A., vol. 213, no. 5, pp. 1213-1221, May. 2016.",
        "B. Lind, K. Roe, and C. Moss, Memory cells on a layered platform, (keynote) IEEE Symposium on Layered "
        "Semiconductors, Kanazawa, Japan, Nov. 2018.",
    ]
    page = ("<html><head><title>Kai Roe</title></head><body><h1>Kai Roe</h1><h2>Conference papers</h2>"
            + "".join(f"<p>[{k + 1}] {r}</p>" for k, r in enumerate(rows)) + "</body></html>")
    p = _html(page)
    assert [(x.title, x.year, x.notes) for x in p.publications] == [
        ("Charge trapping in power diodes under heat", 2013, ["poster"]),
        ("Electron release in power switches using light", 2015, ["oral"]),
        ("Photonic parts on a transistor platform", 2016, ["Invited, feature article"]),
        ("Memory cells on a layered platform", 2018, ["keynote"])]
    assert [x.venue for x in p.publications][1:3] == ["ISCS", "Phys. Status Solidi A"]
    assert "IEEE Symposium on Layered Semiconductors" in p.publications[3].venue
    assert all([a.name for a in x.authors][:2] in (["K. Roe", "B. Lind"], ["B. Lind", "K. Roe"]) for x in p.publications)
    assert not p.unparsed


def test_a_bracket_naming_the_works_kind_stays_for_the_venue_reader():
    """review76b #1: "Title, (Dissertation) University of Sand": a bracket naming the kind of work (thesis, book,
    chapter, report), not how it was given, stays in the text, where the venue reader takes the venue's type from it.
    Before: it was moved to the notes, so the type was lost ("(Dissertation)" no thesis) or the title ran on over
    "In: Handbook ..."."""
    rows = ["K. Roe, Spin waves in thin films, (Dissertation) University of Sand, 2010.",
            "K. Roe, B. Lind, Spin waves in thick films, (Book chapter) In: Handbook of Magnetism, Springer, 2012.",
            "K. Roe, B. Lind, Spin waves in square films, (Technical report) MIT CSAIL, 2015."]
    pubs = _html("<html><head><title>Kai Roe</title></head><body><h1>Kai Roe</h1><h2>Publications</h2>"
                 + "".join(f"<p>{r}</p>" for r in rows) + "</body></html>").publications
    assert [p.title for p in pubs] == ["Spin waves in thin films", "Spin waves in thick films",
                                       "Spin waves in square films"]
    assert pubs[0].venue_type == "thesis" and "University of Sand" in pubs[0].venue
    # (a technical report's type is "preprint": the model has no "report")
    assert "Handbook of Magnetism" in pubs[1].venue and pubs[2].venue_type == "preprint"
    assert not any(p.notes for p in pubs)


def test_a_bracket_naming_a_kind_the_venue_reader_does_not_type_is_a_note():
    """review76e #4: "(Review)", "(Abstract)", "(Preprint)" before the venue are kinds the venue reader types no
    venue by: notes, as "(keynote)" is. Before: venue "(Review) Journal of Magnetism 12", the "(Abstract)" entry
    unparsed, the "(Preprint)" note lost."""
    rows = ["K. Roe and B. Lind, Spin waves in thin films, (Review) Journal of Magnetism 12, 2019.",
            "K. Roe and B. Lind, Spin waves in dense films, (Abstract) APS March Meeting, 2018.",
            "K. Roe and B. Lind, Spin waves in thick films, (Preprint) arXiv:2001.00001, 2020."]
    p = _html("<html><head><title>Kai Roe</title></head><body><h1>Kai Roe</h1><h2>Publications</h2>"
              + "".join(f"<p>{r}</p>" for r in rows) + "</body></html>")
    assert [(x.title, x.venue, x.notes) for x in p.publications][:2] == [
        ("Spin waves in thin films", "Journal of Magnetism 12", ["Review"]),
        ("Spin waves in dense films", "APS March Meeting", ["Abstract"])]
    assert p.publications[2].notes == ["Preprint"] and not p.unparsed


def test_a_span_of_class_italics_is_italic_and_closes_the_title():
    """'<span class="italics">Journal</span>': a site's own class that sets a run in italics, as "italic" does, so
    the italic venue closes a title that no period ends ("... Pedagogy <span class="italics">Venue</span> 40: 1-5";
    the title ran over the venue and its volume)."""
    page = ("<html><head><title>Kam Dahl</title></head><body><h1>Kam Dahl</h1><h2>Publications</h2>"
            "<p>Roe, J.D. and <span class=\"bold\">Dahl, K.D.</span> (2008) Teaching Genome Science Through Open "
            "Tools <span class=\"italics\">Bulletin of Computing Education</span> <span class=\"bold\">40</span>: "
            "115-119.</p>"
            "<p><span class=\"bold\">Dahl, K.D.</span>, Roe, J.D. (2016) A web service for drawing gene networks. "
            "<span class=\"italics\">Computing Science Letters</span> <span class=\"bold\">2</span>: e85.</p>"
            "</body></html>")
    first = _html(page).publications[0]
    assert (first.title, first.venue, first.year) == (
        "Teaching Genome Science Through Open Tools", "Bulletin of Computing Education", 2008)


def test_presented_at_the_before_an_italic_venue_is_no_word_of_the_title():
    """"Title, presented at the <i>11<sup>th</sup> International Conference on X</i> (ICX), ...": the italic venue
    closes the title, and the words that lead into it ("presented at the", with the ordinal before the italic;
    "Available at") stay out of the title, as "in the" does."""
    rows = ["K. Roe, B. Lind, and C. Moss, Charge trapping in power diodes under heat, presented at the <i>11<sup>th"
            "</sup> International Conference on Layered Semiconductors</i> (ICLS), Beijing, China, Aug. 2015.",
            "K. Roe and C. Moss, Light release of trapped charge in power switches, presented at the <i>2016 IEEE 28th "
            "International Symposium on Power Devices</i> (ISPD), Prague, Czech Republic, Jun. 2016.",
            "K. Roe and C. Moss (2017) A Call to Modelling: Shared Practices in Class. Available at <i>Open Preprints"
            "</i> 5:e3215v1."]
    page = ("<html><head><title>Kai Roe</title></head><body><h1>Kai Roe</h1><h2>Conference papers</h2>"
            + "".join(f"<p>[{k + 1}] {r}</p>" for k, r in enumerate(rows)) + "</body></html>")
    pubs = _html(page).publications
    assert [x.title for x in pubs] == [
        "Charge trapping in power diodes under heat", "Light release of trapped charge in power switches",
        "A Call to Modelling: Shared Practices in Class"]
    # the lead-in words go to no field (review76b #10): not the venue's opening, not a note
    assert pubs[2].venue == "Open Preprints 5:e3215v1"
    assert not any(w in f"{x.venue} {x.notes}".lower() for x in pubs for w in ("presented", "available"))


def test_a_styled_note_closing_a_titles_heading_is_a_note_not_title_words(tmp_path):
    # "### Title *Editor's Pick*": a heading card's title closed by an italic (or bold) run that only says a note
    # on the work; a closing styled run of other words stays the title's
    page = tmp_path / "publications.md"
    page.write_text("# Nora Lindqvist\n\n## Publications\n\n"
                    "### Small peptides of soil bacteria *Editor's Pick*\n**Authors:** Lindqvist, N., Ross, R.  \n"
                    "**Journal:** *Journal of Soil Microbes*, 20(1), 1-9  \n**Year:** 2024  \n\n"
                    "### Sugar sensing in gut microbes **Spotlight**\n**Authors:** Lindqvist, N., Hill, C.  \n"
                    "**Journal:** *Journal of Soil Microbes*, 19(2), 3-8  \n**Year:** 2023  \n\n"
                    "### Growth of *Bacillus subtilis*\n**Authors:** Lindqvist, N.  \n"
                    "**Journal:** *Journal of Soil Microbes*, 18(1), 1-2  \n**Year:** 2022  \n")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.notes) for p in pubs] == [("Small peptides of soil bacteria", ["Editor's Pick"]),
                                                  ("Sugar sensing in gut microbes", ["Spotlight"]),
                                                  ("Growth of Bacillus subtilis", [])]


def test_a_closing_styled_title_that_holds_a_note_word_stays_the_titles_and_a_closing_note_is_cleaned(tmp_path):
    # (review77d #2, #6) "Review of *Winner-Take-All Politics*": the styled run holds a note's word but says more, a
    # work's title; a closing note is written without its brackets and stop, as the other closing notes are
    heads = ["Review of *Winner-Take-All Politics*", "Memory and voice in **Oral Tradition**",
             "Sand waves of the coast **[Best Paper Award]**", "Tides of the bay *(Spotlight)*",
             "Dunes of the west *Oral presentation.*"]
    page = tmp_path / "publications.md"
    page.write_text("# Nora Lindqvist\n\n## Publications\n\n" + "".join(
        f"### {h}\n**Authors:** Lindqvist, N., Ross, R.  \n**Journal:** *Journal of Soil Microbes*, 20(1), 1-9  \n"
        f"**Year:** {2024 - k}  \n\n" for k, h in enumerate(heads)))
    pubs = import_path(page).profile.publications
    assert [(p.title, p.notes) for p in pubs] == [
        ("Review of Winner-Take-All Politics", []), ("Memory and voice in Oral Tradition", []),
        ("Sand waves of the coast", ["Best Paper Award"]), ("Tides of the bay", ["Spotlight"]),
        ("Dunes of the west", ["Oral presentation"])]


def test_a_venues_volume_then_its_page_is_read_without_a_pattern_made_for_the_venue():
    # "Journal 12, 3456 (2020)": the volume closing the venue's name, the article number after its comma. The page
    # after the name is found by the one compiled pattern: a pattern made for each venue went through the re
    # module's cache, putting out the importers' own patterns (compiled again: a tenth of a physics CV's import)
    import re

    from kg.importers.page import entry

    page = """<html><body><h1>Petra Holm</h1><h2>Publications</h2><ol>
<li>P. Holm and T. Ravn, "Spin waves in thin iron films", Phys. Rev. B 97, 125405(R) (2018).</li>
<li>P. Holm, "Neutron lines of cold lattices", J. Cold Phys. 12, 3456 (2020).</li>
<li>P. Holm, "Ice lattices revisited", Cold Lattice Letters 2021, 17 (2021).</li>
</ol></body></html>"""
    re.purge()
    profile = _html(page)
    # (the third's number after its name is a year: no volume)
    assert [(p.venue, p.volume, p.year) for p in profile.publications] == [
        ("Phys. Rev. B", "97", 2018), ("J. Cold Phys", "12", 2020), ("Cold Lattice Letters", None, 2021)]
    assert not [k for k in re._cache if isinstance(k[1], str) and "Cold" in k[1] and "Phys" in k[1]]
    assert entry._page_after("J. Cold Phys. 12", "J. Cold Phys. 12, 3456 (2020)").group(1) == "3456"
    assert entry._page_after("B 97", "Phys. B 97 (1999); Phys. Rev. B 97, 125405(R)").group(1) == "125405"
    assert entry._page_after("Letters 5", "Letters 5 (2020)") is None


_CITED_LIST = """<html><head><title>Publications - Mara Vell</title></head><body>
<h1>Mara Vell</h1>
<p>I am a researcher in sand transport at the University of Nowhere.</p>
<h1>Publications</h1>
<div class="list__item">
<h2 class="archive__item-title"><a href="/publication/p1">Ripples of fine sand</a></h2>
<p>Published in <i>Journal of Grain Physics</i>, 2019</p>
<p class="archive__item-excerpt">We measure ripples in a flume.</p>
<p>Recommended citation: Vell, M., Osk, T., &amp; Brun, L. (2019). "Ripples of fine sand." <i>Journal of Grain
Physics</i>. 4(2).</p>
</div>
<div class="list__item">
<h2 class="archive__item-title"><a href="/publication/p2">Dunes on a budget</a></h2>
<p>Published in <i>Sediment Letters</i>, 2021</p>
<p>Recommended citation: Tove Osk, <b>Mara Vell</b>, Lars Brun. (2021). "Dunes on a budget." <i>Sediment
Letters</i>. 2(1).</p>
</div>
<div class="list__item">
<h2 class="archive__item-title"><a href="/publication/p3">Grains in motion</a></h2>
<p>Published in <i>Granular Notes</i>, 2023</p>
</div>
</body></html>"""


def test_a_listed_paper_names_its_authors_in_its_recommended_citation_alone(tmp_path):
    """academicpages' list of papers (its title, "Published in *Venue*, 2019", "Recommended citation: ..."): the
    authors are those of the citation under the paper, read by the one-line citation reader when the title it reads
    there is the paper's. Before, the owner was each paper's sole author, the list marked incomplete; a paper with
    no citation under it still is."""
    page = tmp_path / "index.html"
    page.write_text(_CITED_LIST, encoding="utf-8")
    result = import_path(page)
    pubs = {p.title: p for p in result.profile.publications}
    ripples, dunes, grains = pubs["Ripples of fine sand"], pubs["Dunes on a budget"], pubs["Grains in motion"]
    assert [(a.name, a.is_self) for a in ripples.authors] == [("M. Vell", True), ("T. Osk", False),
                                                              ("L. Brun", False)]
    assert not ripples.authors_truncated and (ripples.venue, ripples.year) == ("Journal of Grain Physics", 2019)
    assert [(a.name, a.is_self) for a in dunes.authors] == [("Tove Osk", False), ("Mara Vell", True),
                                                            ("Lars Brun", False)]
    assert [(a.name, a.is_self) for a in grains.authors] == [("Mara Vell", True)] and grains.authors_truncated
    # (the excerpt is no part the entry reads: left to the report)
    assert [u.text for u in result.profile.unparsed] == ['<p class="archive__item-excerpt">We measure ripples in a '
                                                         'flume.</p>']


def test_a_listed_papers_suggested_citation_names_its_venue_when_the_entry_gives_none(tmp_path):
    """A working paper's bold title with "(with ...)" and, under it, 'Suggested citation: Vell, M. and Osk, T. (2019).
    "Title." NBER Working Paper 123.': the citation is the paper's own (its title the entry's), so its venue is where
    the paper appeared, not a line dropped with the citation; a citation of another title under a paper stays in
    the report."""
    page = tmp_path / "index.html"
    page.write_text("""<html><head><title>Mara Vell</title></head><body>
<h1>Mara Vell</h1>
<p>I am a researcher in sand transport at the University of Nowhere.</p>
<h2>Working papers</h2>
<ul>
<li><b>Ripples of fine sand</b> (with Tove Osk)<br>
Suggested citation: Vell, M. and Osk, T. (2019). "Ripples of fine sand." NBER Working Paper 123.</li>
<li><b>Dunes on a budget</b><br>
Published in <i>Sediment Letters</i>, 2021<br>
Recommended citation: Osk, T. (2020). "Another paper entirely." <i>Other Journal</i>. 2(1).</li>
</ul></body></html>""", encoding="utf-8")
    result = import_path(page)
    ripples, dunes = result.profile.publications
    assert (ripples.title, ripples.venue, ripples.year) == ("Ripples of fine sand", "NBER Working Paper 123", 2019)
    assert [a.name for a in ripples.authors] == ["M. Vell", "T. Osk"]
    assert (dunes.venue, [a.name for a in dunes.authors]) == ("Sediment Letters", ["Mara Vell"])
    assert [u.text for u in result.profile.unparsed] == [
        'Recommended citation: Osk, T. (2020). "Another paper entirely." <i>Other Journal</i>. 2(1).</li>']


def test_a_list_joined_by_another_languages_and_before_the_title_sentence():
    # "A, B e C. Title. Venue" (Portuguese "e", Polish "i", German "und", Turkish "ve"): the word was taken for a
    # name's, the names cut before it and the title run into the names
    page = ("<html><head><title>Rui Lima</title></head><body><h1>Rui Lima</h1><h2>Publications</h2><ol>\n"
            "<li>Rui Lima, Ana Silva e Bruno Costa. Chuva forte no litoral norte. Revista de Hidrologia, 7, 2019.</li>\n"
            "<li>Lima R., Nowak A. i Lis P.: Modele przepływu w rzekach, Przegląd Wodny, vol. 5, pp. 1-10, 2021.</li>\n"
            "<li>Rui Lima, Karl Berg und Mona Hale. Starkregen in engen Tälern. Zeitschrift für Wasser, 3, 2018.</li>\n"
            "<li>Rui Lima, Ahmet Kaya ve Ayşe Demir. Denizde yağmur ölçümü. Su Dergisi, 1, 2015.</li>\n"
            "<li>Chuva costeira em mapas (co-autoria com Ana Silva e Bruno Costa). Revista de Hidrologia, 2012.</li>\n"
            "</ol></body></html>\n")
    pubs = _html(page, "index.html").publications
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Rui Lima", "Ana Silva", "Bruno Costa"], ["Lima R", "Nowak A", "Lis P"], ["Rui Lima", "Karl Berg", "Mona Hale"],
        ["Rui Lima", "Ahmet Kaya", "Ayşe Demir"], ["Rui Lima", "Ana Silva", "Bruno Costa"]]
    assert [p.title for p in pubs] == ["Chuva forte no litoral norte", "Modele przepływu w rzekach",
                                       "Starkregen in engen Tälern", "Denizde yağmur ölçümü", "Chuva costeira em mapas"]
    assert [p.venue for p in pubs] == ["Revista de Hidrologia", "Przegląd Wodny", "Zeitschrift für Wasser", "Su Dergisi",
                                       "Revista de Hidrologia"]


def test_a_title_ending_in_al_loses_its_closing_stop_et_al_keeps_it():
    # "Chuva no litoral.", "Regen im Tal.", "Models of the Coastal.": the stop was kept as "et al."'s (any word ending
    # in "al." was taken for it)
    from kg.importers.page.context import clean_title

    assert [clean_title(t) for t in ("Chuva no litoral.", "Regen im Tal.", "Drift of the Coastal.", "Lee et al.",
                                     "Tides, etc.", "Wait...")] == [
        "Chuva no litoral", "Regen im Tal", "Drift of the Coastal", "Lee et al.", "Tides, etc.", "Wait..."]


def test_a_bold_venue_under_the_names_is_the_venue_and_the_plain_line_over_them_the_title():
    """w79c: "Title<br>A. Lee, B. Roe<br><b>Remote Sensing of Environment</b>": a bold line after the byline is where
    the work appeared (the plain venue over a bold title, "PLOS ONE<br><b>Title</b><br>names", comes before it).
    Before: title "Remote Sensing of Environment", venue the paper's title."""
    rows = ["Seasonal drift of river sand in high basins<br>J. Marsh, K. Oduya, P. Santos<br>"
            "<b>Remote Sensing of Environment</b>",
            "Grazing and soil carbon<br>P. Santos, J. Marsh<br><strong>Annals of Applied Statistics</strong>",
            "Weather and Grain<br>Ina Roe<br><b>Global Change Biology</b> 27: 1-9"]
    p = _html("<html><head><title>Jon Marsh</title></head><body><h1>Jon Marsh</h1><h2>Publications</h2><ul>"
              + "".join(f"<li>{r}</li>" for r in rows) + "</ul></body></html>")
    assert [(x.title, x.venue, [a.name for a in x.authors]) for x in p.publications] == [
        ("Seasonal drift of river sand in high basins", "Remote Sensing of Environment",
         ["J. Marsh", "K. Oduya", "P. Santos"]),
        ("Grazing and soil carbon", "Annals of Applied Statistics", ["P. Santos", "J. Marsh"]),
        ("Weather and Grain", "Global Change Biology", ["Ina Roe"])]


def test_a_plain_venue_over_a_bold_title_over_the_names_keeps_the_bold_title():
    """(the rule the one above narrows: the bold line right under a plain one, the names after both, is the title)"""
    p = _html("<html><head><title>Jon Marsh</title></head><body><h1>Jon Marsh</h1><h2>Publications</h2><ul>"
              "<li>PLOS ONE<br><b>Counting owls in pine woods</b><br>J. Marsh, K. Oduya</li></ul></body></html>")
    assert [(x.title, x.venue) for x in p.publications] == [("Counting owls in pine woods", "PLOS ONE")]


def test_a_title_case_title_then_the_byline_then_a_bold_venue_on_one_line():
    """w79c: "Counting Burrowing Beetles. Jane Doe and Lena Verhoeven. **Ecology Letters** ...": a short title in
    title case reads a little as a name, the sentence after it surely as the byline; the bold run after the names is
    the venue. Before: title "Jane Doe and Lena Verhoeven", author "Counting Burrowing Beetles"."""
    rows = ["Counting Burrowing Beetles. Jon Marsh and Lena Oduya. <b>Ecology Letters</b> 24(3): 101-110, 2020",
            "Seasonal Drift. Jon Marsh, Karl Lind. <b>HydroConf 2019</b>"]
    p = _html("<html><head><title>Jon Marsh</title></head><body><h1>Jon Marsh</h1><h2>Publications</h2><ul>"
              + "".join(f"<li>{r}</li>" for r in rows) + "</ul></body></html>")
    assert [(x.title, x.venue, x.year, [a.name for a in x.authors]) for x in p.publications] == [
        ("Counting Burrowing Beetles", "Ecology Letters", 2020, ["Jon Marsh", "Lena Oduya"]),
        ("Seasonal Drift", "HydroConf", 2019, ["Jon Marsh", "Karl Lind"])]


def test_an_owner_only_list_in_german_reads_no_names_from_a_titles_first_words():
    """w79c: a list of the owner's own works that names no one ("Title, in: Journal 12 (2019), S. 12-34", "Title.
    Subtitle, in: A. Roe (Hrsg.), Book, ...", "Title. Subtitle, Place: Publisher 2016"): a title's first words that
    look like one name ("Bürgerliche Welten") are no byline. Before: authors "Bürgerliche Welten", "Grenzen der
    Zunft", the "in:" items unparsed."""
    rows = ["Flussgeschichte und Erinnerung im Tiefland, in: Zeitschrift für Uferkunde 12 (2019), S. 12-34.",
            "Grenzen der Zunft. Handwerk im Vormärz, in: Peter Roe (Hrsg.), Arbeit und Ordnung, Stuttgart: "
            "Kessel Verlag 2018, S. 45-67.",
            "Bürgerliche Welten. Eine Geschichte der Stadt Emden, Göttingen: Wallberg Verlag 2016."]
    p = _html("<html><head><title>Hanna Vogt</title></head><body><h1>Hanna Vogt</h1><h2>Publikationen</h2><ul>"
              + "".join(f"<li>{r}</li>" for r in rows) + "</ul></body></html>")
    assert [(x.title, x.venue, x.year, [a.name for a in x.authors]) for x in p.publications] == [
        ("Flussgeschichte und Erinnerung im Tiefland", "Zeitschrift für Uferkunde", 2019, ["Hanna Vogt"]),
        ("Grenzen der Zunft. Handwerk im Vormärz", "Arbeit und Ordnung, Stuttgart: Kessel Verlag", 2018, ["Hanna Vogt"]),
        ("Bürgerliche Welten. Eine Geschichte der Stadt Emden", "Göttingen: Wallberg Verlag", 2016, ["Hanna Vogt"])]
    assert p.publications[0].pages == "12-34" and not p.unparsed


def test_an_author_date_key_opening_an_entry_is_its_year():
    """w79c: "2019d: Title. Venue", "2019a. Title. Venue", "[Marsh 2019b] Title. Venue": the key an owner's list
    files each work under (its letter tells the year's works apart). Before: the three items unparsed."""
    rows = ["2019d: The drift of sand in high rivers. Journal of Hydrology 12, 1-9.",
            "2018a. Grazing and soil carbon in dry grasslands. Ecology Letters 3, 4-9.",
            "[Marsh 2017b] Counting beetles in wet meadows. Oikos 8, 22-30."]
    p = _html("<html><head><title>Jon Marsh</title></head><body><h1>Jon Marsh</h1><h2>Publications</h2><ul>"
              + "".join(f"<li>{r}</li>" for r in rows) + "</ul></body></html>")
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("The drift of sand in high rivers", "Journal of Hydrology", 2019),
        ("Grazing and soil carbon in dry grasslands", "Ecology Letters", 2018),
        ("Counting beetles in wet meadows", "Oikos", 2017)]


def test_a_season_before_the_year_dates_the_work_and_names_no_venue():
    """w79c: "Oecologia, Spring 2021": the season is no part of the venue's name (before: "Oecologia, Spring");
    "Machine Learning, Springer, 2024" keeps its publisher's word, no season."""
    rows = ["J. Marsh, K. Lind. Seasonal patterns of grazing. Oecologia, Spring 2021.",
            "J. Marsh, K. Lind. Streams of trees. Machine Learning, Springer, 2024."]
    p = _html("<html><head><title>Jon Marsh</title></head><body><h1>Jon Marsh</h1><h2>Publications</h2><ul>"
              + "".join(f"<li>{r}</li>" for r in rows) + "</ul></body></html>")
    assert [(x.venue, x.year) for x in p.publications] == [("Oecologia", 2021), ("Machine Learning, Springer", 2024)]


def test_a_german_series_volume_line_under_the_title_names_no_one():
    """w79c: an owner-only list's line "Forum Rechtswissenschaft, Bd. 23, C.F. Meyer, Heidelberg, 1990" under the
    title (rudolf-steinberg.de's form): "Bd." (Band, the volume) and "Nr." end no sentence and are no name's words.
    Before: authors "Forum Rechtswissenschaft", "Bd", the venue "23, C.F. Meyer, Heidelberg"."""
    rows = [("Bundesaufsicht und Flussrecht", "Forum Uferrecht, Bd. 23, C.F. Meyer, Heidelberg, 1990"),
            ("Chancen kommunaler Wasserwirtschaft", "Frankfurter Kommunalforum, Arbeitspapier Nr. 3, 1987")]
    p = _html("<html><head><title>Rolf Steiner</title></head><body><h1>Rolf Steiner</h1><h2>Publikationen</h2><ul>"
              + "".join(f'<li><div class="pub-entry__title">{t}</div><div class="pub-entry__meta">{m}</div></li>'
                        for t, m in rows) + "</ul></body></html>")
    assert [(x.title, x.year, [a.name for a in x.authors]) for x in p.publications] == [
        ("Bundesaufsicht und Flussrecht", 1990, ["Rolf Steiner"]),
        ("Chancen kommunaler Wasserwirtschaft", 1987, ["Rolf Steiner"])]
    assert [x.venue.startswith(("Forum Uferrecht", "Frankfurter Kommunalforum")) for x in p.publications] == [True, True]


def test_a_label_sentence_before_the_names_is_no_title_over_a_bold_title():
    """rm-w79c: "Oral. J. Marsh, K. Lind. <b>Title</b>. Venue": the bold run after the names is the title when no
    title stands over them (a one-word label does not); the rule for "Title. Names. <b>Venue</b>" made the title
    "Oral." and the venue the paper's title."""
    p = _html("<html><head><title>Jon Marsh</title></head><body><h1>Jon Marsh</h1><h2>Publications</h2><ul>"
              "<li>Oral. J. Marsh, K. Lind. <b>Counting beetles in wet meadows</b>. Oikos 8, 2017.</li></ul></body></html>")
    assert [(x.title, x.venue) for x in p.publications] == [("Counting beetles in wet meadows", "Oikos 8")]


def test_a_cv_degree_written_with_two_full_years_keeps_its_last_year():
    """rm-w79c: "Ph.D., University of X, 2019/2023": the degree's year is the span's end (the work's-year reading
    of "(2024/2026)" made it 2019)."""
    p = _html("<html><head><title>Jon Marsh</title></head><body><h1>Jon Marsh</h1><h2>Education</h2><ul>"
              "<li>M.Sc. in Hydrology, University of Fenwick, 2018/2019</li>"
              "<li>Ph.D. in Hydrology, University of Fenwick, 2019/2023</li></ul></body></html>", name="index.html")
    assert sorted(e.year for e in p.person.education) == [2019, 2023]


def test_a_short_venue_over_the_names_keeps_the_bold_title_under_them():
    """rm-w79c: "PLOS ONE<br>names<br><b>Counting Owls in Pine Woods</b>": the plain line over the names is a
    journal's short name, the bold line under them the title (the bold-venue-under-the-names rule read title
    "PLOS ONE" and venue the paper's title); a bold name in title case under a plain sentence stays the venue."""
    rows = ["PLOS ONE<br>J. Marsh, K. Oduya<br><b>Counting owls in pine woods</b>",
            "Nature<br>J. Marsh, K. Oduya<br><b>Counting Owls in Oak Woods at Dusk</b>",
            "Sand waves of the open coast<br>J. Marsh, K. Oduya<br><b>Remote Sensing of the Coast</b>"]
    p = _html("<html><head><title>Jon Marsh</title></head><body><h1>Jon Marsh</h1><h2>Publications</h2><ul>"
              + "".join(f"<li>{r}</li>" for r in rows) + "</ul></body></html>")
    assert [(x.title, x.venue) for x in p.publications] == [
        ("Counting owls in pine woods", "PLOS ONE"), ("Counting Owls in Oak Woods at Dusk", "Nature"),
        ("Sand waves of the open coast", "Remote Sensing of the Coast")]


def _links_buttons_page(first: str, second: str):
    """A jekyll-scholar rendered list of two papers of Rowan Ashby's, ``first`` and ``second`` written in their
    ``<div class="links">`` before the paper's button."""
    rows = [("Tidal mixing in shallow estuaries", "Lund, Per and <em>Ashby, Rowan</em>", 2019, first, "xyz1"),
            ("Sediment plumes after storms", "<em>Ashby, Rowan</em>", 2018, second, "xyz2")]
    items = "".join(f'<li><div class="row">\n<div class="title">{t}</div>\n<div class="author">{a}</div>\n'
                    f'<div class="periodical"><em>Coastal Letters</em> {y}</div>\n<div class="links">{note}'
                    f'<a href="http://doi.org/10.1000/{d}" class="btn">journal</a></div>\n</div></li>\n'
                    for t, a, y, note, d in rows)
    return _html(f'<html><body><h1>Publications</h1>\n<ol class="bibliography">\n{items}</ol></body></html>\n',
                 owner="Rowan Ashby")


def test_an_award_written_among_a_papers_link_buttons_is_a_note_on_the_paper():
    """jekyll-scholar's rendered list: '<div class="links">🏆 Best Student Paper Award, 2020.<br><a>journal</a>'
    (the BibTeX note the layout writes among the buttons): the award the paper won, kept as its note, neither a
    link's label nor a part of its venue or title, and no line lost."""
    p = _links_buttons_page("\n  &#127942; Harbour Society, Best Student Paper Award, 2020.\n  <br />\n  ", "")
    first = p.publications[0]
    assert first.notes == ["🏆 Harbour Society, Best Student Paper Award, 2020"]
    assert (first.title, first.venue, first.year) == ("Tidal mixing in shallow estuaries", "Coastal Letters", 2019)
    assert p.publications[1].notes == []
    assert not any("Award" in u.text for u in p.unparsed)


def test_a_note_among_a_papers_link_buttons_is_read_by_the_note_words():
    """'<div class="links">Selected for the Editors' Choice collection<br><a>PDF</a>' and 'Oral presentation': words
    of a paper's note (NOTE_WORDS: an award, an editor's choice, an oral) among its buttons are its note; a line of
    other words there ("Slides soon") is no note."""
    p = _links_buttons_page("\n  Selected for the Editors' Choice collection\n  <br />\n  ", "Oral presentation<br />")
    assert [x.notes for x in p.publications] == [["Selected for the Editors' Choice collection"], ["Oral presentation"]]


# --- an address the citation writes out in its text is a link of the work --------------------------------------------

_WRITTEN_ADDRESSES_MD = """# Nora Quill

## Articles

1. **Quill, N.**, & Bram, T. (2016). Counting owls in the fog. Revue des Oiseaux, 1, 15. url : http://owls.example.org/revue/no1.pdf
2. Hale, R., & **Quill, N.** (2019). Night songs of small birds. Birding Review. https://doi-org.proxy.example.edu/10.5555/nsb.19
3. **Quill, N.** (2021). Feathers and weather. Sky Letters, 3(2), 4-9. https://skyletters.example.org/article/77.
4. **Quill, N.** (2022). Beaks in winter. Sky Letters. http://dx.doi.org/10.5555/biw.22 [doi](https://doi.org/10.5555/biw.22)
5. **Quill, N.** (2023). Tails in spring. Sky Letters. URL: https://skyletters.example.org/article/88
"""


def test_a_bare_address_after_the_citation_is_the_works_link(tmp_path):
    page = tmp_path / "about.md"
    page.write_text(_WRITTEN_ADDRESSES_MD, encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Counting owls in the fog", "Night songs of small birds",
                                       "Feathers and weather", "Beaks in winter", "Tails in spring"]
    # the label written before an address ("url :", "URL:") is no word of the venue
    assert [p.venue for p in pubs] == ["Revue des Oiseaux", "Birding Review", "Sky Letters", "Sky Letters",
                                       "Sky Letters"]
    assert pubs[4].links == {"paper": "https://skyletters.example.org/article/88"}
    # "url : http://.../no1.pdf": the label written before it names no kind, the address does
    assert pubs[0].links == {"pdf": "http://owls.example.org/revue/no1.pdf"}
    # a library proxy's address for the paper is kept as written; the sentence's closing period is no part of one
    assert pubs[1].links == {"paper": "https://doi-org.proxy.example.edu/10.5555/nsb.19"}
    assert pubs[2].links == {"paper": "https://skyletters.example.org/article/77"}
    # the same DOI written out and linked is one link, not two
    assert pubs[3].links == {"doi": "https://doi.org/10.5555/biw.22"} and pubs[3].more_links == []


def test_an_address_written_in_an_html_entry_beside_its_linked_title():
    page = """<html><body><h1>Ray Osk</h1><h2>Publications</h2><ul>
<li>T Bram and <u>R Osk</u>, <i>Heat flow in thin rods</i>, Rod Letters <b>4</b>, 11-19, 1988.
http://rods.example.org/pdf/heat-flow.pdf</li>
<li><u>R Osk</u>, <a href="cold.htm"><i>Cold flow in thick rods</i></a>, Rod Letters <b>5</b>, 1-9, 1989.</li>
</ul></body></html>"""
    pubs = _html(page, owner="Ray Osk").publications
    assert pubs[0].links == {"pdf": "http://rods.example.org/pdf/heat-flow.pdf"}
    # (an entry's address is its own: the one written in the entry above is never the next one's)
    assert not any("rods.example.org" in v for v in pubs[1].links.values())


def test_list_items_led_by_a_bullet_glyph_in_its_own_span():
    # a hand-written page's list: each item a decorative bullet ("◆" in a span), then a block holding the byline,
    # the title in <em> and the venue (each item's entry is what follows the bullet)
    item = ('<li class="item"><span class="dot">◆</span><div>{a}, <i>R. Ostrander</i><br>'
            '<em>{t}</em><br>{v}<div class="meta">[<a href="https://doi.org/10.1000/{k}">DOI</a>]</div></div></li>')
    html = ("<html><head><title>Rita Ostrander</title></head><body><h1>Rita Ostrander</h1>"
            "<section><h3>Publications</h3><ul>"
            + item.format(a="P. Lindqvist", t="Travelling fronts in a lattice of cells", v="Journal of Waves 12, 1-20 (2022)", k="a1")
            + item.format(a="M. Haldane", t="Entropy of a toy automaton", v="Letters in Dynamics 3 (2019), 55-70", k="b2")
            + "</ul></section></body></html>")
    profile = _html(html, name="index.html")
    got = [(p.title, p.year, [a.name for a in p.authors]) for p in profile.publications]
    assert got == [("Travelling fronts in a lattice of cells", 2022, ["P. Lindqvist", "R. Ostrander"]),
                   ("Entropy of a toy automaton", 2019, ["M. Haldane", "R. Ostrander"])]


def test_field_labels_in_spanish_name_the_authors_joined_by_y():
    # "**Autores:** A, B y C" in a card under its title heading: the labelled names, "y" the last two's "and"
    page = _html(
        '<html><body><h1>Grupo de Ondas</h1><h2>Publicaciones</h2>'
        '<div class="publication-entry"><h3>Ecos de un colapso lejano</h3>'
        '<p><strong>Autores:</strong> Lucía Ferrer, Tomás Ibarra y Rosa Medina</p>'
        '<p><strong>Revista:</strong> Revista de Física del Sur, 2020</p></div>'
        '<div class="publication-entry"><h3>Ruido en detectores pequeños</h3>'
        '<p><strong>Autores:</strong> Tomás Ibarra y Lucía Ferrer</p>'
        '<p><strong>Revista:</strong> Anales de Óptica, 2019</p></div></body></html>', owner="Lucía Ferrer")
    first, second = page.publications
    assert first.title == "Ecos de un colapso lejano"
    assert [a.name for a in first.authors] == ["Lucía Ferrer", "Tomás Ibarra", "Rosa Medina"]
    assert first.venue.startswith("Revista de Física del Sur") and first.year == 2020
    assert [a.name for a in second.authors] == ["Tomás Ibarra", "Lucía Ferrer"]


@pytest.mark.parametrize("styled", [r"\textbf{M. Orr}", "textbf{M. Orr}"])
def test_latex_styling_left_on_the_owners_name_is_no_part_of_it(styled):
    """A list pasted from a .tex file keeps LaTeX's bold around the owner's name, with its backslash or without it
    (reStructuredText takes the backslash for an escape): the name it styles is the owner's. Before, the author was
    "textbf{M. Orr}" and the owner was not among the authors."""
    page = (f"<html><body><h1>Mina Orr</h1><h2>Other publications</h2>\n"
            f"<p>(iv) A. Lind, B. Holm, {styled}, C. Berg, \"Counting gulls on the spit in winter,\" "
            f"Journal of Coastal Birds <strong>9</strong>:7 (2021) 685-687.</p>\n"
            f"<p>(iii) <strong>M. Orr</strong>, A. Lind, \"Tern colonies and tides,\" Journal of Coastal Birds "
            f"<strong>8</strong> (2020) 1-9.</p></body></html>\n")
    pubs = {p.title: p for p in _html(page, owner="Mina Orr").publications}
    gulls = pubs["Counting gulls on the spit in winter"]
    assert [a.name for a in gulls.authors] == ["A. Lind", "B. Holm", "M. Orr", "C. Berg"]
    assert [a.is_self for a in gulls.authors] == [False, False, True, False]


def test_coauthors_closing_a_quoted_titles_line_are_authors_and_with_words_no_names():
    """'"Title," Venue, Year, with A. Lind, B. Holm': the coauthors close the line after the venue (the owner
    implied). Before, they were dropped. A "with" inside the quoted title stays the title's ("Living with ..."), and
    a closing "with discussion" names no one (a note, no author)."""
    page = ("<html><body><h1>Mina Orr</h1><h2>Papers</h2><ul>"
            "<li>\"Living with Floods on the Spit,\" Journal of Coastal Birds 12, 2020, with Alva Lind, Bo Holm.</li>"
            "<li>\"Tern Counts and Tides,\" Journal of Coastal Birds 11, 2019, with discussion.</li>"
            "</ul></body></html>\n")
    pubs = {p.title: p for p in _html(page, owner="Mina Orr").publications}
    floods = pubs["Living with Floods on the Spit"]
    assert [a.name for a in floods.authors] == ["Mina Orr", "Alva Lind", "Bo Holm"]
    assert (floods.venue, floods.year) == ("Journal of Coastal Birds 12", 2020)
    terns = pubs["Tern Counts and Tides"]
    assert [a.name for a in terns.authors] == ["Mina Orr"]
    assert terns.year == 2019


def test_a_number_linked_to_the_works_own_page_opening_a_paragraph_is_the_entrys_number():
    # hand-written HTML, "<a href=/papers/x/>3</a> Pell, N., ...": the linked number opening each entry is its number,
    # not a word of the byline; the year stays the citation's own
    page = ("<html><head><title>Nora Pell</title></head><body><h1>Nora Pell</h1>\n<h2>Publications</h2>\n"
            "<p><a href=\"/papers/basalt/\">3</a> Pell, N., Orrin, T. (2021). Basalt weathering in cold deserts. "
            "Journal of Rock Studies 12, 1-9.</p>\n"
            "<p><a href=\"/papers/ripples/\">2</a> Orrin, T., Pell, N. (2019). Sand ripples on dune analogues. "
            "Planetary Dunes 4, 33-41.</p>\n"
            "<p><a href=\"/papers/till/\">1</a> Pell, N. (2017). Glacial till and its grain sizes. "
            "Sediment Letters 9, 5-8.</p>\n</body></html>")
    pubs = _html(page).publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Basalt weathering in cold deserts", 2021, "Journal of Rock Studies"),
        ("Sand ripples on dune analogues", 2019, "Planetary Dunes"),
        ("Glacial till and its grain sizes", 2017, "Sediment Letters")]
    assert [a.name for a in pubs[0].authors] == ["N. Pell", "T. Orrin"]
    assert [a.name for a in pubs[2].authors] == ["N. Pell"]


@pytest.mark.parametrize("stop", [".", ")"])
def test_a_linked_number_its_own_stop_follows_is_the_entrys_number_and_the_byline_whole(stop):
    # "<li><a href=/papers/x/>3</a>. Pell, N., ...": the number's stop (or bracket) written after the link; the
    # number and its stop go together (not ". Pell, N." left to the byline, nor the items left unread)
    items = "".join(f"<li><a href=\"/papers/{n}/\">{n}</a>{stop} {cite}</li>\n" for n, cite in (
        (3, "Pell, N., Orrin, T. (2021). Basalt weathering in cold deserts. Journal of Rock Studies 12, 1-9."),
        (2, "Orrin, T., Pell, N. (2019). Sand ripples on dune analogues. Planetary Dunes 4, 33-41."),
        (1, "Pell, N. (2017). Glacial till and its grain sizes. Sediment Letters 9, 5-8.")))
    page = ("<html><head><title>Nora Pell</title></head><body><h1>Nora Pell</h1>\n<h2>Publications</h2>\n<ul>\n"
            + items + "</ul></body></html>")
    pubs = _html(page).publications
    assert [(p.title, p.year) for p in pubs] == [("Basalt weathering in cold deserts", 2021),
                                                 ("Sand ripples on dune analogues", 2019),
                                                 ("Glacial till and its grain sizes", 2017)]
    assert [[a.name for a in p.authors] for p in pubs] == [["N. Pell", "T. Orrin"], ["T. Orrin", "N. Pell"], ["N. Pell"]]


@pytest.mark.parametrize("number", ["{n}", "[{n}]", "PDF"])
def test_a_number_linked_to_the_works_pdf_opening_an_entry_is_its_number_and_the_link_its_pdf(number):
    # "<a href=p3.pdf>3</a> Pell, N., ...", "<a href=p3.pdf>[3]</a> ...", "<a href=p3.pdf>PDF</a> ...": a short link to
    # the work's document opening the entry is a label of the work (its PDF), and the citation after it is the entry,
    # no one-line summary after its last label (before: every entry unread, listed)
    items = "".join(f"<li><a href=\"https://rock.example.edu/p{n}.pdf\">{number.format(n=n)}</a> {cite}</li>\n"
                    for n, cite in (
        (3, "Pell, N., Orrin, T. (2021). Basalt weathering in cold deserts. Journal of Rock Studies 12, 1-9."),
        (2, "Orrin, T., Pell, N. (2019). Sand ripples on dune analogues. Planetary Dunes 4, 33-41."),
        (1, "Pell, N. (2017). Glacial till and its grain sizes. Sediment Letters 9, 5-8.")))
    page = ("<html><head><title>Nora Pell</title></head><body><h1>Nora Pell</h1>\n<h2>Publications</h2>\n<ul>\n"
            + items + "</ul></body></html>")
    profile = _html(page)
    assert [(p.title, p.year, p.venue) for p in profile.publications] == [
        ("Basalt weathering in cold deserts", 2021, "Journal of Rock Studies"),
        ("Sand ripples on dune analogues", 2019, "Planetary Dunes"),
        ("Glacial till and its grain sizes", 2017, "Sediment Letters")]
    assert [p.links.get("pdf") for p in profile.publications] == [
        f"https://rock.example.edu/p{n}.pdf" for n in (3, 2, 1)]
    assert [[a.name for a in p.authors] for p in profile.publications][0] == ["N. Pell", "T. Orrin"]
    assert not any("Basalt" in u.text for u in profile.unparsed)


def test_a_linked_number_opening_a_title_stays_the_titles():
    # "<a href=/papers/a/>42</a> questions about basalt. Pell, N., ...": a lower-case word after the linked number:
    # the number opens the title, it is no entry number
    page = ("<html><head><title>Nora Pell</title></head><body><h1>Nora Pell</h1>\n<h2>Publications</h2>\n<ul>\n"
            "<li><a href=\"/papers/a/\">42</a> questions about basalt. Pell, N., Orrin, T. (2021). Journal of Rock "
            "Studies 12, 1-9.</li>\n"
            "<li><a href=\"/papers/b/\">Sand ripples on dune analogues</a>. Orrin, T., Pell, N. (2019). Planetary "
            "Dunes 4, 33-41.</li>\n"
            "<li><a href=\"/papers/c/\">Glacial till and its grain sizes</a>. Pell, N. (2017). Sediment Letters 9, "
            "5-8.</li>\n</ul></body></html>")
    pubs = _html(page).publications
    assert pubs[0].title == "42 questions about basalt" and pubs[0].year == 2021
    assert [a.name for a in pubs[0].authors] == ["N. Pell", "T. Orrin"]


_VENUE_THEN_BY = """<html><body><h1>Iris Q. Vale</h1><h3>Papers</h3><ol>
<li><span class="publication"><span class="title"><q><a href="https://example.org/w1">Tides over a sloping shelf</a></q>
</span> <span class="journal">Journal of Coastal Sums</span> 12, no.&nbsp;2 (2021): 10&ndash;20, by
<span class="author"><a href="https://roe.example/">B. Roe</a></span>, <span class="author">I. Q. Vale</span>, and
<span class="author">C. Lind</span>.</span></li>
</ol></body></html>"""


def test_a_linked_coauthor_opening_the_names_after_the_venue_is_no_venue():
    """'<q>Title</q> <span class=journal>Venue</span> 12 (2021), by <span class=author><a>B. Roe</a></span>, ...':
    the first name, a link to the coauthor's page, is an author the markup names so, not the venue's link."""
    pub = _html(_VENUE_THEN_BY, owner="Iris Q. Vale").publications[0]
    assert [a.name for a in pub.authors] == ["B. Roe", "I. Q. Vale", "C. Lind"]
    assert pub.venue.startswith("Journal of Coastal Sums") and pub.year == 2021


_WHOLE_LINKED = """<html><head><title>Pulse Lab</title></head><body>
<h1>Mira Tamm</h1>
<h3>Publications</h3>
<ol>
<li><a href="https://doi.org/10.1000/pulse.1"><span>Tamm M, Berg R.</span>
<span style="font-weight: bold;">Heart rate recovery after cold water immersion in rowers.</span></a></li>
<li><a href="#"><span>Okafor B, Tamm M.</span>
<span style="font-weight: bold;">Arterial stiffness in older cyclists after a long climb.</span></a></li>
<li><a href="https://doi.org/10.1000/pulse.3"><span>Tamm M.</span>
<span style="font-weight: bold;">A simple model of the pulse wave in the forearm.</span></a></li>
</ol></body></html>"""


def test_a_link_over_the_whole_citation_sets_no_part_of_it_apart(tmp_path):
    # smoke126: each item one link around "Names. <b>Title.</b>": the link no longer makes the whole line the
    # title (before: the names read into it, no authors, no venue and no year: every entry dropped); an item whose
    # link is a bare "#" (not filled in yet) is a paper too, no link to a place on the page
    page = tmp_path / "index.html"
    page.write_text(_WHOLE_LINKED, encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, [a.name for a in p.authors]) for p in pubs] == [
        ("Heart rate recovery after cold water immersion in rowers", ["Tamm M", "Berg R"]),
        ("Arterial stiffness in older cyclists after a long climb", ["Okafor B", "Tamm M"]),
        ("A simple model of the pulse wave in the forearm", ["Tamm M"])]
    assert pubs[0].links.get("doi") == "https://doi.org/10.1000/pulse.1" and not pubs[1].links


def test_a_bold_run_closing_the_citation_after_the_names_is_the_venue(tmp_path):
    # smoke126 (jemdoc sets *Venue* in bold): "[Title](url), A, B, C, <b>Venue & More Words</b>, [DOI]": the bold
    # run after the names' comma, only a link label after it, is the venue (before: the "&" in it read as one name
    # more, no venue); a bold name closing the list stays an author
    page = tmp_path / "index.html"
    page.write_text("""<html><head><title>Ivo Marsh</title></head><body><h1>Ivo Marsh</h1>
<h2>Journal Publications</h2><ul>
<li><p><a href="https://doi.org/10.1000/ops.1">Ordering Spare Parts under Two Lead Times</a>, Ivo Marsh, Lena Quist,
Omar Falk, <b>Production &amp; Inventory Operations Research</b>, <a href="https://doi.org/10.1000/ops.1">[DOI]</a></p></li>
<li><p><a href="https://doi.org/10.1000/ops.2">Pricing Perishable Goods with Learning</a>, Lena Quist, <b>Ivo Marsh</b>.
<i>Journal of Shelf Studies</i>, 2021.</p></li>
</ul></body></html>""", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [([a.name for a in p.authors], p.venue) for p in pubs] == [
        (["Ivo Marsh", "Lena Quist", "Omar Falk"], "Production & Inventory Operations Research"),
        (["Lena Quist", "Ivo Marsh"], "Journal of Shelf Studies")]



def test_a_link_over_a_title_alone_opening_with_a_name_stays_the_title(tmp_path):
    # a list of titles alone, each one link: a title whose first sentence is a person's name ("Alan Turing. A Mind
    # before its Time") is one title still (one style, two sentences: no names and title inside one link), and
    # the list stays the owner's (before the narrowing: the names split off as authors, the other items dropped)
    page = tmp_path / "index.html"
    page.write_text("""<html><head><title>Mira Tamm</title></head><body><h1>Mira Tamm</h1>
<h2>Publications</h2><ul>
<li><a href="p1.pdf">Rosalind Franklin. The woman behind the helix.</a></li>
<li><a href="p2.pdf">Alan Turing. A mind before its time.</a></li>
<li><a href="p3.pdf">Is it fog? A study of coastal haze.</a></li>
<li><a href="p4.pdf">Tides and currents of the inner sound</a></li>
</ul></body></html>""", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, [a.name for a in p.authors]) for p in pubs] == [
        ("Rosalind Franklin. The woman behind the helix", ["Mira Tamm"]),
        ("Alan Turing. A mind before its time", ["Mira Tamm"]),
        ("Is it fog? A study of coastal haze", ["Mira Tamm"]),
        ("Tides and currents of the inner sound", ["Mira Tamm"])]


_QUOTED_OR_NOT = """<html><head><title>Ada Lind</title></head><body><h1>Ada Lind</h1>
<h2>Publications</h2><ul>
<li><b>Rivers that run uphill</b><br>Ada Lind, Bo Okafor<br><i>Journal of Imaginary Water</i>, 2021</li>
<li>"Wet sand and its discontents," with Cleo Veldt<br><i>Proceedings of Dry Places</i>, 2019</li>
</ul></body></html>
"""


def test_the_bold_line_over_a_quoted_title_is_looked_for_only_in_an_entry_with_one(tmp_path, monkeypatch):
    """Whether a bold line stands over a quoted title (the quotes then name the book of a chapter) is asked only of
    an entry a line of which opens with a quoted title: the entry without one is not looked at for bold lines there
    (each was). Both entries are read as before."""
    import linecache
    import sys

    from kg.importers.page import entry

    page = tmp_path / "index.html"
    page.write_text(_QUOTED_OR_NOT, encoding="utf-8")
    asked: list[str] = []
    real = entry.majority

    def counted(seg, attr):
        caller = sys._getframe(1)
        if 'for i in free if majority(segs[i], "bold")' in linecache.getline(caller.f_code.co_filename,
                                                                             caller.f_lineno):
            asked.append(seg.text)
        return real(seg, attr)

    monkeypatch.setattr(entry, "majority", counted)
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue_full or p.venue, p.year) for p in pubs] == [
        ("Rivers that run uphill", "Journal of Imaginary Water", 2021),
        ("Wet sand and its discontents", "Proceedings of Dry Places", 2019)]
    assert asked and all("Wet sand" in t or "Dry Places" in t for t in asked)
