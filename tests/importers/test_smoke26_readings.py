"""Readings found on real sites without gold (smoke runs, batch 26): a profile README whose greeting names its
owner by the given name alone, and the other general misreadings below.  Synthetic pages, own words."""
from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import write_site


def test_greeting_heading_gives_the_given_name_and_the_addresses_the_family_name(tmp_path: Path):
    d = write_site(tmp_path / "readme", {"README.md": (
        "### Hey there, I'm Marisol! 👋\n\n"
        "I build tools for reading old maps with computers.\n\n"
        "- Site: [marisolquintana.net](https://marisolquintana.net)\n"
        "- Code: [github](https://github.com/marisol-quintana)\n")})
    p = import_path(d).profile.person
    assert p.name == "Marisol Quintana"


def test_greeting_heading_without_a_fuller_name_is_the_given_name(tmp_path: Path):
    d = write_site(tmp_path / "readme", {"README.md": (
        "### Hi, I'm Tobiah 👋\n\nI write compilers and teach them at night school.\n\n"
        "- Blog: [notes](https://tobiah-blog.example.org)\n")})
    p = import_path(d).profile.person
    assert p.name == "Tobiah"


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


def _jekyll(tmp_path: Path, config: str) -> object:
    return import_path(write_site(tmp_path / "jk", {
        "_config.yml": config,
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study the chemistry of old paper.\n",
    })).profile.person


def test_a_config_name_without_its_flag_and_degrees(tmp_path: Path):
    p = _jekyll(tmp_path, 'title: "Home"\nauthor:\n  name: "Orla Vantongeren 🇮🇪, PharmD, PhD"\n')
    assert p.name == "Orla Vantongeren"


def test_a_nickname_in_parentheses_is_an_alternate_name(tmp_path: Path):
    p = _jekyll(tmp_path, 'title: "Home"\nauthor:\n  name: "Dr. Jiaxin (Kit) Moe"\n')
    assert (p.name, p.alternate_names) == ("Jiaxin Moe", ["Kit Moe"])


def test_the_sites_formal_name_over_the_sidebars_short_one(tmp_path: Path):
    # the site's name and title write the owner formally; the sidebar's short form is another name of theirs
    p = _jekyll(tmp_path, 'title: "Theodore J. Brandl, Ph.D."\nname: "Theodore J. Brandl"\n'
                          'author:\n  name: "Ted Brandl"\n')
    assert (p.name, p.alternate_names) == ("Theodore J. Brandl", ["Ted Brandl"])


def test_a_hugo_author_title_with_honorific_and_nickname(tmp_path: Path):
    d = write_site(tmp_path / "hg", {
        "config.toml": 'baseURL = "https://example.org/"\ntitle = "Site"\n',
        "content/authors/admin/_index.md": "---\ntitle: Dr. Wenjie (Sky) Hao\nsuperuser: true\n---\n\nI teach.\n",
    })
    p = import_path(d).profile.person
    assert (p.name, p.alternate_names) == ("Wenjie Hao", ["Sky Hao"])


def _page(tmp_path: Path, body: str):
    d = write_site(tmp_path / "pg", {"README.md": "# Ines Falkvard\n\n" + body})
    return import_path(d / "README.md").profile.person


def test_prose_field_and_advisors_before_the_place(tmp_path: Path):
    p = _page(tmp_path, "I am a PhD student in Soil Physics supervised by [Ola Berg](https://x.example/ob) and "
                        "co-supervised by [Kai Moen](https://y.example/km) at [Fjordvik University](https://fu.example).\n")
    assert [(a.name, a.role) for a in p.affiliations] == [("Fjordvik University", "PhD student")]
    p = _page(tmp_path / "2", "I am a PhD student in Soil Physics, supervised by Ola Berg.\n")
    assert p.affiliations == [] and p.job_title == "PhD student"


def test_a_kind_of_place_is_no_affiliation(tmp_path: Path):
    p = _page(tmp_path, "I am a transport analyst and consultant with a background in urban planning and law.\n")
    assert p.affiliations == []
    p = _page(tmp_path / "2", "I am a field engineer working at a neutron beam facility (the Harbor Radiation "
                              "Laboratory).\n")
    assert [a.name for a in p.affiliations] == ["Harbor Radiation Laboratory"]


def test_the_owners_call_in_bold_is_no_affiliation(tmp_path: Path):
    # an academicpages about page (the sidebar's bio names the university): the owner's call in bold above the bio
    # sentence that names the place through a linked team, as the real page has it
    d = write_site(tmp_path / "jk", {
        "_config.yml": 'title: "Home"\nauthor:\n  name: "Ines Falkvard"\n  bio: "Fjordvik University"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: \"\"\nauthor_profile: true\n---\n\n"
                           "**\\*\\*I am looking for research internships next year in 2026!\\*\\***\n\n"
                           "I am a final year Ph.D. candidate at the [Tide team](https://example.org/tide) at the "
                           "Centre for Tides (CT), Fjordvik University.\n"})
    p = import_path(d).profile.person
    assert not any("looking for" in a.name for a in p.affiliations)
    assert any("Fjordvik University" in a.name for a in p.affiliations)


def test_an_experience_line_with_its_dates_between_place_and_role(tmp_path: Path):
    p = _page(tmp_path, "## Experience\n\n"
                        "- Fjordvik University (North Campus) Dec 2024 – Jun 2025 (expected) Exchange Student · "
                        "Advisor: Prof. Ola Berg\n"
                        "- Saltmarsh Labs Oct 2023 – Nov 2023 Data Intern\n"
                        "- University of Oxford 2017 - 2019 Research Assistant - Oxford Hearing Group\n")
    # ("Oxford 2017": a town before a year is no month)
    assert [(a.name, a.role, a.start_year, a.end_year) for a in p.affiliations] == [
        ("Fjordvik University (North Campus)", "Exchange Student", 2024, 2025),
        ("Saltmarsh Labs", "Data Intern", 2023, 2023),
        ("University of Oxford, Oxford Hearing Group", "Research Assistant", 2017, 2019)]


def test_an_academicpages_cv_position_over_its_place(tmp_path: Path):
    p = _page(tmp_path, "## Work experience\n\n"
                        "* October 2023 -- Now : Soil Analyst\n  * Fjordvik University\n"
                        "  * Duties included: soil surveys\n\n"
                        "* Summer 2021: Research Assistant\n  * Saltmarsh Institute of Technology\n")
    assert [(a.name, a.role, a.start_year) for a in p.affiliations] == [
        ("Fjordvik University", "Soil Analyst", 2023), ("Saltmarsh Institute of Technology", "Research Assistant", 2021)]


def test_the_themes_demo_cv_names_no_place(tmp_path: Path):
    p = _page(tmp_path, "## Education\n\n* Ph.D in Version Control Theory, GitHub University, 2018\n\n"
                        "## Work experience\n\n* Fall 2015: Research Assistant\n  * GitHub University\n"
                        "  * Duties included: Merging pull requests\n")
    assert p.affiliations == [] and p.education == []


def test_a_groups_sentence_with_a_job_word_is_no_job_title(tmp_path: Path):
    d = write_site(tmp_path / "h", {"index.html": (
        "<html><head><title>Ana Roe</title></head><body><h1>Ana Roe</h1>"
        "<p>Our principal model organisms are two sturdy mosses: peat moss and hair moss.</p></body></html>")})
    assert import_path(d / "index.html").profile.person.job_title is None


def test_a_lab_sites_publist_with_one_paper(tmp_path: Path):
    d = write_site(tmp_path / "lab", {
        "_config.yml": "name: Quillon Lab\n",
        "index.html": "---\nlayout: default\ntitle: The Quillon Lab\n---\n<p>We study mosses.</p>\n",
        "_data/publist.yml": ('- title: "Spore dispersal in peat mosses"\n  authors: Vale M, Quillon R\n'
                              '  journal: Moss Letters (2021)\n'),
    })
    pubs = import_path(d).profile.publications
    assert [p.title for p in pubs] == ["Spore dispersal in peat mosses"]


def test_a_paper_pages_subtitle_names_its_venue_or_its_byline(tmp_path: Path):
    page = '---\ntitle: "{title}"\nsubtitle: "{sub}"\nauthor: ""\ndate: 2021-03-01\n---\n\nAbstract.\n'
    d = write_site(tmp_path / "site", {
        "config.toml": 'baseURL = "https://opell.example.org/"\ntitle = "Odile Pell"\n',
        "content/_index.md": "---\ntitle: Odile Pell\n---\n\nI study lakes.\n",
        "content/publication/one/index.md": page.format(title="Reeds along the shore", sub="Published in Lake Review"),
        "content/publication/two/index.md": page.format(title="Winter ice on small lakes",
                                                        sub="Pell O., Stroud K. and Marr T."),
    })
    pubs = {p.title: p for p in import_path(d).profile.publications}
    assert pubs["Reeds along the shore"].venue == "Lake Review"
    assert [a.name for a in pubs["Winter ice on small lakes"].authors] == ["Pell O", "Stroud K", "Marr T"]
