"""Baselines: ``baseline:random`` and ``baseline:frequency``.

* random: a seeded uniform score in [0, 1) per candidate, deterministic per
  (options.seed, probe id, candidate position).
* frequency (Wu et al. 2023): gold labels seen in the training split are
  ranked by how often they are gold there (per task), most frequent first;
  every other candidate follows in a seeded random order. The runner calls
  ``fit(train_probes)`` (split == "train") before scoring. The score is
  ``count + u`` with u the random baseline's score, so seen labels (count >= 1)
  come first, ties between equal counts and all unseen labels are ordered at
  random.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from typing import Sequence

from kgprobe.errors import ModelError
from kgprobe.probes.model import Probe
from kgprobe.registry import did_you_mean
from kgprobe.scorers.base import SCORERS, ScoredProbe, ScorerOptions


def _uniform(seed: int, probe_id: str, n: int) -> list[float]:
    rng = random.Random(f"kgprobe-baseline:{seed}:{probe_id}")  # str seeds hash with sha512: stable
    return [rng.random() for _ in range(n)]


class RandomBaseline:
    kind = "baseline"

    def __init__(self, options: ScorerOptions):
        self.name = "baseline:random"
        self.seed = options.seed

    def describe(self) -> dict:
        return {"model_name": self.name, "kind": self.kind, "seed": self.seed, "device": "cpu", "dtype": None}

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        return [ScoredProbe(p.id, list(p.candidates), _uniform(self.seed, p.id, len(p.candidates))) for p in probes]


class FrequencyBaseline:
    kind = "baseline"

    def __init__(self, options: ScorerOptions):
        self.name = "baseline:frequency"
        self.seed = options.seed
        self.counts: dict[str, Counter] | None = None
        self.n_train: dict[str, int] = {}

    def fit(self, train_probes: Sequence[Probe]) -> "FrequencyBaseline":
        train_probes = list(train_probes)
        if not train_probes:
            raise ModelError("baseline:frequency needs training probes (split == 'train'); the battery has none")
        counts: dict[str, Counter] = defaultdict(Counter)
        n: Counter = Counter()
        for p in train_probes:
            n[p.task] += 1
            counts[p.task].update(set(p.gold))
        self.counts = dict(counts)
        self.n_train = dict(n)
        return self

    def describe(self) -> dict:
        return {"model_name": self.name, "kind": self.kind, "seed": self.seed, "device": "cpu", "dtype": None,
                "train_probes": dict(sorted(self.n_train.items()))}

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        if self.counts is None:
            raise ModelError("baseline:frequency must be fitted on the training probes first (fit(train_probes))")
        out = []
        for p in probes:
            counts = self.counts.get(p.task, Counter())
            u = _uniform(self.seed, p.id, len(p.candidates))
            out.append(ScoredProbe(p.id, list(p.candidates),
                                   [counts.get(c, 0) + r for c, r in zip(p.candidates, u)]))
        return out


_KINDS = {"random": RandomBaseline, "frequency": FrequencyBaseline}


def _check(rest: str) -> None:
    if rest not in _KINDS:
        raise ModelError(f"unknown baseline {rest!r}{did_you_mean(rest, _KINDS)} (known: {', '.join(sorted(_KINDS))})")


@SCORERS.register("baseline")
def _baseline(rest: str, options: ScorerOptions):
    _check(rest)
    return _KINDS[rest](options)


_baseline.check = _check
