"""SourceDoc.read: encodings, what is not a regular file, control characters, line numbers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.importers.base import SourceDoc
from kg.importers.common import find_email, split_authors

PAGE = "<html><head>{meta}</head><body><h1>José Núñez – Café</h1>\n<p>Señor “quoted” €5</p></body></html>\n"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
])
def test_utf8_and_utf16_with_bom(tmp_path, encoding, prefix):
    text = PAGE.format(meta="")
    p = tmp_path / "page.html"
    p.write_bytes(prefix + text.encode(encoding))
    doc = SourceDoc.read(p)
    assert doc.text == text
    assert doc.lines[0].endswith("José Núñez – Café</h1>")


@pytest.mark.parametrize("meta", ['<meta charset="iso-8859-1">', "<meta charset=windows-1252>",
                                  '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'])
def test_latin1_and_cp1252_pages_declaring_their_charset(tmp_path, meta):
    text = PAGE.format(meta=meta)
    p = tmp_path / "page.html"
    p.write_bytes(text.encode("cp1252"))
    assert SourceDoc.read(p).text == text


@pytest.mark.parametrize("label,codec,text", [
    ("gb2312", "gbk", "李娜 – 论文"),  # (the en dash is GBK's, not GB2312's: a strict gb2312 read failed on it)
    ("euc-kr", "cp949", "김민수 똠방각하"),  # (똠 is in code page 949, not in EUC-KR)
    ("shift_jis", "cp932", "山田 太郎 ①"),  # (① is in code page 932, not in Shift_JIS)
])
def test_east_asian_charsets_are_read_as_a_browser_reads_their_labels(tmp_path, label, codec, text):
    # a page declaring the narrow charset holds characters of the code page browsers read it as (a Word or
    # FrontPage export): the page is read, not refused
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}"></head>' \
           f"<body><h1>{text}</h1></body></html>\n"
    p = tmp_path / "page.htm"
    p.write_bytes(page.encode(codec))
    with pytest.raises(UnicodeDecodeError):
        page.encode(codec).decode(label)
    assert SourceDoc.read(p).text == page


def test_undeclared_non_utf8_is_a_located_error(tmp_path):
    p = tmp_path / "page.md"
    p.write_bytes(b"# Title\n\nJos\xe9\n")
    with pytest.raises(SourceError, match=r"page.md:3: not UTF-8 text \(byte 12\)"):
        SourceDoc.read(p)


def test_devices_and_fifos_are_refused_without_reading(tmp_path):
    with pytest.raises(SourceError, match="/dev/zero: not a regular file"):
        SourceDoc.read(Path("/dev/zero"))
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="pipe.md: not a regular file"):
        SourceDoc.read(fifo)  # would block forever if opened for a blocking read


def test_oversized_page_is_refused(tmp_path, monkeypatch):
    import kg.importers.base as base

    monkeypatch.setattr(base, "MAX_BYTES", 1000)
    p = tmp_path / "big.md"
    p.write_text("# A\n" + "x" * 2000)
    with pytest.raises(SourceError, match="big.md: is 0.0 MiB; kg reads files of up to 0 MiB"):
        SourceDoc.read(p)


def test_control_characters_dropped_and_lines_end_at_newline_only(tmp_path):
    p = tmp_path / "page.md"
    p.write_text("# A\x01B\n\nTitle\u2028still line 3\x0c\u0085\nline 4\n", encoding="utf-8")
    doc = SourceDoc.read(p)
    assert doc.lines == ["# AB", "", "Title\u2028still line 3\u0085", "line 4"]
    assert doc.line_of(doc.text.index("line 4")) == 4


def test_email_and_et_al_on_long_words_are_still_found():
    # the bounded forms of these patterns (linear on a 5 MB line, see scripts/bench_hostile.py) keep their answers
    assert find_email("Contact: weiyichen at megvii dot com") == "weiyichen@megvii.com"
    assert find_email("x" * 100 + " mail: a.b+c@x-y.example.org.") == "a.b+c@x-y.example.org"
    assert find_email("a" * 100_000) is None
    r = split_authors("Ann Lee, Bo Chen,    et  al.")
    assert [a.name for a in r.authors] == ["Ann Lee", "Bo Chen"] and r.truncated


def test_front_matter_and_site_config_refuse_yaml_aliases_and_deep_nesting(tmp_path):
    """An alias bomb or a recursive alias in an imported page's front matter or a site's _config.yml is a
    located one-line error, not an expansion (the same rule as for profiles)."""
    from kg.errors import SourceError
    from kg.importers import import_path

    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b]\n"
    page = tmp_path / "about.md"
    page.write_text("---\npermalink: /\n" + bomb + "---\n\n# Jo Smith\n\n## Publications\n\n"
                    "- **Jo Smith**, Ann Lee. A paper about things. CVPR 2020.\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        import_path(page)
    assert str(err.value).startswith(f"{page}:3: YAML anchors and aliases")
    site = tmp_path / "site"
    (site / "_pages").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Jo\n" + bomb, encoding="utf-8")
    (site / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\n# Jo Smith\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        import_path(site)
    assert "_config.yml:2: YAML anchors and aliases" in str(err.value)


def test_a_site_config_naming_one_value_twice_by_an_alias_or_an_anchor_twice_is_read(tmp_path):
    """A Jekyll config that gives the owner's name once and reuses it (``name: &name ...`` then ``author:
    {name: *name}``), or defines one anchor twice (a description per language), is read as Jekyll reads it:
    the alias is that value, the later anchor holds; the site's owner comes from it instead of the import
    stopping."""
    from kg.importers import import_path

    site = tmp_path / "site"
    (site / "_pages").mkdir(parents=True)
    (site / "_config.yml").write_text(
        'title: "Pat Q. Rivera"\nname: &name "Pat Q. Rivera"\ndescription:\n  en: &about "A chemist"\n'
        '  fr: &about "Une chimiste"\nauthor:\n  name: *name\n  bio: *about\n', encoding="utf-8")
    (site / "_pages" / "about.md").write_text("---\npermalink: /\nauthor_profile: true\n---\n\n"
                                              "I study catalysts at a small college.\n", encoding="utf-8")
    assert import_path(site).profile.person.name == "Pat Q. Rivera"


def test_an_html_page_with_stray_windows_1252_bytes_is_read_as_a_browser_shows_it(tmp_path):
    """A UTF-8 page (declared) with a few bytes pasted from a Windows editor: those bytes are read as
    Windows-1252 and their lines reported, not the whole page refused (a markdown file stays an error)."""
    p = tmp_path / "papers.htm"
    p.write_bytes(b'<meta charset="utf-8"><p>N\xc3\xba\xc3\xb1ez</p>\n<p>pp. 1\x962, \x93quoted\x94</p>\n')
    doc = SourceDoc.read(p)
    assert doc.lines[1] == "<p>pp. 1\u20132, \u201cquoted\u201d</p>" and "Núñez" in doc.lines[0]
    assert [(u.line, u.section) for u in doc.unparsed() if u.section == "encoding"] == [(2, "encoding")]
    md = tmp_path / "page.md"
    md.write_bytes(b"# Title\n\npp. 1\x962\n")
    with pytest.raises(SourceError, match=r"page.md:3: not UTF-8 text"):
        SourceDoc.read(md)


def test_a_big_data_file_is_composed_by_libyaml_with_the_places_the_pure_python_reader_gives(monkeypatch):
    """A data file or front matter (a dashboard's JSON of megabytes, hundreds of pages' front matter) is composed by
    libyaml, not by PyYAML's pure-Python reader (ten times slower), and each node keeps the lines and columns the
    pure-Python reader gives it, a text with no final line break too; a tab after a line's text or a YAML error
    still goes to the pure-Python reader (it says where)."""
    import yaml

    from kg.importers import base
    from kg.importers.base import compose_yaml

    def places(node, out):
        out.append((type(node).__name__, node.value if isinstance(node, yaml.ScalarNode) else None,
                    node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column))
        kids = [x for kv in node.value for x in kv] if isinstance(node, yaml.MappingNode) else \
            node.value if isinstance(node, yaml.SequenceNode) else []
        for kid in kids:
            places(kid, out)
        return out

    texts = ["title: A paper\nauthors:\n  - Ada Lind\n  - Bo Chen", '{"items": [{"title": "A",\n "year": 2020}]}',
             "- a\n- b:\n    c: |\n      two\n      lines\n", "talks:\n  - x\n\n# the end"]
    pure = [places(base._first_node(base._yaml_loader(t)), []) for t in texts]
    with monkeypatch.context() as m:
        m.setattr(base, "_yaml_loader", lambda text: pytest.fail("read by the pure-Python loader"))
        assert [places(compose_yaml(t, "data.json"), []) for t in texts] == pure
    assert compose_yaml("a: x\t\nb: y\n", "f.yml").value[0][1].value == "x"
    with pytest.raises(yaml.YAMLError) as err:
        compose_yaml("a: 1\nb: c: d\ne: 2\n", "f.yml")
    assert (type(err.value.problem_mark), err.value.problem_mark.line) == (yaml.error.Mark, 1)


def test_a_config_with_a_question_mark_outside_its_flow_lists_is_composed_by_libyaml(monkeypatch):
    """A site's config whose "?" is in a block value (an address's query) and that has a "[a, b]" list elsewhere is
    libyaml's to compose, with the places the pure-Python reader gives; a "?" inside a flow list or mapping, where
    the two read it otherwise (the pure reader takes it for a key's mark), still goes to the pure-Python reader."""
    import yaml

    from kg.importers import base
    from kg.importers.base import compose_yaml

    def places(node):
        if isinstance(node, yaml.ScalarNode):
            return node.value, node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column
        kids = [x for kv in node.value for x in kv] if isinstance(node, yaml.MappingNode) else node.value
        return [places(k) for k in kids], node.start_mark.line, node.end_mark.line

    text = 'title: Tern Lab\nscholar: https://scholar.example.org/citations?user=abc\nexclude: [vendor, "b?"]\n'
    pure = places(base._first_node(base._yaml_loader(text)))
    with monkeypatch.context() as m:
        m.setattr(base, "_yaml_loader", lambda text: pytest.fail("read by the pure-Python loader"))
        assert places(compose_yaml(text, "_config.yml")) == pure
    asked, loader = [], base._yaml_loader
    with monkeypatch.context() as m:
        m.setattr(base, "_yaml_loader", lambda text: asked.append(text) or loader(text))
        for text in ("links: [ask?, b]\n", "labels: {state: Done?, name: done}\n"):
            with pytest.raises(yaml.YAMLError):  # (libyaml would read "ask?" and "Done?" as values)
                compose_yaml(text, "_config.yml")
    assert asked == ["links: [ask?, b]\n", "labels: {state: Done?, name: done}\n"]


@pytest.mark.parametrize("text", ["a: " + "[" * 100_000 + "]" * 100_000 + "\n", "- " * 5_000 + "x\n",
                                  "a:\n" + "".join(" " * (2 * i) + f"k{i}:\n" for i in range(1, 200))])
def test_a_text_nested_deeper_than_libyaml_is_trusted_with_is_refused_by_the_pure_python_reader(monkeypatch, text):
    # libyaml recurses in C: an older release (0.2.5) crashes the process on a text nested a hundred thousand deep
    # (review of this stop); such a text goes to the pure-Python reader, which refuses it with its place
    import yaml

    from kg.importers.base import compose_yaml

    monkeypatch.setattr(yaml, "CSafeLoader", lambda text: pytest.fail("given to libyaml"))
    with pytest.raises(SourceError, match="nested deeper than"):
        compose_yaml(text, "f.yml")


def test_a_data_file_is_composed_once_an_import_and_again_by_the_next_import(tmp_path, monkeypatch):
    """A site's data file read by several readers is composed once an import (its tree kept in READ_ONCE, shared by
    that import's readers); the next import composes its own, so a tree one import changed never reaches another,
    and nothing is kept after an import. Outside an import, and for a page's front matter (first_line past 1, kept
    as data by read_front_matter), each call composes."""
    import yaml

    from kg.importers import base
    from kg.importers.base import READ_ONCE, compose_yaml

    composed = []
    real = base._compose_checked
    monkeypatch.setattr(base, "_compose_checked", lambda text, *a: composed.append(text) or real(text, *a))
    text = "- title: Tides at dusk\n  year: 2021\n- title: Salt and sand\n  year: 2019\n"
    token = READ_ONCE.set({})
    try:
        first = compose_yaml(text, "_data/pubs.yml")
        assert compose_yaml(text, "_data/pubs.yml") is first and len(composed) == 1
        assert compose_yaml(text, "_data/other.yml") is not first and len(composed) == 2  # (its name is in the key)
        assert compose_yaml(text, "page.md", 2) is not compose_yaml(text, "page.md", 2) and len(composed) == 4
        first.value.pop()  # (a reader that changed the tree it was given)
    finally:
        READ_ONCE.reset(token)
    token = READ_ONCE.set({})
    try:
        again = compose_yaml(text, "_data/pubs.yml")
    finally:
        READ_ONCE.reset(token)
    assert again is not first and len(composed) == 5
    assert base.construct_yaml(again) == [{"title": "Tides at dusk", "year": 2021}, {"title": "Salt and sand", "year": 2019}]
    assert compose_yaml(text, "_data/pubs.yml") is not compose_yaml(text, "_data/pubs.yml") and len(composed) == 7
    assert isinstance(again, yaml.SequenceNode)
