"""Shapes of real homepages that batches 36 to 38 still misread (issues 7 and 8), as small synthetic pages in our own
words."""

from __future__ import annotations

from kg.importers import import_path
from kg.importers.common import split_authors
from kg.importers.page.scores import author_score

from .sitefiles import academicpages_home, imported_site


def test_posts_in_a_subfolder_of_the_category_a_news_page_loops_over_are_news(tmp_path):
    # the news page lists "site.categories.fieldnotes"; the posts sit in _posts/fieldnotes/ (Jekyll reads
    # a collection's subfolders); a post of another category is no news
    files = {
        **academicpages_home("Orla Brennan", "Orla Brennan studies peat bogs.\n"),
        "news/index.html":
        "---\nlayout: page\ntitle: \"The Bog Group in the News\"\n---\n"
        "{% for post in site.categories.fieldnotes limit: 10 %}<h2>{{ post.title }}</h2>{% endfor %}\n",
    }
    for day, title, cat in (("2021-03-04", "Sampling season opens", "fieldnotes"),
                            ("2021-06-10", "A grant for the peat survey", "fieldnotes"),
                            ("2021-07-01", "How we brew coffee", "kitchen")):
        files[f"_posts/fieldnotes/{day}-x.md"] = (
            f"---\ntitle: \"{title}\"\ndate: {day}\ncategories:\n - {cat}\n---\n\nSome words on it.\n")
    news = imported_site(tmp_path / "site", files).news
    assert sorted(n.date for n in news) == ["2021-03-04", "2021-06-10"]


_PEOPLE = """---
layout: page
title: People
members:
- name: Ida Moss
  about: Lab head and Professor of Limnology.
- name: Tomas Reyes
  about: PhD student (2021 - present) studying stream chemistry.
- name: <a href="https://example.org/jb">Jun Baek</a>
  about: Postdoctoral Fellow (2022 - present) working on sediments.
past_members:
- name: Lena Hart, PhD 2019 (Professor, Eastfield University)
- name: Omar Dube, MS 2016 (currently a hydrologist at the Water Agency)
- name: Rita Sole, Postdoc 2015 (Staff Scientist)
---
{% for p in page.members %}<h3>{{ p.name }}</h3><p>{{ p.about }}</p>{% endfor %}
{% for p in page.past_members %}<li>{{ p.name }}</li>{% endfor %}
"""


def test_a_members_role_in_its_prose_and_an_alumnus_degree_after_the_name(tmp_path):
    # "about: PhD student (2021 - present) ...": the prose opens with the role; "Lena Hart, PhD 2019 (Professor,
    # ...)": the degree earned in the lab, the parentheses where she went (no head of this lab); a postdoc is no student
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Moss Lab\n",
        "index.html": "---\nlayout: home\n---\n<p>The Moss Lab studies lakes.</p>\n",
        "people/index.html": _PEOPLE,
    })
    assert profile.person.name == "Ida Moss"
    assert [(s.name, s.role) for s in profile.students] == [
        ("Tomas Reyes", "PhD student"), ("Lena Hart", "PhD 2019"), ("Omar Dube", "MS 2016")]


def test_the_pages_a_home_pages_menu_loads_into_its_content_box_are_read_as_pages(tmp_path):
    # index.html swaps its menu's pages into one box with jQuery ("$('#main').load('bio.html')"): those are the
    # site's pages (honours, students), not a sidebar read for the owner's particulars only
    profile = imported_site(tmp_path / "site", {
        "index.html":
        "<!DOCTYPE html><html><head><title>Wren Okafor</title>"
        "<script>function show(p){ if (p == 'honors') { $(\"#main\").load(\"bio.html\"); }"
        " else if (p == 'team') { $(\"#main\").load(\"lab.html\"); } else { $(\"#main\").load(\"intro.html\"); } }"
        "</script></head><body><h1>Wren Okafor</h1><div id=\"main\"></div></body></html>\n",
        "intro.html":
        "<html><body><p>Wren Okafor is an Associate Professor of Geology at Hillcrest University.</p></body></html>\n",
        "bio.html":
        "<html><body><h2>Honors and Awards</h2><ul><li>Early Career Medal, Society of Rocks, 2019.</li>"
        "<li>Teaching Prize, Hillcrest University, 2016.</li></ul></body></html>\n",
        "lab.html":
        "<html><body><h2>Current Students</h2><ul><li>Pia Lund, PhD student</li><li>Ravi Nair, MSc student</li>"
        "</ul></body></html>\n",
    })
    assert profile.person.name == "Wren Okafor"
    assert [a.year for a in profile.awards] == [2019, 2016]
    assert [s.name for s in profile.students] == ["Pia Lund", "Ravi Nair"]


def test_a_books_title_in_several_sentences_runs_to_its_imprint(tmp_path):
    # "Names: Title. Subtitle. A short guide. Berlin: Vogel, 1999.": the sentences before the imprint (place: publisher,
    # year) are the book's title, not a venue; a journal after the title stays the venue
    page = tmp_path / "index.md"
    page.write_text(
        "# Ida Fenn\n\n## Publications\n\n"
        "- Lind, Clara; Olsen, Per; Fenn, Ida: Counting the Coins. The State of the Norms in Public Ledgers. "
        "A Short Guide. Berlin: Vogel, 1999.\n"
        "- Fenn, Ida; Roth, Paul: Sorting by hand. Journal of Filing Studies 12. Hamburg: Kranz, 2004.\n")
    first, second = import_path(page).profile.publications
    assert (first.title, first.year) == ("Counting the Coins. The State of the Norms in Public Ledgers. A Short Guide",
                                         1999)
    assert [a.name for a in first.authors] == ["Clara Lind", "Per Olsen", "Ida Fenn"]
    assert second.title == "Sorting by hand"


def test_an_undated_work_of_a_page_of_dated_works_no_reader_takes_is_kept(tmp_path):
    # a markdown page beside an HTML home, read only by the site's account of its files: its one undated work
    # ("Final report ...", no year) is a work of its list, not dropped in silence
    profile = imported_site(tmp_path / "site", {
        "index.html": "<!DOCTYPE html><html><head><title>Ida Fenn</title></head><body><h1>Ida Fenn</h1>"
                      "<p>Ida Fenn works on archives.</p></body></html>\n",
        "writing/list.md":
        "# Publications\n\n"
        "- Fenn, Ida; Roth, Paul: Final Report of the Working Group on Shared Records.\n"
        "- Lind, Clara; Fenn, Ida: Counting the Coins. Berlin: Vogel, 1999.\n"
        "- Fenn, Ida; Moss, Kai: Ordered Worlds of Filing. Hamburg: Kranz, 2006.\n",
    })
    titles = [p.title for p in profile.publications]
    assert titles == ["Final Report of the Working Group on Shared Records", "Counting the Coins",
                      "Ordered Worlds of Filing"]


def test_a_work_its_editors_close_names_them_as_its_authors(tmp_path):
    # "Code:Year Title. Body; Editors: Family, Given; ...": no names before the title, the editors after it; a
    # standard's designation gives its year
    page = tmp_path / "index.md"
    page.write_text(
        "# Ida Fenn\n\n## Standards\n\n"
        "- EN 99999:2011 Common Sorting Rules – Sorting of Latin and Greek scripts. CEN; Editor: Fenn, Ida.\n"
        "- CWA 11111:2006 The Founding of a Network for Office Names. CEN; Editors: Blum, Anna ; Hart, Tom; Fenn, Ida.\n")
    first, second = import_path(page).profile.publications
    assert (first.title, first.year, first.venue) == (
        "EN 99999:2011 Common Sorting Rules – Sorting of Latin and Greek scripts", 2011, "CEN")
    assert [a.name for a in first.authors] == ["Ida Fenn"]
    assert (second.year, [a.name for a in second.authors]) == (2006, ["Anna Blum", "Tom Hart", "Ida Fenn"])


def test_a_name_written_family_name_first_scores_as_the_one_name_the_splitter_reads():
    # "Fenn, Ida" was cut at its comma into two one-word names (0.2: no name at all) and "Kuster, Marc Wilhelm" into
    # two people (1.0: a list); the author splitter reads each as one person, and the scorer now does too
    for text, name in (("Fenn, Ida", "Ida Fenn"), ("Kuster, Marc Wilhelm", "Marc Wilhelm Kuster")):
        assert [a.name for a in split_authors(text).authors] == [name]
        assert author_score(text) == author_score(name) == 0.3
    # an "and" inside a pair is no family name and its given name: two people, as the splitter reads them
    assert author_score("Safe and Flexible Dynamic Updating") == 1.0


def test_a_work_one_editor_closes_names_the_editor_written_given_name_first_too(tmp_path):
    # "...; Editor: Tom Hart.": one name after the label (not the owner's), as "Editor: Hart, Tom" is read
    page = tmp_path / "index.md"
    page.write_text("# Ida Fenn\n\n## Standards\n\n"
                    "- EN 99998:2010 Rules for Filing Names. CEN; Editor: Tom Hart.\n")
    (work,) = import_path(page).profile.publications
    assert (work.title, [a.name for a in work.authors]) == ("EN 99998:2010 Rules for Filing Names", ["Tom Hart"])


def test_a_records_short_title_is_its_title_when_the_title_field_holds_the_byline(tmp_path):
    # "title: 'Ana Ruiz, Bo Lee Sand in Rivers.'" beside "short_title: 'Sand in Rivers'": the title field is the
    # citation's head; the short title is the paper's, the citation gives the authors
    (pub,) = imported_site(tmp_path / "site", {
        "_config.yml": "title: Bo Lee\nauthor:\n  name: Bo Lee\n",
        "_publications/2023-sand.md":
        "---\ntitle: \"Ana Ruiz, Bo Lee, Kai Moss Sand in Rivers: a Field Guide.\"\n"
        "short_title: \"Sand in Rivers: a Field Guide\"\ncollection: publications\ndate: 2023-05-01\n"
        "venue: 'Journal of Rivers'\n"
        "citation: 'Ana Ruiz, Bo Lee, Kai Moss Sand in Rivers: a Field Guide. In Journal of Rivers.'\n---\n",
    }).publications
    assert pub.title == "Sand in Rivers: a Field Guide"
    assert [a.name for a in pub.authors] == ["Ana Ruiz", "Bo Lee", "Kai Moss"]
