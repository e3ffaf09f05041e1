"""The bad-input corpus (scripts/badinput.py) keeps kg's promises on every case.

It runs in a child process under resource limits (address space MEMORY_LIMIT, CPU CPU_LIMIT),
so an input that exhausts memory or loops fails this test instead of the machine; each case
also has its own CPU and wall-clock limits inside the run (badinput.CPU_LIMIT, badinput.WALL_LIMIT).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).parent.parent / "scripts" / "badinput.py"
CPU_LIMIT = 900


def _limits():
    sys.path.insert(0, str(SCRIPT.parent))
    import badinput

    resource.setrlimit(resource.RLIMIT_AS, (badinput.MEMORY_LIMIT, badinput.MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT))


def test_bad_input_corpus_keeps_the_promises(tmp_path):
    run = subprocess.run([sys.executable, str(SCRIPT), "--json", "--keep", str(tmp_path / "corpus")],
                         capture_output=True, text=True, preexec_fn=_limits, timeout=CPU_LIMIT + 60)
    assert run.returncode in (0, 1), run.stderr[-2000:]
    report = json.loads(run.stdout)
    assert report["cases"] >= 250
    assert {"import", "validate", "build", "query", "embed"} <= set(report["classes"])
    assert report["network_attempts"] == []
    assert report["failures"] == {}, json.dumps(report["failures"], indent=1)[:4000]
    assert run.returncode == 0
