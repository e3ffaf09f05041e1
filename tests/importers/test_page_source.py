"""The page's elements and texts stand on the source lines they were written on, so `kg import --verbose` lists
the lines no reader took (and only those) with their real `file:line` (synthetic pages, invented names)."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html
from kg.importers.page.source import Page

STRAY_QUOTE = """<html><body>
<h1>Mira Okafor</h1>
<h2>Publications</h2>
<ol>
<li>M. Okafor, <i>Tides of the inner sea</i>, <a href=http://example.org/tides.pdf">Journal of Shores</a> 3, 2001.</li>
<li>M. Okafor and T. Brandt, <i>Salt and sand</i>, Coastal Letters 5, 2003.</li>
<li>M. Okafor, <i>Dunes that walk</i>, Coastal Letters 8, 2006.</li>
</ol>
<p>My garden is <b>lovely</b> in <a href="garden.html">spring</a>.</p>
</body></html>
"""


def test_a_quote_inside_an_unquoted_attribute_value_does_not_swallow_the_text_after_the_tag():
    # the tag ends at its ">" as a browser reads it: the quote after "tides.pdf" opens no value, so the texts after
    # it keep their lines (each paper's line is taken, the garden sentence stays listed on its own line)
    page = Page(STRAY_QUOTE)
    spans = {"".join(t.split()): page.lines_of(node, where) for (node, where), _ in page.spans.items()
             for t in [node.text if where == "text" else node.tail] if t and t.strip()}
    assert spans["JournalofShores"] == (5, 5)
    assert spans["Saltandsand"] == (6, 6)
    assert spans["lovely"] == (9, 9)
    p = parse_html(SourceDoc(Path("index.html"), STRAY_QUOTE), ImportOptions())
    assert [w.title for w in p.publications] == ["Tides of the inner sea", "Salt and sand", "Dunes that walk"]
    assert [u.line for u in p.unparsed] == [9]


def _numbered_list_after_an_open_underline(n: int) -> str:
    items = "\n".join(f"<li>A. Diallo{k} and <u>M. Okafor</u>, <i>Paper number {k}</i>, Coastal Letters {k}, "
                      f"20{k:02d}.</li>" for k in range(1, n + 1))
    return f"""<html><body>
<h1>Mira Okafor</h1>
<h2>Publications</h2>
<p>The owner's name is <u>underlined.
<ol>
{items}
</ol>
</body></html>
"""


def test_an_element_a_browser_opens_again_does_not_take_the_start_tag_of_a_later_element():
    # the <u> left open before the list is opened again by the HTML5 rules inside the list, before its first item;
    # matched to the next written <u> (inside the first item) it took that tag, and every item after it stood on
    # the line of the item after it, the last two on one line
    page = Page(_numbered_list_after_an_open_underline(12))
    assert [li.sourceline for li in page.root.iter("li")] == list(range(6, 18))


def test_a_template_with_elements_inside_leaves_the_other_elements_on_their_lines():
    # the text map keeps a <template>'s content as raw text (no tags), while the tree holds its elements; when the
    # counts of elements differed, every element of the page lost its bound and the re-opened <u> took a later
    # item's tag again; the elements inside the template take no written tag (they stand on its line), the others
    # keep theirs
    page_text = _numbered_list_after_an_open_underline(6).replace(
        "<h2>Publications</h2>", '<template id="card"><div class="card"><span>slot</span></div></template>\n'
        "<h2>Publications</h2>", 1)
    page = Page(page_text)
    assert [li.sourceline for li in page.root.iter("li")] == list(range(7, 13))
    template = next(page.root.iter("template"))
    assert [el.sourceline for el in template.iter("div", "span")] == [3, 3]


TYPESET_STARS = """<html><body>
<h1>Ines Varga</h1>
<h2>Publications</h2>
<p>&lowast;: corresponding author</p>
<ol>
<li><p><b>Ines Varga</b>, and <a href="https://example.org/okafor">Mira Okafor</a>&lowast;. &quotHow reeds bend in wind,&quot <u><i>Journal of Marsh Studies</i></u>. vol. 3, pp. 1-9, 2019.</p></li>
<li><p>Tomas Berg, <b>Ines Varga</b>, and Lea Kranz∗. &quotSilt under slow water,&quot <u><i>River Letters</i></u>. vol. 8, p. 12, 2020.</p></li>
<li><p><a href="https://example.org/okafor">Mira Okafor</a>&#x2217;, <b>Ines Varga</b>, Tomas Berg. &quotA census of herons,&quot <u><i>Bird Counts</i></u>. vol. 1, p. 2, 2021.</p></li>
</ol>
</body></html>
"""


def test_a_typeset_asterisk_after_a_name_is_the_star_mark():
    # "&lowast;" (U+2217) and its numeric entity are the "*" a page's legend and author lists mean: the names keep
    # no symbol, the list ends at the quoted title, and the marked author is the corresponding one
    assert Page(TYPESET_STARS).text.count("*") == 4
    p = parse_html(SourceDoc(Path("index.html"), TYPESET_STARS), ImportOptions())
    got = [(w.title, w.venue, [(a.name, a.marks) for a in w.authors]) for w in p.publications]
    assert got == [
        ("How reeds bend in wind", "Journal of Marsh Studies",
         [("Ines Varga", []), ("Mira Okafor", ["corresponding"])]),
        ("Silt under slow water", "River Letters",
         [("Tomas Berg", []), ("Ines Varga", []), ("Lea Kranz", ["corresponding"])]),
        ("A census of herons", "Bird Counts",
         [("Mira Okafor", ["corresponding"]), ("Ines Varga", []), ("Tomas Berg", [])]),
    ]


def test_c1_control_characters_read_as_windows_1252():
    # "From \x93more\x94 to \x93less\x94": curly quotes a Windows editor stored as C1 code points in UTF-8
    from kg.importers.base import decode_text

    assert decode_text("From \x93more\x94 to \x93less\x94 \x96 a".encode(), "p.htm", html=True)[0] == \
        "From \u201cmore\u201d to \u201cless\u201d \u2013 a"


def test_a_server_include_is_read_as_the_page_decoder_reads_the_page(tmp_path):
    # issue 7: the files a server page pulls in are named in its own text as the page decoder reads it (its declared
    # charset), found once for the site; read as UTF-8 apart from the decoder, "kopfzeile-ä.html" in a
    # windows-1252 page named no file, and the header holding the owner's name and ORCID was lost
    (tmp_path / "index.shtml").write_bytes(
        ('<html><head><meta charset="windows-1252"><title>Home</title></head><body>\n'
         '<!--#include virtual="kopfzeile-\u00e4.html" -->\n'
         '<p>I am a Professor of Widget Studies at Inland University, Stra\u00dfe 1.</p>\n</body></html>\n')
        .encode("cp1252"))
    (tmp_path / "kopfzeile-\u00e4.html").write_text(
        '<div><h1>Ann Lee</h1><a href="https://orcid.org/0000-0002-1825-0097">ORCID</a></div>\n')
    from kg.importers import import_path

    person = import_path(tmp_path).profile.person
    assert (person.name, person.identifiers.get("orcid")) == ("Ann Lee", "0000-0002-1825-0097")


def test_a_server_page_is_decoded_as_an_html_page_is(tmp_path):
    # an index.php whose text holds one Windows-1252 byte (an 'é' typed in an old editor) and declares no charset:
    # an .html page so is read as Windows-1252, as browsers do; the .php page, read as HTML, is decoded the same way
    # (before, it was refused as "not UTF-8 text" and the site had no page to read)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.php").write_bytes(
        b'<?php include "head.php"; ?>\n<html><head><title>Ana Ruiz</title></head><body><h1>Ana Ruiz</h1>\n'
        b"<p>Professor of Geology, Caf\xe9 University</p>\n<h2>Publications</h2>\n<ul><li>Ana Ruiz, Bo Lee. "
        b"Sand that sings. <i>Journal of Dunes</i>, 2019.</li></ul>\n</body></html>\n")
    from kg.importers import import_path

    p = import_path(site).profile
    assert p.person.name == "Ana Ruiz"
    assert [a.name for a in p.person.affiliations] == ["Café University"]
    assert [x.title for x in p.publications] == ["Sand that sings"]


def test_tab_targets_know_a_bar_of_tabs_from_a_pane_box_and_folded_abstracts():
    import lxml.html

    from kg.importers.page.source import is_chrome, tab_targets

    bar = lxml.html.fromstring('<ul class="participant-tabs"><li class="tab-item" data-tab="a"><span>A</span></li>'
                               '<li class="tab-item" data-tab="b"><span>B</span></li></ul>')
    assert sorted(tab_targets(bar)) == ["a", "b"] and is_chrome(bar)
    # the panes' box ("tab-content") of papers, each with a button folding its abstract: no bar of tabs
    box = lxml.html.fromstring(
        '<div class="tab-content"><div><p>Paper one. <button data-bs-toggle="collapse" data-bs-target="#x1" '
        'aria-controls="x1">Abstract</button></p></div><div><p>Paper two. <button data-bs-toggle="collapse" '
        'data-bs-target="#x2" aria-controls="x2">Abstract</button></p></div></div>')
    assert tab_targets(box) == {} and not is_chrome(box)
    listed = lxml.html.fromstring(
        '<ul><li>Paper one <a data-toggle="collapse" data-target="#b1">BibTeX</a></li>'
        '<li>Paper two <a data-toggle="collapse" data-target="#b2">BibTeX</a></li></ul>')
    assert tab_targets(listed) == {}


def test_papers_in_a_tab_content_box_with_folded_abstracts_are_read():
    page = parse_html(SourceDoc(Path("p.html"), (
        '<html><body><h1>Rina Koval</h1><h2>Publications</h2><div class="tab-content">\n'
        '<div><p>R. Koval, J. Amis. Beetles in burnt forests. Fire Ecology 8, 2022.\n'
        '<button data-bs-toggle="collapse" data-bs-target="#a1" aria-controls="a1">Abstract</button></p>\n'
        '<div id="a1" class="collapse">We count beetles.</div></div>\n'
        '<div><p>R. Koval. Moss on north slopes. Alpine Botany 3, 2020.\n'
        '<button data-bs-toggle="collapse" data-bs-target="#a2" aria-controls="a2">Abstract</button></p>\n'
        '<div id="a2" class="collapse">Moss grows north.</div></div></div></body></html>')), ImportOptions())
    assert [p.title for p in page.publications] == ["Beetles in burnt forests", "Moss on north slopes"]


def test_text_a_style_shows_right_to_left_is_read_as_shown():
    # an address written backwards in a span whose style draws it right to left (brackets mirrored, as a browser
    # draws them): the reader sees "ida.vale [at] tarn [dot] edu", the owner's address (before: nothing was read);
    # a span that is only right to left (Arabic, Hebrew) shows its text as written, and stays as written
    page = ("<html><body><h1>Ida Vale</h1><p>Lecturer at Tarn University</p>"
            "<span style=\"direction: rtl; unicode-bidi: bidi-override;\">ude [tod] nrat [ta] elav.adi</span>"
            "<p dir=\"rtl\" style=\"direction: rtl\">ude [tod] nrat</p></body></html>")
    profile = parse_html(SourceDoc(Path("index.html"), page), ImportOptions())
    assert profile.person.email == "ida.vale@tarn.edu"
    assert "ude [tod] nrat" in Page(page).root.text_content()
    assert "ida.vale [at] tarn [dot] edu" in Page(page).root.text_content()


def test_text_a_bdo_tag_shows_right_to_left_is_read_as_shown_and_a_right_to_left_script_as_written():
    # <bdo dir="rtl"> draws its text right to left as the style does; text in a right-to-left script (Hebrew,
    # Arabic) drawn so is read as it is written (before: the <bdo> was not turned; Hebrew under the style was
    # turned backwards)
    page = ("<html><body><h1>Ida Vale</h1><p>Mail: <bdo dir=\"rtl\">ude.nrat@elav.adi</bdo></p>"
            "<p><span style=\"direction: rtl; unicode-bidi: bidi-override\">\u05e9\u05dc\u05d5\u05dd</span></p>"
            "</body></html>")
    text = Page(page).root.text_content()
    assert "Mail: ida.vale@tarn.edu" in text and "\u05e9\u05dc\u05d5\u05dd" in text
