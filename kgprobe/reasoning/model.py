"""Dataclasses for RDFS entailment with provenance."""

from __future__ import annotations

from dataclasses import dataclass, field

RULES = ("rdfs2", "rdfs3", "rdfs5", "rdfs7", "rdfs9", "rdfs11")

# A triple is (subject, predicate, object) as rdflib terms.
Triple = tuple


@dataclass(frozen=True)
class Derivation:
    """One way of deriving ``triple``: ``rule`` applied to two ``premises``.

    ``depth`` is the length of the longest premise chain below it: 1 when
    both premises are asserted, 1 + max(premise depths) otherwise.
    """

    triple: Triple
    rule: str
    premises: tuple[Triple, Triple]
    depth: int


@dataclass
class Closure:
    """The RDFS closure of an ontology for the six rules in :data:`RULES`.

    ``asserted``   the input triples.
    ``derivations`` maps every entailed triple that is not asserted to its
                   derivations, at most one per rule (the first found, which
                   is breadth-first and so of minimal depth for that rule).
    ``by_rule``    rule -> entailed, non-asserted triples that the rule derives.
    """

    asserted: set
    derivations: dict = field(default_factory=dict)
    by_rule: dict = field(default_factory=lambda: {r: [] for r in RULES})

    @property
    def entailed(self) -> set:
        return set(self.derivations)

    @property
    def all_triples(self) -> set:
        return self.asserted | set(self.derivations)

    def depth(self, triple) -> int:
        if triple in self.asserted:
            return 0
        return min(d.depth for d in self.derivations[triple])

    def counts(self) -> dict[str, int]:
        return {r: len(self.by_rule[r]) for r in RULES}
