"""The closure for the rules of :mod:`kgprobe.reasoning.rules`, with provenance.

By default the six RDFS rules rdfs2, rdfs3, rdfs5, rdfs7, rdfs9 and rdfs11;
opt-in rules of the table (OWL 2 RL's prp-trp) run only when ``rules`` names
them, on the worklist.

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

``stratified`` (:mod:`kgprobe.reasoning.fast`), used when exactly the six RDFS
rules are on and the vocabulary is not meta-modelled (no rdfs:subPropertyOf edge touching
rdf:type, rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain or rdfs:range, and
no domain or range declared on them): one vectorised pass, schema closure ->
rdfs7 -> rdfs2/rdfs3 -> rdfs9.

``worklist`` otherwise: a semi-naive worklist (each rule's join is a
function in :data:`JOINS`) over integer-interned triples:
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
from typing import Callable, Iterable, Mapping, Union

import numpy as np
from rdflib import URIRef

from kgprobe.reasoning import fast
from kgprobe.reasoning.model import DOM, RNG, SUBC, SUBP, TYPE, Closure, CodedStore, Packer
from kgprobe.reasoning.rules import ALL_RULES, DEFAULT_RULES, RULE, TRANSITIVE, VARIABLES

METHODS = ("auto", "stratified", "worklist")


def _triples_of(source) -> Iterable:
    triples = getattr(source, "triples", None)
    if triples is not None and not callable(triples):
        return triples  # an Ontology
    if hasattr(source, "__iter__"):
        return source  # an rdflib Graph or any iterable of triples
    raise TypeError(f"cannot take triples from {type(source).__name__}")


def closure_rules(rules: Iterable[str]) -> tuple:
    """The rules a closure with ``rules`` active records, in table order: the
    default rules (0 where not active) and every active opt-in rule."""
    active = set(rules)
    return tuple(r for r in ALL_RULES if r in active or RULE[r].default)


def rdfs_closure(source: Union["Ontology", Iterable], rules: Iterable[str] = DEFAULT_RULES,  # noqa: F821
                 method: str = "auto") -> Closure:
    """Compute the closure of ``source`` (an Ontology, a Graph or triples)
    under ``rules`` (names in :data:`kgprobe.reasoning.rules.TABLE`; default:
    the six RDFS rules).

    ``method``: "auto" (stratified when possible, else the worklist),
    "stratified" (ValueError when not possible) or "worklist".
    ``closure.method`` tells which one ran.
    """
    active = set(rules)
    unknown = active - set(ALL_RULES)
    if unknown:
        raise ValueError(f"unknown rules: {sorted(unknown)} (known: {', '.join(ALL_RULES)})")
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}: one of {', '.join(METHODS)}")
    recorded = closure_rules(active)

    codes, terms = fast.intern(_triples_of(source))
    n = len(terms)
    s, p, o = codes[:, 0], codes[:, 1], codes[:, 2]
    use_fast = method != "worklist" and active == set(fast.RULES) and fast.stratifiable(s, p, o)
    if method == "stratified" and not use_fast:
        why = (f"it runs exactly the rules {', '.join(fast.RULES)}" if active != set(fast.RULES)
               else "the vocabulary is meta-modelled (subPropertyOf on it, or a domain/range declared on it)")
        raise ValueError(f"stratified closure not possible: {why}")

    if use_fast:
        preds = np.concatenate([p, o[p == SUBP], [TYPE, SUBC, SUBP]])
        packer = Packer(n, preds)
        asserted = fast.unique(packer.key(s, p, o))
        s, p, o = packer.unkey(asserted)
        by_rule = fast.stratified(s, p, o, n, packer, asserted)
        return Closure(fast.build_store(terms, packer, asserted, by_rule, recorded), "stratified")

    rows = np.unique(codes, axis=0) if len(codes) else codes
    ids = _const_ids(terms)
    records = _worklist(list(map(tuple, rows.tolist())), [r for r in recorded if r in active], ids)
    preds = [p, [TYPE, SUBC, SUBP]] + [rec[1] for rec in records.values()]
    packer = Packer(n, np.concatenate(preds))
    asserted = fast.unique(packer.key(s, p, o))
    by_rule = {rule: (packer.key(*rec[:3]), rec[3], rec[4] if RULE[rule].uses_other else None, rec[5])
               for rule, rec in records.items()}
    return Closure(fast.build_store(terms, packer, asserted, by_rule, recorded), "worklist")


def _const_ids(terms: np.ndarray) -> Callable:
    """IRI -> id for the constants of the rule patterns (-1 when absent)."""
    wanted = {URIRef(c) for r in ALL_RULES for pat in RULE[r].premises for c in pat if c not in VARIABLES}
    found = {str(t): i for i, t in enumerate(terms.tolist()) if isinstance(t, URIRef) and t in wanted}
    return lambda iri: found.get(iri, -1)


# --------------------------------------------------------------------------
# the worklist
# --------------------------------------------------------------------------


class _Index:
    """What the worklist has processed so far, indexed for the joins."""

    def __init__(self):
        self.by_p = defaultdict(list)          # p -> [(s, o)]
        self.subc_up = defaultdict(set)        # c -> {d : c subClassOf d}
        self.subc_down = defaultdict(set)      # d -> {c : c subClassOf d}
        self.subp_up = defaultdict(set)
        self.subp_down = defaultdict(set)
        self.dom = defaultdict(set)
        self.rng = defaultdict(set)
        self.members = defaultdict(set)        # c -> {x : x type c}

    def update(self, t: tuple) -> None:
        s, p, o = t
        self.by_p[p].append((s, o))
        if p == TYPE:
            self.members[o].add(s)
        elif p == SUBC:
            self.subc_up[s].add(o)
            self.subc_down[o].add(s)
        elif p == SUBP:
            self.subp_up[s].add(o)
            self.subp_down[o].add(s)
        elif p == DOM:
            self.dom[s].add(o)
        elif p == RNG:
            self.rng[s].add(o)


# Each rule's join: make(index, const) -> fire(t, add), where ``t`` has just
# been added to the index and ``add(conclusion, rule, m, x, *premises)``
# records one derivation (``x`` -1 where the rule has none; premises in the
# rule's pattern order). Every premise combination that involves ``t`` and
# triples processed before it is to be found.

def _rdfs2(ix: _Index, const) -> Callable:
    def fire(t, add):
        s, p, o = t
        for c in tuple(ix.dom.get(p, ())):
            add((s, TYPE, c), "rdfs2", p, o, (p, DOM, c), t)
        if p == DOM:
            for x, y in tuple(ix.by_p.get(s, ())):
                add((x, TYPE, o), "rdfs2", s, y, t, (x, s, y))
    return fire


def _rdfs3(ix: _Index, const) -> Callable:
    def fire(t, add):
        s, p, o = t
        for c in tuple(ix.rng.get(p, ())):
            add((o, TYPE, c), "rdfs3", p, s, (p, RNG, c), t)
        if p == RNG:
            for x, y in tuple(ix.by_p.get(s, ())):
                add((y, TYPE, o), "rdfs3", s, x, t, (x, s, y))
    return fire


def _transitive(rule: str, rel: int, up: str, down: str) -> Callable:
    """rdfs5 / rdfs11: (a rel b), (b rel c) => (a rel c)."""
    def make(ix: _Index, const) -> Callable:
        ups, downs = getattr(ix, up), getattr(ix, down)

        def fire(t, add):
            s, p, o = t
            if p == rel:
                for e in tuple(ups.get(o, ())):
                    add((s, rel, e), rule, o, -1, t, (o, rel, e))
                for a in tuple(downs.get(s, ())):
                    add((a, rel, o), rule, s, -1, (a, rel, s), t)
        return fire
    return make


def _rdfs7(ix: _Index, const) -> Callable:
    def fire(t, add):
        s, p, o = t
        for q in tuple(ix.subp_up.get(p, ())):
            add((s, q, o), "rdfs7", p, -1, (p, SUBP, q), t)
        if p == SUBP:
            for x, y in tuple(ix.by_p.get(s, ())):
                add((x, o, y), "rdfs7", s, -1, t, (x, s, y))
    return fire


def _rdfs9(ix: _Index, const) -> Callable:
    def fire(t, add):
        s, p, o = t
        if p == TYPE:
            for d in tuple(ix.subc_up.get(o, ())):
                add((s, TYPE, d), "rdfs9", o, -1, (o, SUBC, d), t)
        if p == SUBC:
            for x in tuple(ix.members.get(s, ())):
                add((x, TYPE, o), "rdfs9", s, -1, t, (x, TYPE, s))
    return fire


def _prp_trp(ix: _Index, const) -> Callable:
    """(p type owl:TransitiveProperty), (x p y), (y p z) => (x p z)."""
    trans_class = const(TRANSITIVE)
    trans: set = set()
    out = defaultdict(set)   # (s, p) -> {o}
    inn = defaultdict(set)   # (o, p) -> {s}

    def fire(t, add):
        s, p, o = t
        out[(s, p)].add(o)
        inn[(o, p)].add(s)
        if p == TYPE and o == trans_class and s not in trans:
            trans.add(s)
            tp = t
            for x, y in tuple(ix.by_p.get(s, ())):
                for z in tuple(out.get((y, s), ())):
                    add((x, s, z), "prp-trp", y, -1, tp, (x, s, y), (y, s, z))
        if p in trans:
            tp = (p, TYPE, trans_class)
            for z in tuple(out.get((o, p), ())):
                add((s, p, z), "prp-trp", o, -1, tp, t, (o, p, z))
            for x in tuple(inn.get((s, p), ())):
                add((x, p, o), "prp-trp", s, -1, tp, (x, p, s), t)
    return fire


#: rule -> its worklist join (every rule of the table has one)
JOINS: dict[str, Callable] = {
    "rdfs2": _rdfs2,
    "rdfs3": _rdfs3,
    "rdfs5": _transitive("rdfs5", SUBP, "subp_up", "subp_down"),
    "rdfs7": _rdfs7,
    "rdfs9": _rdfs9,
    "rdfs11": _transitive("rdfs11", SUBC, "subc_up", "subc_down"),
    "prp-trp": _prp_trp,
}
assert set(JOINS) == set(ALL_RULES), "every rule in the table needs its join"


def _worklist(asserted_rows: list, active: list, const: Callable) -> dict:
    """The semi-naive worklist on int triples; per rule (s, p, o, mid, other, depth) arrays."""
    asserted_ids = set(asserted_rows)
    queue = deque(asserted_rows)
    # derived triple -> {rule: (mid, other, depth)}
    derived: dict = {}
    depth_of: dict = {}
    ix = _Index()
    fires = [JOINS[r](ix, const) for r in active]

    def add(t, rule, mid, other, *premises):
        rec = derived.get(t)
        if rec is None:
            if t in asserted_ids:
                return
            d = 1 + max(depth_of.get(q, 0) for q in premises)
            derived[t] = {rule: (mid, other, d)}
            depth_of[t] = d
            queue.append(t)
        elif rule not in rec:
            rec[rule] = (mid, other, 1 + max(depth_of.get(q, 0) for q in premises))

    while queue:
        t = queue.popleft()
        ix.update(t)
        for fire in fires:
            fire(t, add)

    cols: dict = {rule: ([], [], [], [], [], []) for rule in active}
    for (s, p, o), rec in derived.items():
        for rule, (mid, other, d) in rec.items():
            c = cols[rule]
            c[0].append(s), c[1].append(p), c[2].append(o), c[3].append(mid), c[4].append(other), c[5].append(d)
    return {rule: tuple(np.asarray(a, dtype=np.int64) for a in c) for rule, c in cols.items()}


# --------------------------------------------------------------------------
# a closure written by hand
# --------------------------------------------------------------------------


def encode_given(asserted: Iterable, derivations: Mapping) -> CodedStore:
    """The :class:`CodedStore` of hand-written ``asserted`` triples and
    ``derivations`` (entailed triple -> [Derivation]); ValueError when a
    derivation does not fit its rule's patterns or derives an asserted triple."""
    asserted = list(dict.fromkeys(asserted))
    entailed = list(derivations)
    premises = [q for ds in derivations.values() for d in ds for q in d.premises]
    codes, terms = fast.intern(asserted + entailed + premises)
    ids = dict(zip(terms.tolist(), range(len(terms))))
    A, E = codes[:len(asserted)], codes[len(asserted):len(asserted) + len(entailed)]
    packer = Packer(len(terms), np.concatenate([A[:, 1], E[:, 1], [TYPE, SUBC, SUBP]]))
    akeys = fast.unique(packer.key(A[:, 0], A[:, 1], A[:, 2]))
    cols: dict = defaultdict(lambda: ([], [], [], []))
    for t, (s, p, o) in zip(entailed, E.tolist()):
        key = packer.key1(s, p, o)
        if fast.isin_sorted(np.array([key]), akeys)[0]:
            raise ValueError(f"{t} is asserted: only entailed triples have derivations")
        for d in derivations[t]:
            rule = RULE.get(d.rule)
            if rule is None:
                raise ValueError(f"unknown rule {d.rule!r} (known: {', '.join(ALL_RULES)})")
            if d.triple != t or len(d.premises) != len(rule.premises):
                raise ValueError(f"{d} does not fit {rule.name}: {rule.text()}")
            bound = {"s": s, "p": p, "o": o}
            for pat, premise in zip(rule.premises, d.premises):
                for v, term in zip(pat, premise):
                    tid = ids[term]
                    if (bound.setdefault(v, tid) if v in VARIABLES else ids.get(URIRef(v), -1)) != tid:
                        raise ValueError(f"{d} does not fit {rule.name}: {rule.text()}")
            c = cols[rule.name]
            c[0].append(key), c[1].append(bound["m"]), c[2].append(bound.get("x", -1)), c[3].append(d.depth)
    by_rule = {r: (np.asarray(k, dtype=np.int64), np.asarray(m, dtype=np.int64),
                   np.asarray(x, dtype=np.int64) if RULE[r].uses_other else None, np.asarray(dep, dtype=np.int64))
               for r, (k, m, x, dep) in cols.items()}
    return fast.build_store(terms, packer, akeys, by_rule, closure_rules(by_rule))
