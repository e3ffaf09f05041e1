"""Shapes of real homepages that batch 42 and hunt 42 still misread (issues 7 and 8), as small synthetic sites in
our own words."""

from __future__ import annotations

import pytest

from kg.importers import import_path

from .sitefiles import imported_site, write_site


def test_a_jekyll_home_page_made_only_of_a_markdown_include_is_owned_by_who_the_included_file_names(tmp_path):
    # a home page whose whole text is "{% include home_text.md %}" and a configuration naming nobody: the page
    # "had no text" and the import failed (exit 2), though the included file opens with the owner's name
    p = imported_site(tmp_path, {
        "_config.yml": "baseurl: ''\ntimezone: Europe/Oslo\n",
        "_layouts/plain.html": "<html><body>{{ content }}</body></html>\n",
        "index.md": "---\ntitle: Top\nlayout: plain\n---\n\n{% include home_text.md %}\n",
        "_includes/home_text.md": "{% assign here = site.data.pos %}\n\n## Ingrid Solberg\n"
                                  "- Postdoctoral fellow, Fjordvik University\n- **email**: ingrid@fjordvik.example\n\n"
                                  "## Publications\n\n- Ingrid Solberg, Per Aune. *Knots in thin tubes*. "
                                  "Topology Letters, 2021.\n",
    })
    assert p.person.name == "Ingrid Solberg"
    assert [x.title for x in p.publications] == ["Knots in thin tubes"]


def test_a_list_of_works_the_home_page_loads_by_script_into_its_own_box_is_read(tmp_path):
    # a hand-written home page whose script loads its papers into a box ('$("#papers").load("chosen.html")'):
    # the fragment was read for the owner's particulars only, its papers dropped (0 papers)
    p = imported_site(tmp_path, {
        "index.html": "<html><head><title>Marta Lindqvist</title>\n"
                      "<script src='https://code.jquery.com/jquery.min.js'></script>\n"
                      "<script>$(function(){ $(\"#papers\").load(\"chosen.html\"); });</script></head>\n"
                      "<body><h1>Marta Lindqvist</h1>\n<p>Researcher at the Nordvik Institute. I work on type "
                      "systems for stream programs.</p>\n<h2>Selected publications</h2>\n<div id=\"papers\"></div>\n"
                      "</body></html>\n",
        "chosen.html": "<ul>\n<li>M. Lindqvist, O. Berg. <b>Typed clocks for stream programs</b>. In <i>Journal "
                       "of Stream Languages</i>, 2022.</li>\n<li>M. Lindqvist. <b>Bounded buffers by construction</b>. "
                       "In <i>Proceedings of the Workshop on Streams</i>, 2020.</li>\n</ul>\n",
    })
    assert p.person.name == "Marta Lindqvist"
    assert sorted(x.title for x in p.publications) == ["Bounded buffers by construction",
                                                       "Typed clocks for stream programs"]


def test_a_record_whose_authors_field_holds_only_the_school_and_year_is_the_owners_thesis(tmp_path):
    # a data file of theses whose template shows "authors" under each title, filled with the school and year:
    # "Tarn University, 2016" was read as two authors, neither the owner, with no year (beside a list of ten papers
    # or more, the thesis was then dropped as someone else's work)
    p = imported_site(tmp_path, {
        "_config.yml": "name: Nora Vik\ntitle: Nora Vik\n",
        "_includes/work.html": "<li><b>{{ w.title }}</b><br>{{ w.authors }}<br>[<a href=\"{{ w.pdf }}\">pdf</a>]</li>\n",
        "_data/papers.yml": "".join(f"- title: \"{t}\"\n  authors: \"Nora Vik and {c}\"\n  location: \"{v}\"\n"
                                    for t, c, v in [("Fast parallel graph peeling", "Ola Berg", "SPAA 2021"),
                                                    ("Sparse cuts in shared memory", "Eli Moen", "PPoPP 2020")]),
        "_data/other.yml": "- title: \"Master Thesis: Peeling graphs in parallel\"\n  authors: \"Tarn University, 2016\"\n"
                           "  pdf: /papers/master.pdf\n",
        "index.md": "---\nlayout: default\ntitle: Nora Vik\n---\n\nI am a researcher at Tarn University working on "
                    "parallel graph algorithms.\n\n### Publications\n\n<ul>\n{% for w in site.data.papers %}\n"
                    "  {% include work.html %}\n{% endfor %}\n</ul>\n\n### Older theses\n\n<ul>\n"
                    "{% for w in site.data.other %}\n  {% include work.html %}\n{% endfor %}\n</ul>\n",
    })
    thesis = next((x for x in p.publications if x.title.startswith("Master Thesis")), None)
    assert thesis is not None, [x.title for x in p.publications]
    assert (thesis.year, thesis.venue, thesis.authors) == (2016, "Tarn University", [])
    assert not [u.text for u in p.unparsed if u.file == "_data/other.yml" and "Tarn University" in u.text]


def test_a_preprints_data_file_of_titles_and_doi_addresses_that_a_page_loops_over_lists_works(tmp_path):
    # "_data/preprints.yml" of records with a title, a date and a doi.org address only (no authors, no venue), which
    # a page shows under "Preprints" filtered to the unpublished ones: not taken for works at all (a lookup table)
    preprint = "- title: \"{t}\"\n  url: https://doi.org/10.1101/2021.0{n}.01.1\n  date: 2021-0{n}-02\n  published: {p}\n\n"
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ida Holm\nauthor:\n  name: Ida Holm\n",
        "index.md": "---\nlayout: home\n---\n\nI am a postdoc at Fjell University modelling viral load in patients.\n",
        "pages/works.markdown": "---\nlayout: page\npermalink: /works\ntitle: Works\n---\n\n## Preprints\n\n<ol>\n"
                                "{% assign pre = site.data.preprints | where: \"published\", \"false\" %}\n"
                                "{% for a in pre %}\n  <li><strong>{{ a.title }}</strong><br>{{ a.date }}<br>"
                                "<a href=\"{{ a.url }}\">{{ a.url }}</a></li>\n{% endfor %}\n</ol>\n",
        "_data/preprints.yml": preprint.format(t="Viral load curves in treated patients", n=3, p="false")
                               + preprint.format(t="Timing of infection from viral load", n=2, p="true"),
    })
    assert [(x.title, x.year) for x in p.publications] == [("Viral load curves in treated patients", 2021)]


def test_an_advisor_sentence_closing_a_thesis_venue_line_names_the_owners_advisor(tmp_path):
    # an old hand-written list whose thesis item ends "Ph.D. thesis, <a>School</a>, 2004.  Advisor: <a>Name</a>.":
    # the sentence was cut from the venue and lost, so the owner had no advisor
    root = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Rolf Aune</title></head><body><h1>Rolf Aune</h1>\n"
        "<p>Professor of Mathematics, Nordvik University.</p>\n<h2>Publications</h2>\n<ol>\n"
        "<li><i>Cells of knot varieties</i>, with Bo Chen, <i>J. Algebra</i> 12 (2008), 1-20.\n"
        "<li><i>Knot Varieties</i>,\n  Ph.D. thesis, <a href=\"https://math.tarn.example\">Tarn University</a>, "
        "2004.  Advisor: <a\n  href=\"https://math.tarn.example/~ilund/\">Ida Lund</a>.\n"
        "[<a href=\"papers/thesis.pdf\">PDF</a>]\n</ol></body></html>\n")})
    p = import_path(root).profile
    thesis = next(x for x in p.publications if x.title == "Knot Varieties")
    assert thesis.venue == "Ph.D. thesis, Tarn University"
    assert p.person.advisors == ["Ida Lund"]


def test_a_works_named_data_file_of_the_records_reader_takes_a_title_and_a_link_mapping(tmp_path):
    # a works-named, looped data file's records of a title and an address alone are read by one rule
    # (records.title_and_address) in both data-file readers: preprints.yml, which the records reader of data files
    # reads, of records whose address is a link mapping ("link: {name: PDF, dest: ...}", the form theses.yml's
    # reader took); before the two readings were merged, this reader took a DOI or arXiv address only: no work
    preprint = ("- title: \"{t}\"\n  link:\n    name: PDF\n    dest: https://ida.example.org/{n}.pdf\n"
                "  date: 2021-0{n}-02\n")
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ida Holm\nauthor:\n  name: Ida Holm\n",
        "index.md": "---\nlayout: home\n---\n\nI am a postdoc at Fjell University modelling viral load in patients.\n",
        "pages/works.markdown": "---\nlayout: page\npermalink: /works\ntitle: Works\n---\n\n## Preprints\n\n<ol>\n"
                                "{% for a in site.data.preprints %}\n  <li><strong>{{ a.title }}</strong><br>"
                                "<a href=\"{{ a.link.dest }}\">PDF</a></li>\n{% endfor %}\n</ol>\n",
        "_data/preprints.yml": preprint.format(t="Viral load curves in treated patients", n=3)
                               + preprint.format(t="Timing of infection from viral load", n=2),
    })
    assert sorted((x.title, x.links.get("pdf")) for x in p.publications) == [
        ("Timing of infection from viral load", "https://ida.example.org/2.pdf"),
        ("Viral load curves in treated patients", "https://ida.example.org/3.pdf")]


@pytest.mark.parametrize("label", ["PhD advisor", "Doctoral advisors", "Directeur de thèse"])
def test_every_advisor_label_closing_a_thesis_venue_line_names_the_owners_advisor(tmp_path, label):
    # the venue's cut took only "Advisor:" / "Thesis supervisor:", while the owner's-thesis rule reads its note with
    # the labels of a line of advisors (ADVISOR_LABEL): "PhD advisor: X" closing the venue line was dropped
    root = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Rolf Aune</title></head><body><h1>Rolf Aune</h1>\n"
        "<p>Professor of Mathematics, Nordvik University.</p>\n<h2>Publications</h2>\n<ol>\n"
        "<li><i>Cells of knot varieties</i>, with Bo Chen, <i>J. Algebra</i> 12 (2008), 1-20.\n"
        f"<li><i>Knot Varieties</i>,\n  Ph.D. thesis, Tarn University, 2004.  {label}: Ida Lund.\n</ol></body></html>\n")})
    p = import_path(root).profile
    thesis = next(x for x in p.publications if x.title == "Knot Varieties")
    assert thesis.venue == "Ph.D. thesis, Tarn University"
    assert p.person.advisors == ["Ida Lund"]
