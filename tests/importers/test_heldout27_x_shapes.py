"""Shapes of real homepages seen in batch 27 (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site


def _quarto_site(tmp_path):
    write_site(tmp_path, {
        "_quarto.yml": ('project:\n  type: website\nwebsite:\n  title: "Tamsin Vell"\n  navbar:\n    left:\n'
                        '      - publications.qmd\n'),
        "index.qmd": (
            "---\ntitle: Tamsin Vell\n---\n\n## Biography\n\nI am a lecturer in Hydrology at the University of Lowmere.\n"),
        "publications.qmd": '---\ntitle: "Publications"\nlisting:\n  contents: papers\n  sort: "date desc"\n---\n',
        "papers/2021-a-paper/index.qmd": (
            '---\ntitle: "Counting Puddles After Heavy Rain"\nauthor:\n  - name: Tamsin Vell\n'
            '    email: t.vell@example.org\n    corresponding: true\n  - name: Oren Quill\n    equal-contributor: true\n'
            '  - name: Bex Harrow\n    attributes:\n      equal-contributor: true\n'
            'date: 2021-05-02\ncitation:\n  container-title: Journal of Small Waters\n  doi: 10.1234/jsw.2021.7\n'
            '  url: https://publisher.example.org/doi/full/10.1234/jsw.2021.7\n---\n\n'
            '### Abstract\n\nWe count puddles.\n\n'
            '[[{{< fa file-pdf >}}](https://publisher.example.org/pdf/jsw7) &nbsp; '
            '[{{< fa image >}}](https://github.com/tvell/talks/blob/main/poster.pdf) &nbsp; '
            '[{{< fa file-powerpoint >}}](https://github.com/tvell/talks/blob/main/slides.pdf) &nbsp; '
            '[{{< fa code >}}](https://github.com/tvell/puddles)]{style="text-align: center"}\n'),
    })
    return import_path(tmp_path).profile


def test_a_quarto_listing_document_names_its_authors_under_author_with_their_flags(tmp_path):
    # a Quarto listing's documents write the byline under Quarto's "author:" (names with "corresponding: true",
    # "attributes: {equal-contributor: true}"): the paper's authors and the marks the page draws
    p = _quarto_site(tmp_path)
    (pub,) = p.publications
    assert [(a.name, a.marks, a.is_self) for a in pub.authors] == [
        ("Tamsin Vell", ["corresponding"], True), ("Oren Quill", ["equal_contribution"], False),
        ("Bex Harrow", ["equal_contribution"], False)]


def test_icon_links_keep_the_kind_the_icon_names_and_the_citation_doi_is_shown(tmp_path):
    # "[{{< fa file-powerpoint >}}](...)": links drawn as icons are slides, a PDF, code, an image; two GitHub
    # files are not both "code" (the second was lost); the citation block's DOI is shown as its resolver link
    (pub,) = _quarto_site(tmp_path).publications
    assert pub.links["pdf"] == "https://publisher.example.org/pdf/jsw7"
    assert pub.links["slides"] == "https://github.com/tvell/talks/blob/main/slides.pdf"
    assert pub.links["code"] == "https://github.com/tvell/puddles"
    assert "https://github.com/tvell/talks/blob/main/poster.pdf" in pub.links.values()
    assert pub.links["doi"] == "https://doi.org/10.1234/jsw.2021.7"


def test_a_first_person_sentence_of_collaboration_under_research_is_no_paper(tmp_path):
    # "I have also collaborated with the X Team in the [Institute](...) at Y, working with ...": a place the
    # owner worked with, under a "Research" heading, not a paper with a linked title
    (tmp_path / "index.md").write_text(
        "---\ntitle: Tamsin Vell\n---\n\n## Research and Work\n\n"
        "I study how water gathers on flat ground after storms, with a focus on small urban basins.\n\n"
        "I have also collaborated with the Runoff Modelling Team in the [Centre for Surface Water]"
        "(https://example.org/csw/) at Lowmere, working mostly with the members of the [Gutter Dynamics Unit]"
        "(https://example.org/csw/gutters). The team builds tools for the study of runoff across many towns and is "
        "formed by a group of people with varied experience.\n", encoding="utf-8")
    p = import_path(tmp_path / "index.md").profile
    assert p.publications == []


_DEMO_BIB = ("@book{demo1,\n  title={On the Flight of Sparrows},\n  author={Piper, Odell},\n  year={1911},\n"
             "  publisher={Old Press}\n}\n\n@article{demo2,\n  title={Notes on Ink},\n  author={Piper, Odell and Vane, Rue},\n"
             "  journal={Annals of Paper},\n  volume={3},\n  year={1913}\n}\n")
_OWN_LIST = ("---\nlayout: page\npermalink: /research/\ntitle: Research\nnav: true\n---\n\n<h4>Published Papers</h4>\n\n"
             "<ul>\n<li><b>Counting Puddles After Heavy Rain</b>, with Oren Quill. <i>Journal of Small Waters</i>, "
             "2021.</li>\n<li><b>Runoff in Narrow Streets of Old Towns</b>, with Bex Harrow. <i>Urban Water</i>, "
             "2019.</li>\n</ul>\n")


def _alfolio(tmp_path, publications_page: str):
    from tests.importers.sitefiles import write_site

    return import_path(write_site(tmp_path, {
        "_config.yml": "title: Tamsin Vell\nfirst_name: Tamsin\nlast_name: Vell\nscholar:\n  source: /_bibliography/\n",
        "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\nselected_papers: false\n---\n\n"
                          "I am a lecturer in Hydrology at the University of Lowmere.\n",
        "_pages/publications.md": publications_page,
        "_bibliography/papers.bib": _DEMO_BIB})).profile


def test_the_theme_demo_bibtex_no_page_renders_is_no_work_of_the_owner(tmp_path):
    # al-folio's demo papers.bib (another person's papers) left in place while the owner writes the publications
    # page by hand and no page renders the file: the hand-written list is the owner's, the demo none
    p = _alfolio(tmp_path, _OWN_LIST)
    titles = [x.title for x in p.publications]
    assert "Counting Puddles After Heavy Rain" in titles
    assert "Notes on Ink" not in titles and "On the Flight of Sparrows" not in titles


def test_a_bibtex_the_publications_page_renders_is_read_whoever_wrote_it(tmp_path):
    # the same file rendered by "{% bibliography %}": the site shows it, so it is read
    p = _alfolio(tmp_path, "---\nlayout: page\npermalink: /publications/\ntitle: Publications\nnav: true\n---\n\n"
                           "{% bibliography %}\n")
    assert sorted(x.title for x in p.publications) == ["Notes on Ink", "On the Flight of Sparrows"]


def test_the_demo_announcements_of_a_site_whose_about_page_says_news_false_are_no_news(tmp_path):
    # al-folio's about page with "news: false" lists no announcements, and no page loops over site.news: the
    # theme's demo items left in _news are shown nowhere
    from tests.importers.sitefiles import write_site

    files = {"_config.yml": "title: Tamsin Vell\nfirst_name: Tamsin\nlast_name: Vell\n",
             "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\nnews: false\n---\n\n"
                                "I am a lecturer in Hydrology at the University of Lowmere.\n",
             "_news/announcement_1.md": "---\nlayout: post\ndate: 2015-10-22 15:59:00-0400\ninline: true\n---\n\n"
                                        "A short inline note about nothing in particular.\n"}
    assert import_path(write_site(tmp_path / "a", files)).profile.news == []
    files["_pages/about.md"] = files["_pages/about.md"].replace("news: false", "news: true")
    assert len(import_path(write_site(tmp_path / "b", files)).profile.news) == 1


def test_an_address_switched_off_in_the_profile_block_is_no_location(tmp_path):
    # al-folio's "profile: {address: false}" turns the sidebar address off: no location "False"
    from tests.importers.sitefiles import write_site

    p = import_path(write_site(tmp_path, {
        "_config.yml": "title: Tamsin Vell\nfirst_name: Tamsin\nlast_name: Vell\n",
        "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\nprofile:\n  align: right\n"
                           "  address: false\n---\n\nI am a lecturer in Hydrology at the University of Lowmere.\n"})).profile
    assert p.person.location is None


def test_an_economist_at_a_company_and_a_research_affiliate_elsewhere(tmp_path):
    # "I am a Principal Economist at X and a Research Affiliate to the Y Institute": an economist's position
    # (no "professor" or "scientist" in it), its place ending where the second position begins
    (tmp_path / "index.md").write_text(
        "---\ntitle: Tamsin Vell\n---\n\nWelcome to my page. I am a Senior Economist at Northwind Trading and a "
        "Research Affiliate to the Lowmere Institute of Labour Studies. My interests are in wages and migration.\n",
        encoding="utf-8")
    p = import_path(tmp_path / "index.md").profile
    assert p.person.job_title == "Senior Economist"
    assert [a.name for a in p.person.affiliations][:1] == ["Northwind Trading"]


def test_a_bracketed_link_label_with_a_date_is_a_button_not_the_title(tmp_path):
    # "[Current draft (September 2025)]", "[Pre-publication (April 2023)]": the links a paper's block ends with,
    # labelled with the version's date; the title is the bold line above them
    (tmp_path / "index.html").write_text(
        "<html><body><h1>Tamsin Vell</h1><h4>Published Papers</h4>\n"
        "<div class='publication'><span class='bold-text'>Counting Puddles After Heavy Rain in Small Towns</span><br>\n"
        "<div class='indented-content'><span>joint work with Oren Quill</span><br>\n"
        "<span><i><u>Journal of Small Waters</u>, Vol.8 (October 2023)</i></span><br>\n"
        "<span><a href='https://example.org/p1.pdf'>[Pre-publication (April 2023)] </a></span><br></div></div>\n"
        "<div class='publication'><span class='bold-text'>Runoff in Narrow Streets of Old Towns</span><br>\n"
        "<div class='indented-content'><span>joint work with Bex Harrow</span><br>\n"
        "<span><i><u>Urban Water</u>, Vol.2 (May 2019)</i></span><br>\n"
        "<span><a href='https://example.org/p2.pdf'>[Current draft (September 2025)] </a></span><br></div></div>\n"
        "</body></html>\n", encoding="utf-8")
    p = import_path(tmp_path / "index.html").profile
    assert [x.title for x in p.publications] == ["Counting Puddles After Heavy Rain in Small Towns",
                                                  "Runoff in Narrow Streets of Old Towns"]


def test_joint_work_with_names_the_coauthors_the_owner_implied(tmp_path):
    # "joint work with A and B" under a paper's title: the coauthors, the owner first
    (tmp_path / "index.html").write_text(
        "<html><body><h1>Tamsin Vell</h1><h4>Published Papers</h4>\n"
        "<div class='publication'><span class='bold-text'>Counting Puddles After Heavy Rain in Small Towns</span><br>\n"
        "<div class='indented-content'><span>joint work with Oren Quill and Bex Harrow</span><br>\n"
        "<span><i><u>Journal of Small Waters</u>, Vol.8 (October 2023)</i></span><br>\n"
        "<span><a href='https://example.org/p1.pdf'>[Published Version]</a></span><br></div></div>\n"
        "</body></html>\n", encoding="utf-8")
    (pub,) = import_path(tmp_path / "index.html").profile.publications
    assert [a.name for a in pub.authors] == ["Tamsin Vell", "Oren Quill", "Bex Harrow"]
