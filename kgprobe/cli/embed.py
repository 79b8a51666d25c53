"""``kgprobe embed``: train a KG embedding of an ontology with PyKEEN."""

from __future__ import annotations

import argparse
import sys


def _int(text: str) -> int:
    # range checks happen in run_embed (one KgprobeError line, exit 2)
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def register(sub) -> None:
    from kgprobe.embed.train import DEFAULT_LR, EmbedConfig

    p = sub.add_parser(
        "embed",
        help="train a KG embedding (PyKEEN) of an ontology",
        description="Turn an ontology into triples (instance relations, rdf:type, and with the schema "
        "subClassOf, subPropertyOf, domain, range), split them (seeded 0.8/0.1/0.1), train a PyKEEN model with "
        "early stopping on validation MRR, and write DIR: metrics.json (test MRR, Hits@1/3/10 with realistic "
        "ranks, manifest), entity/relation_embeddings.parquet with the label index, triples.tsv, classes.png "
        "(PCA), pykeen/trained_model.pkl. Score probes with it: kgprobe run --model kge:DIR.",
    )
    p.add_argument("ontology", metavar="ONTOLOGY",
                   help="an ontology file, a shipped name (world), or a dataset inside PyKEEN: "
                   "pykeen:Nations, pykeen:Kinships, pykeen:UMLS")
    p.add_argument("--model", default="TransE", metavar="M",
                   help="PyKEEN model: TransE, RotatE, ComplEx, DistMult, ... (default: TransE)")
    p.add_argument("--epochs", type=_int, default=100, metavar="N", help="maximum training epochs (default: 100)")
    p.add_argument("--dim", type=_int, default=64, metavar="D", help="embedding dimension (default: 64)")
    p.add_argument("--batch-size", type=_int, default=None, metavar="B",
                   help="training batch size (default: about 16 batches per epoch, a power of two from 32 to 256)")
    p.add_argument("--lr", type=_float, default=DEFAULT_LR, metavar="LR",
                   help=f"Adam learning rate (default: {DEFAULT_LR})")
    p.add_argument("--out", "-o", default=None, metavar="DIR",
                   help="output folder (default: embeddings/<ontology>_<model>)")
    p.add_argument("--device", default="auto",
                   help="auto | cpu | cuda | cuda:N | mps (default: auto: cuda, else mps, else cpu)")
    p.add_argument("--threads", type=_int, default=None, metavar="N",
                   help="torch CPU threads for training and evaluation (default: 1 for a small model on CPU, "
                   "else torch's default)")
    p.add_argument("--devices", type=_int, default=None, metavar="N",
                   help="train with PyTorch Lightning (pip install 'kgprobe[lightning]') on N GPUs (DDP), or on one "
                   "CPU process with --device cpu --devices 1; no early stopping")
    p.add_argument("--seed", type=_int, default=0, metavar="S", help="seed of the split and the training (default: 0)")
    schema = p.add_mutually_exclusive_group()
    schema.add_argument("--include-schema", dest="include_schema", action="store_true", default=True,
                        help="train on subClassOf, subPropertyOf, domain and range edges too (default)")
    schema.add_argument("--instances-only", dest="include_schema", action="store_false",
                        help="train on instance relations and rdf:type edges only")
    p.add_argument("--holdout-probes", default=None, metavar="BATTERY",
                   help="remove from the graph every triple a memorisation probe (splits test and dev) of this "
                   "battery asks about: a battery name/YAML path (probes generated on ONTOLOGY) or a probes "
                   "FILE.jsonl")
    p.add_argument("--no-early-stopping", dest="early_stopping", action="store_false",
                   help="train all --epochs (default: stop when validation MRR stops improving)")
    p.add_argument("--eval-every", type=_int, default=EmbedConfig.eval_every, metavar="N",
                   help=f"early stopping: evaluate on validation every N epochs (default: {EmbedConfig.eval_every})")
    p.add_argument("--patience", type=_int, default=EmbedConfig.patience, metavar="N",
                   help="early stopping: evaluations without a 1%% relative improvement before stopping "
                   f"(default: {EmbedConfig.patience})")
    p.add_argument("--no-plot", dest="plot", action="store_false", help="do not draw classes.png")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print metrics.json's content at the end")
    p.set_defaults(func=handle)


def handle(args) -> int:
    import json

    from kgprobe.embed.train import EmbedConfig, run_embed

    cfg = EmbedConfig(
        source=args.ontology, model=args.model, epochs=args.epochs, dim=args.dim, batch_size=args.batch_size,
        lr=args.lr, seed=args.seed, device=args.device, include_schema=args.include_schema,
        holdout=args.holdout_probes, out=args.out, early_stopping=args.early_stopping,
        eval_every=args.eval_every, patience=args.patience, progress=not args.no_progress, plot=args.plot,
        threads=args.threads, devices=args.devices,
    )

    def log(line: str) -> None:
        print(line, flush=True)

    m = run_embed(cfg, log=log)
    if m is None:  # a DDP process other than rank 0 (--devices N): rank 0 reports
        return 0
    t, man = m["test"], m["manifest"]
    es = man.get("early_stopping")
    print(f"trained {man['epochs_trained']} epochs"
          + (f" (early stopping: weights of the best epoch, {es['best_epoch']})" if es and es.get("stopped") else "")
          + f" in {man['train_seconds']:.1f} s; total {man['wall_time_s']:.1f} s")
    print(f"test ({man['splits']['testing']} triples, realistic ranks): MRR {t['MRR']:.4f}  Hits@1 {t['Hits@1']:.4f}  "
          f"Hits@3 {t['Hits@3']:.4f}  Hits@10 {t['Hits@10']:.4f}")
    if not m.get("holdout") and m["source"]["kind"] == "ontology":
        print("note: no --holdout-probes: probing this embedding with `kgprobe run --model kge:DIR` asks about "
              "triples it was trained on", file=sys.stderr)
    print(f"wrote {m['out']}/ ({', '.join(m['files'].values())}, metrics.json)")
    if args.json:
        print(json.dumps({k: v for k, v in m.items() if k != "out"}, indent=2))
    return 0
