"""What kg build/export/embed/validate write is right (issue 10, "wrong results"): regression tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

import kg
from kg.build import load_build
from kg.cli import main
from kg.export import embed_object, serialize
from kg.validate import validate_paths

from .conftest import GOOD

SCHEMA = "https://schema.org/"
_KG_HOME = Path(kg.__file__).resolve().parents[1]
"""The folder holding the kg under test: the folder a test's `python -m kg` runs in, so that it imports this kg
(`-m` and `-c` look in the current folder first: from another checkout's folder, say /work/main, they ran its
code, which a merge there could change in the middle of a test)."""


def _run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)


def _snapshot(folder):
    """Every file of a build by content; the graph store's database files differ byte for byte between two
    writes of the same quads (RocksDB logs and manifests), so the store counts by its stamp (fingerprint,
    base, triple and quad counts) and the list of its parts."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        if not p.is_file():
            continue
        if rel.startswith("store/") and rel != "store/kg-store.json":
            out.setdefault("store/(database)", b"present")
            continue
        if rel.startswith(".cache/"):  # entries are named by the digest of what they were made from
            # (pickles of equal profiles need not be equal bytes): one item, their names
            out[".cache/(entries)"] = out.get(".cache/(entries)", b"") + rel.encode() + b"\0"
            continue
        out[rel] = p.read_bytes()
    return out


def test_field_of_study_is_not_taken_for_a_profile_owner(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    ada = data / "ada-lovelace.yaml"
    ada.write_text(ada.read_text().replace("      year: 1840\n",
                                           "      year: 1840\n      field: Computer Application Technology\n"))
    report = validate_paths([data])
    assert not [r.line() for r in report.results if "Computer Application" in r.focus or r.focus == ""], \
        [r.line() for r in report.results]
    # every owner warning is about a person IRI, and the field is still in the graph
    assert all(r.focus.startswith("https://example.org/kg/person/") for r in report.results
               if "ProfilePage" in r.message)
    b = load_build([data])
    fields = [t.object.value for t in b.triples if t.predicate.value == "https://example.org/kg/ns#fieldOfStudy"]
    assert fields == ["Computer Application Technology"]


def test_trig_person_export_keeps_named_graphs(good_build):
    trig = serialize(good_build, "trig", person="ada-lovelace")
    assert trig != serialize(good_build, "turtle", person="ada-lovelace")
    ds = rdflib.Dataset()
    ds.parse(data=trig, format="trig")
    named = {str(c.identifier) for c in ds.graphs() if str(c.identifier).startswith("https://example.org/kg/source/")}
    assert named == {"https://example.org/kg/source/ada-lovelace", "https://example.org/kg/source/charles-babbage"}
    default = rdflib.Graph().parse(data=serialize(good_build, "turtle", person="ada-lovelace"), format="turtle")
    for c in ds.graphs():
        if str(c.identifier) in named:
            assert len(c) > 0 and all(t in default for t in c)  # provenance of the person's statements only


def test_rebuild_drops_snippets_of_people_no_longer_in_the_data(good_dir, tmp_path):
    out = tmp_path / "build"
    assert _run("build", good_dir, "-o", out, "-q").exit_code == 0
    assert (out / "embed" / "charles-babbage.html").exists()
    (good_dir / "charles-babbage.yaml").unlink()
    assert _run("build", good_dir, "-o", out, "-q").exit_code == 0
    assert sorted(p.name for p in (out / "embed").iterdir()) == ["ada-lovelace.html"]


def test_strict_build_with_warnings_writes_nothing(tmp_path):
    out = tmp_path / "build"
    r = _run("build", GOOD, "-o", out, "--strict", "-q")
    assert r.exit_code == 1 and "not written (--strict)" in r.stderr
    assert not out.exists()
    assert _run("build", GOOD, "-o", out, "-q").exit_code == 0
    before = _snapshot(out)
    assert _run("build", GOOD, "-o", out, "--strict", "-q", "--base", "https://other.example.net/").exit_code == 1
    assert _snapshot(out) == before


def test_validate_honours_base_and_kg_base():
    r = _run("validate", GOOD, "--base", "https://lab.example.net/kg/")
    assert r.exit_code == 0
    focus = [line.split("  ")[2] for line in r.stdout.splitlines()]
    assert focus and all(f.startswith("https://lab.example.net/kg/") for f in focus)
    r = _run("validate", GOOD, env={"KG_BASE": "https://env.example.net/"})
    assert all(line.split("  ")[2].startswith("https://env.example.net/") for line in r.stdout.splitlines())


def test_validate_reports_what_build_reports(good_build):
    from kg.validate import validate_build

    assert sorted(r.line() for r in validate_paths([GOOD]).results) == sorted(
        r.line() for r in validate_build(good_build))


def test_base_must_be_an_absolute_http_iri(tmp_path):
    for bad in ("javascript:alert(1)/", "example.org/kg/", "https:///x/", "http://a b/", "https://h:99999/"):
        r = _run("build", GOOD, "-o", tmp_path / "b", "--base", bad)
        assert r.exit_code == 2, (bad, r.output)
        assert "must be an absolute http(s) IRI" in r.stderr and "Traceback" not in r.output
    assert not (tmp_path / "b").exists()
    r = _run("embed", "ada-lovelace", "--data", GOOD, env={"KG_BASE": "javascript:alert(1)/"})
    assert r.exit_code == 2 and "javascript" not in r.stdout


def _embed_statements(node, out, graph_iris):
    """(subject, property, value) for every statement of an embed tree whose nodes have an @id."""
    subject = node.get("@id")
    for key, value in node.items():
        if key.startswith("@"):
            continue
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, dict):
                out.add((subject, key, ("iri", v["@id"])))
                _embed_statements(v, out, graph_iris)
            else:
                out.add((subject, key, ("iri" if v in graph_iris or v.startswith(("http", "mailto:")) else "lit", v)))
    return out


def test_embed_is_read_off_the_graph_with_coauthor_links(good_build):
    page = embed_object(good_build, "charles-babbage")
    graph = {(t.subject.value, t.predicate.value, t.object.value) for t in good_build.triples}
    iris = {t.subject.value for t in good_build.triples}
    stated = set()
    _embed_statements(page["mainEntity"], stated, iris)
    for work in page["mentions"]:
        _embed_statements(work, stated, iris)
    assert len(stated) > 30
    missing = [s for s in stated if (s[0], SCHEMA + s[1], s[2][1]) not in graph]
    assert missing == []
    # a coauthor's Scholar link, which the graph has, is in the snippet
    notes = next(w for w in page["mentions"] if w["name"] == "Notes on the Analytical Engine")
    ada = next(a for a in notes["author"] if a["@id"].endswith("/ada-lovelace"))
    assert "https://scholar.google.com/citations?user=AdaAAAAJ" in ada["sameAs"]
    assert [a["name"] for a in notes["author"]] == ["Ada Lovelace", "Charles Babbage"]


# --- the build's outputs change together or not at all ---------------------------------------------


def test_failed_build_leaves_the_old_one_whole(good_dir, tmp_path, monkeypatch):
    import kg.export

    out = tmp_path / "build"
    assert _run("build", good_dir, "-o", out, "-q").exit_code == 0
    before = _snapshot(out)
    real = kg.export.embed
    calls = []

    def failing(build, slug, **kw):
        calls.append(slug)
        if len(calls) == 2:
            raise OSError(36, "File name too long")
        return real(build, slug, **kw)

    monkeypatch.setattr(kg.export, "embed", failing)
    r = _run("build", good_dir, "-o", out, "-q", "--base", "https://other.example.net/")
    assert r.exit_code != 0 and len(calls) == 2
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "data"]  # no temporary folder left


def test_output_path_that_is_a_file_or_a_foreign_folder_is_refused(tmp_path):
    f = tmp_path / "file"
    f.write_text("mine")
    r = _run("build", GOOD, "-o", f, "-q")
    assert r.exit_code == 2 and r.stderr.endswith(f"Error: {f}: exists and is not a folder; give a folder for the outputs\n")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    r = _run("build", GOOD, "-o", mine, "-q")
    assert r.exit_code == 2 and "is a folder that kg did not write" in r.stderr
    assert (mine / "notes.txt").read_text() == "keep me" and f.read_text() == "mine"


def test_build_killed_at_random_points_leaves_a_whole_old_or_new_build(good_dir, tmp_path):
    """SIGKILL a real `kg build` at random moments (a bounded number of times): the output
    folder is byte-for-byte the old build or the new one, never a mix."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    from kg.cache import code_digest

    out = tmp_path / "build"
    cmd = [sys.executable, "-m", "kg", "build", str(good_dir), "-o", str(out), "-q"]
    code = code_digest.__wrapped__()  # (read again, not the memo: on a mix, was it kg's code that changed?)
    env = dict(os.environ, KG_BASE="https://old.example.net/")
    subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=_KG_HOME)
    old = _snapshot(out)
    env_new = dict(os.environ, KG_BASE="https://new.example.net/")
    start = time.monotonic()
    subprocess.run(cmd, env=env_new, check=True, capture_output=True, cwd=_KG_HOME)
    duration = time.monotonic() - start
    new = _snapshot(out)
    assert old != new and set(old) == set(new)
    rng = random.Random(10)
    seen = []
    for i in range(6):
        was = _snapshot(out)
        # build the other one, and kill it somewhere in its run (mostly late, where it writes)
        proc = subprocess.Popen(cmd, env=env if was == new else env_new, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, cwd=_KG_HOME)
        elapsed = rng.uniform(0.4, 1.1) * duration
        time.sleep(elapsed)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = _snapshot(out)
        if now not in (old, new):
            # (a build of other code writes other files: seen as a mix when kg's folder was edited, checked out or
            # merged into during the run, so say so)
            assert code_digest.__wrapped__() == code, "kg's code changed while the test ran: its builds differ"
            pytest.fail(f"kill {i} (after {elapsed:.2f} s of a {duration:.2f} s build; {seen}): a mix of builds\n"
                        f"{_differences(now, old, new)}")
        seen.append("swapped" if now != was else "kept")
    # the next build clears what killed builds left beside the folder
    subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=_KG_HOME)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "data"], seen


def _differences(now, old, new) -> str:
    """Which files of a snapshot are the old build's, the new build's or neither's (for a failure message: a
    ".cache/(entries)" of neither says which entry names are not the old's nor the new's)."""
    lines = []
    for name in sorted(set(now) | set(old) | set(new)):
        got, was, will = now.get(name), old.get(name), new.get(name)
        if was == will == got:
            continue
        tag = "old" if got == was else "new" if got == will else "neither"
        if tag == "neither" and name == ".cache/(entries)" and got is not None:
            names = set(got.split(b"\0")) - {b""}
            for label, other in (("old", was), ("new", will)):
                theirs = set((other or b"").split(b"\0")) - {b""}
                tag += f"; vs {label}: only here {sorted(names - theirs)}, missing {sorted(theirs - names)}"
        elif tag == "neither":
            tag += f" ({'absent' if got is None else len(got)} bytes; old {'absent' if was is None else len(was)}, " \
                   f"new {'absent' if will is None else len(will)})"
        lines.append(f"  {name}: {tag}")
    return "\n".join(lines)


# Run `kg build` (argv[4:]) in a process that notes each change it makes to the file system under argv[2] (Python's
# audit events: files opened for writing, made, renamed, linked, removed; and kg.files' exchange of the two folders)
# in argv[1], one per line, and kills itself (SIGKILL) just before the argv[3]-th (0: never).
_TRACED_BUILD = r"""
import os, signal, sys

log_path, root, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
log = open(log_path, "w", buffering=1)
count = [0]
WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
CHANGES = ("os.rename", "os.link", "os.remove", "os.rmdir", "os.mkdir", "shutil.rmtree", "os.truncate",
           "os.symlink", "os.chmod", "os.utime")
within = [""]  # the folder shutil.rmtree is removing: its removes name entries relative to it


def note(text):
    count[0] += 1
    if count[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    log.write(text + "\n")


def hook(event, args):
    if event == "open":
        path, mode, flags = args
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or bool((flags or 0) & WRITES)
        if writes and isinstance(path, (str, bytes, os.PathLike)):
            path = os.path.abspath(os.fsdecode(path))
            if path.startswith(root):
                note(f"write {path}")
    elif event in CHANGES:
        if event == "shutil.rmtree":
            within[0] = os.path.abspath(os.fsdecode(args[0]))
        elif event in ("os.remove", "os.rmdir") and args[-1] is not None:  # (path, dir_fd): inside an rmtree
            note(f"{event} {within[0]}/.../{os.fsdecode(args[0])}")
            return
        paths = [os.path.abspath(os.fsdecode(a)) for a in args if isinstance(a, (str, bytes, os.PathLike))]
        if any(p.startswith(root) for p in paths):
            note(f"{event} {' '.join(paths)}")


sys.addaudithook(hook)
import kg.files

exchange = kg.files._exchange


def noted_exchange(a, b):
    note(f"exchange {os.path.abspath(a)} {os.path.abspath(b)}")
    return exchange(a, b)


kg.files._exchange = noted_exchange
from kg.cli import main

main(sys.argv[4:])
"""


def test_rebuild_changes_the_live_folder_only_by_the_swap(good_dir, tmp_path, tmp_path_factory):
    """A rebuild that takes from its cache (hard links to the previous build's files, the store a copy of the
    previous one with what changed replaced) writes only inside its new folder until that folder is swapped in,
    then only removes the old one; no file it shares with the previous build is written (a hard-linked file
    written in place would change the old build too: checked on a linked copy of it, which sees every write,
    the store's included); and killed just before or after any of those steps, it leaves the old build or the
    new one whole. (test_build_killed_at_random_points_leaves_a_whole_old_or_new_build kills cold builds.)"""
    import os
    import subprocess
    import sys

    out = tmp_path / "build"
    log = tmp_path / "changes.log"
    traced = [sys.executable, "-c", _TRACED_BUILD, str(log), str(tmp_path)]
    args = ["build", str(good_dir), "-o", str(out), "-q"]
    subprocess.run(traced + ["0"] + args, check=True, capture_output=True, cwd=_KG_HOME)
    old = _snapshot(out)
    pristine = tmp_path_factory.mktemp("pristine") / "build"  # (outside tmp_path: not among what is traced)
    shutil.copytree(out, pristine)  # (copy2: the times the manifest records are kept, so the cache stays valid)
    linked = tmp_path_factory.mktemp("linked") / "build"
    for f in sorted(out.rglob("*")):
        if f.is_file():
            (linked / f.relative_to(out)).parent.mkdir(parents=True, exist_ok=True)
            os.link(f, linked / f.relative_to(out))
    ada = good_dir / "ada-lovelace.yaml"
    ada.write_text(ada.read_text().replace("      year: 1840\n", "      year: 1841\n"))
    subprocess.run(traced + ["0"] + args, check=True, capture_output=True, cwd=_KG_HOME)
    new = _snapshot(out)
    assert old != new and set(old) == set(new)
    changes = log.read_text().splitlines()
    swaps = [n for n, line in enumerate(changes) if line.startswith("exchange ")]
    assert len(swaps) == 1 and changes[swaps[0]].endswith(f" {out}"), changes
    fresh = changes[swaps[0]].split()[1]  # the new folder; after the swap, the old build

    def changed(line: str, folder) -> bool:
        event, *paths = line.split()
        paths = paths[1:] if event == "os.link" else paths  # (a link's first path is only read)
        return any(p == str(folder) or p.startswith(f"{folder}/") for p in paths)

    assert [line for line in changes[:swaps[0]] if changed(line, out)] == [], "the live folder changed before the swap"
    assert [line for line in changes[swaps[0] + 1:] if not changed(line, fresh)] == [], \
        "changes after the swap, other than removing the old build"
    kept = {line.split()[2] for line in changes if line.startswith(f"os.link {out}/")}
    assert kept, "the rebuild took nothing from the previous build (the case this test is about)"
    assert not [line for line in changes if line.startswith("write ") and line.split()[1] in kept]
    shared = {str(f.relative_to(linked)): f.read_bytes() for f in sorted(linked.rglob("*")) if f.is_file()}
    assert shared == {str(f.relative_to(pristine)): f.read_bytes() for f in sorted(pristine.rglob("*"))
                      if f.is_file()}, "a file the new build shares with the old one was written in place"
    # killed just before each of the last steps (the cache's last files, the swap, the old build's removal) and
    # two earlier ones: the old build or the new one, whole
    steps = sorted({1, swaps[0] // 2, *range(max(1, swaps[0] - 1), min(len(changes), swaps[0] + 3) + 1)})
    for step in steps:
        for f in tmp_path.iterdir():  # (what the killed build left beside: else the next one's steps are more)
            if f.name != "data":
                shutil.rmtree(f) if f.is_dir() else f.unlink()
        shutil.copytree(pristine, out)
        r = subprocess.run(traced + [str(step)] + args, capture_output=True, cwd=_KG_HOME)
        assert r.returncode == -9, (step, changes[step - 1], r.stderr[-500:])
        now = _snapshot(out)
        assert now in (old, new), f"killed before {changes[step - 1]!r}: a mix of builds\n" \
                                  f"{_differences(now, old, new)}"
        assert (now == new) == (step > swaps[0] + 1), (step, changes[step - 1])
