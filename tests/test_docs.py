"""The README documents every command and the two set-up commands, and every command has help."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_and_is_in_the_readme(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert main.commands[name].help, f"kg {name} has no help text"
    assert f"kg {name}" in README, f"README does not show kg {name}"


def test_readme_two_commands_exist_and_ci_runs_the_test_one():
    assert "bash scripts/run.sh" in README and "bash scripts/test.sh" in README
    assert (ROOT / "scripts" / "run.sh").exists() and (ROOT / "scripts" / "test.sh").exists()
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
