"""Scorers. Importing this package registers every built-in scorer."""

from kgprobe.scorers.base import SCORERS, ScoredProbe, Scorer, ScorerOptions, make_scorer
from kgprobe.scorers import baselines, hf, kge, openai, openai_completions, vllm_lm  # noqa: F401,E402  (each registers its scorers)

__all__ = ["SCORERS", "ScoredProbe", "Scorer", "ScorerOptions", "make_scorer"]
