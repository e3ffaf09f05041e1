"""The Hugo family read whole: hugo-apero's about bundles, the configuration's icon links, a section's own page,
Academic's one-organization params, the contact page, and the bio phrases these sites write (synthetic sites,
invented names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.page.person import advisors_in
from kg.model import Person
from kg.importers.site.fields import read_subtitle
from kg.importers.site.files import list_page
from tests.importers.sitefiles import imported_site, write_site, write_site as _write

_APERO_CONFIG = """baseURL = "https://mira-quell.example.org/"
title = "Mira Quell"
theme = "hugo-apero"

[params]
  orgName = "Mira Quell"
  twitter = "miraquell"

[[params.social]]
    icon      = "github"
    icon_pack = "fab"
    url       = "https://github.com/miraquell"
[[params.social]]
    icon      = "google-scholar"
    icon_pack = "ai"
    url       = "https://scholar.google.com/citations?user=AbCdEfGhIjKL&hl=en"
"""

_APERO_HOME = """---
title: "Mira Quell"
subtitle: "Ph.D. (c) in Geography"
type: home
---

** index doesn't contain a body, just front matter above.
See index.html in the layouts folder **
"""

_APERO_MAIN = """---
show_intro: true
intro: |
  I am a doctoral candidate in Geography at the Northvale University and an assistant at the Coastal Maps Institute.

  I hold a Master's degree in Planning from the Eastmoor University. You can write to me at mira@example.org.
show_outro: false
---

** index doesn't contain a body, just front matter above.
See about/list.html in the layouts folder **
"""

_APERO_SIDEBAR = """---
author: "Mira Quell"
role: "Geographer"
link_list_label: "Interests"
---
"""

_APERO_PUBS = """---
title: "Publications"
author: Mira Quell
date: "2023-08-10"
---

### Papers

Quell, M., & Darrow, T. (2022). Tides over the harbour towns. *Journal of Shore Studies*, 4(2), 11-20.

Darrow, T., & Quell, M. (2020). Maps of the salt marsh. *Coastal Review*, 9, 1-9.
"""


def _apero_site(tmp_path, **extra):
    return _write(tmp_path, {
        "config.toml": _APERO_CONFIG,
        "content/_index.md": _APERO_HOME,
        "content/about/_index.md": "---\ntitle: About\ncascade:\n  headless: true\n---\n",
        "content/about/main/index.md": _APERO_MAIN,
        "content/about/sidebar/index.md": _APERO_SIDEBAR,
        "content/publications/index.md": _APERO_PUBS,
        **extra,
    })


def test_an_apero_site_reads_its_about_bundles_home_subtitle_and_icon_links(tmp_path):
    # hugo-apero keeps the owner in front matter only: the home's subtitle, the sidebar's role, the main bundle's
    # intro prose (position, degrees, email), and the configuration's [[params.social]] icon links
    person = import_path(_apero_site(tmp_path)).profile.person
    assert person.name == "Mira Quell"
    assert person.job_title == "Ph.D. (c) in Geography"
    assert [a.name for a in person.affiliations][:1] == ["Northvale University"]
    assert person.email == "mira@example.org"
    assert {"Northvale University", "Eastmoor University"} <= {e.institution for e in person.education}
    assert person.identifiers.get("github") == "miraquell"
    assert person.identifiers.get("google_scholar") == "AbCdEfGhIjKL"
    assert person.identifiers.get("twitter") == "miraquell"


def test_a_sections_own_leaf_bundle_is_no_paper_of_its_list(tmp_path):
    # content/publications/index.md is the Publications page (its list of papers), not one paper titled "Publications"
    pubs = import_path(_apero_site(tmp_path)).profile.publications
    assert sorted(p.title for p in pubs) == ["Maps of the salt marsh", "Tides over the harbour towns"]


def test_a_leaf_bundles_relative_links_lead_inside_the_bundle(tmp_path, monkeypatch):
    """hugo-apero's publications page is a leaf bundle (content/publications/index.md, served at /publications/)
    whose PDF icons link "pdf/x.pdf", the files kept in the bundle's folder: a browser reads the link from the
    page's own address. Before, it was placed at the site's root (/pdf/x.pdf), where no file is; and the test is
    run from the folder the site is in, given by a relative path (the page's path as the reader holds it)."""
    pubs = _APERO_PUBS.replace("11-20.", "11-20. [PDF](pdf/tides.pdf)").replace(
        "1-9.", "1-9. [PDF](/files/marsh.pdf)")
    site = _apero_site(tmp_path, **{"content/publications/index.md": pubs})
    monkeypatch.chdir(site.parent)
    works = import_path(Path(site.name)).profile.publications
    links = {p.title: p.links.get("pdf") for p in works}
    assert links == {"Tides over the harbour towns": "https://mira-quell.example.org/publications/pdf/tides.pdf",
                     "Maps of the salt marsh": "https://mira-quell.example.org/files/marsh.pdf"}


def test_an_apero_sidebar_role_is_read_before_the_intro_prose(tmp_path):
    # the line under the name ("Associate Professor of Economics<br>Westbrook College") is the job; the intro's
    # first position ("an invited researcher with ...") only fills what it leaves out
    home = _APERO_HOME.replace('subtitle: "Ph.D. (c) in Geography"\n', "")
    sidebar = _APERO_SIDEBAR.replace('role: "Geographer"',
                                     'role: "Associate Professor of Economics<br>Westbrook College"')
    main = ("---\nintro: |\n  I am an invited researcher with the Harbour Data Initiative. I earned my PhD in economics"
            " from the Eastmoor University in 2016.\n---\n")
    person = import_path(_apero_site(tmp_path, **{"content/_index.md": home, "content/about/sidebar/index.md": sidebar,
                                                   "content/about/main/index.md": main})).profile.person
    assert person.job_title == "Associate Professor of Economics"
    assert [a.name for a in person.affiliations] == ["Westbrook College"]
    assert [(e.institution, e.year) for e in person.education] == [("Eastmoor University", 2016)]


def test_a_hugo_sites_contact_page_gives_the_owners_email_and_address(tmp_path):
    site = _apero_site(tmp_path, **{
        "content/about/main/index.md": "---\nintro: |\n  I am a lecturer at the Northvale University.\n---\n",
        "content/contact/index.md": ("---\ntitle: Contact\nlayout: standard\n---\n\n&#9998; mira.quell@northvale.example"
                                     ".edu<br/>\nAddress: Room 12, Reed Lane 4, Northvale - Eastmoor\n\n## Social\n\n"
                                     "1. [Facebook](#)\n2. [Google+](#)\n"),
    })
    person = import_path(site).profile.person
    assert person.email == "mira.quell@northvale.example.edu"
    # (the theme's sample links on the contact page are no place of work beside the one the intro names; its
    # "Address:" line is where the owner is found: before, beside a place of work, the address was lost)
    assert [a.name for a in person.affiliations] == ["Northvale University"]
    assert person.location == "Room 12, Reed Lane 4, Northvale - Eastmoor"


def test_old_academic_params_name_one_organization(tmp_path):
    # Academic before v4: [params] name, role, organization (a string) and organization_url
    site = _write(tmp_path, {
        "config.toml": ('baseurl = "https://tobin-arle.example.org/"\ntitle = "Tobin Arle"\ntheme = "hugo-academic"\n\n'
                        '[params]\n  name = "Tobin Arle"\n  role = "Research Scientist"\n'
                        '  organization = "University of Westmarch"\n  organization_url = ""\n'
                        '  email = "t.arle@westmarch.example.ac.uk"\n'),
        "content/home/about.md": ('+++\nwidget = "about"\nactive = true\n+++\n\n# About\n\nI am an ecologist. During my '
                                  "PhD with Greta Vollmond-Hale, I studied how warm streams change algae.\n"),
        "content/publication/one.md": ('+++\ntitle = "Warm streams and algae"\nauthors = ["T Arle", "G Vollmond-Hale"]'
                                       '\ndate = "2017-08-31"\npublication = "Stream Letters"\n+++\n'),
    })
    person = import_path(site).profile.person
    assert [(a.name, a.role) for a in person.affiliations] == [("University of Westmarch", "Research Scientist")]
    assert person.advisors == ["Greta Vollmond-Hale"]


def test_own_theme_params_name_the_position_and_institution(tmp_path):
    # a theme of the owner's own: [params] name, position and institution (no role, no organization), the home page
    # a plain content page; both keys read, their lines read
    site = _write(tmp_path, {
        "hugo.toml": ('baseURL = "https://pell-orrin.example.org/"\ntitle = "Pell Orrin"\ntheme = "orrin-plain"\n\n'
                      '[params]\n  name = "Pell Orrin"\n  position = "Associate Professor"\n'
                      '  institution = "Harrowgate University"\n  email = "orrin@harrowgate.example.ac.jp"\n'),
        "content/_index.md": '---\ntitle: "About"\n---\n\nPlasma waves, mostly.\n',
        "content/publication/one.md": ('+++\ntitle = "Waves in warm plasma"\nauthors = ["P Orrin", "K Dale"]'
                                       '\ndate = "2019-02-01"\npublication = "Plasma Letters"\n+++\n'),
    })
    result = import_path(site)
    person = result.profile.person
    assert person.job_title == "Associate Professor"
    assert [(a.name, a.role) for a in person.affiliations] == [("Harrowgate University", "Associate Professor")]
    assert not any(u.file == "hugo.toml" for u in result.profile.unparsed)


def test_a_subtitle_keeps_an_abbreviated_degree_whole():
    # "Ph.D. (c)": the Latin American way to write a doctoral candidate; its full stops end no piece
    person = Person(name="X")
    assert read_subtitle("Ph.D. (c) in Sociology", person)
    assert person.job_title == "Ph.D. (c) in Sociology"


def test_a_subtitle_position_at_a_linked_place_is_the_position_alone():
    # "Research Student @ <a>Place</a>", "Lecturer at Geology Department, @<a>Place</a>": the place is the link's,
    # the words "@" and "at ..." no part of the position
    person = Person(name="X")
    assert read_subtitle("Research Student @ <a href='https://geo.example.edu/'>Tarn Geo Lab</a>, "
                         "<a href='https://example.edu/'>Tarn University</a>", person)
    assert person.job_title == "Research Student"
    other = Person(name="Y")
    read_subtitle("Lecturer at Geology Department, @<a href='https://example.edu/'>Tarn University</a>.", other)
    assert other.job_title == "Lecturer"
    assert [a.name for a in other.affiliations] == ["Tarn University"]
    # a place written without a link is not taken out above: "@ Sand Group" stays with the position, not lost
    plain = Person(name="Z")
    read_subtitle("Postdoc @ Sand Group", plain)
    assert plain.job_title == "Postdoc @ Sand Group"


def test_a_subtitle_reads_a_position_after_the_degree_at_a_company():
    # "Ph.D., X Specialist at <company> in <country>": the doctorate held is no word of the position, a specialist's
    # is a position, and a company named after "at" is the place of work though it carries no institution's word
    person = Person(name="X")
    assert read_subtitle("Ph.D., Bridge Monitoring Specialist at Tarnholm Structural Partners in Norway", person)
    assert person.job_title == "Bridge Monitoring Specialist"
    assert [a.name for a in person.affiliations] == ["Tarnholm Structural Partners"]
    assert person.location == "Norway"
    # (a phrase in lower case after "at" names no place)
    other = Person(name="Y")
    read_subtitle("PhD student at heart", other)
    assert other.affiliations == []


def test_a_subtitle_linked_to_nowhere_reads_as_its_words():
    # al-folio's "<a href='#'>Affiliations</a>" with the words replaced and the link to "#" kept: a position and
    # its place, not one institution named "Fellow, ..."; a national laboratory is an institution of its own, and
    # the position the line under the name states is the owner's, over a phrase of the bio
    person = Person(name="X", job_title="experimental sand physicist")
    assert read_subtitle("<a href='#'>Keller Fellow, Dunmore National Accelerator Laboratory</a>", person,
                         over_prose=True)
    assert person.job_title == "Keller Fellow"
    assert [(a.name, a.role) for a in person.affiliations] == [("Dunmore National Accelerator Laboratory",
                                                                 "Keller Fellow")]
    # the template's own placeholder names no place; a unit "National Laboratory of X" is no institution alone
    for line in ("<a href='#'>Affiliations</a>. Address. Contacts. Motto. Etc.",
                 "Postdoc, National Laboratory of Sand Studies"):
        person = Person(name="X")
        read_subtitle(line, person)
        assert person.affiliations == []


def test_a_bio_degree_place_ends_before_the_next_clause(tmp_path):
    page = tmp_path / "about.md"
    page.write_text("# Ada Brun\n\nAda Brun is an associate professor at Lakemoor College. She received her PhD in "
                    "Statistics from Hillcrest University and completed her postdoctoral training at Riverbend "
                    "Institute. She earned her master's in Ecology at Stonebridge University, investigating fish "
                    "communities.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert {e.institution for e in person.education} == {"Hillcrest University", "Stonebridge University"}


def test_an_advisor_named_with_during_my_phd():
    assert advisors_in("During my PhD with Greta Vollmond-Hale, I studied streams.") == ["Greta Vollmond-Hale"]
    assert advisors_in("During my PhD with my friends at Northvale, I studied streams.") == []
    # a collaborator met during the doctorate is no advisor
    assert advisors_in("During my PhD, I also had the pleasure of collaborating with Rune Hallberg.") == []


def test_a_hugo_home_pages_shortcode_links_give_the_owners_profiles(tmp_path):
    """The home page links the owner's profiles through a shortcode of the site's own, its call over several
    lines (``{{< sociallinks href="https://orcid.org/..." >}}``): the ids are the owner's. Before, the page reader
    left template code alone and only the configuration's GitHub link was read."""
    _write(tmp_path, {
        "config.toml": 'baseURL = "https://ines-varo.example.org"\ntitle = "Inès Varo"\ntheme = "hugo-book"\n\n'
                       '[params.social.github]\n  url = "https://github.com/ivaro"\n',
        "content/_index.md": (
            "---\ntitle: Home\n---\n\n# Home page\n\nI am a research engineer in hydrology at the Tarn Laboratory.\n\n"
            "## Contact\n\n- {{< sociallinks\n  href=\"https://www.linkedin.com/in/ines-varo/\"\n"
            "  title=\"linkedin\">}}in/ines-varo{{< /sociallinks >}}\n"
            "- {{< sociallinks\n  href=\"https://orcid.org/0000-0002-1825-0097\"\n"
            "  title=\"orcid\">}}ORCID{{< /sociallinks >}}\n"),
    })
    person = import_path(tmp_path).profile.person
    assert person.name == "Inès Varo"
    assert person.identifiers == {"github": "ivaro", "linkedin": "ines-varo", "orcid": "0000-0002-1825-0097"}


def _lab_member(slug: str, name: str, role: str, group: str, orgs: str = "") -> tuple[str, str]:
    return (f"content/authors/{slug}/_index.md",
            f"---\ntitle: {name}\nrole: {role}\nuser_groups:\n  - {group}\n{orgs}---\n\n{name} studies moss.\n")


def test_a_group_sites_member_pages_are_parsed_once_to_find_who_leads_it(tmp_path, monkeypatch):
    """A group site with no superuser, two members filed under its leaders' group: the steps that look for the
    site's head (a superuser, the leaders' group, a head's role, the organization the leaders share) read each
    member page's front matter once between them, as the site's other readers do (the parse kept for the import:
    :func:`~kg.importers.document.read_front_matter`).
    Before, each leader's page was parsed seven times by the Hugo reader (twelve in all), the student's six."""
    from kg.importers import document

    _write(tmp_path, {
        "config/_default/hugo.yaml": "title: MOSSNET\nbaseURL: https://mossnet.example.org/\n",
        "content/_index.md": "---\ntitle: Moss network\n---\n\nWe count mosses on old walls.\n",
        **dict([_lab_member("eva-holm", "Eva Holm", "Professor at Saltmarsh Institute (SMI)",
                            "Principal Investigators", "organizations:\n- name: SMI\n  url: https://smi.example.org\n"),
                _lab_member("jon-varg", "Jon Varg", "Director, SMI", "Principal Investigators",
                            "organizations:\n- SMI\n"),
                _lab_member("kai-lund", "Kai Lund", "PhD Student", "Students")]),
    })
    parsed: list[str] = []
    parse = document.yaml_with_spans
    monkeypatch.setattr(document, "yaml_with_spans",
                        lambda text, offset, display, *a, **k: parsed.append(Path(display).parent.name)
                        or parse(text, offset, display, *a, **k))
    person = import_path(tmp_path).profile.person
    assert (person.name, [(a.name, a.url) for a in person.affiliations]) == (
        "MOSSNET", [("Saltmarsh Institute (SMI)", "https://smi.example.org")])
    # once by the Hugo reader (the head's search, the members' names, the student's part); the leaders' pages,
    # which no part claims, five times more by assemble's reading of the site's other files (left for a later round)
    got = {slug: parsed.count(slug) for slug in ("eva-holm", "jon-varg", "kai-lund")}
    assert got["eva-holm"] <= 6 and got["jon-varg"] <= 6 and got["kai-lund"] <= 2, parsed


def test_the_organization_a_group_sites_leaders_share_is_read_as_an_authors_organizations_are(tmp_path):
    """The leaders' shared organization read by the reader of an author's ``organizations`` (:func:`_organizations`):
    one written over two entries, its name closed by a comma ("University of Tarn," then "Eastfold"), is one
    organization. Before, the leaders' lists were read apart, and the group's place was "University of Tarn,"."""
    orgs = "organizations:\n- name: 'University of Tarn,'\n  url: https://tarn.example.org\n- name: Eastfold\n"
    _write(tmp_path, {
        "config/_default/hugo.yaml": "title: MOSSNET\nbaseURL: https://mossnet.example.org/\n",
        "content/_index.md": "---\ntitle: Moss network\n---\n\nWe count mosses on old walls.\n",
        **dict([_lab_member("eva-holm", "Eva Holm", "Professor", "Principal Investigators", orgs),
                _lab_member("jon-varg", "Jon Varg", "Reader", "Principal Investigators", orgs)]),
    })
    person = import_path(tmp_path).profile.person
    assert [(a.name, a.url) for a in person.affiliations] == [("University of Tarn, Eastfold",
                                                                "https://tarn.example.org")]


def test_a_students_organization_is_read_as_an_authors_organizations_are(tmp_path):
    """A student's member page whose organization is written over two entries ("University of Tarn," then
    "Eastfold") and in markdown: the student's institution is the one organization they make, as the owner's own
    organizations are read (:func:`_organizations`). Before, the student reader took the first entry as written."""
    orgs = "organizations:\n- name: '*University of Tarn*,'\n- name: Eastfold\n"
    _write(tmp_path, {
        "config/_default/hugo.yaml": "title: Eva Holm\nbaseURL: https://evaholm.example.org/\n",
        "content/_index.md": "---\ntitle: Eva Holm\n---\n\nI count mosses on old walls.\n",
        **dict([_lab_member("admin", "Eva Holm", "Professor", "Principal Investigators"),
                _lab_member("kai-lund", "Kai Lund", "PhD Student", "Students", orgs)]),
    })
    profile = import_path(tmp_path).profile
    assert [(s.name, s.institution) for s in profile.students] == [("Kai Lund", "University of Tarn, Eastfold")]


def test_papers_kept_in_plain_subfolders_of_the_publication_section_are_its_pages(tmp_path):
    # Hugo lists "content/publication/<kind>/<page>.md" (a folder with no index.md: no bundle) with the section's
    # own pages, however few a folder holds
    def paper(title: str, year: int, venue: str) -> str:
        return (f'+++\ntitle = "{title}"\ndate = {year}-05-02\nauthors = ["Ines Palter", "Oto Brenn"]\n'
                f'publication_types = ["2"]\npublication = "{venue}"\n+++\n')

    site = _write(tmp_path, {
        "config.toml": 'baseurl = "https://ines.example.org/"\ntitle = "Ines Palter"\ntheme = "academic"\n',
        "content/authors/admin/_index.md": "---\ntitle: Ines Palter\nrole: Lecturer\n---\n",
        "content/publication/Journal articles/first.md": paper("Ripples on shallow lakes", 2019, "Lake Letters"),
        "content/publication/Conference papers/second.md": paper("Sampling cold springs", 2020, "SpringConf"),
        "content/publication/Conference papers/third.md": paper("Mud cores in winter", 2021, "SpringConf"),
    })
    pubs = import_path(site).profile.publications
    assert sorted((p.title, p.year, p.venue) for p in pubs) == [
        ("Mud cores in winter", 2021, "SpringConf"),
        ("Ripples on shallow lakes", 2019, "Lake Letters"),
        ("Sampling cold springs", 2020, "SpringConf"),
    ]


def test_a_paper_bundles_body_links_to_its_own_files_are_beside_the_page(tmp_path):
    # "[Preprint](tide-pools.pdf)" in content/research/papers/tide-pools/index.md: a browser reads it beside the page
    # (/research/papers/tide-pools/tide-pools.pdf), where the bundle keeps the file, not at the site's root; a
    # slug renames the page's folder; a section with permalinks of its own is left at the root; absolute links stay
    def paper(title: str, extra: str = "", body: str = "") -> str:
        return (f'---\ntitle: "{title}"\ndate: 2022-03-01\nauthors: ["Mira Olsen", "Tam Berg"]\n'
                f'publication: "Coastal Letters"\n{extra}---\n\n{body}')

    site = _write(tmp_path, {
        "config.yaml": 'baseURL: https://mira.example.org/\ntitle: Mira Olsen\ntheme: academic\n'
                       'permalinks:\n  talks: "/:year/:slug/"\n',
        "content/authors/admin/_index.md": "---\ntitle: Mira Olsen\nrole: Lecturer\n---\n",
        "content/publication/tide-pools/index.md": paper(
            "Tide pools at dusk", body="- [Preprint](tide-pools.pdf)\n- [Code](https://git.example.org/tides)\n"),
        "content/publication/kelp-2/index.md": paper(
            "Kelp holdfasts", 'slug: "kelp"\n', "- [Slides](files/kelp-slides.pdf)\n"),
        "content/publication/sand.md": paper("Sand ripples", body="- [PDF](sand.pdf)\n"),
    })
    links = {p.title: sorted(p.links.values()) for p in import_path(site).profile.publications}
    assert links["Tide pools at dusk"] == ["https://git.example.org/tides",
                                           "https://mira.example.org/publication/tide-pools/tide-pools.pdf"]
    assert links["Kelp holdfasts"] == ["https://mira.example.org/publication/kelp/files/kelp-slides.pdf"]
    # (a page that is no bundle keeps no files beside it: its link stays where the site's root puts it)
    assert links["Sand ripples"] == ["https://mira.example.org/sand.pdf"]


def test_a_post_section_whose_list_page_is_titled_news_holds_the_sites_news(tmp_path):
    # content/post/_index.md titled "Latest News": the section's pages are news items, not blog posts left unread
    site = _write(tmp_path, {
        "config.toml": 'baseurl = "https://kelp.example.org/"\ntitle = "Kelp Lab"\ntheme = "academic"\n',
        "content/authors/admin/_index.md": "---\ntitle: Runa Sollis\nrole: Professor\n---\n",
        "content/post/_index.md": "---\ntitle: Latest News\nview: compact\n---\n",
        "content/post/first/index.md": "---\ntitle: A new grant for kelp surveys\ndate: 2023-03-04\n---\n\nWe got it.\n",
        "content/post/second/index.md": "---\ntitle: Welcome to our new postdoc\ndate: 2024-09-01\n---\n\nHello.\n",
    })
    news = import_path(site).profile.news
    assert sorted(n.date for n in news) == ["2023-03-04", "2024-09-01"]


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


def test_an_accomplishments_widget_titled_publications_lists_works(tmp_path):
    """An old Academic home page whose accomplishments widget the owner titled "Publications" (TOML ``[[item]]``s:
    the journal and its numbers under ``organization``, the authors family name first under ``description``, the
    date under ``date_start``, the DOI address under ``url``): each item is a work. Before, only award-named items
    were read: no work."""
    p = imported_site(tmp_path, {
        "content/authors/admin/_index.md": "---\ntitle: Ivo Lema\nrole: Botanist\n---\nI study ferns.\n",
        "content/home/accomplishments.md": (
            '+++\nwidget = "accomplishments"\nheadless = true\nactive = true\ntitle = "Publications"\n\n'
            '[[item]]\n  organization = "Fern Letters 12(3): 101-115"\n  title = "A new fern of the *Tarn* valley"\n'
            '  url = "https://doi.org/10.9999/fl.12.101"\n  date_start = "2019-04-02"\n'
            '  description = "Lema, I.V., Roe, A. & Berg, K."\n\n'
            '[[item]]\n  organization = "Moss Review 272: 151702"\n  title = "Ferns and mosses of dry hills"\n'
            '  url = ""\n  date_start = "2021-11-30"\n  description = "The Fern Census Group (FCG); Lema, I.V."\n+++\n')})
    assert [(w.title, w.year, w.venue) for w in p.publications] == [
        ("A new fern of the Tarn valley", 2019, "Fern Letters"), ("Ferns and mosses of dry hills", 2021, "Moss Review")]
    assert [a.name for a in p.publications[0].authors] == ["I.V. Lema", "A. Roe", "K. Berg"]
    assert [a.name for a in p.publications[1].authors] == ["The Fern Census Group (FCG)", "I.V. Lema"]
    assert "https://doi.org/10.9999/fl.12.101" in p.publications[0].links.values()
    assert not p.awards


_CONFIG = 'baseURL = "https://ola-brandt.example.org/"\ntitle = "Ola Brandt"\ntheme = "handmade"\n'


def _page(byline: str) -> str:
    return ('---\ntitle: "Tides in shallow estuaries"\nauthor: "Ola Brandt"\ndate: "2021-05-02"\n---\n\n'
            f'{byline}\n\n<p><i>Coastal Letters</i>, 2019.</p>\n\n<p>We measure tides in small bays.</p>\n')


def test_a_hugo_paper_page_whose_byline_is_an_html_paragraph_of_the_body(tmp_path):
    # "author:" up top is the page's writer (the owner); the paper's authors are the body's first <p>, wrapped
    # over lines, the owner in bold, '&#42;' after the co-first authors
    root = write_site(tmp_path / "site", {
        "config.toml": _CONFIG,
        "content/publications/tides.md": _page("<p>\nPer Lund&#42;, <b>Ola Brandt</b>&#42;, Mia\nStrand and Ivo Berg\n</p>"),
    })
    [pub] = import_path(root).profile.publications
    assert [a.name for a in pub.authors] == ["Per Lund", "Ola Brandt", "Mia Strand", "Ivo Berg"]
    assert [a.is_self for a in pub.authors] == [False, True, False, False]
    assert pub.authors[0].marks == ["equal_contribution"]
    assert "Per Lund" not in (pub.abstract or "")


def test_a_byline_of_many_names_is_still_a_byline(tmp_path):
    # forty authors make a line far longer than a sentence of prose: the length a byline may have grows with it
    names = ", ".join(f"Name{chr(65 + i % 26)}a Surname{chr(65 + i // 26)}{chr(97 + i % 26)}son" for i in range(40))
    root = write_site(tmp_path / "site", {
        "config.toml": _CONFIG,
        "content/publications/tides.md": _page(f"<p><b>Ola Brandt</b>, {names}</p>"),
    })
    [pub] = import_path(root).profile.publications
    assert len(pub.authors) == 41 and pub.authors[0].is_self


def test_the_body_byline_of_a_paper_page_when_the_config_params_name_the_owner(tmp_path):
    # the site's params give the owner's e-mail and handle (read as Academic's params profile): the paper pages of
    # content/publications/ are read as Academic's, whose authors come from "authors:"; with none, the body's
    # opening byline is the paper's, and it is no abstract
    config = _CONFIG + '\n[params]\n  email = "ola@example.org"\n  twitter = "@olabrandt"\n'
    root = write_site(tmp_path / "site", {
        "config.toml": config,
        "content/publications/tides.md": _page("<p><b>Ola Brandt</b>, Per Lund,\nMia Strand & Ivo Berg</p>"),
    })
    [pub] = import_path(root).profile.publications
    assert [a.name for a in pub.authors] == ["Ola Brandt", "Per Lund", "Mia Strand", "Ivo Berg"]
    assert pub.authors[0].is_self
    assert "Per Lund" not in (pub.abstract or "")


def test_the_venue_line_and_buttons_under_a_body_byline(tmp_path):
    # "<i>Venue</i>, year." under the byline is the paper's venue and year (the page's date is when it was
    # posted); the pill buttons after it are the paper's links, not its abstract
    config = _CONFIG + '\n[params]\n  email = "ola@example.org"\n'
    page = ('---\ntitle: "Tides in shallow estuaries"\nauthor: "Ola Brandt"\ndate: "2021-05-02"\n---\n\n'
            '<p><b>Ola Brandt</b> and Per Lund</p>\n\n'
            '<p><i>Coastal Letters</i>, 2019. DOI: <a href="https://doi.org/10.5555/tides.1">10.5555/tides.1</a></p>\n\n'
            '<p>\n<a class="pill" href="https://example.org/tides.pdf"><i class="far fa-file-pdf"></i> PDF</a>\n'
            '<a class="pill" href="https://github.com/olab/tides"><i class="fab fa-github"></i> GitHub</a>\n</p>\n\n'
            '<p>We measure tides in small bays.</p>\n')
    root = write_site(tmp_path / "site", {"config.toml": config, "content/publications/tides.md": page})
    [pub] = import_path(root).profile.publications
    assert (pub.venue, pub.year, pub.doi) == ("Coastal Letters", 2019, "10.5555/tides.1")
    assert pub.links["pdf"] == "https://example.org/tides.pdf" and pub.links["code"] == "https://github.com/olab/tides"
    assert pub.abstract == "We measure tides in small bays."


def test_the_config_params_of_a_site_without_an_about_widget_give_the_owner_email_and_handle(tmp_path):
    # paper pages and a configuration, no author page nor about widget: params' e-mail and twitter are the owner's
    config = _CONFIG + '\n[params]\n  email = "ola@example.org"\n  twitter = "@olabrandt"\n'
    root = write_site(tmp_path / "site", {
        "config.toml": config,
        "content/publications/tides.md": _page("<p><b>Ola Brandt</b> and Per Lund</p>"),
    })
    person = import_path(root).profile.person
    assert person.email == "ola@example.org"
    assert person.identifiers.get("twitter") == "olabrandt"


def test_a_params_social_table_of_a_site_without_an_about_widget_gives_the_owners_email_and_profiles(tmp_path):
    # "[params.social] email = ... github = ..." (a table by site's name, not a list of icon links): before, read
    # only on a site whose configuration names its author
    config = _CONFIG + ('\n[params]\n  description = "Brandt"\n\n  [params.social]\n  email = "ola@example.org"\n'
                        '  twitter = "//twitter.com/olabrandt"\n  github = "https://github.com/olabrandt"\n')
    root = write_site(tmp_path / "site", {
        "config.toml": config,
        "content/publications/tides.md": _page("<p><b>Ola Brandt</b> and Per Lund</p>"),
    })
    person = import_path(root).profile.person
    assert person.email == "ola@example.org"
    assert (person.identifiers.get("twitter"), person.identifiers.get("github")) == ("olabrandt", "olabrandt")


def test_a_venue_line_in_the_bylines_own_paragraph_is_read(tmp_path):
    # the byline and the venue line under it with no blank line between ("Per Lund and Ola Brandt" /
    # "<i>Coastal Letters</i>, 2019."): one paragraph, whose line after the byline is read on as the venue and year
    # (it was dropped with the byline's paragraph: no venue, the page's date as the year, the line unparsed)
    page = ('---\ntitle: "Tides in shallow estuaries"\nauthor: "Ola Brandt"\ndate: "2021-05-02"\n---\n\n'
            'Per Lund and Ola Brandt\n<i>Coastal Letters</i>, 2019.\n\nWe measure tides in small bays.\n')
    root = write_site(tmp_path / "site", {"config.toml": _CONFIG, "content/publications/tides.md": page})
    result = import_path(root)
    [pub] = result.profile.publications
    assert [a.name for a in pub.authors] == ["Per Lund", "Ola Brandt"]
    assert (pub.venue, pub.year) == ("Coastal Letters", 2019)
    assert pub.abstract == "We measure tides in small bays."
    assert not [u for u in result.profile.unparsed if "Coastal" in u.text]


_ADMIN = "---\ntitle: Tove Marlund\nrole: Geologist\norganizations:\n  - name: University of Brenholm\n---\n\nI map rocks.\n"


def _hugo_site(tmp_path, papers: dict[str, str]):
    files = {"config/_default/hugo.yaml": "title: Tove Marlund\n", "content/authors/admin/_index.md": _ADMIN}
    files.update({f"content/publication/{slug}/index.md": text for slug, text in papers.items()})
    write_site(tmp_path, files)
    return import_path(tmp_path).profile


_REAL = ('---\ntitle: "Layered Basalt at the Northern Rim"\ndate: 2011-05-02T10:00:00Z\nauthors:\n- T. Marlund\n'
         '- O. Vesk\nabstract: "We walk the rim and count the basalt layers."\npublication_types: ["2"]\n---\n'
         "http://arxiv.org/abs/1105.01234v2\n")


def test_a_hugo_paper_page_whose_body_is_one_address_links_the_paper_there(tmp_path):
    # an arXiv import: the front matter has no links, the page's body is the paper's address written out (Hugo
    # shows it as a link); the address is the paper's arXiv link, not an abstract
    (pub,) = _hugo_site(tmp_path, {"p1": _REAL}).publications
    assert pub.links.get("arxiv") == "http://arxiv.org/abs/1105.01234v2"
    assert pub.abstract == "We walk the rim and count the basalt layers."


def test_a_theme_sample_paper_with_filler_abstract_is_not_the_owners(tmp_path):
    # the theme's sample paper left beside the owner's (its abstract the "Lorem ipsum" filler, its first author
    # the "admin" user that stands for the owner): no work of the owner's
    sample = ("---\ntitle: 'A sample meeting paper'\nauthors:\n  - admin\n  - Pat Quill\ndate: '2015-01-01T00:00:00Z'\n"
              "publication: In *Sample Meeting*\nabstract: Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n---\n")
    p = _hugo_site(tmp_path, {"p1": _REAL, "sample-paper": sample})
    assert [x.title for x in p.publications] == ["Layered Basalt at the Northern Rim"]


_HUGO_CONFIG = "baseURL: https://example.org/\ntitle: Rosa Imbert\n"


def test_a_hugo_home_page_showing_one_author_makes_that_author_the_owner_over_the_demo_admin(tmp_path):
    # a Wowchemy site that kept the theme's demo author page (admin: a demo name and job) and wrote the owner's own
    # page beside it, the home page's biography block naming it: the owner was the demo name
    p = imported_site(tmp_path, {
        "config/_default/hugo.yaml": _HUGO_CONFIG,
        "content/_index.md": "---\ntitle: Home\ntype: landing\nsections:\n  - block: resume-biography\n"
                             "    content:\n      username: rosa-imbert\n  - block: resume-experience\n"
                             "    content:\n      username: rosa-imbert\n---\n",
        "content/authors/admin/_index.md": "---\ntitle: Demo Person\nrole: Chief Demo Officer\nsuperuser: true\n"
                                           "organizations:\n  - name: Demo Corp\n---\nA placeholder biography.\n",
        "content/authors/rosa-imbert/_index.md": "---\ntitle: Rosa Imbert\nrole: Soil Scientist\nsuperuser: true\n"
                                                 "organizations:\n  - name: Vale Agronomy Institute\n---\n"
                                                 "I measure carbon in farm soils.\n",
        "content/publication/one/index.md": "---\ntitle: Carbon under cover crops\nauthors:\n  - Rosa Imbert\n"
                                            "  - Tom Ruel\ndate: 2021-03-01\npublication: Soil Letters\n---\n",
    })
    assert p.person.name == "Rosa Imbert"
    assert p.person.job_title == "Soil Scientist"
    assert [a.name for a in p.person.affiliations] == ["Vale Agronomy Institute"]
    assert [x.title for x in p.publications] == ["Carbon under cover crops"]


def test_an_admin_page_saying_it_is_not_the_superuser_yields_to_the_page_that_is(tmp_path):
    # a group's Wowchemy site: the admin page kept the theme's demo person and was marked "superuser: false"; the
    # head's own page says "superuser: true" and files them under the leaders' group: the demo was the owner
    p = imported_site(tmp_path, {
        "config/_default/hugo.yaml": _HUGO_CONFIG,
        "content/authors/admin/_index.md": "---\ntitle: Nelson Bighetti\nrole: Professor of Demo Studies\n"
                                           "superuser: false\nuser_groups: []\n---\nA placeholder biography.\n",
        "content/authors/o.-brandt/_index.md": "---\ntitle: Ola Brandt\nrole: Group Leader\nsuperuser: true\n"
                                               "user_groups:\n  - Principal Investigators\n---\nOla studies ice.\n",
        "content/authors/k.-lunde/_index.md": "---\ntitle: Kai Lunde\nrole: PhD Student\nsuperuser: false\n"
                                              "user_groups:\n  - Grad Students\n---\n",
    })
    assert p.person.name == "Ola Brandt"
    assert p.person.job_title == "Group Leader"



def _author(name: str, role: str, superuser: str, group: str) -> str:
    return f"---\ntitle: {name}\nrole: {role}\n{superuser}user_groups:\n  - {group}\n---\n{name} works here.\n"


@pytest.mark.parametrize("admin, others, owner", [
    # a real admin saying "superuser: false" yields to the one leader ...
    (("Ana Roe", "Lab Manager", "superuser: false\n", "Staff"),
     {"ola": ("Ola Brandt", "Professor", "", "Principal Investigators")}, "Ola Brandt"),
    # review77c hugoA: ... but not when she is filed under the leaders' group herself (beside a co-PI: Bo Orr)
    (("Ana Roe", "Professor of Ecology", "superuser: false\n", "Principal Investigators"),
     {"bo": ("Bo Orr", "Associate Professor", "superuser: false\n", "Principal Investigators")}, "Ana Roe"),
    # hugoB: nor to a student's page that says "superuser: true" (was the student)
    (("Ana Roe", "Professor of Ecology", "superuser: false\n", "Staff"),
     {"kai": ("Kai Lunde", "PhD Student", "superuser: true\n", "Grad Students")}, "Ana Roe"),
    # hugoD: the demo admin yields to the leader before a student superuser (was the student)
    (("Nelson Bighetti", "Professor", "superuser: true\n", "Staff"),
     {"kai": ("Kai Lunde", "PhD Student", "superuser: true\n", "Grad Students"),
      "ola": ("Ola Brandt", "Professor", "", "Principal Investigators")}, "Ola Brandt"),
    # review rr77b #6 hg: a real admin saying "superuser: false" yields to a superuser with a head's role (was Ana Roe)
    (("Ana Roe", "Lab Manager", "superuser: false\n", "Staff"),
     {"kai": ("Ola Brandt", "Professor of Glaciology", "superuser: true\n", "Researchers")}, "Ola Brandt"),
])
def test_an_admin_page_yields_only_to_a_leader_or_for_the_demo_to_a_superuser(tmp_path, admin, others, owner):
    files = {"config/_default/hugo.yaml": _HUGO_CONFIG, "content/authors/admin/_index.md": _author(*admin)}
    files.update({f"content/authors/{slug}/_index.md": _author(*a) for slug, a in others.items()})
    assert imported_site(tmp_path, files).person.name == owner


def _talk(slug: str, title: str, event: str) -> tuple[str, str]:
    return (f"content/talk/{slug}/index.md",
            f"---\ntitle: \"{title}\"\ndate: 2022-06-01\npublication_types: [\"speech\"]\nevent: \"{event}\"\n"
            f"event_url: \"\"\nlocation: \"Online\"\nabstract: \"Contributed talk.\"\n---\n\nContributed talk.\n")


def test_a_hugo_sites_talks_listed_by_a_collection_block_are_not_papers(tmp_path):
    # a Hugo Blox site whose home lists two folders with collection blocks, its papers and its talks; each talk's
    # page names the CSL type of a talk ('speech') and the meeting it was given at (event): the talks were read
    # as papers, a talk on a paper's topic doubling the paper
    home = ("---\ntitle: ''\ntype: landing\nsections:\n  - block: collection\n    content:\n"
            "      title: Recent Publications\n      filters:\n        folders: [publication]\n"
            "  - block: collection\n    content:\n      title: Recent Talks\n      filters:\n        folders: [talk]\n---\n")
    files = dict([
        ("config/_default/hugo.yaml", "title: Rhea Okafor\nbaseURL: https://rhea.example.org/\n"),
        ("content/_index.md", home),
        ("content/authors/admin/_index.md", "---\ntitle: Rhea Okafor\nsuperuser: true\n"
                                            "role: Assistant Professor of Plant Biology\n---\n"),
        ("content/publication/okafor-2022/index.md", "---\ntitle: Leaf pores on both sides\ndate: 2022-02-01\n"
                                                     "authors:\n  - admin\n  - Jon Ek\npublication: '*Plant Notes*'\n"
                                                     "publication_types: ['article-journal']\n---\n"),
        _talk("okafor-2022-botany", "Leaf pores on both sides", "Botany 2022"),
        _talk("okafor-2023-evolution", "Why leaves breathe through both faces", "Evolution 2023"),
    ])
    p = imported_site(tmp_path, files)
    assert [x.title for x in p.publications] == ["Leaf pores on both sides"]


def test_a_hugo_social_table_names_the_owners_profiles_without_a_configured_author(tmp_path):
    # LoveIt/DoIt's "[params.social] GitHub = 'handle'" in a configuration that names no author (the owner is the
    # site's title and home page): the table was read only beside a "[params.author]"
    p = imported_site(tmp_path, {
        "hugo.toml": 'baseURL = "https://nvale.example.org/"\ntitle = "Nora Vale - Kelp Lab"\ntheme = "DoIt"\n\n'
                     '[params]\n  description = "Marine ecologist"\n\n  [params.social]\n'
                     '    GitHub = "noravale"\n    Linkedin = "nora-vale-phd"\n',
        "content/_index.md": "---\ntitle: Home\n---\n\nI am Nora Vale, a marine ecologist at Inland University.\n",
    })
    assert p.person.name == "Nora Vale"
    assert (p.person.identifiers.get("github"), p.person.identifiers.get("linkedin")) == ("noravale", "nora-vale-phd")


def test_a_themes_data_file_of_social_links_names_the_owners_profiles(tmp_path):
    """MemE's ``data/Socials.toml`` (a list of ``[[socials]]``, each an id, an icon and a url), the icons the site's
    header shows: the owner's GitHub and Twitter (before, the file was not read: no GitHub); a profile the
    configuration names is not replaced by the file's."""
    p = imported_site(tmp_path, {
        "config.toml": 'baseURL = "https://example.com/"\ntitle = "Lena Brook"\ntheme = "meme"\n\n'
                       '[author]\n  name = "Lena Brook"\n  twitter = "LenaBrookLit"\n',
        "data/Socials.toml": '[[socials]]\n    id = "rss"\n    url = "/rss.xml"\n    icon = "rss"\n\n'
                             '[[socials]]\n    id = "github"\n    url = "https://github.com/lena-brook"\n'
                             '    icon = "github"\n\n[[socials]]\n    id = "twitter"\n'
                             '    url = "https://twitter.com/someoneelse"\n    icon = "twitter"\n',
        "content/_index.md": "---\ntitle: Home\n---\n\nI am Lena Brook, a lecturer at Inland University.\n",
    })
    assert p.person.identifiers.get("github") == "lena-brook"
    assert p.person.identifiers.get("twitter") == "LenaBrookLit"


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


def test_a_hugo_sites_info_line_gives_the_position_when_the_site_has_a_home_page(tmp_path):
    """hugo-coder's ``[params] info = ["Glaciologist at the Hollin Snow Institute. ..."]``, the line under the
    owner's name on the home page, with an about page as the home: the owner's position and its place. Before, it
    was read only for a site with no home page (the shared readers' configuration), not by the Hugo reader's
    pages site."""
    p = imported_site(tmp_path, {
        "config.toml": 'baseURL = "https://brandt.example.org"\ntitle = "Kai Brandt"\ntheme = "hugo-coder"\n\n'
                       '[params]\nauthor = "Kai Brandt"\ninfo = ["Glaciologist at the Hollin Snow Institute. Keen '
                       'skier and slow cyclist."]\n',
        "content/about.md": "---\ntitle: About\n---\n\nI measure how snow turns to ice on small glaciers.\n"})
    assert p.person.job_title == "Glaciologist"
    assert [(a.name, a.role) for a in p.person.affiliations] == [("Hollin Snow Institute", "Glaciologist")]


def _own_theme_hugo_site(publications: str) -> dict[str, str]:
    """Ivo Lema's Hugo site: a configuration with its address, a home page and ``content/publications.md``
    holding ``publications`` under its front matter."""
    return {"config.toml": 'baseURL = "https://ivolema.example.org/"\ntitle = "Ivo Lema"\n',
            "content/_index.md": "---\ntitle: Home\n---\nI am Ivo Lema, a PhD student at Tarn University.\n",
            "content/publications.md": "---\ntitle: Publications\n---\n\n" + publications}


def test_a_title_line_over_a_list_of_labelled_fields_is_one_paper(tmp_path):
    """A linked title on a line of its own with a list under it ("- Authors: ...", "- Venue: ..., 2024.", a line
    of links), the title's link text running over two lines: one paper with those authors, venue, year and links.
    Before, the title was a line of its own and each field a list item of its own: no paper was read."""
    p = imported_site(tmp_path, _own_theme_hugo_site(
        "## Publications\n\n"
        "[Counting Rivers with Sparse Maps](/paper/2401.01)\n"
        "- Authors: *Ivo Lema* and Ada Roe\n"
        "- Venue: Conference on River Science (CRS), 2024.\n"
        "- [Paper](https://example.org/rivers.pdf) | [Code](https://github.com/ivolema/rivers)\n\n"
        "[Old Harbours of the North: A Survey of\nTidal Records](/paper/2302.01/)\n"
        "- Authors: Bo Kim, *Ivo Lema*, and Cy Park\n"
        "- Venue: Journal of Tides, 2023\n"
        "- [Paper](https://example.org/harbours.pdf)\n"))
    assert sorted((x.title, x.year, x.venue, [a.name for a in x.authors], dict(x.links))
                  for x in p.publications) == [
        ("Counting Rivers with Sparse Maps", 2024, "CRS", ["Ivo Lema", "Ada Roe"],
         {"paper": "https://example.org/rivers.pdf", "code": "https://github.com/ivolema/rivers"}),
        ("Old Harbours of the North: A Survey of Tidal Records", 2023, "Journal of Tides",
         ["Bo Kim", "Ivo Lema", "Cy Park"], {"paper": "https://example.org/harbours.pdf"})]


_NORA_CONFIG = ('baseURL = "https://nora-vell.example.org/"\ntitle = "Nora Vell"\ntheme = "academic"\n\n'
           '[params]\n  name = "Nora Vell"\n  role = "Assistant Professor of Botany"\n')


_NORA_ADMIN = "---\ntitle: Nora Vell\nrole: Assistant Professor of Botany\n---\nNora Vell studies mosses.\n"


def _toml_paper(title: str, year: int, abstract: str = "We count mosses.") -> str:
    return (f'+++\ntitle = "{title}"\ndate = {year}-09-01T00:00:00\nauthors = ["Vell, Nora", "Iris Kemp"]\n'
            f'publication_types = ["2"]\npublication = "In *Moss Letters*"\nabstract = "{abstract}"\n+++\n')


def test_a_hugo_paper_page_with_a_broken_front_matter_stops_only_that_page(tmp_path):
    # one paper page whose TOML no reader can mend: said in unparsed; the site's other papers are still read
    root = write_site(tmp_path / "site", {
        "config.toml": _NORA_CONFIG, "content/authors/admin/_index.md": _NORA_ADMIN,
        "content/publication/mosses.md": _toml_paper("Mosses of the northern bogs", 2019),
        "content/publication/lichens.md": _toml_paper("Lichens on old roofs", 2021),
        "content/publication/broken.md": '+++\ntitle = "Ferns\nauthors = [\n+++\n',
    })
    profile = import_path(root).profile
    assert sorted(p.title for p in profile.publications) == ["Lichens on old roofs", "Mosses of the northern bogs"]
    notes = [u.text for u in profile.unparsed if u.file == "content/publication/broken.md"]
    assert len(notes) == 1 and notes[0].startswith("page not read: front matter is not valid TOML")


def test_bare_double_quotes_inside_a_toml_string_are_read_as_quotes(tmp_path):
    # 'abstract = "the "wet" years"': written by hand; TOML would end the string at the inner quote
    root = write_site(tmp_path / "site", {
        "config.toml": _NORA_CONFIG, "content/authors/admin/_index.md": _NORA_ADMIN,
        "content/publication/mosses.md": _toml_paper("Mosses of the northern bogs", 2019, 'In the "wet" years, moss grew.'),
    })
    pubs = import_path(root).profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [("Mosses of the northern bogs", 2019, "Moss Letters")]


def test_academic_before_v4_shows_the_params_profile_not_a_left_over_author_page(tmp_path):
    config = ('baseURL = "https://nora-vell.example.org/"\ntitle = "Nora Vell"\ntheme = "academic"\n\n[params]\n'
              '  name = "Nora Vell"\n  role = "Assistant Professor of Botany"\n\n[[params.social]]\n'
              '  icon = "github"\n  link = "https://github.com/noravell"\n')
    about = ('+++\nwidget = "about"\nactive = true\n\n[interests]\n  interests = ["Mosses"]\n\n'
             '[[education.courses]]\n  course = "PhD in Botany"\n  institution = "University of Lakeside"\n'
             '  year = 2015\n+++\n\nNora Vell studies mosses.\n')
    admin = ("---\ntitle: Nora Vell\nrole: Endowed Professor of Botany\nsocial:\n- icon: github\n"
             "  link: https://github.com/nvell-old\n---\nNora Vell studies mosses.\n")
    root = write_site(tmp_path / "site", {"config.toml": config, "content/home/about.md": about,
                                          "content/authors/admin/_index.md": admin,
                                          "content/publication/mosses.md": _toml_paper("Mosses of the northern bogs", 2019)})
    person = import_path(root).profile.person
    assert person.identifiers.get("github") == "noravell"
    assert person.job_title == "Assistant Professor of Botany"


def _hugo_data_site(tmp_path: Path, layout: str) -> Path:
    # a Hugo site of its own theme: the papers in data/papers.yaml, the configuration's title the owner's name
    paper = "- authors: \"Roe, J., and {who}\"\n  year: {year}\n  title: \"{title}\"\n  status: \"{status}\"\n"
    return write_site(tmp_path / "site", {
        "hugo.yaml": "baseURL: \"https://example.org/\"\ntitle: \"Hanna de Wit\"\n",
        "content/_index.md": "---\ntitle: Home\n---\n\nI study how rivers move gravel.\n",
        "content/papers/_index.md": "---\ntitle: \"Papers\"\nlayout: \"papers\"\n---\n",
        "layouts/papers/papers.html": layout,
        "data/papers.yaml": "".join(paper.format(who=w, year=y, title=t, status=s) for w, y, t, s in (
            ("H. de Wit", 2024, "Gravel bars after a flood", "current"),
            ("H. de Wit", 2023, "Bedload counted by sound", "current"),
            ("H. de Wit", 2019, "Sediment sorting in braided reaches", "old")))})


def test_a_site_title_with_a_lowercase_particle_names_the_owner_in_full(tmp_path: Path):
    # the records write the owner "H. de Wit"; the configuration's title writes the whole name with its particle
    # in lower case, as such names are written: the owner's name is the configuration's
    layout = "{{ define \"main\" }}<ol>{{ range .Site.Data.papers }}<li>{{ .title }}</li>{{ end }}</ol>{{ end }}\n"
    prof = import_path(_hugo_data_site(tmp_path, layout)).profile
    assert prof.person.name == "Hanna de Wit"


def test_a_hugo_range_over_a_variable_set_to_a_filtered_data_list_shows_its_papers(tmp_path: Path):
    # the layout sets "$old" to the data list filtered by status and ranges over the variable under a second
    # heading: the papers it shows are those of both ranges
    layout = ("{{ define \"main\" }}<h1>Papers</h1><ol>{{ range where .Site.Data.papers \"status\" \"current\" }}"
              "<li>{{ .title }}</li>{{ end }}</ol>\n{{ $old := where .Site.Data.papers \"status\" \"old\" }}\n"
              "{{ if $old }}<h2>Older papers</h2><ol>{{ range $old }}<li>{{ .title }}</li>{{ end }}</ol>{{ end }}"
              "{{ end }}\n")
    pubs = import_path(_hugo_data_site(tmp_path, layout)).profile.publications
    assert sorted(p.title for p in pubs) == [
        "Bedload counted by sound", "Gravel bars after a flood", "Sediment sorting in braided reaches"]


def _hugo_papers_site(tmp_path: Path, papers: dict[str, str]) -> Path:
    # a Hugo Academic site: the owner's author page, one page bundle per paper
    page = "---\ntitle: \"{title}\"\nauthors:\n- admin\n- {other}\ndate: {date}\npublishDate: \"2023-01-03T00:00:00Z\"\n" \
           "publication_types: [\"{kind}\"]\npublication: \"{venue}\"\n---\n"
    files = {"config/_default/config.yaml": "title: \"Ola Berg\"\nbaseurl: \"https://example.org/\"\n",
             "content/authors/admin/_index.md": "---\ntitle: Ola Berg\nrole: Postdoc\n---\n\nI build robot arms.\n"}
    for slug, fields in papers.items():
        files[f"content/publication/{slug}/index.md"] = page.format(**dict(zip(
            ("title", "other", "date", "kind", "venue"), fields.split("|"))))
    return write_site(tmp_path / "site", files)


def test_two_paper_pages_of_one_title_at_two_venues_are_two_works(tmp_path: Path):
    # the same title given to a workshop paper and its conference version, each a page of its own with its own
    # venue and coauthors: two works, as two files of a Jekyll collection are
    d = _hugo_papers_site(tmp_path, {
        "conf2020": "Arm tracking for tired workers|Ivo Lind|\"2020-10-24\"|1|Robotics Conference 2020",
        "work2019": "Arm tracking for tired workers|Pia Moe|\"2020-06-11\"|1|Workshop on Arms 2019"})
    pubs = import_path(d).profile.publications
    assert sorted(p.venue for p in pubs) == ["Robotics Conference", "Workshop on Arms"]


def test_a_paper_pages_day_no_calendar_has_keeps_its_year_and_is_reported(tmp_path: Path):
    # "date: 2019-02-30", and "publishDate: 2022-04-31" on a page with no date: each paper keeps the year (both
    # lost it, and the publishDate's line was not even reported)
    d = _hugo_papers_site(tmp_path, {"conf": "Arm tracking for tired workers|Ivo Lind|2019-02-30|1|Robotics Conference"})
    write_site(d, {"content/publication/pre/index.md": "---\ntitle: \"Soft grippers that learn\"\nauthors:\n- admin\n"
                                                       "publishDate: 2022-04-31\npublication_types: [\"3\"]\n---\n"})
    profile = import_path(d).profile
    assert sorted((p.title, p.date, p.year) for p in profile.publications) == [
        ("Arm tracking for tired workers", "2019", 2019), ("Soft grippers that learn", "2022", 2022)]
    assert {(u.file, u.line, u.text) for u in profile.unparsed} >= {
        ("content/publication/conf/index.md", 6, "date: 2019-02-30"),
        ("content/publication/pre/index.md", 5, "publishDate: 2022-04-31")}


def test_a_paper_page_whose_date_is_written_empty_has_no_year(tmp_path: Path):
    # 'date: ""' on a preprint's page: no date; the page's publishDate (when the page went up) is no year of it
    d = _hugo_papers_site(tmp_path, {
        "pre": "Soft grippers that learn|Ivo Lind|\"\"|3|",
        "conf2020": "Arm tracking for tired workers|Ivo Lind|\"2020-10-24\"|1|Robotics Conference 2020"})
    pubs = {p.title: p for p in import_path(d).profile.publications}
    assert (pubs["Soft grippers that learn"].year, pubs["Soft grippers that learn"].date) == (None, None)
    assert pubs["Arm tracking for tired workers"].year == 2020


_PAPERS_RMD = ("---\ntitle: Publications\n---\n\n"
               "Moss, K., **{me}** (2023). [Soil crusts seen from orbit](https://doi.org/10.1/a). *Remote Sands*, 4.\n\n"
               "**{me}**, Pike, L. (2021). [Dune edges in winter](https://doi.org/10.1/b). *Arid Notes*, 9.\n\n"
               "Tern, O., **{me}**, Moss, K. (2019). [Counting shrubs by drone](https://doi.org/10.1/c). *Field Eyes*, 2.\n")


def test_a_blogdown_home_page_is_read_as_the_site_home_not_as_a_partial(tmp_path):
    # blogdown writes Hugo's home page as content/_index.Rmd: a section index, no partial a page pulls in
    profile = imported_site(tmp_path / "site", {
        "_index.Rmd": "---\ntitle: Jana Lind\n---\n\nI am a Research Fellow at Lakeside University.\n",
        "publications.Rmd": _PAPERS_RMD.format(me="Lind, J."),
    })
    assert [a.name for a in profile.person.affiliations] == ["Lakeside University"]
    assert not [u for u in profile.unparsed if u.file == "_index.Rmd" and "partial" in u.text]


def test_the_owner_named_only_in_the_home_pages_front_matter_is_named_in_full(tmp_path):
    # the papers bold the owner as "Lind, J."; the theme shows the home page's "subheading:" under its heading,
    # the one place the name is written out
    profile = imported_site(tmp_path / "site", {
        "_index.Rmd": "---\ntitle: About\nsubheading: Jana Lind – soil, sand and satellites\n---\n\n"
                     "I study dry land from above.\n",
        "publications.Rmd": _PAPERS_RMD.format(me="Lind, J."),
    })
    assert profile.person.name == "Jana Lind"


def test_hugo_bundles_written_as_index_markdown_and_r_markdown(tmp_path: Path):
    # blogdown renders index.Rmarkdown to the index.markdown beside it (one paper, read once); a bundle with only
    # its index.Rmd source is read from it; a page written "about.markdown" is a page as "about.md" is
    paper = ('---\ntitle: "{title}"\nauthors: ["Pell O.", "Stroud K."]\npublication: "Journal of Lakes"\n'
             'date: 2021-03-01\n---\n\nAbstract text.\n')
    d = write_site(tmp_path / "site", {
        "config.toml": 'baseURL = "https://opell.example.org/"\ntitle = "Odile Pell"\n',
        "content/_index.md": "---\ntitle: Odile Pell\n---\n\nI study lakes.\n",
        "content/publication/_index.md": "---\ntitle: Publications\n---\n",
        "content/publication/one/index.Rmarkdown": paper.format(title="Reeds along the shore"),
        "content/publication/one/index.markdown": paper.format(title="Reeds along the shore"),
        "content/publication/two/index.Rmd": paper.format(title="Winter ice on small lakes"),
        "content/publication/three/index.md": paper.format(title="Fish of the upper pond"),
    })
    pubs = import_path(d).profile.publications
    assert sorted(p.title for p in pubs) == ["Fish of the upper pond", "Reeds along the shore",
                                            "Winter ice on small lakes"]


def test_a_hugo_author_title_with_honorific_and_nickname(tmp_path: Path):
    d = write_site(tmp_path / "hg", {
        "config.toml": 'baseURL = "https://example.org/"\ntitle = "Site"\n',
        "content/authors/admin/_index.md": "---\ntitle: Dr. Wenjie (Sky) Hao\nsuperuser: true\n---\n\nI teach.\n",
    })
    p = import_path(d).profile.person
    assert (p.name, p.alternate_names) == ("Wenjie Hao", ["Sky Hao"])


def test_a_hugo_paper_gives_its_doi_link_beside_a_data_sets_doi_address(tmp_path):
    """A Hugo paper page with 'doi: 10.5555/moss.7' and 'url_dataset: https://doi.org/10.5061/dryad.x1' (the data
    set's own DOI): the theme's DOI button is the paper's DOI link. Before, any doi.org address among the links was
    taken for the paper's DOI link, so the paper had none."""
    config = ('baseURL = "https://nora-vell.example.org/"\ntitle = "Nora Vell"\ntheme = "academic"\n\n'
              '[params]\n  name = "Nora Vell"\n')
    root = write_site(tmp_path / "site", {
        "config.toml": config,
        "content/authors/admin/_index.md": "---\ntitle: Nora Vell\nrole: Botanist\n---\nNora Vell studies mosses.\n",
        "content/publication/mosses/index.md": (
            "---\ntitle: Mosses of the northern bogs\ndate: 2021-09-01\nauthors: [Nora Vell, Iris Kemp]\n"
            "publication_types: ['2']\npublication: Moss Letters\ndoi: '10.5555/moss.7'\n"
            "url_dataset: 'https://doi.org/10.5061/dryad.x1'\n"
            "url_pdf: https://publisher.example.org/doi/10.5555/moss.7\n---\n"),
    })
    pub = import_path(root).profile.publications[0]
    assert pub.links.get("doi") == "https://doi.org/10.5555/moss.7"
    assert "https://doi.org/10.5061/dryad.x1" in pub.links.values()


def test_profile_links_a_hugo_home_template_writes_out_in_a_partial_give_the_identifiers(tmp_path):
    # a hand-made Hugo theme: layouts/index.html pulls in a sidebar partial whose links to the owner's profiles are
    # written out in the template ("<a href=https://orcid.org/... rel=me>"), nowhere in the configuration
    profile = imported_site(tmp_path / "site", {
        "config.yaml": "title: Siri Lund\nparams:\n  author:\n    name: Siri Lund\n    email: siri@example.org\n",
        "content/_index.md": "---\ntitle: Home\n---\nI am a botanist who studies moss and peat in cold places.\n",
        "layouts/index.html": "{{ define \"main\" }}\n<div>{{ .Content }}</div>\n"
                              "{{ partial \"home-sidebar.html\" . }}\n{{ end }}\n",
        "layouts/partials/home-sidebar.html": "<ul>\n<li><a href=\"/bio/\">Biography</a></li>\n"
                                              "<li><a href=\"https://github.com/sirilund\" rel=\"me\">GitHub</a></li>\n"
                                              "<li><a href=\"https://orcid.org/0000-0002-1825-0097\" rel=\"me\">ORCID"
                                              "</a></li>\n</ul>\n",
        "layouts/partials/unused.html": "<a href=\"https://github.com/someone-else\">GitHub</a>\n",
    })
    ids = profile.person.identifiers
    assert (ids.get("github"), ids.get("orcid")) == ("sirilund", "0000-0002-1825-0097")


def test_profile_links_a_hugo_base_template_writes_in_its_header_give_the_identifiers(tmp_path):
    # a site's own layouts: the base template every page is set in (layouts/_default/baseof.html) writes the owner's
    # profiles in its top bar, and pulls in a footer partial with one more; the configuration names no one and no
    # profile (they were lost: only layouts/index.html and its partials were read)
    files = {"config.toml": 'baseURL = "https://quilltom.com/"\ntitle = "Tom\'s Homepage"\n',
             "content/_index.md": "---\ndraft: false\n---\n\nI'm a research engineer at Loomware.\n",
             "layouts/_default/baseof.html": "<html><body><header><div class=\"topbar-title\">Dr. Thomas Rask</div>\n"
             "<a href=\"https://github.com/tomrask\"><i class=\"fa fa-github\"></i></a>\n"
             "<a href=\"https://www.linkedin.com/in/thomas-rask-123/\"><i class=\"fa fa-linkedin\"></i></a>\n"
             "</header>{{ block \"main\" . }}{{ end }}{{ partial \"footer.html\" . }}</body></html>\n",
             "layouts/partials/footer.html": "<a href=\"https://twitter.com/quilltom\">Twitter</a>\n"}
    for slug, title in {"a": "Loop Fusion Without Tears", "b": "Borrowing Checked Twice"}.items():
        files[f"content/publications/{slug}.md"] = (f'---\ndate: 2020-01-01\ntitle: "{title}"\n'
                                                    'authors: "Thomas Rask and Ivo Lind"\n'
                                                    'booktitle: "Workshop on Gentle Compilers"\n---\n')
    files["content/publications/c.md"] = ('---\ndate: 2021-01-01\ntitle: "A Quill for Every Loop"\n'
                                          'authors: "Thomas Rask"\nbooktitle: "Workshop on Gentle Compilers"\n---\n')
    profile = imported_site(tmp_path / "site", files)
    assert profile.person.name == "Thomas Rask"
    ids = profile.person.identifiers
    assert (ids.get("github"), ids.get("linkedin"), ids.get("twitter")) == ("tomrask", "thomas-rask-123", "quilltom")


def test_a_hugo_folder_of_posters_beside_the_papers_holds_no_papers(tmp_path: Path):
    # the home page lists content/publication/ under "Publications" and content/meetings/ under "Meetings": each
    # meeting page names the meeting as its "publication" and gives a poster or a recording, no paper (no pdf, no
    # DOI, no publication type): posters shown at meetings, not papers
    poster = ("---\ntitle: \"{title}\"\nauthors:\n- admin\n- Tove Ek\ndate: \"2024-0{n}-10\"\n"
              "publication: \"*Meeting of the Frost Society* (MFS)\"\n{link}\n---\n")
    pubs = imported_site(tmp_path / "site", {
        "config/_default/hugo.yaml": "title: Mira Holt\nbaseURL: 'https://mholt.example.org/'\n",
        "content/authors/admin/_index.md": "---\ntitle: Mira Holt\nrole: Soil Scientist\n---\n",
        "content/_index.md": ("---\ntitle: ''\ntype: landing\nsections:\n"
                              "- block: collection\n  content:\n    title: Publications\n"
                              "    filters:\n      folders:\n      - publication\n"
                              "- block: collection\n  content:\n    title: Meetings\n"
                              "    filters:\n      folders:\n      - meetings\n---\n"),
        "content/publication/p1/index.md": ("---\ntitle: \"Needle ice and the lifting of stones\"\nauthors:\n- admin\n"
                                            "date: 2023-04-01\npublication: '*Soil Letters*'\n"
                                            "publication_types: [\"article-journal\"]\n---\n"),
        "content/meetings/m1/index.md": poster.format(title="Frost heave measured weekly", n=3,
                                                      link="url_poster: poster/m1.pdf"),
        "content/meetings/m2/index.md": poster.format(title="Stone circles seen from a drone", n=5,
                                                      link="url_video: poster/m2.mp4"),
    }).publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones"]


def _import(root: Path):
    from kg.importers import import_path

    return import_path(root).profile


def _papermod(tmp_path: Path, papers: dict[str, str]) -> Path:
    from tests.importers.sitefiles import write_site

    return write_site(tmp_path / "site", {
        "config.yml": ("baseURL: https://ivovarga.example.org/\ntitle: Ivo Varga\ntheme: PaperMod\nparams:\n"
                       "  author: Ivo Varga\n  profileMode:\n    enabled: true\n    title: Ivo Varga\n"
                       "    subtitle: \"I am a professor of economics at the University of Nevada, Reno. I study idle"
                       " capacity.\"\n  socialIcons:\n    - name: YouTube\n      url: https://www.youtube.com/@ivovarga\n"),
        "content/papers/_index.md": "---\ntitle: Papers\n---\n",
        **{f"content/papers/{k}": v for k, v in papers.items()},
    })


def test_a_papermod_paper_page_names_its_venue_by_the_text_of_its_doi_link(tmp_path):
    # the fork's "editPost" (the theme's "suggest changes" link) holds the paper's DOI and, as its text, where the
    # paper appeared, often a short name; "url: /1/" is the address Hugo publishes the page at, no paper link
    site = _papermod(tmp_path, {
        "1.md": ("---\ntitle: \"Idle Rooms in Quiet Hotels\"\ndate: 2016-04-01\nurl: /1/\nauthor: [Ivo Varga, Lea Holm]\n"
                 "editPost:\n    URL: https://doi.org/10.1000/slow.2016.1\n    Text: \"Slow Econ\"\n---\n\n"
                 "+ [Paper](/1.pdf)\n+ [Code and data](https://github.com/ivovarga/hotels)\n\n"
                 "##### Figure 1: Empty rooms by season\n\n![Empty rooms by season](/1a.png)\n\n"
                 "##### Related material\n\n+ [Plain-language summary](https://blog.example.org/hotels)\n"
                 "+ [Radio interview](https://radio.example.org/ep12)\n"
                 "+ [Working paper (2014)](https://wp.example.org/w1.pdf) - An earlier version with a second model.\n"),
        "2.md": ("---\ntitle: \"Counting Vacancies Early\"\ndate: 2024-02-01\nurl: /2/\nauthor: [Ivo Varga]\n"
                 "editPost:\n    URL: https://doi.org/10.48550/arXiv.2402.00001\n    Text: \"arXiv\"\n---\n\n"
                 "+ [Paper](/2.pdf)\n"),
    })
    prof = _import(site)
    pubs = {p.title: p for p in prof.publications}
    hotels, vacancies = pubs["Idle Rooms in Quiet Hotels"], pubs["Counting Vacancies Early"]
    assert hotels.venue == "Slow Econ" and vacancies.venue == "arXiv"
    assert hotels.links["doi"] == "https://doi.org/10.1000/slow.2016.1"
    assert hotels.links["paper"] == "https://ivovarga.example.org/1.pdf"
    # links the page names by labels of no known kind keep them; a second paper link is one more link
    assert hotels.links["plain_language_summary"] == "https://blog.example.org/hotels"
    assert hotels.links["radio_interview"] == "https://radio.example.org/ep12"
    assert [x.url for x in hotels.more_links] == ["https://wp.example.org/w1.pdf"]
    assert not any(u.endswith(".png") for u in hotels.links.values())  # a figure is no link of the paper's
    # the campus of a state's university is part of its name; a YouTube handle is a profile
    assert [a.name for a in prof.person.affiliations] == ["University of Nevada, Reno"]
    assert prof.person.identifiers["youtube"] == "@ivovarga"


def _hugo_lab(tmp_path: Path) -> Path:
    from tests.importers.sitefiles import write_site

    def member(slug: str, name: str, role: str, group: str) -> tuple[str, str]:
        return (f"content/authors/{slug}/_index.md",
                f"---\ntitle: {name}\nrole: {role}\nuser_groups:\n  - {group}\n---\n")

    return write_site(tmp_path / "site", dict([
        ("config/_default/hugo.yaml", "title: Marit Olsen\nbaseURL: https://olsenlab.example.org/\n"),
        ("content/authors/admin/_index.md",
         "---\ntitle: Marit Olsen\nrole: Associate Professor\nsuperuser: true\norganizations:\n"
         "  - name: Lakeside University\nuser_groups:\n  - Principal Investigator\n---\n\nMarit studies speech.\n"),
        ("content/people/people.md",
         "---\nwidget: people\nheadless: true\ntitle: Team\ncontent:\n  user_groups:\n    - Principal Investigator\n"
         "    - Postdocs\n    - PhD students\n    - MA students\n---\n"),
        member("ada-berg", "Ada Berg", "PhD student", "PhD students"),
        member("bo-lind", "Bo Lind", "MA student", "MA students"),
        member("cy-holm", "Cy Holm", "Postdoctoral Researcher", "Postdocs"),
        member("di-nord", "Di Nord", "PhD student", "alumni"),
        ("content/publication/olsen-2025/index.md",
         "---\ntitle: Rhythm in whispered speech\ndate: 2025-01-01\npublishDate: 2017-01-01\nauthors:\n  - Kai Ruud\n"
         "  - (...et al)\n  - admin\n  - (...et al.)\n  - ada-berg\npublication: 'In *Speech Notes 2024* (ed. J. Lee and"
         " R. Roe), 1-14'\npublication_types: ['1']\n---\n"),
    ]))


def test_a_hugo_lab_site_shows_its_students_by_the_people_section_and_roles(tmp_path):
    # the people widget shows four groups: the postdoc is shown but no student, the member filed under "alumni"
    # (a group the widget does not show) is on no team page of the site
    prof = _import(_hugo_lab(tmp_path))
    assert [s.name for s in prof.students] == ["Ada Berg", "Bo Lind"]


def test_pseudo_authors_standing_for_names_left_out_and_a_books_editors(tmp_path):
    # "(...et al)" between names stands for people left out, no author; the editors after a book are no venue
    pub = _import(_hugo_lab(tmp_path)).publications[0]
    assert [a.name for a in pub.authors] == ["Kai Ruud", "Marit Olsen", "Ada Berg"]
    assert pub.authors_truncated and pub.venue == "Speech Notes"


def _member(slug: str, name: str, role: str, group: str, orgs: str = "") -> tuple[str, str]:
    return (f"content/authors/{slug}/_index.md",
            f"---\ntitle: {name}\nrole: {role}\nuser_groups:\n  - {group}\n{orgs}---\n\n{name} works on rivers.\n")


_GROUP_HOME = (
    "---\ntitle:\ntype: landing\nsections:\n  - block: markdown\n    content:\n      title: River Data Project\n"
    "      text: We build open tools for river gauges.\n"
    "  - block: people\n    content:\n      user_groups:\n        - Principal Investigators\n        - Researchers\n"
    "  - block: collection\n    content:\n      title: News\n      count: 3\n      page_type: post\n"
    "      filters:\n        author: ''\n    design:\n      view: compact\n---\n")


def _group_site() -> dict[str, str]:
    return dict([
        ("config/_default/hugo.yaml", "title: RIVDAT\nbaseURL: https://rivdat.example.org/\n"),
        ("config/_default/params.yaml", "marketing:\n  seo:\n    site_type: Organization\n"
                                        "    org_name: 'RIVDAT - River Data Project'\n"),
        ("content/_index.md", _GROUP_HOME),
        _member("ana-lind", "Ana Lind", "Professor at Delta Water Institute (DWI)", "Principal Investigators",
                "organizations:\n- name: DWI\n  url: https://dwi.example.org\n"),
        _member("bo-kers", "Bo Kers", "Professor and Department Head, DWI", "Principal Investigators",
                "organizations:\n- name: Fenwick University\n- name: DWI\n"),
        _member("cy-moss", "Cy Moss", "PhD Student", "Researchers"),
        _member("di-rowe", "Di Rowe", "Senior Researcher", "Researchers"),
        ("content/post/gauges/index.md", "---\ntitle: Two papers on gauges accepted\ndate: 2024-05-02\n"
                                         "draft: false\n---\n\nBoth papers will be shown in June.\n"),
        ("content/post/demo/index.md", "---\ntitle: A theme's demo post\ndate: 2020-01-01\ndraft: true\n---\n\n"
                                       "Lorem ipsum.\n"),
        ("content/publication/moss-2024/index.md", "---\ntitle: Cheap river gauges\ndate: 2024-03-01\nauthors:\n"
                                                   "  - Cy Moss\n  - Bo Kers\npublication: '*Water Notes*'\n"
                                                   "publication_types: ['2']\n---\n"),
    ])


def test_a_group_site_that_two_leaders_lead_is_the_groups_own(tmp_path):
    """A Hugo Blox group site with no superuser or admin page, whose member pages file two people under
    "Principal Investigators" (one of them a "Department Head" elsewhere): the site is the group's, named as its
    configuration names the organization, and no author of its papers is its owner. Before, the one whose role
    said "Head" was taken for the owner."""
    p = imported_site(tmp_path, _group_site())
    assert (p.person.name, p.person.alternate_names) == ("RIVDAT - River Data Project", ["RIVDAT"])
    assert p.person.email is None
    # the organization both leaders' pages list, written out as a leader's role writes it
    assert [(a.name, a.url) for a in p.person.affiliations] == [
        ("Delta Water Institute (DWI)", "https://dwi.example.org")]
    (pub,) = p.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("Cy Moss", False), ("Bo Kers", False)]


def test_a_group_site_with_one_leader_is_still_that_leaders(tmp_path):
    """The same site with one member filed under "Principal Investigators": that member heads it and owns it."""
    files = _group_site()
    files.update([_member("ana-lind", "Ana Lind", "Professor at Delta Water Institute (DWI)", "Researchers")])
    p = imported_site(tmp_path, files)
    assert p.person.name == "Bo Kers"


def test_a_senior_researcher_is_no_student(tmp_path):
    """'role: Senior Researcher' in a group whose name says researchers: a member of the group's staff, no
    student (before, the group's name made every researcher a student)."""
    p = imported_site(tmp_path, _group_site())
    assert [s.name for s in p.students] == ["Cy Moss"]


def test_the_posts_a_news_block_lists_are_the_news(tmp_path):
    """The home page's collection block titled News lists the posts (``page_type: post``): each post is a news
    item, a draft none. Before, the posts were skipped as a blog's."""
    p = imported_site(tmp_path, _group_site())
    assert [(n.date, n.text) for n in p.news] == [
        ("2024-05-02", "Two papers on gauges accepted: Both papers will be shown in June.")]


def test_a_hugo_link_key_typed_inside_a_links_entry_is_that_link(tmp_path):
    """'links: [{name: Link, url: <abstract page>, url_pdf: <pdf>}]': the pdf key of Hugo's own links written inside
    the entry of the links list. Before, only the entry's url was read and the PDF was lost."""
    p = imported_site(tmp_path, {
        "config/_default/config.yaml": "title: Lina Sabet\nbaseURL: https://lsabet.example.org/\n",
        "content/authors/admin/_index.md": "---\ntitle: Lina Sabet\nsuperuser: true\n---\n\nLina builds sensors.\n",
        "content/publication/grip/index.md": ("---\ntitle: Grip force from cheap sensors\ndate: 2021-09-02\nauthors:\n"
                                              "  - Omid Rahimi\n  - admin\nlinks:\n - name: Link\n"
                                              "   url: https://arxiv.org/abs/2109.01234\n"
                                              "   url_pdf: https://arxiv.org/pdf/2109.01234.pdf\n"
                                              "publication: Sensor Letters\npublication_types: ['2']\n---\n")})
    (pub,) = p.publications
    assert pub.links["pdf"] == "https://arxiv.org/pdf/2109.01234.pdf"
    assert "https://arxiv.org/abs/2109.01234" in pub.links.values()


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


def _apero(home_front: str, **extra) -> dict[str, str]:
    return {"config.toml": 'baseURL = "https://tarmo.example.org/"\ntitle = "Tarmo Lepp"\ntheme = "hugo-apero"\n',
            "content/_index.md": f"---\ntitle: \"Tarmo Lepp\"\n{home_front}type: home\n---\n\n** index doesn't contain "
                                 "a body, just front matter above.\nSee index.html in the layouts folder **\n",
            "content/about/main/index.md": "---\ntitle: \"\"\nshow_intro: false\nshow_outro: false\n---\n", **extra}


def test_a_themes_note_to_the_author_is_no_bio(tmp_path):
    # "** index doesn't contain a body, just front matter above. See index.html in the layouts folder **": the
    # theme's note in a page its layout does not show (it was the owner's description)
    profile = imported_site(tmp_path / "site", _apero('subtitle: "Geologist"\n'))
    assert profile.person.description is None
    assert not [u for u in profile.unparsed if "layouts folder" in u.text]


def test_an_apero_home_description_and_about_header_body_are_the_bio(tmp_path):
    # hugo-apero shows the home's "description" under the name, and the about header bundle's body under its
    # headline: the owner's position and place (neither was read: the header has no key the bundles were known by)
    header = {"content/about/header/index.md": "---\nheadline: |\n  Tarmo Lepp\n---\n\nI am the Lind Professor in "
                                               "the [Department of Geology](https://example.org/geo) at the [University"
                                               " of Tartu](https://example.org/ut).\n\n## Research\n\n- **Sand**: grains\n"}
    person = imported_site(tmp_path / "a", _apero("", **header)).person
    assert person.job_title == "Lind Professor"
    assert [(a.name, a.department) for a in person.affiliations] == [("University of Tartu", "Department of Geology")]
    said = 'description: "I am a Senior Lecturer in the Department of Physics at Stone University."\n'
    sidebar = {"content/about/sidebar/index.md": "---\nauthor: \"Tarmo Lepp\"\n---\n"}
    person = imported_site(tmp_path / "b", _apero(said, **sidebar)).person
    assert person.job_title == "Senior Lecturer"
    assert [(a.name, a.department) for a in person.affiliations] == [("Stone University", "Department of Physics")]
    assert person.description == "I am a Senior Lecturer in the Department of Physics at Stone University."


_DEMO_CONFIG = """baseURL = "https://tova-brink.example.org/"
title = "Hugo Apéro"
author = "Pella Demoson"
theme = "hugo-apero"

[params]
  orgName = "Theme Makers"
"""


_DEMO_HOME = """---
title: "Tova Brink"
subtitle: "Professor. Gardener."
type: home
---

** index doesn't contain a body, just front matter above. **
"""


_PUBS_PAGE = """---
title: Publications
author: "Tova Brink"
---

View publications:
- [By year](/papers/brink.html)
- [By topic](/papers/brink-topic.html)
"""


_BIBTEX2HTML = """<html><head><title>Publication</title></head><body>
<h2>Tova Brink's Publications</h2>
<h3>2021</h3>
<table>
<tr valign="top"><td align="right" class="bibtexnumber">[<a name="b21">1</a>]</td>
<td class="bibtexitem"><b>Moss on Northern Roofs</b>.
 Tova Brink and Ivo Sand.
 In <em>Proceedings of the Roof Conference</em>, May 2021.
</td></tr>
</table>
<h3>2019</h3>
<table>
<tr valign="top"><td align="right" class="bibtexnumber">[<a name="s19">1</a>]</td>
<td class="bibtexitem"><b>Lichen Counts in Wet Years</b>.
 Ivo Sand, Tova Brink, and Ada Lund.
 <em>Journal of Small Plants</em>, 4(2):1--9, 2019.
</td></tr>
<tr valign="top"><td align="right" class="bibtexnumber">[<a name="b19">2</a>]</td>
<td class="bibtexitem"><b>A Field Guide to Wall Ferns</b>.
 Tova Brink.
 Technical Report 12, Fern Institute, 2019.
</td></tr>
</table>
</body></html>
"""


def _demo_hugo_site(tmp_path, **extra):
    return write_site(tmp_path, {
        "config.toml": _DEMO_CONFIG,
        "content/_index.md": _DEMO_HOME,
        "content/publication/_index.md": _PUBS_PAGE,
        "static/papers/brink.html": _BIBTEX2HTML,
        **extra,
    })


def test_a_hugo_configs_demo_author_the_pages_never_write_is_not_the_owner(tmp_path):
    # the configuration keeps the theme's demo author; the home page is titled with the owner's name and the
    # site's pages never write the demo author's: the title names the owner
    assert import_path(_demo_hugo_site(tmp_path)).profile.person.name == "Tova Brink"


def test_a_hugo_configs_author_the_pages_write_stays_the_owner(tmp_path):
    # (a home page titled otherwise, while the pages write the configuration's author: the author is the owner)
    page = _PUBS_PAGE.replace('author: "Tova Brink"', 'author: "Pella Demoson"')
    profile = import_path(_demo_hugo_site(tmp_path, **{"content/publication/_index.md": page})).profile
    assert profile.person.name == "Pella Demoson"


def test_a_papers_page_that_links_a_bibtex2html_list_in_static_reads_it(tmp_path):
    # "content/publication/_index.md" only links "/papers/brink.html", which Hugo serves from "static/": the list
    # is read (the second ordering it links, absent here, would be the same works again)
    pubs = import_path(_demo_hugo_site(tmp_path)).profile.publications
    assert [(p.title, p.year) for p in pubs] == [("Moss on Northern Roofs", 2021),
                                                 ("Lichen Counts in Wet Years", 2019),
                                                 ("A Field Guide to Wall Ferns", 2019)]
    assert [a.name for a in pubs[1].authors] == ["Ivo Sand", "Tova Brink", "Ada Lund"]


def _academic_site(contact_active: str = "false") -> dict[str, str]:
    """A Hugo Academic site of Ada Lind: the author page, the configuration's params (the theme's sample contact
    address left in), the home page's contact widget (switched on or off) and one paper."""
    return {
        "config/_default/config.toml": 'baseurl = "https://adalind.example.org/"\ntitle = "Ada Lind"\n',
        "config/_default/params.toml": ('email = "sample@example.org"\nphone = "000 000 00 00"\n'
                                        'address = {street = "1 Sample Way", city = "Sampletown"}\n'),
        "content/home/contact.md": ('+++\nwidget = "contact"\nheadless = true\nactive = ' + contact_active
                                    + '\nweight = 130\ntitle = "Contact"\n+++\n'),
        "content/authors/admin/_index.md": (
            "---\nname: Ada Lind\nauthors:\n- admin\nsuperuser: true\nrole: Assistant Professor\norganizations:\n"
            "- name: Department of Tides\n  url: https://tides.example.edu/\n- name: University of Northfield,\n"
            "  url: https://northfield.example.edu/\n- name: East Campus\n  url: https://northfield.example.edu/\n"
            "---\n\nAda Lind studies how tides move sand.\n"),
        "content/publication/lind-2019/index.md": (
            '---\ntitle: "Sand Ripples Under Slow Currents"\ndate: 2019-06-01\n'
            'authors: ["Bo Roe*", "admin*", "Cy Kim"]\npublication_types: ["2"]\npublication: "*Coast Letters*"\n'
            "links:\n  - name: PDF\n    url: 'https://coast.example.org/articles/12'\n"
            "  - name: PREPRINT\n    url: 'https://preprints.example.org/12v1'\n"
            "  - name: DATA\n    url: 'https://data.example.org/ripples'\n"
            "  - name: SUMMARY\n    url: 'https://coast.example.org/articles/12#summary'\n---\n")}


def test_the_contact_details_of_a_switched_off_contact_widget_are_no_ones(tmp_path):
    """A Hugo Academic site whose home page switches its contact widget off (``active = false``) while the
    configuration's params keep the theme's sample email and address: those are shown nowhere, so they are not the
    owner's. Before, the sample address was read as the owner's email."""
    p = imported_site(tmp_path / "off", _academic_site("false"))
    assert p.person.email is None and p.person.location is None
    p = imported_site(tmp_path / "on", _academic_site("true"))
    assert p.person.email == "sample@example.org"


def test_an_organization_whose_name_ends_in_a_comma_goes_on_in_the_next(tmp_path):
    """``organizations: [University of Northfield,] [East Campus]``: the comma says the name goes on in the next
    entry, one organization "University of Northfield, East Campus". Before, they were two affiliations."""
    p = imported_site(tmp_path, _academic_site())
    assert [a.name for a in p.person.affiliations] == ["Department of Tides", "University of Northfield, East Campus"]


def test_stars_written_after_the_names_of_a_hugo_paper_are_marks(tmp_path):
    """``authors: ["Bo Roe*", "admin*", "Cy Kim"]``: the stars on the first two names mark equal contribution (the
    names without them). Before, the stars were dropped with no mark."""
    p = imported_site(tmp_path, _academic_site())
    [pub] = p.publications
    assert [(a.name, a.marks) for a in pub.authors] == [("Bo Roe", ["equal_contribution"]),
                                                        ("Ada Lind", ["equal_contribution"]), ("Cy Kim", [])]


def test_a_third_link_of_no_kind_of_a_hugo_paper_is_kept(tmp_path):
    """A Hugo paper's link buttons "PREPRINT", "DATA" and "SUMMARY" after its PDF: each is kept, the first of no
    kind of its own in the "other" slot, the next in the slot its label names. Before, a link of no kind after
    "other" was taken was lost."""
    p = imported_site(tmp_path, _academic_site())
    [pub] = p.publications
    assert "https://coast.example.org/articles/12#summary" in pub.links.values()
    assert "https://preprints.example.org/12v1" in pub.links.values()


HANDLES_CONFIG = """title = "Corentin Vaillard"
baseURL = "https://vaillard.example.org/"

[params]
firstName = "Corentin"
lastName = "Vaillard"

[[params.handles]]
link = "mailto:corentin@vaillard.example.org"
name = "Mail"

[[params.handles]]
link = "https://github.com/cvaillard"
name = "Github"

[[params.handles]]
link = "https://scholar.google.com/citations?user=AbCdEfGhIjkL&hl=en"
name = "GoogleScholar"
"""


def test_hugo_params_handles_name_the_owners_profiles(tmp_path):
    # hugo-resume keeps the owner's profiles in "[[params.handles]]" (a name and a link each)
    site = _write(tmp_path, {
        "config.toml": HANDLES_CONFIG,
        "content/_index.md": "---\ntitle: Home\n---\n\nI build network probes at a telecom company in Lyon.\n",
    })
    person = import_path(site).profile.person
    assert person.identifiers.get("github") == "cvaillard"
    assert person.identifiers.get("google_scholar") == "AbCdEfGhIjkL"
    assert person.email == "corentin@vaillard.example.org"


PROFILE_CONFIG = """baseURL: "https://mk.example.org"
title: "mkay"
theme: "hugo-profile"
params:
  title: "mkay"
  hero:
    enable: true
    intro: "Hi, I am"
    title: "mkay aka KK"
    socialLinks:
      fontAwesomeIcons:
        - icon: fab fa-orcid
          url: https://orcid.org/0000-0002-1825-0097
        - icon: fab fa-github
          url: https://github.com/mkay-lab
      customIcons:
        - icon: /images/lab_logo.png
          url: "https://lab.example.org"
  about:
    enable: true
    content: |-
      I study how coral reefs recover after bleaching.
  experience:
    enable: true
    items:
      - job: "Reef Program Lead"
        company: "MRT"
        date: "2023-present"
        featuredLink:
          enable: true
          name: "Marine Recovery Trust"
          url: "https://mrt.example.org"
      - job: "Graduate Student"
        company: "Harbor University"
        date: "2017-2022"
  education:
    enable: true
    items:
      - title: "Doctor of Philosophy in Marine Ecology"
        school:
          name: "Harbor University, Canada"
        date: "2017-2022"
        content: |-
          Supervisors
            - Prof. Lena Ostrova (Harbor University)
            - Dr. Paulo Viana
  achievements:
    enable: true
    items:
      - title: Young Reef Scientist Prize
        content: Awarded in 2021 by the reef society.
      - title: Travel Grant
        content: For fieldwork (2019).
  contact:
    enable: true
    email: mkay@example.org
"""


PROFILE_PUBS = """---
title: Publications
---

## Articles

Ruiz A, **Kay M**, Osei B. 2023. Coral recovery after marine heatwaves. *Reef Ecology*. **4**(2):1-9. <a href="https://doi.org/10.1000/re.1">10.1000/re.1</a>

**Kay M**, Ostrova L. 2021. Bleaching thresholds of branching corals. *Marine Letters*, **12**:33-40. <a href="https://doi.org/10.1000/ml.2">10.1000/ml.2</a>

Kay J, Ruiz A, **Kay M**. 2020. Larval settlement on restored reefs. *Ocean Biology*, **7**:1-5. <a href="https://doi.org/10.1000/ob.3">10.1000/ob.3</a>
"""


def test_a_hugo_profile_theme_site_reads_its_home_from_the_configuration(tmp_path):
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "config.yaml").write_text(PROFILE_CONFIG, encoding="utf-8")
    (site / "content" / "publications.md").write_text(PROFILE_PUBS, encoding="utf-8")
    prof = import_path(site).profile
    p = prof.person
    # the hero's title is a nickname: the owner is the author the papers set in bold
    assert p.name == "Kay M"
    assert p.job_title == "Reef Program Lead"
    # "MRT", its featured link named "Marine Recovery Trust": the acronym spelled out
    assert [(a.name, a.current) for a in p.affiliations] == [("Marine Recovery Trust", True),
                                                              ("Harbor University", False)]
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Doctor of Philosophy", "Marine Ecology", "Harbor University", 2022)]
    assert p.advisors == ["Lena Ostrova", "Paulo Viana"]
    assert (p.email, p.identifiers) == ("mkay@example.org", {"orcid": "0000-0002-1825-0097", "github": "mkay-lab"})
    assert p.links["orcid"] == "https://orcid.org/0000-0002-1825-0097" and "lab_logo.png" not in p.links
    assert [(a.name, a.year) for a in prof.awards] == [("Young Reef Scientist Prize", 2021), ("Travel Grant", 2019)]
    assert [[a.is_self for a in x.authors] for x in prof.publications] == [
        [False, True, False], [True, False], [False, False, True]]


def _profile_person(tmp_path, config: str):
    """The person of a hugo-profile site of ``config`` and its publications page."""
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "config.yaml").write_text(config, encoding="utf-8")
    (site / "content" / "publications.md").write_text(PROFILE_PUBS, encoding="utf-8")
    return import_path(site).profile.person


def test_a_hugo_profile_experience_item_naming_a_degree_as_its_company_is_a_degree(tmp_path):
    # the theme's experience list used for degrees ("job: <school>", "company: <degree>"), as portfolio timelines
    # do ("title: <school>", "company: Master of Science in ..."): a degree earned at the school, no post named
    # "Master of Arts"
    config = PROFILE_CONFIG.replace(
        '      - job: "Graduate Student"\n        company: "Harbor University"\n        date: "2017-2022"',
        '      - job: "Dune College, Norland"\n        company: "Master of Arts"\n        date: "2014 - 2016"')
    p = _profile_person(tmp_path, config)
    assert [a.name for a in p.affiliations] == ["Marine Recovery Trust"]
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("Master of Arts", "Dune College", 2016), ("Doctor of Philosophy", "Harbor University", 2022)]


def test_a_hugo_profile_experience_item_naming_a_degree_in_its_job_stays_a_post(tmp_path):
    # review74a item 1: "job: PhD Candidate" at Harbor University (2021-present), "job: Teaching Assistant, MSc in
    # Data Science": posts held, not a PhD or an MSc earned (the organisation's slot names no degree); a company
    # of markup alone ("<span></span>", item 11) is no post and no crash
    config = PROFILE_CONFIG.replace(
        '      - job: "Graduate Student"\n        company: "Harbor University"\n        date: "2017-2022"',
        '      - job: "PhD Candidate"\n        company: "Harbor University"\n        date: "2021-present"\n'
        '      - job: "Teaching Assistant, MSc in Data Science"\n        company: "Lakeside University"\n'
        '        date: "2015-2017"\n'
        '      - job: "Research Intern"\n        company: "<span></span>"\n        date: "2020"')
    p = _profile_person(tmp_path, config)
    assert [(a.name, a.role) for a in p.affiliations] == [
        ("Marine Recovery Trust", "Reef Program Lead"), ("Harbor University", "PhD Candidate"),
        ("Lakeside University", "Teaching Assistant, MSc in Data Science")]
    assert [(e.degree, e.institution) for e in p.education] == [("Doctor of Philosophy", "Harbor University")]


def test_a_post_row_whose_company_names_a_program_and_whose_role_a_job_is_no_degree():
    # review74a item 1: {company: "Master of Data Science program", role: "University of British Columbia,
    # Lecturer"} is a lecturer's post (it gave a Master at the university); "MBA Program" is a programme's name
    from kg.importers.site.record_files import post_degree
    from kg.importers.site.records import position_from_record

    for row in ({"company": "Master of Data Science program", "role": "University of British Columbia, Lecturer"},
                {"company": "MBA Program", "role": "Harbor University Business School"},
                {"company": "Master of Science", "role": "Dune College, Research Assistant"}):
        aff, _took = position_from_record({**row, "date": "2019-2021"})
        assert post_degree({**row, "date": "2019-2021"}, aff) is None, row
    row = {"company": "Master of Science by Research", "role": "Bangor University, UK", "date": "2017 - 2018"}
    ed = post_degree(row, position_from_record(row)[0])
    assert (ed.degree, ed.institution, ed.year) == ("Master of Science", "Bangor University", 2018)


def test_a_records_author_item_giving_the_owners_ranks_stands_for_names_left_out(tmp_path):
    # Hugo Blox "authors: [..., admin, 'authors 20, 25 of 25']": where the owner and a student stand in the whole
    # list, no person
    from .sitefiles import write_site

    write_site(tmp_path, {
        "config/_default/hugo.yaml": "title: Cal Moor\n",
        "content/authors/admin/_index.md": "---\ntitle: Cal Moor\nrole: Professor\n---\nI study leaves.\n",
        "content/publication/leaf/index.md": "---\ntitle: Leaf water across a drought\nauthors:\n  - Ida Roe\n"
                                             "  - admin\n  - authors 20, 25 of 25\ndate: 2026-01-01\n"
                                             "publication: '*Plant Letters*'\n---\n"})
    [pub] = import_path(tmp_path).profile.publications
    assert [a.name for a in pub.authors] == ["Ida Roe", "Cal Moor"] and pub.authors_truncated


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


_ILSE_ADMIN = "---\ntitle: Ilse Varga\nrole: Lecturer\norganizations:\n  - name: Fenwick College\n---\n\nI study moths.\n"


_LANDING = """---
title: ""
type: landing
sections:
  - block: resume-biography-3
    id: main
    content:
      username: admin
  - block: markdown
    id: papers
    content:
      title: Papers
      text: |
        <div class="para-list">

        **Varga, I.**, & Holt, P. R. (in press). Moths at dusk: a field count. *Journal of Night Insects*. [[pdf](uploads/a.pdf)]

        Holt, P. R., & **Varga, I.** (2022). Why lamps draw moths, and why some do not. *Insect Letters, 9*(2), 11-19. [[pdf](uploads/b.pdf)]

        **Varga, I.**, Sand, T., & Holt, P. R. (2021). Wing scales under the lens: a survey of forty species. *Lepidoptera Review, 3*(1), 5-30.

        **Varga, I.** (2020). Counting moths by their sound alone in a mixed wood. *Acoustic Ecology, 2*, 40-52.

        Sand, T., & **Varga, I.** (2019). The moths of the northern marsh over ten summers. *Marsh Studies, 7*(4), 1-9.

        </div>
    design:
      css_class: wide
  - block: markdown
    id: news
    content:
      title: News
      text: |
        <div class="para-list">

        **May 2, 2025**: Our paper on moths at dusk was accepted at the Journal of Night Insects!

        **April 9, 2025**: Ilse gave a talk on moth sounds at the Fenwick insect day.

        </div>
---
"""


def _landing(tmp_path):
    write_site(tmp_path, {"config/_default/hugo.yaml": "title: Ilse Varga\nbaseURL: https://ilse.example.org/\n",
                          "content/authors/admin/_index.md": _ILSE_ADMIN, "content/_index.md": _LANDING})
    return import_path(tmp_path).profile


def test_a_hugo_blox_landing_pages_markdown_blocks_are_read_as_its_sections(tmp_path):
    # Hugo Blox's home page: no publication folder, the papers and the news written by hand in the text of the
    # landing page's markdown blocks (YAML block scalars in its front matter), each block titled as its section
    p = _landing(tmp_path)
    assert [x.title for x in p.publications] == [
        "Moths at dusk: a field count", "Why lamps draw moths, and why some do not",
        "Wing scales under the lens: a survey of forty species", "Counting moths by their sound alone in a mixed wood",
        "The moths of the northern marsh over ten summers"]
    first = p.publications[0]
    assert first.year is None and first.venue == "Journal of Night Insects"
    assert first.links.get("pdf") == "https://ilse.example.org/uploads/a.pdf"
    assert [n.date for n in p.news] == ["2025-05-02", "2025-04-09"]


def test_a_landing_pages_block_heads_its_text_whatever_the_order_of_its_keys():
    # "text: |" written before "title: News": the heading still stands above the block's text (it went below it,
    # and the news under it was lost)
    from pathlib import Path

    from kg.importers.base import SourceDoc
    from kg.importers.site.pages import blocks_view

    page = ("---\nsections:\n  - block: markdown\n    content:\n      text: |\n        **May 2024**: a talk.\n"
            "      title: News\n---\n")
    lines = blocks_view(SourceDoc(Path("_index.md"), page)).lines
    assert lines.index("## News") < lines.index("**May 2024**: a talk.")


def test_a_landing_pages_blocks_are_found_from_its_front_matter_read_once(monkeypatch):
    # issue 7: the blocks' lines come from the front matter's list spans, the YAML is not composed again; a text
    # written on its key's line ("text: A talk.") starts there
    from pathlib import Path

    import pytest

    from kg.importers import base
    from kg.importers.base import SourceDoc
    from kg.importers.document import read_front_matter
    from kg.importers.site.pages import blocks_view

    doc = SourceDoc(Path("_index.md"), "---\nsections:\n  - block: markdown\n    content:\n      title: News\n"
                                       "      text: 'June 2024: a poster.'\n  - block: text\n    content:\n"
                                       "      title: Awards\n      text: |\n        Gold Quill, 2023\n---\n")
    fm = read_front_matter(doc)
    monkeypatch.setattr(base, "compose_yaml", lambda *a, **k: pytest.fail("the front matter composed again"))
    lines = blocks_view(doc, fm).lines
    assert lines[4:6] == ["## News", "June 2024: a poster."]
    assert lines[8:11] == ["## Awards", "", "Gold Quill, 2023"]


def test_a_page_in_a_post_folder_the_menu_links_is_read_and_a_mail_icon_gives_the_email(tmp_path):
    # a theme without an author page keeps the owner's papers on a page under content/post/ that the site's menu
    # links ("[[menu.main]] url = '/post/work'"): a page of the site, not one blog post; a menu icon link
    # "mailto:" is the owner's email
    prof = imported_site(tmp_path, {
        "config.toml": 'baseurl = "https://ovid-marsh.example.net/"\ntheme = "minimal"\n\n[params]\n'
                       '  author = "Ovid Marsh"\n\n[[menu.main]]\n  url = "/"\n  name = "About"\n\n'
                       '[[menu.main]]\n  url = "/post/work"\n  name = "Work"\n\n'
                       '[[menu.icon]]\n  url = "mailto:ovid@ovid-marsh.example.net"\n  name = "fas fa-envelope"\n',
        "content/_index.md": '+++\ntitle = "Ovid Marsh"\n+++\n\nI model tides in estuaries.\n',
        "content/post/work.md": '+++\ntitle = "Work"\n+++\n\n## Publications\n\n'
                                '1. [Tidal mixing in shallow estuaries](https://example.org/tides)\\\n'
                                'with  Rhea Dunmore and Colm Fenwick.\\\nJournal of Coastal Flows, Vol. 3, 2021.\n\n'
                                '1. [Salt wedges under drought](https://example.org/salt)\\\n'
                                'with Rhea Dunmore\\\nEstuary Letters, Vol. 9, No. 2, 11-19 (2019).\n',
        "content/post/a-trip.md": '+++\ntitle = "A trip to the coast"\n+++\n\nWe went to the coast.\n'})
    assert prof.person.email == "ovid@ovid-marsh.example.net"
    assert [(p.title, p.year, [a.name for a in p.authors]) for p in prof.publications] == [
        ("Tidal mixing in shallow estuaries", 2021, ["Ovid Marsh", "Rhea Dunmore", "Colm Fenwick"]),
        ("Salt wedges under drought", 2019, ["Ovid Marsh", "Rhea Dunmore"])]


def test_blox_owner_data_file_by_is_owner_and_coauthors_by_their_data_files(tmp_path):
    # a Hugo Blox site whose owner's data file is not data/authors/me.yaml but one marked "is_owner: true", a
    # coauthor's data file beside it (a publication names both by user name), and the theme's "me" author page;
    # the paper's arXiv id in its "hugoblox: ids:" block
    p = imported_site(tmp_path, {
        "hugo.yaml": "title: Mira Kolb\nbaseURL: 'https://mkolb.example.org/'\nmodule:\n  imports:\n"
                     "    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind\n",
        "data/authors/mkolb.yaml": "is_owner: true\nname:\n  display: Dr. Mira Kolb\n  given: Mira\n  family: Kolb\n"
                                   "role: Lecturer in Soil Physics\n",
        "data/authors/jroth.yaml": "name:\n  display: Jonas Roth\n  given: Jonas\n  family: Roth\n",
        "content/authors/me/_index.md": "---\ntitle: Mira Kolb\n---\n\nI measure how water moves through clay.\n",
        "content/publications/clay-flow/index.md": "---\ntitle: 'Water paths in cracked clay'\nauthors:\n"
                                                   "  - mkolb\n  - jroth\ndate: '2022-05-01'\n"
                                                   "publication: '*Soil Letters*'\n"
                                                   "hugoblox:\n  ids:\n    arxiv: '2205.01234'\n---\n",
    })
    assert (p.person.name, p.person.job_title) == ("Mira Kolb", "Lecturer in Soil Physics")
    [pub] = p.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("Mira Kolb", True), ("Jonas Roth", False)]
    assert pub.arxiv == "2205.01234"  # (Hugo Blox's "hugoblox: ids:" block)
    # (the "me" page's body is the biography the data file does not give)
    assert p.person.description == "I measure how water moves through clay."
    assert [s.file for s in p.source.parts][:3] == ["data/authors/mkolb.yaml", "hugo.yaml", "content/authors/me/_index.md"]


_BLOX_CONFIG = ("title: ''\nmodule:\n  imports:\n"
                "    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind\n")
"""A Hugo Blox site's configuration: the builder's module imported, no title of the site's own."""
_BLOX_SAMPLE_ME = ("is_owner: true\nname:\n  display: Dr. Alex Johnson\n  given: Alex\n  family: Johnson\n"
                   "role: Senior AI Research Scientist\naffiliations:\n  - name: Sample Labs\n")
"""The starter's sample data/authors/me.yaml as it ships (its sample owner)."""

def test_blox_starters_sample_owner_file_left_in_place_is_not_the_owner(tmp_path):
    # a Hugo Blox starter's data/authors/me.yaml left as shipped (its sample owner's name and role) beside the
    # owner's own author page: the page's person is the owner
    config = ("hugo.yaml", _BLOX_CONFIG)
    p = imported_site(tmp_path / "a", {
        config[0]: config[1],
        "data/authors/me.yaml": _BLOX_SAMPLE_ME,
        "content/authors/admin/_index.md": "---\ntitle: Mira Kolb\nrole: Lecturer in Soil Physics\nsuperuser: true\n"
                                           "---\n\nI measure how water moves through clay.\n",
    })
    assert (p.person.name, p.person.job_title) == ("Mira Kolb", "Lecturer in Soil Physics")
    assert not [a for a in p.person.affiliations if a.name == "Sample Labs"]
    # the owner's own file, the starter's sample award left in it (its sample summary with it): the sample is no
    # award of theirs; without a sign of the starter, a real owner's Best Paper Award at NeurIPS that day is theirs
    award = "awards:\n  - title: Best Paper Award\n    awarder: NeurIPS\n    date: '2022-12-01'\n"
    sample = "    summary: |\n      Awarded for groundbreaking work on efficient training of large models.\n"
    for folder, record, kept in (("b", award + sample, []), ("c", award, ["Best Paper Award, NeurIPS"])):
        p = imported_site(tmp_path / folder, {
            config[0]: config[1],
            "data/authors/me.yaml": "is_owner: true\nname:\n  display: Mira Kolb\n  given: Mira\n  family: Kolb\n"
                                    "role: Lecturer in Soil Physics\n" + record,
            "content/authors/me/_index.md": "---\ntitle: Mira Kolb\n---\n\nI measure how water moves through clay.\n",
        })
        assert p.person.name == "Mira Kolb" and [a.name for a in p.awards] == kept, folder


def test_blox_starters_sample_me_file_does_not_hide_the_owners_own_data_file(tmp_path):
    # the starter's sample data/authors/me.yaml left beside the owner's own file marked "is_owner: true": the
    # owner's file is read (the sample once hid it: "no researcher name")
    p = imported_site(tmp_path, {
        "hugo.yaml": _BLOX_CONFIG,
        "data/authors/me.yaml": _BLOX_SAMPLE_ME,
        "data/authors/mkolb.yaml": "is_owner: true\nname:\n  display: Dr. Mira Kolb\n  given: Mira\n  family: Kolb\n"
                                   "role: Lecturer in Soil Physics\n",
        "content/publications/clay-flow/index.md": "---\ntitle: 'Water paths in cracked clay'\nauthors:\n"
                                                   "  - mkolb\ndate: '2022-05-01'\npublication: '*Soil Letters*'\n---\n",
    })
    assert (p.person.name, p.person.job_title) == ("Mira Kolb", "Lecturer in Soil Physics")
    assert not [a for a in p.person.affiliations if a.name == "Sample Labs"]


def test_blox_owner_data_file_in_the_folder_of_each_language(tmp_path):
    # a Hugo Blox site in two languages keeps its data per language (data/de/authors/, data/en/authors/), the
    # owner's file in each marked "is_owner: true": the English one read, once
    p = imported_site(tmp_path, {
        "hugo.yaml": "title: Emil Sauer\ndefaultContentLanguage: de\nmodule:\n  imports:\n"
                     "    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind\n",
        "data/de/authors/esauer.yaml": "is_owner: true\nname:\n  display: Emil Sauer\n  given: Emil\n  family: Sauer\n"
                                      "role: Professor für Bodenkunde\naffiliations:\n  - name: Universität Nordheim\n",
        "data/en/authors/esauer.yaml": "is_owner: true\nname:\n  display: Emil Sauer\n  given: Emil\n  family: Sauer\n"
                                      "role: Professor of Soil Science\naffiliations:\n  - name: Nordheim University\n"
                                      "links:\n  - icon: at-symbol\n    url: mailto:esauer@nordheim.example\n",
        "content/publications/loam/index.md": "---\ntitle: 'Loam under frost'\nauthors:\n  - esauer\n"
                                              "date: '2021-03-01'\npublication: '*Soil Letters*'\n---\n",
    })
    assert (p.person.name, p.person.job_title, [a.name for a in p.person.affiliations], p.person.email) == (
        "Emil Sauer", "Professor of Soil Science", ["Nordheim University"], "esauer@nordheim.example")
    assert [(a.name, a.is_self) for a in p.publications[0].authors] == [("Emil Sauer", True)]


def test_a_paper_bundle_written_in_two_languages_is_one_paper(tmp_path):
    # a multilingual Hugo site writes each paper's bundle once per language (index.en.md, index.de.md) and the
    # section's list page too (_index.en.md): one paper per bundle, the English page's; no list page is a paper
    def paper(title: str) -> str:
        return f"---\ntitle: '{title}'\nauthors:\n  - esauer\ndate: '2021-03-01'\npublication: '*Soil Letters*'\n---\n"

    p = imported_site(tmp_path, {
        "hugo.yaml": "title: Emil Sauer\nmodule:\n  imports:\n"
                     "    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind\n",
        "data/authors/esauer.yaml": "is_owner: true\nname:\n  display: Emil Sauer\n  given: Emil\n  family: Sauer\n",
        "content/publications/_index.en.md": "---\ntitle: Publications\nview: citation\n---\n",
        "content/publications/_index.de.md": "---\ntitle: Publikationen\nview: citation\n---\n",
        "content/publications/loam/index.en.md": paper("Loam under frost"),
        "content/publications/loam/index.de.md": paper("Lehm unter Frost"),
        "content/publications/sand/index.de.md": paper("Sand im Wind"),
    })
    assert [pub.title for pub in p.publications] == ["Loam under frost", "Sand im Wind"]


_INTRO_CONFIG = """baseURL = "https://tovar-lind.example.net/"
theme = "introduction"
DefaultContentLanguage = "de"

[[params.social]]
    url = "https://github.com/tlindx"
    icon = "github fa-2x"
    icon_pack = "fab"
[[params.social]]
    url = "https://orcid.org/0000-0002-1825-0097"
    icon = "orcid ai-2x"
    icon_pack = "ai"
[[params.social]]
    url = "mailto:tovar.lind@example.net"
    icon = "paper-plane fa-2x"
    icon_pack = "fas"

[languages]
    [languages.de]
        contentDir = "content/de"
        title = "Willkommen"
"""


def test_a_language_folder_configured_under_capitalised_keys_is_the_content_folder(tmp_path):
    # Themefisher's themes write "[Languages.en]" with its "contentDir": Hugo reads its keys case-insensitively,
    # so the site's pages are in that folder, not refused for want of content/
    p = imported_site(tmp_path, {
        "hugo.toml": ('baseURL = "https://moss-centre.example.org/"\ntitle = "Moss Centre"\n\n'
                      '[Languages.en]\nlanguageName = "En"\ncontentDir = "content/english"\nweight = 1\n'),
        "content/english/about/_index.md": (
            '---\ntitle: "About Ilse Marr"\n---\n\n'
            "Ilse Marr is Professor of Bryology at the University of Nordhafen.\n"),
        "content/english/publications/_index.md": (
            '---\ntitle: "Publications"\n---\n\n## 2023\n\n'
            "- Marr I, Vik T. Lichens on north walls. J Bryol. 2023;12(3):45-51.\n"
            "- Holm R, Marr I. Moss under snow. Ann Bot. 2023;8:1-9.\n"),
    })
    assert {w.title for w in p.publications} == {"Lichens on north walls", "Moss under snow"}


_BILINGUAL_CONFIG = """baseURL = "https://ilse-marr.example.org/"
defaultContentLanguage = "en"
theme = "blowfish"

[languages]
  [languages.en]
    title = "Ilse Marr"
    [languages.en.params.author]
      name = "Ilse Marr"
      links = [
        { "email" = "mailto:ilse@marr.example.org" },
        { "github" = "https://github.com/ilsemarr" },
      ]
  [languages.fi]
    title = "Ilse Marr"
"""

_BLOX_PAPER = """---
title: "Moss under snow"
authors:
  - Runa Holm
  - "**Ilse Marr**"
date: "2022-03-01"
publication_types: ["article-journal"]
publication: "*Journal of Northern Mosses*"
hugoblox:
  ids:
    doi: "10.5555/mosses.2022.7"
---
"""


def _bilingual_site(tmp_path):
    return imported_site(tmp_path, {
        "hugo.toml": _BILINGUAL_CONFIG,
        "content/_index.md": "---\ntitle: Ilse Marr\n---\n\nI study mosses at the University of Nordhafen.\n",
        "content/papers/_index.md": '---\ntitle: "Papers"\n---\n',
        "content/papers/_index.fi.md": '---\ntitle: "Julkaisut"\nlayout: papers\n---\n',
        "content/papers/moss-under-snow/index.md": _BLOX_PAPER,
    })


def test_the_default_languages_author_table_in_the_site_configuration_is_the_owners(tmp_path):
    # "[languages.en.params.author]" in hugo.toml is what config/_default/languages.en.toml would say
    p = _bilingual_site(tmp_path)
    assert p.person.email == "ilse@marr.example.org"
    assert p.person.identifiers.get("github") == "ilsemarr"


def test_a_sections_list_page_in_another_language_is_no_work(tmp_path):
    # "_index.fi.md" is the section's list page in Finnish, as "_index.md" is in English
    p = _bilingual_site(tmp_path)
    assert [w.title for w in p.publications] == ["Moss under snow"]


def test_a_hugo_blox_paper_page_is_read_as_one_whatever_theme_shows_it(tmp_path):
    # a theme with no author pages (Blowfish) showing Hugo Blox front matter: its "publication" is the venue,
    # "hugoblox: ids: doi:" the DOI, as on an Academic site
    work = next(w for w in _bilingual_site(tmp_path).publications if w.title == "Moss under snow")
    assert work.venue == "Journal of Northern Mosses"
    assert work.doi == "10.5555/mosses.2022.7"
    assert [a.name for a in work.authors if a.is_self] == ["Ilse Marr"]


def test_a_hugo_blox_paper_pages_authors_written_as_mappings_are_its_authors(tmp_path):
    # "authors: [{name: ..., url: ...}]": a theme of its own writes each author as a mapping; the Hugo Blox reader
    # reads the names as any record's, the owner among them
    p = imported_site(tmp_path, {
        "hugo.toml": 'baseURL = "https://ilse-marr.example.org/"\ntitle = "Ilse Marr"\n[params]\nauthor = "Ilse Marr"\n',
        "content/_index.md": "---\ntitle: Ilse Marr\n---\n\nI study mosses at the University of Nordhafen.\n",
        "content/research/articles/snow.md": (
            '---\ntitle: "Moss under snow"\ndate: 2022-03-01\nauthors:\n  - name: "Runa Holm"\n    url: "/"\n'
            '  - name: "Ilse Marr"\n    url: "/"\npublication: "Journal of Northern Mosses"\n'
            'publication_types: ["article-journal"]\n---\n'),
    })
    work = next(w for w in p.publications if w.title == "Moss under snow")
    assert [(a.name, a.is_self) for a in work.authors] == [("Runa Holm", False), ("Ilse Marr", True)]
    assert work.venue == "Journal of Northern Mosses"


_PAPERMOD_CONFIG = ('baseURL = "https://ilse-marr.example.org/"\ntitle = "Ilse Marr"\ntheme = "PaperMod"\n'
                    '[params]\nauthor = "Ilse Marr"\n')
_MOSS_HOME = "---\ntitle: Ilse Marr\n---\n\nI study mosses at the University of Nordhafen.\n"


def test_a_paper_page_in_another_themes_keys_is_read_by_the_front_matter_reader(tmp_path):
    # "publication:" beside "author:", an author string or "venue:": another theme's page (review r78a, item 1);
    # the Hugo Blox reader read no authors of it (authors [], the line unparsed) and no venue
    p = imported_site(tmp_path, {
        "hugo.toml": _PAPERMOD_CONFIG, "content/_index.md": _MOSS_HOME,
        "content/papers/ice.md": ('---\ntitle: "Moss under ice"\ndate: 2021-03-01\nauthor: "Runa Holm and Ilse Marr"\n'
                                  'publication: "Journal of Northern Mosses"\n---\n'),
        "content/papers/snow.md": ('---\ntitle: "Moss under snow"\ndate: 2022-03-01\n'
                                   'authors: "Runa Holm, Ilse Marr and Bo Roe"\npublication: "J Moss"\n---\n'),
        "content/papers/rain.md": ('---\ntitle: "Moss in rain"\ndate: 2023-03-01\nauthors: ["Runa Holm", "Ilse Marr"]\n'
                                   'publication_types: ["paper-conference"]\nvenue: "ICML 2023"\n---\n'),
    })
    works = {w.title: w for w in p.publications}
    assert [(a.name, a.is_self) for a in works["Moss under ice"].authors] == [("Runa Holm", False), ("Ilse Marr", True)]
    assert [a.name for a in works["Moss under snow"].authors] == ["Runa Holm", "Ilse Marr", "Bo Roe"]
    assert works["Moss in rain"].venue == "ICML"


def test_a_hugo_blox_paper_pages_lines_of_no_name_or_id_stay_unparsed(tmp_path):
    # review r78a, item 2: an authors list of no names, a venue of a number and an id of no DOI were marked read
    result = import_path(write_site(tmp_path, {
        "hugo.toml": _PAPERMOD_CONFIG, "content/_index.md": _MOSS_HOME,
        "content/papers/ice.md": ('---\ntitle: "Moss under ice"\nauthors: [{link: "/a"}, {link: "/b"}]\n'
                                  'publication: "Journal of Northern Mosses"\n---\n'),
        "content/papers/b.md": ('---\ntitle: "Paper B"\nauthors: [["Ilse Marr", "Bo Roe"]]\npublication: 2020\n'
                                'hugoblox: {ids: {doi: 123}}\n---\n'),
        "content/papers/c.md": ('---\ntitle: "Paper C"\nauthors: ["Ilse Marr"]\npublication: "Under review"\n'
                                'hugoblox: {ids: {doi: ""}}\n---\n'),
    }))
    lost = {(u.file, u.text.split(":")[0]) for u in result.profile.unparsed}
    assert {("content/papers/ice.md", "authors"), ("content/papers/b.md", "authors"),
            ("content/papers/b.md", "publication"), ("content/papers/b.md", "hugoblox")} <= lost
    # (a venue's note and the theme's empty id are read)
    assert not [f for f, _key in lost if f == "content/papers/c.md"]


def test_a_hugo_blox_admin_author_with_no_owner_configured_keeps_its_name(tmp_path):
    # review r78a, item 3: no author in the configuration, "admin" was swapped for "" and dropped
    p = imported_site(tmp_path, {
        "hugo.toml": 'baseURL = "https://ilse-marr.example.org/"\ntitle = "Moss lab"\ntheme = "blowfish"\n',
        "content/_index.md": _MOSS_HOME,
        "content/publications/snow/index.md": (
            '---\ntitle: "Moss under snow"\ndate: 2022-03-01\nauthors: [admin, "Runa Holm"]\n'
            'publication: "Journal of Northern Mosses"\npublication_types: ["2"]\n---\n'),
    })
    [work] = p.publications
    assert [(a.name, a.is_self) for a in work.authors] == [("admin", False), ("Runa Holm", False)]


def test_the_site_params_merged_with_the_languages_stay_looked_up_case_insensitively(tmp_path):
    # review r78a, item 4: "[Params.Social]" beside "[Languages.en.Params.Author]"; the merged params were a plain
    # dict, "social" no longer found
    p = imported_site(tmp_path, {
        "hugo.toml": ('baseURL = "https://ilse-marr.example.org/"\nTitle = "Moss lab"\n[Params.Social]\n'
                      'GitHub = "ilsemarr"\n[Languages.en]\ntitle = "Ilse Marr"\n[Languages.en.Params.Author]\n'
                      'Name = "Ilse Marr"\nEmail = "ilse@marr.example.org"\n'),
        "content/_index.md": _MOSS_HOME,
    })
    assert (p.person.email, p.person.identifiers.get("github")) == ("ilse@marr.example.org", "ilsemarr")


@pytest.mark.parametrize("files", [
    {"hugo.toml": ('baseURL = "https://ilse-marr.example.org/"\ntitle = "Moss lab"\ndefaultContentLanguage = "en"\n'
                   '[params]\ndescription = "Moss research in the north"\n[languages.en]\ntitle = "Ilse Marr"\n'
                   '[languages.en.params.author]\nname = "Ilse Marr"\nemail = "ilse@marr.example.org"\n')},
    {"hugo.toml": ('baseURL = "https://ilse-marr.example.org/"\ntitle = "Moss lab"\ndefaultContentLanguage = "en"\n'
                   '[params]\ndescription = "Moss research in the north"\n'),
     "config/_default/languages.en.toml": ('title = "Ilse Marr"\n[params.author]\nname = "Ilse Marr"\n'
                                           'email = "ilse@marr.example.org"\n')},
])
def test_the_sites_description_alone_is_no_affiliation_of_the_owner(tmp_path, files):
    # review r78a, item 5: with no position anywhere, "[params] description" was read as the owner's employer
    p = imported_site(tmp_path, {**files, "content/_index.md": _MOSS_HOME})
    assert p.person.email == "ilse@marr.example.org"
    assert p.person.affiliations == []


def test_a_languages_file_naming_the_owner_is_read_whole(tmp_path):
    # review r78a, item 6: config/_default/languages.yaml read for its "en:" table alone left "en:" and the other
    # languages' lines unparsed
    result = import_path(write_site(tmp_path, {
        "hugo.toml": 'baseURL = "https://ilse-marr.example.org/"\ntitle = "Moss lab"\ndefaultContentLanguage = "en"\n',
        "config/_default/languages.yaml": "en:\n  title: Ilse Marr\n  params:\n    author: Ilse Marr\nfi: 3\n",
        "content/_index.md": _MOSS_HOME,
    }))
    assert result.profile.person.name == "Ilse Marr"
    assert [u.text for u in result.profile.unparsed if u.file.startswith("config/")] == []


def test_a_list_page_in_a_language_of_three_letters_or_written_markdown_is_a_list_page():
    # review r78a, item 8: "_index.fil.md" (Filipino) was read as a work
    assert [list_page(Path(n)) for n in ("_index.fil.md", "_index.es.markdown", "_index.pt-BR.md", "_index.md.txt",
                                         "index.fi.md")] == [True, True, True, False, False]


@pytest.mark.parametrize("folder, files", [
    ("posts", {"config.toml": 'baseURL = "https://example.org"\ntitle = "Tove Ahlgren"\ntheme = "plainish"\n',
               "content/_index.md": "---\ntitle: Home\n---\nI study soil microbes at Northvale University.\n"}),
    ("post", {"config.toml": 'baseurl = "https://example.org/"\ntitle = "Kelp Lab"\ntheme = "academic"\n',
              "content/authors/admin/_index.md": "---\ntitle: Tove Ahlgren\nrole: Professor\n---\n"}),
])
def test_a_news_sections_list_page_in_another_language_is_no_news_item(tmp_path, folder, files):
    # the news section of a theme without an author page and of an Academic site: "_index.fi.md" is the section's
    # list page in Finnish, no news (review r78a, item 11: both readers asked only for "_index.md")
    profile = imported_site(tmp_path, {
        **files,
        f"content/{folder}/_index.md": "---\ntitle: News\n---\n",
        f"content/{folder}/_index.fi.md": '---\ntitle: Uutiset\ndate: "2021-01-01"\n---\n',
        f"content/{folder}/grant.md": '---\ndate: "2021-03-02"\ntitle: "Our soil grant was funded!"\n---\n',
    })
    assert [n.text for n in profile.news] == ["Our soil grant was funded!"]


def test_a_hugo_blox_paper_page_on_a_site_whose_home_is_its_configuration_is_read_as_one(tmp_path):
    # PaperMod's home in params.homeInfoParams: its papers' pages are read by _page_record too, a Hugo Blox page's
    # "publication" its venue and "hugoblox: ids: doi:" its DOI (review r78a, item 11)
    p = imported_site(tmp_path, {
        "hugo.yaml": ('baseURL: "https://ilse-marr.example.org/"\ntitle: Ilse Marr\ntheme: PaperMod\nparams:\n'
                      '  homeInfoParams:\n    Title: Ilse Marr\n    Content: I study mosses at the University of '
                      'Nordhafen.\n'),
        "content/papers/snow.md": _BLOX_PAPER,
    })
    [work] = p.publications
    assert (work.venue, work.doi) == ("Journal of Northern Mosses", "10.5555/mosses.2022.7")


def test_a_configuration_tables_key_spans_keyed_within_it_are_looked_up_case_insensitively():
    # review r78a, item 11: _within kept FoldedKeys ("[Languages.EN.Params]" is the table "en"'s "params")
    from kg.importers.site.files import FoldedKeys
    from kg.importers.site.hugo import _within

    within = _within(FoldedKeys({"Languages.EN.Params.Author": (3, 4), "title": (1, 1)}), "languages")
    assert within.get("en.params.author") == (3, 4) and "title" not in within


def test_a_landing_page_built_from_its_home_bundle_is_the_owners_page(tmp_path):
    # hugo-theme-introduction: content/home/index.md is a headless bundle titled with the owner's name and nothing
    # else; its fragments beside it are the page's sections; the configuration lists the profiles as
    # [[params.social]] icon links sized "fa-2x"; a project bundle named for the owner's education holds the degrees
    p = imported_site(tmp_path, {
        "config.toml": _INTRO_CONFIG,
        "content/de/home/index.md": '---\ntitle: "Tovar Lind"\nheadless: true\n---\n',
        "content/de/home/about.md": "---\ntitle: \"Start\"\n---\n\nIch forsche zu Gletschern und Schnee.\n",
        "content/de/home/contact.md": "---\ntitle: \"Kontakt\"\n---\n\nE-Mail: tovar.lind(at)example.net\n",
        "content/de/projects/studies-education/index.md": (
            "---\ntitle: \"Ausbildung\"\n---\n\n#### Ausbildung\n\n"
            "- 2019: Master of Science Glaziologie, Universität Nordhafen\n"
            "- 2016: Bachelor of Science Geographie, Universität Südfeld\n"),
    })
    assert p.person.name == "Tovar Lind"
    assert p.person.identifiers.get("github") == "tlindx"
    assert p.person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert p.person.email == "tovar.lind@example.net"
    assert set(p.person.links) >= {"github", "orcid"}  # (the icon's size class is no part of its name)
    assert {e.institution for e in p.person.education} >= {"Universität Nordhafen", "Universität Südfeld"}


def test_an_apero_home_page_without_about_bundles_gives_the_job_and_the_prose(tmp_path):
    """A hugo-apero site with no about page: the home page's front matter is all the owner wrote about themselves,
    its subtitle the job under the name and its description the paragraph beside it (where they studied); its
    theme switches are no data. A paper's materials behind an Academicons OSF icon are one of its links."""
    home = ('---\ntitle: "Mira Quell"\nsubtitle: "Coastal scientist"\n\ndescription: "Hello! I map tides and '
            'marshes. I studied geography at Eastmoor University, where I learnt to read old charts."\n\n'
            'show_social_links: true\nimages:\n- img/me.png\nimage_left: true\naction_link: /blog/\n---\n')
    pubs = ("---\ntitle: Publications\n---\n\n**Quell, M.**, & Darrow, T. (2022). Tides over the harbour towns. "
            "_Journal of Shore Studies_, _4_(2), 11-20. [10.1000/shore.4](https://doi.org/10.1000/shore.4)  \n"
            "[<i class=\"ai ai-osf\"></i>](https://osf.io/abcde/)\n")
    site = _write(tmp_path, {"config.toml": _APERO_CONFIG, "content/_index.md": home,
                             "content/pubs/index.md": pubs})
    profile = import_path(site).profile
    assert profile.person.job_title == "Coastal scientist"
    assert [e.institution for e in profile.person.education] == ["Eastmoor University"]
    assert not [u.text for u in profile.unparsed if u.file == "content/_index.md"]
    assert "https://osf.io/abcde/" in profile.publications[0].links.values()


def test_blox_owner_data_file_marked_is_owner_in_toml_or_json(tmp_path):
    # review49 item 9: the owner's data file was found by a YAML-only line ("is_owner: true"); a TOML file's
    # "is_owner = true" (or a JSON file's "is_owner": true) marks the owner too, read as the file's data
    for name, text in (("zlind.toml", 'is_owner = true\nrole = "Reader in Glaciology"\n[name]\ngiven = "Zara"\n'
                                      'family = "Lind"\n'),
                       ("zlind.json", '{"is_owner": true, "role": "Reader in Glaciology",\n'
                                      ' "name": {"given": "Zara", "family": "Lind"}}\n')):
        site = tmp_path / name.replace(".", "-")
        p = imported_site(site, {
            "hugo.yaml": "title: Ice notes\nbaseURL: 'https://zlind.example.org/'\n",
            "data/authors/abel.yaml": "name:\n  given: Tomas\n  family: Abel\n",
            f"data/authors/{name}": text,
            "content/publications/firn/index.md": "---\ntitle: 'Firn density under warm summers'\nauthors:\n"
                                                  "  - zlind\n  - abel\ndate: '2023-03-01'\n---\n",
        })
        assert (p.person.name, p.person.job_title) == ("Zara Lind", "Reader in Glaciology"), name


def test_the_advisors_a_degree_records_summary_names_are_the_owners_advisors(tmp_path):
    # Hugo Blox's author page: "education:" records whose "summary" says who supervised the thesis in a sentence;
    # before, the degree was read and its advisors were not
    author = ("---\ntitle: Runa Sollis\nrole: Lecturer\neducation:\n"
              "  - area: PhD Marine Geology\n    institution: Harbor University\n    date_end: 2020\n"
              "    summary: |\n      Thesis on _Silt in estuaries_. Supervised by [Prof Ola Brenn](https://x.example.org)"
              " and [Dr Kai Lund](https://y.example.org).\n"
              "  - area: BSc in Geology\n    institution: Harbor University\n    date_end: 2015\n"
              "    summary: Graduated with honours.\n---\n")
    site = _write(tmp_path, {
        "config.toml": 'baseurl = "https://runa.example.org/"\ntitle = "Runa Sollis"\ntheme = "academic"\n',
        "content/authors/admin/_index.md": author,
    })
    person = import_path(site).profile.person
    assert [e.institution for e in person.education] == ["Harbor University", "Harbor University"]
    assert person.advisors == ["Ola Brenn", "Kai Lund"]


def test_a_hugo_profile_education_items_advisors_under_any_advisor_label(tmp_path):
    # the label over the advisors' list is read with common.ADVISOR_WORDS, the one list of advisor labels: "PhD
    # co-advisors" is one (before, only "Supervisors", "Advisors", "Advised by" and "Mentors" opened the line)
    config = PROFILE_CONFIG.replace("          Supervisors\n", "          PhD co-advisors:\n")
    assert "PhD co-advisors" in config
    assert _profile_person(tmp_path, config).advisors == ["Lena Ostrova", "Paulo Viana"]


def test_a_themes_section_whose_list_page_is_titled_news_holds_the_sites_news(tmp_path):
    # a Hugo site of a theme with no author page (the home is content/_index.md, the name the site's title): its
    # "content/posts/" section is titled "News" by its own list page, and each post (a date and a title, no body)
    # is a news item, as a Hugo Blox site's news section is read; the list page itself is none
    profile = imported_site(tmp_path / "site", {
        "config.toml": 'baseURL = "https://example.org"\ntitle = "Tove Ahlgren"\ntheme = "plainish"\n',
        "content/_index.md": "---\ntitle: Home\n---\nI study soil microbes at Northvale University.\n",
        "content/papers/_index.md": "---\ntitle: Papers\n---\n### Papers\n\n"
                                    "**Microbes of cold soils**  \nTove Ahlgren and Bo Lind,\nSoil Letters, 2021\n",
        "content/posts/_index.md": "---\ntitle: News\n---\n",
        "content/posts/grant.md": '---\ndate: "2021-03-02T10:00:00+01:00"\ntitle: "Our soil grant was funded!"\n---\n',
        "content/posts/talk.md": '---\ndate: "2020-11-20"\ntitle: "I gave a talk at the Soil Days"\n---\n',
    })
    assert sorted((n.date, n.text) for n in profile.news) == [
        ("2020-11-20", "I gave a talk at the Soil Days"), ("2021-03-02", "Our soil grant was funded!")]


def test_a_research_section_keeps_its_papers_one_folder_a_kind_each_cited_in_markdown(tmp_path):
    # "content/research/articles/<slug>/index.md", "content/research/chapters/<slug>/index.md": the papers' section
    # holds a plain folder for each kind of work; each page's only byline is its markdown "citation", which links
    # the coauthors to their homepages (not the paper's addresses); a talks folder under it holds no papers
    def paper(title: str, citation: str) -> str:
        return (f"---\ntitle: \"{title}\"\ndate: 2021-05-01\nlinks:\n- name: Code\n  url: https://github.com/tomaskrel/x\n"
                f"citation: >-\n  {citation}\n---\n\nSome words about the paper.\n")

    prof = imported_site(tmp_path / "site", {
        "config.yaml": "baseURL: https://tomaskrel.example.org/\ntitle: Tomas Krel\nparams:\n  author: Tomas Krel\n",
        "content/_index.md": "---\ntitle: Home\n---\n\nI am an associate professor of geography at Dunmore University.\n",
        "content/research/_index.md": "---\ntitle: Research\n---\n\nI study rivers.\n",
        "content/research/articles/krel-ruiz-2021/index.md": paper(
            "Gravel in Slow Rivers",
            "[Ana Ruiz](https://anaruiz.example.net/) and **Tomas Krel**, \"Gravel in Slow Rivers,\" *Journal of "
            "Sand* 4, no. 2 (2021): 1–9"),
        "content/research/chapters/krel-2020/index.md": paper(
            "Mud Banks (*Bancos de Lodo*) Revisited",
            "Krel, Tomas. 2020. \"Mud Banks Revisited (*Bancos de Lodo*).\" In *A Book of Rivers*, edited by Bo Lee, 1–20."),
        "content/research/talks/krel-talk/index.md": ("---\ntitle: \"A Talk on Gravel and Sand\"\ndate: 2019-01-01\n"
                                                      "citation: >-\n  Tomas Krel, \"A Talk on Gravel and Sand,\" "
                                                      "Dunmore Seminar, 2019\n---\n"),
    })
    pubs = {p.title: p for p in prof.publications}
    assert len(pubs) == 2 and "Gravel in Slow Rivers" in pubs  # (not the talk)
    gravel = pubs["Gravel in Slow Rivers"]
    assert [a.name for a in gravel.authors] == ["Ana Ruiz", "Tomas Krel"] and gravel.authors[1].is_self
    assert gravel.authors[0].url == "https://anaruiz.example.net/"
    assert "https://anaruiz.example.net/" not in gravel.links.values()
    # the record's title is found inside the citation's own quoted title: the names end where that quote opens
    mud = next(p for t, p in pubs.items() if t.startswith("Mud Banks"))
    assert [a.name for a in mud.authors] == ["Tomas Krel"] and mud.authors[0].is_self


def test_a_themes_own_list_of_icon_links_in_params_gives_the_owners_contacts(tmp_path):
    # "params: little_links: [{icon, name, url}]" (a theme's name for its icon links, as "socialIcons" is
    # another's): the email and the profiles of the owner, as "params.social" would be
    prof = imported_site(tmp_path / "site", {
        "config.yaml": ("baseURL: https://tomaskrel.example.org/\ntitle: Tomas Krel\nparams:\n  author: Tomas Krel\n"
                        "  little_links:\n    - icon: fa fa-envelope\n      name: E-mail\n      url: \"mailto:tkrel@"
                        "dunmore.example.edu\"\n    - icon: fab fa-github\n      name: GitHub\n"
                        "      url: https://github.com/tomaskrel\n"),
        "content/_index.md": "---\ntitle: Home\n---\n\nI am an associate professor of geography at Dunmore University.\n",
    })
    assert prof.person.email == "tkrel@dunmore.example.edu"
    assert prof.person.identifiers["github"] == "tomaskrel"


def test_papermod_social_icons_without_icon_keys_beside_an_about_page(tmp_path):
    # PaperMod's "params.socialIcons: [{name, url}]" (no "icon" key: the name picks the icon) on a site whose home
    # is content/about.md: the owner's email and profiles, as on a site whose home is the configuration's.
    # Before: only the ids the about page's text gave (none here)
    prof = imported_site(tmp_path / "site", {
        "config.yml": ("baseURL: https://olund.example.org\ntitle: Olaf Lund\ntheme: PaperMod\nparams:\n"
                       "  author: Olaf Lund\n  profileMode:\n    enabled: true\n    subtitle: Glaciers at Nordby\n"
                       "  socialIcons:\n    - name: Email\n      url: mailto:olund@nordby.example.edu\n"
                       "    - name: GitHub\n      url: https://github.com/olaflund\n"
                       "    - name: orcid\n      url: https://orcid.org/0000-0002-1825-0097\n"
                       "  links:\n    - name: Ann Berg\n      url: https://annberg.example.com\n"
                       "    - name: Rivers blog\n      url: https://riverblog.example.net\n"),
        "content/about.md": ("---\ntitle: About\n---\n\nI am a research scientist at Nordby University, where I "
                             "measure how fast glaciers slide.\n"),
    })
    assert prof.person.email == "olund@nordby.example.edu"
    assert prof.person.identifiers["github"] == "olaflund"
    assert prof.person.identifiers["orcid"] == "0000-0002-1825-0097"
    # (a bare "links" list beside it is the friends' sites a blog theme links to, none the owner's profile)
    assert not {"ann_berg", "rivers_blog"} & set(prof.person.links)


def test_icon_links_in_the_config_folders_params_beside_a_root_config(tmp_path):
    # the root config.toml holds the site (theme, [params] author) and config/_default/params.toml the icon links
    # and a profile setting: Hugo merges that file into the same params, so they are the owner's profiles.
    # Before: only the root's [params] were read for them (no ids)
    prof = imported_site(tmp_path / "site", {
        "config.toml": ('baseURL = "https://ivela.example.org/"\ntitle = "Ines Vela"\ntheme = "anatole"\n'
                        '[params]\n  author = "Ines Vela"\n'),
        "config/_default/params.toml": ('description = "Lecturer in hydrology"\ngithub = "inesvela"\n'
                                        '[[socialIcons]]\nicon = "fab fa-orcid"\ntitle = "Orcid"\n'
                                        'url = "https://orcid.org/0000-0002-1825-0097"\n'
                                        '[[socialIcons]]\nicon = "fas fa-graduation-cap"\ntitle = "Scholar"\n'
                                        'url = "https://scholar.google.com/citations?user=AbCdEf123456"\n'),
        "content/_index.md": "---\ntitle: Home\n---\n\nI study how rivers carry sand.\n",
    })
    assert prof.person.name == "Ines Vela"
    assert prof.person.identifiers["orcid"] == "0000-0002-1825-0097"
    assert prof.person.identifiers["google_scholar"] == "AbCdEf123456"
    assert prof.person.identifiers["github"] == "inesvela"
    # the same icon list in both: the folder's, as Hugo merges the folder over the root's configuration
    prof = imported_site(tmp_path / "both", {
        "config.toml": ('baseURL = "https://ivela.example.org/"\ntitle = "Ines Vela"\ntheme = "anatole"\n'
                        '[params]\n  author = "Ines Vela"\n'
                        '[[params.socialIcons]]\nicon = "fab fa-github"\nurl = "https://github.com/old-vela"\n'),
        "config/_default/params.toml": '[[socialIcons]]\nicon = "fab fa-github"\nurl = "https://github.com/inesvela"\n',
        "content/_index.md": "---\ntitle: Home\n---\n\nI study how rivers carry sand.\n",
    })
    assert prof.person.identifiers["github"] == "inesvela"


def test_blox_author_page_awards_and_a_portuguese_advisor(tmp_path):
    # Hugo Blox's author page ("content/authors/admin/_index.md") holding the lists its data file holds: "awards:"
    # records (title, awarder, date) and an education record whose summary names the advisor in Portuguese
    p = imported_site(tmp_path, {
        "hugo.yaml": "title: Caio Berto\nbaseURL: 'https://cberto.example.org/'\n",
        "content/authors/admin/_index.md": (
            "---\ntitle: Caio Berto\nrole: Pesquisador\n"
            "education:\n  - area: Doutorado em Física\n    institution: Universidade do Vale Claro\n"
            "    date_end: 2022-06-01\n    summary: |\n      Tese sobre ondas em plasmas.\n"
            "      Orientadora: Profa. Dra. Lia Moreno Prado.\n"
            "awards:\n  - title: Prêmio Jovem Cientista\n    date: '2021-12-01'\n    awarder: Sociedade de Física do Sul\n"
            # the starter's sample left below the owner's own: the theme's, not an award of theirs
            "  - title: Blockchain Fundamentals\n    date: '2023-07-01'\n    awarder: edX\n"
            "---\n\nEstudo plasmas frios.\n"),
    })
    assert [(a.name, a.year) for a in p.awards] == [("Prêmio Jovem Cientista, Sociedade de Física do Sul", 2021)]
    assert p.person.advisors == ["Lia Moreno Prado"]


def test_blox_paper_links_by_id_and_relative_to_the_paper_page(tmp_path):
    # Hugo Blox's "links:" items: an arXiv preprint given by provider and id (the theme builds its address), a
    # file of the page bundle ("url: paper.pdf", under the paper's own page) and a site-rooted one ("/files/...")
    p = imported_site(tmp_path, {
        "hugo.yaml": "title: Caio Berto\nbaseURL: 'https://cberto.example.org/'\n",
        "content/authors/admin/_index.md": "---\ntitle: Caio Berto\n---\n",
        "content/publications/journal-article/cold-waves/index.md": (
            "---\ntitle: 'Cold waves in thin plasmas'\nauthors: [admin]\ndate: '2023-02-01'\n"
            "links:\n  - type: preprint\n    provider: arxiv\n    id: 2302.01234\n"
            "  - type: pdf\n    url: paper.pdf\n  - type: slides\n    url: /files/cold-waves-slides.pdf\n---\n"),
    })
    [pub] = p.publications
    assert pub.links["arxiv"] == "https://arxiv.org/abs/2302.01234"
    assert pub.links["pdf"] == "https://cberto.example.org/publications/journal-article/cold-waves/paper.pdf"
    assert pub.links["slides"] == "https://cberto.example.org/files/cold-waves-slides.pdf"


def test_wowchemy_paper_link_relative_to_the_site_unless_a_file_of_the_bundle(tmp_path):
    # Wowchemy's "links: [{name: ..., url: ...}]": a file of the page bundle is linked at the bundle's address, any
    # other relative address under the site's
    p = imported_site(tmp_path, {
        "config.toml": "baseURL = 'https://cberto.example.org/'\ntitle = 'Caio Berto'\n",
        "content/authors/admin/_index.md": "---\ntitle: Caio Berto\n---\n",
        "content/publication/cold-waves/index.md": (
            "---\ntitle: 'Cold waves in thin plasmas'\nauthors: [admin]\ndate: '2023-02-01'\n"
            "links:\n  - name: Poster\n    url: poster.pdf\n  - name: Slides\n    url: files/slides.pdf\n---\n"),
        "content/publication/cold-waves/poster.pdf": "%PDF-1.4\n",
    })
    [pub] = p.publications
    urls = sorted([*pub.links.values(), *(x.url for x in pub.more_links)])
    assert urls == ["https://cberto.example.org/files/slides.pdf",
                    "https://cberto.example.org/publication/cold-waves/poster.pdf"]


def test_the_awards_an_author_pages_front_matter_lists_are_the_owners(tmp_path):
    # Hugo Blox's author schema lists the owner's honours under "awards:" (title, date, awarder); kg read that list
    # in data/authors/*.yaml but not on the author page (content/authors/admin/_index.md), whose lines it listed as
    # unparsed and whose awards it missed
    p = imported_site(tmp_path, {
        "hugo.yaml": "title: Lina Oduya\nbaseURL: 'https://loduya.example.org/'\n",
        "content/authors/admin/_index.md": (
            "---\ntitle: Lina Oduya\nrole: Research Engineer\nsuperuser: true\nawards:\n"
            "  - title: Best Student Poster\n    date: '2020-06-01'\n    awarder: Coastal Sensing Workshop\n"
            "  - title: Merit Scholarship\n    date: '2017-09-01'\n    awarder: Harbour Polytechnic\n---\n\n"
            "I build buoys that listen to waves.\n"),
    })
    assert [(a.name, a.year) for a in p.awards] == [("Best Student Poster, Coastal Sensing Workshop", 2020),
                                                    ("Merit Scholarship, Harbour Polytechnic", 2017)]
    assert not [u for u in p.unparsed if u.file == "content/authors/admin/_index.md" and "award" in u.text.lower()]


def test_a_hugo_work_filed_as_software_is_of_another_kind(tmp_path):
    # Hugo Blox names a work's kind in CSL's words: "software" (an R package the site lists with the papers) is a work
    # of another kind; before, its two lines were listed as unparsed
    files = {
        "config/_default/hugo.yaml": "title: Rhea Okafor\nbaseURL: https://rhea.example.org/\n",
        "content/authors/admin/_index.md": "---\ntitle: Rhea Okafor\nsuperuser: true\n---\n",
        "content/publication/leafcount/index.md": "---\ntitle: 'leafcount: Counting Stomata in R'\ndate: 2023-03-01\n"
                                                  "authors:\n  - admin\npublication_types:\n  - software\n---\n",
    }
    p = imported_site(tmp_path, files)
    assert [(x.title, x.venue_type) for x in p.publications] == [("leafcount: Counting Stomata in R", "other")]
    assert not [u for u in p.unparsed if u.file and "leafcount" in u.file]


def test_a_hand_written_publications_page_over_a_bundle_that_words_its_paper_again_is_the_sites_list(tmp_path):
    # content/publications.md lists four papers by hand; the one paper bundle of content/publication/ is one of them,
    # its title worded from the journal's record ("Arsenic" where the page writes "As"): the page is the site's list
    # (its works all read), and the bundle's paper is the page's, read once
    site = _write(tmp_path, {
        "config.toml": 'baseurl = "https://ines.example.org/"\ntitle = "Ines Palter"\ntheme = "academic"\n',
        "content/authors/admin/_index.md": "---\ntitle: Ines Palter\nrole: Lecturer\n---\n",
        "content/publication/husk/index.md": (
            '---\ntitle: "Silica From Rice Husk Lowers Arsenic in Paddy Grain"\nauthors:\n- Oto Brenn\n- admin\n'
            'date: "2016-05-18T00:00:00Z"\npublication_types: ["2"]\npublication: "*Journal of Grain Chemistry*"\n---\n'),
        "content/publications.md": (
            "---\ntitle: Publications\n---\n\n## Journal Articles\n\n"
            "Palter I, Brenn O. (2021) Ripples on shallow lakes in early spring. *Lake Letters*\n\n"
            "Brenn O, **Palter I**. (2020) Sampling cold springs for their microbes. *Spring Journal*\n\n"
            "**Palter I**, Brenn O, Kell A. (2018) Mud cores from the winter ice of two ponds. *Pond Studies*\n\n"
            "Brenn O, **Palter I**. (2016) Silica from rice husk lowers As in paddy grain. *J. Grain Chem.*\n"),
    })
    pubs = import_path(site).profile.publications
    assert sorted((p.year, p.title[:20]) for p in pubs) == [
        (2016, "Silica From Rice Hus"), (2018, "Mud cores from the w"), (2020, "Sampling cold springs"[:20]),
        (2021, "Ripples on shallow l")]


def test_a_theme_demo_work_in_latin_filler_by_others_is_not_the_owners(tmp_path):
    # PaperMod's demo book left in content/books/ beside the owner's papers: its page is the theme's Latin filler and
    # its author the theme's demo scholar, not the owner; it was read as the owner's ninth work
    filler = ("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et "
              "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.\n")
    p = imported_site(tmp_path, {
        "config.yml": "baseURL: https://example.org/\ntitle: Rosa Imbert\ntheme: PaperMod\nparams:\n  profileMode:\n"
                      "    enabled: true\n    title: Rosa Imbert\n    subtitle: I am a soil scientist.\n",
        "content/papers/_index.md": "---\ntitle: Papers\n---\n",
        "content/papers/p1/index.md": "---\ntitle: Carbon under cover crops\ndate: 2024-03-01\nauthor: "
                                      "[\"Rosa Imbert\", \"Ivo Dane\"]\neditPost:\n  URL: https://doi.org/10.1000/cc\n"
                                      "  Text: Soil Letters\n---\n\nWe measure carbon under cover crops.\n",
        "content/books/_index.md": "---\ntitle: Books\n---\n",
        "content/books/book1/index.md": "---\ntitle: Irregular Verbs of the Plains\ndate: 1997-01-01\nauthor: "
                                        "[\"Otto Vanderhall\"]\neditPost:\n  Text: Plains University Press\n---\n\n"
                                        f"#### Description\n\n{filler}",
    })
    assert [x.title for x in p.publications] == ["Carbon under cover crops"]


def test_a_subtitle_naming_a_business_school_after_the_position():
    # "Title, X Business School": a business school is a place of its own (where "School of X" is a unit of one)
    person = Person(name="X")
    assert read_subtitle("Associate Professor of Geography, Tarnwood Business School", person)
    assert person.job_title == "Associate Professor of Geography"
    assert [(a.name, a.role) for a in person.affiliations] == [("Tarnwood Business School",
                                                                 "Associate Professor of Geography")]
    # a bare "Business School" names a unit of the university after it
    person = Person(name="X")
    assert read_subtitle("Lecturer in Finance, Business School, Eastmoor University", person)
    assert [a.name for a in person.affiliations] == ["Eastmoor University"]


def test_an_accomplishments_widgets_toml_items_are_read_line_by_line(tmp_path):
    """The accomplishments widget titled "Publications" in TOML (``[[item]]`` tables, as an old Academic site writes
    them): each work is the item it was read from, and the item's lines are accounted as read with it (its empty
    ``certificate_url = ""`` holds nothing). Before, a TOML front matter gave no span per item: every work was put
    on the first item's line and the other items' lines (title, venue, authors, DOI) were listed as not read."""
    p = imported_site(tmp_path, {
        "content/authors/admin/_index.md": "---\ntitle: Ivo Lema\nrole: Botanist\n---\nI study ferns.\n",
        "content/home/accomplishments.md": (
            '+++\nwidget = "accomplishments"\nheadless = true\nactive = true\ntitle = "Publications"\n\n'
            '[[item]]\n  organization = "Fern Letters 12(3): 101-115"\n  title = "A new fern of the Tarn valley"\n'
            '  url = "https://doi.org/10.9999/fl.12.101"\n  date_start = "2019-04-02"\n'
            '  description = "Lema, I.V. & Roe, A."\n\n'
            '[[item]]\n  organization = "Moss Review 272: 151702"\n  title = "Ferns and mosses of dry hills"\n'
            '  certificate_url = ""\n  date_start = "2021-11-30"\n  description = "Lema, I.V."\n+++\n')})
    assert [(w.title, w.line) for w in p.publications] == [("A new fern of the Tarn valley", 7),
                                                            ("Ferns and mosses of dry hills", 14)]
    assert not [u for u in p.unparsed if u.file == "content/home/accomplishments.md"]


def test_a_congo_sites_owner_is_the_default_languages_author(tmp_path):
    """Congo and Blowfish keep the owner in the default language's file (``config/_default/languages.en.toml``:
    ``[params.author]`` with a ``links`` list of one-key mappings, ``{github = "https://..."}``), which Hugo merges
    over the site's params; the home page is prose that names no one. Before, the site was refused for want of a
    name. A paper's page links a PDF whose address holds brackets ("S2-4(19)30-4.pdf")."""
    p = imported_site(tmp_path, {
        "config/_default/hugo.toml": 'baseURL = "https://olvenmar.example.org/"\n',
        "config/_default/languages.en.toml": (
            'languageCode = "en"\ntitle = "OM | Home"\n\n[params.author]\n  name = "Olven Mar"\n  links = [\n'
            '    { email = "mailto:olven@example.org" },\n    { github = "https://github.com/olvenmar" },\n'
            '  #  { twitter = "https://twitter.com/username" },\n  ]\n'),
        "content/_index.md": '---\ntitle: "Home"\n---\n\nWet-lab biologist turned tide modeller.\n',
        "content/papers/1_mar/index.md": (
            '---\ntitle: "Counting Reeds in Still Water"\ndate: 2021-04-02\n---\n\n### Links\n\n'
            '- [View PDF](https://journal.example.org/pdf/S2-4(19)30-4.pdf)\n\n### Citation\n\n'
            'Ada Roe, Olven Mar, and Bo Lind. 2021. "Counting Reeds in Still Water". *Reed Letters* 3: 1-9.\n')})
    assert p.person.name == "Olven Mar"
    assert p.person.email == "olven@example.org"
    assert p.person.identifiers == {"github": "olvenmar"}
    assert [x.title for x in p.publications] == ["Counting Reeds in Still Water"]
    assert "https://journal.example.org/pdf/S2-4(19)30-4.pdf" in p.publications[0].links.values()


def test_a_hugo_home_pages_own_static_shortcode_is_part_of_the_page(tmp_path):
    """``{{< profile >}}`` on the home page, the site's own ``layouts/shortcodes/profile.html`` a card written out in
    HTML (no template code): Hugo puts that HTML in the page, so its address (spelt "[at]") is the owner's; a
    shortcode whose template computes its HTML ("{{ .Get 0 }}") is not read."""
    p = imported_site(tmp_path, {
        "config.toml": 'baseURL = "https://ilsevarga.example.org/"\ntitle = "Ilse Varga"\n[author]\n  name = "Ilse Varga"\n',
        "content/_index.md": '+++\ntitle = "Ilse Varga"\n+++\n\n{{< profile >}}\n{{< badge >}}\n\n# Biography\n\n'
                             'Ilse Varga studies tides.\n',
        "layouts/shortcodes/profile.html": ('<div id="profile"><span>Ilse Varga</span><br><address>\n'
                                            'Email: ilse.varga[at]tide.example.edu\n</address></div>\n'),
        "layouts/shortcodes/badge.html": '<a href="{{ .Get 0 }}">mail@template.example.org</a>\n'})
    assert p.person.email == "ilse.varga@tide.example.edu"


def test_a_theme_of_its_own_with_params_name_reads_the_home_and_the_cv_section_page(tmp_path):
    # a hand-made Hugo theme: "[params] name = ..." names the owner (as Academic before v4 did), but the site has
    # no about widget, only content pages: "content/_index.md" (contact block, profile icons) and the CV as a
    # section's list page, "content/cv/_index.md". Before, the params owner was taken for Academic's and only the
    # works of the pages were read (no degrees, no awards, no profile ids)
    profile = imported_site(tmp_path / "site", {
        "hugo.toml": ('baseURL = "https://oda.example.org/"\ntitle = "Ines Oda"\ntheme = "oda-theme"\n\n[params]\n'
                      '  name = "Ines Oda"\n  email = "oda@example.org"\n'),
        "content/_index.md": (
            '---\ntitle: "About"\n---\n\n<h1 class="page-title">Ines Oda</h1>\n'
            '<p class="page-subtitle">Lecturer, Tarn University</p>\n\n<div class="icon-links">\n'
            '  <a href="https://github.com/inesoda" title="GitHub">\n    <svg viewBox="0 0 24 24"></svg>\n  </a>\n'
            '</div>\n\n## About\n\nI study sea ice.\n\n[Curriculum Vitae](/cv/)\n'),
        "content/cv/_index.md": (
            '---\ntitle: "CV"\n---\n\n## Education\n\n<div class="cv-entry">\n'
            '  <div class="cv-entry__date">Mar 2015</div>\n'
            '  <div class="cv-entry__content"><strong>Ph.D.</strong> Tarn University</div>\n</div>\n'
            '<div class="cv-entry">\n  <div class="cv-entry__date">Mar 2011</div>\n'
            '  <div class="cv-entry__content"><strong>B.S.</strong> Tarn University</div>\n</div>\n\n'
            '## Awards\n\n<ol>\n  <li><strong>Ice Prize</strong>, Polar Society (June 2020)</li>\n</ol>\n'),
    })
    person = profile.person
    assert person.name == "Ines Oda" and person.identifiers.get("github") == "inesoda"
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "Tarn University", 2015), ("B.S.", "Tarn University", 2011)]
    assert [(a.name, a.year) for a in profile.awards] == [("Ice Prize, Polar Society", 2020)]


def test_a_home_page_whose_front_matter_is_about_its_owner_gives_their_email_and_profiles(tmp_path):
    """A Hugo theme's home layout prints the home page's front matter (``content/_index.md``: ``name``, ``email``,
    ``orcid`` and ``scholar`` as addresses): the owner's email and profile ids. Before: none of them."""
    from .sitefiles import imported_site

    person = imported_site(tmp_path, {
        "hugo.toml": "baseURL = 'https://ada-kruger.example.org/'\ntitle = 'Ada KRUGER'\n[params]\n"
                     "  name = 'Ada KRUGER'\n",
        "content/_index.md": "---\ntitle: \"home\"\nlayout: \"index\"\nname: \"Ada KRUGER\"\n"
                             "orcid: \"https://orcid.org/0000-0002-1825-0097\"\n"
                             "scholar: \"https://scholar.google.com/citations?user=AbCdEfGhIjkL&hl=en\"\n"
                             "email: \"ada.kruger@tarn.example.edu\"\n---\n\nI study worms in dry soil.\n",
    }).person
    assert person.email == "ada.kruger@tarn.example.edu"
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert person.identifiers.get("google_scholar") == "AbCdEfGhIjkL"


def test_a_hugo_apero_section_list_page_left_as_the_theme_wrote_it_is_no_page(tmp_path):
    """hugo-apero's ``content/blog/_index.md`` (front matter, then "** No content below YAML for the blog _index.
    This file provides front matter ...**"): the theme's note, no text of the owner's; a hand-written list page
    (``content/research/_index.md``) is still read."""
    from kg.importers.common import starter_text
    from kg.importers.site.hugo import _section_pages

    note = ("---\ntitle: Notes\nlayout: list-grid\n---\n\n** No content below YAML for the `talk` _index. This file "
            "provides front matter for the listing page layout and sidebar content.**\n")
    (tmp_path / "content" / "notes").mkdir(parents=True)
    (tmp_path / "content" / "notes" / "_index.md").write_text(note, encoding="utf-8")
    (tmp_path / "content" / "research").mkdir()
    (tmp_path / "content" / "research" / "_index.md").write_text(
        "---\ntitle: Research\n---\n\n**[Tides of the inner sea.](/research/tides)** Roe, A. (2020). *Sea Letters*.\n",
        encoding="utf-8")
    assert starter_text(note)
    assert [p.parent.name for p in _section_pages(tmp_path / "content")] == ["research"]


def test_a_list_entry_and_the_work_page_it_links_to_are_one_work_whatever_their_years(tmp_path):
    """hugo-apero's research list ("**[Title.](/research/tide_rd)** ... (2023).") over the works' own page bundles
    (``content/research/Tide_RD/index.md``, whose citation gives the year it came out online, 2022, and no
    journal): the entry links to the bundle (Hugo serves it at its folder's name, lowercased), one work."""
    from kg.importers.site.assemble import dedupe_publications
    from kg.model import Publication

    entry = Publication(title="Tides of the Inner Sea", year=2023, venue="Journal of Sea Studies",
                        links={"paper": "https://ann.example.org/research/tide_rd"}, file="content/research/_index.md")
    page = Publication(title="Tides of the inner sea", year=2022, links={"pdf": "https://ann.example.org/tide.pdf"},
                       file="content/research/Tide_RD/index.md")
    other = Publication(title="Tides of the Inner Sea", year=2019, file="content/research/Tide_Old/index.md")
    kept = dedupe_publications([entry, page, other])
    assert [(p.year, p.file) for p in kept] == [(2023, "content/research/_index.md"),
                                                 (2019, "content/research/Tide_Old/index.md")]
    assert kept[0].links["pdf"] == "https://ann.example.org/tide.pdf"


def test_a_labs_page_as_the_admin_author_gives_the_site_to_the_member_the_lab_is_named_for(tmp_path):
    """A lab's Hugo site whose "admin" author page is the lab ("name: Pellow Lab") beside its members' pages, one
    of them "Ines Pellow", the lab's head: the person was "Pellow Lab"; the site is the head's, her papers hers."""
    files = dict([
        ("config/_default/hugo.yaml", "title: Pellow Lab\nbaseURL: https://pellow.example.org/\n"),
        ("content/author/admin/_index.md", "---\nname: Pellow Lab\nrole: A coastal ecology lab\n---\n\nWe study "
                                           "salt marshes.\n"),
        ("content/author/ipellow/_index.md", "---\nname: Ines Pellow\nrole: Associate Scientist\n"
                                             "user_groups: ['Principal Investigator']\n---\n"),
        ("content/author/tkarsk/_index.md", "---\nname: Tomas Karsk\nrole: Graduate Student\n"
                                            "user_groups: ['Lab Members']\n---\n"),
        ("content/publication/marsh-2021/index.md", "---\ntitle: Marsh grasses under rising tides\n"
                                                    "date: 2021-05-01\nauthors:\n  - tkarsk\n  - ipellow\n"
                                                    "publication: '*Estuaries*'\n---\n"),
    ])
    p = imported_site(tmp_path, files)
    assert p.person.name == "Ines Pellow"
    assert [[a.name for a in x.authors if a.is_self] for x in p.publications] == [["Ines Pellow"]]


@pytest.mark.parametrize("base_url, placed", [
    ("https://toverask.example.org/", ["https://toverask.example.org/blog/night-shift"]),
    # review r78f #6: a theme's "baseURL: https://example.com/" left in place is no address of the site; given to
    # assemble it made the button a link to example.com and hid the hint to give --base-url
    ("https://example.com/", [])])
def test_a_site_relative_link_on_a_page_the_hugo_reader_leaves_is_placed_at_the_configured_address(tmp_path, base_url,
                                                                                                   placed):
    # content/research/_index.md, read with the site's other pages after the Hugo reader: its "/blog/..." button
    # is a page of the site, at the configuration's baseURL (every other family gives its address to those pages;
    # Hugo gave none, so the link was dropped as one not placed)
    site = _write(tmp_path, {
        "config/_default/config.yaml": f"title: Tove Rask\nbaseURL: {base_url}\n",
        "content/authors/admin/_index.md": "---\ntitle: Tove Rask\nrole: Lecturer\n---\n",
        "content/research/_index.md": (
            "---\ntitle: Research\n---\n\n## Publications\n\n"
            "- Tove Rask and Ivar Dal. Wages of the night shift. *Journal of Shift Work*, 2021. "
            "[Summary](/blog/night-shift) [Paper](https://papers.example.org/night.pdf)\n"
            "- Tove Rask. Hours at sea. *Journal of Shift Work*, 2019. [Paper](https://papers.example.org/sea.pdf)\n"),
    })
    links = {p.title: sorted(p.links.values()) for p in import_path(site).profile.publications}
    assert links["Wages of the night shift"] == ["https://papers.example.org/night.pdf", *placed]



def test_a_hugo_paper_page_written_in_bibtex_keys_has_its_booktitle_or_school_as_venue(tmp_path: Path):
    # a site's own layout over one page per paper whose front matter keeps BibTeX's field names ("booktitle:" for
    # a journal or proceedings, "school:" for a thesis, authors as one string): the venue is read there as from a
    # data file's record (it was read only under "venue:")
    d = write_site(tmp_path / "site", {
        "config.toml": 'baseURL = "https://tova-rask.example.org/"\ntitle = "Tova Rask"\n',
        "content/_index.md": "---\ntitle: Home\n---\n\nI am a lecturer in compilers at Eastmoor University.\n",
        "content/publications/RL21_SPLASH.md": '---\ndate: 2021-01-01\nkind: "conference"\n'
        'title: "Loop Fusion Without Tears"\nauthors: "Tova Rask and Ivo Lind"\n'
        'booktitle: "Workshop on Gentle Compilers (WGC)"\n---\n',
        "content/publications/Rask12_PhD.md": '---\ndate: 2012-01-01\nkind: "thesis"\n'
        'title: "Fusing Loops in Practice"\nauthors: "Tova Rask"\nthesis: "PhD"\n'
        'school: "Eastmoor University"\n---\n'})
    pubs = {p.title: p for p in import_path(d).profile.publications}
    # (kg's venue is the acronym a venue is written with, its full name beside it)
    assert (pubs["Loop Fusion Without Tears"].venue, pubs["Loop Fusion Without Tears"].venue_full) == (
        "WGC", "Workshop on Gentle Compilers")
    assert pubs["Loop Fusion Without Tears"].year == 2021
    assert pubs["Fusing Loops in Practice"].venue == "Eastmoor University"


def test_a_hugo_site_that_names_nobody_is_owned_by_the_author_on_most_of_its_paper_pages(tmp_path: Path):
    # no author in the configuration, a site title of a nickname ("Tom's Homepage"), the name only in the site's
    # own layouts, a home page of first-person prose whose one bold phrase ("My **current research** is ...") the
    # page reader took for a work by "My": the owner is the author on most of the site's paper pages (it was "My",
    # and no paper was the owner's)
    files = {"config.toml": 'baseURL = "https://quilltom.com/"\ntitle = "Tom\'s Homepage"\n',
             "content/_index.md": "---\ndraft: false\n---\n\n## Bio\n\nI'm a research engineer in the _Gentle Tools "
             "Team_ at [Loomware](https://loomware.example.com/).  My current focus is on loop fusion.  My research "
             "interests are in *compilers* and *static analysis*.\n\n## Research\n\nMy **current research** is "
             "focused around the [Quill programming language](http://quill.example.org) and [formal verification]"
             "(https://en.wikipedia.org/wiki/Formal_verification).  Quill lets one write [preconditions]"
             "(https://en.wikipedia.org/wiki/Precondition), and is designed to make verified software simpler.  You "
             "can find out more about my work on Quill [here](projects/quill).\n"}
    for slug, (title, authors) in {"a": ("Loop Fusion Without Tears", "Thomas Rask and Ivo Lind"),
                                   "b": ("Borrowing Checked Twice", "Pia Moe, Thomas Rask and Ivo Lind"),
                                   "c": ("A Quill for Every Loop", "Thomas Rask"),
                                   "d": ("Student Compiler Notes", "Ola Berg")}.items():
        files[f"content/publications/{slug}.md"] = (f'---\ndate: 2020-01-01\ntitle: "{title}"\nauthors: "{authors}"\n'
                                                    'booktitle: "Workshop on Gentle Compilers"\n---\n')
    profile = import_path(write_site(tmp_path / "site", files)).profile
    assert profile.person.name == "Thomas Rask"
    assert profile.person.affiliations and profile.person.affiliations[0].name == "Loomware"
    mine = {p.title for p in profile.publications if any(a.is_self for a in p.authors)}
    assert mine == {"Loop Fusion Without Tears", "Borrowing Checked Twice", "A Quill for Every Loop"}


def test_the_links_a_sites_own_paper_template_builds_from_a_pages_keys_are_the_papers(tmp_path: Path):
    # a site's own layout for a paper's page writes its links from the page's keys under a folder of the site
    # ('<a href="{{.Site.BaseURL}}publications/{{.Params.preprint}}">PDF</a>', the same for "slides"): "preprint" is
    # the paper's PDF and both files are under publications/ (the preprint was no link, the slides under the root)
    files = {"config.toml": 'baseURL = "https://quilltom.com/"\ntitle = "Thomas Rask"\n',
             "content/_index.md": "---\ntitle: Home\n---\n\nI'm a research engineer at Loomware.\n",
             "layouts/publications/single.html":
             '{{ define "main" }}<h1>{{ .Title }}</h1>\n<div class="links">\n'
             '{{ if .Params.preprint }}<a href="{{.Site.BaseURL}}publications/{{.Params.preprint}}">PDF</a>{{ end }}\n'
             '{{ if .Params.DOI }}<a href="https://doi.org/{{.Params.DOI}}">DOI</a>{{ end }}\n'
             '{{ if .Params.slides }}<a href="{{.Site.BaseURL}}publications/{{.Params.slides}}">Slides</a>{{ end }}\n'
             '</div>{{ end }}\n',
             "content/publications/RL21_WGC.md": '---\ndate: 2021-01-01\ntitle: "Loop Fusion Without Tears"\n'
             'authors: "Thomas Rask and Ivo Lind"\nbooktitle: "Workshop on Gentle Compilers"\nDOI: "10.5555/wgc.21"\n'
             'preprint: "RL21_WGC_preprint.pdf"\nslides: "RL21_WGC_slides.pdf"\n---\n'}
    pub = imported_site(tmp_path / "site", files).publications[0]
    assert pub.links == {"pdf": "https://quilltom.com/publications/RL21_WGC_preprint.pdf",
                         "doi": "https://doi.org/10.5555/wgc.21",
                         "slides": "https://quilltom.com/publications/RL21_WGC_slides.pdf"}


def test_a_students_hugo_site_is_not_owned_by_the_supervisor_on_every_paper_page(tmp_path: Path):
    # a student's site titled by a nickname, its paper pages all written with the supervisor, the student's own name
    # spelled two ways ("Tom Rask", "Thomas Rask"): the supervisor is the author on most pages, but the home page
    # names the student, not her ("Hi, I'm Thomas Rask"): the owner is the student, as the home page's prose says
    files = {"config.toml": 'baseURL = "https://quilltom.com/"\ntitle = "Tom\'s Homepage"\n',
             "content/_index.md": "---\ndraft: false\n---\n\nHi, I'm Thomas Rask, a PhD student at Eastmoor University.\n"}
    for slug, (title, authors) in {"a": ("Loop Fusion Without Tears", "Tom Rask and Ann Sundqvist"),
                                   "b": ("Borrowing Checked Twice", "Ivo Lind, Thomas Rask and Ann Sundqvist"),
                                   "c": ("A Quill for Every Loop", "Thomas Rask, Pia Moe and Ann Sundqvist")}.items():
        files[f"content/publications/{slug}.md"] = (f'---\ndate: 2020-01-01\ntitle: "{title}"\nauthors: "{authors}"\n'
                                                    'booktitle: "Workshop on Gentle Compilers"\n---\n')
    profile = import_path(write_site(tmp_path / "site", files)).profile
    assert profile.person.name == "Thomas Rask"
    assert not any(a.is_self and a.name == "Ann Sundqvist" for p in profile.publications for a in p.authors)


def test_a_page_relative_template_folder_adds_none_and_a_key_named_for_a_kind_keeps_it(tmp_path: Path):
    # a paper template writing 'href="files/{{.Params.slides}}"' puts the file under the page's own address
    # (/publications/loop/files/), which kg does not place: no "files/" under the site's root is made up; a key
    # named for its kind ("talk") keeps that kind whatever the link's text says ("Video")
    files = {"config.toml": 'baseURL = "https://quilltom.com/"\ntitle = "Thomas Rask"\n',
             "content/_index.md": "---\ntitle: Home\n---\n\nI am a research engineer at Loomware.\n",
             "layouts/publications/single.html":
             '{{ define "main" }}<h1>{{ .Title }}</h1>\n'
             '{{ with .Params.slides }}<a href="files/{{.Params.slides}}">Slides</a>{{ end }}\n'
             '<a href="{{ .Params.talk }}">Video</a>{{ end }}\n',
             "content/publications/loop/index.md": '---\ndate: 2021-01-01\ntitle: "Loop Fusion Without Tears"\n'
             'authors: "Thomas Rask and Ivo Lind"\nbooktitle: "Workshop on Gentle Compilers"\nslides: "loop.pdf"\n'
             'talk: "https://vid.example.org/loop"\n---\n'}
    pub = imported_site(tmp_path / "site", files).publications[0]
    assert pub.links.get("talk") == "https://vid.example.org/loop" and "video" not in pub.links
    assert not any("/files/" in url for url in pub.links.values())


def test_a_labs_hugo_site_with_an_empty_home_is_its_heads_and_reads_the_citations_glued_to_its_titles(tmp_path: Path):
    # a lab's own Hugo layouts: "title = 'Quell Lab'", a home content file of TOML front matter only (the layout
    # writes the page), a people section of one bundle per member ("role = 'Head of Lab'"), and paper pages whose
    # title carries the short citation "(Roe, Lee & Quell, J. Sand Res., 2019)": the head is the owner, the home
    # page no error, and each paper's names, venue and year are read off its title
    files = {"hugo.toml": 'baseURL = "https://quell-lab.example.org/"\ntitle = "Quell Lab"\n',
             "content/_index.md": '+++\ndescription = "Sand and water at Tarn."\n[params]\n  headline = "Sand."\n+++\n',
             "content/people/_index.md": '---\ntitle: "People"\n---\n',
             "content/people/mira-quell/index.md": '+++\ntitle = """Mira Quell, PhD"""\nrole = """Head of Lab"""\n'
             'status = "pi"\n+++\n\nEmail: <a href="mailto:mira@tarn.example.edu">mira@tarn.example.edu</a>\n',
             "content/people/ivo-lind/index.md": '+++\ntitle = """Ivo Lind"""\nrole = """Postdoc"""\n+++\n',
             "content/publications/2019-waves/index.md":
                 '+++\ntitle = """Waves in sand and clay (Roe, Lind & Quell, J. Sand Res., 2019)"""\ndate = 2019-05-01\n'
                 'externalUrl = "https://doi.org/10.1234/sand.1"\n+++\n',
             "content/publications/2021-ripples/index.md":
                 '+++\ntitle = """Ripples of the shore (Lind et al., Coastal Letters, 2021)"""\ndate = 2021-02-01\n+++\n'}
    profile = imported_site(tmp_path / "site", files)
    assert profile.person.name == "Mira Quell" and profile.person.job_title == "Head of Lab"
    assert profile.person.email == "mira@tarn.example.edu"
    pubs = {p.title: p for p in profile.publications}
    waves = pubs["Waves in sand and clay"]
    assert waves.year == 2019 and waves.venue.startswith("J. Sand Res")
    assert [a.name for a in waves.authors] == ["Roe", "Lind", "Quell"] and waves.authors[2].is_self
    ripples = pubs["Ripples of the shore"]
    assert ripples.venue == "Coastal Letters" and ripples.authors_truncated and [a.name for a in ripples.authors] == ["Lind"]


_BLOX_AUTHOR = "---\ntitle: Ilse Marrow\nrole: Lecturer in Hydrology\nsuperuser: true\n---\n\nIlse studies groundwater.\n"


def _blox_paper(title: str, extra: str = "") -> str:
    return (f"---\ntitle: \"{title}\"\nauthors:\n- admin\n- Tomas Vick\ndate: \"2021-04-01\"\n"
            f"publication: \"Journal of Aquifers\"\npublication_types: [\"2\"]\n{extra}---\n")


def test_a_content_folder_the_configuration_names_is_the_sites_content(tmp_path):
    """``contentDir: site`` in the configuration: Hugo reads the pages from ``site/``, not ``content/``."""
    profile = imported_site(tmp_path, {
        "hugo.yaml": "baseURL: https://imarrow.example.org/\ntitle: Ilse Marrow\ncontentDir: site\n",
        "site/authors/admin/_index.md": _BLOX_AUTHOR,
        "site/publication/recharge/index.md": _blox_paper("Recharge under irrigated fields"),
    })
    assert profile.person.name == "Ilse Marrow"
    assert [p.title for p in profile.publications] == ["Recharge under irrigated fields"]


def test_paper_bundles_of_a_section_named_for_papers_are_the_sites_papers(tmp_path):
    """``content/papers/<slug>/index.md``, each a Hugo Blox paper's page, with no collection block naming the
    folder: the site serves each paper's page, and they are its papers; a section's own list page is none."""
    profile = imported_site(tmp_path, {
        "hugo.yaml": "baseURL: https://imarrow.example.org/\ntitle: Ilse Marrow\n",
        "content/authors/admin/_index.md": _BLOX_AUTHOR,
        "content/papers/_index.md": "---\ntitle: Papers\n---\n",
        "content/papers/recharge/index.md": _blox_paper("Recharge under irrigated fields"),
        "content/papers/wells/index.md": _blox_paper("Well yields in fractured rock"),
    })
    assert sorted(p.title for p in profile.publications) == ["Recharge under irrigated fields",
                                                             "Well yields in fractured rock"]


def test_a_paper_hugos_build_options_keep_off_the_site_is_no_paper(tmp_path):
    """``build: {render: never}`` (``_build:`` before Hugo 0.145) writes no page of it, ``list: never`` lists it
    nowhere: neither is one of the site's papers, and the file is reported, not read."""
    profile = imported_site(tmp_path, {
        "hugo.yaml": "baseURL: https://imarrow.example.org/\ntitle: Ilse Marrow\n",
        "content/authors/admin/_index.md": _BLOX_AUTHOR,
        "content/publication/recharge/index.md": _blox_paper("Recharge under irrigated fields"),
        "content/publication/hidden/index.md": _blox_paper("A paper kept off the site", "build:\n  render: never\n"),
        "content/publication/unlisted/index.md": _blox_paper("A paper in no list", "_build:\n  list: never\n"),
    })
    assert [p.title for p in profile.publications] == ["Recharge under irrigated fields"]
    skipped = {u.file: u.text for u in profile.unparsed if u.section == "skipped"}
    assert skipped["content/publication/hidden/index.md"] == \
        "not read: not rendered (Hugo's build options: render: never)"
    assert skipped["content/publication/unlisted/index.md"] == \
        "not read: in no list of the site (Hugo's build options: list: never)"


def test_a_blox_page_with_authors_and_abstract_in_a_folder_named_for_papers_is_a_paper(tmp_path):
    """A Hugo Blox working paper's page in ``content/research/`` that a collection block lists, its
    ``publication_types`` and ``publication`` commented out as the template ships them: its authors and abstract
    make it a paper; a page of the same block's folder with no abstract (a project's) is none."""
    home = ("---\ntitle: ''\ntype: landing\nsections:\n  - block: collection\n    content:\n      title: Research\n"
            "      filters:\n        folders:\n          - research\n---\n")
    profile = imported_site(tmp_path, {
        "hugo.yaml": "baseURL: https://imarrow.example.org/\ntitle: Ilse Marrow\n",
        "content/_index.md": home,
        "content/authors/admin/_index.md": _BLOX_AUTHOR,
        "content/research/recharge/index.md": "---\ntitle: 'Recharge under irrigated fields'\nauthors:\n  - admin\n"
                                              "  - Tomas Vick\ndate: '2024-03-01T00:00:00Z'\n"
                                              "# publication_types: ['article']\n"
                                              "abstract: We measure how much irrigation water reaches the aquifer.\n---\n",
        "content/research/mapping/index.md": "---\ntitle: 'Mapping springs'\nauthors:\n  - admin\n"
                                             "summary: A long-running mapping project.\n---\n",
    })
    assert [p.title for p in profile.publications] == ["Recharge under irrigated fields"]
    assert [a.name for a in profile.publications[0].authors] == ["Ilse Marrow", "Tomas Vick"]


def test_a_page_hugos_build_options_keep_out_of_lists_is_still_read(tmp_path):
    """``_build: {list: never}`` on a page that is no item of a list (a CV page kept out of the site's lists):
    Hugo still renders it at its address, so its papers are read as any page's are, not set aside."""
    profile = imported_site(tmp_path, {
        "hugo.yaml": "baseURL: https://imarrow.example.org/\ntitle: Ilse Marrow\n",
        "content/authors/admin/_index.md": _BLOX_AUTHOR,
        "content/cv.md": "---\ntitle: CV\n_build:\n  list: never\n---\n\n## Publications\n\n"
                         "- Ilse Marrow and Tomas Vick. 2022. \"Recharge under irrigated fields.\" "
                         "*Journal of Aquifers* 14(2): 33-51.\n"
                         "- Ilse Marrow. 2020. \"Well yields in fractured rock.\" *Hydrology Letters* 9: 101-118.\n",
    })
    assert sorted(p.title for p in profile.publications) == ["Recharge under irrigated fields",
                                                             "Well yields in fractured rock"]
    assert not [u for u in profile.unparsed if u.file == "content/cv.md" and u.section == "skipped"]


def test_a_branch_bundle_of_a_papers_folder_holding_one_paper_is_that_paper(tmp_path):
    """``content/working-papers/<slug>/_index.md`` with a Blox paper's front matter and no page under it: Hugo
    renders it as the paper's own page and the site lists it, so it is a paper; a branch bundle grouping papers
    (``publication/journal/_index.md`` over its papers) and the folder's own list page are none."""
    profile = imported_site(tmp_path, {
        "hugo.yaml": "baseURL: https://imarrow.example.org/\ntitle: Ilse Marrow\n",
        "content/authors/admin/_index.md": _BLOX_AUTHOR,
        "content/working-papers/_index.md": "---\ntitle: Working papers\n---\n",
        "content/working-papers/recharge/_index.md": _blox_paper("Recharge under irrigated fields"),
        "content/publication/journal/_index.md": "---\ntitle: Journal articles\n---\n",
        "content/publication/journal/wells/index.md": _blox_paper("Well yields in fractured rock"),
    })
    assert sorted(p.title for p in profile.publications) == ["Recharge under irrigated fields",
                                                             "Well yields in fractured rock"]


def test_a_hugo_paper_pages_author_list_closed_by_et_al_in_markdown_italics(tmp_path):
    # 'authors = ["A Lee", "**I Marr**", "_et al_"]' (Hugo Academic's author list with markdown in its items): the
    # italic "et al" stands for the names left out, no author; before, "et al" was read as an author's name
    p = imported_site(tmp_path, {
        "hugo.toml": _PAPERMOD_CONFIG, "content/_index.md": _MOSS_HOME,
        "content/publication/snow.md": ('+++\ntitle = "Moss under deep snow"\ndate = "2023-01-01"\n'
                                        'authors = ["R Holm", "**I Marr**", "_et al_"]\n'
                                        'publication = "*Journal of Northern Mosses*"\n+++\n'),
    })
    work = next(w for w in p.publications if w.title == "Moss under deep snow")
    assert [(a.name, a.is_self) for a in work.authors] == [("R Holm", False), ("I Marr", True)]
    assert work.authors_truncated


def test_a_news_data_file_a_template_shows_is_the_sites_news(tmp_path):
    # a theme written in the repo shows "data/updates.yaml" ([{date, text}]) on its home page through a partial
    # ("{{ with site.Data.updates }}{{ range . }}"): before, no news (the Jekyll "_data/news.yml" reader was not
    # asked of Hugo's data folder); a data file no template names stays unread as news
    root = _write(tmp_path / "site", {
        "hugo.toml": 'baseURL = "https://ex.org/"\ntitle = "Ilse Varga"\n[params]\n  author = "Ilse Varga"\n',
        "content/_index.md": "---\ntitle: Ilse Varga\n---\n\nI study harbour tolls.\n",
        "content/research/tolls.md": "---\ntitle: Harbour Tolls\nyear: 2021\nvenue: Journal of Ports\n"
                                     "authors: With Bo Lind.\n---\n",
        "layouts/partials/updates.html": "{{ with site.Data.updates }}<ul>{{ range . }}<li>{{ .date }} {{ .text }}"
                                         "</li>{{ end }}</ul>{{ end }}",
        "data/updates.yaml": '- date: "Jan 2026"\n  text: "New working paper on tolls."\n'
                             '- date: "2025"\n  text: "Released a toolbox for tide tables."\n',
        "data/news.yaml": '- date: "2024"\n  text: "Not shown anywhere."\n'})
    news = import_path(root).profile.news
    assert [(n.date, n.text) for n in news] == [("2026-01", "New working paper on tolls."),
                                                ("2025", "Released a toolbox for tide tables.")]


_PER_LANGUAGE_CONFIG = """baseURL: https://lind-maths.example.org
author:
  name: Ida Lind
  role: Maîtresse de conférences
defaultContentLanguage: en
languages:
  fr:
    languageName: Français
"""


def _per_language_paper(title: str, authors: str) -> str:
    return f"---\ntitle: {title}\ndate: 2020-05-02\nauthors: {authors}\nstatus: preprint\n" \
           f"publication: Prépublication v1, 30 p.\n---\n"


def test_a_theme_of_its_own_whose_pages_are_written_per_language_reads_its_home_and_papers(tmp_path):
    # a Hugo site of a theme of its own, every page written once per language and here in French only (the home
    # "_index.fr.md", the CV "cv/index.fr.md", one bundle per paper "research/<slug>/index.fr.md"): the home and the
    # CV are the site's pages, each bundle one paper, as on a site of one language
    p = imported_site(tmp_path, {
        "config.yaml": _PER_LANGUAGE_CONFIG,
        "content/_index.fr.md": "---\ntitle: Accueil\n---\n\nJe suis maîtresse de conférences en topologie.\n",
        "content/cv/index.fr.md": "---\ntitle: CV\n---\n\n## Récompenses\n\n- 2019: Prix de la Société des "
                                  "topologues du Nord\n",
        "content/research/_index.fr.md": "---\ntitle: Recherche\n---\n",
        "content/research/knots/index.fr.md": _per_language_paper("Nœuds et tresses", "[me]"),
        "content/research/loops/index.fr.md": _per_language_paper("Espaces de lacets", "[me]"),
    })
    assert p.person.name == "Ida Lind"
    assert sorted(pub.title for pub in p.publications) == ["Espaces de lacets", "Nœuds et tresses"]
    assert [a.name for a in p.awards] == ["Prix de la Société des topologues du Nord"]


def test_paper_pages_name_their_authors_by_the_keys_of_the_sites_table_of_people(tmp_path):
    # "authors: [bo, me]" looked up in data/people.yaml, as the theme's layout does; the owner's own entry writes
    # only their initials ("[I.L.]"): it is the owner
    p = imported_site(tmp_path, {
        "config.yaml": _PER_LANGUAGE_CONFIG,
        "data/people.yaml": "me:\n  name: \"[I.L.]\"\nbo:\n  name: Bo Sandvik\n  url: https://sandvik.example.net\n",
        "content/_index.md": "---\ntitle: Accueil\n---\n\nJe suis maîtresse de conférences en topologie.\n",
        "content/research/knots/index.md": _per_language_paper("Nœuds et tresses", "[bo, me]"),
        "content/research/loops/index.md": _per_language_paper("Espaces de lacets", "[me]"),
    })
    assert sorted([(a.name, a.is_self) for a in pub.authors] for pub in p.publications) == [
        [("Bo Sandvik", False), ("Ida Lind", True)], [("Ida Lind", True)]]


def test_a_page_written_in_two_languages_is_read_once_in_the_chosen_one(tmp_path):
    # the home and a paper's page each written in English and in French ("_index.en.md" / "_index.fr.md",
    # "thesis.en.md" / "thesis.fr.md"): the English ones are read, the French twins are neither read again as
    # pages of their own nor give their list a second time
    p = imported_site(tmp_path, {
        "config.yaml": _PER_LANGUAGE_CONFIG,
        "content/_index.en.md": "---\ntitle: About\n---\n\nIda Lind is a lecturer at the University of Nordhafen.\n",
        "content/_index.fr.md": "---\ntitle: À propos\n---\n\nIda Lind est maîtresse de conférences.\n\n"
                                "Ses travaux :\n\n- Lind, I. (2019). Nœuds et tresses. *Topologie Nordique*, 4.\n"
                                "- Lind, I. (2021). Espaces de lacets. *Topologie Nordique*, 6.\n",
        "content/papers/thesis.en.md": _per_language_paper("Knots and loops", "[me]"),
        "content/papers/thesis.fr.md": _per_language_paper("Nœuds et lacets", "[me]"),
    })
    assert [pub.title for pub in p.publications] == ["Knots and loops"]


def test_two_letters_after_a_dot_in_a_pages_name_are_no_language_unless_a_real_ones(tmp_path):
    # "knots.ii.md" (the sequel of "knots.md") is a page of its own, not "knots.md" written in a language "ii";
    # "knots.fr.md" is "knots.md" in French: read once
    p = imported_site(tmp_path, {
        "config.yaml": _PER_LANGUAGE_CONFIG,
        "content/_index.md": "---\ntitle: Home\n---\n\nIda Lind is a lecturer at the University of Nordhafen.\n",
        "content/papers/knots.md": _per_language_paper("Knots I", "[me]"),
        "content/papers/knots.ii.md": _per_language_paper("Knots II", "[me]"),
        "content/papers/knots.fr.md": _per_language_paper("Nœuds I", "[me]"),
    })
    assert sorted(pub.title for pub in p.publications) == ["Knots I", "Knots II"]


def test_a_site_whose_default_language_is_not_english_is_read_in_its_english_pages(tmp_path):
    # "_index.md" and "papers/thesis.md" written for the site's default language (Chinese), "_index.en.md" and
    # "papers/thesis.en.md" their English twins: the English ones are read, as everywhere kg reads one language
    p = imported_site(tmp_path, {
        "config.yaml": "baseURL: https://lind.example.org\ntitle: Ida Lind\ndefaultContentLanguage: zh\n"
                       "languages:\n  zh: {}\n  en: {}\n",
        "content/_index.md": "---\ntitle: 林艾达\n---\n\n林艾达是北港大学的讲师。\n",
        "content/_index.en.md": "---\ntitle: Ida Lind\n---\n\nIda Lind is a lecturer at the University of Nordhafen.\n",
        "content/papers/thesis.md": _per_language_paper("纽结与辫子", "[Ida Lind]"),
        "content/papers/thesis.en.md": _per_language_paper("Knots and braids", "[Ida Lind]"),
    })
    assert p.person.job_title == "lecturer"
    assert [pub.title for pub in p.publications] == ["Knots and braids"]


def test_a_hugo_profile_sections_title_says_what_its_list_holds(tmp_path):
    # the theme shows each section's title, never its key: "education" titled "Career History" holds posts (title =
    # the role, school = the employer), "achievements" titled "Project Sketches" holds no honours (an item an award
    # word names still is one); the contact button's "btnLink: mailto:..." is the owner's address. The list writes
    # "2022 - Present" where a post goes on, so a lone "2024" is that year's post, no current one
    config = PROFILE_CONFIG.replace(
        "  education:\n    enable: true\n    items:",
        "  education:\n    enable: true\n    title: \"Career History\"\n    items:\n"
        "      - title: \"Field Assistant\"\n        school:\n          name: \"Reef Watch, Fiji\"\n"
        "        date: \"2024\"\n"
        "      - title: \"Research Scientist\"\n        school:\n          name: \"Coast Institute, Chile\"\n"
        "        date: \"2022 - Present\"").replace(
        "  achievements:\n    enable: true\n    items:",
        "  achievements:\n    enable: true\n    title: \"Project Sketches\"\n    items:\n"
        "      - title: Mapping reef larvae\n        content: A sketch of how larvae drift.").replace(
        "    email: mkay@example.org", "    btnLink: mailto:kay.m@example.org")
    config = config.replace('        date: "2023-present"\n', '        date: "2023 - 2024"\n')
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "config.yaml").write_text(config, encoding="utf-8")
    (site / "content" / "publications.md").write_text(PROFILE_PUBS, encoding="utf-8")
    prof = import_path(site).profile
    p = prof.person
    assert (p.job_title, p.email) == ("Research Scientist", "kay.m@example.org")
    assert [(a.name, a.role, a.current) for a in p.affiliations if a.name in ("Reef Watch", "Coast Institute")] == [
        ("Reef Watch", "Field Assistant", False), ("Coast Institute", "Research Scientist", True)]
    # the fixture's degree beside them ("Doctor of Philosophy in Marine Ecology") stays a degree, no post
    assert [(e.degree, e.institution) for e in p.education] == [("Doctor of Philosophy", "Harbor University")]
    assert "Doctor of Philosophy in Marine Ecology" not in [a.role for a in p.affiliations]
    assert [a.name for a in prof.awards] == ["Young Reef Scientist Prize", "Travel Grant"]
