"""The kg command through click's CliRunner: exit codes and exact messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

from .conftest import BAD, GOOD


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


def test_help_lists_every_command(run):
    r = run("--help")
    assert r.exit_code == 0
    for cmd in ("import", "build", "validate", "export", "embed", "query", "queries", "schema"):
        assert f"  {cmd} " in r.output


def test_validate_good_data_exits_0(run):
    r = run("validate", GOOD)
    assert r.exit_code == 0
    assert "Warning" in r.stdout and "Violation" not in r.stdout


def test_validate_broken_publication_exits_1_naming_file_and_line(run):
    r = run("validate", BAD / "broken-publication.yaml")
    assert r.exit_code == 1
    first = r.stdout.splitlines()[0]
    assert first.startswith(f"{BAD / 'broken-publication.yaml'}:7  Violation  -  publications[1].year  ")
    assert "Traceback" not in r.output


def test_validate_missing_path_exits_2(run):
    r = run("validate", "no/such/dir")
    assert r.exit_code == 2
    assert r.stderr == "Error: no/such/dir: no such file or folder\n"


def test_validate_strict_and_json(run):
    assert run("validate", "--strict", GOOD).exit_code == 1
    r = run("validate", "--format", "json", GOOD)
    data = json.loads(r.stdout)
    assert r.exit_code == 0 and data["conforms"] is True and data["warnings"] == len(data["results"])
    assert set(data["results"][0]) == {"location", "severity", "focus", "path", "message"}


def test_build_writes_outputs_and_reports_the_merge(run, tmp_path):
    out = tmp_path / "out"
    r = run("build", GOOD, "-o", out, "--quiet")
    assert r.exit_code == 0, r.output
    assert (out / "graph.ttl").exists() and (out / "embed" / "ada-lovelace.html").exists()
    assert "merge: 2 sources -> 5 people, 3 works; 2 people and 1 works joined across pages" in r.stderr
    report = json.loads((out / "merge-report.json").read_text())
    assert report["works_merged"][0]["titles"] == ["Notes on the Analytical Engine",
                                                   "Notes on the Analytical Engine."]


def test_build_refuses_nonconforming_data(run, tmp_path):
    r = run("build", BAD, "-o", tmp_path / "out")
    assert r.exit_code == 1
    assert r.stderr.startswith(f"Error: {BAD / 'broken-publication.yaml'}:7: publications[1].year: ")
    assert not (tmp_path / "out").exists()


def test_export_formats_and_person(run):
    r = run("export", "--data", GOOD, "--format", "nt")
    assert r.exit_code == 0 and r.stdout.count(" .\n") > 100
    r = run("export", "--data", GOOD, "--person", "nobody")
    assert r.exit_code == 2 and r.stderr.startswith("Error: no person 'nobody' in the data")


def test_embed_prints_one_script_element(run):
    r = run("embed", "ada-lovelace", "--data", GOOD)
    assert r.exit_code == 0
    assert r.stdout.startswith('<script type="application/ld+json">\n') and r.stdout.count("</script>") == 1


def test_commands_read_data_by_default(run, good_dir, monkeypatch):
    monkeypatch.chdir(good_dir.parent)
    r = run("embed", "charles-babbage")
    assert r.exit_code == 0 and '"name": "Charles Babbage"' in r.stdout


def test_schema_prints_the_json_schema(run):
    r = run("schema")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["title"] == "Profile"


def test_bad_usage_exits_2(run):
    assert run("export", "--format", "pdf").exit_code == 2
    assert run("nonsense").exit_code == 2
    r = run("query")
    assert r.exit_code == 2 and "give exactly one of" in r.output


# --- kg import ------------------------------------------------------------------------------

from .conftest import SEEDS  # noqa: E402


def test_import_to_json_prints_only_the_profile_on_stdout(run):
    r = run("import", SEEDS / "yunhe-wang.markdown-table.md", "--to", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["person"]["name"] == "Yunhe Wang" and len(data["publications"]) == 23
    assert r.stderr.startswith("format: markdown; owner: Yunhe Wang; publications 23, news 0, awards 0, "
                               "students 0, service 0; unparsed lines: 0")


def test_import_into_a_folder_never_overwrites_silently(run, tmp_path):
    seed = SEEDS / "peisong-wang.html-table.md"
    r = run("import", seed, "-o", tmp_path)
    assert r.exit_code == 0 and r.stderr.startswith(f"wrote {tmp_path / 'peisong-wang.yaml'}\n")
    before = (tmp_path / "peisong-wang.yaml").read_text()
    r = run("import", seed, "-o", tmp_path)
    assert r.exit_code == 2
    assert r.stderr == (f"Error: {tmp_path / 'peisong-wang.yaml'}: already holds peisong-wang.html-table.md; "
                        "use --force to replace it\n")
    assert (tmp_path / "peisong-wang.yaml").read_text() == before
    r = run("import", seed, "-o", tmp_path, "--force")
    assert r.exit_code == 0 and f"replaced {tmp_path / 'peisong-wang.yaml'} (--force)" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["peisong-wang.yaml"]


def test_import_strict_and_verbose(run, tmp_path):
    page = tmp_path / "jo.md"
    page.write_text("# Jo Smith\n\nProfessor at Example University.\n\n## News\n\n## Publications\n\n"
                    "- **Jo Smith**, Ann Lee. A paper about things. CVPR 2020.\n")
    r = run("import", page, "--to", "json", "--strict")
    assert r.exit_code == 1 and "empty section(s): news" in r.stderr
    r = run("import", SEEDS / "yichen-wei.github-pages.md", "--to", "json", "--verbose")
    assert r.exit_code == 0 and "  unparsed line " in r.stderr


@pytest.mark.parametrize("content,message", [
    (b"\x89PNG\x00\x00\x00binary", "not a text file (binary content)"),
    (b"", "file is empty"),
    (b"---\ntitle: [unclosed\n---\n# Hi\n", "front matter is not valid YAML"),
    (b"just some words\nand more\n", "no recognizable profile"),
])
def test_import_bad_input_is_one_line_exit_2_and_writes_nothing(run, tmp_path, content, message):
    page = tmp_path / "page.md"
    page.write_bytes(content)
    out = tmp_path / "out"
    r = run("import", page, "-o", out)
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith(f"Error: {page}") and message in r.stderr
    assert not out.exists()


def test_import_missing_path_and_bad_format(run):
    r = run("import", "no/such.md")
    assert r.exit_code == 2 and r.stderr == "Error: no/such.md: no such file or folder\n"
    assert run("import", SEEDS / "yichen-wei.github-pages.md", "--format", "docx").exit_code == 2


def test_several_paths_are_one_researchers_sources(run):
    r = run("import", SEEDS / "anbang-yao.academicpages.md", SEEDS / "anbang-yao.aggregator.txt", "--to", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["person"]["name"] == "Anbang Yao" and len(data["publications"]) == 64
    assert [p["file"] for p in data["source"]["parts"]] == ["anbang-yao.academicpages.md", "anbang-yao.aggregator.txt"]


def test_build_honours_pinned_decisions(run, good_dir, tmp_path):
    r = run("build", good_dir, "-o", tmp_path / "a", "--quiet")
    assert "-> 5 people, 3 works" in r.stderr
    (good_dir / "decisions.yaml").write_text('different:\n  - ["Ada Lovelace", "A. Lovelace"]\n')
    r = run("build", good_dir, "-o", tmp_path / "b", "--quiet")
    assert r.exit_code == 0 and "-> 6 people, 3 works" in r.stderr
    (good_dir / "decisions.yaml").write_text('same:\n  - ["Ada Lovelace", "Ada Lovelase"]\n')
    r = run("build", good_dir, "-o", tmp_path / "d", "--quiet")
    assert "decisions.yaml: 'Ada Lovelase' names no person or work; that decision was not applied" in r.stderr
    (good_dir / "decisions.yaml").write_text("same: [oops]\n")
    r = run("build", good_dir, "-o", tmp_path / "c")
    assert r.exit_code == 2 and "each 'same' entry must be a pair of strings" in r.stderr


def test_build_and_validate_accept_data_option(run, tmp_path):
    r = run("build", "--data", GOOD, "-o", tmp_path / "o", "--quiet")
    assert r.exit_code == 0 and (tmp_path / "o" / "graph.ttl").exists()
    assert run("build", GOOD, "--data", GOOD, "-o", tmp_path / "p").exit_code == 2
    r = run("validate", "--data", GOOD)
    assert r.exit_code == 0 and "2 file(s)" in r.stderr


def test_validate_of_a_build_folder_checks_its_merged_graph(run, tmp_path):
    """`kg validate build` after `kg build -o build`: the build's graph.ttl is validated (its triples counted, its
    results located in it), not each of its files refused as "not a profile file"."""
    assert run("build", GOOD, "-o", tmp_path / "o", "--quiet").exit_code == 0
    r = run("validate", tmp_path / "o")
    assert r.exit_code == 0, r.output
    assert "not a profile file" not in r.output and "1 file(s)" in r.stderr
    assert f"{tmp_path / 'o' / 'graph.ttl'}  Warning  " in r.stdout
    assert r.stderr == run("validate", tmp_path / "o" / "graph.ttl").stderr
    # a build folder whose graph was edited into one that does not conform: exit 1, the violation located there
    bad = sorted((Path(__file__).parent / "shapes" / "invalid").glob("*.ttl"))[0]
    (tmp_path / "o" / "graph.ttl").write_bytes(bad.read_bytes())
    r = run("validate", tmp_path / "o")
    assert r.exit_code == 1 and f"{tmp_path / 'o' / 'graph.ttl'}  Violation  " in r.stdout


def test_import_of_several_people_gives_one_profile_each(run, tmp_path):
    """Four seed pages of four researchers (one with two sources) become four profiles, not one person with
    every paper; stdout can hold one profile only, so --to names the pages and their owners and stops."""
    seeds = [SEEDS / n for n in ("anbang-yao.academicpages.md", "peisong-wang.html-table.md",
                                 "anbang-yao.aggregator.txt", "yichen-wei.github-pages.md",
                                 "yunhe-wang.markdown-table.md")]
    r = run("import", *seeds, "-o", tmp_path)
    assert r.exit_code == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "anbang-yao.yaml", "peisong-wang.yaml", "yichen-wei.yaml", "yunhe-wang.yaml"]
    from kg.profiles import load_profile

    anbang = load_profile(tmp_path / "anbang-yao.yaml").profile
    assert anbang.source.format == "academicpages+aggregator" and len(anbang.publications) == 64
    assert len(load_profile(tmp_path / "peisong-wang.yaml").profile.publications) == 10
    r = run("import", *seeds[:2], "--to", "json")
    assert r.exit_code == 2 and r.stdout == ""
    assert ("these sources are of different people: anbang-yao.academicpages.md (Anbang Yao); "
            "peisong-wang.html-table.md (Peisong Wang)") in r.stderr


def test_import_base_url_makes_relative_links_absolute(run, tmp_path):
    """A site that does not say where it lives: --base-url resolves its relative links (without it they are
    left out); a base that is not an http(s) URL is a usage error."""
    site = tmp_path / "site"
    (site / "_pages").mkdir(parents=True)
    (site / "_config.yml").write_text('title: "Rosa Quint"\nauthor:\n  name: "Rosa Quint"\n', encoding="utf-8")
    (site / "_pages" / "about.md").write_text(
        "---\npermalink: /\n---\n\n## Publications\n\n"
        "- **Seeds on the move**<br>Rosa Quint, Ann Lee<br>*Ecology*, 2021. [pdf](/files/seeds.pdf)\n", encoding="utf-8")
    r = run("import", site, "--to", "json", "--base-url", "https://rquint.github.io/")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["publications"][0]["links"] == {"pdf": "https://rquint.github.io/files/seeds.pdf"}
    r = run("import", site, "--to", "json")
    assert json.loads(r.stdout)["publications"][0]["links"] == {}
    r = run("import", site, "--to", "json", "--base-url", "javascript:alert(1)")
    assert (r.exit_code, r.stderr) == (2, "Error: --base-url 'javascript:alert(1)' must be an absolute http(s) IRI "
                                          "such as https://me.github.io/\n")


NOT_HTTP_IRIS = ["javascript:alert(1)/", "example.org/kg/", "https:///x/", "http://a b/", "https://h:99999/",
                 "ftp://h.example/", "https://h.example/?q=1", "https://h.example/<x>", "http://[::1/"]


@pytest.mark.parametrize("bad", NOT_HTTP_IRIS)
def test_base_and_base_url_follow_one_rule(run, tmp_path, bad):
    """--base (kg build) and --base-url (kg import) are both checked by kg.identity.check_http_iri: what one
    refuses the other refuses, each message naming its option."""
    page = tmp_path / "page.md"
    page.write_text("# Rosa Quint\n\nProfessor.\n", encoding="utf-8")
    r = run("import", page, "--to", "json", "--base-url", bad)
    assert (r.exit_code, r.stderr) == (2, f"Error: --base-url {bad!r} must be an absolute http(s) IRI such as "
                                          "https://me.github.io/\n")
    r = run("build", GOOD, "-o", tmp_path / "b", "--base", bad)
    assert (r.exit_code, r.stderr) == (2, f"Error: base IRI (from --base or KG_BASE) {bad!r} must be an absolute "
                                          "http(s) IRI such as https://example.org/kg/\n")
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("good", ["https://me.github.io/", "http://h.example:8080/a/b", "https://w3id.org/lab#"])
def test_http_iris_both_options_accept(good):
    from kg.identity import check_base, check_http_iri

    assert check_http_iri(good, "--base-url", "x") == good
    assert check_base(good) == (good if good.endswith(("/", "#")) else good + "/")


@pytest.mark.parametrize("name,text", [
    ("page.md", "# Rosa Quint\n\n## Publications\n\n- **Rosa Quint**, Ann Lee. Seeds on the move. *Ecology*, 2021. "
                "[pdf](files/seeds.pdf)\n"),
    ("page.html", "<html><body><h1>Rosa Quint</h1><h2>Publications</h2><ul><li><b>Rosa Quint</b>, Ann Lee. "
                  "Seeds on the move. <i>Ecology</i>, 2021. <a href='files/seeds.pdf'>pdf</a></li></ul></body></html>"),
])
def test_import_base_url_for_single_pages(run, tmp_path, name, text):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    r = run("import", page, "--to", "json", "--base-url", "https://rquint.github.io/")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["publications"][0]["links"]["pdf"] == "https://rquint.github.io/files/seeds.pdf"


def test_import_verbose_tells_relative_links_apart(run, tmp_path):
    # a preprint line whose links are relative, on a page that names no address of its own: without --base-url
    # kg cannot place the links, so the lines are listed as "relative link" (read once a base is given), and the
    # summary counts the links and names the option
    page = tmp_path / "ann.html"
    page.write_text('<html><head><title>Ann Lee</title></head><body>\n<h1>Ann Lee</h1>\n'
                    '<p>Professor of Topology at Example University.</p>\n<h2>Papers</h2>\n<hr>\n'
                    '<h4>"Spaces of points and their frames"</h4>\n<p>\nAnn Lee and Bo Chen. Journal of Examples 12 '
                    '(2019), 1-20.\n</p>\n<p>\nPreprint version: <a href="frames.ps">ps</a>,\n'
                    '<a href="frames.pdf">pdf</a></p>\n<hr>\n<h4>"Locales without points"</h4>\n<p>\n'
                    'Ann Lee. Journal of Examples 9 (2015), 3-9.\n</p>\n</body></html>\n')
    r = run("import", page, "--to", "json", "--verbose")
    assert r.exit_code == 0
    assert "unparsed lines: 2; relative links not placed: 2 (give --base-url" in r.stderr
    assert "  relative link line 11 [publications]: Preprint version:" in r.stderr
    assert "  relative link line 12 [publications]: " in r.stderr and "  unparsed line" not in r.stderr
    r = run("import", page, "--to", "json", "--verbose", "--base-url", "https://ann.example.org/")
    assert r.exit_code == 0 and "unparsed lines: 0\n" in r.stderr and "relative link" not in r.stderr
    assert '"https://ann.example.org/frames.pdf"' in r.stdout


def test_import_verbose_lists_each_unplaced_link_of_a_read_line_once(run, tmp_path):
    # a site that names no address: the works kg reads keep their relative pdf links out of the output, and
    # --verbose lists each such link once, at the first line that writes it; a link on a line the listing shows
    # already (a menu's) is not listed again, and two links of one line are one listed line
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        "<!DOCTYPE html><html><head><title>Ida Moss</title></head><body>\n<h1>Ida Moss</h1>\n<p>I am a professor of "
        "botany at Fen University.</p>\n<p><a href=\"pubs.html\">Publications</a></p>\n</body></html>\n")
    (site / "pubs.html").write_text(
        "<!DOCTYPE html><html><head><title>Ida Moss - Publications</title></head><body>\n<h1>Publications</h1>\n"
        "<ol>\n<li>I. Moss and K. Vale. Mosses of the fen. Journal of Bryology 4, 2019. "
        "<a href=\"papers/fen.pdf\">pdf</a> <a href=\"papers/fen-data.zip\">data</a></li>\n"
        "<li>K. Vale and I. Moss. Peat in winter. Peat Letters 2, 2017. <a href=\"papers/peat.pdf\">pdf</a></li>\n"
        "<li>I. Moss. Old fen. Peat Letters 1, 2016. <a href=\"old/papers/fen.pdf\">pdf</a></li>\n"
        "</ol>\n</body></html>\n")
    r = run("import", site, "--to", "json", "--verbose")
    assert r.exit_code == 0, r.stderr
    assert "relative links not placed: " in r.stderr and "publications 3" in r.stderr
    lines = [x for x in r.stderr.splitlines() if "[not placed]" in x]
    assert "  relative link pubs.html:4 [not placed]: papers/fen-data.zip, papers/fen.pdf" in lines
    assert "  relative link pubs.html:5 [not placed]: papers/peat.pdf" in lines
    assert "  relative link pubs.html:6 [not placed]: old/papers/fen.pdf" in lines
    assert len(lines) == 3  # 5 links counted: the menu's "pubs.html" is on the listed line index.html:4
    assert '  unparsed index.html:4: <p><a href="pubs.html">Publications</a></p>' in r.stderr
    r = run("import", site, "--to", "json", "--verbose", "--base-url", "https://moss.example.org/")
    assert r.exit_code == 0 and "[not placed]" not in r.stderr and "fen-data.zip" in r.stdout


def test_import_with_a_base_url_does_not_ask_for_one(run, tmp_path):
    # a site whose CV page (read apart, its links left as written) holds relative links: with --base-url given the
    # summary must not tell the user to give --base-url
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        "<!DOCTYPE html><html><head><title>Ana Ruiz</title></head><body>\n<h1>Ana Ruiz</h1><p>I am a professor of "
        "geology at Tarn University.</p>\n<p><a href=\"cv.html\">CV</a> <a href=\"pubs.html\">Publications</a></p>\n"
        "</body></html>\n")
    (site / "cv.html").write_text(
        "<!DOCTYPE html><html><head><title>Ana Ruiz - CV</title></head><body>\n<h1>Curriculum Vitae</h1>"
        "<p><a href=\"files/cv.pdf\">PDF version</a></p>\n<h2>Education</h2><ul><li>Ph.D. in Geology, Tarn "
        "University, 2010</li></ul>\n<h2>Publications</h2><ol><li>A. Ruiz and B. Lee. Sand flows. Journal of Sand 3, "
        "2019. <a href=\"papers/sand.pdf\">pdf</a></li></ol>\n</body></html>\n")
    (site / "pubs.html").write_text(
        "<!DOCTYPE html><html><head><title>Ana Ruiz - Publications</title></head><body>\n<h1>Publications</h1><ol>"
        "<li>A. Ruiz and B. Lee. Sand flows. Journal of Sand 3, 2019. <a href=\"papers/sand.pdf\">pdf</a></li>\n"
        "<li>B. Lee and A. Ruiz. Wet dunes. Coastal Letters 4, 2018.</li></ol>\n</body></html>\n")
    r = run("import", site, "--to", "json", "--base-url", "https://ana.example.org/")
    assert r.exit_code == 0, r.stderr
    assert "publications 2" in r.stderr and "--base-url" not in r.stderr


def test_import_time_comes_from_source_date_epoch_so_two_imports_are_the_same_bytes(run, monkeypatch):
    seed = SEEDS / "peisong-wang.html-table.md"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = run("import", seed, "--to", "json")
    assert first.exit_code == 0
    assert json.loads(first.stdout)["source"]["imported_at"] == "2023-11-14T22:13:20Z"
    assert run("import", seed, "--to", "json").stdout == first.stdout
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    r = run("import", seed, "--to", "json")
    assert r.exit_code == 2
    assert r.stderr.endswith("Error: SOURCE_DATE_EPOCH='yesterday': not a number of seconds since 1970-01-01\n")


@pytest.mark.parametrize("epoch", ["-5", "1_700_000_000", "١٧٠٠٠٠٠٠٠٠"])
def test_source_date_epoch_is_ascii_digits_only(run, monkeypatch, epoch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    r = run("import", SEEDS / "peisong-wang.html-table.md", "--to", "json")
    assert r.exit_code == 2 and "SOURCE_DATE_EPOCH=" in r.stderr and "not a number of seconds" in r.stderr


def test_a_readers_bug_names_the_page_in_one_line_and_exits_2(tmp_path, monkeypatch):
    # a reader raising what no reader should (a real site: pathlib's NotImplementedError on a glob pattern the site
    # wrote) reached the user as "Error: internal error: NotImplementedError: ..." without the page; it names the
    # page now, still says "internal error" (the bad-input corpus looks for it) and shows no traceback
    import kg.importers as importers

    page = tmp_path / "about.md"
    page.write_text("# Ada Lind\n\nProfessor of hydrology.\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise NotImplementedError("Non-relative patterns are unsupported")

    monkeypatch.setattr(importers, "_import_path", broken)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    r = CliRunner().invoke(main, ["import", str(page), "--to", "json"])
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [
        f"Error: {page}: internal error while reading this (a bug in kg, not in the page: please report it; "
        "KG_DEBUG=1 shows where): NotImplementedError: Non-relative patterns are unsupported"]
    assert "Traceback" not in r.output
    monkeypatch.setenv("KG_DEBUG", "1")
    with pytest.raises(NotImplementedError):
        CliRunner().invoke(main, ["import", str(page), "--to", "json"], catch_exceptions=False)


def test_an_import_reads_the_site_again_for_its_unplaced_links_only_when_verbose_lists_them(tmp_path, monkeypatch):
    # where each unplaced link is written is found by reading the site's files a second time: only --verbose asks
    import kg.importers as importers

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text("# Ida Moss\n\nI am a botanist at Fen University. My [CV](files/cv.pdf).\n")
    calls = []
    real = importers.link_lines
    monkeypatch.setattr(importers, "link_lines", lambda *a: calls.append(a) or real(*a))
    result = importers.import_path(site)
    assert result.unplaced_links == {"files/cv.pdf"} and calls == []
    assert result.unplaced_at == (("files/cv.pdf", "index.md", 3),) and len(calls) == 1
