"""Shapes of real homepages seen in batch 26 (issue 8), as small synthetic pages in our own words."""

from __future__ import annotations

from kg.importers import import_path


def _readme(tmp_path, body: str):
    (tmp_path / "README.md").write_text(body, encoding="utf-8")
    return import_path(tmp_path / "README.md").profile


BRACKET_BADGES = (
    "### About\n\nI am Orla Penhaligon, a PhD student in computer science.\n\n"
    "### Publications\n\n"
    "- 🌟\\[SIGIR'25\\] **Ranking Pebbles by Their Weight in Shallow Streams**. [\\[paper\\]](https://arxiv.org/abs/2501.00001)\n\n"
    "    **Orla Penhaligon**, Tavi Brennock, Ula Strand\n\n"
    "- 🌟\\[WSDM'24 Best Paper\\] **Counting Ferries Across a Quiet Harbour**. [\\[code\\]](https://example.org/ferries)\n\n"
    "    Tavi Brennock, **Orla Penhaligon**\n\n"
    "- **Lanterns in the Fog: An Unfinished Study of Visibility**. [\\[paper\\]](https://arxiv.org/abs/2502.00002)\n\n"
    "    **Orla Penhaligon**, Ula Strand\n\n"
    "- \\[Journal of Gentle Computing\\] **Walking Slowly Through Large Graphs of Trees**. [\\[paper\\]](https://example.org/w)\n\n"
    "    **Orla Penhaligon**, Mab Quarrie\n\n"
    "- \\[Preprint\\] **Whistling Kettles and Other Alarms We Ignore**.\n\n"
    "    **Orla Penhaligon**\n")


def test_a_bracketed_venue_and_short_year_before_the_bold_title_is_the_badge(tmp_path):
    # "[SIGIR'25] **Title**": the bracket opening the item names the venue and its year written short; words after
    # the year ("Best Paper") are a note; a bracketed journal name without a year is the venue too, while a
    # bracketed kind of paper ("Preprint") names no venue
    p = _readme(tmp_path, BRACKET_BADGES)
    got = [(x.title, x.venue, x.year) for x in p.publications]
    assert got == [
        ("Ranking Pebbles by Their Weight in Shallow Streams", "SIGIR", 2025),
        ("Counting Ferries Across a Quiet Harbour", "WSDM", 2024),
        ("Lanterns in the Fog: An Unfinished Study of Visibility", None, None),
        ("Walking Slowly Through Large Graphs of Trees", "Journal of Gentle Computing", None),
        ("Whistling Kettles and Other Alarms We Ignore", None, None)]
    assert "Best Paper" in p.publications[1].notes
    assert [a.name for a in p.publications[1].authors] == ["Tavi Brennock", "Orla Penhaligon"]


SUBJECT_CLASS_BIB = """
@article{Vane:2023ab,
    author = {Vane, Corin and Ashgrove, Pell},
    title = {Quiet corners of a noisy lattice},
    abbr = {hep-th},
    primaryClass = "hep-th",
    journal = "Journal of Imaginary Fields",
    year = "2023"
}
@article{Vane:2021cd,
    author = {Ashgrove, Pell and Vane, Corin},
    title = {Slime trails that find short roads},
    abbr = {physics.bio-ph},
    journal = "Letters on Wandering",
    year = {2021}
}
@article{Vane:2020ef,
    author = {Vane, Corin},
    title = {A badge that names the venue},
    abbr = {JIF},
    journal = "Journal of Imaginary Fields",
    year = {2020}
}
"""


def test_an_arxiv_subject_class_as_the_badge_is_no_venue(tmp_path):
    # al-folio's "abbr" badge used for the paper's arXiv subject class ("hep-th", "physics.bio-ph"): the field of
    # study, not where the paper appeared; the journal is the venue, while a real short name stays the venue
    (tmp_path / "papers.bib").write_text(SUBJECT_CLASS_BIB, encoding="utf-8")
    pubs = import_path(tmp_path / "papers.bib").profile.publications
    assert [(x.title, x.venue) for x in pubs] == [
        ("Quiet corners of a noisy lattice", "Journal of Imaginary Fields"),
        ("Slime trails that find short roads", "Letters on Wandering"),
        ("A badge that names the venue", "JIF")]


def test_bold_titles_followed_by_with_and_the_coauthors_are_papers_with_the_owner_first(tmp_path):
    # "<strong>Title</strong> with A, B, and C": the owner is never written, the coauthors follow "with"; one
    # coauthor or several, no venue, no year, no link: each line is a paper, the owner first, then those named
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Wren Addlestone"\nauthor:\n  name: "Wren Addlestone"\n')
    (tmp_path / "_pages" / "research.md").write_text(
        "---\npermalink: /research/\ntitle: \"Research\"\n---\n\n## Work in progress\n\n"
        "<strong>Ferry timetables and the price of island homes</strong> with Osric Pellow\n\n"
        "<strong>Do hedgerows slow the wind? Evidence from old maps</strong> with Jun Aberfoyle, Nia Trevarrow, "
        "and Bex Ollerenshaw\n", encoding="utf-8")
    pubs = import_path(tmp_path).profile.publications
    assert [(x.title, [a.name for a in x.authors], [a.is_self for a in x.authors][0]) for x in pubs] == [
        ("Ferry timetables and the price of island homes", ["Wren Addlestone", "Osric Pellow"], True),
        ("Do hedgerows slow the wind? Evidence from old maps",
         ["Wren Addlestone", "Jun Aberfoyle", "Nia Trevarrow", "Bex Ollerenshaw"], True)]
    assert all(x.venue is None and x.notes == [] for x in pubs)


def test_dated_event_lines_are_no_positions(tmp_path):
    # "* Aug 2024 Coastal HackWeek (Brest) - Organizer and project lead for ...": one month, no span, glued to an
    # event's name, then what the owner did there: an event, not a position held at a place (here under a bold
    # line that no reader takes for a heading, so still in the Education section, which also reads positions)
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text(
        'title: "Ivo Marchetti"\nauthor:\n  name: "Ivo Marchetti"\n  bio: "Research Scientist @ Harbor Institute"\n')
    (tmp_path / "_pages" / "about.md").write_text(
        "---\npermalink: /\ntitle: \"\"\n---\n\nI am a research scientist at the Harbor Institute.\n\n"
        "<div class=\"column\">\n<h3>Education</h3>\n<ul>\n<li>PhD in Oceanography, 2001, University of Tarn</li>\n"
        "</ul>\n</div>\n\n**Outreach** I help run these events\n\n"
        "* Jul 2023 Tide Data Hackathon (Lisbon) - Trainer and project lead on a forecasting project.\n"
        "* Aug 2024 UW-Coastal HackWeek (Brest) - Organizer team and project lead for a project on sea ice.\n",
        encoding="utf-8")
    person = import_path(tmp_path).profile.person
    names = [a.name for a in person.affiliations]
    assert not any("Hack" in n for n in names), names


def test_an_italic_remark_after_the_pages_is_no_venue(tmp_path):
    # "A, B. 2015. Title. Journal Name 192:247-257. *Chosen as the editor's pick*": the italic closes a whole
    # citation (volume and pages before it); the venue is the journal, the title stops at its own stop
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Ada Quill"\nauthor:\n  name: "Ada Quill"\n')
    (tmp_path / "_pages" / "publications.md").write_text(
        "---\npermalink: /publications/\ntitle: \"Publications\"\n---\n\n"
        "* Lark, D.M., **A. Quill**, and R. S. Fenn.  2015.  Slow drift in pond counts:  what long records say.  "
        "Journal of Pond Studies 192:247-257. *Chosen as the editor's pick of the month* [PDF](lark2015.pdf)\n\n"
        "* Fenn, R.S., **A. Quill**. 2014. Counting frogs by ear. Marsh Letters, 12(6): 652-661. *Featured on the "
        "cover of the issue*. [PDF](fenn2014.pdf)\n\n"
        "* **Quill, A.** and R. S. Fenn. 2013. Reeds and their shadows. Wetland Notes 25: 1157-1165.\n",
        encoding="utf-8")
    pubs = import_path(tmp_path).profile.publications
    assert [(x.title, x.venue) for x in pubs] == [
        ("Slow drift in pond counts: what long records say", "Journal of Pond Studies"),
        ("Counting frogs by ear", "Marsh Letters"),
        ("Reeds and their shadows", "Wetland Notes")]


ACAD_BOXES = """# Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">ICML 2024</div></div></div>
<div class='paper-box-text' markdown="1">

***Two Birds*: One Stone for Honest Helpful Models** [[PDF]](https://arxiv.org/abs/2401.00001)

Ann Lee, **Bo Chen**, Cy Dow
</div>
</div>

<!-- <div class='paper-box'><div class='paper-box-image'><div><div class="badge">Preprint</div></div></div>
<div class='paper-box-text' markdown="1">

**An Old Draft the Owner Hid From the Page** [[PDF]](https://arxiv.org/abs/2301.00002)

**Bo Chen**
</div>
</div> -->

# Educations
- *2025.08 - Current*, CS PhD Student, University of Tarn.
- *2021.09 - 2025.06*, BEng., Lakeside University of Technology.
"""


def test_a_commented_paper_box_is_hidden_and_an_italic_part_stays_in_the_bold_title(tmp_path):
    # AcadHomepage's paper boxes (kramdown's markdown="1"): one box inside an HTML comment is no paper; a title
    # written "***Two Birds*: One Stone**" keeps its italic part
    (tmp_path / "about.md").write_text(ACAD_BOXES, encoding="utf-8")
    p = import_path(tmp_path / "about.md", owner="Bo Chen").profile
    assert [(x.title, x.venue) for x in p.publications] == [("Two Birds: One Stone for Honest Helpful Models", "ICML")]


def test_the_degree_under_way_is_the_position_when_no_line_names_one(tmp_path):
    # "2025.08 - Current, CS PhD Student, University of Tarn" in the education list, and no sentence or career
    # line naming a position: the owner is a PhD student there
    (tmp_path / "about.md").write_text(ACAD_BOXES, encoding="utf-8")
    person = import_path(tmp_path / "about.md", owner="Bo Chen").profile.person
    assert person.job_title == "PhD Student"
    assert [(a.name, a.current) for a in person.affiliations] == [("University of Tarn", True)]


def test_a_link_inside_a_sentence_of_prose_is_no_paper(tmp_path):
    # "Ongoing applications include a [flood network](/publication/x) in the Tarn valley.": a research section's
    # prose links its papers from inside its sentences; those sentences list no papers
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Nell Arbery"\nauthor:\n  name: "Nell Arbery"\n')
    (tmp_path / "_pages" / "about.md").write_text(
        "---\npermalink: /\ntitle: \"About me\"\n---\n\nI am an assistant professor at Tarn University.\n\n"
        "Research\n------\n\n"
        "Ongoing applications include a [flood warning network](https://example.org/publication/flood) in the "
        "Tarn valley, and a pilot [drainage control network](https://example.org/publication/drain) in Lakeside.\n\n"
        "I also develop [new estimators](https://example.org/publication/est) for event detection and sensor "
        "placement.\n", encoding="utf-8")
    assert import_path(tmp_path).profile.publications == []


def test_hugo_draft_paper_and_students_a_shortcode_shows(tmp_path):
    # a paper bundle marked "draft: true" is never built (the theme's example paper); "{{< student_list >}}" on a
    # page shows data/students.yaml: its records are the owner's students
    c = tmp_path / "content"
    (c / "authors" / "admin").mkdir(parents=True)
    (c / "authors" / "admin" / "_index.md").write_text("---\ntitle: Oren Vasquel\nrole: Researcher\n---\nHi.\n")
    for slug, title, draft in (("real", "Counting Moths by Lamplight", "false"),
                               ("example", "An example conference paper", "true")):
        (c / "publication" / slug).mkdir(parents=True)
        (c / "publication" / slug / "index.md").write_text(
            f"---\ntitle: \"{title}\"\nauthors:\n- admin\n- Pia Lund\ndate: '2024-03-01'\npublication: "
            f"'*Moth Letters*'\npublication_types: ['2']\ndraft: {draft}\n---\n")
    (c / "teaching.md").write_text("---\ntitle: Teaching\n---\n\n{{< student_list scroll=\"false\" >}}\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "students.yaml").write_text(
        "current:\n  - name: Ada Brine\n    role: PhD co-supervision\n    period: 2024-2028\n"
        "  - name: Tom Reed\n    role: Semester project\nalumni:\n  - name: Lia Moss\n    role: Research internship\n")
    (tmp_path / "config.yaml").write_text("title: Oren Vasquel\n")
    p = import_path(tmp_path).profile
    assert [x.title for x in p.publications] == ["Counting Moths by Lamplight"]
    assert [s.name for s in p.students] == ["Ada Brine", "Tom Reed", "Lia Moss"]


def test_inspire_and_bluesky_profiles_are_identifiers(tmp_path):
    # a physicist's INSPIRE-HEP author record (al-folio's "inspire_userid: 123" or its address) and a Bluesky
    # profile link ("bsky.app/profile/ann.bsky.social") name the owner's profiles, as an ORCID does
    from kg.importers.common import identifier_from_url

    assert identifier_from_url("https://inspirehep.net/authors/1234567") == ("inspire", "1234567")
    assert identifier_from_url("https://bsky.app/profile/ann-roe.bsky.social") == ("bluesky", "ann-roe.bsky.social")
    assert identifier_from_url("https://bsky.app/search?q=x") is None
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text(
        "first_name: Ann\nlast_name: Roe\ninspire_userid: 1234567\nbluesky: ann-roe.bsky.social\n")
    (tmp_path / "_pages" / "about.md").write_text("---\nlayout: about\npermalink: /\n---\n\nI study strings.\n")
    ids = import_path(tmp_path).profile.person.identifiers
    assert ids.get("inspire") == "1234567" and ids.get("bluesky") == "ann-roe.bsky.social"


def test_a_profile_readme_whose_code_links_go_to_one_account_names_it(tmp_path):
    # no stats badge, but the papers' and tools' code links nearly all point to one account's repositories: the
    # profile's own GitHub account (a coauthor's repository now and then changes nothing)
    items = "".join(f"- [**tool{i}**] A tool. [\\[code\\]](https://github.com/Qu1lls/tool{i})\n" for i in range(5))
    body = ("### Biography\n\nI am Orla Penhaligon, a PhD student.\n\n### Open-source Software\n\n" + items
            + "- [**shared**] Another. [\\[code\\]](https://github.com/friend/shared)\n")
    (tmp_path / "README.md").write_text(body, encoding="utf-8")
    r = import_path(tmp_path)
    assert r.format == "github-readme" and r.profile.person.identifiers.get("github") == "Qu1lls"
    few = "### Biography\n\nI am Orla Penhaligon.\n\n- [x](https://github.com/Qu1lls/a) [y](https://github.com/Qu1lls/b)\n"
    (tmp_path / "README.md").write_text(few, encoding="utf-8")
    assert "github" not in import_path(tmp_path).profile.person.identifiers


def test_advisors_each_named_with_their_place(tmp_path):
    # "co-supervised by A at X University and B at Y University": both are advisors, read without their places
    from kg.importers.page.person import advisors_in

    assert advisors_in("I am a PhD student, co-supervised by Wen Harrow at The Lakeside Polytechnic University "
                        "and Ivo Strand at Tarn Jiao Tong University. I also work with others.") == ["Wen Harrow", "Ivo Strand"]
    assert advisors_in("advised by Ann Lee at the University of Tarn, Bo Chen at MIT and Cy Dow.") == [
        "Ann Lee", "Bo Chen", "Cy Dow"]


def test_an_awards_section_on_a_teaching_page_is_read(tmp_path):
    # "## Awards" under the courses of a teaching page the site serves: the owner's awards; "_Instructor of
    # record_" over a list of courses is the owner's part in them, no course named "record"
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Lu Hartigan"\nauthor:\n  name: "Lu Hartigan"\n')
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI am a PhD candidate at Tarn University.\n")
    (tmp_path / "_pages" / "teaching.md").write_text(
        "---\npermalink: /teaching/\ntitle: \"Teaching\"\n---\n\n## Courses taught\n\n**Tarn University**\n\n"
        "_Instructor of record_\n\n- Economics bootcamp for Masters students\n\n## Awards\n"
        "- Outstanding Graduate Student Instructor, Tarn University 2021\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [(a.name, a.year) for a in p.awards] == [("Outstanding Graduate Student Instructor, Tarn University", 2021)]
    assert not any(t.course == "record" for t in p.teaching)


def test_an_old_copy_of_the_home_page_at_its_address_gives_no_sections(tmp_path):
    # "about-2.md" left beside "about.md" with the same "permalink: /": the generator serves one page there, so the
    # copy's own "## Honors and Awards" is no section of the site (and the account says it was not read)
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Lu Hartigan"\nauthor:\n  name: "Lu Hartigan"\n')
    home = ("---\npermalink: /\n---\n\nI am a PhD candidate at Tarn University.\n\n# Honors and Awards\n\n"
            "- 2023, Best Poster Award, Tarn Meeting\n")
    (tmp_path / "_pages" / "about.md").write_text(home, encoding="utf-8")
    (tmp_path / "_pages" / "about-2.md").write_text(
        home + "- 2019, Old Scholarship, Tarn University\n- 2018, Older Prize, Tarn University\n", encoding="utf-8")
    res = import_path(tmp_path)
    assert [a.year for a in res.profile.awards] == [2023]
    assert any(u.file == "_pages/about-2.md" and "a copy of _pages/about.md" in u.text for u in res.profile.unparsed)


def test_an_edited_report_names_its_editor_before_the_year(tmp_path):
    # "Fenn, R. S., editor. 2022. Title: Subtitle. Series 171.": the editor closes the names; the title follows
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Ada Quill"\nauthor:\n  name: "Ada Quill"\n')
    (tmp_path / "_pages" / "publications.md").write_text(
        "---\npermalink: /publications/\ntitle: \"Publications\"\n---\n\n"
        "* Fenn, R. S., editor. 2022. Status review of pond frogs listed as threatened: Lakeside basin. Tarn "
        "Department of Ponds, Technical Memorandum 171. [Online](https://doi.org/10.1234/abcd)\n\n"
        "* Lark, D.M. and **A. Quill**. 2015. Slow drift in pond counts. Journal of Pond Studies 192:247-257.\n",
        encoding="utf-8")
    pubs = import_path(tmp_path).profile.publications
    assert [(x.title, [a.name for a in x.authors]) for x in pubs][0] == (
        "Status review of pond frogs listed as threatened: Lakeside basin", ["R. S. Fenn"])


def test_the_template_bluesky_value_is_no_handle():
    # academicpages ships "bluesky: bsky.app # Replace this with your Bluesky username": the service, no handle
    from kg.importers.common import clean_identifier

    assert clean_identifier("bluesky", "bsky.app") is None
    assert clean_identifier("bluesky", "ann-roe.com") == "ann-roe.com"


def test_the_post_jekyll_new_writes_is_no_news(tmp_path):
    # "Welcome to Jekyll!" ("You'll find this post in your `_posts` directory ..."), tagged "update", left in a
    # real site: template residue, no news of the owner; the owner's own post tagged so stays news
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Lu Hartigan"\nauthor:\n  name: "Lu Hartigan"\n')
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI am a PhD candidate at Tarn University.\n")
    (tmp_path / "_posts" / "2019-04-18-welcome-to-jekyll.md").write_text(
        "---\ntitle: \"Welcome to Jekyll!\"\ndate: 2019-04-18\ntags:\n  - update\n---\n\nYou'll find this post in "
        "your `_posts` directory. Go ahead and edit it and re-build the site to see your changes.\n")
    (tmp_path / "_posts" / "2024-05-01-job.md").write_text(
        "---\ntitle: \"New paper out\"\ndate: 2024-05-01\ntags:\n  - update\n---\n\nOur paper on ferries is out.\n")
    news = import_path(tmp_path).profile.news
    assert [n.date for n in news] == ["2024-05-01"]

