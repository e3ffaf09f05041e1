"""kg.importers.document: markdown rendered to HTML on the same lines as its source."""

from __future__ import annotations

import doctest
from pathlib import Path

import lxml.html
import pytest

from kg.errors import SourceError
from kg.importers import document
from kg.importers.base import SourceDoc
from kg.importers.document import blank_residue, front_matter_span, read_front_matter, render_markdown, toml_with_spans

from .sitefiles import imported_site

PAGE = """---
title: "About"
permalink: /
---
{% include base_path %}
# Jane Roe

Assistant Professor at <b>Example University</b>.
{: .notice}

| Title | Venue |
|-------|-------|
| A Study of Things | CVPR 2020 |
| Another Study | ICCV 2021 |

<div class="paper">
  <b>Raw HTML Paper</b><br>
  Jane Roe, John Doe
</div>

- **Listed Paper**, Jane Roe and
  John Doe. *NeurIPS*, 2019.

```
code line
```
"""


def _line_of(html: str, text: str) -> int:
    """The line of ``html`` whose element text holds ``text``, found through lxml's own source lines."""
    root = lxml.html.fromstring(f"<div>{html}</div>")
    for el in root.iter():
        if isinstance(el.tag, str) and (el.text or "").strip().startswith(text):
            return el.sourceline
    raise AssertionError(f"{text!r} not in the rendered page")


def test_doctests():
    assert doctest.testmod(document).failed == 0


def test_rendered_lines_are_source_lines():
    html, ignored = render_markdown(PAGE)
    src = PAGE.split("\n")
    assert html.count("\n") == PAGE.count("\n")
    rendered = html.split("\n")
    for text in ("Jane Roe", "A Study of Things", "Another Study", "Raw HTML Paper", "Listed Paper", "code line"):
        want = next(i for i, line in enumerate(src, start=1) if text in line)
        assert text in rendered[want - 1], text
        if text != "code line":  # <pre><code> opens on the fence line, its text starts below
            assert _line_of(html, text) == want, text
    # a soft line break inside a list item keeps the continuation on its own line
    assert "John Doe. <em>NeurIPS</em>" in html.split("\n")[src.index("  John Doe. *NeurIPS*, 2019.")]


def test_an_executable_code_cell_is_no_text_of_the_page():
    # R Markdown's "```{r setup, include=FALSE}" runs when the site is built: its code is no text (a plain code
    # sample stays one), and the lines after it keep their numbers
    page = "# News\n\n```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = TRUE)\n```\n- March 2024, a move.\n" \
           "\n```python\nprint(1)\n```\n"
    html, _ = render_markdown(page)
    assert "knitr" not in html and "print(1)" in html
    assert html.count("\n") == page.count("\n") and "March 2024" in html.split("\n")[5]


def test_the_code_cells_the_renderer_leaves_out_are_those_a_site_reader_sees():
    # one pattern for both: the site reader (markdown_site: a page computing what it shows is read from its render)
    # missed a "{sql}" or "{stan}" cell that render_markdown leaves out
    from kg.importers.document import has_code_cell

    for info in ("{r setup, include=FALSE}", "{python}", "{sql connection=db}", "{stan output.var='m'}", "{ojs}"):
        page = f"# Papers\n\n```{info}\nquery_of_the_cell\n```\n"
        assert has_code_cell(page) and "query_of_the_cell" not in render_markdown(page)[0], info
    for info in ("python", "{=html}", "{note}"):
        page = f"# Papers\n\n```{info}\nquery_of_the_cell\n```\n"
        assert not has_code_cell(page) and "query_of_the_cell" in render_markdown(page)[0], info


def test_residue_is_blanked_and_reported():
    clean, ignored = blank_residue(PAGE)
    lines = clean.split("\n")
    assert ignored == [1, 2, 3, 4, 5, 9]  # front matter, a Liquid include, a kramdown attribute line
    assert lines[0] == lines[4] == lines[8] == ""
    assert lines[5] == "# Jane Roe"


def test_liquid_inside_text_keeps_the_text():
    clean, ignored = blank_residue("Paper at {{ site.url }}/x.pdf\n")
    assert clean == "Paper at /x.pdf\n" and ignored == []


def test_a_markdown_loop_body_leaves_no_text_of_its_own():
    # a Liquid loop writing each record as markdown over several lines: what is left once the template's
    # expressions are gone ("*, &nbsp; in ,", "&nbsp; *", a link to "{{ f }}") is no text of the page
    page = ("{% for p in site.data.works %}\n{{ forloop.index }}. &nbsp;\n&nbsp; *\n{{ p.title }}\n*,\n"
            "{%- if p.venue -%} &nbsp; in {{ p.venue }},{%- endif -%}\n.\n&nbsp; [&#91; pdf &#93;]({{ f }})\n"
            "{% endfor %}\nAfter the loop.\n")
    clean, ignored = blank_residue(page)
    assert [line for line in clean.split("\n") if line.strip()] == ["After the loop."]


def test_a_loop_whose_variable_holds_a_hyphen_leaves_no_text_of_its_own():
    # Liquid names may hold a hyphen ("{% for news-item in ... %}"): the lines of its body are the template's
    page = ("{% for news-item in site.news-items %}\n* {{ news-item.title }}, in {{ news-item.paper }}\n"
            "{% endfor %}\nAfter the loop.\n")
    clean, ignored = blank_residue(page)
    assert [line for line in clean.split("\n") if line.strip()] == ["After the loop."]


def test_an_output_tag_written_over_two_lines_leaves_no_text():
    # "{{ p.date | date:" / '"%Y" }}': one output tag broken over two lines prints the record's value, no text
    clean, ignored = blank_residue('<li><b>{{ p.date | date:\n  "%Y" }}</b> Reports.</li>\n')
    assert clean == "<li><b>\n</b> Reports.</li>\n" and ignored == [2]


def test_a_loop_the_page_comments_out_keeps_the_comment_closed():
    # "<!-- {% for post in site.publications reversed %}" ... "{% endfor %} -->": the loop's closing line is inside
    # the loop, its template residue blanked; the comment's "-->" stays, or the rest of the page is one comment
    page = ("<!-- {% for post in site.publications reversed %}\n  {% include archive-single.html %}\n"
            "{% endfor %} -->\n\n## Book chapters\n\n* Roe, Ann, \"Tidal Pools,\" in _Coasts_, 2019.\n")
    clean, _ignored = blank_residue(page)
    lines = clean.split("\n")
    assert lines[0].strip() == "<!--" and lines[2].strip() == "-->"
    html, _lines = render_markdown(page)
    assert "Tidal Pools" in html.split("-->", 1)[1] and "<h2" in html
    # (a closing line with markup after the comment's end keeps both, in their order)
    clean, _ignored = blank_residue("<!-- {% for p in site.data.x %}\n{{ p.t }}\n{% endfor %} --></div>\nText.\n")
    assert clean.split("\n")[2] == "--></div>"


# --- front matter (moved here from test_sites with the reader) -----------------------------------------


def test_front_matter_spans():
    doc = SourceDoc(path=Path("x.md"), text="---\ntitle: A\nauthors:\n  - admin\n  - B C\n---\nBody\n")
    fm = read_front_matter(doc)
    assert fm.spans["title"] == (2, 2) and fm.spans["authors"] == (3, 5)
    assert fm.body_start == 7 and fm.data["authors"] == ["admin", "B C"]
    toml = SourceDoc(path=Path("y.md"), text='+++\ntitle = "A"\nauthors = [\n "x",\n]\n+++\n')
    fm = read_front_matter(toml)
    assert fm.spans == {"title": (2, 2), "authors": (3, 5)}


def test_toml_array_tables_span_all_their_lines():
    text = '+++\ntitle = "A"\n\n[[organizations]]\nname = "U"\n\n[[organizations]]\nname = "V"\n+++\n'
    fm = read_front_matter(SourceDoc(path=Path("z.md"), text=text))
    assert fm.spans["organizations"] == (4, 8)
    assert fm.data["organizations"] == [{"name": "U"}, {"name": "V"}]


def test_toml_keys_end_before_the_next_key_they_do_not_hold_and_items_before_the_next_table():
    # a top-level table runs to the next top-level key or table, a nested table's key to the next key; an item
    # ([[item]]) to the next table header, trailing blanks and comments left out (one scan, not one per key)
    text = ('title = "A"\n[params]\n  a = 1\n[params.social]\n  b = 2\n\n# note\n[[item]]\n  name = "U"\n'
            '  year = 1\n\n[[menu.main]]\n  name = "m"\n[[item]]\n  name = "V"\n# end\n')
    items: dict = {}
    data, spans = toml_with_spans(text, 10, "c.toml", items=items)
    assert data["item"] == [{"name": "U", "year": 1}, {"name": "V"}]
    assert spans["title"] == (11, 11) and spans["params"] == (12, 15) and spans["params.a"] == (13, 13)
    assert spans["params.social"] == (14, 14) and spans["params.social.b"] == (15, 15)
    assert spans["item"] == (18, 25) and spans["item.name"] == (19, 25)
    assert items == {"item.0": (18, 20), "item.0.name": (19, 19), "item.0.year": (20, 20),
                     "item.1": (24, 25), "item.1.name": (25, 25)}


def test_front_matter_spans_each_entry_of_a_block_list_and_the_keys_inside_it():
    # issue 7: a list's entries had no spans (a widget's reader scanned the lines for dashes, a landing page's
    # reader composed the YAML again): each entry runs to the line before the next, the last to the list's end
    doc = SourceDoc(Path("awards.md"), "---\nitem:\n  - title: Gold Quill\n    note: |\n      - not an entry\n"
                                        "  - title: Silver Reed\n\ntags: [a, b]\n---\n")
    fm = read_front_matter(doc)
    assert fm.spans["item"] == (2, 7) and "item.0" not in fm.spans  # (the keys' spans are as they were)
    assert {k: v for k, v in fm.items.items() if k.startswith("item.")} == {
        "item.0": (3, 5), "item.0.title": (3, 3), "item.0.note": (4, 5), "item.1": (6, 7), "item.1.title": (6, 6)}
    assert "tags.0" not in fm.items  # (a flow list's entries share its line)
    assert read_front_matter(SourceDoc(Path("a.md"), "+++\ntitle = 'x'\n+++\n")).items == {}


def test_yaml_front_matter_may_close_with_dots_and_rendering_blanks_the_same_lines():
    text = "---\nname: Jane Doe\n...\n# Jane Doe\n"
    fm = read_front_matter(SourceDoc(path=Path("a.md"), text=text))
    assert fm.data == {"name": "Jane Doe"} and fm.fence_lines == (1, 3) and fm.body_start == 4
    assert front_matter_span(text) == (1, 3)
    assert front_matter_span("+++\ntitle = 1\n...\n") is None  # TOML closes with +++ only


def test_front_matter_errors_name_their_line():
    with pytest.raises(SourceError) as err:
        read_front_matter(SourceDoc(path=Path("a.md"), text="---\ntitle: A\nname: [unclosed\n---\n"))
    assert err.value.line == 3 and "not valid YAML" in err.value.message
    with pytest.raises(SourceError) as err:
        read_front_matter(SourceDoc(path=Path("a.md"), text="\n---\ntitle: A\n"))
    assert err.value.line == 2 and "never closed" in err.value.message


def test_pandoc_fenced_div_fences_are_no_text():
    # Quarto's "::: {.card}" ... ":::" boxes: the fences are blanked and noted, the text inside stays on its lines
    text = "## News\n\n::: {.news-panel}\n::: {.eyebrow}\nSoftware\n:::\n\nA new release.\n:::\n"
    clean, ignored = blank_residue(text)
    assert ignored == [3, 4, 6, 9]
    assert clean.split("\n")[4] == "Software" and ":::" not in clean


def test_attributes_after_a_link_or_image_are_no_text():
    # Pandoc / attr_list: "[CV](cv.pdf){.btn .btn-lg}", "![me](me.jpg){ align=left }"
    clean, _ignored = blank_residue("[CV](cv.pdf){.btn .btn-lg} and ![me](me.jpg){ align=left width=\"90\" }\n")
    assert clean == "[CV](cv.pdf) and ![me](me.jpg)\n"


def test_a_pandoc_bracketed_span_is_the_span_pandoc_renders_with_its_class():
    # "[Title]{.paper-title}", links nested inside "[[PDF](a.pdf)[Slides](b.pdf)]{.paper-links}"; a link's own
    # attributes and an unopened "]{.x}" are not spans
    text = ("- [Tides of the Inner Sea]{.paper-title} (with Ivo Berg)\n"
            "  [*Ocean Letters*, 4 (2020)]{.paper-venue #v1 lang=en}\n"
            "  [[PDF](a.pdf)[Slides](b.pdf)]{.paper-links}\n\n"
            "[CV](cv.pdf){.btn} and a stray ]{.x}\n")
    clean, _ignored = blank_residue(text)
    lines = clean.split("\n")
    assert lines[0] == '- <span class="paper-title">Tides of the Inner Sea</span> (with Ivo Berg)'
    assert lines[1] == '  <span class="paper-venue">*Ocean Letters*, 4 (2020)</span>'
    assert lines[2] == '  <span class="paper-links">[PDF](a.pdf)[Slides](b.pdf)</span>'
    assert lines[4] == "[CV](cv.pdf) and a stray ]{.x}"
    html, _ignored = render_markdown(text)
    assert '<span class="paper-venue"><em>Ocean Letters</em>, 4 (2020)</span>' in html.split("\n")[1]
    assert '<a href="a.pdf">PDF</a><a href="b.pdf">Slides</a>' in html.split("\n")[2]


def test_a_bracketed_span_pandoc_wrapped_over_lines_of_its_list_item_is_one_span():
    # Pandoc's markdown writer wraps at 72 columns, so a long span opens on one line and closes lines below; it
    # stays within its own list item ("]{.x}" whose bracket opens in the item above is no span)
    text = ("-   Ruiz, P. (2019). [Currents of the Northern\n"
            "    Shelf]{.paper-title}. [ Sea\n"
            "    Notes]{.paper-journal}. 4, (1-9).\n"
            "-   Ruiz, P. [Tides\n"
            "-   and more]{.x} (2018).\n")
    clean, _ignored = blank_residue(text)
    lines = clean.split("\n")
    assert lines[:3] == ['-   Ruiz, P. (2019). <span class="paper-title">Currents of the Northern',
                         '    Shelf</span>. <span class="paper-journal"> Sea',
                         '    Notes</span>. 4, (1-9).']
    assert lines[3:5] == ["-   Ruiz, P. [Tides", "-   and more]{.x} (2018)."]


def test_a_wrapped_span_block_keeps_its_lines_and_stops_at_a_nested_item_a_fence_and_a_code_span():
    # attributes broken over lines ("{.title\n    .pub}") are no span's: the block keeps its line count, so a
    # div's closing ":::" below stays the div's; a nested item (Pandoc indents it by 4) starts its own block, and a
    # "[" in a code span opens no span
    html, _ignored = render_markdown("::: {.pubs}\n-   Ruiz, P. (2019). [Tides]{.title\n    .pub} and [Long Currents"
                                     " of the\n    Northern Shelf]{.title}. Ocean Notes.\n:::\n\nBio.\n")
    assert html.count("<!-- --></div>") == 1 and ":::" not in html
    clean, _ignored = blank_residue("-   2019\n    -   Ruiz, P. [in press\n    -   Ruiz, P. (2018). Tides]{.t}. N.\n")
    assert "<span" not in clean
    html, _ignored = render_markdown("To cite a span write `[A Long\nTitle]{.title}` in your source.\n")
    assert "<code>[A Long Title]{.title}</code>" in html



def test_an_unpaired_backtick_opens_no_code_span_before_a_bracketed_span():
    # "`Ten Small Errors'" quotes, it is no code span: the venue's span after it is a span (was stored as
    # "[The Harbour Review]{.venue}. 3")
    line = "-   Ruiz, P. (2018). [A reply to `Ten Small Errors']{.title}. [The Harbour Review]{.venue}. 3, (22-24)."
    assert document.bracketed_spans(line) == (
        "-   Ruiz, P. (2018). <span class=\"title\">A reply to `Ten Small Errors'</span>. "
        "<span class=\"venue\">The Harbour Review</span>. 3, (22-24).")
    assert document.bracketed_spans("write `[A Title]{.t}` and [B]{.v}") == 'write `[A Title]{.t}` and <span class="v">B</span>'

def test_pipe_rows_in_a_fence_are_its_code_not_a_table():
    html, _ignored = render_markdown("Output:\n\n```\n\n| n | mean\n| 10 | 2.5\n```\n")
    assert "table" not in html and "| 10 | 2.5" in html


def test_kramdown_rows_with_no_header_and_no_closing_pipe_are_a_table_on_their_lines():
    # kramdown reads "| 2010 | PhD, Geology | Univ" lines as a table without a "|---|" line, the closing pipe
    # optional; one line with a bar in it, or a Pandoc line block ("| Line one"), is no table
    text = ("Degrees\n\n| 2010 | PhD, Geology | Northshore University\n| 2006 | BSc, Physics | Lowmoor College |\n\n"
            "| Line one\n| Line two\n")
    html, _ignored = render_markdown(text)
    lines = html.split("\n")
    assert lines[2] == "<table><tr><td>2010</td><td>PhD, Geology</td><td>Northshore University</td></tr>"
    assert lines[3] == "<tr><td>2006</td><td>BSc, Physics</td><td>Lowmoor College</td></tr></table>"
    assert "<table>" not in "\n".join(lines[4:])


def test_a_pandoc_raw_html_block_is_html_on_its_lines_and_a_title_box_a_div_of_its_class():
    text = "Intro\n\n```{=html}\n<p class=\"role\">Curator</p>\n```\n\n::: {.section-title}\nAwards\n:::\n"
    html, _ignored = render_markdown(text)
    lines = html.split("\n")
    assert lines[3] == '<p class="role">Curator</p>'  # shown as HTML, not as a code sample, on its own line
    assert "<code" not in html
    assert lines[7] == '<div class="section-title">Awards</div>'


def test_a_kramdown_table_without_a_header_row_is_a_table_on_its_own_lines():
    """kramdown reads "|a|b|" lines with no "|---|" line as a table (CommonMark as a paragraph): each row is
    written on its own source line, its cells' markdown rendered."""
    text = ("## Papers\n\n|ABC'24|Lind, Kai; Roe, Ann. **Small steps**. *Journal of Steps*, May 2024.|\n"
            "|XYZ'21|Roe, Ann. **Big leaps**. *Leap Letters*, June 2021.|\n{: .kv }\n\nAfter.\n")
    html, _ignored = render_markdown(text)
    lines = html.split("\n")
    assert lines[2].startswith("<table><tr><td>ABC'24</td><td>Lind, Kai; Roe, Ann. <strong>Small steps</strong>.")
    assert lines[3].startswith("<tr><td>XYZ'21</td>") and lines[3].endswith("</tr></table>")
    assert "After." in lines[6]
    # a table with its separator line stays CommonMark's
    gfm, _ = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert "<thead>" in gfm


def test_jemdoc_italics_closed_after_a_space():
    # "/Venue 2026, *Oral* /": jemdoc closes the italics at the slash whatever space stands before it
    from kg.importers.document import jemdoc_to_markdown

    assert jemdoc_to_markdown("  /Optics Meeting 2026, *Oral* / \\n") == "  *Optics Meeting 2026, **Oral*** <br>"
    assert jemdoc_to_markdown("a / b / c and/or /x") == "a / b / c and/or /x"


def test_a_liquid_comment_block_is_blanked_whole_and_its_lines_ignored(tmp_path):
    # Jekyll never renders what "{% comment %} ... {% endcomment %}" holds (here a theme's leftover help text,
    # paragraphs of prose): none of it is page text, its lines are residue; the text after the block keeps its line
    page = ("---\nlayout: about\ntitle: news\n---\n\nWe count herons on the marsh.\n\n"
            "{% comment %}\nTell visitors who you are. Put your picture in the img folder.\n\n"
            "Add your social links below, or switch them off.\n{% endcomment %}\n\nJan 2024: a new grant.\n")
    clean, ignored = blank_residue(page)
    assert "picture" not in clean and "social" not in clean
    assert clean.split("\n")[13] == "Jan 2024: a new grant."
    assert ignored == [1, 2, 3, 4, 8, 9, 10, 11, 12]
    html, _ = render_markdown(page)
    assert "picture" not in html and "heron" in html


def test_a_paragraph_under_a_lone_line_break_tag_is_markdown(tmp_path):
    """An about page whose paragraph comes on the line under a lone "<br/>" (a blank line above the tag):
    kramdown (Jekyll) reads the tag as a line break and the paragraph as markdown, its links rendered, so the
    owner's position is read from it. Before, CommonMark's reading made the whole paragraph raw HTML: no job title."""
    p = imported_site(tmp_path, {"index.md": (
        "# Ivo Lema\n\n<br/>\nI am an assistant professor at [Ocean Science](https://tarn.example.org/ocean), "
        "Tarn University. I study tides.\n")})
    assert p.person.job_title == "assistant professor"
    assert any("Tarn University" in a.name for a in p.person.affiliations)


def test_a_legend_line_opening_with_its_star_is_no_list_bullet(tmp_path):
    """'* denotes co-first authors, # denotes co-supervised' on a line of its own: markdown would take the star for a
    bullet and the legend would lose its symbol, so the starred coauthors had no mark."""
    from kg.importers import import_path

    html, _ = render_markdown("* denotes joint first authors, # denotes co-advised\n\n* an item\n")
    assert "<p>* denotes joint first authors" in html
    assert "<li>an item</li>" in html
    page = tmp_path / "about.md"
    page.write_text("---\ntitle: Mira Quell\n---\n# Mira Quell\n\n# Papers\n"
                    "* denotes co-first authors, # denotes co-supervised\n\n"
                    "- [A Study of Quiet Lakes.]() Oren Pike*, **Mira Quell***, Tam Ode#. **ICLR, 2024**\n\n"
                    "- [Another Study of Rivers.]() **Mira Quell**, Oren Pike. **ACL, 2023**\n", encoding="utf-8")
    pubs = import_path(page).profile.publications
    marks = {a.name: a.marks for a in pubs[0].authors}
    assert marks == {"Oren Pike": ["equal_contribution"], "Mira Quell": ["equal_contribution"], "Tam Ode": ["mentee"]}


def test_one_heading_pattern_for_every_reader_of_a_pages_text():
    """document.HEADING_LINE and HEADING are the one markdown (and HTML) heading the site readers share: the closing
    marks go, a '#' inside the words stays ('Notes on C#', which the listings' own pattern cut to 'Notes on C'),
    and the first level-1 to 3 heading of a page is found though the page indents it."""
    from kg.importers.document import HEADING, HEADING_LINE, heading_text
    from kg.importers.site.listings import heading_before

    text = "intro\n## Notes on C#\n{% for x in site.data.a %}\n<h3 class='k'>Old <em>Talks</em></h3>\nrest"
    assert heading_before(text, text.index("{%")) == "Notes on C#"
    assert heading_before(text, len(text)) == "Old Talks"
    assert [" ".join(heading_text(m).split()) for m in HEADING.finditer(text)] == ["Notes on C#", "Old Talks"]
    assert [(len(m.group(1)), m.group(2)) for m in HEADING_LINE.finditer("  #### Deep\n  ## Jo Roe ##\n")] == \
        [(4, "Deep"), (2, "Jo Roe")]
    assert heading_text(HEADING.search("<H2>Pub<em>lications</em></H2>"), "") == "Publications"


def test_a_jemdoc_link_whose_address_opens_with_an_escaped_slash_links_the_address():
    from kg.importers.document import jemdoc_to_markdown

    # "[\/https://... label]": the slash escaped so that jemdoc reads no italics; the address is the link's
    text = "- *Tides in a bay* (2024)\\n\n  Ivo Lark, Ada Fenn \\[[\\/https://example.org/abs/1 paper]\\]\n" \
           "Others: [\\/https://example.org/me Profile], [\\/mailto:ivo@example.org mail]"
    md = jemdoc_to_markdown(text)
    assert "[paper](https://example.org/abs/1)" in md and "[Profile](https://example.org/me)" in md
    assert "[mail](mailto:ivo@example.org)" in md and "\\/" not in md


def test_a_kramdown_block_after_a_comment_is_rendered_the_comment_kept():
    from kg.importers.document import _render_inside_html

    # a hidden paper box (a comment) with a shown one on the lines after it; text after "-->" on its line leaves
    # the block as it was read
    shown = '<!-- <div markdown="1">**old**</div> -->\n<div markdown="1">\n**Water paths** in clay\n</div>'
    assert _render_inside_html(shown) == ('<!-- <div markdown="1">**old**</div> -->\n<div markdown="1">\n'
                                          "<strong>Water paths</strong> in clay<br>\n</div>")
    tail = '<!-- old --> tail\n<div markdown="1">\n**x**\n</div>'
    assert _render_inside_html(tail) == tail


def test_a_kramdown_blocks_lines_of_tags_only_break_no_line_of_the_paragraph():
    from kg.importers.document import _render_inside_html

    # a paper box's title in a styled span, its tags on lines of their own, the names on the line under it with no
    # blank line between: the lines of tags are no lines of the paragraph (no break after "<span ...>"), and the
    # break the title's line ends on goes after the elements close, between the title and the names
    box = ('<div markdown="1">\n<span class="t">\n  <a href="https://example.org/p">\n    Tides of the inner bay\n'
           '  </a>\n</span>\nAna Lee, **Wren Alcott**\n</div>')
    assert _render_inside_html(box).split("\n") == [
        '<div markdown="1">', '<p><span class="t">', '<a href="https://example.org/p">', "Tides of the inner bay",
        "</a>", "</span><br>", "Ana Lee, <strong>Wren Alcott</strong><br></p>", "</div>"]


def test_a_paragraph_right_under_a_lone_rule_is_markdown():
    """"<hr>" alone on its line with the next entry's "[Title](url) [Venue 2024]" on the line under it (no blank line
    between): kramdown (Jekyll) ends the rule where it stands and reads the line as markdown, its link rendered.
    Before, CommonMark's reading made the line raw HTML: its link was text and the entry no paper."""
    html, _ = render_markdown("Above.\n\n<hr>\n[A Study of Tides](https://example.org/tides) [Venue 2024]\n\nBelow.\n")
    lines = html.split("\n")
    assert '<a href="https://example.org/tides">A Study of Tides</a>' in lines[3]
    assert "<hr>" in lines[2]


def test_unclosed_dashes_over_markdown_are_a_rule_not_front_matter():
    # an include fragment opening with a horizontal rule above its year heading: no front matter, read whole
    fm = read_front_matter(SourceDoc(path=Path("part.md"), text="\n---\n## 1999\n\n- A paper on tides. DOI: [x](y)\n"))
    assert fm.data == {} and fm.body_start == 1
    fm = read_front_matter(SourceDoc(path=Path("part.md"), text="---\n- first item\n- second item\n"))
    assert fm.data == {} and fm.body_start == 1
    with pytest.raises(SourceError):  # a mapping key after the fence still opens a front matter left open
        read_front_matter(SourceDoc(path=Path("a.md"), text="---\nlayout: page\n\n# Hi\n"))


def test_a_liquid_capture_never_printed_is_no_text_but_a_printed_one_stays():
    # a year archive keeps "the year last written" in a captured variable it only compares: the quoted value is
    # no text of the page; a capture the page prints ("{{ note | markdownify }}") is its text
    page = ("---\ntitle: Updates\n---\n{% capture last_seen %}'Nothing'{% endcapture %}\n"
            "{% for item in site.posts %}\n{% if item.year != last_seen %}<h2>{{ item.year }}</h2>{% endif %}\n"
            "{% endfor %}\n{% capture note %}Office hours moved to Friday.{% endcapture %}\n{{ note | markdownify }}\n")
    clean, ignored = blank_residue(page)
    assert "Nothing" not in clean and 4 in ignored
    assert "Office hours moved to Friday." in clean


def test_a_footnote_reference_leaves_the_word_it_follows(tmp_path):
    # "a Lecturer[^a] at X" with "[^a]: ..." below: kramdown shows a raised number, so the job is "Lecturer", not
    # "Lecturer[^a]"; an undefined "[^b]" is the page's literal text and stays
    page = "I am a Lecturer[^a] at the University of Esk, see [^b].\n\n[^a]: A post of the British kind.\n"
    html, _ = render_markdown(page)
    assert "Lecturer at the University of Esk" in html and "[^b]" in html
    assert "A post of the British kind." in html
    from kg.importers import import_path
    about = tmp_path / "about.md"
    about.write_text("# Ann Roe\n\n" + page, encoding="utf-8")
    assert import_path(about).profile.person.job_title == "Lecturer"


def test_pandoc_fenced_divs_are_shown_as_divs_and_fences_inside_code_are_not():
    # "::: {.card}" ... ":::" is the <div> Pandoc writes, on a line of its own (a comment first, so the markdown
    # under it stays markdown); a fence written inside a code block opens and closes no box
    text = "## A\n\n::: {.card .wide}\n\n```\n::: {.x}\ncode\n:::\n```\n\nText\n:::\n"
    clean, ignored = blank_residue(text)
    lines = clean.split("\n")
    assert lines[2] == '<!-- --><div class="card wide">' and lines[11] == "<!-- --></div>"
    assert lines[5] == lines[7] == "" and ignored == [3, 6, 8, 12]


def test_a_kramdown_definition_list_of_papers_is_a_list_under_its_term_on_its_lines():
    """kramdown's "Year\\n:\\t* paper" definition list, further items indented under it: the term a paragraph, the
    items a list (CommonMark has no definition lists: it glues the first item to the term, the rest become code)."""
    text = ("2021\n:\t* Lind K., Roe A. [Small steps](a.pdf). *Journal of Steps*.\n\n"
            "\t* Roe A. [Big leaps](b.pdf). *Leap Letters*.\n\n2019\n:   * Kai L. [Old ways](c.pdf).\n\nAfter.\n")
    html, _ignored = render_markdown(text)
    lines = html.split("\n")
    assert lines[0] == "<p>2021</p>"
    assert "<li>" in lines[1] and '<a href="a.pdf">Small steps</a>' in lines[1]
    assert '<a href="b.pdf">Big leaps</a>' in lines[3] and "<code" not in html
    assert lines[5] == "<p>2019</p>" and '<a href="c.pdf">Old ways</a>' in lines[6]
    # a definition that is a line of text stands on its own line under its term, as does the term's next one
    courses = render_markdown("2017\n: Course one @ [Site](s)\n: Course two\n")[0]
    assert courses.startswith("<p>2017<br />\nCourse one @ <a href=\"s\">Site</a><br />\nCourse two</p>")
    # a ":" line under a heading or in running text after a blank line's gap of two is no definition
    assert "<p>: not a term</p>" in render_markdown("## Notes\n: not a term\n")[0].replace("\n", "")


def test_an_empty_badge_element_opening_a_line_leaves_the_rest_of_the_line_markdown():
    """"<div class='badge' data-doi=...></div> Lee A. [Title](url)": kramdown ends the HTML where the empty element
    closes; the entry's text after it is markdown (CommonMark would keep the whole paragraph raw)."""
    text = "- <div class='badge' data-doi=\"10.1/x\"></div> <span>Lee A.</span>, Roe B. [A title](t.pdf). *Venue*.\n"
    html, _ignored = render_markdown(text)
    assert "<div class='badge' data-doi=\"10.1/x\"></div>" in html
    assert '<a href="t.pdf">A title</a>' in html and "<em>Venue</em>" in html


def test_a_link_running_over_a_lines_end_is_markdowns_in_jemdoc_and_org_alike():
    # jemdoc and Org both read a paragraph as one text, so a link's label may run over a line's end: one reader,
    # document.links_over_lines, makes it markdown's link over those lines, each line where it was; one starting
    # another block (a blank line, an item) is no link's rest
    from kg.importers.document import jemdoc_to_markdown
    from kg.importers.site.pages import org_view

    assert jemdoc_to_markdown("- A. Lee, [https://x.org/a A title broken\nover two lines] 2020\n- [https://y.org B\n\n"
                              "- c]") == ("- A. Lee, [A title broken\nover two lines](https://x.org/a) 2020\n"
                                          "- [https://y.org B\n\n- c]")
    org = org_view(SourceDoc(Path("a.org"), "* Papers\n- [[https://x.org][A label\n  broken]] 2020")).text
    assert org == "## Papers\n- [A label\n  broken](https://x.org) 2020"


def test_a_metadata_header_of_key_value_lines_is_the_pages_front_matter():
    # Pelican's (and Python-Markdown's) "Title: Publications" / "Date: ..." lines over a blank line: the page's
    # metadata, not its text; a first line that names no page metadata ("Name: Ada") is text
    text = "Title: Publications\nDate: 2019-03-04\nTags: tides,\n    coasts\n\nI study tides.\n"
    fm = read_front_matter(SourceDoc(path=Path("a.md"), text=text))
    assert fm.data == {"title": "Publications", "date": "2019-03-04", "tags": "tides, coasts"}
    assert fm.spans["tags"] == (3, 4) and fm.body_start == 5 and fm.fence_lines == ()
    assert front_matter_span(text) == (1, 4)
    html, ignored = render_markdown(text)
    assert "Title" not in html and ignored == [1, 2, 3, 4]
    assert read_front_matter(SourceDoc(path=Path("a.md"), text="Name: Ada Roe\n\nI study tides.\n")).data == {}
    assert front_matter_span("Title: A Study of Tides\nwritten in 2019 by me\n") is None


def test_franklins_page_variables_are_the_pages_front_matter_and_no_text():
    # Franklin.jl opens a page with "@def title = ..." lines (under an HTML comment, maybe), and its config.md with a
    # "+++" block of TOML under one: the page's variables, not its text (they were read as unparsed lines)
    text = '<!-- what this page sets -->\n@def title = "Talks"\n@def tags = ["ice", "snow"]\n' \
           '@def date = Date(2021, 5, 1)\n\nI study sea ice.\n'
    fm = read_front_matter(SourceDoc(path=Path("talks.md"), text=text))
    assert fm.data == {"title": "Talks", "tags": ["ice", "snow"], "date": "Date(2021, 5, 1)"}
    assert fm.spans["title"] == (2, 2) and fm.body_start == 5
    assert front_matter_span(text) == (2, 4)
    html, ignored = render_markdown(text)
    assert "@def" not in html and "I study sea ice." in html and ignored == [2, 3, 4]
    config = '<!--\nthe site\'s variables\n-->\n+++\nauthor = "Ada Roe"\nmintoclevel = 2\n+++\n\n\\newcommand{\\R}{x}\n'
    fm = read_front_matter(SourceDoc(path=Path("config.md"), text=config))
    assert fm.data == {"author": "Ada Roe", "mintoclevel": 2} and fm.spans["author"] == (5, 5) and fm.body_start == 8
    # an "@def" line under text is the page's text; a "+++" block opening the page is Hugo's and Zola's, as before
    assert read_front_matter(SourceDoc(path=Path("a.md"), text='Hi\n@def title = "A"\n')).data == {}
    assert read_front_matter(SourceDoc(path=Path("a.md"), text='+++\ntitle = "A"\n+++\nHi\n')).fence_lines == (1, 3)


def test_franklins_bibliography_label_is_nothing_the_page_shows():
    # "\biblabel{key}{Roe et al. 2020}" anchors a reference for the page's citations: it was read as an author
    html, _ = render_markdown("* \\biblabel{roe20}{Roe, Holm 2020} **Roe** and **Holm**, [Sea ice](https://x.org/a)\n")
    assert "biblabel" not in html and "Roe, Holm 2020" not in html and "<strong>Roe</strong>" in html


def test_key_value_lines_with_a_key_no_page_metadata_has_are_the_pages_text(tmp_path):
    # "Title: Ada Roe" over "Email: ..." and "Phone: ...": a contact block, not Pelican's header (of which only title
    # and author are read): blanked as one, the e-mail was lost and nothing said so
    from kg.importers import import_path

    text = "Title: Ada Roe\nEmail: ada@tides.no\nPhone: +47 5555 0101\n\nI am a lecturer at Fjord University.\n"
    assert read_front_matter(SourceDoc(path=Path("a.md"), text=text)).data == {}
    assert front_matter_span(text) is None
    page = tmp_path / "index.md"
    page.write_text(f"{text}\n## Publications\n\n- Ada Roe, Per Holm. Tides in the fjord. Coastal Letters, 2021.\n")
    assert import_path(page).profile.person.email == "ada@tides.no"


def test_an_icons_short_code_is_no_word_of_the_text():
    # ":briefcase:" (an emoji) and ":fontawesome-brands-gitlab:" (MkDocs Material's icon) are drawn as pictures
    html, _ = render_markdown(":briefcase: At Fenwick Lab, room 4:12\n\n:fontawesome-brands-gitlab: ilorn on GitLab\n\n"
                              "Times 10:30:00 and `:keep:` stay\n")
    assert ":briefcase:" not in html and ":fontawesome-brands-gitlab:" not in html
    assert "At Fenwick Lab, room 4:12" in html and "10:30:00" in html and "ilorn on GitLab" in html
    assert "<code>:keep:</code>" in html


def test_bibtex_double_braces_and_an_output_tag_never_closed_are_the_pages_text():
    """Only "{{" then a variable and a filter's pipe (or the line's end) opens an output tag broken over lines, and
    only when it closes within three lines. Before: BibTeX's "title = {{Sand ripples in" blanked "slow rivers}},"
    (line 4 ignored), and "{{ page.title" never closed blanked every line under it, nothing reported."""
    bib = '<pre>\n@article{roe2020,\n  title = {{Sand ripples in\n  slow rivers}},\n  year = {2020}\n}\n</pre>\n'
    assert blank_residue(bib) == (bib, [])
    page = "{{ page.title\nSome text never closed\n\nMore text here.\n"
    assert blank_residue(page) == (page, [])
    assert blank_residue('<b>{{ paper.date | date:\n"%Y" }}</b>\nText\n') == ("<b>\n</b>\nText\n", [2])


def test_the_words_that_label_a_loops_values_are_no_text_of_the_page():
    # "DOI: <a href="{{ a.url }}">{{ a.doi }}</a>" in a loop over a data file: "DOI" labels each record's value (an
    # awards page read it as an award named "DOI"); the markup stays, the words go with the values
    page = ('{% for a in site.data.articles %}\n<li>\nDOI: <a href="{{ a.url }}" target="_blank">{{ a.doi }}</a>\n'
            '</li>\n{% endfor %}\nDOI: 10.1/x, written by hand.\n')
    clean, ignored = blank_residue(page)
    lines = clean.split("\n")
    assert lines[2] == '<a href="" target="_blank"></a>' and 3 in ignored
    assert lines[5] == "DOI: 10.1/x, written by hand."


def test_a_list_right_under_a_lone_html_heading_is_markdown(tmp_path):
    """A year heading written as HTML ('<h3 style="color:blue;">2024</h3>') with the year's numbered list on the lines
    right under it (no blank line between): kramdown (Jekyll) ends the heading where it closes and reads the list as
    markdown. Before, CommonMark's reading made the list the heading's raw HTML, its items ran into one paragraph:
    the first paper kept (with a later item's year), the others lost without a word."""
    html, _ = render_markdown('Above.\n\n<h3 style="color:blue;">2024</h3>\n1. **Ana Lee**, Bo Roe. First title. '
                              "*Journal of Tides*, 2024, 3: 1-9.\n2. Bo Roe, **Ana Lee**. Second title. "
                              "*Marine Letters*, 2023, 5: 10-19.\n\nBelow.\n")
    lines = html.split("\n")
    assert '<h3 style="color:blue;">2024</h3>' in lines[2]
    assert lines[3].startswith("<ol><li>") and "First title" in lines[3]
    assert lines[4].startswith("<li>") and "Second title" in lines[4]
    p = imported_site(tmp_path, {"_config.yml": 'title: "Ana Lee"\nauthor:\n  name: "Ana Lee"\n',
                                 "_pages/publications.md": (
        '---\ntitle: "Publications"\npermalink: /publications/\n---\n\n## Journal Articles\n'
        '<h3 style="color:blue;">2024</h3>\n'
        "1. **Ana Lee**, Bo Roe. Tidal mixing in shallow bays. *Journal of Tides*, 2024, 3: 1-9.\n"
        "2. Bo Roe, **Ana Lee**, Cy Dunn. Salt wedges of small estuaries. *Marine Letters*, 2024, 5: 10-19.\n"
        '<h3 style="color:blue;">2023</h3>\n'
        "1. **Ana Lee**. Sediment plumes after storms. *Coastal Notes*, 2023, 8: 20-29.\n")})
    assert [(w.title, w.year) for w in p.publications] == [
        ("Tidal mixing in shallow bays", 2024), ("Salt wedges of small estuaries", 2024),
        ("Sediment plumes after storms", 2023)]
    assert [a.name for a in p.publications[1].authors] == ["Bo Roe", "Ana Lee", "Cy Dunn"]


def test_a_lone_heading_over_a_list_inside_an_open_div_stays_raw_and_headings_in_a_row_end_the_block():
    """kramdown's reading of a heading element alone on its line: it ends its HTML block, so a second heading under
    it ('<h3>2024</h3>' then '<h4>Journals</h4>') ends it too and the list below both is markdown; but inside a
    container an earlier block left open ('<div class="pubs">', a blank line, then the heading over the list) the
    lines are raw HTML to kramdown up to its close, not a list."""
    html, _ = render_markdown("<h3>2024</h3>\n<h4>Journals</h4>\n1. Lee A. *Tides*, 2024.\n2. Roe B. *Bays*, 2023.\n")
    lines = html.split("\n")
    assert lines[:2] == ["<h3>2024</h3>", "<h4>Journals</h4>"]
    assert lines[2].startswith("<ol><li>Lee A. <em>Tides</em>") and lines[3].startswith("<li>Roe B.")
    html, _ = render_markdown('<div class="pubs">\n\n<h3>2024</h3>\n1. Lee A. *Tides*, 2024.\n</div>\n\nEnd.\n')
    lines = html.split("\n")
    assert lines[2:5] == ["<h3>2024</h3>", "1. Lee A. *Tides*, 2024.", "</div>"]
    assert "<p>End.</p>" in html


def test_a_jekyll_html_page_looping_over_data_files_gives_no_talk_or_role_of_its_template(tmp_path):
    """A home page written as Jekyll's HTML source (front matter; a Talks section and a Program Committee
    section each a Liquid loop over a data file, ``<li>{{ talk.title }}, {{ talk.venue }}.``, the slides link
    under an ``{% if %}``): the talks and roles are the data files' only, none made of the template's text, and
    the template's lines (front matter, tags, the loops' bodies) are not listed; the page's own words are read."""
    profile = imported_site(tmp_path, {
        "_config.yml": "url: https://ilse.example.org\nnavigation:\n  - text: Home\n    url: /\n",
        "_layouts/default.html": "<html><head><title>{{ page.title }}</title></head>\n"
                                 "<body>{{ content }}</body></html>\n",
        "_data/talks.yml": "- title: Melt under thin shelves\n  venue: Polar Days\n  date: 2024-06\n",
        "_data/service.yml": "- role: PC member\n  type: pc\n  venue: Ice Modelling Meeting\n  year: 2023\n",
        "index.html": "---\nlayout: default\ntitle: Ilse Marwood &middot; Home\n---\n<h2>Ilse Marwood</h2>\n"
                      "<p>I am a glaciologist at Hill University. I study glaciers and the rivers under them.</p>\n"
                      "<h3>Talks</h3>\n<ul>\n  {% for talk in site.data.talks %}\n"
                      "  <li>{{ talk.title }}, {{ talk.venue }}, {{ talk.date }}.\n    {% if talk.slides %}\n"
                      "      [<a href=\"slides/{{ talk.slides }}\">slides</a>]\n    {% endif %}\n  </li>\n"
                      "  {% endfor %}\n</ul>\n<h3>Service</h3>\n<h5>Program Committee</h5>\n<ul>\n"
                      "  {% assign pcs = site.data.service | where: \"type\", \"pc\" %}\n  <li>\n"
                      "    {% for item in pcs %}\n"
                      "      <a href=\"{{ item.link }}\">{{ item.venue }}</a> {{ item.year }}"
                      "{% if forloop.last %}{% else %},{% endif %}\n    {% endfor %}\n  </li>\n</ul>\n"})
    assert [t.title for t in profile.talks] == ["Melt under thin shelves"]
    assert [s.venues for s in profile.service] == [["Ice Modelling Meeting"]]
    assert not [u.text for u in profile.unparsed if u.file == "index.html" and ("{" in u.text or "---" in u.text)]


def test_a_jekyll_html_pages_links_the_sites_address_leads_are_under_its_url_and_baseurl(tmp_path):
    """A Jekyll HTML page of a project site (``baseurl: /glacier-lab``) linking its files as ``{{ site.baseurl
    }}/papers/x.pdf``, and its CV by an icon alone: each link is under the site's url and baseurl (before: the
    address taken out, the paper's link put under the host's root, where the site is not; the icon's line, left
    with no word, lost its link)."""
    profile = imported_site(tmp_path, {
        "_config.yml": "url: https://ilse.example.org\nbaseurl: /glacier-lab\nnavigation:\n  - text: Home\n"
                       "    url: /\n",
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
        "index.html": "---\nlayout: default\n---\n<h2>Ilse Marwood</h2>\n"
                      "<p>I am a glaciologist at Hill University.</p>\n"
                      "<a href=\"{{ site.url }}{{ site.baseurl }}/files/cv.pdf\"><i class=\"ai ai-cv\"></i></a>\n"
                      "<h3>Publications</h3>\n<ul>\n<li>I. Marwood and O. Lund. Melt paths under thin ice shelves."
                      " Journal of Glaciology, 2023. <a href=\"{{ site.baseurl }}/papers/melt.pdf\">[pdf]</a></li>\n"
                      "</ul>\n"})
    assert [p.links for p in profile.publications] == [{"pdf": "https://ilse.example.org/glacier-lab/papers/melt.pdf"}]
    assert profile.person.links.get("cv") == "https://ilse.example.org/glacier-lab/files/cv.pdf"


def test_a_jekyll_html_pages_liquid_comment_block_is_no_text_of_it(tmp_path):
    """A Jekyll HTML page that keeps an old list inside ``{% comment %} ... {% endcomment %}`` (the site never
    shows it): its award is none of the owner's, its lines not listed (before: read as the page's own list)."""
    profile = imported_site(tmp_path, {
        "_config.yml": "url: https://ilse.example.org\nnavigation:\n  - text: Home\n    url: /\n",
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
        "index.html": "---\nlayout: default\n---\n<h2>Ilse Marwood</h2>\n"
                      "<p>I am a glaciologist at Hill University.</p>\n{% comment %}\n<h3>Awards</h3>\n<ul>\n"
                      "<li>Best Poster Award, Polar Days, 2019</li>\n</ul>\n{% endcomment %}\n<h3>Awards</h3>\n"
                      "<ul>\n<li>Young Glaciologist Prize, 2023</li>\n</ul>\n"})
    assert [a.name for a in profile.awards] == ["Young Glaciologist Prize"]
    assert not [u for u in profile.unparsed if u.file == "index.html" and 6 <= u.line <= 11]


_PAPERS = """# Ann Lee

## Papers

- **A study of rivers**<br>
  Ann Lee, Bo Roe<br>
  *Journal of Water*, 2024 [[PDF]](https://example.org/a.pdf)

- **A study of lakes**<br>
  Cy Kim, **Ann Lee**<br>
  *Lake Letters*, 2023
"""


def test_the_block_rules_a_page_cannot_use_are_not_asked_at_its_lines(caplog):
    # a page of papers with no raw HTML line, quote, rule, underline, fence or table: markdown-it asks each block
    # rule it has at every block and every line of a paragraph (each logs "entering <rule>"); those that cannot
    # fire on the page are left out of its parser
    import logging

    with caplog.at_level(logging.DEBUG, logger="markdown_it"):
        render_markdown(_PAPERS)
    asked = {r.getMessage().split(":")[0].removeprefix("entering ") for r in caplog.records}
    assert "paragraph" in asked and "heading" in asked and "list" in asked
    assert not asked & {"lheading", "hr", "html_block", "blockquote", "fence", "table", "reference"}


@pytest.mark.parametrize("text, on", [
    ("A\n---\n", {"lheading", "hr"}), ("A\n===\n", {"lheading", "hr"}), ("- * * *\n", {"hr"}), ("___\n", {"hr"}),
    ("- > quoted\n", {"blockquote"}), ("1. <div>x</div>\n", {"html_block"}), ("  ## H\n", {"heading"}),
    ("a\r<div>\n", {"html_block"}), ("```\nx\n```\n", {"fence"}), ("~~~\nx\n", {"fence"}), ("a | b\n", {"table"}),
    ("[a]: /u\n", {"reference"}), ("a \\* b", {"escape"}), ("`x`", {"backticks"}), ("~~x~~", {"strikethrough"}),
    ("_x_", {"emphasis"}), ("![a](b)", {"image", "link"}), ("<http://a.b>", {"autolink", "html_inline"}),
    ("&amp;", {"entity"}),
])
def test_a_rule_stays_on_when_a_line_or_a_character_of_the_page_can_fire_it(text, on):
    assert not on & document._rules_off(text)


def test_the_tokens_without_the_rules_that_cannot_fire_are_those_of_the_whole_parser():
    # generated texts of markdown's marks, each missing some of them (so that rules are left out): every token the
    # same, with its lines
    import random

    full = document._md()
    pieces = ["\n", "\n\n", " ", "\t", "-", "*", "_", "=", "#", ">", "<", "<div>", "</div>", "<br>", "[", "]", "(", ")",
              "!", "`", "```", "~", "|", "&amp;", "\\", "1.", "2)", "word", "---", "===", "***", "[x]: /u", "**", "\r",
              "    code", "- item", "> quote", "# H", "| a | b |", "|---|---|", "![i](s.png)", "[l](u)"]
    rnd = random.Random(7)
    for _ in range(3000):
        pool = rnd.sample(pieces, rnd.randint(3, len(pieces)))
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 30)))
        off = document._rules_off(text)
        assert [t.as_dict() for t in document._md(off).parse(text, {})] == [t.as_dict() for t in full.parse(text, {})]


def test_the_parsers_kept_one_per_set_of_rules_are_bounded():
    # the sets of rules left out are subsets of 17 rules: a run over many pages may ask for hundreds (the generated
    # texts above ask for over a thousand), so the parsers kept are the last ones asked for, not all of them
    import itertools

    rules = sorted({"table", "link", "image", "entity", "hr", "fence", "emphasis", "heading", "escape", "reference"})
    limit = document._md.cache_info().maxsize
    assert limit is not None and limit >= 64
    for k in range(len(rules) + 1):
        for off in itertools.islice(itertools.combinations(rules, k), 60):
            document._md(frozenset(off))
    assert document._md.cache_info().currsize <= limit
    assert document._md().parse("# H\n\n*a*", {})[0].type == "heading_open"
