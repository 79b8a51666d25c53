"""kgprobe: do language models know and understand ontologies?

Pipeline: ontology (load -> graphs) -> reasoning (RDFS entailments with
provenance) -> probes -> scorers -> metrics -> report -> cli.
"""

__version__ = "0.1.0"
