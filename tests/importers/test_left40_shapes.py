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


_AWARDS = """<html><head><title>Rhea Vance</title></head><body>
<h1>Rhea Vance</h1>
<p>I study rivers.</p>
<h1>Honors and Awards</h1>
<h2>2012</h2>
<ul><li>Early Career Medal 2012. <a href="https://example.org/m">[Link]</a><br/>
<i>Photo of the ceremony at the Delta Meeting 2013.</i></li></ul>
<h2>2007 - 08</h2>
<ul><li>River Society PhD fellowship.</li></ul>
<h2>2006 - 07</h2>
<ul><li>Delta <a href="https://example.org/d">Young Hydrologist award</a> finalist.</li></ul>
<p><strong>Reviewer:</strong> Journal of Rivers, Water Letters.</p>
<p><strong>Funding (Past):</strong> NSF grant 123-456 (PI), Delta Fund 789 (co-PI).</p>
<p><strong>Outreach:</strong> Talks at schools on river safety.</p>
</body></html>
"""


def test_awards_under_academic_year_headings_and_the_labelled_paragraphs_after_them(tmp_path):
    # "2007 - 08" over an award is a year's group (an academic year), not an award heading the items below describe;
    # an italic line under an award is a remark on it (its year no second award's); "**Funding (Past):** ...",
    # "**Outreach:** ..." after the list are no awards, "**Reviewer:** ..." is the owner's service
    page = tmp_path / "index.html"
    page.write_text(_AWARDS, encoding="utf-8")
    profile = import_path(page).profile
    assert [a.name for a in profile.awards] == [
        "Early Career Medal 2012. [Link]", "River Society PhD fellowship", "Delta Young Hydrologist award finalist"]
    assert [s.role for s in profile.service] == ["Reviewer"]


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


def test_a_german_engineering_doctorate_is_read_as_the_degree(tmp_path):
    # "Dr.-Ing." (with a plain or a non-breaking hyphen) is a degree as "Dr. rer. nat." is
    page = tmp_path / "index.md"
    page.write_text("# Jonas Weber\n\nI build sensors.\n\n## Education\n\n"
                    "- **2016 - 2020**, Dr.\u2011Ing., Technical University of Aachen\n"
                    "- **2013 - 2015**, Dr.-Ing., Lake University\n", encoding="utf-8")
    education = import_path(page).profile.person.education
    assert [(e.degree, e.institution) for e in education] == [
        ("Dr.\u2011Ing.", "Technical University of Aachen"), ("Dr.-Ing.", "Lake University")]


def test_a_school_named_again_without_its_degree_adds_no_education():
    from kg.importers.site.assemble import merge_person
    from kg.model import Education, Person

    base = Person(name="Jonas Weber", education=[Education(degree="Dr.-Ing.", institution="Lake University", year=2020)])
    merge_person(base, Person(name="Jonas Weber", education=[Education(institution="Lake University"),
                                                              Education(degree="M.S.", institution="Lake University")]))
    assert [(e.degree, e.institution) for e in base.education] == [("Dr.-Ing.", "Lake University"),
                                                                   ("M.S.", "Lake University")]


def test_an_italic_journal_with_a_ranking_tag_beside_it_is_the_venue(tmp_path):
    # "<p><em>Neurocomputing</em> <span class="academic-tag">SCI Q1, Top</span></p>" under the title and names: the
    # italic name is the venue though it holds no venue word; the tag (a note) is no part of it
    page = tmp_path / "papers.md"
    page.write_text('---\ntitle: "Publications"\n---\n\n' + "".join(
        f'<div class="paper-container">\n  <div class="paper-details">\n    <h3>{t}</h3>\n'
        f'    <p>Ana Ruiz, Hua Lin*</p>\n'
        f'    <p><em>{v}</em> <span class="academic-tag">{tag}</span></p>\n'
        f'    <a href="https://example.org/{n}.pdf">Paper</a>\n  </div>\n</div>\n\n'
        for n, (t, v, tag) in enumerate((("Seeing through murky water with deep nets", "Frontiers in Marine Science", "SCI Q1, Top"),
                          ("Fusion nets for salient objects in the sea", "Neurocomputing", "SCI Q2")))),
        encoding="utf-8")
    pubs = import_path(page, owner="Hua Lin").profile.publications
    assert [p.venue for p in pubs] == ["Frontiers in Marine Science", "Neurocomputing"]
