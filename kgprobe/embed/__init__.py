"""KG embeddings of an ontology with PyKEEN (``kgprobe embed``).

* :mod:`kgprobe.embed.graph`   ontology -> labelled triples + label index
* :mod:`kgprobe.embed.holdout` probed facts to remove before training
* :mod:`kgprobe.embed.train`   ``run_embed(EmbedConfig)``: split, train, evaluate
* :mod:`kgprobe.embed.outputs` embeddings (parquet), triples, PCA plot, PyKEEN model

The trained folder is read back by the ``kge:DIR`` scorer
(:mod:`kgprobe.scorers.kge`).
"""

from kgprobe.embed.graph import Graph, build_graph
from kgprobe.embed.holdout import Holdout, load_holdout

__all__ = ["Graph", "build_graph", "Holdout", "load_holdout"]
