"""summary.json: attribution shares, method agreement and premise reliance per group.

Computed on the gold's attributions, over the prompt's tokens that are not
special (BOS, [CLS], [SEP]: attention sinks would otherwise dominate every
share):

* ``share[method][part]``: the part's fraction of the summed absolute
  attribution, averaged over the group's probes;
* ``tau["a~b"]``: Kendall's tau (scipy) between the absolute attributions of
  methods a and b over the tokens, averaged over probes (NaN-free probes only);
* ``tau_vs_ablation[method]``: Kendall's tau between the method's summed
  attribution on P1, P2 and the subject and the drop of the gold's score
  when that part is ablated, over the parts the probe has (probes with at
  least two; with two parts tau is +1 or -1);
* ``ablation[edit]``: mean change of the gold's and the top-1's score, and
  the fraction of probes whose correctness flips;
* ``premise_reliance[edit]`` (no_P1, no_P2: EX settings only): the mean
  change of the gold's score when the stated premise is removed, for probes
  the model got right and wrong;
* ``ig_completeness``: the largest |sum of IG attributions - (score -
  baseline score)| / |score - baseline score| over the group's targets;
  ``ig_targets`` the targets with IG, ``ig_incomplete`` those whose error
  exceeds :data:`kgprobe.explain.methods.IG_TOLERANCE` (5%), ``ig_steps``
  the mean steps spent per target.

Groups: ``overall``, ``by_task``, ``by_rule_setting`` (reasoning probes
outside parallel families, rule then P1-P2 setting), ``by_setting`` (the same
probes, all rules together) and ``by_family``.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from typing import Optional

from kgprobe.explain.ablation import EDIT_PART
from kgprobe.explain.methods import IG_TOLERANCE

ABLATED_PARTS = ("P1", "P2", "subject")


def _mean(xs) -> Optional[float]:
    xs = [x for x in xs if x is not None and not (isinstance(x, float) and math.isnan(x))]
    return float(sum(xs) / len(xs)) if xs else None


def _tau(a, b) -> Optional[float]:
    from scipy.stats import kendalltau

    if len(a) < 2:
        return None
    t = kendalltau(a, b).statistic
    return None if t is None or math.isnan(t) else float(t)


def _gold(row: dict) -> Optional[dict]:
    t = row.get("targets", {}).get("gold")
    return t if isinstance(t, dict) else None


def part_shares(target: dict) -> dict:
    """{method: {part: share of |attribution|}} over the non-special tokens."""
    out = {}
    parts = target["parts"]
    for m, vec in target["attributions"].items():
        tot = sum(abs(v) for v, p in zip(vec, parts) if p != "special")
        if tot <= 0:
            continue
        acc: dict = defaultdict(float)
        for v, p in zip(vec, parts):
            if p != "special":
                acc[p] += abs(v) / tot
        out[m] = dict(acc)
    return out


def method_taus(target: dict) -> dict:
    keep = [i for i, p in enumerate(target["parts"]) if p != "special"]
    vecs = {m: [abs(v[i]) for i in keep] for m, v in target["attributions"].items()}
    out = {}
    for a, b in itertools.combinations(sorted(vecs), 2):
        t = _tau(vecs[a], vecs[b])
        if t is not None:
            out[f"{a}~{b}"] = t
    return out


def taus_vs_ablation(target: dict, ablation: dict) -> dict:
    drops = {EDIT_PART[e]: -v["gold_delta"] for e, v in (ablation or {}).items() if "gold_delta" in v}
    parts = [p for p in ABLATED_PARTS if p in drops and p in target["parts"]]
    if len(parts) < 2:
        return {}
    out = {}
    for m, vec in target["attributions"].items():
        per = [sum(abs(v) for v, q in zip(vec, target["parts"]) if q == p) for p in parts]
        t = _tau(per, [drops[p] for p in parts])
        if t is not None:
            out[m] = t
    return out


def _group(rows: list[dict]) -> dict:
    shares: dict = defaultdict(lambda: defaultdict(list))
    taus: dict = defaultdict(list)
    vs_abl: dict = defaultdict(list)
    abl: dict = defaultdict(lambda: defaultdict(list))
    rel: dict = defaultdict(lambda: {"right": [], "wrong": []})
    ig_errors, ig_steps = [], []
    for row in rows:
        g = _gold(row)
        if g is not None:
            for m, per in part_shares(g).items():
                for p in set(g["parts"]) - {"special"}:
                    shares[m][p].append(per.get(p, 0.0))
            for k, t in method_taus(g).items():
                taus[k].append(t)
            for k, t in taus_vs_ablation(g, row.get("ablation")).items():
                vs_abl[k].append(t)
        for t in (row.get("targets") or {}).values():
            ig = t.get("ig") if isinstance(t, dict) else None
            if ig:
                diff = ig["score"] - ig["baseline_score"]
                ig_errors.append(abs(ig["sum"] - diff) / max(abs(diff), 1e-9))
                if "steps" in ig:
                    ig_steps.append(ig["steps"])
        for e, v in (row.get("ablation") or {}).items():
            if "gold_delta" not in v:
                continue
            abl[e]["gold_delta"].append(v["gold_delta"])
            abl[e]["top1_delta"].append(v["top1_delta"])
            if row.get("correct") is not None:
                abl[e]["flip"].append(float(v["correct_after"] != bool(row["correct"])))
            if e in ("no_P1", "no_P2") and row.get("correct") is not None:
                rel[e]["right" if row["correct"] else "wrong"].append(v["gold_delta"])
    return {
        "n": len(rows),
        "accuracy": _mean([float(r["correct"]) for r in rows if r.get("correct") is not None]),
        "share": {m: {p: _mean(v) for p, v in sorted(per.items())} for m, per in sorted(shares.items())},
        "tau": {k: _mean(v) for k, v in sorted(taus.items())},
        "tau_n": {k: len(v) for k, v in sorted(taus.items())},
        "tau_vs_ablation": {k: _mean(v) for k, v in sorted(vs_abl.items())},
        "tau_vs_ablation_n": {k: len(v) for k, v in sorted(vs_abl.items())},
        "ablation": {e: {"n": len(d["gold_delta"]), "gold_delta": _mean(d["gold_delta"]),
                         "top1_delta": _mean(d["top1_delta"]), "flip_rate": _mean(d["flip"])}
                     for e, d in sorted(abl.items())},
        "premise_reliance": {e: {"n_right": len(d["right"]), "n_wrong": len(d["wrong"]),
                                 "gold_delta_right": _mean(d["right"]), "gold_delta_wrong": _mean(d["wrong"])}
                             for e, d in sorted(rel.items())},
        "ig_completeness": max(ig_errors) if ig_errors else None,
        "ig_targets": len(ig_errors),
        "ig_incomplete": sum(1 for e in ig_errors if e > IG_TOLERANCE),
        "ig_steps": _mean(ig_steps),
    }


def summarise(rows: list[dict]) -> dict:
    by_task: dict = defaultdict(list)
    by_rs: dict = defaultdict(lambda: defaultdict(list))
    by_family: dict = defaultdict(list)
    by_setting: dict = defaultdict(list)
    for r in rows:
        by_task[r["task"]].append(r)
        if r.get("kind") == "reasoning" and not r.get("family") and r.get("setting"):
            by_rs[r["task"]][r["setting"]].append(r)
            by_setting[r["setting"]].append(r)
        if r.get("family"):
            by_family[r["family"]].append(r)
    return {
        "overall": _group(rows),
        "by_task": {t: _group(v) for t, v in sorted(by_task.items())},
        "by_rule_setting": {t: {s: _group(v) for s, v in sorted(st.items())} for t, st in sorted(by_rs.items())},
        "by_setting": {s: _group(v) for s, v in sorted(by_setting.items())},
        "by_family": {f: _group(v) for f, v in sorted(by_family.items())},
    }
