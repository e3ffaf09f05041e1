"""Shapes of real homepages seen in batch 36 (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path
from .sitefiles import academicpages_home, import_counting_parses, write_site

_ADMIN = "---\ntitle: Ilse Varga\nrole: Lecturer\norganizations:\n  - name: Fenwick College\n---\n\nI study moths.\n"

_LANDING = """---
title: ""
type: landing
sections:
  - block: resume-biography-3
    id: main
    content:
      username: admin
  - block: markdown
    id: papers
    content:
      title: Papers
      text: |
        <div class="para-list">

        **Varga, I.**, & Holt, P. R. (in press). Moths at dusk: a field count. *Journal of Night Insects*. [[pdf](uploads/a.pdf)]

        Holt, P. R., & **Varga, I.** (2022). Why lamps draw moths, and why some do not. *Insect Letters, 9*(2), 11-19. [[pdf](uploads/b.pdf)]

        **Varga, I.**, Sand, T., & Holt, P. R. (2021). Wing scales under the lens: a survey of forty species. *Lepidoptera Review, 3*(1), 5-30.

        **Varga, I.** (2020). Counting moths by their sound alone in a mixed wood. *Acoustic Ecology, 2*, 40-52.

        Sand, T., & **Varga, I.** (2019). The moths of the northern marsh over ten summers. *Marsh Studies, 7*(4), 1-9.

        </div>
    design:
      css_class: wide
  - block: markdown
    id: news
    content:
      title: News
      text: |
        <div class="para-list">

        **May 2, 2025**: Our paper on moths at dusk was accepted at the Journal of Night Insects!

        **April 9, 2025**: Ilse gave a talk on moth sounds at the Fenwick insect day.

        </div>
---
"""


def _landing(tmp_path):
    write_site(tmp_path, {"config/_default/hugo.yaml": "title: Ilse Varga\nbaseURL: https://ilse.example.org/\n",
                          "content/authors/admin/_index.md": _ADMIN, "content/_index.md": _LANDING})
    return import_path(tmp_path).profile


def test_a_hugo_blox_landing_pages_markdown_blocks_are_read_as_its_sections(tmp_path):
    # Hugo Blox's home page: no publication folder, the papers and the news written by hand in the text of the
    # landing page's markdown blocks (YAML block scalars in its front matter), each block titled as its section
    p = _landing(tmp_path)
    assert [x.title for x in p.publications] == [
        "Moths at dusk: a field count", "Why lamps draw moths, and why some do not",
        "Wing scales under the lens: a survey of forty species", "Counting moths by their sound alone in a mixed wood",
        "The moths of the northern marsh over ten summers"]
    first = p.publications[0]
    assert first.year is None and first.venue == "Journal of Night Insects"
    assert first.links.get("pdf") == "https://ilse.example.org/uploads/a.pdf"
    assert [n.date for n in p.news] == ["2025-05-02", "2025-04-09"]


_BOXED = """# Ilse Varga

## Papers

<div class="para-list">

**Varga, I.**, & Holt, P. R. (in press). Moths at dusk: a field count. *Journal of Night Insects*.

Holt, P. R., & **Varga, I.** (2022). Why lamps draw moths, and why some do not. *Insect Letters, 9*(2), 11-19.

**Varga, I.**, Sand, T., & Holt, P. R. (2021). Wing scales under the lens: a survey of forty species. *Lepidoptera Review*.

**Varga, I.** (2020). Counting moths by their sound alone in a mixed wood. *Acoustic Ecology, 2*, 40-52.

Sand, T., & **Varga, I.** (2019). The moths of the northern marsh over ten summers. *Marsh Studies, 7*(4), 1-9.

</div>

## News

<div class="para-list">

**May 2, 2025**: Our paper on moths at dusk was accepted at the Journal of Night Insects!

</div>
"""


def test_a_box_of_citation_paragraphs_is_a_list_of_entries_though_one_is_in_press(tmp_path):
    # two sections each wrapped in a box of the same class: a run of same-shape boxes reads as one entry each
    # (cards), unless the box holds paragraphs that are whole citations with their years; one "in press" paper
    # among five has no year and the box is still a list of papers
    page = tmp_path / "index.md"
    page.write_text(_BOXED)
    p = import_path(page).profile
    assert len(p.publications) == 5
    assert len(p.news) == 1


def test_an_al_folio_cv_section_of_years_each_with_its_items_gives_one_award_per_item(tmp_path):
    # al-folio's _data/cv.yml "Honors and Awards" written as years, each with a list of items (no title of its
    # own): each item is an award of that year
    cv = ("- title: General Information\n  type: map\n  contents:\n    - name: Full Name\n      value: Ilse Varga\n"
          "- title: Honors and Awards\n  type: time_table\n  contents:\n"
          "    - year: 2019\n      items:\n        - Moth society student prize\n"
          "    - year: 2016\n      items:\n        - Best poster, Night Insects Meeting 2016\n"
          "        - Graduated with honours from Fenwick College\n")
    write_site(tmp_path, {"_config.yml": "first_name: Ilse\nlast_name: Varga\ntitle: Ilse Varga\n",
                          "_pages/about.md": "---\nlayout: about\npermalink: /\n---\n\nI study moths.\n",
                          "_pages/cv.md": "---\nlayout: cv\npermalink: /cv/\ntitle: CV\n---\n",
                          "_data/cv.yml": cv})
    p = import_path(tmp_path).profile
    assert [(a.name, a.year) for a in p.awards] == [
        ("Moth society student prize", 2019), ("Best poster, Night Insects Meeting 2016", 2016),
        ("Graduated with honours from Fenwick College", 2016)]


def test_a_generation_numeral_after_a_comma_is_the_names_not_an_author():
    # "John Roe, III": the numeral after the comma is the name's suffix (as ", Jr." is); after a family name
    # alone ("Ivanov, II") it is initials, the comma parting family name and initials
    from kg.importers.common import split_authors

    assert [a.name for a in split_authors("Ilse Varga, Pat Holt, John Roe, III").authors] == [
        "Ilse Varga", "Pat Holt", "John Roe, III"]
    assert [a.name for a in split_authors("Ilse Varga, John Roe, IV, and Pat Holt").authors] == [
        "Ilse Varga", "John Roe, IV", "Pat Holt"]
    assert len(split_authors("Ivanov, II, Petrov, AA").authors) == 2


def _subpath_site(tmp_path):
    about = ("---\npermalink: /\ntitle: ''\n---\n\nI study moths.\n\n# Publications\n\n"
             "- [Moths at dusk: a field count](10.5555/jni.2020.14), **Ilse Varga**, Pat Holt, "
             "<span class=\"journal\">Journal of Night Insects (2020)</span>\n"
             "- [Why lamps draw moths](files/lamps.pdf), Pat Holt, **Ilse Varga**, "
             "<span class=\"journal\">Insect Letters (2019)</span>\n")
    write_site(tmp_path, {"_config.yml": "title: Ilse Varga\nurl: https://ilse.example.io\nbaseurl: /moths\n"
                                         "author:\n  name: Ilse Varga\n",
                          "_pages/about.md": about})
    return {p.title: p for p in import_path(tmp_path).profile.publications}


def test_a_link_that_is_a_doi_written_bare_is_the_dois_address(tmp_path):
    # "[Title](10.5555/x)": the DOI without https://doi.org/ (a browser would make it a page of the site, which
    # does not exist); it is the paper's DOI
    pub = _subpath_site(tmp_path)["Moths at dusk: a field count"]
    assert pub.links.get("doi") == "https://doi.org/10.5555/jni.2020.14"


def test_a_relative_link_of_a_site_under_a_path_is_under_that_path(tmp_path):
    # _config.yml "url" + "baseurl: /moths": the page lives at https://ilse.example.io/moths/, and "files/x.pdf"
    # is https://ilse.example.io/moths/files/x.pdf (not at the host's root)
    pub = _subpath_site(tmp_path)["Why lamps draw moths"]
    assert list(pub.links.values()) == ["https://ilse.example.io/moths/files/lamps.pdf"]


_DOTTED = """<html><body><h1>Ilse Varga</h1><h2>Papers</h2><ol>
<li><p><author>Holt P., Varga I., Sand T.</author>
  Moths at dusk: a field count of the night.<br>(2020); <i>Journal of Night Insects</i> 12: 1-10</p></li>
<li><p><author>Varga I.</author>
  Counting moths by their sound alone in a mixed wood.<br>(2019); <i>Acoustic Ecology</i> 2: 40-52</p></li>
<li><p><author>Holt P.J. and Varga I.</author>
  Why lamps draw moths, and why some do not.<br>(2018); <i>Insect Letters</i> 9: 11-19</p></li>
<li><p><author>Sand T., Varga I., Pat J. Holt.</author>
  Wing scales under the lens of a microscope.<br>(2017); <i>Lepidoptera Review</i> 3: 5-30</p></li>
</ol></body></html>
"""


def test_vancouver_names_with_dotted_initials_end_at_the_last_initials_stop(tmp_path):
    # "Holt P., Varga I., Sand T. Title.": family names and dotted initials; the list ends at the stop of its last
    # initial, the title after it (it was read as the title, the owner implied); a name joined by "and" goes on
    # after an initial's stop, and a last name written given name first ends at its family name's stop
    page = tmp_path / "papers.html"
    page.write_text(_DOTTED)
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == [
        "Moths at dusk: a field count of the night", "Counting moths by their sound alone in a mixed wood",
        "Why lamps draw moths, and why some do not", "Wing scales under the lens of a microscope"]
    assert [len(p.authors) for p in pubs] == [3, 1, 2, 3]


def test_an_email_address_in_a_profile_setting_is_no_handle():
    # "scholar_userid: ana@...", "twitter_username: ana@...": an address typed into the theme's slots for ids
    # names no profile (no id, no link built from it)
    from kg.importers.common import clean_identifier, profile_setting_url

    assert clean_identifier("google_scholar", "ilse.varga@example.org") is None
    assert profile_setting_url("twitter_username", "ilse.varga@example.org") is None
    assert profile_setting_url("scholar_userid", "ilse.varga@example.org") is None
    assert clean_identifier("twitter", "@ilse_varga") == "ilse_varga"


def _pub_site(tmp_path, pubs: dict[str, str]):
    files = academicpages_home("Ilse Varga", "I study moths.\n", titled=True)
    files.update({f"_publications/{k}.md": v for k, v in pubs.items()})
    write_site(tmp_path, files)
    return {p.title: p for p in import_path(tmp_path).profile.publications}


def test_a_bracketed_kind_before_a_records_title_is_a_label(tmp_path):
    # "title: [Preprint] Title": the kind of work in brackets before the title, a label (as "Preprint: Title")
    pubs = _pub_site(tmp_path, {"2020-moths": (
        "---\ntitle: \"[Preprint] Moths at dusk: a field count of the night\"\ncollection: publications\n"
        "date: 2020-05-01\nvenue: 'bioRxiv'\ncitation: 'P. Holt, I. Varga, Moths at dusk: a field count of the night. "
        "bioRxiv, 123456 (2020).'\n---\n"), "2021-review": (
        "---\ntitle: \"[Review in Finnish] Yöperhoset (Moths of the night)\"\ncollection: publications\n"
        "date: 2021-05-01\nvenue: 'Insect Review'\ncitation: 'I. Varga, Moths of the night. Insect Review, 1, 5-9 "
        "(2021).'\n---\n")})
    assert sorted(pubs) == ["Moths at dusk: a field count of the night", "Yöperhoset (Moths of the night)"]
    assert [a.name for a in pubs["Moths at dusk: a field count of the night"].authors] == ["P. Holt", "I. Varga"]


def test_citation_names_end_at_the_first_piece_that_is_no_name_when_the_title_is_worded_otherwise(tmp_path):
    # the citation words the title otherwise than the record's title field: its names are those before the first
    # piece that is no one's name (the title and venue were taken as two more authors)
    pubs = _pub_site(tmp_path, {"2022-lamps": (
        "---\ntitle: \"Why lamps draw moths\"\ncollection: publications\ndate: 2022-05-01\nvenue: 'Insect Lett.'\n"
        "citation: 'P. Holt, I. Varga, T. Sand, Moths Drawn to Lamps at Night, Revisited. Insect Lett. 16(3), 1891-1918 "
        "(2022).'\n---\n")})
    assert [a.name for a in pubs["Why lamps draw moths"].authors] == ["P. Holt", "I. Varga", "T. Sand"]


def test_a_pointer_to_the_news_archive_is_no_news_item(tmp_path):
    # "See [News (2024)](...) and the [News Archive](...)" closing a list of dated news: the way to the older
    # news, no item of its own
    page = tmp_path / "index.md"
    page.write_text("# Ilse Varga\n\n## News\n\n- 2025/5/2: Our moth paper was accepted.\n"
                    "- 2025/4/9: Ilse gave a talk on moth sounds.\n"
                    "- See [News (2024)](/posts/news/2024) and the [News Archive](/tags/#news).\n")
    assert [n.date for n in import_path(page).profile.news] == ["2025-05-02", "2025-04-09"]


def test_an_address_with_its_dot_written_as_an_angle_bracketed_word():
    # "ana [at] uni <dot> edu": "<dot>" stands for the dot as "[dot]" and "(dot)" do
    from kg.importers.common import find_email

    assert find_email("Write to `ilse [at] fenwick <dot> edu`.") == "ilse@fenwick.edu"


_FILTERED_PAGE = """---
title: "Papers"
permalink: /publications/
---

<h1>Journal papers</h1>
{% for post in site.publications reversed %}
  {% if post.permalink contains 'preprint' %}
  {% else %}
    {% include archive-single.html %}
  {% endif %}
{% endfor %}

<h1>Preprints</h1>
{% for post in site.publications reversed %}
  {% if post.permalink contains 'preprint' %}
    {% unless post.superseded %}
      {% include archive-single.html %}
    {% endunless %}
  {% endif %}
{% endfor %}
"""


def _collection_item(title: str, slug: str, extra: str = "") -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\npermalink: /publication/{slug}\n"
            f"date: 2021-01-01\nvenue: 'Insect Letters'\n{extra}citation: 'I. Varga, P. Holt, {title}. "
            f"Insect Letters (2021).'\n---\n")


def test_a_collection_item_the_publications_pages_loops_leave_out_is_not_read(tmp_path):
    # academicpages' publications page loops over the collection with nested conditions: papers whose permalink
    # says "preprint" are shown as preprints, unless a flag says a paper has since been published (that version
    # is shown elsewhere): the flagged preprint is on no page
    pubs = {"2021-moths": _collection_item("Moths at dusk", "2021-moths"),
            "preprint-2020-moths": _collection_item("Moths at dusk, early version", "preprint-2020-moths",
                                                    "superseded: true\n"),
            "preprint-2022-lamps": _collection_item("Why lamps draw moths", "preprint-2022-lamps")}
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.html": _FILTERED_PAGE,
             "_includes/archive-single.html": "<h2>{{ post.title }}</h2>\n<p>{{ post.citation }}</p>\n"}
    files.update({f"_publications/{k}.md": v for k, v in pubs.items()})
    write_site(tmp_path, files)
    p = import_path(tmp_path).profile
    assert sorted(x.title for x in p.publications) == ["Moths at dusk", "Why lamps draw moths"]
    assert any(u.file == "_publications/preprint-2020-moths.md" for u in p.unparsed)


def test_a_paper_box_badge_naming_a_journal_and_its_series_is_the_venue(tmp_path):
    # AcadHomepage's paper box badged "Journal of X: Series A (2025)": a journal's name with its series after a
    # colon is still a venue's name (a colon before a capital), no sentence
    page = tmp_path / "about.md"
    page.write_text("# Ilse Varga\n\n## Publications\n\n"
                    "<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">Annals of Night "
                    "Insects: Series B (2025)</div><img src='a.png' width=\"100%\"></div></div>\n"
                    "<div class='paper-box-text' markdown=\"1\">\n\n"
                    "[Moths at dusk: a field count of the night](https://doi.org/10.5555/x)\n\n"
                    "**Ilse Varga**, Pat Holt, Tom Sand\n</div>\n</div>\n")
    (pub,) = import_path(page).profile.publications
    assert pub.venue.startswith("Annals of Night Insects: Series B")


def test_a_place_whose_name_holds_initials_written_together(tmp_path):
    # "at Fenwick J.K. Lund School of Biology": the stop between two initials ends no sentence; the position and
    # the place were both lost
    page = tmp_path / "index.md"
    page.write_text("# Ilse Varga\n\nI am a second-year PhD student in Entomology at Fenwick J.K. Lund School of "
                    "Biology, supervised by Dr. Pat Holt.\n")
    person = import_path(page).profile.person
    assert person.job_title and "PhD student" in person.job_title
    assert [a.name for a in person.affiliations] == ["Fenwick J.K. Lund School of Biology"]


def test_a_landing_pages_block_heads_its_text_whatever_the_order_of_its_keys():
    # "text: |" written before "title: News": the heading still stands above the block's text (it went below it,
    # and the news under it was lost)
    from pathlib import Path

    from kg.importers.base import SourceDoc
    from kg.importers.site.pages import blocks_view

    page = ("---\nsections:\n  - block: markdown\n    content:\n      text: |\n        **May 2024**: a talk.\n"
            "      title: News\n---\n")
    lines = blocks_view(SourceDoc(Path("_index.md"), page)).lines
    assert lines.index("## News") < lines.index("**May 2024**: a talk.")


def test_a_plain_loop_over_the_collection_reads_each_document_once(tmp_path, monkeypatch):
    # academicpages' plain "{% for post in site.publications %}" shows every document: their fields are not read a
    # second time to ask which it shows (they were, for every such site)
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.html": ("{% for post in site.publications reversed %}\n"
                                          "  {% include archive-single.html %}\n{% endfor %}\n"),
             "_includes/archive-single.html": "<h2>{{ post.title }}</h2>\n",
             "_publications/2021-moths.md": _collection_item("Moths at dusk", "2021-moths")}
    write_site(tmp_path, files)
    profile, parsed = import_counting_parses(tmp_path, monkeypatch, "yaml_with_spans")
    assert [x.title for x in profile.publications] == ["Moths at dusk"]
    assert parsed.count("2021-moths.md") == 1


def test_a_filtering_loop_over_the_collection_reads_each_document_once(tmp_path, monkeypatch):
    # issue 7: the loops' conditions ask each document's fields, and the document is then read as a work: its front
    # matter is parsed once for both (it was parsed twice on every site whose loops filter the collection)
    files = {**academicpages_home("Ilse Varga", "I study moths.\n", titled=True),
             "_pages/publications.html": _FILTERED_PAGE,
             "_includes/archive-single.html": "<h2>{{ post.title }}</h2>\n",
             "_publications/2021-moths.md": _collection_item("Moths at dusk", "2021-moths"),
             "_publications/preprint-2022-lamps.md": _collection_item("Why lamps draw moths", "preprint-2022-lamps")}
    write_site(tmp_path, files)
    profile, parsed = import_counting_parses(tmp_path, monkeypatch, "yaml_with_spans")
    assert sorted(x.title for x in profile.publications) == ["Moths at dusk", "Why lamps draw moths"]
    assert parsed.count("2021-moths.md") == 1 and parsed.count("preprint-2022-lamps.md") == 1, parsed
