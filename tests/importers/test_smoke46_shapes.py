"""Shapes of real homepages that the smoke set of stop 46 misread, as small synthetic sites in our own words."""

from __future__ import annotations

from .sitefiles import imported_site

_CHIRPY_CONFIG = (
    "title: Dr Oren Vale\n"
    "social:\n  name: Oren Vale\n  email: oren.vale@example.org\n"
    "collections:\n  tabs:\n    output: true\n    sort_by: order\n")


def test_the_about_tab_of_a_site_whose_tabs_collection_is_written_out_is_its_about_page(tmp_path):
    """Chirpy keeps its pages in a collection of its own ("collections: tabs: output: true") and serves
    ``_tabs/about.md`` at /about/, as ``_pages/about.md`` is elsewhere: its awards and degrees are the owner's.
    Before, the about tab was left unread ("a page none of the site's readers takes")."""
    p = imported_site(tmp_path, {
        "_config.yml": _CHIRPY_CONFIG,
        "_tabs/about.md": "---\ntitle: About\norder: 1\n---\n\nI grow crystals at a small lab.\n\n"
                          "## Education\n\n* 2009 - 2013: PhD in Crystal Physics, Northfield University, UK.\n\n"
                          "## Awards\n\n* <b>2012 Poster prize of the Crystal Society</b>\n\n"
                          "* <b>2010 Travel grant, Northfield University</b>\n",
        "_tabs/papers.md": "---\ntitle: Papers\norder: 2\n---\n\n"
                           "1. O. Vale and K. Marsh. Salt lattices at low heat. Crystal Letters, 2014.\n",
    })
    assert [a.year for a in p.awards] == [2012, 2010]
    assert [e.institution for e in p.person.education] == ["Northfield University"]


def _bib(key: str, title: str, year: int) -> str:
    return f"@article{{{key},\n  title={{{title}}},\n  author={{Vale, Oren and Marsh, Kit}},\n" \
           f"  journal={{Crystal Letters}},\n  year={{{year}}}\n}}\n"


def test_the_files_bibliography_tags_name_with_f_are_the_ones_rendered(tmp_path):
    """A publications page of three '{% bibliography -f NAME %}' tags renders preprints.bib, confs.bib and
    journal.bib: every file a tag names, not only the one ``scholar: bibliography:``
    names, and not a file no tag names. Before, only the configured file was read (one work of three)."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Oren Vale\nfirst_name: Oren\nlast_name: Vale\n"
                       "scholar:\n  source: /_bibliography/\n  bibliography: confs.bib\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI grow crystals.\n",
        "_pages/publications.md": "---\nlayout: page\ntitle: Publications\nyears: [2021, 2020]\n---\n\n"
                                  "#### Preprints\n\n{% for y in page.years %}\n"
                                  "  {% bibliography -f preprints -q @*[year={{y}}]* %}\n{% endfor %}\n\n"
                                  "#### Conference papers\n\n{% bibliography -f confs %}\n\n"
                                  "#### Journal papers\n\n{% bibliography --file journal.bib %}\n",
        "_bibliography/preprints.bib": _bib("p1", "Salt lattices at low heat", 2021),
        "_bibliography/confs.bib": _bib("c1", "Quartz under pressure", 2020),
        "_bibliography/journal.bib": _bib("j1", "Ice that remembers", 2020),
        "_bibliography/leftover.bib": _bib("x1", "A theme's sample book", 2019),
    })
    assert sorted(x.title for x in p.publications) == ["Ice that remembers", "Quartz under pressure",
                                                       "Salt lattices at low heat"]


_AP_HOME = {"_config.yml": "title: Oren Vale\nauthor:\n  name: Oren Vale\n",
            "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI grow crystals at Northfield University.\n"}


def test_a_page_whose_awards_sit_under_a_fourth_level_heading_is_read_for_them(tmp_path):
    """A page about other things ("Others": service, awards, talks) whose sections are '####' headings: its
    '#### Awards' list is the owner's awards, as a '## Awards' one is. Before, only headings of levels 1 to 3 were
    looked at and the page was left unread."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/others.md": (
        "---\ntitle: Others\npermalink: /others/\n---\n\n#### Service\n\n- Reviewer for Crystal Letters.\n\n"
        "#### Awards\n\n- Best poster, Crystal Days 2021.\n- Travel grant, Northfield University 2019.\n\n"
        "#### Talks\n\n- Invited talk: **Salt at low heat**, online. May 2022.\n")})
    assert [a.year for a in p.awards] == [2021, 2019]


def test_a_page_titled_advising_lists_the_owners_students(tmp_path):
    """A page titled "advising" (the people the owner advises) is a students page as "mentoring" is. Before,
    it was left unread ("a page none of the site's readers takes")."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/group.md": (
        "---\ntitle: advising\npermalink: /group/\n---\n\n### current\n\n"
        "- **Mira Solberg**, Ph.D. in Physics, in progress\n- **Tomas Reyes**, Ph.D. in Physics, in progress\n")})
    assert [s.name for s in p.students] == ["Mira Solberg", "Tomas Reyes"]


def test_a_colon_after_a_linked_title_opens_its_names_not_a_subtitle(tmp_path):
    """'<a href=...>Title</a>: K. Ruiz, A. L. Vale, ..., Venue, 2023': the colon after the linked title leads to
    the authors, the first of them no subtitle. Before, the title ran on to the first name ("Title: K. Ruiz") and
    the first author was lost."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/publications.md": (
        "---\ntitle: Publications\npermalink: /publications/\n---\n\n<ol>\n"
        "<li><a href=\"https://example.org/a\">Tide maps for small bays</a>:  K. Ruiz, O. Vale, G. Lee, and M. Kim,"
        " 2025</li>\n\n"
        "<li><a href=\"https://example.org/b\">Salt in the lattice</a>: O. Vale, B. Moss and C. Holt, Cryst. Lett.,"
        " <b>10</b>, 221402, 2023</li>\n\n"
        "<li><a href=\"https://example.org/c\">Quartz under pressure in deep rock</a>:\n"
        "Oren Vale, Ann W. King, and Hazel Cox, Phys. Rev. A <b>94</b>, 042512, 2016</li>\n</ol>\n")})
    got = sorted((x.title, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Quartz under pressure in deep rock", ["Oren Vale", "Ann W. King", "Hazel Cox"]),
                   ("Salt in the lattice", ["O. Vale", "B. Moss", "C. Holt"]),
                   ("Tide maps for small bays", ["K. Ruiz", "O. Vale", "G. Lee", "M. Kim"])]


def _row(first: str, second: str) -> str:
    return f"<tr><td>{first}</td><td>{second}</td></tr>\n"


def test_a_table_whose_entries_take_a_few_rows_between_empty_rows_reads_one_work_per_group(tmp_path):
    """A table laid out as groups of rows, an empty row after each: '[ICML] | <a>Title</a>', then '| names', then
    '| <i>Venue</i>, 2024', the first cell left empty. Each group is one work with its authors. Before, every
    row was read alone: the title row a work with no authors, and the names and venue rows left unread."""
    works = [("ICML", "https://example.org/1", "Tides of small bays", "Ana Ruiz, <b>Oren Vale</b>", "2024"),
             ("ICLR", "https://example.org/2", "Salt in the lattice", "<b>Oren Vale</b>, Bo Lee, Cy Kim", "2023"),
             ("TMLR", "https://example.org/3", "Quartz under pressure", "Dana Moss, <b>Oren Vale</b>", "2022")]
    table = "".join(_row(f"<strong>[{badge}]</strong>", f'<a href="{url}">{title}</a>') + _row("", names)
                    + _row("", f"<em>Conference on Salt Research ({badge})</em>, {y}") + _row("", "")
                    for badge, url, title, names, y in works)
    html = ("<html><head><title>Oren Vale</title></head><body><h1>Oren Vale</h1><p>I study salt.</p>"
            f"<h2>Publications</h2><table>\n{table}</table></body></html>")
    p = imported_site(tmp_path, {"index.html": html})
    got = sorted((list(x.links.values()), [a.name for a in x.authors]) for x in p.publications)
    assert got == [(["https://example.org/1"], ["Ana Ruiz", "Oren Vale"]),
                   (["https://example.org/2"], ["Oren Vale", "Bo Lee", "Cy Kim"]),
                   (["https://example.org/3"], ["Dana Moss", "Oren Vale"])]
    assert {x.title for x in p.publications} >= {"Tides of small bays", "Salt in the lattice"}


def test_a_linked_venue_badge_set_off_from_the_title_by_a_bar_is_the_venue_and_year(tmp_path):
    """'- [**ICML2026**](https://conf.example.org/)\\|[Title](https://arxiv.org/abs/...)': the bold linked badge
    before the bar names the venue and year, the link after it is the title. Before, the title was
    'ICML2026|Title' and the work had no year."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/about.md": _AP_HOME["_pages/about.md"] + (
        "\n# Publications\n\n"
        "- [**SALT2026**](https://salt.example.org/)\\|[Crystals that remember their heat]"
        "(https://arxiv.org/abs/2601.00001)\n\n  **Oren Vale**, Ana Ruiz\n\n  Sixth Conference on Salt\n\n"
        "- [**ROCK2024**](https://rock.example.org/)\\|[Quartz under a slow press]"
        "(https://doi.org/10.5555/rock.1)\n\n  Ana Ruiz, **Oren Vale**\n\n  Second Meeting on Rock\n")})
    got = sorted((x.title, x.year, x.venue) for x in p.publications)
    assert got == [("Crystals that remember their heat", 2026, "SALT"), ("Quartz under a slow press", 2024, "ROCK")]


def test_an_apa_date_with_its_month_before_the_year_closes_the_names(tmp_path):
    """'R. Gu and O. Vale. (Feb. 2017). Title. Venue': the month written before the year in the brackets is the
    date's, as '(2017)' is. Before, the stop after 'Feb' ended a sentence and the title was '(Feb'."""
    html = ("<html><head><title>Oren Vale</title></head><body><h1>Oren Vale</h1><p>I study salt.</p>"
            "<h2>Technical Reports</h2>"
            "<p>R. Gu and O. Vale. (Feb. 2017). Upper bounds on the salt a lattice holds. arXiv: "
            "<a href=\"http://arxiv.org/abs/1702.00001\">1702.00001</a> [stat.CO].</p>"
            "<p>O. Vale and B. Lee. (Mar. 2015). Lower bounds on the heat a crystal keeps. arXiv: "
            "<a href=\"http://arxiv.org/abs/1503.00002\">1503.00002</a> [stat.ME].</p></body></html>")
    p = imported_site(tmp_path, {"index.html": html})
    got = sorted((x.title, x.year, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Lower bounds on the heat a crystal keeps", 2015, ["O. Vale", "B. Lee"]),
                   ("Upper bounds on the salt a lattice holds", 2017, ["R. Gu", "O. Vale"])]


def test_a_bracketed_badge_on_its_own_line_over_a_works_lines_is_its_venue_badge(tmp_path):
    """'<strong>[arXiv]</strong><br><a>Title</a><br>names<br><em>arXiv</em>, 2025' (and '[ICML2024]' likewise):
    the bracketed badge alone on the first line names the venue, without its brackets, and the venue line below
    still gives the year. Before, the '[arXiv]' line hid the venue line (no venue, no year) and '[ICML2024]' left
    its brackets on the venue ('[ICML]')."""
    html = ("<html><head><title>Oren Vale</title></head><body><h1>Oren Vale</h1><p>I study salt.</p>"
            "<h2>Publications</h2><ul>"
            "<li><strong>[arXiv]</strong><br><a href=\"https://arxiv.org/pdf/2305.1\">Quartz under a slow press in"
            " deep rock</a><br>Ana Ruiz, <strong>Oren Vale</strong><br><em>arXiv</em>, 2023</li>"
            "<li><strong>[ICML2024]</strong><br><a href=\"https://arxiv.org/pdf/2405.1\">Salt lattices at low heat"
            " and high pressure</a><br><strong>Oren Vale</strong>, Bo Lee<br><em>International Conference on"
            " Machine Learning (ICML)</em>, 2024</li></ul></body></html>")
    p = imported_site(tmp_path, {"index.html": html})
    got = sorted((x.title, x.year, x.venue) for x in p.publications)
    assert got == [("Quartz under a slow press in deep rock", 2023, "arXiv"),
                   ("Salt lattices at low heat and high pressure", 2024, "ICML")]


def test_a_phd_candidate_post_at_a_university_is_a_degree_in_progress_there(tmp_path):
    """'PhD Candidate, Northfield University<br>' heading the about page: the owner studies for a PhD there, a
    degree of theirs (in progress), as 'I am a Ph.D. candidate at X University' in prose is. Before, only the
    post was read and the owner's education named the bachelor's degree alone."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/about.md": (
        "---\npermalink: /\ntitle: About\n---\n\nPhD Candidate, Northfield University<br>\n"
        "12 Salt Road, Northfield<br>\n\n"
        "I am a PhD candidate at the [Northfield Crystal Laboratory](https://lab.example.org/). Before that, I "
        "obtained my BEng from Southbay University.\n")})
    assert p.person.job_title == "PhD Candidate"
    assert sorted((e.degree, e.institution) for e in p.person.education) == [
        ("BEng", "Southbay University"), ("PhD", "Northfield University")]


def test_an_opening_quote_typed_for_the_apostrophe_of_im_still_opens_the_owners_post(tmp_path):
    """'I‘m a Ph.D. Candidate in the Department of X at Y University' (an opening single quote typed for the
    apostrophe): the owner's post and workplace, as with "I’m". Before, the sentence was not read as the owner's
    and the job title was empty."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/about.md": (
        "---\npermalink: /\ntitle: About\n---\n\n"
        "I\u2018m a Ph.D. Candidate in the Department of Geology at Southbay University, where I study salt.\n")})
    assert p.person.job_title == "Ph.D. Candidate"
    assert [a.name for a in p.person.affiliations] == ["Southbay University"]


def test_a_site_title_writing_the_owners_name_with_a_middle_name_is_the_name_in_full(tmp_path):
    """'title: Dr Oren Lars Vale' beside Chirpy's 'social: name: Oren Vale': the site's title writes the owner's
    name in full (a middle name between the given and family names), the configured name is its short form.
    Before, only a longer form adding names after the configured ones was taken, so the name stayed 'Oren Vale'."""
    p = imported_site(tmp_path, {
        "_config.yml": _CHIRPY_CONFIG.replace("title: Dr Oren Vale", "title: Dr Oren Lars Vale"),
        "_tabs/about.md": "---\ntitle: About\norder: 1\n---\n\nI grow crystals at a small lab.\n"})
    assert (p.person.name, p.person.alternate_names) == ("Oren Lars Vale", ["Oren Vale"])


def test_a_member_cards_line_with_a_bracketed_remark_still_reads_as_the_students_role(tmp_path):
    """A card '<h5>Tomas Reyes</h5> Ph.D. in Physics at NU, in progress (co-advised with <a>Yu Chen</a>)': the
    bracketed remark does not make the role line a sentence, so the card is a student's as its neighbour without
    one is. Before, the line was too long to be a role line and the student was missed."""
    card = ("<tr>\n<td width=\"20%\">\n<img src=\"/img/{0}.jpg\">\n</td>\n<td width=\"70%\">\n"
            "<h5><a href=\"https://{0}.example.org/\"><b>{1}</b></a></h5>\n{2}\n</td>\n</tr>\n")
    rows = card.format("m", "Mira Solberg", "Ph.D. in Physics at NU, in progress") + card.format(
        "t", "Tomas Reyes", "Ph.D. in Physics at NU, in progress (co-advised with <a href=\"https://c.example.org/\">"
        "Yu Chen</a>)")
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/group.md": (
        "---\ntitle: advising\npermalink: /group/\n---\n\n<h3>current</h3>\n\n<table>\n" + rows + "</table>\n")})
    assert [s.name for s in p.students] == ["Mira Solberg", "Tomas Reyes"]


def test_a_chair_of_several_fields_at_a_university_is_held_at_the_university(tmp_path):
    """'Oren Vale is a Professor of Geology, Chemistry, and Physics at the University of Northfield and ...': the
    fields after "of" are the chair's (its department), the workplace is the university after them. Before, the
    first fields were taken for the workplace ('Geology, Chemistry')."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/about.md": (
        "---\npermalink: /\ntitle: About\n---\n\n"
        "Oren Vale is a Professor of Geology, Chemistry, and Physics at the University of Northfield and the "
        "Director of the Salt Institute. He works on crystals.\n")})
    assert p.person.job_title == "Professor"
    assert [(a.name, a.department) for a in p.person.affiliations][:1] == [
        ("University of Northfield", "Geology, Chemistry, and Physics")]


def test_a_mail_link_a_script_writes_in_rot13_is_the_owners_address(tmp_path):
    """'<script>document.write("<n uers=\\"znvygb:bera\\100fnyg\\056rknzcyr\\056bet\\">...".replace(/[a-zA-Z]/g,
    ...))</script>' under the page's Email heading: the ROT13 spam shield, decoded, is the owner's address.
    Before, the page had no e-mail."""
    script = ('document.write("<n uers=\\"znvygb:bera\\100fnyg\\056rknzcyr\\056bet\\">bera\\100fnyg\\056rknzcyr'
              '\\056bet<\\057n>".replace(/[a-zA-Z]/g, function(c){return String.fromCharCode((c<="Z"?90:122)>='
              '(c=c.charCodeAt(0)+13)?c:c-26);}));')
    html = ("<html><head><title>Oren Vale</title></head><body><h1>Oren Vale</h1><p>I study salt at Northfield "
            f"University.</p><h3>Email</h3><p><script type=\"text/javascript\">{script}</script></p></body></html>")
    p = imported_site(tmp_path, {"index.html": html})
    assert p.person.email == "oren@salt.example.org"


def test_one_degree_told_twice_keeps_the_fuller_record_and_the_first_ones_link():
    """The same PhD at one school read twice, first bare with the school's link, then with its year: one degree,
    with the year and the link. Before the fuller-record rule the bare first reading stayed (no year); the rule
    alone would have dropped the link."""
    from kg.importers.site.assemble import merge_person
    from kg.model import Education, Person

    base = Person(name="Oren Vale", education=[Education(degree="PhD", institution="Northfield University",
                                                         url="https://nu.example.org/")])
    merge_person(base, Person(name="Oren Vale", education=[Education(degree="Ph.D.", institution="Northfield University",
                                                                     year=2024)]))
    assert [(e.degree, e.year, e.url) for e in base.education] == [("Ph.D.", 2024, "https://nu.example.org/")]
