"""Site folders, round 3: a Hugo Blox site with data/authors/me.yaml, an old Hugo Academic site
(name:, single-file publications, TOML), an al-folio site with a profile block and news, an
academicpages repo with talks/teaching and an about page repeating the papers, and an
academicpages repo whose citations are the only source of authors (APA and Chicago)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.site.records import citation_authors

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
    # what kg has no field for is reported: a talk's type, a course's city
    assert sorted({u.text.split(":")[0] for u in talks.unparsed if u.file.startswith(("_talks/", "_teaching/"))}) == [
        "location", "type"]
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
