"""Readings found on batch 43/a's misses (a Jekyll site of the owner's own layout derived from minimal-light, an
academicpages site): synthetic pages, own words, names invented."""
from __future__ import annotations

from .sitefiles import academicpages_home, imported_site


def test_a_layout_home_page_of_a_site_titled_with_the_owners_name_is_the_owners(tmp_path):
    """A Jekyll site whose configuration has no author block but names the owner by its ``title`` (minimal-light's
    way: ``title``, ``position``, ``affiliation``, ``email`` and the profile settings at its top), its home page an
    ``index.html`` of front matter and a markdown bio rendered through the site's own layout, which loops over
    ``_data/news.yml``: the bio is read as the owner's, the configured address, profiles and workplace are theirs
    and the news file's items are news. Before, the home page was read only when an author block named the owner:
    the site was read as raw HTML pages, its front matter as the bio, no address, profile nor news."""
    p = imported_site(tmp_path, {
        "_config.yml": ("title: Ivo Lema\nposition: PhD Student in Oceanography\naffiliation: Tarn University\n"
                        "email: ivo@tarn.example.org\ngithub: https://github.com/ivo-lema\n"
                        "orcid: 0000-0002-1825-0097\n"),
        "_layouts/home.html": ("<html><body><h1>{{ site.title }}</h1>{{ content }}\n"
                               "{% for item in site.data.news %}<p>{{ item.date }}: {{ item.text }}</p>{% endfor %}\n"
                               "</body></html>\n"),
        "index.html": ("---\nlayout: home\nheading: \"Tides, measured.\"\n---\n\n"
                       "I'm a PhD student in the Tide Group at Tarn University. I study how tides move sand.\n"),
        "_data/news.yml": ('- date: "Mar 2025"\n  text: Gave a talk on sand ripples at the Coast Meeting.\n'
                           '- date: "Jan 2025"\n  text: Started my PhD in the Tide Group.\n')})
    assert p.person.name == "Ivo Lema"
    assert p.person.email == "ivo@tarn.example.org"
    assert p.person.identifiers.get("github") == "ivo-lema"
    assert p.person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert p.person.affiliations[0].name == "Tarn University"
    assert "layout" not in (p.person.description or "") and "sand" in (p.person.description or "")
    assert [n.date for n in p.news] == ["2025-03", "2025-01"]


def test_a_collection_whose_only_loop_is_commented_out_is_not_the_sites_list(tmp_path):
    """An academicpages site whose publications page wraps its loop over the ``_publications`` collection in an HTML
    comment and lists the owner's papers by hand below it: the collection's documents (a paper left there under
    another name) are shown nowhere, so the works are the hand-written list only. A loop the page leaves open still
    shows the collection. Before, a commented-out loop counted as a loop that shows every document: the
    collection's paper was added to the list."""
    files = {
        **academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n", titled=True),
        "_pages/publications.md": (
            "---\ntitle: Publications\npermalink: /publications/\n---\n\n<!--\n"
            "{% for post in site.publications reversed %}\n  {% include archive-single.html %}\n{% endfor %}\n"
            "-->\n\n## Journal Papers\n\n"
            "- **I. Lema**, A. Roe, \u201cCounting Rivers with Sparse Maps\u201d, ***Journal of Tides*** (2024).\n\n"
            "- A. Roe, **I. Lema**, \u201cSand Ripples under Slow Currents\u201d, ***Coast Letters*** (2023).\n"),
        "_publications/2010-10-01-paper-title-number-2.md": (
            "---\ntitle: \"Mapping Estuaries by Boat\"\ncollection: publications\ndate: 2021-01-01\n"
            "venue: 'Estuary Review'\n---\nIvo Lema and Ada Roe.\n")}
    p = imported_site(tmp_path / "hidden", files)
    assert sorted(x.title for x in p.publications) == ["Counting Rivers with Sparse Maps",
                                                       "Sand Ripples under Slow Currents"]
    shown = {**files, "_pages/publications.md": files["_pages/publications.md"].replace("<!--\n", "").replace(
        "-->\n", "")}
    p = imported_site(tmp_path / "shown", shown)
    assert "Mapping Estuaries by Boat" in [x.title for x in p.publications]


def test_an_address_the_sidebar_bio_spells_out_is_the_owners_email(tmp_path):
    """An academicpages configuration whose author block leaves ``email`` empty and whose sidebar ``bio`` gives the
    address in words ("Email: ivo [at] tarn [dot] edu"): that address is the owner's email. Before, the bio was read
    for the position only: no email."""
    p = imported_site(tmp_path, {
        "_config.yml": ('name: "Ivo Lema"\nauthor:\n  name:\n  bio: "Email: ivo [at] tarn [dot] edu"\n'
                        '  email:\n  github: "ivo-lema"\n'),
        "_pages/about.md": ("---\npermalink: /\ntitle: About\n---\n\n"
                            "I am a PhD student in the Tide Group at Tarn University.\n")})
    assert p.person.email == "ivo@tarn.edu"


def test_the_bio_al_folios_profiles_layout_writes_into_the_people_page_is_the_owners(tmp_path):
    """An al-folio lab site whose people page uses the ``profiles`` layout, each card's text in a file of
    ``_pages/`` its front matter names (``content: head.md``, no front matter of its own), the lab head's card
    telling their position and degrees: that file is read as part of the people page, so the owner (the
    configuration's first and last name) gets the position and the degrees. Before, the file was left unread as a
    page no reader takes: no job title, no education."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Tide Lab\nfirst_name: Ivo\nlast_name: Lema\n",
        "_pages/about.md": ("---\nlayout: about\ntitle: about\npermalink: /\n---\n\n"
                            "The Tide Lab at Tarn University is led by Prof. Ivo Lema. We study how tides move sand.\n"),
        "_pages/people.md": ("---\nlayout: profiles\npermalink: /people/\ntitle: people\nprofiles:\n"
                             "  - align: right\n    content: head.md\n  - align: left\n    content: team.md\n---\n"),
        "_pages/head.md": ("### Principal Investigator: Ivo Lema\nDr. Ivo Lema is an Associate Professor in the Department of Ocean "
                           "Science at Tarn University. He received his Ph.D. in Oceanography from Fenwick University "
                           "in 2012 and his B.S. in Physics from Marsh College in 2007.\n"),
        "_pages/team.md": "### Students:\n\n- Ada Roe (2023 - Present)\n"})
    assert p.person.job_title == "Associate Professor"
    assert [e.institution for e in p.person.education] == ["Fenwick University", "Marsh College"]


def test_members_of_an_affiliated_group_are_no_students(tmp_path):
    """A Wowchemy lab site whose people widget shows its graduate students and, beside them, "Affiliated
    Researchers" (members of other groups who work with the lab): only the graduate students are the owner's
    students. Before, any group with "researcher" in its name made students: the affiliated researcher was one."""
    p = imported_site(tmp_path, {
        "config.toml": 'baseURL = "https://tidelab.example.org/"\ntitle = "Tide Lab"\n',
        "content/authors/admin/_index.md": ("---\ntitle: Ivo Lema\nrole: Associate Professor\nsuperuser: true\n"
                                            "user_groups: [Principal Investigator]\n---\nI study tides.\n"),
        "content/authors/AdaRoe/_index.md": "---\ntitle: Ada Roe\nuser_groups: [Graduate Students]\n---\n",
        "content/authors/BoKim/_index.md": "---\ntitle: Bo Kim\nuser_groups: [Affiliated Researchers]\n---\n",
        "content/home/people.md": ("---\nwidget: people\nheadless: true\ntitle: People\ncontent:\n  user_groups:\n"
                                   "    - Principal Investigator\n    - Graduate Students\n"
                                   "    - Affiliated Researchers\n---\n")})
    assert p.person.name == "Ivo Lema"
    assert [s.name for s in p.students] == ["Ada Roe"]


def test_the_owners_thesis_in_a_data_file_of_works_is_a_degree(tmp_path):
    """A site whose layout lists the works of ``_data/publications.yml``, one of them the owner's thesis, written
    alone, its venue "M.Sc. Thesis · Fenwick University": the owner took an M.Sc. at Fenwick University, as the
    page reader reads such a thesis in a hand-written list. Before, only the page reader read it (and only with a
    comma after "Thesis"): no degree."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ivo Lema\nemail: ivo@tarn.example.org\n",
        "_layouts/home.html": ("<html><body><h1>{{ site.title }}</h1>{{ content }}\n<h2>Publications</h2>\n"
                               "{% for p in site.data.publications %}<p>{{ p.title }}, {{ p.venue }}</p>"
                               "{% endfor %}\n</body></html>\n"),
        "index.html": "---\nlayout: home\n---\n\nI'm a PhD student at Tarn University. I study how tides move sand.\n",
        "_data/publications.yml": (
            '- year: 2024\n  title: "Counting Rivers with Sparse Maps"\n  authors: "Ivo Lema, Ada Roe"\n'
            '  venue: "Journal of Tides"\n'
            '- year: 2021\n  title: "Sand Ripples under Slow Currents"\n  authors: "Ivo Lema"\n'
            '  venue: "M.Sc. Thesis · Fenwick University"\n')})
    assert ("M.Sc.", "Fenwick University", 2021) in [(e.degree, e.institution, e.year) for e in p.person.education]


def test_the_advisor_closing_the_owners_thesis_in_a_data_file_is_the_owners(tmp_path):
    """The owner's thesis in a data file of works, its venue closed by "Advisor: X": the degree and its advisor, as
    the page reader reads such a thesis (0481b04 shared the degree only: the data file's advisor was lost)."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ivo Lema\nemail: ivo@tarn.example.org\n",
        "_layouts/home.html": ("<html><body><h1>{{ site.title }}</h1>{{ content }}\n<h2>Publications</h2>\n"
                               "{% for p in site.data.publications %}<p>{{ p.title }}, {{ p.venue }}</p>"
                               "{% endfor %}\n</body></html>\n"),
        "index.html": "---\nlayout: home\n---\n\nI'm a postdoc at Tarn University. I study how tides move sand.\n",
        "_data/publications.yml": (
            '- year: 2024\n  title: "Counting Rivers with Sparse Maps"\n  authors: "Ivo Lema, Ada Roe"\n'
            '  venue: "Journal of Tides"\n'
            '- year: 2021\n  title: "Sand Ripples under Slow Currents"\n  authors: "Ivo Lema"\n'
            '  venue: "Ph.D. thesis, Fenwick University, 2021. Advisor: Oda Berg."\n')})
    assert ("Ph.D.", "Fenwick University", 2021) in [(e.degree, e.institution, e.year) for e in p.person.education]
    assert p.person.advisors == ["Oda Berg"]
