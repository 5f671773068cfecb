#!/usr/bin/env bash
# The main job: set up (first time only), then run the DVC pipeline on the profile named in params.yaml
# (quick by default). Extra arguments go to `dvc repro`, e.g. scripts/repro.sh pms_table
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
exec dvc repro "$@"
