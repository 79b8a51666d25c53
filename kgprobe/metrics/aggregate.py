"""All metrics of a run from its prediction records (results.json "metrics")."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Optional

import numpy as np

from kgprobe.metrics.bootstrap import N_RESAMPLES, bootstrap_ci, group_seed
from kgprobe.metrics.calibration import calibration_summary, selective
from kgprobe.metrics.consistency import consistency_summary
from kgprobe.metrics.ranking import HEADLINE, per_probe_values, summarize_ranks
from kgprobe.probes.model import MEMORISATION_TASKS, REASONING_TASKS

_TASK_ORDER = {t: i for i, t in enumerate(MEMORISATION_TASKS + REASONING_TASKS)}


def _task_key(name: str):
    """Paper order: TP SCO SPO DM RG, then rdfs2 .. rdfs11, then the rest."""
    task = name.split("/", 1)[0]
    return (_TASK_ORDER.get(task, len(_TASK_ORDER)), name)


def _block(recs: list[dict], key: str, seed: int, n_resamples: int) -> dict:
    best = [r["best_rank"] for r in recs]
    mean = [r["mean_rank"] for r in recs]
    out = summarize_ranks(best, mean)
    if recs and n_resamples:
        ci = bootstrap_ci(per_probe_values(best, mean), n_resamples, group_seed(seed, key))
        out["ci"] = {m: [float(ci[i, 0]), float(ci[i, 1])] for i, m in enumerate(HEADLINE)}
    return out


def _by(recs: list[dict], keyf, prefix: str, seed: int, n_resamples: int) -> dict:
    groups = defaultdict(list)
    for r in recs:
        k = keyf(r)
        if k is not None:
            groups[k].append(r)
    return {k: _block(groups[k], f"{prefix}:{k}", seed, n_resamples) for k in sorted(groups, key=_task_key)}


def counts(records: Iterable[dict]) -> dict:
    records = list(records)
    skipped = Counter(r["skipped"] for r in records if r.get("skipped") is not None)
    return {
        "probes": len(records),
        "scored": len(records) - sum(skipped.values()),
        "skipped": sum(skipped.values()),
        "skipped_reasons": dict(sorted(skipped.items())),
        "nan_scores": sum(int(r.get("nan_scores") or 0) for r in records),
    }


def compute_metrics(
    records: Iterable[dict],
    seed: int = 0,
    n_resamples: int = N_RESAMPLES,
    abstain_below: Optional[float] = None,
) -> dict:
    """The "metrics" object of results.json.

    Skipped records (``skipped`` set) are left out of every metric (they are
    counted in :func:`counts`). Probes of a parallel family (order, multi,
    set) re-ask facts in other forms; they are reported only under
    ``by_family`` and ``consistency``, so that overall, by_task,
    by_rule_setting, by_template, calibration and abstention count each plain
    probe once.
    """
    scored = [r for r in records if r.get("skipped") is None]
    recs = [r for r in scored if not r.get("family")]
    m: dict = {"overall": _block(recs, "overall", seed, n_resamples)}
    m["by_task"] = _by(recs, lambda r: r["task"], "task", seed, n_resamples)
    rule_setting: dict = defaultdict(list)
    for r in recs:
        if r.get("setting"):
            rule_setting[r["task"]].append(r)
    m["by_rule_setting"] = {
        task: _by(v, lambda r: r["setting"], f"rule:{task}", seed, n_resamples)
        for task, v in sorted(rule_setting.items(), key=lambda kv: _task_key(kv[0]))
    }
    m["by_template"] = _by(
        recs, lambda r: f"{r['task']}/{r.get('template') or '-'}", "template", seed, n_resamples
    )
    m["by_family"] = _by(scored, lambda r: r.get("family"), "family", seed, n_resamples)
    m["consistency"] = consistency_summary(scored)
    conf = np.array([r["confidence"] for r in recs], dtype=float)
    corr = np.array([bool(r["correct"]) for r in recs], dtype=bool)
    m["calibration"] = calibration_summary(conf, corr)
    if abstain_below is not None:
        ab = selective(conf, corr, abstain_below)
        by_task = {}
        for task in m["by_task"]:
            sel = np.array([r["task"] == task for r in recs])
            by_task[task] = selective(conf[sel], corr[sel], abstain_below)
        ab["by_task"] = by_task
        m["abstention"] = ab
    return m
