#!/usr/bin/env bash
# The pipeline's benchmark stages on a lent GPU machine (no network, no DVC), in one device command, run exactly as
# `dvc repro` runs them (their dvc.yaml commands, the profile of params.yaml), then packed into $OUT: a device command
# returns at most 8 files, 2 folders deep, so everything comes back as one bench.tgz plus the log.
#
#   bash scripts/device_bench.sh bench_algos bench_hetdps bench_hetero     # one command (carry .wheels-device)
#   bash scripts/device_bench.sh bench_smax:3s5z_vs_3s6z                    # one SMAX map per 10-minute command
#   bash scripts/device_bench.sh bench_smax:smacv2_5_units                  # (carry .wheels-device and .cache/jaxmarl)
#
# Each benchmark writes its data/bench/<topic>.json with this machine's rows on top and every other device's rows kept
# under `other_devices` (hetmarl.bench), so unpacking bench.tgz in the repository root replaces nothing but the
# records and executed notebooks of the stages run; then `dvc commit -f <stages>` records them in dvc.lock.
# BUDGET_S (default 560) bounds the whole script: a stage gets the time left, and what finished is packed regardless.
set -uo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-python3}
out=${OUT:-}
[[ -n $out ]] || { echo "error: set OUT to the folder whose files come back (the device command's \$OUT)" >&2; exit 2; }
[[ $# -gt 0 ]] || { echo "error: name the stages to run, e.g. bench_algos bench_hetdps bench_hetero or bench_smax:3s5z_vs_3s6z" >&2; exit 2; }
t_end=$(( $(date +%s) + ${BUDGET_S:-560} ))
log=$out/device_bench.log
mkdir -p "$out"
exec > >(tee -a "$log") 2>&1

if ! "$py" -c "import papermill" 2>/dev/null; then
  ls .wheels-device/*.whl >/dev/null 2>&1 || { echo "error: papermill is missing and .wheels-device/ is empty: run scripts/device_wheels.sh here and carry .wheels-device" >&2; exit 2; }
  "$py" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .wheels-device/*.whl || exit 1
  export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH} PATH=/tmp/site/bin:$PATH
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1
"$py" - <<'EOF'
import platform, torch
print(f"device_bench: python {platform.python_version()}, torch {torch.__version__},",
      f"GPU {torch.cuda.get_device_name(0)}" if torch.cuda.is_available() else "no GPU (the benchmarks measure the CPU)")
EOF

# stage name -> its commands (dvc.yaml, ${profile} filled in) and the files it writes, one per line: "cmd\t..." / "out\t..."
stage_plan() {
  "$py" - "$1" <<'EOF'
import sys, yaml
name = sys.argv[1]
stages, profile = yaml.safe_load(open("dvc.yaml"))["stages"], yaml.safe_load(open("params.yaml"))["profile"]
if name not in stages or not name.startswith("bench_"):
    sys.exit(f"error: {name!r} is not a benchmark stage of dvc.yaml; use one of {sorted(s for s in stages if s.startswith('bench_'))}")
fill = lambda s: " ".join(s.replace("${profile}", profile).split())
for c in stages[name]["cmd"]: print("cmd\t" + fill(c))
for o in stages[name]["outs"]: print("out\t" + fill(next(iter(o)) if isinstance(o, dict) else o))
EOF
}

declare -A plans
for spec in "$@"; do                       # every stage name checked before anything runs
  plans[$spec]=$(stage_plan "${spec%%:*}") || exit 2
done
packed=()
for spec in "$@"; do
  task=; [[ $spec == *:* ]] && task=${spec#*:}
  plan=${plans[$spec]}
  left=$(( t_end - $(date +%s) ))
  (( left > 30 )) || { echo "device_bench: $spec not started (budget spent)"; continue; }
  echo "device_bench: $spec ($left s left)"
  t0=$(date +%s); ok=1
  while IFS=$'\t' read -r kind text; do
    [[ $kind == cmd ]] || continue
    [[ -n $task && $text == *papermill* ]] && text="$text -y \"only_tasks: [$task]\""
    timeout $(( t_end - $(date +%s) )) bash -c "$text"; rc=$?
    (( rc == 0 )) || { ok=0; echo "device_bench: $spec $( ((rc == 124)) && echo "ran out of time" || echo "failed (exit $rc)")"; break; }
  done <<< "$plan"
  echo "device_bench: $spec $([[ $ok == 1 ]] && echo done || echo stopped) in $(( $(date +%s) - t0 )) s"
  while IFS=$'\t' read -r kind text; do [[ $kind == out && -e $text ]] && packed+=("$text"); done <<< "$plan"
done
if [[ ${#packed[@]} -gt 0 ]]; then
  tar czf "$out/bench.tgz" "${packed[@]}" && echo "device_bench: packed ${packed[*]} into bench.tgz"
fi
