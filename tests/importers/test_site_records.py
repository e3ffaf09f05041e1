"""Publication records kept in structured files, read the same way in every family of site.

Each fixture under ``tests/fixtures/sites/records-*`` is an invented site whose papers live in records, not in a
page's text: a Jekyll data file grouped by year that a linked page loops over, a Jekyll collection not named
``_publications`` whose authors and journals are keys into ``_data`` tables, a Hugo ``data/`` list read by a
custom layout (co-authors only), a Gatsby JSON file, a Next.js TypeScript module and CSV table, an Astro content
collection. Before the one record reader (:mod:`kg.importers.site.record_files`) each read no publication, or
failed for want of an owner.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.site.record_files import file_records
from kg.importers.site.records import is_publication
from kg.importers.base import SourceDoc

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
    a Zurich degree, a Nobel prize): left in a real site it is no one's CV; the owner's own JSON Resume still is.
    Before: the demo's degree and prize were read as the owner's."""
    from tests.importers.sitefiles import write_site

    def resume(name: str) -> str:
        return ('{"basics": {"name": "%s", "label": "Scientist"},\n "work": [],\n "education": [{"institution": '
                '"Alpine Polytechnic", "area": "Physics", "studyType": "PhD", "endDate": "1905"}],\n "awards": '
                '[{"title": "Grand Prize of Physics", "date": "1921", "awarder": "Royal Academy"}]}\n' % name)

    files = {"_config.yml": "first_name: Ines\nlast_name: Varga\ntitle: Ines Varga\n",
             "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study how rivers carve valleys.\n",
             "assets/json/resume.json": resume("Albert Einstein")}
    write_site(tmp_path / "demo", files)
    demo = import_path(tmp_path / "demo").profile
    assert demo.person.education == [] and demo.awards == []
    write_site(tmp_path / "own", {**files, "assets/json/resume.json": resume("Ines Varga")})
    own = import_path(tmp_path / "own").profile
    assert [e.institution for e in own.person.education] == ["Alpine Polytechnic"]



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
