"""Train and publish runs in time-limited chunks: for a GPU machine lent by the command (no dvc or papermill there).

A device command is capped at 10 minutes, so a paper-scale run trains across several commands. Each call trains the
named runs one after another until --budget-s is spent, checkpointing at the end of every chunk of
`checkpoint_interval` iterations. A run that finishes is published (hetmarl.publish: curve, summary, config and the
evaluations made from its weights) under --data; copy that folder into data/runs/ and commit it, and the pipeline
redraws it on any machine (profiles with `reuse_published: true` do not retrain it). Carry the --runs folder of an
unfinished run into the next call to resume it exactly.

    python scripts/device_train.py --profile paper --task smax:3s5z --algos mappo shppo --seeds 0 1 2 \
        --runs .devruns --data $OUT/data/runs --budget-s 540 --device cuda

Prints one line per run at the end: finished (published), in progress (iteration, env steps/s) or skipped (already
published with this config).
"""
from __future__ import annotations
import argparse, json, sys, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hetmarl.core import load_params, profile_config                      # noqa: E402
from hetmarl.train import Trainer                                          # noqa: E402
from hetmarl.publish import publish_run, published_mismatch                 # noqa: E402


def parse(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--profile", default="paper")
    p.add_argument("--params", default="params.yaml")
    p.add_argument("--task", required=True, help="family:task, e.g. smax:3s5z or pms:15a_3c")
    p.add_argument("--algos", nargs="+", required=True)
    p.add_argument("--seeds", nargs="+", type=int, required=True)
    p.add_argument("--runs", required=True, help="run folders (checkpoints): <runs>/<profile>/<family>/<task>/<algo>/s<seed>")
    p.add_argument("--data", required=True, help="published results, same layout (copy into data/runs/)")
    p.add_argument("--budget-s", type=float, default=540, help="stop starting new chunks after this many seconds")
    p.add_argument("--device", default=None, help="override train.device (e.g. cuda); evaluations run there too")
    return p.parse_args(argv)


def run_one(params, a, algo: str, seed: int, t_end: float) -> str:
    "Train one run until it finishes or the budget ends; publish it when it finishes. Returns a status line."
    over = {"train": {"device": a.device, "progress": False}} if a.device else {"train": {"progress": False}}
    cfg = profile_config(params, a.profile, a.task, algo, seed, overrides=over)
    rel = Path(a.profile) / a.task.replace(":", "/") / algo / f"s{seed}"
    run_dir, out_dir = Path(a.runs) / rel, Path(a.data) / rel
    if not published_mismatch(out_dir, cfg, params): return f"{rel}: skipped, already published"
    tr = Trainer(cfg, run_dir, resume=True)
    chunk, t_chunk = cfg.train.checkpoint_interval, 0.0
    while tr.iteration < tr.num_iterations and time.time() + t_chunk < t_end:
        t0 = time.time()
        tr.fit(max_iterations=chunk - tr.iteration % chunk)       # ends on a checkpoint
        t_chunk = time.time() - t0
    sps = tr.curve[-1]["sps"] if tr.curve else float("nan")
    if tr.iteration < tr.num_iterations:
        return f"{rel}: in progress, iteration {tr.iteration}/{tr.num_iterations}, {sps:,.0f} env steps/s; carry {run_dir}"
    tr.finish()
    publish_run(run_dir, out_dir, params, device=str(tr.device))
    final = json.loads((out_dir / "final.json").read_text())
    return (f"{rel}: finished and published, {final['env_steps']:,} env steps at {final['mean_sps']:,.0f}/s, "
            f"final eval return {final['final_eval_return']:.3f}, won {final['final_eval_won']:.3f}")


def main(argv=None) -> list[str]:
    a = parse(argv)
    params = load_params(a.params)
    t_end = time.time() + a.budget_s
    lines = []
    for algo in a.algos:
        for seed in a.seeds:
            lines.append(run_one(params, a, algo, seed, t_end) if time.time() < t_end else f"{algo} s{seed}: not started (budget spent)")
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
