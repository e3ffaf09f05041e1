"""AcadHomepage's badges and paper lists, as small synthetic sites in our own words: journal names written out
in a badge, star badges without alt text, remarks after the links, and report items without an author line in
a list of papers under a heading kg has no word for."""

from __future__ import annotations

import pytest

from kg.importers import import_path

from .sitefiles import imported_site, write_site

_CONFIG = "title: Site\nauthor:\n  name: Mara Quill\n"


def _pubs(tmp_path, body: str):
    write_site(tmp_path, {"_config.yml": _CONFIG,
                          "_pages/about.md": "---\npermalink: /\ntitle: \"\"\n---\n\n"
                                             "Mara Quill is a PhD student at Riverbend University.\n\n" + body})
    return {p.title: p for p in import_path(tmp_path).profile.publications}


def test_a_paper_box_badge_naming_a_journal_in_full_is_its_venue(tmp_path):
    pubs = _pubs(tmp_path, """# Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">Journal of Slow Rivers and Deltas</div>\
<img src='images/a.png' alt="sym" width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[Sediment Clocks in Braided Channels](https://doi.org/10.1000/abc)

**Mara Quill**, Bo Lint, Cy Dorn

</div>
</div>
""")
    assert pubs["Sediment Clocks in Braided Channels"].venue == "Journal of Slow Rivers and Deltas"


def test_a_code_span_badge_naming_a_journal_and_year_and_one_with_a_dash(tmp_path):
    pubs = _pubs(tmp_path, """# Publications
* `Annals of Quiet Geometry 2023`: [Folding Maps Without Creases](https://doi.org/10.1000/def), **Mara Quill**, Bo Lint
* `GEOCONF-2026` [Tidal Grids for Coastal Meshes](https://arxiv.org/abs/2601.00001), Bo Lint, **Mara Quill**
""")
    first = pubs["Folding Maps Without Creases"]
    assert (first.venue, first.year) == ("Annals of Quiet Geometry", 2023)
    second = pubs["Tidal Grids for Coastal Meshes"]
    assert (second.venue, second.year) == ("GEOCONF", 2026)


def test_a_star_badge_without_alt_text_is_the_code_link_and_a_remark_after_the_links_is_no_author(tmp_path):
    pubs = _pubs(tmp_path, """# Publications
* `QCONF 2023`: [Lattice Songs for Small Birds](https://arxiv.org/abs/2310.00001), **Mara Quill**, Bo Lint, Cy Dorn, \
\\| [![](https://img.shields.io/github/stars/mq/lattice?style=social&label=Code+Stars)](https://github.com/mq/lattice) \
\\| [![Weights](https://img.shields.io/badge/weights-blue)](https://models.example.org/mq/lattice) (**>9k downloads**)
""")
    pub = pubs["Lattice Songs for Small Birds"]
    assert [a.name for a in pub.authors] == ["Mara Quill", "Bo Lint", "Cy Dorn"]
    assert pub.links["code"] == "https://github.com/mq/lattice"


def test_report_items_without_authors_in_a_list_of_papers_under_an_unnamed_heading_are_papers(tmp_path):
    pubs = _pubs(tmp_path, """# Quiet Geometry
* `QCONF 2023`: [Lattice Songs for Small Birds](https://arxiv.org/abs/2310.00001), **Mara Quill**, Bo Lint
* `Technical Report`: [A Field Guide to Folded Maps](https://arxiv.org/abs/2502.00003) \\| [Project](https://maps.example.org/)
* `RCONF 2024`: [Tidal Grids for Coastal Meshes](https://arxiv.org/abs/2402.00002), Bo Lint, **Mara Quill**
* `SCONF 2022`: [Counting Pebbles by Ear in Shallow Streams](https://arxiv.org/abs/2202.00004), **Mara Quill**, Cy Dorn
""")
    assert set(pubs) == {"Lattice Songs for Small Birds", "A Field Guide to Folded Maps",
                         "Tidal Grids for Coastal Meshes", "Counting Pebbles by Ear in Shallow Streams"}
    assert pubs["A Field Guide to Folded Maps"].venue == "Technical Report"


def test_a_markdown_list_inside_an_html_block_read_as_markdown_is_one_paper_an_item(tmp_path):
    # kramdown reads the lines of <div markdown="1"> as markdown: "- ..." lines in a row are a list
    pubs = _pubs(tmp_path, """# Publications

<div markdown="1" style="font-size: 0.95em;">
- `QCONF 2023` [Lattice Songs for Small Birds](https://arxiv.org/abs/2310.00001), Bo Lint, **Mara Quill**, et al.
- `RCONF 2024` [Tidal Grids for Coastal Meshes](https://arxiv.org/abs/2402.00002), Cy Dorn, **Mara Quill**
- `SCONF 2022` [Counting Pebbles by Ear in Shallow Streams](https://arxiv.org/abs/2202.00004), **Mara Quill**
</div>
""")
    assert set(pubs) == {"Lattice Songs for Small Birds", "Tidal Grids for Coastal Meshes",
                         "Counting Pebbles by Ear in Shallow Streams"}
    assert [a.name for a in pubs["Tidal Grids for Coastal Meshes"].authors] == ["Cy Dorn", "Mara Quill"]


def test_a_span_on_a_coloured_background_opening_an_item_is_its_venue_badge(tmp_path):
    # a hand-made badge: a journal whose name reads like two people's ("Safety and Protection") is no author
    pubs = _pubs(tmp_path, """# Publications
- <span style="background-color: #123456; color: white;">Harbour Safety and Coastal Protection</span> \
<a href="https://doi.org/10.1000/ghi">Gauging Tides with Paper Boats</a>, Bo Lint, <strong>Mara Quill</strong>, et al.
- <span style="background-color: #123456; color: white;">QCONF 2023</span> \
<a href="https://doi.org/10.1000/jkl">Folding Maps Without Creases</a>, Cy Dorn, <strong>Mara Quill</strong>
""")
    first = pubs["Gauging Tides with Paper Boats"]
    assert first.venue == "Harbour Safety and Coastal Protection"
    assert [a.name for a in first.authors] == ["Bo Lint", "Mara Quill"]
    second = pubs["Folding Maps Without Creases"]
    assert (second.venue, second.year) == ("QCONF", 2023)


def test_a_paper_boxs_short_linked_title_naming_a_kind_of_link_is_its_title_not_a_label(tmp_path):
    # "[Delta Data](url)" over the names: "Data" made the link a "data" label, and the box's line of description
    # under its links became the title (before: the description's sentence, the paper's own title lost)
    pubs = _pubs(tmp_path, """# Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">ECCV 2024</div>\
<img src='images/a.png' alt="sym" width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[Delta Data](https://example.org/delta)

Bo Lint, Cy Dorn, **Mara Quill**, et al.

[**Code**](https://github.com/example/delta) &nbsp; [**Paper**](https://arxiv.org/pdf/2405.00001)
- A record of how braided channels move sand from season to season, kept small and easy to share.
</div>
</div>
""")
    assert list(pubs) == ["Delta Data"]
    pub = pubs["Delta Data"]
    assert (pub.venue, pub.year) == ("ECCV", 2024)
    assert pub.links["code"] == "https://github.com/example/delta"


def test_topic_badges_and_a_bracketed_note_after_the_venue_badge_are_notes_not_authors(tmp_path):
    pubs = _pubs(tmp_path, """# Publications
* ``MOCK 2025`` ``Tidal Engines`` [Salt Ledgers for Estuary Models](https://arxiv.org/abs/2501.00002), \
Bo Lint, **Mara Quill**, Cy Dorn
* ``RIVCONF 2024`` ``Deep Currents`` <span style="color:red">(Oral)</span> [Reed Beds as Slow Filters]\
(https://arxiv.org/abs/2402.00003), **Mara Quill**\\*, Eda Fenn\\*
""")
    first = pubs["Salt Ledgers for Estuary Models"]
    assert [a.name for a in first.authors] == ["Bo Lint", "Mara Quill", "Cy Dorn"]
    assert (first.venue, first.year, first.notes) == ("MOCK", 2025, ["Tidal Engines"])
    second = pubs["Reed Beds as Slow Filters"]
    assert [a.name for a in second.authors] == ["Mara Quill", "Eda Fenn"]
    assert (second.venue, second.year, second.notes) == ("RIVCONF", 2024, ["Deep Currents", "Oral"])


_BADGE_LIST = """# Bo Lind

## Publications

- ![](https://img.shields.io/badge/MOSS--2025--Findings-darkblue) Lichen Counting with Sparse Moss Models
<br> Ann Roe, **Bo Lind**, Cy Park
<br> [![](https://img.shields.io/badge/Paper-fff?logo=readthedocs)](https://arxiv.org/pdf/2501.01234) \\| [![](https://img.shields.io/badge/Code-fff?logo=github)](https://github.com/annroe/lichens)

- ![](https://img.shields.io/badge/Arxiv--yellow) Fern Growth under Snow
<br> **Bo Lind**, Ann Roe
<br> [![](https://img.shields.io/badge/Paper-fff?logo=readthedocs)](https://example.org/ferns.pdf)
"""


def test_shields_badges_without_alt_text_name_the_venue_and_the_links(tmp_path):
    # the venue is only in the address of a badge opening the item; each link's label only in its badge's address
    page = tmp_path / "about.md"
    page.write_text(_BADGE_LIST)
    pubs = {p.title: p for p in import_path(page, owner="Bo Lind").profile.publications}
    lichens = pubs["Lichen Counting with Sparse Moss Models"]
    assert (lichens.venue, lichens.year) == ("MOSS", 2025) and "Findings" in lichens.notes
    assert set(lichens.links.values()) == {"https://arxiv.org/pdf/2501.01234", "https://github.com/annroe/lichens"}
    ferns = pubs["Fern Growth under Snow"]
    assert (ferns.venue, ferns.year) == ("Arxiv", None)
    assert set(ferns.links.values()) == {"https://example.org/ferns.pdf"}


_README = """# Ann Roe

I am Professor for Moss Languages and Compilers at the University of Lakeside, Germany.

## Publications

### 2024

* **Sparse Moss Trees for Compilers** <br>
  Ann Roe, Bo Lind <br>
  [![MOSSL 2024](https://img.shields.io/badge/MOSSL-2024-blue?style=flat-square)](https://mossl24.example.org)
  [![PDF](https://img.shields.io/badge/PDF-grey?style=flat-square)](https://example.org/roe24.pdf)
"""


def test_a_profile_readme_venue_badge_link_and_a_professor_for_a_field(tmp_path):
    page = tmp_path / "README.md"
    page.write_text(_README)
    profile = import_path(page).profile
    assert profile.person.job_title == "Professor"
    assert [a.name for a in profile.person.affiliations] == ["University of Lakeside"]
    pub = profile.publications[0]
    # the badge link reading as a venue and its year, in an entry that writes no venue, names the venue
    assert (pub.venue, pub.year) == ("MOSSL", 2024)
    assert "https://mossl24.example.org" in pub.links.values()


def test_a_static_badge_whose_label_is_a_parameter_names_the_venue_by_both(tmp_path):
    # issue 7: a badge's text is read by one rule (runs.badge_text); a static badge's label parameter is the label it
    # shows before its message ("2025-blue?label=MOSS" shows "MOSS | 2025"), where the item's badge read the message
    # alone
    page = tmp_path / "about.md"
    page.write_text("""# Bo Lind

## Publications

- ![](https://img.shields.io/badge/2025-darkblue?label=MOSS) Lichen Counting with Sparse Moss Models
<br> Ann Roe, **Bo Lind**, Cy Park
""")
    pub = import_path(page, owner="Bo Lind").profile.publications[0]
    assert (pub.title, pub.venue, pub.year) == ("Lichen Counting with Sparse Moss Models", "MOSS", 2025)


def _paper_box(badge: str, title: str, names: str) -> str:
    return (f"<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">{badge}</div></div></div>\n"
            f"<div class='paper-box-text' markdown=\"1\">\n\n**{title}**\n\n{names}\n\n</div>\n</div>\n\n")


def test_a_class_marking_the_owners_name_opening_the_list_is_no_end_of_the_names(tmp_path):
    """'<span class="author-me">**Mira Soto**</span> \\*, Lena Ortiz \\*, Paul Grey': an element whose class names an
    author opens the line and more names follow it after a comma. Before, the element was taken for the names'
    whole element and the names after it for the venue's words: the paper had the owner alone as author."""
    about = ("---\npermalink: /\n---\n\n# Publications\n\n"
             + _paper_box("ICML 2024", "Counting Birds From Space",
                          '<span class="author-me">**Mira Soto**</span> \\*, Lena Ortiz \\*, Paul Grey')
             + _paper_box("ICLR 2022", "Counting Trees From Space",
                          '<span class="author-me">**Mira Soto**</span>, Lena Ortiz and Paul Grey'))
    p = imported_site(tmp_path, {"_config.yml": "title: Mira Soto\nauthor:\n  name: Mira Soto\n",
                                 "_pages/about.md": about})
    got = sorted((x.title, x.year, x.venue, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Counting Birds From Space", 2024, "ICML", ["Mira Soto", "Lena Ortiz", "Paul Grey"]),
                   ("Counting Trees From Space", 2022, "ICLR", ["Mira Soto", "Lena Ortiz", "Paul Grey"])]
    birds = next(x for x in p.publications if x.year == 2024)
    assert [(a.is_self, a.marks) for a in birds.authors] == [(True, ["equal_contribution"]),
                                                              (False, ["equal_contribution"]), (False, [])]


def _boxes(tmp_path, text: str):
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\n## Publications\n\n" + text, encoding="utf-8")
    return import_path(page).profile.publications


def test_the_title_s_own_link_holds_its_slot_and_plural_labels_name_their_kind(tmp_path):
    # an AcadHomepage paper box: the title links to the paper's DOI, a labelled link below to the preprint's DOI;
    # the title written with markup ("*D*<sub>12</sub>") still links the work
    box = ("<div class='paper-box'><div class='paper-box-text' markdown=\"1\">\n\n{}\n\n{}\n\n{}\n"
           "- What it does.\n</div>\n</div>\n\n")
    pubs = _boxes(tmp_path, box.format(
        "[Bridging sand and water for accurate prediction](https://doi.org/10.1000/paper)", "**Ana Roe**, Bo Lee\\*",
        "[**Preprint at SandRxiv**](https://doi.org/10.2000/preprint) | [**Datasets**](https://data.example.org/d) | "
        "[**Code**](https://github.com/aroe/sand)") + box.format(
        "[Music for robots: An *D*<sub>12</sub>-equivariant model for chords](https://arxiv.org/abs/2410.11111)",
        "**Ana Roe**\\*", "[**Code**](https://github.com/aroe/music) | [**Panel**](https://conf.example.org/p#2)"))
    first, second = pubs
    assert first.links == {"doi": "https://doi.org/10.1000/paper", "data": "https://data.example.org/d",
                           "code": "https://github.com/aroe/sand"}
    assert [(x.label, x.url) for x in first.more_links] == [("Preprint at SandRxiv", "https://doi.org/10.2000/preprint")]
    assert second.links.get("arxiv") == "https://arxiv.org/abs/2410.11111"


def test_names_after_a_linked_title_end_before_the_venue(tmp_path):
    # "[Title](url), names, venue": the last name closed by a stop before the venue; a journal's abbreviated name
    # after a comma is no name
    pubs = _boxes(tmp_path, (
        "- [Beyond the sand: robust models for unseen dunes](https://example.org/a), Sam Daro; Jacob W. Tone; "
        "Ana Roe; Heather J. Kuli. arXiv: 2601.11111.\n"
        "- [Exploring beyond experiment: datasets of metal grains](https://example.org/b), Jacob W. Tone, "
        "Aaron G. Garr, Ana Roe, Heather J. Kuli, Curr. Opin. Sand Eng. 2025, 50, 101189.\n"))
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["Sam Daro", "Jacob W. Tone", "Ana Roe", "Heather J. Kuli"],
        ["Jacob W. Tone", "Aaron G. Garr", "Ana Roe", "Heather J. Kuli"]]
    assert pubs[0].venue == "arXiv" and pubs[1].venue.startswith("Curr. Opin. Sand Eng")


def _box(badge: str, body: str) -> str:
    return (f"<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">{badge}</div>"
            f"<img src='images/a.png' alt=\"sym\" width=\"100%\"></div></div>\n"
            f"<div class='paper-box-text' markdown=\"1\">\n\n{body}\n</div>\n</div>\n\n")


def test_an_author_line_of_full_names_run_on_into_the_venue_ends_at_the_venue(tmp_path):
    """AcadHomepage's paper box whose author line goes on into the venue after a comma, with no "and" before the
    last name ("**Mara Quill**, Bo Lint, Cy Dorn, **Journal of Slow Rivers**, 2022"): the names up to the piece of
    venue words are the authors. Before, a list of full names ended only where "and" closed it, so the line was
    no author line and the paper had the owner alone."""
    body = "# Publications\n\n## Journal papers\n" + _box("RIV 2022", (
        "**Braided Channels Seen From Orbit With Cheap Cameras** [[PDF]](https://arxiv.org/pdf/2201.00001.pdf)\n"
        "  \n**Mara Quill**, Bo Lint, Cy Dorn, **Journal of Slow Rivers**, 2022\n\n- A system that maps channels.")) \
        + _box("RIV 2021", (
            "**Sediment Clocks: Timing Deltas With Rocks** [[PDF]](https://arxiv.org/pdf/2101.00001.pdf)\n  \n"
            "Bo Lint, **Mara Quill**, Cy Dorn, **Transactions on Slow Rivers**, 2021\n\n- A way to time deltas."))
    p = imported_site(tmp_path, {"_config.yml": "title: Site\nauthor:\n  name: Mara Quill\n",
                                 "_pages/about.md": "---\npermalink: /\ntitle: \"\"\n---\n\nMara Quill is a PhD "
                                                    "student at Riverbend University.\n\n" + body})
    pubs = {x.title: x for x in p.publications}
    assert [a.name for a in pubs["Braided Channels Seen From Orbit With Cheap Cameras"].authors] == [
        "Mara Quill", "Bo Lint", "Cy Dorn"]
    assert [a.name for a in pubs["Sediment Clocks: Timing Deltas With Rocks"].authors] == [
        "Bo Lint", "Mara Quill", "Cy Dorn"]


def test_a_paper_box_badged_in_lower_case_with_no_year_is_a_paper(tmp_path):
    """A preprint's paper box whose badge is a server's name in lower case ("arxiv"), its title, an author line
    broken over two lines and a description, no year anywhere: a paper, its venue the badge. Before, the badge's
    lower-case word right before the title read as a sentence leading into a link (prose, no paper), and the box
    was dropped."""
    body = "# Publications\n\n## Preprints\n\n" + _box("arxiv", (
        "**Tide Legs: Walking Robots on Wet Sand With Many Sensors** [[PDF]](https://arxiv.org/pdf/2503.00001)\n\n"
        "**Mara Quill**, Bo Lint, Cy Dorn, Ed Fenn,\nGus Hale, Ida Moss, Jon Park\n\n"
        "- A walking robot that fuses what the sensors on each of its legs measure with a filter."))
    p = imported_site(tmp_path, {"_config.yml": "title: Site\nauthor:\n  name: Mara Quill\n",
                                 "_pages/about.md": "---\npermalink: /\ntitle: \"\"\n---\n\nMara Quill is a PhD "
                                                    "student at Riverbend University.\n\n" + body})
    [pub] = p.publications
    assert pub.title == "Tide Legs: Walking Robots on Wet Sand With Many Sensors"
    assert pub.venue == "arxiv" and pub.year is None
    assert [a.name for a in pub.authors][:2] == ["Mara Quill", "Bo Lint"] and len(pub.authors) == 7


def _readme(tmp_path, body: str):
    (tmp_path / "README.md").write_text(body, encoding="utf-8")
    return import_path(tmp_path / "README.md").profile


BRACKET_BADGES = (
    "### About\n\nI am Orla Penhaligon, a PhD student in computer science.\n\n"
    "### Publications\n\n"
    "- 🌟\\[SIGIR'25\\] **Ranking Pebbles by Their Weight in Shallow Streams**. [\\[paper\\]](https://arxiv.org/abs/2501.00001)\n\n"
    "    **Orla Penhaligon**, Tavi Brennock, Ula Strand\n\n"
    "- 🌟\\[WSDM'24 Best Paper\\] **Counting Ferries Across a Quiet Harbour**. [\\[code\\]](https://example.org/ferries)\n\n"
    "    Tavi Brennock, **Orla Penhaligon**\n\n"
    "- **Lanterns in the Fog: An Unfinished Study of Visibility**. [\\[paper\\]](https://arxiv.org/abs/2502.00002)\n\n"
    "    **Orla Penhaligon**, Ula Strand\n\n"
    "- \\[Journal of Gentle Computing\\] **Walking Slowly Through Large Graphs of Trees**. [\\[paper\\]](https://example.org/w)\n\n"
    "    **Orla Penhaligon**, Mab Quarrie\n\n"
    "- \\[Preprint\\] **Whistling Kettles and Other Alarms We Ignore**.\n\n"
    "    **Orla Penhaligon**\n")


def test_a_bracketed_venue_and_short_year_before_the_bold_title_is_the_badge(tmp_path):
    # "[SIGIR'25] **Title**": the bracket opening the item names the venue and its year written short; words after
    # the year ("Best Paper") are a note; a bracketed journal name without a year is the venue too, while a
    # bracketed kind of paper ("Preprint") names no venue
    p = _readme(tmp_path, BRACKET_BADGES)
    got = [(x.title, x.venue, x.year) for x in p.publications]
    assert got == [
        ("Ranking Pebbles by Their Weight in Shallow Streams", "SIGIR", 2025),
        ("Counting Ferries Across a Quiet Harbour", "WSDM", 2024),
        ("Lanterns in the Fog: An Unfinished Study of Visibility", None, None),
        ("Walking Slowly Through Large Graphs of Trees", "Journal of Gentle Computing", None),
        ("Whistling Kettles and Other Alarms We Ignore", None, None)]
    assert "Best Paper" in p.publications[1].notes
    assert [a.name for a in p.publications[1].authors] == ["Tavi Brennock", "Orla Penhaligon"]


ACAD_BOXES = """# Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">ICML 2024</div></div></div>
<div class='paper-box-text' markdown="1">

***Two Birds*: One Stone for Honest Helpful Models** [[PDF]](https://arxiv.org/abs/2401.00001)

Ann Lee, **Bo Chen**, Cy Dow
</div>
</div>

<!-- <div class='paper-box'><div class='paper-box-image'><div><div class="badge">Preprint</div></div></div>
<div class='paper-box-text' markdown="1">

**An Old Draft the Owner Hid From the Page** [[PDF]](https://arxiv.org/abs/2301.00002)

**Bo Chen**
</div>
</div> -->

# Educations
- *2025.08 - Current*, CS PhD Student, University of Tarn.
- *2021.09 - 2025.06*, BEng., Lakeside University of Technology.
"""


def test_a_commented_paper_box_is_hidden_and_an_italic_part_stays_in_the_bold_title(tmp_path):
    # AcadHomepage's paper boxes (kramdown's markdown="1"): one box inside an HTML comment is no paper; a title
    # written "***Two Birds*: One Stone**" keeps its italic part
    (tmp_path / "about.md").write_text(ACAD_BOXES, encoding="utf-8")
    p = import_path(tmp_path / "about.md", owner="Bo Chen").profile
    assert [(x.title, x.venue) for x in p.publications] == [("Two Birds: One Stone for Honest Helpful Models", "ICML")]


def test_the_degree_under_way_is_the_position_when_no_line_names_one(tmp_path):
    # "2025.08 - Current, CS PhD Student, University of Tarn" in the education list, and no sentence or career
    # line naming a position: the owner is a PhD student there
    (tmp_path / "about.md").write_text(ACAD_BOXES, encoding="utf-8")
    person = import_path(tmp_path / "about.md", owner="Bo Chen").profile.person
    assert person.job_title == "PhD Student"
    assert [(a.name, a.current) for a in person.affiliations] == [("University of Tarn", True)]


def test_a_paper_box_badge_naming_a_journal_and_its_series_is_the_venue(tmp_path):
    # AcadHomepage's paper box badged "Journal of X: Series A (2025)": a journal's name with its series after a
    # colon is still a venue's name (a colon before a capital), no sentence
    page = tmp_path / "about.md"
    page.write_text("# Ilse Varga\n\n## Publications\n\n"
                    "<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">Annals of Night "
                    "Insects: Series B (2025)</div><img src='a.png' width=\"100%\"></div></div>\n"
                    "<div class='paper-box-text' markdown=\"1\">\n\n"
                    "[Moths at dusk: a field count of the night](https://doi.org/10.5555/x)\n\n"
                    "**Ilse Varga**, Pat Holt, Tom Sand\n</div>\n</div>\n")
    (pub,) = import_path(page).profile.publications
    assert pub.venue.startswith("Annals of Night Insects: Series B")


def test_a_star_badge_in_the_paragraph_about_a_paper_is_its_code_link(tmp_path):
    """A paper box whose text is a paragraph of prose under the title: 'Code is out at [![](stars badge)](repo)'. The
    badge, a picture with no alt text, gave its link no words outside a list item, so the code link was lost."""
    pubs = _pubs(tmp_path, """# Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">Technical Report 2025</div>\
<img src='images/a.png' alt="sym" width="100%"></div></div>
<div class='paper-box-text' markdown="1">

- [Sediment Clocks in Braided Channels.](https://example.org/report/sediment-clocks)

We build a family of clocks that read the age of sediment in braided channels from their layering. The code is \
out at [![](https://img.shields.io/github/stars/mquill/sediment-clocks?style=social&label=Code+Stars)]\
(https://github.com/mquill/sediment-clocks) and was used by many.

</div>
</div>
""")
    links = pubs["Sediment Clocks in Braided Channels"].links
    assert links["code"] == "https://github.com/mquill/sediment-clocks"
    assert links["paper"] == "https://example.org/report/sediment-clocks"


def test_a_bold_venue_in_brackets_opening_a_paper_box_text_under_its_image_badge_is_no_part_of_the_title(tmp_path):
    # hunt46: "[**ICLR 2026**] [Title](url) \\" and "[**arXiv**] [Title](url) \\" under the image's badge: before, the
    # bracket stayed in the title ("[ICLR 2026] Title"), and the summary bullet below was taken as the title instead
    box = """<div class='paper-box'><div class='paper-box-image'><div><div class="badge">{badge}</div>\
<img src='images/{img}.png' alt="sym" width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[**{tag}**] [{title}](https://arxiv.org/abs/{arxiv}) \\\\
{authors}.\\\\
[![GitHub Stars](https://img.shields.io/github/stars/mq/{img}?style=social)](https://github.com/mq/{img})

- We show how {img} moves sand uphill.

</div>
</div>

"""
    pubs = _pubs(tmp_path, "# Publications\n\n" + box.format(
        badge="arXiv", img="dunes", tag="ICLR 2026", title="Dune Drift under Crossing Winds", arxiv="2601.00001",
        authors="**Mara Quill**, Bo Lint, Cy Dorn") + box.format(
        badge="arXiv", img="ripples", tag="arXiv", title="Ripple Memory in Tidal Flats", arxiv="2602.00002",
        authors="Bo Lint, **Mara Quill**"))
    assert sorted(pubs) == ["Dune Drift under Crossing Winds", "Ripple Memory in Tidal Flats"]
    ripples = pubs["Ripple Memory in Tidal Flats"]
    assert [a.name for a in ripples.authors] == ["Bo Lint", "Mara Quill"] and ripples.authors[1].is_self


_AP_HOME = {"_config.yml": "title: Oren Vale\nauthor:\n  name: Oren Vale\n",
            "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI grow crystals at Northfield University.\n"}


def test_a_linked_venue_badge_set_off_from_the_title_by_a_bar_is_the_venue_and_year(tmp_path):
    """'- [**ICML2026**](https://conf.example.org/)\\|[Title](https://arxiv.org/abs/...)': the bold linked badge
    before the bar names the venue and year, the link after it is the title. Before, the title was
    'ICML2026|Title' and the work had no year."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/about.md": _AP_HOME["_pages/about.md"] + (
        "\n# Publications\n\n"
        "- [**SALT2026**](https://salt.example.org/)\\|[Crystals that remember their heat]"
        "(https://arxiv.org/abs/2601.00001)\n\n  **Oren Vale**, Ana Ruiz\n\n  Sixth Conference on Salt\n\n"
        "- [**ROCK2024**](https://rock.example.org/)\\|[Quartz under a slow press]"
        "(https://doi.org/10.5555/rock.1)\n\n  Ana Ruiz, **Oren Vale**\n\n  Second Meeting on Rock\n")})
    got = sorted((x.title, x.year, x.venue) for x in p.publications)
    assert got == [("Crystals that remember their heat", 2026, "SALT"), ("Quartz under a slow press", 2024, "ROCK")]


def test_a_rank_note_in_brackets_between_the_badge_and_the_title_is_no_byline(tmp_path):
    pubs = _pubs(tmp_path, """# Publications
- ``QCONF 2024`` <span style="color:red">(Tier B)</span> [Quiet Lattices for Loud Rooms](https://example.org/q.pdf), \
**Mara Quill**, Bo Lint<sup>✉</sup>, Cy Dorn
""")
    pub = pubs["Quiet Lattices for Loud Rooms"]
    assert [a.name for a in pub.authors] == ["Mara Quill", "Bo Lint", "Cy Dorn"]
    assert pub.venue == "QCONF"


_BOX = """<div class='paper-box'><div class='paper-box-image'><div><div class="badge"></div>\
<img src='images/{n}.png' alt="sym" width="100%"></div></div>
<div class='paper-box-text' markdown="1">
{gap}<b>{title}</b><br>
<i>{venue}</i><br>
({tag})<br>
{names}<br>
[<a href="https://doi.org/10.1000/q{n}">PDF</a>] <br>
</div>

</div>

"""


def test_paper_box_lines_right_under_the_opening_tag_are_one_paper(tmp_path):
    # no blank line between the box's opening tag and its lines: kramdown still reads them as one paragraph (the
    # lines were read loose, beside the tags, and the paper was lost)
    pubs = _pubs(tmp_path, "# Publications\n\n" + "".join(_BOX.format(
        n=n, gap=gap, title=title, venue="Journal of Slow Rivers, 2022", tag="SCI", names="**Mara Quill**, Bo Lint*")
        for n, gap, title in ((1, "\n", "Sediment Clocks in Braided Channels"),
                              (2, "", "Gravel Bars After a Flood Season"))))
    assert sorted(pubs) == ["Gravel Bars After a Flood Season", "Sediment Clocks in Braided Channels"]
    assert [a.name for a in pubs["Gravel Bars After a Flood Season"].authors] == ["Mara Quill", "Bo Lint"]


def test_a_line_only_a_bracketed_tag_is_no_title_when_the_title_holds_a_year(tmp_path):
    # a title with a year in it reads as a venue; the "(中文核心)" tag line under the venue was taken for the title
    pubs = _pubs(tmp_path, "# Publications\n\n" + _BOX.format(
        n=3, gap="\n", title="2021年河道泥沙的季节变化(Seasonal sediment change in 2021)",
        venue="地理研究(Geographical Research), 2022", tag="中文核心", names="<b>Mara Quill</b>, Bo Lint*"))
    (pub,) = pubs.values()
    assert pub.title.startswith("2021年河道泥沙的季节变化")
    assert (pub.year, pub.venue) == (2022, "地理研究(Geographical Research)")


_TIGHT_BOX = """# Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">RIVERS 2023</div>\
<img src='images/b.png' alt="sym" width="100%"></div></div>
<div class='paper-box-text' markdown="1">
[Silt Budgets Are Enough: Counting Grains in Estuaries](https://rivers.example/silt), **Mara Quill**, Bo Lint, Cy Dorn.,
In Proceedings of 12th **RIVERS 2023** (CCF-A, Big4) [[Site](https://silt.example)]
<!-- [**Project**](https://scholar.example/x) -->
- First grain counter that works in muddy water.
</div>
</div>

- [Silt Budgets Are Enough: Counting Grains in Estuaries](https://rivers.example/silt), **Mara Quill**, Bo Lint, Cy Dorn.,
In Proceedings of 12th **RIVERS 2023** (CCF-A, Big4) [[Website](https://silt.example)]

- [Tidal Mixing Scores from Sound](), Ida Lund, **Mara Quill**. Transactions on Wet Things, **TWT 2024** (CCF-A)
"""


def test_a_tight_paper_box_its_repeat_in_the_list_and_rank_notes_after_the_venue(tmp_path):
    """A paper box whose text follows its badge and opening tag with no blank line, a comment line under it: the
    link is the title and the names after it its authors; the list below repeating the box's paper (same title,
    year, authors and link) is the same work; "(CCF-A, Big4)" and "(CCF-A)" after the venue are ranks, notes,
    no venue."""
    pubs = _pubs(tmp_path, _TIGHT_BOX)
    assert list(pubs) == ["Silt Budgets Are Enough: Counting Grains in Estuaries", "Tidal Mixing Scores from Sound"]
    silt, tidal = pubs.values()
    assert [a.name for a in silt.authors] == ["Mara Quill", "Bo Lint", "Cy Dorn"]
    assert "CCF" not in (silt.venue or "") and "CCF-A, Big4" in silt.notes
    assert tidal.venue and "TWT" in tidal.venue and "CCF-A" in tidal.notes


def test_a_paper_box_whose_first_bullet_is_a_plain_citation_over_bullets_saying_what_the_paper_does(tmp_path):
    # the box's first bullet is the whole citation (names, then the title, then the italic venue and a date), the
    # bullets under it sentences on the paper: the title is the citation's, the sentences its abstract. Before: the
    # first sentence was the title, and the paper counted twice beside its entry in the list below
    pubs = _pubs(tmp_path, """# Highlights

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">TGRS 2023</div>\
<img src='images/a.png' alt="sym" width="100%"></div></div>
<div class='paper-box-text' markdown="1">

- Bo Lint, **Mara Quill**, and Cy Dorn\\*. Counting Dunes From Orbit With Sparse Radar. *IEEE Transactions on \
Geoscience and Remote Sensing* , vol. 61, pp. 1-12, Mar. 2023.
- In this paper, we propose a way to count dunes from a handful of radar passes.
- The method needs no labelled scenes and runs on a laptop in minutes.
[[Link]](https://doi.org/10.1000/dune)

</div>
</div>

# Publications

- Bo Lint, **Mara Quill**, and Cy Dorn\\*. Counting Dunes From Orbit With Sparse Radar. *IEEE Transactions on \
Geoscience and Remote Sensing* , vol. 61, pp. 1-12, Mar. 2023.
""")
    assert list(pubs) == ["Counting Dunes From Orbit With Sparse Radar"]
    paper = pubs["Counting Dunes From Orbit With Sparse Radar"]
    assert [a.name for a in paper.authors] == ["Bo Lint", "Mara Quill", "Cy Dorn"]


def test_a_name_in_code_font_opening_the_names_is_an_author_not_a_venue_badge(tmp_path):
    # "`Mara Quill (马拉)` \*, Bo Lint": the owner's name set in code font with their name in another script, a
    # mark after it; and a coauthor's name so set. Before: each was read as the venue badge, and left the names
    pubs = _pubs(tmp_path, """# Publications

- `Mara Quill (马拉)` \\*, Bo Lint, and Cy Dorn. Sand Ripples Under Slow Wind. *Journal of Dune Studies* , \
vol. 4, pp. 1-9, 2022.
- `Bo Lint`, Mara Quill, and Cy Dorn. Wind Tunnels for Small Grains. *Journal of Dune Studies* , vol. 5, 2023.
""")
    assert [(t, p.venue, [a.name for a in p.authors]) for t, p in pubs.items()] == [
        ("Sand Ripples Under Slow Wind", "Journal of Dune Studies", ["Mara Quill", "Bo Lint", "Cy Dorn"]),
        ("Wind Tunnels for Small Grains", "Journal of Dune Studies", ["Bo Lint", "Mara Quill", "Cy Dorn"])]


def test_a_paper_boxs_title_span_over_its_names_and_an_e_mail_mark_after_a_name(tmp_path):
    # the title in a styled span whose tags sit on lines of their own, the names on the line right under it (no blank
    # line between), "📧" after a name: the names are the paper's authors, the one marked its corresponding author
    # (the e-mail symbol marks it as the envelope "✉" does); before, the title read as the names' line
    box = ("<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">SLOW 2025</div></div></div>\n"
           "<div class='paper-box-text' markdown=\"1\">\n<span style=\"font-weight:600;\">\n"
           "  <a href=\"https://doi.org/10.1000/slow.5\" target=\"_blank\">\n    Sediment clocks in braided channels\n"
           "  </a>\n</span>\nAna Ruiz, **Mara Quill**, Bo Lint📧\n\n[**Project**](https://doi.org/10.1000/slow.5)\n"
           "</div>\n</div>\n\n")
    pubs = _pubs(tmp_path, "# Publications\n\n" + box)
    pub = pubs["Sediment clocks in braided channels"]
    assert [(a.name, a.marks) for a in pub.authors] == [("Ana Ruiz", []), ("Mara Quill", []),
                                                        ("Bo Lint", ["corresponding"])]
    assert (pub.venue, pub.year) == ("SLOW", 2025)


def test_paper_boxes_with_no_author_line_are_papers_when_their_badge_names_a_journal_or_a_review(tmp_path):
    """Paper boxes under a heading kg has no word for ('Academic Results'), none with an author line: a box whose
    badge names a journal or a conference, or the paper's review ('Conference Under Review'), is the owner's paper
    (the owner alone, the list marked incomplete); one whose badge says 'Project' or 'Patent Pending', or names only
    the event it was shown at, is a project, as before. Before, every box without an author line was a project."""
    def box(badge: str, title: str, rows: str) -> str:
        return (f"<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">{badge}</div>"
                f"<img src='images/a.png' alt=\"sym\" width=\"100%\"></div></div>\n"
                f"<div class='paper-box-text' markdown=\"1\">\n\n{title}\n\n{rows}\n\n"
                "- We built a model of the river banks.\n\n</div>\n</div>\n\n---\n\n")

    pubs = _pubs(tmp_path, "# 📝 Academic Results\n\n"
                 + box("Conference Under Review", "[Sediment Clocks in Braided Channels](https://arxiv.org/abs/2401.00001)",
                       "**Supervisor:** [Bo Lint](https://example.org/lint)  \n**Duration:** Jun. 2024 - Oct. 2024")
                 + box("Journal of Slow Rivers", "[Delta Growth from Space](https://doi.org/10.1000/xyz)",
                       "**Institution:** Riverbend Lab  \n**Duration:** Feb. 2023 - May. 2023")
                 + box("Project", "Mapping Floods with Drones", "**Supervisor:** Cy Dorn  \n**Duration:** Nov. 2023")
                 + box("Patent Pending", "Drone Paths over Rivers", "**Institution:** Riverbend Lab")
                 + box("Riverbend Fair 2025", "Reading Ripples with Phones", "**Supervisor:** Cy Dorn"))
    assert sorted(pubs) == ["Delta Growth from Space", "Sediment Clocks in Braided Channels"]
    for pub in pubs.values():
        assert [(a.name, a.is_self) for a in pub.authors] == [("Mara Quill", True)] and pub.authors_truncated
    assert pubs["Delta Growth from Space"].venue == "Journal of Slow Rivers"


def test_a_badge_of_the_themes_own_class_is_the_venue_and_glued_initials_are_names(tmp_path):
    # before: venue None (only class "badge" was a badge), and "TK Dorn" read as the venue, "RS Vale, ..." too
    pubs = _pubs(tmp_path, """# Publications
- <span class="badge-inline">JSR 2024</span> [Sediment Clocks in Braided Channels](https://doi.org/10.1000/abc), \
**M Quill**, B Lint, TK Dorn, [**PDF**](#sediment-clocks)

- <span class="badge-inline">QGJ 2025</span> [Folding Maps Without Creases](https://doi.org/10.1000/def), \
B Lint, RS Vale, C Oster, **M Quill**, [**PDF**](#folding-maps)
""")
    first, second = pubs["Sediment Clocks in Braided Channels"], pubs["Folding Maps Without Creases"]
    assert (first.venue, first.year) == ("JSR", 2024)
    assert [a.name for a in first.authors] == ["M Quill", "B Lint", "TK Dorn"]
    assert second.venue == "QGJ"
    assert [a.name for a in second.authors] == ["B Lint", "RS Vale", "C Oster", "M Quill"]


def test_a_badge_class_naming_another_field_keeps_that_field():
    from kg.importers.page.runs import _hint_of_classes

    assert _hint_of_classes(["badge-inline"]) == "badge" and _hint_of_classes(["pub-badge-sm"]) == "badge"
    assert _hint_of_classes(["badge-venue"]) == "venue" and _hint_of_classes(["badge-award"]) == "note"
    assert _hint_of_classes(["badge-honor"]) == "note"


@pytest.mark.parametrize("first, second", [
    # "*Fen Processes (Q2, IF = 2.8)*", "(Q3,IF=3)": the journal's quartile and impact factor, as CCF and JCR ranks
    # are, notes on the work; they were kept in the venue's name
    ("Q2, IF = 2.8", "Q3,IF=3"),
    # a quartile beside a rank's name and no impact factor: the quartile's own rule, not the impact factor's
    ("Q1, SCI", "Q2; JCR"),
])
def test_a_journals_quartile_and_impact_factor_in_brackets_after_its_name_are_notes(tmp_path, first, second):
    pubs = _pubs(tmp_path, "# Publications\n\n"
                 "- [Reed Burning in Wet Boilers](https://doi.org/10.1/a), Bo Lint, **Mara Quill**, "
                 f"<span style=\"color:#E34234;\">*Fen Processes ({first})*</span>, **2025**\n"
                 "- [Ash in Cold Pipes](https://doi.org/10.1/b), **Mara Quill**, Cy Dorn, "
                 f"*Journal of Wet Engineering ({second})*, **2017**\n")
    assert [(p.venue, p.notes) for p in pubs.values()] == [("Fen Processes", [first]),
                                                            ("Journal of Wet Engineering", [second])]


def test_a_quartile_alone_in_brackets_stays_in_the_venues_name(tmp_path):
    # review r78f #8: "(Q3)" alone may be a quarterly's issue ("Federal Reserve Bank of Fen Review (Q3)"); only beside
    # an impact factor or rank, "(Q3, IF = 2)", is it the journal's quartile
    pubs = _pubs(tmp_path, "# Publications\n\n"
                 "- [Wage Growth in Fens](https://doi.org/10.1/a), **Mara Quill**, Bo Lint, "
                 "*Federal Reserve Bank of Fen Review (Q3)*, **2019**\n")
    assert [(p.venue, p.notes) for p in pubs.values()] == [("Federal Reserve Bank of Fen Review (Q3)", [])]


def test_a_citation_index_and_its_quartile_in_brackets_are_notes_wherever_the_page_puts_them():
    """w79c (review): "(SCI, Q1)", "(SCI Q2)", "(SSCI)" after the venue, in the venue's brackets, on a line of their
    own or in square brackets: the index that lists the journal, a note on the work. Before: the notes were dropped
    unreported, "(SSCI)" was read as the venue's short name."""
    from pathlib import Path

    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    rows = ["Mara Quill, Bo Lint. Fen codes for reed arrays. Fen Signal Processing, 2021, 69: 1-12. (SCI, Q1)",
            "Mara Quill, Bo Lint. Slow fen codes. Wet Signals, 2020, 170: 10-19 (SCI Q2)",
            "Mara Quill, Cy Dorn. Rural credit in fens. Fen Economic Review, 2019. (SSCI)",
            "Mara Quill, Cy Dorn. Urban credit. Journal of Wet Studies (SSCI, Q1), 2018, 61: 2-9.",
            "Mara Quill, Cy Dorn. Credit lines<br>Journal of Wet Studies, 2017<br>(SCI, Q2)",
            "Mara Quill, Cy Dorn. Credit walls. <i>Journal of Wet Studies</i>, 2016. [SCI, JCR Q1]"]
    page = ("<html><head><title>Mara Quill</title></head><body><h1>Mara Quill</h1><h2>Publications</h2><ol>"
            + "".join(f"<li>{r}</li>" for r in rows) + "</ol></body></html>")
    p = parse_html(SourceDoc(Path("index.html"), page), ImportOptions())
    assert [(x.venue, x.notes) for x in p.publications] == [
        ("Fen Signal Processing", ["SCI, Q1"]), ("Wet Signals", ["SCI Q2"]), ("Fen Economic Review", ["SSCI"]),
        ("Journal of Wet Studies", ["SSCI, Q1"]), ("Journal of Wet Studies", ["SCI, Q2"]),
        ("Journal of Wet Studies", ["SCI, JCR Q1"])]


def test_a_conference_named_sci_with_its_year_keeps_its_acronym():
    """rm-w79c: "(SCI 2015)" after a proceedings' name is the conference's acronym and year, no citation index's note
    (the index rule took it for one and the venue lost its short name)."""
    from pathlib import Path

    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    page = ("<html><head><title>Mara Quill</title></head><body><h1>Mara Quill</h1><h2>Publications</h2><ol>"
            "<li>Mara Quill, Bo Lint. Smart reeds. Proc. Int. Conf. on Smart Computing and Informatics (SCI 2015), "
            "1-9.</li></ol></body></html>")
    p = parse_html(SourceDoc(Path("index.html"), page), ImportOptions())
    assert [(x.venue, x.notes, x.year) for x in p.publications] == [("SCI", [], 2015)]
