"""Site shapes met in batch 41b, in synthetic form: a Chirpy site (the owner named in ``social:``, profiles under
``github: username:`` blocks, papers in a BibTeX file with buttons of the site's own fields), a Jekyll site whose
owner is a key of ``_data/authors.yml`` and an ``owner:`` block, its journals written as records of their own."""

from __future__ import annotations

from kg.importers.bibtex import read_bibtex
from kg.importers.common import profile_setting_url
from tests.importers.sitefiles import imported_site

_CHIRPY_CONFIG = """theme: jekyll-theme-chirpy
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

_CHIRPY_HOME = """---
layout: page
---
I am a **research scientist** at **Lakeside University**, working on graph algorithms.

# Papers

{% bibliography %}
"""

_BIB = """@article{vale2021walks,
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
    profile = imported_site(tmp_path / "site", {"_config.yml": _CHIRPY_CONFIG, "index.md": _CHIRPY_HOME,
                                                "_bibliography/papers.bib": _BIB})
    assert profile.person.name == "Nora Vale"
    assert profile.person.email == "nora.vale@example.org"
    assert [p.title for p in profile.publications] == ["Random Walks on Sparse Graphs"]
    assert profile.publications[0].authors[0].is_self


def test_profiles_under_username_blocks_and_a_list_of_bare_addresses(tmp_path):
    # "github: username: nvale", "linkedin: username: in/nora-vale-lab/" (the profile's path written with its
    # "in/"), and "social: links:" a list of bare addresses: the blocks' names win over the footer's other spelling
    profile = imported_site(tmp_path / "site", {"_config.yml": _CHIRPY_CONFIG, "index.md": _CHIRPY_HOME,
                                                "_bibliography/papers.bib": _BIB})
    ids = profile.person.identifiers
    assert ids["github"] == "nvale"
    assert ids["linkedin"] == "nora-vale-lab"
    assert ids["orcid"] == "0000-0002-1825-0097"


def test_a_profile_setting_that_repeats_the_path_of_its_address():
    assert profile_setting_url("linkedin", "in/nora-vale/") == "https://www.linkedin.com/in/nora-vale"
    assert profile_setting_url("linkedin", "nora-vale") == "https://www.linkedin.com/in/nora-vale"


def test_bibtex_fulltext_and_link_fields_are_the_works_links():
    # a site's own button fields ("fulltext", "link"): links of the work, of the kind their address says
    pub = read_bibtex(_BIB, "Nora Vale").publications[0]
    assert pub.links == {"paper": "https://hal.example.org/hal-0001"}
    assert [(x.label, x.url) for x in pub.more_links] == [("link", "https://journal.example.org/articles/walks")]


_LAB_CONFIG = """title: Ridgeway Lab
url: //www.ridgeway.example
author: nv
owner:
  name: Nora Vale
  bio: "Nora Vale works on polymer films."
  github: nvale-lab
  twitter:
"""

_AUTHORS = """nv:
  name: "Nora Vale"
  email: "nora@ridgeway.example"
  twitter: "noravale"
"""

_JOURNAL = """- title: "Thin Films Under Shear"
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

_JOURNAL_SHORT_ONLY = """- title: "Droplets on Soft Walls"
  year: 2007
  author:
    - given: Nora
      family: Vale
  journal:
    abbreviation: Front. Soft Matter
"""

_PUBS_PAGE = """---
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


def _lab_site(tmp_path):
    return imported_site(tmp_path / "site", {
        "_config.yml": _LAB_CONFIG, "_data/authors.yml": _AUTHORS, "_data/journal.yml": _JOURNAL,
        "pages/publications.md": _PUBS_PAGE,
        "pages/about.md": "---\nlayout: page\ntitle: About\npermalink: /about/\n---\nThe lab studies polymer films.\n"})


def test_the_author_setting_is_a_key_of_the_authors_data_file(tmp_path):
    # "author: nv" names the record of _data/authors.yml, not a person called "nv"; the "owner:" block of the
    # same person adds what the record lacks (the GitHub name)
    person = _lab_site(tmp_path).person
    assert person.name == "Nora Vale"
    assert person.email == "nora@ridgeway.example"
    assert person.identifiers["twitter"] == "noravale"
    assert person.identifiers["github"] == "nvale-lab"


def test_a_journal_written_as_a_record_gives_its_short_name(tmp_path):
    # "journal: {fullname: ..., abbreviation: ...}": the short name the page shows, the full name beside it
    pubs = _lab_site(tmp_path).publications
    assert [(p.venue, p.venue_full) for p in pubs] == [("J. Polym. Surf.", "Journal of Polymer Surfaces"),
                                                       ("Soft Matter Lett.", "Soft Matter Letters")]


_ACADEMICPAGES_CONFIG = """title: Léa Morel
author:
  name: Léa Morel
  bio: Maîtresse de conférences
"""

_ABOUT = """---
permalink: /
title: "Accueil"
---
Je suis maîtresse de conférences en informatique.
"""


def _paper(title: str, venue: str, citation: str) -> str:
    year = citation.rstrip(".'")[-4:]
    return (f"---\ntitle: {title}\ncollection: publications\ndate: {year}-06-01\nvenue: {venue}\n"
            f"citation: {citation}\n---\n")


def _french_site(tmp_path):
    return imported_site(tmp_path / "site", {
        "_config.yml": _ACADEMICPAGES_CONFIG, "_pages/about.md": _ABOUT,
        "_publications/2015-06-01-a.md": _paper(
            '"{\\\'E}tude des graphes {\\`a} sommets interdits"', "'Université d'Arcy-sur-Loire'",
            "'Léa Morel, Paul Denis. \"\\'Etude des graphes \\`a sommets interdits\". Université d'Arcy-sur-Loire, 2015.'"),
        "_publications/2016-01-01-b.md": _paper(
            '"{Coloring Sparse Graphs}"', "'8\\`emes Journées T\\'el\\'ecom'",
            "'Paul Denis, Léa Morel. \"Coloring Sparse Graphs\". 8\\`emes Journées, 2016.'")})


def test_front_matter_quoted_as_a_person_reads_it_is_read(tmp_path):
    # a bare apostrophe inside single quotes, a LaTeX accent ("\\'E") inside double quotes: not YAML (Jekyll fails
    # on the file), read as written
    pubs = sorted(_french_site(tmp_path).publications, key=lambda p: p.year)
    assert [p.year for p in pubs] == [2015, 2016]
    assert pubs[0].venue == "Université d'Arcy-sur-Loire"


def test_record_values_written_in_latex_are_decoded(tmp_path):
    # academicpages' records made from a .bib file keep its LaTeX: accents, a title in protecting braces
    pubs = sorted(_french_site(tmp_path).publications, key=lambda p: p.year)
    assert [(p.title, p.venue) for p in pubs] == [
        ("Étude des graphes à sommets interdits", "Université d'Arcy-sur-Loire"),
        ("Coloring Sparse Graphs", "8èmes Journées Télécom")]
    assert [[a.name for a in p.authors] for p in pubs] == [["Léa Morel", "Paul Denis"], ["Paul Denis", "Léa Morel"]]


def test_the_pages_of_a_collection_jekyll_writes_out_are_pages(tmp_path):
    # Chirpy's "collections: tabs: output: true": _tabs/cv.md is served as a page, the owner's CV, where they
    # say where they studied
    config = _CHIRPY_CONFIG + "collections:\n  tabs:\n    output: true\n"
    cv = ("---\ntitle: CV\nlayout: page\n---\n\n- I did my PhD at Lakeside University, from 2018 to 2022.\n")
    profile = imported_site(tmp_path / "site", {"_config.yml": config, "index.md": _CHIRPY_HOME,
                                                "_bibliography/papers.bib": _BIB, "_tabs/cv.md": cv})
    assert [e.institution for e in profile.person.education] == ["Lakeside University"]


def test_the_about_page_a_folder_of_the_site_serves_at_about(tmp_path):
    # no about page by its usual names: "pages/about.md" with "permalink: /about/" is the site's about page
    about = ("---\npermalink: /about/\nlayout: page\ntitle: About\n---\n"
             "Nora Vale received her PhD in Physics from Hillcrest University in 2009.\n")
    profile = imported_site(tmp_path / "site", {
        "_config.yml": _LAB_CONFIG, "_data/authors.yml": _AUTHORS, "pages/about.md": about})
    assert [e.institution for e in profile.person.education] == ["Hillcrest University"]


def test_a_data_file_listed_only_under_a_heading_of_talks_holds_no_works(tmp_path):
    # the page of publications loops over two files; the one under "Presentations and Posters" lists talks,
    # whose records look like papers (title, authors, year)
    meeting = ("- title: Shear Banding in Thin Films\n  year: 2021\n  author:\n    - given: Nora\n      family: Vale\n"
               "- title: Brushes Revisited\n  year: 2019\n  author:\n    - given: Nora\n      family: Vale\n")
    page = _PUBS_PAGE.replace("</ol>\n", "</ol>\n<h2>Presentations and Posters</h2>\n<ol>\n"
                              "{% for talk in site.data.meeting %}<li>{{ talk.title }}</li>{% endfor %}\n</ol>\n")
    page = page.replace("<ol>\n{% for article", "<h2>Journal Articles</h2>\n<ol>\n{% for article", 1)
    profile = imported_site(tmp_path / "site", {
        "_config.yml": _LAB_CONFIG, "_data/authors.yml": _AUTHORS, "_data/journal.yml": _JOURNAL,
        "_data/meeting.yml": meeting, "pages/publications.md": page})
    assert sorted(p.title for p in profile.publications) == ["Brushes in Good Solvent", "Thin Films Under Shear"]


def test_a_degree_sentence_whose_dates_follow_the_place(tmp_path):
    # "I did my PhD at X, from October 2018 to 2022": the dates after the place are no part of its name
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    doc = SourceDoc(tmp_path / "cv.md", "# Nora Vale\n\n- I did my PhD at Lakeside University, from October 2018 to 2022.\n")
    person = parse_markdown_page(doc, ImportOptions(owner="Nora Vale")).person
    assert [(e.degree, e.institution) for e in person.education] == [("PhD", "Lakeside University")]


def test_a_profile_link_on_another_persons_name_in_a_short_line(tmp_path):
    # "* The Pine theme by [Ann Lee](https://github.com/alee)": a credit, not the owner's GitHub profile
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    text = ("# Nora Vale\n\nI am a physicist at Lakeside University.\n\n## Credits\n\n"
            "* The Pine theme by [Ann Lee](https://github.com/alee)\n")
    person = parse_markdown_page(SourceDoc(tmp_path / "about.md", text), ImportOptions(owner="Nora Vale")).person
    assert "github" not in person.identifiers
    # (the owner's own link on the same line is read: the credit's is left out, not every link of the list)
    own = text.replace("The Pine theme by [Ann Lee](https://github.com/alee)", "[GitHub](https://github.com/nvale)")
    person = parse_markdown_page(SourceDoc(tmp_path / "about.md", own), ImportOptions(owner="Nora Vale")).person
    assert person.identifiers.get("github") == "nvale"


def test_advisors_each_followed_by_their_lab_in_parentheses():
    # "under the supervision of A (LIGM) and B (LIX)": the lab after a name ends no list of advisors
    from kg.importers.page.person import advisors_in

    assert advisors_in("I was a PhD student under the supervision of Ada Brun (LIGM) and Paul Denis (LIX).") == [
        "Ada Brun", "Paul Denis"]


def test_the_owners_thesis_record_names_their_advisors(tmp_path):
    # a data file of theses, each naming its "advisor:" as a person record: the owner's advisors
    thesis = ("- title: Films Far From Equilibrium\n  year: 2009\n  source: Doctoral Dissertation\n"
              "  advisor:\n    - given: Ada\n      family: Brun\n      role: Advisor\n"
              "  author:\n    - given: Nora\n      family: Vale\n")
    page = _PUBS_PAGE.replace("site.data.journal", "site.data.thesis")
    profile = imported_site(tmp_path / "site", {
        "_config.yml": _LAB_CONFIG, "_data/authors.yml": _AUTHORS, "_data/thesis.yml": thesis,
        "pages/publications.md": page})
    assert [p.title for p in profile.publications] == ["Films Far From Equilibrium"]
    assert profile.person.advisors == ["Ada Brun"]


def test_a_journal_record_that_gives_only_its_short_name(tmp_path):
    # "journal: {abbreviation: Front. Soft Matter}": the venue, though the record writes no full name
    profile = imported_site(tmp_path / "site", {
        "_config.yml": _LAB_CONFIG, "_data/authors.yml": _AUTHORS, "_data/journal.yml": _JOURNAL_SHORT_ONLY,
        "pages/publications.md": _PUBS_PAGE})
    assert [(p.title, p.venue) for p in profile.publications] == [("Droplets on Soft Walls", "Front. Soft Matter")]


def test_bibliography_queries_under_a_heading_of_patents_show_no_works(tmp_path):
    # "# Patents" over "{% bibliography --query @*[group=patents] %}": those entries are patents, not papers
    home = _CHIRPY_HOME.replace("{% bibliography %}", "{% bibliography --query @*[group=paper] %}\n\n# Patents\n\n"
                                                      "{% bibliography --query @*[group=patents] %}")
    bib = _BIB.replace("  year={2021},", "  year={2021},\n  group={paper},") + (
        "@misc{vale2022patent,\n  title={Method for Sorting Graphs},\n  author={Vale, Nora},\n  year={2022},\n"
        "  group={patents}\n}\n")
    profile = imported_site(tmp_path / "site", {"_config.yml": _CHIRPY_CONFIG, "index.md": home,
                                                "_bibliography/papers.bib": bib})
    assert [p.title for p in profile.publications] == ["Random Walks on Sparse Graphs"]


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
