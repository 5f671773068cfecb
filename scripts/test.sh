#!/usr/bin/env bash
# The whole test suite: set up (first time only), then run every notebook's tests with nbdev-test (the
# default flags skip `slow` and `gpu` cells). Prints a closing "N passed, N failed" line counting notebooks.
# Extra arguments go to nbdev-test, e.g. scripts/test.sh --flags "slow"
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
export PATH="$PWD/.venv/bin:$PATH"
# idle OpenMP threads sleep instead of spinning: on a shared 2-core machine spinning threads of two processes
# slowed a PPO update 14x (16.5 s vs 1.2 s measured here)
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
# one thread per test process: two workers on two cores, no OpenMP oversubscription (it can slow torch 20x)
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} MKL_NUM_THREADS=${MKL_NUM_THREADS:-1}
# the same for JAX on the CPU (SMAX tests)
export XLA_FLAGS=${XLA_FLAGS:-"--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"}
python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('jaxmarl') is None)" 2>/dev/null ||
  echo "test suite: jaxmarl is not installed, so nbs/03_smax.ipynb skips its SMAX tests (pip install 'hetmarl[smax]', Python >= 3.11)"
log=$(mktemp)
start=$(date +%s)
nbdev-test --n-workers "${HETMARL_TEST_WORKERS:-2}" --timing "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
total=$(python -c "from nbdev.test import nbglob; from nbdev.config import get_config; print(len(nbglob(get_config().nbs_path, skip_file_re='^[_.]', skip_folder_re='^[_.]')))" 2>/dev/null || echo 0)
failed=$(awk '/nbdev Tests Failed On The Following Notebooks/{f=1;next} f && /\.ipynb/{n++} END{print n+0}' "$log")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=$total; fi
echo "test suite: $(( $(date +%s) - start ))s"
echo "$(( total - failed )) passed, $failed failed"
rm -f "$log"
exit "$rc"
