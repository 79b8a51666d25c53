"""The number a user waits on: OntoProbe's memorisation test set scored by SmolLM2-135M.

The OntoProbe data (../shared/ontoprobe, Wu et al. 2023) is imported as
``kgprobe import ontoprobe`` does (``kgprobe.probes.ontoprobe.build``); a
seeded sample of its memorisation test probes whose candidates are the 783
class labels (TP, SCO, DM, RG) is scored by ``smollm2-135m``'s scorer
(causal, float32 unless --dtype, batch size --batch-size). Probes/s is the
median of the repeats after a warm-up on one probe (the process's CPU
seconds are printed too: on a loaded machine they are the steadier figure); the projected wall time
of the whole memorisation test set (every test probe of the import, counted
from it: TP and the others) is n / (probes/s), printed as a projection (SPO
probes have the property labels as candidates, fewer than 783, so the
projection is an upper bound for them).

With --dtype other than float32 the sample is also scored in float32 and the
largest score difference and the top-1 agreement are printed (a bf16 run is
only worth it when they stay within tolerance).

    python benchmarks/ontoprobe_scale.py            # full: 8 probes, 3 repeats
    python benchmarks/ontoprobe_scale.py --quick    # 1 probe, 3 repeats

Without ../shared/ontoprobe the script says so and exits 2.

Ends with: RATIO ontoprobe_probes_per_s=<probes per second>
"""

from __future__ import annotations

import random
import statistics
import time

from _scoring_common import SEED, print_table, start

CLASS_TASKS = ("TP", "SCO", "DM", "RG")


def shared_dir():
    from _scoring_common import ontoprobe_class_json

    p = ontoprobe_class_json()
    return None if p is None else p.parent.parent.parent


def main() -> None:
    import argparse
    import sys

    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--dtype", default="float32")
    ap.add_argument("--probes", type=int, default=0)
    extra, rest = ap.parse_known_args()
    sys.argv = [sys.argv[0]] + rest
    args = start(__doc__ + "\nExtra options: --dtype float32|bfloat16|float16, --probes N (sample size)")
    d = shared_dir()
    if d is None:
        print("ontoprobe_scale.py needs the OntoProbe data in ../shared/ontoprobe (data/ontology/class.json)")
        sys.exit(2)
    from kgprobe.probes.ontoprobe import build
    from kgprobe.scorers import ScorerOptions, make_scorer

    _, probes, _ = build(d)
    test = [p for p in probes if p.kind == "memorisation" and p.split == "test"]
    by_task: dict = {}
    for p in test:
        by_task[p.task] = by_task.get(p.task, 0) + 1
    pool = [p for p in test if p.task in CLASS_TASKS]
    n = extra.probes or (1 if args.quick else 8)
    sample = random.Random(SEED).sample(pool, n)
    n_cands = {len(p.candidates) for p in sample}
    print(f"OntoProbe import of {d}: memorisation test probes per task {by_task} (total {len(test)}); "
          f"sample: {n} of the {len(pool)} {'/'.join(CLASS_TASKS)} test probes (seed {SEED}), "
          f"candidates per probe {sorted(n_cands)}")
    scorer = make_scorer("smollm2-135m", ScorerOptions(device="cpu", batch_size=args.batch_size, dtype=extra.dtype))
    scorer.score(sample[:1])  # warm-up
    times, cpu = [], []
    out = None
    repeats = 3
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        out = scorer.score(sample)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    wall = statistics.median(times)
    rate = n / wall
    row = {"model": f"smollm2-135m ({extra.dtype})", "batch_size": args.batch_size, "probes": n,
           "candidates": sum(len(p.candidates) for p in sample), "median_s": round(wall, 2),
           "runs_s": " ".join(f"{t:.2f}" for t in times), "probes_per_s": round(rate, 3),
           "median_cpu_s": round(statistics.median(cpu), 2),
           "probes_per_cpu_s": round(n / statistics.median(cpu), 3)}
    if extra.dtype != "float32":
        ref = make_scorer("smollm2-135m", ScorerOptions(device="cpu", batch_size=args.batch_size)).score(sample)
        diff = max(abs(a - b) for x, y in zip(out, ref) for a, b in zip(x.scores, y.scores))
        top1 = sum(max(range(len(x.scores)), key=x.scores.__getitem__)
                   == max(range(len(y.scores)), key=y.scores.__getitem__) for x, y in zip(out, ref))
        row.update(max_abs_diff_vs_float32=f"{diff:.2e}", same_top1=f"{top1}/{n}")
    print_table([row])
    total = len(test)
    tp = by_task.get("TP", 0)
    proj = total / rate
    print(f"projected wall time of the whole memorisation test set ({tp} TP + {total - tp} others = {total} probes) "
          f"at {rate:.3f} probes/s: {proj / 60:.1f} min (a projection from the sample, not a measurement; "
          f"median of {repeats} runs after a warm-up; torch threads as in the environment line); from CPU time "
          f"(what the process got of the cores, which a loaded machine does not inflate): "
          f"{total / row['probes_per_cpu_s'] / 60:.1f} CPU-min")
    print(f"RATIO ontoprobe_probes_per_s={round(rate, 3)}")


if __name__ == "__main__":
    main()
