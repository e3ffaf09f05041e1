"""Site folders: Jekyll (academicpages, al-folio), Hugo Blox, plain HTML sites, GitHub READMEs.

The page reader (html.parse_markdown_page for about.md, README and markdown pages, html.parse_html)
is another module's work; these tests check what the site layer adds: which files are read,
what the site-specific files yield, items tagged with their file, one Source part per file,
and no publication counted twice."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers import detect_dir, import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.site import IMPORTERS
from kg.importers.site.assemble import dedupe_publications
from kg.importers.site.records import citation_authors
from kg.model import Author, Publication

from .sitefiles import academicpages_home, imported_site, write_site, write_site as _write

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


@pytest.mark.parametrize("module", ["files", "html_site", "markdown_site", "owner", "records"])
def test_doctests(module, monkeypatch):
    import doctest
    import importlib

    monkeypatch.chdir(SITES.parents[2])  # the examples name fixture folders from the repository root
    result = doctest.testmod(importlib.import_module(f"kg.importers.site.{module}"))
    assert result.attempted > 0 and result.failed == 0


def by_title(profile):
    return {p.title: p for p in profile.publications}


def sha(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "folder, fmt",
    [("academicpages", "jekyll"), ("al-folio", "jekyll"), ("hugo", "hugo"), ("html-site", "html-site"),
     ("github-readme", "github-readme")],
)
def test_detect_dir_picks_the_site_kind(folder, fmt):
    assert detect_dir(SITES / folder).name == fmt
    others = [imp for name, imp in IMPORTERS.items() if name != fmt]
    assert all(imp.detect_dir(SITES / folder) < IMPORTERS[fmt].detect_dir(SITES / folder) for imp in others)


def test_detect_dir_is_zero_for_a_plain_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing\n")
    assert all(imp.detect_dir(tmp_path) == 0.0 for imp in IMPORTERS.values())
    with pytest.raises(SourceError):
        import_path(tmp_path)


# --- academicpages ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def academic():
    return import_path(SITES / "academicpages")


def test_academicpages_person_from_config_and_page(academic):
    person = academic.profile.person
    assert academic.format == "jekyll"
    assert person.name == "Hana Kobayashi"
    assert person.email == "hana.kobayashi@example.ac.jp"
    assert person.location == "Kyoto, Japan"
    assert person.image == "https://hkobayashi.github.io/images/profile.png"
    assert person.identifiers == {
        "google_scholar": "AbCdEfGAAAAJ", "orcid": "0000-0002-1825-0097", "github": "hkobayashi",
        "linkedin": "hana-kobayashi", "twitter": "hana_kb",
    }
    assert any(a.name == "Kyoto Institute of Informatics" for a in person.affiliations)


def test_academicpages_publication_counted_once(academic):
    pubs = academic.profile.publications
    assert len(pubs) == 3
    titles = [p.title for p in pubs]
    assert titles.count("Sparse Radiance Fields for Real-Time View Synthesis") == 1
    srf = by_title(academic.profile)["Sparse Radiance Fields for Real-Time View Synthesis"]
    assert srf.file == "_pages/about.md"  # the page's copy, filled from _publications/
    assert srf.links["slides"] == "https://hkobayashi.github.io/files/srf-slides.pdf"
    assert srf.date == "2023-06-18"
    assert [a.name for a in srf.authors] == ["Hana Kobayashi", "Kenta Mori", "Alice Chen"]
    assert [a.is_self for a in srf.authors] == [True, False, False]


def test_academicpages_publication_front_matter(academic):
    udc = by_title(academic.profile)["Uncertainty-Aware Depth Completion"]
    assert udc.file == "_publications/2020-03-02-depth-completion-journal.md"
    assert udc.line == 2
    assert (udc.year, udc.date, udc.venue, udc.venue_type) == (2020, "2020-03-02", "International Journal of Computer Vision", "journal")
    assert [a.name for a in udc.authors] == ["S. Ito", "H. Kobayashi", "Y. Tanaka", "R. Suzuki"]
    assert [a.is_self for a in udc.authors] == [False, True, False, False]
    assert udc.links == {
        "paper": "https://link.springer.com/article/10.1007/s11263-020-01234-5",
        "bibtex": "https://hkobayashi.github.io/files/udc.bib",
    }
    assert udc.abstract == "A depth completion network that predicts its own uncertainty."  # the excerpt
    tr = by_title(academic.profile)["Shape from Shading with Learned Priors"]
    assert [a.name for a in tr.authors] == ["Hana Kobayashi", "Taro Yamada"]
    assert tr.venue_type == "preprint"


def test_academicpages_items_carry_their_file(academic):
    p = academic.profile
    assert p.news and all(n.file == "_pages/about.md" for n in p.news)
    assert all(pub.file and pub.line for pub in p.publications)
    # the only unread line is a config field kg has no slot for
    assert [(u.file, u.line, u.text) for u in p.unparsed] == [("_config.yml", 22, 'pronouns         : "she/her"')]


def test_academicpages_source_parts(academic):
    src = academic.profile.source
    assert src.format == "jekyll" and src.file == "academicpages"
    files = [s.file for s in src.parts]
    assert files == [
        "_config.yml", "_pages/about.md", "_publications/2016-09-01-thesis-proposal.md",
        "_publications/2020-03-02-depth-completion-journal.md", "_publications/2023-06-18-sparse-radiance-fields.md",
    ]
    for part in src.parts:
        assert part.checksum == sha(SITES / "academicpages" / part.file)


# --- al-folio ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def alfolio():
    return import_path(SITES / "al-folio")


def test_alfolio_person(alfolio):
    person = alfolio.profile.person
    assert person.name == "Diego Álvarez Ruiz"
    assert person.email == "diego.alvarez@example.edu"
    assert person.homepage == "https://dalvarez.github.io"
    assert person.image == "https://dalvarez.github.io/assets/img/prof_pic.jpg"
    assert person.identifiers == {"orcid": "0000-0001-5109-3700", "google_scholar": "qc6CJjYAAAAJ",
                                  "github": "dalvarez", "twitter": "dalvarez_bots"}
    assert person.job_title == "Assistant Professor"
    assert [(a.name, str(a.url)) for a in person.affiliations] == [
        ("Robotics Institute, Example University", "https://www.example.edu/")]


ALFOLIO_UNITS_ABOUT = """---
layout: about
title: about
permalink: /
subtitle: Associate Professor. <a href="https://example.edu/chem">Department of Chemistry </a> & <a href="https://example.edu/ims">Institute for Molecular Sensing</a>, Northfield State University. Northfield, OR.
---

I received my Ph.D. in 2011 with [Rosa Delgado](https://example.org/rd), then did a postdoc at Lakeside with Tom Hale.
"""


def test_alfolio_subtitle_units_belong_to_the_institution_after_them(tmp_path):
    (tmp_path / "_config.yml").write_text("first_name: Mara\nlast_name: Quist\nurl: https://mquist.github.io\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(ALFOLIO_UNITS_ABOUT, encoding="utf-8")
    person = import_path(tmp_path).profile.person
    # before: the two linked units were the affiliations and the university written after them was lost;
    # the advisor named after "received my Ph.D. in 2011 with" was not read
    assert person.job_title == "Associate Professor"
    assert [(a.name, a.department, str(a.url)) for a in person.affiliations] == [
        ("Northfield State University", "Department of Chemistry", "https://example.edu/chem"),
        ("Northfield State University", "Institute for Molecular Sensing", "https://example.edu/ims")]
    assert person.advisors == ["Rosa Delgado"]


@pytest.mark.parametrize("line, job, places", [
    ("Postdoctoral Research Associate at TAMU", "Postdoctoral Research Associate", ["TAMU"]),
    # the template's own line, left in place: nothing of the owner's
    ("<a href='#'>Affiliations</a>. Address. Contacts. Moto. Etc.", None, []),
])
def test_an_old_alfolio_about_pages_description_is_the_line_under_the_name(tmp_path, line, job, places):
    # al-folio before 2022 wrote the line under the owner's name as the about page's "description:" (later
    # "subtitle:"); a position at a place written by its short form alone is the job and that place
    (tmp_path / "_config.yml").write_text("first_name: Rui\nlast_name: Sarto\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        f'---\nlayout: about\ntitle: about\npermalink: /\ndescription: "{line}"\n\nprofile:\n  align: right\n'
        f'  address: >\n    <p>12 Field Hall</p>\n\nnews: false\n---\n\nI am an agronomist. My research focuses on '
        f'soil water and the carbon it carries.\n',
        encoding="utf-8")
    person = import_path(tmp_path).profile.person
    assert (person.job_title, [a.name for a in person.affiliations]) == (job, places)


def test_alfolio_bibliography(alfolio):
    pubs = by_title(alfolio.profile)
    assert len(pubs) == 3
    rss = pubs["Tactile Imitation from Few Demonstrations"]
    assert (rss.venue, rss.venue_full, rss.year, rss.date) == ("RSS", "Robotics: Science and Systems", 2024, "2024-07")
    assert [(a.name, a.is_self) for a in rss.authors] == [
        ("Diego Álvarez Ruiz", True), ("Siobhan Brennan", False), ("Ren Kato", False)]
    assert rss.links == {
        "pdf": "https://dalvarez.github.io/assets/pdf/tactile_imitation.pdf",
        "code": "https://github.com/dalvarez/tactile-imitation",
        "paper": "https://roboticsproceedings.org/rss20/p001.html",
        "arxiv": "https://arxiv.org/abs/2402.05555",
    }
    assert rss.arxiv == "2402.05555"
    assert (rss.file, rss.line) == ("_bibliography/papers.bib", 6)
    corl = pubs["Tactile Servoing with Diffusion Policies"]
    assert corl.notes == ["Best Paper Award"] and corl.authors_truncated
    assert corl.links == {"project": "https://servo.example.org"}
    ral = pubs["Grasp Quality Estimation from Depth"]
    assert [(a.name, a.is_self) for a in ral.authors] == [("D. Alvarez", True), ("Jan Novak", False)]  # scholar names
    assert ral.doi == "10.1109/LRA.2021.3051234"


def test_alfolio_news_and_parts(alfolio):
    news = alfolio.profile.news
    assert [(n.date, n.file) for n in news] == [("2024-05-02", "_news/announcement_1.md"),
                                                 ("2023-11-08", "_news/announcement_2.md")]
    assert news[0].text == "Our paper on tactile imitation learning was accepted to RSS 2024."
    assert news[1].text.startswith("Best paper award at CoRL: We received")
    assert [s.format for s in alfolio.profile.source.parts] == [
        "jekyll-config", "academicpages", "al-folio-socials", "bibtex", "jekyll-news", "jekyll-news"]
    assert alfolio.profile.unparsed == []


# --- Hugo ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hugo():
    return import_path(SITES / "hugo")


def test_hugo_person(hugo):
    person = hugo.profile.person
    assert hugo.format == "hugo"
    assert person.name == "Amara Nwosu"
    assert person.job_title == "Associate Professor of Geoinformatics"
    assert [(a.name, a.url) for a in person.affiliations] == [("University of Lagos", "https://unilag.edu.ng/")]
    assert person.interests == ["Neural Fields", "Remote Sensing", "Coastal Geomorphology"]
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [
        ("PhD", "Geoinformatics", "ETH Zurich", 2016), ("MSc", "Remote Sensing", "University of Twente", 2011)]
    assert person.email == "amara.nwosu@example.edu"
    assert person.identifiers == {"google_scholar": "ZyXwVuTAAAAJ", "github": "anwosu"}
    assert person.links["cv"] == "https://amaranwosu.example.org/uploads/resume.pdf"
    assert person.description.startswith("My research uses neural fields")
    assert "associate professor of geoinformatics at the University of Lagos" in person.description


def test_hugo_publication_with_cite_bib(hugo):
    pub = by_title(hugo.profile)["Neural SDF Priors for Coastline Reconstruction"]
    assert [(a.name, a.is_self, a.marks) for a in pub.authors] == [
        ("Kwame Mensah", False, ["equal_contribution"]),
        ("Amara Nwosu", True, ["equal_contribution"]),
        ("Lea Hoffmann", False, []),
    ]
    assert (pub.year, pub.date, pub.venue, pub.venue_type) == (2023, "2023-06-01", "CVPR", "conference")
    assert pub.venue_full == "IEEE/CVF Conference on Computer Vision and Pattern Recognition"
    assert pub.doi == "10.1109/CVPR52729.2023.01234"
    assert pub.pages == "12001-12010"  # from cite.bib
    assert pub.links == {
        "pdf": "https://openaccess.thecvf.com/content/CVPR2023/papers/Mensah_Neural_SDF.pdf",
        "code": "https://github.com/anwosu/sdf-priors",
        "slides": "https://amaranwosu.example.org/uploads/sdf-slides.pdf",
        "video": "https://youtube.com/watch?v=abc123XYZ",
        "supplement": "https://amaranwosu.example.org/uploads/sdf-supp.pdf",
        "doi": "https://doi.org/10.1109/CVPR52729.2023.01234",
    }
    assert pub.keywords == ["Neural Fields"]
    assert pub.file == "content/publication/neural-sdf-priors/index.md" and pub.line == 2


def test_hugo_toml_front_matter_and_thesis(hugo):
    pubs = by_title(hugo.profile)
    survey = pubs["A Survey of Learning-Based Coastal Erosion Monitoring"]
    assert [a.name for a in survey.authors] == ["Amara Nwosu", "Tunde Bello", "Chen Yu"]
    assert (survey.date, survey.venue, survey.venue_type) == ("2021-02-15", "Remote Sensing of Environment", "journal")
    assert survey.doi == "10.1016/j.rse.2021.112301"
    assert survey.abstract.startswith("This survey reviews forty years")  # the body, no front-matter abstract
    thesis = pubs["Learning Terrain Models from Sparse Elevation Data"]
    assert (thesis.venue_type, thesis.venue, thesis.year) == ("thesis", "ETH Zurich", 2016)
    assert len(hugo.profile.publications) == 3  # cite.bib did not add a second copy


def test_hugo_students_parts_and_template_leftovers(hugo):
    p = hugo.profile
    assert [(s.name, s.role, s.institution, s.file) for s in p.students] == [
        ("Kwame Mensah", "PhD Student", "University of Lagos", "content/authors/kwame-mensah/_index.md")]
    assert p.unparsed == []
    formats = {s.file: s.format for s in p.source.parts}
    assert formats["content/publication/neural-sdf-priors/cite.bib"] == "bibtex"
    assert formats["config/_default/hugo.yaml"] == "hugo-config"
    assert len(p.source.parts) == 7


# --- plain HTML sites ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def htmlsite():
    return import_path(SITES / "html-site")


def test_html_site_follows_section_links(htmlsite):
    src = htmlsite.profile.source
    assert htmlsite.format == "html-site"
    assert [(s.file, s.format) for s in src.parts] == [("index.html", "html"), ("publication.html", "html")]
    assert htmlsite.profile.person.name == "Pavel Novák"
    pubs = htmlsite.profile.publications
    assert len(pubs) == 3 and all(p.file == "publication.html" for p in pubs)
    assert all(any(a.is_self for a in p.authors) for p in pubs)
    assert htmlsite.profile.news and all(n.file == "index.html" for n in htmlsite.profile.news)
    assert htmlsite.profile.person.alternate_names == []  # the page titled "Publications" is no name


# --- GitHub README ------------------------------------------------------------------------------


def test_readme_folder():
    r = import_path(SITES / "github-readme")
    assert r.format == "github-readme"
    p = r.profile
    assert p.person.name == "Lin Qiao"
    assert p.person.identifiers["github"] == "linqiao"  # from the stats badge
    assert all(u.line != 19 for u in p.unparsed)
    assert [s.file for s in p.source.parts] == ["README.md"]
    assert all(pub.file == "README.md" for pub in p.publications)


def test_readme_file_detection():
    imp = IMPORTERS["github-readme"]
    doc = SourceDoc.read(SITES / "github-readme" / "README.md")
    assert imp.detect(doc) > 0.5
    assert imp.detect(SourceDoc(path=Path("README.md"), text="# my-lib\n\nA library.\n")) == 0.0
    assert imp.detect(SourceDoc(path=Path("about.md"), text="Hi there 👋\n")) == 0.0
    profile = imp.parse(doc, ImportOptions())
    assert profile.person.identifiers["github"] == "linqiao"


# --- shared pieces ------------------------------------------------------------------------------


def test_dedupe_keeps_copies_within_one_file():
    a = Publication(title="Two-View Correspondences", year=2021, venue="T-PAMI", file="about.md", line=3)
    b = Publication(title="Two-View Correspondences", year=2019, venue="ICCV", file="about.md", line=9)
    c = Publication(title="two-view  correspondences", year=2019, doi="10.1109/ICCV.2019.1", file="_publications/x.md",
                    authors=[Author(name="A B")])
    out = dedupe_publications([a, b, c])
    assert out == [a, b]
    assert b.doi == "10.1109/ICCV.2019.1" and [x.name for x in b.authors] == ["A B"]
    assert a.doi is None


def test_a_journal_paper_and_a_talk_of_one_title_in_two_bibtex_files_are_two_works():
    """A page of journal papers and a page of conference talks, each rendered from its own BibTeX file, may hold
    one title twice: the article and the talk given on it, each with its own venue, one a journal's, the other a
    meeting's. Two works (before: merged into one, the talk's venue and authors kept and the article's lost). The
    same title in a journal in both files, or under one DOI, stays one work."""
    def work(venue, kind, file, doi=None):
        return Publication(title="Sand waves under ice", year=2024, venue=venue, venue_type=kind, doi=doi, file=file,
                           authors=[Author(name="Ines Varga")])

    talk = work("Fourth Winter Rivers Forum", "conference", "_bibliography/talks.bib")
    paper = work("Journal of Cold Rivers", "journal", "_bibliography/articles.bib", "10.5555/jcr.2024.7")
    assert dedupe_publications([talk, paper]) == [talk, paper]
    again = work("J. Cold Rivers", "journal", "_bibliography/selected.bib")
    assert dedupe_publications([paper, again]) == [paper]
    cited = work("Fourth Winter Rivers Forum", "conference", "_bibliography/talks.bib", "10.5555/jcr.2024.7")
    assert dedupe_publications([cited, paper]) == [cited]
    # a meeting's paper filed as a journal article (its venue's name says a meeting) is the same work as the
    # meeting's record of it in another file
    filed = work("Winter Rivers Conference 2024", "journal", "_bibliography/papers.bib")
    assert dedupe_publications([filed, work("WRC 2024", "conference", "_bibliography/selected.bib")]) == [filed]


def test_a_work_under_two_titles_with_one_arxiv_identifier_is_one_work():
    """The home page's project card gives a preprint's newer title, the publications page (listing more works) its
    older one, both with the same arXiv identifier and mostly the same authors: one work, the list's reading.
    Before, the two titles made two works. The same identifier under other authors (a link copied to the wrong
    paper), or another identifier, stays a work of its own."""
    def work(title, names, arxiv, file, year=None):
        return Publication(title=title, year=year, arxiv=arxiv, file=file, authors=[Author(name=n) for n in names])

    card = work("Tidewater: Long Walks Through Large Code Bases", ["Ivo Tamm", "Rui Sato", "Ana Veldt"],
                "2501.01234", "_pages/about.md")
    other = work("Sandbar: Tests That Write Themselves", ["Ola Berg", "Ana Veldt"], "2502.04321", "_pages/about.md")
    wrong = work("Reef: Patches From Traces", ["Tae Kwon", "Ola Berg"], "2409.00001", "_pages/about.md")
    listed = [work("Tidewater: Graphs of Code for Fixing Issues", ["Rui Sato", "Ivo Tamm", "Ana Veldt", "Di Rowe"],
                   "2501.01234v2", "_pages/publications.html", 2025),
              work("Driftwood: Repairing Loops With Small Models", ["Ana Veldt", "Ola Berg"], "2409.00001",
                   "_pages/publications.html", 2024),
              work("Kelp: Fuzzing Parsers by Grammar", ["Ola Berg", "Ana Veldt"], "2301.00002",
                   "_pages/publications.html", 2023),
              *(work(f"Shoal {k}: Small Fixes at Scale", ["Ana Veldt"], f"2201.0000{k}", "_pages/publications.html",
                     2022) for k in range(1, 5))]
    got = dedupe_publications([card, other, wrong, *listed])
    assert [x.title for x in got] == ["Tidewater: Graphs of Code for Fixing Issues",
                                      "Sandbar: Tests That Write Themselves", "Reef: Patches From Traces",
                                      "Driftwood: Repairing Loops With Small Models",
                                      "Kelp: Fuzzing Parsers by Grammar", *(f"Shoal {k}: Small Fixes at Scale"
                                                                            for k in range(1, 5))]


def test_citation_authors():
    names, truncated = citation_authors("Smith, J. A., Lee, B.-C., et al. (2020). &quot;X.&quot; <i>CVPR</i>.")
    assert [n.name for n in names] == ["J. A. Smith", "B.-C. Lee"] and truncated
    assert citation_authors("Your Name, You. (2009). &quot;Paper Title Number 1.&quot;") == ([], False)


def test_citation_authors_ending_in_a_bare_year_or_joined_to_one_name_by_with():
    # author-date (Chicago, ACM): the year after the names' stop is no part of the last name
    title = "Tides of the northern sand banks"
    cited = lambda head: [a.name for a in citation_authors(f'{head} &quot;{title}.&quot; <i>Sea</i> 4, 12.', title)[0]]
    assert cited("Ana Roe, Bo Lee, and Cy Dee. 2021.") == ["Ana Roe", "Bo Lee", "Cy Dee"]
    assert cited("Roe, A., Lee, B., & Dee, C. 2019.") == ["A. Roe", "B. Lee", "C. Dee"]
    # Chicago's one author, inverted, with a family name of two words: one person, not "Abdel Rahim" and "Samia"
    assert cited("Abdel Rahim, Samia. 2011.") == ["Samia Abdel Rahim"]
    # one name, then the others joined to it by words ending in "with": every one a name of the byline, in order
    assert cited("<b>Ana Roe</b> collaborated with Bo Lee and Cy Dee. 2020.") == ["Ana Roe", "Bo Lee", "Cy Dee"]
    assert cited("Ana Roe, together with Lee, B., & Dee, C. 2018.") == ["Ana Roe", "B. Lee", "C. Dee"]


def test_chicago_citation_names_run_past_middle_initials_to_the_year_or_status_in_its_slot():
    # the status written in the year's slot ("to appear.") is no part of the last name; a middle initial's stop is
    # not the end of the names, whether or not the record's title is found in the citation
    title = "Drift of the western dune fields"
    cited = lambda text, t=title: [a.name for a in citation_authors(text, t)[0]]
    assert cited(f"Quist, Mara and Odo Venn. to appear. {title}. Sand Studies.") == ["Mara Quist", "Odo Venn"]
    assert cited("Quist, Mara, Odo R. Venn, and Lia T. Bahr. 2019. Dunes, winds and maps. Sand Studies 3.") == [
        "Mara Quist", "Odo R. Venn", "Lia T. Bahr"]
    assert cited("Quist, Mara and Lia T. Bahr. forthcoming. Dune mapping. Sand Studies.") == ["Mara Quist", "Lia T. Bahr"]
    # a year after a word's stop belongs to the venue or closes the title: the names ended at that stop
    assert cited("Roe A, Lee B. Sand waves of the coast. J Sand. 2019. 3(1):1-9.", None) == ["Roe A", "Lee B"]
    assert cited("Ana Roe and Bo Lee. Sand waves of the coast. Journal of Sand, 2019.", "Waves of sand") == [
        "Ana Roe", "Bo Lee"]
    assert cited("Roe, Ana. A study of sand, 2020. Journal of Sand.", None) == ["Ana Roe"]
    # review rr77b #5: a short word's stop inside the names ("St.", "Jr.") ends no names (the byline was ["St"])
    assert len(cited("St. Clair, Ana, Bo Y. Lee, and Cy Dee. 2020. Sand waves of the coast. Journal of Sand 3.",
                     None)) > 1
    assert cited("Lee, Bo Jr. and Ana Roe. 2020. Sand waves of the coast. Journal of Sand 3.", None)[-1] == "Ana Roe"
    # APA's and MLA's whose title the record spells otherwise: the names end at their year or the quoted title
    assert cited("Roe, A., & Lee, B. (2019). Sand waves of the coast. Journal of Sand, 3(1), 1-9, 2019.") == [
        "A. Roe", "B. Lee"]
    assert cited('Roe, Ana, and Bo Lee. "Sand Waves of the Coast." Journal of Sand, vol. 3, 2019, pp. 1-9.') == [
        "Ana Roe", "Bo Lee"]


def test_broken_front_matter_is_said_at_its_line_and_stops_no_import(tmp_path):
    # (it stopped the whole collection once: one broken document left a site of many papers with none)
    (tmp_path / "_config.yml").write_text("author:\n  name: Jo Bloggs\n")
    (tmp_path / "_publications").mkdir()
    (tmp_path / "_publications" / "p.md").write_text("---\ntitle: [unclosed\ndate: 2020-01-01\n---\n")
    profile = import_path(tmp_path, fmt="jekyll").profile
    [note] = [u for u in profile.unparsed if u.file == "_publications/p.md"]
    assert note.line >= 2 and note.text.startswith("page not read: front matter is not valid YAML")


def test_jekyll_site_without_name_is_refused(tmp_path):
    (tmp_path / "_config.yml").write_text("title: My blog\n")
    (tmp_path / "_publications").mkdir()
    (tmp_path / "_publications" / "p.md").write_text("---\ntitle: A Paper\n---\n")
    with pytest.raises(SourceError, match="no owner name"):
        import_path(tmp_path)


def test_hugo_without_author_page_is_refused(tmp_path):
    (tmp_path / "content" / "publication" / "x").mkdir(parents=True)
    (tmp_path / "content" / "publication" / "x" / "index.md").write_text("---\ntitle: X\n---\n")
    with pytest.raises(SourceError, match="no author page"):
        import_path(tmp_path, fmt="hugo")


# --- sites found by their content, not their file names ---------------------------------------------

from kg.importers.site.files import backup_reason, find_site_root  # noqa: E402
from kg.importers.site.html_site import page_kind, plan_html_site  # noqa: E402
from kg.importers.site.owner import site_owner  # noqa: E402
from kg.importers.site.pages import titled_view  # noqa: E402
from kg.model import Person, Profile  # noqa: E402


def skipped_notes(profile):
    return [(u.file, u.text) for u in profile.unparsed if u.section == "skipped"]


def parts_of(profile):
    return [s.file for s in profile.source.parts]


@pytest.mark.parametrize("text, kind", [
    ("google-site-verification: google5c0ffee1234abcd9.html\n", "verification"),
    ('<html><head><meta name="google-site-verification" content="abc123"></head><body></body></html>', "verification"),
    ('<html><head><meta http-equiv="refresh" content="0; url=main.html"></head><body>Moved</body></html>', "redirect"),
    ('<html><body><script>window.location.href = "home/";</script></body></html>', "redirect"),
    ('<div class="x"><h2>Publications</h2><p>A paper, 2020.</p></div>', "fragment"),
    ('<!DOCTYPE html><html><body><nav><a href="#a">A</a></nav><section id="a"></section><div id="b"></div>'
     '<script src="load.js"></script></body></html>', "shell"),
    ("<html><body><h1>Ada Lovelace</h1><p>Analyst.</p></body></html>", "page"),
])
def test_page_kind_reads_the_content(text, kind):
    assert page_kind(SourceDoc(Path("index.html"), text)).kind == kind


def test_a_redirect_names_its_target():
    doc = SourceDoc(Path("index.html"), '<html><head><meta http-equiv="refresh" content="0;URL=\'w.html\'"></head></html>')
    assert page_kind(doc).target == "w.html"


def test_a_shell_lists_the_containers_its_script_fills():
    kind = page_kind(SourceDoc(Path("index.html"), (SITES / "script-shell" / "index.html").read_text()))
    assert kind.kind == "shell" and kind.containers == ("people", "papers")


@pytest.mark.parametrize("rel, why", [
    ("research.md~", "an editor backup or stale copy"), ("index.html.bak", "an editor backup or stale copy"),
    ("pubs.orig", "an editor backup or stale copy"), ("papers_old.html", "a stale copy of another page"),
    ("index copy.html", "a stale copy of another page"), ("old/index.html", "a file under old/"),
    ("gold.html", None), ("publications.html", None), ("bold-ideas.md", None),
])
def test_backup_reason(rel, why):
    assert backup_reason(rel) == why


def test_a_verification_index_is_skipped_for_the_real_home():
    result = import_path(SITES / "verification-decoy")
    p = result.profile
    assert result.format == "html-site"
    assert p.person.name == "Mara Quintero"
    assert parts_of(p) == ["index.htm", "publications.htm"]
    assert skipped_notes(p) == [("index.html", "not read: a site-verification token, not a page")]
    assert [(pub.title, pub.year, pub.file) for pub in p.publications] == [
        ("Spin waves in layered iron halides", 1990, "publications.htm"),
        ("Diffuse scattering from frustrated magnets", 1985, "publications.htm"),
    ]
    assert [[a.is_self for a in pub.authors] for pub in p.publications] == [[True, False], [False, True]]


def test_a_redirect_index_is_followed():
    p = import_path(SITES / "redirect-home").profile
    assert p.person.name == "Oskar Hald"
    assert parts_of(p) == ["welcome.html"]
    assert skipped_notes(p) == [("index.html", "not read: a redirect to welcome.html")]
    assert [pub.title for pub in p.publications] == ["Fjord sediments and glacial retreat",
                                                     "Drift ice records of the Barents Sea"]


def test_a_shells_head_names_the_owner_its_components_do_not(tmp_path):
    # an index whose body is empty boxes a script fills from files of the site: the components hold a card and a
    # list of papers, no heading with the owner's name; the tab's title says whose site it is
    root = write_site(tmp_path, {
        "index.html": "<!doctype html><html><head><title>\u5b8b\u660e\u8fdc (Song Mingyuan) - \u5b66\u672f\u4e3b\u9875"
                      "</title></head><body><div id='about-box'></div><div id='papers-box'></div>"
                      "<script src='js/boxes.js'></script></body></html>\n",
        "js/boxes.js": "const parts = [{id: 'about-box', path: 'components/about.html'},\n"
                       "  {id: 'papers-box', path: 'components/papers.html'}];\n"
                       "parts.forEach(p => fetch(p.path).then(r => r.text())"
                       ".then(t => document.getElementById(p.id).innerHTML = t));\n",
        "components/about.html": "<section><h2>About</h2><p>I am a PhD student in physics at Lakeside University."
                                 "</p></section>\n",
        "components/papers.html": "<section><h2>Publications</h2><ol><li><b>Song Mingyuan</b>, Ada Moss. "
                                  "Muon tracks in thin layers. <i>Journal of Slow Particles</i>, 2024.</li></ol>"
                                  "</section>\n",
    })
    p = import_path(root).profile
    assert p.person.name == "Song Mingyuan"
    assert [pub.title for pub in p.publications] == ["Muon tracks in thin layers"]
    assert [a.is_self for a in p.publications[0].authors] == [True, False]


def test_an_empty_index_drawn_by_script_names_the_owner_over_a_course_page(tmp_path):
    # React drawn in the browser from component scripts: the index has no text, its head names the owner (a
    # catalogue's "Family, Given" with a degree); the plan falls back on a course page, whose heading names no one
    root = write_site(tmp_path, {
        "index.html": "<!doctype html><html lang='es'><head><title>Numerika - Ortega, Lucas Ph.D.</title>"
                      "<meta name='author' content='Ortega Ruiz, Lucas Ph.D.'></head><body><div id='root'></div>"
                      "<script type='text/babel' src='components/Hero.js'></script></body></html>\n",
        "research.html": "<html><head><title>Investigaciones</title></head><body><h1>Investigaciones</h1>"
                         "<h2>Publicaciones</h2><ul><li>L. Ortega, M. Paz. Operadores de Toeplitz en espacios de "
                         "Fock. <i>Revista de Análisis</i>, 2021.</li></ul><a href='metodos.html'>Cursos</a>"
                         "</body></html>\n",
        "metodos.html": "<html><head><title>Métodos de Integración</title></head><body><h1>Métodos de Integración"
                        "</h1><p>Integración por partes y por sustitución.</p><a href='research.html'>"
                        "Investigación</a><a href='index.html'>Inicio</a></body></html>\n",
    })
    p = import_path(root).profile
    assert p.person.name == "Lucas Ortega Ruiz"
    assert [pub.title for pub in p.publications] == ["Operadores de Toeplitz en espacios de Fock"]


def test_a_generators_title_in_an_empty_index_names_no_one_over_the_pages(tmp_path):
    # an index left as a generator wrote it ("React App", an author field a theme filled in) over pages that name
    # their owner: the pages' owner stands
    page = ("<html><head><title>About</title></head><body><h1>Ines Falk</h1><p>I am an assistant professor of "
            "geology at Lakeside University.</p><h2>Publications</h2><ul><li>I. Falk, B. Moss. Glacial till on the "
            "northern shore. <i>Journal of Ice</i>, 2020.</li></ul></body></html>\n")
    for head in ("<title>React App</title>", "<title>Home</title><meta name='author' content='Folio Kit'>"):
        root = write_site(tmp_path / str(len(head)), {
            "index.html": f"<!doctype html><html><head>{head}</head><body><div id='root'></div>"
                          "<script src='main.js'></script></body></html>\n",
            "main.js": "fetch('about.html');\n",
            "about.html": page,
        })
        p = import_path(root).profile
        assert p.person.name == "Ines Falk", head
        assert [pub.title for pub in p.publications] == ["Glacial till on the northern shore"]


def test_a_script_shell_is_read_through_the_components_it_loads():
    p = import_path(SITES / "script-shell").profile
    # nobody is named on the shell: the owner is the name the components put in bold on every paper
    assert p.person.name == "Lior Fernandes"
    assert parts_of(p) == ["partials/people.html", "partials/papers.html"]  # in the shell's order
    assert skipped_notes(p) == [("index.html", "not read: an empty page whose content a script loads")]
    assert len(p.publications) == 3
    assert all(sum(a.is_self for a in pub.authors) == 1 for pub in p.publications)
    assert [s.name for s in p.students] == ["Ada Moss", "Kim Rao"]


def test_a_lab_home_without_a_name_takes_the_owner_from_the_other_pages():
    p = import_path(SITES / "lab-no-name").profile
    # "R. K. Okafor" is on every paper; the people page writes the name out in full
    assert p.person.name == "Ruth K. Okafor"
    assert parts_of(p) == ["index.html", "pubs.html", "people.html"]
    assert len(p.publications) == 3
    assert all(next(a for a in pub.authors if a.is_self).name == "R. K. Okafor" for pub in p.publications)


def test_site_owner_needs_someone_who_stands_out():
    def prof(*author_lists):
        return Profile(person=Person(name="Lab"), publications=[
            Publication(title=f"T{i}", authors=[Author(name=n) for n in names]) for i, names in enumerate(author_lists)])

    assert site_owner([prof(["A. Bell", "C. Dunn"], ["E. Fox", "A. Bell"], ["Anna Bell", "G. Hale"])]) == "Anna Bell"
    assert site_owner([prof(["A. Bell", "C. Dunn"], ["E. Fox", "G. Hale"])]) is None  # nobody on two papers
    assert site_owner([prof(["A. Bell", "C. Dunn"], ["A. Bell", "C. Dunn"])]) is None  # a tie


def test_a_built_site_in_docs_is_found():
    assert find_site_root(SITES / "built-docs") == SITES / "built-docs" / "docs"
    result = import_path(SITES / "built-docs")
    p = result.profile
    assert result.format == "html-site" and p.person.name == "Nadia Brandt"
    # "/Papers/" (root-relative) is the docs/ folder's Papers/index.html
    assert parts_of(p) == ["index.html", "Papers/index.html"]
    assert [pub.file for pub in p.publications] == ["Papers/index.html"] * 2


def test_one_page_of_any_name_is_a_site():
    result = import_path(SITES / "one-page")
    assert result.format == "html-site"
    assert result.profile.person.name == "Tova Rinaldi"
    assert parts_of(result.profile) == ["tvr.html"]


def test_unlinked_section_pages_are_read_and_stale_copies_are_not():
    plan = plan_html_site(SITES / "unlinked-pages")
    assert plan.home.name == "index.html"
    assert [p.name for p in plan.pages] == ["papersall.html"]  # photos.html is not a section page
    p = import_path(SITES / "unlinked-pages").profile
    assert [pub.title for pub in p.publications] == ["Locales as geometric theories", "Point-free real numbers"]
    assert skipped_notes(p) == [("papersall_old.html", "not read: a stale copy of another page"),
                                ("photos.html", "not read: a page none of the site's readers takes; the page reader "
                                 "finds no works in it")]


def test_quarto_site():
    result = import_path(SITES / "quarto")
    p = result.profile
    assert result.format == "quarto"
    # index.qmd gives no name: the site title of _quarto.yml, its entities decoded
    assert p.person.name == "Inés Valdés"
    assert p.person.homepage == "https://ivaldes.example.io"
    assert p.person.job_title == "Assistant Professor"
    # talks.qmd is in the navbar but kg has no talks to read from it
    assert parts_of(p) == ["_quarto.yml", "index.qmd", "publications.qmd", "students.qmd"]
    assert [(pub.title, pub.year, pub.venue) for pub in p.publications] == [
        ("Sparse canonical correlation for brain networks", 2024, "Annals of Applied Statistics"),
        ("Curve models for chromatin folding", 2022, "Biometrics"),
    ]
    assert [[a.is_self for a in pub.authors] for pub in p.publications] == [[True, False], [False, True]]
    assert [s.name for s in p.students] == ["Rui Alves", "Mina Sato"]
    for part in p.source.parts:
        assert part.checksum == sha(SITES / "quarto" / part.file)  # the file's, not the titled view's


def test_a_page_titled_by_its_front_matter_reads_as_that_section():
    doc = SourceDoc(Path("research.md"), "---\nlayout: default\ntitle: Research\n---\n# {{ page.title }}\n\nText.\n")
    view, title = titled_view(doc)
    assert title == "Research"
    assert view.text.split("\n") == ["", "", "# Research", "", "# Research", "", "Text.", ""]


def test_themeless_jekyll_site_reads_its_markdown_pages():
    result = import_path(SITES / "themeless-jekyll")
    p = result.profile
    assert result.format == "jekyll"
    assert p.person.name == "Priya Raman"
    # teaching.md is not a section kg reads; research.md~ is an editor backup
    assert parts_of(p) == ["_config.yml", "index.md", "research.md"]
    assert skipped_notes(p) == [("research.md~", "not read: an editor backup or stale copy"),
                                ("teaching.md", "not read: a page none of the site's readers takes; the page reader "
                                 "finds no works in it")]
    assert [(pub.title, pub.year, pub.file) for pub in p.publications] == [
        ("Consent and the limits of legitimacy", 2021, "research.md"),
        ("Realism without cynicism", 2023, "research.md"),
    ]


def test_a_readme_served_as_the_site_is_its_page():
    result = import_path(SITES / "readme-site")
    p = result.profile
    # _config.yml names only a theme; GitHub Pages serves README.md as the home page
    assert result.format == "jekyll" and p.person.name == "Jonas Feld"
    assert parts_of(p) == ["_config.yml", "README.md"]
    assert len(p.publications) == 2 and all(any(a.is_self for a in pub.authors) for pub in p.publications)


def test_yaml_config_entities_are_decoded(tmp_path):
    (tmp_path / "_config.yml").write_text('author:\n  name: "Jos&eacute; Garc&iacute;a"\n  employer: "AT&amp;T Labs"\n')
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI work on networks.\n")
    person = import_path(tmp_path).profile.person
    assert person.name == "José García"
    assert [a.name for a in person.affiliations] == ["AT&T Labs"]


def test_quarto_owner_page_is_the_one_with_an_about_block():
    p = import_path(SITES / "quarto-about").profile
    # index.qmd only lists blog posts; about.qmd is the person, its about: links the profiles
    assert p.person.name == "Dara Okonkwo"
    assert p.person.email == "dara.okonkwo@example.edu"
    assert p.person.identifiers == {"github": "dokonkwo-lab", "google_scholar": "Zx9QwErTAAAJ"}
    assert parts_of(p) == ["_quarto.yml", "about.qmd", "publications/index.qmd"]  # the navbar's Research page
    assert [(pub.title, pub.year) for pub in p.publications] == [
        ("Groundwater recharge under irrigated maize", 2023), ("Soil moisture memory in semi-arid basins", 2021)]
    # the photo has no address to resolve against (no site-url): its line stays visible
    assert [(u.file, u.line, u.text) for u in p.unparsed] == [
        ("index.qmd", 1, "not read: a list page whose own text is its front matter (its entries are other files)"),
        ("about.qmd", 3, "image: dara.jpg")]


def test_site_owner_from_a_page_title_when_nothing_else_names_them():
    texts = ["<html><head><title>Dr Ewan Kerr | Papers</title></head><body><p>Ewan Kerr, locales.</p></body>",
             "<html><head><title>Talks</title></head><body>Slides.</body>"]
    assert site_owner([], texts) == "Ewan Kerr"
    # a lab's title is not a person, and a name written only once is not enough
    assert site_owner([], ["<title>Hines Lab</title><p>Hines Lab</p>"]) is None
    assert site_owner([], ["<title>Ewan Kerr</title><p>Hello</p>"]) is None


def test_a_page_not_found_page_is_not_a_home():
    doc = SourceDoc(Path("404.html"), "<html><head><title>Page Not Found</title></head><body><h1>Oops</h1></body></html>")
    assert page_kind(doc).kind == "error"


def test_a_short_page_with_empty_boxes_and_nothing_to_load_is_the_home(tmp_path):
    (tmp_path / "index.html").write_text(
        "<!DOCTYPE html><html><head><title>Ada Byron</title></head><body><h1>Ada Byron</h1>"
        "<p>Analyst at the Engine Works.</p><div id=\"map\"></div><div id=\"comments\"></div>"
        "<script src=\"widgets.js\"></script></body></html>\n")
    assert page_kind(SourceDoc.read(tmp_path / "index.html")).kind == "shell"
    p = import_path(tmp_path).profile
    assert p.person.name == "Ada Byron" and parts_of(p) == ["index.html"] and skipped_notes(p) == []


def test_quarto_sources_without_a_home_read_the_rendered_site(tmp_path):
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\n  output-dir: docs\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.html").write_text(
        "<!DOCTYPE html><html><body><h1>Ada Byron</h1><h2>Publications</h2><ul>"
        "<li><b>Ada Byron</b>. Notes on the engine. <i>Annals</i>, 1843.</li></ul></body></html>\n")
    result = import_path(tmp_path)
    assert result.format == "quarto"
    assert result.profile.source.format == "html-site" and result.profile.person.name == "Ada Byron"
    assert [pub.title for pub in result.profile.publications] == ["Notes on the engine"]


def test_a_home_name_with_initials_is_written_out_when_the_site_spells_it(tmp_path):
    (tmp_path / "index.html").write_text(
        "<!DOCTYPE html><html><head><title>Wen Okoro Lab</title></head><body>"
        "<h2>Publications</h2><ul><li><b>W. Okoro</b>, J. Lin. Fast tests. <i>Genetics</i>, 2020.</li>"
        "<li>J. Lin, <b>W. Okoro</b>. Slow tests. <i>Biometrics</i>, 2021.</li></ul></body></html>\n")
    p = import_path(tmp_path).profile
    assert p.person.name == "Wen Okoro"
    assert all(any(a.is_self for a in pub.authors) for pub in p.publications)


def test_a_jekyll_site_of_html_layouts_is_read_from_its_build(tmp_path):
    # no author in _config.yml, no markdown home: the rendered _site/ is the site, the lower-case title its
    # owner because the configured address holds the family name
    (tmp_path / "_config.yml").write_text("title: mara lindqvist\nemail: mlindqvist@example.org\n")
    (tmp_path / "index.html").write_text("---\nlayout: default\n---\n<h2>Research</h2>\n{% for p in site.posts %}{% endfor %}\n")
    (tmp_path / "_site").mkdir()
    (tmp_path / "_site" / "index.html").write_text(
        "<!DOCTYPE html><html><head><title>research</title></head><body><h2>Working papers</h2><ul>"
        "<li>Trade and rain, with J. Oduya. 2022.</li><li>Roads and prices. 2020.</li></ul></body></html>\n")
    result = import_path(tmp_path)
    assert result.format == "jekyll"
    assert result.profile.person.name == "Mara Lindqvist"
    assert parts_of(result.profile) == ["index.html"]
    assert result.profile.source.file == "_site"


def test_publications_a_page_lists_from_a_jekyll_data_file():
    p = import_path(SITES / "jekyll-data").profile
    assert p.person.name == "Lena Faber"
    # publications.md loops over site.data.papers; site.data.press holds no publication records
    assert parts_of(p) == ["_config.yml", "index.md", "publications.md", "_data/papers.yml"]
    snow, flood = p.publications
    assert (snow.title, snow.year, snow.venue, snow.file, snow.line) == (
        "Snow drought in mountain basins", 2024, "Geophysical Research Letters", "_data/papers.yml", 2)
    assert [(a.name, a.is_self) for a in snow.authors] == [("L. Faber", True), ("M. Osei", False), ("T. Brandt", False)]
    assert snow.links == {"pdf": "https://lfaber.example.io/assets/pdf/faber2024.pdf",
                          "doi": "https://doi.org/10.1029/2024GL000001"}
    assert (flood.title, flood.line, flood.links) == ("Flood seasonality under warming", 9, {})
    # a bare file name is placed in a folder by the page's template: kg cannot know which, the line stays
    assert [(u.file, u.line, u.text) for u in p.unparsed] == [
        ("_data/press.yml", 1, "read by the records reader: no list of works the site shows in it (a lookup table, "
         "a menu, settings)"),
        ("_data/papers.yml", 13, "pdf: osei2022.pdf")]


def test_an_academicpages_page_looping_over_a_data_file(tmp_path):
    (tmp_path / "_config.yml").write_text('author:\n  name: "Rafe Imai"\n')
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI study soils.\n")
    (tmp_path / "_pages" / "publications.md").write_text(
        "---\npermalink: /publications/\n---\n{% for p in site.data.pubs.journal %}{{ p.title }}{% endfor %}\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "pubs.yml").write_text(
        "journal:\n  - title: Soil carbon at depth\n    authors: [R. Imai, K. Voss]\n    venue: Geoderma\n    year: 2021\n"
        "talks:\n  - title: A talk on soils\n    authors: [R. Imai]\n    venue: EGU\n")
    p = import_path(tmp_path).profile
    assert [(pub.title, pub.venue, pub.year, pub.file, pub.line) for pub in p.publications] == [
        ("Soil carbon at depth", "Geoderma", 2021, "_data/pubs.yml", 2)]  # only the list the loop names
    assert [a.is_self for a in p.publications[0].authors] == [True, False]


def test_links_to_the_sites_own_address_are_its_pages(tmp_path):
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html><head><link rel="canonical" href="https://www.uni.example/~okoye/index.html"></head>'
        '<body><h1>Ife Okoye</h1><a href="https://www.uni.example/~okoye/list2.html">Papers</a></body></html>\n')
    (tmp_path / "list2.html").write_text(
        "<!DOCTYPE html><html><body><ul><li><b>Ife Okoye</b>. Tides. <i>Ocean Letters</i>, 2019.</li></ul>"
        "</body></html>\n")
    # neither the file's name nor its content says what it is: only the home's link to its own address does
    assert [p.name for p in plan_html_site(tmp_path).pages] == ["list2.html"]
    (tmp_path / "index.html").write_text((tmp_path / "index.html").read_text().replace(
        'href="https://www.uni.example/~okoye/list2', 'href="https://elsewhere.example/~okoye/list2'))
    assert plan_html_site(tmp_path).pages == []


def test_a_quarto_page_computed_by_code_is_read_from_its_rendered_html(tmp_path):
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\nwebsite:\n  title: Noor Haddad\n")
    (tmp_path / "index.qmd").write_text('---\ntitle: "Noor Haddad"\n---\n\nPhD student in neuroscience.\n')
    (tmp_path / "publications.qmd").write_text(
        '---\ntitle: "Publications"\n---\n\n```{python}\nimport yaml\nfor p in yaml.safe_load(open("papers.yaml")):\n'
        '    print(p)\n```\n')
    (tmp_path / "publications.html.md").write_text("# Publications\n\n- A keep-md copy, 2020.\n")
    (tmp_path / "_site").mkdir()
    (tmp_path / "_site" / "publications.html").write_text(
        "<!DOCTYPE html><html><body><h1>Publications</h1><ul>"
        "<li>Ana Ruiz, <b>Noor Haddad</b>. Grid cells in the dark. <i>Neuron</i>, 2023.</li></ul></body></html>\n")
    p = import_path(tmp_path).profile
    # the rendered page, not the code nor Quarto's keep-md intermediate
    assert parts_of(p) == ["_quarto.yml", "index.qmd", "_site/publications.html"]
    assert [(pub.title, pub.year, pub.file) for pub in p.publications] == [
        ("Grid cells in the dark", 2023, "_site/publications.html")]


def test_markdown_pages_without_a_configuration_are_a_github_pages_site(tmp_path):
    (tmp_path / "index.md").write_text("# Kofi Mensah\n\nLecturer in Economics, University of Coastal Ghana.\n")
    (tmp_path / "papers.md").write_text(
        "# Papers\n\n- **Kofi Mensah**, Ama Owusu. Cocoa prices and rain. *Journal of Development*, 2021.\n")
    result = import_path(tmp_path)
    assert result.format == "jekyll"
    assert parts_of(result.profile) == ["index.md", "papers.md"]
    assert [pub.title for pub in result.profile.publications] == ["Cocoa prices and rain"]


def test_a_home_page_named_after_a_lab_gives_way_to_the_sites_owner(tmp_path):
    # the page reader takes the title "Sato Lab Publications" for a name: a group, not the owner
    (tmp_path / "index.html").write_text(
        "<!DOCTYPE html><html><head><title>Sato Lab Publications</title></head><body>"
        "<h2>Publications and Other Products</h2><ol>"
        "<li>K. Sato, L. Berg. Cold shock proteins. <i>Biochemistry</i> 40, 12 (2019).</li>"
        "<li>M. Ito, K. Sato. Folding at four degrees. <i>J. Mol. Biol.</i> 12, 3 (2017).</li>"
        "</ol><p>&copy; 2024 Kenji Sato</p></body></html>\n")
    p = import_path(tmp_path).profile
    assert p.person.name == "Kenji Sato"
    assert all(next(a for a in pub.authors if a.is_self).name == "K. Sato" for pub in p.publications)


def test_hand_written_section_pages_of_a_themed_jekyll_site_are_read():
    p = import_path(SITES / "jekyll-pages").profile
    assert p.person.name == "Ola Nordby"
    # People.md and publications.md say what they hold; cv.md does not name a section kg reads from a page
    assert parts_of(p) == ["_config.yml", "_pages/about.md", "_pages/People.md", "_pages/publications.md"]
    # (cv.md lists no works: it was read for the owner's degrees and positions, and says so)
    assert skipped_notes(p) == [("_pages/publications.md~", "not read: an editor backup or stale copy"),
                                ("_pages/cv.md", "read for the owner's particulars only (degrees, positions)")]
    # publications.md has an empty title: its file name heads it, so its paragraphs are read as papers
    assert [(pub.file, pub.line) for pub in p.publications] == [("_pages/publications.md", 9),
                                                                ("_pages/publications.md", 11)]
    assert p.publications[1].title == "Ten years of radar over a caldera"
    assert all(any(a.is_self for a in pub.authors) for pub in p.publications)


def test_config_names_a_given_name_beside_the_full_one(tmp_path):
    (tmp_path / "_config.yml").write_text('name: &name "Lucie Marchand"\nauthor:\n  name: "Lucie"\n')
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI work on genomes.\n")
    assert import_path(tmp_path).profile.person.name == "Lucie Marchand"


def test_config_name_with_the_name_in_another_script(tmp_path):
    (tmp_path / "_config.yml").write_text('author:\n  name: "Wei Zhang (张伟)"\n')
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI work on radar.\n")
    person = import_path(tmp_path).profile.person
    assert (person.name, person.alternate_names) == ("Wei Zhang", ["张伟"])


def test_the_themes_own_publications_page_adds_nothing(tmp_path):
    import shutil

    site = tmp_path / "site"
    shutil.copytree(SITES / "academicpages", site)
    (site / "_pages" / "publications.md").write_text(
        '---\nlayout: archive\ntitle: "Publications"\npermalink: /publications/\n---\n\n'
        "{% if site.author.googlescholar %}\n"
        '  <div>You can also find my articles on <a href="{{site.author.googlescholar}}">my Google Scholar profile</a>.'
        "</div>\n{% endif %}\n\n{% for post in site.publications reversed %}\n  {% include archive-single.html %}\n"
        "{% endfor %}\n")
    before = import_path(SITES / "academicpages").profile
    after = import_path(site).profile
    assert [p.title for p in after.publications] == [p.title for p in before.publications]
    assert [(u.file, u.line) for u in after.unparsed] == [(u.file, u.line) for u in before.unparsed]
    assert "_pages/publications.md" in parts_of(after)


def test_a_broken_file_in_a_collection_kg_does_not_read_is_noted_not_fatal(tmp_path):
    import shutil

    site = tmp_path / "site"
    shutil.copytree(SITES / "academicpages", site)
    (site / "_teaching").mkdir()
    (site / "_teaching" / "2014-course.md").write_text('---\ntitle: "Course\nvenue: x: y: z\n---\nText.\n')
    p = import_path(site).profile
    assert len(p.publications) == len(import_path(SITES / "academicpages").profile.publications)
    notes = [(u.file, u.text) for u in p.unparsed if u.file == "_teaching/2014-course.md"]
    assert len(notes) == 1 and notes[0][1].startswith("page not read: front matter is not valid YAML")


def test_a_repository_readme_beside_a_built_docs_site_is_not_the_site(tmp_path):
    (tmp_path / "README.md").write_text("# my-website\n\nSource of my homepage, served from docs/.\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.html").write_text(
        "<!DOCTYPE html><html><body><h1>Pia Lund</h1><h2>Publications</h2><ul>"
        "<li><b>Pia Lund</b>. Sea ice. <i>Polar Research</i>, 2018.</li></ul></body></html>\n")
    result = import_path(tmp_path)
    assert result.format == "html-site" and result.profile.person.name == "Pia Lund"
    assert result.profile.source.file == "docs"


def test_config_bio_gives_position_and_demo_scholar_names_are_no_alias(tmp_path):
    """A sidebar one-liner 'Assistant Professor of Biology at Colby College studying ...' gives the job title
    and the affiliation when the page states neither; al-folio's demo 'scholar: Einstein' is no alias."""
    (tmp_path / "_config.yml").write_text(
        'title: "Rosa Quint"\nauthor:\n  name: "Rosa Quint"\n'
        '  bio: "Assistant Professor of Biology at Colby College studying seed dispersal"\n'
        "scholar:\n  last_name: Einstein\n  first_name: [Albert, A.]\n", encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\npermalink: /\ntitle: About\n---\n\nI study how birds move seeds.\n\n## Publications\n\n"
        "- **Rosa Quint**, Albert Einstein. Seeds on the move. *Ecology*, 2021.\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.job_title == "Assistant Professor of Biology"
    assert [a.name for a in p.person.affiliations] == ["Colby College"]
    assert [(a.name, a.is_self) for a in p.publications[0].authors] == [("Rosa Quint", True), ("Albert Einstein", False)]
    assert not any("scholar" in u.text or "last_name" in u.text for u in p.unparsed)


def test_a_sidebar_bio_that_only_names_a_university_is_the_affiliation_past_internships_are_not(tmp_path):
    """'bio: "Inland university of technology"' names where the person is; the page's dated internships are
    past places, so the university is still added as the affiliation. An employer set in the config wins."""
    (tmp_path / "_config.yml").write_text(
        'title: "Rui Sun"\nauthor:\n  name: "Rui Sun"\n  bio: "Inland university of technology"\n', encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\npermalink: /\ntitle: About\n---\n\nI graduated with a doctorate in mechanics.\n\n# Internships\n\n"
        "- *2018.05 - 2019.02*, Harbor Gear Works Ltd., Portside.\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert "Inland university of technology" in [a.name for a in p.person.affiliations]
    (tmp_path / "_config.yml").write_text(
        'title: "Rui Sun"\nauthor:\n  name: "Rui Sun"\n  bio: "Inland university of technology"\n'
        '  employer: "Delta Robotics"\n', encoding="utf-8")
    p = import_path(tmp_path).profile
    assert "Inland university of technology" not in [a.name for a in p.person.affiliations]


def test_front_matter_keys_holding_markdown_links_give_the_publications_links(tmp_path):
    from kg.importers.site.records import read_jekyll_publication

    pubs = tmp_path / "_publications"
    pubs.mkdir()
    f = pubs / "2021-01-01-masks.md"
    f.write_text("---\ntitle: \"Masks and partisanship\"\ncollection: publications\ndate: 2021-01-01\n"
                 "paperurl: 'https://example.org/paper'\n"
                 "workingpaper: '[WP version](https://example.org/wp.html)'\n"
                 "replication: '[Replication materials](https://example.org/data)'\n---\n", encoding="utf-8")
    part = read_jekyll_publication(tmp_path, f, None, None, [])
    pub = part.publications[0]
    assert pub.links["paper"] == "https://example.org/paper"
    urls = set(pub.links.values()) | {x.url for x in pub.more_links}
    assert {"https://example.org/wp.html", "https://example.org/data"} <= urls
    assert not part.doc.unparsed()


def test_an_index_page_written_without_html_tags_is_the_home_and_a_pages_title_names_its_owner(tmp_path):
    """Old hand-written sites leave out <html>/<head>/<body>; a server still sends index.html as the home.
    The publication page's own title, 'Publications of X', names whose list it is."""
    (tmp_path / "index.html").write_text(
        "<h2>Ruth E. Calder</h2>\n<p>\nProfessor of Mathematics<br>\n<a href='https://u.example.edu'>"
        "University of Tarn</a>\n<p><a href='pubs.html'>Publications</a>\n", encoding="utf-8")
    (tmp_path / "pubs.html").write_text(
        "<!DOCTYPE html>\n<html><head><title>Publications of Ruth E. Calder</title></head><body>\n"
        "<h2>Publications of Ruth E. Calder</h2>\n<ol>\n"
        "<li>Sheaves on small sites\n  (with Tom Ames)\n<br><a href='https://j.example.org'><i>SIAM J. Discrete Math.</i>"
        "</a> <b>26</b>, no. 2 (2012), 555-570.\n"
        "<li>Slopes of point sets\n<br><i>Duke Math. J.</i> <b>131</b>, no. 1 (2006), 119-165.\n"
        "</ol></body></html>\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.name == "Ruth E. Calder"
    assert [(x.title, x.year) for x in p.publications] == [("Sheaves on small sites", 2012), ("Slopes of point sets", 2006)]
    assert [[a.name for a in x.authors] for x in p.publications] == [["Ruth E. Calder", "Tom Ames"], ["Ruth E. Calder"]]
    assert [x.venue.split(" ")[:3] for x in p.publications] == [["SIAM", "J.", "Discrete"], ["Duke", "Math.", "J."]]
    assert skipped_notes(p) == []


def test_a_themeless_jekyll_site_reads_a_section_page_kept_as_a_folders_index(tmp_path):
    """'publications/index.md' is the page Jekyll serves at /publications/."""
    (tmp_path / "_config.yml").write_text("title: Ines Harrow\nname: Ines Harrow\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("---\nlayout: default\n---\n# Ines Harrow\n\nEcologist at the "
                                       "University of Tarn.\n", encoding="utf-8")
    (tmp_path / "publications").mkdir()
    (tmp_path / "publications" / "index.md").write_text(
        "---\nlayout: default\ntitle: Publications\n---\n\n#### Publications\n\n"
        "Lenz, T., **Harrow, I.**, & Berg, O. (2019). *Moth counts along hedgerows.* Journal of Ecology, 10(2), 1-9.\n\n"
        "**Harrow, I.** (2017). *Seed rain in small meadows.* Oecologia, 160(4), 721-733.\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [(x.title, x.year) for x in p.publications] == [("Moth counts along hedgerows", 2019),
                                                         ("Seed rain in small meadows", 2017)]
    assert "publications/index.md" in parts_of(p)


def test_a_section_page_that_cannot_be_read_is_named_not_dropped(tmp_path):
    (tmp_path / "index.html").write_text("<html><body><h1>Ruth E. Calder</h1><p>Professor at the University of "
                                         "Tarn</p></body></html>", encoding="utf-8")
    (tmp_path / "papers.html").write_bytes(b"\x00\x01binary")
    p = import_path(tmp_path).profile
    assert skipped_notes(p) == [("papers.html", "not read: cannot be read: not a text file (binary content)")]


def test_a_hugo_site_of_another_theme_reads_its_content_pages_and_params_author(tmp_path):
    """No Academic author page: content/_index.md is the home, the content pages are the site's pages, and
    params.author / params give the owner's name, email and profile ids."""
    (tmp_path / "config.yaml").write_text(
        "baseURL: https://aruiz.example.io/\ntheme: sleek\ntitle: Ana Ruiz - Personal Website\nparams:\n"
        "  author:\n    email: ana@example.edu\n    name: Ana Ruiz\n  github: \"anaruiz\"\n", encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "_index.md").write_text(
        "---\ntitle: About\n---\nI am a Ph.D. Candidate in Accounting at Northfield Business School.\n",
        encoding="utf-8")
    (tmp_path / "content" / "research.md").write_text(
        "---\ntitle: Research\n---\n\n## Working Papers\n\"Disclosure in the Dynamic Market for Lemons,\" 2026 "
        "(with Cyrus Aghamolla) [[SSRN]](https://papers.ssrn.com/1)\n", encoding="utf-8")
    result = import_path(tmp_path)
    p = result.profile
    assert result.format == "hugo"
    assert (p.person.name, p.person.email, p.person.identifiers.get("github")) == ("Ana Ruiz", "ana@example.edu", "anaruiz")
    assert p.person.job_title.startswith("Ph.D. Candidate")
    assert [x.title for x in p.publications] == ["Disclosure in the Dynamic Market for Lemons"]
    assert "content/research.md" in parts_of(p)


def test_a_config_author_left_as_the_themes_sample_is_not_the_owner(tmp_path):
    (tmp_path / "_config.yml").write_text('title: "Lorem ipsum"\nauthor:\n  name: "Lorem ipsum"\n  bio: "Lorem ipsum '
                                          'College"\n  email: "lorem@ipsum.com"\n', encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\npermalink: /\ntitle: \"Ana Ruiz\"\n---\nI am a master's student at the University of Zurich.\n",
        encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.name == "Ana Ruiz" and p.person.email is None and p.person.description != "Lorem ipsum College"


def test_hugo_authors_written_as_a_bibtex_string_in_a_yaml_list(tmp_path):
    """'authors: [Sato, Yuko and Michael Wahman]' is one BibTeX author string that YAML cut at its commas;
    '[A, B & C]' names three people; '[Sato, Yuko]' is the owner written family first."""
    (tmp_path / "config.yaml").write_text("baseURL: https://ysato.example.io/\n", encoding="utf-8")
    (tmp_path / "content" / "authors" / "admin").mkdir(parents=True)
    (tmp_path / "content" / "authors" / "admin" / "_index.md").write_text(
        "---\ntitle: Yuko Sato\nsuperuser: true\nrole: Postdoc\n---\n", encoding="utf-8")
    for slug, authors in (("a", "[Sato, Yuko and Michael Wahman]"), ("b", "[Ann Boese, Kelly Morris & Yuko Sato]"),
                          ("c", "[Sato, Yuko]")):
        (tmp_path / "content" / "publication" / slug).mkdir(parents=True)
        (tmp_path / "content" / "publication" / slug / "index.md").write_text(
            f"---\ntitle: Paper {slug.upper()} on protest\nauthors: {authors}\ndate: 2022-01-01\n---\n", encoding="utf-8")
    pubs = sorted(import_path(tmp_path).profile.publications, key=lambda x: x.title)
    assert [[(a.name, a.is_self) for a in x.authors] for x in pubs] == [
        [("Yuko Sato", True), ("Michael Wahman", False)],
        [("Ann Boese", False), ("Kelly Morris", False), ("Yuko Sato", True)],
        [("Yuko Sato", True)]]


def test_hugo_authors_joined_by_commas_in_one_list_item(tmp_path):
    """Old Hugo Academic pages write 'authors = ["YK Sato, M Wahman, AB Boese"]': one item of whole names joined
    by commas, each name a person (not one name written family first, whose comma has one word before it)."""
    (tmp_path / "config.toml").write_text('baseurl = "https://ysato.example.io/"\n[params]\n  name = "Yuko Sato"\n',
                                          encoding="utf-8")
    (tmp_path / "content" / "publication").mkdir(parents=True)
    (tmp_path / "content" / "publication" / "a.md").write_text(
        '+++\ntitle = "Protest waves in small towns"\nauthors = ["M Wahman, YK Sato, AB Boese"]\ndate = "2016-01-01"\n'
        'publication = "*Journal of Town Studies*"\n+++\n', encoding="utf-8")
    pub = import_path(tmp_path).profile.publications[0]
    assert [(a.name, a.is_self) for a in pub.authors] == [("M Wahman", False), ("YK Sato", True), ("AB Boese", False)]


def test_hugo_author_notes_of_shared_first_authorship_mark_equal_contribution(tmp_path):
    (tmp_path / "config.yaml").write_text("baseURL: https://ysato.example.io/\n", encoding="utf-8")
    (tmp_path / "content" / "authors" / "admin").mkdir(parents=True)
    (tmp_path / "content" / "authors" / "admin" / "_index.md").write_text(
        "---\ntitle: Yuko Sato\nsuperuser: true\n---\n", encoding="utf-8")
    (tmp_path / "content" / "publication" / "a").mkdir(parents=True)
    (tmp_path / "content" / "publication" / "a" / "index.md").write_text(
        "---\ntitle: Hand movements of new speakers\nauthors: [admin, Lena Dorn]\ndate: 2022-01-01\n"
        "author_notes: ['Shared first authorship', 'Shared first authorship']\n---\n", encoding="utf-8")
    pub = import_path(tmp_path).profile.publications[0]
    assert [(a.name, a.marks) for a in pub.authors] == [("Yuko Sato", ["equal_contribution"]),
                                                       ("Lena Dorn", ["equal_contribution"])]


def test_a_config_name_of_initials_stands_for_the_site_title(tmp_path):
    (tmp_path / "_config.yml").write_text('title: "Dana Kell"\nname: &name "DK"\nauthor:\n  name: ""\n', encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\nI am a sociologist at Yale.\n",
                                                 encoding="utf-8")
    assert import_path(tmp_path).profile.person.name == "Dana Kell"


def test_a_profile_id_setting_written_as_the_addresss_query(tmp_path):
    (tmp_path / "_config.yml").write_text("first_name: Raj\nlast_name: Nakul\nscholar_userid: citations?user=IwA8Y3EAAAAJ&hl=en\n",
                                          encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\nlayout: about\npermalink: /\n---\nI am an engineer.\n",
                                                 encoding="utf-8")
    (tmp_path / "_bibliography").mkdir()
    (tmp_path / "_bibliography" / "papers.bib").write_text(
        "@article{n1, title={Fibre profiles}, author={Nakul, Raj}, journal={Composites}, year={2023}}\n", encoding="utf-8")
    assert import_path(tmp_path).profile.person.identifiers.get("google_scholar") == "IwA8Y3EAAAAJ"


def test_a_profile_readme_reads_the_publication_page_it_links_to(tmp_path):
    (tmp_path / "README.md").write_text(
        "# Hi, I'm Abi Oye\n\nPhD student in electrical engineering at Tarn University.\n\n"
        "- [View my publication portfolio](https://github.com/abioye/abioye/blob/main/publications.md)\n",
        encoding="utf-8")
    (tmp_path / "publications.md").write_text(
        "# Publications\n\n1. **A. Oye**, B. Ray, \"THz channel sounding in rain,\" IEEE MILCOM, 2025.\n"
        "2. B. Ray, **A. Oye**, \"Phase noise at 300 GHz,\" IEEE ICC, 2024.\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [x.year for x in p.publications] == [2025, 2024]
    assert "publications.md" in parts_of(p)


def test_hugo_publication_links_the_page_labels_itself(tmp_path):
    (tmp_path / "config.toml").write_text('baseURL = "https://mz.example.io/"\n', encoding="utf-8")
    (tmp_path / "content" / "authors" / "admin").mkdir(parents=True)
    (tmp_path / "content" / "authors" / "admin" / "_index.md").write_text(
        "---\ntitle: Mo Zak\nsuperuser: true\n---\n", encoding="utf-8")
    (tmp_path / "content" / "publication").mkdir(parents=True)
    (tmp_path / "content" / "publication" / "dgu.md").write_text(
        '+++\ntitle = "Dark gauge symmetry for a left-right model"\ndate = "2017-06-20"\n'
        'authors = ["Ern Ma", "Mo Zak"]\n\n[[url_custom]]\nname = "arXiv"\nurl = "http://arxiv.org/abs/1706.06501"\n\n'
        '[[url_custom]]\nname = "INSPIRE"\nurl = "http://inspirehep.net/record/1606106"\n+++\n', encoding="utf-8")
    [pub] = import_path(tmp_path).profile.publications
    assert pub.links == {"arxiv": "http://arxiv.org/abs/1706.06501", "inspire": "http://inspirehep.net/record/1606106"}


def test_jekyll_scholar_source_in_the_config_says_where_the_bibtex_is(tmp_path):
    (tmp_path / "_config.yml").write_text("first_name: Lin\nlast_name: Anders\nscholar:\n  source: publication_bib\n"
                                          "  bibliography: library.bib\n", encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\nlayout: about\npermalink: /\n---\nI study power grids.\n",
                                                 encoding="utf-8")
    (tmp_path / "publication_bib").mkdir()
    (tmp_path / "publication_bib" / "library.bib").write_text(
        "@article{a1, title={Grid decarbonization paths}, author={Anders, Lin and Ruiz, Ana}, journal={Energy}, "
        "year={2024}}\n", encoding="utf-8")
    (tmp_path / "publication_bib" / "old.bib").write_text(
        "@article{o1, title={An old draft}, author={Anders, Lin}, journal={Drafts}, year={2010}}\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [x.title for x in p.publications] == ["Grid decarbonization paths"]


def test_a_publications_file_naming_its_coauthors_in_the_title(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Onur Eryk\nauthor:\n  name: Onur Eryk\n", encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\nI am an economist.\n", encoding="utf-8")
    (tmp_path / "_publications").mkdir()
    (tmp_path / "_publications" / "p2.md").write_text(
        "---\ntitle: \"Spousal Death and Survivors' Spending (with Claudio Damian and Irina Gemo)\"\n"
        "collection: publications\ndate: 2021-06-16\n---\n", encoding="utf-8")
    [pub] = import_path(tmp_path).profile.publications
    assert pub.title == "Spousal Death and Survivors' Spending"
    assert [(a.name, a.is_self) for a in pub.authors] == [("Onur Eryk", True), ("Claudio Damian", False),
                                                         ("Irina Gemo", False)]


def test_a_config_name_with_a_title_and_a_permalink_set_to_the_papers_address(tmp_path):
    (tmp_path / "_config.yml").write_text('url: https://ek.example.io\nauthor:\n  name: "Dr Elco Kok"\n',
                                          encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\nI study floods.\n", encoding="utf-8")
    (tmp_path / "_publications").mkdir()
    (tmp_path / "_publications" / "p0.md").write_text(
        "---\ntitle: \"Moving flood risk modelling forwards\"\ncollection: publications\n"
        "permalink: https://www.nature.com/articles/s41558-018-0185-y\ndate: 2018-05-28\n"
        "venue: 'Nature Climate Change'\n---\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.name == "Elco Kok"
    assert p.publications[0].links == {"paper": "https://www.nature.com/articles/s41558-018-0185-y"}


def test_a_folder_of_jemdoc_sources(tmp_path):
    """index.jemdoc, MENU and papers.jemdoc (the generated HTML not committed): read through the markdown path."""
    (tmp_path / "MENU").write_text("Chen Chao\n    about  [index.html]\n    publication  [papers.html]\n",
                                   encoding="utf-8")
    (tmp_path / "index.jemdoc").write_text(
        "# jemdoc: menu{MENU}{index.html}\n= Chen Chao\n\n~~~\n{}{img_left}{me.jpg}{alt}{163}{246}\n"
        "Assistant Professor \\n\nDepartment of Mathematics \\n\nNorth Carolina State University\n\n"
        "Contact: [cchen@ncsu.example.edu] \\n\n~~~\n", encoding="utf-8")
    (tmp_path / "papers.jemdoc").write_text(
        "# jemdoc: menu{MENU}{papers.html}\n\n== Refereed Papers\n\n"
        "- Ann Lee, Chen Chao, and Bo Ray, /Fast solvers for planar integral equations/, SIAM Journal on "
        "Scientific Computing (2025). \\[[https://arxiv.org/abs/2310.15458 arXiv]\\]\n", encoding="utf-8")
    result = import_path(tmp_path)
    p = result.profile
    assert result.format == "jemdoc"
    assert (p.person.name, p.person.job_title, p.person.email) == ("Chen Chao", "Assistant Professor",
                                                                    "cchen@ncsu.example.edu")
    [pub] = p.publications
    assert (pub.title, pub.year) == ("Fast solvers for planar integral equations", 2025)
    assert [a.name for a in pub.authors] == ["Ann Lee", "Chen Chao", "Bo Ray"]
    assert pub.links == {"arxiv": "https://arxiv.org/abs/2310.15458"}


def test_jemdoc_sources_with_a_news_block_line_breaks_and_unspaced_initials(tmp_path):
    """A bare ``\\n`` line (vertical space) before a heading, a ``~~~ {Recent News}`` block of ``\\[MM/YYYY\\]``
    items, a raw-HTML ``{{ ... }}`` spanning lines, an honours page; papers under ``== YEAR`` headings written
    'K.Lin, *A.Moss*, and R.Tran, "Title" in Venue' with a linked venue badge and notes on a second line."""
    (tmp_path / "MENU").write_text("Ana Moss\n    Home [index.html]\n    Papers [papers.html]\n"
                                   "    Honours [honors.html]\n", encoding="utf-8")
    (tmp_path / "index.jemdoc").write_text(
        "# jemdoc: menu{MENU}{index.html}\n\\n\n= Ana Moss\n\nResearch scientist at Example Labs.\n\n"
        "{{\n<a href=\"https://github.com/anamoss/\"><img src=\"gh.png\" alt=\"gh\" /></a>\n}}\n\n"
        "~~~\n{Recent News}\n- \\[03\\/2025\\] I moved to Example Labs.\n\n"
        "- \\[11/2024\\] Our paper on sketches won a prize.\n~~~\n", encoding="utf-8")
    (tmp_path / "honors.jemdoc").write_text(
        "# jemdoc: menu{MENU}{honors.html}\n\\n\n= Honours\n== Awards\n- Travel Grant @ CONF 2022\n"
        "- Best Demo Award 2023\n", encoding="utf-8")
    (tmp_path / "papers.jemdoc").write_text(
        "# jemdoc: menu{MENU}{papers.html}\n\\n\n= Publications\n\n== Journal\n== 2023\n"
        "- \\[[https://example.org/tpds TPDS]\\] K.Lin, *A.Moss*, and\n"
        "R.Tran, \"Learning to Route Packets in Programmable Switches\" in IEEE Transactions on Parallel Systems "
        "\\n (IF 2022 = 9.1, JCR Q1) \\[[https://doi.org/10.1/abc DOI]\\]\n\n"
        "== 2021\n- \\[[https://example.org/tpds TPDS]\\] *A.Moss* and R.Tran, \"Sketching Heavy Hitters\" in IEEE "
        "Transactions on Parallel Systems (IF 2020=4.1)\n\n"
        "== Conference\n== 2024\n- \\[[https://example.org/c Flow Conference 2024]] *A.Moss*, "
        "\"Counting Flows with Small Sketches\"\\n\nin Annual Conference on Flows (FlowConf 2024), 2024.\n",
        encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.name == "Ana Moss" and p.person.identifiers.get("github") == "anamoss"
    assert [(n.date, n.text) for n in p.news] == [("2025-03", "I moved to Example Labs."),
                                                  ("2024-11", "Our paper on sketches won a prize.")]
    assert [a.name for a in p.awards] == ["Travel Grant @ CONF", "Best Demo Award"]
    got = [(x.title, x.year, x.venue, [a.name for a in x.authors], [a.is_self for a in x.authors])
           for x in p.publications]
    assert got == [
        ("Learning to Route Packets in Programmable Switches", 2023, "TPDS", ["K.Lin", "A.Moss", "R.Tran"],
         [False, True, False]),
        ("Sketching Heavy Hitters", 2021, "TPDS", ["A.Moss", "R.Tran"], [True, False]),
        ("Counting Flows with Small Sketches", 2024, "Flow Conference", ["A.Moss"], [True]),  # the badge
    ]


def test_an_html_shell_whose_script_fetches_markdown_sections(tmp_path):
    (tmp_path / "index.html").write_text(
        "<html><body><aside><h1>Bing Lee</h1><p>Postdoc at ETH Zurich</p></aside>"
        "<div class='md-body' id='pubs'><p class='loading'>Loading…</p></div>"
        "<script>const SECTIONS = [{ id: 'publications', file: 'content/publications.md' }];"
        "fetch('content/news.md').then(r => r.text());</script></body></html>", encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "publications.md").write_text(
        "## Publications\n\n- **Bing Lee**, Ann Ray. *Sharpness and the edge of stability*. NeurIPS 2025.\n",
        encoding="utf-8")
    (tmp_path / "content" / "news.md").write_text("## News\n\n- **2025.09** One paper accepted at NeurIPS.\n",
                                                  encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [(x.title, x.year) for x in p.publications] == [("Sharpness and the edge of stability", 2025)]
    assert len(p.news) == 1
    assert {"content/publications.md", "content/news.md"} <= set(parts_of(p))


def test_publication_records_with_a_short_venue_key_and_link_keys_of_their_own(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Ren Yang\nauthor:\n  name: Ren Yang\n", encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\nI work on graphs.\n", encoding="utf-8")
    (tmp_path / "_publications").mkdir()
    (tmp_path / "_publications" / "2019-sigmod.md").write_text(
        '---\ntitle: "Heat kernel PageRank for local clustering"\ncollection: publications\ndate: 2019-01-01\n'
        'authors: "<b>Ren Yang</b>, Xia Xiao"\nvenue: "Proceedings of the International Conference on Management of Data"\n'
        'venueabbr: "SIGMOD"\ngithub: "https://github.com/renyang/tea"\nposter: "https://renyang.example/tea-poster.pdf"\n---\n',
        encoding="utf-8")
    [pub] = import_path(tmp_path).profile.publications
    assert (pub.venue, pub.venue_full) == ("SIGMOD", "Proceedings of the International Conference on Management of Data")
    assert pub.links == {"code": "https://github.com/renyang/tea", "poster": "https://renyang.example/tea-poster.pdf"}


def test_a_site_page_with_stray_windows_1252_bytes_reports_their_lines(tmp_path):
    (tmp_path / "index.html").write_text("<html><body><h1>Pat Kuch</h1><p>Professor at the University of Tarn</p>"
                                         "<p><a href='papers.htm'>Publications</a></p></body></html>", encoding="utf-8")
    (tmp_path / "papers.htm").write_bytes(
        b'<html><head><meta charset="utf-8"></head><body><h1>Publications</h1><ol>\n'
        b'<li>(with Ann Ray) <i>Spectra of quantum graphs</i>, J. Math. Phys. 12 (2009), 1\x96 9.</li>\n</ol></body></html>\n')
    p = import_path(tmp_path).profile
    assert [x.title for x in p.publications] == ["Spectra of quantum graphs"]
    assert [(u.file, u.line) for u in p.unparsed if u.section == "encoding"] == [("papers.htm", 2)]


def test_a_hugo_site_of_another_theme_without_a_base_url_still_reads_its_params(tmp_path):
    (tmp_path / "config.yaml").write_text("theme: sleek\nparams:\n  author:\n    name: Ana Ruiz\n    email: ana@example.edu\n",
                                          encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "_index.md").write_text("---\ntitle: About\n---\nI study disclosure.\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert (p.person.name, p.person.email) == ("Ana Ruiz", "ana@example.edu")
    assert "config.yaml" in parts_of(p)


def test_a_record_link_whose_text_is_the_venue_line():
    from kg.importers.site.records import DATA_KEYS, publication_from_record

    used: set[str] = set()
    pub = publication_from_record({"title": "Binding enthalpy of host-guest pairs", "authors": "A. Kaya, B. Ross",
                                   "link": {"url": "https://doi.org/10.1000/jcm.2021.7",
                                            "display": "J. Comput. Mol. 2021, 12, 3, 101-110"}},
                                  DATA_KEYS, None, used)
    assert pub.year == 2021 and pub.venue and pub.venue.startswith("J. Comput. Mol")
    assert "https://doi.org/10.1000/jcm.2021.7" in pub.links.values() and pub.doi == "10.1000/jcm.2021.7"
    assert "link" in used
    # a link with a label is a link by that label, and says nothing of the venue
    pub = publication_from_record({"title": "T", "code": {"url": "https://github.com/x/y", "text": "Code"}},
                                  DATA_KEYS, None)
    assert pub.links == {"code": "https://github.com/x/y"} and pub.venue is None and pub.year is None


@pytest.mark.parametrize("key, value", [("scholar", "Qw3rTyUAAAAJ&hl"), ("googlescholar", "Qw3rTyUAAAAJ"),
                                        ("google_scholar", "https://scholar.google.com/citations?user=Qw3rTyUAAAAJ&hl=en")])
def test_a_scholar_setting_gives_the_bare_id(key, value):
    from kg.importers.site.fields import apply_social
    from kg.model import Person

    person = Person(name="A B")
    assert apply_social(person, key, value)
    assert person.identifiers["google_scholar"] == "Qw3rTyUAAAAJ"


def test_a_quarto_page_whose_code_reads_a_data_file_of_papers(tmp_path):
    """A publications page that is code (it opens papers.yaml and prints each record) lists that file's records;
    the records are keyed by an id, and 'me' among the authors is the owner."""
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\nwebsite:\n  title: Noor Haddad\n")
    (tmp_path / "index.qmd").write_text("---\ntitle: Noor Haddad\n---\n\nI am a PhD student in ecology at "
                                        "Riverbend University.\n")
    (tmp_path / "publications.qmd").write_text(
        "---\ntitle: Publications\n---\n\n```{python}\nimport yaml\npapers = yaml.safe_load(open(\"papers.yaml\"))\n"
        "for key, p in papers.items():\n    print(p['title'])\n```\n")
    (tmp_path / "papers.yaml").write_text(
        "duneveg:\n  title: \"Dune vegetation after storms\"\n  authors:\n    - Lea Ortiz\n    - me\n  year: 2023\n"
        "  venue: Coastal Ecology\n  preprint: https://example.org/dune\n"
        "nestsite:\n  title: \"Nest site choice of plovers\"\n  authors: [me, Sam Reid]\n  year: 2021\n"
        "  venue: Ibis\n")
    profile = import_path(tmp_path).profile
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Dune vegetation after storms", "Nest site choice of plovers"]
    dune = pubs["Dune vegetation after storms"]
    assert [a.name for a in dune.authors] == ["Lea Ortiz", "Noor Haddad"] and dune.authors[1].is_self
    assert dune.venue == "Coastal Ecology" and dune.year == 2023 and dune.file == "papers.yaml"
    assert "https://example.org/dune" in dune.links.values()


def test_a_lab_site_whose_papers_name_authors_by_surname_only(tmp_path):
    """The home page names only the lab; the papers list authors by family name; the people page writes the
    owner's name out: the owner is that name, and their papers are theirs."""
    (tmp_path / "index.html").write_text(
        "<html><head><title>Coastline Vision Lab</title></head><body><h1>Coastline Vision Lab</h1>"
        "<p>We study how people see colour and gloss.</p><a href='people.html'>People</a> "
        "<a href='publications.html'>Publications</a></body></html>")
    (tmp_path / "people.html").write_text(
        "<html><head><title>People</title></head><body><h1>People</h1><div class='card'><h3>Ilaria Benedetti</h3>"
        "<p>Harbourside University</p></div><div class='card'><h3>Tom Reyes</h3></div></body></html>")
    items = "".join(
        f"<li><h2><a href='papers/p{i}.pdf'>{t}</a></h2><dl><dt>Authors:</dt><dd>{a}</dd>"
        f"<dt>Journal:</dt><dd>{j}</dd></dl></li>"
        for i, (t, a, j) in enumerate([
            ("Gloss constancy under changing light", "Benedetti, Reyes &amp; Lund", "Journal of Vision"),
            ("Colour naming in the periphery", "Okoye &amp; Benedetti", "Vision Research"),
            ("Saturation of natural objects", "Benedetti &amp; Lund", "JOSA")]))
    (tmp_path / "publications.html").write_text(
        f"<html><head><title>Publications</title></head><body><h1>Publications</h1><h1>2023</h1><ul>{items}</ul>"
        "</body></html>")
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Ilaria Benedetti"
    pubs = {p.title: p for p in profile.publications}
    assert len(pubs) == 3
    assert [a.name for a in pubs["Colour naming in the periphery"].authors] == ["Okoye", "Benedetti"]
    assert [a.is_self for a in pubs["Colour naming in the periphery"].authors] == [False, True]


def test_a_hugo_site_titled_with_its_owners_domain(tmp_path):
    """'title = "MarenHolt.net"' names the owner; the home page's own guess (a coauthor of the first paper on
    the publications page) does not win over it. A species in italics inside a linked title stays in the title."""
    (tmp_path / "config.toml").write_text('baseURL = "https://marenholt.net/"\ntitle = "MarenHolt.net"\n'
                                          'theme = "plain"\n')
    content = tmp_path / "content"
    content.mkdir()
    (content / "_index.md").write_text("---\ntitle: Home\n---\n\nI am a postdoctoral fellow in the Department of "
                                       "Ornithology at the Coastal Institute of Ecology.\n")
    (content / "publications.md").write_text(
        "---\ntitle: Publications\n---\n"
        "Ruiz, P., Dahl, K., **Holt, M.** and Berg, T. 2021\\. [Flight costs of migrating waders](https://ex.org/a)."
        " _Ibis_ 163: 1-9\\.\n\n"
        "**Holt, M.** 2019\\. [Nest defence by a male lapwing (_Vanellus vanellus_) against a stoat]"
        "(https://ex.org/b). _Bird Study_ 66: 20-24\\.\n")
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Maren Holt"
    pubs = {p.title: p for p in profile.publications}
    nest = pubs["Nest defence by a male lapwing (Vanellus vanellus) against a stoat"]
    assert nest.venue == "Bird Study" and nest.year == 2019 and nest.authors[0].is_self
    assert pubs["Flight costs of migrating waders"].authors[2].is_self


def test_a_quarto_sites_title_with_a_middle_initial_names_its_owner(tmp_path):
    """'title: "Ann B Moreau"' in _quarto.yml names the owner; the home page's prose writes her without the
    initial ("I'm Dr Ann Moreau") and the papers write "Moreau, A. B.": the site title is the owner's full name,
    not a second person (a held-out Quarto case lost the initial when this rule was taken out as unreached)."""
    (tmp_path / "_quarto.yml").write_text(
        'project:\n  type: website\nwebsite:\n  title: "Ann B Moreau"\n  navbar:\n    left:\n'
        '      - href: index.qmd\n        text: Home\n      - href: research.qmd\n        text: Research\n')
    (tmp_path / "index.qmd").write_text(
        '---\ntitle: "About"\nabout:\n  template: jolla\n---\n\nI\'m Dr Ann Moreau, a lecturer in geology at the '
        "University of Nordhavn. I teach field methods and sediment dating.\n")
    (tmp_path / "research.qmd").write_text(
        '---\ntitle: "Research"\n---\n\n## Publications\n\n'
        "- Moreau, A. B., & Roe, C. (2021). Dating river terraces with cheap sensors. *Journal of Field Geology*, "
        "3(2), 1-10.\n- Roe, C., Moreau, A. B., & Diaz, E. (2019). Sediment cores of the northern fjords. "
        "*Boreal Earth*, 7, 44-51.\n")
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Ann B Moreau"
    assert [a.is_self for a in profile.publications[0].authors] == [True, False]


def test_a_quarto_site_with_a_tab_in_its_config_and_markup_in_its_title(tmp_path):
    """'_quarto.yml' with a tab after a key (Quarto reads it, PyYAML does not) and CRLF line ends, a site title
    'Name, Ph.D.', and a home page whose title is the name inside a styled <span>."""
    (tmp_path / "_quarto.yml").write_bytes(
        b"project:\r\n  type: website\r\nwebsite:\r\n  title: \"Ida K. Moss, Ph.D.\"\r\nformat:\r\n  html:\r\n"
        b"    grid:\r\n      margin-width:\t275px\r\n")
    (tmp_path / "index.qmd").write_text(
        "---\ntitle: \"<span style='font-size: 2.8rem;'>Ida K. Moss</span>\"\nabout:\n  template: solana\n---\n\n"
        "I am Ida, a survey statistician at Northfield Research.\n")
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Ida K. Moss"


@pytest.mark.parametrize("title, name", [("Ida K. Moss, Ph.D.", "Ida K. Moss"), ("Ida Moss, PhD", "Ida Moss"),
                                         ("IdaMoss.net", "Ida Moss"), ("MossLab.org", None)])
def test_person_title_reads_a_degree_suffix_and_a_domain(title, name):
    from kg.importers.site.owner import person_title

    assert person_title(title) == name


def test_a_hugo_author_page_with_an_empty_title_and_a_bio_of_prose(tmp_path):
    """'title:' left empty on the author page of a site titled with the owner's name; the bio says the job, the
    place and the degree in sentences."""
    cfg = tmp_path / "config" / "_default"
    cfg.mkdir(parents=True)
    (cfg / "config.yaml").write_text("baseURL: https://ex.org/\ntitle: Ruth Okafor # Website name\n")
    admin = tmp_path / "content" / "authors" / "admin"
    admin.mkdir(parents=True)
    (admin / "_index.md").write_text(
        "---\ntitle: \nbio: \"I hold a PhD in chemical engineering from the University of Leeds. Now I work as a "
        "postdoc at the Delta Institute of Catalysis.\"\nsuperuser: true\n---\n")
    pub = tmp_path / "content" / "publication" / "p1"
    pub.mkdir(parents=True)
    (pub / "index.md").write_text("---\ntitle: Zeolite pores at scale\nauthors:\n- admin\n- Jo Bell\n"
                                  "date: 2021-01-01\npublication: Catalysis Today\n---\n")
    person = import_path(tmp_path).profile.person
    assert person.name == "Ruth Okafor"
    assert person.job_title and person.job_title.lower() == "postdoc"
    assert [a.name for a in person.affiliations] == ["Delta Institute of Catalysis"]
    assert [e.institution for e in person.education] == ["University of Leeds"]


def test_a_hugo_site_whose_pages_live_in_a_page_section(tmp_path):
    """A Tranquilpeak-like site: the owner in the config's own [author] table with a degree after the name,
    profile links in a menu, the about and publications pages in content/page/."""
    (tmp_path / "config.toml").write_text(
        'baseURL = "https://ex.org"\ntitle = "Noa Vidal, Psy.D/Ph.D"\ntheme = "peak"\n'
        '[[menu.links]]\n  name = "Github"\n  url = "https://github.com/noavidal"\n'
        '[author]\n  name = "Noa Vidal, Psy.D/Ph.D"\n  email = "noa@ex.org"\n')
    page = tmp_path / "content" / "page"
    page.mkdir(parents=True)
    (page / "about.md").write_text("---\ntitle: About\n---\n\nI am a clinical psychologist and researcher at "
                                   "Harbor University Hospital.\n")
    (page / "publications.md").write_text(
        "---\ntitle: Publications\n---\n\n1. **Vidal, N.**, & Park, J. (2022). Sleep and attention in autism. "
        "*Autism Research*, 15(2), 1-10.\n")
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Noa Vidal" and profile.person.email == "noa@ex.org"
    assert profile.person.identifiers["github"] == "noavidal"
    assert [p.title for p in profile.publications] == ["Sleep and attention in autism"]


def test_an_about_page_built_from_included_files(tmp_path):
    """AcadHomepage's about.md made of '{% include_relative includes/pub.md %}' lines: each included file is
    read as a page of the site, its items tagged with its own file and line; a file no page includes is not."""
    (tmp_path / "_config.yml").write_text("title: Lin Bo\nauthor:\n  name: Lin Bo\n  email: lin@ex.org\n")
    pages = tmp_path / "_pages"
    (pages / "includes").mkdir(parents=True)
    (pages / "about.md").write_text("---\npermalink: /\ntitle: \"\"\n---\n\n{% include_relative includes/intro.md %}\n\n"
                                    "{% include_relative includes/pub.md %}\n")
    (pages / "includes" / "intro.md").write_text("I am an associate professor at Hillside Normal University.\n")
    (pages / "includes" / "pub.md").write_text(
        "# Publications\n\n**(* corresponding author, # co-first author)**\n\n"
        "[2] **Lin Bo**, Kai Wen, Jia Lu\\*.  *Soil microbes under drought.*  **Geoderma** 2024, 12, 1-9.\n\n"
        "[1] Kai Wen, **Lin Bo\\***.  *Nitrate in karst springs.*  **Water Research** 2022, 5, 10-19.\n")
    (pages / "includes" / "pub_short.md").write_text(
        "# Publications\n\n- Some Other, *A template paper about speech.* **ICML** 2020.\n")
    profile = import_path(tmp_path).profile
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Nitrate in karst springs", "Soil microbes under drought"]
    soil = pubs["Soil microbes under drought"]
    assert [(a.name, a.marks) for a in soil.authors] == [("Lin Bo", []), ("Kai Wen", []), ("Jia Lu", ["corresponding"])]
    assert soil.file == "_pages/includes/pub.md" and soil.line == 5 and soil.venue == "Geoderma"
    assert pubs["Nitrate in karst springs"].authors[1].marks == ["corresponding"]
    assert profile.person.job_title and "professor" in profile.person.job_title.lower()
    # the include lines were read, not left over
    assert not any(u.file == "_pages/about.md" and "include_relative" in u.text for u in profile.unparsed)


def test_an_academicpages_record_titled_with_its_kind_and_a_citation_holding_its_doi(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Ana Ruiz\nauthor:\n  name: Ana Ruiz\n"
                                          "  googlescholar: \"https://scholar.google.com/citations?user=AbCdEf12AAAJ\"\n")
    pages = tmp_path / "_pages"
    pages.mkdir()
    (pages / "about.md").write_text(
        "---\npermalink: /\n---\n\nI am a Postdoctoral Researcher at the [B. Jones Institute for Risk](https://r.org/).\n\n"
        "* Ph.D. University of Tarn (2024)\n  * Risk Engineering, Advisors: [Dr. Omar Sadik](https://scholar.google.com/"
        "citations?user=ZZZZZZZZAAAJ)\n")
    pubs = tmp_path / "_publications"
    pubs.mkdir()
    (pubs / "2020-solar.md").write_text(
        "---\ntitle: \"Journal: Scheduling solar storage with learning\"\ncollection: publications\n"
        "citation: 'Oda, K.., Ruiz, A., & Lind, P. (2020). Scheduling solar storage with learning. Applied Energy, "
        "268:114943, 2020. doi:https://doi.org/10.1016/j.apenergy.2020.114943'\n---\n")
    profile = import_path(tmp_path).profile
    pub = profile.publications[0]
    assert pub.title == "Scheduling solar storage with learning" and pub.venue_type == "journal"
    assert [a.name for a in pub.authors] == ["K. Oda", "A. Ruiz", "P. Lind"] and pub.authors[1].is_self
    assert "https://doi.org/10.1016/j.apenergy.2020.114943" in pub.links.values()
    person = profile.person
    # the advisor's Scholar profile is not the owner's
    assert person.identifiers["google_scholar"] == "AbCdEf12AAAJ"
    assert "B. Jones Institute for Risk" in [a.name for a in person.affiliations]


def test_a_with_phrase_in_a_title_beside_a_citation_that_lists_the_authors(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Onur Kaya\nauthor:\n  name: Onur Kaya\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI am an economist at Lakeside.\n")
    pubs = tmp_path / "_publications"
    pubs.mkdir()
    (pubs / "p1.md").write_text("---\ntitle: 'Heat Waves and Savings (with Alma Berg)'\ncollection: publications\n"
                                "citation: 'Berg, A and O Kaya (2021), Heat Waves and Savings, Discussion Paper 12.'\n---\n")
    pub = import_path(tmp_path).profile.publications[0]
    assert pub.title == "Heat Waves and Savings"
    assert [a.name for a in pub.authors] == ["A Berg", "O Kaya"] and pub.authors[1].is_self


def test_a_frameset_home_is_read_through_its_frames(tmp_path):
    """index.html only splits the window into frames: the frame with text of its own is the home page (not the
    menu frame, which is mostly links), and the pages the menu links to are read beside it."""
    (tmp_path / "index.html").write_text('<HTML><FRAMESET COLS="25%,75%"><FRAME SRC="menu.html">'
                                         '<FRAME SRC="card.html"><FRAME></FRAMESET></HTML>')
    (tmp_path / "menu.html").write_text('<html><head><title>Untitled Document</title></head><body>'
                                        '<p><a href="card.html">Home</a></p><p><a href="pubs.html">Papers</a></p>'
                                        '<p><a href="teaching.html">Teaching</a></p></body></html>')
    (tmp_path / "card.html").write_text('<html><head><title>frame two</title></head><body>'
                                        '<p><b>Ines K. Marlow</b><br>Professor of Soil Physics<br>'
                                        'Faculty of Agriculture, Lakeside University</p></body></html>')
    (tmp_path / "pubs.html").write_text('<html><head><title>Papers</title></head><body><h2>Publications</h2><ul>'
                                        '<li>I. K. Marlow, T. Brandt. Water in clay. Soil Journal, 2019.</li>'
                                        '</ul></body></html>')
    result = import_path(tmp_path)
    assert result.profile.person.name == "Ines K. Marlow"
    assert [p.title for p in result.profile.publications] == ["Water in clay"]
    assert sorted(p.file for p in result.profile.source.parts) == ["card.html", "pubs.html"]


def test_a_pages_site_with_a_cname_makes_its_relative_links_absolute(tmp_path):
    """A GitHub Pages CNAME file names the domain the site is served from: './papers/x.pdf' is a link there."""
    (tmp_path / "CNAME").write_text("www.okaforlab.example\n")
    (tmp_path / "index.html").write_text(
        '<html><head><title>Ruth Okafor</title></head><body><h1>Ruth Okafor</h1><h2>Publications</h2><ul>'
        '<li>R. Okafor, B. Lind. Tone in the northern dialects. Journal of Tones, 2021. '
        '<a href="./papers/tones.pdf">[PDF]</a></li></ul></body></html>')
    pub = import_path(tmp_path).profile.publications[0]
    assert pub.links["pdf"] == "https://www.okaforlab.example/papers/tones.pdf"


@pytest.mark.parametrize("text", ["", "two words\n", "http://\n", "not a host\n"])
def test_a_cname_that_names_no_domain_gives_no_base(tmp_path, text):
    from kg.importers.site.html_site import cname_url

    (tmp_path / "CNAME").write_text(text)
    assert cname_url(tmp_path) is None


_REPO_SITE = {
    "_pages/about.md": "---\npermalink: /\n---\n\n## Publications\n\n- **Moss under snow**, Runa Holm, Ilse Marr. "
                       "*Journal of Bryology*, 2020. [pdf](files/moss.pdf)\n",
}


@pytest.mark.parametrize("repository,base", [
    ('"RunaHolm/RunaHolm.github.io"', "https://runaholm.github.io/"),
    ('"https://github.com/runa-holm/runa-holm.github.io"', "https://runa-holm.github.io/"),
    ('"runaholm/moss-notes"', None),                      # a project's repository: where it is served is not said
    ('"janedoe/janedoe.github.io"', None),                # an account that is not the owner's (a fork's leftover)
])
def test_a_configs_user_site_repository_is_the_sites_address_when_url_is_empty(tmp_path, repository, base):
    """academicpages and AcadHomepage write ``repository: user/user.github.io`` where ``url`` is left empty: the
    repository GitHub Pages serves at https://user.github.io/, the base of the site's relative links, when the
    account spells the owner's name."""
    site = write_site(tmp_path, {"_config.yml": f'title: "Runa Holm"\nurl: \nrepository: {repository}\n'
                                               'author:\n  name: "Runa Holm"\n', **_REPO_SITE})
    result = import_path(site)
    assert result.profile.publications[0].links == ({"pdf": base + "files/moss.pdf"} if base else {})
    assert bool(result.unplaced_links) is (base is None)


@pytest.mark.parametrize("readme,base", [
    ("This repository is for GitHub Pages: https://runaholm.github.io\n", "https://runaholm.github.io/"),
    ("[About](https://Runa-Holm.github.io/) | [Papers](/papers.md)\n", "https://runa-holm.github.io/"),
    ("A fork of the template; demo at https://themeauthor.github.io/\n", None),
    ("With [Ilse Marr](https://ilsemarr.github.io/) and [Runa](https://runaholm.github.io/)\n",
     "https://runaholm.github.io/"),
    ("I am a student in the [Holm Lab](https://holmlab.github.io/).\n", None),  # a lab's site, not the owner's
])
def test_the_readme_naming_the_owners_user_site_gives_the_sites_address(tmp_path, readme, base):
    """A site whose configuration names no ``url`` and whose README writes its own GitHub Pages address: the one
    user site's root address whose account spells the owner's name is the site's; a theme author's or a
    coauthor's github.io address places nothing."""
    site = write_site(tmp_path, {"_config.yml": 'title: "Runa Holm"\n', "README.md": readme, **_REPO_SITE})
    result = import_path(site)
    assert result.profile.publications[0].links == ({"pdf": base + "files/moss.pdf"} if base else {})


@pytest.mark.parametrize("member_page,base", [
    # the site's own CV linked whole, in the folder its papers link relatively
    ("[my CV](https://holm-moss.github.io/files/cv.pdf)\n", "https://holm-moss.github.io/"),
    # an address under the account's root in a folder the site never links itself: another repository's site
    ("[handbook](https://holm-moss.github.io/handbook/intro.html)\n", None),
    # the site's folder under another account's root: someone else's site
    ("[her CV](https://ilsemarr.github.io/files/cv.pdf)\n", None),
])
def test_a_lab_sites_own_address_is_its_github_account_root_when_its_files_link_there(tmp_path, member_page, base):
    """A lab template's configuration gives no ``url`` and no person, only its links (``github: holm-moss``); a
    member page links a file under https://holm-moss.github.io/ in the folder the site's papers link relatively
    (``files/``): that root is the site's address, the base of the relative links."""
    site = write_site(tmp_path, {"_config.yaml": 'title: "Moss Lab"\nlinks:\n  github: holm-moss\n',
                                 "_members/runa.md": "---\nname: Runa Holm\n---\n\n" + member_page, **_REPO_SITE})
    result = import_path(site)
    assert result.profile.publications[0].links == ({"pdf": base + "files/moss.pdf"} if base else {})
    assert bool(result.unplaced_links) is (base is None)


def test_a_forks_template_repository_is_no_address_though_the_title_is_the_templates(tmp_path):
    """A fork that left the template's ``repository: academicpages/academicpages.github.io`` and its title "Academic
    Pages" (which spells the template's account) but gives the owner's name: the owner's name is asked, not the
    title, and the template's address places nothing (a wrong base makes every link wrong)."""
    config = ('title: "Academic Pages"\nurl: \nrepository: "academicpages/academicpages.github.io"\n'
              'author:\n  name: "Runa Holm"\n')
    site = write_site(tmp_path, {"_config.yml": config, **_REPO_SITE})
    result = import_path(site)
    assert result.profile.publications[0].links == {}
    assert result.profile.person.homepage is None
    assert result.unplaced_links == {"files/moss.pdf"}


def test_the_templates_own_configuration_names_no_one_and_places_nothing(tmp_path):
    """academicpages' configuration left as shipped ("Your Name", "Your Sidebar Name", its own repository): no
    name vouches for the account, so its repository is no address of this site."""
    site = write_site(tmp_path, {"_config.yml": 'title: "Your Name / Site Title"\nname: "Your Name"\nurl: \n'
                                               'repository: "academicpages/academicpages.github.io"\nauthor:\n'
                                               '  name: "Your Sidebar Name"\n', **_REPO_SITE})
    assert import_path(site).profile.publications[0].links == {}


def test_the_json_ld_of_the_home_page_gives_the_sites_address(tmp_path):
    """A hand-written site whose home page states its address only in its JSON-LD (a Person's ``url``): the base of
    every page's relative links; a nested author's url or a LinkedIn address would not be the site's."""
    (tmp_path / "index.html").write_text(
        '<html><head><title>Ruth Okafor</title><script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "Person", "name": "Ruth Okafor", "url": "https://www.okafor.example", "sameAs": '
        '["https://www.linkedin.com/in/rokafor"]}</script></head><body><h1>Ruth Okafor</h1>'
        '<p><a href="pubs.html">Publications</a> <a href="cv.html">CV</a></p></body></html>')
    (tmp_path / "pubs.html").write_text(
        '<html><head><title>Publications</title></head><body><h2>Publications</h2><ul>'
        '<li>R. Okafor, B. Lind. Tone in the northern dialects. Journal of Tones, 2021. '
        '<a href="papers/tones.pdf">[PDF]</a></li></ul></body></html>')
    result = import_path(tmp_path)
    assert result.profile.person.homepage == "https://www.okafor.example"
    assert result.profile.publications[0].links["pdf"] == "https://www.okafor.example/papers/tones.pdf"


@pytest.mark.parametrize("ld", [
    '{"@type": "BlogPosting", "author": {"@type": "Person", "url": "https://elsewhere.example/"}}',
    '{"@type": "Person", "url": "https://www.linkedin.com/in/rokafor"}',
    '{"@type": "WebSite", "url": "/"}',
    '{"@type": "Person", "url": ',
    '{"@type": "Person", "url": "https://ann.example/about/"}',                     # the person's page, no root
    '{"@type": "ProfilePage", "mainEntity": {"@type": "Person", "url": "https://uni.example/people/ann"}}',
])
def test_json_ld_that_names_no_site_of_its_own_places_nothing(ld):
    """A nested author's, a profile host's, a relative or a sub-page's ``url`` is no address of the site."""
    from kg.importers.page.source import parse_tree
    from kg.importers.page.parse import json_ld_blocks, linked_data_site

    root, _ = parse_tree(f'<html><head><script type="application/ld+json">{ld}</script></head><body>x</body></html>')
    assert linked_data_site(json_ld_blocks(root)) is None


def test_json_ld_gives_its_websites_address_before_the_persons_page():
    """A ``@graph`` writing the Person's "/about/" page before the WebSite (as a static generator does): the
    WebSite's address is the site's; a Person's root address stands where no WebSite is said."""
    from kg.importers.page.source import parse_tree
    from kg.importers.page.parse import json_ld_blocks, linked_data_site

    graph = ('{"@graph": [{"@type": "Person", "url": "https://ann.example/about/"}, {"@type": "WebSite", '
             '"url": "https://ann.example/"}]}')
    root, _ = parse_tree(f'<html><head><script type="application/ld+json">{graph}</script></head><body>x</body></html>')
    assert linked_data_site(json_ld_blocks(root)) == "https://ann.example/"
    root, _ = parse_tree('<html><head><script type="application/ld+json">{"@type": ["Person"], "url": '
                         '"https://www.ann.example"}</script></head><body>x</body></html>')
    assert linked_data_site(json_ld_blocks(root)) == "https://www.ann.example"


def test_json_ld_type_list_holding_an_object_is_read_not_a_crash():
    """A ``@type`` list with an object in it (a page's mistake) is read by its names: the Person's root address
    stands, the object is skipped (it raised "unhashable type: 'dict'" before)."""
    from kg.importers.page.source import parse_tree
    from kg.importers.page.parse import json_ld_blocks, linked_data_site

    root, _ = parse_tree('<html><head><script type="application/ld+json">{"@type": [{"x": 1}, "Person"], "url": '
                         '"https://tor.example/"}</script></head><body>x</body></html>')
    assert linked_data_site(json_ld_blocks(root)) == "https://tor.example/"


def test_a_bio_page_the_menu_links_gives_the_owners_education(tmp_path):
    """jemdoc sources whose MENU links a Bio page: its Education list is the owner's."""
    (tmp_path / "MENU").write_text("Menu\n    Home                [index.html]\n    Bio                 [bio.html]\n")
    (tmp_path / "index.jemdoc").write_text("# jemdoc: menu{MENU}{index.html}\n= Lin Ode\n\nI am a researcher at "
                                           "Harbor Labs.\n\n== Publications\n- L. Ode, K. Berg. "
                                           "*Fast switches*. In /NSDI/, 2023.\n")
    (tmp_path / "bio.jemdoc").write_text("# jemdoc: menu{MENU}{bio.html}\n= Bio\n\n== Education\n"
                                         "- Ph.D., University of Tarn, 2021\n- M.Sc., Lakeside University, 2017\n")
    person = import_path(tmp_path).profile.person
    assert [e.institution for e in person.education] == ["University of Tarn", "Lakeside University"]


def test_an_academicpages_cv_page_is_read_for_its_owner_only(tmp_path):
    """'_pages/cv.md' holds the owner's positions and degrees (read) and repeats their papers (not counted
    twice); 'I am an oceanographer.' on the about page is a position without its 'I am an'."""
    (tmp_path / "_config.yml").write_text('author:\n  name: "Rafe Imai"\n')
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI am an oceanographer.\n")
    (tmp_path / "_pages" / "publications.md").write_text(
        "---\ntitle: Publications\n---\n\n* R. Imai, K. Voss. Soil carbon at depth. *Geoderma*, 2021.\n")
    (tmp_path / "_pages" / "cv.md").write_text(
        "---\ntitle: CV\n---\n\nExperience\n======\nResearch Scientist, **Lakeshore Institute of Science**, since 2026\n\n"
        "Education\n======\nPh.D, Oceanography, **Northgate University**, 2020\n\n"
        "Publications\n======\n* R. Imai, K. Voss. Soil carbon at depth. *Geoderma*, 2021.\n")
    p = import_path(tmp_path).profile
    assert p.person.job_title == "oceanographer"
    assert [a.name for a in p.person.affiliations] == ["Lakeshore Institute of Science"]
    assert [(e.institution, e.year) for e in p.person.education] == [("Northgate University", 2020)]
    assert [pub.title for pub in p.publications] == ["Soil carbon at depth"]


def test_an_unlinked_education_page_gives_the_owners_degrees(tmp_path):
    """'education.md', linked by no menu, names each school in a heading and the degree under it: the owner's
    degrees, as an unlinked CV page's are (before: the page was reported as not read)."""
    (tmp_path / "_config.yml").write_text('title: Rafe Imai\nauthor:\n  name: "Rafe Imai"\n')
    (tmp_path / "index.md").write_text("---\nlayout: page\n---\n\nI am an oceanographer.\n")
    (tmp_path / "education.md").write_text(
        "---\nlayout: page\ntitle: Education\n---\n\n### **Northgate University**, *Tarnby*\n"
        "> **Ph. D., Oceanography**, `Aug 2015 - May 2020`\n\n"
        "### **Lakeshore Institute of Science**, *Eastfield*\n> **M.S. in Geology**, `Aug 2012 - Apr 2015`\n")
    result = import_path(tmp_path)
    assert [(e.institution, e.year) for e in result.profile.person.education] == [
        ("Northgate University", 2020), ("Lakeshore Institute of Science", 2015)]
    # the page is read, and said to be: no "not read" note for it
    assert [u.text for u in result.profile.unparsed if u.file == "education.md"] == [
        "read for the owner's particulars only (an education page; no works in it)"]


def test_unlinked_contact_and_experience_pages_give_the_owners_particulars(tmp_path):
    """'contact.md' with the owner's address, 'experience.md' with dated posts, linked by no menu: what a visitor
    reads there of the owner (e-mail, position, workplace), as an unlinked about page gives; a page of open
    positions, no post of it dated, gives nothing."""
    files = {
        "_config.yml": 'title: Rafe Imai\nauthor:\n  name: "Rafe Imai"\n',
        "index.md": "---\nlayout: page\n---\n\nWelcome to my notes on tides.\n",
        "contact.md": "---\nlayout: page\ntitle: Contact\n---\n\nE-mail: r.imai [at] northgate.example.edu\n",
        "experience.md": (
            "---\nlayout: page\ntitle: Experience\n---\n\n### **Postdoctoral Fellow**\n"
            "> [Lakeshore Institute of Science](https://lakeshore.example.org), *Eastfield* `Jan 2021 - present`\n>\n"
            "> **Advisor**: Kaspar Ode\n>\n> * Modelled tides in narrow fjords.\n\n"
            "### **Doctoral Researcher**\n> [Northgate University](https://northgate.example.edu), *Tarnby* "
            "`Aug 2015 - Dec 2020`\n>\n> * Measured salt in winter estuaries.\n"),
    }
    result = imported_site(tmp_path / "a", files)
    person = result.person
    assert person.email == "r.imai@northgate.example.edu"
    assert person.job_title == "Postdoctoral Fellow" and person.advisors == ["Kaspar Ode"]
    assert [a.name for a in person.affiliations][:1] == ["Lakeshore Institute of Science"]
    assert {u.file: u.text for u in result.unparsed if u.section == "skipped"} == {
        "contact.md": "read for the owner's particulars only (a contact page; no works in it)",
        "experience.md": "read for the owner's particulars only (an experience page; no works in it)"}
    ads = imported_site(tmp_path / "b", {**files, "experience.md": (
        "---\nlayout: page\ntitle: Positions\n---\n\n### **Postdoctoral Researcher**\n"
        "> A post at [Northgate University](https://northgate.example.edu) on tides, open until filled.\n")})
    assert ads.person.job_title is None and not ads.person.affiliations


@pytest.mark.parametrize("name, heading, body", [
    # a page headed by another person's name: that person's degrees (a copy of a famous CV), none of the owner's
    ("education.md", "Education", "# Albert Einstein\n\n- Ph.D. in Physics, University of Zurich, 1905\n"
                                  "- Diploma in Mathematics and Physics, ETH Zurich, 1900\n"),
    # "formation" in French is as often the courses taught as the owner's training: no page of degrees by its name
    ("formation.md", "Formation", "Cours que j'assure :\n\n- Master 2 Informatique, Université de Tarn, 2019-2023\n"
                                  "- Licence 3 Mathématiques, Université de Tarn, 2018-2022\n"),
    # a theme's sample page left as generated: its sample degrees are nobody's
    ("education.md", "Education", "Write your biography here. Tell the world about yourself.\n\n"
                                  "- Ph.D. in Physics, University of Zurich, 1905\n"),
])
def test_an_unlinked_page_of_degrees_gives_the_owner_none_of_anothers(tmp_path, name, heading, body):
    (tmp_path / "_config.yml").write_text('title: Rafe Imai\nauthor:\n  name: "Rafe Imai"\n')
    (tmp_path / "index.md").write_text("---\nlayout: page\n---\n\nI am an oceanographer at Northgate University.\n")
    (tmp_path / name).write_text(f"---\nlayout: page\ntitle: {heading}\n---\n\n{body}", encoding="utf-8")
    assert import_path(tmp_path).profile.person.education == []


def test_an_unlinked_page_of_degrees_headed_by_a_heading_not_a_name_gives_the_owners_degrees(tmp_path):
    """Review 75c/ed: "# Graduate Studies" reads as a two-word name but names no one (no initial, no given name
    first): the degrees under it are the owner's (before: none, and the page reported not read)."""
    (tmp_path / "_config.yml").write_text('title: Rafe Imai\nauthor:\n  name: "Rafe Imai"\n')
    (tmp_path / "index.md").write_text("---\nlayout: page\n---\n\nI am an oceanographer at Northgate University.\n")
    (tmp_path / "education.md").write_text(
        "---\nlayout: page\ntitle: Education\n---\n\n# Graduate Studies\n\n"
        "- Ph.D. in Oceanography, Northgate University, 2020\n- B.S. in Physics, Lakeshore Institute of Science, 2015\n")
    assert [(e.institution, e.year) for e in import_path(tmp_path).profile.person.education] == [
        ("Northgate University", 2020), ("Lakeshore Institute of Science", 2015)]


def test_an_academicpages_cv_page_gives_the_awards_and_students_no_other_page_lists(tmp_path):
    """The CV's awards and its "Co-supervision" list are the site's only ones: they are read (its papers, which
    the publications page lists, are not counted twice)."""
    (tmp_path / "_config.yml").write_text('author:\n  name: "Rafe Imai"\n')
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "navigation.yml").write_text(
        'main:\n  - title: "Publications"\n    url: /publications/\n  - title: "CV"\n    url: /cv/\n')
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI am an oceanographer.\n")
    (tmp_path / "_pages" / "publications.md").write_text(
        "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
        "* R. Imai, K. Voss. Soil carbon at depth. *Geoderma*, 2021.\n")
    (tmp_path / "_pages" / "cv.md").write_text(
        "---\ntitle: CV\npermalink: /cv/\n---\n\n## Education\n**Ph.D.**, Northgate University, 2020\n\n## Publications\n* R. Imai, K. Voss. Soil carbon at depth. *Geoderma*, 2021.\n\n"
        "## Co-supervision on Internship & Thesis\n- **Lina Ostrow**, Northgate University (2020.01 – 2020.06)\n"
        "- **Per Dahl**, Eastfield College (2021.03 – 2021.06)\n\n"
        "## Awards & Certifications\n- Harbour Science Scholarship (2018)\n- Best Poster Award, Tide Forum (2017)\n")
    p = import_path(tmp_path).profile
    assert [s.name for s in p.students] == ["Lina Ostrow", "Per Dahl"]
    assert [(a.name, a.year) for a in p.awards] == [("Harbour Science Scholarship", 2018),
                                                    ("Best Poster Award, Tide Forum", 2017)]
    assert all(x.file == "_pages/cv.md" for x in [*p.students, *p.awards])
    assert [pub.title for pub in p.publications] == ["Soil carbon at depth"]



def test_an_unlinked_cv_page_gives_its_talks_and_courses_with_its_awards(tmp_path):
    """A Hugo site's CV page, read through the account of the files no reader took (no menu links it), lists
    works, awards, talks and courses: all are read (before: its works and awards were kept, its talks and courses
    read and then dropped, none of their lines reported)."""
    (tmp_path / "config.toml").write_text('title = "rimai.example.org"\n[[menu.main]]\n  name = "CV"\n  url = "/cv/"\n')
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "_index.md").write_text("---\ntitle: Rafe Imai\n---\n\nI am an oceanographer.\n")
    (tmp_path / "content" / "contact.md").write_text("---\ntitle: Contact\n---\n\nrafe@example.org\n")
    (tmp_path / "content" / "cv.html").write_text(
        "---\nslug: cv\n---\n<h1>Rafe Imai: CV</h1>\n"
        "<h1>Publications</h1>\n<ol>\n<li><strong>Imai, R.</strong>, K. Voss. 2021. Soil carbon at depth. "
        "Geoderma 12: 3-9.</li>\n<li>Voss, K., <strong>R. Imai</strong>. 2019. Tides and salt. "
        "Coastal Letters 4: 10.</li>\n</ol>\n"
        "<h1>Awards</h1>\n<ul>\n<li>Harbour Science Scholarship, 2018</li>\n</ul>\n"
        "<h1>Talks</h1>\n<ul>\n<li>Carbon below the plough. Soil Science Days, Lund, 2022.</li>\n"
        "<li>Tides and roots. Coastal Forum, Bergen, 2020.</li>\n</ul>\n"
        "<h1>Teaching</h1>\n<ul>\n<li>Introduction to Soil Physics (SOIL 210), Northgate University, 2021</li>\n</ul>\n")
    p = import_path(tmp_path).profile
    assert [pub.title for pub in p.publications] == ["Soil carbon at depth", "Tides and salt"]
    assert [a.name for a in p.awards] == ["Harbour Science Scholarship"]
    assert len(p.talks) == 2 and len(p.teaching) == 1
    assert all(x.file == "content/cv.html" for x in [*p.awards, *p.talks, *p.teaching])


def test_an_academicpages_cv_page_gives_the_papers_when_no_other_file_lists_any(tmp_path):
    """No collection, bibliography, data file nor publications page: the CV's list is the site's list of papers
    (before: read for the person only, 0 papers and none of its lines reported)."""
    (tmp_path / "_config.yml").write_text('author:\n  name: "Rafe Imai"\n')
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI am an oceanographer.\n")
    (tmp_path / "_pages" / "cv.md").write_text(
        "---\ntitle: CV\n---\n\nEducation\n======\nPh.D, Oceanography, **Northgate University**, 2020\n\n"
        "Publications\n======\n**\"Soil carbon at depth\"**<br>\n***R. Imai**, K. Voss* (2021)<br>\n"
        "[Geoderma **12**, 3-9](https://journals.example.org/geo/12-3)\n\n"
        "**\"Tides and salt\"**<br>\n*K. Voss, **R. Imai*** (2019)<br>\n"
        "[Coastal Letters **4**, 10](https://journals.example.org/cl/4-10)\n")
    p = import_path(tmp_path).profile
    assert [(pub.title, pub.year) for pub in p.publications] == [("Soil carbon at depth", 2021), ("Tides and salt", 2019)]
    assert [pub.file for pub in p.publications] == ["_pages/cv.md", "_pages/cv.md"]
    assert [e.institution for e in p.person.education] == ["Northgate University"]



def test_a_jekyll_index_html_with_front_matter_is_the_home_page(tmp_path):
    """No about.md nor index.md: the root index.html that opens with front matter (layout: home) is a Jekyll
    page like index.md, read as the owner's home (before: never read, no job, no affiliation)."""
    (tmp_path / "_config.yml").write_text('author:\n  name: "Rafe Imai"\n')
    (tmp_path / "index.html").write_text(
        "---\nlayout: home\npermalink: /\n---\n\n<p>\nHello! I am a Research Scientist at the\n"
        "<a href=\"https://tides.example.edu/\">Harbor Tide Institute</a>, working on coastal waves.\n</p>\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "publications.md").write_text(
        "---\ntitle: Publications\npermalink: /publications/\n---\n\n* R. Imai, K. Voss. Soil carbon at depth. *Geoderma*, 2021.\n")
    p = import_path(tmp_path).profile
    assert p.person.job_title == "Research Scientist"
    assert [a.name for a in p.person.affiliations] == ["Harbor Tide Institute"]

def test_an_html_site_cv_page_gives_the_papers_when_no_other_page_lists_any(tmp_path):
    (tmp_path / "index.html").write_text(
        "<html><head><title>Lena Haruki</title></head><body><h1>Lena Haruki</h1>"
        "<p>Senior Lecturer, Hillcrest University</p><p><a href=\"cv.html\"><img src=\"cv.jpg\"></a></p></body></html>")
    (tmp_path / "cv.html").write_text(
        "<html><head><title>Lena Haruki</title></head><body><h2>Education</h2><p>Ph.D., University of Otago, 2009</p>"
        "<h2>Publications</h2><ol><li>L. Haruki, M. Tane. River terraces of the south. <i>Geomorphology</i>, 2018.</li>"
        "<li>M. Tane, L. Haruki. Gravel and flood. <i>Earth Surface</i>, 2016.</li></ol></body></html>")
    p = import_path(tmp_path).profile
    assert [(pub.title, pub.year) for pub in p.publications] == [("River terraces of the south", 2018),
                                                                ("Gravel and flood", 2016)]

# --- a site's author settings (site.fields.apply_author: the one reader of Jekyll and Hugo author blocks) ----


def test_a_site_author_email_setting_with_two_addresses_gives_the_first():
    from kg.importers.site.fields import apply_author
    from kg.model import Person

    p = Person(name="Ana Ruiz")
    apply_author(p, {"email": "ana@lab.example.com; ana.ruiz@gmail.com"}, lambda path: None)
    assert p.email == "ana@lab.example.com"
    q = Person(name="Ana Ruiz")
    apply_author(q, {"email": "ana at lab"}, lambda path: None)
    assert q.email is None


def test_a_site_author_mapping_reads_every_profile_setting_the_site_config_reader_knows():
    from kg.importers.site.fields import apply_author
    from kg.model import Person

    person = Person(name="Ann Lee")
    used = apply_author(person, {"scholar": "Y0HIltkAAAAJ&hl", "github_username": "@annlee", "semantic": "1234567",
                                 "linkedin": "www.linkedin.com/in/ann-lee", "orcid": "0000-0002-1825-0097",
                                 "pronouns": "she/her"}, lambda path: None)
    # before: the author mapping had its own, shorter table of keys ("scholar" and "github_username" unknown there)
    # and kept the query's tail of "Y0HIltkAAAAJ&hl"
    assert person.identifiers == {"google_scholar": "Y0HIltkAAAAJ", "github": "annlee", "semantic_scholar": "1234567",
                                  "linkedin": "ann-lee", "orcid": "0000-0002-1825-0097"}
    assert "pronouns" not in used and "scholar" in used


def test_a_markdown_page_reads_the_author_blocks_bio_as_the_jekyll_config_does(tmp_path):
    from kg.importers.page.parse import parse_markdown_page

    page = tmp_path / "about.md"
    page.write_text("---\ntitle: About\n---\n\nI study tides.\n\n## Publications\n\n"
                    "1. Ann Lee, Bo Chen. Tide gauges at sea. *Ocean Letters*, 2021.\n", encoding="utf-8")
    prof = parse_markdown_page(SourceDoc.read(page), ImportOptions(),
                               site_author={"name": "Ann Lee", "bio": "Assistant Professor of Oceanography at Northfield College",
                                            "avatar": "ann.jpg", "site_url": "https://alee.github.io"})
    # before: the page reader filled the bio in as a description only; the config reader also read the position
    assert (prof.person.job_title, [a.name for a in prof.person.affiliations]) == (
        "Assistant Professor of Oceanography", ["Northfield College"])
    assert prof.person.image == "https://alee.github.io/images/ann.jpg"


def _pandoc_site(root: Path) -> Path:
    """A Quarto site in the shapes Pandoc gives: a raw-HTML about block, headings as one-line boxes, a
    bibliography page that shows only the entries it names under ``nocite``, awards with their granter."""
    (root / "").mkdir(parents=True)
    return write_site(root, {
        "_quarto.yml": (
            'project:\n  type: website\nwebsite:\n  title: "Rosa Lindqvist"\n  navbar:\n    left:\n'
            '      - text: "Publications"\n        href: publications.qmd\n      - text: "CV"\n        href: cv.qmd\n'),
        "index.qmd": (
            '---\ntitle: "About"\n---\n\n```{=html}\n<div class="left">\n  <h1>Rosa</h1>\n'
            '  <p class="subtitle">PhD Candidate · Marine Ecology · University of Tromsø</p>\n'
            '  <p>\n    Hello! I study how kelp forests recover after storms, mostly along the northern coasts.\n  </p>\n'
            '  <div class="links">\n    <a href="https://orcid.org/0000-0002-1825-0097">iD ORCID</a>\n  </div>\n'
            '</div>\n```\n'),
        "publications.qmd": (
            '---\ntitle: "Publications"\nbibliography: refs.bib\nnocite: |\n  @lind2024kelp, @lind2022storm\n---\n\n'
            '::: {#refs}\n:::\n'),
        "refs.bib": (
            "@article{lind2024kelp,\n  title={Kelp regrowth after winter storms},\n"
            "  author={Lindqvist, Rosa and Berg, Ola},\n  journal={Marine Ecology Letters},\n  year={2024}\n}\n\n"
            "@article{lind2022storm,\n  title={Storm frequency on northern coasts},\n"
            "  author={Lindqvist, Rosa},\n  journal={Coastal Research},\n  year={2022}\n}\n\n"
            "@article{other2019,\n  title={A paper the page does not show},\n"
            "  author={Berg, Ola and Lindqvist, Rosa},\n  journal={Old Journal},\n  year={2019}\n}\n"),
        "cv.qmd": (
            '---\ntitle: "CV"\n---\n\n::: {.section-title}\nEducation\n:::\n\n```{=html}\n'
            '<p>\n  <strong>Ph.D. in Marine Ecology</strong> (expected 2027)<br>\n  University of Tromsø, Norway\n</p>\n'
            '<p>\n  <strong>B.Sc. in Biology</strong> (2019)<br>\n  Lund University, Sweden\n</p>\n```\n\n'
            '::: {.section-title}\nAwards\n:::\n\n```{=html}\n'
            '<p>\n  <strong>Young Researcher Prize</strong> (2024)<br>\n  Nordic Marine Society\n</p>\n'
            '<p>\n  <strong>Travel Grant</strong> (2023)<br>\n  University of Tromsø, Norway\n</p>\n```\n'),
    })


def test_a_pandoc_site_raw_html_boxed_headings_a_cited_bibliography_and_awards_with_granters(tmp_path):
    # before: no job, no ORCID, no degrees, no awards, and none of the bibliography's papers
    profile = import_path(_pandoc_site(tmp_path / "site")).profile
    person = profile.person
    assert person.name == "Rosa Lindqvist"
    assert person.job_title == "PhD Candidate"  # the facts line under a heading that is her given name
    assert [a.name for a in person.affiliations][:1] == ["University of Tromsø"]
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert [(e.degree, e.institution) for e in person.education] == [("Ph.D.", "University of Tromsø"),
                                                                     ("B.Sc.", "Lund University")]
    # only the works the page cites, not the whole file
    assert sorted(p.title for p in profile.publications) == ["Kelp regrowth after winter storms",
                                                             "Storm frequency on northern coasts"]
    assert [(a.name, a.year) for a in profile.awards] == [("Young Researcher Prize, Nordic Marine Society", 2024),
                                                          ("Travel Grant, University of Tromsø, Norway", 2023)]


_BIB_ROW = """<tr valign="top">
<td align="right" class="bibtexnumber">
[<a name="{key}">{n}</a>]
</td>
<td class="bibtexitem">
{body}
</td>
</tr>
"""


def test_a_home_page_including_generated_html_fragments_under_its_headings(tmp_path):
    """A plain Jekyll home (index.md, a config with only the site's title and its profile settings) that pulls
    in two bibtex2html fragments with '{% include_relative x.html %}' under '## Publications' and
    '## Reports and Theses': each fragment is read as HTML, the second under the heading written above its
    include (its file name says nothing); "<em>MSc thesis, Uni</em>, June 2016" and "<em>Book</em>, (LNCS 12)"
    after the names and the title are venues, not titles; the config's twitter/github names are the owner's."""
    (tmp_path / "_config.yml").write_text("title: Tove Lindqvist\ntwitter_username: \"@tovelq\"\n"
                                          "github_username: tovelq\nremote_theme: someone/sometheme\n")
    (tmp_path / "index.md").write_text(
        "---\nlayout: default\ntitle: Tove Lindqvist\n---\n\nI am a postdoc at the Nordic Institute of Logic.\n\n"
        "## Publications\n\n{% include_relative papers.html %}\n\n## Reports and Theses\n\n"
        "{% include_relative other.html %}\n")
    rows = [("a", 2, "Ines Roth, Tove Lindqvist, and Pavel Ek.\n Typed effects for grammars.\n <em>Essays for a "
                     "Retiring Colleague</em>, (Lecture\n  Notes in Logic, volume 12), March 2019.<br />"),
            ("b", 1, "Tove Lindqvist and Pavel Ek.\n Proof search in small\n  steps.\n <em>Journal of Logic "
                     "Tools</em>, 4(2):1--20, May 2017.<br />\n[&nbsp;<a href=\"https://doi.org/10.1/pse\">DOI</a>"
                     "&nbsp;]")]
    (tmp_path / "papers.html").write_text(
        "\n<table>\n" + "".join(_BIB_ROW.format(key=k, n=n, body=b) for k, n, b in rows) + "</table>\n")
    reports = [("c", 2, "Tove Lindqvist.\n <em>Checking proofs of programs</em>.\n PhD thesis, Uni Nord, May 2021."),
               ("d", 1, "Tove Lindqvist.\n Counting steps in typed calculi.\n <em>MSc thesis, Uni Nord</em>, June "
                        "2016.<br />")]
    (tmp_path / "other.html").write_text(
        "\n<table>\n" + "".join(_BIB_ROW.format(key=k, n=n, body=b) for k, n, b in reports) + "</table>\n")
    profile = import_path(tmp_path).profile
    got = {p.title: (p.venue, p.year, [a.name for a in p.authors]) for p in profile.publications}
    assert got["Typed effects for grammars"] == ("Essays for a Retiring Colleague", 2019,
                                                 ["Ines Roth", "Tove Lindqvist", "Pavel Ek"])
    assert got["Proof search in small steps"][:2] == ("Journal of Logic Tools", 2017)
    assert got["Counting steps in typed calculi"] == ("MSc thesis, Uni Nord", 2016, ["Tove Lindqvist"])
    assert "Checking proofs of programs" in got and len(got) == 4
    assert profile.person.identifiers.get("twitter") == "tovelq"
    assert profile.person.identifiers.get("github") == "tovelq"
    assert not any(u.file == "index.md" and "include_relative" in u.text for u in profile.unparsed)


def test_a_hugo_site_with_its_owners_profiles_in_params_social(tmp_path):
    """A KeepIt/LoveIt-like Hugo site: the owner in params.author, their profiles in a [params.social] table
    keyed by each site's name (a value with a stray query left over, "AbCdEf12AAAJ&hl"), papers with the owner
    written family name first in bold ("**Lindo, JA.**") under the name "J. Arturo Lindo M."."""
    (tmp_path / "config.toml").write_text(
        'baseURL = "/"\ntitle = "J. Arturo Lindo M."\ntheme = "KeepIt"\n[params]\n  author = "J. Arturo Lindo M."\n'
        '[params.social]\n  GitHub = "alindo"\n  Twitter = "arturolindo"\n  Email = "alindo@example.org"\n'
        '  Googlescholar = "AbCdEf12AAAJ&hl"\n')
    content = tmp_path / "content"
    content.mkdir()
    (content / "about.md").write_text("+++\ntitle = \"About\"\n+++\n\nI am a PhD candidate at the University of "
                                      "Northfield.\n")
    (content / "publications.md").write_text(
        "+++\ntitle = \"Publications\"\n+++\n\n**Lindo, JA.**, Ruiz, B. (2021), Leaf traits of lianas from spectra. "
        "Remote Sensing Letters. 12: 1-9.\n[PDF](https://example.org/leaf.pdf)\n")
    profile = import_path(tmp_path).profile
    person = profile.person
    assert (person.identifiers.get("github"), person.identifiers.get("twitter")) == ("alindo", "arturolindo")
    assert person.identifiers.get("google_scholar") == "AbCdEf12AAAJ" and person.email == "alindo@example.org"
    pub = profile.publications[0]
    assert [(a.name, a.is_self) for a in pub.authors] == [("JA. Lindo", True), ("B. Ruiz", False)]


def test_a_stale_headerless_table_page_and_the_included_list_give_each_paper_once(tmp_path):
    """The home page includes its generated list (bibtex2html: "Authors. Title with a question? And more.
    <em>Venue</em>"); a separate page keeps an older kramdown table without a header row ("|WF'16|Family,
    Given; .... **Title**. *Venue*|") listing the same papers under a venue badge: each paper once, titled and
    placed as the home page's list writes it."""
    (tmp_path / "_config.yml").write_text("title: Tove Lindqvist\n")
    (tmp_path / "index.md").write_text(
        "---\nlayout: default\ntitle: Tove Lindqvist\n---\n\nI am a postdoc at the Nordic Institute of Logic.\n\n"
        "## Publications\n\n{% include_relative papers.html %}\n")
    (tmp_path / "papers.html").write_text(
        "\n<table>\n" + "".join(_BIB_ROW.format(key=k, n=n, body=b) for k, n, b in [
            ("a", 2, "Tove Lindqvist and Pavel Ek.\n Watch them Prove! Tournaments of Small\n  Provers.\n"
                     " <em>Olympiads in Logic</em>, 10:1--9, July 2016.<br />"),
            ("b", 1, "Ines Roth and Tove Lindqvist.\n Proof search in small steps.\n <em>Journal of Logic Tools"
                     "</em>, 4(2):1--20, May 2015.<br />")]) + "</table>\n")
    (tmp_path / "publications.md").write_text(
        "---\nlayout: default\ntitle: \"Tove Lindqvist: Publications\"\n---\n\n## Publications\n\n"
        "|OL'16|Lindqvist, Tove; Ek, Pavel. **Watch them Prove! Tournaments of Small Provers**. *Olympiads in "
        "Logic (1)*, July 2016. <br> [[PDF](https://ex.org/wp.pdf)] |\n"
        "|JLT'15|Roth, Ines; Lindqvist, Tove. **Proof search in small steps**. *Journal of Logic Tools (2)*, May "
        "2015. <br> [[PDF](https://ex.org/ps.pdf)] |\n{: .kv }\n")
    profile = import_path(tmp_path).profile
    got = sorted((p.title, p.venue, p.year) for p in profile.publications)
    assert got == [("Proof search in small steps", "Journal of Logic Tools", 2015),
                   ("Watch them Prove! Tournaments of Small Provers", "Olympiads in Logic", 2016)]
    assert not any(u.file == "publications.md" and u.text.startswith("|") for u in profile.unparsed)


def test_a_redirect_to_the_sites_own_address_is_followed_into_its_folder(tmp_path):
    # index.html sends the browser to "https://<the site>/pages/home.html"; that page is in the folder
    (tmp_path / "pages").mkdir()
    (tmp_path / "index.html").write_text(
        '<html><head><meta http-equiv="refresh" content="0;url=https://hald.example.io/pages/home.html">'
        '<title>Page Redirection</title></head><body></body></html>', encoding="utf-8")
    (tmp_path / "pages" / "home.html").write_text(
        "<html><head><title>Oskar Hald</title></head><body><h1>Oskar Hald</h1><h2>Papers</h2><ul>"
        "<li><b>Oskar Hald</b>, Ida Berg. Fjord sediments and glacial retreat. <i>Boreas</i>, 2021.</li></ul>"
        "</body></html>", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.name == "Oskar Hald"
    assert [pub.title for pub in p.publications] == ["Fjord sediments and glacial retreat"]
    assert skipped_notes(p) == [("index.html", "not read: a redirect to https://hald.example.io/pages/home.html")]


def test_a_multilingual_hugo_site_reads_the_default_languages_content_folder(tmp_path):
    """Academic with one content tree per language (``[languages.xx] contentDir = "content/xx"``): the owner's
    author page and the publications are read from the default language's folder, not refused for lacking
    content/authors/; a paper whose DOI is given beside a publisher's page that merely holds it also gets its
    resolver link, one whose link already is a DOI address (dx.doi.org) does not."""
    (tmp_path / "config.toml").write_text('title = "Ivo Petrak"\nbaseurl = "https://ivo.example.org/"\n'
                                          'defaultContentLanguage = "pt"\n')
    cfg = tmp_path / "config" / "_default"
    cfg.mkdir(parents=True)
    (cfg / "languages.toml").write_text('[en]\n  contentDir = "content/en"\n[pt]\n  contentDir = "content/pt"\n')
    pt = tmp_path / "content" / "pt"
    (pt / "authors" / "ivo").mkdir(parents=True)
    (pt / "authors" / "ivo" / "_index.md").write_text(
        "---\ntitle: Ivo Petrak\nrole: Pesquisador\nsuperuser: true\norganizations:\n- name: Instituto do Delta\n"
        "---\n\nEstudo lagoas costeiras.\n")
    for slug, doi, links in (("a", "10.1000/lake.1", "links:\n- name: URL\n  url: https://pub.example.com/10.1000/lake.1\n"),
                             ("b", "10.1000/lake.2", "url_pdf: http://dx.doi.org/10.1000/lake.2\n")):
        (pt / "publication" / slug).mkdir(parents=True)
        (pt / "publication" / slug / "index.md").write_text(
            f"---\ntitle: Shallow lake cover {slug}\nauthors:\n- I Petrak\n- Rui Sol\ndate: '2020-01-01'\n"
            f"publication_types: ['2']\npublication: '*Lake Letters*'\ndoi: {doi}\n{links}---\n")
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Ivo Petrak" and profile.person.job_title == "Pesquisador"
    pubs = sorted(profile.publications, key=lambda p: p.title)
    assert [p.title for p in pubs] == ["Shallow lake cover a", "Shallow lake cover b"]
    assert [p.links.get("doi") for p in pubs] == ["https://doi.org/10.1000/lake.1", None]


def test_a_news_collection_whose_items_sit_in_folders_of_their_own(tmp_path):
    """'_news/2025-05-06_paper/text.md': a Jekyll collection reads the items in its subfolders too; each is a
    news item with its front matter's date."""
    (tmp_path / "_config.yml").write_text('title: "Ana Roy"\nauthor:\n  name: "Ana Roy"\n', encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\npermalink: /\ntitle: About\n---\n\nI simulate water in small pores.\n", encoding="utf-8")
    for slug, date, title in (("20250506_letters", "2025-05-06", "Our paper on pore water is out"),
                              ("20260114_accept", "2026-01-14", "A paper on ion pumps was accepted")):
        (tmp_path / "_news" / slug).mkdir(parents=True)
        (tmp_path / "_news" / slug / "text.md").write_text(
            f"---\ntitle: {title}\ndate: {date}\n---\nRead it in the journal.\n", encoding="utf-8")
    news = import_path(tmp_path).profile.news
    assert sorted(n.date for n in news) == ["2025-05-06", "2026-01-14"]


def test_a_multilingual_jekyll_site_reads_the_default_languages_about_page(tmp_path):
    """jekyll-polyglot keeps one about page per language (``_pages/en-us/about.md``, ``_pages/pt-br/about.md``,
    ``default_lang: en-us``): the default language's page is the about page, its prose the owner's position."""
    (tmp_path / "_config.yml").write_text(
        'first_name: Rita\nlast_name: Vaz\nlanguages: ["en-us", "pt-br"]\ndefault_lang: "en-us"\n', encoding="utf-8")
    for lang, text in (("en-us", "I work as an assistant professor in the Faculty of Science of Delta University."),
                       ("pt-br", "Sou professora assistente na Faculdade de Ciências da Universidade Delta.")):
        (tmp_path / "_pages" / lang).mkdir(parents=True)
        (tmp_path / "_pages" / lang / "about.md").write_text(
            f"---\nlayout: about\ntitle: About\npermalink: /\n---\n\n{text}\n", encoding="utf-8")
    person = import_path(tmp_path).profile.person
    assert person.name == "Rita Vaz" and person.job_title == "assistant professor"
    assert any("Delta University" in a.name for a in person.affiliations)


def test_a_folder_whose_one_page_sits_at_the_end_of_a_chain_of_lone_subfolders(tmp_path):
    """A profile page saved at its repository path ("docs/content/people/html/lena.html") with nothing else: the
    folder is read down its chain of lone subfolders to the page (a "content" folder on the way is no Hugo
    source without anything beside it), not refused as no site."""
    folder = tmp_path / "docs" / "content" / "people" / "html"
    folder.mkdir(parents=True)
    (folder / "lena.html").write_text(
        "<html><body><h1>Lena Hart</h1><p>Dr. Lena Hart is an associate professor at Eastbrook University.</p>"
        "</body></html>", encoding="utf-8")
    assert find_site_root(tmp_path) == folder
    assert import_path(tmp_path).profile.person.name == "Lena Hart"


def test_a_generated_site_built_beside_its_sources_is_found_in_the_build_folder(tmp_path):
    """A documentation generator's project (Sphinx: "source/*.rst" and "build/html/*.html") has no page at its
    top nor in either folder directly: the one build folder is followed down to its pages, not refused."""
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "index.rst").write_text("Welcome\n=======\n\nI am Odile Marsan.\n", encoding="utf-8")
    built = tmp_path / "build" / "html"
    built.mkdir(parents=True)
    (built / "index.html").write_text(
        "<html><body><h1>Odile Marsan</h1><p>Odile Marsan is a research engineer at the Northgate Space Centre.</p>"
        "</body></html>", encoding="utf-8")
    assert find_site_root(tmp_path) == built
    assert import_path(tmp_path).profile.person.name == "Odile Marsan"


def test_a_minima_site_reads_the_pages_its_header_menu_lists_from_a_subfolder(tmp_path):
    """minima's ``header_pages:`` in _config.yml names the site's menu pages; a publications page kept in a
    folder of its own ("Papers/list.md") is read because the menu lists it."""
    (tmp_path / "_config.yml").write_text('title: "Home"\nauthor: "Lin Anders"\ntheme: minima\nheader_pages:\n'
                                          "  - Papers/list.md\n  - notes.md\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("---\nlayout: default\n---\n\nHi! I am Lin Anders, I study power grids.\n",
                                       encoding="utf-8")
    (tmp_path / "Papers").mkdir()
    (tmp_path / "Papers" / "list.md").write_text(
        "---\nlayout: page\ntitle: Publications\n---\n\n## Journals\n\n"
        "1. Anders, Lin, Ruiz, Ana, _Grid decarbonization paths in small islands_, **Energy Letters**, 2024 "
        "[Link](https://example.org/grid)\n", encoding="utf-8")
    [pub] = import_path(tmp_path).profile.publications
    assert (pub.title, pub.venue, pub.year) == ("Grid decarbonization paths in small islands", "Energy Letters", 2024)
    assert [a.name for a in pub.authors] == ["Lin Anders", "Ana Ruiz"]


def test_a_multilingual_hugo_site_reads_the_content_folder_of_a_language_it_keeps(tmp_path):
    """Each language keeps its pages in its own folder ("contentDir: content/es"); the default language's
    folder is missing here, the Spanish one is read. A publication's ``doi`` is the theme's DOI button."""
    (tmp_path / "config" / "_default").mkdir(parents=True)
    (tmp_path / "config" / "_default" / "config.yaml").write_text(
        "title: Grupo Redes\nbaseURL: https://redes.example.org/\ndefaultContentLanguage: en\n", encoding="utf-8")
    (tmp_path / "config" / "_default" / "languages.yaml").write_text(
        "en:\n  contentDir: content/en\nes:\n  contentDir: content/es\n", encoding="utf-8")
    admin = tmp_path / "content" / "es" / "authors" / "admin"
    admin.mkdir(parents=True)
    (admin / "_index.md").write_text(
        "---\ntitle: Irene Solar\nrole: Profesora Asociada\norganizations:\n  - name: Universidad del Sur\n"
        "superuser: true\n---\nEstudio redes sociales.\n", encoding="utf-8")
    pub = tmp_path / "content" / "es" / "publication" / "redes-2024"
    pub.mkdir(parents=True)
    (pub / "index.md").write_text(
        '---\ntitle: "Memory in online networks"\nauthors:\n  - admin\n  - Pablo Ruiz\ndate: "2024-03-01"\n'
        'doi: "10.1000/xyz.2024.7"\npublication: "*Network Letters, 3*(1)"\npublication_types: ["2"]\n---\n',
        encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.name == "Irene Solar"
    [paper] = p.publications
    assert (paper.title, paper.year, [a.name for a in paper.authors]) == (
        "Memory in online networks", 2024, ["Irene Solar", "Pablo Ruiz"])
    assert paper.links["doi"] == "https://doi.org/10.1000/xyz.2024.7"


def test_a_japanese_html_site_its_bold_sections_single_author_papers_and_a_framed_news_log(tmp_path):
    """A hand-written Japanese site: a header bar of links to the site's pages (no paper), bold section
    labels in Japanese (papers, presentations, awards, grants, IDs), a paper by the owner alone written in
    Chinese characters ("山田太郎, 2024b: Title. <i>Venue</i>"), and the dated news log the home page shows in
    an iframe, a page whose only title says what's new."""
    (tmp_path / "index.html").write_text(
        "<html><head><title>Taro Yamada's Web Page</title></head><body><h1>Taro Yamada</h1>\n"
        "<p>I study rain in mountains. <a href=\"./pubs.html\">Publication list</a></p>\n<h3>最近の出来事</h3>\n"
        "<iframe src=\"log.html\"></iframe>\n</body></html>\n", encoding="utf-8")
    (tmp_path / "pubs.html").write_text(
        "<html><head><title>Research</title></head><body>\n<header><h1>Research Activities</h1>\n<h2>\n"
        "<a href=\"./index.html\">Main Page</a>\n<a href=\"./pubs.html\">Publication list</a>\n"
        "<a href=\"./books.html\">Books</a>\n<a href=\"./contact.html\">Contact</a>\n</h2></header>\n"
        "<h2>研究業績</h2>\n<b>紀要等 [査読無し, 和文]</b><br>\n<ol reversed>\n"
        "<li><u>山田太郎</u>, 2024b:\n大雨をもたらす降水系の現状と今後.\n<i>月刊海洋</i>, <b>56</b>, 700-704.</li>\n"
        "<li><u>山田太郎</u>, 小野里幸司, 2018:\n尾鷲付近の下層風と降雨の地域特性.\n<i>調査研究会誌</i>, 50.</li>\n"
        "</ol>\n<b>国内発表 [査読無し, 和文]</b><br>\n<ol reversed>\n"
        "<li><u>山田太郎</u>, 2019: 山岳域の降雨について. 日本気象学会 春季大会, 東京.</li>\n</ol>\n"
        "<b>受賞・表彰</b>\n<ol reversed><li>Reviewer Award, Journal of Rain, 2024.</li></ol>\n"
        "<b>共同研究・競争的資金等の研究課題</b>\n<ol reversed><li>科学研究費助成事業 若手研究 「雨滴の研究」, 代表, 2024年.</li></ol>\n"
        "<b>IDs</b>\n<ul><li><a href=\"https://orcid.org/0000-0002-1825-0097\">ORCID</a></li></ul>\n"
        "</body></html>\n", encoding="utf-8")
    (tmp_path / "log.html").write_text(
        "<html><head><title>新着情報</title></head><body>\n<p>2025-12-20 ブログを更新しました。</p>\n"
        "<p>2025-09-25 論文が掲載されました！</p>\n</body></html>\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("大雨をもたらす降水系の現状と今後", "月刊海洋", 2024), ("尾鷲付近の下層風と降雨の地域特性", "調査研究会誌", 2018)]
    assert [(a.name, a.year) for a in p.awards] == [("Reviewer Award, Journal of Rain", 2024)]  # no grant
    assert p.person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert [(n.date, n.text) for n in p.news] == [("2025-12-20", "ブログを更新しました。"),
                                                  ("2025-09-25", "論文が掲載されました！")]


def test_an_academicpages_site_with_loose_citations_a_query_orcid_and_a_titled_position(tmp_path):
    """academicpages: "title: Name / Position" gives the position; the sidebar's ORCID link to the owner's own
    view ("orcid.org/my-orcid?orcid=ID") gives the id; citations whose names end in a colon before the quoted
    title, or lose the comma after an initial ("Lind, K., Ortiz, S. Berg, H"), still give each author."""
    (tmp_path / "_config.yml").write_text(
        'title: "Hanna Berg / Hydrologist"\nauthor:\n  name: "Hanna Berg"\n'
        '  orcid: "https://orcid.org/my-orcid?orcid=0000-0002-1825-0097"\n', encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\nI study snow.\n", encoding="utf-8")
    (tmp_path / "_publications").mkdir()
    (tmp_path / "_publications" / "a.md").write_text(
        "---\ntitle: \"Snow depth to water\"\ncollection: publications\ndate: 2021-01-01\n"
        "citation: 'Lind, K., Berg, H., and Ortiz, S.: &quot;Snow depth to water.&quot; <i>Hydrol. J., 25, 2021</i>.'\n"
        "---\n", encoding="utf-8")
    (tmp_path / "_publications" / "b.md").write_text(
        "---\ntitle: \"Avalanche winters\"\ncollection: publications\ndate: 2017-01-01\n"
        "citation: 'Lind, K., Ortiz, S. Berg, H (2017). &quot;Avalanche winters.&quot; <i>Alpine Notes</i>.'\n"
        "---\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.job_title == "Hydrologist"
    assert p.person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert {x.title: [(a.name, a.is_self) for a in x.authors] for x in p.publications} == {
        "Snow depth to water": [("K. Lind", False), ("H. Berg", True), ("S. Ortiz", False)],
        "Avalanche winters": [("K. Lind", False), ("S. Ortiz", False), ("H. Berg", True)],
    }


def test_a_themeless_jekyll_page_made_of_included_fragments_reads_each_fragment(tmp_path):
    """A 'Research' page and a 'Services' page that are only '{% include_relative _includes/x.md %}' lines:
    each fragment (news, a Liquid loop over a _data list of papers under a 'main:' key, a 'Mentorship' list) is
    read as a page of its own; the configuration names the site's address 'canonical' (relative PDF paths under
    it) and the owner's profiles as 'github_link', 'linkedin', 'twitter'."""
    (tmp_path / "_config.yml").write_text(
        "title: Mara Quill\ncanonical: https://mquill.example.org/\ngithub_link: https://github.com/mquill\n"
        "linkedin: https://www.linkedin.com/in/mara-quill-77/\ntwitter: https://twitter.com/maraq\n",
        encoding="utf-8")
    (tmp_path / "index.md").write_text("---\nlayout: homepage\n---\n\nI am a postdoc at Tarn University. See "
                                       "[my research](/research/).\n", encoding="utf-8")
    (tmp_path / "research.md").write_text(
        "---\nlayout: default\ntitle: Research\npermalink: /research/\n---\n\n"
        "{% include_relative _includes/news.md %}\n\n{% include_relative _includes/publications.md %}\n",
        encoding="utf-8")
    (tmp_path / "services.md").write_text(
        "---\nlayout: default\ntitle: Services\npermalink: /services/\n---\n\n"
        "{% include_relative _includes/mentorship.md %}\n", encoding="utf-8")
    inc = tmp_path / "_includes"
    inc.mkdir()
    (inc / "news.md").write_text("<h2>News</h2>\n\n<ul>\n  <li>\n    <strong>[MAY. 2024]</strong> I moved to Tarn.\n"
                                 "  </li>\n  <li><a href=\"javascript:unfold('more')\">Show more</a></li>\n"
                                 "  <div id=\"more\" style=\"display:none\">\n    <li><strong>[SEP. 2019]</strong> I "
                                 "began a PhD.</li>\n  </div>\n</ul>\n", encoding="utf-8")
    (inc / "publications.md").write_text(
        "<h2>Publications</h2>\n\n<ol>\n{% for link in site.data.papers.main %}\n<li>\n"
        "<div class=\"title\"><a href=\"{{ link.pdf }}\">{{ link.title }}</a></div>\n"
        "<div class=\"author\">{{ link.authors }}</div>\n<div><em>{{ link.conference }}</em></div>\n</li>\n"
        "{% endfor %}\n</ol>\n", encoding="utf-8")
    (inc / "mentorship.md").write_text("<h2>Mentorship</h2>\n\n<ul>\n  <li><strong>[2022]</strong> Olek Brand (from "
                                       "Tarn University)</li>\n</ul>\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "papers.yml").write_text(
        "main:\n  - title: Slow sensors for quick rivers\n    authors: Mara Quill, Ivo Stern\n"
        "    conference: River Letters, 2023\n    pdf: /assets/doc/rivers.pdf\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    pub = next(x for x in p.publications if x.title == "Slow sensors for quick rivers")
    assert (pub.venue, pub.year, [a.name for a in pub.authors]) == ("River Letters", 2023, ["Mara Quill", "Ivo Stern"])
    assert pub.links.get("pdf") == "https://mquill.example.org/assets/doc/rivers.pdf"
    assert [(n.date, n.text) for n in p.news] == [("2024-05", "I moved to Tarn."), ("2019-09", "I began a PhD.")]
    assert [(s.name, s.institution) for s in p.students] == [("Olek Brand", "Tarn University")]
    ids = p.person.identifiers
    assert (ids.get("github"), ids.get("linkedin"), ids.get("twitter")) == ("mquill", "mara-quill-77", "maraq")


def test_a_quarto_listing_of_publication_folders_with_csl_citation_blocks(tmp_path):
    """'publications/index.md' lists '**/index.md' with a Quarto 'listing:'; each listed document's front matter
    is one work: its title and date, and from its CSL 'citation:' block the full byline (given, particle,
    family), the venue (a report's publisher) and its status; editors are no authors."""
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\nwebsite:\n  title: \"Lena K. Ostrova\"\n"
                                          "  site-url: https://lko.example.org\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("---\ntitle: Lena K. Ostrova\n---\n\nI am a lecturer at Tarn Law School.\n",
                                       encoding="utf-8")
    pubs = tmp_path / "publications"
    pubs.mkdir()
    (pubs / "index.md").write_text(
        "---\nlisting:\n- id: publications\n  contents:\n    - \"**/index.md\"\n  sort: \"date desc\"\n"
        "  template: publications.ejs\n---\n\n# Publications\n\n:::{#publications}\n:::\n", encoding="utf-8")
    (pubs / "courts-and-code").mkdir()
    (pubs / "courts-and-code" / "index.md").write_text(
        "---\ntitle: 'Courts and Code: Who Decides'\nauthor:\n - given: Lena\n   family: Ostrova\ndate: 2025-03-01\n"
        "citation:\n  author:\n  - given: Lena\n    family: Ostrova\n    dropping-particle: K.\n  - given: Piet\n"
        "    family: Brandt\n  title: 'Courts and code: who decides'\n  type: article-journal\n"
        "  container-title: Tarn Law Review\n  status: forthcoming\n"
        "fulltext: /media/courts.pdf\n---\n\n## Abstract\n\nWho decides.\n", encoding="utf-8")
    (pubs / "net-report").mkdir()
    (pubs / "net-report" / "index.md").write_text(
        "---\ntitle: 'Freedom Online: Tarn'\ndate: 2023-10-04\ncitation:\n  type: report\n  author:\n"
        "  - given: Lena\n    family: Ostrova\n  editor:\n  - given: Ada\n    family: Roe\n"
        "  container-title: Freedom Online 2023\n  publisher: Open Net House\n---\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    got = {x.title: x for x in p.publications}
    courts = got["Courts and Code: Who Decides"]
    assert ([a.name for a in courts.authors], courts.venue, courts.year) == (
        ["Lena K. Ostrova", "Piet Brandt"], "Tarn Law Review", 2025)
    assert "forthcoming" in courts.notes and "https://lko.example.org/media/courts.pdf" in courts.links.values()
    report = got["Freedom Online: Tarn"]
    assert ([a.name for a in report.authors], report.venue, report.year) == (["Lena Ostrova"], "Open Net House", 2023)
    assert len(p.publications) == 2


def test_a_quarto_home_links_its_about_folder_page_whose_bio_calls_the_owner_by_a_short_name(tmp_path):
    """'[More about me](/about/)' on the home page: 'about/index.md' is the owner's bio page (an index page named
    by its folder), and 'Kat is a Lecturer at ...' names Katarina Ostrova by a short form of her given name."""
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\nwebsite:\n  title: \"Katarina Ostrova\"\n",
                                          encoding="utf-8")
    (tmp_path / "index.md").write_text("---\ntitle: Katarina Ostrova\nsubtitle: Law scholar\n---\n\n"
                                       "[More about me](/about/)\n", encoding="utf-8")
    (tmp_path / "about").mkdir()
    (tmp_path / "about" / "index.md").write_text(
        "---\ntitle: Katarina Ostrova\nsubtitle: Kat\n---\n\nKat is a Lecturer at Tarn Law School. She studies "
        "courts and platforms.\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert (p.person.job_title, [a.name for a in p.person.affiliations]) == ("Lecturer", ["Tarn Law School"])


def test_a_jekyll_page_written_in_html_with_front_matter_is_one_of_the_sites_pages(tmp_path):
    """``papers.html`` opening with front matter is a page Jekyll renders through a layout, as a markdown page is:
    the menu's ``/papers/`` leads to it, and its list is read (an HTML file without front matter is not a page)."""
    (tmp_path / "_config.yml").write_text('title: "Ivo Brandt"\nauthor:\n  name: "Ivo Brandt"\n', encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "navigation.yml").write_text(
        'main:\n  - title: "Papers"\n    url: /papers/\n', encoding="utf-8")
    (tmp_path / "index.md").write_text("---\nlayout: single\n---\nI am a lecturer in geometry at Lowland "
                                       "University.\n", encoding="utf-8")
    (tmp_path / "papers.html").write_text(
        "---\nlayout: single\ntitle: \"Papers\"\npermalink: /papers/\n---\n\n"
        "<p>2. <strong>Folding of flat tori</strong><br>\n<em>with Ana Kessler</em><br>\n"
        "<em>Journal of Shapes</em> (2021). <a href=\"https://arxiv.org/abs/2101.00001\">arXiv:2101.00001</a></p>\n\n"
        "<p>1. <strong>Knots in thick rope</strong><br>\n<em>Geometry Letters</em> (2019).</p>\n", encoding="utf-8")
    (tmp_path / "footer.html").write_text("<p>1. <strong>Not a paper</strong> (2020)</p>\n", encoding="utf-8")
    profile = import_path(tmp_path).profile
    assert [(p.title, p.year) for p in profile.publications] == [
        ("Folding of flat tori", 2021), ("Knots in thick rope", 2019)]
    assert [a.name for a in profile.publications[0].authors] == ["Ivo Brandt", "Ana Kessler"]


def test_when_the_surest_familys_reader_cannot_read_a_folder_the_next_family_is_tried(tmp_path):
    """A Hugo configuration beside a hand-written home page, with no Hugo author page: the Hugo reader stops
    ("no author page"), and the folder is read by the next family that recognises it (its HTML pages)."""
    (tmp_path / "config.toml").write_text('title = "Notes"\nbaseURL = "https://example.org/"\n', encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "notes.md").write_text("---\ntitle: Notes\n---\nSome notes.\n", encoding="utf-8")
    (tmp_path / "index.html").write_text(
        "<html><head><title>Wren Aldane</title></head><body><h1>Wren Aldane</h1>"
        "<p>Lecturer in Geology, Moorland University</p><h2>Publications</h2><ul>"
        "<li>W. Aldane and P. Ruiz. Slate in the hills. <i>Rock Letters</i>, 2021.</li>"
        "<li>W. Aldane. Granite again. <i>Rock Letters</i>, 2019.</li></ul></body></html>", encoding="utf-8")
    result = import_path(tmp_path)
    assert result.format != "hugo" and result.profile.person.name == "Wren Aldane"
    assert [p.title for p in result.profile.publications] == ["Slate in the hills", "Granite again"]


@pytest.mark.parametrize("folder", sorted(p.name for p in SITES.iterdir() if p.is_dir()))
def test_a_site_reads_the_same_from_a_relative_path(folder, monkeypatch):
    # "kg import mysite" from the folder above it reads what "kg import /abs/mysite" reads (a reader that
    # compared a resolved page with the typed root once stopped with "internal error: ... not in the subpath",
    # on jekyll-includes)
    root = SITES / folder
    outcome = []
    for path in (root, Path(root.name)):
        monkeypatch.chdir(root.parent)
        try:
            prof = import_path(path).profile
            outcome.append((prof.person.name, sorted(p.title for p in prof.publications), len(prof.unparsed)))
        except SourceError as err:
            outcome.append(str(err).replace(str(root), root.name))
    assert outcome[1] == outcome[0]


def test_an_academicpages_citation_written_from_bibtex_and_a_template_showing_a_short_byline(tmp_path):
    """A ``citation:`` made from BibTeX keeps LaTeX accents inside HTML entities (``Ren{\\&apos;e}``,
    ``Lo{\\&quot;\\i}c``) and ends its names with ``others``; a site whose own publication template shows
    ``post.authors_short`` (``A, B, ..., Owner, et al.``) shows that byline rather than the citation's. Before:
    the umlaut's quote was taken for the title's, names were cut at ``{``, and the citation's list was read
    where the page shows the short one; ``biburl`` gave no BibTeX link."""
    (tmp_path / "_config.yml").write_text('title: Ana Ruiz\nurl: "https://aruiz.example.org"\n'
                                          'author:\n  name: Ana Ruiz\n')
    pubs = tmp_path / "_publications"
    pubs.mkdir()
    cite = (" Lo{\\&quot;\\i}c Berg,  Ren{\\&apos;e} Vidal,  Fran{\\c{c}}oise Lind,  Ana Ruiz,  others, "
            "&quot;Dust lanes in cold discs.&quot; Sky Letters, 2024.")
    (pubs / "2024-dust.md").write_text(
        "---\ntitle: \"Dust lanes in cold discs\"\ncollection: publications\ndate: 2024-05-01\n"
        f"venue: 'Sky Letters'\nbiburl: '/files/bib/berg2024.bib'\ncitation: '{cite}'\n---\n")
    (pubs / "2023-ice.md").write_text(
        "---\ntitle: \"Ice in warm discs\"\ncollection: publications\ndate: 2023-05-01\nvenue: 'Sky Letters'\n"
        "author_profile: true\n"
        "authors_short: 'Tom Rade, Olaf Lund, ..., Ana Ruiz, et al.'\n"
        f"citation: '{cite.replace('Dust lanes in cold discs', 'Ice in warm discs')}'\n---\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI study discs of dust and ice.\n")

    def read():
        return {p.title: p for p in import_path(tmp_path).profile.publications}

    dust = read()["Dust lanes in cold discs"]
    assert [a.name for a in dust.authors] == ["Loïc Berg", "René Vidal", "Françoise Lind", "Ana Ruiz"]
    assert dust.authors_truncated and dust.authors[3].is_self
    assert dust.links.get("bibtex") == "https://aruiz.example.org/files/bib/berg2024.bib"
    assert len(read()["Ice in warm discs"].authors) == 4  # no template shows the short byline: the citation's
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "archive-single-publication.html").write_text(
        "{% if post.author_profile %}<p>{{ post.authors_short | default: post.citation }}</p>{% endif %}\n")
    ice = read()["Ice in warm discs"]
    assert [a.name for a in ice.authors] == ["Tom Rade", "Olaf Lund", "Ana Ruiz"] and ice.authors[2].is_self


def test_a_page_kept_in_the_publications_folder_that_lists_the_works_itself(tmp_path):
    """An academicpages site whose ``_publications/`` holds one page (``title: ""``) listing every work under
    headings, a byline and a venue line each, is read as a page. Before: its title was empty, so no record and
    no work at all."""
    (tmp_path / "_config.yml").write_text("title: Ana Ruiz\nauthor:\n  name: Ana Ruiz\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI study how dunes move.\n")
    (tmp_path / "_publications").mkdir()
    (tmp_path / "_publications" / "list.md").write_text(
        '---\ntitle: ""\ncollection: publications\npermalink: /publications/\n---\n\n'
        "Below are my papers.\n\n# Peer-reviewed publications\n\n"
        "### 2. Dune drift under steady wind\n*Ana Ruiz, Bo Lee*  \n<ins>Sand Letters</ins>, vol. 3, **2024**\n\n"
        "### 1. Ripples on wet beaches\n*Kai Sato, Ana Ruiz*  \n<ins>Coastal Review</ins>, **2021**\n")
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    assert sorted(pubs) == ["Dune drift under steady wind", "Ripples on wet beaches"]
    assert pubs["Ripples on wet beaches"].year == 2021 and pubs["Ripples on wet beaches"].authors[1].is_self


def test_academicpages_bylines_that_leave_the_owner_implicit(tmp_path):
    """``authors: "with [Bo Lee](...) and Kai Sato"`` names the owner's coauthors, and ``authors: "Solo-authored"``
    or ``"Job market paper"`` says the paper is the owner's alone: the owner first, then those names (or alone),
    the words a note. Before: "with Bo Lee" was an author, "Job market paper" too, and the owner was on none."""
    (tmp_path / "_config.yml").write_text("title: Ana Ruiz\nauthor:\n  name: Ana Ruiz\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI study banks and boards.\n")
    pubs = tmp_path / "_publications"
    pubs.mkdir()
    item = '---\ntitle: "{}"\ncollection: publications\nauthors: "{}"\nyear: 2025\ncategory: working\n---\n'
    (pubs / "a.md").write_text(item.format("Boards and banks", "with [Bo Lee](https://bolee.example.org) and Kai Sato"))
    (pubs / "b.md").write_text(item.format("Director turnover", "Job market paper"))
    (pubs / "c.md").write_text(item.format("Bank runs revisited", "Solo-authored"))
    (pubs / "d.md").write_text(item.format("Credit cycles", "Bo Lee and Ana Ruiz"))
    got = {p.title: ([a.name for a in p.authors], [a.is_self for a in p.authors], p.notes)
           for p in import_path(tmp_path).profile.publications}
    assert got["Boards and banks"][:2] == (["Ana Ruiz", "Bo Lee", "Kai Sato"], [True, False, False])
    assert got["Director turnover"] == (["Ana Ruiz"], [True], ["Job market paper"])
    assert got["Bank runs revisited"] == (["Ana Ruiz"], [True], ["Solo-authored"])
    assert got["Credit cycles"][:2] == (["Bo Lee", "Ana Ruiz"], [False, True])


def _record(title: str, year: int) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: {year}-03-01\nvenue: 'Physical Review D'\n"
            f"citation: 'Roe, A. and Lee, B. ({year}). {title}. Physical Review D.'\n---\nAn abstract.\n")


def test_a_collection_document_without_an_extension_is_read(tmp_path):
    # "_publications/preprint-1": no .md, but it opens with front matter, so Jekyll renders and lists it as the
    # collection's other documents; a file without front matter (a stray note) stays out
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ann Roe\nauthor:\n  name: Ann Roe\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study black holes.\n",
        "_publications/paper-1.md": _record("Shadows of regular black holes", 2024),
        "_publications/preprint-1": _record("A note on rotating wormholes", 2025),
        "_publications/notes": "remember to add the 2023 paper\n",
    })
    titles = sorted(p.title for p in import_path(root).profile.publications)
    assert titles == ["A note on rotating wormholes", "Shadows of regular black holes"]


def test_a_sidebar_and_header_pulled_in_by_script_are_read_for_the_owner(tmp_path):
    # every page is a shell of '<div w3-include-html="sidebar.html">': the name is in the page, the profile links only
    # in the sidebar, and the contact page only in the header's menu
    shell = ('<html><head><title>Mara Quill</title></head><body><div w3-include-html="header.html"></div>'
             '<div w3-include-html="sidebar.html"></div><div><h2>About</h2><p>I am a Professor of Widget Studies at'
             ' the Fenwick Institute, where I lead the gadget group.</p></div>'
             '<script>w3.includeHTML()</script></body></html>\n')
    root = write_site(tmp_path / "site", {
        "index.html": shell,
        "header.html": '<nav><ul><li><a href="index.html">Mara Quill</a></li>'
                       '<li><a href="contact.html">Contact</a></li></ul></nav>\n',
        "sidebar.html": '<div class="sidebar"><p>Professor of Widget Studies</p><ul>'
                        '<li><a href="https://github.com/mquill">Github</a></li>'
                        '<li><a href="https://www.youtube.com/@WidgetLab/playlists">Videos</a></li>'
                        '<li><a href="http://orcid.org/0000-0002-1825-0097">ORCID</a></li></ul></div>\n',
        "contact.html": '<html><head><title>Contact - Mara Quill</title></head><body>'
                        '<div w3-include-html="header.html"></div><h2>Contact</h2>'
                        '<p>Prof. Mara Quill<br/>Fenwick Institute<br/>Email: mara[dot]quill[at]fenwick.example.org</p>'
                        '</body></html>\n',
    })
    person = import_path(root).profile.person
    assert person.identifiers.get("github") == "mquill"
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert person.identifiers.get("youtube") == "@WidgetLab"
    assert person.email == "mara.quill@fenwick.example.org"


def _cite(authors: str, year: int, title: str, venue: str, doi: str) -> str:
    return f'<li>{authors} ({year}). <a href="https://doi.org/{doi}"><b>{title}.</b></a> {venue}, 3(1), 1-9.</li>\n'


def test_the_site_list_reads_a_work_the_home_page_repeats(tmp_path):
    # the home page's "recent papers" box cites two of the list's papers: one as its published version (the list has
    # the preprint), one with the year it came out online (the list gives its issue's year); each is one work, as the
    # list gives it
    recent = (_cite("Quill, M., & Brenn, O.", 2023, "Counting widgets in the wild", "Widget Letters", "10.1/wl.9")
              + _cite("Lorn, I., & Quill, M.", 2021, "Gadget spread across two valleys", "Gadget Review", "10.1/gr.4"))
    listed = (_cite("Quill, M., & Brenn, O.", 2023, "Counting widgets in the wild", "widgetRxiv", "10.1/pre.9")
              + _cite("Lorn, I., & Quill, M.", 2022, "Gadget spread across two valleys", "Gadget Review", "10.1/gr.4")
              + _cite("Quill, M.", 2019, "Small moulds and large ones", "Mould Studies", "10.1/ms.2")
              + _cite("Brenn, O., & Quill, M.", 2017, "Dense gadgets at scale", "Widget Letters", "10.1/wl.1")
              + _cite("Quill, M.", 2015, "A field guide to sprockets", "Sprocket Journal", "10.1/sj.5"))
    root = write_site(tmp_path / "site", {
        "index.html": ('<html><head><title>Quill Lab</title></head><body><h1>Mara Quill</h1><p>Mara Quill studies'
                       ' widgets at the Fenwick Institute.</p><a href="publications.htm">Publications</a>'
                       f'<h2>Recent papers</h2><ul>\n{recent}</ul></body></html>\n'),
        "publications.htm": f"<html><body><h1>Publications</h1><ol>\n{listed}</ol></body></html>\n",
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    assert len(pubs) == 5
    counting = pubs["Counting widgets in the wild"]
    assert (counting.venue, counting.links.get("doi")) == ("widgetRxiv", "https://doi.org/10.1/pre.9")
    assert pubs["Gadget spread across two valleys"].year == 2022


def test_papers_a_home_page_points_to_that_name_no_owner_are_not_the_owners(tmp_path):
    # beside the site's list of a dozen papers, the home page's box of links cites two papers by other people (and one
    # of the owner's that the list does not give yet): those two are not the owner's works
    listed = "".join(_cite("Quill, M., & Brenn, O.", 2020 - i, f"Widget study number {i} in the field", "Widget Letters",
                           f"10.1/wl.{i}") for i in range(12))
    box = (_cite("Quill, M., & Lorn, I.", 2024, "Sprockets under strain", "Sprocket Journal", "10.1/sj.7")
           + _cite("Tarn, H. C., Vell, Y., Osk, T. V., et al.", 2021, "Forest gadgets and their keepers", "Gadget Review",
                   "10.1/gr.2")
           + _cite("Ferro, P., Lune, J., et al.", 2021, "Mould climates of the north", "Mould Studies", "10.1/ms.3"))
    root = write_site(tmp_path / "site", {
        "index.html": ('<html><head><title>Quill Lab</title></head><body><h1>Mara Quill</h1><p>Mara Quill studies'
                       ' widgets at the Fenwick Institute.</p><a href="publications.htm">Publications</a>'
                       f'<h2>Recent papers and cool links</h2><ul>\n{box}</ul></body></html>\n'),
        "publications.htm": f"<html><body><h1>Publications</h1><ol>\n{listed}</ol></body></html>\n",
    })
    titles = {p.title for p in import_path(root).profile.publications}
    assert len(titles) == 13 and "Sprockets under strain" in titles
    assert not titles & {"Forest gadgets and their keepers", "Mould climates of the north"}


def test_a_lab_site_menu_drawn_as_an_image_map(tmp_path):
    # an old lab site's menu is one picture with <area> links: its contact page (where the lab's address names
    # the university) is one of the site's pages; a pointer to another page ("Information about applying to
    # graduate school") and a news line about a member ("Ross lab postdoc will start his lab at X") are neither
    # the head's workplace nor his position
    from kg.importers import import_path

    (tmp_path / "index.html").write_text(
        "<html><head><title>Home | Ross Lab</title></head><body>\n"
        "<h1><strong><header>HOME</header></strong></h1>\n"
        '<div id="spotlight"><h1><strong><header>SPOTLIGHT</header></strong></h1>\n'
        "<b>Congratulations to Aet Kask!</b>\n"
        "<p>Ross lab postdoc will start his lab at Tarn Institute of Plants in May, 2021.</p></div>\n"
        '<img src="menu.png" usemap="#m"><map name="m">\n'
        '<area shape="rect" coords="0,0,9,9" href="people.html" alt="people">\n'
        '<area shape="rect" coords="0,9,9,19" href="contact.html" alt="contact">\n'
        '<area shape="rect" coords="0,19,9,29" href="publications.html" alt="publications"></map>\n'
        "</body></html>")
    (tmp_path / "people.html").write_text(
        "<html><head><title>People | Ross Lab</title></head><body><h1>PEOPLE</h1>\n"
        "<p><u>Principal Investigator</u></p><p><strong>Kaur Ross</strong></p>\n"
        "<p><u>PhD Students</u></p><p><strong>Liis Tamm</strong></p></body></html>")
    (tmp_path / "contact.html").write_text(
        "<html><head><title>Contact | Ross Lab</title></head><body><h1>CONTACT</h1>\n"
        '<p><a href="applying.html"><p>Information About Applying to Graduate School</p></a>\n'
        "<p><strong>Office Address:</strong><br>Lakeside University<br>Department of Botany<br>"
        "14 Elm Street, Room 3<br>New Town, NY 10001</p></body></html>")
    (tmp_path / "publications.html").write_text(
        "<html><head><title>Publications | Ross Lab</title></head><body><h1>PUBLICATIONS</h1>\n"
        "<p><strong>Roots that regrow after a cut.</strong><br><em>Plant Letters</em> (2019)<br>"
        "Liis Tamm, Aet Kask &amp; Kaur Ross</p>\n"
        "<p><strong>Stem cells of the fern root.</strong><br><em>Root Biology</em> (2018)<br>"
        "Kaur Ross</p></body></html>")
    person = import_path(tmp_path).profile.person
    assert person.name == "Kaur Ross"
    assert [a.name for a in person.affiliations] == ["Lakeside University"]
    assert "postdoc" not in (person.job_title or "")


def test_an_empty_file_among_the_publications_collection_stops_no_site_reading(tmp_path: Path):
    # "_publications/" with two papers and an empty file left beside them: the site is still read as the Jekyll
    # site it is (its papers as papers, its talks as talks), the empty file said in unparsed
    paper = ('---\ntitle: "{t}"\ncollection: publications\ndate: 2021-03-01\nvenue: "Journal of Bogs"\n'
             "citation: 'Kaur, S., Lind, P. (2021). {t}. Journal of Bogs.'\n---\n\nAbstract.\n")
    prof = imported_site(tmp_path / "site", {
        "_config.yml": 'title: "Simran Kaur"\nauthor:\n  name: "Simran Kaur"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study peat bogs and the carbon they keep.\n",
        "_publications/2021-a.md": paper.format(t="Carbon stored in northern bogs"),
        "_publications/2022-b.md": paper.format(t="Mosses that build peat"),
        "_publications/2023-c.md": "",
        "_talks/2022-talk.md": ('---\ntitle: "Peat in a warming world"\ncollection: talks\ntype: "Talk"\n'
                                'venue: "Bog Days"\ndate: 2022-05-01\n---\n\nA talk.\n')})
    assert sorted(p.title for p in prof.publications) == ["Carbon stored in northern bogs", "Mosses that build peat"]
    assert [t.title for t in prof.talks] == ["Peat in a warming world"]
    assert any(u.file == "_publications/2023-c.md" for u in prof.unparsed)


def test_a_list_of_works_the_home_page_loads_by_script_into_its_own_box_is_read(tmp_path):
    # a hand-written home page whose script loads its papers into a box ('$("#papers").load("chosen.html")'):
    # the fragment was read for the owner's particulars only, its papers dropped (0 papers)
    p = imported_site(tmp_path, {
        "index.html": "<html><head><title>Marta Lindqvist</title>\n"
                      "<script src='https://code.jquery.com/jquery.min.js'></script>\n"
                      "<script>$(function(){ $(\"#papers\").load(\"chosen.html\"); });</script></head>\n"
                      "<body><h1>Marta Lindqvist</h1>\n<p>Researcher at the Nordvik Institute. I work on type "
                      "systems for stream programs.</p>\n<h2>Selected publications</h2>\n<div id=\"papers\"></div>\n"
                      "</body></html>\n",
        "chosen.html": "<ul>\n<li>M. Lindqvist, O. Berg. <b>Typed clocks for stream programs</b>. In <i>Journal "
                       "of Stream Languages</i>, 2022.</li>\n<li>M. Lindqvist. <b>Bounded buffers by construction</b>. "
                       "In <i>Proceedings of the Workshop on Streams</i>, 2020.</li>\n</ul>\n",
    })
    assert p.person.name == "Marta Lindqvist"
    assert sorted(x.title for x in p.publications) == ["Bounded buffers by construction",
                                                       "Typed clocks for stream programs"]


def test_the_relative_paper_links_of_a_list_loaded_by_script_are_placed_under_the_sites_cname(tmp_path):
    # a GitHub Pages site (CNAME "marta.example.eu") whose home page loads its papers by script, each title a link to
    # "./papers/x.pdf": the links are placed from where the fragment is served, as a planned page's are (they were
    # left unplaced: the fragment was read with no address)
    p = imported_site(tmp_path, {
        "CNAME": "marta.example.eu\n",
        "index.html": "<html><head><title>Marta Lindqvist</title>\n"
                      "<script>$(function(){ $(\"#papers\").load(\"chosen.html\"); });</script></head>\n"
                      "<body><h1>Marta Lindqvist</h1>\n<p>Researcher at the Nordvik Institute. I work on type "
                      "systems for stream programs.</p>\n<h2>Selected publications</h2>\n<div id=\"papers\"></div>\n"
                      "</body></html>\n",
        "chosen.html": "<ul>\n<li><a href=\"./papers/clocks.pdf\">Typed clocks for stream programs</a>, M. Lindqvist, "
                       "O. Berg, in <i>Journal of Stream Languages</i>, 2022.</li>\n<li><a href=\"./papers/buffers.pdf\">"
                       "Bounded buffers by construction</a>, M. Lindqvist, in <i>Workshop on Streams</i>, 2020.</li>\n"
                       "</ul>\n",
    })
    links = {x.title: sorted(x.links.values()) for x in p.publications}
    assert links == {"Typed clocks for stream programs": ["https://marta.example.eu/papers/clocks.pdf"],
                     "Bounded buffers by construction": ["https://marta.example.eu/papers/buffers.pdf"]}


def test_the_pages_a_home_pages_menu_loads_into_its_content_box_are_read_as_pages(tmp_path):
    # index.html swaps its menu's pages into one box with jQuery ("$('#main').load('bio.html')"): those are the
    # site's pages (honours, students), not a sidebar read for the owner's particulars only
    profile = imported_site(tmp_path / "site", {
        "index.html":
        "<!DOCTYPE html><html><head><title>Wren Okafor</title>"
        "<script>function show(p){ if (p == 'honors') { $(\"#main\").load(\"bio.html\"); }"
        " else if (p == 'team') { $(\"#main\").load(\"lab.html\"); } else { $(\"#main\").load(\"intro.html\"); } }"
        "</script></head><body><h1>Wren Okafor</h1><div id=\"main\"></div></body></html>\n",
        "intro.html":
        "<html><body><p>Wren Okafor is an Associate Professor of Geology at Hillcrest University.</p></body></html>\n",
        "bio.html":
        "<html><body><h2>Honors and Awards</h2><ul><li>Early Career Medal, Society of Rocks, 2019.</li>"
        "<li>Teaching Prize, Hillcrest University, 2016.</li></ul></body></html>\n",
        "lab.html":
        "<html><body><h2>Current Students</h2><ul><li>Pia Lund, PhD student</li><li>Ravi Nair, MSc student</li>"
        "</ul></body></html>\n",
    })
    assert profile.person.name == "Wren Okafor"
    assert [a.year for a in profile.awards] == [2019, 2016]
    assert [s.name for s in profile.students] == ["Pia Lund", "Ravi Nair"]


def test_an_old_sites_contact_page_named_with_the_words_run_together_is_read_for_the_email(tmp_path):
    # "contactus.htm" (Contact Us) in the image menu of a hand-written site (each link a picture of its label, no
    # alt text): the only page that gives the owner's email
    menu = "<table><tr>" + "".join(f'<td><a href="{page}"><img src="menu_{n}.gif" width="160"></a></td>' for n, page in
                                   enumerate(["index.html", "publications.htm", "contactus.htm"])) + "</tr></table>\n"
    profile = imported_site(tmp_path / "site", {
        "index.html": "<html><head><title>Siri Lund</title></head><body>" + menu
                      + "<h1>Siri Lund</h1>\n<p>Siri Lund is a Professor of Botany at Fjord University.</p>\n"
                      "</body></html>\n",
        "publications.htm": "<html><head><title>Publications</title></head><body>" + menu
                            + "<ol>\n<li>S. Lund and P. Hale, \"Moss Cover on Cold River Banks\", River Ecology, "
                            "2021</li>\n<li>O. Brekke and S. Lund, \"Peat Depth Under Winter Snow\", Cold Soils, "
                            "2019</li>\n</ol></body></html>\n",
        "contactus.htm": "<html><head><title>Contact</title></head><body>" + menu
                         + "<p><b>Siri Lund</b></p>\n<p>Department of Botany, Fjord University</p>\n"
                         "<p><b>Email: </b><b>slund@fjord.example.edu</b></p>\n</body></html>\n",
    })
    assert profile.person.email == "slund@fjord.example.edu"


PAPERS_ONLY = """# Publications

Full list for Chidi Okafor, MD, compiled from the CV.

## Peer-Reviewed Articles

1. **Okafor C**, Lind M, Berg T. "Wound healing after minor skin surgery in older adults." *Skin Research*. May 2024. DOI: 10.1000/sr.2024.1
2. Ruiz A, **Okafor CN**, Tamm K. "Patch testing outcomes in a regional clinic." *Contact Dermatitis Notes*. March 2023.
3. Lind M, Ruiz A, **Okafor C**. "Sun protection habits of outdoor workers." *Journal of Skin Health*. 2021.
"""


def test_a_folder_whose_only_page_is_a_list_of_papers_is_a_site(tmp_path):
    # no index.md, no README, no configuration: the one page that lists the owner's papers is the site, and
    # the owner the papers name in bold is spelled out as the page spells it ("Chidi Okafor, MD")
    site = _write(tmp_path / "site", {"PUBLICATIONS.md": PAPERS_ONLY})
    profile = import_path(site).profile
    assert profile.person.name == "Chidi Okafor"
    assert [p.year for p in profile.publications] == [2024, 2023, 2021]
    assert [[a.is_self for a in p.authors] for p in profile.publications] == [
        [True, False, False], [False, True, False], [False, False, True]]


def test_a_folder_of_pages_naming_nothing_a_site_has_is_still_no_site(tmp_path):
    # a tool's notes beside a changelog: no page says it is about a person or their work
    from kg.errors import SourceError
    import pytest

    site = _write(tmp_path / "site", {"NOTES.md": "# Notes\n\nSome text.\n", "CHANGELOG.md": "# Changes\n\n- one\n"})
    with pytest.raises(SourceError, match="no recognizable site"):
        import_path(site)


def test_a_month_and_year_after_the_title_is_the_date_not_a_venue(tmp_path):
    page = tmp_path / "PUBLICATIONS.md"
    page.write_text(PAPERS_ONLY + "4. Berg T, **Okafor C**. \"Scar outcomes after widget excision.\" August 2020. "
                    "DOI: 10.1000/so.2020.4\n", encoding="utf-8")
    pub = import_path(page).profile.publications[-1]
    assert (pub.title, pub.venue, pub.year) == ("Scar outcomes after widget excision", None, 2020)


SAVED_HOME = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><title>Accueil</title></head>
<body>
<div id="menu"><a href="index.html">Accueil</a> <a href="papiers.html">Publications</a></div>
<div id="content">
<h2>Actualités</h2>
<ul><li>Un nouveau livre sur les tables de marée est paru.</li></ul>
</div>
<div id="footer"><h1>Odile Marchetti</h1><h4>Professeure en statistique</h4></div>
</body></html>
"""


SAVED_PAPERS = """<!DOCTYPE html>
<html><head><title>Publications</title></head>
<body>
<div id="content">
<h2>Articles</h2>
<ol>
<li>Marchetti, O., Brun, P. (2015). Tidal tables without tears. <i>Journal of Coastal Numbers</i>, 3, 1-9.</li>
<li>Lenoir, A., Marchetti, O. (2012). Counting gulls by the hour. <i>Seabird Statistics</i>, 7, 20-31.</li>
</ol>
</div>
</body></html>
"""


OTHER_PERSON_MD = """<!DOCTYPE html>
<html lang="en">
<head><meta name="author" content="Quentin Havel"><title>QH</title></head>
<body>
<h1>Quentin Havel</h1>
<p>Senior researcher, Unit of Applied Maths, Institute of Somewhere</p>
</body>
</html>
"""


def test_static_index_html_is_the_home_over_an_index_md_leftover(tmp_path):
    # Jekyll copies an HTML file without front matter as it is, after rendering the pages: the static index.html
    # is what the site serves at its root, not the page index.md (a copy of another person's page) renders to
    site = _write(tmp_path, {"_config.yml": "theme: jekyll-theme-cayman\ntitle: Odile Marchetti\n",
                             "index.html": SAVED_HOME, "papiers.html": SAVED_PAPERS, "index.md": OTHER_PERSON_MD})
    profile = import_path(site).profile
    assert profile.person.name == "Odile Marchetti"
    titles = [p.title for p in profile.publications]
    assert "Tidal tables without tears" in titles
    assert "Counting gulls by the hour" in titles


def test_a_page_filled_by_its_script_from_json_files(tmp_path):
    # index.html holds empty containers; its script fetches the bio, links and news from data/*.json
    import json

    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "index.html": "<!DOCTYPE html><html><head><title>Mara Quist</title><script src=\"js/load.js\"></script>"
                      "</head><body><h1>Mara Quist</h1><div id=\"bio\"></div><h2>News</h2><ul id=\"news\"></ul>"
                      "<h2>Publications</h2><span>* denotes equal contribution</span><div id=\"pubs\"></div>"
                      "</body></html>\n",
        "js/load.js": "const files = ['data/profile.json', 'data/news.json', 'data/papers.json'];\n"
                      "async function get(p) { return (await fetch(p)).json(); }\n",
        "data/profile.json": json.dumps({
            "name": "Mara Quist",
            "bio": ["I am a PhD student at the <a href='https://x.org'>University of Westbridge</a>, advised by "
                    "Prof. <a href='https://y.org'>Tomas Berg</a>."],
            "email": "",
            "links": [{"name": "Email", "url": "mailto:mara@example.org"},
                      {"name": "GitHub", "url": "https://github.com/mquist"},
                      {"name": "BlueSky", "url": "https://bsky.app/profile/mquist.bsky.social"}]}, indent=2),
        "data/news.json": json.dumps([
            {"date": "2026-03", "content": "Our paper <a href='https://x.org/p'>SLED</a> was accepted at ACL 2026!"},
            {"date": "2025-09", "content": "I started my PhD."}], indent=2),
        "data/papers.json": json.dumps([
            {"title": "Sled: Tracking Sea Ice with Small Drones", "authors": ["Mara Quist*", "Ines Varga*", "Tomas Berg"],
             "venue": "ACL 2026", "paper_url": "https://x.org/p"},
            {"title": "Ice Floes Seen from Above at Night", "authors": ["Ines Varga", "Mara Quist"],
             "venue": "EMNLP 2025", "paper_url": "https://x.org/q"}], indent=2),
    })
    prof = import_path(root).profile
    p = prof.person
    assert p.job_title == "PhD student" and p.email == "mara@example.org"
    assert p.identifiers == {"github": "mquist", "bluesky": "mquist.bsky.social"}
    assert p.advisors == ["Tomas Berg"]
    assert [(n.date, n.text) for n in prof.news] == [
        ("2026-03", "Our paper SLED was accepted at ACL 2026!"), ("2025-09", "I started my PhD.")]
    first = prof.publications[0]
    assert [(a.name, a.marks) for a in first.authors] == [
        ("Mara Quist", ["equal_contribution"]), ("Ines Varga", ["equal_contribution"]), ("Tomas Berg", [])]


_HOME = ("<html><head><title>Mara Quill</title></head><body><h1>Mara Quill</h1>"
         "<p>Mara Quill is a researcher at the Fenwick Institute.</p></body></html>\n")


def _row(n: int, title: str, authors: str, venue: str) -> str:
    return (f'<tr><td class="idx">[{n}]</td><td><font class="t">{title}. </font>\n'
            f"<font>{authors}. </font>\n<font class=\"v\">{venue}.</font></td></tr>\n")


def test_a_page_named_in_words_run_together_in_capitals_is_a_section_page(tmp_path):
    # "LatestPapersByYear.html", which the home no longer links, is the site's publication page by its name: all its
    # rows are the site's list, the row whose venue gives no year (a journal named without one) too
    rows = [_row(3, "Folded lattices of small widgets", "Mara Quill, and Otto Brenn", "Journal of Widget Studies"),
            _row(2, "Dense gadgets at scale", "Otto Brenn, and Mara Quill", "Widget Letters 2017"),
            _row(1, "Sparse moulds in the field", "Ida Lorn, Mara Quill, and Otto Brenn", "Proc. Widget Days 2015")]
    root = write_site(tmp_path / "site", {
        "index.html": _HOME,
        "LatestPapersByYear.html": "<html><body><h3>Recent publications</h3><table>\n" + "".join(rows) + "</table></body></html>\n",
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    assert sorted(pubs) == ["Dense gadgets at scale", "Folded lattices of small widgets", "Sparse moulds in the field"]
    assert pubs["Folded lattices of small widgets"].year is None


def test_without_an_index_page_the_home_is_no_section_page(tmp_path):
    # a site's language folder: "main_de.html" (the owner's position, in German) beside a longer
    # "publications_de.html", neither linking the other; the list is the section page it is named for
    papers = "".join(f"<li>M. Quill, O. Brenn. <em>Gitter Nummer {k} und ihre Ketten</em>. In <em>Journal of Lattice "
                     f"Widgets</em>, {2010 + k}.</li>" for k in range(1, 9))
    root = write_site(tmp_path / "de", {
        "main_de.html": "<html><head><title>Mara Quill</title></head><body><h1>Willkommen!</h1><p>Bis 2022 war ich "
                        "wissenschaftliche Mitarbeiterin an der Universität Fenwick. Derzeit arbeite ich als "
                        "Anforderungsingenieurin bei <a href='https://lark.example.com'>Lark</a>.</p></body></html>\n",
        "publications_de.html": "<html><head><title>Mara Quill</title></head><body><h1>Publikationen</h1><ul>"
                                + papers + "</ul></body></html>\n",
    })
    profile = import_path(root).profile
    assert (profile.person.job_title, [a.name for a in profile.person.affiliations]) == (
        "Anforderungsingenieurin", ["Lark"])
    assert len(profile.publications) == 8


def test_a_position_from_the_people_page_leaves_the_contact_pages_place_to_read(tmp_path):
    # the owner's row on the people page gives a position and no place; the contact page's card names the place
    root = write_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Mara Quill Lab\n  navbar:\n    left:\n"
                       "      - href: index.qmd\n      - href: people.qmd\n      - href: contact.qmd\n",
        "index.qmd": "---\ntitle: Mara Quill Lab\n---\nWe study widgets and gadgets of the lower moor.\n",
        "people.qmd": "---\ntitle: People\n---\n\n## Current members\n\n| Name/Role | Links |\n|---|---|\n"
                      "| **Mara Quill** <br /> Professor & Principal Investigator | "
                      "[GitHub](https://github.com/maraquill) |\n"
                      "| **Otto Brenn** <br /> Ph.D. Student | [GitHub](https://github.com/obrenn) |\n",
        "contact.qmd": "---\ntitle: Contact\n---\n\nPrincipal Investigator:\n\n>Mara Quill \\\n"
                       ">Professor, Department of Widget Science \\\n>Fenwick University \\\n>12 Moor Lane\n",
    })
    person = import_path(root, owner="Mara Quill").profile.person
    assert "Fenwick University" in [a.name for a in person.affiliations]


_PHP_PAGE = """<h1>Research</h1>
<?php
function entry($p) {
  return "<div class='paper'><div class='paper_title'>" . $p["title"] . "</div>" . $p["venue"] . "; " . $p["author"] . "</div>";
}
$data = json_decode(file_get_contents("papers.json"), TRUE);
foreach ($data as &$p) {
  if ($p["kind"] == "paper") {
    echo entry($p);
  }
}
?>
<h3>Side projects</h3>
<?php
foreach ($data as $k => $p) {
  if ($p["kind"] != "side") continue;
  echo entry($p);
}
?>
"""


_PHP_DATA = """[
 {"title": "Gravel in motion", "author": "Tarmo Lepp, Aino Kull", "venue": "Journal of Sediments 2021", "kind": "paper"},
 {"title": "Sand under the microscope", "author": "Tarmo Lepp", "venue": "Stone Letters 2020", "kind": "paper"},
 {"title": "A map of river pebbles", "author": "Tarmo Lepp, Mart Saar", "venue": "arXiv 2019", "kind": "side"},
 {"title": "Notes on dunes never shown", "author": "Tarmo Lepp", "venue": "draft 2018", "kind": "side_hidden"},
 {"title": "Another hidden draft on silt", "author": "Tarmo Lepp", "venue": "draft 2017", "kind": "side_hidden"}
]
"""


def test_a_php_page_shows_the_records_of_a_json_file_its_loops_keep(tmp_path):
    # "foreach ($data as $p) { if ($p["kind"] == "paper") { echo ...; } }" and a loop that skips the other kinds
    # with "if (...) continue;": the records of a kind no loop writes out are not on the site (all five were read)
    profile = imported_site(tmp_path / "site", {
        "index.php": "<html><head><title>Tarmo Lepp</title></head><body><h1>Tarmo Lepp</h1>\n"
                     "<p>Tarmo Lepp is a geologist.</p>\n<?php include 'pages/research.php'; ?></body></html>\n",
        "pages/research.php": _PHP_PAGE,
        "papers.json": _PHP_DATA,
    })
    assert sorted(p.title for p in profile.publications) == [
        "A map of river pebbles", "Gravel in motion", "Sand under the microscope"]


def test_a_site_of_php_pages_holding_html_is_an_html_site(tmp_path):
    # a lab's pages are .php files the server runs (their menu and footer pulled in by PHP includes that are not
    # in the folder): each one is an HTML document, so the folder is a plain HTML site and its home is index.php;
    # a PHP file of code only, and a piece of a page (include/navbar.php), are no pages
    from kg.importers import import_path

    head = '<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>{t}</title></head>\n<body>\n' \
           '<?php require_once("include/navbar.php"); ?>\n'
    foot = "<?php require('include/footer.php'); ?>\n</body></html>\n"
    (tmp_path / "index.php").write_text(
        head.format(t="Vale Lab - Welcome") + "<h1>Group leader Dr. Robin Vale</h1>\n"
        "<p>Dr. Vale studies thin oxide films.</p>\n<p>Email: rvale@tarn.example.edu</p>\n" + foot)
    (tmp_path / "publications.php").write_text(
        head.format(t="Vale Lab - Publications") + "<h1>Publications</h1>\n<ol reversed>\n"
        "<li>Q. Hart, L. Moss, and <strong>R. Vale</strong>, Defects in folded oxide films, Journal of Odd "
        "Materials 12, 1-9, 2015.</li>\n"
        "<li><strong>R. Vale</strong> and L. Moss, Light from thin lattices, Tarn Physics Letters 3, 10-19, "
        "2013.</li>\n"
        "<li>A. Kask, <strong>R. Vale</strong>, Q. Hart, Slow walks in oxide lattices, Journal of Odd Materials "
        "9, 40-49, 2012.</li>\n"
        "</ol>\n" + foot)
    (tmp_path / "config.php").write_text("<?php\n$db = 'lab';\n?>\n")
    (tmp_path / "include").mkdir()
    (tmp_path / "include" / "navbar.php").write_text('<nav><a href="publications.php">Publications</a></nav>\n')
    p = import_path(tmp_path).profile
    assert p.person.name == "Robin Vale"
    assert p.person.email == "rvale@tarn.example.edu"
    assert [x.title for x in p.publications] == ["Defects in folded oxide films", "Light from thin lattices",
                                                   "Slow walks in oxide lattices"]


def test_php_pages_whose_head_a_server_include_pulls_in_are_a_site(tmp_path):
    # the pages are .php files holding no <html> of their own: each opens with PHP code including the site's
    # head (doctype, <title> naming the owner) and menu, then its own markup; the root's index.php is code only
    # (it sends the browser on to a language folder). The pages are found by what they hold, read as HTML, and the
    # owner is the one the included head names
    site = tmp_path / "site"
    (site / "en" / "parts").mkdir(parents=True)
    (site / "index.php").write_text('<?php\n$lang = "en";\nheader("Location: /" . $lang . "/");\n?>\n')
    (site / "en" / "parts" / "head.php").write_text(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Dr Mira TALVIK - Lecturer</title>\n</head>\n<body>\n')
    (site / "en" / "parts" / "menu.php").write_text(
        '<?php $here = $_SERVER["REQUEST_URI"]; ?>\n<nav><a href="<?php echo $base . "/en/papers" ?>">Papers</a>'
        '</nav>\n')
    top = '<?php\ninclude "parts/head.php";\ninclude "parts/menu.php";\nif ($x->y > 2) { $z = 1; }\n?>\n'
    (site / "en" / "index.php").write_text(
        top + "<div class=\"main\">\n<h2>Lecturer</h2>\n<p>I teach compilers at Tarn University and study "
        "how programs fail.</p>\n</div>\n<?php include 'parts/foot.php'; ?>\n")
    (site / "en" / "publications.php").write_text(
        top + "<div>\n<h2>Publications</h2>\n<ol>\n"
        "<li>M. Talvik and O. Reed. Faults in small caches. Journal of Odd Systems 4, 2021.</li>\n"
        "<li>O. Reed, M. Talvik. Tracing broken loops. Tarn Computing Letters 9, 2019.</li>\n"
        "</ol>\n</div>\n")
    from kg.importers import import_path

    p = import_path(site).profile
    assert p.person.name.lower() == "mira talvik"
    assert p.person.job_title == "Lecturer"
    assert [x.title for x in p.publications] == ["Faults in small caches", "Tracing broken loops"]
    assert all(any(a.is_self for a in x.authors) for x in p.publications)
    assert not any("$x" in u.text or "->" in u.text for u in p.unparsed)


def test_a_framework_sites_views_holding_html_with_template_directives_are_its_pages(tmp_path):
    # a server framework's site (Laravel): its code in app/, its pages Blade views under resources/views/, each
    # a line of "@extends('layouts.main')" and "@section('content')" around its HTML, the layout (named with dots
    # for slashes) holding the document and the owner's name; the menu links "/papers", the route the view
    # papers.blade.php answers. The views are found by what they hold, the layout read with each view
    p = imported_site(tmp_path / "site", {
        "app/Http/routes.php": "<?php\nRoute::get('/', 'HomeController@getIndex');\n"
                               "Route::get('/papers', 'PapersController@getIndex');\n",
        "resources/views/layouts/main.blade.php":
            "<!doctype html>\n<html>\n<head><title>@yield('title', 'Ilse Varga')</title></head>\n<body>\n"
            "<header><h1><a href=\"/\">Ilse Varga</a></h1></header>\n{{-- the page --}}\n@yield('content')\n"
            "<footer><a href=\"https://github.com/ivarga\">GitHub</a></footer>\n</body>\n</html>\n",
        "resources/views/index.blade.php":
            "@extends('layouts.main')\n\n@section('content')\n  <p>I study river towns of the Danube.</p>\n"
            "  <a href=\"/papers\"><div class=\"box\">Publications</div></a>\n@stop\n",
        "resources/views/papers.blade.php":
            "@extends('layouts.main')\n\n@section('content')\n  <h3>Publications</h3>\n  <ul>\n"
            "    <li><a href=\"https://ex.org/a\">Mills on the Lower Danube</a>, <i>River History</i>, May 3, 2015</li>\n"
            "    <li><a href=\"https://ex.org/b\">Ferries and Fairs</a>, <i>Town Studies</i>, June 1, 2013</li>\n"
            "  </ul>\n@stop\n",
    })
    assert p.person.name == "Ilse Varga"
    assert p.person.identifiers.get("github") == "ivarga"
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Mills on the Lower Danube", "River History", 2015), ("Ferries and Fairs", "Town Studies", 2013)]
    assert not any("@section" in u.text or "{{" in u.text for u in p.unparsed)


def test_a_php_site_of_one_folder_per_section_behind_a_redirecting_index_is_read(tmp_path):
    # the root's index.php is code only, sending the browser to "home/home.php"; each section lives in a folder of
    # its own; a page opens with PHP including the shared header (which closes in the page: "</nav>"), the header
    # includes the sidebar through a computed folder ("$parts . 'side.php'"), and the sidebar opens the document
    # and names the owner
    site = tmp_path / "site"
    for d in ("home", "work", "parts", "contact"):
        (site / d).mkdir(parents=True)
    (site / "index.php").write_text('<?php\nheader("Location: home/home.php");\nexit();\n?>\n')
    (site / "parts" / "where.php").write_text("<?php\n$parts = '../parts/';\n$work = '../work/';\n?>\n")
    (site / "parts" / "side.php").write_text(
        '<!DOCTYPE html>\n<html>\n<head><title>Oskar Lindqvist | <?php echo $title; ?></title></head>\n<body>\n'
        '<aside><h3 class="name">Oskar Lindqvist</h3></aside>\n')
    (site / "parts" / "top.php").write_text(
        "<?php\ninclude(__DIR__ . '/where.php');\ninclude($parts . 'side.php');\n?>\n<div class=\"main\">\n<nav>\n"
        '<a href="<?php echo $work; ?>papers.php">Papers</a>\n')
    (site / "home" / "home.php").write_text(
        "<?php\n$title = 'Home';\ninclude('../parts/top.php');\n?>\n</nav>\n<article>\n<h2>About me</h2>\n"
        "<p>I am a geometer working on curved spaces at Tarnby University.</p>\n</article>\n</div></body></html>\n")
    (site / "work" / "papers.php").write_text(
        "<?php\n$title = 'Papers';\ninclude('../parts/top.php');\n?>\n</nav>\n<article>\n<h2>Publications</h2>\n<ol>\n"
        "<li>O. Lindqvist and P. Moor. Folds in flat spaces. Journal of Odd Geometry 7, 2018.</li>\n"
        "<li>P. Moor, O. Lindqvist. Curves that never close. Tarnby Mathematical Notes 2, 2015.</li>\n"
        "</ol>\n</article>\n</div></body></html>\n")
    (site / "contact" / "contact.php").write_text(
        "<?php\n$title = 'Contact';\ninclude('../parts/top.php');\n?>\n</nav>\n<article>\n<h2>Contact</h2>\n"
        '<p><a href="mailto:oskar@tarnby.example.edu">oskar@tarnby.example.edu</a></p>\n</article>\n</div></body></html>\n')
    p = import_path(site).profile
    assert p.person.name == "Oskar Lindqvist"
    assert p.person.email == "oskar@tarnby.example.edu"
    assert [x.title for x in p.publications] == ["Folds in flat spaces", "Curves that never close"]
    assert all(any(a.is_self for a in x.authors) for x in p.publications)


def test_a_php_sites_menu_written_from_data_in_an_included_file_leads_to_its_pages(tmp_path):
    # the menu is PHP data in a file of code the pages include ("nav.inc": label, page, tooltip) and a function
    # writes it, so no page holds the link to the papers page as markup; its file name ("shelf.php") and title
    # name no section. The page the menu labels "Papers" is read as the site's, the profile it links the owner's
    site = tmp_path / "site"
    site.mkdir()
    (site / "nav.inc").write_text(
        '<?php\n$menu = array (\n"home" => array ("Home", "index.php", "Who I am"),\n'
        '"shelf" => array ("Papers", "shelf.php", "What I wrote"),\n'
        '"talks" => array ("Slides", "slides.php", "What I said")\n);\n'
        '$away = array (\n"gh" => array ("github/lokafor", "https://github.com/lokafor", "My code"),\n'
        '"ex" => array ("Tarn geology", "https://geology.tarn.example.edu/", "My department")\n);\n'
        '$friends = array (\n"or" => array ("Olga Reed", "https://twitter.com/olgareed", "A coauthor")\n);\n'
        'function menu ($m) { foreach ($m as $k => $i) { echo "<a href=\\"" . $i[1] . "\\">" . $i[0] . "</a>"; } }\n?>\n')
    top = ('<html><head><title>Lena Okafor: {t}</title>\n<?php include ("nav.inc"); ?>\n</head>\n<body>\n'
           '<?php menu ($menu); ?>\n')
    (site / "index.php").write_text(
        top.format(t="Home") + "<h1>Lena Okafor</h1>\n<p>I am a lecturer in geology at Tarn University.</p>\n"
        "</body></html>\n")
    (site / "shelf.php").write_text(
        top.format(t="Shelf") + "<ol>\n"
        "<li>L. Okafor and O. Reed. Faults in soft rock. Journal of Odd Stones 4, 2021.</li>\n"
        "<li>O. Reed, L. Okafor. Sand that remembers. Tarn Geology Letters 9, 2019.</li>\n</ol>\n</body></html>\n")
    from kg.importers import import_path

    p = import_path(site).profile
    assert p.person.name == "Lena Okafor"
    assert [x.title for x in p.publications] == ["Faults in soft rock", "Sand that remembers"]
    # (the profile the menu links to is the owner's; a coauthor's, beside her name, is not)
    assert p.person.identifiers == {"github": "lokafor"}


_BIBTEX2HTML_ROW = """
<tr valign="top">
<td align="right" class="bibtexnumber">
[<a name="{key}">{n}</a>]
</td>
<td class="bibtexitem">
{authors}.
 {title}.
 In <em>{venue}</em>, Tarn,
  May {year}.
[&nbsp;<a href="lists_bib.html#{key}">bib</a>&nbsp;]

</td>
</tr>
"""


def test_a_page_of_a_written_out_jekyll_collection_is_read_where_the_home_links_it(tmp_path):
    # a minima site keeps a bibtex2html list in a collection folder ("_lists/"), which its _config.yml writes out
    # at the root ("output: true", "permalink: /:name"); the home page links it as "papers.html". That file is a
    # page of the site (read as the HTML it is, with its title lines broken as bibtex2html breaks them), not a
    # file the generator keeps for itself
    (tmp_path / "_config.yml").write_text(
        "title: Home\nauthor: Mira Talvik\ntheme: minima\ncollections:\n  lists:\n    output: true\n"
        "    permalink: /:name\n")
    (tmp_path / "index.md").write_text(
        "---\ntitle: Mira Talvik\nlayout: page\n---\n\nI am a lecturer at Tarn University.\n\n"
        "* My [reviewed papers](papers.html).\n")
    (tmp_path / "_lists").mkdir()
    rows = [("Talvik2021", "Mira&nbsp;Talvik and Olev Reed", "Faults in small\n  caches of old machines",
             "Proceedings of the Tarn Workshop", 2021),
            ("Reed2019", "Olev Reed, Anu Kask, and Mira&nbsp;Talvik", "Tracing broken loops\n  in a day",
             "Tarn Computing Letters", 2019),
            ("Kask2018", "Anu Kask and Mira&nbsp;Talvik", "Slow walks", "Odd Systems Meeting", 2018)]
    (tmp_path / "_lists" / "papers.html").write_text(
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        "<title>Mira Talvik: Papers</title>\n</head>\n<body>\n<h1>Mira Talvik: Papers</h1>\n<table>\n"
        + "".join(_BIBTEX2HTML_ROW.format(key=k, n=i + 1, authors=a, title=t, venue=v, year=y)
                  for i, (k, a, t, v, y) in enumerate(rows))
        + "</table>\n</body>\n</html>\n")
    from kg.importers import import_path

    p = import_path(tmp_path).profile
    assert [x.title for x in p.publications] == ["Faults in small caches of old machines",
                                                   "Tracing broken loops in a day", "Slow walks"]
    assert [[a.name for a in x.authors] for x in p.publications][1] == ["Olev Reed", "Anu Kask", "Mira Talvik"]
    assert [x.year for x in p.publications] == [2021, 2019, 2018]


def test_a_collection_not_written_out_serves_no_page(tmp_path):
    from kg.importers.site.files import collection_document, collection_documents

    (tmp_path / "_config.yml").write_text(
        "collections:\n  lists:\n    output: false\n    permalink: /:name\n  talks:\n    output: true\n")
    for folder in ("_lists", "_talks"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "papers.html").write_text("<p>x</p>\n")
    served = collection_documents(tmp_path)  # (the configuration read once for every link)
    assert collection_document(served, "papers.html") is None
    assert collection_document(served, "/talks/papers.html") == tmp_path / "_talks" / "papers.html"
    assert collection_document(served, "/talks/papers/") == tmp_path / "_talks" / "papers.html"


def test_the_links_of_a_page_read_the_sites_collections_once(tmp_path, monkeypatch):
    # issue 7: the pages a home links to that no file of the root holds are looked up among the collections the
    # configuration writes out, read once for all the links (it was read again for each link)
    from kg.importers.site import files
    from kg.importers.site.markdown_site import markdown_site_pages

    (tmp_path / "_config.yml").write_text("collections:\n  pubs:\n    output: true\n    permalink: /:name\n")
    (tmp_path / "_pubs").mkdir()
    (tmp_path / "_pubs" / "papers.md").write_text("---\ntitle: Publications\n---\n\n- A paper. 2020.\n")
    (tmp_path / "index.md").write_text("# Ann Lee\n")
    reads = []
    load = files.load_yaml_file
    monkeypatch.setattr(files, "load_yaml_file", lambda doc: reads.append(doc.path.name) or load(doc))
    pages, _skipped = markdown_site_pages(tmp_path, tmp_path / "index.md", ["/talks.html", "/news/", "/papers.html"])
    assert pages == [(tmp_path / "_pubs" / "papers.md").resolve()]
    assert reads == ["_config.yml"]


def test_one_degree_told_twice_keeps_the_fuller_record_and_the_first_ones_link():
    """The same PhD at one school read twice, first bare with the school's link, then with its year: one degree,
    with the year and the link. Before the fuller-record rule the bare first reading stayed (no year); the rule
    alone would have dropped the link."""
    from kg.importers.site.assemble import merge_person
    from kg.model import Education, Person

    base = Person(name="Oren Vale", education=[Education(degree="PhD", institution="Northfield University",
                                                         url="https://nu.example.org/")])
    merge_person(base, Person(name="Oren Vale", education=[Education(degree="Ph.D.", institution="Northfield University",
                                                                     year=2024)]))
    assert [(e.degree, e.year, e.url) for e in base.education] == [("Ph.D.", 2024, "https://nu.example.org/")]


_PEOPLE = """<html><body><h1>People</h1><h2>Graduate Students</h2>
<p><b>Ana Ruiz</b></p><p><b>Bo Lindqvist</b></p><p><b>Cyra Oduya</b></p>
</body></html>"""


def test_students_a_dated_copy_of_the_people_page_lists_again_are_counted_once(tmp_path):
    # "people.htm" and its old copy "peopleMar25_11.htm" list the same three students; before, six were read
    profile = imported_site(tmp_path, {
        "index.htm": "<html><head><title>Tomas Varga</title></head><body><h1>Tomas Varga</h1>"
                     "<p>[<a href='people.htm'>People</a>] [<a href='publications.htm'>Publications</a>]</p>"
                     "<p>Tomas Varga is a Professor of River Science at Westmoor University.</p></body></html>",
        "people.htm": _PEOPLE,
        "peopleMar25_11.htm": _PEOPLE,
        "publications.htm": "<html><body><h1>Publications</h1><ol>"
                            "<li><b>Tomas Varga</b>, Ines Moreau, Silt in slow rivers, <i>Journal of Sediments</i>, 2018."
                            "</li><li>Ines Moreau, <b>Tomas Varga</b>, Gravel bars after floods, <i>River Letters</i>,"
                            " 2016.</li></ol></body></html>",
    })
    assert [(s.name, s.file) for s in profile.students] == [
        ("Ana Ruiz", "people.htm"), ("Bo Lindqvist", "people.htm"), ("Cyra Oduya", "people.htm")]


def test_a_contact_page_no_page_links_gives_the_owners_address_and_workplace(tmp_path):
    # the home is a redirect now; the list page and the memberships page are read, and "contact.htm" (linked by
    # none of them) holds the workplace and an address written out in words ("ana dot ruiz at ..."). Before, the
    # contact page was not read, and an address spelled so lost the words before its last " dot "
    profile = imported_site(tmp_path, {
        "index.html": "<html><head><meta http-equiv='refresh' content='5; url=https://elsewhere.example.org'></head>"
                      "<body><p>My page has moved.</p></body></html>",
        "publications.htm": "<html><head><title>Ana Ruiz</title></head><body><p><b>Publications</b></p>"
                            "<p>Ana Ruiz and Ines Moreau. Silt in slow rivers. Journal of Sediments, vol. 4, 2018.</p>"
                            "<p>Ana Ruiz. Gravel bars after floods. River Letters, vol. 2, 2016.</p>"
                            "<p><a href='service.htm'>Service</a></p></body></html>",
        "service.htm": "<html><head><title>Ana Ruiz</title></head><body><p><b>Editorial Boards</b></p><p>Editor of River Letters, 2020 to date</p>"
                       "<p><a href='publications.htm'>Publications</a></p></body></html>",
        "contact.htm": "<html><body><table><tr><td><p>Contact Details</p></td><td>"
                       "<p><b>Work Address</b></p><p>School of Earth Sciences</p><p>Westmoor University</p>"
                       "<p>Westmoor WM1 2AB</p><p><b>E-mail</b></p>"
                       "<p><span>ana</span><span> dot <span>ruiz</span> at westmoor dot ac dot uk</span></p>"
                       "</td></tr></table></body></html>",
    })
    assert profile.person.name == "Ana Ruiz"
    assert profile.person.email == "ana.ruiz@westmoor.ac.uk"
    assert [a.name for a in profile.person.affiliations] == ["Westmoor University"]


def test_a_page_only_the_sidebar_include_links_to_is_read(tmp_path):
    # a Jekyll site without a theme: the home page names the owner, the publications page is linked only from the
    # sidebar every layout includes ("<a href="/pubs">"), served at /pubs/ by pubs/index.html
    from tests.importers.sitefiles import write_site

    pubs = "".join(f"<p class=\"pub\"><a href=\"pdfs/p{k}.pdf\">&#8220;Tidal pools of the {w} coast&#8221;</a>, "
                   f"Quill, Lint, <i>Journal of Shores</i>, 3({k}):1-9, 201{k}.</p>\n"
                   for k, w in enumerate(["north", "south", "east"]))
    root = write_site(tmp_path / "site", {
        "_config.yml": "name: mara quill\nurl: http://mq.example.org\n",
        "_includes/sidebar.html": '<div><a href="/about">about</a> - <a href="/pubs">pubs</a></div>\n',
        "_layouts/default.html": "<html><body>{% include sidebar.html %}{{ content }}</body></html>\n",
        "about/index.md": "---\nlayout: default\ntitle: About\n---\n\nI'm Mara Quill, a geologist in Lisbon.\n",
        "pubs/index.html": "---\nlayout: default\ntitle: Publications\n---\n\n<h1>Publications</h1>\n\n" + pubs})
    titles = sorted(p.title for p in import_path(root).profile.publications)
    assert titles == ["Tidal pools of the east coast", "Tidal pools of the north coast", "Tidal pools of the south coast"]


def test_relative_links_of_a_jekyll_page_in_a_folder_lead_under_that_folder(tmp_path):
    # pubs/index.html (no permalink) is served at /pubs/: its "pdfs/a.pdf" is /pubs/pdfs/a.pdf, not /pdfs/a.pdf
    from tests.importers.sitefiles import write_site

    pubs = "".join(f"<p class=\"pub\"><a href=\"pdfs/p{k}.pdf\">&#8220;Tidal pools of the {w} coast&#8221;</a>, "
                   f"Quill, Lint, <i>Journal of Shores</i>, 3({k}):1-9, 201{k}.</p>\n"
                   for k, w in enumerate(["north", "south"]))
    root = write_site(tmp_path / "site", {
        "_config.yml": "name: mara quill\nurl: http://mq.example.org\n",
        "_includes/sidebar.html": '<div><a href="/about">about</a> - <a href="/pubs">pubs</a></div>\n',
        "about/index.md": "---\nlayout: default\ntitle: About\n---\n\nI'm Mara Quill, a geologist in Lisbon.\n",
        "pubs/index.html": "---\nlayout: default\ntitle: Publications\n---\n\n<h1>Publications</h1>\n\n" + pubs})
    pub = next(p for p in import_path(root).profile.publications if p.title == "Tidal pools of the north coast")
    assert pub.links["paper"] == "http://mq.example.org/pubs/pdfs/p0.pdf"


def test_a_mailto_link_written_out_in_the_sidebar_include_is_the_owners_email(tmp_path):
    # the sidebar every page shows links the owner's address ("mailto:...?subject=Hi"); one Liquid fills in is not
    # read here (the configured address is read as such)
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": "name: mara quill\nurl: http://mq.example.org\n",
        "_includes/sidebar.html": '<div><a href="https://github.com/mquill">github</a> - '
                                  '<a href="mailto:hello@mq.example.org?subject=Hi">email</a></div>\n',
        "about/index.md": "---\nlayout: default\ntitle: About\n---\n\nI'm Mara Quill, a geologist in Lisbon.\n"})
    assert import_path(root).profile.person.email == "hello@mq.example.org"


def test_a_position_a_page_states_at_a_place_is_the_title_over_a_home_page_tagline(tmp_path):
    """The home page's bold tagline 'Soil Scientist | Data Wrangler | Podcaster' ties no title to a place; the about
    page's 'She is a research fellow at Brookmere University' states the position held: that is the job title."""
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\nwebsite:\n  title: \"Rhea Calloway\"\n",
                                          encoding="utf-8")
    (tmp_path / "index.qmd").write_text(
        "---\ntitle: Home\n---\n\n# Rhea Calloway\n\n**Soil Scientist | Data Wrangler | Podcaster**\n\n"
        "[About me](about.qmd)\n", encoding="utf-8")
    (tmp_path / "about.qmd").write_text(
        "---\ntitle: About\n---\n\n**Rhea** studies how roots shape soil carbon. She is a research fellow with the "
        "Root Lab at [Brookmere University](https://brookmere.example.edu/). She enjoys hiking.\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.job_title.lower() == "research fellow"


def test_a_linked_pages_person_of_another_name_counts_only_as_the_owner():
    from kg.importers.site.assemble import only_if_same_person
    from kg.model import Person

    owner = Person(name="Mira Kolb")
    # a page titled "Publications" heads its person with that word: not an alternate name of the owner's
    other = only_if_same_person(Person(name="Publications", alternate_names=["Pubs"], email="m@x.example.org"), owner)
    assert (other.name, other.alternate_names, other.email) == ("Mira Kolb", [], "m@x.example.org")
    same = Person(name="M. Kolb")
    assert only_if_same_person(same, owner) is same


def test_a_social_mappings_switches_and_numbers_are_no_profiles():
    # "social: {share: true, twitter: true, linkedin: 3}": a switch or a number under a profile's key is no handle.
    # Before: identifiers {'twitter': 'True', 'linkedin': '3'} and the link https://x.com/True
    from kg.importers.site.fields import apply_social
    from kg.model import Person

    person = Person(name="Ann Roe")
    assert not apply_social(person, "social", {"share": True, "twitter": True, "linkedin": 3})
    assert person.identifiers == {} and person.links == {}
    assert apply_social(person, "social", {"share": True, "twitter": "https://twitter.com/annroe"})
    assert person.identifiers == {"twitter": "annroe"}


def test_an_email_icon_linking_nowhere_gives_the_address_its_label_writes():
    # Quarto's about links: "icon: envelope, text: ann.roe[at]example.org, href: javascript:void(0)"
    from kg.importers.site.fields import apply_social
    from kg.model import Person

    person = Person(name="Ann Roe")
    assert apply_social(person, "links", [{"icon": "envelope", "text": "ann.roe[at]example.org",
                                           "href": "javascript:void(0)"}])
    assert person.email == "ann.roe@example.org"


def test_a_copy_of_a_work_whose_title_carries_a_kind_label_is_the_same_work():
    """The home page's copy of the list writes "Demo: The Tide Gauge Toolkit", the publications page "The Tide Gauge
    Toolkit": one work (same year, same authors), which stayed two. A labelled title by other authors, or another
    year, stays a work of its own."""
    def work(title, names, file, year=2021):
        return Publication(title=title, year=year, file=file, line=1, authors=[Author(name=n) for n in names])

    home = work("Demo: The Tide Gauge Toolkit", ["Ida Berg", "Ole Lund"], "index.jemdoc")
    page = work("The Tide Gauge Toolkit", ["Ida Berg", "Ole Lund"], "publications.jemdoc")
    other = work("Poster: The Tide Gauge Toolkit", ["Kai Moe"], "talks.jemdoc")
    later = work("Demo: The Tide Gauge Toolkit", ["Ida Berg", "Ole Lund"], "news.jemdoc", year=2023)
    out = dedupe_publications([home, page, other, later])
    assert [(p.title, p.file) for p in out] == [("Demo: The Tide Gauge Toolkit", "index.jemdoc"),
                                               ("Poster: The Tide Gauge Toolkit", "talks.jemdoc"),
                                               ("Demo: The Tide Gauge Toolkit", "news.jemdoc")]


def test_a_works_own_bibtex_entry_is_merged_by_one_rule():
    """merge_own_entry, the one rule for a paper's own BibTeX entry (Hugo's cite.bib, an entry a page or record
    embeds, the entry a Quarto page cites): the entry of the work's title fills what the work lacks, an entry of
    another work is handed back, and a file's only entry is the work's whatever its title's wording (``alone``)."""
    from kg.importers.site.assemble import merge_own_entry
    from kg.model import Author, Publication

    pub = Publication(title="Tide maps of small bays", year=2020)
    own = Publication(title="Tide Maps of Small Bays", year=2020, venue="Coastal Letters", doi="10.5555/tides.2",
                      authors=[Author(name="Ana Ruiz"), Author(name="Bo Lee")])
    other = Publication(title="Salt in estuaries", year=2019)
    assert merge_own_entry(pub, [other, own], owner="Bo Lee") == [other]
    assert (pub.venue, pub.doi, [a.is_self for a in pub.authors]) == ("Coastal Letters", "10.5555/tides.2",
                                                                     [False, True])
    preprint = Publication(title="Mapping tides (preprint)")
    assert merge_own_entry(preprint, [own]) == [own] and preprint.venue is None
    assert merge_own_entry(preprint, [own], alone=True) == [] and preprint.venue == "Coastal Letters"


def test_a_configured_bibtex_file_that_never_names_the_owner_is_a_previous_owners_list(tmp_path):
    """A Jekyll lab template reused as a personal site: ``_config.yml`` still configures jekyll-scholar with the
    template's previous owner's ``refs/old.bib`` (no page renders it), while the owner's papers live in
    ``_data/papers.yml``, which the publications page loops over. The file's entries name none of the owner's names:
    they are another person's papers, not the owner's (kg listed them with the owner's)."""
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Lotte Brandsma\nplugins:\n  - jekyll/scholar\nscholar:\n  source: /refs/\n"
                       "  bibliography: old.bib\n",
        "_pages/home.md": "---\ntitle: Home\npermalink: /\n---\n\n# Lotte Brandsma\n\nI study coastal dunes.\n",
        "_pages/papers.md": "---\ntitle: Publications\npermalink: /publications/\n---\n\n"
                            "{% for p in site.data.papers %}\n<strong>{{ p.title }}</strong><br/>\n"
                            "<em>{{ p.authors }}</em><br/>\n{{ p.journal }} ({{ p.year }})\n{% endfor %}\n",
        "_data/papers.yml": "- title: Dune grass and wind\n  authors: L. Brandsma and K. Vos\n  journal: Coastal Sand\n"
                            "  year: 2023\n- title: Sand fences revisited\n  authors: K. Vos and L. Brandsma\n"
                            "  journal: Coastal Sand\n  year: 2021\n",
        "refs/old.bib": "@article{kim2019,\n  title = {Mass loss of red giants},\n  author = {Kim, Hana and Oduya, Peter},\n"
                        "  journal = {Star Letters},\n  year = {2019}\n}\n\n@article{kim2020,\n  title = {Dusty winds},\n"
                        "  author = {Kim, Hana},\n  journal = {Star Letters},\n  year = {2020}\n}\n",
    })
    assert sorted(p.title for p in profile.publications) == ["Dune grass and wind", "Sand fences revisited"]


def test_a_page_titled_as_a_cv_under_another_file_name_is_read_for_its_owner(tmp_path):
    """'_pages/sobre.md' is titled "Resumen CV" (its file and address in the owner's language): the owner's CV by
    its title, read for the degrees it lists as 'cv.md' is (kg ignored the page)."""
    profile = imported_site(tmp_path, {
        "_config.yml": "title: Lucía Ferrer\nauthor:\n  name: Lucía Ferrer\n",
        "_pages/about.md": "---\npermalink: /\n---\n\nInvestigo la prensa local.\n",
        "_pages/sobre.md": "---\ntitle: Resumen CV\npermalink: sobre.html\n---\n#### Lucía Ferrer\n"
                           "- Profesora Titular, Universidad de Almenara\n\n#### Formación\n"
                           "- Doctora en Comunicación, Universidad de Ribera (2011)\n"
                           "- Licenciada en Periodismo, Universidad de Ribera (2005)\n",
    })
    assert [(e.institution, e.year) for e in profile.person.education] == [
        ("Universidad de Ribera", 2011), ("Universidad de Ribera", 2005)]


def test_undated_works_of_the_owner_under_a_works_heading_on_a_page_no_family_reads(tmp_path):
    """A theme-less Jekyll page of research opening with the owner's theses (links, no authors: the family reader
    does not take it; the page reader reads it for works) with one dated article and two working papers that give
    no year: before, only the dated article was kept (the page's works were filtered to dated ones unless most were
    dated); the owner's working papers are works too."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Ada Lindqvist\nauthor: Ada Lindqvist\n",
        "index.md": "---\nlayout: home\n---\n\nI am an economist studying rural credit.\n",
        "estudos.md": "---\nlayout: page\ntitle: Estudos\n---\n\n## Teses\n\n"
                      "[Mestrado: Farm credit in two valleys](/files/ms.pdf)\n\n"
                      "[Doutorado: Harvest risk and lending](/files/phd.pdf)\n\n## Artigos publicados\n\n"
                      "[LINDQVIST, A.; BERGMAN, R. A. Credit cycles on small farms. *Rural Economics Review*, v. 4, "
                      "p. 1-20, 2021.](https://example.org/a.pdf)\n\n## Working Papers\n\n"
                      "[LINDQVIST, A., OKORO, C. D. Seasonal prices of maize in river towns.](/files/wp1.pdf)\n\n"
                      "[LINDQVIST, A., VARGA, E. M. Cooperative banks and the harvest.](/files/wp2.pdf)\n",
    })
    assert sorted(pub.title for pub in p.publications) == [
        "Cooperative banks and the harvest", "Credit cycles on small farms", "Seasonal prices of maize in river towns"]


def test_awards_an_about_page_and_a_cv_page_both_list_are_the_sites_once(tmp_path):
    """A Hugo site whose about page and CV page list the same awards (the CV with their years, one more): each
    award once, as the first page lists it; an award the CV alone lists is kept."""
    p = imported_site(tmp_path, {
        "hugo.toml": 'title = "Noor Aziz"\n[params]\nauthor = "Noor Aziz"\n',
        "content/about.md": "---\ntitle: About\n---\n\nI am a PhD student at Eastfield University.\n\n"
                            "## Awards\n\n- Gold Medal, Harbour Robotics Cup\n- Best Poster Award, Tide Forum\n",
        "content/cv.md": "---\ntitle: CV\n---\n\n## Awards\n\n- Gold Medal, Harbour Robotics Cup (2024)\n"
                         "- Best Poster Award, Tide Forum (2023)\n- Dean's List (2021)\n"})
    assert sorted(a.name for a in p.awards) == ["Best Poster Award, Tide Forum", "Dean's List",
                                                "Gold Medal, Harbour Robotics Cup"]


def test_a_talk_items_type_that_says_it_is_a_talk_is_read_with_the_talk(tmp_path: Path):
    # academicpages' "_talks/*.md" carry "type: Talk" (or "Tutorial"): what the item is, which kg took by reading
    # it as a talk; the line was listed as unparsed in every talk. A type that says more ("Conference proceedings
    # talk") stays listed: kg has no field for it
    from .sitefiles import academicpages_home, imported_site

    files = academicpages_home("Teodor Vale", "I study glaciers from orbit.\n")
    talk = '---\ntitle: "{t}"\ncollection: talks\ntype: "{k}"\nvenue: "Ice Days"\ndate: 2022-05-0{d}\n---\n'
    files["_talks/2022-a.md"] = talk.format(t="Glaciers seen from orbit", k="Talk", d=1)
    files["_talks/2022-b.md"] = talk.format(t="Reading radar for beginners", k="Tutorial", d=2)
    files["_talks/2022-c.md"] = talk.format(t="Melt rates in a warm year", k="Conference proceedings talk", d=3)
    prof = imported_site(tmp_path / "site", files)
    assert sorted(t.title for t in prof.talks) == ["Glaciers seen from orbit", "Melt rates in a warm year",
                                                   "Reading radar for beginners"]
    assert [(u.file, u.text) for u in prof.unparsed if (u.file or "").startswith("_talks/")] == [
        ("_talks/2022-c.md", 'type: "Conference proceedings talk"')]


def test_the_themes_sample_talks_and_teaching_left_in_place_are_no_items_of_the_owner(tmp_path: Path):
    # academicpages ships "_talks" and "_teaching" items written as slots to fill ("Seminar 4 on Relevant Topic
    # in Your Field", "Teaching experience 3"), as it ships its sample papers: left in place, they are the
    # theme's, not the owner's; the owner's own items beside them stay
    files = academicpages_home("Teodor Vale", "I study glaciers from orbit.\n")
    talk = '---\ntitle: "{t}"\ncollection: talks\ntype: "Talk"\nvenue: "{v}"\ndate: 2022-05-01\n---\n\nAbout it.\n'
    files["_talks/a.md"] = talk.format(t="Seminar 4 on Relevant Topic in Your Field", v="Example Institute")
    files["_talks/b.md"] = talk.format(t="Glaciers seen from orbit", v="Ice Days")
    course = '---\ntitle: "{t}"\ncollection: teaching\ntype: "Workshop"\nvenue: "{v}"\ndate: 2021-01-01\n---\n'
    files["_teaching/a.md"] = course.format(t="Teaching experience 3", v="University 2, Department")
    files["_teaching/b.md"] = course.format(t="Radar for field glaciologists", v="Fjell University")
    prof = imported_site(tmp_path / "site", files)
    assert [t.title for t in prof.talks] == ["Glaciers seen from orbit"]
    assert [t.course for t in prof.teaching] == ["Radar for field glaciologists"]
    assert not [u for u in prof.unparsed if u.file in ("_talks/a.md", "_teaching/a.md")]


def test_an_award_a_bio_sentence_names_with_its_year_is_the_one_the_awards_file_lists_in_full(tmp_path):
    """The bio says "she received the 2024 NMS Young Botanist Award" and the awards file lists "Young Botanist
    Award, The 12th Meeting of the Nordic Moss Society (NMS)" in 2024: one award, the file's; an award the bio names
    with another year, or with no acronym naming its meeting, stays. Before: the bio's award beside the file's."""
    from .test_site_fallthrough import _vue_app

    p = imported_site(tmp_path, _vue_app({
        "content/biography/en.md": "Ines Varga studies lichens. She received the 2024 NMS Young Botanist "
                                   "Award, the 2019 Coastal Field Prize and the 2023 Best Poster Award.\n",
        "assets/data/awards.yaml": "- title: Young Botanist Award\n  organization: The 12th Meeting of the Nordic "
                                   "Moss Society (NMS)\n  year: May 2024\n"
                                   "- title: Field Prize\n  organization: Coastal Club\n  year: May 2018\n"
                                   "- title: Best Student Poster Award\n  organization: Lichen Days\n"
                                   "  year: June 2023\n"}))
    names = [(a.name, a.year) for a in p.awards]
    assert ("Young Botanist Award, The 12th Meeting of the Nordic Moss Society (NMS)", 2024) in names
    assert not any(n.startswith("NMS") for n, _y in names)
    # (a name no acronym ties to one meeting, "Best Poster Award", may be another award of the year)
    assert ("Best Poster Award", 2023) in names and len(names) == 5, names


def test_an_iop_style_citation_names_its_author_before_et_al_and_the_bare_year():
    # IOP's "to cite this article" form: the first author, "et al", the year with no brackets, then the series;
    # the record's title is not in it. One author, the list cut short; the year and series are no name
    authors, truncated = citation_authors("Lena K Dorsch et al 2021 J. Phys.: Conf. Ser. 1893 012044.",
                                          title="Wear of small gears")
    assert [a.name for a in authors] == ["Lena K Dorsch"]
    assert truncated


def test_an_academicpages_record_with_no_venue_takes_the_one_its_citation_names(tmp_path):
    # "citation: 'Roe, A. (2024). *Title*. Journal, 23(1), 29-51.'" and no "venue:" key: the venue is the one the
    # citation writes after the record's title, as the page shows it
    p = imported_site(tmp_path / "site", {
        **academicpages_home("Ana Roe", "I study glacier lakes.\n"),
        "_publications/2024-lakes.md": "---\ntitle: \"Lakes under ice\"\ncollection: publications\ndate: 2024-05-02\n"
                                       "citation: \"Lind, K., **Roe, A.** (2024). *Lakes under ice*. Journal of Cold "
                                       "Water, 23(1), 29-51.\"\n---\n",
    })
    assert [(x.title, x.venue, [a.name for a in x.authors]) for x in p.publications] == [
        ("Lakes under ice", "Journal of Cold Water", ["K. Lind", "A. Roe"])]


def test_a_data_file_of_works_that_name_the_owner_too_rarely_lists_others_works(tmp_path):
    # beside the owner's list, a data file of papers by other people that use the lab's tool (its name says nothing a
    # reader could go by): three works, one naming the owner, are someone else's list, reported and not counted;
    # the one the owner wrote is theirs whatever list holds it
    others = "".join(f'- title: "{t}"\n  authors: "{a}"\n  year: 2022\n  venue: "Gear Letters"\n\n'
                     for t, a in [("Sprockets seen through the scope", "Ines Lorn, Tal Brenn"),
                                  ("A scope for small gears", "Pia Ostrow"),
                                  ("Gear counts with the scope", "Tal Brenn, Mara Quill")])
    root = write_site(tmp_path / "site", {
        "_config.yml": 'title: "Mara Quill"\nauthor:\n  name: "Mara Quill"\n',
        "_data/publications.yml": '- title: "A scope for gears"\n  authors: "Mara Quill, Ines Lorn"\n  year: 2020\n'
                                  '  venue: "Gear Letters"\n',
        "_data/uses/items.yml": others,
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n"
                                  "{% for p in site.data.publications %}\n{{ p.title }} {{ p.authors }}\n{% endfor %}\n",
        "_pages/uses.md": "---\npermalink: /uses/\ntitle: Uses of the scope\n---\n"
                          "{% for p in site.data.uses.items %}\n{{ p.title }} {{ p.authors }}\n{% endfor %}\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nMara Quill is a lecturer at Inland University.\n",
    })
    profile = import_path(root).profile
    assert [p.title for p in profile.publications] == ["A scope for gears", "Gear counts with the scope"]
    skipped = [u.text for u in profile.unparsed if u.file == "_data/uses/items.yml" and u.section == "skipped"]
    assert skipped == ["not the owner's work (no author is the owner): Sprockets seen through the scope",
                       "not the owner's work (no author is the owner): A scope for small gears"]


def _looped_data_site(owner: str, works: list[tuple[str, str]], page: str, extra: dict[str, str] = {}) -> dict[str, str]:
    """A Jekyll site of ``owner`` whose page ``page`` loops over ``_data/items.yml`` (a name that does not say
    publications) holding ``works`` (title, authors)."""
    return {
        "_config.yml": f'title: "{owner}"\nauthor:\n  name: "{owner}"\n',
        "_data/items.yml": "".join(f'- title: "{t}"\n  authors: "{a}"\n  year: 2021\n  venue: "Reef Notes"\n\n'
                                    for t, a in works),
        f"_pages/{page}.md": f"---\npermalink: /{page}/\ntitle: {page.title()}\n---\n"
                             "{% for p in site.data.items %}\n{{ p.title }} {{ p.authors }}\n{% endfor %}\n",
        "_pages/about.md": f"---\npermalink: /\ntitle: About\n---\n{owner} is a lecturer at Coral University.\n",
        **extra,
    }


def test_an_owner_with_two_family_names_is_named_by_either_in_a_data_list(tmp_path):
    # "Rosa Vidal Sanz" cited as "Vidal R", "R. Vidal", "Vidal-Sanz R" (and once by initials alone): her works, on a
    # page not called publications; the family name was only ever the last word, and all four were dropped
    root = write_site(tmp_path / "site", _looped_data_site("Rosa Vidal Sanz", [
        ("Reef heat waves", "Lund K, Vidal R, Pike T"), ("Coral spawning", "Ord B, R. Vidal"),
        ("Sponge gardens", "Ord B, R.V.S."), ("Kelp forests", "Lund K, Pike T, Vidal-Sanz R")], "cv"))
    profile = import_path(root).profile
    assert [p.title for p in profile.publications] == ["Reef heat waves", "Coral spawning", "Sponge gardens",
                                                       "Kelp forests"]
    assert not [u for u in profile.unparsed if "owner's work" in u.text]


def test_a_lab_list_keeps_the_owners_work_and_reports_the_others(tmp_path):
    # a lab's papers looped on its research page, beside the owner's own list: the one with the owner among its
    # authors is the owner's; the three others are reported as others' works, never one naming the owner
    owner = "Tove Ness"
    root = write_site(tmp_path / "site", _looped_data_site(owner, [
        ("Tide pools at night", "Ari Holt, Bo Lind, Tove Ness"), ("Mussel beds", "Cai Orr, Dag Pym"),
        ("Barnacle larvae", "Eva Roe, Fin Sol"), ("Limpet homing", "Gry Tam, Hal Uhr")], "research", {
        "_data/publications.yml": f'- title: "Wrack lines"\n  authors: "{owner}"\n  year: 2020\n',
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n"
                                  "{% for p in site.data.publications %}\n{{ p.title }} {{ p.authors }}\n{% endfor %}\n"}))
    profile = import_path(root).profile
    assert sorted(p.title for p in profile.publications) == ["Tide pools at night", "Wrack lines"]
    skipped = {u.text.rpartition(": ")[2] for u in profile.unparsed if u.text.startswith("not the owner's work")}
    assert skipped == {"Mussel beds", "Barnacle larvae", "Limpet homing"}


def test_a_plain_html_site_whose_papers_page_names_no_owner_says_its_papers_were_found(tmp_path):
    """A lab's home page has no name and no papers; its publications page lists papers by people none of the
    pages calls the owner. The error named the home page ("no name and no publications") as if the site had no
    papers; it names the page that has them, and asks for --owner."""
    from .sitefiles import write_site

    titles = ["Calving fronts", "Meltwater ponds", "Sea ice drift", "Basal melt", "Firn density", "Glacier surges"]
    people = ["Q. Lind", "R. Osk", "T. Vaar", "M. Heel", "P. Dunn", "S. Roan", "K. Fell", "J. Moor", "A. Brae",
              "L. Tarn", "C. Holm", "D. Vik"]
    works = "".join(f"<li>{people[2 * n]} and {people[2 * n + 1]}. {t} in a warming climate. <i>Journal of "
                    f"Glaciology</i>, 20{10 + n}. <a href='https://doi.org/10.1017/jog.20{10 + n}.{n + 1}'>[PDF]</a></li>\n"
                    for n, t in enumerate(titles))
    site = write_site(tmp_path / "s", {
        "index.html": "<html><body><div class='banner'><a href='publications.html'>Papers</a></div>\n"
                      "<p>Welcome.</p></body></html>\n",
        "publications.html": "<!DOCTYPE html>\n<html lang='en'>\n<head><title>Publications</title></head>\n<body>\n"
                             f"<h2>Publications</h2>\n<ol>\n{works}</ol>\n</body>\n</html>\n"})
    with pytest.raises(SourceError) as err:
        import_path(site)
    assert err.value.path.endswith("publications.html")
    assert err.value.message.startswith("publications found but no owner name; give --owner")


def test_a_templates_unfilled_slots_are_no_data_and_an_owner_named_by_one_is_refused(tmp_path):
    """A template's slots left unfilled: "Your Name" as the owner is refused (with what to do); "PhD Student in
    [Field]", "[University]" and "your.email@..." beside a real name are dropped, and said in unparsed."""
    from .sitefiles import write_site

    page = ("<html><head><title>Home</title><meta name='description' content='PhD Student in [Field] at "
            "[University]'></head><body>\n<a href='/' class='site-title'>Dr. [{name}]</a>\n"
            "<h1>Welcome to Dr. [{name}]</h1>\n<p class='hero-subtitle'>PhD Student in [Field] at [University]</p>\n"
            "<p><a href='mailto:your.email@university.edu'>Email</a></p>\n</body></html>\n")
    with pytest.raises(SourceError) as err:
        import_path(write_site(tmp_path / "a", {"index.html": page.format(name="Your Name")}))
    assert "template's placeholder ('Your Name')" in err.value.message and "--owner" in err.value.message
    profile = import_path(write_site(tmp_path / "b", {"index.html": page.format(name="Ilse Marrow")})).profile
    person = profile.person
    assert (person.name, person.job_title, person.email) == ("Ilse Marrow", None, None)
    assert person.affiliations == []  # (its one place, "[University]", a slot)
    # each slot reported at the line of the file that holds it (all were at line 1 of no file)
    assert [(u.file, u.line, u.text) for u in profile.unparsed if u.text.startswith("a template's slot")] == [
        ("index.html", 1, "a template's slot, no data: PhD Student in [Field]"),
        ("index.html", 5, "a template's slot, no data: your.email@university.edu"),
        ("index.html", 1, "a template's slot, no data: [University]")]


def test_a_remark_in_brackets_is_no_templates_slot(tmp_path):
    # "[fixed-term position]", "[joint degree]": the owner's own remarks in lower case, not a slot's name (the slot
    # words were matched in any case, and the job and the degree's field dropped as slots)
    from kg.importers.common import unfilled

    assert not unfilled("Research Fellow [part-time position]") and unfilled("Research Fellow in [Your Field]")
    page = tmp_path / "index.md"
    page.write_text("# Ines Lorn\n\nLecturer [fixed-term position], Fjord University\n\nines@fjord.edu\n\n"
                    "## Education\n\n- M.Sc. in Geology [joint degree], Fjord University, 2014\n\n"
                    "## Publications\n\n- Ines Lorn, Tal Brenn. Tides. Coastal Letters, 2021.\n")
    profile = import_path(page).profile
    assert profile.person.job_title == "Lecturer [fixed-term position]"
    assert [(a.name, a.role) for a in profile.person.affiliations] == [("Fjord University", "Lecturer [fixed-term position]")]
    assert [(e.degree, e.field) for e in profile.person.education] == [("M.Sc.", "Geology [joint degree]")]
    assert not [u for u in profile.unparsed if "slot" in u.text]


def _bib_layout_marks(tmp_path, layout: str, fields: str) -> list:
    """The marks of the one paper of an al-folio site whose bib layout is ``layout`` and whose entry holds ``fields``."""
    _write(tmp_path, {
        "_config.yml": "first_name: Noor\nlast_name: Vale\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\n---\nI study soils.\n",
        "_layouts/bib.html": layout,
        "_bibliography/papers.bib": "@article{v1, title={Clay under frost}, author={Vale, Noor and Ostrova, Ida and "
                                    f"Penn, Kit}},\n  {fields}, journal={{Soil Letters}}, year={{2024}}}}\n"})
    [pub] = import_path(tmp_path).profile.publications
    return [(a.name, a.marks) for a in pub.authors]


def test_a_bib_field_the_sites_bib_layout_draws_a_mark_by_marks_those_authors(tmp_path):
    # al-folio's bib layout, changed by the site to star the authors a custom field names; before, the field was
    # no part of the authors and the stars the page draws were lost
    layout = ("{% for author in entry.author_array %}\n"
              "  {%- if entry.co_first_authors contains author.last -%}\n"
              "    {{author.first}} {{author.last}}<span class=\"star\" style='color: #a00'>*</span>\n"
              "  {%- else -%}\n    {{author.first}} {{author.last}}\n  {%- endif -%}\n"
              "  {%- if entry.keywords contains author.last -%}<b>{{author.last}}</b>{%- endif -%}\n"
              "{% endfor %}\n")
    # (a test that draws no mark, "keywords", marks no one)
    assert _bib_layout_marks(tmp_path, layout, "co_first_authors={Vale, N. and Ostrova, I.}, keywords={Penn}") == [
        ("Noor Vale", ["equal_contribution"]), ("Ida Ostrova", ["equal_contribution"]), ("Kit Penn", [])]


def test_a_bib_layouts_elsif_test_of_a_field_marks_those_authors_and_a_given_name_test_none(tmp_path):
    # review76d s1: "{%- elsif entry.corresponding_author contains author.last -%}...<sup>†</sup>" marked no one
    # (only an "if" was read); a test of author.first is not read (the field is compared with family names)
    layout = ("{% for author in entry.author_array %}\n"
              "  {%- if entry.equal_contribution contains author.last -%}{{author.last}}<sup>*</sup>\n"
              "  {%- elsif entry.corresponding_author contains author.last and author.last != '' -%}"
              "{{author.last}}<sup>†</sup>\n"
              "  {%- elsif entry.intern_authors contains author.first -%}{{author.last}}<sup>‡</sup>\n"
              "  {%- else -%}{{author.last}}{%- endif -%}\n{% endfor %}\n")
    fields = "equal_contribution={Vale and Ostrova}, corresponding_author={Penn}, intern_authors={Kit}"
    assert _bib_layout_marks(tmp_path, layout, fields) == [
        ("Noor Vale", ["equal_contribution"]), ("Ida Ostrova", ["equal_contribution"]), ("Kit Penn", ["corresponding"])]


def test_a_students_vitae_page_deep_in_a_site_is_no_cv_of_the_owner(tmp_path):
    # review76d h1: "content/people/jane/vitae.md" headed "# Jane Doe": her award was the owner's (before, since
    # "vitae" is a CV's name; "vita.md" there was so before that); a page headed by another's name is theirs
    _write(tmp_path, {
        "config.toml": 'baseURL = "https://ana.example.org/"\ntitle = "Ana Ruiz"\n',
        "content/_index.md": "---\ntitle: Ana Ruiz\n---\nI am Ana Ruiz, a lecturer at Fenwick College.\n",
        "content/people/jane/vitae.md": "---\ntitle: Jane Doe\n---\n# Jane Doe\n\nJane Doe is a PhD student at "
                                        "Widget University.\n\n## Awards\n\n- Best Poster Award, 2022\n"})
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Ana Ruiz" and profile.awards == []


def test_citation_authors_keep_an_initial_and_given_name_of_a_family_first_pair():
    # jgonzalezramirez (smoke109) "González-Ramírez, M. Jimena, & Ji, Yongjie. (2015)": the repair of a comma
    # left out after an initial ("Lind, M., Berg, S. Ruiz, H") split "M. Jimena" into two names
    names, _ = citation_authors("Vela-Ruiz, M. Ines, & Oda, Kenji. (2015). &quot;Sand.&quot; <i>V</i>.")
    assert [n.name for n in names] == ["M. Ines Vela-Ruiz", "Kenji Oda"]
    names, _ = citation_authors('Lind, K., Ortiz, S. Berg, H (2017). "T." <i>V</i>.')
    assert [n.name for n in names] == ["K. Lind", "S. Ortiz", "H. Berg"]


def test_alfolio_subtitle_post_at_a_linked_unit_outranks_the_field_the_prose_names(tmp_path):
    # "I am a theoretical physicist ..." in the bio, "subtitle: Maître de conférences @ <a>LPTC</a>, Université de
    # Tarn (Tarn, France)": the post the subtitle states at its place; the town in brackets no part of the place
    (tmp_path / "_config.yml").write_text("first_name: Rui\nlast_name: Sarto\n")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\nlayout: about\ntitle: about\npermalink: /\nsubtitle: Maître de conférences @ <a href='https://lptc."
        "example.org/'>LPTC</a>, Université de Tarn (Tarn, France)\n---\n\nI am a theoretical physicist based in "
        "Tarn, where I study active matter and the noise that drives it.\n", encoding="utf-8")
    person = import_path(tmp_path).profile.person
    assert person.job_title == "Maître de conférences"
    assert [(a.name, a.department) for a in person.affiliations] == [("Université de Tarn", "LPTC")]


def test_a_contact_setting_written_as_a_mail_link_after_a_scheme_is_the_address():
    # "mail-open: https://mailto:ann@example.org" (a theme's contact icon; the scheme typed before "mailto:")
    from kg.importers.site.fields import apply_social
    from kg.model import Person

    person = Person(name="Ann Lee")
    assert apply_social(person, "mail-open", "https://mailto:ann@example.org")
    assert person.email == "ann@example.org" and person.links == {}


@pytest.mark.parametrize("cfg, base", [
    # Poole's and Hyde's configurations: the whole address written as baseurl too, or as baseurl alone
    ({"url": "https://rlind.github.io/", "baseurl": "https://rlind.github.io/"}, "https://rlind.github.io"),
    ({"baseurl": "https://rlind.github.io/"}, "https://rlind.github.io"),
    ({"url": "https://rlind.github.io", "baseurl": "https://rlind.github.io/notes/"}, "https://rlind.github.io/notes"),
    # a path, as Jekyll means it
    ({"url": "https://rlind.github.io", "baseurl": "/notes"}, "https://rlind.github.io/notes"),
    ({"url": "https://rlind.github.io", "baseurl": ""}, "https://rlind.github.io"),
    ({"baseurl": "/notes"}, None),
])
def test_a_jekyll_sites_address_joins_url_and_a_baseurl_written_as_a_whole_address(tmp_path, cfg, base):
    from kg.importers.site.jekyll import _site_base

    assert _site_base(cfg, tmp_path) == base


def test_a_hyde_site_whose_baseurl_is_its_address_has_that_homepage(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Ruth Okafor\nurl: https://rokafor.github.io/\n"
                                          "baseurl: https://rokafor.github.io/\nauthor:\n  name: Ruth Okafor\n")
    (tmp_path / "index.md").write_text("---\nlayout: default\n---\n\nI am a researcher at Harbor Labs.\n")
    assert import_path(tmp_path).profile.person.homepage == "https://rokafor.github.io"


def test_the_relative_links_of_a_list_loaded_by_script_from_a_subfolder_resolve_from_the_loading_page(tmp_path):
    # index.html loads "parts/chosen.html" into its own box: the fragment's "papers/clocks.pdf" is resolved by the
    # browser from the page it is put into (the site's root), not from parts/ where the fragment file lies
    p = imported_site(tmp_path, {
        "CNAME": "marta.example.eu\n",
        "index.html": "<html><head><title>Marta Lindqvist</title>\n"
                      "<script>$(function(){ $(\"#papers\").load(\"parts/chosen.html\"); });</script></head>\n"
                      "<body><h1>Marta Lindqvist</h1>\n<p>Researcher at the Nordvik Institute. I work on type "
                      "systems for stream programs.</p>\n<h2>Selected publications</h2>\n<div id=\"papers\"></div>\n"
                      "</body></html>\n",
        "parts/chosen.html": "<ul>\n<li><a href=\"papers/clocks.pdf\">Typed clocks for stream programs</a>, "
                             "M. Lindqvist, O. Berg, in <i>Journal of Stream Languages</i>, 2022.</li>\n<li><a href=\""
                             "papers/buffers.pdf\">Bounded buffers by construction</a>, M. Lindqvist, in <i>Workshop on "
                             "Streams</i>, 2020.</li>\n</ul>\n",
    })
    links = {x.title: sorted(x.links.values()) for x in p.publications}
    assert links == {"Typed clocks for stream programs": ["https://marta.example.eu/papers/clocks.pdf"],
                     "Bounded buffers by construction": ["https://marta.example.eu/papers/buffers.pdf"]}


def test_an_import_pauses_the_collector_and_resumes_it_after_a_readers_bug(tmp_path, monkeypatch):
    # (import_path runs with kg.memory.collector_paused: the collector is off while the page is read, and on again
    # after it, when the read ends in a reader's bug too; one already off is left off)
    import gc

    import kg.importers as importers

    page = tmp_path / "page.md"
    page.write_text("# Wren Aldane\n\nLecturer in Geology, Moorland University.\n", encoding="utf-8")
    seen = []
    real = importers._import_path

    def reading(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    def broken(*args, **kwargs):
        seen.append(gc.isenabled())
        raise RuntimeError("a reader's bug")

    assert gc.isenabled()
    monkeypatch.setattr(importers, "_import_path", reading)
    assert import_path(page).profile.person.name == "Wren Aldane"
    assert seen == [False] and gc.isenabled()
    monkeypatch.setattr(importers, "_import_path", broken)
    with pytest.raises(SourceError, match="internal error"):
        import_path(page)
    assert seen == [False, False] and gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(SourceError):
            import_path(page)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_cycles_an_import_leaves_are_freed_by_a_young_collection(tmp_path, monkeypatch):
    # (each import's garbage cycles stay in the youngest generation when the collector resumes: moved to the oldest,
    # they waited for a full collection that a process running import after import never ran, and its objects grew
    # by a lab site's ~1,800 each import)
    import gc
    import weakref

    import kg.importers as importers

    page = tmp_path / "page.md"
    page.write_text("# Wren Aldane\n\nLecturer in Geology, Moorland University.\n", encoding="utf-8")
    left = []
    real = importers._import_path

    class Cycle:
        pass

    def reading(*args, **kwargs):
        cycle = Cycle()
        cycle.me = cycle
        left.append(weakref.ref(cycle))
        del cycle
        return real(*args, **kwargs)

    monkeypatch.setattr(importers, "_import_path", reading)
    import_path(page)
    gc.collect(0)
    assert left and left[0]() is None
