"""The account of a site's files (issue 8: nothing is dropped in silence): every file of a site folder that could
hold content (pages, BibTeX, data files under a data folder) is read, or ignored with its reason (a ``not read``
note), or has its lines in ``unparsed``; a page no reader took that lists works is read for them, its works
filling in the site's list. Synthetic sites of each family, names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from tests.importers.sitefiles import imported_site, silent_files, write_site

PAPERS = """# Publications

1. Ilse Varga, Tomas Reu. Folding maps of the lower moor. *Journal of Moor Studies*, 2019.
2. Ilse Varga. Sediment clocks in shallow lakes. *Lake Letters*, 2021.
"""

STRAY_LIST = """# Selected writing

- Ilse Varga, Tomas Reu. Folding maps of the lower moor. *Journal of Moor Studies*, 2019. doi:10.5555/moor.2019.7
- Ilse Varga. A field guide to reed beds. *Wetland Notes*, 2016.
"""

NOISE = {
    "README.md": "# my site\n\nRun `make serve`.\n",
    "google0123456789abcdef.html": "google-site-verification: google0123456789abcdef.html\n",
    "notes.md~": "# Old notes\n\nSome text.\n",
    "node_modules/pkg/readme.md": "# a package\n",
    ".github/ISSUE_TEMPLATE/bug.md": "---\nname: Bug\n---\nDescribe the bug.\n",
    "drafts.md": "---\ntitle: Ideas\ndraft: true\n---\nA half-written idea.\n",
    "moved.html": '<html><head><meta http-equiv="refresh" content="0; url=/"></head></html>\n',
    "assets/js/lib/demo.html": "<html><body><p>Library demo page.</p></body></html>\n",
    "stray.md": "# Photos\n\nA walk along the lower moor in spring.\n",
    "robots.txt": "User-agent: *\n",
}

FAMILIES = {
    "jekyll": {
        "_config.yml": "title: Ilse Varga\nauthor:\n  name: Ilse Varga\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\ntitle: About\n---\nI am Ilse Varga, a limnologist at "
                           "the Reedwater Institute.\n",
        "_pages/publications.md": "---\nlayout: page\npermalink: /publications/\ntitle: Publications\n---\n"
                                  + PAPERS.split("\n", 1)[1],
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
        "_includes/head.html": "<head><title>{{ page.title }}</title></head>\n",
        "_posts/2020-01-05-hello.md": "---\ntitle: Hello\n---\nFirst post.\n",
        "_site/index.html": "<html><body><p>I am Ilse Varga.</p></body></html>\n",
        "_data/navigation.yml": "main:\n  - title: About\n    url: /\n",
    },
    "hugo": {
        "config.toml": 'baseURL = "https://varga.example.org/"\ntitle = "Ilse Varga"\ntheme = "plain"\n',
        "content/_index.md": "---\ntitle: Ilse Varga\n---\nI am Ilse Varga, a limnologist at the Reedwater "
                             "Institute.\n",
        "content/publications.md": "---\ntitle: Publications\n---\n" + PAPERS.split("\n", 1)[1],
        "content/post/_index.md": "---\ntitle: Posts\n---\n",
        "content/post/hello.md": "---\ntitle: Hello\n---\nFirst post.\n",
        "themes/plain/layouts/_default/single.html": "<main>{{ .Content }}</main>\n",
        "themes/plain/exampleSite/content/about.md": "# About the theme\n",
        "archetypes/default.md": "---\ntitle: \"{{ .Name }}\"\n---\n",
        "layouts/partials/footer.html": "<footer>{{ .Site.Title }}</footer>\n",
        "public/index.html": "<html><body><p>I am Ilse Varga.</p></body></html>\n",
        "data/menu.yaml": "- name: Home\n  url: /\n",
    },
    "html-site": {
        "index.html": "<html><head><title>Ilse Varga</title></head><body><h1>Ilse Varga</h1><p>Limnologist at the "
                      "Reedwater Institute.</p><a href='pubs.html'>Publications</a></body></html>\n",
        "pubs.html": "<html><body><h1>Publications</h1><ol><li>Ilse Varga, Tomas Reu. Folding maps of the lower "
                     "moor. <i>Journal of Moor Studies</i>, 2019.</li><li>Ilse Varga. Sediment clocks in shallow "
                     "lakes. <i>Lake Letters</i>, 2021.</li></ol></body></html>\n",
    },
    "quarto": {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Ilse Varga\n  navbar:\n    left:\n"
                       "      - href: index.qmd\n      - href: publications.qmd\n",
        "index.qmd": "---\ntitle: Ilse Varga\n---\nI am Ilse Varga, a limnologist at the Reedwater Institute.\n",
        "publications.qmd": "---\ntitle: Publications\n---\n" + PAPERS.split("\n", 1)[1],
        "_freeze/site_libs/x.html": "<html></html>\n",
    },
    "mkdocs": {
        "mkdocs.yml": "site_name: Ilse Varga\nnav:\n  - Home: index.md\n  - Publications: publications.md\n",
        "docs/index.md": "# Ilse Varga\n\nI am Ilse Varga, a limnologist at the Reedwater Institute.\n",
        "docs/publications.md": PAPERS,
        "overrides/partials/footer.html": "<footer>{{ config.site_name }}</footer>\n",
    },
    "jemdoc": {
        "index.jemdoc": "# jemdoc: menu{MENU}{index.html}\n= Ilse Varga\n\nLimnologist at the Reedwater "
                        "Institute.\n",
        "MENU": "Ilse Varga\n  Home [index.html]\n  Publications [pubs.html]\n",
        "pubs.jemdoc": "# jemdoc: menu{MENU}{pubs.html}\n= Publications\n\n- Ilse Varga, Tomas Reu. Folding maps "
                       "of the lower moor. /Journal of Moor Studies/, 2019.\n- Ilse Varga. Sediment clocks in "
                       "shallow lakes. /Lake Letters/, 2021.\n",
    },
    "org": {
        "index.org": "#+TITLE: Ilse Varga\n\nI am Ilse Varga, a limnologist at the Reedwater Institute.\n\n"
                     "[[file:publications.org][Publications]]\n",
        "publications.org": "#+TITLE: Publications\n\n- Ilse Varga, Tomas Reu. Folding maps of the lower moor. "
                            "/Journal of Moor Studies/, 2019.\n- Ilse Varga. Sediment clocks in shallow lakes. "
                            "/Lake Letters/, 2021.\n",
    },
    "static-site": {
        "package.json": '{"name": "varga-site", "dependencies": {"gatsby": "^5"}}\n',
        "gatsby-config.js": "module.exports = { siteMetadata: { title: 'Ilse Varga', author: 'Ilse Varga' } }\n",
        "src/data/publications.json": '[{"title": "Folding maps of the lower moor", "authors": ["Ilse Varga", '
                                      '"Tomas Reu"], "year": 2019, "venue": "Journal of Moor Studies"}, {"title": '
                                      '"Sediment clocks in shallow lakes", "authors": ["Ilse Varga"], "year": 2021, '
                                      '"venue": "Lake Letters"}]\n',
        "src/pages/index.md": "# Ilse Varga\n\nI am Ilse Varga, a limnologist at the Reedwater Institute.\n",
    },
}


def _import(root: Path) -> dict:
    return import_path(root).profile.model_dump(mode="json")


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_no_file_of_a_site_is_dropped_in_silence(tmp_path, family):
    """Each file that could hold content is named by the import: read, ignored with its reason, or reported."""
    root = write_site(tmp_path / family, {**FAMILIES[family], **NOISE})
    profile = _import(root)
    assert silent_files(root, profile) == []
    # the pages that are no pages of the site are ignored with their reason, not read
    notes = {u["file"]: u["text"] for u in profile["unparsed"] if u.get("section") == "skipped" and u.get("file")}
    assert notes.get("google0123456789abcdef.html", "").startswith("not read:")
    assert notes.get("moved.html") == "not read: a redirect to another page" or "moved.html" in notes
    assert notes.get("node_modules/") == "not read: 1 file(s): installed packages"


@pytest.mark.parametrize("family", ["jekyll", "hugo", "html-site", "quarto", "mkdocs"])
def test_a_page_no_reader_took_that_lists_works_fills_in_the_list(tmp_path, family):
    """A page no reader read and no rule ignored, that the page reader finds works in, is read for them: a work
    the site lists is filled in (its DOI), one it does not list is reported, not added."""
    root = write_site(tmp_path / family, {**FAMILIES[family], "writing-list.md": STRAY_LIST})
    profile = _import(root)
    titles = {p["title"]: p for p in profile["publications"]}
    assert "A field guide to reed beds" not in titles
    assert titles["Folding maps of the lower moor"]["doi"] == "10.5555/moor.2019.7"
    assert any(u["file"] == "writing-list.md" and "A field guide to reed beds" in u["text"]
               for u in profile["unparsed"])
    assert silent_files(root, profile) == []


def test_a_page_no_reader_took_is_the_list_when_no_other_file_lists_works(tmp_path):
    """A site whose readers find no list: the works of a page none of them took are the site's list."""
    files = {k: v for k, v in FAMILIES["jekyll"].items() if k != "_pages/publications.md"}
    root = write_site(tmp_path / "site", {**files, "writing-list.md": STRAY_LIST})
    titles = [p["title"] for p in _import(root)["publications"]]
    assert sorted(titles) == ["A field guide to reed beds", "Folding maps of the lower moor"]


def test_a_copy_of_a_read_page_at_its_address_is_not_read(tmp_path):
    """A second page with the address of the home page (``permalink: /``, an old version kept beside it) is a
    copy the generator does not serve: said not read, its fuller author lists do not replace the page's."""
    about = FAMILIES["jekyll"]["_pages/about.md"]
    copy = about.replace("limnologist", "hydrologist") + "\n## Papers\n\n- Ilse Varga, Tomas Reu, Ana Pell. Folding " \
                                                          "maps of the lower moor. *Journal of Moor Studies*, 2019.\n"
    root = write_site(tmp_path / "site", {**FAMILIES["jekyll"], "_pages/about-2.md": copy})
    profile = _import(root)
    notes = {u["file"]: u["text"] for u in profile["unparsed"] if u.get("section") == "skipped"}
    assert notes["_pages/about-2.md"] == "not read: a copy of _pages/about.md (the same address, /)"
    folding = next(p for p in profile["publications"] if p["title"] == "Folding maps of the lower moor")
    assert [a["name"] for a in folding["authors"]] == ["Ilse Varga", "Tomas Reu"]


def test_a_page_with_a_broken_front_matter_no_reader_took_does_not_stop_the_import(tmp_path):
    """A generator's page template (Hexo's ``scaffolds/``, ``{{ title }}`` in its front matter) or any unread page
    whose front matter is not valid YAML is accounted for; the site is still read."""
    broken = "---\ntitle: {{ title }}\ndate: {{ date }}\n---\n"
    root = write_site(tmp_path / "site", {**FAMILIES["jekyll"], "scaffolds/post.md": broken, "notes/idea.md": broken
                                          + "Some idea.\n"})
    profile = _import(root)
    assert len(profile["publications"]) == 2
    assert silent_files(root, profile) == []


def test_a_folder_of_data_too_large_for_a_sites_lists_is_named_a_data_set(tmp_path):
    # a data folder of three 3 MB JSON files (a tool's table, not the owner's lists): site_files leaves it unread,
    # and the account says so; before, each file was said to have been read by the records reader
    from kg.importers.site.files import ignore_reason

    (tmp_path / "data" / "atlas").mkdir(parents=True)
    for n in range(3):
        (tmp_path / "data" / "atlas" / f"t{n}.json").write_text('{"rows": "' + "x" * 3_000_000 + '"}')
    (tmp_path / "data" / "links.json").write_text('{"scholar": "https://scholar.example.org"}')
    folder, why = ignore_reason(tmp_path, "data/atlas/t1.json")
    assert folder == "data/atlas/" and why.startswith("a data set of 9.0 MB")
    assert ignore_reason(tmp_path, "data/links.json") is None


def test_an_undated_work_of_a_page_of_dated_works_no_reader_takes_is_kept(tmp_path):
    # a markdown page beside an HTML home, read only by the site's account of its files: its one undated work
    # ("Final report ...", no year) is a work of its list, not dropped in silence
    profile = imported_site(tmp_path / "site", {
        "index.html": "<!DOCTYPE html><html><head><title>Ida Fenn</title></head><body><h1>Ida Fenn</h1>"
                      "<p>Ida Fenn works on archives.</p></body></html>\n",
        "writing/list.md":
        "# Publications\n\n"
        "- Fenn, Ida; Roth, Paul: Final Report of the Working Group on Shared Records.\n"
        "- Lind, Clara; Fenn, Ida: Counting the Coins. Berlin: Vogel, 1999.\n"
        "- Fenn, Ida; Moss, Kai: Ordered Worlds of Filing. Hamburg: Kranz, 2006.\n",
    })
    titles = [p.title for p in profile.publications]
    assert titles == ["Final Report of the Working Group on Shared Records", "Counting the Coins",
                      "Ordered Worlds of Filing"]


def test_a_line_that_is_a_work_read_elsewhere_is_read_with_that_work():
    """A site lists its works again (a box of selected papers, a CV page, a by-topic list, a summary by short names):
    such a line is the work kg read, accounted with it; a news item naming the work, or a line naming none, stays."""
    from kg.importers.site.assemble import works_listed_again
    from kg.model import Publication, Unparsed

    works = [Publication(title="Reedline: Counting the Reed Beds of Northern Lakes from the Air", year=2021,
                         links={"paper": "https://doi.org/10.5555/reed.21"}),
             Publication(title="Sediment Clocks in Shallow Northern Lakes", year=2019, doi="10.5555/lake.19",
                         links={"code": "https://example.org/lab"}),
             Publication(title="Moorwatch: A Survey of Upland Bogs", year=2018, links={"code": "https://example.org/lab"})]
    lines = {
        "cv": Unparsed(line=3, file="cv.md", text='1. Varga, Ilse. "Sediment clocks in shallow northern lakes." 2019.'),
        "link": Unparsed(line=4, file="bio.md", text="* [Reedline](https://doi.org/10.5555/reed.21) - reeds seen from above"),
        "wrapped 1": Unparsed(line=7, file="cv.html", text='<span><a href="/x">Reedline: Counting'),
        "wrapped 2": Unparsed(line=8, file="cv.html", text="the Reed Beds of Northern Lakes from the Air</a></span>"),
        "abstract": Unparsed(line=12, file="cv.md", text="Sediment clocks in shallow northern lakes tell the age of "
                                                         "the mud we sampled."),
        "a record's": Unparsed(line=3, file="_data/talks.yml", text='title: "Sediment Clocks in Shallow Northern Lakes"'),
        "summary": Unparsed(line=5, file="pub.md", text="- **Wetlands**: Reedline (Lake Conf, 2021), Moorwatch (JMS, 2018)"),
        "news": Unparsed(line=2, file="index.md", text="2021-05: Sediment Clocks in Shallow Northern Lakes is out!"),
        "shared": Unparsed(line=6, file="bio.md", text="Code of the lab: [here](https://example.org/lab)"),
        "wrong year": Unparsed(line=7, file="pub.md", text="- **Bogs**: Moorwatch (JMS, 2020)"),
        "other": Unparsed(line=9, file="pub.md", text="- **Bogs**: Moorwatch (JMS, 2018), Fenlight (JMS, 2018)"),
        "another year": Unparsed(line=10, file="tools.md", text="| 2017 | reedcount | [DOI](https://doi.org/10.5555/reed.21) |"),
        "note": Unparsed(line=1, file="x.bib", section="skipped",
                         text="not listed by the site's pages: Sediment Clocks in Shallow Northern Lakes"),
    }
    kept = works_listed_again(list(lines.values()), works)
    assert [k for k, u in lines.items() if u in kept] == ["abstract", "a record's", "news", "shared", "wrong year", "other", "another year", "note"]


def test_a_line_that_only_links_to_the_owners_profiles_kg_took_is_read_with_them():
    """'Also on Google Scholar and ORCID' under a list of papers, a configuration's list of profile addresses: each
    link gives an identifier the owner has, read; a profile kg did not take, another person's, or a sentence around
    the link stays listed."""
    from kg.importers.site.assemble import owners_profile_lines
    from kg.model import Person, Unparsed

    owner = Person(name="Ines Holm", identifiers={"google_scholar": "AbC123xyzAAJ", "github": "inesholm"})
    lines = {
        "scholar": Unparsed(line=4, file="pubs.html",
                            text='<a href="https://scholar.google.com/citations?user=AbC123xyzAAJ">Scholar</a>,'),
        "github": Unparsed(line=9, file="_config.yml", text="  - https://github.com/InesHolm"),
        "not taken": Unparsed(line=5, file="pubs.html", text='<a href="https://sourceforge.net/u/iholm/">SF</a>'),
        "another's": Unparsed(line=6, file="pubs.html", text="- https://github.com/tomasreu"),
        "a repository": Unparsed(line=10, file="README.md", text="* [Tide tool](https://github.com/inesholm/tides/blob/main/t.py)"),
        "sentence": Unparsed(line=7, file="index.md",
                             text="My code lives on [GitHub](https://github.com/inesholm) and is free to use."),
        "a count": Unparsed(line=11, file="pubs.html",
                            text='<a href="https://scholar.google.com/citations?user=AbC123xyzAAJ">Citations</a>: 47'),
        "no link": Unparsed(line=8, file="pubs.html", text="Also on"),
    }
    kept = owners_profile_lines(list(lines.values()), owner)
    assert [k for k, u in lines.items() if u in kept] == ["not taken", "another's", "a repository", "sentence", "a count", "no link"]


def test_a_configuration_line_saying_a_particular_kg_holds_again_is_read_with_it():
    """A configuration's 'email : "ines@x"', 'location: ...', 'author : "Ines Holm"', 'bio: <an affiliation>' and a
    profile setting written twice, each saying what the owner's record holds (read from the about page or another
    key): read with it. An affiliation, an id or a name kg does not hold, or such a line inside a section of a
    page (another record's field), stays listed."""
    from kg.importers.site.assemble import owners_profile_lines
    from kg.model import Affiliation, Person, Unparsed

    owner = Person(name="Ines Holm", email="ines@tarn.example.edu", location="Room 4, Hall B",
                   affiliations=[Affiliation(name="Tarn University")], identifiers={"google_scholar": "AbC123xyzAAJ"})
    lines = {
        "email": Unparsed(line=3, file="_config.yml", text='email            : "ines@tarn.example.edu"'),
        "location": Unparsed(line=4, file="_config.yml", text='location         : "Room 4, Hall B"'),
        "name": Unparsed(line=5, file="_config.yml", text='author                   : "Ines Holm"'),
        "bio": Unparsed(line=6, file="_config.yml", text='bio: "Tarn University"'),
        "again": Unparsed(line=7, file="_config.yml", text="scholar_userid: AbC123xyzAAJ # your Scholar ID"),
        "another org": Unparsed(line=8, file="_config.yml", text='university       : "Fjord Business School"'),
        "an id not taken": Unparsed(line=9, file="_config.yml", text='scopus           : "57650000001"'),
        "another name": Unparsed(line=10, file="_config.yml", text="name: Tomas Reu"),
        "in a section": Unparsed(line=11, file="_data/people.yml", text="name: Ines Holm", section="students"),
    }
    kept = owners_profile_lines(list(lines.values()), owner)
    assert [k for k, u in lines.items() if u in kept] == ["another org", "an id not taken", "another name",
                                                          "in a section"]


def test_a_pages_line_saying_only_the_owners_particulars_kg_holds_is_read_with_them():
    """The head of a CV page (the owner's name in full, the job title, 'Email: ines at tarn.example.edu', the name
    and the email on one line) and a list's line 'Field Ecologist, Tarn University': each piece a particular the
    owner's record holds, read with it (before, a line with the email beside another piece stayed listed).
    A piece kg does not hold (another department, another address, the family name alone or with initials kg does
    not hold, a co-author beside the name), an institution named alone (a referee's, anyone's), a title in a list
    of other people or a record's field ('author: Ines Holm', in a data file or front matter) keeps its line
    listed."""
    from kg.importers.site.assemble import owners_profile_lines
    from kg.model import Affiliation, Person, Unparsed

    owner = Person(name="Ines M. Holm", job_title="Field ecologist", email="ines@tarn.example.edu",
                   affiliations=[Affiliation(name="Tarn University")])
    lines = {
        "name": Unparsed(line=9, file="cv/index.md", text="Dr. Ines Maria Holm", section="publications"),
        "title": Unparsed(line=10, file="cv/index.md", text="**Field Ecologist**", section="publications"),
        "email": Unparsed(line=12, file="cv/index.md", text="Email: ines at tarn.example.edu"),
        "both": Unparsed(line=31, file="index.qmd", text="- Field Ecologist, Tarn University"),
        "name and email": Unparsed(line=8, file="cv/index.md", text="Ines M. Holm | ines [at] tarn.example.edu"),
        "another's name and email": Unparsed(line=17, file="cv/index.md", text="Tomas Reu, ines@tarn.example.edu"),
        "department": Unparsed(line=11, file="cv/index.md", text="School of Mosses"),
        "a place alone": Unparsed(line=40, file="cv/index.md", text="Tarn University", section="referees"),
        "a member's title": Unparsed(line=52, file="people.md", text="Field Ecologist", section="lab members"),
        "another address": Unparsed(line=13, file="cv/index.md", text="Email: tomas at tarn.example.edu"),
        "family name": Unparsed(line=14, file="cv/index.md", text="Holm"),
        "initials": Unparsed(line=16, file="cv/index.md", text="- I. M. Holm"),
        "with a co-author": Unparsed(line=15, file="pubs.md", text="Ines M. Holm, Tomas Reu"),
        "a record's": Unparsed(line=3, file="_data/pubs.yml", text="Ines M. Holm"),
        "front matter": Unparsed(line=4, file="_posts/a.md", text="author: Ines Holm"),
    }
    kept = owners_profile_lines(list(lines.values()), owner)
    assert [k for k, u in lines.items() if u in kept] == [
        "another's name and email", "department", "a place alone", "a member's title", "another address",
        "family name", "initials", "with a co-author", "a record's",
        "front matter"]


@pytest.mark.parametrize("about", ["aboutme.md", "pages/about.html"])
def test_the_owners_about_page_no_reader_took_gives_their_particulars(tmp_path, about):
    """An about page no menu or reader of the site took ("aboutme.md" of a Jekyll theme, Pelican's
    "pages/about.html") holds no works, but says the owner's position, workplace, degrees and e-mail: those fill
    in the person, and the page is said to be read for them (not "not read")."""
    text = ("I am a PhD Candidate in the Department of Reed Ecology at Northfield University, where I study "
            "sediment clocks.\n\nEmail: ilse.varga@northfield.example.edu\n")
    if about.endswith(".html"):
        text = f"<html><body><h1>About</h1><p>{text}</p></body></html>\n"
    files = {"_config.yml": "title: Ilse Varga\nauthor:\n  name: Ilse Varga\n",
             "index.md": "---\nlayout: page\ntitle: Ilse Varga\n---\n" + PAPERS.split("\n", 1)[1],
             about: text}
    profile = _import(write_site(tmp_path / "site", files))
    person = profile["person"]
    assert person["job_title"] == "PhD Candidate"
    assert [a["name"] for a in person["affiliations"]] == ["Northfield University"]
    assert person["email"] == "ilse.varga@northfield.example.edu"
    notes = {u["file"]: u["text"] for u in profile["unparsed"] if u.get("section") == "skipped"}
    assert notes[about].startswith("read for the owner's particulars only")


def test_an_about_page_whose_only_list_of_works_a_sentence_announces_gives_works_and_particulars(tmp_path):
    """A Jekyll minima site whose about page (``about.markdown``) is the only page that lists works: under the bio,
    "Here is a list of my working papers and publications:" over bullets (no heading), each title in doubled
    apostrophes, the owner implied and coauthors after "with". Before, the page reader read the bullets as bio
    paragraphs and the site gave no works ("read for the owner's particulars only")."""
    files = {
        "_config.yml": "title: Ilse's Notebook\nauthor: Ilse Varga\ntheme: minima\n",
        "index.markdown": "---\nlayout: home\n---\n",
        "about.markdown": (
            "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\n"
            "I am a PhD candidate in economics at Northfield University. You can reach me at ilse.varga@northfield.example.edu.\n\n"
            "Here is a list of my working papers and publications:\n\n"
            "* ''Do Tides Set Rents?'' July, 2021. Working paper. Available at SSRN: [Link](https://ssrn.example.org/1)\n\n"
            "* ''Harbour Dues and Output'' Coastal Economics Review, March 2019 (with Omar Lind and Petra Holm) "
            "[Link](https://cer.example.org/2)\n"),
    }
    profile = _import(write_site(tmp_path / "site", files))
    pubs = {p["title"]: p for p in profile["publications"]}
    assert set(pubs) == {"Do Tides Set Rents?", "Harbour Dues and Output"}
    rents = pubs["Do Tides Set Rents?"]
    assert (rents["year"], rents["venue"]) == (2021, "Working paper. Available at SSRN")
    assert [a["name"] for a in rents["authors"]] == ["Ilse Varga"]
    dues = pubs["Harbour Dues and Output"]
    assert (dues["year"], dues["venue"]) == (2019, "Coastal Economics Review")
    assert [a["name"] for a in dues["authors"]] == ["Ilse Varga", "Omar Lind", "Petra Holm"]
    # the about page's particulars are read as well
    assert profile["person"]["job_title"] == "PhD candidate"
    assert [a["name"] for a in profile["person"]["affiliations"]] == ["Northfield University"]


@pytest.mark.parametrize("lead, works", [("Here is a list of my publications:", 2), ("I like the sea.", 0)])
def test_an_about_page_another_name_heads_gives_no_particulars_of_the_owners(tmp_path, lead, works):
    """A minima site whose about page is a coauthor's ("# Carl Moss", "I am a postdoctoral fellow at Northfield
    University"), with or without a list of works under a lead-in: the works naming the owner are the owner's, but
    what the page says of its person (workplace, bio) is not the owner's."""
    files = {
        "_config.yml": "title: Ilse Varga\nauthor: Ilse Varga\ntheme: minima\n",
        "index.markdown": "---\nlayout: home\n---\n\nIlse Varga studies coastal science.\n",
        "about.markdown": (
            "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\n# Carl Moss\n\n"
            "I am a postdoctoral fellow in oceanography at Northfield University, working with Ilse Varga.\n\n"
            f"{lead}\n\n* I. Varga, C. Moss. Tidal mixing in shallow estuaries. Journal of Tides 12, 2020.\n"
            "* I. Varga, C. Moss. Sand ripples. Journal of Tides 14, 2021.\n"),
    }
    profile = _import(write_site(tmp_path / "site", files))
    assert len(profile["publications"]) == works
    assert profile["person"]["name"] == "Ilse Varga"
    assert profile["person"]["affiliations"] == []
    assert "postdoctoral" not in (profile["person"]["description"] or "")


def test_the_owners_group_page_no_reader_took_gives_the_students(tmp_path):
    """A static site (Nikola, hand-written HTML) whose group page ("group.html", in the menu) lists the owner's
    students under "Postgraduate" and "Former": no reader of the site took the page (it has no works), so the site
    had no students. Its students are the site's when no other file lists any."""
    files = {
        "index.html": "<html><head><meta http-equiv=\"refresh\" content=\"0; url=about.html\"></head></html>\n",
        "about.html": ("<html><head><title>About | Nils Aberg</title></head><body><nav><a href=\"about.html\">About"
                       "</a> <a href=\"publications.html\">Publications</a> <a href=\"group.html\">Group</a></nav>"
                       "<h1>Nils Aberg</h1><p>I am a Professor of Applied Mathematics at the University of Lakeside."
                       "</p></body></html>\n"),
        "publications.html": ("<html><body><h1>Publications</h1>"
                              "<p>2. A. Roe, <strong>N. Aberg</strong>, \"Counting waves in a harbour.\" Journal of "
                              "Tides <strong>4</strong> (2021) 1-9.</p>"
                              "<p>1. <strong>N. Aberg</strong>, \"Sand ripples.\" Journal of Tides <strong>2</strong> "
                              "(2019) 5-7.</p></body></html>\n"),
        "group.html": ("<html><body><h1>Group</h1><p>I supervise, or have supervised, these researchers.</p>"
                       "<h2>Postgraduate</h2><ul><li><p>Ida Lund, working on wave models.</p></li>"
                       "<li><p>Omar Berg, working on tides. Main supervisor Ann Roe.</p></li></ul>"
                       "<h2>Former</h2><ul><li><p>Petra Holm, PhD 2019. Destination: a lectureship.</p></li></ul>"
                       "</body></html>\n"),
    }
    profile = _import(write_site(tmp_path / "site", files))
    assert [s["name"] for s in profile["students"]] == ["Ida Lund", "Omar Berg", "Petra Holm"]
    assert len(profile["publications"]) == 2


def test_a_degree_the_about_page_tells_again_is_one_degree():
    """"MA, The University of Chicago, 2014" in one file and "a Master of Arts ... from the University of Chicago" in
    the about page's bio: one degree (the level "MA"/"Master" alike, the school with or without "The")."""
    from kg.importers.site.assemble import merge_person
    from kg.model import Education, Person

    base = Person(name="Ilse Varga", education=[Education(degree="MA", institution="The University of Chicago",
                                                          year=2014)])
    merge_person(base, Person(name="Ilse Varga", education=[Education(degree="Master",
                                                                      institution="University of Chicago")]))
    assert [(e.degree, e.institution, e.year) for e in base.education] == [("MA", "The University of Chicago", 2014)]
    merge_person(base, Person(name="Ilse Varga", education=[Education(degree="PhD", institution="University of Chicago")]))
    assert [e.degree for e in base.education] == ["MA", "PhD"]
    # the year one telling gives and the other does not is the degree's
    bio = Person(name="Ilse Varga", education=[Education(degree="master", field="tides", institution="Lowmoor Institute")])
    merge_person(bio, Person(name="Ilse Varga", education=[Education(degree="M.S.", field="Tides and Waves",
                                                                     institution="Lowmoor Institute", year=2017)]))
    assert [(e.degree, e.field, e.year) for e in bio.education] == [("master", "tides", 2017)]


def test_a_themes_untouched_sample_about_page_gives_nothing(tmp_path):
    """al-folio's demo about page left beside the owner's ("Write your biography here. Tell the world about
    yourself."): a theme's starter page, said not read, nothing of it in the person."""
    files = {"_config.yml": "title: Ilse Varga\nauthor:\n  name: Ilse Varga\n",
             "index.md": "---\nlayout: page\ntitle: Ilse Varga\n---\n" + PAPERS.split("\n", 1)[1],
             "_pages/about_demo.md": "Write your biography here. Tell the world about yourself. Link to your "
                                     "favorite subreddit.\n\nI am a Lecturer at the Institute of Sample Text.\n"}
    profile = _import(write_site(tmp_path / "site", files))
    assert profile["person"]["job_title"] is None and profile["person"]["description"] is None
    notes = {u["file"]: u["text"] for u in profile["unparsed"] if u.get("section") == "skipped"}
    assert notes["_pages/about_demo.md"] == "not read: a theme's starter page, left as generated"


def test_a_cv_page_the_menu_leaves_out_gives_the_owner_its_degrees(tmp_path):
    """A jekyll-now site whose menu links its research and about pages, not "CV.md" (title "Vita", each entry a
    heading: years, a tab, the place, then the degree): no reader takes the CV page for its owner's particulars,
    and its degrees are the owner's (as a family reader takes a CV's). Before, the page was read for its works
    only: no degree."""
    root = write_site(tmp_path / "site", {
        "_config.yml": "name: Notes on stones\ndescription: Ilse Varga\n",
        "_layouts/default.html": '<html><body><header><a href="{{ site.baseurl }}/">{{ site.name }}</a>\n<nav>'
                                 '<a href="{{ site.baseurl }}/research">Research</a>\n'
                                 '<a href="{{ site.baseurl }}/about">About</a></nav></header>{{ content }}</body></html>\n',
        "index.html": "---\nlayout: default\n---\n\n<div class=\"posts\">{% for post in site.posts %}"
                      "<h1>{{ post.title }}</h1>{% endfor %}</div>\n",
        "research.md": "---\nlayout: page\ntitle: Research\npermalink: /research/\n---\n\nMy work is on bridges.\n",
        "about.md": "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\nI am Ilse Varga, a historian and "
                    "a fellow at the University of Wendorf, where I study medieval stone bridges and their builders.\n",
        "CV.md": "---\nlayout: page\ntitle: Vita\n---\n\n### LIFE IN ACADEMIA\n---\n\n"
                 "##### 2020 (March-)\t\tPostdoctoral Researcher, University of Lune\nBridges in old charters.\n\n"
                 "##### 2015-2018\t\tPhD Program, Free University of Tarn, Topoi\nA thesis on Roman roads.\n\n"
                 "##### 2011-2013\tHill University, Master in Regional Studies (1.3)\nLaw, culture and history.\n",
    })
    assert [(e.degree, e.institution, e.year) for e in import_path(root).profile.person.education] == [
        ("PhD", "Free University of Tarn", 2018), ("Master", "Hill University", 2013)]


def test_a_page_beside_its_english_twin_read_first_is_neither_read_again_nor_reread_for_works(tmp_path):
    # "publications.en.md" and "publications.md" (the site's other language): the English page is read, first in
    # name order; the page of no language code is its twin, not a second list nor a page re-read for its works
    root = write_site(tmp_path / "s", {
        "_config.yml": "title: Ida Lind\nauthor:\n  name: Ida Lind\n",
        "index.md": "---\nlayout: home\ntitle: Ida Lind\n---\n\nIda Lind lectures at the University of Nordhafen.\n",
        "publications.en.md": "---\ntitle: Publications\n---\n\n## Publications\n\n"
                              "- Lind, I. (2019). Knots and braids. *Nordic Topology*, 4.\n"
                              "- Lind, I. (2021). Loop spaces. *Nordic Topology*, 6.\n",
        "publications.md": "---\ntitle: Publications\n---\n\n## Publications\n\n"
                           "- Lind, I. (2019). Nœuds et tresses. *Topologie Nordique*, 4.\n"
                           "- Lind, I. (2021). Espaces de lacets. *Topologie Nordique*, 6.\n",
    })
    profile = _import(root)
    assert [p["title"] for p in profile["publications"]] == ["Knots and braids", "Loop spaces"]
    assert [u["text"] for u in profile["unparsed"] if u.get("file") == "publications.md"] == [
        "not read: publications.en.md in another language, read in that one"]
