"""``kgprobe explain``: why a model answered a probe as it did.

For chosen probes of a finished run, the score of the top-1 and of the gold
is attributed to the prompt's tokens (attention, attention rollout,
gradient x input, integrated gradients; kgprobe/explain/methods.py), each
token is mapped to a part of the probe (kgprobe/explain/spans.py), the probe
is re-scored with a part ablated (kgprobe/explain/ablation.py), and the
results are aggregated per task, rule and premise setting
(kgprobe/explain/aggregate.py). Needs the extra ``kgprobe[explain]``
(captum).
"""

from kgprobe.explain.run import ExplainConfig, explain

__all__ = ["ExplainConfig", "explain"]
