"""Vectorised, stratified RDFS closure (rdfs2, rdfs3, rdfs5, rdfs7, rdfs9, rdfs11).

When the schema vocabulary is not itself meta-modelled (:func:`stratifiable`),
the six rules reach their fixpoint in one pass, stratum by stratum:

1. rdfs5 / rdfs11: the transitive closures of rdfs:subPropertyOf and
   rdfs:subClassOf, by breadth-first search on the asserted edges (numpy
   frontier joins), keeping each pair's shortest-path length and a parent.
2. rdfs7: every asserted triple (x p y) lifted to each superproperty q of p.
3. rdfs2 / rdfs3: the domains and ranges of every triple of 2.
4. rdfs9: every type of 3 (and every asserted type) lifted to each
   superclass.

Each stratum is a join done as a CSR expansion over int-coded arrays. Nothing
of a later stratum can feed an earlier one, because no rdfs:subPropertyOf edge
touches the vocabulary and no domain or range is declared on it.

Provenance. A triple's *level* is the round of naive evaluation that first
derives it (0 for asserted); it is what the worklist in
:mod:`kgprobe.reasoning.rdfs` records as depth, and this module computes the
same numbers in closed form:

* a schema pair at shortest-path distance n has level ceil(log2 n) (split the
  path at its midpoint);
* lifting a triple of level l along a shortest path of length n (rdfs7 from
  an asserted triple, rdfs9 from an asserted or rdfs2/rdfs3 type) gives level
  ``F[l, n] = min over 0 <= m < n of 1 + max(F[l, m], ceil(log2(n - m)))``
  with ``F[l, 0] = l``: the premise is the path's node at distance m
  (``M[l, n]``, the smallest best m); the minimum over all sources of a
  triple is its level (a longer path never helps, as F only grows with n).

For every rule that derives a triple we keep a derivation of minimal depth for
that rule, whose premises are in the closure and whose depth is 1 + the max of
its premises' levels; tests/test_reasoning_fast.py checks all of it against
the worklist.
"""

from __future__ import annotations

from itertools import chain
from typing import Iterable

import numpy as np

from kgprobe.reasoning.model import DOM, RNG, SUBC, SUBP, TYPE, VOCAB, CodedStore, Packer

#: the rules this path computes (exactly these; other rule sets run on the worklist)
RULES = ("rdfs2", "rdfs3", "rdfs5", "rdfs7", "rdfs9", "rdfs11")
I64 = np.int64


# ---------------------------------------------------------------- interning
class _Ids(dict):
    """term -> id, numbering new terms as they come (one hash per lookup)."""

    def __missing__(self, term):
        i = self[term] = len(self)
        return i


class Interned:
    """Triples already interned: ``codes`` (n, 3) int64 ids into ``terms``
    (object array; ids 0..4 are VOCAB), as :func:`intern` returns them and
    :mod:`kgprobe.ontology.fastparse` builds them. Iterates as term triples."""

    def __init__(self, codes: np.ndarray, terms: np.ndarray):
        self.codes, self.terms = codes, terms

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self):
        t = self.terms
        return ((t[a], t[b], t[c]) for a, b, c in self.codes.tolist())


def intern(triples: Iterable) -> tuple[np.ndarray, np.ndarray]:
    """(codes, terms): an (n, 3) int64 array of term ids and the object array
    of terms, with ids 0..4 for rdf:type, rdfs:subClassOf, rdfs:subPropertyOf,
    rdfs:domain, rdfs:range. Terms are told apart exactly as dict keys are
    (pandas' factorize is not used: it merges str subclasses by their text,
    e.g. a plain and a language-tagged Literal)."""
    if isinstance(triples, Interned):
        return triples.codes, triples.terms
    rows = triples if isinstance(triples, (list, tuple)) else list(triples)
    ids = _Ids()
    for term in VOCAB:
        ids[term]
    codes = np.fromiter(map(ids.__getitem__, chain.from_iterable(rows)), dtype=I64)
    if len(codes) != 3 * len(rows):
        raise ValueError("every triple must have exactly three terms")
    if len(ids) >= 2 ** 31:
        raise OverflowError(f"{len(ids)} distinct terms: more than the int32 term ids allow")
    return codes.reshape(-1, 3), np.fromiter(ids, dtype=object, count=len(ids))


# ---------------------------------------------------------------- helpers
def unique(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values of an int array (np.unique's hash path is much slower here)."""
    a = np.sort(np.asarray(a, dtype=I64))
    if len(a) < 2:
        return a
    keep = np.empty(len(a), dtype=bool)
    keep[0] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]


def unique_first(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values and the index of each one's first occurrence."""
    order = np.argsort(a, kind="stable")
    v = a[order]
    keep = np.empty(len(v), dtype=bool)
    keep[:1] = True
    np.not_equal(v[1:], v[:-1], out=keep[1:])
    return v[keep], order[keep]


def isin_sorted(x: np.ndarray, sorted_arr: np.ndarray) -> np.ndarray:
    if not len(sorted_arr):
        return np.zeros(len(x), dtype=bool)
    i = np.searchsorted(sorted_arr, x)
    i[i == len(sorted_arr)] = 0
    return sorted_arr[i] == x


def csr(src: np.ndarray, n: int) -> np.ndarray:
    """indptr for rows grouped by ``src`` (``src`` must be sorted)."""
    indptr = np.zeros(n + 1, dtype=I64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return indptr


def expand(keys: np.ndarray, indptr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each i and each j in indptr[keys[i]] .. indptr[keys[i] + 1]: (i, j)."""
    starts = indptr[keys]
    counts = indptr[keys + 1] - starts
    total = int(counts.sum())
    rows = np.repeat(np.arange(len(keys), dtype=I64), counts)
    ends = np.cumsum(counts)
    pos = np.arange(total, dtype=I64) + np.repeat(starts - (ends - counts), counts)
    return rows, pos


def _bits(a: np.ndarray) -> int:
    return int(a.max()).bit_length() if len(a) else 0


def group_min(key: np.ndarray, level: np.ndarray, payload: np.ndarray):
    """Per distinct key, ascending: (key, level, payload) of its row with the
    smallest (level, payload). Keys, levels and payloads are >= 0."""
    if not len(key):
        return key, level, payload
    kb, lb, pb = _bits(key), max(_bits(level), 1), max(_bits(payload), 1)
    if kb + lb + pb <= 63:
        comb = (key << (lb + pb)) | (level << pb) | payload
        comb.sort()
        k = comb >> (lb + pb)
        first = np.empty(len(k), dtype=bool)
        first[0] = True
        np.not_equal(k[1:], k[:-1], out=first[1:])
        comb = comb[first]
        return comb >> (lb + pb), (comb >> pb) & ((1 << lb) - 1), comb & ((1 << pb) - 1)
    order = np.lexsort((payload, level, key))
    k = key[order]
    first = np.empty(len(k), dtype=bool)
    first[0] = True
    np.not_equal(k[1:], k[:-1], out=first[1:])
    sel = order[first]
    return key[sel], level[sel], payload[sel]


def clog2(n: np.ndarray) -> np.ndarray:
    """ceil(log2 n) for n >= 1."""
    n = np.asarray(n, dtype=I64)
    out = np.zeros(n.shape, dtype=I64)
    big = n > 1
    out[big] = np.ceil(np.log2(n[big].astype(np.float64))).astype(I64)
    return out


def level_table(max_level: int, max_dist: int) -> tuple[np.ndarray, np.ndarray]:
    """F[l, n] and M[l, n] (see the module docstring) for l <= max_level, n <= max_dist."""
    L, D = max_level + 1, max_dist + 1
    F = np.zeros((L, D), dtype=I64)
    M = np.zeros((L, D), dtype=I64)
    F[:, 0] = np.arange(L)
    cl = clog2(np.arange(1, D + 1))  # cl[k - 1] = ceil(log2 k)
    for n in range(1, D):
        vals = 1 + np.maximum(F[:, :n], cl[n - np.arange(n) - 1][None, :])
        M[:, n] = vals.argmin(axis=1)
        F[:, n] = vals.min(axis=1)
    return F, M


class Reach:
    """All pairs (a, c) with c reachable from a by one or more edges, sorted
    by a then c: ``dist`` is the shortest-path length, ``parent`` the node
    before c on one shortest path (a pair (a, a) exists iff a is on a cycle)."""

    def __init__(self, src: np.ndarray, dst: np.ndarray, n: int):
        self.n = n
        k0 = unique(src * n + dst)
        a, c = np.divmod(k0, n)
        indptr = csr(a, n)
        keys, dists, parents = [k0], [np.ones(len(k0), dtype=I64)], [a]
        seen = k0
        fa, fc, d = a, c, 1
        while len(fa):
            rows, pos = expand(fc, indptr)
            nk = fa[rows] * n + c[pos]
            nk, first = unique_first(nk)
            new = ~isin_sorted(nk, seen)
            nk = nk[new]
            par = fc[rows[first[new]]]
            d += 1
            keys.append(nk)
            dists.append(np.full(len(nk), d, dtype=I64))
            parents.append(par)
            seen = np.sort(np.concatenate([seen, nk]))
            fa, fc = np.divmod(nk, n)
        key = np.concatenate(keys)
        order = np.argsort(key, kind="stable")
        self.key = key[order]
        self.a, self.c = np.divmod(self.key, n)
        self.dist = np.concatenate(dists)[order]
        self.parent = np.concatenate(parents)[order]
        self.indptr = csr(self.a, n)  # pairs of source a: indptr[a] .. indptr[a + 1]

    def __len__(self) -> int:
        return len(self.key)

    def node_at(self, j: np.ndarray, m: np.ndarray) -> np.ndarray:
        """For pairs ``j`` (indexes) and 0 <= m < dist: the node at distance m
        from the pair's source on its stored shortest path."""
        a, c = self.a[j], self.c[j]
        steps = np.where(m == 0, 0, self.dist[j] - m)
        cur = np.where(m == 0, a, c)
        idx = np.flatnonzero(steps > 0)
        k = 0
        while len(idx):
            cur[idx] = self.parent[np.searchsorted(self.key, a[idx] * self.n + cur[idx])]
            k += 1
            idx = idx[steps[idx] > k]
        return cur


# ---------------------------------------------------------------- stratified closure
def stratifiable(s: np.ndarray, p: np.ndarray, o: np.ndarray) -> bool:
    """True unless an rdfs:subPropertyOf edge touches the vocabulary (rdf:type,
    rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain, rdfs:range) or a domain
    or range is declared on it."""
    sp = p == SUBP
    if (s[sp] < len(VOCAB)).any() or (o[sp] < len(VOCAB)).any():
        return False
    dr = (p == DOM) | (p == RNG)
    return not (s[dr] < len(VOCAB)).any()


CHUNK = 1 << 21  # rdfs9 candidate rows per batch (bounds peak memory)


def stratified(s: np.ndarray, p: np.ndarray, o: np.ndarray, n: int, packer: Packer, asserted: np.ndarray) -> dict:
    """Per rule: (keys, mid, other, depth) of the entailed, non-asserted triples it
    derives (keys sorted; see :class:`CodedStore` for mid and other, None where unused)."""
    out = {}

    # 1. schema: rdfs5, rdfs11
    sp_m, sc_m = p == SUBP, p == SUBC
    sp = Reach(s[sp_m], o[sp_m], n)
    sc = Reach(s[sc_m], o[sc_m], n)
    for rule, reach, rel in (("rdfs5", sp, SUBP), ("rdfs11", sc, SUBC)):
        keys = packer.key(reach.a, np.full(len(reach), rel), reach.c)
        j = np.flatnonzero(~isin_sorted(keys, asserted))
        dist = reach.dist[j]
        out[rule] = (keys[j], reach.node_at(j, (dist + 1) // 2).astype(np.int32), None, _small(clog2(dist)))

    # 2. rdfs7: asserted (x p y) lifted to every q with p sP+ q
    F0, M0 = level_table(0, int(sp.dist.max(initial=1)))
    rows, j = expand(p, sp.indptr)
    keys = packer.key(s[rows], sp.c[j], o[rows])
    new = ~isin_sorted(keys, asserted)
    k7, l7, j7 = group_min(keys[new], F0[0, sp.dist[j[new]]], j[new])
    out["rdfs7"] = (k7, sp.node_at(j7, M0[0, sp.dist[j7]]).astype(np.int32), None, _small(l7))
    del rows, j, keys, new

    # O*: every triple of strata <= 2 with its level
    x7, q7, y7 = packer.unkey(k7)
    Os, Op, Oo = np.concatenate([s, x7]), np.concatenate([p, q7]), np.concatenate([o, y7])
    Ol = np.concatenate([np.zeros(len(s), dtype=I64), l7])
    del x7, q7, y7

    # 3. rdfs2 / rdfs3: (x type c) from (q domain c), (x q y); (y type c) from (q range c), (x q y)
    is_type = p == TYPE
    typed = s[is_type] * n + o[is_type]  # asserted (x type c) as x * n + c, sorted
    sources_k, sources_l = [typed], [np.zeros(len(typed), dtype=I64)]
    for rule, rel in (("rdfs2", DOM), ("rdfs3", RNG)):
        m = p == rel
        dp, dc = np.divmod(unique(s[m] * n + o[m]), n)
        rows, pos = expand(Op, csr(dp, n))
        subj, other = (Os, Oo) if rule == "rdfs2" else (Oo, Os)
        kp, lv, row = group_min(subj[rows] * n + dc[pos], Ol[rows] + 1, rows)
        del rows, pos
        sources_k.append(kp)
        sources_l.append(lv)
        new = np.flatnonzero(~isin_sorted(kp, typed))
        x, c = np.divmod(kp[new], n)
        out[rule] = (packer.key(x, np.full(len(x), TYPE), c), Op[row[new]].astype(np.int32),
                     other[row[new]].astype(np.int32), _small(lv[new]))
        del x, c, new, row
    del Os, Op, Oo, Ol

    # 4. rdfs9: every type of stratum 3 (and every asserted type) lifted to its superclasses
    src, src_l, _ = group_min(np.concatenate(sources_k), np.concatenate(sources_l),
                              np.zeros(sum(map(len, sources_k)), dtype=I64))
    del sources_k, sources_l
    lmax = int(src_l.max(initial=0))
    F, M = level_table(lmax, int(sc.dist.max(initial=1)))
    sx, sc0 = np.divmod(src, n)
    cum = np.cumsum(sc.indptr[sc0 + 1] - sc.indptr[sc0])
    parts = []
    start = 0
    while start < len(src):  # batches of whole subjects, so that each (x, d) is grouped within one
        base = int(cum[start - 1]) if start else 0
        stop = min(int(np.searchsorted(cum, base + CHUNK)) + 1, len(src))
        if stop < len(src):
            stop = int(np.searchsorted(sx, sx[stop - 1], side="right"))
        rows, j = expand(sc0[start:stop], sc.indptr)
        rows += start
        l0 = src_l[rows]
        kp, lv, pay = group_min(sx[rows] * n + sc.c[j], F[l0, sc.dist[j]], j * (lmax + 1) + l0)
        del rows, j, l0
        new = np.flatnonzero(~isin_sorted(kp, typed))
        j9, l09 = np.divmod(pay[new], lmax + 1)
        x, d = np.divmod(kp[new], n)
        parts.append((packer.key(x, np.full(len(x), TYPE), d), sc.node_at(j9, M[l09, sc.dist[j9]]).astype(np.int32),
                      _small(lv[new])))
        del kp, lv, pay, new, j9, l09, x, d
        start = stop
    if parts:
        out["rdfs9"] = (np.concatenate([a for a, _, _ in parts]), np.concatenate([b for _, b, _ in parts]), None,
                        np.concatenate([c for _, _, c in parts]))
    else:
        out["rdfs9"] = (np.empty(0, dtype=I64), np.empty(0, dtype=I64), None, np.empty(0, dtype=I64))
    return out


def _small(a: np.ndarray) -> np.ndarray:
    """Depths as int16 when they fit (they are tiny in practice), else int32."""
    a = np.asarray(a)
    return a.astype(np.int16 if not len(a) or int(a.max()) < 2 ** 15 else np.int32)


def build_store(terms: np.ndarray, packer: Packer, asserted: np.ndarray, by_rule: dict, rules) -> CodedStore:
    """A :class:`CodedStore` from per-rule (keys, mid, other, depth) arrays, with
    a record for each of ``rules`` (empty where ``by_rule`` has none); empties ``by_rule``."""
    keys = [by_rule[r][0] for r in rules if r in by_rule]
    allk = np.concatenate(keys) if keys else np.empty(0, dtype=I64)
    del keys
    allk.sort()
    first = np.empty(len(allk), dtype=bool)
    first[:1] = True
    np.not_equal(allk[1:], allk[:-1], out=first[1:])
    entailed = allk[first]
    del allk, first
    depth = np.full(len(entailed), np.iinfo(np.int32).max, dtype=np.int32)
    records = {}
    empty = np.empty(0, dtype=np.int32)
    for rule in rules:
        if rule not in by_rule:
            records[rule] = (empty, empty, None, _small(empty))
            continue
        k, mid, other, dep = by_rule.pop(rule)
        if len(k) > 1 and not (k[1:] > k[:-1]).all():
            o = np.argsort(k, kind="stable")
            k, mid, dep = k[o], mid[o], dep[o]
            other = None if other is None else other[o]
        idx = np.searchsorted(entailed, k).astype(np.int32)
        del k
        depth[idx] = np.minimum(depth[idx], dep)
        records[rule] = (idx, mid.astype(np.int32), None if other is None else other.astype(np.int32), _small(dep))
    return CodedStore(terms, packer, asserted, entailed, _small(depth), records)
