"""The section classifier: which sub-sections of a page's publications hold papers (synthetic pages, invented
names)."""

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.common import section_kind
from kg.importers.page.parse import parse_markdown_page

from .sitefiles import academicpages_home, imported_site, write_site as _write

PAGE = """# Publications

Journal papers
--------------

* R. Ashby, I. Brandt: Frost heave in alpine gravel, Journal of Cold Ground, 12(3):1-9 (2020).

Patent applications
-------------------

* R. Ashby, I. Brandt: A device to core frozen lakes, application 2021-123456 (2021).

Other
-----

* R. Ashby, K. Lune: Glaciers and their valleys, Earth Monthly, 4(1):20-22 (2019).

Poster presentations
--------------------

* R. Ashby: Moraines of the north, Winter Meeting of Geology, poster, 2018.
"""


def test_patents_and_posters_are_no_papers_and_a_plain_heading_after_them_is_the_publications_again():
    pubs = parse_markdown_page(SourceDoc(Path("publications.md"), PAGE), ImportOptions(owner="Rowan Ashby")).publications
    assert [p.title for p in pubs] == ["Frost heave in alpine gravel", "Glaciers and their valleys"]


BIO = """<html lang="fr"><body>
<h1>Rowan Ashby</h1>
Professeure titulaire<br>Département de géologie<br>Université du Lac
<p id="subheading">Formation</p>
B.Sc. Geology, Hill College (1990-1994)<br>
Ph.D. Geology, Lakeside University (1994-1999)<br>
<p id="subheading">Awards</p>
Prix d'enseignement, Faculté des sciences, Université du Lac : 2004, 2009<br>
Medal for young geologists, Geology Society (2001)<br>
<p id="subheading">Étudiants</p>
Ilse Brandt (doctorat)<br>
</body></html>
"""


def test_a_paragraph_whose_id_says_heading_heads_its_section_named_in_the_pages_language():
    from kg.importers.page.parse import parse_html

    page = parse_html(SourceDoc(Path("bio.html"), BIO), ImportOptions())
    assert [(a.name.split(",")[0], a.year) for a in page.awards] == [
        ("Prix d'enseignement", 2009), ("Medal for young geologists", 2001)]
    assert [e.institution for e in page.person.education] == ["Hill College", "Lakeside University"]
    assert [s.name for s in page.students] == ["Ilse Brandt"]


def _page_with_heading(heading: str, items: list[str]):
    from kg.importers.page.parse import parse_html

    html = (f"<html><body><h1>Rowan Ashby</h1><p>I study frozen ground.</p>{heading}<ul>"
            + "".join(f"<li>{x}</li>" for x in items) + "</ul></body></html>")
    return parse_html(SourceDoc(Path("index.html"), html), ImportOptions(owner="Rowan Ashby"))


_TWO_AWARDS = ["Best Poster Award, Winter Meeting of Geology, 2019.", "Young Geologist Medal, Geology Society, 2018."]


def test_a_headings_anchor_names_its_section_where_its_words_name_none():
    # '<h2 id="awards">What others said</h2>': the words name no section, the anchor (what the menu links to)
    # does; before, the awards were read as papers
    page = _page_with_heading('<h2 id="awards">What others said</h2>', _TWO_AWARDS)
    assert [(a.name, a.year) for a in page.awards] == [
        ("Best Poster Award, Winter Meeting of Geology", 2019), ("Young Geologist Medal, Geology Society", 2018)]
    assert page.publications == []


def test_a_headings_anchor_names_its_section_where_its_words_name_another():
    # a theme's "#-publications" kept under words that name funded projects: the owner's papers, as
    # test_a_projects_heading_keeping_the_themes_publications_anchor_lists_papers (below) has it for a whole site;
    # and an anchor that names honours under words of papers
    page = _page_with_heading('<h2 id="-publications">Research Projects</h2>',
                              ["R. Ashby, I. Brandt. Frost heave in alpine gravel. Journal of Cold Ground, 2020."])
    assert [p.title for p in page.publications] == ["Frost heave in alpine gravel"]
    page = _page_with_heading('<h2 id="honors">Selected Works</h2>', _TWO_AWARDS)
    assert [a.year for a in page.awards] == [2019, 2018] and page.publications == []


def test_an_anchor_of_no_sections_words_leaves_the_heading_its_own():
    # "toc-2", "section-3": an anchor a tool numbered says nothing; the heading's words decide
    page = _page_with_heading('<h2 id="toc-2">Honors and Awards</h2>', _TWO_AWARDS)
    assert [a.year for a in page.awards] == [2019, 2018]
    page = _page_with_heading('<h2 id="section-3">Publications</h2>',
                              ["R. Ashby, I. Brandt. Frost heave in alpine gravel. Journal of Cold Ground, 2020."])
    assert [p.title for p in page.publications] == ["Frost heave in alpine gravel"]


def test_heading_kind_takes_the_anchor_as_a_second_witness():
    from kg.importers.page.sections import anchor_kind, heading_kind

    assert heading_kind("Selected Research Projects") == "grants"
    assert heading_kind("Selected Research Projects", "-publications") == "publications"
    assert heading_kind("What others said", "awards") == "awards"
    assert heading_kind("News (selected)", "toc-3") == "news"
    assert (anchor_kind(None), anchor_kind("--"), anchor_kind("recent_news")) == (None, None, "news")


def test_a_projects_heading_keeping_the_themes_publications_anchor_lists_papers(tmp_path):
    # an AcadHomepage fork whose owner renamed the papers' heading "Selected Research Projects" and kept its anchor
    # (id="-publications", what the menu links to): its papers were read as funded projects, 0 papers
    p = imported_site(tmp_path, {
        **academicpages_home(
            "Mira Castell",
            "<span class='anchor' id='about-me'></span>\n\nI build models of glacier flow.\n\n"
            "<h1 id=\"-publications\">Selected Research Projects</h1>\n\n"
            "- **Mira Castell**, Tom Ruel. Ice shelves thin from below. *Journal of Glaciology*, 2023.\n"
            "- Ana Vidal, **Mira Castell**. Crevasse fields under tidal load. *The Cryosphere*, 2021.\n",
            titled=True),
    })
    assert sorted(x.title for x in p.publications) == ["Crevasse fields under tidal load", "Ice shelves thin from below"]


def test_a_degree_heading_with_honours_is_no_awards_section(tmp_path):
    # "### B.Sc. in Chemistry (Honors)" under Education: the degree's class, read as a heading of awards (the
    # degree counted as one more award and lost from the education)
    p = imported_site(tmp_path, {"index.md": (
        "# Nora Vale\n\nI am a marine ecologist at Inland University.\n\n## Education\n\n"
        "### Ph.D. in Marine Biology\n**Inland University, Lakeside** | 2016 – 2021\n\n"
        "### B.Sc. in Chemistry (Honors)\n**Coastal College, Seaview** | 2012 – 2015\nFirst Division\n\n"
        "## Awards & Honors\n\n- **Kelp Medal**, Ocean Society (2023)\n- **Young Diver Prize** (2019)\n")})
    assert [(e.degree, e.year) for e in p.person.education] == [("Ph.D.", 2021), ("B.Sc.", 2015)]
    assert len(p.awards) == 2


def test_a_heading_as_high_as_a_year_heading_closes_the_years_group(tmp_path):
    # "### 2018" closing the journal papers, then "## Preprints": the preprints, of no year, took 2018; a heading
    # below the year's ("#### Letters") stays inside it
    p = imported_site(tmp_path, {"index.md": (
        "# Nora Vale\n\nI am a marine ecologist at Inland University.\n\n## Selected Publications\n\n### 2019\n\n"
        "1. **N. Vale**, K. Hart. \"Kelp rafts carry snails.\" *Ocean Biol.* **4**, 1–9 (2019).\n\n### 2018\n\n"
        "#### Letters\n\n2. K. Hart, **N. Vale**. \"Urchins reshape canopies.\" *Mar. Lett.* **2**, 3–5.\n\n"
        "## Preprints & Manuscripts Under Review\n\n"
        "1. **N. Vale**, K. Hart. \"Holdfasts shelter crabs.\" (In preparation)\n")})
    assert [(x.title, x.year) for x in p.publications] == [
        ("Kelp rafts carry snails", 2019), ("Urchins reshape canopies", 2018), ("Holdfasts shelter crabs", None)]


HUGO_CONFIG = """baseURL: https://orla.example.org/
title: Orla Penhallow
params:
  author: Orla Penhallow
"""


WORK_IN_PROGRESS = """---
title: "Research"
---

### Tidal flats and the price of salt

**[Bram Tolley](https://bram.example.org/) $\\cdot$ Orla Penhallow (2021)**
*Coastal Letters, 12, 40-51*

We measure how salt prices follow the tides.

#### Paper materials and links

+ [Replication files](https://code.example.org/salt)

##### Press

[Harbour Daily](https://news.example.org/salt) $\\cdot$
[Coast Radio](https://radio.example.org/salt)

---

### Work in progress

#### Ferry timetables and village marriages (with [Ines Varga](https://ines.example.org/))

#### Lighthouse keepers and the fishing catch (with [Tom Reyes](https://tom.example.org/))
"""


def test_work_in_progress_heading_holds_papers(tmp_path):
    # "Work in progress" names unfinished papers, like "Working papers": its items are the owner's works
    site = _write(tmp_path, {"config.yml": HUGO_CONFIG, "content/research.md": WORK_IN_PROGRESS})
    titles = [p.title for p in import_path(site).profile.publications]
    assert "Ferry timetables and village marriages" in titles
    assert "Lighthouse keepers and the fishing catch" in titles


def test_an_in_press_heading_of_its_own_holds_the_accepted_papers(tmp_path):
    # "## In Press" at the top of a page's list (no "Publications" above it) is the papers accepted and not out
    # yet, a status as "## Submitted" is; the media's "In the Press" stays no list of papers
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\nI am an Assistant Professor of Geology at Tarn University.\n\n"
                    "## In Press\n\n"
                    "- Roe, A., & Lee, B. (2025). Sand ripples in slow rivers. *Journal of Sand*, in press.\n"
                    "- Roe, A. (2025). Mud banks revisited. *Earth Letters*, in press.\n\n"
                    "## Published\n\n"
                    "- Roe, A., Lee, B., & Kim, C. (2023). Grain sizes measured. *Journal of Sand*, 12, 1-10.\n\n"
                    "## In the Press\n\n"
                    "- [Rivers of sand](https://news.example.org/sand), Tarn Daily, 2024.\n", encoding="utf-8")
    titles = {p.title for p in import_path(page).profile.publications}
    assert titles == {"Sand ripples in slow rivers", "Mud banks revisited", "Grain sizes measured"}
    assert section_kind("In Press") == "publications" and section_kind("In the Press") == "press"


LINKS_UNDER_SUBHEADING = """---
title: "Research"
---

### Tidal flats and the price of salt

**[Bram Tolley](https://bram.example.org/) $\\cdot$ Orla Penhallow (2021)**
*Coastal Letters, 12, 40-51*

We measure how salt prices follow the tides along three coasts over forty years of market records. The
price rises a day after each spring tide and falls slowly, and we show why with a model of the salt pans.

#### Paper materials and links

+ Paper: [official](https://doi.org/10.1000/salt.2021) $\\cdot$ [ungated](/papers/salt.pdf)

---

### Rivers and the price of bread

**Orla Penhallow $\\cdot$ [Bram Tolley](https://bram.example.org/) (2019)**
*Inland Letters, 3, 1-9*
"""


def test_links_under_a_materials_subheading_are_the_papers(tmp_path):
    # "#### Paper materials and links" under a paper titled by a heading: the line of links below it (a lead
    # label, TeX dots between them) is that paper's links
    site = _write(tmp_path, {"config.yml": HUGO_CONFIG, "content/research.md": LINKS_UNDER_SUBHEADING})
    pubs = {p.title: p for p in import_path(site).profile.publications}
    links = set(pubs["Tidal flats and the price of salt"].links.values())
    assert {"https://doi.org/10.1000/salt.2021", "https://orla.example.org/papers/salt.pdf"} <= links


def test_a_bold_remark_that_the_list_needs_updating_heads_no_news(tmp_path: Path):
    # "__Still need to update these__" under "## Publications": a remark of the author's, not a "News" or
    # "Updates" sub-section; the numbered papers below it stay papers
    prof = imported_site(tmp_path / "page", {"index.md": (
        "# Pavel Nyberg\n\nI study the birds of wet meadows.\n\n## Publications\n"
        "__Still need to update these :)__\n\n"
        "1. **Counting Snipes by Their Calls at Dusk**  \n_Wetland Days 2023_  \nI. Vogt, <u>P. Nyberg</u>  \n"
        "[[pdf](https://example.org/a.pdf)]\n\n"
        "2. **Where the Corncrake Nests in Late Summer**  \n_Journal of Meadows 2021_  \n<u>P. Nyberg</u>, I. Vogt  \n"
        "[[pdf](https://example.org/b.pdf)]\n")})
    assert [p.title for p in prof.publications] == ["Counting Snipes by Their Calls at Dusk",
                                                    "Where the Corncrake Nests in Late Summer"]
    assert prof.news == []


def test_a_funded_projects_sub_heading_inside_the_publications_lists_no_papers(tmp_path: Path):
    # "## Publications" > "### Journal papers" then "### Participated projects" > "#### Some University": the
    # projects (their funder and years in brackets) are grants the owner worked on, not papers
    pubs = imported_site(tmp_path / "page", {"index.md": (
        "# Mira Holt\n\nI model how trams fill up at rush hour.\n\n## Publications\n\n### Journal papers\n"
        "1. **Holt, M.**, Berg, T., 2021. Counting riders on crowded trams with door sensors. Journal of Urban "
        "Transit, 12, pp.1-20.\n"
        "2. Berg, T. and **Holt, M.**, 2023. When do commuters switch lines? Transport Letters, 4, pp.30-41.\n\n"
        "### Participated projects\n\n#### Lakeside University:\n"
        "1. Smarter Timetables for Small Cities (National Transit Fund), 2022-2024\n"
        "2. Modelling the Flow of Passengers at Busy Stations (City Council) 2020-2021\n\n#### Old Institute:\n"
        "1. Planning the rolling stock of two long corridors, National Railway Company (Ministry of Railways), "
        "2015-2017. (Collaborator).\n"
        "2. Catering on fast trains, Science and technology department of Old Institute, 2013-2014. (Supervisor).\n")}).publications
    assert [p.title for p in pubs] == ["Counting riders on crowded trams with door sensors",
                                       "When do commuters switch lines?"]


def test_online_contributions_are_no_papers(tmp_path):
    # a long CV page: its "Online Contributions" are blog posts and podcast guest spots ("Guest"), not works
    page = ("<html><body><h1>Ines Barros</h1><p>Ines Barros is a research scientist at Norland Labs.</p>"
            "<h4>Journal Articles</h4>"
            "<p>J2. <a href='j2.pdf'>Sparse models of river flow</a>. Ines Barros and Tom Vale. "
            "Journal of Hydrology, 2021.</p>"
            "<p>J1. <a href='j1.pdf'>Rain gauges that learn</a>. Ines Barros. Water Letters, 2019.</p>"
            "<h4>Online Contributions</h4>"
            "<p>O2. <a href='https://example.org/pod'>Guest</a>. Ines Barros. The Data Podcast, May 2, 2022.</p>"
            "<p>O1. <a href='https://example.org/blog'>Why rivers need models</a>. Ines Barros. "
            "Norland Labs Blog, March 3, 2021.</p></body></html>")
    profile = imported_site(tmp_path / "site", {"index.html": page})
    assert sorted(p.title for p in profile.publications) == ["Rain gauges that learn", "Sparse models of river flow"]


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


def test_deeds_told_as_duty_lines_under_achievements_are_no_awards(tmp_path):
    # "## Achievements" over "- Created and led the ...", "- Published 12 articles ...": what the owner did, in a
    # CV's words, no prize; an honour in the same list ("Awarded the ... Medal, 2019") still is one
    (tmp_path / "README.md").write_text(
        "# Hi, I'm Ana Roe\n\nI am a marine botanist.\n\n## Achievements\n\n### **Field work at sea**\n"
        "- Created and led the coastal survey unit, growing it to nine people.\n"
        "- Published 12 articles on salt marsh grasses in leading journals.\n\n"
        "### **Field honours**\n- Awarded the Harbour Society Medal, 2019\n")
    awards = import_path(tmp_path).profile.awards
    assert [a.name for a in awards] == ["Awarded the Harbour Society Medal"]


def test_a_heading_of_no_kind_after_a_section_with_items_is_still_another_section(tmp_path):
    # the section's heading had its own items: a heading of no kind at its level closes it, as before
    page = tmp_path / "index.md"
    page.write_text("# Rosa Quintero\n\n## Publications\n\n- R. Quintero, L. Osei. Slow light in warm vapour cells. "
                    "*Optics Letters*, 2021.\n\n## Hobbies\n\n- Sailing on the lake in summer.\n")
    profile = import_path(page).profile
    assert [p.title for p in profile.publications] == ["Slow light in warm vapour cells"]
    assert any("Sailing" in u.text for u in profile.unparsed)


def test_a_heading_naming_talks_by_several_names_one_unknown_lists_no_papers(tmp_path):
    # "## Meeting abstracts, posters, talks and invited presentations" under the papers, its items written as the
    # papers are: two of its names say talks (the other two name no section), so its items are no papers
    item = ("{n}. **N. Ferro** and T. Quill.  \n   **{t}**.  \n   *{v}*, May 3-5, {y}, Lisbon.\n\n")
    page = ("# Nadia Ferro\n\nI am a postdoctoral researcher at Fenmark University.\n\n## Journal articles\n\n"
            + item.format(n=1, t="Tide pools as clocks", v="Journal of Coastal Things", y=2024)
            + item.format(n=2, t="Counting barnacles by sound", v="Marine Listening", y=2022)
            + "## Meeting abstracts, posters, talks and invited presentations\n\n"
            + item.format(n=1, t="Tide pools as clocks", v="Annual Meeting of the Coast Society (ACS 2024)", y=2024)
            + item.format(n=2, t="Sound maps of reefs", v="Workshop on Reef Acoustics (WRA 2023)", y=2023))
    profile = imported_site(tmp_path / "site", {"index.md": page})
    assert [p.title for p in profile.publications] == ["Tide pools as clocks", "Counting barnacles by sound"]


def test_a_button_set_in_a_heading_does_not_name_the_section(tmp_path: Path):
    # "<h2>Selected Talks <a class="btn">All Publications and Talks »</a></h2>": the button inside the heading
    # leads to another page; the section is the talks its own words name, and its items are no papers
    prof = imported_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Mira Holt</title></head><body><h1>Mira Holt</h1>"
        "<p>I study how frost shapes alpine soils.</p>"
        "<h2>Selected Publications <a href='pubs.html' class='btn btn-primary'>All Publications &raquo;</a></h2><ul>"
        "<li><a href='https://doi.org/10.1/a'>\"Needle Ice and the Lifting of Stones\"</a>, <b>Mira Holt</b> and "
        "Tove Ek. <i>Soil Letters</i>, 2021.</li></ul>"
        "<h2>Selected Talks <a href='pubs.html' class='btn btn-primary'>All Publications and Talks &raquo;</a></h2><ul>"
        "<li>\"Frost Heave for Beginners\", <b>Mira Holt</b>. Valley Club evening talk. May 2, 2023.</li>"
        "<li><a href='https://example.org/t2'>\"Counting Stone Circles by Drone\"</a>, Tove Ek, <b>Mira Holt</b>. "
        "<b>Meeting of the Frost Society</b>, 2022.</li></ul></body></html>")})
    assert [p.title for p in prof.publications] == ["Needle Ice and the Lifting of Stones"]


def test_talks_under_an_unknown_heading_naming_meeting_and_year_are_no_papers(tmp_path):
    # a linked title over "Meeting YEAR, City, date": where a talk was given; only an item's own venue tag
    # ("@ X", "X'23") makes a list under a heading kg does not know a list of papers
    page = tmp_path / "talks.html"
    items = "".join(
        f'<li><a href="t{k}.pdf"><strong>{title}</strong></a><br>\n {kind}<a href="https://m.example.org/{k}">'
        f'{meeting}</a>, {city}, June {k + 2}, {year}\n'
        for k, (title, kind, meeting, city, year) in enumerate([
            ("Widget spectra and gadget graphs", "", "FPWG 2013", "Lyon", 2013),
            ("Gadget flows in cell complexes", "Poster, ", "AMS Meeting 2012", "Tulane", 2012),
            ("Counting widget colourings by hand", "", "SIAM Meeting 2018", "Norman", 2018),
            ("Widget towers of small height", "", "WGS 2011", "Denver", 2011)]))
    page.write_text("<html><head><title>Piet Vos</title></head><body><h1>Piet Vos</h1>\n"
                    f"<h2>Things I said</h2>\n<ul>\n{items}</ul></body></html>\n", encoding="utf-8")
    assert import_path(page).profile.publications == []


def test_research_before_another_section_s_name_qualifies_it():
    # "RESEARCH COMMITTEE MEMBERSHIP" over a CV's editor and committee posts was read as a list of papers (it holds
    # "research"); the name the heading ends with is the section, "research" qualifies it
    from kg.importers.common import section_kind

    assert [section_kind(h) for h in ("Research Committee Membership", "Research Talks", "Research Software")] == [
        "memberships", "talks", "software"]
    # a list of works stays one: "Research", "Research Achievements", two sections joined ("Research and Teaching")
    assert [section_kind(h) for h in ("Research", "Research Achievements", "Research and Teaching")] == [
        "publications"] * 3


BOOKS_AND_TALKS = """<!DOCTYPE html>
<html><head><title>Publications</title></head>
<body>
<h1>Odile Marchetti</h1>
<h1>Livres</h1>
<h2>Livres en français</h2>
<table><tbody>
<tr><td><p><img src="cover1.png"></p></td>
<td><p>O. Marchetti, P. Brun &amp; A. Lenoir<br>  (2016) <span class="italic"><a href="http://books.example.org/marees">Les tables de marée pour tous, 2e édition</a></span>.<br>  Presses du Port 18€. <a href="http://shop.example.org/marees">Commander</a>.</p></td></tr>
<tr><td><p><img src="cover2.png"></p></td>
<td><p>Brun, P., Marchetti, O. &amp; Lenoir, A.<br>  (2012) <span class="italic">Compter les mouettes</span>. (<a href="http://data.example.org/m">Données</a>)<br>  Éditions de la Côte. ISBN 978-0-00-000000-0</p></td></tr>
</tbody></table>
<h1>Chapitres d'ouvrages</h1>
<ol><li><span class="bold">Marchetti, O.</span> Lenoir, A., Brun, P. (2014). Tides and tables. Dans Handbook of Coastal Numbers, Harbour Press.</li></ol>
<h1>Conferences</h1>
<ol>
<h3>Conferences with proceedings</h3>
<li>Brun, P. &amp; <span class="bold">Marchetti, O.</span> (2008). Gull counts at dawn. Proceedings of the Coastal Days, 1-10.</li>
<h3>Tutorials</h3>
<li><span class="bold">Marchetti, O.</span> (2015). Tide tables with R (3 hours). Harbour useR day, Brest.</li>
<h3>Invited conference</h3>
<li><span class="bold">Marchetti, O.</span> (2013). Why tables matter. Coastal Statistics Week, Nantes.</li>
</ol>
</body></html>
"""


def test_french_book_and_chapter_sections_table_rows_and_talk_subheadings(tmp_path):
    # "Livres", "Chapitres d'ouvrages": the sections of a French page of papers; a book is a table row whose
    # citation cell sets the authors, "(year) <italic title>" and the publisher on lines of their own (the italic
    # by a CMS class); "Tutorials" and "Invited conference" inside the list of conferences head talks
    page = _write(tmp_path, {"papers.html": BOOKS_AND_TALKS}) / "papers.html"
    profile = import_path(page).profile
    by_title = {p.title: p for p in profile.publications}
    assert set(by_title) == {"Les tables de marée pour tous, 2e édition", "Compter les mouettes", "Tides and tables",
                             "Gull counts at dawn"}
    book = by_title["Les tables de marée pour tous, 2e édition"]
    assert book.year == 2016 and book.venue.startswith("Presses du Port")
    assert [a.name for a in book.authors] == ["O. Marchetti", "P. Brun", "A. Lenoir"]
    assert by_title["Compter les mouettes"].year == 2012
    # "Marchetti, O. Lenoir, A., Brun, P.": the comma after the first initial forgotten
    assert [a.name for a in by_title["Tides and tables"].authors] == ["O. Marchetti", "A. Lenoir", "P. Brun"]
    assert len(profile.talks) == 2  # (the tutorial and the invited conference, no papers)


def test_grants_and_research_contracts_is_a_grants_heading():
    from kg.importers.common import section_kind

    assert section_kind("Grants and Research Contracts") == "grants"
    assert section_kind("Research Contracts") == "grants"
    assert section_kind("Research and Publications") == "publications"


def test_a_short_cv_heading_is_read_as_the_cv_it_names(tmp_path):
    # "## A short CV": the article is no part of the section's name; the degrees in it are the owner's education
    page = tmp_path / "about.md"
    page.write_text("# Ana Roe\n\n## A short CV\n\n"
                    "* 2019 - : Researcher at the Lakeside Institute for Soils (DE)\n"
                    "* 2013 - 2017: PhD at the Technical University of Hill Town (DE)\n"
                    "* 2011 - 2013: Master in Science at the University of Riverside (DE)\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [
        ("PhD", "Technical University of Hill Town"), ("Master", "University of Riverside")]


def test_a_box_headed_by_a_section_name_over_a_list_of_two_is_that_section(tmp_path):
    # same-shape boxes, each a heading over a list: "SERVICE & LEADERSHIP" over two items is a section of its own,
    # not one more award of the box before it
    def box(head: str, items: list[str]) -> str:
        return (f"<div class='col-12'><h4 class='mb-4'>{head} </h4><ul class='list-styled'>"
                + "".join(f"<li><p>{x}</p></li>" for x in items) + "</ul></div>\n")

    page = tmp_path / "staff.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h3>Mara Quill, PhD</h3>"
                    "<h6>Associate Professor</h6><div class='row'>\n"
                    + box("RESEARCH EXPERIENCE", ["2019-2021 Postdoctoral Fellow, Lark Institute",
                                                  "2021-now Associate Professor, Fenwick University"])
                    + box("AWARDS &amp; GRANTS", ["May 2019 The Fenwick Postdoctoral Fellowship",
                                                   "Dec 2018 The Lark Alumni Scholarship",
                                                   "2014-2018 The First Prize Scholarship of Fenwick University"])
                    + box("SERVICE &amp; LEADERSHIP", ["<b>Journal Review</b><br>Widget Letters, Gadget Review",
                                                        "<b>Conference Review</b><br>2019 8th Conference on Widgets"])
                    + "</div></body></html>\n")
    awards = import_path(page).profile.awards
    assert len(awards) == 3 and not any("Review" in a.name for a in awards)


def test_a_teaching_experience_heading_is_teaching():
    # "Teaching Experience" is the owner's teaching (as "Research Experience" is positions held): no list of jobs
    from kg.importers.common import section_kind

    assert section_kind("Teaching Experience") == "teaching"
    assert section_kind("Teaching experiences") == "teaching"
    assert section_kind("Research Experience") == "experience"


def test_a_list_of_a_sections_kind_is_that_section():
    from kg.importers.common import section_kind

    assert section_kind("Liste des posters") == section_kind("Posters") == "talks"
    assert section_kind("List of talks") == "talks"
    assert section_kind("Liste de mes publications") == "publications"


def test_a_page_for_students_is_addressed_to_them_and_lists_none(tmp_path):
    # "学生の方へ / For Students" (a page to would-be students: the seminar they may join, a message): the headings
    # of its cards ("卒業研究", undergraduate research) and a "公開日" (published on) line are no students
    profile = imported_site(tmp_path, {
        "index.html": "<html><head><title>Jo Roe</title></head><body><h1>Jo Roe</h1><p>Jo Roe is a professor of "
                      "geometry at Hill University.</p><a href='students.html'>For Students</a></body></html>",
        "students.html": """<html><head><title>学生の方へ | Jo Roe</title></head><body>
<div class="page-title"><h1>学生の方へ</h1><div class="sub">For Students</div></div>
<section><div class="section-head"><h2>卒業研究</h2><span class="sub">Undergraduate Research</span></div>
<div class="card"><h3>2026年度 卒業研究</h3><p>曲率流の本を読みます。</p></div>
</section>
<section><div class="section-head"><h2>メッセージ</h2><span class="sub">Messages</span></div>
<div class="card"><h3>良い証明について</h3><p>短い証明がいつも良いとは限りません。</p>
<p class="signed">公開日：2015年10月1日</p></div>
</section>
</body></html>
""",
    })
    assert profile.students == []
    assert "students.html" in {u.file for u in profile.unparsed}  # (the page was read: its lines are listed)


def test_an_awards_section_on_a_teaching_page_is_read(tmp_path):
    # "## Awards" under the courses of a teaching page the site serves: the owner's awards; "_Instructor of
    # record_" over a list of courses is the owner's part in them, no course named "record"
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Lu Hartigan"\nauthor:\n  name: "Lu Hartigan"\n')
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI am a PhD candidate at Tarn University.\n")
    (tmp_path / "_pages" / "teaching.md").write_text(
        "---\npermalink: /teaching/\ntitle: \"Teaching\"\n---\n\n## Courses taught\n\n**Tarn University**\n\n"
        "_Instructor of record_\n\n- Economics bootcamp for Masters students\n\n## Awards\n"
        "- Outstanding Graduate Student Instructor, Tarn University 2021\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [(a.name, a.year) for a in p.awards] == [("Outstanding Graduate Student Instructor, Tarn University", 2021)]
    assert not any(t.course == "record" for t in p.teaching)


def test_a_bold_msc_dissertation_line_heads_the_thesis_under_it(tmp_path):
    # Word's paragraphs: "<p><b>M.Sc. Dissertation</b></p>" over the one thesis; before, the line was read as a
    # work titled "Dissertation" by an author "M.Sc"
    page = tmp_path / "publications.htm"
    page.write_text("<html><head><title>Tomas Varga</title></head><body><p>Publications</p>"
                    "<p><b>Ph.D. Thesis</b></p><p>Tomas Varga. Silt in slow rivers. Ph.D. Thesis, Westmoor "
                    "University, 2003.</p><p><b>M.Sc. Dissertation</b></p><p>Tomas Varga. Gravel in fast rivers. "
                    "M.Sc. Dissertation, Eastfield University, 1999.</p><p><b>Journals</b></p><p>Ines Moreau and "
                    "Tomas Varga. Sand in deltas. River Letters, vol. 2, 2016.</p></body></html>", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Silt in slow rivers", 2003), ("Gravel in fast rivers", 1999), ("Sand in deltas", 2016)]


def test_a_publications_page_whose_list_opens_under_the_owners_name_reads_that_list(tmp_path):
    """A page named for the owner's publications (``publications.html``, built by jemdoc): its only heading above
    the list is the owner's name, and a later heading ("Works in progress") opens more works. The list before that
    heading is the page's own section. Before: only the work under the later heading was read."""
    page = tmp_path / "publications.html"
    page.write_text(
        "<html><head><title>Publications</title></head><body><h1>Lena Torvik</h1>\n"
        "<div class=\"infoblock\"><p><b>Sparse graphs and their limits</b>, Annals of Graphs, 2023, <br />\n"
        "with Odd Hamre and Lena Torvik. <br /></p>\n"
        "<p><b>Random walks on thin trees</b>, Journal of Walks, 2021, <br />\n"
        "with Lena Torvik and Siv Aune. <br /></p>\n"
        "<p><b>Mixing times of lazy chains</b>, Probability Notes, 2019, <br />\n"
        "with Lena Torvik. <br /></p></div>\n"
        "<h2>Works in progress</h2>\n"
        "<p><b>Cutoff for shuffles of decks</b> <br />\nwith Lena Torvik and Odd Hamre. <br /></p>\n"
        "</body></html>\n", encoding="utf-8")
    titles = [p.title.split(",")[0] for p in import_path(page).profile.publications]
    assert titles == ["Sparse graphs and their limits", "Random walks on thin trees", "Mixing times of lazy chains",
                      "Cutoff for shuffles of decks"]


def test_the_owners_mentors_on_a_people_page_give_no_job_title_nor_affiliations():
    # left46 (rhasan): '# My mentor board of directors' over '- [Professor A. Lee](...) (Lakeside University)': the
    # owner's mentors were read as the owner's posts (job title 'Professor A. Lee (Lakeside University)')
    profile = parse_markdown_page(SourceDoc(Path("people.md"), (
        "# My mentor board of directors\nI have had several mentors on my way, in no particular order.\n\n"
        "- [Professor Ana Lee](https://example.org/lee) (Lakeside University)\n"
        "- [Dr Bo Tran](https://example.org/tran) (Senior Lecturer, Hill College)\n\n"
        "# Research students\n\n0. Cai Wen (2025)\n0. Dara Moss (2024)\n")), ImportOptions(owner="Rowan Ashby"))
    assert profile.person.job_title is None
    assert [a.name for a in profile.person.affiliations] == []
    assert [s.name for s in profile.students] == ["Cai Wen", "Dara Moss"]


def test_two_topics_joined_by_and_name_no_section_a_word_of_one_of_them_names():
    # "media" inside "social media" is a topic's word, not the press section; a piece that names a section
    # alone still names it for the whole heading
    from kg.importers.common import section_kind
    assert section_kind("Social media and social movements") is None
    assert section_kind("Media and outreach") == "press"
    assert section_kind("Press & social media") == "press"
    assert section_kind("Talks and presentations") == "talks"


def test_research_topics_boxes_are_no_papers(tmp_path):
    """An AcadHomepage home page whose "Research Topics" heading holds paper boxes that are topics (a badge, a bold
    name, keywords, a project's link, a paragraph) above its "Selected Publications": the topics are the owner's
    interests, no papers (the one box with a link was read as a paper, its badge as the venue)."""
    assert section_kind("Research Topics") == "interests"
    box = ("<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">{badge}</div></div></div>\n"
           "<div class='paper-box-text' markdown=\"1\">\n\n<strong>*T{n}-* {name}</strong>\n\n*Keywords: {kw}*\n\n"
           "[*Project*](https://tides.example.org/project{n})\n- Sensors and models help harbours plan for storms.\n"
           "</div>\n</div>\n\n")
    p = imported_site(tmp_path, academicpages_home(
        "Mira Castell",
        "I build models of coastal flooding.\n\n# Research Topics\n\n"
        + box.format(badge="Coastal Resilience", n=1, name="Platform for Harbour Flood Warnings", kw="Floods, Sensors")
        + box.format(badge="Digital Twins", n=2, name="Twin Models of Tidal Barriers", kw="Simulation")
        + "# Selected Publications\n\n"
        "- **Mira Castell**, Tom Ruel. Ice shelves thin from below. *Journal of Glaciology*, 2023.\n"
        "- Ana Vidal, **Mira Castell**. Crevasse fields under tidal load. *The Cryosphere*, 2021.\n"))
    assert sorted(x.title for x in p.publications) == ["Crevasse fields under tidal load", "Ice shelves thin from below"]


_PAPERS_AND_TALKS_FR = """<html><head><title>Ana Roe | Publications et communications</title></head><body>
<h1>Publications et communications</h1>
<p><strong>Articles</strong></p>
<ul>
<li>Roe, A., Lenoir, P. (2024). Les marées du nord, <em>Revue des côtes</em>.</li>
<li>Roe, A. (2022). Compter les mouettes, <em>Oiseaux de mer</em>.</li>
</ul>
<p><strong>Conférences</strong></p>
<ul>
<li><em>Les marées du nord</em>. Poster présenté en 2024 avec Paul Lenoir lors du colloque Littoral à Brest.</li>
<li><em>Gull counts at dawn</em>. Communication présentée en 2023 au congrès Seabirds, Oslo.</li>
<li><em>Tides and tables</em>. Lightning talk presented in 2022 at the Coastal Days, online.</li>
</ul>
<p><strong>Ateliers</strong></p>
<ul>
<li><em>Compter en équipe</em>. Atelier réalisé en 2022 au Centre de la mer, Brest.</li>
</ul>
</body></html>"""


def test_a_list_of_presentations_under_a_heading_of_no_known_kind_is_talks(tmp_path):
    # "Conférences" under a page of papers: each item a title, then what it was ("Poster présenté en 2024 avec X lors
    # du colloque Y", "Lightning talk presented at X"), no author line; talks, not papers (the twin of a paper's
    # title among them takes nothing from the paper); "Ateliers" heads the workshops the owner gave
    page = _write(tmp_path, {"publications.html": _PAPERS_AND_TALKS_FR}) / "publications.html"
    profile = import_path(page).profile
    assert [(p.title, p.venue) for p in profile.publications] == [
        ("Les marées du nord", "Revue des côtes"), ("Compter les mouettes", "Oiseaux de mer")]
    assert [a.name for a in profile.publications[0].authors] == ["A. Roe", "P. Lenoir"]
    assert [t.title for t in profile.talks] == ["Les marées du nord", "Gull counts at dawn", "Tides and tables",
                                                "Compter en équipe"]


def test_a_software_heading_among_a_publications_pages_topics_over_whole_papers_is_a_topic_of_the_list():
    """'Publications' > 'Software Development' beside 'Tides' and 'Ice', over paragraphs each a whole paper written
    over lines ("Berg, I. (2021).<br><strong>Title</strong>.<br>Journal ..."): the papers on the owner's software, a
    topic of the list, read as works. Before, the heading opened a software section and its papers were dropped. A
    'Software' heading over packages (a name, a line, a link) stays software: no work."""
    from kg.importers.page.parse import parse_html

    def paper(authors: str, year: int, title: str, venue: str) -> str:
        return f"<p>{authors} ({year}).<br/>\n<strong>{title}</strong>.<br/>\n{venue}.<br/>\n</p>\n"

    page = ("<html><body>\n<h1>Publications</h1>\n<h2>Tides</h2>\n"
            + paper("Berg, I., Lund, O.", 2022, "Tidal range in narrow fjords", "Journal of Fjord Studies, 12 (3)")
            + "<h2>Software Development</h2>\n"
            + paper("Berg, I.", 2021, "tidekit: Tide Tables for Python", "Journal of Open Tide Software, 6 (62)")
            + paper("Moe, K., Berg, I.", 2020, "A Common Framework for Fjord Data", "Coastal Systems Letters, 17 (2)")
            + "<h2>Ice</h2>\n"
            + paper("Berg, I.", 2019, "Sea ice over shallow shelves", "Polar Notes, 4 (1)")
            + "<h2>Software</h2>\n<p>tidekit<br/>\nTide tables in one call.<br/>\n"
              "<a href=\"https://github.com/iberg/tidekit\">Code</a></p>\n"
              "<p>fjordmap<br/>\nMaps of fjords.<br/>\n<a href=\"https://github.com/iberg/fjordmap\">Code</a></p>\n"
            + "</body></html>\n")
    pubs = parse_html(SourceDoc(Path("publications.html"), page), ImportOptions(owner="Ida Berg")).publications
    assert [p.title for p in pubs] == ["Tidal range in narrow fjords", "tidekit: Tide Tables for Python",
                                       "A Common Framework for Fjord Data", "Sea ice over shallow shelves"]


def test_a_phd_positions_heading_offers_places_and_lists_none_of_the_owners_posts(tmp_path):
    # "PhD positions" over a call for students: an opening, no list of posts the owner held ("I am looking for
    # 1-2 students" is no affiliation); "Postdoctoral positions" in a CV stays the owner's posts
    assert [section_kind(h) for h in ("PhD positions", "Ph.D. Positions (Fall 2027 intake)",
                                      "Postdoctoral positions", "Positions")] == [
        "openings", "openings", "experience", "experience"]
    page = tmp_path / "page.md"
    page.write_text("# Ines Rowe\n\nI am a lecturer at the University of Tarn.\n\n### PhD positions\n\n"
                    "- I am looking for 1-2 self-motivated Ph.D. students to join my research group.\n\n"
                    "- Postdoc and visiting research positions are also available.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert all("looking for" not in a.name and "also available" not in a.name for a in person.affiliations)


def test_the_owners_card_opening_a_page_titled_publications_is_no_paper(tmp_path):
    """A site's CV page titled "Publications" that opens with the owner's card ("Ann Roe / Assistant Professor /
    School of X / [Google Scholar](...)"): their name and post, no paper."""
    cv = ("---\nlayout: page\ntitle: Publications\n---\n\nAnn Roe  \nAssistant Professor  \nSchool of Sea Studies  \n"
          "Lakeside University  \n[Google Scholar](https://scholar.google.com/citations?user=AbCdEfGhIjKL)  \n"
          "[**CV (PDF)**](https://x.org/cv.pdf)  \n\nPapers\n=====\n\n"
          "- Roe A., Berg I. [Small steps in corpus data.](https://x.org/a) *Journal of Steps* 3. 2020.\n\n"
          "- Roe A. [Big leaps in grammar.](https://x.org/b) *Leap Letters* 2. 2019.\n")
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Roe Lab\nmarkdown: kramdown\nowner:\n  name: Ann Roe\n",
        "index.md": "---\nlayout: page\n---\n\n### Sea Studies @ Lakeside\n\nWelcome to the lab of Ann Roe.\n",
        "CV/index.md": cv})
    assert [p.title for p in profile.publications] == ["Small steps in corpus data", "Big leaps in grammar"]


def test_an_in_review_heading_of_its_own_holds_the_submitted_papers(tmp_path):
    # "## In review" names the papers under review as "## Under review" does: a whole heading, a status
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\nI am an Assistant Professor of Geology at Tarn University.\n\n"
                    "## In review\n\n"
                    "1. **Roe, A.**, Lee, B. Sand ripples in slow rivers. *Journal of Sand*.\n\n"
                    "## Published\n\n"
                    "1. **Roe, A.**, Lee, B., 2023, Grain sizes measured, *Journal of Sand*, 12, 1-10.\n", encoding="utf-8")
    imported = import_path(page).profile
    assert section_kind("In review") == "publications" and section_kind("**In review:**") == "publications"
    assert [p.title for p in imported.publications] == ["Sand ripples in slow rivers", "Grain sizes measured"]
    assert imported.unparsed == []  # (before "In review" headed papers: the heading and the paper unparsed)


def test_a_status_heading_inside_another_section_is_a_group_of_that_section(tmp_path):
    # "## Service" > "### In review" (or "### Submitted"): the reviews the owner does, a group of the service, no
    # papers (the two entries were unparsed under "publications")
    for status in ("In review", "Submitted"):
        page = tmp_path / "index.md"
        page.write_text("# Ana Roe\n\nI am an Assistant Professor of Geology at Tarn University.\n\n"
                        "## Service\n\n- Program committee, Dune Conference (2023)\n\n"
                        f"### {status}\n\n"
                        "- Reviewer, Journal of Sand (2021-2024)\n- Reviewer, Earth Letters, 2022\n", encoding="utf-8")
        imported = import_path(page).profile
        assert [(s.role, s.venues) for s in imported.service] == [
            ("Program committee", ["Dune Conference"]), ("Reviewer", ["Journal of Sand"]),
            ("Reviewer", ["Earth Letters"])], status
        assert imported.publications == [] and imported.unparsed == []


def test_an_empty_heading_that_links_to_its_own_page_heads_no_group_of_the_next_heading(tmp_path):
    # "## [Updates](url)" with nothing under it: the news are on the linked page; the heading of no kind after it
    # ("Places on the Web") is a part of the page of its own, not a group of news
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\nI am an Assistant Professor of Geology at Tarn University.\n\n"
                    "## [Updates](https://roe.example.org/updates/)\n\n"
                    "## Places on the Web:\n"
                    "* E-mail: ana@example.org\n"
                    "* [My Department Webpage](https://geo.example.org/roe)\n"
                    "* ResearchGate: [Ana Roe](https://www.researchgate.net/profile/Ana_Roe)\n", encoding="utf-8")
    profile = import_path(page).profile
    assert profile.news == []
    assert profile.person.identifiers == {"researchgate": "Ana_Roe"} and profile.person.email == "ana@example.org"
    # (a plain heading with nothing under it still titles the groups after it: "## News" / "## Field trips")
    page.write_text("# Ana Roe\n\nI am an Assistant Professor of Geology at Tarn University.\n\n"
                    "## News\n\n## Field trips\n\n* 2024-05: We mapped the dunes of the north coast.\n",
                    encoding="utf-8")
    assert [n.text for n in import_path(page).profile.news] == ["We mapped the dunes of the north coast."]


def test_a_linked_heading_still_titles_the_groups_under_it_at_its_level(tmp_path):
    # "## [Talks](url)" / "## Invited" over talks: the linked heading names the section, the next heading (no
    # label, no kind of its own) a group of it, as after "## Talks" (talks 0, one a paper by "Earth Day Seminar")
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\nI am an Assistant Professor of Geology at Tarn University.\n\n"
                    "## [Talks](https://roe.example.org/talks/)\n\n## Invited\n\n"
                    "- \"Dunes at dusk\", Earth Day Seminar, Lakeside College, April 2023.\n"
                    "- \"Sand that sings\", Dune Symposium, Tarn, May 2022.\n", encoding="utf-8")
    profile = import_path(page).profile
    assert [t.title for t in profile.talks] == ["Dunes at dusk", "Sand that sings"]
    assert profile.publications == [] and profile.unparsed == []
    page.write_text("# Ana Roe\n\nI am an Assistant Professor of Geology at Tarn University.\n\n"
                    "## [Students](https://roe.example.org/students/)\n\n## Current\n\n"
                    "- Jo Bell (PhD student, 2021-)\n- Cy Moss (MSc student, 2022-)\n", encoding="utf-8")
    assert [s.name for s in import_path(page).profile.students] == ["Jo Bell", "Cy Moss"]


def test_my_advisor_said_under_any_heading_only_that_sentence_names_them(tmp_path):
    # "... with my advisor, A." under "Research Interests": A; the next sentence's "under the supervision of B"
    # (the lab's visitors') names no advisor of the owner's
    page = tmp_path / "index.md"
    page.write_text("# Mira Kestel\n\nI am a PhD student in ecology at Tarnwood University.\n\n## Research Interests\n\n"
                    "* River ice\n* Glacier flow\n\nI study river ice with my advisor, Ana Velt. Our lab also hosts "
                    "visiting students under the supervision of Prof. Bo Runde.\n", encoding="utf-8")
    assert import_path(page).profile.person.advisors == ["Ana Velt"]


def test_a_dated_entry_heading_no_reader_takes_is_listed_not_set_aside(tmp_path):
    # "### 2016–2017: <course>" under "## Teaching" is one entry, no group's label: set aside as a label it was
    # lost (marked markup, in no field and no report line); listed now when nothing under it was read; a dated
    # heading over a degree the education reader reads from it stays its label
    page = tmp_path / "teaching.md"
    page.write_text("# Orla Fenwick\n\n## Teaching\n\n"
                    "### 2016–2017: Field methods in lake sediment coring\n\n"
                    "<div class=\"entry-meta\">Eastmere University | 12 hours a year</div>\n\n"
                    "## Education\n\n"
                    "### 2008–2010: Master, Limnology — Eastmere University\n\n"
                    "<div class=\"entry-meta\">June 2010 | Eastmere</div>\n")
    profile = import_path(page).profile
    listed = {u.line: u.text for u in profile.unparsed}
    assert listed.get(5) == "### 2016–2017: Field methods in lake sediment coring"
    assert 11 not in listed  # (the degree's heading, read)
    assert any(e.institution == "Eastmere University" for e in profile.person.education)


def test_a_table_rows_year_cell_read_as_a_heading_does_not_take_the_rows_entry(tmp_path):
    # "| **2019-2021** | M.Sc. ..., Hill University |": the bold year of the first cell reads as a year heading;
    # marking its line took the row's entry with it (in no field, no report line); the jobs' rows are listed now,
    # as the row dated "Now" (no year heading) was, and the degree's row is read as the owner's degree
    page = tmp_path / "README.md"
    page.write_text("# Tomas Riedl\n\nI model how rivers carry silt.\n\n## Publications\n\n"
                    "| Year | Paper | Venue |\n|--|--|--|\n| 2020 | Silt in slow rivers | Journal of Mud |\n\n---\n\n"
                    "## Background\n\n| | Details |\n|--|--|\n| **Now** | Hydrologist at Fenmoor Water Board |\n"
                    "| **2022** | Research fellow at Brackwater Institute - sediment transport modelling |\n"
                    "| **2019-2021** | M.Sc. Hydrology, Brackwater University (with distinction) |\n")
    profile = import_path(page).profile
    listed = {u.line: u.text for u in profile.unparsed}
    assert {17, 18} <= set(listed) and 19 not in listed
    assert [(e.degree, e.institution, e.year) for e in profile.person.education] == [
        ("M.Sc.", "Brackwater University", 2021)]


def test_a_dated_heading_a_reader_reads_as_the_entry_is_not_listed(tmp_path):
    # "### 2019–2021: Postdoctoral Researcher, Hill University" over a line of what was done there: the experience
    # reader reads the heading as the position (its line under stays listed); the heading is read, not listed. A
    # dated heading with nothing under it is read by no reader: listed, not set aside in silence
    page = tmp_path / "cv.md"
    page.write_text("# Ines Varga\n\n## Experience\n\n### 2019–2021: Postdoctoral Researcher, Hill University\n\n"
                    "Worked on moss dispersal models.\n\n### 2016–2019: Research Assistant, Vale Institute\n",
                    encoding="utf-8")
    profile = import_path(page).profile
    assert [(a.name, a.role, a.start_year) for a in profile.person.affiliations] == [
        ("Hill University", "Postdoctoral Researcher", 2019)]
    listed = {u.line: u.text for u in profile.unparsed}
    assert 5 not in listed
    assert listed.get(9) == "### 2016–2019: Research Assistant, Vale Institute"


def test_german_genre_headings_head_publications_and_posts_do_not():
    for heading in ("Aufsätze", "Aufsätze und Beiträge", "Zeitschriftenaufsätze", "Beiträge in Sammelbänden",
                    "Buchbeiträge", "Monographien", "Herausgeberschaften"):
        assert section_kind(heading) == "publications", heading
    # "Beiträge" alone is a blog's posts as often as a list's contributions; "Rezensionen" alone, as "Reviews",
    # heads the press's reviews of the owner's book as often as the reviews the owner wrote
    assert section_kind("Beiträge") is None and section_kind("Neueste Beiträge") is None
    assert section_kind("Rezensionen") is None and section_kind("Reviews") is None


def test_the_press_reviews_of_the_owners_book_are_no_works_of_the_owner():
    from pathlib import Path

    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    page = parse_html(SourceDoc(Path("buch.html"), (
        "<html><body><h1>Dr. Klara Feldmann</h1><h2>Monographien</h2>\n<ul><li>Feldmann, Klara (2019): Häfen und "
        "Händler der Hanse. Köln: Böhlau.</li></ul>\n<h2>Rezensionen</h2>\n<ul><li>„Ein kluges Buch über die Hanse“ "
        "– Frankfurter Allgemeine Zeitung, 12.03.2019</li></ul></body></html>")), ImportOptions())
    assert [p.title for p in page.publications] == ["Häfen und Händler der Hanse"]


def test_a_year_heading_closed_by_any_word_of_an_open_range():
    # common.NOW_WORDS, the one list: "current" and the other languages' words close a heading's range as "present" does
    from kg.importers.page.sections import year_heading
    for text in ("2019 - present", "2019 - current", "2019 – heute", "2019 - oggi", "2019 - now"):
        assert year_heading(text) == (True, None), text
    assert year_heading("2019") == (True, 2019)
    assert year_heading("2019 - Currents of the Sea") == (False, None)


def test_one_lead_in_reader_serves_the_works_and_the_students_lists(tmp_path):
    """``sections.lead_in`` is the one reader of "a sentence that presents the list below": over the owner's own
    works it names the list (the words after "my"), over any other list in the first person it is "" (a lead-in, no
    name), and a year, a list of works the owner likes or a short line make it none. The page reader's works
    heading and the students' reader both use it: no lead-in is read as a student."""
    from kg.importers.page import reader, readers
    from kg.importers.page.sections import lead_in
    assert lead_in("Here is a list of my working papers and publications:") == "working papers and publications"
    assert lead_in("At Northfield, I am advising three doctoral students on sea ice:") == ""
    assert lead_in("Some of my favourite books:") is None
    assert lead_in("In 2021 we supervised these students on sea ice:") is None
    assert lead_in("Ines Moreau, PhD student") is None and lead_in("We advise:") is None
    assert not hasattr(reader, "_LEAD_IN_OWN") and not hasattr(readers, "_LEAD_IN")
    page = tmp_path / "index.md"
    page.write_text("# Tove Lindqvist\n\nI study sea ice at Northfield University.\n\n"
                  "## Students\n\nAt Northfield, I am advising three doctoral students on sea ice:\n\n"
                  "- Ines Moreau (PhD student)\n- Pavel Richter (PhD student)\n", encoding="utf-8")
    profile = import_path(page).profile
    assert sorted(s.name for s in profile.students) == ["Ines Moreau", "Pavel Richter"]


def test_a_labs_student_researchers_headings_name_its_students(tmp_path):
    # "## Graduate Student Researchers" / "## Undergraduate Student Researchers" over member cards (a bold name,
    # then a paragraph about them): the lab's students; before, the headings named no section ("researchers" alone
    # may be staff) and every card stayed unparsed. "Postdoctoral Researchers" stays staff
    assert [section_kind(h) for h in ("Graduate Student Researchers", "Undergraduate Student Researchers",
                                      "Graduate Researchers", "Postdoctoral Researchers")] == [
        "students", "students", "students", "staff"]
    card = ('<div><img src="/t/{0}.jpg" alt="People" width="200"><p><strong>{1}</strong><br> {1} joined the lab in '
            'Fall 2024 and studies how sinkholes open under roads and fields.</p></div>\n')
    page = tmp_path / "team.html"
    page.write_text("<html><body><h1>Meet the Team</h1><h2>Graduate Student Researchers</h2>"
                    + card.format("a", "Varun Patel") + card.format("b", "Lena Ortiz")
                    + "<h2>Undergraduate Student Researchers</h2>" + card.format("c", "Omar Haddad")
                    + "</body></html>\n")
    profile = import_path(page, owner="Wei Zhou").profile
    assert [s.name for s in profile.students] == ["Varun Patel", "Lena Ortiz", "Omar Haddad"]


def test_an_anchor_whose_one_section_word_is_research_does_not_overrule_the_heading_text():
    from kg.importers.page.sections import heading_kind

    assert heading_kind("Professional Experience", "sec-research-exp") == "experience"
    assert heading_kind("Teaching Duties", "research-teaching") == "teaching"
    assert heading_kind("Some Words", "research") == "publications"  # (the text names none: the anchor's)
    assert heading_kind("Selected Research Projects", "-publications") == "publications"


@pytest.mark.parametrize("heading,kind", [
    ("(Co-)organised seminars and workshops", "service"),
    ("Organized Sessions", "service"),
    ("Organization of scientific events", "service"),
    ("Co-organized minisymposia", "service"),
    # the verb after the events, as a whole heading too ("Workshop Organizing" was a fixed phrase of its own)
    ("Seminars and workshops organised", "service"),
    ("Workshop Organizing", "service"),
    # the verb over other things, or events not organised, keep their kind
    ("Organized workshop papers", "publications"),
    ("Seminars and Workshops", "talks"),
    ("Organized Workshops and Talks", "talks"),
])
def test_a_heading_over_the_meetings_the_owner_organised_is_service(heading, kind):
    # "organised" before events and nothing else: the meetings the owner organised, not talks given nor works
    from kg.importers.page.sections import section_kind

    assert section_kind(heading) == kind
