"""RDFS closure for rdfs2, rdfs3, rdfs5, rdfs7, rdfs9 and rdfs11, with provenance.

Like owlrl, it works on generalised triples (a literal may receive an
rdf:type through a range), so that the result equals owlrl's closure
restricted to the same six rules triple for triple (tests/test_reasoning.py
checks it).

Rules (W3C RDF 1.1 Semantics, section 9.2.1):
  rdfs2   (p domain c), (x p y)          => (x type c)
  rdfs3   (p range c), (x p y)           => (y type c)
  rdfs5   (p subPropertyOf q), (q subPropertyOf r) => (p subPropertyOf r)
  rdfs7   (p subPropertyOf q), (x p y)   => (x q y)
  rdfs9   (c subClassOf d), (x type c)   => (x type d)
  rdfs11  (c subClassOf d), (d subClassOf e) => (c subClassOf e)
Premise order in a Derivation: the schema triple first (for rdfs5/rdfs11 the
one whose subject is the conclusion's subject first).

Two evaluations, same results (tests/test_reasoning_fast.py):

``stratified`` (:mod:`kgprobe.reasoning.fast`), used when all six rules are on
and the vocabulary is not meta-modelled (no rdfs:subPropertyOf edge touching
rdf:type, rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain or rdfs:range, and
no domain or range declared on them): one vectorised pass, schema closure ->
rdfs7 -> rdfs2/rdfs3 -> rdfs9.

``worklist`` otherwise: a semi-naive worklist over integer-interned triples:
every triple is joined once against indexes of the triples processed before
it, so each premise pair is found exactly once, cycles terminate (a triple is
queued only when new) and the work is linear in the number of rule firings.
The queue is breadth-first, so the first derivation found for a rule is one of
minimal depth for that rule.

Either way, for every entailed triple and every rule that derives it the
closure keeps one derivation of minimal depth for that rule (the depths are
the same for both methods; when several derivations tie, the premises chosen
may differ).
"""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Iterable, Union

import numpy as np

from kgprobe.reasoning import fast
from kgprobe.reasoning.model import DOM, RNG, RULES, SUBC, SUBP, TYPE, Closure, Packer

METHODS = ("auto", "stratified", "worklist")


def _triples_of(source) -> Iterable:
    triples = getattr(source, "triples", None)
    if triples is not None and not callable(triples):
        return triples  # an Ontology
    if hasattr(source, "__iter__"):
        return source  # an rdflib Graph or any iterable of triples
    raise TypeError(f"cannot take triples from {type(source).__name__}")


def rdfs_closure(source: Union["Ontology", Iterable], rules: Iterable[str] = RULES,  # noqa: F821
                 method: str = "auto") -> Closure:
    """Compute the closure of ``source`` (an Ontology, a Graph or triples).

    ``method``: "auto" (stratified when possible, else the worklist),
    "stratified" (ValueError when not possible) or "worklist".
    ``closure.method`` tells which one ran.
    """
    active = set(rules)
    unknown = active - set(RULES)
    if unknown:
        raise ValueError(f"unknown rules: {sorted(unknown)}")
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}: one of {', '.join(METHODS)}")

    codes, terms = fast.intern(_triples_of(source))
    n = len(terms)
    s, p, o = codes[:, 0], codes[:, 1], codes[:, 2]
    use_fast = method != "worklist" and active == set(RULES) and fast.stratifiable(s, p, o)
    if method == "stratified" and not use_fast:
        why = ("it needs all six rules" if active != set(RULES)
               else "the vocabulary is meta-modelled (subPropertyOf on it, or a domain/range declared on it)")
        raise ValueError(f"stratified closure not possible: {why}")

    if use_fast:
        preds = np.concatenate([p, o[p == SUBP], [TYPE, SUBC, SUBP]])
        packer = Packer(n, preds)
        asserted = fast.unique(packer.key(s, p, o))
        s, p, o = packer.unkey(asserted)
        by_rule = fast.stratified(s, p, o, n, packer, asserted)
        return Closure.from_store(fast.build_store(terms, packer, asserted, by_rule), "stratified")

    rows = np.unique(codes, axis=0) if len(codes) else codes
    records = _worklist(list(map(tuple, rows.tolist())), active)
    preds = [p, [TYPE, SUBC, SUBP]] + [rec[1] for rec in records.values()]
    packer = Packer(n, np.concatenate(preds))
    asserted = fast.unique(packer.key(s, p, o))
    by_rule = {rule: (packer.key(*rec[:3]), rec[3], rec[4] if rule in ("rdfs2", "rdfs3") else None, rec[5])
               for rule, rec in records.items()}
    return Closure.from_store(fast.build_store(terms, packer, asserted, by_rule), "worklist")


def _worklist(asserted_rows: list, active: set) -> dict:
    """The semi-naive worklist on int triples; per rule (s, p, o, mid, other, depth) arrays."""
    asserted_ids = set(asserted_rows)
    queue = deque(asserted_rows)
    # derived triple -> {rule: (mid, other, depth)}
    derived: dict = {}
    depth_of: dict = {}

    by_p = defaultdict(list)          # p -> [(s, o)]
    subc_up = defaultdict(set)        # c -> {d : c subClassOf d}
    subc_down = defaultdict(set)      # d -> {c : c subClassOf d}
    subp_up = defaultdict(set)
    subp_down = defaultdict(set)
    dom = defaultdict(set)
    rng = defaultdict(set)
    members = defaultdict(set)        # c -> {x : x type c}

    r2, r3, r5, r7, r9, r11 = (r in active for r in RULES)

    def add(t, rule, mid, other, p1, p2):
        rec = derived.get(t)
        if rec is None:
            if t in asserted_ids:
                return
            d = 1 + max(depth_of.get(p1, 0), depth_of.get(p2, 0))
            derived[t] = {rule: (mid, other, d)}
            depth_of[t] = d
            queue.append(t)
        elif rule not in rec:
            rec[rule] = (mid, other, 1 + max(depth_of.get(p1, 0), depth_of.get(p2, 0)))

    while queue:
        t = queue.popleft()
        s, p, o = t
        by_p[p].append((s, o))
        # t in the role of an ordinary triple (x p y)
        if r2:
            for c in dom.get(p, ()):
                add((s, TYPE, c), "rdfs2", p, o, (p, DOM, c), t)
        if r3:
            for c in rng.get(p, ()):
                add((o, TYPE, c), "rdfs3", p, s, (p, RNG, c), t)
        if r7:
            for q in tuple(subp_up.get(p, ())):
                add((s, q, o), "rdfs7", p, -1, (p, SUBP, q), t)
        # t in the role of a schema triple
        if p == TYPE:
            members[o].add(s)
            if r9:
                for d in tuple(subc_up.get(o, ())):
                    add((s, TYPE, d), "rdfs9", o, -1, (o, SUBC, d), t)
        if p == SUBC:
            subc_up[s].add(o)
            subc_down[o].add(s)
            if r9:
                for x in tuple(members.get(s, ())):
                    add((x, TYPE, o), "rdfs9", s, -1, t, (x, TYPE, s))
            if r11:
                for e in tuple(subc_up.get(o, ())):
                    add((s, SUBC, e), "rdfs11", o, -1, t, (o, SUBC, e))
                for a in tuple(subc_down.get(s, ())):
                    add((a, SUBC, o), "rdfs11", s, -1, (a, SUBC, s), t)
        if p == SUBP:
            subp_up[s].add(o)
            subp_down[o].add(s)
            if r5:
                for r in tuple(subp_up.get(o, ())):
                    add((s, SUBP, r), "rdfs5", o, -1, t, (o, SUBP, r))
                for a in tuple(subp_down.get(s, ())):
                    add((a, SUBP, o), "rdfs5", s, -1, (a, SUBP, s), t)
            if r7:
                for x, y in tuple(by_p.get(s, ())):
                    add((x, o, y), "rdfs7", s, -1, t, (x, s, y))
        if p == DOM:
            dom[s].add(o)
            if r2:
                for x, y in tuple(by_p.get(s, ())):
                    add((x, TYPE, o), "rdfs2", s, y, t, (x, s, y))
        if p == RNG:
            rng[s].add(o)
            if r3:
                for x, y in tuple(by_p.get(s, ())):
                    add((y, TYPE, o), "rdfs3", s, x, t, (x, s, y))

    cols: dict = {rule: ([], [], [], [], [], []) for rule in RULES}
    for (s, p, o), rec in derived.items():
        for rule, (mid, other, d) in rec.items():
            c = cols[rule]
            c[0].append(s), c[1].append(p), c[2].append(o), c[3].append(mid), c[4].append(other), c[5].append(d)
    return {rule: tuple(np.asarray(a, dtype=np.int64) for a in c) for rule, c in cols.items()}
