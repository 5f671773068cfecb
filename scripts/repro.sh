#!/usr/bin/env bash
# The main job: set up (first time only), then run the DVC pipeline on the profile named in params.yaml
# (quick by default). Extra arguments go to `dvc repro`, e.g. scripts/repro.sh pms_table
#   scripts/repro.sh --profile paper [dvc repro args]   switch params.yaml's `profile:` line first (it stays switched)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
if [[ "${1:-}" == "--profile" ]]; then
  name="${2:?--profile needs a name, e.g. --profile paper}"; shift 2
  python - "$name" <<'PY'
import re, sys, yaml
name, text = sys.argv[1], open("params.yaml").read()
names = sorted(yaml.safe_load(text)["profiles"])
if name not in names: sys.exit(f"error: profile {name!r} is not in params.yaml; use one of {names}")
new = re.sub(r"(?m)^profile:[ \t]*[A-Za-z0-9_-]+", f"profile: {name}", text, count=1)
open("params.yaml.tmp", "w").write(new)
PY
  mv params.yaml.tmp params.yaml
  echo "params.yaml: profile: $name (set it back with --profile quick)"
fi
# idle OpenMP threads sleep instead of spinning: on a shared 2-core machine spinning threads of two processes
# slowed a PPO update 14x (16.5 s vs 1.2 s measured here)
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
exec dvc repro "$@"
