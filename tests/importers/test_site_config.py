"""One loader of a site's YAML/TOML configuration and one owner rule from configured names and records."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.site.any_site import config_names
from kg.importers.site.files import SITE_CONFIGS, site_configs
from kg.model import Author, Publication
from kg.importers.site.owner import named_owner
from tests.importers.sitefiles import imported_site, write_site, write_site as _write

_PAPERS_JSON = ('[{"title": "Lichens on north walls", "authors": ["Teodor Vik", "Runa Holm"], "year": 2022},\n'
                ' {"title": "Moss under snow", "authors": ["Teodor Vik", "Ilse Marr"], "year": 2020}]\n')


def test_site_configs_reads_yaml_and_toml_in_one_order_and_skips_what_does_not_parse(tmp_path):
    site = _write(tmp_path, {
        "_config.yml": "author: Runa Holm\n",
        "config/_default/hugo.toml": 'baseURL = "https://example.org/"\n',
        "hugo.toml": "title = [broken\n",
        "mkdocs.yml": "site_name: Moss notes\n",
    })
    found = [(p.relative_to(site).as_posix(), data) for p, _doc, data, _spans in site_configs(site)]
    assert found == [("_config.yml", {"author": "Runa Holm"}),
                     ("config/_default/hugo.toml", {"baseURL": "https://example.org/"}),
                     ("mkdocs.yml", {"site_name": "Moss notes"})]
    assert SITE_CONFIGS.index("config/_default/hugo.toml") < SITE_CONFIGS.index("hugo.toml")


def test_franklins_config_md_is_the_sites_configuration_only_when_it_holds_its_variables(tmp_path):
    # Franklin.jl keeps the site's settings in config.md ("+++ author = ... +++" under a comment, or "@def author"
    # lines): its author is the owner (a site of markdown pages named a coauthor of its papers instead)
    site = _write(tmp_path / "franklin", {
        "config.md": '<!-- the site -->\n+++\nauthor = "Runa Holm"\nwebsite_url = "https://runa.example.org/"\n+++\n'
                     "\n\\newcommand{\\R}{\\mathbb R}\n",
    })
    [(path, doc, data, spans)] = list(site_configs(site))
    assert path.name == "config.md" and data["author"] == "Runa Holm" and data["url"] == "https://runa.example.org/"
    assert spans["author"] == (3, 3) and "newcommand" not in doc.text  # (its commands are no setting)
    assert config_names(site) == ["Runa Holm"]
    defs = _write(tmp_path / "defs", {"config.md": '@def author = "Teodor Vik"\n@def mintoclevel = 2\n'})
    assert config_names(defs) == ["Teodor Vik"]
    page = _write(tmp_path / "page", {"config.md": "# Configuring the rig\n\nAuthor: Ilse Marr\n"})
    assert list(site_configs(page)) == [] and config_names(page) == []


def test_a_franklin_site_of_markdown_pages_is_its_configured_authors(tmp_path):
    site = _write(tmp_path, {
        "config.md": '<!-- variables -->\n+++\nauthor = "Runa Holm"\n+++\n',
        "index.md": '@def title = "Welcome"\n\n## Who am I?\n\nI study lichens at Fjell University.\n\n'
                    "## Publications\n\n"
                    "* \\biblabel{vik22}{Vik, Holm 2022} **Vik** and **Holm**, [Lichens on north walls]"
                    "(https://x.org/a), Nordic Botany 2022\n"
                    "* \\biblabel{holm20}{Holm, Marr 2020} **Holm** and **Marr**, [Moss under snow]"
                    "(https://x.org/b), Arctic Letters 2020\n",
        "_layout/head.html": "<html><head></head>\n",
    })
    profile = import_path(site).profile
    assert profile.person.name == "Runa Holm"
    assert [[a.name for a in p.authors] for p in profile.publications] == [["Vik", "Holm"], ["Holm", "Marr"]]
    assert [[a.is_self for a in p.authors] for p in profile.publications] == [[False, True], [True, False]]
    assert not any("@def" in u.text for u in profile.unparsed)


def test_a_hugo_configuration_is_looked_up_case_insensitively_as_hugo_does(tmp_path):
    # Hugo folds its configuration keys: "[Languages.fi]" and "ContentDir" are its "languages" and "contentDir";
    # a key written as asked is found first, and a Jekyll configuration keeps its case
    site = _write(tmp_path, {
        "_config.yml": "Author: Runa Holm\n",
        "hugo.toml": 'BaseURL = "https://example.org/"\n[Languages.fi]\nContentDir = "content/suomi"\n',
    })
    (jekyll, _d, jdata, _s), (hugo, _d2, data, spans) = site_configs(site)
    assert data["languages"]["fi"].get("contentDir") == "content/suomi"
    assert "BASEURL" in data and data.get("baseurl") == "https://example.org/"
    assert "languages.fi.contentdir" in spans
    assert jdata.get("author") is None


def test_a_hugo_configuration_key_written_in_two_spellings_is_found_as_asked_else_as_first_written(tmp_path):
    # review r78a, item 12: TOML keeps "baseURL" and "baseurl" apart; Hugo folds them into one key
    site = _write(tmp_path, {"hugo.toml": 'baseURL = "https://a.example.org/"\nbaseurl = "https://b.example.org/"\n'})
    [(_path, _doc, data, spans)] = site_configs(site, ["hugo.toml"])
    assert (data.get("baseURL"), data.get("baseurl"), data["BASEURL"]) == (
        "https://a.example.org/", "https://b.example.org/", "https://a.example.org/")
    assert (spans["baseurl"], spans["BaseUrl"]) == ((2, 2), (1, 1))


def test_a_file_under_hugos_config_folder_is_looked_up_case_insensitively_and_again_from_the_memo(tmp_path):
    # review r78a, item 11: config/_default/languages.toml is Hugo's configuration too (no hugo.* name), and a
    # second reader in the same import gets the folded spans from the memo
    from kg.importers.base import READ_ONCE

    site = _write(tmp_path, {"config/_default/languages.toml": '[EN]\nContentDir = "content/english"\n'})
    token = READ_ONCE.set({})
    try:
        for _ in range(2):
            [(_path, _doc, data, spans)] = site_configs(site, ["config/_default/languages.toml"])
            assert data["en"]["contentDir"] == "content/english"
            assert "en.contentdir" in spans
    finally:
        READ_ONCE.reset(token)


def test_a_configuration_with_tabs_before_a_comment_names_its_author(tmp_path):
    # the shared readers read a site's configuration with the same YAML reader as Jekyll and Hugo, which takes a
    # tab after a line's text as a space (as Jekyll does) instead of dropping the whole file
    site = _write(tmp_path, {"mkdocs.yml": "site_name: Moss notes\nsite_author: Runa Holm\t# me\n"})
    assert config_names(site) == ["Runa Holm"]


def test_named_owner_prefers_a_named_author_of_the_records_then_the_records_then_the_named():
    pubs = [Publication(title=t, authors=[Author(name="Teodor Vik"), Author(name=a)])
            for t, a in (("A", "Runa Holm"), ("B", "Ilse Marr"))]
    assert named_owner(["Ilse Marr", "Runa Holm"], pubs) == "Ilse Marr"
    assert named_owner(["Mona Sand", "Runa Holm"], pubs) == "Runa Holm"
    assert named_owner(["Mona Sand"], pubs) == "Teodor Vik"
    assert named_owner(["Mona Sand"], []) == "Mona Sand"
    assert named_owner([], pubs) == "Teodor Vik"
    assert named_owner([], []) is None


def test_a_site_configured_with_a_name_its_records_do_not_write_is_the_records_authors(tmp_path):
    # the shared readers' owner rule is the generators' one: a configured name that is no author of the records
    # (a site title, a feed's name) does not take the site from the author on most of them
    site = _write(tmp_path, {
        "mkdocs.yml": "site_name: Moss notes\nsite_author: Mona Sand\n",
        "data/papers.json": _PAPERS_JSON,
    })
    assert import_path(site).profile.person.name == "Teodor Vik"


def test_a_web_address_under_an_unknown_key_of_the_author_settings_is_a_link_of_the_owner(tmp_path):
    # academicpages' author block: profiles kg has no name for, each an address, are the owner's pages; a key
    # with no address stays unread
    site = _write(tmp_path, {
        "_config.yml": ('title: Runa Holm\nauthor:\n  name: Runa Holm\n  lichenbase: "https://lichens.example.org/u/rholm"\n'
                        '  pinterest:\n  keybase: "rholm"\n'),
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study lichens on north walls.\n",
    })
    profile = import_path(site).profile
    assert profile.person.links["lichenbase"] == "https://lichens.example.org/u/rholm"
    assert not [u for u in profile.unparsed if "lichenbase" in u.text]
    assert [u.text for u in profile.unparsed if "keybase" in u.text] == ['keybase: "rholm"']


def test_an_author_block_whose_name_is_left_empty_is_the_person_the_site_title_names(tmp_path):
    # academicpages' author block with "name:" empty and its profiles filled in, under "title: Runa Holm", its
    # papers records of a collection: the block was dropped with its name, the owner named as the records cite
    # them ("R. Holm") and the ids lost
    bylines = ["R. Holm, T. Vik, R. Berg", "M. Lund, R. Holm, R. Berg", "A. Moe, R. Holm, R. Berg", "A. Moe, R. Holm"]
    site = _write(tmp_path, {
        "_config.yml": ('title: "Runa Holm"\nname:\nauthor:\n  name:\n  github: "rholm"\n'
                        '  orcid: "https://orcid.org/0000-0002-1825-0097"\ncollections:\n  - pubs\n'),
        "_pages/research.md": "---\npermalink: /research/\ntitle: Research\n---\n\nI study lichens on north walls.\n",
        **{f"_pubs/201{k}-p.md": f'---\ntitle: "Lichens study {k}"\nyear: 201{k}\nauthors: "{a}"\nvenue: Moss Letters\n---\n'
           for k, a in enumerate(bylines)},
    })
    person = import_path(site).profile.person
    assert person.name == "Runa Holm"
    assert person.identifiers["github"] == "rholm" and person.identifiers["orcid"] == "0000-0002-1825-0097"



@pytest.mark.parametrize("config", [
    # review77c jekA: "title: Computational Ecology" over an author block with its name empty and a GitHub account
    # was the owner's name; no id spells "Ecology", so the about page's "I am Ana Roe" names her
    'title: "Computational Ecology"\nauthor:\n  name:\n  github: "aroe"\n  email: "ana.roe@example.org"\n',
    # jekC: "dedicated to my grandmother Eva Roe (née Lind)" gave the owner the alias "Ana Lind"
    'title: Ana Roe\ndescription: "Ana Roe. Dedicated to my grandmother Eva Roe (née Lind)."\nauthor:\n  name: Ana Roe\n',
])
def test_a_title_naming_a_subject_or_a_nee_about_a_relative_gives_the_owner_no_other_name(tmp_path, config):
    about = "---\npermalink: /\ntitle: About\n---\n\nI am Ana Roe, an ecologist.\n"
    person = import_path(_write(tmp_path, {"_config.yml": config, "_pages/about.md": about})).profile.person
    assert person.name == "Ana Roe" and not any("Lind" in n for n in person.alternate_names)

def test_a_site_title_writing_out_the_author_blocks_initials_is_the_owners_name_and_nee_an_alias(tmp_path):
    # Beautiful Jekyll's "author: name: R. K. Holm" under "title: Runa Holm", the description saying the name she
    # was born with ("(née Vik)"); her papers from before write "R. K. Vik": the initials were the name, and the
    # earlier papers someone else's
    site = _write(tmp_path, {
        "_config.yml": ('title: Runa Holm\ndescription: Homepage of Runa Holm (née Vik)\nauthor:\n  name: R. K. Holm\n'),
        "index.md": ("---\nlayout: page\ntitle: Runa Holm\n---\n\nI study lichens.\n\n## Publications\n\n"
                     "- R. K. Vik and T. Berg. Lichens on north walls. Moss Letters, 2012.\n"
                     "- R. K. Holm and T. Berg. Moss under snow. Moss Letters, 2020.\n"),
    })
    profile = import_path(site).profile
    assert profile.person.name == "Runa Holm"
    assert {"R. K. Holm", "R. K. Vik"} <= set(profile.person.alternate_names)
    assert [[a.is_self for a in p.authors] for p in profile.publications] == [[True, False], [True, False]]


def test_a_site_title_saying_whose_homepage_it_is_names_the_owner(tmp_path):
    # a Jekyll site whose start page is a picture only, its owner named by the title "Name's homepage" alone
    site = _write(tmp_path, {
        "_config.yml": "title: Ilse Marr-Vik's homepage\nemail: someone@example.org\n",
        "index.html": "---\nlayout: default\n---\n<div><img src=\"/img/banner.png\" alt=\"Welcome!\"></div>\n",
        "de/schriften.md": "---\ntitle: Schriften\nlang: de\n---\n\n## Bücher\n\n"
                           "- Ilse Marr-Vik. Moos unter Schnee. Kiel: Nordverlag, 2004.\n",
    })
    assert config_names(site) == ["Ilse Marr-Vik"]
    assert import_path(site).profile.person.name == "Ilse Marr-Vik"


def test_a_configuration_with_no_author_block_gives_its_own_position_and_workplace_keys(tmp_path):
    # a hand-built Jekyll site read by the shared readers: the owner's workplace and post are keys at the top of
    # _config.yml (one misspelt with a doubled letter); the site's title is no job
    site = _write(tmp_path, {
        "_config.yml": "title: Runa Holm\naffiliation: Kvarn University, School of Lichenology\n"
                       "possition: Lecturer\nurl: https://rholm.example.org\n",
        "pages/home.md": "---\ntitle: Home\n---\n\nMoss and lichen on north walls.\n",
        "_data/papers.yml": "- title: Lichen on cold stone walls\n  authors: Runa Holm and Teodor Vik\n  year: 2021\n"
                            "  journal: Nordic Moss Letters\n",
    })
    person = import_path(site).profile.person
    assert person.job_title == "Lecturer"
    assert [a.name for a in person.affiliations] == ["Kvarn University, School of Lichenology"]


def test_a_social_links_file_that_is_not_valid_yaml_is_said_at_its_line_and_the_site_still_reads(tmp_path):
    # al-folio's _data/socials.yml with a handle written "@name" unquoted (YAML refuses a plain value opening with
    # '@'): the whole import ended on it (exit 2, the site's papers lost); now the file is reported where it breaks
    site = _write(tmp_path / "site", {
        "_config.yml": "first_name: Runa\nlast_name: Holm\nscholar:\n  source: /_bibliography/\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\nI study lichens on old stone walls.\n",
        "_bibliography/papers.bib": "@article{holm2021,\n  title={Lichens on north walls},\n"
                                    "  author={Holm, Runa and Vik, Teodor},\n  journal={Stone Ecology},\n"
                                    "  year={2021}\n}\n",
        "_data/socials.yml": "email: runa@example.org\nx_username: @runaholm\n"})
    profile = import_path(site).profile
    assert profile.person.name == "Runa Holm"
    assert [p.title for p in profile.publications] == ["Lichens on north walls"]
    [note] = [u for u in profile.unparsed if u.file == "_data/socials.yml"]
    assert note.line == 2 and "the file is not valid YAML" in note.text


def test_bare_profile_keys_of_a_theme_less_jekyll_config_whose_home_page_is_only_templates(tmp_path):
    # a theme-less one-pager: the home page only loops over a collection; the owner's name, email and profile
    # user names sit at the top of _config.yml under their bare names ("github:", "twitter:", "scholar:")
    (tmp_path / "_config.yml").write_text(
        "name:     Mira Ostholt\nemail:    m.ostholt@uni-lindenau.example\n"
        "twitter:  mostholt\ngithub:   mirao\nscholar:  Qx1rTzkAAAAJ\n"
        "collections:\n  sections:\n    order: [about.md]\n")
    (tmp_path / "index.md").write_text("---\nlayout: default\n---\n{% for s in site.sections %}{{ s.content }}"
                                       "{% endfor %}\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "papers.yml").write_text(
        "- title: Rivers of Data\n  year: 2021\n  authors: [Mira Ostholt, Jon Vale]\n"
        "- title: Stacked Ledgers\n  year: 2019\n  authors: [Mira Ostholt]\n")
    person = import_path(tmp_path).profile.person
    assert person.name == "Mira Ostholt"
    assert person.email == "m.ostholt@uni-lindenau.example"
    assert person.identifiers == {"github": "mirao", "twitter": "mostholt", "google_scholar": "Qx1rTzkAAAAJ"}


def test_profile_blocks_of_a_jekyll_config_give_the_address_they_hold_under_profile(tmp_path):
    # "google_scholar: {profile: URL}", "twitter: {profile: URL}": a theme's block per profile holding its address
    # (the contact page prints "{{ site.twitter.profile }}"), read as Chirpy's "github: {username: X}" is
    (tmp_path / "_config.yml").write_text(
        "title: Mira Ostholt\nauthor:\n  name: Mira Ostholt\n"
        "github:\n  profile: https://github.com/mirao\n  repo: https://github.com/mirao/mirao.github.io\n"
        "twitter:\n  profile: https://twitter.com/m_ostholt\n"
        "google_scholar:\n  profile: https://scholar.google.com/citations?user=Qx1rTzkAAAAJ&hl=en\n")
    (tmp_path / "index.md").write_text("---\nlayout: page\n---\n\nI keep ledgers of rivers.\n")
    person = import_path(tmp_path).profile.person
    assert person.identifiers == {"github": "mirao", "twitter": "m_ostholt", "google_scholar": "Qx1rTzkAAAAJ"}


def test_a_jekyll_author_that_is_the_configurations_account_gives_way_to_the_titles_name(tmp_path):
    # a hand-made Jekyll site whose configuration says "title: <full name>", "username: <handle>" and
    # "author: <handle>": the handle was taken for the owner's name
    files = {
        "_config.yml": "title: \"Rui Tavares Melo\"\nurl: \"https://rtmelo.example.pt\"\nusername: rtmelo\n"
                       "author: rtmelo\nmarkdown: kramdown\n",
        "index.md": "---\nlayout: default\n---\n\nI am a researcher in software engineering for connected devices at "
                    "the Tagus Institute of Engineering.\n",
        "publications.md": "---\nlayout: page\ntitle: Publications\n---\n\n## Journals\n\n"
                           "- Rui Tavares Melo, Ana Pires. Healing brokers for device fleets. *Systems Letters*, 2023.\n"
                           "- Ana Pires, Rui Tavares Melo. Programming fleets by drawing. *Visual Notes*, 2021.\n",
    }
    p = imported_site(tmp_path, files)
    assert p.person.name == "Rui Tavares Melo"


def test_a_jekyll_now_name_that_titles_the_site_gives_way_to_the_description_naming_the_owner(tmp_path):
    # Jekyll Now's header shows "name:" over "description:"; a site titled by its "name" ("Notes from the quay")
    # writes the owner's name as the line under it, and the papers' byline leaves the owner out
    files = {
        "_config.yml": "name: Notes from the quay\ndescription: Ilse Marrow\navatar: /images/me.jpg\n",
        "index.html": "---\nlayout: default\n---\n\n<p>Posts</p>\n",
        "research.md": "---\nlayout: page\ntitle: Research\n---\n\n## Articles\n\n"
                       "- “Cranes of the old harbour”, *Port History* 12 (2019), 40-51.\n"
                       "- with Runa Holm, “Ledgers at low tide”, *Quay Studies* 3 (2017), 9-20.\n",
    }
    p = imported_site(tmp_path, files)
    assert p.person.name == "Ilse Marrow"
    assert [[a.name for a in x.authors][:1] for x in p.publications] == [["Ilse Marrow"], ["Ilse Marrow"]]


def test_a_config_name_written_with_a_line_break_tag_is_the_name_without_it(tmp_path: Path):
    # academicpages' sidebar shows "author: name:" as HTML: "Ana Lind<br>(林安)" is two lines on the screen, the
    # name and the name in another script; the tag is no part of either
    p = imported_site(tmp_path / "site", {
        "_config.yml": 'title: "Ana Lind"\nauthor:\n  name: "Ana Lind<br>(林安)"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study the fish of slow rivers.\n"}).person
    assert p.name == "Ana Lind"
    assert p.alternate_names == ["林安"]


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


def test_an_author_block_naming_its_owner_in_one_script_per_key(tmp_path):
    # an AcadHomepage variant: no "name:", an empty "english_name:" beside "chinese_name:"; the about page only
    # pulls in its fragments ("{% include_relative includes/intro.md %}"), which the configured owner's site reads
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Homepage\nauthor:\n  english_name:\n  chinese_name: \"林晓雨\"\n"
                       "  employer: \"北岸大学\"\n  email: \"lin@example.edu\"\n",
        "_pages/about.md": "---\npermalink: /\n---\n{% include_relative includes/intro.md %}\n\n"
                           "{% include_relative includes/honors.md %}\n",
        "_pages/includes/intro.md": "# 简介\n\n林晓雨，北岸大学法学院讲师。\n",
        "_pages/includes/honors.md": "# 🏆 Honors and Awards\n\n- 青年教师教学竞赛一等奖（2024）\n",
    })
    assert profile.person.name == "林晓雨"
    assert [a.name for a in profile.person.affiliations][:1] == ["北岸大学"]
    assert [a.year for a in profile.awards] == [2024]


def test_an_author_block_with_a_name_in_english_and_in_chinese(tmp_path):
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "author:\n  chinese_name: \"林晓雨\"\n  english_name: \"Xiaoyu Lin\"\n",
        "_pages/about.md": "---\npermalink: /\n---\n\nI teach law at Northshore University.\n",
    })
    assert (profile.person.name, profile.person.alternate_names) == ("Xiaoyu Lin", ["林晓雨"])


def test_an_author_block_written_per_language_is_read_in_one_and_names_the_owner_in_the_others(tmp_path):
    # a bilingual academicpages sidebar: "name: {en: ..., zh: ...}", "bio: {en: ..., zh: ...}"; the papers in
    # Chinese name the owner in Chinese; the home page has no name heading, its "join us" section a recruiting call
    profile = imported_site(tmp_path / "site", {
        "_config.yml": ('locale: "zh"\nname: "Yu-Wen Tan"\nauthor:\n  name:\n    en: "Yu-Wen Tan"\n    zh: "谭雨文"\n'
                        '  bio:\n    en: "Associate Professor"\n    zh: "副研究员"\n'),
        "_pages/about.md": ("---\npermalink: /\nlang: zh\n---\n\n"
                            "谭雨文，北岸大学水利系副研究员，主要研究方向为河流泥沙与数字孪生技术。\n\n"
                            "## 加入我们\n课题组长期招收研究助理、研究生或博士后，欢迎联系。\n"),
        "_publications/2015-paper.md": ("---\ntitle: \"河道泥沙的数字孪生方法\"\ncollection: publications\n"
                                        "date: 2015-06-01\nvenue: \"水利学报\"\n"
                                        "citation: \"王小明, 谭雨文*. (2015). 河道泥沙的数字孪生方法. 水利学报.\"\n---\n"),
    })
    person = profile.person
    assert (person.name, person.alternate_names, person.job_title) == ("Yu-Wen Tan", ["谭雨文"], "Associate Professor")
    assert [[a.is_self for a in p.authors] for p in profile.publications] == [[False, True]]


def test_the_workplace_a_theme_shows_from_the_configuration_wins_over_the_bio_sentence(tmp_path):
    # minimal-light: "position:" and "affiliation:" at the top of _config.yml, shown under the owner's name; the
    # bio says the same place in a longer sentence
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Tull\nposition: Associate Professor\naffiliation: Fenmark Institute of Optics\n",
        "index.md": "---\nlayout: homepage\n---\n\nI am an Associate Professor at the Fenmark Institute in Ostby "
                    "(a [national post](https://posts.example.org)) in the Q team.\n",
    })
    assert profile.person.job_title == "Associate Professor"
    assert [(a.name, a.role) for a in profile.person.affiliations] == [("Fenmark Institute of Optics",
                                                                         "Associate Professor")]


def test_a_home_page_made_of_relative_includes_on_a_site_titled_with_the_owners_name(tmp_path):
    # minimal-light: "title: Mira Tull" names the owner; index.md is only "{% include_relative _includes/X.md %}"
    # lines, its about part says "I'm ..." without the name: the parts are the home page's text (bio, news)
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Mira Tull\nposition: PhD Student\naffiliation: Fenmark University\n",
        "_layouts/homepage.html": "<html><body><h1>{{ site.title }}</h1>{{ content }}</body></html>\n",
        "index.md": "---\nlayout: homepage\n---\n\n{% include_relative _includes/about.md %}\n\n"
                    "{% include_relative _includes/news.md %}\n",
        "_includes/about.md": "## About Me\n\nI'm a second-year PhD student at Fenmark University, advised by "
                              "Dr. [Oren Vask](https://vask.example.org/). Before, I completed my Bachelor's degree at "
                              "[Ostby University](https://ostby.example.org/).\n",
        "_includes/news.md": "## News\n- <strong>[Mar 2026, Oslo]</strong>I gave a talk on lenses.\n"
                             "- <strong>[Jan 2026]</strong>1 paper accepted to Optics Letters.\n",
    })
    assert profile.person.name == "Mira Tull"
    assert profile.person.advisors == ["Oren Vask"]
    assert [e.institution for e in profile.person.education] == ["Fenmark University", "Ostby University"]
    assert [(n.date, n.text) for n in profile.news] == [("2026-03", "I gave a talk on lenses."),
                                                         ("2026-01", "1 paper accepted to Optics Letters.")]


def test_an_address_switched_off_in_the_profile_block_is_no_location(tmp_path):
    # al-folio's "profile: {address: false}" turns the sidebar address off: no location "False"
    from tests.importers.sitefiles import write_site

    p = import_path(write_site(tmp_path, {
        "_config.yml": "title: Tamsin Vell\nfirst_name: Tamsin\nlast_name: Vell\n",
        "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\nprofile:\n  align: right\n"
                           "  address: false\n---\n\nI am a lecturer in Hydrology at the University of Lowmere.\n"})).profile
    assert p.person.location is None


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


def test_a_jekyll_configs_social_mapping_of_profiles_by_key_gives_the_identifiers(tmp_path):
    # no theme: the site's own layout reads "site.social.github" and friends, a mapping (not a list of icon links)
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n"
                       "social:\n  github: \"siri-lund\"\n"
                       "  scholar: \"https://scholar.google.com/citations?user=AbCdEfGhIjkl&hl=en\"\n"
                       "  linkedin: \"https://www.linkedin.com/in/sirilund/\"\n",
        "index.html": "---\nlayout: default\n---\n<h2>About</h2>\n<p>I study moss and peat in cold places.</p>\n"
                      "<a href=\"https://github.com/{{ site.social.github }}\">GitHub</a>\n",
    })
    ids = profile.person.identifiers
    assert (ids.get("github"), ids.get("google_scholar"), ids.get("linkedin")) == (
        "siri-lund", "AbCdEfGhIjkl", "sirilund")


def test_the_config_authors_title_after_a_degree_is_the_job_title(tmp_path):
    # academicpages' sidebar: "author: title:" set to the degree and the position ("博士/副教授", Dr./associate
    # professor); the about page states no position
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: \"学术主页\"\nurl: https://slund.example.org\nauthor:\n  name: \"林思\"\n"
                       "  title: \"博士/副教授\"\n  employer: \"北方大学\"\n",
        "_pages/about.md": "---\npermalink: /\ntitle: 个人简介\n---\n研究方向：苔藓与泥炭。\n",
    })
    person = profile.person
    assert person.job_title == "副教授"


def test_the_config_authors_job_key_is_the_job_title(tmp_path):
    # a theme's author block that writes the position under "job" beside "employer": the owner's post and place;
    # the about page's older sentence ("since 2015 a PhD student at X") is no post over the one the site shows
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Oren Vale\nurl: https://ovale.example.org\nauthor:\n  name: Oren Vale\n"
                       "  employer: Tarnfield Institute of Technology\n  job: \"Research Engineer\"\n",
        "index.html": "---\nlayout: home\n---\n<h1>{{ site.author.name }}</h1>\n<p>{{ site.author.job }}</p>\n",
        "about_me/index.md": "---\ntitle: About Me\n---\nI am a computer scientist and since 2015 a PhD Student at the "
                             "Lowmoor Institute. My research is on verifying concurrent programs.\n",
    })
    person = profile.person
    assert person.job_title == "Research Engineer"
    assert person.affiliations[0].name == "Tarnfield Institute of Technology"


_SNS = """- name: twitter
  username: nvale_lab
  url: https://twitter.com/nvale_lab
  icon: <i class="fab fa-twitter"></i>
- name: LinkdIn
  username: noravale
  url: https://www.linkedin.com/in/noravale/
  icon: <i class="fab fa-linkedin-in"></i>
- name: ORCiD
  url: https://orcid.org/0000-0002-1825-0097
  icon: <i class="fab fa-orcid"></i>
"""


def test_a_data_file_listing_profile_links_gives_the_owners_identifiers(tmp_path):
    # the footer loops over "_data/sns.yml" (not al-folio's socials.yml): each item a name, an address and an icon
    # written as markup; the icon's classes name the link
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Nora Vale\nurl: https://nvale.example.org\n",
        "index.md": "---\nlayout: home\n---\n# Nora Vale\n\nI am a researcher in graph algorithms.\n",
        "_data/sns.yml": _SNS})
    assert profile.person.identifiers == {"twitter": "nvale_lab", "linkedin": "noravale",
                                          "orcid": "0000-0002-1825-0097"}
    assert sorted(profile.person.links) == ["linkedin", "orcid", "twitter"]


def test_a_data_file_of_other_links_gives_no_identifiers(tmp_path):
    # a list of the lab's partners' sites is no list of the owner's profiles
    from tests.importers.sitefiles import imported_site

    partners = "- name: Lakeside\n  url: https://lakeside.example.org\n- name: Northfield\n  url: https://nf.example.org\n"
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Nora Vale\n",
        "index.md": "---\nlayout: home\n---\n# Nora Vale\n\nI am a researcher in graph algorithms.\n",
        "_data/partners.yml": partners})
    assert profile.person.identifiers == {}


def test_a_jekyll_site_without_author_block_and_a_cv_folder_page(tmp_path):
    # _config.yml names the owner only in its title and keeps minima's footer settings; the CV is cv/index.md, a
    # page no reader takes, with the owner's awards and mentees
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Lena Frost\ntwitter_username: \"@lfrost\"\ngithub_username: lfrost\n"
                       "remote_theme: someone/sometheme\n",
        "index.md": "---\nlayout: home\ntitle: Lena Frost\n---\n\nI am a postdoc in the systems group at Hill "
                    "University.\n\n## Publications\n\n- Lena Frost, Omar Diaz. Proving Bus Traces Correct. "
                    "In *PLDI*, 2024.\n- Omar Diaz, Lena Frost. Verified Memory Maps for Chips. In *CPP*, 2023.\n",
        "cv/index.md": "---\nlayout: page\ntitle: CV\n---\n\n## Fellowships and Awards\n\n"
                       "| Hill Fellowship 2024 | Hill Postdoctoral Fellowship |\n"
                       "| NOI 2010 | Ranked 1st at the National Olympiad in Informatics |\n\n"
                       "## Mentoring\n\nAt Hill, I am mentoring two PhD students on verifying their systems:\n"
                       "* Ana Kim:<br>\nMemory accesses on a chip\n* Bo Lund:<br>\nBus traces\n\n"
                       "At my previous school, I mentored three undergraduate students on our group's projects:\n"
                       "* Cy Roe\n* Dee Park\n* Eli Moss\n",
        # (the BibTeX the list was made from, kept in a collection folder: no theme-less site)
        "_publications/papers.bib": "@inproceedings{frost24,\n  author = {Lena Frost and Omar Diaz},\n"
                                    "  title = {Proving Bus Traces Correct},\n  booktitle = {PLDI},\n  year = {2024}\n}\n",
    })
    prof = import_path(root).profile
    assert prof.person.identifiers == {"twitter": "lfrost", "github": "lfrost"}
    assert len(prof.awards) == 2
    assert [s.name for s in prof.students] == ["Ana Kim", "Bo Lund", "Cy Roe", "Dee Park", "Eli Moss"]


def test_the_template_bluesky_value_is_no_handle():
    # academicpages ships "bluesky: bsky.app # Replace this with your Bluesky username": the service, no handle
    from kg.importers.common import clean_identifier

    assert clean_identifier("bluesky", "bsky.app") is None
    assert clean_identifier("bluesky", "ann-roe.com") == "ann-roe.com"


def test_an_email_address_in_a_profile_setting_is_no_handle():
    # "scholar_userid: ana@...", "twitter_username: ana@...": an address typed into the theme's slots for ids
    # names no profile (no id, no link built from it)
    from kg.importers.common import clean_identifier, profile_setting_url

    assert clean_identifier("google_scholar", "ilse.varga@example.org") is None
    assert profile_setting_url("twitter_username", "ilse.varga@example.org") is None
    assert profile_setting_url("scholar_userid", "ilse.varga@example.org") is None
    assert clean_identifier("twitter", "@ilse_varga") == "ilse_varga"


def test_an_orcid_written_without_dashes_and_a_comment_glued_on_is_the_owners_orcid(tmp_path):
    # "orcid_id: 000000031234567X# your ORCID": no space before the "#", so YAML keeps the comment in the value,
    # and the iD is written as its 16 characters without dashes: still the owner's ORCID, in its usual form
    (tmp_path / "_config.yml").write_text(
        "first_name: Oona\nlast_name: Sarvik\nemail: o.sarvik@example.org\n"
        "orcid_id: 000000031234567X# your ORCID here\ngithub_username: osarvik # your GitHub\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\nlayout: about\ntitle: about\npermalink: /\n---\n\nI study peat bogs at Lindmark College.\n")
    person = import_path(tmp_path).profile.person
    assert person.identifiers.get("orcid") == "0000-0003-1234-567X"
    assert person.identifiers.get("github") == "osarvik"


@pytest.mark.parametrize("value, want", [("Q4115189 # your wikidata id", "Q4115189"), ("# your wikidata id", None),
                                         ("your-wikidata-id", None)])
def test_al_folios_wikidata_setting_is_the_owners_wikidata_item(tmp_path, value, want):
    # al-folio's "_config.yml" has "wikidata_id:" among its profile settings (the footer links
    # https://www.wikidata.org/wiki/<id>): a filled one is the owner's item; left empty or a stand-in, none
    (tmp_path / "_config.yml").write_text(
        f"first_name: Oona\nlast_name: Sarvik\norcid_id: 0000-0003-1234-567X\nwikidata_id: {value}\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\nlayout: about\ntitle: about\npermalink: /\n---\n\nI study peat bogs at Lindmark College.\n")
    person = import_path(tmp_path).profile.person
    assert person.identifiers.get("wikidata") == want
    assert person.identifiers.get("orcid") == "0000-0003-1234-567X"


def test_a_footer_affiliation_holding_the_owners_own_name_is_no_workplace(tmp_path):
    """A lab template's ``_config.yml`` footer settings filled in by one person: ``affiliation:`` holds only the
    owner's name ("Marta Kowalczyk<br/>"), ``location:`` the address, its first line the university. kg took the
    owner's name for a workplace; the workplace is the university the address names."""
    from .sitefiles import imported_site

    profile = imported_site(tmp_path, {
        "_config.yml": "title: Marta Kowalczyk\naffiliation: >\n    Marta Kowalczyk<br/>\n\nlocation: >\n"
                       "  Silesian University of Technology<br/>\n  Faculty of Physics, 44-100 Gliwice, Poland\n",
        "_pages/home.md": "---\ntitle: Home\npermalink: /\n---\n\n# Marta Kowalczyk\n\nI study thin films.\n",
    })
    assert [a.name for a in profile.person.affiliations] == ["Silesian University of Technology"]


def test_plain_profile_user_names_at_the_top_of_a_jekyll_config_with_an_about_page(tmp_path):
    # a theme's _config.yml writes the owner's profiles as plain user names at its top ("twitter: x",
    # "linkedin: x", "github: x"; the others commented out), its footer's icons linking them
    files = {
        "_config.yml": "name: Oda Renvik\nbio: Tea is good\nurl: https://orenvik.example.io\n"
                       "# facebook: myfacebook\ntwitter: orenvik\nlinkedin: oda-renvik\ngithub: odar\n"
                       "email: oda@renvik.example.org\n",
        "about.md": "---\nlayout: page\ntitle: About\npermalink: /\n---\n\nI am a lecturer in soil physics at the "
                    "University of Brask.\n\n## Publications\n\n"
                    "- Oda Renvik, Per Holt. Water in frozen clay. *Soil Letters*, 2021.\n"
                    "- Per Holt, Oda Renvik. Roots in dry sand. *Field Notes*, 2019.\n",
    }
    person = imported_site(tmp_path, files).person
    assert person.name == "Oda Renvik"
    assert person.identifiers.get("github") == "odar"
    assert person.identifiers.get("twitter") == "orenvik"
    assert person.identifiers.get("linkedin") == "oda-renvik"


def test_the_themes_slot_for_the_owners_address_is_no_address(tmp_path):
    # "email: your.email@example.com" left in _config.yml: the theme's slot, read and dropped; a real one is kept
    from .sitefiles import academicpages_home, imported_site
    files = academicpages_home("Ada Lind", "I study ice.\n")
    left = imported_site(tmp_path / "a", {**files, "_config.yml": files["_config.yml"] + "email: your.email@example.com\n"})
    kept = imported_site(tmp_path / "b", {**files, "_config.yml": files["_config.yml"] + "email: ada.lind@uni.example.edu\n"})
    assert left.person.email is None
    assert kept.person.email == "ada.lind@uni.example.edu"


def test_a_configured_name_written_without_its_space_is_the_owner_the_papers_write_with_it(tmp_path):
    # "name: RunaHolm" (the capitals keeping the words apart) over papers that write "Runa Holm": the owner is
    # Runa Holm, the glued form kept as another way the site writes the name
    site = _write(tmp_path, {
        "_config.yml": 'title: RunaHolm\nauthor:\n  name: "RunaHolm"\n',
        "_pages/about.md": ("---\npermalink: /\ntitle: About\n---\n\nI study lichens on north walls.\n\n"
                            "## Publications\n\n"
                            "- Bo Lind, Runa Holm. Lichens on north walls. *Journal of Walls*, 2022.\n"
                            "- Runa Holm, Ilse Marr. Moss under snow. *Snow Letters*, 2020.\n"),
    })
    profile = import_path(site).profile
    assert profile.person.name == "Runa Holm"
    assert "RunaHolm" in profile.person.alternate_names
    assert sorted(next(i for i, a in enumerate(p.authors) if a.is_self) for p in profile.publications) == [0, 1]


_JEKYLL_NOW_POSTS = "---\nlayout: default\n---\n{% for post in site.posts %}<h2>{{ post.title }}</h2>{% endfor %}\n"


def test_a_jekyll_now_site_name_that_reads_like_a_name_gives_way_to_the_person_the_about_page_names(tmp_path):
    # Jekyll Now's "name:" is the site's name ("Name of your site, displayed in the header"): here a title of two
    # capitalised words, no one's; the about page is headed by the owner's name, the papers set it in bold and the
    # footer's accounts spell it. Before, the profile was named "Tidal Ledgers".
    p = imported_site(tmp_path, {
        "_config.yml": "name: Tidal Ledgers\ndescription: Notes on estuaries and old maps\n"
                       "footer-links:\n  email: wren.ostrander@example.edu\n  github: wostrander\n",
        "index.html": _JEKYLL_NOW_POSTS,
        "about.md": "---\nlayout: page\ntitle: About\n---\n\n# Wren Ostrander\n\n"
                    "I am a PhD student in geography at Saltmarsh University.\n\n## Publications\n\n"
                    "- **Wren Ostrander**, Pia Lund. Mapping the silt line. Estuary Review 2022.\n"
                    "- Pia Lund, **Wren Ostrander**. Tides in old charts. Coastal Letters 2020.\n"})
    assert p.person.name == "Wren Ostrander"
    assert p.person.email == "wren.ostrander@example.edu" and p.person.identifiers["github"] == "wostrander"
    assert [[a.name for a in x.authors if a.is_self] for x in p.publications] == [["Wren Ostrander"]] * 2


def test_a_jekyll_now_name_that_is_the_owners_stays_when_the_about_page_names_someone_else(tmp_path):
    # "name: Pia Lund" is the owner's (her address spells it); an about page that opens on her advisor's name
    # does not rename the site's owner
    p = imported_site(tmp_path, {
        "_config.yml": "name: Pia Lund\ndescription: Assistant Professor of Geography\n"
                       "footer-links:\n  email: pia.lund@example.edu\n",
        "index.html": _JEKYLL_NOW_POSTS,
        "about.md": "---\nlayout: page\ntitle: About\n---\n\n# Oskar Brandt\n\nMy advisor was Oskar Brandt; "
                    "I now teach river geography at Saltmarsh University.\n"})
    assert p.person.name == "Pia Lund"


def test_a_blogs_name_is_no_owner_the_accounts_that_spell_a_name_the_blog_is_named_for_are(tmp_path):
    # "name: Strand's Blog" and an about page that names no one: the footer's accounts ("Tomas-Strand",
    # "tomas-strand") write the name whose family name the blog is named for. Before: "Strand's Blog".
    p = imported_site(tmp_path, {
        "_config.yml": "name: Strand's Blog\ndescription: Rendering, sampling, misc.\n"
                       "footer-links:\n  github: Tomas-Strand\n  linkedin: tomas-strand\n",
        "index.html": _JEKYLL_NOW_POSTS,
        "about.md": "---\nlayout: page\ntitle: About Me\n---\n\nHi! I write programs that draw light and shadow, "
                    "and this is where I explain what I learned.\n"})
    assert p.person.name == "Tomas Strand"
    assert p.person.identifiers["github"] == "Tomas-Strand"


def test_a_blog_whose_data_file_keeps_its_one_author_is_that_authors(tmp_path):
    # Jasper's way: "title:" names the blog, _data/authors.yml keeps the author the posts name by a short key (with
    # a bio and profiles); before, the record was not read (the site's own twitter account stood for the owner's)
    files = {
        "_config.yml": "title: Meadow Notes\ndescription: Stories from field seasons\ntwitter: meadowcounts\n"
                       "url: https://meadow.example.org\n",
        "_data/authors.yml": "ines:\n  name: Ines Halvorsen\n  bio: Ecologist studying pollinators.\n"
                             "  twitter: ineshalv\n  picture: assets/images/ines.jpg\n",
        "index.html": "---\nlayout: home\n---\n",
        "about.md": "---\nlayout: page\ntitle: About\n---\n\nI count bees in alpine meadows.\n",
    }
    for k in range(3):
        files[f"_posts/2021-0{k + 1}-01-season-{k}.md"] = f"---\nlayout: post\ntitle: Season {k}\nauthor: ines\n---\n\nText.\n"
    p = imported_site(tmp_path, files)
    assert p.person.name == "Ines Halvorsen"
    assert p.person.identifiers["twitter"] == "ineshalv"
    assert p.person.image == "https://meadow.example.org/assets/images/ines.jpg"  # (Jasper's "picture:")


def test_a_data_file_of_many_authors_names_no_owner(tmp_path):
    # a lab's or a magazine's _data/authors.yml: four people, the posts by several; none of them is the owner
    from kg.importers.site.jekyll import _site_author_record

    people = ["Ines Halvorsen", "Pia Lund", "Wren Ostrander", "Tomas Strand"]
    files = {"_config.yml": "title: Meadow Counts\n",
             "_data/authors.yml": "".join(f"a{k}:\n  name: {n}\n" for k, n in enumerate(people))}
    for k in range(4):
        files[f"_posts/2021-0{k + 1}-01-p{k}.md"] = f"---\ntitle: P{k}\nauthor: a{k % 2}\n---\n\nText.\n"
    assert _site_author_record(write_site(tmp_path, files)) == {}


def test_a_blog_named_for_itself_is_the_persons_its_about_page_says_maintain_it(tmp_path):
    # "name: Tidal Ledger Notes" (a site's name) and an about page that says whose blog it is, in a sentence, with
    # no heading naming anyone: that person. Before, the site's name stood for the owner.
    p = imported_site(tmp_path, {
        "_config.yml": "name: Tidal Ledger Notes\ndescription: Estuaries, maps, misc.\nfooter-links:\n  github: tln\n",
        "index.html": _JEKYLL_NOW_POSTS,
        "about.md": "---\nlayout: page\ntitle: About\n---\n\nThe Tidal Ledger Notes blog is maintained by "
                    "[Wren Ostrander](https://example.org/wren), a PhD student in geography.\n"})
    assert p.person.name == "Wren Ostrander"


def _blog(config: str, posts: list[str | None], extra: dict | None = None) -> dict:
    """A Jekyll Now blog: its configuration, an about page naming no one, and a post a byline (None: a post that
    names no author, the owner's)."""
    files = {"_config.yml": config, "index.html": _JEKYLL_NOW_POSTS,
             "about.md": "---\nlayout: page\ntitle: About\n---\n\nI study sediment in winter rivers.\n", **(extra or {})}
    for k, by in enumerate(posts):
        files[f"_posts/2021-0{k + 1}-01-p{k}.md"] = (f"---\nlayout: post\ntitle: P{k}\n"
                                                      + (f"author: {by}\n" if by else "") + "---\n\nText.\n")
    return files


def test_a_jekyll_now_name_for_itself_gives_way_to_the_author_most_posts_name(tmp_path):
    # "name: Quiet Gradients" (reads like a name, is the blog's): the posts' byline is the owner
    p = imported_site(tmp_path, _blog("name: Quiet Gradients\n", ["Mira Tanaka", "Mira Tanaka", None]))
    assert p.person.name == "Mira Tanaka"


def test_a_guests_post_does_not_rename_the_owner_a_jekyll_now_name_gives(tmp_path):
    # "name: Lena Haverkamp" is the owner's; one post of two is a guest's ("author: Tomas Brivik"), the other names
    # no author (the owner's). Before, the guest's byline, "the author of most bylined posts", took the profile.
    p = imported_site(tmp_path, _blog("name: Lena Haverkamp\n", ["Tomas Brivik", None]))
    assert p.person.name == "Lena Haverkamp"


def test_a_guests_one_record_in_authors_yml_does_not_rename_the_owner(tmp_path):
    # _data/authors.yml keeping only a guest writer's record, beside "name: Lena Haverkamp": the name stays the
    # owner's (before: "Tomas Brivik", his bio the owner's); the record stands when most posts are his
    from kg.importers.site.jekyll import _site_author_record

    extra = {"_data/authors.yml": "tomas:\n  name: Tomas Brivik\n  bio: Guest writer on rainfall.\n"}
    p = imported_site(tmp_path / "a", _blog("name: Lena Haverkamp\n", ["tomas", None], extra))
    assert p.person.name == "Lena Haverkamp" and p.person.description != "Guest writer on rainfall."
    root = write_site(tmp_path / "b", _blog("name: Lena Haverkamp\n", ["tomas", "tomas", None], extra))
    assert _site_author_record(root, "Lena Haverkamp")["name"] == "Tomas Brivik"
    assert _site_author_record(root, "Notes on rain")["name"] == "Tomas Brivik"
    root = write_site(tmp_path / "c", _blog("name: Lena Haverkamp\n", ["tomas", None, None], extra))
    assert _site_author_record(root, "Lena Haverkamp") == {}
    assert _site_author_record(root, None)["name"] == "Tomas Brivik"  # (no name configured: the one record)


@pytest.mark.parametrize("name, handle", [("Data Science Blog", "data-science"), ("Deep Learning Notes", "deep-learning"),
                                          ("Tidal Ledgers", "tidal-ledgers")])
def test_a_blogs_own_accounts_that_spell_its_name_or_topic_name_no_owner(tmp_path, name, handle):
    # the site's accounts ("github: data-science", "linkedin: data-science") spell the blog's name or its topic,
    # no person's: the configured name stays (before: "Data Science", "Deep Learning" read as the owner)
    p = imported_site(tmp_path, {
        "_config.yml": f"name: {name}\nfooter-links:\n  github: {handle}\n  linkedin: {handle}\n",
        "index.html": _JEKYLL_NOW_POSTS,
        "about.md": "---\nlayout: page\ntitle: About\n---\n\nI write about what I read.\n"})
    assert p.person.name == name


def test_a_labs_one_authors_record_is_a_member_not_the_owner(tmp_path):
    # "title: River Lab" with _data/authors.yml keeping its manager, who posts the news: the home page names the
    # head, the papers' bold author. Before, the one record (and its bio, "Lab manager.") was taken as the owner's.
    p = imported_site(tmp_path, {
        "_config.yml": "title: River Lab\ndescription: Sediment research\n",
        "_data/authors.yml": "bo:\n  name: Bo Chen\n  bio: Lab manager.\n",
        "_posts/2021-01-01-news.md": "---\ntitle: News\nauthor: bo\n---\n\nWe moved.\n",
        "index.md": "---\nlayout: home\n---\n\n# River Lab\n\nThe River Lab is led by Prof. Ana Ruiz at Northfield "
                    "University.\n\n## Publications\n\n- **Ana Ruiz**, Bo Chen. Winter rivers. Hydro Letters 2021.\n"
                    "- **Ana Ruiz**, Cy Day. Summer rivers. Hydro Letters 2020.\n"})
    assert p.person.name == "Ana Ruiz" and p.person.description != "Lab manager."


def test_a_hydejack_author_name_filled_into_the_templates_brackets(tmp_path):
    # "name: <firstname> <lastname>" filled in as "<Mira> <Tanaka>": the owner is Mira Tanaka
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Mira Tanaka\nauthor:\n  name: <Mira> <Tanaka>\n  email: mira@example.org\n",
        "index.md": "---\nlayout: about\n---\n\nI build small robots.\n\n## Publications\n\n"
                    "1. Mira Tanaka, Ivo Pels. Walking Robots on Sand. Robotics Letters, 2022.\n",
    })
    assert profile.person.name == "Mira Tanaka"
    assert profile.publications and profile.publications[0].authors[0].is_self


def test_a_page_title_with_a_backslash_in_its_layouts_title_tag(tmp_path):
    # a page titled with LaTeX ("The \\phi Model") whose body repeats "{{ page.title }}": read, no internal error
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Mira Tanaka\nauthor:\n  name: Mira Tanaka\n",
        "index.md": "---\nlayout: default\n---\n\nI build small robots.\n",
        "_pages/model.md": "---\ntitle: \"The $\\\\phi$ Model\"\npermalink: /model/\n---\n\n# {{ page.title }}\n\nNotes.\n",
    })
    assert profile.person.name == "Mira Tanaka"


def test_a_one_word_sidebar_name_under_a_site_title_of_the_full_name(tmp_path):
    # academicpages: "name: Oona" in the sidebar, "title: Oona Vartia" the site's title, the author's name left empty
    profile = imported_site(tmp_path, {
        "_config.yml": 'title: "Oona Vartia"\nname: "Oona"\nauthor:\n  name: ""\n  email: "oona@example.org"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About me\nauthor_profile: true\n---\n\nI am an economist.\n",
    })
    assert profile.person.name == "Oona Vartia"


def test_a_one_word_name_beside_a_title_naming_something_else_stays(tmp_path):
    profile = imported_site(tmp_path, {
        "_config.yml": 'title: "Glacier Notes"\nname: "Oona"\nauthor:\n  name: ""\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About me\nauthor_profile: true\n---\n\nI am an economist.\n",
    })
    assert profile.person.name == "Oona"  # (the title names no person: the sidebar's one word stays the name)


_MENU = ("main:\n  - title: \"Papers\"\n    url: /papers/\n  - title: \"About\"\n    url: /about/\n"
         "  - title: \"Teaching\"\n    url: /teaching/\n"
         "  - title: \"<i class='fab fa-github'></i>\"\n    url: \"https://github.com/runaholm\"\n"
         "  - title: \"<i class='ai ai-google-scholar'></i>\"\n"
         "    url: \"https://scholar.google.com/citations?user=Rh0lmQAAAAAJ\"\n")


@pytest.mark.parametrize("files", [
    # academicpages: the configuration's author, the home page _pages/about.md
    {"_config.yml": "title: Runa Holm\nauthor:\n  name: Runa Holm\n",
     "_pages/about.md": "---\npermalink: /\n---\n\nI study lichens on old stone walls.\n"},
    # minimal-mistakes as a remote theme: no author block, an index.md of tiles and an about.md
    {"_config.yml": "title: \"Runa Holm\"\nremote_theme: \"mmistakes/minimal-mistakes\"\n",
     "index.md": "---\nlayout: single\n---\n\n<h1>Welcome</h1>\n",
     "about.md": "---\nlayout: single\ntitle: About\npermalink: /about/\n---\n\nI study lichens on old stone walls.\n"},
])
def test_profiles_the_sites_menu_links_are_the_owners(tmp_path, files):
    # _data/navigation.yml, the menu every page shows: its icon items linking GitHub and Google Scholar are the
    # owner's profiles (the config gives none), though most of its items are the site's pages
    profile = imported_site(tmp_path / "site", {**files, "_data/navigation.yml": _MENU})
    assert profile.person.identifiers == {"github": "runaholm", "google_scholar": "Rh0lmQAAAAAJ"}
    assert [u for u in profile.unparsed if u.file == "_data/navigation.yml"] == []
    # a menu of the site's own pages alone gives nothing, and is said to be read for no list
    pages = "main:\n  - title: Papers\n    url: /papers/\n"
    profile = imported_site(tmp_path / "plain", {**files, "_data/navigation.yml": pages})
    assert profile.person.identifiers == {}


def test_a_menu_item_named_for_someone_elses_profile_is_not_the_owners(tmp_path):
    # a menu's "Lab" item linking the group's GitHub and "Advisor" linking the advisor's Scholar page: not the
    # owner's profiles (the icon item beside them is)
    menu = ("main:\n  - title: \"Papers\"\n    url: /papers/\n"
            "  - title: \"Lab\"\n    url: https://github.com/lichen-lab\n"
            "  - title: \"Advisor\"\n    url: \"https://scholar.google.com/citations?user=AdvIsor12345\"\n"
            "  - title: \"<i class='fab fa-github'></i>\"\n    url: https://github.com/runaholm\n")
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Runa Holm\nauthor:\n  name: Runa Holm\n",
        "_pages/about.md": "---\npermalink: /\n---\n\nI study lichens on old stone walls.\n",
        "_data/navigation.yml": menu})
    assert (profile.person.identifiers, profile.person.links) == (
        {"github": "runaholm"}, {"github": "https://github.com/runaholm"})
