"""Hostile input (issue 10): each class the probe found, refused with a located one-line message."""

from __future__ import annotations

import http.server
import json
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import IncompleteRead, LoadError, ProfileError
from kg.profiles import load_profile, load_profiles
from kg.validate import validate_paths

from .conftest import GOOD, as_unprivileged_user


def _run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)


def _write(tmp_path, text, name="p.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_yaml_alias_bomb_is_refused_before_expansion(tmp_path):
    text = "person:\n  name: x\na: &a [" + ",".join(['"lol"'] * 9) + "]\n"
    for i in range(1, 12):  # 9**12 strings if expanded
        text += f"a{i}: &a{i} [" + ",".join([f"*{'a' if i == 1 else f'a{i - 1}'}"] * 9) + "]\n"
    with pytest.raises(LoadError, match=r"p.yaml:3: YAML anchors and aliases .* are not allowed"):
        load_profile(_write(tmp_path, text))


def test_recursive_alias_and_deep_nesting_are_refused(tmp_path):
    with pytest.raises(LoadError, match="p.yaml:1: YAML anchors and aliases"):
        load_profile(_write(tmp_path, "person: &p\n  name: x\n  self: *p\n"))
    with pytest.raises(LoadError, match="p.yaml:3: "):
        load_profile(_write(tmp_path, "person:\n  name: x\nz: " + "[" * 50000 + "]" * 50000 + "\n"))
    with pytest.raises(LoadError, match="nested deeper than 32 levels"):
        load_profile(_write(tmp_path, "person:\n  name: x\nz: " + "[" * 40 + "]" * 40 + "\n"))


def test_impossible_unquoted_date_is_a_located_problem(tmp_path):
    p = _write(tmp_path, "person:\n  name: Ada\npublications:\n  - title: T\n    date: 2020-02-30\n")
    with pytest.raises(ProfileError) as exc:
        load_profile(p)
    assert str(exc.value) == f"{p}:5: publications[0].date: day is out of range for month"


@pytest.mark.parametrize("url,expect", [("http://a.example/%zz", "http://a.example/%25zz"),
                                        ("http://a.example/100%", "http://a.example/100%25")])
def test_stray_percent_in_url_is_escaped(tmp_path, url, expect):
    loaded = load_profile(_write(tmp_path, f"person:\n  name: Ada\n  homepage: {json.dumps(url)}\n"))
    assert loaded.profile.person.homepage == expect


def test_bad_port_in_url_is_a_located_problem(tmp_path):
    p = _write(tmp_path, 'person:\n  name: Ada\n  homepage: "http://a.example:99999/"\n')
    with pytest.raises(ProfileError, match=r"p.yaml:3: person.homepage: bad port in URL"):
        load_profile(p)


def test_control_characters_in_profiles_are_located_problems(tmp_path):
    p = _write(tmp_path, 'person:\n  name: Ada\npublications:\n  - title: "a\\x01b"\n')
    with pytest.raises(ProfileError, match=r"p.yaml:4: publications\[0\].title: character U\+0001 is not allowed"):
        load_profile(p)


def test_devices_fifos_and_oversized_profiles_are_refused(tmp_path, monkeypatch):
    with pytest.raises(LoadError, match="/dev/zero: not a regular file"):
        load_profile(Path("/dev/zero"))
    os.mkfifo(tmp_path / "pipe.yaml")
    with pytest.raises(LoadError, match="pipe.yaml: not a regular file"):
        load_profile(tmp_path / "pipe.yaml")
    import kg.profiles

    monkeypatch.setattr(kg.profiles, "MAX_PROFILE_BYTES", 100)
    with pytest.raises(LoadError, match="kg reads files of up to"):
        load_profile(_write(tmp_path, "person:\n  name: " + "x" * 200 + "\n"))


def test_odd_files_subfolders_and_symlink_loops_are_reported_with_exit_1(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _write(data, "person:\n  name: Ada\n", "ada.yaml")
    _write(data, "hello", "notes.txt")
    _write(data, "# data\n", "README.md")  # a README is expected in a data folder: not reported
    (data / "sub").mkdir()
    os.symlink("loop.yaml", data / "loop.yaml")
    with pytest.raises(IncompleteRead) as exc:
        load_profiles([data])
    assert str(exc.value).splitlines() == [
        f"{data / 'loop.yaml'}: symbolic link loop; not read",
        f"{data / 'notes.txt'}: not a profile file (.yaml or .yml); not read",
        f"{data / 'sub'}: a folder inside the data folder (profiles are read from the top level only); not read",
    ]
    r = _run("build", data, "-o", tmp_path / "out")
    assert r.exit_code == 1 and f"Error: {data / 'loop.yaml'}: symbolic link loop; not read" in r.stderr
    assert not (tmp_path / "out").exists()


SITE = Path(__file__).parent / "fixtures" / "sites" / "academicpages"


def _unlistable(request, *folders: Path) -> None:
    """Make ``folders`` refuse to be listed, as ``chmod 000`` does for anyone but root (CI runs as root, for
    whom chmod changes nothing): the bad-input corpus's own patch (scripts/badinput.py), undone after the test."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
    from badinput import _refusing

    request.addfinalizer(_refusing(folders))


def test_a_site_folder_with_an_unreadable_subfolder_is_refused_with_exit_1(tmp_path, monkeypatch, request):
    import shutil

    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    whole = _run("import", site, "--to", "json")
    assert whole.exit_code == 0 and json.loads(whole.stdout)["publications"][2]["title"]  # _publications/ counts
    _unlistable(request, site / "_publications")
    r = _run("import", site, "-o", tmp_path / "out")
    assert r.exit_code == 1
    assert r.stderr == f"Error: {site / '_publications'}: cannot read this folder (Permission denied); not read\n"
    assert not (tmp_path / "out").exists()


def test_unreadable_folders_and_files_for_a_real_user(monkeypatch):
    """The same as the monkeypatched test, with real permissions: a site's unreadable subfolder and a data
    folder's unreadable profile and subfolder are each reported, exit 1, nothing written; an unreadable page
    and an output folder under a read-only one are located load errors (exit 2)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-perm-") as tmp:  # not under pytest's root-only tmp_path
        work = Path(tmp)
        shutil.copytree(SITE, work / "site")
        data = work / "data"
        data.mkdir()
        _write(data, "person:\n  name: Ada\n", "ada.yaml")
        _write(data, "person:\n  name: Bob\n", "bob.yaml")
        (data / "sub").mkdir()
        shutil.copytree(GOOD, work / "good")
        _write(work, "# Rosa Quint\n\nProfessor.\n", "page.md")
        for p in work.rglob("*"):
            p.chmod(0o755 if p.is_dir() else 0o644)
        work.chmod(0o777)
        (work / "site" / "_publications").chmod(0)
        (data / "bob.yaml").chmod(0)
        (data / "sub").chmod(0)
        (work / "page.md").chmod(0)
        try:
            r = as_unprivileged_user(["import", "page.md", "--to", "json"], work)
            # kg's own one-line error (click's readability check printed a usage block)
            assert r.returncode in (1, 2) and "Traceback" not in r.stderr
            assert r.stderr.splitlines() == ["Error: page.md: cannot read: Permission denied"]
            r = as_unprivileged_user(["import", "site", "-o", "out"], work)
            assert (r.returncode, r.stderr) == (1, "Error: site/_publications: cannot read this folder "
                                                   "(Permission denied); not read\n")
            r = as_unprivileged_user(["build", "data", "-o", "build"], work)
            assert r.returncode == 1 and r.stderr.splitlines() == [
                "Error: data/bob.yaml: cannot read: Permission denied; not read",
                "Error: data/sub: a folder inside the data folder (profiles are read from the top level only); "
                "not read"]
            assert not (work / "out").exists() and not (work / "build").exists()
            (work / "ro").mkdir()
            (work / "ro").chmod(0o555)
            r = as_unprivileged_user(["build", "good", "-o", "ro/build", "-q"], work)
            assert (r.returncode, r.stderr.splitlines()[-1]) == (2, "Error: ro/build: cannot write here: "
                                                                    "Permission denied")
        finally:
            for p in ((work / "site" / "_publications"), data / "bob.yaml", data / "sub", work / "page.md"):
                p.chmod(0o755)


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        _Recorder.hits.append(self.path)
        body = b'{"@context": {"name": "https://schema.org/name"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_jsonld_contexts_are_never_fetched_nor_read_from_unnamed_files(tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/ctx.jsonld"
        secret = _write(tmp_path, '{"@context": {"name": "https://schema.org/name"}}', "secret.jsonld")
        for ctx in (url, [url], {"@import": url}, secret.as_uri(), "secret.jsonld"):
            doc = _write(tmp_path, json.dumps({"@context": ctx, "@id": "http://a", "name": "x"}), "doc.jsonld")
            with pytest.raises(LoadError, match=r"doc.jsonld: JSON-LD context .* is not one kg bundles"):
                validate_paths([doc])
        assert _Recorder.hits == []
    finally:
        server.shutdown()
    # the bundled schema.org context works offline
    doc = _write(tmp_path, json.dumps({"@context": "https://schema.org", "@id": "http://a", "@type": "Person",
                                       "name": "x"}), "ok.jsonld")
    assert validate_paths([doc]).triples == 2


def test_rdfxml_entities_are_not_expanded(tmp_path):
    ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
    p = _write(tmp_path, f'<?xml version="1.0"?>\n<!DOCTYPE r [{ents}]>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
                         '02/22-rdf-syntax-ns#"><rdf:Description rdf:about="http://a"><x:n xmlns:x="http://x/">&j;'
                         '</x:n></rdf:Description></rdf:RDF>\n', "bomb.rdf")
    with pytest.raises(LoadError, match="bomb.rdf: XML entity declarations and external references are refused"):
        validate_paths([p])


def test_turtle_errors_keep_the_parsers_line_and_reason(tmp_path):
    p = _write(tmp_path, "@prefix : <http://x/> .\n:a :b :c .\n:a :b\n:c :d :e .\n", "bad.ttl")
    r = _run("validate", p)
    assert r.exit_code == 2
    assert r.stderr.startswith(f"Error: {p}:4: not valid turtle: between columns 4 and 6: A dot is expected")
    assert "Bad syntax" not in r.stderr and r.stderr.count("\n") == 1


def test_outputs_that_cannot_be_written_are_located_errors(tmp_path):
    a_file = _write(tmp_path, "mine", "a-file")
    from .conftest import GOOD

    for args in (["build", GOOD, "-o", a_file / "sub"], ["export", "--data", GOOD, "-o", a_file / "x.ttl"],
                 ["export", "--data", GOOD, "-o", tmp_path]):
        r = _run(*args)
        error = r.stderr.splitlines()[-1]
        assert r.exit_code == 2 and error.startswith("Error: ") and "internal error" not in r.stderr, args
        assert error.startswith((f"Error: {a_file}: ", f"Error: {tmp_path}: ")), error


def test_an_unreadable_page_is_one_located_line(tmp_path, monkeypatch):
    """kg import of a page the user may not read: kg's own one-line error (click's check printed a usage block);
    the refusal is simulated so that the test also runs as root."""
    from click.testing import CliRunner

    from kg.cli import main

    page = tmp_path / "page.md"
    page.write_text("# Rosa Quint\n", encoding="utf-8")
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path).endswith("page.md"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["import", "page.md", "--to", "json"])
    assert (r.exit_code, r.output) == (2, "Error: page.md: cannot read: Permission denied\n")
