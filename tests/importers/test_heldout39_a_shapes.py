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


def test_an_italic_status_before_the_journal_is_a_note_and_the_journal_the_venue(tmp_path):
    # "Names. Year. Title. *In review*. Journal." : the italic run is the paper's status, the journal follows in
    # plain text; with no year the status was taken for the title (the paper lost), with one for the venue
    p = _page(tmp_path, "# Nora Vale\n\nI study kelp forests.\n\n## Publications\n\n"
                        "1. Pike T, **NB Vale**, R Osei. 2026. Kelp holdfasts shelter juvenile crabs through the "
                        "winter storms. *In review*. Marine Letters.\n"
                        "2. Moss LM, **NB Vale**, K Hart. Grazing urchins reshape kelp canopies along a wave gradient. "
                        "*In review.* Journal of Coastal Ecology.\n"
                        "3. **Vale NB**, K Hart. 2025. Drifting kelp rafts carry snails across open water. "
                        "*Ocean Biology* 12:e1.\n")
    by_title = {x.title: x for x in p.publications}
    assert sorted(by_title) == ["Drifting kelp rafts carry snails across open water",
                                "Grazing urchins reshape kelp canopies along a wave gradient",
                                "Kelp holdfasts shelter juvenile crabs through the winter storms"]
    first = by_title["Kelp holdfasts shelter juvenile crabs through the winter storms"]
    second = by_title["Grazing urchins reshape kelp canopies along a wave gradient"]
    assert (first.venue, first.year, first.notes) == ("Marine Letters", 2026, ["In review"])
    assert (second.venue, second.year, second.notes) == ("Journal of Coastal Ecology", None, ["In review"])
    assert [a.name for a in second.authors] == ["Moss LM", "NB Vale", "K Hart"]


def test_a_read_on_a_server_here_link_is_a_label_not_the_venue(tmp_path):
    # "[Read on bioRxiv here.](doi)" closing an entry labels the paper's link, as "[Read here.](doi)" does; its
    # words were read into the venue ("Marine Letters. Read on bioRxiv here")
    p = _page(tmp_path, "# Nora Vale\n\nI study kelp forests.\n\n## Publications\n\n"
                        "1. Pike T, **NB Vale**, R Osei. 2026. Kelp holdfasts shelter juvenile crabs through the "
                        "winter storms. Marine Letters. [Read on bioRxiv here.](https://doi.org/10.1101/2026.01.01.1)\n"
                        "2. **Vale NB**, K Hart. 2025. Drifting kelp rafts carry snails across open water. "
                        "*Ocean Biology* 12:e1. [Read here.](https://doi.org/10.1000/ob.1)\n")
    assert [(x.venue, x.doi) for x in p.publications] == [("Marine Letters", "10.1101/2026.01.01.1"),
                                                          ("Ocean Biology", "10.1000/ob.1")]
