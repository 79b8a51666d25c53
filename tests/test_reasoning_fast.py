"""The stratified (vectorised) RDFS closure against the worklist, and the lazy Closure."""

import random
import sys

import numpy as np
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kgprobe.ontology.load import load_ontology
from kgprobe.reasoning import RULES, Closure, Derivation, rdfs_closure
from kgprobe.reasoning import fast
from kgprobe.reasoning.reference import owlrl_closure
from conftest import FIXTURES, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from closure import synthetic  # noqa: E402

EX = "http://example.org/t/"


def u(x):
    return URIRef(EX + x)


def shape_ok(d: Derivation) -> bool:
    """The premises really give the conclusion by the rule, in the documented order."""
    s, p, o = d.triple
    (a1, b1, c1), (a2, b2, c2) = d.premises
    if d.rule == "rdfs2":
        return p == RDF.type and b1 == RDFS.domain and c1 == o and a1 == b2 and a2 == s
    if d.rule == "rdfs3":
        return p == RDF.type and b1 == RDFS.range and c1 == o and a1 == b2 and c2 == s
    if d.rule == "rdfs7":
        return b1 == RDFS.subPropertyOf and c1 == p and a1 == b2 and a2 == s and c2 == o
    if d.rule == "rdfs9":
        return p == RDF.type and b1 == RDFS.subClassOf and c1 == o and b2 == RDF.type and a2 == s and c2 == a1
    rel = RDFS.subPropertyOf if d.rule == "rdfs5" else RDFS.subClassOf
    return p == b1 == b2 == rel and a1 == s and c1 == a2 and c2 == o


def same_closure(fast_c: Closure, slow_c: Closure):
    """Same triples, same per-rule sets, same depth per (triple, rule); fast's derivations valid."""
    everything = fast_c.all_triples
    assert everything == slow_c.all_triples
    assert fast_c.asserted == slow_c.asserted
    assert fast_c.counts() == slow_c.counts()
    for r in RULES:
        assert set(fast_c.by_rule[r]) == set(slow_c.by_rule[r]), r
    slow = dict(slow_c.derivations.items())
    for t, ders in fast_c.derivations.items():
        assert t not in fast_c.asserted
        assert [d.rule for d in ders] == [d.rule for d in slow[t]]  # RULES order, same rules
        assert {d.rule: d.depth for d in ders} == {d.rule: d.depth for d in slow[t]}
        assert fast_c.depth(t) == slow_c.depth(t)
        for d in ders:
            assert d.triple == t and shape_ok(d), d
            assert all(p in everything for p in d.premises), d
            assert d.depth == 1 + max(fast_c.depth(p) for p in d.premises), d


def both(triples):
    f = rdfs_closure(triples, method="stratified")
    w = rdfs_closure(triples, method="worklist")
    assert (f.method, w.method) == ("stratified", "worklist")
    return f, w


# ------------------------------------------------------------------ which path runs
def test_auto_picks_stratified_unless_vocabulary_is_meta_modelled():
    tiny = load_ontology(str(FIXTURES / "tiny.ttl"))
    tricky = load_ontology(str(FIXTURES / "tricky.ttl"))  # ex:kindOf rdfs:subPropertyOf rdf:type
    assert rdfs_closure(tiny).method == "stratified"
    assert rdfs_closure(tricky).method == "worklist"
    assert rdfs_closure(tiny, rules=["rdfs9", "rdfs11"]).method == "worklist"
    with pytest.raises(ValueError, match="meta-modelled"):
        rdfs_closure(tricky, method="stratified")
    with pytest.raises(ValueError, match="unknown method"):
        rdfs_closure(tiny, method="magic")


@pytest.mark.parametrize("extra", [
    (RDFS.subClassOf, RDFS.subPropertyOf, u("q")),      # subPropertyOf touching the vocabulary
    (u("q"), RDFS.subPropertyOf, RDFS.domain),
    (RDF.type, RDFS.domain, u("C")),                    # a domain declared on the vocabulary
    (RDFS.subClassOf, RDFS.range, u("C")),
])
def test_each_meta_modelling_pattern_falls_back(extra):
    triples = [(u("x"), u("q"), u("y")), (u("q"), RDFS.domain, u("C")), extra]
    c = rdfs_closure(triples)
    assert c.method == "worklist"
    assert c.all_triples == owlrl_closure(triples)


# ------------------------------------------------------------------ fast == worklist
def test_fixtures_fast_equals_worklist():
    same_closure(*both(load_ontology(str(FIXTURES / "tiny.ttl")).triples))
    kind_of = URIRef("http://example.org/tricky#kindOf")
    tricky = [t for t in load_ontology(str(FIXTURES / "tricky.ttl")).triples if kind_of not in (t[0], t[1])]
    f, w = both(tricky)
    same_closure(f, w)
    assert f.all_triples == owlrl_closure(tricky)


@pytest.mark.parametrize("n, seed", [(3000, 0), (3000, 1), (10000, 2)])
def test_synthetic_fast_equals_worklist(n, seed):
    same_closure(*both(synthetic(n, seed)))


def random_graph(rng: random.Random) -> list:
    """Small graphs full of corner cases: subclass and subproperty cycles and
    self-loops, long chains, several predicates between the same pair, asserted
    triples that are also entailed, blank nodes, literal objects."""
    C = [u(f"C{i}") for i in range(rng.randint(1, 10))] + [BNode("bc")]
    P = [u(f"p{i}") for i in range(rng.randint(1, 7))]
    ents = [u(f"i{i}") for i in range(rng.randint(1, 8))] + [BNode("b1")]
    objs = ents + [Literal("1"), Literal("1", lang="en")]
    pick = rng.choice
    tr = [(pick(C), RDFS.subClassOf, pick(C)) for _ in range(rng.randint(0, 3 * len(C)))]
    tr += [(pick(P), RDFS.subPropertyOf, pick(P)) for _ in range(rng.randint(0, 2 * len(P)))]
    tr += [(pick(P), rel, pick(C)) for rel in (RDFS.domain, RDFS.range) for _ in range(rng.randint(0, len(P)))]
    tr += [(pick(ents), RDF.type, pick(C)) for _ in range(rng.randint(0, 2 * len(ents)))]
    tr += [(pick(ents), pick(P), pick(objs)) for _ in range(rng.randint(0, 4 * len(ents)))]
    if rng.random() < 0.4:  # a long subclass chain: depths beyond 2 need the level table
        k = rng.randint(3, 12)
        tr += [(u(f"L{a}"), RDFS.subClassOf, u(f"L{a + 1}")) for a in range(k)]
        tr += [(pick(ents), RDF.type, u("L0")), (pick(P), RDFS.domain, u(f"L{rng.randint(0, k)}"))]
    if rng.random() < 0.4:  # a long subproperty chain with domain / range along it
        k = rng.randint(3, 10)
        tr += [(u(f"q{a}"), RDFS.subPropertyOf, u(f"q{a + 1}")) for a in range(k)]
        tr += [(pick(ents), u("q0"), pick(objs)), (u(f"q{rng.randint(0, k)}"), RDFS.range, pick(C)),
               (u(f"q{rng.randint(0, k)}"), RDFS.domain, u(f"L{rng.randint(0, 3)}"))]
    if tr and rng.random() < 0.3:  # duplicates
        tr += rng.sample(tr, min(3, len(tr)))
    rng.shuffle(tr)
    return tr


def test_random_graphs_fast_equals_worklist():
    for seed in range(150):
        f, w = both(random_graph(random.Random(seed)))
        same_closure(f, w)


def test_random_graphs_equal_owlrl():
    for seed in range(150, 170):
        tr = random_graph(random.Random(seed))
        ref = owlrl_closure(tr)
        assert rdfs_closure(tr, method="stratified").all_triples == ref
        assert rdfs_closure(tr, method="worklist").all_triples == ref


def test_batched_rdfs9_equals_one_batch(monkeypatch):
    tr = synthetic(2000, 5)
    whole = rdfs_closure(tr)
    monkeypatch.setattr(fast, "CHUNK", 7)
    batched = rdfs_closure(tr)
    assert batched.all_triples == whole.all_triples
    assert {t: [(d.rule, d.premises, d.depth) for d in ds] for t, ds in batched.derivations.items()} == \
        {t: [(d.rule, d.premises, d.depth) for d in ds] for t, ds in whole.derivations.items()}


# ------------------------------------------------------------------ depths, by hand
def test_hand_worked_depths():
    # C0 < C1 < ... < C5; x a C0; p0 < p1 < p2 < p3 (subPropertyOf); x p0 y; p3 domain D
    tr = [(u(f"C{i}"), RDFS.subClassOf, u(f"C{i + 1}")) for i in range(5)]
    tr += [(u(f"p{i}"), RDFS.subPropertyOf, u(f"p{i + 1}")) for i in range(3)]
    tr += [(u("x"), RDF.type, u("C0")), (u("x"), u("p0"), u("y")), (u("p3"), RDFS.domain, u("D"))]
    f, w = both(tr)
    same_closure(f, w)
    # a subclass path of length n gives depth ceil(log2 n): split at the middle
    assert [f.depth((u("C0"), RDFS.subClassOf, u(f"C{k}"))) for k in range(1, 6)] == [0, 1, 2, 2, 3]
    # (x type C3): x type C1 (depth 1), C1 sc C3 (depth 1) => 2; the direct C0 sc C3 route gives 3
    assert f.depth((u("x"), RDF.type, u("C3"))) == 2
    assert f.depth((u("x"), RDF.type, u("C5"))) == 3
    # (x p3 y): x p1 y (1), p1 sP p3 (1) => 2; then domain => 3
    assert f.depth((u("x"), u("p3"), u("y"))) == 2
    d = f.derivations[(u("x"), RDF.type, u("D"))]
    assert [(x.rule, x.depth) for x in d] == [("rdfs2", 3)]
    assert d[0].premises[0] == (u("p3"), RDFS.domain, u("D"))


def test_level_table_is_monotone():
    F, M = fast.level_table(4, 40)
    assert (np.diff(F, axis=1) >= 0).all() and (np.diff(F, axis=0) >= 0).all()
    assert list(F[0, :9]) == [0, 1, 2, 2, 3, 3, 3, 3, 4]  # worked by hand from the recurrence
    assert (M[:, 1:] < np.arange(1, 41)).all()


# ------------------------------------------------------------------ the lazy Closure
def test_lazy_views_decode_on_demand():
    onto = load_ontology(str(FIXTURES / "tiny.ttl"))
    c = rdfs_closure(onto)
    counts = c.counts()
    assert c.by_rule._cache == {} and c._asserted is None  # counts() decoded nothing
    assert sum(counts.values()) >= len(c.derivations) > 0
    assert c.asserted == set(onto.triples)
    t = c.by_rule["rdfs9"][0]
    assert t in c.derivations and t in c.entailed and t in c.all_triples
    assert c.derivations.get((u("nope"), RDF.type, u("nope"))) is None
    with pytest.raises(KeyError):
        c.derivations[(u("nope"), RDF.type, u("nope"))]
    with pytest.raises(KeyError):
        c.depth((u("nope"), RDF.type, u("nope")))
    a = next(iter(c.asserted))
    assert c.depth(a) == 0 and a not in c.derivations
    bulk = dict(c.derivations.items())
    assert bulk == {k: c.derivations[k] for k in c.derivations}
    assert list(c.derivations.values()) == [bulk[k] for k in c.derivations]
    assert c.max_depth() == max(d.depth for ds in bulk.values() for d in ds)
    assert c.all_triples == c.asserted | c.entailed
    assert "stratified" in repr(c)


def test_closure_built_by_hand_still_works():
    t = (u("x"), RDF.type, u("D"))
    p1, p2 = (u("C"), RDFS.subClassOf, u("D")), (u("x"), RDF.type, u("C"))
    c = Closure.given(asserted={p1, p2}, derivations={t: [Derivation(t, "rdfs9", (p1, p2), 1)]})
    assert c.all_triples == {t, p1, p2} and c.entailed == {t}
    assert c.depth(t) == 1 and c.depth(p1) == 0 and c.max_depth() == 1
    assert c.counts()["rdfs9"] == 1 and c.method == "given"
    assert c.derivations[t] == [Derivation(t, "rdfs9", (p1, p2), 1)]
    assert dict(c.by_rule) == {r: ([t] if r == "rdfs9" else []) for r in RULES}
    assert Closure.given().counts() == {r: 0 for r in RULES}
    with pytest.raises(ValueError, match="does not fit rdfs9"):  # premises swapped
        Closure.given(asserted={p1, p2}, derivations={t: [Derivation(t, "rdfs9", (p2, p1), 1)]})
    with pytest.raises(ValueError, match="is asserted"):
        Closure.given(asserted={p1, p2, t}, derivations={t: [Derivation(t, "rdfs9", (p1, p2), 1)]})


def test_closure_given_equals_computed():
    """Re-encoding a computed closure's own derivations gives the same closure."""
    tricky = load_ontology(str(FIXTURES / "tricky.ttl"))
    c = rdfs_closure(tricky)
    g = Closure.given(c.asserted, dict(c.derivations.items()))
    assert g.all_triples == c.all_triples and g.counts() == c.counts() and g.max_depth() == c.max_depth()
    assert dict(g.derivations.items()) == dict(c.derivations.items())


def test_empty_input():
    c = rdfs_closure([])
    assert c.all_triples == set() and c.counts() == {r: 0 for r in RULES} and c.max_depth() == 0
