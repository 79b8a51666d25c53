"""Ranking metrics (Wu et al., ACL 2023).

Rank of a gold = its *realistic* rank among the scored candidates: the mean
of the optimistic rank (1 + number of candidates scored strictly higher) and
the pessimistic rank (number of candidates scored higher or equal, itself
included). A constant scorer therefore gives every gold rank (N+1)/2 over N
candidates and cannot look good by the luck of the candidate order.

Per probe:
  gold_ranks  realistic rank of each gold among all scored candidates.
  best_rank   realistic rank of the best-ranked gold, where other golds tied
              with it do not count against it (they are right answers too):
              1 + #candidates scored higher + #non-gold candidates tied / 2.
              With one gold this is simply its rank; a constant scorer gets
              (N - G + 2) / 2 for G golds among N candidates.
  mean_rank   mean of gold_ranks (the golds' ranks among the scored candidates).
  R@k  = share of probes with best_rank <= k
  MRR  = mean of 1 / best_rank
  MRRa = mean of 1 / mean_rank          (reciprocal of the mean rank of all golds)
  acc  = R@1 (for multiple choice over the asked candidates: the same thing)
NaN scores count as the lowest possible score (-inf).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

HEADLINE = ("R@1", "R@5", "MRR", "MRRa")


def clean_scores(scores: Sequence[float]) -> np.ndarray:
    """Scores as a float array with NaN replaced by -inf."""
    s = np.asarray(scores, dtype=float).reshape(-1)
    return np.where(np.isnan(s), -np.inf, s)


def realistic_ranks(scores: Sequence[float], idx: Sequence[int]) -> np.ndarray:
    """1-based realistic ranks of the candidates at positions ``idx``.

    >>> realistic_ranks([0.5, 0.9, 0.5, 0.1], [0, 1, 2, 3]).tolist()
    [2.5, 1.0, 2.5, 4.0]
    """
    s = clean_scores(scores)
    idx = np.asarray(idx, dtype=int).reshape(-1)
    if idx.size == 0:
        return np.zeros(0)
    t = s[idx][:, None]
    higher = (s[None, :] > t).sum(axis=1)
    equal = (s[None, :] == t).sum(axis=1)  # includes the candidate itself
    optimistic = higher + 1
    pessimistic = higher + equal
    return (optimistic + pessimistic) / 2.0


def best_gold_rank(scores: Sequence[float], gold_idx: Sequence[int]) -> float:
    """Realistic rank of the best-scored gold, not penalised by ties with
    other golds.

    >>> best_gold_rank([0.9, 0.9, 0.9, 0.1], [0, 1])  # gold 0,1 tied with non-gold 2
    1.5
    """
    s = clean_scores(scores)
    gold = np.zeros(s.size, dtype=bool)
    gold[np.asarray(gold_idx, dtype=int)] = True
    if not gold.any():
        raise ValueError("no gold index")
    top = s[gold].max()
    higher = int((s > top).sum())  # all non-gold: top is the best gold score
    tied_other = int(((s == top) & ~gold).sum())
    return 1.0 + higher + tied_other / 2.0


def per_probe_values(best_rank: Sequence[float], mean_rank: Sequence[float]) -> np.ndarray:
    """(n, 4) array of per-probe hit@1, hit@5, 1/best, 1/mean: the headline
    metrics are the column means (so bootstrap resamples these rows)."""
    best = np.asarray(best_rank, dtype=float).reshape(-1)
    mean = np.asarray(mean_rank, dtype=float).reshape(-1)
    return np.column_stack([best <= 1, best <= 5, 1.0 / best, 1.0 / mean]).astype(float)


def summarize_ranks(best_rank: Sequence[float], mean_rank: Sequence[float]) -> dict:
    """{"n", "R@1", "R@5", "MRR", "MRRa", "acc"} over probes (None when n == 0)."""
    v = per_probe_values(best_rank, mean_rank)
    n = int(v.shape[0])
    if n == 0:
        return {"n": 0, **{k: None for k in HEADLINE}, "acc": None}
    m = v.mean(axis=0)
    out = {"n": n, "R@1": float(m[0]), "R@5": float(m[1]), "MRR": float(m[2]), "MRRa": float(m[3])}
    out["acc"] = out["R@1"]
    return out
