"""Sites whose family reader finds less than it expects: the folder goes on to the readers every family shares.

Each test is an invented site whose papers live only in data files: a Jekyll data list closed by a stray
``---`` (a second, empty YAML document), a Hugo site of a non-academic theme with no home page whose papers
are a folder of one-record YAML files, a hand-written HTML page whose papers live in a BibTeX file its script
draws. Before, each read no publication or exited 2 for want of an author page.
"""

from __future__ import annotations

from kg.importers import import_path
from tests.importers.sitefiles import write_site


def test_a_data_list_closed_by_a_stray_document_marker_is_read(tmp_path):
    """``_data/articles.yaml`` opens and closes with ``---``: YAML reads two documents, the second empty, and
    Jekyll shows the first; before, the file read as invalid YAML and the page's include loop gave nothing."""
    write_site(tmp_path, {
        "_config.yml": 'title: "Orla Finnegan"\nauthor:\n  name: "Orla Finnegan"\n',
        "_pages/papers.md": "---\ntitle: Publications\npermalink: /papers/\n---\n\n## Journal articles\n\n"
                            "{% include articles.html %}\n",
        "_includes/articles.html": "<ol>\n{% for paper in site.data.articles %}\n<li>{{ paper.authors }}. "
                                   "{{ paper.year }}. {{ paper.title }}, <em>{{ paper.journal }}</em></li>\n"
                                   "{% endfor %}\n</ol>\n",
        "_data/articles.yaml": "---\n- authors: __Orla Finnegan__, Tomas Brandt\n  title: Moss on city walls\n"
                               "  journal: Urban Botany\n  year: 2021\n\n"
                               "- authors: Ines Carvalho, __Orla Finnegan__\n  title: Lichens after the rain\n"
                               "  journal: Field Notes in Ecology\n  year: 2019\n---\n",
    })
    profile = import_path(tmp_path).profile
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Lichens after the rain", "Moss on city walls"]
    moss = pubs["Moss on city walls"]
    assert moss.venue == "Urban Botany" and moss.year == 2021 and moss.file == "_data/articles.yaml"
    assert [a.name for a in moss.authors] == ["Orla Finnegan", "Tomas Brandt"] and moss.authors[0].is_self


def _one_record(title: str, authors: list[str], venue: str, date: str) -> str:
    names = "".join(f"  - {a}\n" for a in authors)
    return f"title: {title}\ntype: Journal Article\nauthors:\n{names}publication: {venue}\ndate: {date}\n"


def test_a_hugo_site_with_no_home_page_whose_papers_are_one_record_files(tmp_path):
    """A Hugo site of a blog theme: no author page, no ``content/_index.md``, the owner in ``[params] author``,
    the papers one YAML file each in ``data/publications/`` that a custom layout ranges over. Before, kg exited 2
    ("no author page ... and no home page")."""
    write_site(tmp_path, {
        "config.toml": 'baseURL = "https://pell.example.org"\ntitle = "Dara Pell"\ntheme = "plainblog"\n\n'
                       '[params]\nauthor = "Dara Pell"\ninfo = ["Hydrologist at the Lowmoor Water Institute."]\n\n'
                       '[[params.social]]\nname = "Github"\nurl = "https://github.com/dpell-example"\n',
        "content/research/index.md": "---\ntitle: My Research\n---\n\nI model rivers and the sediment they carry.\n\n"
                                     '{{< button href="https://orcid.org/0000-0002-1825-0097" text="ORCID" >}}\n',
        "content/papers/_index.md": "---\ntitle: Papers\n---\n\nBelow are my papers, newest first. See also "
                                    "[my code](https://github.com/dpell-example).\n",
        "layouts/papers/list.html": "<ul>{{ range sort $.Site.Data.publications \"date\" \"desc\" }}"
                                    "<li>{{ .title }}</li>{{ end }}</ul>\n",
        "data/publications/pell_2020.yaml": _one_record("Sediment pulses in upland streams",
                                                        ["Dara Pell", "Joaquin Reyes"], "River Research", "2020-03-01"),
        "data/publications/reyes_2022.yaml": _one_record("Flood plains as sponges", ["Joaquin Reyes", "Dara Pell"],
                                                         "Hydrology Letters", "2022-09-12"),
        "data/publications/pell_2024.yaml": _one_record("Gravel on the move", ["Dara Pell"], "Earth Surface Notes",
                                                        "2024-01-30"),
    })
    result = import_path(tmp_path)
    profile = result.profile
    assert result.format == "hugo" and profile.person.name == "Dara Pell"
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Flood plains as sponges", "Gravel on the move", "Sediment pulses in upland streams"]
    flood = pubs["Flood plains as sponges"]
    assert flood.year == 2022 and flood.venue == "Hydrology Letters"
    assert flood.file == "data/publications/reyes_2022.yaml"
    assert [a.is_self for a in flood.authors] == [False, True]
    # the owner's fields from the configuration (social list, one-line info, base URL) and a shortcode's link
    person = profile.person
    assert person.job_title == "Hydrologist" and person.homepage == "https://pell.example.org/"
    assert person.identifiers == {"github": "dpell-example", "orcid": "0000-0002-1825-0097"}


def test_a_page_the_shared_readers_cannot_read_is_noted_and_the_rest_is_read(tmp_path):
    """The folder no family reader could read holds an empty HTML page: it is one note in ``unparsed``, the
    records are still read (before, the empty page ended the import)."""
    write_site(tmp_path, {
        "config.toml": 'title = "Dara Pell"\ntheme = "plainblog"\n\n[params]\nauthor = "Dara Pell"\n',
        "content/contact.html": "",
        "layouts/papers/list.html": "<ul>{{ range $.Site.Data.publications }}<li>{{ .title }}</li>{{ end }}</ul>\n",
        "data/publications/pell_2020.yaml": _one_record("Sediment pulses in upland streams",
                                                        ["Dara Pell", "Joaquin Reyes"], "River Research", "2020-03-01"),
        "data/publications/pell_2024.yaml": _one_record("Gravel on the move", ["Dara Pell"], "Earth Surface Notes",
                                                        "2024-01-30"),
    })
    profile = import_path(tmp_path).profile
    assert sorted(p.title for p in profile.publications) == ["Gravel on the move", "Sediment pulses in upland streams"]
    assert [(u.file, u.text.split(":")[0]) for u in profile.unparsed if u.file == "content/contact.html"] == [
        ("content/contact.html", "page not read")]


def test_one_record_files_of_outputs_that_are_no_papers_are_left_out(tmp_path):
    """A folder of "research outputs" holds software and posters too (``type: Software``): not publications."""
    record = "title: {t}\ntype: {k}\nauthors:\n  - Dara Pell\n  - Joaquin Reyes\npublication: Zenodo\ndate: 2021-01-01\n"
    write_site(tmp_path, {
        "config.toml": 'title = "Dara Pell"\n[params]\nauthor = "Dara Pell"\n',
        "data/outputs/a.yaml": record.format(t="River model", k="Software"),
        "data/outputs/b.yaml": record.format(t="Sediment poster", k="Poster"),
        "data/outputs/c.yaml": record.format(t="Sediment budgets", k="Journal Article"),
        "data/outputs/d.yaml": record.format(t="Sediment report", k="Report"),
    })
    assert sorted(p.title for p in import_path(tmp_path).profile.publications) == ["Sediment budgets",
                                                                                 "Sediment report"]


def test_an_html_page_whose_papers_live_only_in_a_bibtex_file(tmp_path):
    """A hand-written page with an empty list its script fills from ``papers.bib`` (the script itself not in the
    folder): the BibTeX file, whose entries are mostly the owner's, is the list. Before, 0 publications."""
    entry = ("@article{{k{n},\n  title = {{{title}}},\n  author = {{{authors}}},\n  journal = {{{venue}}},\n"
             "  year = {{{year}}}\n}}\n\n")
    bib = "".join(entry.format(n=n, title=t, authors=a, venue=v, year=y) for n, (t, a, v, y) in enumerate([
        ("Tactile maps for everyone", "Halloran, Niamh and Osei, Kofi", "Access Computing", 2018),
        ("Voice menus that listen", "Osei, Kofi and Halloran, Niamh", "Interaction Letters", 2021),
        ("Braille on the bus", "Halloran, Niamh", "Mobile Access", 2023)]))
    write_site(tmp_path, {
        "index.html": "<!DOCTYPE html><html><head><title>Niamh Halloran</title></head><body>\n"
                      "<h1>Niamh Halloran</h1>\n<p>Professor of Accessible Computing at Eastbay University.</p>\n"
                      "<h2>Publications</h2>\n<div id=\"pubs\"></div>\n<script src=\"render.js\"></script>\n"
                      "</body></html>\n",
        "papers.bib": bib,
    })
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Niamh Halloran"
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Braille on the bus", "Tactile maps for everyone", "Voice menus that listen"]
    voice = pubs["Voice menus that listen"]
    assert voice.year == 2021 and voice.venue == "Interaction Letters" and voice.file == "papers.bib"
    assert [a.name for a in voice.authors] == ["Kofi Osei", "Niamh Halloran"] and voice.authors[1].is_self


def test_a_bibtex_file_of_other_peoples_papers_is_no_list_of_the_owners(tmp_path):
    """A reference list kept beside the page (nobody on half its entries): not the owner's works."""
    bib = "".join(f"@article{{r{n},\n  title = {{Paper {n} on sand}},\n  author = {{Writer{n}, Ann and Other{n}, "
                  f"Bo}},\n  journal = {{Dunes}},\n  year = {{2010}}\n}}\n\n" for n in range(3))
    write_site(tmp_path, {
        "index.html": "<html><head><title>Niamh Halloran</title></head><body><h1>Niamh Halloran</h1>\n"
                      "<p>Professor of Accessible Computing at Eastbay University.</p></body></html>\n",
        "refs.bib": bib,
    })
    assert import_path(tmp_path).profile.publications == []


def test_a_folder_with_nothing_to_read_still_says_what_was_looked_for(tmp_path):
    import pytest

    from kg.errors import SourceError

    write_site(tmp_path, {"config.toml": 'title = "My notes"\n', "content/posts/first.md": "---\ntitle: Hi\n---\n"})
    with pytest.raises(SourceError, match="no author page .*; and no publication records in its data files"):
        import_path(tmp_path)


def test_a_minimal_mistakes_sidebar_and_a_splash_home_page_with_a_long_front_matter(tmp_path):
    """minimal-mistakes keeps the owner's profiles in ``author.links`` (label, icon, url) and a one-line ``bio``;
    its splash home page (``permalink: /``) has a front matter longer than the head kg reads for the permalink.
    its text is in the front matter (``excerpt``, ``intro``), the body only includes. Before: no identifiers, no
    job, the name with its degree, the home page not found, and its text not read."""
    feature_rows = "".join(f"  - title: Row {n}\n    excerpt: {'A feature of the splash page. ' * 6}\n"
                           for n in range(20))
    write_site(tmp_path, {
        "_config.yml": 'title: "Ines Okonkwo, PhD"\nauthor:\n  name: "Ines Okonkwo, PhD"\n'
                       '  bio: "Postdoctoral Fellow, Department of Botany at Lakeside University"\n  links:\n'
                       '    - label: "GitHub"\n      icon: "fa-brands fa-github"\n'
                       '      url: "https://github.com/iokonkwo-example"\n'
                       '    - label: "ORCID"\n      icon: "fa-brands fa-orcid"\n'
                       '      url: "https://orcid.org/0000-0002-1825-0097"\n',
        "_pages/landing.md": f"---\ntitle: Welcome\nlayout: splash\npermalink: /\nfeature_row:\n{feature_rows}"
                             "excerpt: Department of Botany,<br>Lakeside University\nintro:\n  - excerpt: 'I completed my"
                             " PhD at the University of Westmoor working with [Ada Brook](https://brook.example.org)"
                             "{:target=\"_blank\"}, and I now study how clover adapts to cities.'\n---\n\n"
                             "{% include feature_row %}\n",
        "_pages/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                                  "{% include papers.html %}\n",
        "_data/papers.yml": "- authors: __Ines Okonkwo__, Per Lund\n  title: Clover in the city\n"
                            "  journal: Urban Ecology\n  year: 2022\n"
                            "- authors: Per Lund, __Ines Okonkwo__\n  title: Clover in the country\n"
                            "  journal: Rural Ecology\n  year: 2020\n",
    })
    from kg.importers.site.jekyll import _jekyll_about

    assert _jekyll_about(tmp_path) == tmp_path / "_pages" / "landing.md"
    profile = import_path(tmp_path).profile
    person = profile.person
    assert person.name == "Ines Okonkwo" and person.job_title == "Postdoctoral Fellow"
    # the splash page's text is its front matter's excerpts
    assert person.advisors == ["Ada Brook"] and "University of Westmoor" in [e.institution for e in person.education]
    assert person.identifiers == {"github": "iokonkwo-example", "orcid": "0000-0002-1825-0097"}
    assert sorted(p.title for p in profile.publications) == ["Clover in the city", "Clover in the country"]


def test_a_data_file_of_one_record_that_a_template_loops_over_is_a_list(tmp_path):
    """``_data/field-guides.yaml`` holds one work and ``{% for r in site.data.field-guides %}`` shows it: a list
    of one. A consortium paper's "plus 40 authors from ..." is names left out, not an author. Before: the lone
    record was not read (two records make a list) and "plus 40 authors ..." was an author."""
    write_site(tmp_path, {
        "_config.yml": 'title: "Orla Finnegan"\nauthor:\n  name: "Orla Finnegan"\n',
        "_pages/papers.md": "---\ntitle: Publications\npermalink: /papers/\n---\n\n{% include articles.html %}\n\n"
                            "## Field guides\n\n{% include notes.html %}\n",
        "_includes/articles.html": "{% for paper in site.data.articles %}<p>{{ paper.title }}</p>{% endfor %}\n",
        "_includes/notes.html": "{% for r in site.data.field-guides %}<p>{{ r.title }}</p>{% endfor %}\n",
        "_data/articles.yaml": "- authors: __Orla Finnegan__, Tomas Brandt\n  title: Moss on city walls\n"
                               "  journal: Urban Botany\n  year: 2021\n"
                               "- authors: __Orla Finnegan__, plus 40 authors from the Moss Network (MN)\n"
                               "  title: Moss across forty cities\n  journal: Global Botany\n  year: 2023\n",
        "_data/field-guides.yaml": "- authors: Orla Finnegan\n  title: Counting moss with students\n  year: 2020\n"
                                     "  publisher: Open Field Notes\n",
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Counting moss with students", "Moss across forty cities", "Moss on city walls"]
    forty = pubs["Moss across forty cities"]
    assert [a.name for a in forty.authors] == ["Orla Finnegan"] and forty.authors_truncated


def test_an_affiliation_read_from_a_sentence_keeps_no_article():
    from pathlib import Path

    from kg.importers.base import SourceDoc
    from kg.importers.site.pages import prose_person

    doc = SourceDoc(Path("c.yml"), "bio: x\n", display="c.yml")
    person = prose_person(doc, "Ines Okonkwo", ["Postdoctoral Fellow, Department of Botany at the University of "
                                                "Lakeside"])
    assert [a.name for a in person.affiliations] == ["University of Lakeside"]


def test_a_data_list_made_from_a_bibtex_file_stays_the_list_the_bibtex_file_fills_it(tmp_path):
    """A site's script turns ``scripts/papers.bib`` into ``src/data/papers.json``, which the pages show: the works
    are the JSON's, the BibTeX file fills in what the JSON lacks (the pages)."""
    import json

    works = [("Tactile maps for everyone", 2018), ("Voice menus that listen", 2021)]
    records = [{"title": t, "authors": ["Niamh Halloran", "Kofi Osei"], "journal": "Access Computing", "year": y}
               for t, y in works]
    bib = "".join(f"@article{{k{n},\n  title = {{{t}}},\n  author = {{Halloran, Niamh and Osei, Kofi}},\n"
                  f"  journal = {{Access Computing}},\n  pages = {{{n + 1}0--{n + 1}9}},\n  year = {{{y}}}\n}}\n\n"
                  for n, (t, y) in enumerate(works))
    write_site(tmp_path, {
        "index.html": "<html><head><title>Niamh Halloran</title></head><body><h1>Niamh Halloran</h1>\n"
                      "<p>Professor of Accessible Computing at Eastbay University.</p></body></html>\n",
        "scripts/papers.bib": bib,
        "src/data/papers.json": json.dumps(records),
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Tactile maps for everyone", "Voice menus that listen"]
    voice = pubs["Voice menus that listen"]
    assert voice.file == "src/data/papers.json" and voice.pages == "20-29"


def _abstracts_bib() -> str:
    """The owner's two papers and two conference abstracts, as BibTeX."""
    entry = ("@article{{k{n},\n  title = {{{title}}},\n  author = {{{authors}}},\n  journal = {{{venue}}},\n"
             "  pages = {{{pages}}},\n  year = {{{year}}}\n}}\n\n")
    return "".join(entry.format(n=n, title=t, authors=a, venue=v, pages=p, year=y) for n, (t, a, v, p, y) in enumerate([
        ("Tactile maps for everyone", "Halloran, Niamh and Osei, Kofi", "Access Computing", "11--19", 2018),
        ("Voice menus that listen", "Osei, Kofi and Halloran, Niamh", "Interaction Letters", "40--52", 2021),
        ("Maps by touch, a first look", "Halloran, Niamh", "Fall Meeting Abstracts", "A12", 2017),
        ("Menus by ear, a poster", "Halloran, Niamh and Osei, Kofi", "Spring Meeting Abstracts", "B7", 2020)]))


_LISTING_PAGE = ("<!DOCTYPE html><html><head><title>Niamh Halloran</title></head><body>\n"
                 "<h1>Niamh Halloran</h1>\n<p>Professor of Accessible Computing at Eastbay University.</p>\n"
                 "<h2>Publications</h2>\n<ul>\n"
                 "<li>Niamh Halloran, Kofi Osei. Tactile maps for everyone. <em>Access Computing</em>, 2018.</li>\n"
                 "<li>Kofi Osei, Niamh Halloran. Voice menus that listen. <em>Interaction Letters</em>, 2021.</li>\n"
                 "</ul>\n{script}</body></html>\n")


def test_a_bibtex_file_no_file_of_the_site_draws_only_fills_the_listed_works(tmp_path):
    """The page lists two papers; ``papers.bib`` beside it, which no page, script nor configuration names, holds
    them and two abstracts: the page's list stands, the file fills in what it lacks (the pages). Before, the
    abstracts were read as works too (4)."""
    write_site(tmp_path, {"index.html": _LISTING_PAGE.format(script=""), "papers.bib": _abstracts_bib()})
    profile = import_path(tmp_path).profile
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Tactile maps for everyone", "Voice menus that listen"]
    assert pubs["Voice menus that listen"].pages == "40-52"
    # the entries left out are said, at their lines, not lost
    left = [(u.file, u.line, u.text) for u in profile.unparsed if u.text.startswith("not listed")]
    assert left == [("papers.bib", 17, "not listed by the site's pages: Maps by touch, a first look"),
                    ("papers.bib", 25, "not listed by the site's pages: Menus by ear, a poster")]


def test_a_citation_plugins_bibliography_only_fills_the_listed_works(tmp_path):
    """A configuration that names the file for a citation plugin (``bib_file:``) draws the entries a page cites,
    not the file as a list: the page's list stands."""
    write_site(tmp_path, {"index.html": _LISTING_PAGE.format(script=""), "papers.bib": _abstracts_bib(),
                          "mkdocs.yml": "site_name: Niamh Halloran\nplugins:\n  - bibtex:\n      bib_file: papers.bib\n"})
    assert len(import_path(tmp_path).profile.publications) == 2


def test_a_bibtex_file_a_script_of_the_site_fetches_stays_a_list(tmp_path):
    """The page's script fetches ``papers.bib`` and renders it: the file is a list the site shows, all of it."""
    script = '<script>fetch("papers.bib").then(r => r.text()).then(show);</script>\n'
    write_site(tmp_path, {"index.html": _LISTING_PAGE.format(script=script), "papers.bib": _abstracts_bib()})
    assert len(import_path(tmp_path).profile.publications) == 4


def test_a_framework_sites_settings_in_a_yaml_data_file_and_its_content_pages(tmp_path):
    """An Astro-like site: its papers in ``src/data/papers.json``, its owner's particulars in ``src/data/site.yaml``
    (``identity: {name, role: 'Job · Place', email, links}``, the YAML twin of a ``src/data/site.ts`` module) and
    its prose in the content collection ``src/content/pages/`` (a news page), its career in the settings'
    ``timeline``. Before: the owner from the records alone, no job, place, email, profile ids nor degree, and no news
    (neither file was read)."""
    papers = ('[{"title": "Sparse tides in shallow seas", "authors": ["Rhea Lindqvist", "Omar Haddad"], '
              '"venue": "Ocean Letters", "year": 2023},\n'
              ' {"title": "Wave shoaling over sandbars", "authors": ["Rhea Lindqvist", "Mina Park"], '
              '"venue": "Coastal Review", "year": 2021}]\n')
    write_site(tmp_path, {
        "astro.config.mjs": "export default {};\n",
        "src/data/papers.json": papers,
        "src/pages/papers.astro": "---\nimport papers from '../data/papers.json';\n---\n"
                                  "<ul>{papers.map((p) => <li>{p.title}</li>)}</ul>\n",
        "src/data/site.yaml": "identity:\n  name: Rhea Lindqvist\n"
                              "  role: \"Research Scientist · Tidewater Ocean Lab\"\n"
                              "  email: rhea@tidewater.example.org\n  links:\n"
                              "    github: https://github.com/rhea-tides\n"
                              "timeline:\n  - when: 2022-present\n    what: Research Scientist, Tidewater Ocean Lab\n"
                              "  - when: 2017-2021\n    what: PhD, Bergen Marine University, Bergen\n"
                              "    detail: Tides in narrow fjords.\n"
                              "seo:\n  defaultTitle: \"Rhea Lindqvist · Ocean physics\"\n",
        "src/content/pages/news.md": "---\ntitle: News\n---\n\n- **May 2024**: a talk on sandbars in Bergen\n"
                                     "- **March 2024**: our tides paper is out\n",
    })
    profile = import_path(tmp_path).profile
    person = profile.person
    assert person.name == "Rhea Lindqvist" and person.email == "rhea@tidewater.example.org"
    assert person.job_title == "Research Scientist"
    assert [a.name for a in person.affiliations] == ["Tidewater Ocean Lab"]
    assert person.identifiers.get("github") == "rhea-tides"
    assert len(profile.news) == 2 and len(profile.publications) == 2
    # (the degree its career timeline states; the post held is no degree)
    assert [(e.degree, e.institution, e.year) for e in person.education] == [("PhD", "Bergen Marine University", 2021)]


def test_a_page_no_reader_took_that_lists_every_work_the_read_pages_cite_and_more_is_the_list(tmp_path):
    # hunt47 (comphylab): a news list a script fetches ("News.md", no front matter) cites two papers, linking the
    # research page's anchors; the research page, a collection's page, lists those and more: before, its works only
    # filled in the two
    from kg.importers import import_path

    from .sitefiles import write_site

    cite = "{n}Roe, K., <strong>Lind, A.</strong>, & Poe, J. {t}. Journal of Moths, {v}, 1-9 ({y})."
    papers = [("Why lamps draw moths at night", 12, 2026), ("Moths at dusk over the lake", 11, 2025),
              ("Wing scales under the lens", 10, 2024)]
    research = "---\nlayout: page\ntitle: Research\n---\n\n# Research\n\n" + "".join(
        f"<h3 id=\"{k}\">{cite.format(n=f'[{k}] ', t=t, v=v, y=y)}</h3>\n\n<div class=\"tags\"><span>Moths</span></div>\n\n"
        for k, (t, v, y) in enumerate(papers, start=1))
    news = "## 2026\n\n### May\n\n" + "".join(
        f"- [{cite.format(n='', t=t, v=v, y=y)}](/research#{k})\n\n" for k, (t, v, y) in enumerate(papers[:2], start=1))
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Lind Lab\nauthor:\n  name: Ada Lind\ncollections:\n  research:\n    output: true\n",
        "index.md": "---\nlayout: home\n---\n\nWe study moths.\n",
        "News.md": news, "_research/index.md": research})
    pubs = import_path(root).profile.publications
    assert sorted(p.title for p in pubs) == sorted(t for t, _v, _y in papers)


def test_a_one_page_hugo_theme_whose_owner_and_profiles_are_in_its_data_files(tmp_path):
    """A one-page Hugo theme: no content/, the site's title a first name alone, the owner's name and email in
    ``data/config.json`` (its templates read ``.Site.Data.config``) and the profile links one list under a key beside
    its heading (``data/social.json``: ``{"title": "Social", "social": [...]}``). Before, kg exited 2."""
    write_site(tmp_path, {
        "config.toml": 'baseURL = ""\ntitle = "Marit"\ntheme = "onepage"\n',
        "data/config.json": '{"author": "Marit Solberg", "email": "marit@example.org"}',
        "data/social.json": ('{"title": "Social", "social": ['
                             '{"icon": "orcid", "link": "https://orcid.org/0000-0002-1825-0097"},'
                             '{"icon": "github", "link": "//github.com/msolberg-example"},'
                             '{"icon": "twitter", "link": "//twitter.com/msolberg_ex"}]}'),
        "layouts/index.html": "<html><body>{{ .Site.Data.config.author }}</body></html>\n",
    })
    person = import_path(tmp_path).profile.person
    assert person.name == "Marit Solberg" and person.email == "marit@example.org"
    assert person.identifiers == {"orcid": "0000-0002-1825-0097", "github": "msolberg-example",
                                  "twitter": "msolberg_ex"}


def _vue_app(files: dict[str, str]) -> dict[str, str]:
    """A Nuxt-like app, its configuration naming the site (its owner), its components importing its data files from
    ``assets/data/``, its works listed in ``assets/data/papers.yaml``; ``files`` adds to it."""
    return {
        "nuxt.config.ts": "export default defineNuxtConfig({\n  site: { url: 'https://ines-varga.example.io', "
                          "name: 'Ines Varga' },\n});\n",
        "assets/data/index.ts": "import profile from './profile.yaml';\nimport papers from './papers.yaml';\n"
                                "export { profile, papers };\n",
        "assets/data/papers.yaml": (
            "- title: \"Lichens on northern basalt\"\n  authors: \"Ines Varga, Tomas Lind\"\n"
            "  venue: \"Crust Letters\"\n  date: May 2024\n"
            "- title: \"Moss cover after a dry summer\"\n  authors: \"Tomas Lind, Ines Varga\"\n"
            "  venue: \"Journal of Small Plants\"\n  date: June 2022\n"),
        **files,
    }


def test_the_owner_in_a_data_file_of_an_apps_assets_folder(tmp_path):
    """A Nuxt (or Vue, React) app keeps its owner's particulars in ``assets/data/profile.yaml`` (name, role,
    affiliation, email, a list of profile links), which its components import as a Svelte app's do from
    ``src/data/``. Before: only the name (from the works), no job, place, email nor profile ids."""
    write_site(tmp_path, _vue_app({
        "assets/data/profile.yaml": (
            "name: Ines Varga\nrole: PhD student\naffiliation: Northfjord University\n"
            "email: ines.varga@northfjord.example.edu\nsocials:\n"
            "  - name: GitHub\n    url: \"https://github.com/ivarga-lichens\"\n"
            "  - name: ORCID\n    url: \"https://orcid.org/0000-0002-1825-0097\"\n"),
    }))
    person = import_path(tmp_path).profile.person
    assert person.name == "Ines Varga" and person.email == "ines.varga@northfjord.example.edu"
    assert person.job_title == "PhD student" and [a.name for a in person.affiliations] == ["Northfjord University"]
    assert person.identifiers.get("github") == "ivarga-lichens"
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097"
