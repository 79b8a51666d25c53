"""Tuning time per epoch: a soft template for SmolLM2-135M on OntoProbe's train split.

The OntoProbe data (../shared/ontoprobe, Wu et al. 2023) is imported as
``kgprobe import ontoprobe`` does (``kgprobe.probes.ontoprobe.build``). One
epoch of ``kgprobe tune`` (kgprobe.tune.train.probe_step on every train probe
of one template, an Adam step per --batch probes, then dev MRR) is timed for
``--task`` (default SCO, template sco_is_a) on a seeded sample of --probes
train probes (default 2; the import has 10 train probes per task) and
--dev dev probes (default 2), every probe with all 783 class labels as
candidates. Prints wall and CPU seconds of the train part and of the dev
part, and per train probe; the epoch of the whole split is projected from
the per-probe figures (10 train + 10 dev probes).

    python benchmarks/tune_epoch.py [--task SCO] [--probes 2] [--dev 2] [--threads 1]

Without ../shared/ontoprobe the script says so and exits 2.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--task", default="SCO")
    ap.add_argument("--probes", type=int, default=2)
    ap.add_argument("--dev", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    from _scoring_common import ontoprobe_class_json

    p = ontoprobe_class_json()
    if p is None:
        print("tune_epoch.py needs the OntoProbe data in ../shared/ontoprobe (data/ontology/class.json)")
        sys.exit(2)
    import torch

    torch.set_num_threads(args.threads)
    from kgprobe.cli.tune import select
    from kgprobe.probes.ontoprobe import build
    from kgprobe.scorers import ScorerOptions, make_scorer
    from kgprobe.tune import soft, train

    _, probes, _ = build(p.parent.parent.parent)
    sp, train_p, dev_p = select(probes, args.task, None)
    rng = random.Random(args.seed)
    tr = rng.sample(train_p, min(args.probes, len(train_p)))
    dv = rng.sample(dev_p, min(args.dev, len(dev_p)))
    scorer = make_scorer("smollm2-135m", ScorerOptions(device="cpu"))
    train.init_embeddings(scorer, sp, "template", None, args.seed)
    table = torch.nn.Parameter(sp.embeddings.clone())
    scorer.soft = soft.SoftSet([sp], table=table)
    scorer.model.requires_grad_(False)
    opt = torch.optim.Adam([table], lr=0.01)
    w0, c0 = time.perf_counter(), time.process_time()
    for probe in tr:
        train.probe_step(scorer, probe, "nll")
    opt.step()
    w1, c1 = time.perf_counter(), time.process_time()
    mrr = train.dev_mrr(scorer, dv)
    w2, c2 = time.perf_counter(), time.process_time()
    n_c = sorted({len(x.candidates) for x in tr + dv})
    print(f"OntoProbe {args.task} template {sp.template} ({sp.text!r}): {len(tr)} of {len(train_p)} train, "
          f"{len(dv)} of {len(dev_p)} dev probes (seed {args.seed}), candidates per probe {n_c}; "
          f"torch threads {args.threads}")
    print(f"train: {w1 - w0:.1f} s wall, {c1 - c0:.1f} CPU-s ({(c1 - c0) / len(tr):.1f} CPU-s per probe)")
    print(f"dev:   {w2 - w1:.1f} s wall, {c2 - c1:.1f} CPU-s ({(c2 - c1) / len(dv):.1f} CPU-s per probe); MRR {mrr:.3f}")
    per_epoch = (c1 - c0) / len(tr) * len(train_p) + (c2 - c1) / len(dv) * len(dev_p)
    print(f"projected epoch of the whole split ({len(train_p)} train + {len(dev_p)} dev): {per_epoch:.0f} CPU-s")


if __name__ == "__main__":
    main()
