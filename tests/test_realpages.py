"""kg import on the real homepages of ``../shared/realpages``, scored against their hand-read gold.

The pages are not copied into the repo: CI has ``../shared/`` beside the clone. Without it the test is skipped,
except under ``CI=true``, where a missing corpus is an error. ``scripts/score_realpages.py`` prints the table.

The issue's goal is 95% of gold fields overall, no case below 85% and exact publication counts in 90% of cases.
Until kg gets there the thresholds are a ratchet: ``tests/realpages/floors.json`` holds the overall fraction and
each known case's score at the last accepted run, and a case or the whole may not fall below them. Raise the
floors when kg gets better (``KG_REGENERATE_GOLDENS=1``); never lower them to let a regression through.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from tests.realpages import corpus_dir
from tests.realpages.scoring import score_case

ROOT = Path(__file__).resolve().parent.parent
CORPUS = corpus_dir(ROOT)
FLOORS = Path(__file__).resolve().parent / "realpages" / "floors.json"
GOAL_OVERALL, GOAL_CASE, GOAL_EXACT_COUNTS = 0.95, 0.85, 0.90


def _down(x: float) -> float:
    return math.floor(x * 10000) / 10000


def _cases() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(d for d in CORPUS.iterdir() if (d / "gold.json").exists())


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict]:
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CORPUS}: the real-page corpus is missing (CI must have ../shared beside the clone)")
        pytest.skip(f"{CORPUS} not found (real-page corpus lives beside the clone)")
    out = {}
    for case in _cases():
        out[case.name] = score_case(case, tmp_path_factory.mktemp(case.name))
    return out


def test_corpus_is_there(scores):
    assert len(scores) >= 28, f"only {len(scores)} cases in {CORPUS}"


def test_every_real_page_imports_to_a_profile_the_model_takes(scores):
    # what `kg import` writes, `kg build` must load: a link keyed by a page's own label ("Conf. Proc.") once made a
    # profile the model refused
    invalid = {name: r["invalid"] for name, r in scores.items() if r.get("invalid")}
    assert not invalid, f"profiles kg build would refuse: {invalid}"


def test_real_pages_meet_the_floors(scores):
    rows = list(scores.values())
    overall = sum(r["ok"] for r in rows) / sum(r["total"] for r in rows)
    if os.environ.get("KG_REGENERATE_GOLDENS"):
        floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {"cases": {}}
        new = {"overall": _down(overall), "cases": {r["case"]: _down(r["score"]) for r in rows},
               "exact_counts": sorted(r["case"] for r in rows if _exact_count(r))}
        lowered = [k for k, v in new["cases"].items() if v < floors["cases"].get(k, 0)]
        FLOORS.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n")
        assert not lowered, f"floors lowered for {lowered}: read the misses before accepting this"
        return
    floors = json.loads(FLOORS.read_text())
    table = "\n".join(f"  {r['case']:28} {r['score']:6.1%}  {'; '.join(r['misses'][:3])[:160]}" for r in rows)
    problems = [f"{r['case']}: {r['score']:.1%} < floor {floors['cases'][r['case']]:.1%}"
                for r in rows if r["case"] in floors["cases"] and r["score"] < floors["cases"][r["case"]] - 1e-9]
    known = [r for r in rows if r["case"] in floors["cases"]]
    known_overall = sum(r["ok"] for r in known) / max(1, sum(r["total"] for r in known))
    lost = sorted(c for c in floors.get("exact_counts", []) if c in scores and not _exact_count(scores[c]))
    if lost:
        problems.append(f"publication counts no longer exact: {', '.join(lost)}")
    if known_overall < floors["overall"] - 1e-9:
        problems.append(f"overall on the known cases {known_overall:.1%} < floor {floors['overall']:.1%}")
    assert not problems, "real-page accuracy fell:\n" + "\n".join(problems) + "\n" + table


def test_no_dev_case_drops_a_file_in_silence(scores):
    """Every file of a case's site that could hold content (a page, a BibTeX file, a data file under a data folder)
    is named by the import: read, ignored with its reason, or its lines reported (issue 8)."""
    silent = {r["case"]: r["silent"] for r in scores.values() if r.get("silent")}
    assert not silent, f"files dropped in silence: {silent}"


def _exact_count(row: dict) -> bool:
    return "publications" in row["counts"] and row["counts"]["publications"][0] == row["counts"]["publications"][1]


def test_goal_figures_are_within_range(scores, capsys):
    """Where kg stands against the issue's goal, printed for the CI log; the figures must be real fractions
    of a scored corpus (every case scored some fields, none errored)."""
    rows = list(scores.values())
    overall = sum(r["ok"] for r in rows) / sum(r["total"] for r in rows)
    exact = sum(1 for r in rows if _exact_count(r)) / len(rows)
    below = sum(1 for r in rows if r["score"] < GOAL_CASE)
    with capsys.disabled():
        print(f"\nreal pages: {overall:.1%} of gold fields (goal {GOAL_OVERALL:.0%}); exact publication counts "
              f"{exact:.0%} of cases (goal {GOAL_EXACT_COUNTS:.0%}); {below} case(s) below {GOAL_CASE:.0%}")
    errors = [r["case"] for r in rows if r["error"]]
    assert not errors, f"cases that did not import: {errors}"


def test_a_gold_mark_written_as_one_string_is_one_mark():
    """Gold may write ``"marks": {"A. Writer": "corresponding"}``; that is the mark, not a set of its letters."""
    from tests.realpages.scoring import score

    profile = {"publications": [{"title": "On Invented Results", "authors": [
        {"name": "A. Writer", "marks": ["corresponding"]}, {"name": "B. Helper", "marks": []}]}]}
    for marks in ("corresponding", ["corresponding"]):
        gold = {"publications_sample": [{"title": "On Invented Results", "marks": {"A. Writer": marks}}]}
        tally, found, _ = score(profile, gold)
        assert found == 1 and tally.ok == tally.total == 2, tally.misses
    gold = {"publications_sample": [{"title": "On Invented Results", "marks": {"B. Helper": "equal_contribution"}}]}
    tally, _, _ = score(profile, gold)
    assert tally.misses == ["pub marks B. Helper [On Invented Results]: got set()"]


def test_the_corpus_is_found_from_a_git_worktree_made_anywhere(tmp_path, monkeypatch):
    """scripts/score_realpages.py and this test find the corpus beside the checkout; from a git worktree made
    elsewhere (no ../shared beside it), beside the main worktree; $KG_REALPAGES first when set."""
    import subprocess

    from tests.realpages import ENV

    monkeypatch.delenv(ENV, raising=False)
    main = tmp_path / "main" / "repo"
    main.mkdir(parents=True)
    (tmp_path / "main" / "shared" / "realpages").mkdir(parents=True)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "-C", str(main), "init", "-q"], check=True)
    (main / "a.txt").write_text("a\n")
    subprocess.run([*git, "-C", str(main), "add", "a.txt"], check=True)
    subprocess.run([*git, "-C", str(main), "commit", "-qm", "a"], check=True)
    worktree = tmp_path / "elsewhere" / "wt"
    subprocess.run([*git, "-C", str(main), "worktree", "add", "-q", str(worktree)], check=True)
    assert corpus_dir(main) == tmp_path / "main" / "shared" / "realpages"
    assert corpus_dir(worktree).resolve() == (tmp_path / "main" / "shared" / "realpages").resolve()
    assert corpus_dir(tmp_path / "nowhere") == tmp_path / "shared" / "realpages"
    monkeypatch.setenv(ENV, str(tmp_path / "given"))
    assert corpus_dir(worktree) == tmp_path / "given"
