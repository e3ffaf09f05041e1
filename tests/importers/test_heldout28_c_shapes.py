"""Shapes of real homepages met in batch 28 (a lab site of PHP pages, old hand-written HTML, a saved WordPress
page, jemdoc), written in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html


def _html(text: str, name: str = "publications.html", owner: str | None = None):
    return parse_html(SourceDoc(Path(name), text), ImportOptions(owner=owner))


def test_a_site_of_php_pages_holding_html_is_an_html_site(tmp_path):
    # a lab's pages are .php files the server runs (their menu and footer pulled in by PHP includes that are not
    # in the folder): each one is an HTML document, so the folder is a plain HTML site and its home is index.php;
    # a PHP file of code only, and a piece of a page (include/navbar.php), are no pages
    from kg.importers import import_path

    head = '<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>{t}</title></head>\n<body>\n' \
           '<?php require_once("include/navbar.php"); ?>\n'
    foot = "<?php require('include/footer.php'); ?>\n</body></html>\n"
    (tmp_path / "index.php").write_text(
        head.format(t="Vale Lab - Welcome") + "<h1>Group leader Dr. Robin Vale</h1>\n"
        "<p>Dr. Vale studies thin oxide films.</p>\n<p>Email: rvale@tarn.example.edu</p>\n" + foot)
    (tmp_path / "publications.php").write_text(
        head.format(t="Vale Lab - Publications") + "<h1>Publications</h1>\n<ol reversed>\n"
        "<li>Q. Hart, L. Moss, and <strong>R. Vale</strong>, Defects in folded oxide films, Journal of Odd "
        "Materials 12, 1-9, 2015.</li>\n"
        "<li><strong>R. Vale</strong> and L. Moss, Light from thin lattices, Tarn Physics Letters 3, 10-19, "
        "2013.</li>\n"
        "<li>A. Kask, <strong>R. Vale</strong>, Q. Hart, Slow walks in oxide lattices, Journal of Odd Materials "
        "9, 40-49, 2012.</li>\n"
        "</ol>\n" + foot)
    (tmp_path / "config.php").write_text("<?php\n$db = 'lab';\n?>\n")
    (tmp_path / "include").mkdir()
    (tmp_path / "include" / "navbar.php").write_text('<nav><a href="publications.php">Publications</a></nav>\n')
    p = import_path(tmp_path).profile
    assert p.person.name == "Robin Vale"
    assert p.person.email == "rvale@tarn.example.edu"
    assert [x.title for x in p.publications] == ["Defects in folded oxide films", "Light from thin lattices",
                                                   "Slow walks in oxide lattices"]


def test_member_cards_of_lines_under_a_students_heading():
    # a lab's people page: a row of same-shape cards under "Ph.D. Students", each a photo, the name alone on its
    # first line, then a line about the person and an e-mail; each card is one student, the heading their role
    card = ('<div class="col-sm-6 col-md-4"><img src="{i}.jpg" alt="{n}"/>\n<p><strong>{n}</strong></p>\n{d}'
            '<div class="details"><a class="email" href="mailto:{i}@tarn.example.edu">{i}@tarn.example.edu</a></div>'
            "\n</div>\n")

    def row(people):
        return '<div class="row">\n' + "".join(card.format(i=n.split()[0].lower(), n=n, d=d) for n, d in people) \
            + "</div>\n"

    page = ("<html><body><div class=\"container\"><h1>People</h1>\n<h2>Ph.D. Students</h2>\n"
            + row([("Aet Kask", "<p>Grows oxide films. Likes hockey.</p>\n"), ("Liis Tamm", ""),
                   ("Mart Kuusk", "<p>Runs the positron beam and writes the analysis software.</p>\n")])
            + "<h2>Masters Students</h2>\n"
            + row([("Oskar Paju", ""), ("Kadri Mets", "<p>Thermoluminescence of garnets.</p>\n"), ("Jaan Sepp", "")])
            + "</div></body></html>")
    p = _html(page, "people.html", owner="Robin Vale")
    assert [(s.name, s.role) for s in p.students] == [
        ("Aet Kask", "PhD student"), ("Liis Tamm", "PhD student"), ("Mart Kuusk", "PhD student"),
        ("Oskar Paju", "master student"), ("Kadri Mets", "master student"), ("Jaan Sepp", "master student")]


def test_a_heading_with_a_position_before_or_after_the_name():
    # "Group leader Dr. Robin Vale" and "Robin Vale<br><small>Principal Investigator</small>": the position is no
    # part of the name; a one-word position is taken off only before an honorific ("Dean Foster Smith" is a name)
    def name(h1: str) -> str:
        return _html(f"<html><body><h1>{h1}</h1><p>Thin oxide films and their defects.</p>"
                     "<h2>Publications</h2><ul><li>R. Vale, Light from thin lattices, Tarn Phys. Lett. 3, 10-19, "
                     "2013.</li></ul></body></html>", "index.html").person.name

    assert name("Group leader Dr. Robin Vale") == "Robin Vale"
    assert name("Robin Vale<br/><small>Principal Investigator</small>") == "Robin Vale"
    assert name("Lab Director Robin Vale") == "Robin Vale"
    assert name("Dean Foster Smith") == "Dean Foster Smith"


def test_a_lab_site_hands_its_pages_the_fullest_form_of_the_heads_name(tmp_path):
    # the home page's heading says "Dr. Robin Vale", its profile card "Dr. Robin A. Vale"; the papers page writes
    # her "R. A. Vale", bold in some entries and plain in others: every one of them is hers
    from kg.importers import import_path

    (tmp_path / "index.php").write_text(
        "<!doctype html><html><head><title>ValeLab</title></head><body>\n"
        "<h1>Group leader Dr. Robin Vale</h1>\n<p>Dr. Vale studies thin oxide films and their defects.</p>\n"
        '<div class="card"><p class="lead">Dr. Robin A. Vale</p>\n<p class="lead">Assistant Professor</p>\n'
        "<p>Department of Physics,<br/>Tarn State University</p></div>\n</body></html>\n")
    entries = [("Q. Hart, <strong>R. A. Vale</strong>", "Defects in folded oxide films", 2015),
               ("R. A. Vale, L. Moss", "Light from thin lattices", 2013),
               ("A. Kask, Q. Hart, R. A. Vale", "Slow walks in oxide lattices", 2012),
               ("<strong>R. A. Vale</strong>, A. Kask", "Garnets that glow", 2011)]
    (tmp_path / "publications.php").write_text(
        "<!doctype html><html><head><title>ValeLab - Publications</title></head><body>\n<h1>Publications</h1>\n"
        "<ol reversed>\n" + "".join(f"<li>{a}, {t}, Journal of Odd Materials 9, 40-49, {y}.</li>\n"
                                     for a, t, y in entries) + "</ol>\n</body></html>\n")
    p = import_path(tmp_path).profile
    assert p.person.name == "Robin A. Vale" and "Robin Vale" in p.person.alternate_names
    assert p.person.job_title == "Assistant Professor"
    assert len(p.publications) == 4
    assert all(any(a.is_self for a in x.authors) for x in p.publications)


def test_a_third_person_bio_with_both_family_names_and_a_start_year():
    # the heading gives the first family name only; the bio both, the position "has been employed as ... at X
    # since 2023, after ..."; the papers sign "A. Ruiz-Soto": all of it is the owner's
    page = ("<html><body><h1>Ana Ruiz</h1>\n<h2>About me</h2>\n"
            "<p>Ana Ruiz-Soto (born 1990 in Lima, Peru) has been employed as a PhD student at Instituto Nacional "
            "de Ciencias del Mar since 2023, after finishing physics studies at Universidad de Tarn.</p>\n"
            "<h2>Publications</h2>\n<p><strong>Tides of the inner sea</strong><br>A. Ruiz-Soto, J. E. Paz-Lima and "
            "R. Moss<br>Journal of Odd Oceans (2021).</p>\n"
            "<p><strong>Salt in the deep water</strong><br>L. Vera, A. Ruiz-Soto<br>Tarn Marine Letters (2024).</p>\n"
            "</body></html>")
    p = _html(page, "index.html")
    assert p.person.job_title == "PhD student"
    assert [a.name for a in p.person.affiliations] == ["Instituto Nacional de Ciencias del Mar"]
    assert [next(i for i, a in enumerate(x.authors) if a.is_self) for x in p.publications] == [0, 1]


def test_a_bio_listing_degrees_with_their_years_separated_by_commas():
    # "received BEng degree in X from A in 1999, MEng degree in Y from B in 2002, and PhD degree in Z from C in
    # 2006": three degrees, each with its own place and year
    page = ("<html><body><h1>Robin Vale</h1>\n<h3>Short Bio</h3>\n<p>Robin Vale received BEng degree in Rocket "
            "Engineering from Tarn Polytechnical University in 1999, MEng degree in Automatic Control from Lakeside "
            "University in 2002, and PhD degree in Aeronautic Engineering from the University of Northfield in 2006. "
            "I joined Tarn University in 2009.</p>\n</body></html>")
    p = _html(page, "index.html")
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("BEng", "Tarn Polytechnical University", 1999), ("MEng", "Lakeside University", 2002),
        ("PhD", "University of Northfield", 2006)]


def test_a_site_names_its_owner_with_both_family_names_the_bio_gives(tmp_path):
    # the heading and the title say "Ana Ruiz"; the bio "Ana Ruiz-Soto (born 1990 in Lima) has been ...": the
    # owner is Ana Ruiz-Soto, Ana Ruiz another way to write her
    from kg.importers import import_path

    (tmp_path / "index.htm").write_text(
        "<html><head><title>Ana Ruiz | Oceanographer.</title></head><body><h1>Ana Ruiz</h1>\n<h2>About me</h2>\n"
        "<p>Ana Ruiz-Soto (born 1990 in Lima, Peru) has been employed as a PhD student at Instituto Nacional de "
        "Ciencias del Mar since 2023.</p>\n</body></html>\n")
    p = import_path(tmp_path).profile
    assert p.person.name == "Ana Ruiz-Soto" and p.person.alternate_names == ["Ana Ruiz"]


def test_a_third_person_bio_with_the_field_before_the_degree_and_a_mentor():
    # "received his Applied Physics bachelor's degree from the Department of X, Y Institute (2006-2010). He then
    # pursued his Ph. D. under the mentorship of Prof. Z in the School of W, V University, Town (2011 - 2017)."
    page = ("<html><body><h1>Robin Vale</h1>\n<p>Robin A. Vale received his Applied Physics and Mathematics "
            "bachelor's degree from the Department of General Physics, Tarn Institute of Physics and Technology, "
            "Tarnia (2006-2010). He then pursued his Ph. D. under the mentorship of Prof. Jo Bell in the School of "
            "Electrical Engineering, Lakeside University, West Lake, IN (2011 - 2017). Currently, he is a "
            "postdoctoral associate at Northfield University.</p>\n</body></html>")
    p = _html(page, "index.html")
    assert [(e.field, e.institution, e.year) for e in p.person.education] == [
        ("Applied Physics and Mathematics", "Tarn Institute of Physics and Technology, Tarnia", 2010),
        (None, "Lakeside University, West Lake, IN", 2017)]
    assert p.person.advisors == ["Jo Bell"]


def test_plain_citations_with_a_comma_inside_a_name_and_an_italic_name_in_the_title():
    # "Authors, Title, <i>Venue</i>, Vol. N, YEAR": "H. B., Jiang" and "W. Q., Chen*" are two authors (a comma
    # typed between initials and family name), and "(<i>Columba livia</i>)" is part of the title, not the venue
    ents = [
        "J.&nbsp;F. Wu, H.&nbsp;B., Jiang, Z.&nbsp;K. Ma*, W.&nbsp;Q., Chen* and <b>Robin Vale</b>,  Numerical Study "
        'of Rotor Wakes at Low Speed, <i><font color="#0000FF">Physics of Odd Fluids</font></i>, Vol.&nbsp;34, 2022, '
        "pp.&nbsp;025118(1-14).",
        "Q.&nbsp;K. Wei and   <b>Robin Vale</b>*,  Noise in Level Flight of the Pigeon (<i>Columba livia</i>), "
        '<i><font color="#0000FF">Journal of Odd Acoustics</font></i>, Vol.&nbsp;134, No.&nbsp;1, 2013, pp.&nbsp;EL57-EL63.',
        "<b>Robin Vale</b>* and X. Zhang,  Plasma Actuators for Cavity Noise Control, "
        '<i><font color="#0000FF">Physics of Odd Fluids</font></i>, Vol.&nbsp;20, No. 3, 2008, pp.&nbsp;037101(1-10).',
    ]
    page = ("<html><body><h1>Robin Vale</h1><h2>Journal papers</h2><ol reversed>"
            + "".join(f"<li> {e}</li>\n" for e in ents) + "</ol></body></html>")
    p = _html(page, "papers.htm")
    assert [(x.title, x.venue) for x in p.publications] == [
        ("Numerical Study of Rotor Wakes at Low Speed", "Physics of Odd Fluids"),
        ("Noise in Level Flight of the Pigeon (Columba livia)", "Journal of Odd Acoustics"),
        ("Plasma Actuators for Cavity Noise Control", "Physics of Odd Fluids")]
    assert [a.name for a in p.publications[0].authors] == ["J. F. Wu", "H. B. Jiang", "Z. K. Ma", "W. Q. Chen",
                                                          "Robin Vale"]


def test_a_citation_in_chinese_with_full_width_commas_between_its_authors():
    # "刘伟，王芳，Title, <i>Venue</i>, 2026, in print.": the names in Chinese characters, separated by full-width
    # commas, then the title, then the italic venue
    page = ("<html><body><h1>Robin Vale</h1><h2>Journal papers</h2><ol reversed>\n"
            '<li> 刘成伟，王小芳，基于多模态测试的声音生成机制研究, <i><font color="#0000FF">声学学报</font></i>, 2026, in print.</li>\n'
            "<li> Q.&nbsp;K. Wei and <b>Robin Vale</b>*, Noise of Thin Plates, "
            '<i><font color="#0000FF">Journal of Odd Acoustics</font></i>, Vol.&nbsp;134, 2013, pp.&nbsp;57-63.</li>\n'
            "</ol></body></html>")
    p = _html(page, "papers.htm")
    first = p.publications[0]
    assert (first.title, first.venue, first.year) == ("基于多模态测试的声音生成机制研究", "声学学报", 2026)
    assert [a.name for a in first.authors] == ["刘成伟", "王小芳"]


def test_a_news_headline_above_the_owners_card_is_no_workplace():
    # a lab's home opens with a news strip ("Vale recognized for involving undergraduates in research") above the
    # head's card: the headline names no place the owner works at, the card's university does
    page = ("<html><body><div class=\"news-container\"><h2>Vale recognized for involving undergraduates in basic "
            "research</h2>\n<p>Dr. Vale recognized for involving undergraduates in research. <a href=\"x.html\">read "
            "more</a></p></div>\n<h1>Group leader Dr. Robin Vale</h1>\n<p>Dr. Vale studies thin oxide films and their "
            "defects, from their growth to their light.</p>\n<p class=\"lead\">Dr. Robin A. Vale</p>\n"
            "<p class=\"lead\">Assistant Professor</p>\n<p><small>Department of Physics,<br/><a href=\"https://tarn."
            "example.edu/\">Tarn State University</a>,<br/>Hall 172</small></p></body></html>")
    p = _html(page, "index.html")
    assert p.person.job_title == "Assistant Professor"
    assert [a.name for a in p.person.affiliations] == ["Tarn State University"]


def test_an_award_heading_in_the_singular_over_years_with_full_width_commas():
    # "<h3>Award</h3><ol><li>2021，Teaching Award, Tarn University</li>...": the list is the owner's awards (the
    # bio's sentence naming other honours does not replace it), the year apart from the name
    page = ("<html><body><h1>Robin Vale</h1><h3>Short Bio</h3><p>I have received the Lakeside award of excellence "
            "(Acme 2003), a best teaching award (Tarn 2011) and a young scholar award (2013).</p>\n<h3>Award</h3>\n<ol>"
            "<li> 2021，Teaching Excellence Award, Tarn University </li>\n"
            "<li> 2015，Newton Fellowship, Royal Society of Odd Sciences </li></ol></body></html>")
    p = _html(page, "index.htm")
    assert [(a.name, a.year) for a in p.awards] == [("Teaching Excellence Award, Tarn University", 2021),
                                                   ("Newton Fellowship, Royal Society of Odd Sciences", 2015)]


def test_plain_citations_whose_venue_is_a_name_and_a_volume_then_numbers():
    # "Authors, Title, Nature 402, p. 157, 1999.": no italics, no quotes; the venue is the chunk that opens with a
    # name and its volume, only pages and the year after it; a bold owner's name of three words is no title
    ents = ["<strong>R. A. Vale</strong>, A. Kask, and Q. Hart, Synthesis of Ce:YAG thin films, Optical Odd Materials "
            "6 (12)  3692-3765, 2016.",
            "A.W. Hunt, D. B. Moss, R.A. Vale, J. A. Bell, Sampling of lattice electrons by fast positrons, Nature 402, "
            "p. 157, 1999.",
            "P. Husband, I. Lind, and <strong>R. A. Vale</strong>, Positrons in transparent ceramics, JPCS 674, 012013, "
            "2016."]
    page = ("<html><body><h1>Robin A. Vale</h1><h2>Publications</h2><ol reversed>"
            + "".join(f"<li>{e}</li>\n" for e in ents) + "</ol></body></html>")
    p = _html(page, "pubs.html")
    assert [(x.title, x.year) for x in p.publications] == [
        ("Synthesis of Ce:YAG thin films", 2016), ("Sampling of lattice electrons by fast positrons", 1999),
        ("Positrons in transparent ceramics", 2016)]
    assert [x.venue.split()[0] for x in p.publications] == ["Optical", "Nature", "JPCS"]


def test_a_plain_citation_whose_venue_name_stands_before_its_volume_and_pages():
    # "A and B, Title, AIMS Odd Science, 2(4): 560-572, 2016.": the last named piece before the numbers is the venue
    ents = ["C. R. Varney and <strong>R. A. Vale</strong>, Color Centers in Garnets, AIMS Odd Science, 2(4): 560-572, "
            "2016.",
            "A. Kask and <strong>R. A. Vale</strong>, Slow walks in oxide lattices, Journal of Odd Materials 9, 40-49, "
            "2012."]
    page = ("<html><body><h1>Robin A. Vale</h1><h2>Publications</h2><ol reversed>"
            + "".join(f"<li>{e}</li>\n" for e in ents) + "</ol></body></html>")
    p = _html(page, "pubs.html")
    assert [(x.title, x.venue, x.year) for x in p.publications][0] == ("Color Centers in Garnets", "AIMS Odd Science",
                                                                       2016)


def test_a_server_include_is_read_as_the_page_decoder_reads_the_page(tmp_path):
    # issue 7: the files a server page pulls in are named in its own text as the page decoder reads it (its declared
    # charset), found once for the site; read as UTF-8 apart from the decoder, "kopfzeile-ä.html" in a
    # windows-1252 page named no file, and the header holding the owner's name and ORCID was lost
    (tmp_path / "index.shtml").write_bytes(
        ('<html><head><meta charset="windows-1252"><title>Home</title></head><body>\n'
         '<!--#include virtual="kopfzeile-\u00e4.html" -->\n'
         '<p>I am a Professor of Widget Studies at Inland University, Stra\u00dfe 1.</p>\n</body></html>\n')
        .encode("cp1252"))
    (tmp_path / "kopfzeile-\u00e4.html").write_text(
        '<div><h1>Ann Lee</h1><a href="https://orcid.org/0000-0002-1825-0097">ORCID</a></div>\n')
    from kg.importers import import_path

    person = import_path(tmp_path).profile.person
    assert (person.name, person.identifiers.get("orcid")) == ("Ann Lee", "0000-0002-1825-0097")
