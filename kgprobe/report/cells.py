"""What every report table shares: cell text and marks, column order and
the caption. The Markdown/CSV/LaTeX/JSON exports (leaderboard.py), the HTML
page (html.py) and the figures (plots.py) all read these; none of them
reaches into another's helpers.
"""

from __future__ import annotations

import math
from itertools import product

from kgprobe.probes.model import MEMORISATION_TASKS, PARALLEL_FAMILIES, REASONING_TASKS, SETTINGS
from kgprobe.tune.soft import PROMPT_LABELS

TASK_ORDER = MEMORISATION_TASKS + REASONING_TASKS
SETTING_ORDER = tuple(f"{a}-{b}" for a, b in product(SETTINGS, SETTINGS))
DAGGER = "\u2020"
SMALL_MARK = "\u2021"  # double dagger: a cell from fewer than SMALL_N probes
SMALL_N = 10
MISSING = "-"
#: the columns of view "reasoning": template (T) x conjunction (C), manual or soft, as the
#: reference study's Figure 4 orders them (a manual run is manT+manC)
FIGURE4 = ("manT+manC",) + PROMPT_LABELS[1:]


def figure4_column(prompt: str) -> str:
    """A run's prompt label (:data:`kgprobe.tune.soft.PROMPT_LABELS`) as a column of view "reasoning"."""
    return FIGURE4[0] if prompt == PROMPT_LABELS[0] else prompt


def num(x) -> float:
    """A metric value as a float; NaN for a missing, boolean or non-numeric one."""
    if x is None or isinstance(x, bool):
        return math.nan
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.nan


def fmt(x: float) -> str:
    """3 decimals, "-" for a missing value (stable across platforms)."""
    return MISSING if x is None or x != x else f"{x:.3f}"


def _order(seq: tuple, name: str) -> tuple:
    return (seq.index(name), "") if name in seq else (len(seq), name)


def column_key(by: str, col: str) -> tuple:
    """Sort key of a column of view ``by`` (task, rule, setting, family, template, prompt, reasoning, consistency)."""
    if by in ("task", "rule"):
        return _order(TASK_ORDER, col)
    if by == "prompt":
        task, _, prompt = col.partition(" ")
        return _order(TASK_ORDER, task) + _order(PROMPT_LABELS, prompt)
    if by == "reasoning":
        return _order(FIGURE4, col)
    if by == "setting":
        rule, _, setting = col.partition(" ")
        return _order(TASK_ORDER, rule) + _order(SETTING_ORDER, setting)
    if by == "family":
        return _order(PARALLEL_FAMILIES, col)
    if by == "consistency":
        return _order(("order", "set", "set (answer set)", "paraphrase"), col)
    task, _, template = col.partition("/")
    return _order(TASK_ORDER, task) + (template,)


def caption(lb, ci: bool) -> str:
    """The caption line of leaderboard ``lb`` (a :class:`kgprobe.report.leaderboard.Leaderboard`)."""
    if lb.by == "consistency":
        text = ("Consistency: share of groups whose probes agree on the top-1 (order: the same question with the "
                "premises in every order; set: a set-valued answer asked in different orders, and the same "
                "answer set; paraphrase: a fact under every template); a cell's (n=...) counts groups, the n column probes")
    else:
        view = {"task": "task", "rule": "rule", "setting": "rule and premise setting (P1-P2)",
                "family": "parallel family", "template": "template",
                "prompt": f"task and prompt ({', '.join(PROMPT_LABELS)})",
                "reasoning": "template (T) and conjunction (C), manual or soft, mean over the reasoning rules "
                             "(like Wu et al. 2023, Figure 4)"}[lb.by]
        text = f"{lb.metric} by {view}"
    if ci and lb.by != "consistency":
        text += ", with 95% bootstrap intervals"
    text += "; best per column in bold"
    kinds = {r.kind for r in lb.runs}
    if "baseline" in kinds and "reported" in kinds:
        text += "; baselines, then reported rows, last"
    elif "baseline" in kinds:
        text += "; baselines last"
    elif "reported" in kinds:
        text += "; reported rows last"
    return text + "."
