"""Shapes of real homepages met in batch 28 (academicpages records whose ``citation:`` is pasted from a journal's
page in its own style, lab sites, member cards), written in our own words."""

from kg.importers import import_path
from tests.importers.sitefiles import write_site


def _record(title: str, venue: str, citation: str) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2020-01-01\nvenue: '{venue}'\n"
            f"citation: '{citation}'\n---\nAn abstract.\n")


def test_citation_names_stand_where_the_record_title_says(tmp_path):
    # academicpages records whose citation is pasted from the journal in its own style: the names are what stands
    # before the record's title (however the names end: "et al.", a semicolon, a dated bracket), or, in a citation
    # that opens with the title (three pasted lines YAML folds into one), between the title and the venue
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ann Roe\nauthor:\n  name: Ann Roe\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study sand dunes.\n",
        "_publications/2019-01-01-a.md": _record(
            "Sand ripples under shifting winds", "Dunes",
            "Roe, A., Lee, B., Sato, K. et al. Sand ripples under shifting winds. Dunes 9, 12 (2019)."),
        "_publications/2020-01-01-b.md": _record(
            "Grain sorting on steep slopes", "Dunes",
            "Bo Lee, Ann Roe, J. Kim Park; Grain sorting on steep slopes. Dunes 2015;15(8):19."),
        "_publications/2021-01-01-c.md": _record(
            "Wind tunnels for dune growth", "Dune Studies",
            "Bo D. Lee, Kai Sato & Ann Roe (14 Mar 2021): Wind Tunnels for Dune-Growth, Dune Studies, DOI: 10.1/x"),
        "_publications/2022-01-01-d.md": _record(
            "Wet sand and the angle of repose", "Journal of Dunes",
            "Wet Sand and the Angle of Repose\nAnn Roe, Bo D. Lee\nJournal of Dunes 3 May 2022, 42 (8) 1-9"),
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    got = {t: ([a.name for a in p.authors], p.authors_truncated, [a.is_self for a in p.authors].index(True))
           for t, p in pubs.items()}
    assert got == {
        "Sand ripples under shifting winds": (["A. Roe", "B. Lee", "K. Sato"], True, 0),
        "Grain sorting on steep slopes": (["Bo Lee", "Ann Roe", "J. Kim Park"], False, 1),
        "Wind tunnels for dune growth": (["Bo D. Lee", "Kai Sato", "Ann Roe"], False, 2),
        "Wet sand and the angle of repose": (["Ann Roe", "Bo D. Lee"], False, 0),
    }


def _lab_site(tmp_path):
    # academicpages run as a lab's site: the sidebar's author is the lab, the site's name its head; the home page
    # speaks for the lab; a members page of photo cards, each a name and, under a line break, the member's role
    card = ('<img src="/images/m.jpg" class="img-thumbnail">\n<p>{}<br /><em>{}</em></p>\n<p ></p>\n'
            '<hr width="100%" size="10">\n')
    return write_site(tmp_path / "site", {
        "_config.yml": ('title: "Home"\nname: "Dr. Ana Roe"\nurl: https://example.org\n'
                        "author:\n  name: \"Dr. Roe's Lab of Soil Ecology\"\n  email: \"aroe@example.edu\"\n"),
        "_pages/about.md": ("---\npermalink: /\ntitle: \"Dr. Roe's Lab of Soil Ecology\"\nauthor_profile: true\n---\n\n"
                            "We are the lab of soil ecology in the [Department of Biology](https://example.edu/bio) at "
                            "[the University of Lakeside at Hill Town](https://example.edu/). We study roots and "
                            "the microbes around them.\n"),
        "_pages/publications.md": ("---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                                   "* Bo Lee, Ana Roe & Kai Sato (2021) Roots in dry soil. *Soil Lett.* 3: 1-9.\n\n"
                                   "* Ana Roe & Bo Lee (2019) Microbes around young roots. *Soil Lett.* 1: 5-8.\n"),
        "_pages/members.html": ("---\ntitle: Members\npermalink: /members/\n---\n\n<h2>Current Members</h2>\n\n"
                                + card.format("Ida Lund Moreno", "MS Student")
                                + card.format("Omar Diaz", "Undergraduate Researcher")
                                + card.format("Eva Kim", "Undergraduate Researcher")
                                + "\n<h2>Alumni</h2>\n\n" + card.format("Tom Reyes", "Undergraduate Researcher")),
    })


def test_a_lab_site_is_its_head_s_whose_sidebar_names_the_lab(tmp_path):
    prof = import_path(_lab_site(tmp_path)).profile
    assert prof.person.name == "Ana Roe"
    assert [[a.is_self for a in p.authors] for p in prof.publications] == [[False, True, False], [True, False]]
    # the lab's own sentence places it, so its head; the campus after "at" is the university's name as written
    assert [a.name for a in prof.person.affiliations] == ["University of Lakeside at Hill Town"]


def test_a_member_card_s_role_line_is_no_member_of_its_own(tmp_path):
    prof = import_path(_lab_site(tmp_path)).profile
    assert [(s.name, s.role) for s in prof.students] == [
        ("Ida Lund Moreno", "master student"), ("Omar Diaz", "undergraduate"), ("Eva Kim", "undergraduate"),
        ("Tom Reyes", "alumnus")]


def test_names_and_year_on_a_line_of_their_own_then_the_title_and_venue(tmp_path):
    # "Authors (Year)" then, after a line break inside the bullet, "Title. *Venue* vol: pages.": one citation
    page = tmp_path / "pubs.md"
    page.write_text("# Ana Roe\n\n## Publications\n\n"
                    "* Ana Roe, Bo Lee & Kai Sato (2020)\nRoots in dry soil under shifting winds. *Soil Lett.* 6(2): e33.\n"
                    "[`Link`](https://doi.org/10.1/x)\n\n"
                    "* Bo Lee & Ana Roe (2019) Microbes around young roots of wheat. *Soil Lett.* 1: 5-8.\n",
                    encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.year, p.venue.startswith("Soil Lett"), [a.name for a in p.authors]) for p in pubs] == [
        ("Roots in dry soil under shifting winds", 2020, True, ["Ana Roe", "Bo Lee", "Kai Sato"]),
        ("Microbes around young roots of wheat", 2019, True, ["Bo Lee", "Ana Roe"])]


def test_a_short_cv_heading_is_read_as_the_cv_it_names(tmp_path):
    # "## A short CV": the article is no part of the section's name; the degrees in it are the owner's education
    page = tmp_path / "about.md"
    page.write_text("# Ana Roe\n\n## A short CV\n\n"
                    "* 2019 - : Researcher at the Lakeside Institute for Soils (DE)\n"
                    "* 2013 - 2017: PhD at the Technical University of Hill Town (DE)\n"
                    "* 2011 - 2013: Master in Science at the University of Riverside (DE)\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [
        ("PhD", "Technical University of Hill Town"), ("Master", "University of Riverside")]


def _boxes(tmp_path, text: str):
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\n## Publications\n\n" + text, encoding="utf-8")
    return import_path(page).profile.publications


def test_the_title_s_own_link_holds_its_slot_and_plural_labels_name_their_kind(tmp_path):
    # an AcadHomepage paper box: the title links to the paper's DOI, a labelled link below to the preprint's DOI;
    # the title written with markup ("*D*<sub>12</sub>") still links the work
    box = ("<div class='paper-box'><div class='paper-box-text' markdown=\"1\">\n\n{}\n\n{}\n\n{}\n"
           "- What it does.\n</div>\n</div>\n\n")
    pubs = _boxes(tmp_path, box.format(
        "[Bridging sand and water for accurate prediction](https://doi.org/10.1000/paper)", "**Ana Roe**, Bo Lee\\*",
        "[**Preprint at SandRxiv**](https://doi.org/10.2000/preprint) | [**Datasets**](https://data.example.org/d) | "
        "[**Code**](https://github.com/aroe/sand)") + box.format(
        "[Music for robots: An *D*<sub>12</sub>-equivariant model for chords](https://arxiv.org/abs/2410.11111)",
        "**Ana Roe**\\*", "[**Code**](https://github.com/aroe/music) | [**Panel**](https://conf.example.org/p#2)"))
    first, second = pubs
    assert first.links == {"doi": "https://doi.org/10.1000/paper", "data": "https://data.example.org/d",
                           "code": "https://github.com/aroe/sand"}
    assert [(x.label, x.url) for x in first.more_links] == [("Preprint at SandRxiv", "https://doi.org/10.2000/preprint")]
    assert second.links.get("arxiv") == "https://arxiv.org/abs/2410.11111"


def test_names_after_a_linked_title_end_before_the_venue(tmp_path):
    # "[Title](url), names, venue": the last name closed by a stop before the venue; a journal's abbreviated name
    # after a comma is no name
    pubs = _boxes(tmp_path, (
        "- [Beyond the sand: robust models for unseen dunes](https://example.org/a), Sam Daro; Jacob W. Tone; "
        "Ana Roe; Heather J. Kuli. arXiv: 2601.11111.\n"
        "- [Exploring beyond experiment: datasets of metal grains](https://example.org/b), Jacob W. Tone, "
        "Aaron G. Garr, Ana Roe, Heather J. Kuli, Curr. Opin. Sand Eng. 2025, 50, 101189.\n"))
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Sam Daro", "Jacob W. Tone", "Ana Roe", "Heather J. Kuli"],
        ["Jacob W. Tone", "Aaron G. Garr", "Ana Roe", "Heather J. Kuli"]]
    assert pubs[0].venue == "arXiv" and pubs[1].venue.startswith("Curr. Opin. Sand Eng")


def test_a_nested_degree_under_its_university_s_item_is_earned_there(tmp_path):
    # "- 2019 - 2023, Hill University." over "  - B. Sc. in Chemistry, College of Chemistry.": the college is a unit
    # of the university the item above names
    page = tmp_path / "about.md"
    page.write_text("# Ana Roe\n\n## Educations\n\n"
                    "- *2023.09 - 2028.06*, Ph. D. student, Department of Chemistry, Lakeside Institute of Technology.\n"
                    "  - Advisor: Prof. Heather J. Kuli.\n"
                    "- *2019.09 - 2023.07*, Hill University.\n"
                    "  - B. Sc. in Chemistry, College of Chemistry and Molecular Engineering.\n"
                    "  - B. Sc. (double degree) in Data Science, School of Computer Science.\n"
                    "- *2016.09 - 2019.06*, Dalian No.3 High School.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [
        ("Ph. D.", "Lakeside Institute of Technology"), ("B. Sc.", "Hill University")]


def test_a_long_undated_paragraph_in_the_first_person_is_prose_no_paper(tmp_path):
    # a research page's paragraph about the owner's work with a link to a code repository: no title, no venue
    page = tmp_path / "research.md"
    page.write_text("# Research\n\nMy main interest is how soils lose their diversity in farmed land.\n\n"
                    "To do this my work mostly turns around analysing large piles of data, in other words I spend "
                    "most of my time going through R scripts. As a service to the lab I was co-organising regular "
                    "[coding club](https://github.com/soil-lab/CodingClub) sessions to share knowledge on coding. My "
                    "statistical interests are: hierarchical models, Bayesian data analysis.\n", encoding="utf-8")
    assert import_path(page, owner="Ana Roe").profile.publications == []


def test_an_is_a_given_name_in_a_list_of_names(tmp_path):
    # "An Martel" among full names before "(2019) Title. Venue": a person, so the line is an author list and year
    page = tmp_path / "pubs.md"
    page.write_text("# Ana Roe\n\n## 2019\n\n* Ana Roe, Dan Dekeu, Dries Bont, An Martel, Kris Verh (2019) Small "
                    "forests work better when they are mixed. Bosrevue 82a, 1-7.\n", encoding="utf-8")
    [pub] = import_path(page).profile.publications
    assert (pub.title, pub.venue, [a.name for a in pub.authors][3]) == (
        "Small forests work better when they are mixed", "Bosrevue 82a", "An Martel")


def test_an_address_written_with_a_bracketed_a_for_the_at():
    from kg.importers.common import find_email

    assert find_email("email: ana.roe[a]uni-lakeside.be") == "ana.roe@uni-lakeside.be"
    assert find_email("as the note[a] says. See x.org") is None


def test_a_cv_s_engineering_degree_and_supervisors_named_with_what_they_are(tmp_path):
    # a French "Engineering degree" at a school whose name has no "University" in it; the supervisors written
    # after what they are ("CNRS researchers A and B") under a past position
    page = tmp_path / "cv.md"
    page.write_text("# Ana Roe\n\nEducation\n======\n* PhD in Soil Science, Lakeside University, 2015-2019\n"
                    "* Engineering degree in Life Sciences, AgroHillTech, 2011-2014\n\nWork experience\n======\n"
                    "* Sep 2015 - June 2019: Research engineer / PhD student, Lakeside University\n"
                    "  * Supervisors: CNRS researchers Bo Girard and Kai Sato\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [
        ("PhD", "Lakeside University"), ("Engineering degree", "AgroHillTech")]
    assert person.advisors == ["Bo Girard", "Kai Sato"]


def test_working_at_a_place_with_no_position_named_gives_the_place(tmp_path):
    # "I am currently working at X (XI, Y University) on ...": the affiliation, its gloss kept whole
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\nI am currently working at the Institute of Soil Systems (ISS, Lakeside University) "
                    "on modelling an experiment run by a team in Hill Town.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [a.name for a in person.affiliations] == ["Institute of Soil Systems (ISS, Lakeside University)"]
    assert person.job_title is None


def test_a_splash_home_page_beside_the_about_page_gives_what_the_owner_is_now(tmp_path):
    # minimal-mistakes: the site's front page is index.html ("permalink: /", its bio in HTML), the about page a
    # short guide and CV at /about/; "employed as X by Y" says the position and its place
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ana Roe\nauthor:\n  name: Ana Roe\n",
        "index.html": ("---\npermalink: /\nlayout: splash\ntitle: \"Ana Roe, PhD\"\nexcerpt: \"Ecologist\"\n---\n\n"
                       "<p>\nWelcome to my website.\n<br><br>\nI am currently employed as a PostDoc by the Lakeside "
                       "Institut for Soils working on the <a href='https://example.org/p'>SOILS project</a>.\n</p>\n"),
        "_pages/about.md": ("---\ntitle: About\npermalink: /about/\n---\n\n## What to find here?\n\nA blog and my "
                            "papers.\n\n## A short CV\n\n* 2013 - 2017: PhD at the Technical University of Hill Town\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "PostDoc"
    assert [a.name for a in person.affiliations] == ["Lakeside Institut for Soils"]


def test_a_short_generic_record_title_does_not_place_the_citation_s_names(tmp_path):
    # "title: Honours thesis" beside "Day, N. (2020). <i>Long title</i>, Honours Thesis.": the words are the
    # citation's venue too; the names end at their year
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Noa Day\nauthor:\n  name: Noa Day\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study sand dunes.\n",
        "_publications/2020-10-thesis.md": _record(
            "Honours thesis", "Honours Thesis",
            "Day, N. (2020). <i>Stochastic models of dune growth with wind structure</i>, Honours Thesis."),
    })
    [pub] = import_path(root).profile.publications
    assert [a.name for a in pub.authors] == ["N. Day"]
