"""Shared fixtures: small profile folders and a built graph of them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
GOOD = FIXTURES / "profiles" / "good"
BAD = FIXTURES / "profiles" / "bad"
SEEDS = TESTS / "seeds"
VOCAB = TESTS / "vocab" / "schemaorg-current-https.ttl"


@pytest.fixture
def good_dir(tmp_path: Path) -> Path:
    """A writable copy of the two-researcher fixture folder."""
    dest = tmp_path / "data"
    shutil.copytree(GOOD, dest)
    return dest


@pytest.fixture(scope="session")
def good_build():
    from kg.build import load_build

    return load_build([GOOD])


@pytest.fixture(scope="session")
def schema_terms() -> set[str]:
    """Every class and property IRI of schema.org release 30.0 (bundled in tests/vocab)."""
    import rdflib

    g = rdflib.Graph().parse(VOCAB, format="turtle")
    return {str(s) for s in g.subjects() if str(s).startswith("https://schema.org/")}


def as_unprivileged_user(cmd: list[str], cwd: Path):
    """Run ``cmd`` as a user file permissions apply to: this user when it is not root, else nobody
    (setpriv, part of util-linux on every Debian)."""
    import shutil
    import subprocess
    import sys

    argv = [sys.executable, "-m", "kg", *cmd]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to run as a user other than root"
        argv = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *argv]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    probe = subprocess.run([*argv[:-len(cmd) - 2], "-c", "import kg"], cwd=cwd, capture_output=True, env=env)
    if probe.returncode != 0:  # the checkout lies in a folder only root may enter (e.g. /root)
        pytest.skip("an unprivileged user cannot run this checkout's Python here; the simulated tests cover it")
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=120, env=env)
