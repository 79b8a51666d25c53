"""Plain dataclasses for a loaded ontology.

IRIs are kept as strings (blank nodes, in ``triples`` only, as rdflib terms). Every collection is
deterministic in order (sorted), so that everything downstream is reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLASS = "class"
INSTANCE = "instance"
OBJECT_PROPERTY = "object_property"
DATATYPE_PROPERTY = "datatype_property"


@dataclass(frozen=True)
class Entity:
    """A class, instance or property with its human label.

    ``label`` is rdfs:label (or skos:prefLabel) in the requested language
    (English by default), else an untagged label, else the IRI's local name
    split from camelCase or snake_case, else a label in another language
    (see :func:`kgprobe.ontology.load._pick_label`).
    """

    iri: str
    label: str
    kind: str  # CLASS | INSTANCE | OBJECT_PROPERTY | DATATYPE_PROPERTY


@dataclass
class Ontology:
    """An ontology as plain data.

    Edges are tuples of IRIs, asserted only (nothing entailed):
      subclass_of    (sub, super)
      subproperty_of (sub, super)
      domains        (property, class)
      ranges         (property, class)
      types          (instance, class)
      relations      (subject instance, property, object instance)
    ``patterns`` maps a property IRI to a surface pattern with ``[X]`` and
    ``[Y]`` slots, e.g. ``"[X] was born in [Y] ."``, when the ontology gives one
    (kgp:pattern or skos:definition containing both slots).
    ``domain_includes`` / ``range_includes`` (property, class) are
    schema.org's ``schema:domainIncludes`` / ``schema:rangeIncludes`` ("one
    of the expected types"): the DM and RG probes use them for a property
    without rdfs:domain / rdfs:range; the RDFS closure does not.
    ``renamed`` maps the IRI of a class or property whose label was shared
    with another of its kind to the label before a qualifier was added
    ("country" -> "country (dbpedia.org)").
    ``triples`` holds every asserted triple as rdflib terms, blank nodes
    included; the reasoner runs on it. Nothing else holds a blank node:
    classes, instances, properties and edges are IRIs only.
    """

    name: str
    source: str
    sha256: str
    classes: dict[str, Entity] = field(default_factory=dict)
    instances: dict[str, Entity] = field(default_factory=dict)
    properties: dict[str, Entity] = field(default_factory=dict)
    subclass_of: list[tuple[str, str]] = field(default_factory=list)
    subproperty_of: list[tuple[str, str]] = field(default_factory=list)
    domains: list[tuple[str, str]] = field(default_factory=list)
    ranges: list[tuple[str, str]] = field(default_factory=list)
    types: list[tuple[str, str]] = field(default_factory=list)
    relations: list[tuple[str, str, str]] = field(default_factory=list)
    domain_includes: list[tuple[str, str]] = field(default_factory=list)
    range_includes: list[tuple[str, str]] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    patterns: dict[str, str] = field(default_factory=dict)
    triples: list = field(default_factory=list, repr=False)
    imports: list[str] = field(default_factory=list)
    # set by kgprobe.reasoning.owl.apply_semantics: what --semantics did, and the triples it added
    semantics: dict = field(default_factory=lambda: {"semantics": "rdfs"})
    inferred: list = field(default_factory=list, repr=False)

    def label(self, iri: str) -> str:
        for table in (self.classes, self.instances, self.properties):
            ent = table.get(iri)
            if ent is not None:
                return ent.label
        from kgprobe.ontology.labels import label_from_iri

        return label_from_iri(iri)

    @property
    def object_properties(self) -> dict[str, Entity]:
        return {k: v for k, v in self.properties.items() if v.kind == OBJECT_PROPERTY}

    @property
    def datatype_properties(self) -> dict[str, Entity]:
        return {k: v for k, v in self.properties.items() if v.kind == DATATYPE_PROPERTY}
