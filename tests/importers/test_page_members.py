"""Who a lab's people page lists as the owner's students: its groups by their labels (synthetic pages, invented
names)."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _html(text: str):
    return parse_html(SourceDoc(Path("people.html"), text), ImportOptions())


PEOPLE = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>People</h2>
<p><b>Graduate Students</b></p>
<p>Ilse Brandt</p>
<p>Tomas Okoro</p>
<p><span><strong></strong></span><strong>Postdoc Fellows (at Northshore University, Canada):</strong></p>
<p>Dr. Mirela Costa (2012 - 2014): now Research Scientist at a national lab</p>
<p>Dr. Kwame Mensah (2014 - 2016): now Lecturer at Hill College</p>
<p><strong>Former PhD students (at Northshore University):</strong></p>
<p>Ms. Hana Sato (PhD student, 2011 - 2015)<br>Thesis: Sediments of cold lakes</p>
<p>Mr. Luis Ortega (2012 - 2016)<br>Thesis: Dating moraines</p>
<p><strong>Project Officers / Research Associates (at Northshore University):</strong></p>
<p>Ms. Priya Nair (2013 - 2015)</p>
</body></html>
"""


def test_a_bold_label_over_postdocs_or_staff_ends_the_students_their_own_label_over_students_resumes_them():
    students = _html(PEOPLE).students
    assert [s.name for s in students] == ["Ilse Brandt", "Tomas Okoro", "Hana Sato", "Luis Ortega"]
    assert [s.role for s in students[2:]] == ["PhD student", "PhD student"]


CARDS = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Current Members</h2>
<h3><img src="a.png">Ilse Brandt</h3>
<p>PhD candidate</p>
<p>Sediment cores of alpine lakes</p>
<h2>Past Members</h2>
<h3><img src="b.png">Tomas Okoro</h3>
<p>BSc honours thesis 2022</p>
<p>Frost heave in gravel</p>
<h3><img src="c.png">Hana Sato</h3>
<p>MA 2018 (applied math)</p>
<p>A model of glacier retreat</p>
<h3><img src="d.png"><a href="https://example.org/m">Mirela Costa</a></h3>
<p>Postdoctoral Fellow 2010-2012</p>
<p>Currently: Director, a research reserve, Northshore, Canada</p>
<h3><img src="e.png">Luis Ortega</h3>
<p>Undergraduate Technician 2013</p>
<p>Scanning of rock samples.</p>
</body></html>
"""


def test_member_cards_say_their_degree_and_postdocs_and_technicians_are_no_students():
    students = _html(CARDS).students
    assert [(s.name, s.role) for s in students] == [
        ("Ilse Brandt", "PhD student"), ("Tomas Okoro", "undergraduate"), ("Hana Sato", "master student")]


def test_a_prospective_students_section_names_programs_not_students():
    from kg.importers.page.parse import parse_markdown_page

    page = ("# Rowan Ashby\n\nProfessor of Geology at Lakeside University.\n\n## Prospective PhD students\n\n"
            "I advise students in these programs:\n\n- [Earth Sciences](https://example.edu/es) (ES)\n"
            "- [Public Policy](https://example.edu/pp) (PP)\n\n## Students\n\n- Ilse Brandt (PhD student)\n")
    students = parse_markdown_page(SourceDoc(Path("index.md"), page), ImportOptions()).students
    assert [s.name for s in students] == ["Ilse Brandt"]


def test_the_address_under_an_openings_notice_is_still_the_owners():
    page = ("<html><body><h1>Rowan Ashby</h1><div><font size='4'><br><br><b>Open positions for PhDs and Postdocs</b>"
            "</font><font size='3'><br>Email <a href='mailto:rowan@example.edu'>rowan@example.edu</a>"
            "<br><br><a href='https://example.edu/geo'>Department of Geology</a><br>Lakeside University"
            "<br>12 Shore Road</font></div></body></html>")
    person = _html(page).person
    assert "Lakeside University" in [a.name for a in person.affiliations]
    assert person.job_title is None


COLUMNS = """<html><head><title>People | Lind Lab</title></head><body>
<div class="top"><h1>People</h1>
<div id="a"><p><u>Principal Investigator</u></p>
<br><strong>Jo Lind </strong>
<p><img src="jo.png"><br><a href="mailto:jo@example.edu">jo(at)example(dot)edu</a></p></div>
<div id="b"><p><u>Postdocs</u></p>
<p><strong>Mira Castell</strong></p><p><img src="m.png"><br>mira(at)example(dot)edu</p></div>
<div id="c"><p><u>Technicians</u></p><br><strong>Pia Holm</strong><p><img src="p.png"></p></div>
<div id="d"><p><u>PhD Students</u></p><br><strong>Rafe Dunmore</strong>
<p><a href="https://rafe.example.org/"><img src="r.png"></a><br>rafe(at)example(dot)edu</p></div>
<div id="e"><p><u>Master Students</u></p><br><strong>Edda Vinter</strong>
<p><img src="e.png"><br>edda(at)example(dot)edu</p></div>
</div></body></html>
"""


def test_a_column_of_members_under_a_students_label_is_a_group_not_one_card():
    students = parse_html(SourceDoc(Path("people.html"), COLUMNS), ImportOptions(owner="Jo Lind")).students
    assert [(s.name, s.role) for s in students] == [("Rafe Dunmore", "PhD student"), ("Edda Vinter", "master student")]


CARDS_IN_TWO_SCRIPTS = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Students</h2>
<div class="block"><div class="l"><img src="ilse.png"></div>
<div class="r">Ilse Brandt<br>白依思<br>Email: ib@lakeside.example.edu</div></div>
<div class="block"><div class="l"><img src="tomas.png"></div>
<div class="r">Tomas Okoro<br>王托馬<br>Email: to@lakeside.example.edu</div></div>
<h2>Former Students</h2>
<div class="former"><div class="l"><img src="hana.png"></div>
<div class="r2">Hana Sato<br>佐藤花<br>(M.S., 2019)<br>Thesis Title :<br>Dating Moraines by Their Lichens and
the Rate of<br>Boulder Weathering<br>以地衣測定冰磧年代之研究</div></div>
<div class="former"><div class="l"><img src="luis.png"></div>
<div class="r2">Luis Ortega<br>歐路易<br>(Ph.D., 2020)<br>Thesis Title :<br>Sediment Cores<br>沉積岩心分析</div></div>
</body></html>
"""


def test_member_cards_with_a_name_in_chinese_and_a_thesis_under_its_label():
    """"Ilse Brandt<br>白依思<br>Email: ...": the name above in Chinese, no second student; "Thesis Title :<br>" over
    the thesis, its title broken over lines (one ending on "of", one that reads as a name) and in Chinese: the
    student's thesis, no more students."""
    students = _html(CARDS_IN_TWO_SCRIPTS).students
    assert [s.name for s in students] == ["Ilse Brandt", "Tomas Okoro", "Hana Sato", "Luis Ortega"]


def test_a_picture_named_for_a_section_ends_the_students_of_a_people_page():
    """people.html whose group titles are pictures ("graduatestudents.png" names no section, "collaborators.png"
    does): the page's students up to the picture of collaborators, the colleagues after it no students."""
    text = """<html><body><div class="main">
<img class="clear" src="img/graduatestudents.png">
<div class="block"><div class="r">Ilse Brandt<br>Email: ib@lakeside.example.edu</div></div>
<div class="block"><div class="r">Tomas Okoro<br>Email: to@lakeside.example.edu</div></div>
<img class="clear" src="img/collaborators.png">
<div class="col">Rowan Ashby (Hill University, Canada)<br>Mirela Costa (Northshore Institute, Norway)<br></div>
</div></body></html>"""
    students = parse_html(SourceDoc(Path("people.html"), text), ImportOptions(owner="Kim Lund")).students
    assert [s.name for s in students] == ["Ilse Brandt", "Tomas Okoro"]


GLUED = """<html><body>
<h1>Mira Solberg</h1>
<h2>Members</h2>
<h3>Part-time Students</h3>
<div class="grid">
  <div class="card"><div class="member-name">Doyun Kwak (곽도윤)</div><div class="member-role">Research Associate</div></div>
  <div class="card"><div class="member-name">SeoYeonHan (한서연)</div><div class="member-role">Research Associate</div></div>
  <div class="card"><div class="member-name">GitLab (깃랩 계정)</div><div class="member-role">Our code</div></div>
</div>
</body></html>
"""


def test_a_name_written_without_spaces_beside_its_hangul_twin_is_a_student():
    # "SeoYeonHan (한서연)": capitalised parts glued together, the same name in Hangul in brackets after it, is a
    # person's name as the page writes it; a glued word whose bracket holds no name ("GitLab (깃랩 계정)") is none
    names = [s.name for s in _html(GLUED).students]
    assert names == ["Doyun Kwak", "SeoYeonHan"]
