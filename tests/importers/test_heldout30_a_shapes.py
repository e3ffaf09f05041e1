"""Readings found on batch 30 a of real sites (measured untouched after round 29): synthetic pages, own words,
invented names."""
from __future__ import annotations

from kg.importers import import_path

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


def test_a_quoted_title_whose_closing_quote_was_left_out(tmp_path):
    page = tmp_path / "pubs.md"
    page.write_text("# Publications\n\n"
                    "- T. Hsu, **A. Moss**, B. Lind, “Sparse Models for Moss Growth under Snow and \n"
                    "  Ice, **_Journal of Moss Informatics_**, Volume 64,\n  2025, 103077.\n"
                    "- T. Hsu, **A. Moss**, “Lichens on Old Roofs,” **_Moss Letters_**, vol. 7, pp. 1-12, 2024.\n")
    pubs = import_path(page, owner="Anna Moss").profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Sparse Models for Moss Growth under Snow and Ice", "Journal of Moss Informatics", 2025),
        ("Lichens on Old Roofs", "Moss Letters", 2024)]


def test_for_after_a_position_other_than_professor_does_not_open_the_place(tmp_path):
    # "a Research Assistant at the chair for X at Y": "chair" here is the place, not a position of its own
    page = tmp_path / "about.md"
    page.write_text("# Ana Roe\n\nHi! I am Ana, a Research Assistant at the chair for Moss Studies at the University "
                    "of Lakeside in Germany.\n")
    assert import_path(page).profile.person.job_title != "Research Assistant at the chair"


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
