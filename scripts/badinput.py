"""The bad-input corpus: generate hostile inputs and run kg on each, checking its promises.

    .venv/bin/python scripts/badinput.py [--keep DIR] [--json]

Every case is generated here (no binaries kept in the repository) under a scratch folder,
then run in this process through click's CliRunner (fast), and checked:

- no traceback and no "internal error": every failure is a one-line ``Error: ...``;
- the exit code is the documented one (0 ok, 1 data does not conform or not fully read,
  2 usage or load error) and the one the case expects;
- a failure's message names the file (and ``file:line`` where the case has a line);
- nothing partial is written: a failed build leaves no output folder and no temporary
  folder, a failed ``-o FILE`` leaves no file;
- no network attempt: socket connect/getaddrinfo are replaced by a recorder that refuses;
- bounds: each case has CPU_LIMIT seconds of CPU (SIGPROF) and WALL_LIMIT seconds (SIGALRM, for a
  case that blocks); the whole run is meant to be started
  under resource limits (tests/test_badinput.py sets RLIMIT_AS to MEMORY_LIMIT and a CPU
  limit), so a memory bomb fails the run instead of the machine.

Prints one line per failing case and a summary; exit 0 when every case keeps the promises.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

CPU_LIMIT = 20
"""CPU seconds one case may use (counted by the process's profiling timer, so a machine busy with other
jobs does not make a case fail: the wall clock there ran 6-13 times the CPU time)."""
WALL_LIMIT = 120
"""Wall seconds one case may take: a case that blocks (a FIFO, a lock) uses no CPU and ends here."""
MEMORY_LIMIT = 3 * 1024**3
"""Bytes of address space the whole corpus run may use (set by the test that starts it)."""

GOOD_PROFILE = """person:
  name: Ada Lovelace
  homepage: https://ada.example.org/
  identifiers:
    orcid: 0000-0002-1825-0097
publications:
  - title: Notes on the Analytical Engine
    year: 1843
    venue: Scientific Memoirs
    authors:
      - name: Ada Lovelace
        is_self: true
      - name: Charles Babbage
"""


@dataclass
class Case:
    name: str
    args: list[str]
    expect: tuple[int, ...]
    names: str | tuple[str, ...] | None = None
    """The file name the message must contain (when the exit code is not 0); a tuple: one of them."""
    line: int | None = None
    """The line the message must give with the file name."""
    out: Path | None = None
    """An output the command must not leave behind when it fails."""
    env: dict[str, str] = field(default_factory=dict)
    known: str | None = None
    """Why this case is known to break a promise today (reported, not run unless --all)."""
    unlistable: tuple[Path, ...] = ()
    """Folders that cannot be listed: chmod 000, and, for root (whom chmod does not stop), os.scandir and
    os.listdir refuse them during the case as the kernel refuses anyone else."""


def _refusing(folders: tuple[Path, ...]):
    """Patch os.scandir/os.listdir to raise PermissionError on ``folders``; returns the undo."""
    refused = {f.resolve() for f in folders}
    real_scandir, real_listdir = os.scandir, os.listdir

    def check(path):
        if not isinstance(path, int) and Path(os.fsdecode(path or ".")).resolve() in refused:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))

    def scandir(path="."):
        check(path)
        return real_scandir(path)

    def listdir(path="."):
        check(path)
        return real_listdir(path)

    os.scandir, os.listdir = scandir, listdir

    def undo():
        os.scandir, os.listdir = real_scandir, real_listdir

    return undo


# --- profiles ------------------------------------------------------------------------------------


def _bomb(levels: int = 9, width: int = 9) -> str:
    text = "person:\n  name: Bomb\nx0: &x0 [" + ",".join(['"lol"'] * width) + "]\n"
    for i in range(1, levels):
        text += f"x{i}: &x{i} [" + ",".join([f"*x{i - 1}"] * width) + "]\n"
    return text


def profile_variants() -> list[tuple[str, str | bytes, tuple[int, ...], int | None]]:
    """(name, content, expected exit codes of `kg validate`, line) for hostile profile files."""
    pub = "publications:\n  - title: T\n    year: 2020\n    authors: [{name: Ada, is_self: true}]\n"
    v: list[tuple[str, str | bytes, tuple[int, ...], int | None]] = [
        ("alias-bomb", _bomb(), (2,), None),
        ("alias-bomb-wide", _bomb(6, 40), (2,), None),
        ("recursive-alias", "person: &p\n  name: x\n  self: *p\n", (2,), 1),
        ("merge-key-alias", "base: &b {name: x}\nperson:\n  <<: *b\n", (2,), None),
        ("scalar-alias", "person:\n  name: &n Ada\n  job_title: *n\n", (2,), None),
        ("deep-list-40", "person:\n  name: x\nz: " + "[" * 40 + "]" * 40 + "\n", (2,), None),
        ("deep-list-100k", "person:\n  name: x\nz: " + "[" * 100000 + "]" * 100000 + "\n", (2,), 3),
        ("deep-map-5k", "person:\n  name: x\nz: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n", (2,), 3),
        ("deep-block", "person:\n  name: x\nz:\n" + "".join("  " * i + "- \n" for i in range(1, 60)), (1, 2), None),
        ("empty", "", (1,), 1),
        ("comments-only", "# nothing\n", (1,), 1),
        ("top-list", "- a\n- b\n", (1,), 1),
        ("top-scalar", "hello\n", (1,), 1),
        ("no-person", "publications: []\n", (1,), None),
        ("person-null", "person:\n", (1,), None),
        ("name-empty", "person:\n  name: ''\n", (1,), 2),
        ("unknown-field", "person:\n  name: x\n  shoe_size: 9\n", (1,), 3),
        ("year-text", "person:\n  name: Ada\n" + pub.replace("2020", "abc"), (1,), 5),
        ("year-list", "person:\n  name: Ada\n" + pub.replace("2020", "[1]"), (1,), 5),
        ("year-huge", "person:\n  name: Ada\n" + pub.replace("2020", "9" * 400), (1,), 5),
        ("authors-string", "person:\n  name: Ada\npublications:\n  - title: T\n    authors: Ada\n", (1,), 5),
        ("bad-mark", "person:\n  name: Ada\npublications:\n  - title: T\n    authors: [{name: A, marks: [x]}]\n",
         (1,), 5),
        ("tab-indent", "person:\n\tname: x\n", (2,), 2),
        ("unclosed-quote", 'person:\n  name: "x\n', (2,), None),
        ("bad-flow", "person: {name: x\n", (2,), None),
        ("duplicate-anchor-syntax", "person: &\n", (2,), None),
        ("binary", bytes(range(256)) * 4, (2,), None),
        ("invalid-utf8", b"person:\n  name: Jos\xe9\n", (2,), 2),
        ("utf16-no-bom", "person:\n  name: x\n".encode("utf-16-le"), (2,), None),
        ("surrogate-escape", 'person:\n  name: "x\\ud800y"\n', (2,), 2),
        ("nul-escape", 'person:\n  name: "x\\0y"\n', (1,), 2),
        ("huge-line", "person:\n  name: " + "x" * 3_000_000 + "\n", (0, 1), None),
    ]
    for d in ("2020-02-30", "2021-13-01", "2019-02-29", "2020-00-10", "0000-01-01", "2020-1-1"):
        v.append((f"date-{d}", "person:\n  name: Ada\n" + pub.replace("    year: 2020\n", f"    date: {d}\n"),
                  (1,), 5))
    for url in ("http://a.example/%zz", "http://a.example/%"):  # a stray % is escaped as %25, as browsers do
        v.append((f"url-percent-{len(url)}", f"person:\n  name: Ada\n  homepage: {json.dumps(url)}\n", (0,), None))
    for i, url in enumerate(("http://a.example:99999/",
                             "http://a.example:-1/", "http://a.example:abc/", "http://[::1/x", "javascript:alert(1)",
                             "http:///nohost", "http://exa mple.org/", "http://a.example/\u0000x")):
        v.append((f"url-{i}", f"person:\n  name: Ada\n  homepage: {json.dumps(url)}\n", (1, 2), 3))
    for c in (1, 8, 11, 12, 27, 31):
        v.append((f"control-{c:02x}", f'person:\n  name: "A\\x{c:02x}B"\n', (1,), 2))
    return v


OK_VARIANTS = [
    ("line-separators", 'person:\n  name: "Ada\\u2028Lovelace"\npublications:\n  - title: "a\\u2029b\\x85c"\n'
     '    year: 2020\n    authors: [{name: "Ada\\u2028Lovelace", is_self: true}]\n'),
    ("html-in-title", "person:\n  name: Ada\npublications:\n  - title: \"</script><!-- x\"\n    year: 2020\n"
     "    authors: [{name: Ada, is_self: true}]\n"),
    ("rtl-override", 'person:\n  name: "Ada \\u202eecalovel"\n'),
    ("emoji-name", 'person:\n  name: "Ada \\U0001F600"\n'),
    ("cyrillic-name", "person:\n  name: Иван Петров\n"),
    ("bom-utf8", "\ufeffperson:\n  name: Ada\n"),
    ("crlf", "person:\r\n  name: Ada\r\n"),
]


def profile_cases(root: Path) -> list[Case]:
    cases = []
    for name, content, expect, line in profile_variants():
        folder = root / "profiles" / name
        folder.mkdir(parents=True)
        f = folder / "p.yaml"
        f.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
        where = f"p.yaml:{line}" if line else "p.yaml"
        cases.append(Case(f"validate/{name}", ["validate", str(f)], expect, where, line))
        out = root / "out" / f"build-{name}"
        cases.append(Case(f"build/{name}", ["build", str(folder), "-o", str(out), "-q"],
                          tuple(sorted({c if c != 0 else 0 for c in expect})), where, line, out=out))
        exp = root / "out" / f"export-{name}.ttl"
        cases.append(Case(f"export/{name}", ["export", "--data", str(folder), "-o", str(exp)], expect, where, line,
                          out=exp))
        cases.append(Case(f"embed/{name}", ["embed", "ada", "--data", str(folder)], expect + (2,),
                          ("p.yaml", "no person 'ada'")))
        cases.append(Case(f"query/{name}", ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--data", str(folder)],
                          expect, where, line))
    for name, content in OK_VARIANTS:
        folder = root / "profiles-ok" / name
        folder.mkdir(parents=True)
        (folder / "p.yaml").write_text(content, encoding="utf-8")
        cases.append(Case(f"validate-ok/{name}", ["validate", str(folder)], (0,)))
        cases.append(Case(f"build-ok/{name}", ["build", str(folder), "-o", str(root / "out" / f"ok-{name}"), "-q"],
                          (0,)))
        cases.append(Case(f"export-ok/{name}", ["export", "--data", str(folder), "--format", "nt"], (0,)))
    return cases


# --- data folders ----------------------------------------------------------------------------------


def folder_cases(root: Path) -> list[Case]:
    cases = []

    def data(name: str) -> Path:
        d = root / "folders" / name
        d.mkdir(parents=True)
        (d / "ada.yaml").write_text(GOOD_PROFILE)
        return d

    d = data("odd-file")
    (d / "notes.txt").write_text("hello")
    cases.append(("odd-file", d, "notes.txt"))
    d = data("subfolder")
    (d / "more").mkdir()
    cases.append(("subfolder", d, "more"))
    d = data("symlink-loop")
    os.symlink("loop.yaml", d / "loop.yaml")
    cases.append(("symlink-loop", d, "loop.yaml"))
    d = data("symlink-cycle")
    os.symlink("b.yaml", d / "a.yaml")
    os.symlink("a.yaml", d / "b.yaml")
    cases.append(("symlink-cycle", d, "a.yaml"))
    d = data("broken-symlink")
    os.symlink("nowhere.yaml", d / "gone.yaml")
    cases.append(("broken-symlink", d, "gone.yaml"))
    d = data("fifo")
    os.mkfifo(d / "pipe.yaml")
    cases.append(("fifo", d, "pipe.yaml"))
    d = data("dev-zero")
    os.symlink("/dev/zero", d / "zero.yaml")
    cases.append(("dev-zero", d, "zero.yaml"))
    out = []
    for name, folder, culprit in cases:
        o = root / "out" / f"folder-{name}"
        out.append(Case(f"build-folder/{name}", ["build", str(folder), "-o", str(o), "-q"], (1, 2), culprit, out=o))
        out.append(Case(f"validate-folder/{name}", ["validate", str(folder)], (1, 2), culprit))
        out.append(Case(f"query-folder/{name}", ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--data",
                                                 str(folder)], (1, 2), culprit))
    missing = root / "folders" / "missing"
    out.append(Case("build-folder/missing", ["build", str(missing), "-o", str(root / "out" / "m")], (2,), "missing"))
    empty = root / "folders" / "empty"
    empty.mkdir(parents=True)
    out.append(Case("build-folder/empty", ["build", str(empty), "-o", str(root / "out" / "empty")], (0, 1, 2)))
    return out


# --- RDF files for kg validate -----------------------------------------------------------------------


def rdf_variants(server: str) -> list[tuple[str, str | bytes, int | None]]:
    ttl = "@prefix s: <https://schema.org/> .\n<http://a> a s:Person ;\n  s:name \"x\" .\n"
    v: list[tuple[str, str | bytes, int | None]] = [
        ("truncated.ttl", "@prefix : <http://x/> .\n:a :b :c .\n\n:a :b \n", 5),
        ("bad-iri.ttl", "<http://a b> <http://b> <http://c> .\n", 1),
        ("undeclared-prefix.ttl", "x:a <http://b> <http://c> .\n", 1),
        ("unclosed-string.ttl", '<http://a> <http://b> "abc .\n', 1),
        ("late-error.ttl", ttl * 50 + "<http://a> <http://b> .\n", 151),
        ("bad-escape.ttl", '<http://a> <http://b> "\\q" .\n', 1),
        ("binary.ttl", bytes(range(256)), None),
        ("bad.nt", "<http://a> <http://b> \"x\"\n", 2),  # the dot is missing at the end: line 2
        ("relative.nt", "<a> <b> <c> .\n", 1),
        ("bad.trig", "<http://g> { <http://a> <http://b> }\n", 1),
        ("bad.nq", "<http://a> <http://b> <http://c> <http://g>\n", 2),
        ("remote-context.jsonld", json.dumps({"@context": f"{server}/ctx.jsonld", "@id": "http://a"}), None),
        ("remote-context-list.jsonld", json.dumps({"@context": ["https://schema.org", f"{server}/c"],
                                                   "@id": "http://a"}), None),
        ("import-context.jsonld", json.dumps({"@context": {"@version": 1.1, "@import": f"{server}/i"},
                                              "@id": "http://a"}), None),
        ("file-context.jsonld", json.dumps({"@context": "file:///etc/passwd", "@id": "http://a"}), None),
        ("relative-context.jsonld", json.dumps({"@context": "other.jsonld", "@id": "http://a"}), None),
        ("nested-remote.jsonld", json.dumps({"@context": "https://schema.org", "@graph": [
            {"@context": f"{server}/n", "@id": "http://a"}]}), None),
        ("term-scoped-remote.jsonld", json.dumps({"@context": {"knows": {"@id": "http://k", "@context":
                                                  f"{server}/t"}}, "@id": "http://a"}), None),
        ("bad.json", "{\"@id\": \n", 2),
        ("deep.jsonld", "[" * 100000 + "]" * 100000, None),
        ("not-utf8.jsonld", b'{"@id": "http://a", "http://b": "\xff"}', None),
        ("entity-bomb.rdf", '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
         + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
         + ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
           'rdf:about="http://a"><x:n xmlns:x="http://x/">&i;</x:n></rdf:Description></rdf:RDF>\n', None),
        ("external-entity.rdf", '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
         '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="http://a">'
         '<x:n xmlns:x="http://x/">&e;</x:n></rdf:Description></rdf:RDF>\n', None),
        ("external-dtd-entity.rdf", f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % d SYSTEM "{server}/d">%d;]>\n'
         '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n', None),
        ("malformed.rdf", '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
         "<rdf:Description>\n</rdf:RDF>\n", 4),
        
        ("empty.rdf", "", None),
        ("bad.n3", "@prefix : <http://x/> .\n:a :b\n", None),
    ]
    return v


def rdf_cases(root: Path, server: str) -> list[Case]:
    folder = root / "rdf"
    folder.mkdir()
    cases = []
    for name, content, line in rdf_variants(server):
        f = folder / name
        f.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        where = f"{name}:{line}" if line else name
        cases.append(Case(f"validate-rdf/{name}", ["validate", str(f)], (1, 2), where, line))
    for name in ("empty.ttl", "empty.nt", "empty.jsonld"):
        (folder / name).write_text("" if not name.endswith("jsonld") else "{}")
        cases.append(Case(f"validate-rdf/{name}", ["validate", str(folder / name)], (0,)))
    fifo = folder / "pipe.ttl"
    os.mkfifo(fifo)
    cases.append(Case("validate-rdf/fifo", ["validate", str(fifo)], (2,), "pipe.ttl"))
    os.symlink("/dev/zero", folder / "zero.nt")
    cases.append(Case("validate-rdf/dev-zero", ["validate", str(folder / "zero.nt")], (2,), "zero.nt"))
    return cases


# --- sources for kg import ------------------------------------------------------------------------------


def import_cases(root: Path) -> list[Case]:
    folder = root / "sources"
    folder.mkdir()
    page = "# Jane Doe\n\nProfessor at Example University.\n\n## Publications\n\n- Jane Doe, Bo Li. A Paper. CVPR 2020.\n"
    files: list[tuple[str, bytes, tuple[int, ...], str | None]] = [
        ("empty.md", b"", (2,), "empty.md"),
        ("spaces.md", b"   \n\n  \n", (2,), "spaces.md"),
        ("binary.md", bytes(range(256)) * 8, (2,), "binary.md"),
        ("invalid-utf8.md", b"# Jane\n\nJos\xe9\n", (2,), "invalid-utf8.md:3"),
        ("utf16-bom.md", b"\xff\xfe" + page.encode("utf-16-le"), (0,), None),
        ("utf8-bom.md", b"\xef\xbb\xbf" + page.encode("utf-8"), (0,), None),
        ("latin1.html", ('<html><head><meta charset="iso-8859-1"></head><body><h1>José Núñez</h1>'
                         "<p>Café</p></body></html>").encode("latin-1"), (0,), None),
        ("control-chars.md", page.replace("Professor", "Pro\x01fes\x1bsor").encode(), (0,), None),
        ("line-separators.md", page.replace("A Paper", "A\u2028Paper\u2029X\x85").encode(), (0,), None),
        ("one-long-line.md", ("# Jane Doe\n\n" + "word " * 200_000 + "\n").encode(), (0,), None),
        ("long-word.md", ("# Jane Doe\n\n" + "a" * 300_000 + "\n").encode(), (0,), None),
        ("long-spaces.md", ("# Jane Doe\n\n" + "x" + " " * 300_000 + "y\n").encode(), (0,), None),
        ("long-word-small.md", ("# Jane Doe\n\n" + "a" * 5_000 + "\n").encode(), (0,), None),
        ("deep-html.html", ("<html><body>" + "<div>" * 20000 + "x" + "</div>" * 20000 + "</body></html>").encode(),
         (0, 2), None),
        ("deep-list.md", ("# Jane Doe\n\n" + "".join("  " * i + "- x\n" for i in range(300))).encode(), (0,), None),
        ("deep-front-matter.md", ("---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n" + page).encode(), (0, 2), None),
        ("alias-front-matter.md", ("---\n" + _bomb() + "---\n" + page).encode(), (0, 2), None),
        ("bad-front-matter.md", ("---\ntitle: [unclosed\n---\n" + page).encode(), (0, 2), None),
        ("bad.bib", b"@article{x, title = {unclosed\n", (0, 2), None),
        ("deep.bib", ("@article{x, title = " + "{" * 5000 + "t" + "}" * 5000 + "}\n").encode(), (0, 2), None),
        ("bad.html", b"<html><body><p>unclosed <b>tags <i>everywhere", (0, 2), None),
    ]
    known: dict[str, str] = {}  # the markdown readers with quadratic patterns on long runs of spaces are gone
    cases = []
    for name, content, expect, where in files:
        f = folder / name
        f.write_bytes(content)
        out = root / "out" / f"import-{name}"
        cases.append(Case(f"import/{name}", ["import", str(f), "--to", "json"], expect, where, known=known.get(name)))
        cases.append(Case(f"import-o/{name}", ["import", str(f), "-o", str(out)], expect, where, out=out,
                          known=known.get(name)))
    fifo = folder / "pipe.md"
    os.mkfifo(fifo)
    cases.append(Case("import/fifo", ["import", str(fifo), "--to", "json"], (2,), "pipe.md"))
    cases.append(Case("import/dev-zero", ["import", "/dev/zero", "--to", "json"], (2,), "/dev/zero"))
    cases.append(Case("import/missing", ["import", str(folder / "nope.md"), "--to", "json"], (2,), "nope.md"))
    import shutil

    site = folder / "site-with-unreadable-folder"
    shutil.copytree(Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "sites" / "academicpages", site)
    (site / "_publications").chmod(0)
    out = root / "out" / "import-site-unreadable"
    cases.append(Case("import/site-unreadable-folder", ["import", str(site), "-o", str(out)], (1,), "_publications",
                      out=out, unlistable=(site / "_publications",)))
    return cases


# --- options ------------------------------------------------------------------------------------------------


def option_cases(root: Path) -> list[Case]:
    data = root / "good"
    data.mkdir()
    (data / "ada-lovelace.yaml").write_text(GOOD_PROFILE)
    a_file = root / "a-file"
    a_file.write_text("mine\n")
    foreign = root / "foreign"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("keep")
    cases = []
    for i, base in enumerate(("javascript:alert(1)/", "example.org/kg/", "https:///x/", "http://a b/",
                              "https://h:99999/", "ftp://example.org/", "https://example.org/?q=1", "urn:x:y",
                              "https://exa\nmple.org/", "")):
        if base == "":
            continue
        for cmd in (["build", str(data), "-o", str(root / "out" / f"base-{i}")], ["validate", str(data)],
                    ["export", "--data", str(data)], ["embed", "ada-lovelace", "--data", str(data)],
                    ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--data", str(data)]):
            cases.append(Case(f"base/{cmd[0]}/{i}", cmd + ["--base", base], (2,), "base IRI",
                              out=root / "out" / f"base-{i}" if cmd[0] == "build" else None))
        cases.append(Case(f"kg-base/{i}", ["embed", "ada-lovelace", "--data", str(data)], (2,), "base IRI",
                          env={"KG_BASE": base}))
    cases += [
        Case("out/is-a-file", ["build", str(data), "-o", str(a_file)], (2,), "a-file"),
        Case("out/under-a-file", ["build", str(data), "-o", str(a_file / "sub")], (2,), "a-file"),
        Case("out/foreign-folder", ["build", str(data), "-o", str(foreign)], (2,), "foreign"),
        Case("out/export-to-folder", ["export", "--data", str(data), "-o", str(foreign)], (2,), "foreign"),
        Case("out/export-under-file", ["export", "--data", str(data), "-o", str(a_file / "x.ttl")], (2,), "a-file"),
        Case("out/embed-under-file", ["embed", "ada-lovelace", "--data", str(data), "-o", str(a_file / "x.html")],
             (2,), "a-file"),
        Case("out/import-under-file", ["import", str(root / "good" / "ada-lovelace.yaml"), "-o", str(a_file)],
             (2,), None),
        Case("embed/unknown", ["embed", "nobody", "--data", str(data)], (2,), "nobody"),
        Case("embed/by-name", ["embed", "Ada Lovelace", "--data", str(data)], (0,)),
        Case("export/unknown-person", ["export", "--person", "nobody", "--data", str(data)], (2,), "nobody"),
        Case("query/file-missing", ["query", "--file", str(root / "nope.rq"), "--data", str(data)], (2,), "nope.rq"),
        Case("data/missing-default", ["build", "-o", str(root / "out" / "nodata")], (2,), "data"),
    ]
    return cases


def all_cases(root: Path, server: str = "http://127.0.0.1:9") -> list[Case]:
    return profile_cases(root) + folder_cases(root) + rdf_cases(root, server) + import_cases(root) + option_cases(root)


# --- running ----------------------------------------------------------------------------------------------


class NetworkAttempt(Exception):
    pass


def guard_network(attempts: list[str]) -> None:
    """Replace the socket calls that reach out with ones that record the attempt and refuse."""

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise NetworkAttempt(f"network access attempted: {args[:2]!r}")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


class _Timeout(Exception):
    pass


def _alarm(_sig, _frame):
    raise _Timeout()


def run_case(case: Case, runner, main, attempts: list[str]) -> list[str]:
    """The broken promises of one case (empty when it keeps them all)."""
    before = len(attempts)
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGPROF, _alarm)
    signal.alarm(WALL_LIMIT)
    signal.setitimer(signal.ITIMER_PROF, CPU_LIMIT)
    start, cpu = time.monotonic(), time.process_time()
    undo = _refusing(case.unlistable) if case.unlistable else None
    try:
        result = runner.invoke(main, case.args, env=case.env or None, catch_exceptions=True)
    except _Timeout:
        return [f"took more than {CPU_LIMIT} s of CPU or {WALL_LIMIT} s"]
    finally:
        signal.alarm(0)
        signal.setitimer(signal.ITIMER_PROF, 0)
        if undo:
            undo()
            for folder in case.unlistable:
                folder.chmod(0o755)  # so that the scratch folder can be removed
    took, took_cpu = time.monotonic() - start, time.process_time() - cpu
    problems = []
    output = result.output if hasattr(result, "output") else ""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        exc = result.exception
        if isinstance(exc, _Timeout):
            return [f"took more than {CPU_LIMIT} s of CPU or {WALL_LIMIT} s"]
        problems.append(f"exception escaped: {type(exc).__name__}: {str(exc)[:200]}")
    if "Traceback" in output or "internal error" in output:
        problems.append("traceback or internal error: " + output.strip().splitlines()[-1][:200])
    if result.exit_code not in (0, 1, 2):
        problems.append(f"undocumented exit code {result.exit_code}")
    elif result.exit_code not in case.expect:
        problems.append(f"exit {result.exit_code}, expected {case.expect}: {output.strip()[-300:]}")
    if result.exit_code != 0 and case.names:
        errors = [ln for ln in output.splitlines() if ln.startswith("Error: ") or "Violation" in ln]
        wanted = case.names if isinstance(case.names, tuple) else (case.names,)
        if not any(w in ln for ln in errors for w in wanted):
            problems.append(f"no message names {case.names!r}: {output.strip()[-300:]}")
    if result.exit_code != 0 and case.out is not None:
        if case.out.exists() and (case.out.is_file() or any(case.out.iterdir())):
            problems.append(f"partial output left at {case.out}")
        leftovers = [p.name for p in case.out.parent.glob(f".{case.out.name}*")]
        if leftovers:
            problems.append(f"temporary files left: {leftovers}")
    if len(attempts) > before:
        problems.append(f"network attempt: {attempts[before:]}")
    if took_cpu > CPU_LIMIT or took > WALL_LIMIT:
        problems.append(f"took {took_cpu:.1f} s of CPU, {took:.1f} s (limits {CPU_LIMIT} s of CPU, {WALL_LIMIT} s)")
    return problems


def run_all(root: Path, everything: bool = False) -> dict:
    from click.testing import CliRunner

    from kg.cli import main

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    attempts: list[str] = []
    guard_network(attempts)
    cases = all_cases(root)
    runner = CliRunner()
    failures = {}
    times = []
    os.chdir(root)  # no ./data here: commands without --data must say how to point kg at data
    known = {c.name: c.known for c in cases if c.known}
    for case in cases:
        if case.known and not everything:
            continue
        start = time.monotonic()
        problems = run_case(case, runner, main, attempts)
        times.append((time.monotonic() - start, case.name))
        if problems:
            failures[case.name] = problems
    import resource

    return {
        "cases": len(cases),
        "failures": failures,
        "network_attempts": attempts,
        "slowest": sorted(times, reverse=True)[:5],
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "classes": sorted({c.name.split("/")[0] for c in cases}),
        "known": known,
    }


def main_cli(argv: list[str]) -> int:
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    if keep:
        root = Path(keep).resolve()
        root.mkdir(parents=True, exist_ok=False)
        report = run_all(root, "--all" in argv)
    else:
        with tempfile.TemporaryDirectory(prefix="kg-badinput-") as tmp:
            report = run_all(Path(tmp), "--all" in argv)
    if "--json" in argv:
        print(json.dumps(report, indent=1))
    else:
        for name, problems in sorted(report["failures"].items()):
            for p in problems:
                print(f"FAIL {name}: {p}")
        for name, why in sorted(report["known"].items()):
            print(f"KNOWN {name}: {why}" + ("" if "--all" in argv else " (not run; --all runs it)"))
        print(f"{report['cases']} cases, {len(report['failures'])} failing, {len(report['known'])} known; network attempts: "
              f"{len(report['network_attempts'])}; peak memory {report['max_rss_mib']} MiB; slowest: "
              + ", ".join(f"{n} {t:.2f} s" for t, n in report["slowest"]))
    return 0 if not report["failures"] else 1


if __name__ == "__main__":
    sys.exit(main_cli(sys.argv[1:]))
