"""One ``predictions.jsonl`` line per probe, from a Probe and its ScoredProbe.

A record carries everything the metrics need (task, template, setting,
family, group, position, gold ranks, top-1, confidence), so results can be
recomputed from ``predictions.jsonl`` alone.

Ranks are taken among ``scored.candidates`` (an API scorer may score a
subset); golds absent from that subset are left out of ``gold_ranks``.
"""

from __future__ import annotations

import math
from typing import Optional

import numpy as np

from kgprobe.errors import ModelError
from kgprobe.metrics.calibration import softmax_confidence
from kgprobe.metrics.ranking import best_gold_rank, clean_scores, realistic_ranks
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import ScoredProbe

TOP_N = 5


def _num(x: float) -> Optional[float]:
    x = float(x)
    return x if math.isfinite(x) else None


def _base(probe: Probe) -> dict:
    return {
        "probe_id": probe.id,
        "task": probe.task,
        "kind": probe.kind,
        "template": probe.template,
        "setting": probe.setting,
        "family": probe.family,
        "group": probe.group,
        "position": probe.position,
        "subject": probe.subject,
        "gold": list(probe.gold),
    }


def prediction_record(probe: Probe, scored: ScoredProbe) -> dict:
    """The predictions.jsonl record of one probe.

    Keys (schema_version 1): probe_id, task, top5 [[label, score]...],
    gold_ranks, best_rank, confidence, correct, skipped; plus kind, template,
    setting, family, group, position, subject, gold, n_candidates, mean_rank,
    top1 (None when the top score is tied), top_set (the |gold| best labels,
    sorted; ties broken by candidate order), nan_scores, raw.
    """
    if scored.probe_id != probe.id:
        raise ModelError(f"scorer returned probe {scored.probe_id!r} for probe {probe.id!r}")
    rec = _base(probe)
    if scored.scores is None:
        rec.update(
            n_candidates=len(scored.candidates or probe.candidates),
            top5=None, top1=None, top_set=None, gold_ranks=None, best_rank=None,
            mean_rank=None, confidence=None, correct=None,
            skipped=scored.skipped or "skipped",
        )
        if scored.raw is not None:
            rec["raw"] = scored.raw
        if scored.extra:
            rec["extra"] = scored.extra
        return rec

    cands = list(scored.candidates)
    if len(scored.scores) != len(cands):
        raise ModelError(
            f"scorer returned {len(scored.scores)} scores for {len(cands)} candidates (probe {probe.id})"
        )
    raw = np.asarray(scored.scores, dtype=float)
    n_nan = int(np.isnan(raw).sum())
    s = clean_scores(raw)
    first = {}
    for i, c in enumerate(cands):
        first.setdefault(c, i)
    gold_idx = [first[g] for g in dict.fromkeys(probe.gold) if g in first]
    if not gold_idx:
        raise ModelError(f"no gold answer among the scored candidates of probe {probe.id}")
    ranks = realistic_ranks(s, gold_idx)
    order = np.argsort(-s, kind="stable")
    top = order[:TOP_N]
    tied_top = len(s) > 1 and s[order[0]] == s[order[1]]
    k = len(gold_idx)
    best = best_gold_rank(s, gold_idx)
    rec.update(
        n_candidates=len(cands),
        top5=[[cands[i], _num(s[i])] for i in top],
        top1=None if tied_top else cands[order[0]],
        top_set=sorted(cands[i] for i in order[:k]),
        gold_ranks=[float(r) for r in ranks],
        best_rank=best,
        mean_rank=float(ranks.mean()),
        confidence=softmax_confidence(s),
        correct=bool(best <= 1.0),
        skipped=None,
    )
    if n_nan:
        rec["nan_scores"] = n_nan
    if scored.raw is not None:
        rec["raw"] = scored.raw
    if scored.extra:
        rec["extra"] = scored.extra
    return rec
