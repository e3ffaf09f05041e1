"""Readings of the owner's position, place and advisor found on real pages in round 30: synthetic pages, own words."""
from __future__ import annotations

from kg.importers import import_path
from kg.importers.common import read_position
from kg.importers.page.person import advisors_in, affiliation_from

from .sitefiles import academicpages_home, write_site


def test_a_place_abbreviation_ends_no_position_line():
    # "St." opens the town's name inside the institution's: the line goes on after it
    assert read_position("Research Fellow at Harbor University in St. Paul") == (
        "Research Fellow", "Harbor University in St. Paul")
    assert read_position("Lecturer at Harbor College. I like St. Paul") == ("Lecturer", "Harbor College")


def test_the_head_of_a_students_lab_is_the_advisor():
    assert advisors_in("I am a doctoral student at Lake University in St. Paul, where I study moths in the "
                        "lab of Dr. Jo Bellamy.") == ["Jo Bellamy"]
    assert advisors_in("I am a Ph.D. in Prof. Mira Oduya's group at Lake University.") == ["Mira Oduya"]
    # a professor's own lab, or a lab the page only mentions, names no advisor
    assert advisors_in("I am a professor in the lab of Jo Bellamy.") == []


def test_an_institute_then_the_university_that_holds_it():
    aff = affiliation_from("Harborview Data Institute, Lake University")
    assert (aff.name, aff.department) == ("Lake University", "Harborview Data Institute")


def test_alfolio_subtitle_position_over_the_bios_reading(tmp_path):
    # the line under the name says "Ph.D. Candidate at X in St. Y"; the bio says "graduate student" at the same
    # place, its advisor the head of the lab the owner works in
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Tam\nlast_name: Oyelaran\nurl: https://toyelaran.example.org\n",
        "_pages/about.md": (
            "---\nlayout: about\ntitle: about\npermalink: /\n"
            "subtitle: Ph.D. Candidate at Lakeside University in St. Paul\n---\n\n"
            "Welcome. I'm a graduate student in the Program of Ecology at Lakeside University in St. Paul, where I "
            "study the evolution of moth wings in the lab of [Dr. Ana Ferreira](https://lab.example.org/).\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Ph.D. Candidate"
    assert [a.name for a in person.affiliations] == ["Lakeside University in St. Paul"]
    assert person.affiliations[0].department == "Program of Ecology"
    assert person.advisors == ["Ana Ferreira"]
    assert person.location == "St. Paul"


def test_a_phd_in_a_professors_group(tmp_path):
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Lin Qiao\nauthor:\n  name: Lin Qiao\n",
        "index.md": ("---\ntitle: About\npermalink: /\n---\n\nI am a Ph.D. in [Prof. Mira Oduya](https://mo.example.org/)'s "
                     "group in the Department of Physics at Lakeside University in Duluth, Minnesota.\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Ph.D."
    assert [a.name for a in person.affiliations] == ["Lakeside University"]
    assert person.advisors == ["Mira Oduya"]


def test_a_students_role_left_behind_gives_way_to_the_bios_position(tmp_path):
    # the author page still says "Ph.D. Student"; the bio tells the doctorate was earned and the present job
    root = write_site(tmp_path / "site", {
        "config/_default/hugo.yaml": "title: Ravi Kulkarni\nbaseURL: 'https://rk.example.org/'\n",
        "content/authors/admin/_index.md": (
            "---\ntitle: Ravi Kulkarni\nrole: Ph.D. Student in Robotics\norganizations:\n"
            "  - name: Lakeside University\nsuperuser: true\n---\n\n"
            "I am a Senior Perception Engineer at [Northwind Robotics](https://nw.example.com/), where I build "
            "planners for mobile arms.\n\nPreviously, I earned my Ph.D. in Robotics from Lakeside University, "
            "advised by Dr. Ana Ferreira.\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Senior Perception Engineer"
    assert [(a.name, a.current) for a in person.affiliations] == [
        ("Northwind Robotics", True), ("Lakeside University", False)]


def test_a_students_role_stays_when_the_bio_tells_of_no_doctorate_earned(tmp_path):
    root = write_site(tmp_path / "site", {
        "config/_default/hugo.yaml": "title: Ravi Kulkarni\nbaseURL: 'https://rk.example.org/'\n",
        "content/authors/admin/_index.md": (
            "---\ntitle: Ravi Kulkarni\nrole: Ph.D. Student in Robotics\norganizations:\n"
            "  - name: Lakeside University\nsuperuser: true\n---\n\n"
            "I am a research intern at Northwind Robotics this summer.\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Ph.D. Student in Robotics"
    assert person.affiliations[0].name == "Lakeside University"


def test_a_hugo_paper_dated_only_by_its_publish_date(tmp_path):
    # no "date" key: Hugo dates the page by publishDate, which the theme shows as the paper's date
    root = write_site(tmp_path / "site", {
        "config/_default/hugo.yaml": "title: Ravi Kulkarni\nbaseURL: 'https://rk.example.org/'\n",
        "content/authors/admin/_index.md": "---\ntitle: Ravi Kulkarni\nrole: Lecturer\nsuperuser: true\n---\n",
        "content/publication/lips/index.md": (
            "+++\ntitle = \"Rounded vowels in two dialects\"\npublishDate = 2019-05-02T00:00:00\n"
            "authors = [\"Ravi Kulkarni\"]\npublication = \"Journal of Sounds\"\n+++\n"),
    })
    [pub] = import_path(root).profile.publications
    assert (pub.year, pub.date) == (2019, "2019-05-02")


_LAB_PAGE = """<html><head><title>Bell Lab</title></head><body>
<div id="logo">Bell Lab</div>
<div class="desc"><h2>Seeing catalysis at work</h2><p>We image oxide surfaces atom by atom to learn how they react,
with microscopes and simulations of many kinds, and we build new instruments for it.</p></div>
<div class="desc"><h2>Graduate student positions available</h2><p>One opening next fall.</p></div>
<div class="desc"><h2>Welcome Jo Park, first year graduate student!</h2></div>
<div class="desc"><h2>New article on Bell Lab research</h2>
<p>&hellip;<a href="https://news.example.edu/bell">on the university news website</a>.</p></div>
<div id="footer"><p><a href="https://chem.example.edu">Department of Chemistry</a>,
<a href="https://www.example.edu">Lakeside University</a></p><p>&copy; 2022 Ann Bell</p></div>
</body></html>
"""


def test_a_lab_sites_news_headlines_are_no_position_and_its_footer_names_the_place(tmp_path):
    root = write_site(tmp_path / "site", {"index.html": _LAB_PAGE})
    person = import_path(root, owner="Ann Bell").profile.person
    assert person.job_title is None
    assert [(a.name, a.department) for a in person.affiliations] == [("Lakeside University", "Department of Chemistry")]


def test_a_campus_named_by_its_town_stays_in_the_degrees_place():
    from kg.importers.page.person import education_from

    ed = education_from("M.Sc. in Physics, August 2019 - May 2021, Indian Institute of Technology, Ropar, India")
    assert ed.institution == "Indian Institute of Technology, Ropar"


def test_a_name_followed_by_its_form_in_another_script():
    from kg.importers.site.owner import display_name

    assert display_name("Rupa Sen (রূপা সেন)") == ("Rupa Sen", ["রূপা সেন"])


def _academicpages(about: str, records: dict[str, str]) -> dict[str, str]:
    files = {"_config.yml": "title: Rupa Sen\nauthor:\n  name: Rupa Sen\n  employer: Lake University\n",
             "_pages/about.md": "---\npermalink: /\ntitle: About\nauthor_profile: true\n---\n\n" + about}
    files.update({f"_publications/{k}.md": v for k, v in records.items()})
    return files


def test_a_dated_first_sentence_of_the_bio_is_the_position_and_no_paper(tmp_path):
    root = write_site(tmp_path / "site", _academicpages(
        "Since August 2021, I have been a PhD student at the Department of Physics, Lake University, Duluth, "
        "USA. I work under the supervision of\n[Prof. Omar Haddad](https://example.org/oh).\n\n"
        "My research is on the shadows of compact stars.\n", {
            "paper-1": ("---\ntitle: \"Shadows of compact stars\"\ncollection: publications\ndate: 2024-04-29\n"
                        "venue: 'Physics Letters B'\nauthors: 'Rupa Sen, Omar Haddad'\neprint: \"2308.01234\"\n---\n")}))
    profile = import_path(root).profile
    assert [p.title for p in profile.publications] == ["Shadows of compact stars"]
    assert profile.person.job_title == "PhD student"
    assert profile.publications[0].links["arxiv"] == "https://arxiv.org/abs/2308.01234"


def test_an_arxiv_datacite_doi_is_no_link_to_the_arxiv_page(tmp_path):
    root = write_site(tmp_path / "site", _academicpages("I study stars.\n", {
        "preprint-1": ("---\ntitle: \"Penrose process near regular holes\"\ncollection: publications\n"
                       "date: 2025-10-01\nvenue: 'arXiv'\nauthors: 'Rupa Sen'\neprint: \"2510.01234\"\n"
                       "doi: \"10.48550/arXiv.2510.01234\"\n---\n")}))
    [pub] = import_path(root).profile.publications
    assert pub.links["arxiv"] == "https://arxiv.org/abs/2510.01234"


_THESES_PAGE = """<html><head><title>Pablo Ortiz</title></head><body><h1>Pablo Ortiz</h1>
<h2>Journal Publications</h2>
<p><strong>Solar wind bursts seen from the ground</strong><br>P. Ortiz, M. Vela<br>Solar Physics (2023).</p>
<h2>Theses:</h2>
<p><strong>&bull; Master's Thesis (in Spanish).</strong><br>
"Variaciones de los rayos del sol en la tierra".<br>
Advisors: Marta Ines Vela, Joao Paulo Souza de Almeida<br>
Instituto Nacional de Ciencias del Sol, MX. 2019</p>
<p><strong>&bull; Bachelor's Thesis (in Spanish).</strong><br>
"Eventos del sol vistos desde un observatorio".<br>
Advisors: Luis Pardo Gil<br>
Universidad del Valle Alto, MX. 2016.</p>
</body></html>
"""


def test_a_thesis_entry_under_its_degree_label(tmp_path):
    # the bold line only names the degree; the place and year close the entry, the advisors sit between
    root = write_site(tmp_path / "site", {"index.html": _THESES_PAGE})
    profile = import_path(root, owner="Pablo Ortiz").profile
    theses = {p.title: p for p in profile.publications if p.venue_type == "thesis"}
    master = theses["Variaciones de los rayos del sol en la tierra"]
    assert (master.venue, master.year) == ("Master's Thesis, Instituto Nacional de Ciencias del Sol", 2019)
    assert theses["Eventos del sol vistos desde un observatorio"].year == 2016
    assert sorted(e.institution for e in profile.person.education) == [
        "Instituto Nacional de Ciencias del Sol", "Universidad del Valle Alto"]
    assert profile.person.advisors == ["Marta Ines Vela", "Joao Paulo Souza de Almeida", "Luis Pardo Gil"]


def test_a_preprint_line_then_where_it_was_accepted(tmp_path):
    # "<a>arXiv:ID</a>, 2026. Accepted by <i>ICML 2026</i>.": the venue it is to appear at, no description
    page = ("<html><head><title>Jo Hale</title></head><body><h1>Jo Hale</h1><h2>Publications</h2><ul>"
            "<li><p>Z. Yang, <b>J. Hale</b>, L. Liu. Folding proteins with mirrored vectors. "
            "<a href=\"https://arxiv.org/abs/2602.01234\">ArXiv:2602.01234</a>, 2026. Accepted by <i>ICML 2026</i>.</p></li>"
            "<li><p><b>J. Hale</b> and X. Liu. Neural operators for waves. <i>Journal of Waves</i>. 12, 2025.</p></li>"
            "</ul></body></html>")
    root = write_site(tmp_path / "site", {"index.html": page})
    pub = next(p for p in import_path(root, owner="Jo Hale").profile.publications if p.title.startswith("Folding"))
    assert (pub.venue, pub.year, pub.abstract) == ("ICML", 2026, None)


def test_an_award_closing_the_venue_line_gives_no_year():
    from kg.importers.common import parse_venue

    v = parse_venue("Journal of Quiet Wings, Special Issue on Noise, 2019, pp. 1-33. Most Cited Paper Award 2022")
    assert v.year == 2019


def test_a_degree_taken_at_two_places_each_with_its_country(tmp_path):
    root = write_site(tmp_path / "site", {
        **academicpages_home(
            "Lena Voss",
            "I study hedgerows.\n\n## A short CV\n\n"
            "* 2016 - 2020: PhD at the University of Kiel (DE)\n"
            "* 2014 - 2016: Master in Science at the University of Lund (SE) and Aarhus (DK)\n",
            titled=True),
    })
    places = [e.institution for e in import_path(root).profile.person.education]
    assert places == ["University of Kiel", "University of Lund", "Aarhus"]


def test_alfolio_profile_name_written_in_full_is_another_name(tmp_path):
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Omar\nlast_name: Haddad\nurl: https://oh.example.org\n",
        "_pages/about.md": ("---\nlayout: about\ntitle: about\npermalink: /\nprofile:\n  name: Omar K. Haddad, PhD\n"
                            "  align: right\n---\n\nDr. Haddad studies tides.\n"),
    })
    person = import_path(root).profile.person
    assert (person.name, person.alternate_names) == ("Omar Haddad", ["Omar K. Haddad"])


def test_a_title_line_closed_by_a_comma():
    from kg.importers.page.person import split_title_aff

    assert split_title_aff("Data researcher,") == ("Data researcher", None)


def test_a_degree_then_one_more_from_a_second_place(tmp_path):
    root = write_site(tmp_path / "site", {
        **academicpages_home(
            "Lena Voss",
            "I am a postdoc at Lake University. I have a master "
            "in physics from Harbor University, and one from University of Trento, both in optics.\n",
            titled=True),
    })
    places = [e.institution for e in import_path(root).profile.person.education]
    assert "University of Trento" in places and "Harbor University" in places


def test_position_patterns_built_from_one_set_of_pieces_match_as_written_out():
    """bio's first-person position patterns share their pieces ('I am', 'currently', a title of one to four words):
    each built from them is the pattern as it was written out in full, with the same matches."""
    import re

    from kg.importers.page import bio

    written = {
        "_HOLDS_POSITION": re.compile(r"\bI\s+(?:currently\s+|now\s+)?(?:hold|have held)\s+(?:a|an|the)\s+"
                                      r"(?P<title>[\w-]+(?:\s+[\w-]+){0,3}?)\s+position\b", re.I),
        "_PLACELESS_POSITION": re.compile(
            r"^(?:I am|I'm|I’m)\s+(?:currently\s+|now\s+)?an?\s+(?P<title>[\w-]+(?:\s+[\w-]+){0,3}?)\s+"
            r"(?:focus(?:s)?ed|working|interested|speciali[sz](?:ing|ed)|passionate)\b"),
    }
    lines = ["At Fenmark College, where I now hold a senior lecturer position since 2018.",
             "I'm a hydrology engineer focused on dams.", "I am currently an applied statistician working on maps.",
             "i have held the visiting chair position", "I’m a baker interested in bread.", "I am a person."]
    for name, pattern in written.items():
        built = getattr(bio, name)
        assert (built.pattern, built.flags) == (pattern.pattern, pattern.flags)
        assert [m and m.group("title") for m in map(built.search, lines)] == \
            [m and m.group("title") for m in map(pattern.search, lines)]


def test_intro_name_patterns_built_from_one_piece_are_as_written_out():
    """bio's self-introduction and bio-subject patterns share the name as a bio introduces it (_INTRO_NAME, its
    bracketed other form _OTHER_FORM, which the CJK introduction shares too): each is the pattern as written out."""
    import re

    from kg.importers.page import bio

    written = {
        "_SELF_INTRO": r"\b(?:I am|I'm|I’m|My name is|This is)\s+(?:Dr\.?\s+|Prof\.?\s+)?(?P<n>[A-Z][a-zA-Z'\-]+"
                       r"(?:\s+[A-Z][a-zA-Z'\-.]*){1,3})\s*(?:[(（](?P<alt>[^()（）]+)[)）])?\s*(?=[,.(!]|\s+and\b|$)",
        "_BIO_SUBJECT": r"^\s*(?:Dr\.?\s+|Prof\.?\s+)?(?P<n>[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-.]*){1,3})\s*"
                        r"(?:[(（](?P<alt>[^()（）]+)[)）])?\s*(?:,[^,]{0,80},\s*)?"
                        r"(?=(?:is|got|was|received|joined|works|obtained|earned|has|leads|serves|holds|currently)\b)",
    }
    for name, pattern in written.items():
        assert getattr(bio, name).pattern == pattern and getattr(bio, name).flags == re.compile(pattern).flags
    assert bio._SELF_INTRO.search("Hello! I'm Ada Lind (Ada Lind-Moss), a hydrologist.").group("n", "alt") == \
        ("Ada Lind", "Ada Lind-Moss")
    assert bio._BIO_SUBJECT.match("Dr. Bo Okafor is a lecturer.").group("n") == "Bo Okafor"


def test_an_engineering_or_research_masters_student_studies_at_the_place_named(tmp_path):
    # "an MEng (Research) student ... at X": the master's degree in progress is an education at X, as a PhD
    # student's is (the degree's kind in brackets between the degree and "student")
    for degree, kept in (("MEng (Research)", "MEng"), ("MPhil", "MPhil"), ("MRes", "MRes")):
        (tmp_path / "index.html").write_text(
            "<html><body><h1>Ines Varga</h1>\n"
            f"<p>I am currently a {degree} student in the Marsh Ecology Group at Harbor University of Science "
            "(HUS), Lakeside, supervised by Prof. Mira Okafor. I received my B.Sc. degree from Inland College in 2019."
            "</p>\n<h2>Publications</h2><ol><li>Ines Varga, Bo Holt. Tidal patterns in shallow bays. "
            "<i>Coastal Letters</i>, 2020.</li></ol></body></html>\n")
        person = import_path(tmp_path).profile.person
        assert [(e.degree, e.institution.split(" (")[0]) for e in person.education] == [
            (kept, "Harbor University of Science"), ("B.Sc.", "Inland College")], degree


def test_a_degree_in_brackets_after_what_the_owner_studied_names_its_place_and_advisors(tmp_path):
    # "My background is hydrology (PhD, X University, with A, B and C)": the owner's degree, its place and each
    # advisor (a name wrapped over two source lines is one name); the same note after another person's name is not
    # the owner's
    (tmp_path / "README.md").write_text(
        "## Hello, I'm Ines Varga\n\n"
        "I study marsh ecology, from reeds to herons and the silt between them.\n\n"
        "My background is hydrology (PhD, Harbor University, with Mira Okafor, Tomas\n"
        "Berg and Lea Kranz), so I come at wetlands from the water side. Our group is led by\n"
        "Jo Bellamy (PhD, Inland College), who studies birds.\n\n"
        "### Selected publications\n\n"
        "- **How reeds bend in wind.** *Journal of Marsh Studies* 3(2):1-9 (2019).\n"
        "- **Silt under slow water.** *River Letters* 8:12 (2020).\n")
    person = import_path(tmp_path).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [("PhD", "Harbor University")]
    assert person.advisors == ["Mira Okafor", "Tomas Berg", "Lea Kranz"]


def test_a_bio_opening_with_a_position_at_a_company_named_without_an_org_word(tmp_path):
    # "Data Scientist at [Tidewater](url), Lake City. I build ...": the bio's first words are the position and the
    # place it is held at, although "Tidewater" (a company's name) has no word such as "University" or "Labs"
    (tmp_path / "README.md").write_text(
        "## Hi, I am Ines Varga\n\n"
        "Data Scientist at [Tidewater](https://example.org/), Lake\n"
        "City. I build tools for marsh surveys that field teams actually use.\n\n"
        "### Selected publications\n\n"
        "- **How reeds bend in wind.** *Journal of Marsh Studies* 3(2):1-9 (2019).\n")
    person = import_path(tmp_path).profile.person
    assert person.job_title == "Data Scientist"
    assert [a.name.split(",")[0] for a in person.affiliations] == ["Tidewater"]
