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

