"""Site folders of the markdown families (Jekyll academicpages / AcadHomepage / al-folio, Hugo, Quarto) in shapes
seen on real sites outside ../shared/realpages. Each fixture is a small site written here in our own words; each
test says what a careful reader of the published site finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.bibtex import read_bibtex
from kg.importers.site.records import citation_authors
from tests.importers.sitefiles import academicpages_home, import_counting_parses, imported_site, write_site, write_site as _write




_CONFIG = "title: Rosa Vidal\nurl: https://rosavidal.example.org\nauthor:\n  name: Rosa Vidal\n"
_ABOUT = ("---\npermalink: /\ntitle: About\nauthor_profile: true\n---\n\n"
          "I am a research scientist at the Harbor Institute of Oceanography.\n")


def test_a_collection_file_with_an_impossible_date_is_read_and_liquid_links_are_no_links(tmp_path):
    # "date: 2023-02-30" is no calendar date (YAML would refuse the whole file); the body's
    # "[Project page]({{ page.website }})" is a template placeholder resolved by Jekyll from the front matter:
    # the front matter's website is the project link, the placeholder is no link of the site
    site = _write(tmp_path, {
        "_config.yml": _CONFIG,
        "_pages/about.md": _ABOUT,
        "_publications/2023-02-30-tides.md": (
            "---\ntitle: \"Tidal mixing in shallow estuaries\"\ncollection: publications\ndate: 2023-02-30\n"
            "venue: 'Estuarine Letters'\npaperurl: 'https://papers.example.org/tides.pdf'\n"
            "website: 'https://tides.example.org/'\nauthors: 'Ken Oda, <b>Rosa Vidal</b>'\n---\n\n"
            "We measure how tides mix the water column.\n\n"
            "Project page: [{{ page.title }}]({{ page.website }})\n\n[Download the paper]({{page.paperurl}})\n"),
    })
    profile = import_path(site).profile
    [pub] = profile.publications
    assert pub.year == 2023
    assert pub.links == {"paper": "https://papers.example.org/tides.pdf", "project": "https://tides.example.org/"}
    assert [a.name for a in pub.authors] == ["Ken Oda", "Rosa Vidal"]


def test_a_nickname_between_given_and_family_name_is_an_alternate_name(tmp_path):
    # al-folio's first/middle/last name keys with the nickname as the "middle name"
    site = _write(tmp_path, {
        "_config.yml": "first_name: Lukas\nmiddle_name: (Luke)\nlast_name: Brandt\nurl: https://lb.example.org\n",
        "_pages/about.md": ("---\nlayout: about\npermalink: /\n---\n\n"
                            "I am a PhD candidate in Geography at Dunmore University.\n"),
    })
    person = import_path(site).profile.person
    assert (person.name, person.alternate_names) == ("Lukas Brandt", ["Luke Brandt"])


def test_a_hugo_author_entry_that_counts_the_left_out_names_is_no_author(tmp_path):
    # consortium papers: the list stops at the owner and says where they stand among all authors
    site = _write(tmp_path, {
        "config/_default/hugo.yaml": "title: Nadia Ferro\nbaseURL: 'https://nferro.example.org/'\n",
        "content/authors/admin/_index.md": ("---\ntitle: Nadia Ferro\nrole: Research Scientist\n"
                                            "organizations:\n- name: Lowland Soil Institute\n---\n"),
        "content/publication/soil-atlas/index.md": (
            "---\ntitle: \"A global atlas of soil microbes\"\nauthors:\n- Ravi Menon\n- Jo Park\n- admin\n"
            "- author 212 of 340\ndate: 2022-03-01\npublication: \"*Soil Letters*\"\n---\n"),
    })
    [pub] = import_path(site).profile.publications
    assert [a.name for a in pub.authors] == ["Ravi Menon", "Jo Park", "Nadia Ferro"]
    assert pub.authors_truncated and pub.authors[2].is_self


def test_a_hugo_bio_line_with_a_shortcode_is_read_and_names_the_advisor(tmp_path):
    # a real sentence of the bio carries a {{< staticref >}} link to the thesis: the sentence is data, the
    # shortcode is markup; the theme's own "Download my CV" line stays template residue
    site = _write(tmp_path, {
        "config/_default/hugo.yaml": "title: Ivo Brandt\nbaseURL: 'https://ibrandt.example.org/'\n",
        "content/authors/admin/_index.md": (
            "---\ntitle: Ivo Brandt\nrole: Research Engineer\norganizations:\n- name: Kestrel Labs\n---\n\n"
            "I earned my PhD at Amberley University, advised by Dr. Maya Stone, on soft grippers "
            "({{< staticref \"uploads/thesis.pdf\" \"newtab\" >}}thesis{{< /staticref >}}).\n\n"
            "{{< icon name=\"download\" pack=\"fas\" >}} Download my {{< staticref \"uploads/cv.pdf\" \"newtab\" >}}"
            "CV{{< /staticref >}}.\n"),
    })
    person = import_path(site).profile.person
    assert person.advisors == ["Maya Stone"]
    assert "{{" not in (person.description or "") and "on soft grippers (thesis)" in person.description
    assert "Download my" not in person.description


_MKDOCS = (
    "site_name: Tomas Lindqvist\nsite_url: https://tlindqvist.example.org\n"
    "theme:\n  name: material\n"
    "markdown_extensions:\n  - admonition\n  - pymdownx.emoji:\n"
    "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
    "extra:\n  social:\n    - icon: fontawesome/brands/github\n      link: https://github.com/tlindq\n"
    "    - icon: fontawesome/brands/google\n      link: https://scholar.google.com/citations?user=AbCdEf12345\n"
    "nav:\n  - Home: index.md\n  - Résumé: cv.md\n  - Papers:\n    - All: papers.md\n"
)


def test_a_mkdocs_site_is_read_from_its_config_and_docs_pages(tmp_path):
    # MkDocs (Material): the config names the site (its owner's name), the social links and the nav; the pages are
    # under docs/; papers sit in admonition boxes ("!!! note" with a four-space indented body), which are no code
    # blocks; the nav's CV page, whose name is no section word, holds the awards and education under its headings
    site = _write(tmp_path, {
        "mkdocs.yml": _MKDOCS,
        "docs/index.md": "# About\n\nI study fjord sediments and how they store carbon.\n",
        "docs/cv.md": ("# Tomas Lindqvist\n\n## Honors\n\n- Young Geologist Prize (**2021**)\n\n"
                       "## Education\n\n- 2016 - 2020: Ph.D., Umeå University\n\n"
                       "## Employment\n\n- 2022 - present: Postdoctoral Researcher, Skagen Marine Institute\n"),
        "docs/papers.md": (
            "# Publications\n\n### 2023\n"
            "!!! publication \"Article\"\n"
            "    **Carbon burial in northern fjords**  \n"
            "    Ana Sousa, **Tomas Lindqvist**, Per Holm  \n"
            "    *Marine Geology* (2023)  \n"
            "    [DOI](https://doi.org/10.1000/mg.2023.1)\n"
            "!!! warning \"preprint\"\n"
            "    **Sediment cores from the Skagerrak**  \n"
            "    **Tomas Lindqvist**, Ana Sousa  \n"
            "    ** (2023)  \n"
            "    [DOI](https://doi.org/10.1101/2023.01.01.1)\n"),
    })
    result = import_path(site)
    profile = result.profile
    assert result.format == "mkdocs"
    person = profile.person
    assert person.name == "Tomas Lindqvist"
    assert person.identifiers["github"] == "tlindq"
    assert person.identifiers["google_scholar"] == "AbCdEf12345"
    assert [p.title for p in profile.publications] == ["Carbon burial in northern fjords",
                                                      "Sediment cores from the Skagerrak"]
    first, second = profile.publications
    assert [a.name for a in first.authors] == ["Ana Sousa", "Tomas Lindqvist", "Per Holm"]
    assert (first.venue, first.year, first.links.get("doi")) == ("Marine Geology", 2023,
                                                                  "https://doi.org/10.1000/mg.2023.1")
    assert [a.is_self for a in second.authors] == [True, False] and second.year == 2023
    assert [a.name for a in profile.awards] == ["Young Geologist Prize"]
    assert [e.institution for e in person.education] == ["Umeå University"]


def test_an_admonition_body_is_markdown_on_its_own_lines():
    from kg.importers.document import render_markdown

    html, ignored = render_markdown('Intro\n\n!!! note "Moved"\n    I joined **the lab**.\n\n    Second.\nAfter\n')
    lines = html.split("\n")
    assert "<code>" not in html and ignored == [3]
    assert "<strong>the lab</strong>" in lines[3] and "Second." in lines[5] and "After" in lines[6]


def test_an_old_academic_site_names_its_owner_in_the_config_params_and_the_about_widget(tmp_path):
    # Hugo Academic before v4: no content/authors/; config.toml [params] holds the owner (a lower-case name with
    # a degree), role, organizations, email and social links; content/home/about.md, the about widget, holds the
    # interests (a TOML table), the education and the biography; publications are content/publication/*.md
    site = _write(tmp_path, {
        "config.toml": (
            'baseurl = "https://mbrandt.example.org/"\ntitle = " "\ntheme = "hugo-academic"\n\n[params]\n'
            '  name = "maren k. brandt, PhD"\n  role = "Staff Scientist"\n'
            '  organizations = [ {name = "Lakeside Water Lab", url = "https://lwl.example.org/"} ]\n'
            '  email = "mbrandt@lwl.example.org"\n  phone = ""\n  color_theme = "ocean"\n\n'
            '  [[params.social]]\n    icon = "github"\n    link = "//github.com/mkbrandt"\n\n'
            '  [[params.social]]\n    icon = "orcid"\n    link = "http://orcid.org/0000-0001-2345-6789"\n'),
        "content/home/about.md": (
            '+++\nwidget = "about"\nactive = true\nweight = 1\n\n[interests]\n  interests = ["limnology", "sensors"]\n\n'
            '[[education.courses]]\n  course = "PhD in Civil Engineering"\n  institution = "Halden University"\n'
            '  year = 2016\n+++\n\n# about me\n\nI build low-cost sensors for lake monitoring.\n'),
        "content/publication/2020-lake-sensors.md": (
            '+++\ntitle = "Cheap sensors for lake oxygen"\ndate = 2020-05-01T00:00:00\n'
            'authors = ["JP Moreau", "**MK Brandt**"]\npublication = "*Limnology Methods*"\n'
            'url_pdf = "https://papers.example.org/lake.pdf"\nurl_code = ""\n+++\n'),
    })
    result = import_path(site)
    assert result.format == "hugo"
    person = result.profile.person
    assert (person.name, person.job_title, person.email) == ("Maren K. Brandt", "Staff Scientist",
                                                             "mbrandt@lwl.example.org")
    assert [a.name for a in person.affiliations] == ["Lakeside Water Lab"]
    assert person.identifiers["github"] == "mkbrandt" and person.identifiers["orcid"] == "0000-0001-2345-6789"
    assert person.interests == ["limnology", "sensors"]
    assert [(e.degree, e.institution, e.year) for e in person.education] == [("PhD", "Halden University", 2016)]
    assert "low-cost sensors" in (person.description or "")
    [pub] = result.profile.publications
    assert [a.name for a in pub.authors] == ["JP Moreau", "MK Brandt"] and pub.authors[1].is_self
    assert (pub.venue, pub.year, pub.links) == ("Limnology Methods", 2020, {"pdf": "https://papers.example.org/lake.pdf"})


def test_a_papermod_site_keeps_its_home_in_the_config_and_one_page_per_paper(tmp_path):
    # Hugo PaperMod: no content home page; params.homeInfoParams.Content is the home text, params.author is the
    # theme's placeholder ("Me"), the site title names the owner, socialIcons their profiles; content/pubs/*.md are
    # one paper each (authors as {name, home}, the owner in <strong>, venue with the year, date the preprint's)
    site = _write(tmp_path, {
        "hugo.yaml": (
            'baseURL: "https://ivanov.example.org/"\ntitle: Petra Ivanova\ntheme: PaperMod\n'
            'params:\n  author: Me\n  homeInfoParams:\n    Title: Petra Ivanova\n    Content: |\n'
            '      I am a PhD student at the Northshore Institute of Technology advised by Prof. '
            '[Omar Haddad](https://oh.example.org).\n'
            '  socialIcons:\n    - name: email\n      url: "mailto:petra@nit.example.edu"\n'
            '    - name: github\n      url: "https://github.com/pivanova"\n'),
        "content/pubs/_index.md": "---\ntitle: Publications\nlayout: publications\n---\n",
        "content/pubs/01-depth.md": (
            "---\ntitle: Depth from a Single Blur\ndate: 2023-12-01\nvenue: CVPR 2024\nauthors:\n"
            "  - name: <strong>Petra Ivanova</strong>\n    home: \"#\"\n  - name: Omar Haddad\n"
            "    home: https://oh.example.org\narxiv: https://arxiv.org/abs/2312.00001\n"
            "code: https://github.com/pivanova/blur\n---\n"),
    })
    result = import_path(site)
    person = result.profile.person
    assert (person.name, person.email, person.identifiers.get("github")) == (
        "Petra Ivanova", "petra@nit.example.edu", "pivanova")
    assert person.job_title == "PhD student"
    assert [a.name for a in person.affiliations] == ["Northshore Institute of Technology"]
    assert person.advisors == ["Omar Haddad"]
    [pub] = result.profile.publications
    assert [a.name for a in pub.authors] == ["Petra Ivanova", "Omar Haddad"] and pub.authors[0].is_self
    assert (pub.venue, pub.year) == ("CVPR", 2024)
    assert pub.links == {"arxiv": "https://arxiv.org/abs/2312.00001", "code": "https://github.com/pivanova/blur"}


def test_a_quarto_site_follows_its_menu_and_reads_its_footer(tmp_path):
    # the navbar names the research page (its "Publications" heading holds the papers); "publications.qmd" is left
    # out of the menu (commented out) and titled "Media": press items, not papers; the footer on every page links
    # the owner's profiles and email; fenced divs (":::") box the text and are no text themselves
    site = _write(tmp_path, {
        "_quarto.yml": (
            "project:\n  type: website\nwebsite:\n  title: \"Élise Morin\"\n  navbar:\n    right:\n"
            "      - href: index.qmd\n        text: Accueil\n      - href: recherche.qmd\n        text: Recherche\n"
            "#      - href: publications.qmd\n#        text: Média\n"
            "  page-footer:\n    left: |\n      © Élise Morin - [elise.morin@univ.example.ca](mailto:elise.morin@univ.example.ca)\n"
            "    right: |\n      [GitHub](https://github.com/emorin) • [ORCID](https://orcid.org/0000-0002-1111-2222)\n"),
        "index.qmd": ("---\ntitle: \"Élise Morin\"\n---\n\n::: {.hero}\n# Élise Morin\n\n"
                      "Je suis professeure de statistique.\n:::\n"),
        "recherche.qmd": (
            "---\ntitle: \"Recherche\"\n---\n\n## Axes\n\n::: {.card}\nModèles de survie.\n:::\n\n## Publications\n\n"
            "### Articles publiés\n\n1. Morin, É., & Roy, P. (2021). Survival trees for censored data. "
            "*Journal of Applied Statistics*, 48(2), 1-20. [https://doi.org/10.1000/jas.1](https://doi.org/10.1000/jas.1)\n"),
        "publications.qmd": (
            "---\ntitle: \"Média\"\n---\n\n## Vidéos\n\n### Conférence grand public (2019)\n\n"
            "Une entrevue sur les statistiques et le sport, diffusée en 2019.\n\n### Reportage (2018)\n\n"
            "Un article de journal sur nos travaux, paru en 2018.\n"),
    })
    profile = import_path(site).profile
    assert [p.title for p in profile.publications] == ["Survival trees for censored data"]
    assert [p.file for p in profile.source.parts] == ["_quarto.yml", "index.qmd", "recherche.qmd"]
    person = profile.person
    assert person.identifiers.get("github") == "emorin" and person.identifiers.get("orcid") == "0000-0002-1111-2222"
    assert person.email == "elise.morin@univ.example.ca"
    assert not any(":::" in a.name for a in person.affiliations)


def test_a_quarto_sidebars_profile_link_is_the_owners(tmp_path):
    # "sidebar: contents: [pages..., {text: Google Scholar Profile, href: ...}]": the research section's box ends on
    # the owner's profile, shown beside those pages as the navbar is on every page; before, only the navbar was read
    site = _write(tmp_path, {
        "_quarto.yml": (
            "project:\n  type: website\nwebsite:\n  title: \"Ada Lind\"\n  navbar:\n    right:\n"
            "      - icon: github\n        href: https://github.com/adalind\n  sidebar:\n    - id: research\n"
            "      title: Research\n      contents:\n        - text: Methods\n          file: methods.qmd\n"
            "        - text: Google Scholar Profile\n"
            "          href: https://scholar.google.com/citations?user=AbCdEfGhIjkL&hl=en\n"),
        "index.qmd": "---\ntitle: \"Ada Lind\"\n---\n\nI am a PhD student in biostatistics.\n",
        "methods.qmd": "---\ntitle: \"Methods\"\n---\n\nNothing yet.\n",
    })
    ids = import_path(site).profile.person.identifiers
    assert (ids.get("github"), ids.get("google_scholar")) == ("adalind", "AbCdEfGhIjkL")


def test_a_quarto_home_page_reads_the_html_icon_row_it_includes(tmp_path):
    # index.qmd: "{{< include links.html >}}", links.html a row of icon links with no text (Pandoc puts the HTML in
    # the page as it is): the owner's profiles and address are those links (before: the file was set aside as "no
    # text of its own", the profiles never read)
    site = _write(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: \"Ada Lind\"\n",
        "index.qmd": "---\ntitle: \"Ada Lind\"\n---\n\nI am a lecturer in maritime history.\n\n"
                     "{{< include links.html >}}\n",
        "links.html": ("<a href=mailto:ada.lind@example.edu class=\"fa fa-envelope\"></a>\n"
                       "<a href=https://orcid.org/0000-0002-1825-0097 class=\"ai ai-orcid\"></a>\n"
                       "<a href=https://scholar.google.com/citations?hl=en&user=AbCdEfGhIjkL class=\"fa-brands\"></a>\n"),
    })
    person = import_path(site).profile.person
    assert (person.identifiers.get("orcid"), person.identifiers.get("google_scholar"), person.email) == (
        "0000-0002-1825-0097", "AbCdEfGhIjkL", "ada.lind@example.edu")


def test_a_quarto_about_subtitle_gives_the_job_and_the_institution_on_its_own_line(tmp_path):
    # the about page's subtitle, one item per line with Pandoc's "\\" line breaks: the job first, a linked project
    # (no place of work) and a linked institution, the university alone on the last line
    site = _write(tmp_path, {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: \"Tomás Ferrer\"\n",
        "index.qmd": (
            "---\ntitle: \"Tomás Ferrer\"\nsubtitle: |\n  Research assistant \\\n"
            "  [Grant project \"Housing and Trust\"](https://grants.example.org/ht) \\\n"
            "  [Observatory of Cities of the Coastal University](https://obs.example.org) \\\n"
            "  University of Valparaiso \\\n"
            "about:\n  template: trestles\n  links:\n    - text: GitHub\n      href: https://github.com/tferrer\n---\n\n"
            "I study housing markets.\n"),
    })
    person = import_path(site).profile.person
    assert person.job_title == "Research assistant"
    assert [(a.name, a.department) for a in person.affiliations] == [
        ("Observatory of Cities of the Coastal University", None), ("University of Valparaiso", None)]


def test_a_paragraph_about_a_project_is_no_paper(tmp_path):
    # under "Research", a project written in prose with a talk link and the journal a paper went to, in italics
    site = _write(tmp_path, {
        "_config.yml": "title: Noor Haddad\n",
        "index.md": "---\nlayout: default\n---\nI am a PhD student in geography.\n\n[Research](research.md)\n",
        "research.md": (
            "---\ntitle: Research\n---\n## Research\n### Dunes project\n"
            "In this project, I mapped the migration of barchan dunes (1990-2020) from satellite images and tested "
            "three models of their speed. The latest presentation of this work was a [talk](https://video.example.org/1) "
            "at the Aeolian Workshop in May 2024. The paper on this project has been submitted to _Geomorphology Letters_.\n"),
    })
    assert import_path(site).profile.publications == []


def test_a_quarto_page_reads_the_list_it_includes_under_its_heading(tmp_path):
    # "publications.qmd" holds a heading and "{{< include _list.qmd >}}"; the list is Pandoc spans, one field per
    # line, the owner never written ("(with ...)" names the coauthors; a solo paper has none, its title three
    # capitalised words); links are site-relative (the site-url makes them absolute); the French page includes the
    # same list (read once); the Google Scholar link is only in the default profile's navbar ("_quarto-en.yml")
    pub_list = (
        "::: {.paper-list}\n"
        "- [Harbour Seal Counts from Drone Imagery]{.paper-title} (with Lena Holm and Piet de Vries)\n"
        "  [*Marine Mammal Notes*, 12 (2022), 40–52]{.paper-venue}\n"
        "  [[Published version](https://doi.org/10.1000/mmn.12)[Preprint](/files/seals.pdf)]{.paper-links}\n\n"
        "- [Quiet Coastal Waters]{.paper-title}\n"
        "  [*Coastal Review*, 8 (2019), 1–20]{.paper-venue}\n"
        "  [[Preprint](/files/quiet.pdf)]{.paper-links}\n"
        ":::\n")
    site = _write(tmp_path, {
        "_quarto.yml": ("profile:\n  default: en\n  group:\n    - [en, fr]\nproject:\n  type: website\n"
                        "website:\n  title: \"Marit Olsen\"\n  site-url: \"https://molsen.example.org\"\n"),
        "_quarto-en.yml": ("website:\n  navbar:\n    left:\n      - href: index.qmd\n      - href: publications.qmd\n"
                           "    right:\n      - icon: mortarboard\n"
                           "        href: \"https://scholar.google.com/citations?user=AbCdEfG12345\"\n"),
        "index.qmd": "---\ntitle: \"Marit Olsen\"\n---\n\nI am an associate professor of marine biology.\n",
        "publications.qmd": "---\ntitle: \"Publications\"\n---\n\n## Journal articles\n\n{{< include _list.qmd >}}\n",
        "fr/publications.qmd": ("---\ntitle: \"Publications\"\n---\n\n## Articles\n\n"
                                "{{< include ../_list.qmd >}}\n"),
        "_list.qmd": pub_list,
    })
    profile = import_path(site).profile
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Harbour Seal Counts from Drone Imagery", "Quiet Coastal Waters"]
    seals, quiet = pubs["Harbour Seal Counts from Drone Imagery"], pubs["Quiet Coastal Waters"]
    assert [a.name for a in seals.authors] == ["Marit Olsen", "Lena Holm", "Piet de Vries"]
    assert (seals.venue, seals.year) == ("Marine Mammal Notes", 2022)
    assert "https://molsen.example.org/files/seals.pdf" in seals.links.values()
    assert [a.name for a in quiet.authors] == ["Marit Olsen"] and (quiet.venue, quiet.year) == ("Coastal Review", 2019)
    assert list(quiet.links.values()) == ["https://molsen.example.org/files/quiet.pdf"]
    assert profile.person.identifiers.get("google_scholar") == "AbCdEfG12345"
    assert not [u for u in profile.unparsed if u.section != "skipped"]


def test_beautiful_jekyll_initials_stand_for_the_home_title_and_its_footer_and_menu_link_the_profiles(tmp_path):
    # beautiful-jekyll: "author: name: MKL" (initials), the site titled "HOME", the home page titled with the
    # full name; the profiles in "social-network-links" (a hyphenated "google-scholar" query) and in a
    # "navbar-links" submenu
    site = _write(tmp_path, {
        "_config.yml": (
            "url: \"https://mkl.example.io\"\ntitle: HOME\nnavbar-links:\n  PAPERS: \"papers\"\n  Me:\n"
            "    - CV: \"cv\"\n    - LinkedIn: \"https://www.linkedin.com/in/mira-lund-0a1b2c/\"\n"
            "author:\n  name: MKL\nsocial-network-links:\n  rss: false\n  email: \"mlund@uni.example.edu\"\n"
            "  github: mlund\n  google-scholar: \"citations?user=QrStUv12AAAJ&hl=en\"\n"),
        "index.md": ("---\nlayout: page\ntitle: Mira K. Lund\nsubtitle: Postdoctoral researcher in ecology\n---\n\n"
                     "I study how pollinators move between fragmented meadows.\n"),
    })
    person = import_path(site).profile.person
    assert person.name == "Mira K. Lund"
    assert person.email == "mlund@uni.example.edu"
    assert person.identifiers == {"github": "mlund", "google_scholar": "QrStUv12AAAJ",
                                  "linkedin": "mira-lund-0a1b2c"}


def test_an_al_folio_owners_thesis_in_the_bibliography_is_a_degree(tmp_path):
    site = _write(tmp_path, {
        "_config.yml": "first_name: Mira\nlast_name: Lund\nurl: https://mlund.example.io\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study pollinators in fragmented meadows.\n",
        "_bibliography/papers.bib": ("@phdthesis{lund2019,\n  title={Bee paths in meadows},\n  author={Lund, Mira},\n"
                                     "  year={2019},\n  abbr={PhD Thesis},\n  school={Lakeside University}\n}\n"),
    })
    person = import_path(site).profile.person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [("PhD", "Lakeside University", 2019)]


def test_a_multilingual_al_folio_owner_is_named_as_the_bylines_write_the_name_the_cjk_form_another(tmp_path):
    # "first_name: 米拉, last_name: 伦" beside "first_name_en: Mira, last_name_en: Lund": the papers' bylines write
    # "Lund, Mira"; "伦米拉" (family name first, as Chinese writes it) is the same person, on a Chinese paper too
    site = _write(tmp_path, {
        "_config.yml": ("first_name: 米拉\nfirst_name_en: Mira\nlast_name: 伦\nlast_name_en: Lund\n"
                        "url: https://mlund.example.io\n"),
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study pollinators in fragmented meadows.\n",
        "_bibliography/papers.bib": ("@article{a,\n  title={Bee paths in meadows},\n  author={Lund, Mira and Oyelaran, "
                                     "Tobi},\n  journal={Meadow Notes},\n  year={2021}\n}\n"
                                     "@article{b,\n  title={草地蜜蜂},\n  author={伦米拉 and 王芳},\n  journal={生态学报},\n"
                                     "  year={2020}\n}\n"),
    })
    profile = import_path(site).profile
    assert (profile.person.name, profile.person.alternate_names) == ("Mira Lund", ["米拉 伦", "伦米拉"])
    assert sorted((p.year, [a.is_self for a in p.authors]) for p in profile.publications) == [
        (2020, [True, False]), (2021, [True, False])]


@pytest.mark.parametrize("config,bib,name,selves", [
    # (a Japanese byline spaced, family name first: the config's parts as written name the owner too)
    ("first_name: 太郎\nfirst_name_en: Taro\nlast_name: 山田\nlast_name_en: Yamada\n", "山田 太郎 and 佐藤 花子",
     "Taro Yamada", [True, False]),
    # (a twin for one part only: the name as the parts write it, not the twin alone)
    ("first_name: 煜成\nfirst_name_en: Yu-Cheng\nlast_name: 陈\n", "Chen, Yu-Cheng and Oyelaran, Tobi", "煜成 陈",
     [False, False]),
    # (Cyrillic parts with their twins: the Latin name, the Cyrillic as written another, not reversed)
    ("first_name: Иван\nfirst_name_en: Ivan\nlast_name: Петров\nlast_name_en: Petrov\n", "Petrov, Ivan and Oyelaran, Tobi",
     "Ivan Petrov", [True, False]),
])
def test_a_multilingual_al_folio_owner_needs_a_latin_twin_for_every_part(tmp_path, config, bib, name, selves):
    site = _write(tmp_path, {
        "_config.yml": config + "url: https://owner.example.io\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study pollinators in fragmented meadows.\n",
        "_bibliography/papers.bib": f"@article{{a,\n  title={{Bee paths in meadows}},\n  author={{{bib}}},\n"
                                    "  journal={Meadow Notes},\n  year={2021}\n}\n",
    })
    profile = import_path(site).profile
    assert profile.person.name == name
    assert [a.is_self for p in profile.publications for a in p.authors] == selves


def test_a_page_drawing_its_own_bibtex_file_lists_the_works_not_the_scholar_copy_beside_it(tmp_path):
    """A publications page that draws a BibTeX file with bibtex-js (its address written through a Liquid filter),
    no page rendering jekyll-scholar's bibliography: that file is the site's list. The scholar file the
    configuration names (an older copy, one paper in it twice, its second year one the page never shows, and a
    paper the page leaves out) fills in the listed works and adds none; what it holds beyond them is said."""
    entry = "@article{{{key},\n  title={{{title}}},\n  author={{Lund, Mira and Oyelaran, Tobi}},\n" \
            "  journal={{Meadow Notes}},\n  year={{{year}}}\n}}\n"
    shown = entry.format(key="a", title="Bee paths in meadows", year=2021) + \
        entry.format(key="b", title="Clover and the late frost", year=2019)
    site = _write(tmp_path, {
        "_config.yml": "title: Mira Lund\nurl: https://mlund.example.io\nscholar:\n  source: _bibliography\n"
                       "  bibliography: refs.bib\n",
        "index.md": "---\npermalink: /\ntitle: Home\n---\n\nI am Mira Lund, a pollination ecologist.\n",
        "publications.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                           "<bibtex src=\"{{ '/assets/pubs.bib' | relative_url }}\"></bibtex>\n"
                           "<div id=\"bibtex_display\"></div>\n",
        "assets/pubs.bib": shown,
        "_bibliography/refs.bib": shown + entry.format(key="a2", title="Bee paths in meadows", year=2022)
        + entry.format(key="c", title="A draft never shown", year=2018),
    })
    result = import_path(site)
    pubs = result.profile.publications
    assert sorted((p.title, p.year) for p in pubs) == [("Bee paths in meadows", 2021), ("Clover and the late frost", 2019)]
    skipped = [u.text for u in result.profile.unparsed if u.section == "skipped" and u.file == "_bibliography/refs.bib"]
    assert any("A draft never shown" in t for t in skipped)


def test_a_news_page_in_pages_whose_theme_layout_lists_the_posts_makes_them_news(tmp_path):
    """A minimal-mistakes news page kept in _pages/ with no text of its own, "layout: posts" (the theme's layout
    that lists every post): the posts are the site's news. A file of _posts/ without front matter is no post
    (Jekyll copies it as it is), so no news item. A post's text written as a heading is read without its marks."""
    site = _write(tmp_path, {
        "_config.yml": "theme: minimal-mistakes-jekyll\ntitle: Lund Lab\nname: Mira Lund\n"
                       "author:\n  name: Mira Lund\n",
        "index.md": "---\nlayout: single\npermalink: /\ntitle: Home\n---\n\nWe study bees in meadows.\n",
        "_pages/News.md": "---\ntitle: \"News\"\npermalink: /news/\nlayout: posts\n---\n",
        "_posts/2021-04-02-grant.md": "---\ntitle: New grant\n---\n\n## The lab won a grant for meadow surveys.\n",
        "_posts/2021-05-01-draft.md": "Just checking the blog works\n",
    })
    news = import_path(site).profile.news
    assert [(n.date, n.file) for n in news] == [("2021-04-02", "_posts/2021-04-02-grant.md")]
    assert news[0].text == "New grant: The lab won a grant for meadow surveys."  # (the heading's words, no marks)


def test_a_mkdocs_site_without_nav_shows_every_docs_page(tmp_path):
    site = _write(tmp_path, {
        "mkdocs.yml": "site_name: Tomas Lindqvist\n",
        "docs/index.md": "# About\n\nI study fjord sediments.\n",
        "docs/output.md": ("# Output\n\n## Publications\n\n"
                           "- Ana Sousa, **Tomas Lindqvist**. Carbon burial in northern fjords. *Marine Geology*, 2023.\n"),
    })
    profile = import_path(site).profile
    assert [p.title for p in profile.publications] == ["Carbon burial in northern fjords"]


def test_authors_written_only_in_the_excerpt_and_a_schemeless_linkedin_address(tmp_path):
    # academicpages files with no citation: the theme shows "excerpt" under the title, and these sites write
    # the authors there; a remark after them is a note, not an author. "linkedin: www.linkedin.com/in/x" is
    # an address without its scheme, not a user name
    site = _write(tmp_path, {
        "_config.yml": _CONFIG + "  linkedin: \"www.linkedin.com/in/rosa-vidal-12ab\"\n",
        "_pages/about.md": _ABOUT,
        "_publications/2021-solver.md": (
            "---\ntitle: \"A Tide Solver for Shallow Basins\"\ncollection: publications\ndate: 2021-01-01\n"
            "venue: 'Proceedings of Ocean Modelling Race 2021'\n"
            "excerpt: 'Rosa Vidal and Ken Oda. Ranked third in the open track.'\n---\n\nThe solver in short.\n"),
        "_publications/2019-thesis.md": (
            "---\ntitle: \"Mixing in Estuaries\"\ncollection: publications\ndate: 2019-01-01\n"
            "venue: 'Harbor University'\nexcerpt: 'Rosa Vidal'\n---\n"),
    })
    profile = import_path(site).profile
    by_title = {p.title: p for p in profile.publications}
    solver = by_title["A Tide Solver for Shallow Basins"]
    assert [a.name for a in solver.authors] == ["Rosa Vidal", "Ken Oda"] and solver.authors[0].is_self
    assert "Ranked third in the open track." in solver.notes
    assert [a.name for a in by_title["Mixing in Estuaries"].authors] == ["Rosa Vidal"]
    assert profile.person.identifiers.get("linkedin") == "rosa-vidal-12ab"


def test_an_about_page_with_only_a_title_leaves_the_owner_to_the_config(tmp_path):
    # an academicpages site still being built: about.md has a front matter title and no text; the owner is the
    # configured author, and two collection files of one title (a workshop paper and its journal version,
    # one work per file) stay two entries
    paper = ("---\ntitle: \"Wave Damping by Sea Ice\"\ncollection: publications\ndate: {date}\n"
             "venue: '{venue}'\ncitation: 'Vidal, R. and Oda, K. ({year}). \"Wave Damping by Sea Ice.\" <i>{venue}</i>.'\n---\n")
    site = _write(tmp_path, {
        "_config.yml": _CONFIG,
        "_pages/about.md": "---\npermalink: /\ntitle: \"Pages are on their way\"\nauthor_profile: true\n---\n",
        "_publications/2023-05-01-ws.md": paper.format(date="2023-05-01", year=2023,
                                                       venue="ICML 2023 Workshop on Polar Oceans"),
        "_publications/2024-02-01-journal.md": paper.format(date="2024-02-01", year=2024,
                                                            venue="Submitted to Polar Ocean Letters"),
    })
    profile = import_path(site).profile
    assert profile.person.name == "Rosa Vidal"
    assert sorted(p.year for p in profile.publications) == [2023, 2024]
    # (the paper's status before its venue is a note on it, the venue the journal it names)
    assert [(p.venue, p.notes) for p in profile.publications if p.year == 2024] == [
        ("Polar Ocean Letters", ["Submitted"])]


def test_a_cv_position_over_a_list_of_its_tasks_is_one_position(tmp_path):
    # "Role, Organisation, Country (years)" items each with sub-bullets of what was done there: the item is a
    # position (not a label over the sub-bullets), its tasks name no organisation; "Ph.D. Researcher" is a job
    site = _write(tmp_path, {
        "_config.yml": _CONFIG,
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study how sea ice damps ocean waves.\n",
        "_pages/cv.md": ("---\ntitle: \"CV\"\npermalink: /cv/\n---\n\nEducation\n====\n"
                         "* Ph.D. in Oceanography, Harbor University, Norway (2022–present)  \n"
                         "  * Thesis: Tides in fjords\n\n"
                         "Work Experience\n====\n"
                         "* Ph.D. Researcher, Polar Research Agency (PRA), Norway (2022–present)  \n"
                         "  * Lead on coupling sea ice to waves  \n"
                         "  * Model runs and data preparation (Fortran, Julia)\n\n"
                         "* Analyst, Acme Corp, Norway (Jan 2020 – Dec 2021)  \n"
                         "  * Forecasting with gradient boosting (Python, XGBoost)  \n"
                         "  * Dashboard work, Acme Cloud, Pandas\n\n"
                         "* Tutor, Harbor University (2018–2019)  \n"
                         "  * Weekly exercise classes, exam grading\n"),
    })
    person = import_path(site).profile.person
    assert person.job_title == "Ph.D. Researcher"
    assert [(a.role, a.name) for a in person.affiliations] == [
        ("Ph.D. Researcher", "Polar Research Agency (PRA)"), ("Analyst", "Acme Corp"), (None, "Harbor University")]
    assert [e.institution for e in person.education] == ["Harbor University"]


def test_a_hugo_blox_site_keeps_its_papers_in_the_folders_its_collection_blocks_list(tmp_path):
    # the papers are page bundles in content/articles/ and content/chapters/, which the publications landing page
    # lists with collection blocks; the talks folder it also lists holds no paper
    site = _write(tmp_path, {
        "config/_default/hugo.yaml": "title: Nadia Ferro\nbaseURL: 'https://nferro.example.org/'\n",
        "content/authors/admin/_index.md": ("---\ntitle: Nadia Ferro\nrole: Research Scientist\n"
                                            "organizations:\n- name: Lowland Soil Institute\n---\n"),
        "content/papers.md": ("---\ntitle: Papers\ntype: landing\nsections:\n"
                              "- block: collection\n  content:\n    title: Journal articles\n"
                              "    filters:\n      folders:\n      - articles\n"
                              "- block: collection\n  content:\n    title: Chapters\n"
                              "    filters:\n      folders:\n      - chapters\n"
                              "- block: collection\n  content:\n    title: Talks\n"
                              "    filters:\n      folders:\n      - talks\n---\n"),
        "content/articles/a1/index.md": ("---\ntitle: \"Soil microbes under drought\"\nauthors:\n- admin\n- Jo Park\n"
                                         "date: 2021-04-01\npublication: 'Soil Letters'\n"
                                         "publication_types: \"article-journal\"\n---\n"),
        "content/chapters/c1/index.md": ("---\ntitle: \"Peat and its keepers\"\nauthors:\n- Jo Park\n- admin\n"
                                         "date: 2019-02-01\npublication: 'Wetland Essays'\n---\n"),
        "content/talks/t1/index.md": ("---\ntitle: \"Drought and microbes\"\nauthors:\n- admin\n"
                                      "date: 2022-05-01\nurl_pdf: 'https://nferro.example.org/t1.pdf'\n---\n"),
    })
    pubs = import_path(site).profile.publications
    assert sorted((p.title, p.year, p.venue) for p in pubs) == [
        ("Peat and its keepers", 2019, "Wetland Essays"), ("Soil microbes under drought", 2021, "Soil Letters")]
    assert all(a.is_self == (a.name == "Nadia Ferro") for p in pubs for a in p.authors)


def test_a_themeless_site_reads_its_vita_page_for_degrees_and_supervisions(tmp_path):
    # a plain Jekyll site (no theme, no collections): the home page says what the owner does, the layout's sidebar
    # (not in the sources here) lists a "vita.md" whose "University studies and diplomas" are the owner's degrees
    # and whose "Supervision" lists the PhD students
    site = _write(tmp_path, {
        "_config.yml": "title: Rosa Vidal\nauthor:\n  name: Rosa Vidal\n  email: rosa@example.org\n",
        "index.md": "---\nlayout: default\ntitle: Home\n---\n\nI am an oceanographer at the Harbor Institute.\n",
        "vita.md": ("---\nlayout: page\ntitle: Vita\n---\n\nUniversity studies and diplomas\n---------\n\n"
                    "* 2008 Master in Marine Physics, University of Lowtide.\n"
                    "* 2012 PhD. Thesis in Oceanography, University of Lowtide, Tidal fronts, "
                    "Supervised by K. Oda & M. Sato.\n\n"
                    "Supervision\n---------\n\n*PhD*\n\n"
                    "* Lena Brook, cosupervised with K. Oda - 2020. Coastal upwelling. University of Lowtide.\n"
                    "* Omar Reef, cosupervised with M. Sato - 2023. Tidal energy. University of Lowtide.\n"),
    })
    person = import_path(site).profile
    assert {e.institution for e in person.person.education} == {"University of Lowtide"}
    assert person.person.advisors == ["K. Oda", "M. Sato"]
    assert {s.name for s in person.students} == {"Lena Brook", "Omar Reef"}


def test_a_hugo_paper_with_et_al_written_as_an_author_a_doi_field_and_a_volume_after_a_colon(tmp_path):
    # 'et.al' typed as the last entry of the authors list stands for the names left out; the 'doi' field gives the
    # theme's DOI button even when the PDF link is the publisher's page of that DOI; 'Name: Volume 3, Issue 2'
    # names the journal before the colon
    site = _write(tmp_path, {
        "config/_default/hugo.yaml": "title: Nadia Ferro\nbaseURL: 'https://nferro.example.org/'\n",
        "content/authors/admin/_index.md": ("---\ntitle: Nadia Ferro\nrole: Research Scientist\n"
                                            "organizations:\n- name: Lowland Soil Institute\n---\n"),
        "content/publication/peat/index.md": (
            "+++\ntitle = \"Peat moisture under dry summers\"\ndate = 2013-05-01\n"
            "authors = [\"Nadia Ferro\", \"Jo Park \", \"et.al\"]\n"
            "publication = \"Soil Dynamics Letters: Volume 3, Issue 2 (2013), pp 10-20.\"\n"
            "doi = \"10.5555/sdl.2013.17\"\n"
            "url_pdf = \"https://publisher.example.org/doi/10.5555/sdl.2013.17\"\n+++\n"),
    })
    [pub] = import_path(site).profile.publications
    assert [a.name for a in pub.authors] == ["Nadia Ferro", "Jo Park"] and pub.authors_truncated
    assert pub.links["doi"] == "https://doi.org/10.5555/sdl.2013.17"
    assert pub.links["pdf"] == "https://publisher.example.org/doi/10.5555/sdl.2013.17"
    assert pub.venue == "Soil Dynamics Letters" and pub.volume == "3"


def test_the_config_bio_states_the_job_title_before_the_employer_beside_an_about_page_of_its_own(tmp_path):
    # author.bio "Associate Professor of Oceanography, Harbor University" beside employer "Harbor University": the
    # title before the employer is the job title, even when the about page's own sentence is the description
    site = _write(tmp_path, {
        "_config.yml": ("title: Rosa Vidal\nauthor:\n  name: Rosa Vidal\n"
                        "  bio: \"Associate Professor of Oceanography, Harbor University\"\n"
                        "  employer: \"Harbor University\"\n"),
        "_pages/about.md": ("---\npermalink: /\ntitle: About\nauthor_profile: true\n---\n\n"
                            "I study how tides mix coastal water, and have taught here since 2004.\n"),
    })
    person = import_path(site).profile.person
    assert person.job_title == "Associate Professor of Oceanography"
    assert [a.name for a in person.affiliations] == ["Harbor University"]
    assert person.description.startswith("I study how tides mix")


def test_an_old_academic_site_reads_its_awards_widget_and_list_authors_lose_their_and(tmp_path):
    # content/home/*.md widgets of type "custom" are sections of the home page in the page's own words: the one
    # titled with awards is read as the awards (its links typed "[label] (url)", a space between them); another
    # custom widget whose TOML front matter opens with the comment "# Awards." but is titled "Learned Societies" is no
    # awards section. A paper's authors array cut from an author line keeps its "and" ("and D. Roe"), and two
    # one-word names with initials ("K.Lund", "P.Sato") are two people, not one name written family first
    site = _write(tmp_path, {
        "config.toml": ('baseurl = "https://plund.example.org/"\ntitle = "Petra Lund"\n\n[params]\n'
                        '  name = "Petra Lund"\n  role = "Professor"\n'),
        "content/home/about.md": '+++\nwidget = "about"\nactive = true\n+++\n\nI study tide pools.\n',
        "content/home/awards.md": (
            '+++\n# Awards.\nwidget = "custom"\nactive = true\ntitle = "Selected Honours"\n+++\n\n'
            '* 2019: [Best Paper Award] (https://conf.example.org/awards), Tide Conference\n'
            '* 2015 [Young Scientist Prize](https://prize.example.org/)\n'),
        "content/home/fellows.md": (
            '+++\n# Awards.\nwidget = "custom"\nactive = true\ntitle = "Learned Societies"\n+++\n\n'
            '* 2010 - : Fellow, Academy of Coasts\n'),
        "content/home/old.md": ('+++\nwidget = "custom"\nactive = false\ntitle = "Awards"\n+++\n\n'
                                '* 2001: Hidden Medal\n'),
        "content/publication/pools.md": (
            '+++\ntitle = "Tide pools at night"\ndate = "2004-07-01"\nauthors = ["A. Berg", "and P. Lund"]\n'
            'publication = "*Coastal Letters*"\n+++\n'),
        "content/publication/rocks.md": (
            '+++\ntitle = "Rocks and pools"\ndate = "2006-07-01"\nauthors = ["K.Lund", "P.Lund"]\n'
            'publication = "*Coastal Letters*"\n+++\n'),
    })
    profile = import_path(site).profile
    assert [(a.name, a.year, a.url) for a in profile.awards] == [
        ("Best Paper Award, Tide Conference", 2019, "https://conf.example.org/awards"),
        ("Young Scientist Prize", 2015, "https://prize.example.org/")]
    pools, rocks = sorted(profile.publications, key=lambda p: p.year)
    assert [(a.name, a.is_self) for a in pools.authors] == [("A. Berg", False), ("P. Lund", True)]
    assert [a.name for a in rocks.authors] == ["K.Lund", "P.Lund"]



def test_an_old_academic_publications_widget_with_a_list_in_its_body_gives_those_papers(tmp_path):
    # an old Academic home widget named by its file (content/home/publications.md, no "widget" key): the theme
    # shows the body above the list it fills from content/publication/, so a list written there is the page's
    # own list of papers (before: neither read nor reported). A paper the collection holds too is one work.
    site = _write(tmp_path, {
        "config.toml": ('baseurl = "https://plund.example.org/"\ntitle = "Petra Lund"\n\n[params]\n'
                        '  name = "Petra Lund"\n  role = "Professor"\n'),
        "content/home/about.md": '+++\nwidget = "about"\nactive = true\n+++\n\nI study tide pools.\n',
        "content/home/publications.md": (
            '+++\ntitle = "Publications"\ncount = 10\n+++\n\n### 2021\n\n'
            '- **Lund, P.**, & Berg, A. (2021) Tide pools at night. *Coastal Letters* 4(2): 1-9\n\n'
            '- Berg, A., **Lund, P.**, & Sato, K. (2021) Barnacles in cold water. *Marine Notes* 12: 33-40\n\n'
            '### 2019\n\n- **Lund, P.** (2019) Rock pools of the north. *Shore Science* 7: 100-110\n'),
        "content/publication/pools.md": (
            '+++\ntitle = "Tide pools at night"\ndate = "2021-07-01"\nauthors = ["P. Lund", "A. Berg"]\n'
            'publication = "*Coastal Letters*"\n+++\n'),
    })
    profile = import_path(site).profile
    assert sorted((p.title, p.year) for p in profile.publications) == [
        ("Barnacles in cold water", 2021), ("Rock pools of the north", 2019), ("Tide pools at night", 2021)]

def test_a_news_item_its_front_matter_leaves_unpublished_is_no_news(tmp_path):
    # al-folio's _news/: "published: false" keeps Jekyll from putting the item on the site
    site = _write(tmp_path, {
        "_config.yml": _CONFIG,
        "_pages/about.md": _ABOUT,
        "_news/a.md": "---\nlayout: post\ndate: 2024-03-01\ninline: true\n---\nJoined the Harbor Institute.\n",
        "_news/b.md": ("---\nlayout: post\ntitle: A long draft\ndate: 2015-11-07\ninline: false\npublished: false\n"
                       "---\nSome draft text.\n"),
    })
    assert [(n.date, n.text) for n in import_path(site).profile.news] == [("2024-03-01", "Joined the Harbor Institute.")]


def test_jekyll_menu_pages_named_by_their_front_matter_are_read(tmp_path):
    # Jekyll-Bootstrap lists in its navigation bar the pages whose front matter says 'group: navigation' (Hydeout:
    # 'sidebar_link: true'): the about page is linked from every page though no link to it is written anywhere
    from kg.importers import import_path

    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Notes\nauthor:\n  name: Rosa Lindqvist\n  email: rosa@example.org\n")
    (root / "index.md").write_text("---\nlayout: page\ntitle: Home\n---\n{% include JB/setup %}\n\n"
                                   "I write about statistics in language research.\n")
    (root / "about.md").write_text("---\nlayout: page\ntitle: About\ngroup: navigation\n---\n\n"
                                   "I am an Assistant Professor at the University of Northfield.\n")
    (root / "publications.md").write_text(
        "---\nlayout: page\ntitle: Publications\ngroup: navigation\n---\n\n## 2015\n\n"
        "Rosa Lindqvist. 2015.  \nGuessing words in unknown languages.  \n_Journal of Word Things_ 4(1), 1-9.\n")
    person = import_path(root).profile.person
    assert person.job_title == "Assistant Professor"
    assert [a.name for a in person.affiliations] == ["University of Northfield"]


def test_minimas_starter_about_page_is_no_home_of_an_html_site(tmp_path):
    # a lab site of hand-written HTML pages in a Jekyll layout, minima's about page left as generated beside them:
    # the starter page names no owner (its GitHub links are the theme's), the HTML home does
    from kg.importers import import_path

    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Marsh Ecology Lab\ntwitter_username: imarsh\n")
    (root / "about.md").write_text(
        "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\nThis is the base Jekyll theme. You can find out "
        "more info about customizing your Jekyll theme at [jekyllrb.com](https://jekyllrb.com/)\n\n"
        "You can find the source code for Minima at GitHub:\n[jekyll](https://github.com/jekyll) /\n"
        "[minima](https://github.com/jekyll/minima)\n")
    (root / "index.html").write_text(
        "---\nlayout: default\n---\n<h1>Marsh Ecology Lab</h1>\n<p>Welcome to the lab of Ida Marsh, a plant ecology "
        "lab at the Department of Biology, at the University of Northfield.</p>\n<h2>Publications</h2>\n"
        "<p>Marsh, I., Roe, A. (2024) Seeds in the wind. <em>Journal of Meadows</em> 3:1-9.</p>\n")
    profile = import_path(root).profile
    assert profile.person.name == "Ida Marsh"
    assert profile.person.identifiers.get("twitter") == "imarsh" and "github" not in profile.person.identifiers
    assert [p.title for p in profile.publications] == ["Seeds in the wind"]
    assert profile.source.parts[0].file == "index.html"


def test_a_hugo_section_of_paper_bundles_writes_byline_and_venue_in_the_body(tmp_path):
    # any Hugo theme with a home page of its own: content/papers/<slug>/index.md is one paper each, its front
    # matter only title and date; the byline, venue, status and DOI are labelled lines of the body, the links a
    # list under a heading
    site = _write(tmp_path, {
        "hugo.toml": 'baseURL = "https://kowal.example.org/"\ntitle = "Dr. Ilse Kowal"\n'
                     '[params]\n  author = "Ilse Kowal"\n',
        "content/_index.md": "---\ntitle: Ilse Kowal\n---\n\nI am a lecturer at the Lakeside School of Statistics.\n",
        "content/papers/_index.md": "---\ntitle: Papers\n---\n\nWhat I have written.\n",
        "content/papers/tides/index.md": (
            "---\ntitle: \"Counting Tides with Sparse Gauges\"\ndate: 2021-04-01\nsummary: Gauges.\n---\n\n"
            "**Authors:** Bruno Lenz, Ilse Kowal, ... et al.\n\n"
            "**Published in:** Journal of Coastal Counting, 2021\n\n"
            "**DOI:** [10.9999/jcc.1](https://doi.org/10.9999/jcc.1)\n\n"
            "## Abstract\n\nWe count tides where gauges are few.\n\n"
            "## Links\n\n- [PDF](https://files.example.org/tides.pdf)\n- [Code](https://github.com/ikowal/tides)\n"),
        "content/papers/draft/index.md": (
            "---\ntitle: \"Quiet Harbours\"\ndate: 2023-01-01\n---\n\n"
            "**Authors:** Ilse Kowal\n\n**Status:** Working Paper\n"),
    })
    result = import_path(site)
    assert result.profile.person.name == "Ilse Kowal"
    tides = next(p for p in result.profile.publications if p.title.startswith("Counting"))
    draft = next(p for p in result.profile.publications if p.title == "Quiet Harbours")
    assert len(result.profile.publications) == 2
    assert [a.name for a in tides.authors] == ["Bruno Lenz", "Ilse Kowal"] and tides.authors_truncated
    assert tides.authors[1].is_self
    assert (tides.venue, tides.year, tides.doi) == ("Journal of Coastal Counting", 2021, "10.9999/jcc.1")
    assert tides.links["pdf"] == "https://files.example.org/tides.pdf"
    assert tides.links["code"] == "https://github.com/ikowal/tides"
    assert [a.name for a in draft.authors] == ["Ilse Kowal"] and draft.venue is None
    assert "Working Paper" in draft.notes


def test_a_zensical_site_is_read_as_mkdocs_from_its_toml_config(tmp_path):
    """Zensical (MkDocs' successor) keeps MkDocs' settings in ``zensical.toml`` under ``[project]``: the site was
    taken for a Jekyll one, its owner a heading of its home page."""
    site = _write(tmp_path, {
        "zensical.toml": '[project]\nsite_name = "Greta Holm"\nsite_author = "Greta Holm"\n'
                         'site_url = "https://gholm.example.org"\ndocs_dir = "docs"\nnav = [\n'
                         '    {"Welcome" = "index.md"},\n    {"Publications" = "papers.md"},\n]\n\n'
                         '[project.theme]\nvariant = "modern"\n',
        "docs/index.md": "# Welcome!\n\n## Detector Physics\n\nI build timing detectors for colliders.\n",
        "docs/papers.md": "# Publications\n\n- Greta Holm, Ivo Rask. *Timing layers for trackers*. "
                          "Instruments Letters, 2024.\n",
    })
    result = import_path(site)
    assert result.format == "mkdocs" and result.profile.person.name == "Greta Holm"
    assert [p.title for p in result.profile.publications] == ["Timing layers for trackers"]


def test_a_hexo_sites_pages_in_folders_of_its_source_folder_are_read(tmp_path):
    """Hexo keeps its pages in ``source/``, each in a folder of its own (``source/publications/index.md``), beside
    ``_config.yml``: the home page (``source/index.md``) was read and the list of papers never opened."""
    site = _write(tmp_path, {
        "_config.yml": "title: Mei Tan\nauthor: Mei Tan\nsource_dir: source\ntheme: landscape\n",
        "package.json": '{"name": "hexo-site", "dependencies": {"hexo": "^7.0.0"}}\n',
        "source/index.md": "---\ntitle: Overview\nlayout: index\n---\n## Biography\n\nMei Tan studies heart imaging.\n",
        "source/publications/index.md": "---\ntitle: Publications\n---\n\n## 2024\n\n"
        "* **Mei Tan**, Ola Berg: Scar maps from cardiac MRI, ***Heart Imaging***, 2024.\n\n"
        "* Ola Berg, **Mei Tan**: Atrial shapes in 3D, ***Heart Imaging***, 2023.\n",
    })
    profile = import_path(site).profile
    assert profile.person.name == "Mei Tan"
    assert len(profile.publications) == 2
    assert {p.file for p in profile.publications} == {"source/publications/index.md"}


def test_a_hexo_project_sites_home_links_its_about_page_under_the_sites_address(tmp_path):
    """A Hexo site served as a project site (https://user.github.io/my_site/) whose home page links its about page
    under that address ("/my_site/about/index.html", Hexo's ``source/about/index.md``): the about page is read, and
    the degrees it lists are the owner's (before, the link led to no file: no degree was read). The page lists the
    owner's papers too, as such pages do: an about page of degrees alone is read by its heading without the link."""
    site = _write(tmp_path, {
        "_config.yml": "title: Ines Vale\nauthor: Ines Vale\nurl: https://ivale.github.io/my_site\n"
                       "root: /my_site/\ntheme: keep\n",
        "source/index.md": "---\nlayout: page\ntitle: homepage\n---\n\n# ME IN SHORT:\n\nCurrently a second-year "
                           "PhD student in Phonetics at the University of Wendorf, starting from 1. May 2023.\n\n"
                           "See more about me and my background [here](/my_site/about/index.html).\n",
        "source/about/index.md": "---\ntitle: about\n---\n\n## Educational Background\n\n**2019 - 2022**: **M.A.** "
                                 "in Phonetics (with a focus on tone) at the **University Wendorf**\n\n"
                                 "**2015 - 2019**: **B.A.** in Linguistics at **Lake University**\n\n"
                                 "## Publications\n\nRoe, J. & **Vale, I.** (2023). Tone in lakes. Journal of Tone, "
                                 "6(1).\n",
    })
    person = import_path(site).profile.person
    # (w84e: "a second-year PhD student ... at the University of Wendorf", the owner's post, is the doctorate studied
    # there, in progress, as a bare "PhD student" title already was)
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("PhD", "University of Wendorf", None), ("M.A.", "University Wendorf", 2022), ("B.A.", "Lake University", 2019)]


def test_a_hexo_sites_account_as_its_author_gives_way_to_the_about_page(tmp_path):
    """Hexo's ``author:`` left as the site's account ("author: quillfen" on quillfen.github.io, the title "quillfen's
    site"): no one's name; the owner is whom ``source/about/index.md`` names, and their position and place there."""
    site = _write(tmp_path, {
        "_config.yml": "title: quillfen's site\nauthor: quillfen\nurl: https://quillfen.github.io\n"
                       "source_dir: source\ntheme: next\n",
        "source/about/index.md": "---\ntitle: About\n---\n\n# Biography\n\nMy name is Ravel Quill. I'm currently a PhD "
                                 "candidate in Institute of Acoustics, Harrow Academy of Sciences, advised by Prof. "
                                 "Ada Venn.\n\n# Contact\n\nGitHub: [quillfen](https://github.com/quillfen)\n",
        "source/publications/index.md": "---\ntitle: Publications\n---\n\n"
                                        "* **Ravel Quill**, Ada Venn: Echoes in small rooms, ***Room Acoustics***, 2021.\n",
    })
    person = import_path(site).profile.person
    assert person.name == "Ravel Quill"
    assert person.job_title == "PhD candidate"
    assert [a.name for a in person.affiliations] == ["Institute of Acoustics, Harrow Academy of Sciences"]


_PETRA_SITE = {
    "config.toml": 'title = "Petra Lund"\n\n[params]\n  name = "Petra Lund"\n  role = "Professor"\n',
    "content/publication/pools.md": ('+++\ntitle = "Tide pools at night"\ndate = "2004-07-01"\n'
                                     'authors = ["A. Berg", "P. Lund"]\n+++\n'),
}
"""A Hugo site's configuration and one paper: what the read-once tests add their home pages to."""


def test_the_home_widgets_front_matter_is_read_once_for_the_site(tmp_path, monkeypatch):
    # issue 7: the people groups shown, the about widget and the text widgets each look at the home page's widgets;
    # their front matter is read once for the site (it was read by each, three times, then by the page reader)
    site = _write(tmp_path, {
        **_PETRA_SITE,
        "content/home/about.md": '+++\nwidget = "about"\nactive = true\n+++\n\nI study tide pools.\n',
        "content/home/awards.md": ('+++\nwidget = "custom"\nactive = true\ntitle = "Selected Honours"\n+++\n\n'
                                   '* 2019: Best Paper Award, Tide Conference\n'),
    })
    profile, parsed = import_counting_parses(site, monkeypatch, "toml_with_spans")
    assert [a.name for a in profile.awards] == ["Best Paper Award, Tide Conference"]
    # once for the import: the site's readers and the page reader that reads it share the parse (slow49: front
    # matter kept in READ_ONCE; it was twice)
    assert parsed.count("awards.md") == 1


def test_a_hugo_sites_content_folder_is_read_off_its_configuration_once(tmp_path, monkeypatch):
    # issue 7: each of the Hugo reader's steps that looks in the content folder (the author pages, the home widgets,
    # the people groups, the papers, the shortcodes) parsed the configuration again to find it: 10 parses of
    # config.toml for this site; the folder is now found once per import (and once by the detector)
    site = _write(tmp_path, {
        **_PETRA_SITE,
        "content/home/about.md": '+++\nwidget = "about"\nactive = true\n+++\n\nI study tide pools.\n',
    })
    profile, parsed = import_counting_parses(site, monkeypatch, "toml_with_spans")
    assert profile.person.name == "Petra Lund" and len(profile.publications) == 1
    assert parsed.count("config.toml") <= 3, parsed


def test_a_landing_pages_front_matter_is_read_once_to_find_its_text_blocks(tmp_path, monkeypatch):
    # issue 7: the site's readers find the landing page's text blocks on the page they read once (the widgets'
    # reader read content/_index.md again, and parsed its front matter again, to look for them)
    site = _write(tmp_path, {
        **_PETRA_SITE,
        "content/_index.md": ("---\ntitle: Home\nsections:\n  - block: markdown\n    content:\n      title: News\n"
                              "      text: |\n        **May 2024**: a talk at the Tide Meeting.\n---\n"),
    })
    profile, parsed = import_counting_parses(site, monkeypatch, "yaml_with_spans")
    assert [n.text for n in profile.news] == ["a talk at the Tide Meeting."]
    # (6 before; the page's other readers still parse it on their own: the owner search, the people groups, the
    # page reader and markdown_part's own look for text blocks, left for a later round)
    assert parsed.count("_index.md") <= 5, parsed


def parts_of(profile):
    return [s.file for s in profile.source.parts]


def test_a_quarto_page_whose_bibliography_is_written_at_render_time_is_read_from_its_rendered_html(tmp_path):
    (tmp_path / "_quarto.yml").write_text(
        "project:\n  type: website\n  output-dir: docs\n  pre-render: python3 make_bib.py\n"
        "website:\n  title: Lior Vance\n")
    (tmp_path / "index.qmd").write_text('---\ntitle: "Lior Vance"\n---\n\nHealth economist.\n')
    (tmp_path / "papers.qmd").write_text(
        '---\ntitle: "Publications"\nbibliography: refs/mine.bib\nnocite: "@*"\n---\n\n::: {#refs}\n:::\n')
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "papers.html").write_text(
        '<!DOCTYPE html><html><body><h1>Publications</h1><div id="refs" class="references csl-bib-body">'
        '<div class="csl-entry">Vance, L., &amp; Oduro, K. (2022). Costs of long illness. '
        '<em>Health Economics Letters</em>, 4(2), 1-9.</div>'
        '<div class="csl-entry">Marsh, T., Vance, L. (2020). Spending by condition. '
        '<em>Journal of Care Finance</em>, 7, 11-20.</div></div></body></html>\n')
    p = import_path(tmp_path).profile
    assert parts_of(p) == ["_quarto.yml", "index.qmd", "docs/papers.html"]
    assert [(pub.title, pub.year) for pub in p.publications] == [
        ("Costs of long illness", 2022), ("Spending by condition", 2020)]


def test_an_mdwiki_site_behind_a_language_chooser_is_read_with_the_owner_its_menu_names(tmp_path):
    # the root page only links to one tree per language; the tree's home page names nobody ("Home", a sentence
    # in Japanese), its navigation.md menu is headed by the owner's name and lists the pages
    (tmp_path / "index.md").write_text("* [English page](en)\n* [日本語のページ](ja)\n")
    site = tmp_path / "ja"
    site.mkdir()
    (site / "config.json").write_text('{\n    "useSideMenu": true\n}\n')
    (site / "navigation.md").write_text("# Rin Tanabe\n\n[Home](index.md)\n[Papers](papers.md)\n[English](../en)\n")
    (site / "index.md").write_text(
        "Home\n====\n\nこのページは田辺 凛の個人ページです。\n\nIDs\n---\n\n"
        "* ORCID ID: [0000-0001-2345-6789](https://orcid.org/0000-0001-2345-6789)\n")
    (site / "papers.md").write_text(
        "Publications\n============\n\n学術雑誌論文\n------------\n\n"
        "* 田辺 凛, 森 健: 海上の雨量計, 海洋レター, 3(1):1-9 (2020). https://doi.org/10.9999/ol.3.1\n"
        "R. Tanabe, K. Mori: Rain gauges at sea, Ocean Letters, 3(1):1-9 (2020).\n\n"
        "* 森 健, 田辺 凛: 波と風, 沿岸ノート, 5(2):10-19 (2018).\n"
        "K. Mori, R. Tanabe: Waves and wind, Coastal Notes, 5(2):10-19 (2018).\n\n"
        "* 大野 翔, 田辺 凛: 潮の記録, 海洋レター, 2(4):33-40 (2017).\n")
    result = import_path(tmp_path)
    p = result.profile
    assert result.format == "jekyll" and p.person.name == "Rin Tanabe"
    assert p.person.identifiers.get("orcid") == "0000-0001-2345-6789"
    assert parts_of(p) == ["ja/index.md", "ja/papers.md"]
    # "Authors: Title, Venue, vol(no):pages (year)." parted by commas; the owner's name as the papers write it
    assert [(pub.title, pub.venue, pub.year) for pub in p.publications] == [
        ("海上の雨量計", "海洋レター", 2020), ("波と風", "沿岸ノート", 2018), ("潮の記録", "海洋レター", 2017)]
    assert p.person.alternate_names == ["田辺 凛"]
    assert [[a.is_self for a in pub.authors] for pub in p.publications] == [[True, False], [False, True], [False, True]]


def test_an_about_page_made_of_a_template_reads_the_markdown_files_the_template_pulls_in(tmp_path):
    # an AcadHomepage fork whose about page is one "{% include home/homepage.html %}": the template writes each
    # section from a markdown file of _includes/, the papers' file itself including one file per group of papers;
    # nothing of it was read (0 papers)
    box = ("<div class='paper-box'><div class='paper-box-text' markdown=\"1\">\n\n**{title}**<br>\n"
           "**Lena Ortiz**, Mark Hale<br>\n*Journal of Rivers*, {year}<br>\n[PDF](https://example.org/{year}.pdf)\n"
           "</div></div>\n\n")
    p = imported_site(tmp_path, {
        "_config.yml": "title: Lena Ortiz\nauthor:\n  name: Lena Ortiz\n",
        "_pages/about.md": "---\npermalink: /\ntitle: Profile\nauthor_profile: true\n---\n\n"
                           "{% include home/homepage.html %}\n",
        "_includes/home/homepage.html": "{% capture intro %}{% include home/content/intro.md %}{% endcapture %}\n"
                                        "{% include home/section.html title=\"About\" content=intro %}\n"
                                        "{% capture pubs %}{% include home/content/papers.md %}{% endcapture %}\n"
                                        "{% include home/section.html title=\"Publications\" content=pubs %}\n",
        "_includes/home/section.html": "<section><h2>{{ include.title }}</h2>{{ include.content | markdownify }}"
                                       "</section>\n",
        "_includes/home/content/intro.md": "I study how rivers carry sediment.\n",
        "_includes/home/content/papers.md": "<!-- one file per group -->\n\n"
                                            "{% include home/content/papers/journal.md %}\n\n"
                                            "{% include home/content/papers/preprints.md %}\n",
        "_includes/home/content/papers/journal.md": "## Journal Papers\n\n"
                                                    + box.format(title="Sand bars move at night", year=2021)
                                                    + box.format(title="Gravel sorts by flood size", year=2019),
        "_includes/home/content/papers/preprints.md": "## Preprints\n\n"
                                                      + box.format(title="Silt plumes in cold water", year=2024),
    })
    assert p.person.name == "Lena Ortiz"
    assert sorted(x.title for x in p.publications) == [
        "Gravel sorts by flood size", "Sand bars move at night", "Silt plumes in cold water"]


_QUARTO_HOME = {
    "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: \"Ines Marlow\"\n",
    "index.qmd": "---\ntitle: \"Ines Marlow\"\nsubtitle: \"Epidemiologist, Norbury Institute\"\n---\n\n"
                 "I study how heat waves change hospital admissions.\n",
    "publication/heat-admissions/index.qmd": "---\ntitle: \"Heat waves and hospital admissions in two cities\"\n"
                                             "author:\n  - Ines Marlow\n  - Teo Brand\ndate: 2023-04-02\n"
                                             "description: \"Journal of Urban Health Notes\"\n---\n\nA short summary.\n",
    "publication/index.qmd": "---\ntitle: \"Publications\"\nlisting:\n  contents: \"**/index.qmd\"\n  sort: \"date desc\"\n---\n",
}


def test_a_quarto_sites_installed_extensions_are_not_its_works(tmp_path):
    # a Quarto site with two extensions installed under _extensions/ (quarto add ...): each has an _extension.yml
    # with a title, an author and a version; they were read as two works beside the site's own paper
    files = dict(_QUARTO_HOME)
    files["_extensions/acme/iconset/_extension.yml"] = ("title: Icon set support\nauthor: Acme Tools\nversion: 1.2.0\n"
                                                        "quarto-required: \">=1.3.0\"\ncontributes:\n  shortcodes:\n"
                                                        "    - iconset.lua\n")
    files["_extensions/acme/zoomer/_extension.yml"] = ("title: Zoomer\nauthor:\n  - Ada Vale\n  - Bo Link\n"
                                                       "version: 0.4.1\ncontributes:\n  filters:\n    - zoomer.lua\n")
    p = imported_site(tmp_path, files)
    assert [x.title for x in p.publications] == ["Heat waves and hospital admissions in two cities"]


def test_the_libraries_of_a_rendered_pages_widgets_are_not_read_for_records(tmp_path, monkeypatch):
    # a Quarto site whose blog post draws a map: rendering it wrote post_files/libs/ (jQuery, Leaflet, the widget's
    # bindings) beside the page, and _freeze/ holds the executed copy with the same libraries; kg parsed some six
    # hundred such scripts as possible record lists and took 44 s. A page's resource folder, site_libs and _freeze
    # are the renderer's copies, not the site's sources
    from kg.importers.site import js_data

    parsed: list[str] = []
    real = js_data.read_module
    monkeypatch.setattr(js_data, "read_module", lambda text, *a, **k: parsed.append(text[:14]) or real(text, *a, **k))
    js_data.module_of.cache_clear()
    library = "/* widget lib */\nvar TILES = [{\"name\": \"Open map tiles\", \"year\": 2019, \"zoom\": 3}];\n"
    files = dict(_QUARTO_HOME)
    files["publication/index.qmd"] = "---\ntitle: \"Publications\"\nlisting:\n  contents: \"**/index.qmd\"\n---\n"
    files["blog/river-map/index.qmd"] = "---\ntitle: \"A map of the rivers\"\ndate: 2022-05-01\n---\n\nA map.\n"
    files["blog/river-map/index_files/libs/leaflet-1.3.1/leaflet.js"] = library
    files["blog/river-map/index_files/libs/htmlwidgets-1.5/htmlwidgets.js"] = library
    files["site_libs/quarto-html/quarto.js"] = library
    files["_freeze/blog/river-map/index/libs/leaflet-1.3.1/leaflet.js"] = library
    p = imported_site(tmp_path, files)
    assert not [t for t in parsed if t.startswith("/* widget lib")]
    assert [x.title for x in p.publications] == ["Heat waves and hospital admissions in two cities"]


def test_a_jekyll_home_page_made_only_of_a_markdown_include_is_owned_by_who_the_included_file_names(tmp_path):
    # a home page whose whole text is "{% include home_text.md %}" and a configuration naming nobody: the page
    # "had no text" and the import failed (exit 2), though the included file opens with the owner's name
    p = imported_site(tmp_path, {
        "_config.yml": "baseurl: ''\ntimezone: Europe/Oslo\n",
        "_layouts/plain.html": "<html><body>{{ content }}</body></html>\n",
        "index.md": "---\ntitle: Top\nlayout: plain\n---\n\n{% include home_text.md %}\n",
        "_includes/home_text.md": "{% assign here = site.data.pos %}\n\n## Ingrid Solberg\n"
                                  "- Postdoctoral fellow, Fjordvik University\n- **email**: ingrid@fjordvik.example\n\n"
                                  "## Publications\n\n- Ingrid Solberg, Per Aune. *Knots in thin tubes*. "
                                  "Topology Letters, 2021.\n",
    })
    assert p.person.name == "Ingrid Solberg"
    assert [x.title for x in p.publications] == ["Knots in thin tubes"]


def test_a_bio_fragment_a_page_pulls_in_through_a_template_of_sections_is_read_with_the_page(tmp_path: Path):
    # index.md includes "home_boxes.html" (a template: a box per section, one a loop over a data file), which
    # includes "bio.html", plain HTML but for the site's URL in a link: the bio is the home page's text
    person = imported_site(tmp_path / "site", {
        "_config.yml": "title: \"Ola Berg\"\nauthor:\n  name: \"Ola Berg\"\nurl: \"https://example.org\"\n",
        "index.md": "---\nlayout: page\ntitle: Home\n---\n{% include home_boxes.html %}\n",
        "_includes/home_boxes.html": (
            "<div class=\"box\">{% include bio.html %}</div>\n"
            "<div class=\"box\"><ul>{% for h in site.data.honors %}<li>{{ h.name }}</li>{% endfor %}</ul></div>\n"),
        "_includes/bio.html": (
            "<p>Ola Berg is an Associate Professor of Robotics at Northfield University. She builds soft arms.</p>\n"
            "<p><a href=\"{{ site.url }}/files/cv.pdf\">CV</a></p>\n"),
        "_data/papers.yml": "".join(
            f"- title: \"{t}\"\n  authors: \"Ola Berg and Ivo Lind\"\n  year: {y}\n  venue: \"Robotics Letters\"\n"
            for t, y in (("Gripping soft fruit with foam arms", 2024), ("Sorting apples by touch", 2022))),
        "papers.md": "---\ntitle: Papers\n---\n{% for p in site.data.papers %}{{ p.title }}{% endfor %}\n"}).person
    assert person.job_title == "Associate Professor"
    assert [a.name for a in person.affiliations] == ["Northfield University"]


def test_a_home_page_whose_text_is_in_html_fragments_is_read_by_the_jekyll_reader_with_its_news(tmp_path: Path):
    # So Simple's "owner: name:" names the owner; index.md is only "{% include home_boxes.html %}" (the bio in a
    # fragment it includes, the news a loop over _data/news.yml): the Jekyll reader failed on a home page "with no
    # text", and the reader every family shares read the bio and the papers but none of the news
    files = {
        "_config.yml": "title: Ola Berg\nowner:\n  name: Ola Berg\n  email: you@email.com\n",
        "index.md": "---\nlayout: page\ntitle: Home\n---\n{% include home_boxes.html %}\n",
        "_includes/home_boxes.html": "<div class=\"box\">{% include bio.html %}</div>\n",
        "_includes/bio.html": "<p>Ola Berg is an Associate Professor of Robotics at Northfield University.</p>\n",
        "_includes/news.html": "{% for item in site.data.news %}<p>{{ item.date }}: {{ item.text }}</p>{% endfor %}\n",
        "news/index.md": "---\nlayout: page\ntitle: News\n---\n## News\n{% include news.html %}\n",
        "_data/news.yml": ('- date: "2024-05-02"\n  text: "Serving on the program committee of [SoftBot 2025](https://a.example/)."\n'
                           '- date: "2023-01-09"\n  text: "Our arm paper is out."\n'),
    }
    result = import_path(write_site(tmp_path / "site", files))
    assert result.format == "jekyll"
    p = result.profile
    assert p.person.name == "Ola Berg" and p.person.job_title == "Associate Professor"
    assert [(n.date, n.text) for n in p.news] == [
        ("2024-05-02", "Serving on the program committee of SoftBot 2025."), ("2023-01-09", "Our arm paper is out.")]


def test_an_award_the_bio_names_without_a_year_is_the_one_the_honours_list_writes_in_full(tmp_path: Path):
    # the bio says "She received the Early Career Research Award at Northfield University."; the honours a loop of
    # the home page writes hold "NU Early Career Research Award, Northfield University" with its date: one award
    p = imported_site(tmp_path / "site", {
        "_config.yml": "title: Ola Berg\nauthor: Ola Berg\n",
        "index.md": "---\nlayout: page\ntitle: Home\n---\n{% include bio.html %}\n\n## Honors\n\n"
                    "{% for h in site.data.honors %}{{ h.date }} {{ h.award }}{% endfor %}\n",
        "_includes/bio.html": "<p>Ola Berg is an Associate Professor of Robotics at Northfield University. She received "
                              "the Early Career Research Award at Northfield University.</p>\n",
        "_data/honors.yml": ('- date: "04/2024"\n  award: "NU Early Career Research Award"\n  org: "Northfield University"\n'
                             '- date: "03/2022"\n  award: "Sony Faculty Innovation Award"\n'),
    })
    assert [(a.name, a.year) for a in p.awards] == [
        ("NU Early Career Research Award, Northfield University", 2024), ("Sony Faculty Innovation Award", 2022)]


def test_a_quarto_page_whose_list_a_code_cell_writes_is_read_from_its_frozen_execution(tmp_path):
    # the page's R cell fetches the papers at render time ("output: asis"); with "freeze: auto" Quarto keeps the
    # page's executed markdown in _freeze/, which the site is rendered from: that markdown is the page
    frozen = ("---\ntitle: Papers\n---\n\n<div class=\"csl-bib-body\">\n"
              "  <div class=\"csl-entry\">Marsh, T. J., &amp; <b>Vell, O. K.</b> (2021). Moss on north walls. "
              "<i>Journal of Damp Places</i>, <i>4</i>(2), 10-19.</div>\n"
              "  <div class=\"csl-entry\"><b>Vell, O. K.</b> (2018). Lichen counts in two valleys. "
              "<i>Alpine Notes</i>, <i>7</i>, 33.</div>\n</div>\n")
    profile = imported_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nexecute:\n  freeze: auto\nwebsite:\n  title: Olle Vell\n",
        "index.qmd": "---\ntitle: Olle Vell\n---\n\nI count mosses and lichens.\n\n[Papers](papers.qmd)\n",
        "papers.qmd": "---\ntitle: Papers\n---\n\n```{r}\n#| output: asis\nlibrary(httr2)\n"
                      "items <- fetch_my_library()\ncat(items)\n```\n",
        "_freeze/papers/execute-results/html.json": json.dumps(
            {"hash": "0", "result": {"engine": "knitr", "markdown": frozen, "supporting": []}}),
    })
    works = [(p.title, p.year, p.venue, [a.name for a in p.authors]) for p in profile.publications]
    assert works == [("Moss on north walls", 2021, "Journal of Damp Places", ["T. J. Marsh", "O. K. Vell"]),
                     ("Lichen counts in two valleys", 2018, "Alpine Notes", ["O. K. Vell"])]
    assert not [u for u in profile.unparsed if "library(" in u.text]


def _quarto_site(tmp_path):
    write_site(tmp_path, {
        "_quarto.yml": ('project:\n  type: website\nwebsite:\n  title: "Tamsin Vell"\n  navbar:\n    left:\n'
                        '      - publications.qmd\n'),
        "index.qmd": (
            "---\ntitle: Tamsin Vell\n---\n\n## Biography\n\nI am a lecturer in Hydrology at the University of Lowmere.\n"),
        "publications.qmd": '---\ntitle: "Publications"\nlisting:\n  contents: papers\n  sort: "date desc"\n---\n',
        "papers/2021-a-paper/index.qmd": (
            '---\ntitle: "Counting Puddles After Heavy Rain"\nauthor:\n  - name: Tamsin Vell\n'
            '    email: t.vell@example.org\n    corresponding: true\n  - name: Oren Quill\n    equal-contributor: true\n'
            '  - name: Bex Harrow\n    attributes:\n      equal-contributor: true\n'
            'date: 2021-05-02\ncitation:\n  container-title: Journal of Small Waters\n  doi: 10.1234/jsw.2021.7\n'
            '  url: https://publisher.example.org/doi/full/10.1234/jsw.2021.7\n---\n\n'
            '### Abstract\n\nWe count puddles.\n\n'
            '[[{{< fa file-pdf >}}](https://publisher.example.org/pdf/jsw7) &nbsp; '
            '[{{< fa image >}}](https://github.com/tvell/talks/blob/main/poster.pdf) &nbsp; '
            '[{{< fa file-powerpoint >}}](https://github.com/tvell/talks/blob/main/slides.pdf) &nbsp; '
            '[{{< fa code >}}](https://github.com/tvell/puddles)]{style="text-align: center"}\n'),
    })
    return import_path(tmp_path).profile


def test_a_quarto_listing_document_names_its_authors_under_author_with_their_flags(tmp_path):
    # a Quarto listing's documents write the byline under Quarto's "author:" (names with "corresponding: true",
    # "attributes: {equal-contributor: true}"): the paper's authors and the marks the page draws
    p = _quarto_site(tmp_path)
    (pub,) = p.publications
    assert [(a.name, a.marks, a.is_self) for a in pub.authors] == [
        ("Tamsin Vell", ["corresponding"], True), ("Oren Quill", ["equal_contribution"], False),
        ("Bex Harrow", ["equal_contribution"], False)]


def test_icon_links_keep_the_kind_the_icon_names_and_the_citation_doi_is_shown(tmp_path):
    # "[{{< fa file-powerpoint >}}](...)": links drawn as icons are slides, a PDF, code, an image; two GitHub
    # files are not both "code" (the second was lost); the citation block's DOI is shown as its resolver link
    (pub,) = _quarto_site(tmp_path).publications
    assert pub.links["pdf"] == "https://publisher.example.org/pdf/jsw7"
    assert pub.links["slides"] == "https://github.com/tvell/talks/blob/main/slides.pdf"
    assert pub.links["code"] == "https://github.com/tvell/puddles"
    assert "https://github.com/tvell/talks/blob/main/poster.pdf" in pub.links.values()
    assert pub.links["doi"] == "https://doi.org/10.1234/jsw.2021.7"


_DEMO_BIB = ("@book{demo1,\n  title={On the Flight of Sparrows},\n  author={Piper, Odell},\n  year={1911},\n"
             "  publisher={Old Press}\n}\n\n@article{demo2,\n  title={Notes on Ink},\n  author={Piper, Odell and Vane, Rue},\n"
             "  journal={Annals of Paper},\n  volume={3},\n  year={1913}\n}\n")


_OWN_LIST = ("---\nlayout: page\npermalink: /research/\ntitle: Research\nnav: true\n---\n\n<h4>Published Papers</h4>\n\n"
             "<ul>\n<li><b>Counting Puddles After Heavy Rain</b>, with Oren Quill. <i>Journal of Small Waters</i>, "
             "2021.</li>\n<li><b>Runoff in Narrow Streets of Old Towns</b>, with Bex Harrow. <i>Urban Water</i>, "
             "2019.</li>\n</ul>\n")


def _alfolio(tmp_path, publications_page: str):
    from tests.importers.sitefiles import write_site

    return import_path(write_site(tmp_path, {
        "_config.yml": "title: Tamsin Vell\nfirst_name: Tamsin\nlast_name: Vell\nscholar:\n  source: /_bibliography/\n",
        "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\nselected_papers: false\n---\n\n"
                          "I am a lecturer in Hydrology at the University of Lowmere.\n",
        "_pages/publications.md": publications_page,
        "_bibliography/papers.bib": _DEMO_BIB})).profile


def test_the_theme_demo_bibtex_no_page_renders_is_no_work_of_the_owner(tmp_path):
    # al-folio's demo papers.bib (another person's papers) left in place while the owner writes the publications
    # page by hand and no page renders the file: the hand-written list is the owner's, the demo none
    p = _alfolio(tmp_path, _OWN_LIST)
    titles = [x.title for x in p.publications]
    assert "Counting Puddles After Heavy Rain" in titles
    assert "Notes on Ink" not in titles and "On the Flight of Sparrows" not in titles


def test_a_bibtex_the_publications_page_renders_is_read_whoever_wrote_it(tmp_path):
    # the same file rendered by "{% bibliography %}": the site shows it, so it is read
    p = _alfolio(tmp_path, "---\nlayout: page\npermalink: /publications/\ntitle: Publications\nnav: true\n---\n\n"
                           "{% bibliography %}\n")
    assert sorted(x.title for x in p.publications) == ["Notes on Ink", "On the Flight of Sparrows"]


def _quarto_papers(tmp_path, description: str):
    write_site(tmp_path, {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Ines Harwood"\n',
        "index.qmd": "---\ntitle: Ines Harwood\n---\n\nI study tides at the University of Pellmark.\n",
        "papers/index.qmd": '---\ntitle: "Papers"\nlisting:\n  contents:\n    - "**/index.qmd"\n  sort: "date desc"\n---\n',
        "papers/2022-tides/index.qmd": (
            '---\ntitle: "Tides Under Thin Ice"\nauthor:\n  - name: Ines Harwood\n    orcid: 0000-0001-0000-0001\n'
            f"  - Pim Sorrel\ndate: '2022-03-04'\ndescription: {description}\n---\n\n## Abstract\n\nWe watch tides.\n"),
    })
    (pub,) = import_path(tmp_path).profile.publications
    return pub


def test_a_listed_paper_page_whose_description_is_a_journal_name_gives_its_venue(tmp_path):
    # a Quarto paper page with no venue key shows its "description" under the title: a name there is the venue
    assert _quarto_papers(tmp_path, "'Journal of Cold Seas'").venue == "Journal of Cold Seas"


def test_an_archive_name_in_the_description_is_the_venue(tmp_path):
    assert _quarto_papers(tmp_path, "bioRxiv").venue == "bioRxiv"


def test_a_description_that_is_a_sentence_is_no_venue(tmp_path):
    assert _quarto_papers(tmp_path, "'We measured how tides move under thin ice.'").venue is None


def _oona_quarto_site(root: Path, listing: str = '  contents: "*/index.qmd"\n', website: str = "") -> Path:
    """Oona Varga's Quarto site: its configuration (``website`` added under ``website:``), a home page and
    ``papers/index.qmd`` with the ``listing`` given; the folder of papers, whose pages each test writes."""
    (root / "papers").mkdir(parents=True)
    (root / "_quarto.yml").write_text('project:\n  type: website\nwebsite:\n  title: "Oona Varga"\n' + website,
                                      encoding="utf-8")
    (root / "index.qmd").write_text("---\ntitle: Oona Varga\n---\n\nI teach economics at Tarn University.\n",
                                    encoding="utf-8")
    (root / "papers" / "index.qmd").write_text(f"---\ntitle: Research\nlisting:\n{listing}---\n", encoding="utf-8")
    return root / "papers"


def _paper_page(papers: Path, slug: str, front_matter: str) -> None:
    (papers / slug).mkdir()
    (papers / slug / "index.qmd").write_text(f"---\n{front_matter}---\n", encoding="utf-8")


def test_a_quarto_listing_pattern_opening_with_a_slash_is_anchored_at_the_listing_pages_folder(tmp_path):
    """'contents: "/*/index.qmd"' in 'papers/index.qmd': Quarto reads a leading '/' as "from this page's folder,
    not recursively", so the listed works are papers/<slug>/index.qmd. Before, the pattern went to pathlib's glob
    as it was, which refuses a pattern it takes for absolute: the import stopped with an internal error. A
    pattern of a lone '/' names nothing."""
    papers = _oona_quarto_site(tmp_path, '  - id: works\n    contents: "/*/index.qmd"\n  - id: none\n    contents: "/"\n')
    for slug, title, year in [("dowry", "Dowries and Late Marriage", 2024), ("rent", "Rent Control in Tarn", 2023)]:
        _paper_page(papers, slug, f"title: {title}\ndate: {year}-02-01\nauthor:\n  - name: Oona Varga\n"
                                  "  - name: Lev Adler\n")
    p = import_path(tmp_path).profile
    assert sorted((x.title, x.year, [a.name for a in x.authors]) for x in p.publications) == [
        ("Dowries and Late Marriage", 2024, ["Oona Varga", "Lev Adler"]),
        ("Rent Control in Tarn", 2023, ["Oona Varga", "Lev Adler"])]


def test_a_paper_pages_subtitle_in_title_case_is_its_subtitle_apart_from_its_title(tmp_path):
    """A listed paper page whose 'subtitle:' is the title's second half in title case ("Evidence from the Tarn
    Grain Program", "Bargaining over Chores") is the work's subtitle: the page shows it on a line of its own under
    the title (as the listing does), so the title is the title alone and the subtitle is kept beside it; a subtitle
    that is a summary in sentence case, or a publisher and year, is no subtitle. Before, the title was both joined
    by a colon, a title the page never writes."""
    papers = _oona_quarto_site(tmp_path)
    for slug, title, subtitle in [("grain", "Food Aid and Staying Home", "Evidence from the Tarn Grain Program"),
                                  ("chores", "Who Marries", "Bargaining over Chores"),
                                  ("maps", "Rivers of Tarn", "A map of census data about the rivers of Tarn"),
                                  ("book", "Old Harbours", "Tarn University Press, 2021")]:
        _paper_page(papers, slug, f"title: {title}\nsubtitle: {subtitle}\ndate: 2024-02-01\n"
                                  "author:\n  - name: Oona Varga\n")
    p = import_path(tmp_path).profile
    assert sorted((x.title, x.subtitle) for x in p.publications) == [
        ("Food Aid and Staying Home", "Evidence from the Tarn Grain Program"), ("Old Harbours", None),
        ("Rivers of Tarn", None), ("Who Marries", "Bargaining over Chores")]


def test_a_quarto_variable_a_page_prints_is_the_owners_email_or_profile(tmp_path):
    """A Quarto site whose owner's address is only in '_variables.yml', printed by a paper page's author block
    ('email: "{{< var email >}}"'): the site shows it, so it is the owner's email; a variable no page names (a
    'spare' address, a GitHub page never printed) is no one's. Before, the shortcode was read as written and the
    profile had no email."""
    papers = _oona_quarto_site(tmp_path)
    (tmp_path / "_variables.yml").write_text("email: oona@tarn.example.edu\nspare: old@mail.example.com\n"
                                             "github-url: https://github.com/oonav\n", encoding="utf-8")
    _paper_page(papers, "rent", 'title: Rent Control in Tarn\ndate: 2023-02-01\nauthor:\n  - name: Oona Varga\n'
                                '    email: "{{< var email >}}"\n')
    person = import_path(tmp_path).profile.person
    assert person.email == "oona@tarn.example.edu"
    assert "github" not in person.identifiers


def test_a_paper_pages_links_grouped_under_a_key_of_the_theme_are_its_links(tmp_path):
    """A listed paper page whose theme groups the buttons with other fields under a key of its own ('paper-meta:
    {links: [{name: Working paper, url: ...}, {name: Replication, url: ...}]}') gives those links, as a 'links:'
    list at the top does. Before, the group was not looked into: the work had no links."""
    _paper_page(_oona_quarto_site(tmp_path), "rent",
                "title: Rent Control in Tarn\ndate: 2024-02-01\nauthor:\n  - name: Oona Varga\npaper-meta:\n"
                "  links:\n    - name: Working paper\n      url: https://wp.example.org/tarn/rent.pdf\n"
                "    - name: Replication\n      url: https://github.com/ovarga/rent\n  note: Presented in Tarn\n")
    pub = import_path(tmp_path).profile.publications[0]
    assert sorted(pub.links.values()) == ["https://github.com/ovarga/rent", "https://wp.example.org/tarn/rent.pdf"]


def test_a_listed_authors_name_with_a_generation_suffix_after_a_comma_stays_whole(tmp_path):
    """A Quarto paper page's 'authors:' list naming "Ivo Lema, Jr." (a whole name, then its suffix): the author is
    Ivo Lema, Jr. Before, the comma was read as "Family, Given": "Jr. Ivo Lema"."""
    _paper_page(_oona_quarto_site(tmp_path), "rent", "title: Rent Control in Tarn\ndate: 2024-02-01\nauthors:\n"
                                                "  - name: Ivo Lema, Jr.\n  - name: Oona Varga\n")
    pub = import_path(tmp_path).profile.publications[0]
    assert [a.name for a in pub.authors] == ["Ivo Lema, Jr.", "Oona Varga"]


def test_a_quarto_footer_gives_the_profiles_its_variables_name(tmp_path):
    """A Quarto site whose '_quarto.yml' footer links '[{{< var orcid >}}](https://orcid.org/{{< var orcid >}})'
    and '[GitHub]({{< var links.github >}})', the values in '_variables.yml': the owner's ORCID and GitHub are
    those values. Before, the shortcodes were read as they are written: no profile."""
    _oona_quarto_site(tmp_path, website="  page-footer:\n    left: |\n"
                                   "      ORCID [{{< var orcid >}}](https://orcid.org/{{< var orcid >}})\n"
                                   "      [GitHub]({{< var links.github >}})\n")
    (tmp_path / "_variables.yml").write_text(
        "orcid: 0000-0002-1825-0097\nlinks:\n  github: https://github.com/ovarga\n", encoding="utf-8")
    ids = import_path(tmp_path).profile.person.identifiers
    assert (ids.get("orcid"), ids.get("github")) == ("0000-0002-1825-0097", "ovarga")


def _row(year: str, url: str, title: str, authors: str, venue: str) -> str:
    return (f"  <tr>\n    <td><span class=\"date\"><strong>{year}</strong></span></td>\n"
            f"    <td class=\"publication\">\n      <span class=\"pubtitle\"><a href=\"{url}\">{title}</a>.</span><br />\n"
            f"      <span class=\"authors\">{authors}.</span><br />\n"
            f"      <span class=\"venue\">{venue}</span>.\n    </td>\n  </tr>\n")


_TABLE = ("<table class=\"table\">\n<tbody>\n"
          + _row("2023", "https://papers.example.org/kelp", "Counting Kelp Forests from Orbit with Cheap Sensors",
                 "Ida Brenn and Tomas Quill", "Workshop on Remote Sensing of Coasts (RSC 2023)")
          + _row("2022", "https://papers.example.org/gull", "Gull-Free Harbour Surveys",
                 "Tomas Quill, Ida Brenn, and Olga Marr", "Symposium on Field Robotics (FR 2022)")
          + "</tbody>\n</table>\n")


_INCLUDING_SITES = {
    # a Jekyll home page and a publications page beside it
    "home": {"_config.yml": "title: Tomas Quill\nauthor: Tomas Quill\n",
             "index.md": "---\nlayout: home\n---\n\nI am an assistant professor of ocean engineering at Fenmark "
                         "University.\n\n### Publications\n\n{% include pubs.html %}\n",
             "publications.html": "---\nlayout: page\ntitle: Publications\n---\n<p>All of them.</p>\n\n"
                                  "{% include pubs.html %}\n"},
    # no Jekyll configuration: a markdown home page and a section page it links to
    "markdown": {"index.md": "# Tomas Quill\n\nI am an assistant professor of ocean engineering at Fenmark University."
                             "\n\n[Publications](publications.md)\n\n## Publications\n\n{% include pubs.html %}\n",
                 "publications.md": "# Publications\n\nAll of them.\n\n{% include pubs.html %}\n"},
    # an about page (_pages/about.md) and a publications page beside it
    "about": {**academicpages_home(
                  "Tomas Quill",
                  "I am an assistant professor of ocean "
                  "engineering at Fenmark University.\n\n## Recent papers\n\n{% include pubs.html %}\n",
                  titled=True),
              "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                        "{% include pubs.html %}\n"},
}


@pytest.mark.parametrize("kind", sorted(_INCLUDING_SITES))
def test_a_fragment_of_includes_that_two_pages_pull_in_is_one_list(tmp_path, kind):
    # the home (or about) page and the publications page both "{% include pubs.html %}" the same generated table:
    # its papers once each, as the site lists them once
    profile = imported_site(tmp_path / "site", {**_INCLUDING_SITES[kind], "_includes/pubs.html": _TABLE})
    titles = [p.title for p in profile.publications]
    assert titles == ["Counting Kelp Forests from Orbit with Cheap Sensors", "Gull-Free Harbour Surveys"]


def test_a_short_linked_title_with_a_link_word_inside_a_compound_is_the_title(tmp_path):
    # "<a>Data-Free Harbour Surveys</a>.": three words, one of them a compound holding "Data" (a link label's word,
    # as in "[Data]"): the paper's title, not a link named for its data
    table = _TABLE.replace("Gull-Free Harbour Surveys", "Data-Free Harbour Surveys")
    profile = imported_site(tmp_path / "site", {
        "index.md": "# Tomas Quill\n\nI am an assistant professor of ocean engineering at Fenmark University.\n\n"
                    "## Publications\n\n{% include pubs.html %}\n",
        "_includes/pubs.html": table,
    })
    works = [(p.title, p.year, [a.name for a in p.authors]) for p in profile.publications]
    assert works == [("Counting Kelp Forests from Orbit with Cheap Sensors", 2023, ["Ida Brenn", "Tomas Quill"]),
                     ("Data-Free Harbour Surveys", 2022, ["Tomas Quill", "Ida Brenn", "Olga Marr"])]


_SOIL_CONFIG = 'title: "Mira Holt"\nauthor:\n  name: "Mira Holt"\n'


_SOIL_ABOUT = "---\npermalink: /\ntitle: About\n---\n\nI study how frost shapes alpine soils.\n"


def _soil_paper(title: str, year: int) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: {year}-03-01\nvenue: 'Soil Letters'\n"
            f"citation: 'Holt, M. ({year}). {title}. <i>Soil Letters</i>.'\n---\n")


def test_a_collection_of_talks_and_posters_named_by_their_category_holds_no_papers(tmp_path: Path):
    # "_meetings/" (a collection of another name): each page's front matter gives a title, the meeting, its
    # authors and "category: Talk" or "category: Poster": presentations at meetings, not papers
    meeting = ("---\ntitle: \"{title}\"\ndate: 2023-05-0{n}\nconference: \"Annual Meeting of the Frost Society\"\n"
               "contributing_authors:\n  - Mira Holt\n  - Tove Ek\ncategory: \"{cat}\"\n---\n\nWhat we showed.\n")
    prof = imported_site(tmp_path / "site", {
        "_config.yml": _SOIL_CONFIG, "_pages/about.md": _SOIL_ABOUT,
        "_publications/2021-a.md": _soil_paper("Needle Ice and the Lifting of Stones", 2021),
        "_meetings/a.md": meeting.format(title="Frost Heave Measured Weekly", n=1, cat="Talk"),
        "_meetings/b.md": meeting.format(title="Stone Circles Seen from a Drone", n=2, cat="Poster"),
        "_meetings/c.md": meeting.format(title="A Winter of Soil Probes", n=3, cat="Poster")})
    assert [p.title for p in prof.publications] == ["Needle Ice and the Lifting of Stones"]


def test_a_paper_two_files_write_with_different_math_markup_is_one_work(tmp_path: Path):
    # the about page's table writes "$\mathcal{N}=2$" and "SU$_{3}$", the data file the site's list draws writes
    # the letter as a math character ("𝒩") and "SU$3$": one paper each, written with other markup
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _SOIL_CONFIG,
        "_pages/about.md": _SOIL_ABOUT + (
            "\n## Papers\n\n"
            "- *\"Frost lines in $\\mathcal{N}=2$ soil models\"*, with T. Ek, Soil Letters, 2022\n"
            "- *\"Ice lenses below SU$_{3}$ meadows\"*, with T. Ek, Soil Letters, 2021\n"
            "- *\"Needle ice and the lifting of stones\"*, with T. Ek, Soil Letters, 2020\n"),
        "_data/papers.yml": (
            "- title: \"Frost lines in 𝒩$=2$ soil models\"\n  authors: Mira Holt and Tove Ek\n"
            "  journal: Soil Letters\n  year: 2022\n"
            "- title: \"Ice lenses below SU$3$ meadows\"\n  authors: Mira Holt and Tove Ek\n"
            "  journal: Soil Letters\n  year: 2021\n"),
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                  "{% for p in site.data.papers %}{{ p.title }}{% endfor %}\n"}).publications
    assert len(pubs) == 3, [p.title for p in pubs]


_SOIL_PAPERS = ("\n## Publications\n\n"
           "- T. Ek, **M. Holt**. Needle ice and the lifting of stones. *Soil Letters*, 2021.\n"
           "- **M. Holt**, T. Ek. Frost heave measured weekly. *Journal of Cold Ground*, 2023.\n")


def test_a_sentence_of_the_owner_about_the_list_below_it_is_no_paper(tmp_path: Path):
    # a line of prose opening a section ("Below is a list of my articles ... I also give a link"), and a
    # paragraph about a project that speaks of what "we" did and links its data: no authors, no year, the owner
    # speaking: no paper (an essay's title that asks what "we" should think stays one)
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _SOIL_CONFIG, "_pages/about.md": _SOIL_ABOUT,
        "_pages/publications.md": (
            "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
            "Below is a list of my articles in reviewed journals. Where I can, I also give a link to a "
            "[free copy](https://arxiv.org) of each.\n" + _SOIL_PAPERS
            + "\n## Essays\n\n[\"How should we think about frost in towns?\"](https://blog.example.org/frost), "
              "*Frost Blog*.\n"),
        "_pages/research.md": (
            "---\npermalink: /research/\ntitle: Research\n---\n\n### Soil probes\n\n"
            "Large sets of soil temperatures are logged by the probes. Then, a model of the frost line is fitted to "
            "them for every winter, across all the meadows of the valley. In the figure below we show how deep the "
            "frost went. The data are open on [Zenodo](https://doi.org/10.5281/zenodo.1234567).\n")}).publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones", "Frost heave measured weekly",
                                       "How should we think about frost in towns?"]


def test_a_link_set_inside_a_sentence_of_a_list_item_is_no_papers_title(tmp_path: Path):
    # "- worked with the [ALPFROST valley-wide survey](url) team to map ...": the link names a project in the middle of a
    # sentence (a lower-case word before it, the sentence going on after it in lower case): no paper
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _SOIL_CONFIG, "_pages/about.md": _SOIL_ABOUT + _SOIL_PAPERS,
        "_pages/research.md": (
            "---\npermalink: /research/\ntitle: Research\n---\n\n## Frost Mapping\n\n"
            "I am a member of the [Frost Group](https://group.example.org/). As part of my work there, I have\n\n"
            "- worked with the [ALPFROST valley-wide survey](https://frost.example.org/) team to \n"
            "  map the pockets where frost stays longest.\n"
            "- Helped the [MEADOW probe network](https://meadow.example.org/) team to place its probes.\n")}).publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones", "Frost heave measured weekly"]


def test_a_figures_caption_crediting_a_paper_is_no_paper(tmp_path: Path):
    # "<figcaption>How the probes were laid out ... Reproduced from Soil Lett. 8, 101 (2024).</figcaption>" over the
    # paper's own entry: the caption credits the figure's source, the list below it holds the paper
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _SOIL_CONFIG, "_pages/about.md": _SOIL_ABOUT,
        "_pages/research.md": (
            "---\npermalink: /research/\ntitle: Research\n---\n\n## Frost probes\n\n"
            "<figure>\n  <img src=\"/images/probes.png\" alt=\"probes\">\n"
            "  <figcaption>Layout of the soil probes across the upper meadow, one every ten metres. Reproduced from "
            "Soil Lett. <b>8</b>, 101 (2024).</figcaption>\n</figure>\n\n### Selected publication\n"
            "* T. Ek, <b>M. Holt</b>, <i>\"Frost heave measured weekly,\"</i> [Soil Letters <b>8</b> 101 (2024)]"
            "(https://doi.org/10.1000/sl.8.101).\n")}).publications
    assert [p.title for p in pubs] == ["Frost heave measured weekly"]


def test_the_labelled_lines_of_a_papers_card_are_no_papers(tmp_path: Path):
    # a card per paper: its heading, the authors and venue, then lines each opening with a bold label ("Links:",
    # "Impact:", "Follow-up work (X):") that say more of the paper above; and prose naming things by links set
    # inside a sentence ('covered by "Frost Weekly" magazine', 'such as [road heave] and [pipe bursts]')
    card = ("<div class=\"card\">\n  <h3>[SL {year}] {title}</h3>\n  <p>\n    Tove Ek, <strong>Mira Holt</strong>\n"
            "    <br>Soil Letters, {year}\n  </p>\n  <p>\n    <strong>Links:</strong>\n"
            "    Paper (<a href=\"https://arxiv.org/abs/2001.0{n}\">arXiv</a>) |\n"
            "    <a href=\"https://blog.example.org/{n}\">My blog post: how the ground lifts stones</a>\n  </p>\n"
            "  <p>\n    <strong>Impact:</strong> Oral talk | Covered by <a href=\"https://news.example.org/{n}\">\"Frost "
            "Weekly\"</a> magazine (see the clipping)\n  </p>\n"
            "  <p>\n    <strong>Follow-up work (Probe-{n}):</strong> We carry the method over to glaciers. Please read "
            "our <a href=\"https://doi.org/10.1/g{n}\">journal paper</a> of 2025.\n  </p>\n</div>\n\n")
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": _SOIL_CONFIG,
        "_pages/about.md": (_SOIL_ABOUT + "\n# Publications\n\nFrost matters for many tasks, such as "
                            "[road heave](https://roads.example.org/) and [pipe bursts](https://pipes.example.org/) "
                            "in cold towns.\n\n"
                            + card.format(year=2021, title="Needle ice and the lifting of stones", n=1)
                            + card.format(year=2023, title="Frost heave measured weekly", n=2))}).publications
    assert [p.title for p in pubs] == ["Needle ice and the lifting of stones", "Frost heave measured weekly"]


def test_a_cv_page_of_included_inline_html_fragments(tmp_path):
    # a Jekyll CV page pulls in hand-written HTML fragments: inline markup only, one item per blank-line paragraph
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ida Marsh\nauthor:\n  name: Ida Marsh\n  bio: Professor of Economics\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI am a professor of economics at Lakeside University.\n",
        "_pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n\n# Publications\n\n## Refereed Publications\n"
                        "  {% include cv/papers.htm %}\n\n# Supervision\n\n## PhD Students\n"
                        "  {% include cv/phd.html %}\n\n# Grants and Research Contracts\n  {% include cv/money.htm %}\n",
        "_includes/cv/papers.htm":
            "<em><a href=\"https://example.org/a\">Shift Work and Wages in Coastal Towns</a></em>, with <a href=\"https://example.org/t\">"
            "Tom Reyes</a>, <strong>Labour Review</strong> 31, 2, 2011, 10-30.\n\n"
            "<em>Hiring Under Uncertainty: Evidence from Payroll Data</em>, <B>Journal of Firms</B>, 12, 4 (May), 2004, 1-19.\n\n"
            "<a href=\"https://example.org/c\"><I>Search Frictions and the Spread of Pay in Small Towns</I></a>, with Ana Kim and "
            "Bo Lund, <strong>Regional Economics</strong>, 44, 3 (August), 863-894, 1999.\n",
        "_includes/cv/phd.html":
            "<a href=\"https://example.org/p\">Lena Frost</a>\n: Professor, Hill University. Ph.D., May 2001.\n"
            ": Title: <em>Essays on Migration</em>.\n\n"
            "Omar Diaz\n: Economist, Bank of Nowhere. Ph.D. June 2008.\n: Title: <em>Three Essays on Credit</em>.\n",
        "_includes/cv/money.htm":
            "Research Council\n: <em>Research Grant</em>, \"Wages in Mining Towns,\" $30,000, 2001-04; Role: PI\n\n"
            "Other Agencies\n: <i>Innovation Fund</i>, \"A Computing Lab for Research,\" $9,000, 2004.\n",
    })
    prof = import_path(root).profile
    assert [p.title for p in prof.publications] == [
        "Shift Work and Wages in Coastal Towns", "Hiring Under Uncertainty: Evidence from Payroll Data",
        "Search Frictions and the Spread of Pay in Small Towns"]
    assert [a.name for a in prof.publications[2].authors] == ["Ida Marsh", "Ana Kim", "Bo Lund"]
    assert [s.name for s in prof.students] == ["Lena Frost", "Omar Diaz"]


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


def test_a_splash_home_page_beside_the_about_page_gives_what_the_owner_is_now(tmp_path):
    # minimal-mistakes: the site's front page is index.html ("permalink: /", its bio in HTML), the about page a
    # short guide and CV at /about/; "employed as X by Y" says the position and its place
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ana Roe\nauthor:\n  name: Ana Roe\n",
        "index.html": ("---\npermalink: /\nlayout: splash\ntitle: \"Ana Roe, PhD\"\nexcerpt: \"Ecologist\"\n---\n\n"
                       "<p>\nWelcome to my website.\n<br><br>\nI am currently employed as a PostDoc by the Lakeside "
                       "Institut for Soils working on the <a href='https://example.org/p'>SOILS project</a>.\n</p>\n"),
        "_pages/about.md": ("---\ntitle: About\npermalink: /about/\n---\n\n## What to find here?\n\nA blog and my "
                            "papers.\n\n## A short CV\n\n* 2013 - 2017: PhD at the Technical University of Hill Town\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "PostDoc"
    assert [a.name for a in person.affiliations] == ["Lakeside Institut for Soils"]


_TITLED_PAGE = """---
title: "Publications"
permalink: /publication2/
---

***
### Tidal Bores in Narrow Estuaries
arXiv preprint (2025).

<a class = "social-icon" href="https://arxiv.org/abs/2501.00001" target = "_blank">
<img height="20" width="20" src="images/pdf-outline-line.svg" />
</a>

<div style="margin-top: 10px;">
    <div style="display: none;">
        <strong>Abstract:</strong> We follow bores up three rivers and count the sand each one moves.
    </div>
</div>

***
### Sand Ripples Under Slow Currents in Shallow Bays
Poster at the Coast Workshop 2024.

***
### Mapping Salt Marsh Channels From Drone Images
Published in Journal of Tides (with Ada Roe, Ben Moss, and Cy Dunn, 2023).

<a class = "social-icon" href="https://github.com/ivo/marsh" target = "_blank">
<img height="20" width="20" src="images/code-brackets.svg" /></a>
<a class = "social-icon" href="https://tides.example.org/articles/marsh" target = "_blank">
    <img height="20" width="20" src="images/clip-paperclip.svg" />
</a>
"""


def test_title_headings_over_a_venue_line_each_are_a_paper(tmp_path):
    """A publications page that sets each paper's title as a heading, with a single dated line under it naming
    where it appeared (no author line: the owner's own list), then icon links and a hidden abstract: each heading
    and what follows it up to the next is one paper, titled by the heading. Before, the headings were read as
    sections and the venue lines as papers of their own (or not at all)."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _TITLED_PAGE})
    pubs = {x.title: x for x in p.publications}
    assert sorted(pubs) == ["Mapping Salt Marsh Channels From Drone Images", "Sand Ripples Under Slow Currents in "
                            "Shallow Bays", "Tidal Bores in Narrow Estuaries"]
    assert pubs["Tidal Bores in Narrow Estuaries"].year == 2025
    assert pubs["Sand Ripples Under Slow Currents in Shallow Bays"].year == 2024
    assert [a.name for a in pubs["Tidal Bores in Narrow Estuaries"].authors] == ["Ivo Lema"]


def test_a_link_drawn_as_a_small_icon_named_for_its_kind_is_the_papers(tmp_path):
    """Links drawn as an icon alone (``<a class="social-icon"><img width="20" src="pdf-outline-line.svg"></a>``),
    the icon's file named for what the link is (a PDF, code, a paperclip for the publisher's page): the paper's
    links. Before, a picture with no alt text gave the link no label, and the link was lost."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _TITLED_PAGE})
    pubs = {x.title: x for x in p.publications}
    assert pubs["Tidal Bores in Narrow Estuaries"].links == {"pdf": "https://arxiv.org/abs/2501.00001"}
    marsh = pubs["Mapping Salt Marsh Channels From Drone Images"]
    assert marsh.links.get("code") == "https://github.com/ivo/marsh"
    assert "https://tides.example.org/articles/marsh" in marsh.links.values()


def test_the_year_closing_a_with_phrase_is_the_papers(tmp_path):
    """"Published in *Journal* (with A, B, and C, 2023).": the coauthors, then the paper's year in the same
    bracket. Before, the year went with the phrase: the paper had none."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _TITLED_PAGE})
    marsh = next(x for x in p.publications if x.title.startswith("Mapping"))
    assert [a.name for a in marsh.authors] == ["Ivo Lema", "Ada Roe", "Ben Moss", "Cy Dunn"]
    assert marsh.year == 2023


def test_a_home_page_titled_with_the_configured_name_in_full_names_the_owner(tmp_path):
    """An academicpages home page whose title (shown over the bio) writes the owner's name with a second family
    name the configuration leaves out ("Ivo Lema Sol" beside "name: Ivo Lema"): the name in full is the owner's,
    the short one another name of theirs, and the papers that name no authors are the full name's. Before, the
    configured short name was the owner's only name."""
    files = academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n")
    files["_pages/about.md"] = files["_pages/about.md"].replace("permalink: /\n", 'permalink: /\ntitle: "Ivo Lema Sol"\n')
    p = imported_site(tmp_path, {**files, "_pages/publications_2.md": _TITLED_PAGE})
    assert p.person.name == "Ivo Lema Sol"
    assert "Ivo Lema" in p.person.alternate_names
    tides = next(x for x in p.publications if x.title.startswith("Tidal"))
    assert [a.name for a in tides.authors] == ["Ivo Lema Sol"]
    other = files["_pages/about.md"].replace("Ivo Lema Sol", "About Me")
    p = imported_site(tmp_path / "other", {**files, "_pages/about.md": other})
    assert p.person.name == "Ivo Lema"


_BRACKETED_PAGE = """---
title: "Publications"
permalink: /publication2/
---

***
### Can Boats Count Rivers Better Than Satellites?
Working paper (Ada Roe, Ben Moss, and Cy Dunn, 2024).

***
### Un estudio de las mareas en la costa del sur
As Research Assistant. Coast Office, 2020.
"""


def test_a_bracket_of_names_closing_the_venue_line_names_the_coauthors(tmp_path):
    """"Working paper (A, B, and C, 2024).": the names in the bracket are the coauthors of the owner, who is
    implied ("with" left unsaid), and the venue is what comes before the bracket. Before, the names stayed in
    the venue and the owner was the paper's only author."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _BRACKETED_PAGE})
    boats = next(x for x in p.publications if x.title.startswith("Can Boats"))
    assert [a.name for a in boats.authors] == ["Ivo Lema", "Ada Roe", "Ben Moss", "Cy Dunn"]
    assert (boats.venue, boats.year) == ("Working paper", 2024)


def test_the_owners_role_opening_the_venue_line_is_no_author(tmp_path):
    """"As Research Assistant. Coast Office, 2020." under a title heading: the owner's role on the work, no
    author's name ("As" is no word of a name); the paper is the owner's alone. Before, "As Research Assistant"
    read as one person's name and was the paper's author."""
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": _BRACKETED_PAGE})
    report = next(x for x in p.publications if x.title.startswith("Un estudio"))
    assert [a.name for a in report.authors] == ["Ivo Lema"]
    assert "Coast Office" in (report.venue or "") and report.year == 2020


def test_a_venue_line_saying_published_in_names_the_venue_whatever_its_words(tmp_path):
    """"Published in Nature Sand Dynamics (with A and B, 2023)." under a title heading: what follows "Published in"
    is the venue, though its words could read as a person's name. Before, the line was read as a name and dropped:
    the paper had no venue."""
    page = _TITLED_PAGE.replace("Published in Journal of Tides", "Published in Nature Sand Dynamics")
    p = imported_site(tmp_path, {**academicpages_home("Ivo Lema", "I am a PhD student at Tarn University.\n"),
                                 "_pages/publications_2.md": page})
    marsh = next(x for x in p.publications if x.title.startswith("Mapping"))
    assert marsh.venue == "Nature Sand Dynamics"
    assert [a.name for a in marsh.authors] == ["Ivo Lema", "Ada Roe", "Ben Moss", "Cy Dunn"]


_TARN_CONFIG = """title: Mira Quellbrook
author:
  name: Mira Quellbrook
"""


_TARN_ABOUT = """---
permalink: /
title: "About"
---

I am an assistant professor of chemistry at Westfold University.

## Research Record

I have published **12 peer-reviewed papers** (h-index = 7) with **2000+ total citations** so far.

### Publication Highlights

1. **Copper Pair Engineering**

   Quellbrook, M.; et al. "Copper Pairs on Porous Silica for Selective C(sp²)–N Coupling." *Chem. Lett. Imag.* **2023**, 5, 44–50.

2. **Slow Carbon**

   Quellbrook, M.; et al. "Slow Oxidation of Glassy Carbon." *J. Fict. Chem.* **2024**, 12(3), 101–110.

## Full Publication List

### **I. Lead, Co-first (#) & Corresponding Author (*) Papers**

1. Tarn, L.#, **Quellbrook, M.#**, Oduya, S., Pell, R. "Slow Oxidation of Glassy Carbon in Layered Clays." **J. Fict. Chem.**, 2024, 12(3), 101–110.

2. **Quellbrook, M.***, Varga, E. "Copper Pairs on Porous Silica for Selective C(sp2)-N Coupling." **Chem. Lett. Imag.**, 2023, 5, 44–50.

3. Oduya, S., **Quellbrook, M.** "A Survey of Cluster Catalysts." **Rev. Imag. Sci.**, 2022.
"""


def _tarn_pubs(tmp_path):
    site = _write(tmp_path, {"_config.yml": _TARN_CONFIG, "_pages/about.md": _TARN_ABOUT})
    return import_path(site).profile.publications


def test_quoted_title_after_family_first_names(tmp_path):
    # 'Tarn, L.#, Quellbrook, M.# "Title." **Journal**, 2024': the quotes close the title, the bold journal follows
    pubs = {p.title: p for p in _tarn_pubs(tmp_path)}
    pub = pubs["Slow Oxidation of Glassy Carbon in Layered Clays"]
    assert [a.name for a in pub.authors] == ["L. Tarn", "M. Quellbrook", "S. Oduya", "R. Pell"]
    assert pub.venue == "J. Fict. Chem" and pub.year == 2024
    assert pubs["A Survey of Cluster Catalysts"].venue == "Rev. Imag. Sci"


def test_legend_with_marks_in_brackets_after_their_meaning(tmp_path):
    # "Co-first (#) & Corresponding Author (*)" in the group's heading: '#' is equal contribution, '*' corresponding
    pubs = {p.title: p for p in _tarn_pubs(tmp_path)}
    first = pubs["Slow Oxidation of Glassy Carbon in Layered Clays"].authors
    assert first[1].marks == ["equal_contribution"]
    second = pubs["Copper Pairs on Porous Silica for Selective C(sp2)-N Coupling"].authors
    assert second[0].marks == ["corresponding"]


def test_highlights_are_works_of_the_full_list(tmp_path):
    # the highlights name two works of the full list again (a shortened title, "sp²" for "sp2"): one work each,
    # read from the full list; the sentence counting the owner's papers is none
    pubs = _tarn_pubs(tmp_path)
    assert sorted(p.title for p in pubs) == [
        "A Survey of Cluster Catalysts",
        "Copper Pairs on Porous Silica for Selective C(sp2)-N Coupling",
        "Slow Oxidation of Glassy Carbon in Layered Clays",
    ]


_VALE_CHIRPY_CONFIG = """theme: jekyll-theme-chirpy
title: Nora Vale
tagline: Researcher in graph algorithms
url: 'https://nvale.github.io'
github:
  username: nvale
linkedin:
  username: in/nora-vale-lab/
social:
  name: Nora Vale
  email: nora.vale@example.org
  links:
    - https://github.com/nvale
    - https://www.linkedin.com/in/nora-vale-typo
    - https://orcid.org/0000-0002-1825-0097
"""


_VALE_CHIRPY_HOME = """---
layout: page
---
I am a **research scientist** at **Lakeside University**, working on graph algorithms.

# Papers

{% bibliography %}
"""


_VALE_BIB = """@article{vale2021walks,
  title={Random Walks on Sparse Graphs},
  author={Vale, Nora and Okafor, Ben},
  journal={Journal of Graph Studies},
  year={2021},
  fulltext={https://hal.example.org/hal-0001},
  link={https://journal.example.org/articles/walks}
}
"""


def test_a_chirpy_site_names_its_owner_in_its_social_block(tmp_path):
    # no heading or author block names the owner: Chirpy's "social: name:" does; the site is read as Jekyll, its
    # BibTeX file the list of papers
    profile = imported_site(tmp_path / "site", {"_config.yml": _VALE_CHIRPY_CONFIG, "index.md": _VALE_CHIRPY_HOME,
                                                "_bibliography/papers.bib": _VALE_BIB})
    assert profile.person.name == "Nora Vale"
    assert profile.person.email == "nora.vale@example.org"
    assert [p.title for p in profile.publications] == ["Random Walks on Sparse Graphs"]
    assert profile.publications[0].authors[0].is_self


def test_profiles_under_username_blocks_and_a_list_of_bare_addresses(tmp_path):
    # "github: username: nvale", "linkedin: username: in/nora-vale-lab/" (the profile's path written with its
    # "in/"), and "social: links:" a list of bare addresses: the blocks' names win over the footer's other spelling
    profile = imported_site(tmp_path / "site", {"_config.yml": _VALE_CHIRPY_CONFIG, "index.md": _VALE_CHIRPY_HOME,
                                                "_bibliography/papers.bib": _VALE_BIB})
    ids = profile.person.identifiers
    assert ids["github"] == "nvale"
    assert ids["linkedin"] == "nora-vale-lab"
    assert ids["orcid"] == "0000-0002-1825-0097"


def test_bibtex_fulltext_and_link_fields_are_the_works_links():
    # a site's own button fields ("fulltext", "link"): links of the work, of the kind their address says
    pub = read_bibtex(_VALE_BIB, "Nora Vale").publications[0]
    assert pub.links == {"paper": "https://hal.example.org/hal-0001"}
    assert [(x.label, x.url) for x in pub.more_links] == [("link", "https://journal.example.org/articles/walks")]


_VALE_LAB_CONFIG = """title: Ridgeway Lab
url: //www.ridgeway.example
author: nv
owner:
  name: Nora Vale
  bio: "Nora Vale works on polymer films."
  github: nvale-lab
  twitter:
"""


_VALE_AUTHORS = """nv:
  name: "Nora Vale"
  email: "nora@ridgeway.example"
  twitter: "noravale"
"""


_VALE_JOURNAL = """- title: "Thin Films Under Shear"
  year: 2022
  author:
    - given: Nora
      family: Vale
    - given: Ben
      family: Okafor
  journal:
    fullname: Journal of Polymer Surfaces
    abbreviation: J. Polym. Surf.
- title: "Brushes in Good Solvent"
  year: 2020
  author:
    - given: Ben
      family: Okafor
    - given: Nora
      family: Vale
  journal:
    fullname: Soft Matter Letters
    abbreviation: Soft Matter Lett.
"""


_VALE_JOURNAL_SHORT_ONLY = """- title: "Droplets on Soft Walls"
  year: 2007
  author:
    - given: Nora
      family: Vale
  journal:
    abbreviation: Front. Soft Matter
"""


_VALE_PUBS_PAGE = """---
layout: page
title: Publications
permalink: /publications/
---
<ol>
{% for article in site.data.journal %}
  <li>{{ article.title }} <span>{{ article.journal.abbreviation }}</span> {{ article.year }}</li>
{% endfor %}
</ol>
"""


def _vale_lab_site(tmp_path):
    return imported_site(tmp_path / "site", {
        "_config.yml": _VALE_LAB_CONFIG, "_data/authors.yml": _VALE_AUTHORS, "_data/journal.yml": _VALE_JOURNAL,
        "pages/publications.md": _VALE_PUBS_PAGE,
        "pages/about.md": "---\nlayout: page\ntitle: About\npermalink: /about/\n---\nThe lab studies polymer films.\n"})


def test_the_author_setting_is_a_key_of_the_authors_data_file(tmp_path):
    # "author: nv" names the record of _data/authors.yml, not a person called "nv"; the "owner:" block of the
    # same person adds what the record lacks (the GitHub name)
    person = _vale_lab_site(tmp_path).person
    assert person.name == "Nora Vale"
    assert person.email == "nora@ridgeway.example"
    assert person.identifiers["twitter"] == "noravale"
    assert person.identifiers["github"] == "nvale-lab"


def test_a_journal_written_as_a_record_gives_its_short_name(tmp_path):
    # "journal: {fullname: ..., abbreviation: ...}": the short name the page shows, the full name beside it
    pubs = _vale_lab_site(tmp_path).publications
    assert [(p.venue, p.venue_full) for p in pubs] == [("J. Polym. Surf.", "Journal of Polymer Surfaces"),
                                                       ("Soft Matter Lett.", "Soft Matter Letters")]


_VALE_ACADEMICPAGES_CONFIG = """title: Léa Morel
author:
  name: Léa Morel
  bio: Maîtresse de conférences
"""


_VALE_ABOUT = """---
permalink: /
title: "Accueil"
---
Je suis maîtresse de conférences en informatique.
"""


def _vale_paper(title: str, venue: str, citation: str) -> str:
    year = citation.rstrip(".'")[-4:]
    return (f"---\ntitle: {title}\ncollection: publications\ndate: {year}-06-01\nvenue: {venue}\n"
            f"citation: {citation}\n---\n")


def _vale_french_site(tmp_path):
    return imported_site(tmp_path / "site", {
        "_config.yml": _VALE_ACADEMICPAGES_CONFIG, "_pages/about.md": _VALE_ABOUT,
        "_publications/2015-06-01-a.md": _vale_paper(
            '"{\\\'E}tude des graphes {\\`a} sommets interdits"', "'Université d'Arcy-sur-Loire'",
            "'Léa Morel, Paul Denis. \"\\'Etude des graphes \\`a sommets interdits\". Université d'Arcy-sur-Loire, 2015.'"),
        "_publications/2016-01-01-b.md": _vale_paper(
            '"{Coloring Sparse Graphs}"', "'8\\`emes Journées T\\'el\\'ecom'",
            "'Paul Denis, Léa Morel. \"Coloring Sparse Graphs\". 8\\`emes Journées, 2016.'")})


def test_front_matter_quoted_as_a_person_reads_it_is_read(tmp_path):
    # a bare apostrophe inside single quotes, a LaTeX accent ("\\'E") inside double quotes: not YAML (Jekyll fails
    # on the file), read as written
    pubs = sorted(_vale_french_site(tmp_path).publications, key=lambda p: p.year)
    assert [p.year for p in pubs] == [2015, 2016]
    assert pubs[0].venue == "Université d'Arcy-sur-Loire"


def test_record_values_written_in_latex_are_decoded(tmp_path):
    # academicpages' records made from a .bib file keep its LaTeX: accents, a title in protecting braces
    pubs = sorted(_vale_french_site(tmp_path).publications, key=lambda p: p.year)
    assert [(p.title, p.venue) for p in pubs] == [
        ("Étude des graphes à sommets interdits", "Université d'Arcy-sur-Loire"),
        ("Coloring Sparse Graphs", "8èmes Journées Télécom")]
    assert [[a.name for a in p.authors] for p in pubs] == [["Léa Morel", "Paul Denis"], ["Paul Denis", "Léa Morel"]]


def test_the_pages_of_a_collection_jekyll_writes_out_are_pages(tmp_path):
    # Chirpy's "collections: tabs: output: true": _tabs/cv.md is served as a page, the owner's CV, where they
    # say where they studied
    config = _VALE_CHIRPY_CONFIG + "collections:\n  tabs:\n    output: true\n"
    cv = ("---\ntitle: CV\nlayout: page\n---\n\n- I did my PhD at Lakeside University, from 2018 to 2022.\n")
    profile = imported_site(tmp_path / "site", {"_config.yml": config, "index.md": _VALE_CHIRPY_HOME,
                                                "_bibliography/papers.bib": _VALE_BIB, "_tabs/cv.md": cv})
    assert [e.institution for e in profile.person.education] == ["Lakeside University"]


def test_the_about_page_a_folder_of_the_site_serves_at_about(tmp_path):
    # no about page by its usual names: "pages/about.md" with "permalink: /about/" is the site's about page
    about = ("---\npermalink: /about/\nlayout: page\ntitle: About\n---\n"
             "Nora Vale received her PhD in Physics from Hillcrest University in 2009.\n")
    profile = imported_site(tmp_path / "site", {
        "_config.yml": _VALE_LAB_CONFIG, "_data/authors.yml": _VALE_AUTHORS, "pages/about.md": about})
    assert [e.institution for e in profile.person.education] == ["Hillcrest University"]


def test_a_data_file_listed_only_under_a_heading_of_talks_holds_no_works(tmp_path):
    # the page of publications loops over two files; the one under "Presentations and Posters" lists talks,
    # whose records look like papers (title, authors, year)
    meeting = ("- title: Shear Banding in Thin Films\n  year: 2021\n  author:\n    - given: Nora\n      family: Vale\n"
               "- title: Brushes Revisited\n  year: 2019\n  author:\n    - given: Nora\n      family: Vale\n")
    page = _VALE_PUBS_PAGE.replace("</ol>\n", "</ol>\n<h2>Presentations and Posters</h2>\n<ol>\n"
                              "{% for talk in site.data.meeting %}<li>{{ talk.title }}</li>{% endfor %}\n</ol>\n")
    page = page.replace("<ol>\n{% for article", "<h2>Journal Articles</h2>\n<ol>\n{% for article", 1)
    profile = imported_site(tmp_path / "site", {
        "_config.yml": _VALE_LAB_CONFIG, "_data/authors.yml": _VALE_AUTHORS, "_data/journal.yml": _VALE_JOURNAL,
        "_data/meeting.yml": meeting, "pages/publications.md": page})
    assert sorted(p.title for p in profile.publications) == ["Brushes in Good Solvent", "Thin Films Under Shear"]


@pytest.mark.parametrize("advisor", [
    "  advisor:\n    - given: Ada\n      family: Brun\n      role: Advisor\n",
    # "adviser:" is the key a degree's record reads too (records.ADVISOR_KEYS): one list of advisor keys
    "  adviser: Ada Brun\n",
])
def test_the_owners_thesis_record_names_their_advisors(tmp_path, advisor):
    # a data file of theses, each naming its "advisor:" (a person record or a name): the owner's advisors
    thesis = ("- title: Films Far From Equilibrium\n  year: 2009\n  source: Doctoral Dissertation\n"
              + advisor + "  author:\n    - given: Nora\n      family: Vale\n")
    page = _VALE_PUBS_PAGE.replace("site.data.journal", "site.data.thesis")
    profile = imported_site(tmp_path / "site", {
        "_config.yml": _VALE_LAB_CONFIG, "_data/authors.yml": _VALE_AUTHORS, "_data/thesis.yml": thesis,
        "pages/publications.md": page})
    assert [p.title for p in profile.publications] == ["Films Far From Equilibrium"]
    assert profile.person.advisors == ["Ada Brun"]


def test_a_journal_record_that_gives_only_its_short_name(tmp_path):
    # "journal: {abbreviation: Front. Soft Matter}": the venue, though the record writes no full name
    profile = imported_site(tmp_path / "site", {
        "_config.yml": _VALE_LAB_CONFIG, "_data/authors.yml": _VALE_AUTHORS, "_data/journal.yml": _VALE_JOURNAL_SHORT_ONLY,
        "pages/publications.md": _VALE_PUBS_PAGE})
    assert [(p.title, p.venue) for p in profile.publications] == [("Droplets on Soft Walls", "Front. Soft Matter")]


def test_bibliography_queries_under_a_heading_of_patents_show_no_works(tmp_path):
    # "# Patents" over "{% bibliography --query @*[group=patents] %}": those entries are patents, not papers
    home = _VALE_CHIRPY_HOME.replace("{% bibliography %}", "{% bibliography --query @*[group=paper] %}\n\n# Patents\n\n"
                                                      "{% bibliography --query @*[group=patents] %}")
    bib = _VALE_BIB.replace("  year={2021},", "  year={2021},\n  group={paper},") + (
        "@misc{vale2022patent,\n  title={Method for Sorting Graphs},\n  author={Vale, Nora},\n  year={2022},\n"
        "  group={patents}\n}\n")
    profile = imported_site(tmp_path / "site", {"_config.yml": _VALE_CHIRPY_CONFIG, "index.md": home,
                                                "_bibliography/papers.bib": bib})
    assert [p.title for p in profile.publications] == ["Random Walks on Sparse Graphs"]


def test_bibliography_queries_naming_entry_types_show_no_entry_of_another_type(tmp_path):
    # hunt47 (kasumac): "{% bibliography -q @article[year={{y}}]* && @book[year={{y}}]* %}": the file's @misc talks
    # ("howpublished: Talk at the spring meeting") are on no page; before, each was a work beside its later paper
    home = _VALE_CHIRPY_HOME.replace("{% bibliography %}", "{% for y in page.years %}\n"
                                     "{% bibliography -q @book[year={{y}}]* && @article[year={{y}}]* %}\n{% endfor %}")
    bib = _VALE_BIB + ("@misc{vale2020talk,\n  title={Random Walks on Sparse Graphs},\n  author={Vale, Nora},\n"
                       "  howpublished={Talk at the spring meeting of the graph society},\n  year={2020}\n}\n")
    profile = imported_site(tmp_path / "site", {"_config.yml": _VALE_CHIRPY_CONFIG, "index.md": home,
                                                "_bibliography/papers.bib": bib})
    assert [(p.title, p.year) for p in profile.publications] == [("Random Walks on Sparse Graphs", 2021)]


def test_a_profile_link_labelled_with_the_owners_name_glued_to_an_id_is_theirs(tmp_path):
    # "Google Scholar: [NV VALE_iueNKUAAAAJ](...)": the label shares the owner's family name, the line is read
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    text = ("# Nora Vale\n\nI am a physicist at Lakeside University.\n\n"
            "Google Scholar: [NV VALE_iueNKUAAAAJ](https://scholar.google.com/citations?user=iueNKUAAAAJ)\n")
    doc = SourceDoc(tmp_path / "about.md", text)
    person = parse_markdown_page(doc, ImportOptions(owner="Nora Vale")).person
    assert person.identifiers.get("google_scholar") == "iueNKUAAAAJ"
    assert 5 not in [u.line for u in doc.unparsed()]


_FILLER = ("Tempor velit sint sunt ipsum tempor enim ad qui ullamco. Est dolore anim ad velit duis dolore minim sunt "
           "aliquip amet commodo labore. Ut eu pariatur aute ea aute excepteur laborum. Consequat dolore aute laboris "
           "quis proident quis non et est consectetur ex eiusmod sit culpa.\n")


def test_a_theme_about_page_of_latin_filler_is_no_page_about_the_owner(tmp_path):
    # "_pages/about.md" left as the theme wrote it (Latin filler): the page the site serves at its root is the home
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Jo Roe\nauthor:\n  name: Jo Roe\n",
        "_pages/about.md": "---\npermalink: /about/\ntitle: About\n---\n\n" + _FILLER,
        "_pages/home.md": "---\npermalink: /\ntitle: Home\n---\n\nI am a research associate at Hill University. "
                          "I study the tides of estuaries.\n",
    })
    assert profile.person.description is not None and "Tempor" not in profile.person.description
    assert [a.name for a in profile.person.affiliations] == ["Hill University"]


def test_a_readme_at_the_top_served_at_the_root_is_the_home_page(tmp_path):
    # "README.md" with "permalink: /" (a splash layout's text in its front matter): the page the site serves at its
    # root, so the page about the owner
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Jo Roe\nauthor:\n  name: Jo Roe\n",
        "README.md": "---\nlayout: splash\npermalink: /\nintro:\n  - excerpt: 'I am a research associate at Hill "
                     "University.\n\n    I undertook my PhD at Lakeside University.'\n---\n",
        "_pages/research.md": "---\npermalink: /research/\ntitle: Research\n---\n\nTides.\n",
    })
    assert [e.institution for e in profile.person.education] == ["Lakeside University"]


def test_an_old_copy_of_the_home_page_at_its_address_gives_no_sections(tmp_path):
    # "about-2.md" left beside "about.md" with the same "permalink: /": the generator serves one page there, so the
    # copy's own "## Honors and Awards" is no section of the site (and the account says it was not read)
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Lu Hartigan"\nauthor:\n  name: "Lu Hartigan"\n')
    home = ("---\npermalink: /\n---\n\nI am a PhD candidate at Tarn University.\n\n# Honors and Awards\n\n"
            "- 2023, Best Poster Award, Tarn Meeting\n")
    (tmp_path / "_pages" / "about.md").write_text(home, encoding="utf-8")
    (tmp_path / "_pages" / "about-2.md").write_text(
        home + "- 2019, Old Scholarship, Tarn University\n- 2018, Older Prize, Tarn University\n", encoding="utf-8")
    res = import_path(tmp_path)
    assert [a.year for a in res.profile.awards] == [2023]
    assert any(u.file == "_pages/about-2.md" and "a copy of _pages/about.md" in u.text for u in res.profile.unparsed)


def test_an_al_folio_cv_section_of_years_each_with_its_items_gives_one_award_per_item(tmp_path):
    # al-folio's _data/cv.yml "Honors and Awards" written as years, each with a list of items (no title of its
    # own): each item is an award of that year
    cv = ("- title: General Information\n  type: map\n  contents:\n    - name: Full Name\n      value: Ilse Varga\n"
          "- title: Honors and Awards\n  type: time_table\n  contents:\n"
          "    - year: 2019\n      items:\n        - Moth society student prize\n"
          "    - year: 2016\n      items:\n        - Best poster, Night Insects Meeting 2016\n"
          "        - Graduated with honours from Fenwick College\n")
    write_site(tmp_path, {"_config.yml": "first_name: Ilse\nlast_name: Varga\ntitle: Ilse Varga\n",
                          "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study moths.\n",
                          "_pages/cv.md": "---\nlayout: cv\npermalink: /cv/\ntitle: CV\n---\n",
                          "_data/cv.yml": cv})
    p = import_path(tmp_path).profile
    assert [(a.name, a.year) for a in p.awards] == [
        ("Moth society student prize", 2019), ("Best poster, Night Insects Meeting 2016", 2016),
        ("Graduated with honours from Fenwick College", 2016)]


def _subpath_site(tmp_path):
    about = ("---\npermalink: /\ntitle: ''\n---\n\nI study moths.\n\n# Publications\n\n"
             "- [Moths at dusk: a field count](10.5555/jni.2020.14), **Ilse Varga**, Pat Holt, "
             "<span class=\"journal\">Journal of Night Insects (2020)</span>\n"
             "- [Why lamps draw moths](files/lamps.pdf), Pat Holt, **Ilse Varga**, "
             "<span class=\"journal\">Insect Letters (2019)</span>\n")
    write_site(tmp_path, {"_config.yml": "title: Ilse Varga\nurl: https://ilse.example.io\nbaseurl: /moths\n"
                                         "author:\n  name: Ilse Varga\n",
                          "_pages/about.md": about})
    return {p.title: p for p in import_path(tmp_path).profile.publications}


def test_a_link_that_is_a_doi_written_bare_is_the_dois_address(tmp_path):
    # "[Title](10.5555/x)": the DOI without https://doi.org/ (a browser would make it a page of the site, which
    # does not exist); it is the paper's DOI
    pub = _subpath_site(tmp_path)["Moths at dusk: a field count"]
    assert pub.links.get("doi") == "https://doi.org/10.5555/jni.2020.14"


def test_a_relative_link_of_a_site_under_a_path_is_under_that_path(tmp_path):
    # _config.yml "url" + "baseurl: /moths": the page lives at https://ilse.example.io/moths/, and "files/x.pdf"
    # is https://ilse.example.io/moths/files/x.pdf (not at the host's root)
    pub = _subpath_site(tmp_path)["Why lamps draw moths"]
    assert list(pub.links.values()) == ["https://ilse.example.io/moths/files/lamps.pdf"]


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


def test_a_bibliography_tag_looping_over_the_pages_years_shows_those_years_only(tmp_path):
    """al-folio's publications page lists ``years: [2021, 2020]`` and renders ``-q @*[year={{y}}]*`` once per year:
    the file's 2018 entry is on no page. A years list no entry of the file has (the template's, left over) filters
    nothing. Before, every entry of the file was read."""
    page = ("---\nlayout: page\ntitle: Publications\nyears: {years}\n---\n\n{{% for y in page.years %}}\n"
            "  <h2>{{{{y}}}}</h2>\n  {{% bibliography -f papers -q @*[year={{{{y}}}}]* %}}\n{{% endfor %}}\n")
    bib = _bib("a", "Salt lattices at low heat", 2021) + _bib("b", "Quartz under pressure", 2020) + \
        _bib("c", "Ice that remembers", 2018)
    site = {"_config.yml": "title: Oren Vale\nfirst_name: Oren\nlast_name: Vale\n",
            "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI grow crystals.\n",
            "_bibliography/papers.bib": bib}
    p = imported_site(tmp_path / "a", {**site, "_pages/publications.md": page.format(years="[2021, 2020]")})
    assert sorted(x.title for x in p.publications) == ["Quartz under pressure", "Salt lattices at low heat"]
    p = imported_site(tmp_path / "b", {**site, "_pages/publications.md": page.format(years="[1956, 1905]")})
    assert len(p.publications) == 3
    assert [u.text for u in p.unparsed if u.file == "_bibliography/papers.bib"] == []


def test_an_entry_the_pages_years_hide_is_listed_as_unparsed_not_lost(tmp_path):
    """``years: [2023, 2022, 2021]`` over a file with an entry of 2019 (below the list), one of 2024 (above it: the
    list not brought up to date) and one ``year = {in press}``: jekyll-scholar's ``@*[year=Y]`` queries show none of
    the three, so they are no works of the profile, and their lines are listed as unparsed. Before, the three
    were dropped in silence (their lines ignored)."""
    page = ("---\nlayout: page\ntitle: Publications\nyears: [2023, 2022, 2021]\n---\n\n{% for y in page.years %}\n"
            "  {% bibliography -f papers -q @*[year={{y}}]* %}\n{% endfor %}\n")
    bib = _bib("a", "Salt lattices at low heat", 2023) + _bib("b", "Quartz under pressure", 2021) + \
        _bib("c", "Ice that remembers", 2019) + _bib("d", "Newest paper", 2024) + \
        _bib("e", "Accepted paper", 2000).replace("year={2000}", "year={in press}")
    p = imported_site(tmp_path, {"_config.yml": "title: Oren Vale\nfirst_name: Oren\nlast_name: Vale\n",
                                 "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI grow crystals.\n",
                                 "_pages/publications.md": page, "_bibliography/papers.bib": bib})
    assert sorted(x.title for x in p.publications) == ["Quartz under pressure", "Salt lattices at low heat"]
    hidden = [u.text for u in p.unparsed if u.file == "_bibliography/papers.bib"]
    assert [t for t in hidden if t.startswith("title=")] == [
        "title={Ice that remembers},", "title={Newest paper},", "title={Accepted paper},"]


def test_the_pages_years_filter_an_entry_by_the_year_its_publication_gets_from_a_date(tmp_path):
    """A file whose entries give ``date = {2018-03-01}``, no ``year``, under ``years: [2023, 2022]``: the entry of
    2018 is on no page, as one with ``year = {2018}``. Before, the file was taken for one no entry of which has
    a listed year (a ``year =`` field was looked for) and the 2018 entry was shown."""
    page = ("---\nlayout: page\ntitle: Publications\nyears: [2023, 2022]\n---\n\n{% for y in page.years %}\n"
            "  {% bibliography -f papers -q @*[year={{y}}]* %}\n{% endfor %}\n")
    bib = "".join(_bib(k, t, 0).replace("year={0}", f"date={{{d}}}") for k, t, d in (
        ("a", "Salt lattices at low heat", "2023-02"), ("b", "Quartz under pressure", "2022-05-01"),
        ("c", "Ice that remembers", "2018-03-01")))
    p = imported_site(tmp_path, {"_config.yml": "title: Oren Vale\nfirst_name: Oren\nlast_name: Vale\n",
                                 "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI grow crystals.\n",
                                 "_pages/publications.md": page, "_bibliography/papers.bib": bib})
    assert sorted((x.title, x.year) for x in p.publications) == [("Quartz under pressure", 2022),
                                                                 ("Salt lattices at low heat", 2023)]
    assert "title={Ice that remembers}," in [u.text for u in p.unparsed]


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


_LIN_CONFIG = "title: 林静的主页\nowner:\n  name: 林静\n  email: lin@example.org\n"


_HOME = """---
layout: page
---

# 主页

## 关于我

我是一名视觉算法工程师，关注工业图像检测。
"""


_NEWS = """---
layout: page
permalink: /news/index.html
title: 新闻报道
---
## 新闻报道
**2024-05-06** 我们的检测系统在行业大会上发布。[链接](https://example.org/n/1)  
**2023-11-20** 团队的缺陷检测模型被报纸报道。[链接](https://example.org/n/2)  
"""


_HONORS = """---
layout: page
permalink: /honors/index.html
title: 所获荣誉
---
## 竞赛奖项

- 2023 图像识别挑战赛 二等奖
- 2022 工业视觉大赛 优秀奖
"""


def test_a_themeless_jekyll_site_reads_the_section_pages_its_own_folder_serves(tmp_path):
    # "pages/news.md" with "permalink: /news/index.html": Jekyll serves it as the site's news page, linked or not
    site = write_site(tmp_path / "site", {"_config.yml": _LIN_CONFIG, "index.md": _HOME,
                                          "pages/news.md": _NEWS, "pages/honors.md": _HONORS})
    profile = import_path(site).profile
    assert profile.person.name == "林静"
    assert [n.date for n in profile.news] == ["2024-05-06", "2023-11-20"]
    assert len(profile.awards) == 2


def test_a_jekyll_footer_include_gives_the_profiles_it_links_written_out(tmp_path):
    # the site's own _includes/footer.html links the owner's Scholar and (old-style) LinkedIn profiles with their
    # addresses written out; the configured GitHub account is filled in by Liquid and a theme credit links a project
    footer = ('<footer><ul>\n'
              '<li><a href="https://github.com/{{ site.github_username }}">GitHub</a></li>\n'
              '<li><a href="https://uk.linkedin.com/pub/ivo-brandt/12/ab3/c4d">LinkedIn</a></li>\n'
              '<li><a href="https://scholar.google.co.uk/citations?user=AbCdEf0AAAAJ&hl=en">Scholar</a></li>\n'
              '<!-- <li><a href="https://orcid.org/0000-0002-1825-0097">ORCID</a></li> -->\n'
              '<li>Theme by <a href="https://github.com/someone/some-theme">some-theme</a></li>\n'
              '</ul></footer>\n')
    site = write_site(tmp_path / "site", {
        "_config.yml": "title: Ivo Brandt\nname: Ivo Brandt\ngithub_username: ivobrandt\n",
        "_includes/footer.html": footer,
        "_bibliography/papers.bib": "@article{b1, title={Wave tanks}, author={Brandt, Ivo}, journal={Fluids}, year={2020}}\n",
        "index.md": "---\nlayout: default\n---\n\nI am a lecturer in fluid dynamics at Northfield University.\n"})
    ids = import_path(site).profile.person.identifiers
    assert ids.get("github") == "ivobrandt"
    assert ids.get("linkedin") == "ivo-brandt"
    assert ids.get("google_scholar") == "AbCdEf0AAAAJ"
    assert "orcid" not in ids  # (commented out)


# --- Site folders (fixtures sites/real3-*): a Hugo Blox site with data/authors/me.yaml, an old Hugo Academic site
# (name:, single-file publications, TOML), an al-folio site with a profile block and news, an academicpages repo with
# talks/teaching and an about page repeating the papers, and an academicpages repo whose citations are the only source
# of authors (APA and Chicago).


SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


def _load(name):
    return import_path(SITES / name).profile


def _pub(profile, title):
    [pub] = [p for p in profile.publications if p.title == title]
    return pub


def _authors(pub):
    return [a.name for a in pub.authors]


def _self(pub):
    return [i for i, a in enumerate(pub.authors) if a.is_self]


@pytest.fixture(scope="module")
def blox():
    return _load("real3-hugo-blox-me")


@pytest.fixture(scope="module")
def academic():
    return _load("real3-hugo-academic-old")


@pytest.fixture(scope="module")
def alfolio():
    return _load("real3-al-folio-profile")


@pytest.fixture(scope="module")
def talks():
    return _load("real3-academicpages-talks")


@pytest.fixture(scope="module")
def citation():
    return _load("real3-academicpages-citation")


# --- Hugo Blox: data/authors/me.yaml ---------------------------------------------------------

def test_blox_owner_from_data_file(blox):
    p = blox.person
    assert p.name == "Ingrid Solberg"  # given + family, not the "Dr." display
    assert p.job_title == "Associate Professor of Physical Oceanography"
    assert p.email == "ingrid.solberg@uib.no"
    assert p.homepage == "https://isolberg.no/"
    assert p.identifiers == {"github": "isolberg", "google_scholar": "Xy12AbCdEfGH",
                             "orcid": "0000-0002-4412-7781"}
    assert [(a.name, a.current, a.start_year, a.end_year) for a in p.affiliations] == [
        ("University of Bergen", True, 2022, None),
        ("Bjerknes Centre for Climate Research", True, None, None),
        ("Scripps Institution of Oceanography", False, 2019, 2021)]
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("PhD", "Physical Oceanography", "University of Washington", 2019),
        ("MSc", "Applied Mathematics", "University of Oslo", 2014)]
    assert p.interests[0] == "Ocean turbulence"
    assert [(a.name, a.year, a.file) for a in blox.awards] == [
        ("Early Career Award, Norwegian Geophysical Society", 2023, "data/authors/me.yaml"),
        ("Fulbright Fellowship, Fulbright Foundation", 2014, "data/authors/me.yaml")]


def test_blox_publications(blox):
    assert len(blox.publications) == 3
    tidal = _pub(blox, "Learning Tidal Mixing Parameterizations from Glider Observations")
    assert _authors(tidal) == ["Ingrid Solberg", "Tomas Berg", "Hana Kato"]
    assert _self(tidal) == [0] and tidal.authors[0].marks == ["corresponding"]
    assert (tidal.venue, tidal.venue_full, tidal.venue_type) == ("JPO", "Journal of Physical Oceanography", "journal")
    assert (tidal.date, tidal.volume, tidal.pages, tidal.doi) == ("2024-03-15", "54", "455-472", "10.1175/JPO-D-23-0112.1")
    assert tidal.links == {"pdf": "https://isolberg.no/uploads/tidal-mixing.pdf",
                           "code": "https://github.com/isolberg/tidal-mix-nn",
                           "data": "https://zenodo.org/records/10234567",
                           "project": "https://isolberg.no/projects/tides/",
                           "doi": "https://doi.org/10.1175/JPO-D-23-0112.1"}
    assert tidal.file == "content/publications/tidal-mixing-ml/index.md"
    melt = _pub(blox, "Submarine Melt at Tidewater Glaciers: A Review")
    assert _authors(melt) == ["Lucas Moreau", "Ingrid Solberg", "Priya Raman"] and _self(melt) == [1]
    assert (melt.venue, melt.year, melt.arxiv) == ("IGS", 2022, "2210.04412")
    assert melt.links["slides"] == "https://isolberg.no/uploads/igs-slides.pdf"
    thesis = _pub(blox, "Turbulent Mixing in Glacial Fjords")
    assert (thesis.venue_type, thesis.year) == ("thesis", 2019)
    # (the home page is its blocks' front matter: said not to be read as a page)
    assert [(u.file, u.text) for u in blox.unparsed] == [
        ("content/_index.md", "not read: a list page whose own text is its front matter (its entries are other files)")]


# --- old Hugo Academic -----------------------------------------------------------------------

def test_academic_owner_from_name_field(academic):
    p = academic.person
    assert p.name == "Tomasz Kowalczyk"
    assert p.job_title == "Assistant Professor"
    assert p.affiliations[0].name == "Warsaw University of Technology"
    assert p.email == "t.kowalczyk@pw.edu.pl"
    assert p.location == "ul. Nowowiejska 15/19, Warsaw, 00-665, Poland"
    assert p.identifiers == {"google_scholar": "QwErTy0AAAAJ", "dblp": "177/4411"}
    assert p.links["cv"] == "https://tkowalczyk.github.io/files/cv.pdf"
    assert [(e.degree, e.field, e.year) for e in p.education] == [("PhD", "Computer Science", 2017),
                                                                  ("MSc", "Computer Science", 2012)]
    assert [(s.name, s.role) for s in academic.students] == [("Ravi Menon", "PhD Student")]


def test_academic_single_file_publications(academic):
    assert len(academic.publications) == 3  # _index.md of the folder is not a paper
    raft = _pub(academic, "Mechanically Verified Reconfiguration for Raft")
    assert _authors(raft) == ["Tomasz Kowalczyk", "Ravi Menon", "Elena Petrova"] and _self(raft) == [0]
    assert (raft.venue, raft.venue_full) == ("CAV", "Computer Aided Verification (CAV), Springer")
    assert (raft.date, raft.venue_type, raft.doi) == ("2021-07-19", "conference", "10.1007/978-3-030-81685-8_12")
    assert raft.links["pdf"] == "https://tkowalczyk.github.io/files/cav21-raft.pdf"
    assert raft.links["video"] == "https://www.youtube.com/watch?v=abcDEF12345"
    assert raft.file == "content/publication/verified-raft-2021.md"
    tla = _pub(academic, "Model Checking TLA+ Specifications at Scale: A Survey")
    assert _self(tla) == [1] and [a.marks for a in tla.authors] == [["equal_contribution"]] * 2
    assert (tla.venue, tla.venue_full, tla.volume, tla.arxiv) == ("CSUR", "ACM Computing Surveys", "52", "1811.09876")
    assert tla.abstract == "This survey covers explicit-state and symbolic model checkers for TLA+."
    assert [(u.file, u.text) for u in academic.unparsed] == [
        ("content/publication/_index.md", "not read: a list page whose own text is its front matter (its entries "
         "are other files)")]


# --- al-folio ---------------------------------------------------------------------------------

def test_alfolio_profile_block(alfolio):
    p = alfolio.person
    assert p.name == "Amara Okonkwo-Diaz"
    assert p.job_title == "Assistant Professor of Biomedical Engineering"
    assert [(a.name, a.url) for a in p.affiliations] == [("Johns Hopkins University", "https://www.jhu.edu/")]
    assert p.location == "Clark Hall 318, 3400 N. Charles St., Baltimore, MD 21218"
    assert p.image == "https://amaraod.github.io/assets/img/prof_pic.jpg"


def test_alfolio_bibliography(alfolio):
    assert len(alfolio.publications) == 4
    bp = _pub(alfolio, "Cuffless Blood Pressure Monitoring with a Conformal Ultrasound Patch")
    assert _authors(bp) == ["Amara Okonkwo-Diaz", "Felix Baumann", "Sun-Hee Park", "Michael Reyes"]
    assert _self(bp) == [0]
    assert (bp.venue, bp.venue_full, bp.date) == ("Nat. BME", "Nature Biomedical Engineering", "2024-06")
    assert bp.links == {"pdf": "https://amaraod.github.io/assets/pdf/okonkwo2024cuffless.pdf",
                        "code": "https://github.com/amaraod/cuffless-bp",
                        "project": "https://amaraod.github.io/projects/cuffless/",
                        "doi": "https://doi.org/10.1038/s41551-024-01234-5"}
    assert bp.notes == ["Featured on the cover"]
    ius = _pub(alfolio, "Learned Beamforming for Low-Channel-Count Wearable Ultrasound")
    assert _self(ius) == [1] and ius.venue == "IUS"
    assert ius.notes == ["Student paper competition finalist"]  # additional_info without its ". "
    assert set(ius.links) == {"slides", "poster", "video"}
    arx = _pub(alfolio, "Self-Supervised Denoising of Ultrasound Radiofrequency Data")
    assert arx.links == {"arxiv": "https://arxiv.org/abs/2107.01234"} and arx.arxiv == "2107.01234"
    assert all(p.file == "_bibliography/papers.bib" for p in alfolio.publications)


def test_alfolio_news(alfolio):
    assert [(n.date, n.file) for n in alfolio.news] == [("2023-09-01", "_news/announcement_1.md"),
                                                       ("2024-02-14", "_news/announcement_2.md"),
                                                       ("2024-06-20", "_news/announcement_3.md")]
    assert alfolio.news[1].text.startswith("NSF CAREER Award: I received")
    assert alfolio.news[1].links == ["https://www.nsf.gov/awardsearch/showAward?AWD_ID=2345678"]
    assert alfolio.unparsed == []


# --- academicpages with talks and teaching ----------------------------------------------------

def test_academicpages_owner_and_email(talks):
    p = talks.person
    assert p.name == "Mateus Carvalho"
    assert p.email == "mateusc@insper.edu.br"  # not "Economics@Insper.My" read out of the bio
    assert p.location == "São Paulo, Brazil"
    assert p.identifiers["orcid"] == "0000-0003-1234-5678"
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Princeton University", 2019), ("B.A.", "Universidade de São Paulo", 2013)]


def test_academicpages_not_double_counted(talks):
    # about.md lists both papers; _publications/ has them: two works, talks and teaching are not papers
    assert sorted(p.title for p in talks.publications) == [
        "Job Search Frictions in Informal Labor Markets",
        "Minimum Wages and Informality: Evidence from Brazilian Municipalities"]
    mw = _pub(talks, "Minimum Wages and Informality: Evidence from Brazilian Municipalities")
    assert _authors(mw) == ["M. Carvalho", "R. Lima"] and _self(mw) == [0]
    assert (mw.date, mw.venue, mw.doi, mw.notes) == ("2023-03-01", "Journal of Development Economics",
                                                    "10.1016/j.jdeveco.2023.103012", [])
    jmp = _pub(talks, "Job Search Frictions in Informal Labor Markets")
    # "Carvalho, M. (2020)" in about.md: the name as written, given name first (as "Carvalho, M., & Lima, R." gives)
    assert _authors(jmp) == ["M. Carvalho"] and _self(jmp) == [0]
    assert (jmp.venue_type, jmp.year) == ("preprint", 2020)
    assert jmp.links == {"paper": "http://mcarvalho.github.io/files/jmp.pdf"}
    # _talks/ and _teaching/ collections: one talk or course per file, every line taken
    assert [(t.title, t.event, t.date, t.place) for t in talks.talks] == [
        ("Job Search Frictions", "LACEA Labor Network Seminar", "2022-04-05", "Online"),
        ("Minimum Wages and Informality", "Brazilian Econometric Society Meeting", "2023-07-12", "Salvador, Brazil")]
    assert talks.talks[1].description == "Presented the paper with Rafael Lima."
    assert [(c.course, c.institution, c.term, c.role) for c in talks.teaching] == [
        ("Labor Economics (Graduate)", "Insper, Department of Economics", "2024", "Graduate course")]
    # what kg has no field for is reported: a course's city (a talk's type, "Seminar", "Conference presentation",
    # says only that it is a talk, and is read with it)
    assert sorted({u.text.split(":")[0] for u in talks.unparsed if u.file.startswith(("_talks/", "_teaching/"))}) == [
        "location"]
    others = [(u.file, u.text.split(":")[0].strip()) for u in talks.unparsed
              if not u.file.startswith(("_talks/", "_teaching/"))]
    assert others == [("_config.yml", "pronouns")]


# --- academicpages: citation is the only author list -----------------------------------------

def test_citation_only_authors(citation):
    assert citation.person.name == "Yuki Tanabe"
    assert citation.person.email == "tanabe.yuki@l.u-tokyo.ac.jp"
    assert len(citation.publications) == 3
    cs = _pub(citation, "Surprisal and Relative Clause Attachment in Japanese")
    assert _authors(cs) == ["Y. Tanabe", "K. Ishikawa", "L. Moreno"] and _self(cs) == [0]
    assert (cs.venue, cs.venue_full, cs.date) == (
        "CogSci", "Proceedings of the Annual Meeting of the Cognitive Science Society", "2021-10-01")
    assert cs.file == "_publications/2021-10-01-paper-title.md"  # a real paper despite the sample's file name
    gap = _pub(citation, "Gapless Relative Clauses Revisited")
    assert _authors(gap) == ["Kenji Ishikawa", "Yuki Tanabe"] and _self(gap) == [1]  # Chicago style
    lm = _pub(citation, "Do Language Models Prefer Low Attachment?")
    assert _authors(lm) == ["Y. Tanabe", "L. Moreno", "K. Ishikawa"] and lm.authors_truncated
    assert (lm.arxiv, lm.venue_type) == ("2401.07788", "preprint")
    assert lm.links["code"] == "https://github.com/ytanabe/lm-attachment"
    assert citation.unparsed == []


@pytest.mark.parametrize("text, names", [
    ('Carvalho, Mateus. 2020. "Job." Working paper.', ["Mateus Carvalho"]),
    ('Okafor, Chidi, Lin Wei, and Ana Souza. 2021. "T." J.', ["Chidi Okafor", "Lin Wei", "Ana Souza"]),
    ('Chen, Li and Bo Wu. 2019. "X." Y.', ["Li Chen", "Bo Wu"]),
    ('Kobayashi, H., Mori, K., &amp; Chen, A. (2023). "T." CVPR.', ["H. Kobayashi", "K. Mori", "A. Chen"]),
])
def test_citation_authors_chicago_and_apa(text, names):
    assert [a.name for a in citation_authors(text)[0]] == names


def test_the_pages_bibliography_tags_are_read_once_for_all_the_files(tmp_path, monkeypatch):
    """The files the tags render and the entry types each tag shows of each file are read off one scan of the
    pages' tags: before, the pages were scanned again for every .bib file (the types) after the scan for the files."""
    from kg.importers.site import jekyll

    scans = []
    real = jekyll._page_text
    monkeypatch.setattr(jekyll, "_page_text", lambda page: scans.append(page.name) or real(page))
    p = imported_site(tmp_path, {
        "_config.yml": "title: Oren Vale\nfirst_name: Oren\nlast_name: Vale\nscholar:\n  source: /_bibliography/\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI grow crystals.\n",
        "_pages/publications.md": "---\nlayout: page\ntitle: Publications\n---\n\n"
                                  "{% bibliography -f preprints -q @article* %}\n\n{% bibliography -f confs %}\n",
        "_bibliography/preprints.bib": _bib("p1", "Salt lattices at low heat", 2021),
        "_bibliography/confs.bib": _bib("c1", "Quartz under pressure", 2020),
    })
    assert sorted(x.title for x in p.publications) == ["Quartz under pressure", "Salt lattices at low heat"]
    assert scans.count("publications.md") == 1


def test_a_talks_page_in_a_language_folder_keeps_its_entry_type_off_the_works(tmp_path):
    # al-folio with its pages in "_pages/fr/": the publications page queries @article and @unpublished, the talks
    # page @presentation (talks given, no works); one talk writes a field twice, which the BibTeX parser sets apart
    bib = _VALE_BIB + (
        "@unpublished{vale2024draft,\n  title={Sparse Cuts in Expanders},\n  author={Vale, Nora},\n  year={2024}\n}\n"
        "@presentation{vale2024talk,\n  location={Lyon},\n  title={Walking on Graphs at Scale},\n"
        "  author={Vale, Nora},\n  location={Lyon, France},\n  year={2024}\n}\n"
        "@presentation{vale2023talk,\n  title={Expanders for Everyone},\n  author={Vale, Nora},\n  year={2023}\n}\n")
    pubs_page = ("---\nlayout: page\npermalink: /publications/\ntitle: publications\n---\n\n"
                 "## articles\n\n{% bibliography --query @article %}\n\n## manuscrits\n\n"
                 "{% bibliography --query @unpublished %}\n")
    talks_page = ("---\nlayout: page\npermalink: /talks/\ntitle: talks\n---\n\n"
                  "{% bibliography --query @presentation %}\n")
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "first_name: Nora\nlast_name: Vale\nurl: https://nvale.example.org\n"
                       "scholar:\n  last_name: [Vale]\n  source: /_bibliography/\n  bibliography: papers.bib\n",
        "_pages/fr/about.md": "---\nlayout: about\npermalink: /\n---\n\nJe travaille sur les graphes.\n",
        "_pages/fr/publications.md": pubs_page, "_pages/fr/talks.md": talks_page,
        "_bibliography/papers.bib": bib})
    assert sorted(p.title for p in profile.publications) == ["Random Walks on Sparse Graphs", "Sparse Cuts in Expanders"]


def test_an_alfolio_site_in_another_language_than_its_default_and_a_demo_cv_section_left_in_place(tmp_path):
    # "default_lang: en" while only "_pages/fr/" is there: its about page is the home; the CV file is the owner's
    # (their name, their degree) but for the sections the theme's demo wrote, left as they were: no one's
    cv = ("- title: General Information\n  type: map\n  contents:\n    - name: Full Name\n      value: Nora Vale\n"
          "- title: Education\n  type: time_table\n  contents:\n    - title: MSc\n"
          "      institution: Lakeside University\n      year: 2024\n"
          "- title: Experience\n  type: time_table\n  contents:\n    - title: Director\n"
          "      institution: Kaiser Wilhelm Institute for Physics, Berlin, Germany.\n      year: 1917-1933\n"
          "    - title: Professor of Theoretical Physics\n"
          "      institution: Karl-Ferdinand University, Prague, Czechoslovakia\n      year: 1911 - 1917\n"
          "- title: Honors and Awards\n  type: time_table\n  contents:\n    - year: 1921\n      items:\n"
          "        - Nobel Prize in Physics\n        - Matteucci Medal\n")
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "first_name: Nora\nlast_name: Vale\nurl: https://nvale.example.org\nlanguages: [en, fr]\n"
                       "default_lang: en\n",
        "_pages/fr/about.md": ("---\nlayout: about\npermalink: /\nsubtitle: \"Étudiante en maîtrise, Lakeside "
                               "University\"\n---\n\nJe travaille sur les graphes aléatoires.\n"),
        "_data/cv.yml": cv})
    assert [a.name for a in profile.person.affiliations] == ["Lakeside University"]
    assert [e.institution for e in profile.person.education] == ["Lakeside University"]
    assert profile.awards == []


def test_a_news_page_over_a_theme_list_layout_makes_the_posts_news(tmp_path):
    """A Hydejack news page with nothing but its front matter, "layout: list" (the theme's layout that lists every
    post by year, no loop written in the page): the posts are the site's news."""
    site = _write(tmp_path, {
        "_config.yml": "theme: jekyll-theme-hydejack\ntitle: Mira Lund\nauthor:\n  name: Mira Lund\n",
        "about.md": "---\nlayout: about\n---\n\n# About\n\nI study bees in meadows.\n",
        "news.md": "---\nlayout: list\ntitle: News\npermalink: /news/\n---\n",
        "_posts/2021-04-02-grant.md": "---\nlayout: post\ntitle: New grant\ndate: 2021-04-02\n---\n\nWe won a grant.\n",
        "_posts/2022-06-10-talk.md": "---\nlayout: post\ntitle: A talk in Lund\n---\n\nI spoke about clover.\n",
    })
    news = import_path(site).profile.news
    assert sorted((n.date, n.file) for n in news) == [("2021-04-02", "_posts/2021-04-02-grant.md"),
                                                      ("2022-06-10", "_posts/2022-06-10-talk.md")]


def test_the_authors_data_record_of_the_configuration_author_gives_the_profiles(tmp_path):
    """Hydejack: "_config.yml" names the author ("author: {name, email}") and "_data/authors.yml" keeps the same
    person's sidebar card under a short name, with the profiles under "social:". Those are the owner's, ahead of
    a host's Scholar link the about page writes; a profile left commented out is none."""
    site = _write(tmp_path, {
        "_config.yml": "title: Mira Lund\nauthor:\n  name: Mira Lund\n  email: mira@example.org\n",
        "_data/authors.yml": ("mlund:\n  name: Mira Lund\n  email: mira@example.org\n  social:\n"
                              "    # twitter: <username>\n"
                              "    google: https://scholar.google.com/citations?user=Abc123XYZ45J&hl=en\n"
                              "    github: mira-lund\n    linkedin: https://www.linkedin.com/in/miralund\n"),
        "about.md": ("---\nlayout: about\n---\n\n# About\n\nI study bees in meadows. In 2022 I visited the lab of "
                     "[Tobi Oyelaran](https://scholar.google.com/citations?user=Zzz999QQQ11J).\n"),
    })
    ids = import_path(site).profile.person.identifiers
    assert ids.get("google_scholar") == "Abc123XYZ45J"
    assert ids.get("github") == "mira-lund"
    assert ids.get("linkedin") == "miralund"
    assert "twitter" not in ids


def test_a_profile_setting_that_points_at_a_redirect_page_of_the_site_gives_the_profile_it_sends_to(tmp_path):
    """"googlescholar: https://<the site>/scholar" names a page of the site itself that only forwards its visitors
    (a meta refresh): the Scholar profile is the one it forwards to. A setting pointing at an ordinary page of the
    site gives none."""
    refresh = ('<!doctype html><html><head><meta http-equiv="refresh" content="0; url=https://scholar.google.com/'
               'citations?user=RoSaViDaL12J&hl=en"><title>Redirecting</title></head><body><p>Redirecting to '
               '<a href="https://scholar.google.com/citations?user=RoSaViDaL12J&hl=en">Scholar</a></p></body></html>\n')
    site = _write(tmp_path, {
        "_config.yml": _CONFIG + "  googlescholar: \"https://rosavidal.example.org/scholar\"\n"
                                 "  orcid: \"https://rosavidal.example.org/cv/\"\n",
        "_pages/about.md": _ABOUT,
        "scholar/index.html": refresh,
        "cv/index.html": "<html><body><h1>CV</h1><p>Rosa Vidal, research scientist.</p></body></html>\n",
    })
    ids = import_path(site).profile.person.identifiers
    assert ids.get("google_scholar") == "RoSaViDaL12J"
    assert "orcid" not in ids


def test_research_directions_are_topics_not_papers(tmp_path):
    """"Current Research Directions" over a list of topics, each a bold name with a sentence below it: the owner's
    interests (the names, whole), no works; the sentence that opens the list is no topic."""
    about = _ABOUT + ("\n## Current Research Directions\n\nMy recent work includes:\n\n"
                      "- **Tidal Mixing and Shelf Fronts**  \n  Models of how tides stir the water over continental "
                      "shelves, with field data from two seasons.\n\n"
                      "- **Ocean Acoustics**  \n  Listening to whales and ships, and what the noise tells about them.\n")
    site = _write(tmp_path, {"_config.yml": _CONFIG, "_pages/about.md": about})
    profile = import_path(site).profile
    assert profile.publications == []
    assert profile.person.interests == ["Tidal Mixing and Shelf Fronts", "Ocean Acoustics"]


def test_an_internships_fragment_on_a_page_titled_students_lists_students_not_the_owners_posts(tmp_path):
    """A Jekyll students page made only of includes ("{% include people/internships.md %}", no heading above it) whose
    fragment opens with "## B.Sc. Internships": the fragment is in the students section the page's title names, and
    its internships are the students' (before: an experience section of the owner's, every intern and company an
    affiliation of the owner)."""
    write_site(tmp_path, {
        "_config.yml": "title: Tove Lind\nauthor:\n  name: Tove Lind\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI am an associate professor of soil physics "
                           "at Northfield University.\n",
        "_pages/students.md": "---\npermalink: /students/\ntitle: Students\n---\n\n"
                              "{% include people/internships.md %}\n",
        "_includes/people/internships.md": "## B.Sc. Internships\n\n#### Oona Berg, Agronomy\n"
                                       "- *Field sensor intern at Greenacre Seeds*, 2023.\n\n"
                                       "#### Rasmus Holt, Geology\n- *Lab intern at the Delta Water Board*, 2022.\n"})
    profile = import_path(tmp_path).profile
    assert not any(n in a.name for a in profile.person.affiliations
                   for n in ("Oona", "Greenacre", "Rasmus", "Delta Water"))
    assert {"Oona Berg", "Rasmus Holt"} <= {s.name for s in profile.students}


def test_a_jekyll_home_page_made_only_of_an_html_include_is_owned_by_who_the_sites_title_names(tmp_path: Path):
    # a configuration naming no author ("title: Rasmus Tiller" only) and a home page whose whole text is
    # "{% include home_sections.html %}" (a template of boxes, one the bio, one a loop over _data/news.yml): the
    # page "had no text", the Jekyll reader gave up and the site was read as any site, whose reader takes no data
    # file of news, so the news was lost and the file listed as "no list of works"
    p = imported_site(tmp_path / "site", {
        "_config.yml": "title: Rasmus Tiller\nurl: \n",
        "index.md": "---\nlayout: page\ntitle: Home\n---\n{% include home_sections.html %}\n",
        "_includes/home_sections.html": (
            "<div class=\"box\">{% include bio.html %}</div>\n"
            "<div class=\"box\">{% for item in site.data.news limit: 2 %}<p>{{ item.date }} {{ item.text }}</p>"
            "{% endfor %}</div>\n"),
        "_includes/bio.html": "<p>Rasmus Tiller is an Associate Professor of Geodesy at Vestby University.</p>\n",
        "news/index.md": "---\nlayout: page\ntitle: News\n---\n\n## News\n{% for item in site.data.news %}"
                         "{{ item.text }}{% endfor %}\n",
        "_data/news.yml": ("- date: \"2024-03-02\"\n  text: \"Our paper on tide gauges is out.\"\n\n"
                           "- date: \"2023-11-20\"\n  text: \"Joined the program committee of the Geodesy Days.\"\n"),
    })
    assert p.person.name == "Rasmus Tiller"
    assert [(str(n.date), n.text) for n in p.news] == [("2024-03-02", "Our paper on tide gauges is out."),
                                                       ("2023-11-20", "Joined the program committee of the Geodesy Days.")]
    assert not [u for u in p.unparsed if u.file == "_data/news.yml"]


def test_a_hexo_site_with_no_home_page_of_its_own_reads_the_pages_of_its_source_folder(tmp_path):
    """A Hexo theme whose home lists the posts (icarus): no ``source/index.md``, the pages in folders of ``source/``
    (news, the group, papers); the site's pages of news and students were passed by (only the fallback read works,
    from the papers' page and a page of talks alike)."""
    site = _write(tmp_path, {
        "_config.yml": "# Hexo Configuration\ntitle: 陈梅\nauthor: 陈梅\nlanguage: zh-CN\nsource_dir: source\n"
                       "theme: icarus\n",
        "source/_posts/intro.md": "---\ntitle: 陈梅\ndate: 2025-01-01 00:00:00\n---\n研究员。\n",
        "source/contact/index.md": "---\ntitle: 联系方式\n---\n\n**Email**: chenmei.AT.mail.iap.ac.cn\n",
        "source/news/index.md": "---\ntitle: 新闻动态\n---\n- 2025.05：祝贺李华通过博士论文答辩！\n"
                                "- 2025.03：陈梅获得青年科学奖\n",
        "source/group/index.md": "---\ntitle: 课题组\n---\n\n## **在读学生：**\n\n"
                                 "李小华，（2021-），女，直博生，研究方向：寒潮\n\n"
                                 "王小强<sup>1</sup>，（2022-），男，直博生，研究方向：季风\n\n"
                                 "<sup>1</sup>导师：陈梅、胡明\n",
        "source/publications/index.md": "---\ntitle: 学术论文\n---\n\n"
                                        "2\\. **Mei Chen**, Hua Li, 2024: Cold surges over East Asia. *Journal of "
                                        "Climate*, **37**, 1-9.\n\n"
                                        "1\\. Hua Li, **Mei Chen**, 2023: Monsoon onset in a warmer world. "
                                        "*Climate Letters*, **5**, 2-8.\n",
    })
    profile = import_path(site).profile
    assert [p.title for p in profile.publications] == ["Cold surges over East Asia", "Monsoon onset in a warmer world"]
    assert len(profile.news) == 2
    assert profile.person.email == "chenmei@mail.iap.ac.cn"  # (its contact page, the "@" written ".AT.")
    # (a student's name ends at the full-width comma; the footnote naming a student's advisors is no student)
    assert [s.name for s in profile.students] == ["李小华", "王小强"]


def test_a_jekyll_home_page_that_only_lists_the_blogs_posts_leaves_the_owner_to_the_configuration(tmp_path: Path):
    # a theme-less Jekyll site whose root index.md is only a Liquid loop over the blog's posts (no text of its
    # own), the configuration naming the author and the layout's menu linking the profile and paper pages: the
    # home page "had no text", the reader re-read it under the configured owner, failed again and the whole site
    # was an error; the owner is the configured author, the menu's pages give the bio and the papers
    p = imported_site(tmp_path / "site", {
        "_config.yml": "url: https://lena-brandt.example.org\nauthor: Lena Brandt\n",
        "index.md": ("---\ntitle: Notes from the field\nlayout: page\n---\n\n<ul class=\"listing\">\n"
                     "{% for post in site.posts %}\n  <li><a href=\"{{ site.url }}{{ post.url }}\">{{ post.title }}"
                     "</a></li>\n{% endfor %}\n</ul>\n"),
        "_layouts/default.html": ("<html><body><nav><a href=\"{{ site.url }}/about/\">About</a>\n"
                                  "<a href=\"{{ site.url }}/papers/\">Papers</a></nav>{{ content }}</body></html>\n"),
        "about/index.md": ("---\ntitle: About\nlayout: page\n---\n\nLena Brandt is an Associate Professor of "
                           "Hydrology at Nordvik University.\n"),
        "papers/index.md": (
            "---\ntitle: Publications\nlayout: page\n---\n\n## Publications\n\n"
            "1. Olsen K, <u>Brandt L</u>. (2021) Snowmelt timing in small alpine basins. **Water Letters**, 12, 1-9.\n"
            "1. <u>Brandt L</u>, Aas T. (2019) Groundwater age in fractured rock. **Hydrology Reports**, 4, 20-31.\n"),
    })
    assert p.person.name == "Lena Brandt"
    assert [(pub.title, pub.year) for pub in p.publications] == [
        ("Snowmelt timing in small alpine basins", 2021), ("Groundwater age in fractured rock", 2019)]
    assert [a.name for a in p.publications[0].authors if a.is_self] == ["Brandt L"]
    # the listing's markup is no data; its page title is kept for the reader to see
    assert [u.text for u in p.unparsed if u.file == "index.md"] == ["title: Notes from the field"]


def test_a_home_page_of_a_photo_and_icon_links_over_a_post_listing_is_still_read_by_the_page_reader(tmp_path: Path):
    # no words of its own, but a photo named for the owner and icon links to their mail and GitHub above the
    # blog's listing: the page says something, so the page reader reads it (a body of templates alone is skipped
    # as markup, which would drop the links without a trace)
    p = imported_site(tmp_path / "site", {
        "_config.yml": "url: https://lena-brandt.example.org\nauthor: Lena Brandt\n",
        "index.md": ("---\ntitle: Home\nlayout: default\n---\n\n<img src=\"/img/me.jpg\" alt=\"Lena Brandt\">\n\n"
                     "<a href=\"https://github.com/lbrandt\"><i class=\"fab fa-github\"></i></a>\n"
                     "<a href=\"mailto:lena@nordvik.example.edu\"><i class=\"fa fa-envelope\"></i></a>\n\n"
                     "{% for post in site.posts %}\n<a href=\"{{ post.url }}\">{{ post.title }}</a>\n{% endfor %}\n"),
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
    })
    assert p.person.name == "Lena Brandt"
    assert p.person.email == "lena@nordvik.example.edu"
    assert p.person.identifiers == {"github": "lbrandt"}



def test_a_jekyll_site_of_html_layouts_reads_the_bibtex_its_page_renders(tmp_path):
    # no about page in markdown and no author in the configuration: the home is an HTML layout page;
    # "publications.html" (front matter and the jekyll-scholar tag alone) renders the BibTeX the configuration names
    files = {
        "_config.yml": "title: stein.example.org\nurl: https://stein.example.org\n"
                       "scholar:\n  source: _bibliography\n  bibliography: schriften.bib\n",
        "index.html": "---\nlayout: default\ntitle: Übersicht\n---\n<h2>Dr. Konrad Stein</h2>\n"
                      "<p>Konrad Stein ist Historiker an der Universität Nordheim.</p>\n",
        "publications.html": "---\nlayout: page\ntitle: Publikationen\n---\n{% bibliography %}\n",
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
        "_bibliography/schriften.bib": (
            "@book{stein2019,\n  author = {Stein, Konrad},\n  title = {Brücken über die Saale},\n"
            "  publisher = {Mittelverlag},\n  year = {2019}\n}\n\n"
            "@article{stein2021,\n  author = {Stein, Konrad and Weber, Lina},\n  title = {Zölle im Spätmittelalter},\n"
            "  journal = {Zeitschrift für Landesgeschichte},\n  year = {2021}\n}\n"),
    }
    profile = imported_site(tmp_path, files)
    assert profile.person.name == "Konrad Stein"
    works = {p.title: p for p in profile.publications}
    assert set(works) == {"Brücken über die Saale", "Zölle im Spätmittelalter"}
    assert works["Zölle im Spätmittelalter"].venue == "Zeitschrift für Landesgeschichte"
    assert [a.name for a in works["Zölle im Spätmittelalter"].authors] == ["Konrad Stein", "Lina Weber"]
    assert works["Brücken über die Saale"].authors[0].is_self


def test_a_jekyll_sites_pi_page_on_another_person_gives_the_owner_nothing(tmp_path):
    # "_pages/the-pi.md" headed by the advisor's name on a student's site: her degrees and e-mail are not the owner's
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Vasquez\nauthor:\n  name: Oren Vasquez\n",
        "index.md": "---\nlayout: home\n---\n# Oren Vasquez\n\nGraduate student at Redfern State University.\n",
        "_pages/the-pi.md": "---\ntitle: The PI\npermalink: /the-pi/\n---\n# Jane Roe\n\nJane Roe is Professor of "
                            "Biology at Tarrow University. She received her Ph.D. in Zoology from Kelby University in "
                            "2004.\n\nEmail: jroe@tarrow.example.edu\n"})
    person = import_path(root).profile.person
    assert person.name == "Oren Vasquez"
    assert person.education == [] and person.email is None


def test_an_old_academic_owner_in_params_keeps_the_sharing_handle_and_the_contact_widgets_address(tmp_path):
    # Academic before v4 names its owner in the configuration's [params]: its profile setting ("twitter =", the
    # sharing cards' handle) is the owner's there too, as in the other flows (before: read only beside an author
    # page); the contact widget writes the address in its subtitle when params.email is empty (before: unread)
    site = _write(tmp_path, {
        "config.toml": ('baseurl = "https://plund.example.org/"\ntitle = "Petra Lund"\n\n[params]\n'
                        '  name = "Petra Lund"\n  role = "Professor"\n  email = ""\n  twitter = "petra_lund"\n'),
        "content/home/about.md": '+++\nwidget = "about"\nactive = true\n+++\n\nI study tide pools.\n',
        "content/home/contact.md": ('+++\nwidget = "contact"\nactive = true\ntitle = "Contact"\n'
                                    "subtitle = \"<a href='mailto:plund@tide.example.org'>"
                                    "plund@tide.example.org</a>\"\n"
                                    'email_form = 0\n+++\n'),
    })
    result = import_path(site)
    assert result.profile.person.identifiers.get("twitter") == "petra_lund"
    assert result.profile.person.email == "plund@tide.example.org"
    # (a widget switched off shows nothing: no address)
    site = _write(tmp_path / "off", {
        "config.toml": ('baseurl = "https://plund.example.org/"\ntitle = "Petra Lund"\n\n[params]\n'
                        '  name = "Petra Lund"\n  role = "Professor"\n'),
        "content/home/about.md": '+++\nwidget = "about"\nactive = true\n+++\n\nI study tide pools.\n',
        "content/home/contact.md": ('+++\nwidget = "contact"\nactive = false\n'
                                    "subtitle = \"<a href='mailto:plund@tide.example.org'>mail</a>\"\n+++\n"),
    })
    assert import_path(site).profile.person.email is None
