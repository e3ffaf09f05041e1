"""kg.importers.document: markdown rendered to HTML on the same lines as its source."""

from __future__ import annotations

import doctest

import lxml.html

from kg.importers import document
from kg.importers.document import blank_residue, render_markdown

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


def test_residue_is_blanked_and_reported():
    clean, ignored = blank_residue(PAGE)
    lines = clean.split("\n")
    assert ignored == [1, 2, 3, 4, 5, 9]  # front matter, a Liquid include, a kramdown attribute line
    assert lines[0] == lines[4] == lines[8] == ""
    assert lines[5] == "# Jane Roe"


def test_liquid_inside_text_keeps_the_text():
    clean, ignored = blank_residue("Paper at {{ site.url }}/x.pdf\n")
    assert clean == "Paper at /x.pdf\n" and ignored == []
