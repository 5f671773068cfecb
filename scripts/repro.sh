#!/usr/bin/env bash
# The main job: set up (first time only), then run the DVC pipeline on the profile named in params.yaml
# (quick by default). Extra arguments go to `dvc repro`, e.g. scripts/repro.sh pms_table
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
# idle OpenMP threads sleep instead of spinning: on a shared 2-core machine spinning threads of two processes
# slowed a PPO update 14x (16.5 s vs 1.2 s measured here)
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
exec dvc repro "$@"
