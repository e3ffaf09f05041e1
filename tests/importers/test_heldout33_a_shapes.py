"""Shapes of real homepages seen in batch 33 (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path
from .sitefiles import write_site


def _quarto_papers(tmp_path, description: str):
    write_site(tmp_path, {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Ines Harwood"\n',
        "index.qmd": "---\ntitle: Ines Harwood\n---\n\nI study tides at the University of Pellmark.\n",
        "papers/index.qmd": '---\ntitle: "Papers"\nlisting:\n  contents:\n    - "**/index.qmd"\n  sort: "date desc"\n---\n',
        "papers/2022-tides/index.qmd": (
            '---\ntitle: "Tides Under Thin Ice"\nauthor:\n  - name: Ines Harwood\n    orcid: 0000-0001-0000-0001\n'
            f"  - Pim Sorrel\ndate: '2022-03-04'\ndescription: {description}\n---\n\n## Abstract\n\nWe watch tides.\n"),
    })
    (pub,) = import_path(tmp_path).profile.publications
    return pub


def test_a_listed_paper_page_whose_description_is_a_journal_name_gives_its_venue(tmp_path):
    # a Quarto paper page with no venue key shows its "description" under the title: a name there is the venue
    assert _quarto_papers(tmp_path, "'Journal of Cold Seas'").venue == "Journal of Cold Seas"


def test_an_archive_name_in_the_description_is_the_venue(tmp_path):
    assert _quarto_papers(tmp_path, "bioRxiv").venue == "bioRxiv"


def test_a_description_that_is_a_sentence_is_no_venue(tmp_path):
    assert _quarto_papers(tmp_path, "'We measured how tides move under thin ice.'").venue is None


_ABSTRACT = ("We follow the prices of grain in twelve small valley markets over four wet and dry seasons and ask how "
             "far the first heavy rain moves them, and for how long the change lasts after the harvest.")


def _research_page(tmp_path, links: str, after: str = "", wip: str = ""):
    (tmp_path / "index.md").write_text(
        "# Oda Brekke\n\nI am a PhD candidate in economics at the University of Tallmoor.\n\n"
        "## Research\n\n### Rainfall and harvest prices in small markets\n\n"
        "**[Ivo Lind](https://example.org/ivo) $\\cdot$ Oda B. Brekke (2019)**  \n*Journal of Farm Prices, 12, 1-20*\n\n"
        f"{_ABSTRACT}\n\n#### Paper materials and links\n\n{links}\n{after}{wip}")
    return import_path(tmp_path).profile


_LINKS = ("+ Paper: [official](https://doi.org/10.1000/jfp.1)\n"
          "+ Data files: [tables and maps](https://github.com/obrekke/rain) $\\cdot$ "
          "[open questions](https://github.com/obrekke/rain/issues)\n"
          "+ [Field diary of the seasons](https://diary.example.net/rain)\n")


def test_every_link_under_an_entrys_own_links_heading_is_the_entrys(tmp_path):
    # "Data files: [tables and maps](..) · [open questions](..)" under "Paper materials and links": links of the
    # paper above, whatever their labels say (they were read as a paper titled "tables and maps", and the lines
    # after were lost)
    p = _research_page(tmp_path, _LINKS)
    assert [x.title for x in p.publications] == ["Rainfall and harvest prices in small markets"]
    (pub,) = p.publications
    urls = [*pub.links.values(), *(x.url for x in pub.more_links)]
    assert "https://github.com/obrekke/rain" in urls and "https://github.com/obrekke/rain/issues" in urls
    assert "https://diary.example.net/rain" in urls


def test_a_run_of_links_to_other_pages_under_a_paper_is_no_paper(tmp_path):
    # "##### Citations" under a paper, then "[Ministry of Farms, Roads, and Rivers](..) · [Annual Review ...](..) ·
    # ...": pages that cite the paper, no paper of its own
    p = _research_page(tmp_path, _LINKS, after=(
        "\n##### Press\n\n[Valley Gazette](https://gazette.example.com/rain) $\\cdot$\n"
        "[Harbour Radio](https://radio.example.com/show)\n\n##### Citations\n\n"
        "[Ministry of Farms, Roads, and Rivers](https://gov.example.com/farms/report) $\\cdot$\n"
        "[Annual Review of Valley Markets (2021)](https://review.example.com/2021) $\\cdot$\n"
        "[“Rain Money” by Kari Holt](https://books.example.com/rain-money) $\\cdot$\n"
        "[Farm Weekly](https://weekly.example.com/prices)\n"))
    assert [x.title for x in p.publications] == ["Rainfall and harvest prices in small markets"]


def test_titles_alone_under_work_in_progress_are_the_owners_works(tmp_path):
    # "### Work in progress" over small headings that are titles alone: the owner's unfinished works; so is a
    # short sub-heading there over a note on the work's drafts ("#### Tidal mills" / "+ A first draft (2021) ...")
    p = _research_page(tmp_path, _LINKS, wip=(
        "\n### Work in progress\n\n#### Tidal mills\n\n+ A first draft (2021) was read at a workshop in Tallmoor\n\n"
        "#### Seasonal migration and village schools in the hills\n\n"
        "#### Trade routes and the river ferries of the coast (with [Sig Moe](https://example.org/sig))\n"))
    got = {x.title: [a.name for a in x.authors] for x in p.publications}
    assert got["Tidal mills"] == ["Oda Brekke"]
    assert got["Seasonal migration and village schools in the hills"] == ["Oda Brekke"]
    assert got["Trade routes and the river ferries of the coast"] == ["Oda Brekke", "Sig Moe"]


def test_scopus_and_ncbi_bibliography_links_are_the_owners_profiles(tmp_path):
    # "[Scopus Profile](https://www.scopus.com/authid/detail.uri?authorId=...)", "[NCBI Profile](.../myncbi/<name>/
    # bibliography/public/)": the owner's author record and public bibliography, ids of the owner
    (tmp_path / "README.md").write_text(
        "# Hi, I'm Ana Roe\n\nI am a marine botanist.\n\n"
        "- [Scopus Profile](https://www.scopus.com/authid/detail.uri?authorId=11122233344)\n"
        "- [NCBI Profile](https://www.ncbi.nlm.nih.gov/myncbi/ana%20r.roe.2/bibliography/public/)\n")
    ids = import_path(tmp_path).profile.person.identifiers
    assert ids["scopus"] == "11122233344"
    assert ids["ncbi_bibliography"] == "ana%20r.roe.2"


def test_an_author_line_wrapped_after_and_goes_on_on_the_next_line(tmp_path):
    # "2. Bo Lee, Cy Kim, **Ana Roe**, and" / "Eli Ford. **Title.** Journal. 2024;..." (a soft line break after
    # "and"): one citation, not an author line and a line of its own
    (tmp_path / "README.md").write_text(
        "# Hi, I'm Ana Roe\n\n## Publications\n\n"
        "1. Lee BC, **Roe A**, Moe S. **Tides under thin ice.** J Cold Seas. 2023 Nov 30;13(12):22.\n\n"
        "2. Bo Lee, Cy Kim, **Ana Roe**, Dee Park, and\nEli Ford. **Salt marsh grasses of the northern coast: a "
        "joint survey.** Coastal Botany. 2024;35(1):149-162.\n\n"
        "3. **Roe A**, Lee BC. **Winter storms and dune loss.** Coast Res. 2021 Feb 18;11(1):4108.\n")
    pubs = {p.title: p for p in import_path(tmp_path).profile.publications}
    pub = pubs["Salt marsh grasses of the northern coast: a joint survey"]
    assert [a.name for a in pub.authors] == ["Bo Lee", "Cy Kim", "Ana Roe", "Dee Park", "Eli Ford"]
    assert pub.venue == "Coastal Botany" and pub.year == 2024


def test_deeds_told_as_duty_lines_under_achievements_are_no_awards(tmp_path):
    # "## Achievements" over "- Created and led the ...", "- Published 12 articles ...": what the owner did, in a
    # CV's words, no prize; an honour in the same list ("Awarded the ... Medal, 2019") still is one
    (tmp_path / "README.md").write_text(
        "# Hi, I'm Ana Roe\n\nI am a marine botanist.\n\n## Achievements\n\n### **Field work at sea**\n"
        "- Created and led the coastal survey unit, growing it to nine people.\n"
        "- Published 12 articles on salt marsh grasses in leading journals.\n\n"
        "### **Field honours**\n- Awarded the Harbour Society Medal, 2019\n")
    awards = import_path(tmp_path).profile.awards
    assert [a.name for a in awards] == ["Awarded the Harbour Society Medal"]


def test_a_papermod_home_card_names_the_owner_as_the_settings_give_another_form(tmp_path):
    # "author: R. Ivo Varga" in the settings, the home card titled "Ivo Varga" (as the page's bylines write the
    # name): the owner is the name the home page shows, the settings' form another name of theirs
    write_site(tmp_path, {
        "config.yml": ("baseURL: https://ivovarga.example.org/\ntitle: R. Ivo Varga\ntheme: PaperMod\nparams:\n"
                       "  author: R. Ivo Varga\n  profileMode:\n    enabled: true\n    title: Ivo Varga\n"
                       "    subtitle: \"I am a PhD candidate in economics at the University of Tallmoor.\"\n"),
        "content/research.md": ("---\ntitle: Research\n---\n\n### Idle rooms in quiet hotels\n\n"
                                "**Lea Holm $\\cdot$ Ivo Varga (2021)**  \n*Journal of Slow Economics, 3, 1-9*\n\n"
                                f"{_ABSTRACT}\n"),
    })
    person = import_path(tmp_path).profile.person
    assert person.name == "Ivo Varga"
    assert "R. Ivo Varga" in person.alternate_names


def test_a_degree_heading_over_the_line_naming_the_school_is_one_degree(tmp_path):
    # "### 🎓 **Ph.D. in Marine Sciences**" over "*University of Tallmoor, Norland*" and "**Major:** ...": the
    # heading names the degree, the line under it where it was earned
    (tmp_path / "README.md").write_text(
        "# Hi, I'm Ana Roe\n\nI am a marine botanist.\n\n## Education\n\n"
        "### 🎓 **Ph.D. in Marine Sciences**  \n*University of Tallmoor, Norland*  \n**Major:** Botany, Ecology\n\n"
        "### 🎓 **Bachelor in Coastal Biology**  \n*Pellmark University, Norland*  \n**Major:** Biology\n\n"
        "## Languages\n\nNorse\n")
    eds = import_path(tmp_path).profile.person.education
    assert [(e.degree, e.institution) for e in eds] == [("Ph.D.", "University of Tallmoor"),
                                                        ("Bachelor", "Pellmark University")]


def test_degree_lines_parted_by_dots_in_a_list_under_about_me_are_degrees(tmp_path):
    # "<li>Ph.D. in Ocean Physics ∙ University of Tallmoor ∙ 2018</li>" under "## About me": a degree (the dots
    # part its pieces as commas would), not a paragraph of the bio
    (tmp_path / "index.md").write_text(
        "# Ines Harwood\n\n## About me\n\nI work as an oceanographer at the University of Pellmark.\n\n"
        '<ul class="fa-ul">\n   <li><span class="fa-li"><i class="fa-solid fa-graduation-cap"></i></span>'
        "Ph.D. in Ocean Physics ∙ University of Tallmoor ∙ 2018</li>\n"
        '   <li><span class="fa-li"><i class="fa-solid fa-graduation-cap"></i></span>'
        "B.S. in Physics · Pellmark University · 2012</li>\n</ul>\n")
    eds = import_path(tmp_path).profile.person.education
    assert [(e.degree, e.field, e.institution, e.year) for e in eds] == [
        ("Ph.D.", "Ocean Physics", "University of Tallmoor", 2018), ("B.S.", "Physics", "Pellmark University", 2012)]
