"""Shapes of real homepages that the measuring pages of stop 43 showed misread (the lead's list of stop 44), as small
synthetic pages in our own words."""

from __future__ import annotations

import pytest

from .sitefiles import imported_site, write_site


def _pubs(p):
    return [(x.title, [a.name for a in x.authors], x.venue, x.year) for x in p.publications]


def test_a_title_holding_commas_before_capitals_is_not_cut_as_if_a_venue_began(tmp_path):
    """'Names. Atlas, a compact model of tides in Bays, Inlets and Harbors.': with no venue sentence after it, the
    venue cut took the comma before "Inlets" for the venue's start (a capital alone); and in 'Names. Atlas, ...
    Venue' the names reader ran the first name list on past the stop into the title's first words ("Tomas Reyd.
    Atlas" an author). A capital with no year, number or venue word after it is the title's own list."""
    page = ("# Mara Quill\n\nI am an assistant professor of computer science at Northfield University.\n\n"
            "## Publications\n\n"
            "- Mara Quill, Tomas Reyd. Atlas, a compact model of tides in Bays, Inlets and Harbors.\n"
            "- Reyd, T., & Quill, M. (2020). Atlas, a compact model of tides in Bays, Inlets and Harbors.\n"
            "- Mara Quill, Tomas Reyd. Lanternfish Retrieval, A Compact Model of Sparse Retrieval for Long "
            "Documents. Proceedings of the Conference on Retrieval Systems, 2021.\n"
            "- Ines Varga, Mara Quill. Sea Ice Charts, Journal of Polar Mapping, 2019.\n")
    got = _pubs(imported_site(tmp_path, {"index.md": page}))
    title = "Atlas, a compact model of tides in Bays, Inlets and Harbors"
    assert got == [(title, ["Mara Quill", "Tomas Reyd"], None, None),
                   (title, ["T. Reyd", "M. Quill"], None, 2020),
                   ("Lanternfish Retrieval, A Compact Model of Sparse Retrieval for Long Documents",
                    ["Mara Quill", "Tomas Reyd"], "Proceedings of the Conference on Retrieval Systems", 2021),
                   ("Sea Ice Charts", ["Ines Varga", "Mara Quill"], "Journal of Polar Mapping", 2019)]


def test_a_dated_news_item_holding_a_bullet_list_is_one_item(tmp_path):
    """'- **2024-05** Our lab released two data sets:' over two sub-bullets: the dated item was read as the label of
    a group (its text short and ending in a colon), dropped, and each sub-bullet became a news item of its own with
    no date. A list item that opens with a date finer than a year and goes on in words is an entry, its sub-list
    its own; a year alone over its items still heads them."""
    page = ("# Mara Quill\n\nI am an assistant professor of computer science at Northfield University.\n\n"
            "## News\n\n"
            "- **2024-05** Our lab released two data sets:\n"
            "  - a corpus of harbor sounds recorded over three winters\n"
            "  - tide gauge readings from small bays\n"
            "- **2024-03** I gave a talk at the Coastal Robotics Workshop.\n"
            "- 2023\n"
            "  - Two papers accepted at the Conference on Robot Learning.\n"
            "  - Joined the editorial board of Sea Robots.\n")
    p = imported_site(tmp_path, {"index.md": page})
    got = [(x.date, x.text) for x in p.news]
    assert got == [("2024-05", "Our lab released two data sets: a corpus of harbor sounds recorded over three winters "
                               "tide gauge readings from small bays"),
                   ("2024-03", "I gave a talk at the Coastal Robotics Workshop."),
                   ("2023", "Two papers accepted at the Conference on Robot Learning."),
                   ("2023", "Joined the editorial board of Sea Robots.")]


def test_a_position_held_at_one_place_and_in_another_names_two_places(tmp_path):
    """'a postdoctoral researcher at UC Berkeley and in the Lawrence Berkeley National Laboratory': read as one
    place "UC Berkeley and" with the laboratory its department; each "at"/"in" names a place of its own."""
    page = ("# Mara Quill\n\nI am a postdoctoral researcher at UC Berkeley and in the Lawrence Berkeley National "
            "Laboratory, working on solid-state batteries.\n")
    p = imported_site(tmp_path, {"index.md": page})
    assert [(a.name, a.department, a.role) for a in p.person.affiliations] == [
        ("UC Berkeley", None, "postdoctoral researcher"),
        ("Lawrence Berkeley National Laboratory", None, "postdoctoral researcher")]


def test_names_written_family_then_initial_with_particles_open_a_citation(tmp_path):
    """'Van der Berg K., Quill T. Title. Venue, 2018.': a list of names written family name then initial with a
    stop and no comma between them; one whose family name opens with particles ("de Souza", "Van der Berg") was not
    seen as a name, so the stop after it ended no list of names and the whole line before the venue was the title."""
    page = ("# Tessa Quill\n\nI am an assistant professor of genetics at Northfield University.\n\n"
            "## Publications\n\n"
            "- Van der Berg K., Quill T. Silent loci in barnacles. Genome Letters, 2018.\n"
            "- de Souza R., Quill T., Reyd J. Salt marsh microbes. Genome Letters, 2014.\n"
            "- Amariuta T., Quill T. Tide clocks in oysters. Genome Letters, 2016.\n")
    got = _pubs(imported_site(tmp_path, {"index.md": page}))
    assert got == [("Silent loci in barnacles", ["Van der Berg K", "Quill T"], "Genome Letters", 2018),
                   ("Salt marsh microbes", ["de Souza R", "Quill T", "Reyd J"], "Genome Letters", 2014),
                   ("Tide clocks in oysters", ["Amariuta T", "Quill T"], "Genome Letters", 2016)]


def _quarto_news(tmp_path, panels):
    """The profile of a Quarto site whose home page's News section holds one callout (a panel) per text."""
    page = ("---\ntitle: \"Mara Quill\"\n---\n\nI am an assistant professor of computer science at Northfield "
            "University.\n\n## News\n\n"
            + "".join(f"::: {{.callout-note appearance=\"simple\"}}\n{panel}\n:::\n\n" for panel in panels))
    return imported_site(tmp_path, {"_quarto.yml": "project:\n  type: website\n", "index.qmd": page})

def test_a_news_panel_of_a_date_its_text_and_a_link_is_one_dated_item(tmp_path):
    """A Quarto callout (a panel) per news item holding three paragraphs, the date alone ("**2024-05-02**"), the text
    and a link: the date line was read as "2024-05" and a dash (the date's end needed a separator or a space after
    it), or, read whole, left the item no text and was dropped, the text and the link two undated items. A date
    alone on its line dates the paragraph after it, and the link goes on with it."""
    p = _quarto_news(tmp_path, ["**2024-05-02**\n\nOur paper on harbor maps was accepted.\n\n"
                                "[Read the paper](https://example.org/p1)", "**March 2024**\n\nI gave a talk in Lisbon."])
    assert [(x.date, x.text, x.links) for x in p.news] == [
        ("2024-05-02", "Our paper on harbor maps was accepted. Read the paper", ["https://example.org/p1"]),
        ("2024-03", "I gave a talk in Lisbon.", [])]


def test_a_date_alone_that_no_news_item_takes_is_unparsed_not_lost(tmp_path):
    """A date alone on its line dates the item under it; one no item takes (a panel whose text is missing, the
    last line of the section, or a date over an item that gives its own) is said as unparsed, as any line the
    readers cannot place (it was marked read and dropped)."""
    p = _quarto_news(tmp_path, ["**2024-05-02**\n\nOur paper on harbor maps was accepted.", "**2023-11-20**",
                                "**2023-10-02**\n\n2023-09: I gave a talk in Lisbon."])
    assert [(x.date, x.text) for x in p.news] == [
        ("2024-05-02", "Our paper on harbor maps was accepted."), ("2023-09", "I gave a talk in Lisbon.")]
    unparsed = [u.text for u in p.unparsed]
    assert any("2023-11-20" in t for t in unparsed) and any("2023-10-02" in t for t in unparsed), unparsed
    assert not any("2024-05-02" in t for t in unparsed), unparsed


def test_a_cv_page_whose_front_matter_holds_the_cv_gives_the_degrees_and_advisor(tmp_path):
    """A Jekyll CV page whose layout draws the CV from its own front matter ("categories: [{key: education, items:
    [...]}]"): the reader of CV sections read data files only, so the page gave no degrees and no advisor."""
    cv = ("---\nlayout: cv\npermalink: /cv/\ntitle: CV\ncategories:\n"
          "  - key: education\n    title: Where I studied\n    items:\n"
          "      - degree: Ph.D. in Computer Science\n        institution: Eastlake University\n        year: 2019\n"
          "        advisor: Ines Varga\n"
          "      - degree: B.S. in Physics\n        institution: Westfield College\n        year: 2013\n"
          "  - key: experience\n    title: Positions\n    items:\n"
          "      - role: Postdoctoral Fellow\n        institution: Southbay Institute\n        years: 2019 - 2020\n"
          "---\n")
    p = imported_site(tmp_path, {"_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n",
                                 "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI am an assistant "
                                                    "professor of computer science at Northfield University.\n",
                                 "_pages/cv.md": cv})
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("Ph.D. in Computer Science", "Eastlake University", 2019), ("B.S. in Physics", "Westfield College", 2013)]
    assert p.person.advisors == ["Ines Varga"]
    assert ("Southbay Institute", 2019, 2020) in [(a.name, a.start_year, a.end_year) for a in p.person.affiliations]


def test_my_name_is_closing_its_own_sentence_names_the_owner(tmp_path):
    """'Hello! My name is Wen Zhao. I am a PhD student ...' opening a page with no heading of a name: the sentence
    is read alone, its stop gone, and the self-introduction needed a comma, a stop or "and" after the name; the
    owner became the coauthor on most papers."""
    page = ("Hello! My name is Wen Zhao. I am a PhD student at Northfield University.\n\n## Research\n\n"
            "I study harbor maps.\n\n## Publications\n\n"
            "- Wen Zhao, Tomas Reyd. Harbor Maps from Satellite Images. Journal of Remote Mapping, 2020.\n"
            "- Tomas Reyd, Ines Varga. Tide Gauges for Small Bays. Sea Letters, 2019.\n")
    p = imported_site(tmp_path, {"index.md": page})
    assert p.person.name == "Wen Zhao"


@pytest.mark.parametrize("files", [
    # an unfilled template: "Your Name" over "Assistant Professor", a sample paper by "Author One, Author Two"
    {"index.html": "<html><head><title>Your Name</title></head><body>\n<h1>Your Name</h1>\n<p>Assistant Professor, "
                   "Department of Something, Some University</p>\n<h2>Publications</h2>\n<ul><li>Author One, Author "
                   "Two. A paper title goes here. Journal Name, 2020.</li></ul>\n</body></html>\n"},
    # a create-react-app README: its section "Available Scripts"
    {"README.md": "# Getting Started with Create React App\n\nThis project was bootstrapped with Create React App.\n\n"
                  "## Available Scripts\n\nIn the project directory, you can run:\n\n### `npm start`\n\n"
                  "Runs the app in the development mode.\n"},
    # a lab's page whose first heading is a section's label
    {"index.html": "<html><head><title>Harbor Lab</title></head><body>\n<h2>Lab Highlights</h2>\n<p>Our lab studies "
                   "coastal robots. Two papers were accepted this spring.</p>\n<h2>News</h2>\n<ul><li>2024-05: Paper "
                   "accepted at CoRL.</li></ul>\n</body></html>\n"},
])
def test_a_template_name_or_a_section_label_is_no_owner(tmp_path, files):
    """"Your Name" (a template left unfilled, on its card and in its title), a README's "Available Scripts", a lab
    page's "Lab Highlights" were each taken as the owner's name (the template's sample byline "Author One, Author
    Two" too, read as "Author Two One"); none names anyone: the owner is unknown, and the import says so."""
    from kg.errors import SourceError
    from kg.importers import import_path

    with pytest.raises(SourceError, match="owner|no name|no researcher name"):
        import_path(write_site(tmp_path, files))


def test_a_role_tagline_listing_topics_after_a_bar_gives_the_position_and_the_interests(tmp_path):
    """A Hugo author's 'role: PhD student | robot learning, control': the whole tagline was the job title; the
    position is before the bar, the topics after it are the owner's interests (a place after it would be none)."""
    p = imported_site(tmp_path, {
        "config/_default/params.yaml": "description: A site\n",
        "content/authors/admin/_index.md": "---\ntitle: Mara Quill\nrole: PhD student | robot learning, control\n"
                                           "superuser: true\ninterests:\n  - legged robots\n---\n\nI build robots "
                                           "that learn to walk on sand.\n"})
    assert p.person.job_title == "PhD student"
    assert p.person.interests == ["robot learning", "control", "legged robots"]


def test_a_line_under_a_bold_title_opening_with_the_venues_link_then_the_names(tmp_path):
    """'**Title**.<br>[Venue](url). Names.': the line under the bold title opens with the venue's link and the
    names follow it; the whole line was read as the authors ("Coastal Engineering Letters. Mara Quill" an author),
    or its link's label as the one author, or the names were lost. The link opening that line is the venue (the
    year beside it its year), the names after it the authors."""
    page = ("# Mara Quill\n\nI am an assistant professor of computer science at Northfield University.\n\n"
            "## Publications\n\n"
            "**Tide Tables for Harbors**.<br>\n[Coastal Engineering Letters](https://example.org/cel). "
            "Mara Quill, Tomas Reyd.\n\n"
            "**Wave Gauges Built from Bottles**.<br>\n[Sensing Letters](https://example.org/sl). M. Quill, T. Reyd, "
            "2017.\n\n"
            "**Quiet Graphs for Noisy Labels**.<br>\n[Advances in Learning Systems](https://example.org/als), 2019, "
            "Tomas Reyd, Mara Quill.\n\n"
            "**Harbor Maps from Satellite Images**.<br>\n[Journal of Remote Mapping](https://example.org/jrm), 2020.<br>\n"
            "Mara Quill, Ines Varga.\n")
    got = _pubs(imported_site(tmp_path, {"index.md": page}))
    assert got == [("Tide Tables for Harbors", ["Mara Quill", "Tomas Reyd"], "Coastal Engineering Letters", None),
                   ("Wave Gauges Built from Bottles", ["M. Quill", "T. Reyd"], "Sensing Letters", 2017),
                   ("Quiet Graphs for Noisy Labels", ["Tomas Reyd", "Mara Quill"], "Advances in Learning Systems", 2019),
                   ("Harbor Maps from Satellite Images", ["Mara Quill", "Ines Varga"], "Journal of Remote Mapping", 2020)]
