"""Shapes of real homepages that batches 38 and 39 still misread (issues 7 and 8), as small synthetic pages in our own
words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import imported_site, write_site


_SCHOLAR_LIST = """---
title: Papers
---

Articles
========

- Fast solvers for sparse grids on accelerators
A Berg, C Dunn
Journal of Computational Methods 12, 101-120
\t\t(2016)
    [pdf](files/solvers.pdf)

- Adaptive meshes for shallow water flows in estuaries
A Berg
Ocean Modelling 40 (2), 33-45
\t\t(2013)

Dissertations
=============

- Ph.D Dissertation. Waves on Sparse Grids in Shallow Seas. [pdf](files/thesis.pdf)
"""


def test_a_list_item_copied_from_a_scholar_export_one_field_a_line(tmp_path):
    # title, names, "Venue volume (issue), pages" and "(year)" on lines of their own in one list item (markdown's soft
    # breaks): four fields, not one run-on title; the year alone in brackets is the date, no venue
    page = tmp_path / "papers.md"
    page.write_text(_SCHOLAR_LIST, encoding="utf-8")
    pubs = import_path(page, owner="Anna Berg").profile.publications
    got = [(p.title, [a.name for a in p.authors], p.venue, p.year) for p in pubs[:2]]
    assert got == [
        ("Fast solvers for sparse grids on accelerators", ["A Berg", "C Dunn"], "Journal of Computational Methods", 2016),
        ("Adaptive meshes for shallow water flows in estuaries", ["A Berg"], "Ocean Modelling", 2013)]


def test_a_thesis_written_as_its_kind_then_its_title_has_no_author_named_after_the_kind(tmp_path):
    # "Ph.D Dissertation. Title. [pdf]": the kind is where the work appeared, not an author "Ph.D Dissertation"; the
    # entry stays a work though its file's link is relative
    page = tmp_path / "papers.md"
    page.write_text(_SCHOLAR_LIST, encoding="utf-8")
    pubs = import_path(page, owner="Anna Berg").profile.publications
    thesis = [p for p in pubs if p.title == "Waves on Sparse Grids in Shallow Seas"]
    assert [(p.venue, [a.name for a in p.authors]) for p in thesis] == [("Ph.D Dissertation", ["Anna Berg"])]


def test_a_bibtex_file_no_file_draws_only_fills_in_the_list_of_a_page_no_family_reader_takes(tmp_path):
    # a site of a generator kg does not know: its publications page lists two papers, a BibTeX file beside it (kept
    # for a LaTeX build) holds three; the page's list stands, the file's third entry is no work of the site
    bib = "".join(
        f"@article{{k{n},\n  title = {{{t}}},\n  author = {{Berg, Anna}},\n  journal = {{Ocean Modelling}},\n"
        f"  year = {{{y}}}\n}}\n\n"
        for n, (t, y) in enumerate((("Fast solvers for sparse grids on accelerators", 2016),
                                    ("Adaptive meshes for shallow water flows in estuaries", 2013),
                                    ("A draft on tides we never posted", 2017))))
    profile = imported_site(tmp_path / "site", {
        "index.html": "<html><head><title>Notes on Tides</title></head><body><h1>Anna Berg</h1>"
                      "<p>Welcome to my notes.</p></body></html>\n",
        "papers.md": _SCHOLAR_LIST,
        "bib/all.bib": bib,
    })
    assert sorted(p.title for p in profile.publications) == [
        "Adaptive meshes for shallow water flows in estuaries", "Fast solvers for sparse grids on accelerators",
        "Waves on Sparse Grids in Shallow Seas"]

