"""Page shapes met in batch 46b, in synthetic form: a Quarto listing whose paper pages write each author as Quarto's
author schema does, ``name:`` a mapping of its own (``{given: Ines, family: Moreau, literal: Ines Moreau}``); a school
"of Law and Diplomacy"; a Word page's zero-width space after a name, its bold "M.Sc. Dissertation" line, an entry its
paragraphs cut inside the journal's name, and a contact page no page links to with an address spelled out in words;
"A and B, Title: Subtitle, In: Book" and "A, B and C (editors), Book, Press"; an erratum cited after its paper; a
dated copy of the people page; a menu of bracketed links; "an Associate Professor and the Director of X in the
Department of Y at Z"."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import imported_site

_PAPER = """---
title: "Tides and the timing of harbour repairs"
author:
    - name:
        given: Ines
        family: Moreau
        literal: Ines Moreau
      orcid: 0000-0000-0000-0001
    - name:
        given: Tomas
        family: Varga
      orcid: 0000-0000-0000-0002
date: "2022-03"
pub-info:
  reference: '"Tides and the timing of harbour repairs," with Ines Moreau. <em>Coastal Works</em> (2022).'
---

### Abstract

Harbours are repaired when the sea allows it.
"""


def test_a_quarto_author_whose_name_is_a_mapping_is_an_author(tmp_path):
    # Quarto's author schema: "- name: {given, family, literal}" beside the author's orcid; before, no author was read
    profile = imported_site(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Tomas Varga\n",
        "index.qmd": "---\ntitle: Tomas Varga\n---\n\nI study harbours.\n",
        "research/index.qmd": "---\ntitle: Research\nlisting:\n  - id: papers\n    contents: \"papers/*.qmd\"\n---\n\n"
                              "## Papers\n\n:::{#papers}\n:::\n",
        "research/papers/tides.qmd": _PAPER,
    })
    [pub] = profile.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("Ines Moreau", False), ("Tomas Varga", True)]


def test_a_school_named_with_and_diplomacy_is_one_place_of_study(tmp_path):
    # "Law and Diplomacy": "and Diplom..." was taken for the next degree of a list ("and a diploma from ..."), so
    # the place was cut after "Law"
    page = tmp_path / "index.md"
    page.write_text("# Nora Quill\n\nNora Quill is an Associate Professor at Inland University. She received her "
                    "Ph.D. from The Harbour School of Law and Diplomacy at Westmoor University and her B.A. from "
                    "Elmfield College.\n")
    education = import_path(page).profile.person.education
    assert [(e.degree, e.institution) for e in education] == [
        ("Ph.D.", "The Harbour School of Law and Diplomacy at Westmoor University"), ("B.A.", "Elmfield College")]


def test_a_zero_width_space_after_a_name_leaves_the_author_list_whole(tmp_path):
    # a word processor's page: "Tomas Varga<span>\u200b</span>, Ines Moreau and Lena Osei. Title. Venue, 2018."
    # Before, the invisible character ended the author list at the owner, the rest read as the title
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Tomas Varga</h1><h2>Publications</h2>"
                    "<p>Tomas Varga<span>\u200b</span>, Ines Moreau and Lena Osei. Silt in slow rivers. "
                    "Journal of Sediments, vol. 4, 2018.</p>"
                    "<p>Ines Moreau and Tomas Varga. Gravel bars after floods. River Letters, vol. 2, 2016.</p>"
                    "</body></html>", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, [a.name for a in p.authors]) for p in pubs] == [
        ("Silt in slow rivers", ["Tomas Varga", "Ines Moreau", "Lena Osei"]),
        ("Gravel bars after floods", ["Ines Moreau", "Tomas Varga"])]


def _books_page(tmp_path, *items: str):
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Tomas Varga</h1><h2>Books and Chapters</h2>"
                    + "".join(f"<p>{i}</p>" for i in items) + "</body></html>", encoding="utf-8")
    return [(p.title, p.venue, p.year, [a.name for a in p.authors]) for p in import_path(page).profile.publications]


def test_a_colon_after_names_closed_by_and_is_the_titles(tmp_path):
    # "A and B, Title: Subtitle, In: Book": "and" closed the names, so the colon is the title's; before, the
    # title's first words were read as a third author and the rest as the title
    assert _books_page(tmp_path, "Lena Osei and <b>Tomas Varga</b>, Silt Budgets: Recent Advances, In: <i>Handbook of "
                                 "Rivers</i>, edited by Ivo Brandt, Springer, pp. 10-20, 2017.") == [
        ("Silt Budgets: Recent Advances", "Handbook of Rivers, edited by Ivo Brandt, Springer", 2017,
         ["Lena Osei", "Tomas Varga"])]


def test_the_editors_word_after_the_names_closes_them(tmp_path):
    # "A, B and C (editors), Book, Press, 2012": an edited book; before, the item was not read (no name list
    # closed), and with a colon in the title the list ran on into it
    assert _books_page(tmp_path, "<b>Tomas Varga,</b> Ines Moreau and Lena Osei (editors), River Sediments in "
                                 "Practice, Harbour Press, 2012.",
                       "<b>Tomas Varga</b> and Ines Moreau (editors), Gravel: Principles and Practices, Harbour "
                       "Press, 2015.") == [
        ("River Sediments in Practice", "Harbour Press", 2012, ["Tomas Varga", "Ines Moreau", "Lena Osei"]),
        ("Gravel: Principles and Practices", "Harbour Press", 2015, ["Tomas Varga", "Ines Moreau"])]


_PEOPLE = """<html><body><h1>People</h1><h2>Graduate Students</h2>
<p><b>Ana Ruiz</b></p><p><b>Bo Lindqvist</b></p><p><b>Cyra Oduya</b></p>
</body></html>"""


def test_students_a_dated_copy_of_the_people_page_lists_again_are_counted_once(tmp_path):
    # "people.htm" and its old copy "peopleMar25_11.htm" list the same three students; before, six were read
    profile = imported_site(tmp_path, {
        "index.htm": "<html><head><title>Tomas Varga</title></head><body><h1>Tomas Varga</h1>"
                     "<p>[<a href='people.htm'>People</a>] [<a href='publications.htm'>Publications</a>]</p>"
                     "<p>Tomas Varga is a Professor of River Science at Westmoor University.</p></body></html>",
        "people.htm": _PEOPLE,
        "peopleMar25_11.htm": _PEOPLE,
        "publications.htm": "<html><body><h1>Publications</h1><ol>"
                            "<li><b>Tomas Varga</b>, Ines Moreau, Silt in slow rivers, <i>Journal of Sediments</i>, 2018."
                            "</li><li>Ines Moreau, <b>Tomas Varga</b>, Gravel bars after floods, <i>River Letters</i>,"
                            " 2016.</li></ol></body></html>",
    })
    assert [(s.name, s.file) for s in profile.students] == [
        ("Ana Ruiz", "people.htm"), ("Bo Lindqvist", "people.htm"), ("Cyra Oduya", "people.htm")]


def test_a_contact_page_no_page_links_gives_the_owners_address_and_workplace(tmp_path):
    # the home is a redirect now; the list page and the memberships page are read, and "contact.htm" (linked by
    # none of them) holds the workplace and an address written out in words ("ana dot ruiz at ..."). Before, the
    # contact page was not read, and an address spelled so lost the words before its last " dot "
    profile = imported_site(tmp_path, {
        "index.html": "<html><head><meta http-equiv='refresh' content='5; url=https://elsewhere.example.org'></head>"
                      "<body><p>My page has moved.</p></body></html>",
        "publications.htm": "<html><head><title>Ana Ruiz</title></head><body><p><b>Publications</b></p>"
                            "<p>Ana Ruiz and Ines Moreau. Silt in slow rivers. Journal of Sediments, vol. 4, 2018.</p>"
                            "<p>Ana Ruiz. Gravel bars after floods. River Letters, vol. 2, 2016.</p>"
                            "<p><a href='service.htm'>Service</a></p></body></html>",
        "service.htm": "<html><head><title>Ana Ruiz</title></head><body><p><b>Editorial Boards</b></p><p>Editor of River Letters, 2020 to date</p>"
                       "<p><a href='publications.htm'>Publications</a></p></body></html>",
        "contact.htm": "<html><body><table><tr><td><p>Contact Details</p></td><td>"
                       "<p><b>Work Address</b></p><p>School of Earth Sciences</p><p>Westmoor University</p>"
                       "<p>Westmoor WM1 2AB</p><p><b>E-mail</b></p>"
                       "<p><span>ana</span><span> dot <span>ruiz</span> at westmoor dot ac dot uk</span></p>"
                       "</td></tr></table></body></html>",
    })
    assert profile.person.name == "Ana Ruiz"
    assert profile.person.email == "ana.ruiz@westmoor.ac.uk"
    assert [a.name for a in profile.person.affiliations] == ["Westmoor University"]


def test_a_bold_msc_dissertation_line_heads_the_thesis_under_it(tmp_path):
    # Word's paragraphs: "<p><b>M.Sc. Dissertation</b></p>" over the one thesis; before, the line was read as a
    # work titled "Dissertation" by an author "M.Sc"
    page = tmp_path / "publications.htm"
    page.write_text("<html><head><title>Tomas Varga</title></head><body><p>Publications</p>"
                    "<p><b>Ph.D. Thesis</b></p><p>Tomas Varga. Silt in slow rivers. Ph.D. Thesis, Westmoor "
                    "University, 2003.</p><p><b>M.Sc. Dissertation</b></p><p>Tomas Varga. Gravel in fast rivers. "
                    "M.Sc. Dissertation, Eastfield University, 1999.</p><p><b>Journals</b></p><p>Ines Moreau and "
                    "Tomas Varga. Sand in deltas. River Letters, vol. 2, 2016.</p></body></html>", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Silt in slow rivers", 2003), ("Gravel in fast rivers", 1999), ("Sand in deltas", 2016)]


def test_an_erratum_cited_after_the_paper_leaves_the_papers_year(tmp_path):
    # '..., Vol.38-40, pp. 1429-1435, 2001. Erratum to "Title", Journal, Vol.42, pp.339, 2002.': one work, of 2001;
    # before, the erratum's year was the work's
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Tomas Varga</h1><h2>Journal Papers</h2>"
                    "<p><b>Tomas Varga</b>, Ines Moreau, <a href='https://example.org/a.pdf'>Silt in slow rivers,</a> "
                    "<i>River Letters</i>, Vol.38-40, pp. 1429-1435, 2001.&nbsp; <a href='https://example.org/b.pdf'>"
                    "Erratum to &quot;Silt in slow rivers&quot;</a>, <i>River Letters</i>, Vol.42, pp.339, 2002.</p>"
                    "<p><b>Tomas Varga</b>, Ines Moreau, <a href='https://example.org/c.pdf'>Gravel bars after floods,"
                    "</a> <i>River Letters</i>, Vol.30, pp. 1-5, 1999.</p></body></html>")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year, p.pages) for p in pubs] == [
        ("Silt in slow rivers", "River Letters", 2001, "1429-1435"),
        ("Gravel bars after floods", "River Letters", 1999, "1-5")]


def test_a_venue_cut_by_a_paragraph_break_is_read_whole(tmp_path):
    # Word broke one entry into two paragraphs inside its journal's name ("... International Journal of" /
    # "River Studies and Delta Science, Tarn Press, vol. 5(2): 155-166, 2021."); before, the entry had no year and
    # the second paragraph was read as a work of its own
    page = tmp_path / "publications.htm"
    page.write_text("<html><head><title>Tomas Varga</title></head><body><p><b>Journals</b></p>"
                    "<p>Ines Moreau and Tomas Varga. Silt in slow rivers. International Journal of</p>"
                    "<p>River Studies and Delta Science, Tarn Press, vol. 5(2): 155-166, 2021.</p>"
                    "<p>Tomas Varga. Gravel bars after floods. River Letters, Westmoor Press, vol. 2: 1-9, 2016.</p>"
                    "</body></html>", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year, p.volume) for p in pubs] == [
        ("Silt in slow rivers", "International Journal of River Studies and Delta Science, Tarn Press", 2021, "5(2)"),
        ("Gravel bars after floods", "River Letters, Westmoor Press", 2016, "2")]


def test_a_menu_of_bracketed_links_is_no_workplace(tmp_path):
    # "[Home] [People] [Research] [Publications]" over the owner's name: the site's menu; before, it was read as an
    # affiliation (its word "Research" an organisation's) ahead of the university
    page = tmp_path / "index.htm"
    page.write_text("<html><head><title>The Varga Lab</title></head><body>"
                    "<div><p><b>Varga Research Group</b></p></div>"
                    "<div><p>[<a href='index.htm'>Home</a>] [<a href='people.htm'>People</a>] "
                    "[<a href='research.htm'>Research</a>] [<a href='publications.htm'>Publications</a>]</p></div>"
                    "<div><p><b>Tomas Varga, Ph.D.</b></p><p>Professor</p>"
                    "<p><a href='https://www.westmoor.example.edu/'>Westmoor University</a></p>"
                    "<p>Email: tomas.varga@westmoor.example.edu</p></div></body></html>")
    person = import_path(page).profile.person
    assert [(a.name, a.role) for a in person.affiliations] == [("Westmoor University", "Professor")]


def test_a_second_post_named_with_of_leaves_the_first_as_the_job(tmp_path):
    # "an Associate Professor and the Director of Graduate Studies in the Department of Geology at X": before, the
    # job was "Associate Professor and the Director" and the department "Graduate Studies in the Department of ..."
    page = tmp_path / "index.md"
    page.write_text("# Nora Quill\n\nDr. Nora Quill is an Associate Professor and the Director of Graduate Studies in "
                    "the Department of Geology at Inland University. She studies how rocks weather.\n")
    person = import_path(page).profile.person
    assert person.job_title == "Associate Professor"
    assert [(a.name, a.department, a.role) for a in person.affiliations] == [
        ("Inland University", "Department of Geology", "Associate Professor")]
