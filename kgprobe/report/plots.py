"""Figures from results.json files (matplotlib: PNG through the Agg canvas, and SVG).

``write_plots(runs, out_dir)`` writes, each as .png and .svg:

<metric>_by_task     grouped bars: the metric per task per model, with the
                     95% bootstrap interval as error bars (baselines hatched //,
                     reported rows ..)
settings_<rule>      per rule, one 3x3 heatmap per model of the metric by
                     premise setting (rows P1, columns P2: EX / IM / NO),
                     like Figure 2 of Wu et al. (2023)
settings_macro       one 3x3 heatmap per model of the metric by premise
                     setting averaged over the rules (macro: each rule
                     counts once, whatever its probe count), like Figure 3
                     of Wu et al. (2023); a reported row with
                     "settings_macro" (the paper's figure) is a panel too
multi_by_position    accuracy by 0-based position of the asked fact in
                     multi-fact prompts (family "multi")
reliability          one reliability diagram per model (accuracy vs mean
                     confidence per bin, the diagonal = perfect calibration)
risk_coverage        risk (1 - selective accuracy) against coverage, one
                     curve per model, AURC in the legend

A figure with nothing to show (e.g. no multi-fact probes) is not written.
Output is deterministic: no dates in SVG/PNG metadata, fixed SVG ids.
"""

from __future__ import annotations

import math
import re
import textwrap
from pathlib import Path
from typing import Iterable, Optional

import numpy as np
from matplotlib import colormaps, rc_context
from matplotlib.figure import Figure  # no pyplot: PNGs render on the Agg canvas, the global backend is untouched

from kgprobe.errors import ResultsError
from kgprobe.io import atomic_path, output_error
from kgprobe.probes.model import MEMORISATION_TASKS, SETTINGS
from kgprobe.report.cells import column_key, num
from kgprobe.report.leaderboard import METRICS
from kgprobe.report.load import Run

FORMATS = ("png", "svg")
PALETTE = colormaps["tab10"]


def metric_slug(metric: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "", metric)


def _colors(runs: list[Run]) -> dict:
    """A stable colour per run: models from tab10, baselines in greys."""
    out, i, g = {}, 0, 0
    greys = ["#7f7f7f", "#b0b0b0", "#4d4d4d", "#c8c8c8"]
    for r in runs:
        if r.kind == "baseline":
            out[r.label] = greys[g % len(greys)]
            g += 1
        else:
            out[r.label] = PALETTE(i % 10)
            i += 1
    return out


def _save(fig: Figure, out_dir: Path, name: str, formats: Iterable[str]) -> list[Path]:
    paths = []
    with rc_context({"svg.hashsalt": "kgprobe", "svg.fonttype": "path"}):
        for f in formats:
            p = out_dir / f"{name}.{f}"
            meta = {"Date": None} if f == "svg" else {"Software": None}
            with atomic_path(p) as tmp:
                fig.savefig(tmp, format=f, dpi=120, bbox_inches="tight", metadata=meta)
            paths.append(p)
    return paths


def fig_metric_by_task(runs: list[Run], metric: str) -> Optional[Figure]:
    # a reported row without this metric (e.g. accuracy only) gets no bars
    runs = [r for r in runs if not r.reported or any(
        not math.isnan(num((b or {}).get(metric))) for b in (r.metrics.get("by_task") or {}).values())]
    tasks = sorted({t for r in runs for t in (r.metrics.get("by_task") or {})}, key=lambda t: column_key("task", t))
    if not tasks:
        return None
    ci_metric = "R@1" if metric == "acc" else metric
    colors = _colors(runs)
    fig = Figure(figsize=(max(6.0, 0.9 * len(tasks) * max(1, len(runs)) / 3 + 3), 4.2))
    ax = fig.add_subplot()
    width = 0.8 / max(1, len(runs))
    x = np.arange(len(tasks))
    for i, r in enumerate(runs):
        bt = r.metrics.get("by_task") or {}
        vals = np.array([num((bt.get(t) or {}).get(metric)) for t in tasks])
        lo = np.array([num(((bt.get(t) or {}).get("ci") or {}).get(ci_metric, [None, None])[0]) for t in tasks])
        hi = np.array([num(((bt.get(t) or {}).get("ci") or {}).get(ci_metric, [None, None])[1]) for t in tasks])
        yerr = np.vstack([np.where(np.isnan(lo), 0, vals - lo), np.where(np.isnan(hi), 0, hi - vals)])
        yerr = np.where(np.isnan(yerr), 0, np.clip(yerr, 0, None))
        ax.bar(
            x - 0.4 + width * (i + 0.5), np.nan_to_num(vals, nan=0.0), width, yerr=yerr,
            color=colors[r.label], label=r.label, hatch={"baseline": "//", "reported": ".."}.get(r.kind),
            edgecolor="white" if r.kind not in ("baseline", "reported") else "#333333", linewidth=0.5,
            error_kw={"elinewidth": 0.8, "capsize": 2, "ecolor": "#333333"},
        )
        for j in np.flatnonzero(np.isnan(vals)):  # no bar: say so instead of drawing 0
            ax.text(x[j] - 0.4 + width * (i + 0.5), 0.01, "n/a", rotation=90, ha="center", va="bottom",
                    fontsize=6, color="#777777")
    ax.set_xticks(x, tasks)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel(metric)
    ax.set_title(f"{metric} per task (95% bootstrap intervals)")
    ax.axvline(x=sum(t in MEMORISATION_TASKS for t in tasks) - 0.5, color="#cccccc", lw=0.8,
               ls="--")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.grid(axis="y", alpha=0.3)
    return fig


def settings_grid(block: dict, metric: str) -> np.ndarray:
    """3x3 array [P1][P2] of the metric over SETTINGS (NaN where absent)."""
    g = np.full((len(SETTINGS), len(SETTINGS)), np.nan)
    for setting, b in (block or {}).items():
        p1, _, p2 = setting.partition("-")
        if p1 in SETTINGS and p2 in SETTINGS:
            g[SETTINGS.index(p1), SETTINGS.index(p2)] = num((b or {}).get(metric))
    return g


def settings_macro(run: Run, metric: str) -> tuple[np.ndarray, np.ndarray]:
    """(3x3 [P1][P2] mean over rules of the metric, 3x3 number of rules
    averaged). A reported row gives its "settings_macro" as is (count 0)."""
    given = run.metrics.get("settings_macro")
    if given:
        g = settings_grid(given, metric)
        return g, np.zeros_like(g)
    grids = [settings_grid(b, metric) for b in (run.metrics.get("by_rule_setting") or {}).values() if b]
    if not grids:
        nan = np.full((len(SETTINGS), len(SETTINGS)), np.nan)
        return nan, np.zeros_like(nan)
    stack = np.stack(grids)
    count = (~np.isnan(stack)).sum(axis=0)
    total = np.nansum(stack, axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    return mean, count.astype(float)


def _heatmap_panels(panels: list[tuple[str, np.ndarray]], metric: str, title: str) -> Figure:
    """One 3x3 heatmap (rows P1, columns P2) per (title, grid), 4 per row."""
    ncol = min(4, len(panels))
    nrow = math.ceil(len(panels) / ncol)
    fig = Figure(figsize=(2.6 * ncol + 0.8, 2.6 * nrow + 0.5), layout="constrained")
    axes = fig.subplots(nrow, ncol, squeeze=False)
    cmap = colormaps["viridis"].with_extremes(bad="#e6e6e6")
    im = None
    for k, ax in enumerate(axes.flat):
        if k >= len(panels):
            ax.set_axis_off()
            continue
        label, g = panels[k]
        im = ax.imshow(np.ma.masked_invalid(g), cmap=cmap, vmin=0, vmax=1)
        for i in range(3):
            for j in range(3):
                v = g[i, j]
                ax.text(j, i, "-" if np.isnan(v) else f"{v:.2f}", ha="center", va="center", fontsize=9,
                        color="black" if (np.isnan(v) or v > 0.6) else "white")
        ax.set_xticks(range(3), SETTINGS)
        ax.set_yticks(range(3), SETTINGS)
        ax.set_xlabel("P2")
        ax.set_ylabel("P1")
        ax.set_title(textwrap.fill(label, 34), fontsize=9)
    fig.colorbar(im, ax=axes, shrink=0.8, label=metric)
    fig.suptitle(title, fontsize=10)
    return fig


def fig_settings_macro(runs: list[Run], metric: str) -> Optional[Figure]:
    panels = []
    for r in runs:
        g, count = settings_macro(r, metric)
        if np.isnan(g).all():
            continue
        rules = sorted({int(c) for c in count.flat if c > 0})
        note = "" if not rules else f" ({'/'.join(str(x) for x in rules)} rules)"
        panels.append((r.label + note, g))
    if not panels:
        return None
    return _heatmap_panels(panels, metric, f"{metric} by premise setting, mean over rules "
                           "(EX stated, IM memory, NO absent; like Wu et al. 2023, Figure 3)")


def fig_settings(runs: list[Run], rule: str, metric: str) -> Optional[Figure]:
    have = [(r, (r.metrics.get("by_rule_setting") or {}).get(rule)) for r in runs]
    panels = [(r.label, settings_grid(b, metric)) for r, b in have if b]
    panels = [(label, g) for label, g in panels if not np.isnan(g).all()]
    if not panels:
        return None
    return _heatmap_panels(panels, metric, f"{rule}: {metric} by premise setting (EX stated, IM memory, NO absent)")


def fig_multi_position(runs: list[Run]) -> Optional[Figure]:
    series = []
    for r in runs:
        mbp = (r.metrics.get("consistency") or {}).get("multi_by_position") or {}
        pts = sorted((int(p), num(v.get("acc")), int(v.get("n") or 0)) for p, v in mbp.items())
        pts = [p for p in pts if not math.isnan(p[1])]
        if pts:
            series.append((r, pts))
    if not series:
        return None
    colors = _colors(runs)
    fig = Figure(figsize=(6, 4))
    ax = fig.add_subplot()
    for r, pts in series:
        ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", color=colors[r.label], label=r.label,
                ls="--" if r.kind == "baseline" else "-")
    positions = sorted({p[0] for _, pts in series for p in pts})
    ax.set_xticks(positions, [str(p + 1) for p in positions])
    ax.set_xlabel("position of the asked fact in the prompt (1 = first)")
    ax.set_ylabel("accuracy (R@1)")
    ax.set_ylim(0, 1.05)
    ax.set_title("Parallel facts (multi): accuracy by position")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, frameon=False)
    return fig


def fig_reliability(runs: list[Run]) -> Optional[Figure]:
    have = [(r, (r.metrics.get("calibration") or {})) for r in runs]
    have = [(r, c) for r, c in have if any((b.get("n") or 0) > 0 for b in c.get("reliability") or [])]
    if not have:
        return None
    ncol = min(4, len(have))
    nrow = math.ceil(len(have) / ncol)
    fig = Figure(figsize=(2.8 * ncol, 2.9 * nrow), layout="constrained")
    axes = fig.subplots(nrow, ncol, squeeze=False)
    colors = _colors(runs)
    for k, ax in enumerate(axes.flat):
        if k >= len(have):
            ax.set_axis_off()
            continue
        r, cal = have[k]
        bins = [b for b in cal["reliability"] if (b.get("n") or 0) > 0]
        lo = np.array([num(b["bin_lo"]) for b in bins])
        hi = np.array([num(b["bin_hi"]) for b in bins])
        acc = np.array([num(b.get("accuracy")) for b in bins])
        conf = np.array([num(b.get("confidence")) for b in bins])
        ax.bar(lo, acc, width=hi - lo, align="edge", color=colors[r.label], edgecolor="black", linewidth=0.5,
               label="accuracy")
        ax.bar(lo, conf - acc, bottom=acc, width=hi - lo, align="edge", color="none", edgecolor="#d62728",
               hatch="//", linewidth=0.5, label="gap to confidence")
        ax.plot([0, 1], [0, 1], ls="--", color="#555555", lw=0.8)
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_xlabel("confidence")
        ax.set_ylabel("accuracy")
        ece = num(cal.get("ece"))
        ax.set_title(f"{r.label}\nECE {ece:.3f}" if not math.isnan(ece) else r.label, fontsize=9)
        if k == 0:
            ax.legend(fontsize=7, loc="upper left", frameon=False)
    fig.suptitle("Reliability diagrams (top-1 confidence)", fontsize=10)
    return fig


def fig_risk_coverage(runs: list[Run]) -> Optional[Figure]:
    series = [(r, (r.metrics.get("calibration") or {})) for r in runs]
    series = [(r, c) for r, c in series if c.get("risk_coverage")]
    if not series:
        return None
    colors = _colors(runs)
    fig = Figure(figsize=(6, 4))
    ax = fig.add_subplot()
    for r, cal in series:
        pts = sorted((num(p["coverage"]), 1.0 - num(p["accuracy"])) for p in cal["risk_coverage"])
        aurc = num(cal.get("aurc"))
        label = f"{r.label} (AURC {aurc:.3f})" if not math.isnan(aurc) else r.label
        ax.plot([p[0] for p in pts], [p[1] for p in pts], marker=".", color=colors[r.label], label=label,
                ls="--" if r.kind == "baseline" else "-")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("coverage (share answered)")
    ax.set_ylabel("risk (1 - selective accuracy)")
    ax.set_title("Risk-coverage (answer only above a confidence threshold)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return fig


def write_plots(runs: list[Run], out_dir, metric: str = "MRR", formats: Iterable[str] = FORMATS) -> list[Path]:
    """Write every figure that has data; return the written paths."""
    if metric not in METRICS:
        raise ResultsError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    formats = list(formats)
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise ResultsError(f"unknown plot format {', '.join(bad) or '(none)'}; choose from {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ResultsError(f"{out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(out, exc) from None
    figures = [(f"{metric_slug(metric)}_by_task", fig_metric_by_task(runs, metric))]
    rules = sorted({rule for r in runs for rule in (r.metrics.get("by_rule_setting") or {})},
                   key=lambda c: column_key("rule", c))
    figures += [(f"settings_{re.sub(r'[^A-Za-z0-9._-]', '_', rule)}", fig_settings(runs, rule, metric))
                for rule in rules]
    figures += [("settings_macro", fig_settings_macro(runs, metric))]
    figures += [("multi_by_position", fig_multi_position(runs)), ("reliability", fig_reliability(runs)),
                ("risk_coverage", fig_risk_coverage(runs))]
    written: list[Path] = []
    for name, fig in figures:
        if fig is not None:
            written += _save(fig, out, name, formats)
    if not written:
        raise ResultsError("the given results hold nothing to plot")
    return written
