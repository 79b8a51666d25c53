"""kgprobe: do language models know and understand ontologies?

Pipeline: ontology (load -> graphs) -> reasoning (RDFS entailments with
provenance) -> probes -> scorers -> metrics -> report -> cli.

Python API (:mod:`kgprobe.api`, imported on first use so that ``import
kgprobe`` stays fast): ``kgprobe.evaluate(model=..., ontology=...,
battery=...)`` -> :class:`kgprobe.api.Results`, ``kgprobe.load_ontology()``,
``kgprobe.generate_probes()``.
"""

__version__ = "0.1.0"

_API = ("evaluate", "load_ontology", "generate_probes", "Results")
__all__ = ["__version__", *_API]


def __getattr__(name):
    if name in _API:
        from kgprobe import api

        return getattr(api, name)
    raise AttributeError(f"module 'kgprobe' has no attribute {name!r}")
