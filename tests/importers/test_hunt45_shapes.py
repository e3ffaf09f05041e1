"""Shapes of real homepages whose import failed as a whole or in part, found by hunting unseen real sites (stop 45),
as small synthetic sites in our own words."""

from __future__ import annotations

import pytest

from kg.errors import SourceError

from .sitefiles import imported_site

_QUARTO_HOME = {
    "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: \"Ines Marlow\"\n",
    "index.qmd": "---\ntitle: \"Ines Marlow\"\nsubtitle: \"Epidemiologist, Norbury Institute\"\n---\n\n"
                 "I study how heat waves change hospital admissions.\n",
    "publication/heat-admissions/index.qmd": "---\ntitle: \"Heat waves and hospital admissions in two cities\"\n"
                                             "author:\n  - Ines Marlow\n  - Teo Brand\ndate: 2023-04-02\n"
                                             "description: \"Journal of Urban Health Notes\"\n---\n\nA short summary.\n",
    "publication/index.qmd": "---\ntitle: \"Publications\"\nlisting:\n  contents: \"**/index.qmd\"\n  sort: \"date desc\"\n---\n",
}


def test_a_quarto_sites_installed_extensions_are_not_its_works(tmp_path):
    # a Quarto site with two extensions installed under _extensions/ (quarto add ...): each has an _extension.yml
    # with a title, an author and a version; they were read as two works beside the site's own paper
    files = dict(_QUARTO_HOME)
    files["_extensions/acme/iconset/_extension.yml"] = ("title: Icon set support\nauthor: Acme Tools\nversion: 1.2.0\n"
                                                        "quarto-required: \">=1.3.0\"\ncontributes:\n  shortcodes:\n"
                                                        "    - iconset.lua\n")
    files["_extensions/acme/zoomer/_extension.yml"] = ("title: Zoomer\nauthor:\n  - Ada Vale\n  - Bo Link\n"
                                                       "version: 0.4.1\ncontributes:\n  filters:\n    - zoomer.lua\n")
    p = imported_site(tmp_path, files)
    assert [x.title for x in p.publications] == ["Heat waves and hospital admissions in two cities"]


def _talk(slug: str, title: str, event: str) -> tuple[str, str]:
    return (f"content/talk/{slug}/index.md",
            f"---\ntitle: \"{title}\"\ndate: 2022-06-01\npublication_types: [\"speech\"]\nevent: \"{event}\"\n"
            f"event_url: \"\"\nlocation: \"Online\"\nabstract: \"Contributed talk.\"\n---\n\nContributed talk.\n")


def test_a_hugo_sites_talks_listed_by_a_collection_block_are_not_papers(tmp_path):
    # a Hugo Blox site whose home lists two folders with collection blocks, its papers and its talks; each talk's
    # page names the CSL type of a talk ('speech') and the meeting it was given at (event): the talks were read
    # as papers, a talk on a paper's topic doubling the paper
    home = ("---\ntitle: ''\ntype: landing\nsections:\n  - block: collection\n    content:\n"
            "      title: Recent Publications\n      filters:\n        folders: [publication]\n"
            "  - block: collection\n    content:\n      title: Recent Talks\n      filters:\n        folders: [talk]\n---\n")
    files = dict([
        ("config/_default/hugo.yaml", "title: Rhea Okafor\nbaseURL: https://rhea.example.org/\n"),
        ("content/_index.md", home),
        ("content/authors/admin/_index.md", "---\ntitle: Rhea Okafor\nsuperuser: true\n"
                                            "role: Assistant Professor of Plant Biology\n---\n"),
        ("content/publication/okafor-2022/index.md", "---\ntitle: Leaf pores on both sides\ndate: 2022-02-01\n"
                                                     "authors:\n  - admin\n  - Jon Ek\npublication: '*Plant Notes*'\n"
                                                     "publication_types: ['article-journal']\n---\n"),
        _talk("okafor-2022-botany", "Leaf pores on both sides", "Botany 2022"),
        _talk("okafor-2023-evolution", "Why leaves breathe through both faces", "Evolution 2023"),
    ])
    p = imported_site(tmp_path, files)
    assert [x.title for x in p.publications] == ["Leaf pores on both sides"]



def test_images_a_readme_uploads_do_not_name_a_github_account_as_the_owner(tmp_path):
    # a single-page app's repository whose README only says what the site is built with: three logos uploaded to
    # GitHub (github.com/user-attachments/assets/<id>). The upload path was read as the account most of the
    # README's links belong to, and 'user-attachments' became the owner; a README that names nobody is an error
    logos = "".join(f'  <img src="https://github.com/user-attachments/assets/{n}f3a9c2e-{n}b1d" height="100">\n'
                    for n in range(3))
    with pytest.raises(SourceError, match="no researcher name"):
        imported_site(tmp_path, {
            "README.md": '<h2 align="center"><a href="https://kira-selm.github.io">My personal website</a></h2>\n\n'
                         f'<p align="center"><b>Built with</b></p>\n<p align="center">\n{logos}</p>\n',
        })


def test_the_libraries_of_a_rendered_pages_widgets_are_not_read_for_records(tmp_path, monkeypatch):
    # a Quarto site whose blog post draws a map: rendering it wrote post_files/libs/ (jQuery, Leaflet, the widget's
    # bindings) beside the page, and _freeze/ holds the executed copy with the same libraries; kg parsed some six
    # hundred such scripts as possible record lists and took 44 s. A page's resource folder, site_libs and _freeze
    # are the renderer's copies, not the site's sources
    from kg.importers.site import js_data

    parsed: list[str] = []
    real = js_data.read_module
    monkeypatch.setattr(js_data, "read_module", lambda text, *a, **k: parsed.append(text[:14]) or real(text, *a, **k))
    js_data.module_of.cache_clear()
    library = "/* widget lib */\nvar TILES = [{\"name\": \"Open map tiles\", \"year\": 2019, \"zoom\": 3}];\n"
    files = dict(_QUARTO_HOME)
    files["publication/index.qmd"] = "---\ntitle: \"Publications\"\nlisting:\n  contents: \"**/index.qmd\"\n---\n"
    files["blog/river-map/index.qmd"] = "---\ntitle: \"A map of the rivers\"\ndate: 2022-05-01\n---\n\nA map.\n"
    files["blog/river-map/index_files/libs/leaflet-1.3.1/leaflet.js"] = library
    files["blog/river-map/index_files/libs/htmlwidgets-1.5/htmlwidgets.js"] = library
    files["site_libs/quarto-html/quarto.js"] = library
    files["_freeze/blog/river-map/index/libs/leaflet-1.3.1/leaflet.js"] = library
    p = imported_site(tmp_path, files)
    assert not [t for t in parsed if t.startswith("/* widget lib")]
    assert [x.title for x in p.publications] == ["Heat waves and hospital admissions in two cities"]


def test_a_jekyll_author_that_is_the_configurations_account_gives_way_to_the_titles_name(tmp_path):
    # a hand-made Jekyll site whose configuration says "title: <full name>", "username: <handle>" and
    # "author: <handle>": the handle was taken for the owner's name
    files = {
        "_config.yml": "title: \"Rui Tavares Melo\"\nurl: \"https://rtmelo.example.pt\"\nusername: rtmelo\n"
                       "author: rtmelo\nmarkdown: kramdown\n",
        "index.md": "---\nlayout: default\n---\n\nI am a researcher in software engineering for connected devices at "
                    "the Tagus Institute of Engineering.\n",
        "publications.md": "---\nlayout: page\ntitle: Publications\n---\n\n## Journals\n\n"
                           "- Rui Tavares Melo, Ana Pires. Healing brokers for device fleets. *Systems Letters*, 2023.\n"
                           "- Ana Pires, Rui Tavares Melo. Programming fleets by drawing. *Visual Notes*, 2021.\n",
    }
    p = imported_site(tmp_path, files)
    assert p.person.name == "Rui Tavares Melo"


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
