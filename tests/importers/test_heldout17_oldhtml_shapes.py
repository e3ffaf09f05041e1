"""Shapes of real pages met in held-out batch 17 (hand-written and CMS-saved HTML sites), each written here in
our own words with invented names: a GitHub Pages site whose static ``index.html`` is the home page while an
``index.md`` beside it holds someone else's page; a French CMS page of books (table rows), chapters and
conferences; a 1990s list of reprints whose entries name no authors and give the year in braces."""

from __future__ import annotations

from kg.importers import import_path
from tests.importers.sitefiles import write_site as _write

SAVED_HOME = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><title>Accueil</title></head>
<body>
<div id="menu"><a href="index.html">Accueil</a> <a href="papiers.html">Publications</a></div>
<div id="content">
<h2>Actualités</h2>
<ul><li>Un nouveau livre sur les tables de marée est paru.</li></ul>
</div>
<div id="footer"><h1>Odile Marchetti</h1><h4>Professeure en statistique</h4></div>
</body></html>
"""

SAVED_PAPERS = """<!DOCTYPE html>
<html><head><title>Publications</title></head>
<body>
<div id="content">
<h2>Articles</h2>
<ol>
<li>Marchetti, O., Brun, P. (2015). Tidal tables without tears. <i>Journal of Coastal Numbers</i>, 3, 1-9.</li>
<li>Lenoir, A., Marchetti, O. (2012). Counting gulls by the hour. <i>Seabird Statistics</i>, 7, 20-31.</li>
</ol>
</div>
</body></html>
"""

OTHER_PERSON_MD = """<!DOCTYPE html>
<html lang="en">
<head><meta name="author" content="Quentin Havel"><title>QH</title></head>
<body>
<h1>Quentin Havel</h1>
<p>Senior researcher, Unit of Applied Maths, Institute of Somewhere</p>
</body>
</html>
"""


def test_static_index_html_is_the_home_over_an_index_md_leftover(tmp_path):
    # Jekyll copies an HTML file without front matter as it is, after rendering the pages: the static index.html
    # is what the site serves at its root, not the page index.md (a copy of another person's page) renders to
    site = _write(tmp_path, {"_config.yml": "theme: jekyll-theme-cayman\ntitle: Odile Marchetti\n",
                             "index.html": SAVED_HOME, "papiers.html": SAVED_PAPERS, "index.md": OTHER_PERSON_MD})
    profile = import_path(site).profile
    assert profile.person.name == "Odile Marchetti"
    titles = [p.title for p in profile.publications]
    assert "Tidal tables without tears" in titles
    assert "Counting gulls by the hour" in titles


BOOKS_AND_TALKS = """<!DOCTYPE html>
<html><head><title>Publications</title></head>
<body>
<h1>Odile Marchetti</h1>
<h1>Livres</h1>
<h2>Livres en français</h2>
<table><tbody>
<tr><td><p><img src="cover1.png"></p></td>
<td><p>O. Marchetti, P. Brun &amp; A. Lenoir<br>  (2016) <span class="italic"><a href="http://books.example.org/marees">Les tables de marée pour tous, 2e édition</a></span>.<br>  Presses du Port 18€. <a href="http://shop.example.org/marees">Commander</a>.</p></td></tr>
<tr><td><p><img src="cover2.png"></p></td>
<td><p>Brun, P., Marchetti, O. &amp; Lenoir, A.<br>  (2012) <span class="italic">Compter les mouettes</span>. (<a href="http://data.example.org/m">Données</a>)<br>  Éditions de la Côte. ISBN 978-0-00-000000-0</p></td></tr>
</tbody></table>
<h1>Chapitres d'ouvrages</h1>
<ol><li><span class="bold">Marchetti, O.</span> Lenoir, A., Brun, P. (2014). Tides and tables. Dans Handbook of Coastal Numbers, Harbour Press.</li></ol>
<h1>Conferences</h1>
<ol>
<h3>Conferences with proceedings</h3>
<li>Brun, P. &amp; <span class="bold">Marchetti, O.</span> (2008). Gull counts at dawn. Proceedings of the Coastal Days, 1-10.</li>
<h3>Tutorials</h3>
<li><span class="bold">Marchetti, O.</span> (2015). Tide tables with R (3 hours). Harbour useR day, Brest.</li>
<h3>Invited conference</h3>
<li><span class="bold">Marchetti, O.</span> (2013). Why tables matter. Coastal Statistics Week, Nantes.</li>
</ol>
</body></html>
"""


def test_french_book_and_chapter_sections_table_rows_and_talk_subheadings(tmp_path):
    # "Livres", "Chapitres d'ouvrages": the sections of a French page of papers; a book is a table row whose
    # citation cell sets the authors, "(year) <italic title>" and the publisher on lines of their own (the italic
    # by a CMS class); "Tutorials" and "Invited conference" inside the list of conferences head talks
    page = _write(tmp_path, {"papers.html": BOOKS_AND_TALKS}) / "papers.html"
    profile = import_path(page).profile
    by_title = {p.title: p for p in profile.publications}
    assert set(by_title) == {"Les tables de marée pour tous, 2e édition", "Compter les mouettes", "Tides and tables",
                             "Gull counts at dawn"}
    book = by_title["Les tables de marée pour tous, 2e édition"]
    assert book.year == 2016 and book.venue.startswith("Presses du Port")
    assert [a.name for a in book.authors] == ["O. Marchetti", "P. Brun", "A. Lenoir"]
    assert by_title["Compter les mouettes"].year == 2012
    # "Marchetti, O. Lenoir, A., Brun, P.": the comma after the first initial forgotten
    assert [a.name for a in by_title["Tides and tables"].authors] == ["O. Marchetti", "A. Lenoir", "P. Brun"]
    assert len(profile.talks) == 2  # (the tutorial and the invited conference, no papers)


HAND_WRITTEN_REPRINTS = (
    "<HTML><HEAD><TITLE>Papers</TITLE></HEAD><BODY>\r\n"
    "<H1>Rolf Q. Nadder</H1>\r\n"
    "<P ALIGN=Left><font face=\"Arial\"><BIG><B>REPRINTS :: SEPARATAS</B></BIG></font>\r\n"
    "<P ALIGN=Left>\r\n<font face=\"Arial\"><BIG>\r\n"
    "<FONT COLOR=\"#0000ff\"><A HREF=\"order.pdf\"><font color=\"#000000\">Rule order and tidal\r\n"
    "compatibility</font></A></FONT>\r\n{1976 reprint}</BIG> </font>\r\n"
    "<P ALIGN=Left>\r\n"
    "<FONT COLOR=\"#0000ff\"><BIG><A HREF=\"prej.pdf\"><font color=\"#000000\">Prejudice and harbour\r\n"
    "pronunciation {1977 reprint}</font></A></BIG></FONT>\r\n"
    "<P ALIGN=Left>\r\n"
    "<span><font size=\"4\">Does tidal agreement carry a\r\nproduction cost? {2017; contact\r\n"
    "<a href=\"mailto:rq@example.edu\">rq@example.edu</a>}</font></span><P ALIGN=Left>\r\n"
    "<FONT COLOR=\"#0000ff\"><A HREF=\"cr.pdf\"><font color=\"#000000\">Harbour talk and inland\r\n"
    "speech</font></A></FONT> {1993 reprint; with Armin Tollers}</BIG> </font>\r\n"
    "<P ALIGN=Left>\r\n"
    "[con Graciela Moor]. <A HREF=\"trans.pdf\">Transacciones del puerto y del mar</A> {separata de 2016}\r\n"
    "<P ALIGN=Left>\r\n"
    "<P ALIGN=Left><font face=\"Arial\"><BIG><B>PREPRINTS/UNPUBLISHED :: INEDITOS</B></BIG></font>\r\n"
    "<P ALIGN=Left>\r\n"
    "<FONT COLOR=\"#0000ff\"><BIG><A HREF=\"cop.pdf\"><font color=\"#000000\">The evolution of the harbour\r\n"
    "copula </font> <I><font color=\"#000000\">s&atilde;</font></I></A></BIG></FONT>\r\n"
    "<P ALIGN=Left>\r\n"
    "<FONT COLOR=\"#0000ff\"><A HREF=\"gulls.pdf\">Gull calls in the northern harbours</A></FONT>\r\n"
    "<P ALIGN=Left>\r\n"
    "<FONT COLOR=\"#0000ff\"><A HREF=\"ferry.pdf\">Ferry talk: a second look</A></FONT>\r\n"
    "<P ALIGN=Left>\r\n"
    "<P ALIGN=Left><font face=\"Arial\"><BIG><B>Miscellaneous research links</B></BIG></font>\r\n"
    "<UL><LI><A HREF=\"seminar.html\">Harbour seminar</A><LI><A HREF=\"notes.pdf\">Informal notes on tide tables</A>\r\n"
    "<LI><A HREF=\"board.html\">Notice board</A></UL>\r\n"
    "</BODY></HTML>\r\n")


def test_reprint_list_without_authors_years_in_braces(tmp_path):
    # a 1990s list of the owner's reprints: one <P> per paper, a linked title (the link may hold the year note too),
    # "{1976 reprint}" / "{2017; contact <mailto>}" after it, no authors (the owner implied), a coauthor named
    # "with X" inside the braces or "[con X]." before the title; unpublished papers are their linked PDFs alone,
    # as a list (one PDF among links of other kinds is a document, no paper)
    page = _write(tmp_path, {"papers.htm": HAND_WRITTEN_REPRINTS}) / "papers.htm"
    pubs = {p.title: p for p in import_path(page).profile.publications}
    assert set(pubs) == {"Rule order and tidal compatibility", "Prejudice and harbour pronunciation",
                         "Does tidal agreement carry a production cost?", "Harbour talk and inland speech",
                         "Transacciones del puerto y del mar", "The evolution of the harbour copula sã",
                         "Gull calls in the northern harbours", "Ferry talk: a second look"}
    assert pubs["Prejudice and harbour pronunciation"].year == 1977
    assert pubs["Does tidal agreement carry a production cost?"].year == 2017
    assert [a.name for a in pubs["Harbour talk and inland speech"].authors] == ["Rolf Q. Nadder", "Armin Tollers"]
    assert [a.name for a in pubs["Transacciones del puerto y del mar"].authors] == ["Rolf Q. Nadder", "Graciela Moor"]
    assert pubs["The evolution of the harbour copula sã"].year is None


def test_c1_control_characters_read_as_windows_1252():
    # "From \x93more\x94 to \x93less\x94": curly quotes a Windows editor stored as C1 code points in UTF-8
    from kg.importers.base import decode_text

    assert decode_text("From \x93more\x94 to \x93less\x94 \x96 a".encode(), "p.htm", html=True)[0] == \
        "From \u201cmore\u201d to \u201cless\u201d \u2013 a"


def test_stars_after_the_first_author_mark_corresponding_authors():
    # "<b>R. Vale</b>, L. Wong*, W. Gao*, F. Min": a run of starred authors that leaves out the first is no
    # co-first authorship; without a legend the stars mark the corresponding authors
    from kg.importers.common import split_authors

    authors = split_authors("R. Vale, L. Wong*, W. Gao*, F. Min").authors
    assert [a.marks for a in authors] == [[], ["corresponding"], ["corresponding"], []]
    first = split_authors("R. Vale*, L. Wong*, W. Gao").authors
    assert [a.marks for a in first] == [["equal_contribution"], ["equal_contribution"], []]


TEMPLATE_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>Home</title></head>
<body><div id="wrap">
<div id="header"><h1 id="logo-text">Ruo Vale</h1></div>
<div id="sidebar"><h3>Sidebar Menu</h3>
<ul class="sidemenu">
<li><a href="index.html">Home</a></li>
<li><a href="#aboutme">About Me</a></li>
<li><a href="#interests">Research Interests</a></li>
<li><a href="#experiences">Research Experiences</a></li>
<li><a href="#honors">Awarded Honors</a></li>
</ul></div>
<div id="main">
<h2>Thesis</h2>
<h3>Master Thesis</h3>
<ol><li>R. Vale, <font color=#0000ff>Tidal scheduling of harbour cranes with learned rules</font>, <em>Lakeside University</em>, 2023.6</li></ol>
<h2>Journal Publications</h2>
<h3>---2024---</h3>
<ol reversed>
<li><b>R. Vale</b>, L. Wong*, W. Gao*, F. Min <font color=#0000ff>Memetic search for crane schedules in busy harbours</font>, <font color="red"><em>Journal of Harbour Computing</em></font>. Accept.</li>
</ol>
</div></div></body></html>
"""


def test_hand_edited_template_coloured_titles_ruled_year_headings_and_theses(tmp_path):
    # a 2000s template: the sidebar's list of in-page links is the page's contents (no affiliations); a title in a
    # colour of its own right after the names (no comma before it); "---2024---" heads the year's papers;
    # "Thesis" / "Master Thesis" head the owner's thesis
    page = _write(tmp_path, {"index.html": TEMPLATE_PAGE}) / "index.html"
    profile = import_path(page).profile
    assert not any("Research" in a.name for a in profile.person.affiliations)
    pubs = {p.title: p for p in profile.publications}
    assert set(pubs) == {"Tidal scheduling of harbour cranes with learned rules",
                         "Memetic search for crane schedules in busy harbours"}
    paper = pubs["Memetic search for crane schedules in busy harbours"]
    assert paper.year == 2024
    assert [a.name for a in paper.authors] == ["R. Vale", "L. Wong", "W. Gao", "F. Min"]
    assert [a.marks for a in paper.authors][1:3] == [["corresponding"], ["corresponding"]]


def test_drop_cap_link_label_names_the_bio_page(tmp_path):
    # "<font size=6>B</font><font size=5>io sketch</font>": a first letter in a font of its own is the word's; the
    # link names the owner's bio page, which is read beside the home page
    home = ("<HTML><HEAD><TITLE>Rolf Q. Nadder</TITLE></HEAD><BODY><FONT SIZE=7>Rolf Q. Nadder</FONT><P>Professor of Harbour Linguistics</P>\n"
            "<P><A HREF=\"mybio.htm\"><FONT SIZE=6>B</FONT><FONT SIZE=5>io sketch</FONT></A></P></BODY></HTML>\n")
    bio = ("<HTML><BODY><P><B>Rolf Q. Nadder</B> is Professor of Harbour Linguistics at Lakeside University. "
           "He received his Ph.D. from the University of Tidewater in 1975.</P></BODY></HTML>\n")
    site = _write(tmp_path, {"index.html": home, "mybio.htm": bio})
    profile = import_path(site).profile
    assert "mybio.htm" in [p.file for p in profile.source.parts]
    assert [e.institution for e in profile.person.education] == ["University of Tidewater"]
