"""Lines `kg import --verbose` listed as unparsed although kg has a field for them: dated service lines, course
lines of a Teaching section, an "Expertise:" label over a list, a topic list under a bare "Research" heading
(synthetic pages, invented names)."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html, parse_markdown_page

SERVICE_TEACHING = """# Mira Okafor

Lecturer at Lakeside University.

## Service

- *2024.10*, TPC Member, GridCom 2024
- *2022.05*, Workshop Chair, ParaSys 2022

## Teaching

- *2024.Fall*, Digital Circuits Basics
- Teaching Assistant for Data Mining (CS 412), Lakeside University, Spring 2021
- Instructor, Linear Algebra, Summer 2019
"""


def test_dated_service_lines_and_course_lines_are_read_not_left_unparsed():
    p = parse_markdown_page(SourceDoc(Path("about.md"), SERVICE_TEACHING), ImportOptions())
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("TPC Member", ["GridCom"], 2024), ("Workshop Chair", ["ParaSys"], 2022)]
    assert [(t.course, t.term, t.role, t.institution) for t in p.teaching] == [
        ("Digital Circuits Basics", "2024.Fall", None, None),
        ("Data Mining (CS 412)", "Spring 2021", "Teaching Assistant", "Lakeside University"),
        ("Linear Algebra", "Summer 2019", "Instructor", None)]
    assert not [u for u in p.unparsed if u.section in ("service", "teaching")]


RESEARCH = """<html><body>
<h1>Mira Okafor</h1>
<p>Professor, Lakeside University</p>
<h2>Research</h2>
<p>
  Coding theory, network security, optimization,
  signal processing.
</p>
<p>Expertise:</p>
<ul>
  <li>Satellite networks</li>
  <li>Privacy</li>
</ul>
<h2>Publications</h2>
<ul>
<li>M. Okafor and T. Brandt, "Codes for noisy relays," Journal of Channels, 2020.</li>
</ul>
</body></html>
"""


def test_topics_under_a_bare_research_heading_and_an_expertise_label_are_the_owners_interests():
    p = parse_html(SourceDoc(Path("index.html"), RESEARCH), ImportOptions())
    assert p.person.interests == ["Coding theory", "network security", "optimization", "signal processing",
                                  "Satellite networks", "Privacy"]
    assert [x.title for x in p.publications] == ["Codes for noisy relays"]
    assert not p.unparsed


LABELLED = """# Mira Okafor

## Teaching

TA

- **Signals and Systems** (Lakeside University): Fall 2020, Spring 2022

Grader

- **Discrete Structures** (Hill College): Spring 2016

## Journal Reviewer

- Transactions on Channel Coding (TCC), 2024
- Letters of Network Science, 2023
"""


def test_a_role_line_over_courses_and_a_heading_naming_the_reviewer_role_are_read():
    p = parse_markdown_page(SourceDoc(Path("about.md"), LABELLED), ImportOptions())
    assert [(t.course, t.term, t.role, t.institution) for t in p.teaching] == [
        ("Signals and Systems", "Fall 2020, Spring 2022", "TA", "Lakeside University"),
        ("Discrete Structures", "Spring 2016", "Grader", "Hill College")]
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("Journal Reviewer", ["Transactions on Channel Coding (TCC)"], 2024),
        ("Journal Reviewer", ["Letters of Network Science"], 2023)]
    assert not p.unparsed
