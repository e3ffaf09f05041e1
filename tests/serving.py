"""Start `kg build` + `kg serve` on a free loopback port for the tests that talk HTTP to it."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main


def build(data_src: Path, tmp: Path, base: str | None = None) -> tuple[Path, Path]:
    data, out = tmp / "data", tmp / "build"
    shutil.copytree(data_src, data)
    args = ["build", str(data), "-o", str(out), "-q"] + (["--base", base] if base else [])
    r = CliRunner().invoke(main, args, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return data, out


class Server:
    """`kg serve BUILD --port 0` in a subprocess; ``url`` ends with '/'."""

    def __init__(self, build_dir: Path, *args: str):
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(build_dir), "--port", "0", *args],
                                     stderr=subprocess.PIPE, text=True, start_new_session=True)
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            m = re.match(r"kg serve: (http://127\.0\.0\.1:\d+/\S*)", line)
            if m:
                self.url = m.group(1)
                return
            if self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"kg serve did not start: {line}{self.proc.stderr.read() if self.proc.stderr else ''}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()
