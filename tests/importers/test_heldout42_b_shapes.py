"""Page shapes met in batch 42b, in synthetic form: a publication list generated from BibTeX whose rows are years,
each row a year cell beside a box of one or more entry boxes (``div.bibitem``) that give the names in one classed
element and the venue in an unclassed one after it ("<span class=author>A, B</span> <span>in POPL</span>")."""

from __future__ import annotations

from kg.importers import import_path

_ROWS = """<html><body><h1>Maria Lopez</h1>
<h2>Papers</h2>
<div class=row><div class=col-sm-1>2021</div> <div class=col-sm-11>
<div class=bibitem><div class=title><a href="a.pdf">Typed Streams for Small Robots</a>,</div>
<span class=author>K. Ono, M. Lopez, T. Berg</span> <span class=desc> in ICFP</span></div>
<div class=bibitem><div class=title><a href="b.pdf">Fast Sampling of Hidden Models</a>,</div>
<span class=author>M. Lopez, A. Ruiz</span> <span class=desc> in PLDI</span> <div class=note>Poster.</div></div>
</div></div>
<div class=row><div class=col-sm-1>2019</div> <div class=col-sm-11>
<div class=bibitem><div class=title><a href="c.pdf">Clocks in Dataflow Languages</a>,</div>
<span class=author>M. Lopez, B. Kim</span> <span class=desc> in LCTES</span></div>
</div></div>
</body></html>
"""


def _pubs(tmp_path, text: str):
    page = tmp_path / "index.html"
    page.write_text(text)
    return import_path(page).profile.publications


def test_a_years_row_of_entry_boxes_is_that_many_papers_of_that_year(tmp_path):
    # the row holds a year cell and a box of two "bibitem"s: two papers of 2021, not one entry made of both
    pubs = _pubs(tmp_path, _ROWS)
    assert [(p.title, p.year) for p in pubs] == [("Typed Streams for Small Robots", 2021),
                                                 ("Fast Sampling of Hidden Models", 2021),
                                                 ("Clocks in Dataflow Languages", 2019)]


def test_a_short_years_row_is_no_card_of_one_paper(tmp_path):
    # a row short enough to look like a card (one heading, the year, over a little text) still holds two papers
    short = _ROWS.replace("Typed Streams for Small Robots", "Typed Streams").replace("K. Ono, M. Lopez, T. Berg",
                                                                                       "M. Lopez")
    pubs = _pubs(tmp_path, short)
    assert [p.title for p in pubs][:2] == ["Typed Streams", "Fast Sampling of Hidden Models"]


def test_the_text_after_the_names_element_is_the_venue_not_the_last_name(tmp_path):
    pubs = _pubs(tmp_path, _ROWS)
    assert [([a.name for a in p.authors], p.venue) for p in pubs] == [
        (["K. Ono", "M. Lopez", "T. Berg"], "ICFP"), (["M. Lopez", "A. Ruiz"], "PLDI"),
        (["M. Lopez", "B. Kim"], "LCTES")]


def test_a_long_venue_after_the_names_element_is_split_off_too(tmp_path):
    # the venue's text outweighs the names' (no class names the segment as a whole): the names' element still ends
    # the names
    page = _ROWS.replace(" in ICFP", " in Software: Practice and Experience of Long Journal Names&nbsp;1(31)")
    pub = _pubs(tmp_path, page)[0]
    assert [a.name for a in pub.authors] == ["K. Ono", "M. Lopez", "T. Berg"]
    assert pub.venue.startswith("Software: Practice and Experience")


_ONE_PAGE = """<html><body>
<header><div class="header-content"><a href="index.html" class="logo">Dr. Ana Ruiz</a>
<button class="menu-button">menu</button>
<nav><a href="#about">About</a> <a href="#news">News</a> <a href="#education">Education</a> <a href="#research">Research
</a> <a href="#projects">Projects</a> <a href="#publications">Publications</a> <a href="#awards">Awards</a></nav></div></header>
<main><section id="about"><div class="profile-info"><h1>Dr. Ana Ruiz</h1>
<p class="position">Research Fellow</p>
<p class="institution">Lakeside Technological University, Norway</p>
<p>I am a Research Fellow at the School of Engineering, Lakeside Technological University, Norway. I work on radio
positioning.</p></div></section>
<section id="publications"><h2>Publications</h2>
<div class="list">
<div class="card"><p>A. Ruiz, B. Lee, "Locating Phones with Reflecting Surfaces," IEEE Signal Letters, vol. 2, no. 1,
pp. 1-5, Oct. 2024.</p></div>
<div class="card"><p>A. Ruiz, E. Diaz, "Angle Errors of Wave Positioning," IEEE Things Journal, vol. 11, no. 2,
pp. 21-29, Jan. 15, 2024.</p></div>
<!-- more, shown by the button -->
<div class="card hidden-pub"><p>A. Ruiz, C. Kim, D. Wong, "Beam Design for Backscatter Radio Systems," IEEE Radio
Letters, vol. 5, no. 6, pp. 19-23, June 2021.</p></div>
</div><button>View all publications</button></section>
<section id="awards"><h2>Honors and Awards</h2>
<div class="awards-list">
<div class="award-item"><h3 class="award-title">Exemplary Reviewer</h3><p class="award-org">IEEE Signal Letters</p>
<p class="award-year">2024</p></div>
<div class="award-item"><h3 class="award-title">Travel Scholarship</h3><p class="award-org">Science Council</p>
<p class="award-year">2021 - 2024</p></div>
</div></section></main></body></html>
"""


def _page(tmp_path, text: str):
    page = tmp_path / "index.html"
    page.write_text(text)
    return import_path(page).profile


def test_a_card_hidden_until_view_all_is_one_more_paper_not_the_abstract_of_the_one_above(tmp_path):
    profile = _page(tmp_path, _ONE_PAGE)
    assert [(p.title, p.year) for p in profile.publications] == [
        ("Locating Phones with Reflecting Surfaces", 2024), ("Angle Errors of Wave Positioning", 2024),
        ("Beam Design for Backscatter Radio Systems", 2021)]
    assert profile.publications[1].abstract is None


def test_two_boxes_their_class_calls_items_each_open_with_a_heading_of_their_own_are_two_entries(tmp_path):
    # "award-item" twice: two awards, not two sub-headings over their lines
    profile = _page(tmp_path, _ONE_PAGE)
    assert [(a.name.split(" IEEE")[0].split(" Science")[0], a.year) for a in profile.awards] == [
        ("Exemplary Reviewer", 2024), ("Travel Scholarship", 2024)]


def test_the_menu_inside_a_header_box_with_the_name_is_no_line_of_the_owners_particulars(tmp_path):
    # the header box holds the name and the menu: the menu's labels are no workplace
    profile = _page(tmp_path, _ONE_PAGE)
    assert profile.person.job_title == "Research Fellow"
    assert [a.name for a in profile.person.affiliations] == ["Lakeside Technological University"]


_SNS = """- name: twitter
  username: nvale_lab
  url: https://twitter.com/nvale_lab
  icon: <i class="fab fa-twitter"></i>
- name: LinkdIn
  username: noravale
  url: https://www.linkedin.com/in/noravale/
  icon: <i class="fab fa-linkedin-in"></i>
- name: ORCiD
  url: https://orcid.org/0000-0002-1825-0097
  icon: <i class="fab fa-orcid"></i>
"""


def test_a_data_file_listing_profile_links_gives_the_owners_identifiers(tmp_path):
    # the footer loops over "_data/sns.yml" (not al-folio's socials.yml): each item a name, an address and an icon
    # written as markup; the icon's classes name the link
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Nora Vale\nurl: https://nvale.example.org\n",
        "index.md": "---\nlayout: home\n---\n# Nora Vale\n\nI am a researcher in graph algorithms.\n",
        "_data/sns.yml": _SNS})
    assert profile.person.identifiers == {"twitter": "nvale_lab", "linkedin": "noravale",
                                          "orcid": "0000-0002-1825-0097"}
    assert sorted(profile.person.links) == ["linkedin", "orcid", "twitter"]


def test_a_data_file_of_other_links_gives_no_identifiers(tmp_path):
    # a list of the lab's partners' sites is no list of the owner's profiles
    from tests.importers.sitefiles import imported_site

    partners = "- name: Lakeside\n  url: https://lakeside.example.org\n- name: Northfield\n  url: https://nf.example.org\n"
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Nora Vale\n",
        "index.md": "---\nlayout: home\n---\n# Nora Vale\n\nI am a researcher in graph algorithms.\n",
        "_data/partners.yml": partners})
    assert profile.person.identifiers == {}


def test_two_boxes_a_card_class_names_are_no_run_of_two_entries(tmp_path):
    # a class ending in "-card" ("news-card", "message-card") names a box of any text, not one item of a list: two
    # such boxes, each a year's heading over its news, are two groups of news; acc42b had read each as one news
    # item, when a "-card" class called its box an item as "-item" and "-entry" do (the dump against main showed
    # it; on the code before, two news)
    cards = "".join(f'<div class="card news-card"><h3>{year}</h3><ul><li>{a}</li><li>{b}</li></ul></div>\n'
                    for year, a, b in (("2024", "Our paper on frost heave was accepted by the Journal of Cold Ground.",
                                        "I gave a talk at the Winter Meeting of Geology."),
                                       ("2023", "I joined Lakeside University as a lecturer.",
                                        "Ilse Brandt defended her thesis.")))
    profile = _page(tmp_path, f"<html><body><h1>Rowan Ashby</h1><p>I study frozen ground.</p>\n<h2>News</h2>\n"
                              f"{cards}</body></html>")
    assert [(n.date, n.text.split()[0]) for n in profile.news] == [
        ("2024", "Our"), ("2024", "I"), ("2023", "I"), ("2023", "Ilse")]


def test_the_text_after_a_names_element_is_a_venue_only_where_both_hold_words():
    # a Jekyll data template's line whose values were left out (", *; " in the names' element, then ", , . (In )"):
    # no names and no venue; acc42b had read "(In)" as the venue after the names, and would read the words after
    # an element of no names' letters as one (the dump against main showed a paper of venue "(In)")
    from kg.importers.page.entry import _after_hinted
    from kg.importers.page.runs import Run, Seg

    def after(names: str, rest: str) -> str | None:
        return _after_hinted(Seg([Run(names, 3, 3, hint="authors"), Run(rest, 3, 3)]), "authors")

    assert after("Ilse Brandt, Rowan Ashby", ", Journal of Cold Ground") == ", Journal of Cold Ground"
    assert after("Ilse Brandt, Rowan Ashby", ", , . (In )") is None  # ("In" alone: no venue's words)
    assert after(", *; ", ", , . Journal of Cold Ground") is None  # (names of no letter: no names' element)
