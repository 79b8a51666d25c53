"""`kgprobe embed pykeen:Nations` against the bare PyKEEN pipeline, at matched threads.

Both train TransE on PyKEEN's shipped Nations dataset with the very same
``pykeen.pipeline`` keyword arguments - built by one function,
``kgprobe.embed.train.pipeline_kwargs`` (model, dimension, epochs, batch size,
learning rate, seed, early stopping, evaluation batch size) - at the same
torch thread count, each run in a fresh subprocess (imports are not timed):

* kgprobe: ``run_embed(EmbedConfig("pykeen:Nations", ..., threads=T))`` --
  training, evaluation and writing every output (embeddings, PyKEEN model,
  metrics, training log);
* bare:    ``torch.set_num_threads(T)``, then ``pykeen.pipeline.pipeline(**kw)``
  with those keyword arguments less the result tracker (nothing is saved).

What differs is kgprobe's own work: the gc trick (``gc.collect();
gc.freeze()`` around training; PyKEEN collects garbage after every epoch)
and writing the outputs. T is 1 and torch's default (the machine's cores).

Each process first runs a 1-epoch warm-up (lazy imports such as
torch._dynamo, which Adam pulls in, and the file cache), then the timed run;
the table gives the median of ``--repeats`` processes (3; 1 in --quick, with
20 epochs instead of 100), the two sides alternating. Same seed, settings and
threads give the same test MRR (realistic ranks, filtered); a difference over
1e-6 prints both, no RATIO line, and exits 1.

    python benchmarks/embed_overhead.py           # full: 100 epochs, 3 repeats
    python benchmarks/embed_overhead.py --quick   # 20 epochs, 1 repeat (< 60 s idle)

Ends with: RATIO embed_time_vs_pykeen=<median kgprobe seconds / median bare
seconds at 1 thread> and RATIO embed_time_vs_pykeen_default_threads=<the
same at torch's default thread count>.
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


def config(args, epochs: int, out: str, threads: int):
    """The one EmbedConfig both sides are built from."""
    from kgprobe.embed.train import EmbedConfig

    return EmbedConfig(source="pykeen:Nations", model="TransE", epochs=epochs, dim=args.dim,
                       batch_size=args.batch_size, lr=args.lr, seed=args.seed, device="cpu",
                       eval_every=args.eval_every, patience=args.patience, out=out, progress=False,
                       threads=threads)


def worker(args) -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    import torch
    from pykeen.pipeline import pipeline

    from kgprobe.embed.train import pipeline_kwargs, prepare_pykeen, quiet_pykeen, test_metrics

    threads = args.threads or torch.get_num_threads()

    def once(epochs: int, out: str) -> tuple:
        cfg = config(args, epochs, out, threads)
        if args.worker == "kgprobe":
            from kgprobe.embed.train import run_embed

            t0 = time.perf_counter()
            m = run_embed(cfg)
            secs = time.perf_counter() - t0
            return secs, m["test"]["MRR"], m["manifest"]["epochs_trained"], m["manifest"]["torch_threads"]
        with quiet_pykeen():
            prepared = prepare_pykeen(cfg)
        Path(out).mkdir(parents=True, exist_ok=True)
        kw = pipeline_kwargs(cfg, prepared, "cpu", cfg.batch_size, Path(out), None)
        torch.set_num_threads(threads)
        t0 = time.perf_counter()
        with quiet_pykeen():
            result = pipeline(**kw)
        secs = time.perf_counter() - t0
        return secs, test_metrics(result.metric_results)["MRR"], len(result.losses), torch.get_num_threads()

    once(1, args.out + "-warmup")  # warm-up: lazy imports (torch._dynamo via Adam), file cache
    secs, mrr, epochs, used = once(args.epochs, args.out)
    print("RESULT " + json.dumps({"seconds": secs, "mrr": mrr, "epochs": epochs, "threads": used}))


def run_worker(kind: str, args, epochs: int, out: str, threads: int) -> dict:
    cmd = [sys.executable, __file__, "--worker", kind, "--epochs", str(epochs), "--dim", str(args.dim),
           "--batch-size", str(args.batch_size), "--lr", str(args.lr), "--seed", str(args.seed),
           "--eval-every", str(args.eval_every), "--patience", str(args.patience), "--out", out,
           "--threads", str(threads)]
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
    ap.add_argument("--worker", choices=("kgprobe", "bare"), help=argparse.SUPPRESS)
    ap.add_argument("--threads", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--out", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args)
        return
    epochs = args.epochs or (20 if args.quick else 100)
    repeats = args.repeats or (1 if args.quick else 3)
    import torch

    default_threads = torch.get_num_threads()
    print(env_line())
    print(f"TransE on pykeen:Nations: {epochs} epochs, dim {args.dim}, batch size {args.batch_size}, "
          f"lr {args.lr}, seed {args.seed}, early stopping every {args.eval_every} (patience {args.patience}); "
          f"both sides: the same pipeline kwargs (kgprobe.embed.train.pipeline_kwargs) at the same thread count; "
          f"median of {repeats} fresh processes each, each after a 1-epoch warm-up in the same process")
    labels = {"kgprobe": "kgprobe embed pykeen:Nations", "bare": "pykeen.pipeline (bare)"}
    rows, ratios, bad = [], {}, []
    with tempfile.TemporaryDirectory(prefix="kgprobe-embed-bench-") as tmp:
        for threads in dict.fromkeys((1, default_threads)):
            res: dict = {k: [] for k in labels}
            for i in range(repeats):
                for kind in (("kgprobe", "bare") if i % 2 == 0 else ("bare", "kgprobe")):
                    res[kind].append(run_worker(kind, args, epochs, str(Path(tmp) / f"{kind}-{threads}-{i}"),
                                                threads))
            med = {}
            for kind, label in labels.items():
                rs = res[kind]
                med[kind] = statistics.median(r["seconds"] for r in rs)
                rows.append({"run": label, "threads": rs[-1]["threads"], "median_s": round(med[kind], 2),
                             "runs_s": " ".join(f"{r['seconds']:.2f}" for r in rs), "epochs": rs[-1]["epochs"],
                             "test_MRR": round(rs[-1]["mrr"], 6)})
            for r_k, r_b in zip(res["kgprobe"], res["bare"]):
                if abs(r_k["mrr"] - r_b["mrr"]) > 1e-6 or r_k["epochs"] != r_b["epochs"]:
                    bad.append(f"{threads} thread(s): kgprobe MRR {r_k['mrr']:.8f} ({r_k['epochs']} epochs), "
                               f"bare {r_b['mrr']:.8f} ({r_b['epochs']} epochs)")
            ratios[threads] = med["kgprobe"] / med["bare"]
    print_table(rows)
    if bad:
        fail("test MRR (or epochs trained) differs between kgprobe and the bare pipeline", bad)
    print("device: cpu; test MRR identical on both sides (|diff| <= 1e-6) at every thread count")
    print(f"RATIO embed_time_vs_pykeen={ratios[1]:.3f}")
    print(f"RATIO embed_time_vs_pykeen_default_threads={ratios[default_threads]:.3f}")

if __name__ == "__main__":
    main()
