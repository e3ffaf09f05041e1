"""Shapes of real homepages that the smoke set of stop 44 misread, as small synthetic sites in our own words."""

from __future__ import annotations

from .sitefiles import imported_site

_README = (
    "## Hello, I'm Tomasz\n\n"
    "[Scholar](https://scholar.google.com/citations?user=AbCdEfGhIjKL) · tkbrzek@soils.example.org\n\n"
    "I study soil fungi at the University of Leeds.\n\n"
    "### Some papers\n\n"
    "1. **Fungal threads in moorland peat.** T. Brzek et al. Soil Letters (2024). "
    "[doi:10.5555/peat1](https://doi.org/10.5555/peat1)\n"
    "2. **Nitrogen in dry summers.** R. K. Olsen et al. Field Ecology (2023). "
    "[doi:10.5555/dry2](https://doi.org/10.5555/dry2)\n"
    "3. **Roots that share their sugar.** L. Ambrose, et al. Plant Notes (2022).\n")


def test_one_name_and_et_al_after_a_bold_title_are_its_authors_not_its_venue(tmp_path):
    """'**Title.** R. K. Olsen et al. Venue (2023).': the sentence that is one name and "et al." closes the
    authors, as ", et al." closing a list of names does. Before, the stop after "et al." was read as an
    abbreviation's, the names went into the venue ("R. K. Olsen et al. Field Ecology") and the owner was taken
    for the lone author."""
    p = imported_site(tmp_path, {"README.md": _README})
    got = sorted((x.title, x.year, x.venue, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Fungal threads in moorland peat", 2024, "Soil Letters", ["T. Brzek"]),
                   ("Nitrogen in dry summers", 2023, "Field Ecology", ["R. K. Olsen"]),
                   ("Roots that share their sugar", 2022, "Plant Notes", ["L. Ambrose"])]

