"""Shapes of real homepages met in batch 28 (a lab site of PHP pages, old hand-written HTML, a saved WordPress
page, jemdoc), written in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _html(text: str, name: str = "publications.html", owner: str | None = None):
    return parse_html(SourceDoc(Path(name), text), ImportOptions(owner=owner))


def test_a_site_of_php_pages_holding_html_is_an_html_site(tmp_path):
    # a lab's pages are .php files the server runs (their menu and footer pulled in by PHP includes that are not
    # in the folder): each one is an HTML document, so the folder is a plain HTML site and its home is index.php;
    # a PHP file of code only, and a piece of a page (include/navbar.php), are no pages
    from kg.importers import import_path

    head = '<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>{t}</title></head>\n<body>\n' \
           '<?php require_once("include/navbar.php"); ?>\n'
    foot = "<?php require('include/footer.php'); ?>\n</body></html>\n"
    (tmp_path / "index.php").write_text(
        head.format(t="Vale Lab - Welcome") + "<h1>Group leader Dr. Robin Vale</h1>\n"
        "<p>Dr. Vale studies thin oxide films.</p>\n<p>Email: rvale@tarn.example.edu</p>\n" + foot)
    (tmp_path / "publications.php").write_text(
        head.format(t="Vale Lab - Publications") + "<h1>Publications</h1>\n<ol reversed>\n"
        "<li>Q. Hart, L. Moss, and <strong>R. Vale</strong>, Defects in folded oxide films, Journal of Odd "
        "Materials 12, 1-9, 2015.</li>\n"
        "<li><strong>R. Vale</strong> and L. Moss, Light from thin lattices, Tarn Physics Letters 3, 10-19, "
        "2013.</li>\n"
        "<li>A. Kask, <strong>R. Vale</strong>, Q. Hart, Slow walks in oxide lattices, Journal of Odd Materials "
        "9, 40-49, 2012.</li>\n"
        "</ol>\n" + foot)
    (tmp_path / "config.php").write_text("<?php\n$db = 'lab';\n?>\n")
    (tmp_path / "include").mkdir()
    (tmp_path / "include" / "navbar.php").write_text('<nav><a href="publications.php">Publications</a></nav>\n')
    p = import_path(tmp_path).profile
    assert p.person.name == "Robin Vale"
    assert p.person.email == "rvale@tarn.example.edu"
    assert [x.title for x in p.publications] == ["Defects in folded oxide films", "Light from thin lattices",
                                                   "Slow walks in oxide lattices"]
