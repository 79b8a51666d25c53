"""From an :class:`~kgprobe.ontology.model.Ontology` to the triples a KG
embedding is trained on.

Triples (all asserted, nothing entailed; IRIs are the PyKEEN labels):

=========================  ==================================  ================
group                      triple                              when
=========================  ==================================  ================
``relation``               (instance, property, instance)      always
``type``                   (instance, rdf:type, class)         always
``subClassOf``             (class, rdfs:subClassOf, class)     schema included
``subPropertyOf``          (property, rdfs:subPropertyOf, p)   schema included
``domain``                 (property, rdfs:domain, class)      schema included
``range``                  (property, rdfs:range, class)       schema included
=========================  ==================================  ================

Every class and instance of the ontology is an entity (with the schema, every
property too), also one that is in no triple: it keeps its initial random
embedding, so that a probe can still rank it, and a class whose only edges
were held out is not silently dropped from the candidates. Entity kinds are
``class``, ``instance``, ``property``; relation kinds ``property`` (an
ontology property) and ``schema`` (rdf:type and the four RDFS relations).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from kgprobe.errors import OntologyError
from kgprobe.ontology.model import Ontology

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SUBCLASS = RDFS + "subClassOf"
SUBPROPERTY = RDFS + "subPropertyOf"
DOMAIN = RDFS + "domain"
RANGE = RDFS + "range"

#: the schema relations, their labels and triple groups
SCHEMA_RELATIONS = {
    RDF_TYPE: ("type", "type"),
    SUBCLASS: ("subclass of", "subClassOf"),
    SUBPROPERTY: ("subproperty of", "subPropertyOf"),
    DOMAIN: ("domain", "domain"),
    RANGE: ("range", "range"),
}

CLASS, INSTANCE, PROPERTY, SCHEMA = "class", "instance", "property", "schema"


@dataclass
class Graph:
    """Labelled triples plus the entity and relation label index.

    ``entities`` / ``relations`` map IRI -> (label, kind), in a fixed order
    (sorted by kind, then IRI); that order is the PyKEEN id order.
    """

    triples: list[tuple[str, str, str]]
    entities: dict[str, tuple[str, str]]
    relations: dict[str, tuple[str, str]]
    include_schema: bool = True
    top_class: dict[str, str] = field(default_factory=dict)  # class IRI -> its top-level class IRI

    def group(self, triple: tuple[str, str, str]) -> str:
        rel = SCHEMA_RELATIONS.get(triple[1])
        return rel[1] if rel else "relation"

    def counts(self, triples: Iterable[tuple[str, str, str]] | None = None) -> dict[str, int]:
        """Triples per group (relation, type, subClassOf, ...), plus ``total``."""
        c = Counter(self.group(t) for t in (self.triples if triples is None else triples))
        out = {g: c.get(g, 0) for g in ("relation", "type", "subClassOf", "subPropertyOf", "domain", "range")}
        out["total"] = sum(c.values())
        return out

    def entity_to_id(self) -> dict[str, int]:
        return {iri: i for i, iri in enumerate(self.entities)}

    def relation_to_id(self) -> dict[str, int]:
        return {iri: i for i, iri in enumerate(self.relations)}


def build_graph(onto: Ontology, include_schema: bool = True) -> Graph:
    """The embedding graph of ``onto`` (see the module docstring).

    Raises OntologyError when there is no triple to embed.
    """
    triples: list[tuple[str, str, str]] = []
    triples += [(s, p, o) for s, p, o in onto.relations]
    triples += [(i, RDF_TYPE, c) for i, c in onto.types]
    if include_schema:
        triples += [(a, SUBCLASS, b) for a, b in onto.subclass_of]
        triples += [(a, SUBPROPERTY, b) for a, b in onto.subproperty_of]
        triples += [(p, DOMAIN, c) for p, c in onto.domains]
        triples += [(p, RANGE, c) for p, c in onto.ranges]
    triples = sorted(set(t for t in triples if t[0] != t[2] or t[1] not in (SUBCLASS, SUBPROPERTY)))
    if not triples:
        what = "instance relations or rdf:type edges" if not include_schema else \
            "instance relations, rdf:type, subClassOf, subPropertyOf, domain or range edges"
        raise OntologyError(f"{onto.source}: no relation triples to embed (no {what})")

    kinds: dict[str, str] = {}
    for iri in onto.classes:
        kinds[iri] = CLASS
    for iri in onto.instances:
        kinds.setdefault(iri, INSTANCE)
    if include_schema:
        for iri in onto.properties:
            kinds.setdefault(iri, PROPERTY)
    # IRIs used in the triples but not declared (an undeclared superclass, a
    # typed thing that is not an instance): their kind from their position
    for s, p, o in triples:
        if p in (SUBPROPERTY, DOMAIN, RANGE):
            kinds.setdefault(s, PROPERTY)
        if p in (RDF_TYPE, SUBCLASS, DOMAIN, RANGE):
            kinds.setdefault(o, CLASS)
        if p == SUBCLASS:
            kinds.setdefault(s, CLASS)
        if p == SUBPROPERTY:
            kinds.setdefault(o, PROPERTY)
        kinds.setdefault(s, INSTANCE)
        kinds.setdefault(o, INSTANCE)
    order = {CLASS: 0, INSTANCE: 1, PROPERTY: 2}
    entities = {iri: (onto.label(iri), kinds[iri]) for iri in sorted(kinds, key=lambda i: (order[kinds[i]], i))}

    used_rel = sorted({p for _, p, _ in triples})
    relations = {}
    for p in sorted(used_rel, key=lambda r: (r in SCHEMA_RELATIONS, r)):
        if p in SCHEMA_RELATIONS:
            relations[p] = (SCHEMA_RELATIONS[p][0], SCHEMA)
        else:
            relations[p] = (onto.label(p), PROPERTY)
    return Graph(triples, entities, relations, include_schema, top_classes(onto))


def top_classes(onto: Ontology) -> dict[str, str]:
    """Each class -> a top-level class above it (one without a superclass;
    the smallest IRI when there are several; itself when it is top-level).
    Terminates on subClassOf cycles."""
    supers: dict[str, list[str]] = {}
    for a, b in onto.subclass_of:
        if a != b:
            supers.setdefault(a, []).append(b)
    out: dict[str, str] = {}
    for c in sorted(set(onto.classes) | set(supers)):
        seen = {c}
        frontier = [c]
        tops = []
        while frontier:
            nxt = []
            for x in frontier:
                ups = [u for u in supers.get(x, ()) if u not in seen]
                if not supers.get(x):
                    tops.append(x)
                for u in ups:
                    seen.add(u)
                    nxt.append(u)
            frontier = nxt
        out[c] = min(tops) if tops else min(seen)  # a pure cycle: its smallest member
    return out


def remove_queries(triples: Iterable[tuple[str, str, str]], queries: set[tuple[str, str]]):
    """Split ``triples`` into (kept, removed): a triple (s, r, o) is removed
    when (s, r) is a held-out query."""
    kept, removed = [], []
    for t in triples:
        (removed if (t[0], t[1]) in queries else kept).append(t)
    return kept, removed
