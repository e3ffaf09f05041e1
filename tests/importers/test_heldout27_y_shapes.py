"""Shapes of real homepages met in batch 27 (hand-written HTML of mathematicians, lab sites, jemdoc pages),
written in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _html(text: str, name: str = "publications.html", owner: str | None = None):
    return parse_html(SourceDoc(Path(name), text), ImportOptions(owner=owner))


def test_a_two_word_linked_title_with_its_coauthors_after_it():
    # "<a>Two Words</a>, with A. B and C. D, appeared <a>here</a> in Journal 2019.": two capitalised words look
    # like a name, but the linked run opening the entry, its co-authors after "with", is the title
    page = ("<html><body><h1>Robin Vale</h1><h2>Papers</h2>\n"
            '<a href="https://arxiv.org/abs/1900.00001">Sparse Lattices</a>, with Q. Hart and L. Moss, appeared '
            '<a href="https://journal.example/x">here</a> in Journal of Odd Geometry 2019.</br></br>\n\n'
            '<a href="https://arxiv.org/abs/1800.00002">Random Walks on Thin Groups</a>, with Q. Hart, appeared '
            '<a href="https://journal.example/y">here</a> in Annals of Walks, 2018.</br></br>\n'
            "</body></html>")
    p = _html(page)
    assert [x.title for x in p.publications] == ["Sparse Lattices", "Random Walks on Thin Groups"]
    first = p.publications[0]
    assert [a.name for a in first.authors] == ["Robin Vale", "Q. Hart", "L. Moss"]
    assert first.year == 2019 and first.venue == "Journal of Odd Geometry"


def test_projects_and_internships_on_a_students_page_are_students():
    # students.html: "Bachelor projects and internships" lists the students the owner supervised (not the owner's
    # own internships), and an unnamed-kind heading after it ("Ph.D (On-going)") is another group of them
    page = ("<html><body><h1>Students</h1>\n"
            "<h2><b>B.Sc. projects and internships</b> (Completed)</h2>\n"
            "<ul><li><p>Marta Ilves - Queue models for traffic</p></li>\n"
            "<li><p>Oskar Paju (co-guide) - Sensor scheduling</p></li></ul>\n"
            "<h2><b>Ph.D</b> (On-going)</h2>\n"
            "<ul><li><p>Liis Tamm (funded by X)</p></li></ul>\n"
            "</body></html>")
    p = _html(page, "students.html", owner="Kaur Ross")
    assert [s.name for s in p.students] == ["Marta Ilves", "Oskar Paju", "Liis Tamm"]
    assert not any("Marta" in a.name for a in p.person.affiliations)
    assert p.students[2].role == "PhD student"
    # on a page of the owner's own record the same heading is the owner's experience
    cv = _html(page.replace("<h1>Students</h1>", "<h1>Curriculum vitae</h1>"), "cv.html", owner="Kaur Ross")
    assert not cv.students


def test_the_owners_own_thesis_in_the_works_list_is_a_degree():
    # an old hand-written page names its degrees only as the theses in its list of works
    page = ("<html><body><h2>Robin Vale</h2><p>Professor of Mathematics</p><h3>Papers</h3><ol>\n"
            "<li><b>Folded lattice walks</b> (with Q. Hart). J. Odd Geom. 12 (2009), 1-20.</li>\n"
            "<li><b>Walks on folded lattices</b>. Ph.D. thesis, University of Lakeside, May 2003.</li>\n"
            "<li><b>Small groups and large games</b>. Senior thesis, Tarn College, 1998.</li>\n"
            "</ol></body></html>")
    p = _html(page, "index.html")
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("Ph.D.", "University of Lakeside", 2003), ("Senior", "Tarn College", 1998)]


def test_a_lab_site_menu_drawn_as_an_image_map(tmp_path):
    # an old lab site's menu is one picture with <area> links: its contact page (where the lab's address names
    # the university) is one of the site's pages; a pointer to another page ("Information about applying to
    # graduate school") and a news line about a member ("Ross lab postdoc will start his lab at X") are neither
    # the head's workplace nor his position
    from kg.importers import import_path

    (tmp_path / "index.html").write_text(
        "<html><head><title>Home | Ross Lab</title></head><body>\n"
        "<h1><strong><header>HOME</header></strong></h1>\n"
        '<div id="spotlight"><h1><strong><header>SPOTLIGHT</header></strong></h1>\n'
        "<b>Congratulations to Aet Kask!</b>\n"
        "<p>Ross lab postdoc will start his lab at Tarn Institute of Plants in May, 2021.</p></div>\n"
        '<img src="menu.png" usemap="#m"><map name="m">\n'
        '<area shape="rect" coords="0,0,9,9" href="people.html" alt="people">\n'
        '<area shape="rect" coords="0,9,9,19" href="contact.html" alt="contact">\n'
        '<area shape="rect" coords="0,19,9,29" href="publications.html" alt="publications"></map>\n'
        "</body></html>")
    (tmp_path / "people.html").write_text(
        "<html><head><title>People | Ross Lab</title></head><body><h1>PEOPLE</h1>\n"
        "<p><u>Principal Investigator</u></p><p><strong>Kaur Ross</strong></p>\n"
        "<p><u>PhD Students</u></p><p><strong>Liis Tamm</strong></p></body></html>")
    (tmp_path / "contact.html").write_text(
        "<html><head><title>Contact | Ross Lab</title></head><body><h1>CONTACT</h1>\n"
        '<p><a href="applying.html"><p>Information About Applying to Graduate School</p></a>\n'
        "<p><strong>Office Address:</strong><br>Lakeside University<br>Department of Botany<br>"
        "14 Elm Street, Room 3<br>New Town, NY 10001</p></body></html>")
    (tmp_path / "publications.html").write_text(
        "<html><head><title>Publications | Ross Lab</title></head><body><h1>PUBLICATIONS</h1>\n"
        "<p><strong>Roots that regrow after a cut.</strong><br><em>Plant Letters</em> (2019)<br>"
        "Liis Tamm, Aet Kask &amp; Kaur Ross</p>\n"
        "<p><strong>Stem cells of the fern root.</strong><br><em>Root Biology</em> (2018)<br>"
        "Kaur Ross</p></body></html>")
    person = import_path(tmp_path).profile.person
    assert person.name == "Kaur Ross"
    assert [a.name for a in person.affiliations] == ["Lakeside University"]
    assert "postdoc" not in (person.job_title or "")


def test_news_of_a_lab_member_is_not_the_heads_job_or_workplace():
    # "Ross lab postdoc will start his lab at X" (a lab's spotlight on a member): a group's line, whose role and
    # place are the member's; the head's own lines are not
    from kg.importers.page.bio import _GROUP_VOICE

    assert _GROUP_VOICE.match("Ross lab postdoc will start his lab at Tarn Institute in May, 2021.")
    assert _GROUP_VOICE.match("The Ross Group students won the poster prize at Tarn University.")
    assert not _GROUP_VOICE.match("Lab manager, Tarn Institute of Plants")
    assert not _GROUP_VOICE.match("Associate Professor, Lakeside University")


def test_a_bracket_left_from_link_markup_is_no_part_of_the_title():
    # a generated page keeps the source's link bracket after the title: "Title], with A. Lee, NCC 2015."
    from kg.importers.page.context import clean_title

    assert clean_title("Power laws of usage in phone networks]") == "Power laws of usage in phone networks"
    assert clean_title("Models of queues [extended]") == "Models of queues [extended]"
    assert clean_title("Growth of f(x)") == "Growth of f(x)"
