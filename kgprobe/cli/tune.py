"""``kgprobe tune``: learn a soft prompt (see kgprobe/tune/)."""

from __future__ import annotations

import json
import hashlib
import platform
from pathlib import Path

from kgprobe.cli.run import DEFAULT_MODEL, _positive_float, _positive_int
from kgprobe.errors import SoftPromptError


def register(sub) -> None:
    from kgprobe.device import DTYPE_NAMES
    from kgprobe.tune.soft import TASKS
    from kgprobe.tune.train import INITS, LOSSES

    p = sub.add_parser(
        "tune",
        help="learn a soft prompt (template words or the reasoning conjunction) for one model",
        description="Learn continuous embeddings that replace a template's words (--task TP|SCO|SPO|DM|RG) or the "
        "conjunction between premises and hypothesis of reasoning probes (--task conj), the model's weights frozen, "
        "on split 'train', keeping the epoch with the best MRR on split 'dev'. Writes DIR/soft_prompt.safetensors "
        "and DIR/tune.json; use it with `kgprobe run --soft DIR`.",
    )
    p.add_argument("--model", default=DEFAULT_MODEL, metavar="SPEC",
                   help=f"a masked or causal LM (default: {DEFAULT_MODEL})")
    p.add_argument("--ontology", default=None, metavar="O", help="ontology file or shipped name (default: world)")
    p.add_argument("--battery", default="default", metavar="B", help="battery YAML or shipped name (default: default)")
    p.add_argument("--probes", default=None, metavar="FILE.jsonl", help="read probes from a JSONL file instead")
    p.add_argument("--task", required=True, choices=TASKS, help="the memorisation task whose template is learned, or "
                   "conj (the conjunction of reasoning probes, shared by all rules)")
    p.add_argument("--rule", action="append", default=None, metavar="R",
                   help="with --task conj: learn on the reasoning probes of rule R only (rdfs5, ...), repeatable "
                   "(default: every rule)")
    p.add_argument("--soft", action="append", default=None, metavar="DIR",
                   help="with --task conj: soft templates (from `kgprobe tune --task TP|SCO|SPO|DM|RG --out DIR`) that "
                   "stay fixed while the conjunction learns, so that it is learned beside the words it will be "
                   "used with in `kgprobe run --soft T --soft C` (softT+softC), repeatable; recorded in tune.json "
                   "(default: the manual words)")
    p.add_argument("--train-soft", action="store_true",
                   help="with --soft: train those templates along with the conjunction, as the reference study "
                   "does for softT+softC, and write each one's learned vectors to DIR/with/<task>[-<template>]/ "
                   "(use them with the conjunction: `kgprobe run --soft DIR/with/SPO-<template> --soft DIR`)")
    p.add_argument("--limit", type=_positive_int, default=None, metavar="N",
                   help="learn on at most N train and N dev probes, a seeded sample of each (--seed; default: all)")
    p.add_argument("--template", default=None, metavar="ID",
                   help="the template to learn (default: the task's first template among the train probes)")
    p.add_argument("--init", choices=INITS, default="template",
                   help="start from the template's own token embeddings, or at random (default: template)")
    p.add_argument("--n-tokens", type=_positive_int, default=None, metavar="K",
                   help="soft tokens per replaced piece of text (default: as many as its tokens)")
    p.add_argument("--loss", choices=LOSSES, default="nll",
                   help="nll: -log softmax over the candidates at the golds; bce: BCEWithLogits with every gold "
                   "a positive (default: nll)")
    p.add_argument("--epochs", type=_positive_int, default=20, metavar="N", help="at most N epochs (default: 20)")
    p.add_argument("--patience", type=_positive_int, default=3, metavar="N",
                   help="stop after N epochs without a better dev MRR (default: 3)")
    p.add_argument("--lr", type=_positive_float, default=0.01, metavar="LR", help="Adam learning rate (default: 0.01)")
    p.add_argument("--batch", type=_positive_int, default=8, metavar="N",
                   help="train probes per optimiser step (default: 8)")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="seed (default: 0)")
    p.add_argument("--device", default="auto", help="auto | cpu | cuda | mps (default: auto)")
    p.add_argument("--dtype", default="auto", choices=DTYPE_NAMES)
    p.add_argument("--batch-size", type=_positive_int, default=64, metavar="N",
                   help="sequences per forward pass when scoring dev (default: 64)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for soft_prompt.safetensors and tune.json")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=handle)


def select(probes, task: str, template, battery=None, rules=None, limit=None, seed=0):
    """(prompt, train probes, dev probes) for ``task``: the soft prompt it
    learns and the probes of splits train and dev that prompt covers (for
    conj, of ``rules`` only when given; at most ``limit`` of each, a sample
    drawn with ``seed``)."""
    from kgprobe.runner import seeded_sample
    from kgprobe.tune.soft import conjunction_prompt, template_prompt

    if rules:
        if task != "conj":
            raise SoftPromptError(f"--rule applies to --task conj, not to --task {task}")
        have = sorted({p.task for p in probes if p.kind == "reasoning" and p.split in ("train", "dev")})
        unknown = [r for r in rules if r not in have]
        if unknown:
            raise SoftPromptError(f"--rule {unknown[0]}: no reasoning probes of that rule in splits train/dev "
                                  f"(there are: {', '.join(have) or 'none'})")
        probes = [p for p in probes if p.task in rules]
    train = [p for p in probes if p.split == "train"]
    dev = [p for p in probes if p.split == "dev"]
    if task == "conj":
        conj = _conjunction(train + dev)
        sp = conjunction_prompt(conj)
    else:
        ids = [p.template for p in train if p.task == task and p.kind == "memorisation"]
        if not ids:
            raise SoftPromptError(f"no {task} probes in split 'train' (set train_per_task in the battery)")
        tid = template or ids[0]
        if tid not in ids:
            raise SoftPromptError(f"no {task} train probes of template {tid!r} (there are: {', '.join(sorted(set(ids)))})")
        sp = template_prompt(task, tid, _template_text(tid, battery))
    # a template is learned on its own questions (it also covers reasoning probes, at run time)
    kind = "reasoning" if task == "conj" else "memorisation"
    train = seeded_sample([p for p in train if p.kind == kind and sp.spans(p)], limit, seed)
    dev = seeded_sample([p for p in dev if p.kind == kind and sp.spans(p)], limit, seed)
    if not train or not dev:
        raise SoftPromptError(f"task {task}: {len(train)} train and {len(dev)} dev probes that the soft prompt covers; "
                              "tuning needs both (set train_per_task and dev_per_task in the battery)")
    return sp, train, dev


def _template_text(tid: str, battery) -> str:
    """The text of template ``tid``: the battery's own, else a built-in one."""
    from kgprobe.probes.templates import TEMPLATES

    if battery is not None and tid in getattr(battery, "templates", {}):
        return battery.template(tid).text
    if tid in TEMPLATES:
        return TEMPLATES.get(tid).text
    raise SoftPromptError(f"template {tid!r} is neither built in nor in the battery; its text is unknown")


def _conjunction(probes) -> str:
    from kgprobe.probes.templates import TEMPLATES, builtin_ids

    texts = [TEMPLATES.get(t).text for t in builtin_ids("conjunction")]
    for text in texts:
        if any(p.kind == "reasoning" and text in p.prompt.partition("[Y]")[0] for p in probes):
            return text
    raise SoftPromptError("no reasoning probe in splits train/dev holds a known conjunction "
                          f"({', '.join(repr(t) for t in texts)})")


def handle(args) -> int:
    from kgprobe.io import atomic_write
    from kgprobe.runner import load_probe_set
    from kgprobe.scorers import ScorerOptions, make_scorer
    from kgprobe.scorers.base import check_spec
    from kgprobe.tune import soft, train

    check_spec(args.model)
    context = []
    if args.soft:  # a missing file or a pickle fails now, before probes and models
        if args.task != "conj":
            raise SoftPromptError(f"--soft applies to --task conj (soft templates the conjunction is learned "
                                  f"beside), not to --task {args.task}")
        context = [soft.load(d) for d in dict.fromkeys(args.soft)]
        conj = next((sp for sp in context if sp.task == "conj"), None)
        if conj is not None:
            raise SoftPromptError(f"--soft {conj.path}: a conjunction; "
                                  "--soft takes the soft templates the new conjunction is learned beside")
    if args.train_soft and not context:
        raise SoftPromptError("--train-soft trains the --soft templates along with the conjunction; give --soft DIR")
    probe_set = load_probe_set(battery=args.battery, ontology=args.ontology, probes_file=args.probes)
    battery = None
    if not args.probes:
        from kgprobe.probes.battery import load_battery

        battery = load_battery(args.battery)
    sp, train_p, dev_p = select(probe_set.probes, args.task, args.template, battery, args.rule, args.limit,
                                args.seed)
    options = ScorerOptions(device=args.device, dtype=args.dtype, batch_size=args.batch_size, seed=args.seed)
    scorer = make_scorer(args.model, options)
    soft.attach(scorer, context)  # checks the kind of model, and that the soft templates were made for it
    train.init_embeddings(scorer, sp, args.init, args.n_tokens, args.seed)
    first = train_p[0]
    if scorer.kind == "causal" and soft.SoftSet([*context, sp]).prefix_ids(scorer, first, scorer.split(first)[0]) is None:
        raise SoftPromptError(f"template {sp.template or sp.text!r}: no words before [Y] to learn for a causal LM")
    out = train.train(scorer, sp, train_p, dev_p, loss=args.loss, epochs=args.epochs, lr=args.lr, seed=args.seed,
                      patience=args.patience, batch=args.batch, progress=not args.no_progress, context=context,
                      train_context=args.train_soft)
    folder = Path(args.out)
    learned = []  # --train-soft: each template as it was at the best epoch
    if args.train_soft:
        for c in context:
            where = folder / "with" / (c.task + (f"-{c.template}" if c.template else ""))
            got = soft.save(c, where)
            learned.append({"from": c.path, "path": str(got), "task": c.task, "template": c.template,
                            "sha256": hashlib.sha256(got.read_bytes()).hexdigest()})
    path = soft.save(sp, folder)
    info = {
        "task": sp.task, "template": sp.template, "text": sp.text, "blocks": sp.blocks, "sizes": sp.sizes,
        "model": args.model, "model_fingerprint": sp.model, "describe": scorer.describe(),
        "battery": probe_set.battery, "battery_sha256": probe_set.battery_sha256,
        "ontology": probe_set.ontology, "ontology_sha256": probe_set.ontology_sha256,
        "train_size": len(train_p), "dev_size": len(dev_p), "rules": sorted({p.task for p in train_p + dev_p}),
        "limit": args.limit,
        "soft_context": [{"path": c.path, "sha256": c.sha256, "task": c.task, "template": c.template}
                         for c in context],
        "soft_context_trained": learned,
        "init": args.init, "n_tokens": args.n_tokens, "loss": args.loss, "epochs": args.epochs,
        "patience": args.patience, "lr": args.lr, "batch": args.batch, "seed": args.seed,
        "dev_curve": out.curve, "best_epoch": out.best_epoch, "best_dev_mrr": out.curve[out.best_epoch]["dev_mrr"],
        "stopped_early": out.stopped_early, "wall_time_s": round(out.wall_time_s, 3),
        "soft_prompt_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "python": platform.python_version(),
    }
    with atomic_write(folder / "tune.json") as f:
        f.write(json.dumps(info, indent=2, sort_keys=True, default=str) + "\n")
    print(f"dev MRR {out.curve[0]['dev_mrr']:.4f} (epoch 0, {args.init}) -> {info['best_dev_mrr']:.4f} "
          f"(epoch {out.best_epoch}); {len(train_p)} train, {len(dev_p)} dev probes; {out.wall_time_s:.1f} s")
    print(f"wrote {path} and {folder / 'tune.json'}")
    return 0

