"""Citation shapes of hand-written HTML publication lists (eighteenth diagnosis batch), as small synthetic pages
in our own words: the names' sentence and the title on one line with the venue on the next, ..."""

from __future__ import annotations

from kg.importers import import_path


def pubs_of(tmp_path, body, title="Karla Vogt"):
    (tmp_path / "index.html").write_text(
        f'<html><head><title>{title}</title></head><body><p>Willkommen!</p>'
        '<a href="publications.html">Publikationen</a></body></html>\n')
    (tmp_path / "publications.html").write_text(
        f"<html><head><title>{title}</title></head><body><h1>Publikationen</h1>{body}</body></html>\n")
    return import_path(tmp_path).profile


def test_names_then_an_italic_title_on_one_line_and_the_venue_on_the_next(tmp_path):
    p = pubs_of(tmp_path, (
        '<h3>Zeitschriften</h3><ul>'
        '<li>A. Brenner, K. Vogt. <em>Counting Chains in Folded Lattices</em>.<br />\n'
        'In <em>Journal of Lattice Studies</em> <strong>5</strong>(3), 1-20. Springer, 2022. '
        '(<a href="https://doi.org/10.1/a">pdf</a>)</li>\n'
        '<li>K. Vogt. <em>Walks and Bubbles</em>.<br />\n'
        'In <em>European Journal of Orders</em> <strong>10</strong>, Article 3. Elsevier, 2021. '
        '(<a href="https://doi.org/10.1/b">pdf</a>)</li>\n'
        '<li>B. Lind, K. Vogt, J.-C. Morel. <em>Bubble Walks and Chain Lattices</em>.<br />\n'
        'arXiv:2108.00001, 2020 (<a href="https://arxiv.org/abs/2108.00001">arXiv</a>)</li></ul>'))
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [
        ("Counting Chains in Folded Lattices", ["A. Brenner", "K. Vogt"], 2022),
        ("Walks and Bubbles", ["K. Vogt"], 2021),
        ("Bubble Walks and Chain Lattices", ["B. Lind", "K. Vogt", "J.-C. Morel"], 2020)]
    assert p.publications[0].venue.startswith("Journal of Lattice Studies")
