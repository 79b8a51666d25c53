"""Metrics: hand-computed ranks, R@k, MRR, MRRa, ECE, AURC, bootstrap, consistency."""

import math

import numpy as np
import pytest

from kgprobe.errors import ModelError, ResultsError
from kgprobe.metrics.aggregate import compute_metrics, counts
from kgprobe.metrics.bootstrap import bootstrap_ci, group_seed
from kgprobe.metrics.calibration import (
    aurc,
    ece,
    reliability,
    risk_coverage,
    selective,
    softmax_confidence,
)
from kgprobe.metrics.consistency import consistency_summary
from kgprobe.metrics.ranking import best_gold_rank, realistic_ranks, summarize_ranks
from kgprobe.metrics.records import prediction_record
from kgprobe.metrics.schema import slugify, validate_results
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import ScoredProbe

# ---------------------------------------------------------------- ranks


def test_realistic_ranks_with_ties_by_hand():
    # scores: a=3, b=5, c=3, d=3, e=1 -> b first; a,c,d tied for 2..4; e fifth
    s = [3, 5, 3, 3, 1]
    assert realistic_ranks(s, [0, 1, 2, 3, 4]).tolist() == [3.0, 1.0, 3.0, 3.0, 5.0]


def test_constant_scorer_gets_middle_rank():
    n = 7
    r = realistic_ranks([0.0] * n, [0, 3, 6])
    assert r.tolist() == [(n + 1) / 2] * 3
    # best gold rank: one gold -> (N+1)/2; G golds -> (N-G+2)/2
    assert best_gold_rank([0.0] * n, [2]) == (n + 1) / 2
    assert best_gold_rank([0.0] * n, [0, 3, 6]) == (n - 3 + 2) / 2
    m = summarize_ranks([best_gold_rank([0.0] * n, [2])], [4.0])
    assert m["R@1"] == 0.0 and m["R@5"] == 1.0 and m["MRR"] == pytest.approx(0.25)


def test_best_gold_rank_ignores_ties_with_other_golds():
    # two golds share the top score: a gold is first whatever the tie-break
    assert best_gold_rank([2.0, 2.0, 1.0], [0, 1]) == 1.0
    # a non-gold tied with the best gold costs half a place
    assert best_gold_rank([2.0, 2.0, 2.0, 1.0], [0, 1]) == 1.5
    # a non-gold strictly above
    assert best_gold_rank([2.0, 3.0, 1.0], [0, 2]) == 2.0


def test_nan_scores_rank_last():
    assert realistic_ranks([float("nan"), 1.0, 0.0], [0]).tolist() == [3.0]


def test_summary_metrics_by_hand():
    # probe 1: golds at ranks 1 and 3; probe 2: gold at 2; probe 3: gold at 6, 10
    best = [1, 2, 6]
    mean = [2, 2, 8]
    m = summarize_ranks(best, mean)
    assert m["n"] == 3
    assert m["R@1"] == pytest.approx(1 / 3)
    assert m["R@5"] == pytest.approx(2 / 3)
    assert m["MRR"] == pytest.approx((1 + 1 / 2 + 1 / 6) / 3)
    assert m["MRRa"] == pytest.approx((1 / 2 + 1 / 2 + 1 / 8) / 3)
    assert m["acc"] == m["R@1"]
    assert summarize_ranks([], [])["R@1"] is None


# ---------------------------------------------------------------- records


def _probe(cands, gold, **kw):
    return Probe(task=kw.pop("task", "TP"), kind=kw.pop("kind", "memorisation"), prompt="x is a [Y] .",
                 candidates=cands, gold=gold, **kw)


def test_prediction_record_by_hand():
    p = _probe(["a", "b", "c", "d", "e", "f"], ["c", "e"])
    s = ScoredProbe(p.id, p.candidates, [0.0, 2.0, 1.0, 2.0, 1.0, -1.0])
    r = prediction_record(p, s)
    # b,d tied top (ranks 1.5); c,e tied next (ranks 3.5)
    assert r["gold_ranks"] == [3.5, 3.5]
    assert r["best_rank"] == 3.0  # b,d higher; the tie c-e is between golds: 1 + 2 + 0
    assert r["mean_rank"] == 3.5
    assert r["top1"] is None  # top score tied
    assert r["correct"] is False
    assert [x[0] for x in r["top5"]] == ["b", "d", "c", "e", "a"]
    assert r["top_set"] == ["b", "d"]
    e = np.exp([0.0, 2.0, 1.0, 2.0, 1.0, -1.0])
    assert r["confidence"] == pytest.approx(e.max() / e.sum())
    assert r["skipped"] is None


def test_prediction_record_subset_and_skip():
    p = _probe(["a", "b", "c", "d"], ["d", "a"])
    # an API scorer scored a subset holding only one gold
    s = ScoredProbe(p.id, ["c", "d", "b"], [0.5, 0.9, 0.1])
    r = prediction_record(p, s)
    assert r["n_candidates"] == 3 and r["gold_ranks"] == [1.0] and r["correct"] is True
    assert r["top1"] == "d"
    sk = prediction_record(p, ScoredProbe(p.id, p.candidates, None, skipped="unmapped entity"))
    assert sk["skipped"] == "unmapped entity" and sk["best_rank"] is None
    with pytest.raises(ModelError):
        prediction_record(p, ScoredProbe(p.id, ["b", "c"], [0.1, 0.2]))
    with pytest.raises(ModelError):
        prediction_record(p, ScoredProbe(p.id, p.candidates, [0.1]))


# ---------------------------------------------------------------- calibration


def test_softmax_confidence():
    assert softmax_confidence([0.0, math.log(3.0)]) == pytest.approx(0.75)
    assert softmax_confidence([-1e4, -1e4 + math.log(3.0)]) == pytest.approx(0.75)  # stable
    assert softmax_confidence([1.0, 1.0, 1.0, 1.0]) == pytest.approx(0.25)


def test_ece_by_hand():
    conf = [0.95, 0.85, 0.82, 0.35, 0.31]
    corr = [1, 0, 1, 1, 0]
    # bins: [0.9,1): conf .95 acc 1; [0.8,0.9): conf .835 acc .5; [0.3,0.4): conf .33 acc .5
    expected = 1 / 5 * 0.05 + 2 / 5 * 0.335 + 2 / 5 * 0.17
    assert ece(conf, corr) == pytest.approx(expected)
    rel = reliability(conf, corr)
    assert len(rel) == 10 and [b["n"] for b in rel] == [0, 0, 0, 2, 0, 0, 0, 0, 2, 1]
    assert rel[8]["confidence"] == pytest.approx(0.835) and rel[8]["accuracy"] == 0.5
    assert rel[0]["confidence"] is None
    # confidence 1.0 falls in the last bin
    assert reliability([1.0], [1])[9]["n"] == 1


def test_aurc_and_risk_coverage_by_hand():
    conf = [0.9, 0.8, 0.7, 0.6]
    corr = [1, 0, 1, 0]
    # risks of the k most confident: 0, 1/2, 1/3, 1/2
    assert aurc(conf, corr) == pytest.approx((0 + 0.5 + 1 / 3 + 0.5) / 4)
    # constant confidence gives no selective benefit: AURC = error rate
    assert aurc([0.5] * 4, corr) == pytest.approx(0.5)
    rc = risk_coverage(conf, corr, n_points=4)
    assert [(p["coverage"], p["accuracy"]) for p in rc] == [(0.25, 1.0), (0.5, 0.5), (0.75, 2 / 3), (1.0, 0.5)]
    assert rc[0]["threshold"] == 0.9


def test_selective_abstention():
    s = selective([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0], 0.75)
    assert s["coverage"] == 0.5 and s["selective_accuracy"] == 0.5 and s["answered"] == 2
    s = selective([0.1, 0.2], [1, 1], 0.5)
    assert s["coverage"] == 0.0 and s["selective_accuracy"] is None


# ---------------------------------------------------------------- bootstrap


def test_bootstrap_is_deterministic_and_matches_reference():
    rng = np.random.default_rng(1)
    v = rng.random((40, 2))
    a = bootstrap_ci(v, 1000, seed=5)
    b = bootstrap_ci(v, 1000, seed=5)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, bootstrap_ci(v, 1000, seed=6))
    # slow reference: one resample at a time from the same stream
    r = np.random.default_rng(5)
    means = np.array([v[r.integers(0, 40, size=40)].mean(axis=0) for _ in range(1000)])
    ref = np.percentile(means, [2.5, 97.5], axis=0).T
    assert np.allclose(a, ref)
    mean = v.mean(axis=0)
    assert (a[:, 0] <= mean).all() and (mean <= a[:, 1]).all()
    # constant data: a zero-width interval
    assert bootstrap_ci(np.ones((5, 1)), 100, seed=0).tolist() == [[1.0, 1.0]]
    assert bootstrap_ci(np.zeros((0, 1)), 100, seed=0) is None


def test_group_seed_depends_on_seed_and_key():
    x = np.random.default_rng(group_seed(0, "task:TP")).random()
    assert x == np.random.default_rng(group_seed(0, "task:TP")).random()
    assert x != np.random.default_rng(group_seed(0, "task:SCO")).random()
    assert x != np.random.default_rng(group_seed(1, "task:TP")).random()


# ---------------------------------------------------------------- consistency


def _rec(**kw):
    base = dict(task="rdfs9", kind="reasoning", template="h", setting="EX-EX", family=None, group=None,
                position=None, subject="s", gold=["g"], top1="g", top_set=["g"], best_rank=1.0,
                mean_rank=1.0, confidence=0.9, correct=True, skipped=None, probe_id="x")
    base.update(kw)
    return base


def test_consistency_on_hand_made_groups():
    recs = [
        # order: group A consistent, group B not, group C has a tied top -> not, D single -> not counted
        _rec(family="order", group="A", top1="cat"), _rec(family="order", group="A", top1="cat"),
        _rec(family="order", group="B", top1="cat"), _rec(family="order", group="B", top1="dog"),
        _rec(family="order", group="C", top1=None), _rec(family="order", group="C", top1=None),
        _rec(family="order", group="D", top1="cat"),
        # set: same top-1 in both groups, same predicted set only in S1
        _rec(family="set", group="S1", top1="a", top_set=["a", "b"]),
        _rec(family="set", group="S1", top1="a", top_set=["a", "b"]),
        _rec(family="set", group="S2", top1="a", top_set=["a", "b"]),
        _rec(family="set", group="S2", top1="a", top_set=["a", "c"]),
        # paraphrase: fact F1 agrees across templates, F2 not; group None -> keyed by task/subject/gold
        _rec(kind="memorisation", task="TP", group="F1", template="t1", top1="city"),
        _rec(kind="memorisation", task="TP", group="F1", template="t2", top1="city"),
        _rec(kind="memorisation", task="TP", group="F2", template="t1", top1="city"),
        _rec(kind="memorisation", task="TP", group="F2", template="t2", top1="town"),
        _rec(kind="memorisation", task="SCO", subject="dog", gold=["animal"], template="t1", top1="animal"),
        _rec(kind="memorisation", task="SCO", subject="dog", gold=["animal"], template="t2", top1="animal"),
        # a skipped member is left out of its group
        _rec(kind="memorisation", task="SCO", subject="dog", gold=["animal"], template="t3", top1=None,
             skipped="unmapped"),
        # multi: position 0 two right, position 1 one of two
        _rec(family="multi", group="M", position=0, correct=True),
        _rec(family="multi", group="M", position=1, correct=False),
        _rec(family="multi", group="N", position=0, correct=True),
        _rec(family="multi", group="N", position=1, correct=True),
    ]
    c = consistency_summary([r for r in recs if r["skipped"] is None])
    assert c["order"] == {"groups": 3, "consistent": pytest.approx(1 / 3)}
    assert c["set"]["groups"] == 2 and c["set"]["consistent"] == 1.0 and c["set"]["set_consistent"] == 0.5
    assert c["paraphrase"] == {"groups": 3, "consistent": pytest.approx(2 / 3)}
    assert c["multi_by_position"] == {"0": {"n": 2, "acc": 1.0}, "1": {"n": 2, "acc": 0.5}}


# ---------------------------------------------------------------- aggregate + schema


def test_compute_metrics_groups_and_skips():
    recs = [
        _rec(task="TP", kind="memorisation", setting=None, template="t1", best_rank=1.0, mean_rank=2.0),
        _rec(task="TP", kind="memorisation", setting=None, template="t2", best_rank=4.0, mean_rank=4.0,
             correct=False, confidence=0.2),
        _rec(task="rdfs9", setting="EX-IM", best_rank=2.0, mean_rank=2.0, correct=False, confidence=0.6),
        _rec(task="rdfs9", setting="EX-EX", family="order", group="o", best_rank=1.0),
        _rec(task="rdfs9", setting="EX-IM", skipped="unmapped", best_rank=None, mean_rank=None,
             confidence=None, correct=None),
    ]
    m = compute_metrics(recs, seed=0, n_resamples=200, abstain_below=0.5)
    # the skipped probe counts nowhere; the family probe only under by_family
    assert m["overall"]["n"] == 3
    assert m["overall"]["R@1"] == pytest.approx(1 / 3)
    assert m["overall"]["MRR"] == pytest.approx((1 + 0.25 + 0.5) / 3)
    assert m["overall"]["MRRa"] == pytest.approx((0.5 + 0.25 + 0.5) / 3)
    assert m["by_task"]["TP"]["MRRa"] == pytest.approx((0.5 + 0.25) / 2)
    assert set(m["by_rule_setting"]["rdfs9"]) == {"EX-IM"}
    assert m["by_rule_setting"]["rdfs9"]["EX-IM"]["n"] == 1
    assert set(m["by_template"]) == {"TP/t1", "TP/t2", "rdfs9/h"}
    assert m["by_family"]["order"]["n"] == 1 and m["by_family"]["order"]["R@1"] == 1.0
    lo, hi = m["overall"]["ci"]["R@1"]
    assert 0.0 <= lo <= 1 / 3 <= hi <= 1.0
    # confidences 0.9, 0.2, 0.6: two answered at 0.5, one of them right
    assert m["abstention"]["coverage"] == pytest.approx(2 / 3) and m["abstention"]["selective_accuracy"] == 0.5
    assert m["calibration"]["n"] == 3 and m["calibration"]["n_bins"] == 10
    # the same seed gives the same intervals
    assert compute_metrics(recs, seed=0, n_resamples=200)["overall"]["ci"] == m["overall"]["ci"]
    c = counts(recs)
    assert c == {"probes": 5, "scored": 4, "skipped": 1, "skipped_reasons": {"unmapped": 1}, "nan_scores": 0}


def test_slug_and_schema():
    assert slugify("smollm2-135m") == "smollm2-135m"
    assert slugify("baseline:random") == "baseline_random"
    assert slugify("kge:runs/transe") == "kge_runs_transe"
    assert slugify("..") == "__"
    with pytest.raises(ResultsError, match="schema_version"):
        validate_results({"schema_version": 2})
    with pytest.raises(ResultsError, match="missing key"):
        validate_results({"schema_version": 1})
