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
    assert edu == [("Ph.D", "Northgate Institute of Technology", 2029), ("B.S.", "Alder University", 2023)]
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
