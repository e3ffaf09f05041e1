"""The importer table: format name -> (module, what it reads).

It lives outside ``kg.importers`` so that ``kg --help`` can list the formats without
importing the model and the parsers. The first entry is the default for plain markdown.
"""

# Order matters only for ties in detection.
IMPORTERS: dict[str, tuple[str, str]] = {
    "markdown": ("kg.importers.markdown_formats", "GitHub-pages markdown with inline HTML, markdown tables of papers"),
    "academicpages": ("kg.importers.markdown_formats", "Jekyll academicpages/AcadHomepage about.md (front matter, sections)"),
    "html": ("kg.importers.page.parse", "HTML pages: tables, <ul>/<li> lists, div blocks, jemdoc"),
    "aggregator": ("kg.importers.aggregator", "paper-aggregator profile dumps (plain text)"),
    "bibtex": ("kg.importers.bibtex", "BibTeX files"),
    "jekyll": ("kg.importers.site", "Jekyll sites: academicpages/AcadHomepage, al-folio (folder)"),
    "hugo": ("kg.importers.site", "Hugo sites: Hugo Blox/Academic, other themes from content/ and params (folder)"),
    "html-site": ("kg.importers.site", "plain HTML sites: index.html and linked local pages (folder)"),
    "github-readme": ("kg.importers.site", "a GitHub profile README.md (file or folder)"),
    "quarto": ("kg.importers.site", "Quarto websites: _quarto.yml, index.qmd and section pages (folder)"),
    "mkdocs": ("kg.importers.site", "MkDocs sites: mkdocs.yml and the docs/ pages its nav names (folder)"),
    "jemdoc": ("kg.importers.site", "jemdoc sources: index.jemdoc, MENU and the .jemdoc pages (folder)"),
    "org": ("kg.importers.site", "Org-mode sources: index.org, the pages it links and the files it includes (folder)"),
    "static-site": ("kg.importers.site", "sources of other generators: Sphinx/MyST, Docusaurus, Gatsby, Next.js, "
                    "R Markdown/distill (config and content pages), and JavaScript framework sites (publication "
                    "records in their data files; folder)"),
}

ALIASES: dict[str, str] = {"app-site": "static-site"}
"""Old format names ``--from`` still takes, each with the format that now reads what it read."""

FORMATS: tuple[str, ...] = ("auto", *IMPORTERS, *ALIASES)

