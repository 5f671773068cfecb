#!/usr/bin/env bash
# Wheels that a lent GPU machine (Python 3.12 with torch, JAX, flax, optax, chex, pandas, scikit-learn, matplotlib,
# pyyaml, tqdm already installed; no network) needs beyond its image, downloaded here into .wheels-device/
# (git-ignored through .git/info/exclude), to travel with a device command as `carry`:
#   notebooks  papermill and its kernel, to run the pipeline's notebooks there exactly as dvc runs them here
#   smax       JaxMARL's SMAX (hetmarl.envs.smax)
#   peer       what JaxMARL's own recurrent MAPPO script imports (bench_smax's peer), antlr4 built here (no wheel)
# Versions are pinned to a set resolved together for Python 3.12; pip installs them there without resolving:
#   python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .wheels-device/*.whl && export PYTHONPATH=/tmp/site
# Usage: bash scripts/device_wheels.sh [notebooks] [smax] [peer]      (default: all three; ~20 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.wheels-device
mkdir -p "$dest" .git/info
grep -qx "/$dest/" .git/info/exclude 2>/dev/null || echo "/$dest/" >> .git/info/exclude
py=${PYTHON:-.venv/bin/python}
[[ -x $py ]] || py=python3

notebooks=(papermill==2.7.0 nbclient==0.11.0 nbformat==5.11.1 fastjsonschema==2.22.3 jsonschema==4.26.0
  jsonschema-specifications==2025.9.1 referencing==0.37.0 rpds-py==2026.9.1 entrypoints==0.4.2 tenacity==9.2.1
  ipykernel==7.4.0 ipython==9.18.1 ipython-pygments-lexers==1.1.1 jupyter-client==8.10.0 jupyter-core==5.9.1
  traitlets==5.16.1 tornado==6.6.1 pyzmq==27.3.0 comm==0.2.3 debugpy==1.8.22 matplotlib-inline==0.2.2
  nest-asyncio2==1.7.4 platformdirs==4.14.8 jedi==0.20.1 parso==0.8.7 prompt-toolkit==3.0.53 wcwidth==0.9.4
  pexpect==4.9.0 ptyprocess==0.7.0 stack-data==0.6.3 asttokens==3.0.2 executing==2.3.0 pure-eval==0.2.4 tzdata==2026.6)
smax=(jaxmarl==0.2.0 gymnax==1.0.1 gymnasium==1.4.0 farama-notifications==0.0.6)
peer=(distrax==0.1.9 tfp-nightly==0.26.0.dev20261027 dm-tree==0.1.10 decorator==5.3.1 gast==0.7.0 hydra-core==1.3.8
  omegaconf==2.3.0)

sets=("$@"); [[ ${#sets[@]} -gt 0 ]] || sets=(notebooks smax peer)
for s in "${sets[@]}"; do
  case $s in
    notebooks) names=("${notebooks[@]}") ;;
    smax) names=("${smax[@]}") ;;
    peer) names=("${peer[@]}") ;;
    *) echo "error: unknown wheel set '$s'; use notebooks, smax or peer" >&2; exit 2 ;;
  esac
  echo "device_wheels: $s (${#names[@]} packages) -> $dest/"
  "$py" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    -d "$dest" "${names[@]}"
  if [[ $s == peer ]]; then    # omegaconf's parser runtime ships only as an sdist: build its pure-Python wheel here
    "$py" -m pip wheel -q --no-deps -w "$dest" antlr4-python3-runtime==4.9.3
  fi
done
echo "device_wheels: $(ls "$dest"/*.whl | wc -l) wheels, $(du -sh "$dest" | cut -f1) in $dest/"
