"""Lists as old HTML editors wrote them (MSHTML, FrontPage, WordPerfect's publisher), each written here in our own
words with invented names: ``<MENU>`` and ``<DIR>`` as lists, and papers told apart by ``<HR>`` rules rather than
by list items."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _pubs(text: str, owner: str = "Ida Brenner", name: str = "papers.htm"):
    return parse_html(SourceDoc(Path(name), text), ImportOptions(owner=owner)).publications


_MENU_RULES = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>I.Brenner-papers</TITLE>
<META content="MSHTML 6.00.2800.1458" name=GENERATOR></HEAD>
<BODY>
<H1>Working Papers</H1>
<MENU>
<HR>
  <A href="papers/tides.pdf"><IMG src="gifs/get.gif" border=0></A> Ida Brenner and Olaf Quist, 2024,
  <I>Forecasting Tides With Many Small Harbours</I>
  <HR>
<HR>
  <A href="papers/gulls.pdf"><IMG src="gifs/get.gif" border=0></A> Ida Brenner, 2022,
  <I>Counting Gulls in Real Time</I>
  <HR>
</MENU>
<H1>Published Papers</H1>
<MENU>
<HR>
  <A href="papers/ferry.pdf"><IMG src="gifs/get.gif" border=0></A> Pia Lund and Ida Brenner, 2019,
  <I>A Survey of Ferry Timetables</I>, <b>Journal of Harbour Studies</b>.
  <HR>
<HR>
  <A href="papers/buoys.pdf"><IMG src="gifs/get.gif" border=0></A> Ida Brenner, Pia Lund and Olaf Quist, 2015,
  <I>Buoys, Bells and Beacons: Evidence From Three Coasts</I>, <b>Review of Coastal Economics</b>.
  <HR>
<HR>
  <A href="papers/nets.pdf"><IMG src="gifs/get.gif" border=0></A> Brenner, I. and O. Quist, 1998,
  <I>Nets With Holes: Nonlinear Models of the Catch</I>, <b>Journal of Fishery Econometrics</b>.
  <HR>
</MENU>
</BODY></HTML>
"""


def test_menu_list_of_papers_between_rules():
    # MSHTML's "<MENU>" holding no items, its papers one after another between "<HR>"s (a download image link,
    # the authors and year, the title in italics, the journal in bold): a paper per rule, not one for the box
    pubs = {p.title: p for p in _pubs(_MENU_RULES)}
    assert set(pubs) == {"Forecasting Tides With Many Small Harbours", "Counting Gulls in Real Time",
                         "A Survey of Ferry Timetables", "Buoys, Bells and Beacons: Evidence From Three Coasts",
                         "Nets With Holes: Nonlinear Models of the Catch"}
    assert pubs["A Survey of Ferry Timetables"].venue == "Journal of Harbour Studies"
    assert pubs["A Survey of Ferry Timetables"].year == 2019
    assert [a.name for a in pubs["Forecasting Tides With Many Small Harbours"].authors] == ["Ida Brenner",
                                                                                         "Olaf Quist"]


_DIR_ITEMS = """<HTML><HEAD><TITLE>Publications</TITLE>
<META name="GENERATOR" content="Microsoft FrontPage 4.0"></HEAD>
<BODY>
<H2>Publications</H2>
<DIR>
<LI>Brenner, I. and Lund, P. (2003). Harbour noise and its measurement. <I>Acoustics of Ports</I> 12, 1-19.
<LI>Quist, O. and Brenner, I. (2001). Wave counts from old logbooks. <I>Maritime History Review</I> 8, 44-60.
<LI>Brenner, I. (1999). A note on tidal clocks. <I>Journal of Coastal Numbers</I> 2, 5-9.
</DIR>
</BODY></HTML>
"""


def test_dir_list_items_without_closing_tags():
    # FrontPage's "<DIR>" with "<LI>" items left open: a list, an entry per item
    pubs = {p.title: p for p in _pubs(_DIR_ITEMS, name="publications.htm")}
    assert set(pubs) == {"Harbour noise and its measurement", "Wave counts from old logbooks",
                         "A note on tidal clocks"}
    assert pubs["Wave counts from old logbooks"].venue.startswith("Maritime History Review")


_CELL_RULES = """<html><head><title>Papers</title></head>
<body>
<h2>Papers</h2>
<table><tr><td>
<a href="p1.pdf"><img src="pdf.gif"></a> Ida Brenner and Olaf Quist, 2020, <i>Salt Marsh Accounting for Beginners</i>,
<b>Journal of Wetland Economics</b>.
<hr>
<a href="p2.pdf"><img src="pdf.gif"></a> Pia Lund and Ida Brenner, 2017, <i>The Price of a Lighthouse</i>,
<b>Coastal Policy Quarterly</b>.
<hr>
<a href="p3.pdf"><img src="pdf.gif"></a> Ida Brenner, 2012, <i>Sand Bars and Their Owners</i>, <b>Review of Coastal Economics</b>.
</td></tr></table>
</body></html>
"""


def test_table_cell_of_papers_between_rules():
    # a one-cell layout table whose papers are parted by "<hr>"s: the cell is no row of one entry
    pubs = {p.title: p for p in _pubs(_CELL_RULES, name="papers.html")}
    assert set(pubs) == {"Salt Marsh Accounting for Beginners", "The Price of a Lighthouse",
                         "Sand Bars and Their Owners"}
    assert pubs["The Price of a Lighthouse"].venue == "Coastal Policy Quarterly"


_DD_INDENTED = """<HTML><HEAD><TITLE>Papers</TITLE></HEAD>
<BODY>
<H2>Papers</H2>
<DL>
<DD>(with O. Quist) <A HREF="tides.pdf">Tidal clocks and their keepers</A>, J. Coastal Numbers 12 (2003), 1-19.
<DD>(with P. Lund and O. Quist) <A HREF="gulls.pdf">Gull counts from old logbooks</A>, Maritime Hist. Rev. 8 (2001), 44-60.
<DD><A HREF="nets.pdf">Nets with holes</A>, Fishery Math. 2 (1999), 5-9.
</DL>
</BODY></HTML>
"""


def test_definition_list_of_indented_papers_without_terms():
    # "<DL><DD>" used to indent: each "<DD>" under no "<DT>" is a paper of its own, not a description of one term
    pubs = {p.title: p for p in _pubs(_DD_INDENTED)}
    assert set(pubs) == {"Tidal clocks and their keepers", "Gull counts from old logbooks", "Nets with holes"}
    assert pubs["Gull counts from old logbooks"].year == 2001


_BLANK_LINE_PARTS = """<html><head><title>Publications</title></head><body>
<h2>Publications</h2>
<p><strong>2016</strong><br>
Lund, P., <strong>Brenner, I.</strong> &amp; Quist, O. (2016) Salt marsh grasses under a changing tide. <em>Journal of Wetland Botany</em> 12: 1-19.<br><br>
Moor, G., <strong>Brenner, I.</strong> (2016) Seed banks of coastal meadows after flooding. <em>Coastal Ecology</em> 8: 44-60.<br><br>
<strong>Brenner, I.</strong> (2016) A review of tools for naming dune plants. <em>Journal of Dune Science</em> 27: 13-17.<br>
<span>Quist, O., Lund, P. &amp; <strong>Brenner, I.</strong> (2016) Grazing and the salt meadow flora. <em>Wetland Notes</em> 36: 287-291.</span><br><br>
Hart, E., <strong>Brenner, I.</strong> (2016) Alien shrubs on northern dunes. <em>Dune Flora</em> 88: 185-200.<br><br>
</p>
</body></html>
"""


def test_single_break_between_two_papers_where_blank_lines_part_the_others():
    # a page that parts its papers by blank lines ("<br><br>") but one pair by a single "<br>": each of the pair
    # reads alone as a whole paper, so each is one
    pubs = {p.title: p for p in _pubs(_BLANK_LINE_PARTS, name="publications.html")}
    assert set(pubs) == {"Salt marsh grasses under a changing tide", "Seed banks of coastal meadows after flooding",
                         "A review of tools for naming dune plants", "Grazing and the salt meadow flora",
                         "Alien shrubs on northern dunes"}
    assert pubs["A review of tools for naming dune plants"].venue == "Journal of Dune Science"


def _unclosed_dl_papers(n: int) -> str:
    # a paper per "<p><dl>", its title term, its abstract, a term of links; no list closed but one in the middle
    items = []
    for k in range(n):
        year = 2020 - k
        items.append(f"""<p><dl><dt><a name="p{k}"><strong>Counting harbour gulls, part {k + 1}</strong></a>
  (with Olaf Quist)
<br><i>Journal of Coastal Numbers</i> <strong>{k + 3}</strong> ({year}), {k + 1}-{k + 9}.
<dd><u>Abstract</u>: We count gulls again, this time in harbour number {k + 1}.
<dt>Full paper ({year}): <a href="papers/gulls{k}.pdf">PDF</a>
""" + ("</dl>\n</p>\n" if k == n // 2 else ""))
    return ("<html><head><title>Publications of Ida Brenner</title></head><body>\n<h2>Publications of Ida Brenner"
            "</h2>\n<p><hr>\n" + "".join(items) + "</body></html>\n")


def test_definition_lists_never_closed_one_per_paper():
    # each paper opens a "<DL>" that is never closed (one in the middle is): the HTML5 rules nest each list in
    # the one before; a browser shows them one after another, and each is one paper
    pubs = {p.title: p for p in _pubs(_unclosed_dl_papers(12), name="pubs.html")}
    assert set(pubs) == {f"Counting harbour gulls, part {k + 1}" for k in range(12)}
    assert pubs["Counting harbour gulls, part 9"].year == 2012
    assert pubs["Counting harbour gulls, part 9"].venue.startswith("Journal of Coastal Numbers")


def test_the_term_of_links_under_a_papers_abstract_is_that_papers():
    # "<dt>Title (with ...)<dd>Abstract<dt>Full paper (date): <a>PDF</a> | <a>arXiv:...</a>": the last term holds the
    # links of the paper above (they were left unread, and the first paper of such a page was lost); a term that
    # ends in a label over a <dd> of its own ("<br>Errata:") is no links term
    page = _unclosed_dl_papers(3).replace(
        '<dt>Full paper (2020): <a href="papers/gulls0.pdf">PDF</a>',
        '<dt>Full paper (5/1/20): <a href="papers/gulls0.pdf">PDF</a> | '
        '<a href="https://arxiv.org/abs/2005.01234">arXiv:2005.01234</a>').replace(
        '<dt>Full paper (2019): <a href="papers/gulls1.pdf">PDF</a>',
        '<dt>Full paper (2019): <a href="https://arxiv.org/abs/1901.04321">arXiv:1901.04321</a><br><u>Errata:</u>\n'
        '<dd><li>In table 2 the count is 95, not 59.')
    pubs = {p.title: p for p in _pubs(page, name="pubs.html")}
    assert set(pubs) >= {f"Counting harbour gulls, part {k + 1}" for k in range(3)}
    assert pubs["Counting harbour gulls, part 1"].links.get("arxiv") == "https://arxiv.org/abs/2005.01234"
    assert "arxiv" not in pubs["Counting harbour gulls, part 2"].links


_VERSION_UNDER = """<HTML><HEAD><TITLE>I.Brenner-papers</TITLE></HEAD><BODY>
<H1>Published Papers</H1>
<MENU>
<HR>
  <A href="https://example.org/p/tides.pdf"><IMG src="gifs/get.gif" border=0></A> Ida Brenner and Olaf Quist, 2019,
  <I>How Tidal Is Tidal Enough? Harbour Models Compared,</I> <B>Journal of Coastal Numbers</B>.
<HR>
  <A href="https://example.org/p/tides-long.pdf"><IMG src="gifs/get.gif" border=0></A> Ida Brenner and Olaf
  Quist, 2019, <I>How Tidal Is Tidal Enough? Harbour Models Compared. Extended Working Paper Version</I>
<HR>
  <A href="https://example.org/p/reefs.pdf"><IMG src="gifs/get.gif" border=0></A> Ida Brenner, 2017,
  <I>Reefs and Their Shadows,</I> <B>Marine Letters</B>.
</MENU></BODY></HTML>
"""


def test_an_extended_version_of_the_paper_above_is_its_link_not_a_paper():
    """"A, B, 2019, <I>Title. Extended Working Paper Version</I>" right under "A, B, 2019, <I>Title,</I> <B>J</B>":
    a version of the paper above, no paper of its own."""
    pubs = _pubs(_VERSION_UNDER)
    assert [p.title for p in pubs] == ["How Tidal Is Tidal Enough? Harbour Models Compared", "Reefs and Their Shadows"]


_NOTE_UNDER = """<HTML><HEAD><TITLE>I.Brenner-papers</TITLE></HEAD><BODY>
<H1>Working Papers</H1>
<MENU>
<HR>
  <A href="https://example.org/p/a.pdf"><IMG src="gifs/get.gif" border=0></A> &nbsp &nbsp Ida Brenner and Olaf Quist, 2023,
  <I>Consistent Tide Estimation in Harbour-Augmented
Models</I>
<br>
  <I>&nbsp &nbsp This paper is an extended but also incomplete earlier 'not-for-publication' version of the above paper.</I>
  <HR>
  <A href="https://example.org/p/b.pdf"><IMG src="gifs/get.gif" border=0></A> Ida Brenner, 2021,
  <I>Reefs and Their Shadows,</I> <B>Marine Letters</B>.
</MENU></BODY></HTML>
"""


def test_a_sentence_about_the_paper_under_its_citation_is_a_note_not_its_title():
    """"A, B, 2023, <I>Title</I><br><I>This paper is an extended ... version of the above paper.</I>": the second
    italic line speaks of the paper, a note; the first is the title (no venue)."""
    first = _pubs(_NOTE_UNDER)[0]
    assert (first.title, first.venue, first.year) == ("Consistent Tide Estimation in Harbour-Augmented Models", None, 2023)


_UNDERLINED_OWNER = """<HTML><HEAD><TITLE>papers</TITLE></HEAD><BODY>
<H1>Papers and reports</H1>
<P>Numbered items are papers; reports are not numbered. My name is underlined.</P>
<OL>
<LI><U>I Brenner</U>, P Lund, <I>Tidal counting in the small harbours of the north</I>, Harbour Journal <B>4</B>, 10-19, 1971.</LI>
<P><U>I Brenner</U>, 
<I>Buoy Signal Drift</I>, Coastal Laboratory Report, 1972. </P>
<LI><U>I Brenner</U> and O Quist, <I>A census of gulls on the northern coast</I>, Bird Review <B>9</B>, 3-8, 1973.</LI>
<P><U>I Brenner</U>, and O Quist <I>Ferry wake heights: (2) the first results,</I>
HRB/77/12 Unpublished report, 1974.</P>
<LI><U>I Brenner</U>, <I>Wave spectra measured from a moored boat</I>, Ocean Letters <B>2</B>, 77-80, 1975.</LI>
<BR><U><LI>I K Brenner, </U>Harbour Sources for Northern Fishing Boats, Sea Studies Vol.2 p11-19, Bergen, NSA, 1976. </LI>
<U><P>I Brenner</U> <I>et al</I>, <I> A new gauge for tide heights at night </I>, Unpublished report on the gauge 1980
<BR><U><Li>I Brenner </U><I><A HREF="buoy/buoy.htm">Static Buoy Sensing </I>UK Patent </A>P12 34567.8 1994</Li>
</OL>
</BODY></HTML>
"""


def test_an_italic_title_that_reads_like_a_name_between_the_names_and_a_venue_is_the_title():
    # "<U>Owner</U>, <I>Three Capitalised Words</I>, Laboratory Report, 1972": three capitalised words may be a
    # name, but an italic run after the names with a venue of its own after it is the work's title; so is a long
    # italic title whose words include a venue's ("results") after "Owner, and Coauthor" with no comma
    pubs = _pubs(_UNDERLINED_OWNER)
    by_title = {p.title: p for p in pubs}
    assert "Buoy Signal Drift" in by_title
    assert by_title["Buoy Signal Drift"].year == 1972
    assert by_title["Buoy Signal Drift"].venue == "Coastal Laboratory Report"
    assert [a.name for a in by_title["Buoy Signal Drift"].authors] == ["I Brenner"]
    drift = next(p for p in pubs if p.title.startswith("Ferry wake heights"))
    assert drift.year == 1974 and [a.name for a in drift.authors] == ["I Brenner", "O Quist"]
    assert "et al" not in by_title  # "<U>Owner</U> <I>et al</I>, <I>Title</I>": the names' end, no title
    assert by_title["A new gauge for tide heights at night"].year == 1980
    # a patent (no field) is no work, its number opened by a letter or not ("UK Patent P12 34567.8")
    assert "Static Buoy Sensing" not in by_title
    assert len(pubs) == 7


def test_plain_citation_after_the_owners_underlined_name_reads_title_to_the_comma():
    # "<U>Owner, </U>Title In Capitals, Venue Vol.2 p11-19, Place, 1976.": nothing styled but the owner's name
    # (here with a middle initial the owner's name elsewhere leaves out), which closes the names; the title runs to
    # the next comma, the venue after it
    boats = next(p for p in _pubs(_UNDERLINED_OWNER) if p.year == 1976)
    assert boats.title == "Harbour Sources for Northern Fishing Boats"
    assert [a.name for a in boats.authors] == ["I K Brenner"]
    assert boats.venue.startswith("Sea Studies Vol.2")


def test_a_venue_cut_by_a_paragraph_break_is_read_whole(tmp_path):
    # Word broke one entry into two paragraphs inside its journal's name ("... International Journal of" /
    # "River Studies and Delta Science, Tarn Press, vol. 5(2): 155-166, 2021."); before, the entry had no year and
    # the second paragraph was read as a work of its own
    page = tmp_path / "publications.htm"
    page.write_text("<html><head><title>Tomas Varga</title></head><body><p><b>Journals</b></p>"
                    "<p>Ines Moreau and Tomas Varga. Silt in slow rivers. International Journal of</p>"
                    "<p>River Studies and Delta Science, Tarn Press, vol. 5(2): 155-166, 2021.</p>"
                    "<p>Tomas Varga. Gravel bars after floods. River Letters, Westmoor Press, vol. 2: 1-9, 2016.</p>"
                    "</body></html>", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year, p.volume) for p in pubs] == [
        ("Silt in slow rivers", "International Journal of River Studies and Delta Science, Tarn Press", 2021, "5(2)"),
        ("Gravel bars after floods", "River Letters, Westmoor Press", 2016, "2")]


_EVERY_AUTHOR_BOLD = """<HTML><BODY>
<H1>Ida Brenner</H1>
<H1>Refereed Papers</H1>
<OL>
<LI>
<B>Olaf Quist</B>,
<B>Marit Sand</B>, <B>Ida Brenner</B>,
Low-tide, High-tide Harbour Sounding and Mapping.
HARB 2021: 11-19, 2021.
<P>
<LI><B><A href="http://example.org/~quist">Olaf Quist</A></B> and
<B>Ida Brenner</B>, Dredging by Numbers. In Proceedings of the Coastal Works Meeting
(CWM'09), pp. 40-52, Bergen, May 2009.
<P>
<LI><B>Ida Brenner</B>, Floating Breakwater Arrays,
Journal of Harbour Engineering (JHE), 8(3), pp. 120-141, March 2004.
<P>
<LI><B>Ida Brenner</B>, Sea Walls of Small Islands (in Norwegian with English abstract),
Bull. Coastal Soc. of Bergen, Norway, 1994.
<P>
<LI>
<B>Marit Sand</B>,
<B>Ida Brenner</B>,
<B>Olaf Quist</B>:
Measuring silt in small harbours from the quay
and from the air,
Harbour Letters 14(6): 227-246 (2016)
<P>
<LI><B>Ida Brenner</B>, Olaf Quist*. (2018). Tidal gates: a review. <I>Harbour Letters</I>. 3(2), 1-9.
<P>
</OL>
</BODY></HTML>
"""


def test_a_page_that_sets_every_author_in_bold_has_the_bold_names_as_authors():
    """Every author in <B>, no other markup between names, title and venue: the bold names opening an item are
    its authors, though the title after them holds commas and capitalized words that read as names
    ("Low-tide, High-tide Harbour Sounding"); an owner alone in bold before a title of capitalized words
    ("Floating Breakwater Arrays") is read too, the title then running to the venue's piece."""
    pubs = {p.title: p for p in _pubs(_EVERY_AUTHOR_BOLD)}
    low = pubs["Low-tide, High-tide Harbour Sounding and Mapping"]
    assert [a.name for a in low.authors] == ["Olaf Quist", "Marit Sand", "Ida Brenner"] and low.year == 2021
    dredging = pubs["Dredging by Numbers"]
    assert [a.name for a in dredging.authors] == ["Olaf Quist", "Ida Brenner"] and dredging.year == 2009
    arrays = pubs["Floating Breakwater Arrays"]
    assert [a.name for a in arrays.authors] == ["Ida Brenner"] and arrays.year == 2004
    # (the language it is written in, in brackets after the title, is no word of the title)
    walls = pubs["Sea Walls of Small Islands"]
    assert [a.name for a in walls.authors] == ["Ida Brenner"] and walls.year == 1994
    # (the owner alone in bold, a plain marked name after: the plain reading's names stand)
    assert [a.name for a in pubs["Tidal gates: a review"].authors] == ["Ida Brenner", "Olaf Quist"]
    # (names closed by a colon, the plain reading right on them but running the title into the venue)
    silt = pubs["Measuring silt in small harbours from the quay and from the air"]
    assert [a.name for a in silt.authors] == ["Marit Sand", "Ida Brenner", "Olaf Quist"]
    assert (silt.venue, silt.year) == ("Harbour Letters", 2016)
    assert len(pubs) == 6


_CLOSING_BRACKET_VENUES = """<html><head><title>Ida Brenner Files.</title></head>
<body>
<div class="content">
<ul>
  <li class="paper">
   <div class="box">
    Walls of the Harbour in Decay, with Olaf Quist
    (Ann. Coastal Logic 14 (2006), pp. 39-46)
    <a href="papers/walls.pdf">pdf file</a>
   </div>
  </li>
  <li class="paper">
   <div class="box">
    On the Counting of Lost Gulls (Proceedings CTS, Vol. 13
    (2009), no. 1, pp. 307-316)
    <a href="papers/gulls.pdf">pdf file</a>
   </div>
  </li>
  <li class="paper">
   <div class="box">
    Tides without an End, with Olaf Quist, Jr., Mara Lind,
    and Per Ek (JCT, 74 (2010), no. 2, pp
    693-711)
    <a href="papers/tides.pdf">pdf file</a>
   </div>
  </li>
  <li class="paper">
   <div class="box">
    Salt Marsh Maps (In: A. Roe, and B. Sand (eds), The Book of Shores,
    2011, pp. 9-12)
    <a href="papers/marsh.pdf">pdf file</a>
   </div>
  </li>
  <li class="paper">
   <div class="box">
    Open Questions on Lost Gulls (submitted), with Olaf Quist
    <a href="papers/questions.pdf">pdf file</a>
   </div>
  </li>
  <li class="paper">
   <div class="box">
    A Book on Gulls Yet to Come, with Olaf Quist
   </div>
  </li>
</ul>
</body></html>
"""


def test_papers_whose_venue_the_closing_brackets_hold_with_the_owner_implied():
    # a page with no heading, each paper box (class "paper") "Title, with A (Venue 14 (2006), pp. 1-2)" or
    # "Title (Venue, Vol. 13 (2009), ...)": the owner implied first, the names after "with" the coauthors (the
    # comma before "Jr." no separator), the venue and year inside the brackets; a book's editors before it
    # ("(eds)") are no authors; a submitted paper "Title (submitted), with A" names no venue and is one too, a
    # plan with neither its status nor its file ("Title, with A") none
    pubs = _pubs(_CLOSING_BRACKET_VENUES)
    assert [(p.title, p.year) for p in pubs] == [
        ("Walls of the Harbour in Decay", 2006), ("On the Counting of Lost Gulls", 2009),
        ("Tides without an End", 2010), ("Salt Marsh Maps", 2011), ("Open Questions on Lost Gulls", None)]
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Ida Brenner", "Olaf Quist"], ["Ida Brenner"], ["Ida Brenner", "Olaf Quist, Jr", "Mara Lind", "Per Ek"],
        ["Ida Brenner"], ["Ida Brenner", "Olaf Quist"]]
    assert pubs[4].notes == ["submitted"]
    assert (pubs[0].venue, pubs[0].volume, pubs[0].pages) == ("Ann. Coastal Logic", "14", "39-46")


_WITH_AFTER_LINKED_TITLES = """<html><head><title>Nora Bell</title></head><body>
<h2>Journal Articles</h2>
<ul>
<li><a href="pdf/cones.pdf">Fractional Cones and Hex Lattices</a>, with <a href="http://example.org/roe">P.R. Roe</a>,
<i>Journal of Lattices</i>, <strong>47</strong>, No. 5, 2017, 1655-1691.<p></p>
<li><a href="pdf/multi.pdf">Multifilters and Integer Transforms</a>, with <a href="http://example.org/lee">D. Lee</a>,
<i>Axioms</i>, <strong>2</strong>, No. 3, 2013, 371-389.<p></p>
<li><a href="pdf/rec.pdf">Recursion for Cone Lattices</a>, with D. Lee and J. Wu, <i>Numer. Lattices</i>,
<strong>9</strong>, 1995, 11-20.<p></p>
</ul></body></html>"""


def test_a_linked_title_of_two_phrases_joined_by_and_before_its_with_coauthors():
    # "<a>Fractional Cones and Hex Lattices</a>, with <a>P.R. Roe</a>, <i>Venue</i>": the title's "and" joins two
    # capitalised phrases as a pair of names would, but the linked run before ", with" is the title, the owner
    # implied first; before: the title was "with P.R. Roe" by the two "names", and the second entry was lost
    pubs = _pubs(_WITH_AFTER_LINKED_TITLES, owner="Nora Bell", name="vita.html")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Fractional Cones and Hex Lattices", "Journal of Lattices", 2017),
        ("Multifilters and Integer Transforms", "Axioms", 2013), ("Recursion for Cone Lattices", "Numer. Lattices", 1995)]
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Nora Bell", "P.R. Roe"], ["Nora Bell", "D. Lee"], ["Nora Bell", "D. Lee", "J. Wu"]]
