"""Shapes of real pages met in held-out batch 15, each written here in our own words with invented names: a
Jekyll about page whose numbered citations give family-first names with marks, then the title in quotes, then
a bold journal; a short "Publication Highlights" list that names works of the full list again in other words;
a sentence counting the owner's papers."""

from __future__ import annotations

from kg.importers import import_path
from tests.importers.sitefiles import write_site as _write


JEKYLL_CONFIG = """title: Mira Quellbrook
author:
  name: Mira Quellbrook
"""

ABOUT = """---
permalink: /
title: "About"
---

I am an assistant professor of chemistry at Westfold University.

## Research Record

I have published **12 peer-reviewed papers** (h-index = 7) with **2000+ total citations** so far.

### Publication Highlights

1. **Copper Pair Engineering**

   Quellbrook, M.; et al. "Copper Pairs on Porous Silica for Selective C(sp²)–N Coupling." *Chem. Lett. Imag.* **2023**, 5, 44–50.

2. **Slow Carbon**

   Quellbrook, M.; et al. "Slow Oxidation of Glassy Carbon." *J. Fict. Chem.* **2024**, 12(3), 101–110.

## Full Publication List

### **I. Lead, Co-first (#) & Corresponding Author (*) Papers**

1. Tarn, L.#, **Quellbrook, M.#**, Oduya, S., Pell, R. "Slow Oxidation of Glassy Carbon in Layered Clays." **J. Fict. Chem.**, 2024, 12(3), 101–110.

2. **Quellbrook, M.***, Varga, E. "Copper Pairs on Porous Silica for Selective C(sp2)-N Coupling." **Chem. Lett. Imag.**, 2023, 5, 44–50.

3. Oduya, S., **Quellbrook, M.** "A Survey of Cluster Catalysts." **Rev. Imag. Sci.**, 2022.
"""


def _pubs(tmp_path):
    site = _write(tmp_path, {"_config.yml": JEKYLL_CONFIG, "_pages/about.md": ABOUT})
    return import_path(site).profile.publications


def test_quoted_title_after_family_first_names(tmp_path):
    # 'Tarn, L.#, Quellbrook, M.# "Title." **Journal**, 2024': the quotes close the title, the bold journal follows
    pubs = {p.title: p for p in _pubs(tmp_path)}
    pub = pubs["Slow Oxidation of Glassy Carbon in Layered Clays"]
    assert [a.name for a in pub.authors] == ["L. Tarn", "M. Quellbrook", "S. Oduya", "R. Pell"]
    assert pub.venue == "J. Fict. Chem" and pub.year == 2024
    assert pubs["A Survey of Cluster Catalysts"].venue == "Rev. Imag. Sci"


def test_legend_with_marks_in_brackets_after_their_meaning(tmp_path):
    # "Co-first (#) & Corresponding Author (*)" in the group's heading: '#' is equal contribution, '*' corresponding
    pubs = {p.title: p for p in _pubs(tmp_path)}
    first = pubs["Slow Oxidation of Glassy Carbon in Layered Clays"].authors
    assert first[1].marks == ["equal_contribution"]
    second = pubs["Copper Pairs on Porous Silica for Selective C(sp2)-N Coupling"].authors
    assert second[0].marks == ["corresponding"]


def test_highlights_are_works_of_the_full_list(tmp_path):
    # the highlights name two works of the full list again (a shortened title, "sp²" for "sp2"): one work each,
    # read from the full list; the sentence counting the owner's papers is none
    pubs = _pubs(tmp_path)
    assert sorted(p.title for p in pubs) == [
        "A Survey of Cluster Catalysts",
        "Copper Pairs on Porous Silica for Selective C(sp2)-N Coupling",
        "Slow Oxidation of Glassy Carbon in Layered Clays",
    ]


WORD_LIST = """<html><head><meta charset="utf-8"></head><body>
<p>Nadia Orvell, Ph.D.</p>
<p>Associate Professor, Department of Imaginary Studies, Westfold University</p>
<h2>Publications (by year):</h2>
<h3>2013</h3>
<p>1. Tamsin KD, Ruelle G, Abernoth M, Orvell N. 2013 The changing shape of ward notes: a report from a planning
meeting, J Fict Med Inform Assoc. 2013;20(1):134-140</p>
<p>2. Orvell, N., Quist, RS Barlow, DR, Shared pictures of the ward in night shifts, in Studies in Ward Work, editors
Lind A., Barlow, D.R., Springer, 2013</p>
<p>3. Ruelle, J.J., Orvell, N., Dask, S., and Pim, H.B. 2013 Walk'N'Talk: Encouraging Evening Walks with a Pocket
Game, in Proceedings of Wanderworks 2013, Lecture Notes in Imaginary Science, Springer, 261-278.</p>
<h3>2012</h3>
<p>4. Orvell, N., Pim, H., Ruelle, G., Study of night nurses and their notebooks, Journal of Ward Studies, 2012</p>
</body></html>
"""


def _page_pubs(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(WORD_LIST, encoding="utf-8")
    return {p.title: p for p in import_path(page).profile.publications}


def test_title_runs_to_the_comma_before_its_venue(tmp_path):
    # no stop after the title: the comma before "in Proceedings ..." or before venue words ends it
    pubs = _page_pubs(tmp_path)
    assert pubs["Walk'N'Talk: Encouraging Evening Walks with a Pocket Game"].venue.startswith("Proceedings of Wanderworks")
    assert pubs["Study of night nurses and their notebooks"].venue == "Journal of Ward Studies"


def test_year_between_vancouver_names_and_title(tmp_path):
    # "Orvell N. 2013 The changing shape ...": the year is no word of the title
    pub = _page_pubs(tmp_path)["The changing shape of ward notes: a report from a planning meeting"]
    assert pub.venue == "J Fict Med Inform Assoc" and pub.year == 2013
    assert [a.name for a in pub.authors][-1] == "Orvell N"


def test_family_first_names_with_a_comma_left_out(tmp_path):
    # "Quist, RS Barlow, DR,": two names, the comma between them left out; undotted initials kept as written
    pub = _page_pubs(tmp_path)["Shared pictures of the ward in night shifts"]
    assert [a.name for a in pub.authors] == ["N. Orvell", "RS Quist", "DR Barlow"]


BARE_ITEMS = """<html><head><title>Philippe Quellec' publications</title></head><body>
<h1>Philippe Quellec</h1>
<p>I am Professor in Computer Science at the Université de Nulle Part.</p>
<h2>Publications, communications, ...</h2>
<h3>2021</h3>
<dt id="a1">
  A. Vorn and B. Lasky and C. Dumar and Ph. Quellec,
  READY-X: A Learned Strategy for Dynamic Heap Scheduling,
  Proc. IEEE Clusterfest, 2021, <a href="https://hal.example.org/hal-1">on hal</a>.
</dt>
<h3>2010</h3>
<dt id="a3">
  V. Gabor, J. Mare, Ph. Quellec, Affichage de bannières sur des portails <i>web</i>, in Proc. 10<sup>e</sup>
  Extraction, Gestion des Connaissances (EGC), Tunisie, 2010
</dt>
<h3>1999</h3>
<dt id="a4">
  Ph. Quellec, E-G. Talbor, Towards Hybrid Crystal
  Algorithms, International Transactions in Imaginary Research, vol. 6,
  557:570, 1999 (&copy; Elsevier) <a href="./papiers/x.pdf">pdf draft version</a>
</dt>
</body></html>
"""


def _bare_pubs(tmp_path):
    page = tmp_path / "publis.html"
    page.write_text(BARE_ITEMS, encoding="utf-8")
    return {p.title: p for p in import_path(page).profile.publications}


def test_names_title_venue_split_by_commas_only(tmp_path):
    # "A and B and Ph. Q, Title, Proc. X, 2021": "Proc." is a venue word though no word boundary follows its stop;
    # "Towards" opens a title, it is no given name; "Ph." is an initial, no sentence's end
    pubs = _bare_pubs(tmp_path)
    ready = pubs["READY-X: A Learned Strategy for Dynamic Heap Scheduling"]
    assert [a.name for a in ready.authors] == ["A. Vorn", "B. Lasky", "C. Dumar", "Ph. Quellec"]
    assert ready.venue == "Proc. IEEE Clusterfest"
    towards = pubs["Towards Hybrid Crystal Algorithms"]
    assert [a.name for a in towards.authors] == ["Ph. Quellec", "E-G. Talbor"]
    assert towards.venue == "International Transactions in Imaginary Research"


def test_owner_written_with_a_two_letter_initial(tmp_path):
    # "Ph. Quellec" is the owner Philippe Quellec
    pubs = _bare_pubs(tmp_path)
    assert all(any(a.is_self and a.name == "Ph. Quellec" for a in p.authors) for p in pubs.values())


def test_lone_lower_case_italic_word_stays_in_the_title(tmp_path):
    # "portails <i>web</i>, in Proc. ...": the italic word is the title's, the venue begins at "in Proc."
    assert "Affichage de bannières sur des portails web" in _bare_pubs(tmp_path)


BRACED_AUTHORS = """@techreport{note1,
  title  = "{The Small Detector Event Survey}",
  author = "{O. K. Vantre and Z. Marrow}",
  year   = "2025",
}
@techreport{note2,
  title  = "{Light Losses in Long Fibres}",
  author = "{Z. Marrow, O. K. Vantre, et al.}",
  year   = "2025",
}
@article{collab1,
  title  = "{First Look at Slow Kaons in a Prototype}",
  author = "{GRAND Collaboration (including O. K. Vantre)}",
  year   = "2024",
}
"""


def test_author_list_in_one_more_pair_of_braces(tmp_path):
    # author = "{A and B}" is the two people the site shows, not one name; "{A, B, et al.}" likewise, cut short;
    # "{X Collaboration (including Owner)}" is the collaboration, the owner's work
    from kg.importers.bibtex import read_bibtex

    result = read_bibtex(BRACED_AUTHORS, owner="Osric K. Vantre")
    pubs = {p.title: p for p in result.publications}
    survey = pubs["The Small Detector Event Survey"]
    assert [(a.name, a.is_self) for a in survey.authors] == [("O. K. Vantre", True), ("Z. Marrow", False)]
    fibres = pubs["Light Losses in Long Fibres"]
    assert [a.name for a in fibres.authors] == ["Z. Marrow", "O. K. Vantre"] and fibres.authors_truncated
    kaons = pubs["First Look at Slow Kaons in a Prototype"]
    assert [(a.name, a.is_self) for a in kaons.authors] == [("GRAND Collaboration", True)]


MYST_PAPERS = """# Publications

{bdg-primary}`rivers` {bdg-info}`floods`

### Journal articles

**Marquardt, I.**, Brekke, T. (2021). Groundwater recharge under thawing soils. *Journal of Cold Basins*
[on-line version](https://doi.org/10.1000/cold.1) | {download}`PDF<https://files.example.org/cold.pdf>` |
{bdg-info}`floods` {bdg-primary}`rivers`

Holm, A., **Marquardt, I.** & Brekke, T. (2020). Snowmelt timing in alpine catchments. https://doi.org/10.1000/snow.2
{bdg-primary}`rivers`
"""


def test_myst_badges_are_no_entry_and_a_download_is_a_link(tmp_path):
    # a line of MyST badges ({bdg-info}`floods`) under a citation is a topic tag, not the entry's title; a
    # {download} role is a link to the file
    site = _write(tmp_path, {
        "_config.yml": "title: \"\"\nauthor: \"\"\n",
        "_toc.yml": "format: jb-book\nroot: intro\nchapters:\n- file: papers\n",
        "intro.md": "# Ilse Marquardt\n\nI am a lecturer in hydrology at Fenwick University.\n",
        "papers.md": MYST_PAPERS,
    })
    pubs = {p.title: p for p in import_path(site).profile.publications}
    assert sorted(pubs) == ["Groundwater recharge under thawing soils", "Snowmelt timing in alpine catchments"]
    assert pubs["Groundwater recharge under thawing soils"].links.get("pdf") == "https://files.example.org/cold.pdf"
    assert pubs["Snowmelt timing in alpine catchments"].year == 2020


HANDLES_CONFIG = """title = "Corentin Vaillard"
baseURL = "https://vaillard.example.org/"

[params]
firstName = "Corentin"
lastName = "Vaillard"

[[params.handles]]
link = "mailto:corentin@vaillard.example.org"
name = "Mail"

[[params.handles]]
link = "https://github.com/cvaillard"
name = "Github"

[[params.handles]]
link = "https://scholar.google.com/citations?user=AbCdEfGhIjkL&hl=en"
name = "GoogleScholar"
"""


def test_hugo_params_handles_name_the_owners_profiles(tmp_path):
    # hugo-resume keeps the owner's profiles in "[[params.handles]]" (a name and a link each)
    site = _write(tmp_path, {
        "config.toml": HANDLES_CONFIG,
        "content/_index.md": "---\ntitle: Home\n---\n\nI build network probes at a telecom company in Lyon.\n",
    })
    person = import_path(site).profile.person
    assert person.identifiers.get("github") == "cvaillard"
    assert person.identifiers.get("google_scholar") == "AbCdEfGhIjkL"
    assert person.email == "corentin@vaillard.example.org"
