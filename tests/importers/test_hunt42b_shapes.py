"""Shapes of real homepages whose whole import failed (second hunt of stop 42, issue 8), as small synthetic sites in
our own words."""

from __future__ import annotations

from .sitefiles import academicpages_home, imported_site


def _paper(title: str, venue: str) -> str:
    return f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2022-05-01\nvenue: '{venue}'\n---\n"


def test_a_publications_collection_translated_in_a_language_folder_counts_each_work_once(tmp_path):
    # an academicpages site in two languages: each paper a file of _publications/ in the default language and a
    # file of the same name in _publications/en/ in English; every paper was counted twice
    p = imported_site(tmp_path, {
        **academicpages_home("Wei Lin", "I study bridges.\n", titled=True),
        "_publications/2022-01-01-cables.md": _paper("斜拉桥索力识别", "土木工程学报"),
        "_publications/2022-03-01-decks.md": _paper("桥面振动监测", "工程力学"),
        "_publications/en/2022-01-01-cables.md": _paper("Cable force identification of stayed bridges",
                                                        "China Civil Engineering Journal"),
        "_publications/en/2022-03-01-decks.md": _paper("Monitoring deck vibration", "Engineering Mechanics"),
        # a sub-folder of no language is a group of the collection's works, read as before
        "_publications/preprints/2023-02-01-piers.md": _paper("Pier scour in floods", "arXiv"),
    })
    assert sorted(x.title for x in p.publications) == ["Pier scour in floods", "斜拉桥索力识别", "桥面振动监测"]


def test_a_framework_site_whose_page_names_a_service_takes_the_owner_its_profile_module_and_records_name(tmp_path):
    # an Astro site whose home page writes the owner's name by an expression ("{profile.name}"), a profile module
    # naming them and a records module listing their papers; the owner was read from the page's statistics card
    # "Citations / Google Scholar", which no record names
    paper = ("  {{ title: '{t}', authors: 'Nikos Pappas and Eleni Dorou', venue: 'Network Letters', "
             "year: {y} }},\n")
    p = imported_site(tmp_path, {
        "package.json": '{"name": "site", "dependencies": {"astro": "^5.0.0"}}\n',
        "astro.config.mjs": "export default { site: 'https://example.org' };\n",
        "src/data/profile.ts": "export const profile = {\n  name: 'Eleni Dorou',\n  title: 'Network Researcher',\n"
                               "  scholar: 'https://scholar.google.com/citations?user=abcdEFGH1234',\n};\n",
        "src/data/publications.ts": "export const publications = [\n"
                                    + paper.format(t="Slicing radio access for drones", y=2024)
                                    + paper.format(t="Edge caches under churn", y=2023) + "];\n",
        # (the page's statistics cards under "Research Impact" read as a section of works)
        "src/pages/index.astro": "---\nimport { profile } from '../data/profile';\n---\n<main>\n"
                                 "  <h1>{profile.name}</h1>\n  <section>\n    <h2>Research Impact</h2>\n    <div>\n"
                                 + "".join(f"      <div>\n        <div>{{{n}}}</div>\n        <div>{a}</div>\n"
                                           f"        <div>{b}</div>\n      </div>\n"
                                           for n, a, b in (("stats.papers", "Publications", "h-index: {stats.h}"),
                                                           ("stats.cites", "Citations", "Google Scholar"),
                                                           ("projects.length", "Active Projects", "Funded research")))
                                 + "    </div>\n  </section>\n</main>\n",
    })
    assert p.person.name == "Eleni Dorou"
    # (exactly the records' papers: the "Citations / Google Scholar" card was one more work, its service read as
    # its author's name)
    assert sorted(x.title for x in p.publications) == ["Edge caches under churn", "Slicing radio access for drones"]


def test_a_projects_heading_keeping_the_themes_publications_anchor_lists_papers(tmp_path):
    # an AcadHomepage fork whose owner renamed the papers' heading "Selected Research Projects" and kept its anchor
    # (id="-publications", what the menu links to): its papers were read as funded projects, 0 papers
    p = imported_site(tmp_path, {
        **academicpages_home(
            "Mira Castell",
            "<span class='anchor' id='about-me'></span>\n\nI build models of glacier flow.\n\n"
            "<h1 id=\"-publications\">Selected Research Projects</h1>\n\n"
            "- **Mira Castell**, Tom Ruel. Ice shelves thin from below. *Journal of Glaciology*, 2023.\n"
            "- Ana Vidal, **Mira Castell**. Crevasse fields under tidal load. *The Cryosphere*, 2021.\n",
            titled=True),
    })
    assert sorted(x.title for x in p.publications) == ["Crevasse fields under tidal load", "Ice shelves thin from below"]


def test_a_scholarly_service_is_no_persons_name():
    # "Google Scholar" under a statistics card's "Citations" read as the name of the card's author: a work
    from kg.importers.page.scores import name_like

    assert not name_like("Google Scholar") and not name_like("Semantic Scholar")
    assert name_like("Eleni Dorou")


def test_a_sentence_naming_the_sites_that_list_the_owners_works_is_no_work():
    # "Look me up on MathSciNet, the arXiv, Google Scholar, ...", each a link to a search there: the link named
    # after its own site ("Google Scholar", scholar.google.com) was read as a work's title (kept out before only
    # because "Google Scholar" read as a person's name)
    from pathlib import Path

    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    html = ("<html><body><h2>Eleni Dorou</h2>\n<h3>Publications</h3>\n<p>Look me up on\n"
            "<a href='https://mathscinet.ams.org/mathscinet/search/publications.html?s1=1'>MathSciNet</a>,\n"
            "the <a href='https://arxiv.org/a/dorou_e_1'>arXiv</a>,\n"
            "<a href='https://scholar.google.com/scholar?q=%22dorou,+eleni%22'>Google Scholar</a>,\n"
            "or the <a href='https://genealogy.example.org/id.php?id=5'>Math Genealogy Project</a>.\n<hr>\n"
            "<ol><li>E. Dorou and N. Pappas, Edge caches under churn, <i>Network Letters</i> <b>3</b> (2023), "
            "1-9.</li></ol>\n</body></html>")
    page = parse_html(SourceDoc(Path("pubs.html"), html), ImportOptions(owner="Eleni Dorou"))
    assert [p.title for p in page.publications] == ["Edge caches under churn"]
