"""Shapes of real homepages that batch 40 still misread (issues 7 and 8), as small synthetic sites and pages in our
own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import imported_site

_PEOPLE_BY_NAME = """\
team:
  jo roe:
    role: principal investigator
    email: jo.roe@lakeside.example.edu
  ann lee:
    role: PhD student
  ben moss:
    role: MSc student
  tom vale:
    role: postdoctoral fellow
alumni:
  Cara Diaz:
    role: former MSc student
"""


def test_lab_members_keyed_by_their_names_in_groups_are_the_heads_students(tmp_path):
    # "team: {jo roe: {role: ...}}": each member's key is their name (lower case, as a script capitalises it when it
    # shows it), the file's two groups two lists, not two records; the postdoc is no student
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Roe Lab\n",
        "_data/people.yml": _PEOPLE_BY_NAME,
        "index.md": "---\nlayout: home\n---\n\nWe study tides.\n",
    })
    assert profile.person.name == "Jo Roe"
    assert profile.person.email == "jo.roe@lakeside.example.edu"
    assert [(s.name, s.role) for s in profile.students] == [
        ("Ann Lee", "PhD student"), ("Ben Moss", "MSc student"), ("Cara Diaz", "former MSc student")]


def test_the_dated_items_under_news_in_a_file_of_the_sites_parts_are_its_news(tmp_path):
    # "home.yml": the home page's parts in one file (about, news, funding); the dated items under "news" are news, an
    # undated one (a pointer to the lab's account) and the funders are not
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Roe Lab\n",
        "_data/people.yml": _PEOPLE_BY_NAME,
        "_data/home.yml": """\
about: We study tides.
news:
  Follow the lab online:
    content: Our updates are posted on our account.
  New paper in Coastal Dynamics:
    date: 2021-04-27
    content: Our paper on estuary tides is out.
  Ann Lee passed her qualifying exam:
    date: 2021-03-17
    content: Congratulations Ann!
funding:
  The Tide Foundation:
    text: Supports research on tides
    link: https://tides.example.org
  The Lakeside Fund:
    text: Supports young labs
""",
        "index.md": "---\nlayout: home\n---\n\nWe study tides.\n",
    })
    assert [(str(n.date), n.text) for n in profile.news] == [
        ("2021-04-27", "Our paper on estuary tides is out."), ("2021-03-17", "Congratulations Ann!")]


def test_a_lab_heads_prose_under_cv_is_read_as_a_bio(tmp_path):
    # "cv: Dr. Roe completed his Ph.D. under ...": the head's prose, kept under "cv", says the advisor; a "cv" that
    # is the address of a file is no prose
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Roe Lab\n",
        "_data/people.yml": """\
- name: Jo Roe
  role: principal investigator
  cv: Dr. Roe completed his Ph.D. under the guidance of Prof. Ada Lind at Hill University.
- name: Ann Lee
  role: PhD student
  cv: /files/ann-lee-cv.pdf
""",
        "index.md": "---\nlayout: home\n---\n\nWe study tides.\n",
    })
    assert profile.person.advisors == ["Ada Lind"]
    assert [s.name for s in profile.students] == ["Ann Lee"]


_SHELL = """<!DOCTYPE html>
<html><head><title>Jo Roe's Laboratory</title><script defer src="main/main.js"></script></head>
<body><h1>Jo Roe's Lab</h1><div id="people"></div><div id="news"></div></body></html>
"""
_PEOPLE_JSON = """{
  "team": {
    "jo roe": {
      "role": "principal investigator",
      "cv": "Dr. Roe studied physics in Lakeside University's undergraduate program. He completed his Ph.D. under the guidance of Prof. Ada Lind. In 2018, Jo joined Lakeside University as a senior lecturer at the Faculty of Marine Science.",
      "email": "jo.roe@lakeside.example.edu"
    },
    "ann lee": {"role": "PhD student", "cv": "Ann studies estuaries.", "email": "ann@example.com"},
    "ben moss": {"role": "MSc student", "cv": "Ben studies waves.", "email": "ben@example.com"}
  },
  "alumni": {
    "cara diaz": {"role": "former MSc student", "cv": "Cara studied tides.", "email": "cara@example.com"}
  }
}
"""


def test_an_html_shell_whose_script_renders_the_labs_data_files_gives_the_heads_record_and_students(tmp_path):
    # index.html is a shell a script fills from JSON files of the site: the members listed there are the lab's,
    # its head (the site's owner) the one whose record says principal investigator; their prose under "cv" is
    # read as a bio's
    profile = imported_site(tmp_path, {"index.html": _SHELL, "main/people/people.json": _PEOPLE_JSON})
    person = profile.person
    assert person.name == "Jo Roe"
    assert person.email == "jo.roe@lakeside.example.edu"
    assert person.advisors == ["Ada Lind"]
    assert [s.name for s in profile.students] == ["Ann Lee", "Ben Moss", "Cara Diaz"]


def test_a_bio_telling_the_post_as_joining_a_university_as_a_lecturer(tmp_path):
    # "joined X University as a senior lecturer at its Faculty of Y": the job and the place (the unit after "at"
    # left)
    page = tmp_path / "index.md"
    page.write_text("# Jo Roe\n\nIn 2018, Jo joined Hill University as a senior lecturer at the Faculty of Marine "
                    "Science.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert (person.job_title, [a.name for a in person.affiliations]) == ("senior lecturer", ["Hill University"])


def test_a_bio_telling_where_the_owner_studied_as_a_universitys_program(tmp_path):
    # "began in X University's undergraduate program in Biology": a place of study (no degree named)
    page = tmp_path / "index.md"
    page.write_text("# Jo Roe\n\nJo Roe is a lecturer at Hill University. He began his studies in Lakeside "
                    "University's undergraduate program in Biology.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.institution, e.degree) for e in person.education] == [("Lakeside University", None)]


def test_a_title_opening_with_the_quoted_title_it_answers_keeps_its_quotes(tmp_path):
    # '“Title of X” – Response': the quotes are the title's own (the opening one alone was cut before); quotes
    # around a whole title are not
    profile = imported_site(tmp_path, {
        "index.md": "# Jo Roe\n\nI study tides.\n",
        "_data/papers.yml": """\
- title: '“Tides in estuaries: a new model” – Response'
  authors: Roe J, Lee A
  journal: Coastal Dynamics
  year: 2020
- title: '"Waves on sparse grids"'
  authors: Roe J
  journal: Ocean Modelling
  year: 2019
""",
        "papers.md": "---\ntitle: Papers\n---\n{% for p in site.data.papers %}{{ p.title }}{% endfor %}\n",
    })
    assert [p.title for p in profile.publications] == [
        "“Tides in estuaries: a new model” – Response", "Waves on sparse grids"]


def test_a_fellowship_held_after_the_degree_a_bio_says_was_received_is_no_award():
    # "he received his PhD from X, where ..., and completed a postdoctoral fellowship at Y": the sentence goes on
    # with a post, not with a second thing received; an award listed after the verb still is one
    from kg.importers.common import read_prose_awards

    assert read_prose_awards("Before that, he received his PhD from Hill University, where his thesis was cited, "
                             "and completed a postdoctoral fellowship at Lake Institute of Technology.") == []
    assert read_prose_awards("She received the Tide Medal in 2019, and completed a postdoc at Hill.") == [
        ("Tide Medal", 2019)]


_HEADER = """<html><head><title>Jo Roe</title></head><body>
<p><span>Jo Roe</span> <span>乔</span> (Ph.D. <a href="https://hill.example.edu/"><i>Hill University</i></a>, 2008)<br>
<br>
<strong>Fellow of IET/BCS/AAIA</strong><br>
<br>
Distinguished Professor<br>
School of Marine Science<br>
Lakeside University<br>
</p>
<p>Jo Roe studies the tides of estuaries and the waves of shallow seas, and teaches fluid mechanics at Lakeside.</p>
</body></html>
"""


def test_a_fellowship_of_societies_on_its_own_line_under_the_name_is_no_job(tmp_path):
    # "Fellow of IET/BCS/AAIA" between the name and the position: an honour, the position is the next line's
    page = tmp_path / "index.html"
    page.write_text(_HEADER, encoding="utf-8")
    assert import_path(page).profile.person.job_title == "Distinguished Professor"


def test_a_degree_in_brackets_after_the_name_is_the_owners_degree(tmp_path):
    # "Jo Roe 乔 (Ph.D. Hill University, 2008)": the doctorate, not a workplace named "Ph.D. Hill University, 2008"
    page = tmp_path / "index.html"
    page.write_text(_HEADER, encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [("Ph.D.", "Hill University", 2008)]
    assert not any("Hill" in a.name for a in person.affiliations)



def test_a_page_for_students_is_addressed_to_them_and_lists_none(tmp_path):
    # "学生の方へ / For Students" (a page to would-be students: the seminar they may join, a message): the headings
    # of its cards ("卒業研究", undergraduate research) and a "公開日" (published on) line are no students
    profile = imported_site(tmp_path, {
        "index.html": "<html><head><title>Jo Roe</title></head><body><h1>Jo Roe</h1><p>Jo Roe is a professor of "
                      "geometry at Hill University.</p><a href='students.html'>For Students</a></body></html>",
        "students.html": """<html><head><title>学生の方へ | Jo Roe</title></head><body>
<div class="page-title"><h1>学生の方へ</h1><div class="sub">For Students</div></div>
<section><div class="section-head"><h2>卒業研究</h2><span class="sub">Undergraduate Research</span></div>
<div class="card"><h3>2026年度 卒業研究</h3><p>曲率流の本を読みます。</p></div>
</section>
<section><div class="section-head"><h2>メッセージ</h2><span class="sub">Messages</span></div>
<div class="card"><h3>良い証明について</h3><p>短い証明がいつも良いとは限りません。</p>
<p class="signed">公開日：2015年10月1日</p></div>
</section>
</body></html>
""",
    })
    assert profile.students == []
    assert "students.html" in {u.file for u in profile.unparsed}  # (the page was read: its lines are listed)


def test_an_italic_line_closed_by_its_year_under_a_title_is_the_venue_not_two_authors(tmp_path):
    # "**Title**" then "*Annals of Hill University, Biologia* (2019)": the journal's two names read as two people's,
    # but an italic line closed by the year in brackets is where the work appeared
    page = tmp_path / "papers.md"
    page.write_text("# Publications of Jo Roe\n\n## 2021\n\n**Salt lakes and their archaea across seasons**  \n"
                    "Ann Lee, **Jo Roe**, Bo Chen  \n*Marine Letters* (2021)\n\n## 2019\n\n"
                    "**Enrichment cultures of archaea from a salt lake**  \n*Annals Universitatis Hillensis, Biologia* "
                    "(2019)\n", encoding="utf-8")
    pubs = import_path(page, owner="Jo Roe").profile.publications
    assert [(p.venue, [a.name for a in p.authors]) for p in pubs] == [
        ("Marine Letters", ["Ann Lee", "Jo Roe", "Bo Chen"]), ("Annals Universitatis Hillensis, Biologia", ["Jo Roe"])]


def test_a_doctorate_the_owner_undertook_with_labs_at_a_university_on_a_topic(tmp_path):
    # "I undertook my PhD with the X Lab and the Y Group at Z University, on the waves of ...": the degree and its
    # place (the topic after the comma is no part of the place's name)
    page = tmp_path / "index.md"
    page.write_text("# Jo Roe\n\nI am a research associate at Hill University. I undertook my PhD with the Tide Lab "
                    "and the Coast Group at Lakeside University, on the waves of shallow seas in Norland.\n",
                    encoding="utf-8")
    person = import_path(page).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [("PhD", "Lakeside University")]


_FILLER = ("Tempor velit sint sunt ipsum tempor enim ad qui ullamco. Est dolore anim ad velit duis dolore minim sunt "
           "aliquip amet commodo labore. Ut eu pariatur aute ea aute excepteur laborum. Consequat dolore aute laboris "
           "quis proident quis non et est consectetur ex eiusmod sit culpa.\n")


def test_a_theme_about_page_of_latin_filler_is_no_page_about_the_owner(tmp_path):
    # "_pages/about.md" left as the theme wrote it (Latin filler): the page the site serves at its root is the home
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Jo Roe\nauthor:\n  name: Jo Roe\n",
        "_pages/about.md": "---\npermalink: /about/\ntitle: About\n---\n\n" + _FILLER,
        "_pages/home.md": "---\npermalink: /\ntitle: Home\n---\n\nI am a research associate at Hill University. "
                          "I study the tides of estuaries.\n",
    })
    assert profile.person.description is not None and "Tempor" not in profile.person.description
    assert [a.name for a in profile.person.affiliations] == ["Hill University"]


def test_a_readme_at_the_top_served_at_the_root_is_the_home_page(tmp_path):
    # "README.md" with "permalink: /" (a splash layout's text in its front matter): the page the site serves at its
    # root, so the page about the owner
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Jo Roe\nauthor:\n  name: Jo Roe\n",
        "README.md": "---\nlayout: splash\npermalink: /\nintro:\n  - excerpt: 'I am a research associate at Hill "
                     "University.\n\n    I undertook my PhD at Lakeside University.'\n---\n",
        "_pages/research.md": "---\npermalink: /research/\ntitle: Research\n---\n\nTides.\n",
    })
    assert [e.institution for e in profile.person.education] == ["Lakeside University"]


_POSITIONS = """---
title: About
---

# Jo Roe

I am a fellow at Hill University.

## Education
### Ph.D. Marine Science
**Lake Institute of Science, Lakeside** | 2017 – 2022  
*Advisor*: Prof. Ann Lind

## Current Position
### Tide Fellow
**Hill University, School of Marine Science** | January 2022 – Present  
*Advisor*: Prof. Bo Chen

## Internships
### Summer Intern
**Coast Labs** | June 2016 – August 2016  
*Advisor*: Dr. Cy Dunn
"""


def test_a_current_position_heading_lists_the_owners_position(tmp_path):
    # "## Current Position" over "**Place** | January 2022 – Present": a position (the bar before the dates no part
    # of the place's name), as under "Positions"
    page = tmp_path / "about.md"
    page.write_text(_POSITIONS, encoding="utf-8")
    affs = import_path(page).profile.person.affiliations
    assert [(a.name, a.start_year) for a in affs if a.start_year == 2022] == [
        ("Hill University, School of Marine Science", 2022)]


def test_the_advisor_a_postdoc_position_names_is_the_owners_but_not_an_interns(tmp_path):
    # "*Advisor*: Prof. Bo Chen" under the current fellowship: the owner's advisor, as the doctorate's is; the
    # internship's is not
    page = tmp_path / "about.md"
    page.write_text(_POSITIONS, encoding="utf-8")
    assert import_path(page).profile.person.advisors == ["Ann Lind", "Bo Chen"]
