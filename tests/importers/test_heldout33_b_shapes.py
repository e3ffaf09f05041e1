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


_BIBTEX2HTML_ROW = """
<tr valign="top">
<td align="right" class="bibtexnumber">
[<a name="{key}">{n}</a>]
</td>
<td class="bibtexitem">
{authors}.
 {title}.
 In <em>{venue}</em>, Tarn,
  May {year}.
[&nbsp;<a href="lists_bib.html#{key}">bib</a>&nbsp;]

</td>
</tr>
"""


def test_a_page_of_a_written_out_jekyll_collection_is_read_where_the_home_links_it(tmp_path):
    # a minima site keeps a bibtex2html list in a collection folder ("_lists/"), which its _config.yml writes out
    # at the root ("output: true", "permalink: /:name"); the home page links it as "papers.html". That file is a
    # page of the site (read as the HTML it is, with its title lines broken as bibtex2html breaks them), not a
    # file the generator keeps for itself
    (tmp_path / "_config.yml").write_text(
        "title: Home\nauthor: Mira Talvik\ntheme: minima\ncollections:\n  lists:\n    output: true\n"
        "    permalink: /:name\n")
    (tmp_path / "index.md").write_text(
        "---\ntitle: Mira Talvik\nlayout: page\n---\n\nI am a lecturer at Tarn University.\n\n"
        "* My [reviewed papers](papers.html).\n")
    (tmp_path / "_lists").mkdir()
    rows = [("Talvik2021", "Mira&nbsp;Talvik and Olev Reed", "Faults in small\n  caches of old machines",
             "Proceedings of the Tarn Workshop", 2021),
            ("Reed2019", "Olev Reed, Anu Kask, and Mira&nbsp;Talvik", "Tracing broken loops\n  in a day",
             "Tarn Computing Letters", 2019),
            ("Kask2018", "Anu Kask and Mira&nbsp;Talvik", "Slow walks", "Odd Systems Meeting", 2018)]
    (tmp_path / "_lists" / "papers.html").write_text(
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        "<title>Mira Talvik: Papers</title>\n</head>\n<body>\n<h1>Mira Talvik: Papers</h1>\n<table>\n"
        + "".join(_BIBTEX2HTML_ROW.format(key=k, n=i + 1, authors=a, title=t, venue=v, year=y)
                  for i, (k, a, t, v, y) in enumerate(rows))
        + "</table>\n</body>\n</html>\n")
    from kg.importers import import_path

    p = import_path(tmp_path).profile
    assert [x.title for x in p.publications] == ["Faults in small caches of old machines",
                                                   "Tracing broken loops in a day", "Slow walks"]
    assert [[a.name for a in x.authors] for x in p.publications][1] == ["Olev Reed", "Anu Kask", "Mira Talvik"]
    assert [x.year for x in p.publications] == [2021, 2019, 2018]


def test_a_collection_not_written_out_serves_no_page(tmp_path):
    from kg.importers.site.files import collection_document, collection_documents

    (tmp_path / "_config.yml").write_text(
        "collections:\n  lists:\n    output: false\n    permalink: /:name\n  talks:\n    output: true\n")
    for folder in ("_lists", "_talks"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "papers.html").write_text("<p>x</p>\n")
    served = collection_documents(tmp_path)  # (the configuration read once for every link)
    assert collection_document(served, "papers.html") is None
    assert collection_document(served, "/talks/papers.html") == tmp_path / "_talks" / "papers.html"
    assert collection_document(served, "/talks/papers/") == tmp_path / "_talks" / "papers.html"


def test_a_teaching_experience_heading_is_teaching():
    # "Teaching Experience" is the owner's teaching (as "Research Experience" is positions held): no list of jobs
    from kg.importers.common import section_kind

    assert section_kind("Teaching Experience") == "teaching"
    assert section_kind("Teaching experiences") == "teaching"
    assert section_kind("Research Experience") == "experience"


def test_a_row_of_venue_badges_names_the_venue_first():
    # a paper table of thumbnails and text cells: the title element, the names, then one venue badge, or two for
    # a paper shown at two workshops; the first badge is the venue
    def row(title, names, badges):
        return ('<tr><td class="thumbcell"><img src="t.png" alt=""></td>\n<td class="textcell">\n'
                f"<papertitle>{title}</papertitle>\n<br>\n{names}\n<br>\n"
                + "\n".join(f'<span class="venue-badge">{b}</span>' for b in badges) + "\n</td></tr>\n")

    page = ('<html><body><p class="name">Mira Talvik</p>\n<h2>Selected Publications</h2>\n<table class="pubs">\n'
            + row("Faults in small caches", "<strong>Mira Talvik</strong>, Olev Reed",
                  ["LOOP @ TCS 2026", "Caches 2.0 @ OSM 2026"])
            + row("Tracing broken loops", "Olev Reed, <strong>Mira Talvik</strong>", ["TCS 2025"])
            + "</table>\n</body></html>")
    p = _html(page, "index.html")
    assert [(x.venue or "").removesuffix(" 2026") for x in p.publications][0] == "LOOP @ TCS"
    assert [x.year for x in p.publications] == [2026, 2025]


def test_a_bio_naming_the_degree_after_the_word_degree():
    # "received the degree of M.Eng. in X from A, U.K., in 1991, and the degree of Ph.D. from B, U.K., in 2012":
    # two degrees, each with its place (the country's initials no end of the sentence) and year
    from kg.importers.page.parse import parse_markdown_page

    page = ("# Mira Talvik\n\nMira Talvik received the degree of M.Eng. in Rocket Engineering from the University "
            "of Tarn, U.K., in 1991, and the degree of Ph.D. (by publication) from the University of Lakeside, "
            "U.K., in 2012.\n\nShe is a lecturer at Tarn University.\n")
    p = parse_markdown_page(SourceDoc(Path("bio.md"), page), ImportOptions(owner="Mira Talvik"))
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("M.Eng.", "University of Tarn, U.K.", 1991), ("Ph.D.", "University of Lakeside, U.K.", 2012)]


def test_member_cards_named_by_a_heading_under_each_group():
    # a lab's people page: under "Ph.D. Students", "M.S. Students", "Undergraduate Researchers", "Alumni" (in
    # Hangul), a card per person, a photo, the name as a small heading and the role; a line naming the lab under
    # the page's heading is nobody; the postdoc is no student
    def card(name, role):
        return (f'<article class="person-card"><div class="photo"><img src="p.jpg" alt="{name}"></div>'
                f'<h3>{name}</h3><div class="role">{role}</div></article>\n')

    def group(title, cards):
        return f'<section><div><h2>{title}</h2></div>\n<div class="grid">\n{"".join(cards)}</div></section>\n'

    page = ('<html><body><h1>Our team</h1>\n<p>Tarn Oxide Lab, Department of Physics, Tarn University.</p>\n'
            + group("Professor", ['<article class="person-card"><h3>Robin Vale</h3><div>Professor</div></article>\n'])
            + group("Postdoctoral Researcher", [card("Olev Reed", "Postdoctoral Researcher")])
            + group("Ph.D. Students", [card("Aet Kask", "Ph.D. Student"), card("Liis Tamm", "Ph.D. Student")])
            + group("M.S. Students", [card("Mart Kuusk", "M.S. Student")])
            + group("Undergraduate Researchers", [card("Oskar Paju", "Undergraduate Researcher")])
            + group("Alumni", ['<article class="alumni-row"><h3>김민수</h3><div>Now at Tarn Electronics</div>'
                               '</article>\n'])
            + "</body></html>")
    p = _html(page, "people.html", owner="Robin Vale")
    assert [(s.name, s.role) for s in p.students] == [
        ("Aet Kask", "PhD student"), ("Liis Tamm", "PhD student"), ("Mart Kuusk", "master student"),
        ("Oskar Paju", "undergraduate"), ("김민수", "alumnus")]


def test_a_bio_naming_a_place_of_study_as_a_graduate_of_it():
    # "I am a graduate of Tarn College and obtained my Ph.D. from ...": a place of study with no degree named
    page = ("<html><body><h1>Mira Talvik</h1>\n<p>I am a Professor at Tarn University. I am a graduate of Tarn "
            "College and obtained my Ph.D. from the University of Lakeside under the direction of Olev Reed.</p>\n"
            "</body></html>")
    p = _html(page, "index.html")
    assert {e.institution for e in p.person.education} == {"Tarn College", "University of Lakeside"}


def test_an_acm_digital_library_author_page_is_a_profile_id():
    from kg.importers.common import identifier_from_url

    assert identifier_from_url("http://dl.acm.org/author_page.cfm?id=81100452755") == ("acm", "81100452755")
    assert identifier_from_url("https://dl.acm.org/profile/81100452755") == ("acm", "81100452755")
    assert identifier_from_url("https://dl.acm.org/doi/10.1145/3183713") is None


def test_a_french_list_of_names_joined_by_et():
    # "Mira Talvik, Olev Reed et Anu Kask" under the title: the authors (the place line below is none)
    page = ("<html><body><h1>Mira Talvik</h1>\n<h3>Articles de conférences</h3>\n<ul>\n"
            + "".join(f"<li><strong>{t}</strong><br>\n<span>{a}</span><br>\n<span>{v}</span><br>\n"
                      f"<span>{p}</span></li>\n" for t, a, v, p in [
                          ("Faults in small caches of old machines", "Mira Talvik, Olev Reed et Anu Kask",
                           "Conference on Odd Systems (OSD 2024)", "Paris, France"),
                          ("Slow walks in oxide lattices", "Olev Reed et Mira Talvik",
                           "Symposium on Tarn Things (STT 2023)", "Lyon, France")])
            + "</ul>\n</body></html>")
    p = _html(page, "publications.html", owner="Mira Talvik")
    assert [[a.name for a in x.authors] for x in p.publications] == [
        ["Mira Talvik", "Olev Reed", "Anu Kask"], ["Olev Reed", "Mira Talvik"]]


def _year_item(year: int, entries: list[tuple[str, str, str, str]]) -> str:
    # a year's list item: the year, then a paragraph per paper (its title and links drawn as pictures, its names,
    # its venue, where it was held)
    return f"<li><strong>{year}</strong><br>\n" + "".join(
        f'<p style="margin-left: 20px;">\n<i class="far fa-file-alt"></i>\n<strong>{t}</strong>\n'
        f'<a href="https://hal.example.org/hal-{k}"><img src="hal.svg" height="20" alt="HAL"></a>\n'
        f'<a href="https://doi.org/10.1109/X.{k}"><i class="ai ai-ieee"></i></a>\n<br>\n'
        f"<span>{a}</span><br>\n<span>{v}</span><br>\n<span>Paris, France</span>\n</p>\n"
        for k, (t, a, v, _) in enumerate(entries, start=year)) + "</li>\n"


def test_a_years_papers_in_one_list_item_a_paragraph_each():
    # the year's <li> holds a <p> per paper: each paragraph one paper; a link drawn as an image (its alt "HAL") or
    # an icon font's glyph ("ai-ieee") is a link of the paper, its picture's label no venue
    page = ("<html><body><h1>Mira Talvik</h1>\n<h3>Liste des articles de conférences :</h3>\n<ul>\n"
            + _year_item(2024, [("Faults in small caches of old machines", "Mira Talvik, Olev Reed et Anu Kask",
                                 "Conference on Odd Systems (COS)", ""),
                                ("Tracing broken loops in a day", "Olev Reed et Mira Talvik",
                                 "Symposium on Tarn Things (STT)", "")])
            + _year_item(2023, [("Slow walks in oxide lattices", "Mira Talvik et Olev Reed",
                                 "Workshop on Lattices (WOL)", "")])
            + "</ul>\n<h3>Liste des posters :</h3>\n<ul>\n"
            + _year_item(2022, [("A poster on small caches", "Mira Talvik et Olev Reed", "Tarn Poster Day (TPD)", ""),
                                ("A poster on broken loops", "Mira Talvik et Anu Kask", "Tarn Poster Day (TPD)", "")])
            + "</ul>\n</body></html>")
    p = _html(page, "publications.html", owner="Mira Talvik")
    assert [(x.title, x.year, x.venue) for x in p.publications] == [
        ("Faults in small caches of old machines", 2024, "COS"), ("Tracing broken loops in a day", 2024, "STT"),
        ("Slow walks in oxide lattices", 2023, "WOL")]
    assert sorted(p.publications[0].links.values()) == ["https://doi.org/10.1109/X.2024",
                                                        "https://hal.example.org/hal-2024"]


def test_a_list_of_a_sections_kind_is_that_section():
    from kg.importers.common import section_kind

    assert section_kind("Liste des posters") == section_kind("Posters") == "talks"
    assert section_kind("List of talks") == "talks"
    assert section_kind("Liste de mes publications") == "publications"



def test_a_server_page_is_decoded_as_an_html_page_is(tmp_path):
    # an index.php whose text holds one Windows-1252 byte (an 'é' typed in an old editor) and declares no charset:
    # an .html page so is read as Windows-1252, as browsers do; the .php page, read as HTML, is decoded the same way
    # (before, it was refused as "not UTF-8 text" and the site had no page to read)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.php").write_bytes(
        b'<?php include "head.php"; ?>\n<html><head><title>Ana Ruiz</title></head><body><h1>Ana Ruiz</h1>\n'
        b"<p>Professor of Geology, Caf\xe9 University</p>\n<h2>Publications</h2>\n<ul><li>Ana Ruiz, Bo Lee. "
        b"Sand that sings. <i>Journal of Dunes</i>, 2019.</li></ul>\n</body></html>\n")
    from kg.importers import import_path

    p = import_path(site).profile
    assert p.person.name == "Ana Ruiz"
    assert [a.name for a in p.person.affiliations] == ["Café University"]
    assert [x.title for x in p.publications] == ["Sand that sings"]


def test_the_links_of_a_page_read_the_sites_collections_once(tmp_path, monkeypatch):
    # issue 7: the pages a home links to that no file of the root holds are looked up among the collections the
    # configuration writes out, read once for all the links (it was read again for each link)
    from kg.importers.site import files
    from kg.importers.site.markdown_site import markdown_site_pages

    (tmp_path / "_config.yml").write_text("collections:\n  pubs:\n    output: true\n    permalink: /:name\n")
    (tmp_path / "_pubs").mkdir()
    (tmp_path / "_pubs" / "papers.md").write_text("---\ntitle: Publications\n---\n\n- A paper. 2020.\n")
    (tmp_path / "index.md").write_text("# Ann Lee\n")
    reads = []
    load = files.load_yaml_file
    monkeypatch.setattr(files, "load_yaml_file", lambda doc: reads.append(doc.path.name) or load(doc))
    pages, _skipped = markdown_site_pages(tmp_path, tmp_path / "index.md", ["/talks.html", "/news/", "/papers.html"])
    assert pages == [(tmp_path / "_pubs" / "papers.md").resolve()]
    assert reads == ["_config.yml"]
