"""Whose site it is: the owner against a lab's, a site's or a group's name, and one name in two spellings.

Small synthetic sites in the shapes real lab and personal sites take (names and pages invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import import_path
from kg.importers.common import fold, own_spelling, role_only, same_name
from kg.importers.site.owner import group_name, site_head, site_owner, top_author
from kg.model import Author, Person, Profile, Publication

from .sitefiles import imported_site, sveltekit_site, write_site


def test_names_compare_across_letters_an_ascii_spelling_leaves_out():
    # the page writes the owner's letters, a configuration or a byline their plain ASCII form
    assert fold("Deniz Yılmazoğlu") == fold("Deniz Yilmazoglu") == "deniz yilmazoglu"
    assert same_name("Søren Dahl", "Soren Dahl") and same_name("Łucja Wąs", "Lucja Was")
    assert same_name("Greta Weiß", "G. Weiss") and same_name("Yilmazoglu, D.", "Deniz Yılmazoğlu")
    assert fold("王云鹤") == "王云鹤"  # other scripts are not transliterated


def test_a_given_name_written_apart_or_run_together_is_one_name():
    assert same_name("Min Jun Park", "Minjun Park") and same_name("Min-Jun Park", "Minjun Park")
    assert not same_name("Min Jun Park", "Minseo Park") and not same_name("M. J. Park", "Minseo Park")


def test_initials_against_one_given_word_are_another_persons():
    # ("J.J. Yu" for Junjie Yu would need the syllables of a Chinese given name told apart from a Western one:
    # "L.D. Smith" is no Linda Smith, "A.N. Smith" no Anna Smith)
    assert not same_name("L.D. Smith", "Linda Smith") and not same_name("A.N. Smith", "Anna Smith")
    assert not same_name("J.L. Yu", "Julian Yu") and not same_name("M.R.A. Cruz", "Maria Cruz")


def test_the_spelling_in_the_names_own_letters_wins():
    assert own_spelling("Deniz Yilmazoglu", "Deniz Yılmazoğlu") == "Deniz Yılmazoğlu"
    assert own_spelling("Deniz Yılmazoğlu", "Deniz Yilmazoglu") == "Deniz Yılmazoğlu"
    assert own_spelling("Deniz Yilmazoglu", "Deniz Yilmaz") == "Deniz Yilmazoglu"  # another name: kept


def test_a_role_label_and_a_lab_name_are_no_persons():
    assert role_only("Principal Investigator:") and role_only("Lab Director") and not role_only("Dean Ashby")
    assert group_name("Tidal Widget Laboratory") and group_name("Publications") and not group_name("Ana Ruiz")


def test_the_head_of_a_lab_is_the_person_its_pages_name_with_a_head_role():
    card = ("<h3>Dr. Ana Ruiz</h3><div>Professor &middot; Principal Investigator</div>"
            "<h3>Bo Lind</h3><div>PhD student</div>")
    assert site_head([card]) == "Ana Ruiz"
    assert site_head(["<h2>Principal Investigator</h2><p>Ana Ruiz, PhD</p><p>Ana leads the group.</p>"]) == "Ana Ruiz"
    # two heads (co-directors), or none: the pages do not say whose site it is
    assert site_head([card + "<h3>Cy Moss</h3><div>Associate Professor, Co-Director</div>"]) is None
    assert site_head(["<h3>Bo Lind</h3><div>PhD student</div>", "<p>National Widget University</p><p>Director</p>"]) \
        is None


def test_a_labs_name_among_the_authors_owns_no_site():
    # a page read with the lab's name for its owner writes that name as the author of papers it reads no authors of
    read = [Profile(person=Person(name="Tidal Widget Lab"), publications=[
        Publication(title=f"Paper {k}", authors=[Author(name="Tidal Widget Lab", is_self=True)]) for k in range(4)])]
    assert site_owner(read) is None


_LAB = {
    "index.html": "<html><head><title>Tidal Widget Lab | Northfield University</title></head><body>"
                  "<header><h1>Tidal Widget Lab</h1></header>"
                  "<nav><a href='people.html'>People</a> <a href='publications.html'>Publications</a></nav>"
                  "<p>We build widgets that float.</p></body></html>\n",
    "people.html": "<html><head><title>People | Tidal Widget Lab</title></head><body><h1>People</h1>"
                   "<article><h3>Minjun Park</h3><div>Professor &middot; Principal Investigator</div></article>"
                   "<article><h3>Lia Sorensen</h3><div>Ph.D. Student</div></article></body></html>\n",
    "publications.html": "<html><head><title>Publications | Tidal Widget Lab</title></head><body><h1>Publications</h1>"
                         "<ol><li>Lia Sorensen, <strong>Min Jun Park</strong>. Floating widgets at scale. "
                         "<i>Journal of Widgets</i> 12, 3 (2023).</li>"
                         "<li><strong>M. J. Park</strong>, Oren Tal. Tidal loads on small widgets. "
                         "<i>Widget Letters</i> 4, 1 (2019).</li>"
                         "<li>Oren Tal, <strong>Min-Jun Park</strong>. A widget that sinks. "
                         "<i>Journal of Widgets</i> 9, 2 (2021).</li></ol></body></html>\n",
}


def test_a_lab_site_is_its_heads_and_hands_no_lab_name_to_its_pages(tmp_path):
    # the home page is headed by the lab's name: the owner is the head the people page names (in its spelling), the
    # author on the papers; the lab's name is never handed to the other pages as their owner
    p = import_path(write_site(tmp_path, _LAB)).profile
    assert p.person.name == "Minjun Park"
    assert [[a.name for a in pub.authors] for pub in p.publications] == [
        ["Lia Sorensen", "Min Jun Park"], ["M. J. Park", "Oren Tal"], ["Oren Tal", "Min-Jun Park"]]
    assert [next(k for k, a in enumerate(pub.authors) if a.is_self) for pub in p.publications] == [1, 0, 1]


def test_a_role_heading_above_the_heads_card_is_no_name(tmp_path):
    # a one-page lab site: "Principal Investigator:" heads the card of the person it names
    site = {"index.html": "<html><head><title>Orbit Group</title></head><body>"
                          "<h1>We study orbits with small telescopes.</h1><h1>Team</h1>"
                          "<h2>Principal Investigator:</h2><div><p>Tomas Ekdahl (2019-)<br>"
                          "Associate Professor of Astronomy</p></div>"
                          "<h2>Current Members:</h2><div><p>Ruth Abara<br>PhD student</p></div></body></html>\n"}
    assert import_path(write_site(tmp_path, site)).profile.person.name == "Tomas Ekdahl"


def test_a_configurations_ascii_name_gives_way_to_the_pages_own_spelling(tmp_path):
    site = {"config.toml": 'baseURL = "https://example.org/"\ntitle = "Deniz Yilmazoglu"\n'
                           '[params]\n  author = "Deniz Yilmazoglu"\n',
            "content/_index.md": "---\ntitle: Deniz Yılmazoğlu\n---\n\nI study labour markets.\n\n## Papers\n\n"
                                 "- Ada Kim, Deniz Yılmazoğlu. Wages and rain. *Journal of Labour*, 2021.\n"}
    p = import_path(write_site(tmp_path, site)).profile
    assert p.person.name == "Deniz Yılmazoğlu"
    assert [a.is_self for a in p.publications[0].authors] == [False, True]


_LAB_PEOPLE = """<!doctype html><html><head><title>People | Okafor Lab</title></head><body>
<h1>People</h1>
<div id="a"><p><u>Principle Investigator</u></p><br><strong>Ben Okafor </strong>
<p><img src="ben.png"><br><a href="mailto:bao3@example.edu">bao3(at)example(dot)edu</a></p></div>
<div id="b"><p><u>PhD Students</u></p><br><strong>Ines Marlow</strong><p><img src="i.png"></p></div>
</body></html>
"""
_LAB_PAPERS = "".join(
    f"<p><strong>{t}.</strong><br><em>Plant Journal</em> ({y})<br>{who} &amp; Benedict A. Okafor</p>\n"
    for t, y, who in [("Roots that regrow after cutting", 2019, "Ada Vance, Rui Tam"),
                      ("Moss cells sorted by light", 2017, "Lise Ohm"),
                      ("A map of stem cells in the root tip", 2015, "Rui Tam, Nils Berg")])


def test_a_lab_home_the_parser_puts_in_its_head_is_read_and_the_people_pages_short_name_is_the_owners(tmp_path):
    # a script and meta tags before the doctype (and a misspelt <htmll>) put the whole page in the parser's
    # <head>: a page with text all the same; the head is "Ben Okafor" on the people page under a misspelt
    # "Principle Investigator", "Benedict A. Okafor" on the papers
    home = ("<script>var x = 1;</script>\n<meta name=\"description\" content=\"the Okafor Lab\">\n"
            "<!doctype htmll><htmll><head><title>Home | Okafor Lab</title></head>\n<body><div>"
            "<h1>HOME</h1><p><u>Root regeneration</u></p><p>We study how plant roots regrow their tips after "
            "they are cut, with live imaging and single-cell sequencing of the regrowing tissue.</p>"
            "<a href=\"people.html\">people</a> <a href=\"publications.html\">publications</a></div></body></htmll>")
    site = write_site(tmp_path / "lab", {"index.html": home, "people.html": _LAB_PEOPLE,
                       "publications.html": f"<html><head><title>Publications | Okafor Lab</title></head><body>"
                                            f"<h1>Publications</h1>{_LAB_PAPERS}</body></html>"})
    result = import_path(site)
    person = result.profile.person
    assert person.name == "Ben Okafor" and "Benedict A. Okafor" in person.alternate_names
    assert "index.html" in {p.file for p in result.profile.source.parts}
    assert all(any(a.is_self for a in p.authors) for p in result.profile.publications)
    assert [s.name for s in result.profile.students] == ["Ines Marlow"]


def test_a_name_followed_by_its_form_in_another_script():
    from kg.importers.site.owner import display_name

    assert display_name("Rupa Sen (রূপা সেন)") == ("Rupa Sen", ["রূপা সেন"])


def test_a_config_name_in_two_scripts_on_two_lines_is_the_owners_names(tmp_path):
    # "name: Tao Lin<br>林涛" (the sidebar shows the two on two lines): the owner's name and the Chinese one,
    # and the papers that write the owner "T. Lin" at the end of a list are theirs
    root = write_site(tmp_path / "site", {
        "_config.yml": 'title: Tao Lin\nauthor:\n  name: "Tao Lin<br>林涛"\n',
        "_pages/about.md": ("---\npermalink: /\n---\n\n## Publications\n\n"
                            "- Q. Ma, H. Wu, T. Lin, Drying of river clay in a warm wind, Clay Science Letters, 2021.\n"),
    })
    profile = import_path(root).profile
    assert (profile.person.name, profile.person.alternate_names[:1]) == ("Tao Lin", ["林涛"])
    assert [a.name for a in profile.publications[0].authors if a.is_self] == ["T. Lin"]


def test_alfolio_profile_name_written_in_full_is_another_name(tmp_path):
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Omar\nlast_name: Haddad\nurl: https://oh.example.org\n",
        "_pages/about.md": ("---\nlayout: about\ntitle: about\npermalink: /\nprofile:\n  name: Omar K. Haddad, PhD\n"
                            "  align: right\n---\n\nDr. Haddad studies tides.\n"),
    })
    person = import_path(root).profile.person
    assert (person.name, person.alternate_names) == ("Omar Haddad", ["Omar K. Haddad"])


def test_images_a_readme_uploads_do_not_name_a_github_account_as_the_owner(tmp_path):
    # a single-page app's repository whose README only says what the site is built with: three logos uploaded to
    # GitHub (github.com/user-attachments/assets/<id>). The upload path was read as the account most of the
    # README's links belong to, and 'user-attachments' became the owner; a README that names nobody is an error
    logos = "".join(f'  <img src="https://github.com/user-attachments/assets/{n}f3a9c2e-{n}b1d" height="100">\n'
                    for n in range(3))
    with pytest.raises(SourceError, match="no researcher name"):
        imported_site(tmp_path, {
            "README.md": '<h2 align="center"><a href="https://kira-selm.github.io">My personal website</a></h2>\n\n'
                         f'<p align="center"><b>Built with</b></p>\n<p align="center">\n{logos}</p>\n',
        })


def test_an_owner_the_records_write_family_name_first_is_named_given_name_first(tmp_path):
    # the records of an ADS export write every author "Family, Given": the owner found as the author on most of
    # them was "Okafor, Nnamdi" (the papers' authors themselves read "Nnamdi Okafor")
    import json

    papers = [{"title": f"Helium in the slow wind, part {n}", "year": 2018 + n, "journal": "Solar Letters",
               "authors": [coauthor, "Okafor, Nnamdi"]} for n, coauthor in enumerate(("Berg, Lise", "Vance, Ida",
                                                                                       "Sato, Ken"), 1)]
    p = imported_site(tmp_path, {
        "package.json": json.dumps({"dependencies": {"next": "14.0.0", "react": "18.0.0"}}),
        "next.config.ts": "const nextConfig = { output: 'export' };\nexport default nextConfig;\n",
        "public/data/papers.json": json.dumps(papers),
    })
    assert p.person.name == "Nnamdi Okafor"


def test_a_bib_file_a_page_draws_is_the_owners_list_when_it_writes_the_owner_with_a_middle_initial(tmp_path: Path):
    # the site's name is "Oddny Halvorsen", the file writes "Oddny K. Halvorsen" and "O. K. Halvorsen": the owner,
    # as the BibTeX reader marks them, is an author of every entry, so the file is the owner's list of works
    bib = "".join(f"@article{{{k},\n  title = {{{t}}},\n  author = {{{a} and Per Lund}},\n"
                  f"  journal = {{Journal of Fjords}},\n  year = {{2019}}\n}}\n\n"
                  for k, t, a in (("a", "Tides in a Narrow Fjord", "Oddny K. Halvorsen"),
                                  ("b", "Salt Layers Under Winter Ice", "O. K. Halvorsen")))
    pubs = imported_site(tmp_path / "site", {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Oddny Halvorsen"\n',
        "index.qmd": "---\ntitle: About\n---\n\nOddny Halvorsen studies the tides of narrow fjords.\n",
        "papers.qmd": '---\ntitle: Publications\nresources:\n  - "refs/mine.bib"\n  - "js/bib_list.js"\n---\n',
        "refs/mine.bib": bib}).publications
    assert sorted(p.title for p in pubs) == ["Salt Layers Under Winter Ice", "Tides in a Narrow Fjord"]


def test_the_full_form_of_a_double_family_name_is_found_with_its_hyphen():
    from kg.importers.site.owner import fullest_form

    assert fullest_form(["J. Roe-Lind"], ["<p>Jana Roe-Lind counts dunes.</p>"]) == "Jana Roe-Lind"


def test_a_conjunction_before_a_vancouver_name_is_no_given_name_of_its_full_form():
    # "Ito K, Oda M, and Quell A" on the papers, "Anya Quell" once on the people page: "and Quell" (the list's "and"
    # before the family name, matching the initial A) is no fuller form of "Quell A"
    from kg.importers.site.owner import fullest_form

    texts = ["authors: Ito K, Oda M, and Quell A", "authors: Oda M, Ito K, and Quell A", "- name: Anya Quell"]
    assert fullest_form(["Quell A"], texts, loose=True) == "Anya Quell"


def test_the_owners_name_with_a_second_family_name_after_it_is_the_owner(tmp_path):
    """A Hugo site titled 'Lina Sabet' whose papers write 'Lina Sabet Karimi': the whole name the page gives and a
    second family name after it (the way "E. Tirado-Bueno" adds one with a hyphen) is the owner. Before, the
    family names differed ('Sabet', 'Karimi') and no author was the owner."""
    p = imported_site(tmp_path, {
        "config/_default/config.yaml": "title: Lina Sabet\nbaseURL: https://lsabet.example.org/\n",
        "content/authors/admin/_index.md": "---\ntitle: Lina Sabet\nsuperuser: true\n---\n\nLina builds sensors.\n",
        "content/publication/grip/index.md": ("---\ntitle: Grip force from cheap sensors\ndate: 2021-09-02\nauthors:\n"
                                              "  - Omid Rahimi\n  - Lina Sabet Karimi\n"
                                              "publication: Sensor Letters\npublication_types: ['2']\n---\n")})
    (pub,) = p.publications
    assert [(a.name, a.is_self) for a in pub.authors] == [("Omid Rahimi", False), ("Lina Sabet Karimi", True)]


def test_the_owners_family_name_second_in_a_hyphenated_married_name_is_the_owner(tmp_path):
    """A hand-written page headed 'Ruth Amani Odera' whose papers write the married name after the birth name,
    'Ruth Kasozi-Odera', 'Ruth A. Kasozi-Odera': the owner (the second of the joined family names is the one the
    heading gives, the given name written in full agrees). A coauthor of that family with another given name stays a
    coauthor, and so does an initial alone ('R. Kasozi-Odera'): in a Spanish name the first family name is the main
    one, so 'A. Lopez-Tirado' on Ana Tirado's page is another person (test below)."""
    page = ("<html><head><title>Ruth Amani Odera</title></head><body>\n<h1>Ruth Amani Odera</h1>\n"
            "<p>Lecturer in Computer Networks at Lakeview University.</p>\n<h2>Publications</h2>\n<ul>\n"
            "<li>P. Mugisha and Ruth A. Kasozi-Odera, \u201cDelay in rural mesh links\u201d, Journal of Rural Networks, 2016.</li>\n"
            "<li>Ruth Kasozi-Odera and Tom Kasozi-Odera, \u201cSpectrum use in small towns\u201d, Proc. Wireless Days, 2014.</li>\n"
            "</ul>\n</body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    got = {pub.title: [(a.name, a.is_self) for a in pub.authors] for pub in p.publications}
    assert got == {"Delay in rural mesh links": [("P. Mugisha", False), ("Ruth A. Kasozi-Odera", True)],
                   "Spectrum use in small towns": [("Ruth Kasozi-Odera", True), ("Tom Kasozi-Odera", False)]}


def test_a_coauthor_whose_second_family_name_is_the_owners_is_not_the_owner(tmp_path):
    """Ana Tirado's page: 'A. Lopez-Tirado' writes with her (a Spanish double name, Lopez the main family name, so
    another person); the papers without 'A. Tirado' have no owner among their authors rather than the coauthor."""
    page = ("<html><head><title>Ana Tirado</title></head><body>\n<h1>Ana Tirado</h1>\n"
            "<p>Investigadora en hidrología en la Universidad de Granada.</p>\n<h2>Publicaciones</h2>\n<ul>\n"
            "<li>A. Tirado, A. Lopez-Tirado and M. Ruiz, \u201cFlujo en cuencas kársticas\u201d, Revista de Hidrología, 2021.</li>\n"
            "<li>A. Lopez-Tirado and P. Gomez, \u201cMapas de humedad del suelo\u201d, Teledetección, 2019.</li>\n"
            "</ul>\n</body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    got = {pub.title: [(a.name, a.is_self) for a in pub.authors] for pub in p.publications}
    assert got == {"Flujo en cuencas kársticas": [("A. Tirado", True), ("A. Lopez-Tirado", False), ("M. Ruiz", False)],
                   "Mapas de humedad del suelo": [("A. Lopez-Tirado", False), ("P. Gomez", False)]}


@pytest.mark.parametrize("files", [
    # an unfilled template: "Your Name" over "Assistant Professor", a sample paper by "Author One, Author Two"
    {"index.html": "<html><head><title>Your Name</title></head><body>\n<h1>Your Name</h1>\n<p>Assistant Professor, "
                   "Department of Something, Some University</p>\n<h2>Publications</h2>\n<ul><li>Author One, Author "
                   "Two. A paper title goes here. Journal Name, 2020.</li></ul>\n</body></html>\n"},
    # a create-react-app README: its section "Available Scripts"
    {"README.md": "# Getting Started with Create React App\n\nThis project was bootstrapped with Create React App.\n\n"
                  "## Available Scripts\n\nIn the project directory, you can run:\n\n### `npm start`\n\n"
                  "Runs the app in the development mode.\n"},
    # a lab's page whose first heading is a section's label
    {"index.html": "<html><head><title>Harbor Lab</title></head><body>\n<h2>Lab Highlights</h2>\n<p>Our lab studies "
                   "coastal robots. Two papers were accepted this spring.</p>\n<h2>News</h2>\n<ul><li>2024-05: Paper "
                   "accepted at CoRL.</li></ul>\n</body></html>\n"},
])
def test_a_template_name_or_a_section_label_is_no_owner(tmp_path, files):
    """"Your Name" (a template left unfilled, on its card and in its title), a README's "Available Scripts", a lab
    page's "Lab Highlights" were each taken as the owner's name (the template's sample byline "Author One, Author
    Two" too, read as "Author Two One"); none names anyone: the owner is unknown, and the import says so."""
    from kg.errors import SourceError
    from kg.importers import import_path

    with pytest.raises(SourceError, match="owner|no name|no researcher name"):
        import_path(write_site(tmp_path, files))


def test_a_site_names_its_owner_with_both_family_names_the_bio_gives(tmp_path):
    # the heading and the title say "Ana Ruiz"; the bio "Ana Ruiz-Soto (born 1990 in Lima) has been ...": the
    # owner is Ana Ruiz-Soto, Ana Ruiz another way to write her
    from kg.importers import import_path

    (tmp_path / "index.htm").write_text(
        "<html><head><title>Ana Ruiz | Oceanographer.</title></head><body><h1>Ana Ruiz</h1>\n<h2>About me</h2>\n"
        "<p>Ana Ruiz-Soto (born 1990 in Lima, Peru) has been employed as a PhD student at Instituto Nacional de "
        "Ciencias del Mar since 2023.</p>\n</body></html>\n")
    p = import_path(tmp_path).profile
    assert p.person.name == "Ana Ruiz-Soto" and p.person.alternate_names == ["Ana Ruiz"]


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


def test_a_profile_readme_whose_code_links_go_to_one_account_names_it(tmp_path):
    # no stats badge, but the papers' and tools' code links nearly all point to one account's repositories: the
    # profile's own GitHub account (a coauthor's repository now and then changes nothing)
    items = "".join(f"- [**tool{i}**] A tool. [\\[code\\]](https://github.com/Qu1lls/tool{i})\n" for i in range(5))
    body = ("### Biography\n\nI am Orla Penhaligon, a PhD student.\n\n### Open-source Software\n\n" + items
            + "- [**shared**] Another. [\\[code\\]](https://github.com/friend/shared)\n")
    (tmp_path / "README.md").write_text(body, encoding="utf-8")
    r = import_path(tmp_path)
    assert r.format == "github-readme" and r.profile.person.identifiers.get("github") == "Qu1lls"
    few = "### Biography\n\nI am Orla Penhaligon.\n\n- [x](https://github.com/Qu1lls/a) [y](https://github.com/Qu1lls/b)\n"
    (tmp_path / "README.md").write_text(few, encoding="utf-8")
    assert "github" not in import_path(tmp_path).profile.person.identifiers


_CHIRPY_CONFIG = (
    "title: Dr Oren Vale\n"
    "social:\n  name: Oren Vale\n  email: oren.vale@example.org\n"
    "collections:\n  tabs:\n    output: true\n    sort_by: order\n")


def test_a_site_title_writing_the_owners_name_with_a_middle_name_is_the_name_in_full(tmp_path):
    """'title: Dr Oren Lars Vale' beside Chirpy's 'social: name: Oren Vale': the site's title writes the owner's
    name in full (a middle name between the given and family names), the configured name is its short form.
    Before, only a longer form adding names after the configured ones was taken, so the name stayed 'Oren Vale'."""
    p = imported_site(tmp_path, {
        "_config.yml": _CHIRPY_CONFIG.replace("title: Dr Oren Vale", "title: Dr Oren Lars Vale"),
        "_tabs/about.md": "---\ntitle: About\norder: 1\n---\n\nI grow crystals at a small lab.\n"})
    assert (p.person.name, p.person.alternate_names) == ("Oren Lars Vale", ["Oren Vale"])


def test_a_lab_sites_configuration_naming_its_head_names_the_owner(tmp_path):
    """A lab's Hugo site titled for the lab, its head named in the configuration's ``[params]`` as ``pi``
    ("Prof. Ana Ruiz"), its pages front matter and a page of the lab's news: the head is the owner. Before: no
    owner found, the import failed (exit 2)."""
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "hugo.toml": 'baseURL = "https://tarnlab.example.org/"\ntitle = "Tarn Lab"\n\n[params]\n'
                     '  pi = "Prof. Ana Ruiz"\n  institution = "Tarn University"\n',
        "content/_index.md": '---\ntitle: "Tarn Lab"\n---\n',
        "content/contact.md": '---\ntitle: "Contact"\n---\n',
        "content/people.md": '---\ntitle: "People"\n---\n',
    })
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Ana Ruiz"


def test_a_jekyll_site_named_for_its_heads_lab_is_that_persons(tmp_path):
    # hunt47 (zhangtaolab): "name: Zhang Tao lab" in the configuration, the papers a page of the site lists (one
    # writes the name whole among its authors): the owner was the lab's name, "Zhang Tao lab"
    root = write_site(tmp_path / "site", {
        "_config.yml": "name: \"Lind Ada lab\"\ntitle: \"Lind Ada lab\"\n",
        "index.html": "---\nlayout: default\n---\n<h1>Lind Ada lab</h1>\n<p>We study moths.</p>\n",
        "publication.md": ("---\nlayout: article\ntitle: Publication\n---\n\n## 2021\n"
                           "* Roe K, Lind Ada, Poe J. Why lamps draw moths. ***Journal of Moths*** 2021, 3:1-9\n\n"
                           "* Lind A\\*, Roe K. Moths at dusk. ***Journal of Moths*** 2020, 2:4-8\n")})
    assert import_path(root).profile.person.name == "Lind Ada"


# --- top_author: the one "author on most works" rule (site_owner, records_owner, the page reader's owner)

def test_the_top_author_needs_the_share_of_the_works_asked_for():
    works = [["Ida Berg", "Tom Vik"], ["I. Berg"], ["Kai Holm"], ["Lea Moe"], ["Ola Dahl"], ["Per Rud"]]
    assert top_author(works, 0.5) is None  # on two of six: not half
    assert top_author(works, 0.25) == [["Ida Berg"], ["I. Berg"]]  # a quarter is enough: one name, two spellings
    assert top_author(works, 0.25, total=10) is None  # (a quarter of ten works, some of them without authors)


def test_the_top_author_is_on_two_works_at_least_unless_fewer_are_asked():
    assert top_author([["Ida Berg"]], 0.5) is None
    assert top_author([["Ida Berg"]], 0.5, fewest=1) == [["Ida Berg"]]


def test_two_authors_on_as_many_works_are_nobody_unless_a_tie_picks_one():
    works = [["Ida Berg", "Tom Vik"], ["Tom Vik", "Ida Berg"]]
    assert top_author(works, 0.5) is None
    assert top_author(works, 0.5, tie=lambda tied: tied[-1]) == [["Tom Vik"], ["Tom Vik"]]


def test_a_name_written_twice_on_one_work_counts_once():
    works = [["Ida Berg", "I. Berg", "Tom Vik"], ["Kai Holm"], ["Tom Vik"]]
    assert top_author(works, 0.5) == [["Tom Vik"], ["Tom Vik"]]
    assert top_author([["Ida Berg", "I. Berg"], ["I. Berg"]], 0.5) == [["Ida Berg", "I. Berg"], ["I. Berg"]]


def test_exact_names_go_together_only_written_alike():
    works = [["Ida Berg"], ["I. Berg"], ["I. Berg"]]
    assert top_author(works, 0.5) == [["Ida Berg"], ["I. Berg"], ["I. Berg"]]
    assert top_author(works, 0.5, exact=True) == [["I. Berg"], ["I. Berg"]]
    assert top_author(works, 0.7, exact=True) is None  # two of three


def test_the_author_set_in_bold_wins_over_a_coauthor_on_more_works():
    works = [[Author(name="Tom Vik"), Author(name="Ida Berg", is_self=True)],
             [Author(name="Tom Vik"), Author(name="Ida Berg", is_self=True)], [Author(name="Tom Vik")]]
    assert top_author(works, 0.5) == [["Tom Vik"]] * 3
    assert top_author(works, 0.5, by_mark=True) == [["Ida Berg"]] * 2


def test_a_site_titled_by_the_owners_name_in_the_possessive_is_theirs():
    # "title: Ivo Marsh's Log" over "author: name: Ivo Marsh": the blog's name says whose site it is; the owner is
    # Ivo Marsh, not "Ivo Marsh's Log" (which their own paper's author list then failed to match)
    from kg.importers.site.owner import person_title

    assert person_title("Ivo Marsh's Log") == "Ivo Marsh"
    assert person_title("Ivo Marsh’s Notes") == "Ivo Marsh"
    assert person_title("Ivo Marsh's Blog") == "Ivo Marsh"



def test_a_site_title_in_title_case_with_a_phrases_small_word_is_no_name():
    # "Playing With Maps" (a blog's name over a Quarto site) was read as the owner's name, and the site's owner
    # became it; a small word of a phrase is no word of a name (a particle is: "Ana de la Cruz", "Jan Van Der Berg")
    from kg.importers.site.owner import person_title

    assert person_title("Playing With Maps") is None and person_title("Fun For The Family") is None
    assert person_title("Ana de la Cruz") == "Ana de la Cruz" and person_title("Jan Van Der Berg") == "Jan Van Der Berg"


def test_a_site_title_naming_a_place_with_a_plural_article_is_no_owner():
    # "los"/"las" are particles of a name only after "de" in a name opening with a given name (name_particle): a
    # site titled "Universidad de los Andes" names a university, not its owner (before: the owner's name)
    from kg.importers.site.owner import person_title

    assert person_title("Universidad de los Andes") is None and person_title("Museo de las Artes") is None
    assert person_title("Daniela de los Santos") == "Daniela de los Santos"


@pytest.mark.parametrize("name, owner", [("Albert Einstein", None), ("Your Name", None), ("John Smith", "John Smith")])
def test_a_themes_demo_person_in_a_cv_data_file_names_no_owner(tmp_path, name, owner):
    # a whole-CV data file of a JavaScript framework's site names its owner ("meta: {name}"), but not when it is a
    # theme's demo person (al-folio's RenderCV "Albert Einstein") or a slot; "John Smith" may be someone's own name
    write_site(tmp_path, sveltekit_site({"src/data/cv.yaml": f"meta:\n  name: {name}\n  email: someone@tarn.edu\n"}))
    if owner is None:
        with pytest.raises(SourceError, match="no owner|no researcher name"):
            import_path(tmp_path)
    else:
        assert import_path(tmp_path).profile.person.name == owner


@pytest.mark.parametrize("files", [
    # a Jekyll Now site named for itself; an academicpages author block; a plain HTML home page; a Hugo site
    {"_config.yml": "name: Tidal Ledgers\ndescription: Notes\n", "index.html": "---\nlayout: default\n---\n",
     "about.md": "---\nlayout: page\ntitle: About\n---\n\nI map estuaries.\n"},
    {"_config.yml": "author:\n  name: W. Ostrander\n", "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\n"
     "I map estuaries at Saltmarsh University.\n"},
    {"index.html": "<html><head><title>Estuary notes</title></head><body><h1>W. Ostrander</h1>"
     "<p>I map estuaries at Saltmarsh University.</p></body></html>"},
    {"config.toml": 'title = "Tidal Ledgers"\n[params]\nauthor = "W. Ostrander"\n',
     "content/_index.md": "---\ntitle: Home\n---\n\nI map estuaries at Saltmarsh University.\n"},
])
def test_owner_given_names_the_researcher_whatever_the_site_calls_them(tmp_path, files):
    # --owner names the researcher ("kg import --help"): every family's profile takes it as person.name, the
    # site's own form of the same name kept as an alternate one. Before, the Jekyll path kept the configuration's
    # name ("Tidal Ledgers", "W. Ostrander") over the name given.
    from kg.importers import import_path

    p = import_path(write_site(tmp_path, files), owner="Wren Ostrander").profile.person
    assert p.name == "Wren Ostrander"
    assert "Tidal Ledgers" not in p.alternate_names


def test_a_name_after_words_in_lower_case_is_the_fullest_form():
    # smoke126: a lab site whose papers write the owner "Vancouver" style ("Tamm M") and whose home page names
    # the head only in "by Mira Tamm PhD" and a footer "Dev. by Mira Tamm": the words in lower case before the
    # name are the sentence's (before: "by Mira Tamm" was no name, and the owner stayed "Tamm M")
    from kg.importers.site.owner import fullest_form

    assert fullest_form(["Tamm M"], ["<h2>by Mira Tamm PhD</h2>"]) == "Mira Tamm"
    assert fullest_form(["Tamm M"], ["<p>site made by Mira Tamm.</p>"]) == "Mira Tamm"
    # (one word left after the lower-case ones is no fuller name: "and Frost" in "Lee HM and Frost A")
    assert fullest_form(["Frost A"], ["<p>Lee HM and Frost A. A title.</p>"]) == "Frost A"
