"""Readings found on batch 31 (a: a hand-written site and a lab site, measured at the start of round 31): synthetic
pages, own words, names invented."""
from __future__ import annotations

from kg.importers import import_path
from kg.importers.common import identifier_from_url

from .sitefiles import write_site


def test_a_sidebar_and_header_pulled_in_by_script_are_read_for_the_owner(tmp_path):
    # every page is a shell of '<div w3-include-html="sidebar.html">': the name is in the page, the profile links only
    # in the sidebar, and the contact page only in the header's menu
    shell = ('<html><head><title>Mara Quill</title></head><body><div w3-include-html="header.html"></div>'
             '<div w3-include-html="sidebar.html"></div><div><h2>About</h2><p>I am a Professor of Widget Studies at'
             ' the Fenwick Institute, where I lead the gadget group.</p></div>'
             '<script>w3.includeHTML()</script></body></html>\n')
    root = write_site(tmp_path / "site", {
        "index.html": shell,
        "header.html": '<nav><ul><li><a href="index.html">Mara Quill</a></li>'
                       '<li><a href="contact.html">Contact</a></li></ul></nav>\n',
        "sidebar.html": '<div class="sidebar"><p>Professor of Widget Studies</p><ul>'
                        '<li><a href="https://github.com/mquill">Github</a></li>'
                        '<li><a href="https://www.youtube.com/@WidgetLab/playlists">Videos</a></li>'
                        '<li><a href="http://orcid.org/0000-0002-1825-0097">ORCID</a></li></ul></div>\n',
        "contact.html": '<html><head><title>Contact - Mara Quill</title></head><body>'
                        '<div w3-include-html="header.html"></div><h2>Contact</h2>'
                        '<p>Prof. Mara Quill<br/>Fenwick Institute<br/>Email: mara[dot]quill[at]fenwick.example.org</p>'
                        '</body></html>\n',
    })
    person = import_path(root).profile.person
    assert person.identifiers.get("github") == "mquill"
    assert person.identifiers.get("orcid") == "0000-0002-1825-0097"
    assert person.identifiers.get("youtube") == "@WidgetLab"
    assert person.email == "mara.quill@fenwick.example.org"


def test_a_tab_of_a_youtube_channel_is_the_channel():
    assert identifier_from_url("https://www.youtube.com/@WidgetLab/videos") == ("youtube", "@WidgetLab")
    assert identifier_from_url("https://www.youtube.com/@WidgetLab/watchlater") is None


def _cite(authors: str, year: int, title: str, venue: str, doi: str) -> str:
    return f'<li>{authors} ({year}). <a href="https://doi.org/{doi}"><b>{title}.</b></a> {venue}, 3(1), 1-9.</li>\n'


def test_the_site_list_reads_a_work_the_home_page_repeats(tmp_path):
    # the home page's "recent papers" box cites two of the list's papers: one as its published version (the list has
    # the preprint), one with the year it came out online (the list gives its issue's year); each is one work, as the
    # list gives it
    recent = (_cite("Quill, M., & Brenn, O.", 2023, "Counting widgets in the wild", "Widget Letters", "10.1/wl.9")
              + _cite("Lorn, I., & Quill, M.", 2021, "Gadget spread across two valleys", "Gadget Review", "10.1/gr.4"))
    listed = (_cite("Quill, M., & Brenn, O.", 2023, "Counting widgets in the wild", "widgetRxiv", "10.1/pre.9")
              + _cite("Lorn, I., & Quill, M.", 2022, "Gadget spread across two valleys", "Gadget Review", "10.1/gr.4")
              + _cite("Quill, M.", 2019, "Small moulds and large ones", "Mould Studies", "10.1/ms.2")
              + _cite("Brenn, O., & Quill, M.", 2017, "Dense gadgets at scale", "Widget Letters", "10.1/wl.1")
              + _cite("Quill, M.", 2015, "A field guide to sprockets", "Sprocket Journal", "10.1/sj.5"))
    root = write_site(tmp_path / "site", {
        "index.html": ('<html><head><title>Quill Lab</title></head><body><h1>Mara Quill</h1><p>Mara Quill studies'
                       ' widgets at the Fenwick Institute.</p><a href="publications.htm">Publications</a>'
                       f'<h2>Recent papers</h2><ul>\n{recent}</ul></body></html>\n'),
        "publications.htm": f"<html><body><h1>Publications</h1><ol>\n{listed}</ol></body></html>\n",
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    assert len(pubs) == 5
    counting = pubs["Counting widgets in the wild"]
    assert (counting.venue, counting.links.get("doi")) == ("widgetRxiv", "https://doi.org/10.1/pre.9")
    assert pubs["Gadget spread across two valleys"].year == 2022


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


def test_papers_a_home_page_points_to_that_name_no_owner_are_not_the_owners(tmp_path):
    # beside the site's list of a dozen papers, the home page's box of links cites two papers by other people (and one
    # of the owner's that the list does not give yet): those two are not the owner's works
    listed = "".join(_cite("Quill, M., & Brenn, O.", 2020 - i, f"Widget study number {i} in the field", "Widget Letters",
                           f"10.1/wl.{i}") for i in range(12))
    box = (_cite("Quill, M., & Lorn, I.", 2024, "Sprockets under strain", "Sprocket Journal", "10.1/sj.7")
           + _cite("Tarn, H. C., Vell, Y., Osk, T. V., et al.", 2021, "Forest gadgets and their keepers", "Gadget Review",
                   "10.1/gr.2")
           + _cite("Ferro, P., Lune, J., et al.", 2021, "Mould climates of the north", "Mould Studies", "10.1/ms.3"))
    root = write_site(tmp_path / "site", {
        "index.html": ('<html><head><title>Quill Lab</title></head><body><h1>Mara Quill</h1><p>Mara Quill studies'
                       ' widgets at the Fenwick Institute.</p><a href="publications.htm">Publications</a>'
                       f'<h2>Recent papers and cool links</h2><ul>\n{box}</ul></body></html>\n'),
        "publications.htm": f"<html><body><h1>Publications</h1><ol>\n{listed}</ol></body></html>\n",
    })
    titles = {p.title for p in import_path(root).profile.publications}
    assert len(titles) == 13 and "Sprockets under strain" in titles
    assert not titles & {"Forest gadgets and their keepers", "Mould climates of the north"}
