"""kg.importers.site.lab: a data-driven lab site (members, head, news in ``_data`` files) read as its head's profile.

The sites are written here in our own words, in the shapes real lab sites take: a people list with a role per
member, a publications file of whole citations a page walks with ``assign ... group_by``, a news list, and blog
posts tagged news."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import imported_site, write_site


PEOPLE = """\
# members of the group; HTML allowed
- first_name: Adaeze  # first name
  last_name: Okonkwo
  title: Prof.
  position: Principal Investigator
  email: a.okonkwo@example.edu
  github: aokonkwo
  scholar: Qw3rTyUAAAAJ&hl # scholar id
  status: current
  bio: Adaeze Okonkwo is Associate Professor of Hydrology at Lakeside University. She received a B.Sc. in Civil
    Engineering from the University of Lagos and a Ph.D. in Hydrology from Delft University of Technology.

- first_name: Tomas
  last_name: Brandt
  title: Dr.
  position: Postdoctoral Researcher
  status: current

- first_name: Mei
  last_name: Tanaka
  position: Ph.D. Student
  status: current

- first_name: Jonas (Joe)
  last_name: Eriksen
  position: Ph.D. 2021
  status: former
  website: https://jeriksen.example.org

- first_name: Laila
  last_name: Haddad
  position: collaborator
  status: current
"""

STUDENTS_WITH_PLACEHOLDER = """\
- name: "Rui Costa"
  info: M.Sc. Student
- name: "This could be you !"
  info: Join us
"""

PAPERS = """\
- key: okonkwo2023floods
  year: 2023
  apa_reference: "Okonkwo, A., Tanaka, M., & Brandt, T. (2023). Flood pulses in braided rivers. _Water Resources Research_, _59_(4), 1-20."
  doi: "10.1000/wrr.2023.1"

- key: eriksen2021soil
  year: 2021
  apa_reference: "Eriksen, J., & Okonkwo, A. (2021). Soil moisture memory across dry seasons. _Journal of Hydrology_, _600_, 126-140."
  url: "https://example.org/soil-memory"
"""

PUBLICATIONS_PAGE = """\
---
title: Publications
permalink: /publications/
---
{% assign by_year = site.data.papers | group_by: 'year' | sort: 'name' | reverse %}
{% for y in by_year %}
## {{ y.name }}
{% for p in y.items %}
- {{ p.apa_reference | markdownify }}
{% endfor %}
{% endfor %}
"""

NEWS = """\
- date: 3 Mar 2024
  headline: "Mei Tanaka passed her qualifying exam - <a href='https://example.org/qual'>details</a>"
- date: 12 Jan 2023
  headline: "Our flood paper is out."
"""


def _lab_site(root: Path) -> Path:
    return write_site(root, {
        "_config.yml": "title: Okonkwo Hydrology Group @ Lakeside\ndescription: A lab site\n",
        "_data/people.yml": PEOPLE,
        "_data/students.yml": STUDENTS_WITH_PLACEHOLDER,
        "_data/papers.yml": PAPERS,
        "_data/news.yml": NEWS,
        "_pages/publications.md": PUBLICATIONS_PAGE,
        "_posts/2024-05-01-award.md": (
            "---\ntitle: Best poster award\ntags: news\n---\nTomas won the best poster award at the spring meeting.\n"),
        "_posts/2024-06-01-tutorial.md": (
            "---\ntitle: A tutorial on rating curves\ntags: [R, tutorial]\n---\nHow to fit a rating curve in R.\n"),
    })


def test_the_head_of_a_lab_is_the_profiles_owner(tmp_path):
    profile = import_path(_lab_site(tmp_path / "site")).profile
    person = profile.person
    assert person.name == "Adaeze Okonkwo"
    assert person.email == "a.okonkwo@example.edu"
    # "scholar: Qw3rTyUAAAAJ&hl": the id without the query's tail
    assert person.identifiers["google_scholar"] == "Qw3rTyUAAAAJ"
    assert person.identifiers["github"] == "aokonkwo"
    # "Principal Investigator" is the role in the lab; the bio says the job
    assert person.job_title and "Professor" in person.job_title
    assert [e.institution for e in person.education] == ["University of Lagos", "Delft University of Technology"]


def test_students_of_a_lab_are_its_current_and_former_students_only(tmp_path):
    profile = import_path(_lab_site(tmp_path / "site")).profile
    students = {s.name: s for s in profile.students}
    # the postdoc, the collaborator, the head and the "This could be you !" placeholder are no students
    assert sorted(students) == ["Jonas (Joe) Eriksen", "Mei Tanaka", "Rui Costa"]
    assert students["Jonas (Joe) Eriksen"].role == "Ph.D. 2021"
    assert str(students["Jonas (Joe) Eriksen"].url) == "https://jeriksen.example.org"
    assert students["Mei Tanaka"].file == "_data/people.yml" and students["Mei Tanaka"].line == 19
    # what was read is settled; the postdoc and the collaborator, which kg has no field for, stay in unparsed
    left = {u.line for u in profile.unparsed if u.file == "_data/people.yml"}
    assert left == {13, 14, 15, 16, 17, 30, 31, 32, 33}


def test_records_holding_only_a_whole_citation_are_read_by_the_citation_reader(tmp_path):
    profile = import_path(_lab_site(tmp_path / "site")).profile
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Flood pulses in braided rivers", "Soil moisture memory across dry seasons"]
    flood = pubs["Flood pulses in braided rivers"]
    assert [a.name for a in flood.authors] == ["A. Okonkwo", "M. Tanaka", "T. Brandt"]
    assert flood.authors[0].is_self
    assert flood.venue == "Water Resources Research" and flood.year == 2023
    assert flood.links["doi"] == "https://doi.org/10.1000/wrr.2023.1"
    soil = pubs["Soil moisture memory across dry seasons"]
    assert soil.authors[1].is_self and soil.year == 2021
    assert soil.file == "_data/papers.yml" and soil.line == 6
    assert soil.links == {"paper": "https://example.org/soil-memory"}


def test_news_comes_from_the_news_data_file_and_from_posts_tagged_news(tmp_path):
    profile = import_path(_lab_site(tmp_path / "site")).profile
    news = sorted(profile.news, key=lambda n: str(n.date))
    assert [str(n.date) for n in news] == ["2023-01-12", "2024-03-03", "2024-05-01"]
    qual = news[1]
    assert qual.text.startswith("Mei Tanaka passed her qualifying exam") and \
        [str(u) for u in qual.links] == ["https://example.org/qual"]
    assert "best poster award" in news[2].text.lower()
    # the tutorial post is no news: kg has no field for it, and says so
    assert any(u.file == "_posts/2024-06-01-tutorial.md" for u in profile.unparsed)


def test_a_lab_site_without_a_head_still_says_it_has_no_owner(tmp_path):
    root = _lab_site(tmp_path / "site")
    (root / "_data" / "people.yml").write_text(PEOPLE.replace("Principal Investigator", "Lab Manager")
                                               .replace("title: Prof.", "title: Ms."))
    (root / "_data" / "students.yml").unlink()
    import pytest

    from kg.errors import SourceError

    with pytest.raises(SourceError, match="no owner name"):
        import_path(root)


def _petridish_site(root: Path) -> Path:
    """A group site whose pages sit in ``pages/`` (served by their permalinks), its papers, team, honours and
    degrees in ``_data`` files, the site's author the head of the group."""
    return write_site(root, {
        "_config.yml": "title: Ines Calloway\nauthor: Ines Calloway\nremote_theme: some/theme\n",
        "pages/home.md": (
            "---\nlayout: home\ntitle: home\npermalink: /\n---\n\n"
            "<p><strong>Ines Calloway</strong> is Associate Professor of Soil Science at Westbrook University.</p>\n"),
        "pages/research.md": (
            "---\ntitle: papers\npermalink: /research/\n---\n\n"
            "{%- assign papers = site.data.papers -%}\n<h2>Papers</h2>\n{%- for paper in papers -%}\n"
            "<div>{{ paper.title }}</div>\n{%- endfor -%}\n"),
        "pages/news.md": (
            "---\ntitle: news\npermalink: /news/\n---\n\n{%- assign items = site.data.news -%}\n"
            "{%- if items.size == 0 -%}\n<p>No news items yet.</p>\n{%- else -%}\n"
            "{%- for item in items -%}<p>{{ item.title }}</p>{%- endfor -%}\n{%- endif -%}\n"),
        "_data/papers.yml": (
            "- title: \"Earthworm density under cover crops\"\n  authors:\n    - Ines Calloway\n    - Piet Vos\n"
            "  status: Published\n  year: 2022\n  journal: Soil Biology Letters\n"
            "  doi: https://doi.org/10.1000/ew.2022\n  links:\n    - label: code + data\n"
            "      url: https://zenodo.example.org/record/77\n    - label: press release\n"
            "      url: https://news.example.edu/earthworms\n"
            "- title: \"Tillage and fungal networks\"\n  authors:\n    - Piet Vos\n    - I. Calloway\n"
            "  status: In preparation\n"),
        "_data/news.yml": (
            "- title: \"Worms on the radio\"\n  date: 2023-05-02\n  description: Interviewed about soil life.\n"),
        "_data/team.yml": (
            "- name: Ines Calloway\n  role: Associate Professor\n  orcid: 0000-0002-1825-0097\n"
            "  github: icalloway\n\n- name: Piet Vos\n  role: PhD student\n"),
        "_data/awards.yml": (
            "# honours\n- title: Early Career Prize\n  granter: Soil Society\n  year: 2021\n"
            "- title: Teaching Award\n  year: 2019\n"),
        "_data/education.yml": (
            "- degree: Ph.D.\n  field: Soil Science\n  institution: University of Utrecht\n  year_end: 2012\n"
            "- degree: B.Sc.\n  institution: Lund University\n  year_end: 2006\n"),
    })


def test_a_sites_pages_folder_its_data_records_and_its_author_heading_the_group(tmp_path):
    # before: nothing but the name and the news (the pages in pages/ and the group's records went unread)
    profile = import_path(_petridish_site(tmp_path / "site")).profile
    person = profile.person
    assert person.name == "Ines Calloway"
    assert person.job_title == "Associate Professor"
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097"  # from the head's record in team.yml
    assert [e.institution for e in person.education] == ["University of Utrecht", "Lund University"]
    assert [a.name for a in profile.awards] == ["Early Career Prize, Soil Society", "Teaching Award"]
    assert [p.title for p in profile.publications] == ["Earthworm density under cover crops",
                                                       "Tillage and fungal networks"]
    first = profile.publications[0]
    assert first.venue == "Soil Biology Letters" and first.year == 2022
    # a record's list of labelled links
    assert "https://zenodo.example.org/record/77" in first.links.values()
    assert "https://news.example.edu/earthworms" in first.links.values()
    # the template's empty-list text is no news item
    assert [n.text for n in profile.news] == ["Interviewed about soil life."]


def _loop_site(root: Path) -> Path:
    """A Jekyll Now lab site: the config names the head as its author and lists the site's profiles in
    footer-links; the head's record (a degree after the name, the position in 'affiliation'), papers keyed by
    year and a publications page whose loop builds each paper's PDF address from the record's short name."""
    return write_site(root, {
        "_config.yml": (
            'name: "Roe Lab"\nauthor: Ines Roe\nurl: https://www.roelab.example\nbaseurl: ""\n'
            "footer-links:\n  github: roe-lab/roe-lab.github.io\n  twitter: inesroe\n  email:\n"),
        "_data/people.yml": (
            'pi:\n- name: "Ines Roe, PhD"\n  affiliation: "Assistant Professor in the Department of Neuroscience, '
            'Harbor College of Medicine (HCM)"\n\ngrad_students:\n- name: "Tal Ofer"\n  type: "PhD student"\n'),
        "_data/papers.yml": (
            '2024:\n  -\n    title: "Motor memories after learning"\n    authors: "Lind DM, <b>Roe IA</b>+, Ofer T+, '
            'Berg AP*, Moss BM*"\n    journal: "Current Neurology"\n    year: 2024\n    paper_url: "https://ex.org/mm"\n'
            '    short_name: "Lind2024"\n2019:\n  -\n    title: "Patterns that emerge"\n    authors: "<b>Roe IA</b>, Lind DM"\n'
            '    journal: "PNAS"\n    year: 2019\n    paper_url: "https://ex.org/pe"\n    short_name: ""\n'),
        "_pages/publications.md": (
            "---\nlayout: page\ntitle: Publications\npermalink: /publications/\n---\n\n"
            "<p>See also Google Scholar.<br/>* and + denote joint authorship.</p>\n\n"
            "{% for year in site.data.papers %}\n{% assign yr = year[0] %}\n<h2>{{ yr }}</h2>\n<ul>\n"
            "  {% for paper in site.data.papers[yr] %}\n  <li>\n    <span>{{ paper.title }}</span><br>\n"
            "    <span>{{ paper.authors }}</span><br>\n    <i>{{ paper.journal }}</i> ({{ paper.year }})\n"
            '    <a href="{{ paper.paper_url }}">link</a>\n'
            "    {% if paper.short_name != nil and paper.short_name != '' %}\n"
            '    <a href="{{ site.baseurl }}/assets/pdf/papers/{{ paper.short_name }}.pdf">pdf</a>\n    {% endif %}\n'
            "  </li>\n  {% endfor %}\n</ul>\n{% endfor %}\n"),
        "index.md": "---\nlayout: default\n---\n\nWe study how neurons learn.\n",
    })


def test_a_lab_loop_builds_pdf_links_and_explains_its_marks_and_the_config_author_is_the_head(tmp_path):
    profile = import_path(_loop_site(tmp_path)).profile
    person = profile.person
    assert person.name == "Ines Roe" and person.job_title == "Assistant Professor"
    assert [(a.name, a.department) for a in person.affiliations] == [
        ("Harbor College of Medicine (HCM)", "Department of Neuroscience")]
    assert (person.identifiers.get("github"), person.identifiers.get("twitter")) == ("roe-lab", "inesroe")
    pubs = {p.title: p for p in profile.publications}
    motor = pubs["Motor memories after learning"]
    assert motor.links["pdf"] == "https://www.roelab.example/assets/pdf/papers/Lind2024.pdf"
    # '+' explained by the page's own line, '*' by the common convention: both joint authorship
    assert {a.name: a.marks for a in motor.authors}["Roe IA"] == ["equal_contribution"]
    assert {a.name: a.marks for a in motor.authors}["Berg AP"] == ["equal_contribution"]
    assert "pdf" not in pubs["Patterns that emerge"].links  # an empty short name: the template writes no link


def _collection_lab(root: Path) -> Path:
    """An al-folio lab site: one page per member in ``_members/`` and ``_alumni/``, the head's own CV page titled
    with her name, the group's settings in ``_config.yml`` and one BibTeX key used for two papers."""
    return write_site(root, {
        "_config.yml": (
            "title: blank\ngroup_name: Ruiz Group\nemail: m.ruiz@example.ac.uk\ngithub_username: RuizGroup\n"
            "orcid_id: 0000-0002-1234-5678\ntwitter_username: MRuizStats\nscholar:\n  last_name: [Ruiz]\n"),
        "_pages/about.md": (
            "---\nlayout: about\ntitle: About\npermalink: /\n---\n\nWe develop statistical methods for clinical data.\n"),
        "_pages/marta.md": (
            "---\nlayout: page\ntitle: Marta Ruiz\npermalink: /marta/\n---\n\n# Short CV\n\n<ul>\n"
            "<li> [2019+] Senior Lecturer, Institute of Data Science (Northgate University) </li>\n"
            "<li> [2011-2015] PhD Student, Department of Statistics, University of Bristol. Supervisor: Alan Frost </li>\n"
            "<li> [2009-2010] MSc Student, Department of Mathematics, University of Porto </li>\n</ul>\n"),
        "_members/marta.md": (
            "---\nlayout: page\nname: Marta Ruiz\nrole: Group Leader\nwebsite: \"/marta/\"\n"
            "github: \"https://github.com/mruiz\"\n---\n"),
        "_members/ivo.md": "---\nlayout: page\nname: Ivo Petrov\nrole: PhD Student\n---\n",
        "_members/lena.md": "---\nlayout: page\nname: Lena Kraus\nrole: Postdoctoral Fellow\n---\n",
        "_alumni/sam.md": "---\nlayout: page\nname: Sam Ode\nrole: \"PhD Student\"\nyears: 2016-2020\n---\n",
        "_bibliography/papers.bib": (
            "@article{Ruiz2020,\n  author = {Marta Ruiz and Ivo Petrov},\n  title = {Survival trees for registries},\n"
            "  journal = {Biometrics},\n  year = {2020}\n}\n\n"
            "@article{Ruiz2020,\n  author = {Marta Ruiz},\n  title = {Priors for frailty models},\n"
            "  journal = {Statistics in Medicine},\n  year = {2020}\n}\n"),
    })


def test_a_lab_of_member_pages_is_read_as_its_heads_profile(tmp_path):
    profile = import_path(_collection_lab(tmp_path / "site")).profile
    person = profile.person
    assert person.name == "Marta Ruiz" and person.job_title == "Group Leader"
    # her own record's GitHub over the group's account; the group's other settings are hers
    assert person.identifiers["github"] == "mruiz" and person.identifiers["orcid"] == "0000-0002-1234-5678"
    assert person.identifiers["twitter"] == "MRuizStats" and person.email == "m.ruiz@example.ac.uk"
    assert "Group Leader" not in [a.name for a in person.affiliations]
    # her CV page (titled with her name): the "[2011-2015] PhD Student" lines are degrees, the supervisor her advisor
    assert [e.institution for e in person.education] == ["University of Bristol", "University of Porto"]
    assert person.advisors == ["Alan Frost"]
    assert sorted(s.name for s in profile.students) == ["Ivo Petrov", "Sam Ode"]


def test_one_bibtex_key_for_two_papers_gives_both(tmp_path):
    profile = import_path(_collection_lab(tmp_path / "site")).profile
    assert sorted(p.title for p in profile.publications) == ["Priors for frailty models", "Survival trees for registries"]


CURATED_PEOPLE = """\
- name: Dr. Ilse Marwick (PI)
  title: Harbour Chair of Seagrass Biology
  github: imarwick
  education: |
    * PhD in Marine Science, Northfield University, 2012
    * MSc in Botany, University of Eastport, 2007
  description: |
    I am the Harbour Chair of Seagrass Biology at the Coastal Science Museum.

- name: Tobias Renn
  title: Senior Technician

- name: Lucia Ferro
  title: MSc Student (Eastport)
"""


def _curated_lab(root: Path, people: str, config: str = "title: Seagrass Lab\n") -> Path:
    return write_site(root, {
        "_config.yml": config,
        "_data/people.yml": people,
        "people.md": (
            "---\ntitle: People\n---\n{% for person in site.data.people %}\n"
            "{{ person.name }} {{ person.title }}\n{% endfor %}\n"),
    })


def test_the_role_in_parentheses_after_a_members_name_says_who_heads_the_lab(tmp_path):
    # no role key says "PI" (the title is a named chair): the name's "(PI)" does, and is no part of the name
    person = import_path(_curated_lab(tmp_path / "site", CURATED_PEOPLE)).profile.person
    assert person.name == "Ilse Marwick"
    assert person.job_title == "Harbour Chair of Seagrass Biology"
    # "education: |" holding a markdown list: a degree per item
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("PhD", "Northfield University", 2012), ("MSc", "University of Eastport", 2007)]


def test_the_member_holding_the_sites_own_account_heads_the_lab(tmp_path):
    people = CURATED_PEOPLE.replace("Dr. Ilse Marwick (PI)", "Ilse Marwick")
    root = _curated_lab(tmp_path / "site", people, "title: Seagrass Lab\ngithub_username: imarwick\n")
    profile = import_path(root).profile
    assert profile.person.name == "Ilse Marwick"
    assert [s.name for s in profile.students] == ["Lucia Ferro"]


def test_a_labs_publication_records_whose_authors_field_ends_in_venue_and_year_name_its_head(tmp_path):
    # allanlab's publist.yml: the authors field holds "names. Venue (Year)"; the home page and the configuration
    # name only the lab, so the head is the author on most records, and each record's venue and year are read
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Fernhill Dune Lab\ninclude:\n  - _pages\n",
        "_pages/home.md": "---\ntitle: \"Fernhill Dune Lab: Home\"\npermalink: /\n---\n\nWe study how dunes wander.\n",
        "_data/publist.yml": (
            "- title: \"<a href='https://example.org/a'>Dunes in winter</a>\"\n"
            "  authors: Petra Ostrom, Kaius Vell & Mira D. Lanke. Journal of Sand (2021)\n"
            "- title: Wind over grass\n"
            "  authors: P. Ostrom, M. D. Lanke. Aeolian Letters (2019)\n"
            "- title: Counting grains\n"
            "  authors: Jon Abara, Sei Tomo, et al. Grain Science (2018)\n"
            "- title: Ripples\n"
            "  authors: K. Vell, M. D. Lanke. Coastal Notes (2017)\n"),
    })
    profile = import_path(root).profile
    assert profile.person.name == "Mira D. Lanke"
    # the import says the name is inferred, and from what
    assert any("inferred from the author on most" in u.text for u in profile.unparsed)
    pubs = {p.title: p for p in profile.publications}
    assert (pubs["Wind over grass"].venue, pubs["Wind over grass"].year) == ("Aeolian Letters", 2019)
    assert [a.name for a in pubs["Dunes in winter"].authors] == ["Petra Ostrom", "Kaius Vell", "Mira D. Lanke"]


def _allanlab_site(root: Path) -> Path:
    """The 'allanlab' template's shape: ``team_members.yml`` (the PI's ``info`` a post a line), alumni files named
    for what their members were (``alumni_bsc.yml``), the years after each alumnus's name, and dated news."""
    return write_site(root, {
        "_config.yml": "title: Fjord Ecology Lab\nemail: head@example.edu\n",
        "_pages/home.md": "---\ntitle: Home\npermalink: /\n---\n\nWe study fjords at Northshore University.\n",
        "_pages/team.md": (
            "---\ntitle: Team\npermalink: /team/\n---\n\n{% for member in site.data.team_members %}\n"
            "{{ member.name }}\n{% endfor %}\n"),
        "_data/team_members.yml": (
            "- name: Petra Lindqvist\n  info: Assistant Professor, Marine Sciences<br>Research Associate (City Museum)\n"
            "  email: head@example.edu\n\n"
            "- name: Olu Adebayo\n  info: Research Associate\n\n"
            "- name: Kai Moreno\n  info: PhD Student, Department of Marine Sciences\n\n"
            "- name: Dana Whitfield\n  info: Undergrad student, Marine Sciences\n"),
        "_data/alumni_bsc.yml": (
            "- name: Remy Castell (2018-2020, NU)\n\n- name:  Ivy Tran(2021, NU)\n\n- name: Remy Castell (2017-2020, NU)\n"),
        "_data/alumni_visitors.yml": "- name: Sam Okafor (2022-2023, NU)\n",
        "_data/news.yml": (
            "- date: <b>March 3, 2025</b>\n  headline: \"Kai passed the qualifying exam!<img src='/k.png'/>\"\n\n"
            "- date: <b>May, 2024</b>\n  headline: We received a grant to study sea ice.\n"),
    })


def test_an_allanlab_site_lists_its_news_its_students_and_alumni_and_its_head(tmp_path):
    profile = import_path(_allanlab_site(tmp_path / "site")).profile
    # the PI's first post says what they are; a later "Research Associate" line is a side post
    assert profile.person.name == "Petra Lindqvist"
    assert profile.person.job_title == "Assistant Professor"
    assert [n.text for n in profile.news] == ["Kai passed the qualifying exam!", "We received a grant to study sea ice."]
    # current students by role, alumni by the file's name ("alumni_bsc"), each once and without their years;
    # the research associate and the visiting alumnus are no students
    assert sorted(s.name for s in profile.students) == ["Dana Whitfield", "Ivy Tran", "Kai Moreno", "Remy Castell"]


def test_a_lab_whose_records_name_no_head_still_gives_its_news_and_students(tmp_path):
    root = _allanlab_site(tmp_path / "site")
    (root / "_data" / "team_members.yml").write_text(
        "- name: Kai Moreno\n  info: PhD Student\n\n- name: Dana Whitfield\n  info: Undergrad student\n")
    (root / "_pages" / "home.md").write_text(
        "---\ntitle: Home\npermalink: /\n---\n\n# Petra Lindqvist\n\nI am a professor of marine sciences at "
        "Northshore University.\n")
    profile = import_path(root).profile
    assert len(profile.news) == 2
    assert sorted(s.name for s in profile.students) == ["Dana Whitfield", "Ivy Tran", "Kai Moreno", "Remy Castell"]


def test_a_labs_member_pages_titled_with_names_and_its_posts_listed_on_the_home_page(tmp_path):
    """A lab template whose members are pages of a collection ('title: <name>', 'description: <role>') and
    whose home page paginates the blog posts: the lab's head is the owner, its students listed, its posts news."""
    root = tmp_path / "site"
    for d in ("_people", "_posts"):
        (root / d).mkdir(parents=True)
    (root / "_config.yml").write_text("title: Lindqvist Lab\npaginate: 4\n")
    (root / "index.html").write_text(
        "---\nlayout: default\n---\n<h2>Lindqvist Lab</h2>\n<ul>{% for post in paginator.posts %}"
        "<li>{{ post.title }}</li>{% endfor %}</ul>\n")
    (root / "people.md").write_text(
        "---\ntitle: people\n---\n{% for person in site.people %}{{ person.title }}{% endfor %}\n")
    for i, (name, role) in enumerate([("Petra Lindqvist", "Lab PI"), ("Olu Adebayo", "Postdoctoral Fellow"),
                                      ("Kai Moreno", "PhD Student @ Northshore"), ("Dana Whitfield", "Research Intern")]):
        (root / "_people" / f"2020-01-0{i + 1}-m{i}.markdown").write_text(
            f"---\nlayout: page\ntitle: {name}\ndescription: {role}\n---\n\nAbout {name.split()[0]}.\n")
    (root / "_posts" / "2024-05-01-grant.markdown").write_text(
        "---\nlayout: post\ntitle: Grant awarded\ndate: 2024-05-01\n---\n\nWe received a grant for fjord work.\n")
    profile = import_path(root).profile
    assert profile.person.name == "Petra Lindqvist" and profile.person.affiliations == []
    assert sorted(s.name for s in profile.students) == ["Dana Whitfield", "Kai Moreno"]
    assert [n.date for n in profile.news] == ["2024-05-01"]


GROUPED_PEOPLE = """\
- role: Principal investigator
  people:
  - name: Maren Holt
    title: Professor of Coastal Engineering
    bio: Maren Holt is Professor of Coastal Engineering at Eastport University.
    education:
    - degree: PhD
      school: Northfield University
- role: Post-doctoral researchers
  people:
  - name: Dr Arno Vick
    bio: Arno models dune erosion.
- role: Graduate students
  people:
  - name: Pia Sund
  - name: Ole Brask
- role: Alumni
  people:
  - Kai Roe (DPhil 2019)
"""


def test_members_listed_in_role_groups_and_a_config_author_who_only_built_the_site(tmp_path):
    # "- role: ..." groups each holding a "people:" list: every member takes the group's role; the lab's
    # configuration names as author the site's designer, who is no member: the head owns the lab's site
    config = "title: Coastal Dynamics Lab\nauthor:\n  name: Web Designer Person\n  url: https://design.example.com\n"
    profile = import_path(_curated_lab(tmp_path / "site", GROUPED_PEOPLE, config)).profile
    assert profile.person.name == "Maren Holt"
    assert profile.person.job_title == "Professor of Coastal Engineering"
    assert [(s.name, s.role) for s in profile.students] == [("Pia Sund", "Graduate students"),
                                                            ("Ole Brask", "Graduate students")]


def test_a_personal_sites_config_author_stays_the_owner_beside_a_data_file_of_groups(tmp_path):
    # the same groups on a site whose title is no lab's: the configuration's author is whom the site is about
    config = "title: Maren Holt\nauthor:\n  name: Maren Holt\n"
    profile = import_path(_curated_lab(tmp_path / "site", GROUPED_PEOPLE, config)).profile
    assert profile.person.name == "Maren Holt"


def test_news_in_a_script_object_a_page_loads_as_json(tmp_path):
    """'<script src="data/news.json">' whose file is "const items = {news: [{date, info}, ...]}" (a script's
    object, no JSON), which the page's own script lists: the news, each item once, and no line of the script's
    own words left unread."""
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Kestrel Lab</title><script src=\"./data/news.json\"></script></head>"
                      "<body><h1>Kestrel Lab</h1><p>Prof. Tomas Berg, Professor, Westbridge University.</p>"
                      "<div id=\"news\"></div><script src=\"./show.js\"></script></body></html>\n",
        "show.js": "for (const n of items['news']) { document.getElementById('news').innerHTML += n.info; }\n",
        "data/news.json": "const items = {\n  \"news\": [\n    {\n      \"date\": \"2025/04/02\",\n"
                          "      \"info\": \"Paper on \\\"Drone Counts of Geese\\\" accepted by ICRA 2025.\"\n    },\n"
                          "    {\n      \"date\": \"2024/11/20\",\n      \"info\": \"Congrats to Ines Varga for "
                          "the best poster award.\"\n    }\n  ]\n}\n",
    })
    prof = import_path(root).profile
    assert [(n.date, n.text) for n in prof.news] == [
        ("2025-04-02", 'Paper on "Drone Counts of Geese" accepted by ICRA 2025.'),
        ("2024-11-20", "Congrats to Ines Varga for the best poster award.")]
    assert not [u for u in prof.unparsed if u.file == "data/news.json"]


def test_an_al_folio_lab_whose_name_fields_spell_the_labs_name_is_owned_by_the_author_on_most_of_its_papers(tmp_path):
    # "first_name: Coral, last_name: Lab": al-folio's two name fields filled with the lab's name, the about page
    # describing the lab; the lab's head is the author on most of its BibTeX (before: "Coral Lab" owned the site)
    from tests.importers.sitefiles import imported_site

    def paper(key, title, authors, year):
        return (f"@article{{{key},\n  title={{{title}}},\n  author={{{authors}}},\n  journal={{Reef Biology}},\n"
                f"  year={{{year}}}\n}}\n")
    bib = (paper("a", "Coral bleaching at dusk", "Moss, Ida and Okoro, Tunde", 2021)
           + paper("b", "Reef sound maps", "Lind, Aya and Okoro, Tunde", 2022)
           + paper("c", "Polyps under warm water", "Okoro, Tunde", 2023))
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Coral Lab\nfirst_name: Coral\nlast_name: Lab\nscholar:\n  source: /_bibliography/\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\nThe lab studies how reefs answer warm water.\n",
        "_bibliography/papers.bib": bib})
    assert profile.person.name == "Tunde Okoro"
    assert len(profile.publications) == 3


def _initials_lab(tmp_path, pages: dict[str, str]):
    # a lab's site whose papers cite its head with initials only ("Okoro, T. A."): the name is how the papers
    # write it, weaker than the lab's own name in the configuration
    from tests.importers.sitefiles import imported_site

    bib = "".join(f"@article{{k{i},\n  title={{{t}}},\n  author={{{a} and Okoro, T. A.}},\n  journal={{Reef Biology}},"
                  f"\n  year={{202{i}}}\n}}\n" for i, (t, a) in enumerate((("Coral bleaching at dusk", "Moss, Ida"),
                                                                            ("Reef sound maps", "Lind, Aya")), 1))
    return imported_site(tmp_path / "site", {
        "_config.yml": "title: Coral Lab\nfirst_name: Coral\nlast_name: Lab\nscholar:\n  source: /_bibliography/\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\nThe lab studies how reefs answer warm water.\n",
        "_bibliography/papers.bib": bib, **pages})


def test_a_lab_head_cited_with_initials_only_is_named_as_the_labs_data_write_the_name_out(tmp_path):
    profile = _initials_lab(tmp_path, {"_data/crew.yml": "- name: Ida Moss\n- name: Tunde Okoro\n"})
    assert profile.person.name == "Tunde Okoro"
    assert [a.name for p in profile.publications for a in p.authors if a.is_self] == ["T. A. Okoro"] * 2


def test_a_lab_head_cited_with_initials_only_and_written_out_nowhere_leaves_the_site_to_the_labs_name(tmp_path):
    assert _initials_lab(tmp_path, {}).person.name == "Coral Lab"


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


def _looping_lab_site(tmp_path):
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
    profile = import_path(_looping_lab_site(tmp_path)).profile
    works = {p.title: p for p in profile.publications}
    assert set(works) == {"Moss cover on cold banks", "Peat under snow"}
    assert works["Moss cover on cold banks"].year == 2019
    assert [a.name for a in works["Peat under snow"].authors] == ["SK Lund", "P Hale"]


def test_a_lab_site_titled_after_a_member_is_that_members_over_a_configured_builder_and_an_alumnus(tmp_path):
    # the configuration's author is the student who built the site; the alumnus's parentheses say where he is now
    profile = import_path(_looping_lab_site(tmp_path)).profile
    assert profile.person.name == "Siri Lund"


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


def test_members_a_labs_data_file_lists_as_alumni_without_a_role_are_former_students(tmp_path):
    # "alumni:" in the lab's people file: each record a name, years and a line of prose, no role; a member of the
    # lab's alumni is one of its former students (the head's record heads the lab)
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Roe Group\n",
        "_data/group.yml": """\
principal_investigator:
  - name: "Prof. Jo Roe"
    bio: "Jo Roe is a professor at Hill University."
graduate_students:
  - name: "Ann Lee"
    description: "Ann works on tides."
alumni:
  - name: "Ben Moss"
    period: "2019 - 2022"
    description: "Ben Moss graduated in 2022. He now teaches at a school."
  - name: "Cara Diaz"
    period: "2015 - 2020"
    description: "Cara Diaz works for a city's water board."
""",
        "index.md": "---\nlayout: home\n---\n\nWe study tides.\n",
    })
    assert profile.person.name == "Jo Roe"
    assert [s.name for s in profile.students] == ["Ann Lee", "Ben Moss", "Cara Diaz"]


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


def test_a_members_file_beside_a_script_sites_pages_gives_the_heads_role_and_the_students(tmp_path):
    # a site of script pages and data files, no generator's configuration: "members.yaml" at the root lists the
    # lab; the owner (the author of its papers) is its head, whose record says their post
    paper = ("- title: {t}\n  year: {y}\n  container: Botany Letters\n"
             "  authors:\n    - name: {s}\n    - name: Ines Varga\n")
    profile = imported_site(tmp_path, {
        "pages/index.js": "export default function Home() { return <h1>Varga Lab</h1> }\n",
        "pages/contact.mdx": "# Contact\n\nWrite to the lab office.\n",
        "pubs.yaml": "".join(paper.format(t=t, y=y, s=s) for t, y, s in [
            ("Roots under drought", 2021, "Tomas Reed"), ("Leaves in shade", 2022, "Lena Fox"),
            ("Seeds after fire", 2023, "Tomas Reed")]),
        "members.yaml": ("- name: Ines Varga\n  role: Professor of Botany\n  email: ines@example.edu\n"
                         "- name: Tomas Reed\n  role: PhD Student\n"
                         "- name: Lena Fox\n  role: Undergraduate\n"),
    })
    assert profile.person.name == "Ines Varga"
    assert profile.person.job_title == "Professor of Botany"
    assert [s.name for s in profile.students] == ["Tomas Reed", "Lena Fox"]


_VARGA_PAPERS = "".join(
    f"- title: {t}\n  year: {y}\n  container: Botany Letters\n  authors:\n    - name: {s}\n    - name: Ines Varga\n"
    for t, y, s in [("Roots under drought", 2021, "Tomas Reed"), ("Leaves in shade", 2022, "Lena Fox"),
                    ("Seeds after fire", 2023, "Tomas Reed")])
_VARGA_MEMBERS = ("- name: Ines Varga\n  role: PI\n  email: ines@example.edu\n"
                  "- name: Tomas Reed\n  role: PhD Student\n- name: Lena Fox\n  role: Undergraduate\n")


def test_the_post_a_script_sites_page_states_stands_over_the_members_files_role(tmp_path):
    # r78g: the members file was read before the pages, and its "role: PI" took the place of the post the about
    # page states; the pages come first, as on a plain HTML site
    profile = imported_site(tmp_path, {
        "pages/index.js": "export default function Home() { return <h1>Varga Lab</h1> }\n",
        "pages/about.md": "# Ines Varga\n\nI am an Associate Professor of Botany at Harbor University.\n",
        "pubs.yaml": _VARGA_PAPERS, "members.yaml": _VARGA_MEMBERS})
    assert profile.person.job_title == "Associate Professor"
    assert [s.name for s in profile.students] == ["Tomas Reed", "Lena Fox"]


def _varga_lab(tmp_path, members: str):
    """A Next.js lab site of Ines Varga's: a page naming no one, her papers, and the members file given."""
    return imported_site(tmp_path, {
        "pages/index.js": "export default function Home() { return <h1>Varga Lab</h1> }\n",
        "pubs.yaml": _VARGA_PAPERS, "members.yaml": members})


def test_a_members_file_headed_by_another_gives_the_owner_nothing(tmp_path):
    members = _VARGA_MEMBERS.replace("Ines Varga", "Omar Kessel")
    profile = _varga_lab(tmp_path, members)
    assert profile.person.name == "Ines Varga"
    assert profile.person.job_title is None and profile.person.email is None
    assert profile.students == []


def test_a_members_file_beside_a_frameworks_pages_gives_the_heads_role_and_the_students(tmp_path):
    # r78g: a Next.js site (package.json) is read by the generators' reader, which did not read its members file
    profile = imported_site(tmp_path, {
        "package.json": '{"name": "varga-lab", "dependencies": {"next": "13.2.3", "react": "18.2.0"}}\n',
        "pages/index.js": "export default function Home() { return <h1>Varga Lab</h1> }\n",
        "pages/contact.mdx": "# Contact\n\nWrite to the lab office.\n",
        "pubs.yaml": _VARGA_PAPERS,
        "members.yaml": _VARGA_MEMBERS.replace("role: PI", "role: Professor of Botany")})
    assert profile.source.format == "static-site"
    assert profile.person.job_title == "Professor of Botany"
    assert [s.name for s in profile.students] == ["Tomas Reed", "Lena Fox"]


def test_a_members_files_head_record_gives_alternate_names_units_abstract_and_the_students_ids(tmp_path):
    # r78g: the head's "alt-names", "affiliations" and "abstract" and a student's "orcid" were left unparsed
    members = ("- name: Ines Varga\n  alt-names:\n    - I. Varga\n    - Ines M. Varga\n  role: Professor of Botany\n"
               "  affiliations:\n    - Department of Botany\n    - Seed Science Institute\n"
               "  abstract: >\n    Ines Varga studies how seeds wake after fire. She received her PhD in biology from "
               "Lakeside University.\n"
               "- name: Tomas Reed\n  role: PhD Student\n  orcid: 0000-0002-1825-0097\n"
               "- name: Lena Fox\n  role: Undergraduate\n")
    profile = _varga_lab(tmp_path, members)
    person = profile.person
    assert "Ines M. Varga" in person.alternate_names
    assert [a.name for a in person.affiliations] == ["Department of Botany", "Seed Science Institute"]
    assert [e.institution for e in person.education] == ["Lakeside University"]
    assert [(s.name, s.identifiers) for s in profile.students] == [
        ("Tomas Reed", {"orcid": "0000-0002-1825-0097"}), ("Lena Fox", {})]
    assert not [u for u in profile.unparsed if u.file == "members.yaml"]


def test_a_members_files_head_units_written_as_mappings_are_the_heads_affiliations_with_their_addresses(tmp_path):
    # re-read of r78g: Hugo Blox's "- name: X / url: Y" form of the same list became a link named after the unit
    # ("department_of_botany") and the second unit was lost, with no unparsed line (hugo.py's reader of that list,
    # now fields.organizations, is the one used)
    members = ("- name: Ines Varga\n  role: Professor of Botany\n  affiliations:\n"
               "    - name: Department of Botany\n      url: https://botany.example.edu\n"
               "    - name: Seed Science Institute\n"
               "- name: Tomas Reed\n  role: PhD Student\n")
    profile = _varga_lab(tmp_path, members)
    assert [(a.name, a.url) for a in profile.person.affiliations] == [
        ("Department of Botany", "https://botany.example.edu"), ("Seed Science Institute", None)]
    assert profile.person.links == {}


def test_a_head_kept_under_a_key_of_their_own_beside_the_member_lists_heads_the_lab(tmp_path):
    # hunt47 (uppaal): "pi: {name: ..., title: Assistant Professor}" over "students: [...]" and "alumni: [...]": the
    # one mapping was no record, and an alumnus whose role says where they are now ("now Director at ...") headed it
    people = ("pi:\n  name: \"Prof. Ines Varga\"\n  title: \"Assistant Professor, Department of Botany\"\n"
              "  affiliation: \"Riverside University\"\n\n"
              "students:\n  - name: \"Tomas Reed\"\n    role: \"PhD student, 2023-\"\n"
              "  - name: \"Lena Fox\"\n    role: \"PhD student, 2024-\"\n\n"
              "alumni:\n  - name: \"Omar Kessel\"\n    role: \"PhD, advised by Prof Ann Dale, now Director at Acme Labs\"\n"
              "  - name: \"Rita Moss\"\n    role: \"MS in Botany\"\n")
    profile = import_path(_curated_lab(tmp_path / "site", people, "title: Varga Lab\n")).profile
    assert profile.person.name == "Ines Varga"
    assert profile.person.job_title == "Assistant Professor"
    assert sorted(s.name for s in profile.students) == ["Lena Fox", "Omar Kessel", "Rita Moss", "Tomas Reed"]


def test_an_alumnus_whose_role_says_where_they_are_now_does_not_head_the_lab(tmp_path):
    # hunt47 (uppaal): "alumni: [{role: PhD, advised by Prof ..., now Director at ...}]": the list says what they
    # were in the lab; the site's configuration names its owner
    people = ("students:\n  - name: \"Tomas Reed\"\n    role: \"PhD student, 2023-\"\n"
              "alumni:\n  - name: \"Omar Kessel\"\n    role: \"Professor at Acme University\"\n")
    profile = import_path(_curated_lab(tmp_path / "site", people, "title: Plant Lab\nauthor: Ines Varga\n")).profile
    assert profile.person.name == "Ines Varga"


def test_a_students_record_gives_their_profile_ids(tmp_path):
    # a member page's "links: {orcid: ..., github: ..., linkedin: ...}" (the lab template's profile links): the
    # student's ids, the lines no longer listed; a student with no links keeps none
    root = _collection_lab(tmp_path / "site")
    (root / "_members" / "ivo.md").write_text(
        "---\nlayout: page\nname: Ivo Petrov\nrole: PhD Student\nlinks:\n  orcid: 0000-0002-5185-5506\n"
        "  github: ipetrov\n  linkedin: ivo-petrov-1a2b\n---\n")
    profile = import_path(root).profile
    students = {s.name: s for s in profile.students}
    assert students["Ivo Petrov"].identifiers == {
        "orcid": "0000-0002-5185-5506", "github": "ipetrov", "linkedin": "ivo-petrov-1a2b"}
    assert students["Sam Ode"].identifiers == {}
    assert not [u.text for u in profile.unparsed if u.file == "_members/ivo.md" and u.line >= 5]  # links: to its end


def test_a_lab_heads_record_saying_only_pi_gives_that_as_the_position(tmp_path):
    """A lab site's member pages (``_members/*.md``), the head's ``role: pi`` and a bio naming no position, only
    the lab she started and where. Before: no job title at all (PI is kept back for a position named elsewhere)."""
    root = write_site(tmp_path / "site", {
        "_config.yaml": "title: Tide lab\n",
        "index.md": "---\n---\n\n# Tide lab\n\nWe study tides.\n",
        "_members/ana-ruiz.md": "---\nname: Ana Ruiz\nrole: pi\n---\n\nI am a physicist by training. "
                                "I started the Tide lab at TU Tarnberg in 2022.\n",
        "_members/ivo-petrov.md": "---\nname: Ivo Petrov\nrole: phd\n---\n\nI am a PhD student in the lab.\n",
    })
    person = import_path(root).profile.person
    assert (person.name, person.job_title) == ("Ana Ruiz", "PI")
    assert [a.name for a in person.affiliations] == ["TU Tarnberg"]
    # a role the record writes in words is kept as written ("Lab PI")
    (root / "_members" / "ana-ruiz.md").write_text("---\nname: Ana Ruiz\nrole: Lab PI\n---\n\nI study tides.\n",
                                                  encoding="utf-8")
    assert import_path(root).profile.person.job_title == "Lab PI"


def test_a_member_file_is_composed_once_for_every_way_its_records_are_read(tmp_path, monkeypatch):
    # its lists, the heads kept under keys of their own ("pi: {...}") and its groups are read off one YAML tree:
    # before, the head's key was looked for in a second parse of the file
    from kg.importers import base
    from kg.importers.site import lab, records

    composed = []
    real = base.compose_yaml

    def spy(text, display, *a):
        composed.append(display)
        return real(text, display, *a)
    monkeypatch.setattr(records, "compose_yaml", spy)
    monkeypatch.setattr(base, "compose_yaml", spy)
    people = ("pi:\n  name: \"Prof. Ines Varga\"\n  title: \"Assistant Professor, Department of Botany\"\n"
              "  affiliation: \"Riverside University\"\n\n"
              "students:\n  - name: \"Tomas Reed\"\n    role: \"PhD student, 2023-\"\n"
              "  - name: \"Lena Fox\"\n    role: \"PhD student, 2024-\"\n")
    root = _curated_lab(tmp_path / "site", people, "title: Varga Lab\n")
    _part, members = lab._members_of(root, root / "_data" / "people.yml")
    assert [(d.get("name"), k) for d, _s, k in members] == [
        ("Prof. Ines Varga", ("pi",)), ("Tomas Reed", ("students",)), ("Lena Fox", ("students",))]
    assert len(composed) == 1


def test_a_members_short_description_naming_a_student_role_is_the_role_the_site_shows(tmp_path):
    # the lab template's member page: "role: msc" (a code its team page sorts by) beside "description: MSc Student"
    # (the words its card shows): the student's role as written, the description no longer listed; a description
    # in sentences stays prose
    root = write_site(tmp_path / "site", {
        "_config.yaml": "title: Tide lab\n",
        "index.md": "---\n---\n\n# Tide lab\n\nWe study tides.\n",
        "_members/ana-ruiz.md": "---\nname: Ana Ruiz\nrole: pi\n---\n\nI lead the Tide lab at TU Tarnberg.\n",
        "_members/ivo-petrov.md": "---\nname: Ivo Petrov\ndescription: MSc Student\nrole: msc\n---\n",
        "_members/lea-holm.md": "---\nname: Lea Holm\ndescription: Lea studies waves. She is a PhD student.\n"
                                "role: phd\n---\n",
    })
    profile = import_path(root).profile
    assert {s.name: s.role for s in profile.students} == {"Ivo Petrov": "MSc Student", "Lea Holm": "phd"}
    assert not [u for u in profile.unparsed if u.file == "_members/ivo-petrov.md"]


def test_a_heads_member_page_read_as_a_page_too_lists_no_line_the_page_reader_took(tmp_path):
    # a lab template's members collection served as pages ("collections: members: output: true"): the head's page is
    # read as the head's record (its front matter; a "description:" keeps its body from being the record's bio) and
    # as a page (its awards); a line one reader of the file took is not listed because the other left it
    root = write_site(tmp_path / "site", {
        "_config.yaml": "title: Tide lab\ncollections:\n  members:\n    output: true\n",
        "index.md": "---\n---\n\n# Tide lab\n\nWe study tides.\n",
        "team/index.md": "---\ntitle: Team\n---\n\n{% include list.html data=\"members\" %}\n",
        "_members/ana-ruiz.md": "---\nname: Ana Ruiz\nimage: images/ana.jpg\ndescription: Professor / Principal "
                                "Investigator\nrole: pi\naliases:\n  - A Ruiz\nlinks:\n  email: ana@example.org\n---\n\n"
                                "## Brief Bio\nAna Ruiz leads the Tide lab at TU Tarnberg.\n\n"
                                "## Awards\n- Coastal Medal, 2019\n- Early Career Prize, 2015\n",
        "_members/ivo-petrov.md": "---\nname: Ivo Petrov\nrole: phd\n---\n\nIvo is a PhD student in the lab.\n",
    })
    profile = import_path(root).profile
    assert [(a.name, a.line) for a in profile.awards] == [("Coastal Medal", 16), ("Early Career Prize", 17)]
    listed = [(u.line, u.text) for u in profile.unparsed if u.file == "_members/ana-ruiz.md"]
    # (the record's image and aliases, which no reader takes, stay listed)
    assert listed == [(3, "image: images/ana.jpg"), (6, "aliases:"), (7, "- A Ruiz")]


def test_a_bilingual_member_list_whose_bio_names_the_group_head_gives_the_owner(tmp_path):
    # a lab theme over a two-language site: each member's bio written per language ("bio: {en: ..., de: ...}"), no
    # role key; the one bio opening "Head of the ... Group" says who heads it, the others open with their posts
    root = write_site(tmp_path / "site", {
        "_config.yml": "theme: jekyll-theme-minimal\n",
        "_data/people.yml": (
            "faculty:\n"
            "- name: Ilse Marten\n"
            "  bio:\n"
            "    en: Head of the Glacier Dynamics Group at Nordhavn University. Associate Professor.\n"
            "    de: Leiterin der Arbeitsgruppe Gletscherdynamik.\n"
            "  email: ilse@example.org\n"
            "  github: imarten\n"
            "- name: Pavel Kosar\n"
            "  bio:\n"
            "    en: Full Professor at Nordhavn University.\n"
            "    de: Professor an der Universitaet Nordhavn.\n"
            "phds:\n"
            "- name: Rina Sato\n"
            "  bio:\n"
            "    en: PhD student working on ice sheets.\n"
            "    de: Doktorandin.\n"),
        "pages/en/index.md": "---\ntitle: Home\npermalink: /\n---\n\nThe group studies glaciers.\n",
        "pages/en/members.md": "---\ntitle: Members\n---\n\n{% for p in site.data.people.faculty %}\n"
                               "- **{{ p.name }}**: {{ p.bio.en }}\n{% endfor %}\n",
    })
    profile = import_path(root).profile
    assert profile.person.name == "Ilse Marten"
    assert profile.person.identifiers.get("github") == "imarten"
    assert "Rina Sato" in [s.name for s in profile.students]


def test_news_under_a_key_whose_only_loop_is_commented_out_are_not_on_the_site(tmp_path):
    # "_data/news.yml" keeps its items under "events:"; the home page assigns that list to a variable and loops
    # over it inside an HTML comment: the site shows none of them
    news = "events:\n" + "".join(f"- date: 2021-0{n}-10\n  title: Talk {n}\n  description: I spoke at a workshop.\n"
                                 for n in range(1, 4))
    home = ("---\nlayout: default\n---\n\n# Hello\n\nI study rivers at Tarn University.\n\n<!--\n# News\n\n"
            "{% assign evts = site.data.news.events | sort: \"date\" | reverse %}\n{% for e in evts %}\n"
            "* {{ e.date }} **{{ e.title }}** {{ e.description }}\n{% endfor %}\n-->\n")
    people = "current:\n- name: Lena Voss\n  role: Principal Investigator\n- name: Omar Hale\n  role: PhD student\n"
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Lena Voss\nauthor:\n  name: Lena Voss\n",
        "_data/news.yml": news,
        "_data/people.yml": people,
        "index.md": home,
    })
    assert profile.person.name == "Lena Voss"
    assert profile.news == []
    shown = imported_site(tmp_path / "shown", {
        "_config.yml": "title: Lena Voss\nauthor:\n  name: Lena Voss\n",
        "_data/news.yml": news,
        "_data/people.yml": people,
        "index.md": home.replace("<!--\n", "").replace("-->\n", "").replace("reverse %}", "reverse %}\n")
                        .replace("{% for e in evts %}", "{% for e in evts limit: 2 %}"),
    })
    assert len(shown.news) == 2


def test_a_members_collection_whose_cards_show_a_description_line(tmp_path):
    # the lab-website template: a page per member, "role:" its code ("grad", "undergrad", "postdoc", "pi") and a
    # "description:" line the member's card shows; the head's page body is the bio that names the position
    profile = imported_site(tmp_path, {
        "_config.yaml": "title: Tidepool Ecology Lab\nemail: your.email@example.com\n",
        "index.md": "---\ntitle: Home\n---\n\n# Tidepool Ecology Lab\n\nWe count snails.\n",
        "_members/nora-quist.md": ("---\nname: Nora Quist\ndescription: Principal Investigator\nrole: pi\n"
                                   "group: current\n---\n\nI study snails on rocky shores. I am a new Associate "
                                   "Professor in the Department of Marine Science at the University of Eastbay.\n"),
        "_members/ben-aro.md": "---\nname: Ben Aro\ndescription: PhD Student\nrole: grad\ngroup: current\n---\n\nBen counts.\n",
        "_members/cy-lund.md": "---\nname: Cy Lund\ndescription: Undergraduate Researcher\nrole: undergrad\n"
                               "group: alumni\n---\n\nCy helped.\n",
        "_members/di-moss.md": "---\nname: Di Moss\ndescription: Postdoctoral Scholar\nrole: postdoc\n"
                               "group: current\n---\n\nDi models.\n",
    })
    assert profile.person.name == "Nora Quist"
    assert profile.person.job_title == "Associate Professor"
    assert profile.person.affiliations[0].name == "University of Eastbay"
    assert profile.person.email is None  # the template's "your.email@example.com" is no one's address
    assert sorted(s.name for s in profile.students) == ["Ben Aro", "Cy Lund"]


def test_the_advisees_a_personal_sites_page_loops_over_are_its_owners_students(tmp_path):
    # a theme-less personal site (no lab, no member heads it): its advising page loops over _data/advisees.yml,
    # a record a person with a role; they were read and then dropped, the site's home page being read as a
    # personal site's. A high-school mentee is a student; a postdoc is not
    p = imported_site(tmp_path / "site", {
        "_config.yml": "title: Ola Berg\nauthor: Ola Berg\n",
        "index.md": "---\nlayout: page\ntitle: Home\n---\nOla Berg is an Associate Professor of Robotics at "
                    "Northfield University.\n",
        "advise/index.md": "---\nlayout: page\ntitle: Advising\n---\n{% for a in site.data.advisees %}"
                           "{{ a.name }} ({{ a.role }}){% endfor %}\n",
        "_data/advisees.yml": "- name: Ivo Lind\n  role: postdoc\n- name: Mia Dahl\n  role: phd\n  year_start: 2021\n"
                              "- name: Per Aune\n  role: undergrad\n- name: Siri Moe\n  role: highschool\n"
                              "  school: Lakeview High School\n",
    })
    assert [(s.name, s.role) for s in p.students] == [("Mia Dahl", "phd"), ("Per Aune", "undergrad"),
                                                      ("Siri Moe", "highschool")]


def test_an_alfolio_profiles_page_lists_the_group_its_layout_loops_over(tmp_path):
    """al-folio's team page keeps its members in ``profiles:`` of its own front matter and loops over them in its
    layout (``layout: profiles``), not in the page: each record is a member, the card's ``description`` its role."""
    profile = imported_site(tmp_path, {
        "_config.yml": "title: blank\nemail: r.vance@example.edu\n",
        "_pages/about.md": "---\nlayout: about\ntitle: Home\npermalink: /\n---\n\nI am Rosa Vance, a physicist.\n",
        "_pages/profiles.md": (
            "---\nlayout: profiles\npermalink: /people/\ntitle: Team\nprofiles:\n"
            "  - name: Rosa Vance\n    description: Group leader\n    status: current\n    image: rosa.jpg\n"
            "  - name: Ivo Berg\n    description: Postdoctoral researcher\n    status: current\n"
            "  - name: Lina Park\n    description: PhD student\n    status: current\n"
            "  - name: Omar Reyes\n    description: Bachelor student\n    status: current\n---\n"),
    })
    assert profile.person.name == "Rosa Vance"
    assert [(s.name, s.role) for s in profile.students] == [("Lina Park", "PhD student"),
                                                            ("Omar Reyes", "Bachelor student")]


def test_pronouns_after_members_names_are_no_part_of_them(tmp_path):
    # "name: Vera Holm (she)", "name: Dr. Oren Falk (they/them)": the pronouns a member gives after their name; the
    # lab's title then names its head by the family name, and each student is named without them
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Falk Lab\n",
        "index.md": "---\ntitle: Home\n---\n\nThe Falk lab studies how cells fold proteins.\n",
        "_data/members.yml": ("- name: Oren Falk (they/them)\n  email: ofalk (at) example.edu\n"
                              "- name: Vera Holm (she)\n  position: PhD student\n"
                              "- name: Ari Sand (he/him)\n  position: Research Associate\n"),
    })
    assert profile.person.name == "Oren Falk"
    assert [s.name for s in profile.students] == ["Vera Holm"]


_TEAM_POSTS_SITE = {
    "_config.yml": "title: Fen Lab\ndescription: We study fen soils.\n",
    "index.md": "---\nlayout: home\n---\n\nThe Fen Lab studies peat soils.\n",
    "_pages/team/index.html": "---\ntitle: Team\n---\n{% for member in site.categories.staff %}{{ member.title }}"
                              "{% endfor %}\n",
    "_pages/team/_posts/2019-03-01-mira-voss.md":
        "---\nlayout: member\ncategory: staff\ntitle: 'Mira Voss'\nrole: Lab director\n"
        "permalink: 'team/mira-voss'\nsocial:\n    twitter: https://twitter.com/miravoss\n"
        "    google-scholar: https://scholar.google.com/citations?user=Zx9kLmNoAAAJ&hl=en\n    github:\n---\n\n"
        "Today, she is head of the soil carbon department and leads a team on fen restoration.\n",
    "_pages/team/_posts/2021-09-01-ole-brun.md":
        "---\nlayout: member\ncategory: phd-student\ntitle: 'Ole Brun'\nrole: PhD student\n"
        "permalink: 'team/ole-brun'\n---\n\nOle models fen water tables.\n",
}


def test_a_labs_member_posts_in_its_team_folder_are_its_members_and_the_directors_page_gives_their_links(tmp_path):
    # Jekyll's "_posts" inside the team folder: one post per member, as a "_members" collection is
    profile = imported_site(tmp_path / "site", _TEAM_POSTS_SITE)
    person = profile.person
    assert person.name == "Mira Voss"
    assert person.job_title == "Lab director"
    # the member page's "social:" mapping holds one profile link per key (an empty one is none)
    assert person.identifiers == {"twitter": "miravoss", "google_scholar": "Zx9kLmNoAAAJ"}
    # "head of the soil carbon department": a unit described in lower case, no place's name (nor any other)
    assert person.affiliations == []
    assert [s.name for s in profile.students] == ["Ole Brun"]


def test_a_heads_role_naming_the_lab_role_and_the_post_gives_the_post_as_the_job(tmp_path):
    # a Hugo lab theme's data/team.yml shown on its People page: the head's "designation: Principal Investigator,
    # Senior Lecturer in X" (the lab role, then the post); before: the job was "Principal Investigator", the post
    # lost. The same closing the line ("Professor · Principal Investigator"); a lab role alone stays the job
    for n, (designation, job) in enumerate((("Principal Investigator, Senior Lecturer in Marine Chemistry",
                                             "Senior Lecturer in Marine Chemistry"),
                                            ("Professor · Principal Investigator", "Professor"),
                                            ("Principal Investigator", "Principal Investigator"))):
        p = imported_site(tmp_path / str(n), {
            "config.toml": 'title = "Ines Haldor Research | Tarn University"\n[params]\n  author = "Ines Haldor"\n',
            "content/people/_index.md": "---\ntitle: People\n---\n",
            "data/team.yml": ("members:\n  - name: Ines Haldor\n    designation: " + designation + "\n"
                              "  - name: Tove Rask\n    designation: PhD Student (2nd Year)\n"
                              "  - name: Ole Brenn\n    designation: Research Associate\n"),
        })
        assert (p.person.name, p.person.job_title) == ("Ines Haldor", job), designation


def test_a_members_file_role_ug_is_an_undergraduate_student(tmp_path):
    # "role: ug" beside "role: ms" and "role: phd" in a lab's people file: its undergraduates, students too
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Loom Group\nauthor: Ines Varga\n",
        "_data/people.yml": (
            "- name: Ines Varga\n  role: faculty\n  description: Professor of Weaving Science\n\n"
            "- name: Odo Reyes\n  role: phd\n\n"
            "- name: Lia Moss\n  role: ug\n"),
        "people.md": ("---\ntitle: People\n---\n{% for p in site.data.people %}\n* {{ p.name }} ({{ p.role }})\n"
                      "{% endfor %}\n"),
        "index.md": "---\ntitle: Home\n---\nThe Loom Group of Ines Varga studies looms.\n",
    })
    assert [(s.name, s.role) for s in profile.students] == [("Odo Reyes", "phd"), ("Lia Moss", "ug")]
