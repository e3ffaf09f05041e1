"""An independent check of the HTML, site-folder and BibTeX importers on new pages of their
families, written as real researchers fill the public templates in (people invented):

* ``html/real-barron-table.html`` -- the table-layout template in its older form (``<name>``,
  ``<heading>``, ``<papertitle>``), ``&nbsp`` without ``;``, red ``(Oral)`` notes, ``project page /
  arXiv / code`` links, a TL;DR paragraph under each entry, a Service table, the template's credit;
* ``html/real-prof-2000s.html`` -- an upper-case 2000s professor page: ``<h3>`` year groups of
  ``<ol><li>`` citations with ``<b>`` owner, quoted titles, ``<i>`` venues and ``[PDF]`` links,
  unclosed ``<li>``, an obfuscated email, Current/Former Students, "Professional Activities";
* ``html/real-jemdoc-cjk.html`` -- a jemdoc+MathJax page (``layout-content`` without a menu,
  an infoblock, a CJK name, authors-first entries with ``<sup>`` marks, labelled student lists);
* ``sites/real-al-folio`` -- an al-folio repo with socials in ``_config.yml``, LaTeX accents in
  ``papers.bib``, ``_news``, ``_projects`` and ``_posts`` that are not publications;
* ``sites/real-hugo-blox`` -- a Wowchemy/Hugo Blox repo (``social`` icons, ``education.courses``,
  ``params.yaml`` contact, ``publication_types``, an ``event`` and a ``post``);
* ``sites/real-html-site`` -- ``index.html`` + ``publications.html`` under a canonical URL without
  its trailing slash, an underline legend for students;
* ``bibtex/real-zotero-mixed.bib`` -- a Zotero/Scholar export with ``@string`` concatenation,
  ``{\\O}`` accents, ``and others``, an arXiv ``@misc``, a thesis and a misplaced ``Jr.``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import folder_url, parse_html

from .seedcheck import line_of as _line, one_pub as _pub, author_rows as _authors

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HTML = FIXTURES / "html"
SITES = FIXTURES / "sites"








def _self_position(pub) -> int | None:
    return next((i for i, a in enumerate(pub.authors) if a.is_self), None)


# --- the table-layout template ------------------------------------------------------------------


@pytest.fixture(scope="module")
def barron():
    return import_path(HTML / "real-barron-table.html")


def test_barron_person(barron):
    assert barron.format == "html"
    person = barron.profile.person
    assert person.name == "Ines Halvorsen"
    assert person.email == "ineshal@cs.washington.edu"
    assert person.identifiers == {"google_scholar": "hV4lKq0AAAAJ", "twitter": "ineshalvorsen",
                                  "github": "ihalvorsen"}
    assert person.job_title == "fourth-year PhD student"  # as the page writes it
    assert [(a.name, a.role) for a in person.affiliations] == [("University of Washington", "fourth-year PhD student")]
    # no canonical URL: relative links (images/, data/) cannot be made absolute
    assert person.homepage is None and person.image is None


def test_barron_publications(barron):
    prof = barron.profile
    assert [p.title for p in prof.publications] == [
        "Burst Radiance Fields: Denoising and Reconstruction from Handheld Bursts",
        "Specular Reflections in the Wild",
        "Seeing in the Dark with Learned Exposure Stacks",
        "Rolling Shutter Correction for Event Cameras",
        "Ghost-Free HDR Merging with Attention",
        "A Simple Baseline for Raw Burst Super-Resolution",
    ]
    path = HTML / "real-barron-table.html"
    burst = _pub(prof, "Burst Radiance")
    assert _authors(burst) == [("Lucas Ferreira", False, ["equal_contribution"]),
                               ("Ines Halvorsen", True, ["equal_contribution"]),
                               ("Aiko Ohmura", False, []), ("Kenji Park", False, [])]
    assert (burst.venue, burst.year, burst.venue_type, burst.notes) == ("CVPR", 2023, "conference", ["Oral"])
    assert burst.links == {"project": "https://ihalvorsen.github.io/burstnerf/",
                           "arxiv": "https://arxiv.org/abs/2303.04512",
                           "code": "https://github.com/ihalvorsen/burstnerf"}
    assert burst.arxiv == "2303.04512"
    assert burst.authors[0].url == "https://lucasferreira.me/"
    assert burst.line == _line(path, '<a href="https://ihalvorsen.github.io/burstnerf/">')  # the title's link
    spec = _pub(prof, "Specular Reflections")
    assert (spec.venue, spec.venue_full, spec.venue_type, spec.year, _self_position(spec)) == (
        "arXiv", None, "preprint", 2024, 0)
    dark = _pub(prof, "Seeing in the Dark")
    assert [a.name for a in dark.authors] == ["Aiko Ohmura", "Ines Halvorsen", "Daniel Szabó", "Kenji Park"]
    assert dark.links == {"project": "https://ihalvorsen.github.io/lowlight/",
                          "paper": "https://openreview.net/forum?id=Lx9QmT3bR2",
                          "video": "https://www.youtube.com/watch?v=Qw3rTy7uIoP"}
    rolling = _pub(prof, "Rolling Shutter")
    assert (rolling.venue, rolling.year, rolling.notes) == ("ICCV", 2021, ["Best Paper Honorable Mention"])
    assert rolling.links == {"code": "https://github.com/ihalvorsen/rs-events"}  # data/*.pdf: no base URL
    hdr = _pub(prof, "Ghost-Free HDR")
    assert (hdr.venue, hdr.venue_full, hdr.venue_type) == ("SIGGRAPH Asia", "ACM Transactions on Graphics", "journal")
    assert (hdr.doi, hdr.arxiv) == ("10.1145/3478513.3480531", "2109.01357")
    # the one-line TL;DR under the links is the entry's own text, even when short
    assert hdr.abstract == "Attention-based alignment for merging exposures of moving scenes."
    ntire = _pub(prof, "A Simple Baseline")
    assert (ntire.venue, ntire.venue_full, ntire.venue_type, ntire.year) == (
        "NTIRE", "CVPR Workshops", "workshop", 2020)
    assert all(_self_position(p) is not None for p in prof.publications)


def test_barron_service_and_leftovers(barron):
    prof = barron.profile
    path = HTML / "real-barron-table.html"
    # one role per <br> line of the service cell
    assert [(s.role, s.venues, s.year, s.line) for s in prof.service] == [
        ("Outstanding Reviewer", ["CVPR"], 2024, _line(path, "Outstanding Reviewer")),
        ("Reviewer", ["CVPR", "ICCV", "ECCV", "SIGGRAPH", "NeurIPS"], None, _line(path, "Reviewer: CVPR")),
        ("Co-organizer", ["Workshop on Computational Cameras and Displays", "CVPR"], 2023,
         _line(path, "Co-organizer")),
    ]
    # the template's credit is not data; the TA line under Service is no service but a course the owner taught;
    # the photo's relative address has no site to resolve against. The research statement under "Research" gives
    # the owner's interests
    assert {"computational photography", "inverse rendering", "burst imaging"} <= set(prof.person.interests)
    assert [(t.course, t.term, t.role, t.url, t.line) for t in prof.teaching] == [
        ("CSE 455 Computer Vision", "Spring 2022", "Teaching Assistant",
         "https://courses.cs.washington.edu/courses/cse455/22sp/", _line(path, "Teaching Assistant, CSE 455"))]
    assert [(u.line, u.section) for u in prof.unparsed] == [(_line(path, "InesHalvorsen_circle.jpg"), None)]


# --- a 2000s professor page -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def prof2000():
    return import_path(HTML / "real-prof-2000s.html")


def test_prof2000_person(prof2000):
    person = prof2000.profile.person
    assert person.name == "Harold J. Winterbottom"
    assert person.job_title == "Professor"
    # the header's loose <BR> lines are read once each (not doubled)
    assert [(a.name, a.department, a.role) for a in person.affiliations] == [
        ("University of Eastmoor", "Department of Computer Science", "Professor")]
    assert person.location == "412 Calloway Hall, Eastmoor, OH 45012"
    assert person.email == "hjw@cs.eastmoor.edu"
    assert person.identifiers == {"dblp": "hd/w/Winterbottom:Harold_J="}
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "University of Wisconsin-Madison", 1998), ("B.S.", "Purdue University", 1992)]
    assert person.advisors == ["Margaret Olin"]
    assert person.interests == ["query optimization", "data integration", "provenance"]


def test_prof2000_publications(prof2000):
    prof = prof2000.profile
    path = HTML / "real-prof-2000s.html"
    got = [(p.title, p.year, p.venue, _self_position(p), p.line) for p in prof.publications]
    assert got == [
        ("Cardinality Estimation for Federated Queries", 2019, "PVLDB", 0, _line(path, "R. Kapoor, and S. Oyelaran")),
        ("Provenance Capture at Scale", 2019, "SIGMOD", 1, _line(path, "<LI>C. Wu and")),
        ("Schema Matching with Weak Supervision", 2017, "IEEE Transactions on Knowledge and Data Engineering", 2,
         _line(path, "C. Wu, and <B>")),
        ("Incremental View Maintenance for Scientific Workflows", 2015, "ICDE", 1,
         _line(path, "<LI>A. Beltr&aacute;n and")),
        ("Query Optimization Revisited", 2015, "Dagstuhl Seminar 15061", 0, _line(path, "<LI><B>H. J. Winterbottom</B>.")),
    ]
    vldb = _pub(prof, "Cardinality")
    assert [a.name for a in vldb.authors] == ["H. J. Winterbottom", "R. Kapoor", "S. Oyelaran"]
    assert (vldb.venue_full, vldb.volume, vldb.pages) == ("Proceedings of the VLDB Endowment", "12", "901-913")
    sigmod = _pub(prof, "Provenance")
    assert (sigmod.venue_full, sigmod.pages) == ("Proc. ACM SIGMOD International Conference on Management of Data",
                                                 "211-225")
    tkde = _pub(prof, "Schema Matching")
    assert [a.name for a in tkde.authors] == ["A. Beltrán", "C. Wu", "H. J. Winterbottom"]
    assert (tkde.venue_type, tkde.volume, tkde.pages) == ("journal", "29", "760-774")
    icde = _pub(prof, "Incremental View")
    # the city after the acronym is not part of the venue; the red line is a note
    assert (icde.venue_full, icde.notes) == ("Proc. IEEE International Conference on Data Engineering",
                                            ["Best Paper Award"])
    talk = _pub(prof, "Query Optimization")
    assert (talk.notes, talk.date) == (["Invited talk"], "2015-02")
    # relative [PDF] links and no canonical URL: nothing to resolve them against
    assert all(p.links == {} for p in prof.publications)


def test_prof2000_students_service_unparsed(prof2000):
    prof = prof2000.profile
    path = HTML / "real-prof-2000s.html"
    assert [(s.name, s.role, s.institution, s.url) for s in prof.students] == [
        ("Ritu Kapoor", "PhD student", None, "http://www.cs.eastmoor.edu/~rkapoor/"),
        ("Samuel Oyelaran", "PhD student", None, None),
        ("Greta Lindholm", "master student", None, None),
        ("Chen Wu", "alumnus", "Oracle", None),  # under "Former Students"
        ("Ana Beltrán", "alumnus", "Universidad de Chile", None),
    ]
    assert [(s.role, s.venues) for s in prof.service] == [
        ("Program Committee", ["SIGMOD", "VLDB", "ICDE"]),
        ("Associate Editor", ["ACM Transactions on Database Systems"])]
    assert [(u.line, u.section) for u in prof.unparsed] == [  # the photo: a relative address and no site
        (_line(path, "hjw-photo.jpg"), None),
        (_line(path, "Phone:"), None)]  # "Last modified: ..." is about the page, not data


# --- a jemdoc page ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jemdoc():
    return import_path(HTML / "real-jemdoc-cjk.html")


def test_jemdoc_person(jemdoc):
    person = jemdoc.profile.person
    assert (person.name, person.alternate_names) == ("Lin Qiao", ["乔琳"])
    assert person.job_title == "Associate Professor"
    assert [(a.name, a.department) for a in person.affiliations] == [("Nanjing University", "School of Computer Science")]
    assert person.email == "qiaolin@nju.edu.cn"
    assert person.identifiers == {"google_scholar": "Qz8vLmMAAAAJ", "github": "qiaolin-nju",
                                  "orcid": "0000-0002-7788-1234"}
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "Computer Science", "Tsinghua University", 2019),
        ("B.E.", "Software Engineering", "Wuhan University", 2014)]
    assert person.advisors == ["Jianguo Hu"]
    assert person.interests == ["video understanding", "multimodal learning", "efficient neural networks"]
    # the "Openings" infoblock is not the bio
    assert "looking for" not in (person.description or "")


def test_jemdoc_publications(jemdoc):
    prof = jemdoc.profile
    assert len(prof.publications) == 4
    detr = _pub(prof, "Moment-DETR++")
    assert _authors(detr) == [("Yue Chen", False, ["equal_contribution"]), ("Lin Qiao", True, ["equal_contribution"]),
                              ("Wei Zhang", False, []), ("Jianguo Hu", False, ["corresponding"])]
    assert (detr.venue, detr.venue_full, detr.year) == (
        "CVPR", "IEEE/CVF Conference on Computer Vision and Pattern Recognition", 2024)
    assert detr.links == {"arxiv": "https://arxiv.org/abs/2403.11223", "code": "https://github.com/qiaolin-nju/mdetrpp"}
    tip = _pub(prof, "Audio-Visual")
    assert (tip.venue, tip.venue_type, tip.volume, tip.pages, tip.doi) == (
        "TIP", "journal", "32", "4512-4525", "10.1109/TIP.2023.3298765")
    assert _authors(tip)[-1] == ("Lin Qiao", True, ["corresponding"])
    tome = _pub(prof, "Efficient Video")
    assert (tome.venue, tome.notes, tome.links) == ("ICCV", ["Oral"], {"code": "https://github.com/qiaolin-nju/vtome"})
    survey = _pub(prof, "A Survey")
    assert (survey.venue, survey.venue_full, survey.arxiv, survey.authors_truncated, _self_position(survey)) == (
        "arXiv", None, "2305.06789", True, 1)


def test_jemdoc_sections(jemdoc):
    prof = jemdoc.profile
    path = HTML / "real-jemdoc-cjk.html"
    assert [(n.date, n.text) for n in prof.news] == [
        ("2024-02", "Two papers accepted by CVPR 2024."),
        ("2023-07", "Our paper on temporal grounding received the ICCV 2023 Best Student Paper nomination."),
        ("2022-09", "Joined Nanjing University as an Associate Professor.")]
    assert [(a.name, a.year, a.years) for a in prof.awards] == [
        ("Outstanding Doctoral Dissertation Award, China Society of Image and Graphics", 2021, []),
        ("National Scholarship", 2017, [2016, 2017]),
        ("1st Place, ActivityNet Temporal Action Localization Challenge, CVPR", 2020, [])]
    # "Ph.D. students: A (2022-), B (2023-)": the label gives the role of each name
    assert [(s.name, s.role, s.line) for s in prof.students] == [
        ("Yue Chen", "PhD student", _line(path, "Ph.D. students:")),
        ("Hao Sun", "PhD student", _line(path, "Ph.D. students:")),
        ("Wei Zhang", "master student", _line(path, "Master students:")),
        ("Mingyu Li", "master student", _line(path, "Master students:"))]
    assert [(s.role, s.venues) for s in prof.service] == [
        ("Area Chair", ["CVPR", "ACM MM"]), ("Reviewer", ["TPAMI", "IJCV", "TIP", "CVPR", "ICCV", "ECCV", "NeurIPS"])]
    # the infoblock title is a heading; its text has no field; footer, MathJax and menu are chrome; the
    # relative photo has no site to resolve against
    assert [(u.line, u.section) for u in prof.unparsed] == [(_line(path, 'src="photo.jpg"'), None),
                                                          # a section kg knows (openings) and has no field for
                                                          (_line(path, "I am always looking"), "openings")]


# --- an al-folio repo ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def alfolio():
    return import_path(SITES / "real-al-folio")


def test_alfolio_person(alfolio):
    assert alfolio.format == "jekyll"
    person = alfolio.profile.person
    assert person.name == "Sören Kühnel"
    assert person.email == "soeren.kuehnel@informatik.uni-freiburg.de"
    assert person.homepage == "https://skuehnel.github.io"
    assert person.image == "https://skuehnel.github.io/assets/img/prof_pic.jpg"
    assert person.identifiers == {"google_scholar": "Tk3wPzUAAAAJ", "github": "skuehnel", "twitter": "soeren_kuehnel",
                                  "orcid": "0000-0003-4417-2209", "dblp": "211/4455"}
    assert [a.name for a in person.affiliations] == ["University of Freiburg"]
    assert person.advisors == ["Katrin Zeller"]
    # the sidebar address of about.md's profile block
    assert person.location == "Georges-Köhler-Allee 074, 79110 Freiburg, Germany"


def test_alfolio_bibliography(alfolio):
    prof = alfolio.profile
    assert len(prof.publications) == 5
    assert all(p.file == "_bibliography/papers.bib" for p in prof.publications)
    latent = _pub(prof, "Latent Action")
    assert _authors(latent) == [("Sören Kühnel", True, []), ("Amélie François", False, []), ("Katrin Zeller", False, [])]
    assert (latent.venue, latent.venue_full, latent.year, latent.date, latent.volume, latent.pages) == (
        "NeurIPS", "Advances in Neural Information Processing Systems", 2023, "2023-12", "36", "10234-10248")
    assert latent.links == {
        "pdf": "https://skuehnel.github.io/assets/pdf/latent_wm.pdf",
        "code": "https://github.com/skuehnel/latent-wm",
        "paper": "https://proceedings.neurips.cc/paper/2023/hash/abc123-Abstract-Conference.html"}
    offline = _pub(prof, "Offline Reinforcement")
    assert [a.name for a in offline.authors] == ["Amélie François", "Sören Kühnel", "Jonas Müller", "Katrin Zeller"]
    assert (offline.authors_truncated, _self_position(offline), offline.venue, offline.date) == (True, 1, "RA-L", "2024-03")
    assert (offline.doi, offline.arxiv) == ("10.1109/LRA.2024.3355012", "2309.01122")
    safe = _pub(prof, "Safe Exploration")
    assert (safe.venue, safe.date, safe.notes) == ("CoRL", "2022-12", ["Oral presentation"])  # award + award_name: one note
    assert set(safe.links) == {"pdf", "slides", "poster"}
    survey = _pub(prof, "World Models")
    assert (survey.venue, survey.venue_type, survey.arxiv) == ("arXiv", "preprint", "2405.10987")
    assert survey.links == {"project": "https://skuehnel.github.io/wm-survey/",
                            "arxiv": "https://arxiv.org/abs/2405.10987"}
    bench = _pub(prof, "RoboBench")
    assert (bench.title, bench.venue, bench.venue_full) == (
        "RoboBench: A Benchmark for Real-World Manipulation", "ICRA",
        "IEEE International Conference on Robotics and Automation")
    assert _authors(bench)[1] == ("S. Kühnel", True, [])  # a scholar.first_name alias


def test_alfolio_news_and_files(alfolio):
    prof = alfolio.profile
    assert [(n.date, n.file) for n in prof.news] == [
        ("2023-10-22", "_news/announcement_1.md"), ("2022-06-01", "_news/announcement_2.md"),
        ("2024-01-15", "_news/announcement_3.md")]
    assert prof.news[2].links == ["https://skuehnel.github.io/assets/pdf/ellis_talk.pdf"]
    assert prof.news[1].text.startswith("Spending the summer at Bosch: This summer")
    # _projects and _posts are not publications, and not read
    assert not any("Tidy-Bot" in p.title or "Notes on" in p.title for p in prof.publications)
    assert [s.file for s in prof.source.parts][:6] == [
        "_config.yml", "_pages/about.md", "_bibliography/papers.bib",
        "_news/announcement_1.md", "_news/announcement_2.md", "_news/announcement_3.md"]
    # blog posts and project pages have no field in the model: every line of theirs is reported, by file
    unread = {s.file for s in prof.source.parts[6:]}
    assert unread and all(f.startswith(("_posts/", "_projects/")) for f in unread)
    assert {u.file for u in prof.unparsed} == unread
    assert {u.section for u in prof.unparsed} <= {"posts", "projects"}


# --- a Hugo Blox (Wowchemy) repo --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hugo():
    return import_path(SITES / "real-hugo-blox")


def test_hugo_person(hugo):
    assert hugo.format == "hugo"
    person = hugo.profile.person
    assert person.name == "Tomás Echeverría"
    assert person.job_title == "Assistant Professor of Civil Engineering"
    assert [(a.name, a.url) for a in person.affiliations] == [
        ("Universidad de Chile", "https://uchile.cl/"), ("Advanced Mining Technology Center", None)]
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [
        ("PhD", "Civil and Environmental Engineering", "Stanford University", 2019),
        ("MEng", "Hydraulic Engineering", "Pontificia Universidad Católica de Chile", 2014),
        ("BSc", "Civil Engineering", "Pontificia Universidad Católica de Chile", 2012)]
    assert person.identifiers == {"twitter": "t_echeverria", "google_scholar": "Vr7wQpAAAAAJ",
                                  "orcid": "0000-0001-9345-6621", "github": "techeverria"}
    assert person.links["cv"] == "https://techeverria.netlify.app/uploads/resume.pdf"
    assert person.interests == ["Hydrological forecasting", "Graph neural networks", "Extreme precipitation"]
    # the site's base URL is the homepage; params.yaml holds the contact widget
    assert person.homepage == "https://techeverria.netlify.app/"
    assert person.email == "techeverria@hidro.uchile.cl"
    assert person.location == "Av. Blanco Encalada 2002, Santiago, 8370449, Chile"
    # the starter's shortcode line is a template leftover, not part of the bio
    assert person.description == (
        "I build machine learning models for floods and droughts.\n\n"
        "Tomás Echeverría is an Assistant Professor in the Department of Civil Engineering at Universidad de Chile. "
        "His research combines physically based hydrology with graph neural networks to forecast floods in "
        "data-scarce Andean basins.")


def test_hugo_publications(hugo):
    prof = hugo.profile
    assert sorted(p.title for p in prof.publications) == [
        "Diffusion Models for Probabilistic Nowcasting of Convective Rainfall",
        "Graph Neural Networks for Flood Forecasting in Data-Scarce Andean Basins",
        "Learning to Downscale Sparse Rain Gauge Networks",
    ]  # the event and the post are not publications
    flood = _pub(prof, "Graph Neural Networks")
    assert _authors(flood) == [("Tomás Echeverría", True, []), ("Valentina Rojas", False, []),
                               ("Peter M. Kitanidis", False, [])]
    assert (flood.venue, flood.venue_full, flood.volume, flood.venue_type, flood.date) == (
        "J. Hydrol.", "Journal of Hydrology", "620", "journal", "2023-05-01")
    assert flood.doi == "10.1016/j.jhydrol.2023.129455"
    assert flood.links == {"code": "https://github.com/techeverria/andes-gnn", "data": "https://zenodo.org/record/7712345",
                           "doi": "https://doi.org/10.1016/j.jhydrol.2023.129455"}
    assert flood.keywords == ["Hydrology", "Deep Learning"]
    rain = _pub(prof, "Learning to Downscale")
    assert _authors(rain) == [("Valentina Rojas", False, ["equal_contribution"]),
                              ("Tomás Echeverría", True, ["equal_contribution"])]
    assert (rain.venue, rain.venue_full, rain.venue_type, rain.year) == (
        "AAAI", "Proceedings of the AAAI Conference on Artificial Intelligence", "conference", 2022)
    assert rain.links["poster"] == "https://techeverria.netlify.app/uploads/aaai22_poster.pdf"
    assert rain.abstract == "Super-resolution of precipitation fields conditioned on sparse gauges."
    nowcast = _pub(prof, "Diffusion Models")
    assert (nowcast.venue, nowcast.venue_full, nowcast.venue_type, nowcast.arxiv, _self_position(nowcast)) == (
        "arXiv", None, "preprint", "2311.03317", 2)
    # the starter's "Click the Cite button" callout is a template leftover; an event's page and the blog post
    # are said not to be read (kg has no field for them)
    assert [(u.file, u.text) for u in hugo.profile.unparsed] == [
        ("content/event/egu-2023/index.md", "not read: a page whose text is its front matter only, which no reader "
         "of the site takes"), ("content/post/", "not read: 1 file(s): blog posts (kg has no field for posts)")]


# --- a plain HTML site folder ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site():
    return import_path(SITES / "real-html-site")


def test_html_site_person_and_index(site):
    assert site.format == "html-site"
    prof = site.profile
    person = prof.person
    assert person.name == "María José García Peña"
    assert person.homepage == "https://people.cs.eastvale.edu/~mgarcia"
    # the canonical URL names a folder: relative links resolve under it
    assert person.image == "https://people.cs.eastvale.edu/~mgarcia/img/mjgarcia.jpg"
    assert person.email == "mgarcia@cs.eastvale.edu"
    assert person.identifiers == {"google_scholar": "GmJ8pL4AAAAJ", "dblp": "73/9012", "linkedin": "mjgarciapena"}
    assert [(a.name, a.department, a.role) for a in person.affiliations] == [
        ("Eastvale University", "Department of Computer Science", "Associate Professor")]
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "Computer Science", "University of Edinburgh", 2014)]
    assert [(n.date, n.file) for n in prof.news] == [("2024-04", "index.html"), ("2023-09", "index.html")]
    # a "Group" table is people, not papers
    assert [(s.name, s.role, s.url) for s in prof.students] == [
        ("Kofi Asante", "PhD student", "https://kofiasante.github.io/"),
        ("Lucía Ortega", "PhD student", None), ("Nadia Rahman", "master student", None)]
    assert all(p.file == "publications.html" for p in prof.publications)


def test_html_site_publications(site):
    prof = site.profile
    path = SITES / "real-html-site" / "publications.html"
    assert len(prof.publications) == 5
    acl = _pub(prof, "Dialect Robustness")
    # "Students I advise are underlined": the page's own legend for underlined names
    assert _authors(acl) == [("K. Asante", False, ["mentee"]), ("M. J. García Peña", True, []),
                             ("D. Lindqvist", False, [])]
    assert (acl.venue, acl.year, acl.notes, acl.line) == ("ACL", 2024, ["Outstanding Paper Award"],
                                                         _line(path, "<li><u>K. Asante"))
    assert acl.links == {"pdf": "https://people.cs.eastvale.edu/~mgarcia/pdfs/acl24-dialects.pdf",
                         "paper": "https://aclanthology.org/2024.acl-long.101/",
                         "code": "https://github.com/hcnlp/dialect-robustness"}
    emnlp = _pub(prof, "Measuring Annotator")
    assert _authors(emnlp) == [("N. Rahman", False, ["mentee"]), ("M. J. García Peña", True, [])]
    assert emnlp.arxiv == "2310.04561"
    naacl = _pub(prof, "Cross-Lingual")
    assert (naacl.venue, naacl.venue_full, naacl.date, naacl.pages) == (
        "NAACL-HLT", "Proceedings of NAACL-HLT", "2019-06", "1102-1112")
    assert len(naacl.authors) == 5 and _self_position(naacl) == 0
    coli = _pub(prof, "Fairness Audits")
    assert (coli.venue, coli.venue_type, coli.volume, coli.pages, coli.doi) == (
        "Computational Linguistics", "journal", "47", "611-650", "10.1162/coli_a_00412")
    thesis = _pub(prof, "Morphology-Aware")
    assert (thesis.venue_type, thesis.year, thesis.links) == (
        "thesis", 2014, {"pdf": "https://people.cs.eastvale.edu/~mgarcia/pdfs/thesis.pdf"})
    # the legend line is read; the pointer to the full list has no field
    assert [(u.file, u.line) for u in prof.unparsed] == [
        ("index.html", _line(SITES / "real-html-site" / "index.html", "full list of publications"))]


def test_folder_url():
    assert folder_url("https://people.cs.eastvale.edu/~mgarcia") == "https://people.cs.eastvale.edu/~mgarcia/"
    assert folder_url("https://x.org/") == "https://x.org/"
    assert folder_url("https://x.org/a/home.html") == "https://x.org/a/home.html"


# --- a BibTeX export ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zotero():
    return import_path(FIXTURES / "bibtex" / "real-zotero-mixed.bib")


def test_bibtex_export(zotero):
    assert zotero.format == "bibtex"
    prof = zotero.profile
    path = FIXTURES / "bibtex" / "real-zotero-mixed.bib"
    assert prof.person.name == "Freja Østergaard"  # the most frequent author
    assert [(p.title, p.year, p.venue, _self_position(p), p.line) for p in prof.publications] == [
        ("Sparse Transformers for Long-Range Point Cloud Registration", 2022, "CVPR", 0,
         _line(path, "@inproceedings{ostergaard2022sparse")),
        ("Equivariant Descriptors for 3D Matching under Large Rotations", 2023, "T-PAMI", 0,
         _line(path, "@article{ostergaard2023equivariant")),
        ("Scaling Laws for 3D Foundation Models", 2024, "arXiv", 1, _line(path, "@misc{nakamura2024scaling")),
        ("Learning Geometric Correspondences", 2021, "Technical University of Denmark", 0,
         _line(path, "@phdthesis{")),
        ("Fast Global Registration with Learned Priors", 2020, "ECCV", 1, _line(path, "@inproceedings{dubois2020fast")),
    ]
    sparse = _pub(prof, "Sparse Transformers")
    # @string + concatenation, month macro, keywords
    assert (sparse.venue_full, sparse.date, sparse.pages) == (
        "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", "2022-06", "4410-4419")
    assert [a.name for a in sparse.authors] == ["Freja Østergaard", "Kenta Nakamura", "Élodie Dubois"]
    assert sparse.keywords == ["point clouds", "registration", "transformers"]
    equi = _pub(prof, "Equivariant")
    assert [a.name for a in equi.authors] == ["F. Østergaard", "Anna van der Berg", "Matthias Schröder", "Kenta Nakamura"]
    assert (equi.doi, equi.volume, equi.notes) == ("10.1109/TPAMI.2023.3241005", "45", ["Featured article"])
    scaling = _pub(prof, "Scaling Laws")
    assert (scaling.venue, scaling.venue_full, scaling.venue_type, scaling.arxiv, scaling.authors_truncated) == (
        "arXiv", None, "preprint", "2402.01234", True)
    assert [a.name for a in scaling.authors] == ["Kenta Nakamura", "Freja Østergaard", "José Luis García"]
    thesis = _pub(prof, "Learning Geometric")
    assert thesis.venue_type == "thesis"
    fast = _pub(prof, "Fast Global")
    # "Straßburger, Lukas, Jr.": the generation suffix written last still ends the name
    assert [a.name for a in fast.authors] == ["Élodie Dubois", "Freja Østergaard", "Lukas Straßburger Jr."]
    assert (fast.notes, fast.links, fast.volume) == (
        ["Best Paper Honorable Mention"], {"code": "https://github.com/edubois/fgr-priors"}, "12354")
    assert prof.unparsed == []


# --- bookkeeping over all the new pages -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["real-barron-table.html", "real-prof-2000s.html", "real-jemdoc-cjk.html",
                                  "real-prof-inline-years.html"])
def test_every_line_accounted_for(name):
    doc = SourceDoc.read(HTML / name)
    prof = parse_html(doc, ImportOptions())
    reported = {u.line for u in prof.unparsed}
    for number, text in enumerate(doc.lines, start=1):
        if text.strip():
            assert number in doc.used or number in doc.ignored or number in reported, (name, number)
    # nothing inside <script> is data
    for number, text in enumerate(doc.lines, start=1):
        if "getElementById" in text or "MathJax.Hub" in text:
            assert number not in doc.used and number not in reported, (name, number)


def test_loose_header_lines_read_once(tmp_path):
    """Text between <br> tags outside any <p> (old pages) is read once, not twice."""
    path = tmp_path / "index.html"
    path.write_text("<html><body><table><tr><td><h1>Ada Byron</h1>\nLecturer<br>\nSchool of Mathematics<br>\n"
                     "University of Northam<br>\n</td></tr></table></body></html>\n", encoding="utf-8")
    person = parse_html(SourceDoc.read(path), ImportOptions()).person
    assert person.job_title == "Lecturer"
    assert [(a.name, a.department) for a in person.affiliations] == [("University of Northam", "School of Mathematics")]


# --- a professor page with bold year lines inside one paragraph ------------------------------------------------


@pytest.fixture(scope="module")
def inline_years():
    return import_path(HTML / "real-prof-inline-years.html")


def test_inline_years_person(inline_years):
    person = inline_years.profile.person
    assert person.name == "Elke Brandt"  # "Prof. Dr." is a title, not a name
    assert person.job_title == "Chair of Distributed Systems"
    # the institute line above the university names its department: one affiliation
    assert [(a.name, a.department, a.role) for a in person.affiliations] == [
        ("Karlsruhe Institute of Technology (KIT)", "Institute of Computer Science", "Chair of Distributed Systems")]
    assert person.email is None  # the address is an image


def test_inline_years_publications(inline_years):
    prof = inline_years.profile
    path = HTML / "real-prof-inline-years.html"
    # "<b>2022</b><br>" heads the entries after it; it is no title
    assert [(p.title, p.year, p.venue, _self_position(p), p.line) for p in prof.publications] == [
        ("Byzantine Consensus at Scale", 2022, "EuroSys", 0, _line(path, "E. Brandt, M. Vogel")),
        ("Verified Replication for Edge Clusters", 2022, "ATC", 1, _line(path, "J. Koch, E. Brandt")),
        ("Time, Clocks, and Edge Devices", 2021, "Communications of the ACM", 0, _line(path, "E. Brandt. <i>Time")),
    ]
    eurosys = _pub(prof, "Byzantine")
    # "(EuroSys '22), Rennes, France, April 2022": the acronym without its short year, no city
    assert (eurosys.venue_full, eurosys.date) == ("Proc. of the 17th European Conference on Computer Systems", "2022-04")
    atc = _pub(prof, "Verified")
    assert (atc.venue_full, atc.links) == ("USENIX Annual Technical Conference",
                                           {"code": "https://github.com/kit-ds/vrep"})
    cacm = _pub(prof, "Time, Clocks")
    assert (cacm.volume, cacm.pages, cacm.date) == ("64", "44-52", "2021-05")
    assert [(n.date, n.text) for n in prof.news] == [
        ("2023-08", "Our paper on consensus was accepted at OSDI 2023."),
        ("2023-01", "I am serving as PC chair of EuroSys 2024.")]
    assert [u.line for u in prof.unparsed] == [_line(path, "brandt.jpg"), _line(path, "Phone:"), _line(path, "E-mail:"),
                                               _line(path, "Distributed Systems (winter"), _line(path, "Last change")]


def test_one_sentence_self_description(tmp_path):
    """'I am a research scientist at X in London.' is prose about the owner, not a job title."""
    path = tmp_path / "index.html"
    path.write_text('<html><body><p><name>Kwame Boateng</name></p>\n<p>I am a research scientist at '
                    '<a href="https://deepmind.google/">Google DeepMind</a> in London.</p>\n</body></html>\n',
                    encoding="utf-8")
    person = parse_html(SourceDoc.read(path), ImportOptions()).person
    assert person.job_title == "research scientist"  # as the page writes it
    assert [(a.name, a.role) for a in person.affiliations] == [("Google DeepMind", "research scientist")]
    assert person.location == "London"
    assert person.description == "I am a research scientist at Google DeepMind in London."


# --- an academicpages repo ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def academicpages():
    return import_path(SITES / "real-academicpages")


def test_academicpages_repo(academicpages):
    assert academicpages.format == "jekyll"
    prof = academicpages.profile
    person = prof.person
    assert person.name == "Oluwaseun Adeyemi"
    assert (person.email, person.homepage, person.location) == (
        "oadeyemi@jhu.edu", "https://oadeyemi.github.io", "Baltimore, MD")
    assert person.image == "https://oadeyemi.github.io/images/profile.jpg"
    # (the "pubmed:" setting is the owner's public list in NCBI's My Bibliography)
    assert person.identifiers == {"google_scholar": "Oa3dYmIAAAAJ", "orcid": "0000-0001-7263-4410",
                                  "github": "oadeyemi", "linkedin": "oadeyemi-epi", "twitter": "seun_epi",
                                  "ncbi_bibliography": "oluwaseun.adeyemi.1"}
    assert person.advisors == ["Grace Mwangi"]
    # the theme's sample publication ("Paper Title Number 1" by "Your Name") is not the owner's
    assert sorted(p.title for p in prof.publications) == [
        "Forecasting Malaria Incidence with Satellite-Derived Climate Covariates",
        "Hierarchical Gaussian Processes for Multi-Region Epidemic Forecasting",
    ]
    icml = _pub(prof, "Hierarchical")
    # authors: "Chidi Okafor*, **Oluwaseun Adeyemi***, ...": bold is markup, the * is the mark
    assert _authors(icml) == [("Chidi Okafor", False, ["equal_contribution"]),
                              ("Oluwaseun Adeyemi", True, ["equal_contribution"]),
                              ("Lars Eriksen", False, []), ("Grace Mwangi", False, [])]
    assert (icml.venue, icml.venue_type, icml.date) == ("ICML", "conference", "2022-07-17")
    assert icml.links == {"paper": "https://proceedings.mlr.press/v162/okafor22a.html",
                          "slides": "https://oadeyemi.github.io/files/icml22-slides.pdf",
                          "code": "https://github.com/oadeyemi/hgp-epi"}
    malaria = _pub(prof, "Forecasting Malaria")
    assert [a.name for a in malaria.authors] == ["O. Adeyemi", "C. Okafor", "G. Mwangi"]
    assert (_self_position(malaria), malaria.venue, malaria.venue_type, malaria.doi) == (
        0, "The Lancet Planetary Health", "journal", "10.1016/S2542-5196(24)00012-3")
    # _talks and _teaching are not publications; the template sample leaves no unparsed line
    assert not any(u.file and u.file.startswith("_publications/2009") for u in prof.unparsed)
    assert [(n.date, n.file) for n in prof.news] == [("2024-03", "_pages/about.md"), ("2023-09", "_pages/about.md")]
    assert [(a.name, a.year) for a in prof.awards] == [("Delta Omega Scholarship", 2023),
                                                       ("Fulbright Foreign Student Fellowship", 2019)]


def test_an_unlinked_cv_page_gives_the_person_its_degrees_and_typed_bullets_are_no_text(tmp_path):
    # before: CV.htm (reached only through an image menu) went unread, and its "• " bullets stayed in the roles
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(
        "<html><head><title>Lena Haruki</title></head><body><h1>Lena Haruki</h1>"
        "<p>Senior Lecturer, Department of Geography, Hillcrest University<br>E-mail "
        "<a href=\"mailto:lh@hillcrest.example.edu\">lh@hillcrest.example.edu</a></p>"
        "<p><a href=\"CV.htm\"><img src=\"cv.jpg\"></a></p></body></html>")
    (root / "CV.htm").write_text(
        "<html><head><title>Lena Haruki</title></head><body><p><font size=+5>Curriculum Vitae</font></p>"
        "<p><font size=5><strong><em>Education</em></strong></font></p>"
        "<p>&#8226; Ph.D., University of Otago, 2009<br>&#8226; B.A., Massey University, 2003</p>"
        "<p><font size=5><strong><em>Professional Experience</em></strong></font></p>"
        "<p>&#8226; Senior Lecturer, Hillcrest University, 2015-Present<br>"
        "&#8226; Lecturer, University of Otago, 2010-2015</p></body></html>")
    person = import_path(root).profile.person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "University of Otago", 2009), ("B.A.", "Massey University", 2003)]
    # the CV's "• Lecturer, University of Otago, 2010-2015" is a position without its bullet
    assert [(a.name, a.role, a.start_year, a.end_year) for a in person.affiliations] == [
        ("Hillcrest University", "Senior Lecturer", None, None), ("University of Otago", "Lecturer", 2010, 2015)]


def _vitae_site(tmp_path: Path, cv_name: str, cv_head: str, cv_body: str, link: str = "Curriculum Vitae",
                home_extra: str = ""):
    """The profile of a plain site of Oren Vasquez: his home page linking the CV page ``cv_name`` (headed
    ``cv_head``, holding ``cv_body``) by ``link``, ``home_extra`` after it."""
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Oren Vasquez</title></head><body><h1>Oren Vasquez</h1>"
                      "<p>Professor of Mathematics, Redfern State University</p>"
                      f"<p><a href=\"{cv_name}\">{link}</a></p>{home_extra}</body></html>",
        cv_name: f"<html><head><title>{cv_head}</title></head><body><h1>{cv_head}</h1>{cv_body}</body></html>"})
    return import_path(root).profile


def test_a_cv_page_named_vitae_gives_the_person_its_degrees(tmp_path):
    # before: "vitae.html" (the Latin plural, as common as "vita") was skipped as a page no reader takes
    person = _vitae_site(tmp_path, "Vitae.html", "Curriculum Vitae", "<h3>Education</h3><ul><li>Ph.D., University "
                         "of Tarrow, 1991</li><li>B.S., Kelby College, 1986</li></ul>").person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "University of Tarrow", 1991), ("B.S.", "Kelby College", 1986)]


@pytest.mark.parametrize("home_awards, want", [
    ("", ["Fulbright Scholar", "Elected Fellow of the Tarrow Society"]),
    ("<h3>Prizes</h3><ul><li>Kelby Prize, 2001</li></ul>", ["Kelby Prize"]),
])
def test_a_cv_pages_honours_are_the_sites_awards_when_no_page_lists_any(tmp_path, home_awards, want):
    # before: a plain site's CV page was read for the owner's degrees and positions only, its honours dropped (as
    # al-folio's cv.md gives its awards where no page lists any, so does vitae.html); a home page with awards keeps
    # the site's list (the CV's repeat it)
    profile = _vitae_site(tmp_path, "vitae.html", "Curriculum Vitae",
                          "<h3>Education</h3><ul><li>Ph.D., University of Tarrow, 1991</li></ul>"
                          "<h3>Selected Honors</h3><ul><li>Fulbright Scholar, 1995</li>"
                          "<li>Elected Fellow of the Tarrow Society, 2010</li></ul>", home_extra=home_awards)
    assert [a.name for a in profile.awards] == want
    assert [e.institution for e in profile.person.education] == ["University of Tarrow"]


def test_a_cv_page_another_persons_name_heads_gives_the_owner_no_awards(tmp_path):
    # a student's CV beside the owner's home page ("<h1>Jane Doe</h1>"): her honours are not the owner's
    profile = _vitae_site(tmp_path, "vitae.html", "Jane Doe", "<h3>Honors</h3><ul><li>Best Poster Award, 2022</li></ul>",
                          link="Jane's CV")
    assert profile.awards == []


_LAYOUT_SITE = {
    "_config.yml": "markdown: kramdown\ntheme: minima\n",
    "_layouts/default.html": "<!DOCTYPE html>\n<html>\n<body>\n{% include header.html %}\n{{ content }}\n"
                             "</body>\n</html>\n",
    "_includes/header.html": "<div class=\"bio\">\n<h1>Ana Ruiz</h1>\n<b>Assistant Professor</b><br />\n"
                             "<a href=\"https://tarn.example.edu\">Tarn University</a><br />\n"
                             "<b>Email</b>: ana@tarn.example.edu\n</div>\n",
}
_LAYOUT_HOME = ("---\nlayout: default\n{lang}---\n<h2>Publications</h2>\n<ul>\n"
                "<li>Ana Ruiz, Bo Lee. <b>Tides of the inner fjord.</b> Ocean Letters, 2021.</li>\n"
                "<li>Cy Kim, Ana Ruiz. <b>Sills and deep water.</b> Coastal Review, 2019.</li>\n</ul>\n"
                "<h2>Awards</h2>\n<ul>\n<li>Young Oceanographer Prize, 2020</li>\n"
                "<li>Best Poster, Fjord Days 2018</li>\n</ul>\n")


def test_a_jekyll_html_page_gives_the_owners_particulars_its_layouts_header_holds(tmp_path):
    """A Jekyll site of HTML pages: index.html (``layout: default``) lists the papers, and the header with the
    owner's name, position, place and email is ``_includes/header.html``, which the layout pulls in above every
    page. Before: the owner's name read off the papers, nothing of the header."""
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {**_LAYOUT_SITE, "index.html": _LAYOUT_HOME.format(lang="")})
    person = import_path(tmp_path).profile.person
    assert person.name == "Ana Ruiz" and person.job_title == "Assistant Professor"
    assert person.email == "ana@tarn.example.edu" and [a.name for a in person.affiliations] == ["Tarn University"]


def test_a_site_whose_only_home_page_is_in_a_language_folder_reads_it(tmp_path):
    """The same site with its one home page in ``de/`` (``lang: de``; the root's page, a redirect or the other
    language's, not in the folder): that page is the home. Before: the import failed, no page at the root and no
    owner in the configuration."""
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {**_LAYOUT_SITE, "de/index.html": _LAYOUT_HOME.format(lang="lang: de\n")})
    profile = import_path(tmp_path).profile
    assert profile.person.name == "Ana Ruiz" and len(profile.publications) == 2 and len(profile.awards) == 2
    assert profile.source.parts[0].file == "de/index.html"


def _full_url_menu_site() -> dict[str, str]:
    """A built HTML site whose generator was told its address: every menu link is a full URL
    ("https://kestrel.example.org/pages/papers.html"), and the home page names no address of its own (no canonical
    link, no ``og:url``, no ``<base>``). Beside it, more loose pages (notes) than kg reads for works unlinked."""
    menu = ('<nav><ul><li><a href="https://kestrel.example.org/pages/about.html">About</a></li>\n'
            '<li><a href="https://kestrel.example.org/pages/papers.html">Publications</a></li>\n'
            '<li><a href="https://kestrel.example.org/pages/courses.html">Teaching</a></li></ul></nav>\n')
    files = {
        "index.html": f"<html><body><h1>Mira Solberg</h1>{menu}<p>I study how kestrels hunt over farmland.</p>"
                      "</body></html>",
        "pages/about.html": f"<html><body><h1>About</h1>{menu}<p>Mira Solberg is a behavioural ecologist.</p>"
                            "</body></html>",
        "pages/courses.html": f"<html><body><h1>Teaching</h1>{menu}<p>Field ornithology, spring term.</p>"
                              "</body></html>",
        "pages/papers.html": f"<html><body><h1>Publications</h1>{menu}<ul>\n"
                             "<li>Solberg, M., Haug, T. (2022). <b>Hovering costs of small falcons.</b> "
                             "Journal of Raptor Studies, 14, 1-9.</li>\n"
                             "<li>Berg, K., Solberg, M. (2020). <b>Vole cycles and kestrel clutches.</b> "
                             "Oikos Letters, 3, 22-30.</li>\n"
                             "<li>Solberg, M. (2018). <b>Perch choice in open fields.</b> Bird Behaviour, 7, 5-11."
                             "</li>\n</ul></body></html>",
    }
    for k in range(22):
        files[f"note-{k:02d}.html"] = (f"<html><body><h1>Field note {k}</h1>{menu}"
                                       f"<p>A short note on the weather of day {k}.</p></body></html>")
    return files


def test_a_menu_of_full_urls_to_the_sites_own_address_links_its_publications_page(tmp_path):
    """The menu's full URLs name files of the folder at the same paths, two of them and more: that address is the
    site's own, and its "Publications" link is the publications page. Before: the links were taken for another
    site's, the page left unread among the loose pages beyond the ones kg reads, and no works read."""
    from tests.importers.sitefiles import imported_site

    profile = imported_site(tmp_path, _full_url_menu_site())
    assert profile.person.name == "Mira Solberg"
    assert sorted(p.title for p in profile.publications) == [
        "Hovering costs of small falcons", "Perch choice in open fields", "Vole cycles and kestrel clutches"]
    assert {p.file for p in profile.publications} == {"pages/papers.html"}


def test_one_full_url_matching_a_file_of_the_folder_is_no_address_of_the_site(tmp_path):
    """Only one link to a host names a file here (another site's "/pages/papers.html"): that host is not this
    site's, and the link is not followed."""
    from kg.importers.site.html_site import _linked_own_hosts

    root = tmp_path
    (root / "pages").mkdir()
    (root / "pages" / "papers.html").write_text("<p>x</p>")
    links = (("Papers", "https://other.example.net/pages/papers.html"),
             ("Home", "https://other.example.net/people/index.html"))
    assert _linked_own_hosts(root, root / "index.html", links) == ()
    links += (("More", "https://other.example.net/pages/papers.html"),)
    assert _linked_own_hosts(root, root / "index.html", links) == ()


def test_a_list_page_in_another_language_beside_the_linked_one_is_not_a_second_list(tmp_path):
    # "achievements-j.html" (the Japanese page, linked from the Japanese home only) beside the "achievements.html"
    # the English home links: the same awards again, translated; before, both were read (7 awards counted 17)
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    site = write_site(tmp_path, {
        "index.html": '<html><body><h1>Ilse Varga</h1><p>Professor of Tides.</p>'
                      '<a href="achievements.html">Achievements</a></body></html>\n',
        "index-j.html": '<html><body><h1>ヴァルガ</h1><a href="achievements-j.html">業績</a></body></html>\n',
        "achievements.html": "<html><body><h1>Awards</h1><ul><li>2019 Tide Society Award.</li>"
                             "<li>2004 Best Presentation Award.</li></ul></body></html>\n",
        "achievements-j.html": "<html><body><h1>Awards</h1><ul><li>2019年度 潮汐学会賞.</li>"
                               "<li>2004年度 発表賞.</li></ul></body></html>\n"})
    profile = import_path(site).profile
    assert [a.name for a in profile.awards] == ["Tide Society Award", "Best Presentation Award"]


def test_a_frameworks_sources_with_a_stub_page_two_folders_down_are_read_as_that_frameworks_site(tmp_path):
    """An Astro site's repository that also keeps an app's sign-in callback (``oauth/callback/index.html``, a page
    of one line that sends the browser on to the app): the stub is no build of the site, whose sources name the
    owner. Before: the stub was the home page, its title the owner ("Opening Trailmix")."""
    from tests.importers.sitefiles import write_site

    write_site(tmp_path, {
        "package.json": '{"name": "site", "dependencies": {"astro": "4.0.0"}}\n',
        "astro.config.mjs": "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
        "src/pages/index.astro": "---\nconst title = 'Maren Solheim';\n---\n<html><body><h1>Maren Solheim</h1>\n"
                                 "<p>I am a statistician at the Coast University.</p></body></html>\n",
        "oauth/callback/index.html": "<!doctype html><html><head><title>Opening Trailmix</title></head><body>"
                                     "<h3>Opening Trailmix app now</h3><p>If nothing happens, tap below:</p>"
                                     "<a id='go'>Open app</a><script>const t = new URL('trailmix://cb');"
                                     "window.location.replace(t.toString());</script></body></html>\n",
    })
    result = import_path(tmp_path)
    assert result.format == "static-site" and result.profile.person.name == "Maren Solheim"


def test_a_cv_page_named_in_german_gives_the_person_its_degrees_and_profiles(tmp_path):
    # before: "lebenslauf.html" (German for CV) was skipped as a page no reader takes: its degrees, its e-mail and
    # its profile links went unread
    prof = _vitae_site(tmp_path, "lebenslauf.html", "Lebenslauf",
                       "<p>oren.vasquez@redfern.example.edu<br>"
                       "<a href=\"https://orcid.org/0000-0002-1825-0097\">ORCID</a></p>"
                       "<h3>Akademischer Werdegang</h3><table>"
                       "<tr><td>2004 - 2010</td><td>Diplom in Soziologie | Redfern State University</td></tr>"
                       "</table>", link="Lebenslauf")
    person = prof.person
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [
        ("Diplom", "Soziologie", "Redfern State University", 2010)]
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert person.email == "oren.vasquez@redfern.example.edu"


def test_a_lab_sites_pi_page_is_its_heads_about_page(tmp_path):
    # before: "PI.html", the lab head's own page that no menu links to, was skipped ("no works in it"): the head's
    # degrees and advisors went unread
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Vasquez Lab</title></head><body><h1>Oren Vasquez</h1>"
                      "<p>Oren Vasquez is an Associate Professor at Redfern State University.</p>"
                      "<h2>Publications</h2><ol><li><b>Oren Vasquez</b>, Ada Lind. Sparse tests for wide data. "
                      "Journal of Tests, 2021.</li></ol></body></html>",
        "PI.html": "<html><head><title>Oren Vasquez</title></head><body><h1>Oren Vasquez</h1>"
                   "<p>I am an Associate Professor at Redfern State University. I was a Ph.D. student at Tarrow "
                   "University, co-advised by Profs. Ada Lind and Bo Kern. I received my bachelor's degree in "
                   "Physics from Kelby College in 2009.</p></body></html>"})
    person = import_path(root).profile.person
    assert [e.institution for e in person.education] == ["Tarrow University", "Kelby College"]
    assert person.advisors == ["Ada Lind", "Bo Kern"]


def test_a_pi_page_on_another_person_gives_the_owner_nothing(tmp_path):
    # a student's site with "PI.html" on their advisor ("Jane Roe" heads it): her degrees, e-mail and ORCID are not
    # the owner's (the page is read as an about page only when it names the owner)
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Oren Vasquez</title></head><body><h1>Oren Vasquez</h1>"
                      "<p>PhD student in Ecology at Redfern State University.</p>"
                      "<p><a href=\"PI.html\">My PI</a></p></body></html>",
        "PI.html": "<html><head><title>Principal Investigator</title></head><body><h1>Jane Roe</h1>"
                   "<p>Jane Roe is Professor of Biology at Tarrow University. She received her Ph.D. in Zoology "
                   "from Kelby University in 2004.</p><p>jroe@tarrow.example.edu</p>"
                   "<p><a href=\"https://orcid.org/0000-0002-1825-0097\">ORCID</a></p></body></html>"})
    person = import_path(root).profile.person
    assert all(e.institution != "Kelby University" for e in person.education)
    assert person.email is None and "orcid" not in person.identifiers


def test_a_course_curriculum_page_is_no_cv(tmp_path):
    # "curriculum.html" in English is a course programme's page: its degrees and office e-mail are no one's (a CV
    # in Spanish or Portuguese is "curriculo", in German "lebenslauf")
    prof = _vitae_site(tmp_path, "curriculum.html", "Curriculum",
                       "<table><tr><td>2024-2026</td><td>M.Sc. Data Science, Redfern State University</td></tr>"
                       "</table><p>Programme office: cs-office@redfern.example.edu</p>", link="Curriculum")
    assert prof.person.education == [] and prof.person.email is None


def test_a_german_ueber_mich_page_is_the_owners_about_page(tmp_path):
    # "uebermich.html" ("Über mich", German for "About me"): before, skipped as a page with no works, its sidebar's
    # ORCID and GitHub and its current post went unread
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "index.html": "<html><head><title>Oren Vasquez</title></head><body><h1>Oren Vasquez</h1>"
                      "<h2>Publikationen</h2><ul><li>O. Vasquez, A. Lind (2021): Sparse tests for wide data, "
                      "In Proceedings of the Workshop on Tests, Bonn, Germany</li></ul></body></html>",
        "uebermich.html": "<html><head><title>Vita von Oren Vasquez</title></head><body><h1>Vita</h1>"
                          "<p>Oren Vasquez ist Professor an der Hochschule Redfern.</p>"
                          "<h3>Social</h3><ul><li><a href=\"https://orcid.org/0000-0002-1825-0097\">ORCID</a></li>"
                          "<li><a href=\"https://github.com/ovasquez\">Github</a></li></ul></body></html>"})
    person = import_path(root).profile.person
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097" and person.identifiers.get("github") == "ovasquez"
