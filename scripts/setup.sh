#!/usr/bin/env bash
# Idempotent set-up: a virtual environment in .venv with hetmarl (editable) and its dev tools.
# Installs the CPU build of torch first unless a torch is already present or HETMARL_TORCH says otherwise
# (a bare `torch` requirement would pull a multi-GB CUDA build). Re-runs only when pyproject.toml changes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# smax: JaxMARL's SMAX (CPU jax, ~200 MB of wheels, ~20 s to install) so that the SMAX tests run;
# grf: Google Research Football, whose engine scripts/install_grf.sh compiles (Debian packages + ~10 min the first
# time; pip caches the wheel). HETMARL_EXTRAS=dev skips both.
EXTRAS=${HETMARL_EXTRAS:-dev,smax,grf}
TORCH_SPEC=${HETMARL_TORCH:-torch==2.13.0}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.hetmarl-setup
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $EXTRAS $TORCH_SPEC"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && .venv/bin/python -c "import hetmarl, torch" 2>/dev/null; then
  exit 0
fi
echo "setup: installing hetmarl[$EXTRAS] into .venv ..."
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -c "import torch" 2>/dev/null || .venv/bin/python -m pip install -q "$TORCH_SPEC"
if [[ ",$EXTRAS," == *",grf,"* ]] && ! bash scripts/install_grf.sh; then
  # CI must test the real engine; elsewhere go on without football (its tests skip, grf envs say how to install)
  [ -n "${CI:-}" ] && { echo "setup: building Google Research Football failed (see above)" >&2; exit 1; }
  echo "setup: WARNING: Google Research Football could not be built; continuing without it (retry: bash scripts/install_grf.sh)" >&2
  EXTRAS=$(echo ",$EXTRAS," | sed 's/,grf,/,/; s/^,//; s/,$//')
fi
.venv/bin/python -m pip install -q -e ".[$EXTRAS]"
.venv/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null
echo "$want" > "$stamp"
echo "setup: done"
