"""Shapes of real homepages that batch 38a misread (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import academicpages_home, write_site


def _site(tmp_path, pubs: dict[str, str]):
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True)}
    files.update({f"_publications/{k}.md": v for k, v in pubs.items()})
    return import_path(write_site(tmp_path / "site", files)).profile


def test_a_collection_title_that_opens_with_its_byline_and_year_gives_authors_and_title(tmp_path):
    # academicpages shows the front matter's title as written: a site that writes "Names (year). Title." there
    # lists the paper's authors and year before its title (the whole string was taken for the title)
    p = _site(tmp_path, {
        "2021-moths": "---\ntitle: \"Pavel Holt, Ilse Varga, Sand T. (2021). Moths at dusk: a field count.\"\n"
                      "collection: publications\nvenue: 'Insect Letters'\n---\n",
        "2019-lamps": "---\ntitle: \"Why lamps (2019) draw moths\"\ncollection: publications\n"
                      "venue: 'Insect Letters'\ndate: 2019-05-01\n---\n"})
    by_year = {x.year: x for x in p.publications}
    assert by_year[2021].title == "Moths at dusk: a field count"
    assert [a.name for a in by_year[2021].authors] == ["Pavel Holt", "Ilse Varga", "Sand T"]
    assert [a.is_self for a in by_year[2021].authors] == [False, True, False]
    # a year in brackets inside a title that names no byline before it leaves the title whole
    assert by_year[2019].title == "Why lamps (2019) draw moths"


def test_a_collection_item_marked_not_published_is_no_paper(tmp_path):
    # "published: false" in a document's front matter: Jekyll renders no page for it and no loop over the
    # collection sees it, so the site lists no such paper (it was read as one)
    p = _site(tmp_path, {
        "2021-moths": "---\ntitle: \"Moths at dusk\"\ncollection: publications\nvenue: 'Insect Letters'\n"
                      "date: 2021-01-01\n---\n",
        "2022-lamps": "---\npublished: false\ntitle: \"Why lamps draw moths\"\ncollection: publications\n"
                      "venue: 'Insect Letters'\ndate: 2022-01-01\n---\n"})
    assert [x.title for x in p.publications] == ["Moths at dusk"]


def test_a_collection_a_page_loops_over_is_read_with_one_document_and_its_html_documents(tmp_path):
    # "{% for post in site.workingpapers %}" on the publications page: the collection is a list the site shows,
    # even with a single document; an .html file with front matter in a looped collection is a document too
    # (Jekyll reads it as one). A one-document folder no page loops over stays unread.
    item = ("---\ntitle: \"{title}\"\ncollection: {name}\ndate: 2024-02-01\nvenue: '{venue}'\n"
            "citation: 'Varga, I., Holt, P. (2024). {title}. {venue}.'\n---\n")
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                       "{% for post in site.workingpapers %}{% include archive-single.html %}"
                                       "{% endfor %}\n{% for post in site.meetings %}"
                                       "{% include archive-single.html %}{% endfor %}\n",
             "_workingpapers/2024-lamps.md": item.format(title="Why lamps draw moths", name="workingpapers",
                                                         venue="Working paper"),
             "_meetings/2023-wings.html": item.format(title="Wing scales under the lens", name="meetings",
                                                      venue="Moth Meeting 2023"),
             "_meetings/2022-dusk.md": item.format(title="Moths at dusk", name="meetings", venue="Moth Meeting 2022"),
             "_drafts2/2025-night.md": item.format(title="Night flights", name="drafts2", venue="Draft")}
    p = import_path(write_site(tmp_path / "site", files)).profile
    assert sorted(x.title for x in p.publications) == [
        "Moths at dusk", "Why lamps draw moths", "Wing scales under the lens"]


def _page(tmp_path, text: str):
    page = tmp_path / "README.md"
    page.write_text(text, encoding="utf-8")
    return import_path(page).profile


def test_a_year_alone_in_its_own_table_cell_dates_the_row(tmp_path):
    # "| Title | Year | Venue |": the year cell holds the year and nothing else; it dated no paper
    p = _page(tmp_path, "# Ilse Varga\n\n## Publications\n\n| Title | Year | Venue |\n|---|---|---|\n"
                        "| Moths at dusk and dawn | 2022 | Insect Letters |\n"
                        "| Why lamps draw moths | 2021 | Moth Review |\n")
    assert [(x.title, x.year, x.venue) for x in p.publications] == [
        ("Moths at dusk and dawn", 2022, "Insect Letters"), ("Why lamps draw moths", 2021, "Moth Review")]


def test_a_table_of_works_by_short_name_under_no_heading_lists_them(tmp_path):
    # a profile README's table "| Area | Method | Year | Venue | Lead author |": no column of titles, the papers go
    # by their methods' short names; the area is a note, "Y" under "Lead author" a tick and no author's name;
    # the header vouches for the rows under a paragraph that is no section heading (they were read as papers
    # titled by their area, with an author "Y", or not at all); one name twice with two venues is two papers
    p = _page(tmp_path, "### Hi, I'm Ilse Varga\n\n🔭 **Research outcomes**. I have published papers on moths:\n\n"
                        "| **Area** | **Method** | **Year** | **Venue** | **Lead author** |\n|---|---|---|---|---|\n"
                        "| **moth counting** | MothNet | 2022 | NeurIPS | Y |\n"
                        "| **light studies** | LampScope | 2021 | ICML | |\n"
                        "| **light studies** | LampScope | 2020 | AAAI | Y |\n"
                        "| **wing studies** | WingBench | 2020 | KDD | Y |\n")
    assert [(x.title, x.venue, x.notes) for x in p.publications] == [
        ("MothNet", "NeurIPS", ["moth counting"]), ("LampScope", "ICML", ["light studies"]),
        ("LampScope", "AAAI", ["light studies"]), ("WingBench", "KDD", ["wing studies"])]
    assert all(a.name != "Y" for x in p.publications for a in x.authors)


def test_a_table_of_measurements_with_a_method_column_is_no_list_of_works(tmp_path):
    # "| Method | Cost | Error bound |": a method column among columns that name no venue is a table of results
    p = _page(tmp_path, "# Ilse Varga\n\n## Results\n\n| Method | Cost | Error bound |\n|---|---|---|\n"
                        "| MothNet | 12 | 0.3 |\n| LampScope | 9 | 0.5 |\n")
    assert p.publications == []


def test_an_author_list_that_writes_its_own_legend_is_read_by_it():
    # "A*, B*, C, D* (*equal contribution)": the list says what its star means; the stars on the first authors and
    # the last were read by where they stand (corresponding authors) instead
    from kg.importers.common import split_authors

    found = split_authors("Ana Ruiz*, Bo Lee*, Kai Sato, Ilse Varga* (*equal contribution)")
    assert [(a.name, a.marks) for a in found.authors] == [
        ("Ana Ruiz", ["equal_contribution"]), ("Bo Lee", ["equal_contribution"]), ("Kai Sato", []),
        ("Ilse Varga", ["equal_contribution"])]
    # a remark that is no legend leaves the stars read as before
    found = split_authors("Ana Ruiz, Bo Lee (Stanford), Kai Sato*")
    assert [(a.name, a.marks) for a in found.authors][-1] == ("Kai Sato", ["corresponding"])


def test_a_records_conference_short_is_its_venue_and_the_conference_its_full_name():
    # a theme's record "conference_short: 'ICLR'" beside "conference: 'International Conference on ... 2026'":
    # the badge is the venue as the page shows it (the long name was taken alone)
    from kg.importers.site.records import RECORD_KEYS, publication_from_record

    pub = publication_from_record({"title": "Moths at dusk", "authors": "Ana Ruiz, Ilse Varga",
                                   "conference_short": "MothConf",
                                   "conference": "International Conference on Moths 2026"}, RECORD_KEYS, None)
    assert (pub.venue, pub.venue_full, pub.year) == ("MothConf", "International Conference on Moths", 2026)
