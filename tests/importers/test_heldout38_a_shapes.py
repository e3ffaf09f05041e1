"""Shapes of real homepages that batch 38a misread (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site


def _site(tmp_path, pubs: dict[str, str]):
    files = {"_config.yml": "title: Ilse Varga\nauthor:\n  name: Ilse Varga\n",
             "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study moths.\n"}
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
