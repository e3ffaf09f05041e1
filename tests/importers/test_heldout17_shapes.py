"""Site shapes of the seventeenth diagnosis batch, as small synthetic sites in our own words: a Quarto page
whose bibliography a pre-render script writes, a Jekyll lab whose papers are a declared collection with the
authors only in each paper's body, an MDwiki site of markdown pages whose owner only the menu names."""

from __future__ import annotations

import pytest

from kg.importers import import_path


def parts_of(profile):
    return [s.file for s in profile.source.parts]


def test_a_quarto_page_whose_bibliography_is_written_at_render_time_is_read_from_its_rendered_html(tmp_path):
    (tmp_path / "_quarto.yml").write_text(
        "project:\n  type: website\n  output-dir: docs\n  pre-render: python3 make_bib.py\n"
        "website:\n  title: Lior Vance\n")
    (tmp_path / "index.qmd").write_text('---\ntitle: "Lior Vance"\n---\n\nHealth economist.\n')
    (tmp_path / "papers.qmd").write_text(
        '---\ntitle: "Publications"\nbibliography: refs/mine.bib\nnocite: "@*"\n---\n\n::: {#refs}\n:::\n')
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "papers.html").write_text(
        '<!DOCTYPE html><html><body><h1>Publications</h1><div id="refs" class="references csl-bib-body">'
        '<div class="csl-entry">Vance, L., &amp; Oduro, K. (2022). Costs of long illness. '
        '<em>Health Economics Letters</em>, 4(2), 1-9.</div>'
        '<div class="csl-entry">Marsh, T., Vance, L. (2020). Spending by condition. '
        '<em>Journal of Care Finance</em>, 7, 11-20.</div></div></body></html>\n')
    p = import_path(tmp_path).profile
    assert parts_of(p) == ["_quarto.yml", "index.qmd", "docs/papers.html"]
    assert [(pub.title, pub.year) for pub in p.publications] == [
        ("Costs of long illness", 2022), ("Spending by condition", 2020)]


@pytest.mark.parametrize("folder", ["papers", "publications"])
def test_a_jekyll_lab_site_whose_paper_collection_names_the_authors_in_each_papers_body(tmp_path, folder):
    # the configuration names the lab, not a person; the papers are a collection (_publications, or one of
    # another name), each page's front matter giving title, date and journal, its body the byline
    (tmp_path / "_config.yml").write_text(
        "title: Okafor lab website\nemail: okafor@example.org\ngithub_username: nokafor\n"
        f"collections:\n  {folder}:\n    output: true\n  members:\n    output: true\n")
    (tmp_path / "index.html").write_text("---\nlayout: default\n---\n<p>{{ site.description }}</p>\n")
    (tmp_path / f"_{folder}").mkdir()
    bodies = [("2020-01-01-a.md", "Reading in the dark", "Vision Letters",
               "<strong>Nia Okafor*</strong>, Tom Berg\\*, and Lu Chen<br />\n<strong>Vision Letters</strong> 3, 1-9"),
              ("2021-01-01-b.md", "Pupils and choices", "Brain Notes", "Berg, T. & **Okafor, N.**"),
              ("2022-01-01-c.md", "Maps of the visual field", "Cortex Reports", "A Ruiz, N Okafor, L Chen")]
    for name, title, venue, byline in bodies:
        (tmp_path / f"_{folder}" / name).write_text(
            f"---\nlayout: post\ntitle: {title}\ndate: {name[:10]}\njournal: {venue}\n---\n\n"
            f'"<a href="https://doi.org/10.9999/{name[:4]}">{title}</a>".\n\n{byline}\n\n'
            "**Abstract** We measured how people see. It went well.\n")
    result = import_path(tmp_path)
    p = result.profile
    assert result.format == "jekyll" and p.person.name == "Nia Okafor"
    assert p.person.identifiers.get("github") == "nokafor"
    assert [(pub.title, pub.year, pub.venue) for pub in p.publications] == [
        ("Reading in the dark", 2020, "Vision Letters"), ("Pupils and choices", 2021, "Brain Notes"),
        ("Maps of the visual field", 2022, "Cortex Reports")]
    first = p.publications[0]
    assert [(a.name, a.marks, a.is_self) for a in first.authors] == [
        ("Nia Okafor", ["equal_contribution"], True), ("Tom Berg", ["equal_contribution"], False),
        ("Lu Chen", [], False)]
    assert [a.is_self for a in p.publications[2].authors] == [False, True, False]
    if folder == "publications":
        # (the linked title and the venue line repeat the front matter: no abstract)
        assert first.abstract == "Abstract We measured how people see. It went well."


def test_an_mdwiki_site_behind_a_language_chooser_is_read_with_the_owner_its_menu_names(tmp_path):
    # the root page only links to one tree per language; the tree's home page names nobody ("Home", a sentence
    # in Japanese), its navigation.md menu is headed by the owner's name and lists the pages
    (tmp_path / "index.md").write_text("* [English page](en)\n* [日本語のページ](ja)\n")
    site = tmp_path / "ja"
    site.mkdir()
    (site / "config.json").write_text('{\n    "useSideMenu": true\n}\n')
    (site / "navigation.md").write_text("# Rin Tanabe\n\n[Home](index.md)\n[Papers](papers.md)\n[English](../en)\n")
    (site / "index.md").write_text(
        "Home\n====\n\nこのページは田辺 凛の個人ページです。\n\nIDs\n---\n\n"
        "* ORCID ID: [0000-0001-2345-6789](https://orcid.org/0000-0001-2345-6789)\n")
    (site / "papers.md").write_text(
        "Publications\n============\n\n学術雑誌論文\n------------\n\n"
        "* 田辺 凛, 森 健: 海上の雨量計, 海洋レター, 3(1):1-9 (2020). https://doi.org/10.9999/ol.3.1\n"
        "R. Tanabe, K. Mori: Rain gauges at sea, Ocean Letters, 3(1):1-9 (2020).\n\n"
        "* 森 健, 田辺 凛: 波と風, 沿岸ノート, 5(2):10-19 (2018).\n"
        "K. Mori, R. Tanabe: Waves and wind, Coastal Notes, 5(2):10-19 (2018).\n\n"
        "* 大野 翔, 田辺 凛: 潮の記録, 海洋レター, 2(4):33-40 (2017).\n")
    result = import_path(tmp_path)
    p = result.profile
    assert result.format == "jekyll" and p.person.name == "Rin Tanabe"
    assert p.person.identifiers.get("orcid") == "0000-0001-2345-6789"
    assert parts_of(p) == ["ja/index.md", "ja/papers.md"]
    # "Authors: Title, Venue, vol(no):pages (year)." parted by commas; the owner's name as the papers write it
    assert [(pub.title, pub.venue, pub.year) for pub in p.publications] == [
        ("海上の雨量計", "海洋レター", 2020), ("波と風", "沿岸ノート", 2018), ("潮の記録", "海洋レター", 2017)]
    assert p.person.alternate_names == ["田辺 凛"]
    assert [[a.is_self for a in pub.authors] for pub in p.publications] == [[True, False], [False, True], [False, True]]
