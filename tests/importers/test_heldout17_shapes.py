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
