"""Dataclasses for entailment with provenance.

:class:`Closure` is what :func:`kgprobe.reasoning.rdfs.rdfs_closure` returns.
It has one representation: its results int-coded in a :class:`CodedStore`
(numpy arrays: a few bytes per triple and per derivation), turned into
rdflib terms and :class:`Derivation` objects only when asked: ``asserted``,
``entailed`` and ``all_triples`` decode in bulk, ``derivations`` is a
read-only mapping that decodes one entry per lookup, ``by_rule[r]`` decodes
rule ``r``'s list on first access, and ``counts()``, ``depth(t)`` and
``max_depth()`` decode nothing. A closure written by hand (tests, examples)
is encoded into the same store: :meth:`Closure.given`.
"""

from __future__ import annotations

import gc
from collections.abc import ItemsView, Iterable, Mapping, ValuesView
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Optional

import numpy as np
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS

from kgprobe.reasoning.rules import DEFAULT_RULES, RULE, VARIABLES

#: the default rules (:mod:`kgprobe.reasoning.rules` has them all)
RULES = DEFAULT_RULES

# A triple is (subject, predicate, object) as rdflib terms.
Triple = tuple

# Term ids of the vocabulary in every CodedStore (the reasoner interns these first).
TYPE, SUBC, SUBP, DOM, RNG = range(5)
VOCAB = (RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)


@dataclass(frozen=True)
class Derivation:
    """One way of deriving ``triple``: ``rule`` applied to its ``premises``
    (in the order of the rule's patterns, :data:`kgprobe.reasoning.rules.TABLE`).

    ``depth`` is the length of the longest premise chain below it: 1 when
    both premises are asserted, 1 + max(premise depths) otherwise, where a
    premise's depth is :meth:`Closure.depth` (0 when asserted).
    """

    triple: Triple
    rule: str
    premises: tuple[Triple, ...]
    depth: int


class Packer:
    """Packs an int-coded triple (s, p, o) into one int64 key.

    key = (rank(p) * n + s) * n + o, where rank numbers the predicates that
    occur; keys sort by predicate, then subject, then object.
    """

    def __init__(self, n_terms: int, pred_ids):
        self.n = int(n_terms)
        ids = np.sort(np.asarray(pred_ids, dtype=np.int64))
        self.pred_ids = ids[np.r_[True, ids[1:] != ids[:-1]]] if len(ids) else ids
        if len(self.pred_ids) * self.n * self.n >= 2 ** 63 or self.n >= 2 ** 31:
            raise OverflowError(f"{self.n} terms and {len(self.pred_ids)} predicates do not fit the int64 triple index")
        self.rank = np.full(self.n, -1, dtype=np.int64)
        self.rank[self.pred_ids] = np.arange(len(self.pred_ids))

    def key(self, s, p, o) -> np.ndarray:
        n = self.n
        r = self.rank[p]
        if r.size and r.min() < 0:
            raise ValueError("predicate outside the packer's predicate set")
        return (r * n + np.asarray(s, dtype=np.int64)) * n + np.asarray(o, dtype=np.int64)

    def key1(self, s: int, p: int, o: int) -> int:
        """The key of one triple, or -1 when its predicate is not indexed."""
        r = int(self.rank[p])
        return -1 if r < 0 else (r * self.n + s) * self.n + o

    def unkey(self, keys) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        keys = np.asarray(keys, dtype=np.int64)
        rs, o = np.divmod(keys, self.n)
        r, s = np.divmod(rs, self.n)
        return s, self.pred_ids[r], o


@contextmanager
def no_gc():
    """Pause the cyclic garbage collector: building millions of tuples of
    existing terms creates no cycles, yet would trigger full collections."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _rows(a: np.ndarray, b: np.ndarray, c: np.ndarray, into=list):
    with no_gc():
        return into(zip(a.tolist(), b.tolist(), c.tolist()))


class CodedStore:
    """The int-coded closure.

    ``terms``      object array: term id -> rdflib term; ids 0..4 are rdf:type,
                   rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain, rdfs:range.
    ``asserted``   sorted int64 keys (:class:`Packer`) of the asserted triples.
    ``entailed``   sorted int64 keys of the entailed, non-asserted triples.
    ``depth``      per entailed triple, the minimum of its derivations' depths.
    ``records``    rule -> (idx, mid, other, depth): idx indexes ``entailed``
                   (ascending); ``mid`` and ``other`` are the rule's terms ``m``
                   and ``x``, from which :meth:`premises` rebuilds the premises
                   by the rule's patterns (:mod:`kgprobe.reasoning.rules`);
                   ``other`` is None for the rules that do not use ``x``. One
                   entry per rule the closure ran.
    """

    BLOCK = 1024

    def __init__(self, terms: np.ndarray, packer: Packer, asserted: np.ndarray, entailed: np.ndarray,
                 depth: np.ndarray, records: dict):
        self.terms = terms
        self.packer = packer
        self.asserted = asserted
        self.entailed = entailed
        self.depth = depth
        self.records = records
        self._ids: Optional[dict] = None
        self._blocks: dict = {}

    # -- encoding ---------------------------------------------------------
    def key_of(self, triple) -> int:
        """The key of an rdflib triple, or -1 if one of its terms is unknown."""
        if self._ids is None:
            self._ids = dict(zip(self.terms.tolist(), range(len(self.terms))))
        try:
            s, p, o = triple
            a, b, c = self._ids.get(s), self._ids.get(p), self._ids.get(o)
        except (TypeError, ValueError):
            return -1
        if a is None or b is None or c is None:
            return -1
        return self.packer.key1(a, b, c)

    @staticmethod
    def _find(sorted_keys: np.ndarray, key: int) -> int:
        if key < 0:
            return -1
        i = int(np.searchsorted(sorted_keys, key))
        return i if i < len(sorted_keys) and sorted_keys[i] == key else -1

    def entailed_index(self, triple) -> int:
        return self._find(self.entailed, self.key_of(triple))

    def is_asserted(self, triple) -> bool:
        return self._find(self.asserted, self.key_of(triple)) >= 0

    # -- decoding ---------------------------------------------------------
    def decode(self, keys: np.ndarray, into=list):
        """The rdflib triples of ``keys``, as ``into(iterable of tuples)``."""
        s, p, o = self.packer.unkey(keys)
        t = self.terms
        return _rows(t[s], t[p], t[o], into)

    def count(self, rule: str) -> int:
        rec = self.records.get(rule)
        return 0 if rec is None else len(rec[0])

    def term_id(self, iri: str) -> int:
        """The id of a constant (an IRI string) of a rule pattern (-1 if the store lacks it)."""
        if iri in _VOCAB_IDS:
            return _VOCAB_IDS[iri]
        if self._ids is None:
            self._ids = dict(zip(self.terms.tolist(), range(len(self.terms))))
        return self._ids.get(URIRef(iri), -1)

    def premises(self, rule: str, sel=slice(None)) -> tuple[np.ndarray, list, np.ndarray]:
        """(entailed indexes, one list of triples per premise, depths) of ``rule``'s records ``sel``, decoded."""
        idx, mid, other, dep = (None if a is None else a[sel] for a in self.records[rule])
        s, p, o = self.packer.unkey(self.entailed[idx])
        values = {"s": s, "p": p, "o": o, "m": mid, "x": other}
        t = self.terms
        n = len(idx)
        out = []
        for pat in RULE[rule].premises:
            cols = [values[v] if v in VARIABLES else np.full(n, self.term_id(v), dtype=np.int64) for v in pat]
            out.append(_rows(*(t[c] for c in cols)))
        return idx, out, dep

    def derivations_at(self, i: int) -> list:
        """The derivations of entailed triple number ``i``. Decoded a block of
        :attr:`BLOCK` triples at a time and cached, so that looking every
        triple up costs about what decoding them all at once does."""
        b, r = divmod(i, self.BLOCK)
        block = self._blocks.get(b)
        if block is None:
            hi = min((b + 1) * self.BLOCK, len(self.entailed))
            block = self._blocks[b] = self._decode_range(b * self.BLOCK, hi)[1]
        return block[r]

    def _decode_range(self, lo: int, hi: int) -> tuple[list, list]:
        """(triples, derivation lists) of entailed triples lo .. hi - 1."""
        triples = self.decode(self.entailed[lo:hi])
        lists: list = [[] for _ in triples]
        with no_gc():
            for rule in self.records:
                a, z = np.searchsorted(self.records[rule][0], [lo, hi])
                if a < z:
                    ii, prem, dep = self.premises(rule, slice(int(a), int(z)))
                    for i, ps, d in zip((ii - lo).tolist(), zip(*prem), dep.tolist()):
                        lists[i].append(Derivation(triples[i], rule, ps, d))
        return triples, lists

    def all_derivations(self):
        """(triple, [Derivation]) for every entailed triple, in key order (not cached)."""
        return zip(*self._decode_range(0, len(self.entailed)))


_VOCAB_IDS = {str(term): i for i, term in enumerate(VOCAB)}


class _LazyItems(ItemsView):
    def __iter__(self):
        return iter(self._mapping._store.all_derivations())


class _LazyValues(ValuesView):
    def __iter__(self):
        return (ders for _, ders in self._mapping._store.all_derivations())


class LazyDerivations(Mapping):
    """Read-only mapping entailed triple -> [Derivation] over a :class:`CodedStore`."""

    def __init__(self, store: CodedStore):
        self._store = store

    def __len__(self) -> int:
        return len(self._store.entailed)

    def __iter__(self):
        return iter(self._store.decode(self._store.entailed))

    def __contains__(self, triple) -> bool:
        return self._store.entailed_index(triple) >= 0

    def __getitem__(self, triple) -> list:
        i = self._store.entailed_index(triple)
        if i < 0:
            raise KeyError(triple)
        return self._store.derivations_at(i)

    def items(self):
        return _LazyItems(self)

    def values(self):
        return _LazyValues(self)

    def __repr__(self) -> str:
        return f"<LazyDerivations: {len(self)} entailed triples>"


class LazyByRule(Mapping):
    """rule -> list of the entailed triples it derives; each list decoded once, on first access."""

    def __init__(self, store: CodedStore):
        self._store = store
        self._cache: dict = {}

    def __len__(self) -> int:
        return len(self._store.records)

    def __iter__(self):
        return iter(self._store.records)

    def __getitem__(self, rule: str) -> list:
        if rule not in self._store.records:
            raise KeyError(rule)
        got = self._cache.get(rule)
        if got is None:
            got = self._cache[rule] = self._store.decode(self._store.entailed[self._store.records[rule][0]])
        return got

    def __repr__(self) -> str:
        return "<LazyByRule: " + ", ".join(f"{r}={self._store.count(r)}" for r in self._store.records) + ">"


class Closure:
    """The closure of an ontology under its rules (:data:`RULES` and any opt-in
    rule asked for), over one :class:`CodedStore`.

    ``asserted``    the input triples (a set).
    ``derivations`` maps every entailed triple that is not asserted to its
                    derivations, at most one per rule, in rule-table order;
                    each is of minimal depth for its rule.
    ``by_rule``     rule -> entailed, non-asserted triples that the rule derives
                    in one step from triples of the closure (one key per rule run).
    ``rules``       the rules it ran, in rule-table order.
    ``method``      how it was computed ("stratified", "worklist", or "given"
                    when written by hand, :meth:`given`).
    """

    def __init__(self, store: CodedStore, method: str):
        self._store = store
        self._asserted: Optional[set] = None
        self.derivations = LazyDerivations(store)
        self.by_rule = LazyByRule(store)
        self.method = method

    @classmethod
    def given(cls, asserted: Iterable = (), derivations: Optional[Mapping] = None) -> "Closure":
        """A closure written by hand: ``asserted`` triples and ``derivations``
        (entailed triple -> [Derivation]), encoded like a computed one (each
        derivation's premises must fit its rule's patterns; ValueError if not)."""
        from kgprobe.reasoning.rdfs import encode_given

        return cls(encode_given(asserted, derivations or {}), "given")

    @property
    def rules(self) -> tuple:
        return tuple(self._store.records)

    @property
    def asserted(self) -> set:
        if self._asserted is None:
            self._asserted = self._store.decode(self._store.asserted, set)
        return self._asserted

    @property
    def entailed(self) -> set:
        return self._store.decode(self._store.entailed, set)

    @property
    def all_triples(self) -> set:
        st = self._store
        if self._asserted is not None:
            return self._asserted | self.entailed
        out = st.decode(st.asserted, set)
        with no_gc():
            out.update(st.decode(st.entailed, iter))
        return out

    def depth(self, triple) -> int:
        """0 for an asserted triple, else the smallest depth of its derivations (KeyError if not entailed)."""
        st = self._store
        if self._asserted is not None:
            if triple in self._asserted:
                return 0
        elif st.is_asserted(triple):
            return 0
        i = st.entailed_index(triple)
        if i < 0:
            raise KeyError(triple)
        return int(st.depth[i])

    def counts(self) -> dict[str, int]:
        """Entailed triples per rule run (rule-table order)."""
        return {r: self._store.count(r) for r in self._store.records}

    def max_depth(self) -> int:
        """The largest depth of any recorded derivation (0 when nothing is entailed)."""
        return max((int(rec[3].max()) for rec in self._store.records.values() if len(rec[3])), default=0)

    def __repr__(self) -> str:
        return (f"Closure(method={self.method!r}, asserted={len(self._store.asserted)}, "
                f"entailed={len(self._store.entailed)}, counts={self.counts()})")
