#!/usr/bin/env bash
# Regenerate data/ from the seed pages with `kg import` (the shipped profiles are importer output).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -f data/*.yaml
for seed in anbang-yao.academicpages.md anbang-yao.aggregator.txt yichen-wei.github-pages.md \
            yunhe-wang.markdown-table.md peisong-wang.html-table.md; do
  .venv/bin/kg import "tests/seeds/$seed" -o data
done
