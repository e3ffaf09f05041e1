"""Shapes of real homepages met in batch 33 b (PHP pages whose head an include pulls in, bibtex2html inside a
site, ...), written in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _html(text: str, name: str = "publications.html", owner: str | None = None):
    return parse_html(SourceDoc(Path(name), text), ImportOptions(owner=owner))


def test_php_pages_whose_head_a_server_include_pulls_in_are_a_site(tmp_path):
    # the pages are .php files holding no <html> of their own: each opens with PHP code including the site's
    # head (doctype, <title> naming the owner) and menu, then its own markup; the root's index.php is code only
    # (it sends the browser on to a language folder). The pages are found by what they hold, read as HTML, and the
    # owner is the one the included head names
    site = tmp_path / "site"
    (site / "en" / "parts").mkdir(parents=True)
    (site / "index.php").write_text('<?php\n$lang = "en";\nheader("Location: /" . $lang . "/");\n?>\n')
    (site / "en" / "parts" / "head.php").write_text(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Dr Mira TALVIK - Lecturer</title>\n</head>\n<body>\n')
    (site / "en" / "parts" / "menu.php").write_text(
        '<?php $here = $_SERVER["REQUEST_URI"]; ?>\n<nav><a href="<?php echo $base . "/en/papers" ?>">Papers</a>'
        '</nav>\n')
    top = '<?php\ninclude "parts/head.php";\ninclude "parts/menu.php";\nif ($x->y > 2) { $z = 1; }\n?>\n'
    (site / "en" / "index.php").write_text(
        top + "<div class=\"main\">\n<h2>Lecturer</h2>\n<p>I teach compilers at Tarn University and study "
        "how programs fail.</p>\n</div>\n<?php include 'parts/foot.php'; ?>\n")
    (site / "en" / "publications.php").write_text(
        top + "<div>\n<h2>Publications</h2>\n<ol>\n"
        "<li>M. Talvik and O. Reed. Faults in small caches. Journal of Odd Systems 4, 2021.</li>\n"
        "<li>O. Reed, M. Talvik. Tracing broken loops. Tarn Computing Letters 9, 2019.</li>\n"
        "</ol>\n</div>\n")
    from kg.importers import import_path

    p = import_path(site).profile
    assert p.person.name.lower() == "mira talvik"
    assert p.person.job_title == "Lecturer"
    assert [x.title for x in p.publications] == ["Faults in small caches", "Tracing broken loops"]
    assert all(any(a.is_self for a in x.authors) for x in p.publications)
    assert not any("$x" in u.text or "->" in u.text for u in p.unparsed)

