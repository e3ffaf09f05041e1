"""The command line a newcomer expects (issue 10): option names, aliases, names for people,
suggestions, guidance when there is no data, placeholder-base warning, completion."""

from __future__ import annotations

import os

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cliopts import complete_queries, complete_slugs
from kg.model import slugify

from .conftest import GOOD, SEEDS


def _run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)


@pytest.mark.parametrize("alias,canonical", [("ttl", "turtle"), ("jsonld", "json-ld"), ("ntriples", "nt"),
                                             ("NQ", "nquads"), ("rdf", "xml")])
def test_export_accepts_common_format_aliases(alias, canonical):
    a = _run("export", "--data", GOOD, "--format", alias)
    b = _run("export", "--data", GOOD, "--format", canonical)
    assert a.exit_code == 0 and a.stdout_bytes == b.stdout_bytes


def test_unknown_format_lists_names_and_aliases():
    r = _run("export", "--data", GOOD, "--format", "yaml")
    assert r.exit_code == 2 and "choose from turtle, json-ld, nt, xml, trig, nquads (aliases: ttl, jsonld" in r.stderr


def test_out_is_the_output_option_of_export_and_embed(tmp_path):
    assert _run("export", "--data", GOOD, "--out", tmp_path / "g.ttl").exit_code == 0
    assert _run("embed", "ada-lovelace", "--data", GOOD, "-o", tmp_path / "e.html").exit_code == 0
    assert (tmp_path / "g.ttl").read_text().startswith("@prefix") and (tmp_path / "e.html").exists()


def test_import_reads_with_from_and_keeps_format_as_alias():
    seed = SEEDS / "yichen-wei.github-pages.md"
    a = _run("import", seed, "--from", "markdown", "--to", "json")
    b = _run("import", seed, "--format", "markdown", "--to", "json")
    def strip(out):
        return [ln for ln in out.splitlines() if "imported_at" not in ln]

    assert a.exit_code == 0 and strip(a.stdout) == strip(b.stdout)


def test_embed_takes_a_name_and_suggests_people():
    by_name = _run("embed", "Ada Lovelace", "--data", GOOD, "--base", "https://w3id.org/lab/")
    by_slug = _run("embed", "ada-lovelace", "--data", GOOD, "--base", "https://w3id.org/lab/")
    assert by_name.exit_code == 0 and by_name.stdout == by_slug.stdout
    r = _run("embed", "ada-lovlace", "--data", GOOD)
    assert r.exit_code == 2
    assert r.stderr.startswith("Error: no person 'ada-lovlace' in the data; did you mean ada-lovelace?")


def test_embed_suggests_only_people_with_profiles():
    """Luigi Menabrea is a coauthor in the data, not a profile owner: no snippet is made for him, and no one
    outside the data's profile owners is offered."""
    r = _run("embed", "Luigi Menabre", "--data", GOOD)
    assert (r.exit_code, r.stderr) == (2, "Error: no person 'Luigi Menabre' in the data; people with profiles: "
                                          "ada-lovelace, charles-babbage\n")
    r = _run("embed", "Luigi Menabrea", "--data", GOOD)
    assert (r.exit_code, r.stderr) == (2, "Error: Luigi Menabrea (https://example.org/kg/person/luigi-menabrea) is in "
                                          "the data without a profile of their own (a coauthor, student or advisor); "
                                          "snippets are for people with profiles: ada-lovelace, charles-babbage\n")


def test_embed_warns_about_the_placeholder_base():
    r = _run("embed", "ada-lovelace", "--data", GOOD)
    assert "placeholder base https://example.org/kg/" in r.stderr and "KG_BASE" in r.stderr
    r = _run("embed", "ada-lovelace", "--data", GOOD, "--base", "https://w3id.org/lab/")
    assert r.stderr == ""


def test_no_data_folder_says_what_was_looked_for(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for cmd in (["build"], ["validate"], ["export"], ["embed", "x"], ["query", "SELECT * {}"]):
        r = _run(*cmd)
        assert r.exit_code == 2, cmd
        assert "no data folder: kg looked for ./data in" in r.stderr and "--data DIR" in r.stderr, cmd


def test_queries_shows_optional_parameters_and_defaults():
    r = _run("queries")
    assert "collaboration-distance person=<person> other=<person> [max_distance=<int>, default 6]" in r.stdout


def test_quiet_build_prints_counts_not_near_misses(tmp_path):
    r = _run("build", "data", "-o", tmp_path / "b", "-q")
    assert r.exit_code == 0
    assert "near miss (" not in r.stderr and "near misses listed in merge-report.json" in r.stderr
    assert len(r.stderr.splitlines()) <= 3


def test_build_shows_its_stages_on_a_terminal_only(tmp_path, monkeypatch):
    import kg.cli

    piped = _run("build", "data", "-o", tmp_path / "a")
    assert piped.exit_code == 0 and "kg build:" not in piped.stderr
    monkeypatch.setattr(kg.cli, "is_terminal", lambda: True)
    shown = _run("build", "data", "-o", tmp_path / "b")
    stages = [line for line in shown.stderr.splitlines() if line.startswith("kg build: ")]
    # loading, validating, what the build cache gave (a fresh folder: nothing; said once the named graphs it
    # counts are mapped, after validation), writing
    assert len(stages) == 4 and stages[0] == "kg build: loading and merging data"
    assert stages[1].startswith("kg build: validating ") and stages[1].endswith(" triples")
    assert stages[2] == "kg build: cache: none usable (cold build)"
    assert stages[3] == f"kg build: writing {tmp_path / 'b'}/"
    quiet = _run("build", "data", "-o", tmp_path / "c", "-q")
    assert "kg build:" not in quiet.stderr


def test_slugs_are_transliterated():
    assert slugify("Иван Петров") == "ivan-petrov"
    assert slugify("Jürgen Groß") == "jurgen-gross"
    assert slugify("王云鹤") == "wangyunhe"


def test_completion_of_slugs_and_query_names():
    ctx = click.Context(main, info_name="kg")
    ctx.params = {"data": GOOD}
    assert [c.value for c in complete_slugs(ctx, None, "ada")] == ["ada-lovelace"]
    assert "coauthors" in [c.value for c in complete_queries(ctx, None, "co")]


def test_shell_completion_script_is_offered():
    r = CliRunner().invoke(main, [], env={"_KG_COMPLETE": "bash_source"}, prog_name="kg")
    assert r.exit_code == 0 and "_KG_COMPLETE" in r.output
    env = {"_KG_COMPLETE": "bash_complete", "COMP_WORDS": "kg query --named coa", "COMP_CWORD": "3"}
    r = CliRunner().invoke(main, [], env=env, prog_name="kg")
    assert "coauthors" in r.output and os.linesep in r.output


def test_empty_named_query_says_what_it_searched():
    r = _run("query", "--named", "collaboration-distance", "--param", "person=ada-lovelace",
             "--param", "other=Charles Babbage", "--param", "max_distance=0", "--data", GOOD)
    assert r.exit_code == 0
    assert r.stderr.endswith("no results: collaboration-distance found nothing for person=ada-lovelace, "
                             "other=Charles Babbage, max_distance=0\n")
    r = _run("query", "--named", "coauthors", "--param", "person=ada-lovelace", "--data", GOOD)
    assert "no results" not in r.stderr
