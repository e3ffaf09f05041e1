"""Markdown homepages read by the one page reader: shapes seen on real academicpages / AcadHomepage
about pages that are not in ../shared/realpages (a talks list, a "Research Experiences" section).
Each fixture is a small page written here in our own words; each test says what a careful reader finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.common import section_kind


def _page(tmp_path: Path, body: str, name: str) -> Path:
    p = tmp_path / "about.md"
    p.write_text(f"---\npermalink: /\ntitle: \"\"\nauthor_profile: true\nname: {name}\n---\n\n" + body, encoding="utf-8")
    return p


def _unparsed(result):
    return [u.text.strip() for u in result.profile.unparsed]


# --- a more specific section name wins over a word it contains ------------------------------------


@pytest.mark.parametrize("heading, kind", [
    ("Research Experiences", "experience"),   # holds "research" (publications) but is "research experience"
    ("💼 Research Experiences", "experience"),
    ("Work Experiences", "experience"),
    ("Research", "publications"),
    ("Research Interests", "interests"),
    ("Interest", "interests"),   # a list of topics under the singular heading, not positions
    ("Honors and Awards", "awards"),
])
def test_section_kind_prefers_the_more_specific_name(heading, kind):
    assert section_kind(heading) == kind


EXPERIENCE_PAGE = """I am a Ph.D. student in Marine Biology at Lakeshore University.

# 📝 Publications

- [Kelp forest recovery after a heat wave](https://doi.org/10.1000/kelp.1), **Mira Okonjo**, Tal Ben-Ami, *Oecologia* 2024

# 💼 Research Experiences

- **Tidewater Field Station** — Benthic Ecology Group, *2022.06 – 2022.09*, Mentor: Dr. Lena Park
- **Northbay Aquarium**, *2021.01 – 2021.12*
"""


def test_research_experiences_are_not_publications(tmp_path):
    res = import_path(_page(tmp_path, EXPERIENCE_PAGE, "Mira Okonjo"))
    pubs = res.profile.publications
    assert [p.title for p in pubs] == ["Kelp forest recovery after a heat wave"]
    # before: the two experience lines were read under "publications" and left unparsed
    assert not any("Tidewater" in u or "Northbay" in u for u in _unparsed(res))
    names = [a.name for a in res.profile.person.affiliations]
    assert any("Northbay Aquarium" in n for n in names)


# --- a talks list on the page itself --------------------------------------------------------------

TALKS_PAGE = """I am a postdoctoral fellow in Economic History at Riverside Institute.

# 💬 Talks
- *2025.03*, **Grain prices and the rural credit market, 1850-1880**, invited talk, Economic History Seminar, Oslo, Norway. \\| [\\[slides\\]](https://example.org/talks/grain-slides.pdf)
- *2024.11*, **Railways and regional banks**, contributed talk, Cliometrics Annual Meeting (CAM 2024), Lund, Sweden.
- *2023.06*, "Harbour towns and their merchants", poster presentation, Summer School in Quantitative History
- *2022.05*, Tithe records as a price source, Young Historians Lunch Talk
"""


def test_talks_list_is_read_into_talks(tmp_path):
    res = import_path(_page(tmp_path, TALKS_PAGE, "Ana Lindqvist"))
    talks = res.profile.talks
    assert [t.title for t in talks] == [
        "Grain prices and the rural credit market, 1850-1880",
        "Railways and regional banks",
        "Harbour towns and their merchants",
        "Tithe records as a price source",
    ]
    first, second, third, fourth = talks
    assert (first.date, first.event, first.place, first.description) == (
        "2025-03", "Economic History Seminar", "Oslo, Norway", "invited talk")
    assert first.links == {"slides": "https://example.org/talks/grain-slides.pdf"}
    assert (second.date, second.event, second.place) == ("2024-11", "Cliometrics Annual Meeting (CAM 2024)",
                                                          "Lund, Sweden")
    assert (third.date, third.event, third.place, third.description) == (
        "2023-06", "Summer School in Quantitative History", None, "poster presentation")
    # a series whose name ends in "Talk" is the event, not the kind of talk
    assert (fourth.date, fourth.event, fourth.description) == ("2022-05", "Young Historians Lunch Talk", None)
    assert first.line == 11 and fourth.line == 14
    # every talk line is read: none left in unparsed
    assert not any(w in u for u in _unparsed(res) for w in ("Grain prices", "Railways", "Harbour", "Tithe"))
    assert res.profile.publications == []


# --- raw HTML indented inside an open <div>: HTML to kramdown, not an indented code block ----------

HTML_IN_MD_PAGE = """<div class="content">

  <p>I am an assistant professor of Development Economics at Eastfield University.</p>

  <h2 class="section-title">Publications</h2>
  <ul class="pubs">

    <li class="pub">
      <a href="https://example.org/papers/wells.pdf"><strong>Village wells and school attendance</strong></a>
      <span class="coauthors">Sara Quint, Omar Haddad</span><br>
      <em>Journal of Rural Studies</em>, 2021
    </li>

    <li class="pub">
      <a href="https://example.org/papers/microcredit.pdf"><strong>Microcredit after the harvest failure</strong></a>
      <span class="coauthors">Omar Haddad, Lin Mei</span><br>
      <em>World Development</em>, 2019
    </li>

  </ul>
</div>
"""


def test_indented_html_inside_an_open_div_is_html(tmp_path):
    res = import_path(_page(tmp_path, HTML_IN_MD_PAGE, "Omar Haddad"))
    pubs = res.profile.publications
    # before: the indented <li> blocks were CommonMark code blocks, their markup read as text
    assert [p.title for p in pubs] == ["Village wells and school attendance", "Microcredit after the harvest failure"]
    assert [(p.year, p.venue) for p in pubs] == [(2021, "Journal of Rural Studies"), (2019, "World Development")]
    assert [a.name for a in pubs[0].authors] == ["Sara Quint", "Omar Haddad"]
    assert not any("<li" in u or "<span" in u for u in _unparsed(res))


def test_indented_html_outside_html_stays_code(tmp_path):
    from kg.importers.document import render_markdown

    html, _ = render_markdown("Example markup:\n\n    <li class=\"x\">not a page element</li>\n")
    assert "<pre><code>&lt;li" in html


# --- coauthors named only as "(with A and B)": the owner, then them -------------------------------

WITH_PAGE = """I am an associate professor of Labor Economics at Westbrook University.

## Publications

- **Apprenticeships and the wage ladder** (with Ana Ruiz and Tomas Berg)<br>*Journal of Labor Economics*, 2020
- **Minimum wages in small towns** — with Karin Holm (SSE), Ola Dahl, and Per Lind (IFAU)<br>*Labour Economics*, 2018
- **Learning with Noisy Payroll Records**<br>*Economics Letters*, 2016
- **Teacher pay and rural schools**<br>(with Ana Ruiz and based on her thesis work)<br>*Economics of Education Review*, 2015
"""


def test_with_coauthors_follow_the_owner(tmp_path):
    res = import_path(_page(tmp_path, WITH_PAGE, "Lena Sorensen"))
    got = [(p.title, [a.name for a in p.authors], p.authors_truncated, p.venue) for p in res.profile.publications]
    assert got == [
        ("Apprenticeships and the wage ladder", ["Lena Sorensen", "Ana Ruiz", "Tomas Berg"], False,
         "Journal of Labor Economics"),
        # affiliations in parentheses are no part of the names
        ("Minimum wages in small towns", ["Lena Sorensen", "Karin Holm", "Ola Dahl", "Per Lind"], False,
         "Labour Economics"),
        # "with" inside a title is no coauthor phrase: the owner alone, the list marked incomplete
        ("Learning with Noisy Payroll Records", ["Lena Sorensen"], True, "Economics Letters"),
        # a line of its own, its remark after the names dropped; before, the whole entry was lost
        ("Teacher pay and rural schools", ["Lena Sorensen", "Ana Ruiz"], False, "Economics of Education Review"),
    ]
    assert all(p.authors[0].is_self for p in res.profile.publications)
    assert _unparsed(res) == []


# --- year ranges with a two-digit end ("2020-23") -------------------------------------------------

RANGES_PAGE = """I am a PhD student in Theoretical Physics at Northgate Institute of Technology.

Education
======
* Ph.D in Theoretical Physics, Northgate Institute of Technology, 2024-29 (expected)
* B.S. in Physics, Alder University, 2020-23

Honours
=====
* Lindqvist Travel Scholarship, 2023-24
* Prize for the best undergraduate thesis, 2023
"""


def test_short_year_ranges_end_in_their_full_year(tmp_path):
    res = import_path(_page(tmp_path, RANGES_PAGE, "Jonas Feld"))
    edu = [(e.degree, e.institution, e.year) for e in res.profile.person.education]
    # before: the B.S. took its first year (2020), the expected Ph.D. none
    assert edu == [("PhD", "Northgate Institute of Technology", 2029), ("B.S.", "Alder University", 2023)]  # the bio names it first
    awards = [(a.name, a.year, a.years) for a in res.profile.awards]
    # before: 'Lindqvist Travel Scholarship, 2023-24' kept its years in the name, its year 2023
    assert awards == [("Lindqvist Travel Scholarship", 2024, [2023, 2024]),
                      ("Prize for the best undergraduate thesis", 2023, [])]


# --- one degree told twice: in the bio at a college "at" the university, and in the list ----------

TWICE_PAGE = """I am a Ph.D. student in Ecology at Marlow University. I received my B.Sc. from the Honors College at Fenwick University.

# 📖 Education

- *2023.09 – Present*, Ph.D. in Ecology, Marlow University
- *2019.09 – 2023.06*, B.Sc. in Biology, Honors College, Fenwick University, Fenwick, Canada
"""


def test_a_degree_the_bio_places_within_the_listed_university_is_one_degree(tmp_path):
    res = import_path(_page(tmp_path, TWICE_PAGE, "Iris Tam"))
    edu = [(e.degree, e.field, e.institution, e.year) for e in res.profile.person.education]
    # before: a third entry ('B.Sc.', None, 'Honors College at Fenwick University', None)
    assert edu == [("Ph.D.", "Ecology", "Marlow University", None),
                   ("B.Sc.", "Biology", "Fenwick University", 2023)]


# --- an experience line that goes on to describe the work ----------------------------------------

EXPERIENCE_DESC_PAGE = """I am a Ph.D. candidate in Soil Science at Harrow University.

# 💻 Experience
- *2024.01 - now*, **Visiting Researcher**, [Coastal Sediment Laboratory](https://example.org/csl). Field sampling and isotope analysis of estuary sediments for a regional carbon budget.
- *2021.06 - 2023.08*, **Research Assistant**, Harrow University. Built soil moisture sensors and calibrated them in the greenhouse.
"""


def test_experience_description_is_no_part_of_the_organisation(tmp_path):
    res = import_path(_page(tmp_path, EXPERIENCE_DESC_PAGE, "Nora Pike"))
    affs = [(a.name, a.start_year, a.end_year) for a in res.profile.person.affiliations]
    # before: 'Coastal Sediment Laboratory. Field sampling and isotope analysis ...' and
    # 'Harrow University. Built soil moisture sensors ...' were read as the organisations' names
    assert ("Coastal Sediment Laboratory", 2024, None) in affs
    assert ("Harrow University", 2021, 2023) in affs
    assert not any("sampling" in n or "sensors" in n for n, _, _ in affs)


PROJECT_BULLETS_PAGE = """# About me

I am currently a Master's student supervised by [Ada Brandt](https://example.org/ab) at the School of Marine Engineering, Northfield Maritime University, with an expected graduation in June 2027.

# Research Experience

## **An underwater acoustic modem for buoys** <span style="float: right">2022.03 - 2023.05</span>
- **Signal chain**: Designed the analog front end and the matched filter that recovers symbols from noisy hydrophone recordings.
- **Field trials**: Organised three sea trials with the university research vessel and logged the bit error rate at depth.
"""


def test_project_bullets_under_experience_are_no_affiliations_and_a_supervised_student_has_a_position(tmp_path):
    res = import_path(_page(tmp_path, PROJECT_BULLETS_PAGE, "Lin Qiao"))
    person = res.profile.person
    # before: each "**Label**: a sentence about the work" bullet became an affiliation, and the advisor clause
    # between "Master's student" and "at the School of ..." hid the position
    assert person.job_title == "Master's student"
    assert [(a.name, a.department) for a in person.affiliations] == [
        ("Northfield Maritime University", "School of Marine Engineering")]
    assert "Ada Brandt" in person.advisors


# --- HTML entries: a bold linked title run, then "— names" or "— with names", over a status line ---

WP_PAGE = """<div class="content">

  <p>I am a PhD student in Economics at the Lakeside School of Economics.</p>

  <h2>Working Papers</h2>
  <ul class="pubs">

    <li class="pub">
      <a href="#"><strong>Harbour tolls and the grain trade</strong></a>
      <span class="coauthor"> — with Ines Vale (LSE) and Piet Kuyper (CPB)</span><br>
      <small>Working paper</small>
    </li>

    <li class="pub">
      <a href="#"><strong>Tariffs. Evidence from Baltic Port Ledgers (1750–1850)</strong></a>
      <span class="coauthor"> — A. Berglund</span><br>
      <small>Working paper</small>
    </li>

  </ul>
</div>
"""


def test_title_run_then_names_or_with_names_over_a_status_line(tmp_path):
    res = import_path(_page(tmp_path, WP_PAGE, "Anna Berglund"))
    got = [(p.title, [a.name for a in p.authors]) for p in res.profile.publications]
    # before: the first entry was lost, the second read 'Working paper' as its title and 'Tariffs' as an author
    assert got == [("Harbour tolls and the grain trade", ["Anna Berglund", "Ines Vale", "Piet Kuyper"]),
                   ("Tariffs. Evidence from Baltic Port Ledgers (1750–1850)", ["A. Berglund"])]
    assert res.profile.publications[1].authors[0].is_self


BOOKS_PAGE = """<div class="content">

  <p>I am a sociologist at the Eastbrook Institute for Social Research.</p>

  <h2>Books</h2>
  <ul class="pubs">

    <li class="pub">
      <a href="https://example.org/books/schools"><strong>Neighbourhoods and their schools</strong></a>
      <span class="coauthor">, 2021, Harlow Press.</span>
    </li>

    <li class="pub">
      <a href="https://example.org/books/commuter"><strong>The commuter town</strong></a>
      <span class="coauthor">, 2016, Harlow Press.</span>
    </li>

  </ul>
</div>
"""


def test_year_and_publisher_after_a_title_are_no_authors(tmp_path):
    res = import_path(_page(tmp_path, BOOKS_PAGE, "Maren Holt"))
    got = [(p.title, p.year, p.venue, [a.name for a in p.authors]) for p in res.profile.publications]
    # before: the authors were ['2021', 'Harlow Press']
    assert got == [("Neighbourhoods and their schools", 2021, "Harlow Press", ["Maren Holt"]),
                   ("The commuter town", 2016, "Harlow Press", ["Maren Holt"])]


_QUOTED_TITLES = """# Ana Ruiz

## Working Papers
"Disclosure in the Dynamic Market for Lemons," 2026 (with Cyrus Aghamolla) [[SSRN]](https://papers.ssrn.com/1),\\
 *R&R at Review of Financial Studies*

"How Does Culture Create Value? Conformity and Dispersed Information," 2026 [[SSRN]](https://papers.ssrn.com/2)
"""


def test_a_title_in_quotes_closed_by_the_citations_comma_is_the_title():
    from pathlib import Path
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    pubs = parse_markdown_page(SourceDoc(Path("research.md"), _QUOTED_TITLES), ImportOptions()).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Disclosure in the Dynamic Market for Lemons", 2026),
        ("How Does Culture Create Value? Conformity and Dispersed Information", 2026)]
    assert [a.name for a in pubs[0].authors] == ["Ana Ruiz", "Cyrus Aghamolla"]
    assert pubs[0].notes == ["R&R at Review of Financial Studies"] and pubs[0].links == {"other": "https://papers.ssrn.com/1"}


_BRACKET_TITLES = """# Jia Min

## Publications
<div class='paper-box'><div class='paper-box-text' markdown="1">

[Few-Shot Hat Swapping in the Wild], CVPR2022 (Oral), Chang Shu, Hemao Wu†, <b>Jia Min†</b>, Zhi Hong

First attempt to swap hats between images with few shots.

</div></div>
"""


def test_a_markdown_link_left_without_its_address_is_the_title_and_the_venue_may_come_first():
    from pathlib import Path
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    pub = parse_markdown_page(SourceDoc(Path("about.md"), _BRACKET_TITLES), ImportOptions()).publications[0]
    assert (pub.title, pub.venue, pub.year, pub.notes) == ("Few-Shot Hat Swapping in the Wild", "CVPR", 2022, ["Oral"])
    assert [a.name for a in pub.authors] == ["Chang Shu", "Hemao Wu", "Jia Min", "Zhi Hong"]


def test_a_quoted_title_then_with_coauthors_then_year_and_venue():
    from pathlib import Path
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    text = ("# Dana Kell\n\n## Research\n\n\u201cHow Prompting Biases Shape Opinions\u201d, with Matt Shu, K. O. Okura, "
            "and Tom Davids. 2026. *PNAS Nexus* 5: pgag022. [link](https://doi.org/10.1093/x)\n")
    pub = parse_markdown_page(SourceDoc(Path("research.md"), text), ImportOptions()).publications[0]
    assert (pub.title, pub.year) == ("How Prompting Biases Shape Opinions", 2026)
    assert pub.venue.startswith("PNAS Nexus")
    assert [a.name for a in pub.authors] == ["Dana Kell", "Matt Shu", "K. O. Okura", "Tom Davids"]


def test_degrees_in_a_career_time_line_are_education():
    from pathlib import Path
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    text = ("# Raj Nakul\n\nI am an R&D Engineer at Synopsys.\n\n### Career Time Line\n\n"
            "* Oct'2024 - present: **R&D Engineer** at [Synopsys](https://www.synopsys.com/)\n"
            "* Aug'2018 - Mar'2024: **Ph.D, at [Indian Institute of Science, Bengaluru](https://iisc.ac.in/)**.\n"
            "* Aug'2012 - Jul'2014: **M.Tech. in [Machine Design](https://www.me.iitb.ac.in/), IIT Bombay** .\n")
    person = parse_markdown_page(SourceDoc(Path("about.md"), text), ImportOptions()).person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("Ph.D", "Indian Institute of Science", 2024), ("M.Tech.", "IIT Bombay", 2014)]
    assert "scholar" not in str(person.identifiers)


# --- comma-only citations under ranking tags ("[CCF-A] A, B, Title, Venue (V), Year.") ------------------

RANKED_PAGE = """I am a lecturer in Computing at Fenwick University.

# Publications

1. [CORE-A] **Tomas Ryle**, Hana Osei, Ivo Marsh, FlowNet-X: Routing Parcels with Learned Cost Maps, International Conference on Logistics Systems (ICLS), 2024.
1. [CORE-B] Hana Osei, **Tomas Ryle**, Faster Shortest Tours for Couriers, Discrete Routing Letters (DRL), 2023.
1. [CORE-B] **Tomas Ryle**, Ivo Marsh, A Queueing View of Depot Scheduling in Dense Cities. Urban Freight Journal (UFJ), 2022.
"""


def test_comma_only_citations_with_ranking_tags(tmp_path):
    res = import_path(_page(tmp_path, RANKED_PAGE, "Tomas Ryle"))
    got = [(p.title, p.venue, p.year, [a.name for a in p.authors], p.notes) for p in res.profile.publications]
    # before: the tag was read into the first author's name and 'FlowNet-X' (the title's opening) as the last
    # author; the two entries whose venue is 'Name (ACRONYM)' or a sentence after the title were left unread
    assert got == [
        ("FlowNet-X: Routing Parcels with Learned Cost Maps", "ICLS", 2024, ["Tomas Ryle", "Hana Osei", "Ivo Marsh"],
         ["CORE-A"]),
        ("Faster Shortest Tours for Couriers", "DRL", 2023, ["Hana Osei", "Tomas Ryle"], ["CORE-B"]),
        ("A Queueing View of Depot Scheduling in Dense Cities", "UFJ", 2022, ["Tomas Ryle", "Ivo Marsh"], ["CORE-B"]),
    ]
    assert _unparsed(res) == []


LATEX_MARKS_PAGE = """I am a PhD student in Astronomy at Holmfirth University.

# Publications

- **Dust lanes in edge-on spirals**
  Ines Carvalho$^\\dagger$, <u>Omar Lindqvist</u>$^\\dagger$, Pia Roux
  **<font color="#224B8D">ApJ 2024</font>** \\| [Paper](https://example.org/dust.pdf)
- **Cold gas at the disk edge**
  <u>Omar Lindqvist</u>$^{*}$, Pia Roux$^{*}$
  **<font color="#224B8D">MNRAS 2023</font>**
"""


def test_latex_marks_after_names_are_marks_not_text(tmp_path):
    res = import_path(_page(tmp_path, LATEX_MARKS_PAGE, "Omar Lindqvist"))
    got = [[(a.name, a.marks, a.is_self) for a in p.authors] for p in res.profile.publications]
    # before: '$^\dagger$' stuck to the names and the first list came out as ['Omar Lindqvist'] alone
    assert got == [[("Ines Carvalho", ["equal_contribution"], False),
                    ("Omar Lindqvist", ["equal_contribution"], True), ("Pia Roux", [], False)],
                   [("Omar Lindqvist", ["equal_contribution"], True), ("Pia Roux", ["equal_contribution"], False)]]


SINCE_PAGE = """Wen Hollis, PhD, Senior Lecturer and doctoral supervisor. Since 2015, I have been a senior lecturer in the School of Marine Science at Corrin Bay University, Aldport.

# Publications

- **Wen Hollis**, Ada Pike. Kelp forests under warming seas. *Marine Notes*, 2021.
"""

WORK_LIST_PAGE = """My work is on kelp forests and warming seas.

# Work Experience

- *2016.09-Present*, Senior Lecturer, Corrin Bay University, School of Marine Science
- *2012.01-2016.08*, Postdoctoral Researcher, Eastmoor University

# Publications

- **Wen Hollis**, Ada Pike. Kelp forests under warming seas. *Marine Notes*, 2021.
"""


@pytest.mark.parametrize("body", [SINCE_PAGE, WORK_LIST_PAGE])
def test_the_current_position_from_a_since_sentence_or_a_dated_work_list(tmp_path, body):
    person = import_path(_page(tmp_path, body, "Wen Hollis")).profile.person
    # before: no job title (the bio's tagline is a list of honours, the position is in a 'since' sentence or a list)
    assert person.job_title and person.job_title.lower() == "senior lecturer"
    assert person.affiliations[0].name.startswith("Corrin Bay University")


THIRD_PERSON_PAGE = """**About**

Dr. Okonkwo is a senior lecturer in the Department of Geology at Marlow University, and directs its field school.

# Publications

- **Ada Okonkwo**, Ben Ruiz. Dune migration on Mars. *Planetary Notes*, 2020.
"""


def test_a_third_person_bio_naming_the_owner_by_title_and_family_name(tmp_path):
    person = import_path(_page(tmp_path, THIRD_PERSON_PAGE, "Ada Okonkwo")).profile.person
    # before: no job title ("Dr. Okonkwo is ..." was not taken for the owner)
    assert person.job_title == "senior lecturer"
    assert (person.affiliations[0].name, person.affiliations[0].department) == ("Marlow University", "Department of Geology")


WHERE_PAGE = """I'm a research fellow at Ostwick University in the Coastal Robotics Lab, where I completed my PhD in Robotics under the guidance of Prof. Lena Marsh.

# Publications

- **Tarik Osei**, Lena Marsh. Swimming robots in surf. *Field Robotics Letters*, 2024.
"""


def test_a_degree_in_a_where_clause_is_from_the_place_named_before(tmp_path):
    person = import_path(_page(tmp_path, WHERE_PAGE, "Tarik Osei")).profile.person
    # before: no education (the clause names no institution of its own)
    assert [(e.degree, e.institution) for e in person.education] == [("PhD", "Ostwick University")]
    assert person.advisors == ["Lena Marsh"]


SUPERVISED_POSITIONS_PAGE = """I am a PhD student in Genomics at Tarnwell University.

Work experience
======
* 2023: PhD Student
  * Tarnwell University, Genome Lab
  * Supervisor: Irene Walsh & Tom Becker

Internship
------
* 2022 (5 months): Research Assistant
  * Hollow Institute
  * Supervisor: Dana Fry
"""


def test_the_supervisors_of_a_doctoral_position_are_advisors_not_an_internships(tmp_path):
    person = import_path(_page(tmp_path, SUPERVISED_POSITIONS_PAGE, "Lea Morin")).profile.person
    # before: no advisors (the supervisors sat in a sub-item of the PhD position)
    assert person.advisors == ["Irene Walsh", "Tom Becker"]


LEGEND_AT_LINE_END_PAGE = """I am a master's student in Design at Wexford Tech.

# Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">DIS 2025</div></div></div>
<div class='paper-box-text' markdown="1">
**Sketching with robots in the studio.**
Mira Holt*, **Jon Pelly***, Ada Quist, and Ruth Vane. (*Equal contribution)
*DIS 2025.*
</div>
</div>
"""


def test_an_author_line_ending_with_its_own_legend_stays_the_author_line(tmp_path):
    [pub] = import_path(_page(tmp_path, LEGEND_AT_LINE_END_PAGE, "Jon Pelly")).profile.publications
    # before: the line was taken for a legend alone and the authors came out as ['Jon Pelly'] (truncated)
    assert [(a.name, a.marks) for a in pub.authors] == [
        ("Mira Holt", ["equal_contribution"]), ("Jon Pelly", ["equal_contribution"]), ("Ada Quist", []),
        ("Ruth Vane", [])]
    assert not pub.authors_truncated


STUDY_PROSE_PAGE = """I am a lecturer at Harlow University.
My Ph.D. research was supervised by [Prof. Wei Zhang](https://example.org/wz) (张伟) and [Prof. Lin Qiao](https://example.org/lq) (乔林).
Before that, I studied applied physics at the Faculty of Physics, Varna State University.
I have a master in geology from Tarlton University, and one from University of Oslo, specializing in glaciers.

# Publications

- **Nadia Brook**, Wei Zhang. Ice flow on steep beds. *Glacier Notes*, 2023.
"""


def test_degrees_and_advisors_in_prose_with_glosses_and_plain_verbs(tmp_path):
    person = import_path(_page(tmp_path, STUDY_PROSE_PAGE, "Nadia Brook")).profile.person
    # before: the second advisor was lost after the first one's name in another script, and 'studied ... at'
    # and 'I have a master ... from X, and one from Y' gave no institution (or one running on to the sentence end)
    assert person.advisors == ["Wei Zhang", "Lin Qiao"]
    # ("and one from University of Oslo": a second master's, at Oslo)
    assert [e.institution for e in person.education] == ["Varna State University", "Tarlton University",
                                                         "University of Oslo"]


HEADING_PAPERS_PAGE = """# Research

### Rainfall shocks and school attendance in river towns

**[Ola Berg](https://example.org/ob) $\\cdot$ Kofi Mensah $\\cdot$ [Lia Chen](https://example.org/lc) (2019)**
*Journal of Rural Economics, 12, 40-61*

We follow children in river towns through the 2011 floods and after: schooling falls when rain fails, and it does not come back fully when the rain returns, which matters for how aid is timed and targeted in such places.

##### Press

[Daily Ledger](https://example.org/press1) $\\cdot$
[Radio Ten](https://example.org/press2)

### Crop insurance take-up after a drought

**Kofi Mensah $\\cdot$ [Ola Berg](https://example.org/ob) (2021)**
*Development Letters, 3, 1-9*
"""


def test_papers_titled_by_headings_with_middle_dot_authors_and_press_links(tmp_path):
    res = import_path(_page(tmp_path, HEADING_PAPERS_PAGE, "Kofi Mensah"))
    got = [(p.title, p.year, p.venue, [a.name for a in p.authors]) for p in res.profile.publications]
    # before: the author lines ('$\\cdot$' between names) were read as titles, the press links as papers, and
    # the abstract's year and text as the first paper's year and venue
    assert got == [
        ("Rainfall shocks and school attendance in river towns", 2019, "Journal of Rural Economics",
         ["Ola Berg", "Kofi Mensah", "Lia Chen"]),
        ("Crop insurance take-up after a drought", 2021, "Development Letters", ["Kofi Mensah", "Ola Berg"]),
    ]


SHORT_ABSTRACT_PAGE = """I am a lecturer in Computing at Quarry University.

## Publications

### Learning tide tables from sparse gauges
T Ruiz, A Okafor. Conference on Ocean Data (COD), 2022. DOI: [https://doi.org/10.5555/cod.2022.7](https://doi.org/10.5555/cod.2022.7)

A small model predicts tides at ungauged harbours from a handful of nearby gauges. [Paper](https://papers.example.org/tides.pdf)
"""


def test_a_short_abstract_that_ends_with_the_paper_link_belongs_to_the_paper(tmp_path):
    [pub] = import_path(_page(tmp_path, SHORT_ABSTRACT_PAGE, "Tomas Ruiz")).profile.publications
    # before: the paragraph (under 25 words) was no part of the entry and its [Paper] link was lost
    assert pub.links == {"doi": "https://doi.org/10.5555/cod.2022.7", "paper": "https://papers.example.org/tides.pdf"}
    assert pub.abstract.startswith("A small model predicts tides")


_BOX_WITH_BULLETS = """# Jin Zhu

# Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">IEEE VR 2024</div><img src='images/a.png' width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[**HardVR: Harassment Detection in Social Virtual Reality**](https://doi.org/10.1109/VR.2024.33)

Na Wang, **Jin Zhu**, Jie Li

- Designed a behaviour detector over avatar motion streams in social VR rooms.

- Built a dataset of recorded sessions with labelled incidents for training and tests.

- Evaluated the detector with a user study of moderators on live rooms.

</div>
</div>
"""


def test_a_paper_box_holding_a_bulleted_description_is_one_paper():
    from pathlib import Path
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    [pub] = parse_markdown_page(SourceDoc(Path("about.md"), _BOX_WITH_BULLETS), ImportOptions()).publications
    assert (pub.title, pub.venue, pub.year) == ("HardVR: Harassment Detection in Social Virtual Reality", "IEEE VR", 2024)
    assert [a.name for a in pub.authors] == ["Na Wang", "Jin Zhu", "Jie Li"]


def test_a_position_written_from_a_programme_at_a_university():
    from pathlib import Path
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    text = ("# Hi there\n\nMy name is Yue Han. I'm currently a PhD student from [MathSys CDT](https://w.example/m) "
            "at the University of Warwick.\n")
    person = parse_markdown_page(SourceDoc(Path("README.md"), text), ImportOptions()).person
    assert person.job_title == "PhD student"
    assert [(a.name, a.department) for a in person.affiliations] == [("University of Warwick", "MathSys CDT")]


# --- APA citations of books and chapters, names left out in the middle ------------------------------


def test_apa_book_chapter_and_elided_authors(tmp_path):
    page = _page(tmp_path, """## Publications

- Moreau, C., & Lind, K. (2021). _Seasonal Models of River Ice with Python_. Springer.

- Lind, K. & Abara, T. N. (2017) Ice jams. In: Holm, P. (Ed.) _The Handbook of Cold Regions Hydrology_. Oslo: Nordic Press. pp. 10-33

- Ruiz, A., Lind, K., Okafor, B., Tamm, E., ... & Weber, J. R. (2024). Melt onset from radar. _Cryosphere Letters_, _8_(2), 11-19.
""", "Karin Lind")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    assert sorted(pubs) == ["Ice jams", "Melt onset from radar", "Seasonal Models of River Ice with Python"]
    # a book: the italic is its title, the publisher its venue
    assert pubs["Seasonal Models of River Ice with Python"].venue == "Springer"
    # a chapter: its title ends where "In:" begins; the book in italics is the venue, not the place and publisher
    assert pubs["Ice jams"].venue == "The Handbook of Cold Regions Hydrology"
    # "Tamm, E., ... & Weber, J. R.": names are left out; the owner is still found among those written
    melt = pubs["Melt onset from radar"]
    assert [a.name for a in melt.authors] == ["A. Ruiz", "K. Lind", "B. Okafor", "E. Tamm", "J. R. Weber"]
    assert melt.authors_truncated and melt.authors[1].is_self


# --- a bio naming its owner by full given names, the one they go by in parentheses --------------------


def test_a_bio_subject_with_the_name_its_owner_goes_by(tmp_path):
    page = _page(tmp_path, """Margarethe (Greta) Holm is Associate Professor of Geology at Tarn University. She is a
Fellow of the Geological Society. Her work is on glacial sediments and their records of past climate.

## Publications

- **Till fabrics of the last glaciation.** M. G. Holm, P. Ek. *Boreas*, 2019.
""", "Greta Holm")
    profile = import_path(page).profile
    # the first sentence about her says her position, not a fellowship of a society
    assert profile.person.job_title == "Associate Professor"
    assert [a.name for a in profile.person.affiliations] == ["Tarn University"]
    assert "Margarethe Greta Holm" in profile.person.alternate_names


def test_a_doctoral_degree_line_naming_its_advisor_by_title(tmp_path):
    page = _page(tmp_path, """## Education

- B.Sc. Chemistry from Harbor University
- M.Sc. Biophysics from Lakeside University with Prof. Omar Sadik
- Ph.D. Biochemistry from University of Tarn with Prof. Ines Vargas
""", "Lale Demir")
    person = import_path(page).profile.person
    assert [e.institution for e in person.education] == ["Harbor University", "Lakeside University", "University of Tarn"]
    # the doctoral degree's "with Prof. X" is the advisor; the master's is not
    assert person.advisors == ["Ines Vargas"]


def test_a_front_matter_title_of_markup_around_the_name(tmp_path):
    page = tmp_path / "index.qmd"
    page.write_text("---\ntitle: \"<span style='font-size: 2.8rem;'>Ida K. Moss</span>\"\n---\n\n"
                    "I am Ida, a survey statistician at Northfield Research.\n", encoding="utf-8")
    assert import_path(page, fmt="markdown").profile.person.name == "Ida K. Moss"


def test_one_entry_whose_parts_blank_lines_separate(tmp_path):
    """'authors<br><br>[**Title**](url)<br><br>_Venue_ (2022).' in a table cell or a paragraph: one paper, its
    year's brackets no part of the venue."""
    cell = ("__Rui Tan__, Ola Berg, and Kim Ode.  <br><br> [__Flutter margins of slender wings__](https://ex.org/f)"
            "  <br><br> _Journal of Fluids_ (2022).")
    page = _page(tmp_path, f"## Journal articles\n\n|  |  |\n| :-: | - |\n| <img src='f.png'> | {cell} |\n"
                           f"| <img src='g.png'> | {cell.replace('Flutter', 'Gust')} |\n\n## Conference papers\n\n{cell.replace('Flutter margins', 'Panel flutter')}\n",
                 "Rui Tan")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Flutter margins of slender wings", "Gust margins of slender wings",
                                       "Panel flutter of slender wings"]
    assert all(p.venue == "Journal of Fluids" and p.year == 2022 and p.authors[0].is_self for p in pubs)


def test_a_sentence_glued_to_the_authors_by_its_period(tmp_path):
    page = _page(tmp_path, "## Publications\n\n1. Ana Ruiz, Rui Tan, and Bo Lee.Thompson Sampling for Heavy Tails. "
                           "In: Signal Processing 19 (2022), pp. 1-5.\n", "Rui Tan")
    pub = import_path(page).profile.publications[0]
    assert pub.title == "Thompson Sampling for Heavy Tails"
    assert [a.name for a in pub.authors] == ["Ana Ruiz", "Rui Tan", "Bo Lee"]


def test_a_star_mark_after_family_first_initials_and_a_legend_that_names_it_after(tmp_path):
    page = _page(tmp_path, """## Journal articles

*Corresponding author<sup>★</sup>*

- [Trust in driverless shuttles.](https://doi.org/10.1000/t)
Park, J.<sup>★</sup>, Du, M., and **Chu, Y.** (2022). *Transportation Research Part F*, *87*, 264-278.
""", "Yun Chu")
    pub = import_path(page).profile.publications[0]
    assert [(a.name, a.marks) for a in pub.authors] == [("J. Park", ["corresponding"]), ("M. Du", []), ("Y. Chu", [])]
    assert pub.authors[2].is_self and pub.venue == "Transportation Research Part F"


def test_a_doi_written_out_in_any_form_is_no_part_of_the_venue(tmp_path):
    page = _page(tmp_path, """## Publications

- Rui Tan, Ana Ruiz (2017). Basin inversion along the coast. *Geosphere*. , doi.org/10.1130/GEO01234.1
- Rui Tan and Bo Lee, Sediment transport in braided rivers, *Water Letters*, DOI 10.1007/s13324-015-0104-6, 2015.
- Rui Tan, Ana Ruiz. Karst hydrology of the northern plateau. *Chemistry, A European Journal*, DOI:101.1002/chem.202000399, 2020.
""", "Rui Tan")
    pubs = import_path(page).profile.publications
    # before: 'Geosphere., doi.org/10.1130/...', 'Water Letters, DOI 10.1007/...' and '..., DOI:101.1002/...' were
    # the venues: only 'https://', 'www.' and 'doi: 10.' were known as addresses
    assert [(p.venue, p.doi, p.year) for p in pubs] == [
        ("Geosphere", "10.1130/GEO01234.1", 2017),
        ("Water Letters", "10.1007/s13324-015-0104-6", 2015),
        ("Chemistry, A European Journal", None, 2020)]  # (a DOI with a slip in its prefix is no DOI to keep)


def test_a_question_title_then_a_venue_with_its_volume_is_no_subtitle(tmp_path):
    page = _page(tmp_path, "## Publications\n\n1. **Roy, D.**, & Lune, A. (2016). L’attention en autisme : un filtre "
                           "ou un projecteur? Sur le Spectre, 1, 15. url : http://ex.org/spectre.pdf\n", "Dana Roy")
    pub = import_path(page).profile.publications[0]
    assert pub.title == "L’attention en autisme : un filtre ou un projecteur?"


def test_titles_followed_by_by_and_the_names_with_note_lines_below(tmp_path):
    """'[Title](url) by A, B. *Venue (ACR)*, City (Country), YEAR' items, some with a '<br>**CORE A**' or
    '<br>**Models**: [...]' line below, a placeholder '(#)' link, a workshop 'GLW @ KDD'; a pointer to the
    owner's publication list and Scholar profile and a first-person paragraph under "Research" are no papers."""
    p = tmp_path / "index.md"
    p.write_text(
        "# Lea Marchand\n\n## Research\n\nI'm part (and was head in 2022) of the [Graph Group](https://g.example.org) "
        "at the Data Lab, where we study graphs and language.\n\n"
        "- [Publication list](https://lea.example.org/pubs.html) / "
        "[Google Scholar profile](https://scholar.google.com/citations?user=AbCdEfGhIjkl)\n\n"
        "## Publications\n\n### 2024\n\n"
        "- [Learning by Doing with Sparse Graphs](#) by Paul Roy, Lea Marchand. *Workshop on Graph Learning "
        "(GLW @ KDD)*, Lyon (France), 2024\n"
        "- [Summaries That Listen](https://example.org/summ.pdf) by Nora Diaz, Lea Marchand. *European Conference "
        "on Retrieval (ECR)*, Oslo (Norway), 2024<br>**CORE A**<br>**Code:** "
        "[https://github.com/example/summ](https://github.com/example/summ)\n"
        "- [A Decoder for Meaning Graphs](#) by Paul Roy, Lea Marchand. *Conference on Language (CLX)*, "
        "Nantes (France), 2024\n<br>**Models**: [v1 (16 bit)](https://huggingface.co/example/m1)\n"
        "- [Probing Attention Heads](https://example.org/book) by Nora Diaz, Lea Marchand. *Conference on "
        "Retrieval (CRX)*, Oslo (Norway), 2024\n<br>**Best student paper award**\n", encoding="utf-8")
    prof = import_path(p).profile
    assert prof.person.identifiers.get("google_scholar") == "AbCdEfGhIjkl"
    got = [(x.title, x.venue, x.year, [a.name for a in x.authors]) for x in prof.publications]
    assert got == [
        ("Learning by Doing with Sparse Graphs", "GLW @ KDD", 2024, ["Paul Roy", "Lea Marchand"]),
        ("Summaries That Listen", "ECR", 2024, ["Nora Diaz", "Lea Marchand"]),
        ("A Decoder for Meaning Graphs", "CLX", 2024, ["Paul Roy", "Lea Marchand"]),
        ("Probing Attention Heads", "CRX", 2024, ["Nora Diaz", "Lea Marchand"]),
    ]
    assert "Best student paper award" in prof.publications[3].notes


def test_a_trailing_note_does_not_stop_parts_that_blank_lines_separate_from_being_one_entry(tmp_path):
    cell = ("Ola Berg, __Rui Tan__, and Kim Ode. <br><br> [__Scalable surrogate models for airfoil design__]"
            "(https://ex.org/s)  <br><br> _Structural Optimization_ (2020). (Webfoil)")
    page = _page(tmp_path, f"## Journal articles\n\n|  |  |\n| :-: | - |\n| <img src='f.png'> | {cell} |\n", "Rui Tan")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Scalable surrogate models for airfoil design"]
    assert pubs[0].authors[1].is_self and pubs[0].year == 2020


# --- places of study told in prose -------------------------------------------------------------------


def test_a_student_position_and_later_degrees_in_prose_are_education(tmp_path):
    """'I'm a Ph.D. candidate ... at UCLA', 'I was an undergraduate researcher at X University', 'joined X as a
    PhD student' name places of study; 'a BS degree from A (2010) and a MS degree from B (2012)' are two degrees."""
    body = ("I'm a Ph.D. candidate in Soil Chemistry at UCLA, advised by Prof. Rana Holt. Prior to this, I was an "
            "undergraduate researcher at Lakeshore University of Technology, working with Prof. Ivo Dane.\n\n"
            "He received a BS degree in physics from University of Tarnow, Poland (2010) and a MS degree in physics "
            "from University of Ostrava, Czechia (2012). He then joined the Northfield University of Technology "
            "(Netherlands) as a PhD student, where he studied soils.\n")
    person = import_path(_page(tmp_path, body, "Mira Stone")).profile.person
    assert [(e.institution, e.year) for e in person.education] == [
        ("UCLA", None), ("Lakeshore University of Technology", None), ("Northfield University of Technology", None),
        ("University of Tarnow, Poland", 2010), ("University of Ostrava, Czechia", 2012)]


def test_a_table_row_in_the_title_column_with_only_a_status_is_a_paper(tmp_path):
    """'| in prep | Title | in review | summary |' under a 'Year | Title | Journal' header: the table says which cell
    is the title; the statuses are notes, not a venue called 'review'."""
    body = ("## Publications\n\n| Year | Title | Journal | Summary |\n|:---:|---|---|---|\n"
            "| _in prep_ | Drift of tidal gauges along rocky coasts | _in review_ | Gauges move |\n"
            "| 2024 | [Tides and their gauges](https://doi.org/10.1000/t1) | Ocean Letters | Tides matter |\n")
    pubs = import_path(_page(tmp_path, body, "Mira Stone")).profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Drift of tidal gauges along rocky coasts", None, None), ("Tides and their gauges", "Ocean Letters", 2024)]
    assert "in review" in pubs[0].notes


def test_an_apa_citation_with_a_status_for_its_year_and_elided_authors(tmp_path):
    """'Lind K., ..., **Stone, M.**, ..., & Okafor, E. (preprint only). Title. (preprint [PDF](...))': the status
    stands where the year would; the elided authors leave the list incomplete."""
    body = ("## Publications\n\n#### 2021\n\nLind K., ..., **Stone, M.**, ..., & Okafor, E. (preprint only). "
            "The reach of tidal gauges. (preprint available [PDF](https://osf.io/abcde/))\n\n"
            "Lind, K., & **Stone, M.** (submitted). Gauges in deep water. _Ocean Letters._\n")
    pubs = import_path(_page(tmp_path, body, "Mira Stone")).profile.publications
    assert [(p.title, [a.name for a in p.authors], p.authors_truncated) for p in pubs] == [
        ("The reach of tidal gauges", ["K. Lind", "M. Stone", "E. Okafor"], True),
        ("Gauges in deep water", ["K. Lind", "M. Stone"], False)]


def test_a_doi_written_out_in_parentheses_gives_no_year_and_keeps_no_parenthesis(tmp_path):
    """'... 274-286.(https://doi.org/10.1016/j.oce.2019.07.031)': the DOI's digits are no year of the paper
    (the citation says 2020), and the closing parenthesis is no part of the DOI; a venue left as 'Journal. ('
    by the address read out of it loses the parenthesis."""
    body = ("## Publications\n\nLind, K., & **Stone, M.** (2020). Gauges in deep water. _Ocean Letters, 102_, 274-286."
            "(https://doi.org/10.1016/j.oce.2019.07.031)\n\n"
            "Lind, K., & **Stone, M.** (2021). Gauges in shallow water. _Ocean Letters._ (https://doi.org/10.1000/x1)\n")
    pubs = import_path(_page(tmp_path, body, "Mira Stone")).profile.publications
    assert [(p.year, p.venue, p.doi) for p in pubs] == [(2020, "Ocean Letters", "10.1016/j.oce.2019.07.031"),
                                                         (2021, "Ocean Letters", "10.1000/x1")]


def test_a_paper_box_badge_with_a_short_year_and_status_and_a_kramdown_line_break(tmp_path):
    """AcadHomepage paper box: the badge "GECCO'26 (accepted)" gives venue, year and status; the title line ends
    with kramdown's line break "\\\\", no part of the title."""
    body = ("# Publications\n\n<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">"
            "GECCO'26 (accepted)</div><img src='x.png' alt=\"sym\" width=\"100%\"></div></div>\n"
            "<div class='paper-box-text' markdown=\"1\">\n\nTidal gauges by evolution\\\\\n"
            "Kai Lind, **Mira Stone**, Ola Berg\n\n</div>\n</div>\n")
    pub = import_path(_page(tmp_path, body, "Mira Stone")).profile.publications[0]
    assert (pub.title, pub.venue, pub.year, pub.notes) == ("Tidal gauges by evolution", "GECCO", 2026, ["accepted"])
    assert [a.name for a in pub.authors] == ["Kai Lind", "Mira Stone", "Ola Berg"]


# --- a profile README of badge-led papers, no authors named -----------------------------------------


BADGE_README = """## Hello, I am Mira Castell

I am a Research Scientist in Prof. Anton Weller's group, at Northwind University. I work on robot perception.

### Selected Pepers
* [**CVPR2024**] Folding Cloth with Sparse Keypoint Fields ([arxiv](https://arxiv.org/abs/2401.00001)/[code](https://github.com/mcastell/foldkp)/[Project Page](https://foldkp.github.io/))
* [**RA-L2023**] Tactile Maps for Deformable Object Sorting ([arxiv](https://arxiv.org/abs/2303.00003)/[code](#))
* [**Arxiv2023**] Uncertainty-Aware Grasp Selection by Vote Aggregation ([arxiv](https://arxiv.org/abs/2302.00002)/[Project Page]())
"""


def test_bold_venue_year_badges_open_authorless_papers(tmp_path):
    """'[**VENUEYEAR**] Title ([label](url)/...)' bullets under a misspelt heading: the bold badge in brackets
    is the venue with its year glued on, the title is the rest; '/'-separated labels leave no '( / / )' behind,
    'by Vote Aggregation' after a title in title case names no one, and a '[Project Page]' at a github.io root
    is the paper's own site, not the owner's homepage."""
    p = tmp_path / "README.md"
    p.write_text(BADGE_README, encoding="utf-8")
    prof = import_path(p).profile
    got = [(x.title, x.venue, x.year) for x in prof.publications]
    assert got == [
        ("Folding Cloth with Sparse Keypoint Fields", "CVPR", 2024),
        ("Tactile Maps for Deformable Object Sorting", "RA-L", 2023),
        ("Uncertainty-Aware Grasp Selection by Vote Aggregation", "Arxiv", 2023),
    ]
    assert prof.publications[0].links.get("project") == "https://foldkp.github.io/"
    assert prof.person.homepage is None
    assert [a.name for a in prof.person.affiliations] == ["Northwind University"]


@pytest.mark.parametrize("heading, kind", [
    ("My Papars", "publications"),       # one vowel misspelt in the stem
    ("Pablications", "publications"),
    ("Thesis work", None),                # another word's ending, not "theses"
    ("Thesis", "publications"),           # a heading of its own: the owner's thesis (a whole-heading name)
    ("Themes", None),                     # a consonant changed: another word
])
def test_section_kind_forgives_one_misspelt_vowel(heading, kind):
    assert section_kind(heading) == kind


def test_a_sentence_introducing_the_following_list_is_its_heading(tmp_path):
    """A setext heading written as a sentence ("... the following awards and recognitions") heads the list
    below it: the awards are awards, not unread lines."""
    body = ("I am a postdoctoral researcher at Northwind University.\n\n"
            "I was lucky to receive the following awards and recognitions\n------\n\n"
            "- Northwind Postdoctoral Fellowship (2022-2024)\n- Best Student Paper, Tide Workshop (2019)\n")
    prof = import_path(_page(tmp_path, body, "Mira Okonjo")).profile
    assert [a.name for a in prof.awards] == ["Northwind Postdoctoral Fellowship", "Best Student Paper, Tide Workshop"]
    assert section_kind("I have been honored with the following awards and recognitions") == "awards"


def test_degrees_named_in_passing_in_prose_are_education(tmp_path):
    """'As I complete my Ph.D. in Economics at ETH Zurich, following a Master’s in Economics at the University
    of Mannheim, ...' and 'a PhD candidate in ML privacy at École Polytechnique Paris' (a place whose name opens with
    an accented capital, a field with 'and' in it)."""
    body = ("As I complete my Ph.D. in Economics at ETH Zurich, following a Master’s in Economics at the University "
            "of Mannheim, I am looking for roles in data science.\n\n"
            "Before that I was a research intern. I'm also a PhD candidate in security and privacy at École "
            "Polytechnique Paris, supervised by Prof. Ada Vane.\n")
    person = import_path(_page(tmp_path, body, "Mira Stone")).profile.person
    assert [e.institution for e in person.education] == ["ETH Zurich", "University of Mannheim",
                                                        "École Polytechnique Paris"]


def test_a_degree_item_over_its_details_is_a_degree_and_a_town_named_college_is_a_campus(tmp_path):
    """'* M.S.: Northgate University, College Park (2021)' with its field and thesis as sub-items is one degree,
    not the label of a group; 'College Park' is where the university is, not a college."""
    body = ("Quick Info:\n  * M.S.: Northgate University, College Park (2021)\n"
            "    * Soil Engineering, Advisor: [Dr. Ada Vane](https://example.org/vane)\n"
            "    * Thesis: [\"Tides in soils\"](https://example.org/thesis)\n"
            "  * B.S.: Universidad de Lagos (2019)\n    * Civil Engineering\n    * Thesis: [\"Gauges\"](https://example.org/t2)\n")
    person = import_path(_page(tmp_path, body, "Mira Stone")).profile.person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("M.S.", "Northgate University, College Park", 2021), ("B.S.", "Universidad de Lagos", 2019)]


def test_a_data_availability_line_after_a_whole_citation_is_its_link_not_its_title(tmp_path):
    # before: "Data and code available from the OSF" was read as the title, the citation as the venue
    body = ("## Publications\n\n<h3>2021</h3>\n\n"
            "<p>Mira Solberg and Tove Ekman. 2021.\n"
            "<a href=\"https://doi.org/10.1000/vow.21\">Vowel length in two northern dialects</a>.\n"
            "<i>Nordic Phonetics Review</i> 14(2). 33&ndash;51.<br />\n"
            "Data and R code available from the <a href=\"https://osf.io/abc12/\">Open Science Framework</a>.</p>\n")
    result = import_path(_page(tmp_path, body, "Mira Solberg"))
    (pub,) = result.profile.publications
    assert pub.title == "Vowel length in two northern dialects"
    assert pub.year == 2021 and pub.venue.startswith("Nordic Phonetics Review")
    assert [a.name for a in pub.authors] == ["Mira Solberg", "Tove Ekman"]
    assert "https://osf.io/abc12/" in [*pub.links.values(), *(x.url for x in pub.more_links)]


def test_a_longer_note_saying_where_the_data_can_be_downloaded_is_no_title_either(tmp_path):
    body = ("## Publications\n\n<h3>2013</h3>\n\n"
            "<p>Mira Solberg. 2013.\n"
            "<a href=\"https://doi.org/10.1000/vow.13\">Stress shift in compound nouns: a corpus study</a>.\n"
            "<i>Lingua Borealis</i> 8(7). e6917.<br />\n"
            "The counts used here were taken from tables in an older survey by other researchers. "
            "The cleaned data and the scripts can be downloaded from the journal's "
            "<a href=\"https://doi.org/10.1000/vow.13\">webpage</a>.</p>\n")
    result = import_path(_page(tmp_path, body, "Mira Solberg"))
    (pub,) = result.profile.publications
    assert pub.title == "Stress shift in compound nouns: a corpus study"
    assert pub.venue.startswith("Lingua Borealis") and pub.year == 2013


# --- a profile README: badge links, a collaboration in the venue's place, projects that are no papers ---------

SHIELDS_README = """# Hello, my name is Ana Ruiz Vidal

### Postdoctoral Researcher | Lakeside Physics Laboratory | Geneva, Switzerland

## Selected Publications

1. **Pixel sensors with timing for a vertex detector upgrade** (2023)
   *Nuclear Instruments and Methods in Physics Research A*
   [![DOI](https://img.shields.io/badge/DOI-10.1016/j.nima.2022.100001-blue?style=flat-square)](https://doi.org/10.1016/j.nima.2022.100001)

2. **The detector upgrade I** (2023)
   *ALPHA Collaboration*
   [![arXiv](https://img.shields.io/badge/arXiv-2305.00001-b31b1b?style=flat-square)](https://arxiv.org/abs/2305.00001)

## Featured Research Projects

<details>
<summary><b>Beam Telescope</b> — Project Lead — 2022-Present</summary>

- Achieved **90 picosecond timing resolution** (world-class)
- Processing **TB-scale datasets** with quick turnaround
</details>
"""


def test_badge_links_a_collaboration_as_author_and_projects_that_are_no_papers(tmp_path):
    """'[![DOI](shields.io badge)](https://doi.org/...)' under a paper: its link, labelled by the badge's alt
    text; '*ALPHA Collaboration*' where a venue would be: the collaboration signs the paper; the bullets under
    "Featured Research Projects" ("Achieved **90 ps timing**") are achievements, not papers: one bare word
    before a bold phrase is no author list."""
    p = tmp_path / "README.md"
    p.write_text(SHIELDS_README, encoding="utf-8")
    pubs = import_path(p).profile.publications
    assert [p.title for p in pubs] == ["Pixel sensors with timing for a vertex detector upgrade",
                                       "The detector upgrade I"]
    assert pubs[0].links == {"doi": "https://doi.org/10.1016/j.nima.2022.100001"}
    assert pubs[0].venue == "Nuclear Instruments and Methods in Physics Research A"
    assert pubs[1].links == {"arxiv": "https://arxiv.org/abs/2305.00001"}
    assert (pubs[1].venue, [a.name for a in pubs[1].authors], pubs[1].year) == (None, ["ALPHA Collaboration"], 2023)


def test_a_readme_header_line_of_position_laboratory_and_place(tmp_path):
    """"### Postdoctoral Researcher | CERN EP-R&D | Geneva, Switzerland": the position, the workplace (a
    laboratory known by its acronym) and the place."""
    p = tmp_path / "README.md"
    p.write_text("# Hello, my name is Ana Ruiz Vidal\n\n### Postdoctoral Researcher | CERN EP-R&D | Geneva, "
                 "Switzerland\n\nI build pixel detectors.\n", encoding="utf-8")
    person = import_path(p).profile.person
    assert person.job_title == "Postdoctoral Researcher"
    assert [a.name for a in person.affiliations] == ["CERN EP-R&D"]


def test_a_citation_followed_by_its_chinese_original_line_is_one_paper_read_from_the_latin_line(tmp_path):
    """A list item written twice over hard breaks: the citation in English, then the same paper as first
    published in Chinese (names, title and journal in Chinese script), then its links: one paper, read from the
    English line; the Chinese line is neither its title nor its venue, and it is not left unparsed."""
    body = ("# Publications\n\n"
            "- Wei Lan, `Mei Zhou`, Bo Gao. Eddy current probes for thin welded plates. *Testing Technology*. "
            "2021, 43(2): 15-19.  \n"
            "兰伟, 周梅, 高博. 薄焊接板的涡流探头. *检测技术*. 2021, 43(2): 15-19.  \n"
            "[[HTML]](https://ex.org/tt-2021-2) [[PDF]](https://ex.org/tt.pdf)\n\n"
            "- `Mei Zhou`, Bo Gao. A flux probe for rails. *Rail Inspection*. 2020, 12(1): 1-9.  \n"
            "[[HTML]](https://ex.org/ri-2020)\n")
    result = import_path(_page(tmp_path, body, "Mei Zhou"))
    pubs = result.profile.publications
    assert [(p.title, p.year) for p in pubs] == [("Eddy current probes for thin welded plates", 2021),
                                                 ("A flux probe for rails", 2020)]
    assert [a.name for a in pubs[0].authors] == ["Wei Lan", "Mei Zhou", "Bo Gao"]
    assert pubs[0].venue.startswith("Testing Technology")
    assert not any("检测技术" in u for u in _unparsed(result))


def test_a_dated_school_without_a_degree_the_owner_in_code_font_and_an_acronym_in_a_title(tmp_path):
    """Three shapes of one AcadHomepage-like page: an education item that dates a school but names no degree is
    the school all the same; "`Mei Zhou`, Bo Gao. Title" opens with the owner's name in code font (not a venue
    badge); "A, B, `Owner`, C, Title with (ACRO) in it. *Venue*" ends its names with a comma, and the acronym in
    brackets belongs to the title."""
    body = ("# Education\n\n"
            "- *2015.09 - 2021.06*, School of Physics, Inland University of Technology, Lakeview.\n\n"
            "# Publications\n\n"
            "- `Mei Zhou`, Bo Gao. A flux probe for steel rails. *Rail Inspection*. 2020, 12(1): 1-9.\n\n"
            "- Wei Lan, Bo Gao, `Mei Zhou`, Rui Sun, A Damping Method Based on Proximal Policy Optimization (PPO) "
            "for Rotating Shafts. *Applied Mechanics*. 2022, 12(9): 9703.\n")
    result = import_path(_page(tmp_path, body, "Mei Zhou"))
    profile = result.profile
    assert [e.institution for e in profile.person.education] == ["Inland University of Technology"]
    pubs = profile.publications
    assert [(p.title, p.venue) for p in pubs] == [
        ("A flux probe for steel rails", "Rail Inspection"),
        ("A Damping Method Based on Proximal Policy Optimization (PPO) for Rotating Shafts", "Applied Mechanics")]
    assert [a.name for a in pubs[0].authors] == ["Mei Zhou", "Bo Gao"]
    assert [a.name for a in pubs[1].authors] == ["Wei Lan", "Bo Gao", "Mei Zhou", "Rui Sun"]


# --- a short word in superscript after a name is an author mark --------------------------------------

def test_a_superscript_word_after_a_name_is_a_mark_its_legend_defines(tmp_path):
    # "Berg K<sup>eq</sup>" (not "Berg Keq") and the page's legend "<sup>eq</sup> marks equal contribution"
    body = ("## Publications\n\n"
            "Berg K<sup>eq</sup>, **Holm T<sup>eq</sup>**, Lind PA. Salt tolerance in coastal grasses. "
            "*Plant Notes*. 2021.\n\n"
            "<sup>eq</sup> marks equal contribution\n")
    res = import_path(_page(tmp_path, body, "Tove Holm"))
    [pub] = res.profile.publications
    assert [a.name for a in pub.authors] == ["Berg K", "Holm T", "Lind PA"]
    assert [a.marks for a in pub.authors] == [["equal_contribution"], ["equal_contribution"], []]
    assert pub.authors[1].is_self


def test_dates_between_the_role_and_the_place_of_a_position_are_no_part_of_either(tmp_path):
    # "**Role.** Month YYYY - current. *Place*": the dates sit between two stops
    body = ("## Research experience\n\n"
            "**Postdoctoral fellow.** March 2021 - current. *Harbor Institute of Marine Research, Fitzroy, Australia*\n\n"
            "**Graduate Student.** June 2015 - October 2020. *Lakeside University, Easton MI*\n")
    person = import_path(_page(tmp_path, body, "Ann Berg")).profile.person
    got = [(a.name, a.role, a.start_year, a.end_year, a.current) for a in person.affiliations]
    assert got == [("Harbor Institute of Marine Research", "Postdoctoral fellow", 2021, None, True),
                   ("Lakeside University", "Graduate Student", 2015, 2020, False)]
    assert person.job_title == "Postdoctoral fellow"


def test_a_project_leader_working_on_a_topic_in_a_group_at_a_place(tmp_path):
    # "I'm a project leader working on X, in Y's group at Z": the position, what the work is, then the place
    body = ("I'm a project leader working on [teaching protein models some chemistry](https://ex.org/p), in Ida "
            "Roe's <em>[Structural Biology](https://ex.org/g)</em> research group at the Marine Centre, University of "
            "Harbortown.\n")
    person = import_path(_page(tmp_path, body, "Ann Berg")).profile.person
    assert person.job_title.lower() == "project leader"
    assert [(a.name, a.role) for a in person.affiliations] == [("Marine Centre, University of Harbortown", "project leader")]


def test_a_consortium_list_naming_the_owner_among_the_others_left_out(tmp_path):
    # "Lee, K., [and 54 others, including **Berg, A.**] et. al. 2022.": the two names written, the list truncated
    body = ("## Publications\n\n"
            "[1] Lee, K., [and 54 others, including **Berg, A.**] et. al. 2022. Grazing and seed rain in dry "
            "meadows. Journal of Meadow Ecology. [https://doi.org/10.1000/jme.5](https://doi.org/10.1000/jme.5)\n")
    [pub] = import_path(_page(tmp_path, body, "Ann Berg")).profile.publications
    assert pub.title == "Grazing and seed rain in dry meadows"
    assert [a.name for a in pub.authors] == ["K. Lee", "A. Berg"] and pub.authors_truncated
    assert pub.authors[1].is_self and (pub.venue, pub.year) == ("Journal of Meadow Ecology", 2022)


def test_an_italic_name_inside_the_title_sentence_is_no_venue(tmp_path):
    # "Names (2019) Title about *Festuca rubra* grasses. *Venue.* 12:40": the species in italics is the title's
    body = ("## Publications\n\n"
            "Lee KA, **Berg A**, Holm TS (2019) Root traits of coastal *Festuca rubra* populations under salt "
            "stress. *Plant Ecology Notes.* 12:40 [Find Here](https://ex.org/p1).\n")
    [pub] = import_path(_page(tmp_path, body, "Ann Berg")).profile.publications
    assert pub.title == "Root traits of coastal Festuca rubra populations under salt stress"
    assert (pub.venue, pub.year) == ("Plant Ecology Notes", 2019)
    assert [a.name for a in pub.authors] == ["Lee KA", "Berg A", "Holm TS"]


def test_an_italic_closing_the_citation_is_its_venue_and_find_here_is_a_link_label(tmp_path):
    # "Names. Title. *Venue*. [Find Here](...). [Media Coverage](...)": before, the italic venue was read as the
    # title and the link labels as the venue
    body = ("## Publications\n\n### 2021\n\n"
            "**Berg A**, Lee KA, Holm TS. Counting Bees in the Dark: Acoustic Monitoring for Ecologists. "
            "*Trends in Meadow Science*. [Find Here](https://ex.org/p2). [Media Coverage](https://news.ex.org/bees).\n")
    [pub] = import_path(_page(tmp_path, body, "Ann Berg")).profile.publications
    assert pub.title == "Counting Bees in the Dark: Acoustic Monitoring for Ecologists"
    assert (pub.venue, pub.year) == ("Trends in Meadow Science", 2021)
    assert [a.name for a in pub.authors] == ["Berg A", "Lee KA", "Holm TS"] and pub.authors[0].is_self
    assert "https://ex.org/p2" in pub.links.values()


def test_a_bold_mentor_role_then_the_students_names(tmp_path):
    # "* **Undergraduate Student Mentor.** Names. *When*" under "Teaching and Mentoring"; a teaching item names nobody
    body = ("## Teaching and Mentoring\n\n"
            "* **Teaching Assistant.** Field Ecology Lab. *Lakeside, Spring 2018*\n"
            "* **Undergraduate Student Mentor.** Ida Roe. *Spring 2016 - Summer 2018*\n"
            "* **Summer Program Student Mentor.** Per Lind and Eva Holm. *Summer 2019*\n")
    students = import_path(_page(tmp_path, body, "Ann Berg")).profile.students
    assert [(s.name, s.role) for s in students] == [("Ida Roe", "undergraduate"), ("Per Lind", None),
                                                    ("Eva Holm", None)]


def test_the_supervisor_of_the_dissertation_under_a_graduate_position_is_the_advisor(tmp_path):
    # the quoted line under each position: the postdoc's supervisor is no advisor, the dissertation's is
    body = ("## Research experience\n\n"
            "**Postdoctoral fellow.** March 2021 - current. *Harbor Institute of Marine Research, Fitzroy*\n"
            ">Focus: seal counts from the air. Supervised by [Dan Roe](https://ex.org/roe).\n\n"
            "**Graduate Student.** June 2015 - October 2020. *Lakeside University, Easton MI*\n"
            ">Dissertation: Seals and tides. Supervised by [Ivo Park](https://ex.org/park). Committee Members "
            "include: [Eva Holm](https://ex.org/holm).\n")
    person = import_path(_page(tmp_path, body, "Ann Berg")).profile.person
    assert person.advisors == ["Ivo Park"]


def test_family_first_names_then_an_italic_title_a_bold_venue_and_the_year(tmp_path):
    """A list a script renders from BibTeX: "Family, Given, ..., _Title_, **Venue**, YEAR [Link](url)". The
    italic run right after initials is the title (not the title and all after it); a LaTeX accent left in
    braces is the accented letter (its name stays one author); a quotation inside the italic title, with the
    bracketed citation of the work it comments on, is part of the title."""
    p = _page(tmp_path, "I study waves.\n\n## Publications\n\n"
                        "1. Ruiz, A, Panda, B, Sethi, H, St-Cyr, A, _Recurrent Operators for Quick Wave Simulation_, "
                        "**Powering the Shift: The Role of Computing in Innovation**, 2025 [Link](https://example.org/a)\n\n"
                        "2. Dud{\\'a}s, Eva, Ruiz, Ana, Kassi, Sam, _A hot nozzle for ringdown spectroscopy_, "
                        "**The Journal of Chemical Physics**, 2020 [Link](https://example.org/d)\n\n"
                        "3. Ruiz, Ana, Gomez, Pablo, Lind, Karl, _Comment on “A new way to design inlets” "
                        "[Phys. Fluids 24, 086103 (2012)]_, **Physics of Fluids**, 2020 [Link](https://example.org/c)\n",
              "Ana Ruiz")
    pubs = import_path(p).profile.publications
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("Recurrent Operators for Quick Wave Simulation", "Powering the Shift: The Role of Computing in Innovation",
         2025),
        ("A hot nozzle for ringdown spectroscopy", "The Journal of Chemical Physics", 2020),
        ("Comment on “A new way to design inlets” [Phys. Fluids 24, 086103 (2012)]", "Physics of Fluids", 2020),
    ]
    assert [a.name for a in pubs[1].authors] == ["Eva Dudás", "Ana Ruiz", "Sam Kassi"]
    assert [a.name for a in pubs[2].authors] == ["Ana Ruiz", "Pablo Gomez", "Karl Lind"]
    assert [a.name for a in pubs[0].authors][1:] == ["B Panda", "H Sethi", "A St-Cyr"]


def test_chinese_standard_citations_with_type_codes(tmp_path):
    """GB/T 7714: "Family Initials" names, "et al.", the title closed by a type code ([J], [C]//), then the
    journal, year, volume and pages, or the proceedings, a publisher and the year."""
    p = _page(tmp_path, "I study air traffic.\n\n## Publications\n\n"
                        "[3] Voss L, Quek Z H, Lin K H. Modeling conflict detection for urban air traffic[J]. "
                        "Safety Science Review, 2024, 244: 109908.\n\n"
                        "[2] Pang B, Voss L*, Hu X, et al. Route crossing optimization via potential fields[J]. "
                        "Aeronautics Letters, 2021.\n\n"
                        "[1] Ma L, Voss L, Koh R. Fuel flow analysis for flight phases[C]//2025 Integrated Surveillance "
                        "Conference (ISC). IEEE, 2025: 1-8.\n",
              "Lena Voss")
    pubs = import_path(p).profile.publications
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("Modeling conflict detection for urban air traffic", "Safety Science Review", 2024),
        ("Route crossing optimization via potential fields", "Aeronautics Letters", 2021),
        ("Fuel flow analysis for flight phases", "ISC", 2025),
    ]
    assert pubs[2].venue_full == "Integrated Surveillance Conference"  # (not the publisher after it)
    assert [a.name for a in pubs[0].authors] == ["Voss L", "Quek Z H", "Lin K H"]
    assert pubs[1].authors_truncated and [a.is_self for a in pubs[1].authors] == [False, True, False]


def test_a_senior_position_abbreviated_sr_in_the_bio_sentence(tmp_path):
    """"I'm Ana Ruiz, a Sr. ML Engineer at Acmecorp.": the period of "Sr." ends no sentence; the position and
    the workplace are read whole."""
    p = tmp_path / "index.md"
    p.write_text("# Home\n\nHi! I’m Ana Ruiz, a Sr. ML Engineer at Acmecorp. I previously worked at Shell.\n\n"
                 "I like science.\n", encoding="utf-8")
    person = import_path(p).profile.person
    assert person.job_title == "Sr. ML Engineer"
    assert [(a.name, a.role) for a in person.affiliations] == [("Acmecorp", "Sr. ML Engineer")]


def test_a_recent_phd_from_a_place_told_in_the_bio_is_a_degree(tmp_path):
    """'I am a newly minted Ph.D. from [Tarnwell Tech](...)': a doctorate the owner holds, and where from."""
    path = _page(tmp_path, "I am a postdoc at Brill University. I am a newly minted Ph.D. from "
                           "[Tarnwell Tech](https://tarnwell.example.edu/).\n", "Ines Harrow")
    person = import_path(path).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [("Ph.D.", "Tarnwell Tech")]


def test_degrees_listed_before_the_one_place_they_are_from_and_a_phd_place_before_while(tmp_path):
    """"He received his Ph.D. in X from Y, while ...": the place ends at "while"; "He also holds a B.Sc. in
    Physics, M.Sc. in Physics, and a degree in Z from W, Chile.": the abbreviations' periods end no clause,
    the degrees listed are from W."""
    p = _page(tmp_path, "Ana Ruiz studies networks. He received his Ph.D. in Social Science from Universidad "
                        "del Norte, while conducting his thesis work at a lab abroad. He also holds a B.Sc. in "
                        "Physics, M.Sc. in Physics, and a professional degree in Engineering from Universidad de "
                        "Valparaíso, Chile.\n", "Ana Ruiz")
    person = import_path(p).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [
        ("Ph.D.", "Universidad del Norte"), ("B.Sc.", "Universidad de Valparaíso")]


def test_a_bio_with_two_positions_and_a_possessive_unit_of_the_employer(tmp_path):
    """'a [Resident Fellow at Tarn Law School's Society Project](...) and the [Visiting Scholar at the Brill School
    of Affairs](...)': the first position ends where the second starts; the school's project is its unit."""
    path = _page(tmp_path, "Ines is a [Resident Fellow at Tarn Law School's Society Project](https://x.example.org/a) "
                           "and the [Visiting Scholar on AI and Lecturer in Affairs at the Brill School of Affairs]"
                           "(https://x.example.org/b).\n\nShe has researched platform governance.\n", "Ines Harrow")
    person = import_path(path).profile.person
    assert person.job_title == "Resident Fellow"
    assert [(a.name, a.department) for a in person.affiliations][:1] == [("Tarn Law School", "Society Project")]


def test_stars_without_a_legend_on_the_last_authors_and_a_note_before_the_title(tmp_path):
    # no legend on the page: stars closing the list (or on a sole author) mark the corresponding authors, stars on
    # the first authors their equal contribution; "(Cover Article)" inside the title's link is a note, no title word
    body = ("# Publications\n\n"
            "- [(Cover Article) Tides of the inner shelf](https://example.org/t1), **Rosa Vidal**, Ken Oda, "
            "Mia Sato\\*, Lena Brook\\*, *Ocean Letters*, 2024\n"
            "- [Waves alone](https://example.org/t2), **Rosa Vidal**\\*, *Sea Notes*, 2023\n"
            "- [Paired currents](https://example.org/t3), **Rosa Vidal**\\*, Ken Oda\\*, Mia Sato, "
            "*Ocean Letters*, 2022\n")
    pubs = import_path(_page(tmp_path, body, "Rosa Vidal")).profile.publications
    by = {p.title: {a.name: a.marks for a in p.authors} for p in pubs}
    assert by["Tides of the inner shelf"] == {"Rosa Vidal": [], "Ken Oda": [], "Mia Sato": ["corresponding"],
                                              "Lena Brook": ["corresponding"]}
    assert by["Waves alone"] == {"Rosa Vidal": ["corresponding"]}
    assert by["Paired currents"] == {"Rosa Vidal": ["equal_contribution"], "Ken Oda": ["equal_contribution"],
                                     "Mia Sato": []}


def test_the_owner_in_italics_among_the_authors_is_no_venue(tmp_path):
    # "[Title](url), A, B, _Owner_, C, D\*, J. Abbrev. 2025, 21, 14, 1-9": the italic run is the owner's own name
    # (how the page highlights them), the venue is the abbreviated journal after the names
    body = ("# Publications\n\n"
            "- [Linear scaling tides: an implementation and its assessment on large bays](https://example.org/t1), "
            "Ken Oda, Mia Sato, _Rosa Vidal_, Lena Brook, Omar Reef\\*, J. Ocean Phys. 2025, 21, 14, 6887–6904\n")
    [pub] = import_path(_page(tmp_path, body, "Rosa Vidal")).profile.publications
    assert [a.name for a in pub.authors] == ["Ken Oda", "Mia Sato", "Rosa Vidal", "Lena Brook", "Omar Reef"]
    assert pub.venue == "J. Ocean Phys" and pub.year == 2025


def test_a_ph_d_written_with_a_space_before_the_d_is_a_job_title(tmp_path):
    # "I'm a Ph. D. candidate at X": the stops of "Ph. D." end no sentence, the position is read as with "PhD"
    body = ("# About Me\n\nNice to meet you! I'm Rosa Vidal from Vigo, Spain. I'm a Ph. D. candidate at "
            "[Harbor Oceanography](https://example.org/), advised by [Prof. Ken Oda](https://example.org/oda).\n")
    person = import_path(_page(tmp_path, body, "Rosa Vidal")).profile.person
    assert person.job_title == "Ph. D. candidate"
    assert [a.name for a in person.affiliations] == ["Harbor Oceanography"] and person.advisors == ["Ken Oda"]


def test_a_supervised_student_whose_name_runs_into_cosupervised_with(tmp_path):
    # "Name cosupervised with X - 2016. Thesis": no comma after the name; the remark on the supervision ends it
    body = ("## Supervision\n\n"
            "* Lena Brook, cosupervised with K. Oda - 2020. Coastal upwelling.\n"
            "* Omar Reef cosupervised with M. Sato and K. Oda - 2016. Tidal energy.\n"
            "* [Ada Wave](https://example.org/ada) cosupervised with M. Sato - 2012. Sea ice.\n")
    students = import_path(_page(tmp_path, body, "Rosa Vidal")).profile.students
    assert [s.name for s in students] == ["Lena Brook", "Omar Reef", "Ada Wave"]


def test_citations_hard_wrapped_across_source_lines_are_one_entry_each(tmp_path):
    # a generated list (knitr-style) wraps every citation at a fixed width: the breaks fall inside the quoted title,
    # inside the italic venue or the italic title of a report; they are no field boundaries
    body = ("# Publications\n\n"
            "[1] K. Oda, R. Vidal, M. Sato, L. Brook, O. Reef,\n"
            "A. Wave, J. Ruiz, P. Lind, T. Berg, N. Holm, M.\n"
            "A. Lund, and B. Fjord. \"Tidal mixing changes how kelp forests grow\n"
            "and recover after storms\". En. In: _Coastal Ecology Letters_ (Mar.\n"
            "2024), pp. 10-20. ISSN: 1234-5678. DOI:\n"
            "[10.5555/cel.2024.1](https://doi.org/10.5555%2Fcel.2024.1).\n\n"
            "[2] K. Oda, M. Sato, L. Brook, J. Ruiz, P. Lind, T. Berg, others, R. Vidal\n"
            "Vidal, and A. Wave. _Sea-Ready Coasts (SRC): a research initiative on\n"
            "adapting harbours to rising water_. Publisher: OSF. 2023.\n")
    pubs = import_path(_page(tmp_path, body, "Rosa Vidal")).profile.publications
    assert [p.title for p in pubs] == [
        "Tidal mixing changes how kelp forests grow and recover after storms",
        "Sea-Ready Coasts (SRC): a research initiative on adapting harbours to rising water"]
    assert [a.name for a in pubs[0].authors] == ["K. Oda", "R. Vidal", "M. Sato", "L. Brook", "O. Reef", "A. Wave",
                                                 "J. Ruiz", "P. Lind", "T. Berg", "N. Holm", "M. A. Lund", "B. Fjord"]
    assert pubs[0].year == 2024 and "Coastal Ecology Letters" in pubs[0].venue


# --- Vancouver names closed by "and", with an ellipsis, and a venue followed by its status ---------------------


def test_vancouver_list_closed_by_and_and_an_in_press_venue(tmp_path):
    body = (
        "## Publications\n\n"
        "* <span style=\"color:red\">[3]</span> **Lorn H**, Vey G, Dunmore DT, and Rask Y. Spatial access to clinics "
        "(SAC): measure choices and what they imply for the study of care. _Annals of Places_ (in press). "
        "[Link](https://example.org/a)<br/>\n\n"
        "* <span style=\"color:red\">[2]</span> <u>Sorn I</u> and **Lorn H**. The varying link between rain and river "
        "floods in the plains, 2001-2014. _Applied Rivers_, 2022; 140: 102664. [Link](https://example.org/b)<br/>\n\n"
        "* <span style=\"color:red\">[1]</span> Tobin M, Hask S, Orr K,…, Mun N, **Lorn H**, and Fell D. Rethinking "
        "river maps and a definition of wet places. _BMC Rivers_, 2022; 22: 450. [Link](https://example.org/c)<br/>\n"
    )
    result = import_path(_page(tmp_path, body, "Hana Lorn"))
    pubs = {p.title: p for p in result.profile.publications}
    assert set(pubs) == {
        "Spatial access to clinics (SAC): measure choices and what they imply for the study of care",
        "The varying link between rain and river floods in the plains, 2001-2014",
        "Rethinking river maps and a definition of wet places",
    }
    first = pubs["Spatial access to clinics (SAC): measure choices and what they imply for the study of care"]
    assert first.venue == "Annals of Places"
    assert [a.name for a in first.authors] == ["Lorn H", "Vey G", "Dunmore DT", "Rask Y"]
    two = pubs["The varying link between rain and river floods in the plains, 2001-2014"]
    assert [a.name for a in two.authors] == ["Sorn I", "Lorn H"] and two.authors[1].is_self
    assert two.venue == "Applied Rivers" and two.year == 2022
    many = pubs["Rethinking river maps and a definition of wet places"]
    assert [a.name for a in many.authors] == ["Tobin M", "Hask S", "Orr K", "Mun N", "Lorn H", "Fell D"]
    assert _unparsed(result) == []


def test_title_in_curly_single_quotes_after_the_names(tmp_path):
    # the humanities style: the names, then the title in ‘single quotes’, then the venue
    body = (
        "## Publications\n\n"
        "Marsh, Jan and Ann Lee, ‘Floods and Their Memory in Delta Towns, 1800-1900’, Journal of River History 16 "
        "(2021) pp. 52-82.\n\n"
        "Marsh, Jan, ‘Why the Old Dikes Held: Notes from an Archive’, in: B. Kox (ed.), Water and Land "
        "(Delft: Press, 2010), pp. 11-23.\n"
    )
    result = import_path(_page(tmp_path, body, "Jan Marsh"))
    pubs = {p.title: p for p in result.profile.publications}
    assert set(pubs) == {"Floods and Their Memory in Delta Towns, 1800-1900",
                         "Why the Old Dikes Held: Notes from an Archive"}
    first = pubs["Floods and Their Memory in Delta Towns, 1800-1900"]
    assert first.year == 2021 and first.venue.startswith("Journal of River History")
    assert pubs["Why the Old Dikes Held: Notes from an Archive"].year == 2010
    assert _unparsed(result) == []


def test_paper_titles_as_headings_under_year_headings_with_the_venue_line_first(tmp_path):
    """'## 2023' year groups, one '### [Title](url)' heading per paper, then an '*Venue* - 2023' line and the
    author line in the next paragraph (or no venue line at all: the year heading dates it): each heading with
    its paragraphs is one paper, not a section of its own."""
    body = (
        "I am Mira Castell, a research engineer at Lakeside University.\n\n"
        "## 2023\n\n"
        "### [Scheduling heat pumps under price uncertainty](https://example.org/p1)\n\n"
        "*Energy Systems Letters* - 2023\n\n"
        "Tomas Brandt, **Mira Castell**, Lea Ohm\n\n"
        "### [A solver for layered linear programs](https://example.org/p2)\n\n"
        "**Mira Castell**, Tomas Brandt\n\n"
        "## 2021\n\n"
        "### [Surrogate models of distillation columns](https://example.org/p3)\n\n"
        "*Process Modelling* - 2021\n\n"
        "**Mira Castell**, Ivo Janssen, Lea Ohm\n")
    page = tmp_path / "publications.md"
    page.write_text("---\nlayout: page\ntitle: Publications\n---\n\n" + body, encoding="utf-8")
    p = import_path(page).profile
    got = [(pub.title, pub.year, pub.venue, [a.name for a in pub.authors]) for pub in p.publications]
    assert got == [
        ("Scheduling heat pumps under price uncertainty", 2023, "Energy Systems Letters",
         ["Tomas Brandt", "Mira Castell", "Lea Ohm"]),
        ("A solver for layered linear programs", 2023, None, ["Mira Castell", "Tomas Brandt"]),
        ("Surrogate models of distillation columns", 2021, "Process Modelling",
         ["Mira Castell", "Ivo Janssen", "Lea Ohm"])]
    assert [pub.authors[0].is_self for pub in p.publications] == [False, True, True]


_DL_BOXES = """# Ann Lee

## Peer-reviewed Articles

<dl>
2024. "<a href="https://doi.org/10.1/x"> We Want Symbols, Not Heroes: Gender and Efficacy of Dock Workers </a>." <i>Harbour Quarterly</i> 45(4): 673-691.
</dl>

<dl>
2021. "<a href="https://doi.org/10.1/z"> Ferry timetables and island voters </a>." <i>Island Politics</i> 4(1): 1-9.
<ul><li>Most read article of the year</li></ul>
</dl>

## Working Papers

<ol>
<li>"Rural Worries and Blame in Two Valleys." <i>Under review</i></li>
</ol>
"""


def test_a_list_tag_around_one_entrys_text_is_read_as_the_entry():
    # '<dl>2024. "<a>Title</a>." <i>Venue</i> ...</dl>': a list tag with no items is a box around one citation (the
    # year before it, the quoted title, then the italic venue, which holds no venue word); a quoted title opening
    # with "We" is a title, not prose; a quoted title with only its status is a working paper
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    pubs = parse_markdown_page(SourceDoc(Path("research.md"), _DL_BOXES), ImportOptions()).publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("We Want Symbols, Not Heroes: Gender and Efficacy of Dock Workers", 2024, "Harbour Quarterly"),
        ("Ferry timetables and island voters", 2021, "Island Politics"),
        ("Rural Worries and Blame in Two Valleys", None, None)]
    assert [[a.name for a in p.authors] for p in pubs] == [["Ann Lee"]] * 3
    assert pubs[0].links == {"doi": "https://doi.org/10.1/x"}


def test_an_italic_journal_name_followed_only_by_its_numbers_is_the_venue():
    # '*Limnology and Oceanography*, 69(10), 2278–2293.' names no venue word kg knows; on its own line between the
    # title and the paper's DOI link, set in italics and followed only by volume and pages, it is the venue
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    text = ("# Ann Lee\n\n## Publications\n\n## 2024\n**Lee, A.**, Roe, B. T., & Kim, C.  \n"
            "**Sediment dynamics shape snail mobility on tidal flats.**  \n"
            "*Limnology and Oceanography*, 69(10), 2278–2293.  \n[DOI](https://doi.org/10.1002/x.1)\n")
    pub = parse_markdown_page(SourceDoc(Path("publications.md"), text), ImportOptions()).publications[0]
    assert (pub.title, pub.year, pub.venue) == ("Sediment dynamics shape snail mobility on tidal flats", 2024,
                                                "Limnology and Oceanography")


# --- GB/T 7714 lists of a profile README ------------------------------------------------------------

_GBT_LIST = """# Hello there

## Under Review

1. Lund X, Chen S, Wang H, Lund T, **Vance R,** et al. "TriNet-X: Three-Path Modulation Network for Retinal Segmentation".
2. **Vance R**, Lund X, Lund Z, Yang H, et, al. "Physics-Guided Dual Network with Diffusion Priors for Tumor Segmentation".

## Recent Publications

1. Wang H, **Vance R**, et, al. Kernel-Enhanced Nonlinear Expansions for Fine-Grained Vessel Discrimination[J]. Journal of Remote Things, 2025.

## Educational Background

**Undergraduate**: Lark Institute of Technology, School of Mathematics, Bachelor of Science in Computing (2017–2021)

**Graduate**: Inland Dianzi University, School of Engineering, Master of Engineering in Signal Processing (2023–Present)

Contact: rosa.vance@example.edu
"""


def test_a_gbt_list_with_quoted_titles_and_a_comma_typed_inside_et_al(tmp_path):
    # 'et al. "Net-X: ..."': the colon is the quoted title's, "et al." ends the names; "et, al." is "et al." typed
    # with a stray comma, no author "et" and no title starting with the names
    p = tmp_path / "README.md"
    p.write_text(_GBT_LIST, encoding="utf-8")
    profile = import_path(p).profile
    got = [(pub.title, [a.name for a in pub.authors], pub.authors_truncated) for pub in profile.publications]
    assert got == [
        ("TriNet-X: Three-Path Modulation Network for Retinal Segmentation",
         ["Lund X", "Chen S", "Wang H", "Lund T", "Vance R"], True),
        ("Physics-Guided Dual Network with Diffusion Priors for Tumor Segmentation",
         ["Vance R", "Lund X", "Lund Z", "Yang H"], True),
        ("Kernel-Enhanced Nonlinear Expansions for Fine-Grained Vessel Discrimination", ["Wang H", "Vance R"], True),
    ]
    # "Educational Background" is the education section; "Graduate:" labels the line, the school follows it
    assert [e.institution for e in profile.person.education] == ["Lark Institute of Technology",
                                                                  "Inland Dianzi University"]


# --- link labels are never part of a venue --------------------------------------------------------


def test_a_physics_list_with_code_and_data_badges_after_each_citation(tmp_path):
    """A hand-written list of numbered citations whose venue link reads "Journal Volume (Year) Page", then the
    arXiv link named by its own id, and on the next line "Code:" and "Data:" each before a badge image that is
    all of its link: the venue is the journal's name, the arXiv id no part of it, and the badges are the code and
    data links (their deposit DOIs not the paper's)."""
    p = tmp_path / "publications.md"
    p.write_text(
        "# Ada Lind\n\n## Articles\n\n"
        '[1] B. Cruz, D. Eze, and A. Lind, "Scattering of slow quarks in a toy model", '
        "[Phys.Rev.D 110 (2024) 5](https://doi.org/10.1103/PhysRevD.110.990001) "
        "[2405.99001 [hep-lat]](https://arxiv.org/abs/2405.99001)\n"
        'Code:<a href="https://doi.org/10.5281/zenodo.990001"><img src="https://zenodo.org/badge/DOI/x1.svg" '
        'alt="DOI"></a> Data:<a href="https://doi.org/10.5281/zenodo.990002"><img '
        'src="https://zenodo.org/badge/DOI/x2.svg" alt="DOI"></a>\n\n'
        '[2] A. Lind and D. Eze, "Mixing of singlets in toy models", '
        "[accepted by Phys.Rev.D](https://journals.example.org/prd/accepted/abc) "
        "[2405.99002 [hep-lat]](https://arxiv.org/abs/2405.99002)\n"
        "Code: [![DOI](https://zenodo.org/badge/DOI/x3.svg)](https://doi.org/10.5281/zenodo.990003) "
        "Data: [![DOI](https://zenodo.org/badge/DOI/x4.svg)](https://doi.org/10.5281/zenodo.990004)\n\n"
        '[3] A. Lind and B. Cruz, "Strong breaking in a toy theory", '
        "[PoS LATTICE2021 (2022) 130](https://doi.org/10.22323/1.396.9130), "
        "[arXiv:2109.99003 [hep-lat]](https://arxiv.org/abs/2109.99003)\n",
        encoding="utf-8")
    pubs = import_path(p).profile.publications
    assert [x.venue for x in pubs] == ["Phys.Rev.D", "Phys.Rev.D", "PoS LATTICE"]
    assert [x.year for x in pubs] == [2024, None, 2022]
    assert pubs[0].links["code"] == "https://doi.org/10.5281/zenodo.990001"
    assert pubs[0].links["data"] == "https://doi.org/10.5281/zenodo.990002"
    assert pubs[1].links["code"] == "https://doi.org/10.5281/zenodo.990003"
    assert pubs[1].links["data"] == "https://doi.org/10.5281/zenodo.990004"
    assert pubs[0].arxiv == "2405.99001" and not (pubs[0].doi or "").startswith("10.5281")


def test_a_paragraph_that_is_one_link_named_by_a_doi_belongs_to_the_paper_above(tmp_path):
    """Each paper a paragraph of its own, then a paragraph that is only a link whose words are "DOI: " and the DOI
    (once to doi.org, once to the publisher's page): the paper's DOI link, not a line left unread. Its "DOI:" is
    the link's own words, no lead before the link, and a year inside the DOI no date of an entry of its own."""
    p = tmp_path / "papers.md"
    p.write_text(
        "# Papers\n\n"
        'Lind, A. B.; Moreau, C.; Quill, R. T.; **"Tidal mixing in narrow estuaries"**, Marine Letters, May 2021\n\n'
        "[DOI: 10.5555/ml.1234](https://doi.org/10.5555/ml.1234)\n\n"
        'Quill, R. T.; Lind, A. B.; **"Salt wedges under ice"**, Coastal Review, March 2019\n\n'
        "[DOI: 10.5555/j.cr.2018.11.004](https://publisher.example.org/articles/cr987)\n",
        encoding="utf-8")
    result = import_path(p)
    pubs = result.profile.publications
    assert [x.title for x in pubs] == ["Tidal mixing in narrow estuaries", "Salt wedges under ice"]
    assert "https://doi.org/10.5555/ml.1234" in pubs[0].links.values()
    assert "https://publisher.example.org/articles/cr987" in pubs[1].links.values()
    assert not _unparsed(result)


# --- a profile README whose papers are badge links: venue and year in the badge, the title in its alt text ------

BADGE_PAPERS_README = """<h1>Hey, this is mvk</h1>

My name is Mira Vandeloo, a first year PhD student in Computational Linguistics at Harbour University.

<div align="center">
<a href="https://scholar.google.com/citations?user=AbCdEf012345">
<img src="https://img.shields.io/badge/Scholar-Mira_Vandeloo-blue" alt="scholar.google.com/citations?user=AbCdEf012345">
</a>
</div>

<h2>Papers</h2>

<div align="center">
  <a href="https://arxiv.org/abs/2401.00001">
    <img src="https://img.shields.io/badge/EMNLP_2023-Tokenizers_Without_Borders-teal" alt="Tokenizers Without Borders: Subword Sharing Across Scripts">
  </a>
  <a href="https://example.org/journal/art42">
    <img src="https://img.shields.io/badge/Harbour_Journal__Letters_2021-Reading_Dialect_Maps-navy" alt="Reading dialect maps with sparse annotators">
  </a>
</div>

<h2>Things I use</h2>

<div align="center">
  <a href="https://tool.example.com"><img src="https://img.shields.io/badge/tool.example-Draw_Diagrams-pink" alt="tool.example.com"></a>
  <a href="https://other.example.com"><img src="https://img.shields.io/badge/Othertool-Write_Notes_Online-red" alt="Other tool for notes"></a>
</div>
"""


def test_papers_as_badge_links_read_from_label_and_alt_text(tmp_path):
    """'<a href=paper><img src="shields.io/badge/EMNLP_2023-Short_Title-teal" alt="Full Title"></a>' in a row of
    such links: one paper each, its venue and year the badge's label, its title the alt text, the link the
    paper's; the badges of profiles and of tools (a label with no year, an address as alt text) are none."""
    p = tmp_path / "README.md"
    p.write_text(BADGE_PAPERS_README, encoding="utf-8")
    pubs = import_path(p).profile.publications
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("Tokenizers Without Borders: Subword Sharing Across Scripts", "EMNLP", 2023),
        ("Reading dialect maps with sparse annotators", "Harbour Journal_Letters", 2021)]
    assert list(pubs[0].links.values()) == ["https://arxiv.org/abs/2401.00001"]
    assert list(pubs[1].links.values()) == ["https://example.org/journal/art42"]


_GROUP_MEMBER_README = ("<h1>Hey, this is mvk</h1>\n\nMy name is Mira Vandeloo, I am a 1st year Ph.D. student in "
                        "Computational Linguistics (CL) at HarbourU(SZ).\n\nI’m a member of 🦉 "
                        "[NightOwlNLP](https://github.com/NightOwlNLP). Reach me on signal: `mvk`.\n\n"
                        '<img src="https://github-readme-stats.vercel.app/api?username=mvk&show_icons=true" />\n')


def test_readme_owner_place_after_a_glossed_field(tmp_path):
    """"a 1st year Ph.D. student in Computational Linguistics (CL) at HarbourU(SZ)": the field, then the place
    (its campus glued to it is part of its name), not the group the next sentence names."""
    p = tmp_path / "README.md"
    p.write_text(_GROUP_MEMBER_README, encoding="utf-8")
    assert [a.name for a in import_path(p).profile.person.affiliations] == ["HarbourU(SZ)"]


def test_readme_stats_card_account_over_a_group_linked_in_prose(tmp_path):
    """"a member of [NightOwlNLP](github.com/NightOwlNLP)" links a group's account; the stats card's user is the
    README's own."""
    p = tmp_path / "README.md"
    p.write_text(_GROUP_MEMBER_README, encoding="utf-8")
    assert import_path(p).profile.person.identifiers["github"] == "mvk"


_PAPER_BADGE = '<a href="https://arxiv.org/abs/{n}"><img src="https://img.shields.io/badge/{v}-Short-teal" alt="{t}"></a>'
_BADGE_ONE = _PAPER_BADGE.format(n="2301.1", v="EMNLP_2021", t="Sparse Widgets for Long Documents")
_BADGE_TWO = _PAPER_BADGE.format(n="2301.2", v="ACL_2022", t="Dense Gadgets in Short Texts")


@pytest.mark.parametrize("papers", [
    f"<p>{_BADGE_ONE} {_BADGE_TWO}</p>",  # a row of badges in one paragraph: it was one paper, its venue the first's
    f"<ul><li>{_BADGE_ONE}</li><li>{_BADGE_TWO}</li></ul>",  # an item each: none was read
])
def test_papers_as_badge_links_are_a_paper_each_in_any_container(papers):
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    html = ("<html><head><title>Ana Ruiz</title></head><body><h1>Ana Ruiz</h1><p>PhD student at Inland University.</p>"
            f"<h2>Publications</h2>{papers}</body></html>")
    p = parse_html(SourceDoc(Path("index.html"), html), ImportOptions(owner="Ana Ruiz"))
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Sparse Widgets for Long Documents", "EMNLP", 2021), ("Dense Gadgets in Short Texts", "ACL", 2022)]


def test_a_venue_badge_beside_a_written_paper_is_no_paper_of_its_own():
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    # the badge marks the paper written beside it (its alt text the badge's own words): the title is the bold text
    html = ("<html><head><title>Ana Ruiz</title></head><body><h1>Ana Ruiz</h1><h2>Publications</h2>"
            '<div class="pub"><a href="https://x.org/p"><img src="https://img.shields.io/badge/NeurIPS_2023-Spotlight-'
            'green" alt="NeurIPS 2023 spotlight presentation"></a><b>Tokenizers Without Borders</b><br>Ana Ruiz, Bo Lee.'
            ' <i>NeurIPS 2023</i></div><div class="pub"><b>Second Paper Here</b><br>Ana Ruiz. <i>ICML 2022</i></div>'
            "</body></html>")
    p = parse_html(SourceDoc(Path("index.html"), html), ImportOptions(owner="Ana Ruiz"))
    assert [x.title for x in p.publications] == ["Tokenizers Without Borders", "Second Paper Here"]


def test_a_link_to_a_projects_google_group_is_no_affiliation(tmp_path):
    """A list of where to follow the lab's work, one item a project's Google Group (a mailing list): no research
    group the owner works in; the owner's place on the line under the name still is."""
    p = tmp_path / "index.md"
    p.write_text(
        "# Mira Lund\n\nAssistant Professor, Lakeside University\n\n"
        "We build small cameras for watching bees in their hives.\n\n"
        "Follow our work at:\n\n"
        "* [Hive Camera Google Group](https://groups.google.com/g/hivecam)\n"
        "* [Hive Camera Wiki](https://wiki.example.org/hivecam)\n",
        encoding="utf-8")
    person = import_path(p).profile.person
    assert [a.name for a in person.affiliations] == ["Lakeside University"]


def test_a_title_headings_venue_and_links_in_a_paragraph_of_their_own_under_the_author_line(tmp_path):
    # hunt46 (a Quarto research page): "## Title" / "**Roe, A., Lin, B. (2025)**" / blank / "*arXiv* | [Paper](url)"
    # / blank / the abstract: before, the venue-and-links paragraph was left out of the entry (venue and links lost)
    body = ("## Research\n\n## Dune drift under crossing winds\n\n**Roe, A., Lin, B. & Dunn, C (2025)**\n\n"
            "*Sandbox Letters* | [Paper](https://doi.org/10.1000/dune)\n\n"
            + "We follow dunes across a plain for a decade and find that they drift against the wind when the "
              "crossing winds change their angle more than twice a season, which no model predicted before us.\n\n"
            "---\n\n## Ripple memory in tidal flats\n\n**Lin, B. & Roe, A. (2023)**\n\n"
            "*arXiv* | [Paper](https://arxiv.org/abs/2301.00002)\n")
    result = import_path(_page(tmp_path, body, "Ann Roe"))
    pubs = {p.title: p for p in result.profile.publications}
    assert sorted(pubs) == ["Dune drift under crossing winds", "Ripple memory in tidal flats"]
    dune = pubs["Dune drift under crossing winds"]
    assert dune.venue == "Sandbox Letters" and dune.year == 2025 and dune.links.get("paper") == "https://doi.org/10.1000/dune"
    assert [a.name for a in dune.authors] == ["A. Roe", "B. Lin", "C. Dunn"]
    assert (dune.abstract or "").startswith("We follow dunes")
    assert pubs["Ripple memory in tidal flats"].venue == "arXiv"


def test_a_templates_bracketed_slots_left_in_a_publications_list_are_no_works(tmp_path):
    # hunt46 (a minimal-mistakes site): "**[Paper Title]**" / "[Authors]" / "*[Journal Name]*, 2024" entries the owner
    # has not filled in yet, beside one real paper: before, each slot became a work titled "[Paper Title]" (a
    # bracketed slot was no placeholder)
    body = ("## Publications\n\n**[Paper Title]**  \nAnn Roe, [Co-author]  \n*[Conference/Journal Name]*, 2024\n\n"
            "**[Paper Title]**  \nAnn Roe  \n*[Journal Name]*, 2023\n\n"
            "**Dune drift under crossing winds**  \nAnn Roe, Bo Lin  \n*Sandbox Letters*, 2022\n")
    _page(tmp_path, body, "Ann Roe")
    result = import_path(tmp_path)  # (the site: its sample entries are reported where the site's works are put together)
    assert [p.title for p in result.profile.publications] == ["Dune drift under crossing winds"]
    assert any("sample text" in u and "[Paper Title]" in u for u in _unparsed(result))
