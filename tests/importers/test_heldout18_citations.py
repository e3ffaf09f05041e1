"""Citation shapes of hand-written HTML publication lists (eighteenth diagnosis batch), as small synthetic pages
in our own words: the names' sentence and the title on one line with the venue on the next, ..."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site


def pubs_of(tmp_path, body, title="Karla Vogt"):
    return import_path(write_site(tmp_path, {
        "index.html": (f'<html><head><title>{title}</title></head><body><p>Willkommen!</p>'
                       '<a href="publications.html">Publikationen</a></body></html>\n'),
        "publications.html": (
            f"<html><head><title>{title}</title></head><body><h1>Publikationen</h1>{body}</body></html>\n"),
    })).profile


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


def test_title_first_then_the_names_then_the_italic_venue_with_only_commas_between(tmp_path):
    # a French group page: title, names (a semicolon or a missing space among them), then <em>venue</em>, year
    p = pubs_of(tmp_path, (
        "<h2>Publications récentes</h2><h3>2017</h3>"
        "<p>Size control of droplets in emulsions, Paul Girard, Jean-Marc Tessier and Nora M. Quell, "
        "<em>Colloid Letters</em>, <strong> 2017</strong>, <em>33(19)</em>, 4748–4757.</p>"
        "<p>Emitting Nanocrystals of Silver, Marc-Antoine Lavoie; Nora M. Quell, Claudine Allard, "
        "<em>Nano Letters</em>, <strong>2015</strong>, <em>8</em>, 1-5.</p>"
        "<p>Thin films for deformable mirrors,Jean-Philippe Roy, Denis Brault,\n Maxime Rolland and Nora M. Quell, "
        "<em>Journal of Applied Films</em>, <strong>2012</strong>, <em>134</em>, 44542(1-6).</p>"),
        title="Nora Quell's Research Group")
    got = [(x.title, [a.name for a in x.authors], x.venue, x.year) for x in p.publications]
    assert got == [
        ("Size control of droplets in emulsions", ["Paul Girard", "Jean-Marc Tessier", "Nora M. Quell"],
         "Colloid Letters", 2017),
        ("Emitting Nanocrystals of Silver", ["Marc-Antoine Lavoie", "Nora M. Quell", "Claudine Allard"],
         "Nano Letters", 2015),
        ("Thin films for deformable mirrors", ["Jean-Philippe Roy", "Denis Brault", "Maxime Rolland",
                                               "Nora M. Quell"], "Journal of Applied Films", 2012)]


def test_quoted_title_then_initialed_names_then_a_plain_venue(tmp_path):
    # no italics and no "In": the names end at the first piece that is not an initialed name
    p = pubs_of(tmp_path, (
        "<h2>Conference papers</h2><table>"
        '<tr><td>[2]</td><td>"Spin contrast in layered crystals",\nK. Vogt*, S. Bragin, A. V. Kless,\n'
        "Optics Forum, Lyon, France, May 9-13, 2015.</td></tr>"
        '<tr><td>[1]</td><td>"Storage of gases in porous solids",\nK. Vogt, Y. Saad,\n'
        'Summer School "Ludus 2010", Brno, Czech Republic, July 29-30, 2010.</td></tr></table>'))
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [("Spin contrast in layered crystals", ["K. Vogt", "S. Bragin", "A. V. Kless"], 2015),
                   ("Storage of gases in porous solids", ["K. Vogt", "Y. Saad"], 2010)]
    assert p.publications[0].venue.startswith("Optics Forum")


def test_a_title_sentence_then_the_names_sentence_is_not_read_title_first_with_commas(tmp_path):
    # "Title. Names, names. Venue": the stop closes the title; the comma reader must not take "Title. First
    # Author" as the title (nor a note after the names' line under a title line of its own as one)
    p = pubs_of(tmp_path, (
        "<h2>Journal papers</h2><ul>"
        "<li>Counting 360. Dana Roe, Karla Vogt, and Ivo Marsh. Journal of Sums, vol. 3, p. 1-9, May 2021.</li>"
        "<li><b>Walks and Bubbles</b><br>Ann Lee*, Karla Vogt*, and Bo Chen. (*Equal contribution)<br>"
        "<i>Orders 2020.</i></li></ul>"))
    got = [(x.title, [a.name for a in x.authors]) for x in p.publications]
    assert got == [("Counting 360", ["Dana Roe", "Karla Vogt", "Ivo Marsh"]),
                   ("Walks and Bubbles", ["Ann Lee", "Karla Vogt", "Bo Chen"])]


def test_a_records_authors_field_with_echoed_initials_and_a_venue_after_a_semicolon_or_no_stop(tmp_path):
    # a lab's data list: "Full Name, F. N., ..." (the template echoes the initials), the venue and year closing
    # the field after a semicolon, or right after the last name with no stop at all
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Fernhill Dune Lab\nauthor: Mira D. Lanke\ninclude:\n  - _pages\n",
        "_pages/home.md": "---\ntitle: \"Fernhill Dune Lab: Home\"\npermalink: /\n---\n\nWe study how dunes wander.\n",
        "_data/publist.yml": (
            "- title: Dunes in winter\n"
            "  authors: Petra W. Ostrom, P. W., K. Vell, and M. D. Lanke. Journal of Sand (2021)\n"
            "- title: Wind over grass\n"
            "  authors: Jon Abara, J., M. D. Lanke, and K. Vell; Aeolian Letters (2019)\n"
            "- title: Counting grains\n"
            "  authors: Tomo, S., K. Vell, and M. D. Lanke Transactions of the Grain Society B. (2018)\n"),
    })
    profile = import_path(root).profile
    got = [(p.title, [a.name for a in p.authors], p.venue, p.year) for p in profile.publications]
    assert got == [
        ("Dunes in winter", ["Petra W. Ostrom", "K. Vell", "M. D. Lanke"], "Journal of Sand", 2021),
        ("Wind over grass", ["Jon Abara", "M. D. Lanke", "K. Vell"], "Aeolian Letters", 2019),
        ("Counting grains", ["S. Tomo", "K. Vell", "M. D. Lanke"], "Transactions of the Grain Society B", 2018)]


def test_apa_with_a_bold_linked_title_and_a_question_with_its_subtitle(tmp_path):
    # no italics: the bold link after the year is the title, the bare venue after it; a title that is a question
    # keeps the short subtitle after it, up to the "In" of the book it is a chapter of
    p = pubs_of(tmp_path, (
        "<h2>Papers</h2><ul>"
        "<li>Vogt, K., and A. Holt. (2016) <a href=  http://example.org/x><b>Correlated weather and the spread of "
        "new species</b></a> Oikos 125:1027-1034</li>"
        "<li>Berg, B. and K. Vogt. Why a theory of change? An Introduction. In Vogt, K., and B. Berg (eds.) (2005). "
        "Lost Paradigms: Routes to Change. Academic Press. p. 1-6.</li></ul>"))
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [("Correlated weather and the spread of new species", ["K. Vogt", "A. Holt"], 2016),
                   ("Why a theory of change? An Introduction", ["B. Berg", "K. Vogt"], 2005)]
    assert p.publications[0].venue == "Oikos"
