"""Seeded choices: which facts a battery keeps, their split, and candidates.

Every random choice draws from :func:`~kgprobe.probes.pseudowords.seeded_rng`
keyed by the battery seed and what is being chosen (task, fact), so a choice
does not change when another part of the battery changes, and is the same on
every machine and under every PYTHONHASHSEED.
"""

from __future__ import annotations

from typing import Iterable, Optional

from kgprobe.probes.battery import Candidates
from kgprobe.probes.knowledge import label_key
from kgprobe.probes.pseudowords import seeded_rng


def choose_units(units: Iterable[str], n: Optional[int], train: int, dev: int, seed: int, key: str) -> dict[str, str]:
    """Pick the facts (units) of one task and give each a split.

    The units are shuffled with a seeded RNG; the first ``train`` (at most a
    quarter of them) go to "train", the next ``dev`` (at most a quarter) to
    "dev", then up to ``n`` (all if None) to "test". Returns unit -> split
    for the chosen units.
    """
    order = sorted(set(units))
    rng = seeded_rng(seed, "units", key)
    rng.shuffle(order)
    u = len(order)
    tr = min(train, u // 4)
    dv = min(dev, u // 4)
    rest = u - tr - dv
    te = rest if n is None else min(n, rest)
    out = {}
    for i, unit in enumerate(order[: tr + dv + te]):
        out[unit] = "train" if i < tr else ("dev" if i < tr + dv else "test")
    return out


def sample_units(units: Iterable[str], n: Optional[int], seed: int, key: str) -> list[str]:
    """Up to ``n`` of ``units`` (all if None), seeded, returned sorted."""
    order = sorted(set(units))
    if n is None or n >= len(order):
        return order
    rng = seeded_rng(seed, "sample", key)
    return sorted(rng.sample(order, n))


def make_candidates(pool: list[str], gold: list[str], exclude: Iterable[str], spec: Candidates, seed: int, key: str,
                    force: Iterable[str] = ()) -> list[str]:
    """The candidate labels of one probe, sorted by label.

    ``all``: the pool minus ``exclude`` (gold always kept). ``sample``: every
    gold, every ``force`` label (lures stated in the prompt) that is not
    excluded, and ``spec.sample`` distractors drawn with a seeded RNG keyed by
    ``key`` from the rest of the pool, so every model and every paraphrase of
    the same fact sees the same candidates.
    """
    gold_set = set(gold)
    excl = set(exclude) - gold_set
    if spec.mode == "all":
        return sorted((set(pool) - excl) | gold_set, key=label_key)
    forced = sorted((set(force) - excl) - gold_set, key=label_key)
    rest = sorted(set(pool) - excl - gold_set - set(forced), key=label_key)
    k = max(0, min(spec.sample - len(forced), len(rest)))
    rng = seeded_rng(seed, "candidates", key)
    picked = rng.sample(rest, k) if k else []
    return sorted(gold_set | set(forced) | set(picked), key=label_key)
