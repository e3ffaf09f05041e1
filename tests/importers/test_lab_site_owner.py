"""A lab's site whose home page names no person: its owner is the head its people page or its team data names,
whatever generator built it, and its papers are read by the shared readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import import_path
from kg.importers.site.owner import site_head

from .sitefiles import imported_site, write_site, write_site as _write

_PEOPLE_MD = ("---\ntitle: People\n---\n\nMeet the crew.\n\n## Principal Investigator\n\n::: {#head}\n"
              "<div class=\"member\">\n  <h3><a href=\"ines.qmd\">Dr. Ines Varga</a></h3>\n"
              "  <p>Peatland hydrology, drones</p>\n</div>\n:::\n\n## Graduate Students\n\n::: {#grads}\n"
              "<div class=\"member\">\n  <h3>Tomas Brenner</h3>\n  <p>Moss water uptake</p>\n</div>\n:::\n")


def test_a_markdown_heading_over_a_fenced_card_names_the_labs_head():
    # "## Principal Investigator", then a Pandoc div's fence, then the card: the heading is the card's label
    assert site_head([_PEOPLE_MD]) == "Ines Varga"


_PAPER = ("---\ntitle: \"{title}\"\nauthor: \"{authors}\"\nyear: {year}\npublication: \"Bog Letters\"\n---\n")

_QUARTO_LAB = {
    "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: \"Mire Lab\"\n  navbar:\n    left:\n"
                   "      - href: index.qmd\n        text: Home\n      - href: people.qmd\n        text: People\n"
                   "      - href: papers.qmd\n        text: Papers\n",
    "index.qmd": "---\ntitle: \"Welcome to Mire Lab\"\n---\n\nWe measure how wet bogs stay in dry summers.\n\n"
                 "We fly small drones over peatlands and model their water tables.\n",
    "people.qmd": _PEOPLE_MD,
    "ines.qmd": "---\ntitle: \"Dr. Ines Varga\"\nabout:\n  template: trestles\n  links:\n"
                "    - icon: envelope\n      href: \"mailto:ines@example.org\"\n"
                "    - icon: github\n      href: https://github.com/ivarga\n---\n\n"
                "I lead the Mire Lab and teach hydrology.\n",
    "papers.qmd": "---\ntitle: \"Papers\"\nlisting:\n  - id: papers\n    contents: \"work/items/**.qmd\"\n"
                  "    sort: \"year desc\"\n---\n\n:::{#papers}\n:::\n",
    "work/items/a.qmd": _PAPER.format(title="Bog water tables from the air", authors="Varga, Ines and Brenner, Tomas",
                                      year=2023),
    "work/items/b.qmd": _PAPER.format(title="Moss and drought", authors="Okoro, Ada and Varga, Ines", year=2021),
}


def test_a_quarto_lab_site_is_its_heads_with_the_papers_its_listing_globs(tmp_path):
    # the home page is the lab's; the people page's heading names the head; the papers are a listing whose pattern
    # writes "**" inside a path's part ("items/**.qmd"), which pathlib refuses and Quarto reads as "*"
    p = import_path(write_site(tmp_path, _QUARTO_LAB)).profile
    assert p.person.name == "Ines Varga"
    assert sorted(pub.title for pub in p.publications) == ["Bog water tables from the air", "Moss and drought"]


def _member(group: str, name: str, extra: str = "") -> str:
    return f'---\ntitle: {name}\npeople_group: "{group}"\n{extra}---\n\n'


def test_a_quarto_group_sites_owner_is_the_member_page_filed_under_its_pi(tmp_path):
    # a Quarto group site: the home page names no one, the people page lists people/<slug>/index.qmd pages by their
    # "people_group"; the one filed under "pi" is the head's, with an about block (the import refused the site)
    p = import_path(write_site(tmp_path, {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Fen Group"\n',
        "index.qmd": "---\npage-layout: full\n---\n\nWe are a group of theorists working on light in small things.\n",
        "people/index.qmd": ('---\ntitle: "Meet the Group"\nlisting:\n  - id: pi\n    include:\n'
                             '      people_group: "pi"\n  - id: grads\n    include:\n      people_group: "gradstudent"\n'
                             '---\n\n## Principal Investigator\n\n::: {#pi}\n:::\n'),
        "people/fen-ola/index.qmd": _member("pi", "Ola J. Fen", "about:\n  template: trestles\n  links:\n"
                                            "    - icon: envelope\n      href: mailto:ola@example.org\n"
                                            "    - icon: github\n      href: https://github.com/olafen\n")
                                    + "Ola Fen teaches optics.\n",
        "people/berg-kai/index.qmd": _member("gradstudent", "Kai Berg") + "Kai models nanoparticles.\n",
    })).profile
    assert p.person.name == "Ola J. Fen"
    assert p.person.email == "ola@example.org" and p.person.identifiers.get("github") == "olafen"



def test_a_quarto_people_listing_at_the_root_or_over_another_folder_finds_the_pi(tmp_path):
    # review rr77b #4: a root people.qmd with contents "people/*/index.qmd", a people/index.qmd over "../team/*/...":
    # only members beside an */index.* listing were looked at (the import failed: no researcher name)
    listing = ('---\ntitle: "People"\nlisting:\n  - id: pi\n    contents: "{c}"\n    include:\n'
               '      people_group: "pi"\n---\n')
    base = {"_quarto.yml": 'project:\n  type: website\n',
            "index.qmd": "---\npage-layout: full\n---\n\nWe are a group of theorists working on light in small things.\n"}
    for k, (page, folder, c) in enumerate((("people.qmd", "people", "people/*/index.qmd"),
                                           ("people/index.qmd", "team", "../team/*/index.qmd"))):
        p = import_path(write_site(tmp_path / str(k), {
            **base, page: listing.format(c=c),
            f"{folder}/fen-ola/index.qmd": _member("pi", "Ola Fen") + "Ola Fen teaches optics.\n",
            f"{folder}/lee-bo/index.qmd": _member("gradstudent", "Bo Lee") + "Bo models nanoparticles.\n"})).profile
        assert p.person.name == "Ola Fen"



def test_a_member_page_in_another_group_or_a_project_with_a_pi_role_is_no_owner(tmp_path):
    # review77c quA/quD: an alumnus whose role: names his new post ("Assistant Professor at ...") and a project page
    # with "role: PI" were read as the group's head page (owners 'Kai Berg', 'Carbon Burial in Boreal Lakes')
    alumni = {
        "_quarto.yml": 'project:\n  type: website\n',
        "index.qmd": "---\npage-layout: full\n---\n\nWe are a group of theorists working on light in small things.\n",
        "people/index.qmd": ('---\ntitle: "Meet the Group"\nlisting:\n  - id: fac\n    include:\n'
                             '      people_group: "faculty"\n  - id: alum\n    include:\n      people_group: "alumni"\n---\n'),
        "people/berg-kai/index.qmd": _member("alumni", "Kai Berg", 'role: "Assistant Professor at Lakeview University"\n')
                                     + "Kai was a student here, now a professor.\n",
        "people/fen-ola/index.qmd": _member("faculty", "Ola Fen") + "Ola Fen teaches optics.\n",
    }
    projects = {
        "_quarto.yml": 'project:\n  type: website\n',
        "index.qmd": "---\npage-layout: full\n---\n\nWelcome! This site collects my research on lakes.\n",
        "projects.qmd": '---\ntitle: "Projects"\nlisting:\n  contents: projects\n---\n',
        "projects/lakes/index.qmd": '---\ntitle: "Carbon Burial in Boreal Lakes"\nrole: "PI"\n---\n\nA grant.\n',
    }
    for k, files in enumerate((alumni, projects)):
        with pytest.raises(SourceError, match="no researcher name"):
            import_path(write_site(tmp_path / str(k), files))


_TEAM_TOML = '''# who is in the group
[[person]]
id = "head"
tier = "pi"
name_en = "Marta Kowalczyk"
name_pl = "Marta Kowalczyk-Nowak"
role_en = "Professor of Glaciology"
role_pl = "Profesor glacjologii"
email = "marta@example.org"
honors_en = ["Medal of the Snow Society (2015)", "Fellow, Polar Union (2019)"]
honors_pl = ["Medal Towarzystwa (2015)"]

[[person]]
id = "s1"
tier = "phd"
name_en = "Jonas Berg"
name_pl = "Jonas Berg"
'''

_TOML_LAB = {
    "config.md": "+++\nprepath = \"\"\n+++\n",
    "index.md": "+++\ntitle = \"Home\"\n+++\n\n~~~\n{{hero}}\n{{people_pi}}\n~~~\n",
    "_data/team.toml": _TEAM_TOML,
    "_data/news.toml": "[[item]]\ndate = 2024-05-02\ntitle_en = \"A new ice-core drill arrived\"\n"
                       "title_pl = \"Nowe wiertło\"\n",
    "_data/publications.toml": "".join(
        f"[[paper]]\ntitle = \"{t}\"\nvenue = \"Ice Letters\"\nyear = {y}\n\n"
        for t, y in (("Firn density in warm winters", 2022), ("Meltwater under thin ice", 2020))),
}


def test_a_lab_site_whose_team_data_file_names_its_pi_is_the_pis(tmp_path):
    # a template home page (Franklin.jl's "{{...}}" calls) names nobody and the papers list no authors: the team
    # data file's "tier = pi" member is the owner, read in English from a bilingual TOML file
    p = import_path(write_site(tmp_path, _TOML_LAB)).profile
    assert p.person.name == "Marta Kowalczyk"
    assert p.person.email == "marta@example.org"
    assert [s.name for s in p.students] == ["Jonas Berg"]
    assert [n.text for n in p.news] == ["A new ice-core drill arrived"]
    assert sorted(pub.title for pub in p.publications) == ["Firn density in warm winters", "Meltwater under thin ice"]


def test_a_quarto_listings_documents_give_their_venue_under_the_field_the_listing_shows(tmp_path):
    # "publication: Bog Letters": the field the listing's template shows as the venue, as a data record's is
    p = import_path(write_site(tmp_path, _QUARTO_LAB)).profile
    assert [pub.venue for pub in p.publications] == ["Bog Letters", "Bog Letters"]


def test_a_quarto_listings_template_prints_the_venue_in_italics_under_the_sites_own_key(tmp_path):
    # the listing's EJS template prints "<i><%= item.where %></i>": the documents' venue is under that key, a name
    # no family's records use (the venues were empty)
    template = ('```{=html}\n<% for (const item of items) { %>\n<div <%= metadataAttrs(item) %>>\n'
                '<div class="listing-title"><%= item.title %></div>\n<div><%= item.author %></div>\n'
                '<div><% if (item.where) { %><i><%= item.where %></i><% } %></div>\n</div>\n<% } %>\n```\n')
    paper = '---\ntitle: "{t}"\nauthor: ["Ines Varga", "Tomas Brenner"]\nyear: {y}\nwhere: "Peat Review"\n---\n'
    site = {**_QUARTO_LAB,
            "papers.qmd": '---\ntitle: "Papers"\nlisting:\n  - id: papers\n    template: _ejs/papers.ejs\n'
                          '    contents: "work/items/**.qmd"\n---\n\n:::{#papers}\n:::\n',
            "_ejs/papers.ejs": template,
            "work/items/a.qmd": paper.format(t="Bog water tables from the air", y=2023),
            "work/items/b.qmd": paper.format(t="Moss and drought", y=2021)}
    p = import_path(write_site(tmp_path, site)).profile
    assert [pub.venue for pub in p.publications] == ["Peat Review", "Peat Review"]
    # review rr77b #3: the template's italic key says more than a publisher beside it ("publisher: Wiley" was the venue)
    site["_ejs/papers.ejs"] = template.replace("</div>\n</div>", "<%= item.publisher %></div>\n</div>")
    for name in ("work/items/a.qmd", "work/items/b.qmd"):
        site[name] = site[name].replace('where: "Peat Review"\n', 'where: "Peat Review"\npublisher: "Wiley"\n')
    p = import_path(write_site(tmp_path / "pub", site)).profile
    assert [pub.venue for pub in p.publications] == ["Peat Review", "Peat Review"]



def test_a_quarto_listings_italic_description_is_no_venue_over_the_venue_key(tmp_path):
    # review77c quB: a root template ("/_ejs/papers.ejs") printing "<em><%= item.description %></em>" under a line
    # with item.venue: the venue was each paper's description
    template = ('```{=html}\n<% for (const item of items) { %>\n<li <%= metadataAttrs(item) %>>\n'
                '<%= item.title %>. <%= item.author %>. <%= item.venue %>.<br><em><%= item.description %></em>\n'
                '<i><%= item.where %></i></li>\n<% } %>\n```\n')
    paper = ('---\ntitle: "{t}"\nauthor: ["Ines Varga", "Tomas Brenner"]\nyear: {y}\n{v}'
             'description: "We show that bogs hold water."\n---\n')
    site = {**_QUARTO_LAB,
            "papers.qmd": '---\ntitle: "Papers"\nlisting:\n  - id: papers\n    template: /_ejs/papers.ejs\n'
                          '    contents: "work/items/**.qmd"\n---\n\n:::{#papers}\n:::\n',
            "_ejs/papers.ejs": template,
            "work/items/a.qmd": paper.format(t="Bog water tables from the air", y=2023, v='venue: "Bog Letters"\n'),
            "work/items/b.qmd": paper.format(t="Moss and drought", y=2021, v='where: "Peat Review"\n')}
    p = import_path(write_site(tmp_path, site)).profile
    assert sorted(pub.venue for pub in p.publications) == ["Bog Letters", "Peat Review"]


def test_the_honours_a_lab_heads_record_lists_are_the_owners_awards(tmp_path):
    p = import_path(write_site(tmp_path, _TOML_LAB)).profile
    assert [(a.name, a.year) for a in p.awards] == [("Medal of the Snow Society", 2015), ("Fellow, Polar Union", 2019)]


def test_the_page_a_lab_site_links_under_its_heads_name_is_the_owners(tmp_path):
    # the head's card links "Dr. Ines Varga" to her own page: its about block's links are the owner's
    p = import_path(write_site(tmp_path, _QUARTO_LAB)).profile
    assert p.person.email == "ines@example.org" and p.person.identifiers.get("github") == "ivarga"


def test_a_lab_heads_bilingual_record_gives_the_name_in_the_other_language_and_its_twins_are_read(tmp_path):
    # "name_pl" beside "name_en": the head's name in the other language (alternate_names); "role_pl" and "honors_pl"
    # say again what "role_en" and "honors_en" say (read), so --verbose does not list them as unparsed
    p = import_path(write_site(tmp_path, _TOML_LAB)).profile
    assert p.person.alternate_names == ["Marta Kowalczyk-Nowak"]
    listed = [u.text for u in p.unparsed if u.file == "_data/team.toml"]
    assert not [t for t in listed if t.startswith(("name_pl", "role_pl", "honors_pl"))]


def test_a_site_named_for_its_heads_lab_in_two_scripts_is_that_persons(tmp_path):
    # no page names a head, and the papers name no author but the co-authors ("(with Ken Mori)"): the lab's name,
    # "山田太郎研究室 | Taro Yamada Laboratory", and the portrait's "山田太郎の写真" say whose site it is
    head = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{t} | 山田太郎研究室</title></head><body>'
            '<header>\n<a class="brand" href="index.html">\n<span class="name">山田太郎研究室</span>\n'
            '<span class="romaji">Taro Yamada Laboratory</span>\n</a>\n<nav class="menu">\n'
            '<a href="index.html">ホーム</a>\n<a href="papers.html">論文</a>\n<a href="talks.html">講演</a>\n'
            '<a href="seminar.html">セミナー</a>\n<a href="en/index.html">English</a>\n</nav>\n</header>\n')
    papers = "".join(f"<li>{t}, <span>{v} ({y}) 1-20.{w}</span></li>\n" for t, v, y, w in [
        ("Minimal surfaces in warped products", "J. Geom. 12", 2021, " (with Ken Mori)"),
        ("Flows of curves in the sphere", "Tohoku Math. J. 70", 2018, ""),
        ("Isoparametric hypersurfaces revisited", "Kodai Math. J. 41", 2016, " (with Aya Ito)")])
    profile = imported_site(tmp_path / "site", {
        "index.html": head.replace("{t} |", "").replace("</title>", " | Taro Yamada Laboratory</title>") + '<h1>山田太郎研究室</h1><img src="me.jpg" alt="山田太郎の写真">'
                      "<p>微分幾何学を研究しています。</p></body></html>\n",
        "papers.html": head.format(t="論文") + "<h1>論文</h1>\n<h2>査読付き論文</h2>\n<ol>\n" + papers
                       + "</ol></body></html>\n"})
    prof = profile
    assert prof.person.name == "Taro Yamada"
    assert len(prof.publications) == 3


def _bib(key: str, title: str, authors: str, year: int) -> str:
    return f"@article{{{key},\n  title={{{title}}},\n  author={{{authors}}},\n  journal={{Tide Letters}},\n  year={{{year}}}\n}}\n\n"


def test_an_alfolio_lab_site_naming_nobody_has_as_owner_the_highlighted_author_of_its_papers(tmp_path):
    # an al-folio lab site: empty first_name/last_name, a title naming the lab, an about page naming nobody; the
    # import stopped (exit 2) though the BibTeX lists the lab's papers and the configuration highlights its head's
    # family name; the head's given name is spelled two ways, a frequent co-author one way
    p = imported_site(tmp_path, {
        "_config.yml": "title: Tide Modelling Lab\nfirst_name:\nlast_name:\nscholar:\n  last_name: [Okafor]\n"
                       "  first_name: [Ngozi, N.]\n  source: /_bibliography/\n  bibliography: papers.bib\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\nselected_papers: true\n---\n\n"
                           "Welcome to the Tide Modelling Lab. We forecast coastal floods.\n",
        "_bibliography/papers.bib": _bib("a1", "Surge forecasts with sparse gauges", "Ruiz, Pablo and Okafor, Ngozi", 2023)
                                    + _bib("a2", "Tidal harmonics from satellites", "Ruiz, Pablo and Okafor, Ngozi A.", 2022)
                                    + _bib("a3", "Estuary mixing in storms", "Lee, Ann and Ruiz, Pablo and Okafor, Ngozi",
                                           2021),
    })
    assert p.person.name == "Ngozi Okafor"
    assert len(p.publications) == 3


def test_a_lab_site_whose_people_table_names_its_head_is_the_heads_profile(tmp_path: Path):
    # "# Quill Lab" over prose naming nobody, no papers; the people page's markdown table gives each member a bold
    # name and a role after a line break: the principal investigator is whose site it is (not a refusal)
    prof = imported_site(tmp_path / "lab", {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Quill Lab @ Fenwick"\n  navbar:\n'
                       "    left:\n      - href: index.qmd\n        text: Home\n      - people.qmd\n",
        "index.qmd": "# Quill Lab\n\nOur group builds tools that read old handwriting with computers.\n",
        "people.qmd": (
            '---\ntitle: "People"\n---\n\n## Members\n\n| Name/Role | Links |\n|---|---|\n'
            "| **Marta Quill** <br /> Professor & Principal Investigator | [GitHub](https://github.com/mquill) |\n"
            "| **Tobin Ash** <br /> Ph.D. Student | [GitHub](https://github.com/tash) |\n"
            "| **Lea Moro** <br /> Ph.D. Student | [GitHub](https://github.com/lmoro) |\n")})
    assert prof.person.name == "Marta Quill"


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



def test_al_folios_profiles_cards_of_a_name_alone_and_a_students_role_are_students(tmp_path):
    """al-folio's ``profiles`` layout over a group page ("title: Group", no section word), each card's
    ``content:`` file the member's name alone and its ``more_info:`` under the picture the role, a line of the
    field after it run on by the folded scalar: each such card is a student with that role (the file read alone
    had no heading to say what it lists, and was left unread); the card whose role is a professor's is none."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ivo Lema\nfirst_name: Ivo\nlast_name: Lema\n",
        "_pages/about.md": ("---\nlayout: about\ntitle: about\npermalink: /\n---\n\n"
                            "I am an associate professor at Tarn University. I study how tides move sand.\n"),
        "_pages/group.md": ("---\nlayout: profiles\npermalink: /group/\ntitle: Group\nprofiles:\n"
                            "  - align: right\n    content: members/lema.md\n    more_info: >\n      Associate Professor\n"
                            "  - align: right\n    content: members/roe.md\n    more_info: >\n"
                            "      MSc student (2024)\n      Topic: sand ripples\n"
                            "  - align: right\n    content: members/wang.md\n    more_info: >\n      2023级研究生\n"
                            "---\n"),
        "_pages/members/lema.md": "Ivo Lema\n",
        "_pages/members/roe.md": "Ada Roe\n",
        "_pages/members/wang.md": "王小明\n"})
    assert [(s.name, s.role) for s in p.students] == [("Ada Roe", "MSc student (2024)"), ("王小明", "2023级研究生")]


def test_al_folios_profiles_card_cuts_its_more_info_at_a_line_break_in_any_case(tmp_path):
    """A card's ``more_info`` written on one line with an upper-case break ("MSc student<BR>Room 12 ..."): HTML's
    tags ignore case, so the role is the line before the break (the card's reader cut only at a lower-case
    ``<br>`` before, and the room ran on into the role)."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ivo Lema\nfirst_name: Ivo\nlast_name: Lema\n",
        "_pages/about.md": ("---\nlayout: about\ntitle: about\npermalink: /\n---\n\n"
                            "I am an associate professor at Tarn University. I study how tides move sand.\n"),
        "_pages/group.md": ("---\nlayout: profiles\npermalink: /group/\ntitle: Group\nprofiles:\n"
                            '  - align: right\n    content: members/roe.md\n'
                            '    more_info: "MSc student<BR>Room 12, Main building"\n---\n'),
        "_pages/members/roe.md": "Ada Roe\n"})
    assert [(s.name, s.role) for s in p.students] == [("Ada Roe", "MSc student")]


LAB_TEMPLATE_SITE = {
    "_config.yaml": "title: \ndescription: \nlinks:\n  orcid: 0000-0002-1825-0097\n  google-scholar: AbCdEfGhIJKL&hl\n"
                    "  twitter: QuellLab\n\ncollections:\n  members:\n    output: true\n  posts:\n    output: true\n",
    "index.md": "---\n---\n\n{% capture text %}\n\nThe Quell Lab studies gadgets and widgets.\n\n{%\n"
                "  include button.html\n  link=\"team\"\n  text=\"Meet the Quell Lab\"\n%}\n\n{% endcapture %}\n",
    "blog/index.md": "---\ntitle: News\nnav:\n  order: 4\n---\n\n# News\n\n"
                     "{% include list.html data=\"posts\" component=\"post-excerpt\" %}\n",
    "_members/dara-quell.md": "---\nname: Dara Quell\nrole: pi\nlinks:\n  home-page: https://quelllab.example.org\n---\n"
                              "Dara joined the Eastfield University faculty as an assistant professor in the Department of "
                              "Gadgetry in August 2019. Outside the lab she sails.\n",
    "_members/ed-marsh.md": "---\nname: Ed Marsh\nrole: phd\n---\nEd studies gadgets.\n",
    "_members/jo-tan": "---\nname: Jo Tan\nrole: summer\n---\nJo was a summer intern in 2023.\n",
    "_posts/2023-05-01-welcome.md": "---\ntitle: Welcome Ed!\nauthor: dara-quell\n---\n\nEd joins the lab.\n",
    "_posts/2024-06-01-party.md": "---\ntitle: Summer party\n---\n\nThe lab met at the lake.\n",
}


def test_a_lab_website_template_site(tmp_path):
    site = _write(tmp_path / "site", LAB_TEMPLATE_SITE)
    profile = import_path(site).profile
    person = profile.person
    assert person.name == "Dara Quell"
    # the configuration's "links:" mapping holds the profile settings
    assert person.identifiers == {"orcid": "0000-0002-1825-0097", "google_scholar": "AbCdEfGhIJKL",
                                  "twitter": "QuellLab"}
    # the head's page text is their bio: a faculty position told as joining ("joined the X faculty as ...")
    assert person.job_title == "assistant professor"
    assert [(a.name, a.department) for a in person.affiliations if "Eastfield" in a.name] == [
        ("Eastfield University", "Department of Gadgetry")]
    # a Liquid tag written over several lines is no text of the page (no affiliation read from its arguments)
    assert not any("include" in a.name or "link=" in a.name for a in person.affiliations)
    # the posts the news page lists are the site's news
    assert sorted((n.date, n.text.split(":")[0]) for n in profile.news) == [("2023-05-01", "Welcome Ed!"),
                                                                           ("2024-06-01", "Summer party")]
    # a summer intern is a student; a member file without a suffix is a member all the same
    assert sorted(s.name for s in profile.students) == ["Ed Marsh", "Jo Tan"]


_CARD = ('<table class="imgtable"><tr><td>\n<img src="images/{0}.jpg" alt="" width="100px" />&nbsp;</td>\n'
         '<td align="left"><p><a href="https://example.org/{0}/"><b>{1}</b></a><br />\n{2}\n</p>\n</td></tr></table>\n')


def test_the_head_card_among_the_lab_members_is_the_owner_and_an_alumnus_written_name_stop_degree_is_read(tmp_path):
    # a lab's home page: the head's card (name, role, e-mail, office) under "Faculty", a student's card, and alumni
    # lines written "Name, MS, ..." or "Name. MS, ..."
    root = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Widget (WDG) Lab</title></head><body><h1>WDG Lab</h1>\n"
        "<p>We are a research group headed by Dr. Mara Quill.</p>\n<h2>Members</h2>\n<h3>Faculty</h3>\n"
        + _CARD.format("mq", "Mara Quill", "Associate Professor, WS and DSI<br />\nEmail: mquill [at] fit [dot] edu"
                       "<br />\nOffice: WS 1210")
        + "<h3>Graduate Students</h3>\n"
        + _CARD.format("il", "Ivo Lorn", "PhD, WS, FIT<br />\nOffice: WS 1232")
        + "<h3>Alumni</h3>\n<ul>\n<li><p>Olaf Brenn, PhD, WS, FIT, 2022. First job: Sprocket Inc.</p></li>\n"
          "<li><p>Ida Ross. MS, WS, FIT, 2021. First job: PhD at Gadget Tech.</p></li>\n"
          "<li><p>Bo Tran. BS, WS, FIT, 2019, now at Cog Labs.</p></li>\n</ul>\n</body></html>\n")})
    profile = import_path(root).profile
    assert profile.person.name == "Mara Quill" and profile.person.job_title == "Associate Professor"
    assert sorted(s.name for s in profile.students) == ["Bo Tran", "Ida Ross", "Ivo Lorn", "Olaf Brenn"]


def test_the_lab_sentence_naming_its_head_with_dr_and_a_campus_gives_the_heads_university(tmp_path):
    # "We are a group headed by Dr. X, and we are a part of ... at the University of Y, Z (UYZ).": the title's stop
    # does not end the sentence, and the campus after the comma is part of the university's name
    root = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Widget (WDG) Lab</title></head><body><h1>WDG Lab</h1>\n<h2>Introduction</h2>\n"
        "<p>We are an academic research group headed by Dr. Mara Quill, and we are a part of the Department of"
        " Widget Science and Engineering (WSE) and the Brightwater Gadget Institute at the University of Northfield,"
        " East Bay (UNEB). We build widget meters.</p>\n<h2>Members</h2>\n<h3>Faculty</h3>\n"
        + _CARD.format("mq", "Mara Quill", "Associate Professor, WSE and BGI<br />\nOffice: WSE 1210")
        + "</body></html>\n")})
    person = import_path(root).profile.person
    assert person.name == "Mara Quill"
    assert [a.name for a in person.affiliations] == ["University of Northfield, East Bay"]


def test_a_lab_sites_publist_with_one_paper(tmp_path: Path):
    d = write_site(tmp_path / "lab", {
        "_config.yml": "name: Quillon Lab\n",
        "index.html": "---\nlayout: default\ntitle: The Quillon Lab\n---\n<p>We study mosses.</p>\n",
        "_data/publist.yml": ('- title: "Spore dispersal in peat mosses"\n  authors: Vale M, Quillon R\n'
                              '  journal: Moss Letters (2021)\n'),
    })
    pubs = import_path(d).profile.publications
    assert [p.title for p in pubs] == ["Spore dispersal in peat mosses"]


def _sidebar_lab_site(tmp_path):
    # academicpages run as a lab's site: the sidebar's author is the lab, the site's name its head; the home page
    # speaks for the lab; a members page of photo cards, each a name and, under a line break, the member's role
    card = ('<img src="/images/m.jpg" class="img-thumbnail">\n<p>{}<br /><em>{}</em></p>\n<p ></p>\n'
            '<hr width="100%" size="10">\n')
    return write_site(tmp_path / "site", {
        "_config.yml": ('title: "Home"\nname: "Dr. Ana Roe"\nurl: https://example.org\n'
                        "author:\n  name: \"Dr. Roe's Lab of Soil Ecology\"\n  email: \"aroe@example.edu\"\n"),
        "_pages/about.md": ("---\npermalink: /\ntitle: \"Dr. Roe's Lab of Soil Ecology\"\nauthor_profile: true\n---\n\n"
                            "We are the lab of soil ecology in the [Department of Biology](https://example.edu/bio) at "
                            "[the University of Lakeside at Hill Town](https://example.edu/). We study roots and "
                            "the microbes around them.\n"),
        "_pages/publications.md": ("---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                                   "* Bo Lee, Ana Roe & Kai Sato (2021) Roots in dry soil. *Soil Lett.* 3: 1-9.\n\n"
                                   "* Ana Roe & Bo Lee (2019) Microbes around young roots. *Soil Lett.* 1: 5-8.\n"),
        "_pages/members.html": ("---\ntitle: Members\npermalink: /members/\n---\n\n<h2>Current Members</h2>\n\n"
                                + card.format("Ida Lund Moreno", "MS Student")
                                + card.format("Omar Diaz", "Undergraduate Researcher")
                                + card.format("Eva Kim", "Undergraduate Researcher")
                                + "\n<h2>Alumni</h2>\n\n" + card.format("Tom Reyes", "Undergraduate Researcher")),
    })


def test_a_lab_site_is_its_head_s_whose_sidebar_names_the_lab(tmp_path):
    prof = import_path(_sidebar_lab_site(tmp_path)).profile
    assert prof.person.name == "Ana Roe"
    assert [[a.is_self for a in p.authors] for p in prof.publications] == [[False, True, False], [True, False]]
    # the lab's own sentence places it, so its head; the campus after "at" is the university's name as written
    assert [a.name for a in prof.person.affiliations] == ["University of Lakeside at Hill Town"]


def test_a_member_card_s_role_line_is_no_member_of_its_own(tmp_path):
    prof = import_path(_sidebar_lab_site(tmp_path)).profile
    assert [(s.name, s.role) for s in prof.students] == [
        ("Ida Lund Moreno", "master student"), ("Omar Diaz", "undergraduate"), ("Eva Kim", "undergraduate"),
        ("Tom Reyes", "alumnus")]


def test_a_lab_site_hands_its_pages_the_fullest_form_of_the_heads_name(tmp_path):
    # the home page's heading says "Dr. Robin Vale", its profile card "Dr. Robin A. Vale"; the papers page writes
    # her "R. A. Vale", bold in some entries and plain in others: every one of them is hers
    from kg.importers import import_path

    (tmp_path / "index.php").write_text(
        "<!doctype html><html><head><title>ValeLab</title></head><body>\n"
        "<h1>Group leader Dr. Robin Vale</h1>\n<p>Dr. Vale studies thin oxide films and their defects.</p>\n"
        '<div class="card"><p class="lead">Dr. Robin A. Vale</p>\n<p class="lead">Assistant Professor</p>\n'
        "<p>Department of Physics,<br/>Tarn State University</p></div>\n</body></html>\n")
    entries = [("Q. Hart, <strong>R. A. Vale</strong>", "Defects in folded oxide films", 2015),
               ("R. A. Vale, L. Moss", "Light from thin lattices", 2013),
               ("A. Kask, Q. Hart, R. A. Vale", "Slow walks in oxide lattices", 2012),
               ("<strong>R. A. Vale</strong>, A. Kask", "Garnets that glow", 2011)]
    (tmp_path / "publications.php").write_text(
        "<!doctype html><html><head><title>ValeLab - Publications</title></head><body>\n<h1>Publications</h1>\n"
        "<ol reversed>\n" + "".join(f"<li>{a}, {t}, Journal of Odd Materials 9, 40-49, {y}.</li>\n"
                                     for a, t, y in entries) + "</ol>\n</body></html>\n")
    p = import_path(tmp_path).profile
    assert p.person.name == "Robin A. Vale" and "Robin Vale" in p.person.alternate_names
    assert p.person.job_title == "Assistant Professor"
    assert len(p.publications) == 4
    assert all(any(a.is_self for a in x.authors) for x in p.publications)


GROUP_HOME = """<!DOCTYPE html><html><title>Home | Reyes Fluids Group</title><body>
<div w3-include-html="/inc/nav.html"></div>
<header><h1>Reyes Fluids Group</h1><p>Soft matter and flows</p></header>
<div><h2>News</h2><ul><li>2025.03.02 <b>Grant:</b> a new award from the state science fund.</li></ul></div>
</body></html>
"""


GROUP_PUBS = """<!DOCTYPE html><html><title>Publications | Reyes Fluids Group</title><body>
<h1>Publications</h1>
<h3>Articles</h3>
<div onClick="toggle('y1')"><b>2024</b></div>
<div id="y1" class="box">
<div style="margin-left:40px">A.B. Lund, &#350;. Kaya, M.J. Reyes.  Droplet pinch-off in shear-thinning liquids. <i>Phys. Fluids</i>. <b>36</b>, 101 (2024).
<br />
doi:<a href="https://doi.org/10.1000/pf.2024.1">10.1000/pf.2024.1</a>
</div>
<br />
<div style="margin-left:40px">M.J. Reyes, C. Ott.  Yield stress in printed gels.  <i>J. Rheol</i>. <b>68</b>, 22 (2024).
<br />
doi:<a href="https://doi.org/10.1000/jr.2024.2">10.1000/jr.2024.2</a>
<br />
accepted manuscript:<a href="https://repo.example.edu/handle/77">Campus Repository</a>
</div>
</div>
<div onClick="toggle('y2')"><b>2023</b></div>
<div id="y2" class="box">
<div style="margin-left:40px">D. Ng, M.J. Reyes.  Bubble rafts under oscillating strain. <i>Soft Matter</i>. <b>19</b>, 7 (2023).
<br />
doi:<a href="https://doi.org/10.1000/sm.2023.3">10.1000/sm.2023.3</a>
</div>
<br />
<div style="margin-left:40px">M.J. Reyes, D. Ng, C. Ott.  Capillary rise in porous powders. <i>Langmuir</i>. <b>39</b>, 55 (2023).
<br />
doi:<a href="https://doi.org/10.1000/la.2023.4">10.1000/la.2023.4</a>
</div>
</div>
</body></html>
"""


GROUP_PEOPLE = """<!DOCTYPE html><html><title>People | Reyes Fluids Group</title><body>
<h1>People</h1>
<h3>Principal Investigator</h3>
<div><a href="/people/reyes_maria.html"><h6>Maria Reyes</h6></a></div>
</body></html>
"""


OWNER_PAGE = """<!DOCTYPE html><html><title>Maria Reyes | People | Reyes Fluids Group</title><body>
<header><h1>Maria J. Reyes</h1></header>
<div>Associate Professor of Mechanical Engineering</div>
<div>Department of Mechanical Engineering</div>
<br />
<div>Ph.D. Mechanical Engineering, Lakeview University, 2012</div>
<br />
<div><b>email:</b> <a href="mailto:maria.reyes@example.edu">maria.reyes@example.edu</a></div>
</body></html>
"""


def test_a_group_site_whose_owner_has_a_page_of_their_own(tmp_path):
    site = tmp_path / "site"
    (site / "people").mkdir(parents=True)
    (site / "index.html").write_text(GROUP_HOME, encoding="utf-8")
    (site / "publications.html").write_text(GROUP_PUBS, encoding="utf-8")
    (site / "people.html").write_text(GROUP_PEOPLE, encoding="utf-8")
    (site / "people" / "reyes_maria.html").write_text(OWNER_PAGE, encoding="utf-8")
    prof = import_path(site).profile
    p = prof.person
    # the author on every paper ("M.J. Reyes", initials written together), named in full on the page the
    # people page links under her name; that page gives her position, degree and address
    assert p.name == "Maria J. Reyes"
    assert p.job_title == "Associate Professor of Mechanical Engineering"
    assert p.email == "maria.reyes@example.edu"
    assert [e.institution for e in p.education] == ["Lakeview University"]
    # each citation box of a year is one paper; "doi:<a>" and "accepted manuscript:<a>" lines are its links
    got = [(x.title, x.year, [a.name for a in x.authors], sorted(x.links.values())) for x in prof.publications]
    assert got == [
        ("Droplet pinch-off in shear-thinning liquids", 2024, ["A.B. Lund", "Ş. Kaya", "M.J. Reyes"],
         ["https://doi.org/10.1000/pf.2024.1"]),
        ("Yield stress in printed gels", 2024, ["M.J. Reyes", "C. Ott"],
         ["https://doi.org/10.1000/jr.2024.2", "https://repo.example.edu/handle/77"]),
        ("Bubble rafts under oscillating strain", 2023, ["D. Ng", "M.J. Reyes"], ["https://doi.org/10.1000/sm.2023.3"]),
        ("Capillary rise in porous powders", 2023, ["M.J. Reyes", "D. Ng", "C. Ott"],
         ["https://doi.org/10.1000/la.2023.4"]),
    ]
    # (the journal is the italic name; the volume after its period, "Phys. Fluids. 36", is not split off yet)
    assert [x.venue.split(".")[0] for x in prof.publications] == ["Phys", "J", "Soft Matter", "Langmuir"]


def test_a_heads_numbered_info_lines_give_the_job_and_a_patents_data_file_holds_no_papers(tmp_path: Path):
    # "info1:", "info2:" (numbered lines of one key) are the head's posts, the first the job; the page of
    # publications loops over "site.data.patent" under "## Patents" too: that file's records are patents, no papers
    d = write_site(tmp_path / "lab", {
        "_config.yml": "title: The Quillon Lab\nemail: rhea@example.org\n",
        "_pages/home.md": ("---\ntitle: Home\npermalink: /\n---\n\nWe are a group of bryologists at Fenwick "
                           "University. We study how moss spores travel.\n"),
        "_data/faculty_member.yml": ("- name: Rhea T. Quillon\n  info1: Professor, Department of Bryology\n"
                                     "  info2: Director, Spore Imaging Core, Fenwick University\n"
                                     "  email: rhea@example.org\n"),
        "_pages/team.md": ("---\ntitle: Team\npermalink: /team/\n---\n\n## Faculty\n"
                           "{% for member in site.data.faculty_member %}\n<h4>{{ member.name }}</h4>\n"
                           "<i>{{ member.info1 }} <br> {{ member.info2 }}</i>\n{% endfor %}\n"),
        "_data/publist.yml": ('- title: "Spore dispersal in peat mosses"\n  authors: Vale M, Quillon RT\n'
                              '  link:\n    url: https://doi.org/10.1000/moss1\n    display: Moss Lett 2021;3:1-9\n'),
        "_data/patent.yml": ('- title: "Device for counting moss spores"\n  authors: Rhea T. Quillon, Ivo Vale\n'
                             '  link:\n    url: https://patents.example.org/US1\n    display: US1234567B2 (2019)\n'),
        "_pages/publications.md": ("---\ntitle: Publications\npermalink: /publications/\n---\n\n## Publications\n\n"
                                   "{% for publi in site.data.publist %}\n{{ publi.title }} <br />\n"
                                   "<em>{{ publi.authors }} </em><br /><a href=\"{{ publi.link.url }}\">"
                                   "{{ publi.link.display }}</a>\n{% endfor %}\n\n## Patents\n\n"
                                   "{% for publi in site.data.patent %}\n{{ publi.title }} <br />\n"
                                   "<em>{{ publi.authors }} </em><br /><a href=\"{{ publi.link.url }}\">"
                                   "{{ publi.link.display }}</a>\n{% endfor %}\n"),
    })
    profile = import_path(d).profile
    assert profile.person.name == "Rhea T. Quillon"
    assert profile.person.job_title == "Professor"
    assert [p.title for p in profile.publications] == ["Spore dispersal in peat mosses"]


def test_a_lab_site_writes_its_heads_given_name_out_without_the_middle_initial_the_papers_give(tmp_path):
    # no home page among the pages; the papers write the head "Vale, R. A.", the people page "Robin Vale" (given
    # name written out, middle initial left out): the site's owner is "Robin Vale", the papers' form another name,
    # and every paper is still the owner's
    from kg.importers import import_path

    (tmp_path / "people.html").write_text(
        "<!doctype html><html><head><title>People</title></head><body>\n<h1>People</h1>\n<h2>The Chief</h2>\n"
        "<p><strong>Robin Vale</strong>: I study thin oxide films and the defects that make them glow.</p>\n"
        "</body></html>\n")
    entries = [("Hart, Q. and Vale, R. A.", "Defects in folded oxide films", 2015),
               ("Vale, R. A. and Moss, L.", "Light from thin lattices", 2013),
               ("Kask, A., Hart, Q. and Vale, R. A.", "Slow walks in oxide lattices", 2012)]
    (tmp_path / "pubs.html").write_text(
        "<!doctype html><html><head><title>Publications</title></head><body>\n<h1>Publications</h1>\n"
        + "".join(f"<p>{a} ({y}) <a href='https://doi.example/{y}'>{t}</a>. Journal of Odd Materials 9, 40-49.</p>\n"
                  for a, t, y in entries) + "</body></html>\n")
    p = import_path(tmp_path).profile
    assert (p.person.name, p.person.alternate_names) == ("Robin Vale", ["R. A. Vale"])
    assert len(p.publications) == 3 and all(any(a.is_self for a in w.authors) for w in p.publications)


def test_al_folios_placeholder_name_is_no_owner(tmp_path):
    """al-folio's configuration ships "first_name: You, middle_name: R., last_name: Name": a site that kept it is
    not "You R. Name"'s; the owner is the one its papers name (sweep74: a real site of 53 papers kept it), and an
    untouched template names no one (refused as "Your Name" is)."""
    bib = "".join(f"@article{{lema{y},\n  title={{Sand ripples {y}}},\n  author={{Lema, Ivo and Roe, Ada}},\n"
                  f"  journal={{Tide Letters}},\n  year={{{y}}}\n}}\n" for y in (2019, 2020, 2021))
    p = imported_site(tmp_path, {
        "_config.yml": "first_name: You\nmiddle_name: R.\nlast_name: Name\n",
        "_pages/about.md": "---\nlayout: about\ntitle: about\npermalink: /\n---\n\nI study how tides move sand.\n",
        "_bibliography/papers.bib": bib})
    assert p.person.name != "You R. Name" and "Lema" in p.person.name
    # the same template with no papers of anyone's: refused, no "You R. Name"
    with pytest.raises(SourceError, match="no researcher name"):
        imported_site(tmp_path / "bare", {
            "_config.yml": "first_name: You\nmiddle_name: R.\nlast_name: Name\n",
            "_pages/about.md": "---\nlayout: about\ntitle: about\npermalink: /\n---\n\nI study how tides move sand.\n"})
