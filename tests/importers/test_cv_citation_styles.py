"""Hand-written citation lists in the styles people paste from their CVs (APA, Chicago, AEA, Harvard), and the
pages they live on, as small synthetic sites and pages in our own words (twenty-third round)."""

from __future__ import annotations

from kg.importers import import_path


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
