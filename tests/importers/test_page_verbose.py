"""Lines `kg import --verbose` listed as unparsed although kg has a field for them: dated service lines, course
lines of a Teaching section, an "Expertise:" label over a list, a topic list under a bare "Research" heading
(synthetic pages, invented names)."""

from pathlib import Path

import pytest

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html, parse_markdown_page


def _html(text: str, name: str, owner: str | None = None):
    """What the page reader reads of the HTML ``text`` as the page ``name``, ``owner`` named or not."""
    return parse_html(SourceDoc(Path(name), text), ImportOptions(owner=owner))


def _md(text: str, name: str, owner: str | None = None):
    """What the page reader reads of the markdown ``text`` as the page ``name``, ``owner`` named or not."""
    return parse_markdown_page(SourceDoc(Path(name), text), ImportOptions(owner=owner))


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
    p = _md(SERVICE_TEACHING, "about.md")
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
    p = _html(RESEARCH, "index.html")
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
    p = _md(LABELLED, "about.md")
    assert [(t.course, t.term, t.role, t.institution) for t in p.teaching] == [
        ("Signals and Systems", "Fall 2020, Spring 2022", "TA", "Lakeside University"),
        ("Discrete Structures", "Spring 2016", "Grader", "Hill College")]
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("Journal Reviewer", ["Transactions on Channel Coding (TCC)"], 2024),
        ("Journal Reviewer", ["Letters of Network Science"], 2023)]
    assert not p.unparsed


def _papers(text: str):
    return _html(text, "papers.html")


PAPER_BOX = """<html><head><title>Papers of Ann Example</title></head><body>
<h1>Ann Example</h1>
<h3>Papers</h3>
<h4>"Gluing sheaves along wide bridges"</h4>
<p>(with Bo Tester)</p>
<p>
<a href="https://journal.example.org/">Journal of Imaginary Geometry</a> <b>12</b> no. 4 (2021), pp. 10-40.
<br>
DOI: <a href="https://doi.org/10.1234/jig.2021.77">10.1234/jig.2021.77</a> (open access)
</p>
<p>
Versions archived at <a href="https://arxiv.org/abs/2101.01234">arXiv:2101.01234</a>
</p>
<p>
We show how sheaves on two spaces can be glued along a bridge between them, and we describe the result.
<br>
A second part of the work treats bridges that are spaces of spaces, which needs new ideas about fibrations.
<br>
Maths Subject Classification MSC2020:
  18F10; 18F70, 03G30
<br>
  Keywords: sheaves, gluing, bridges
</p>
<hr>
<h4>"Counting spaces pointwise"</h4>
<p>
Archived at <a href="https://arxiv.org/abs/2202.04321">arXiv:2202.04321</a>
</p>
<p>
We count the points of generalized spaces one fibre at a time, and compare the counts with a heuristic.<br>
MSC2020 03G30; 18F10, 18F70
</p>
</body></html>"""


def test_the_lines_of_a_paper_box_land_in_the_papers_fields():
    """Under '<h4>"Title"</h4>' the paragraphs up to the next paper are that paper's: its DOI line (with a remark
    after the link), the line naming its archived version, every paragraph of its abstract, its keywords and its
    subject classification codes. An MSC edition ("MSC2020") is no year of the paper's, its codes no venue."""
    p = _papers(PAPER_BOX)
    first, second = p.publications
    assert first.doi == "10.1234/jig.2021.77" and first.arxiv == "2101.01234"
    assert first.abstract.endswith("which needs new ideas about fibrations.")
    assert first.keywords == ["MSC2020 18F10", "MSC2020 18F70", "MSC2020 03G30", "sheaves", "gluing", "bridges"]
    assert (second.year, second.venue, second.keywords) == (None, None, ["MSC2020 03G30", "MSC2020 18F10",
                                                                        "MSC2020 18F70"])
    assert not p.unparsed


LOOSE_PARTS = """<html><head><title>Papers of Ann Example</title></head><body>
<h1>Ann Example</h1>
<h3>Papers</h3>
<h4>"Partial rules and cartesian boxes"</h4>
<p>(A.B. Example)</p>
<p>
Versions archived at <a href="https://arxiv.org/abs/2312.01234">arXiv:2312.01234</a>;
</p>
<a href="https://files.example.org/boxes-slides.pdf">slides</a></p>
<p>
A logic is developed in which function symbols may stand for partial functions.</p>
<p>
Several kinds of theory turn out to be equivalent:
<ul>
<li>partial rule theories</li>
<li>cartesian theories</li>
</ul>
<p>The logic is sound and complete with respect to models in sets, as the paper shows.</p>
<hr>
<h4>"A language for configuring boxes"</h4>
<p>(Bo Tester and Ann Example)</p>
<p>
Final journal version appeared as:<br>
<br>
Journal of Boxes <b>35</b> (2006) 146 - 166<br>
<a href="https://doi.org/10.5555/jb.2006.1">doi:10.5555/jb.2006.1</a></p>
<hr>
<h4>"A monad of imaginary measures"</h4>
<p>
</p>
<p>
Preprint version: <a href="measures.pdf">pdf</a><br>
</p>
<p>
If a space is given then its measure space has for its points the measures on it, and this is a monad.
</p>
</body></html>"""


def test_a_paper_box_goes_on_past_loose_links_lists_and_blank_lines():
    """A link standing between the paragraphs, a list the abstract announces (":"), a blank line ("<br><br>")
    inside the box: all still the paper's. The owner alone in brackets is its author line; a quoted title over
    the paper's file (relative, the site's address unknown) and its abstract is a paper."""
    p = _papers(LOOSE_PARTS)
    assert [x.title for x in p.publications] == [
        "Partial rules and cartesian boxes", "A language for configuring boxes", "A monad of imaginary measures"]
    boxes, language, measures = p.publications
    assert boxes.links["slides"] == "https://files.example.org/boxes-slides.pdf"
    assert boxes.abstract.endswith("partial rule theories cartesian theories The logic is sound and complete with "
                                   "respect to models in sets, as the paper shows.")
    assert ([a.name for a in boxes.authors], boxes.authors_truncated) == (["A.B. Example"], False)
    assert (language.year, language.doi) == (2006, "10.5555/jb.2006.1")
    assert measures.abstract.startswith("If a space is given")
    assert not p.unparsed


INTERESTS_LABEL = """<html><head><title>Ines Harrow</title></head><body>
<h1>Ines Harrow</h1>
<p>Professor of Mathematics<br>The University of Northfield</p>
<h3>Other Links</h3>
<p><strong>Contact Information</strong><br>12 Quarry Building<br>Northfield, NF 10001</p>
<p><font size="3"><strong>Research Interests</strong></font>
<br>
Applied mathematics: data assimilation, learning of dynamical systems, numerical PDE. </p>
</body></html>"""


def test_a_research_interests_label_over_its_line_gives_the_interests():
    """'<b>Research Interests</b><br>Field: topic, topic.': the label alone on its line, the topics on the next
    (the field before the colon one more topic)."""
    p = _html(INTERESTS_LABEL, "index.html")
    assert p.person.interests == ["Applied mathematics", "data assimilation", "learning of dynamical systems",
                                  "numerical PDE"]
    assert not [u for u in p.unparsed if "interests" in u.text.lower() or "assimilation" in u.text]


STATUS_AFTER_VENUE = """<html><head><title>Lena Stroud Lab</title></head><body>
<h1>Lena Stroud</h1>
<h2>Publications</h2>
<div class="publication-item">
<div class="publication-year">2025</div>
<p>
<strong>Single-cell maps of ageing in the small intestine of voles</strong><br>
Bo Tester*, Cy Rowe, <strong>Lena Stroud</strong>#<br>
<em>Ageing Reports</em>. In revision.
</p>
</div>
</body></html>"""


def test_a_status_sentence_after_the_venue_is_a_note_and_the_venue_is_read():
    """'<em>Venue</em>. In revision.' closes the entry as 'Venue (in revision)' does: the venue, then a note."""
    p = _html(STATUS_AFTER_VENUE, "publications.html")
    pub = p.publications[0]
    assert (pub.venue, pub.notes) == ("Ageing Reports", ["In revision"])
    assert not [u for u in p.unparsed if "revision" in u.text]


def test_a_records_coauthors_beside_its_citation_and_its_field_are_read(tmp_path):
    """An academicpages record with 'coauthors: A, B' (the citation names them too, one with a middle initial) and
    'field: Policy' (the area the site files the paper under): the coauthors are read, the field is a keyword."""
    from kg.importers import import_path

    site = tmp_path / "site"
    (site / "_pages").mkdir(parents=True)
    (site / "_publications").mkdir()
    (site / "_config.yml").write_text("title: Ana Lind\nauthor:\n  name: Ana Lind\n", encoding="utf-8")
    (site / "_pages" / "about.md").write_text("---\npermalink: /\ntitle: About\n---\n\nI am an economist.\n",
                                             encoding="utf-8")
    (site / "_publications" / "2022-03-01-river-tolls.md").write_text(
        "---\ntitle: \"River tolls and trade\"\ncollection: publications\ncoauthors: Bo Tester, Cy Rowe\n"
        "date: 2022-03-01\nvenue: 'Journal of Water Trade'\n"
        "citation: 'Lind, Ana, Bo J. Tester, and Cy Rowe. &quot;River tolls and trade.&quot; (2022).'\n"
        "field: 'Policy'\n---\n", encoding="utf-8")
    prof = import_path(site).profile
    pub = prof.publications[0]
    assert [a.name for a in pub.authors] == ["Ana Lind", "Bo J. Tester", "Cy Rowe"]
    assert pub.keywords == ["Policy"]
    assert not [u for u in prof.unparsed if "coauthors" in u.text or "field" in u.text]


REMARK_OVER_ABSTRACT = """<html><head><title>Papers of Ann Example</title></head><body>
<h1>Ann Example</h1>
<h3>Papers</h3>
<h4>"Completing small metric spaces II"</h4>
<p>
(Ann Example)</p>
<p>
Journal of Made-up Analysis <b>1(11)</b> (2009) pp. 1-48.</p>
<p>
(This paper is a much revised version of part of an earlier report.)
</p>
<p>
The work studies the completions of small metric spaces and shows that all three kinds agree on them.
</p>
</body></html>"""


def test_a_remark_in_brackets_over_the_abstract_is_a_note():
    """'(This paper is a much revised version of ...)' in a paragraph of its own over the abstract: a note on the
    paper, the abstract is the paragraph below (the owner's name alone in brackets stays the author line)."""
    pub = _papers(REMARK_OVER_ABSTRACT).publications[0]
    assert pub.notes == ["This paper is a much revised version of part of an earlier report"]
    assert pub.abstract.startswith("The work studies the completions")
    assert [a.name for a in pub.authors] == ["Ann Example"]


NOTE_OVER_ABSTRACT = """<html><head><title>Papers of Ann Example</title></head><body>
<h1>Ann Example</h1>
<h3>Papers</h3>
<h4>"Lattices of open parts"</h4>
<p>
(Bo Tester and Ann Example)</p>
<p>
Journal of Made-up Logic <b>12</b> (2016), pp. 10-29<br>
(a themed issue on the talks of a small summer school, Tartu 2013)<br>
</p>
<p>
Preprint version: <a href="lattices.pdf">pdf</a>.
</p>
<p>
We study lattices of open parts of a space and show how each of them
is read off the points of its upper powerspace.
</p>
<hr>
<h4>"Gluing small systems"</h4>
<p>
In Lee, Park (ed.)
"Essays on Small Systems. A Book for a Retiring Friend"<br>
Springer LNCS <b>7000</b> (2013), pages 10--12
</p>
<p>
Preprint version: <a href="gluing.pdf">pdf</a>.
</p>
<p>
Describes how
"<a href="#parts">Parts and wholes</a>"
grew into a small language for gluing systems together.
</p>
</body></html>"""


def test_a_paragraph_of_prose_below_a_remark_is_the_abstract_and_the_remark_a_note():
    """A remark under the venue ('(a themed issue on ...)', 'In Editors (ed.) "Book"') then a paragraph
    of prose: the paragraph is the paper's abstract (its lines not left unparsed), the remark a note."""
    prof = _papers(NOTE_OVER_ABSTRACT)
    first, second = prof.publications
    assert first.abstract.startswith("We study lattices of open parts")
    assert first.notes == ["a themed issue on the talks of a small summer school, Tartu 2013"]
    assert second.abstract.startswith("Describes how")
    assert second.notes == ['In Lee, Park (ed.) "Essays on Small Systems. A Book for a Retiring Friend']
    assert not [u for u in prof.unparsed if "We study" in u.text or "grew into" in u.text]


def test_a_records_excerpt_stating_its_status_over_an_abstract_is_a_note(tmp_path):
    """An academicpages record whose excerpt says where the paper was sent ('Submitted to ...') and whose body is
    its abstract: the excerpt is a note on the paper, not an unparsed line; an excerpt of prose stays the abstract's
    business."""
    from kg.importers import import_path

    site = tmp_path / "site"
    (site / "_pages").mkdir(parents=True)
    (site / "_publications").mkdir()
    (site / "_config.yml").write_text("title: Ana Lind\nauthor:\n  name: Ana Lind\n", encoding="utf-8")
    (site / "_pages" / "about.md").write_text("---\npermalink: /\ntitle: About\n---\n\nI am an ecologist.\n",
                                             encoding="utf-8")
    (site / "_publications" / "2024-11-02-moss-maps.md").write_text(
        "---\ntitle: \"Maps of moss under snow\"\ncollection: publications\nexcerpt: 'Submitted to Moss Letters'\n"
        "date: 2024-11-02\nvenue: 'bioRxiv'\n"
        "citation: 'Ana Lind, Bo Tester. (2024). &quot;Maps of moss under snow.&quot; <i>bioRxiv</i>.'\n---\n\n"
        "We map the moss that grows under late snow on three northern slopes and compare the maps over ten years.\n",
        encoding="utf-8")
    prof = import_path(site).profile
    pub = prof.publications[0]
    assert pub.notes == ["Submitted to Moss Letters"]
    assert pub.abstract.startswith("We map the moss")
    assert not [u for u in prof.unparsed if "excerpt" in u.text]


INTERNSHIPS = """# Lena Brook

I am a PhD student at Northfield University.

Work experience
======
* 2022: PhD Student
  * Northfield University
  * Supervisor: Omar Diaz

Internship
------
* 2021 (6 months): Research Assistant
  * Southgate University
  * Building a parser for old maps

* 2020 (3 months): Research Assistant
  * Eastvale Institute
"""


def test_dated_research_assistant_items_under_an_internship_heading_are_positions_not_a_papers_section():
    # "Research Assistant" holds "research" (a papers section's word); a dated item under "Internship" is one
    # position of that section, however long it lasted ("2021 (6 months):")
    p = _md(INTERNSHIPS, "about.md")
    assert [(a.name, a.role, a.start_year) for a in p.person.affiliations[1:]] == [
        ("Southgate University", "Research Assistant", 2021), ("Eastvale Institute", "Research Assistant", 2020)]
    assert [u.text for u in p.unparsed] == ["* Building a parser for old maps"]
    assert not p.publications


def test_an_eprint_key_of_a_record_is_its_arxiv_id_and_a_loops_labelled_template_lines_are_no_data(tmp_path):
    # a collection record written as BibTeX names it ('eprint: "2301.04567"'); the publications page's loop
    # prints "arXiv: <a ...>{{ p.eprint }}</a>" for each record: its words label the record's value, no data
    from kg.importers import import_path

    from .sitefiles import write_site

    site = write_site(tmp_path / "site", {
        "_config.yml": 'title: "Ida Lund"\nauthor:\n  name: "Ida Lund"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study tide pools at Northfield University.\n",
        "_pages/publications.md": (
            "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
            "{% for p in site.publications reversed %}\n<div class=\"card\">\n"
            "  <p><strong>{{ p.title }}</strong><br>\n"
            "  {% if p.eprint %}\n"
            "    arXiv: <a href=\"https://arxiv.org/abs/{{ p.eprint }}\">{{ p.eprint }}</a><br>\n"
            "  {% endif %}\n  Published in: {{ p.venue }}\n  </p>\n</div>\n{% endfor %}\n"),
        "_publications/2023-tides.md": (
            "---\ntitle: \"Tide pool counts\"\ncollection: publications\ndate: 2023-01-05\n"
            "venue: 'Shore Letters'\neprint: \"2301.04567\"\n---\nWe count tide pools.\n"),
    })
    profile = import_path(site).profile
    [pub] = profile.publications
    assert pub.arxiv == "2301.04567" and pub.links["arxiv"] == "https://arxiv.org/abs/2301.04567"
    assert not [u for u in profile.unparsed if "eprint" in u.text or "{{" in u.text], profile.unparsed


COURSE_NAMES = """<html><body><h1>Ira Volk</h1><p>Professor of Mechanics, Northfield University</p>
<h3>Teaching</h3>
<ol>
 <li> AERO 3310 Wing loads </li>
 <li> Control theory </li>
 <li> Introduction to rotor noise </li>
 <li> AERO 3670 Flight performance, stability and control </li>
</ol>
<h3>Courses</h3>
<ul>
 <li><a href="statement.pdf">Teaching statement</a></li>
 <li>Student evaluations</li>
</ul>
</body></html>
"""


def test_a_teaching_list_of_course_names_alone_gives_one_course_each():
    # a list whose items are each a short name, with no term, role or place: the courses; a list of a teaching
    # statement and evaluations names none
    p = _html(COURSE_NAMES, "index.html")
    assert [t.course for t in p.teaching] == ["AERO 3310 Wing loads", "Control theory", "Introduction to rotor noise",
                                              "AERO 3670 Flight performance, stability and control"]
    assert [u.line for u in p.unparsed] == [11, 12]


ADDRESS_CARD = """<html><body><h1>Mina Roh</h1><p>Assistant Professor, Hanbit University</p>
<h2>Contact</h2>
<div class="card">
  <h3>📍 Address</h3>
  <p>
    Hanbit University College of Science<br>
    서울특별시 마포구 한빛로 12-3<br>
    과학관 301호<br>
  </p>
</div>
<div class="card">
  <h3>📞 Phone</h3>
  <p>02-1234-5678</p>
</div>
</body></html>
"""


def test_the_lines_under_an_address_label_of_a_contact_card_are_the_owners_location():
    # the street is written in words no street pattern knows: the label above says what the lines are
    p = _html(ADDRESS_CARD, "index.html")
    assert p.person.location == "서울특별시 마포구 한빛로 12-3, 과학관 301호"
    assert [u.text for u in p.unparsed] == ["<p>02-1234-5678</p>"]


def test_a_street_abbreviation_before_a_comma_is_an_address():
    # "Rd.," ends the abbreviation with its stop, then a comma: still a street
    md = "# Wen Hao\n\nPh.D. Student\n\nNorthfield University\n\n12 Lake Rd., Hill Dist.\n\nBeijing, China, 100000\n"
    p = _md(md, "README.md")
    assert p.person.location == "12 Lake Rd., Hill Dist., Beijing, China, 100000"
    assert not p.unparsed


ANNOUNCEMENTS = """<html><body><h1>Rona Vale</h1><p>Professor of Chemistry, Northfield University</p>
<div class="box"><h2>Open positions</h2><p>We will take one graduate student in Fall 2026.</p></div>
<div class="box">
  <h2>Welcome Ada Moss, 1st year graduate student!</h2>
</div>
<div class="box">
  <h2>Congratulations to Ben Ray!</h2>
  <p>Winner of the 2024 Lake Prize for research by a graduate student.</p>
</div>
<div class="box"><h2>Welcome to the Vale Lab</h2><p>We study surfaces.</p></div>
<div class="box"><p>We thank the Science Foundation for support under Award 12345.</p></div>
</body></html>
"""


def test_undated_headings_that_announce_news_of_a_person_are_news_items():
    # "Welcome <name>" and "Congratulations to <name>" boxes outside any news section: one undated item each, the
    # box's text its body; a greeting and the box after them are no news
    p = _html(ANNOUNCEMENTS, "index.html")
    assert [(n.date, n.text) for n in p.news] == [
        (None, "Welcome Ada Moss, 1st year graduate student!"),
        (None, "Congratulations to Ben Ray! Winner of the 2024 Lake Prize for research by a graduate student.")]


def test_a_hugo_records_commented_out_body_and_bare_line_breaks_hold_nothing(tmp_path):
    # "<!-- ... -->" over whole lines of a publication's body: text the page does not show (not the abstract, no
    # unparsed line); "<br />" alone on a line is a break, no text
    from kg.importers import import_path

    from .sitefiles import write_site

    site = write_site(tmp_path / "site", {
        "config.toml": 'title = "Tobin Arle"\ntheme = "hugo-academic"\n\n[params]\n  name = "Tobin Arle"\n'
                       '  role = "Research Scientist"\n  organization = "University of Westmarch"\n',
        "content/publication/one.md": (
            '+++\ntitle = "Warm streams and algae"\nauthors = ["T Arle", "G Vollmond-Hale"]\ndate = "2017-08-31"\n'
            'publication = "Stream Letters"\n+++\n\n<!-- A NOTE LEFT FOR LATER\n\nWe may add the data here.\n'
            'More text to come. -->\n\nAlgae grow faster in warm streams.\n<br />\n'),
    })
    profile = import_path(site).profile
    [pub] = profile.publications
    assert pub.abstract == "Algae grow faster in warm streams."
    assert not profile.unparsed, profile.unparsed


TEACHING_AND_SERVICE = """# Lin Ode

PhD student at Northfield University.

# Teaching and Service
- *2024.02 - 2024.05*, Teaching Assistant for Online Chemistry, Northfield University.
- *2023.09 - 2023.12*, Teaching Assistant for *Thermodynamics I* (5.601), Northfield University.
- *2022.05*, Reviewer, Journal of Reactions
"""


def test_a_teaching_assistant_line_under_a_service_heading_is_a_course():
    # the heading names both; the line's role says it is a course the owner taught
    p = _md(TEACHING_AND_SERVICE, "about.md")
    assert [(t.course, t.term, t.role, t.institution) for t in p.teaching] == [
        ("Online Chemistry", "2024.02 - 2024.05", "Teaching Assistant", "Northfield University"),
        ("Thermodynamics I (5.601)", "2023.09 - 2023.12", "Teaching Assistant", "Northfield University")]
    assert [s.role for s in p.service] == ["Reviewer"]
    assert not p.unparsed


def test_both_teaching_readers_keep_a_course_one_way_its_one_link_its_page():
    # a course line under "Teaching and Service" and one under "Teaching" are kept by one helper: the course's
    # page is the line's one link (two links, slides and notes, name no page of it), its line the item's
    import inspect

    from kg.importers.page import readers

    for reader in (readers.SectionReaders.read_service, readers.SectionReaders.read_teaching):
        source = inspect.getsource(reader)
        assert "self._add_course(" in source and "self.teaching.append(" not in source
    page = ("# Lin Ode\n\nPhD student at Northfield University.\n\n# Teaching and Service\n"
            "- *2024.02 - 2024.05*, Teaching Assistant for [Online Chemistry](https://example.org/chem),"
            " Northfield University.\n"
            "- *2023.09 - 2023.12*, Teaching Assistant for Thermodynamics I, Northfield University"
            " ([slides](https://example.org/s.pdf), [notes](https://example.org/n.pdf)).\n")
    p = _md(page, "about.md")
    assert [(t.course, t.url, t.line) for t in p.teaching] == [
        ("Online Chemistry", "https://example.org/chem", 6), ("Thermodynamics I", None, 7)]
    page = "# Lin Ode\n\n## Teaching\n\n- [Tides 101](https://example.org/t101), Spring 2023\n- Waves 201, Fall 2022\n"
    assert [(t.course, t.url, t.line) for t in _md(page, "about.md").teaching] == [
        ("Tides 101", "https://example.org/t101", 5), ("Waves 201", None, 6)]


SERVICE_AND_MEMBERS = """<html><body><h1>Ira Volk</h1><p>Professor of Mechanics, Northfield University</p>
<h3>Academic service and members</h3>
<ol>
<li> 2019-present, Associate Editor, Journal of Sound </li>
<li> 2009-present, Editorial board member, Journal of Rotor Noise </li>
</ol>
</body></html>
"""


def test_dated_editor_lines_under_a_heading_that_also_names_members_are_service():
    # "members" makes the heading a people section; each line is a dated service role at a journal
    p = _html(SERVICE_AND_MEMBERS, "index.html")
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("Associate Editor", ["Journal of Sound"], 2019), ("Editorial board member", ["Journal of Rotor Noise"], 2009)]
    assert not p.students and not p.unparsed


PROFILE_LINK_LINES = """<html><body><h1>Ada Stone</h1><p>Professor, Northfield University</p>
<h2>Publications</h2>
<p>Visit <a href="https://scholar.google.com/citations?user=AbCdEfGhIjKL">Google Scholar</a> for the latest.</p>
<p><strong>[<a href="https://orcid.org/0000-0002-1825-0097">ORCID</a>]</strong></p>
<p>Joint work with <a href="https://scholar.google.com/citations?user=ZyXwVuTsRqPo">Bo Chen</a>.</p>
<ul><li>A. Stone and B. Chen, "Sheaves for all," Journal of Logic, 2019.</li></ul>
</body></html>
"""


def test_a_short_line_among_the_papers_that_only_links_the_owners_profiles_gives_identifiers():
    # a line naming a coauthor's profile by their name is no link of the owner's: it stays unparsed
    p = _html(PROFILE_LINK_LINES, "index.html")
    assert p.person.identifiers == {"google_scholar": "AbCdEfGhIjKL", "orcid": "0000-0002-1825-0097"}
    assert [u.line for u in p.unparsed] == [5]


PAST_PLACES = """<html><body><h1>Tom Reed</h1><p>Senior researcher in the School of Computing at Northfield University.</p>
<h2>Research</h2>
<p>My interest is in toposes as generalized spaces, with the connection between logic and topology.</p>
<p>Before I joined Northfield I was at the <a href="http://x.org/">Department of Pure Maths</a> at the
<a href="http://y.org/">Open University</a>, and before that I was at the Department of Computing at Eastgate
College, where I worked in the Theory group.</p>
</body></html>
"""


def test_prose_that_says_where_the_owner_was_before_gives_past_affiliations():
    # under "Research" (a papers word): the paragraph is the owner's career, not a paper; the research statement
    # above it stays unparsed
    p = _html(PAST_PLACES, "index.html")
    assert [(a.name, a.department, a.current) for a in p.person.affiliations[1:]] == [
        ("Open University", "Department of Pure Maths", False), ("Eastgate College", "Department of Computing", False)]
    assert [u.line for u in p.unparsed] == [3]


ADDRESS_THEN_PHONE = """<html><body><h1>Kai Doros</h1><p>Associate Professor, Northfield University</p>
<h2>Contact</h2>
<p><span>Postal address:</span><br/>
Hall 7, Room 420<br/>
<span>Phone:<br/></span>
+357 2500 0000<br/>
<span>e-mail:<br/></span>
<a href="mailto:kai@northfield.example.edu">kai [at] northfield</a></p>
</body></html>
"""


def test_an_address_label_reaches_only_to_the_next_label():
    # "Phone:" and "e-mail:" after the address lines label lines of their own: no part of the address
    p = _html(ADDRESS_THEN_PHONE, "index.html")
    assert p.person.location == "Hall 7, Room 420"


def test_a_profile_links_line_does_not_take_the_lines_beside_it_that_hold_no_link():
    # the item's own line and the one without a link are no profile links: the block stays as it was
    md = ("# Ana Ferris\n\nPhD student at Northfield University.\n\n## Publications\n\n"
          "- A. Ferris, B. Lund, \"Bees in wet meadows,\" Meadow Letters, 2021.\n\n"
          "- **More about me**\n  - Hobby: mountain bees of the north\n"
          "  - [Google Scholar](https://scholar.google.com/citations?user=AbCdEfGhIjKL)\n")
    p = _md(md, "about.md")
    assert "- Hobby: mountain bees of the north" in [u.text for u in p.unparsed]


ROLE_GROUPS = """# Ann Lee

Assistant Professor, Department of Computing, Hillcrest University

## Teaching
- Instructor at [Hillcrest University](https://hillcrest.example.edu/) for:
  - Formal Methods (CS 501), Spring 2024 and Fall 2024
  - Embedded Systems (CS 402), Fall 2020

- Teaching assistant at [The University of Northern Example at Lakeside](https://lakeside.example.edu/) for:
  - Operating Systems (CS 320), Fall 2017 and Spring 2018
  - Object-oriented Programming (CS 125), Spring 2014, 2015
"""


def test_a_role_at_a_place_over_nested_courses_gives_their_role_and_place():
    # a loose list (blank line between groups) whose items each say the owner's part and where, then "for:" over the
    # courses: every course is read with that role and institution, and the group lines are not left unparsed
    p = _md(ROLE_GROUPS, "index.md")
    assert [(t.course, t.role, t.institution, t.term) for t in p.teaching] == [
        ("Formal Methods (CS 501)", "Instructor", "Hillcrest University", "Spring 2024, Fall 2024"),
        ("Embedded Systems (CS 402)", "Instructor", "Hillcrest University", "Fall 2020"),
        ("Operating Systems (CS 320)", "Teaching assistant", "The University of Northern Example at Lakeside",
         "Fall 2017, Spring 2018"),
        ("Object-oriented Programming (CS 125)", "Teaching assistant", "The University of Northern Example at Lakeside",
         "Spring 2014, 2015")]
    assert [u.text for u in p.unparsed] == []


def test_a_section_named_by_its_last_words_after_a_few_that_qualify_them():
    from kg.importers.common import section_kind

    assert section_kind("Selected first-author invited conference presentations") == "talks"
    assert section_kind("Lecture notes for the students") is None
    # a piece of a sentence that ends with a section's name is no heading of it (a home page's list of its pages)
    assert section_kind("a brief description of my research and research interests,") is None


CV_TALKS = """<html><head><title>Ann Lee</title></head><body>
<h1>Ann Lee</h1>
<p>Research scientist at the Example Fisheries Institute.</p>
<h1 id="talks">Selected first-author invited conference presentations</h1>
<dl>
<dt>2019</dt>
<dd>
<strong>Lee, A.</strong>, B. Chen. Mapping cod with spatial models. Annual Fisheries Meeting, Halifax, Canada.
</dd>
<dt>2017</dt>
<dd>
<strong>Lee, A.</strong> Extremes in animal populations. Ecology Congress, Madison, WI, United States. Given
<em>in absentia</em> by B. Chen.
</dd>
</dl>
</body></html>
"""


def test_talks_written_as_citations_under_a_long_heading_are_talks_titled_after_the_names():
    # the owner's name set off in bold opens each entry: no title; the title is the sentence after the names
    p = _html(CV_TALKS, "cv.html")
    assert [(t.title, t.event, t.date, t.place) for t in p.talks] == [
        ("Mapping cod with spatial models", "Annual Fisheries Meeting", "2019", "Halifax, Canada"),
        ("Extremes in animal populations", "Ecology Congress", "2017", "Madison, WI, United States. Given in absentia by B. Chen")]
    assert not p.publications



DATED_WORKSHOPS = """<html><body><h1>Rafe Imai</h1><p>Research Scientist, Lakeshore Institute</p>
<h2>Teaching</h2>
<dl>
<dt>2022</dt>
<dd>Three sessions on tide modelling for the regional survey school. Slides and exercises, recordings: Week 1.</dd>
<dt>2019</dt>
<dd>One-day workshop on soil data with Stan for the Mary T. Olsen Fellows. Northgate University, Kell.
<a href="https://example.org/soil-course">https://example.org/soil-course</a></dd>
<dt>2016</dt>
<dd>Teaching Assistant, Marine Ecology, Northgate University (BIOL 210).</dd>
</dl>
</body></html>
"""


def test_dated_teaching_items_of_several_sentences_give_the_course_and_what_is_said_of_it():
    # a dated item (a <dt> year over its <dd>) that says more than the course's name: the first sentence is the
    # course, the rest its description, a place among it where it was taught (before: the first two items were
    # left unparsed, their sentences no course line)
    p = _html(DATED_WORKSHOPS, "cv.html")
    assert [(t.term, t.course, t.institution) for t in p.teaching] == [
        ("2022", "Three sessions on tide modelling for the regional survey school", None),
        ("2019", "One-day workshop on soil data with Stan for the Mary T. Olsen Fellows", "Northgate University"),
        ("2016", "Marine Ecology", "Northgate University (BIOL 210)")]
    assert p.teaching[0].description == "Slides and exercises, recordings: Week 1"
    assert [u.text for u in p.unparsed if "Stan" in u.text or "tide" in u.text] == []


QUOTED_DATASET_TITLES = """<html><body><h1>Ada Brennan</h1><p>Professor of Audio, Northgate University</p>
<h2>Publications</h2>
<ul>
<li>K. Moss and A. Brennan, '<a href="docs/moss2023.pdf">Rooms that hum: modal decay in small halls</a>', Applied Acoustics, 2023.</li>
<li>L. Ferro and A. Brennan, '<a href="docs/ferro2022.pdf">The drum timbre dataset</a>,' 25th Conference on Audio Effects (CAE-22), Tarn, 2022</li>
<li>P Quist, A Brennan, "<a href="docs/quist2021.pdf">Foley 8K Dataset"</a>, Annual Sound Workshop, Kell, 2021</li>
</ul>
</body></html>
"""


def test_a_linked_title_in_quotation_marks_is_the_title_whatever_word_it_ends_with():
    # "'<a>The drum timbre dataset</a>,'": a link whose text the page sets in quotation marks is the work's title,
    # not a "Dataset" link label (before: both entries had no title left and were listed as unparsed)
    p = _html(QUOTED_DATASET_TITLES, "publications.html", owner="Ada Brennan")
    assert [(x.title, x.year) for x in p.publications] == [
        ("Rooms that hum: modal decay in small halls", 2023), ("The drum timbre dataset", 2022),
        ("Foley 8K Dataset", 2021)]
    assert p.unparsed == []


def test_service_lines_read_their_year_by_one_rule():
    # issue 7: a service section's item and a dated service line under a members heading read their year by one
    # rule (the section took a range's two years for no year, the line the range's first)
    from kg.importers.page.readers import _service_year

    assert _service_year("2019-present, Associate Editor, Journal of Sound") == 2019
    assert _service_year("2016-2020: Reviewer, Journal of Rotor Noise") == 2016
    assert _service_year("Reviewer, Journal of Rotor Noise 2021") == 2021
    assert _service_year("Reviewer, ICML 2021, NeurIPS 2022") is None


def test_the_owners_member_card_with_a_degree_after_the_name_gives_their_position_not_unparsed_lines(tmp_path):
    # a lab's members page opens with the head's card, the name written with a degree ("Jonah Roe, Ph.D."), then
    # the position dated in parentheses, the institute and the e-mail: the owner's, not lines of the students
    from kg.importers import import_path

    from .sitefiles import write_site

    card = ('<div class="member-card">\n<div class="member-photo"><img src="img/{0}.jpg" alt="{1}"></div>\n'
            '<div class="member-name">{1}</div>\n<div class="member-role">{2}</div>\n{3}</div>\n')
    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Roe Lab</title></head><body><h1>Roe Lab</h1>"
                      "<p>We study salt. <a href='members.html'>Members</a></p></body></html>\n",
        "members.html": "<html><body><h2>Members</h2>\n<h3>Principal Investigator</h3>\n"
                        + card.format("roe", "Jonah Roe, Ph.D.", "Associate Professor (2021.3~present)",
                                      '<div class="member-role">Institute of Marine Chemistry</div>\n'
                                      '<div class="member-email"><a href="mailto:jroe@example.edu">jroe@example.edu'
                                      '</a><br>\nOffice: 02-555-0100</div>\n')
                        + "<h3>Graduate Students</h3>\n"
                        + card.format("ana", "Ana Ruiz", "PhD Student", "")
                        + card.format("bo", "Bo Tran", "MS Student", "")
                        + "</body></html>\n",
    })
    profile = import_path(root, owner="Jonah Roe").profile
    assert profile.person.job_title == "Associate Professor"
    assert "Institute of Marine Chemistry" in [a.name for a in profile.person.affiliations]
    assert profile.person.email == "jroe@example.edu"
    assert profile.person.location is None  # (the office's telephone is no address)
    assert not [u.text for u in profile.unparsed if u.file == "members.html" and u.line <= 10
                and ("member-role" in u.text or "mailto" in u.text)]


def test_an_arrow_after_a_former_students_name_leads_to_where_they_went():
    # "Ana Ruiz → Acme Labs" under the alumni: the student, then where they went next (the arrow ends the name)
    page = ("<html><head><title>Jonah Roe</title></head><body><h1>Jonah Roe</h1><p>Professor at Inland University.</p>"
            "<h2>Alumni</h2><p>Ana Ruiz → Acme Labs<br>Bo Tran -> Inland Bank<br>Cy Lund</p></body></html>\n")
    students, listed = _students_and_listed("index.html", page)
    assert students == [("Ana Ruiz", "alumnus"), ("Bo Tran", "alumnus"), ("Cy Lund", "alumnus")]
    assert not [t for t in listed if "Ruiz" in t or "Tran" in t]


def _students_and_listed(name: str, page: str, owner: str | None = None) -> tuple[list[tuple], list[str]]:
    """The (name, role) of the students an HTML page gives, and the lines it leaves unparsed."""
    p = _html(page, name, owner=owner)
    return [(s.name, s.role) for s in p.students], [u.text for u in p.unparsed]


def test_a_headline_of_a_new_article_on_the_groups_work_is_a_news_item():
    # undated boxes of a lab's home page, each a heading over its text: "Welcome ...", "Congratulations ..." and "New
    # article on ..." are news alike (the group's name in the headline does not make it the group's title)
    page = ("<html><head><title>Roe Lab</title></head><body>\n"
            "<div class='box'><h2>Welcome Ana Ruiz, our new graduate student!</h2></div>\n"
            "<div class='box'><h2>Congratulations to Bo Tran!</h2><p>Winner of the 2021 Salt Prize.</p></div>\n"
            "<div class='box'><h2>New article on Roe Lab research</h2>\n"
            "<p>Read it <a href='https://news.example.edu/salt'>on the campus news site</a>.</p></div>\n"
            "<p>&copy; 2024 Jonah Roe, Inland University</p>\n</body></html>\n")
    p = _html(page, "index.html", owner="Jonah Roe")
    assert [n.text for n in p.news][2:] == ["New article on Roe Lab research Read it on the campus news site."]
    assert p.news[2].links == ["https://news.example.edu/salt"]
    assert not [u.text for u in p.unparsed if "article" in u.text or "campus" in u.text]


def test_a_jekyll_authors_relative_avatar_is_read_with_the_base_url_given(tmp_path):
    # "avatar: images/roe.png" in a _config.yml that names no url: with --base-url, the owner's photo, its line read
    from kg.importers import import_path

    from .sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": 'title: "Jonah Roe"\nauthor:\n  name: "Jonah Roe"\n  avatar: "images/roe.png"\n'
                       '  bio: "Lecturer at Inland University"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nJonah Roe is a lecturer at Inland University.\n\n"
                           "# Publications\n\n- Jonah Roe, Ana Ruiz. Salt in the sea. *Marine Letters*, 2020.\n"
                           "- Bo Tran, Jonah Roe. Waves of salt. *Ocean Journal*, 2021.\n",
    })
    profile = import_path(root, base_url="https://roe.example.org/").profile
    assert profile.person.image == "https://roe.example.org/images/roe.png"
    assert not [u.text for u in profile.unparsed if "avatar" in u.text]


def test_the_photo_on_a_markdown_sites_home_page_is_placed_by_the_sites_address(tmp_path):
    # a theme-less Jekyll site whose _config.yml gives its url: the home page's "<img src=/assets/me.jpg>" is the
    # owner's photo at that address (the section pages were read with the site's address, the home page without)
    from kg.importers import import_path

    from .sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": 'title: "Jonah Roe"\nurl: "https://roe.example.org"\n',
        "index.md": "---\nlayout: default\n---\n\nHi! I'm Jonah Roe, a lecturer at Inland University.\n\n"
                    '<figure>\n<img src="/assets/me.jpg" alt="Profile"/>\n</figure>\n\n'
                    "See my [papers](papers.md).\n",
        "papers.md": "---\nlayout: default\n---\n\n# Papers\n\n- Jonah Roe, Ana Ruiz. Salt in the sea. *Marine Letters*, "
                     "2020.\n- Bo Tran, Jonah Roe. Waves of salt. *Ocean Journal*, 2021.\n",
    })
    profile = import_path(root).profile
    assert profile.person.image == "https://roe.example.org/assets/me.jpg"
    assert not [u.text for u in profile.unparsed if "me.jpg" in u.text]


NUMBERED_NO_BREAK = """<html><head><title>Jonah Roe</title></head><body>
<h1>Jonah Roe</h1>
<h2>Recent Journal Papers</h2>
<p>1. Ana Ruiz, Jonah Roe, and Bo Tran. Salt in the deep sea. In: Marine Letters 3.2 (2021): 10-20.<br />
2. Jonah Roe and Cy Lund. Waves of salt and sand. Ocean Journal 14.8 (2020): 1655-1661.
3. Bo Tran, Jonah Roe, and Ana Ruiz. Tides of the northern
shelf. In: Coastal Studies 9 (2019), pp. 1-6.<br />
4. Jonah Roe. Brine pools revisited. In: Deep Water 2 (2018), pp. 5-9.<br />
</p>
</body></html>
"""


def test_numbered_entries_a_line_break_alone_separates_keep_their_own_lines():
    # entries 2 and 3 share one paragraph run ("...1661.\\n3. Bo Tran ..."): each is its own entry at its own line,
    # and entry 2's line is read, not listed as unparsed (it was given the line of entry 3)
    p = _html(NUMBERED_NO_BREAK, "papers.html")
    assert [(x.line, x.title) for x in p.publications] == [
        (4, "Salt in the deep sea"), (5, "Waves of salt and sand"), (6, "Tides of the northern shelf"),
        (8, "Brine pools revisited")]
    assert not p.unparsed


def test_the_encyclopedia_article_titled_with_the_owners_name_is_a_link_of_theirs():
    # "<a href=.../wiki/Jonah_Roe>Wikpedia entry</a>" among the home page's links: the owner's page (person.links);
    # an article on a topic is not
    page = ("<html><head><title>Jonah Roe</title></head><body><h1>Jonah Roe</h1>\n"
            "<p>Lecturer at Inland University.</p>\n<ul>\n"
            "<li><a href='https://en.wikipedia.org/wiki/Jonah_Roe'>Wikpedia entry</a>, <a href='skills.htm'>Skills</a></li>\n"
            "<li><a href='https://en.wikipedia.org/wiki/Brine_pool'>Brine pools</a></li>\n</ul></body></html>\n")
    p = _html(page, "index.html")
    assert p.person.links == {"wikipedia": "https://en.wikipedia.org/wiki/Jonah_Roe"}
    assert not [u.text for u in p.unparsed if "Jonah_Roe" in u.text]


def test_the_owners_name_after_a_lab_heads_label_is_the_name_line_read():
    # "PI: Jonah Roe" over the head's card on a group's page (the owner known from the site): the owner's name under a
    # label, read as a name line is, not listed as unparsed; the card's position is read as before
    page = ("<html><head><title>Salt Dynamics @Inland</title></head><body>\n<h1>Salt Dynamics @Inland</h1>\n"
            "<table class='imgtable'><tr><td><img src='photo/me.png' alt='photo' /></td>\n"
            "<td><p>PI: Jonah Roe<br />\nProfessor, Ph.D. Supervisor<br />\n"
            "<a href='https://inland.example.edu/'>Inland University</a></p></td></tr></table>\n"
            "<h2>Publications</h2><ul><li>J. Roe, A. Ruiz. Salt in the sea. Marine Letters, 2020.</li></ul>\n"
            "</body></html>\n")
    p = _html(page, "index.html", owner="Jonah Roe")
    assert (p.person.job_title, [a.name for a in p.person.affiliations]) == ("Professor", ["Inland University"])
    assert not [u.text for u in p.unparsed if "PI:" in u.text]


def test_a_data_records_abstract_its_kind_and_its_date_under_another_key_are_read(tmp_path):
    # "abstract:", "type: journal" / "type: thesis" and "sort_date:" in a data file's records: the work's abstract,
    # kind and date (they were listed by --verbose as unparsed); a kind kg has no word for ("type: appnote") stays
    from kg.importers import import_path

    from .sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": 'title: "Jonah Roe"\nauthor:\n  name: "Jonah Roe"\n',
        "_data/publications.yml":
            '- type: journal\n  year: 2021\n  sort_date: "2021-03-01"\n  title: "Salt in the deep sea."\n'
            '  authors: "<strong>Roe J</strong>, Ruiz A."\n  venue: "<em>Marine Letters</em>, 3, 10."\n'
            '  abstract: "We measure the salt of the deep sea and find it salty."\n\n'
            '- type: thesis\n  year: 2015\n  sort_date: "2015-12-01"\n  title: "Waves of salt."\n'
            '  authors: "<strong>Roe J.</strong>"\n  venue: "Ph.D. Dissertation, Inland University."\n\n'
            '- type: appnote\n  year: 2019\n  title: "Brine pools revisited."\n  authors: "<strong>Roe J</strong>."\n'
            '  venue: "Sea Notes."\n',
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n"
                                  "{% for p in site.data.publications %}\n{{ p.title }} {{ p.authors }}\n{% endfor %}\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nJonah Roe is a lecturer at Inland University.\n",
    })
    profile = import_path(root).profile
    assert [(p.title, p.date, p.venue_type, p.abstract) for p in profile.publications] == [
        ("Salt in the deep sea.", "2021-03-01", "journal", "We measure the salt of the deep sea and find it salty."),
        ("Waves of salt.", "2015-12-01", "thesis", None), ("Brine pools revisited.", None, None, None)]
    listed = [u.text for u in profile.unparsed if u.file == "_data/publications.yml"]
    assert listed == ["- type: appnote"]


def test_an_inaturalist_handle_in_the_configured_author_is_a_link_of_the_owners(tmp_path):
    # minimal-mistakes' author block "inaturalist: roe_sees_birds": the owner's profile there (a link; no id kind kg
    # scores), its line read, not listed as unparsed
    from kg.importers import import_path

    from .sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": 'title: "Jonah Roe"\nauthor:\n  name: "Jonah Roe"\n  bio: "Lecturer at Inland University"\n'
                       '  github: "jroe"\n  inaturalist: "roe_sees_birds"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nJonah Roe is a lecturer at Inland University.\n",
    })
    profile = import_path(root).profile
    assert profile.person.links["inaturalist"] == "https://www.inaturalist.org/people/roe_sees_birds"
    assert "inaturalist" not in profile.person.identifiers
    assert not [u.text for u in profile.unparsed if "inaturalist" in u.text]


TAUGHT_PROSE = """<html><head><title>Jonah Roe</title></head><body><h1>Jonah Roe</h1>
<p>Lecturer at Inland University.</p>
<h2>Teaching</h2>
<p>
I have taught several topics over the years,
including Java programming,
compilers (see the notes "<a href="notes.html">Parsing by hand</a>"),
Introduction to Logic (slogan: why proofs work),
and Maths for Computing
(a module for students without maths).
</p>
<p>I have taught many students, and I enjoy it.</p>
</body></html>
"""


def test_a_sentence_of_the_teaching_section_listing_the_courses_taught_gives_them():
    # "I have taught ..., including A, B (what it is), and C": the courses, each without what the page says of it in
    # brackets, the paragraph's lines read; a sentence about teaching that lists no courses stays unparsed
    p = _html(TAUGHT_PROSE, "index.html")
    assert [(t.course, t.line) for t in p.teaching] == [
        ("Java programming", 5), ("compilers", 5), ("Introduction to Logic", 5), ("Maths for Computing", 5)]
    assert [u.text for u in p.unparsed] == ["<p>I have taught many students, and I enjoy it.</p>"]


def test_a_bibtex_files_relative_pdf_names_are_placed_from_its_own_folder(tmp_path):
    # a hand-made site whose records reader reads "cv/works.bib" ('pdf = "../pub/salt.pdf"'): with the site's address
    # the paper's PDF at <site>/pub/salt.pdf, its line read; without one a link no base places (--verbose lists its
    # line as a relative link, not as unparsed)
    from kg.importers import import_path

    from .sitefiles import write_site

    bib = "".join(f'@article{{roe{y},\n  author = {{Jonah Roe and Ana Ruiz}},\n  title = {{{t}}},\n'
                  f'  journal = {{Marine Letters}},\n  year = {{{y}}},\n  pdf = "../pub/{f}.pdf",\n}}\n\n'
                  for y, t, f in ((2020, "Salt in the sea", "salt"), (2021, "Waves of salt", "waves")))
    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Jonah Roe</title></head><body><h1>Jonah Roe</h1>\n"
                      "<p>Lecturer at Inland University.</p></body></html>\n",
        "cv/works.bib": bib,
    })
    placed = import_path(root, base_url="https://roe.example.org/")
    assert sorted(p.links.get("pdf") or "" for p in placed.profile.publications) == [
        "https://roe.example.org/pub/salt.pdf", "https://roe.example.org/pub/waves.pdf"]
    assert not [u.text for u in placed.profile.unparsed if "pdf" in u.text]
    unplaced = import_path(root)
    assert {"../pub/salt.pdf", "../pub/waves.pdf"} <= set(unplaced.unplaced_links)


FIGURE_CARDS = """---
title: Publications
---

<div class="row">
  <div class="card"><div class="big">1,234</div><div>citations</div></div>
  <div class="card"><div class="big">21</div><div>h-index</div></div>
  <div class="card"><div class="big">40</div><div>i10-index</div></div>
</div>

## Journal articles

- Jonah Roe, Ana Ruiz. Salt in the sea. *Marine Letters*, 2020.
- Bo Tran, Jonah Roe. Waves of salt. *Ocean Journal*, 2021.
"""


def test_the_owners_figures_drawn_as_number_over_label_cards_are_their_metrics():
    # "1,234" over "citations", "21" over "h-index", each in a card before the list: the owner's metrics, their lines
    # read; the i10-index (no field) stays listed
    p = _md(FIGURE_CARDS, "publications.md", owner="Jonah Roe")
    assert (p.person.metrics.citations, p.person.metrics.h_index) == (1234, 21)
    assert [u.text for u in p.unparsed if "card" in u.text or "index" in u.text] == [
        '<div class="card"><div class="big">40</div><div>i10-index</div></div>']
    assert len(p.publications) == 2


HEAD_SHOTS = """<html><head><title>Roe Lab</title></head><body>
<div id="menu"><a href="index.html">Home</a> <a href="people.html">People</a></div>
<div id="m0"><div class="shot"><img src="img/roe.jpg" alt="Jonah Roe"></div><div class="name">Jonah Roe</div></div>
<div id="m1"><div class="shot"><img src="img/ana.jpg" alt="Ana Ruiz"></div><div class="name">Ana Ruiz</div></div>
<div id="m2"><div class="shot"><img src="img/bo.jpg" alt="Bo Tran"></div><div class="name">Bo Tran</div></div>
<div id="m3"><div class="shot"><img src="img/rex.jpg" alt="Rex"></div><div class="name">Rex, our lab dog</div></div>
<h2>Alumni</h2>
<p>Cy Lund</p>
<p>Di Moss</p>
</body></html>
"""


def test_head_shot_cards_before_the_sections_of_a_people_page_are_its_current_members():
    # a photo over a name alone, each in its own box, on people.html before its first heading: current members, their
    # lines read (they were listed by --verbose as unparsed); the owner's own card and the lab dog's are no students
    students, listed = _students_and_listed("people.html", HEAD_SHOTS, owner="Jonah Roe")
    assert students == [("Ana Ruiz", None), ("Bo Tran", None), ("Cy Lund", "alumnus"), ("Di Moss", "alumnus")]
    assert not [t for t in listed if "ana.jpg" in t or "bo.jpg" in t]


def test_a_line_of_profile_links_and_the_words_naming_them_is_read():
    # "My google scholar : <a>Scholar - jroe</a> and ORCID : <a>orcid.org/...</a>" under "Links": the ids are read,
    # and so is the line (it says nothing else); a line with more words than the profiles' names stays unparsed
    page = ("<html><head><title>Jonah Roe</title></head><body><div id='toptitle'><h1>Jonah Roe</h1></div>\n"
            "<h1>About</h1>\n<p>I am a lecturer at Inland University. My research interests focus on salt and waves, "
            "and on the tides of the northern shelf.</p>\n<h1>Links</h1>\n<ol>\n"
            "<li><p>My <strong>google scholar</strong> : <a href='https://scholar.google.com/citations?user=AbCdEfGhIjkL'>"
            "Scholar &ndash; jroe</a> and ORCID : <a href='https://orcid.org/0000-0002-1825-0097'>orcid.org/0000-0002-1825-0097"
            "</a>.</p></li>\n"
            "<li><p>My <strong>github</strong> : <a href='https://github.com/jroe'>https://github.com/jroe</a></p></li>\n"
            "<li><p>Code of my thesis on salt: <a href='https://github.com/jroe'>jroe</a></p></li>\n"
            "<li><p><a href='https://github.com/jroe/tools/blob/main/salt.py'>Salt counter</a></p></li>\n"
            "</ol></body></html>\n")
    p = _html(page, "index.html")
    assert p.person.identifiers == {"google_scholar": "AbCdEfGhIjkL", "orcid": "0000-0002-1825-0097", "github": "jroe"}
    assert [u.line for u in p.unparsed] == [8, 9]  # (a program on GitHub names no profile)


def _data_file_profile(tmp_path, records: str, name: str = "publications.yml"):
    """The profile of a Jekyll site whose publications page loops over ``_data/<name>`` (``publications.yml``)
    holding ``records``."""
    from kg.importers import import_path

    from .sitefiles import write_site

    return import_path(write_site(tmp_path / "site", {
        "_config.yml": 'title: "Jonah Roe"\nauthor:\n  name: "Jonah Roe"\n',
        f"_data/{name}": records,
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n"
                                  "{% for p in site.data.publications %}\n{{ p.title }} {{ p.authors }}\n{% endfor %}\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nJonah Roe is a lecturer at Inland University.\n",
    })).profile


def _works_view(profile, fields: str) -> list:
    """The works of ``profile`` as a case of the test below names what it checks: ``title,year`` (a tuple of the
    two a work), one attribute alone (its values)."""
    names = fields.split(",")
    return [tuple(getattr(p, a) for a in names) if len(names) > 1 else getattr(p, names[0])
            for p in profile.publications]


@pytest.mark.parametrize("records, name, fields, works, listed", [
    # "volume:", "pages:" and "note:" of a data file's record: the work's volume, pages and a remark on it (they were
    # listed by --verbose as unparsed)
    pytest.param(
        '- title: "Salt in the deep sea."\n  authors: "Jonah Roe, Ana Ruiz"\n  year: 2021\n'
        '  journal: "Marine Letters"\n  volume: "12(3)"\n  pages: "101-120"\n'
        '  note: "Winner of the 2022 Tidewater Prize"\n\n'
        '- title: "Waves of salt."\n  authors: "Jonah Roe"\n  year: 2019\n'
        '  journal: "Sea Notes"\n  volume: "5"\n',
        "publications.yml", "title,volume,pages,notes",
        [("Salt in the deep sea.", "12(3)", "101-120", ["Winner of the 2022 Tidewater Prize"]),
         ("Waves of salt.", "5", None, [])],
        [],
        id="a_data_records_volume_pages_and_note_are_read"),
    # "keywords:" (a list), "tag:" and "topic:" of a data file's record: the topics (or the kind) the site files the
    # work under, its keywords (they were listed by --verbose as unparsed)
    pytest.param(
        '- title: "Salt in the deep sea."\n  authors: "Jonah Roe, Ana Ruiz"\n  year: 2021\n'
        '  journal: "Marine Letters"\n  keywords:\n  - Brine\n  - Ocean chemistry\n'
        "  tag: 'primary research'\n\n"
        '- title: "Waves of salt."\n  authors: "Jonah Roe"\n  year: 2019\n'
        '  journal: "Sea Notes"\n  topic: "Coastal physics"\n',
        "publications.yml", "title,keywords",
        [("Salt in the deep sea.", ["Brine", "Ocean chemistry", "primary research"]),
         ("Waves of salt.", ["Coastal physics"])],
        [],
        id="a_data_records_keywords_tag_and_topic_are_its_keywords"),
    # "type: manuscript" (a site's list of other manuscripts): an unpublished work, a preprint as CSL's "manuscript"
    # is (the line was listed by --verbose as unparsed)
    pytest.param(
        '- title: "Salt in the deep sea."\n  authors: "Jonah Roe"\n  year: 2021\n'
        '  type: manuscript\n',
        "publications.yml", "title,venue_type",
        [("Salt in the deep sea.", "preprint")],
        [],
        id="a_data_records_type_manuscript_is_a_preprint"),
    # 'theme: "two-phase"': the id of the site's theme the work is filed under, a keyword of it (the line was listed by
    # --verbose as unparsed)
    pytest.param(
        '- title: "Salt in the deep sea."\n  authors: "Jonah Roe"\n  year: 2021\n'
        '  journal: "Marine Letters"\n  theme: "deep-brines"\n',
        "publications.yml", "title,keywords",
        [("Salt in the deep sea.", ["deep-brines"])],
        [],
        id="a_data_records_theme_id_is_its_keyword"),
    # a JSON list of works grouped by year: its lines of brackets and commas alone ("}, {" between two records)
    # hold no data, and were listed by --verbose as unparsed beside the keys kg has no field for
    pytest.param(
        '{\n  "2021": [{\n    "title": "Salt in the deep sea",\n    "authors": "Jonah Roe, Ana Ruiz",\n'
        '    "journal": "Marine Letters",\n    "cover": "salt.png"\n  }, {\n    "title": "Waves of salt",\n'
        '    "authors": "Jonah Roe",\n    "journal": "Sea Notes"\n  }],\n  "2019": [{\n'
        '    "title": "Brine pools",\n    "authors": "Jonah Roe",\n    "journal": "Sea Notes"\n  }]\n}\n',
        "publications.json", "title,year",
        [("Salt in the deep sea", 2021), ("Waves of salt", 2021), ("Brine pools", 2019)],
        ['"cover": "salt.png"'],
        id="the_brackets_and_commas_of_a_json_data_file_read_are_not_listed"),
    # a reference manager's CSL-YAML export under "references:" (pandoc's format): "container-title" is the venue
    # (its publisher was taken for it), "page" the pages, "keyword" the keywords, "type: paper-conference" the kind;
    # they were listed by --verbose as unparsed
    pytest.param(
        "references:\n- id: roe_salt_2021\n  type: paper-conference\n  author:\n  - family: Roe\n    given: Jonah\n"
        "  issued:\n  - year: 2021\n  title: Salt in the deep sea\n"
        "  container-title: Annual Brine Meeting\n  publisher: Tidewater Press\n  page: 11-18\n"
        "  keyword: brine, ocean chemistry\n\n"
        "- id: roe_waves_2019\n  type: article-journal\n  author:\n  - family: Roe\n    given: Jonah\n"
        "  issued:\n  - year: 2019\n  title: Waves of salt\n  container-title: Sea Notes\n  page: e1024\n",
        "publications.yml", "title,venue,venue_type,pages,keywords",
        [("Salt in the deep sea", "Annual Brine Meeting", "conference", "11-18",
          ["brine", "ocean chemistry"]),
         ("Waves of salt", "Sea Notes", "journal", "e1024", [])],
        ["references:", "- id: roe_salt_2021", "publisher: Tidewater Press", "- id: roe_waves_2019"],
        id="a_csl_records_container_title_page_keyword_and_type_are_read"),
    # "jounal:" in every record of a site's data file (its own template shows that key as the journal): the venue,
    # one letter left out of "journal"; a key that is no venue key misspelt ("mood") stays listed
    pytest.param(
        '- title: "Salt in the deep sea"\n  authors: "Jonah Roe, Ana Ruiz"\n  year: 2021\n'
        '  jounal: "Marine Letters"\n  mood: "calm"\n\n'
        '- title: "Waves of salt"\n  authors: "Jonah Roe"\n  year: 2019\n  jounal: "Sea Notes"\n',
        "publications.yml", "title,venue",
        [("Salt in the deep sea", "Marine Letters"), ("Waves of salt", "Sea Notes")],
        ['mood: "calm"'],
        id="a_records_venue_key_spelled_with_a_letter_left_out_is_its_venue"),
    # "categories: [Tides, Salt]" (Quarto's and a data file's taxonomy of a work, as its "tags" and "topics" are):
    # the work's keywords; the lines were listed by --verbose as unparsed
    pytest.param(
        '- title: "Salt in the deep sea."\n  authors: "Jonah Roe"\n  year: 2021\n'
        '  journal: "Marine Letters"\n  categories:\n    - Tides\n    - Deep brines\n',
        "publications.yml", "title,keywords",
        [("Salt in the deep sea.", ["Tides", "Deep brines"])],
        [],
        id="a_records_categories_are_its_keywords"),
    # "place: Lisbon, Portugal, September 8-12, 2026" (the theme shows it under the venue): the month of the meeting
    # dates the work, as a page's line of the meeting's days does; a place without days (no field) stays listed, and
    # days of another year than the work's date nothing
    pytest.param(
        '- title: "Salt in the deep sea"\n  authors: "Jonah Roe"\n  year: 2026\n  venue: "Sea Meeting 2026"\n'
        '  place: Lisbon, Portugal, September 8–12, 2026\n\n'
        '- title: "Waves of salt"\n  authors: "Jonah Roe"\n  year: 2025\n  venue: "Wave Days 2025"\n'
        '  place: Tucson, AZ, US, February 28 - March 4, 2025\n\n'
        '- title: "Brine pools"\n  authors: "Jonah Roe"\n  year: 2024\n  venue: "Brine Forum 2024"\n'
        '  place: Oslo, Norway\n\n'
        '- title: "Old tides"\n  authors: "Jonah Roe"\n  year: 2023\n  venue: "Tide Talks"\n'
        '  place: Bergen, Norway, June 3-7, 2022\n',
        "publications.yml", "title,date",
        [("Salt in the deep sea", "2026-09"), ("Waves of salt", "2025-02"), ("Brine pools", None), ("Old tides", None)],
        ["place: Oslo, Norway", "place: Bergen, Norway, June 3-7, 2022"],
        id="a_records_place_with_its_meetings_days_dates_it_to_the_month"),
    # "conference2: Workshop on Deep Brines 2025." beside "conference:" (the theme shows it as "Also at <em>...</em>"):
    # the other meeting the work was given at, a note on the work, not its venue
    pytest.param(
        '- title: "Salt in the deep sea"\n  authors: "Jonah Roe"\n  year: 2025\n'
        '  conference: "Sea Meeting 2025"\n  conference2: "Workshop on Deep Brines 2025."\n\n'
        '- title: "Waves of salt"\n  authors: "Jonah Roe"\n  year: 2024\n  venue: "Wave Days 2024"\n'
        '  venue_2: Brine Forum 2024\n',
        "publications.yml", "title,venue,notes",
        [("Salt in the deep sea", "Sea Meeting", ["Also at Workshop on Deep Brines 2025"]),
         ("Waves of salt", "Wave Days", ["Also at Brine Forum 2024"])],
        [],
        id="a_records_second_venue_key_is_a_note_that_the_work_was_also_there"),
    # "best: 1", "distinguished: 1", "prize-name: 'Tide Society Prize'" (the theme shows them as "Best paper award",
    # "Distinguished paper award" and the prize's name beside the work): notes on the work, as a page's "Best Paper"
    # after it is; a flag set to 0 says nothing and is read too, a note already given is not said twice
    pytest.param(
        '- title: "Salt in the deep sea"\n  authors: "Jonah Roe"\n  year: 2025\n  venue: "Sea Meeting 2025"\n'
        '  best: 1\n  prize-name: "Tide Society Prize"\n\n'
        '- title: "Waves of salt"\n  authors: "Jonah Roe"\n  year: 2024\n  venue: "Wave Days 2024"\n'
        '  distinguished: true\n  best: 0\n\n'
        '- title: "Brine pools"\n  authors: "Jonah Roe"\n  year: 2023\n  venue: "Brine Forum 2023"\n'
        '  notes: "Awarded best paper."\n  best: 1\n',
        "publications.yml", "title,notes",
        [("Salt in the deep sea", ["Best paper award", "Tide Society Prize"]),
         ("Waves of salt", ["Distinguished paper award"]),
         ("Brine pools", ["Awarded best paper."])],
        [],
        id="a_records_award_flags_and_prize_name_are_notes_on_the_work"),
    # "description: In this study we ..." (a lab template's summary of the work, shown under it): the work's
    # abstract when the record gives none; a short description is no abstract and stays listed
    pytest.param(
        '- title: "Salt in the deep sea"\n  authors: "Jonah Roe"\n  year: 2025\n  venue: "Sea Letters"\n'
        '  description: In this study we measure how salt settles in deep pools over\n'
        '    ten years of samples, and show that the currents set most of it.\n\n'
        '- title: "Waves of salt"\n  authors: "Jonah Roe"\n  year: 2024\n  venue: "Wave Notes"\n'
        '  description: A short note\n',
        "publications.yml", "abstract",
        ["In this study we measure how salt settles in deep pools over ten years of samples, and show that the "
         "currents set most of it.", None],
        ["description: A short note"],
        id="a_records_description_in_sentences_is_its_abstract"),
    # "id: PMID:12345678" beside "link: https://www.ncbi.nlm.nih.gov/pubmed/12345678" (the lab template's tool made
    # the link from the id): read with the link, no longer listed; "id: DOI:/10.x/y" (a slash after the colon) gives
    # the work's DOI as "DOI:10.x/y" does; a PubMed id no link of the work holds has no field and stays listed
    pytest.param(
        '- id: PMID:12345678\n  title: "Ice on the fjord"\n  authors: "Jonah Roe"\n  date: "2006-06-30"\n'
        '  publisher: "Cold Letters"\n  link: https://www.ncbi.nlm.nih.gov/pubmed/12345678\n\n'
        '- id: DOI:/10.1234/salt.77\n  title: "Salt in the shallows"\n  authors: "Jonah Roe"\n  date: "2021-03-01"\n'
        '  publisher: "Sea Notes"\n  link: https://doi.org/gsw7\n\n'
        '- id: PMID:87654321\n  title: "Snow on the ridge"\n  authors: "Jonah Roe"\n  date: "2010-01-05"\n'
        '  publisher: "Cold Letters"\n  link: https://example.org/snow\n',
        "publications.yml", "title,doi",
        [("Ice on the fjord", None), ("Salt in the shallows", "10.1234/salt.77"), ("Snow on the ridge", None)],
        ["- id: PMID:87654321"],
        id="a_records_pubmed_id_its_link_was_made_from_is_read_and_a_doi_id_may_have_a_slash"),
])
def test_a_data_files_records_are_read_and_what_is_left_is_listed(tmp_path, records, name, fields, works, listed):
    """A Jekyll site's data file of works (``_data/<name>``) written in our own words: the works' fields each case
    names (:func:`_works_view`), and the lines of the file --verbose lists as unparsed (none: ``[]``)."""
    profile = _data_file_profile(tmp_path, records, name)
    assert _works_view(profile, fields) == works
    assert [u.text for u in profile.unparsed if u.file == f"_data/{name}"] == listed


def test_a_papers_published_online_line_is_its_date():
    # "Published on-line 20-Apr-2016" under a paper of 2016: the day it came out, its date (--verbose listed the line
    # as unparsed though the year was read); an online date of another year than the issue's is kept as a note
    page = ("<html><head><title>Jonah Roe</title></head><body><h1>Jonah Roe</h1>\n<h2>Papers</h2>\n"
            "<p><b>Salt in the deep sea</b><br>\n(Ana Ruiz and Jonah Roe)<br>\n"
            "<i>Marine Letters</i> <b>12</b> (2016), pp. 1-20<br>\nPublished on-line 20-Apr-2016</p>\n"
            "<p><b>Waves of salt</b><br>\n(Jonah Roe)<br>\n"
            "<i>Sea Notes</i> <b>4</b> (2019), pp. 5-9<br>\nPublished online: 3 December 2018</p>\n"
            "</body></html>\n")
    p = _html(page, "papers.html", owner="Jonah Roe")
    assert [(x.title, x.year, x.date, x.notes) for x in p.publications] == [
        ("Salt in the deep sea", 2016, "2016-04-20", []),
        ("Waves of salt", 2019, None, ["Published online: 3 December 2018"])]
    assert not [u.text for u in p.unparsed if "online" in u.text or "on-line" in u.text]


UNFINISHED = """# Jonah Roe

Lecturer at Inland University.

## Publications

Jonah Roe. [Salt in the deep sea](https://doi.org/10.1000/salt). *Marine Letters*, 2021.

## In Progress and Under Review

"Tides under thin ice"

"A theory of brine pools"

## PhD Thesis

[*Waves of salt: an essay on inland seas*](https://repository.example.edu/handle/1/2)
"""


def test_quoted_titles_alone_under_in_progress_and_under_review_are_works():
    # '"Tides under thin ice"' alone under "In Progress and Under Review": a work of the owner's named by its title
    # only, as a small heading under "Work in progress" is (--verbose listed both as unparsed)
    p = _md(UNFINISHED, "research.md", owner="Jonah Roe")
    assert [(x.title, x.venue_type, [a.name for a in x.authors]) for x in p.publications] == [
        ("Salt in the deep sea", "journal", ["Jonah Roe"]), ("Tides under thin ice", None, ["Jonah Roe"]),
        ("A theory of brine pools", None, ["Jonah Roe"]),
        ("Waves of salt: an essay on inland seas", "thesis", ["Jonah Roe"])]  # (the next test's thesis)
    assert not [u.text for u in p.unparsed if '"' in u.text]


def test_a_title_alone_under_a_phd_thesis_heading_is_the_owners_thesis():
    # a linked title alone under "## PhD Thesis": the owner's thesis, its link the thesis' page (--verbose listed it as
    # unparsed)
    p = _md(UNFINISHED, "research.md", owner="Jonah Roe")
    assert [(x.title, x.venue_type, dict(x.links)) for x in p.publications if x.venue_type == "thesis"] == [
        ("Waves of salt: an essay on inland seas", "thesis", {"paper": "https://repository.example.edu/handle/1/2"})]
    assert not [u.text for u in p.unparsed if "Waves of salt" in u.text]


THESES = """# Jonah Roe

Lecturer at Inland University.

## Theses

### Doctor of Philosophy (PhD)

**Waves of salt: an essay on inland seas**

*Abstract.* We study how salt moves in inland seas and why the brine sinks.

[Download PDF](phd_roe.pdf)

### Master of Science (MSc)

**Brine pools at low tide**

*Abstract.* A survey of the pools the tide leaves behind.

[Download PDF](msc_roe.pdf)
"""


def test_a_download_link_under_a_thesis_and_its_abstract_is_that_thesis_link():
    # "[Download PDF](phd.pdf)" after a thesis's bold title and its abstract, under "## Theses": the thesis's PDF,
    # no work titled "Download PDF" (each theses' link was read as one more thesis of that title)
    p = parse_markdown_page(SourceDoc(Path("theses.md"), THESES),
                            ImportOptions(owner="Jonah Roe", base_url="https://roe.example.org/theses/"))
    assert [(x.title, x.venue_type, dict(x.links)) for x in p.publications] == [
        ("Waves of salt: an essay on inland seas", "thesis", {"pdf": "https://roe.example.org/theses/phd_roe.pdf"}),
        ("Brine pools at low tide", "thesis", {"pdf": "https://roe.example.org/theses/msc_roe.pdf"})]


BY_LINES = """<html><head><title>Jonah Roe</title></head><body><h1>Jonah Roe</h1><h2>Publications</h2><ul>
<li class="publication"><div><b>"<strong>Salt in the deep sea</strong>"</b><br/>
  By Ana Ruiz, Bo Lee, and Jonah Roe<br>
  <em>Appeared at Marine Week 2016, Lisbon<br></em></div></li>
<li class="publication"><div><b>"<strong>Waves of salt: an inland essay</strong>"</b><br/>
  By Ana Ruiz <em>.</em><br>
  <em>PhD Thesis, Inland University, 2015<br></em></div></li>
</ul></body></html>
"""


def test_an_author_line_opened_by_by_without_a_colon_is_the_authors():
    # "By Ana Ruiz, Bo Lee, and Jonah Roe" on its own line under the title: the authors (only "By:" with a colon was
    # a label, so the line was listed by --verbose as unparsed and the owner alone was taken as the author)
    p = _html(BY_LINES, "pubs.html", owner="Jonah Roe")
    assert [(x.title, [a.name for a in x.authors]) for x in p.publications] == [
        ("Salt in the deep sea", ["Ana Ruiz", "Bo Lee", "Jonah Roe"]), ("Waves of salt: an inland essay", ["Ana Ruiz"])]
    assert not [u.text for u in p.unparsed if "By " in u.text]


def test_a_link_drawn_as_an_icon_named_for_a_pdf_is_the_papers_pdf():
    # "Download: <a href=...><img src="images/pdf_icon_red.png" alt=""></a>" under an entry: the icon's file says what
    # the link is (no alt text, no icon font), so the paper's PDF link was lost and the line listed as unparsed
    page = ("<html><head><title>Jonah Roe</title></head><body><h1>Jonah Roe</h1><h2>Publications</h2><ul>\n"
            "<li><div><b>Salt in the deep sea</b><br/>\nJonah Roe, Ana Ruiz<br>\n<em>Marine Letters, 2016</em></div>\n"
            "<div class='download'><span>Download:</span> <a href='https://x.example.org/salt.pdf'>"
            "<img src='img/pdf_icon_red.png' alt=''></a></div></li>\n</ul></body></html>\n")
    p = _html(page, "pubs.html", owner="Jonah Roe")
    assert [(x.title, dict(x.links)) for x in p.publications] == [
        ("Salt in the deep sea", {"pdf": "https://x.example.org/salt.pdf"})]
    assert not [u.text for u in p.unparsed if "Download" in u.text]


def test_lab_members_whose_prose_or_name_says_they_are_students_are_the_heads_students(tmp_path):
    # "about: MS student (2020 - present) studying ..." and an alumnus's "name: Per Dahl, PhD 2012 (now at ...)": the
    # role is said in the prose's first words or after the name, not under a role key, so they were no students and
    # --verbose listed their lines as unparsed; a postdoc's prose or an alumnus's postdoc says no student
    from kg.importers import import_path

    from .sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Lund Lab\n",
        "index.html": "---\nlayout: default\n---\n<h2>Welcome</h2>\n<p>We study moss on cold river banks.</p>\n",
        "team/index.html": "---\nlayout: page\ntitle: People\nmembers:\n"
                           "- name: Siri Lund\n  about: Principal investigator of the lab.\n"
                           "- name: Eva Holm\n  about: MS student (2020 - present) studying peat bogs.\n"
                           "- name: Kai Berg\n  about: Postdoctoral fellow (2021 - present) studying lichens.\n"
                           "lab_alumni:\n- name: Per Dahl, PhD 2012 (now a ranger at Fjell Park)\n"
                           "- name: Mia Sand, Postdoc 2010 (now at Fjord University)\n---\n"
                           "{% for person in page.members %}<p>{{ person.name }}: {{ person.about }}</p>{% endfor %}\n"
                           "{% for person in page.lab_alumni %}<p>{{ person.name }}</p>{% endfor %}\n",
    })
    profile = import_path(root).profile
    assert profile.person.name == "Siri Lund"
    assert [(s.name, s.role) for s in profile.students] == [("Eva Holm", "MS student"), ("Per Dahl", "PhD 2012")]
    listed = [u.text for u in profile.unparsed if u.file == "team/index.html"]
    assert not [t for t in listed if "Eva Holm" in t or "MS student" in t or "Per Dahl" in t]
    assert [t for t in listed if "Kai Berg" in t] and [t for t in listed if "Mia Sand" in t]


def test_the_talks_a_data_record_lists_under_its_work_are_notes_and_their_videos_links(tmp_path):
    # "talks: [{name: Brine Days 2024, type: plenary, video: ...}]" under a paper's record: where the work was presented
    # (a note, as "Oral" is) and the talk's video (a link of the work); the lines were listed by --verbose as unparsed
    profile = _data_file_profile(
        tmp_path,
        '- title: "Salt in the deep sea."\n  authors: "Jonah Roe, Ana Ruiz"\n  year: 2021\n'
        '  journal: "Marine Letters"\n  talks:\n    - name: "Brine Days 2024"\n'
        '      url: https://brine.example.org/\n      type: plenary\n'
        '      video: https://video.example.org/watch/1\n      video_note: "talk by Ana Ruiz"\n'
        '    - name: "Salt Forum 2023"\n')
    [pub] = profile.publications
    assert pub.notes == ["Plenary talk, Brine Days 2024 (talk by Ana Ruiz)", "Talk, Salt Forum 2023"]
    assert pub.links["video"] == "https://video.example.org/watch/1"
    assert not [u.text for u in profile.unparsed if u.file == "_data/publications.yml"]


def test_a_data_records_blurb_is_its_abstract_when_it_has_none(tmp_path):
    # "blurb:" of a data file's record with no "abstract:": the sentence the site says the work in, its abstract (the
    # line was listed by --verbose as unparsed); an abstract the record gives wins
    blurbed = '  journal: "Marine Letters"\n  blurb: "Showed that the deep sea is saltier than thought."\n'
    both = '  journal: "Sea Notes"\n  abstract: "We study waves."\n  blurb: "Waves, briefly."\n'
    profile = _data_file_profile(tmp_path, "\n".join(
        f'- title: "{title}"\n  authors: "Jonah Roe"\n  year: {year}\n{rest}'
        for title, year, rest in [("Salt in the deep sea.", 2021, blurbed), ("Waves of salt.", 2019, both)]))
    assert [p.abstract for p in profile.publications] == [
        "Showed that the deep sea is saltier than thought.", "We study waves."]
    assert [u.text for u in profile.unparsed if u.file == "_data/publications.yml"] == ['blurb: "Waves, briefly."']


CENTERED = """# Jonah Roe

Lecturer at Inland University.

<center>
### Research interests
</center>

* Brine chemistry
* Deep-sea sediments

<center>
### Awards
</center>

* 2023, Tidewater Young Researcher Prize
"""


def test_a_heading_written_inside_a_center_block_is_a_heading():
    # "<center>" / "### Research interests" / "</center>": Pandoc (Quarto) reads the markdown inside the block, a
    # heading; CommonMark kept it raw, so the lists under it had no section and --verbose listed their lines
    p = _md(CENTERED, "index.qmd", owner="Jonah Roe")
    assert p.person.interests == ["Brine chemistry", "Deep-sea sediments"]
    assert [(a.name, a.year) for a in p.awards] == [("Tidewater Young Researcher Prize", 2023)]
    assert not p.unparsed


def test_a_picture_link_beside_words_naming_a_supplement_after_a_paper_is_its_supplement():
    # "<a><img src=download.gif></a> <i>Supplemental Appendix</i>" after a rule under a paper: the paper's supplement
    # (and "Preprint Version" an earlier version of it); --verbose listed the lines as unparsed. A picture link
    # beside a paper's own byline stays a paper of its own
    rows = [("salt", "Ana Ruiz and Jonah Roe, 2021, <I>Salt in the deep sea</I>, <b>Marine Letters</b>"),
            ("salt-app", "<I>Supplemental Appendix</I>"), ("salt-pre", "<I>Preprint Version</I>"),
            ("waves", "Jonah Roe, 2019, <I>Waves of salt</I>, <b>Sea Notes</b>")]
    page = "<html><head><title>Jonah Roe</title></head><body><h1>Jonah Roe</h1><h2>Papers</h2>\n" + "".join(
        f"<HR>\n<A href='https://files.example.org/{f}.pdf'><IMG src='img/download.gif'></A> {t}\n" for f, t in rows
    ) + "<HR>\n</body></html>\n"
    p = _html(page, "papers.htm", owner="Jonah Roe")
    assert [x.title for x in p.publications] == ["Salt in the deep sea", "Waves of salt"]
    salt = p.publications[0]
    assert salt.links.get("supplement") == "https://files.example.org/salt-app.pdf"
    assert salt.links.get("other") == "https://files.example.org/salt-pre.pdf"
    assert not [u.text for u in p.unparsed if "Appendix" in u.text or "Preprint" in u.text]


def test_the_positions_under_work_of_a_hugo_authors_page_are_affiliations(tmp_path):
    # Hugo Blox's author page lists the owner's positions under "work:" (position, company_name, date_start,
    # date_end, summary); they were listed by --verbose as unparsed, no affiliation read from them
    from kg.importers import import_path

    from .sitefiles import write_site

    admin = ("---\ntitle: Tove Marlund\nrole: Reader in Geology\norganizations:\n  - name: University of Brenholm\n"
             "work:\n  - position: Reader in Geology\n    company_name: University of Brenholm\n"
             "    date_start: 2021-09-01\n    date_end: ''\n"
             "  - position: Field Geologist\n    company_name: Northern Survey Office\n"
             "    company_url: 'https://survey.example.org'\n    date_start: 2015-01-01\n    date_end: 2021-08-31\n"
             "    summary: Mapped the basalt of the northern rim.\n---\n\nI map rocks.\n")
    write_site(tmp_path, {"config/_default/hugo.yaml": "title: Tove Marlund\n", "content/authors/admin/_index.md": admin})
    profile = import_path(tmp_path).profile
    assert [(a.name, a.role, a.start_year, a.end_year, a.current) for a in profile.person.affiliations] == [
        ("University of Brenholm", "Reader in Geology", 2021, None, True),
        ("Northern Survey Office", "Field Geologist", 2015, 2021, False)]
    assert not [u.text for u in profile.unparsed if u.file == "content/authors/admin/_index.md"]


def test_a_data_records_bibtex_entry_of_the_same_work_is_read(tmp_path):
    # 'bibtex: |' holding the work's own BibTeX entry (the site shows it under the work): read by the BibTeX reader,
    # it gives what the record's keys do not say (the authors, the pages); its lines were listed by --verbose. A
    # record without a year (the site lists it undated, a preprint) does not take its entry's (the posting's)
    profile = _data_file_profile(
        tmp_path,
        "- title: Salt in the deep sea\n  journal: Marine Letters (2021)\n  bibtex: |\n"
        "    @article{Roe2021Salt,\n      year = {2021},\n      title = {{Salt in the deep sea}},\n"
        "      author = {Roe, Jonah and Ruiz, Ana},\n      journal = {Marine Letters},\n      pages = {11--18}\n"
        "    }\n\n"
        "- title: Brine pools\n  authors: Jonah Roe\n  bibtex: |\n"
        "    @article{Roe2024Brine,\n      year = {2024},\n      title = {Brine pools},\n"
        "      author = {Roe, Jonah},\n      journal = {arXiv preprint}\n    }\n\n"
        "- title: Waves of salt\n  authors: Jonah Roe\n  journal: Sea Notes\n  year: 2019\n")
    assert [(p.title, p.year, p.pages, [a.name for a in p.authors]) for p in profile.publications] == [
        ("Salt in the deep sea", 2021, "11-18", ["Jonah Roe", "Ana Ruiz"]),
        ("Brine pools", None, None, ["Jonah Roe"]),
        ("Waves of salt", 2019, None, ["Jonah Roe"])]
    listed = [u.line for u in profile.unparsed if u.file == "_data/publications.yml"]
    assert listed == list(range(14, 21))  # the undated record's entry, its "bibtex:" key first


FOLDED_ROWS = """<html><head><title>Reference list</title></head><body>
<h1>Mira Okafor</h1>
<h2>Publications</h2>
<table id="refs">
<tbody>
<tr id="Okafor2021" class="entry">
<td>Okafor, M. and Brandt, T. (2021), <i>"Tides of the inner sea"</i>, Journal of Shores.
<p class="infolinks">[<a href="javascript:show('Okafor2021','abstract')">Abstract</a>]
[<a href="javascript:show('Okafor2021','bibtex')">BibTeX</a>]
[<a href="https://example.org/tides.pdf">PDF</a>]</p>
</td>
</tr>
<tr id="abs_Okafor2021" class="abstract noshow">
<td><b>Abstract</b>: We measure how the tides of a closed sea rise and fall over ten years of gauges, and show that
the wind, not the moon, sets most of their height.</td>
</tr>
<tr id="bib_Okafor2021" class="bibtex noshow">
<td><b>BibTeX</b>:
<pre>
@article{Okafor2021,
  author = {Okafor, M. and Brandt, T.},
  title = {Tides of the inner sea},
  journal = {Journal of Shores},
  year = {2021},
  volume = {12},
  pages = {33--48}
}
</pre></td>
</tr>
<tr id="Okafor2019" class="entry">
<td>Okafor, M. (2019), <i>"Salt and sand"</i>, Coastal Letters.
<p class="infolinks">[<a href="javascript:show('Okafor2019','bibtex')">BibTeX</a>]</p>
</td>
</tr>
<tr id="bib_Okafor2019" class="bibtex noshow">
<td><b>BibTeX</b>:
<pre>
@article{Other2018,
  author = {Brandt, T.},
  title = {A different work},
  journal = {Coastal Letters},
  year = {2018}
}
</pre></td>
</tr>
</tbody>
</table>
</body></html>
"""


def test_a_works_folded_abstract_and_bibtex_rows_are_read_with_it():
    # a reference manager's export: each work's row, then rows its buttons unfold (class "noshow"), one with the
    # abstract, one with the work's BibTeX entry; the abstract is the work's, the entry fills its volume and pages;
    # an entry of another work stays listed
    p = _html(FOLDED_ROWS, "publications.html")
    assert [w.title for w in p.publications] == ["Tides of the inner sea", "Salt and sand"]
    tides = p.publications[0]
    assert tides.abstract.startswith("We measure how the tides") and tides.abstract.endswith("of their height.")
    assert (tides.volume, tides.pages) == ("12", "33-48")
    listed = sorted(u.line for u in p.unparsed)
    assert listed == [36, 38, 39, 40, 41, 42, 43]
    assert p.publications[1].abstract is None


_MEMBERSHIP_TABLE = """<html><head><title>Ann Lee - Membership</title></head><body>
<table><tr><td><p class=p1><span class=s1>Membership</span></p></td>
<td>
<p class=p2><span class=s1><b>Editorial Boards</b></span></p>
<p class=p3><span class=s1>Associate Editor of the Journal of Quiet Networks, 2015 to date</span></p>
<p class=p3><o:p>&nbsp;</o:p></p>
<p class=p2><span class=s1><b>PC Membership</b></span><span class=s2><span style='font-size:12.0pt'><o:p></o:p></span></span></p>
<p class=p3><span class=s2><o:p>&nbsp;</o:p></span></p>
<p class=p3><span class=s2>Member of the PC of the 3rd International Workshop on Calm Systems (CALM 2021)</span></p>
<p class=p3><span class=s2>Member of the PC of the 9th Conference on Slow Computing (SLOW 2020)</span></p>
</td></tr></table>
</body></html>
"""


def test_editorial_boards_and_pc_membership_under_a_membership_label_are_service():
    # "Membership" (societies, no field) > "Editorial Boards", "PC Membership": the labels name service, whose
    # roles are read, not listed; a label the markup leaves a paragraph ("<b>PC Membership</b><span></span>") is
    # the label still, no role "PC Members" at "hip"
    prof = _html(_MEMBERSHIP_TABLE, "membership.htm", owner="Ann Lee")
    assert [s.role for s in prof.service] == ["Associate Editor", "Member", "Member"]
    assert [s.year for s in prof.service] == [2015, 2021, 2020]
    assert prof.unparsed == []


_INDICES = """<html><head><title>Vita of Noor Haddad</title></head><body>
<h1>Noor Haddad</h1>
<h1>Publications</h1>
<h2>Publication Indices</h2>
<ul>
<li><a href="https://scholar.google.com/citations?user=abcDEF12345A">Google Scholar Citations</a>: 1204</li>
<li>h-index: 17</li>
<li>i10-index: 21</li>
</ul>
<h2>Articles</h2>
<ol>
<li>Haddad, N., &amp; Roe, B. (2020). Tidal memory in coastal aquifers. <em>Journal of Groundwater Notes</em>, 12, 1-9.</li>
</ol>
</body></html>
"""


def test_a_figure_and_its_label_on_an_item_of_its_own_before_the_papers_is_the_owners_metric():
    # "h-index: 17", "<a>Google Scholar Citations</a>: 1204" as list items under the papers' heading, before any
    # paper: the owner's figures, as a number over its label in a card is; "i10-index" (no field) stays listed
    prof = _html(_INDICES, "vita.html", owner="Noor Haddad")
    assert prof.person.metrics.h_index == 17 and prof.person.metrics.citations == 1204
    assert prof.person.metrics.source == "Google Scholar"
    assert [u.text for u in prof.unparsed] == ["<li>i10-index: 21</li>"]
    assert len(prof.publications) == 1


_CARD_DEGREES = """<html><head><title>Mira Solberg</title></head><body>
<h1>Mira Solberg</h1>
<div><strong>Education</strong><br>
&bull; B.S., Dept. of Physics, Northfield University (2011)<br>
&bull; Ph.D., Dept. of Physics, Northfield University (2016)<br>
&nbsp;&nbsp;- Ocean Acoustics and Signal Processing<br>
&bull; Postdoc, Wave Lab, Southport Institute (2017-2019)<br>
&nbsp;&nbsp;- Underwater sensor arrays
</div>
</body></html>
"""


def test_a_dashed_line_under_a_degree_is_its_field():
    # "- Ocean Acoustics and Signal Processing" indented under the Ph.D. line: the degree's field, no longer listed;
    # the dashed line under the postdoc (no degree) stays listed; the B.S.'s field is its department's ("Dept. of
    # Physics"), the Ph.D.'s the closer one the dashed line says
    prof = _html(_CARD_DEGREES, "index.html", owner="Mira Solberg")
    assert [(e.degree, e.field) for e in prof.person.education if e.degree] == [
        ("B.S.", "Physics"), ("Ph.D.", "Ocean Acoustics and Signal Processing")]
    assert not any(e.field == "Underwater sensor arrays" for e in prof.person.education)
    assert [u.text.strip() for u in prof.unparsed if "Acoustics" in u.text] == []
    assert any("Underwater sensor arrays" in u.text for u in prof.unparsed)


_TERMS_OVER_CODES = """# Ana Ruiz

## Teaching
### 🎓 Inland University
Spring 2025
- EGN 1002: Engineering Orientation
- EEL 2880: C Programming for Small Devices

Fall 2025
- EEL 3657: Control Systems I
- EEE 4752: Introduction to Network Forensics
"""


def test_a_term_alone_over_a_list_of_coded_courses_dates_them():
    # "Spring 2025" on a line of its own, then "- EGN 1002: Engineering Orientation" items: each a course (the colon
    # after its code is no sentence's) taught that term at the place the sub-heading names (its pictograph left
    # out); all were listed
    prof = _md(_TERMS_OVER_CODES, "index.md")
    assert [(t.course, t.term, t.institution) for t in prof.teaching] == [
        ("EGN 1002: Engineering Orientation", "Spring 2025", "Inland University"),
        ("EEL 2880: C Programming for Small Devices", "Spring 2025", "Inland University"),
        ("EEL 3657: Control Systems I", "Fall 2025", "Inland University"),
        ("EEE 4752: Introduction to Network Forensics", "Fall 2025", "Inland University")]
    assert prof.unparsed == []


MEETING_DAYS = """# Dana Quill

Researcher at Nowhere University.

## Publications

- [**FOOCONF2025**](https://fooconf.example.org/)\\|[Sparse Lanterns for Graph Routing](https://arxiv.org/abs/2501.01234)

  **Dana Quill**, Omar Brine

  10th International Conference on Lantern Systems

  3-6 June, 2025 \\| Lisbon, Portugal

  [[**Paper**](https://doi.org/10.1000/xyz123)]

- [**BARCONF2024**](https://barconf.example.org/)\\|[Kettle Graphs at Scale](https://arxiv.org/abs/2402.04321)

  Omar Brine, **Dana Quill**

  Workshop on Kettle Structures and Their Many Uses Across Several Distinct Fields

  November 12-14, 2024 \\| University of Somewhere, Kyoto, Japan

  [[**arXiv**](https://arxiv.org/abs/2402.04321)]
"""


def test_a_meetings_days_and_place_under_a_work_date_it_and_are_not_listed():
    # "3-6 June, 2025 | Lisbon, Portugal" on a line of its own: the month of the meeting dates the work (the place
    # has no field); it is neither listed nor read as the work's abstract
    p = _md(MEETING_DAYS, "about.md")
    assert [(w.title, w.year, w.date, w.abstract) for w in p.publications] == [
        ("Sparse Lanterns for Graph Routing", 2025, "2025-06", None),
        ("Kettle Graphs at Scale", 2024, "2024-11", None)]
    assert not [u for u in p.unparsed if "Lisbon" in u.text or "Kyoto" in u.text]


ONE_CHAPTER = """<html><head><title>Lena Vark</title></head><body>
<h1>Lena Vark</h1>
<p>Professor of Signal Theory at Riverbend University.</p>
<h4>Journal Papers</h4>
<p>L. Vark and T. Holm, &ldquo;Quiet estimators for noisy arrays,&rdquo;
<i>Journal of Array Studies</i>, vol. 3, pp. 10-20, May 2004.</p>
<h4>Book Chapter</h4>
<p>L. Vark and T. Holm,
&ldquo;Adaptive beam shaping with sparse sensor grids,&rdquo; in <i>Advances in Array
Processing</i>, R. Penn and S. Ode (Eds.), Boston: Harbor Press, 2006, Ch. 4, pp. 101-140.</p>
</body></html>
"""


def test_a_book_chapter_under_a_singular_heading_is_a_work():
    # "Book Chapter" names a list of works as "Book Chapters" does: its one entry is read, not listed
    p = _html(ONE_CHAPTER, "pubs.html")
    assert [(w.title, w.year, w.venue) for w in p.publications] == [
        ("Quiet estimators for noisy arrays", 2004, "Journal of Array Studies"),
        ("Adaptive beam shaping with sparse sensor grids", 2006, "Advances in Array Processing")]
    assert not p.unparsed


ROLE_OVER_PLACE = """# Rowan Pell

Lecturer in data systems.

## Work Experience
  - Senior Research Fellow
    - Centre for Tidal Computing (CTC), Westmoor University (2019 - Present)
  - Research Fellow
    - School of Computing, Eastbrook University (2012 - 2019)
  - Engineer (2008 - 2011)
    - Harbor Software Lab, Norway
"""


def test_a_positions_title_alone_over_its_place_and_years_is_one_position():
    # "- Senior Research Fellow" over "  - Centre ..., Westmoor University (2019 - Present)": the item's line is the
    # role, the line under it the place and the years (as a dated role over its place is read)
    p = _md(ROLE_OVER_PLACE, "about.md")
    assert [(a.name, a.role, a.start_year, a.end_year, a.current) for a in p.person.affiliations] == [
        ("Centre for Tidal Computing (CTC), Westmoor University", "Senior Research Fellow", 2019, None, True),
        ("School of Computing, Eastbrook University", "Research Fellow", 2012, 2019, False),
        ("Harbor Software Lab", "Engineer", 2008, 2011, False)]
    assert not p.unparsed


BOLD_PLACE_THEN_ROLE = """# Noor Halvard

I'm an Assistant Professor at Riverside Cancer Institute, where I study tissue growth.

## Experience
`2024-Present` 
__Riverside__ Assistant Professor (Tissue Oncology)

`2020-2024` 
__Riverside__ Post Doctoral Fellow (Tissue Oncology)

`2015-2020` 
__Lakeview State University__ Graduate Research Associate (School of Bioengineering)
"""


def test_a_positions_place_in_bold_then_its_title_under_its_years_is_one_position():
    # "`2020-2024`" over "__Riverside__ Post Doctoral Fellow (...)": the bold run is the place, the words after it
    # the title; neither line is listed, and no place is named with its title
    p = _md(BOLD_PLACE_THEN_ROLE, "about.md")
    got = [(a.name, a.role, a.start_year, a.end_year) for a in p.person.affiliations]
    assert ("Riverside", "Assistant Professor (Tissue Oncology)", 2024, None) in got
    assert ("Riverside", "Post Doctoral Fellow (Tissue Oncology)", 2020, 2024) in got
    assert ("Lakeview State University", "Graduate Research Associate (School of Bioengineering)", 2015, 2020) in got
    assert not p.unparsed


HIDDEN_BIB_BOXES = """<html><head><title>Mira Okafor - Papers</title></head><body>
<h1>Mira Okafor</h1>
<h2>Publications</h2>

<p class="pub"><a href="pdfs/tides.pdf">&#8220;Tides of the inner
 sea&#8221;</a>, Okafor, Brandt, <i>Journal of Shores</i>, 2021. [<a
 href="javascript:toggle('okafor2021')">bib</a>] <div style="display:none"
id=okafor2021><pre>
@article{okafor2021,
  author = "M. Okafor and T. Brandt",
  title = "Tides of the inner sea",
  journal = "Journal of Shores",
  volume = 12,
  pages = "33--48",
  year = 2021,
  doi = {10.1234/shores.2021.12}
}
</pre></div></p>

<p class="pub"><a href="pdfs/salt.pdf">&#8220;Salt and sand&#8221;</a>, Okafor, <i>Coastal Letters</i>,
 2019. [<a href="javascript:toggle('okafor2019')">bib</a>] <div style="display: none" id=okafor2019>
<pre>@article{other2018,
  author = "T. Brandt",
  title = "A different work",
  journal = "Coastal Letters",
  year = 2018
}
</pre></div></p>
</body></html>
"""


def test_a_works_bibtex_entry_in_a_box_its_inline_style_hides_is_read_with_it():
    # '<p class="pub">citation [<a href="javascript:toggle(...)">bib</a>] <div style="display:none"><pre>@article..'
    # (the box is hidden by its style attribute, not by a class): the work's own entry fills its volume, pages and
    # DOI and is no longer listed; an entry of another work stays listed
    p = _html(HIDDEN_BIB_BOXES, "index.html")
    assert [w.title for w in p.publications] == ["Tides of the inner sea", "Salt and sand"]
    tides = p.publications[0]
    assert (tides.volume, tides.pages, tides.doi) == ("12", "33-48", "10.1234/shores.2021.12")
    assert sorted(u.line for u in p.unparsed) == [22, 23, 24, 25, 26, 27]  # "@article{other2018," to "}"


DEGREE_CARDS = """## About Me

Hi there! I'm **Ann Lee**. I am a PhD student at Inland University.

<div class="edu-cards">
  <div class="edu-card">
    <div class="edu-head">
      <div class="edu-head-text">
        <div class="edu-degree">Ph.D. in Robotics</div>
        <a class="edu-school" href="https://www.inland.edu/">Inland University</a>
      </div>
    </div>
    <div class="edu-note">
      <div class="edu-line">🗓️ 2025 – 2028 (expected)</div>
      <div class="edu-line">🤝 Advisor: <a href="https://www.inland.edu/~roe/">Prof. Jonah Roe</a></div>
    </div>
  </div>
  <div class="edu-card">
    <div class="edu-head">
      <div class="edu-head-text">
        <div class="edu-degree">B.Eng. in Communication Engineering</div>
        <a class="edu-school" href="https://www.coast.edu/">CoastTech</a>
      </div>
    </div>
    <div class="edu-note">
      <div class="edu-line">🗓️ 2019 – 2023</div>
      <div class="edu-line">🤝 Advisor: <a href="https://www.coast.edu/ruiz">Prof. Ana Ruiz</a></div>
    </div>
  </div>
</div>
"""


def test_a_degree_card_names_its_advisor_and_may_name_its_school_by_a_linked_name_alone():
    # a card of the bio: the degree over the school's link, then the years and "Advisor: Prof. X": the degree, its
    # school (a linked name alone on its line: "CoastTech", no "University" in it) and the advisor; no line listed
    p = _md(DEGREE_CARDS, "index.md")
    assert [(e.degree, e.field, e.institution, e.year) for e in p.person.education] == [
        ("PhD", "Robotics", "Inland University", 2028), ("B.Eng.", "Communication Engineering", "CoastTech", 2023)]
    assert p.person.advisors == ["Jonah Roe", "Ana Ruiz"]
    assert not p.unparsed


CONNECT_LIST = """# Ann Lee

I am a graduate researcher at Inland University.

## 📬 Let's Connect & Collaborate

* **Email:** [ann.lee@example.org](mailto:ann.lee@example.org)
* **Location:** Inland University, Eastfield, Norway *(Open to research roles)*
"""


def test_a_lets_connect_list_is_the_contact_section_and_its_location_line_is_read():
    # "## Let's Connect" heads the owner's contact list; its "**Location:** place *(remark)*" item says where the
    # owner is (the remark in parentheses left out); neither line is listed
    p = _md(CONNECT_LIST, "README.md")
    assert (p.person.email, p.person.location) == ("ann.lee@example.org", "Inland University, Eastfield, Norway")
    assert not p.unparsed


def test_a_records_citation_id_naming_its_doi_gives_the_works_doi(tmp_path):
    # "id: doi:10.1234/sea.2021.7" (a lab template's citation id, which its own tool resolves): the work's DOI; an
    # id that names no DOI ("id: salt2019") stays listed
    profile = _data_file_profile(
        tmp_path,
        '- id: doi:10.1234/sea.2021.7\n  title: "Salt in the deep sea"\n  authors: "Jonah Roe"\n  year: 2021\n'
        '  publisher: "Marine Letters"\n  link: https://doi.org/gsw7\n\n'
        '- id: salt2019\n  title: "Waves of salt"\n  authors: "Jonah Roe"\n  year: 2019\n  publisher: "Sea Notes"\n')
    assert [(p.title, p.doi) for p in profile.publications] == [
        ("Salt in the deep sea", "10.1234/sea.2021.7"), ("Waves of salt", None)]
    # (the record's own link, its short DOI, stays a link of the work)
    assert "https://doi.org/gsw7" in profile.publications[0].links.values()
    assert [u.text for u in profile.unparsed if u.file == "_data/publications.yml"] == ["- id: salt2019"]


def test_an_academicpages_courses_website_key_is_its_address(tmp_path):
    # "_teaching/x.md" with "website: https://..." (the theme shows it as the course's "website" link): the course's
    # address, the line no longer listed; a talk's "slides: https://..." is the talk's slides
    from kg.importers import import_path

    from .sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": 'title: "Jonah Roe"\nauthor:\n  name: "Jonah Roe"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nJonah Roe is a lecturer at Inland University.\n",
        "_teaching/2020-tides.md": '---\ntitle: "Tides and Salt, Spring 2020"\ncollection: teaching\n'
                                   'type: "Graduate course"\nwebsite: https://courses.inland.example.edu/tides/2020\n'
                                   'venue: "Inland University"\ndate: 2020-02-05\n---\nA course on the sea.\n',
        "_talks/2024-brine.md": '---\ntitle: "Brine pools"\ncollection: talks\nvenue: "Sea Days"\n'
                                'date: 2024-07-16\nslides: https://slides.example.org/brine.pdf\n---\nA talk.\n',
    })
    profile = import_path(root).profile
    assert [(t.course, t.url) for t in profile.teaching] == [
        ("Tides and Salt, Spring 2020", "https://courses.inland.example.edu/tides/2020")]
    assert [(t.title, t.links) for t in profile.talks] == [
        ("Brine pools", {"slides": "https://slides.example.org/brine.pdf"})]
    assert not [u.text for u in profile.unparsed if u.file and u.file.startswith(("_teaching", "_talks"))]


def test_a_records_link_text_key_is_read_with_its_link(tmp_path):
    # "urltext: 'Sea Notes'" beside "arxivurl: https://..." (the theme shows it as the link's words): the link's
    # label, read with it and no longer listed; a record with no link keeps its label listed
    profile = _data_file_profile(
        tmp_path,
        '- title: "Salt in the shallows"\n  authors: "Jonah Roe"\n  year: 2021\n  venue: "Sea Notes"\n'
        '  urltext: "Sea Notes"\n  arxivurl: "https://arxiv.org/abs/2101.01234"\n\n'
        '- title: "Waves of salt"\n  authors: "Jonah Roe"\n  year: 2019\n  venue: "Sea Notes"\n'
        '  urltext: "arxiv"\n')
    assert [p.title for p in profile.publications] == ["Salt in the shallows", "Waves of salt"]
    assert profile.publications[0].links.get("arxiv") == "https://arxiv.org/abs/2101.01234"
    assert [u.text for u in profile.unparsed if u.file == "_data/publications.yml"] == ['urltext: "arxiv"']


INTERESTS_LEAD = """# Tova Lindqvist

I am a doctoral researcher at Fjordvik University.

Topics I am interested in:
- Causal discovery
- Ocean acoustics

My current research interests in a nutshell:
- sea ice dynamics:
  - melt ponds on [Arctic floes](https://example.org/a), e.g. in spring
  - brine channels (see [here](https://example.org/b))

I also enjoy climbing.

## Publications

- T. Lindqvist, "Quiet waters," Journal of Sound, 2021.
"""


def test_a_sentence_announcing_the_owners_interests_over_a_list_gives_them():
    # "Topics I am interested in:" / "My current research interests in a nutshell:" closing a paragraph of the bio,
    # over a list: each item one interest (its words before an aside), the lead and the items no longer listed; the
    # paragraph after the list is no interest
    p = _md(INTERESTS_LEAD, "index.md")
    assert p.person.interests == ["Causal discovery", "Ocean acoustics", "melt ponds on Arctic floes", "brine channels"]
    assert [u.text for u in p.unparsed] == ["I also enjoy climbing."]


EDITORIAL = """# Tova Lindqvist

Professor at Fjordvik University.

## Editorial

- Handling editor, [Journal of Tides](https://example.org/tides)
- Editorial board, [Annals of Ice](https://example.org/ice)

## Publications

- T. Lindqvist, "Quiet waters," Journal of Sound, 2021.
"""


def test_an_editorial_heading_alone_heads_the_owners_service():
    # "## Editorial" over "- Handling editor, <journal>": the owner's editorial roles are service, no longer listed
    p = _md(EDITORIAL, "index.md")
    assert [(s.role, s.venues) for s in p.service] == [
        ("Handling editor", ["Journal of Tides"]), ("Editorial board", ["Annals of Ice"])]
    assert not p.unparsed


TA_LINKED_COURSES = """# Tova Lindqvist

Professor at Fjordvik University.

## Teaching

1. Teaching assistant at Fjordvik for
    - [OC&E 125: Applied tides](https://example.org/oc125)
    - OC&E 211: Linear waves

## Publications

- T. Lindqvist, "Quiet waters," Journal of Sound, 2021.
"""


def test_coded_course_names_linked_whole_under_a_role_line_are_courses():
    # "Teaching assistant at X for" over "- [OC&E 125: Applied tides](url)" / "- OC&E 211: Linear waves": a list of
    # course names (a coded name linked whole to its page is one too), the role the line over them says, the
    # linked course's address its page; no line listed
    p = _md(TA_LINKED_COURSES, "index.md")
    assert [(t.course, t.role, t.url) for t in p.teaching] == [
        ("OC&E 125: Applied tides", "Teaching assistant", "https://example.org/oc125"),
        ("OC&E 211: Linear waves", "Teaching assistant", None)]
    assert not p.unparsed


DL_POSITIONS = """<html><body><h1>Tova Lindqvist</h1>
<h1>Academic Experience</h1>
<DT><B>Associate Professor</B>, September 2009 to Present</DT>
<DD><A href="http://cs.fjordvik.example.edu">Computer Science Department</A></DD>
<DD><A href="http://www.fjordvik.example.edu">Fjordvik University</A></DD>
<DD>12 Harbour Street</DD>
<DD>Fjordvik, NO 4021</DD>
<P>
<DT><B>Lecturer</B>, July 1999 to June 2003</DT>
<DD>Department of Mathematics</DD>
<DD>Inland University</DD>
<DD>Eastfield, Norway</DD>
<h1>Publications</h1>
<ol><li>T. Lindqvist, "Quiet waters," Journal of Sound, 2021.</li></ol>
</body></html>"""


def test_a_positions_dt_over_its_department_and_place_dds_is_one_position():
    # "<dt><b>Title</b>, Month Year to Present</dt>" over "<dd>Department</dd><dd>University</dd><dd>address</dd>":
    # one position (its title and years the term's, its place the university, the department before it); the
    # term's line is no longer listed, the address lines are (no workplace of their own, no field)
    p = _html(DL_POSITIONS, "cv.html")
    assert [(a.name, a.role, a.department, a.start_year, a.end_year, a.current) for a in p.person.affiliations] == [
        ("Fjordvik University", "Associate Professor", "Computer Science Department", 2009, None, True),
        ("Inland University", "Lecturer", "Department of Mathematics", 1999, 2003, False)]
    assert [u.text for u in p.unparsed] == [
        "<DD>12 Harbour Street</DD>", "<DD>Fjordvik, NO 4021</DD>", "<DD>Eastfield, Norway</DD>"]


SERVICE_COMMITTEE = """<html><body><h1>Tova Lindqvist</h1>
<p>Researcher at Fjordvik University.</p>
<h1>Technical Services</h1>
<ul>
<li><p>PC member TideSys 2024</p></li>
<li><p>Artifact Evaluation Committee, <a href="https://example.org/aec">WAVES 2023</a></p></li>
</ul>
</body></html>"""


def test_a_committee_named_by_its_qualifier_is_a_service_role():
    # "Artifact Evaluation Committee, WAVES 2023" under a service heading: a seat on that committee for the venue
    p = _html(SERVICE_COMMITTEE, "index.html")
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("PC member", ["TideSys"], 2024), ("Artifact Evaluation Committee", ["WAVES"], 2023)]
    assert not [u for u in p.unparsed if u.section == "service"]


INTERESTS_LEAD_UNDER_QUESTION = """# Tova Lindqvist

## About me

I am a doctoral researcher at Fjordvik University.

# ***Does the tide govern the ice, or the ice the tide?***
My current research interests in a nutshell:
- sea ice dynamics:
  - melt ponds on [Arctic floes](https://example.org/a), e.g. in spring
  - brine channels (see [here](https://example.org/b))
- tidal mixing

I did my PhD at Inland University, supervised by Ann Lee.

## Publications

- T. Lindqvist, "Quiet waters," Journal of Sound, 2021.
"""


def test_an_interests_lead_under_a_heading_kg_has_no_word_for_gives_them_too():
    # the lead and its list under a heading that asks the owner's research question (a section kg has no name for):
    # read as under the bio, the sentence after the list still the owner's prose (the advisor read from it)
    p = _md(INTERESTS_LEAD_UNDER_QUESTION, "index.md")
    assert p.person.interests == ["melt ponds on Arctic floes", "brine channels", "tidal mixing"]
    assert p.person.advisors == ["Ann Lee"]
    assert not p.unparsed


URL_LABEL = """<html><body><h1>Tova Lindqvist</h1>
<TABLE>
<TR><TD>Associate Professor</TD></TR>
<TR><TD>Fjordvik University</TD></TR>
<TR><TD>Url: <A href="http://www.fjordvik.example.edu/~tova/">http://www.fjordvik.example.edu/~tova/</A></TD></TR>
</TABLE>
<h1>Publications</h1>
<ol><li>T. Lindqvist, "Quiet waters," Journal of Sound, 2021.</li></ol>
</body></html>"""


def test_a_url_label_line_in_the_header_gives_the_owners_homepage():
    # "Url: http://..." among the header's contact lines (as "Homepage: http://..." is): the owner's homepage
    p = _html(URL_LABEL, "cv.html")
    assert p.person.homepage == "http://www.fjordvik.example.edu/~tova/"
    assert not p.unparsed


def test_a_citation_records_orcid_key_naming_the_owners_orcid_is_read_with_it(tmp_path):
    # the lab template's generated "_data/citations.yaml" notes on each record the ORCID whose works list gave it
    # ("orcid: 0000-..."): the owner's, read from the head's own record, so the lines are no longer listed; a
    # record naming another person's ORCID stays listed
    from kg.importers import import_path

    from .sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yaml": 'title: "Roe Lab"\n',
        "_members/jonah-roe.md": "---\nname: Jonah Roe\nrole: pi\nlinks:\n  orcid: 0000-0002-1825-0097\n---\n"
                                 "Jonah Roe studies sea ice.\n",
        "_data/citations.yaml": '- id: doi:10.1234/ice.1\n  title: "Ice on the fjord"\n  authors:\n  - Jonah Roe\n'
                                '  publisher: "Cold Letters"\n  date: "2021-03-01"\n  orcid: 0000-0002-1825-0097\n'
                                '- id: doi:10.1234/ice.2\n  title: "Snow on the ridge"\n  authors:\n  - Jonah Roe\n'
                                '  - Ana Ruiz\n  publisher: "Cold Letters"\n  date: "2020-05-01"\n'
                                '  orcid: 0000-0001-5109-3700\n',
        "research/index.md": "---\ntitle: Research\n---\n{% include list.html data=\"citations\" %}\n",
    })
    profile = import_path(root).profile
    assert profile.person.identifiers.get("orcid", "").endswith("0000-0002-1825-0097")
    assert sorted(p.title for p in profile.publications) == ["Ice on the fjord", "Snow on the ridge"]
    assert [u.text for u in profile.unparsed if u.file == "_data/citations.yaml"] == [
        "orcid: 0000-0001-5109-3700"]


WORKSHOPS_ORGANIZED = """# Tova Lindqvist

Professor at Fjordvik University.

## Workshop Organizing

**Listening to Sea Ice: Acoustics at the Margin**
Polar Days 2025, Tromsø, May 2025

**Brine and Light Workshop**
Bergen, June 2023

## Publications

- T. Lindqvist, "Quiet waters," Journal of Sound, 2021.
"""


def test_a_workshop_organizing_heading_heads_the_owners_service():
    # "## Workshop Organizing" (no "Service" heading over it) over the workshops the owner organised (a bold name over its meeting, place and
    # date): service, one role a workshop with its year, no longer listed
    p = _md(WORKSHOPS_ORGANIZED, "index.md")
    assert [(s.role, s.year) for s in p.service] == [("Workshop Organizing", 2025), ("Workshop Organizing", 2023)]
    assert p.service[0].venues[0].startswith("Listening to Sea Ice")
    assert not p.unparsed


def test_service_items_opening_with_a_range_or_a_start_date_are_read():
    # "2021 - 2023: Chair of ..." (the date prefix took "2021 - " only, the rest "2023: Chair ..." named no role) and
    # "since 07/2025: Associate Editor with [Journal](url)" (no prefix at all; "with" before the journal): every
    # such item of an "Academic service" section was listed as unparsed
    page = ("# Ada Lind\n\nI study tides.\n\n## Academic service\n\n"
            "* since 07/2025: Associate Editor with [Journal of Tides](https://tides.example.org).\n"
            "* since 2023: Chair of the Tide Society Chapter.\n"
            "* 2021 - 2023: Chair of the Wave Workshop.\n"
            "* 2022: Associate Editor of Ocean Letters.\n")
    p = _md(page, "about.md")
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("Associate Editor", ["Journal of Tides"], 2025), ("Chair", ["Tide Society Chapter"], 2023),
        ("Chair", ["Wave Workshop"], 2021), ("Associate Editor", ["Ocean Letters"], 2022)]
    assert not [u for u in p.unparsed if u.section == "service"]
    # a venue named before its years opens with no date: "NeurIPS 2021–2026" under "Reviewer" stays NeurIPS
    p = _md("# Ada Lind\n\nI study tides.\n\n## Reviewer\n\n"
                                                        "- NeurIPS 2021–2026\n- Tide Letters 2020\n", "about.md")
    assert [(s.role, s.venues) for s in p.service] == [("Reviewer", ["NeurIPS"]), ("Reviewer", ["Tide Letters"])]


LINK_BRACKETS = """<html><body>
<h1>Tomas Berg</h1>
<p>Lecturer in Marine Robotics, Harbour College.</p>
<h2>Papers</h2>
<ul>
<li><p>
<b>T. Berg</b>, L.&nbsp;Quist, and
  R.&nbsp;Halvorsen.
 Docking Small Boats by Sound Alone in Shallow Water.
<br>
 <em>Journal of Coastal Machines</em>, 12(4):33--48, 2021.
<br>
[&nbsp;<a href="https://harbour.example.org/berg/bib.html#berg21">bib</a>&nbsp;|
<a href="https://youtu.be/q1w2e3">video</a>&nbsp;|
<a href="notes/berg21.pdf">pdf</a>&nbsp;]
</p>
</li>
</ul>
</body></html>
"""


def test_a_bracket_of_the_works_links_over_several_lines_is_the_works_lines():
    # the bracket's links are the work's: the lines whose links it took are read, the line of the relative link
    # no base places stays listed (read with --base-url)
    p = _html(LINK_BRACKETS, "index.html")
    (w,) = p.publications
    assert w.links == {"bibtex": "https://harbour.example.org/berg/bib.html#berg21",
                       "video": "https://youtu.be/q1w2e3"}
    assert [u.line for u in p.unparsed] == [15]
    p = parse_html(SourceDoc(Path("index.html"), LINK_BRACKETS),
                   ImportOptions(base_url="https://harbour.example.org/berg/"))
    assert p.publications[0].links["pdf"] == "https://harbour.example.org/berg/notes/berg21.pdf"
    assert not p.unparsed


CAREER_AND_SUPERVISION = """<html><body>
<h1>Tomas Berg</h1>
<p>Lecturer in Marine Robotics, Harbour College.</p>
<h2 id="s-research-exp">Academic Experience</h2>
<ul>
<li><p>Associate Editor - Journal of Sea Machines, 2023-Present</p></li>
<li><p>Research Assistant - Tide Lab, Harbour College, 2018-2021</p></li>
<li><p>Steering Committee - Coastal Robots Workshop, 2020-2022</p></li>
</ul>
<h2>Students Supervised</h2>
<ul>
<li><p>Counting Seals from Kayaks with Cheap Cameras - Master Thesis, Ines Faria (<a href="https://ifaria.example.org/">homepage</a>), 2022</p></li>
<li><p>Buoy Drift Models - Intern Project, Kofi Mensah, 2021</p></li>
</ul>
</body></html>
"""


def test_students_named_after_the_kind_of_the_work_they_did_are_read():
    # "<work's title> - Master Thesis, <student>, <year>": the student is the name after the kind, not the title
    p = _html(CAREER_AND_SUPERVISION, "index.html")
    assert [(s.name, s.role) for s in p.students] == [("Ines Faria", "master student"), ("Kofi Mensah", "intern")]


NAME_THEN_WORK_KIND = """<html><body>
<h1>Tomas Berg</h1>
<p>Lecturer in Marine Robotics, Harbour College.</p>
<h2>Students Supervised</h2>
<ul>
<li>Ines Maria Faria - Master Thesis, Coral Reef Mapping, 2022</li>
<li>Kofi Mensah Owusu - PhD Thesis, Robust Sonar Odometry, 2021</li>
<li>Sonar Seal Counting - Intern Project, Lea Brandt (<a href="https://lbrandt.example.org/">homepage</a>), 2020</li>
</ul>
</body></html>
"""


def test_a_student_named_before_the_kind_of_their_work_keeps_their_name():
    # "<student> - Master Thesis, <short title>": the name is the one before the kind, the title no student; a
    # short title before the kind, the student's link after their name: the name after the kind
    p = _html(NAME_THEN_WORK_KIND, "index.html")
    assert [s.name for s in p.students] == ["Ines Maria Faria", "Kofi Mensah Owusu", "Lea Brandt"]


def test_service_roles_among_positions_are_service():
    # a role-first service line under a positions heading (its anchor's "research" no papers' section)
    p = _html(CAREER_AND_SUPERVISION, "index.html")
    assert [(s.role, s.venues, s.year) for s in p.service] == [
        ("Associate Editor", ["Journal of Sea Machines"], 2023),
        ("Steering Committee", ["Coastal Robots Workshop"], 2020)]
    assert [(a.role, a.start_year) for a in p.person.affiliations if a.role == "Research Assistant"] == [
        ("Research Assistant", 2018)]
    assert not p.publications
    assert not p.unparsed


CHAIRS_HELD = """<html><body>
<h1>Tomas Berg</h1>
<p>Lecturer in Marine Robotics, Harbour College.</p>
<h2>Positions</h2>
<ul>
<li>Department Chair - Geology, 2015-2018</li>
<li>Chair - Geology Department, 2012-2015</li>
<li>2009-2012, Chair, Department of Geology</li>
<li>Northern Research Chair - Tier 2, 2006-2009</li>
<li>Associate Editor - Journal of Sea Machines, 2023-Present</li>
</ul>
</body></html>
"""


def test_a_chair_held_at_a_department_among_positions_is_no_service():
    # a department's chair, or a chair that is a post, is a position held; an editor's seat at a journal is service
    p = _html(CHAIRS_HELD, "index.html")
    assert [(s.role, s.venues) for s in p.service] == [("Associate Editor", ["Journal of Sea Machines"])]


CODED_COURSES = """<html><body>
<h1>Rosa Linde</h1>
<p>Assistant Professor of Economics, Prairie State University.</p>
<h2>Teaching</h2>
<div class="place">
  <h3>Prairie State University</h3>
  <div class="course">
    <span class="code">ECN 2110</span>
    <span class="name">Markets and Prices</span>
  </div>
  <div class="course">
    <span class="code">ECN 4420</span>
    <span class="name">Labour Economics Workshop</span>
  </div>
</div>
<h2>Education</h2>
<div class="card"><p>
  DS 3310/5310 (Learning from Data) <br>
</p></div>
</body></html>
"""


def test_a_line_opening_with_a_course_code_is_a_course_under_teaching_or_education():
    # a course's code says it is one: no term, role or place needed; under "Education" (a lab's courses) as well
    p = _html(CODED_COURSES, "index.html")
    assert [(t.course, t.institution) for t in p.teaching] == [
        ("ECN 2110 Markets and Prices", "Prairie State University"),
        ("ECN 4420 Labour Economics Workshop", "Prairie State University"),
        ("DS 3310/5310 (Learning from Data)", None)]
    assert not p.person.education
    assert not p.unparsed


EVENTS_UNDER_EDUCATION = """<html><body>
<h1>Rosa Linde</h1>
<p>Assistant Professor of Economics, Prairie State University.</p>
<h2>Education</h2>
<ul>
<li>DS 3310/5310 (Learning from Data)</li>
<li>ICMA 2021 Tutorial on Auction Design</li>
<li>EUI 2018-2020 Visiting Student</li>
</ul>
</body></html>
"""


def test_an_acronym_and_a_year_opening_an_education_line_is_no_course_code():
    # "ICMA 2021 Tutorial ...": the number is the event's year, no course's; the coded course is still one
    p = _html(EVENTS_UNDER_EDUCATION, "index.html")
    assert [t.course for t in p.teaching] == ["DS 3310/5310 (Learning from Data)"]


ALUMNI_YEAR_AND_PLACE = """<html><body>
<h1>Mara Quist</h1>
<p>Group Leader, Riverside Institute of Cell Biology.</p>
<h2>Alumni</h2>
<ul>
<li>Tove Lindqvist</li>
<li>PhD · 2021 Google Brain</li>
<li>Master thesis: 2020 Coral Reef Mapping</li>
</ul>
</body></html>
"""


def test_a_label_a_year_and_a_place_or_a_title_written_apart_is_no_student():
    # "PhD · 2021 Google Brain" (where the alumnus went), "Master thesis: 2020 <title>": no student's name
    # after the year
    p = _html(ALUMNI_YEAR_AND_PLACE, "people.html")
    assert [s.name for s in p.students] == ["Tove Lindqvist"]


MEMBER_CARDS = """<html><body>
<h1>Olga Brandvik</h1>
<p>Associate Professor of Neural Computing, Fjord University.</p>
<h2>Current Members:</h2>
<div class="card"><img src="p/a.jpg" alt="">
<p>
<a href="https://www.linkedin.com/in/pia-holm-77" aria-label="LinkedIn">
  <i class="fab fa-linkedin"></i>
</a>
Pia Holm (FA22-)
<br>
<a href="https://scholar.google.com/citations?user=AbCdEfGhIjKL" aria-label="Scholar">
  <i class="ai ai-google-scholar"></i>
</a>
Ph.D. Candidate in Biology</p>
</div>
<div class="card"><img src="p/b.jpg" alt="">
<p>
Jon Vik (S24)
<br>
M.Sc. Student in Physics</p>
</div>
</body></html>
"""


def test_a_member_card_reads_the_role_line_under_a_dated_name_and_the_profile_icons():
    # "Pia Holm (FA22-)" (when she joined) over "Ph.D. Candidate in ...": the role is hers; the icons her profiles
    p = _html(MEMBER_CARDS, "people.html")
    assert [(s.name, s.role, s.identifiers) for s in p.students] == [
        ("Pia Holm", "PhD student", {"linkedin": "pia-holm-77", "google_scholar": "AbCdEfGhIjKL"}),
        ("Jon Vik", "master student", {})]
    assert not [u for u in p.unparsed if u.section == "students"]


CARDS_WITH_THE_LABS_ICONS = """<html><body>
<h1>Olga Brandvik</h1>
<p>Associate Professor of Neural Computing, Fjord University.
<a href="https://scholar.google.com/citations?user=OlgaBrandvik">Google Scholar</a></p>
<h2>Current Members:</h2>
<div class="card"><p>
<a href="https://github.com/fjord-neuro-lab" aria-label="GitHub">
  <i class="fab fa-github"></i>
</a>
Pia Holm (FA22-)
<br>
<a href="https://scholar.google.com/citations?user=OlgaBrandvik" aria-label="Scholar">
  <i class="ai ai-google-scholar"></i>
</a>
Ph.D. Candidate in Biology</p>
</div>
<div class="card"><p>
<a href="https://github.com/fjord-neuro-lab" aria-label="GitHub">
  <i class="fab fa-github"></i>
</a>
Jon Vik (S24)
<br>
<a href="https://www.linkedin.com/in/jon-vik-12" aria-label="LinkedIn">
  <i class="fab fa-linkedin"></i>
</a>
M.Sc. Student in Physics</p>
</div>
</body></html>
"""


def test_a_member_cards_icons_linking_the_head_or_the_lab_are_no_members_profiles():
    # the head's Scholar profile on a card ("with <icon>"), the lab's GitHub on every card: nobody's but theirs
    p = _html(CARDS_WITH_THE_LABS_ICONS, "people.html")
    assert [(s.name, s.identifiers) for s in p.students] == [
        ("Pia Holm", {}), ("Jon Vik", {"linkedin": "jon-vik-12"})]
    assert p.person.identifiers.get("google_scholar") == "OlgaBrandvik"


ALUMNI_CARDS = """<html><body>
<h1>Mara Quist</h1>
<p>Group Leader, Riverside Institute of Cell Biology.</p>
<h2>Alumni</h2>
<div class="grid">
  <div class="card"><span>PhD thesis · 2023</span><strong>Tove Lindqvist</strong></div>
  <div class="card"><span>Master thesis · 2022</span><strong>Arjun Mehta</strong></div>
</div>
</body></html>
"""


def test_a_card_labelled_with_a_degree_and_year_over_a_name_is_that_student():
    # "PhD thesis · 2023" then the name in bold, the two run together: the student is the name, the label their degree
    p = _html(ALUMNI_CARDS, "index.html")
    assert [s.name for s in p.students] == ["Tove Lindqvist", "Arjun Mehta"]
    assert not [u for u in p.unparsed if u.section == "students"]


RESEARCH_FIELDS = """<html><body>
<h1>Cato Ferreira</h1>
<p>Assistant Professor of Economics, Mesa College.</p>
<h3>Research Fields</h3>
<ul>
  <li>Labour Economics</li>
  <li>Economics of Sport</li>
</ul>
</body></html>
"""


def test_a_research_fields_heading_heads_the_owners_interests():
    p = _html(RESEARCH_FIELDS, "index.html")
    assert p.person.interests == ["Labour Economics", "Economics of Sport"]
    assert not p.unparsed
