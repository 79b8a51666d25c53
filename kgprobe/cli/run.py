"""``kgprobe run``: score a battery with one or more models."""

from __future__ import annotations

import argparse
import math
import sys

from kgprobe.cli.ontology import add_semantics_arg
from kgprobe.errors import KgprobeError

DEFAULT_MODEL = "smollm2-135m"


def _unit_interval(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (0.0 <= v <= 1.0) or math.isnan(v):
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return v


def _positive_int(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, not {text}")
    return v


def _nonneg_int(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if v < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, not {text}")
    return v


def _positive_float(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not v > 0 or math.isinf(v):
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return v


#: the flags that are scorer options (kgprobe.scorers.base.ScorerOptions); default None = not given,
#: so that a flag and a spec option (hf:gpt2,norm=mean) that disagree are caught
OPTION_FLAGS = ("device", "dtype", "trust_remote_code", "batch_size", "pooling", "single_mask", "norm", "scope",
                "seed", "concurrency", "timeout", "retries")


def register(sub) -> None:
    from kgprobe.scorers.models import CAUSAL_SCOPES, NORMS, POOLINGS
    from kgprobe.device import DTYPE_NAMES

    p = sub.add_parser(
        "run",
        help="score a probe battery with language models / KG embeddings",
        description="Generate (or read) the battery's probes, score split 'test' with each --model, and write "
        "DIR/<model-slug>/predictions.jsonl and results.json (R@1, R@5, MRR, MRRa with bootstrap 95% CIs, "
        "per task / rule x premise setting / template / parallel family, consistency, calibration). "
        "A run killed part way resumes when started again with the same arguments. "
        "A model's options can also follow its spec after a comma (hf:gpt2,norm=mean,batch_size=8; "
        "baseline:frequency,ties=first); a flag that disagrees with one is an error.",
    )
    p.add_argument("--model", action="append", metavar="SPEC",
                   help=f"model spec, repeatable (default: {DEFAULT_MODEL}); e.g. hf:bert-base-uncased, "
                   "gguf:DIR#file.gguf, openai:http://host/v1#model, openai-completions:http://host/v1#model, "
                   "baseline:random, kge:DIR; options after a comma: hf:gpt2,norm=mean")
    p.add_argument("--ontology", default=None, metavar="O",
                   help="ontology file or shipped name (default: world)")
    p.add_argument("--battery", default="default", metavar="B",
                   help="battery YAML file or shipped name: default, full, ontoprobe (default: default)")
    add_semantics_arg(p)
    p.add_argument("--probes", default=None, metavar="FILE.jsonl",
                   help="read probes from a JSONL file (one probe per line, as `kgprobe probes` writes) "
                   "instead of generating them")
    p.add_argument("--out", default="runs", metavar="DIR", help="output folder (default: runs/)")
    p.add_argument("--limit", type=_positive_int, default=None, metavar="N",
                   help="score a seeded random sample of N test probes")
    p.add_argument("--task", action="append", default=None, metavar="T",
                   help="score only the test probes of task or rule T (TP, SCO, SPO, DM, RG, rdfs2, ...), "
                   "repeatable (default: all); more tasks on an existing run extend it (its predictions stay)")
    p.add_argument("--seed", type=int, default=None, metavar="S",
                   help="seed for --limit sampling, random baselines and bootstrap (default: 0)")
    p.add_argument("--device", default=None,
                   help="auto | cpu | cuda | cuda:N | mps (default: auto: cuda, else mps, else cpu)")
    p.add_argument("--dtype", default=None, choices=DTYPE_NAMES,
                   help="model weights dtype (default: auto)")
    p.add_argument("--batch-size", type=_positive_int, default=None, metavar="N",
                   help="sequences per forward pass; openai-completions: statements per request (default: 64)")
    p.add_argument("--pooling", choices=POOLINGS, default=None,
                   help="masked LMs: pooling of the per-[MASK] log-probs (default: mean)")
    p.add_argument("--single-mask", action="store_true", default=None,
                   help="masked LMs: one [MASK] whatever the candidate's length")
    p.add_argument("--norm", choices=NORMS, default=None,
                   help="causal LMs (hf, openai-completions): log-prob sum of the scored tokens, per-token mean, "
                   "or the candidate's first "
                   "token only (default: sum)")
    p.add_argument("--scope", choices=CAUSAL_SCOPES, default=None,
                   help="causal LMs: score the candidate's tokens given the text before [Y] (answer), the "
                   "candidate and the rest of the sentence after it (answer+suffix), or every token of the "
                   "statement after BOS (sentence) (default: answer+suffix)")
    p.add_argument("--trust-remote-code", action="store_true", default=None,
                   help="hf: allow model code from the checkpoint (off by default)")
    p.add_argument("--concurrency", type=_positive_int, default=None, metavar="N",
                   help="openai, openai-completions: requests in flight (default: 8)")
    p.add_argument("--timeout", type=_positive_float, default=None, metavar="S",
                   help="openai, openai-completions: seconds per request (default: 60)")
    p.add_argument("--retries", type=_nonneg_int, default=None, metavar="N",
                   help="openai, openai-completions: retries of a failed request (default: 3)")
    p.add_argument("--abstain-below", type=_unit_interval, default=None, metavar="T",
                   help="count predictions with confidence below T as abstained; report coverage and "
                   "selective accuracy at T")
    p.add_argument("--shard", default=None, metavar="I/N",
                   help="score only shard I of N (I = 0..N-1: test probes I, I+N, ...) into "
                   "DIR/<model-slug>.shard-I-of-N/; join the N shards with `kgprobe merge`")
    p.add_argument("--soft", action="append", metavar="DIR",
                   help="score with the soft prompt in DIR (from `kgprobe tune --out DIR`), repeatable: one per "
                   "task, plus one conj; a task's prompt also replaces the words of the reasoning hypotheses and "
                   "stated premises of that task (softT), conj the conjunction (softC); probes it does not cover "
                   "keep their words. The run goes to DIR/<model-slug>_soft-<hash>/")
    p.add_argument("--overwrite", action="store_true",
                   help="discard an existing run in DIR/<model-slug>/ instead of resuming it")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=handle)


def handle(args) -> int:
    from kgprobe.runner import hold_run_locks
    from kgprobe.scorers.base import ScorerOptions, check_spec

    given = {k: getattr(args, k) for k in OPTION_FLAGS if getattr(args, k) is not None}
    args.options = ScorerOptions(**given)
    args.seed = args.options.seed
    from kgprobe.shard import parse_shard

    models = list(dict.fromkeys(args.model or [DEFAULT_MODEL]))
    args.shard = parse_shard(args.shard) if args.shard is not None else None
    soft = []
    if args.soft:  # a missing file or a pickle fails now, before probes and models
        from kgprobe.tune.soft import load as load_soft

        soft = [load_soft(d) for d in dict.fromkeys(args.soft)]
    args.soft_prompts = soft
    for spec in models:
        # a misspelt model, a bad option or one a flag contradicts fails now, not after the probes are generated
        check_spec(spec, args.options, given=set(given))
    if not args.probes:  # so do a misspelt battery or ontology, before a run folder is made
        from kgprobe.ontology.load import resolve_path
        from kgprobe.probes.battery import resolve_battery

        resolve_battery(args.battery)
        resolve_path(args.ontology or "world")
    with hold_run_locks(args.out, models, args.shard, soft):  # before the probes and the models: a busy folder is told at once
        return _handle(args, models)


def _handle(args, models: list[str]) -> int:
    from kgprobe.metrics.aggregate import small_groups
    from kgprobe.runner import RunConfig, load_probe_set, run_model, select_test, summary_text
    from kgprobe.scorers.openai import public_spec

    probe_set = load_probe_set(battery=args.battery, ontology=args.ontology, probes_file=args.probes,
                               semantics=args.semantics)
    options = args.options
    failed = 0
    for spec in models:
        cfg = RunConfig(model=spec, out=args.out, limit=args.limit, seed=args.seed, options=options,
                        tasks=tuple(dict.fromkeys(args.task)) if args.task else None,
                        abstain_below=args.abstain_below, overwrite=args.overwrite,
                        progress=not args.no_progress, shard=args.shard, soft=args.soft_prompts)
        try:
            outcome = run_model(cfg, probe_set)
        except KgprobeError as exc:
            if len(models) == 1:
                raise
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            print(f"kgprobe: error: {public_spec(spec)}: {msg}", file=sys.stderr)
            failed += 1
            continue
        print(summary_text(outcome.results))
        small = small_groups(select_test(probe_set, args.limit, args.seed, args.task),
                             select_test(probe_set, None, args.seed, args.task))
        if small:
            print(f"kgprobe: warning: {public_spec(spec)}: {small}", file=sys.stderr)
        note = f" (resumed: {outcome.resumed_with} already done)" if outcome.resumed_with else ""
        print(f"wrote {outcome.run_dir / 'results.json'}{note}")
        if args.shard:
            print(f"this is shard {args.shard[0]}/{args.shard[1]}; join all {args.shard[1]} with "
                  f"`kgprobe merge {args.out}/{outcome.run_dir.name.rsplit('.shard-', 1)[0]}.shard-*-of-{args.shard[1]} --out DIR`")
        print()
    return 2 if failed else 0
