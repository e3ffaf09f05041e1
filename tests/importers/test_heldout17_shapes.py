"""Site shapes of the seventeenth diagnosis batch, as small synthetic sites in our own words: a Quarto page
whose bibliography a pre-render script writes, a Jekyll lab whose papers are a declared collection with the
authors only in each paper's body, an MDwiki site of markdown pages whose owner only the menu names."""

from __future__ import annotations

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
