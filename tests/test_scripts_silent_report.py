"""scripts/silent_report.py: the lines kg took and then lost (in no field and in no report line) are listed; a
line whose words are in the profile, a line kg reports, and navigation are not. Pages in our own words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))

import silent_report  # noqa: E402

PAGE = """<html><body>
<nav><a href="/">Home</a> <a href="/pubs">Publications</a></nav>
<h1>Marisol Quintero</h1>
<p>Lecturer in Glaciology at Northfield University.</p>
<p>Keen birdwatcher and amateur luthier in her spare evenings.</p>
<p>Reviewer for Frozen Ground Letters.</p>
</body></html>
"""


def _profile(**extra):
    profile = {"person": {"name": "Marisol Quintero", "job_title": "Lecturer in Glaciology",
                          "affiliations": [{"name": "Northfield University"}]},
               "publications": [], "unparsed": [], "source": {"parts": []}}
    profile.update(extra)
    return profile


def test_a_line_no_field_holds_and_no_report_names_is_listed(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(PAGE)
    rows = silent_report.silent_lines(page, _profile())
    # the hobby line and the reviewing line are in no field and in no report line: silent
    assert [(n, t) for _, n, t in rows] == [
        (5, "Keen birdwatcher and amateur luthier in her spare evenings."),
        (6, "Reviewer for Frozen Ground Letters."),
    ]


def test_a_line_read_or_reported_is_not_listed(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(PAGE)
    # the reviewing line is read (its venue in the profile), the hobby line reported as unparsed
    profile = _profile(service=[{"role": "Reviewer", "venues": ["Frozen Ground Letters"]}],
                       unparsed=[{"line": 5, "text": "Keen birdwatcher ...", "file": None, "section": None}])
    assert silent_report.silent_lines(page, profile) == []


def test_a_site_file_neither_read_nor_named_in_a_note_is_listed(tmp_path):
    site = tmp_path / "site"
    (site / "_pages").mkdir(parents=True)
    (site / "_pages" / "about.md").write_text("Lecturer in Glaciology at Northfield University.\n")
    (site / "_pages" / "talks.md").write_text("Invited talk on permafrost thaw, Lakeview, 2022.\n")
    (site / "_includes").mkdir()
    (site / "_includes" / "footer.html").write_text("<p>Built by someone else entirely</p>\n")
    profile = _profile(source={"parts": [{"file": "_pages/about.md"}]})
    assert silent_report.silent_lines(site, profile) == [("_pages/talks.md", 0, "file neither read nor reported")]
    # a note naming the file (why it was not read) is its report
    profile["unparsed"] = [{"line": 1, "text": "not read: a draft", "file": "_pages/talks.md", "section": "skipped"}]
    assert silent_report.silent_lines(site, profile) == []


def test_settings_and_markup_are_no_data():
    lines, _, _ = silent_report.visible_lines("_config.yml", "title: Marisol Quintero\nmarkdown: kramdown\n"
                                              "plugins: [jekyll-feed, jekyll-sitemap]\nshow_excerpts: false\n")
    assert lines == {1: "Marisol Quintero"}
    lines, _, headings = silent_report.visible_lines(
        "a.md", "---\nlayout: single\ntitle: \"Talks\"\n---\n## Invited\n{% include base %}\n"
        "[Permafrost thaw](https://example.org/t.pdf), Lakeview, 2022 {: .small}\n")
    assert lines == {3: '"Talks"', 5: "## Invited", 7: "Permafrost thaw, Lakeview, 2022 "}
    assert headings == {5}


def test_the_script_runs_kg_on_a_case(tmp_path):
    # end to end: a page kg reads whole lists no silent line (the shared case copying of case_runs.py)
    case = tmp_path / "cases" / "mquintero"
    case.mkdir(parents=True)
    (case / "index.html").write_text(PAGE.replace("<p>Keen birdwatcher and amateur luthier in her spare evenings.</p>\n",
                                                  ""))
    (case / "gold.json").write_text("{}")
    kg = tmp_path / "kg"
    kg.write_text(f"#!/bin/sh\nexec {sys.executable} -m kg \"$@\"\n")
    kg.chmod(0o755)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent.parent))
    run = subprocess.run([sys.executable, str(SCRIPTS / "silent_report.py"), "--kg", str(kg), "--lines",
                          str(tmp_path / "cases")], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "== " + str(tmp_path / "cases") + ": 0 silent candidates in 1 cases" in run.stdout
    assert "not imported" not in run.stdout
    assert "mquintero index.html:3" not in run.stdout  # the owner's name, read
    assert "Lecturer in Glaciology" not in run.stdout


def _fake_kg(tmp_path, body: str) -> Path:
    kg = tmp_path / "fake-kg"
    kg.write_text("#!/bin/sh\n" + body)
    kg.chmod(0o755)
    return kg


def _run_script(kg: Path, cases: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPTS / "silent_report.py"), "--kg", str(kg), "--lines", str(cases)],
                          capture_output=True, text=True, timeout=120)


def test_the_script_lists_a_silent_line_of_a_case_and_counts_it(tmp_path):
    # a kg whose profile holds the name and the post but not the hobby line: the line is listed, by case and count
    cases = tmp_path / "cases"
    (cases / "mquintero").mkdir(parents=True)
    (cases / "mquintero" / "index.html").write_text(PAGE)
    (cases / "mquintero" / "gold.json").write_text('{"person": {"name": "Keen birdwatcher luthier"}}')
    profile = _profile(service=[{"role": "Reviewer", "venues": ["Frozen Ground Letters"]}],
                       source={"parts": [{"file": "index.html"}]})
    (tmp_path / "profile.json").write_text(json.dumps(profile))
    run = _run_script(_fake_kg(tmp_path, f"cat {tmp_path / 'profile.json'}\n"), cases)
    assert run.returncode == 0, run.stderr
    assert "1 silent candidates in 1 cases" in run.stdout
    assert "by case:  mquintero 1" in run.stdout
    # (gold.json is not copied: its words neither count as the case's lines nor as read)
    assert run.stdout.splitlines()[-1] == \
        "    mquintero index.html:5: Keen birdwatcher and amateur luthier in her spare evenings."


def test_a_case_kg_cannot_import_is_said_and_fails_the_run(tmp_path):
    cases = tmp_path / "cases"
    (cases / "broken").mkdir(parents=True)
    (cases / "broken" / "index.html").write_text(PAGE)
    run = _run_script(_fake_kg(tmp_path, "echo 'kg: error: no page' >&2\nexit 1\n"), cases)
    assert run.returncode == 1
    assert "broken: not imported: kg: error: no page" in run.stdout
    run = _run_script(_fake_kg(tmp_path, "exit 0\n"), tmp_path / "nowhere")
    assert run.returncode == 2 and "no such set folder" in run.stderr


def test_a_note_on_an_entrys_first_line_speaks_for_the_entry(tmp_path):
    # "not shown ...: @presentation <title>" at the entry's "@presentation{" line: its fields are the entry's,
    # reported with it; a line after the blank line that closes the entry is not
    site = tmp_path / "site"
    (site / "_bibliography").mkdir(parents=True)
    (site / "_bibliography" / "papers.bib").write_text(
        "@presentation{k1,\n  title = {Moss on the Move},\n  conference = {Alpine Botany Days},\n}\n\n"
        "@misc{k2,\n  note = {Grazing yaks of the upper valley},\n}\n")
    profile = _profile(source={"parts": [{"file": "_bibliography/papers.bib"}]},
                       unparsed=[{"line": 1, "text": "not shown ...: @presentation Moss on the Move",
                                  "file": "_bibliography/papers.bib", "section": "skipped"}])
    assert silent_report.silent_lines(site, profile) == [
        ("_bibliography/papers.bib", 7, "Grazing yaks of the upper valley ,")]
