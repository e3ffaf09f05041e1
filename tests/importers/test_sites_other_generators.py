"""Site folders kg used to refuse whole although a reader finds a researcher and papers in them: one empty file of
the site, a build folder hidden behind a verification token or a generator's partials, sites of other generators
(Sphinx/MyST, Docusaurus, Gatsby, R distill) whose developer README is no home page, Hugo themes without an author
page. Each fixture is a small invented site written here; each test says what a careful reader finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import import_path
from tests.importers.sitefiles import CV_PAGE, imported_site, write_site, write_site as _write




_ABOUT = ("---\npermalink: /\ntitle: About\n---\n\n# Ilse Marquardt\n\nI am a lecturer in hydrology at Fenwick "
          "University.\n\n{% include_relative includes/pubs.md %}\n\n{% include_relative includes/prizes.md %}\n")
_PUBS = ("# Publications\n\n"
         "- **Ilse Marquardt**, Tomas Brekke. Groundwater recharge under thawing soils. *Journal of Cold Basins*, "
         "2021.\n"
         "- Tomas Brekke, **Ilse Marquardt**. Snowmelt timing in alpine catchments. *Hydro Letters*, 2019.\n")


def test_an_empty_included_file_is_reported_and_the_rest_of_the_site_read(tmp_path):
    # the about page pulls in a fragment not written yet (an empty file): that file is noted as not read, the
    # other fragments and the owner are read as usual
    site = _write(tmp_path, {
        "_config.yml": "title: Ilse Marquardt\n",
        "_pages/about.md": _ABOUT,
        "_pages/includes/pubs.md": _PUBS,
        "_pages/includes/prizes.md": "",
    })
    profile = import_path(site).profile
    assert profile.person.name == "Ilse Marquardt"
    assert [p.title for p in profile.publications] == ["Groundwater recharge under thawing soils",
                                                        "Snowmelt timing in alpine catchments"]
    assert any(u.file == "_pages/includes/prizes.md" and "file is empty" in u.text for u in profile.unparsed)


def test_an_empty_section_page_of_an_html_site_is_reported_and_the_others_read(tmp_path):
    site = _write(tmp_path, {
        "index.html": ("<html><head><title>Ilse Marquardt</title></head><body><h1>Ilse Marquardt</h1>"
                       "<p>Lecturer in hydrology, Fenwick University.</p>"
                       "<a href='papers.html'>Publications</a> <a href='news.html'>News</a></body></html>"),
        "papers.html": ("<html><body><h1>Publications</h1><ul><li>Ilse Marquardt, Tomas Brekke. Groundwater "
                        "recharge under thawing soils. Journal of Cold Basins, 2021.</li></ul></body></html>"),
        "news.html": "   \n",
    })
    profile = import_path(site).profile
    assert [p.title for p in profile.publications] == ["Groundwater recharge under thawing soils"]
    assert any(u.file == "news.html" and "file is empty" in u.text for u in profile.unparsed)


_BUILT_HOME = ("<!DOCTYPE html><html><head><title>Ilse Marquardt</title></head><body><h1>Ilse Marquardt</h1>"
               "<p>Lecturer in hydrology, Fenwick University.</p><a href='research.html'>Research</a></body></html>")
_BUILT_PAPERS = ("<!DOCTYPE html><html><head><title>Research</title></head><body><h1>Publications</h1><ol>"
                 "<li>Ilse Marquardt, Tomas Brekke. Groundwater recharge under thawing soils. Journal of Cold Basins, "
                 "2021.</li><li>Tomas Brekke, Ilse Marquardt. Snowmelt timing in alpine catchments. Hydro Letters, "
                 "2019.</li></ol></body></html>")


def test_a_verification_token_and_partials_beside_the_sources_do_not_hide_the_build_folder(tmp_path):
    # an R Markdown site: its sources, a search engine's token and the footer partial at the top, the pages
    # it builds in docs/
    site = _write(tmp_path, {
        "_site.yml": 'name: "Ilse Marquardt"\noutput_dir: "docs"\n',
        "index.Rmd": "---\ntitle: Ilse Marquardt\n---\n\nLecturer in hydrology.\n",
        "google0123456789abcdef.html": "google-site-verification: google0123456789abcdef.html",
        "_footer.html": "<p>Made with care</p>",
        "docs/index.html": _BUILT_HOME,
        "docs/research.html": _BUILT_PAPERS,
    })
    profile = import_path(site).profile
    assert profile.person.name == "Ilse Marquardt"
    assert len(profile.publications) == 2


def test_a_sphinx_build_folder_with_doctrees_beside_html_is_the_site(tmp_path):
    site = _write(tmp_path, {
        "README.md": "Lecturer in hydrology. Learn more on my website.\n",
        "source/conf.py": "project = 'Ilse Marquardt'\nauthor = 'Ilse Marquardt'\n",
        "source/index.rst": "Ilse Marquardt\n==============\n\nLecturer in hydrology.\n",
        "build/doctrees/index.doctree": "x",
        "build/html/index.html": _BUILT_HOME,
        "build/html/research.html": _BUILT_PAPERS,
    })
    profile = import_path(site).profile
    assert profile.person.name == "Ilse Marquardt"
    assert len(profile.publications) == 2


_README = "# Site sources\n\nBuild with `make html` and push the result.\n\n## Contributing\n\nOpen a pull request.\n"


def test_sphinx_sources_are_read_by_their_config_not_by_the_developer_readme(tmp_path):
    # no built pages: conf.py names the author, index.rst is the home page, publications.rst the list
    site = _write(tmp_path, {
        "README.md": _README,
        "source/conf.py": "project = 'Ilse Marquardt'\ncopyright = '2024, Ilse Marquardt'\n"
                          "author = 'Ilse Marquardt'\nextensions = ['sphinx.ext.mathjax']\n",
        "source/index.rst": "Welcome\n=======\n\nI am a lecturer in hydrology at Fenwick University.\n",
        "source/publications.rst": (
            "Publications\n============\n\n"
            "- Ilse Marquardt, Tomas Brekke. Groundwater recharge under thawing soils. Journal of Cold Basins, "
            "2021.\n"
            "- Tomas Brekke, Ilse Marquardt. Snowmelt timing in alpine catchments. Hydro Letters, 2019.\n"),
    })
    result = import_path(site)
    assert result.format == "static-site"
    profile = result.profile
    assert profile.person.name == "Ilse Marquardt"
    assert [(p.title, p.year) for p in profile.publications] == [
        ("Groundwater recharge under thawing soils", 2021), ("Snowmelt timing in alpine catchments", 2019)]
    assert all(any(a.is_self for a in p.authors) for p in profile.publications)
    assert "README.md" not in [s.file for s in profile.source.parts]


def test_a_docusaurus_site_names_its_owner_by_the_blog_author_when_the_title_abbreviates_it(tmp_path):
    site = _write(tmp_path, {
        "README.md": _README,
        "package.json": '{"name": "my-site", "dependencies": {"@docusaurus/core": "3.0.0"}}\n',
        "docusaurus.config.js": ("const config = {\n  title: 'Odile V.',\n  tagline: 'Notes of a doctorate',\n"
                                 "  url: 'https://odile.example.org',\n  baseUrl: '/',\n};\nexport default config;\n"),
        "blog/authors.yml": "odile:\n  name: Odile VASSEUR\n  title: PhD student\n",
        "blog/2024-01-01-hello.md": "---\ntitle: Hello\nauthors: odile\n---\n\nFirst post.\n",
        "src/pages/publications.mdx": (
            "---\ntitle: Publications\n---\n\nimport Badge from '@site/src/components/Badge'\n\n"
            "# Publications <Badge kind=\"new\" />\n\n"
            "- Odile Vasseur, Marc Pellan. Routing tables for small satellites. Networks Letters, 2023.\n"),
    })
    profile = import_path(site).profile
    assert profile.person.name == "Odile Vasseur"
    assert profile.person.homepage == "https://odile.example.org/"
    assert [(p.title, p.year) for p in profile.publications] == [("Routing tables for small satellites", 2023)]
    assert not any("import Badge" in u.text for u in profile.unparsed)


@pytest.mark.parametrize("line, job, place", [
    ("Research Fellow @ Lowmoor University", "Research Fellow", "Lowmoor University"),
    ("Lecturer, Institute of Tides", "Lecturer", "Institute of Tides"),
    ("PhD student", "PhD student", None),
])
def test_a_docusaurus_blogs_one_author_record_gives_the_owners_position(tmp_path, line, job, place):
    """The owner's record as the blog's one author (``blog/authors.yml``): the position line Docusaurus shows under
    their name on each post, a position and where it is held."""
    site = _write(tmp_path, {
        "package.json": '{"name": "my-site", "dependencies": {"@docusaurus/core": "3.0.0"}}\n',
        "docusaurus.config.js": ("const config = {\n  title: 'Odile Vasseur',\n  url: 'https://odile.example.org',\n"
                                 "  baseUrl: '/',\n};\nexport default config;\n"),
        "blog/authors.yml": f"odile:\n  name: Odile Vasseur\n  title: {line}\n  url: https://github.com/odilev\n",
        "docs/publications.md": ("# Publications\n\n"
                                 "- Odile Vasseur, Marc Pellan. Routing tables for small satellites. Networks Letters, 2023.\n"),
    })
    person = import_path(site).profile.person
    assert person.job_title == job
    assert [(a.name, a.role) for a in person.affiliations] == ([(place, job)] if place else [])


def test_a_gatsby_site_takes_its_owner_from_site_metadata_and_reads_the_contact_page(tmp_path):
    site = _write(tmp_path, {
        "README.md": _README,
        "gatsby-config.js": ("module.exports = {\n  siteMetadata: {\n    title: `Lab notes`,\n"
                             "    author: `Piet Vermeulen`,\n  },\n  plugins: [],\n}\n"),
        "src/pages/index.js": "import React from 'react'\nexport default () => <p>Hello</p>\n",
        "src/data/contact.md": ("---\ntitle: Contact\n---\n\nDr. Piet Vermeulen<br />\nInstitute of Soil Studies<br />\n"
                                "Email: piet.vermeulen@soils.example.org\n"),
    })
    profile = import_path(site).profile
    assert profile.person.name == "Piet Vermeulen"
    assert profile.person.email == "piet.vermeulen@soils.example.org"


def test_a_site_of_another_generator_with_no_owner_anywhere_is_one_clear_error(tmp_path):
    site = _write(tmp_path, {
        "README.md": _README,
        "gatsby-config.js": "module.exports = {\n  siteMetadata: {\n    title: `Lab notes`,\n  },\n}\n",
        "src/pages/notes.md": "Some notes on soils.\n",
    })
    with pytest.raises(SourceError) as err:
        import_path(site)
    assert "\n" not in str(err.value)


def test_a_jekyll_lab_site_with_config_yaml_and_a_members_collection_is_headed_by_its_pi(tmp_path):
    # "_config.yaml" (not .yml) is Jekyll's configuration too; a members collection says who heads the lab
    # ("role: principal-investigator") where the home page names no one
    site = _write(tmp_path, {
        "_config.yaml": "title: DELTA Group\nlinks:\n  email: head@delta.example.org\n",
        "index.md": "---\n---\n\nWe study river deltas and how they move.\n",
        "_members/rhea-solberg.md": "---\nname: Rhea Solberg\nrole: principal-investigator\n---\n\nRhea leads the group.\n",
        "_members/tim-okafor.md": "---\nname: Tim Okafor\nrole: phd\n---\n\nTim studies sediment.\n",
    })
    result = import_path(site)
    assert result.format == "jekyll"
    assert result.profile.person.name == "Rhea Solberg"


def test_a_hugo_papermod_site_with_config_yml_reads_one_paper_per_page_of_its_papers_folder(tmp_path):
    # "config.yml" is Hugo's configuration too; the home is the configuration's profileMode; content/papers/ holds
    # one paper per page with PaperMod's "author:" list and no venue key
    site = _write(tmp_path, {
        "README.md": "Source of my website, built with Hugo.\n",
        "config.yml": ("baseURL: https://lenadorn.example.org/\ntitle: Lena Dorn\ntheme: PaperMod\nparams:\n"
                       "  author: Lena Dorn\n  profileMode:\n    enabled: true\n    title: Lena Dorn\n"
                       "    subtitle: \"I am a professor of economics at Hollis University.\"\n"),
        "content/papers/_index.md": "---\ntitle: Papers\nauthor: Lena Dorn\n---\n",
        "content/papers/1.md": ("---\ntitle: \"Wage Floors and Idle Capacity\"\ndate: 2019-03-01\n"
                                "author: [Lena Dorn, Omar Velt]\n---\n\n+ [Paper](/1.pdf)\n"),
        "content/papers/2.md": ("---\ntitle: \"Slack in Service Markets\"\ndate: 2022-06-01\nauthor: [Lena Dorn]\n"
                                "---\n\n+ [Paper](/2.pdf)\n"),
        "content/teaching.md": "---\ntitle: Teaching\n---\n\nMacroeconomics, every spring.\n",
    })
    result = import_path(site)
    assert result.format == "hugo"
    profile = result.profile
    assert profile.person.name == "Lena Dorn"
    pubs = sorted((p.title, p.year, tuple(a.name for a in p.authors)) for p in profile.publications)
    assert pubs == [("Slack in Service Markets", 2022, ("Lena Dorn",)),
                    ("Wage Floors and Idle Capacity", 2019, ("Lena Dorn", "Omar Velt"))]


def test_a_hugo_papermod_profile_site_reads_its_research_page_and_the_owner_under_a_shorter_name(tmp_path):
    # the home is the configuration's profileMode and no page of the site is its home; the papers are listed on
    # content/research.md under "###" title headings, which no home page links (the configuration's menu does);
    # the papers write the owner without the leading initial of the site's name ("J. Lena Dorn" -> "Lena Dorn")
    site = _write(tmp_path, {
        "config.yml": ("baseURL: https://lenadorn.example.org/\ntitle: J. Lena Dorn\ntheme: PaperMod\nparams:\n"
                       "  author: J. Lena Dorn\n  profileMode:\n    enabled: true\n    title: Lena Dorn\n"
                       "    subtitle: \"I am a professor of economics at Hollis University.\"\n"),
        "content/research.md": ("---\ntitle: \"Research\"\n---\n\n"
                                "### Wage floors and idle capacity in small ports\n\n"
                                "**[Omar Velt](https://velt.example.org) $\\cdot$ Lena Dorn (2019)**  \n"
                                "*Journal of Harbour Economics, 12, 1-20*\n\n"
                                "### Slack in service markets after a long winter\n\n"
                                "**Lena Dorn $\\cdot$ [Ada Prell](https://prell.example.org) (2022)**  \n"
                                "*Review of Quiet Markets, 3, 44-60*\n"),
        "content/contact.md": "---\ntitle: Contact\n---\n\nWrite to me at the department.\n",
    })
    result = import_path(site)
    assert result.format == "hugo"
    profile = result.profile
    # (the owner is named as the home card shows them, "Lena Dorn", the settings' "J. Lena Dorn" another name)
    assert profile.person.name == "Lena Dorn" and "J. Lena Dorn" in profile.person.alternate_names
    pubs = [(p.title, p.year, [a.name for a in p.authors], [a.is_self for a in p.authors])
            for p in profile.publications]
    assert pubs == [("Wage floors and idle capacity in small ports", 2019, ["Omar Velt", "Lena Dorn"], [False, True]),
                    ("Slack in service markets after a long winter", 2022, ["Lena Dorn", "Ada Prell"], [True, False])]


def test_a_hugo_group_site_without_a_superuser_is_headed_by_its_principal_investigator(tmp_path):
    # Hugo Blox's research-group starter: no admin or superuser page; the members' roles say who leads the group
    # (a plain professor is a member too); one publication's cite.bib is in another encoding: that file is noted,
    # the page's record stands
    site = _write(tmp_path, {
        "config/_default/hugo.yaml": "title: Coastal Waves Lab\nbaseURL: https://cwl.example.org/\n",
        "content/authors/mreyes/_index.md": ("---\ntitle: Marta Reyes\nrole: Professor, Principal Investigator\n"
                                             "superuser: false\n---\n\nMarta leads the lab.\n"),
        "content/authors/jkoss/_index.md": "---\ntitle: Jon Koss\nrole: Associate Professor\nsuperuser: false\n---\n",
        "content/authors/lpham/_index.md": "---\ntitle: Lan Pham\nrole: Ph.D. Student\nsuperuser: false\n---\n",
        "content/about/index.md": "---\ntitle: About\n---\n\nWe study waves near the coast.\n",
        "content/publication/one/index.md": ('+++\ntitle = "Breaking waves on gentle slopes"\ndate = 2020-05-01\n'
                                             'authors = ["M. Reyes", "L. Pham"]\npublication_types = ["article-journal"]\n'
                                             'publication = "*Coastal Letters*"\n+++\n'),
        "content/publication/two/index.md": ('+++\ntitle = "Swash zone sediment transport"\ndate = 2021-05-01\n'
                                             'authors = ["J. Koss", "M. Reyes"]\npublication_types = ["article-journal"]\n'
                                             'publication = "*Sediment Review*"\n+++\n'),
    })
    (site / "content/publication/two/cite.bib").write_bytes(
        b"@article{koss2021,\n  title={Swash zone sediment transport},\n  note={Universit\xe9 du Littoral},\n}\n")
    result = import_path(site)
    assert result.format == "hugo"
    profile = result.profile
    assert profile.person.name == "Marta Reyes"
    assert sorted(p.title for p in profile.publications) == ["Breaking waves on gentle slopes",
                                                              "Swash zone sediment transport"]
    assert all(any(a.is_self for a in p.authors) for p in profile.publications)
    assert any(u.file == "content/publication/two/cite.bib" and u.text.startswith("page not read") for u in profile.unparsed)


_BIB = """@inproceedings{a1,
  title = {Flocking drones that yield to walkers},
  author = {Nour Haddad and Greta Lind},
  booktitle = {Field Robotics Conference},
  year = {2020}
}
@article{a2,
  title = {Gesture control of aerial swarms},
  author = {Ivo Marsh and Greta Lind},
  journal = {Robotics Letters},
  year = {2018}
}
@article{a3,
  title = {Docking small rovers by sight},
  author = {Greta Lind and Paulo Reis and Ivo Marsh},
  journal = {Autonomous Machines},
  year = {2016}
}
"""


def test_a_bibtex_file_a_page_script_draws_is_the_sites_list_of_papers(tmp_path):
    # bibtex-js: the publications page loads lab.bib into a hidden box and a script draws it; the home page names
    # only the lab, so the owner is who the drawn papers are about
    site = _write(tmp_path, {
        "index.html": ("<html><head><title>Swarm Lab</title></head><body><h1>Swarm Lab</h1><p>We build robots "
                       "that work in teams.</p><a href='publications.html'>Publications</a></body></html>"),
        "publications.html": ("<html><head><title>Publications</title><script src='bibtex_js.js'></script>"
                              "<script>$(function(){ $('#bibtex_input').load('lab.bib', draw); });</script></head>"
                              "<body><h1>Publications</h1><textarea id='bibtex_input' style='display:none;'>"
                              "</textarea><div id='bibtex_display'></div></body></html>"),
        "lab.bib": _BIB,
    })
    profile = import_path(site).profile
    assert profile.person.name == "Greta Lind"
    assert sorted(p.title for p in profile.publications) == [
        "Docking small rovers by sight", "Flocking drones that yield to walkers", "Gesture control of aerial swarms"]
    assert all(any(a.is_self and a.name == "Greta Lind" for a in p.authors) for p in profile.publications)


def _pub_div(title: str, authors: str, venue: str) -> str:
    return (f"<div class='publication'><div class='title'><a href='https://doi.org/10.1/x'>{title}</a></div>"
            f"<div class='authors'>{authors}</div><div class='journal'>{venue}</div></div>\n")


def test_a_jekyll_group_site_with_its_pages_in_docs_and_a_generated_list_in_includes(tmp_path):
    # the root holds the configuration, the layouts and an error page; the pages are in docs/; the publications
    # page includes the list a script generated into _includes/ (no Liquid in it), beside a layout snippet that is
    # a template (Liquid) and not read; the home is headed by the group's name: its head is who the papers are about
    site = _write(tmp_path, {
        "_config.yml": "title: Kessler Lab Webpage\nemail: your-email@example.com\n",
        "404.html": "---\npermalink: /404.html\n---\n<h1>404</h1><p>Page not found</p>\n",
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
        "_includes/card.html": "<div class='card'>{{ include.title }}</div>\n",
        "_includes/pub-list.html": (
            _pub_div("Folding maps of small RNAs", "Anja Kessler, Bo Lund", "Nucleic Notes, 2023")
            + _pub_div("Guide design for bacterial editing", "Carl Mertz, Anja Kessler", "RNA Methods, 2022")
            + _pub_div("Alignment of structured transcripts", "Dana Ruiz, Bo Lund, Anja Kessler", "Genome Tools, 2020")),
        "docs/index.md": ("---\nlayout: default\ntitle: Home\n---\n\n# Structural RNA Group Dunmore\n\n"
                          "We study how RNA folds. Head of the group: Prof. Dr. Anja Kessler.\n"),
        "docs/publications.md": ("---\nlayout: default\ntitle: Publications\n---\n\n<div class=\"publications\">\n\n"
                                 "{% include card.html title='Papers' %}\n\n{% include pub-list.html %}\n\n</div>\n"),
    })
    result = import_path(site)
    assert result.format == "jekyll"
    profile = result.profile
    assert profile.person.name == "Anja Kessler"
    assert [p.title for p in profile.publications] == [
        "Folding maps of small RNAs", "Guide design for bacterial editing", "Alignment of structured transcripts"]
    assert all(any(a.is_self for a in p.authors) for p in profile.publications)
    assert "_includes/card.html" not in [s.file for s in profile.source.parts]


def test_a_javascript_site_whose_config_names_nobody_is_left_to_its_readme(tmp_path):
    # an Astro site: the configuration names no author, the pages are .astro components, the root's markdown is
    # the developer's notes; the README that introduces the researcher is what a reader has
    site = _write(tmp_path, {
        "astro.config.mjs": "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
        "src/pages/index.astro": "---\nconst title = 'Home';\n---\n<h1>{title}</h1>\n",
        "NOTES.md": "# Session log\n\n- fixed the build\n",
        "README.md": ("# Hanne Solvik\n\nI am an associate professor of criminology at Brandt University. This "
                      "repository holds the source of my website.\n"),
    })
    result = import_path(site)
    assert result.format == "github-readme"
    assert result.profile.person.name == "Hanne Solvik"


def test_a_generator_site_whose_pages_name_nobody_falls_back_to_the_readme(tmp_path):
    site = _write(tmp_path, {
        "myst.yml": "version: 1\nproject:\n  title: Welcome\n",
        "index.md": "# Welcome\n\nNotes on glaciers and the tools I write for them.\n",
        "README.md": "# Hanne Solvik\n\nI am an associate professor of glaciology at Brandt University.\n",
    })
    result = import_path(site)
    assert result.profile.person.name == "Hanne Solvik"


def test_a_sphinx_bibliography_directive_shows_the_entries_of_its_bib_file(tmp_path):
    # sphinxcontrib-bibtex: ":all:" shows every entry of journals.bib; the talks file shows only what the pages
    # cite; the theme's _templates/ hold layouts, not the site's pages
    site = _write(tmp_path, {
        "README.md": _README,
        "source/conf.py": "project = 'Ilse Marquardt'\nauthor = 'Ilse Marquardt'\nbibtex_bibfiles = ['talks.bib']\n",
        "source/_templates/layout.html": "<html><body>{% block body %}{% endblock %}</body></html>\n",
        "source/index.rst": "Ilse Marquardt\n==============\n\nLecturer in hydrology. See :cite:`t1`.\n",
        "source/publications.rst": ("Publications\n============\n\nJournals\n--------\n\n"
                                    ".. bibliography:: journals.bib\n   :all:\n\nTalks\n-----\n\n.. bibliography::\n"),
        "source/journals.bib": ("@article{j1,\n  title = {Groundwater recharge under thawing soils},\n"
                                "  author = {Marquardt, Ilse and Brekke, Tomas},\n  journal = {Journal of Cold Basins},\n"
                                "  year = {2021}\n}\n@article{j2,\n  title = {Snowmelt timing in alpine catchments},\n"
                                "  author = {Brekke, Tomas and Marquardt, Ilse},\n  journal = {Hydro Letters},\n"
                                "  year = {2019}\n}\n"),
        "source/talks.bib": ("@misc{t1,\n  title = {Thaw and recharge},\n  author = {Marquardt, Ilse},\n  year = {2022}\n}\n"
                             "@misc{t2,\n  title = {An uncited talk},\n  author = {Marquardt, Ilse},\n  year = {2020}\n}\n"),
    })
    result = import_path(site)
    assert result.format == "static-site"
    assert result.profile.person.name == "Ilse Marquardt"
    assert sorted(p.title for p in result.profile.publications) == [
        "Groundwater recharge under thawing soils", "Snowmelt timing in alpine catchments", "Thaw and recharge"]


_PAPERS_JSON = ('[{"title": "Peat fires and carbon loss", "authors": ["Oskar Lindqvist", "Mina Farah"], '
                '"venue": "Journal of Wet Soils", "year": 2023},\n'
                ' {"title": "Drained bogs in winter", "authors": ["Tove Brand", "Oskar Lindqvist"], '
                '"venue": "Soil Letters", "year": 2021}]\n')


def test_a_generator_site_whose_home_names_nobody_is_owned_by_the_author_of_its_records(tmp_path):
    # one reader for generators' and JavaScript frameworks' sites: the owner from records is its rule too, so a
    # MyST site whose home page names nobody is no longer an error when its data file of papers says whose it is
    site = _write(tmp_path, {
        "myst.yml": "version: 1\nproject:\n  title: Field notes\n",
        "index.md": "# Field notes\n\nNotes on bogs and the instruments we build for them.\n",
        "data/papers.json": _PAPERS_JSON,
    })
    result = import_path(site)
    assert result.format == "static-site" and result.profile.person.name == "Oskar Lindqvist"
    assert sorted(p.title for p in result.profile.publications) == [
        "Drained bogs in winter", "Peat fires and carbon loss"]


def test_a_framework_site_is_detected_by_one_detector_reading_its_configuration_once(tmp_path, monkeypatch):
    # a Gatsby site whose configuration names nobody and has no home page: read for its records, by the same
    # importer as any other generator's site, its configuration read once to decide
    from kg.importers import detect_dir_ranked
    from kg.importers.site import generators

    site = _write(tmp_path, {
        "package.json": '{"dependencies": {"gatsby": "5.0.0"}}\n',
        "gatsby-config.js": "module.exports = {\n  siteMetadata: {\n    title: `Bog notes`,\n  },\n}\n",
        "src/pages/index.js": "export default () => null\n",
        "src/data/papers.json": _PAPERS_JSON,
    })
    reads = []
    real = generators.doc_or_none
    monkeypatch.setattr(generators, "doc_or_none", lambda p: reads.append(p.name) or real(p))
    ranked = detect_dir_ranked(site)
    assert [imp.name for imp in ranked][:1] == ["static-site"]
    assert reads.count("gatsby-config.js") == 1
    result = import_path(site)
    assert result.format == "static-site" and result.profile.person.name == "Oskar Lindqvist"


def test_a_gatsby_configs_contact_block_and_a_profile_address_under_its_settings_name_are_the_owners(tmp_path):
    # siteMetadata's "info: {email}" block and "githubURL": the owner's address and GitHub account
    from kg.importers.site.any_site import config_person

    write_site(tmp_path, {
        "gatsby-config.js": ("module.exports = {\n  siteMetadata: {\n    title: `Ada Quill`,\n"
                             "    info: { location: `Lowmoor`, email: `ada [dot] quill [at] lowmoor [dot] edu` },\n"
                             "    githubURL: `https://github.com/adaq`,\n    videoURL: `https://example.org/v`,\n"
                             "  },\n}\n"),
    })
    person = config_person(tmp_path, "Ada Quill", None)
    assert person.email == "ada.quill@lowmoor.edu"
    assert person.identifiers == {"github": "adaq"}


_FONT_PLUGIN = ("    {\n      resolve: `gatsby-omni-font-loader`,\n      options: {\n        web: [{\n"
                "          name: `Fira Sans`,\n          file: `https://fonts.example.org/css2?family=Fira+Sans`,\n"
                "        }],\n      },\n    },\n")
_SOCIAL = ("    socialMedia: [\n      {\n        name: \"Google Scholar\",\n"
           "        link: \"https://scholar.google.com/citations?user=abcDEF12345J\",\n      },\n"
           "      {name: \"github\", link: \"https://github.com/adaq\"},\n    ],\n")


@pytest.mark.parametrize("config", [
    # (the plugins before siteMetadata: a font loader's "web: [{name: `Fira Sans`}]", a plugin's option)
    "module.exports = {\n  plugins: [\n" + _FONT_PLUGIN + "  ],\n  siteMetadata: {\n" + _SOCIAL
    + "    name: `R. Ada Quill`,\n  },\n}\n",
    # (a plugins list bound to a name first; a menu's "menuLinks: [{name: `About Me`}]")
    "const plugins = [\n" + _FONT_PLUGIN + "]\nmodule.exports = {\n  siteMetadata: {\n"
    "    menuLinks: [{ name: `About Me`, link: `/about` }],\n" + _SOCIAL + "    name: `R. Ada Quill`,\n  },\n"
    "  plugins,\n}\n",
])
def test_a_gatsby_owner_named_with_an_initial_is_no_name_of_a_list_item_in_the_config(tmp_path, config):
    # siteMetadata's "name: `R. Ada Quill`" (an initial's stop is a name's) after names inside lists: a plugin's
    # option, a menu link's, a social link's written one key a line ("name: \"Google Scholar\"")
    site = _write(tmp_path, {
        "package.json": '{"dependencies": {"gatsby": "5.0.0", "react": "18.0.0"}}\n',
        "gatsby-config.js": config,
        "src/pages/index.js": ("import React from 'react'\nexport default () => <p>I study how rivers carry "
                               "sediment to the sea.</p>\n"),
    })
    person = import_path(site).profile.person
    assert person.name == "R. Ada Quill"
    assert person.identifiers == {"github": "adaq", "google_scholar": "abcDEF12345J"}


def test_a_gatsby_owner_whose_records_leave_them_implied_is_the_configs_name_not_a_coauthor(tmp_path):
    # content/publications/*.json bylines "with Ivo Sand and Ada Lund", "with Ivo Sand", "": whom the records are
    # about is found before they are read as the owner's (no owner= given): the config's name, not "with Ivo Sand"
    # nor the coauthor on most records
    records = [{"title": "Moss on Northern Roofs", "authors": "with Ivo Sand and Ada Lund", "venue": "Roof Science",
                "date": "2021"},
               {"title": "Lichen Counts", "authors": "with Ivo Sand", "venue": "Small Plants", "date": "2018"},
               {"title": "Ferns of Old Walls", "authors": "with Ivo Sand", "venue": "Fern Notes", "date": "2019"},
               {"title": "A Field Guide to Wall Ferns", "authors": "", "venue": "Fern Reports", "date": "2020"}]
    site = _write(tmp_path, {
        "package.json": '{"dependencies": {"gatsby": "5.0.0", "react": "18.0.0"}}\n',
        "gatsby-config.js": "module.exports = {\n  siteMetadata: {\n    title: `Portfolio`,\n    name: `R. Ada Quill`,\n"
                            "  },\n  plugins: [],\n}\n",
        **{f"content/publications/p{k}.json": json.dumps(r) for k, r in enumerate(records)},
    })
    profile = import_path(site).profile
    assert profile.person.name == "R. Ada Quill"
    assert sorted((p.title, [(a.name, a.is_self) for a in p.authors]) for p in profile.publications) == [
        ("A Field Guide to Wall Ferns", [("R. Ada Quill", True)]),
        ("Ferns of Old Walls", [("R. Ada Quill", True), ("Ivo Sand", False)]),
        ("Lichen Counts", [("R. Ada Quill", True), ("Ivo Sand", False)]),
        ("Moss on Northern Roofs", [("R. Ada Quill", True), ("Ivo Sand", False), ("Ada Lund", False)])]


def test_the_profiles_and_address_a_configurations_navbar_and_footer_link_are_the_owners(tmp_path):
    # Docusaurus' themeConfig: the navbar's icon links (no label) and the footer's columns, shown on every page; a
    # link to a page kg knows no profile of (the department's) is not taken for one
    from kg.importers.site.any_site import config_person

    write_site(tmp_path, {
        "docusaurus.config.js": (
            "const config = {\n  title: 'Ada Quill',\n  themeConfig: {\n    navbar: {\n      items: [\n"
            "        {href: 'https://github.com/adaq', position: 'right', className: 'navbar-github'},\n      ],\n"
            "    },\n    footer: {\n      links: [\n        {title: 'Elsewhere', items: [\n"
            "          {label: 'LinkedIn', href: 'https://www.linkedin.com/in/ada-quill/'},\n"
            "          {label: 'Department', href: 'https://lowmoor.example.edu/people/aq'},\n"
            "          {label: 'ada@lowmoor.example.edu', href: 'mailto:ada@lowmoor.example.edu'},\n"
            "        ]},\n      ],\n    },\n  },\n};\nmodule.exports = config;\n"),
    })
    person = config_person(tmp_path, "Ada Quill", None)
    assert person.identifiers == {"github": "adaq", "linkedin": "ada-quill"}
    assert person.email == "ada@lowmoor.example.edu"
    assert sorted(person.links) == ["github", "linkedin"]


def test_a_configurations_footer_link_to_a_bare_address_is_the_owners_email(tmp_path):
    # the footer's link written without "mailto:" ("url: 'bo@...'"), as an R Markdown navbar's may be: the
    # menu's one reader takes it as the address
    from kg.importers.site.any_site import config_person

    write_site(tmp_path, {
        "site.config.ts": (
            "export default {\n  author: 'Bo Tarn',\n  footer: {\n    links: [\n"
            "      {name: 'Mail', url: 'bo.tarn@fernhill.example.edu'},\n"
            "      {name: 'ORCID', url: 'https://orcid.org/0000-0002-1825-0097'},\n    ],\n  },\n};\n"),
    })
    person = config_person(tmp_path, "Bo Tarn", None)
    assert person.email == "bo.tarn@fernhill.example.edu"
    assert person.identifiers == {"orcid": "0000-0002-1825-0097"}


def test_the_old_name_app_site_reads_as_static_site_and_help_says_so(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    site = _write(tmp_path, {
        "package.json": '{"dependencies": {"astro": "4.0.0"}}\n',
        "src/data/papers.json": _PAPERS_JSON,
    })
    assert import_path(site, fmt="app-site").format == "static-site"
    runner = CliRunner()
    out = runner.invoke(main, ["import", "--help"]).output
    assert "app-site is an old name of static-site" in " ".join(out.split())
    res = runner.invoke(main, ["import", str(site), "--from", "app-site", "--to", "json"])
    assert res.exit_code == 0 and '"format": "static-site"' in res.output


def test_an_empty_bibtex_file_a_quarto_page_names_is_noted_and_the_site_read(tmp_path):
    # one reader of a BibTeX file a page shows (front matter, Sphinx directive, script): an empty file is a note
    site = _write(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Noor Haddad\n",
        "index.qmd": "---\ntitle: Noor Haddad\nbibliography: refs.bib\n---\n\nI study dunes [@dune2020].\n",
        "refs.bib": "",
    })
    profile = import_path(site).profile
    assert profile.person.name == "Noor Haddad"
    assert [(u.file, u.text) for u in profile.unparsed if u.file == "refs.bib"] == [
        ("refs.bib", "page not read: file is empty")]


def test_a_reader_failing_on_one_file_costs_that_file_not_the_site(tmp_path, monkeypatch):
    # a bug of kg's in one file's reader (here made to fail on the BibTeX file) stopped the whole site's import
    # with exit 2; now that file is a note saying so, and the rest of the site is read
    import kg.importers.bibtex as bibtex

    def broken(*args, **kwargs):
        raise RuntimeError("a reader's bug")

    monkeypatch.delenv("KG_DEBUG", raising=False)
    monkeypatch.setattr(bibtex, "read_bibtex", broken)
    site = _write(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Noor Haddad\n",
        "index.qmd": "---\ntitle: Noor Haddad\nbibliography: refs.bib\n---\n\nI study dunes [@dune2020].\n",
        "refs.bib": "@article{dune2020, author={Haddad, Noor}, title={Dunes}, journal={Sand}, year={2020}}\n",
    })
    profile = import_path(site).profile
    assert profile.person.name == "Noor Haddad"
    [(line, text)] = [(u.line, u.text) for u in profile.unparsed if u.file == "refs.bib"]
    assert text.startswith("page not read: internal error while reading this (a bug in kg") and \
        text.endswith("RuntimeError: a reader's bug")


def test_a_sphinx_bibliography_of_a_site_named_by_a_relative_path(tmp_path, monkeypatch):
    # the BibTeX file's place in the site is taken with both paths resolved: "kg import site" from its parent
    _write(tmp_path / "site", {
        "conf.py": "project = 'Ilse Marquardt'\nauthor = 'Ilse Marquardt'\n",
        "index.rst": "Ilse Marquardt\n==============\n\nLecturer in hydrology.\n\n.. bibliography:: works.bib\n   :all:\n",
        "works.bib": "@article{w1,\n  title = {Thaw and recharge},\n  author = {Marquardt, Ilse},\n  year = {2022}\n}\n",
    })
    monkeypatch.chdir(tmp_path)
    profile = import_path(Path("site")).profile
    assert [(p.title, p.file) for p in profile.publications] == [("Thaw and recharge", "works.bib")]


_RMD_STUDENTS_HTML = ("<!DOCTYPE html><html><head><title>Students</title></head><body>"
                      "<h1>Students</h1><h2>Current students</h2><ul><li>Wendel Aasgard (MS, river otters)</li>"
                      "<li>Priya Lonnqvist (MS, alewife runs)</li></ul></body></html>")


def test_an_r_markdown_site_in_a_subfolder_with_a_page_kept_only_as_html(tmp_path):
    # a user-site repository whose site lives in one subfolder: the sources render beside themselves
    # (output_dir "."), and the students page exists only as the rendered HTML (no .Rmd of it). The lone HTML
    # page names nobody; the site is still the R Markdown site, and its students page is read with it.
    site = _write(tmp_path, {
        "lab/_site.yml": 'name: "Ilse Marquardt"\noutput_dir: "."\n',
        "lab/index.Rmd": "---\ntitle: Ilse Marquardt\n---\n\nLecturer in hydrology.\n",
        "lab/publications.Rmd": (
            "---\ntitle: Publications\n---\n\n"
            "- Ilse Marquardt, Tomas Brekke. Groundwater recharge under thawing soils. Journal of Cold Basins, "
            "2021.\n"
            "- Tomas Brekke, Ilse Marquardt. Snowmelt timing in alpine catchments. Hydro Letters, 2019.\n"),
        "lab/studentsPage.html": _RMD_STUDENTS_HTML,
    })
    result = import_path(site)
    assert result.format == "static-site"
    assert result.profile.person.name == "Ilse Marquardt"
    assert len(result.profile.publications) == 2
    assert [s.name for s in result.profile.students] == ["Wendel Aasgard", "Priya Lonnqvist"]


_OLD_ACADEMIC_PAPERS = {
    "config/_default/config.toml": 'title = "Ilsa Varga"\nbaseurl = "/"\ntheme = "academic"\n',
    "content/home/about.md": ('+++\nwidget = "about"\nactive = true\nauthor = "admin"\n+++\n'),
    "content/publication/first-2019/index.md": ('+++\ntitle = "Marching orders and street crowds"\ndate = 2019-03-01\n'
                                                'authors = ["Ilsa Varga", "Pim Oduya"]\npublication_types = ["2"]\n'
                                                'publication = "*Crowd Studies*"\n+++\n'),
    "content/publication/second-2021/index.md": ('+++\ntitle = "Counting rallies from local papers"\n'
                                                 'date = 2021-03-01\nauthors = ["Tova Renn", "Ilsa Varga"]\n'
                                                 'publication_types = ["2"]\npublication = "*Event Data*"\n+++\n'),
}


def test_an_old_academic_site_keeps_its_author_page_in_content_author(tmp_path):
    # Academic before v4.4: "content/author/admin/_index.md" (not "authors"), the display name under "name"
    site = _write(tmp_path, {**_OLD_ACADEMIC_PAPERS, "content/author/admin/_index.md": (
        '+++\nname = "Ilsa Varga"\nauthors = ["admin"]\nsuperuser = true\n'
        'role = "Professor of Sociology"\n+++\n\nIlsa studies crowds.\n')})
    result = import_path(site)
    assert result.format == "hugo"
    profile = result.profile
    assert profile.person.name == "Ilsa Varga"
    assert profile.person.job_title == "Professor of Sociology"
    assert sorted(p.title for p in profile.publications) == ["Counting rallies from local papers",
                                                              "Marching orders and street crowds"]
    assert all(any(a.is_self for a in p.authors) for p in profile.publications)


def test_an_academic_site_without_an_author_page_reads_its_papers_for_the_owner_the_title_names(tmp_path):
    # no author page, data file or home page: the site's title (a name the papers write) is the owner
    site = _write(tmp_path, _OLD_ACADEMIC_PAPERS)
    profile = import_path(site).profile
    assert profile.person.name == "Ilsa Varga"
    assert sorted(p.title for p in profile.publications) == ["Counting rallies from local papers",
                                                              "Marching orders and street crowds"]
    assert all(any(a.is_self and a.name == "Ilsa Varga" for a in p.authors) for p in profile.publications)


def test_an_academic_site_without_an_author_page_or_a_named_owner_takes_the_author_on_most_papers(tmp_path):
    site = _write(tmp_path, {**_OLD_ACADEMIC_PAPERS,
                             "config/_default/config.toml": 'title = "Crowds and Counts"\nbaseurl = "/"\n'})
    assert import_path(site).profile.person.name == "Ilsa Varga"


def _notebook(*cells: tuple[str, list[str]]) -> str:
    """A notebook as Jupyter writes it: one source line a line (one indent per level)."""
    import json

    return json.dumps({"cells": [{"cell_type": kind, "metadata": {}, "source": lines, **(
        {"execution_count": None, "outputs": []} if kind == "code" else {})} for kind, lines in cells],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1, ensure_ascii=False) + "\n"


def test_a_jupyter_book_is_read_by_its_table_of_contents_and_notebooks_not_as_jekyll(tmp_path):
    # _config.yml beside _toc.yml is a Jupyter Book's, not Jekyll's: its author is empty, the home page (the
    # toc's root) names the owner, and the papers are a markdown cell of a notebook the toc lists; a page the
    # toc comments out is not read
    site = _write(tmp_path, {
        "_config.yml": "title: \"\"\nauthor: \"\"\nexecute:\n  execute_notebooks: force\n",
        "_toc.yml": ("format: jb-book\nroot: welcome\nparts:\n  - caption: research\n    chapters:\n"
                     "    - file: papers\n    #- file: drafts\n"),
        "welcome.md": "# Ilse Marquardt\n\nI am a lecturer in hydrology at Fenwick University.\n",
        "papers.ipynb": _notebook(
            ("markdown", ["# Publications\n", "\n",
                          "**Marquardt, I.**, Brekke, T. (2021). Groundwater recharge under thawing soils. "
                          "*Journal of Cold Basins*\n", "\n",
                          "Brekke, T., **Marquardt, I.** (2019). Snowmelt timing in alpine catchments. "
                          "*Hydro Letters*"]),
            ("code", ["print('not a paper, 2020')"])),
        "drafts.md": "# Publications\n\n- Ilse Marquardt. A draft nobody should read. *Nowhere*, 2024.\n",
    })
    result = import_path(site)
    profile = result.profile
    assert profile.source.format == "static-site"
    assert profile.person.name == "Ilse Marquardt"
    assert [p.title for p in profile.publications] == ["Groundwater recharge under thawing soils",
                                                        "Snowmelt timing in alpine catchments"]
    assert [p.year for p in profile.publications] == [2021, 2019]


def test_a_jupyter_book_takes_its_owner_from_the_configured_author(tmp_path):
    site = _write(tmp_path, {
        "_config.yml": "title: Notes on rivers\nauthor: Ilse Marquardt\n",
        "_toc.yml": "format: jb-book\nroot: intro\n",
        "intro.md": "# Notes on rivers\n\nA book about catchments.\n",
    })
    assert import_path(site).profile.person.name == "Ilse Marquardt"


@pytest.mark.parametrize("conf, slug, at", [
    ("", "", "https://lind.example.org/pages/"),                     # Pelican's PAGE_URL, "pages/{slug}.html"
    ("PAGE_URL = 'p/{slug}.html'\n", "", "https://lind.example.org/p/"),
    ("PAGE_URL = '{slug}/'\n", ":slug: papers\n", "https://lind.example.org/papers/"),  # (a folder of its own)
])
def test_a_pelican_pages_relative_link_leads_into_the_folder_the_page_is_served_in(tmp_path, conf, slug, at):
    profile = imported_site(tmp_path, {
        "pelicanconf.py": f"AUTHOR = 'Oskar Lind'\nSITENAME = 'Oskar Lind'\nSITEURL = 'https://lind.example.org'\n{conf}",
        "content/pages/home.rst": ":save_as: index.html\n\nI study lakes. `Notes <notes.html>`_\n",
        "content/pages/papers.rst": (f"Working Papers\n==============\n\n:title: Papers\n{slug}\n"
                                     "- **\"Ice Cover of Small Lakes\"** with Ada Berg, May 2020, `Summary <ice.html>`__\n"
                                     "- **\"Winter Mixing in Shallow Basins\"** with Bo Roe, June 2019\n"),
    })
    ice = next(p for p in profile.publications if p.title == "Ice Cover of Small Lakes")
    assert list(ice.links.values()) == [at + "ice.html"]
    assert profile.person.homepage == "https://lind.example.org/"  # (the site's, whatever folder a page is in)


_LIND_CONF = "AUTHOR = 'Oskar Lind'\nSITENAME = 'Oskar Lind'\nSITEURL = 'https://lind.example.org'\n"
_LIND_PAPER = "- Oskar Lind, Ada Berg. Ice Cover of Small Lakes. Limnology Letters, 2020. "


@pytest.mark.parametrize("name, text, pdf", [
    # a field list in the page's text is no metadata of it, and another site's address no folder of this one
    ("contact.rst", "Contact\n#######\n\nUppsala University.\n\n:Email: ol@example.org\n"
     ":URL: https://www.uu.se/staff/lind/\n\nPublications\n============\n\n" + _LIND_PAPER + "`PDF <ice.pdf>`__\n",
     "https://lind.example.org/pages/ice.pdf"),
    ("about.md", "Email: ol@example.org\nURL: https://www.uu.se/staff/lind/\n\n## Publications\n\n"
     + _LIND_PAPER + "[PDF](ice.pdf)\n", "https://lind.example.org/pages/ice.pdf"),
    # the docinfo under an over- and underlined title, however many fields: saved as the site's index
    ("home.rst", "##########\nOskar Lind\n##########\n\n" + "".join(f":f{k}: x\n" for k in range(8))
     + ":save_as: index.html\n\nPublications\n============\n\n" + _LIND_PAPER + "`PDF <ice.pdf>`__\n",
     "https://lind.example.org/ice.pdf"),
    # Pelican's "{static}/x" in a markdown page's link: the site's /x, wherever the page is served
    ("papers.md", "Title: Papers\n\n## Publications\n\n" + _LIND_PAPER + "[PDF]({static}/pdf/ice.pdf)\n",
     "https://lind.example.org/pdf/ice.pdf"),
    # the older "|filename|/x" form of it (was '.../pages/%7Cfilename%7C/pdf/ice.pdf')
    ("papers.md", "Title: Papers\n\n## Publications\n\n" + _LIND_PAPER + "[PDF](|filename|/pdf/ice.pdf)\n",
     "https://lind.example.org/pdf/ice.pdf"),
    # a docinfo field wrapped onto an indented line, the fields below it still read (was: served under /pages/)
    ("home.rst", "##########\nOskar Lind\n##########\n\n:summary: Homepage of Oskar Lind, who studies\n"
     "    ice cover in small lakes.\n:save_as: index.html\n\nPublications\n============\n\n"
     + _LIND_PAPER + "`PDF <ice.pdf>`__\n", "https://lind.example.org/ice.pdf"),
])
def test_a_pelican_pages_folder_is_the_one_its_metadata_names(tmp_path, name, text, pdf):
    profile = imported_site(tmp_path, {"pelicanconf.py": _LIND_CONF, f"content/pages/{name}": text})
    assert profile.person.homepage == "https://lind.example.org/"
    assert [p.links.get("pdf") for p in profile.publications] == [pdf]


def test_a_pelican_site_is_read_by_its_config_its_rst_pages_its_bibtex_plugin_and_its_json_resume(tmp_path):
    # Pelican: pelicanconf.py names the author and the profiles (SOCIAL), its SITEURL is the development one and
    # publishconf.py's the published one; the home is the reST page saved as index.html (its contact table a
    # grid table, a bare address in it a link); pelican-bibtex lists every entry of PUBLICATIONS_SRC, their
    # pdf fields published beside the .bib; a CV plugin's JSON Resume gives the degrees and awards
    site = _write(tmp_path, {
        "pelicanconf.py": ("AUTHOR = 'Oskar Lind'\nSITENAME = 'Work pages'\nSITEURL = ''\n"
                           "PLUGINS = ['pelican_bibtex']\n"
                           "SOCIAL = (('@olind', 'https://twitter.com/olind'),)\n"
                           "PUBLICATIONS_SRC = ['content/papers/lind.bib']\nCVS_SRC = ['content/cv/cv.json']\n"),
        "publishconf.py": "from pelicanconf import *\nSITEURL = 'https://lind.example.org'\n",
        "content/pages/start.rst": (
            "Oskar Lind\n##########\n\n:save_as: index.html\n:order: 1\n\n"
            "I am a Lecturer in Geography at Harwick University.\n\n"
            "Contact\n=======\n\n.. table::\n    :class: borderless\n\n"
            "    +--------------+-------------------------------------+\n"
            "    | **Email**    | oskar.lind@harwick.example.edu      |\n"
            "    +--------------+-------------------------------------+\n"
            "    | **LinkedIn** | https://www.linkedin.com/in/olind/  |\n"
            "    +--------------+-------------------------------------+\n"),
        "content/pages/publications.rst": "Publications\n############\n\n:template: publications\n",
        "content/papers/lind.bib": (
            "@article{lind2020,\n  author = {Lind, Oskar and Berg, Anna},\n  title = {Dune Drift in Cold Winters},\n"
            "  journal = {Journal of Sand},\n  year = {2020},\n  pdf = {lind2020.pdf}\n}\n"),
        "content/cv/cv.json": (
            '{"work": [{"company": "Harwick University", "position": "Lecturer", "startDate": "2019-01-01"}],\n'
            ' "education": [{"institution": "Tarnby University", "studyType": "PhD", "endDate": "2015-06-30"}],\n'
            ' "awards": [{"title": "Best Poster Award", "awarder": "Dune Days 2018", "date": "2018-05-02"}]}\n'),
    })
    result = import_path(site)
    person = result.profile.person
    assert person.name == "Oskar Lind" and person.homepage == "https://lind.example.org/"
    assert person.email == "oskar.lind@harwick.example.edu"
    assert (person.identifiers.get("twitter"), person.identifiers.get("linkedin")) == ("olind", "olind")
    assert any(a.name == "Harwick University" for a in person.affiliations)
    assert any(e.institution == "Tarnby University" and e.year == 2015 for e in person.education)
    [pub] = result.profile.publications
    assert pub.links.get("pdf") == "https://lind.example.org/papers/lind2020.pdf" and pub.authors[0].is_self
    [award] = result.profile.awards
    assert award.year == 2018 and award.name.startswith("Best Poster Award")


def test_a_pelican_social_tuple_gives_the_email_a_named_address_and_skips_a_commented_line(tmp_path):
    # SOCIAL = (("envelope", "mailto:..."), ("github", GITHUB_URL), #("bluesky", ...)): the mailto link is the owner's
    # email; a name set above the tuple is its address; a line commented out links nothing
    site = _write(tmp_path, {
        "pelicanconf.py": ("AUTHOR = 'Oskar Lind'\nSITENAME = 'OLind'\nSITEURL = ''\n"
                           "GITHUB_URL = GITHUB_CORNER_URL = \"https://github.com/olind-dunes\"\n"
                           "SOCIAL = (\n    (\"envelope\", \"mailto:oskar.lind@sand.example.org\"),\n"
                           "    (\"github\", GITHUB_URL),\n    (\"orcid\", \"https://orcid.org/0000-0002-1825-0097\"),\n"
                           "    #(\"twitter\", \"https://twitter.com/old_olind\")\n)\n"),
        "content/pages/about.md": "Title: About\nSlug: about\n\nI am a Lecturer in Geography at Harwick University.\n",
    })
    person = import_path(site).profile.person
    assert person.email == "oskar.lind@sand.example.org"
    assert person.identifiers.get("github") == "olind-dunes"
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert "twitter" not in person.identifiers


def test_a_pelican_config_of_python_2_string_literals_names_the_owner(tmp_path):
    # pelicanconf.py written for Python 2 (u'...' literals): AUTHOR a handle, SITENAME the owner's name; the pages
    # name nobody in a heading
    site = _write(tmp_path, {
        "pelicanconf.py": ("# -*- coding: utf-8 -*- #\nAUTHOR = u'tvellani'\nSITENAME = u'Tomas Vellani'\n"
                           "SITEURL = 'https://tvellani.example.org'\nPATH = 'content'\n"),
        "content/pages/about.rst": "About\n#####\n\nI study tides at the Orlen Institute.\n",
    })
    assert import_path(site).profile.person.name == "Tomas Vellani"


def test_a_pelican_configuration_is_read_once_and_its_published_address_wins_for_every_reader(tmp_path):
    # the one reader of a Python configuration: the Pelican family's owner and the shared settings reader get the
    # same values, and publishconf.py's SITEURL (the published site's) over pelicanconf.py's development one
    from kg.importers.site.any_site import config_names, config_url
    from kg.importers.site.generators import python_config

    _write(tmp_path, {
        "pelicanconf.py": "AUTHOR = 'Ines Brae'\nSITENAME = 'Field notes'\nSITEURL = 'http://localhost:8000'\n",
        "publishconf.py": "from pelicanconf import *\nSITEURL = 'https://ibrae.example.org'\n",
    })
    doc, values, lines = python_config(tmp_path, tmp_path / "pelicanconf.py")
    assert values == {"author": "Ines Brae", "title": "Field notes", "url": "https://ibrae.example.org"}
    assert lines == {"author": 1, "title": 2}
    assert config_url(tmp_path) == "https://ibrae.example.org/" and config_names(tmp_path) == ["Ines Brae"]


def test_a_react_site_whose_home_component_names_its_owner_is_theirs_not_its_starter_readmes(tmp_path):
    # a Vite + React site: no configuration names anyone, its one paper record cannot say who of its authors is the
    # owner, and the README is the starter's notes ("React + Vite"); the home component heads the page with the
    # owner's name (before: the README's heading, read as "React Vite", owned the site)
    site = _write(tmp_path, {
        "package.json": '{"dependencies": {"react": "18.0.0"}, "devDependencies": {"vite": "5.0.0"}}\n',
        "README.md": "# React + Vite\n\nThis starter gives a small setup to get React running in Vite with fast "
                     "refresh.\n",
        "index.html": '<!doctype html>\n<html><head><title>Home</title></head><body><div id="root"></div>'
                      '<script type="module" src="/src/main.jsx"></script></body></html>\n',
        "src/pages/Home.jsx": "export default function Home() {\n  return (\n    <section>\n"
                              "      <h1>Ilse Marquardt</h1>\n      <p>I study peat bogs and their carbon.</p>\n"
                              "    </section>\n  );\n}\n",
        "src/data/publications.js": "export default [\n  {\n    title: \"Peat fires and carbon loss\",\n"
                                    "    authors: \"O. Lind, I. Marquardt, P. Rask\",\n    venue: \"Bog Letters\",\n"
                                    "    year: 2024,\n  },\n];\n",
    })
    profile = import_path(site).profile
    assert profile.person.name == "Ilse Marquardt"
    assert [p.title for p in profile.publications] == ["Peat fires and carbon loss"]


def test_an_astro_site_whose_layout_names_its_owner_is_theirs(tmp_path):
    # an Astro site whose pages are set in a layout that heads each with the owner's name; its pages, configuration
    # and records name no one as the owner (the one paper record has two authors): the site exited 2, "no owner name"
    site = _write(tmp_path, {
        "package.json": '{"dependencies": {"astro": "^5.0.0"}}\n',
        "astro.config.mjs": "export default { site: 'https://example.org' };\n",
        "src/layouts/Base.astro": "---\nconst { title = 'Home' } = Astro.props;\n---\n<html><head><title>{title}"
                                  "</title></head>\n<body>\n  <h1><a href=\"/\">Ilse Marquardt</a></h1>\n"
                                  "  <slot />\n</body></html>\n",
        "src/pages/index.astro": "---\nimport Base from '../layouts/Base.astro';\n---\n<Base>\n"
                                 "  <p>I study peat bogs and their carbon.</p>\n</Base>\n",
        "src/data/publications.js": "export default [\n  {\n    title: \"Peat fires and carbon loss\",\n"
                                    "    authors: \"O. Lind, I. Marquardt\",\n    venue: \"Bog Letters\",\n"
                                    "    year: 2024,\n  },\n];\n",
    })
    profile = import_path(site).profile
    assert profile.person.name == "Ilse Marquardt"
    assert [p.title for p in profile.publications] == ["Peat fires and carbon loss"]


def test_an_astro_sites_card_or_list_of_papers_names_no_owner_its_readme_does(tmp_path):
    # an Astro site whose pages, configuration and records name no owner: the components that are no layout (a list
    # of papers whose byline starts with a co-author, a co-author's card) were read for the owner before the README
    # that introduces them ("O. Lind" was the owner)
    site = _write(tmp_path, {
        "package.json": '{"dependencies": {"astro": "^5.0.0"}}\n',
        "astro.config.mjs": "export default { site: 'https://example.org' };\n",
        "README.md": "# Ilse Marquardt\n\nI am a researcher of peat bogs at Fen University.\n",
        "src/layouts/Base.astro": "---\nconst { title } = Astro.props;\n---\n<html><head><title>{title}</title>"
                                  "</head><body><slot /></body></html>\n",
        "src/components/Papers.astro": "<section><h2>Papers</h2><ul><li><b>Peat fires and carbon loss</b>, O. Lind,"
                                       " I. Marquardt. Bog Letters, 2024.</li></ul></section>\n",
        "src/pages/index.astro": "---\nimport Base from '../layouts/Base.astro';\n---\n<Base>\n"
                                 "  <p>I study peat bogs and their carbon.</p>\n</Base>\n",
        "src/data/publications.js": "export default [\n  {\n    title: \"Peat fires and carbon loss\",\n"
                                    "    authors: \"O. Lind, I. Marquardt\",\n    venue: \"Bog Letters\",\n"
                                    "    year: 2024,\n  },\n];\n",
    })
    assert import_path(site).profile.person.name == "Ilse Marquardt"


def test_a_framework_site_whose_page_names_a_service_takes_the_owner_its_profile_module_and_records_name(tmp_path):
    # an Astro site whose home page writes the owner's name by an expression ("{profile.name}"), a profile module
    # naming them and a records module listing their papers; the owner was read from the page's statistics card
    # "Citations / Google Scholar", which no record names
    paper = ("  {{ title: '{t}', authors: 'Nikos Pappas and Eleni Dorou', venue: 'Network Letters', "
             "year: {y} }},\n")
    p = imported_site(tmp_path, {
        "package.json": '{"name": "site", "dependencies": {"astro": "^5.0.0"}}\n',
        "astro.config.mjs": "export default { site: 'https://example.org' };\n",
        "src/data/profile.ts": "export const profile = {\n  name: 'Eleni Dorou',\n  title: 'Network Researcher',\n"
                               "  scholar: 'https://scholar.google.com/citations?user=abcdEFGH1234',\n};\n",
        "src/data/publications.ts": "export const publications = [\n"
                                    + paper.format(t="Slicing radio access for drones", y=2024)
                                    + paper.format(t="Edge caches under churn", y=2023) + "];\n",
        # (the page's statistics cards under "Research Impact" read as a section of works)
        "src/pages/index.astro": "---\nimport { profile } from '../data/profile';\n---\n<main>\n"
                                 "  <h1>{profile.name}</h1>\n  <section>\n    <h2>Research Impact</h2>\n    <div>\n"
                                 + "".join(f"      <div>\n        <div>{{{n}}}</div>\n        <div>{a}</div>\n"
                                           f"        <div>{b}</div>\n      </div>\n"
                                           for n, a, b in (("stats.papers", "Publications", "h-index: {stats.h}"),
                                                           ("stats.cites", "Citations", "Google Scholar"),
                                                           ("projects.length", "Active Projects", "Funded research")))
                                 + "    </div>\n  </section>\n</main>\n",
    })
    assert p.person.name == "Eleni Dorou"
    # (exactly the records' papers: the "Citations / Google Scholar" card was one more work, its service read as
    # its author's name)
    assert sorted(x.title for x in p.publications) == ["Edge caches under churn", "Slicing radio access for drones"]


def test_a_javascript_frameworks_public_folder_is_read_for_the_records_its_pages_fetch(tmp_path):
    # a Next.js site whose pages fetch their lists from public/data/*.json (a workflow refreshes them weekly):
    # public/ is what a framework serves as it is, a source, not the built pages Hugo writes there; it was skipped,
    # and the developer's notes (README, ARCHITECTURE.md) were read as the site: their heading as the owner
    import json

    papers = [{"title": f"Proton beams in the fast wind, part {n}", "year": 2018 + n, "journal": "Solar Letters",
               "authors": ["Okafor, Nnamdi", "Berg, Lise"]} for n in range(1, 4)]
    p = imported_site(tmp_path, {
        "package.json": json.dumps({"dependencies": {"next": "14.0.0", "react": "18.0.0"}}),
        "next.config.ts": "const nextConfig = { output: 'export' };\nexport default nextConfig;\n",
        "README.md": "# Website of Nnamdi Okafor\n\nThe sources of my site.\n\n## Scheduled Data Refresh\n\n"
                     "A weekly job fetches the publication list into public/data/papers.json.\n",
        "src/app/page.tsx": "export default function Home() { return <main>Home</main>; }\n",
        "public/data/papers.json": json.dumps(papers),
    })
    assert sorted(x.title for x in p.publications) == [f"Proton beams in the fast wind, part {n}" for n in (1, 2, 3)]
    assert p.person.name == "Nnamdi Okafor"


def test_a_nextjs_site_kept_without_its_package_json_is_still_the_frameworks(tmp_path):
    # next.config.mjs alone (package.json not kept with the sources) says the pages are components: the records
    # name the owner short ("A. Moreau"), the components write the name out, and their profile links are read
    papers = "".join(f"  {{ title: 'Weak lensing maps, part {n}', authors: 'A. Moreau, B. Ilic', year: {2020 + n},"
                     f" venue: 'Cosmo Letters' }},\n" for n in (1, 2))
    p = imported_site(tmp_path, {
        "next.config.mjs": "export default { output: 'export' };\n",
        "app/publications/page.tsx": f"const all = [\n{papers}];\nexport default function P() {{ return <main/>; }}\n",
        "app/components/Hero.tsx": ("export default function Hero() {\n  return (\n    <section>\n"
                                    "      <h1>Anouk Moreau</h1>\n      <p>Cosmologist.</p>\n"
                                    "      <a href=\"https://github.com/amoreau-example\">GitHub</a>\n"
                                    "    </section>\n  );\n}\n"),
    })
    assert p.person.name == "Anouk Moreau"
    assert p.person.identifiers.get("github") == "amoreau-example"
    assert len(p.publications) == 2


def test_an_astro_sites_contact_page_in_a_folder_of_its_own_is_read(tmp_path):
    # Astro routes src/pages/contact/index.astro to /contact/: a page of the site as src/pages/contact.astro is,
    # read for the owner's address and profiles; the home stays src/pages/index.astro
    p = imported_site(tmp_path, {
        "astro.config.mjs": "export default defineConfig({ site: 'https://wenz.example.org' });\n",
        "src/consts.ts": "export const SITE_TITLE = 'Jonas Wenz';\n",
        "src/pages/index.astro": "---\nimport Base from '../layouts/Base.astro';\n---\n<Base title=\"Hello!\">\n"
                                 "<p>I am a network engineer who writes about packet processing.</p>\n</Base>\n",
        "src/pages/contact/index.astro": (
            "---\nimport Base from '../../layouts/Base.astro';\n---\n<Base title=\"Contact\">\n<ul>\n"
            "<li>E-Mail: <a href=\"mailto:jonas@wenz.example.org\">jonas@wenz.example.org</a></li>\n"
            "<li>Github: <a href=\"https://github.com/jwenz-example\">jwenz-example</a></li>\n</ul>\n</Base>\n"),
    })
    assert p.person.name == "Jonas Wenz"
    assert p.person.email == "jonas@wenz.example.org"
    assert p.person.identifiers.get("github") == "jwenz-example"
    assert "packet processing" in (p.person.description or "")


def test_a_gatsby_or_hugo_sites_public_folder_stays_its_built_pages(tmp_path):
    # the same public/ beside Gatsby's package.json, or a Hugo configuration, is what the generator built: a copy
    # of the site's own lists (here one with a work the sources dropped since), not read
    import json

    papers = [{"title": f"Proton beams in the fast wind, part {n}", "year": 2018 + n, "journal": "Solar Letters",
               "authors": ["Nnamdi Okafor", coauthor]} for n, coauthor in ((1, "Lise Berg"), (2, "Ida Vance"))]
    stale = [*papers, {**papers[0], "title": "A withdrawn note on the fast wind"}]
    for n, config in enumerate(({"package.json": json.dumps({"dependencies": {"gatsby": "5.0.0", "react": "18.0.0"}})},
                                {"package.json": json.dumps({"dependencies": {"vite": "5.0.0"}}),
                                 "hugo.toml": "title = 'Nnamdi Okafor'\n"})):
        p = imported_site(tmp_path / str(n), {**config, "src/data/papers.json": json.dumps(papers),
                                              "public/data/papers.json": json.dumps(stale)})
        assert "A withdrawn note on the fast wind" not in [x.title for x in p.publications], config


def test_an_eleventy_site_under_src_site_with_its_papers_in_a_data_file(tmp_path):
    # Eleventy's input folder two levels down ("src/site/"), nothing at the root: its pages are Nunjucks loops,
    # the papers only in "_data/publication.json" (a list per kind), the owner in "_data/metadata.json"
    papers = ('{"articles": [{"authors": ["R. Okafor", "L. Sand"], "title": "Tides of the inner delta",'
              ' "journal": "Journal of Rivers", "date": "2020-05"}],'
              ' "proceedings": [{"authors": ["M. Berg", "R. Okafor"], "title": "Mapping silt with drones",'
              ' "journal": "Proc. of the Delta Workshop", "date": "2018-09"}]}')
    profile = imported_site(tmp_path / "repo", {
        "src/site/_data/metadata.json": '{"title": "Ruth Okafor", "author": {"name": "Ruth Okafor"}}',
        "src/site/_data/publication.json": papers,
        "src/site/index.md": "---\ntitle: Ruth Okafor\nlayout: layouts/base.njk\n---\n\n"
                             "I am a PhD candidate in Geography, Lakeside University.\n",
        "src/site/publication.md": "---\ntitle: publications\n---\n\n## journal papers\n\n"
                                   "{% for paper in publication.articles -%}\n<li>\"{{ paper.title }}\"</li>\n"
                                   "{% endfor -%}\n",
    })
    assert profile.person.name == "Ruth Okafor"
    assert sorted((p.title, p.year) for p in profile.publications) == [
        ("Mapping silt with drones", 2018), ("Tides of the inner delta", 2020)]


def test_an_eleventy_sites_nunjucks_home_and_its_papers_whose_bodies_are_their_bibtex(tmp_path):
    # Eleventy with Nunjucks: the home is "index.njk" (front matter, then HTML with {% %} tags), the papers a
    # collection of markdown pages whose front matter gives a title and authors alone and whose body is the
    # paper's BibTeX entry as inline code: the entry says where each appeared
    def paper(title: str, authors: str, venue: str, year: int) -> str:
        return (f'---\ntags: paperItem\nname: "{title}"\nauthors: "{authors}"\n'
                f'links: [{{icon: "doi", link: "https://doi.org/10.1000/x{year}", title: "DOI"}}]\n'
                f"date: {year + 1}-03-01\n---\n`\n@inproceedings{{k{year},\n  author={{{authors.replace(', ', ' and ')}}},\n"
                f"  booktitle={{{venue}}},\n  title={{{title}}},\n  year={{{year}}}}}\n`\n")
    profile = imported_site(tmp_path / "site", {
        ".eleventy.js": "module.exports = () => ({ dir: { input: './', layouts: './_layouts' } });\n",
        "index.njk": ("---\nlayout: base.njk\ntitle: About\n---\n<section>\n<h2>Hi, I'm Tomas Berglund</h2>\n"
                      "{%- for item in skills -%}<p>{{ item.text }}</p>{%- endfor -%}\n"
                      "<p>I completed a PhD at Eastfield University, on compilers.</p>\n</section>\n"),
        "papers.njk": ("---\nlayout: base.njk\ntitle: Papers\n---\n{%- for p in collections.paperItem | reverse -%}\n"
                       "<h2>{{p.data.name}}</h2>\n{{p.templateContent | safe}}\n{%- endfor -%}\n"),
        "papers/a.md": paper("Loop fusion for small kernels", "Tomas Berglund, Mia Holt", "Compiler Workshop", 2021),
        "papers/b.md": paper("Register pressure revisited", "Mia Holt, Tomas Berglund", "Code Conference", 2019),
    })
    assert profile.person.name == "Tomas Berglund"
    assert "{{" not in (profile.person.description or "") and "layout:" not in (profile.person.description or "")
    assert sorted((p.title, p.year, p.venue) for p in profile.publications) == [
        ("Loop fusion for small kernels", 2021, "Compiler Workshop"),
        ("Register pressure revisited", 2019, "Code Conference")]
    assert [a.name for a in profile.publications[0].authors][:1] in (["Tomas Berglund"], ["Mia Holt"])


def test_an_eleventy_pages_layout_gives_the_profile_links_of_its_navbar(tmp_path):
    # "layout: base.njk" sets every page in _layouts/base.njk, whose navbar links the owner's profiles
    profile = imported_site(tmp_path / "site", {
        ".eleventy.js": "module.exports = () => ({ dir: { input: './', layouts: './_layouts' } });\n",
        "_layouts/base.njk": ("<html><head><title>Tomas Berglund - {{title}}</title></head><body>\n<nav>\n"
                              "<a href=\"https://github.com/tberglund-example\" title=\"GitHub\">GitHub</a>\n"
                              "<a href=\"https://www.linkedin.com/in/tberglund-example/\">LinkedIn</a>\n</nav>\n"
                              "{{ content | safe }}\n</body></html>\n"),
        "index.njk": "---\nlayout: base.njk\ntitle: About\n---\n<h2>Hi, I'm Tomas Berglund</h2>\n<p>I write compilers.</p>\n",
    })
    assert profile.person.name == "Tomas Berglund"
    assert profile.person.identifiers == {"github": "tberglund-example", "linkedin": "tberglund-example"}


def test_an_r_markdown_sites_navbar_gives_the_owners_profiles_and_email(tmp_path):
    root = write_site(tmp_path / "site", {
        "_site.yml": ("name: Anna Moss\nnavbar:\n  title: Anna Moss\n  left:\n  - text: Home\n    href: index.html\n"
                      "  right:\n  - text: Write to me\n    icon: fa-envelope\n    href: anna.moss@example.org\n"
                      "  - text: ''\n    icon: fa-github\n    href: https://github.com/annamoss\n"),
        "index.Rmd": "---\ntitle: Anna Moss\n---\n\nI am a postdoc studying moor ecology.\n",
    })
    person = import_path(root).profile.person
    assert person.email == "anna.moss@example.org"
    assert person.identifiers.get("github") == "annamoss"


def test_an_astro_site_s_home_page_is_read_as_a_page(tmp_path):
    # src/pages/index.astro: a component script between "---" fences, then the HTML template with the owner's about
    # paragraph and news; the works are a data module a component maps over; an expression in braces (a list drawn
    # from data, "{posts.map(...)}") is no text of the page's
    profile = imported_site(tmp_path / "site", {
        "astro.config.mjs": "export default defineConfig({ site: 'https://lortiz.example.org' });\n",
        "src/config.ts": "export const siteConfig = {\n  title: 'Lena Ortiz',\n  author: 'Lena Ortiz',\n};\n",
        "src/pages/index.astro":
            "---\nimport Layout from '../layouts/Layout.astro';\nimport Papers from '../components/Papers.astro';\n---\n"
            "<Layout>\n  <h2>About Me</h2>\n  <p>I am a Research Scientist at the Harbor Institute. Before I was a Ph.D."
            " student at the University of Lund advised by Per Holm.</p>\n  <h2>News</h2>\n  <ul>\n"
            "    <li><strong>[Mar. 2025]</strong> Our paper on tides is accepted at ICLR 2025.</li>\n"
            "    <li><strong>[Jan. 2025]</strong> I joined the Harbor Institute.</li>\n"
            "    {posts.map((p) => (\n      <li><strong>{p.data.date}</strong> {p.data.title}</li>\n    ))}\n"
            "  </ul>\n  <Papers />\n</Layout>\n",
        "src/data/publications.ts":
            "export const publications = [\n  {\n    title: 'Tides in deep nets',\n    authors: 'Lena Ortiz, Bo Wen',\n"
            "    conference: 'ICLR 2025',\n  },\n];\n",
    })
    assert [n.date for n in profile.news] == ["2025-03", "2025-01"]
    assert profile.person.job_title == "Research Scientist"
    assert [e.institution for e in profile.person.education] == ["University of Lund"]
    assert not any(u.text.startswith(("---", "import ", "{", "))")) for u in profile.unparsed)


_ASTRO_HOME = """---
import Layout from '../layouts/Layout.astro';
import bib from '../content/papers.bib?raw';
const papers = parse(bib).sort((a, b) => b.year - a.year);
---
<Layout title="Tarmo Lepp">
  <h1>Tarmo Lepp</h1>
  <section>
    <h2>About</h2>
    <p>I am a Senior Lecturer in the Department of Geology at the University of Tartu, where I study how rivers
    sort their gravel. Before that I was a postdoctoral fellow at Stone College.</p>
  </section>
  <section>
    <h2>Publications</h2>
    <ul>{papers.map((p) => (<li>{p.title}, {p.venue} ({p.year})</li>))}</ul>
  </section>
</Layout>
"""


def test_an_astro_pages_markup_is_read_as_html(tmp_path):
    # src/pages/index.astro: the script between its fences, then HTML with {expressions}; the HTML is the page
    # (no page of the site was read: the owner's position and place were lost), what the code fills in is unknown
    profile = imported_site(tmp_path / "site", {
        "astro.config.mjs": "export default { site: 'https://tarmo.example.org' };\n",
        "package.json": '{"dependencies": {"astro": "^4.0.0"}}\n',
        "src/pages/index.astro": _ASTRO_HOME,
        "src/content/papers.bib": "@article{lepp2021,\n  title = {Gravel in motion},\n  author = {Lepp, Tarmo and "
                                  "Kull, Aino},\n  journal = {Journal of Sediments},\n  year = {2021},\n  pdf = {/files/gravel.pdf}\n}\n"
                                  "@article{lepp2019,\n  title = {Sand under the microscope},\n  author = {Lepp, "
                                  "Tarmo},\n  journal = {Stone Letters},\n  year = {2019}\n}\n",
    })
    assert profile.person.name == "Tarmo Lepp"
    assert profile.person.homepage == "https://tarmo.example.org/"  # (the configuration's "site:")
    assert profile.person.job_title == "Senior Lecturer"
    assert [a.name for a in profile.person.affiliations][:1] == ["University of Tartu"]
    assert sorted(p.title for p in profile.publications) == ["Gravel in motion", "Sand under the microscope"]
    # (a record's relative link is placed under the site's address, as the pages' are)
    pdf = next(p for p in profile.publications if p.title == "Gravel in motion").links.get("pdf", "")
    assert pdf.startswith("https://tarmo.example.org/") and pdf.endswith("/files/gravel.pdf")
    assert not [u for u in profile.unparsed if "{" in u.text or "=>" in u.text]


MYST_PAPERS = """# Publications

{bdg-primary}`rivers` {bdg-info}`floods`

### Journal articles

**Marquardt, I.**, Brekke, T. (2021). Groundwater recharge under thawing soils. *Journal of Cold Basins*
[on-line version](https://doi.org/10.1000/cold.1) | {download}`PDF<https://files.example.org/cold.pdf>` |
{bdg-info}`floods` {bdg-primary}`rivers`

Holm, A., **Marquardt, I.** & Brekke, T. (2020). Snowmelt timing in alpine catchments. https://doi.org/10.1000/snow.2
{bdg-primary}`rivers`
"""


def test_myst_badges_are_no_entry_and_a_download_is_a_link(tmp_path):
    # a line of MyST badges ({bdg-info}`floods`) under a citation is a topic tag, not the entry's title; a
    # {download} role is a link to the file
    site = _write(tmp_path, {
        "_config.yml": "title: \"\"\nauthor: \"\"\n",
        "_toc.yml": "format: jb-book\nroot: intro\nchapters:\n- file: papers\n",
        "intro.md": "# Ilse Marquardt\n\nI am a lecturer in hydrology at Fenwick University.\n",
        "papers.md": MYST_PAPERS,
    })
    pubs = {p.title: p for p in import_path(site).profile.publications}
    assert sorted(pubs) == ["Groundwater recharge under thawing soils", "Snowmelt timing in alpine catchments"]
    assert pubs["Groundwater recharge under thawing soils"].links.get("pdf") == "https://files.example.org/cold.pdf"
    assert pubs["Snowmelt timing in alpine catchments"].year == 2020


def test_a_news_pages_block_of_html_shown_as_typed_is_no_news_item(tmp_path):
    # Franklin.jl's "~~~ ... ~~~" passes raw HTML on; read as markdown it is a code block of tags only
    page = tmp_path / "news.md"
    page.write_text("# News\n\n- 2026-05-02: Our paper on heat pipes was accepted.\n\n~~~\n<header class=\"hd\">\n"
                    "  <div class=\"container\">\n    <h1>{{ui nav news}}</h1>\n  </div>\n</header>\n~~~\n",
                    encoding="utf-8")
    p = import_path(page, owner="Chi Wen").profile
    assert [n.text for n in p.news] == ["Our paper on heat pipes was accepted."]
    assert not [u for u in p.unparsed if "<" in u.text]


def test_a_docusaurus_site_reads_the_cv_its_docs_folder_serves(tmp_path):
    # Docusaurus' classic preset serves "docs/": the CV page there is the owner's, its person and its works
    site = write_site(tmp_path / "site", {
        "docusaurus.config.ts": 'const config = {\n  title: "Ana Roe Lind",\n  url: "https://aroelind.example.org",\n'
                                '  baseUrl: "/",\n};\nexport default config;\n',
        "src/pages/index.tsx": "export default function Home() { return <Layout title={siteConfig.title} />; }\n",
        "docs/CV.md": CV_PAGE})
    profile = import_path(site).profile
    assert profile.person.identifiers.get("github") == "aroelind"
    assert [a.name for a in profile.person.affiliations][:1] == ["Inland University"]
    assert sum(any(a.is_self for a in p.authors) for p in profile.publications) == 3
    assert [a.name for a in profile.awards] == ["MCT 2024 Best Tool Award"]


def test_a_pelican_sites_html_page_in_its_content_is_read_as_its_home(tmp_path):
    # left46 (rhasan): Pelican reads an HTML file in content/pages as a page ('index.html' saved as the site's home,
    # by PAGE_URL '{slug}.html'); before, only its markdown and reST pages were read, and the home's bio and news
    # were lost
    site = _write(tmp_path, {
        "pelicanconf.py": "AUTHOR = 'Oskar Lind'\nSITENAME = 'Oskar Lind'\nSITEURL = ''\nPAGE_URL = '{slug}.html'\n",
        "content/pages/index.html": (
            "<!DOCTYPE html>\n<html><head><title>Hello</title></head><body>\n<section>\n"
            "<p>I am a Lecturer in Geography at Harwick University.</p>\n</section>\n<section>\n"
            "<h1>Recent news</h1>\n<h2>June 2026</h2>\n<ul><li>Gave a talk on dune drift at the spring meeting.</li>\n"
            "</ul>\n</section>\n</body></html>\n"),
        "content/pages/teaching.md": "Title: Teaching\n\n# Teaching\n\n- Sand and wind (2025)\n",
    })
    profile = import_path(site).profile
    assert profile.person.name == "Oskar Lind"
    assert any(a.name == "Harwick University" for a in profile.person.affiliations)
    assert [n.text for n in profile.news] == ["Gave a talk on dune drift at the spring meeting."]


def test_a_gatsby_site_reads_the_pages_of_the_folder_its_configuration_sources(tmp_path):
    """Gatsby's pages live where its configuration says (``gatsby-source-filesystem``'s ``path``: "src/markdown"),
    not in a folder kg knows by name; the site was refused ("no owner name") though its about page says who it is."""
    profile = imported_site(tmp_path, {
        "README.md": _README,
        "gatsby-config.js": ("module.exports = {\n  siteMetadata: {\n    title: 'The Vik Lab',\n"
                             "    author: 'The Vik Lab @ Fjord University',\n  },\n  plugins: [\n    {\n"
                             "      resolve: 'gatsby-source-filesystem',\n      options: {\n        name: 'images',\n"
                             "        path: `${__dirname}/src/images`,\n      },\n    },\n    {\n"
                             "      resolve: 'gatsby-source-filesystem',\n      options: {\n        name: 'markdown',\n"
                             "        path: `${__dirname}/src/markdown`,\n      },\n    },\n  ],\n}\n"),
        "src/pages/index.js": "import React from 'react'\nexport default () => <p>Hello</p>\n",
        "src/markdown/about.md": ("---\ntitle: \n---\nMy name is Tora Vik. I am an Assistant Professor in the "
                                  "Department of Ice Studies at Fjord University.\n"),
        "src/markdown/people/vik.md": ("---\nname: Tora Vik PhD\ntitle: Principal Investigator\n"
                                       "email: tora.vik@fjord.example.edu\n---\nI run the lab.\n"),
    })
    assert profile.person.name == "Tora Vik"
    assert [a.name for a in profile.person.affiliations][:1] == ["Fjord University"]


def test_an_eleventy_site_redirecting_to_its_home_named_in_a_data_card_is_read(tmp_path):
    """An Eleventy site whose index.html only redirects ("refresh" to home/), its home page naming no one, and whose
    owner is named in a global data file that is their card ("_data/defaults.json": a name and a position): it
    was refused; the home page behind the redirect is the home, the card names the owner."""
    profile = imported_site(tmp_path, {
        "README.md": _README,
        "package.json": '{"devDependencies": {"@11ty/eleventy": "2.0.0"}}\n',
        ".eleventy.js": "module.exports = function (cfg) { return {}; };\n",
        "index.html": '<html><head><meta http-equiv="refresh" content="0;home/index.html"/></head></html>\n',
        "_data/defaults.json": '{"title": "Assoc. Professor", "name": "Ola Strand", "portrait": "me.jpg"}\n',
        "home.md": ("---\ntitle: Assoc. Prof. of Physics\n---\n# contact info\nMy office is in 12 North Hall. "
                    "I am best reached by email, at **ola@north.example.edu**.\n"),
    })
    assert profile.person.name == "Ola Strand"
    assert profile.person.email == "ola@north.example.edu"


def test_a_sveltekit_components_markup_list_of_works_is_read_without_its_package_json(tmp_path):
    # SvelteKit's svelte.config.js kept without package.json still marks a framework's site; a component that
    # writes its works out as markup ('<p>Ode, T., Varga, L., 2021. Title. Journal ...</p>' in
    # PublicationsList.svelte) is read as a page is, beside the records of its data module (the newest works,
    # repeated: read once)
    older = [("Ode, T., Varga, L. and Pike, R., 2019. Spin waves in thin garnet films. Magnetics Letters, 7(2), "
              "pp.11-19.", "Spin waves in thin garnet films"),
             ("Varga, L., Ode, T., (2017), Domain walls at low field, J. Appl. Magn., 12(4), pp.40-48.",
              "Domain walls at low field")]
    newest = ("Varga, L. and Ode, T., 2022. Magnon modes in ring lattices. Magnetics Letters, 10(1), pp.1-9.",
              "Magnon modes in ring lattices")
    items = "".join(f'<p class="mb-4">{text}</p>\n\n' for text, _t in [newest, *older])
    p = imported_site(tmp_path, {
        "svelte.config.js": "import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter() } };\n",
        "src/app.html": ("<!doctype html>\n<html>\n<head>\n%sveltekit.head%\n</head>\n<body>\n"
                         "<div>%sveltekit.body%</div>\n</body>\n</html>\n"),
        "src/lib/data/publications.ts": ('export const publications = [\n  { authors: "Varga, L. and Ode, T.", '
                                         'title: "Magnon modes in ring lattices", journal: "Magnetics Letters", '
                                         'year: "2022" },\n];\n'),
        "src/lib/components/PublicationsList.svelte": f"\n<div>\n{items}</div>\n",
        "src/routes/+page.svelte": ('<script>\n  import PublicationsList from "$lib/components/PublicationsList.svelte";\n'
                                    '</script>\n<h1>Lena Varga</h1>\n<h2>Magnonics Researcher</h2>\n'
                                    '<h3>Publications</h3>\n<PublicationsList />\n'),
    })
    assert sorted(x.title for x in p.publications) == sorted(t for _x, t in [newest, *older])
    spin = next(x for x in p.publications if x.title.startswith("Spin"))
    assert (spin.year, spin.venue) == (2019, "Magnetics Letters")
    assert [a.name for a in spin.authors] == ["T. Ode", "L. Varga", "R. Pike"] and spin.authors[1].is_self


def test_a_sveltekit_components_template_loop_gives_no_work_of_its_placeholders(tmp_path):
    # a component whose list is a loop over its data ('{#each pubs as p}<li>{p.authors}, {p.year}. <a
    # href={p.url}>{p.title}</a>...') writes no work in its markup: its placeholders are no citation, so the works
    # are the data module's alone (the component's markup is read only where it writes the works out)
    p = imported_site(tmp_path, {
        "svelte.config.js": "export default {};\n",
        "src/lib/data/publications.ts": ('export const publications = [\n  { authors: "Varga, L. and Ode, T.", '
                                         'title: "Magnon modes in ring lattices", journal: "Magnetics Letters", '
                                         'year: "2022" },\n];\n'),
        "src/lib/components/PublicationsList.svelte": (
            "<script>\n  import { publications } from '$lib/data/publications';\n</script>\n<ul>\n"
            "{#each publications as p}\n  <li>{p.authors}, {p.year}. <a href={p.url}>{p.title}</a>. "
            "<em>{p.journal}</em>, {p.volume}, {p.pages}.</li>\n{/each}\n</ul>\n"),
        "src/routes/+page.svelte": ('<script>\n  import PublicationsList from "$lib/components/PublicationsList.svelte";\n'
                                    '</script>\n<h1>Lena Varga</h1>\n<h3>Publications</h3>\n<PublicationsList />\n'),
    })
    assert [(x.title, x.year) for x in p.publications] == [("Magnon modes in ring lattices", 2022)]


def test_a_sveltekit_sites_publications_in_a_components_script_are_read(tmp_path):
    # SvelteKit: src/app.html is only the shell the framework fills ("%sveltekit.body%"), not the site's page;
    # the publications page keeps its list in its <script> ("const publications = [{...}]"), rendered with
    # {#each}; the records write the owner short ("L Varga"), the layout's header writes the name out
    import json

    papers = "".join(f'    {{ title: "Magnon modes in ring lattices, part {n}", authors: "T Ode, L Varga",\n'
                     f'      journal: "Magnetics Letters {n} (2), 1{n}", year: {2020 + n}, link: "https://x.example/{n}.pdf" }},\n'
                     for n in (1, 2, 3))
    p = imported_site(tmp_path, {
        "package.json": json.dumps({"devDependencies": {"@sveltejs/kit": "^2.0.0", "svelte": "^5.0.0"}}),
        "src/app.html": ("<!doctype html>\n<html>\n<head>\n<title>Lena Varga - Homepage</title>\n%sveltekit.head%\n"
                         "</head>\n<body>\n<div>%sveltekit.body%</div>\n</body>\n</html>\n"),
        "src/routes/+layout.svelte": ('<script>\n  let open = false;\n</script>\n<header>\n'
                                      '<h1><a href="/">Lena Varga</a></h1>\n'
                                      '<a href="https://github.com/lvarga-example" aria-label="GitHub">{open}</a>\n'
                                      '</header>\n<slot />\n'),
        "src/routes/publications/+page.svelte": (f'<script lang="ts">\n  const publications = [\n{papers}  ];\n'
                                                 '</script>\n<h1>Publications</h1>\n{#each publications as pub}\n'
                                                 '<p>{pub.title}</p>\n{/each}\n'),
    })
    assert p.person.name == "Lena Varga"
    assert sorted(x.title for x in p.publications) == [f"Magnon modes in ring lattices, part {n}" for n in (1, 2, 3)]
    first = min(p.publications, key=lambda x: x.year)
    assert (first.year, first.venue) == (2021, "Magnetics Letters")
    assert [a.name for a in first.authors] == ["T Ode", "L Varga"]


def test_a_gatsby_sites_pages_written_as_jsx_in_js_modules_say_who_the_owner_is(tmp_path):
    """Gatsby's pages are ``.js`` modules that write JSX (``src/pages/index.js``: "I am Ada Kruger, a postdoctoral
    researcher in soil science at Tarn University"; ``contact.js``: a mailto link, and the starter's placeholder
    profile links "https://twitter.com/your-twitter-handle"): the owner's job, place and email; a placeholder is no
    one's handle. Before: only ``.jsx``/``.tsx`` components were read, and neither was found."""
    page = ("import React from 'react';\nimport Layout from '../components/layout';\n\n"
            "const {name} = () => {{\n  return (\n    <Layout>\n      <section className=\"text-gray-700\">\n"
            "        {body}\n      </section>\n    </Layout>\n  );\n}};\n\nexport default {name};\n")
    write_site(tmp_path, {
        "package.json": '{"dependencies": {"gatsby": "5.0.0", "react": "18.0.0"}}\n',
        "gatsby-config.js": "module.exports = {\n  siteMetadata: {\n    title: `Dr. Ada Kruger`,\n"
                            "    siteUrl: `https://adakruger.example.org/`,\n  },\n}\n",
        "src/pages/index.js": page.format(name="IndexPage", body=(
            "<p className=\"mb-4\">I am Ada Kruger, a postdoctoral researcher in soil science at Tarn University. "
            "My research follows worms.</p>")),
        "src/pages/contact.js": page.format(name="ContactPage", body=(
            "<a href=\"https://twitter.com/your-twitter-handle\" className=\"flex\">Twitter</a>\n"
            "        <a href=\"mailto:ada.kruger@tarn.example.edu\" className=\"flex\">Email</a>")),
        "src/pages/publications.js": (
            "const publications = [\n  { title: 'Worms in dry soil', authors: 'Ada Kruger, Lee Park', "
            "journal: 'Soil Letters', year: 2022 },\n  { title: 'Loam and rain', authors: 'Ada Kruger', "
            "journal: 'Dirt Review', year: 2020 },\n];\n"),
    })
    person = import_path(tmp_path).profile.person
    assert person.name == "Ada Kruger" and person.email == "ada.kruger@tarn.example.edu"
    assert person.job_title == "postdoctoral researcher"
    assert [a.name for a in person.affiliations] == ["Tarn University"]
    assert "twitter" not in person.identifiers


def test_an_astro_sites_owner_read_off_vancouver_records_is_named_as_its_home_page_code_writes_them(tmp_path):
    # an Astro site of one YAML file per paper ("Hale T", Vancouver style) and no author in its configuration: the
    # owner found on the records is named as the home page's code writes them ('const title = "Tomas Hale"' over
    # "<h1>{title}</h1>"), not by the records' short form
    paper = "title: {t}\nauthor:\n  - {o}\n  - Hale T\njournal: Health Econ\nyear: {y}\ndoi: 10.5555/{y}\n"
    site = _write(tmp_path, {
        "package.json": '{"dependencies": {"astro": "4.0.0"}}\n',
        "astro.config.mjs": "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
        "src/pages/index.astro": '---\nconst title = "Tomas Hale";\n---\n<h1>{title}</h1>\n<p>I work on costs.</p>\n',
        "src/pages/research.astro": "---\nimport { getCollection } from 'astro:content';\n"
                                    "const papers = await getCollection('publications');\n---\n<h2>Articles</h2>\n"
                                    "<ul>{papers.map((p) => <li>{p.data.title}</li>)}</ul>\n",
        "src/content/publications/a.yaml": paper.format(t="Costs of knee care", o="Ode K", y=2021),
        "src/content/publications/b.yaml": paper.format(t="Values of health states", o="Lin W", y=2019),
        "src/content/publications/c.yaml": paper.format(t="Waiting lists in surgery", o="Roe B", y=2017),
    })
    profile = import_path(site).profile
    assert profile.person.name == "Tomas Hale"
    assert sum(any(a.is_self for a in p.authors) for p in profile.publications) == 3


def test_a_pelican_pages_title_metadata_is_no_workplace_and_names_its_section(tmp_path):
    # "Title: Research" over a page: the page's metadata, no workplace named "Title: Research"; "Title: Publications"
    # makes the page the owner's papers from its first line, the list under a heading of no section's name too
    site = _write(tmp_path, {
        "pelicanconf.py": "AUTHOR = 'Ines Brae'\nSITENAME = 'Field notes'\n",
        "content/pages/about.md": "Title: About\n\nI map glaciers of the northern ranges.\n",
        "content/pages/research.md": "Title: Research\n\nMy research is on ice.\n",
        "content/pages/publications.md": (
            "Title: Publications\n\n## The spin cycle\n\n"
            "1. Lund, K., and **Brae, I.**, _2019_, Moraines of the western fjords, *Boreas*, vol. 3.\n"),
    })
    profile = import_path(site).profile
    assert profile.person.affiliations == []
    [pub] = profile.publications
    assert pub.title == "Moraines of the western fjords" and pub.authors[1].is_self


def test_an_astro_sites_title_names_the_owner_among_the_authors_of_its_bibtex_records(tmp_path):
    """An Astro site's ``src/consts.ts`` says "SITE_TITLE = 'Noor Halvorsen'"; its BibTeX records, in ADS's
    "{Family}, I." form, list her on some and her senior co-author on all. The owner was the co-author on most
    records ("T. Ekberg"); the person the site's settings name, whom the records write as an author, is."""
    entry = ("@article{{w{n},\n  author = {{{authors}}},\n  title = \"{{Dust in young galaxies, part {n}}}\",\n"
             "  journal = {{Astronomy and Astrophysics}},\n  year = 202{n},\n}}\n\n")
    bib = "".join(entry.format(n=n, authors=a) for n, a in enumerate((
        "{Halvorsen}, N. and {Ekberg}, T.", "{Ekberg}, T. and {Halvorsen}, N. and {Moss}, L.",
        "{Moss}, L. and {Ekberg}, T.", "{Ekberg}, T. and {Lind}, P.", "{Halvorsen}, N. and {Ekberg}, T."), 1))
    site = _write(tmp_path / "s", {
        "package.json": '{"name": "site", "dependencies": {"astro": "^4.0.0"}}\n',
        "astro.config.mjs": "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
        "src/consts.ts": "export const SITE_TITLE = 'Noor Halvorsen';\nexport const SITE_DESCRIPTION = 'My pages.';\n",
        "src/data/publications.bib": bib,
        "src/pages/index.astro": "---\nimport Layout from '../layouts/Layout.astro';\n---\n<Layout>\n"
                                 "<p>I study dust in young galaxies.</p>\n</Layout>\n"})
    profile = import_path(site).profile
    assert profile.person.name == "Noor Halvorsen"
    assert sum(any(a.is_self for a in p.authors) for p in profile.publications) == 3


def test_a_pelican_rst_anonymous_substitution_link_leads_to_the_next_anonymous_target(tmp_path):
    # '|slides|__' is a link to the next anonymous target ('__ URL'), labelled by its image's file name
    profile = imported_site(tmp_path, {"pelicanconf.py": _LIND_CONF, "content/pages/home.rst": (
        "Oskar Lind\n##########\n\n:save_as: index.html\n\nPublications\n============\n\n"
        + _LIND_PAPER + "|slides|__\n\n.. |slides| image:: {static}/images/slides.png\n"
        "__ https://ex.org/ice-slides.pdf\n")})
    assert [p.links for p in profile.publications] == [{"slides": "https://ex.org/ice-slides.pdf"}]


def test_a_pelican_rst_line_takes_its_anonymous_targets_in_page_order(tmp_path):
    # "`PDF`__ |slides|__": the first target is the PDF's, the second the slides' (were swapped)
    profile = imported_site(tmp_path, {"pelicanconf.py": _LIND_CONF, "content/pages/home.rst": (
        "Oskar Lind\n##########\n\n:save_as: index.html\n\nPublications\n============\n\n"
        + _LIND_PAPER + "`PDF`__ |slides|__\n\n.. |slides| image:: {static}/images/slides.png\n\n"
        "__ https://ex.org/ice.pdf\n__ https://ex.org/ice-slides.pdf\n")})
    assert [p.links for p in profile.publications] == [
        {"pdf": "https://ex.org/ice.pdf", "slides": "https://ex.org/ice-slides.pdf"}]


def test_a_pelican_site_name_that_only_reads_like_a_name_gives_way_to_the_home_pages_person(tmp_path):
    # "SITENAME = 'Tidal Ledgers'" reads like a name; the home page is headed by the owner's, who is the papers'
    # bold author and whom the site's address spells. Before, the site's name was the owner.
    p = imported_site(tmp_path, {
        "pelicanconf.py": "SITENAME = 'Tidal Ledgers'\nSITEURL = 'https://wostrander.github.io'\n",
        "content/pages/index.md": "Title: About\nSlug: index\nsave_as: index.html\n\n# Wren Ostrander\n\n"
                                  "I read old tidal ledgers at Saltmarsh University.\n\n## Publications\n\n"
                                  "- **Wren Ostrander**, Pia Lund. Mapping the silt line. Estuary Review 2022.\n"})
    assert p.person.name == "Wren Ostrander"


def test_an_astro_bio_entrys_front_matter_about_the_owner_gives_their_email_profiles_and_role(tmp_path):
    # an Astro site's content collection "bio" (the site's sources without its configuration, read by the readers
    # every site shares): its entry's front matter is the owner's card (the title their
    # name with "Dr.", "role:", "email:", a "social:" list of label and address), its body the bio; the page
    # reader sees the page as rendered, front matter blanked, so the card was lost and nothing said so
    p = imported_site(tmp_path, {
        "src/content/config.ts": "import { defineCollection, z } from 'astro:content';\nexport const collections = {};\n",
        "src/content/bio/en.md": (
            "---\ntitle: Dr. Noa Peretz\nrole: Environmental Historian\nemail: noa.peretz@example.org\n"
            "social:\n  - label: Linkedin\n    url: 'https://www.linkedin.com/in/noa-peretz-12ab/'\n"
            "  - label: X\n    url: 'https://x.com/noa_peretz'\n---\n\n"
            "Dr. Noa Peretz is an environmental historian who studies how irrigation reshaped river valleys.\n"),
        "src/content/publications/en/irrigation.md": (
            "---\ntitle: Canals and their keepers\nvenue: Journal of Water History\nyear: 2021\n"
            "authors: Noa Peretz, Dan Levi\n---\n"),
        "src/content/publications/en/valleys.md": (
            "---\ntitle: The valley after the dam\nvenue: River Studies\nyear: 2019\nauthors: Noa Peretz\n---\n"),
    })
    assert p.person.name == "Noa Peretz"
    assert p.person.email == "noa.peretz@example.org"
    assert p.person.identifiers == {"linkedin": "noa-peretz-12ab", "twitter": "noa_peretz"}
    assert p.person.job_title == "Environmental Historian"


def test_a_pages_front_matter_is_about_the_owner_only_when_it_names_them():
    from kg.importers.site.markdown_site import front_matter_about

    assert front_matter_about({"name": "Noa Peretz", "title": "Home"}, "Noa Peretz")
    assert front_matter_about({"title": "Prof. Noa Peretz"}, "Noa Peretz")
    assert not front_matter_about({"title": "Contact", "email": "office@example.org"}, "Noa Peretz")
    assert not front_matter_about({"title": "Dr. Dan Levi"}, "Noa Peretz")


def test_an_astro_cv_collections_entry_in_a_language_folder_is_the_owners_cv(tmp_path):
    # an Astro site's "cv" content collection holds one entry per language ("src/content/cv/en/main.md"): the CV page,
    # its collection's folder named so; before: "a page none of the site's readers takes" (only "cv.md" or
    # "cv/index.md" was a CV by name), its degrees and honours lost
    p = imported_site(tmp_path, {
        "src/content/config.ts": "import { defineCollection, z } from 'astro:content';\nexport const collections = {};\n",
        "src/content/bio/en.md": "---\ntitle: Dr. Noa Peretz\nemail: noa.peretz@example.org\n---\n\n"
                                 "Dr. Noa Peretz is an environmental historian who studies river valleys.\n",
        "src/content/cv/en/main.md": (
            "---\ntitle: Curriculum Vitae\n---\n\n# Education\n\n"
            "* **2016** — M.A. in History, Tarnow University\n\n"
            "# Honors & Awards\n\n* **2020** — Delta Prize for Environmental History\n"
            "* **2017** — Tarnow University Summer Research Award\n"),
        "src/content/publications/en/irrigation.md": (
            "---\ntitle: Canals and their keepers\nvenue: Journal of Water History\nyear: 2021\n"
            "authors: Noa Peretz, Dan Levi\n---\n"),
        "src/content/publications/en/valleys.md": (
            "---\ntitle: The valley after the dam\nvenue: River Studies\nyear: 2019\nauthors: Noa Peretz\n---\n"),
    })
    assert [(a.name, a.year) for a in p.awards] == [("Delta Prize for Environmental History", 2020),
                                                    ("Tarnow University Summer Research Award", 2017)]
    assert [(e.degree, e.institution) for e in p.person.education] == [("M.A.", "Tarnow University")]


def test_a_page_about_someone_else_gives_the_owner_nothing_of_its_front_matter(tmp_path):
    # front matter about the owner gives their card; a member's page with a Quarto-style "about:" block of links, a
    # guest's post titled with the owner's name but written by someone else, a contact page of an office: none is
    # the owner's (before: the member's GitHub and the guest's email and X handle became the owner's)
    p = imported_site(tmp_path, {
        "src/content/config.ts": "import { defineCollection, z } from 'astro:content';\nexport const collections = {};\n",
        "src/content/bio/en.md": "---\ntitle: Dr. Noa Peretz\n---\n\n"
                                 "Dr. Noa Peretz is an environmental historian who studies river valleys.\n",
        "src/content/team/dan.md": ("---\ntitle: Dan Levi\nabout:\n  links:\n    - text: GitHub\n"
                                    "      href: https://github.com/danlevi\n---\n\nDan Levi is a research assistant.\n"),
        "src/content/blog/guest.md": ("---\ntitle: A guest post\nname: Noa Peretz\nauthor: Kim Park\n"
                                      "email: kim.park@example.org\ntwitter: kimpark\n---\n\nA guest post on wetlands.\n"),
        "src/content/contact/en.md": ("---\ntitle: Contact\nemail: office@example.org\nsocial:\n  - label: X\n"
                                      "    url: 'https://x.com/valley_office'\n---\n\nWrite to the office.\n"),
        "src/content/publications/en/irrigation.md": (
            "---\ntitle: Canals and their keepers\nvenue: Journal of Water History\nyear: 2021\n"
            "authors: Noa Peretz, Dan Levi\n---\n"),
        "src/content/publications/en/valleys.md": (
            "---\ntitle: The valley after the dam\nvenue: River Studies\nyear: 2019\nauthors: Noa Peretz\n---\n"),
    })
    assert p.person.name == "Noa Peretz"
    assert p.person.email is None
    assert p.person.identifiers == {}


def test_front_matter_written_by_someone_else_is_not_about_the_owner():
    from kg.importers.site.markdown_site import front_matter_about

    assert not front_matter_about({"title": "Noa Peretz", "author": "Kim Park"}, "Noa Peretz")
    assert front_matter_about({"title": "Noa Peretz", "author": "Noa Peretz"}, "Noa Peretz")
    assert front_matter_about({"name": "Noa Peretz", "authors": ["Dr. Noa Peretz"]}, "Noa Peretz")


_RST_WORKS = ("Writing\n=======\n\n"
              "- Runa Holm, Teodor Vik. Lichens on north walls. *Nordic Botany*, 2022.\n"
              "- Runa Holm, Ilse Marr. Moss under snow. *Arctic Letters*, 2020.\n")


@pytest.mark.parametrize("files", [
    {"conf.py": "project = 'Runa Holm'\nauthor = 'Runa Holm'\n",
     "index.rst": "Runa Holm\n=========\n\nI study lichens.\n\n.. toctree::\n\n   writing\n",
     "writing.rst": _RST_WORKS},
    {"pelicanconf.py": "AUTHOR = 'Runa Holm'\nPATH = 'content'\n",
     "content/pages/about.md": "Title: About\n\nI study lichens.\n", "content/pages/writing.rst": _RST_WORKS},
])
def test_a_rst_page_no_name_marks_as_a_list_is_read_for_the_works_it_lists(tmp_path, files):
    # a Sphinx or Pelican page of works under a name kg does not know ("writing.rst") was never read nor named in the
    # account: every reStructuredText page no reader took is read by the page reader, as a markdown page is
    result = import_path(_write(tmp_path, files))
    assert sorted(p.title for p in result.profile.publications) == ["Lichens on north walls", "Moss under snow"]
    assert all(p.file.endswith("writing.rst") for p in result.profile.publications)


def test_a_softwares_rst_pages_do_not_take_the_reads_of_the_sites_own_pages(tmp_path):
    # a site's repository that keeps its software's Sphinx pages (api/mod01.rst ... before pages/writing.md): the
    # reStructuredText pages are read after the markdown ones, within the pages the account reads for works
    files = {"_config.yml": "title: Runa Holm\nauthor:\n  name: Runa Holm\n",
             "index.md": "---\nlayout: home\n---\nI am Runa Holm, a botanist at Fjell University.\n",
             "pages/writing.md": "# Writing\n\n" + _RST_WORKS.split("\n\n", 1)[1]}
    files |= {f"api/mod{i:02}.rst": f"Module {i}\n=========\n\nFunctions of module {i}.\n" for i in range(25)}
    result = import_path(_write(tmp_path, files))
    assert sorted(p.title for p in result.profile.publications) == ["Lichens on north walls", "Moss under snow"]
    assert any(u.file == "api/mod24.rst" and "beyond the 20 pages" in u.text for u in result.profile.unparsed)
