"""Shapes of real homepages that batch 39a misread (issue 8), as small synthetic pages in our own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site


def _page(tmp_path, body: str):
    return import_path(write_site(tmp_path, {"index.md": body}) / "index.md").profile


def test_a_media_heading_lists_outlets_no_papers(tmp_path):
    # "#### Media Involvement" under an outreach section: the outlets that covered the owner's work, each with a
    # quoted story title and a date, are no papers (they were read as ten papers by "Coastal Weekly" and the like)
    p = _page(tmp_path, "# Nora Vale\n\nI study kelp forests.\n\n## Publications\n\n"
                        "1. **Vale NB**, K Hart. 2025. Drifting kelp rafts carry snails across open water. "
                        "*Ocean Biology* 12:e1.\n\n"
                        "## Outreach and Communication\n\n#### Media Involvement\n\n"
                        "- Coastal Weekly, “How kelp forests recover after storms”. February 2025\n"
                        "- River Radio: “Underwater forests”. Documentary. March 2020.\n"
                        "- Tide Magazine: “Why urchins matter”. Episode 3. June 2018.\n")
    assert [x.title for x in p.publications] == ["Drifting kelp rafts carry snails across open water"]


def test_an_italic_status_before_the_journal_is_a_note_and_the_journal_the_venue(tmp_path):
    # "Names. Year. Title. *In review*. Journal." : the italic run is the paper's status, the journal follows in
    # plain text; with no year the status was taken for the title (the paper lost), with one for the venue
    p = _page(tmp_path, "# Nora Vale\n\nI study kelp forests.\n\n## Publications\n\n"
                        "1. Pike T, **NB Vale**, R Osei. 2026. Kelp holdfasts shelter juvenile crabs through the "
                        "winter storms. *In review*. Marine Letters.\n"
                        "2. Moss LM, **NB Vale**, K Hart. Grazing urchins reshape kelp canopies along a wave gradient. "
                        "*In review.* Journal of Coastal Ecology.\n"
                        "3. **Vale NB**, K Hart. 2025. Drifting kelp rafts carry snails across open water. "
                        "*Ocean Biology* 12:e1.\n")
    by_title = {x.title: x for x in p.publications}
    assert sorted(by_title) == ["Drifting kelp rafts carry snails across open water",
                                "Grazing urchins reshape kelp canopies along a wave gradient",
                                "Kelp holdfasts shelter juvenile crabs through the winter storms"]
    first = by_title["Kelp holdfasts shelter juvenile crabs through the winter storms"]
    second = by_title["Grazing urchins reshape kelp canopies along a wave gradient"]
    assert (first.venue, first.year, first.notes) == ("Marine Letters", 2026, ["In review"])
    assert (second.venue, second.year, second.notes) == ("Journal of Coastal Ecology", None, ["In review"])
    assert [a.name for a in second.authors] == ["Moss LM", "NB Vale", "K Hart"]


def test_a_read_on_a_server_here_link_is_a_label_not_the_venue(tmp_path):
    # "[Read on bioRxiv here.](doi)" closing an entry labels the paper's link, as "[Read here.](doi)" does; its
    # words were read into the venue ("Marine Letters. Read on bioRxiv here")
    p = _page(tmp_path, "# Nora Vale\n\nI study kelp forests.\n\n## Publications\n\n"
                        "1. Pike T, **NB Vale**, R Osei. 2026. Kelp holdfasts shelter juvenile crabs through the "
                        "winter storms. Marine Letters. [Read on bioRxiv here.](https://doi.org/10.1101/2026.01.01.1)\n"
                        "2. **Vale NB**, K Hart. 2025. Drifting kelp rafts carry snails across open water. "
                        "*Ocean Biology* 12:e1. [Read here.](https://doi.org/10.1000/ob.1)\n")
    assert [(x.venue, x.doi) for x in p.publications] == [("Marine Letters", "10.1101/2026.01.01.1"),
                                                          ("Ocean Biology", "10.1000/ob.1")]


def test_a_linked_title_with_only_a_status_stays_a_paper_with_the_status_as_its_note(tmp_path):
    # "[Title](draft) (in progress)": the status stands where the venue goes; read as a note (no venue "progress"),
    # the entry is still a paper as it was with that venue
    p = _page(tmp_path, "# Nora Vale\n\nI study kelp forests.\n\n## Work in Progress\n\n"
                        "[Why kelp forests come back after storms](https://docs.example.org/d/1/edit) (in progress)\n")
    assert [(x.title, x.venue, x.notes) for x in p.publications] == [
        ("Why kelp forests come back after storms", None, ["in progress"])]


def _lab_site(tmp_path, bio: str):
    # a lab's jemdoc site: the home page is the lab's, the menu's "PI" page is its head's own, with a "== Short Bio"
    return import_path(write_site(tmp_path / "site", {
        "MENU": "Ravi Okafor\n    Home    [index.html]\n    PI    [PI.html]\n    Papers    [papers.html]\n",
        "index.jemdoc": "# jemdoc: menu{MENU}{index.html}\n= Ravi Okafor Lab\n\n== Intro\nRavi Okafor is an "
                        "Assistant Professor at [https://www.example.edu Lakeside University]. The lab builds "
                        "methods for noisy sensor data.\n\n== Selected Publications\n\n"
                        ". *Okafor, R.*, Lee, A. (2021). [https://doi.org/10.1000/a1 Robust filters for drifting "
                        "sensors]. /Journal of Signals/, 3(1), 1-9.\n",
        "PI.jemdoc": "# jemdoc: menu{MENU}{PI.html}\n= Ravi Okafor\n\n== Short Bio\n" + bio + "\n",
        "papers.jemdoc": "# jemdoc: menu{MENU}{papers.html}\n= Papers\n\n"
                         "- *Okafor, R.*, Lee, A. (2021). [https://doi.org/10.1000/a1 Robust filters for drifting "
                         "sensors]. /Journal of Signals/, 3(1), 1-9.\n"})).profile


def test_a_jemdoc_page_headed_by_a_bio_section_is_read_for_the_owner(tmp_path):
    # jemdoc writes its sections "== Short Bio": the page was judged by markdown's "##" headings alone, found no
    # section kg reads and was left unread (its degrees lost)
    p = _lab_site(tmp_path, "I am an Assistant Professor at Lakeside University. I received my Ph.D. in Statistics "
                            "from [https://north.example.edu University of Northland] in 2015.")
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("Ph.D.", "University of Northland", 2015)]


def test_a_bio_names_a_field_before_the_student_degree_and_advisors_after_one_plural_title(tmp_path):
    # "I was a biostatistics Ph.D. student at X, co-advised by Profs. A and B": a field word before the degree
    # (the place was lost), "Profs." before both names (no advisor read); "and Technology" goes on with the
    # bachelor's place's name (it was cut before "and", a second, shorter place)
    p = _page(tmp_path, "# Ravi Okafor\n\n## Short Bio\n\nI am an Assistant Professor at Lakeside University. "
                        "Prior to that, I was a biostatistics Ph.D. student at the University of Northland, "
                        "co-advised by Profs. Mara Quist and Tomas Reyes. I received my bachelor's degree in "
                        "Applied Math from Eastbay University of Science and Technology in 2012.\n")
    assert [(e.degree, e.institution) for e in p.person.education] == [
        ("Ph.D.", "University of Northland"), ("bachelor", "Eastbay University of Science and Technology")]
    assert p.person.advisors == ["Mara Quist", "Tomas Reyes"]


def test_an_advisor_named_after_two_titles_is_read(tmp_path):
    # "SUPERVISOR: Prof. Dr. Ann Lee" (German pages give both titles): one title was allowed before the name, so
    # no advisor was read
    p = _page(tmp_path, "# Bo Wu\n\nI build robots.\n\n# Education\n\n"
                        "- **2018.09 - 2022.08**, Dr.-Ing., University of Tarnberg<br>\n"
                        "  _Tarnberg, Germany, SUPERVISOR: Prof. Dr. Ann Lee_<br>\n"
                        "  THESIS: Maps for walking robots\n")
    assert p.person.advisors == ["Ann Lee"]


def test_an_award_whose_second_line_names_a_dated_meeting_is_one_award(tmp_path):
    # '- <p>2025 <strong>Demo Award</strong><br><span>Conference on Robots (IROS 2025)</span></p>': the item opens
    # with the award's year; the year inside the line below it is the meeting's (each line was read as an award)
    item = ('- <p style="margin: 0;">\n  {y}<strong> {name} </strong><br>\n'
            '  <span style="font-size: 90%;">{by}</span>\n  </p>\n')
    p = _page(tmp_path, "# Bo Wu\n\nI build robots.\n\n# Honors and Awards\n"
              + item.format(y=2025, name="Best Demo Award", by="Conference on Robots (IROS 2025)")
              + item.format(y=2024, name="Young Scholar", by="Robot Society")
              + "- 2019 Travel Grant<br>2020 Teaching Prize\n")
    assert [a.year for a in p.awards] == [2025, 2024, 2019, 2020]
    assert [a.name for a in p.awards][2:] == ["Travel Grant", "Teaching Prize"]
    assert p.awards[0].name.startswith("Best Demo Award") and p.awards[1].name.startswith("Young Scholar")


def test_an_award_keeps_the_line_below_it_out_of_its_name(tmp_path):
    item = ('- <p style="margin: 0;">\n  {y}<strong> {name} </strong><br>\n'
            '  <span style="font-size: 90%;">{by}</span>\n  </p>\n')
    p = _page(tmp_path, "# Bo Wu\n\nI build robots.\n\n# Honors and Awards\n"
              + item.format(y=2025, name="Best Demo Award", by="Conference on Robots (IROS 2025)"))
    assert [a.name for a in p.awards] == ["Best Demo Award"]



def test_a_title_opening_with_a_method_named_like_a_venue_scores_as_no_venue():
    # "RSS-Walk: legged odometry ...": a method's name opening a title holds a conference's acronym ("RSS"); it
    # scored as a venue line, and an entry's plain italic journal ("*Remote Sensing*") was then read as its title
    from kg.importers.page.scores import venue_score

    assert venue_score("RSS-Walk: legged odometry for rough ground") == 0
    assert venue_score("MM-Fusion: audio and video together") == 0
    assert venue_score("RSS 2021") >= 2 and venue_score("In ICRA") >= 2 and venue_score("IEEE T-PAMI") >= 2


def test_research_before_another_section_s_name_qualifies_it():
    # "RESEARCH COMMITTEE MEMBERSHIP" over a CV's editor and committee posts was read as a list of papers (it holds
    # "research"); the name the heading ends with is the section, "research" qualifies it
    from kg.importers.common import section_kind

    assert [section_kind(h) for h in ("Research Committee Membership", "Research Talks", "Research Software")] == [
        "memberships", "talks", "software"]
    # a list of works stays one: "Research", "Research Achievements", two sections joined ("Research and Teaching")
    assert [section_kind(h) for h in ("Research", "Research Achievements", "Research and Teaching")] == [
        "publications"] * 3


def test_a_degree_line_naming_a_university_then_its_institute_gives_the_university_at_its_campus(tmp_path):
    # "**2020: PhD** - University of Tarn at Ebbing (UTE), Marine Program, Tarn Institute of Marine Biology": the
    # institute named after the university is a unit of it (the last place named was taken), and "at Ebbing" is
    # the campus's part of the university's name (it was cut off)
    p = _page(tmp_path, "# Nora Vale\n\nI study kelp forests.\n\n## Education\n\n"
                        "- **2020: PhD** - University of Tarn at Ebbing (UTE), Marine Biology Graduate Program, "
                        "Tarn Institute of Marine Biology (TIMB)\n\n"
                        "- **2014: Bachelor of Science** - Coastal State University (CSU), Honors Biology\n")
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("PhD", "University of Tarn at Ebbing", 2020), ("Bachelor of Science", "Coastal State University", 2014)]


def test_a_star_after_a_bibtex_given_name_is_a_mark(tmp_path):
    # "Agarwal, Navneet* and Milintsevich, Kirill*" (al-folio's papers.bib): the stars close the given names, which
    # BibTeX puts first ("Navneet* Agarwal"); they were kept inside the names and read as no marks
    bib = tmp_path / "papers.bib"
    bib.write_text("@inproceedings{k1,\n  title = {Moths at dusk},\n  author = {Holt, Pavel* and Varga, Ilse* and"
                   " Sand, Tomas},\n  booktitle = {Proc. of the Moth Meeting},\n  year = {2024}\n}\n",
                   encoding="utf-8")
    pub = import_path(bib, owner="Ilse Varga").profile.publications[0]
    assert [(a.name, a.marks) for a in pub.authors] == [
        ("Pavel Holt", ["equal_contribution"]), ("Ilse Varga", ["equal_contribution"]), ("Tomas Sand", [])]


def test_an_author_line_closed_by_its_own_legend_is_the_author_line(tmp_path):
    # jemdoc's "- *Okafor, R.*\#, Lee, A.\#, Shen X., and Pan W. (2016) (\#: equal contribution)\n" over the linked
    # title: the legend closing the line made it score as no author line (it became the abstract, the owner alone
    # the author)
    page = tmp_path / "index.jemdoc"
    page.write_text("# jemdoc: menu{MENU}{index.html}\n= Ravi Okafor\n\n== Papers\n\n"
                    "- *Okafor, R.*\\#, Lee, A.\\#, Shen X., and Pan W. (2016) (\\#: equal contribution)\\n\n"
                    "[http://example.org/p1.pdf A New Filter for Drifting Sensors.] /Journal of Signals/, 17, 1-25\n"
                    "- Lee, A., *Okafor, R.* (2019). [https://doi.org/10.1000/a2 Counting gaps in sensor streams]. "
                    "/Statistics Letters/, 12, 4-8.\n", encoding="utf-8")
    first = import_path(page).profile.publications[0]
    assert [(a.name, a.marks) for a in first.authors] == [
        ("R. Okafor", ["equal_contribution"]), ("A. Lee", ["equal_contribution"]), ("X. Shen", []), ("W. Pan", [])]
    assert first.abstract is None


def test_the_owner_s_name_run_into_the_next_author_s_is_two_authors(tmp_path):
    # "**<u>Bo Wu</u>** Ann Lee, Cy Kim": the comma after the owner's styled name left out; "Bo Wu Ann Lee" was one
    # author (and the owner no author of the paper)
    p = _page(tmp_path, "# Bo Wu\n\nI build robots.\n\n# Publications\n\n"
                        "- [Maps for walking robots](https://example.org/p1)\n\n  *Field Robotics*, 2021\n\n"
                        "  **<u>Bo Wu</u>** Ann Lee, Cy Kim, Dan Roe\n")
    assert [(a.name, a.is_self) for a in p.publications[0].authors] == [
        ("Bo Wu", True), ("Ann Lee", False), ("Cy Kim", False), ("Dan Roe", False)]



def test_the_owner_s_name_run_into_the_next_author_s_keeps_no_stray_mark_or_stop(tmp_path):
    # linked author names with a full stop typed for the comma after the owner's starred name ("<a>Bo Wu*</a>.
    # <a>Cy Kim</a>"): split into two authors, the owner was "Bo Wu*."
    page = write_site(tmp_path, {"index.html": (
        "<html><head><title>Bo Wu</title></head><body><h1>Bo Wu</h1><h2>Publications</h2><dl><dt>c2</dt>"
        "<dd><span class=\"t-author\"><a href=\"https://ex.org/al\">Ann Lee*</a>,\n<a href=\"index.html\">Bo Wu*</a>.\n"
        "<a href=\"https://ex.org/ck\">Cy Kim</a>,\n<a href=\"https://ex.org/dr\">Dan Roe</a>.</span>\n"
        "<span class=\"t-title\">Maps for walking robots.</span>\n<span class=\"t-medium\">In Field Robotics, 2021.</span>"
        "</dd></dl></body></html>\n")}) / "index.html"
    (pub,) = import_path(page).profile.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [
        ("Ann Lee", False), ("Bo Wu", True), ("Cy Kim", False), ("Dan Roe", False)]
