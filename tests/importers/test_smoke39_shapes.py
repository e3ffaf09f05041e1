"""Site shapes met in the smoke set of batch 39, in synthetic form (invented names): a Hugo site that keeps its
theme's demo author in the configuration and its papers on a bibtex2html page under ``static/``."""

from __future__ import annotations

from kg.importers import import_path
from tests.importers.sitefiles import write_site

_DEMO_CONFIG = """baseURL = "https://tova-brink.example.org/"
title = "Hugo Apéro"
author = "Pella Demoson"
theme = "hugo-apero"

[params]
  orgName = "Theme Makers"
"""

_HOME = """---
title: "Tova Brink"
subtitle: "Professor. Gardener."
type: home
---

** index doesn't contain a body, just front matter above. **
"""

_PUBS_PAGE = """---
title: Publications
author: "Tova Brink"
---

View publications:
- [By year](/papers/brink.html)
- [By topic](/papers/brink-topic.html)
"""

_BIBTEX2HTML = """<html><head><title>Publication</title></head><body>
<h2>Tova Brink's Publications</h2>
<h3>2021</h3>
<table>
<tr valign="top"><td align="right" class="bibtexnumber">[<a name="b21">1</a>]</td>
<td class="bibtexitem"><b>Moss on Northern Roofs</b>.
 Tova Brink and Ivo Sand.
 In <em>Proceedings of the Roof Conference</em>, May 2021.
</td></tr>
</table>
<h3>2019</h3>
<table>
<tr valign="top"><td align="right" class="bibtexnumber">[<a name="s19">1</a>]</td>
<td class="bibtexitem"><b>Lichen Counts in Wet Years</b>.
 Ivo Sand, Tova Brink, and Ada Lund.
 <em>Journal of Small Plants</em>, 4(2):1--9, 2019.
</td></tr>
<tr valign="top"><td align="right" class="bibtexnumber">[<a name="b19">2</a>]</td>
<td class="bibtexitem"><b>A Field Guide to Wall Ferns</b>.
 Tova Brink.
 Technical Report 12, Fern Institute, 2019.
</td></tr>
</table>
</body></html>
"""


def _hugo_site(tmp_path, **extra):
    return write_site(tmp_path, {
        "config.toml": _DEMO_CONFIG,
        "content/_index.md": _HOME,
        "content/publication/_index.md": _PUBS_PAGE,
        "static/papers/brink.html": _BIBTEX2HTML,
        **extra,
    })


def test_a_hugo_configs_demo_author_the_pages_never_write_is_not_the_owner(tmp_path):
    # the configuration keeps the theme's demo author; the home page is titled with the owner's name and the
    # site's pages never write the demo author's: the title names the owner
    assert import_path(_hugo_site(tmp_path)).profile.person.name == "Tova Brink"


def test_a_hugo_configs_author_the_pages_write_stays_the_owner(tmp_path):
    # (a home page titled otherwise, while the pages write the configuration's author: the author is the owner)
    page = _PUBS_PAGE.replace('author: "Tova Brink"', 'author: "Pella Demoson"')
    profile = import_path(_hugo_site(tmp_path, **{"content/publication/_index.md": page})).profile
    assert profile.person.name == "Pella Demoson"


def test_a_papers_page_that_links_a_bibtex2html_list_in_static_reads_it(tmp_path):
    # "content/publication/_index.md" only links "/papers/brink.html", which Hugo serves from "static/": the list
    # is read (the second ordering it links, absent here, would be the same works again)
    pubs = import_path(_hugo_site(tmp_path)).profile.publications
    assert [(p.title, p.year) for p in pubs] == [("Moss on Northern Roofs", 2021),
                                                 ("Lichen Counts in Wet Years", 2019),
                                                 ("A Field Guide to Wall Ferns", 2019)]
    assert [a.name for a in pubs[1].authors] == ["Ivo Sand", "Tova Brink", "Ada Lund"]


_HTML_AUTHORS_BIB = """@misc{fox-moss-2021,
  title = {Moss on Northern Roofs},
  author = {Ivo Sand, <strong> Tova Brink </strong>, <a href="https://example.org/~ada/"> Ada van Lund</a>,},
  year = {2021}
}

@misc{brink-ferns-2019,
  title = {A Field Guide to Wall Ferns},
  author = {<strong> Tova Brink </strong>, Ivo Sand.},
  year = {2019}
}

@article{lund-keep-2018,
  title = {Lichen Counts},
  author = {van Lund, Ada Marie},
  year = {2018}
}
"""


def test_a_bibtex_author_list_of_full_names_between_commas_with_html_is_its_people():
    # a site's own BibTeX writes its lists between commas with no "and", in the HTML it renders them with, and
    # closes one with a comma or a full stop; a bold name is the site's highlight of its owner. ("van Lund, Ada
    # Marie" with no markup stays BibTeX's one "Last, First" name)
    from kg.importers.bibtex import read_bibtex

    pubs = read_bibtex(_HTML_AUTHORS_BIB).publications
    assert [[a.name for a in p.authors] for p in pubs] == [["Ivo Sand", "Tova Brink", "Ada van Lund"],
                                                          ["Tova Brink", "Ivo Sand"], ["Ada Marie van Lund"]]
    assert [[a.is_self for a in p.authors] for p in pubs[:2]] == [[False, True, False], [True, False]]


_COLON_LIST = """<html><title>Things tb' has written</title></head><body>
<h1>List of Publications</h1>
<h2>1991</h2>
Tova Brink, Ivo Sand:<br>
<b>Moss on Northern Roofs,</b><br>
Report 1991/4, Fern Institute, 40pp.
<p>
Ivo Sand, Ada Lund, Tova Brink:<br>
<b>Lichen Counts in Wet Years,</b><br>
Workshop on Small Plants, Oslo, 1991
<h2>1993</h2>
Tova Brink:<br>
<b>A Field Guide to Wall Ferns,</b><br>
Dissertation, Fern University, 1993.
</body></html>
"""


def test_an_author_line_closed_by_a_colon_names_the_owner_of_a_nameless_page(tmp_path):
    # "A, B:" above each title: the colon is none of the last name's, so the page's one author on every work is
    # its owner (the page's title and headings name nobody)
    profile = import_path(write_site(tmp_path, {"publist.html": _COLON_LIST})).profile
    assert profile.person.name == "Tova Brink"
    assert [[a.name for a in p.authors] for p in profile.publications] == [
        ["Tova Brink", "Ivo Sand"], ["Ivo Sand", "Ada Lund", "Tova Brink"], ["Tova Brink"]]


_PAPERS_BY_YEAR = """{
  "2019": [{"title": "Lichen Counts in Wet Years", "authors": "Sand I,Brink TV,Lund A", "journal": "Small Plants"},
           {"title": "A Field Guide to Wall Ferns", "authors": "Brink TV", "journal": "Fern Reports"}],
  "2021": [{"title": "Moss on Northern Roofs", "authors": "Tova-Vik Brink, Ivo Sand", "journal": "Roof Science"},
           {"title": "Roof Moss Again", "authors": "T. V. Brink, Ada Lund", "journal": "Roof Science",
            "date": "2020-12-01"}]
}
"""


def _lab_site(tmp_path):
    return write_site(tmp_path, {
        "index.html": "<html><head><title>SMALL PLANTS GROUP</title></head><body><h1>Small Plants Group</h1>"
                      "<p>We count moss.</p><div ng-view></div></body></html>",
        "data/publications.json": _PAPERS_BY_YEAR,
    })


def test_records_listed_under_year_keys_take_that_year(tmp_path):
    # {"2019": [records...], "2021": [...]}: a record with no year of its own is of the year it is listed under;
    # one with its own date keeps it
    pubs = import_path(_lab_site(tmp_path), owner="Tova-Vik Brink").profile.publications
    assert sorted((p.title, p.year) for p in pubs) == [("A Field Guide to Wall Ferns", 2019),
                                                      ("Lichen Counts in Wet Years", 2019),
                                                      ("Moss on Northern Roofs", 2021), ("Roof Moss Again", 2020)]


def test_initials_run_together_after_a_family_name_are_a_name_of_the_records_owner(tmp_path):
    # "Brink TV" (family name, then initials with no stops, as Web of Science writes them) is the owner written
    # short, the same person as "Tova-Vik Brink" and "T. V. Brink", not a person called "Brink TV": the group's
    # site is the owner's, spelled out
    assert import_path(_lab_site(tmp_path)).profile.person.name == "Tova-Vik Brink"


def test_initials_run_together_have_no_vowel_and_a_family_name_in_capitals_is_no_initials():
    # "Brink TV": initials run together after the family name; "Wei LI": a family name in capitals
    from kg.importers.common import name_parts

    assert name_parts("Brink TV") == ("T V", "Brink")
    assert name_parts("Wei LI") == ("Wei", "LI")


_CSL_YAML = """---
references:
- id: brink_moss_2021
  type: paper-conference
  author:
  - family: Brink
    given: Tova
  - family: Sand
    given: Ivo
  issued:
  - year: 2021
    month: 5
  title: Moss on Northern Roofs
  container-title: Roof Conference
- id: brink_ferns_2019
  type: report
  author:
  - family: Brink
    given: Tova
  issued:
    date-parts:
    - - 2019
  title: A Field Guide to Wall Ferns
  publisher: Fern Institute
"""


def test_a_csl_yaml_records_issued_date_gives_its_year(tmp_path):
    # pandoc's CSL YAML writes the date as a list ("issued: - year: 2021") or as date-parts: both give the year
    site = write_site(tmp_path, {
        "_config.yml": "title: Tova Brink\ntheme: jekyll-theme-leap-day\n",
        "index.md": "---\nlayout: default\n---\nI study moss on roofs.\n",
        "publications.md": "---\ntitle: Publications\n---\n{% assign mypubs = site.data.pubs.references %}\n"
                           "{% for p in mypubs %}\n* {{ p.title }}, {{ p.container-title }}, {{ p.issued[0].year }}\n"
                           "{% endfor %}\n",
        "_data/pubs.yml": _CSL_YAML,
    })
    pubs = import_path(site).profile.publications
    assert sorted((p.title, p.year) for p in pubs) == [("A Field Guide to Wall Ferns", 2019),
                                                      ("Moss on Northern Roofs", 2021)]


_COAUTHOR_RECORDS = """- title: Moss on Northern Roofs
  coauthors: Ivo Sand and Ada Lund
  journal: Roof Science (2021)
- title: A Field Guide to Wall Ferns
  journal: Fern Reports (2019)
  pdf: ferns.pdf
- title: Lichen Counts in Wet Years
  coauthors: Ivo Sand
  journal: Small Plants (2018)
"""


def test_a_record_of_a_coauthors_list_naming_none_is_the_owners_alone(tmp_path):
    # records that name only the owner's co-authors ("(with {{ paper.coauthors }})"): one naming none, and no
    # year, is still a work of the list, the owner's alone
    site = write_site(tmp_path, {
        "_config.yml": "title: Tova Brink\n",
        "index.markdown": "---\nlayout: home\n---\nI study moss.\n\n## Publications\n\n"
                          "{% include publications.markdown %}\n",
        "_includes/publications.markdown": "<ol>\n{% for paper in site.data.pubs %}\n<li>{% if paper.coauthors %}"
                                           "(with {{ paper.coauthors }}) <br />{% endif %}\n\"{{ paper.title }}\" "
                                           "<em>{{ paper.journal }}</em></li>\n{% endfor %}\n</ol>\n",
        "_data/pubs.yml": _COAUTHOR_RECORDS,
    })
    pubs = import_path(site).profile.publications
    assert sorted((p.title, tuple(a.name for a in p.authors)) for p in pubs) == [
        ("A Field Guide to Wall Ferns", ("Tova Brink",)), ("Lichen Counts in Wet Years", ("Tova Brink", "Ivo Sand")),
        ("Moss on Northern Roofs", ("Tova Brink", "Ivo Sand", "Ada Lund"))]
