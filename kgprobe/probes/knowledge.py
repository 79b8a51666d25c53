"""What the probe generator needs to know about an ontology, as plain lookups.

Built once per run from the :class:`~kgprobe.ontology.model.Ontology`, its
networkx hierarchies (:mod:`kgprobe.ontology.graphs`) and its RDFS
:class:`~kgprobe.reasoning.model.Closure`. Everything that comes out is
sorted, so generation never depends on set or dict iteration order.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional

import networkx as nx
from rdflib import BNode, Literal
from rdflib.namespace import RDF, RDFS

from kgprobe.ontology.graphs import ancestors, class_hierarchy, property_hierarchy
from kgprobe.ontology.labels import is_usable_label
from kgprobe.ontology.model import Ontology
from kgprobe.probes.templates import default_pattern, lower_the, pattern_middle
from kgprobe.reasoning.model import Closure

RDF_TYPE = str(RDF.type)
SUBCLASS = str(RDFS.subClassOf)
SUBPROPERTY = str(RDFS.subPropertyOf)
DOMAIN = str(RDFS.domain)
RANGE = str(RDFS.range)


def term_iri(term) -> Optional[str]:
    """An rdflib term as the ontology model writes IRIs; None for literals."""
    if isinstance(term, Literal):
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def triple_key(t) -> Optional[tuple]:
    """(s, p, o) strings for an rdflib triple (a literal object as its text)."""
    s, p, o = term_iri(t[0]), term_iri(t[1]), term_iri(t[2])
    if s is None or p is None:
        return None
    return (s, p, o if o is not None else str(t[2]))


def label_key(label: str) -> tuple:
    return (label.casefold(), label)


def sorted_labels(labels: Iterable[str]) -> list[str]:
    return sorted(set(labels), key=label_key)



def _group(pairs: Iterable[tuple[str, str]]) -> dict[str, set]:
    """``[(a, b), ...]`` -> ``{a: {b, ...}}`` (a defaultdict: absent keys read as empty)."""
    out: dict[str, set] = defaultdict(set)
    for a, b in pairs:
        out[a].add(b)
    return out

class Knowledge:
    """Lookups over an ontology and its closure."""

    def __init__(self, onto: Ontology, closure: Closure, patterns: Optional[dict[str, str]] = None):
        self.onto = onto
        self.closure = closure
        self.extra_patterns = dict(patterns or {})
        self.ch = class_hierarchy(onto)
        self.ph = property_hierarchy(onto)
        self._anc_c: dict[str, set] = {}
        self._anc_p: dict[str, set] = {}
        self.asserted_types = _group(onto.types)
        self.domains = _group(onto.domains)
        self.ranges = _group(onto.ranges)
        # schema:domainIncludes / rangeIncludes: DM and RG gold only
        self.domain_includes = _group(onto.domain_includes)
        self.range_includes = _group(onto.range_includes)
        # closure indexes (asserted + entailed); objects are (text, is_literal).
        # Triples with a blank node stay out: the closure reasons through
        # blank nodes (restrictions, unnamed classes), but their ids change
        # on every parse, so nothing derived from one may reach a probe.
        self.c_types: dict[str, set] = defaultdict(set)   # x -> classes
        self.c_members: dict[str, set] = defaultdict(set)  # class -> instances/things typed with it
        self.c_sco: dict[str, set] = defaultdict(set)     # c -> supers
        self.c_spo: dict[str, set] = defaultdict(set)     # p -> supers
        self.c_rel: dict[tuple, set] = defaultdict(set)   # (s, o) -> properties
        self.c_out: dict[tuple, set] = defaultdict(set)   # (s, p) -> {(o, is_literal)}
        self.c_in: dict[tuple, set] = defaultdict(set)    # (o, p) -> subjects
        self.depth: dict[tuple, int] = {}                 # entailed triple (strings) -> min depth
        for t, ders in closure.derivations.items():
            k = triple_key(t)
            if k is not None and ders:
                self.depth[k] = min(d.depth for d in ders)
        for s, p, o in closure.all_triples:
            if isinstance(s, BNode) or isinstance(o, BNode):
                continue
            si, pi, oi = term_iri(s), term_iri(p), term_iri(o)
            if si is None or pi is None:
                continue
            if oi is None:  # a literal object
                if pi in onto.properties:
                    self.c_rel[(si, str(o))].add(pi)
                    self.c_out[(si, pi)].add((str(o), True))
                continue
            if pi == RDF_TYPE:
                if oi in onto.classes:
                    self.c_types[si].add(oi)
                    self.c_members[oi].add(si)
            elif pi == SUBCLASS:
                self.c_sco[si].add(oi)
            elif pi == SUBPROPERTY:
                self.c_spo[si].add(oi)
            elif pi in onto.properties:
                self.c_rel[(si, oi)].add(pi)
                self.c_out[(si, pi)].add((oi, False))
                self.c_in[(oi, pi)].add(si)
        # candidate pools: a label without a letter or that is an IRI is no answer
        self.class_labels = sorted_labels(e.label for e in onto.classes.values() if is_usable_label(e.label))
        self.property_labels = sorted_labels(e.label for e in onto.properties.values() if is_usable_label(e.label))
        self.instance_labels = sorted_labels(e.label for e in onto.instances.values() if is_usable_label(e.label))
        self.all_labels = sorted_labels(
            [e.label for e in onto.classes.values()]
            + [e.label for e in onto.instances.values()]
            + [e.label for e in onto.properties.values()]
        )
        self._spec_c = self._specificity(self.ch)
        self._spec_p = self._specificity(self.ph)

    # ---- labels -------------------------------------------------------

    def triple_depth(self, t: tuple) -> int:
        """0 for an asserted (or unknown) triple, else its shortest derivation."""
        return self.depth.get(tuple(t), 0)

    def label(self, iri: str) -> str:
        return self.onto.label(iri)

    def answerable(self, iri: str) -> bool:
        """Whether a class or property can be an answer (its label is usable)."""
        return is_usable_label(self.label(iri))

    def text(self, iri: str) -> str:
        """The label as it reads mid-sentence: a property's leading "The" is
        lowered ("The capital of" -> "the capital of"), see :func:`lower_the`."""
        label = self.label(iri)
        return lower_the(label) if iri in self.onto.properties else label

    def labels(self, iris: Iterable[str]) -> list[str]:
        """Labels of ``iris`` in the given order, duplicates removed."""
        return list(dict.fromkeys(self.label(i) for i in iris))

    # ---- hierarchies --------------------------------------------------

    def super_classes(self, c: str) -> set:
        if c not in self._anc_c:
            self._anc_c[c] = ancestors(self.ch, c)
        return self._anc_c[c]

    def super_properties(self, p: str) -> set:
        if p not in self._anc_p:
            self._anc_p[p] = ancestors(self.ph, p)
        return self._anc_p[p]

    @staticmethod
    def _specificity(g: nx.DiGraph) -> dict:
        """Longest chain of supers above each node (cycles count as one node)."""
        cond = nx.condensation(g)
        height: dict = {}
        for n in reversed(list(nx.topological_sort(cond))):
            succ = list(cond.successors(n))
            height[n] = 1 + max((height[s] for s in succ), default=-1)
        mapping = cond.graph["mapping"]
        return {node: height[mapping[node]] for node in g.nodes}

    def most_specific_first(self, iris: Iterable[str], start: Iterable[str] = (), kind: str = "class") -> list[str]:
        """Order ``iris`` nearest first: by hops up the hierarchy from
        ``start`` (the subject's asserted supers, 1 hop), then deeper (more
        supers above) first, then by label and IRI."""
        g = self.ch if kind == "class" else self.ph
        spec = self._spec_c if kind == "class" else self._spec_p
        dist: dict = {}
        frontier = sorted(set(start))
        for s in frontier:
            dist[s] = 1
        while frontier:
            nxt = []
            for n in frontier:
                if n not in g:
                    continue
                for m in sorted(g.successors(n)):
                    if m not in dist:
                        dist[m] = dist[n] + 1
                        nxt.append(m)
            frontier = nxt
        big = 1 << 30
        return sorted(set(iris), key=lambda i: (dist.get(i, big), -spec.get(i, 0), label_key(self.label(i)), i))

    # ---- property patterns --------------------------------------------

    def pattern(self, p: str) -> str:
        """The surface pattern of property ``p``: the battery's (by IRI or
        label), else the ontology's, else :func:`default_pattern`."""
        label = self.label(p)
        for key in (p, label):
            if key in self.extra_patterns:
                return self.extra_patterns[key]
        if p in self.onto.patterns:
            return self.onto.patterns[p]
        return default_pattern(label)

    def middle(self, p: str) -> Optional[str]:
        return pattern_middle(self.pattern(p))

    def first_label(self, iris: Iterable[str]) -> Optional[str]:
        labs = sorted_labels(self.label(i) for i in iris)
        return labs[0] if labs else None
