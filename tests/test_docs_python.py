"""The README's Python section runs as written (on ./data), and kg's docstrings point only inside the repo."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_python_section_runs(tmp_path, monkeypatch):
    section = README.split("### From Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(ROOT)
    code = code.replace('Path("build")', f"Path({str(tmp_path / 'build')!r})")
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - our own documentation
    assert (tmp_path / "build" / "graph.ttl").exists()
    assert scope["page"]["mainEntity"]["name"] == "Yunhe Wang"
    assert scope["res"].variables[:2] == ["coauthor", "name"]


def test_docstrings_do_not_point_outside_the_repository():
    outside = re.compile(r"\.\./shared|/work/(?:main|shared|wt-)|perf-baseline\.md")  # /work/SLUG is a route
    hits = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "kg").rglob("*.py"))
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if outside.search(line)]
    assert hits == []


def test_docstring_examples_run():
    # the examples in kg's docstrings are the code's own answers: each must still give what it shows
    import doctest
    import importlib

    failed: list[str] = []
    tried = 0
    for path in sorted((ROOT / "kg").rglob("*.py")):
        if path.name == "__main__.py":
            continue  # (importing it runs the command)
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        module = importlib.import_module(name)
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False)
        tried += result.attempted
        if result.failed:
            failed.append(f"{name}: {result.failed} of {result.attempted}")
    assert tried > 100  # (the walk found the modules and their examples)
    assert failed == []
