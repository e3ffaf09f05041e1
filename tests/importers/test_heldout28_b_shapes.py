"""Shapes of real homepages met in batch 28 (a Hugo PaperMod fork, a Hugo Blox lab site, al-folio and Quarto
sites), written in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc


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


def test_a_state_university_campus_stays_in_the_name_but_a_country_is_a_place():
    from kg.importers.page.parse import parse_markdown_page

    def aff(sentence: str):
        p = parse_markdown_page(SourceDoc(Path("about.md"), f"# Ivo Varga\n\n{sentence}\n"), ImportOptions())
        return [a.name for a in p.person.affiliations], p.person.location

    assert aff("I am a professor of economics at the University of Wisconsin, Madison.") == (
        ["University of Wisconsin, Madison"], None)
    assert aff("I am a lecturer in history at Victoria University of Wellington, New Zealand.") == (
        ["Victoria University of Wellington"], "New Zealand")


def test_profile_links_of_osf_and_youtube_are_identifiers():
    from kg.importers.common import identifier_from_url

    assert identifier_from_url("https://osf.io/k2m9x/") == ("osf", "k2m9x")
    assert identifier_from_url("https://www.youtube.com/@lena.dorn") == ("youtube", "@lena.dorn")
    assert identifier_from_url("https://osf.io/preprints/psyarxiv/abcde") is None  # a preprint, no profile
    assert identifier_from_url("https://www.youtube.com/watch?v=abc") is None  # a video


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


def test_a_venue_line_without_its_editors_and_doi():
    from kg.importers.common import parse_venue

    assert parse_venue("In *Handbook of Tone* (eds. A. Lee and B. Roe), 12-30").venue == "Handbook of Tone"
    v = parse_venue("*Journal of Quiet Sounds*, Advance online publication. doi:[10.1000/x1](10.1000/x1)")
    assert (v.venue, v.notes) == ("Journal of Quiet Sounds", ["Advance online publication"])
    assert parse_venue("*Speech Letters*, doi:[10.1000/x2](https://doi.org/10.1000/x2)").venue == "Speech Letters"


def test_a_quarto_people_page_of_html_cards_with_markdown_inside(tmp_path):
    # Pandoc (Quarto) reads the lines inside an HTML block as markdown: each card is a name, a role line, a link
    # line and a co-supervisor line; a member whose role is no student's is passed over
    from tests.importers.sitefiles import write_site

    def card(name: str, role: str, extra: str = "<i></i>") -> str:
        return (f'<div class="person">\n<img src="https://example.org/{name[:2]}.png" alt="x" style="width: 90px"/>  \n'
                f'<p style="text-align:center">\n<big style="font-weight: bold">{name}</big>  \n{role}  \n'
                f"[https://github.com/{name.split()[0].lower()}](https://github.com/{name.split()[0].lower()})  \n"
                f"{extra}\n</p>\n</div>\n\n")

    root = write_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  navbar:\n    left:\n      - href: index.qmd\n"
                       "        text: Home\n      - href: people.qmd\n        text: People\n",
        "index.qmd": "---\ntitle: \"Tomas Vik\"\n---\n\nI am an Associate Professor of Statistics at Lakeside University.\n",
        "people.qmd": ("---\ntitle: \"People\"\n---\n\n## Team\n\n<style>\n.person {\n  text-align: center;\n}\n</style>\n\n"
                       '<div class="team">\n' + card("Ana Ruiz", "Honours Student", "<i>Co-supervisor Jo Park</i>")
                       + card("Ben Oduya", "PhD Student") + card("Cai Lund", "Software Engineer")
                       + card("Dora Spek", "Research Assistant") + card("Eli Moss", "Masters of Data Science")
                       + "</div>\n"),
    })
    prof = _import(root)
    assert [(s.name, s.role) for s in prof.students] == [
        ("Ana Ruiz", "undergraduate"), ("Ben Oduya", "PhD student"), ("Eli Moss", "master student")]


def test_a_star_before_a_bibtex_family_name_is_a_mark():
    from kg.importers.bibtex import read_bibtex

    pubs = read_bibtex("@article{a, title={Tides}, author={*Lund, Cai and *Vik, Tomas and Park, Jo}, year={2020},"
                       " journal={J}}", "Tomas Vik").publications
    assert [(a.name, a.marks) for a in pubs[0].authors] == [
        ("Cai Lund", ["equal_contribution"]), ("Tomas Vik", ["equal_contribution"]), ("Jo Park", [])]


def test_an_al_folio_students_page_of_sample_cards_and_an_about_me_page(tmp_path):
    # the students page holds only the template's sample cards ("Student Name", "Research Area"); the "about me"
    # page beside the home page says where the owner studied
    from tests.importers.sitefiles import write_site

    sample = ('<div class="student-card">\n  <div class="student-name">{n}</div>\n'
              '  <div class="student-info">{r}</div>\n  <div class="student-info">{a}</div>\n'
              '  <div class="student-links"><a href="#">Website</a></div>\n</div>\n')
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Nora\nlast_name: Falk\ntitle: blank\n",
        "_pages/about.md": "---\nlayout: about\ntitle: about\npermalink: /\n---\n\nI am a professor of phonology.\n",
        "_pages/aboutme.md": ("---\nlayout: page\ntitle: about me\npermalink: /aboutme/\nnav: true\n---\n\nI studied "
                              "linguistics at the University of Iowa and UC Davis, and I grew up in Maine.\n"),
        "_pages/students.md": ("---\nlayout: page\ntitle: students\npermalink: /students/\nnav: true\n---\n\n"
                               '<div class="students">\n  <h2>PhD Students</h2>\n'
                               + sample.format(n="Student Name", r="PhD Candidate", a="Research Area")
                               + "  <h2>Former Students</h2>\n"
                               + sample.format(n="Former Student Name", r="PhD, Year", a="Current Position")
                               + "</div>\n"),
    })
    prof = _import(root)
    assert prof.students == []
    assert [e.institution for e in prof.person.education] == ["University of Iowa", "UC Davis"]
