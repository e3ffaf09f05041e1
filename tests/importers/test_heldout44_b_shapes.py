"""Page shapes met in batch 44b, in synthetic form: a jemdoc site whose built home page is committed but whose other
pages are only there as their jemdoc sources (the menu links ``papers.html``, the folder holds ``papers.jemdoc``);
a list page whose first heading, with nothing under it, names the section and whose groups follow at that heading's
own level ("== Publications" / "== Robotics" / "== Vision")."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site

_HOME = """<!DOCTYPE html>
<html><head><title>Rosa Quintero</title></head>
<body>
<div id="menu"><a href="index.html">Home</a> <a href="papers.html">Papers</a> <a href="prizes.html">Prizes</a></div>
<h1>Rosa Quintero</h1>
<p>I am a lecturer in applied physics at Northfield University.</p>
</body></html>
"""

_PAPERS = """# jemdoc: menu{MENU}{papers.html}
== Publications

== Optics

- [https://example.org/p/1 Slow light in warm vapour cells] \\n
  with Ivo Brandt and Lena Osei \\n
  /Optics Letters, 2021/ \\n

- [https://example.org/p/2 A tunable filter made of coupled rings] \\n
  with Lena Osei \\n
  /CLEO, 2019/ \\n

== Acoustics

- [https://example.org/p/3 Sound in porous glass] \\n
  with Ivo Brandt, Tom Varga, and Lena Osei \\n
  /Journal of Sound, 2018/ \\n
"""

_PRIZES = """# jemdoc: menu{MENU}{prizes.html}
== Prizes

- Young Physicist Prize, Northfield Society, 2020.
- Best Poster Award, Optics Meeting, 2017.
"""


def _listed(tmp_path, heading: str, items: list[str], tag: str = "ol"):
    """The works kg reads from a page of Rosa Quintero's holding ``items`` (``<li>`` elements) in one list under
    ``heading``."""
    page = tmp_path / "index.html"
    page.write_text(f"<html><body><h1>Rosa Quintero</h1><h2>{heading}</h2>"
                    f"<{tag}>{''.join(items)}</{tag}></body></html>")
    return import_path(page).profile.publications


def test_a_link_to_a_built_page_that_is_absent_reads_its_jemdoc_source(tmp_path):
    # the home page links "papers.html"; only "papers.jemdoc", its source, is in the folder: that is the page
    site = write_site(tmp_path / "site", {"index.html": _HOME, "papers.jemdoc": _PAPERS, "prizes.jemdoc": _PRIZES})
    profile = import_path(site).profile
    assert profile.person.name == "Rosa Quintero"
    assert [(a.year, a.file) for a in profile.awards] == [(2020, "prizes.jemdoc"), (2017, "prizes.jemdoc")]
    assert [p.title for p in profile.publications] == [
        "Slow light in warm vapour cells", "A tunable filter made of coupled rings", "Sound in porous glass"]


def test_groups_at_the_level_of_an_empty_section_heading_are_the_sections(tmp_path):
    # "== Publications" has nothing under it: "== Optics" and "== Acoustics" are its groups, no other sections
    page = tmp_path / "papers.jemdoc"
    page.write_text("= Rosa Quintero\n\n" + _PAPERS.split("\n", 1)[1])
    profile = import_path(page).profile
    pubs = profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Slow light in warm vapour cells", "Optics Letters", 2021),
        ("A tunable filter made of coupled rings", "CLEO", 2019),
        ("Sound in porous glass", "Journal of Sound", 2018)]
    assert [a.name for a in pubs[2].authors] == ["Rosa Quintero", "Ivo Brandt", "Tom Varga", "Lena Osei"]
    assert not profile.unparsed


def test_a_heading_of_no_kind_after_a_section_with_items_is_still_another_section(tmp_path):
    # the section's heading had its own items: a heading of no kind at its level closes it, as before
    page = tmp_path / "index.md"
    page.write_text("# Rosa Quintero\n\n## Publications\n\n- R. Quintero, L. Osei. Slow light in warm vapour cells. "
                    "*Optics Letters*, 2021.\n\n## Hobbies\n\n- Sailing on the lake in summer.\n")
    profile = import_path(page).profile
    assert [p.title for p in profile.publications] == ["Slow light in warm vapour cells"]
    assert any("Sailing" in u.text for u in profile.unparsed)


def test_a_last_initial_written_without_its_stop_is_no_article(tmp_path):
    # "J. P. A Rowe and R. N. Quintero.": the "A" after two initials is the first author's third initial, not the
    # article opening a title, so the names are the authors and the sentence after them the title
    from kg.importers.page.scores import author_score

    assert author_score("J. P. A Rowe and R. N. Quintero") == 1.0
    assert author_score("A Study of Light") == 0.0
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Rosa Quintero</h1><h2>Publications</h2><table>"
                    "<tr><td>[1]</td><td>J.&nbsp;P.&nbsp;A Rowe and R.&nbsp;N. Quintero.\n Slow light in warm vapour.\n"
                    " In <em>Proceedings of the Optics Workshop</em>, pages 1--4, Lyon, France, May 2001.</td></tr>"
                    "</table></body></html>")
    pub = import_path(page).profile.publications[0]
    assert (pub.title, pub.year) == ("Slow light in warm vapour", 2001)
    assert [(a.name, a.is_self) for a in pub.authors] == [("J. P. A Rowe", False), ("R. N. Quintero", True)]


def test_a_place_of_study_named_before_the_degree_earned_there(tmp_path):
    # "I graduated from X with a B. Tech. (Honors) in Y": the place first, then its degree and field
    page = tmp_path / "index.md"
    page.write_text("# Rosa Quintero\n\nI am a lecturer at Northfield University. Before that, I got my Ph.D. in "
                    "Physics from Southfield University. Prior to that, I graduated from IIT Delhi with a B. Tech. "
                    "(Honors) in Electrical Engineering and Minors in Mathematics, where I worked with Lena Osei.\n")
    education = import_path(page).profile.person.education
    assert [(e.degree, e.field, e.institution) for e in education] == [
        ("Ph.D.", "Physics", "Southfield University"), ("B. Tech.", "Electrical Engineering", "IIT Delhi")]


def test_quotations_inside_a_title_and_around_the_book_holding_it(tmp_path):
    # a list of the owner's papers with no bylines: a quoted word the title's own words lead into is part of the
    # title; a quoted name after ", in" is the book that holds the paper; TeX's typed quotes (``X'', ''X'') are
    # quotation marks as well (the title keeps them as typed)
    pubs = _listed(tmp_path, "Papers", [
        "<li><p>(with L. Osei) Slow light in warm vapour, Optics Letters <b>12</b> (2005), 100-110.</p></li>",
        "<li><p>On the sorting of atoms into ''families'', in\n``Collected Notes of the Northfield Physics Club'', "
        "1968, p.10-12.</p></li>",
        "<li><p>Mirrors made of “cold” atoms, in “Annual Report of the Optics Group”, 1970, p.1-5.</p></li>"])
    assert [(p.title, p.year) for p in pubs] == [
        ("Slow light in warm vapour", 2005), ("On the sorting of atoms into ''families''", 1968),
        ("Mirrors made of “cold” atoms", 1970)]
    assert "Collected Notes of the Northfield Physics Club" in pubs[1].venue
    assert [a.name for a in pubs[2].authors] == ["Rosa Quintero"]


def test_a_title_in_italics_opening_an_entry_with_its_status_only(tmp_path):
    # "<i>Title</i>, in preparation.": the owner's book, no byline, no venue or year yet; the italics hold the whole
    # title, its stops and its "and"s (no names: "Operators and Their Uses II" is no list of two people)
    pubs = _listed(tmp_path, "Books", [
        "<li><p><i>Wave Operators and Their Uses II. Generalizations and\n\tApplications</i>, in preparation.</p></li>",
        "<li><p><i>Notes on Harmonic Sums</i>, in preparation.</p></li>",
        "<li><p><i>The Radon Transform and Imaging</i>, SIAM, 2014.</p></li>"])
    assert [(p.title, p.year, p.notes) for p in pubs] == [
        ("Wave Operators and Their Uses II. Generalizations and Applications", None, ["in preparation"]),
        ("Notes on Harmonic Sums", None, ["in preparation"]), ("The Radon Transform and Imaging", 2014, [])]
    assert all([a.name for a in p.authors] == ["Rosa Quintero"] for p in pubs)


def test_the_book_holding_a_chapter_is_no_title(tmp_path):
    # "Title, in "Book", ...", "Title, chapter in A. Lee's book ''Book'', ..." and "Title, Chapter 4 in Vol. 2 of
    # "Book"": the title is the paper's own
    pubs = _listed(tmp_path, "Papers", [
        "<li><p>(with L. Osei) Slow light in warm vapour, Optics Letters <b>12</b> (2005), 100-110.</p></li>",
        "<li><p>(with I. Brandt) 2D mirrors of cold atoms, in \"Waves in Odd Media\", L. Osei (Editor), Lecture "
        "Series, Vol. 9, p. 23-30, 1997.</p></li>",
        "<li><p>Elements of optics, chapter in I. Brandt's book ''Modern Physics'', Northfield Univ Press, "
        "1983.</p></li>",
        "<li><p>(with L. Osei) <a href=\"https://arxiv.org/abs/0912.0001\">Light in thin films</a>, Chapter 4 in "
        "Vol. 1--2 of <a href=\"https://example.org/handbook\">\"Handbook of Optics\"</a>, 900 pp. Springer, "
        "2015.</p></li>"])
    assert [(p.title, p.year) for p in pubs] == [
        ("Slow light in warm vapour", 2005), ("2D mirrors of cold atoms", 1997), ("Elements of optics", 1983),
        ("Light in thin films", 2015)]
    assert "Modern Physics" in pubs[2].venue
    assert [a.name for a in pubs[2].authors] == ["Rosa Quintero"]


def test_a_quotation_in_a_later_piece_leaves_the_byline_alone(tmp_path):
    # "R Quintero, Title, Summer School on "X", Lyon, July 1988. Publisher, City, 1990.": the quoted name sits in
    # the venue's piece, after the names and the title; reading it as the title's (as one in the first piece of a
    # bylineless citation is) loses the names to the publisher's
    pubs = _listed(tmp_path, "Publications", [
        "<li><u>R Quintero</u>, Light and Matter in Optics,\nSummer School on \"Modern Trends in Optics\", Lyon, "
        "France, July 1988. North Press, Amsterdam, Course IV, 71-120, 1990.</li>",
        "<li>B Chen and <u>R Quintero</u>, <i>Slow light in warm vapour,</i> Opt. Lett. <b>5</b>, 1-9, 1981.</li>"],
        tag="ul")
    assert [[a.name for a in p.authors] for p in pubs] == [["Rosa Quintero"], ["B Chen", "R Quintero"]]
