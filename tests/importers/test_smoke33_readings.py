"""Readings found on real sites without gold (smoke run of round 33): what a site lists beside its papers (talks,
posters, prose about its research) and one paper written twice.  Synthetic sites, own words."""
from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import write_site

_CONFIG = 'title: "Mira Holt"\nauthor:\n  name: "Mira Holt"\n'
_ABOUT = "---\npermalink: /\ntitle: About\n---\n\nI study how frost shapes alpine soils.\n"


def _paper(title: str, year: int) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: {year}-03-01\nvenue: 'Soil Letters'\n"
            f"citation: 'Holt, M. ({year}). {title}. <i>Soil Letters</i>.'\n---\n")


def test_a_collection_of_talks_and_posters_named_by_their_category_holds_no_papers(tmp_path: Path):
    # "_meetings/" (a collection of another name): each page's front matter gives a title, the meeting, its
    # authors and "category: Talk" or "category: Poster": presentations at meetings, not papers
    meeting = ("---\ntitle: \"{title}\"\ndate: 2023-05-0{n}\nconference: \"Annual Meeting of the Frost Society\"\n"
               "contributing_authors:\n  - Mira Holt\n  - Tove Ek\ncategory: \"{cat}\"\n---\n\nWhat we showed.\n")
    d = write_site(tmp_path / "site", {
        "_config.yml": _CONFIG, "_pages/about.md": _ABOUT,
        "_publications/2021-a.md": _paper("Needle Ice and the Lifting of Stones", 2021),
        "_meetings/a.md": meeting.format(title="Frost Heave Measured Weekly", n=1, cat="Talk"),
        "_meetings/b.md": meeting.format(title="Stone Circles Seen from a Drone", n=2, cat="Poster"),
        "_meetings/c.md": meeting.format(title="A Winter of Soil Probes", n=3, cat="Poster")})
    prof = import_path(d).profile
    assert [p.title for p in prof.publications] == ["Needle Ice and the Lifting of Stones"]
