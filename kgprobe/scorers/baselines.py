"""Baselines: ``baseline:random`` and ``baseline:frequency``.

* random: a seeded uniform score in [0, 1) per candidate, deterministic per
  (options.seed, probe id, candidate position).
* frequency (Wu et al. 2023): gold labels seen in the training split are
  ranked by how often they are gold there (per task), most frequent first;
  every other candidate follows in a seeded random order. The runner calls
  ``fit(train_probes)`` (split == "train") before scoring. The score is
  ``count + t`` with t in [0, 1), so seen labels (count >= 1) come first.
  The tie rule is an option of the spec, ``baseline:frequency,ties=RULE``:

  - ``ties=random`` (default): t is the random baseline's score, so ties
    between equal counts are broken at random per probe;
  - ``ties=first``: equal counts keep the order in which the labels are first
    seen among the training golds (probes in file order, each probe's golds
    in their order). This is the reference code's rule (Wu et al. 2023,
    OntoProbe-PLMs main.py: ``sorted(Counter(train golds).items(), key=count,
    reverse=True)``, a stable sort over a first-seen-ordered Counter) and
    reproduces the paper's Freq column (Table 4).

  Unseen labels follow in a seeded random order under both rules.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Sequence

from kgprobe.errors import ModelError
from kgprobe.probes.model import Probe
from kgprobe.registry import did_you_mean
from kgprobe.scorers.base import ScoredProbe, register_scorer
from kgprobe.scorers.options import Options, option


@dataclass(frozen=True)
class RandomOptions(Options):
    seed: int = option(0)


@dataclass(frozen=True)
class FrequencyOptions(Options):
    seed: int = option(0)
    ties: str = option("random", choices=("random", "first"))


def _uniform(seed: int, probe_id: str, n: int) -> list[float]:
    rng = random.Random(f"kgprobe-baseline:{seed}:{probe_id}")  # str seeds hash with sha512: stable
    return [rng.random() for _ in range(n)]


class RandomBaseline:
    kind = "baseline"

    def __init__(self, options: RandomOptions):
        self.name = "baseline:random"
        self.seed = options.seed

    def describe(self) -> dict:
        return {"model_name": self.name, "kind": self.kind, "seed": self.seed, "device": "cpu", "dtype": None}

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        return [ScoredProbe(p.id, list(p.candidates), _uniform(self.seed, p.id, len(p.candidates))) for p in probes]


class FrequencyBaseline:
    kind = "baseline"

    def __init__(self, options: FrequencyOptions):
        self.ties = options.ties
        self.name = "baseline:frequency" + ("" if self.ties == "random" else f",ties={self.ties}")
        self.seed = options.seed
        self.counts: dict[str, Counter] | None = None
        self.first_seen: dict[str, dict[str, int]] = {}
        self.n_train: dict[str, int] = {}

    def fit(self, train_probes: Sequence[Probe]) -> "FrequencyBaseline":
        train_probes = list(train_probes)
        if not train_probes:
            raise ModelError("baseline:frequency needs training probes (split == 'train'); the battery has none")
        counts: dict[str, Counter] = defaultdict(Counter)
        first_seen: dict[str, dict[str, int]] = defaultdict(dict)
        n: Counter = Counter()
        for p in train_probes:
            n[p.task] += 1
            golds = list(dict.fromkeys(p.gold))
            counts[p.task].update(golds)
            seen = first_seen[p.task]
            for g in golds:
                seen.setdefault(g, len(seen))
        self.counts = dict(counts)
        self.first_seen = dict(first_seen)
        self.n_train = dict(n)
        return self

    def describe(self) -> dict:
        return {"model_name": self.name, "kind": self.kind, "seed": self.seed, "device": "cpu", "dtype": None,
                "ties": self.ties, "train_probes": dict(sorted(self.n_train.items()))}

    def _tiebreak(self, p: Probe) -> list[float]:
        """t in [0, 1) per candidate: random, or (ties=first) decreasing with
        the first-seen position of a seen label (unseen labels stay random)."""
        u = _uniform(self.seed, p.id, len(p.candidates))
        if self.ties == "random":
            return u
        seen = self.first_seen.get(p.task, {})
        n = len(seen)
        return [(n - seen[c]) / (n + 1) if c in seen else r for c, r in zip(p.candidates, u)]

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        if self.counts is None:
            raise ModelError("baseline:frequency must be fitted on the training probes first (fit(train_probes))")
        out = []
        for p in probes:
            counts = self.counts.get(p.task, Counter())
            t = self._tiebreak(p)
            out.append(ScoredProbe(p.id, list(p.candidates),
                                   [counts.get(c, 0) + r for c, r in zip(p.candidates, t)]))
        return out


_KINDS = {"random": (RandomBaseline, RandomOptions), "frequency": (FrequencyBaseline, FrequencyOptions)}


def _options_class(kind: str) -> type:
    if kind not in _KINDS:
        raise ModelError(f"unknown baseline {kind!r}{did_you_mean(kind, _KINDS)} (known: {', '.join(sorted(_KINDS))})")
    return _KINDS[kind][1]


@register_scorer("baseline", _options_class)
def _baseline(kind: str, options: Options):
    """``baseline:KIND[,KEY=VALUE...]``: seed for both, ties for frequency."""
    return _KINDS[kind][0](options)
