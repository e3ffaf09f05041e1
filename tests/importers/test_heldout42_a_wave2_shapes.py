"""Readings found on batch 42/a's remaining misses (a Hugo site of the owner's own theme, an academicpages site, a
Wowchemy site, an al-folio site; second wave of stop 42): synthetic pages, own words, names invented."""
from __future__ import annotations

from .sitefiles import imported_site


def test_a_hugo_home_page_of_front_matter_only_keeps_the_configured_owner_and_menu_profiles(tmp_path):
    """A Hugo site of a theme with no author page whose home page (``content/_index.md``) is front matter only (a
    title and a description the theme lays out), the owner named by the configuration's ``[author]`` and their
    profiles linked from its ``[[menu.profile]]``: the site is read as that owner's, profiles included, papers from
    its other pages. Before, the empty home page stopped the Hugo reader and the readers every family shares took
    the site: the menu's GitHub account was lost."""
    p = imported_site(tmp_path, {
        "config.toml": ('baseURL = "https://ivolema.example.org/"\ntitle = "Ivo Lema"\n\n[author]\n'
                        '    name = "Ivo Lema"\n\n[params]\n    email = "ivo@ivolema.example.org"\n\n'
                        '[[menu.profile]]\n    name = "GitHub"\n    url = "https://github.com/ivo-lema"\n'),
        "content/_index.md": '---\ntitle: Ivo Lema\ndescription: "Builder of boats and tide tables."\n---\n',
        "content/publications.md": (
            "---\ntitle: Publications\n---\n\n## Publications\n\n"
            "- *Ivo Lema* and Ada Roe. Counting Rivers with Sparse Maps. Journal of Tides, 2024.\n")})
    assert p.person.name == "Ivo Lema"
    assert p.person.identifiers.get("github") == "ivo-lema"
    assert [x.title for x in p.publications] == ["Counting Rivers with Sparse Maps"]
    assert not any(u.file == "content/_index.md" and u.text.strip() in ("---", "title: Ivo Lema")
                   for u in p.unparsed)


def test_a_phd_candidate_of_a_named_field_at_a_university_studies_there(tmp_path):
    """A home page telling "I'm a Computer Science PhD Candidate at Tarn University" (the field in capitals before
    the degree, "Candidate" capitalised): the owner studies there for a PhD, as "a PhD candidate at X" is read.
    Before, only a lower-case word before the degree and a lower-case "candidate" were read: no education."""
    p = imported_site(tmp_path, {"index.md": (
        "# Ivo Lema\n\nI'm a Computer Science PhD Candidate at Tarn University. I study tides.\n")})
    assert [(e.degree, e.institution) for e in p.person.education] == [("PhD", "Tarn University")]


def test_an_accomplishments_widget_item_an_award_word_names_is_an_award(tmp_path):
    """A Wowchemy home page whose accomplishments widget lists, in its front matter's ``item:`` list, a contest's
    medal ("description: Gold Medal") and a course the owner taught: the medal is one award, with its year; the
    course is no honour. Before, the widget (front matter only) was left unread: no award."""
    p = imported_site(tmp_path, {
        "content/authors/admin/_index.md": "---\ntitle: Ivo Lema\nrole: PhD Student\n---\nI study tides.\n",
        "content/home/accomplishments.md": (
            "---\nwidget: accomplishments\nactive: true\nheadless: true\ntitle: Accomplishments\n"
            "item:\n- date_start: \"2015-05-02\"\n  description: Gold Medal\n  organization: Tide Olympiad\n"
            "  title: The Northern Tide Olympiad\n"
            "- date_start: \"2021-09-01\"\n  organization: Tarn University\n"
            "  title: Teaching Assistant of Ocean Mapping\n---\n")})
    assert [(a.name, a.year) for a in p.awards] == [("Gold Medal, The Northern Tide Olympiad", 2015)]


def test_a_student_naming_themself_before_their_place_of_study_studies_there(tmp_path):
    """A home page telling "I'm Ivo, a PhD student in the Tide Group at the Tarn University" (the owner's first name
    and a comma between "I'm" and what they are): the owner studies there for a PhD. Before, only "I'm a PhD
    student at ..." was read: no education."""
    p = imported_site(tmp_path, {"index.md": (
        "# Ivo Lema\n\nI'm Ivo, a PhD student in the Tide Group at the Tarn University. I study tides.\n")})
    assert [(e.degree, e.institution) for e in p.person.education] == [("PhD", "Tarn University")]


def test_a_paragraph_under_a_lone_line_break_tag_is_markdown(tmp_path):
    """An about page whose paragraph comes on the line under a lone "<br/>" (a blank line above the tag):
    kramdown (Jekyll) reads the tag as a line break and the paragraph as markdown, its links rendered, so the
    owner's position is read from it. Before, CommonMark's reading made the whole paragraph raw HTML: no job title."""
    p = imported_site(tmp_path, {"index.md": (
        "# Ivo Lema\n\n<br/>\nI am an assistant professor at [Ocean Science](https://tarn.example.org/ocean), "
        "Tarn University. I study tides.\n")})
    assert p.person.job_title == "assistant professor"
    assert any("Tarn University" in a.name for a in p.person.affiliations)
