"""The one page reader (kg.importers.page over rendered markdown): shapes of real homepages, in our own words."""

from pathlib import Path

import pytest

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html, parse_markdown_page


def _md(text: str, name: str = "page.md"):
    return parse_markdown_page(SourceDoc(Path(name), text), ImportOptions())


def _html(text: str):
    return parse_html(SourceDoc(Path("page.html"), text), ImportOptions())


def test_jekyll_page_titled_publications_reads_given_name_first_apa_entries():
    page = ("---\ntitle: \"Publications\"\npermalink: /publications/\n---\n\n<h2>Reliability</h2>\n\n<ul>\n"
            "  <li> <u>Mara Quist</u>, <b>Tobias Lund</b>, Ines Varga. (2024). Warranty menus under logit demand, "
            "<i>Operations Research Letters</i>, in press. [<a href=\"https://example.org/p1\">link</a>]</li>\n\n"
            "  <li> <b>Tobias Lund</b>, Ines Varga (2023) Predictive upkeep of fleets, <i>IISE Transactions</i>, 5(2), 1-9.</li>\n"
            "</ul>\n")
    p = _md(page)
    assert [x.title for x in p.publications] == ["Warranty menus under logit demand", "Predictive upkeep of fleets"]
    first = p.publications[0]
    assert [a.name for a in first.authors] == ["Mara Quist", "Tobias Lund", "Ines Varga"]
    assert first.year == 2024 and first.venue.startswith("Operations Research Letters")
    assert p.person.name == "Tobias Lund" and first.authors[1].is_self


def test_a_link_is_one_title_even_with_italics_inside():
    page = ("# Ada Quill\n\n## Book Reviews\n\n"
            "[Book review of *Gardens of Reason* by Hal Berne](https://doi.org/10.1000/xyz1), *Journal of Ethics*, 2021\n")
    pub = _md(page).publications[0]
    assert pub.title == "Book review of Gardens of Reason by Hal Berne"
    assert pub.venue == "Journal of Ethics" and pub.year == 2021


def test_table_cells_take_their_roles_from_the_column_labels():
    page = ("# Cora Moss\n\n## Publications\n\n| **Year** | **Title** | **Author(s)** | **Journal** | **Link** |\n"
            "|---|---|---|---|---|\n"
            "| 2020 | Seed caching by rodents in burned forest | C.M. Moss and J.W. Dell | Plant Ecology | [Link](https://doi.org/10.1000/abc) |\n"
            "| In review | Masting across a continent | J.S. Clark et al. | | |\n")
    pubs = _md(page).publications
    assert [x.title for x in pubs] == ["Seed caching by rodents in burned forest", "Masting across a continent"]
    assert [a.name for a in pubs[0].authors] == ["C.M. Moss", "J.W. Dell"] and pubs[0].venue == "Plant Ecology"
    assert pubs[0].year == 2020 and pubs[1].venue is None


def test_title_heading_with_authors_and_venue_on_one_line():
    page = ("# Hugo Marsh\n\nSelected Publications\n=====\n\n"
            "### Adaptive forests for drifting streams\n"
            "H Marsh, A Bifet, J Reed. Machine Learning, Springer, 2017.\n"
            "DOI: [https://doi.org/10.1000/af1](https://doi.org/10.1000/af1)\n\n"
            "### Stream learning under attack: a survey\n"
            "F Cesar, M Bota, A Bifet, H Marsh, A Greg\n"
            "ACM Digital Threats, 2024\n[Paper](https://dl.acm.org/doi/10.1000/st2)\n")
    pubs = _md(page).publications
    assert [x.title for x in pubs] == ["Adaptive forests for drifting streams", "Stream learning under attack: a survey"]
    assert [a.name for a in pubs[0].authors] == ["H Marsh", "A Bifet", "J Reed"] and pubs[0].year == 2017
    assert [a.name for a in pubs[1].authors][-1] == "A Greg" and pubs[1].year == 2024


def test_quoted_heading_paper_blocks_with_parenthesised_author_lines():
    page = ("<html><head><title>Dr Sam Vale</title></head><body><h1>Sam Vale</h1><h3>ABSTRACTS</h3>\n"
            "<h4>\"Locales without points in practice\"</h4>\n<p>(S.J. Vale + C.F. Towne)</p>\n"
            "<p>Journal of Logic <b>12</b> (2014), pp. 1-20</p>\n<p>Preprint: <a href=\"http://arxiv.org/abs/1401.00001\">arXiv</a></p>\n"
            "<p>We study locales without points and what they are good for in everyday constructive practice.</p>\n<hr>\n"
            "<h4>\"Sheaves for beginners\"</h4>\n<p>Newsletter of Semantics 4 (1995)</p>\n</body></html>\n")
    pubs = _html(page).publications
    assert [x.title for x in pubs] == ["Locales without points in practice", "Sheaves for beginners"]
    assert [a.name for a in pubs[0].authors] == ["S.J. Vale", "C.F. Towne"]
    assert pubs[0].year == 2014 and pubs[1].year == 1995


def test_a_markdown_link_pasted_as_href_still_gives_the_link():
    page = ("# Tess Warden\n\n## Publications\n"
            "* **T. Warden**, V. Morando, and L. Kiess*. Labeling a mycobacterial pathway. _J. Am. Chem. Soc._ **2025**, 147, 1-9. "
            "<a href=\"[url](https://pubs.acs.org/doi/10.1021/jacs.0000)\">https://pubs.acs.org/doi/10.1021/jacs.0000</a>.\n")
    pub = _md(page).publications[0]
    assert pub.title == "Labeling a mycobacterial pathway"
    assert "https://pubs.acs.org/doi/10.1021/jacs.0000" in pub.links.values()
    assert [a.name for a in pub.authors] == ["T. Warden", "V. Morando", "L. Kiess"]


def test_non_breaking_hyphens_in_author_names():
    page = ("# Tess Warden\n\n## Publications\n"
            "* M. Wu, **T. Warden**, Z. Bloom\u2011Acker, and E. Rubin. Fluorogenic membrane probes. _J. Am. Chem. Soc._ **2024**, 146, 1-9.\n")
    pub = _md(page).publications[0]
    assert [a.name for a in pub.authors] == ["M. Wu", "T. Warden", "Z. Bloom-Acker", "E. Rubin"]  # one hyphen


def test_student_legend_without_a_verb_marks_underlined_authors():
    page = ("---\ntitle: Publications\n---\n\n(Student author underlined)\n\n<ul>\n"
            "  <li> <u>Ping Dao</u>, <b>Lin Weng</b>. (2026). Traffic graphs that know their causes, "
            "<i>Journal on Computing</i>, in press.</li>\n</ul>\n")
    pub = _md(page).publications[0]
    assert pub.authors[0].name == "Ping Dao" and pub.authors[0].marks == ["mentee"]


def test_bio_subject_with_a_name_in_another_script():
    page = ("# Lin Weng\n\nDr. Lin Weng (翁林) is currently an Associate Professor in the Business School, "
            "Western Basin University, Chengdu. He is also a Council Member of a society.\n")
    assert _md(page).person.job_title == "Associate Professor"


def test_a_venue_written_as_a_link_gives_the_paper_link():
    page = ("<html><body><h1>Jon Harle</h1><h2>Publications</h2>\n<p>[69] A. Peebles and J. Harle<br>\n"
            "<em>Spectral convergence of graph Laplacians with boundary</em><br>\n"
            "<a href=\"https://doi.org/10.3934/fods.2025005\">Foundations of Data Science 8: 119-167, 2026.</a>\n"
            "<a href=\"https://arxiv.org/abs/2110.06988\">[arXiv]</a></p></body></html>\n")
    pub = _html(page).publications[0]
    assert pub.doi == "10.3934/fods.2025005" and pub.venue == "Foundations of Data Science"
    assert "https://doi.org/10.3934/fods.2025005" in pub.links.values()


def test_kramdown_markdown_inside_a_paper_box():
    page = ("# Xia Chan\n\n# Publications\n\n<div class='paper-box'>\n  <div class='paper-box-text' markdown=\"1\">\n"
            "**\"Is It Waving At Me\": Gestures Between Vehicles and Walkers.**\n"
            "**Xia Chan**, Zoe Chen, and Jia Gong.\n*Conference on Human Factors in Computing Systems, 2024.*\n"
            "[DOI](https://doi.org/10.1145/0000000.0000001) · [PDF](https://example.org/p.pdf)\n  </div>\n</div>\n")
    pub = _md(page).publications[0]
    assert pub.title == "\"Is It Waving At Me\": Gestures Between Vehicles and Walkers"
    assert [a.name for a in pub.authors] == ["Xia Chan", "Zoe Chen", "Jia Gong"] and pub.year == 2024
    assert pub.links.get("doi") == "https://doi.org/10.1145/0000000.0000001"


def test_family_first_author_lists_open_the_citation():
    page = ("# Fe Dalgo\n\n## Publications\n\n"
            "**Dalgo, F.**, Quintana, M., Báez, J.C. Open vents watched for twenty years of data. In prep.\n\n"
            "[28. Elevation change after the Cordón eruption.](https://example.org/v257)<br>\n"
            "Lobo-Lillo, D., **Dalgo, F.**, Pritch, M.E., Martinez\u2010Yáñez, P., **2024**. Volcanica, 7(2), 541–564.\n")
    pubs = _md(page).publications
    assert pubs[0].title == "Open vents watched for twenty years of data"
    assert [a.name for a in pubs[0].authors] == ["F. Dalgo", "M. Quintana", "J.C. Báez"]
    assert [a.name for a in pubs[1].authors] == ["D. Lobo-Lillo", "F. Dalgo", "M.E. Pritch", "P. Martinez-Yáñez"]
    assert pubs[1].venue == "Volcanica" and pubs[1].year == 2024


def test_a_second_link_of_a_kind_is_kept_with_its_label():
    page = ("<html><body><h1>Ann Lee</h1><h2>Publications</h2><ul><li><b>Sound fields in small rooms</b><br>"
            "Ann Lee, Bo Chen<br><i>ICASSP</i>, 2021 <a href=\"https://github.com/a/one\">code</a> "
            "<a href=\"https://github.com/a/two\">code</a></li></ul></body></html>")
    pub = _html(page).publications[0]
    assert pub.links["code"] == "https://github.com/a/one"
    assert [(x.label, x.url) for x in pub.more_links] == [("code", "https://github.com/a/two")]


def test_chicago_author_list_turns_only_the_first_name():
    from kg.importers.common import split_authors

    names = [a.name for a in split_authors("Van Dalen, David, Mark Poliak, and Austin L. Right").authors]
    assert names == ["David Van Dalen", "Mark Poliak", "Austin L. Right"]
    assert [a.name for a in split_authors("Ann Lee, Bo Li, Carl Dean").authors] == ["Ann Lee", "Bo Li", "Carl Dean"]


def test_et_al_in_the_middle_of_an_author_list():
    from kg.importers.common import split_authors

    r = split_authors("A. Reinholt et al., E. Tuzhina.")
    assert [a.name for a in r.authors] == ["A. Reinholt", "E. Tuzhina"] and r.truncated


def test_news_cards_with_a_title_heading_and_a_date_below():
    cards = "".join(f"<div class=\"news-item\"><h3>[Grant] {t}</h3><p>We received {t}.</p>"
                    f"<span class=\"news-date\">{d}</span></div>\n"
                    for t, d in (("Medical Research Center", "2025.05"), ("Seed Fund", "2024.12"), ("Travel Award", "2023.01")))
    page = f"<html><body><h1>Bo Han</h1><h2>News</h2><div class=\"news-list\">\n{cards}</div></body></html>"
    news = _html(page).news
    assert [(n.date, n.text.split(" We ")[0]) for n in news] == [
        ("2025-05", "[Grant] Medical Research Center"), ("2024-12", "[Grant] Seed Fund"), ("2023-01", "[Grant] Travel Award")]


def test_an_entry_without_authors_is_the_owners_with_the_others_unknown():
    page = ("<html><body><h1>Sam Vale</h1><h2>Publications</h2><ul>"
            "<li><b>Topology via logic</b>. <i>Cambridge Tracts in Computer Science</i>, 1989.</li></ul></body></html>")
    pub = _html(page).publications[0]
    assert [(a.name, a.is_self) for a in pub.authors] == [("Sam Vale", True)] and pub.authors_truncated


def test_thesis_and_next_position_lines_belong_to_the_student_above():
    page = ("<html><body><h1>Ann Wilde</h1><h2>Alumni</h2>"
            "<p><strong>Sierra Pugh</strong>, PhD 2023 (Joint with Bo Fosdick)<br />\n"
            "Thesis: <em>Models for infection fatality rates</em><br />\nNext position: Western Ecosystems</p>\n"
            "<p><strong>Daniel Mork</strong>, PhD 2021<br />\nThesis: <em>Distributed lag models</em></p></body></html>")
    students = _html(page).students
    assert [(s.name, s.role) for s in students] == [("Sierra Pugh", "alumnus"), ("Daniel Mork", "alumnus")]


def test_every_link_of_an_entry_is_kept_and_ordinals_stay_whole():
    page = ("# Ann Yao\n\n## Publications\n\n"
            "+ HoloNet: robust emotion recognition in the wild.<br> Ann Yao (project leader, conceived the idea) and Bo Chen.<br> "
            "<em>**ACM ICMI**</em>, 2016 (<font color=\"blue\">Oral, 1<sup>st</sup> Runner-up of EmotiW 2016</font>).<br> "
            "[[Paper]](https://dl.acm.org/doi/10.1145/2993148.2997639). "
            "[[EmotiW 2016 Challenge Announcement]](https://sites.google.com/site/emotiw2016/).<br>\n")
    pub = _md(page).publications[0]
    assert set(pub.links.values()) | {x.url for x in pub.more_links} >= {
        "https://dl.acm.org/doi/10.1145/2993148.2997639", "https://sites.google.com/site/emotiw2016/"}
    assert "1st Runner-up of EmotiW 2016" in pub.notes and "project leader, conceived the idea" in pub.notes


def test_thesis_and_report_links_are_labels():
    page = ("<html><body><h1>Clara Lac</h1><h2>Publications</h2><ul>"
            "<li><p><b>Lac C.</b>* &ldquo;<em>Deformations of Galois Representations</em>&rdquo;, (Master Thesis)<br />"
            "[<a href=\"https://spectrum.example.ca/id/981813/\">thesis</a>][<a href=\"static/Lac_Master.pdf\">pdf]</a></p></li>"
            "</ul></body></html>")
    pub = _html(page).publications[0]
    assert pub.title == "Deformations of Galois Representations"
    assert pub.links.get("paper") == "https://spectrum.example.ca/id/981813/"


def test_a_numbered_list_missing_a_line_break_still_gives_one_entry_per_number():
    page = ("<html><body><h1>Erin Kuru</h1><h2>Recent Journal Papers</h2>\n<p>7. Oona Karr, Erin Kuru, and Alin Ash. Sea clutter in SAR "
            "images. In: IEEE Geoscience Letters 19 (2022), pp. 1-5.<br />\n"
            "8. Oona Karr and Erin Kuru. Impulsive noise in powerline systems. Signal Processing 14.8 (2020): 1655-1661.\n"
            "9. Zi Wang, Xi Chen, and Erin Kuru. Counterfactual learning from missing feedback. In: Advances in Neural\n"
            "Information Processing Systems 33 (2020), pp. 1854-1864.<br />\n</p></body></html>")
    pubs = _html(page).publications
    assert [p.title for p in pubs] == ["Sea clutter in SAR images", "Impulsive noise in powerline systems",
                                       "Counterfactual learning from missing feedback"]
    assert [a.name for a in pubs[2].authors] == ["Zi Wang", "Xi Chen", "Erin Kuru"] and pubs[2].year == 2020


def test_degrees_after_an_education_label_on_one_line():
    md = _md("# Jane Roe\n\nAssociate Professor, Hill University.\n\n"
             "**Education:** Ph.D. in Hydrology, Coastal University, 2006; B.S. in Physics, Inland University, 2001.\n")
    assert [(e.degree, e.field, e.institution, e.year) for e in md.person.education] == [
        ("Ph.D.", "Hydrology", "Coastal University", 2006), ("B.S.", "Physics", "Inland University", 2001)]
    assert md.unparsed == []
    page = _html("<html><body><h1>Jane Roe</h1><p>Associate Professor, Hill University</p><ul>"
                 "<li>Education: BSc Inland University 2001, PhD Coastal University 2006</li>"
                 "<li><a href='q.htm'>Qualifications:</a> BA(Class I) Oxon. 1960, DPhil 1963</li></ul></body></html>")
    assert [(e.degree, e.institution) for e in page.person.education] == [
        ("BSc", "Inland University"), ("PhD", "Coastal University"), ("BA", "Oxon")]


def test_advisors_named_on_an_education_label_line():
    # the labelled line of degrees says who supervised the doctorate: the owner's advisors, as prose's would be
    md = _md("# Jane Roe\n\nI study rivers.\n\n"
             "**Education:** PhD in Hydrology from Coastal University, supervised by Dr Ann Bell and Prof Rob Lind. "
             "BSc in Physics from Inland University.\n")
    assert md.person.advisors == ["Ann Bell", "Rob Lind"]
    assert [(e.degree, e.institution) for e in md.person.education][:1] == [("PhD", "Coastal University")]


@pytest.mark.parametrize("bio, post", [
    # a post the owner will take up, the page naming none held now: that post, at the institution (the unit before
    # it a department; "The" written as part of the institution's name kept)
    ("Dr. Jane Roe will join the Department of Hydrology and Earth Surface Processes at The University of Westbridge "
     "as an Assistant Professor in March 2020. Before that, she held lecturer posts at two universities.",
     ("Assistant Professor", "The University of Westbridge", "Department of Hydrology and Earth Surface Processes")),
    # a post held now comes first: the one to be taken up is not read over it
    ("I am a PhD student at Dale University. I will join Hill University as an Assistant Professor in 2026.",
     ("PhD student", "Dale University", None)),
    # someone else's post to be taken up, the owner's student's: not the owner's (whose post a later paragraph says)
    ("My former student Tom Vik will join Hill University as an Assistant Professor in 2024.\n\nJane Roe is a "
     "senior researcher at the Nordic Moss Institute.", ("senior researcher", "Nordic Moss Institute", None)),
])
def test_a_post_the_owner_will_join(bio, post):
    person = _md("# Jane Roe\n\n" + bio + "\n\nI study rivers and the sediment they carry.\n").person
    assert (person.job_title, person.affiliations[0].name, person.affiliations[0].department) == post


@pytest.mark.parametrize("head", ["# Jane Roe\n\n", "---\ntitle: About\n---\n\n"])
def test_a_work_label_over_several_jobs_gives_the_first_as_the_post(head):
    # "Work:" then the post now, at two places, then the owner's other jobs: the first sentence is the post, held at
    # both institutions (no one place named "X and the University of Y"); the jobs after it are no post. On a page
    # titled "About" too, whose lines are read as a bio's
    md = _md(head + "Hello, I'm Jane Roe. I model how rivers move gravel.\n\n"
             "**Work:** Postdoctoral research at Westbridge University and the University of Dale Sydney. Guide at "
             "River Tours Ltd. Swimming coach.\n")
    assert md.person.job_title == "Postdoctoral research"
    assert [(a.name, a.role) for a in md.person.affiliations] == [
        ("Westbridge University", "Postdoctoral research"), ("University of Dale Sydney", "Postdoctoral research")]



@pytest.mark.parametrize("line", [
    "**Position:** I am looking for a postdoc position in hydrology from 2026. I will finish my PhD at Dale "
    "University in May 2026, advised by Tom Vik.",
    "**Work:** PhD student in hydrology at Dale University, advised by Tom Vik. Before that I spent two years as a "
    "field technician.",
])
def test_a_work_label_over_prose_is_read_as_prose(line):
    # the label's first sentence is no post line (a sentence in the first person; a post with more said after a
    # comma): the line stays the bio's prose, its advisor read, no post made of the sentence
    person = _md("---\ntitle: About\n---\n\nHello, I'm Jane Roe. I model how rivers move gravel.\n\n"
                 + line + "\n").person
    assert (person.job_title, person.advisors) == (None, ["Tom Vik"])

def test_citations_under_a_heading_kg_has_no_word_for_are_publications():
    md = _md("# Jane Roe\n\n## Journal Papers\n\n"
             "1. **Jane Roe**, Rob Smith, *Groundwater recharge under drought*, Water Research, Vol. 3, 2021.\n\n"
             "## International Conferences and Symposiums\n\n"
             "1. Rob Smith, **Jane Roe**, *Soil moisture memory in arid basins*, Int. Conference on Hydrology, 2019.\n"
             "1. **Jane Roe**, Kim Lee, *A note on infiltration*, Meeting on Soils, Feb., 2017.\n\n"
             "## Things I like\n\n- Hiking in the Alps, 2019\n- Sourdough bread\n- Old maps of rivers, 2017\n")
    assert [p.title for p in md.publications] == [
        "Groundwater recharge under drought", "Soil moisture memory in arid basins", "A note on infiltration"]
    assert md.publications[1].authors[1].is_self and md.publications[2].year == 2017
    assert [u.text for u in md.unparsed if "Hiking" in u.text or "Sourdough" in u.text]


def test_an_italic_title_with_a_venue_word_between_the_names_and_the_venue():
    md = _md("# Yuri Oda\n\n## Journal Papers\n\n"
             "1. Miki Mora, **Yuri Oda**, *Support Systems for Idea Workshops*, Science Education, 2025.\n"
             "1. **Yuri Oda**, Naoki Kai, and Haru Mae, [*Seeing Idea Groups in Workshops*](https://example.org/p/2), "
             "Journal of Robotics, Vol.38, No.1, pp. 288-298, 2026.\n")
    got = [(p.title, p.venue, p.year, [a.name for a in p.authors]) for p in md.publications]
    assert got == [("Support Systems for Idea Workshops", "Science Education", 2025, ["Miki Mora", "Yuri Oda"]),
                   ("Seeing Idea Groups in Workshops", "Journal of Robotics", 2026, ["Yuri Oda", "Naoki Kai", "Haru Mae"])]


def test_a_japanese_page_spaces_family_and_given_name_and_writes_titles_without_spaces():
    md = _md("# 川村 花子\n\n## Publications\n\n"
             "1. 池本 次郎, **川村 花子**, 杉原 麻美, *部分形状と影に基づく光源の推定*, 映像学会誌, Vol. 6, 2013.\n\n"
             "## 和文論文誌\n\n"
             "1. 中野 悠, **川村 花子**, *視覚情報を用いた双方向制御*, 電気学会論文誌, 2012.\n"
             "1. **川村 花子**, 大川 公平, *物体座標系における力の制御*, 電気学会論文誌, 2011.\n")
    assert md.person.name == "川村 花子"
    got = [(p.title, p.year, [a.name for a in p.authors if a.is_self]) for p in md.publications]
    assert got == [("部分形状と影に基づく光源の推定", 2013, ["川村 花子"]), ("視覚情報を用いた双方向制御", 2012, ["川村 花子"]),
                   ("物体座標系における力の制御", 2011, ["川村 花子"])]
    assert [a.name for a in md.publications[0].authors] == ["池本 次郎", "川村 花子", "杉原 麻美"]


def test_an_ions_charge_closing_a_formula_in_the_title_is_kept():
    page = _html("<html><body><h1>Colm Weaver</h1><h2>Publications</h2><ol>"
                 "<li>E Corr and <u>C Weaver</u>, <i>Charge Transfer in (IrBr<sub>6</sub>)<sup>2-</i></sup>,"
                 "<a href='http://example.org/p/1'> Proc. Phys. Soc. <b>79</b>, 1084-1085, 1962.</a></li>"
                 "<li>J Ode and <u>C Weaver</u>, <i>Bonding in Cobalt Complexes</i> - <i>Proc. Phys. Soc.</i>, 1962.</li>"
                 "</ol></body></html>")
    assert [p.title for p in page.publications] == ["Charge Transfer in (IrBr6)2-", "Bonding in Cobalt Complexes"]


def test_family_first_names_with_the_year_over_a_title_line_and_an_italic_venue_line():
    """'Lee, A., **Park, J.** (2024)' over the title and '*Ocean Science & Engineering*': names written family
    name first, initials after, with the year in brackets are the author line (the venue line, two
    capitalised phrases joined by '&', is no pair of names); 'Wu, B. et al. [including **Park, J.**]' names the
    owner among authors left out."""
    md = _md("# Jana Park\n\n## Journal Articles\n\n"
             "1. Lee, A., **Park, J.** (2024)  \nTides in narrow fjords  \n*Ocean Science & Engineering*  \n"
             "[Paper](https://doi.org/10.1000/ose.1)\n\n"
             "1. **Park, J.**, Ruiz, M.E. (2021)  \nSediment waves  \n*Marine Geology and Physics*\n\n"
             "1. Wu, B., Ng, C. et al. [including **Park, J.**] (2020)  \nA survey of coastal sensors  \n*Sensors Today*\n")
    pubs = md.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Tides in narrow fjords", "Ocean Science & Engineering", 2024),
        ("Sediment waves", "Marine Geology and Physics", 2021),
        ("A survey of coastal sensors", "Sensors Today", 2020)]
    assert [a.name for a in pubs[0].authors] == ["A. Lee", "J. Park"] and pubs[0].authors[1].is_self
    assert [a.name for a in pubs[1].authors] == ["J. Park", "M.E. Ruiz"]
    assert [a.name for a in pubs[2].authors] == ["B. Wu", "C. Ng", "J. Park"] and pubs[2].authors_truncated


def test_a_heading_inside_an_html_block_and_the_text_after_the_block_are_markdown():
    """'<center>' / '### About me' / '</center>' and the bio right below it with no blank line: Pandoc (Quarto,
    R Markdown) shows a heading and a paragraph with a link; CommonMark would keep both as raw text."""
    md = _md("# Jana Park\n\n<center>\n### About me\n</center>\nI am an Assistant Professor of Geology at "
             "[North Coast University](https://ncu.example.edu). I study sediment transport.\n\n"
             "<center>\n### Awards\n</center>\n\n- Best Poster Award, Coastal Workshop 2019\n")
    assert md.person.job_title == "Assistant Professor"
    assert "[North Coast University]" not in (md.person.description or "")
    assert [(a.name, a.year) for a in md.awards] == [("Best Poster Award, Coastal Workshop", 2019)]


def test_awards_as_time_line_cards_a_date_block_then_a_bold_name_over_where():
    """A time line: '2018/09' in a block of its own, then '**Best Poster Award**' over the meeting and the place
    on lines of their own; the date dates the award, the card is one award."""
    md = _md("# Jana Park\n\n## Awards\n\n<br>\n2018/09\n<br>\n\n**Best Poster Award**  \nCoastal Workshop on Waves  \n"
             "*Lyon, France*\n\n<br>\n2016/06\n<br>\n\n**Member of the winning team**  \nData Challenge 3  \n"
             "*Oslo, Norway*\n")
    assert [(a.name.split(",")[0], a.year) for a in md.awards] == [("Best Poster Award", 2018),
                                                                   ("Member of the winning team", 2016)]


def test_links_after_the_venue_are_no_title_and_an_arxiv_id_link_is_the_venue():
    """jemdoc-style citations: a linked note after the venue ('[<a>Highly Cited Paper in Geology</a> and ...]')
    or the proceedings' address after the italic venue ('<a>PMLR 12:1-9</a>') is no title; a link citing the
    preprint by its identifier in the venue's place ('<a>arXiv:2501.01234</a>, 2025') names arXiv; 'A and B:
    Title' parts the names from the title with a colon; an equation set as an image reads as its alt text."""
    page = _html(
        "<html><body><h1>Ana Lind</h1><h2>Publications</h2><ul>\n"
        "<li><p><b>A. Lind</b> and J. Xu. Rifts: A Unified View of Basins. <i>Earth Science Letters</i>. 62(7): 1-9, "
        "2019. [<a href=\"https://arxiv.org/abs/1901.00001\">ArXiv</a>] [<a href=\"hc.pdf\">Highly Cited Paper in "
        "Geology</a> and <a href=\"wos.pdf\">WOS Core Collection</a>]</p></li>\n"
        "<li><p>L. Liu, <b>A. Lind</b> and R. Tsai. Faults on Curved Plates: The Role of Geometry. <i>Workshop on "
        "Geometry in Geoscience at EGU2023.</i> <a href=\"https://proc.example.org/v12/liu.html\">PMLR 12:1-9</a>, "
        "2023.</p></li>\n"
        "<li><p>Y. Yang and <b>A. Lind</b>: Deeper or Wider: Basin Models with <img class=\"eq\" src=\"eqs/1.png\" "
        "alt=\"{rm ReLU}^k\" /> Kernels. <a href=\"https://arxiv.org/abs/2501.01234\">ArXiv:2501.01234</a>, 2025."
        "</p></li>\n</ul></body></html>")
    pubs = page.publications
    assert [(p.title, p.venue[:31], p.year) for p in pubs] == [
        ("Rifts: A Unified View of Basins", "Earth Science Letters", 2019),
        ("Faults on Curved Plates: The Role of Geometry", "Workshop on Geometry in Geoscie", 2023),
        ("Deeper or Wider: Basin Models with ReLU^k Kernels", "arXiv", 2025)]
    assert [a.name for a in pubs[2].authors] == ["Y. Yang", "A. Lind"] and pubs[2].arxiv == "2501.01234"
    assert page.unparsed == []


def test_the_owners_lone_name_before_a_colon_is_the_byline():
    """dblp's style, 'Names: Title. Venue (Year)', for a work the owner wrote alone: 'A. Lind: Title. ...' names
    them; before, the name and colon stayed in the title (only a list of names before the colon was a byline)."""
    page = _html("<html><body><h1>Ana Lind</h1><h2>Journal articles</h2><ol>\n"
                 "<li>A. Lind: Braids in small lattices. Journal of Order Notes, Vol. 4, no. 1 (1988), pp. 3-17.\n"
                 "<li>B. Wu, A. Lind: Chains of ideals. Algebra Letters, Vol. 9 (1993), pp. 40-52.\n"
                 "</ol></body></html>")
    assert [(p.title, p.venue, p.year, [a.name for a in p.authors]) for p in page.publications] == [
        ("Braids in small lattices", "Journal of Order Notes", 1988, ["A. Lind"]),
        ("Chains of ideals", "Algebra Letters", 1993, ["B. Wu", "A. Lind"])]
    assert page.publications[0].authors[0].is_self


def test_the_owners_lone_name_before_a_colon_over_a_talk_or_a_thesis_is_no_byline():
    """Review 75c/c1: 'Jane Doe: invited talk at MIT, 2019.' and 'Jane Doe: PhD thesis, ...' name no work (before:
    publications titled 'invited talk at MIT, 2019' and 'PhD thesis, Lindau University, 2008'); the lines stay
    reported, and a solo work in dblp's style is still read."""
    page = _html("<html><body><h1>Jane Doe</h1><h2>Publications</h2><ul>\n"
                 "<li>J. Doe: Sea ice in the north. Journal of Ice 12 (2020) 1-9.</li>\n"
                 "<li>Jane Doe: invited talk at MIT, 2019.</li>\n"
                 "<li>Jane Doe: Invited talk at MIT, 2019.</li>\n"
                 "<li>Jane Doe: PhD thesis, Lindau University, 2008.</li>\n</ul></body></html>")
    assert [(p.title, p.year) for p in page.publications] == [("Sea ice in the north", 2020)]
    assert len(page.unparsed) == 3


def test_a_link_label_after_a_linked_title_is_no_venue_and_a_bare_arxiv_link_no_paper():
    """'<a>Title</a> [<a>Slides</a>]' over 'with A and B' and '<i>Venue, 2023</i>': the venue is the italic line,
    not the slides' label; 'Full paper (5/1/23): <a>arXiv:2305.00001</a>' names no authors: no paper."""
    page = _html("<html><body><h1>Ana Lind</h1><h2>Publications</h2><ul>\n"
                 "<li><p><a href=\"https://arxiv.org/abs/2310.00001\">Sparse Codes for Noisy Channels</a> "
                 "[<a href=\"codes.pdf\">Slides</a>] <br />\nwith Bo Wu, Cy Ng, Dan Roe, Eva Kahn, and Finn M. Ott <br />\n"
                 "<i>Workshop on Coding Theory, 2023</i> <br />\n<i>ICML, 2024</i> <br /></p></li>\n</ul>\n"
                 "<dl><dt>Rank bounds for matroids</dt><dd>Full paper (5/1/23): <a href=\"p.pdf\">PDF</a> | "
                 "<a href=\"https://arxiv.org/abs/2305.00001\">arXiv:2305.00001</a></dd></dl></body></html>")
    assert [(p.title, p.venue, p.year) for p in page.publications][:1] == [
        ("Sparse Codes for Noisy Channels", "Workshop on Coding Theory", 2023)]
    assert len(page.publications) == 1


def test_a_third_person_bio_names_the_owner_in_the_other_order_and_a_school_with_and_in_its_name():
    """The site calls its owner 'Yang Lin' (family name first), the bio 'Lin Yang is a third year Ph.D. student at
    School of Water and Soil, North Coast University, supervised by ...': the position, and the place of study
    whose school's name holds an 'and'."""
    md = _md("# Yang Lin\n\nLin Yang is a third year Ph.D. student at School of Water and Soil, North Coast "
             "University, supervised by Prof. Ana Lind. He received his M.S. degree from Hill University in 2019.\n")
    assert md.person.job_title and "Ph.D. student" in md.person.job_title
    assert [e.institution for e in md.person.education] == ["North Coast University", "Hill University"]


def test_a_placeholder_date_is_no_year_and_a_fachhochschule_is_a_place_of_study(tmp_path):
    """academicpages records exported from ORCID write 'date: 1900-01-01' (and name the file so) when they know no
    date: the paper has no year, not 1900. 'Fachhochschule Nordstadt' is a place of study (the word holds
    'hochschule'). An equation image of an arrow reads as the arrow."""
    from kg.importers import import_path

    site = tmp_path / "site"
    (site / "_pages").mkdir(parents=True)
    (site / "_publications").mkdir()
    (site / "_config.yml").write_text("title: Ana Lind\nauthor:\n  name: Ana Lind\n", encoding="utf-8")
    (site / "_pages" / "about.md").write_text(
        "---\npermalink: /\ntitle: About\n---\n\nI am a professor of process control at Nordstadt University.\n\n"
        "Education\n======\n* Master of Science in Elektrotechnik, Fachhochschule Nordstadt, 2009\n", encoding="utf-8")
    for name, date in (("1900-01-01-regelung-von-anlagen", "1900-01-01"), ("2015-01-01-feed-control", "2015-01-01")):
        (site / "_publications" / f"{name}.md").write_text(
            f"---\ntitle: \"{name[11:].replace('-', ' ').title()}\"\ncollection: publications\n"
            f"category: manuscripts\ndate: {date}\nvenue: 'Water Letters'\n---\n", encoding="utf-8")
    prof = import_path(site).profile
    assert sorted((p.title, p.year) for p in prof.publications) == [("Feed Control", 2015), ("Regelung Von Anlagen", None)]
    assert [e.institution for e in prof.person.education] == ["Fachhochschule Nordstadt"]
    page = _html("<html><body><h1>Ana Lind</h1><h2>Publications</h2><ul><li><p><b>A. Lind</b> and B. Wu. Maps "
                 "from <img class=\"eq\" src=\"eqs/2.png\" alt=\"rightarrow\" /> to flows. <i>Flow Letters</i>, 2020."
                 "</p></li></ul></body></html>")
    assert page.publications[0].title == "Maps from → to flows"


def test_a_linked_title_wrapped_over_two_lines_and_a_linked_title_before_a_venue_with_commas():
    """'A, **B**, C, D, E, F, and G. [Title wrapped<newline>on two lines](url) *Venue*, 2023': the line break inside
    the link is a wrapped line, not a field's end; '**A. Lind**, [Title : with a colon](url), Rennes University,
    2022': the link after the names is the title, the rest (commas and all) the venue."""
    md = _md("# Ana Lind\n\n## Publications\n\n"
             "I. Goud\\*, **A. Lind**\\*, A. H. Olivier, J. Petit, R. Cozot, K. Bouat, M. Christie, and L. Hoyet. "
             "[Real-time Multi-map Saliency-driven Gaze\nBehavior for Crowds](https://hal.example.fr/hal-1/) "
             "*IEEE Transactions on Graphics*, 2023.\n\n"
             "**A. Lind**, [A perceptual approach to film editing : exploring saliency](https://ged.example.fr/t), "
             "Rennes University, 2022\n")
    assert [(p.title, p.venue, p.year) for p in md.publications] == [
        ("Real-time Multi-map Saliency-driven Gaze Behavior for Crowds", "IEEE Transactions on Graphics", 2023),
        ("A perceptual approach to film editing : exploring saliency", "Rennes University", 2022)]


def test_a_team_page_in_chinese_reads_its_member_cards_by_their_headings():
    # "团队成员" (team members), "博士在读" (current PhD students), "硕士已毕业" (graduated masters): section names
    # in Chinese; each card's name heading is a student, the supervisor's card ("教授", professor) is none
    card = ('<div class="m"><div class="r"><div class="c">\n<h4>{name}</h4>\n<p class="meta">{role}</p>\n'
            '<p>研究方向：机器学习</p>\n</div></div></div>\n')
    page = ("# 团队成员\n\n## 导师\n\n" + card.format(name="梁文静 教授", role="教授、博士生导师")
            + "\n## 博士在读\n\n" + card.format(name="周明", role="2024级 博士生")
            + "\n## 硕士在读\n\n" + card.format(name="孙立新", role="2023级 硕士生")
            + card.format(name="钱芳", role="2025级 硕士生") + "\n## 硕士已毕业\n\n")
    p = _md(page, "team.md")
    assert [(s.name, s.role) for s in p.students] == [("周明", "PhD student"), ("孙立新", "master student"),
                                                      ("钱芳", "master student")]


def test_et_al_written_with_a_dot_and_no_space_closes_the_author_line():
    """'Roe, A. B., Pike, O. et.al</span>. <a>Title</a>': 'et.al' is 'et al.' written close; the author line was not
    told from the title, which then opened with 'et.al.', and a line of one name and 'et.al' lost its name."""
    page = ("---\ntitle: Ann Roe\n---\n# Ann Roe\n\n## Selected Publications\n\n"
            "<div class=\"pub\">\n<span>\n<strong>Roe, A. B.</strong>, Pike, O., Ode, T. S. et.al</span>.\n"
            "  <a href=\"https://example.org/w1\">\n    Winds over the open plains</a>.\n"
            "  In <em>Plains Review</em>,  2019.\n</div>\n\n"
            "<div class=\"pub\">\n<span>\nMoss-Hart C.D. et.al</span>.\n"
            "  <a href=\"https://example.org/w2\">\n    The river is a model for the sea</a>.\n"
            "  In <em>River Letters</em>,  2022.\n</div>\n")
    p = _md(page)
    assert [x.title for x in p.publications] == ["Winds over the open plains", "The river is a model for the sea"]
    assert [a.name for a in p.publications[0].authors] == ["A. B. Roe", "O. Pike", "T. S. Ode"]
    assert [a.name for a in p.publications[1].authors] == ["Moss-Hart C.D"]
    assert all(x.authors_truncated for x in p.publications)


def test_a_topic_with_its_works_short_names_is_no_entry():
    """'- **Ice Forecasting**: LakeNet (ICML, 2024), IceGPT (AAAI, 2024)' over the full list: a summary naming works
    by their short names under a topic; it was read as a work titled by the topic, its venue 'LakeNet (ICML'."""
    page = ("---\ntitle: Ida Berg\n---\n# Ida Berg\n\n# Representative Publications\n## Lake Models\n"
            "- **Ice Forecasting**: LakeNet (ICML, 2024), IceGPT (AAAI 2024)\n"
            "- **Joint understanding and generation**: Seamless Lake (Technical Report, 2025), AudioLake (AAAI, 2024)\n"
            "- **Self-Supervised Learning**: Ice-MAE (ACL, 2023)\n\n# Full Publication List\n"
            "- [LakeNet: Forecasting Ice on Lakes.]() **Ida Berg**, Tom Vik. **ICML, 2024**\n\n"
            "- [IceGPT: Talking about Ice.]() Tom Vik, **Ida Berg**. **AAAI, 2024**\n")
    p = _md(page)
    assert [x.title for x in p.publications] == ["LakeNet: Forecasting Ice on Lakes", "IceGPT: Talking about Ice"]


def test_a_linked_title_then_its_names_with_no_stop_between():
    """'- [Title of the work]() Tom Vik#, Kari Moe#, **Ida Berg**. **ICML, 2024.**' (the stop the other items
    put in the link left out): the end of the link ends the title; the first name was read into it."""
    page = ("---\ntitle: Ida Berg\n---\n# Ida Berg\n\n# Publications\n"
            "- [LakeNet: Forecasting Ice on Lakes]() Tom Vik, Kari Moe, **Ida Berg**, Bo Lin. **ICML, 2024.**\n\n"
            "- [RiverNet: Banks and Bends](https://example.org/r) Tom Vik, **Ida Berg**. **ACL, 2023**\n\n"
            "- [IceGPT: Talking about Ice.]() Tom Vik, **Ida Berg**. **AAAI, 2024**\n")
    p = _md(page)
    assert [x.title for x in p.publications] == ["LakeNet: Forecasting Ice on Lakes", "RiverNet: Banks and Bends",
                                                 "IceGPT: Talking about Ice"]
    assert [a.name for a in p.publications[0].authors] == ["Tom Vik", "Kari Moe", "Ida Berg", "Bo Lin"]
    assert [a.name for a in p.publications[1].authors] == ["Tom Vik", "Ida Berg"]
    assert p.publications[1].venue == "ACL"


def test_a_linked_title_that_reads_as_names_before_the_owners_author_line():
    """'[LakeGPT: Understanding and Generating Ice, Snow, and Talking Lakes.](url) **Ida Berg**, Tom Vik. **AAAI**':
    the title's commas and 'and' read as a list of names, and the real authors were taken for the title."""
    page = ("---\ntitle: Ida Berg\n---\n# Ida Berg\n\n# Publications\n"
            "- [LakeGPT: Understanding and Generating Ice, Snow, Water, and Talking Lakes.](https://arxiv.org/abs/2304.12995)"
            " **Ida Berg**, Tom Vik, Kari Moe, Bo Lin. **AAAI demo, 2024**\n\n"
            "- [RiverNet: Banks and Bends.]() Tom Vik, **Ida Berg**. **ACL, 2023**\n")
    p = _md(page)
    first = p.publications[0]
    assert first.title == "LakeGPT: Understanding and Generating Ice, Snow, Water, and Talking Lakes"
    assert [a.name for a in first.authors] == ["Ida Berg", "Tom Vik", "Kari Moe", "Bo Lin"]
    assert (first.venue, first.year) == ("AAAI demo", 2024)


def test_a_linked_title_then_names_closed_by_and_before_an_abbreviated_journal():
    """'<a>Title</a>: Ida Berg, Tom Vik and Kari Moe, Phys. Rev. A <b>94</b>, 042512, 2016': the names end at the
    comma after 'and ... Moe', not at the first stop ('Phys.' was read as a name and the venue lost its word)."""
    page = ("---\ntitle: Ida Berg\n---\n# Ida Berg\n\n# Publications\n<ul>\n"
            "<li><a href=\"https://example.org/p1\">Quantum effects of motion in three particle ions</a>:\n"
            "Ida Berg, Tom Vik and Kari Moe, Phys. Rev. A <b>94</b>, 042512, 2016</li>\n"
            "<li><a href=\"https://example.org/p2\">Bound states of the lake ion in a simple theory</a>:\n"
            "Ida Berg, Tom Vik, Bo J.J.Lin and Kari Moe, Adv. Quant. Chem. Phys. <b>77</b>, 201-240, 2020</li>\n</ul>\n")
    p = _md(page)
    assert [(x.title, x.venue, [a.name for a in x.authors]) for x in p.publications] == [
        ("Quantum effects of motion in three particle ions", "Phys. Rev. A", ["Ida Berg", "Tom Vik", "Kari Moe"]),
        ("Bound states of the lake ion in a simple theory", "Adv. Quant. Chem. Phys. 77",
         ["Ida Berg", "Tom Vik", "Bo J.J.Lin", "Kari Moe"])]


def test_a_linked_title_then_its_names_is_read_by_one_reader_with_or_without_the_stop():
    """_linked_title_then_names is the one reader of '[Title](url) Names. Venue': the link's whole text however its
    words are styled, the names after it (the stop inside the link or left out), none when the link is a label's or
    no link opens the line."""
    from kg.importers.page import citation
    from kg.importers.page.context import Ctx
    from kg.importers.page.runs import Run, Seg

    link, label = object(), object()
    ctx = Ctx(owner_names=["Ann Lee"])
    for title in ("Tide Maps of Bays", "Tide Maps of Bays."):
        seg = Seg([Run("Tide ", None, None, anchor=link), Run(title[5:], None, None, bold=True, anchor=link),
                   Run(" Ann Lee, Bo Roe. Coastal Letters, 2024", None, None)])
        text = f"{title} Ann Lee, Bo Roe. Coastal Letters, 2024"
        assert citation._linked_title_then_names(seg, text, set(), ctx) == (title, "Ann Lee, Bo Roe",
                                                                             "Coastal Letters, 2024")
        assert citation._linked_title_then_names(seg, text, {link}, ctx) is None
    assert citation._linked_title_then_names(Seg([Run("[PDF]", None, None, anchor=label)]), "[PDF]", {label}, ctx) is None
    assert citation._linked_title_then_names(Seg([Run("Plain text", None, None)]), "Plain text", set(), ctx) is None


def test_a_one_line_citation_is_read_for_its_linked_title_once(monkeypatch):
    # split_one_liner reads "[Title](url) Names. Venue" once and hands the reading to the splitter that writes the
    # stop the link's end stands for: before, each read it again from the same text
    from kg.importers.page import citation
    from kg.importers.page.context import Ctx
    from kg.importers.page.runs import Run, Seg

    link = object()
    calls = []
    real = citation._linked_title_then_names
    monkeypatch.setattr(citation, "_linked_title_then_names", lambda *a: calls.append(a[1]) or real(*a))
    seg = Seg([Run("Tide Maps of Bays", None, None, anchor=link), Run(" Ann Lee, Bo Roe. Coastal Letters, 2024", None, None)])
    got = citation.split_one_liner(seg, "Tide Maps of Bays Ann Lee, Bo Roe. Coastal Letters, 2024", set(),
                                   Ctx(owner_names=["Ann Lee"]))
    assert got[0] == "Tide Maps of Bays" and got[1] == "Ann Lee, Bo Roe"
    assert len(calls) == 1


def test_a_date_alone_and_a_meetings_days_read_one_day_and_month_pattern():
    # entry's date cell ("15 November 2024") and a meeting's days under a work ("8-11 June, 2025 | Lisbon") are one
    # way of writing a day and month: one pattern, so a date cell may give a meeting's days too
    from kg.importers.page import entry

    assert entry._DAYS_MONTH in entry._DATE_ONLY.pattern and entry._DAYS_MONTH in entry._EVENT_DATE.pattern
    for text, month in (("15 November 2024", "Nov"), ("Nov. 3, 2024", "Nov"), ("November 2024", "Nov"),
                        ("2022", None), ("8-11 June 2025", "Jun")):
        m = entry._DATE_ONLY.fullmatch(text)
        assert m is not None and entry._month_of(m) == month, text
    event = entry._EVENT_DATE.fullmatch("June 8-11, 2025 | Lisbon, Portugal")
    assert (entry._month_of(event), event.group("y"), event.group("place")) == ("Jun", "2025", "Lisbon, Portugal")
    assert entry._EVENT_DATE.fullmatch("June 2025") is None  # (a month alone: no meeting's days)


def test_every_reader_of_a_coauthor_aside_takes_the_same_opening_words():
    """"(with A)", "(jointly with A)", "(joint work with A)": one pattern (context.WITH_LEAD) for the title's tail,
    a venue or note of its own, an entry's closing bracket; the title's tail did not take "joint work with"."""
    from kg.importers.page.entry import _LEAD_WITH, _TRAIL_WITH
    from kg.importers.page.marks import WITH_VENUE, with_phrase
    from kg.model import Publication

    for lead in ("with", "jointly with", "joint work with", "together with", "co-authored with", "coauthored with",
                 "co-written with"):
        names, where, _m, _note = with_phrase(Publication(title=f"Wages and Towns ({lead} Ana Ruiz and Tomas Berg)"))
        assert (names, where) == ("Ana Ruiz and Tomas Berg", "title")
        assert WITH_VENUE.match(f"{lead.capitalize()} Ana Ruiz").group("n") == "Ana Ruiz"
        # the coauthors opening an entry, closing it: the same words
        assert _LEAD_WITH.match(f"({lead} Ana Ruiz) Wages and Towns, J. Lab. 3").group("rest") == "Wages and Towns, J. Lab. 3"
        assert _TRAIL_WITH.match(f"Wages and Towns, J. Lab. 3 ({lead} Ana Ruiz).").group("w") == f"{lead} Ana Ruiz"


def test_a_papers_closing_aside_co_authored_with_names_its_coauthors_after_the_owner():
    # "(Co-authored with A.)" closing a citation, as an economist's list writes its refereed papers: before, only
    # "with", "jointly with", "together with" ... opened a coauthors' aside and the paper had the owner alone
    page = ("# Ada Lind\n\n## Publications\n\n"
            '1. "Counting gulls on harbour piers," *Journal of Harbour Birds*, 12(3), 2019, 45-67. '
            "(Co-authored with Bo Moss.)\n"
            '2. "Tides and terns," *Coastal Ecology Letters*, 4, 2020, 1-20. (Coauthored with Cy Hale and Di Park.)\n')
    pubs = parse_markdown_page(SourceDoc(Path("papers.md"), page), ImportOptions(owner="Ada Lind")).publications
    assert [([a.name for a in p.authors], p.venue, p.year) for p in pubs] == [
        (["Ada Lind", "Bo Moss"], "Journal of Harbour Birds", 2019),
        (["Ada Lind", "Cy Hale", "Di Park"], "Coastal Ecology Letters", 2020)]


def test_a_coauthors_aside_in_another_language_is_read_as_with_is():
    """"(com A e B)", "(con A y B)", "(mit A und B)" after a title: the same coauthors' aside as "(with A and B)" (the
    trailing form knew only "with"/"avec", the leading form also "con"/"mit"/"com": one vocabulary, its "and" too);
    "MIT Press" opens no aside."""
    from kg.importers.page.context import english_with

    page = ("# Lia Prado\n\n## Publicações\n\n"
            "[Preços regionais e comércio interno](https://example.org/a.pdf) (com Rui Bastos e Tiago Mendes) "
            "Boletim Econômico, maio de 2024.\n\n"
            "[Salarios y ciudades del norte](https://example.org/b.pdf) (con Ana Ruiz y Pablo Ortega)\n\n"
            "[Löhne und Städte im Wandel](https://example.org/c.pdf). Arbeitspapier (mit Jonas Brandt).\n")
    pubs = _md(page).publications
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Lia Prado", "Rui Bastos", "Tiago Mendes"], ["Lia Prado", "Ana Ruiz", "Pablo Ortega"],
        ["Lia Prado", "Jonas Brandt"]]
    assert pubs[0].venue.startswith("Boletim Econômico") and pubs[0].year == 2024
    assert not any("com " in (p.venue or "") or "con " in (p.venue or "") for p in pubs)
    assert english_with("em coautoria com Rui Bastos e Tiago Mendes") == "with Rui Bastos and Tiago Mendes"
    assert english_with("MIT Press and Tiago Mendes") == "MIT Press and Tiago Mendes"


@pytest.mark.parametrize("entry, coauthors", [
    ("[Salarios y ciudades del norte](https://example.org/b.pdf) (con José Ortega y Gasset). Revista, 2021.",
     ["José Ortega y Gasset"]),
    ("[Statistik für Ökonomen](https://example.org/a.pdf) (mit Übungen und Lösungen). Lehrbuch, 2020.", []),
    ("[Einführung in die Physik](https://example.org/c.pdf) (mit Aufgaben). Skript, 2019.", []),
    ("[Estatística básica](https://example.org/d.pdf) (com Exercícios e Soluções). Apostila, 2017.", []),
])
def test_a_foreign_asides_capitalised_nouns_and_compound_family_names_are_no_two_names(entry, coauthors):
    """review76b #3, #4: in another language's aside "y"/"e" join names only before a name of two words or more
    ("José Ortega y Gasset" is one name), and a one-word "name" there is a capitalised noun ("(mit Aufgaben)",
    "(mit Übungen und Lösungen)"): no coauthor. Before: authors "José Ortega" + "Gasset", "Übungen" + "Lösungen",
    "Aufgaben"."""
    (pub,) = _md(f"# Lia Prado\n\n## Publikationen\n\n{entry}\n").publications
    assert [a.name for a in pub.authors] == ["Lia Prado", *coauthors]


@pytest.mark.parametrize("entry, coauthors", [
    ("[Sommes de carrés](https://example.org/a.pdf) (avec Lind et Moss). C. R. Math., 2012.", ["Lind", "Moss"]),
    ("[Somas de quadrados](https://example.org/b.pdf) (com Lind). Mat. Contemp., 2013.", ["Lind"]),
    ("[Gitter und Thetareihen](https://example.org/c.pdf) (mit A. Lind und B. Moss). Math. Z., 2010.",
     ["A. Lind", "B. Moss"]),
])
def test_a_family_name_alone_is_a_coauthor_after_a_lower_case_romance_with(entry, coauthors):
    """review76e #1: the one-word refusal is for German "mit" and a capitalised "Con"/"Com" (their nouns are
    capitalised); after lower-case avec/con/com a family name alone is a name. Before: only the owner, the aside a
    note."""
    (pub,) = _md(f"# Ann Roe\n\n## Publications\n\n{entry}\n").publications
    assert [a.name for a in pub.authors] == ["Ann Roe", *coauthors]


def test_another_languages_with_keeps_its_case_rule_in_one_table():
    """review76b #7: "MIT" before an aside's "com" no longer hides it (the first hit that keeps the case rule), and
    "e" before a one-word family name joins no two names."""
    from kg.importers.page.context import english_names

    assert english_names("Bruno Leal e Silva", "(com Bruno Leal e Silva)") == "Bruno Leal e Silva"
    assert english_names("A. Leal e B. Rosa", "MIT Sloan note (com A. Leal e B. Rosa)") == "A. Leal and B. Rosa"


def test_a_quoted_titles_aside_in_another_language_leaves_the_venue():
    """review76b #8: after a quoted title, the venue's "(mit A und B)" is the same coauthors' aside as "(with A and
    B)" (the quoted-title branch collected only "(with ...)"). Before: venue "Arbeitspapier (mit Jonas Brandt und
    Eva Roth)", no coauthors."""
    pubs = _md("# Lia Prado\n\n## Publications\n\n"
               "\"Löhne und Städte,\" Arbeitspapier (mit Jonas Brandt und Eva Roth), 2022.\n").publications
    assert [(p.title, p.venue, [a.name for a in p.authors]) for p in pubs] == [
        ("Löhne und Städte", "Arbeitspapier", ["Lia Prado", "Jonas Brandt", "Eva Roth"])]


@pytest.mark.parametrize("entry, venue", [
    ('"Statistik für Ökonomen," Lehrbuch (mit Übungen und Lösungen), 2020.', "Lehrbuch"),
    ('"Einführung in die Physik," Skript (mit Aufgaben), 2019.', "Skript"),
    ('"Estatística básica para engenheiros," Apostila (Com Exercícios Resolvidos), 2017.', "Apostila"),
])
def test_a_quoted_titles_aside_of_capitalised_nouns_names_no_coauthor(entry, venue):
    """review76e #2: the quoted-title branch keeps the aside in its own language, so with_coauthors' refusal of
    another language's capitalised nouns reads it. Before: coauthors "Übungen" + "Lösungen", "Aufgaben",
    "Exercícios Resolvidos"."""
    (pub,) = _md(f"# Lia Prado\n\n## Publications\n\n{entry}\n").publications
    assert ([a.name for a in pub.authors], pub.venue) == (["Lia Prado"], venue)


def test_an_open_review_journals_version_tag_after_the_title_is_a_note():
    """"Title [v2; ref status: indexed, <link>]. *F1000Research*": the version cited and how its open review stands,
    set after the title as F1000 cites a work, is a note and no word of the title; so is "[version 2; peer review: 2
    approved]"."""
    page = ("# Eva Lind\n\n## Publications\n\n"
            "Roe KA, **Lind E** (2013). rtaxa: name lookups for species in R [v2; ref status: indexed, "
            "[http://short.example.org/24v](http://short.example.org/24v)]. *Open Research Letters*, 2:191.\n\n"
            "**Lind E**, Roe KA (2014). Scaling of patches in stream algae [version 2; peer review: 2 approved]. "
            "*Open Research Letters*, 3:14.\n\n"
            "**Lind E**, Roe KA (2015). Species and areas in river benthos. *Freshwater Letters*, 60:1-10.\n")
    pubs = _md(page).publications
    assert [(p.title, p.venue) for p in pubs[:2]] == [
        ("rtaxa: name lookups for species in R", "Open Research Letters"),
        ("Scaling of patches in stream algae", "Open Research Letters")]
    assert pubs[1].notes == ["version 2; peer review: 2 approved"]
    assert pubs[0].notes == ["v2; ref status: indexed, http://short.example.org/24v"] and not pubs[2].notes


def test_an_open_review_journals_referees_tag_is_a_note():
    """review76b #5: F1000's 2015-2019 form "[version 1; referees: 2 approved]" is the same version tag as "[v2; ref
    status: ...]". Before: it stayed in the title."""
    pubs = _md("# Eva Lind\n\n## Publications\n\n"
               "Roe KA, **Lind E** (2014). Scaling of patches [version 1; referees: 2 approved]. "
               "*Open Research Letters*, 3:14.\n").publications
    assert [(p.title, p.venue, p.notes) for p in pubs] == [
        ("Scaling of patches", "Open Research Letters", ["version 1; referees: 2 approved"])]


def test_a_titles_closing_coauthors_bracket_is_read_by_one_pattern():
    """"Title (with A. Lee)": one pattern (marks.WITH_TAIL) for the coauthors closing a title, asked by the phrase
    reader (with_phrase), the entry's "a titled paper" test and the builder's "cited without authors" test, which
    each had their own. Names open with a capital ("(with an application to X)" is the title's own bracket, so the
    venue's "with A" phrase is read instead), a name may hold its own bracket, and the bracket closes the title."""
    from kg.importers.page.builder import _cited_without_authors
    from kg.importers.page.entry import _titled_with_coauthors
    from kg.importers.page.marks import WITH_TAIL, with_phrase
    from kg.model import Publication

    title = "Wages and Towns (with Ana Ruiz (LSE) and Tomas Berg)."
    assert WITH_TAIL.search(title).group("p") == "Ana Ruiz (LSE) and Tomas Berg"
    assert _titled_with_coauthors(title) and _cited_without_authors(Publication(title=title))
    assert with_phrase(Publication(title=title))[:2] == ("Ana Ruiz (LSE) and Tomas Berg", "title")
    own = Publication(title="Flows (with an application to rivers)", venue="with Ana Ruiz")
    assert with_phrase(own)[:2] == ("Ana Ruiz", "venue")
    assert not _titled_with_coauthors(own.title) and not _cited_without_authors(own)
    assert not _cited_without_authors(Publication(title="Wages (with Ana Ruiz) and Towns Again"))


_TITLED_CARDS = """# Ada Quill

## Papers
<hr>
<div class="wrap">
<div class="tile work compact">
  <div class="body">
    <div class="heading paper-title">Tidal Mixing in Narrow Fjords</div>
    <div class="blurb">We measure how much the tide stirs a fjord. <br> <i>Forthcoming at the Journal of Fjords</i></div>
    <div class="meta"><span class="who">Ada Quill,</span> <span class="who"><a href="https://x.org/r">Rolf Tamm</a></span></div>
  </div>
  <div class="thumb"><img src="/img/f.png" alt="fjord"></div>
</div>
<div class="tile work compact">
  <div class="body">
    <div class="heading paper-title">Ice Shelves and Warm Currents</div>
    <div class="blurb">Warm water melts shelves from below. <br> <i>Polar Oceans, Vol. 12, May 2023</i></div>
    <div class="meta"><span class="who">Ada Quill,</span> <span class="who">Mira Okafor</span></div>
  </div>
</div>
</div>

## Drafts
<hr>
<div class="wrap">
<div class="tile work compact">
  <div class="body">
    <div class="heading paper-title">Sea Spray over Open Leads</div>
    <div class="blurb">Spray from cracks in the pack ice. <br> <i>Working paper, 2024</i></div>
    <div class="meta"><span class="who">Ada Quill</span></div>
  </div>
</div>
<div class="tile work wide">
  <div class="body">
    <div class="heading paper-title">Brine Channels in First-Year Ice</div>
    <div class="blurb">How brine drains from young ice. <br> <i>Preprint, 2022</i></div>
    <div class="meta"><span class="who">Ada Quill,</span> <span class="who">Mira Okafor</span></div>
  </div>
</div>
</div>
"""


def test_repeated_cards_each_holding_a_titled_child_are_one_work_each():
    # theme cards copied by hand into a markdown page ('<div class="media stream-item">' and the like), each with
    # a child its class calls the title: one work a card, whatever the card's own class (two spellings here),
    # nothing flowing from one card into the next (before: one work, the rest of the cards left unparsed)
    works = {p.title: p for p in _md(_TITLED_CARDS).publications}
    assert set(works) == {"Tidal Mixing in Narrow Fjords", "Ice Shelves and Warm Currents",
                          "Sea Spray over Open Leads", "Brine Channels in First-Year Ice"}
    assert works["Tidal Mixing in Narrow Fjords"].year is None
    assert [a.name for a in works["Tidal Mixing in Narrow Fjords"].authors] == ["Ada Quill", "Rolf Tamm"]
    assert (works["Ice Shelves and Warm Currents"].venue, works["Ice Shelves and Warm Currents"].year) == \
        ("Polar Oceans", 2023)
    assert works["Brine Channels in First-Year Ice"].year == 2022


def test_a_titled_box_holding_two_dated_works_or_a_heading_is_no_card():
    # review r78c/1: '<div class="card"><h5 class="card-title">Ocean mixing</h5><p>paper</p><p>paper</p></div>', a
    # topic's title over its papers, is a group of works, no one work (then: the topic read as a work's title, the
    # first paper as its venue, the second lost); a page's box holding a section's heading and one featured card is
    # no card either (then: its heading no section, its prose a work)
    page = """<html><body><h1>Ada Quill</h1>
<h2>Publications</h2>
<div class="card"><h5 class="card-title">Ocean mixing</h5>
<p>Ada Quill, Rolf Tamm. Tidal Mixing in Narrow Fjords. Journal of Fjords, 2021.</p>
<p>Ada Quill, Lena Berg. Internal Waves over Sills. Ocean Dynamics, 2019.</p></div>
<div class="card"><h5 class="card-title">Sea ice</h5>
<p>Ada Quill, Mira Okafor. Ice Shelves and Warm Currents. Polar Oceans, 2023.</p>
<p>Ada Quill. Brine Channels in First-Year Ice. Journal of Glaciology, 2022.</p></div>
</body></html>"""
    assert [p.title for p in _html(page).publications] == [
        "Tidal Mixing in Narrow Fjords", "Internal Waves over Sills", "Ice Shelves and Warm Currents",
        "Brine Channels in First-Year Ice"]
    page = """<html><body><h1>Ada Quill</h1>
<h2>Publications</h2>
<ul><li>Ada Quill, Rolf Tamm. Tidal Mixing in Narrow Fjords. Journal of Fjords, 2021.</li></ul>
<div class="block"><h2>The FjordMix Campaign</h2>
<p>We measured mixing in three Norwegian fjords with moorings and gliders.</p>
<div class="card"><div class="card-title">Featured: Tidal Mixing in Narrow Fjords</div><p>Journal of Fjords, 2021</p></div>
</div>
<div class="block"><h2>The IceWarm Model</h2>
<p>A coupled model of warm currents and ice shelves, written in Julia.</p>
<div class="card"><div class="card-title">Featured: Ice Shelves and Warm Currents</div><p>Polar Oceans, 2023</p></div>
</div>
</body></html>"""
    doc = _html(page)
    assert [p.title for p in doc.publications] == ["Tidal Mixing in Narrow Fjords"]
    assert {u.section for u in doc.unparsed} == {"The FjordMix Campaign", "The IceWarm Model"}
    # (a card's dated venue line and its dated abstract, apart, are one work's: the card stays one)
    card = """<div class="media stream-item"><div class="media-body"><div class="article-title">{}</div>
<div class="article-style">How the tide stirs a fjord. <br> <i>Journal of Fjords, Vol. 3, May {}</i></div>
<div class="article-metadata"><div><span class="author">Ada Quill,</span> <span class="author">Rolf Tamm</span></div></div>
<div class="btn-links"><a class="btn" href="/p.pdf">Paper</a>
<p class="hidden"><strong>Abstract: </strong>{}</p></div></div>
<div class="ml-3"><img src="/f.png" alt="fjord"></div></div>"""
    page = "# Ada Quill\n\n## Publications\n<hr>\n<div class=\"wrap\">\n{}\n{}\n</div>\n".format(
        card.format("Tidal Mixing in Narrow Fjords", 2021, "We measured the fjords."),
        card.format("Internal Waves over Sills", 2019, "Since 2010 we measured the sills."))
    assert [(p.title, p.year) for p in _md(page).publications] == [
        ("Tidal Mixing in Narrow Fjords", 2021), ("Internal Waves over Sills", 2019)]


def test_a_section_heading_written_inside_a_list_item_heads_the_nested_bullets():
    # a GitHub profile README: "- ## 📚 **Research Papers**:" with the papers as bullets nested under it; the
    # heading is the section's (markdown-it gives a heading inside the item), its bullets are that section's items,
    # and what kg does not read of them is reported at its line, under that section
    page = ("## Hi, I'm Nadia Orr\n\n### Highlights:\n\n"
            "- ## 🔍 **Research Interests**:\n  - Tide pools of the north.\n  - Sea glass chemistry.\n\n"
            "- ## 📚 **Research Papers**:\n"
            "  - [Counting Pebbles on Windy Beaches With Small Robots](https://doi.org/10.1000/xyz1)\n\n"
            "  - [A Second Look at Sea Foam Along the Rocky Shore](https://doi.org/10.1000/xyz2)\n\n---\n\n"
            "### 🧠 Research Projects:\n\n1. **Beach robot**\n")
    p = _md(page, "README.md")
    assert [(x.title, x.line, x.doi) for x in p.publications] == [
        ("Counting Pebbles on Windy Beaches With Small Robots", 10, "10.1000/xyz1"),
        ("A Second Look at Sea Foam Along the Rocky Shore", 12, "10.1000/xyz2")]
    assert all([a.name for a in x.authors] == ["Nadia Orr"] for x in p.publications)  # (the owner implied)
    assert not [u for u in p.unparsed if u.line in (5, 9, 10, 12)]
    assert "Research Papers" not in " ".join(p.person.interests)  # (no longer read as an interest)


def test_a_paper_title_heading_holding_a_section_word_over_its_details_list_stays_one_entry():
    # "<li><h3>A survey of publications on graph learning</h3><ul><li>authors</li><li>venue</li></ul></li>": a paper
    # titled by a heading of its own, its details a nested list; the title holds a section's word ("publications",
    # "software") but is no section's name, so the item stays one entry (it was read as a section heading, and the
    # papers under it were lost)
    items = [("A survey of publications on graph learning", "Ana Quell, Bo Trent", "Journal of Graph Tricks, 2019"),
             ("Software for reproducible graph research", "Ana Quell, Cy Dorn", "Proc. of Graph Systems Workshop, 2020"),
             ("Counting triangles in sparse streams", "Dee Ray, Ana Quell", "Stream Letters, 2021")]
    page = ("<html><body><h1>Ana Quell</h1><p>I study graphs.</p><h2>Publications</h2><ul>"
            + "".join(f"<li><h3>{t}</h3><ul><li>{a}</li><li>{v}</li></ul></li>\n" for t, a, v in items)
            + "</ul></body></html>")
    p = _html(page)
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("A survey of publications on graph learning", "Journal of Graph Tricks", 2019),
        ("Software for reproducible graph research", "Proc. of Graph Systems Workshop", 2020),
        ("Counting triangles in sparse streams", "Stream Letters", 2021)]
    assert not p.unparsed


def test_two_titles_each_linked_to_its_doi_under_a_papers_heading_are_works_and_other_links_are_not():
    # "- [Title](https://doi.org/...)": the paper's own address says the item is one, however few; a list of
    # two linked titles to other pages, or a caption that ends "From: [Journal 9, 12](doi)", is no such list
    page = ("# Nadia Orr\n\n## Papers\n\n- [Counting Pebbles on Windy Beaches](https://doi.org/10.1000/xyz1)\n"
            "- [Sea Foam Along the Rocky Shore](https://arxiv.org/abs/2501.01234)\n\n## Projects\n\n"
            "- [A robot that counts pebbles](https://example.org/robot)\n")
    p = _md(page)
    assert [(x.title, x.doi, x.arxiv) for x in p.publications] == [
        ("Counting Pebbles on Windy Beaches", "10.1000/xyz1", None),
        ("Sea Foam Along the Rocky Shore", None, "2501.01234")]
    other = ("# Nadia Orr\n\n## Papers\n\n- [Counting Pebbles on Windy Beaches](https://example.org/p1)\n"
             "- [Sea Foam Along the Rocky Shore](https://example.org/p2)\n")
    p = _md(other)
    assert p.publications == [] and [u.line for u in p.unparsed] == [5, 6]


def test_a_heading_inside_a_list_item_over_its_details_is_still_one_entry():
    # "<li><h3>Title</h3><p>names, venue</p></li>": a paper titled by a heading of its own (no list under it)
    page = ("# Nadia Orr\n\n## Publications\n\n<ul>\n<li><h3>Counting pebbles on windy beaches</h3>\n"
            "<p>Nadia Orr, Leo Prat. <i>Journal of Shores</i>, 2021.</p></li>\n</ul>\n")
    p = _md(page)
    assert [x.title for x in p.publications] == ["Counting pebbles on windy beaches"]
    assert p.publications[0].year == 2021


def test_a_title_and_venue_over_its_authors_on_a_sub_bullet_keeps_the_authors():
    """'- [Title](url) In Proceedings of ICML 2024' over '  - Ada Roe, Bo Chen, Carl Dunn' and a note: the words
    beside the title's link are a venue, no byline (capitalised as names are), so the sub-items are the entry's
    parts and its authors are read, not left unparsed as notes on a whole citation (before: authors lost)."""
    page = ("# Ada Roe\n\n## Publications\n\n"
            "- [Learning to Count Fish in Murky Water](https://example.org/fish.pdf) In Proceedings of ICML 2024\n"
            "  - Ada Roe, Bo Chen, Carl Dunn\n  - Oral presentation, top five percent\n"
            "- [Sparse Maps of Coral Reef Growth](https://example.org/coral.pdf) Nature Methods 2023\n"
            "  - Ada Roe and Dana Fry\n  - Code and data released openly online\n")
    pub = _md(page).publications[0]
    assert (pub.title, pub.year) == ("Learning to Count Fish in Murky Water", 2024)
    assert [a.name for a in pub.authors] == ["Ada Roe", "Bo Chen", "Carl Dunn"]


def test_a_venue_first_citation_over_its_notes_is_the_entry():
    """'- `CVPR 2016` [Title](url), Ann Lee, **Bo Chen**' over '  - We propose ...': the byline comes after the
    title's link but behind no venue: the citation is the entry, its note left unparsed (before: the byline was
    read into the title)."""
    page = ("# Bo Chen\n\n## Publications\n\n"
            "- `CVPR 2016` [Deep Residual Nets for Image Recognition](https://example.org/a.pdf), Ann Lee, **Bo Chen**\n"
            "  - We propose residual nets that train very deep models.\n"
            "- [Sparse Maps of Coral Reef Growth](https://example.org/c.pdf), Dana Fry, **Bo Chen**, Nature Methods 2023\n"
            "  - A first look at coral growth from sparse maps\n")
    p = _md(page)
    assert [(x.title, x.year) for x in p.publications] == [
        ("Deep Residual Nets for Image Recognition", 2016), ("Sparse Maps of Coral Reef Growth", 2023)]
    assert [a.name for a in p.publications[0].authors] == ["Ann Lee", "Bo Chen"]
    assert any("We propose residual nets" in u.text for u in p.unparsed)


def test_entries_over_several_table_rows_between_rules_are_one_work_each():
    # an old hand-written page: each paper is an author row, a title row behind an arrow and a venue row with its
    # links, the papers parted by a row holding a rule
    rows = []
    for names, title, venue in (("Ilse Varga, Tomas Brecht.", "Lattices of Folded Ribbons", "In <em>Journal of Knots</em> <strong>12</strong>(3), 44-60. 2023."),
                                ("Tomas Brecht", "Counting Paths in Small Meadows", "In <em>Annals of Small Sets</em> 7, article 9. 2021."),
                                ("Tomas Brecht, Oda Lind", "A Poset of Tidal Words", "arXiv:2101.00001, 2020.")):
        rows.append(f'<tr><td width="10" bgcolor="#eee"><div></div></td><td colspan="2">{names}</td></tr>'
                    f'<tr><td colspan="3">&#9654;<em>{title}</em>.</td></tr>'
                    f'<tr><td colspan="2">{venue}</td><td align="right"><a href="https://example.org/{len(rows)}">journal</a></td></tr>'
                    '<tr><td colspan="3"><hr/></td></tr>')
    page = _html("<html><body><h1>Tomas Brecht</h1><h2>Publications</h2><table>" + "".join(rows) + "</table></body></html>")
    pubs = page.publications
    assert [p.title for p in pubs] == ["Lattices of Folded Ribbons", "Counting Paths in Small Meadows",
                                       "A Poset of Tidal Words"]
    assert [a.name for a in pubs[0].authors] == ["Ilse Varga", "Tomas Brecht"]
    assert pubs[0].venue.startswith("Journal of Knots") and pubs[0].year == 2023
    assert [a.name for a in pubs[2].authors] == ["Tomas Brecht", "Oda Lind"] and pubs[2].year == 2020


def test_rows_between_rules_that_are_each_a_whole_citation_stay_one_work_each():
    # blank spacer rows between groups of one-row citations (each row dated): no row joins the next
    rows = ('<tr><td>Lee, A. (2021). Tide pools of the north. <em>Coastal Letters</em>.</td></tr>'
            '<tr><td>Lee, A. (2020). Sand ripples at dawn. <em>Dune Studies</em>.</td></tr>'
            '<tr><td></td></tr>'
            '<tr><td>Lee, A., Roe, B. (2019). Kelp and the moon. <em>Marine Notes</em>.</td></tr>'
            '<tr><td>Lee, A. (2018). Foam lines. <em>Coastal Letters</em>.</td></tr>'
            '<tr><td></td></tr>')
    page = _html("<html><body><h1>Ana Lee</h1><h2>Publications</h2><table>" + rows + "</table></body></html>")
    assert [p.title for p in page.publications] == ["Tide pools of the north", "Sand ripples at dawn",
                                                    "Kelp and the moon", "Foam lines"]


def test_a_card_titled_by_its_h2_under_a_german_kind_label():
    # '<article class="publication"><p class="pub-type">Aufsatz</p><h2>Title</h2><p>byline</p>': the kind label over
    # the title is no title, the card's heading is; "Aufsätze" heads the list; "Family, Given / Family, Given"
    cards = ('<article class="publication"><p class="pub-type">Aufsatz</p><h2>Wie Wolken über Hügel ziehen</h2>'
             '<p>Beispiel, Gertrud (2024). In: <em>Zeitschrift für Wetterkunde</em> 3(2).</p></article>'
             '<article class="publication"><p class="pub-type">Buchbeitrag</p><h2>Regen und Zeit im Alpenraum</h2>'
             '<p>Muster, Hans / Beispiel, Gertrud (2023). In: <em>Alpine Studien</em> 7.</p></article>')
    page = _html("<html><body><h1>Gertrud Beispiel</h1><h1>Aufsätze und Beiträge</h1><section>" + cards
                 + "</section></body></html>")
    pubs = page.publications
    assert [p.title for p in pubs] == ["Wie Wolken über Hügel ziehen", "Regen und Zeit im Alpenraum"]
    assert pubs[0].venue.startswith("Zeitschrift für Wetterkunde") and pubs[0].year == 2024
    assert [a.name for a in pubs[1].authors] == ["Hans Muster", "Gertrud Beispiel"] and pubs[1].year == 2023


def test_a_bar_of_tabs_heads_each_pane_with_its_label():
    # '<ul class="pub-tabs"><li class="tab-item" data-tab="articles">...' over one pane per tab: the bar is a control
    # (no heading of the page), each tab's label heads its pane, so the papers sit under "Articles" and the
    # programs under "Software"
    page = _html(
        '<html><body><h1>Nora Quint</h1><h2>Publications</h2><div class="tabbed">'
        '<ul class="pub-tabs"><li class="tab-item active" data-tab="articles"><div><span>ARTICLES</span></div></li>'
        '<li class="tab-item" data-tab="software"><div><span>SOFTWARE</span></div></li></ul>'
        '<div id="articles" class="tab-content active">'
        '<div class="publication-entry"><h3>Ripples in a shallow basin</h3>'
        '<p><strong>Authors:</strong> Nora Quint, Pablo Ruiz</p><p><strong>Journal:</strong> Wave Letters, 2022</p></div>'
        '<div class="publication-entry"><h3>Tides of a small lake</h3>'
        '<p><strong>Authors:</strong> Nora Quint</p><p><strong>Journal:</strong> Lake Studies, 2021</p></div></div>'
        '<div id="software" class="tab-content"><p><a href="https://example.org/wavekit">wavekit</a>: a toolbox for '
        'ripple tanks.</p></div></div></body></html>')
    assert [p.title for p in page.publications] == ["Ripples in a shallow basin", "Tides of a small lake"]
    assert [a.name for a in page.publications[0].authors] == ["Nora Quint", "Pablo Ruiz"]


def test_a_tab_pane_of_a_groups_members_is_none_of_the_owners_text():
    # a group's page ('<li class="tab-item" data-tab="profesores">PROFESORES</li>' over panes of member cards, each a
    # name, its post and its workplace): the first pane's card is a member's, not the page owner's job nor workplace
    bar = "".join(f'<li class="tab-item" data-tab="{t.lower()}"><div><span>{t}</span></div></li>'
                  for t in ("PROFESORES", "COLABORADORES", "ESTUDIANTES"))
    card = ('<div class="profile">\n<h1 class="name">{name}</h1>\n<div class="position">\n{post}<br>\nMiembro de la '
            'Red de Ondas\n</div>\n<div class="affiliation">\nDepartamento de Física<br>\n{place}\n</div>\n</div>\n')
    panes = "".join(f'<div id="{t}" class="tab-content">{card.format(name=n, post=p, place=w)}</div>' for t, n, p, w in (
        ("profesores", "LUCÍA ORTEGA PAZ", 'Profesora Investigadora Titular "B"', "Universidad del Valle Alto"),
        ("colaboradores", "MARCOS VIDAL RÍO", "Investigador Asociado", "Instituto de Mareas"),
        ("estudiantes", "ANA SOTO LUZ", "Estudiante de doctorado", "Universidad del Valle Alto")))
    text = f'<html><body><h1>Participantes</h1><ul class="member-tabs">{bar}</ul>{panes}</body></html>'
    page = parse_html(SourceDoc(Path("participantes.html"), text), ImportOptions(owner="Grupo de Ondas Lentas"))
    assert page.person.job_title is None
    assert page.person.affiliations == []
    assert any("Profesora Investigadora Titular" in u.text for u in page.unparsed)


def test_a_tab_pane_of_the_owners_cv_stays_the_owners_text():
    # a Quarto panel-tabset "Ausbildung | Berufserfahrung" under the owner's name: the posts are the owner's
    page = _html(
        '<html><body><h1>Jonas Weber</h1><div class="panel-tabset"><ul class="nav nav-tabs" role="tablist">'
        '<li class="nav-item"><a class="nav-link" data-bs-toggle="tab" data-bs-target="#t1" role="tab" href="">'
        'Ausbildung</a></li><li class="nav-item"><a class="nav-link" data-bs-toggle="tab" data-bs-target="#t2" '
        'role="tab" href="">Berufserfahrung</a></li></ul><div class="tab-content">'
        '<div id="t1" class="tab-pane"><p><strong>Physik M.Sc.</strong> | 2014-2016 | Universität Lindenau</p></div>'
        '<div id="t2" class="tab-pane"><p><strong>Data Scientist</strong> | Nordlicht Analytik, Kiel | 09/2021-</p>'
        '</div></div></div></body></html>')
    assert page.person.job_title == "Data Scientist"


def test_rows_between_rules_that_open_with_a_whole_undated_citation_stay_one_work_each():
    # ruled groups of one-row citations whose first is undated ("Submitted", "In preparation") and the rest dated:
    # the first row is a citation of its own (sentences: names, title, status), so no group joins into one work
    groups = (("P. Holm, R. Sand. Winds over the salt marsh. Submitted to Coastal Letters.",
               "P. Holm. Grain sorting in slow rivers. Journal of Sediments 4 (2021) 12-30."),
              ("P. Holm. The mud of the tidal flats. In preparation.",
               "P. Holm, T. Ask. Storm surges in narrow bays. Ocean Notes 2 (2018) 40-52."))
    rows = "".join("".join(f"<tr><td>{r}</td></tr>" for r in g) + "<tr><td><hr></td></tr>" for g in groups)
    page = _html("<html><body><h1>Petra Holm</h1><h2>Publications</h2><table>" + rows + "</table></body></html>")
    assert [p.title for p in page.publications] == ["Winds over the salt marsh", "Grain sorting in slow rivers",
                                                    "The mud of the tidal flats", "Storm surges in narrow bays"]
    assert [p.year for p in page.publications] == [None, 2021, None, 2018]
