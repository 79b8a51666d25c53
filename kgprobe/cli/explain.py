"""``kgprobe explain``: attribute a run's answers to the prompts' tokens and parts."""

from __future__ import annotations

import sys

from kgprobe.cli.run import _positive_int, _unit_interval


def _methods(text: str) -> tuple:
    import argparse

    from kgprobe.explain.methods import METHODS

    names = tuple(dict.fromkeys(m.strip() for m in text.split(",") if m.strip()))
    bad = [m for m in names if m not in METHODS]
    if bad or not names:
        raise argparse.ArgumentTypeError(f"unknown method {', '.join(bad) or text!r} (use {', '.join(METHODS)})")
    return names


def register(sub) -> None:
    from kgprobe.explain.methods import METHODS

    p = sub.add_parser(
        "explain",
        help="why a model answered: attention, gradients and premise ablation per probe (extra kgprobe[explain])",
        description="Reload the model and probes of a finished run (RUN_DIR/results.json: same spec and options, "
        "and the same soft prompts for a --soft run, checked by sha256) "
        "and, for the top-1 and the gold of each chosen probe, attribute the score to the prompt's tokens "
        "(attention from the scored positions, last layer and mean over layers; attention rollout; gradient x "
        "input and integrated gradients on the input embeddings, with captum) and re-score the probe with P1, "
        "P2 removed or the subject replaced by a pseudoword. Writes OUT/explanations.jsonl, "
        "ablated_probes.jsonl, summary.json (shares per part, Kendall tau between methods, premise reliance, "
        "per task / rule x setting / family), two plots and explain.html. Needs captum: "
        "pip install 'kgprobe[explain]'.",
    )
    p.add_argument("run_dir", metavar="RUN_DIR", help="a run folder (DIR/<model-slug>/ of `kgprobe run`)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--probes", nargs="+", metavar="ID", help="explain these probe ids (from predictions.jsonl)")
    g.add_argument("--sample", type=_positive_int, default=20, metavar="N",
                   help="explain a seeded random sample of N scored probes (default: 20)")
    p.add_argument("--kind", choices=("reasoning", "memorisation"), default=None,
                   help="sample among probes of this kind only")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="seed of --sample (default: 0)")
    p.add_argument("--method", type=_methods, default=METHODS, metavar="M[,M...]",
                   help=f"attribution methods, comma-separated (default: all: {','.join(METHODS)})")
    p.add_argument("--ig-steps", type=_positive_int, default=32, metavar="N",
                   help="integrated gradients: steps to start with, in segments of 8 Gauss-Legendre nodes "
                   "(default: 32)")
    p.add_argument("--ig-max-steps", type=_positive_int, default=256, metavar="N",
                   help="integrated gradients: while the path segments' completeness gaps add up to more "
                   "than --ig-tolerance, halve the worst segments, up to N steps per target (default: 256; "
                   "N <= --ig-steps: no refinement)")
    p.add_argument("--ig-tolerance", type=_unit_interval, default=0.02, metavar="F",
                   help="integrated gradients: relative completeness error to refine down to (default: 0.02)")
    p.add_argument("--device", default="auto", help="auto | cpu | cuda | mps (default: the run's, else auto)")
    p.add_argument("--out", default=None, metavar="DIR", help="output folder (default: RUN_DIR/explain)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=handle)


def handle(args) -> int:
    from kgprobe.explain.methods import IG_TOLERANCE, captum
    from kgprobe.explain.run import ExplainConfig, explain, load_run

    run = load_run(args.run_dir)  # a bad folder is told before captum or torch is imported
    captum()
    summary = explain(ExplainConfig(run_dir=args.run_dir, out=args.out, probe_ids=args.probes,
                                    sample=args.sample, seed=args.seed, methods=args.method, kind=args.kind,
                                    device=args.device, ig_steps=args.ig_steps, ig_max_steps=args.ig_max_steps,
                                    ig_tolerance=args.ig_tolerance, progress=not args.no_progress), run)
    o = summary["overall"]
    method = "integrated_gradients" if "integrated_gradients" in o["share"] else next(iter(o["share"]), None)
    shares = o["share"].get(method) or {}
    print(f"explained {o['n']} probes of {summary['run']['model']} in {summary['wall_time_s']} s"
          + (f"; {method} share: " + ", ".join(f"{p} {v:.2f}" for p, v in sorted(shares.items()) if v is not None)
             if method else ""))
    worst = o.get("ig_completeness")
    if isinstance(worst, (int, float)) and worst > IG_TOLERANCE:
        print(f"kgprobe: warning: integrated gradients miss completeness by up to {worst:.0%} of score - baseline "
              f"score (over {IG_TOLERANCE:.0%} on {o.get('ig_incomplete')} of {o.get('ig_targets')} targets): "
              "their attributions do not add up to the score there; raise --ig-max-steps (summary.json: "
              "ig_completeness) before reading them", file=sys.stderr)
    from pathlib import Path

    print(f"wrote {Path(args.out) if args.out else Path(args.run_dir) / 'explain'}")
    return 0
