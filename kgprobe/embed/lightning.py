"""Training through PyKEEN's PyTorch Lightning integration (``kgprobe embed --devices N``).

:func:`train_lightning` trains the same PyKEEN model on the same split as
:func:`pykeen.pipeline.pipeline` does in :mod:`kgprobe.embed.train`, but with
:class:`pykeen.contrib.lightning.SLCWALitModule` (sLCWA, PyKEEN's default
negative sampler and the model's default loss, Adam) under a
``pytorch_lightning.Trainer`` on ``devices`` GPUs (DDP when more than one;
each process draws every batch of an epoch and trains on batches i with
i % N == its rank, since Lightning does not split PyKEEN's batch
IterableDataset; the global batch is N x the batch size, so an epoch takes
1/N the optimizer steps) or on one CPU process. It needs ``pip install 'kgprobe[lightning]'`` (the
``pytorch-lightning`` package, which ``pykeen.contrib.lightning`` imports).

What differs from the pipeline: no early stopping (every ``epochs`` epoch is
trained; PyKEEN's Lightning module logs only a loss, not the validation MRR
that the pipeline's early stopper reads), the training log is Lightning's
(loss per step), and ``manifest.training_loop`` says
``RankShardedSLCWALitModule`` (kgprobe's subclass of PyKEEN's
``SLCWALitModule`` that splits the batches). The test metrics are computed as the pipeline computes
them (PyKEEN's filtered rank-based evaluator over the test triples, with the
training and validation triples filtered), on global rank 0, which alone
writes the outputs; the other ranks return None.
"""

from __future__ import annotations

import contextlib
import logging
import time
import warnings
from pathlib import Path
from typing import Optional

from kgprobe.errors import KgprobeError

INSTALL_HINT = "pip install 'kgprobe[lightning]'"


def require_lightning() -> None:
    """KgprobeError (one line) when PyTorch Lightning is not installed."""
    try:
        import pytorch_lightning  # noqa: F401
    except ImportError:
        raise KgprobeError(f"--devices trains with PyTorch Lightning, which is not installed: {INSTALL_HINT}") from None


def train_lightning(cfg, prepared, device: str, batch_size: int, workdir: Path, out: Optional[Path],
                    evaluation_batch_size: int, test_desc: str):
    """Train and evaluate; a :class:`pykeen.pipeline.PipelineResult` on global rank 0, else None."""
    require_lightning()
    with quiet_lightning():
        return _train(cfg, prepared, device, batch_size, workdir, out, evaluation_batch_size, test_desc)


@contextlib.contextmanager
def quiet_lightning():
    """Lightning's banners (available accelerators, tips) and its warnings about PyKEEN's data loaders."""
    loggers = [logging.getLogger(n) for n in ("pytorch_lightning", "lightning.pytorch", "lightning_fabric")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", module=r"pytorch_lightning(\..*)?$")
        warnings.filterwarnings("ignore", module=r"lightning_fabric(\..*)?$")
        try:
            yield
        finally:
            for lg, lv in zip(loggers, levels):
                lg.setLevel(lv)


def _train(cfg, prepared, device, batch_size, workdir, out, evaluation_batch_size, test_desc):
    import pykeen
    import pytorch_lightning as pl
    import torch
    from pykeen.contrib.lightning import SLCWALitModule
    from pykeen.datasets import EagerDataset
    from pykeen.evaluation import RankBasedEvaluator
    from pykeen.optimizers import optimizer_resolver
    from pykeen.pipeline import PipelineResult

    pl.seed_everything(cfg.seed, workers=True, verbose=False)
    dataset = EagerDataset(prepared.training, prepared.testing, prepared.validation)
    lr = cfg.lr if cfg.lr is not None else 1e-3
    module = _sharded_module_class(SLCWALitModule)(dataset=dataset, model=cfg.model,
                            model_kwargs=dict(embedding_dim=cfg.dim, random_seed=cfg.seed),
                            batch_size=batch_size, learning_rate=lr)
    losses = _EpochLosses()
    gpu = device.startswith("cuda")
    devices = cfg.devices
    if gpu and ":" in device and devices == 1:
        devices = [int(device.partition(":")[2])]  # cuda:N: that GPU
    logger = False
    if out is not None:
        from pytorch_lightning.loggers import CSVLogger

        logger = CSVLogger(save_dir=str(workdir), name="lightning", version=0)
    trainer = pl.Trainer(
        max_epochs=cfg.epochs, accelerator="gpu" if gpu else "cpu", devices=devices,
        strategy="ddp" if cfg.devices > 1 else "auto", logger=logger, callbacks=[losses],
        enable_checkpointing=False, enable_progress_bar=cfg.progress, enable_model_summary=False,
        limit_val_batches=0, num_sanity_val_steps=0, log_every_n_steps=1,
    )
    t0 = time.perf_counter()
    trainer.fit(module)
    train_seconds = time.perf_counter() - t0
    if not trainer.is_global_zero:
        return None
    if out is not None:
        metrics_csv = workdir / "lightning" / "version_0" / "metrics.csv"
        if metrics_csv.exists():
            metrics_csv.replace(out / "training_log.csv")

    model = module.model.to(torch.device(device))
    model.eval()
    t1 = time.perf_counter()
    metric_results = RankBasedEvaluator(filtered=True).evaluate(
        model, prepared.testing.mapped_triples,
        additional_filter_triples=[prepared.training.mapped_triples, prepared.validation.mapped_triples],
        batch_size=evaluation_batch_size, use_tqdm=cfg.progress, tqdm_kwargs=dict(desc=test_desc, leave=False),
    )
    evaluate_seconds = time.perf_counter() - t1
    configuration = {"optimizer": optimizer_resolver.lookup(None).__name__, "optimizer_kwargs": {"lr": lr},
                     "lightning": {"devices": cfg.devices, "accelerator": "gpu" if gpu else "cpu",
                                   "strategy": "ddp" if cfg.devices > 1 else "single device",
                                   "pytorch_lightning": pl.__version__}}
    return PipelineResult(random_seed=cfg.seed, model=model, training=prepared.training, training_loop=module,
                          losses=losses.values, metric_results=metric_results, train_seconds=train_seconds,
                          evaluate_seconds=evaluate_seconds, stopper=None, configuration=configuration,
                          metadata={}, version=pykeen.get_version(), git_hash="UNHASHED")


def _sharded_module_class(base):
    import torch

    class RankShard(torch.utils.data.IterableDataset):
        """Batch i of every epoch goes to rank i % world; the last ``len % world`` batches are
        dropped, so that every rank takes as many steps (DDP waits for all). Each rank draws every
        batch (and its negatives), so the shuffle stays the same on all ranks, which share the seed."""

        def __init__(self, inner, rank: int, world: int):
            self.inner, self.rank, self.world = inner, rank, world

        def __len__(self):
            return len(self.inner) // self.world

        def __iter__(self):
            n = len(self) * self.world
            for i, batch in enumerate(self.inner):
                if i >= n:
                    break
                if i % self.world == self.rank:
                    yield batch

    class RankShardedSLCWALitModule(base):
        """PyKEEN's SLCWALitModule, whose batches (an IterableDataset, which Lightning does not
        split) are split between the DDP processes."""

        def _dataloader(self, triples_factory, shuffle: bool = False):
            loader = super()._dataloader(triples_factory, shuffle=shuffle)
            world = self.trainer.world_size
            if world <= 1:
                return loader
            return torch.utils.data.DataLoader(RankShard(loader.dataset, self.trainer.global_rank, world),
                                               sampler=None, batch_size=None)

    return RankShardedSLCWALitModule


def _epoch_losses_class():
    import pytorch_lightning as pl

    class EpochLosses(pl.Callback):
        """The mean training loss of every epoch (as the pipeline's ``losses``)."""

        def __init__(self):
            self.values: list[float] = []
            self._sum, self._n = 0.0, 0

        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
            loss = outputs["loss"] if isinstance(outputs, dict) else outputs
            self._sum += float(loss.detach())
            self._n += 1

        def on_train_epoch_end(self, trainer, pl_module):
            self.values.append(self._sum / max(1, self._n))
            self._sum, self._n = 0.0, 0

    return EpochLosses


def _EpochLosses():
    return _epoch_losses_class()()
