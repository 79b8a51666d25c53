"""Metrics over scored probes: ranks, calibration, bootstrap intervals,
consistency, and the results.json schema.

Everything here is a pure function over arrays or prediction records
(the dicts written to ``predictions.jsonl``), so metrics can be recomputed
from a run directory without the model.
"""

from kgprobe.metrics.aggregate import compute_metrics
from kgprobe.metrics.ranking import realistic_ranks, summarize_ranks
from kgprobe.metrics.records import prediction_record

__all__ = ["compute_metrics", "prediction_record", "realistic_ranks", "summarize_ranks"]
