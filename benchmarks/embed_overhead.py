"""`kgprobe embed pykeen:Nations` against the bare PyKEEN pipeline.

Both train TransE on PyKEEN's shipped Nations dataset with the same seed,
epochs, dimension, batch size, learning rate and early stopping, each run in
a fresh subprocess (imports are not timed on either side):

* kgprobe: ``run_embed(EmbedConfig("pykeen:Nations", ...))`` -- training,
  evaluation and writing every output (embeddings, PyKEEN model, metrics);
* bare:    ``pykeen.pipeline.pipeline(dataset="Nations", model="TransE", ...)``
  as a user would call it (no gc trick, torch's default thread count; the
  result is not saved).

kgprobe's two speed-ups: ``gc.collect(); gc.freeze()`` around training
(PyKEEN collects garbage after every epoch) and one torch thread for a small
model on CPU. ``--components`` times each alone as well.

Each process first runs a 1-epoch warm-up (lazy imports such as
torch._dynamo, which Adam pulls in, and the file cache), then the timed run;
the table gives the median of ``--repeats`` processes (3; 1 in --quick, with
20 epochs instead of 100). The test MRR of both
(realistic ranks, filtered) should agree: within +-0.02 is the acceptance
bound; same seed and settings give the same number up to float noise.

    python benchmarks/embed_overhead.py           # full: 100 epochs, 3 repeats (about 2-3 min on 2 cores)
    python benchmarks/embed_overhead.py --quick   # 20 epochs, 1 repeat (< 60 s)

Ends with: RATIO embed_time_vs_pykeen=<median kgprobe seconds / median bare seconds>
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import env_line, fail, print_table

REPO = Path(__file__).resolve().parent.parent


def worker(args) -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    import torch
    from pykeen.pipeline import pipeline

    def once(epochs: int, out: str) -> tuple:
        if args.worker.startswith("kgprobe"):
            from kgprobe.embed.train import EmbedConfig, run_embed

            cfg = EmbedConfig(source="pykeen:Nations", model="TransE", epochs=epochs, dim=args.dim,
                              batch_size=args.batch_size, lr=args.lr, seed=args.seed, device="cpu",
                              eval_every=args.eval_every, patience=args.patience, out=out, progress=False,
                              threads=torch.get_num_threads() if args.worker == "kgprobe-gc-only" else None,
                              freeze_gc=args.worker != "kgprobe-threads-only")
            t0 = time.perf_counter()
            m = run_embed(cfg)
            secs = time.perf_counter() - t0
            return secs, m["test"]["MRR"], m["manifest"]["epochs_trained"], m["manifest"]["torch_threads"]
        t0 = time.perf_counter()
        result = pipeline(
            dataset="Nations",
            model="TransE",
            model_kwargs=dict(embedding_dim=args.dim),
            optimizer_kwargs=dict(lr=args.lr),
            training_kwargs=dict(num_epochs=epochs, batch_size=args.batch_size, use_tqdm=False),
            stopper="early",
            stopper_kwargs=dict(frequency=args.eval_every, patience=args.patience,
                                metric="inverse_harmonic_mean_rank"),
            random_seed=args.seed,
            device="cpu",
        )
        secs = time.perf_counter() - t0
        mrr = float(result.metric_results.get_metric("both.realistic.inverse_harmonic_mean_rank"))
        return secs, mrr, len(result.losses), torch.get_num_threads()

    once(1, args.out + "-warmup")  # warm-up: lazy imports (torch._dynamo via Adam), file cache
    secs, mrr, epochs, threads = once(args.epochs, args.out)
    print("RESULT " + json.dumps({"seconds": secs, "mrr": mrr, "epochs": epochs, "threads": threads}))


def run_worker(kind: str, args, epochs: int, out: str) -> dict:
    cmd = [sys.executable, __file__, "--worker", kind, "--epochs", str(epochs), "--dim", str(args.dim),
           "--batch-size", str(args.batch_size), "--lr", str(args.lr), "--seed", str(args.seed),
           "--eval-every", str(args.eval_every), "--patience", str(args.patience), "--out", out]
    env = dict(os.environ)
    env.setdefault("PYSTOW_HOME", str(Path(out).parent / "pystow"))
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-4000:])
    raise SystemExit(f"{kind} worker failed (exit {proc.returncode})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="20 epochs, 1 repeat")
    ap.add_argument("--epochs", type=int, default=None, help="epochs (default: 100; 20 with --quick)")
    ap.add_argument("--repeats", type=int, default=None, help="timed runs per side (default: 3; 1 with --quick)")
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--lr", type=float, default=0.01)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--eval-every", type=int, default=10)
    ap.add_argument("--patience", type=int, default=2)
    ap.add_argument("--components", action="store_true",
                    help="also time kgprobe with only the gc trick (torch's default threads) and with only one "
                    "thread (no gc trick)")
    ap.add_argument("--worker", choices=("kgprobe", "bare", "kgprobe-gc-only", "kgprobe-threads-only"),
                    help=argparse.SUPPRESS)
    ap.add_argument("--out", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args)
        return
    epochs = args.epochs or (20 if args.quick else 100)
    repeats = args.repeats or (1 if args.quick else 3)
    print(env_line())
    print(f"TransE on pykeen:Nations: {epochs} epochs, dim {args.dim}, batch size {args.batch_size}, "
          f"lr {args.lr}, seed {args.seed}, early stopping every {args.eval_every} (patience {args.patience}); "
          f"median of {repeats} fresh processes, each after a 1-epoch warm-up in the same process")
    kinds = ["kgprobe", "bare"] + (["kgprobe-gc-only", "kgprobe-threads-only"] if args.components else [])
    labels = {"kgprobe": "kgprobe embed pykeen:Nations", "bare": "pykeen.pipeline (bare)",
              "kgprobe-gc-only": "kgprobe, gc trick only", "kgprobe-threads-only": "kgprobe, 1 thread only"}
    with tempfile.TemporaryDirectory(prefix="kgprobe-embed-bench-") as tmp:
        out = str(Path(tmp) / "nations")
        res: dict = {k: [] for k in kinds}
        for _ in range(repeats):
            for kind in kinds:
                res[kind].append(run_worker(kind, args, epochs, out))
    rows = []
    for kind in kinds:
        label = labels[kind]
        rs = res[kind]
        rows.append({"run": label, "median_s": round(statistics.median(r["seconds"] for r in rs), 2),
                     "runs_s": " ".join(f"{r['seconds']:.2f}" for r in rs),
                     "epochs": rs[-1]["epochs"], "test_MRR": round(rs[-1]["mrr"], 4),
                     "torch_threads": rs[-1]["threads"]})
    print(f"torch threads: {rows[1]['torch_threads']} (bare); kgprobe trains this small model on "
          f"{rows[0]['torch_threads']}")
    print_table(rows)
    diff = abs(res["kgprobe"][-1]["mrr"] - res["bare"][-1]["mrr"])
    if diff > 0.02:
        fail("test MRR differs by more than 0.02",
             [f"kgprobe {res['kgprobe'][-1]['mrr']:.6f}, bare {res['bare'][-1]['mrr']:.6f}"])
    print(f"device: cpu; MRR difference {diff:.4f} (within +-0.02)")
    ratio = rows[0]["median_s"] / rows[1]["median_s"] if rows[1]["median_s"] else float("nan")
    print(f"RATIO embed_time_vs_pykeen={ratio:.3f}")


if __name__ == "__main__":
    main()
