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



#: a task or rule x setting group with fewer probes than this is reported as noise
MIN_GROUP_N = 10


def small_groups(sample: Iterable, battery_probes: Iterable, min_n: int = MIN_GROUP_N) -> Optional[str]:
    """One line naming the reported groups (tasks, rule x setting cells) that
    hold fewer than ``min_n`` probes in ``sample`` (what ``--limit`` drew)
    although ``battery_probes`` (the battery's test probes) hold more - the
    groups a sample leaves too small or empty - or None. Groups the battery
    itself makes small (the default battery asks 4 probes per rule x setting
    cell) are its design and are not reported. Probes of a parallel family
    are left out, as in the metrics."""

    def tally(probes):
        plain = [p for p in probes if not p.family]
        return Counter(p.task for p in plain), Counter((p.task, p.setting) for p in plain if p.setting)

    n_task, n_cell = tally(sample)
    full_task, full_cell = tally(battery_probes)
    tasks = [t for t in sorted(full_task, key=_task_key) if n_task[t] < min(min_n, full_task[t])]
    cells = [c for c in full_cell if n_cell[c] < min(min_n, full_cell[c])]
    if not tasks and not cells:
        return None
    parts = []
    if tasks:
        parts.append(f"{len(tasks)} of {len(full_task)} tasks (" + ", ".join(f"{t} n={n_task[t]}" for t in tasks) + ")")
    if cells:
        empty = sum(1 for c in cells if n_cell[c] == 0)
        parts.append(f"{len(cells)} of {len(full_cell)} rule x setting cells ({empty} empty)")
    return (f"fewer than {min_n} probes in " + " and ".join(parts)
            + ": their figures are noise; score more probes (a larger --limit, or none)")
