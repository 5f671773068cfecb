#!/usr/bin/env bash
# Idempotent set-up: a virtual environment in .venv with hetmarl (editable) and its dev tools.
# Installs the CPU build of torch first unless a torch is already present or HETMARL_TORCH says otherwise
# (a bare `torch` requirement would pull a multi-GB CUDA build). Re-runs only when pyproject.toml changes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# smax: JaxMARL's SMAX (CPU jax, ~200 MB of wheels, ~20 s to install) so that the SMAX tests run; HETMARL_EXTRAS=dev skips it
EXTRAS=${HETMARL_EXTRAS:-dev,smax}
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
.venv/bin/python -m pip install -q -e ".[$EXTRAS]"
.venv/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null
echo "$want" > "$stamp"
echo "setup: done"
