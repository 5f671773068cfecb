"""Train and publish runs in time-limited chunks: for a GPU machine lent by the command (no dvc or papermill there).

A device command is capped at 10 minutes, so a paper-scale run trains across several commands. Each call trains the
named runs until --budget-s is spent, one after another or --jobs at a time in separate processes (small models leave a
GPU mostly idle, and the machine has 16 cores), checkpointing at the end of every chunk of `checkpoint_interval`
iterations. A run that finishes is published (hetmarl.publish: curve, summary, config and the evaluations made from its
weights) under --data; those folders go into data/runs/ and are committed, and the pipeline redraws them on any machine
(profiles with `reuse_published: true` do not retrain them). A run that does not finish resumes exactly from its run
folder in a later call.

A device command returns at most 8 files, no more than 2 folders below $OUT, so --pack DIR writes two archives there,
laid out as <profile>/<family>/<task>/<algo>/s<seed>: DIR/published.tgz (the named runs' published folders) and
DIR/unfinished.tgz (the run folders of the named runs still in progress: checkpoints, curve, config). Here:
`tar xzf published.tgz -C data/runs` (and commit); keep unfinished.tgz in a carried, git-ignored folder and name it with
--unpack in the next call, which extracts it into --runs. With --data data/runs, a run already published here (and so in
the working tree the command carries) is skipped rather than trained again:

    python scripts/device_train.py --profile paper --task pms:15a_3c --algos mappo shppo happo_share --seeds 0 1 2 \
        --runs .devruns --data data/runs --budget-s 540 --device cuda --jobs 9 --pack $OUT [--unpack .carry/unfinished.tgz]

A chunk starts only when the last one's duration still fits in the budget, and a run only with at least --min-start-s
left, so a call ends within about one chunk of --budget-s; leave that, publishing and packing inside the 10 minutes.

Prints one line per run at the end: finished (published), in progress (iteration, env steps/s) or skipped (already
published with this config).
"""
from __future__ import annotations
import argparse, importlib, json, os, sys, tarfile, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))     # spawned --jobs workers import this file as `device_train`
from hetmarl.core import load_params, profile_config                      # noqa: E402
from hetmarl.train import Trainer, process_map                             # noqa: E402
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
    p.add_argument("--min-start-s", type=float, default=90, help="start or resume no run with less budget left than this "
                   "(a run's first chunk has no time estimate, and a command that outlasts its limit returns nothing)")
    p.add_argument("--max-iterations", type=int, default=None, help="train each run at most this many more iterations in this call")
    p.add_argument("--jobs", type=int, default=1, help="runs trained at a time, each in its own process (torch threads shared out)")
    p.add_argument("--pack", default=None, help="folder to write published.tgz and unfinished.tgz into (e.g. $OUT)")
    p.add_argument("--unpack", default=None, help="an unfinished.tgz from an earlier call, extracted into --runs first")
    a = p.parse_args(argv)
    if a.jobs < 1: p.error(f"--jobs {a.jobs}: use 1 or more")
    if a.unpack and not Path(a.unpack).is_file(): p.error(f"--unpack {a.unpack}: no such file (carry the unfinished.tgz an earlier call packed)")
    return a


def rel_path(profile: str, task: str, algo: str, seed: int) -> Path:
    "A run's place under --runs and --data: <profile>/<family>/<task>/<algo>/s<seed>."
    return Path(profile) / task.replace(":", "/") / algo / f"s{seed}"


def run_one(params, a, algo: str, seed: int, t_end: float) -> str:
    "Train one run until it finishes or the budget ends; publish it when it finishes. Returns a status line."
    if t_end - time.time() < a.min_start_s: return f"{algo} s{seed}: not started (less than --min-start-s of the budget left)"
    train = {"progress": False, **({"device": a.device} if a.device else {}),
             **({"torch_threads": max(1, (os.cpu_count() or 1) // a.jobs)} if a.jobs > 1 else {})}
    cfg = profile_config(params, a.profile, a.task, algo, seed, overrides={"train": train})
    rel = rel_path(a.profile, a.task, algo, seed)
    run_dir, out_dir = Path(a.runs) / rel, Path(a.data) / rel
    if not published_mismatch(out_dir, cfg, params): return f"{rel}: skipped, already published"
    tr = Trainer(cfg, run_dir, resume=True)
    chunk, t_chunk = cfg.train.checkpoint_interval, 0.0
    stop = min(tr.num_iterations, tr.iteration + (a.max_iterations or tr.num_iterations))
    while tr.iteration < stop and time.time() + t_chunk < t_end:
        t0 = time.time()
        tr.fit(max_iterations=min(chunk - tr.iteration % chunk, stop - tr.iteration))   # ends on a checkpoint or at `stop`
        t_chunk = time.time() - t0
    if tr.iteration % chunk and tr.iteration < tr.num_iterations: tr.save()   # stopped by --max-iterations between checkpoints
    sps = tr.curve[-1]["sps"] if tr.curve else float("nan")
    if tr.iteration < tr.num_iterations:
        return f"{rel}: in progress, iteration {tr.iteration}/{tr.num_iterations}, {sps:,.0f} env steps/s; carry {run_dir}"
    tr.finish()
    publish_run(run_dir, out_dir, params, device=str(tr.device))
    final = json.loads((out_dir / "final.json").read_text())
    return (f"{rel}: finished and published, {final['env_steps']:,} env steps at {final['mean_sps']:,.0f}/s, "
            f"final eval return {final['final_eval_return']:.3f}, won {final['final_eval_won']:.3f}")


def pack(a, runs: list[tuple[str, int]]) -> list[Path]:
    """Write --pack/published.tgz (the published folders of the named runs) and --pack/unfinished.tgz (the run folders
    of every named run with a checkpoint and no published result: those trained here, and those carried in that got no
    turn), each laid out as <profile>/<family>/<task>/<algo>/s<seed>."""
    out, written, data, runs_root = Path(a.pack), [], Path(a.data), Path(a.runs)
    out.mkdir(parents=True, exist_ok=True)
    rels = [rel_path(a.profile, a.task, al, s) for al, s in runs]
    done = [r for r in rels if (data / r / "final.json").exists()]
    busy = [r for r in rels if (runs_root / r / "ckpt").is_dir() and r not in done]
    for name, root, chosen in (("published.tgz", data, done), ("unfinished.tgz", runs_root, busy)):
        if not chosen: (out / name).unlink(missing_ok=True); continue          # no archive from an earlier call left behind
        with tarfile.open(out / name, "w:gz") as t:
            for r in chosen: t.add(root / r, arcname=str(r))
        written.append(out / name)
    return written


def main(argv=None) -> list[str]:
    a = parse(argv)
    params = load_params(a.params)
    if a.unpack:
        with tarfile.open(a.unpack) as t: t.extractall(a.runs, filter="data")
    t_end = time.time() + a.budget_s
    runs = [(algo, seed) for algo in a.algos for seed in a.seeds]
    fn = importlib.import_module("device_train").run_one if a.jobs > 1 else run_one
    lines = process_map(fn, [(params, a, algo, seed, t_end) for algo, seed in runs], a.jobs)
    if a.pack: lines += [f"packed {p}" for p in pack(a, runs)]
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
