"""Shapes of real pages met in held-out batch 7, each a small page written here in our own words: a
README whose table of papers opens each row with a short citation label ("Adams, Quill, Berg 2019") and
whose owner signs only at its foot."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

LABEL_TABLE = """# Code for my papers

Scripts used in each paper; open a folder to see them.

## Papers

| Folder | Title | Tools |
| --- | --- | --- |
| [Adams, Quill, Berg 2019](https://github.com/mq/papers/tree/main/Adams2019) | Sleep deprivation alters hippocampal replay in rats | N/A |
| [Quill 2020](https://github.com/mq/papers/tree/main/Quill2020) | A cheap open-source treadmill for mice | N/A |
| [Ortega Quill 2021A](https://github.com/mq/papers/tree/main/Ortega2021) | Prefrontal ensembles track reward across days | N/A |
| [Berg et al. 2022](https://github.com/mq/papers/tree/main/Berg2022) | Estrogen shapes fear extinction in female mice | N/A |
| [Fall 2023](https://github.com/mq/papers/tree/main/Fall2023) | Teaching notes for the autumn course on data | N/A |

---

Mara Quill, PhD (Stone Lab, University of Leeds)

Current Position: Postdoctoral Fellow - Rivera Lab
  - [@maraquill](https://twitter.com/maraquill)
  - <mara.quill@leeds.ac.uk>
"""


def test_a_short_citation_label_names_the_authors_and_year_and_links_the_paper(tmp_path):
    page = tmp_path / "README.md"
    page.write_text(LABEL_TABLE, encoding="utf-8")
    prof = import_path(page).profile
    pubs = {p.title: p for p in prof.publications}
    got = [(p.year, [a.name for a in p.authors], [a.is_self for a in p.authors], p.venue, p.authors_truncated,
            p.links.get("code")) for p in prof.publications[:4]]
    assert got == [
        (2019, ["Adams", "Quill", "Berg"], [False, True, False], None, False,
         "https://github.com/mq/papers/tree/main/Adams2019"),
        (2020, ["Quill"], [True], None, False, "https://github.com/mq/papers/tree/main/Quill2020"),
        # two family names side by side are two people (a label writes no given names), "2021A" is 2021
        (2021, ["Ortega", "Quill"], [False, True], None, False, "https://github.com/mq/papers/tree/main/Ortega2021"),
        (2022, ["Berg"], [False], None, True, "https://github.com/mq/papers/tree/main/Berg2022"),
    ]
    # a term ("Fall 2023") is no family name
    fall = pubs.get("Teaching notes for the autumn course on data")
    assert fall is None or [a.name for a in fall.authors] != ["Fall"]


def test_the_owner_signs_at_the_foot_of_a_page_whose_authors_are_family_names(tmp_path):
    page = tmp_path / "README.md"
    page.write_text(LABEL_TABLE, encoding="utf-8")
    p = import_path(page).profile.person
    # the family name most papers share, written in full at the foot: the owner; the degree and place after it
    # are their education, the line below their position
    assert p.name == "Mara Quill"
    assert [(e.degree, e.institution) for e in p.education] == [("PhD", "University of Leeds")]
    assert p.job_title == "Postdoctoral Fellow"
    assert (p.email, p.identifiers) == ("mara.quill@leeds.ac.uk", {"twitter": "maraquill"})
