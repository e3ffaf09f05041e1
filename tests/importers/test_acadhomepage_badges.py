"""AcadHomepage's badges and paper lists, as small synthetic sites in our own words: journal names written out
in a badge, star badges without alt text, remarks after the links, and report items without an author line in
a list of papers under a heading kg has no word for."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site

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
