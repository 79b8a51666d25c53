"""Dataclasses for RDFS entailment with provenance.

:class:`Closure` is what :func:`kgprobe.reasoning.rdfs.rdfs_closure` returns.
Built by the reasoner, it keeps its results int-coded in a :class:`CodedStore`
(numpy arrays: a few bytes per triple and per derivation) and turns them into
rdflib terms and :class:`Derivation` objects only when asked: ``asserted``,
``entailed`` and ``all_triples`` decode in bulk, ``derivations`` is a
read-only mapping that decodes one entry per lookup, ``by_rule[r]`` decodes
rule ``r``'s list on first access, and ``counts()``, ``depth(t)`` and
``max_depth()`` decode nothing. Built by hand (``Closure(asserted,
derivations, by_rule)``) it holds plain sets, dicts and lists as before.
"""

from __future__ import annotations

import gc
from collections.abc import ItemsView, Mapping, ValuesView
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Optional

import numpy as np

RULES = ("rdfs2", "rdfs3", "rdfs5", "rdfs7", "rdfs9", "rdfs11")

# A triple is (subject, predicate, object) as rdflib terms.
Triple = tuple

# Term ids of the vocabulary in every CodedStore (the reasoner interns these first).
TYPE, SUBC, SUBP, DOM, RNG = range(5)


@dataclass(frozen=True)
class Derivation:
    """One way of deriving ``triple``: ``rule`` applied to two ``premises``.

    ``depth`` is the length of the longest premise chain below it: 1 when
    both premises are asserted, 1 + max(premise depths) otherwise, where a
    premise's depth is :meth:`Closure.depth` (0 when asserted).
    """

    triple: Triple
    rule: str
    premises: tuple[Triple, Triple]
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
                   (ascending); ``mid`` and ``other`` rebuild the premises:
                     rdfs2  (x type c)  <= (mid domain c), (x mid other)
                     rdfs3  (y type c)  <= (mid range c),  (other mid y)
                     rdfs5  (a sP c)    <= (a sP mid), (mid sP c)
                     rdfs7  (x q y)     <= (mid sP q), (x mid y)
                     rdfs9  (x type d)  <= (mid sC d), (x type mid)
                     rdfs11 (a sC c)    <= (a sC mid), (mid sC c)
                   (``other`` is None for the rules that do not use it).
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

    def premises(self, rule: str, sel=slice(None)) -> tuple[np.ndarray, list, list, np.ndarray]:
        """(entailed indexes, P1 list, P2 list, depths) of ``rule``'s records ``sel``, decoded."""
        idx, mid, other, dep = (None if a is None else a[sel] for a in self.records[rule])
        s, p, o = self.packer.unkey(self.entailed[idx])
        t = self.terms
        n = len(idx)

        def const(k):
            return np.full(n, k, dtype=np.int64)

        if rule == "rdfs2":
            p1, p2 = (mid, const(DOM), o), (s, mid, other)
        elif rule == "rdfs3":
            p1, p2 = (mid, const(RNG), o), (other, mid, s)
        elif rule in ("rdfs5", "rdfs11"):
            r = const(SUBP if rule == "rdfs5" else SUBC)
            p1, p2 = (s, r, mid), (mid, r, o)
        elif rule == "rdfs7":
            p1, p2 = (mid, const(SUBP), p), (s, mid, o)
        else:  # rdfs9
            p1, p2 = (mid, const(SUBC), o), (s, const(TYPE), mid)
        return idx, _rows(*(t[a] for a in p1)), _rows(*(t[a] for a in p2)), dep

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
            for rule in RULES:
                a, z = np.searchsorted(self.records[rule][0], [lo, hi])
                if a < z:
                    ii, p1, p2, dep = self.premises(rule, slice(int(a), int(z)))
                    for i, x, y, d in zip((ii - lo).tolist(), p1, p2, dep.tolist()):
                        lists[i].append(Derivation(triples[i], rule, (x, y), d))
        return triples, lists

    def all_derivations(self):
        """(triple, [Derivation]) for every entailed triple, in key order (not cached)."""
        return zip(*self._decode_range(0, len(self.entailed)))


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
        return len(RULES)

    def __iter__(self):
        return iter(RULES)

    def __getitem__(self, rule: str) -> list:
        if rule not in RULES:
            raise KeyError(rule)
        got = self._cache.get(rule)
        if got is None:
            rec = self._store.records.get(rule)
            got = self._store.decode(self._store.entailed[rec[0]]) if rec is not None else []
            self._cache[rule] = got
        return got

    def __repr__(self) -> str:
        return "<LazyByRule: " + ", ".join(f"{r}={self._store.count(r)}" for r in RULES) + ">"


class Closure:
    """The RDFS closure of an ontology for the six rules in :data:`RULES`.

    ``asserted``    the input triples (a set).
    ``derivations`` maps every entailed triple that is not asserted to its
                    derivations, at most one per rule, in :data:`RULES` order;
                    each is of minimal depth for its rule.
    ``by_rule``     rule -> entailed, non-asserted triples that the rule derives
                    in one step from triples of the closure.
    ``method``      how it was computed ("stratified", "worklist", or "given"
                    when built by hand).
    """

    def __init__(self, asserted: Optional[set] = None, derivations: Optional[dict] = None,
                 by_rule: Optional[dict] = None, method: str = "given"):
        self._store: Optional[CodedStore] = None
        self._asserted = set() if asserted is None else asserted
        self._derivations = {} if derivations is None else derivations
        self._by_rule = {r: [] for r in RULES} if by_rule is None else by_rule
        self.method = method

    @classmethod
    def from_store(cls, store: CodedStore, method: str) -> "Closure":
        c = cls.__new__(cls)
        c._store = store
        c._asserted = None
        c._derivations = LazyDerivations(store)
        c._by_rule = LazyByRule(store)
        c.method = method
        return c

    # -- the three stored views ------------------------------------------
    @property
    def asserted(self) -> set:
        if self._asserted is None:
            self._asserted = self._store.decode(self._store.asserted, set)
        return self._asserted

    @asserted.setter
    def asserted(self, value) -> None:
        self._asserted = value

    @property
    def derivations(self):
        return self._derivations

    @derivations.setter
    def derivations(self, value) -> None:
        self._derivations = value

    @property
    def by_rule(self):
        return self._by_rule

    @by_rule.setter
    def by_rule(self, value) -> None:
        self._by_rule = value

    # -- derived views ----------------------------------------------------
    @property
    def entailed(self) -> set:
        if self._store is not None and isinstance(self._derivations, LazyDerivations):
            return self._store.decode(self._store.entailed, set)
        return set(self._derivations)

    @property
    def all_triples(self) -> set:
        st = self._store
        if st is not None and isinstance(self._derivations, LazyDerivations) and self._asserted is None:
            out = st.decode(st.asserted, set)
            with no_gc():
                out.update(st.decode(st.entailed, iter))
            return out
        return self.asserted | self.entailed

    def depth(self, triple) -> int:
        """0 for an asserted triple, else the smallest depth of its derivations (KeyError if not entailed)."""
        st = self._store
        if st is not None and isinstance(self._derivations, LazyDerivations):
            if self._asserted is not None:
                if triple in self._asserted:
                    return 0
            elif st.is_asserted(triple):
                return 0
            i = st.entailed_index(triple)
            if i < 0:
                raise KeyError(triple)
            return int(st.depth[i])
        if triple in self.asserted:
            return 0
        return min(d.depth for d in self.derivations[triple])

    def counts(self) -> dict[str, int]:
        st = self._store
        if st is not None and isinstance(self._by_rule, LazyByRule):
            return {r: st.count(r) for r in RULES}
        return {r: len(self.by_rule[r]) for r in RULES}

    def max_depth(self) -> int:
        """The largest depth of any recorded derivation (0 when nothing is entailed)."""
        st = self._store
        if st is not None and isinstance(self._derivations, LazyDerivations):
            return max((int(rec[3].max()) for rec in st.records.values() if len(rec[3])), default=0)
        return max((d.depth for ds in self.derivations.values() for d in ds), default=0)

    def __repr__(self) -> str:
        n_asserted = len(self._store.asserted) if self._asserted is None else len(self._asserted)
        return (f"Closure(method={self.method!r}, asserted={n_asserted}, entailed={len(self.derivations)}, "
                f"counts={self.counts()})")
