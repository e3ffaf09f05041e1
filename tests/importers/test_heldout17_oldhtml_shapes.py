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
