"""Readings found on batch 30 (c) of real sites (measured untouched at the start of round 30): synthetic pages, own
words, names invented."""
from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site

_HOME = ("<html><head><title>Mara Quill</title></head><body><h1>Mara Quill</h1>"
         "<p>Mara Quill is a researcher at the Fenwick Institute.</p></body></html>\n")


def _row(n: int, title: str, authors: str, venue: str) -> str:
    return (f'<tr><td class="idx">[{n}]</td><td><font class="t">{title}. </font>\n'
            f"<font>{authors}. </font>\n<font class=\"v\">{venue}.</font></td></tr>\n")


def test_a_page_named_in_words_run_together_in_capitals_is_a_section_page(tmp_path):
    # "LatestPapersByYear.html", which the home no longer links, is the site's publication page by its name: all its
    # rows are the site's list, the row whose venue gives no year (a journal named without one) too
    rows = [_row(3, "Folded lattices of small widgets", "Mara Quill, and Otto Brenn", "Journal of Widget Studies"),
            _row(2, "Dense gadgets at scale", "Otto Brenn, and Mara Quill", "Widget Letters 2017"),
            _row(1, "Sparse moulds in the field", "Ida Lorn, Mara Quill, and Otto Brenn", "Proc. Widget Days 2015")]
    root = write_site(tmp_path / "site", {
        "index.html": _HOME,
        "LatestPapersByYear.html": "<html><body><h3>Recent publications</h3><table>\n" + "".join(rows) + "</table></body></html>\n",
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    assert sorted(pubs) == ["Dense gadgets at scale", "Folded lattices of small widgets", "Sparse moulds in the field"]
    assert pubs["Folded lattices of small widgets"].year is None


def test_a_venue_short_name_with_two_digits_gives_the_year(tmp_path):
    # "Conference on Widget Vision (CWV16)": the only year the entry gives is the short name's two digits
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Publications</h2><ol>"
                    "<li>Mara Quill, and Otto Brenn. Dense gadgets at scale. Conference on Widget Vision (CWV16).</li>"
                    "<li>Otto Brenn, and Mara Quill. Sparse moulds in the field. In Proc. GADGET'97, Lyon.</li>"
                    "<li>Mara Quill. Notes on COVID-19 widgets. Journal of Widget Studies.</li>"
                    "</ol></body></html>\n")
    years = {p.title: p.year for p in import_path(page).profile.publications}
    assert years == {"Dense gadgets at scale": 2016, "Sparse moulds in the field": 1997,
                     "Notes on COVID-19 widgets": None}


def test_fellowships_after_the_heading_name_are_no_position(tmp_path):
    # "<h1>Name (native name), Fellow of ABC, IEEE and XYZ</h1>" over the lines of the position and the employer
    page = tmp_path / "index.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><table><tr><td>"
                    "<h1>Mara Quill <font>(玛拉)</font>, Fellow of ABC, IEEE and XYZ</h1></td></tr>"
                    "<tr><td><p><font size='4'> Chief Scientist for Widgets <br> Fenwick Corp <br>"
                    " Email: mara at fenwick dot com</font></p></td></tr></table>"
                    "<h3>Biography</h3><p>Mara Quill is Chief Scientist for widgets with Fenwick Corp.</p>"
                    "</body></html>\n")
    person = import_path(page).profile.person
    assert (person.name, person.job_title) == ("Mara Quill", "Chief Scientist for Widgets")


def test_unmarked_names_between_a_marked_title_and_venue_are_the_authors(tmp_path):
    # '<font class="pubtitle">Title. </font><font>Names. </font><font class="pubbooktitle">Venue</font>': the title's
    # class marks it, the names' element has none; a long title is not the names' line too
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Publications</h2><table>"
                    "<tr><td>[2]</td><td><font class='pubtitle'>Query-led iterated neighbourhood walks for widget "
                    "indexing at a very large scale. </font>\n<font>Mara Quill, and Otto Brenn. </font>"
                    "<font class='pubbooktitle'>Widget Multimedia 2012.</font></td></tr>"
                    "<tr><td>[1]</td><td><font class='pubtitle'>Folded lattices for cross-modal widget search. "
                    "</font>\n<font>Ida Lorn, and Mara Quill </font>\n"
                    "<font class='pubbooktitle'>Widget Vision 2016.</font></td></tr>"
                    "</table></body></html>\n")
    pubs = import_path(page).profile.publications
    assert [(p.title, [a.name for a in p.authors], p.venue) for p in pubs] == [
        ("Query-led iterated neighbourhood walks for widget indexing at a very large scale",
         ["Mara Quill", "Otto Brenn"], "Widget Multimedia"),
        ("Folded lattices for cross-modal widget search", ["Ida Lorn", "Mara Quill"], "Widget Vision")]


def test_a_jemdoc_menu_links_the_owners_profiles(tmp_path):
    # jemdoc's MENU puts its links on every page: a profile link there is the owner's (a commented line is not shown)
    root = write_site(tmp_path / "site", {
        "MENU": "Mara Quill\n\tHome  [index.html]\n\tScholar  [https://scholar.google.com/citations?user=AbCdEfGhIjkL]\n"
                "#\tOld  [https://www.linkedin.com/in/someone-else-1]\n\tLinkedIn [https://www.linkedin.com/in/mara-q-7/]\n",
        "index.jemdoc": "# jemdoc: menu{MENU}{index.html}\n= Mara Quill\n\n*Mara Quill*\\n\nAssistant Professor\\n\n"
                        "University of Fenwick\n",
    })
    person = import_path(root).profile.person
    assert person.identifiers == {"google_scholar": "AbCdEfGhIjkL", "linkedin": "mara-q-7"}


def test_a_news_item_told_again_with_more_words_is_one_item():
    # the home page's card: "Feb 2024: Received the Lark Seed Grant"; the news archive: "... as lead PI"
    from kg.importers import dedupe_news
    from kg.model import NewsItem

    items = [NewsItem(date="2024-02", text="Received the Lark Seed Grant"),
             NewsItem(date="2024-02", text="Received the Lark Seed Grant as lead PI"),
             NewsItem(date="2023-02", text="Received the Lark Seed Grant as lead PI")]
    assert [(n.date, n.text) for n in dedupe_news(items)] == [
        ("2024-02", "Received the Lark Seed Grant"), ("2023-02", "Received the Lark Seed Grant as lead PI")]


def test_without_an_index_page_the_home_is_no_section_page(tmp_path):
    # a site's language folder: "main_de.html" (the owner's position, in German) beside a longer
    # "publications_de.html", neither linking the other; the list is the section page it is named for
    papers = "".join(f"<li>M. Quill, O. Brenn. <em>Gitter Nummer {k} und ihre Ketten</em>. In <em>Journal of Lattice "
                     f"Widgets</em>, {2010 + k}.</li>" for k in range(1, 9))
    root = write_site(tmp_path / "de", {
        "main_de.html": "<html><head><title>Mara Quill</title></head><body><h1>Willkommen!</h1><p>Bis 2022 war ich "
                        "wissenschaftliche Mitarbeiterin an der Universität Fenwick. Derzeit arbeite ich als "
                        "Anforderungsingenieurin bei <a href='https://lark.example.com'>Lark</a>.</p></body></html>\n",
        "publications_de.html": "<html><head><title>Mara Quill</title></head><body><h1>Publikationen</h1><ul>"
                                + papers + "</ul></body></html>\n",
    })
    profile = import_path(root).profile
    assert (profile.person.job_title, [a.name for a in profile.person.affiliations]) == (
        "Anforderungsingenieurin", ["Lark"])
    assert len(profile.publications) == 8



def test_the_owners_name_written_without_its_space_is_the_owner(tmp_path):
    # "Otto Brenn, Qi Lark, MaraQuill, and Ida Lorn": the owner's two names run together in one author
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Publications</h2><ol>"
                    "<li>Otto Brenn, Qi Lark, MaraQuill, and Ida Lorn. Pooling widget phrases. In Proc. Widget "
                    "Days, 2016.</li><li>Mara Quill, and Otto Brenn. Dense gadgets at scale. In Proc. Widget Days, "
                    "2015.</li></ol></body></html>\n")
    pubs = import_path(page).profile.publications
    assert [[a.is_self for a in p.authors] for p in pubs] == [[False, False, True, False], [True, False]]


def test_an_international_conference_after_a_starred_name_is_no_legend_of_interns(tmp_path):
    # "Otto Brenn*: <i>Title</i>. The 8th International Conference on ...": the "*" and the words after it are an
    # entry, not a legend saying "*" marks interns (whose word "intern" the venue's "International" holds)
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Publications</h2>"
                    "<p>02. <b>Mara Quill</b>, Ida Lorn, Otto Brenn*: <i>Probing widget wetting by simulation</i>. "
                    "The 8th International Conference on Widget Informatics, Lyon, France; 09/2016</p>"
                    "<p>01. <b>Mara Quill</b>, Otto Brenn*: <i>Dense gadgets at scale</i>. Widget Letters 05/2015; "
                    "3(2):1-9.</p></body></html>\n")
    pubs = import_path(page).profile.publications
    assert [[a.marks for a in p.authors if a.name == "Otto Brenn"] for p in pubs] == [
        [["corresponding"]], [["corresponding"]]]


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


def test_a_box_headed_by_a_section_name_over_a_list_of_two_is_that_section(tmp_path):
    # same-shape boxes, each a heading over a list: "SERVICE & LEADERSHIP" over two items is a section of its own,
    # not one more award of the box before it
    def box(head: str, items: list[str]) -> str:
        return (f"<div class='col-12'><h4 class='mb-4'>{head} </h4><ul class='list-styled'>"
                + "".join(f"<li><p>{x}</p></li>" for x in items) + "</ul></div>\n")

    page = tmp_path / "staff.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h3>Mara Quill, PhD</h3>"
                    "<h6>Associate Professor</h6><div class='row'>\n"
                    + box("RESEARCH EXPERIENCE", ["2019-2021 Postdoctoral Fellow, Lark Institute",
                                                  "2021-now Associate Professor, Fenwick University"])
                    + box("AWARDS &amp; GRANTS", ["May 2019 The Fenwick Postdoctoral Fellowship",
                                                   "Dec 2018 The Lark Alumni Scholarship",
                                                   "2014-2018 The First Prize Scholarship of Fenwick University"])
                    + box("SERVICE &amp; LEADERSHIP", ["<b>Journal Review</b><br>Widget Letters, Gadget Review",
                                                        "<b>Conference Review</b><br>2019 8th Conference on Widgets"])
                    + "</div></body></html>\n")
    awards = import_path(page).profile.awards
    assert len(awards) == 3 and not any("Review" in a.name for a in awards)


def test_a_two_digit_number_in_a_venue_is_no_year_when_the_entry_gives_one(tmp_path):
    # "ISBN-13: 978-..." after the title: the book's number, and the entry's year is written out (2021)
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Books</h2><ul>"
                    "<li>O. Brenn, M. Quill (2021). <i>Recipes of the lower moor</i>. Lark Press. ISBN-13: "
                    "978-0578918075 [Book]</li></ul></body></html>\n")
    assert [p.year for p in import_path(page).profile.publications] == [2021]


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


def test_a_position_from_the_people_page_leaves_the_contact_pages_place_to_read(tmp_path):
    # the owner's row on the people page gives a position and no place; the contact page's card names the place
    root = write_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Mara Quill Lab\n  navbar:\n    left:\n"
                       "      - href: index.qmd\n      - href: people.qmd\n      - href: contact.qmd\n",
        "index.qmd": "---\ntitle: Mara Quill Lab\n---\nWe study widgets and gadgets of the lower moor.\n",
        "people.qmd": "---\ntitle: People\n---\n\n## Current members\n\n| Name/Role | Links |\n|---|---|\n"
                      "| **Mara Quill** <br /> Professor & Principal Investigator | "
                      "[GitHub](https://github.com/maraquill) |\n"
                      "| **Otto Brenn** <br /> Ph.D. Student | [GitHub](https://github.com/obrenn) |\n",
        "contact.qmd": "---\ntitle: Contact\n---\n\nPrincipal Investigator:\n\n>Mara Quill \\\n"
                       ">Professor, Department of Widget Science \\\n>Fenwick University \\\n>12 Moor Lane\n",
    })
    person = import_path(root, owner="Mara Quill").profile.person
    assert "Fenwick University" in [a.name for a in person.affiliations]
