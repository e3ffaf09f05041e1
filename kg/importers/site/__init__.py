"""Site folders: a researcher's whole site, found by what its files hold, read file by file into one profile.

Takes a folder; gives one :class:`~kg.model.Profile`. The importers (``IMPORTERS``, by the kind of site;
``detect_dir`` scores a folder, ``parse_dir`` reads it): ``mkdocs`` (``mkdocs.yml`` and its ``docs/`` pages), ``jekyll`` (academicpages / AcadHomepage, al-folio, a
theme-less site of markdown pages), ``hugo`` (Hugo Blox / Academic), ``quarto``, ``html-site`` (plain HTML pages,
in the folder or its one build folder), ``github-readme`` (a GitHub profile ``README.md``, a folder holding one
or the file itself), ``jemdoc``, ``org`` (Org-mode sources: ``index.org`` and its pages) and ``static-site`` (the sources of other generators, Sphinx, MyST, Docusaurus,
Gatsby, Next.js, Astro ..., and a JavaScript framework's site, read for the publication records of its data files
when its pages are components; ``app-site`` is its old name).

The modules, in reading order: :mod:`.files` (which files are read, backups and unlistable folders refused),
:mod:`.jekyll`, :mod:`.hugo`, :mod:`.markdown_site` (Quarto, theme-less Jekyll, READMEs) and :mod:`.html_site`
(the home page and section pages of an HTML site, found by content) find the files of each kind and read the
configuration; :mod:`.pages` hands every page to the one page reader (:mod:`kg.importers.page.parse`, imported
when used); :mod:`.records` reads structured publication records (``_publications`` and Hugo front matter,
``_data`` lists), :mod:`.listings` what a page's loops and listings show of a data file, :mod:`.js_data` and
:mod:`.script_data` the data of JavaScript/TypeScript modules and of the JSON files a page's script fetches,
:mod:`.lab` a lab's members and head, :mod:`.news` every family's news items; :mod:`.fields` turns configuration values into text, links and profile settings;
:mod:`.owner` finds who a site is about when its home page does not say; :mod:`.any_site` reads a folder no
family reader could (its records, its pages, the owner its configuration names); :mod:`.record_files` reads the
publication records of any site's data files and collections that no family reader took; :mod:`.generators`
reads the other generators' and JavaScript frameworks' sites; :mod:`.assemble` makes one profile of
the parts, each item tagged with its file, ``Profile.source.parts`` one :class:`~kg.model.Source` per file read
with its checksum, a publication found in two files counted once (the later copy only fills what the first
lacks).
"""

from __future__ import annotations

from ..base import Importer
from .files import whole_site
from .generators import detect_generator_site, parse_generator_site
from .html_site import detect_html_site, parse_html_site
from .hugo import detect_hugo, parse_hugo
from .jekyll import detect_jekyll, parse_jekyll
from .markdown_site import (
    detect_jemdoc_dir,
    detect_mkdocs,
    detect_org_dir,
    detect_quarto,
    detect_readme,
    detect_readme_dir,
    parse_jemdoc_dir,
    parse_mkdocs,
    parse_org_dir,
    parse_quarto,
    parse_readme,
    parse_readme_dir,
)


def _family(name: str, detect_dir, parse_dir, detect=None, parse=None) -> Importer:
    """A site family's entry: its folder detector and its reader, which refuses a site with a folder it
    cannot list (:func:`~.files.whole_site`); ``detect`` and ``parse`` when it reads a file too."""
    return Importer(name=name, detect_dir=detect_dir, parse_dir=whole_site(parse_dir), detect=detect, parse=parse)


IMPORTERS: dict[str, Importer] = {imp.name: imp for imp in (
    _family("jekyll", detect_jekyll, parse_jekyll),
    _family("hugo", detect_hugo, parse_hugo),
    _family("html-site", detect_html_site, parse_html_site),
    _family("quarto", detect_quarto, parse_quarto),
    _family("github-readme", detect_readme_dir, parse_readme_dir, detect=detect_readme, parse=parse_readme),
    _family("mkdocs", detect_mkdocs, parse_mkdocs),
    _family("jemdoc", detect_jemdoc_dir, parse_jemdoc_dir),
    _family("org", detect_org_dir, parse_org_dir),
    _family("static-site", detect_generator_site, parse_generator_site),
)}
