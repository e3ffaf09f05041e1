"""Shapes of real homepages that batch 39a misread (issue 8), as small synthetic pages in our own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site


def _page(tmp_path, body: str):
    page = tmp_path / "index.md"
    page.write_text(body, encoding="utf-8")
    return import_path(page).profile


def test_a_media_heading_lists_outlets_no_papers(tmp_path):
    # "#### Media Involvement" under an outreach section: the outlets that covered the owner's work, each with a
    # quoted story title and a date, are no papers (they were read as ten papers by "Coastal Weekly" and the like)
    p = _page(tmp_path, "# Nora Vale\n\nI study kelp forests.\n\n## Publications\n\n"
                        "1. **Vale NB**, K Hart. 2025. Drifting kelp rafts carry snails across open water. "
                        "*Ocean Biology* 12:e1.\n\n"
                        "## Outreach and Communication\n\n#### Media Involvement\n\n"
                        "- Coastal Weekly, “How kelp forests recover after storms”. February 2025\n"
                        "- River Radio: “Underwater forests”. Documentary. March 2020.\n"
                        "- Tide Magazine: “Why urchins matter”. Episode 3. June 2018.\n")
    assert [x.title for x in p.publications] == ["Drifting kelp rafts carry snails across open water"]
