"""A second independent check of the HTML importer on publication pages and homepages of
families the first round did not cover (people invented, pages written as the generators and
templates render them):

* ``html/real2-bibtex2html-dl.html`` -- bibtex2html's ``<dl>`` output: ``<dt>[<a name>1</a>]</dt>``
  numbering, ``[&nbsp;bib&nbsp;| DOI&nbsp;| pdf&nbsp;]`` link blocks, an abstract ``<blockquote>``
  and the generator's credit;
* ``html/real2-bibtex2html-table.html`` -- its ``<table>`` variant (``bibtexnumber`` /
  ``bibtexitem`` cells) under an ``<h1>Name &mdash; Publications</h1>`` heading, ACM article pages;
* ``html/real2-jekyll-scholar.html`` -- jekyll-scholar's default APA list
  (``Last, F., & Last, F. (2022). Title. <i>Venue</i>``);
* ``html/real2-al-folio-pubs.html`` -- al-folio's rendered publications page (badges, ``*`` equal
  contribution, a hidden BibTeX block, the "2 more authors" toggle);
* ``html/real2-wowchemy-pubs.html`` -- Wowchemy's ``pub-list-item`` citation view;
* ``html/real2-wordpress-paras.html`` -- a WordPress lab page: citations one per ``<br>`` line in
  one paragraph, the owner in ``<strong>``, lab members underlined, a "Research" page heading;
* ``html/real2-faculty-profile.html`` -- a university faculty profile (title, department, office,
  phone, email, lab website, comma-list interests, education, selected publications, awards).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path

from .seedcheck import line_of as _line, one_pub as _pub, author_rows as _authors

HTML = Path(__file__).resolve().parents[1] / "fixtures" / "html"








# --- bibtex2html, <dl> ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def b2h_dl():
    return import_path(HTML / "real2-bibtex2html-dl.html").profile


def test_bibtex2html_dl_entries(b2h_dl):
    prof = b2h_dl
    assert prof.person.name == "Margit Halvorsen"
    assert [p.title for p in prof.publications] == [
        "Gradual ownership types for concurrent programs",
        "A calculus of effect handlers with linear resources",
        "Verified compilation of session types",
        "Typestate inference for Rust-like languages",
    ]
    popl = _pub(prof, "Gradual ownership")
    assert _authors(popl) == [("Margit Halvorsen", True, []), ("Tobias Lindqvist", False, []),
                              ("Renata Okafor", False, [])]
    assert (popl.venue, popl.year, popl.pages, popl.doi) == ("POPL", 2023, "112-140", "10.1145/3571212")
    assert popl.abstract.startswith("We present a gradual type system for ownership")
    jfp = _pub(prof, "A calculus of effect")
    assert (jfp.venue, jfp.year, jfp.venue_type) == ("Journal of Functional Programming", 2023, "journal")
    assert [a.is_self for a in jfp.authors] == [False, True]
    thesis = _pub(prof, "Verified compilation")
    assert thesis.venue_type == "thesis" and thesis.year == 2021
    assert [a.name for a in thesis.authors] == ["Renata Okafor"]
    oopsla = _pub(prof, "Typestate inference")
    assert [a.name for a in oopsla.authors] == ["Margit Halvorsen", "Jun-Ho Baek", "Pieter van der Berg",
                                                "Tobias Lindqvist"]
    assert (oopsla.year, oopsla.date, oopsla.volume, oopsla.pages, oopsla.arxiv) == (2021, "2021-10", "5", "1-28",
                                                                                    "2108.01234")


def test_bibtex2html_dl_leftovers(b2h_dl):
    path = HTML / "real2-bibtex2html-dl.html"
    # the generator's credit is not data; the "Back to home page" link is left for a reader to see
    assert [u.line for u in b2h_dl.unparsed] == [_line(path, "Back to home page")]


# --- bibtex2html, <table> ---------------------------------------------------------------------------


def test_bibtex2html_table():
    path = HTML / "real2-bibtex2html-table.html"
    prof = import_path(path).profile
    assert prof.person.name == "Anselm Quiroga"
    assert len(prof.publications) == 3
    sensys = _pub(prof, "Energy-harvesting sensor networks")
    assert _authors(sensys) == [("Anselm Quiroga", True, []), ("Hye-Jin Cho", False, []),
                                ("Daniel P. Ferreira", False, [])]
    assert (sensys.venue, sensys.year, sensys.pages, sensys.doi) == ("SenSys", 2022, "45-58", "10.1145/3560905.3568520")
    assert sensys.line == _line(path, 'name="quiroga-2022-sensys"')
    tosn = _pub(prof, "Intermittent computing")
    assert (tosn.venue, tosn.year, tosn.volume, tosn.pages) == ("ACM Transactions on Sensor Networks", 2020, "16",
                                                               "21:1-21:30")
    assert [a.is_self for a in tosn.authors] == [False, True]
    ipsn = _pub(prof, "Battery-free localization")
    assert (ipsn.venue, ipsn.year, ipsn.date) == ("IPSN", 2018, "2018-04")
    # only the intro sentence is left; numbering cells and the credit are read
    assert [u.line for u in prof.unparsed] == [_line(path, "Generated from my")]


# --- jekyll-scholar (APA) ---------------------------------------------------------------------------


def test_jekyll_scholar_apa():
    prof = import_path(HTML / "real2-jekyll-scholar.html").profile
    assert prof.person.name == "Priya Raghunathan"
    assert [p.title for p in prof.publications] == [
        "Coral reef soundscapes as indicators of restoration success",
        "Passive acoustic monitoring with low-cost hydrophones",
        "Fish chorus timing tracks lunar phase",
    ]
    coral = _pub(prof, "Coral reef")
    assert _authors(coral) == [("P. Raghunathan", True, []), ("É. Moreau", False, []), ("T. Kimura", False, [])]
    assert (coral.venue, coral.year, coral.doi) == ("Nature Ecology & Evolution", 2022, "10.1038/s41559-022-01701-2")
    pam = _pub(prof, "Passive acoustic")
    assert [a.name for a in pam.authors] == ["T. Kimura", "P. Raghunathan"] and pam.authors[1].is_self
    assert pam.year == 2022 and "OCEANS" in pam.venue
    fish = _pub(prof, "Fish chorus")
    assert [a.name for a in fish.authors] == ["P. Raghunathan", "K. A. Osei", "M. Lindgren", "É. Moreau"]
    assert (fish.venue, fish.year) == ("Marine Ecology Progress Series", 2019)
    assert prof.unparsed == []


# --- al-folio rendered ------------------------------------------------------------------------------


def test_al_folio_rendered():
    prof = import_path(HTML / "real2-al-folio-pubs.html").profile
    assert prof.person.name == "Henrik Solberg"
    assert len(prof.publications) == 3
    occ = _pub(prof, "Occlusion-Aware Neural Radiance Fields")
    assert _authors(occ) == [("Henrik Solberg", True, ["equal_contribution"]),
                             ("Mei-Ling Tsai", False, ["equal_contribution"]), ("Oluwaseun Adeyemi", False, [])]
    assert (occ.venue, occ.year, occ.arxiv) == ("CVPR", 2024, "2403.01234")
    assert occ.links["pdf"] == "https://hsolberg.github.io/assets/pdf/solberg2024occlusion.pdf"
    assert occ.links["code"] == "https://github.com/hsolberg/occnerf"
    assert occ.abstract.startswith("Neural radiance fields degrade")
    survey = _pub(prof, "A Survey of Dynamic Scene Reconstruction")
    # the "2 more authors" toggle keeps the hidden names in its onclick: they are authors too
    assert [a.name for a in survey.authors] == ["Oluwaseun Adeyemi", "Henrik Solberg", "Anders Nygaard",
                                                "Clara Weiss", "Rui Tanaka"]
    assert [a.is_self for a in survey.authors] == [False, True, False, False, False]
    assert not survey.authors_truncated
    assert (survey.venue, survey.doi) == ("TPAMI", "10.1109/TPAMI.2024.3355555")
    svt = _pub(prof, "Sparse Voxel Transformers")
    assert (svt.venue, svt.year, svt.date) == ("NeurIPS", 2022, "2022-12")
    assert [a.name for a in svt.authors] == ["Henrik Solberg", "Anders Nygaard"]
    assert prof.unparsed == []


# --- Wowchemy citation view ---------------------------------------------------------------------------


def test_wowchemy_citation_view():
    prof = import_path(HTML / "real2-wowchemy-pubs.html").profile
    assert prof.person.name == "Sofía Castellanos"
    tides = _pub(prof, "Tidal mixing")
    assert [(a.name, a.is_self) for a in tides.authors] == [("Jonas Eberhardt", False), ("Sofía Castellanos", True),
                                                            ("Wen Zhao", False)]
    assert (tides.venue, tides.year, tides.doi) == ("Journal of Physical Oceanography", 2023, "10.1175/JPO-D-22-0123.1")
    assert tides.links["pdf"].endswith("/eberhardt-2023-tides/eberhardt-2023-tides.pdf")
    eddies = _pub(prof, "Submesoscale eddies")
    assert eddies.authors[0].is_self and eddies.links["code"] == "https://github.com/scastellanos/eddy-tracker"
    ice = _pub(prof, "Sea-ice melt ponds")
    assert [a.is_self for a in ice.authors] == [False, False, True] and ice.year == 2020
    assert prof.unparsed == []


# --- WordPress lab page -------------------------------------------------------------------------------


def test_wordpress_lab_page():
    path = HTML / "real2-wordpress-paras.html"
    prof = import_path(path).profile
    # the site is "Dr. Oyelaran Lab": the owner is the bold author of every entry, not "Oyelaran Lab"
    assert prof.person.name == "T. Oyelaran"
    assert prof.person.job_title == "Associate Professor"
    assert [(a.name, a.department) for a in prof.person.affiliations] == [
        ("University of Delaware", "Department of Plant and Soil Sciences")]
    assert [p.title for p in prof.publications] == [
        "Drought legacy effects on soil fungal networks",
        "Rewetting pulses and microbial carbon use efficiency",
        "Nitrogen deposition alters rhizosphere priming",
    ]
    drought = _pub(prof, "Drought legacy")
    # "Lab members are underlined."
    assert _authors(drought) == [("M. Kessler", False, ["mentee"]), ("T. Oyelaran", True, []), ("J. Park", False, [])]
    assert (drought.venue, drought.year, drought.volume, drought.pages) == ("ISME Journal", 2023, "17", "1021-1033")
    rewet = _pub(prof, "Rewetting pulses")
    assert _authors(rewet) == [("T. Oyelaran", True, []), ("L. Bianchi", False, []), ("C. Nwosu", False, ["mentee"])]
    assert (rewet.venue, rewet.volume, rewet.pages) == ("Soil Biology and Biochemistry", "160", "108345")
    nitro = _pub(prof, "Nitrogen deposition")
    assert (nitro.venue, nitro.year, nitro.volume, nitro.pages) == ("Global Change Biology", 2019, "25", "3012-3024")
    # the tagline and the grant have no field
    assert [u.line for u in prof.unparsed] == [_line(path, "site-description"), _line(path, "NSF CAREER")]


# --- faculty profile ----------------------------------------------------------------------------------


def test_faculty_profile():
    path = HTML / "real2-faculty-profile.html"
    prof = import_path(path).profile
    p = prof.person
    assert p.name == "Rafael Duchamp"
    assert p.job_title == "Associate Professor"
    assert [(a.name, a.department, a.role) for a in p.affiliations] == [
        ("Northfield University", "Department of Chemical Engineering", "Associate Professor")]
    assert p.email == "rduchamp@northfield.edu"
    assert p.location == "Engineering Hall 314"
    assert p.links == {"lab": "https://duchamplab.northfield.edu"}
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Chemical Engineering", "Massachusetts Institute of Technology", 2012),
        ("B.S.", "Chemical Engineering", "Université de Montréal", 2006),
    ]
    assert p.interests == ["Electrocatalysis", "CO2 reduction", "porous materials", "process intensification"]
    copper = _pub(prof, "Copper nanocube")
    assert _authors(copper) == [("R. Duchamp", True, []), ("A. Kowalczyk", False, []), ("S. Iyer", False, [])]
    assert (copper.venue, copper.year, copper.volume, copper.pages) == ("ACS Catalysis", 2023, "13", "2201-2212")
    assert [a.is_self for a in _pub(prof, "Flow-cell design").authors] == [False, True]
    assert _pub(prof, "Metal-organic frameworks").venue == "Advanced Materials"
    assert [(a.name, a.year) for a in prof.awards] == [("NSF CAREER Award", 2018),
                                                      ("Dean's Excellence in Teaching Award", 2020)]
    # the phone number has no field in the model; the photo's relative address has no site to resolve against
    assert [u.line for u in prof.unparsed] == [_line(path, "duchamp.jpg"), _line(path, "Phone:")]


# --- speed --------------------------------------------------------------------------------------------


def test_a_large_bibtex2html_page_is_read_whole(tmp_path):
    """Speed is measured by scripts/bench.py import, not here."""
    src = (HTML / "real2-bibtex2html-dl.html").read_text(encoding="utf-8")
    start, end = src.index("<dl>"), src.index("</dl>") + len("</dl>")
    page = tmp_path / "big.html"
    # (each copy's works numbered: a list that repeats a work word for word names it once)
    copies = "".join(src[start:end].replace("concurrent programs.", f"concurrent programs, part {k}.")
                     .replace("linear resources.", f"linear resources, part {k}.") for k in range(60))
    page.write_text(src[:start] + copies + src[end:], encoding="utf-8")
    assert page.stat().st_size > 50_000
    prof = import_path(page).profile
    assert len(prof.publications) >= 60
