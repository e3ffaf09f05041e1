"""Site shapes met in batch 38b, in synthetic form: lists a Jekyll page keeps in its own front matter and loops over
with ``page.<list>``, and a lab site titled after its head."""

from __future__ import annotations

from kg.importers import import_path
from tests.importers.sitefiles import write_site

_LOOP_PAPERS = """
<ul>
{% for paper in page.papers %}
  <li><a href="http://dx.doi.org/{{ paper.doi }}">{{ paper.title }}</a><br>
  {% for a in paper.authors %}{{ a }}, {% endfor %} <i>{{ paper.journal }}</i></li>
{% endfor %}
</ul>
"""

_LOOP_MEMBERS = """
{% for person in page.members %}<div><h4>{{ person.name }}</h4><p>{{ person.about }}</p></div>{% endfor %}
<h3>Alumni</h3>
{% for person in page.lab_alumni %}<p>{{ person.name }}</p>{% endfor %}
"""


def _lab_site(tmp_path):
    return write_site(tmp_path, {
        "_config.yml": "title: Lund Lab @ Fjord University\nauthor:\n  name: Ola B.\n  github: olab\n",
        "index.html": "---\nlayout: default\n---\n<h2>Welcome</h2>\n<p>We study moss on cold river banks.</p>\n",
        "team/index.html": "---\nlayout: page\ntitle: People\nmembers:\n"
                           "- name: Siri Lund\n  about: Principal investigator of the lab.\n"
                           "- name: Ola Brekke\n  about: PhD student (2021 - present) working on peat.\n"
                           "lab_alumni:\n- name: Tor Vang, PhD 2003 (Professor, Fjell University)\n"
                           "---\n" + _LOOP_MEMBERS,
        "publications/old_list.html": "---\ntitle: Publications\nlayout: page\npapers:\n"
                                      "- title: \"Moss cover on cold banks\"\n"
                                      "  journal: \"River Ecology (2019) 4:1-9\"\n"
                                      "  authors:\n  - <b>O Brekke</b>\n  - <b>S Lund</b>\n"
                                      "  doi: 10.1000/moss.1\n"
                                      "- title: \"Peat under snow\"\n  journal: \"Cold Soils (2016) 2:3-8\"\n"
                                      "  authors:\n  - <b>SK Lund</b>\n  - P Hale\n"
                                      "---\n" + _LOOP_PAPERS,
    })


def test_the_papers_a_jekyll_page_keeps_in_its_front_matter_are_the_sites_list(tmp_path):
    profile = import_path(_lab_site(tmp_path)).profile
    works = {p.title: p for p in profile.publications}
    assert set(works) == {"Moss cover on cold banks", "Peat under snow"}
    assert works["Moss cover on cold banks"].year == 2019
    assert [a.name for a in works["Peat under snow"].authors] == ["SK Lund", "P Hale"]


def test_a_lab_site_titled_after_a_member_is_that_members_over_a_configured_builder_and_an_alumnus(tmp_path):
    # the configuration's author is the student who built the site; the alumnus's parentheses say where he is now
    profile = import_path(_lab_site(tmp_path)).profile
    assert profile.person.name == "Siri Lund"


def test_names_written_family_name_first_between_semicolons_before_a_colon_are_the_authors(tmp_path):
    # "Family, Given; Family, Given: Title. Place: Publisher, Year.": the names before the colon, a semicolon apart
    page = tmp_path / "schriften.md"
    page.write_text("# Schriften\n\n"
                    "- Lohmann, Clara; Dettmer, Paul; Roe, Ann Marie: Der Euro im Alltag. Ein Kompendium. "
                    "Berlin: Beuth, 1999.\n"
                    "- Roe, Ann Marie (Editor): Roadmap for open standards. Bruxelles: CEN, 2006.\n"
                    "- Roe, Ann Marie; Selig, Thomas; Nyhan, Julia: Report on research topics in the humanities. "
                    "2010-09-30. [http://example.org/r.pdf](http://example.org/r.pdf)\n", encoding="utf-8")
    works = {p.title: p for p in import_path(page, owner="Ann Marie Roe").profile.publications}
    # (the sentences before the imprint are the book's title, subtitle and all)
    assert [a.name for a in works["Der Euro im Alltag. Ein Kompendium"].authors] == [
        "Clara Lohmann", "Paul Dettmer", "Ann Marie Roe"]
    assert [a.name for a in works["Report on research topics in the humanities"].authors] == [
        "Ann Marie Roe", "Thomas Selig", "Julia Nyhan"]
    assert works["Der Euro im Alltag. Ein Kompendium"].year == 1999
