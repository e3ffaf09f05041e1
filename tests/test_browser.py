"""A person page of kg serve in a real browser: headless Chromium (Debian's `chromium`) loads it, the
page's own self-check script reports that its JSON-LD parsed and both pictures loaded, the coauthor
and work links resolve, and a screenshot is kept in ci-artifacts/ (not committed; not in build/, which kg build replaces whole)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

from .serving import Server, build

FIXTURES = Path(__file__).parent / "fixtures" / "query"
ARTIFACTS = Path(__file__).resolve().parent.parent / "ci-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def chromium():
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return exe


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    _, out = build(FIXTURES, tmp_path_factory.mktemp("browser"))
    s = Server(out)
    yield s
    s.stop()


def _chromium(exe: str, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / f"profile-{len(list(tmp.iterdir()))}"  # a fresh user data dir per run
    return subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                          timeout=120)


def _dom(exe: str, tmp: Path, url: str) -> str:
    r = _chromium(exe, tmp, "--virtual-time-budget=10000", "--dump-dom", url)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def test_person_page_in_chromium(chromium, server, tmp_path):
    url = server.url + "person/alice-archer"
    dom = _dom(chromium, tmp_path, url)
    m = re.search(r'<html[^>]*data-selfcheck="([^"]*)"', dom)
    assert m, "the page's self-check did not run: " + dom[:300]
    check = json.loads(html.unescape(m.group(1)))
    assert check["jsonld"] >= 1 and check["parsed"] == check["jsonld"], check
    assert "ProfilePage" in check["types"]  # the `kg embed` snippet of a profile owner
    assert check["images"] == 2 and check["loaded"] == 2, check
    assert 'id="chart"' in dom and 'id="network"' in dom

    coauthors = re.findall(r'<a class="coauthor" href="([^"]+)"', dom)
    works = re.findall(r'<a class="work" href="([^"]+)"', dom)
    assert coauthors and works
    for href in coauthors + works:
        req = urllib.request.Request(server.url.rstrip("/") + href, headers={"Accept": "text/html"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.status == 200 and r.headers["Content-Type"].startswith("text/html")
    # one coauthor's page through the browser too, with its own links back
    other = _dom(chromium, tmp_path, server.url.rstrip("/") + coauthors[0])
    assert re.search(r"<h1>[^<]+</h1>", other) and 'class="work"' in other

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "person-page.png"
    if shot.exists():
        shot.unlink()
    r = _chromium(chromium, tmp_path, "--window-size=1200,1800", "--hide-scrollbars", f"--screenshot={shot}", url)
    assert r.returncode == 0, r.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
