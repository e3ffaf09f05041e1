"""Hand-written citation lists in the styles people paste from their CVs (APA, Chicago, AEA, Harvard), and the
pages they live on, as small synthetic sites and pages in our own words."""

from __future__ import annotations

import pytest

from pathlib import Path

from kg.importers import import_path
from kg.importers.common import split_authors
from kg.importers.page.citation import inverted_head, uninvert_authors
from kg.importers.page.scores import author_score

from .sitefiles import imported_site, write_site


def test_a_hugo_sections_own_list_page_holds_the_papers_and_its_ongoing_work(tmp_path):
    # hugo-apero style: the home page is front matter only, the papers are a hand-written list on the list page
    # Hugo serves for the section folder (content/research/_index.md), under "Ongoing Work" and "Published Papers"
    (tmp_path / "config.toml").write_text('baseURL = "https://ex.org/"\ntitle = "Ilse Varga"\ntheme = "apero"\n'
                                          '[params]\n  author = "Ilse Varga"\n')
    content = tmp_path / "content"
    (content / "research").mkdir(parents=True)
    (content / "_index.md").write_text("---\ntitle: Ilse Varga\nsubtitle: Economist\n---\n")
    (content / "research" / "_index.md").write_text(
        "---\ntitle:\nlayout: single\n---\n\n## Fields of Interest\n\nLabor · Housing\n\n"
        "## Ongoing Work\n\n**Rent Shocks and Moving Decisions.**  \nVarga, I., Holt, B.  \n"
        "*Manuscript in preparation.*\n\n"
        "## Published Papers\n\n**[Commuting Zones and Wage Floors.](/research/wages)**  \n"
        "Varga, I., Holt, B., Mendes, C. (2021). *Journal of Regional Labor*, 8(2), 11-40.\n")
    pubs = import_path(tmp_path).profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Rent Shocks and Moving Decisions", None, None),
        ("Commuting Zones and Wage Floors", 2021, "Journal of Regional Labor")]
    assert [a.name for a in pubs[1].authors] == ["I. Varga", "B. Holt", "C. Mendes"]


def _page(tmp_path, body: str, name: str = "Ilse Varga"):
    page = tmp_path / "papers.md"
    page.write_text(f"# {name}\n\n## Publications\n\n{body}")
    return import_path(page).profile.publications


def test_a_short_title_case_title_over_an_apa_author_line_is_the_title(tmp_path):
    # "Trade and Growth" reads as two names ("Trade", "Growth") as much as the line below it does; the line below
    # opens an APA citation (names written family name first, then the year), so the one above is the title
    pubs = _page(tmp_path, "**[Port Fees and Harbour Prices.](/p/ports)**  \nVarga, I., Holt, B. (2021). *Journal of Harbours*, "
                           "8(2), 11-40.\n\n**Rent Shocks and Moving Choices.**  \nVarga, I., Holt, B.  \n*Manuscript in preparation.*\n")
    assert [(p.title, p.year, p.venue) for p in pubs] == [("Port Fees and Harbour Prices", 2021, "Journal of Harbours"),
                                                          ("Rent Shocks and Moving Choices", None, None)]
    assert [a.name for a in pubs[1].authors] == ["I. Varga", "B. Holt"] and pubs[1].notes == ["Manuscript in preparation"]


def test_a_link_line_whose_file_name_label_is_set_aside_names_no_author(tmp_path):
    # "Manuscript: [paper.pdf](...)": once the file name is taken as the link's label, the line is "Manuscript:",
    # a link's own label, not a one-word author beating the "(joint with ...)" line
    pubs = _page(tmp_path, "**Tolls on Quiet Roads**  \n  (joint with Bruno Holt)  \n  *Working paper, 2020*  \n"
                           "  Manuscript: [tolls.pdf](/files/tolls.pdf)  \n")
    assert [a.name for a in pubs[0].authors] == ["Ilse Varga", "Bruno Holt"]


def test_a_question_title_with_a_subtitle_then_a_venue_of_plain_words(tmp_path):
    # "Title? Subtitle. Venue.": the venue's name holds no venue word ("Frontiers in ..."), but it is the last
    # sentence, a short name with no numbers, and the sentence between is the question's subtitle; "spp." is a
    # species' rank inside a title, no sentence's end
    pubs = _page(tmp_path, "Orr, K., I. Varga, and B. Holt. 2021. Where Did the Eels Go? Tracing Dams Along a Long "
                           "River. Frontiers in River Science.\n\nVarga, I., and B. Holt. 2019. Diet of Salmo spp. "
                           "in upland lakes. Lake Notes 4:1-9.\n")
    assert [(p.title, p.venue) for p in pubs] == [
        ("Where Did the Eels Go? Tracing Dams Along a Long River", "Frontiers in River Science"),
        ("Diet of Salmo spp. in upland lakes", "Lake Notes")]
    assert [a.name for a in pubs[0].authors] == ["K. Orr", "I. Varga", "B. Holt"]
    # an APA title's second sentence before the journal and its volume ("(2023). Title. Second sentence. Journal,
    # 34(4), 505."): the journal is the sentence its volume follows (the sentence between was read as the venue's start)
    pubs = _page(tmp_path, "- Varga I, Holt B. (2023). Complexity in fen health. Addressing hard problems through a mix "
                           "of methods. Fen Health, 34(4), 505.\n- Varga I. (2021). Reed beds and sleep. Fen Health, 30, "
                           "12-19.\n")
    assert [(p.title, p.venue) for p in pubs] == [
        ("Complexity in fen health. Addressing hard problems through a mix of methods", "Fen Health"),
        ("Reed beds and sleep", "Fen Health")]
    # review r78f #2: a sentence in title case after a title in sentence case is the journal's first part, as NLM
    # names a journal's section ("Biochimica et Biophysica Acta. Molecular Cell Research"), no second sentence
    pubs = _page(tmp_path, "- Varga, I., & Holt, B. (2019). Peat kinase signalling in moss cells. Biochimica et "
                           "Biophysica Acta. Molecular Cell Research, 1866(1), 1-9.\n")
    assert [(p.title, p.venue) for p in pubs] == [
        ("Peat kinase signalling in moss cells", "Biochimica et Biophysica Acta. Molecular Cell Research")]
    # review r78f #3: a note's sentence between the title and the journal is the work's note, no title's sentence
    (pub,) = _page(tmp_path, "- Varga, I. (2023). Water rights in the lowlands. Advance online publication. Fen Health, "
                             "34(4), 505.\n")
    assert (pub.title, pub.venue, pub.notes) == ("Water rights in the lowlands", "Fen Health", ["Advance online publication"])
    # a book's publisher and city after its title's comma, no stop between ("(2010). Title, Fen Scientific Publishing,
    # Singapore."): its venue (they were read as the title's end)
    pubs = _page(tmp_path, "- Mira, M., Varga, I., and Hall, J. S. (2010). A Collection of Exercises in Moss Theory, "
                           "Fen Scientific Publishing, Singapore.\n- Varga, I. (2014). Freedom, Reeds and Power. "
                           "*Journal of Fens*, 3, 1-9.\n")
    assert [(p.title, p.venue) for p in pubs] == [
        ("A Collection of Exercises in Moss Theory", "Fen Scientific Publishing, Singapore"),
        ("Freedom, Reeds and Power", "Journal of Fens")]
    # review r78f #4: a title closing in a list of short names ("...: Squat, Deadlift, Bench Press.") keeps its last
    # item, no publisher; "the Free Press" after "and" was never one
    pubs = _page(tmp_path, "- Varga, I. (2019). Strength training in older adults: Squat, Deadlift, Bench Press.\n"
                           "- Varga, I. (2015). Democracy, Censorship and the Free Press. *Journal of Fens*, 3, 1-9.\n")
    assert [(p.title, p.venue) for p in pubs] == [
        ("Strength training in older adults: Squat, Deadlift, Bench Press", None),
        ("Democracy, Censorship and the Free Press", "Journal of Fens")]


def test_a_chicago_first_author_with_the_others_written_each_their_own_way(tmp_path):
    # the first author family name first with the given name in full, the owner family name and initials, the
    # last given name first: three people, not five
    from kg.importers.common import split_authors

    assert [a.name for a in split_authors("Orr, Kamila, Varga, IV, and Bruno Holt").authors] == [
        "Kamila Orr", "IV Varga", "Bruno Holt"]


def test_a_papers_status_before_or_after_its_venue_is_a_note(tmp_path):
    # economists' lists: the status opens the venue ("Forthcoming in", "R&R at", "Revise and resubmit,") or closes
    # it (", forthcoming"); a status in title case ("Revise and Resubmit") names no authors; the quoted title ends
    # at its quotes whatever italic run follows, and a '(with ...)' after the quotes is the coauthors
    pubs = _page(tmp_path,
                 '- Varga, Ilse, and Bruno Holt. 2021. "Toll Roads and Towns." Forthcoming in *Journal of Roads*.\n'
                 '- Orr, Kamila, Ilse Varga, and Bruno Holt. "Ferries in the Long Run." *Review of Ferries*, '
                 'forthcoming.\n'
                 '- "Canal Fees on Main Street" (with Bruno Holt and Kamila Orr). R&R at *Journal of Canals*.\n'
                 '- "Lock Keepers and Local Debt," with Bruno Holt, 2022. Revise and Resubmit, *Canal Quarterly*.\n')
    assert [(p.title, p.venue, p.notes) for p in pubs] == [
        ("Toll Roads and Towns", "Journal of Roads", ["Forthcoming"]),
        ("Ferries in the Long Run", "Review of Ferries", ["forthcoming"]),
        ("Canal Fees on Main Street", "Journal of Canals", ["R&R"]),
        ("Lock Keepers and Local Debt", "Canal Quarterly", ["Revise and Resubmit"])]
    assert [[a.name for a in p.authors] for p in pubs[2:]] == [["Ilse Varga", "Bruno Holt", "Kamila Orr"],
                                                              ["Ilse Varga", "Bruno Holt"]]


def test_a_linked_title_over_the_names_and_a_bold_venue_of_plain_words(tmp_path):
    # a hand-written markdown list: "[Title](url) <br/> names <br/> **Venue**"; the venue's name holds no venue
    # word, the title may read as two names ("Heat Waves and Farm Sales"), the bold line may be a status and a
    # venue ("**revisions requested - Canal Letters**") or a status alone ("**under review**")
    pubs = _page(tmp_path,
                 "- [Heat Waves and Farm Sales](https://ex.org/heat) <br/> Kamila Orr, Ilse Varga <br/> "
                 "**Review of Farm Studies**\n"
                 "- [Soil moisture and the price of barley](https://ex.org/soil) <br/> Ilse Varga and Bruno Holt "
                 "<br/> **revisions requested - Grain Quarterly**\n"
                 "- [Drought insurance on small farms](https://ex.org/drought) <br/> Ilse Varga <br/> "
                 "**under review**\n"
                 "- [Orchards under warming](https://ex.org/orchards) <br/> Bruno Holt and Ilse Varga <br/> "
                 "Chapter in **Fruit Growing Today**\n")
    assert [(p.title, p.venue) for p in pubs] == [
        ("Heat Waves and Farm Sales", "Review of Farm Studies"),
        ("Soil moisture and the price of barley", "Grain Quarterly"),
        ("Drought insurance on small farms", None),
        ("Orchards under warming", "Fruit Growing Today")]
    assert pubs[1].notes == ["revisions requested"]
    assert [a.name for a in pubs[0].authors] == ["Kamila Orr", "Ilse Varga"]


def test_a_title_case_title_over_a_line_of_coauthors_after_with(tmp_path):
    # "**Score Trees and Forests**<br>with <a>Bruno Holt</a>": the coauthors' line is no title, and beside it the
    # bold line (two names to the eye) is the title; the owner is implied
    pubs = _page(tmp_path, '* **Score Trees and Random Forests**\n<br> <span>with <a href="https://ex.org/bh">Bruno '
                           'Holt</a></span> <br> <a href="https://ex.org/draft">Draft</a>\n')
    assert [p.title for p in pubs] == ["Score Trees and Random Forests"]
    assert [a.name for a in pubs[0].authors] == ["Ilse Varga", "Bruno Holt"]


def test_names_left_out_including_the_owner_without_brackets(tmp_path):
    # "A, B, C, et al. including Owner (2019)": the names written, then the owner among those left out
    pubs = _page(tmp_path, "- **Orr, K., Holt, B., et al. including Varga, I.** (2019). Canals of the north. "
                           "*Journal of Waterways*, 3(4), 1-9.\n")
    assert [a.name for a in pubs[0].authors] == ["K. Orr", "B. Holt", "I. Varga"]
    assert pubs[0].authors_truncated and pubs[0].title == "Canals of the north" and pubs[0].year == 2019


def test_the_last_family_name_of_an_apa_list_written_without_its_initials(tmp_path):
    from kg.importers.common import split_authors

    assert [a.name for a in split_authors("Orr, K.D., Holt, B., Varga, I., Lindqvist").authors] == [
        "K.D. Orr", "B. Holt", "I. Varga", "Lindqvist"]


def test_a_linked_last_author_of_three_words_before_a_quoted_title_is_a_name_not_the_title(tmp_path):
    # 'A, B, <a>Cy Dee Roe</a>. "Title," <i>Venue</i>': the link closing the names is the last author (a scholar
    # profile), the quotes after it hold the title; a link of three words right after the names is a title only
    # when no quoted title follows it
    (tmp_path / "index.html").write_text(
        "<html><body><h1>Ilse Varga</h1><h2>Publications</h2><ol>\n"
        '<li><p><b>Ilse Varga</b>, Bo Holt, <a href="https://example.org/roe">Cy Dee Roe</a>*. '
        '"Tidal patterns in shallow bays," <u><i>Coastal Letters</i></u>. Under Review.</p></li>\n'
        '<li><p><b>Ilse Varga</b>, <a href="https://example.org/mendes">Ana Luisa Mendes</a>. '
        '"Sand and its movers," <u><i>Dune Studies</i></u>. vol. 2, p. 5, 2020.</p></li>\n'
        "</ol></body></html>\n")
    pubs = import_path(tmp_path).profile.publications
    assert [(p.title, p.venue) for p in pubs] == [("Tidal patterns in shallow bays", "Coastal Letters"),
                                                 ("Sand and its movers", "Dune Studies")]
    assert [[a.name for a in p.authors] for p in pubs] == [["Ilse Varga", "Bo Holt", "Cy Dee Roe"],
                                                          ["Ilse Varga", "Ana Luisa Mendes"]]


def test_names_written_family_name_first_between_semicolons_before_a_colon_are_the_authors(tmp_path):
    # "Family, Given; Family, Given: Title. Place: Publisher, Year.": the names before the colon, a semicolon apart
    page = tmp_path / "schriften.md"
    page.write_text("# Schriften\n\n"
                    "- Lohmann, Clara; Dettmer, Paul; Roe, Ann Marie: Der Euro im Alltag. Ein Kompendium. "
                    "Berlin: Beuth, 1999.\n"
                    "- Roe, Ann Marie (Editor): Roadmap for open standards. Bruxelles: CEN, 2006.\n"
                    "- Roe, Ann Marie; Selig, Thomas; Nyhan, Julia: Report on research topics in the humanities. "
                    "2010-09-30. [http://example.org/r.pdf](http://example.org/r.pdf)\n", encoding="utf-8")
    works = {p.title: p for p in import_path(page, owner="Ann Marie Roe").profile.publications}
    # (the sentences before the imprint are the book's title, subtitle and all)
    assert [a.name for a in works["Der Euro im Alltag. Ein Kompendium"].authors] == [
        "Clara Lohmann", "Paul Dettmer", "Ann Marie Roe"]
    assert [a.name for a in works["Report on research topics in the humanities"].authors] == [
        "Ann Marie Roe", "Thomas Selig", "Julia Nyhan"]
    assert works["Der Euro im Alltag. Ein Kompendium"].year == 1999


def test_a_quoted_title_whose_closing_quote_was_left_out(tmp_path):
    page = tmp_path / "pubs.md"
    page.write_text("# Publications\n\n"
                    "- T. Hsu, **A. Moss**, B. Lind, “Sparse Models for Moss Growth under Snow and \n"
                    "  Ice, **_Journal of Moss Informatics_**, Volume 64,\n  2025, 103077.\n"
                    "- T. Hsu, **A. Moss**, “Lichens on Old Roofs,” **_Moss Letters_**, vol. 7, pp. 1-12, 2024.\n")
    pubs = import_path(page, owner="Anna Moss").profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Sparse Models for Moss Growth under Snow and Ice", "Journal of Moss Informatics", 2025),
        ("Lichens on Old Roofs", "Moss Letters", 2024)]


def test_the_quote_closing_a_title_after_its_comma_is_not_the_venue(tmp_path):
    # "A. Roe and M. Quill, '<a>Title,</a>' Journal, 2016": the closing quote stands after the title's comma
    page = tmp_path / "papers.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h2>Journal publications</h2><ul>"
                    "<li>A. Roe and M. Quill, '<a href='docs/a.pdf'>Counting widgets in the wild,</a>' Journal of"
                    " Widget Studies, 6 (5), 2016</li>"
                    "<li>M. Quill, O. Brenn, '<a href='docs/b.pdf'>Dense gadgets at scale</a>,' Widget Letters,"
                    " 2015</li></ul></body></html>\n")
    venues = {p.title: p.venue for p in import_path(page).profile.publications}
    assert all(v and v[0].isalpha() for v in venues.values()), venues


_CHICAGO_PAGE = """<html><body><h1>Ada Korn</h1>
<h2>Papers</h2>
<p class="paper"><a href="https://arxiv.org/abs/2008.10903">
Korn, Ada. 2020. "Counting Sheep in the Rain: A Bayesian Model." arXiv:2008.10903 [stat.ME]</a>.</p>
<p class="paper"><a href="https://example.org/p2">Korn, Ada, Bo Lind, and Cy Moss. 2019. "Rain on the Hills."
<i>Journal of Weather</i> 4 (2): 1-9</a>.</p>
<p><a href="https://example.org/supp.pdf">Supplemental document</a><br>
<a href="https://example.org/code.zip">Replication code</a></p>
<p>How do hills change the rain? We build a model and test it with gauges read in the Alps in 2013. We find
that the hills matter a great deal and that the model fits the rain of many valleys over the years of the study.</p>
</body></html>
"""


def _chicago(tmp_path):
    page = tmp_path / "papers.html"
    page.write_text(_CHICAGO_PAGE)
    return import_path(page).profile.publications


def test_an_arxiv_number_is_not_the_papers_year(tmp_path):
    # "2020. ... arXiv:2008.10903": the number opens with the month the preprint was posted (2020-08); the year
    # written in the citation is the paper's
    assert _chicago(tmp_path)[0].year == 2020


def test_an_abstract_paragraph_dated_by_a_year_it_mentions_is_no_paper(tmp_path):
    # the abstract under a paper: a question, then sentences opening "We ...", a year among them
    assert [p.title for p in _chicago(tmp_path)] == ["Counting Sheep in the Rain: A Bayesian Model", "Rain on the Hills"]


def test_pieces_for_the_public_are_no_papers(tmp_path):
    # "Public engagement" after the papers: the owner's posts on a policy blog, written as citations, no papers
    page = tmp_path / "papers.html"
    page.write_text(_CHICAGO_PAGE.split("<p>How do")[0] + """<h3>Public engagement</h3>
<p class="paper"><a href="https://blog.example.org/sheep">Korn, Ada. 2021. "Why Count Sheep at All?"
<i>The Valley Policy Blog</i>, March 3.</a></p>
</body></html>
""")
    assert [p.title for p in import_path(page).profile.publications] == [
        "Counting Sheep in the Rain: A Bayesian Model", "Rain on the Hills"]


def test_a_titles_head_before_its_bold_part_is_the_titles_not_an_author(tmp_path):
    # "A, B, **Owner**, Reading the Sea: **Learning Tides ...**, Venue": the words between the last name and the
    # bold title, closed by a colon, open the title (they were read as one more author)
    page = tmp_path / "index.md"
    page.write_text("# Mira Tolk\n\n## Publications\n\n"
                    "* Ann Lee, Bo Chen, <b>Mira Tolk</b>, Reading the Sea: <b>Learning Tides from Sparse Gauges</b>, "
                    "NAACL 2025. [[paper](https://arxiv.org/abs/2402.11651)]\n"
                    "* Ann Lee, <b>Mira Tolk</b>, <b>Rain on Slopes with Few Gauges</b>, ACL 2024.\n")
    first, second = import_path(page).profile.publications
    assert first.title == "Reading the Sea: Learning Tides from Sparse Gauges"
    assert [a.name for a in first.authors] == ["Ann Lee", "Bo Chen", "Mira Tolk"]
    assert second.title == "Rain on Slopes with Few Gauges"


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


def test_a_group_among_family_first_names_is_one_author():
    assert uninvert_authors("Rowan, D., Pike, A., Reef Survey Consortium, Ocean Watch Consortium, Lind, C.") == \
        "D. Rowan, A. Pike, Reef Survey Consortium, Ocean Watch Consortium, and C. Lind"


def test_a_closing_double_quote_typed_where_the_title_opens_opens_it(tmp_path):
    """'Names, ”Title”, Venue': the page types the closing quote on both sides of the title (a word processor's
    smart quotes after a space gone wrong). Before, no quoted title was seen and the line stayed unparsed; a
    closing quote after an open one ('“Title, ”Proc. X') still closes it."""
    page = ("<html><body><h1>Nia Berko</h1>\n<h2>Publications</h2>\n"
            "<p>Tomas Vell, Nia Berko, Ruth Amadi, ”Rain Gauges Built From Bottles: A Field Trial in Two Valleys”, "
            "Workshop on Frugal Sensing, 2019</p>\n"
            "<p>Nia Berko and Tomas Vell, “A Cheap Way to Log River Height in the Dry Season, ”Proc. Conference on "
            "Water Data (CWD 2017), May 2017</p>\n</body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    got = sorted((x.title, x.year, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("A Cheap Way to Log River Height in the Dry Season", 2017, ["Nia Berko", "Tomas Vell"]),
                   ("Rain Gauges Built From Bottles: A Field Trial in Two Valleys", 2019,
                    ["Tomas Vell", "Nia Berko", "Ruth Amadi"])]


def test_a_quotation_closed_with_its_opening_quote_or_left_open_closes_at_the_title(tmp_path):
    """'Names, “Title,“ Proc. X' (or '"Title,“ in Proc. X'): the quotation closed with an opening quote;
    'Names, "Title, <i>Venue</i>': a straight quote never closed, the title ending at the comma before the italic
    venue (as a curly one left open already did). Before, the first and third lines stayed unparsed and the second
    read the names into the title."""
    page = ("<html><body><h1>Nia Berko</h1>\n<h2>Publications</h2>\n<ul>\n"
            "<li><p>Tomas Vell and Nia Berko, &#8220Bounds on Flood Peaks From Short Gauge Records,&#8220 Proc. of the "
            "9th Conference on Water Data, Tarnby, pp. 21-26 (2009).</p></li>\n"
            "<li><p>Tomas Vell, <b>Nia Berko</b>, and Ruth Amadi, \"Rain Gauges Built From Bottles in Two Valleys, "
            "<i>Journal of Frugal Sensing</i>, vol. 3, 2020.</p></li>\n"
            "<li><p>Nia Berko and Ruth Amadi, \"Tides Against a Shore of Sand,&#8220; in Proc. of the 4th Meeting on "
            "Coasts, Tarnby, 2017.</p></li>\n</ul></body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    got = sorted((x.title, x.venue, x.year, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Bounds on Flood Peaks From Short Gauge Records", "Proc. of the 9th Conference on Water Data, Tarnby",
                    2009, ["Tomas Vell", "Nia Berko"]),
                   ("Rain Gauges Built From Bottles in Two Valleys", "Journal of Frugal Sensing", 2020,
                    ["Tomas Vell", "Nia Berko", "Ruth Amadi"]),
                   ("Tides Against a Shore of Sand", "Proc. of the 4th Meeting on Coasts, Tarnby", 2017,
                    ["Nia Berko", "Ruth Amadi"])]


def test_a_harvard_citation_with_the_month_after_the_year_keeps_its_title(tmp_path: Path):
    # Google Scholar's Harvard export for a conference paper: "Names, 2024, October. Title. In Venue (pp. ..).": the
    # month closes the date, the title follows it
    pubs = imported_site(tmp_path / "page", {"index.md": (
        "# Mira Holt\n\nI model how trams fill up at rush hour.\n\n## Publications\n\n"
        "1. Zhang, L., **Holt, M.**, Liu, K. and Xiong, C., 2024, October. Flooded streets and how people move "
        "around them. In 2024 IEEE Conference on Humane Technology (CHT) (pp. 424-430). IEEE.\n"
        "2. **Holt, M.**, Berg, T., 2021. Counting riders on crowded trams with door sensors. Journal of Urban "
        "Transit, 12, pp.1-20.\n")}).publications
    assert [p.title for p in pubs] == ["Flooded streets and how people move around them",
                                       "Counting riders on crowded trams with door sensors"]
    assert pubs[0].year == 2024


def test_a_cut_author_list_with_its_count_of_names_is_the_byline(tmp_path):
    # "Ivo Lorn et al. (12 authors)": the named author and a count of the rest; the owner is hidden in the cut, not
    # the paper's only author
    page = tmp_path / "papers.html"
    item = '<ul><li><p>{}<br />\n{}<br />\n{} | <a href="papers/x.pdf">Paper PDF</a>\n</p></li></ul>\n'
    page.write_text("<html><head><title>Mara Quill</title></head><body><h1>Publications</h1>\n"
                    + item.format("Counting widgets in the wild", "Olaf Brenn, Mara Quill, and Ida Ross",
                                  "Widget Letters 2023")
                    + item.format("Dense gadgets at scale and beyond the valley", "Ivo Lorn et al. (12 authors)",
                                  "Gadget Journal 2022")
                    + item.format("Sprockets for all", "Mara Quill and Ivo Lorn", "Sprocket Journal 2021")
                    + "</body></html>\n")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    dense = pubs["Dense gadgets at scale and beyond the valley"]
    assert [a.name for a in dense.authors] == ["Ivo Lorn"] and dense.authors_truncated
    assert not any(a.is_self for a in dense.authors)


_APA_LIST = """# Publications

## 2020

- Oakes, L. M., Pike, L. J., **Moss, A.**, & Thorne, W. (2020). *Owls of the high moors seen through their niche. Journal of Owl Studies*, 47(1), 181-192.

## 2019

- Marti, C., Thorne, W., **Moss, A.**, Fould, A., ... & Mink, T. (2019). *Lichen diversity drives the turnover of many moor functions.* Moss Ecology, 33(10), 2053-2064.
- **Moss, A.** (2019). Une théorie des réseaux de landes: méthodes et applications (Doctoral dissertation, Université de Lyon).

## 2021

- Cald, I., Munk, T., Hedd, M.,**Moss, A.,** Roy, M. & Thorne, W. (2021). *Cascading effects of moth outbreaks on moor food webs.* Moor Reports, 11(1), 1-12.
 Ivo Cald, Tom Munk, Mick Hedd, Anna Moss, Mel Roy & Will Thorne
"""


def test_apa_citations_of_a_markdown_list(tmp_path):
    page = tmp_path / "publications.md"
    page.write_text(_APA_LIST)
    pubs = {p.title: p for p in import_path(page, owner="Anna Moss").profile.publications}
    # the journal slipped into the title's italics, its volume after them
    owls = pubs["Owls of the high moors seen through their niche"]
    assert owls.venue == "Journal of Owl Studies"
    # the pages after a volume and its issue are no year
    assert pubs["Lichen diversity drives the turnover of many moor functions"].year == 2019
    # "(Doctoral dissertation, X)" after an unstyled title is the venue's place
    thesis = pubs["Une théorie des réseaux de landes: méthodes et applications"]
    assert thesis.venue == "Doctoral dissertation, Université de Lyon"
    # a pasted line naming the same people again is no author line
    moths = pubs["Cascading effects of moth outbreaks on moor food webs"]
    assert [a.name for a in moths.authors] == ["I. Cald", "T. Munk", "M. Hedd", "A. Moss", "M. Roy", "W. Thorne"]
    assert moths.venue == "Moor Reports"


def test_a_books_title_in_several_sentences_runs_to_its_imprint(tmp_path):
    # "Names: Title. Subtitle. A short guide. Berlin: Vogel, 1999.": the sentences before the imprint (place: publisher,
    # year) are the book's title, not a venue; a journal after the title stays the venue
    page = tmp_path / "index.md"
    page.write_text(
        "# Ida Fenn\n\n## Publications\n\n"
        "- Lind, Clara; Olsen, Per; Fenn, Ida: Counting the Coins. The State of the Norms in Public Ledgers. "
        "A Short Guide. Berlin: Vogel, 1999.\n"
        "- Fenn, Ida; Roth, Paul: Sorting by hand. Journal of Filing Studies 12. Hamburg: Kranz, 2004.\n")
    first, second = import_path(page).profile.publications
    assert (first.title, first.year) == ("Counting the Coins. The State of the Norms in Public Ledgers. A Short Guide",
                                         1999)
    assert [a.name for a in first.authors] == ["Clara Lind", "Per Olsen", "Ida Fenn"]
    assert second.title == "Sorting by hand"


def test_a_work_its_editors_close_names_them_as_its_authors(tmp_path):
    # "Code:Year Title. Body; Editors: Family, Given; ...": no names before the title, the editors after it; a
    # standard's designation gives its year
    page = tmp_path / "index.md"
    page.write_text(
        "# Ida Fenn\n\n## Standards\n\n"
        "- EN 99999:2011 Common Sorting Rules – Sorting of Latin and Greek scripts. CEN; Editor: Fenn, Ida.\n"
        "- CWA 11111:2006 The Founding of a Network for Office Names. CEN; Editors: Blum, Anna ; Hart, Tom; Fenn, Ida.\n")
    first, second = import_path(page).profile.publications
    assert (first.title, first.year, first.venue) == (
        "EN 99999:2011 Common Sorting Rules – Sorting of Latin and Greek scripts", 2011, "CEN")
    assert [a.name for a in first.authors] == ["Ida Fenn"]
    assert (second.year, [a.name for a in second.authors]) == (2006, ["Anna Blum", "Tom Hart", "Ida Fenn"])


def test_a_name_written_family_name_first_scores_as_the_one_name_the_splitter_reads():
    # "Fenn, Ida" was cut at its comma into two one-word names (0.2: no name at all) and "Kuster, Marc Wilhelm" into
    # two people (1.0: a list); the author splitter reads each as one person, and the scorer now does too
    for text, name in (("Fenn, Ida", "Ida Fenn"), ("Kuster, Marc Wilhelm", "Marc Wilhelm Kuster")):
        assert [a.name for a in split_authors(text).authors] == [name]
        assert author_score(text) == author_score(name) == 0.3
    # an "and" inside a pair is no family name and its given name: two people, as the splitter reads them
    assert author_score("Safe and Flexible Dynamic Updating") == 1.0


def test_a_work_one_editor_closes_names_the_editor_written_given_name_first_too(tmp_path):
    # "...; Editor: Tom Hart.": one name after the label (not the owner's), as "Editor: Hart, Tom" is read
    page = tmp_path / "index.md"
    page.write_text("# Ida Fenn\n\n## Standards\n\n"
                    "- EN 99998:2010 Rules for Filing Names. CEN; Editor: Tom Hart.\n")
    (work,) = import_path(page).profile.publications
    assert (work.title, [a.name for a in work.authors]) == ("EN 99998:2010 Rules for Filing Names", ["Tom Hart"])


def _pubs_of(tmp_path: Path, body: str):
    return imported_site(tmp_path / "mholt", {"README.md": "## Mira Holt\n\n## Publications\n\n" + body}).publications


def test_a_gap_in_the_author_list_written_without_a_comma_after_it_leaves_the_title_whole(tmp_path: Path):
    # "Lind K, ... Holt M": the names left out are marked by dots with a comma before them only; the names go on
    # after them and the title is the sentence after the names
    pubs = _pubs_of(tmp_path, (
        "1. Lind K, ... **Holt M**, Ek T, Roe J. Frost heave measured weekly in alpine meadows. Soil Lett (2023).\n"
        "2. Lind K, … **Holt M**, Ek T. Ice lenses below meadows. Soil Lett (2021).\n"
        "3. Lind K, Holt M, Ek T, Roe J. Stone circles seen from a drone. Soil Lett (2020).\n"))
    assert [(p.title, [a.name for a in p.authors]) for p in pubs[:2]] == [
        ("Frost heave measured weekly in alpine meadows", ["Lind K", "Holt M", "Ek T", "Roe J"]),
        ("Ice lenses below meadows", ["Lind K", "Holt M", "Ek T"])]
    assert pubs[0].authors_truncated


def test_a_gap_with_no_comma_on_either_side_after_a_name_s_initials_parts_the_names(tmp_path: Path):
    # "Lind, K.A., Ek, T. ... **M. Holt** *et al.* (9th of 30 authors). 2024. Title.": the first names family name
    # first, the dots standing for the names left out with no comma before or after them, then the owner given name
    # first; the initial's stop before the dots ends no sentence, and the title is the sentence after the year
    pubs = _pubs_of(tmp_path, (
        "[2] Lind, K.A., Ek, T. ... **M. Holt** _et al._ (9th of 30 authors). 2024. Frost heave measured weekly "
        "in alpine meadows. _Soil Letters_ https://doi.org/10.1000/frost.1\n\n"
        "[1] **Holt, M.**, T. Ek, and J. Roe. 2021. Ice lenses below meadows. _Soil Letters_ 3:12-19.\n"))
    first = pubs[0]
    assert (first.title, [a.name for a in first.authors], first.year, first.venue) == (
        "Frost heave measured weekly in alpine meadows", ["K.A. Lind", "T. Ek", "M. Holt"], 2024, "Soil Letters")
    assert first.authors_truncated and first.authors[2].is_self


def test_a_bold_title_line_over_a_chapter_s_quoted_book_title_is_the_title(tmp_path: Path):
    # a three-line entry: the bold title, the names, then the book the chapter is in, its title in quotes
    pubs = _pubs_of(tmp_path, (
        "1. **Frost heave measured weekly in alpine meadows.**\n  **Holt M**, Ek T, Roe J.\n  Soil Lett (2023).\n"
        "2. **Needle ice and the lifting of stones.**\n  **Holt M**, Ek T.\n"
        "  “Cold Ground: Essays on Periglacial Soils”, A. Berg, ed. (Northfield Press), (2014), chapter 3, p. 41-60.\n"))
    assert pubs[1].title == "Needle ice and the lifting of stones"
    assert pubs[1].venue.startswith("“Cold Ground: Essays on Periglacial Soils”")


def test_one_name_and_et_al_opening_an_entry_are_its_authors_not_its_title(tmp_path: Path):
    # "(2024) K Moe et al. Title. Venue.": the first author and "et al." without a comma between them
    prof = imported_site(tmp_path / "site", {"index.html": (
        "<html><body><h1>Ola Berg</h1><h2>Papers</h2>\n"
        "<p>(2025) I Lind, <u>O Berg</u>. Gripping soft fruit with foam arms. Robotics Letters (RL). "
        "<a href=\"https://example.org/a\">PDF</a></p>\n"
        "<p>(2024) K Moe et al. Farm4D: Around the World in Many Hours of Orchard Video. IEEE Transactions on "
        "Farming. <a href=\"https://example.org/p\">PDF</a></p>\n"
        "<p>(2021) <u>O Berg</u>, I Lind. Sorting apples by touch. Robotics Letters (RL). "
        "<a href=\"https://example.org/r\">PDF</a></p>\n</body></html>\n")})
    pub = prof.publications[1]
    assert (pub.title, [a.name for a in pub.authors], pub.authors_truncated) == (
        "Farm4D: Around the World in Many Hours of Orchard Video", ["K Moe"], True)


def test_one_inverted_name_and_et_al_opening_an_entry_are_its_authors(tmp_path: Path):
    # "<b>Berg, O. K</b> et al. Title. Venue (2016).": the owner's inverted name ("Family, Initials", the last initial
    # with or without its stop) and "et al." open the entry; before, the name and "et al." went into the title
    prof = imported_site(tmp_path / "site", {"index.html": (
        "<html><body><h1>Ola Berg</h1><h2>Publications</h2>\n"
        "<blockquote><p>Lind, I; <b>Berg, O. K</b> et al. Gripping soft fruit with foam arms. Robotics Letters "
        "(2020). <a href=\"https://doi.org/10.1000/a\">doi</a></p></blockquote>\n"
        "<blockquote><p><b>Berg, O. K</b> et al. Sorting apples by touch in dim orchards. Farm Machines (2016). "
        "<a href=\"https://doi.org/10.1000/b\">doi</a></p></blockquote>\n"
        "<blockquote><p><b>Berg, O.</b> et al. Picking pears with two soft hands. Farm Machines (2014).</p>"
        "</blockquote>\n</body></html>\n")})
    pubs = prof.publications
    assert [(p.title, [a.name for a in p.authors], p.year) for p in pubs[1:]] == [
        ("Sorting apples by touch in dim orchards", ["O. K. Berg"], 2016),
        ("Picking pears with two soft hands", ["O. Berg"], 2014)]
    assert all(p.authors_truncated and p.authors[0].is_self for p in pubs[1:])


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


_FAMILY_NAME_ENTRY = """\
<li><a href="p{n}.pdf">{title}</a>
<dl><dt>Authors:</dt><dd>{authors}</dd><dt>Journal:</dt><dd>{venue}</dd></dl></li>
"""


def test_two_family_names_a_comma_apart_on_a_page_of_family_names_are_two_people(tmp_path):
    # the page writes its author lists as family names only ("Lind, Ruiz & Okafor"); a list of an even number of
    # names with no "&" reads like names written family name first ("Okafor, Ruiz" as "Ruiz Okafor"), but the
    # owner's family name standing in such a name says it is two people
    entries = [("Tides in narrow bays", "Lind, Ruiz &amp; Okafor", "Coastal Letters"),
               ("Salt wedges in tidal rivers", "Ruiz &amp; Lind", "Estuaries"),
               ("Mixing at river mouths", "Okafor, Lind &amp; Ruiz", "Coastal Letters"),
               ("Wave set-up on reefs", "Okafor, Ruiz", "Reef Science"),
               ("Sediment plumes seen from above", "Lind, Ruiz, Okafor, Vance", "Remote Sensing Notes")]
    items = "".join(_FAMILY_NAME_ENTRY.format(n=n, title=t, authors=a, venue=v) for n, (t, a, v) in enumerate(entries))
    page = tmp_path / "publications.html"
    page.write_text(f"<html><head><title>Publications</title></head><body><h1>Publications</h1><ul>{items}</ul>"
                    "</body></html>", encoding="utf-8")
    profile = import_path(page, owner="Ana Ruiz").profile
    by_title = {p.title: p for p in profile.publications}
    assert [a.name for a in by_title["Wave set-up on reefs"].authors] == ["Okafor", "Ruiz"]
    assert [a.name for a in by_title["Sediment plumes seen from above"].authors] == ["Lind", "Ruiz", "Okafor", "Vance"]
    assert [a.is_self for a in by_title["Sediment plumes seen from above"].authors] == [False, True, False, False]


def test_a_last_initial_written_without_its_stop_is_no_article(tmp_path):
    # "J. P. A Rowe and R. N. Quintero.": the "A" after two initials is the first author's third initial, not the
    # article opening a title, so the names are the authors and the sentence after them the title
    from kg.importers.page.scores import author_score

    assert author_score("J. P. A Rowe and R. N. Quintero") == 1.0
    assert author_score("A Study of Light") == 0.0
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Rosa Quintero</h1><h2>Publications</h2><table>"
                    "<tr><td>[1]</td><td>J.&nbsp;P.&nbsp;A Rowe and R.&nbsp;N. Quintero.\n Slow light in warm vapour.\n"
                    " In <em>Proceedings of the Optics Workshop</em>, pages 1--4, Lyon, France, May 2001.</td></tr>"
                    "</table></body></html>")
    pub = import_path(page).profile.publications[0]
    assert (pub.title, pub.year) == ("Slow light in warm vapour", 2001)
    assert [(a.name, a.is_self) for a in pub.authors] == [("J. P. A Rowe", False), ("R. N. Quintero", True)]


def test_a_one_word_title_in_quotes_between_the_names_and_the_venue_is_the_title(tmp_path):
    # an encyclopedia entry: 'W. Fan and K. Lee, "Bagging", Encyclopedia of X, pp. 1-9, Publisher' (no year)
    page = tmp_path / "pubs.html"
    page.write_text("<html><head><title>Publications</title></head><body><h1>Kari Lee</h1>\n"
                    "<h2>Publications</h2>\n<ol>\n"
                    "<li> O. Brekke and K. Lee, \"Moss Cover on Cold River Banks\", River Ecology, 2021 </li>\n"
                    "<li> P. Hale and K. Lee, \"Lichens\", Encyclopedia of Cold Places, pp. 20-24, Fjord Press </li>\n"
                    "</ol></body></html>\n", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue) for p in pubs] == [("Moss Cover on Cold River Banks", "River Ecology"),
                                                  ("Lichens", "Encyclopedia of Cold Places")]
    assert [a.name for a in pubs[1].authors] == ["P. Hale", "K. Lee"]


def test_a_title_opening_with_a_method_named_like_a_venue_scores_as_no_venue():
    # "RSS-Walk: legged odometry ...": a method's name opening a title holds a conference's acronym ("RSS"); it
    # scored as a venue line, and an entry's plain italic journal ("*Remote Sensing*") was then read as its title
    from kg.importers.page.scores import venue_score

    assert venue_score("RSS-Walk: legged odometry for rough ground") == 0
    assert venue_score("MM-Fusion: audio and video together") == 0
    assert venue_score("RSS 2021") >= 2 and venue_score("In ICRA") >= 2 and venue_score("IEEE T-PAMI") >= 2


def test_an_author_line_closed_by_its_own_legend_is_the_author_line(tmp_path):
    # jemdoc's "- *Okafor, R.*\#, Lee, A.\#, Shen X., and Pan W. (2016) (\#: equal contribution)\n" over the linked
    # title: the legend closing the line made it score as no author line (it became the abstract, the owner alone
    # the author)
    page = tmp_path / "index.jemdoc"
    page.write_text("# jemdoc: menu{MENU}{index.html}\n= Ravi Okafor\n\n== Papers\n\n"
                    "- *Okafor, R.*\\#, Lee, A.\\#, Shen X., and Pan W. (2016) (\\#: equal contribution)\\n\n"
                    "[http://example.org/p1.pdf A New Filter for Drifting Sensors.] /Journal of Signals/, 17, 1-25\n"
                    "- Lee, A., *Okafor, R.* (2019). [https://doi.org/10.1000/a2 Counting gaps in sensor streams]. "
                    "/Statistics Letters/, 12, 4-8.\n", encoding="utf-8")
    first = import_path(page).profile.publications[0]
    assert [(a.name, a.marks) for a in first.authors] == [
        ("R. Okafor", ["equal_contribution"]), ("A. Lee", ["equal_contribution"]), ("X. Shen", []), ("W. Pan", [])]
    assert first.abstract is None


def _cite_pubs(p):
    return [(x.title, [a.name for a in x.authors], x.venue, x.year) for x in p.publications]


def test_a_title_holding_commas_before_capitals_is_not_cut_as_if_a_venue_began(tmp_path):
    """'Names. Atlas, a compact model of tides in Bays, Inlets and Harbors.': with no venue sentence after it, the
    venue cut took the comma before "Inlets" for the venue's start (a capital alone); and in 'Names. Atlas, ...
    Venue' the names reader ran the first name list on past the stop into the title's first words ("Tomas Reyd.
    Atlas" an author). A capital with no year, number or venue word after it is the title's own list."""
    page = ("# Mara Quill\n\nI am an assistant professor of computer science at Northfield University.\n\n"
            "## Publications\n\n"
            "- Mara Quill, Tomas Reyd. Atlas, a compact model of tides in Bays, Inlets and Harbors.\n"
            "- Reyd, T., & Quill, M. (2020). Atlas, a compact model of tides in Bays, Inlets and Harbors.\n"
            "- Mara Quill, Tomas Reyd. Lanternfish Retrieval, A Compact Model of Sparse Retrieval for Long "
            "Documents. Proceedings of the Conference on Retrieval Systems, 2021.\n"
            "- Ines Varga, Mara Quill. Sea Ice Charts, Journal of Polar Mapping, 2019.\n")
    got = _cite_pubs(imported_site(tmp_path, {"index.md": page}))
    title = "Atlas, a compact model of tides in Bays, Inlets and Harbors"
    assert got == [(title, ["Mara Quill", "Tomas Reyd"], None, None),
                   (title, ["T. Reyd", "M. Quill"], None, 2020),
                   ("Lanternfish Retrieval, A Compact Model of Sparse Retrieval for Long Documents",
                    ["Mara Quill", "Tomas Reyd"], "Proceedings of the Conference on Retrieval Systems", 2021),
                   ("Sea Ice Charts", ["Ines Varga", "Mara Quill"], "Journal of Polar Mapping", 2019)]


def test_names_written_family_then_initial_with_particles_open_a_citation(tmp_path):
    """'Van der Berg K., Quill T. Title. Venue, 2018.': a list of names written family name then initial with a
    stop and no comma between them; one whose family name opens with particles ("de Souza", "Van der Berg") was not
    seen as a name, so the stop after it ended no list of names and the whole line before the venue was the title."""
    page = ("# Tessa Quill\n\nI am an assistant professor of genetics at Northfield University.\n\n"
            "## Publications\n\n"
            "- Van der Berg K., Quill T. Silent loci in barnacles. Genome Letters, 2018.\n"
            "- de Souza R., Quill T., Reyd J. Salt marsh microbes. Genome Letters, 2014.\n"
            "- Amariuta T., Quill T. Tide clocks in oysters. Genome Letters, 2016.\n")
    got = _cite_pubs(imported_site(tmp_path, {"index.md": page}))
    assert got == [("Silent loci in barnacles", ["Van der Berg K", "Quill T"], "Genome Letters", 2018),
                   ("Salt marsh microbes", ["de Souza R", "Quill T", "Reyd J"], "Genome Letters", 2014),
                   ("Tide clocks in oysters", ["Amariuta T", "Quill T"], "Genome Letters", 2016)]


def test_a_line_under_a_bold_title_opening_with_the_venues_link_then_the_names(tmp_path):
    """'**Title**.<br>[Venue](url). Names.': the line under the bold title opens with the venue's link and the
    names follow it; the whole line was read as the authors ("Coastal Engineering Letters. Mara Quill" an author),
    or its link's label as the one author, or the names were lost. The link opening that line is the venue (the
    year beside it its year), the names after it the authors."""
    page = ("# Mara Quill\n\nI am an assistant professor of computer science at Northfield University.\n\n"
            "## Publications\n\n"
            "**Tide Tables for Harbors**.<br>\n[Coastal Engineering Letters](https://example.org/cel). "
            "Mara Quill, Tomas Reyd.\n\n"
            "**Wave Gauges Built from Bottles**.<br>\n[Sensing Letters](https://example.org/sl). M. Quill, T. Reyd, "
            "2017.\n\n"
            "**Quiet Graphs for Noisy Labels**.<br>\n[Advances in Learning Systems](https://example.org/als), 2019, "
            "Tomas Reyd, Mara Quill.\n\n"
            "**Harbor Maps from Satellite Images**.<br>\n[Journal of Remote Mapping](https://example.org/jrm), 2020.<br>\n"
            "Mara Quill, Ines Varga.\n")
    got = _cite_pubs(imported_site(tmp_path, {"index.md": page}))
    assert got == [("Tide Tables for Harbors", ["Mara Quill", "Tomas Reyd"], "Coastal Engineering Letters", None),
                   ("Wave Gauges Built from Bottles", ["M. Quill", "T. Reyd"], "Sensing Letters", 2017),
                   ("Quiet Graphs for Noisy Labels", ["Tomas Reyd", "Mara Quill"], "Advances in Learning Systems", 2019),
                   ("Harbor Maps from Satellite Images", ["Mara Quill", "Ines Varga"], "Journal of Remote Mapping", 2020)]


def test_an_is_a_given_name_in_a_list_of_names(tmp_path):
    # "An Martel" among full names before "(2019) Title. Venue": a person, so the line is an author list and year
    page = tmp_path / "pubs.md"
    page.write_text("# Ana Roe\n\n## 2019\n\n* Ana Roe, Dan Dekeu, Dries Bont, An Martel, Kris Verh (2019) Small "
                    "forests work better when they are mixed. Bosrevue 82a, 1-7.\n", encoding="utf-8")
    [pub] = import_path(page).profile.publications
    assert (pub.title, pub.venue, [a.name for a in pub.authors][3]) == (
        "Small forests work better when they are mixed", "Bosrevue 82a", "An Martel")


_COLON_LIST = """<html><title>Things tb' has written</title></head><body>
<h1>List of Publications</h1>
<h2>1991</h2>
Tova Brink, Ivo Sand:<br>
<b>Moss on Northern Roofs,</b><br>
Report 1991/4, Fern Institute, 40pp.
<p>
Ivo Sand, Ada Lund, Tova Brink:<br>
<b>Lichen Counts in Wet Years,</b><br>
Workshop on Small Plants, Oslo, 1991
<h2>1993</h2>
Tova Brink:<br>
<b>A Field Guide to Wall Ferns,</b><br>
Dissertation, Fern University, 1993.
</body></html>
"""


def test_an_author_line_closed_by_a_colon_names_the_owner_of_a_nameless_page(tmp_path):
    # "A, B:" above each title: the colon is none of the last name's, so the page's one author on every work is
    # its owner (the page's title and headings name nobody)
    profile = import_path(write_site(tmp_path, {"publist.html": _COLON_LIST})).profile
    assert profile.person.name == "Tova Brink"
    assert [[a.name for a in p.authors] for p in profile.publications] == [
        ["Tova Brink", "Ivo Sand"], ["Ivo Sand", "Ada Lund", "Tova Brink"], ["Tova Brink"]]


def test_corresponding_author_said_in_brackets_after_a_name_is_its_mark(tmp_path):
    """"Bo Lint, Cy Dorn, **Mara Quill** (Corresponding author), **Bulletin of Small Stones**, 2021 (in Chinese)":
    the bracketed role after the owner's name marks them as the corresponding author, and the names end before
    the venue. Before, the bracket stood between the names and the venue: the venue was read as one more author
    and a remark further on as the venue."""
    p = imported_site(tmp_path, {
        "_config.yml": "title: Site\nauthor:\n  name: Mara Quill\n",
        "_pages/about.md": ("---\npermalink: /\ntitle: \"\"\n---\n\nMara Quill is a PhD student at Riverbend "
                            "University.\n\n# Publications\n\n- **Counting Pebbles on Shared Bicycles**, Bo Lint, Ed "
                            "Fenn, Cy Dorn, **Mara Quill** (Corresponding author), **Bulletin of Small Stones**, 2021 "
                            "(in Chinese)(Ed Fenn was an undergraduate I supervised.) "
                            "[[PDF]](https://example.org/pebbles.pdf)\n\n- **Sand Clocks**, Bo Lint, **Mara Quill**, "
                            "**Bulletin of Small Stones**, 2020\n")})
    pub = next(x for x in p.publications if x.title == "Counting Pebbles on Shared Bicycles")
    assert [(a.name, a.marks) for a in pub.authors] == [("Bo Lint", []), ("Ed Fenn", []), ("Cy Dorn", []),
                                                        ("Mara Quill", ["corresponding"])]
    assert pub.venue == "Bulletin of Small Stones" and pub.year == 2021


def test_a_title_opening_with_the_quoted_title_it_answers_keeps_its_quotes(tmp_path):
    # '“Title of X” – Response': the quotes are the title's own (the opening one alone was cut before); quotes
    # around a whole title are not
    profile = imported_site(tmp_path, {
        "index.md": "# Jo Roe\n\nI study tides.\n",
        "_data/papers.yml": """\
- title: '“Tides in estuaries: a new model” – Response'
  authors: Roe J, Lee A
  journal: Coastal Dynamics
  year: 2020
- title: '"Waves on sparse grids"'
  authors: Roe J
  journal: Ocean Modelling
  year: 2019
""",
        "papers.md": "---\ntitle: Papers\n---\n{% for p in site.data.papers %}{{ p.title }}{% endfor %}\n",
    })
    assert [p.title for p in profile.publications] == [
        "“Tides in estuaries: a new model” – Response", "Waves on sparse grids"]


def test_an_italic_remark_after_the_pages_is_no_venue(tmp_path):
    # "A, B. 2015. Title. Journal Name 192:247-257. *Chosen as the editor's pick*": the italic closes a whole
    # citation (volume and pages before it); the venue is the journal, the title stops at its own stop
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Ada Quill"\nauthor:\n  name: "Ada Quill"\n')
    (tmp_path / "_pages" / "publications.md").write_text(
        "---\npermalink: /publications/\ntitle: \"Publications\"\n---\n\n"
        "* Lark, D.M., **A. Quill**, and R. S. Fenn.  2015.  Slow drift in pond counts:  what long records say.  "
        "Journal of Pond Studies 192:247-257. *Chosen as the editor's pick of the month* [PDF](lark2015.pdf)\n\n"
        "* Fenn, R.S., **A. Quill**. 2014. Counting frogs by ear. Marsh Letters, 12(6): 652-661. *Featured on the "
        "cover of the issue*. [PDF](fenn2014.pdf)\n\n"
        "* **Quill, A.** and R. S. Fenn. 2013. Reeds and their shadows. Wetland Notes 25: 1157-1165.\n",
        encoding="utf-8")
    pubs = import_path(tmp_path).profile.publications
    assert [(x.title, x.venue) for x in pubs] == [
        ("Slow drift in pond counts: what long records say", "Journal of Pond Studies"),
        ("Counting frogs by ear", "Marsh Letters"),
        ("Reeds and their shadows", "Wetland Notes")]


def test_an_edited_report_names_its_editor_before_the_year(tmp_path):
    # "Fenn, R. S., editor. 2022. Title: Subtitle. Series 171.": the editor closes the names; the title follows
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Ada Quill"\nauthor:\n  name: "Ada Quill"\n')
    (tmp_path / "_pages" / "publications.md").write_text(
        "---\npermalink: /publications/\ntitle: \"Publications\"\n---\n\n"
        "* Fenn, R. S., editor. 2022. Status review of pond frogs listed as threatened: Lakeside basin. Tarn "
        "Department of Ponds, Technical Memorandum 171. [Online](https://doi.org/10.1234/abcd)\n\n"
        "* Lark, D.M. and **A. Quill**. 2015. Slow drift in pond counts. Journal of Pond Studies 192:247-257.\n",
        encoding="utf-8")
    pubs = import_path(tmp_path).profile.publications
    assert [(x.title, [a.name for a in x.authors]) for x in pubs][0] == (
        "Status review of pond frogs listed as threatened: Lakeside basin", ["R. S. Fenn"])


def test_an_author_line_of_initials_without_stops_closed_by_the_year(tmp_path):
    # hunt46 (an MkDocs publications page): "**Title** <br>" / "B Roe, N E Lint, F Brosa Dorn, 2024. <br>" / a link:
    # before, initials written without stops made no list of names (the year after them read it all as the
    # venue), and the owner alone became the paper's author
    page = tmp_path / "publications.md"
    page.write_text("# Publications\n\n**Sand clocks in braided rivers** <br>\n"
                    "B Roe, N E Lint, F Brosa Dorn, 2024. <br>\n[[Arxiv]](https://doi.org/10.48550/arXiv.2412.00001)\n\n"
                    "**Tidal ripples that remember** <br>\nN Lint, C P Orr, B Roe, R Dhoot, 2023. <br>\n"
                    "[[Arxiv]](https://doi.org/10.48550/arXiv.2412.00002)\n", encoding="utf-8")
    pubs = {p.title: p for p in import_path(page, owner="Bea Roe").profile.publications}
    sand = pubs["Sand clocks in braided rivers"]
    assert [a.name for a in sand.authors] == ["B Roe", "N E Lint", "F Brosa Dorn"] and sand.year == 2024
    assert sand.venue is None and sand.authors[0].is_self
    tide = pubs["Tidal ripples that remember"]
    assert [a.name for a in tide.authors] == ["N Lint", "C P Orr", "B Roe", "R Dhoot"] and tide.authors[2].is_self


_AP_HOME = {"_config.yml": "title: Oren Vale\nauthor:\n  name: Oren Vale\n",
            "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI grow crystals at Northfield University.\n"}


def test_a_colon_after_a_linked_title_opens_its_names_not_a_subtitle(tmp_path):
    """'<a href=...>Title</a>: K. Ruiz, A. L. Vale, ..., Venue, 2023': the colon after the linked title leads to
    the authors, the first of them no subtitle. Before, the title ran on to the first name ("Title: K. Ruiz") and
    the first author was lost."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/publications.md": (
        "---\ntitle: Publications\npermalink: /publications/\n---\n\n<ol>\n"
        "<li><a href=\"https://example.org/a\">Tide maps for small bays</a>:  K. Ruiz, O. Vale, G. Lee, and M. Kim,"
        " 2025</li>\n\n"
        "<li><a href=\"https://example.org/b\">Salt in the lattice</a>: O. Vale, B. Moss and C. Holt, Cryst. Lett.,"
        " <b>10</b>, 221402, 2023</li>\n\n"
        "<li><a href=\"https://example.org/c\">Quartz under pressure in deep rock</a>:\n"
        "Oren Vale, Ann W. King, and Hazel Cox, Phys. Rev. A <b>94</b>, 042512, 2016</li>\n</ol>\n")})
    got = sorted((x.title, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Quartz under pressure in deep rock", ["Oren Vale", "Ann W. King", "Hazel Cox"]),
                   ("Salt in the lattice", ["O. Vale", "B. Moss", "C. Holt"]),
                   ("Tide maps for small bays", ["K. Ruiz", "O. Vale", "G. Lee", "M. Kim"])]


def test_an_apa_date_with_its_month_before_the_year_closes_the_names(tmp_path):
    """'R. Gu and O. Vale. (Feb. 2017). Title. Venue': the month written before the year in the brackets is the
    date's, as '(2017)' is. Before, the stop after 'Feb' ended a sentence and the title was '(Feb'."""
    html = ("<html><head><title>Oren Vale</title></head><body><h1>Oren Vale</h1><p>I study salt.</p>"
            "<h2>Technical Reports</h2>"
            "<p>R. Gu and O. Vale. (Feb. 2017). Upper bounds on the salt a lattice holds. arXiv: "
            "<a href=\"http://arxiv.org/abs/1702.00001\">1702.00001</a> [stat.CO].</p>"
            "<p>O. Vale and B. Lee. (Mar. 2015). Lower bounds on the heat a crystal keeps. arXiv: "
            "<a href=\"http://arxiv.org/abs/1503.00002\">1503.00002</a> [stat.ME].</p></body></html>")
    p = imported_site(tmp_path, {"index.html": html})
    got = sorted((x.title, x.year, [a.name for a in x.authors]) for x in p.publications)
    assert got == [("Lower bounds on the heat a crystal keeps", 2015, ["O. Vale", "B. Lee"]),
                   ("Upper bounds on the salt a lattice holds", 2017, ["R. Gu", "O. Vale"])]


def _books_page(tmp_path, *items: str):
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Tomas Varga</h1><h2>Books and Chapters</h2>"
                    + "".join(f"<p>{i}</p>" for i in items) + "</body></html>", encoding="utf-8")
    return [(p.title, p.venue, p.year, [a.name for a in p.authors]) for p in import_path(page).profile.publications]


def test_a_colon_after_names_closed_by_and_is_the_titles(tmp_path):
    # "A and B, Title: Subtitle, In: Book": "and" closed the names, so the colon is the title's; before, the
    # title's first words were read as a third author and the rest as the title
    assert _books_page(tmp_path, "Lena Osei and <b>Tomas Varga</b>, Silt Budgets: Recent Advances, In: <i>Handbook of "
                                 "Rivers</i>, edited by Ivo Brandt, Springer, pp. 10-20, 2017.") == [
        ("Silt Budgets: Recent Advances", "Handbook of Rivers", 2017,  # (the book; its editors and publisher follow)
         ["Lena Osei", "Tomas Varga"])]


def test_the_editors_word_after_the_names_closes_them(tmp_path):
    # "A, B and C (editors), Book, Press, 2012": an edited book; before, the item was not read (no name list
    # closed), and with a colon in the title the list ran on into it
    assert _books_page(tmp_path, "<b>Tomas Varga,</b> Ines Moreau and Lena Osei (editors), River Sediments in "
                                 "Practice, Harbour Press, 2012.",
                       "<b>Tomas Varga</b> and Ines Moreau (editors), Gravel: Principles and Practices, Harbour "
                       "Press, 2015.") == [
        ("River Sediments in Practice", "Harbour Press", 2012, ["Tomas Varga", "Ines Moreau", "Lena Osei"]),
        ("Gravel: Principles and Practices", "Harbour Press", 2015, ["Tomas Varga", "Ines Moreau"])]


def test_an_apa_title_whose_stop_is_glued_to_the_journals_first_word(tmp_path):
    # "... and fjords.Nordic <i>Journal of Linguistics</i>, <i>12</i>(3), 1-20." (text copied out of a PDF): the
    # title ends at the stop with no space after it; the word glued to it opens the journal's name, outside the
    # italics
    p = pubs_of(tmp_path, (
        "<p>Brenner, A., <b>Vogt, K.</b>, &amp; Lind, S. (2019). Speech to infants in three coastal towns: a "
        "comparison of harbours and fjords.Nordic <em>Journal of Linguistics</em>, <em>12</em>(3), 1-20. "
        '<a href="https://doi.org/10.1/n">10.1/n</a></p>'
        "<p><b>Vogt, K.</b>, &amp; Brenner, A. (2017). Counting vowels in the north. <em>Journal of Phonetics</em>, "
        "<em>40</em>, 5-9.</p>"))
    assert [(x.title, x.venue) for x in p.publications] == [
        ("Speech to infants in three coastal towns: a comparison of harbours and fjords", "Nordic Journal of Linguistics"),
        ("Counting vowels in the north", "Journal of Phonetics")]


def test_an_apa_title_that_ends_on_with_keeps_the_italic_name_after_it_and_the_next_italic_is_the_venue(tmp_path):
    # "(2023). Reading Tides with <i>Le Marégraphe</i>, <i>Coastal Notes</i>.": no title ends on "with"; the italic
    # name after it is the title's, the second italic run the journal
    p = pubs_of(tmp_path, (
        "<p>Vogt, K., Brenner, A. (2023). Reading Tides with <em>Le Marégraphe</em>, <em>Coastal Notes</em>.</p>"
        "<p>Vogt, K. (2021). Counting vowels in the north, <em>Journal of Phonetics</em>.</p>"))
    assert [(x.title, x.venue) for x in p.publications] == [
        ("Reading Tides with Le Marégraphe", "Coastal Notes"), ("Counting vowels in the north", "Journal of Phonetics")]


def test_a_long_author_list_whose_stop_is_glued_to_the_title(tmp_path):
    # "..., Juan He, Ni Wu.Multi-Objective Planning ... . *Journal*": the names' stop with no space after it (a family
    # name of two letters), many names before it; the italic run after the title is the venue
    pubs = _page(tmp_path, "- `Ilse Varga` \\*, Kai Zhang, Jon Del Ser, Mia Li, Xin Xu, Juan He, Ni Wu.Multi-Objective "
                           "Planning of Ferry Routes Under Storms. *Journal of Harbour Systems* , pp. 1-19, 2025\n")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Multi-Objective Planning of Ferry Routes Under Storms", "Journal of Harbour Systems", 2025)]
    assert [a.name for a in pubs[0].authors][-2:] == ["Juan He", "Ni Wu"]


def test_a_thesis_entry_opening_with_its_degree_and_a_colon(tmp_path):
    # "PhD: **Varga I**. 2000. [Title](pdf). School.": the degree labels the work, no word of the names after it
    pubs = _page(tmp_path, "**Varga I**, Holt B. 2012. [Rent shocks](https://ex.org/r.pdf). *Journal of Housing* 4: 1-9.\n\n"
                           "PhD: **Varga I**. 2000. [Wage floors in small towns](https://ex.org/phd.pdf). Lowmoor "
                           "University.\n\nMSc: **Varga I**. 1997. [Commuting by ferry](https://ex.org/msc.pdf). "
                           "University of Fenwick.\n")
    assert [(p.title, p.venue, [a.name for a in p.authors]) for p in pubs[1:]] == [
        ("Wage floors in small towns", "Lowmoor University", ["Varga I"]),
        ("Commuting by ferry", "University of Fenwick", ["Varga I"])]


def test_a_bold_title_after_the_names_sentence_reads_as_a_title_though_its_words_look_like_a_name(tmp_path):
    # "Bo Holt, Ilse Varga. **Data Stream Mining**. In A. Editor (Ed.), [Book](url) Chapter 61 (pp. 1-3). Press.
    # (2014)": the bold sentence is the chapter's title, the linked book its venue
    pubs = _page(tmp_path, "Bo Holt, Ilse Varga. **Data Stream Mining**. In Wang, John. Editor (Ed.), [Encyclopedia of "
                           "Analytics (5 Volumes)](http://ex.org/book) Chapter 61 (pp. 664 - 666). Harbour Press. (2014)\n\n"
                           "Ilse Varga, Bo Holt. **Label Ranking**. In Wang, John. Editor (Ed.), [Encyclopedia of "
                           "Analytics (5 Volumes)](http://ex.org/book) Chapter 142 (pp. 81 - 84). Harbour Press. (2014)\n")
    assert [(p.title, p.year) for p in pubs] == [("Data Stream Mining", 2014), ("Label Ranking", 2014)]
    assert pubs[0].venue.startswith("Encyclopedia of Analytics")


def test_a_chapter_title_and_its_subtitle_run_up_to_the_book_it_is_in(tmp_path):
    # "Title. Subtitle. In Editors (eds.): Book. City: Publisher": no italics, two sentences before "In" are the
    # chapter's title and subtitle (the humanities' style), not its title and a venue
    pubs = _page(tmp_path, "- Varga, Ilse (2016): Harbours and Hinterlands. Aspekte der Hafenrezeption im Mittelalter. "
                           "In Bruno Holt & Cara Mendes (eds.): Studies offered to Dora Lind on her birthday. "
                           "Amiens: Presses du Centre, 68-77.\n\n"
                           "- Varga, Ilse (2014): Tolls on Quiet Roads. Journal of Roads 12, 1-9.\n")
    assert [(p.title, p.year) for p in pubs] == [
        ("Harbours and Hinterlands. Aspekte der Hafenrezeption im Mittelalter", 2016), ("Tolls on Quiet Roads", 2014)]
    assert pubs[0].venue.startswith("Studies offered to Dora Lind") and pubs[1].venue.startswith("Journal of Roads")


def test_the_owner_written_family_first_in_full_among_names_with_initials(tmp_path):
    # "Lind, K., **Varga, Ilse Maria**, Holt, B. Title. *Venue*": the owner's given names in full among the others'
    # initials (a semicolon after them, too); before, the list ended at the owner and the whole head was the title
    pubs = _page(tmp_path, "1. Lind, K., **Varga, Ilse Maria**, Holt, B. Grazing and soil carbon in dry hills. "
                           "*Soil Letters.* [pdf](https://example.org/a.pdf)\n\n"
                           "2. **Varga, Ilse María**; Roe, J., Holt, B. Seed banks after fire. *Fire Ecology*, v. 12, 2019.\n",
                 name="Ilse Maria Varga")
    assert [([a.name for a in p.authors], [a.is_self for a in p.authors].index(True), p.title, p.venue) for p in pubs] == [
        (["K. Lind", "Ilse Maria Varga", "B. Holt"], 1, "Grazing and soil carbon in dry hills", "Soil Letters"),
        (["Ilse María Varga", "J. Roe", "B. Holt"], 0, "Seed banks after fire", "Fire Ecology")]
    # one full word after a family name could be a family name of its own: no given name
    assert uninvert_authors("Lind, Roe, K.") is None


@pytest.mark.parametrize("entries, read, first_authors", [
    # "(2025, in press)": the year, then the status, in the brackets after the names; the title starts after them
    (["Lind, B., Roe, A., & Okafor, R. (2025, in press). Sand ripples in slow rivers. *Journal of Sand*.",
      "Roe, A. (2024, forthcoming). Mud banks revisited. *Earth Letters*.",
      "Roe, A., & Lind, B. (2023). Grain sizes measured. *Journal of Sand*, 12, 1-10."],
     [("Sand ripples in slow rivers", 2025, "Journal of Sand"), ("Mud banks revisited", 2024, "Earth Letters"),
      ("Grain sizes measured", 2023, "Journal of Sand")], ["B. Lind", "A. Roe", "R. Okafor"]),
    # any status of STATUS_PHRASES (status_words), not four words of its own. Before: "(2025, under review)" was read
    # into the title, year None; "(2023, online first)" left the entry unparsed
    (["Roe, A., & Lind, B. (2025, under review). Dune fields at dusk. *Journal of Sand*.",
      "Roe, A., & Lind, B. (2023, online first). Grain sizes measured. *Earth Letters*."],
     [("Dune fields at dusk", 2025, "Journal of Sand"), ("Grain sizes measured", 2023, "Earth Letters")],
     ["A. Roe", "B. Lind"]),
], ids=["in_press_forthcoming", "under_review_online_first"])
def test_an_apa_year_with_the_papers_status_in_the_same_brackets(tmp_path, entries, read, first_authors):
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\n## Publications\n\n" + "".join(f"- {e}\n" for e in entries), encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.year, p.venue) for p in pubs] == read
    assert [a.name for a in pubs[0].authors] == first_authors


def test_a_quoted_phrase_opening_a_title_after_family_first_names_is_the_titles_first_words(tmp_path):
    # 'Varga, I.; Holt, B. “Salt Breathing” Seen from Coastal Towers. *Venue*': the quotation is closed by no stop
    # or comma and words run on from it to the italic venue, so the title holds it; a quoted title closed by its
    # stop is the title alone
    pubs = _page(tmp_path, "- Varga, I.; Holt, B.; Roe, C. “Salt Breathing” Seen from Coastal Towers in a Port City. "
                           "*J. Coast. Air* 2023, 5, 10-19.\n"
                           "- Varga, I.; Holt, B. “Tides of the northern sand banks.” *J. Coast. Air* 2021, 3, 1-9.\n")
    assert [(p.title, p.venue) for p in pubs] == [
        ("“Salt Breathing” Seen from Coastal Towers in a Port City", "J. Coast. Air"),
        ("Tides of the northern sand banks", "J. Coast. Air")]
    # (review77d #3) words that lead into the venue after a whole quoted title ("In Proceedings of the", "edited
    # by", "Paper presented at") are none of the title's
    pubs = _page(tmp_path, "- Varga, I.; Holt, B. “Sand Waves and Tides” In Proceedings of the *Coastal Dynamics "
                           "Conference* 2023, 10-19.\n"
                           "- Varga, I.; Holt, B. “Salt Marsh Edges” Paper presented at *Coastal Days*, 2021.\n")
    assert [p.title for p in pubs] == ["Sand Waves and Tides", "Salt Marsh Edges"]
    # (review rr77b #1) a lower-case "in" that runs on the title is no lead-in: only "in" right before the venue is
    pubs = _page(tmp_path, "- Varga, I.; Holt, B. “Fake News” in the Classroom: Teaching Media Literacy. *Journal of "
                           "Media Education* 12, 2022, 33-41.\n")
    assert [p.title for p in pubs] == ["“Fake News” in the Classroom: Teaching Media Literacy"]


def test_italic_species_names_inside_the_title_before_its_stop_and_the_linked_journal_after_it(tmp_path):
    # "... in the pond snail *Lymnaea* (Lamarck, 1799) revisited. [*Journal*](doi)", "... of the newt *Triturus*.
    # [*Pond Letters*](doi)": an italic run inside the title's sentence, with the title's stop and a later italic
    # run after it, is a species' name in the title; the venue was that name and the title was cut before it
    pubs = _page(tmp_path, (
        "[3] **Varga I**, Holt B, and Roe C (2022) Shell growth in the pond snail *Lymnaea* (Lamarck, 1799) revisited"
        " with light microscopy. [*Journal of Pond Biology*](https://doi.org/10.1000/pond.3)\n\n"
        "[2] **Varga I**, Holt B (2020) Suction feeding in the larval newt *Triturus*."
        " [*Pond Letters*](https://doi.org/10.1000/pond.2)\n\n"
        "[1] Holt B, **Varga I** (2019) Gills of the fossil *Palaeoxyris*, and of a living *Scyliorhinus canicula*"
        " shark (Elasmobranchii). *Fishes Past and Present: Essays for Ann Roe* edited by Bo Lind, Lowmoor Press\n"))
    assert [p.title for p in pubs] == [
        "Shell growth in the pond snail Lymnaea (Lamarck, 1799) revisited with light microscopy",
        "Suction feeding in the larval newt Triturus",
        "Gills of the fossil Palaeoxyris, and of a living Scyliorhinus canicula shark (Elasmobranchii)"]
    assert pubs[0].venue == "Journal of Pond Biology" and pubs[2].venue.startswith("Fishes Past and Present")
    # review r78e #1, #8: the journal after a title with no stop, a later italic run after it (a note, an italic
    # "PDF", APA 7's italic volume), is the venue still: its volume or pages after it, or no stop before the later
    # run, or "in" before it (were the title's, the venue the note or none)
    pubs = _page(tmp_path, (
        "- Moss, T., & Roe, B. (2019). [Reeds along the edge of ponds](https://example.org/p1) *Ecology, 104*(3),"
        " 1–10. *Featured on the cover*.\n"
        "- Moss, T., & Roe, B. (2017). Reeds along the edge of rivers *Oecologia*, 12, 1–10."
        " [*PDF*](https://example.org/x.pdf)\n"
        "- Moss, T., & Roe, B. (2016). Reeds along the edge of lakes *Freshwater Biology*, *104*(3), 1–10.\n"
        "- Moss, T., & Roe, B. (2018). Reeds and ponds, in *The Pond Handbook*, edited by C. Lee. Springer. *Invited*.\n"))
    assert [(p.title, p.venue) for p in pubs] == [
        ("Reeds along the edge of ponds", "Ecology"), ("Reeds along the edge of rivers", "Oecologia"),
        ("Reeds along the edge of lakes", "Freshwater Biology"), ("Reeds and ponds", "The Pond Handbook")]


def test_a_semicolon_list_written_family_first_keeps_a_whole_given_name_as_its_first_names(tmp_path):
    # ADS's "Lind, Tamsin; Roe, B. A.; Moss, C." after a linked title, bars between the parts: the semicolons
    # part the names and the comma each name's halves, so one whole given word is a name's; the list was read as
    # "Lind", "Tamsin", "Roe", "B. A. Moss", ..., its last piece running into the venue
    assert uninvert_authors("Lind, Tamsin; Roe, B. A.; Moss, C.") == "Tamsin Lind, B. A. Roe, and C. Moss"
    # (review r78e #10) only a semicolon ends a name on one whole given word: between commas a lone word is a family
    # name of its own, or the list is none
    assert uninvert_authors("Almroth, Belgrano, Benkort, A. D.") is None
    pubs = _page(tmp_path, (
        "- 2010/08 - [The Edge of the Cold Pond](https://doi.org/10.1000/p.1) | Lind, Tamsin; Roe, B. A.; Moss, C.;"
        " Varga, I. | The Pond Journal, Volume 718, Issue 2, pp. 683-694\n"))
    assert [([a.name for a in p.authors], p.venue) for p in pubs] == [
        (["Tamsin Lind", "B. A. Roe", "C. Moss", "I. Varga"], "The Pond Journal")]


def test_a_family_first_list_opened_by_the_owners_whole_name_with_initials_after_it(tmp_path):
    # "**Varga I.B.**, Holt, Z., O'Dea, H.L., and Roe, M. Title. [*Venue*](doi)": the owner's name set whole (no
    # comma before the initials), the others cut at their comma, no year: the entry was left unread
    pubs = _page(tmp_path, (
        "[4] **Varga I.B.**, Holt, Z., O’Dea, H.L., Moss, K., and Roe, M. Fossil eggs of a pond snail from the chalk"
        " shed light on shell growth. [*Journal of Pond Biology*](https://doi.org/10.1000/pond.4).\n"))
    assert [(p.title, [a.name for a in p.authors], p.venue) for p in pubs] == [
        ("Fossil eggs of a pond snail from the chalk shed light on shell growth",
         ["I.B. Varga", "Z. Holt", "H.L. O’Dea", "K. Moss", "M. Roe"], "Journal of Pond Biology")]


def test_a_title_alone_before_an_italic_journal_and_volume_is_the_title_with_the_owner_implied(tmp_path: Path):
    # no names written anywhere (the owner's own papers): "Title. *Journal 14* (3). 2025." sets the volume in the
    # journal's italics, as APA 7 does; that italic run is the venue, never the title, and the one sentence before it
    # is the title, though it reads like two names joined by "and"
    pubs = _pubs_of(tmp_path, (
        "- Frost Heave as a Weekly Clock: Measured or Merely Modelled? *Soil Letters 14* (3). 2025.\n"
        "- Needle Ice and Stones. *Journal of Cold Ground 53* (1). 2023.\n"
        "- Lifting and Sorting. *Periglacial Notes 67* (10). 2022.\n"))
    assert [(p.title, p.year, p.venue, [a.name for a in p.authors]) for p in pubs] == [
        ("Frost Heave as a Weekly Clock: Measured or Merely Modelled?", 2025, "Soil Letters", ["Mira Holt"]),
        ("Needle Ice and Stones", 2023, "Journal of Cold Ground", ["Mira Holt"]),
        ("Lifting and Sorting", 2022, "Periglacial Notes", ["Mira Holt"])]


def test_an_apa_citations_year_after_its_names_is_the_works_year_not_the_one_in_the_venues_name(tmp_path):
    # "*Transactions of the Fen Dialect Society 2015*": the society names each yearly volume for the year before it
    # appears; the "(2016)" after the names is the work's year (the venue's year won, 2015)
    pubs = _page(tmp_path, "- Varga, I. (2016). Vowel merger in the fens. *Transactions of the Fen Dialect Society 2015*, "
                           "34-46.\n- Varga, I., & Holt, B. (2014). Reed words. *Journal of Fen Speech*, 3, 10-22.\n")
    assert [(p.title, p.year) for p in pubs] == [("Vowel merger in the fens", 2016), ("Reed words", 2014)]
    # review r78f #7: the venue's own year, no longer the work's, stays in its name (it was nowhere)
    assert [p.venue for p in pubs] == ["Transactions of the Fen Dialect Society 2015", "Journal of Fen Speech"]
    # review of the mends: a journal's volume year before its volume ("Water Research 2015; 12: 1-10", an
    # online-first paper's) is no part of its name (it gave "Water Research 2015")
    pubs = _page(tmp_path, "- Varga, I. (2016). Rivers of the north. Water Research 2015; 12: 1-10.\n"
                           "- Varga, I., & Holt, B. (2019). Fish and lakes. *Hydrobiologia* 2018, 5, 1-9.\n")
    assert [(p.venue, p.year) for p in pubs] == [("Water Research", 2016), ("Hydrobiologia", 2019)]




def test_names_before_an_italic_journal_and_volume_are_no_title(tmp_path: Path):
    # the sentence before "*Journal 2*" is the title only with the owner implied: "Mira Holt and Bo Lee." names
    # the owner (review r78b, t3a.md: it became the title, the book's title the venue)
    pubs = _pubs_of(tmp_path, (
        "- Mira Holt and Bo Lee. *Programming Python 3*, 2020.\n"
        "- Holt M and Lee B. *Harbour Atlas 2* (3). 2018.\n"))
    assert [(p.title, [a.name for a in p.authors]) for p in pubs] == [
        ("Programming Python 3", ["Mira Holt", "Bo Lee"]), ("Harbour Atlas 2", ["Holt M", "Lee B"])]


def test_names_written_family_first_before_an_italic_journal_and_volume_are_no_title(tmp_path: Path):
    # "Lee, Ann." (a comma: names, then no title) before "*Soil Letters 14* (3)" is no title of its own
    pubs = _pubs_of(tmp_path, (
        "- Needle Ice and Stones. *Journal of Cold Ground 53* (1). 2023.\n"
        "- Lee, Ann. *Soil Letters 14* (3). 2025.\n"))
    assert [p.title for p in pubs] == ["Needle Ice and Stones"]


@pytest.mark.parametrize("rest, title, venue", [
    ("Storm surge, Proc. of the Tide Meeting, Oslo, Norway, pp. 5-9, 2019.", "Storm surge",
     "Proc. of the Tide Meeting, Oslo, Norway, pp. 5-9, 2019."),
    ("Storm surge, In 5th Workshop on Tides, Bergen, pp. 5-9, 2019.", "Storm surge",
     "In 5th Workshop on Tides, Bergen, pp. 5-9, 2019."),
    # a title's own piece holding a venue word, then the venue: the venue is the piece before the numbers
    ("Waves at the shore, a workshop report, Sea Letters, vol. 5, pp. 1-10, 2021.",
     "Waves at the shore, a workshop report", "Sea Letters, vol. 5, pp. 1-10, 2021."),
    ("Fast tides, submitted drafts, and peer review, Ocean Journal, vol. 6, pp. 11-20, 2020.",
     "Fast tides, submitted drafts, and peer review", "Ocean Journal, vol. 6, pp. 11-20, 2020."),
    ("Rain, the thesis revisited, Water Research, vol. 9, pp. 1-4, 2018.", "Rain, the thesis revisited",
     "Water Research, vol. 9, pp. 1-4, 2018."),
])
def test_comma_citation_starts_the_venue_at_a_venue_word_only_before_places(rest, title, venue):
    # review of w79b: the venue started at any earlier piece holding a venue word ("a workshop report", "the thesis
    # revisited"), cutting the title; it does so only where the word opens the piece and places alone follow it
    from kg.importers.page.citation import _comma_citation

    assert _comma_citation(rest)[:2] == (title, venue)


def test_what_follows_an_unbracketed_closing_year_stays_the_venues(tmp_path):
    # review of w79b: the comma reader's venue stopped at the closing year, so the pages, the note or the place
    # after it were dropped ("..., vol. 5, 2021, pp. 1-10.", "..., 2020. (Best Paper Award)")
    page = tmp_path / "index.html"
    page.write_text("<html><head><title>Ana Ruiz</title></head><body><h1>Ana Ruiz</h1><h2>Publications</h2><ol>\n"
                    "<li>Ana Ruiz, Bo Chen: Waves of the north, Sea Letters, vol. 5, 2021, pp. 1-10.</li>\n"
                    "<li>Ana Ruiz, Bo Chen: Tides of the south, Sea Letters, vol. 6, pp. 1-10, 2020. "
                    "(Best Paper Award)</li>\n</ol></body></html>\n", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year, p.volume, p.pages) for p in pubs] == [
        ("Waves of the north", "Sea Letters", 2021, "5", "1-10"), ("Tides of the south", "Sea Letters", 2020, "6", "1-10")]
    assert pubs[1].notes == ["Best Paper Award"]


def _abnt_page(tmp_path, items):
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Carla Mendes Ribeiro</h1><h2>Publications</h2><ul>"
                    + "".join(f"<li>{i}</li>" for i in items) + "</ul></body></html>")
    return import_path(page).profile.publications


def test_brazilian_abnt_citations_give_authors_title_venue_volume_and_pages(tmp_path):
    # ABNT / Lattes: names "FAMILY, Given" between " ; " (a stop after the last), the title, then the journal with
    # "v. N", "n. N", "p. N-M" and the year; names written in full between semicolons too
    pubs = _abnt_page(tmp_path, [
        "RIBEIRO, C. M. ; SOUZA, P. H. ; LIMA, R. T. . Phase ordering in a driven lattice gas. Journal of Model "
        "Systems, v. 12, n. 3, p. 45-67, 2019.",
        "Ribeiro, Carla Mendes; Fontes, Bruno A.; Cooperative adsorption on stepped surfaces. Physical Review E, "
        "v. 91, p. 012101, 2015.",
        "PRADO, Rui; RIBEIRO, Carla; TAVARES, Lia. Heat flow in folded chains. Revista de Fisica Aplicada, v. 7, "
        "n. 1, p. 1-9, 2016.",
        "RIBEIRO, C. M.; ALVES, J. et al. Wetting of confined fluids. Revista Brasileira de Ensino, v. 40, n. 2, "
        "p. 1-10, 2018."])
    assert [(p.title, p.venue, p.volume, p.pages, p.year) for p in pubs] == [
        ("Phase ordering in a driven lattice gas", "Journal of Model Systems", "12", "45-67", 2019),
        ("Cooperative adsorption on stepped surfaces", "Physical Review E", "91", "012101", 2015),
        ("Heat flow in folded chains", "Revista de Fisica Aplicada", "7", "1-9", 2016),
        ("Wetting of confined fluids", "Revista Brasileira de Ensino", "40", "1-10", 2018)]
    assert [[a.name for a in p.authors] for p in pubs] == [
        ["C. M. RIBEIRO", "P. H. SOUZA", "R. T. LIMA"], ["Carla Mendes Ribeiro", "Bruno A. Fontes"],
        ["Rui PRADO", "Carla RIBEIRO", "Lia TAVARES"], ["C. M. RIBEIRO", "J. ALVES"]]
    assert pubs[3].authors_truncated


def test_an_abnt_proceedings_paper_in_anais(tmp_path):
    [pub] = _abnt_page(tmp_path, ["RIBEIRO, C. M. ; TAVARES, L. . Heat transport in chains. In: ANAIS DO XX ENCONTRO "
                                  "NACIONAL DE FISICA, 2017, Sao Paulo. p. 10-12."])
    assert (pub.title, pub.venue, pub.pages, pub.year) == (
        "Heat transport in chains", "ANAIS DO XX ENCONTRO NACIONAL DE FISICA", "10-12", 2017)
    assert [a.name for a in pub.authors] == ["C. M. RIBEIRO", "L. TAVARES"]


def test_abnt_names_in_full_between_semicolons_open_the_citation():
    from kg.importers.page.citation import inverted_head
    # the names in full are read where the title follows the last one; a lone "Family, Given" or a list with no
    # title after it is read as before
    assert inverted_head("Ribeiro, Carla Mendes; Fontes, Bruno A.; Stepped surfaces and their uses. Physical Review "
                         "E, v. 91, 2015.") == ("Ribeiro, Carla Mendes; Fontes, Bruno A.",
                                                "Stepped surfaces and their uses. Physical Review E, v. 91, 2015.")
    assert inverted_head("Smith, John. A title of a paper here. Journal, v. 2, 2015.") is None
    assert uninvert_authors("Smith, John") is None
    assert uninvert_authors("Carraro, Giovanni; Vázquez, R. A.") == "Giovanni Carraro and R. A. Vázquez"


def test_a_status_clause_after_an_apa_title_is_no_part_of_it(tmp_path):
    # "Title, submitted to Journal X on <date>, under revision. Available at *Preprints*": the status clause and
    # the journal it names close the title; the italic venue after it is where the work is, the clause kept there
    pubs = _page(tmp_path, "- **Varga, I.**, Holt, B. (2019) Counting Owls in Winter: A Field Guide for Students, "
                           "submitted to Owl Science Review on 3 March, 2019, under revision. Available at "
                           "*Bird Preprints* 4:e1102v1.\n"
                           "- **Varga, I.**, Holt, B. (2018) Owls at Night: Habits and Habitat. Under review at "
                           "Journal of Night Birds.\n")
    assert [(p.title, p.year) for p in pubs] == [("Counting Owls in Winter: A Field Guide for Students", 2019),
                                                 ("Owls at Night: Habits and Habitat", 2018)]
    # the clause kept whole in brackets after the venue, its date too (written as parse_date reads it, so the
    # venue's month reader does not cut the venue at it and lose "under revision")
    assert pubs[0].venue == "Bird Preprints 4:e1102v1 (submitted to Owl Science Review on 2019-03-03, under revision)"
    assert pubs[1].venue == "Journal of Night Birds"
    # the journal in italics after the clause's "at": the italic is the venue, the status a note on the work
    pubs = _page(tmp_path, "- Holt, B., & **Varga, I.** (2024). Quiet Roads for Night Owls, under review at "
                           "*Owl Science Review*.\n")
    assert [(p.title, p.venue, p.notes) for p in pubs] == [("Quiet Roads for Night Owls", "Owl Science Review",
                                                            ["under review"])]


def test_a_status_word_in_a_published_title_stays_in_it(tmp_path):
    # the venue after the title gives volume and pages: the work is in print, "Accepted in ..." is the title's own
    pubs = _page(tmp_path, "- Holt, B., & **Varga, I.** (2023). Social Norms Among Urban Owls, Accepted in Their "
                           "Own Right. *Owl Journal*, 3(1), 1-9.\n"
                           "- Holt, B., & **Varga, I.** (2022). Owl Care Policies and Budgets, Forthcoming In Theory "
                           "and Practice. *Owl Journal*, 2(1), 1-9.\n")
    assert [(p.title, p.venue) for p in pubs] == [
        ("Social Norms Among Urban Owls, Accepted in Their Own Right", "Owl Journal"),
        ("Owl Care Policies and Budgets, Forthcoming In Theory and Practice", "Owl Journal")]


@pytest.mark.parametrize("title, cut", [
    ("A Study of Owls, submitted to Owl Review on 25 August, 2017, under revision",
     ("A Study of Owls", "submitted to Owl Review on 25 August, 2017, under revision")),
    ("Cold Lakes and Warm Rivers. Under review at Journal of Lakes", ("Cold Lakes and Warm Rivers", "Under review at Journal of Lakes")),
    ("Why Rules Are Accepted in practice", None),  # a title's own words: no journal after the verb
    ("Models submitted to review", None),
])
def test_status_clause_reads_only_a_status_verb_then_a_named_journal(title, cut):
    from kg.importers.page.citation import status_clause
    assert status_clause(title) == cut


def test_a_quoted_phrase_opening_an_apa_title_does_not_close_it(tmp_path):
    pubs = _page(tmp_path, "- **Varga, I.** (2025). “Owl Calls” as Signals: A Study of Night Sounds in Cities. "
                           "*PhD Thesis*, University of Lakes.\n")
    assert [(p.title, p.venue) for p in pubs] == [("“Owl Calls” as Signals: A Study of Night Sounds in Cities",
                                                   "PhD Thesis, University of Lakes")]


def test_an_apa_journal_name_linking_the_pdf_is_the_venue(tmp_path):
    # "*Title.* [Nature](x.pdf), 1-8.": the journal's short name is the PDF link's text, in the venue's place
    pubs = _page(tmp_path, "- **Varga, I.**, & Holt, B. (2025). *Winter maps of owl calls.* "
                           "[Owls](https://ex.org/files/varga_owls.pdf), 1-8.\n"
                           "- **Varga, I.** (2024). *Summer maps of owl calls.* [PDF](https://ex.org/files/s.pdf), 3(1), 2-9.\n")
    assert [(p.title, p.venue) for p in pubs][0] == ("Winter maps of owl calls", "Owls")
    assert pubs[0].links.get("pdf") == "https://ex.org/files/varga_owls.pdf"
    assert pubs[1].title == "Summer maps of owl calls" and pubs[1].links.get("pdf") == "https://ex.org/files/s.pdf"


def test_an_unquoted_ieee_book_gives_its_names_title_and_publisher(tmp_path):
    # IEEE quotes an article's title, not a book's: "A. Lind and B. Roe, Title, 2nd ed. Publisher, 2023."
    pubs = _page(tmp_path, "[B1] S. Lind and B. Roe, Cold Lakes and Their Owls, 2nd ed. Lake Press, 2023.\n\n"
                           "[B2] K. P. Holt, Owls of the North: A Field Guide. North Press, 2021.\n\n"
                           "[B3] I. Varga, B. Roe and S. Lind, \"Owls in winter,\" in Proc. Owl Conf., 2020, pp. 1-8.\n")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Cold Lakes and Their Owls", "2nd ed. Lake Press", 2023), ("Owls of the North: A Field Guide", "North Press", 2021),
        ("Owls in winter", "Proc. Owl Conf", 2020)]
    assert [[a.name for a in p.authors] for p in pubs] == [["S. Lind", "B. Roe"], ["K. P. Holt"],
                                                           ["I. Varga", "B. Roe", "S. Lind"]]


def test_a_family_initial_byline_reads_the_owner_written_family_comma_given_among_it(tmp_path):
    # statistics' bylines: coauthors "Family, I" without stops, the owner in bold written in full "Family, Given",
    # an unquoted title after the last initial's stop, often no year; one whole given word is read as the owner's,
    # after a name with its initials and before another (or "...", or the title)
    pubs = _page(tmp_path, "* Holt, B, **Varga, Ilse**, Mendes, C. Sparse Priors for Count Regression in Field Trials\n\n"
                           "* Lund, K, Roe, A, **Varga, Ilse**. Mixed Models for Orchard Yields\n\n"
                           "* Okoye, D\\*, **Varga, Ilse**\\*, ..., Lund, K et al. Tweedie Mixtures for Sparse Counts\n")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Sparse Priors for Count Regression in Field Trials", None, None), ("Mixed Models for Orchard Yields", None, None),
        ("Tweedie Mixtures for Sparse Counts", None, None)]
    assert [[a.name for a in p.authors] for p in pubs] == [["B. Holt", "Ilse Varga", "C. Mendes"],
                                                           ["K Lund", "A Roe", "Ilse Varga"],
                                                           ["D Okoye", "Ilse Varga", "K Lund"]]
    assert [a.is_self for a in pubs[0].authors] == [False, True, False] and pubs[2].authors_truncated
    assert pubs[2].authors[1].marks == ["equal_contribution"]
    # a lone word after a family name may as well be a family name of its own: read as a given name only for the owner
    assert inverted_head("Roe, A, Almroth, Belgrano, Benkort, A. D. Owls", ["Ilse Varga"]) is None
    assert inverted_head("Roe, A, Varga, Ilse, Benkort, A. D. Owls", ["Ilse Varga"]) == (
        "Roe, A, Varga, Ilse, Benkort, A. D.", "Owls")
    assert uninvert_authors("Roe, A, Almroth, Belgrano, Benkort, A. D.") == "A. Roe, Almroth, Belgrano, and A. D. Benkort"
    assert uninvert_authors("Ma, W, Kim, S, ..., Wang, P") == "W. Ma, S. Kim, and P. Wang"


def test_a_status_bracket_naming_the_bold_journal_closes_the_title(tmp_path):
    # "Title (under review in **Journal**)": the bracket is the paper's status and where it went, no part of the
    # title; the bold journal is the venue, the status a note; a sentence after the bracket is not the venue's
    pubs = _page(tmp_path, "* Roe, A, **Varga, Ilse**, Kim, D, Lund, K. Shrinkage Estimators for Spatial Cohorts "
                           "(under review in **Biometrika**)\n\n"
                           "* Ma, W, Kim, S, **Varga, Ilse**, ..., Wang, P. Imputing Gaps in Plot Data (under revision in "
                           "**Crop Statistics**). R package available in [github](https://github.com/ex/gaps)\n")
    assert [(p.title, p.venue, p.notes) for p in pubs] == [
        ("Shrinkage Estimators for Spatial Cohorts", "Biometrika", ["under review"]),
        ("Imputing Gaps in Plot Data", "Crop Statistics", ["under revision"])]
    assert [a.name for a in pubs[1].authors] == ["W. Ma", "S. Kim", "Ilse Varga", "P. Wang"]
    assert pubs[1].links.get("code") == "https://github.com/ex/gaps"


def test_a_linked_title_then_a_coauthor_and_et_al_is_the_byline_not_the_venue(tmp_path):
    # acad-homepage co-author lists: "[Title](url) Ann Lee, et al. 2025", the owner among the names "et al." leaves
    # out; the name is the first author, the year the work's, no venue
    page = tmp_path / "papers.md"
    page.write_text("# Ilse Varga\n\n## Co-Author\n\n<ol reversed markdown=\"1\">\n<li markdown=\"1\">\n"
                    "[Coastal Fog Trends in a Warming Climate](https://ex.org/fog) Ana Lopes, et al. 2025\n"
                    "- Fog frequency drops along the coast.\n</li>\n\n<li markdown=\"1\">\n"
                    "[Forced Signals in Monthly Rainfall](https://ex.org/rain). Bo Chen, et al. 2026\n"
                    "- Two pattern methods.\n</li>\n</ol>\n")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [("Coastal Fog Trends in a Warming Climate", None, 2025),
                                                          ("Forced Signals in Monthly Rainfall", None, 2026)]
    assert [[a.name for a in p.authors] for p in pubs] == [["Ana Lopes"], ["Bo Chen"]]
    assert all(p.authors_truncated for p in pubs)


def test_an_agu_comma_citation_gives_byline_title_and_the_italic_journal(tmp_path):
    # earth sciences' comma style: "Authors, Title, <em>Journal</em>, vol, pages, doi, YEAR.", the first author (or
    # the owner) written family name first, the others given name first; the italic journal was taken for the title
    # and the byline and title dropped, or the whole paragraph left unread where it ran over lines
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Ilse Varga</title></head><body><h1>Ilse Varga</h1><h2>Publications</h2>\n"
        "<p>Lind, B.J., S. Hale, and Varga, I.M., Fog over two harbours compared (2006-2008), <em>J. Fog Res</em>., "
        "117, D12204 doi: 10.1029/2011JD017164, 2012.</p>\n"
        "<p>Varga, I.M., S. Hale, C.J. Lind, and V.P. Moss, A criterion for quiet\n    spectra: finding the noisy bands,"
        " <em>Optics Letters Now</em>,\n    19 (6), 5451-5463; doi: 10.1364/OE.19.005451, 2011.\n</p>\n"
        "<p>Varga, I., and V.P. Moss, Measured water vapour continuum in cold air, <em>Appl. Optics</em>, 48, 1358-1365, "
        "doi:\n    10.1364/AO.48.001358,\n    2009.</p>\n</body></html>\n")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Fog over two harbours compared (2006-2008)", "J. Fog Res", 2012),
        ("A criterion for quiet spectra: finding the noisy bands", "Optics Letters Now", 2011),
        ("Measured water vapour continuum in cold air", "Appl. Optics", 2009)]
    assert [[a.name for a in p.authors] for p in pubs] == [["B.J. Lind", "S. Hale", "I.M. Varga"],
                                                           ["I.M. Varga", "S. Hale", "C.J. Lind", "V.P. Moss"],
                                                           ["I. Varga", "V.P. Moss"]]
    assert pubs[0].doi == "10.1029/2011JD017164"


def test_an_agu_comma_citation_with_the_volume_in_the_italics_or_et_al(tmp_path):
    # "<I>J. Fog Res., 112</I>, D09305": the journal's italics hold its volume; "Lind, B. D. et al., Title": the
    # list cut after the first name; a colon inside the title is the title's, not the end of a byline
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>B. D. Lind</title></head><body><h1>B. D. Lind</h1><h2>Publications</h2>\n"
        "<p>Moss, P. C., K. A. Hale, B. D. Lind, and J. W. Elm, Harbour fog trends: effects of the dry years, "
        "<i>J. Fog Res.</i>, 108(D15), 4464, doi:10.1029/2002JD003031, 2003.</p>\n"
        "<p>Lind, B. D., G. S. Hale, and J. W. Elm, A standard scale for coastal fog counts, <I>J. Fog Res., 112</I>, "
        "D09305, doi:10.1029/2006JD007954, 2007.</p>\n"
        "<p>Lind, B. D. et al., Better measurements of sea spray for the study of coastal air, <I>Spray Tech.</I>, 4, "
        "2441-2451, 2011.</p>\n</body></html>\n")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Harbour fog trends: effects of the dry years", "J. Fog Res", 2003),
        ("A standard scale for coastal fog counts", "J. Fog Res", 2007),
        ("Better measurements of sea spray for the study of coastal air", "Spray Tech", 2011)]
    assert [[a.name for a in p.authors] for p in pubs] == [["P. C. Moss", "K. A. Hale", "B. D. Lind", "J. W. Elm"],
                                                           ["B. D. Lind", "G. S. Hale", "J. W. Elm"], ["B. D. Lind"]]
    assert pubs[2].authors_truncated


def test_an_owner_opening_a_family_initial_byline_in_full_is_read_too(tmp_path):
    # the owner often opens the list: "**Varga, Ilse**, Lund, K. Title" is the same byline as the owner written in
    # full among initials later in it; still only the owner's whole given word is read so
    pubs = _page(tmp_path, "* **Varga, Ilse**, Lund, K. Grouped Lasso for Orchard Trials. *Crop Statistics*, 2020\n")
    assert [(p.title, p.venue, p.year) for p in pubs] == [("Grouped Lasso for Orchard Trials", "Crop Statistics", 2020)]
    assert [a.name for a in pubs[0].authors] == ["Ilse Varga", "K. Lund"] and pubs[0].authors[0].is_self
    assert inverted_head("Varga, Ilse, Lund, K. Owls in winter", ["Ilse Varga"]) == ("Varga, Ilse, Lund, K.", "Owls in winter")
    assert inverted_head("Holt, Anna, Lund, K. Owls in winter", ["Ilse Varga"]) is None


def test_one_agu_name_then_a_lone_family_name_is_no_one_author_byline(tmp_path):
    # "Roe, A., Hill, and Dale, Title, *J*, 30, 2010": a one-author AGU byline would leave "Hill, and Dale" in the
    # title; the list may as well run on with family names alone: left to the report, not misread
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Ilse Varga</h1><h2>Publications</h2>\n"
                    "<p>Varga, I., Hill, and Dale, Coastal rain over the southern shelf, <em>Int. J. Rain</em>, 30, "
                    "1-9, 2010.</p>\n<p>Varga, I.M., Cold continua of water vapour in the far infrared, <em>J. Fog "
                    "Res.</em>, 12, 1-9, 2004.</p>\n<p>Varga, I., and 李娜, Fog in the valleys of the east, <em>J. Fog "
                    "Res.</em>, 2, 1-9, 2013.</p></body></html>")
    result = import_path(page)
    pubs = result.profile.publications
    assert [(p.title, p.venue) for p in pubs] == [("Cold continua of water vapour in the far infrared", "J. Fog Res")]
    assert any("Hill, and Dale" in u.text for u in result.profile.unparsed)
    # nor one name then "and" and a name the byline reader cannot read: the list runs on, no title "and 李娜, Fog ..."
    assert any("李娜" in u.text for u in result.profile.unparsed)


def test_a_humanities_citation_with_its_title_in_single_quotes(tmp_path):
    # "Family, Given and Given Family, 'Title', Journal 9 (2007) 1-20": a historian's list, its titles in single
    # quotes, straight or curled (British and humanities styles), the first author written family name first;
    # an apostrophe in the title ("Harbour's") or after a name is no quotation
    pubs = {p.title: p for p in _page(tmp_path, "## Articles\n\n"
            "Varga, Ilse and Bo Holt, 'Tide Tables of a Northern Harbour, 1850-1900', Maritime History Review 9 "
            "(2007) 186-211.\n\n"
            "Varga, Ilse, 'The Harbour's Ledgers and Their Keepers', Journal of Port Studies 7 (2019).\n\n"
            "Mendes, Cara and Ilse Varga, ‘Salt and Silver in Coastal Towns’, Economic Past 4 (2015) pp. 5-9.\n")}
    tide = pubs["Tide Tables of a Northern Harbour, 1850-1900"]
    assert (tide.year, tide.venue, [a.name for a in tide.authors]) == (
        2007, "Maritime History Review", ["Ilse Varga", "Bo Holt"])
    ledgers = pubs["The Harbour's Ledgers and Their Keepers"]
    assert (ledgers.year, ledgers.venue, [a.name for a in ledgers.authors]) == (
        2019, "Journal of Port Studies", ["Ilse Varga"])
    salt = pubs["Salt and Silver in Coastal Towns"]
    assert (salt.year, [a.name for a in salt.authors]) == (2015, ["Cara Mendes", "Ilse Varga"])


def test_the_owner_alone_family_name_first_with_a_whole_given_name_opens_a_humanities_citation(tmp_path):
    # "Varga, Ilse, Title, Venue 9 (2007)": the owner's name family first, the whole given name, a comma after it
    # (before: the name kept in the title, or the entry unparsed)
    pubs = {p.title: p for p in _page(tmp_path,
            "Varga, Ilse, Harbour Tolls of the Northern Coast (Leiden: Brill, 2011).\n\n"
            "Varga, Ilse, Notes on the Harbour Tolls of the Northern Coast, Maritime History Review 9 (2007) 186-211.\n")}
    book = pubs["Harbour Tolls of the Northern Coast"]
    assert book.year == 2011 and [a.name for a in book.authors] == ["Ilse Varga"]
    notes = pubs["Notes on the Harbour Tolls of the Northern Coast"]
    assert (notes.year, notes.venue, [a.name for a in notes.authors]) == (
        2007, "Maritime History Review", ["Ilse Varga"])


def test_the_owner_family_name_first_then_and_another_author_is_no_owner_alone_byline(tmp_path):
    # "Varga, Ilse, and Bo Holt, 'Title', Venue": the comma after the whole given name goes on with "and" and a
    # second author: a byline of two, not the owner alone with a title "and Bo Holt, 'Title'"
    pubs = {p.title: p for p in _page(tmp_path, "## Articles\n\n"
            "Varga, Ilse, and Bo Holt, 'Tide Tables of a Northern Harbour', Maritime History Review 9 (2007) 1-20.\n\n"
            "Varga, Ilse, & Cy Moss, 'Harbour Tolls in the Early Modern Port', Journal of Port Studies 7 (2019) 5-9.\n")}
    tide = pubs["Tide Tables of a Northern Harbour"]
    assert (tide.year, tide.venue, [a.name for a in tide.authors]) == (
        2007, "Maritime History Review", ["Ilse Varga", "Bo Holt"])
    tolls = pubs["Harbour Tolls in the Early Modern Port"]
    assert [a.name for a in tolls.authors] == ["Ilse Varga", "Cy Moss"]


def test_a_journal_in_bold_italics_after_the_title_is_the_venue(tmp_path):
    """A Chinese CV's list sets each journal in bold italics ("Names. Title. ***Ceramics International***, 2025,
    51(3): 1-9."): a journal whose name has no venue word of its own ("Ceramics International", "Surfaces and
    Interfaces") was read as the styled title, and the paper was left out of the list. An italic run's reading
    (a venue when volume, pages or year follow it after the title's sentence) holds for a bold italic one."""
    page = tmp_path / "publications.md"
    page.write_text("---\ntitle: Publications\n---\n\n# Lin Qiao\n\n## Journal Articles\n\n"
                    "1. **Lin Qiao†**, Hao Ren, Yu Wang. Porous ceramics for thermal barriers. "
                    "***Ceramics International***, 2025, 51(3): 1022-1030.\n"
                    "2. Yu Wang, **Lin Qiao**, Mei Xu†. Phonon transport in layered oxides. "
                    "***Surfaces and Interfaces***, 2024, 46: 104001.\n")
    works = import_path(page).profile.publications
    assert [(w.title, w.venue, w.year) for w in works] == [
        ("Porous ceramics for thermal barriers", "Ceramics International", 2025),
        ("Phonon transport in layered oxides", "Surfaces and Interfaces", 2024)]
    assert [a.name for a in works[0].authors] == ["Lin Qiao", "Hao Ren", "Yu Wang"]


def _html_list(tmp_path, items: list[str], name: str = "Ilse Varga"):
    page = tmp_path / "papers.html"
    page.write_text(f"<html><head><title>{name}</title></head><body><h1>{name}</h1>\n<h2>Publications</h2>\n<ol>\n"
                    + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ol></body></html>\n")
    return import_path(page).profile.publications


def test_a_lattes_meeting_opened_by_in_with_no_stop_after_the_title(tmp_path):
    # a Lattes CV export (ABNT style) writes "Title In: Meeting, YEAR, City. Proceedings." with no stop before "In:"
    # (before: the meeting and its year and city kept in the title)
    pubs = _html_list(tmp_path, [
        "VARGA, I. Tidal Currents of the Northern Bays In: 3rd Workshop on Coastal Models, 2012, Porto. "
        "Proceedings of the 3rd Workshop on Coastal Models. v.1. p.10 - 12. 2012.",
        "Holt, B., Varga, I. Silt Budgets of Small Estuaries In: Encontro de Oceanografia, 2010, Recife. "
        "Anais do Encontro. , 2010."])
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Tidal Currents of the Northern Bays", 2012, "3rd Workshop on Coastal Models"),
        ("Silt Budgets of Small Estuaries", 2010, "Encontro de Oceanografia")]
    assert [a.name for a in pubs[1].authors] == ["B. Holt", "I. Varga"]


def test_a_lattes_owner_alone_with_the_title_glued_to_the_initials(tmp_path):
    # "VARGA, I. K.Title": the export leaves no space after the last initial's stop; for two names or more it was
    # read already, for the owner alone the name stayed in the title
    pubs = _html_list(tmp_path, [
        "VARGA, I. K.Harbour Tolls and Coastal Trade. Revista de Historia Maritima. , v.7, p.10 - 20, 2001.",
        "VARGA, I. K.PORTOS E CANAIS DO NORTE. Revista Portuaria. , 2003.",
        "VARGA, I. K. Lecture Notes on Tides. Porto : Editora Mar, 2007, v.1. p.120."])
    assert [(p.title, p.year) for p in pubs] == [("Harbour Tolls and Coastal Trade", 2001),
                                                ("PORTOS E CANAIS DO NORTE", 2003), ("Lecture Notes on Tides", 2007)]
    assert [[a.name for a in p.authors] for p in pubs] == [["I. K. VARGA"]] * 3
    assert pubs[0].venue == "Revista de Historia Maritima"


def test_a_venue_opened_by_in_on_the_next_line_of_the_source(tmp_path):
    # the page broke the line where the venue opens instead of writing a comma: "Title<newline>In Venue 2020, ..."
    # (a year or a venue word after "In": a title's own "In" wrapped to the next line stays the title's)
    pubs = _html_list(tmp_path, [
        "I. Varga, B. Holt (2020):\n  Tidal Models for Small Harbours\n  In Coastal Report 2020, S. 15-17, 2020",
        "I. Varga (2019): Learning Tides\n  In Shallow Bays, Coastal Letters, 2019"])
    assert [(p.title, p.venue) for p in pubs] == [("Tidal Models for Small Harbours", "Coastal Report"),
                                                 ("Learning Tides In Shallow Bays", "Coastal Letters")]


def test_a_title_s_own_in_is_no_venue_s_opening(tmp_path):
    # "Title In: subtitle. Journal, 2019" and a title wrapped before its own "In" with a journal after it: the title
    # keeps its "In" (the Lattes "In: Meeting, YEAR, City" and the line-broken "In Venue 2020, pages" stay venues above)
    pubs = _html_list(tmp_path, [
        "I. Varga, B. Holt. Trust In: Tides and the Public. Coastal Letters, 12(3):1-20, 2019.",
        "I. Varga, B. Holt. Harbour Life In: a study of gulls. Marine Birds, 22:100-110, 2020.",
        "I. Varga, B. Holt. Building Public Trust\n  In Tide Science: a 2021 perspective. Coastal Review, 5:10-20, 2021.",
        "I. Varga, B. Holt. Deep Learning\n  In Harbour Imaging Conference Settings. Coastal Imaging, 6:1-9, 2022."])
    assert [(p.title, p.venue) for p in pubs] == [
        ("Trust In: Tides and the Public", "Coastal Letters"),
        ("Harbour Life In: a study of gulls", "Marine Birds"),
        ("Building Public Trust In Tide Science: a 2021 perspective", "Coastal Review"),
        ("Deep Learning In Harbour Imaging Conference Settings", "Coastal Imaging")]


def test_an_abnt_meeting_with_its_number_opened_by_in_with_no_stop(tmp_path):
    # ABNT writes the meeting's number after its name ("In: CONGRESSO DE X, 34., 2013, City." or only ", 19.")
    pubs = _html_list(tmp_path, [
        "VARGA, I.; HOLT, B. Mapas de marés da costa norte In: CONGRESSO DE OCEANOGRAFIA, 34., 2013, Recife. "
        "Anais... Recife: SBO, 2013.",
        "VARGA, I.; HOLT, B. Salinidade em pequenos estuários In: ENCONTRO DE OCEANOGRAFIA COSTEIRA, 19."])
    assert [(p.title, p.venue) for p in pubs] == [
        ("Mapas de marés da costa norte", "CONGRESSO DE OCEANOGRAFIA"),
        ("Salinidade em pequenos estuários", "ENCONTRO DE OCEANOGRAFIA COSTEIRA")]


def test_an_author_date_year_with_the_day_and_month_in_digits(tmp_path):
    # "(2019, 08.05.)": a German blog post dated by day and month after the year (before: the entry unparsed)
    pubs = _html_list(tmp_path, ["I. Varga (2019, 08.05.): Tides in der Nordsee: Begriffe und Modelle",
                                 "I. Varga, B. Holt (2018, 6.11): Harbour Tolls Revisited, Coastal Letters"])
    assert [(p.title, p.year) for p in pubs] == [("Tides in der Nordsee: Begriffe und Modelle", 2019),
                                                ("Harbour Tolls Revisited", 2018)]


def test_a_brazilian_coauthor_of_five_words_and_a_particle_is_one_name(tmp_path):
    # "R. Ivo da Souza Lima Filho": six words with the "da" (before: no name, the whole entry unparsed); the
    # meeting's Roman ordinal ("XXIV Conference") is no short name of the venue
    pubs = _html_list(tmp_path, [
        "B. Holt, I. Varga, R. Ivo da Souza Lima Filho (2022): Predicting Harbour Silt with Satellite Images, "
        "Submitted to Coastal Remote Sensing XXIV Conference, September 22, Berlin, Germany"])
    assert [a.name for a in pubs[0].authors] == ["B. Holt", "I. Varga", "R. Ivo da Souza Lima Filho"]
    assert pubs[0].title == "Predicting Harbour Silt with Satellite Images" and pubs[0].year == 2022
    assert pubs[0].venue.startswith("Coastal Remote Sensing XXIV Conference")


def test_an_arrow_before_the_entrys_link_is_no_part_of_the_title(tmp_path):
    # 'Title <span>→</span><a>(download)</a>', '<span>→</span><a>Auf coastblog.eu</a>': the arrow leads to the link,
    # and a link named "on" its own site is a label
    pubs = _html_list(tmp_path, [
        'I. Varga, B. Holt: Harbours in Deutschland 2021: Struktur und Bedarfe\n'
        '  <span class="meta-nav">→</span><a href="https://ex.org/h.pdf">(download)</a>',
        'I. Varga (2019, 06.06): Tides explained\n  <span class="meta-nav">→</span>'
        '<a href="https://coastblog.eu/blog/tides/"> Auf coastblog.eu</a>'])
    assert [p.title for p in pubs] == ["Harbours in Deutschland 2021: Struktur und Bedarfe", "Tides explained"]
    assert "https://coastblog.eu/blog/tides/" in pubs[1].links.values()


def test_an_unstopped_in_before_a_books_editors(tmp_path):
    # "Title. Subtitle In: A. Roe, B. Lee (Hrsg.): Book. City: Publisher": the German chapter form, no stop before "In:"
    pubs = _html_list(tmp_path, [
        "<strong>Varga, Ilse</strong> (2021): <em>Gezeiten und Kultur. Eine kleine Bestimmung</em> In: Anna Roe, "
        "Bert Lee (Hrsg.): Meer – Küste – Kultur. Neue Perspektiven. Kiel: Hafen Verlag, S. 19–36."])
    assert [(p.title, p.year) for p in pubs] == [("Gezeiten und Kultur. Eine kleine Bestimmung", 2021)]
    assert pubs[0].venue.startswith("Meer – Küste – Kultur")


def test_a_bold_apa_citation_with_its_link_on_the_next_line_keeps_its_italic_venue(tmp_path):
    # a whole APA citation set in bold, the journal italic inside the bold, the DOI link on the line below: the
    # link is no plain text after a bold title, so the italic run stays the venue and a question in the title
    # keeps its subtitle (before: the italics were flattened and the title cut at the "?")
    pubs = _page(tmp_path, "**Varga, I., & Holt, B. (2024). Do eels dream of rivers? A survey of sleep in fish. "
                           "*Fen Health, 9: 15–19.***\n[doi.org/10.1/eel](https://doi.org/10.1/eel)\n")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Do eels dream of rivers? A survey of sleep in fish", "Fen Health", 2024)]
    assert pubs[0].links.get("doi") == "https://doi.org/10.1/eel"


def test_a_review_of_a_named_work_is_titled_with_the_work_and_its_byline(tmp_path):
    # "Review of *Book*, by A (Press, Year). *Journal* (Season, Year).": the few words leading into the italic run
    # and the named work's byline are the review's title (the book's imprint in brackets left out), the sentence
    # after it the venue; before, the book's title was the title and "by A (Press" the venue
    pubs = _page(tmp_path, "### Book Reviews\n\n"
                           "* Review of _Reeds and Rivers, 1850-1900_ by Anna Holt. H-Fens, May 2007\n"
                           "* Review of _The Long Marsh: Peat Cutting in Old Frisia_, by Bo Lind (Fen University "
                           "Press, 2003). _Lowland History Review_ (Winter, 2004).\n"
                           "* Review of _Salt and Silt_, edited by Carl Moss, and Dina Roe (Delta Press, 2002). "
                           "_Coastal Historian_ (Spring, 2003).\n"
                           "* Review of *Tide Tables of the North*, by Eva Stone, *Fen Weekly*, 15 (2012): "
                           "9--10. [PDF](/files/tides.pdf)\n")
    assert [(p.title, p.year) for p in pubs] == [
        ("Review of Reeds and Rivers, 1850-1900 by Anna Holt", 2007),
        ("Review of The Long Marsh: Peat Cutting in Old Frisia, by Bo Lind", 2004),
        ("Review of Salt and Silt, edited by Carl Moss, and Dina Roe", 2003),
        ("Review of Tide Tables of the North, by Eva Stone", 2012)]
    assert [p.venue.split(" (")[0] for p in pubs] == ["H-Fens", "Lowland History Review", "Coastal Historian",
                                                      "Fen Weekly"]
    assert all(not p.authors or [a.name for a in p.authors] == ["Ilse Varga"] for p in pubs)
    # no byline after the italic run: the run is the title as before (a lead-in with names is a byline)
    (pub,) = _page(tmp_path, "* Notes on _Fen Drainage in Practice_. _Lowland History Review_ (2004).\n")
    assert pub.title == "Fen Drainage in Practice"


def test_two_quoted_titles_joined_by_and_are_one_entrys_title(tmp_path):
    # '“One” and “Two,” in *Book*': two chapters of one entry, each quoted; the second is no venue, and the
    # title keeps both quotations whole (before: '“Two,” in Book ...' was read as the venue)
    (pub,) = _page(tmp_path, "### Book Chapters\n\n* “Early Fen Maps” and “Drainage Boards,” in _The Lowland "
                             "Guide: Sources for Local History_. Carl Moss, ed. Ghent: Delta Press, 2006.\n")
    assert pub.title == "“Early Fen Maps” and “Drainage Boards”"
    assert pub.venue.startswith("The Lowland Guide") and pub.year == 2006


def test_a_venue_of_two_italic_runs_has_no_names_before_its_second(tmp_path):
    # a column in its magazine, each in italics ("*Fen Desk*, *Lowland Weekly Review*"), after the title: the venue
    # opens with the first run, no author's name (before: "Fen Desk" was the entry's author, the owner lost)
    pubs = _page(tmp_path, "* Review of *Salt Roads of the Northern Fens*, by Ana Roe, *Fen Desk*, *Lowland Weekly "
                           "Review*, May 3, 2013.\n"
                           "* Review of *Reed Beds of the Delta*, by Bo Lind, *Delta Notes*, June 1, 2012.\n"
                           "* “Eels at night,” *Fen Desk*, *Lowland Weekly Review*, March 2, 2011.\n")
    assert [(p.title, p.year) for p in pubs] == [("Review of Salt Roads of the Northern Fens, by Ana Roe", 2013),
                                                 ("Review of Reed Beds of the Delta, by Bo Lind", 2012),
                                                 ("Eels at night", 2011)]
    assert [p.venue for p in pubs] == ["Fen Desk, Lowland Weekly Review", "Delta Notes",
                                       "Fen Desk, Lowland Weekly Review"]
    assert all([a.name for a in p.authors] in ([], ["Ilse Varga"]) for p in pubs)


def test_the_owner_first_family_name_first_then_coauthors_given_name_first_is_one_byline(tmp_path):
    # Google Scholar's MLA form: only the first author is written family name first ("Varga, Ilse, K. O. Lind, and
    # Bruno Holt."); with the owner first the whole byline is still the authors, not the owner alone and the other
    # names read as the title
    pubs = _page(tmp_path,
                 '- Varga, Ilse, K. O. Lind, and Bruno Holt. "Tides under thin ice." Journal of Cold Seas 4.2 '
                 '(2019): 112-130.\n'
                 '- Varga, Ilse, and Bruno Holt. "Salt marsh edges in winter." Coastal Notes 7 (2021): 9.\n'
                 '- Holt, Bruno, Ilse Varga, and Kamila Orr. "Drift ice and gulls." Polar Letters 2 (2020): 1-4.\n')
    assert [(p.title, p.year) for p in pubs] == [("Tides under thin ice", 2019), ("Salt marsh edges in winter", 2021),
                                                ("Drift ice and gulls", 2020)]
    assert [[a.name for a in p.authors] for p in pubs] == [["Ilse Varga", "K. O. Lind", "Bruno Holt"],
                                                          ["Ilse Varga", "Bruno Holt"],
                                                          ["Bruno Holt", "Ilse Varga", "Kamila Orr"]]


def test_the_owner_alone_family_name_first_before_a_book_named_for_two_people_keeps_the_title(tmp_path):
    # a humanities list: the owner alone, family name first, then the book's title, which names two people; without
    # a quoted title after them these names are no byline of Google Scholar's MLA form (the test above)
    pubs = _page(tmp_path, '- Varga, Ilse, Ruth Benedict and Margaret Mead. Boston: Beacon, 2003.\n'
                           '- Varga, Ilse, Ferenc Liszt and Clara Wieck. Lark Press, 2008.\n')
    assert [(p.title, p.year) for p in pubs] == [("Ruth Benedict and Margaret Mead", 2003),
                                                ("Ferenc Liszt and Clara Wieck", 2008)]
    assert all([a.name for a in p.authors] == ["Ilse Varga"] for p in pubs)
