"""RDFS entailment with provenance."""

from kgprobe.reasoning.model import RULES, Closure, Derivation
from kgprobe.reasoning.rdfs import rdfs_closure

__all__ = ["RULES", "Closure", "Derivation", "rdfs_closure"]
