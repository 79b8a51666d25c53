"""networkx graphs over an :class:`Ontology`.

Edges point upwards (sub -> super) in the hierarchies and from instance to
class in the typing graph. Cycles in subClassOf are real (they state an
equivalence); every function here terminates on them: depths are computed on
the condensation (one node per strongly connected component).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from kgprobe.ontology.model import Ontology


def class_hierarchy(onto: Ontology) -> nx.DiGraph:
    """DiGraph of classes, edge (sub, super) for each asserted rdfs:subClassOf."""
    g = nx.DiGraph()
    for iri, ent in onto.classes.items():
        g.add_node(iri, label=ent.label)
    g.add_edges_from(onto.subclass_of)
    return g


def property_hierarchy(onto: Ontology) -> nx.DiGraph:
    """DiGraph of properties, edge (sub, super) for each rdfs:subPropertyOf."""
    g = nx.DiGraph()
    for iri, ent in onto.properties.items():
        g.add_node(iri, label=ent.label, kind=ent.kind)
    g.add_edges_from(onto.subproperty_of)
    return g


def typing_graph(onto: Ontology) -> nx.DiGraph:
    """Bipartite DiGraph: instance -> class for each asserted rdf:type."""
    g = nx.DiGraph()
    for iri, ent in onto.instances.items():
        g.add_node(iri, label=ent.label, kind="instance")
    for iri, ent in onto.classes.items():
        g.add_node(iri, label=ent.label, kind="class")
    g.add_edges_from(onto.types)
    return g


def relation_graph(onto: Ontology) -> nx.MultiDiGraph:
    """MultiDiGraph of instances, one edge per relation triple, keyed by property."""
    g = nx.MultiDiGraph()
    for iri, ent in onto.instances.items():
        g.add_node(iri, label=ent.label)
    for s, p, o in onto.relations:
        g.add_edge(s, o, key=p, property=p)
    return g


def equivalences(hierarchy: nx.DiGraph) -> list[list[str]]:
    """Groups of nodes that are equivalent because they sit on a cycle."""
    return sorted(sorted(c) for c in nx.strongly_connected_components(hierarchy) if len(c) > 1)


def max_depth(hierarchy: nx.DiGraph) -> int:
    """Edges on the longest sub -> super chain; a cycle counts as one node."""
    if hierarchy.number_of_nodes() == 0:
        return 0
    return nx.dag_longest_path_length(nx.condensation(hierarchy))


def ancestors(hierarchy: nx.DiGraph, node: str) -> set[str]:
    """All nodes reachable upwards from ``node`` (its transitive supers),
    without ``node`` itself even when it sits on a cycle."""
    if node not in hierarchy:
        return set()
    return nx.descendants(hierarchy, node) - {node}


@dataclass
class OntologyGraphs:
    classes: nx.DiGraph
    properties: nx.DiGraph
    typing: nx.DiGraph
    relations: nx.MultiDiGraph
    class_equivalences: list = field(default_factory=list)
    property_equivalences: list = field(default_factory=list)


def build_graphs(onto: Ontology) -> OntologyGraphs:
    ch, ph = class_hierarchy(onto), property_hierarchy(onto)
    return OntologyGraphs(ch, ph, typing_graph(onto), relation_graph(onto), equivalences(ch), equivalences(ph))
