"""Site folders kg used to refuse whole although a reader finds a researcher and papers in them: one empty file of
the site, a build folder hidden behind a verification token or a generator's partials, sites of other generators
(Sphinx/MyST, Docusaurus, Gatsby, R distill) whose developer README is no home page, Hugo themes without an author
page. Each fixture is a small invented site written here; each test says what a careful reader finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import import_path


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


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
