"""Confidence, calibration and selective prediction.

Confidence of a probe = softmax over its candidate scores, taken at the top-1
candidate (i.e. the largest softmax probability). A prediction is *correct*
when its best gold rank is 1 (the top-1 is a gold and not tied with a
non-gold); so ``accuracy`` here is R@1.

ECE: 10 equal-width bins, bin i = [i/10, (i+1)/10) (the last bin includes
1.0); ECE = sum_b n_b/N * |accuracy_b - confidence_b|.

Risk-coverage: answering only predictions with confidence >= t gives coverage
(share answered) and selective accuracy. AURC = area under the risk (1 -
selective accuracy) vs coverage curve, computed exactly as the mean over
k = 1..N of the risk of the k most confident predictions (ties in confidence
are broken at random in expectation, so a constant confidence gives
AURC = error rate).
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np


def softmax_confidence(scores: Sequence[float]) -> float:
    """Largest softmax probability over the scores (NaN counts as -inf)."""
    s = np.asarray(scores, dtype=float).reshape(-1)
    s = np.where(np.isnan(s), -np.inf, s)
    if s.size == 0:
        return float("nan")
    top = s.max()
    if not np.isfinite(top):
        if top > 0:  # +inf: all mass on the +inf entries
            return 1.0 / float((s == top).sum())
        return 1.0 / s.size  # all -inf: uniform
    e = np.exp(s - top)
    return float(1.0 / e.sum())  # e at the max is exactly 1


def _arrays(confidence, correct):
    c = np.asarray(confidence, dtype=float).reshape(-1)
    y = np.asarray(correct, dtype=bool).reshape(-1)
    if c.shape != y.shape:
        raise ValueError("confidence and correct differ in length")
    return c, y


def reliability(confidence, correct, n_bins: int = 10) -> list[dict]:
    """Per equal-width bin: bin_lo, bin_hi, n, mean confidence, accuracy
    (confidence/accuracy None for an empty bin)."""
    c, y = _arrays(confidence, correct)
    b = np.clip(np.floor(c * n_bins).astype(int), 0, n_bins - 1) if c.size else np.zeros(0, int)
    out = []
    for i in range(n_bins):
        m = b == i
        k = int(m.sum())
        out.append(
            {
                "bin_lo": round(i / n_bins, 10),
                "bin_hi": round((i + 1) / n_bins, 10),
                "n": k,
                "confidence": float(c[m].mean()) if k else None,
                "accuracy": float(y[m].mean()) if k else None,
            }
        )
    return out


def ece(confidence, correct, n_bins: int = 10) -> Optional[float]:
    """Expected calibration error with ``n_bins`` equal-width bins."""
    c, y = _arrays(confidence, correct)
    if c.size == 0:
        return None
    total = 0.0
    for row in reliability(c, y, n_bins):
        if row["n"]:
            total += row["n"] / c.size * abs(row["accuracy"] - row["confidence"])
    return float(total)


def selective(confidence, correct, threshold: float) -> dict:
    """Abstain below ``threshold``: coverage (share answered) and accuracy on
    the answered ones (None when nothing is answered)."""
    c, y = _arrays(confidence, correct)
    answered = c >= threshold
    k = int(answered.sum())
    return {
        "threshold": float(threshold),
        "n": int(c.size),
        "answered": k,
        "coverage": float(k / c.size) if c.size else None,
        "selective_accuracy": float(y[answered].mean()) if k else None,
    }


def risk_coverage(confidence, correct, n_points: int = 20) -> list[dict]:
    """Points of the risk-coverage curve at (about) ``n_points`` evenly spaced
    coverages: the threshold is the confidence of the ceil(q*N)-th most
    confident prediction for q = 1/n_points .. 1; coverage counts every
    prediction at or above it (ties included). Sorted by coverage."""
    c, y = _arrays(confidence, correct)
    n = c.size
    if n == 0:
        return []
    order = np.sort(c)[::-1]
    out, seen = [], set()
    for j in range(1, n_points + 1):
        k = int(np.ceil(j / n_points * n))
        t = float(order[k - 1])
        if t in seen:
            continue
        seen.add(t)
        m = c >= t
        out.append({"threshold": t, "coverage": float(m.mean()), "accuracy": float(y[m].mean())})
    out.sort(key=lambda r: r["coverage"])
    return out


def aurc(confidence, correct) -> Optional[float]:
    """Area under the risk-coverage curve (lower is better)."""
    c, y = _arrays(confidence, correct)
    n = c.size
    if n == 0:
        return None
    order = np.argsort(-c, kind="stable")
    cs, err = c[order], (~y[order]).astype(float)
    # tie groups of equal confidence
    starts = np.flatnonzero(np.r_[True, cs[1:] != cs[:-1]])
    ends = np.r_[starts[1:], n]
    cum_err = np.r_[0.0, np.cumsum(err)]
    total = 0.0
    for s, e in zip(starts, ends):
        before = cum_err[s]
        rate = (cum_err[e] - cum_err[s]) / (e - s)
        k = np.arange(s + 1, e + 1)  # number answered
        total += float(((before + (k - s) * rate) / k).sum())
    return total / n


def calibration_summary(confidence, correct, n_bins: int = 10) -> dict:
    c, y = _arrays(confidence, correct)
    return {
        "n": int(c.size),
        "ece": ece(c, y, n_bins),
        "n_bins": n_bins,
        "mean_confidence": float(c.mean()) if c.size else None,
        "reliability": reliability(c, y, n_bins),
        "risk_coverage": risk_coverage(c, y),
        "aurc": aurc(c, y),
    }
