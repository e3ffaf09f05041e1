"""GitHub profile READMEs of researchers, round 3: centred HTML greeting with badge rows, a
minimal README, News/Selected-Publications with <br> entries, an HTML table of papers, a
Chinese-English README and a lab README.  Each is imported as a file and as a folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path

MD = Path(__file__).resolve().parents[1] / "fixtures" / "markdown"
NAMES = ["centered", "minimal", "news", "table", "bilingual", "lab"]


def _dump(profile):
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k != "file"}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x
    return strip({k: profile.model_dump(mode="json")[k] for k in
                  ("person", "publications", "news", "awards", "students", "unparsed")})


@pytest.fixture(scope="module", params=NAMES)
def both(request):
    d = MD / f"real3-{request.param}"
    return request.param, import_path(d / "README.md"), import_path(d)


def test_file_and_folder_agree(both):
    name, f, d = both
    assert d.format == "github-readme"
    assert _dump(f.profile) == _dump(d.profile), name


def _load(name):
    return import_path(MD / f"real3-{name}").profile


def _people(pub):
    return [a.name for a in pub.authors], [i for i, a in enumerate(pub.authors) if a.is_self]


def test_centred_html_greeting_and_badges():
    prof = _load("centered")
    p = prof.person
    assert p.name == "Kofi Mensah-Bonsu"
    # "A PhD student at the University of Edinburgh working on ...": no article, the tail is topics
    assert p.job_title == "PhD student"
    assert [(a.name, a.role) for a in p.affiliations] == [("University of Edinburgh", "PhD student")]
    assert p.interests[:2] == ["speech synthesis", "low-resource ASR"]
    assert p.identifiers == {"google_scholar": "KmB7xQwAAAAJ", "orcid": "0000-0002-1825-0097",
                             "twitter": "kofi_speech", "github": "kmensah"}
    assert (p.homepage, p.email) == ("https://kmensah.github.io", "k.mensah-bonsu@ed.ac.uk")
    # the centred tagline under the greeting describes the owner; an emoji chit-chat bullet is no bio
    assert p.description == ("A PhD student at the University of Edinburgh working on speech synthesis"
                             " and low-resource ASR")
    pubs = prof.publications
    assert [(x.title, x.venue, x.year, x.venue_type) for x in pubs] == [
        ("AkanTTS: A Multi-Speaker Text-to-Speech Corpus for Akan", "Interspeech", 2024, "conference"),
        ("Tone-Aware Vocoders for Tonal Languages", "ICASSP", 2023, "conference")]
    assert _people(pubs[1]) == (["Ewa Kowalczyk", "Kofi Mensah-Bonsu", "Catriona Hughes"], [1])
    assert pubs[0].links == {"paper": "https://www.isca-archive.org/interspeech_2024/mensahbonsu24_interspeech.html",
                             "data": "https://github.com/kmensah/akantts"}
    assert pubs[1].arxiv == "2302.11234"
    # decided: "working on" gives interests; learning / collaborate / ask me / fun fact stay unparsed
    assert [u.line for u in prof.unparsed] == [12, 13, 14, 16]


def test_minimal_readme():
    prof = _load("minimal")
    p = prof.person
    assert (p.name, p.job_title) == ("Ingrid Solheim", "assistant professor")
    assert p.affiliations[0].name == "Norwegian University of Science and Technology"
    assert p.identifiers == {"google_scholar": "IsOlh3mAAAAJ", "twitter": "isolheim_stats"}
    assert p.homepage == "https://www.ntnu.edu/employees/ingrid.solheim"
    assert p.interests == ["Bayesian nonparametrics", "spatial statistics"]
    assert prof.publications == [] and prof.unparsed == []


def test_news_selected_publications_awards():
    prof = _load("news")
    p = prof.person
    assert p.name == "Mateo Ferreira" and p.advisors == ["Hannah Lindgren"]
    assert p.email == "mferreira@stanford.edu"
    assert p.links == {"cv": "https://mateoferreira.github.io/cv.pdf"}
    assert p.interests == ["embodied AI", "3D scene understanding", "robot manipulation"]
    assert [(n.date, n.text) for n in prof.news] == [
        ("2024-05", "Our paper on articulated object manipulation was accepted to RSS 2024!"),
        ("2024-02", "Two papers accepted to CVPR 2024."),
        ("2023-09", "I started my internship at NVIDIA Research with Dr. Sun-Hee Park.")]
    pubs = prof.publications
    # "Robotics: Science and Systems (RSS)" is a conference, not a journal for its word "Science"
    assert [(x.title, x.venue, x.year, x.venue_type) for x in pubs] == [
        ("ArtiGrasp: Learning to Manipulate Articulated Objects from Video", "RSS", 2024, "conference"),
        ("SceneGraph-LM: Language Models as 3D Scene Planners", "CVPR", 2024, "conference"),
        ("Affordance Fields from Egocentric Video", "CoRL", 2023, "conference")]
    assert _people(pubs[0]) == (["Mateo Ferreira", "Priyanka Iyer", "Hannah Lindgren"], [0])
    assert [a.marks for a in pubs[0].authors][:2] == [["equal_contribution"], ["equal_contribution"]]
    assert _people(pubs[1])[1] == [1]
    assert pubs[2].notes == ["Oral"]
    # link keys follow the page's labels (the realpages gold convention): "[Paper]" on arXiv is the paper,
    # and its arXiv id is still read
    assert set(pubs[0].links) == {"paper", "code", "project"} and pubs[0].arxiv == "2405.01234"
    # "- **[2023]** Stanford Graduate Fellowship": the bracketed year is the year, not the name
    assert [(a.name, a.year) for a in prof.awards] == [
        ("Stanford Graduate Fellowship", 2023),
        ("Best Undergraduate Thesis Award, University of São Paulo", 2021)]
    assert prof.unparsed == []


def test_html_table_of_papers():
    prof = _load("table")
    p = prof.person
    assert (p.name, p.job_title, p.affiliations[0].name) == ("Yasmin Haddad", "postdoctoral researcher", "ETH Zürich")
    assert [(e.degree, e.institution) for e in p.education] == [("PhD", "University of Oxford")]
    assert p.identifiers == {"google_scholar": "YhAdD4dAAAAJ", "github": "yhaddad"}
    pubs = prof.publications
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("GaussFusion: Fast Dynamic Scene Reconstruction with Deformable Gaussians", "ECCV", 2024),
        ("Relightable Neural Avatars from Sparse Views", "SIGGRAPH Asia", 2023)]
    assert _people(pubs[1]) == (["Lukas Brenner", "Yasmin Haddad", "Mei Lin", "Oliver Tate"], [1])
    assert pubs[1].doi == "10.1145/3610548.3618123"
    # <table>/<tr>/</td> lines are layout and the thumbnail cells go with their rows
    assert prof.unparsed == []


def test_chinese_english_readme():
    prof = _load("bilingual")
    p = prof.person
    assert (p.name, p.alternate_names) == ("Weiming Zhang", ["张伟明"])  # "你好 👋 我是 张伟明 (Weiming Zhang)"
    assert [(a.name, a.role) for a in p.affiliations] == [("Fudan University", "PhD student")]
    assert p.advisors == ["Hong Li"]
    # (the homepage written out is a link on GitHub, read as one: its address as every link's, the root's "/" on)
    assert (p.email, p.homepage) == ("wmzhang21@m.fudan.edu.cn", "https://wmzhang.github.io/")
    pubs = prof.publications
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("VQA-R1: Reinforcing Visual Reasoning in Multimodal LLMs", "NeurIPS", 2024),
        ("Chinese-MMBench：一个中文多模态评测基准", "ACL Findings", 2024)]
    assert _people(pubs[1])[1] == [1]
    assert [(a.name, a.year) for a in prof.awards] == [
        ("国家奖学金 (National Scholarship)", 2023),
        ("复旦大学优秀学生 (Outstanding Student, Fudan University)", 2022)]
    # the Chinese bio repeats the English one; kg leaves it for a reader
    assert [u.line for u in prof.unparsed] == [3]


def test_lab_readme_owner_is_the_pi():
    """Decided: a lab README is read as its PI's (the most frequent author, named "led by" and
    "(PI)"); the lab's logo is no photo, and the PI is not listed among their own students."""
    prof = _load("lab")
    p = prof.person
    assert p.name == "Danielle Okafor" and p.image is None
    assert all(_people(x)[1] == [len(x.authors) - 1] for x in prof.publications)
    assert len(prof.publications) == 2 and [n.date for n in prof.news] == ["2024-06", "2024-01"]
    assert [(s.name, s.role) for s in prof.students] == [
        ("Tomás Reyes", "postdoc"), ("Aiden Walsh", "PhD student"), ("Noor Rahimi", "PhD student")]
    # the lab's title, the acronym line, the group blurb and the lab's own links are about the lab, not its PI:
    # left for a reader (the logo is an image without text, markup like the badges of other READMEs)
    assert [u.line for u in prof.unparsed] == [4, 6, 9, 11]
    assert (p.identifiers, p.description) == ({}, None)


def test_a_software_readme_whose_owner_is_the_author_of_every_listed_paper(tmp_path):
    """A research code's README: its headings name the code and its chapters ("## Overview", "## Image
    Gallery"), a bold line of in-page links is its table of contents, and the owner is named only as the first
    author of every paper in its table ("Lind, M.") and in full in the BibTeX block that cites the code."""
    (tmp_path / "README.md").write_text(
        "# QUASAR\n\n**[Install](#install) · [Quick Start](#quick-start) · [Papers](#papers)**\n\n"
        "## Overview\n\nQUASAR is a grid code for fluid flows. I started it as a graduate student.\n\n"
        "## Image Gallery\n\nSome pictures of shocks.\n\n## Quick Start\n\nRun it with one command.\n\n"
        "## Papers\n\nQUASAR has been used in these papers:\n\n| Year | Publication |\n|------|-------------|\n"
        "| **2024** | [Lind, M. et al., \"Shocks in thin discs of gas\"](https://ex.org/p/1) |\n"
        "| **2023** | [Lind, M. & Berg K., \"Jets bent by a wind\"](https://ex.org/p/2) |\n"
        "| **2022** | [Lind, M. et al., \"Flat stars that explode\"](https://ex.org/p/3) |\n\n"
        "## Citation\n\n```bibtex\n@misc{quasar, author = {{Lind}, Maren}, title = \"{QUASAR: a grid code}\", "
        "year = 2023}\n```\n", encoding="utf-8")
    profile = import_path(tmp_path / "README.md").profile
    assert profile.person.name == "Maren Lind"
    assert [p.title for p in profile.publications] == [
        "Shocks in thin discs of gas", "Jets bent by a wind", "Flat stars that explode"]
    assert all(p.authors[0].is_self for p in profile.publications)


_TD = '<td style="padding: 8px; text-align: left;">'


def test_a_profile_readme_with_a_wrapped_html_table_of_scholar_rows(tmp_path):
    """A README that names its owner only as 'L Okafor' in the papers' bylines and through its stats badge's
    account 'LindaOkafor'; 'I’m a PhD student @Tarn University'; an HTML table of Google Scholar rows (title |
    authors | venue | citations | year) whose cells wrap a name over two source lines ('BK' / 'Ortiz')."""
    (tmp_path / "README.md").write_text(
        "![stats](https://github-readme-stats.vercel.app/api?username=LindaOkafor&show_icons=true)\n\n"
        "👋 Welcome\\! 🔭 I’m a PhD student\n@Tarn University (Norway), currently working on genome\n"
        "statistics.\n\n### My Research Profile\n\n<table>\n\n<thead>\n\n<tr>\n\n<th>Title</th>\n\n<th>Authors</th>\n\n"
        "<th>Venue</th>\n\n<th>Cited by</th>\n\n<th>Year</th>\n\n</tr>\n\n</thead>\n\n<tbody>\n\n<tr>\n\n"
        f"{_TD}\n\nMutational signatures as markers for therapy response in\nlung\ncancer\n\n</td>\n\n"
        f"{_TD}\n\nL Okafor, M Berg, T Lund, BK\nOrtiz\n\n</td>\n\n"
        f"{_TD}\n\nTarn Oncology 37 (2), 100-110,\n2018\n\n</td>\n\n{_TD}\n\n55\n\n</td>\n\n{_TD}\n\n2018\n\n</td>\n\n"
        "</tr>\n\n</tbody>\n\n</table>\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert (p.person.name, p.person.job_title) == ("Linda Okafor", "PhD student")
    assert [a.name for a in p.person.affiliations] == ["Tarn University"]
    pub = p.publications[0]
    assert [a.name for a in pub.authors] == ["L Okafor", "M Berg", "T Lund", "BK Ortiz"]
    assert (pub.year, pub.authors[0].is_self) == (2018, True)


def test_a_generated_readme_list_of_apa_citations_each_opened_by_a_pictograph(tmp_path):
    """A profile README whose publication list is written by a workflow: every bullet opens with an emoji for
    the kind of work, then an APA citation with the owner in bold ('**Varga, K.**'); the page never writes the
    owner's name elsewhere. The pictograph is no part of the authors: the citations are read, and the owner is
    the bold author."""
    (tmp_path / "README.md").write_text(
        "## Ocean modeller\n\nI build models of coastal currents.\n\n## Recent publications\n\n"
        "- 📄 **Varga, K.** (2024). Tidal mixing in shallow estuaries. *Coastal Dynamics Letters*. "
        "[View publication](https://example.org/a)\n"
        "- 📄 **Varga, K.**, Holm, P., & Ito, R. (2023). Wind-driven upwelling along a narrow shelf. "
        "*Journal of Shelf Studies*. [View publication](https://example.org/b)\n"
        "- 📊 **Varga, K.** (2021). A gridded record of bottom temperature. *Open Ocean Data*. "
        "[View publication](https://example.org/c)\n", encoding="utf-8")
    p = import_path(tmp_path).profile
    assert p.person.name == "K. Varga"
    # a profile badge's address is the one place the given name is spelled out
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    (tmp_path / "README.md").write_text(readme.replace(
        "I build models", "[LinkedIn](https://www.linkedin.com/in/kata-varga-77a1b2)\n\nI build models"),
        encoding="utf-8")
    assert import_path(tmp_path).profile.person.name == "Kata Varga"
    assert [(pub.title, pub.year, pub.venue) for pub in p.publications] == [
        ("Tidal mixing in shallow estuaries", 2024, "Coastal Dynamics Letters"),
        ("Wind-driven upwelling along a narrow shelf", 2023, "Journal of Shelf Studies"),
        ("A gridded record of bottom temperature", 2021, "Open Ocean Data")]
    assert [a.name for a in p.publications[1].authors] == ["K. Varga", "P. Holm", "R. Ito"]
    assert p.publications[1].authors[0].is_self
