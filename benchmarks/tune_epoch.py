"""Tuning time per epoch: a soft template for SmolLM2-135M on OntoProbe's train split.

The OntoProbe data (../shared/ontoprobe, Wu et al. 2023) is imported as
``kgprobe import ontoprobe`` does (``kgprobe.probes.ontoprobe.build``, the
paper's split: 10 train, 10 dev probes per task, the first template). One
epoch of ``kgprobe tune`` (``kgprobe.tune.train.train`` with --epochs 1: the
train pass, an Adam step per 8 probes, then dev MRR; template init, nll,
lr 0.01, seed 0) is run for ``--task`` on the whole train and dev split of
that task, and its wall and CPU seconds (the tune curve's own figures) are
printed, with the dev pass alone (epoch 0) beside it. SPO (the default: 82
property labels as candidates) is the cheap task, TP/SCO/DM/RG (783 class
labels) the expensive ones. ``--quick``: a seeded sample of 2 train and 2 dev
SPO probes (under a minute on an idle core). One torch thread unless
--threads.

    python benchmarks/tune_epoch.py                 # SPO, 10 train + 10 dev probes
    python benchmarks/tune_epoch.py --task TP       # 783 candidates per probe
    python benchmarks/tune_epoch.py --quick         # SPO, 2 + 2 probes

Without ../shared/ontoprobe the script says so and exits 2.

Ends with: RATIO tune_epoch_s=<wall seconds of the epoch> (and tune_epoch_cpu_s)
"""

from __future__ import annotations

import random
import sys

from _scoring_common import SEED, print_table, start


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--task", default="SPO", choices=("TP", "SCO", "SPO", "DM", "RG"))
    extra, rest = ap.parse_known_args()
    sys.argv = [sys.argv[0]] + rest
    args = start(__doc__ + "\nExtra option: --task TP|SCO|SPO|DM|RG (default SPO)")
    from _scoring_common import ontoprobe_class_json

    p = ontoprobe_class_json()
    if p is None:
        print("tune_epoch.py needs the OntoProbe data in ../shared/ontoprobe (data/ontology/class.json)")
        sys.exit(2)
    import time

    from kgprobe.cli.tune import select
    from kgprobe.probes.ontoprobe import TASK_ORDER, build
    from kgprobe.scorers import ScorerOptions, make_scorer
    from kgprobe.tune import train

    t0 = time.perf_counter()
    # only the train and dev lines matter here: one test line per task keeps the import small
    _, probes, _ = build(p.parent.parent.parent, first_test={t: 1 for t in TASK_ORDER})
    sp, train_p, dev_p = select(probes, extra.task, None)
    if args.quick:
        rng = random.Random(SEED)
        train_p, dev_p = rng.sample(train_p, 2), rng.sample(dev_p, 2)
    scorer = make_scorer("smollm2-135m", ScorerOptions(device="cpu", batch_size=args.batch_size))
    train.init_embeddings(scorer, sp, "template", None, SEED)
    setup_s = time.perf_counter() - t0
    out = train.train(scorer, sp, train_p, dev_p, loss="nll", epochs=1, lr=0.01, seed=SEED, patience=1, batch=8,
                      progress=False)
    dev_only, epoch = out.curve[0], out.curve[1]
    n_c = sorted({len(x.candidates) for x in train_p + dev_p})
    print(f"OntoProbe {extra.task}, template {sp.template} ({sp.text!r}, {sum(sp.sizes)} soft vectors); "
          f"{'a seeded sample of ' if args.quick else ''}{len(train_p)} train + {len(dev_p)} dev probes, "
          f"candidates per probe {n_c}; import and model load {setup_s:.1f} s (not counted)")
    print_table([{"task": extra.task, "train": len(train_p), "dev": len(dev_p), "candidates": n_c[-1],
                  "epoch_wall_s": epoch["wall_s"], "epoch_cpu_s": epoch["cpu_s"],
                  "dev_pass_wall_s": dev_only["wall_s"], "dev_pass_cpu_s": dev_only["cpu_s"],
                  "dev_mrr_0": round(dev_only["dev_mrr"], 4), "dev_mrr_1": round(epoch["dev_mrr"], 4)}])
    print("epoch = the train pass (a forward pass, then the candidates re-scored with gradients) and the dev pass; "
          "CPU seconds are the process's (all threads): on a shared machine they are the steadier figure")
    print(f"RATIO tune_epoch_s={epoch['wall_s']:.1f}")
    print(f"RATIO tune_epoch_cpu_s={epoch['cpu_s']:.1f}")


if __name__ == "__main__":
    main()
