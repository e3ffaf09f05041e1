"""Site shapes met in batch 40b, in synthetic form: a lab site whose page is an empty shell its script fills from
JSON files (papers kept as a mapping keyed by their titles, indented with tabs, authors under a key of the site's
own words)."""

from __future__ import annotations

import json

from tests.importers.sitefiles import imported_site

_SHELL = ("<!DOCTYPE html><html><head><title>Lena Marsh's Laboratory</title>"
          '<script defer src="app/papers/papers.js"></script></head><body>'
          '<div id="nav"><div class="papers">Papers</div></div><main id="content"></main></body></html>\n')


def test_a_json_file_indented_with_tabs_is_read_with_its_lines(tmp_path):
    # JSON lets a tab stand between any two tokens; YAML refuses it as indentation: the file is still read as the
    # structured text it is, each paper at its own line (not all of them at the file's first)
    papers = [{"title": "Salt Marsh Roots Under Tidal Stress", "authors": ["Lena Marsh", "Oskar Dahl"],
               "journal": "Wetland Biology", "year": 2021},
              {"title": "Reed Beds as Carbon Stores", "authors": ["Pia Holm", "Lena Marsh"],
               "journal": "Coastal Soils", "year": 2019}]
    profile = imported_site(tmp_path / "site", {"index.html": _SHELL,
                                          "app/papers/papers.json": json.dumps({"papers": papers}, indent="\t")})
    pubs = profile.publications
    assert [p.title for p in pubs] == ["Salt Marsh Roots Under Tidal Stress", "Reed Beds as Carbon Stores"]
    assert [p.line for p in pubs] == [4, 13]


def test_papers_kept_as_a_mapping_keyed_by_their_titles(tmp_path):
    # "papers": {"<title>": {year, authors, journal}}: the site's script renders each key as the paper's title;
    # a list of the featured titles beside it repeats some of them (no paper of its own)
    papers = {"Salt Marsh Roots Under Tidal Stress": {"year": 2021, "authors": "Lena Marsh, Oskar Dahl",
                                                      "journal": "Wetland Biology 12, 1-9"},
              "reed beds as carbon stores in northern estuaries": {"year": 2019, "authors": "Pia Holm, Lena Marsh",
                                                                    "journal": "Coastal Soils"}}
    profile = imported_site(tmp_path / "site", {
        "index.html": _SHELL,
        "app/papers/papers.json": json.dumps({"featured": ["Salt Marsh Roots Under Tidal Stress"],
                                              "papers": papers}, indent=2)})
    prof = profile
    assert prof.person.name == "Lena Marsh"
    assert [(p.title, p.year) for p in prof.publications] == [
        ("Salt Marsh Roots Under Tidal Stress", 2021), ("reed beds as carbon stores in northern estuaries", 2019)]
    assert prof.publications[1].authors[1].is_self


def test_a_record_whose_authors_are_under_a_key_of_its_own_words(tmp_path):
    # "credits": "Marsh L., Dahl O. & Holm P.": no key kg knows names the authors; the value that reads as a list
    # of names is the authors (the venue and the year are under keys kg knows)
    papers = [{"title": "Salt Marsh Roots Under Tidal Stress", "credits": "Marsh L., Dahl O. & Holm P.",
               "journal": "Wetland Biology", "year": 2021},
              {"title": "Reed Beds as Carbon Stores", "credits": "Holm P. & Marsh L.",
               "journal": "Coastal Soils", "year": 2019}]
    profile = imported_site(tmp_path / "site", {"index.html": _SHELL,
                                          "app/papers/papers.json": json.dumps(papers, indent=2)})
    pubs = profile.publications
    assert [len(p.authors) for p in pubs] == [3, 2]
    assert [p.venue for p in pubs] == ["Wetland Biology", "Coastal Soils"]
    assert [next(k for k, a in enumerate(p.authors) if a.is_self) for p in pubs] == [0, 1]


def test_a_site_named_for_its_heads_lab_in_two_scripts_is_that_persons(tmp_path):
    # no page names a head, and the papers name no author but the co-authors ("(with Ken Mori)"): the lab's name,
    # "山田太郎研究室 | Taro Yamada Laboratory", and the portrait's "山田太郎の写真" say whose site it is
    head = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{t} | 山田太郎研究室</title></head><body>'
            '<header>\n<a class="brand" href="index.html">\n<span class="name">山田太郎研究室</span>\n'
            '<span class="romaji">Taro Yamada Laboratory</span>\n</a>\n<nav class="menu">\n'
            '<a href="index.html">ホーム</a>\n<a href="papers.html">論文</a>\n<a href="talks.html">講演</a>\n'
            '<a href="seminar.html">セミナー</a>\n<a href="en/index.html">English</a>\n</nav>\n</header>\n')
    papers = "".join(f"<li>{t}, <span>{v} ({y}) 1-20.{w}</span></li>\n" for t, v, y, w in [
        ("Minimal surfaces in warped products", "J. Geom. 12", 2021, " (with Ken Mori)"),
        ("Flows of curves in the sphere", "Tohoku Math. J. 70", 2018, ""),
        ("Isoparametric hypersurfaces revisited", "Kodai Math. J. 41", 2016, " (with Aya Ito)")])
    profile = imported_site(tmp_path / "site", {
        "index.html": head.replace("{t} |", "").replace("</title>", " | Taro Yamada Laboratory</title>") + '<h1>山田太郎研究室</h1><img src="me.jpg" alt="山田太郎の写真">'
                      "<p>微分幾何学を研究しています。</p></body></html>\n",
        "papers.html": head.format(t="論文") + "<h1>論文</h1>\n<h2>査読付き論文</h2>\n<ol>\n" + papers
                       + "</ol></body></html>\n"})
    prof = profile
    assert prof.person.name == "Taro Yamada"
    assert len(prof.publications) == 3


def test_a_reference_managers_html_table_pasted_into_a_markdown_page(tmp_path):
    # a table exported as HTML, its cells' lines indented with tabs and blank lines between them, pasted under
    # a page's front matter: kramdown reads the table to its closing tag as HTML (CommonMark would show the
    # indented lines after a blank line as code, the links in them as text)
    row = ('<tr id="{key}" class="entry">\n\t<td>{authors} \n\t({year}), \n\t<i>"{title}"</i>\n\t\n\t\n'
           '\t{venue}\n\t\n\t \n\t\n\t<p class="infolinks">[<a href="javascript:toggleInfo(\'{key}\',\'bibtex\')">'
           'BibTeX</a>]\n\t\n\t [<a href="{pdf}" target="_blank">PDF</a>]\n\t</p>\n\t</td>\n</tr>\n')
    rows = "".join(row.format(key=f"k{n}", authors=a, year=y, title=t, venue=v, pdf=f"https://files.example.org/{n}.pdf")
                   for n, (a, y, t, v) in enumerate([
                       ("Vik, O. and Lund, S.", 2024, "Sparse Sketches for Large Matrices",
                        ", Journal of Matrix Methods.\n\t\n\t\n\t. arXiv:2401.01234."),
                       ("Lund, S., Berg, T. and Vik, O.", 2022, "Fast Solvers for Convex Cones",
                        ". arXiv preprint arXiv:2203.04567.")]))
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nauthor:\n  name: Siri Lund\n",
        "index.md": "---\nlayout: single\n---\nI study optimization.\n",
        "_pages/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                                  '<table id="qs_table" border="1">\n<tbody>\n' + rows + "</tbody>\n</table>\n"})
    pubs = profile.publications
    assert [(p.title, p.year) for p in pubs] == [("Sparse Sketches for Large Matrices", 2024),
                                                 ("Fast Solvers for Convex Cones", 2022)]
    assert [p.links.get("pdf") for p in pubs] == ["https://files.example.org/0.pdf", "https://files.example.org/1.pdf"]
    # the journal is the venue, the preprint's identifier beside it is the paper's arXiv id
    assert [(p.venue, p.arxiv) for p in pubs] == [("Journal of Matrix Methods", "2401.01234"), ("arXiv", "2203.04567")]
