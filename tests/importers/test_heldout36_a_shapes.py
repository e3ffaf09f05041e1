"""Shapes of real homepages seen in batch 36 (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path

_BOXED = """# Ilse Varga

## Papers

<div class="para-list">

**Varga, I.**, & Holt, P. R. (in press). Moths at dusk: a field count. *Journal of Night Insects*.

Holt, P. R., & **Varga, I.** (2022). Why lamps draw moths, and why some do not. *Insect Letters, 9*(2), 11-19.

**Varga, I.**, Sand, T., & Holt, P. R. (2021). Wing scales under the lens: a survey of forty species. *Lepidoptera Review*.

**Varga, I.** (2020). Counting moths by their sound alone in a mixed wood. *Acoustic Ecology, 2*, 40-52.

Sand, T., & **Varga, I.** (2019). The moths of the northern marsh over ten summers. *Marsh Studies, 7*(4), 1-9.

</div>

## News

<div class="para-list">

**May 2, 2025**: Our paper on moths at dusk was accepted at the Journal of Night Insects!

</div>
"""


def test_a_box_of_citation_paragraphs_is_a_list_of_entries_though_one_is_in_press(tmp_path):
    # two sections each wrapped in a box of the same class: a run of same-shape boxes reads as one entry each
    # (cards), unless the box holds paragraphs that are whole citations with their years; one "in press" paper
    # among five has no year and the box is still a list of papers
    page = tmp_path / "index.md"
    page.write_text(_BOXED)
    p = import_path(page).profile
    assert len(p.publications) == 5
    assert len(p.news) == 1
