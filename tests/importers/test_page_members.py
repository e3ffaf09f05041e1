"""Who a lab's people page lists as the owner's students: its groups by their labels (synthetic pages, invented
names)."""

from pathlib import Path

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html

from .sitefiles import imported_site, write_site, write_site as _write


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


DATED_STUDENT_HEADINGS = """# Wren Castell

I am a research scientist in chemistry.

## Publications

1. Wren Castell, Ada Polk. A study of small salts. *Journal of Salts*, 2020.

## Student supervision

### 2021: Ph.D. student — Tomas Reyna

<div class="entry-meta" markdown>Lakeside Institute | 4 months</div>

### 2018: Master student, summer program — Ilse Varga

<div class="entry-meta" markdown>Hill University | 3 months</div>
"""


def test_dated_student_headings_name_the_student_last(tmp_path):
    # "### 2018: Master student — Ilse Varga" under "Student supervision": one student per heading, the year
    # and role first and the name after the dash
    site = _write(tmp_path, {"index.md": DATED_STUDENT_HEADINGS})
    students = {s.name: s.role for s in import_path(site / "index.md").profile.students}
    assert set(students) == {"Tomas Reyna", "Ilse Varga"}
    assert students["Ilse Varga"] == "master student"


DATED_GROUP_HEADING = """# Wren Castell

## Publications

1. Wren Castell, Ada Polk. A study of small salts. *Journal of Salts*, 2020.

## Students

### 2019-2023: PhD students

- Tomas Reyna (PhD, 2023)
- Ilse Varga (PhD, 2022)
"""


def test_a_dated_group_heading_over_students_stays_a_heading(tmp_path):
    site = _write(tmp_path, {"index.md": DATED_GROUP_HEADING})
    names = {s.name for s in import_path(site / "index.md").profile.students}
    assert names == {"Tomas Reyna", "Ilse Varga"}


def test_the_research_interests_line_of_a_members_card_names_no_students(tmp_path):
    # a people page of member cards (name, e-mail, interests, each a classed line); the interests are capitalised
    # topics a comma apart, which read like names, but the line's class says what they are
    card = ('<div class="member">\n  <img src="{img}.png">\n  <div class="member-name">{name}</div>\n'
            '  <div class="affiliation">Hill University</div>\n'
            '  <div class="member-email">{img}@hill.example.edu</div>\n'
            '  <div class="research-interests">{topics}</div>\n</div>\n')
    head, *others = [card.format(img=i, name=n, topics=t) for i, n, t in [
        ("jo", "Jo Roe", "Tide Models, Coastal Flooding, Salt Marshes"),
        ("ann", "Ann Lee", "Wave Breaking, Storm Surges, Beach Erosion"),
        ("ben", "Ben Moss", "River Plumes, Sediment Transport, Remote Sensing")]]
    cards = head + '<div class="others">\n' + "".join(others) + "</div>\n"
    page = tmp_path / "people.html"
    page.write_text(f"<html><head><title>Our Group</title></head><body>\n<div class='team'>\n{cards}</div>\n</body></html>",
                    encoding="utf-8")
    profile = import_path(page, owner="Jo Roe").profile
    assert [s.name for s in profile.students] == ["Ann Lee", "Ben Moss"]


def test_a_quarto_people_page_of_html_cards_with_markdown_inside(tmp_path):
    # Pandoc (Quarto) reads the lines inside an HTML block as markdown: each card is a name, a role line, a link
    # line and a co-supervisor line; a member whose role is no student's is passed over
    from tests.importers.sitefiles import write_site

    def card(name: str, role: str, extra: str = "<i></i>") -> str:
        return (f'<div class="person">\n<img src="https://example.org/{name[:2]}.png" alt="x" style="width: 90px"/>  \n'
                f'<p style="text-align:center">\n<big style="font-weight: bold">{name}</big>  \n{role}  \n'
                f"[https://github.com/{name.split()[0].lower()}](https://github.com/{name.split()[0].lower()})  \n"
                f"{extra}\n</p>\n</div>\n\n")

    root = write_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  navbar:\n    left:\n      - href: index.qmd\n"
                       "        text: Home\n      - href: people.qmd\n        text: People\n",
        "index.qmd": "---\ntitle: \"Tomas Vik\"\n---\n\nI am an Associate Professor of Statistics at Lakeside University.\n",
        "people.qmd": ("---\ntitle: \"People\"\n---\n\n## Team\n\n<style>\n.person {\n  text-align: center;\n}\n</style>\n\n"
                       '<div class="team">\n' + card("Ana Ruiz", "Honours Student", "<i>Co-supervisor Jo Park</i>")
                       + card("Ben Oduya", "PhD Student") + card("Cai Lund", "Software Engineer")
                       + card("Dora Spek", "Research Assistant") + card("Eli Moss", "Masters of Data Science")
                       + "</div>\n"),
    })
    prof = _import(root)
    assert [(s.name, s.role) for s in prof.students] == [
        ("Ana Ruiz", "undergraduate"), ("Ben Oduya", "PhD student"), ("Eli Moss", "master student")]


def test_an_al_folio_students_page_of_sample_cards_and_an_about_me_page(tmp_path):
    # the students page holds only the template's sample cards ("Student Name", "Research Area"); the "about me"
    # page beside the home page says where the owner studied
    from tests.importers.sitefiles import write_site

    sample = ('<div class="student-card">\n  <div class="student-name">{n}</div>\n'
              '  <div class="student-info">{r}</div>\n  <div class="student-info">{a}</div>\n'
              '  <div class="student-links"><a href="#">Website</a></div>\n</div>\n')
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Nora\nlast_name: Falk\ntitle: blank\n",
        "_pages/about.md": "---\nlayout: about\ntitle: about\npermalink: /\n---\n\nI am a professor of phonology.\n",
        "_pages/aboutme.md": ("---\nlayout: page\ntitle: about me\npermalink: /aboutme/\nnav: true\n---\n\nI studied "
                              "linguistics at the University of Iowa and UC Davis, and I grew up in Maine.\n"),
        "_pages/students.md": ("---\nlayout: page\ntitle: students\npermalink: /students/\nnav: true\n---\n\n"
                               '<div class="students">\n  <h2>PhD Students</h2>\n'
                               + sample.format(n="Student Name", r="PhD Candidate", a="Research Area")
                               + "  <h2>Former Students</h2>\n"
                               + sample.format(n="Former Student Name", r="PhD, Year", a="Current Position")
                               + "</div>\n"),
    })
    prof = _import(root)
    assert prof.students == []
    assert [e.institution for e in prof.person.education] == ["University of Iowa", "UC Davis"]


def _import(root: Path):
    return import_path(root).profile


def test_a_people_pages_group_buttons_are_no_position(tmp_path):
    # the filter buttons over a lab's member cards ("Academic Staff", "Master Students"): labels of groups; the
    # head's card says the position ("Associate Professor | room")
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Quill Group</title></head><body><ul class='filter-controls'>"
        "<li data-filter='all'>All</li><li data-filter='academic-staff'>Academic Staff</li>"
        "<li data-filter='master-students'>Master Students</li></ul><div class='row'>"
        "<div class='card'><img src='a.jpg' alt='academic-staff'><div class='card-body'><a href='staff.html'>"
        "<h4 class='card-title'>Mara Quill</h4></a><p>Associate Professor | 411 Fenwick Building</p></div></div>"
        "<div class='card'><img src='b.jpg' alt='master-students'><div class='card-body'><a href='b.html'>"
        "<h4 class='card-title'>Otto Brenn</h4></a><p>Master Student | 401 Fenwick Building</p></div></div>"
        "</div></body></html>\n")
    assert import_path(page, owner="Mara Quill").profile.person.job_title == "Associate Professor"


def test_a_members_page_of_cards_lists_its_students_not_its_group_buttons(tmp_path):
    # "members.html" with no heading over its cards: the page's name says its items are the lab's people; the cards
    # whose role line says student are students, the filter buttons ("Academic Staff", "Former Visitors") nobody
    page = tmp_path / "members.html"
    page.write_text(
        "<html><head><title>Members</title></head><body><ul class='filter-controls'>"
        "<li data-filter='all'>All</li><li data-filter='academic-staff'>Academic Staff</li>"
        "<li data-filter='master-students'>Master Students</li><li data-filter='former-visitors'>Former Visitors</li>"
        "</ul><div class='row'>"
        "<div class='card'><img src='a.jpg' alt='academic-staff'><div class='card-body'><a href='staff.html'>"
        "<h4 class='card-title'>Mara Quill</h4></a><p>Associate Professor | 411 Fenwick Building</p></div></div>"
        "<div class='card'><img src='b.jpg' alt='master-students'><div class='card-body'><a href='b.html'>"
        "<h4 class='card-title'>Otto Brenn</h4></a><p>Master Student | 401 Fenwick Building</p></div></div>"
        "<div class='card'><img src='c.jpg' alt='master-students'><div class='card-body'><a href='c.html'>"
        "<h4 class='card-title'>Ida Lorn</h4></a><p>Master Student | 401 Fenwick Building</p></div></div>"
        "</div></body></html>\n")
    students = import_path(page, owner="Mara Quill").profile.students
    assert [s.name for s in students] == ["Otto Brenn", "Ida Lorn"]


def test_the_owners_card_on_a_members_page_gives_their_profiles(tmp_path):
    # the head's card among the member cards: the icons of its profile links (each an item of its own) are the
    # owner's; a student's card with empty links gives nothing
    def card(name: str, role: str, scholar: str) -> str:
        return (f"<div class='card'><div class='card-body'><a href='x.html'><h4 class='card-title'>{name}</h4></a>"
                f"<p>{role} | 401 Fenwick Building</p><ul class='list-inline'>"
                f"<li class='list-inline-item'><a href='{scholar}'><i class='ai ai-google-scholar'></i></a></li>"
                f"<li class='list-inline-item'><a href=''><i class='ai ai-orcid'></i></a></li></ul></div></div>\n")

    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Quill Group</title></head><body><h1>Welcome to the Quill Group!</h1>"
                      "<p>We study widgets. <a href='members.html'>Members</a></p></body></html>\n",
        "members.html": "<html><head><title>Members</title></head><body><div class='row'>\n"
                        + card("Mara Quill", "Associate Professor",
                               "https://scholar.google.com/citations?user=AbCdEfGhIjkL")
                        + card("Otto Brenn", "Master Student", "") + "</div></body></html>\n",
    })
    profile = import_path(root, owner="Mara Quill").profile
    assert profile.person.identifiers == {"google_scholar": "AbCdEfGhIjkL"}
    assert [s.name for s in profile.students] == ["Otto Brenn"]


_STUDENTS = """<html><head><title>Students</title></head><body>
<h1>Students</h1>
<h2><b>B.Tech projects</b> (Completed)</h2>
<ul>
<li><p>Ravi Menon - Scheduling of sensor radios</p></li>
<li><p>Anjali - Fading channel estimates</p></li>
<li><p>Tomas Kurian (co-guide) - Queue models</p></li>
<li><p>Devi, Lakshmi, Sona - Routing in delay tolerant networks</p></li>
</ul>
<h2><b>Ph.D</b> (On-going)</h2>
<ul>
<li><p>Tomas Kurian (ISRO sponsored)</p></li>
<li><p>Sherin (RapidMAC project)</p></li>
<li><p>_Meera Pillai (main guide is Dr. Rao)_</p></li>
</ul>
</body></html>
"""


def test_students_known_by_one_name_sharing_a_project_or_listed_twice(tmp_path):
    # "Anjali - topic", "Sherin (project)": one name, set off by its dash or remark; "Devi, Lakshmi, Sona - topic":
    # three students of one project; "_Name (remark)_": italics left as typed; the same name under two headings is
    # one student
    (tmp_path / "index.html").write_text("<html><head><title>Hari Nair</title></head><body><h1>Hari Nair</h1>"
                                         "<p>I study wireless networks.</p></body></html>", encoding="utf-8")
    (tmp_path / "students.html").write_text(_STUDENTS, encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [s.name for s in p.students] == ["Ravi Menon", "Anjali", "Tomas Kurian", "Devi", "Lakshmi", "Sona",
                                            "Sherin", "Meera Pillai"]


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


_AP_HOME = {"_config.yml": "title: Oren Vale\nauthor:\n  name: Oren Vale\n",
            "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI grow crystals at Northfield University.\n"}


def test_a_member_cards_line_with_a_bracketed_remark_still_reads_as_the_students_role(tmp_path):
    """A card '<h5>Tomas Reyes</h5> Ph.D. in Physics at NU, in progress (co-advised with <a>Yu Chen</a>)': the
    bracketed remark does not make the role line a sentence, so the card is a student's as its neighbour without
    one is. Before, the line was too long to be a role line and the student was missed."""
    card = ("<tr>\n<td width=\"20%\">\n<img src=\"/img/{0}.jpg\">\n</td>\n<td width=\"70%\">\n"
            "<h5><a href=\"https://{0}.example.org/\"><b>{1}</b></a></h5>\n{2}\n</td>\n</tr>\n")
    rows = card.format("m", "Mira Solberg", "Ph.D. in Physics at NU, in progress") + card.format(
        "t", "Tomas Reyes", "Ph.D. in Physics at NU, in progress (co-advised with <a href=\"https://c.example.org/\">"
        "Yu Chen</a>)")
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/group.md": (
        "---\ntitle: advising\npermalink: /group/\n---\n\n<h3>current</h3>\n\n<table>\n" + rows + "</table>\n")})
    assert [s.name for s in p.students] == ["Mira Solberg", "Tomas Reyes"]


def test_supervised_theses_under_degree_groups_are_students_written_family_name_first(tmp_path):
    """"Supervision of theses" > "Master theses" > "Completed": the students whose theses the owner supervised,
    each "Family, Given: thesis title" (or a comma after the given name), none of them the owner's works."""
    page = ("<html><body><h1>Ida Lund</h1><p>I am an assistant professor of logistics at Harbour University.</p>"
            "<h3>Publications</h3><ul><li>Lund, I., Ek, T. (2020) Routing forklifts in small depots. "
            "Journal of Depot Studies, 4, 1-9.</li></ul>"
            "<h3>Supervision of theses</h3><h4>Master theses</h4><h5>Ongoing</h5><ul>"
            "<li>Moreau, Claire: Scheduling night shifts in a bakery</li><li>Okafor, Chidi: tbd</li></ul>"
            "<h5>Completed</h5><ul>"
            "<li>van Dijk, Sanne: Packing parcels by weight. (Defended, June 2019)</li>"
            "<li>Berg, Tove, Queues at a ferry terminal. (Defended, June 2018)</li></ul>"
            "</body></html>")
    profile = imported_site(tmp_path / "site", {"index.html": page})
    assert [p.title for p in profile.publications] == ["Routing forklifts in small depots"]
    assert [s.name for s in profile.students] == ["Claire Moreau", "Chidi Okafor", "Sanne van Dijk", "Tove Berg"]



def test_supervised_and_advised_theses_written_title_first_then_the_student(tmp_path):
    """"Advised MSc Dissertations" is a list of students as "Supervised ..." is; each item the thesis's title (its
    own commas too), then the student's initial and family name, then maybe "Ongoing"."""
    page = ("# Ida Lund\n\nI teach exercise science at Harbour University.\n\n# Supervised & Advised Dissertations\n\n"
            "## Supervised PhD Dissertations\n\n"
            "- Effects of Hill Walking on Balance, Gait, and Fear of Falling in Older Women, A Rostami, Ongoing.\n\n"
            "- Prevalence, Causes, and Costs of Knee Injuries among Young Rowers, Sh Karimi-Nia.\n\n"
            "## Advised MSc Dissertations\n\n"
            "- Relationship Between Phone Use and Neck Posture in School Children, B Al-Tamimi.\n")
    profile = imported_site(tmp_path / "site", {"index.md": page})
    assert [(s.name, s.role) for s in profile.students] == [
        ("A Rostami", "PhD student"), ("Sh Karimi-Nia", "PhD student"), ("B Al-Tamimi", "master student")]
    assert profile.publications == []


PROSE_PEOPLE = """<html><body>
<h1 class="title">People</h1>
<h2>The Chief</h2>
<p><strong>Rowan Ashby</strong>: I study glaciers and the rocks they leave behind, mostly in the far north.</p>
<h1>Current Graduate Students</h1>
<p><strong>Ilse Brandt</strong> is a third year PhD student in the Department of Earth Sciences. Ilse maps old
moraines with drones and counts the boulders on them.</p>
<p><strong>Tomas Okoro</strong> is a first year PhD Candidate in the Department of Geography, coadvised with Mei Lin.
Tomas is interested in lake sediments.</p>
<h1>Lab Alums</h1>
<p><a href="https://x.example/kw"><strong>Dr. Kwame Mensah</strong></a> (Sea Ice Post-Doctoral Fellow 2018-2020): Kwame
is now a lecturer at Hill College.</p>
<p><a href="https://x.example/hs"><strong>Dr. Hana Sato</strong></a> (PhD 2022 Geology): Hana is now a postdoctoral
associate at the Coast Institute.</p>
</body></html>
"""


def test_prose_paragraphs_opening_with_a_bold_name_are_students_and_a_postdoc_alumnus_is_not(tmp_path):
    """"**Ilse Brandt** is a third year PhD student ...": a paragraph about one student, its bold name theirs;
    "Lab Alums" lists former members; "(Post-Doctoral Fellow 2018-2020)" after a name says the member was no
    student, "(PhD 2022 Geology)" that she was one (now a postdoc elsewhere: an alumna); the owner's own
    paragraph opening the page is no student's."""
    page = tmp_path / "people.html"
    page.write_text(PROSE_PEOPLE, encoding="utf-8")
    students = import_path(page, owner="Rowan Ashby").profile.students
    assert [(s.name, s.role) for s in students] == [
        ("Ilse Brandt", "PhD student"), ("Tomas Okoro", "PhD student"), ("Hana Sato", "alumnus")]


def test_a_student_sharing_the_owners_family_name_and_initial_is_still_a_student(tmp_path):
    """The owner's own paragraph is no student's, but "the same family name and given initial" is not the owner:
    "**Rosa Ashby** is a PhD student" on Rowan Ashby's people page is a student (before, she was dropped)."""
    page = tmp_path / "people.html"
    page.write_text(PROSE_PEOPLE.replace("Tomas Okoro", "Rosa Ashby").replace("Tomas is", "Rosa is"), encoding="utf-8")
    students = import_path(page, owner="Rowan Ashby").profile.students
    assert [s.name for s in students] == ["Ilse Brandt", "Rosa Ashby", "Hana Sato"]


def test_an_alumnus_line_saying_where_they_now_work_and_their_undergraduate_thesis_is_theirs():
    """Under "Alumni", the lines of one former student below their name: "Undergrad thesis: ..." is their thesis
    (as "Thesis: ..." is), "Now Data Analyst at Birch Works." says where they went (their institution, as "now at
    X" does); neither is left unparsed, nor read as another student."""
    text = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Alumni</h2>
<p><strong>Ilse Brandt</strong>, MS 2021 (Joint with Per Lund)<br />
  Now Data Analyst at Birch Works.</p>
<p><strong>Tomas Okoro</strong>, BS 2020<br />
  Undergrad thesis: <em>Sediments of cold lakes</em><br />
  Now PhD Student in Geology at Hill State University</p>
</body></html>
"""
    p = _html(text)
    assert [(s.name, s.role, s.institution) for s in p.students] == [
        ("Ilse Brandt", "alumnus", "Birch Works"), ("Tomas Okoro", "alumnus", "Hill State University")]
    assert [u.text for u in p.unparsed] == []


def test_member_cards_opening_with_the_year_they_joined_under_a_singular_heading(tmp_path):
    # AcadHomepage's gallery: "## Master's degree student" (the role in the singular, as the plural names the
    # section) over cards of a year, a photo and a name (linked or not); the year is no part of the name
    page = tmp_path / "about.md"
    page.write_text(
        "# Ada Quill\n\n## About\n\nI am a lecturer at Lowmoor University.\n\n## Master's degree student\n\n"
        '<div class="gallery">\n\n  <div class="student">\n    <div class="student-year">2024</div>\n'
        '    <img src="images/a.jpg" alt="Bo Lind">\n    <p>\n      <a href="https://github.com/x/bo">\n'
        "        Bo Lind\n      </a>\n    </p>\n  </div>\n\n"
        '  <div class="student">\n    <div class="student-year">2025</div>\n'
        '    <img src="images/b.jpg" alt="Cy Moss">\n    <p>\n      <span class="student-name">Cy Moss</span>\n'
        "    </p>\n  </div>\n\n</div>\n", encoding="utf-8")
    profile = import_path(page).profile
    assert [(s.name, s.role, s.url) for s in profile.students] == [
        ("Bo Lind", "master student", "https://github.com/x/bo"), ("Cy Moss", "master student", None)]
    # at the page's top, before its sections, a role in the singular is the owner's own post
    page.write_text("# Ada Quill\n\n## Ph.D. Student\n\nLowmoor University\n\n## Publications\n\n"
                    "- Ada Quill, Bo Lind. Tides over shelves. *Ocean Letters*, 2024.\n", encoding="utf-8")
    profile = import_path(page).profile
    assert profile.students == [] and profile.person.job_title == "Ph.D. Student"


def test_a_group_heading_naming_the_lab_head_or_members_who_are_no_students_lists_no_students():
    """A people page's groups (under "People"): "PI: <owner>" over the owner's card (a photo, "Professor, doctoral
    supervisor", an e-mail) is the owner, read for them; "Postdoctoral Researchers", "Staff" and "Visiting intern students" are
    members who are none of the owner's students; the student groups around them stay students."""
    text = """<html><body>
<h1>Orla Finch</h1>
<h2>People</h2>
<h3>PI: Orla Finch</h3>
<table class="imgtable"><tr><td><img src="p.png" /></td>
<td><p>Orla Finch<br /> Professor, doctoral supervisor<br /> E-mail: orla@lakeside.edu<br /></p></td></tr></table>
<h3>Postdoctoral Researchers</h3>
<table class="imgtable"><tr><td><img src="a.png" /></td><td><p>Mirela Costa<br /></p></td></tr></table>
<h3>Ph.D. Students</h3>
<table class="imgtable"><tr><td><img src="b.png" /></td><td><p>Ilse Brandt<br /></p></td></tr></table>
<h3>Staff</h3>
<p>Kwame Mensah</p>
<h3>Visiting intern students</h3>
<ul><li>Priya Nair, M.Sc., Summer 2023</li></ul>
<h3>Master Students</h3>
<ul><li>Tomas Okoro, M.Sc., 2022 - current</li></ul>
</body></html>
"""
    p = _html(text)
    assert [(s.name, s.role) for s in p.students] == [("Ilse Brandt", "PhD student"), ("Tomas Okoro", "master student")]
    assert p.person.name == "Orla Finch" and p.person.email == "orla@lakeside.edu"  # the PI's card read for the owner
    # (the PI's card and the guests are read; "Postdoctoral Researchers" and "Staff" open sections of their own: no
    # students, their lines reported)
    assert not any(x in u.text for u in p.unparsed for x in ("p.png", "Orla", "Priya"))
    assert sum(x in u.text for u in p.unparsed for x in ("Mirela", "Kwame")) == 2


def test_a_card_cell_whose_first_line_is_the_name_keeps_the_lines_below_out_of_the_name():
    """"<td><p>Ana Ruiz<br>Master, 2023, co-advised with ...<br>Thesis: ...</p></td>" under "Alumni": the cell's
    first line is the whole name (the degree on the next line is no part of it), the student a former one; a
    name written with the name its bearer goes by in brackets ("Hana (Hani) Sato") is the given and family name."""
    text = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Alumni</h2>
<table class="imgtable"><tr><td><img src="a.png" /></td>
<td><p>Ilse Brandt<br />
Master, 2023, co-advised with Prof. Per Lund<br />
Thesis: Sediments of cold lakes<br />
</p></td></tr></table>
<table class="imgtable"><tr><td><img src="b.png" /></td>
<td><p>Hana (Hani) Sato<br />
Master, 2022<br />
</p></td></tr></table>
</body></html>
"""
    p = _html(text)
    assert [(s.name, s.role) for s in p.students] == [("Ilse Brandt", "alumnus"), ("Hana Sato", "alumnus")]


def test_a_role_after_the_name_that_is_no_students_and_the_groups_labels_name_no_students():
    """"Current Researchers" / "Past Researchers" over lists of "Name, PhD" and "Name, MASc" items: the labels
    name no one, "Name, Post Doc" is a postdoc (no student), MASc a master's degree."""
    text = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Students</h2>
<span>Current Researchers</span>
<ul><li>Ilse Brandt, MASc</li><li>Tomas Okoro, PhD</li></ul>
<span>Past Researchers</span>
<ul><li>Mirela Costa, Post Doc</li><li>Luis Ortega, PhD (co-supervised with P. Lund)</li></ul>
</body></html>
"""
    p = _html(text)
    assert [(s.name, s.role) for s in p.students] == [
        ("Ilse Brandt", "master student"), ("Tomas Okoro", "PhD student"), ("Luis Ortega", "PhD student")]


def test_a_current_heading_on_a_group_page_opens_its_members(tmp_path):
    """group.html: "Current" then "Alumni" over table rows of a bold name, its role and a line of work: the rows whose
    role is a student's are students (the director, a co-PI, an engineer and a postdoctoral associate are not)."""
    rows = "".join(f'<tr><td><img src="x.png"></td><td><span><b> {n} </b></span> <br>\n{r}\n<p> Works on tides. </p>'
                   f"</td></tr>\n" for n, r in [("Rowan Ashby", "Director"), ("Per Lund", "co-PI"),
                                               ("Kwame Mensah", "Software and data engineer"),
                                               ("Mirela Costa", "Postdoctoral Associate"),
                                               ("Ilse Brandt", "Graduate Student")])
    write_site(tmp_path, {
        "index.html": "<html><head><title>Rowan Ashby</title></head><body><h1>Rowan Ashby</h1>"
                      "<p>Professor of Geology, Lakeside University.</p></body></html>",
        "group.html": f"<html><head><title>Group members</title></head><body><h2>Current</h2><table><tbody>\n{rows}</tbody></table>\n"
                      "<h2>Alumni</h2><table><tbody><tr><td><img src=\"y.png\"></td><td><span><b> Tomas Okoro </b>"
                      "</span> <br>\nGraduate Student\n<p> Graduated in 2022. </p></td></tr></tbody></table>"
                      "</body></html>",
    })
    p = import_path(tmp_path).profile
    assert [(s.name, s.role) for s in p.students] == [("Ilse Brandt", None), ("Tomas Okoro", "alumnus")]


def test_a_co_pis_card_under_principal_investigators_is_no_card_of_the_owners(tmp_path):
    """people.html: "Principal Investigators" over the owner's card and a co-PI's: the owner's card is read for them,
    the co-PI's (another name) is a member, no student, and none of its lines (their post, their e-mail) becomes
    the owner's; a long paragraph about the head under "Principal Investigator" is no card: left for a reader,
    reported, not lost."""
    write_site(tmp_path, {
        "index.html": "<html><head><title>Rowan Ashby</title></head><body><h1>Rowan Ashby</h1>"
                      "<p>Professor of Geology, Lakeside University. Email: rowan@lakeside.edu</p></body></html>",
        "people.html": """<html><head><title>People</title></head><body>
<h2>People</h2>
<h3>Principal Investigators</h3>
<table class="imgtable"><tr><td><img src="p.png" /></td>
<td><p>Rowan Ashby<br />Professor of Geology<br />E-mail: rowan@lakeside.edu</p></td></tr></table>
<table class="imgtable"><tr><td><img src="q.png" /></td>
<td><p>Per Lund<br />Associate Professor, Northport University<br />E-mail: per.lund@northport.edu</p></td></tr></table>
<h3>Principal Investigator</h3>
<p>Rowan Ashby is a Professor of Geology at Lakeside University. She studies the sediments of cold lakes and how
storms move them across the shelf, using field campaigns, numerical models and long records from cores.</p>
<h3>PhD Students</h3>
<ul><li>Ilse Brandt, PhD student, 2021-</li></ul>
</body></html>
"""})
    p = import_path(tmp_path).profile
    assert [(s.name, s.role) for s in p.students] == [("Ilse Brandt", "PhD student")]
    assert p.person.email == "rowan@lakeside.edu"
    assert [a.name for a in p.person.affiliations] == ["Lakeside University"]
    assert [(u.file, u.line) for u in p.unparsed] == [("people.html", 9), ("people.html", 10)]  # the paragraph


def test_a_member_whose_line_names_who_co_advises_them_stays_a_student():
    """"Ana Ruiz, co-supervised with Professor Bo Tran" under a label that names no students ("Mentees"): the
    professor is the co-advisor, no role of the member's, who is a student; "Name, Post Doc" there is no student."""
    text = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Mentees</h2>
<ul><li>Ilse Brandt, co-supervised with Professor Per Lund</li>
<li>Tomas Okoro, advised jointly with Professor Mira Kahn</li>
<li>Mirela Costa, Post Doc</li></ul>
</body></html>
"""
    p = _html(text)
    assert [s.name for s in p.students] == ["Ilse Brandt", "Tomas Okoro"]


def test_a_role_or_degree_in_brackets_after_a_given_name_is_no_nickname():
    """"Hana (Hani) Sato": the name its bearer goes by, between given and family names (the name is "Hana Sato");
    "Maria (Alumna) now at X", "Tomas (Undergraduate) Okoro": a role in the brackets, kept as the line says it."""
    text = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Students</h2>
<ul><li>Hana (Hani) Sato, PhD student</li>
<li>Li (Lily) Chen</li>
<li>Tomas (Undergraduate) Okoro, works on tides</li>
</ul>
</body></html>
"""
    p = _html(text)
    names = [(s.name, s.role) for s in p.students]
    assert names[:2] == [("Hana Sato", "PhD student"), ("Li Chen", None)]
    assert ("Tomas Okoro", "undergraduate") not in names and "Tomas" in names[2][0]


def test_a_label_naming_the_post_the_owner_advised_in_lists_their_students():
    """"Supervision" > "As principal investigator", "Mentoring (as PI)", "Co-supervised with Professor Per Lund":
    the labels name the post in which the people listed were advised (the owner's, a co-advisor's), not the people:
    they are students, none dropped as the lab's head or as its staff."""
    text = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Supervision</h2>
<h3>As principal investigator</h3>
<ul><li>Ilse Brandt, PhD, 2019-2023</li><li>Tomas Okoro, MSc, 2021</li></ul>
<h3>Co-supervised with Professor Per Lund</h3>
<ul><li>Hana Sato, PhD, 2020</li></ul>
<h2>Mentoring (as PI)</h2>
<ul><li>Luis Ortega, PhD 2018</li></ul>
</body></html>
"""
    p = _html(text)
    assert [(s.name, s.role) for s in p.students] == [
        ("Ilse Brandt", "PhD student"), ("Tomas Okoro", "master student"), ("Hana Sato", "PhD student"),
        ("Luis Ortega", "PhD student")]


def test_a_now_heading_on_a_people_page_opens_no_group(tmp_path):
    """people.html: "Now" over what the owner does now (a /now section) is no group of members, as "Current" is:
    its heading and lines are left for a reader (reported), the students under "PhD students" stay."""
    write_site(tmp_path, {
        "index.html": "<html><head><title>Rowan Ashby</title></head><body><h1>Rowan Ashby</h1>"
                      "<p>Professor of Geology, Lakeside University.</p></body></html>",
        "people.html": "<html><head><title>People</title></head><body>\n<h2>Now</h2>\n"
                       "<ul><li>Writing a field guide with Per Lund</li></ul>\n<h2>PhD students</h2>\n"
                       "<ul><li>Ilse Brandt</li></ul>\n</body></html>\n"})
    p = import_path(tmp_path).profile
    assert [(s.name, s.role) for s in p.students] == [("Ilse Brandt", "PhD student")]
    assert [(u.file, u.line) for u in p.unparsed] == [("people.html", 2), ("people.html", 3)]


def test_a_student_who_once_visited_elsewhere_is_no_guest_of_the_lab():
    """"PhD student, previously a visiting research scholar at X": the visit was before, elsewhere; the member is a
    student. "Visiting research student from X" is the lab's guest, no student (reported, not kept)."""
    text = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Students</h2>
<ul><li>Ilse Brandt, PhD student (2021-), previously a visiting research scholar at Northport</li>
<li>Tomas Okoro, MSc student; was a visiting summer student at Eastbay in 2022</li>
<li>Hana Sato, visiting research student from Eastbay</li></ul>
</body></html>
"""
    p = _html(text)
    assert [(s.name, s.role) for s in p.students] == [("Ilse Brandt", "PhD student"), ("Tomas Okoro", "master student")]
    assert [u.text for u in p.unparsed] == ["<li>Hana Sato, visiting research student from Eastbay</li></ul>"]


def test_an_alumnus_whose_line_opens_with_their_job_now_stays_a_former_student():
    """Under "Alumni", "Luis Ortega, Assistant Professor at Northport (PhD 2019)": the post after the name is what the
    former student went on to be, no role in the lab that makes them staff; "Name, Post Doc" among current members
    stays no student."""
    text = """<html><body>
<h1>Rowan Ashby</h1>
<p>Professor of Geology, Lakeside University.</p>
<h2>Alumni</h2>
<ul><li>Luis Ortega, Assistant Professor at Northport (PhD 2019)</li>
<li>Per Lund (Research Scientist at Westfield; PhD 2017)</li>
<li>Bo Tran, PhD 2016</li></ul>
</body></html>
"""
    p = _html(text)
    assert [(s.name, s.role) for s in p.students] == [
        ("Luis Ortega", "alumnus"), ("Per Lund", "alumnus"), ("Bo Tran", "alumnus")]


def test_the_owners_card_with_a_line_of_their_research_is_theirs_not_a_students(tmp_path):
    # the head's card: name, post, then a labelled line of their research ("Research Focus:" and a sentence): the
    # owner's post; before, the card was too long for the owner's, its label "Research Focus" came out as a student
    # and the owner had no post
    def card(name: str, role: str, label: str, text: str) -> str:
        return (f"<div class='team-card'><p class='team-card-name'><strong>{name}</strong></p>"
                f"<p class='team-card-position'>{role}</p>"
                f"<p class='team-card-research'><strong>{label}:</strong> <small>{text}</small></p></div>\n")

    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Quill Lab</title></head><body><h1>Welcome to the Quill Lab!</h1>"
                      "<p>We study widgets. <a href='team.html'>Team</a></p></body></html>\n",
        "team.html": "<html><head><title>Team</title></head><body><h2>Current Members</h2>\n"
                     + card("Mara Quill", "Associate Professor", "Research Focus",
                            "Numerical models of granular flows and mixing in stirred tanks")
                     + card("Otto Brenn", "Ph.D. Candidate", "Research Project",
                            "Stabilised solvers for turbulent flows in stirred tanks")
                     + "</body></html>\n",
    })
    profile = import_path(root, owner="Mara Quill").profile
    assert profile.person.job_title == "Associate Professor"
    assert [s.name for s in profile.students] == ["Otto Brenn"]
    # (the labelled line names the owner's topics, no sentence of a bio: interests, not the description)
    assert profile.person.description is None
    assert profile.person.interests == ["Numerical models of granular flows", "mixing in stirred tanks"]


def test_alumni_named_over_sub_items_of_their_thesis_and_position_are_students(tmp_path):
    # a lab's "## Alumni" list: "- **Ana Ruiz** (2024)" over the sub-items "**Thesis Title**: ..." and "**Current
    # position**: ...": the name (its year apart) is a former student; before, the name line was taken for a label
    # over its items, no one was read and the sub-items stayed unparsed
    page = tmp_path / "team.md"
    page.write_text("# Team\n\n## Alumni\n\n### Ph.D.\n\n"
                    "- **Ana Ruiz** (2024)\n    - **Thesis Title**: Stabilised solvers for stirred tanks\n"
                    "    - **Current position**: Research Engineer - Acme Mixing\n\n"
                    "- **Bo Lindqvist** (2022)\n    - **Thesis Title**: Granular flows in rotating drums\n"
                    "    - **Current position**: Lecturer - Northfield College\n")
    profile = import_path(page, owner="Mara Quill").profile
    assert [s.name for s in profile.students] == ["Ana Ruiz", "Bo Lindqvist"]


def test_lattes_supervisions_name_then_stop_then_year_or_thesis():
    # a Lattes CV's supervisions: "Ida Lund. 2012", "Bo Tran. Bees in dry meadows. 2013. Dissertação (Mestrado em
    # Ecologia) - Universidade X" (before: unparsed, the stop after the name no end of it); "Ida M. Lund" keeps its
    # initial, and a sentence after a name ("Cy Moss. Works on bees.") is still no student's line
    page = ("<html><head><title>Ana Ruiz</title></head><body><h1>Ana Ruiz</h1><p>Professor of Ecology.</p>"
            "<h2>Alunos de Mestrado</h2><ul><li>Ida Lund. 2012</li>"
            "<li>Bo Tran. Bees in dry meadows. 2013. Dissertação (Mestrado em Ecologia) - Universidade X</li>"
            "<li>Eva M. Lind</li><li>Cy Moss. Works on bees.</li></ul></body></html>")
    assert [s.name for s in _html(page).students] == ["Ida Lund", "Bo Tran", "Eva M. Lind"]


_GROUP_ORG = """#+TITLE: Lena Marsh
* About
I am Lena Marsh, an associate professor of hydrology at Fen University.
* Group members
** Lena Marsh (Associate Professor, Fen University)
I like rivers and long walks.
** Omar Pike (Ph.D. student, Fen University, group member since 2021)
Omar studies floods at Marsh University Hospital and enjoys chess.

He also plays the oboe.
** Rita Dove (Postdoc, Fen University, group member since 2023)
Rita works on droughts.
** Sam Lowe (M.S. student, Fen University, group member since 2024)
Sam studies river ice.
"""


def test_members_named_by_sub_headings_with_their_role_in_brackets(tmp_path):
    """'** Omar Pike (Ph.D. student, Fen University, group member since 2021)' over a paragraph about him, under
    'Group members' (an org or markdown group page): each sub-heading is one member, the owner's own and the
    postdoc's no student's, a second paragraph under a heading no one more."""
    for name, text in (("index.org", _GROUP_ORG),
                       ("index.md", _GROUP_ORG.replace("#+TITLE: ", "# ").replace("\n** ", "\n### ")
                        .replace("\n* ", "\n## "))):
        students = imported_site(tmp_path / name.replace(".", "_"), {name: text}).students
        assert [(s.name, s.role, s.institution) for s in students] == [
            ("Omar Pike", "PhD student", "Fen University"), ("Sam Lowe", "master student", "Fen University")], name


def test_a_sub_heading_whose_brackets_hold_no_one_persons_role_is_no_member(tmp_path):
    """Under 'Group members', '** Flood Mapping (with two PhD students)' is a project and '** Alumni Network (students
    and postdocs)' a group: their brackets name students but open with no one person's role; only the member
    heading ('** Omar Pike (Ph.D. student, ...)') is a student."""
    text = ("#+TITLE: Lena Marsh\n* About\nI am Lena Marsh, an associate professor of hydrology at Fen University.\n"
            "* Group members\n** Omar Pike (Ph.D. student, Fen University)\nOmar studies floods.\n"
            "** Flood Mapping (with two PhD students)\nA project on river floods funded by the state.\n"
            "** Alumni Network (students and postdocs)\nMany of them work in industry now.\n")
    students = imported_site(tmp_path / "site", {"index.org": text}).students
    assert [(s.name, s.role) for s in students] == [("Omar Pike", "PhD student")]


def test_a_members_name_closed_by_a_span_of_years_left_open_in_any_words_is_the_name_alone(tmp_path):
    # "- **Ana Ruiz** (2021 – current)" and "**Bo Lindqvist** [2020—heute]": the span closes with one of the words
    # every date reader takes for "now", in any of its brackets and dashes; before, only "present"/"now" and the
    # hyphen or en dash were read, and "current" left the whole line a label over its items
    page = tmp_path / "team.md"
    page.write_text("# Team\n\n## Members\n\n### Ph.D.\n\n"
                    "- **Ana Ruiz** (2021 – current)\n    - **Thesis Title**: Stabilised solvers for stirred tanks\n"
                    "    - **Advisor**: Mara Quill\n\n"
                    "- **Bo Lindqvist** [2020—heute]\n    - **Thesis Title**: Granular flows in rotating drums\n"
                    "    - **Advisor**: Mara Quill\n")
    profile = import_path(page, owner="Mara Quill").profile
    assert [s.name for s in profile.students] == ["Ana Ruiz", "Bo Lindqvist"]


def test_a_team_page_divided_into_current_and_previous_researchers_lists_its_people(tmp_path):
    # a Hugo page titled "Our Team" (its title the page's first heading), a rule and two blank breaks under it, whose
    # own headings, at that level, say when the people were there and call them by a noun no section has ("Current
    # researchers"): groups of the team (before: a heading of no section ended it, and the page was passed over)
    from tests.importers.sitefiles import write_site

    def card(name: str, said: str) -> str:
        return (f'<div style="display: flex;">\n  <img src="/img/{name[:3]}.jpg" alt="">\n  <p>\n'
                f"    <b>{name} ({said})</b> <br></br>\n    {name.split()[0]} works on river sediments and how "
                f"they move in floods.\n  </p>\n</div>\n\n")

    root = write_site(tmp_path / "site", {
        "config.toml": 'baseurl = "https://tvik.example.org/"\ntitle = "Tomas Vik"\n\n[params]\n  name = "Tomas Vik"\n'
                       '  role = "Assistant Professor"\n',
        "content/home/about.md": '+++\nwidget = "about"\nactive = true\n+++\n\nI study rivers.\n',
        "content/team/_index.md": ('+++\ntitle = "Our Team"\n+++\n\n---\n\\\n\\\n# **Current researchers**\n\n'
                                   + card("Ana Ruiz", "Grad researcher, 2022–Present")
                                   + card("Ben Oduya", "Undergrad researcher, 2024–Present")
                                   + "# **Previous researchers**\n\n" + card("Cai Lund", "2020–2021")),
    })
    prof = _import(root)
    assert [s.name for s in prof.students] == ["Ana Ruiz", "Ben Oduya", "Cai Lund"]


def test_a_heading_of_the_time_over_no_people_ends_a_students_section(tmp_path):
    # "Current projects", "Past events" after "Students": when, and a plural that names no post (group_post): the
    # next section of the page, not another group of the students (a project's or an event's name is nobody's)
    page = tmp_path / "index.md"
    page.write_text("# Rhea Tamm\n\nProfessor of Soil Science at Wexmoor University.\n\n## Students\n\n"
                    "- Ivo Salas (PhD student)\n- Lena Brix (MSc student)\n\n## Current projects\n\n"
                    "- Mud Watch: mapping wet soils from drones.\n\n## Past events\n\n- Field Day, 2022\n",
                    encoding="utf-8")
    profile = import_path(page, owner="Rhea Tamm").profile
    assert [s.name for s in profile.students] == ["Ivo Salas", "Lena Brix"]
