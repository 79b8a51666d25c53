"""Seeded percentile bootstrap over probes."""

from __future__ import annotations

import zlib
from typing import Optional

import numpy as np

N_RESAMPLES = 1000
_MAX_CELLS = 2_000_000  # index draws per chunk (bounds memory for big groups)


def group_seed(seed: int, key: str) -> np.random.SeedSequence:
    """A seed for one group derived from the run seed and the group's name,
    so a group's interval does not depend on which other groups exist."""
    return np.random.SeedSequence([int(seed) & 0xFFFFFFFF, zlib.crc32(key.encode("utf-8"))])


def bootstrap_means(
    values: np.ndarray, n_resamples: int = N_RESAMPLES, seed=0
) -> np.ndarray:
    """(n_resamples, m) column means of ``values`` (n, m) over resampled rows."""
    v = np.asarray(values, dtype=float)
    if v.ndim == 1:
        v = v[:, None]
    n = v.shape[0]
    rng = np.random.default_rng(seed)
    out = np.empty((n_resamples, v.shape[1]))
    chunk = max(1, min(n_resamples, _MAX_CELLS // max(n, 1)))
    for start in range(0, n_resamples, chunk):
        stop = min(n_resamples, start + chunk)
        idx = rng.integers(0, n, size=(stop - start, n))
        out[start:stop] = v[idx].mean(axis=1)
    return out


def bootstrap_ci(
    values: np.ndarray, n_resamples: int = N_RESAMPLES, seed=0, level: float = 0.95
) -> Optional[np.ndarray]:
    """(m, 2) percentile interval [lo, hi] of each column's mean, or None
    when there are no rows."""
    v = np.asarray(values, dtype=float)
    if v.ndim == 1:
        v = v[:, None]
    if v.shape[0] == 0:
        return None
    means = bootstrap_means(v, n_resamples, seed)
    a = (1.0 - level) / 2.0 * 100.0
    return np.percentile(means, [a, 100.0 - a], axis=0).T
