"""What a site's pages show of its data files: the loops' and listings' filters, limits and templates.

Each test is an invented site whose lists are rendered from a data file: a Quarto page of three listings over one
YAML file (papers, talks, software) with ``include``/``exclude`` maps, a Jekyll page whose loops keep some records
(``where:``, a body wrapped in ``{% if %}``) and whose template writes "with" before the co-authors, a home page
showing the first news items of a data file, a DBLP-made list holding a paper twice (preprint and published).
Before, kg read every record of the file, the owner was no author of the "with" records, the news were not read,
and the paper counted twice.
"""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path
from kg.importers.site.assemble import merge_versions
from kg.importers.site.listings import Listing, liquid_listings, shown
from kg.model import Publication
from tests.importers.sitefiles import academicpages_home, import_counting_parses, imported_site, write_site

_ITEMS = """\
- title: Sleep and screens in late adolescence
  type: article
  date: 2024-05-01
  authors: Ilves, Okafor, & Brandt
  outlet: Journal of Youth Media
- title: Daily moods of online players
  type: preprint
  date: 2025-02-01
  authors: Okafor & Ilves
  outlet: PsyArXiv
- title: A registered report on moods (stage 1)
  type: preprint
  date: 2023-01-01
  authors: Okafor & Ilves
  outlet: PsyArXiv
  publication: https://doi.org/10.5555/mood
- title: Why play matters
  type: presentation
  date: 2024-09-01
  authors: Ilves
  outlet: Lakeside Media Days
- title: moodr, an R package for mood diaries
  type: computerProgram
  date: 2022-01-01
  authors: Ilves
  outlet: CRAN
"""


def test_a_quarto_page_of_listings_with_include_and_exclude_filters(tmp_path):
    """``publications.qmd`` lists one YAML file three times: papers (``include: type: "{article,preprint}"``,
    ``exclude: publication: "**"``, the preprint of a published paper), talks, software. Before, five records
    less the talk were read as papers (the software and the excluded preprint too)."""
    write_site(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Kaisa Ilves\n",
        "index.qmd": "---\ntitle: Kaisa Ilves\n---\n\nI study young people and their screens.\n",
        "publications.qmd": "---\ntitle: Publications\nlisting:\n  - id: papers\n    contents:\n      - data/items.yml\n"
                            "    include:\n      type: \"{article,preprint}\"\n    exclude:\n      publication: \"**\"\n"
                            "    sort: date desc\n  - id: talks\n    contents:\n      - data/items.yml\n"
                            "    include:\n      type: \"{presentation}\"\n  - id: software\n    contents:\n"
                            "      - data/items.yml\n    include:\n      type: \"{computerProgram}\"\n---\n\n"
                            "## Articles\n\n::: {#papers}\n:::\n\n## Talks\n\n::: {#talks}\n:::\n\n"
                            "## Software\n\n::: {#software}\n:::\n",
        "data/items.yml": _ITEMS,
    })
    pubs = import_path(tmp_path).profile.publications
    assert sorted(p.title for p in pubs) == ["Daily moods of online players", "Sleep and screens in late adolescence"]


def test_a_quarto_listed_documents_link_to_a_file_by_its_name_is_beside_its_own_page(tmp_path):
    # "url: poster.pdf" in publication/2021-tides/index.qmd: Quarto puts the file beside the page it renders,
    # https://site/publication/2021-tides/poster.pdf (it was placed at the site's root); "/files/x.pdf" and full
    # addresses stay as they were
    write_site(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Kaisa Ilves\n  site-url: https://ilves.example.org\n",
        "index.qmd": "---\ntitle: Kaisa Ilves\n---\n\nI study tides and the people who watch them.\n",
        "publication/index.qmd": "---\ntitle: Publications\nlisting:\n  contents:\n    - \"**/index.qmd\"\n---\n",
        "publication/2021-tides/index.qmd": ("---\ntitle: 'Tide watchers and their notebooks'\nauthor:\n"
                                             "  - name: Kaisa Ilves\n  - Oona Berg\ndate: '2021-05-02'\n"
                                             "description: 'Coastal Letters'\nlinks:\n  - name: Paper\n"
                                             "    url: https://doi.org/10.1000/tide\n  - name: Poster\n"
                                             "    url: poster.pdf\n  - name: Slides\n    url: /files/tides.pdf\n---\n"),
    })
    (pub,) = import_path(tmp_path).profile.publications
    urls = set(pub.links.values()) | {link.url for link in pub.more_links}
    assert "https://ilves.example.org/publication/2021-tides/poster.pdf" in urls
    assert {"https://doi.org/10.1000/tide", "https://ilves.example.org/files/tides.pdf"} <= urls


def test_liquid_loops_keep_the_records_their_filters_show_and_with_makes_the_owner_an_author(tmp_path):
    """A page with two loops over ``_data/papers.yml``: one over ``| where: "kind", "journal"``, one whose body
    is ``{% if p.kind == "conference" %}``; the include writes "with" before the co-authors. The magazine piece is shown
    by neither loop. Before, all three records were read and the owner was no author of the first two."""
    write_site(tmp_path, {
        "_config.yml": 'title: "Ruth Okonjo"\nauthor:\n  name: "Ruth Okonjo"\n',
        "index.md": "---\nlayout: home\n---\n\nI am an engineer of small bridges.\n",
        "research.md": "---\ntitle: Research\npermalink: /research/\n---\n\n## Journal articles\n\n"
                       '{% assign journals = site.data.papers | where: "kind", "journal" %}\n'
                       "{% for p in journals %}{% include paper.html pub=p %}{% endfor %}\n\n"
                       "## Conference papers\n\n"
                       '{% for p in site.data.papers %}{% if p.kind == "conference" %}'
                       "{% include paper.html pub=p %}{% endif %}{% endfor %}\n",
        "_includes/paper.html": "{% assign pub = include.pub %}<p><b>{{ pub.title }}</b>, "
                                "{% unless pub.authors contains \"Ruth Okonjo\" %}with {% endunless %}"
                                "{% for a in pub.authors %}{{ a }}{% unless forloop.last %}, {% endunless %}"
                                "{% endfor %}, <i>{{ pub.venue }}</i> ({{ pub.year }})</p>\n",
        "_data/papers.yml": "- title: Load tests of timber footbridges\n  kind: journal\n  authors: [Ines Moreau]\n"
                            "  venue: Bridge Engineering Letters\n  year: 2021\n"
                            "- title: Cable sag under wind gusts\n  kind: conference\n  authors: [Li Wen, Ines Moreau]\n"
                            "  venue: Small Structures Symposium\n  year: 2022\n"
                            "- title: A folding deck for rural crossings\n  kind: magazine\n  authors: [Li Wen]\n"
                            "  venue: Rural Roads Monthly\n  year: 2020\n",
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Cable sag under wind gusts", "Load tests of timber footbridges"]
    cable = pubs["Cable sag under wind gusts"]
    assert [a.name for a in cable.authors] == ["Ruth Okonjo", "Li Wen", "Ines Moreau"] and cable.authors[0].is_self


def test_a_loop_writing_with_before_a_records_coauthors(tmp_path):
    """``(with {{ paper.coauthors | join: ", " }})`` over ``_data/papers.yml``: the owner and then the co-authors;
    a record naming none is the owner's alone. Before, the records had no authors."""
    write_site(tmp_path, {
        "_config.yml": 'title: "Pia Nordin"\nauthor:\n  name: "Pia Nordin"\n',
        "index.md": "---\nlayout: home\n---\n\nI am an economist of small islands.\n",
        "research.md": "---\ntitle: Research\npermalink: /research/\n---\n\n## Working papers\n\n"
                       "{% for paper in site.data.papers %}\n* **{{ paper.title }}**{% if paper.coauthors %} "
                       "(with {{ paper.coauthors | join: \", \" }}){% endif %}\n  - *{{ paper.journal }}*\n{% endfor %}\n",
        "_data/papers.yml": "- title: Wages and winters\n  coauthors: [Ola Berg, Kim Lund]\n"
                            "  journal: Nordic Economic Review\n  year: 2021\n"
                            "- title: Ferries and firms\n  journal: Island Economics\n  year: 2019\n",
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert [a.name for a in pubs["Wages and winters"].authors] == ["Pia Nordin", "Ola Berg", "Kim Lund"]
    assert pubs["Wages and winters"].authors[0].is_self
    assert [a.name for a in pubs["Ferries and firms"].authors] == ["Pia Nordin"]


def test_a_home_page_showing_the_first_news_items_of_a_data_file(tmp_path):
    """``{% for item in site.data.news limit: 2 %}`` on the home page of a personal site: the first two items
    are its news. Before, none were read (the data file's news were read for a lab's site only)."""
    write_site(tmp_path, {
        "_config.yml": 'title: "Ruth Okonjo"\nauthor:\n  name: "Ruth Okonjo"\n',
        "index.md": "---\nlayout: home\n---\n\nI am an engineer of small bridges.\n\n## News\n\n"
                    "{% for item in site.data.news limit: 2 %}\n- {{ item.date }}: {{ item.text }}\n{% endfor %}\n",
        "_data/news.yml": '- date: "Mar 2026"\n  text: "Talk at the bridge meeting."\n'
                          '- date: "Jan 2026"\n  text: "New paper on cable sag."\n'
                          '- date: "Oct 2025"\n  text: "Joined the Lakeside lab."\n',
    })
    news = import_path(tmp_path).profile.news
    assert [n.text for n in news] == ["Talk at the bridge meeting.", "New paper on cable sag."]


def test_a_paper_listed_as_preprint_and_as_published_is_one_work(tmp_path):
    """A DBLP-made ``publications.json`` holds the ePrint record and the journal record of one paper (titles
    differing in a hyphen and a colon): one work, the journal's, with the preprint's link too."""
    write_site(tmp_path, {
        "src/settings.ts": 'export const profile = {\n  fullName: "Arno Vilks",\n  title: "Researcher",\n};\n',
        "src/pages/papers.astro": "---\nimport data from '../data/publications.json';\n---\n"
                                  "{data.publications.map((p) => <li>{p.title}</li>)}\n",
        "src/data/publications.json": '{"publications": [\n'
            '{"title": "Key-Recovery Attacks on Tiny Ciphers: Application to Wren.", "authors": "Arno Vilks, Mei Sato",'
            ' "venue": "IACR Trans. Symmetric Cryptol.", "year": 2022, "url": "https://doi.org/10.5555/tosc.1"},\n'
            '{"title": "Key Recovery Attacks on Tiny Ciphers Application to Wren.", "authors": "Arno Vilks, Mei Sato",'
            ' "venue": "IACR Cryptol. ePrint Arch.", "year": 2021, "url": "https://eprint.example.org/2021/7"},\n'
            '{"title": "Counting rounds of small permutations.", "authors": "Mei Sato, Arno Vilks",'
            ' "venue": "CoRR", "year": 2023, "url": "https://arxiv.org/abs/2301.00001"},\n'
            '{"title": "Differential trails of Wren.", "authors": "Arno Vilks",'
            ' "venue": "FSE", "year": 2020, "url": "https://doi.org/10.5555/fse.3"}\n]}\n',
    })
    pubs = import_path(tmp_path).profile.publications
    assert len(pubs) == 3
    key = next(p for p in pubs if p.title.startswith("Key"))
    assert key.year == 2022 and key.venue.startswith("IACR Trans")
    assert "https://eprint.example.org/2021/7" in key.links.values()


def test_the_simple_liquid_filter_forms_and_limits():
    loops = dict(liquid_listings(
        '{% assign sel = site.data.pubs | where_exp: "x", "x.selected == true" | sort: "year" | reverse %}'
        "{% for p in sel limit: 1 %}{{ p.title }}{% endfor %}"))
    assert loops["pubs"].tests == [[("truthy", "selected", "")]] and loops["pubs"].limit == 1
    records = [{"title": "a", "year": 2019, "selected": True}, {"title": "b", "year": 2021, "selected": True},
               {"title": "c", "year": 2023}]
    assert shown(records, [loops["pubs"]]) == [False, True, False]
    # a filter not read shows every record; no listing says nothing
    unknown = dict(liquid_listings('{% assign s = site.data.pubs | where: "year", site.time %}'
                                   "{% for p in s %}{% endfor %}"))
    assert unknown["pubs"].tests is None and shown(records, [unknown["pubs"]]) is None
    assert shown(records, []) is None and shown(records, [Listing(limit=2)]) == [True, True, False]


def test_which_records_of_one_title_are_one_work():
    def pub(title, venue, link):
        return Publication(title=title, venue=venue, links={"paper": link})

    merged = merge_versions([pub("Tides of the Inner Sea", "bioRxiv", "https://b.example/1"),
                             pub("Tides of the inner sea", "Marine Letters", "https://m.example/1"),
                             pub("Reef sound maps", "PsyArXiv", "https://p.example/2"),
                             pub("Reef Sound Maps", "Under review", "https://u.example/2"),
                             pub("Kelp and currents at dusk", "Ocean Conference", "https://c.example/3"),
                             pub("Kelp and currents at dusk", "Journal of Kelp", "https://j.example/3")])
    assert [(p.title, p.venue) for p in merged] == [
        ("Tides of the inner sea", "Marine Letters"), ("Reef Sound Maps", "Under review"),
        ("Kelp and currents at dusk", "Ocean Conference"), ("Kelp and currents at dusk", "Journal of Kelp")]
    assert "https://b.example/1" in merged[0].links.values()


def test_a_quarto_listing_whose_contents_step_up_and_back_into_the_site_lists_its_papers(tmp_path):
    # a Quarto lab site's publications/index.qmd listing "../publications/**/*.qmd" (one folder per paper, an EJS
    # template of its own): a pattern with ".." named no file, 0 papers; the steps are taken, and a file outside
    # the site stays out
    paper = ("---\ntitle: \"{t}\"\ndate: {y}-01-01\nauthor: [\"Ines Duarte\", \"Karl Ng\"]\n"
             "publication: \"Journal of Plasmons, {y}\"\n---\n")
    p = imported_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Duarte Group\n",
        "index.qmd": "---\ntitle: Ines Duarte\n---\n\nI lead a group that studies light in small metal grains.\n",
        "publications/index.qmd": "---\ntitle: Publications\nlisting:\n  - id: pubs\n"
                                  "    template: ../_ejs/publications.ejs\n"
                                  "    contents: ../publications/**/*.qmd\n---\n\n:::{#pubs}\n:::\n",
        "publications/2019_001_gold/index.qmd": paper.format(t="Gold grains ring like bells", y=2019),
        "publications/2021_002_silver/index.qmd": paper.format(t="Silver rods guide light", y=2021),
    })
    assert sorted(x.title for x in p.publications) == ["Gold grains ring like bells", "Silver rods guide light"]


def test_a_folder_index_page_looping_over_a_data_file_lists_its_records_with_their_citations(tmp_path: Path):
    # "publications/index.html" (served at /publications/ with no permalink of its own) loops over
    # site.data.publications; each record has a title and a citation that leaves the title out
    prof = imported_site(tmp_path / "lab", {
        "_config.yml": 'title: "Vester Lab"\nauthor:\n  name: "Ilse Vester"\n',
        "index.html": "---\nlayout: home\n---\n<p>The Vester lab studies frogs of cloud forests.</p>\n",
        "publications/index.html": (
            "---\nlayout: page\ntitle: Publications\n---\n"
            "{% for pub in site.data.publications %}\n<h3>{{ pub.title | markdownify }}</h3>\n"
            "<h4>{{ pub.citation | markdownify }}</h4>\n{% endfor %}\n"),
        "_data/publications.yml": (
            '- title: "**Calls of tree frogs after rain**"\n'
            '  citation: "Moreno L, **Vester I**, Quint A. (2022) *Journal of Wet Forests*."\n'
            "  date: 202205\n\n"
            '- title: "**Frogs that climb the highest trees**"\n'
            '  citation: "**Vester I**, Moreno L. (2019) *Canopy Biology*."\n'
            "  date: 201903\n")})
    pubs = sorted(prof.publications, key=lambda p: p.title)
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Calls of tree frogs after rain", 2022, "Journal of Wet Forests"),
        ("Frogs that climb the highest trees", 2019, "Canopy Biology")]
    assert [a.name for a in pubs[0].authors] == ["Moreno L", "Vester I", "Quint A"]


def test_a_collection_whose_only_loop_is_commented_out_is_not_the_sites_list(tmp_path):
    """An academicpages site whose publications page wraps its loop over the ``_publications`` collection in an HTML
    comment and lists the owner's papers by hand below it: the collection's documents (a paper left there under
    another name) are shown nowhere, so the works are the hand-written list only. A loop the page leaves open still
    shows the collection. Before, a commented-out loop counted as a loop that shows every document: the
    collection's paper was added to the list."""
    files = {
        **academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n", titled=True),
        "_pages/publications.md": (
            "---\ntitle: Publications\npermalink: /publications/\n---\n\n<!--\n"
            "{% for post in site.publications reversed %}\n  {% include archive-single.html %}\n{% endfor %}\n"
            "-->\n\n## Journal Papers\n\n"
            "- **I. Lema**, A. Roe, \u201cCounting Rivers with Sparse Maps\u201d, ***Journal of Tides*** (2024).\n\n"
            "- A. Roe, **I. Lema**, \u201cSand Ripples under Slow Currents\u201d, ***Coast Letters*** (2023).\n"),
        "_publications/2010-10-01-paper-title-number-2.md": (
            "---\ntitle: \"Mapping Estuaries by Boat\"\ncollection: publications\ndate: 2021-01-01\n"
            "venue: 'Estuary Review'\n---\nIvo Lema and Ada Roe.\n")}
    p = imported_site(tmp_path / "hidden", files)
    assert sorted(x.title for x in p.publications) == ["Counting Rivers with Sparse Maps",
                                                       "Sand Ripples under Slow Currents"]
    shown = {**files, "_pages/publications.md": files["_pages/publications.md"].replace("<!--\n", "").replace(
        "-->\n", "")}
    p = imported_site(tmp_path / "shown", shown)
    assert "Mapping Estuaries by Boat" in [x.title for x in p.publications]


_FILTERED_PAGE = """---
title: "Papers"
permalink: /publications/
---

<h1>Journal papers</h1>
{% for post in site.publications reversed %}
  {% if post.permalink contains 'preprint' %}
  {% else %}
    {% include archive-single.html %}
  {% endif %}
{% endfor %}

<h1>Preprints</h1>
{% for post in site.publications reversed %}
  {% if post.permalink contains 'preprint' %}
    {% unless post.superseded %}
      {% include archive-single.html %}
    {% endunless %}
  {% endif %}
{% endfor %}
"""


def _collection_item(title: str, slug: str, extra: str = "") -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\npermalink: /publication/{slug}\n"
            f"date: 2021-01-01\nvenue: 'Insect Letters'\n{extra}citation: 'I. Varga, P. Holt, {title}. "
            f"Insect Letters (2021).'\n---\n")


def test_a_collection_item_the_publications_pages_loops_leave_out_is_not_read(tmp_path):
    # academicpages' publications page loops over the collection with nested conditions: papers whose permalink
    # says "preprint" are shown as preprints, unless a flag says a paper has since been published (that version
    # is shown elsewhere): the flagged preprint is on no page
    pubs = {"2021-moths": _collection_item("Moths at dusk", "2021-moths"),
            "preprint-2020-moths": _collection_item("Moths at dusk, early version", "preprint-2020-moths",
                                                    "superseded: true\n"),
            "preprint-2022-lamps": _collection_item("Why lamps draw moths", "preprint-2022-lamps")}
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.html": _FILTERED_PAGE,
             "_includes/archive-single.html": "<h2>{{ post.title }}</h2>\n<p>{{ post.citation }}</p>\n"}
    files.update({f"_publications/{k}.md": v for k, v in pubs.items()})
    write_site(tmp_path, files)
    p = import_path(tmp_path).profile
    assert sorted(x.title for x in p.publications) == ["Moths at dusk", "Why lamps draw moths"]
    assert any(u.file == "_publications/preprint-2020-moths.md" for u in p.unparsed)


def test_a_plain_loop_over_the_collection_reads_each_document_once(tmp_path, monkeypatch):
    # academicpages' plain "{% for post in site.publications %}" shows every document: their fields are not read a
    # second time to ask which it shows (they were, for every such site)
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.html": ("{% for post in site.publications reversed %}\n"
                                          "  {% include archive-single.html %}\n{% endfor %}\n"),
             "_includes/archive-single.html": "<h2>{{ post.title }}</h2>\n",
             "_publications/2021-moths.md": _collection_item("Moths at dusk", "2021-moths")}
    write_site(tmp_path, files)
    profile, parsed = import_counting_parses(tmp_path, monkeypatch, "yaml_with_spans")
    assert [x.title for x in profile.publications] == ["Moths at dusk"]
    assert parsed.count("2021-moths.md") == 1


def test_a_loop_over_a_variable_assigned_from_the_collection_shows_its_documents(tmp_path):
    """A publications page that sorts the collection into a variable first ("{% assign mine = site.publications |
    sort: 'year' | reverse %}", then "{% for post in mine %}") beside a commented-out loop of the CV page: the
    collection's documents are the works. Before, only a data file's list could be assigned, so the commented-out
    loop was the collection's only one and hid every document."""
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.md": ("---\ntitle: Papers\npermalink: /publications/\n---\n\n"
                                        "{% assign mine = site.publications | sort: \"year\" | reverse %}\n<ol>\n"
                                        "{% for post in mine %}<li>{{ post.citation }}</li>{% endfor %}\n</ol>\n"),
             "_pages/cv.md": ("---\ntitle: CV\npermalink: /cv/\n---\n\n<!--\n"
                              "{% for post in site.publications reversed %}{% include archive-single-cv.html %}"
                              "{% endfor %}\n-->\n"),
             "_publications/2021-moths.md": _collection_item("Moths at dusk", "2021-moths"),
             "_publications/2022-lamps.md": _collection_item("Why lamps draw moths", "2022-lamps")}
    p = imported_site(tmp_path, files)
    assert sorted(x.title for x in p.publications) == ["Moths at dusk", "Why lamps draw moths"]
    loops = dict(liquid_listings(files["_pages/publications.md"]))
    assert loops["site.publications"].sort == ("year", True) and loops["site.publications"].tests == [[]]


def test_a_filtering_loop_over_the_collection_reads_each_document_once(tmp_path, monkeypatch):
    # issue 7: the loops' conditions ask each document's fields, and the document is then read as a work: its front
    # matter is parsed once for both (it was parsed twice on every site whose loops filter the collection)
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.html": _FILTERED_PAGE,
             "_includes/archive-single.html": "<h2>{{ post.title }}</h2>\n",
             "_publications/2021-moths.md": _collection_item("Moths at dusk", "2021-moths"),
             "_publications/preprint-2022-lamps.md": _collection_item("Why lamps draw moths", "preprint-2022-lamps")}
    write_site(tmp_path, files)
    profile, parsed = import_counting_parses(tmp_path, monkeypatch, "yaml_with_spans")
    assert sorted(x.title for x in profile.publications) == ["Moths at dusk", "Why lamps draw moths"]
    assert parsed.count("2021-moths.md") == 1 and parsed.count("preprint-2022-lamps.md") == 1, parsed


def test_a_listed_quarto_document_citing_its_own_paper_takes_its_authors_and_venue_from_the_entry(tmp_path):
    # hunt47 (ecostantini): "research/*.qmd" listed by research.qmd, each with "bibliography: ../refs.bib" and
    # "nocite: '@key'" (the page shows that entry as its citation): before, every work had no authors nor venue
    item = ("---\ntitle: \"{title}\"\ndate: '{date}'\nbibliography: ../resources/shelf.bib\nnocite: '@{key}'\n---\n\n"
            "# Citation\n\n::: {{#refs}}\n:::\n")
    write_site(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Kaisa Ilves\n",
        "index.qmd": "---\ntitle: Kaisa Ilves\n---\n\nI study young people and their screens.\n",
        "research.qmd": "---\ntitle: Publications\nlisting:\n  contents: research\n  sort: date desc\n---\n",
        "research/sleep.qmd": item.format(title="Sleep and screens in late adolescence", date="2022-02-01",
                                          key="ilves2023"),
        "research/moods.qmd": item.format(title="Daily moods of online players", date="2021-05-01", key="ilves2021"),
        # (the site's shelf of references: the owner's two papers among others' works it cites in posts)
        "resources/shelf.bib": ("@article{ilves2023,\n  title={Sleep and Screens in Late Adolescence},\n"
                     "  author={Kaisa Ilves and Toomas Kask},\n  journal={Journal of Youth Studies},\n  year={2023},\n"
                     "  doi={10.5555/jys.2023.4}\n}\n\n@article{ilves2021,\n  title={Daily Moods of Online Players},\n"
                     "  author={Mari Tamm and Kaisa Ilves},\n  journal={Games and Minds},\n  year={2021}\n}\n\n"
                     + "".join(f"@book{{other{k},\n  title={{A Book Not on the Site, Part {k}}},\n  author={{Jaan Poom}},\n"
                               f"  year={{20{10 + k}}}\n}}\n\n" for k in range(4))),
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Daily moods of online players", "Sleep and screens in late adolescence"]
    sleep = pubs["Sleep and screens in late adolescence"]
    assert [a.name for a in sleep.authors] == ["Kaisa Ilves", "Toomas Kask"] and sleep.authors[0].is_self
    assert sleep.venue == "Journal of Youth Studies" and sleep.doi == "10.5555/jys.2023.4"
    assert pubs["Daily moods of online players"].venue == "Games and Minds"


def test_a_liquid_variable_assigned_from_another_keeps_the_first_ones_filters_and_adds_its_own():
    # "{% assign mine = all | where: ... %}" after "{% assign all = site.data.papers | sort: ... %}" (no measured
    # site chains two assigns): the loop over "mine" lists site.data.papers, sorted by year, journal papers only
    loops = dict(liquid_listings(
        '{% assign all = site.data.papers | sort: "year" %}{% assign mine = all | where: "kind", "journal" %}'
        "{% for p in mine %}{{ p.title }}{% endfor %}"))
    assert loops["papers"].tests == [[("==", "kind", "journal")]] and loops["papers"].sort == ("year", False)


_SCRIPT_ARTICLES = """\
const article = [
    {
        id: 1,
        date: `2022`,
        title: `Moreau, P., & Lindqvist, A.`,
        body: `Reading circles in rural schools. Journal of Village Learning, 12(3), 40-51.`,
    },
    {
        id: 2,
        date: `2020`,
        title: `Lindqvist, A., Moreau, P., & Osei, K.`,
        body: `Homework and sleep in early grades. Early Years Review, 8(1), 1-9.`,
    },
    {
        id: 3,
        date: `2018`,
        title: `Moreau, P.`,
        body: `Teachers' notes on play. Classroom Studies, 3(2), 77-80.`,
    },
]

const loadArticles = () => {
    let box = document.querySelector('.article-box');
    let html = ''
    article.map((item) => {
        const {date, title, body} = item;
        html += `
        <div class="card">
            <!-- <img src="${img}"> -->
            <h5>${date}</h5>
            <p class="title"><strong>${title}</strong> ${body}</p>
        </div>`
        box.innerHTML = html;
    })
}
loadArticles()
"""


def test_a_scripts_list_written_out_by_its_template_literal_is_read_as_the_works_the_page_shows(tmp_path):
    # a hand-written site whose papers page is an empty box its script fills: the script maps over its own
    # list of {date, title: authors, body: title and venue} and writes each with a template literal; the menu
    # calls the page that loads the script "Journal Articles". Before, the records were read as dated news.
    profile = imported_site(tmp_path, {
        "index.html": "<html><head><title>Pauline Moreau</title></head><body><h1>Pauline Moreau</h1>"
                      "<nav><a href='articles.html'>Journal Articles</a></nav><p>Professor of Education.</p>"
                      "</body></html>",
        "articles.html": "<html><body><h2>Articles</h2><div class='article-box'></div>"
                         "<script src='./articles.js'></script></body></html>",
        "articles.js": _SCRIPT_ARTICLES,
    })
    titles = {p.title: p for p in profile.publications}
    assert set(titles) == {"Reading circles in rural schools", "Homework and sleep in early grades",
                           "Teachers' notes on play"}
    assert titles["Homework and sleep in early grades"].venue == "Early Years Review"
    assert [a.name for a in titles["Reading circles in rural schools"].authors] == ["P. Moreau", "A. Lindqvist"]
    assert not profile.news


def test_a_scripts_list_defined_in_another_script_beside_it_is_read_as_the_works_the_page_shows(tmp_path):
    # the same site with its list kept in a script of its own ("data.js": the list, no loop) and the loop in
    # another ("articles.js"), both loaded by the page: the list is found beside the loop. Before, only a script
    # that itself held a loop was looked in, and the records were read as dated news.
    data, loop = _SCRIPT_ARTICLES.split("const loadArticles")
    profile = imported_site(tmp_path, {
        "index.html": "<html><head><title>Pauline Moreau</title></head><body><h1>Pauline Moreau</h1>"
                      "<nav><a href='articles.html'>Journal Articles</a></nav><p>Professor of Education.</p>"
                      "</body></html>",
        "articles.html": "<html><body><h2>Articles</h2><div class='article-box'></div>"
                         "<script src='./data.js'></script><script src='./articles.js'></script></body></html>",
        "data.js": data,
        "articles.js": "const loadArticles" + loop,
    })
    assert {p.title for p in profile.publications} == {
        "Reading circles in rural schools", "Homework and sleep in early grades", "Teachers' notes on play"}
    assert not profile.news


def test_the_menu_label_of_a_scripts_page_is_read_from_its_links_as_every_link_is(tmp_path):
    # the kind of a script's list is the label a menu gives the page that loads it, read by the one reader of a
    # page's links (md_links): a link with a fragment ("articles.html#list") and a label with an entity or markup
    # in it name the page too
    from kg.importers.site.listings import _script_kind, _site_html

    (tmp_path / "index.html").write_text("<nav><a href='articles.html#list'>Journal &amp; Articles</a> "
                                         "<a href=\"/chapters.html\"><b>Book</b> Chapters</a></nav>")
    (tmp_path / "articles.html").write_text("<div id=list></div><script src='./articles.js'></script>")
    (tmp_path / "chapters.html").write_text("<script src='chapters.js'></script>")
    for name in ("articles.js", "chapters.js"):
        (tmp_path / name).write_text("")
    html = _site_html(tmp_path, {})  # (the site's pages, read once for every script's listing)
    assert _script_kind(tmp_path / "articles.js", html) == "publications"
    assert _script_kind(tmp_path / "chapters.js", html) == "publications"


def test_a_loop_under_a_bold_paragraph_naming_talks_lists_no_papers(tmp_path):
    """A page whose section labels are bold paragraphs, no headings (``<p style="font-weight:bold;"> Conference
    Presentations </p>``), loops over one data file under each: the records its talks' loop shows are talks, not
    papers. Before, the label was not read, the loop had no section and every record was a paper."""
    write_site(tmp_path, {
        "_config.yml": 'title: "Ruth Okonjo"\nauthor:\n  name: "Ruth Okonjo"\n',
        "index.md": "---\nlayout: home\n---\n\nI am an engineer of small bridges.\n",
        "publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                           '<p style="color:Blue; font-weight:bold;"> Journal Articles </p>\n\n'
                           '{% for p in site.data.papers %}{% if p.kind == "journal" %}'
                           "<p><b>{{ p.title }}</b>, {{ p.authors | join: ', ' }}, <i>{{ p.venue }}</i>, {{ p.year }}</p>"
                           "{% endif %}{% endfor %}\n",
        "research.md": "---\ntitle: Research\npermalink: /research/\n---\n\n"
                       '<p style="color:Blue; font-weight:bold;"> Conference Presentations </p>\n\n'
                       '{% for p in site.data.papers %}{% if p.kind == "talk" %}'
                       "<p><b>{{ p.title }}</b>, {{ p.authors | join: ', ' }}, <i>{{ p.venue }}</i>, {{ p.year }}</p>"
                       "{% endif %}{% endfor %}\n",
        "_data/papers.yml": "- title: Load tests of timber footbridges\n  kind: journal\n  authors: [Ruth Okonjo, Ines Moreau]\n"
                            "  venue: Bridge Engineering Letters\n  year: 2021\n"
                            "- title: Cable sag under wind gusts\n  kind: talk\n  authors: [Ruth Okonjo, Li Wen]\n"
                            "  venue: Small Structures Symposium\n  year: 2022\n",
    })
    assert [p.title for p in import_path(tmp_path).profile.publications] == ["Load tests of timber footbridges"]
    loops = liquid_listings('**Invited Talks**\n\n{% for p in site.data.pubs %}{{ p.title }}{% endfor %}\n'
                            "<p><b>My favourite bridges</b></p>\n{% for p in site.data.pubs %}{{ p.title }}{% endfor %}")
    assert [x.kind for _, x in loops] == ["talks", "talks"]  # (a bold line naming no section is no heading)


def test_the_scripts_beside_a_looping_script_are_read_once_for_every_looping_script_of_the_folder(tmp_path):
    # two looping scripts of one folder look for their lists in the same scripts beside them: the folder's are read
    # from disk once (a script among the site's texts is not read again), not once for every looping script
    from kg.importers.site.listings import _site_scripts

    texts = {tmp_path / "talks.js": "talks.map(t => t)", tmp_path / "papers.js": "papers.map(p => p)"}
    (tmp_path / "data.js").write_text("const papers = [];")
    beside: dict = {}
    first = _site_scripts(tmp_path / "talks.js", texts, beside)
    assert list(first) == [tmp_path / "talks.js", tmp_path / "papers.js", tmp_path / "data.js"]
    (tmp_path / "data.js").unlink()  # (read already: the second looping script finds it in what was read)
    second = _site_scripts(tmp_path / "papers.js", texts, beside)
    assert list(second) == [tmp_path / "papers.js", tmp_path / "talks.js", tmp_path / "data.js"]
    assert second[tmp_path / "data.js"] == "const papers = [];"


def test_a_script_beside_a_looping_script_that_cannot_be_read_is_passed_over(tmp_path, monkeypatch):
    # a script the importing user may not read (a file kept private on a shared disk): the others beside it are
    # still read, and the import goes on; before, the OSError stopped the whole site
    from kg.importers.site.listings import _site_scripts

    (tmp_path / "data.js").write_text("const papers = [];")
    (tmp_path / "private.js").write_text("const notes = [];")
    read = Path.read_text

    def refuse_private(path, *args, **kwargs):
        if path.name == "private.js":
            raise PermissionError(13, "Permission denied", str(path))
        return read(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse_private)
    found = _site_scripts(tmp_path / "papers.js", {tmp_path / "papers.js": "papers.map(p => p)"}, {})
    assert list(found) == [tmp_path / "papers.js", tmp_path / "data.js"]


def test_a_bold_paragraph_in_html_tags_naming_a_section_heads_the_loop_after_it():
    """``<p><b>Talks</b></p>`` and ``<p><strong>Service</strong></p>`` alone on their lines (a template's section
    labels written as bold paragraphs, no headings): each is the section the loop after it renders under, after a
    markdown heading above them (before, both loops were under "Selected Papers": the talks read as papers)."""
    loops = liquid_listings("## Selected Papers\n\n{% for p in site.data.pubs %}{{ p.title }}{% endfor %}\n"
                            "<p><b>Talks</b></p>\n{% for p in site.data.pubs %}{{ p.title }}{% endfor %}\n"
                            "<p><strong>Service</strong></p>\n{% for p in site.data.pubs %}{{ p.title }}{% endfor %}\n")
    assert [x.kind for _, x in loops] == ["publications", "talks", "service"]


def test_a_scripts_list_looped_over_twice_has_its_pages_scanned_once_for_its_kind(tmp_path, monkeypatch):
    # two loops over one list (every paper, and a box of them) both take the kind the menu gives the page loading
    # the list's script: the site's pages are scanned for it once, not once for every loop
    from kg.importers.site import listings

    script = ("const papers = [{title: 'Moths at dusk'}];\n"
              "papers.map((p) => { html += `<li>${p.title}</li>`; });\n"
              "papers.forEach((p) => { box += `<b>${p.title}</b>`; });\n")
    write_site(tmp_path, {"index.html": "<nav><a href='papers.html'>Publications</a></nav>",
                          "papers.html": "<script src='papers.js'></script>", "papers.js": script})
    asked, real = [], listings._script_kind
    monkeypatch.setattr(listings, "_script_kind", lambda path, html: asked.append(path) or real(path, html))
    found = listings.site_listings(tmp_path, {tmp_path / "papers.js": script})
    assert [x.kind for x in found[(tmp_path / "papers.js").resolve()]] == ["publications", "publications"]
    assert asked == [tmp_path / "papers.js"]


def test_a_scripts_list_is_found_where_the_module_reader_reads_it_bound_not_in_a_comment(tmp_path):
    # the list a loop runs over is the one a script binds as the module reader (js_data.module_of) reads it: an
    # older script beside it that holds the definition only in a comment is not where the list is
    from kg.importers.site.listings import site_listings

    loop = "papers.map((p) => { html += `<li>${p.title}</li>`; });\n"
    write_site(tmp_path, {"index.html": "<script src='data.js'></script><script src='main.js'></script>",
                          "main.js": loop, "a-old.js": "// const papers = [{title: 'Draft'}];\n",
                          "data.js": "const papers = [{title: 'Moths at dusk'}];\n"})
    found = site_listings(tmp_path, {tmp_path / "main.js": loop})
    assert list(found) == [(tmp_path / "data.js").resolve()]


def test_a_hugo_range_over_a_sorted_filtered_list_and_one_appended_to_another_shows_each_filter():
    # the home template sorts its filtered lists ("sort (where ...) "date" "desc"", "range sort $x "date"") and
    # puts the job-market paper before the working papers with "| append": each list a range walks is read, the
    # records of no list ("type: old") on no page
    from kg.importers.site.listings import hugo_listings

    template = ('{{ $drafts := sort (where .Site.Data.works "kind" "draft") "date" "desc" }}\n'
                '{{ $drafts := where .Site.Data.works "kind" "lead" | append $drafts }}\n'
                '<h3>Working papers</h3>\n{{ range $drafts }}<li>{{ .title }}</li>{{ end }}\n'
                '{{ $out := where .Site.Data.works "kind" "article" }}\n'
                '<h3>Articles</h3>\n{{ range sort $out "date" "desc" }}<li>{{ .title }}</li>{{ end }}\n')
    found = [(name, listing.tests) for name, listing in hugo_listings(template)]
    assert found == [("works", [[("==", "kind", "lead")]]), ("works", [[("==", "kind", "draft")]]),
                     ("works", [[("==", "kind", "article")]])]


def test_a_hugo_list_appended_with_a_where_keeps_both_lists_and_a_cut_after_the_pipe():
    # "$p := where ... "current" | append (where ... "rr")" walks both lists (the appended one was dropped and its
    # paper hidden); "| first 5" and "| after 2" cut the list; an appended variable never set, or a cut of two
    # lists appended together, is not read: no listing, as for any list the reader does not know
    from kg.importers.site.listings import hugo_listings

    def read(template):
        return [(name, x.tests, x.limit, x.offset) for name, x in hugo_listings(template)]

    both = ('{{ $p := where .Site.Data.papers "status" "current" | append (where .Site.Data.papers "status" "rr") }}'
            '<h1>Papers</h1>{{ range $p }}<li>{{ .title }}</li>{{ end }}')
    assert read(both) == [("papers", [[("==", "status", "current")]], None, 0),
                          ("papers", [[("==", "status", "rr")]], None, 0)]
    assert read('{{ $p := where .Site.Data.pubs "type" "wp" | first 5 }}{{ range $p }}x{{ end }}') == [
        ("pubs", [[("==", "type", "wp")]], 5, 0)]
    assert read('{{ $p := where .Site.Data.pubs "type" "wp" | after 2 }}{{ range $p }}x{{ end }}') == [
        ("pubs", [[("==", "type", "wp")]], None, 2)]
    assert read('{{ range first 3 (where .Site.Data.pubs "type" "wp") | after 1 }}x{{ end }}') == [
        ("pubs", [[("==", "type", "wp")]], 2, 1)]
    assert read('{{ $p := where .Site.Data.pubs "type" "wp" | append $never }}{{ range $p }}x{{ end }}') == []
    assert read('{{ $p := where .Site.Data.pubs "type" "wp" | append (where .Site.Data.pubs "type" "rr") | first 5 }}'
                '{{ range $p }}x{{ end }}') == []


def test_a_hugo_variable_set_again_is_walked_with_the_value_it_has_at_each_range():
    # "$p := ... "wp"", a range under "Working", then "$p := ... "pub"" and a range under "Publications": the
    # first range walks the working papers (both ranges were read as the last value), and a value set to what
    # is not read hides no earlier one
    from kg.importers.site.listings import hugo_listings

    template = ('{{ $p := where .Site.Data.pubs "type" "wp" }}<h3>Working</h3>{{ range $p }}x{{ end }}'
                '{{ $p := where .Site.Data.pubs "type" "pub" }}<h3>Publications</h3>{{ range $p }}y{{ end }}'
                '{{ $p = .Params.extra }}<h3>More</h3>{{ range $p }}z{{ end }}')
    assert [(name, x.tests) for name, x in hugo_listings(template)] == [
        ("pubs", [[("==", "type", "wp")]]), ("pubs", [[("==", "type", "pub")]])]


def test_the_works_naming_the_owner_are_told_without_parsing_names_lacking_their_family_name(monkeypatch):
    # a file of three works or more, fewer than half naming the owner, is others' works; an author written family name
    # first with initials ("Marrow, I.") names the owner. Only the names holding a word of the owner's family name
    # are parsed (nameparser, ~0.2 ms a name: every author of every work of a site)
    from kg.importers.site import assemble
    from kg.model import Author

    parsed: list[str] = []
    real = assemble.name_parts
    monkeypatch.setattr(assemble, "name_parts", lambda n: parsed.append(n) or real(n))

    def work(i: int, *names: str, file: str) -> Publication:
        return Publication(title=f"Tidal study {i}", year=2020, authors=[Author(name=n) for n in names], file=file)

    mine = [work(i, "Ilse Marrow", "Tomas Pell", file="index.html") for i in range(10)]
    cited = [work(10 + i, "Oswin Brightwater", "Delia Fenn", file="links.html") for i in range(3)]
    named = work(13, "Marrow, I.", "Oswin Brightwater", file="links.html")
    kept, others = assemble._owners_works([*mine, *cited, named], "Ilse Marrow")
    assert others == cited and named in kept and all(p in kept for p in mine)
    assert "Marrow, I." in parsed and not {"Oswin Brightwater", "Delia Fenn", "Tomas Pell"} & set(parsed)


def test_a_listing_of_posts_whose_id_says_news_on_a_group_home_page_lists_no_papers(tmp_path):
    # w89h (a lab's Quarto site): the home page, titled "... Research Group" (a page about publications by its
    # title), lists the group's posts under "id: news-listings" beside a listing of its papers; before, every post
    # ("Welcome Ada!", "Field trip to the marsh") was read as a paper: the page's kind was asked, not the listing's
    post = "---\ntitle: \"{t}\"\ndate: {d}\n---\n\nA short note of the group.\n"
    paper = ("---\ntitle: \"{t}\"\ndate: {y}-01-01\nauthor: [\"Ines Duarte\", \"Karl Ng\"]\n"
             "publication: \"Salt Letters\"\n---\n")
    p = imported_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Duarte Group\n",
        "index.qmd": "---\ntitle: Duarte Research Group\nlisting:\n  - id: news-listings\n    contents:\n"
                     "      - \"posts/*.qmd\"\n  - id: recent\n    contents:\n      - \"papers/*.qmd\"\n---\n\n"
                     "We study salt marshes and the tides that shape them.\n\n**Ines Duarte** is a professor of "
                     "coastal ecology at the University of Tidewater.\n\n## News\n\n::: {#news-listings}\n:::\n\n"
                     "## Recent papers\n\n::: {#recent}\n:::\n",
        "posts/welcome.qmd": post.format(t="Welcome Ada!", d="2024-01-02"),
        "posts/trip.qmd": post.format(t="Field trip to the marsh", d="2024-05-03"),
        "papers/tides.qmd": paper.format(t="Tides reshape marsh edges", y=2023),
    })
    assert [x.title for x in p.publications] == ["Tides reshape marsh edges"]
