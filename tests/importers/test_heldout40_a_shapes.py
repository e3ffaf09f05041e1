"""Shapes of real homepages that batch 40a misread (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import imported_site, write_site

_JEKYLL_CONFIG = "title: Kelp Lab\nauthor:\n  name: Nora Vale\n"


def _paper(title: str, doi: str, authors: str = "<b>Nora Vale</b>, Kai Hart") -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\nauthors: {authors}\ndate: 2021-05-01\n"
            f"venue: 'Ocean Biology'\ndoi: \"{doi}\"\n---\n")


def test_a_doi_field_holding_another_address_is_still_the_works_doi_link(tmp_path):
    # academicpages-style records whose `doi:` field, rendered by the theme as the "DOI" button, holds a preprint's
    # or a publisher's address instead of a DOI: the button's link was dropped (the field failed as a DOI); a DOI
    # inside such an address is still the work's DOI
    p = imported_site(tmp_path, {
        "_config.yml": _JEKYLL_CONFIG,
        "_publications/one.md": _paper("Kelp rafts carry snails", "https://arxiv.org/abs/2101.00001"),
        "_publications/two.md": _paper("Urchins reshape canopies", "https://pubs.example.org/doi/abs/10.1000/oc.77"),
        "_publications/three.md": _paper("Holdfasts shelter crabs", "https://doi.org/10.1000/oc.5"),
        "_publications/four.md": _paper("Storms thin the forest", "not given"),
    })
    by_title = {x.title: x for x in p.publications}
    assert by_title["Kelp rafts carry snails"].links == {"doi": "https://arxiv.org/abs/2101.00001"}
    assert by_title["Kelp rafts carry snails"].arxiv == "2101.00001"
    two = by_title["Urchins reshape canopies"]
    assert (two.links, two.doi) == ({"doi": "https://pubs.example.org/doi/abs/10.1000/oc.77"}, "10.1000/oc.77")
    three = by_title["Holdfasts shelter crabs"]
    assert (three.links, three.doi) == ({"doi": "https://doi.org/10.1000/oc.5"}, "10.1000/oc.5")
    assert by_title["Storms thin the forest"].links == {}


def test_an_alfolio_badge_naming_the_kind_of_work_is_no_venue():
    # al-folio's `abbr` badge used for the item's kind ("Research Article", "Data Descriptor", "Editorial",
    # "Dataset", "Proceedings Paper") was taken for the venue over the entry's journal
    from kg.importers.bibtex import read_bibtex

    kinds = ["Research Article", "Data Descriptor", "Editorial", "{Dataset}", "Proceedings Paper", "Perspective"]
    text = "\n".join(f"@article{{k{i}, abbr={{{kind}}}, title={{Kelp study {i}}}, author={{Vale, Nora}}, "
                     f"journal={{Ocean Biology}}, year={{2020}}}}" for i, kind in enumerate(kinds))
    text += "\n@article{k9, abbr={OB}, title={Kelp study 9}, author={Vale, Nora}, journal={Ocean Biology}, year={2020}}"
    pubs = read_bibtex(text, "Nora Vale").publications
    assert [p.venue for p in pubs] == ["Ocean Biology"] * len(kinds) + ["OB"]


def test_a_second_entry_under_a_used_key_is_read_like_the_first():
    # two works under one key (a book chapter and an article): the second was read as the parser left it, set
    # apart before its steps ran: its title and journal kept their quotes, an @string name stood for the journal
    from kg.importers.bibtex import read_bibtex

    text = ('@string{od = "Ocean Data"}\n'
            '@inbook{Vale2018, title="Kelp in Art", author="Vale, Nora", booktitle="Essays on the Sea", year="2018"}\n'
            '@article{Vale2018,\n  author  = "Nora Vale and Kai Hart",\n  title   = "Kelp {R}afts, a long dataset",\n'
            '  journal = od,\n  year    = "2018",\n}\n')
    pubs = read_bibtex(text, "Nora Vale").publications
    assert [(p.title, p.venue) for p in pubs] == [("Kelp in Art", "Essays on the Sea"),
                                                  ("Kelp Rafts, a long dataset", "Ocean Data")]
    assert [(a.name, a.is_self) for a in pubs[1].authors] == [("Nora Vale", True), ("Kai Hart", False)]


def test_a_hugo_social_table_names_the_owners_profiles_without_a_configured_author(tmp_path):
    # LoveIt/DoIt's "[params.social] GitHub = 'handle'" in a configuration that names no author (the owner is the
    # site's title and home page): the table was read only beside a "[params.author]"
    p = imported_site(tmp_path, {
        "hugo.toml": 'baseURL = "https://nvale.example.org/"\ntitle = "Nora Vale - Kelp Lab"\ntheme = "DoIt"\n\n'
                     '[params]\n  description = "Marine ecologist"\n\n  [params.social]\n'
                     '    GitHub = "noravale"\n    Linkedin = "nora-vale-phd"\n',
        "content/_index.md": "---\ntitle: Home\n---\n\nI am Nora Vale, a marine ecologist at Inland University.\n",
    })
    assert p.person.name == "Nora Vale"
    assert (p.person.identifiers.get("github"), p.person.identifiers.get("linkedin")) == ("noravale", "nora-vale-phd")


def test_the_owner_written_with_a_doubled_letter_once_is_still_the_owner(tmp_path):
    # the owner's given name spelled two ways across the records ("Nuttida" and "Nutida"): the other spelling was
    # no author of the owner's, so the owner had no place in those works
    p = imported_site(tmp_path, {
        "_config.yml": "title: Kelp Lab\nauthor:\n  name: Nuttida Vale\n",
        "_publications/one.md": _paper("Kelp rafts carry snails", "10.1000/oc.1", "Kai Hart, Nutida Vale"),
        "_publications/two.md": _paper("Urchins reshape canopies", "10.1000/oc.2", "Nuttida Vale, Kai Hart"),
        "_publications/three.md": _paper("Holdfasts shelter crabs", "10.1000/oc.3", "Kai Hart, Nadja Vale"),
    })
    by_title = {x.title: [a.is_self for a in x.authors] for x in p.publications}
    assert by_title == {"Kelp rafts carry snails": [False, True], "Urchins reshape canopies": [True, False],
                        "Holdfasts shelter crabs": [False, False]}


def test_a_degree_heading_with_honours_is_no_awards_section(tmp_path):
    # "### B.Sc. in Chemistry (Honors)" under Education: the degree's class, read as a heading of awards (the
    # degree counted as one more award and lost from the education)
    p = imported_site(tmp_path, {"index.md": (
        "# Nora Vale\n\nI am a marine ecologist at Inland University.\n\n## Education\n\n"
        "### Ph.D. in Marine Biology\n**Inland University, Lakeside** | 2016 – 2021\n\n"
        "### B.Sc. in Chemistry (Honors)\n**Coastal College, Seaview** | 2012 – 2015\nFirst Division\n\n"
        "## Awards & Honors\n\n- **Kelp Medal**, Ocean Society (2023)\n- **Young Diver Prize** (2019)\n")})
    assert [(e.degree, e.year) for e in p.person.education] == [("Ph.D.", 2021), ("B.Sc.", 2015)]
    assert len(p.awards) == 2


def test_a_profile_readme_links_its_written_out_addresses(tmp_path):
    # GitHub shows an address written out in a README ("- LinkedIn: https://...") as a link (GFM's autolinks);
    # kg read it as plain text, so the profiles it names were lost; code keeps its addresses as written
    readme = ("# Nora Vale\n\nHi there 👋 I study kelp forests at Inland University.\n\n### Homepages\n"
              "- LinkedIn: https://www.linkedin.com/in/nora-vale-77\n"
              "- Google Scholar: https://scholar.google.com/citations?user=AbCdEfGhIjKL.\n\n"
              "```\ngit clone https://github.com/someone-else/tool\n```\n")
    for where in ("site", "single"):
        root = write_site(tmp_path / where, {"README.md": readme})
        p = import_path(root if where == "site" else root / "README.md").profile
        assert (p.person.name, p.person.identifiers) == (
            "Nora Vale", {"linkedin": "nora-vale-77", "google_scholar": "AbCdEfGhIjKL"}), where
        assert [u.text for u in p.unparsed if "://" in u.text] == ["git clone https://github.com/someone-else/tool"]


def test_a_heading_as_high_as_a_year_heading_closes_the_years_group(tmp_path):
    # "### 2018" closing the journal papers, then "## Preprints": the preprints, of no year, took 2018; a heading
    # below the year's ("#### Letters") stays inside it
    p = imported_site(tmp_path, {"index.md": (
        "# Nora Vale\n\nI am a marine ecologist at Inland University.\n\n## Selected Publications\n\n### 2019\n\n"
        "1. **N. Vale**, K. Hart. \"Kelp rafts carry snails.\" *Ocean Biol.* **4**, 1–9 (2019).\n\n### 2018\n\n"
        "#### Letters\n\n2. K. Hart, **N. Vale**. \"Urchins reshape canopies.\" *Mar. Lett.* **2**, 3–5.\n\n"
        "## Preprints & Manuscripts Under Review\n\n"
        "1. **N. Vale**, K. Hart. \"Holdfasts shelter crabs.\" (In preparation)\n")})
    assert [(x.title, x.year) for x in p.publications] == [
        ("Kelp rafts carry snails", 2019), ("Urchins reshape canopies", 2018), ("Holdfasts shelter crabs", None)]
