"""Readings found on real homepages of the round-38 smoke set: a profile README that names each paper by its code
repository, a site whose profile file spells the owner's name in full, papers that share a title, citations whose
author list or a prefix sticks to the title. Synthetic pages, own words."""
from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import write_site


def test_a_readme_naming_each_paper_by_its_repository_and_venue_badge_lists_those_papers(tmp_path: Path):
    # a profile README's only list: each item a bold link to a code repository, its text the method's short name,
    # then the venue and year in brackets; an item with no venue and year is a repository, no paper
    d = write_site(tmp_path / "jroe", {"README.md": (
        "## Jane Roe\n\nI am an assistant professor at the University of Nowhere.\n\n"
        "## Repos\n### Frost modelling\n"
        "- **[FrostNet](https://github.com/jroe/FrostNet)** (CVPR 2022)\n"
        "- **[IceGAN](https://github.com/tbo/IceGAN)** (ECCV 2020 Oral)\n"
        "### Snow\n"
        "- **[SnowSeg](https://github.com/jroe/SnowSeg)** (Neurocomputing 2019)\n"
        "- **[DriftKit](https://github.com/jroe/DriftKit)**\n")})
    pubs = import_path(d).profile.publications
    assert [(p.title, p.venue, p.year, p.notes) for p in pubs] == [
        ("FrostNet", "CVPR", 2022, []), ("IceGAN", "ECCV", 2020, ["Oral"]), ("SnowSeg", "Neurocomputing", 2019, [])]
    assert pubs[0].links == {"code": "https://github.com/jroe/FrostNet"}

