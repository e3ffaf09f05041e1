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
    # a term ("Fall 2023") is no family name: that row is no paper by "Fall"
    assert len(prof.publications) == 4 and "Teaching notes for the autumn course on data" not in pubs


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


# --- a group's site: the papers in year boxes, the owner's own page linked from the people page -------------

GROUP_HOME = """<!DOCTYPE html><html><title>Home | Reyes Fluids Group</title><body>
<div w3-include-html="/inc/nav.html"></div>
<header><h1>Reyes Fluids Group</h1><p>Soft matter and flows</p></header>
<div><h2>News</h2><ul><li>2025.03.02 <b>Grant:</b> a new award from the state science fund.</li></ul></div>
</body></html>
"""

GROUP_PUBS = """<!DOCTYPE html><html><title>Publications | Reyes Fluids Group</title><body>
<h1>Publications</h1>
<h3>Articles</h3>
<div onClick="toggle('y1')"><b>2024</b></div>
<div id="y1" class="box">
<div style="margin-left:40px">A.B. Lund, &#350;. Kaya, M.J. Reyes.  Droplet pinch-off in shear-thinning liquids. <i>Phys. Fluids</i>. <b>36</b>, 101 (2024).
<br />
doi:<a href="https://doi.org/10.1000/pf.2024.1">10.1000/pf.2024.1</a>
</div>
<br />
<div style="margin-left:40px">M.J. Reyes, C. Ott.  Yield stress in printed gels.  <i>J. Rheol</i>. <b>68</b>, 22 (2024).
<br />
doi:<a href="https://doi.org/10.1000/jr.2024.2">10.1000/jr.2024.2</a>
<br />
accepted manuscript:<a href="https://repo.example.edu/handle/77">Campus Repository</a>
</div>
</div>
<div onClick="toggle('y2')"><b>2023</b></div>
<div id="y2" class="box">
<div style="margin-left:40px">D. Ng, M.J. Reyes.  Bubble rafts under oscillating strain. <i>Soft Matter</i>. <b>19</b>, 7 (2023).
<br />
doi:<a href="https://doi.org/10.1000/sm.2023.3">10.1000/sm.2023.3</a>
</div>
<br />
<div style="margin-left:40px">M.J. Reyes, D. Ng, C. Ott.  Capillary rise in porous powders. <i>Langmuir</i>. <b>39</b>, 55 (2023).
<br />
doi:<a href="https://doi.org/10.1000/la.2023.4">10.1000/la.2023.4</a>
</div>
</div>
</body></html>
"""

GROUP_PEOPLE = """<!DOCTYPE html><html><title>People | Reyes Fluids Group</title><body>
<h1>People</h1>
<h3>Principal Investigator</h3>
<div><a href="/people/reyes_maria.html"><h6>Maria Reyes</h6></a></div>
</body></html>
"""

OWNER_PAGE = """<!DOCTYPE html><html><title>Maria Reyes | People | Reyes Fluids Group</title><body>
<header><h1>Maria J. Reyes</h1></header>
<div>Associate Professor of Mechanical Engineering</div>
<div>Department of Mechanical Engineering</div>
<br />
<div>Ph.D. Mechanical Engineering, Lakeview University, 2012</div>
<br />
<div><b>email:</b> <a href="mailto:maria.reyes@example.edu">maria.reyes@example.edu</a></div>
</body></html>
"""


def test_a_group_site_whose_owner_has_a_page_of_their_own(tmp_path):
    site = tmp_path / "site"
    (site / "people").mkdir(parents=True)
    (site / "index.html").write_text(GROUP_HOME, encoding="utf-8")
    (site / "publications.html").write_text(GROUP_PUBS, encoding="utf-8")
    (site / "people.html").write_text(GROUP_PEOPLE, encoding="utf-8")
    (site / "people" / "reyes_maria.html").write_text(OWNER_PAGE, encoding="utf-8")
    prof = import_path(site).profile
    p = prof.person
    # the author on every paper ("M.J. Reyes", initials written together), named in full on the page the
    # people page links under her name; that page gives her position, degree and address
    assert p.name == "Maria J. Reyes"
    assert p.job_title == "Associate Professor of Mechanical Engineering"
    assert p.email == "maria.reyes@example.edu"
    assert [e.institution for e in p.education] == ["Lakeview University"]
    # each citation box of a year is one paper; "doi:<a>" and "accepted manuscript:<a>" lines are its links
    got = [(x.title, x.year, [a.name for a in x.authors], sorted(x.links.values())) for x in prof.publications]
    assert got == [
        ("Droplet pinch-off in shear-thinning liquids", 2024, ["A.B. Lund", "Ş. Kaya", "M.J. Reyes"],
         ["https://doi.org/10.1000/pf.2024.1"]),
        ("Yield stress in printed gels", 2024, ["M.J. Reyes", "C. Ott"],
         ["https://doi.org/10.1000/jr.2024.2", "https://repo.example.edu/handle/77"]),
        ("Bubble rafts under oscillating strain", 2023, ["D. Ng", "M.J. Reyes"], ["https://doi.org/10.1000/sm.2023.3"]),
        ("Capillary rise in porous powders", 2023, ["M.J. Reyes", "D. Ng", "C. Ott"],
         ["https://doi.org/10.1000/la.2023.4"]),
    ]
    # (the journal is the italic name; the volume after its period, "Phys. Fluids. 36", is not split off yet)
    assert [x.venue.split(".")[0] for x in prof.publications] == ["Phys", "J", "Soft Matter", "Langmuir"]


# --- a Hugo site on the hugo-profile theme: the home lives in the configuration's params -----------------

PROFILE_CONFIG = """baseURL: "https://mk.example.org"
title: "mkay"
theme: "hugo-profile"
params:
  title: "mkay"
  hero:
    enable: true
    intro: "Hi, I am"
    title: "mkay aka KK"
    socialLinks:
      fontAwesomeIcons:
        - icon: fab fa-orcid
          url: https://orcid.org/0000-0002-1825-0097
        - icon: fab fa-github
          url: https://github.com/mkay-lab
      customIcons:
        - icon: /images/lab_logo.png
          url: "https://lab.example.org"
  about:
    enable: true
    content: |-
      I study how coral reefs recover after bleaching.
  experience:
    enable: true
    items:
      - job: "Reef Program Lead"
        company: "MRT"
        date: "2023-present"
        featuredLink:
          enable: true
          name: "Marine Recovery Trust"
          url: "https://mrt.example.org"
      - job: "Graduate Student"
        company: "Harbor University"
        date: "2017-2022"
  education:
    enable: true
    items:
      - title: "Doctor of Philosophy in Marine Ecology"
        school:
          name: "Harbor University, Canada"
        date: "2017-2022"
        content: |-
          Supervisors
            - Prof. Lena Ostrova (Harbor University)
            - Dr. Paulo Viana
  achievements:
    enable: true
    items:
      - title: Young Reef Scientist Prize
        content: Awarded in 2021 by the reef society.
      - title: Travel Grant
        content: For fieldwork (2019).
  contact:
    enable: true
    email: mkay@example.org
"""

PROFILE_PUBS = """---
title: Publications
---

## Articles

Ruiz A, **Kay M**, Osei B. 2023. Coral recovery after marine heatwaves. *Reef Ecology*. **4**(2):1-9. <a href="https://doi.org/10.1000/re.1">10.1000/re.1</a>

**Kay M**, Ostrova L. 2021. Bleaching thresholds of branching corals. *Marine Letters*, **12**:33-40. <a href="https://doi.org/10.1000/ml.2">10.1000/ml.2</a>

Kay J, Ruiz A, **Kay M**. 2020. Larval settlement on restored reefs. *Ocean Biology*, **7**:1-5. <a href="https://doi.org/10.1000/ob.3">10.1000/ob.3</a>
"""


def test_a_hugo_profile_theme_site_reads_its_home_from_the_configuration(tmp_path):
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "config.yaml").write_text(PROFILE_CONFIG, encoding="utf-8")
    (site / "content" / "publications.md").write_text(PROFILE_PUBS, encoding="utf-8")
    prof = import_path(site).profile
    p = prof.person
    # the hero's title is a nickname: the owner is the author the papers set in bold
    assert p.name == "Kay M"
    assert p.job_title == "Reef Program Lead"
    # "MRT", its featured link named "Marine Recovery Trust": the acronym spelled out
    assert [(a.name, a.current) for a in p.affiliations] == [("Marine Recovery Trust", True),
                                                              ("Harbor University", False)]
    assert [(e.degree, e.field, e.institution, e.year) for e in p.education] == [
        ("Doctor of Philosophy", "Marine Ecology", "Harbor University", 2022)]
    assert p.advisors == ["Lena Ostrova", "Paulo Viana"]
    assert (p.email, p.identifiers) == ("mkay@example.org", {"orcid": "0000-0002-1825-0097", "github": "mkay-lab"})
    assert p.links["orcid"] == "https://orcid.org/0000-0002-1825-0097" and "lab_logo.png" not in p.links
    assert [(a.name, a.year) for a in prof.awards] == [("Young Reef Scientist Prize", 2021), ("Travel Grant", 2019)]
    assert [[a.is_self for a in x.authors] for x in prof.publications] == [
        [False, True, False], [True, False], [False, False, True]]


# --- "Recent Works": working papers whose coauthors follow "with", a link label after them ---------------

WORKS_PAGE = """---
title: "Noor Haddad"
---

## About

I am an associate professor of economics at Lakeview University.

## Recent Works

1. **Goal Feedback and Effort: Evidence from the Lab** with Ana Ruiz and Bo Chen. [SSRN](https://papers.example.com/id=11), 2026
2. **Framing Public Goods with Unequal Endowments** with Dara Mills and Eli Park. 2023. Email noor@example.edu to request a copy.
3. **Salient Costs in the Field** with Femi Ade and Yohanes E. Riyanto. 2021.
"""


def test_recent_works_are_papers_and_their_with_names_end_with_their_sentence(tmp_path):
    page = tmp_path / "about.md"
    page.write_text(WORKS_PAGE, encoding="utf-8")
    prof = import_path(page).profile
    # the owner first (a "with" list does not say where they stand), then the names as written: a link's
    # label or the year after the sentence is no name, an initial's period ends none
    assert [(x.title, x.year, [a.name for a in x.authors]) for x in prof.publications] == [
        ("Goal Feedback and Effort: Evidence from the Lab", 2026, ["Noor Haddad", "Ana Ruiz", "Bo Chen"]),
        ("Framing Public Goods with Unequal Endowments", 2023, ["Noor Haddad", "Dara Mills", "Eli Park"]),
        ("Salient Costs in the Field", 2021, ["Noor Haddad", "Femi Ade", "Yohanes E. Riyanto"]),
    ]
    assert "https://papers.example.com/id=11" in prof.publications[0].links.values()
