"""The files a page's code names (a script's fetch of a markdown file, a BibTeX file bibtex-js draws, a data file a
page's code opens): read by the one reader of the files a page names (files.includes), resolved inside the site,
a name that opens with "/" from the site's root, one named inside an HTML comment left out."""

from __future__ import annotations

from kg.importers.site.files import doc_or_none
from kg.importers.site.html_site import script_bibtex, script_markdown
from kg.importers.site.records import _data_refs

from .sitefiles import write_site


def test_a_script_fetching_from_the_site_root_names_the_root_file(tmp_path):
    root = write_site(tmp_path, {
        "team/index.html": "<html><body><div id='c'></div><script>\n"
                           "fetch('/content/about.md').then(r => r.text()).then(md => render(md));\n"
                           "fetch('notes.md');\n</script></body></html>\n",
        "content/about.md": "# About\n\nWe study sand.\n",
        "team/notes.md": "Notes\n",
    })
    page = root / "team" / "index.html"
    assert script_markdown(root, page, doc_or_none(page)) == [
        (root / "content" / "about.md").resolve(), (root / "team" / "notes.md").resolve()]


def test_a_bibtex_element_the_page_comments_out_is_not_drawn(tmp_path):
    root = write_site(tmp_path, {
        "pubs.html": "<html><body>\n<bibtex src=\"lab.bib\"></bibtex>\n"
                     "<!-- <bibtex src=\"old.bib\"></bibtex> -->\n</body></html>\n",
        "lab.bib": "@article{a, title={Sand}}\n",
        "old.bib": "@article{b, title={Old sand}}\n",
    })
    page = root / "pubs.html"
    assert script_bibtex(root, page, doc_or_none(page)) == [(root / "lab.bib").resolve()]


def test_a_data_file_named_from_the_site_root(tmp_path):
    root = write_site(tmp_path, {
        "papers/index.html": "<script>\nfetch(\"/data/pubs.json\").then(show);\n</script>\n",
        "data/pubs.json": "[{\"title\": \"Sand\"}]\n",
    })
    page = root / "papers" / "index.html"
    assert _data_refs(root, page, doc_or_none(page)) == [("pubs", (root / "data" / "pubs.json").resolve(), ())]


def test_a_jekyll_include_relative_with_a_slash_is_the_pages_own_folders_file(tmp_path):
    # Jekyll joins the name to the page's folder whether a "/" opens it or not (a browser's "/" is the site's root)
    from kg.importers.site.files import included_pages

    root = write_site(tmp_path, {
        "research/index.md": "---\ntitle: Research\n---\n\n{% include_relative /projects.md %}\n",
        "research/projects.md": "## Projects\n\nSand ripples.\n",
        "projects.md": "## Old projects\n",
    })
    assert included_pages(root, root / "research" / "index.md") == [(root / "research" / "projects.md").resolve()]
