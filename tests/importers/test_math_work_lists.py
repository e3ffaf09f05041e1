"""A hand-written list of works, in a mathematician's style: entries name their coauthors in a leading "(with ...)"
(students underlined, as a sentence of the page's note says) and give the title, venue, volume, year and pages in
plain text, in sections whose headings qualify their kind.

The page is written here in our own words, in the shape real pages take."""

from __future__ import annotations

import pytest

from kg.importers import import_path
from kg.importers.common import section_kind


MATH_PAGE = """\
<html><head><title>Ann Roe: works</title></head><body>
<h1>Ann Roe</h1>
<p>You may jump to my <a href="#books">books</a>, <a href="#papers">papers</a> and <a href="#notes">notes</a>.
The names of coauthors who are my former or current students or postdocs are underlined.</p>
<h2><a name="papers"></a>Refereed Papers</h2>
<ol>
<li><p>(with <u>B. Lee</u>) <a href="http://example.org/a">Waves on thin tubes</a>, J. Sand Res. 12(2003), 1-20.</p></li>
<li><p>(with C. Moss) Integral forms of periodic flows in layered media, J. Funct. Anal. 181(2001),
402-446.</p></li>
<li><p>(with C. Moss and <u>D. Fa</u>y) Spectral gaps of periodic wave guides, Comm. Math. Phys. 200(1999),
no. 2, 11-30.</p></li>
<li><p>(with <u>E. Hale, F. Ibsen</u>) Counting bound states on graphs, Israel J. Math. 88(1996), 31-60.</p></li>
<li><p>Floquet theory for rough tubes, Math. Surveys, v.37, no.4, 1982, p. 1-60.</p></li>
</ol>
<h2><a name="other"></a>Unrefereed papers and other writing</h2>
<ol>
<li><p>(with G. Hart and H. Ionescu) <a href="http://example.org/m.pdf">Remembering Olaf Berg: 1931-2012</a>,
Notices of the Math. Society <b>60</b> (2013), no. 2, 10-17.</p></li>
<li><p>A letter on periodic tubes, in Memoirs on O. Berg, p. 36-41, Northfield, 2004.</p></li>
<li><p>Bloch waves in rough tubes, preprint, Inst. Reports, no. 12-B80, 11 pp., 1980 (in Welsh).</p></li>
<li><p>(with J. Kay) The Bloch and Floquet Transforms, 2011, 68pp.</p></li>
</ol>
<h2><a name="notes"></a>Lecture Notes for Students</h2>
<ol>
<li><p>(with J. Kay) Geometry #1, Booklet for the Summer School in Mathematics, Northfield, 1996.</p></li>
</ol>
</body></html>
"""


def test_a_math_list_of_plain_title_comma_venue_entries_with_leading_coauthors_and_underlined_students(tmp_path):
    page = tmp_path / "works.html"
    page.write_text(MATH_PAGE)
    profile = import_path(page).profile
    pubs = {p.title: p for p in profile.publications}
    # ("J. Funct. Anal. 181(2001)": the volume and its year after the name's stop, no part of the name)
    integral = pubs["Integral forms of periodic flows in layered media"]
    assert (integral.year, integral.venue, integral.volume) == (2001, "J. Funct. Anal", "181")
    assert pubs["Floquet theory for rough tubes"].year == 1982
    assert [a.name for a in pubs["Floquet theory for rough tubes"].authors] == ["Ann Roe"]
    # the legend sentence inside a longer note; one underline over two names; one stopping inside a name
    assert [(a.name, a.marks) for a in pubs["Spectral gaps of periodic wave guides"].authors] == [
        ("Ann Roe", []), ("C. Moss", []), ("D. Fay", ["mentee"])]
    assert [(a.name, a.marks) for a in pubs["Counting bound states on graphs"].authors] == [
        ("Ann Roe", []), ("E. Hale", ["mentee"]), ("F. Ibsen", ["mentee"])]
    assert pubs["Waves on thin tubes"].authors[1].marks == ["mentee"]
    # "Unrefereed papers and other writing" lists works; a span of years in a linked title is the title's
    assert pubs["Remembering Olaf Berg: 1931-2012"].year == 2013
    assert "A letter on periodic tubes" in pubs
    assert pubs["Bloch waves in rough tubes"].year == 1980
    # notes given by their year and length only
    assert pubs["The Bloch and Floquet Transforms"].year == 2011
    # notes written for students are no list of students
    assert profile.students == []


def test_section_headings_that_qualify_their_kind():
    assert section_kind("Non-refereed Papers and other writing") == "publications"
    assert section_kind("Books written, edited, or translated") == "publications"
    assert section_kind("Lecture Notes for Students") is None
    assert section_kind("PhD Students") == "students"


def test_a_thesis_given_by_its_length_in_pages_and_students_written_with_glued_initials(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Ann Roe</title></head><body><h1>Ann Roe</h1>\n<h2>Papers</h2>\n<ol>\n"
        "<li><p>On rough tubes and their spectra, Ph.D. Thesis, Northfield, 1972, 150 pp. (in Welsh).</p></li>\n"
        "</ol>\n<h2>PhD students</h2>\n<ol>\n"
        "<li>V.Oakes, Some problems of periodic tubes, 1986, Northfield\n"
        "<li>J.L.Brandt, Waves on graphs, 1990, Northfield\n<li>Mei Tanaka (current student)\n</ol>\n"
        "</body></html>\n")
    profile = import_path(page).profile
    assert [(p.title, p.year) for p in profile.publications] == [("On rough tubes and their spectra", 1972)]
    assert [s.name for s in profile.students] == ["V. Oakes", "J. L. Brandt", "Mei Tanaka"]


def test_a_mathscinet_profile_link_through_a_librarys_proxy_is_the_owners_identifier(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Ann Roe</title></head><body><h1>Ann Roe</h1>\n<h3>Professor of Mathematics</h3>\n"
        "<h2><a href=\"https://mathscinet-ams-org.proxy.library.example.edu/mathscinet/mrcit/individual.html"
        "?mrauthid=424242\">MathSciNet</a></h2>\n<h2>Papers</h2>\n<ol>\n"
        "<li><p>Floquet theory for rough tubes, Math. Surveys, v.37, no.4, 1982, p. 1-60.</p></li>\n</ol>\n"
        "</body></html>\n")
    assert import_path(page).profile.person.identifiers.get("mathscinet") == "424242"


def test_a_science_doctor_degree_from_an_academy_written_short(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Ann Roe</title></head><body><h1>Ann Roe</h1>\n<h2>Education:</h2>\n<ul>\n"
        "<li><h3>1985 - <b>Science Doctor in Mathematics</b>, Acad. of Sciences, Minsk, Belarus</h3></li>\n"
        "<li><h3>1975 - <b>PhD in Mathematics</b>, Northfield State University, Northfield</h3></li>\n</ul>\n"
        "<h2>Papers</h2>\n<ol>\n"
        "<li><p>Floquet theory for rough tubes, Math. Surveys, v.37, no.4, 1982, p. 1-60.</p></li>\n</ol>\n"
        "</body></html>\n")
    education = import_path(page).profile.person.education
    assert [(e.degree, e.institution, e.year) for e in education] == [
        ("Science Doctor", "Acad. of Sciences", 1985), ("PhD", "Northfield State University", 1975)]


def test_names_after_the_first_comma_are_a_byline_not_the_venue_of_a_plain_title():
    from kg.importers.page.citation import _title_comma_venue
    from kg.importers.page.context import Ctx

    ctx = Ctx()
    ctx.owner_names = ["Ann Roe"]
    # a title run into its first author's name ("... Framework Ann Roe, Bo Lee, ..."): no plain title-comma-venue
    assert _title_comma_venue("Sand flow in the Graph Framework Ann Roe, Bo Lee, Cy Moss, Dina Wu, Tom Wong "
                              "Journal of Sand, vol. 60, 2020, 1-9.", ctx) is None
    # a numbered entry whose names open it ("12 Lee B, Moss C. Title ..."): no title before the first comma
    assert _title_comma_venue("12 Lee B, Moss C. Urban sand flow in tubes. Proc. Sand Conf. 2023, 1-9.", ctx) is None


def test_a_bold_title_with_its_venue_and_year_after_it_over_a_with_line(tmp_path):
    # "<b>Title</b>, Venue, 2023,<br>with A and B.": the bold run is the title; what follows it on the line is the
    # venue and the year, not part of the title
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Ann Roe</title></head><body><h1>Ann Roe</h1>\n<h2>Papers</h2>\n"
        "<p><b>Mixing times of lazy walks on thin graphs</b>, 2024, <br />\n"
        "with Bo Lind and Cai Moss. <br />\n<a href=\"https://arxiv.org/abs/2401.00001\">[arXiv]</a></p>\n"
        "<p><b>Tail bounds for sums over random tubes</b>, Bernoulli, 2023+, <br />\n"
        "with Cai Moss. <br />\n<a href=\"https://arxiv.org/abs/2301.00002\">[arXiv]</a></p>\n"
        "</body></html>\n")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    walks = pubs["Mixing times of lazy walks on thin graphs"]
    assert (walks.year, walks.venue) == (2024, None)
    assert [a.name for a in walks.authors] == ["Ann Roe", "Bo Lind", "Cai Moss"]
    tubes = pubs["Tail bounds for sums over random tubes"]
    assert (tubes.year, tubes.venue) == (2023, "Bernoulli")


def test_coauthors_in_a_closing_square_bracket_follow_the_owner(tmp_path):
    # a markdown list whose entries close with "\[Joint with [Name](url)\]" (escaped brackets, linked names):
    # the owner is implied and named first, then the joint authors in written order; a solo entry has no aside
    page = tmp_path / "research.md"
    page.write_text(
        "# Ann Roe\n\n## Papers\n\n"
        "* _Counting fixed points in lattices_, Preprint, 30 pages. \\[Joint with [Ben Lee](https://b.example/)\\]  \n"
        "([arXiv:2306.02936](https://arxiv.org/abs/2306.02936))\n"
        "* _Involutions in reflection groups_, **Journal of Rings** (2025), vol. 28, pp. 6--67. \\[Joint with "
        "[Cy Dee](https://c.example/) and [Ed Fox](https://e.example/)\\]  \n"
        "([journal](https://doi.org/10.1007/zz))\n"
        "* _Parabolic subgroups of small rank_, Preprint, 45 pages.  \n"
        "([arXiv:1801.05320](https://arxiv.org/abs/1801.05320))\n", encoding="utf-8")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    assert [a.name for a in pubs["Counting fixed points in lattices"].authors] == ["Ann Roe", "Ben Lee"]
    assert [a.name for a in pubs["Involutions in reflection groups"].authors] == ["Ann Roe", "Cy Dee", "Ed Fox"]
    assert [a.name for a in pubs["Parabolic subgroups of small rank"].authors] == ["Ann Roe"]


def test_coauthors_in_a_closing_bracket_before_a_data_link_or_with_a_remark_follow_the_owner(tmp_path):
    # an economist's list: "<a>Title</a>, <em>Journal</em>, Vol. 9, 2020. (With A and B.) <a>DATA</a>." - the
    # bracket of coauthors stands before a link the entry's labels take, or holds a remark after the names
    page = tmp_path / "papers.md"
    page.write_text(
        "# Ann Roe\n\n## Publications\n\n<ol>\n\n"
        '<li><a href="/f/tides.pdf">Tides and Harbour Trade: Evidence from Old Ledgers</a>, <em>Journal of Port '
        'Studies</em>, Vol. 12, No. 3, May 2020, pp. 1-30. (With Ben Lee.) <a href="https://data.example/1">'
        "REPLICATION DATA</a>.</li>\n\n"
        '<li><a href="/f/rain.pdf">Rain and Rice: Harvest Shocks in Small Farms of the Delta</a>, <em>Review of '
        'Farm Economics</em>, Vol. 4, June 2018, pp. 5-9. (With Cy Dee and Ed Fox. Click here for the Appendix.) '
        '<a href="https://data.example/2">REPLICATION DATA</a>.</li>\n\n'
        '<li><a href="/f/salt.pdf">Tidal Ledgers</a>, <em>Journal of Trade History</em>, Vol. 7, No. 2, Summer 2011, '
        "pp. 10-20.</li>\n\n</ol>\n", encoding="utf-8")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    tides = pubs["Tides and Harbour Trade: Evidence from Old Ledgers"]
    assert [a.name for a in tides.authors] == ["Ann Roe", "Ben Lee"] and tides.venue == "Journal of Port Studies"
    rain = pubs["Rain and Rice: Harvest Shocks in Small Farms of the Delta"]
    assert [a.name for a in rain.authors] == ["Ann Roe", "Cy Dee", "Ed Fox"]
    # a two-word linked title, a journal in italics after its comma: the title, not a name
    salt = pubs["Tidal Ledgers"]
    assert salt.venue == "Journal of Trade History" and salt.year == 2011 and [a.name for a in salt.authors] == ["Ann Roe"]


def _bibliography(tmp_path, *entries: str) -> dict:
    """The works, by title, of Ann Roe's page listing ``entries`` one paragraph each under "Bibliography"."""
    page = tmp_path / "works.html"
    page.write_text("<html><head><title>Ann Roe</title></head><body><h1>Ann Roe</h1>\n<h2>Bibliography</h2>\n"
                    + "".join(f"<p>{e}</p>\n" for e in entries) + "</body></html>\n")
    return {p.title: p for p in import_path(page).profile.publications}


def test_semicolons_part_the_title_venue_and_volume_of_an_entry_after_its_coauthors(tmp_path):
    # "(with A) Title; Venue; Vol.12 (2021)": the semicolon parts the fields as the comma does, spaced or not
    pubs = _bibliography(
        tmp_path,
        "1. (with B. Lind) Ranks of plane partitions, J. Number Th. 30 (1988), 11-20",
        "2. (with C. Moss, D. Fay) Cranks of broken lattices; Ramanujan Journal; Vol.12 (2021)",
        "3. (with E. Hale) Overpartitions and a theorem of Lind;Advances in Math.,Vol 49 (2022), 1-9",
        "4. Quantum groups; a survey, Bull. Amer. Math. Soc. 12 (2001), 1-20",
        "5. (with C. Moss) Lattice sums and modular forms; an introduction, Invent. Math. 44 (2010), 1-9")
    cranks = pubs["Cranks of broken lattices"]
    assert (cranks.venue, cranks.year, cranks.volume) == ("Ramanujan Journal", 2021, "12")
    # a title holding a semicolon before its comma keeps it: the comma is tried first
    assert pubs["Quantum groups; a survey"].venue.startswith("Bull. Amer. Math. Soc")
    assert pubs["Lattice sums and modular forms; an introduction"].venue.startswith("Invent. Math")
    assert [a.name for a in cranks.authors] == ["Ann Roe", "C. Moss", "D. Fay"]
    lind = pubs["Overpartitions and a theorem of Lind"]
    assert (lind.venue, lind.year) == ("Advances in Math", 2022)


def test_a_closing_status_in_brackets_with_or_without_the_venue_closes_an_entry_that_has_no_year(tmp_path):
    # "(with A) Title (Accepted, Venue)", "(with A) Title (submitted)": the status, then the venue if any, stand for
    # the numbers and year a published entry closes with; the entry is a paper, its year unknown
    pubs = _bibliography(
        tmp_path,
        "1. (with B. Lind) Ranks of plane partitions, J. Number Th. 30 (1988), 11-20",
        "2. (with C. Moss) A note on lacunary sums; <a href=\"https://arxiv.org/abs/2001.00001\">"
        "https://arxiv.org/abs/2001.00001</a> (Accepted, Int'l Math. Res. Notices)",
        "3. (with D. Fay) Sequences in shifted partitions (submitted)",
        "4. (with E. Hale) Cranks and the mex of a partition (to appear, Ramanujan J.)",
        "5. (with C. Moss) Sums of squares in function fields, Ramanujan J. (submitted)",
        "6. (with D. Fay) Eta quotients and congruences (under review)",
        "7. (with E. Hale) Lattice points in convex bodies (conditionally accepted, Adv. Math.)")
    lacunary = pubs["A note on lacunary sums"]
    assert (lacunary.venue, lacunary.year) == ("Int'l Math. Res. Notices", None)
    assert [a.name for a in lacunary.authors] == ["Ann Roe", "C. Moss"] and lacunary.notes == ["Accepted"]
    assert (pubs["Sequences in shifted partitions"].venue, pubs["Sequences in shifted partitions"].year) == (None, None)
    assert pubs["Cranks and the mex of a partition"].venue == "Ramanujan J"
    assert pubs["Sequences in shifted partitions"].notes == ["submitted"]
    # "Title, Venue (submitted)": the venue before the status is the venue, not the title's
    squares = pubs["Sums of squares in function fields"]
    assert (squares.venue, squares.notes) == ("Ramanujan J", ["submitted"])
    # any status of the one vocabulary closes the entry
    assert pubs["Eta quotients and congruences"].notes == ["under review"]
    lattice = pubs["Lattice points in convex bodies"]
    assert (lattice.venue, lattice.notes) == ("Adv. Math", ["conditionally accepted"])


def test_an_entry_numbered_in_between_with_a_decimal_is_opened_by_its_whole_number(tmp_path):
    # "6.5 (with A) Title, ...": an entry slotted between 6 and 7; its number is "6.5", not "6." and a "5" of the title
    from kg.importers.page.context import NUMBER_ONLY, NUMBERING

    assert NUMBERING.sub("", "6.5 (with C. Eng) Parity in q-series") == "(with C. Eng) Parity in q-series"
    assert NUMBERING.sub("", "6. Parity in q-series") == "Parity in q-series"
    # a decimal opens an entry only before its bracket: a title's own number stays ("3.5 billion years of ...")
    assert NUMBERING.sub("", "3.5 billion years of microbial mats") == "3.5 billion years of microbial mats"
    assert NUMBER_ONLY.match("326.5") and NUMBER_ONLY.match("326.") and not NUMBER_ONLY.match("3.5 billion")
    pubs = _bibliography(
        tmp_path,
        "6. (with B. Lind) Ranks of plane partitions, J. Number Th. 30 (1988), 11-20",
        "6.5 (with C. Eng, D. Frey) Parity in q-series, Pacific J. Math., 11-30 (2019)",
        "7. Some congruences for partitions, Proc. Amer. Math. Soc. 16 (1965), 333-334")
    parity = pubs["Parity in q-series"]
    assert [a.name for a in parity.authors] == ["Ann Roe", "C. Eng", "D. Frey"] and parity.year == 2019


def test_a_title_holding_a_list_with_commas_runs_to_its_stop_before_the_venue(tmp_path):
    # "<i>q</i>-analogues of A, B, and C. Duke Math. J. 33:1-9 (1967)": the commas are the title's own list, the stop
    # after it ends the title and the venue with its numbers follows; no cut at the first comma
    pubs = _bibliography(
        tmp_path,
        "1. Ranks of plane partitions, J. Number Th. 30 (1988), 11-20",
        "2. <i>q</i>-analogues of Lind, Ostrom, and Sand. Duke Math. J. 33:575-582 (1967)",
        "3. Cranks of lattices after Moss, Fay, and Hale. Proc. Amer. Math. Soc. 16:333-334 (1965)",
        "4. q-identities of Auluck, Carlitz and Rogers. Duke Math. J. 33:575-582 (1966)",
        "5. Sur les formes de Lind, Moss et Hale. Duke Math. J. 34:1-9 (1967)",
        "6. Spectral theory of graphs, Springer, Berlin, and New York. Lecture Notes in Math. 46 (2012), 1-9")
    assert (pubs["q-analogues of Lind, Ostrom, and Sand"].venue, pubs["q-analogues of Lind, Ostrom, and Sand"].year) \
        == ("Duke Math. J", 1967)
    assert pubs["Cranks of lattices after Moss, Fay, and Hale"].venue == "Proc. Amer. Math. Soc"
    assert pubs["Ranks of plane partitions"].venue == "J. Number Th. 30"
    # no serial comma, or another language's "and"
    assert pubs["q-identities of Auluck, Carlitz and Rogers"].venue == "Duke Math. J"
    assert pubs["Sur les formes de Lind, Moss et Hale"].venue == "Duke Math. J"
    # a publisher and its places after the title are no list of the title's (the items not alike in case)
    assert "Spectral theory of graphs" in pubs


def test_a_with_phrase_that_names_the_owner_too_gives_the_byline_order(tmp_path):
    # "(with A, <owner>, B) Title": the owner is named once, where the phrase writes the name, not first and again
    pubs = _bibliography(
        tmp_path,
        "1. (with B. Lind) Ranks of plane partitions, J. Number Th. 30 (1988), 11-20",
        "2. (with Cai Moss, Ann Roe, Dan Fay) Lambert series of two kinds, J. Comb. Th. 221 (2026), 1-9")
    lambert = pubs["Lambert series of two kinds"]
    assert [(a.name, a.is_self) for a in lambert.authors] == [("Cai Moss", False), ("Ann Roe", True),
                                                               ("Dan Fay", False)]
    assert [a.name for a in pubs["Ranks of plane partitions"].authors] == ["Ann Roe", "B. Lind"]


def test_a_with_phrase_naming_the_owner_first_or_with_a_middle_initial_gives_the_byline_once(tmp_path):
    # the owner as the page writes them ("Ann M. Roe") or named first in the phrase: once, where written; the legend's
    # style marks the first coauthor too when the owner is not first
    page = tmp_path / "works.html"
    page.write_text(
        "<html><head><title>Ann Roe</title></head><body><h1>Ann Roe</h1>\n<h2>Bibliography</h2>\n"
        "<p>Students I advise are underlined.</p>\n"
        "<p>1. (with B. Lind) Ranks of plane partitions, J. Number Th. 30 (1988), 11-20</p>\n"
        "<p>2. (with <u>Cai Moss</u>, Ann Roe, Dan Fay) Lambert series of two kinds, J. Comb. Th. 221 (2026), 1-9</p>\n"
        "<p>3. (with Ann Roe, Cai Moss, Dan Fay) Theta series of two kinds, J. Comb. Th. 222 (2026), 1-9</p>\n"
        "<p>4. (with Cai Moss, Ann M. Roe, Dan Fay) Eta quotients of two kinds, J. Comb. Th. 223 (2026), 1-9</p>\n"
        "</body></html>\n")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    lambert = pubs["Lambert series of two kinds"].authors
    assert [(a.name, a.is_self) for a in lambert] == [("Cai Moss", False), ("Ann Roe", True), ("Dan Fay", False)]
    assert lambert[0].marks == ["mentee"]
    theta = pubs["Theta series of two kinds"]
    assert [(a.name, a.is_self) for a in theta.authors] == [("Ann Roe", True), ("Cai Moss", False), ("Dan Fay", False)]
    assert theta.notes == []
    assert [(a.name, a.is_self) for a in pubs["Eta quotients of two kinds"].authors] == [
        ("Cai Moss", False), ("Ann M. Roe", True), ("Dan Fay", False)]


def test_a_title_opening_with_a_decimal_number_keeps_it(tmp_path):
    # "3.5 billion years of ...": the number is the title's, not an entry's number put in between two others
    pubs = _bibliography(
        tmp_path,
        "Ann Roe and B. Lind. Ranks of plane partitions. J. Number Th. 30 (1988), 11-20.",
        "3.5 billion years of microbial mats. Ann Roe and C. Moss. J. Geobiology 12 (2019), 1-9.",
        "Cranks of broken lattices. Ann Roe. Ramanujan J. 12 (2021), 3-9.")
    assert "3.5 billion years of microbial mats" in pubs and "billion years of microbial mats" not in pubs


def test_a_list_numbered_with_decimals_before_its_bylines_opens_each_entry_there(tmp_path):
    """review76e #3: "1.1 Ann Roe and B. Lind. Title. Venue": a decimal before a byline numbers the entry (a bracket
    was the only sign). Before: title "1.1 Ann Roe and B. Lind. Ranks of plane partitions", authors [Ann Roe]."""
    pubs = _bibliography(
        tmp_path,
        "1.1 Ann Roe and B. Lind. Ranks of plane partitions. J. Number Th. 30 (1988), 11-20.",
        "1.2 Ann Roe and C. Moss. Lattice sums of two kinds. J. Comb. Th. 12 (1990), 1-9.",
        "1.10 B. Lind and Ann Roe. Eta quotients of two kinds. J. Comb. Th. 15 (1993), 1-9.")
    assert [(t, [a.name for a in p.authors], p.venue) for t, p in pubs.items()] == [
        ("Ranks of plane partitions", ["Ann Roe", "B. Lind"], "J. Number Th. 30"),
        ("Lattice sums of two kinds", ["Ann Roe", "C. Moss"], "J. Comb. Th. 12"),
        ("Eta quotients of two kinds", ["B. Lind", "Ann Roe"], "J. Comb. Th. 15")]


def test_a_comma_before_a_closing_status_parts_a_venue_only_when_one_follows(tmp_path):
    """review76e #5, #6: "Title, I. Local theory (submitted)": a roman numeral, "Dr.", or a piece of no venue after
    the comma is the title's; "(unpublished lecture notes)" is no venue (the status's words go on only after a
    separator or "in"/"at"/"for"). Before: venues "I. Local theory", "Dr. Watson's notebook revisited", "unpublished
    lecture notes"; "..., a survey (submitted)" and "Lattice sums, Part II (submitted)" unparsed."""
    pubs = _bibliography(
        tmp_path,
        "1. (with B. Lind) Ranks of plane partitions, J. Number Th. 30 (1988), 11-20",
        "2. (with C. Moss) Sums of squares in function fields, I. Local theory (submitted)",
        "3. (with C. Moss) Eta quotients and congruences, a survey (submitted)",
        "4. (with D. Fay) Lattice sums, Part II (submitted)",
        "5. (with D. Fay) Mock theta functions, Dr. Watson's notebook revisited (submitted)",
        "6. (with D. Fay) Lattice sums and eta quotients (unpublished lecture notes)",
        "7. (with C. Moss) Cranks of partitions, Math. Z. (submitted)")
    assert [(t, p.venue) for t, p in pubs.items()][1:] == [
        ("Sums of squares in function fields, I. Local theory", None),
        ("Eta quotients and congruences, a survey", None), ("Lattice sums, Part II", None),
        ("Mock theta functions, Dr. Watson's notebook revisited", None),
        ("Lattice sums and eta quotients (unpublished lecture notes)", None), ("Cranks of partitions", "Math. Z")]
    assert all(p.notes == ["submitted"] for t, p in pubs.items() if "(" not in t and "Ranks" not in t)


@pytest.mark.parametrize("text, title, venue", [
    ("Pollen records from Kenya, Uganda, and the Congo basin. J. Afr. Ecol. 12:1-9 (2019)",
     "Pollen records from Kenya, Uganda, and the Congo basin", "J. Afr. Ecol. 12:1-9 (2019)"),
    ("Spectral Theory of Graphs, Springer, Berlin and New York. Lecture Notes in Math. 46 (2012), 1-9",
     "Spectral Theory of Graphs", "Springer, Berlin and New York. Lecture Notes in Math. 46 (2012), 1-9"),
    ("q-identities of Auluck, Carlitz and Rogers. Duke Math. J. 33:575-582 (1966)",
     "q-identities of Auluck, Carlitz and Rogers", "Duke Math. J. 33:575-582 (1966)"),
])
def test_a_titles_list_is_read_past_an_items_article_and_not_off_a_title_case_head(text, title, venue):
    """review76e #7: an item's article is no evidence of its case ("and the Congo basin"), nor is a Title Case head,
    whose every word is capitalised (a publisher and its places after it). Before: title "Pollen records from
    Kenya", venue "Uganda, and the Congo basin. J. Afr. Ecol"; title "Spectral Theory of Graphs, Springer, Berlin
    and New York"."""
    from kg.importers.page.citation import _title_comma_venue
    from kg.importers.page.context import Ctx

    assert _title_comma_venue(text, Ctx()) == (title, None, venue)


def test_a_with_phrase_names_the_owner_only_by_their_name_or_a_middle_initial(tmp_path):
    """review76e #12: in "(with Cai Moss, Annie Roe, Dan Fay)" Annie Roe is another person (mark_owner's looser
    variants, for a byline, took her for Ann Roe); "Ann M. Roe" is the owner. Before: [Cai Moss, Annie Roe*, Dan
    Fay]."""
    pubs = _bibliography(
        tmp_path,
        "1. (with B. Lind) Ranks of plane partitions, J. Number Th. 30 (1988), 11-20",
        "2. (with Cai Moss, Annie Roe, Dan Fay) Lattice sums of two kinds, J. Comb. Th. 12 (1990), 1-9",
        "3. (with Cai Moss, Ann M. Roe, Dan Fay) Theta series of two kinds, J. Comb. Th. 14 (1992), 1-9")
    assert [(a.name, a.is_self) for a in pubs["Lattice sums of two kinds"].authors] == [
        ("Ann Roe", True), ("Cai Moss", False), ("Annie Roe", False), ("Dan Fay", False)]
    assert [(a.name, a.is_self) for a in pubs["Theta series of two kinds"].authors] == [
        ("Cai Moss", False), ("Ann M. Roe", True), ("Dan Fay", False)]


def test_a_leading_capitalised_foreign_with_before_no_initial_is_a_subtitle(tmp_path):
    """review76e #8: "(Con Notas Breves) Title": a capitalised "Con" before words with no initial opens a subtitle,
    no coauthors; "(con Lind y Moss)"'s names stay. Before: coauthor "Notas Breves"."""
    pubs = _bibliography(
        tmp_path,
        "1. (with B. Lind) Ranks of plane partitions, J. Number Th. 30 (1988), 11-20",
        "2. (Con Notas Breves) Formas modulares y particiones, Rev. Mat. Complut. 12 (2015), 1-9",
        "3. (Con A. Ruiz) Formas modulares de peso dos, Rev. Mat. Complut. 13 (2015), 1-9")
    assert [a.name for a in pubs["Formas modulares y particiones"].authors] == ["Ann Roe"]
    assert [a.name for a in pubs["Formas modulares de peso dos"].authors] == ["Ann Roe", "A. Ruiz"]


def test_an_italic_journal_that_reads_like_two_names_is_the_venue_when_a_bracket_names_the_coauthors(tmp_path):
    # "<a>Title</a>, <em>Economic Development and Cultural Change</em>, Vol. 68, 2019. (With A. Lee.)": the
    # journal's "X Y and Z W" reads as two names, but the bracket names the coauthors: the italic run is the
    # venue (before: dropped, the entry left with no venue); a remark after the names stays a note
    page = tmp_path / "papers.md"
    page.write_text(
        "# Ann Roe\n\n## Publications\n\n<ol>\n\n"
        '<li><a href="/f/farm.pdf">Helping Farmers Save: Evidence from a Field Trial</a>, <em>Rural Growth and '
        "Social Change</em>, Vol. 68, No. 1, October 2019, pp. 63-91. (With Ben Lee.)</li>\n\n"
        '<li><a href="/f/rain.pdf">Rain and Rice: Harvest Shocks in Small Farms</a>, <em>Review of Farm '
        "Economics</em>, Vol. 4, June 2018, pp. 5-9. (With Cy Dee. Click here for the Online Appendix.)</li>\n\n"
        "</ol>\n", encoding="utf-8")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    farm = pubs["Helping Farmers Save: Evidence from a Field Trial"]
    assert (farm.venue, farm.year, [a.name for a in farm.authors]) == (
        "Rural Growth and Social Change", 2019, ["Ann Roe", "Ben Lee"])
    rain = pubs["Rain and Rice: Harvest Shocks in Small Farms"]
    assert (rain.venue, [a.name for a in rain.authors]) == ("Review of Farm Economics", ["Ann Roe", "Cy Dee"])
    assert rain.notes == ["Click here for the Online Appendix"]


def test_a_transliterated_two_letter_initial_in_a_with_bracket_is_no_sentence_end(tmp_path):
    # "(With Ye. Semenov)", "(With Yu. Egorov, Zh. Li and B. Moss)": Russian given names as two-letter initials; the
    # stop after one opens a name, not the end of the names (before: a coauthor "Ye", the family name dropped); a
    # family name of two letters at the names' end still ends them ("With Bo Li. Online appendix.")
    page = tmp_path / "papers.md"
    page.write_text(
        "# Ann Roe\n\n## Publications\n\n"
        "1. (With Ye. Semenov), Tidal harmonics on the sphere, Proc. Harbour Math. Soc. 12 (1999), 1-20.\n"
        "2. Wave traps in thin domains, J. Coast. Anal. 3 (2001), 5-9. (With Yu. Egorov, Zh. Li and B. Moss)\n"
        '3. <a href="/a.pdf">Rain and Rice: Harvest Shocks in Small Farms</a>, <em>Review of Farm Economics</em>, '
        "Vol. 4, 2018. (With Bo Li. Online appendix.)\n", encoding="utf-8")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    assert [a.name for a in pubs["Tidal harmonics on the sphere"].authors] == ["Ann Roe", "Ye. Semenov"]
    assert [a.name for a in pubs["Wave traps in thin domains"].authors] == [
        "Ann Roe", "Yu. Egorov", "Zh. Li", "B. Moss"]
    rain = pubs["Rain and Rice: Harvest Shocks in Small Farms"]
    assert [a.name for a in rain.authors] == ["Ann Roe", "Bo Li"] and rain.notes == ["Online appendix"]


def test_an_entry_number_said_twice_is_one_number():
    from kg.importers.page.context import NUMBERING
    assert NUMBERING.sub("", "[12][12] Lee, A. (2019). Title.") == "Lee, A. (2019). Title."
    assert NUMBERING.sub("", "[12][13] Lee, A.") == "[13] Lee, A."  # (two numbers: the second is no repeat)
