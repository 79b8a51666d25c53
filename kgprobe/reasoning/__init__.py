"""Entailment with provenance: the rule table (:mod:`kgprobe.reasoning.rules`)
and the closure (:func:`rdfs_closure`). The names below load on first use, so
that reading the rule table does not import numpy and rdflib."""

from kgprobe.reasoning.rules import DEFAULT_RULES as RULES

__all__ = ["RULES", "Closure", "Derivation", "rdfs_closure"]


def __getattr__(name: str):
    if name in ("Closure", "Derivation"):
        from kgprobe.reasoning import model

        return getattr(model, name)
    if name == "rdfs_closure":
        from kgprobe.reasoning.rdfs import rdfs_closure

        return rdfs_closure
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
