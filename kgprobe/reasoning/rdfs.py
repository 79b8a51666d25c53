"""RDFS closure for rdfs2, rdfs3, rdfs5, rdfs7, rdfs9 and rdfs11, with provenance.

A semi-naive worklist over integer-interned triples: every triple is joined
once against indexes of the triples processed before it, so each premise
pair is found exactly once, cycles terminate (a triple is queued only when
new) and the work is linear in the number of rule firings. Like owlrl, it
works on generalised triples (a literal may receive an rdf:type through a
range), so that the result equals owlrl's closure restricted to the same six
rules triple for triple (tests/test_reasoning.py checks it).

Rules (W3C RDF 1.1 Semantics, section 9.2.1):
  rdfs2   (p domain c), (x p y)          => (x type c)
  rdfs3   (p range c), (x p y)           => (y type c)
  rdfs5   (p subPropertyOf q), (q subPropertyOf r) => (p subPropertyOf r)
  rdfs7   (p subPropertyOf q), (x p y)   => (x q y)
  rdfs9   (c subClassOf d), (x type c)   => (x type d)
  rdfs11  (c subClassOf d), (d subClassOf e) => (c subClassOf e)
Premise order in a Derivation: the schema triple first (for rdfs5/rdfs11 the
one whose subject is the conclusion's subject first).
"""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Iterable, Union

from rdflib.namespace import RDF, RDFS

from kgprobe.reasoning.model import RULES, Closure, Derivation


def _triples_of(source) -> Iterable:
    triples = getattr(source, "triples", None)
    if triples is not None and not callable(triples):
        return triples  # an Ontology
    if hasattr(source, "__iter__"):
        return source  # an rdflib Graph or any iterable of triples
    raise TypeError(f"cannot take triples from {type(source).__name__}")


def rdfs_closure(source: Union["Ontology", Iterable], rules: Iterable[str] = RULES) -> Closure:  # noqa: F821
    """Compute the closure of ``source`` (an Ontology, a Graph or triples)."""
    active = set(rules)
    unknown = active - set(RULES)
    if unknown:
        raise ValueError(f"unknown rules: {sorted(unknown)}")

    ids: dict = {}
    terms: list = []

    def iid(term) -> int:
        i = ids.get(term)
        if i is None:
            i = ids[term] = len(terms)
            terms.append(term)
        return i

    TYPE, SUBC, SUBP, DOM, RNG = (iid(t) for t in (RDF.type, RDFS.subClassOf, RDFS.subPropertyOf,
                                                   RDFS.domain, RDFS.range))
    asserted_ids: dict = {}
    for s, p, o in _triples_of(source):
        t = (iid(s), iid(p), iid(o))
        asserted_ids.setdefault(t, None)

    queue = deque(asserted_ids)
    # derived triple -> {rule: (premise1, premise2, depth)}
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

    def add(t, rule, p1, p2):
        rec = derived.get(t)
        if rec is None:
            if t in asserted_ids:
                return
            d = 1 + max(depth_of.get(p1, 0), depth_of.get(p2, 0))
            derived[t] = {rule: (p1, p2, d)}
            depth_of[t] = d
            queue.append(t)
        elif rule not in rec:
            rec[rule] = (p1, p2, 1 + max(depth_of.get(p1, 0), depth_of.get(p2, 0)))

    while queue:
        t = queue.popleft()
        s, p, o = t
        by_p[p].append((s, o))
        # t in the role of an ordinary triple (x p y)
        if r2:
            for c in dom.get(p, ()):
                add((s, TYPE, c), "rdfs2", (p, DOM, c), t)
        if r3:
            for c in rng.get(p, ()):
                add((o, TYPE, c), "rdfs3", (p, RNG, c), t)
        if r7:
            for q in tuple(subp_up.get(p, ())):
                add((s, q, o), "rdfs7", (p, SUBP, q), t)
        # t in the role of a schema triple
        if p == TYPE:
            members[o].add(s)
            if r9:
                for d in tuple(subc_up.get(o, ())):
                    add((s, TYPE, d), "rdfs9", (o, SUBC, d), t)
        if p == SUBC:
            subc_up[s].add(o)
            subc_down[o].add(s)
            if r9:
                for x in tuple(members.get(s, ())):
                    add((x, TYPE, o), "rdfs9", t, (x, TYPE, s))
            if r11:
                for e in tuple(subc_up.get(o, ())):
                    add((s, SUBC, e), "rdfs11", t, (o, SUBC, e))
                for a in tuple(subc_down.get(s, ())):
                    add((a, SUBC, o), "rdfs11", (a, SUBC, s), t)
        if p == SUBP:
            subp_up[s].add(o)
            subp_down[o].add(s)
            if r5:
                for r in tuple(subp_up.get(o, ())):
                    add((s, SUBP, r), "rdfs5", t, (o, SUBP, r))
                for a in tuple(subp_down.get(s, ())):
                    add((a, SUBP, o), "rdfs5", (a, SUBP, s), t)
            if r7:
                for x, y in tuple(by_p.get(s, ())):
                    add((x, o, y), "rdfs7", t, (x, s, y))
        if p == DOM:
            dom[s].add(o)
            if r2:
                for x, _y in tuple(by_p.get(s, ())):
                    add((x, TYPE, o), "rdfs2", t, (x, s, _y))
        if p == RNG:
            rng[s].add(o)
            if r3:
                for x, y in tuple(by_p.get(s, ())):
                    add((y, TYPE, o), "rdfs3", t, (x, s, y))

    closure = Closure(asserted={(terms[s], terms[p], terms[o]) for s, p, o in asserted_ids})
    by_rule = closure.by_rule
    derivations = closure.derivations
    for (s, p, o), rec in derived.items():
        tt = (terms[s], terms[p], terms[o])
        ders = []
        for rule in RULES:
            r = rec.get(rule)
            if r is not None:
                (a, b, c), (e, f, g), d = r[0], r[1], r[2]
                ders.append(Derivation(tt, rule, ((terms[a], terms[b], terms[c]), (terms[e], terms[f], terms[g])), d))
                by_rule[rule].append(tt)
        derivations[tt] = ders
    return closure
