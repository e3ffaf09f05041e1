"""An installed kg, also from a wheel, carries its shapes, ontology, context and queries."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from kg.resources import asset_dir, context_file, ontology_file, queries_dir, shape_files

ROOT = Path(__file__).resolve().parent.parent


def test_resources_resolve_in_a_checkout():
    assert [p.name for p in shape_files()] == ["consumer.ttl", "structural.ttl"]
    assert ontology_file().is_file() and context_file().is_file()
    assert len(list(queries_dir().glob("*.rq"))) >= 8
    assert asset_dir("shapes").is_dir()


def test_the_wheel_carries_every_resource(tmp_path):
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                          "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    (wheel,) = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kg/_assets/shapes/structural.ttl", "kg/_assets/shapes/consumer.ttl", "kg/_assets/ontology/kg.ttl",
            "kg/context.jsonld", "kg/queries/coauthors.rq", "kg/cli.py"} <= names
