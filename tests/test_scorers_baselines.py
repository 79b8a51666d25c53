"""baseline:random and baseline:frequency."""

import pytest

from kgprobe.errors import KgprobeError, ModelError
from kgprobe.probes.model import Probe
from kgprobe.scorers import ScorerOptions, make_scorer

CANDS = ["animal", "dog", "city", "person", "river", "country"]


def probe(subject, gold, task="TP", split="test", cands=CANDS):
    return Probe(task=task, kind="memorisation", prompt=f"{subject} is a [Y] .", candidates=list(cands),
                 gold=list(gold), subject=subject, split=split)


def test_random_is_seeded_per_probe_and_in_unit_interval():
    a, b = probe("Rex", ["dog"]), probe("Paris", ["city"])
    s0 = make_scorer("baseline:random", ScorerOptions(seed=0))
    r1 = s0.score([a, b])
    r2 = make_scorer("baseline:random", ScorerOptions(seed=0)).score([b, a])  # order does not matter
    assert r1[0].scores == r2[1].scores and r1[1].scores == r2[0].scores
    assert r1[0].scores != r1[1].scores  # per probe id
    r3 = make_scorer("baseline:random", ScorerOptions(seed=1)).score([a])
    assert r3[0].scores != r1[0].scores  # per seed
    assert all(0.0 <= x < 1.0 for x in r1[0].scores)
    assert r1[0].candidates == CANDS and r1[0].probe_id == a.id
    assert s0.kind == "baseline" and s0.describe()["seed"] == 0


def test_random_is_uniform_ish():
    # over many probes the gold's rank among 6 candidates is uniform: mean rank ~ 3.5
    s = make_scorer("baseline:random", ScorerOptions(seed=3))
    probes = [probe(f"thing{i}", ["dog"]) for i in range(600)]
    ranks = []
    for sp in s.score(probes):
        g = sp.scores[CANDS.index("dog")]
        ranks.append(1 + sum(x > g for x in sp.scores))
    mean = sum(ranks) / len(ranks)
    assert 3.2 < mean < 3.8
    assert {1, 6} <= set(ranks)


def test_frequency_ranks_train_golds_by_count_per_task():
    train = [probe("a", ["dog"], split="train"), probe("b", ["dog"], split="train"),
             probe("c", ["dog", "animal"], split="train"), probe("d", ["city"], split="train"),
             # another task: its counts must not leak into TP
             probe("e", ["river"], task="SCO", split="train"), probe("f", ["river"], task="SCO", split="train"),
             probe("g", ["river"], task="SCO", split="train"), probe("h", ["river"], task="SCO", split="train")]
    s = make_scorer("baseline:frequency", ScorerOptions(seed=0))
    assert s.fit(train) is s
    test = [probe(f"x{i}", ["person"]) for i in range(20)]
    for sp in s.score(test):
        order = [c for _, c in sorted(zip(sp.scores, sp.candidates), reverse=True)]
        # dog (3) > animal, city (1 each, random order) > the rest (random order)
        assert order[0] == "dog"
        assert set(order[1:3]) == {"animal", "city"}
        assert set(order[3:]) == {"person", "river", "country"}
    # the unseen tail really is shuffled across probes, and ties among equal counts too
    tails = {tuple(c for _, c in sorted(zip(sp.scores, sp.candidates), reverse=True)[3:]) for sp in s.score(test)}
    assert len(tails) > 1
    seconds = {sorted(zip(sp.scores, sp.candidates), reverse=True)[1][1] for sp in s.score(test)}
    assert seconds == {"animal", "city"}
    # SCO uses its own counts
    sco = s.score([probe("y", ["dog"], task="SCO")])[0]
    assert max(zip(sco.scores, sco.candidates))[1] == "river"
    assert s.describe()["train_probes"] == {"SCO": 4, "TP": 4}
    # deterministic
    assert s.score(test)[0].scores == make_scorer("baseline:frequency").fit(train).score(test)[:1][0].scores


def test_frequency_needs_fit():
    s = make_scorer("baseline:frequency")
    with pytest.raises(ModelError, match="fitted"):
        s.score([probe("a", ["dog"])])
    with pytest.raises(ModelError, match="split == 'train'"):
        s.fit([])


def test_unknown_baseline_and_unknown_spec():
    with pytest.raises(ModelError, match="unknown baseline 'popular'"):
        make_scorer("baseline:popular")
    with pytest.raises(KgprobeError, match="unknown model 'nosuchmodel'"):
        make_scorer("nosuchmodel")
