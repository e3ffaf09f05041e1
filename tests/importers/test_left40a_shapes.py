"""Shapes of real homepages the smoke sets of batches 38 and 39 still misread (issues 7 and 8), as small synthetic
pages in our own words."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html

from .sitefiles import imported_site


def _html(text: str, name: str = "publications.html"):
    return parse_html(SourceDoc(Path(name), text), ImportOptions(owner="Tarmo Lepp"))


_CLASSED_FIELDS = """<html><head><title>Publications</title></head><body>
<h1>Publications</h1>
<h2>2001</h2>
<dl>
  <dt>c1</dt>
  <dd class="bib-conf">
    <span class="p-author">
      <a href="../index.html"> Tarmo Lepp </a>,
      <a href="https://example.org/ak"> Aino Kull </a>, and
      <a href="https://example.org/ms"> Mart Saar </a>.
    </span>
    <span class="p-title">
      Sorting pebbles by colour and grain with interest points,
    </span>
    <span class="p-medium">
      Proceedings of the International Conference on Sediments (ICS),
    </span>
      volume 2, pages 11-14. Stone Press. May 3rd,
      2001, Tartu, Estonia. 4 pages.
    <ul class="reflinks">
      <li><a href="../papers/ics2001.ps.gz">Postscript</a></li>
    </ul>
  </dd>
</dl>
</body></html>"""


def test_a_title_element_ends_the_title_before_the_unmarked_venue_after_it():
    # the title's element closes on a comma, the venue's element has a class no reader knows ("p-medium"): the
    # element still says where the title ends (the title was the label of the link below, "Postscript", and went
    # into the venue)
    pub, = _html(_CLASSED_FIELDS).publications
    assert pub.title == "Sorting pebbles by colour and grain with interest points"
    assert pub.venue == "ICS" and pub.year == 2001
    assert [a.name for a in pub.authors] == ["Tarmo Lepp", "Aino Kull", "Mart Saar"]


_PROJECTS = """<html><head><title>Tarmo Lepp</title></head><body>
<h1>Tarmo Lepp</h1>
<p>Tarmo Lepp is a geologist at the Stone Institute.</p>
<h3>Publications</h3>
<ul>
<li>Tarmo Lepp and Aino Kull. Gravel in motion. Journal of Sediments, 12(3):4-9, 2019.</li>
</ul>
<h3>Former research projects</h3>
<ul>
<li><a href="https://example.org/gravel">Science Fund "GRAVEL"</a>; sorting and grading of river gravel (2014 - 2018).</li>
<li><a href="https://example.org/dune">Regional grant: "DUNE"</a>; wind-blown sand in coastal dunes (5/2012-5/2016;
leader of the institute's partner).</li>
</ul>
</body></html>"""


def test_a_list_of_research_projects_holds_no_papers():
    # "Research" alone heads a list of papers; "(Former) Research Projects" names funded projects, each a line
    # "<a>Fund "NAME"</a>; topic (years)" that read as a paper of the owner's
    pubs = _html(_PROJECTS, "index.html").publications
    assert [p.title for p in pubs] == ["Gravel in motion"]


def test_a_degree_held_beside_the_position_is_no_part_of_it(tmp_path):
    # "a Postdoctoral Research Fellow and PhD graduate at X": the position, then the degree earned at the same
    # place (the bio gave no position at all, and the site's stale one-liner won)
    page = tmp_path / "about.md"
    page.write_text("---\ntitle: About me\n---\n\nI am currently a Postdoctoral Research Fellow and PhD graduate at "
                    "the [School of Earth Sciences](https://example.org/ses), [University of Tartu]"
                    "(https://example.org/ut), Estonia.\n", encoding="utf-8")
    person = import_path(page, owner="Tarmo Lepp").profile.person
    assert person.job_title == "Postdoctoral Research Fellow"
    assert [(a.name, a.department) for a in person.affiliations] == [("University of Tartu", "School of Earth Sciences")]


def test_a_postscript_link_is_the_papers_file():
    # "<li><a href="x.ps.gz">Postscript</a></li>" under a citation: the paper's file, as "[PDF]" is (it was a line
    # nothing was read from)
    profile = _html(_CLASSED_FIELDS.replace('"../papers/', '"https://example.org/papers/'))
    assert profile.publications[0].links == {"paper": "https://example.org/papers/ics2001.ps.gz"}
    assert not profile.unparsed


_PHP_PAGE = """<h1>Research</h1>
<?php
function entry($p) {
  return "<div class='paper'><div class='paper_title'>" . $p["title"] . "</div>" . $p["venue"] . "; " . $p["author"] . "</div>";
}
$data = json_decode(file_get_contents("papers.json"), TRUE);
foreach ($data as &$p) {
  if ($p["kind"] == "paper") {
    echo entry($p);
  }
}
?>
<h3>Side projects</h3>
<?php
foreach ($data as $k => $p) {
  if ($p["kind"] != "side") continue;
  echo entry($p);
}
?>
"""

_PHP_DATA = """[
 {"title": "Gravel in motion", "author": "Tarmo Lepp, Aino Kull", "venue": "Journal of Sediments 2021", "kind": "paper"},
 {"title": "Sand under the microscope", "author": "Tarmo Lepp", "venue": "Stone Letters 2020", "kind": "paper"},
 {"title": "A map of river pebbles", "author": "Tarmo Lepp, Mart Saar", "venue": "arXiv 2019", "kind": "side"},
 {"title": "Notes on dunes never shown", "author": "Tarmo Lepp", "venue": "draft 2018", "kind": "side_hidden"},
 {"title": "Another hidden draft on silt", "author": "Tarmo Lepp", "venue": "draft 2017", "kind": "side_hidden"}
]
"""


def test_a_php_page_shows_the_records_of_a_json_file_its_loops_keep(tmp_path):
    # "foreach ($data as $p) { if ($p["kind"] == "paper") { echo ...; } }" and a loop that skips the other kinds
    # with "if (...) continue;": the records of a kind no loop writes out are not on the site (all five were read)
    profile = imported_site(tmp_path / "site", {
        "index.php": "<html><head><title>Tarmo Lepp</title></head><body><h1>Tarmo Lepp</h1>\n"
                     "<p>Tarmo Lepp is a geologist.</p>\n<?php include 'pages/research.php'; ?></body></html>\n",
        "pages/research.php": _PHP_PAGE,
        "papers.json": _PHP_DATA,
    })
    assert sorted(p.title for p in profile.publications) == [
        "A map of river pebbles", "Gravel in motion", "Sand under the microscope"]



def _apero(home_front: str, **extra) -> dict[str, str]:
    return {"config.toml": 'baseURL = "https://tarmo.example.org/"\ntitle = "Tarmo Lepp"\ntheme = "hugo-apero"\n',
            "content/_index.md": f"---\ntitle: \"Tarmo Lepp\"\n{home_front}type: home\n---\n\n** index doesn't contain "
                                 "a body, just front matter above.\nSee index.html in the layouts folder **\n",
            "content/about/main/index.md": "---\ntitle: \"\"\nshow_intro: false\nshow_outro: false\n---\n", **extra}


def test_a_themes_note_to_the_author_is_no_bio(tmp_path):
    # "** index doesn't contain a body, just front matter above. See index.html in the layouts folder **": the
    # theme's note in a page its layout does not show (it was the owner's description)
    profile = imported_site(tmp_path / "site", _apero('subtitle: "Geologist"\n'))
    assert profile.person.description is None
    assert not [u for u in profile.unparsed if "layouts folder" in u.text]


def test_an_apero_home_description_and_about_header_body_are_the_bio(tmp_path):
    # hugo-apero shows the home's "description" under the name, and the about header bundle's body under its
    # headline: the owner's position and place (neither was read: the header has no key the bundles were known by)
    header = {"content/about/header/index.md": "---\nheadline: |\n  Tarmo Lepp\n---\n\nI am the Lind Professor in "
                                               "the [Department of Geology](https://example.org/geo) at the [University"
                                               " of Tartu](https://example.org/ut).\n\n## Research\n\n- **Sand**: grains\n"}
    person = imported_site(tmp_path / "a", _apero("", **header)).person
    assert person.job_title == "Lind Professor"
    assert [(a.name, a.department) for a in person.affiliations] == [("University of Tartu", "Department of Geology")]
    said = 'description: "I am a Senior Lecturer in the Department of Physics at Stone University."\n'
    sidebar = {"content/about/sidebar/index.md": "---\nauthor: \"Tarmo Lepp\"\n---\n"}
    person = imported_site(tmp_path / "b", _apero(said, **sidebar)).person
    assert person.job_title == "Senior Lecturer"
    assert [(a.name, a.department) for a in person.affiliations] == [("Stone University", "Department of Physics")]
    assert person.description == "I am a Senior Lecturer in the Department of Physics at Stone University."


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


def test_a_line_of_facts_under_the_name_splits_at_its_semicolons_too():
    # "Assistant Professor in Geology · University of Tartu; Adjunct Professor at Stone College": three facts (the
    # semicolon ran the place of the first position into the second, "University of Tartu; Adjunct Professor" at
    # Stone College)
    page = ('<html><body><h1>Tarmo Lepp</h1>\n<p class="tagline">Assistant Professor in Geology · University of Tartu; '
            'Adjunct Professor at Stone College</p>\n</body></html>')
    person = _html(page, "index.html").person
    assert [(a.name, a.role) for a in person.affiliations] == [
        ("University of Tartu", "Assistant Professor in Geology"), ("Stone College", "Adjunct Professor")]


def test_a_list_holding_one_paper_twice_under_one_doi_gives_one_work():
    # a group's list files a paper under its online year and again under its print year, the same title and DOI:
    # one work (the list gave both); the same title under another DOI (a journal and a conference version) is two
    from kg.importers.site.assemble import merge_versions
    from kg.model import Publication

    def pub(title, year, doi, pdf):
        return Publication(title=title, year=year, doi=doi, links={"pdf": pdf})

    pubs = merge_versions([pub("Magnetic order in layered sand", 2012, "10.5555/sand.1", "https://ex.org/a.pdf"),
                           pub("Gravel in motion", 2013, "10.5555/grav.1", "https://ex.org/g.pdf"),
                           pub("Magnetic Order in Layered Sand", 2013, "10.5555/SAND.1", "https://ex.org/b.pdf"),
                           pub("Gravel in motion", 2014, "10.5555/grav.2", "https://ex.org/g2.pdf")])
    assert [(p.title, p.year) for p in pubs] == [("Magnetic order in layered sand", 2012), ("Gravel in motion", 2013),
                                                 ("Gravel in motion", 2014)]


def test_a_thesis_label_in_the_names_place_is_the_kind_of_work_not_its_author():
    # "(2009) Title. <i>PhD Thesis</i>. University of Tartu": no names, the label where they would be (it was the
    # author "PhD Thesis"); the owner wrote it, the label and the place are where it was written
    page = ('<html><body><h1>Tarmo Lepp</h1>\n<h2>Theses</h2>\n<p>(2009) Activity of river gravel: finding patterns '
            'in sets of pebbles. <i>PhD Thesis</i>. University of Tartu <a href="https://example.org/t.pdf">pdf (6MB)'
            '</a></p>\n<p>(2003) Sand signatures for large scale mapping. <i>MSc Thesis</i>. University of Tartu</p>\n'
            '</body></html>')
    pubs = _html(page, "index.html").publications
    assert [(p.venue, p.venue_type, [a.name for a in p.authors]) for p in pubs] == [
        ("PhD Thesis, University of Tartu", "thesis", ["Tarmo Lepp"]),
        ("MSc Thesis, University of Tartu", "thesis", ["Tarmo Lepp"])]


def test_a_thesis_label_in_the_names_place_makes_a_thesis_whatever_the_school_is_named():
    # "<i>PhD Thesis</i>. Graduate School of Information Science, ...": the label says what the work is; the school's
    # name ("Information Science") reads like a journal's, as under a titled thesis ('PhD thesis: "Title"')
    page = ('<html><body><h1>Rita Olsen</h1>\n<h2>Theses</h2>\n<p>(2011) Counting lattice paths in narrow strips. '
            '<i>PhD Thesis</i>. Graduate School of Information Science, Hillview University</p>\n</body></html>')
    pubs = _html(page, "index.html").publications
    assert [(p.title, p.venue_type) for p in pubs] == [("Counting lattice paths in narrow strips", "thesis")]
