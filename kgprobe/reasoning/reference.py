"""owlrl's RDFS closure restricted to rdfs2, rdfs3, rdfs5, rdfs7, rdfs9, rdfs11
(and, when asked, OWL 2 RL's prp-trp).

The reference that :func:`kgprobe.reasoning.rdfs.rdfs_closure` is checked
against. It reuses owlrl's own fixpoint machinery (``RDFS_Semantics.closure``)
and drops the axiomatic triples and the other RDFS rules (rdf1, rdfs4, rdfs6,
rdfs8, rdfs10, rdfs12, datatype axioms). owlrl is slow (about 40 s for 10k
triples): use it only on small inputs.
"""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS


def owlrl_closure(triples, transitive: bool = False) -> set:
    """All triples (asserted and entailed) of owlrl's restricted RDFS closure;
    with ``transitive`` also prp-trp: (p type owl:TransitiveProperty),
    (x p y), (y p z) => (x p z)."""
    from owlrl.RDFSClosure import RDFS_Semantics

    class SixRules(RDFS_Semantics):
        def add_axioms(self):
            pass

        def add_d_axioms(self):
            pass

        def one_time_rules(self):
            pass

        def rules(self, t, cycle_num):
            s, p, o = t
            g = self.graph
            if p == RDFS.domain:  # rdfs2
                for x, _, _ in g.triples((None, s, None)):
                    self.store_triple((x, RDF.type, o))
            if p == RDFS.range:  # rdfs3
                for _, _, y in g.triples((None, s, None)):
                    self.store_triple((y, RDF.type, o))
            if p == RDFS.subPropertyOf:
                for _, _, r in g.triples((o, RDFS.subPropertyOf, None)):  # rdfs5
                    self.store_triple((s, RDFS.subPropertyOf, r))
                for x, _, y in g.triples((None, s, None)):  # rdfs7
                    self.store_triple((x, o, y))
            if p == RDFS.subClassOf:
                for x, _, _ in g.triples((None, RDF.type, s)):  # rdfs9
                    self.store_triple((x, RDF.type, o))
                for _, _, e in g.triples((o, RDFS.subClassOf, None)):  # rdfs11
                    self.store_triple((s, RDFS.subClassOf, e))
            if transitive and (p, RDF.type, OWL.TransitiveProperty) in g:  # prp-trp
                for _, _, z in g.triples((o, p, None)):
                    self.store_triple((s, p, z))

    graph = Graph()
    for t in triples:
        graph.add(t)
    SixRules(graph, axioms=False, daxioms=False, rdfs=True).closure()
    return set(graph)
