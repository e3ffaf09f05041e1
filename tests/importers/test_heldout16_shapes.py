"""Shapes of real pages met in held-out batch 16, each written here in our own words with invented names: a
Hugo research page whose unfinished papers sit under a "Work in progress" heading, ..."""

from __future__ import annotations

from kg.importers import import_path
from tests.importers.sitefiles import write_site as _write


HUGO_CONFIG = """baseURL: https://orla.example.org/
title: Orla Penhallow
params:
  author: Orla Penhallow
"""

WORK_IN_PROGRESS = """---
title: "Research"
---

### Tidal flats and the price of salt

**[Bram Tolley](https://bram.example.org/) $\\cdot$ Orla Penhallow (2021)**
*Coastal Letters, 12, 40-51*

We measure how salt prices follow the tides.

#### Paper materials and links

+ [Replication files](https://code.example.org/salt)

##### Press

[Harbour Daily](https://news.example.org/salt) $\\cdot$
[Coast Radio](https://radio.example.org/salt)

---

### Work in progress

#### Ferry timetables and village marriages (with [Ines Varga](https://ines.example.org/))

#### Lighthouse keepers and the fishing catch (with [Tom Reyes](https://tom.example.org/))
"""


def test_work_in_progress_heading_holds_papers(tmp_path):
    # "Work in progress" names unfinished papers, like "Working papers": its items are the owner's works
    site = _write(tmp_path, {"config.yml": HUGO_CONFIG, "content/research.md": WORK_IN_PROGRESS})
    titles = [p.title for p in import_path(site).profile.publications]
    assert "Ferry timetables and village marriages" in titles
    assert "Lighthouse keepers and the fishing catch" in titles


LINKS_UNDER_SUBHEADING = """---
title: "Research"
---

### Tidal flats and the price of salt

**[Bram Tolley](https://bram.example.org/) $\\cdot$ Orla Penhallow (2021)**
*Coastal Letters, 12, 40-51*

We measure how salt prices follow the tides along three coasts over forty years of market records. The
price rises a day after each spring tide and falls slowly, and we show why with a model of the salt pans.

#### Paper materials and links

+ Paper: [official](https://doi.org/10.1000/salt.2021) $\\cdot$ [ungated](/papers/salt.pdf)

---

### Rivers and the price of bread

**Orla Penhallow $\\cdot$ [Bram Tolley](https://bram.example.org/) (2019)**
*Inland Letters, 3, 1-9*
"""


def test_links_under_a_materials_subheading_are_the_papers(tmp_path):
    # "#### Paper materials and links" under a paper titled by a heading: the line of links below it (a lead
    # label, TeX dots between them) is that paper's links
    site = _write(tmp_path, {"config.yml": HUGO_CONFIG, "content/research.md": LINKS_UNDER_SUBHEADING})
    pubs = {p.title: p for p in import_path(site).profile.publications}
    links = set(pubs["Tidal flats and the price of salt"].links.values())
    assert {"https://doi.org/10.1000/salt.2021", "https://orla.example.org/papers/salt.pdf"} <= links


DATED_STUDENT_HEADINGS = """# Wren Castell

I am a research scientist in chemistry.

## Publications

1. Wren Castell, Ada Polk. A study of small salts. *Journal of Salts*, 2020.

## Student supervision

### 2021: Ph.D. student — Tomas Reyna

<div class="entry-meta" markdown>Lakeside Institute | 4 months</div>

### 2018: Master student, summer program — Ilse Varga

<div class="entry-meta" markdown>Hill University | 3 months</div>
"""


def test_dated_student_headings_name_the_student_last(tmp_path):
    # "### 2018: Master student — Ilse Varga" under "Student supervision": one student per heading, the year
    # and role first and the name after the dash
    site = _write(tmp_path, {"index.md": DATED_STUDENT_HEADINGS})
    students = {s.name: s.role for s in import_path(site / "index.md").profile.students}
    assert set(students) == {"Tomas Reyna", "Ilse Varga"}
    assert students["Ilse Varga"] == "master student"


DATED_GROUP_HEADING = """# Wren Castell

## Publications

1. Wren Castell, Ada Polk. A study of small salts. *Journal of Salts*, 2020.

## Students

### 2019-2023: PhD students

- Tomas Reyna (PhD, 2023)
- Ilse Varga (PhD, 2022)
"""


def test_a_dated_group_heading_over_students_stays_a_heading(tmp_path):
    site = _write(tmp_path, {"index.md": DATED_GROUP_HEADING})
    names = {s.name for s in import_path(site / "index.md").profile.students}
    assert names == {"Tomas Reyna", "Ilse Varga"}
