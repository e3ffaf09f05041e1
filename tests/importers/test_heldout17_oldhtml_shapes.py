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
