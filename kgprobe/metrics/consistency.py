"""Consistency over groups of probes that must agree.

A probe's top-1 is the single best-scored candidate, or None when the top
score is tied (so a constant scorer is never "consistent" by accident).

order       family "order" probes sharing ``group`` (the same question with
            the premises / context in every order): a group is consistent
            when all its probes have the same, non-None top-1.
set         family "set" probes sharing ``group`` (a set-valued answer asked
            with the gold set in different orders): ``consistent`` = same
            non-None top-1 in every probe; ``set_consistent`` = the same
            predicted set (the |gold| best candidates) in every probe.
paraphrase  memorisation probes outside any family, grouped by ``group`` (the
            fact id shared across templates) or, when group is None, by
            (task, subject, gold): consistent when the top-1 agrees across
            all templates.
multi_by_position
            family "multi" probes (several facts asked in one prompt): R@1
            accuracy by the 0-based position of the asked fact.
Only groups with at least two scored probes count; skipped probes are left
out of their group.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable


def _groups(records: Iterable[dict], key) -> dict:
    g = defaultdict(list)
    for r in records:
        k = key(r)
        if k is not None:
            g[k].append(r)
    return {k: v for k, v in g.items() if len(v) >= 2}


def _share(groups: dict, pred) -> dict:
    n = len(groups)
    ok = sum(1 for members in groups.values() if pred(members))
    return {"groups": n, "consistent": (ok / n) if n else None}


def _same_top1(members: list[dict]) -> bool:
    tops = {r.get("top1") for r in members}
    return len(tops) == 1 and None not in tops


def _same_set(members: list[dict]) -> bool:
    sets = {tuple(r.get("top_set") or ()) for r in members}
    return len(sets) == 1 and () not in sets


def family_consistency(records: Iterable[dict], family: str) -> dict:
    recs = [r for r in records if r.get("family") == family and r.get("skipped") is None]
    groups = _groups(recs, lambda r: r.get("group"))
    out = _share(groups, _same_top1)
    if family == "set":
        out["set_consistent"] = _share(groups, _same_set)["consistent"]
    return out


def paraphrase_key(r: dict):
    if r.get("kind") != "memorisation" or r.get("family") is not None:
        return None
    if r.get("group") is not None:
        return ("group", r["group"])
    return ("fact", r.get("task"), r.get("subject"), tuple(r.get("gold") or ()))


def paraphrase_consistency(records: Iterable[dict]) -> dict:
    recs = [r for r in records if r.get("skipped") is None]
    groups = _groups(recs, paraphrase_key)
    return _share(groups, _same_top1)


def multi_by_position(records: Iterable[dict]) -> dict:
    by = defaultdict(list)
    for r in records:
        if r.get("family") == "multi" and r.get("skipped") is None and r.get("position") is not None:
            by[int(r["position"])].append(bool(r["correct"]))
    return {str(p): {"n": len(v), "acc": sum(v) / len(v)} for p, v in sorted(by.items())}


def consistency_summary(records: list[dict]) -> dict:
    return {
        "order": family_consistency(records, "order"),
        "set": family_consistency(records, "set"),
        "paraphrase": paraphrase_consistency(records),
        "multi_by_position": multi_by_position(records),
    }
