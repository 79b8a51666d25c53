"""Train a KG embedding with PyKEEN's pipeline and write DIR.

``run_embed(EmbedConfig(...))`` does everything ``kgprobe embed`` does:

1. the source: an ontology (path or shipped name) turned into triples
   (:mod:`kgprobe.embed.graph`), or ``pykeen:Nations`` / ``pykeen:Kinships``
   / ``pykeen:UMLS`` -- the datasets shipped inside PyKEEN (no download);
2. held-out facts (``holdout``, :mod:`kgprobe.embed.holdout`) removed before
   anything else sees the triples;
3. a seeded train/validation/test split (0.8/0.1/0.1; same seed, same split);
4. ``pykeen.pipeline.pipeline`` with an explicit batch size, early stopping on
   validation MRR every ``eval_every`` epochs, a CSV training log, a
   progress bar; test metrics are PyKEEN's filtered, both-sides,
   realistic-rank MRR and Hits@1/3/10;
5. the outputs (:mod:`kgprobe.embed.outputs`).

Performance (two measured fixes, see benchmarks/embed_overhead.py):

* PyKEEN's training loop calls ``gc.collect()`` after every epoch; once
  torch (and torch._dynamo, which the Adam optimizer imports) is loaded, each
  full collection walks about 10^6 objects: 0.1-0.3 s per epoch, far more
  than an epoch of a small graph takes. Training runs inside
  :func:`gc_frozen`: ``gc.collect(); gc.freeze()`` first, ``gc.freeze()``
  again (cheap) after every epoch so that what the first epoch imported is
  frozen too, ``gc.unfreeze()`` at the end.
* A small model on CPU trains on one torch thread (:func:`auto_threads`).

Results are unchanged (same seed, identical MRR). TransE on Nations, 100
epochs, dim 64, on 2 busy CPU cores, median of 3 (``--components``, early
stopping every 5): bare pipeline 28.1 s, gc trick alone 13.4 s, one thread
alone 17.9 s, both 5.1 s; with the defaults (every 10): bare 27.9 s, both
2.75 s.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import json
import logging
import os
import platform
import socket
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from kgprobe.manifest import package_versions
from kgprobe import __version__
from kgprobe.device import resolve_device
from kgprobe.errors import KgprobeError, ModelError
from kgprobe.io import atomic_write
from kgprobe.registry import did_you_mean
from kgprobe.scorers.kge import FORMAT, METRICS_FILE, TRAINING_LOG

#: PyKEEN datasets that ship inside the pykeen package (read offline)
SHIPPED_DATASETS = {"nations": "Nations", "kinships": "Kinships", "umls": "UMLS"}
DEFAULT_BATCH_SIZE = 256   # the most; see default_batch_size()
DEFAULT_LR = 0.01           # PyKEEN's Adam default (0.001) undertrains these small graphs in 50-100 epochs
DEFAULT_SPLIT = (0.8, 0.1, 0.1)
EVAL_BATCH_SIZE = 256
VALIDATION_DESC = "validation (early stopping)"  # the label of the evaluation pass's progress bar
TEST_DESC = "test evaluation"
#: models that need something an ontology graph does not give (literals, inductive splits)
UNSUPPORTED_MODELS = {"complexliteral": "needs numeric literals", "distmultliteral": "needs numeric literals",
                      "distmultliteralgated": "needs numeric literals",
                      "inductivenodepiece": "is inductive (needs an inductive split)",
                      "inductivenodepiecegnn": "is inductive (needs an inductive split)",
                      "cooccurrencefiltered": "is a wrapper model", "fixed": "is a fixed test model"}


@dataclass
class EmbedConfig:
    source: str                       # ontology path / shipped name, or pykeen:Nations|Kinships|UMLS
    model: str = "TransE"
    epochs: int = 100
    dim: int = 64
    batch_size: Optional[int] = None  # None: default_batch_size(training triples)
    lr: Optional[float] = DEFAULT_LR  # None: PyKEEN's default for the optimizer (Adam: 0.001)
    seed: int = 0
    device: str = "auto"              # auto | cpu | cuda | cuda:N | mps (kgprobe.device)
    include_schema: bool = True
    holdout: Optional[str] = None     # battery name/path or probes .jsonl
    out: Optional[str] = None
    early_stopping: bool = True
    eval_every: int = 10              # PyKEEN's default frequency; a validation pass over a 5k-entity graph
    patience: int = 2                 # costs as much as ~25 training epochs on one CPU thread
    split: tuple = DEFAULT_SPLIT
    progress: bool = True
    plot: bool = True
    freeze_gc: bool = True            # the gc trick (see the module docstring); off only to measure it
    threads: Optional[int] = None     # torch CPU threads while training; None: auto_threads()
    devices: Optional[int] = None     # train with PyTorch Lightning on N devices (kgprobe.embed.lightning)


# ----------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------


def resolve_model(name: str):
    """The PyKEEN model class for ``name`` (case-insensitive); ModelError if unknown."""
    from pykeen.models import model_resolver

    key = model_resolver.normalize(name)
    if key in UNSUPPORTED_MODELS:
        raise ModelError(f"PyKEEN model {name!r} {UNSUPPORTED_MODELS[key]}; kgprobe embed cannot train it")
    try:
        return model_resolver.lookup(name)
    except (KeyError, ValueError):
        known = ", ".join(sorted(model_resolver.lookup(k).__name__ for k in model_resolver.options
                                 if k not in UNSUPPORTED_MODELS))
        raise ModelError(f"unknown PyKEEN model {name!r}{did_you_mean(name, known.split(', '))} (known: {known})") from None


def check_config(cfg: EmbedConfig) -> None:
    if cfg.threads is not None and (not isinstance(cfg.threads, int) or cfg.threads < 1):
        raise KgprobeError(f"--threads must be a positive integer, not {cfg.threads!r}")
    for name in ("epochs", "dim", "eval_every", "patience"):
        v = getattr(cfg, name)
        if not isinstance(v, int) or isinstance(v, bool) or v < 1:
            flag = {"dim": "--dim", "epochs": "--epochs", "eval_every": "--eval-every", "patience": "--patience"}[name]
            raise KgprobeError(f"{flag} must be a positive integer, not {v!r}")
    if cfg.devices is not None:
        if not isinstance(cfg.devices, int) or isinstance(cfg.devices, bool) or cfg.devices < 1:
            raise KgprobeError(f"--devices must be a positive integer, not {cfg.devices!r}")
        from kgprobe.embed.lightning import require_lightning

        require_lightning()
    if cfg.batch_size is not None and (not isinstance(cfg.batch_size, int) or cfg.batch_size < 1):
        raise KgprobeError(f"--batch-size must be a positive integer, not {cfg.batch_size!r}")
    if cfg.lr is not None and not (cfg.lr > 0):
        raise KgprobeError(f"--lr must be a positive number, not {cfg.lr!r}")
    if len(cfg.split) != 3 or any(r <= 0 for r in cfg.split) or abs(sum(cfg.split) - 1) > 1e-6:
        raise KgprobeError(f"split ratios must be three positive numbers summing to 1, not {cfg.split!r}")
    if not cfg.source.lower().startswith("pykeen:"):
        from kgprobe.ontology.load import resolve_path

        resolve_path(cfg.source)  # a misspelt ontology fails here, before torch and PyKEEN load
    resolve_model(cfg.model)


# ----------------------------------------------------------------------------
# the gc trick
# ----------------------------------------------------------------------------


def _freeze_callback():
    from pykeen.training.callbacks import TrainingCallback

    class RefreezeGC(TrainingCallback):
        """After each epoch (after PyKEEN's own gc.collect()), freeze what
        survived, so the next epoch's full collection has little to walk."""

        def post_epoch(self, epoch: int, epoch_loss: float, **kwargs) -> None:
            gc.freeze()

    return RefreezeGC()


@contextlib.contextmanager
def gc_frozen(enabled: bool = True):
    if not enabled:
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


#: embedding tables up to this many numbers train on one CPU thread (see auto_threads)
SMALL_MODEL = 1 << 21


def auto_threads(device: str, n_entities: int, n_relations: int, dim: int) -> Optional[int]:
    """Torch CPU threads for training: 1 for a small model on CPU, else None
    (torch's default). The tensors of a small graph's batches are far below
    torch's parallel grain size, and every parallel region still pays a
    thread hand-off, worst when the cores are shared: on 2 busy cores TransE
    on world (5 epochs) trained in 53 s on 2 threads and 1.2 s on 1, and
    its evaluation took 13.4 s against 6.4 s; identical MRR. ``--threads``
    overrides it."""
    if device != "cpu":
        return None
    return 1 if (n_entities + n_relations) * dim <= SMALL_MODEL else None


@contextlib.contextmanager
def torch_threads(n: Optional[int]):
    import torch

    if not n:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


@contextlib.contextmanager
def quiet_pykeen():
    """Silence PyKEEN's chatter that does not apply (no CUDA found, automatic
    memory utilisation on CPU, pin_memory without an accelerator)."""
    loggers = [logging.getLogger(n) for n in ("pykeen", "torch_max_mem", "class_resolver")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*pin_memory.*")
        warnings.filterwarnings("ignore", message=".*random seed.*")
        try:
            yield
        finally:
            for lg, lv in zip(loggers, levels):
                lg.setLevel(lv)


# ----------------------------------------------------------------------------
# sources
# ----------------------------------------------------------------------------


@dataclass
class Prepared:
    """Everything the pipeline needs, and what the outputs describe."""

    kind: str                       # "ontology" | "pykeen"
    name: str
    path: Optional[str]
    sha256: Optional[str]
    training: object                # TriplesFactory
    validation: object
    testing: object
    entities: dict                  # iri -> (label, kind)
    relations: dict                 # iri -> (label, kind)
    top_class: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)        # the graph's triples per group, before hold-out
    counts_trained: dict = field(default_factory=dict)
    heldout: list = field(default_factory=list)       # removed triples
    holdout: Optional[dict] = None
    dataset: Optional[str] = None   # the PyKEEN dataset name, for pykeen:*


def pykeen_dataset_name(spec: str) -> str:
    from pykeen.datasets import dataset_resolver

    name = spec.partition(":")[2].strip()
    key = dataset_resolver.normalize(name) if name else ""
    if key in SHIPPED_DATASETS:
        return SHIPPED_DATASETS[key]
    if key in dataset_resolver.options:
        raise KgprobeError(f"{spec}: this PyKEEN dataset is downloaded from the internet; kgprobe embed only "
                           f"uses the datasets shipped inside PyKEEN: "
                           f"{', '.join('pykeen:' + v for v in SHIPPED_DATASETS.values())}")
    raise KgprobeError(f"unknown PyKEEN dataset {spec!r} (shipped with PyKEEN: "
                       f"{', '.join('pykeen:' + v for v in SHIPPED_DATASETS.values())})")


def _sha256_dir_files(paths) -> str:
    import hashlib

    h = hashlib.sha256()
    for p in paths:
        h.update(Path(p).read_bytes())
    return h.hexdigest()


def prepare_pykeen(cfg: EmbedConfig) -> Prepared:
    from pykeen.datasets import get_dataset

    name = pykeen_dataset_name(cfg.source)
    if cfg.holdout:
        raise KgprobeError(f"--holdout-probes applies to ontologies, not to the PyKEEN dataset {cfg.source}")
    ds = get_dataset(dataset=name)
    files = [getattr(ds, a) for a in ("training_path", "testing_path", "validation_path") if hasattr(ds, a)]
    sha = _sha256_dir_files(files) if files and all(Path(f).is_file() for f in files) else None
    ents = {lab: (lab, "entity") for lab in ds.training.entity_to_id}
    rels = {lab: (lab, "relation") for lab in ds.training.relation_to_id}
    n = {"training": ds.training.num_triples, "validation": ds.validation.num_triples,
         "testing": ds.testing.num_triples}
    counts = {"total": sum(n.values())}
    return Prepared("pykeen", name, None, sha, ds.training, ds.validation, ds.testing, ents, rels,
                    counts=counts, counts_trained=dict(counts), dataset=name)


def prepare_ontology(cfg: EmbedConfig, log: Callable[[str], None]) -> Prepared:
    import numpy as np
    from pykeen.triples import TriplesFactory

    from kgprobe.embed.graph import build_graph, remove_queries
    from kgprobe.embed.holdout import load_holdout
    from kgprobe.ontology.load import load_ontology

    onto = load_ontology(cfg.source)
    graph = build_graph(onto, include_schema=cfg.include_schema)
    triples = graph.triples
    heldout: list = []
    holdout_info = None
    if cfg.holdout:
        h = load_holdout(cfg.holdout, onto)
        triples, heldout = remove_queries(triples, h.queries)
        holdout_info = h.describe()
        holdout_info["triples_removed"] = len(heldout)
        holdout_info["queries_in_graph"] = len({(s, r) for s, r, _ in heldout})
        log(f"held out: {len(heldout)} triples of {holdout_info['queries_in_graph']} probed queries "
            f"({h.probes} memorisation probes of {h.source} {h.name!r}, splits test+dev)")
    if len(triples) < 10:
        raise KgprobeError(f"{onto.source}: only {len(triples)} triples to embed after hold-out; "
                           "need at least 10 for a train/validation/test split")
    tf = TriplesFactory.from_labeled_triples(
        np.asarray(triples, dtype=str), entity_to_id=graph.entity_to_id(), relation_to_id=graph.relation_to_id(),
        filter_out_candidate_inverse_relations=False,
    )
    training, validation, testing = split_triples(tf, cfg.split, cfg.seed)
    if not validation.num_triples or not testing.num_triples:
        raise KgprobeError(
            f"{onto.source}: {len(triples)} triples{' after hold-out' if cfg.holdout else ''} leave "
            f"{validation.num_triples} for validation and {testing.num_triples} for test (a triple whose entity "
            "occurs nowhere else must stay in training); the graph is too small to embed")
    return Prepared("ontology", onto.name, onto.source, onto.sha256, training, validation, testing,
                    graph.entities, graph.relations, graph.top_class, graph.counts(), graph.counts(triples),
                    heldout, holdout_info)


def split_triples(tf, ratios, seed: int):
    """Seeded train/validation/test split (PyKEEN's, with its clean-up that
    moves a triple to training when its entity would be unseen there)."""
    return tf.split(list(ratios), random_state=seed, method="cleanup")


# ----------------------------------------------------------------------------
# run
# ----------------------------------------------------------------------------


def default_batch_size(n_train: int) -> int:
    """An explicit batch size (PyKEEN's automatic search is for GPUs; on CPU
    it falls back to 32): about 16 batches per epoch, a power of two between
    32 and 256 -- e.g. 32 for 400 training triples, 128 for Nations' 1592,
    256 from about 3000 on."""
    import math

    target = max(1.0, n_train / 16)
    return int(min(DEFAULT_BATCH_SIZE, max(32, 2 ** round(math.log2(target)))))


def default_out(cfg: EmbedConfig, name: str) -> Path:
    slug = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in f"{name}_{cfg.model}")
    return Path("embeddings") / slug


def pipeline_kwargs(cfg: EmbedConfig, prepared: Prepared, device: str, batch_size: int,
                    workdir: Path, out: Optional[Path]) -> dict:
    """The keyword arguments of ``pykeen.pipeline.pipeline`` (also used by
    the overhead benchmark so that both sides train the very same thing)."""
    kw = dict(
        model=cfg.model,
        model_kwargs=dict(embedding_dim=cfg.dim),
        training_kwargs=dict(num_epochs=cfg.epochs, batch_size=batch_size, use_tqdm=cfg.progress,
                             use_tqdm_batch=False),
        evaluation_kwargs=dict(batch_size=EVAL_BATCH_SIZE, use_tqdm=cfg.progress,
                               tqdm_kwargs=dict(desc=TEST_DESC, leave=False)),
        random_seed=cfg.seed,
        device=device,
    )
    if prepared.dataset:
        kw["dataset"] = prepared.dataset
    else:
        kw.update(training=prepared.training, validation=prepared.validation, testing=prepared.testing)
    if cfg.lr is not None:
        kw["optimizer_kwargs"] = dict(lr=cfg.lr)
    if cfg.early_stopping:
        kw["stopper"] = "early"
        kw["stopper_kwargs"] = dict(frequency=cfg.eval_every, patience=cfg.patience,
                                    metric="inverse_harmonic_mean_rank",
                                    evaluation_batch_size=EVAL_BATCH_SIZE,
                                    best_model_path=workdir / "best-model-weights.pt",
                                    # its own bar, labelled: the training bar stands still meanwhile
                                    use_tqdm=cfg.progress, tqdm_kwargs=dict(desc=VALIDATION_DESC, leave=False))
    if out is not None:
        kw["result_tracker"] = "csv"
        kw["result_tracker_kwargs"] = dict(path=out / TRAINING_LOG)
    return kw


def test_metrics(metric_results) -> dict:
    """Filtered, both-sides, realistic-rank metrics of PyKEEN's evaluation."""
    get = metric_results.get_metric
    return {
        "MRR": float(get("both.realistic.inverse_harmonic_mean_rank")),
        "Hits@1": float(get("both.realistic.hits_at_1")),
        "Hits@3": float(get("both.realistic.hits_at_3")),
        "Hits@10": float(get("both.realistic.hits_at_10")),
        "MR": float(get("both.realistic.arithmetic_mean_rank")),
        "rank": "realistic", "filtered": True, "side": "both",
    }


def run_embed(cfg: EmbedConfig, log: Callable[[str], None] = lambda s: None) -> Optional[dict]:
    """Train and write DIR; returns the metrics.json content (None in a DDP
    process other than rank 0, see :mod:`kgprobe.embed.lightning`)."""
    check_config(cfg)
    started = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    os.environ.setdefault("MPLBACKEND", "Agg")
    import torch  # noqa: F401  (imported before the gc freeze)
    from pykeen.pipeline import pipeline

    device = resolve_device(cfg.device)
    log(f"device: {device.split(':')[0]}" + (f" ({device})" if ":" in device else ""))
    with quiet_pykeen():
        if cfg.source.lower().startswith("pykeen:"):
            prepared = prepare_pykeen(cfg)
        else:
            prepared = prepare_ontology(cfg, log)
    out = Path(cfg.out) if cfg.out else default_out(cfg, prepared.name)
    if out.exists() and not out.is_dir():
        raise KgprobeError(f"--out {out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    n_train = prepared.training.num_triples
    batch_size = cfg.batch_size or default_batch_size(n_train)
    splits = {"training": n_train, "validation": prepared.validation.num_triples,
              "testing": prepared.testing.num_triples}
    log(f"graph: {prepared.counts.get('total')} triples"
        + (f", {len(prepared.heldout)} held out" if prepared.holdout else "")
        + f"; split {splits['training']}/{splits['validation']}/{splits['testing']} (train/validation/test)"
        + f"; {len(prepared.entities)} entities, {len(prepared.relations)} relations")
    log(f"model: {cfg.model}, dim {cfg.dim}, epochs {cfg.epochs}, batch size {batch_size}, lr {cfg.lr}, seed {cfg.seed}"
        + (f", early stopping on validation MRR every {cfg.eval_every} epochs (patience {cfg.patience})"
           if cfg.early_stopping and not cfg.devices else ""))
    if cfg.devices:
        what = ("GPU", "GPUs") if device.startswith("cuda") else ("CPU process", "CPU processes")
        log(f"trainer: PyTorch Lightning on {cfg.devices} {what[cfg.devices > 1]} "
            f"(PyKEEN's SLCWALitModule; no early stopping: all {cfg.epochs} epochs)")

    threads = cfg.threads or auto_threads(device, len(prepared.entities), len(prepared.relations), cfg.dim)
    with tempfile.TemporaryDirectory(prefix=".kgprobe-embed-", dir=out) as work:
        kw = pipeline_kwargs(cfg, prepared, device, batch_size, Path(work), out)
        if cfg.freeze_gc:
            kw["training_kwargs"]["callbacks"] = [_freeze_callback()]
        with quiet_pykeen(), gc_frozen(cfg.freeze_gc), torch_threads(threads):
            used_threads = _torch_threads()
            log(f"torch threads: {used_threads}" + (" (small model: one CPU thread trains it fastest)"
                                                   if threads == 1 and not cfg.threads else ""))
            try:
                if cfg.devices:
                    from kgprobe.embed.lightning import train_lightning

                    result = train_lightning(cfg, prepared, device, batch_size, Path(work), out,
                                             EVAL_BATCH_SIZE, TEST_DESC)
                else:
                    result = pipeline(**kw)
            except (ValueError, TypeError) as exc:  # PyKEEN's argument checks
                raise ModelError(f"PyKEEN {cfg.model}: {str(exc).splitlines()[0]}") from None
    if result is None:  # a DDP process other than global rank 0: rank 0 writes the outputs
        return None
    wall = time.perf_counter() - t0

    from kgprobe.embed.outputs import write_outputs

    metrics = {
        "format": FORMAT,
        "source": {"kind": prepared.kind, "name": prepared.name, "spec": cfg.source, "path": prepared.path,
                   "sha256": prepared.sha256},
        "test": test_metrics(result.metric_results),
        "holdout": prepared.holdout,
    }
    stopper = result.stopper
    es = None
    if cfg.early_stopping and stopper is not None:
        es = {"metric": "validation MRR (realistic)", "every": cfg.eval_every, "patience": cfg.patience,
              "stopped": bool(getattr(stopper, "stopped", False)), "best_epoch": getattr(stopper, "best_epoch", None),
              "best": _float(getattr(stopper, "best_metric", None)),
              "history": [_float(x) for x in getattr(stopper, "results", [])]}
    model = result.model
    conf = dict(result.configuration or {})
    opt_kwargs = dict(conf.get("optimizer_kwargs") or {})
    manifest = {
        "kgprobe": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": package_versions(),
        "source": cfg.source,
        "ontology": prepared.name if prepared.kind == "ontology" else None,
        "ontology_sha256": prepared.sha256 if prepared.kind == "ontology" else None,
        "dataset": prepared.dataset,
        "dataset_sha256": prepared.sha256 if prepared.kind == "pykeen" else None,
        "seed": cfg.seed,
        "device": device,
        "torch_threads": used_threads,
        "started": started,
        "wall_time_s": round(wall, 3),
        "train_seconds": round(float(result.train_seconds), 3),
        "evaluate_seconds": round(float(result.evaluate_seconds), 3),
        "gc_freeze": cfg.freeze_gc,
        "model": type(model).__name__,
        "dim": cfg.dim,
        "epochs": cfg.epochs,
        "epochs_trained": len(result.losses),
        "early_stopping": es,
        "batch_size": batch_size,
        "optimizer": conf.get("optimizer"),
        "learning_rate": _float(opt_kwargs.get("lr")),
        "loss": type(model.loss).__name__,
        "training_loop": type(result.training_loop).__name__,
        "final_loss": _float(result.losses[-1]) if result.losses else None,
        "include_schema": cfg.include_schema if prepared.kind == "ontology" else None,
        "split_ratios": list(cfg.split) if prepared.kind == "ontology" else None,
        "triples": prepared.counts,
        "triples_trained": prepared.counts_trained,
        "held_out": len(prepared.heldout),
        "splits": splits,
        "entities": _count_kinds(prepared.entities),
        "relations": _count_kinds(prepared.relations),
        "num_parameters": int(sum(p.numel() for p in model.parameters())),
        "host": socket.gethostname(),
    }
    if cfg.devices:
        manifest["lightning"] = conf.get("lightning")
    metrics["manifest"] = manifest
    with quiet_pykeen():
        files = write_outputs(out, result, prepared, cfg)
    metrics["files"] = files
    with atomic_write(out / METRICS_FILE) as f:
        f.write(json.dumps(metrics, indent=2, sort_keys=False) + "\n")
    metrics["out"] = str(out)
    return metrics


def _float(x):
    try:
        return None if x is None else float(x)
    except (TypeError, ValueError):
        return None


def _torch_threads():
    import torch

    return torch.get_num_threads()


def _count_kinds(table: dict) -> dict:
    out: dict = {}
    for _, kind in table.values():
        out[kind] = out.get(kind, 0) + 1
    return out


__all__ = ["EmbedConfig", "run_embed", "resolve_model", "resolve_device", "pipeline_kwargs", "gc_frozen"]
