"""Publication records kept in structured files, read the same way in every family of site.

Each fixture under ``tests/fixtures/sites/records-*`` is an invented site whose papers live in records, not in a
page's text: a Jekyll data file grouped by year that a linked page loops over, a Jekyll collection not named
``_publications`` whose authors and journals are keys into ``_data`` tables, a Hugo ``data/`` list read by a
custom layout (co-authors only), a Gatsby JSON file, a Next.js TypeScript module and CSV table, an Astro content
collection. Before the one record reader (:mod:`kg.importers.site.record_files`) each read no publication, or
failed for want of an owner.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.site.record_files import file_records
from kg.importers.site.records import is_publication
from kg.importers.base import SourceDoc

from .sitefiles import academicpages_home, imported_site, sveltekit_site, write_site

SITES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"


def _pubs(name: str):
    result = import_path(SITES / name)
    return result, {p.title: p for p in result.profile.publications}


def test_a_data_list_grouped_by_year_that_a_linked_page_loops_over():
    # before: 0 publications (the loop sits in assets/lists/papers.md, a page no family reader opened, and the
    # records sit one level down, under each year)
    result, pubs = _pubs("records-jekyll")
    assert result.format == "jekyll"
    recharge = pubs["Groundwater recharge under thawing permafrost"]
    assert recharge.year == 2022 and recharge.venue == "Journal of Cold Hydrology"
    assert [a.name for a in recharge.authors] == ["Marisol Quenby", "Tomasz Wielgosz"]
    assert recharge.authors[0].is_self and recharge.file == "_data/papers.yml"
    assert pubs["Snowmelt timing in upland catchments"].year == 2019


def test_a_collection_whose_authors_and_journals_are_keys_of_data_tables():
    # "_articles/" (declared in _config.yml's collections) with "authors: [mq, ra]" and "journal: wrr", which the
    # site's template writes as site.data.names[who].name and site.data.journals[a.journal].title
    _result, pubs = _pubs("records-jekyll")
    ice = pubs["Ice lens growth in silty soils"]
    assert [a.name for a in ice.authors] == ["Marisol Quenby", "Renata Achterberg"]
    assert ice.venue == "Water Table Review" and ice.year == 2021 and ice.doi == "10.5555/wtr.2021.014"
    assert pubs["Water storage in northern peat"].venue == "Journal of Cold Hydrology"


def test_a_hugo_data_list_naming_only_the_coauthors():
    # a custom layout ranging over .Site.Data.research: "coauthors" (the page writes "with ..."), "outlet"
    result, pubs = _pubs("records-hugo")
    assert result.format == "hugo" and result.profile.person.name == "Thandiwe Mbeki-Larsson"
    seed = pubs["Seed choice and the neighbour next door"]
    assert [a.name for a in seed.authors] == ["Thandiwe Mbeki-Larsson", "Amadou Keita", "Priya Raman"]
    assert seed.authors[0].is_self and seed.year == 2025
    rain = pubs["Rainfall insurance that farmers trust"]
    assert [a.name for a in rain.authors] == ["Thandiwe Mbeki-Larsson"]  # no co-author: the owner's alone
    assert rain.venue == "Journal of Rural Economics" and rain.doi == "10.5555/jre.2023.7"


def test_a_gatsby_site_its_json_records_and_its_configured_author():
    # before: an error (the folder's README names nobody); the theme's demo list, which no file names, stays out
    result, pubs = _pubs("records-gatsby")
    # (its configuration names the owner: read by its pages, the records with them)
    assert result.format == "static-site" and result.profile.person.name == "Oriel Pennick"
    assert sorted(pubs) == ["Kelp forest recovery after a marine heatwave", "Sea urchin barrens in Øresund"]
    kelp = pubs["Kelp forest recovery after a marine heatwave"]
    assert kelp.venue == "Coastal Ecology Reports" and kelp.date == "2023-04-18" and kelp.doi == "10.5555/cer.2023.118"
    assert [a.name for a in kelp.authors] == ["Oriel Pennick", "Baptiste Lemaire-Ong"] and kelp.authors[0].is_self


def test_a_next_site_its_typescript_module_and_csv_table_owned_by_the_author_on_most_records():
    # no configuration names anyone: the owner is the author on every record
    result, pubs = _pubs("records-next")
    assert result.format == "static-site" and result.profile.person.name == "Kenji Arakawa-Voss"
    fog = pubs["Rendering fog with sparse voxels"]
    assert fog.venue == "CVPR" and fog.year == 2024 and fog.arxiv == "2401.00001"
    assert fog.file == "src/data/papers.ts" and fog.line == 12
    assert [a.name for a in pubs["Soft shadows that don't flicker"].authors] == [
        "Lucia Ferrante", "Kenji Arakawa-Voss", "Dmitri Halloran"]
    snow = pubs["Light transport in layered snow"]  # a spreadsheet's "Name" column of papers
    assert snow.venue == "Computer Graphics Forum" and snow.year == 2023
    assert snow.doi == "10.5555/cgf.2023.41" and snow.links["doi"] == "https://doi.org/10.5555/cgf.2023.41"
    assert snow.links["code"] == "https://github.com/example-lab/snow"


def test_an_astro_collection_keeps_two_files_of_one_title():
    # one work per file: the preprint and the journal version are two entries
    result = import_path(SITES / "records-astro")
    assert result.format == "static-site" and result.profile.person.name == "Rosalind Achebe-Hart"
    assert [(p.title, p.venue) for p in result.profile.publications] == [
        ("Body cameras and complaint rates", "Police Practice Review"),
        ("Body cameras and complaint rates", "SocArXiv"),
        ("Who calls the police, and when", "Journal of Urban Safety")]


@pytest.mark.parametrize("record,expected", [
    ({"title": "A", "authors": ["B. C"]}, True),
    ({"Name": "A", "Authors": "B. C, D. E", "Year": "2020"}, True),  # a spreadsheet's row
    ({"name": "Ada Lind", "role": "PhD student"}, False),  # a person
    ({"title": "Forests under the sea", "event": "City Science Night", "date": "2022"}, False),  # a talk
    ({"title": "A", "image": "a.png"}, False),  # a project
])
def test_what_a_publication_record_is(record, expected):
    assert is_publication(record) is expected


def test_a_javascript_template_string_the_module_computes_is_left_out():
    # (a ${} of the module's own constant is filled in; one it computes leaves the value out, not half read)
    text = 'const v = "2";\nexport const p = [{title: `A ${x}`, venue: `B ${v}`, authors: "C"}];\n'
    doc = SourceDoc(path=Path("x.ts"), text=text, display="x.ts")
    assert [d for d, _s in file_records(doc, ".ts")] == [{"venue": "B 2", "authors": "C"}]


def test_an_included_page_pulling_in_one_markdown_file_per_paper_from_includes():
    # AcadHomepage: the about page includes_relative a publications page made of "{% include papers/x.md %}"
    # lines, each file under _includes/ one paper; one commented out is hidden. Before: 0 publications.
    result = import_path(SITES / "jekyll-includes")
    pubs = result.profile.publications
    assert [p.title for p in pubs] == ["Learning gaits on loose gravel", "Terrain maps from proprioception alone"]
    gait = pubs[0]
    assert gait.venue == "ICRA" and gait.year == 2024 and gait.arxiv == "2402.00002"
    assert gait.file == "_includes/papers/2024-icra-gait.md"
    assert [(a.name, a.marks) for a in gait.authors][:2] == [("Bartholomew Ngata", ["equal_contribution"]),
                                                             ("Sione Taufa", ["equal_contribution"])]


def test_a_group_site_whose_pages_name_nobody_is_owned_by_the_author_on_most_records():
    # "_config.yaml" (Jekyll reads that name too) and pages naming only the group: before, an error (no owner)
    result = import_path(SITES / "records-lab")
    assert result.format == "jekyll" and result.profile.person.name == "Ayodele Vance"
    pubs = {p.title: p for p in result.profile.publications}
    assert len(pubs) == 3
    flow = pubs["Low-light optical flow with event cameras"]
    assert flow.venue == "ECCV" and flow.year == 2024 and flow.authors[1].is_self
    assert flow.links["code"] == "https://github.com/kestrel-group/lowflow"  # "buttons: [{type: source, ...}]"


def test_markdown_inside_p_blocks_under_a_published_and_in_press_heading():
    # kramdown reads the text of a "<p style=...>" block as markdown (bold numbers, links); "Published and In
    # Press" heads papers, not press coverage. Before: 0 publications (the section taken as press, the lines raw).
    result = import_path(SITES / "jekyll-p-blocks")
    pubs = result.profile.publications
    assert [p.title for p in pubs] == ["Slab rollback under thick plates", "Mantle drag beneath young oceans"]
    assert [a.name for a in pubs[0].authors] == ["H. Osterberg", "M. R. Quayle"] and pubs[0].authors[0].is_self
    assert pubs[0].year == 2022 and pubs[0].doi == "10.5555/grn.2022.19"
    assert pubs[1].venue == "Tectonic Lett"


def test_an_academicpages_collection_of_another_name_and_a_talks_table_left_out():
    # "_workingpapers/" (declared in _config.yml) holds academicpages front matter: authors from its citation;
    # scripts/talks.tsv shares keys with works (title, venue, date) but its name says talks
    _result, pubs = _pubs("records-jekyll")
    drainage = pubs["Drainage of thermokarst lakes"]
    assert [a.name for a in drainage.authors] == ["M. Quenby", "R. Achterberg"] and drainage.year == 2024
    assert "Frozen ground in a warming world" not in pubs and len(pubs) == 7


def test_the_data_a_folder_of_paper_pages_was_made_from_is_not_read():
    # content/publication/papers.json beside the page bundles made from it: its extra record is not on the site
    result = import_path(SITES / "records-hugo-bundles")
    assert sorted(p.title for p in result.profile.publications) == [
        "Cooperatives and price information", "Index insurance that farmers trust"]


def test_a_javascript_site_whose_content_folder_holds_its_pages_is_read_by_those_pages(tmp_path):
    # a Next.js site keeping its about page and a CSV of papers in content/: the pages name and describe the
    # owner (read by the Hugo reader of content/ pages), the CSV gives the papers
    root = tmp_path / "site"
    (root / "content").mkdir(parents=True)
    (root / "package.json").write_text('{"dependencies": {"next": "15.0.0"}}\n')
    (root / "content" / "about.md").write_text(
        "---\ntitle: Ilse Marchetti\n---\n\nI am a postdoc at Riverbend University working on crowd animation.\n")
    (root / "content" / "papers.csv").write_text(
        "Name,Authors,Year,Conference\nCrowds that part,\"Ilse Marchetti, Oren Balogun\",2024,Eurographics\n"
        "Footsteps in sand,\"Oren Balogun, Ilse Marchetti\",2023,SCA\n")
    result = import_path(root)
    assert result.format == "hugo" and result.profile.person.name == "Ilse Marchetti"
    assert result.profile.person.description  # (a reading of its records alone would give the name alone)
    assert [p.title for p in result.profile.publications] == ["Crowds that part", "Footsteps in sand"]


def test_a_reference_managers_author_list_family_name_first():
    from kg.importers.site.record_files import _normalized

    row = {"Title": "Iron in the sea", "Author": "De Vries, Anke JW; Osei, Kwame B.; Lund, Mia", "Publication Year": "2005"}
    data, _spelled = _normalized(row)
    assert data["author"] == ["Anke JW De Vries", "Kwame B. Osei", "Mia Lund"] and data["year"] == "2005"


def test_a_reference_managers_item_type_says_which_rows_are_no_papers():
    """``Item Type`` (a reference manager's export) is the record's type where it has no ``type`` of its own,
    read from the record as the file spells it."""
    from kg.importers.site.records import not_a_paper

    row = {"Title": "Sills and overflow", "Author": "Lund, Mia", "Item Type": "presentation"}
    assert not_a_paper(row) and not not_a_paper({**row, "Item Type": "journalArticle"})
    assert not not_a_paper({**row, "Type": "journal"})  # the record's own type wins


def test_a_blog_listing_and_a_sites_pages_with_an_author_key_are_no_works(tmp_path):
    """A blog's ``posts.json`` (title, author, date per post) and a theme's pages that all carry ``author:`` are
    not lists of works; a data file of papers beside them is."""
    from kg.importers import import_path

    (tmp_path / "_config.yml").write_text('title: "Mira Solberg"\nauthor:\n  name: "Mira Solberg"\n', encoding="utf-8")
    (tmp_path / "index.md").write_text("---\nlayout: home\n---\nI study fjord sediments at Westcoast University.\n",
                                       encoding="utf-8")
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "posts.json").write_text(
        '[{"title": "A week at sea", "author": "Mira Solberg", "date": "2021-05-01"},'
        ' {"title": "Coring tips", "author": "Mira Solberg", "date": "2022-06-01"}]', encoding="utf-8")
    (tmp_path / "pages").mkdir()
    for name, title in (("a.md", "Location"), ("b.md", "Office Hours"), ("c.md", "Teaching")):
        (tmp_path / "pages" / name).write_text(f"---\ntitle: {title}\nauthor: Mira Solberg\n---\nText.\n",
                                               encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "papers.yml").write_text(
        "- title: Mud in the fjord\n  authors: Mira Solberg, Ole Dahl\n  venue: Sediment Letters\n  year: 2020\n"
        "- title: Fjord mud again\n  authors: Mira Solberg\n  venue: Sediment Letters\n  year: 2023\n", encoding="utf-8")
    titles = sorted(p.title for p in import_path(tmp_path).profile.publications)
    assert titles == ["Fjord mud again", "Mud in the fjord"]


def test_a_data_file_a_family_reader_read_nothing_from_is_still_read_for_its_records(tmp_path):
    """A lab site's page lists ``citations`` through an include (``{% include list.html data="citations" %}``):
    the Jekyll reader opens ``_data/citations.yaml`` and reads no work of it (its keys are ``publisher`` and
    ``date``); the records reader reads the file all the same instead of leaving it taken and empty."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "_config.yaml": "title: Dunmore Lab\nurl: https://dunmorelab.example.org\n",
        "_members/ada-dunmore.md": "---\nname: Ada M. Dunmore\nrole: principal-investigator\n---\nAda runs the lab.\n",
        "research/index.md": "---\ntitle: Research\n---\n\n# Publications\n\n"
                             '{% include list.html data="citations" component="citation" style="rich" %}\n',
        "index.md": "---\ntitle: Home\n---\n\nWe study how yeast chromatin folds.\n",
        "_data/citations.yaml": "# generated\n\n"
        "- id: doi:10.5555/one\n  title: Folding of yeast chromatin\n  authors:\n  - Ada M. Dunmore\n  - Per Holt\n"
        "  publisher: Cell Reports\n  date: '2024-03-29'\n  link: https://doi.org/10.5555/one\n"
        "- id: doi:10.5555/two\n  title: Loops in chromatin\n  authors:\n  - Per Holt\n  - Ada M. Dunmore\n"
        "  publisher: Genes and Cells\n  date: '2022-05-01'\n  link: https://doi.org/10.5555/two\n",
    })
    profile = import_path(tmp_path).profile
    assert sorted(p.title for p in profile.publications) == ["Folding of yeast chromatin", "Loops in chromatin"]
    assert profile.person.name == "Ada M. Dunmore"


def test_a_data_file_with_a_tab_inside_a_title_is_read_as_jekyll_reads_it(tmp_path):
    """A tab between two words of a record's value (``title: Rivers of<TAB>ice``) is a space to Ruby's and Go's
    YAML readers; PyYAML refused the whole file, so the site had no publication and the import failed."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "_config.yml": "title: Ilse Marwood\nauthor:\n  name: Ilse Marwood\n",
        "index.md": "---\ntitle: Home\n---\n\nI study glaciers.\n",
        "_data/papers.yml": "papers:\n- title: Rivers of\tice\n  authors:\n  - Ilse Marwood\n  journal: Ice Review\n"
                            "  year: 2021\n- title: Cold beds\n  authors:\n  - Ilse Marwood\n  - Jon Brede\n"
                            "  journal: Ice Review\n  year: 2019\n",
    })
    profile = import_path(tmp_path).profile
    assert sorted(p.title for p in profile.publications) == ["Cold beds", "Rivers of ice"]


def test_a_works_files_list_of_presentations_beside_its_papers_gives_the_owners_talks(tmp_path):
    """A lab's ``_data/papers.yml`` holding ``papers:`` and then ``presentations:`` (title, authors, event, place,
    year): the presentations naming the owner are talks, their lines read; one by other speakers has no field and
    stays listed. (The presentations were left out as no works and every line of them was listed.)"""
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path, {
        "_config.yml": "title: Ilse Marwood\nauthor:\n  name: Ilse Marwood\n",
        "index.md": "---\ntitle: Home\n---\n\nI study glaciers.\n",
        "_data/papers.yml": "papers:\n- title: Rivers of ice\n  authors:\n  - Ilse Marwood\n  journal: Ice Review\n"
                            "  year: 2021\n- title: Cold beds\n  authors:\n  - Ilse Marwood\n  - Jon Brede\n"
                            "  journal: Ice Review\n  year: 2019\n\npresentations:\n"
                            "- title: Melt under thin shelves\n  authors:\n  - Jon Brede\n  - Ilse Marwood\n"
                            "  event: Polar Meeting on Ice Flow\n  place: Tromso, Norway (Online)\n  year: 2022\n\n"
                            "- title: Moss on moraines\n  authors:\n  - Per Holt\n  event: Botany Days\n  year: 2020\n",
    })
    assert sorted(p.title for p in profile.publications) == ["Cold beds", "Rivers of ice"]
    (talk,) = profile.talks
    assert (talk.title, talk.event, talk.place, str(talk.date)) == (
        "Melt under thin shelves", "Polar Meeting on Ice Flow", "Tromso, Norway (Online)", "2022")
    listed = [u.text for u in profile.unparsed if u.file == "_data/papers.yml"]
    assert not [t for t in listed if "Melt" in t or "Polar Meeting" in t or "Tromso" in t]
    assert any("Moss on moraines" in t for t in listed)


@pytest.mark.parametrize("key", ["authors", "author", "speakers"])
def test_a_presentations_speakers_under_any_author_key_or_its_own_word(tmp_path, key):
    """A presentation's speakers under a record's author key or "speakers" (record_files._TALK_SPEAKER_KEYS): the
    owner's talk is a talk, another speaker's is none."""
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path, {
        "_config.yml": "title: Ilse Marwood\nauthor:\n  name: Ilse Marwood\n",
        "index.md": "---\ntitle: Home\n---\n\nI study glaciers.\n",
        "_data/papers.yml": "papers:\n- title: Rivers of ice\n  authors:\n  - Ilse Marwood\n  journal: Ice Review\n"
                            "  year: 2021\n\npresentations:\n"
                            f"- title: Melt under thin shelves\n  {key}: Ilse Marwood\n"
                            "  event: Polar Meeting on Ice Flow\n  year: 2022\n"
                            f"- title: Moss on moraines\n  {key}: Per Holt\n  event: Botany Days\n  year: 2020\n",
    })
    assert [t.title for t in profile.talks] == ["Melt under thin shelves"]


@pytest.mark.parametrize("key", ["seminar", "where", "host"])
def test_a_presentations_event_under_any_key_a_talk_record_names_it_by(tmp_path, key):
    """A works file's presentation whose event is under a key a data file's talk record names it by
    (records.TALK_EVENT_KEYS: "seminar:", "where:", "host:") is a talk, read as a talks file's record is, and its
    city under "city:" is its place (before: the works file's reader had its own shorter list of keys, and the
    presentation was no talk)."""
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path, {
        "_config.yml": "title: Ilse Marwood\nauthor:\n  name: Ilse Marwood\n",
        "index.md": "---\ntitle: Home\n---\n\nI study glaciers.\n",
        "_data/papers.yml": "papers:\n- title: Rivers of ice\n  authors:\n  - Ilse Marwood\n  journal: Ice Review\n"
                            "  year: 2021\n\npresentations:\n"
                            f"- title: Melt under thin shelves\n  authors: Ilse Marwood\n"
                            f"  {key}: Fjord Institute Seminar\n  city: Bergen\n  year: 2022\n",
    })
    assert [(t.title, t.event, t.place) for t in profile.talks] == [
        ("Melt under thin shelves", "Fjord Institute Seminar", "Bergen")]


def _bilingual_site(tmp_path, extra=None):
    from tests.importers.sitefiles import write_site

    files = {
        "_config.yml": "title: 森川夏美 / Natsumi Morikawa\nemail: nmorikawa[at]example.org\n",
        "index.markdown": "---\nlayout: home\n---\n",
        "_data/articles.yml": "- title: Clocks of the zebrafish gut\n  authors: <b>Natsumi Morikawa</b>, Ken Oda\n"
                              "  journal: Gut Rhythms\n  year: \"2020\"\n"
                              "- title: Feeding time and gut clocks\n  authors: Ken Oda, <b>Natsumi Morikawa</b>\n"
                              "  journal: Gut Rhythms\n  year: \"2022\"\n",
        "_data/presentations/invited.yml": "- title: Gut clocks, a tour\n  authors: <b>Natsumi Morikawa</b>\n"
                                           "  journal: Annual Meeting of Rhythm Biology\n  year: \"2021\"\n"
                                           "- title: When the gut keeps time\n  authors: <b>Natsumi Morikawa</b>\n"
                                           "  journal: Zebrafish Days\n  year: \"2023\"\n",
    }
    files["_data/jparticles.yml"] = "".join(  # her papers in Japanese, her name written in Japanese
        f"- title: 腸の時計 その{i}\n  authors: <b>森川夏美</b>, 小田健\n  journal: 時間生物学\n  year: \"201{i}\"\n"
        for i in range(5))
    return write_site(tmp_path, {**files, **(extra or {})})


def test_a_site_title_giving_the_name_in_two_scripts_names_the_owner(tmp_path):
    """``title: 森川夏美 / Natsumi Morikawa`` (the name in Japanese, then in Latin letters) is the owner's name: the
    site's home page is empty (its layout draws everything from ``_data``) and most of its records write the name in
    Japanese, and the import failed with no owner."""
    from kg.importers import import_path

    profile = import_path(_bilingual_site(tmp_path)).profile
    assert profile.person.name == "Natsumi Morikawa"


def test_a_data_folder_named_for_talks_holds_no_papers(tmp_path):
    """``_data/presentations/invited.yml``: the folder says what its files list (talks), as a file's own name
    does; its records were read as papers."""
    from kg.importers import import_path

    profile = import_path(_bilingual_site(tmp_path), owner="Natsumi Morikawa").profile
    titles = {p.title for p in profile.publications}
    assert {"Clocks of the zebrafish gut", "Feeding time and gut clocks"} <= titles and len(titles) == 7
    assert not titles & {"Gut clocks, a tour", "When the gut keeps time"}


def test_a_stylesheet_folders_data_files_are_not_read(tmp_path):
    """A copied icon font keeps hundreds of KB of YAML metadata under ``css/``: no list of the site's works (and
    parsing it made the import take most of a minute)."""
    from kg.importers import import_path

    icons = "".join(f"- title: Icon number {i}\n  authors: [Font Team]\n  year: 2019\n  label: icon{i}\n"
                    for i in range(3))
    profile = import_path(_bilingual_site(tmp_path, {"css/iconfont/metadata/icons.yml": icons}),
                          owner="Natsumi Morikawa").profile
    assert not any(p.title.startswith("Icon number") for p in profile.publications)


def test_a_toml_data_file_of_works_is_read(tmp_path):
    """Zola's (and Hugo's) data files may be TOML: ``[[publication]]`` tables a template loads with
    ``load_data(path="data/publications.toml")``, with a scholar-fetch script's ``pub_year``. They were never
    opened, and the site listed no paper."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "config.toml": 'base_url = "https://orla.example.org"\ntitle = "Orla Brennick"\n\n[extra]\n'
                       'name = "Orla Brennick"\n',
        "content/_index.md": "+++\ntitle = \"Home\"\n+++\n\nI model how flies see.\n",
        "templates/publications.html": '{% set pubs = load_data(path="data/publications.toml") %}\n'
                                       '{% for pub in pubs.publication %}<li>{{ pub.title }}</li>{% endfor %}\n',
        "data/publications.toml": '[metadata]\nsource = "scholar"\n\n[[publication]]\ntitle = "Motion vision in flies"\n'
                                  'pub_year = 2021\nauthor = [\n    "Orla Brennick",\n    "Tam Quill",\n]\n'
                                  'journal = "Insect Vision"\n\n[[publication]]\ntitle = "Flight and sight"\n'
                                  'pub_year = 2023\nauthor = ["Tam Quill", "Orla Brennick"]\njournal = "Insect Vision"\n',
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Flight and sight", "Motion vision in flies"]
    motion = pubs["Motion vision in flies"]
    assert motion.year == 2021 and motion.venue == "Insect Vision" and motion.line == 5
    assert [a.name for a in motion.authors] == ["Orla Brennick", "Tam Quill"]


def test_a_toml_data_file_of_profile_links_gives_the_owners_identifiers(tmp_path):
    """Zola's ``data/social.toml``: one array of ``[[social]]`` tables (name, url, icon) a footer template loops
    over, as Jekyll's ``_data`` YAML lists are: the owner's profile ids and email come from their addresses."""
    write_site(tmp_path, {
        "config.toml": 'base_url = "https://orla.example.org"\ntitle = "Orla Brennick"\n\n[extra]\n'
                       'name = "Orla Brennick"\n',
        "content/publications/_index.md": "+++\ntitle = \"Publications\"\ntemplate = \"publications.html\"\n+++\n",
        "data/publications.toml": '[[publication]]\ntitle = "Motion vision in flies"\npub_year = 2021\n'
                                  'author = ["Orla Brennick", "Tam Quill"]\njournal = "Insect Vision"\n',
        "data/social.toml": '[[social]]\nname = "Mail"\nurl = "mailto:orla@fly.example.edu"\n\n'
                            '[[social]]\nname = "Scholar"\nurl = "https://scholar.google.com/citations?user=Qw3rTy0AAAAJ"\n\n'
                            '[[social]]\nname = "Code"\nurl = "https://github.com/obrennick"\n\n'
                            '[[social]]\nname = "X"\nurl = "https://x.com/orla_flies"\n',
    })
    person = import_path(tmp_path).profile.person
    assert person.identifiers.get("google_scholar") == "Qw3rTy0AAAAJ"
    assert person.identifiers.get("github") == "obrennick"
    assert person.identifiers.get("twitter") == "orla_flies"
    assert person.email == "orla@fly.example.edu"


def test_zola_extra_block_naming_the_owner_gives_their_role_and_organization(tmp_path):
    """Zola keeps the owner's particulars in ``[extra]`` (``name``, ``role``, ``organization``), as an author block
    does: the position and the place, the organisation's name as the configuration writes it."""
    write_site(tmp_path, {
        "config.toml": 'base_url = "https://orla.example.org"\ntitle = "Orla Brennick"\n\n[extra]\n'
                       'name = "Orla Brennick"\nrole = "PhD Student"\norganization = "University of Tarnby, Lakeside"\n',
        "content/publications/_index.md": "+++\ntitle = \"Publications\"\ntemplate = \"publications.html\"\n+++\n",
        "data/publications.toml": '[[publication]]\ntitle = "Motion vision in flies"\npub_year = 2021\n'
                                  'author = ["Orla Brennick", "Tam Quill"]\njournal = "Insect Vision"\n',
    })
    person = import_path(tmp_path).profile.person
    assert person.job_title == "PhD Student"
    assert [a.name for a in person.affiliations][:1] == ["University of Tarnby, Lakeside"]


def test_a_react_pages_own_list_of_works_is_read(tmp_path):
    """A Next.js home page keeping its papers in the page module itself (``app/page.tsx``: ``const papers = [{title,
    authors, venue}]`` handed to a list component): ``.tsx``/``.jsx`` modules were never opened for records."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "package.json": '{"name": "site", "dependencies": {"next": "14.0.0", "react": "18.0.0"}}\n',
        "app/layout.tsx": "export const metadata = { title: 'Wen Halloran' }\n"
                          "export default function Root({ children }) { return <html><body>{children}</body></html> }\n",
        "app/page.tsx": "import PaperList from '../components/paperList'\n\nconst papers = [\n  {\n"
                        "    title: 'Auditing chat agents at scale',\n    authors: ['Wen Halloran', 'Bo Arkwright'],\n"
                        "    venue: 'Conference on Agent Safety (CAS 2025)',\n  },\n  {\n"
                        "    title: 'Consent prompts that people read',\n    authors: ['Bo Arkwright', 'Wen Halloran'],\n"
                        "    venue: 'Usable Privacy Workshop 2024',\n  },\n  {\n"
                        "    title: 'Agents that explain refusals',\n    authors: ['Wen Halloran'],\n"
                        "    venue: 'Conference on Agent Safety (CAS 2023)',\n  },\n]\n\n"
                        "export default function Home() {\n  return (<main><h1>Wen Halloran</h1>\n"
                        "    <p>I study how people audit AI agents.</p>\n"
                        "    <PaperList publications={papers} /></main>)\n}\n",
    })
    titles = sorted(p.title for p in import_path(tmp_path).profile.publications)
    assert titles == ["Agents that explain refusals", "Auditing chat agents at scale", "Consent prompts that people read"]


def test_a_pages_works_written_as_shortcode_calls_are_read(tmp_path):
    """A Hugo page listing each work as a shortcode call with named parameters (``{{< paper title="..."
    authors="{Ana Ruiz}, Li Wei" venue="..." year="..." >}}``): the page reader drops shortcodes, and the site listed
    no paper. The braces are the site's highlight of its owner."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    def call(title, authors, venue, year):
        return (f'{{{{< paper\n    img="x.jpg"\n    title="{title}"\n    authors="{authors}"\n'
                f'    venue="{venue}"\n    year="{year}"\n>}}}}\n{{{{< /paper >}}}}\n\n')

    write_site(tmp_path, {
        "hugo.toml": 'baseURL = "https://pell.example.org/"\ntitle = "Ravi Pell"\n',
        "content/_index.md": "+++\ntitle = \"Home\"\n+++\n\nI am Ravi Pell; I study meshes.\n",
        "layouts/shortcodes/paper.html": "<div>{{ .Get \"title\" }}</div>\n",
        "content/papers/_index.md": "+++\ntitle = \"Papers\"\n+++\n\n"
        + call("Quad meshes from cross fields", "{Ravi Pell}, Tove Lind", "Graphics Forum", "2022")
        + call("Smooth frames on surfaces", "Tove Lind, {Ravi Pell}", "Shape Modeling (SMI)", "2020, Best Paper"),
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Quad meshes from cross fields", "Smooth frames on surfaces"]
    quad = pubs["Quad meshes from cross fields"]
    assert [a.name for a in quad.authors] == ["Ravi Pell", "Tove Lind"] and quad.authors[0].is_self
    assert quad.year == 2022 and quad.venue == "Graphics Forum" and quad.file == "content/papers/_index.md"
    assert pubs["Smooth frames on surfaces"].year == 2020


def test_a_home_pages_shortcode_calls_naming_authors_by_ids_of_a_data_table(tmp_path):
    """A Hugo home page (read by the page reader for the person and news) whose works are paired shortcode calls
    naming their authors by ids that ``data/authors.yaml`` lists (``authors="rpell,tlind"``), with the ids sharing
    a mark in ``equal=`` and ``corresponding=``, and the abstract between the opening and closing call; the
    theme's template joins the ids with the table (``where .Site.Data.authors.authors "id" ...``)."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    def call(title, authors, venue, year, extra=""):
        return (f'{{{{< paper-card\n    title="{title}"\n    authors="{authors}"\n{extra}'
                f'    venue="{venue}"\n    year="{year}"\n    code="https://git.example.org/{year}"\n>}}}}\n'
                f'We study {title.lower()}.\n{{{{< /paper-card >}}}}\n\n')

    write_site(tmp_path, {
        "hugo.toml": 'baseURL = "https://pell.example.org/"\ntitle = "Ravi Pell"\n[params]\n  author = "Ravi Pell"\n',
        "data/authors.yaml": "authors:\n  - id: rpell\n    name: Ravi Pell\n    highlight: true\n"
                             "  - id: tlind\n    name: Tove Lind\n    url: https://lind.example.org/\n"
                             "  - id: okaro\n    name: Omar Karo\n",
        "layouts/shortcodes/paper-card.html": '{{ $all := .Site.Data.authors.authors }}{{ .Get "title" }}\n',
        "content/_index.md": "+++\ntitle = \"Ravi Pell\"\n+++\n\nI am a researcher at Lakeside University.\n\n"
        "## News\n\n- **May 2024:** Our mesh paper was accepted.\n\n## Publications\n\n"
        + call("Quad meshes from cross fields", "rpell,tlind,okaro", "Graphics Forum", "2022",
               '    equal="rpell,tlind"\n    corresponding="okaro"\n')
        + call("Smooth frames on surfaces", "tlind,rpell", "SMI", "2020"),
    })
    profile = import_path(tmp_path).profile
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Quad meshes from cross fields", "Smooth frames on surfaces"]
    quad = pubs["Quad meshes from cross fields"]
    assert [a.name for a in quad.authors] == ["Ravi Pell", "Tove Lind", "Omar Karo"] and quad.authors[0].is_self
    assert [a.marks for a in quad.authors] == [["equal_contribution"], ["equal_contribution"], ["corresponding"]]
    assert quad.venue == "Graphics Forum" and quad.year == 2022 and quad.links["code"] == "https://git.example.org/2022"
    assert quad.abstract == "We study quad meshes from cross fields."
    assert [a.name for a in pubs["Smooth frames on surfaces"].authors] == ["Tove Lind", "Ravi Pell"]
    assert len(profile.news) == 1
    assert not [u for u in profile.unparsed if "paper-card" in u.text or "We study" in u.text]


def test_a_shortcode_call_saying_where_a_work_appeared(tmp_path):
    """``where="..."`` in a work's shortcode call is its venue, and a BibTeX entry the call encloses is no
    abstract."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    def call(title, where, year):
        return (f'{{{{< publication\n  title="{title}"\n  authors="Ravi Pell, Tove Lind"\n  year="{year}"\n'
                f'  where="{where}"\n>}}}}\n@inproceedings{{k{year},\n  title = {{{title}}},\n}}\n'
                f'{{{{< /publication >}}}}\n\n')

    write_site(tmp_path, {
        "config.toml": 'baseURL = "https://pell.example.org/"\ntitle = "Ravi Pell"\n',
        "content/_index.md": "+++\ntitle = \"Ravi Pell\"\n+++\n\n## Publications\n\n"
        + call("Quad meshes from cross fields", "Graphics Forum", "2022") + call("Smooth frames", "SMI", "2020"),
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert pubs["Quad meshes from cross fields"].venue == "Graphics Forum" and pubs["Smooth frames"].venue == "SMI"
    assert pubs["Smooth frames"].abstract is None


def _jekyll_data_site(tmp_path, page_folder: str, loop: str, data: str):
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "_config.yml": 'title: "Ines Varga"\nauthor:\n  name: "Ines Varga"\n',
        f"{page_folder}/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n" + loop,
        "_data/publications.yml": data,
    })
    return {p.title: p for p in import_path(tmp_path).profile.publications}


def test_the_bibtex_files_a_data_files_records_name_as_their_own_are_no_second_list(tmp_path):
    """A data file's works each name their own BibTeX file (``bibtex: fjords.bib``, the file a "cite" button
    downloads), one work a file in ``assets/bibtex/``. w89h (a Jekyll site of 42 works): those files were read as
    a list of their own, and the works whose file names them otherwise (a chapter reprinted in a book series under a
    longer title, in another year) were counted twice (48 works for 42). Now each file is its record's."""
    loop = ("{% for p in site.data.publications %}\n<p>{{ p.title }}, {{ p.journal }}, {{ p.year }} "
            "<a href=\"/assets/bibtex/{{ p.bibtex }}\" download>BibTeX</a></p>\n{% endfor %}\n")
    data = ('- title: "Tidal mixing in fjords"\n  authors: "Ines Varga, Ola Lund"\n  journal: "Fjord Letters"\n'
            '  year: 2018\n  bibtex: fjords.bib\n'
            '- title: "Sills and deep water"\n  authors: "Ola Lund, Ines Varga"\n  journal: "Deep Sea Notes"\n'
            '  year: 2016\n  bibtex: sills.bib\n')
    bib = ("@incollection{{k,\n  title = {{{t}}},\n  author = {{Varga, Ines and Lund, Ola}},\n"
           "  booktitle = {{{b}}},\n  year = {{{y}}}\n}}\n")
    write_site(tmp_path, {
        "assets/bibtex/fjords.bib": bib.format(t="Tidal Mixing in Norwegian Fjords: A Field Study",
                                               b="Selected Papers on Fjords", y=2020),
        "assets/bibtex/sills.bib": bib.format(t="Sills and deep water", b="Deep Sea Notes", y=2016),
    })
    pubs = _jekyll_data_site(tmp_path, "_pages", loop, data)
    assert sorted(pubs) == ["Sills and deep water", "Tidal mixing in fjords"]


def test_a_site_setting_naming_the_bibtex_file_of_its_list_still_draws_it(tmp_path):
    """The key a record names its own BibTeX file under (``bibtex_file: x.bib``) is also a site's setting naming the
    one file of its whole list, which a plugin reads (``publications: {bibtex_file: assets/papers.bib}``): that file
    is the site's list, not a citation that only fills in the home page's selected work."""
    bib = "".join("@article{k%d,\n  title = {%s},\n  author = {Varga, Ines and Lund, Ola},\n  journal = {%s},\n"
                  "  year = {%d}\n}\n" % (i, t, j, y) for i, (t, j, y) in enumerate([
                      ("Tidal mixing in fjords", "Fjord Letters", 2021),
                      ("Sills and deep water", "Deep Sea Notes", 2019),
                      ("Salt wedges at river mouths", "Estuary Review", 2017)]))
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Ines Varga\nauthor: Ines Varga\npublications:\n  bibtex_file: assets/papers.bib\n",
        "_plugins/pubs.rb": "module Jekyll\n  class Pubs < Generator\n    def generate(site)\n"
                            "      site.data['pubs'] = BibTeX.open(site.config['publications']['bibtex_file']).to_a\n"
                            "    end\n  end\nend\n",
        "index.md": "---\ntitle: Ines Varga\n---\nI study how fjords mix.\n\n## Selected publications\n\n- I. Varga, "
                    "O. Lund. [Tidal mixing in fjords](https://doi.org/10.1234/fj.1). *Fjord Letters*, 2021.\n",
        "publications.md": "---\ntitle: Publications\n---\n{% for p in site.data.pubs %}\n- {{ p.title }}, "
                           "{{ p.journal }}, {{ p.year }}\n{% endfor %}\n",
        "assets/papers.bib": bib,
    })
    assert sorted(p.title for p in profile.publications) == [
        "Salt wedges at river mouths", "Sills and deep water", "Tidal mixing in fjords"]


def test_a_records_journaltitle_is_its_venue_as_biblatex_names_it(tmp_path):
    """A bibliography kept as a data file names its fields as BibLaTeX does (``journaltitle:``, not ``journal:``):
    the work's venue (before: no venue, the line listed)."""
    loop = "{% for p in site.data.publications %}\n<p>{{ p.title }}, {{ p.journaltitle }}</p>\n{% endfor %}\n"
    data = ('- title: "Tidal mixing in fjords"\n  author: "I. Varga and O. Lund"\n'
            '  journaltitle: "Ocean Letters"\n  year: 2024\n'
            '- title: "Fjord sills and deep water"\n  author: "I. Varga"\n  journal: "Coastal Review"\n  year: 2023\n')
    pubs = _jekyll_data_site(tmp_path, "_pages", loop, data)
    assert {t: p.venue for t, p in pubs.items()} == {"Tidal mixing in fjords": "Ocean Letters",
                                                     "Fjord sills and deep water": "Coastal Review"}


def test_a_records_pub_is_its_venue_written_short(tmp_path):
    """An Astro site's content collection writes each paper's venue under ``pub:`` ("pub: ICLR 2025"): the work's
    venue (before: no venue, the line listed)."""
    from .sitefiles import write_site

    paper = '---\ntitle: "{}"\nauthors: ["Ilse Marquardt", "Oda Renn"]\npub: "{}"\ndate: 2025-02-08\n---\n\nA note.\n'
    write_site(tmp_path, {
        "package.json": '{"dependencies": {"astro": "^5.0.0"}}\n',
        "astro.config.mjs": "export default { site: 'https://example.org' };\n",
        "src/pages/index.astro": "<h1>Ilse Marquardt</h1>\n<p>I study peat bogs and their carbon.</p>\n",
        "src/content/papers/fires.md": paper.format("Peat fires and carbon loss", "Bog Letters 2025"),
        "src/content/papers/moss.md": paper.format("Moss cover after drought", "ICLR 2025"),
    })
    pubs = import_path(tmp_path).profile.publications
    assert {p.title: (p.venue, p.year) for p in pubs} == {"Peat fires and carbon loss": ("Bog Letters", 2025),
                                                          "Moss cover after drought": ("ICLR", 2025)}


def test_a_flag_a_date_or_a_files_path_under_a_venue_key_is_no_venue(tmp_path):
    """``pub:`` is a venue written short, but a record may keep a flag, the date it came out or its paper's file
    under it ("pub: true", "pub: 2024-05-02", "pub: /papers/moss.pdf"): none of them is the work's venue (before:
    "True", "05-02" and the path were)."""
    from .sitefiles import write_site

    paper = '---\ntitle: "{}"\nauthors: ["Ilse Marquardt", "Oda Renn"]\npub: {}\ndate: 2024-02-08\n---\n\nA note.\n'
    write_site(tmp_path, {
        "package.json": '{"dependencies": {"astro": "^5.0.0"}}\n',
        "astro.config.mjs": "export default { site: 'https://example.org' };\n",
        "src/pages/index.astro": "<h1>Ilse Marquardt</h1>\n<p>I study peat bogs and their carbon.</p>\n",
        "src/content/papers/fires.md": paper.format("Peat fires and carbon loss", "true"),
        "src/content/papers/moss.md": paper.format("Moss cover after drought", "/papers/moss.pdf"),
        "src/content/papers/sedge.md": paper.format("Sedge roots in wet years", "2024-05-02"),
    })
    pubs = import_path(tmp_path).profile.publications
    assert {p.title: p.venue for p in pubs} == {"Peat fires and carbon loss": None, "Moss cover after drought": None,
                                                "Sedge roots in wet years": None}


def test_talks_and_posters_kept_beside_papers_in_one_data_file_are_no_papers(tmp_path):
    """A data file's ``talks:`` and ``posters:`` lists, which the page loops over as well, and a paper list's
    record whose ``type`` says poster, are no works (before: every record of the file was a paper)."""
    loop = "".join(f"{{% for p in site.data.publications.{k} %}}\n<p>{{{{ p.title }}}}, {{{{ p.venue }}}}</p>\n"
                   "{% endfor %}\n" for k in ("papers", "talks", "posters"))
    paper = '  - title: "{}"\n    authors: "I. Varga, O. Lund"\n    venue: "{}"\n    year: "{}"\n    type: "{}"\n'
    data = ("papers:\n" + paper.format("Tidal mixing in fjords", "Ocean Letters", 2024, "journal")
            + paper.format("Fjord sills and deep water", "Coastal Review", 2023, "preprint")
            + paper.format("A poster on sill overflow", "Fjord Days", 2023, "poster")
            + "talks:\n" + paper.format("Mixing talk", "Marine Institute", 2024, "invited")
            + "posters:\n" + paper.format("Poster on mixing", "Ocean Meeting", 2022, "abstract"))
    pubs = _jekyll_data_site(tmp_path, "_pages", loop, data)
    assert sorted(pubs) == ["Fjord sills and deep water", "Tidal mixing in fjords"]
    assert pubs["Tidal mixing in fjords"].venue == "Ocean Letters"


@pytest.mark.parametrize("folder", ["_pages", "_sections"])
def test_a_records_title_and_subtitle_are_one_title_as_the_template_joins_them(tmp_path, folder):
    """``title`` + ``subtitle`` fields are one title, joined as the page's template writes them
    (``{{ p.title }}. {{ p.subtitle }}``), read by the looping page's reader (``_pages``) or by the record reader
    (``_sections``, a folder no family reader opens). Before: the title alone."""
    loop = ("{% for p in site.data.publications %}\n<p><strong>{{ p.title }}{% if p.subtitle %}.\n"
            "{{ p.subtitle }}{% endif %}.</strong> {{ p.journal }}</p>\n{% endfor %}\n")
    data = ('- title: "Counting the commons"\n  subtitle: "Ledgers of shared land"\n  authors: "Ines Varga"\n'
            '  journal: "Land Notes"\n  year: 2021\n'
            '- title: "Why maps lie?"\n  subtitle: "A reply"\n  authors: "Ines Varga, Tom Rade"\n'
            '  journal: "Map Forum"\n  year: 2020\n'
            '- title: "Plain titles stay"\n  authors: "Ines Varga"\n  journal: "Land Notes"\n  year: 2019\n')
    pubs = _jekyll_data_site(tmp_path, folder, loop, data)
    assert sorted(pubs) == ["Counting the commons. Ledgers of shared land", "Plain titles stay",
                            "Why maps lie? A reply"]


@pytest.mark.parametrize("folder", ["_pages", "_sections"])
def test_a_records_own_key_the_template_links_under_a_label_is_that_kind_of_link(tmp_path, folder):
    """A template that sorts the data file into a variable first (``{% assign pubs = site.data.publications |
    sort: "date" %}{% for p in pubs %}``) and links a key of the site's own naming under a label (``<a
    href="{{ p.internal_url }}">Open project</a>``): the record's project link, placed under the site's address;
    a DOI written as its address under the template's "https://doi.org/{{ p.doi }}" is that address, not the two
    run together. Before: the loop's variable was not known (the assignment in between), the key was no link."""
    from tests.importers.sitefiles import write_site

    loop = ('{% assign pubs = site.data.publications | sort: "date" | reverse %}\n{% for p in pubs %}\n'
            "<h3>{{ p.title }}</h3>\n<div>{{ p.authors | join: ', ' }}</div>\n"
            '{% if p.internal_url %}<a class="btn" href="{{ p.internal_url }}"><i class="fas fa-file"></i> Open '
            'project</a>{% endif %}\n'
            '{% if p.doi %}<a class="btn" href="https://doi.org/{{ p.doi }}">DOI</a>{% endif %}\n{% endfor %}\n')
    data = ('- title: "Counting the commons"\n  authors: ["Varga, I.", "Rade, T."]\n  venue: "Land Notes"\n'
            '  date: 2021-05-01\n  internal_url: /posts/commons/\n  doi: https://doi.org/10.5555/land.1\n'
            '- title: "Why maps lie"\n  authors: ["Varga, I."]\n  venue: "Map Forum"\n  date: 2020-03-01\n'
            '  doi: 10.5555/map.2\n')
    write_site(tmp_path, {
        "_config.yml": 'title: "Ines Varga"\nurl: "https://ivarga.example.org"\nauthor:\n  name: "Ines Varga"\n',
        f"{folder}/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n" + loop,
        "_data/publications.yml": data,
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert dict(pubs["Counting the commons"].links) == {
        "doi": "https://doi.org/10.5555/land.1", "project": "https://ivarga.example.org/posts/commons/"}
    assert dict(pubs["Why maps lie"].links) == {"doi": "https://doi.org/10.5555/map.2"}
    assert not [m.url for p in pubs.values() for m in p.more_links]


def test_a_folder_of_one_record_files_joins_title_and_subtitle_as_the_template_does(tmp_path):
    """A folder of data files holding one work each (``data/publications/<key>.yaml``) joins a record's title
    and subtitle as the site's template writes them (``{{ p.title }}. {{ p.subtitle }}``), as a data file's list
    does. Before: always with ": "."""
    from tests.importers.sitefiles import write_site

    record = 'title: "{}"\nsubtitle: "{}"\nauthors: ["Ines Varga", "Tom Rade"]\npublication: "{}"\nyear: {}\n'
    write_site(tmp_path, {
        "config.toml": 'title = "Ines Varga"\nbaseURL = "https://ivarga.example.org/"\n',
        "layouts/partials/papers.html": "{{ range $p := .Site.Data.publications }}<li>{{ p.title }}.\n"
                                        "{{ p.subtitle }} {{ p.publication }}</li>{{ end }}\n",
        "data/publications/commons.yaml": record.format("Counting the commons", "Ledgers of shared land",
                                                        "Land Notes", 2021),
        "data/publications/maps.yaml": record.format("Why maps lie", "A reply", "Map Forum", 2020),
    })
    titles = sorted(p.title for p in import_path(tmp_path).profile.publications)
    assert titles == ["Counting the commons. Ledgers of shared land", "Why maps lie. A reply"]


def test_a_journal_written_as_a_mapping_gives_its_name_as_venue_and_its_address_as_the_papers_link(tmp_path):
    """``journal: {name: ..., url: https://doi.org/...}``: the name is the venue and the address the paper's
    link (its DOI). Before: reading the name as the venue marked the whole mapping as used and its link was
    lost."""
    loop = "{% for p in site.data.publications.journals %}\n<p>{{ p.title }}, {{ p.journal.name }}</p>\n{% endfor %}\n"
    data = ('journals:\n'
            '  - title: "Tidal mixing in fjords"\n    authors: ["Ines Varga", "Olaf Lund"]\n'
            '    journal: {name: "Ocean Letters", url: "https://doi.org/10.5555/ol.2024.7", details: "Vol. 3"}\n'
            '    year: 2024\n'
            '  - title: "Fjord sills and deep water"\n    authors: ["Ines Varga"]\n'
            '    journal: {name: "Coastal Review", url: "https://coastal.example.org/a/12"}\n    year: 2023\n')
    pubs = _jekyll_data_site(tmp_path, "_pages", loop, data)
    tidal, sills = pubs["Tidal mixing in fjords"], pubs["Fjord sills and deep water"]
    assert (tidal.venue, tidal.doi, tidal.links.get("doi")) == (
        "Ocean Letters", "10.5555/ol.2024.7", "https://doi.org/10.5555/ol.2024.7")
    assert sills.venue == "Coastal Review" and "https://coastal.example.org/a/12" in sills.links.values()


def test_an_owner_inferred_from_records_written_short_takes_the_form_the_sites_pages_write(tmp_path):
    """A site that names nobody in a configuration, whose papers write the owner "Varga, I.": the owner is the
    records' most frequent author, written as the site's page writes the name ("Ines Varga" in its title).
    Before: "I. Varga"."""
    from tests.importers.sitefiles import write_site

    paper = "  {{ authors: '{}', year: '{}', title: '{}', venue: '{}' }},\n"
    write_site(tmp_path, {
        "index.html": "<!doctype html><html><head><title>Ines Varga — Researcher</title></head>"
                      "<body><div id='root'></div><script src='site.js'></script></body></html>\n",
        "cv-data.js": "window.CV = {\n  papers: [\n"
                      + paper.format("Varga, I., Lund, O.", 2024, "Tidal mixing in fjords", "Ocean Letters")
                      + paper.format("Rade, T., Varga, I.", 2023, "Fjord sills and deep water", "Coastal Review")
                      + paper.format("Varga, I.", 2022, "Sill overflow in winter", "Ocean Letters")
                      + "  ],\n};\n",
    })
    profile = import_path(tmp_path).profile
    assert len(profile.publications) == 3
    assert profile.person.name == "Ines Varga"


@pytest.mark.parametrize("folder", ["_pages", "_sections"])
def test_authors_written_as_first_and_last_name_mappings_and_a_bare_doi_link(tmp_path, folder):
    """A data file whose people are ``{first_name, last_name}`` mappings (editors too), a chapter's book under
    ``in_title`` and a link list whose DOI is written bare (``{type: doi, url: 10.x/y}``, the template adds
    doi.org). Before: no authors at all, no venue for the chapter, and the DOI joined to the site's address."""
    loop = ("{% for p in site.data.publications %}\n<p>{% for a in p.authors %}{{ a.first_name }} {{ a.last_name }}, "
            "{% endfor %} <strong>{{ p.title }}</strong> {{ p.journal }}{{ p.in_title }}</p>\n{% endfor %}\n")
    data = ('- type: article\n  title: "Counting the commons"\n  journal: "Land Notes"\n  date: 2021-03-01\n'
            '  links:\n    - url: 10.5555/ln.2021.4\n      type: doi\n'
            '  authors:\n    - first_name: "Olaf"\n      last_name: "Lund"\n'
            '    - first_name: Ines\n      last_name: Varga\n'
            '- type: chapter\n  title: "Ledgers of shared land"\n  in_title: "A Handbook of Commons"\n'
            '  date: 2020-01-01\n  editors:\n    - first_name: Tom\n      last_name: Rade\n'
            '  authors:\n    - first_name: Ines\n      last_name: Varga\n')
    pubs = _jekyll_data_site(tmp_path, folder, loop, data)
    commons, ledgers = pubs["Counting the commons"], pubs["Ledgers of shared land"]
    assert [a.name for a in commons.authors] == ["Olaf Lund", "Ines Varga"]
    assert [a.is_self for a in commons.authors] == [False, True]
    assert commons.links.get("doi") == "https://doi.org/10.5555/ln.2021.4"
    assert [a.name for a in ledgers.authors] == ["Ines Varga"] and ledgers.venue == "A Handbook of Commons"


def test_an_al_folio_cv_data_file_of_sections_in_a_language_folder_and_the_themes_demo_cv(tmp_path):
    """al-folio's ``_data/cv.yml`` (here under a language folder, ``_data/en-gb/``) is a list of sections
    (``- title: Education / type: time_table / contents: [...]``) whose titles say what their items are: the
    degrees are the owner's, the honours the owner's awards. The theme's demo CV (its ``Name`` a placeholder) is
    no one's. Before: nothing was read from either."""
    from tests.importers.sitefiles import write_site

    def cv(name: str) -> str:
        return (f"- title: General Information\n  type: map\n  contents:\n    - name: Full Name\n      value: {name}\n"
                "- title: Education\n  type: time_table\n  contents:\n"
                "    - title: PhD (Geology)\n      institution: University of Tarn\n      year: 2019\n"
                "    - title: BSc (Physics)\n      institution: Lowland College\n      year: 2014\n"
                "- title: Honors and awards\n  type: time_table\n  contents:\n"
                "    - title: Young geologist prize\n      institution: Rock Society\n      year: 2021\n"
                "- title: Languages\n  type: map\n  contents:\n    - name: Spanish\n      value: native\n")

    files = {"_config.yml": "first_name: Ines\nlast_name: Varga\ntitle: Ines Varga\n",
             "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study how rivers carve valleys.\n",
             "_pages/cv.md": "---\nlayout: cv\npermalink: /cv/\ntitle: CV\n---\n",
             "_data/en-gb/cv.yml": cv("Ines Varga")}
    write_site(tmp_path / "own", files)
    profile = import_path(tmp_path / "own").profile
    assert [(e.institution, e.year) for e in profile.person.education] == [("University of Tarn", 2019),
                                                                           ("Lowland College", 2014)]
    assert [(a.name, a.year) for a in profile.awards] == [("Young geologist prize, Rock Society", 2021)]
    write_site(tmp_path / "demo", {**files, "_data/en-gb/cv.yml": cv("Albert Einstein")})
    demo = import_path(tmp_path / "demo").profile
    assert demo.person.education == [] and demo.awards == []


def test_an_al_folio_cv_data_file_in_chinese_gives_the_degrees_and_the_current_post(tmp_path):
    """al-folio's ``_data/zh-cn/cv.yml`` whose section titles and dates are Chinese (教育经历, 工作经历, "2021.09 至今")
    and no English word: its degrees are the owner's, the post running on to the present ("至今") the current one,
    its title the job title. Before: the file was passed over (no English CV word in it), and "至今" under
    ``year:`` was not read as "present"."""
    from tests.importers.sitefiles import write_site

    files = {"_config.yml": "first_name: Xiaoming\nlast_name: Wang\ntitle: Xiaoming Wang\n",
             "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\n我研究河流的泥沙输运。\n",
             "_data/zh-cn/cv.yml": (
                 "- title: 工作经历\n  type: time_table\n  contents:\n"
                 "    - title: 助理教授\n      institution: 北岭大学\n      year: 2021.09&emsp;至今\n"
                 "- title: 教育经历\n  type: time_table\n  contents:\n"
                 "    - title: 工学博士\n      institution: 南湖大学\n      year: 2016.09 - 2021.06\n")}
    write_site(tmp_path / "site", files)
    person = import_path(tmp_path / "site").profile.person
    assert [(e.institution, e.year) for e in person.education] == [("南湖大学", 2021)]
    assert [(a.name, a.role, a.current, a.start_year) for a in person.affiliations if a.name == "北岭大学"] == [
        ("北岭大学", "助理教授", True, 2021)]
    assert person.job_title == "助理教授"


def test_a_journal_mapping_whose_details_line_holds_the_year(tmp_path):
    """``journal: {name, url, details: 'Vol. 35. No. 1. 2011. 4-24'}`` with no year of the record's own: the year
    is the one the details line gives, not one read off the DOI's address (``.../j.x.2010.11.005``). Before: no
    year, then the DOI's."""
    loop = "{% for p in site.data.publications.journals %}\n<p>{{ p.title }}, {{ p.journal.name }}</p>\n{% endfor %}\n"
    data = ('journals:\n'
            '  - title: "Tidal mixing in fjords"\n    authors: ["Ines Varga", "Olaf Lund"]\n'
            '    journal: {name: "Ocean Letters", url: "https://doi.org/10.5555/j.ol.2010.11.005",'
            ' details: "Vol. 35. No. 1. 2011. 4-24"}\n'
            '  - title: "Fjord sills and deep water"\n    authors: ["Ines Varga"]\n'
            '    journal: {name: "Coastal Review", details: "Volume 139, February 2016, Pages 61-64"}\n')
    pubs = _jekyll_data_site(tmp_path, "_pages", loop, data)
    assert pubs["Tidal mixing in fjords"].year == 2011 and pubs["Fjord sills and deep water"].year == 2016


def test_the_demo_json_resume_al_folio_ships_is_no_ones(tmp_path):
    """al-folio ships ``assets/json/resume.json`` with its demo owner (``"basics": {"name": "Albert Einstein"}``,
    a Zurich degree, a Nobel prize, his papers): left in a real site it is no one's CV nor list of works; the owner's
    own JSON Resume still is. Before: the demo's degree and prize were read as the owner's, and (once the works of a
    JSON Resume were read, stop 89) his papers as the owner's works."""
    from tests.importers.sitefiles import write_site

    def resume(name: str) -> str:
        return ('{"basics": {"name": "%s", "label": "Scientist"},\n "work": [],\n "education": [{"institution": '
                '"Alpine Polytechnic", "area": "Physics", "studyType": "PhD", "endDate": "1905"}],\n "awards": '
                '[{"title": "Grand Prize of Physics", "date": "1921", "awarder": "Royal Academy"}],\n '
                '"publications": [{"name": "On the light of moving bodies", "publisher": "Annals of Physics", '
                '"releaseDate": "1905-06-30"}, {"name": "The ground of a general theory", "publisher": '
                '"Annals of Physics", "releaseDate": "1916-03-20"}]}\n' % name)

    files = {"_config.yml": "first_name: Ines\nlast_name: Varga\ntitle: Ines Varga\n",
             "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study how rivers carve valleys.\n",
             "assets/json/resume.json": resume("Albert Einstein")}
    write_site(tmp_path / "demo", files)
    demo = import_path(tmp_path / "demo").profile
    assert demo.person.education == [] and demo.awards == [] and demo.publications == []
    write_site(tmp_path / "own", {**files, "assets/json/resume.json": resume("Ines Varga")})
    own = import_path(tmp_path / "own").profile
    assert [e.institution for e in own.person.education] == ["Alpine Polytechnic"]
    assert sorted(p.title for p in own.publications) == ["On the light of moving bodies",
                                                          "The ground of a general theory"]



def test_the_works_of_a_json_resume_are_read_by_the_schemas_keys(tmp_path):
    """A JSON Resume (jsonresume.org) beside a site's pages: its ``publications`` name each work's title under
    ``name``, its journal under ``publisher``, its date under ``releaseDate``. w89h (a Gatsby site's
    src/data/resume.json): before, no work was read (a person's record has a name too), and the links of a blog
    post's reading list were taken for the owner's papers instead."""
    resume = {"basics": {"name": "Ines Varga", "label": "Epidemiologist"},
              "work": [{"company": "Lake Hospital", "position": "Data scientist", "startDate": "2019-01-01"}],
              "education": [{"institution": "Hill University", "area": "Medicine", "studyType": "MD"}],
              "publications": [
                  {"name": "Rivers and the spread of fevers", "publisher": "Journal of River Health",
                   "releaseDate": "2021-03-01", "website": "https://example.org/rivers"},
                  {"name": "Counting clinic visits by season", "publisher": "Clinic Data Letters",
                   "releaseDate": "2019-10-01", "website": "https://example.org/visits"}],
              "skills": [{"name": "Statistics", "level": "Master"}, {"name": "Python", "level": "Good"}],
              "interests": [{"name": "Hiking"}]}
    profile = imported_site(tmp_path, {
        "gatsby-config.js": "module.exports = { siteMetadata: { title: `Ines Varga`, author: `Ines Varga` } }\n",
        "src/data/resume.json": json.dumps(resume, indent=2) + "\n",
        "src/pages/index.js": "export default function Home() { return <p>I study fevers along rivers.</p> }\n",
    })
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Counting clinic visits by season", "Rivers and the spread of fevers"]
    rivers = pubs["Rivers and the spread of fevers"]
    assert (rivers.venue, rivers.year) == ("Journal of River Health", 2021)
    assert "https://example.org/rivers" in rivers.links.values()


def test_a_json_file_with_a_basics_card_whose_works_name_their_title_title_keeps_its_keys(tmp_path):
    """A site's own JSON data (not JSON Resume's schema) may open with a ``basics`` card too; its works, written in
    the readers' keys (``title``, ``journal``), keep them: ``publisher`` (the journal's publisher) is no venue over
    the ``journal`` beside it."""
    data = {"basics": {"name": "Ines Varga", "role": "Epidemiologist"},
            "publications": [
                {"title": "Rivers and the spread of fevers", "authors": ["Ines Varga", "Olle Berg"],
                 "journal": "Journal of River Health", "publisher": "Delta Press", "year": 2021},
                {"title": "Counting clinic visits by season", "authors": ["Ines Varga"],
                 "journal": "Clinic Data Letters", "publisher": "Lakeside Books", "year": 2019}]}
    profile = imported_site(tmp_path, {
        "gatsby-config.js": "module.exports = { siteMetadata: { title: `Ines Varga`, author: `Ines Varga` } }\n",
        "src/data/profile.json": json.dumps(data, indent=2) + "\n",
        "src/pages/index.js": "export default function Home() { return <p>I study fevers along rivers.</p> }\n",
    })
    assert sorted((p.title, p.venue) for p in profile.publications) == [
        ("Counting clinic visits by season", "Clinic Data Letters"),
        ("Rivers and the spread of fevers", "Journal of River Health")]


def test_a_json_data_file_the_yaml_reader_refuses_gives_its_records():
    # JSON is YAML, but for YAML's limits: a key of more than 1024 characters is none to it (a note kept as a key,
    # here); the file is then read as JSON, its records found at any depth (with no lines)
    text = '{"' + "n" * 1100 + '": {"papers": [{"title": "Tides of the inner fjord", "authors": "A. Lind"}]}}\n'
    doc = SourceDoc(path=Path("papers.json"), text=text, display="papers.json")
    assert file_records(doc, ".json") == [({"title": "Tides of the inner fjord", "authors": "A. Lind"}, {})]


def test_a_javascript_module_gives_what_it_imports_from_the_sites_other_modules(tmp_path):
    # "import { lind } from './people'": a name another module of the site (or a JSON file) exports is its value
    # there; a package's import ("react") has none
    (tmp_path / "people.ts").write_text('export const lind = "A. Lind";\n', encoding="utf-8")
    (tmp_path / "venues.json").write_text('{"ibis": "Ibis"}\n', encoding="utf-8")
    text = ('import { lind } from "./people";\nimport venues from "./venues.json";\nimport React from "react";\n'
            'export const papers = [{title: "Tides of the inner fjord", authors: [lind], venue: venues.ibis, '
            'year: 2020, note: React}];\n')
    page = tmp_path / "papers.ts"
    page.write_text(text, encoding="utf-8")
    doc = SourceDoc(path=page, text=text, display=str(page))
    assert [d for d, _s in file_records(doc, ".ts")] == [
        {"title": "Tides of the inner fjord", "authors": ["A. Lind"], "venue": "Ibis", "year": 2020}]


def test_a_data_file_written_per_language_gives_each_work_once_with_the_owner_it_sets_in_bold(tmp_path):
    """A bilingual hand-built site keeps each field once per language (``title: {en: ..., de: ...}``, which its
    template shows as ``pub.title[lang]``) and sets its owner in bold among the authors; the advisor is on every
    paper too, so no author is on more records than the owner. Before: no record was a work (a title that is a
    mapping is none) and the import failed for want of an owner."""
    from tests.importers.sitefiles import write_site

    def paper(key: str, title: str, authors: str, year: int) -> str:
        return (f"- id: {key}\n  title:\n    en: \"{title}.\"\n    de: \"{title}.\"\n"
                f"  authors:\n    en: \"{authors}\"\n    de: \"{authors}\"\n"
                f"  venue:\n    en: \"Proceedings of Coastal Modelling, {year}\"\n"
                f"    de: \"Tagungsband Küstenmodellierung, {year}\"\n")

    data = (paper("a", "Wave setup on reef flats", "Lio Brandt, <b>Nele Okafor</b>, and Ute Sommer.", 2024)
            + paper("b", "Dune erosion under storm surge", "<b>Nele Okafor</b>, Ute Sommer.", 2023))
    write_site(tmp_path, {
        "_config.yml": "markdown: kramdown\n",
        "_data/publications.yml": data,
        "_includes/pubs.html": "{% for p in site.data.publications %}<p>{{ p.title[page.lang] }}</p>{% endfor %}\n",
        "de/index.html": "---\nlayout: default\nlang: de\n---\n<h2>Publikationen</h2>\n{% include pubs.html %}\n"})
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Nele Okafor"
    pubs = {p.title.rstrip("."): p for p in profile.publications}
    assert sorted(pubs) == ["Dune erosion under storm surge", "Wave setup on reef flats"]
    reef = pubs["Wave setup on reef flats"]
    assert [a.name for a in reef.authors] == ["Lio Brandt", "Nele Okafor", "Ute Sommer"]
    assert [a.is_self for a in reef.authors] == [False, True, False]
    assert reef.year == 2024 and "Coastal Modelling" in (reef.venue or "")  # (the English value of each field)


@pytest.mark.parametrize("include", ["{% include_relative _includes/pubs.md %}", "{% include pubs.md %}"])
def test_a_file_path_a_template_links_as_written_is_under_the_domain_the_cname_names(tmp_path, include):
    """A minimal-light site: ``_config.yml`` keeps the theme's demo address in ``canonical``, its ``CNAME`` names
    the domain it is served at, and the page's loop links each record's ``bibtex`` field as written
    (``href="{{ p.bibtex }}"``, the value ``./assets/bib/x.bib``, a file beside the page). Before: the site's
    address was the theme's and the path was taken for a bare file name a template puts under some folder: no
    BibTeX link (the page's loop read by the Jekyll data reader, or by the records reader every family shares)."""
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "_config.yml": "title: Ines Varga\nposition: Lecturer\ncanonical: https://theme-demo.example.com/\n",
        "CNAME": "varga-lab.example.org\n",
        "index.md": "---\nlayout: homepage\n---\n\n## About Me\n\nI study fjords.\n\n" + include + "\n",
        "_includes/pubs.md": "## Publications\n\n{% for p in site.data.publications.main %}\n"
                             "<div><a href=\"{{ p.pdf }}\">{{ p.title }}</a> {{ p.authors }}</div>\n"
                             "{% if p.bibtex %}<a href=\"{{ p.bibtex }}\">BibTeX</a>{% endif %}\n{% endfor %}\n",
        "_data/publications.yml": "main:\n"
                          "  - title: Tidal mixing in fjords\n    authors: <strong>Ines Varga</strong>, Olaf Lund\n"
                          "    conference: Ocean Letters, 2024.\n    pdf: https://example.org/tides.pdf\n"
                          "    bibtex: ./assets/bib/varga2024.bib\n"
                          "  - title: Fjord sills and deep water\n    authors: Olaf Lund, <strong>Ines Varga</strong>\n"
                          "    conference: Coastal Review, 2023.\n    pdf: https://example.org/sills.pdf\n"})
    profile = import_path(tmp_path).profile
    pubs = {p.title: p for p in profile.publications}
    tides = pubs["Tidal mixing in fjords"]
    assert tides.links.get("bibtex") == "https://varga-lab.example.org/assets/bib/varga2024.bib"
    assert "bibtex" not in pubs["Fjord sills and deep water"].links
    assert profile.person.homepage == "https://varga-lab.example.org"


@pytest.mark.parametrize("cname, served", [("ann-roe-writes.com", "https://bolee.github.io"),
                                            ("www.bo-lee.net", "https://www.bo-lee.net"),
                                            ("bl-lab.org", "https://bl-lab.org")])
def test_a_cname_naming_a_stranger_in_a_fork_is_not_where_the_site_is_served(tmp_path, cname, served):
    """An academicpages fork keeps the CNAME of the site it was forked from ('ann-roe-writes.com') while its
    configuration gives its own GitHub Pages address twice (url and repository): the site is served at that
    address, and a record's relative PDF is there. A CNAME naming the owner ('bo-lee.net') or their initials
    ('bl-lab.org') is their own domain and stays the site's address. Before, any CNAME won: the fork's papers
    linked into the stranger's domain."""
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "_config.yml": 'title: "Bo Lee"\nname: "Bo Lee"\nurl: "https://bolee.github.io"\n'
                       'repository: "bolee/bolee.github.io"\nauthor:\n  name: "Bo Lee"\n',
        "CNAME": cname + "\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI am a lecturer at Tarn University.\n",
        "_publications/2024-rivers.md": "---\ntitle: 'Rivers of Tarn'\ncollection: publications\ndate: 2024-01-05\n"
                                        "venue: 'Journal of Tarn'\npaperurl: '/files/rivers.pdf'\n"
                                        "citation: 'Lee, B. (2024). Rivers of Tarn. Journal of Tarn.'\n---\n"})
    profile = import_path(tmp_path).profile
    assert profile.person.homepage == served
    assert list(profile.publications[0].links.values()) == [served + "/files/rivers.pdf"]


def test_a_name_a_data_file_sets_in_bold_is_not_the_owner_the_configuration_names(tmp_path):
    """A data file that sets a student in bold (the lab's mentees highlighted) on a site whose configuration names
    its owner: the owner is marked by name, not the bold student (a guard: a record's one bold name is taken for
    the owner only where no author is the owner by name, :func:`~kg.importers.site.records.owner_over_highlight`)."""
    loop = "{% for p in site.data.publications %}\n<p>{{ p.authors }}. {{ p.title }}, {{ p.venue }}</p>\n{% endfor %}\n"
    data = ('- title: "Tidal mixing in fjords"\n  authors: "<b>Kai Moss</b>, Ines Varga"\n  venue: "Ocean Letters"\n'
            '  year: 2024\n'
            '- title: "Fjord sills and deep water"\n  authors: "Ines Varga, <b>Lea Holt</b>"\n  venue: "Coastal Review"\n'
            '  year: 2023\n')
    pubs = _jekyll_data_site(tmp_path, "_pages", loop, data)
    for pub in pubs.values():
        assert [a.name for a in pub.authors if a.is_self] == ["Ines Varga"]


def test_every_mark_symbol_after_a_hugo_papers_author_is_read_as_a_records_are(tmp_path):
    """A Hugo paper's ``authors: [Ann Lee, "Bo Roe✉", Cy Kim+]``: the marks after the names are those of the one
    list every reader uses (MARK_SYMBOLS), the names without them, as a data file's author list is read. Before,
    the Hugo reader looked for its own few (``* † ‡ #``), and 'Bo Roe✉' was an author's whole name."""
    for rel, text in {
        "config.toml": 'baseURL = "https://annlee.example.org/"\ntitle = "Ann Lee"\n',
        "content/authors/admin/_index.md": "---\ntitle: Ann Lee\nsuperuser: true\n---\n\nAnn studies lichens.\n",
        "content/publication/lichen/index.md": ("---\ntitle: Lichens on north walls\ndate: 2022-04-01\nauthors:\n"
                                                "  - admin\n  - Bo Roe✉\n  - Cy Kim+\npublication: Moss Letters\n"
                                                "publication_types: ['2']\n---\n"),
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    [pub] = import_path(tmp_path).profile.publications
    assert [(a.name, a.marks) for a in pub.authors] == [("Ann Lee", []), ("Bo Roe", ["corresponding"]), ("Cy Kim", [])]


def test_a_collection_record_setting_a_coauthor_in_bold_has_the_owner_named_among_its_authors_as_its_one_owner(
        tmp_path):
    """A Jekyll ``_publications`` record whose author line sets a coauthor in bold ('Bo Roe, <b>Cy Kim</b>, Mara
    Quill' on Mara Quill's site): the owner is the author named so, the one owner of the work, as the data-file
    readers have it (owner_over_highlight). Before, the bold coauthor was marked the owner's by the record reader
    and the owner by name too: two owners of one work."""
    files = {
        "_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI am an assistant professor of soil science at "
                           "Northfield University.\n",
        "_publications/2021-lichens.md": ("---\ntitle: 'Lichens on north walls'\ncollection: publications\n"
                                          "date: 2021-03-01\nvenue: 'Moss Letters'\n"
                                          "authors: 'Bo Roe, <b>Cy Kim</b>, Mara Quill'\n---\n"),
        "_publications/2020-mosses.md": ("---\ntitle: 'Mosses in dry years'\ncollection: publications\n"
                                         "date: 2020-03-01\nvenue: 'Moss Letters'\n"
                                         "authors: 'Bo Roe and <b>Mara Quill</b>'\n---\n"),
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    got = {p.year: [(a.name, a.is_self) for a in p.authors] for p in import_path(tmp_path).profile.publications}
    assert got == {2021: [("Bo Roe", False), ("Cy Kim", False), ("Mara Quill", True)],
                   2020: [("Bo Roe", False), ("Mara Quill", True)]}


def test_a_record_with_its_own_abstract_under_a_leftover_filler_summary_is_a_work():
    from kg.importers.site.records import template_publication

    real = {"title": "Tidal mixing over rough slopes", "authors": ["admin", "Oda Renn"],
            "abstract": "We measure how tides stir water over rough slopes.",
            "summary": "Lorem ipsum dolor sit amet, consectetur adipiscing elit."}
    assert not template_publication(real)
    assert template_publication({**real, "abstract": ""})  # the filler is all the record says of itself
    assert template_publication({**real, "abstract": "Lorem ipsum dolor sit amet."})


def test_a_record_whose_id_is_its_titles_slug_is_a_work_whatever_its_title_says():
    # a site's generated data keys each work by its title's slug and a hash ("id": "temple-learning-template-of-...");
    # a title with the word "template" in it made the work a template's sample, left out
    from kg.importers.site.records import template_publication

    work = {"title": "TempLe: Learning a Template of Tides", "authors": ["Oda Renn"], "year": 2021,
            "id": "temple-learning-a-template-of-ti-d5a2396e"}  # (cut short)
    assert not template_publication(work)
    assert template_publication({**work, "id": "article-template-id"})


def _academicpages(about: str, records: dict[str, str]) -> dict[str, str]:
    files = {"_config.yml": "title: Rupa Sen\nauthor:\n  name: Rupa Sen\n  employer: Lake University\n",
             "_pages/about.md": "---\npermalink: /\ntitle: About\nauthor_profile: true\n---\n\n" + about}
    files.update({f"_publications/{k}.md": v for k, v in records.items()})
    return files


def test_a_hugo_paper_dated_only_by_its_publish_date(tmp_path):
    # no "date" key: Hugo dates the page by publishDate, which the theme shows as the paper's date
    root = write_site(tmp_path / "site", {
        "config/_default/hugo.yaml": "title: Ravi Kulkarni\nbaseURL: 'https://rk.example.org/'\n",
        "content/authors/admin/_index.md": "---\ntitle: Ravi Kulkarni\nrole: Lecturer\nsuperuser: true\n---\n",
        "content/publication/lips/index.md": (
            "+++\ntitle = \"Rounded vowels in two dialects\"\npublishDate = 2019-05-02T00:00:00\n"
            "authors = [\"Ravi Kulkarni\"]\npublication = \"Journal of Sounds\"\n+++\n"),
    })
    [pub] = import_path(root).profile.publications
    assert (pub.year, pub.date) == (2019, "2019-05-02")


def test_an_arxiv_datacite_doi_is_no_link_to_the_arxiv_page(tmp_path):
    root = write_site(tmp_path / "site", _academicpages("I study stars.\n", {
        "preprint-1": ("---\ntitle: \"Penrose process near regular holes\"\ncollection: publications\n"
                       "date: 2025-10-01\nvenue: 'arXiv'\nauthors: 'Rupa Sen'\neprint: \"2510.01234\"\n"
                       "doi: \"10.48550/arXiv.2510.01234\"\n---\n")}))
    [pub] = import_path(root).profile.publications
    assert pub.links["arxiv"] == "https://arxiv.org/abs/2510.01234"


@pytest.mark.parametrize("folder", ["papers", "publications"])
def test_a_jekyll_lab_site_whose_paper_collection_names_the_authors_in_each_papers_body(tmp_path, folder):
    # the configuration names the lab, not a person; the papers are a collection (_publications, or one of
    # another name), each page's front matter giving title, date and journal, its body the byline
    (tmp_path / "_config.yml").write_text(
        "title: Okafor lab website\nemail: okafor@example.org\ngithub_username: nokafor\n"
        f"collections:\n  {folder}:\n    output: true\n  members:\n    output: true\n")
    (tmp_path / "index.html").write_text("---\nlayout: default\n---\n<p>{{ site.description }}</p>\n")
    (tmp_path / f"_{folder}").mkdir()
    bodies = [("2020-01-01-a.md", "Reading in the dark", "Vision Letters",
               "<strong>Nia Okafor*</strong>, Tom Berg\\*, and Lu Chen<br />\n<strong>Vision Letters</strong> 3, 1-9"),
              ("2021-01-01-b.md", "Pupils and choices", "Brain Notes", "Berg, T. & **Okafor, N.**"),
              ("2022-01-01-c.md", "Maps of the visual field", "Cortex Reports", "A Ruiz, N Okafor, L Chen")]
    for name, title, venue, byline in bodies:
        (tmp_path / f"_{folder}" / name).write_text(
            f"---\nlayout: post\ntitle: {title}\ndate: {name[:10]}\njournal: {venue}\n---\n\n"
            f'"<a href="https://doi.org/10.9999/{name[:4]}">{title}</a>".\n\n{byline}\n\n'
            "**Abstract** We measured how people see. It went well.\n")
    result = import_path(tmp_path)
    p = result.profile
    assert result.format == "jekyll" and p.person.name == "Nia Okafor"
    assert p.person.identifiers.get("github") == "nokafor"
    assert [(pub.title, pub.year, pub.venue) for pub in p.publications] == [
        ("Reading in the dark", 2020, "Vision Letters"), ("Pupils and choices", 2021, "Brain Notes"),
        ("Maps of the visual field", 2022, "Cortex Reports")]
    first = p.publications[0]
    assert [(a.name, a.marks, a.is_self) for a in first.authors] == [
        ("Nia Okafor", ["equal_contribution"], True), ("Tom Berg", ["equal_contribution"], False),
        ("Lu Chen", [], False)]
    assert [a.is_self for a in p.publications[2].authors] == [False, True, False]
    if folder == "publications":
        # (the linked title and the venue line repeat the front matter: no abstract)
        assert first.abstract == "Abstract We measured how people see. It went well."


def _paper(title: str, venue: str) -> str:
    return f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2022-05-01\nvenue: '{venue}'\n---\n"


def test_a_publications_collection_translated_in_a_language_folder_counts_each_work_once(tmp_path):
    # an academicpages site in two languages: each paper a file of _publications/ in the default language and a
    # file of the same name in _publications/en/ in English; every paper was counted twice
    p = imported_site(tmp_path, {
        **academicpages_home("Wei Lin", "I study bridges.\n", titled=True),
        "_publications/2022-01-01-cables.md": _paper("斜拉桥索力识别", "土木工程学报"),
        "_publications/2022-03-01-decks.md": _paper("桥面振动监测", "工程力学"),
        "_publications/en/2022-01-01-cables.md": _paper("Cable force identification of stayed bridges",
                                                        "China Civil Engineering Journal"),
        "_publications/en/2022-03-01-decks.md": _paper("Monitoring deck vibration", "Engineering Mechanics"),
        # a sub-folder of no language is a group of the collection's works, read as before
        "_publications/preprints/2023-02-01-piers.md": _paper("Pier scour in floods", "arXiv"),
    })
    assert sorted(x.title for x in p.publications) == ["Pier scour in floods", "斜拉桥索力识别", "桥面振动监测"]


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


def test_a_json_template_of_liquid_values_is_no_internal_error(tmp_path):
    # a Jekyll site's JSON file built by Liquid ('"talks": {{ site.data.talks | jsonify }}'): YAML reads the
    # braces as a mapping whose key is a mapping, which stopped the import with an internal error; the key is kept
    # as the text written and the file holds no records
    p = imported_site(tmp_path, {
        **academicpages_home("Iris Moreau", "I teach algebraic topology at a small university.\n"),
        "assets/data/site.json": "---\n---\n\n{\n  \"talks\": {{ site.data.talks | jsonify }},\n"
                                 "  \"papers\": {{ site.data.papers | jsonify }}\n}\n",
        "_data/papers.yml": "- title: Loops in configuration spaces\n  authors: Iris Moreau and Tomas Berg\n"
                            "  year: 2020\n  journal: Topology Notes\n",
    })
    assert p.person.name == "Iris Moreau"


def test_a_records_authors_field_with_echoed_initials_and_a_venue_after_a_semicolon_or_no_stop(tmp_path):
    # a lab's data list: "Full Name, F. N., ..." (the template echoes the initials), the venue and year closing
    # the field after a semicolon, or right after the last name with no stop at all
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Fernhill Dune Lab\nauthor: Mira D. Lanke\ninclude:\n  - _pages\n",
        "_pages/home.md": "---\ntitle: \"Fernhill Dune Lab: Home\"\npermalink: /\n---\n\nWe study how dunes wander.\n",
        "_data/publist.yml": (
            "- title: Dunes in winter\n"
            "  authors: Petra W. Ostrom, P. W., K. Vell, and M. D. Lanke. Journal of Sand (2021)\n"
            "- title: Wind over grass\n"
            "  authors: Jon Abara, J., M. D. Lanke, and K. Vell; Aeolian Letters (2019)\n"
            "- title: Counting grains\n"
            "  authors: Tomo, S., K. Vell, and M. D. Lanke Transactions of the Grain Society B. (2018)\n"),
    })
    profile = import_path(root).profile
    got = [(p.title, [a.name for a in p.authors], p.venue, p.year) for p in profile.publications]
    assert got == [
        ("Dunes in winter", ["Petra W. Ostrom", "K. Vell", "M. D. Lanke"], "Journal of Sand", 2021),
        ("Wind over grass", ["Jon Abara", "M. D. Lanke", "K. Vell"], "Aeolian Letters", 2019),
        ("Counting grains", ["S. Tomo", "K. Vell", "M. D. Lanke"], "Transactions of the Grain Society B", 2018)]


def _site(tmp_path, pubs: dict[str, str]):
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True)}
    files.update({f"_publications/{k}.md": v for k, v in pubs.items()})
    return import_path(write_site(tmp_path / "site", files)).profile


def test_a_collection_title_that_opens_with_its_byline_and_year_gives_authors_and_title(tmp_path):
    # academicpages shows the front matter's title as written: a site that writes "Names (year). Title." there
    # lists the paper's authors and year before its title (the whole string was taken for the title)
    p = _site(tmp_path, {
        "2021-moths": "---\ntitle: \"Pavel Holt, Ilse Varga, Sand T. (2021). Moths at dusk: a field count.\"\n"
                      "collection: publications\nvenue: 'Insect Letters'\n---\n",
        "2019-lamps": "---\ntitle: \"Why lamps (2019) draw moths\"\ncollection: publications\n"
                      "venue: 'Insect Letters'\ndate: 2019-05-01\n---\n"})
    by_year = {x.year: x for x in p.publications}
    assert by_year[2021].title == "Moths at dusk: a field count"
    assert [a.name for a in by_year[2021].authors] == ["Pavel Holt", "Ilse Varga", "Sand T"]
    assert [a.is_self for a in by_year[2021].authors] == [False, True, False]
    # a year in brackets inside a title that names no byline before it leaves the title whole
    assert by_year[2019].title == "Why lamps (2019) draw moths"


def test_a_collection_item_marked_not_published_is_no_paper(tmp_path):
    # "published: false" in a document's front matter: Jekyll renders no page for it and no loop over the
    # collection sees it, so the site lists no such paper (it was read as one)
    p = _site(tmp_path, {
        "2021-moths": "---\ntitle: \"Moths at dusk\"\ncollection: publications\nvenue: 'Insect Letters'\n"
                      "date: 2021-01-01\n---\n",
        "2022-lamps": "---\npublished: false\ntitle: \"Why lamps draw moths\"\ncollection: publications\n"
                      "venue: 'Insect Letters'\ndate: 2022-01-01\n---\n"})
    assert [x.title for x in p.publications] == ["Moths at dusk"]


def test_a_collection_a_page_loops_over_is_read_with_one_document_and_its_html_documents(tmp_path):
    # "{% for post in site.workingpapers %}" on the publications page: the collection is a list the site shows,
    # even with a single document; an .html file with front matter in a looped collection is a document too
    # (Jekyll reads it as one). A one-document folder no page loops over stays unread.
    item = ("---\ntitle: \"{title}\"\ncollection: {name}\ndate: 2024-02-01\nvenue: '{venue}'\n"
            "citation: 'Varga, I., Holt, P. (2024). {title}. {venue}.'\n---\n")
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                       "{% for post in site.workingpapers %}{% include archive-single.html %}"
                                       "{% endfor %}\n{% for post in site.meetings %}"
                                       "{% include archive-single.html %}{% endfor %}\n",
             "_workingpapers/2024-lamps.md": item.format(title="Why lamps draw moths", name="workingpapers",
                                                         venue="Working paper"),
             "_meetings/2023-wings.html": item.format(title="Wing scales under the lens", name="meetings",
                                                      venue="Moth Meeting 2023"),
             "_meetings/2022-dusk.md": item.format(title="Moths at dusk", name="meetings", venue="Moth Meeting 2022"),
             "_drafts2/2025-night.md": item.format(title="Night flights", name="drafts2", venue="Draft")}
    p = import_path(write_site(tmp_path / "site", files)).profile
    assert sorted(x.title for x in p.publications) == [
        "Moths at dusk", "Why lamps draw moths", "Wing scales under the lens"]


def test_a_records_conference_short_is_its_venue_and_the_conference_its_full_name():
    # a theme's record "conference_short: 'ICLR'" beside "conference: 'International Conference on ... 2026'":
    # the badge is the venue as the page shows it (the long name was taken alone)
    from kg.importers.site.records import RECORD_KEYS, publication_from_record

    pub = publication_from_record({"title": "Moths at dusk", "authors": "Ana Ruiz, Ilse Varga",
                                   "conference_short": "MothConf",
                                   "conference": "International Conference on Moths 2026"}, RECORD_KEYS, None)
    assert (pub.venue, pub.venue_full, pub.year) == ("MothConf", "International Conference on Moths", 2026)


def test_a_publication_titled_with_a_themes_sample_text_is_no_work(tmp_path):
    # a Jekyll site started from a theme: beside the owner's own paper, the theme's sample entry is left in place,
    # titled "Lorem ipsum dolor sit amet ..."; it was read as a second paper (now reported, not a work)
    files = {
        "_config.yml": "title: \"Lena Okoro\"\nauthor:\n  name: \"Lena Okoro\"\n",
        "index.md": "---\nlayout: default\n---\n\nI am a PhD student in acoustics at Brenner University.\n\n"
                    "## Publications\n\n"
                    "- **Quiet rooms by design**. Lena Okoro, Tom Vail. *Acoustics Letters*, 2023.\n"
                    "- **Lorem ipsum dolor sit amet, consectetur adipiscing elit**. Lena Okoro, Tom Vail. "
                    "*Journal of Samples*, 2020.\n",
    }
    p = imported_site(tmp_path, files)
    assert [x.title for x in p.publications] == ["Quiet rooms by design"]
    assert any("sample text" in u.text and "Lorem ipsum" in u.text for u in p.unparsed)


_JEKYLL_CONFIG = "title: Kelp Lab\nauthor:\n  name: Nora Vale\n"


def _doi_paper(title: str, doi: str, authors: str = "<b>Nora Vale</b>, Kai Hart") -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\nauthors: {authors}\ndate: 2021-05-01\n"
            f"venue: 'Ocean Biology'\ndoi: \"{doi}\"\n---\n")


def test_marks_a_component_explains_are_the_marks_of_the_data_file_it_shows(tmp_path):
    # a Gatsby component queries publications.json (allPublicationsJson) and explains its marks in a line of its
    # own: † is a mentee there, not the common equal contribution
    root = write_site(tmp_path / "site", {
        "package.json": '{"dependencies": {"gatsby": "^5.0.0"}}',
        "gatsby-config.js": 'module.exports = { siteMetadata: { title: "Ada Quill", author: "Ada Quill" } };\n',
        "src/components/publications.js": (
            'const q = graphql`{ allPublicationsJson { edges { node { title authors } } } }`;\n'
            "export default () => <div><p>Students I mentored are marked with †.</p></div>;\n"),
        "src/data/publications.json": json.dumps([
            {"title": "Tides over warm shelves", "authors": ["Ada Quill", "Bo Lund†", "Cy Moss"], "year": 2021,
             "venue": "Ocean Letters"},
            {"title": "Salt fingers in cold basins", "authors": ["Ada Quill", "Di Roe"], "year": 2020,
             "venue": "Marine Notes"}]),
    })
    pubs = import_path(root).profile.publications
    tides = next(p for p in pubs if p.title == "Tides over warm shelves")
    assert [(a.name, a.marks) for a in tides.authors] == [("Ada Quill", []), ("Bo Lund", ["mentee"]), ("Cy Moss", [])]


def test_a_doi_field_holding_another_address_is_still_the_works_doi_link(tmp_path):
    # academicpages-style records whose `doi:` field, rendered by the theme as the "DOI" button, holds a preprint's
    # or a publisher's address instead of a DOI: the button's link was dropped (the field failed as a DOI); a DOI
    # inside such an address is still the work's DOI
    p = imported_site(tmp_path, {
        "_config.yml": _JEKYLL_CONFIG,
        "_publications/one.md": _doi_paper("Kelp rafts carry snails", "https://arxiv.org/abs/2101.00001"),
        "_publications/two.md": _doi_paper("Urchins reshape canopies", "https://pubs.example.org/doi/abs/10.1000/oc.77"),
        "_publications/three.md": _doi_paper("Holdfasts shelter crabs", "https://doi.org/10.1000/oc.5"),
        "_publications/four.md": _doi_paper("Storms thin the forest", "not given"),
    })
    by_title = {x.title: x for x in p.publications}
    assert by_title["Kelp rafts carry snails"].links == {"doi": "https://arxiv.org/abs/2101.00001"}
    assert by_title["Kelp rafts carry snails"].arxiv == "2101.00001"
    two = by_title["Urchins reshape canopies"]
    assert (two.links, two.doi) == ({"doi": "https://pubs.example.org/doi/abs/10.1000/oc.77"}, "10.1000/oc.77")
    three = by_title["Holdfasts shelter crabs"]
    assert (three.links, three.doi) == ({"doi": "https://doi.org/10.1000/oc.5"}, "10.1000/oc.5")
    assert by_title["Storms thin the forest"].links == {}


def test_the_owner_written_with_a_doubled_letter_once_is_still_the_owner(tmp_path):
    # the owner's given name spelled two ways across the records ("Nuttida" and "Nutida"): the other spelling was
    # no author of the owner's, so the owner had no place in those works
    p = imported_site(tmp_path, {
        "_config.yml": "title: Kelp Lab\nauthor:\n  name: Nuttida Vale\n",
        "_publications/one.md": _doi_paper("Kelp rafts carry snails", "10.1000/oc.1", "Kai Hart, Nutida Vale"),
        "_publications/two.md": _doi_paper("Urchins reshape canopies", "10.1000/oc.2", "Nuttida Vale, Kai Hart"),
        "_publications/three.md": _doi_paper("Holdfasts shelter crabs", "10.1000/oc.3", "Kai Hart, Nadja Vale"),
    })
    by_title = {x.title: [a.is_self for a in x.authors] for x in p.publications}
    assert by_title == {"Kelp rafts carry snails": [False, True], "Urchins reshape canopies": [True, False],
                        "Holdfasts shelter crabs": [False, False]}


def test_a_collection_named_for_code_holds_no_papers(tmp_path: Path):
    # "_code/": the owner's programs, each page with a title, a date and "venue: Python and C" (the language):
    # software, not works of the publication list
    item = '---\ntitle: "{t}"\ncollection: code\nvenue: "Python and C"\ndate: 2021-05-01\n---\n\nA tool, on GitHub.\n'
    prof = imported_site(tmp_path / "site", {
        "_config.yml": 'title: "Runa Solberg"\nauthor:\n  name: "Runa Solberg"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI model how glaciers slide.\n",
        "_code/2021-slide.md": item.format(t="SlideSim"),
        "_code/2022-melt.md": item.format(t="MeltMap")})
    assert prof.publications == []


def test_a_record_whose_authors_field_holds_only_the_school_and_year_is_the_owners_thesis(tmp_path):
    # a data file of theses whose template shows "authors" under each title, filled with the school and year:
    # "Tarn University, 2016" was read as two authors, neither the owner, with no year (beside a list of ten papers
    # or more, the thesis was then dropped as someone else's work)
    p = imported_site(tmp_path, {
        "_config.yml": "name: Nora Vik\ntitle: Nora Vik\n",
        "_includes/work.html": "<li><b>{{ w.title }}</b><br>{{ w.authors }}<br>[<a href=\"{{ w.pdf }}\">pdf</a>]</li>\n",
        "_data/papers.yml": "".join(f"- title: \"{t}\"\n  authors: \"Nora Vik and {c}\"\n  location: \"{v}\"\n"
                                    for t, c, v in [("Fast parallel graph peeling", "Ola Berg", "SPAA 2021"),
                                                    ("Sparse cuts in shared memory", "Eli Moen", "PPoPP 2020")]),
        "_data/other.yml": "- title: \"Master Thesis: Peeling graphs in parallel\"\n  authors: \"Tarn University, 2016\"\n"
                           "  pdf: /papers/master.pdf\n",
        "index.md": "---\nlayout: default\ntitle: Nora Vik\n---\n\nI am a researcher at Tarn University working on "
                    "parallel graph algorithms.\n\n### Publications\n\n<ul>\n{% for w in site.data.papers %}\n"
                    "  {% include work.html %}\n{% endfor %}\n</ul>\n\n### Older theses\n\n<ul>\n"
                    "{% for w in site.data.other %}\n  {% include work.html %}\n{% endfor %}\n</ul>\n",
    })
    thesis = next((x for x in p.publications if x.title.startswith("Master Thesis")), None)
    assert thesis is not None, [x.title for x in p.publications]
    assert (thesis.year, thesis.venue, thesis.authors) == (2016, "Tarn University", [])
    assert not [u.text for u in p.unparsed if u.file == "_data/other.yml" and "Tarn University" in u.text]


def test_a_preprints_data_file_of_titles_and_doi_addresses_that_a_page_loops_over_lists_works(tmp_path):
    # "_data/preprints.yml" of records with a title, a date and a doi.org address only (no authors, no venue), which
    # a page shows under "Preprints" filtered to the unpublished ones: not taken for works at all (a lookup table)
    preprint = "- title: \"{t}\"\n  url: https://doi.org/10.1101/2021.0{n}.01.1\n  date: 2021-0{n}-02\n  published: {p}\n\n"
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ida Holm\nauthor:\n  name: Ida Holm\n",
        "index.md": "---\nlayout: home\n---\n\nI am a postdoc at Fjell University modelling viral load in patients.\n",
        "pages/works.markdown": "---\nlayout: page\npermalink: /works\ntitle: Works\n---\n\n## Preprints\n\n<ol>\n"
                                "{% assign pre = site.data.preprints | where: \"published\", \"false\" %}\n"
                                "{% for a in pre %}\n  <li><strong>{{ a.title }}</strong><br>{{ a.date }}<br>"
                                "<a href=\"{{ a.url }}\">{{ a.url }}</a></li>\n{% endfor %}\n</ol>\n",
        "_data/preprints.yml": preprint.format(t="Viral load curves in treated patients", n=3, p="false")
                               + preprint.format(t="Timing of infection from viral load", n=2, p="true"),
    })
    assert [(x.title, x.year) for x in p.publications] == [("Viral load curves in treated patients", 2021)]


def test_a_works_named_data_file_of_the_records_reader_takes_a_title_and_a_link_mapping(tmp_path):
    # a works-named, looped data file's records of a title and an address alone are read by one rule
    # (records.title_and_address) in both data-file readers: preprints.yml, which the records reader of data files
    # reads, of records whose address is a link mapping ("link: {name: PDF, dest: ...}", the form theses.yml's
    # reader took); before the two readings were merged, this reader took a DOI or arXiv address only: no work
    preprint = ("- title: \"{t}\"\n  link:\n    name: PDF\n    dest: https://ida.example.org/{n}.pdf\n"
                "  date: 2021-0{n}-02\n")
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ida Holm\nauthor:\n  name: Ida Holm\n",
        "index.md": "---\nlayout: home\n---\n\nI am a postdoc at Fjell University modelling viral load in patients.\n",
        "pages/works.markdown": "---\nlayout: page\npermalink: /works\ntitle: Works\n---\n\n## Preprints\n\n<ol>\n"
                                "{% for a in site.data.preprints %}\n  <li><strong>{{ a.title }}</strong><br>"
                                "<a href=\"{{ a.link.dest }}\">PDF</a></li>\n{% endfor %}\n</ol>\n",
        "_data/preprints.yml": preprint.format(t="Viral load curves in treated patients", n=3)
                               + preprint.format(t="Timing of infection from viral load", n=2),
    })
    assert sorted((x.title, x.links.get("pdf")) for x in p.publications) == [
        ("Timing of infection from viral load", "https://ida.example.org/2.pdf"),
        ("Viral load curves in treated patients", "https://ida.example.org/3.pdf")]


def test_the_owners_thesis_in_a_data_file_of_works_is_a_degree(tmp_path):
    """A site whose layout lists the works of ``_data/publications.yml``, one of them the owner's thesis, written
    alone, its venue "M.Sc. Thesis · Fenwick University": the owner took an M.Sc. at Fenwick University, as the
    page reader reads such a thesis in a hand-written list. Before, only the page reader read it (and only with a
    comma after "Thesis"): no degree."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ivo Lema\nemail: ivo@tarn.example.org\n",
        "_layouts/home.html": ("<html><body><h1>{{ site.title }}</h1>{{ content }}\n<h2>Publications</h2>\n"
                               "{% for p in site.data.publications %}<p>{{ p.title }}, {{ p.venue }}</p>"
                               "{% endfor %}\n</body></html>\n"),
        "index.html": "---\nlayout: home\n---\n\nI'm a PhD student at Tarn University. I study how tides move sand.\n",
        "_data/publications.yml": (
            '- year: 2024\n  title: "Counting Rivers with Sparse Maps"\n  authors: "Ivo Lema, Ada Roe"\n'
            '  venue: "Journal of Tides"\n'
            '- year: 2021\n  title: "Sand Ripples under Slow Currents"\n  authors: "Ivo Lema"\n'
            '  venue: "M.Sc. Thesis · Fenwick University"\n')})
    assert ("M.Sc.", "Fenwick University", 2021) in [(e.degree, e.institution, e.year) for e in p.person.education]


def test_the_advisor_closing_the_owners_thesis_in_a_data_file_is_the_owners(tmp_path):
    """The owner's thesis in a data file of works, its venue closed by "Advisor: X": the degree and its advisor, as
    the page reader reads such a thesis (0481b04 shared the degree only: the data file's advisor was lost)."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ivo Lema\nemail: ivo@tarn.example.org\n",
        "_layouts/home.html": ("<html><body><h1>{{ site.title }}</h1>{{ content }}\n<h2>Publications</h2>\n"
                               "{% for p in site.data.publications %}<p>{{ p.title }}, {{ p.venue }}</p>"
                               "{% endfor %}\n</body></html>\n"),
        "index.html": "---\nlayout: home\n---\n\nI'm a postdoc at Tarn University. I study how tides move sand.\n",
        "_data/publications.yml": (
            '- year: 2024\n  title: "Counting Rivers with Sparse Maps"\n  authors: "Ivo Lema, Ada Roe"\n'
            '  venue: "Journal of Tides"\n'
            '- year: 2021\n  title: "Sand Ripples under Slow Currents"\n  authors: "Ivo Lema"\n'
            '  venue: "Ph.D. thesis, Fenwick University, 2021. Advisor: Oda Berg."\n')})
    assert ("Ph.D.", "Fenwick University", 2021) in [(e.degree, e.institution, e.year) for e in p.person.education]
    assert p.person.advisors == ["Oda Berg"]


_PAPERS_LOOP = ("---\nlayout: page\ntitle: Research\n---\n\n## papers\n\n{% for paper in site.data.papers %}\n"
                "**{{ paper.title }}**  \nwith {{ paper.coauthors | join: ', ' }}\n{% endfor %}\n\n"
                "## theses\n\n{% for thesis in site.data.theses %}\n**{{ thesis.title }}**  \n"
                "[{{ thesis.link.name }}]({{ thesis.link.dest }})\n{% endfor %}\n")


def test_a_data_file_named_theses_lists_works_of_a_title_and_a_link(tmp_path):
    """``_data/theses.yml`` of '- title: ...' with 'link: {name: PDF, dest: https://...}', looped under "## theses":
    a file whose own name says it lists works holds works though its records give no authors nor venue (before,
    the records reader passed it over as "a lookup table, a menu, settings"); a link's ``dest`` is its address."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Elin Haugen\n",
        "index.md": "---\nlayout: home\n---\n\nI build tide models. My older work is [here](research.md).\n",
        "research.md": _PAPERS_LOOP,
        "_data/papers.yml": "- title: Random walks on square lattices\n  coauthors:\n"
                            "    - T. Brekke\n  links:\n    - name: arXiv\n      dest: https://arxiv.org/abs/2101.00001\n",
        "_data/theses.yml": "- title: Scaling limits of loop models\n  link:\n    name: Library\n"
                            "    dest: https://library.example.edu/theses/4411\n"
                            "- title: Counting lattice animals\n  link:\n    name: PDF\n"
                            "    dest: https://math.example.edu/msc/haugen.pdf\n"})
    got = {x.title: x.links for x in p.publications}
    assert got == {"Random walks on square lattices": {"arxiv": "https://arxiv.org/abs/2101.00001"},
                   "Scaling limits of loop models": {"library": "https://library.example.edu/theses/4411"},
                   "Counting lattice animals": {"pdf": "https://math.example.edu/msc/haugen.pdf"}}


def test_a_students_thesis_in_a_small_data_file_beside_the_papers_stays_a_listed_work(tmp_path):
    """'type: phdthesis' (BibTeX's word) in ``_data/theses.yml``, its author a student, beside a file of ten papers
    by the owner: the page lists the theses its owner supervised; before, the thesis was set aside as "not the
    owner's work" (a small file of others' papers beside the list), and the record's type was not read."""
    papers = "publications:\n" + "".join(
        f"  - title: Slip on rough faults, part {k}\n    author: Ilse Varga and Kofi Mensah\n    year: {2010 + k}\n"
        f"    journal: Journal of Fault Studies\n" for k in range(1, 11))
    theses = ("publications:\n  - title: Fast cycles of slow earthquakes\n    author: Lund, Petra\n    year: 2021\n"
              "    type: phdthesis\n    school: Northgate Institute\n")
    page = ("---\nlayout: page\ntitle: Publications\n---\n\n## Papers\n\n{% for pub in site.data.pubs.publications %}\n"
            "**{{ pub.title }}** {{ pub.author }}, {{ pub.journal }} ({{ pub.year }})<br>\n{% endfor %}\n\n"
            "## PhD Theses\n\n{% for pub in site.data.theses.publications %}\n**{{ pub.title }}** {{ pub.author }}, "
            "**{{ pub.school }}**, Ph. D. thesis ({{ pub.year }})<br>\n{% endfor %}\n")
    p = imported_site(tmp_path, {"_config.yml": "title: Ilse Varga\n", "index.md": "I study faults at Northgate.\n",
                                 "publications.md": page, "_data/pubs.yml": papers, "_data/theses.yml": theses})
    assert len(p.publications) == 11
    thesis = next(x for x in p.publications if x.title == "Fast cycles of slow earthquakes")
    assert (thesis.venue_type, [a.name for a in thesis.authors]) == ("thesis", ["Petra Lund"])


def test_a_latex_command_named_by_a_word_in_a_records_title_is_no_accent(tmp_path):
    """'$$\\mid\\varphi\\mid^4$$' in a data record's title: "\\varphi" is a command named by a word, not the
    caron accent "\\v" on an "a"; the title is kept as the page writes it (before, the whole title went through the
    LaTeX decoder and came out "|φ|^4"). "\\v{C}ech" is still an accented word."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Elin Haugen\n",
        "index.md": "---\nlayout: home\n---\n\nI build tide models. My older work is [here](research.md).\n",
        "research.md": _PAPERS_LOOP,
        "_data/papers.yml": "- title: Random walks and $$\\mid\\varphi\\mid^4$$ spins\n  coauthors:\n    - T. Brekke\n"
                            "- title: \"Loops and the \\\\v{C}ech complex\"\n  coauthors:\n    - T. Brekke\n"})
    got = {x.title: [a.name for a in x.authors] for x in p.publications}
    assert got == {"Random walks and $$\\mid\\varphi\\mid^4$$ spins": ["Elin Haugen", "T. Brekke"],
                   "Loops and the Čech complex": ["Elin Haugen", "T. Brekke"]}


def _bibtex_paper(title: str, body: str) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2021-04-02\n"
            f"venue: 'Widget Letters'\npaperurl: 'https://example.org/w/{len(title)}'\n---\n{body}")


def test_a_bibtex_block_in_a_paper_page_gives_the_authors_the_front_matter_lacks(tmp_path):
    # academicpages: the front matter names no authors; the page ends with its own BibTeX entry as a code block
    fenced = ("A study of widgets and the gadgets around them.\n\n```bibtex\n@article{quill2021counting,\n"
              "  title={Counting widgets in the wild},\n  author={Brenn, Olaf and Quill, Mara and R{\\\"o}ss, Ida},\n"
              "  journal={Widget Letters},\n  volume={7},\n  pages={11--19},\n  year={2021}\n}\n```\n")
    other = ("Gadgets, again.\n\n```\n@inproceedings{x,\n  title={Some other work},\n"
             "  author={Lorn, Ivo and Quill, Mara},\n  booktitle={GadgetConf},\n  year={2020}\n}\n```\n")
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n  bio: Widget scientist\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study widgets.\n",
        "_publications/2021-04-02-counting.md": _bibtex_paper("Counting widgets in the wild", fenced),
        "_publications/2021-05-02-dense.md": _bibtex_paper("Dense gadgets at scale", other),
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    counting = pubs["Counting widgets in the wild"]
    assert [a.name for a in counting.authors] == ["Olaf Brenn", "Mara Quill", "Ida Röss"]
    assert [a.is_self for a in counting.authors] == [False, True, False]
    assert (counting.venue, counting.pages, counting.volume) == ("Widget Letters", "11-19", "7")
    assert "@article" not in (counting.abstract or "")
    # an entry naming another work (a block copied from another page) fills nothing: the record names no authors, so
    # it is the owner's alone, the list marked incomplete (as the page reader reads such an entry)
    dense = pubs["Dense gadgets at scale"]
    assert [(a.name, a.is_self) for a in dense.authors] == [("Mara Quill", True)] and dense.authors_truncated
    assert "@inproceedings" not in (dense.abstract or "")


def test_a_paper_page_reads_on_after_its_bibtex_block(tmp_path):
    # the work's own BibTeX entry mid-page, a paragraph after it: the body reader read the next paragraph against
    # the entry it had just merged (one name for the printed citation and the entry: an internal error on the site)
    body = ("```bibtex\n@article{quill2021counting,\n  title={Counting widgets in the wild},\n"
            "  author={Brenn, Olaf and Quill, Mara},\n  journal={Widget Letters},\n  year={2021}\n}\n```\n\n"
            "The slides of the talk on this paper are on the talks page.\n")
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study widgets.\n",
        "_publications/2021-04-02-counting.md": _bibtex_paper("Counting widgets in the wild", body),
    })
    (pub,) = import_path(root).profile.publications
    assert [a.name for a in pub.authors] == ["Olaf Brenn", "Mara Quill"]
    assert pub.abstract == "The slides of the talk on this paper are on the talks page."


def test_a_paper_document_with_only_a_citation_in_its_front_matter(tmp_path):
    # academicpages' _publications/*.md whose front matter has no title, date nor venue: only "citation:", the
    # owner underlined, the title in italics; the year is the file name's and the citation's
    cite = ("'<u>Nora Quist</u>, Piet Alder, and Sami Ruud.<i> Counting gulls on windy shores</i>. "
            "In 2019 Conference on Coastal Birds, 12–20. Coastal Press, 2019.'")
    profile = imported_site(tmp_path / "site", {
        **academicpages_home("Nora Quist", "Nora Quist counts birds.\n"),
        "_publications/2019-gulls.md": f"---\ncollection: publications\npaperurl: '/files/gulls.pdf'\n"
                                       f"citation: {cite}\n---\n",
        "_publications/2021-terns.md": "---\ncollection: publications\ncitation: 'Piet Alder and <u>Nora Quist</u>."
                                       "<i> Terns in the fog</i>. Journal of Shore Life, 2021.'\n---\n",
    })
    works = sorted((p.title, p.year, [a.name for a in p.authors]) for p in profile.publications)
    assert works == [("Counting gulls on windy shores", 2019, ["Nora Quist", "Piet Alder", "Sami Ruud"]),
                     ("Terns in the fog", 2021, ["Piet Alder", "Nora Quist"])]


def test_a_records_short_title_is_its_title_when_the_title_field_holds_the_byline(tmp_path):
    # "title: 'Ana Ruiz, Bo Lee Sand in Rivers.'" beside "short_title: 'Sand in Rivers'": the title field is the
    # citation's head; the short title is the paper's, the citation gives the authors
    (pub,) = imported_site(tmp_path / "site", {
        "_config.yml": "title: Bo Lee\nauthor:\n  name: Bo Lee\n",
        "_publications/2023-sand.md":
        "---\ntitle: \"Ana Ruiz, Bo Lee, Kai Moss Sand in Rivers: a Field Guide.\"\n"
        "short_title: \"Sand in Rivers: a Field Guide\"\ncollection: publications\ndate: 2023-05-01\n"
        "venue: 'Journal of Rivers'\n"
        "citation: 'Ana Ruiz, Bo Lee, Kai Moss Sand in Rivers: a Field Guide. In Journal of Rivers.'\n---\n",
    }).publications
    assert pub.title == "Sand in Rivers: a Field Guide"
    assert [a.name for a in pub.authors] == ["Ana Ruiz", "Bo Lee", "Kai Moss"]


def test_a_venue_key_holding_a_web_address_is_the_works_link_not_its_venue(tmp_path):
    # a data file whose "journal:" is the address of the theme's Journal button; the venue line, with the year,
    # is under "conference:"
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Tull\nauthor:\n  name: Mira Tull\n",
        "index.md": "---\nlayout: home\n---\n\nI build small quantum machines.\n\n## Publications\n\n"
                    "{% for p in site.data.publications.main %}\n<li>{{ p.title }} {{ p.authors }} "
                    "{{ p.conference }}</li>\n{% endfor %}\n",
        "_data/publications.yml": (
            "main:\n"
            "  - title: \"Counting photons in a cold trap\"\n    authors: Ivo Brand, <strong>Mira Tull</strong>\n"
            "    conference_short: Cold Lett.\n    conference: Cold Letters, 2022.\n"
            "    journal: https://coldletters.example.org/abs/22.041\n"
            "  - title: \"Two ions, one clock\"\n    authors: <strong>Mira Tull</strong>, Ada Peel\n"
            "    conference: Clock Review, 2019.\n"),
    })
    works = sorted((p.title, p.year, p.venue, p.links.get("journal")) for p in profile.publications)
    assert works == [("Counting photons in a cold trap", 2022, "Cold Lett.", "https://coldletters.example.org/abs/22.041"),
                     ("Two ions, one clock", 2019, "Clock Review", None)]


def test_a_paper_pages_subtitle_names_its_venue_or_its_byline(tmp_path: Path):
    page = '---\ntitle: "{title}"\nsubtitle: "{sub}"\nauthor: ""\ndate: 2021-03-01\n---\n\nAbstract.\n'
    d = write_site(tmp_path / "site", {
        "config.toml": 'baseURL = "https://opell.example.org/"\ntitle = "Odile Pell"\n',
        "content/_index.md": "---\ntitle: Odile Pell\n---\n\nI study lakes.\n",
        "content/publication/one/index.md": page.format(title="Reeds along the shore", sub="Published in Lake Review"),
        "content/publication/two/index.md": page.format(title="Winter ice on small lakes",
                                                        sub="Pell O., Stroud K. and Marr T."),
    })
    pubs = {p.title: p for p in import_path(d).profile.publications}
    assert pubs["Reeds along the shore"].venue == "Lake Review"
    assert [a.name for a in pubs["Winter ice on small lakes"].authors] == ["Pell O", "Stroud K", "Marr T"]


def _caption_paper(title: str, citation: str, body: str) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2022-03-01\nvenue: 'Widget Letters'\n"
            f"paperurl: 'https://example.org/w/{len(title)}'\ncitation: '{citation}'\n---\n{body}")


def test_a_bibtex_block_under_a_caption_fills_the_byline_a_cut_citation_leaves_out(tmp_path):
    """An academicpages paper page whose citation cuts the byline ("Brenn, Olaf, et al.") and whose body ends
    with its BibTeX entry under a caption line ("Recommended BibTeX entry:" right above the fence, or with a blank
    line inside the fence): the entry's whole byline is the paper's, and neither the caption nor the entry is
    abstract. Before, the caption made the block no entry (read as part of the abstract), and a blank line inside
    the fence cut the block in two."""
    entry = ("@inproceedings{brenn2022,\n  title={{Counting} Widgets in the Wild},\n"
             "  author={Brenn, Olaf and Quill, Mara and Ross, Ida},\n  booktitle={Widget Conference},\n"
             "  year={2022}\n}\n")
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n  bio: Widget scientist\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study widgets.\n",
        "_publications/2022-counting.md": _caption_paper(
            "Counting Widgets in the Wild", 'Brenn, Olaf, et al. "Counting widgets." Widget Letters, 2022.',
            "We count widgets.\n\nRecommended BibTeX entry:\n```bibtex\n" + entry + "```\n"),
        "_publications/2022-dense.md": _caption_paper(
            "Dense Gadgets", 'Lorn, Ivo, et al. "Dense gadgets." Widget Letters, 2022.',
            "We pack gadgets.\n\nBibTeX entry:\n```bibtex\n\n"
            + entry.replace("Counting} Widgets in the Wild", "Dense} Gadgets").replace("Brenn, Olaf", "Lorn, Ivo")
            + "\n```\n"),
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    counting, dense = pubs["Counting Widgets in the Wild"], pubs["Dense Gadgets"]
    assert [a.name for a in counting.authors] == ["Olaf Brenn", "Mara Quill", "Ida Ross"]
    assert [a.name for a in dense.authors] == ["Ivo Lorn", "Mara Quill", "Ida Ross"]
    assert (counting.abstract, dense.abstract) == ("We count widgets.", "We pack gadgets.")


def test_a_second_link_labelled_as_the_paper_goes_in_the_slot_its_address_names(tmp_path):
    """An academicpages paper page with 'paperurl:' (the publisher's page: the paper link) whose body links "[Download
    paper here](.../files/counting.pdf)": that link is the paper's PDF. Before, its label put it in the paper slot,
    taken, so it went among the more links with no kind."""
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Mara Quill\nurl: https://mquill.example.org\nauthor:\n  name: Mara Quill\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study widgets.\n",
        "_publications/2022-counting.md": _caption_paper(
            "Counting Widgets", "Quill, Mara. \"Counting widgets.\" Widget Letters, 2022.",
            "We count widgets.\n\n[Download paper here](https://mquill.example.org/files/counting.pdf)\n"),
    })
    pub = import_path(root).profile.publications[0]
    assert pub.links == {"paper": "https://example.org/w/16", "pdf": "https://mquill.example.org/files/counting.pdf"}


_PAPER_INCLUDE = ("<div class=\"paper\">\n<b>{{ paper.title }}</b><br>\n{% if paper.authors %}{{ paper.authors }}<br>"
                  "{% endif %}\n{% if paper.location %}<em>{{ paper.location }}</em>{% endif %}\n</div>\n")


def test_a_data_records_location_that_reads_as_a_venue_is_its_venue_and_year(tmp_path):
    # the records put where each paper appeared under "location:" (no venue key); a place ("Lisbon, Portugal") is
    # no venue
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Osei\nname: Mira Osei\n",
        "index.md": "---\nlayout: default\ntitle: Mira Osei\n---\n\nI am an associate professor of computer science "
                    "at Fenmark University.\n\n### Publications\n\n<ul>\n{% for paper in site.data.papers %}\n"
                    "  {% include paper.html %}\n{% endfor %}\n</ul>\n",
        "_includes/paper.html": _PAPER_INCLUDE,
        "_data/papers.yaml": (
            "-\n    title: \"Parallel Sorting of Tide Tables\"\n    authors: \"Mira Osei, Jonas Pell\"\n"
            "    location: Proceedings of the Symposium on Parallel Tides (SPT), 2021.\n\n"
            "-\n    title: \"Streaming Shell Counts\"\n    authors: \"Jonas Pell, Mira Osei\"\n"
            "    location: Lisbon, Portugal\n"),
    })
    works = [(p.title, p.year, p.venue) for p in profile.publications]
    assert works == [("Parallel Sorting of Tide Tables", 2021, "SPT"), ("Streaming Shell Counts", None, None)]


def test_a_records_authors_line_going_on_with_the_school_and_year_after_a_break(tmp_path):
    # the thesis's record writes "Owner<br>School, Year<br>" under "authors:" (its template shows the field as it
    # is): the owner is the author, the line after the break gives the year
    loop = "<ul>\n{% for paper in site.data.thesis %}\n  {% include paper.html %}\n{% endfor %}\n</ul>\n"
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Osei\nname: Mira Osei\n",
        "index.md": "---\nlayout: default\ntitle: Mira Osei\n---\n\nI am an associate professor of computer science "
                    "at Fenmark University.\n\n### Ph.D. Thesis\n\n" + loop,
        "_includes/paper.html": _PAPER_INCLUDE,
        "_data/thesis.yaml": ("-\n    title: \"Sorting Tides in Parallel\"\n"
                              "    authors: \"Mira Osei<br>Fenmark University, 2019<br>\"\n"),
    })
    works = [(p.title, p.year, [a.name for a in p.authors]) for p in profile.publications]
    assert works == [("Sorting Tides in Parallel", 2019, ["Mira Osei"])]


def test_an_authors_block_of_one_person_a_line_with_email_and_affiliation(tmp_path):
    # a paper's front matter copies the paper's author block: one line per person, the name, the email in
    # parentheses, then the place ("UC Somewhere, Somewhere, CA, USA"): the names only
    block = ("authors: |\n  Ida Brenn (ida@uni.example.edu), Fenmark University, Fenmark, CA, USA\n"
             "  Tomas Quill (tq@uni.example.edu), Fenmark University, Fenmark, CA, USA\n"
             "  Olga Marr (olga.marr@mail.example.com), Harbour Labs, Pellmark, WA, USA\n")
    profile = imported_site(tmp_path / "site", {
        **academicpages_home(
            "Tomas Quill",
            "Tomas is a postdoctoral scholar at Fenmark "
            "University.\n",
            titled=True),
        "_publications/2024-05-01-tides.md": "---\ntitle: \"Tide Pools Are Clocks\"\ncollection: publications\n"
                                             + block + "date: 2024-05-01\nvenue: 'Workshop on Coastal Systems'\n---\n",
    })
    assert [[a.name for a in p.authors] for p in profile.publications] == [["Ida Brenn", "Tomas Quill", "Olga Marr"]]


def _pasted_record(title: str, venue: str, citation: str) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2020-01-01\nvenue: '{venue}'\n"
            f"citation: '{citation}'\n---\nAn abstract.\n")


def test_citation_names_stand_where_the_record_title_says(tmp_path):
    # academicpages records whose citation is pasted from the journal in its own style: the names are what stands
    # before the record's title (however the names end: "et al.", a semicolon, a dated bracket), or, in a citation
    # that opens with the title (three pasted lines YAML folds into one), between the title and the venue
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ann Roe\nauthor:\n  name: Ann Roe\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study sand dunes.\n",
        "_publications/2019-01-01-a.md": _pasted_record(
            "Sand ripples under shifting winds", "Dunes",
            "Roe, A., Lee, B., Sato, K. et al. Sand ripples under shifting winds. Dunes 9, 12 (2019)."),
        "_publications/2020-01-01-b.md": _pasted_record(
            "Grain sorting on steep slopes", "Dunes",
            "Bo Lee, Ann Roe, J. Kim Park; Grain sorting on steep slopes. Dunes 2015;15(8):19."),
        "_publications/2021-01-01-c.md": _pasted_record(
            "Wind tunnels for dune growth", "Dune Studies",
            "Bo D. Lee, Kai Sato & Ann Roe (14 Mar 2021): Wind Tunnels for Dune-Growth, Dune Studies, DOI: 10.1/x"),
        "_publications/2022-01-01-d.md": _pasted_record(
            "Wet sand and the angle of repose", "Journal of Dunes",
            "Wet Sand and the Angle of Repose\nAnn Roe, Bo D. Lee\nJournal of Dunes 3 May 2022, 42 (8) 1-9"),
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    got = {t: ([a.name for a in p.authors], p.authors_truncated, [a.is_self for a in p.authors].index(True))
           for t, p in pubs.items()}
    assert got == {
        "Sand ripples under shifting winds": (["A. Roe", "B. Lee", "K. Sato"], True, 0),
        "Grain sorting on steep slopes": (["Bo Lee", "Ann Roe", "J. Kim Park"], False, 1),
        "Wind tunnels for dune growth": (["Bo D. Lee", "Kai Sato", "Ann Roe"], False, 2),
        "Wet sand and the angle of repose": (["Ann Roe", "Bo D. Lee"], False, 0),
    }


def test_a_short_generic_record_title_does_not_place_the_citation_s_names(tmp_path):
    # "title: Honours thesis" beside "Day, N. (2020). <i>Long title</i>, Honours Thesis.": the words are the
    # citation's venue too; the names end at their year
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Noa Day\nauthor:\n  name: Noa Day\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study sand dunes.\n",
        "_publications/2020-10-thesis.md": _pasted_record(
            "Honours thesis", "Honours Thesis",
            "Day, N. (2020). <i>Stochastic models of dune growth with wind structure</i>, Honours Thesis."),
    })
    [pub] = import_path(root).profile.publications
    assert [a.name for a in pub.authors] == ["N. Day"]


_PAPERS_BY_YEAR = """{
  "2019": [{"title": "Lichen Counts in Wet Years", "authors": "Sand I,Brink TV,Lund A", "journal": "Small Plants"},
           {"title": "A Field Guide to Wall Ferns", "authors": "Brink TV", "journal": "Fern Reports"}],
  "2021": [{"title": "Moss on Northern Roofs", "authors": "Tova-Vik Brink, Ivo Sand", "journal": "Roof Science"},
           {"title": "Roof Moss Again", "authors": "T. V. Brink, Ada Lund", "journal": "Roof Science",
            "date": "2020-12-01"}]
}
"""


def _year_keys_lab_site(tmp_path):
    return write_site(tmp_path, {
        "index.html": "<html><head><title>SMALL PLANTS GROUP</title></head><body><h1>Small Plants Group</h1>"
                      "<p>We count moss.</p><div ng-view></div></body></html>",
        "data/publications.json": _PAPERS_BY_YEAR,
    })


def test_records_listed_under_year_keys_take_that_year(tmp_path):
    # {"2019": [records...], "2021": [...]}: a record with no year of its own is of the year it is listed under;
    # one with its own date keeps it
    pubs = import_path(_year_keys_lab_site(tmp_path), owner="Tova-Vik Brink").profile.publications
    assert sorted((p.title, p.year) for p in pubs) == [("A Field Guide to Wall Ferns", 2019),
                                                      ("Lichen Counts in Wet Years", 2019),
                                                      ("Moss on Northern Roofs", 2021), ("Roof Moss Again", 2020)]


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


def _byline_site(tmp_path, records: str):
    """Tova Brink's Jekyll site whose home page lists ``_data/pubs.yml`` (``records``), each byline as written."""
    return write_site(tmp_path, {
        "_config.yml": "title: Tova Brink\n",
        "index.markdown": "---\nlayout: home\n---\nI study moss.\n\n## Publications\n\n"
                          "{% include publications.markdown %}\n",
        "_includes/publications.markdown": "<ol>\n{% for paper in site.data.pubs %}\n<li>\"{{ paper.title }}\" "
                                           "{{ paper.authors }} <em>{{ paper.journal }}</em></li>\n{% endfor %}\n"
                                           "</ol>\n",
        "_data/pubs.yml": records,
    })


@pytest.mark.parametrize("records,works", [
    # "authors: 'with A & B'" (the template writes the field as it is): the owner is implied, written first (the
    # records do not say where); "with" is no part of a name
    ("- title: Moss on Northern Roofs\n  authors: with Ivo Sand & Ada Lund\n  journal: Roof Science (2021)\n"
     "- title: Lichen Counts in Wet Years\n  authors: with Ivo Sand\n  journal: Small Plants (2018)\n",
     [("Lichen Counts in Wet Years", ("Tova Brink", "Ivo Sand")),
      ("Moss on Northern Roofs", ("Tova Brink", "Ivo Sand", "Ada Lund"))]),
    # the byline is read, not a "(with ...)" in the title; the owner named in it is the owner, once; the names are
    # never dropped
    ("- title: Sparse Moss Maps (with Applications to Roofs)\n  authors: with Ivo Sand\n  journal: Small Plants (2018)\n"
     "- title: Dry Moss\n  authors: with Tova Brink and Ivo Sand\n  journal: Small Plants (2016)\n",
     [("Dry Moss", ("Tova Brink", "Ivo Sand")),
      ("Sparse Moss Maps (with Applications to Roofs)", ("Tova Brink", "Ivo Sand"))]),
    # a "coauthors" field opened by "with" alike
    (_COAUTHOR_RECORDS.replace("coauthors: Ivo", "coauthors: with Ivo"), None),
])
def test_a_records_byline_opened_by_with_names_the_owners_coauthors(tmp_path, records, works):
    pubs = import_path(_byline_site(tmp_path, records)).profile.publications
    got = sorted((p.title, tuple(a.name for a in p.authors)) for p in pubs)
    if works is None:
        assert ("Moss on Northern Roofs", ("Tova Brink", "Ivo Sand", "Ada Lund")) in got
    else:
        assert got == works and all(p.authors[0].is_self for p in pubs)


def test_a_folder_of_one_record_files_whose_byline_opens_with_with_names_the_owners_coauthors(tmp_path):
    # one JSON file a work ("papers/<slug>.json", as a JSON source plugin reads them): "authors: 'with A and B'"
    # is the owner and A and B, the owner first, as in a list file; among such bylines, an empty one is the owner's
    # alone, and in a folder of works a record of a title and a year alone is a work too
    from kg.importers.site.record_files import record_parts

    write_site(tmp_path, {
        "papers/moss.json": json.dumps({"title": "Moss on Northern Roofs", "authors": "with Ivo Sand and Ada Lund",
                                        "venue": "Roof Science", "date": "2021"}),
        "papers/lichen.json": json.dumps({"title": "Lichen Counts in Wet Years", "authors": "with Ivo Sand",
                                          "venue": "Small Plants", "date": "2018"}),
        "papers/ferns.json": json.dumps({"title": "A Field Guide to Wall Ferns", "authors": "",
                                         "venue": "Fern Reports", "date": "2019"}),
        "papers/bees.json": json.dumps({"title": "Bees in Winter", "authors": "", "venue": "", "date": "2024"}),
    })
    pubs = [p for part in record_parts(tmp_path, set(), owner="Tova Brink") for p in part.publications]
    assert sorted((p.title, tuple(a.name for a in p.authors), p.authors[0].is_self) for p in pubs) == [
        ("A Field Guide to Wall Ferns", ("Tova Brink",), True), ("Bees in Winter", ("Tova Brink",), True),
        ("Lichen Counts in Wet Years", ("Tova Brink", "Ivo Sand"), True),
        ("Moss on Northern Roofs", ("Tova Brink", "Ivo Sand", "Ada Lund"), True)]


_MOSS = {"title": "Moss on Northern Roofs", "authors": "Ivo Sand, Tova Brink", "venue": "Roof Science", "date": "2021"}
_LICHEN = {"title": "Lichen Counts", "authors": "Tova Brink", "venue": "Small Plants", "date": "2018"}


@pytest.mark.parametrize("folder,others", [
    # (posts of a title and a date: the folder is no list of works, and they help it be none)
    ("entries", [{"title": "Welcome to my new website", "date": "2022-03-01", "description": "First post"},
                 {"title": "Joined the Lakeside lab", "date": "2023-01-01"},
                 {"title": "Summer school on mosses", "date": "2023-07-01", "image": "x.png"}]),
    # (a project of a title, a year and a link: no byline left blank, no work)
    ("research", [{"title": "Urban Moss Mapping Project", "year": "2020", "description": "A citizen science project",
                   "link": "https://moss.example.org"}]),
    # (one work only: the folder is no list of works)
    ("papers", [{"title": "Bees in Winter", "authors": "", "date": "2024"}] * 3),
])
def test_a_folder_reads_a_title_and_a_year_alone_only_beside_its_own_works_and_with_a_blank_byline(tmp_path, folder,
                                                                                                    others):
    from kg.importers.site.record_files import record_parts

    works = [_MOSS, _LICHEN] if folder != "papers" else [_MOSS]
    write_site(tmp_path, {f"{folder}/{k}.json": json.dumps(r) for k, r in enumerate(works + others)})
    pubs = [p for part in record_parts(tmp_path, set(), owner="Tova Brink") for p in part.publications]
    assert sorted(p.title for p in pubs) == ([] if folder != "research" else ["Lichen Counts", "Moss on Northern Roofs"])


@pytest.mark.parametrize("layout", ["folder", "list"])
def test_a_blank_byline_is_the_owners_only_beside_owner_implied_bylines_and_a_record_without_one_no_ones(tmp_path,
                                                                                                        layout):
    # (an edited book's "editors" beside "with A" bylines: no author key, no one's; a folder of ordinary bylines
    # keeps a blank one blank; a list file and a folder alike)
    from kg.importers.site.record_files import record_parts

    def site(records):
        if layout == "folder":
            return {f"papers/{k}.json": json.dumps(r) for k, r in enumerate(records)}
        return {"_data/papers.json": json.dumps(records)}

    blank = {"title": "Fern report", "authors": "", "venue": "Fern Reports", "date": "2019"}
    edited = {"title": "Edited: Mosses of Europe", "editors": "Ada Lund and Ivo Sand", "venue": "Springer",
              "date": "2019"}
    write_site(tmp_path / "a", site([{**_MOSS, "authors": "with Ivo Sand"}, {**_LICHEN, "authors": "with Ivo Sand"},
                                     edited, blank]))
    write_site(tmp_path / "b", site([_MOSS, _LICHEN, blank]))
    got = {}
    for name in "ab":
        pubs = [p for part in record_parts(tmp_path / name, set(), owner="Tova Brink") for p in part.publications]
        got[name] = {p.title: [a.name for a in p.authors] for p in pubs}
    assert "Tova Brink" not in got["a"]["Edited: Mosses of Europe"] and got["a"]["Fern report"] == ["Tova Brink"]
    assert got["b"]["Fern report"] == []


_GATSBY_QUERY = ("import { useStaticQuery, graphql } from 'gatsby'\nimport Card from '../components/card'\n"
                 "export default () => {\n  const data = useStaticQuery(graphql`\n  query {\n"
                 "    allPapersJson(sort: {date: DESC}) {\n      edges { node { heading byline where date } }\n"
                 "    }\n  }`)\n  return data.allPapersJson.edges.map(e => <Card heading={e.node.heading} "
                 "byline={e.node.byline} where={e.node.where} />)\n}\n")
_GATSBY_CARD = ("const Card = props => (\n  <div className=\"card\">\n"
                "    <h2 className=\"cardTitle\">{props.heading}</h2>\n    <span>{props.byline}</span>\n"
                "    <h3 style={{fontStyle: \"italic\"}}>{props.where}</h3>\n  </div>\n)\nexport default Card\n")


@pytest.mark.parametrize("card,works", [
    (_GATSBY_CARD, [("Lichen Counts in Wet Years", "Small Plants"), ("Moss on Northern Roofs", "Roof Science")]),
    # (no component prints the keys: a record of "heading" and "where" is nothing kg knows)
    ("export default () => null\n", []),
])
def test_the_keys_a_gatsby_card_prints_as_title_and_venue_are_a_json_folders_titles_and_venues(tmp_path, card, works):
    # a page's GraphQL query of the folder ("allPapersJson { heading where }") and the card it renders each node
    # with ("<h2 className='cardTitle'>{props.heading}</h2>", an italic "{props.where}"): the site's own keys
    from kg.importers.site.record_files import record_parts

    write_site(tmp_path, {
        "src/pages/research.js": _GATSBY_QUERY,
        "src/components/card.js": card,
        "content/papers/moss.json": json.dumps({"heading": "Moss on Northern Roofs", "byline": "Ivo Sand, Tova Brink",
                                                "where": "Roof Science", "date": "2021"}),
        "content/papers/lichen.json": json.dumps({"heading": "Lichen Counts in Wet Years", "byline": "Tova Brink",
                                                  "where": "Small Plants", "date": "2018"}),
    })
    pubs = [p for part in record_parts(tmp_path, set()) for p in part.publications]
    assert sorted((p.title, p.venue) for p in pubs) == works


@pytest.mark.parametrize("card", [
    # (a byline in italics, under a subtitle's class: still the byline; the venue in <cite>, or a slant's class)
    "const Card = props => (<div><h2 className=\"card-title\">{props.heading}</h2>\n"
    "<p><em>{props.authors}</em></p><cite>{props.place}</cite></div>)\nexport default Card\n",
    "const Card = props => (<div><h3 className=\"card-subtitle\">{props.authors}</h3>\n"
    "<h2 className=\"cardTitle\">{props.heading}</h2><span className=\"fst-italic\">{props.place}</span></div>)\n"
    "export default Card\n",
])
@pytest.mark.parametrize("layout", ["folder", "list"])
def test_a_key_kg_reads_printed_in_italics_or_under_a_subtitle_stays_what_it_is(tmp_path, card, layout):
    from kg.importers.site.record_files import record_parts

    records = [{"heading": "Moss on Northern Roofs", "authors": "Ivo Sand, Tova Brink", "place": "Roof Science",
                "date": "2021"},
               {"heading": "Lichen Counts in Wet Years", "authors": "Tova Brink, Ada Lund", "date": "2023"}]
    files = ({f"content/papers/{k}.json": json.dumps(r) for k, r in enumerate(records)} if layout == "folder"
             else {"content/papers.json": json.dumps(records)})
    write_site(tmp_path, {"src/pages/research.js": _GATSBY_QUERY.replace("heading byline where", "heading authors place"),
                          "src/components/card.js": card, **files})
    pubs = [p for part in record_parts(tmp_path, set()) for p in part.publications]
    assert sorted((p.title, tuple(a.name for a in p.authors), p.venue) for p in pubs) == [
        ("Lichen Counts in Wet Years", ("Tova Brink", "Ada Lund"), None),
        ("Moss on Northern Roofs", ("Ivo Sand", "Tova Brink"), "Roof Science")]


def test_initials_run_together_after_a_family_name_are_a_name_of_the_records_owner(tmp_path):
    # "Brink TV" (family name, then initials with no stops, as Web of Science writes them) is the owner written
    # short, the same person as "Tova-Vik Brink" and "T. V. Brink", not a person called "Brink TV": the group's
    # site is the owner's, spelled out
    assert import_path(_year_keys_lab_site(tmp_path)).profile.person.name == "Tova-Vik Brink"


def test_one_broken_document_of_a_publications_collection_leaves_the_others_read(tmp_path):
    # a title with an unclosed bracket breaks one file's front matter: Jekyll fails on that file alone; kg reads
    # the others and says at its line why that one was not read (a title with unescaped quotes, '"Hawks: a "study"
    # of wings"', is read as written: see test_sites_gen_md::test_front_matter_quoted_as_a_person_reads_it_is_read)
    from .sitefiles import write_site

    record = "---\ntitle: {}\ncollection: publications\ndate: {}-01-01\nvenue: 'Journal of Owls'\n---\n"
    write_site(tmp_path, {
        "_config.yml": "title: Ana Ruiz\nauthor:\n  name: Ana Ruiz\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About me\n---\nI study owls.\n",
        "_publications/2020-01-01-owls.md": record.format('"Owls at night"', 2020),
        "_publications/2021-01-01-hawks.md": record.format('[Hawks: a study of wings', 2021),
        "_publications/2022-01-01-eagles.md": record.format('"Eagles by day"', 2022)})
    p = import_path(tmp_path).profile
    assert sorted(x.title for x in p.publications) == ["Eagles by day", "Owls at night"]
    [note] = [u for u in p.unparsed if u.file == "_publications/2021-01-01-hawks.md"]
    assert note.line == 3 and "front matter is not valid YAML" in note.text  # (where the open list meets a key)


def _pub_site(tmp_path, pubs: dict[str, str]):
    files = academicpages_home("Ilse Varga", "I study moths.\n", titled=True)
    files.update({f"_publications/{k}.md": v for k, v in pubs.items()})
    write_site(tmp_path, files)
    return {p.title: p for p in import_path(tmp_path).profile.publications}


def test_a_bracketed_kind_before_a_records_title_is_a_label(tmp_path):
    # "title: [Preprint] Title": the kind of work in brackets before the title, a label (as "Preprint: Title")
    pubs = _pub_site(tmp_path, {"2020-moths": (
        "---\ntitle: \"[Preprint] Moths at dusk: a field count of the night\"\ncollection: publications\n"
        "date: 2020-05-01\nvenue: 'bioRxiv'\ncitation: 'P. Holt, I. Varga, Moths at dusk: a field count of the night. "
        "bioRxiv, 123456 (2020).'\n---\n"), "2021-review": (
        "---\ntitle: \"[Review in Finnish] Yöperhoset (Moths of the night)\"\ncollection: publications\n"
        "date: 2021-05-01\nvenue: 'Insect Review'\ncitation: 'I. Varga, Moths of the night. Insect Review, 1, 5-9 "
        "(2021).'\n---\n")})
    assert sorted(pubs) == ["Moths at dusk: a field count of the night", "Yöperhoset (Moths of the night)"]
    assert [a.name for a in pubs["Moths at dusk: a field count of the night"].authors] == ["P. Holt", "I. Varga"]


def test_a_kind_of_work_in_parentheses_after_a_records_title_is_a_remark(tmp_path):
    # every record's title ends with the kind of work in parentheses ("(refereed journal article)", "(chapter in
    # edited volume)", "(data release)"): a remark the site adds to each item, not the title's words (its citation
    # gives the title without it); a parenthesis that is no kind of work stays the title's
    pubs = _pub_site(tmp_path, {"2019-wings": (
        "---\ntitle: \"Wing scales of night moths (refereed journal article)\"\ncollection: publications\n"
        "date: 2019-03-01\nvenue: 'Insect Lett.'\ncitation: 'Varga, Ilse and Holt, Peter (2019). &quot;Wing scales of "
        "night moths.&quot; <i>Insect Lett.</i> 4(2).'\n---\n"), "2020-lamps": (
        "---\ntitle: \"Moths and lamps (chapter in edited volume)\"\ncollection: publications\ndate: 2020-03-01\n"
        "venue: 'Night Insects, edited by Tom Sand'\ncitation: 'Varga, Ilse (2020). &quot;Moths and lamps.&quot; In "
        "Tom Sand (ed), <i>Night Insects</i>.'\n---\n"), "2021-counts": (
        "---\ntitle: \"Moth counts for Lapland 2010-2020 (data release)\"\ncollection: publications\n"
        "date: 2021-03-01\nvenue: 'Moth Archive'\ncitation: 'Varga, Ilse (2021). Moth counts for Lapland 2010-2020. "
        "Moth Archive.'\n---\n"), "2022-dusk": (
        "---\ntitle: \"Flight at dusk (a field guide)\"\ncollection: publications\ndate: 2022-03-01\n"
        "venue: 'Insect Lett.'\ncitation: 'Varga, Ilse (2022). Flight at dusk (a field guide). Insect Lett.'\n---\n")})
    assert sorted(pubs) == ["Flight at dusk (a field guide)", "Moth counts for Lapland 2010-2020", "Moths and lamps",
                            "Wing scales of night moths"]
    assert pubs["Wing scales of night moths"].year == 2019


def test_a_citation_writing_every_name_family_name_first_gives_each_name_whole(tmp_path):
    # "Holt, Peter and Varga, Ilse. 2019. "Title."": each name inverted (not only the first, as Chicago writes
    # them), so "Varga" and "Ilse" are one person, not two
    pubs = _pub_site(tmp_path, {"2019-wings": (
        "---\ntitle: \"Wing scales of night moths\"\ncollection: publications\ndate: 2019-03-01\n"
        "venue: 'Insect Letters'\ncitation: 'Holt, Peter and Varga, Ilse. 2019. &quot;Wing scales of night "
        "moths.&quot; <i>Insect Letters</i> 4(2).'\n---\n"), "2020-lamps": (
        "---\ntitle: \"Moths and lamps\"\ncollection: publications\ndate: 2020-03-01\nvenue: 'Insect Letters'\n"
        "citation: 'Sand, Tom, Varga, Ilse, and Holt-Berg, Peter. 2020. &quot;Moths and lamps.&quot; "
        "<i>Insect Letters</i> 5(1).'\n---\n")})
    assert [a.name for a in pubs["Wing scales of night moths"].authors] == ["Peter Holt", "Ilse Varga"]
    assert [a.name for a in pubs["Moths and lamps"].authors] == ["Tom Sand", "Ilse Varga", "Peter Holt-Berg"]


def test_citation_names_end_at_the_first_piece_that_is_no_name_when_the_title_is_worded_otherwise(tmp_path):
    # the citation words the title otherwise than the record's title field: its names are those before the first
    # piece that is no one's name (the title and venue were taken as two more authors)
    pubs = _pub_site(tmp_path, {"2022-lamps": (
        "---\ntitle: \"Why lamps draw moths\"\ncollection: publications\ndate: 2022-05-01\nvenue: 'Insect Lett.'\n"
        "citation: 'P. Holt, I. Varga, T. Sand, Moths Drawn to Lamps at Night, Revisited. Insect Lett. 16(3), 1891-1918 "
        "(2022).'\n---\n")})
    assert [a.name for a in pubs["Why lamps draw moths"].authors] == ["P. Holt", "I. Varga", "T. Sand"]


def test_quarto_authors_written_as_csl_names_with_orcids_are_the_works_authors(tmp_path):
    # Quarto's author schema: "- name: {given, family, literal}" with the person's "orcid" beside the name; the
    # names were not read (a mapping under "name"), so the work had no authors and every line of them was listed
    from .sitefiles import imported_site

    files = {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: \"Ines Marlow\"\n",
        "index.qmd": "---\ntitle: \"Ines Marlow\"\n---\n\nI study heat waves.\n",
        "research/articles/heat.qmd": (
            "---\ntitle: \"Heat waves and hospital admissions in two cities\"\nauthor:\n"
            "    - name:\n        given: Teo\n        family: Brand\n        literal: Teo Brand\n"
            "      orcid: 0000-0001-2345-6789\n"
            "    - name:\n        given: Ines\n        family: Marlow\n        literal: Ines Marlow\n"
            "      orcid: 0000-0002-3456-789X\n"
            "date: \"2021-05\"\n---\n\nA short summary.\n"),
        "research/index.qmd": "---\ntitle: \"Research\"\nlisting:\n  contents: \"articles/*.qmd\"\n---\n",
    }
    p = imported_site(tmp_path, files)
    (work,) = p.publications
    assert [a.name for a in work.authors] == ["Teo Brand", "Ines Marlow"]
    assert [a.identifiers for a in work.authors] == [{"orcid": "0000-0001-2345-6789"}, {"orcid": "0000-0002-3456-789X"}]
    assert not [u for u in p.unparsed if "heat.qmd" in (u.file or "")]


def test_a_records_url_on_another_site_and_its_bibtex_file_path_are_its_links(tmp_path):
    # academicpages records of a theme that adds keys: "url:" the work's page on another site (a page's own
    # address would be on this one), "bibtex: files/x.txt" a file of this site, placed under its address; both
    # lines were listed as unparsed. The teaser picture stays (no field)
    from .sitefiles import academicpages_home, imported_site

    files = academicpages_home("Ada Lind", "I study ice.\n")
    files["_config.yml"] += "url: https://adalind.example.io\n"
    files["_publications/2023-ice.md"] = (
        "---\ntitle: \"Sea ice drift from radar pairs\"\ncollection: publications\ndate: 2023-04-02\n"
        "venue: \"Polar Letters\"\nauthors: \"Ada Lind, Bo Marr\"\n"
        "url: https://icelab.example.org/drift/index.html \n"
        "bibtex: files/lind2023drift.txt\nteaser: images/drift.png\n---\n")
    p = imported_site(tmp_path, files)
    (work,) = p.publications
    assert work.links["paper"] == "https://icelab.example.org/drift/index.html"
    assert work.links["bibtex"] == "https://adalind.example.io/files/lind2023drift.txt"
    assert [u.text for u in p.unparsed if "2023-ice" in (u.file or "")] == ["teaser: images/drift.png"]


def test_a_records_key_whose_address_is_a_link_read_already_is_not_listed(tmp_path):
    # "paperurl: https://doi.org/..." and "link: https://doi.org/..." (the same address): one link, and the second
    # key's line is read with it, not listed as unparsed
    from .sitefiles import academicpages_home, imported_site

    files = academicpages_home("Ada Lind", "I study ice.\n")
    files["_publications/2022-melt.md"] = (
        "---\ntitle: \"Melt ponds seen from drones\"\ncollection: publications\ndate: 2022-08-16\n"
        "venue: 'Polar Letters'\npaperurl: 'https://doi.org/10.1234/melt.2022'\n"
        "link: 'https://doi.org/10.1234/melt.2022'\n---\n")
    p = imported_site(tmp_path, files)
    (work,) = p.publications
    assert list(work.links.values()).count("https://doi.org/10.1234/melt.2022") >= 1
    assert [u.text for u in p.unparsed if "2022-melt" in (u.file or "")] == []


def test_a_records_title_closing_with_its_own_year_in_brackets_leaves_the_year_out():
    """'title: "Sand in Rivers (2019)"' in a record dated 2019: the year is the site's label, not the title's
    (a year that is not the record's, "Floods of the Past (1953)", stays). Before, the label stayed in the title."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    pub = publication_from_record({"title": "Sand in Rivers (2019)", "date": "2019-01-01", "venue": "Sand Notes"},
                                  DATA_KEYS, None)
    assert (pub.title, pub.year) == ("Sand in Rivers", 2019)
    pub = publication_from_record({"title": "Floods of the Past (1953)", "year": 2020}, DATA_KEYS, None)
    assert pub.title == "Floods of the Past (1953)"


def test_a_collection_of_preprints_named_by_arxiv_id_and_a_journal_table_looked_up_by_key(tmp_path):
    # hunt46: "_articles/" whose preprints say where they appeared by an arXiv id alone (no journal, no DOI), beside
    # a "_data/journals.yml" the layout looks each journal key up in (title and address each): before, the
    # collection fell short of half its pages (the preprints named no venue) and the table's two periodicals were
    # read as the site's works
    from tests.importers.sitefiles import write_site

    paper = "---\nlayout: paper\ntype: {kind}\n{where}\nauthors:\n  - ulla\n  - kit\ntitle: {title}\nyear: {year}\n---\n"
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ulla Brenner\ncollections:\n  articles:\n    output: true\n",
        "index.md": "---\nlayout: default\n---\n\nI work on lattice polytopes.\n\n## Research\n\n"
                    "{% include articles.html %}\n",
        "_includes/articles.html": "{% for a in site.articles %}<p>{{ a.title }}, "
                                   "{{ site.data.journals[a.journal].title }}</p>{% endfor %}\n",
        "_data/journals.yml": "geomj:\n  title: Geometry Letters\n  url: https://example.org/gl\n"
                                 "combq:\n  title: Combinatorics Quarterly\n  url: https://example.org/cq\n",
        "_data/people.yml": "ulla:\n  name: Ulla Brenner\nkit:\n  name: Kit Oyelaran\n",
        "_articles/a1.md": paper.format(kind="journal", where="journal: geomj", title="Flat faces of cubes", year=2019),
        "_articles/a2.md": paper.format(kind="journal", where="journal: combq", title="Counting lattice cones",
                                        year=2021),
        "_articles/p1.md": paper.format(kind="preprint", where="arxiv: 2301.01234", title="Deep folds", year=2023),
        "_articles/p2.md": paper.format(kind="preprint", where="arxiv: 2402.04321", title="Wide folds", year=2024),
        "_articles/p3.md": paper.format(kind="preprint", where="arxiv: 2405.05555", title="Thin folds", year=2024),
    })
    result = import_path(root)
    titles = sorted(p.title for p in result.profile.publications)
    assert titles == ["Counting lattice cones", "Deep folds", "Flat faces of cubes", "Thin folds", "Wide folds"]
    pubs = {p.title: p for p in result.profile.publications}
    assert pubs["Flat faces of cubes"].venue == "Geometry Letters"
    assert pubs["Deep folds"].arxiv == "2301.01234"
    assert [a.name for a in pubs["Deep folds"].authors] == ["Ulla Brenner", "Kit Oyelaran"]


def test_a_folder_for_each_work_holding_its_one_entry_bibtex_file(tmp_path):
    # hunt46: a hand-written site whose script fetches "works/<key>/cite.bib" for each key of its manifest, one
    # BibTeX entry a file: before, each file held fewer than the two entries of a list, and the site read no work
    from tests.importers.sitefiles import write_site

    entry = "@article{{{key},\n  author = {{{authors}}},\n  title = {{{title}}},\n  journal = {{{venue}}},\n  year = {{{year}}}\n}}\n"
    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Noor Haddad</title></head><body><h1>Noor Haddad</h1>"
                      "<p>I study heat pumps. <a href='papers.html'>Papers</a></p></body></html>\n",
        "papers.html": "<html><head><title>Papers - Noor Haddad</title></head><body><h1>Papers</h1>"
                       "<div id='list'></div><script src='js/load.js'></script></body></html>\n",
        "js/load.js": "const keys = await (await fetch('works/list.json')).json();\n"
                      "for (const k of keys) { show(await (await fetch(`works/${k}/cite.bib`)).text()); }\n",
        "works/list.json": '["2021_pumps", "2023_grids", "2024_storage"]\n',
        "works/2021_pumps/cite.bib": entry.format(key="h21", authors="Haddad, Noor and Lind, Ada", year=2021,
                                                  title="Heat pumps that listen", venue="Energy Letters"),
        "works/2021_pumps/notes.md": "# Heat pumps that listen\n\nWhat we found.\n",
        "works/2023_grids/cite.bib": entry.format(key="h23", authors="Okafor, Ben and Haddad, Noor", year=2023,
                                                  title="Grids at dawn", venue="Power Systems Review"),
        "works/2024_storage/cite.bib": entry.format(key="h24", authors="Haddad, Noor", year=2024,
                                                    title="Storage without tears", venue="Energy Letters"),
    })
    result = import_path(root)
    pubs = {p.title: p for p in result.profile.publications}
    assert sorted(pubs) == ["Grids at dawn", "Heat pumps that listen", "Storage without tears"]
    grids = pubs["Grids at dawn"]
    assert [a.name for a in grids.authors] == ["Ben Okafor", "Noor Haddad"] and grids.authors[1].is_self
    assert grids.venue == "Power Systems Review" and grids.year == 2023


def test_a_generated_list_of_pull_requests_is_no_list_of_works(tmp_path):
    # hunt46: an al-folio site's "_data/contributions.yml" (refreshed by a workflow) of the owner's pull requests,
    # each a title, its address on the code host and a date, which a page lists under "open-source contributions":
    # before, "contributions" read as the site's works and every pull request became a work
    from tests.importers.sitefiles import academicpages_home, write_site

    pr = ("  - repo: \"tidewater/{repo}\"\n    pr: {n}\n    title: \"{title}\"\n"
          "    url: \"https://github.com/tidewater/{repo}/pull/{n}\"\n    state: merged\n    date: 2025-0{n}-11\n")
    root = write_site(tmp_path / "site", {
        **academicpages_home("Iris Palomar", "I build ledgers that forget.\n"),
        "_pages/github.md": "---\npermalink: /github/\ntitle: github\n---\n\n## open-source contributions\n\n"
                            "{% include prs.liquid %}\n",
        "_includes/prs.liquid": "{% assign prs = site.data.contributions.contributions | sort: 'date' %}\n"
                                "{% for p in prs %}<li><a href='{{ p.url }}'>{{ p.title }}</a> {{ p.date }}</li>"
                                "{% endfor %}\n",
        "_data/contributions.yml": "contributions:\n" + "".join(
            pr.format(repo=r, n=n, title=t) for r, n, t in (("ledger", 3, "Fix the hash of empty blocks"),
                                                             ("ledger", 4, "Add a verifier for short proofs"),
                                                             ("wallet", 5, "Stop logging the seed phrase"))),
        "_publications/2024-rollups.md": "---\ntitle: \"Rollups that forget\"\ncollection: publications\n"
                                         "date: 2024-05-01\nvenue: \"Ledger Days\"\ncitation: 'Palomar, I. and Sato, K. "
                                         "(2024). &quot;Rollups that forget.&quot; <i>Ledger Days</i>.'\n---\n",
    })
    titles = [p.title for p in import_path(root).profile.publications]
    assert titles == ["Rollups that forget"]


def test_a_data_files_sample_records_naming_their_authors_in_one_string_are_no_works(tmp_path):
    # hunt46: a theme's "_data/publications.yml" still holding its two examples ("authors: 'John Doe, Jane Smith,
    # Your Name'"), which the publications page loops over: before, the names in one string were one name, no
    # placeholder, and both examples became the owner's works
    from tests.importers.sitefiles import academicpages_home, write_site

    root = write_site(tmp_path / "site", {
        **academicpages_home("Iris Palomar", "I study glaciers.\n"),
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                  "{% for p in site.data.publications %}<p>{{ p.title }}, {{ p.venue }}</p>{% endfor %}\n",
        "_data/publications.yml": "- title: \"Example Paper Title: A Study\"\n  authors: \"John Doe, Jane Smith, Your Name\"\n"
                                  "  venue: \"Proceedings of Example Topics\"\n  year: 2024\n"
                                  "- title: \"Another Example Paper\"\n  authors: \"Your Name and Co-author Name\"\n"
                                  "  venue: \"Journal of Examples\"\n  year: 2023\n",
    })
    assert import_path(root).profile.publications == []


def test_a_works_own_page_beside_its_one_entry_bibtex_file_keeps_the_file_a_citation(tmp_path):
    # hunt46: a built Hugo Academic site's "publication/<key>/index.html" offers "cite.bib" beside it; the pages are
    # the site's list (read by the page reader), the files no list of their own (read as one, they doubled works)
    from kg.importers.site.record_files import _one_entry_bib
    from tests.importers.sitefiles import write_site

    bib = "@article{k, author={Roe, Ann and Lin, Bo}, title={Dune drift}, journal={Sandbox Letters}, year={2022}}\n"
    root = write_site(tmp_path / "site", {"publication/dune/index.html": "<html><body><h1>Dune drift</h1></body></html>",
                                          "publication/dune/cite.bib": bib, "works/dune/cite.bib": bib})
    assert _one_entry_bib(root, root / "publication/dune/cite.bib", "Ann Roe") is None
    assert [p.title for p in _one_entry_bib(root, root / "works/dune/cite.bib", "Ann Roe").publications] == ["Dune drift"]


def test_a_coauthors_orcid_is_read_by_the_one_profile_id_reader():
    # a record's author mapping gives its ORCID as the profile reader reads one anywhere (common.clean_identifier,
    # then ORCID_ID's shape): written as its address without the scheme, or as the owner's own view of the record,
    # it is the id; a template's stand-in is none. (records._ORCID read only 'https://orcid.org/<id>' or the bare id)
    from kg.importers.site.records import _author_ids

    assert _author_ids({"name": "Teo Brand", "orcid": "orcid.org/0000-0001-2345-6789"}) == {"orcid": "0000-0001-2345-6789"}
    assert _author_ids({"name": "Teo Brand", "orcid": "https://orcid.org/my-orcid?orcid=0000-0001-2345-678X"}) \
        == {"orcid": "0000-0001-2345-678X"}
    assert _author_ids({"name": "Teo Brand", "orcid": "https://www.orcid.org/0000-0001-2345-6789/"}) \
        == {"orcid": "0000-0001-2345-6789"}
    assert _author_ids({"name": "Teo Brand", "orcid": "XXXX-XXXX-XXXX-XXXX"}) == {}


_PAPER = """---
title: "Tides and the timing of harbour repairs"
author:
    - name:
        given: Ines
        family: Moreau
        literal: Ines Moreau
      orcid: 0000-0000-0000-0001
    - name:
        given: Tomas
        family: Varga
      orcid: 0000-0000-0000-0002
date: "2022-03"
pub-info:
  reference: '"Tides and the timing of harbour repairs," with Ines Moreau. <em>Coastal Works</em> (2022).'
---

### Abstract

Harbours are repaired when the sea allows it.
"""


def test_a_quarto_author_whose_name_is_a_mapping_is_an_author(tmp_path):
    # Quarto's author schema: "- name: {given, family, literal}" beside the author's orcid; before, no author was read
    profile = imported_site(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Tomas Varga\n",
        "index.qmd": "---\ntitle: Tomas Varga\n---\n\nI study harbours.\n",
        "research/index.qmd": "---\ntitle: Research\nlisting:\n  - id: papers\n    contents: \"papers/*.qmd\"\n---\n\n"
                              "## Papers\n\n:::{#papers}\n:::\n",
        "research/papers/tides.qmd": _PAPER,
    })
    [pub] = profile.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("Ines Moreau", False), ("Tomas Varga", True)]


def test_a_record_whose_venue_key_carries_a_prefix_names_its_venue(tmp_path):
    # "prevenue:" in a paper's front matter with no venue key (the site's own template prints it as the venue)
    files = {**academicpages_home("Ada Lind", "I study ice.\n"),
             "_publications/2024-ice.md": "---\ntitle: \"Brine pockets in young sea ice\"\ncollection: publications\n"
                                          "date: 2024-05-01\nprevenue: \"ICEW '24: Workshop on Frozen Seas\"\n"
                                          "authors: Ada Lind, Per Holm\n---\nAbout brine.\n"}
    pub = imported_site(tmp_path / "site", files).publications[0]
    assert pub.venue == "ICEW '24: Workshop on Frozen Seas"


def test_an_al_folio_cv_degree_whose_description_names_its_supervisor(tmp_path):
    # a degree's description item written "label, value" ("Supervisor, Dr. Ola Berg"): its advisor
    from tests.importers.sitefiles import write_site

    cv = ("- title: General Information\n  type: map\n  contents:\n    - name: Full Name\n      value: Ines Varga\n"
          "- title: Education\n  type: time_table\n  contents:\n"
          "    - title: BSc in Geology\n      institution: Lowland College\n      year: 2014\n"
          "      description:\n        - Thesis, Gravel bars of small rivers\n        - Supervisor, Dr. Ola Berg\n")
    write_site(tmp_path / "own", {"_config.yml": "first_name: Ines\nlast_name: Varga\ntitle: Ines Varga\n",
                                  "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study rivers.\n",
                                  "_data/cv.yml": cv})
    assert import_path(tmp_path / "own").profile.person.advisors == ["Ola Berg"]


def test_a_list_named_for_outputs_that_are_no_papers_in_the_plural_holds_no_works():
    """A data file's list under ``videos:`` (``datasets:``, ``posters:``) names outputs that are no papers, as a
    record's ``type: video`` does in the singular. Before: only the singular said so, and the videos of a job's
    record (a title and a YouTube address each) were read as works."""
    from kg.importers.site.records import not_a_paper, other_kind

    assert other_kind("videos") and other_kind("Datasets") and other_kind("posters") and other_kind("video")
    assert not other_kind("papers") and not other_kind("publications") and not other_kind("preprints")
    assert not_a_paper({"title": "Team demo", "url": "https://www.youtube.com/embed/x1"}, ("lab", "videos"))


def test_a_record_whose_type_is_left_blank_is_read_not_a_crash():
    """A blog's posts with ``Category:`` written and left blank (Pelican's metadata, whitespace only): no type,
    no reason to drop the record. Before: the blank read as None and the import stopped on an internal error."""
    from kg.importers.site.records import not_a_paper, other_kind

    assert not other_kind("  ") and not other_kind("")
    assert not not_a_paper({"title": "Beta decay in brief", "Category": " "})


def test_a_collection_named_in_the_singular_for_talks_holds_no_works(tmp_path):
    # hunt47 (dderler): "_proc/", "_jour/" and "_talk/" collections, each looped by the home page: the talks
    # ("venue: Moth Meeting, Lyon. May 3") were read as works, twins of the papers they present
    item = "---\nlayout: post\nyear: {year}\ntitle: {title}\nauthors: Ilse Varga, Paul Holt\nvenue: {venue}\n---\n"
    files = {"_config.yml": "title: Ilse Varga\nauthor: Ilse Varga\ncollections:\n  proc:\n  jour:\n  talk:\n",
             "index.html": ("---\nlayout: default\n---\n<h1>Ilse Varga</h1>\n<table>\n"
                            "<tr><th>Proceedings</th></tr>\n{% for post in site.proc %}<tr><td>{{ post.title }}</td>"
                            "</tr>{% endfor %}\n<tr><th>Journals</th></tr>\n{% for post in site.jour %}<tr><td>"
                            "{{ post.title }}</td></tr>{% endfor %}\n<tr><th>Talks</th></tr>\n"
                            "{% for post in site.talk %}<tr><td>{{ post.title }}</td></tr>{% endfor %}\n</table>\n"),
             "_proc/2021-01-02-lamps.markdown": item.format(year=2021, title="Why lamps draw moths",
                                                           venue="MothConf 2021"),
             "_proc/2022-03-04-dusk.markdown": item.format(year=2022, title="Moths at dusk", venue="MothConf 2022"),
             "_jour/2023-05-06-wings.markdown": item.format(year=2023, title="Wing scales under the lens",
                                                           venue="Journal of Moths"),
             "_talk/2021-05-03-lamps.markdown": item.format(year=2021, title="Why lamps draw moths",
                                                           venue="Moth Meeting 2021, Lyon. May 3"),
             "_talk/2022-06-07-dusk.markdown": item.format(year=2022, title="Moths at dusk",
                                                          venue="Night Symposium 2022, Kyiv. June 7")}
    p = import_path(write_site(tmp_path / "site", files)).profile
    assert sorted((x.title, x.venue) for x in p.publications) == [
        ("Moths at dusk", "MothConf"), ("Why lamps draw moths", "MothConf"),
        ("Wing scales under the lens", "Journal of Moths")]


def test_a_records_whole_author_list_beside_a_short_one_gives_its_authors(tmp_path):
    # hunt47 (chowdhurylab): "authors: 'Roe, K. et al.'" beside "fullAuthors: [...]" in the JSON a page's script
    # fetches: the short field names only the first author, so no author was on most records and the import stopped
    # with no owner
    records = [{"year": 2020 + i, "journal": "Journal of Moths", "authors": f"{first}, K. et al.", "title": title,
                "fullAuthors": [f"Kai {first}", "Ilse Varga", *(["Paul Holt"] if i == 0 else [])]}
               for i, (first, title) in enumerate([("Roe", "Why lamps draw moths"), ("Poe", "Moths at dusk"),
                                                   ("Lund", "Wing scales under the lens")])]
    files = {"index.html": ("<html><head><title>Varga Lab</title></head><body><h1>Varga Lab</h1>\n"
                            "<div id=\"pubs\">Loading...</div>\n<script src=\"pubs.js\"></script></body></html>\n"),
             "pubs.js": "fetch('data/publications.json').then(r => r.json()).then(show);\n",
             "data/publications.json": json.dumps({"publications": records}, indent=2)}
    p = import_path(write_site(tmp_path / "site", files)).profile
    assert p.person.name == "Ilse Varga"
    assert [[a.name for a in x.authors] for x in p.publications][:1] == [["Kai Roe", "Ilse Varga", "Paul Holt"]]
    assert all(x.authors[1].is_self and not x.authors_truncated for x in p.publications)


def test_a_records_short_author_field_naming_everyone_stands_beside_a_full_one():
    # hunt47 (joonanlab): "authors: 'Kim SW, An JY'" beside "authors_full: 'Kim Soo-Whee, An Joon-Yong'": the short
    # field is cut short of no one (the site shows it); only "et al." or "..." sends the reader to the full list
    from kg.importers.site.records import RECORD_KEYS, publication_from_record

    pub = publication_from_record({"title": "Moths at dusk", "authors": "Kim SW, An JY",
                                   "authors_full": "Kim Soo-Whee, An Joon-Yong"}, RECORD_KEYS, None)
    assert [a.name for a in pub.authors] == ["Kim SW", "An JY"]
    pub = publication_from_record({"title": "Moths at dusk", "authors": "Kim SW, et al.",
                                   "authors_full": "Kim Soo-Whee, An Joon-Yong"}, RECORD_KEYS, None)
    assert [a.name for a in pub.authors] == ["Kim Soo-Whee", "An Joon-Yong"]


def test_authors_named_by_ids_of_a_people_table_a_module_imports_are_those_people(tmp_path):
    # hunt47 (nidrissi): "authors: [kai, me]" in each paper's front matter, the names in
    # "src/components/meta/people.json", which the component that lists the papers imports: before, the authors
    # were "kai" and "me", the owner none of them
    paper = "---\ntitle: {title}\ndate: {date}\nauthors: [{authors}]\npublication: In <em>Journal of Moths</em>.\n---\n"
    files = {"gatsby-config.js": "module.exports = { siteMetadata: { title: 'Ilse Varga', author: 'Ilse Varga' } };\n",
             "content/research/lamps.md": paper.format(title="Why lamps draw moths", date="2021-01-02",
                                                       authors="kai, me"),
             "content/research/dusk.md": paper.format(title="Moths at dusk", date="2022-03-04", authors="me"),
             "content/research/wings.md": paper.format(title="Wing scales under the lens", date="2023-05-06",
                                                       authors="me, paul"),
             "src/components/meta/people.json": json.dumps({"me": {"name": "Ilse Varga"}, "kai": {"name": "Kai Roe"},
                                                            "paul": {"name": "Paul Holt", "url": "https://ph.example"}}),
             "src/components/meta/research.js": ("import React from 'react'\nimport people from './people.json'\n"
                                                 "export default function Research({ data }) { return null }\n")}
    p = import_path(write_site(tmp_path / "site", files)).profile
    assert sorted((x.title, tuple(a.name for a in x.authors)) for x in p.publications) == [
        ("Moths at dusk", ("Ilse Varga",)), ("Why lamps draw moths", ("Kai Roe", "Ilse Varga")),
        ("Wing scales under the lens", ("Ilse Varga", "Paul Holt"))]
    assert all(any(a.is_self for a in x.authors) for x in p.publications)


def test_a_styling_span_in_a_record_authors_line_is_markup_not_part_of_a_name():
    """A data record's authors written as HTML, the list's own legend in a ``<span>`` after the last name
    (``... Pia Holm <span class="note">(<sup>*</sup>Equal contribution)</span>``). Before: the remark was read
    and the empty span stayed in the last author's name."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    pub = publication_from_record({"title": "Tides in small bays", "year": 2021,
                                   "authors": 'Ola Berg<sup>*</sup>, <strong>Ines Varga<sup>*</sup></strong>, '
                                              'Pia Holm <span class="note">(<sup>*</sup>Equal contribution)</span>'},
                                  DATA_KEYS, None)
    assert [a.name for a in pub.authors] == ["Ola Berg", "Ines Varga", "Pia Holm"]
    assert [a.marks for a in pub.authors] == [["equal_contribution"], ["equal_contribution"], []]


def test_a_collection_item_whose_abstract_says_it_is_the_owners_doctoral_thesis_is_a_degree_where_it_was_defended(tmp_path):
    # an academicpages item: venue only the university's short name, the excerpt saying what the work is
    from tests.importers.sitefiles import write_site as _site
    site = _site(tmp_path, {
        "_config.yml": "author:\n  name: Oona Sarvik\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\nauthor_profile: true\n---\n\nI study peat bogs.\n",
        "_publications/2020-05-01-thesis.md": (
            "---\ntitle: \"Water tables of raised bogs\"\ncollection: publications\ndate: 2020-05-01\n"
            "venue: 'Tarn Tech'\nexcerpt: 'This doctoral thesis follows three raised bogs through a decade of drought.'\n"
            "citation: 'Sarvik O. (2020): \"Water tables of raised bogs\" Tarn Tech.'\n---\n"),
    })
    person = import_path(site).profile.person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [("PhD", "Tarn Tech", 2020)]


def test_a_bibtex_files_links_from_a_data_file_beside_it_keyed_by_the_entries_keys(tmp_path):
    # a script draws the list from refs.bib and takes each paper's link from refs_extra.yml by the entry's key
    from kg.importers.site.pages import bibtex_part

    (tmp_path / "assets").mkdir()
    bib = tmp_path / "assets" / "refs.bib"
    bib.write_text("@article{moss2020tides,\n  title={Tides in a bay},\n  author={Moss, Ada and Lark, Ivo},\n"
                   "  journal={Coast Letters},\n  year={2020}\n}\n\n"
                   "@article{lark2022salt,\n  title={Salt under drought},\n  author={Lark, Ivo},\n"
                   "  journal={Estuaries},\n  year={2022}\n}\n", encoding="utf-8")
    (tmp_path / "assets" / "refs_extra.yml").write_text(
        "lark2022salt:\n  link: \"https://example.org/salt\"\n  code: \"https://example.org/salt-code\"\n\n"
        "moss2020tides:\n  link: \"https://example.org/tides\"\n", encoding="utf-8")
    part = bibtex_part(tmp_path, bib, "Ivo Lark")
    assert [(p.title, p.links) for p in part.publications] == [
        ("Tides in a bay", {"link": "https://example.org/tides"}),
        ("Salt under drought", {"link": "https://example.org/salt", "code": "https://example.org/salt-code"})]


def test_a_records_links_written_as_a_mapping_of_label_to_address():
    # "links: {PDF: ..., Code: ...}" (a mapping, not the usual list of {name, url}): each label's link
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    pub = publication_from_record({"title": "Moths at dusk", "authors": "Ana Ruiz", "year": 2021,
                                   "links": {"PDF": "https://ex.org/moths.pdf", "Code": "https://github.com/aruiz/moths"}},
                                  DATA_KEYS, None)
    assert pub.links == {"pdf": "https://ex.org/moths.pdf", "code": "https://github.com/aruiz/moths"}


def _talk_or_paper(slug: str, title: str, kind: str, venue_key: str, venue: str, year: int) -> str:
    return (f"---\ndate: {year}-05-02\ntitle: \"{title}\"\nauthors:\n  - Tam Oduya\n  - Rhea Pold\n"
            f"{venue_key}: {venue}\ncitation: |\n  Oduya, T., & Pold, R. ({year}). *{title}*. {venue}.\n"
            f"websites:\n  DOI: https://doi.org/10.1234/{slug}\n  github: https://github.com/toduya/{slug}\n"
            f"  Slides: https://slides.example.org/{slug}\ntype: {kind}\n---\n")


def test_a_collection_of_cited_records_and_one_of_posts_an_eleventy_cv_loops_over(tmp_path):
    # an Eleventy site: "_research/" holds one work or talk a page (a citation, "publication:" or "conference:" as
    # the venue, a "websites:" map of labelled links; an "e-lightning" talk is a talk), "_jobs/" one post a page
    # (role, company, date_start, date_end: present); the CV page loops over both
    files = {
        "index.md": "---\ntitle: Tam Oduya\n---\n\nI map river ice from space.\n",
        "cv.md": ("---\ntitle: Tam Oduya\n---\n\n## Research\n\n{% for post in collections.research %}\n"
                  "- {{ post.data.title }}\n{% endfor %}\n\n## Jobs\n\n{% for post in collections.jobs %}\n"
                  "- {{ post.data.role }} at {{ post.data.company }}\n{% endfor %}\n"),
        "_research/2020-paper.md": _talk_or_paper("ice20", "River Ice Seen from Orbit", "paper", "publication",
                                                 "Journal of Cold Rivers", 2020),
        "_research/2021-thesis.md": _talk_or_paper("thesis21", "Ice on Moving Water", "thesis", "publication",
                                                  "Northshore University", 2021),
        "_research/2022-lightning.md": _talk_or_paper("talk22", "Fast Ice Maps", "e-lightning", "conference",
                                                     "Winter Ice Meeting", 2022),
        "_jobs/2019-intern.md": ("---\nrole: Mapping Intern\ncompany: Coastline Survey Office\ndate_start: 2019-01\n"
                                 "date_end: 2019-06\n---\n"),
        "_jobs/2023-engineer.md": ("---\nrole: Remote Sensing Engineer\ncompany: Floe Analytics\ndate_start: 2023-02\n"
                                   "date_end: present\n---\n"),
    }
    p = imported_site(tmp_path / "site", files)
    assert sorted(w.title for w in p.publications) == ["Ice on Moving Water", "River Ice Seen from Orbit"]
    thesis = next(w for w in p.publications if w.title == "Ice on Moving Water")
    assert thesis.venue == "Northshore University"
    assert "https://github.com/toduya/thesis21" in thesis.links.values()
    assert "https://slides.example.org/thesis21" in thesis.links.values()
    assert p.person.job_title == "Remote Sensing Engineer"
    assert [a.name for a in p.person.affiliations if a.current] == ["Floe Analytics"]


def test_one_degree_reader_splits_a_degree_and_its_field_only_for_the_records_that_write_them_as_one():
    """records.education_from_record is Hugo's degree reader too (review49 item 2): ``split=True`` (Hugo's records)
    reads "PhD in X" under the degree's key, or a Hugo Blox "area:" naming both, as a degree and its field; the
    other families' records keep the degree as written ("Bachelor of Arts" is no degree "Bachelor" in "Arts")."""
    from kg.importers.site.records import education_from_record

    written = {"school": "Tarnside College", "degree": "PhD in Salt Marsh Ecology", "year": 2018}
    assert (education_from_record(written)[0].degree, education_from_record(written)[0].field) == (
        "PhD in Salt Marsh Ecology", None)
    ed = education_from_record(written, split=True)[0]
    assert (ed.degree, ed.field, ed.institution, ed.year) == ("PhD", "Salt Marsh Ecology", "Tarnside College", 2018)
    area = education_from_record({"institution": "Fenmoor University", "area": "MSc Soil Physics",
                                  "date_end": "2014-06-30"}, split=True)[0]
    assert (area.degree, area.field, area.year) == ("MSc", "Soil Physics", 2014)


def test_one_venue_setter_keeps_a_kind_the_record_names_when_asked():
    """common.set_venue, the one place a reader sets a publication's venue (review49 item 12)."""
    from kg.importers.common import parse_venue, set_venue
    from kg.model import Publication

    pub = Publication(title="Sand Ripples at Dusk", venue_type="thesis")
    set_venue(pub, parse_venue("Journal of Shifting Sands"), keep_type=True)
    assert (pub.venue, pub.venue_type) == ("Journal of Shifting Sands", "thesis")
    set_venue(pub, parse_venue("Journal of Shifting Sands"))
    assert pub.venue_type == "journal"


def test_a_records_dates_running_on_with_a_note_in_brackets_are_a_current_position():
    """'2019 - Present (part-time)': the position goes on (a note in brackets after 'Present' or 'now' does not end
    it in its first year); '2015 - 2018 (leave)' still ended in 2018."""
    from kg.importers.site.records import position_from_record

    on, _ = position_from_record({"title": "Lecturer", "institution": "Lakeside University",
                                  "dates": "2019 - Present (part-time)"})
    assert on.current and on.start_year == 2019 and on.end_year is None
    ended, _ = position_from_record({"title": "Lecturer", "institution": "Lakeside University",
                                     "dates": "2015 - 2018 (leave)"})
    assert not ended.current and ended.end_year == 2018


def test_one_body_reader_for_a_paper_page_of_either_theme(tmp_path):
    """A paper's own page, an academicpages ``_publications/*.md`` or a Hugo Academic ``content/publication/*/
    index.md``, has its body read by one reader: an address alone is the work's link, a DOI link gives the DOI, a
    short line of links gives links and no abstract. Before, the Jekyll reader took the address for the
    abstract."""
    jekyll = write_site(tmp_path / "jekyll", {
        "_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n  bio: Widget scientist\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study widgets.\n",
        "_publications/2022-counting.md": _caption_paper(
            "Counting Widgets in the Wild", "Quill, Mara. Counting widgets. Widget Letters, 2022.",
            "We count widgets.\n\nDOI: [10.5555/widgets.7](https://doi.org/10.5555/widgets.7)\n"),
        "_publications/2021-dense.md": _caption_paper(
            "Dense Gadgets", "Quill, Mara. Dense gadgets. Widget Letters, 2021.",
            "https://arxiv.org/abs/2101.01234\n"),
    })
    pubs = {p.title: p for p in import_path(jekyll).profile.publications}
    assert pubs["Counting Widgets in the Wild"].doi == "10.5555/widgets.7"
    assert pubs["Counting Widgets in the Wild"].abstract == "We count widgets."
    assert pubs["Dense Gadgets"].links.get("arxiv") == "https://arxiv.org/abs/2101.01234"
    assert pubs["Dense Gadgets"].abstract is None


def test_a_hugo_paper_pages_link_line_is_no_part_of_its_abstract(tmp_path):
    """The same body reader on a Hugo Academic paper page with no abstract up top: the prose is the abstract, the
    line of links under it the work's links (before, the Hugo reader took every paragraph for the abstract)."""
    hugo = write_site(tmp_path / "hugo", {
        "config/_default/hugo.yaml": "title: Tove Marlund\n",
        "content/authors/admin/_index.md": "---\ntitle: Tove Marlund\nrole: Geologist\n---\n\nI map rocks.\n",
        "content/publication/rim/index.md": (
            "---\ntitle: Layered Basalt at the Northern Rim\ndate: 2011-05-02\nauthors:\n- admin\n- O. Vesk\n---\n\n"
            "We walk the rim and count the basalt layers.\n\n[Slides](https://example.org/rim-slides.pdf)\n"),
    })
    [pub] = import_path(hugo).profile.publications
    assert pub.abstract == "We walk the rim and count the basalt layers."
    assert pub.links.get("slides") == "https://example.org/rim-slides.pdf"


def test_a_collection_of_posts_keyed_as_the_post_reader_spells_keys(tmp_path):
    """Which pages are posts (record_files) and what a post reads (position_from_record) share one key list
    (records.POSITION_ORG_KEYS, POSITION_ROLE_KEYS, spelled by post_key): "Job-Title" and "Employer" are the keys
    the post reader takes, so the pages are posts. Before, the folder check kept a narrower copy, spelled
    otherwise, and read no post."""
    files = {
        "index.md": "---\ntitle: Tam Oduya\n---\n\nI map river ice from space.\n",
        "cv.md": ("---\ntitle: Tam Oduya\n---\n\n## Jobs\n\n{% for post in collections.jobs %}\n"
                  "- {{ post.data.role }}\n{% endfor %}\n"),
        "_jobs/2019-intern.md": "---\nJob-Title: Mapping Intern\nEmployer: Coastline Survey Office\nstart: 2019\nend: 2019\n---\n",
        "_jobs/2023-engineer.md": "---\nJob-Title: Remote Sensing Engineer\nEmployer: Floe Analytics\nstart: 2023\n---\n",
    }
    p = imported_site(tmp_path / "site", files)
    assert [a.name for a in p.person.affiliations if a.current] == ["Floe Analytics"]


def test_a_csv_of_works_in_another_language_written_out_by_a_pages_liquid_loop(tmp_path):
    """A Jekyll site keeps its papers in ``_data/*.csv`` whose columns are named in Dutch (``titel``, ``auteurs``,
    ``jaar``, ``tijdschrift``); its research page writes each row with a one-line Liquid loop under a heading whose
    kramdown id alone names a section (``{#publicaties}``). No key reads as a title, so kg read none of the site's
    works; the loop's body filled with each row is a citation the page reader reads, as a visitor sees it."""
    write_site(tmp_path, {
        "_config.yml": "title: Joost Verhagen\nauthor:\n  name: Joost Verhagen\n",
        "index.md": "---\nlayout: default\n---\n\nIk onderzoek dijken.\n",
        "_pages/onderzoek.md": "---\ntitle: Onderzoek\npermalink: /onderzoek.html\n---\n\n"
        "### Verschenen in vaktijdschriften ({{ site.data.stukken | size }}) {#publicaties}\n\n"
        "{% for s in site.data.stukken %}\n"
        '{{ s.auteurs }} (**{{ s.jaar }}**). "{{ s.titel }}", _{{ s.tijdschrift }}_, {{ s.deel }}, '
        "[{{ s.doi }}]({{ s.doi }}){:target=\"_blank\"}.\n{% endfor %}\n",
        "_data/stukken.csv": "jaar,auteurs,titel,tijdschrift,deel,doi,citaties\n"
        '2021,"VERHAGEN, Joost; DE BRUIN, Anke",Dijken die ademen,Waterbouw Kwartaal,12 (3),'
        "https://doi.org/10.5555/wk.2021.3,14\n"
        '2018,"VAN DAM, Pieter; VERHAGEN, Joost",Klei onder druk,Tijdschrift voor Grondmechanica,7,'
        "https://doi.org/10.5555/tg.7,3\n",
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Dijken die ademen", "Klei onder druk"]
    klei = pubs["Klei onder druk"]
    assert klei.year == 2018 and klei.venue == "Tijdschrift voor Grondmechanica"
    assert [a.is_self for a in klei.authors] == [False, True] and klei.doi == "10.5555/tg.7"
    assert klei.file == "_data/stukken.csv"


def test_a_records_journal_with_its_volume_under_a_key_of_the_templates_own_is_its_venue(tmp_path):
    """A lab template's list (``_data/publist.yml``) writes where each paper appeared under ``display:`` ("Wave
    Motion <b>12</b>, 104455"), a key kg did not know: the journal's name, then its volume and article number, is
    the venue (kg gave none)."""
    write_site(tmp_path, {
        "_config.yml": "title: Petra Lindqvist\n",
        "index.md": "---\ntitle: Home\n---\n\n# Petra Lindqvist\n\nI study ocean waves.\n",
        "_pages/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
        "{% for p in site.data.publist %}\n<strong>{{ p.title }}</strong><br/>\n<em>{{ p.authors }}</em><br/>\n"
        "{{ p.display }} ({{ p.year }})\n{% endfor %}\n",
        "_data/publist.yml": "- title: Rogue waves in shallow bays\n  authors: P. Lindqvist and O. Berg\n"
        "  display: Wave Motion <b>12</b>, 104455\n  year: 2022\n"
        "- title: Swell over sand bars\n  authors: O. Berg, and P. Lindqvist\n"
        "  display: Journal of Coastal Flows <b>7</b>, 88-97\n  year: 2020\n",
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert pubs["Rogue waves in shallow bays"].venue == "Wave Motion"
    assert pubs["Rogue waves in shallow bays"].volume == "12"
    assert pubs["Swell over sand bars"].venue == "Journal of Coastal Flows"


def _ruiz_lab(tmp_path, shown: str, publist: str) -> None:
    """A lab template's site (Ruiz Lab) whose publications page loops over ``_data/publist.yml``, showing each record's
    title, authors, then ``shown`` (the template's lines for the record's other keys)."""
    write_site(tmp_path, {
        "_config.yml": "title: Ruiz Lab\nemail: ana@lab.example.org\n",
        "index.md": "---\ntitle: Home\n---\n\n# Ruiz Lab\n\nAna Ruiz leads the lab.\n",
        "_pages/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
        "{% for publi in site.data.publist %}\n<pubtit>{{ publi.title }}</pubtit>\n<p><em>{{ publi.authors }}</em></p>\n"
        + shown + "{% endfor %}\n",
        "_data/publist.yml": publist,
    })


def test_a_records_citation_line_and_its_markdown_links_under_keys_of_the_templates_own(tmp_path):
    """A lab template's list writes where each paper appeared as one string under ``ref:`` (the journal, volume,
    pages or article number, then the year in brackets: "Tide Letters 23: 683-704 (2022)") and its links as a
    sentence of markdown links under ``link:`` ("Link to [PDF](...), Link to [Tide Lett](...)"). Before, kg gave
    these works no year, no venue and no link (the volume after a colon, the article number "eaab1234" were no
    volume and pages it knew; the link key held no one address)."""
    _ruiz_lab(tmp_path, "<p> {{ publi.ref }}</p>\n<p> {{ publi.link }}</p>\n", (
        "- title: \"Sand ripples under slow tides\"\n  authors: <b>Ruiz, A.</b>, Berg, O.\n"
        "  link: Link to [PDF](https://lab.example.org/papers/ruiz-2022.pdf), Link to [Tide Lett]"
        "(https://doi.org/10.9999/tl.2022.7), <sup>*</sup> denotes co-first authorship.\n"
        "  ref: \"Tide Letters 23: 683-704 (2022)\"\n"
        "- title: \"Mud banks as memory\"\n  authors: Berg, O., Ruiz, A.\n"
        "  ref: \"Coastal Science 365 (6453), eaab1234 (2019).\"\n"
        "- title: \"Estuary fronts in winter\"\n  authors: Lund, I., Ruiz, A.\n"
        "  ref: \"Journal of Estuary Biology, jeb.251950 (2016).\"\n"
        "- title: \"Counting shells\"\n  authors: Ruiz, A.\n  ref: Shell Notes, 2013\n"))
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    ripples = pubs["Sand ripples under slow tides"]
    assert (ripples.venue, ripples.year, ripples.volume, ripples.pages) == ("Tide Letters", 2022, "23", "683-704")
    assert ripples.links["pdf"] == "https://lab.example.org/papers/ruiz-2022.pdf"
    assert "https://doi.org/10.9999/tl.2022.7" in ripples.links.values()
    mud = pubs["Mud banks as memory"]
    assert (mud.venue, mud.year, mud.volume, mud.pages) == ("Coastal Science", 2019, "365", "eaab1234")
    assert (pubs["Estuary fronts in winter"].venue, pubs["Estuary fronts in winter"].year) == (
        "Journal of Estuary Biology", 2016)
    # "ref: Shell Notes, 2013": the template's key for where the work appeared, its name and year alone
    assert (pubs["Counting shells"].venue, pubs["Counting shells"].year) == ("Shell Notes", 2013)


def test_a_records_ref_holding_a_note_or_another_works_citation_is_no_venue_and_stays_listed(tmp_path):
    """The lab template's ``ref:`` is where the work appeared, but a site writes a note there too: a version of
    another paper, an erratum's target, press coverage, a reply's target. None of them is the work's venue; the
    value stays listed as not read. A remark beside the links of ``link:`` keeps that line listed too."""
    _ruiz_lab(tmp_path, "<p> {{ publi.ref }}</p>\n<p> {{ publi.link }}</p>\n", (
        "- title: \"Sand ripples under slow tides\"\n  authors: <b>Ruiz, A.</b>, Berg, O.\n"
        "  link: Link to [PDF](https://lab.example.org/papers/ruiz-2022.pdf), <sup>*</sup> denotes co-first"
        " authorship.\n  ref: \"Extended version of our Tide Workshop 2019\"\n"
        "- title: \"Mud banks as memory\"\n  authors: Berg, O., Ruiz, A.\n"
        "  ref: \"Erratum to Coastal Science 365: 12-14 (2019)\"\n"
        "- title: \"Estuary fronts in winter\"\n  authors: Lund, I., Ruiz, A.\n"
        "  ref: \"Featured in the Harbour Times, 2020\"\n"
        "- title: \"A reply on shells\"\n  authors: Ruiz, A.\n  ref: \"Reply to Lee et al., Shell Notes 5: 1-2 (2013)\"\n"
        "- title: \"Counting shells\"\n  authors: Ruiz, A.\n  ref: Frontiers in shell ecology, 2014\n"))
    result = import_path(tmp_path)
    pubs = {p.title: p for p in result.profile.publications}
    for title in ("Sand ripples under slow tides", "Mud banks as memory", "Estuary fronts in winter",
                  "A reply on shells"):
        assert (pubs[title].venue, pubs[title].year) == (None, None), title
    assert pubs["Sand ripples under slow tides"].links["pdf"] == "https://lab.example.org/papers/ruiz-2022.pdf"
    # a journal's name in lower case is still one
    assert (pubs["Counting shells"].venue, pubs["Counting shells"].year) == ("Frontiers in shell ecology", 2014)
    listed = " ".join(u.text for u in result.profile.unparsed)
    for said in ("Extended version of our Tide Workshop", "Erratum to Coastal Science", "Featured in the Harbour",
                 "Reply to Lee et al.", "denotes co-first authorship"):
        assert said in listed, said


def test_a_link_lines_legend_of_the_marks_read_on_the_authors_is_no_remark_to_list(tmp_path):
    """The lab template's ``link:`` line ends with the legend of the stars its authors carry ("<sup>*</sup> denotes
    co-first authorship."): kg reads the links and the stars as equal contribution, so the line holds nothing kg
    lost and is not listed; beside authors with no star the same legend stays listed (above)."""
    _ruiz_lab(tmp_path, "<p> {{ publi.ref }}</p>\n<p> {{ publi.link }}</p>\n", (
        "- title: \"Sand ripples under slow tides\"\n  authors: <b>Ruiz, A.<sup>*</sup></b>, Berg, O.<sup>*</sup>, "
        "Lund, I.\n  link: Link to [PDF](https://lab.example.org/papers/ruiz-2022.pdf), Link to [Tide Lett]"
        "(https://doi.org/10.9999/tl.2022.7), <sup>*</sup> denotes co-first authorship.\n"
        "  ref: \"Tide Letters 23: 683-704 (2022)\"\n"
        "- title: \"Mud banks as memory\"\n  authors: Berg, O., Ruiz, A.\n  ref: \"Coastal Science 365: 1-9 (2019)\"\n"
        "- title: \"Counting shells\"\n  authors: Ruiz, A.\n  ref: Shell Notes, 2013\n"))
    result = import_path(tmp_path)
    pub = result.profile.publications[0]
    assert [a.marks for a in pub.authors] == [["equal_contribution"], ["equal_contribution"], []]
    assert pub.links["pdf"] == "https://lab.example.org/papers/ruiz-2022.pdf"
    assert not [u for u in result.profile.unparsed if "co-first" in u.text], result.profile.unparsed


def test_a_records_news_key_is_a_note_on_the_work_and_a_php_list_query_keeps_its_link(tmp_path):
    """The lab template's ``news:`` under a paper ("Invited review. Cover article.", press coverage) is a remark on
    the work, its note (a blank one says nothing); a ``paperurl`` whose query writes a PHP list ("path[]=6937") is
    the paper's address, its brackets escaped, not dropped."""
    _ruiz_lab(tmp_path, "<p> {{ publi.ref }}</p>\n<p> {{ publi.news }}</p>\n", (
        "- title: \"Sand ripples under slow tides\"\n  authors: Ruiz, A., Berg, O.\n"
        "  news:   Invited review. Cover article.\n  ref: \"Tide Letters 23: 683-704 (2022)\"\n"
        "- title: \"Mud banks as memory\"\n  authors: Berg, O., Ruiz, A.\n  news: \" \"\n"
        "  ref: \"Coastal Science 365: 1-9 (2019)\"\n"
        "- title: \"Counting shells\"\n  authors: Ruiz, A.\n  ref: Shell Notes, 2013\n"
        "  paperurl: 'http://journal.example.org/index.php?page=article&op=view&path[]=6937'\n"))
    result = import_path(tmp_path)
    pubs = {p.title: p for p in result.profile.publications}
    assert pubs["Sand ripples under slow tides"].notes == ["Invited review. Cover article."]
    assert pubs["Mud banks as memory"].notes == []
    assert pubs["Counting shells"].links == {
        "paper": "http://journal.example.org/index.php?page=article&op=view&path%5B%5D=6937"}
    assert not [u for u in result.profile.unparsed if "Cover article" in u.text]


def test_a_records_funding_or_award_key_whose_numbers_and_year_read_like_a_citation_is_no_venue(tmp_path):
    """A journal's name, numbers, then a year in brackets is where a work appeared under a key of a template's own
    ("ref:"), but a key naming something else writes the same shape: "funding: Widget Foundation grant 1234567
    (2019)", "award: Best Poster Award, Session 3 (2021)". Neither is the work's venue, pages or year; both stay
    listed as not read."""
    _ruiz_lab(tmp_path, "<p> {{ publi.ref }} {{ publi.funding }} {{ publi.award }}</p>\n", (
        "- title: \"Sand ripples under slow tides\"\n  authors: <b>Ruiz, A.</b>, Berg, O.\n"
        "  ref: \"Tide Letters 23: 683-704 (2022)\"\n"
        "- title: \"Mud banks as memory\"\n  authors: Berg, O., Ruiz, A.\n"
        "  funding: \"Widget Foundation grant 1234567 (2019)\"\n"
        "- title: \"Estuary fronts in winter\"\n  authors: Lund, I., Ruiz, A.\n"
        "  award: \"Best Poster Award, Session 3 (2021)\"\n"))
    result = import_path(tmp_path)
    pubs = {p.title: p for p in result.profile.publications}
    assert (pubs["Sand ripples under slow tides"].venue, pubs["Sand ripples under slow tides"].year) == ("Tide Letters", 2022)
    for title in ("Mud banks as memory", "Estuary fronts in winter"):
        p = pubs[title]
        assert (p.venue, p.year, p.volume, p.pages) == (None, None, None, None), title
    listed = " ".join(u.text for u in result.profile.unparsed)
    assert "Widget Foundation grant 1234567" in listed and "Best Poster Award, Session 3" in listed

def test_works_listed_in_a_pages_front_matter_under_a_key_naming_them(tmp_path):
    # a hand-made generator's page keeps its list in its front matter ("articles: [{title, venue, authors}]",
    # venue and year joined by a middle dot, authors by them too) and has no body; its template writes it out
    files = {
        "content/index.md": "---\ntemplate: index\ntitle: \"\"\n---\n\nI'm Lena Okafor, a lecturer in sociology at "
                            "the University of Westmark.\n",
        "content/research.md": (
            "---\ntemplate: research\ntitle: Research\nlede: >\n  What I study.\n"
            "courses:\n  - code: SOC 101\n    name: Networks and Crowds\n"
            "articles:\n  - title: Gossip Chains in Small Towns\n    venue: Rural Sociology Letters · 2021\n"
            "    authors: Ivo Brandt · Lena Okafor\n"
            "  - title: Who Answers the Village Phone\n    venue: Field Methods Notes · 2019\n"
            "    authors: Lena Okafor · Mara Quist · Ivo Brandt\n---\n"),
    }
    profile = imported_site(tmp_path, files)
    pubs = {p.title: p for p in profile.publications}
    assert set(pubs) == {"Gossip Chains in Small Towns", "Who Answers the Village Phone"}
    gossip = pubs["Gossip Chains in Small Towns"]
    assert (gossip.venue, gossip.year) == ("Rural Sociology Letters", 2021)
    assert [a.name for a in gossip.authors] == ["Ivo Brandt", "Lena Okafor"]


def test_a_cv_data_file_of_whole_citations_grouped_by_kind_is_read(tmp_path):
    """A Next.js CV page importing a JSON file whose works sit under ``Publications`` -> a kind's key, each record
    one citation string (``{"year": ..., "content": "Family, I., & Family, I. (Year). Title. Venue."}``): no record
    had a title key, and the site listed no paper. A list of software (its key says so) and a list of websites
    (sentences, no authors) stay out."""
    def item(year, text):
        return {"year": year, "content": text, "link": ""}

    cv = {
        "Name": {"default": [item("", "Dr. Rosa M. Quillfeather")]},
        "Employment": {"default": [item("2020-now", "Lecturer at Harbour University")]},
        "Publications": {
            "Journal articles": [
                item("2023", "Quillfeather, R. M., & Dunmore, T. (2023). Salt marsh carbon after storms. "
                             "Coastal Ecology Letters, 12(3), 44-59. https://doi.org/10.1000/cel.2023.12"),
                item("2021", "Ostrander, P., Quillfeather, R. M., & Vane, L. (2021). Tidal creeks as nurseries. "
                             "Estuarine Notes, 7, 101-110."),
            ],
            "Software": [item("2022", "Quillfeather, R. M. (2022). marshkit (Version 2) [Computer software]. "
                                      "https://doi.org/10.5281/zenodo.1")],
            "Websites": [item("", "My lab's website where we post field notes and data sets. https://example.org")],
        },
    }
    write_site(tmp_path, {
        "package.json": '{"name": "cv", "dependencies": {"next": "14.0.0", "react": "18.0.0"}}\n',
        "data/cv.json": json.dumps(cv, indent=2) + "\n",
        "app/cv/page.tsx": "import data from '@/data/cv.json'\n\nexport default function CV() {\n  return (<div>\n"
                           "    <h2>Rosa M. Quillfeather</h2>\n    <h3>Publications</h3>\n    <ul>\n"
                           "      {data.Publications?.['Journal articles']?.map((d, i) => <li key={i}>{d.content}</li>)}\n"
                           "    </ul>\n  </div>)\n}\n",
    })
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Salt marsh carbon after storms", "Tidal creeks as nurseries"]
    salt = pubs["Salt marsh carbon after storms"]
    assert salt.year == 2023 and salt.venue == "Coastal Ecology Letters"
    assert [a.is_self for a in pubs["Tidal creeks as nurseries"].authors] == [False, True, False]


def test_an_academicpages_records_hugo_type_code_and_its_flag_are_read(tmp_path):
    # a Jekyll record carried over from Hugo Academic keeps 'publication_types: ["2"]' (Hugo's code for a journal
    # article) and the theme's 'flag: "(Best Paper Award)"' shown after the venue: the work's kind and a note, both
    # lines were listed as unparsed; a one-word flag stays
    files = academicpages_home("Ada Lind", "I study ice.\n")
    files["_publications/2022-floes.md"] = (
        "---\ntitle: \"Counting floes from above\"\ncollection: publications\ndate: 2022-03-01\n"
        "authors: \"Ada Lind, Bo Marr\"\npublication_types: [\"2\"]\nvenue: \"Floe Letters\"\n"
        "flag: \"(Best Paper Award)\"\n---\n")
    files["_publications/2023-melt.md"] = (
        "---\ntitle: \"Melt ponds at night\"\ncollection: publications\ndate: 2023-03-01\n"
        "authors: \"Ada Lind\"\nvenue: \"Melt Meeting\"\nflag: \"new\"\n---\n")
    p = imported_site(tmp_path, files)
    floes = next(w for w in p.publications if w.title.startswith("Counting"))
    melt = next(w for w in p.publications if w.title.startswith("Melt"))
    assert floes.venue_type == "journal" and floes.notes == ["Best Paper Award"]
    assert melt.notes == []
    listed = [u.text for u in p.unparsed if (u.file or "").startswith("_publications/")]
    assert not [t for t in listed if "publication_types" in t or "Best Paper" in t]


def test_a_reference_managers_family_first_names_read_one_way_in_records_and_rendered_templates():
    """A record's "LEE, Ann; Roe, Bo; the Kestrel Team" (family name first, a semicolon after each, most names so
    written) is read by one rule where a record's keys are read and where a page's template writes the field."""
    from kg.importers.site.record_files import _normalized, render_record

    data = {"Title": "On Rivers", "Authors": "LEE, Ann; Roe, Bo; the Kestrel Team"}
    assert _normalized(data)[0]["authors"] == ["Ann LEE", "Bo Roe", "the Kestrel Team"]
    assert render_record("{{ w.authors }}. {{ w.title }}", "w", data) == "Ann LEE, Bo Roe, the Kestrel Team. On Rivers"
    # one name in three written family first is no such list: left as written
    assert _normalized({"authors": "Ann Lee; Bo Roe; Wu, Cy"})[0]["authors"] == "Ann Lee; Bo Roe; Wu, Cy"


def test_the_owners_own_masters_thesis_in_the_sites_bibtex_file_is_a_degree(tmp_path):
    """``@mastersthesis{..., school = {Tarn University}}`` by the owner alone in the BibTeX file a site draws: a
    degree taken at that school, as a thesis's venue line "M.Sc. thesis, Tarn University" is; the doctorate the bio
    names already (its school written otherwise) is not a second degree."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    bib = ("@phdthesis{roe2011,\n  author = {Roe, Ana},\n  school = {Dunmore University, School of Sand},\n"
           "  title = {Sand in Slow Rivers},\n  year = {2011}\n}\n\n"
           "@mastersthesis{roe2006,\n  author = {Roe, Ana},\n  school = {Tarn University},\n"
           "  title = {Grains of Sand Measured},\n  year = {2006}\n}\n\n"
           "@article{roe2015,\n  author = {Roe, Ana and Lee, Bo},\n  journal = {Journal of Sand},\n"
           "  title = {Mud Banks Revisited},\n  year = {2015}\n}\n")
    root = write_site(tmp_path / "site", {
        "index.md": ("# Ana Roe\n\nI am a lecturer at Dunmore University. I received my PhD from Dunmore University's "
                     "School of Sand in 2011.\n\n<script src=\"papers.bib\"></script>\n"),
        "papers.bib": bib})
    person = import_path(root).profile.person
    schools = [e.institution for e in person.education]
    assert "Tarn University" in schools
    assert sum("Dunmore" in s for s in schools) == 1


def test_a_status_badge_block_in_a_works_front_matter_is_the_works_note(tmp_path):
    # a Quarto listing whose works file their stage as a badge ("pub-status: {status: Revising, class: info,
    # icon: ...}", the colour and icon the template draws it with) beside the list they are filed under
    # ("status: working-papers"): the badge's word is a note on the work as a flat "status:" is; the block's lines
    # were listed as unparsed
    files = {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: \"Oskar Bellweather\"\n",
        "index.qmd": "---\ntitle: \"Oskar Bellweather\"\n---\n\nI study rents in small towns.\n",
        "research/rents/index.qmd": (
            "---\ntitle: \"Rents and commuting in small towns\"\nauthor:\n  - Oskar Bellweather\n"
            "date: \"2023-02\"\nstatus: working-papers\npub-status:\n  status: Revising\n  class: info\n"
            "  icon: fa-solid fa-rotate\n---\n\nA summary.\n"),
        "research/index.qmd": "---\ntitle: \"Research\"\nlisting:\n  contents: \"*/index.qmd\"\n---\n",
    }
    p = imported_site(tmp_path, files)
    (work,) = p.publications
    assert work.notes == ["working-papers", "Revising"]
    assert not [u for u in p.unparsed if "rents" in (u.file or "")]


@pytest.mark.parametrize("written,kind", [
    ("Journal Articles", "journal"),  # the heading of the site's list, in the plural
    ("Conference Proceedings", "conference"),
    ("Posters and Demos", "other"),  # the first kind a heading names
    ("book-chapter", "book"),  # hyphenated
    ("PhD Dissertation", "thesis"),  # a thesis by its degree
    ("masters_thesis", "thesis"),
    ("Doctoral Consortia", None),  # no venue type says what that is
    ("blogpost", None),
])
def test_a_records_type_in_the_words_of_the_sites_list_is_the_kind_of_work(written, kind):
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    used: set[str] = set()
    pub = publication_from_record({"title": "Gulls over the harbour", "authors": "Ines Holm", "year": 2020,
                                   "type": written}, DATA_KEYS, None, used)
    assert pub.venue_type == kind and (("type" in used) is (kind is not None))


def test_a_records_iso_date_beside_its_year_is_the_works_date():
    """'dateISO: 2021-06-07' beside 'year: 2021' (a TypeScript data module of works): the work's date, as
    'pub_date:' is; before, the line was listed as unparsed and the date was the year alone."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    used: set[str] = set()
    pub = publication_from_record({"title": "Salt roads of the Sahel", "authors": "Ines Holm", "year": 2021,
                                   "dateISO": "2021-06-07"}, DATA_KEYS, None, used)
    assert (pub.date, pub.year) == ("2021-06-07", 2021) and "dateISO" in used
    used = set()  # beside a 'date:' of the year alone: one date written twice, the fuller one the work's
    pub = publication_from_record({"title": "Salt roads of the Sahel", "authors": "Ines Holm", "date": "2021",
                                   "dateISO": "2021-06-07"}, DATA_KEYS, None, used)
    assert pub.date == "2021-06-07" and {"date", "dateISO"} <= used
    pub = publication_from_record({"title": "Salt roads of the Sahel", "authors": "Ines Holm", "date": "2021",
                                   "dateISO": "2019-06-07"}, DATA_KEYS, None, used := set())
    assert pub.date == "2021" and "dateISO" not in used  # (two dates that disagree: the line stays listed)
    pub = publication_from_record({"title": "Salt roads of the Sahel", "authors": "Ines Holm", "date": "Forthcoming",
                                   "dateISO": "2026"}, DATA_KEYS, None, used := set())
    assert pub.date == "2026" and "dateISO" in used  # ('date:' says no date: the other key does)


def test_a_records_yes_or_no_status_flags_are_read():
    """'is_preprint: true' is a preprint, '"inPress": true' a work in press (a note); either flag set to false says
    the work is not, nothing to note, and is read all the same (before, each was listed as unparsed)."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    def read(**flags):
        used: set[str] = set()
        pub = publication_from_record({"title": "Tern counts at dawn", "authors": "Ines Holm", "year": 2022, **flags},
                                      DATA_KEYS, None, used)
        return pub.venue_type, pub.notes, sorted(used & set(flags))

    assert read(is_preprint=True) == ("preprint", [], ["is_preprint"])
    assert read(inPress="true") == (None, ["In press"], ["inPress"])
    assert read(is_preprint=False, inPress=False) == (None, [], ["inPress", "is_preprint"])
    assert read(preprint="https://example.org/p.pdf")[:2] == (None, [])  # (an address, no flag: a link)


def test_a_records_kind_under_a_type_key_of_its_own_naming_is_read():
    """'pub_type: conference' (a Jekyll theme's key) and 'research_type: [working-paper]' (a Hugo site's taxonomy of
    its research pages, in a Hugo page too, whose 'type' names its layout) say the kind of work as 'type' does; a
    kind kg has no venue type for ('translation') is left unread. Before, each was listed as unparsed."""
    from kg.importers.site.records import DATA_KEYS, HUGO_KEYS, publication_from_record

    def read(keys, **kind):
        used: set[str] = set()
        pub = publication_from_record({"title": "Tern counts at dawn", "authors": "Ines Holm", "year": 2022, **kind},
                                      keys, None, used)
        return pub.venue_type, sorted(used & set(kind))

    assert read(DATA_KEYS, pub_type="conference") == ("conference", ["pub_type"])
    assert read(HUGO_KEYS, research_type=["working-paper"]) == ("preprint", ["research_type"])
    assert read(HUGO_KEYS, research_type=["journal-article"], type="research") == ("journal", ["research_type"])
    assert read(HUGO_KEYS, research_type=["translation"]) == (None, [])


def test_a_reference_managers_item_type_and_publication_year_are_read():
    """A collection exported from a reference manager (Zotero's columns as front matter): 'item_type:
    conferencePaper' says the kind of work in camel case, 'publication_year: "2021"' the year beside the date;
    both are read as 'type' and 'year' are (before, both lines were listed as unparsed on every record). A year
    key that disagrees with the date says which year the site prints, as 'year:' does; a kind kg has no venue type
    for ('presentation') is left."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    def read(**keys):
        used: set[str] = set()
        pub = publication_from_record({"title": "Tern counts at dawn", "authors": "Holm, Ines", **keys}, DATA_KEYS,
                                      None, used)
        return pub.venue_type, pub.year, sorted(used & set(keys))

    assert read(item_type="conferencePaper", publication_year="2021", date="2021-01-01") == \
        ("conference", 2021, ["date", "item_type", "publication_year"])
    assert read(item_type="journalArticle", year=2020, publication_year="2020")[0::2] == \
        ("journal", ["item_type", "publication_year", "year"])
    assert read(item_type="bookSection", pub_year=2019) == ("book", 2019, ["item_type", "pub_year"])
    assert read(item_type="presentation", publication_year="2018", date="2020-05-01") == \
        (None, 2018, ["date", "publication_year"])  # (the date of another year read and dropped, as beside 'year:')
    assert read(year=2020, publication_year="2017")[1:] == (2020, ["year"])  # (two years: the other one stays)


def test_a_bibtex_entry_written_out_as_a_record_gives_its_month_and_entry_type():
    """A BibTeX file written out as JSON records (bibtexparser's dicts: 'ENTRYTYPE: inproceedings', 'month: aug'
    beside 'year: "2025"'): the entry type says the kind of work, as 'type' does, and the month dates the work to
    it, as the BibTeX reader does; a month the date already says is read with it. Before, both lines were listed
    as unparsed on every record. A month that is no month ('Summer') is left."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    def read(**keys):
        used: set[str] = set()
        pub = publication_from_record({"title": "Tern counts at dawn", "author": "Ines Holm and Bo Lee", **keys},
                                      DATA_KEYS, None, used)
        return pub.venue_type, str(pub.date) if pub.date else None, sorted(used & set(keys))

    assert read(ENTRYTYPE="inproceedings", booktitle="Meeting on Birds", year="2025", month="aug") == \
        ("conference", "2025-08", ["ENTRYTYPE", "booktitle", "month", "year"])
    assert read(year=2024, month=3)[1:] == ("2024-03", ["month", "year"])
    assert read(date="2024-03-05", year=2024, month="March")[1:] == ("2024-03-05", ["date", "month", "year"])
    assert read(date="2024-04-05", year=2024, month="March")[1:] == ("2024-04-05", ["date", "year"])
    assert read(year=2024, month="Summer")[1:] == (None, ["year"])
    assert read(month="March")[1:] == (None, [])  # (no year: no date to give the month to)


def test_a_records_nan_is_an_empty_cell_not_a_value():
    """'code: "nan"', 'notes: "nan"' (a reference manager's table written out by pandas, whose mark of an empty cell
    is 'nan'): no link to '.../nan', no note 'nan'; before, every work of such a site had both. The keys are not
    read (no value to read); a real value beside them is."""
    from kg.importers.site.records import JEKYLL_KEYS, publication_from_record

    used: set[str] = set()
    pub = publication_from_record({"title": "Tern counts at dawn", "authors": "Holm, Ines", "year": 2021,
                                   "code": "nan", "notes": "nan", "slides": "NaN", "pdf": "/files/terns.pdf"},
                                  JEKYLL_KEYS, "https://ines.example.org", used)
    assert pub.links == {"pdf": "https://ines.example.org/files/terns.pdf"} and pub.notes == []
    assert not used & {"code", "notes", "slides"}


def test_a_kind_of_work_named_after_a_word_that_qualifies_it_is_that_kind():
    """'research_type: [dormant-working-paper]', 'type: Refereed Journal Articles': a working paper and journal
    articles, the word before them saying which; a kind kg has no venue type for stays unread however qualified
    ('selected-seminar-paper'). Before, only the kind's own words were known: each was listed as unparsed."""
    from kg.importers.site.records import DATA_KEYS, HUGO_KEYS, publication_from_record

    def read(keys, **kind):
        pub = publication_from_record({"title": "Tern counts at dawn", "authors": "Ines Holm", "year": 2022, **kind},
                                      keys, None)
        return pub.venue_type

    assert read(HUGO_KEYS, research_type=["dormant-working-paper"]) == "preprint"
    assert read(DATA_KEYS, type="Refereed Journal Articles") == "journal"
    assert read(HUGO_KEYS, research_type=["selected-seminar-paper"]) is None


def test_the_section_a_generator_files_a_work_under_gives_its_kind_where_its_words_name_one():
    """A CV's generator writes each record with the part of the CV it came from ('section: refereed_journals'):
    the kind of work its words name (one word of kind after one that qualifies it) is read as a 'type' is, and the
    line is read; a part whose words name no kind kg has ('section: other_publications_editor') stays unread, as
    does a work whose own type says another kind. Before, every such line was listed as unparsed."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    def read(**kind):
        used: set[str] = set()
        pub = publication_from_record({"title": "Tern counts at dawn", "authors": "Ines Holm", "year": 2022, **kind},
                                      DATA_KEYS, None, used)
        return pub.venue_type, sorted(used & set(kind))

    assert read(section="refereed_journals") == ("journal", ["section"])
    assert read(section="Refereed Journals") == ("journal", ["section"])
    assert read(section="other_publications_editor") == (None, [])
    assert read(section="other_publications_contributor") == (None, [])
    assert read(type="Non-archival Workshops") == ("workshop", ["type"])
    # (one word alone after a qualifier only where it is the kind's own name: an article of a magazine or a newspaper
    # is no journal's, a report of the press no report kg has)
    assert read(section="magazine_articles")[0] is None and read(type="Newspaper Articles")[0] is None
    assert read(section="press_reports")[0] is None


def test_records_written_as_numbered_fields_of_one_mapping_are_a_list(tmp_path):
    # a one-page theme's data file: the papers as numbered fields side by side (title1, authors1 ... title2 ...),
    # the template writing each slide by hand; a mapping of numbered images (one field each) is no list
    profile = imported_site(tmp_path / "site", {
        "config.toml": 'title = "Ivo Brandt"\ntheme = "slides"\n',
        "data/papers.json": ('{"heading": "selected papers:", "papers": {'
                             '"title1": "Glacier flow under thin ice", "authors1": "Brandt, I., & Moe, K.",'
                             ' "journal1": "Ice Letters, 2019", "pdfurl1": "https://example.org/a.pdf",'
                             ' "title2": "Crevasses seen from orbit", "authors2": "Moe, K., Brandt, I.",'
                             ' "journal2": "Polar Notes"}}'),
        "data/gallery.json": '{"images": {"image1": "a.png", "image2": "b.png"}}',
    })
    pubs = sorted(profile.publications, key=lambda p: p.title)
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Crevasses seen from orbit", None, "Polar Notes"), ("Glacier flow under thin ice", 2019, "Ice Letters")]
    assert [a.name for a in pubs[1].authors] == ["I. Brandt", "K. Moe"]


def test_a_cv_modules_rows_of_one_shape_give_degrees_honours_and_supervisors(tmp_path):
    # a Next.js CV page keeps every list as rows of one shape, "{when, role, where, desc}": under "education" the
    # role is the degree and where its university (the desc naming the supervisors), under "honors" the honour
    root = write_site(tmp_path / "site", {
        "next.config.mjs": "export default { output: 'export' };\n",
        "app/layout.tsx": "export const metadata = { title: 'Petra Lindqvist — Glaciology' };\n",
        "app/cv/page.tsx": (
            "type Row = { when: string; role: string; where: string; desc?: string };\n"
            "const education: Row[] = [\n"
            "  { when: '2020 — 2024', role: 'PhD in Glaciology', where: 'Northfjord University',\n"
            "    desc: 'Thesis on basal sliding. Supervisors: K. Aaberg, M. Sund.' },\n"
            "  { when: '2018 — 2020', role: 'MSc in Physics', where: 'Lakeside University' },\n];\n"
            "const honors: Row[] = [\n"
            "  { when: 'Nov 2023', role: 'Best Poster Award', where: 'Ice Meeting 2023' },\n"
            "  { when: '2021 — 2022', role: 'Travel Grant', where: 'Polar Society' },\n];\n"
            "export default function Cv() { return <main><h1>CV</h1></main>; }\n"),
    })
    profile = import_path(root, owner="Petra Lindqvist").profile
    person = profile.person
    assert [e.institution for e in person.education] == ["Northfjord University", "Lakeside University"]
    assert person.advisors == ["K. Aaberg", "M. Sund"]
    assert [(a.name, a.year) for a in profile.awards] == [("Best Poster Award, Ice Meeting 2023", 2023),
                                                          ("Travel Grant, Polar Society", 2022)]


def test_a_degree_among_the_posts_of_an_experience_list_is_education(tmp_path):
    # "education & experience" in one list of posts: a row whose description is a degree is one
    root = write_site(tmp_path / "site", {
        "config.toml": 'title = "Rosa Hellen"\ntheme = "onepage"\n',
        "data/experience.json": (
            '{"title": "education & experience", "experience": ['
            '{"timeperiod": "2009 - 2014", "company": "Eastfield University",'
            ' "description": "doctorate (PhD) in experimental psychology"},'
            '{"timeperiod": "2014 - current", "company": "Lowmoor Institute",'
            ' "description": "research fellow in cognition"}]}'),
    })
    person = import_path(root, owner="Rosa Hellen").profile.person
    assert [(e.degree, e.institution) for e in person.education] == [("PhD", "Eastfield University")]
    assert [(a.name, a.current, a.start_year) for a in person.affiliations] == [("Lowmoor Institute", True, 2014)]


def test_a_citation_of_the_owners_own_list_names_only_the_coauthors_after_its_year(tmp_path):
    """academicpages records whose citation opens with the year and never names the owner ('2004 “Title” <i>J</i>'),
    the coauthors in a phrase of their own, in English or in French ('(with A. Roe)', '(- avec A. Roe, eds.)', 'En
    collaboration avec A. Roe et B. Lind.'): the owner, then those coauthors; the owner alone, the list marked
    incomplete, where none is named. Before, the year (or the year and the title's first words) was the author."""
    def record(stem: str, title: str, venue: str, citation: str) -> dict[str, str]:
        return {f"_publications/{stem}.md": (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: {stem[:4]}-01-01\n"
                                             f"venue: '{venue}'\ncitation: '{citation}'\n---\n")}

    files = {**academicpages_home("Lea Marchand", "I study tense and mood.\n"),
             **record("2004-tense", "Tense and mood in two languages", "Contrast Studies",
                      "2004 “Tense and mood in two languages” <i>Contrast Studies</i> 5.2, 181-218"),
             **record("2006-moods", "Moods of the future in narrative texts", "Paris, Ophrys",
                      "2006 <i>Moods of the future in narrative texts.</i> En collaboration avec J. Roe, S. Lind et "
                      "R. Moss. Paris, Ophrys, 304 p."),
             **record("2010-aspect", "Aspect beyond the verb phrase", "Language Review",
                      "2010 (with N. Holt) “Aspect beyond the verb phrase”, <i>Language Review</i>, 4:1, 7-23."),
             **record("2012-markers", "Markers of the discourse", "Berne, Lang",
                      "2012 (- avec S. Lind et R. Moss, eds.) <i>Markers of the discourse</i>. Berne, Lang.")}
    pubs = {p.title: p for p in imported_site(tmp_path, files).publications}
    got = {t: ([a.name for a in p.authors], p.authors_truncated, p.venue) for t, p in pubs.items()}
    assert got == {
        "Tense and mood in two languages": (["Lea Marchand"], True, "Contrast Studies"),
        "Moods of the future in narrative texts": (["Lea Marchand", "J. Roe", "S. Lind", "R. Moss"], False,
                                                   "Paris, Ophrys"),
        "Aspect beyond the verb phrase": (["Lea Marchand", "N. Holt"], False, "Language Review"),
        "Markers of the discourse": (["Lea Marchand", "S. Lind", "R. Moss"], False, "Berne, Lang")}
    assert all(p.authors[0].is_self for p in pubs.values())


def _reference_record(title: str, authors: str, year: int = 2022) -> str:
    return (f'---\ntitle: "{title}"\nauthors: "{authors}"\nvenue: "Journal of Salt"\ndate: {year}-01-01\n'
            f'item_type: "journalArticle"\n---\n')


def test_a_reference_managers_byline_with_a_mononym_and_the_owner_wrapped_twice(tmp_path):
    # "Family, Given; ...; Jayadeva-like mononym; ..." with the owner in nested bold and underline, "<b><u><b><u>
    # Talvik</u></b>, M.</u></b>" (the owner's old byline, "M. Talvik"): each name turned around once, the owner
    # the one the list highlights. before: one author per comma piece; "M. Talvik" not the owner
    profile = imported_site(tmp_path, {
        **academicpages_home("Mira Lind", "I study salt.\n"),
        "_publications/a.md": _reference_record(
            "Salt in the rivers of the plain",
            "Reed, Olev; <b><u>Lind, <b><u>Mira</u></b></u></b>; Kask, Anu Maria; Ormo; Saar, P. K."),
        "_publications/b.md": _reference_record(
            "Dunes over the old sea", "Reed, Olev; <b><u><b><u>Talvik</u></b>, M.</u></b>; Kask, Anu", 2019),
    })
    pubs = {p.title: p for p in profile.publications}
    first = pubs["Salt in the rivers of the plain"]
    assert [a.name for a in first.authors] == ["Olev Reed", "Mira Lind", "Anu Maria Kask", "Ormo", "P. K. Saar"]
    assert [a.is_self for a in first.authors] == [False, True, False, False, False]
    second = pubs["Dunes over the old sea"]
    assert [(a.name, a.is_self) for a in second.authors] == [("Olev Reed", False), ("M. Talvik", True),
                                                              ("Anu Kask", False)]


def test_a_work_in_the_home_pages_featured_collection_and_in_publications_is_one(tmp_path):
    # a "_featuredpub/" collection the home page loops over repeats a record of "_publications/" (same title, year,
    # DOI): counted once; two files of one collection stay two works, and so does a featured record of the same
    # title with another DOI (another version). before: 4 works
    record = _reference_record("Salt in the rivers of the plain", "Reed, Olev; Lind, Mira") \
        .replace("---\n", "---\ndoi: 10.1000/salt.1\n", 1)
    profile = imported_site(tmp_path, {
        **academicpages_home("Mira Lind", "I study salt.\n\n{% for post in site.featuredpub %}{{ post.title }}"
                                          "{% endfor %}\n"),
        "_config.yml": "title: Mira Lind\nauthor:\n  name: Mira Lind\ncollections:\n  featuredpub:\n"
                       "    output: true\n",
        "_publications/a.md": record,
        "_publications/b.md": _reference_record("Salt in the rivers of the plain", "Reed, Olev; Lind, Mira", 2023),
        "_featuredpub/1_a.md": record,
        "_featuredpub/2_a.md": record.replace("10.1000/salt.1", "10.1000/salt.2"),
    })
    assert sorted((p.year, p.doi) for p in profile.publications) == [
        (2022, "10.1000/salt.1"), (2022, "10.1000/salt.2"), (2023, None)]


def test_a_works_venue_written_again_under_another_key_is_read_with_it(tmp_path):
    """A theme's paper page whose front matter gives the venue again as its card line ('summary: "Journal of Tern
    Studies"', the venue kg reads from the page's BibTeX block), a reference manager's export whose
    'journal_abbreviation' is the journal's whole name: the venue written twice, both lines read. A summary that
    says something else ('Preprint' beside a journal) stays listed; before, both were listed."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    def paper(title: str, venue: str, summary: str) -> str:
        return (f'---\ntitle: "{title}"\ndate: 2019-03-02\nsummary: "{summary}"\n---\n\n### Citation\n\n'
                f'Ivo Brandt and Kai Moe. 2019. "{title}". *{venue}* 4 (2): 10-19.\n\n```latex\n@article{{b2019,\n'
                f'  author = {{Ivo Brandt and Kai Moe}},\n  year = {{2019}},\n  title = {{{title}}},\n'
                f'  journal = {{{venue}}},\n}}\n```\n')

    profile = imported_site(tmp_path / "site", {
        "config/_default/hugo.toml": 'baseURL = "https://ivo.example.org/"\n',
        "config/_default/languages.en.toml": 'title = "IB | Home"\n[params.author]\n  name = "Ivo Brandt"\n',
        "content/_index.md": "---\ntitle: Home\n---\n",
        "content/papers/gulls/index.md": paper("Gull flight over cold water", "Journal of Tern Studies",
                                               "Journal of Tern Studies"),
        "content/papers/owls/index.md": paper("Owls of the salt marsh", "Bird Notes", "Preprint"),
    })
    assert {p.title: p.venue for p in profile.publications} == {
        "Gull flight over cold water": "Journal of Tern Studies", "Owls of the salt marsh": "Bird Notes"}
    assert [u.text for u in profile.unparsed if u.text.startswith("summary")] == ['summary: "Preprint"']
    used: set[str] = set()
    publication_from_record({"title": "Tern counts at dawn", "authors": "Holm, Ines", "journal": "Acta Avium",
                             "journal_abbreviation": "Acta Avium", "series": "Birds"}, DATA_KEYS, None, used)
    assert "journal_abbreviation" in used and "series" not in used


def test_a_key_of_the_sites_own_naming_the_kind_of_work_gives_its_venue_type():
    """A data file whose records say their kind under a key of the site's own ('article: "Journal"', 'article:
    "Book"', the groups its page lists them under): the work's venue type, read, or the kind the venue already said,
    read with it. A kind that contradicts the record's ('article: "Thesis"' beside 'type: journal') or a value that
    is no label of a kind (a venue's name) stays listed. Before, the key was listed on every record."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    def read(**keys):
        used: set[str] = set()
        pub = publication_from_record({"title": "Tern counts at dawn", "authors": "Holm, Ines", "year": 2020, **keys},
                                      DATA_KEYS, None, used)
        return pub.venue_type, "article" in used

    assert read(publisher="Moss Press", article="Book") == ("book", True)
    assert read(journal="Acta Avium", article="Journal") == ("journal", True)
    assert read(type="journal", article="Thesis") == ("journal", False)
    assert read(article="Acta Avium")[1] is False


def test_a_records_doi_year_or_abbreviated_venue_written_again_is_read_with_them():
    """A reference manager's export kept as a site's records writes a work's DOI, year and venue twice, as the
    BibTeX reader's entries do ('m3: "doi: 10.1/x"', 'year1: "2021"', 'journal_abbr: "J. Tern Stud."' beside
    'journal: Journal of Tern Studies'): one test, :func:`kg.importers.bibtex.written_again`, reads them with what
    they repeat in both readers. Before, the records reader knew only the title and venue written again. What only
    resembles them (another year, another journal's abbreviation) stays listed."""
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    used: set[str] = set()
    publication_from_record({"title": "Tern counts at dawn", "authors": "Holm, Ines", "year": 2021,
                             "journal": "Journal of Tern Studies", "doi": "10.1000/terns.7",
                             "m3": "doi: 10.1000/terns.7", "year1": "2021", "journal_abbr": "J. Tern Stud.",
                             "year2": "2019", "j2": "J. Gull Stud."}, DATA_KEYS, None, used)
    assert {"m3", "year1", "journal_abbr"} <= used and not used & {"year2", "j2"}


def test_a_data_file_holding_its_list_once_per_language_is_read_in_english(tmp_path):
    """A bilingual site's awards file holds the same list twice, ``en: [...]`` and ``jp: [...]`` (its page shows
    the reader's language): each award once, from the English list. Before: every award twice."""
    from .test_site_fallthrough import _vue_app

    award = "  - title: {}\n    organization: {}\n    year: {}\n"
    write_site(tmp_path, _vue_app({
        "assets/data/awards.yaml": "en:\n" + award.format("Young Botanist Award", "Nordic Moss Society", "May 2024")
        + award.format("Best Poster Award", "Lichen Days 2022", "June 2022") + "jp:\n"
        + award.format("若手植物学者賞", "北欧コケ学会", "May 2024") + award.format("最優秀ポスター賞", "地衣類の日 2022", "June 2022"),
    }))
    awards = import_path(tmp_path).profile.awards
    assert [(a.name.split(",")[0], a.year) for a in awards] == [("Young Botanist Award", 2024),
                                                                ("Best Poster Award", 2022)]


def test_a_record_typed_a_poster_that_cites_itself_as_a_paper_is_a_work(tmp_path):
    """A works file's record typed ``Poster`` (how it was shown) that carries its own BibTeX entry
    (``cite: '@inproceedings{...}'``) is a paper of the list; one typed a talk with no entry stays out. Before: the
    poster was left out as no work."""
    from .test_site_fallthrough import _vue_app

    papers = _vue_app({})["assets/data/papers.yaml"] + (
        "- title: \"Counting lichens with a phone camera\"\n  authors: \"Ines Varga, Tomas Lind\"\n"
        "  venue: \"Symposium on Field Botany\"\n  date: October 2023\n  type: Poster\n  cite: |\n"
        "    @inproceedings{varga2023counting,\n      title = {Counting lichens with a phone camera},\n"
        "      author = {Varga, Ines and Lind, Tomas},\n      year = {2023}\n    }\n"
        "- title: \"Lichens and how to see them\"\n  authors: \"Ines Varga\"\n  venue: \"Botany Club\"\n"
        "  date: March 2023\n  type: Talk\n")
    write_site(tmp_path, _vue_app({"assets/data/papers.yaml": papers}))
    titles = [p.title for p in import_path(tmp_path).profile.publications]
    assert "Counting lichens with a phone camera" in titles and len(titles) == 3


def test_the_braces_a_json_record_made_from_bibtex_keeps_around_words_are_dropped(tmp_path):
    """A data file made from a .bib file keeps BibTeX's protecting braces around words of its venue and title
    ("21st {IEEE}/{CVF} Meeting on Tides ({TIDES})", "{Deep} Tides"): the venue and title as they read. Before: the
    braces stayed in the venue."""
    write_site(tmp_path, {
        "_config.yml": "title: Ines Varga\nauthor: Ines Varga\n",
        "index.md": "---\nlayout: default\n---\n\n# Ines Varga\n\nI study tides.\n",
        "_data/publications.json": json.dumps([
            {"title": "{Deep} Tides in Narrow Fjords", "author": "Ines Varga and Tomas Lind",
             "booktitle": "21st {IEEE}/{CVF} Meeting on Tides ({TIDES})", "year": "2021"},
            {"title": "Salt in the Estuary", "author": "Ines Varga",
             "journal": "{Estuary} Letters", "year": "2019"}]),
    })
    pubs = {p.title: p.venue for p in import_path(tmp_path).profile.publications}
    # (the meeting's short name as written, once its braces are gone, as a .bib file's booktitle gives it)
    assert pubs == {"Deep Tides in Narrow Fjords": "TIDES", "Salt in the Estuary": "Estuary Letters"}


def test_a_thesis_record_names_its_school_as_university(tmp_path):
    """A hand-kept data list's thesis gives where it was defended as ``University:`` (a page loop shows it in the
    venue's place, as BibTeX's ``school``): its venue."""
    profile = imported_site(tmp_path, {
        **academicpages_home("Ada Lind", "I study ice.\n"),
        "_data/publications.yml": (
            "references:\n- title: Ice sheets under slow warming\n  article: Thesis\n  University: Lakeside University\n"
            "  year: 2019\n  author:\n  - given: Ada\n    family: Lind\n"
            "- title: Melt ponds and their color\n  article: Journal\n  journal: Journal of Ice\n  year: 2021\n"
            "  author:\n  - given: Ada\n    family: Lind\n"),
        "_pages/publications.md": (
            "---\npermalink: /publications/\ntitle: Publications\n---\n"
            "{% for pub in site.data.publications.references %}\n<li><b>{{ pub.title }}</b>, "
            "<i>{{ pub.journal }}{{ pub.University }}</i>, {{ pub.year }}</li>\n{% endfor %}\n"),
    })
    venues = {p.title: p.venue for p in profile.publications}
    assert venues == {"Ice sheets under slow warming": "Lakeside University", "Melt ponds and their color": "Journal of Ice"}


def test_a_vue_apps_json_lists_whose_records_are_raw_bibtex_entries(tmp_path):
    """A Vue single-page app: an empty index.html shell, its lists in ``src/content/*.json``, each record holding its
    work's whole BibTeX entry as a string (formatted at run time) beside a badge and links, and no title key; the
    owner's name in ``src/content/meta.json``. The entries give the works (title, authors, year, venue), and the
    settings file the owner although the advisor is on every paper too."""
    def entry(key: str, title: str, authors: str, year: int) -> dict:
        return {"bibtex": f"@inproceedings{{{key},\ntitle = {{{title}}},\nauthor = {{{authors}}},\n"
                          f"booktitle = {{Proceedings of Tern Conf}},\nyear = {{{year}}}\n}}\n",
                "authors": {"boldAuthors": ["Lin Qiao"]}, "note": f"Tern'{year % 100}",
                "resources": {"pdf": "./files/a.pdf"}}

    write_site(tmp_path, {
        "index.html": '<!DOCTYPE html><html><head><title>Lin Qiao\'s Homepage</title></head>'
                      '<body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>',
        "src/App.vue": "<template><Bio /><ConfPub /></template>\n",
        "src/content/meta.json": json.dumps({"name": "Lin Qiao", "description": "PhD student at Kestrel University."}),
        "src/content/ConfPub.json": json.dumps([
            entry("a1", "Radio Maps for Drones", "Wu, Hana and Qiao, Lin and Ferro, Dan", 2024),
            entry("a2", "Backscatter Tags at Scale", "Qiao, Lin and Ferro, Dan", 2023),
            entry("a3", "Sensing Walls with Light", "Ode, Kim and Qiao, Lin and Ferro, Dan", 2022),
        ]),
    })
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Lin Qiao"
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Backscatter Tags at Scale", "Radio Maps for Drones", "Sensing Walls with Light"]
    first = pubs["Radio Maps for Drones"]
    assert [a.name for a in first.authors] == ["Hana Wu", "Lin Qiao", "Dan Ferro"]
    assert first.year == 2024 and first.venue == "Proceedings of Tern Conf"
    assert [a.is_self for a in first.authors] == [False, True, False]


def test_a_data_records_authors_field_with_its_legend_on_the_lines_under_the_names(tmp_path):
    """``authors: |`` holding the names, then the entry's legend on lines of its own (the first after a newline,
    in ``<sup>``): the names only, marked as that legend says. Before: the legend was read into the last name."""
    pub = _data_record(tmp_path, '    Varga I<sup>\\#</sup>, Lund O<sup>\\#</sup>, Rade T<sup>\\*</sup><br>\n'
                                 '    <sup>\\#</sup> Co-first authors <br>\n    <sup>\\*</sup> Co-corresponding authors\n')
    assert [(a.name, a.marks) for a in pub.authors] == [
        ("Varga I", ["equal_contribution"]), ("Lund O", ["equal_contribution"]), ("Rade T", ["corresponding"])]


def test_a_document_of_the_paper_collection_whose_categories_say_talk_or_poster_is_no_work(tmp_path):
    # Jekyll's "categories:" files a document as "category:" does: a talk or a poster kept in _publications/
    # beside the papers is no paper of the owner's
    p = imported_site(tmp_path, {
        **academicpages_home("Wei Lin", "I study bridges.\n", titled=True),
        "_publications/2022-01-01-cables.md": "---\ntitle: \"Cable forces of long bridges\"\ncategories: article\n"
                                              "date: 2022-05-01\nvenue: 'Journal of Bridges'\n---\n",
        "_publications/2021-01-01-talk.md": "---\ntitle: \"Bridges that sing in the wind\"\ncategories: talk\n"
                                            "date: 2021-09-07\nconference: 'Meeting of Bridge Builders'\n---\n",
        "_publications/2020-01-01-poster.md": "---\ntitle: \"A comic about rivets\"\ncategories: poster\n"
                                              "date: 2020-04-13\nconference: 'Workshop on Rivets'\n---\n"})
    assert [pub.title for pub in p.publications] == ["Cable forces of long bridges"]


def _scholar_export_site(tmp_path):
    """An Astro site whose works a script exported from a citation service into ``src/data/publications-auto.ts``:
    the owner's name spelled two ways, most records without their authors ("Unknown") and every venue "Unknown
    Venue", the script's stand-ins for what it did not find."""
    works = [("Tidal mixing in narrow fjords", "Oskar Lindkvist and Pia Rahm", 2024),
             ("Brine in the deep basin", "Oskar Lindkvist", 2023),
             ("Sill overflow at low tide", "Unknown", 2022),
             ("Fjord ice and brine plumes", "Pia Rahm and O Lindqvist", 2021),
             ("A winter of mooring records", "O Lindqvist and Ebba Norn", 2020),
             ("Currents under fast ice", "Ebba Norn and O Lindqvist", 2019)]
    records = "".join(f"  {{\n    title: '{t}',\n    authors: '{a}',\n    venue: 'Unknown Venue',\n"
                      f"    year: {y},\n    type: 'journal' as const,\n  }},\n" for t, a, y in works)
    return write_site(tmp_path, {
        "package.json": '{"name": "site", "dependencies": {"astro": "4.0.0"}}\n',
        "astro.config.mjs": "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
        "src/pages/index.astro": "---\nconst title = 'Oskar Lindkvist';\n---\n<html><body><h1>Oskar Lindkvist</h1>\n"
                                 "<p>I am an oceanographer at the Fjord Institute.</p></body></html>\n",
        "src/data/publications-auto.ts": f"// generated\nexport const publications = [\n{records}];\n",
    })


def test_a_works_file_named_for_works_and_how_it_was_made_is_the_sites_own_list(tmp_path):
    # before: the two works naming the owner as the page does kept, the three naming "O Lindqvist" (the family
    # name spelled another way) read as someone else's ("publications-auto" was no name of the site's list)
    profile = import_path(_scholar_export_site(tmp_path)).profile
    assert len(profile.publications) == 6


def test_a_scripts_stand_in_for_a_missing_venue_or_author_list_is_no_value(tmp_path):
    # before: every work's venue "Unknown Venue", and three works by one author named "Unknown"
    profile = import_path(_scholar_export_site(tmp_path)).profile
    assert {p.venue for p in profile.publications} == {None}
    sill = next(p for p in profile.publications if p.title == "Sill overflow at low tide")
    assert sill.authors == [] and sill.year == 2022


def test_a_paper_whose_jekyll_categories_name_its_topic_is_still_a_paper(tmp_path):
    # "categories:" mostly files a post by its topic: only a talk's or a poster's word there says the document is
    # no paper ("categories: education" and "categories: software" dropped these two papers, their lines unparsed)
    p = imported_site(tmp_path, {
        **academicpages_home("Wei Lin", "I study bridges.\n", titled=True),
        "_publications/2022-01-01-class.md": "---\ntitle: \"Teaching statics with paper bridges\"\n"
                                             "categories: education\ndate: 2022-05-01\nvenue: 'Journal of Learning'\n---\n",
        "_publications/2021-01-01-tool.md": "---\ntitle: \"Trussy: a solver for bridge trusses\"\ncategories: software\n"
                                            "date: 2021-09-07\nvenue: 'Journal of Open Source Software'\n---\n",
        "_publications/2020-01-01-talk.md": "---\ntitle: \"Bridges that sing in the wind\"\ncategories: [Talks]\n"
                                            "date: 2020-04-13\nconference: 'Meeting of Bridge Builders'\n---\n"})
    assert sorted((pub.title, pub.venue) for pub in p.publications) == [
        ("Teaching statics with paper bridges", "Journal of Learning"),
        ("Trussy: a solver for bridge trusses", "Journal of Open Source Software")]


def test_a_data_records_authors_field_whose_last_line_holds_names_then_the_legend(tmp_path):
    """``authors: |`` over two lines, the second "Moss K, Berg L (* equal contribution)": names, then the
    legend in brackets. Before: the line was taken as a legend line, Moss K and Berg L in neither the authors
    nor the unparsed text; after: all five names."""
    pub = _data_record(tmp_path, '    Varga I*, Lund O*, Rade T,\n    Moss K, Berg L (* equal contribution)\n')
    assert [(a.name, a.marks) for a in pub.authors] == [
        ("Varga I", ["equal_contribution"]), ("Lund O", ["equal_contribution"]), ("Rade T", []), ("Moss K", []),
        ("Berg L", [])]


def _data_record(tmp_path, authors_lines: str):
    """The first publication of a Jekyll site whose ``_data/publications.yml`` record writes ``authors: |`` over
    ``authors_lines`` (a Liquid loop of the site's page shows it)."""
    loop = "{% for p in site.data.publications %}\n<p>{{ p.title }}<br>{{ p.authors }}</p>\n{% endfor %}\n"
    write_site(tmp_path, {
        "_config.yml": 'title: "Ines Varga"\nauthor:\n  name: "Ines Varga"\n',
        "publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n" + loop,
        "_data/publications.yml": ('- title: "Tidal mixing in fjords"\n  authors: |\n' + authors_lines
                                   + '  journal: Fjord Letters\n  year: 2021\n'),
    })
    return import_path(tmp_path).profile.publications[0]


def test_a_record_built_from_crossref_names_its_journal_container_and_its_year_published(tmp_path):
    """A lab's list built from Crossref keeps Crossref's names: ``container`` (short for ``container-title``) for
    the journal and ``published`` for the year (a year, or ``{date-parts: ...}``). Before: neither was read, every
    work had no year and no venue; after: both. Jekyll's ``published: false`` stays no year."""
    loop = "{% for p in site.data.pubs %}\n<p>{{ p.title }}<br>{{ p.authors }}<br><i>{{ p.container }}</i>, " \
           "{{ p.published }}</p>\n{% endfor %}\n"
    write_site(tmp_path, {
        "_config.yml": 'title: "Ines Varga"\nauthor:\n  name: "Ines Varga"\n',
        "publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n" + loop,
        "_data/pubs.yml": ('- title: "Tidal mixing in fjords"\n  authors: Ines Varga, Olle Lund\n'
                           '  container: Fjord Letters\n  shortContainer: Fjord Lett.\n  published: 2021\n'
                           '- title: "Salt wedges in narrow straits"\n  authors: Ines Varga, Tove Rade\n'
                           '  container: Journal of Straits\n  published:\n    date-parts: [[2019, 4]]\n'
                           '- title: "Ice cover of shallow bays"\n  authors: Ines Varga\n'
                           '  container: Bay Studies\n  published: false\n'),
    })
    pubs = import_path(tmp_path).profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Tidal mixing in fjords", "Fjord Letters", 2021), ("Salt wedges in narrow straits", "Journal of Straits", 2019),
        ("Ice cover of shallow bays", "Bay Studies", None)]


def test_an_imported_json_of_whole_citations_grouped_by_kind_each_beside_its_long_address(tmp_path):
    # an Astro page maps over the lists of src/data/publications.json, each record a whole citation, its year, its
    # kind and the work's address; before: no publication (the address, over 40 characters, counted as a second
    # long text, and "journalArticles" said no kind, the file's own name not read as the path's first key)
    books = [{"year": 2021, "citation": "Quill M, Ostrander T 2021. Tides of the Northern Marsh. Fenwick Press, Dunmore.",
              "type": "Book", "url": "https://fenwickpress.example.org/books/tides-of-the-northern-marsh-2021"},
             {"year": 2016, "citation": "Quill M 2016. Salt and Reed: A Field Guide. Harrow Books, Dunmore.",
              "type": "Book", "url": "https://harrowbooks.example.org/catalogue/salt-and-reed-a-field-guide"}]
    articles = [{"year": 2023, "citation": "Ostrander T; Quill M (2023) Sediment drift in tidal creeks. Coastal "
                 "Letters, 12, pp. 40-52.", "type": "Journal Article",
                 "url": "https://coastal-letters.example.org/articles/sediment-drift-in-tidal-creeks"},
                {"year": 2019, "citation": "Quill M, Vance L 2019. Reed beds as carbon stores. Wetland Review. 7, "
                 "101-117.", "type": "Journal Article", "url": ""}]
    profile = imported_site(tmp_path, {
        "src/data/site.json": json.dumps({"siteName": "Mara Quill", "author": "Mara Quill"}),
        "src/data/publications.json": json.dumps({"books": books, "journalArticles": articles}, indent=2),
        "src/pages/publications.astro": "---\nimport pubs from '../data/publications.json';\n---\n<h1>Publications"
                                        "</h1>\n{pubs.books.map(p => <a href={p.url}>{p.citation}</a>)}\n"
                                        "{pubs.journalArticles.map(p => <a href={p.url}>{p.citation}</a>)}\n",
    })
    pubs = {p.title: p for p in profile.publications}
    assert set(pubs) == {"Tides of the Northern Marsh", "Salt and Reed: A Field Guide",
                         "Sediment drift in tidal creeks", "Reed beds as carbon stores"}
    drift = pubs["Sediment drift in tidal creeks"]
    assert [a.name for a in drift.authors][:2] == ["Ostrander T", "Quill M"] and drift.year == 2023
    assert drift.links == {"paper": "https://coastal-letters.example.org/articles/sediment-drift-in-tidal-creeks"}
    assert pubs["Reed beds as carbon stores"].links == {}


def test_crossrefs_keys_are_read_only_as_crossref_writes_them(tmp_path):
    """review74a #7: ``published`` is a year only as Crossref writes it (a year, ``{date-parts: ...}``, a text that
    is wholly a date), and ``container`` is the venue only in a record with Crossref's other keys. Before: "published:
    In Proceedings of the Sea Conference 2019, pp. 1-9" gave the year 2019 and its text was lost (no unparsed line),
    "container: Docker image varga/icecover" alone was the venue; after: the text is reported, the image no venue."""
    loop = "{% for p in site.data.pubs %}\n<p>{{ p.title }}<br>{{ p.authors }}<br>{{ p.published }}</p>\n" \
           "{% endfor %}\n"
    write_site(tmp_path, {
        "_config.yml": 'title: "Ines Varga"\nauthor:\n  name: "Ines Varga"\n',
        "publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n" + loop,
        "_data/pubs.yml": ('- title: "Tidal mixing in fjords"\n  authors: Ines Varga, Olle Lund\n'
                           '  published: "In Proceedings of the Sea Conference 2019, pp. 1-9"\n'
                           '- title: "Ice cover of shallow bays"\n  authors: Ines Varga\n'
                           '  container: "Docker image varga/icecover"\n  year: 2018\n'
                           '- title: "Salt wedges in narrow straits"\n  authors: Ines Varga, Tove Rade\n'
                           '  container: Journal of Straits\n  published: 2022-01-04\n'),
    })
    profile = import_path(tmp_path).profile
    assert [(p.title, p.venue, p.year) for p in profile.publications] == [
        ("Tidal mixing in fjords", None, None), ("Ice cover of shallow bays", None, 2018),
        ("Salt wedges in narrow straits", "Journal of Straits", 2022)]
    assert any("Sea Conference 2019" in u.text for u in profile.unparsed if u.file == "_data/pubs.yml")


def test_an_imported_json_of_whole_citations_each_beside_its_abstract(tmp_path):
    # each record holds its citation and a long abstract: two long texts, the citation named so by its key; before:
    # the whole list dropped, "no list of works the site shows in it"
    articles = [{"year": 2023, "citation": "Ostrander T; Quill M (2023) Sediment drift in tidal creeks. Coastal "
                 "Letters, 12, pp. 40-52.", "abstract": "We measure sediment drift in ten tidal creeks over three "
                 "years and find strong seasonal cycles."},
                {"year": 2019, "citation": "Quill M, Vance L 2019. Reed beds as carbon stores. Wetland Review. 7, "
                 "101-117.", "abstract": "Reed beds store carbon; we quantify how much across twelve estuaries."}]
    profile = imported_site(tmp_path, {
        "src/data/site.json": json.dumps({"siteName": "Mara Quill", "author": "Mara Quill"}),
        "src/data/publications.json": json.dumps({"journalArticles": articles}, indent=2),
        "src/pages/publications.astro": "---\nimport pubs from '../data/publications.json';\n---\n<h1>Publications"
                                        "</h1>\n{pubs.journalArticles.map(p => <p>{p.citation}</p>)}\n",
    })
    assert [(p.title, p.year) for p in profile.publications] == [
        ("Sediment drift in tidal creeks", 2023), ("Reed beds as carbon stores", 2019)]


def test_a_crossref_published_date_with_its_time_is_a_date():
    # "published: 2022-01-04T10:00:00Z" loads as a datetime, whose text carries the time: a date all the same (it was
    # refused, the record left with no year)
    import datetime

    from kg.importers.site.records import _crossref_date

    assert _crossref_date(datetime.datetime(2022, 1, 4, 10)) and _crossref_date(datetime.date(2022, 1, 4))
    assert _crossref_date("2022-01-04") and not _crossref_date("In Proceedings of the Sea Conference 2019")


def test_a_records_byline_and_year_are_read_by_their_keys_words():
    """A data file's record may name its byline with a word that says how it is written ('authors_display', the
    line the page shows) and its years year first ('yearPublished', 'yearPreprint'): the authors and the year, as
    'authors' and 'publication_year' are (before, the paper had no authors and no year). The published year goes
    before the preprint's; an author's role ('author_role') names no one."""
    from kg.importers.site.records import DATA_KEYS, is_publication, publication_from_record

    def read(**keys):
        pub = publication_from_record({"title": "Moss on north walls", **keys}, DATA_KEYS, None, set())
        return [a.name for a in pub.authors], pub.year

    assert read(authors_display="Ilse Brandt and Oto Varga", venue="Bryology") == (["Ilse Brandt", "Oto Varga"], None)
    assert read(author="Ilse Brandt", yearPreprint=2018, yearPublished=2019) == (["Ilse Brandt"], 2019)
    assert read(author="Ilse Brandt", yearPreprint=2021) == (["Ilse Brandt"], 2021)
    # a date is the work's own: the preprint's year does not drop it (review 75d: year 2019, date None)
    assert read(author="Ilse Brandt", date="2021-05-10", yearPreprint=2019) == (["Ilse Brandt"], 2021)
    assert read(author_role="first", venue="Bryology", year=2020) == ([], 2020)
    assert is_publication({"title": "Moss on north walls", "authors_display": "Brandt et al."})


_WHOLE_CV = """# the whole CV, which the site's pages and a PDF template both read
meta:
  name: Mira Okafor
  email: mira@example.org
education:
  - institution: Lakeside University
    degree: Bachelor of Arts
    date: "2019"
publications:
  journal_articles:
    - title: "Tidal rhythms in estuary mud snails"
      authors:
        - name: "Okafor, M."
          self: true
        - name: "Brandt, L."
      venue: "Journal of Shore Ecology"
      date: May 2024
  conference_papers:
    - title: "Counting snails with sound"
      authors:
        - name: "Brandt, L."
        - name: "Okafor, M."
          self: true
      venue: "Proceedings of the Coastal Acoustics Meeting"
      date: June 2023
"""


def test_a_whole_cv_data_file_names_its_owner_and_its_works_are_read(tmp_path):
    # a JavaScript framework's site (SvelteKit) whose one data file holds the whole CV: its header names the owner
    # (before: no owner, the site refused) and its works under "publications" are read beside its degrees (before: a
    # data file taken as a CV was read for degrees, positions and awards only)
    profile = imported_site(tmp_path, sveltekit_site({"src/data/cv.yaml": _WHOLE_CV}))
    assert profile.person.name == "Mira Okafor"
    works = {p.title: p for p in profile.publications}
    assert set(works) == {"Tidal rhythms in estuary mud snails", "Counting snails with sound"}
    assert [(a.name, a.is_self) for a in works["Counting snails with sound"].authors] == [
        ("L. Brandt", False), ("M. Okafor", True)]
    assert [e.institution for e in profile.person.education] == ["Lakeside University"]


def test_a_whole_cv_in_json_gives_its_works_and_not_its_talks(tmp_path):
    # the same whole CV written as JSON (before: its works unread, only YAML's top-level keys were looked at), and a
    # list of talks under "publications" ("invited_talks": a key's words however joined) is no list of works
    cv = {"meta": {"name": "Mira Okafor"},
          "publications": {
              "invited_talks": [{"title": "Snails at night", "venue": "Shore Days", "year": 2022},
                                {"title": "Mud and tides", "venue": "Estuary Forum", "year": 2021}],
              "journal_articles": [
                  {"title": "Tidal rhythms in estuary mud snails", "authors": ["Okafor, M.", "Brandt, L."],
                   "venue": "Journal of Shore Ecology", "year": 2024},
                  {"title": "Counting snails with sound", "authors": ["Brandt, L.", "Okafor, M."],
                   "venue": "Coastal Acoustics", "year": 2023}]}}
    profile = imported_site(tmp_path, sveltekit_site({"src/data/cv.json": json.dumps(cv, indent=2) + "\n"}))
    assert profile.person.name == "Mira Okafor"
    assert sorted(p.title for p in profile.publications) == [
        "Counting snails with sound", "Tidal rhythms in estuary mud snails"]


def test_an_authors_field_going_on_with_the_italic_venue_gives_the_names_and_the_venue():
    # '**Mara Quist** & Odo Venn. *Journal of Dunes 41*(2).': a byline the theme prints as written, the names then
    # (after the last name's stop) the venue in italics with its volume; no name is "Odo Venn. *Journal of Dunes 41"
    from kg.importers.site.records import PAGE_KEYS, publication_from_record

    pub = publication_from_record({"title": "Dune drift", "date": "2019-03-01",
                                   "author": "**Mara Quist** & Odo Venn. *Journal of Dunes 41*(2)."}, PAGE_KEYS, None)
    assert [a.name for a in pub.authors] == ["Mara Quist", "Odo Venn"]
    assert pub.venue == "Journal of Dunes" and pub.volume == "41"
    # the venue a record's own key gives wins; the byline's italic tail is still no name
    pub = publication_from_record({"title": "Dune drift", "journal": "Dune Letters",
                                   "author": "Mara Quist et al., including Odo Venn. *Journal of Dunes*."}, PAGE_KEYS, None)
    assert [a.name for a in pub.authors] == ["Mara Quist", "Odo Venn"] and pub.venue == "Dune Letters"
    # (review77d #4) the issue, pages and year after the italic venue are the citation's too, read with it
    pub = publication_from_record({"title": "Dune drift", "author": "Mara Quist & Odo Venn. *Water Resources Research "
                                   "54*(3), 1234-1250, 2018."}, PAGE_KEYS, None)
    assert (pub.venue, pub.volume, pub.pages, pub.year) == ("Water Resources Research", "54", "1234-1250", 2018)
    # (review77d #5) an italic legend or an italic name after the names is no venue: the legend's words are no
    # name, the italic name is one
    for author, names in (("Mara Quist, Odo Venn, Lia Bahr. *Corresponding author*", ["Mara Quist", "Odo Venn",
                                                                                     "Lia Bahr"]),
                          ("Mara Quist, Odo Venn. *These authors contributed equally*", ["Mara Quist", "Odo Venn"]),
                          ("Odo Venn, Lia Bahr. _M. Quist_", ["Odo Venn", "Lia Bahr", "M. Quist"])):
        pub = publication_from_record({"title": "Dune drift", "author": author}, PAGE_KEYS, None)
        assert (pub.venue, [a.name for a in pub.authors]) == (None, names), author
    # a journal's name of whole words, alone in italics, stays the venue
    pub = publication_from_record({"title": "Dune drift", "author": "Odo Venn & Lia Bahr. *Science Advances*."},
                                  PAGE_KEYS, None)
    assert pub.venue == "Science Advances"


def test_a_collection_key_the_sites_include_writes_as_a_link_takes_a_site_path(tmp_path):
    # "_talks_and_papers/*.md" with "handout_url: /files/x.pdf": no key kg knows by name, but the site's include
    # assigns it and writes it as an icon's whole address ("{% assign h = pub.handout_url %}<a href="{{ h }}">"):
    # the template decides that it is a link (before: a site-relative value under an unknown key was dropped)
    row = ('{% assign h = pub.handout_url %}{% assign s = pub.supplemental_url %}<tr><td>{{ pub.title }}</td>'
           '<td><a href="{{ h }}"><i class="fa fa-file"></i></a><a href="{{ s }}"><i class="fa fa-alt"></i></a></td></tr>\n')
    paper = ('---\ntitle: "{t}"\nyear: {y}\nauthors: "O. Varga, L. Pemberton"\nvenue: "Proc. of the Harbour Workshop"\n'
             'handout_url: /files/{k}-handout.pdf\nsupplemental_url: /files/{k}-supp.pdf\n---\n')
    profile = imported_site(tmp_path / "site", {
        "_config.yml": 'title: "Oskar Varga"\nurl: https://ovarga.example.org\nbaseurl: ""\n',
        "_includes/pubrow.html": row,
        "_pages/research.md": "---\npermalink: /\n---\n\nI study tide gauges.\n\n{% for pub in site.tides %}"
                              "{% include pubrow.html %}{% endfor %}\n",
        "_tides/2021-a.md": paper.format(t="Tide gauges that drift", y=2021, k="drift"),
        "_tides/2023-b.md": paper.format(t="Surge heights from old charts", y=2023, k="surge"),
    })
    pubs = {p.title: p for p in profile.publications}
    drift = pubs["Tide gauges that drift"]
    assert "https://ovarga.example.org/files/drift-handout.pdf" in drift.links.values()
    assert drift.links.get("supplement") == "https://ovarga.example.org/files/drift-supp.pdf"


def test_a_teaser_picture_or_a_venue_page_the_template_links_is_no_works_link(tmp_path):
    # '<a href="{{ post.teaser }}" data-lightbox>', '<a href="{{ post.venue_link }}">': the template links a picture
    # and the venue's page, no link of the work (before: both among the paper's links); "slide_url" stays slides
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Oskar Varga\nurl: https://ovarga.example.org\nauthor:\n  name: Oskar Varga\n"
                       "collections:\n  publications:\n    output: true\n",
        "_includes/archive-single.html": '<h2><a href="{{ base_path }}{{ post.url }}">{{ post.title }}</a></h2>'
                                         '<a href="{{ post.teaser }}" data-lightbox="x"><img src="{{ post.teaser }}"></a>'
                                         '<a href="{{ post.slide_url }}">Slides</a>'
                                         '<a href="{{ post.venue_link }}">{{ post.venue }}</a><p>{{ post.citation }}</p>\n',
        "_pages/about.md": '---\npermalink: /\ntitle: "About"\n---\nI am an Assistant Professor of Biology.\n',
        "_pages/publications.md": '---\nlayout: archive\ntitle: "Publications"\npermalink: /publications/\n---\n'
                                  "{% for post in site.publications reversed %}\n  {% include archive-single.html %}\n"
                                  "{% endfor %}\n",
        "_publications/2020-01-01-a.md": "---\ntitle: \"Tide gauges that drift\"\ncollection: publications\n"
                                         "date: 2020-01-01\nvenue: 'Journal of Tides'\nvenue_link: '/venues/tides'\n"
                                         "teaser: '/images/teaser1.png'\nslide_url: '/files/slides1.pdf'\n"
                                         "citation: 'Varga, Oskar. (2020). Tide gauges that drift. <i>Journal of Tides</i>.'\n"
                                         "---\nAbstract.\n",
    })
    pub = next(p for p in profile.publications if p.title == "Tide gauges that drift")
    assert pub.links == {"slides": "https://ovarga.example.org/files/slides1.pdf"}


def test_a_site_path_under_a_linked_key_of_no_link_kind_stays_a_link(tmp_path):
    # (rr77c s1: requiring a link kind of the key sent "preprint: /preprints/..." and "html_version: /papers/x.html"
    # to unparsed; only a picture or a teaser/image/venue/author key is no work's link)
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Jane Roe\nurl: https://janeroe.github.io\nauthor:\n  name: Jane Roe\n"
                       "collections:\n  publications:\n    output: true\n",
        "_includes/archive-single.html": '<h2><a href="{{ base_path }}{{ post.url }}">{{ post.title }}</a></h2>'
                                         '<a href="{{ post.preprint }}">Preprint</a>'
                                         '<a href="{{ post.html_version }}">HTML</a><p>{{ post.citation }}</p>\n',
        "_pages/about.md": '---\npermalink: /\ntitle: "About"\n---\nI am an Assistant Professor of Biology.\n',
        "_pages/publications.md": '---\nlayout: archive\ntitle: "Publications"\npermalink: /publications/\n---\n'
                                  "{% for post in site.publications reversed %}\n  {% include archive-single.html %}\n"
                                  "{% endfor %}\n",
        "_publications/2020-01-01-a.md": "---\ntitle: \"Paper number 1 on tides\"\ncollection: publications\n"
                                         "date: 2020-01-01\nvenue: 'Journal of Tides'\n"
                                         "preprint: '/preprints/roe2020-tides'\nhtml_version: '/papers/paper1.html'\n"
                                         "citation: 'Roe, Jane. (2020). Paper number 1 on tides. <i>Journal of Tides</i>.'\n"
                                         "---\nAbstract.\n",
    })
    pub = next(p for p in profile.publications if p.title == "Paper number 1 on tides")
    assert pub.links == {"preprint": "https://janeroe.github.io/preprints/roe2020-tides",
                         "html_version": "https://janeroe.github.io/papers/paper1.html"}


def test_headed_by_another_reads_only_level_one_headings_at_a_lines_start():
    # (rr77c hb.py: the shared HEADING also took an indented "   # Name" and missed "<h2>x <h1>Name</h1>")
    from kg.importers.base import SourceDoc
    from kg.importers.site.assemble import headed_by_another
    from kg.model import Person

    owner = Person(name="Rafe Imai")
    assert not headed_by_another(SourceDoc(Path("cv.md"), "# Education\n\n   # Albert Einstein\n"), owner)
    assert headed_by_another(SourceDoc(Path("cv.md"), "<h2>Education <h1>Albert Einstein</h1>"), owner)


def _hugo_blox_site(tmp_path, papers: dict[str, str]):
    """A Hugo Blox site of Rosa Quill's (her page under ``content/authors/me``) with ``papers``: folder name ->
    the paper page's front matter."""
    files = {"hugo.yaml": "title: Rosa Quill\n",
             "content/authors/me/_index.md": "---\ntitle: Rosa Quill\nsuperuser: true\nrole: Professor\n---\n"}
    files |= {f"content/publication/{k}/index.md": f"---\n{v}---\n" for k, v in papers.items()}
    return imported_site(tmp_path, files)


def test_hugo_blox_venue_written_as_a_mapping_gives_its_name_short_name_volume_and_pages(tmp_path):
    """Hugo Blox since 2024 writes the venue as a mapping (``publication: {name: ..., short_name: ..., volume: 34,
    issue: 8, pages: ...}``); the reader took only the string form, so such a paper had no venue. Its name is the
    full name, its short name the venue, its volume and pages the work's; the issue, which kg keeps no field for,
    stays in ``unparsed``."""
    profile = _hugo_blox_site(tmp_path, {"ripples": (
        'title: "Sand ripples in shallow rivers"\nauthors:\n  - me\n  - Tomas Brel\ndate: "2021-05-01T00:00:00Z"\n'
        'publication_types: ["article-journal"]\npublication:\n  name: "Journal of Sand Studies"\n'
        '  short_name: "JSS"\n  volume: "12"\n  issue: "3"\n  pages: "1-9"\nhugoblox:\n  ids:\n'
        '    doi: "10.1234/jss.2021.1"\n')})
    [pub] = profile.publications
    assert (pub.venue, pub.venue_full, pub.volume, pub.pages, pub.year, pub.doi) == (
        "JSS", "Journal of Sand Studies", "12", "1-9", 2021, "10.1234/jss.2021.1")
    assert [(a.name, a.is_self) for a in pub.authors] == [("Rosa Quill", True), ("Tomas Brel", False)]
    assert [u.text.strip() for u in profile.unparsed] == ['issue: "3"']


def test_hugo_blox_venue_mapping_with_its_name_alone(tmp_path):
    [pub] = _hugo_blox_site(tmp_path, {"access": (
        'title: "Wind tunnels for dunes"\nauthors: [me]\ndate: "2025-09-04T00:00:00Z"\n'
        'publication:\n  name: "Dune Access"\n')}).publications
    assert (pub.venue, pub.venue_full, pub.volume) == ("Dune Access", None, None)


def test_a_hugo_paper_page_naming_no_authors_is_the_owners_alone_its_list_marked_incomplete(tmp_path):
    """A paper page of the owner's Hugo site with no ``authors:`` key at all, nor a byline in its body: the owner's
    work, as an academicpages record so written is; the list marked incomplete. Before, the paper had no author."""
    [pub] = _hugo_blox_site(tmp_path, {"essay": (
        'title: "A lone essay on dunes"\ndate: "2019-05-01T00:00:00Z"\npublication: "*Dune Quarterly*, 3(1)"\n'
    )}).publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("Rosa Quill", True)]
    assert pub.authors_truncated and pub.venue == "Dune Quarterly"


def _vell_papers(tmp_path, papers: dict[str, str]):
    files = academicpages_home("Mara Vell", "I study sand.\n")
    files |= {f"_publications/{k}.md": v for k, v in papers.items()}
    return {p.title: p for p in imported_site(tmp_path, files).publications}


def test_an_academicpages_record_lacking_venue_and_year_takes_them_from_its_citation(tmp_path):
    """An academicpages record whose front matter gives its title and a ``citation:`` but no ``venue:`` or date:
    the citation's venue (without the volume academicpages' template writes after it, '<i>Journal</i>. 4(2).'),
    volume and year fill what the record lacks; what it states stands (its own venue, 'GRAIN')."""
    pubs = _vell_papers(tmp_path, {
        "ripples": "---\ntitle: \"Ripples of fine sand\"\ncollection: publications\n"
                   "citation: 'Vell, M., Osk, T., &amp; Brun, L. (2019). &quot;Ripples of fine sand.&quot; "
                   "<i>Journal of Grain Physics</i>. 4(2).'\n---\n",
        "wind": "---\ntitle: \"Wind over grain\"\ncollection: publications\nvenue: 'GRAIN'\n"
                "citation: 'M. Vell et al., \"Wind over grain,\" in 2022 IEEE 5th Conference on Granular Media "
                "(GRAIN), Oslo, Norway, 2022, pp. 10-19.'\n---\n"})
    ripples, wind = pubs["Ripples of fine sand"], pubs["Wind over grain"]
    assert (ripples.venue, ripples.volume, ripples.year) == ("Journal of Grain Physics", "4", 2019)
    assert [a.name for a in ripples.authors] == ["M. Vell", "T. Osk", "L. Brun"]
    assert (wind.venue, wind.year, wind.pages) == ("GRAIN", 2022, "10-19")


def test_an_academicpages_record_keeping_the_samples_venue_and_date_over_its_own_citation(tmp_path):
    """``venue: 'Journal 1'`` and ``date: 2009-10-01``, academicpages' sample left in place, over a citation of
    the owner's own work: the citation's venue and year are the work's."""
    [pub] = _vell_papers(tmp_path, {"dunes": (
        "---\ntitle: \"Dunes on a budget\"\ncollection: publications\ndate: 2009-10-01\nvenue: 'Journal 1'\n"
        "citation: 'Tove Osk, Mara Vell, Lars Brun. (2021). &quot;Dunes on a budget.&quot; "
        "<i>Sediment Letters</i>. 2(1).'\n---\n")}).values()
    assert (pub.venue, pub.year, pub.date) == ("Sediment Letters", 2021, None)
    assert [(a.name, a.is_self) for a in pub.authors] == [("Tove Osk", False), ("Mara Vell", True),
                                                          ("Lars Brun", False)]


@pytest.mark.parametrize("body", [
    'Recommended citation: Osk, T. and Vell, M. (2018). "A sand survey." <i>Coastal Review</i>, 7, 1-12.\n',
    # the label on a line of its own, the citation the paragraph under it (no abstract)
    'Recommended citation:\n\nOsk, T. and Vell, M. (2018). "A sand survey." <i>Coastal Review</i>, 7, 1-12.\n',
])
def test_an_academicpages_page_printing_its_citation_in_its_body_only(tmp_path, body):
    """A ``_publications`` page with no ``citation:`` up top that prints "Recommended citation: ..." in its body
    (academicpages' generator writes it so): the same citation, read as the record's would be. Before, the owner
    was the paper's sole author, the list marked incomplete, and it had no venue nor year."""
    [pub] = _vell_papers(tmp_path, {"survey": (
        "---\ntitle: \"A sand survey\"\ncollection: publications\n---\n\n" + body)}).values()
    assert [(a.name, a.is_self) for a in pub.authors] == [("T. Osk", False), ("M. Vell", True)]
    assert not pub.authors_truncated
    assert (pub.venue, pub.year, pub.abstract) == ("Coastal Review", 2018, None)


def test_a_hugo_paper_page_naming_its_authors_only_in_its_bodys_citation(tmp_path):
    """No ``authors:`` key, the body printing "Recommended citation:" over the citation: the citation's names are
    the paper's (the owner second), not the owner alone; the citation is no abstract."""
    [pub] = _hugo_blox_site(tmp_path, {"essay": (
        'title: "A lone essay on dunes"\ndate: "2019-05-01T00:00:00Z"\npublication: "*Dune Quarterly*, 3(1)"\n'
        '---\n\nRecommended citation:\n\nBrel, T. and Quill, R. (2019). "A lone essay on dunes." *Dune Quarterly*, 3(1).\n'
        '<!-- -->\n')}).publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("T. Brel", False), ("R. Quill", True)]
    assert not pub.authors_truncated and pub.abstract is None


def test_a_byline_with_its_year_in_brackets_gives_the_year_not_a_name_s_part():
    # vkaranam (smoke109) pages/publications.jsx: 'ref: "Karanam, V.; Lu, Z.; Kim, J. (2024)"' -- the year was
    # read into the last name ("J. (2024) Kim"), and the owner's name taken from the records was "V. (2025) ..."
    from kg.importers.site.record_files import _normalized

    out, spelled = _normalized({"title": "Sand waves", "authors": "Lind, K.; Roe, J. (2024)", "outlet": "Sand Letters"})
    assert (out["authors"], out["year"], spelled["year"]) == (["K. Lind", "J. Roe"], "2024", "authors")
    # a record's own year key wins; the bracket still leaves the name
    out, _ = _normalized({"title": "Sand waves", "authors": "Lind, K.; Roe, J. (2024)", "year": 2023})
    assert (out["authors"], out["year"]) == (["K. Lind", "J. Roe"], 2023)
    # a byline the semicolon list reader does not read keeps its bracket as written, no year taken from it
    out, _ = _normalized({"title": "Sand waves", "authors": "Kai Lind and Jo Roe (2024)"})
    assert out["authors"] == "Kai Lind and Jo Roe (2024)" and "year" not in out


def test_a_document_of_the_paper_collection_typed_software_is_reported_as_skipped_at_its_type_line(tmp_path):
    # academicpages keeps an R package ("type: software") in _publications/ beside the papers; whatever kg takes
    # as works, the record it leaves out is said, with its file, the line of its type and the reason
    p = imported_site(tmp_path, {
        **academicpages_home("Wei Lin", "I study bridges.\n", titled=True),
        "_publications/2022-01-01-cables.md": "---\ntitle: \"Cable forces of long bridges\"\ndate: 2022-05-01\n"
                                              "venue: 'Journal of Bridges'\nauthors:\n  - \"Lin, W.\"\n  - \"Roe, A.\"\n---\n",
        "_publications/2021-01-01-rivets.md": "---\ntitle: \"rivetr: An R package for rivet counts\"\n"
                                              "date: 2021-03-02\nvenue: 'CRAN'\ntype: software\nauthors:\n"
                                              "  - \"Lin, W.\"\n  - \"Roe, A.\"\n  - \"Lee, B.\"\n---\n"})
    assert [pub.title for pub in p.publications] == ["Cable forces of long bridges"]
    notes = [(u.file, u.line, u.section, u.text) for u in p.unparsed if u.section == "skipped"
             and u.file == "_publications/2021-01-01-rivets.md"]
    assert notes == [("_publications/2021-01-01-rivets.md", 5, "skipped",
                      "not read as a work (type: software): rivetr: An R package for rivet counts")]


def test_a_data_list_of_whole_citations_with_its_year_headings_as_items_of_their_own(tmp_path):
    # a Hugo lab theme's data/publications.yml: one list under "item:" where "- year: 2022" items (the partial
    # prints each as the year's <h4>) stand between the "- reference:" items, each a whole citation; before: the
    # first year item, holding no citation, made the whole list "no list of works the site shows in it"
    profile = imported_site(tmp_path, {
        "config.toml": 'title = "Quill Lab"\n[params]\n  author = "Mara Quill"\n',
        "content/publications/_index.md": "---\ntitle: Publications\n---\n",
        "layouts/partials/publications.html": ("{{ range .Site.Data.publications.item }}{{ with .year }}<h4>{{ . }}"
                                               "</h4>{{ end }}{{ with .reference }}<p>{{ . }}</p>{{ end }}{{ end }}\n"),
        "data/publications.yml": (
            "enable: true\nitem:\n"
            "  - year: 2022\n"
            '  - reference: "Ostrander, T., & Quill, M. (2022). Sediment drift in tidal creeks. Coastal Letters, '
            '12(3), 40-52."\n'
            '  - reference: "Quill, M., Vance, L. (2022). Reed beds as carbon stores. Wetland Review, 7, 101-117."\n'
            "\n  - year : 2019\n"
            '  - reference: "Vance, L., Quill, M. (2019). Salt marsh edges under storm surge. Estuary Notes, 3: 9-20."\n'),
    })
    assert [(p.title, p.year, p.venue) for p in profile.publications] == [
        ("Sediment drift in tidal creeks", 2022, "Coastal Letters"),
        ("Reed beds as carbon stores", 2022, "Wetland Review"),
        ("Salt marsh edges under storm surge", 2019, "Estuary Notes")]
    assert [a.name for a in profile.publications[0].authors if a.is_self] == ["M. Quill"]
    # the year items are the list's headings, read as such
    assert not [u for u in profile.unparsed if u.file == "data/publications.yml" and "year" in u.text]


def test_a_list_item_is_a_heading_only_when_it_holds_a_year_or_a_few_words_under_a_headings_key():
    from kg.importers.site.record_files import _heading_item

    assert _heading_item({"year": 2019}) and _heading_item({"section": "Book chapters"})
    assert not _heading_item({"year": 2019, "citation": "Roe, A. (2019). Tides."})
    assert not _heading_item({"title": "Tides"}) and not _heading_item({"year": True})
    assert not _heading_item({"heading": "a heading that runs on for far too many words to be one"})


def test_a_collection_of_working_papers_a_page_assigns_before_its_loop(tmp_path):
    # an academicpages site's own collection "_research/" of working papers: title, coauthors, status, year and
    # a PDF each, no venue; the research page sorts the collection into a name and loops over that name
    research = ("---\ntitle: Research\npermalink: /research/\n---\n\n"
                "{% assign papers = site.research | sort: \"date\" | reverse %}\n<ul>\n{% for p in papers %}\n"
                "<li>{{ p.title }} {{ p.status }} {% if p.coauthors %}with {{ p.coauthors }}{% endif %}</li>\n"
                "{% endfor %}\n</ul>\n")
    profile = imported_site(tmp_path, {
        **academicpages_home("Nadia Orlov", "I study how towns share rivers.\n"),
        "_config.yml": "title: Nadia Orlov\nauthor:\n  name: Nadia Orlov\n"
                       "collections:\n  research:\n    output: true\n",
        "_pages/research.md": research,
        "_research/tolls.md": "---\ntitle: \"Tolls on Shared Rivers\"\ncoauthors: \"Pavel Brandt, Irma Solis\"\n"
                              "status: \"Working paper\"\nyear: 2024\npdf: /files/tolls.pdf\n---\nAbstract.\n",
        "_research/ferries.md": "---\ntitle: \"Ferries and Markets\"\nstatus: \"Under second round review\"\n"
                                "year: 2023\npdf: /files/ferries.pdf\n---\nAbstract.\n",
    })
    got = {p.title: ([a.name for a in p.authors], p.year) for p in profile.publications}
    assert got == {"Tolls on Shared Rivers": (["Nadia Orlov", "Pavel Brandt", "Irma Solis"], 2024),
                   "Ferries and Markets": (["Nadia Orlov"], 2023)}
    assert all(p.authors[0].is_self for p in profile.publications)


def test_a_page_collection_whose_items_name_no_status_nor_venue_stays_pages(tmp_path):
    # the same collection of project pages ("status: active" is no paper's state): no works
    research = "---\ntitle: Projects\npermalink: /projects/\n---\n{% assign ps = site.projects %}{% for p in ps %}{{ p.title }}{% endfor %}\n"
    profile = imported_site(tmp_path, {
        **academicpages_home("Nadia Orlov", "I study how towns share rivers.\n"),
        "_config.yml": "title: Nadia Orlov\nauthor:\n  name: Nadia Orlov\ncollections:\n  projects:\n    output: true\n",
        "_pages/projects.md": research,
        "_projects/a.md": "---\ntitle: River Atlas\nstatus: active\nyear: 2024\n---\nA map.\n",
        "_projects/b.md": "---\ntitle: Bridge Survey\nstatus: finished\nyear: 2022\n---\nA survey.\n",
    })
    assert profile.publications == []


def test_a_research_collection_of_projects_in_progress_is_no_list_of_works(tmp_path):
    # a collection named like papers' ("_research/") whose items are projects: "status: In progress" is a
    # project's state as often as a paper's, so a title and that status alone are no work
    page = ("---\ntitle: Research\npermalink: /research/\n---\n"
            "{% assign items = site.research | sort: \"date\" %}{% for p in items %}{{ p.title }} {{ p.status }}{% endfor %}\n")
    profile = imported_site(tmp_path, {
        **academicpages_home("Nadia Orlov", "I study how towns share rivers.\n"),
        "_config.yml": "title: Nadia Orlov\nauthor:\n  name: Nadia Orlov\ncollections:\n  research:\n    output: true\n",
        "_pages/research.md": page,
        "_research/a.md": "---\ntitle: River sensor network\nstatus: In progress\n---\nSensors along the river.\n",
        "_research/b.md": "---\ntitle: Ferry timetable archive\nstatus: In progress\n---\nScanned timetables.\n",
    })
    assert profile.publications == []


def test_posts_of_a_publications_category_are_dated_by_their_file_names(tmp_path):
    # a Jekyll site whose papers are posts ("categories: publications") a page lists with their year: Jekyll dates
    # a post by its file name when the front matter gives no date
    home = ("---\nlayout: default\n---\n\nI study glaciers.\n\n## Publications\n\n<ul>\n"
            "{% for post in site.categories.publications %}\n<li>{{ post.authors }}. <a href=\"{{ post.url }}\">"
            "{{ post.title }}</a>. <em>{{ post.venue }}</em>, {{ post.date | date: \"%Y\" }}</li>\n{% endfor %}\n</ul>\n")
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Ivo Marsh\nauthor:\n  name: Ivo Marsh\n",
        "index.md": home,
        "_posts/2021-03-01-ice-flow.md": "---\nlayout: post\ntitle: \"Ice flow over soft beds\"\ncategories: publications\n"
                                         "authors: \"I. Marsh, P. Tove\"\nvenue: \"Journal of Glaciology\"\n---\nAbstract.\n",
        "_posts/2019-05-01-calving.md": "---\nlayout: post\ntitle: \"Calving of small tidewater glaciers\"\n"
                                        "categories: publications\nauthors: \"A. Berg, I. Marsh\"\nvenue: \"The Cryosphere\"\n"
                                        "---\nAbstract.\n",
    })
    assert sorted((p.title, p.year) for p in profile.publications) == [
        ("Calving of small tidewater glaciers", 2019), ("Ice flow over soft beds", 2021)]


def test_a_working_papers_coauthors_that_name_the_owner_too_are_its_whole_byline(tmp_path):
    # "coauthors:" that lists the owner among the others: the byline as written, the owner not added twice;
    # the status ("Submitted", a badge-style "pub_status:") read as where the paper stands
    page = ("---\ntitle: Research\npermalink: /research/\n---\n"
            "{% assign papers=site.research %}{% for p in papers %}{{ p.title }} {{ p.coauthors }}{% endfor %}\n")  # (no spaces)
    profile = imported_site(tmp_path, {
        **academicpages_home("Nadia Orlov", "I study how towns share rivers.\n"),
        "_config.yml": "title: Nadia Orlov\nauthor:\n  name: Nadia Orlov\ncollections:\n  research:\n    output: true\n",
        "_pages/research.md": page,
        "_research/a.md": "---\ntitle: Tolls on Shared Rivers\ncoauthors: Pavel Brandt and Nadia Orlov\n"
                          "status: Submitted\nyear: 2024\n---\nx\n",
        "_research/b.md": "---\ntitle: Ferries and Markets\ncoauthors: with Irma Solis\n"
                          "pub_status: Working paper\nyear: 2023\n---\nx\n",
    })
    got = {p.title: ([a.name for a in p.authors], p.notes) for p in profile.publications}
    assert got == {"Tolls on Shared Rivers": (["Pavel Brandt", "Nadia Orlov"], ["Submitted"]),
                   "Ferries and Markets": (["Nadia Orlov", "Irma Solis"], ["Working paper"])}


def test_a_doi_the_sites_loop_writes_after_a_resolver_of_its_own_is_the_link_the_page_shows(tmp_path):
    # a lab template's loop: '<a href="http://dx.doi.org/{{ publi.doi }}">DOI</a>' over records that give the DOI
    # bare ("doi: 10.1000/x"): the link is the address the page renders, not one kg makes from the bare id
    loop = ("{% for publi in site.data.publist %}\n<p><b>{{ publi.title }}</b><br/>{{ publi.authors }}<br/>"
            "<b>{{ publi.journal }}</b> ({{ publi.year }})<br/>\n{% if publi.doi %}<a href=\"http://dx.doi.org/"
            "{{ publi.doi }}\" target=\"blank\"><button class=\"btn-doi\">DOI</button></a>{% endif %}</p>\n"
            "{% endfor %}\n")
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Brine Pore Lab\nauthor: Oda K. Senn\ninclude:\n  - _pages\n",
        "_pages/home.md": "---\ntitle: \"Brine Pore Lab: Home\"\npermalink: /\n---\n\nWe model salt in pores.\n",
        "_pages/publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n# Publications\n\n"
                                  + loop,
        "_data/publist.yml": (
            "- title: \"Salt fronts in narrow pores\"\n  authors: Oda K. Senn, Lu Pell\n"
            "  journal: Journal of Pore Water\n  year: 2021\n  doi: 10.1000/pore.21\n"
            "- title: \"Brine that climbs\"\n  authors: Lu Pell, Oda K. Senn\n"
            "  journal: Salt Letters\n  year: 2019\n"),
    })
    works = {p.title: p for p in import_path(root).profile.publications}
    salt = works["Salt fronts in narrow pores"]
    assert salt.links == {"doi": "http://dx.doi.org/10.1000/pore.21"}
    assert salt.doi == "10.1000/pore.21" and salt.more_links == []
    assert works["Brine that climbs"].links == {}


def test_a_collection_of_preprint_records_whose_arxiv_address_is_under_a_key_of_its_own(tmp_path):
    """A Jekyll collection of another name ("_paperposts/", configured in ``_config.yml``) holds one record a
    paper: title, authors and the preprint's address under keys of the site's own ("arxiv_url:", "arxiv_number:"),
    the journal fields left empty. The arXiv address says where the work appeared: each is a work (before, title
    and authors alone were taken for a theme's page and the collection was ignored); a page of the collection with
    an author and no such address stays no work."""
    files = {
        "_config.yml": "title: Nora Quist\nauthor:\n  name: Nora Quist\ncollections:\n  paperposts:\n"
                       "    output: true\n",
        "about.md": "---\nlayout: single\npermalink: /\n---\n\nNora Quist models wave signals.\n",
    }
    for day, title, arxiv in (("2020-03-01", "Higher modes of a merging pair", "2003.00001"),
                              ("2021-05-12", "Harmonics in the first catalog", "2105.00002")):
        files[f"_paperposts/{day}-x.md"] = (
            f"---\ntitle: {title}\nauthors: N. Quist, P. Lorne, R. Vale\n"
            f"arxiv_url: 'https://arxiv.org/abs/{arxiv}'\narxiv_number: 'arXiv:{arxiv}'\njournal_url: ''\n"
            f"journal_number: ''\ndate: '{day}'\nlayout: post\n---\n")
    files["_paperposts/notes.md"] = "---\ntitle: Reading notes\nauthors: N. Quist\nlayout: post\n---\n"
    # (an address inside prose is no record's: "excerpt: ... https://doi.org/..." is a page's summary)
    files["_paperposts/talk.md"] = ("---\ntitle: Seminar at the institute\nauthors: N. Quist\nlayout: post\n"
                                    "excerpt: 'I spoke about https://arxiv.org/abs/2003.00001 there'\n---\n")
    pubs = sorted(imported_site(tmp_path / "site", files).publications, key=lambda p: p.title)
    assert [(p.title, p.arxiv) for p in pubs] == [("Harmonics in the first catalog", "2105.00002"),
                                                  ("Higher modes of a merging pair", "2003.00001")]
    assert [a.name for a in pubs[0].authors] == ["N. Quist", "P. Lorne", "R. Vale"]


def test_a_lab_data_list_read_as_its_papers_page_shows_it(tmp_path):
    """A lab site's ``_data/publications.yml`` that two pages loop over: the team page (each alumnus's papers)
    first in the site's order, the papers page whose template links the title to PubMed
    (``href="https://pubmed.ncbi.nlm.nih.gov/{{paper.pmid}}"``) and prints ``{{paper.details}}``, the rest of the
    citation ("Cortex. 2020; 124:54-65."; a PubMed date before the year, "June 22, 2026;"). Before: the team
    page's loop was read, so the template's PubMed links were lost, and ``details`` was no venue (none read)."""
    team = ("---\ntitle: team\npermalink: /team/\n---\n## alumni\n{% for alum in site.data.alumni %}\n"
            "{{ alum.name }}\n{% for paper in site.data.publications %}{% if paper.authors contains alum.name %}"
            "{{ paper.title }}{% endif %}{% endfor %}\n{% endfor %}\n")
    papers = ("---\ntitle: papers\npermalink: /papers/\n---\n{% for paper in site.data.publications %}\n"
              "{{paper.authors | markdownify}}<br>\n{% if paper.pmid %}\n"
              '<a href="https://pubmed.ncbi.nlm.nih.gov/{{paper.pmid}}" target="_blank">{{paper.title}}</a>\n'
              "{% else %}{{paper.title}}{% endif %}\n{{paper.details | markdownify}}\n"
              '{% if paper.doi %}<a href="https://doi.org/{{paper.doi}}">{{paper.doi}}</a>{% endif %}\n'
              "{% endfor %}\n")
    data = ('- authors: "Roe B, **Quell M**."\n  title: "Choices under delay in aging"\n'
            '  details: "Cortex. 2020; 124:54-65."\n  year: 2020\n  pmid: 31800001\n  doi: 10.5555/cx.1\n'
            '- authors: "**Quell M**, Dunn C"\n  title: "Consent and capacity in the clinic"\n'
            '  details: "Journal of Clinic Ethics. June 22, 2026;2168-6106. Online ahead of print."\n'
            "  year: 2026\n  pmid:\n"
            '- authors: "**Quell M**"\n  title: "A note on trials"\n  details: "Some words about it."\n'
            "  year: 2019\n")
    p = imported_site(tmp_path, {**academicpages_home("Mira Quell", "I study decisions.\n"),
                                 "_pages/01-team.md": team, "_pages/02-papers.md": papers,
                                 "_data/alumni.yml": "- name: Roe B\n", "_data/publications.yml": data})
    works = {w.title: w for w in p.publications}
    assert works["Choices under delay in aging"].links.get("paper") == "https://pubmed.ncbi.nlm.nih.gov/31800001"
    assert (works["Choices under delay in aging"].venue, works["Choices under delay in aging"].volume) == ("Cortex", "124")
    assert works["Consent and capacity in the clinic"].venue == "Journal of Clinic Ethics"
    assert "paper" not in works["Consent and capacity in the clinic"].links  # (no pmid: the template links none)
    assert works["A note on trials"].venue is None  # (details that are words, no venue's name and year)


def test_a_data_lists_template_label_and_details_show_no_template_code_nor_prose(tmp_path):
    """A lab's papers page whose template labels a link with a record's value ('<a href=".../pmc/articles/
    {{paper.pmcid}}">PubMed Central {{paper.pmcid}}</a>') and prints ``{{paper.details}}``. The label is shown
    with the value filled in (before: the raw '{{paper.pmcid}}' reached the output); details that are prose naming
    a year ("We used survey data from 2019.", "Presented at the annual meeting in 2021") are no venue; a remark
    after the year ("bioRxiv. 2019. [unrefereed preprint]") is a note, not part of the venue ("bioRxiv. . [...]")."""
    papers = ("---\ntitle: papers\npermalink: /papers/\n---\n{% for paper in site.data.publications %}\n"
              "{{paper.authors | markdownify}}<br>\n"
              '<a href="https://pubmed.ncbi.nlm.nih.gov/{{paper.pmid}}" target="_blank">{{paper.title}}</a>\n'
              "{{paper.details | markdownify}}\n"
              '{% if paper.pmcid %}<a href="https://www.ncbi.nlm.nih.gov/pmc/articles/{{paper.pmcid}}">'
              "PubMed Central {{paper.pmcid}}</a><br>{% endif %}\n{% endfor %}\n")
    data = ('- authors: "Roe B, **Quell M**."\n  title: "Choices under delay in aging"\n'
            '  details: "bioRxiv. 2019. [unrefereed preprint]"\n  year: 2019\n  pmid: 31800001\n'
            "  pmcid: PMC7000001\n"
            '- authors: "**Quell M**, Dunn C"\n  title: "Consent and capacity in the clinic"\n'
            '  details: "We used survey data from 2019."\n  year: 2021\n  pmid: 31800002\n'
            '- authors: "**Quell M**"\n  title: "A note on trials"\n'
            '  details: "Presented at the annual meeting in 2021"\n  year: 2021\n  pmid: 31800003\n')
    p = imported_site(tmp_path, {**academicpages_home("Mira Quell", "I study decisions.\n"),
                                 "_pages/02-papers.md": papers, "_data/publications.yml": data})
    works = {w.title: w for w in p.publications}
    first = works["Choices under delay in aging"]
    assert (first.venue, first.year) == ("bioRxiv", 2019) and "unrefereed preprint" in first.notes
    assert first.links["paper"] == "https://pubmed.ncbi.nlm.nih.gov/31800001"
    assert [(x.label, x.url) for x in first.more_links] == [
        ("PubMed Central PMC7000001", "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7000001")]
    assert works["Consent and capacity in the clinic"].venue is None
    assert works["A note on trials"].venue is None
    assert "{{" not in repr(p)


def test_a_second_links_label_written_over_two_lines_is_shown_on_one(tmp_path):
    """A record's second link of a kind whose name the data file writes over two lines ("Code" / "(mirror)"): it
    goes to the more links under the label the page shows, its spaces folded (before: only a label holding
    template code was folded, and this one kept its line break)."""
    papers = ("---\ntitle: papers\npermalink: /papers/\n---\n{% for paper in site.data.publications %}\n"
              "{{paper.authors | markdownify}}<br>\n{{paper.title}} {{paper.venue}}, {{paper.year}}\n"
              '{% for l in paper.links %}<a href="{{l.url}}">{{l.name}}</a>{% endfor %}\n{% endfor %}\n')
    data = ('- authors: "Roe B, **Quell M**."\n  title: "Choices under delay in aging"\n  venue: Cortex\n'
            "  year: 2019\n  links:\n    - name: Code\n      url: https://git.example.org/quell/delay\n"
            "    - name: |-\n        Code\n        (mirror)\n      url: https://mirror.example.org/quell/delay\n")
    p = imported_site(tmp_path, {**academicpages_home("Mira Quell", "I study decisions.\n"),
                                 "_pages/02-papers.md": papers, "_data/publications.yml": data})
    work = next(w for w in p.publications if w.title == "Choices under delay in aging")
    assert work.links["code"] == "https://git.example.org/quell/delay"
    assert [(x.label, x.url) for x in work.more_links] == [("Code (mirror)", "https://mirror.example.org/quell/delay")]



def test_a_template_labels_tag_inside_a_word_writes_nothing():
    """A template's label 'Slide{% if p.talks %}s{% endif %}' for a second slides link: the page shows "Slides"
    (a tag writes no text, before: "Slide s"); a value filled in beside its words keeps its space."""
    from kg.importers.site.records import put_template_links
    from kg.model import Publication

    pub = Publication(title="Choices under delay in aging", links={"slides": "https://talks.example.org/1.pdf",
                                                                  "poster": "https://talks.example.org/2.pdf"})
    data = {"talk2": "https://talks.example.org/3.pdf", "poster2": "https://talks.example.org/4.pdf", "size": "A0"}
    put_template_links(pub, [("Slide{% if p.talks %}s{% endif %}", "{{ p.talk2 }}", "p"),
                             ("Poster{% if p.size %} ({{ p.size }}){% endif %}", "{{ p.poster2 }}", "p")],
                       data, None, set())
    assert [(x.label, x.url) for x in pub.more_links] == [("Slides", "https://talks.example.org/3.pdf"),
                                                          ("Poster (A0)", "https://talks.example.org/4.pdf")]


def test_an_academicpages_excerpt_that_names_the_coauthors_with_the_owner_implied(tmp_path):
    # "excerpt: 'with A and B. 12(3): 45-67.'" (the line academicpages shows under the title, written as an
    # economist's byline): the owner first, then the names the phrase gives, in its order; the volume and pages
    # after the names a note, no abstract. Before: two names became the abstract (the owner alone an author), a
    # long list gave "with Ada Brun" as its first author and no owner
    paper = ("---\ntitle: \"{title}\"\ncollection: publications\ndate: 2015-01-01\nvenue: 'Journal of Tides'\n"
             "excerpt: >-\n  {excerpt}\n---\n")
    profile = imported_site(tmp_path, {
        **academicpages_home("Noor Haddad", "I study harbour economics.\n"),
        "_publications/2015-a.md": paper.format(title="Pricing Berths in Small Harbours",
                                                excerpt="with Ada Brun and Tor Vik. 55(3): 387-405."),
        "_publications/2015-b.md": paper.format(
            title="Queues at the Lock Gates",
            excerpt="with Ada Brun, Tor Vik, Ines Costa, Omar Said, Lena Holt, and Piet Smit. Best Paper Award."),
        "_publications/2015-c.md": paper.format(title="Dredging Cycles", excerpt="with P. Lind"),
        "_publications/2015-d.md": paper.format(title="Harbour Fees Revisited",
                                                excerpt="With this paper we revisit how harbours set fees."),
        "_publications/2015-e.md": paper.format(
            title="Tolls at the River Mouth",
            excerpt="Joint work with [Ada Brun](https://brun.example.org). We show that tolls at the river mouth "
                    "shift traffic to the night."),
    })
    by_title = {p.title: p for p in profile.publications}
    berths = by_title["Pricing Berths in Small Harbours"]
    assert [(a.name, a.is_self) for a in berths.authors] == [
        ("Noor Haddad", True), ("Ada Brun", False), ("Tor Vik", False)]
    assert not berths.authors_truncated and berths.abstract is None and berths.notes == ["55(3): 387-405"]
    queues = by_title["Queues at the Lock Gates"]
    assert [a.name for a in queues.authors] == ["Noor Haddad", "Ada Brun", "Tor Vik", "Ines Costa", "Omar Said",
                                                "Lena Holt", "Piet Smit"]
    assert queues.notes == ["Best Paper Award"]
    assert [a.name for a in by_title["Dredging Cycles"].authors] == ["Noor Haddad", "P. Lind"]
    # (a sentence after "With" that names no one is the abstract's prose)
    fees = by_title["Harbour Fees Revisited"]
    assert fees.abstract == "With this paper we revisit how harbours set fees." and fees.notes == []
    # ("Joint work with A. Lee. We show ...": the names' sentence, then the abstract)
    tolls = by_title["Tolls at the River Mouth"]
    assert [a.name for a in tolls.authors] == ["Noor Haddad", "Ada Brun"]
    assert tolls.abstract == "We show that tolls at the river mouth shift traffic to the night." and tolls.notes == []


@pytest.mark.parametrize("excerpt", ["with Online Appendix and Replication Files.", "With R Package.", "With Erratum.",
                                     "with Jupyter Notebooks and Python Code.", "with NSF Support.",
                                     "with Google Research.", "With Discussion.", "with the support of the Tide Fund.",
                                     "with applications to harbour queues."])
def test_an_academicpages_excerpt_with_capitalised_words_that_name_no_one_gives_no_coauthors(tmp_path, excerpt):
    # "with" and capitalised words (what the paper comes with, an organisation, a topic): no name of a person among
    # them (no initial, no given name), so no coauthors; the excerpt stays the abstract
    profile = imported_site(tmp_path, {
        **academicpages_home("Noor Haddad", "I study harbour economics.\n"),
        "_publications/2015-a.md": "---\ntitle: \"Pricing Berths in Small Harbours\"\ncollection: publications\n"
                                   f"date: 2015-01-01\nvenue: 'Journal of Tides'\nexcerpt: '{excerpt}'\n---\n",
    })
    (paper,) = profile.publications
    assert [a.name for a in paper.authors] == ["Noor Haddad"]
    assert paper.abstract == excerpt and paper.notes == []


_CV_DATA_HOME = {
    "_config.yml": "title: Ilse Marwood\nauthor:\n  name: Ilse Marwood\n",
    "index.md": "---\ntitle: Home\n---\n\nI study glaciers and the rivers under them.\n",
}


def test_a_data_file_of_talks_named_for_them_gives_the_owners_talks(tmp_path):
    """``_data/talks.yml`` (title, an event under one of several keys, a city, a date, a link; a list under a key
    of its own, "invited:"): one talk a record, its lines read; a talk another presenter gave has no field and
    stays listed. (The file was dismissed as a lookup table: one note, the talks lost.)"""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME, "_data/talks.yml": (
        "invited:\n"
        "- title: Melt under thin shelves\n  location: Polar Days on Ice Flow\n  city: Tromso, Norway\n"
        "  date: 2024-06\n  year: 2024\n  slides_url: https://slides.example.org/melt.pdf\n"
        "  event_display: Polar Days on Ice Flow · Tromso · June 2024\n"
        "- title: Cold beds and warm water\n  where: Fjord Workshop\n  city: Bergen\n  country: Norway\n"
        "  year: 2023\n  month: May\n  presenter: Ilse Marwood\n"
        "- title: Moss on moraines\n  presenter: Per Holt\n  venue: Botany Days\n  date: 2022-03-01\n")})
    assert [(t.title, t.event, t.place, str(t.date)) for t in profile.talks] == [
        ("Melt under thin shelves", "Polar Days on Ice Flow", "Tromso, Norway", "2024-06"),
        ("Cold beds and warm water", "Fjord Workshop", "Bergen, Norway", "2023-05")]
    assert profile.talks[0].links == {"slides": "https://slides.example.org/melt.pdf"}
    # (what says again what the talk read says, "year: 2024", "event_display: ...", is read with it)
    listed = [u.text for u in profile.unparsed if u.file == "_data/talks.yml"]
    assert not [t for t in listed if "Melt" in t or "Fjord" in t or "Ilse" in t or "Tromso" in t or "2024" in t]
    assert any("Moss on moraines" in t for t in listed)


def test_a_seminar_visit_without_a_title_is_a_talk_by_its_host_place_and_date(tmp_path):
    """A talks file that lists the owner's seminar visits by host, city and date and gives no title (the owner's
    CV prints them so): each is a talk, untitled, its lines read; a host alone with no date stays listed (it may be
    a table of places); a relative slide file is placed under the site's address."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME, "_config.yml": _CV_DATA_HOME["_config.yml"]
                                       + "url: https://ilse.example.org\n", "_data/talks.yml": (
        "- presenter: Ilse Marwood\n  date: 2023-10-05\n  venue: Institute of Snow Studies\n"
        "  location: Davos, Switzerland\n"
        "- title: Meltwater paths\n  venue: Fjord Workshop\n  date: 2022-04-02\n  slides: melt-paths.pdf\n"
        "- venue: Lake Station Colloquium\n")})
    assert [(t.title, t.event, t.place, str(t.date)) for t in profile.talks] == [
        (None, "Institute of Snow Studies", "Davos, Switzerland", "2023-10-05"),
        ("Meltwater paths", "Fjord Workshop", None, "2022-04-02")]
    assert profile.talks[1].links == {"slides": "https://ilse.example.org/melt-paths.pdf"}
    listed = [u.text for u in profile.unparsed if u.file == "_data/talks.yml"]
    assert listed == ["- venue: Lake Station Colloquium"]


def test_a_talks_slide_file_is_placed_where_the_pages_loop_links_it_under_the_sites_address(tmp_path):
    """A Jekyll site of HTML pages whose configuration names its address (``url:``) and whose talks page links
    each talk's slides as ``slides/{{ talk.slides }}``: a talk record's ``slides: melt.pdf`` is that file under
    the site's address, in the folder the template names (before: no base was known to the records reader, and
    the line stayed listed)."""
    profile = imported_site(tmp_path, {
        "_config.yml": "url: https://ilse.example.org\nnavigation:\n  - text: Talks\n    url: /talks.html\n",
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
        "index.html": "---\nlayout: default\n---\n<h2>Ilse Marwood</h2>\n<p>I am a glaciologist at Hill"
                      " University.</p>\n",
        "talks.html": "---\nlayout: default\n---\n<h3>Talks</h3>\n<ul>\n{% for talk in site.data.talks %}\n"
                      "<li>{{ talk.title }}, {{ talk.venue }}\n"
                      "{% if talk.slides %}[<a href=\"slides/{{ talk.slides }}\">"
                      "slides</a>]{% endif %}</li>\n{% endfor %}\n</ul>\n",
        "_data/talks.yml": "- title: Melt under thin shelves\n  venue: Polar Days\n  date: 2024-06\n"
                           "  slides: melt.pdf\n"})
    assert [(t.title, t.links) for t in profile.talks] == [
        ("Melt under thin shelves", {"slides": "https://ilse.example.org/slides/melt.pdf"})]
    assert not [u for u in profile.unparsed if u.file == "_data/talks.yml"]


def test_a_talk_given_at_several_places_is_a_talk_at_each(tmp_path):
    """A Hugo site's ``data/talks.yaml`` whose record names the places one talk was given (``venues: [...]``,
    no venue of its own): a talk at each place, the list's lines read (the file was dismissed as a lookup table:
    no record had an event)."""
    profile = imported_site(tmp_path, {
        "hugo.toml": "title = \"Ilse Marwood\"\n[params]\n  author = \"Ilse Marwood\"\n",
        "content/_index.md": "---\ntitle: Ilse Marwood\n---\n\nI study glaciers and the rivers under them.\n",
        "data/talks.yaml": "- title: Melt under thin shelves\n  url: https://talks.example.org/melt\n  venues:\n"
                           "    - \"Polar Days, Tromso '24\"\n    - Department of Geography, Hill University\n"})
    assert [(t.title, t.event) for t in profile.talks] == [
        ("Melt under thin shelves", "Polar Days, Tromso '24"),
        ("Melt under thin shelves", "Department of Geography, Hill University")]
    assert [t.links for t in profile.talks] == [{"other": "https://talks.example.org/melt"}] * 2
    assert not [u for u in profile.unparsed if u.file == "data/talks.yaml"]


def test_data_files_of_teaching_service_and_students_give_those_lists(tmp_path):
    """``teaching.yml`` (a course's number and title apart, its term's season and year apart), ``service.yml``
    (a role and where, under any of its keys; a list whose key is the role, "program_committee:") and
    ``students.yml`` (name, level, site) are the owner's CV lists; ``people.yml``, a table of co-authors' links,
    names no student."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME,
        "_data/teaching.yml": "- course_number: GEO 210\n  course_title: Rivers of Ice\n  term: Fall\n  year: 2021\n"
                              "  role: Instructor\n  institution: Hill University\n",
        "_data/service.yml": "- position: Organizer\n  at: Glacier Data Workshop 2022\n"
                             "- role: Reviewer\n  venue: Journal of Cold Places\n  year: 2021\n"
                             "- type: Editorial Board\n  title: Associate Editor\n  venue: Ice Flow Letters\n"
                             "  year: 2025\n",
        "_data/reviewing.yml": "program_committee:\n  - venue: Ice Modelling Meeting\n    years: \"2024\"\n",
        "_data/students.yml": "- name: Ana Ruiz\n  level: phd\n  site: https://ana.example.org\n"
                              "- name: Bo Lindqvist\n  level: master\n",
        "_data/people.yml": "- name: Jon Brede\n  url: https://jon.example.org\n"
                            "- name: Per Holt\n  url: https://per.example.org\n"})
    (course,) = profile.teaching
    assert (course.course, course.term, course.role, course.institution) == (
        "GEO 210: Rivers of Ice", "Fall 2021", "Instructor", "Hill University")
    # (a role whose record reads as a work's, "title, venue, year", is a role still)
    assert sorted((s.role, tuple(s.venues), s.year) for s in profile.service) == [
        ("Associate Editor", ("Ice Flow Letters",), 2025),
        ("Organizer", ("Glacier Data Workshop 2022",), None),
        ("Program committee", ("Ice Modelling Meeting",), 2024),
        ("Reviewer", ("Journal of Cold Places",), 2021)]
    assert [(s.name, s.role, s.url) for s in profile.students] == [
        ("Ana Ruiz", "phd", "https://ana.example.org"), ("Bo Lindqvist", "master", None)]
    assert not [u for u in profile.unparsed if u.file in ("_data/teaching.yml", "_data/students.yml")]


def test_courses_grouped_under_the_role_held_in_them_are_each_a_course_of_that_role(tmp_path):
    """``teaching.yml`` grouping the courses under the role the owner held in them (``- role: Teaching Assistant /
    institution: ... / courses: [{name, term}]``): each course is one, with the group's role and institution, its
    lines read (they were listed: the group holds a list, so it was no course itself). A head teaching assistant
    heads no lab: the file is no list of a lab's members, and its course's name no owner's."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME, "_config.yml": "title: Ilse Marwood\n", "_data/teaching.yml": (
        "- role: Head Teaching Assistant\n  institution: Hill University\n  courses:\n"
        "    - name: Rivers of Ice\n      term: Fall 2021\n    - name: Frozen Ground\n      term: Spring 2022\n"
        "- role: Instructor\n  institution: Fjord College\n  courses:\n    - name: Field Methods\n"
        "      term: Summer 2023\n")})
    assert [(c.course, c.term, c.role, c.institution) for c in profile.teaching] == [
        ("Rivers of Ice", "Fall 2021", "Head Teaching Assistant", "Hill University"),
        ("Frozen Ground", "Spring 2022", "Head Teaching Assistant", "Hill University"),
        ("Field Methods", "Summer 2023", "Instructor", "Fjord College")]
    assert [u.text for u in profile.unparsed if u.file == "_data/teaching.yml"] == []
    assert profile.person.name == "Ilse Marwood"


def test_a_teaching_record_whose_role_names_the_course_it_was_held_in_is_that_course(tmp_path):
    """``teaching.yml`` whose records name no course apart, the role saying it (``role: Teaching Assistant for
    Rivers of Ice``): the course is what follows the role's words, the role those words; before, no record was a
    course and the whole file was set aside as "no list of works". A role that is no part in a course ("Research
    Assistant for ...") gives none."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME, "_data/teaching.yml": (
        "- role: Teaching Assistant for Rivers of Ice\n  institution: Hill University\n  term: Fall 2021\n"
        "  note: A graduate course of forty students.\n"
        "- role: Instructor of Field Methods\n  institution: Fjord College\n  term: Summer 2023\n"
        "- role: Research Assistant for the Glacier Survey\n  institution: Hill University\n  term: Spring 2020\n"
        "- role: Teaching Fellow, Hill University\n  term: Fall 2019\n"
        "- role: Teaching Assistant, Spring 2018\n"
        "- role: Teaching Assistant - Department of Geology\n  term: Fall 2017\n"
        "- role: Tutor for Ice Cores, Fjord College, Spring 2016\n")})
    # (the role read as the page reader reads such a line: a place or a term after the role is no course, and a
    # course's place and term stand apart from it)
    assert [(c.course, c.term, c.role, c.institution, c.description) for c in profile.teaching] == [
        ("Rivers of Ice", "Fall 2021", "Teaching Assistant", "Hill University", "A graduate course of forty students."),
        ("Field Methods", "Summer 2023", "Instructor", "Fjord College", None),
        ("Ice Cores", "Spring 2016", "Tutor", "Fjord College", None)]


def test_the_lines_of_a_data_file_of_roles_or_degrees_that_no_record_took_are_listed(tmp_path):
    """``service.yml`` and ``education.yml`` (the owner's service roles and degrees, kept with the person): a key no
    record took (a second role, "chair: Session Chair"; a logo; the list's kind, "type: Committees") is listed as
    unparsed, as in a file of works. Before, the part's own lines went unsaid: a part holding a profile reports
    that profile's unparsed lines, and its profile had none."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME,
        "_data/service.yml": "- type: Committees\n  title: PC member\n  chair: Session Chair\n"
                             "  venue: Glacier Data Workshop\n  year: 2024\n",
        "_data/education.yml": "- degree: PhD\n  institution: Hill University\n  year: 2019\n"
                               "  logo: img/hill.png\n"})
    assert [(s.role, s.venues) for s in profile.service] == [("PC member", ["Glacier Data Workshop"])]
    assert [(e.degree, e.institution) for e in profile.person.education] == [("PhD", "Hill University")]
    listed = {(u.file, u.line) for u in profile.unparsed}
    assert {("_data/service.yml", 1), ("_data/service.yml", 3), ("_data/education.yml", 4)} <= listed
    assert not {("_data/service.yml", 2), ("_data/service.yml", 4), ("_data/education.yml", 2)} & listed


def test_a_list_of_mentoring_programmes_names_no_students_and_courses_taken_are_no_teaching(tmp_path):
    """``mentoring.yml`` whose titles are programmes' names ("Summer of Code", one name-like among them) and
    ``courses.yml`` grouping the courses the owner took under each school: no students, no courses taught."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME,
        "_data/mentoring.yml": "- title: Summer of Code\n  year: 2019\n  who:\n    - Ana Ruiz\n"
                               "- title: Undergraduate Research Mentoring\n  year: 2018\n"
                               "- title: Math Club for School Pupils\n  year: 2012\n",
        "_data/courses.yml": "- title: Hill University\n  courses:\n    - title: Glaciology\n"
                             "    - title: Fluid Dynamics\n"})
    assert profile.students == [] and profile.teaching == []


def test_a_lab_students_file_names_neither_its_head_the_owner_nor_its_collaborators(tmp_path):
    """``_data/students.yml`` of a lab that lists everyone in it: the owner (its PI), a collaborator and a
    research scientist are no students; a postdoc is the owner's advisee still."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME, "_data/students.yml": (
        "- name: Ilse Marwood\n  role: PI\n- name: Ana Ruiz\n  role: PhD student\n"
        "- name: Bo Lindqvist\n  role: Collaborator\n- name: Per Holt\n  role: Research Scientist\n"
        "- name: Jon Brede\n  role: Postdoc\n")})
    assert [(s.name, s.role) for s in profile.students] == [("Ana Ruiz", "PhD student"), ("Jon Brede", "Postdoc")]


def test_a_course_list_naming_other_instructors_and_lists_the_owner_sat_in_are_no_teaching_nor_talks(tmp_path):
    """A department's ``courses.yml`` (each course's instructor named, the owner one of them): only the owner's
    course; a TA's record naming the professor and the TA's role is the owner's. ``courses_taken.yml`` and
    ``talks_attended.yml``: what the owner sat in, no course taught, no talk given."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME,
        "_data/courses.yml": "- course: GEO 101 Earth\n  instructor: Prof. Ana Ruiz\n  term: Fall 2025\n"
                             "- course: GEO 330 Ice\n  instructor: Ilse Marwood\n  term: Fall 2025\n"
                             "- course: GEO 200 Maps\n  instructor: Bo Lindqvist\n  role: Teaching Assistant\n"
                             "  term: Spring 2019\n",
        "_data/courses_taken.yml": "- course: Fluid Dynamics\n  school: Hill University\n  year: 2015\n",
        "_data/talks_attended.yml": "- title: Sea ice in models\n  event: Polar Days 2024\n  date: 2024-06\n"})
    assert sorted(c.course for c in profile.teaching) == ["GEO 200 Maps", "GEO 330 Ice"]
    assert profile.talks == []


def test_grants_under_their_own_key_in_a_service_file_are_no_service_roles(tmp_path):
    """``service.yml`` with ``grants: [...]`` beside ``reviewing: [...]``: the grants are no roles; a funding
    panel's record that names the owner's role there is one."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME, "_data/service.yml": (
        "grants:\n  - title: Ice Sheet Grant\n    agency: Polar Fund\n    year: 2024\n"
        "funding:\n  - organization: Polar Fund Review College\n    role: Member\n"
        "reviewing:\n  - venue: Journal of Cold Places\n    year: 2024\n")})
    assert [(s.role, s.venues) for s in profile.service] == [
        ("Member", ["Polar Fund Review College"]), ("Reviewing", ["Journal of Cold Places"])]


def test_a_talks_key_is_not_read_with_the_talk_for_words_only_its_abstract_says(tmp_path):
    """What says again what a talk read says is read with it; the abstract is not what it read: ``type:
    invited keynote`` beside an abstract that has those words stays listed; so does a slide file's name."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME, "_data/talks.yml": (
        "- title: Melt under thin shelves\n  event: Polar Days\n  date: 2024-06\n  type: invited keynote\n"
        "  abstract: An invited keynote on how thin shelves melt from below.\n"
        "  slides: 2024-Polar-Days-Melt-Thin-Shelves.pdf\n")})
    (talk,) = profile.talks
    assert talk.event == "Polar Days"
    listed = [u.text for u in profile.unparsed if u.file == "_data/talks.yml" and "abstract" not in u.text]
    assert any("invited keynote" in t for t in listed)
    # (a relative slide file whose name says the talk's words again is a link still, not a restatement)
    assert any("Melt-Thin-Shelves.pdf" in t for t in listed)


def test_a_menu_data_file_with_keys_named_for_cv_lists_gives_no_courses(tmp_path):
    """``_data/navigation.yml`` whose sidebar keys are named for the site's sections (``teaching: [{title:
    Current courses, url: /teaching/}]``): its pages' links, no courses taught."""
    profile = imported_site(tmp_path, {**_CV_DATA_HOME, "_data/navigation.yml": (
        "main:\n  - title: Home\n    url: /\nteaching:\n  - title: Current courses\n    url: /teaching/\n"
        "  - title: Summer workshops\n    url: /teaching/workshops/\n")})
    assert profile.teaching == []


def test_a_map_of_a_works_links_with_empty_keys_identifiers_and_a_custom_list_gives_its_links(tmp_path):
    # "urls:" of a theme of its own: an empty key is no link; a bare arXiv id is the work's arXiv; a bare file name
    # or another bare id is an address only the theme's template makes (none here); "custom:" lists more links
    p = imported_site(tmp_path, {
        "config.yaml": "baseURL: https://ida-lind.example.org\nauthor:\n  name: Ida Lind\n",
        "content/_index.md": "---\ntitle: Home\n---\n\nIda Lind studies braids at Nordhafen.\n",
        "content/research/braids/index.md": (
            "---\ntitle: Braids and their closures\ndate: 2019-04-01\nauthors: [Ida Lind]\n"
            "publication: Prépublication v2, 40 p.\nurls:\n  pdf: braids.pdf\n  code:\n  slides:\n"
            "  source: https://tar.example.net/braids-src.tar.gz\n  arxiv: \"1904.01234\"\n  hal: \"02345678\"\n"
            "  custom:\n    - name: Journal\n      url: https://journal.example.com/braids\n---\n"),
    })
    work = p.publications[0]
    assert work.arxiv == "1904.01234"
    urls = {*work.links.values(), *(x.url for x in work.more_links)}
    assert urls == {"https://tar.example.net/braids-src.tar.gz", "https://arxiv.org/abs/1904.01234",
                    "https://journal.example.com/braids"}


def test_a_bare_identifier_under_any_of_the_arxiv_keys_of_a_works_map_of_links_is_its_arxiv(tmp_path):
    # "urls: {eprint: '2103.04567'}": the keys that give a work's arXiv identifier elsewhere (ARXIV_KEYS) give it
    # in a map of its links too
    p = imported_site(tmp_path, {
        "config.yaml": "baseURL: https://ida-lind.example.org\nauthor:\n  name: Ida Lind\n",
        "content/_index.md": "---\ntitle: Home\n---\n\nIda Lind studies braids at Nordhafen.\n",
        "content/research/loops/index.md": (
            "---\ntitle: Loops and their spaces\ndate: 2021-03-08\nauthors: [Ida Lind]\n"
            "publication: Prépublication v1, 22 p.\nurls:\n  eprint: \"2103.04567\"\n"
            "  source: https://tar.example.net/loops-src.tar.gz\n---\n"),
    })
    assert p.publications[0].arxiv == "2103.04567"


_WORKS_DATA_SITE = {
    "hugo.toml": 'title = "Mira Talvik"\nbaseURL = "https://mtalvik.example.org/"\n[params]\nauthor = "Mira Talvik"\n',
    "content/_index.md": "---\ntitle: Home\n---\n\nI work on tidal flats.\n",
    "layouts/index.html": "{{ range .Site.Data.works }}<li>{{ .title }}, {{ .venue }}</li>{{ end }}\n",
}
"""A Hugo site whose home template shows each record of ``data/works.yaml`` (the tests add that file)."""


def test_a_generated_records_authors_kept_only_in_its_whole_citation_are_read_from_it(tmp_path):
    """A Hugo site whose ``data/works.yaml`` a script made out of a CV: each record's byline left blank
    (``authors: ''``), the whole line of the CV kept in ``raw_text`` (title, names, status, arXiv id, year) and the
    script's guess of the venue cut in the wrong place (it holds the names). The citation is read by the page
    reader, the record's title marking where its title ends (a title with a comma in it): the authors are the
    citation's, the venue guess that holds them gives way to the citation's venue, and the citation's line and the
    guess's are read; a family name alone with "et al" right after the title ("Okafor et al") is such a byline,
    cut short. A citation whose byline the reader cannot read ("the marsh working party") gives no authors (not
    the owner alone) and stays listed."""
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path, {
        **_WORKS_DATA_SITE,
        "data/works.yaml": "- title: Mud, Silt and Sand on Tidal Flats\n  year: 2024\n  authors: ''\n"
                           "  venue: Silt and Sand on Tidal Flats, P. Orav, M. Talvik, submitted\n"
                           "  raw_text: Mud, Silt and Sand on Tidal Flats, P. Orav, M. Talvik, submitted, 2403.01234"
                           " [physics.geo-ph] (2024)\n"
                           "  journal: P. Orav, M. Talvik, submitted\n  arxiv: '2403.01234'\n"
                           "- title: Ripples under Slack Water\n  year: 2022\n  authors: ''\n"
                           "  venue: 'Coastal Dynamics 12, 101 (2022)'\n"
                           "  raw_text: 'Ripples under Slack Water, M. Talvik, K. Lepp, Coastal Dynamics 12, 101"
                           " (2022)'\n  arxiv: '2201.04321'\n"
                           "- title: A Survey of Estuary Floors\n  year: 2021\n  authors: ''\n"
                           "  venue: Okafor et al\n"
                           "  raw_text: A Survey of Estuary Floors, Okafor et al, 2105.05678 [physics.geo-ph] (2021)\n"
                           "  arxiv: '2105.05678'\n"
                           "- title: Salt Marsh Edges\n  year: 2021\n  authors: ''\n"
                           "  raw_text: Salt Marsh Edges, the marsh working party, 2106.05678 [physics.geo-ph]"
                           " (2021)\n",
    })
    works = {p.title: p for p in profile.publications}
    mud = works["Mud, Silt and Sand on Tidal Flats"]
    assert [a.name for a in mud.authors] == ["P. Orav", "M. Talvik"]
    assert "P. Orav" not in (mud.venue or "")
    ripples = works["Ripples under Slack Water"]
    assert [a.name for a in ripples.authors] == ["M. Talvik", "K. Lepp"]
    assert ripples.venue and ripples.venue.startswith("Coastal Dynamics")  # (the record's own venue stands)
    survey = works["A Survey of Estuary Floors"]
    assert [a.name for a in survey.authors] == ["Okafor"] and survey.authors_truncated
    assert works["Salt Marsh Edges"].authors == []
    listed = [u.text for u in profile.unparsed if u.file == "data/works.yaml"]
    assert not [t for t in listed if "Tidal Flats, P. Orav" in t or "Slack Water, M. Talvik" in t]
    assert "journal: P. Orav, M. Talvik, submitted" not in [t.strip() for t in listed]
    assert not any("Okafor et al" in t for t in listed)
    assert any("the marsh working party, 2106" in t for t in listed)


def test_a_looped_data_records_whole_citation_holding_its_title_gives_the_authors_it_lacks(tmp_path):
    """The same in a Jekyll site whose publications page loops over ``_data/papers.yml`` and shows each record's
    ``citation`` (which holds the title too) beside its title: the records name no authors, the citation does."""
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path, {
        "_config.yml": "title: Oskar Veldt\nauthor:\n  name: Oskar Veldt\n",
        "index.md": "---\ntitle: Home\n---\n\nI study peat bogs.\n",
        "publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n# Publications\n\n"
                           "{% for p in site.data.papers %}\n- {{ p.citation }}\n{% endfor %}\n",
        "_data/papers.yml": "- title: Carbon in Drained Bogs, Then and Now\n  year: 2023\n"
                            "  citation: 'Carbon in Drained Bogs, Then and Now, L. Mets, O. Veldt, Peat Letters 9, 44"
                            " (2023)'\n  doi: 10.5555/peat.9.44\n"
                            "- title: Sphagnum Regrowth after Fire\n  year: 2021\n"
                            "  citation: 'Sphagnum Regrowth after Fire, O. Veldt, A. Rand, T. Kivi, Mire Studies 3, 12"
                            " (2021)'\n  doi: 10.5555/mire.3.12\n",
    })
    works = {p.title: p for p in profile.publications}
    assert [a.name for a in works["Carbon in Drained Bogs, Then and Now"].authors] == ["L. Mets", "O. Veldt"]
    assert [a.name for a in works["Sphagnum Regrowth after Fire"].authors] == ["O. Veldt", "A. Rand", "T. Kivi"]
    listed = [u.text for u in profile.unparsed if u.file == "_data/papers.yml"]
    assert not [t for t in listed if "citation:" in t]


def test_a_labs_json_records_whose_keys_carry_one_word_before_them(tmp_path):
    """A lab's data file of its works whose keys all carry the word ``work_`` (``work_title``, ``work_authors``,
    ``work_year``) beside ``journal_title``, looped over by a page sorted on a prefixed key and split by category:
    each record is a work with its title, authors, year and journal, where no record was one before."""
    records = [
        {"work_title": "Reading maps in the dark", "work_authors": "Oda Berg, Pim Ruud, Lene Dahl", "work_year": "2021",
         "work_sort_date": "2021-03-01", "journal_title": "Cortex Reports", "category": "space"},
        {"work_title": "How faces please the eye", "work_authors": "Pim Ruud and Lene Dahl", "work_year": "2019",
         "work_sort_date": "2019-06-01", "journal_title": "Vision Letters", "category": "beauty"},
        {"work_title": "Gesture and the mental line", "work_authors": "Lene Dahl", "work_year": "2017",
         "work_sort_date": "2017-01-01", "journal_title": "Cortex Reports", "category": "space"},
    ]
    write_site(tmp_path, {
        "_config.yml": "title: Dahl Lab\nauthor: Lene Dahl\n",
        "index.md": "---\nlayout: default\n---\n\n# Dahl Lab\n\nWe study how the brain sees space and beauty.\n",
        "_data/publications.json": json.dumps(records),
        "_pages/research.html": (
            "---\nlayout: default\ntitle: Research\npermalink: /research/\n---\n"
            "{% assign sorted = site.data.publications | sort: \"work_sort_date\" | reverse %}\n"
            "<h2>Space</h2>\n{% for w in sorted %}{% if w.category == \"space\" %}"
            "<p>{{ w.work_authors }} ({{ w.work_year }}). {{ w.work_title }}. <i>{{ w.journal_title }}</i></p>"
            "{% endif %}{% endfor %}\n"
            "<h2>Beauty</h2>\n{% for w in sorted %}{% if w.category == \"beauty\" %}"
            "<p>{{ w.work_authors }} ({{ w.work_year }}). {{ w.work_title }}. <i>{{ w.journal_title }}</i></p>"
            "{% endif %}{% endfor %}\n"),
    })
    pubs = {p.title: (p.year, p.venue, [a.name for a in p.authors])
            for p in import_path(tmp_path).profile.publications}
    assert pubs == {
        "Reading maps in the dark": (2021, "Cortex Reports", ["Oda Berg", "Pim Ruud", "Lene Dahl"]),
        "How faces please the eye": (2019, "Vision Letters", ["Pim Ruud", "Lene Dahl"]),
        "Gesture and the mental line": (2017, "Cortex Reports", ["Lene Dahl"]),
    }


def test_a_records_journal_keys_first_do_not_give_the_work_its_title(tmp_path):
    """A data file of works whose records name their journal first under its own word (``journal_title``,
    ``journal_year`` before ``paper_title``, ``paper_authors``, ``paper_year``): the paper's word gives the record
    its title and year, not the journal's (before, each work was titled by its journal)."""
    records = ("- journal_title: Soil Letters\n  journal_year: 2021\n  paper_title: Roots in clay soils under drought\n"
               "  paper_authors: Mara Lind, Ola Berg\n  paper_year: 2020\n"
               "- journal_title: Geo Notes\n  journal_year: 2019\n  paper_title: Water moving in dry loam\n"
               "  paper_authors: Kim Sand, Mara Lind\n  paper_year: 2018\n")
    write_site(tmp_path, {
        "_config.yml": "title: Mara Lind\nauthor: Mara Lind\n",
        "index.md": "---\nlayout: default\n---\n\n# Mara Lind\n\nI study soils.\n",
        "_data/publications.yml": records,
        "_pages/publications.md": (
            "---\nlayout: default\ntitle: Publications\npermalink: /publications/\n---\n\n"
            "{% for p in site.data.publications %}- {{ p.paper_authors }} ({{ p.paper_year }}). {{ p.paper_title }}. "
            "*{{ p.journal_title }}*\n{% endfor %}\n"),
    })
    got = [(p.title, p.year, p.venue) for p in import_path(tmp_path).profile.publications]
    assert got == [("Roots in clay soils under drought", 2020, "Soil Letters"),
                   ("Water moving in dry loam", 2018, "Geo Notes")]


def test_records_whose_keys_carry_the_word_talk_are_no_works(tmp_path):
    """A data file named for no kind (``_data/events.yml``) whose records' keys all carry ``talk_`` (``talk_title``,
    ``talk_date``, ``talk_venue``): the word says they are talks, so their keys are not read as a work's (before,
    each talk was a work, its place read as its authors)."""
    write_site(tmp_path, {
        "_config.yml": "title: Mara Lind\nauthor: Mara Lind\n",
        "index.md": "---\nlayout: default\n---\n\n# Mara Lind\n\nI study soils.\n",
        "_data/events.yml": (
            "- talk_title: Clay under pressure\n  talk_date: 2023-05-02\n  talk_venue: Soil Days, Oslo\n"
            "- talk_title: Roots and rain\n  talk_date: 2021-09-12\n  talk_venue: Geo Forum, Bergen\n"),
        "_pages/events.md": (
            "---\nlayout: default\ntitle: Events\npermalink: /events/\n---\n\n"
            "{% for t in site.data.events %}- {{ t.talk_title }}, {{ t.talk_venue }}, {{ t.talk_date }}\n"
            "{% endfor %}\n"),
    })
    assert import_path(tmp_path).profile.publications == []


def test_records_of_press_mentions_whose_keys_carry_the_word_mention_are_no_works(tmp_path):
    """A data file of the press articles that mentioned the owner's papers (an altmetrics export: ``mention_title``,
    ``mention_date``, ``mention_url``, the outlet, the paper's own title under ``paper_title``): the word says each
    record is a mention, an article about a paper, so its keys are not read as a work's (before, every mention was
    a work of the owner's, the newspaper's headline its title, once the site's dashboard named the file); the
    owner's works file is still read."""
    write_site(tmp_path, {
        "_config.yml": "title: Mara Lind\nauthor: Mara Lind\n",
        "index.md": "---\nlayout: default\n---\n\n# Mara Lind\n\nI study soils.\n\n"
                    "<div class=\"reach\" data-url=\"{{ '/data/reach/mentions.json' | relative_url }}\"></div>\n",
        "data/reach/mentions.json": json.dumps([
            {"mention_id": "m1", "mention_date": "2022-03-01T10:00:00", "mention_title": "Why clay cracks in summer",
             "mention_url": "https://paper.example.com/clay", "outlet": "Daily Paper",
             "paper_title": "Clay under pressure"},
            {"mention_id": "m2", "mention_date": "2022-03-04T08:00:00", "mention_title": "Soil scientists on drought",
             "mention_url": "https://radio.example.com/soil", "outlet": "City Radio",
             "paper_title": "Clay under pressure"}], indent=2) + "\n",
        "_data/papers.yml": "- title: Clay under pressure\n  authors: Mara Lind, Ole Berg\n  year: 2022\n"
                            "  journal: Soil Letters\n",
        "_pages/papers.md": "---\nlayout: default\ntitle: Papers\npermalink: /papers/\n---\n\n"
                            "{% for p in site.data.papers %}- {{ p.title }}\n{% endfor %}\n",
    })
    assert [p.title for p in import_path(tmp_path).profile.publications] == ["Clay under pressure"]


def test_a_whole_citation_opening_with_its_number_still_gives_the_records_authors(tmp_path):
    """A generated record's whole citation that opens with its number ("[3] Title, A. Roe, ..."): the record's title
    is found where the citation writes it (the number's brackets fold away, so a position in the folded text was two
    characters early and the title, quoted in the wrong place, read as none: no authors)."""
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path, {
        **_WORKS_DATA_SITE,
        "data/works.yaml": "- title: Mud, Silt and Sand on Tidal Flats\n  year: 2024\n  authors: ''\n"
                           "  raw_text: '[3] Mud, Silt and Sand on Tidal Flats, P. Orav, M. Talvik, submitted,"
                           " 2403.01234 (2024)'\n  arxiv: '2403.01234'\n",
    })
    mud = next(p for p in profile.publications if p.title == "Mud, Silt and Sand on Tidal Flats")
    assert [a.name for a in mud.authors] == ["P. Orav", "M. Talvik"]


def test_a_records_github_button_naming_owner_and_repository_links_github():
    # a lab template's "{type: github, link: ann-lab/tide-model}": the repository on GitHub, not a file of the site
    # the base would make of it; the pdf button's relative file is the site's
    from kg.importers.site.records import RECORD_KEYS, publication_from_record

    pub = publication_from_record({"title": "Tides of the inner fjord", "authors": ["Ann Lind"], "date": "2021-03-01",
                                   "buttons": [{"type": "pdf", "link": "pdfs/tides.pdf"},
                                               {"type": "github", "link": "ann-lab/tide-model"}]},
                                  RECORD_KEYS, "https://ann-lab.github.io/")
    assert pub.links == {"pdf": "https://ann-lab.github.io/pdfs/tides.pdf",
                         "code": "https://github.com/ann-lab/tide-model"}
    # a file of the site in a folder under the same label is the site's (review: "code/model.zip" went to GitHub)
    pub = publication_from_record({"title": "Tides of the outer fjord", "authors": ["Ann Lind"], "date": "2022-03-01",
                                   "buttons": [{"type": "github", "link": "code/model.zip"}]},
                                  RECORD_KEYS, "https://ann-lab.github.io/")
    assert list(pub.links.values()) == ["https://ann-lab.github.io/code/model.zip"]
