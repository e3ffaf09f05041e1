"""Shapes of real homepages whose whole import failed, found by hunting unseen real sites (issue 8), as small
synthetic sites in our own words."""

from __future__ import annotations

from .sitefiles import academicpages_home, imported_site

_HUGO_CONFIG = "baseURL: https://example.org/\ntitle: Rosa Imbert\n"


def test_a_hugo_home_page_showing_one_author_makes_that_author_the_owner_over_the_demo_admin(tmp_path):
    # a Wowchemy site that kept the theme's demo author page (admin: a demo name and job) and wrote the owner's own
    # page beside it, the home page's biography block naming it: the owner was the demo name
    p = imported_site(tmp_path, {
        "config/_default/hugo.yaml": _HUGO_CONFIG,
        "content/_index.md": "---\ntitle: Home\ntype: landing\nsections:\n  - block: resume-biography\n"
                             "    content:\n      username: rosa-imbert\n  - block: resume-experience\n"
                             "    content:\n      username: rosa-imbert\n---\n",
        "content/authors/admin/_index.md": "---\ntitle: Demo Person\nrole: Chief Demo Officer\nsuperuser: true\n"
                                           "organizations:\n  - name: Demo Corp\n---\nA placeholder biography.\n",
        "content/authors/rosa-imbert/_index.md": "---\ntitle: Rosa Imbert\nrole: Soil Scientist\nsuperuser: true\n"
                                                 "organizations:\n  - name: Vale Agronomy Institute\n---\n"
                                                 "I measure carbon in farm soils.\n",
        "content/publication/one/index.md": "---\ntitle: Carbon under cover crops\nauthors:\n  - Rosa Imbert\n"
                                            "  - Tom Ruel\ndate: 2021-03-01\npublication: Soil Letters\n---\n",
    })
    assert p.person.name == "Rosa Imbert"
    assert p.person.job_title == "Soil Scientist"
    assert [a.name for a in p.person.affiliations] == ["Vale Agronomy Institute"]
    assert [x.title for x in p.publications] == ["Carbon under cover crops"]


def test_an_about_page_made_of_a_template_reads_the_markdown_files_the_template_pulls_in(tmp_path):
    # an AcadHomepage fork whose about page is one "{% include home/homepage.html %}": the template writes each
    # section from a markdown file of _includes/, the papers' file itself including one file per group of papers;
    # nothing of it was read (0 papers)
    box = ("<div class='paper-box'><div class='paper-box-text' markdown=\"1\">\n\n**{title}**<br>\n"
           "**Lena Ortiz**, Mark Hale<br>\n*Journal of Rivers*, {year}<br>\n[PDF](https://example.org/{year}.pdf)\n"
           "</div></div>\n\n")
    p = imported_site(tmp_path, {
        "_config.yml": "title: Lena Ortiz\nauthor:\n  name: Lena Ortiz\n",
        "_pages/about.md": "---\npermalink: /\ntitle: Profile\nauthor_profile: true\n---\n\n"
                           "{% include home/homepage.html %}\n",
        "_includes/home/homepage.html": "{% capture intro %}{% include home/content/intro.md %}{% endcapture %}\n"
                                        "{% include home/section.html title=\"About\" content=intro %}\n"
                                        "{% capture pubs %}{% include home/content/papers.md %}{% endcapture %}\n"
                                        "{% include home/section.html title=\"Publications\" content=pubs %}\n",
        "_includes/home/section.html": "<section><h2>{{ include.title }}</h2>{{ include.content | markdownify }}"
                                       "</section>\n",
        "_includes/home/content/intro.md": "I study how rivers carry sediment.\n",
        "_includes/home/content/papers.md": "<!-- one file per group -->\n\n"
                                            "{% include home/content/papers/journal.md %}\n\n"
                                            "{% include home/content/papers/preprints.md %}\n",
        "_includes/home/content/papers/journal.md": "## Journal Papers\n\n"
                                                    + box.format(title="Sand bars move at night", year=2021)
                                                    + box.format(title="Gravel sorts by flood size", year=2019),
        "_includes/home/content/papers/preprints.md": "## Preprints\n\n"
                                                      + box.format(title="Silt plumes in cold water", year=2024),
    })
    assert p.person.name == "Lena Ortiz"
    assert sorted(x.title for x in p.publications) == [
        "Gravel sorts by flood size", "Sand bars move at night", "Silt plumes in cold water"]


def _bib(key: str, title: str, authors: str, year: int) -> str:
    return f"@article{{{key},\n  title={{{title}}},\n  author={{{authors}}},\n  journal={{Tide Letters}},\n  year={{{year}}}\n}}\n\n"


def test_an_alfolio_lab_site_naming_nobody_has_as_owner_the_highlighted_author_of_its_papers(tmp_path):
    # an al-folio lab site: empty first_name/last_name, a title naming the lab, an about page naming nobody; the
    # import stopped (exit 2) though the BibTeX lists the lab's papers and the configuration highlights its head's
    # family name; the head's given name is spelled two ways, a frequent co-author one way
    p = imported_site(tmp_path, {
        "_config.yml": "title: Tide Modelling Lab\nfirst_name:\nlast_name:\nscholar:\n  last_name: [Okafor]\n"
                       "  first_name: [Ngozi, N.]\n  source: /_bibliography/\n  bibliography: papers.bib\n",
        "_pages/about.md": "---\nlayout: about\npermalink: /\nselected_papers: true\n---\n\n"
                           "Welcome to the Tide Modelling Lab. We forecast coastal floods.\n",
        "_bibliography/papers.bib": _bib("a1", "Surge forecasts with sparse gauges", "Ruiz, Pablo and Okafor, Ngozi", 2023)
                                    + _bib("a2", "Tidal harmonics from satellites", "Ruiz, Pablo and Okafor, Ngozi A.", 2022)
                                    + _bib("a3", "Estuary mixing in storms", "Lee, Ann and Ruiz, Pablo and Okafor, Ngozi",
                                           2021),
    })
    assert p.person.name == "Ngozi Okafor"
    assert len(p.publications) == 3


def test_a_json_template_of_liquid_values_is_no_internal_error(tmp_path):
    # a Jekyll site's JSON file built by Liquid ('"talks": {{ site.data.talks | jsonify }}'): YAML reads the
    # braces as a mapping whose key is a mapping, which stopped the import with an internal error; the key is kept
    # as the text written and the file holds no records
    p = imported_site(tmp_path, {
        **academicpages_home("Iris Moreau", "I teach algebraic topology at a small university.\n"),
        "assets/data/site.json": "---\n---\n\n{\n  \"talks\": {{ site.data.talks | jsonify }},\n"
                                 "  \"papers\": {{ site.data.papers | jsonify }}\n}\n",
        "_data/papers.yml": "- title: Loops in configuration spaces\n  authors: Iris Moreau and Tomas Berg\n"
                            "  year: 2020\n  journal: Topology Notes\n",
    })
    assert p.person.name == "Iris Moreau"


def test_a_quarto_listing_whose_contents_step_up_and_back_into_the_site_lists_its_papers(tmp_path):
    # a Quarto lab site's publications/index.qmd listing "../publications/**/*.qmd" (one folder per paper, an EJS
    # template of its own): a pattern with ".." named no file, 0 papers; the steps are taken, and a file outside
    # the site stays out
    paper = ("---\ntitle: \"{t}\"\ndate: {y}-01-01\nauthor: [\"Ines Duarte\", \"Karl Ng\"]\n"
             "publication: \"Journal of Plasmons, {y}\"\n---\n")
    p = imported_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Duarte Group\n",
        "index.qmd": "---\ntitle: Ines Duarte\n---\n\nI lead a group that studies light in small metal grains.\n",
        "publications/index.qmd": "---\ntitle: Publications\nlisting:\n  - id: pubs\n"
                                  "    template: ../_ejs/publications.ejs\n"
                                  "    contents: ../publications/**/*.qmd\n---\n\n:::{#pubs}\n:::\n",
        "publications/2019_001_gold/index.qmd": paper.format(t="Gold grains ring like bells", y=2019),
        "publications/2021_002_silver/index.qmd": paper.format(t="Silver rods guide light", y=2021),
    })
    assert sorted(x.title for x in p.publications) == ["Gold grains ring like bells", "Silver rods guide light"]
