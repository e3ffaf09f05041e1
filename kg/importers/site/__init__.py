"""Site folders: a researcher's whole site, found by what its files hold, read file by file into one profile.

Takes a folder; gives one :class:`~kg.model.Profile`. Five importers (``IMPORTERS``, by the kind of site;
``detect_dir`` scores a folder, ``parse_dir`` reads it): ``mkdocs`` (``mkdocs.yml`` and its ``docs/`` pages), ``jekyll`` (academicpages / AcadHomepage, al-folio, a
theme-less site of markdown pages), ``hugo`` (Hugo Blox / Academic), ``quarto``, ``html-site`` (plain HTML pages,
in the folder or its one build folder), ``github-readme`` (a GitHub profile ``README.md``, a folder holding one
or the file itself) and ``app-site`` (a JavaScript framework's site: Gatsby, Next.js, Astro ..., read for the
publication records of its data files).

The modules, in reading order: :mod:`.files` (which files are read, backups and unlistable folders refused),
:mod:`.jekyll`, :mod:`.hugo`, :mod:`.markdown_site` (Quarto, theme-less Jekyll, READMEs) and :mod:`.html_site`
(the home page and section pages of an HTML site, found by content) find the files of each kind and read the
configuration; :mod:`.pages` hands every page to the one page reader (:mod:`kg.importers.page.parse`, imported
when used); :mod:`.records` reads structured publication records (``_publications`` and Hugo front matter,
``_data`` lists); :mod:`.fields` turns configuration values into text, links and profile settings;
:mod:`.owner` finds who a site is about when its home page does not say; :mod:`.any_site` reads a folder no
family reader could (its records, its pages, the owner its configuration names); :mod:`.record_files` reads the
publication records of any site's data files and collections that no family reader took (:mod:`.app_site` is
only that); :mod:`.assemble` makes one profile of
the parts, each item tagged with its file, ``Profile.source.parts`` one :class:`~kg.model.Source` per file read
with its checksum, a publication found in two files counted once (the later copy only fills what the first
lacks).
"""

from __future__ import annotations

from ..base import Importer
from .app_site import detect_app_site, parse_app_site
from .files import whole_site
from .generators import detect_generator_site, parse_generator_site
from .html_site import detect_html_site, parse_html_site
from .hugo import detect_hugo, parse_hugo
from .jekyll import detect_jekyll, parse_jekyll
from .markdown_site import (
    detect_jemdoc_dir,
    detect_mkdocs,
    detect_quarto,
    detect_readme,
    detect_readme_dir,
    parse_jemdoc_dir,
    parse_mkdocs,
    parse_quarto,
    parse_readme,
    parse_readme_dir,
)


IMPORTERS: dict[str, Importer] = {
    "jekyll": Importer(
        name="jekyll",
        detect_dir=detect_jekyll,
        parse_dir=whole_site(parse_jekyll),
    ),
    "hugo": Importer(
        name="hugo",
        detect_dir=detect_hugo,
        parse_dir=whole_site(parse_hugo),
    ),
    "html-site": Importer(
        name="html-site",
        detect_dir=detect_html_site,
        parse_dir=whole_site(parse_html_site),
    ),
    "quarto": Importer(
        name="quarto",
        detect_dir=detect_quarto,
        parse_dir=whole_site(parse_quarto),
    ),
    "github-readme": Importer(
        name="github-readme",
        detect=detect_readme,
        parse=parse_readme,
        detect_dir=detect_readme_dir,
        parse_dir=whole_site(parse_readme_dir),
    ),
    "mkdocs": Importer(
        name="mkdocs",
        detect_dir=detect_mkdocs,
        parse_dir=whole_site(parse_mkdocs),
    ),
    "jemdoc": Importer(
        name="jemdoc",
        detect_dir=detect_jemdoc_dir,
        parse_dir=whole_site(parse_jemdoc_dir),
    ),
    "static-site": Importer(
        name="static-site",
        detect_dir=detect_generator_site,
        parse_dir=whole_site(parse_generator_site),
    ),
    "app-site": Importer(
        name="app-site",
        detect_dir=detect_app_site,
        parse_dir=whole_site(parse_app_site),
    ),
}
