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

