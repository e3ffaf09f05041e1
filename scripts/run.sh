#!/usr/bin/env bash
# The main job: build the graph of the researchers in data/, validate it, write build/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/kg build data -o build "$@"
