"""Scorers. Importing this package registers every built-in scorer."""

import importlib

from kgprobe.scorers.base import SCORERS, ScoredProbe, Scorer, ScorerOptions, make_scorer

for _mod in ("baselines", "hf", "openai", "kge", "vllm_lm"):
    try:
        importlib.import_module(f"kgprobe.scorers.{_mod}")
    except ModuleNotFoundError as exc:  # a scorer module not written yet
        if exc.name != f"kgprobe.scorers.{_mod}":
            raise

__all__ = ["SCORERS", "ScoredProbe", "Scorer", "ScorerOptions", "make_scorer"]
