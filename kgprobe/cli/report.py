"""``kgprobe leaderboard`` and ``kgprobe plot``: tables and figures from
results.json files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kgprobe.errors import ResultsError

SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".csv": "csv", ".tex": "latex", ".json": "json",
                  ".html": "html", ".htm": "html"}


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "results", nargs="*", metavar="RESULTS",
        help="results.json files, reported.json files (numbers from a paper) or folders searched recursively "
        "for both (e.g. runs/)",
    )


def register(subparsers) -> None:
    from kgprobe.report.leaderboard import FORMATS, METRICS, VIEWS

    p = subparsers.add_parser(
        "leaderboard",
        help="merge results.json files into one leaderboard (md, csv, latex, json, html)",
        description="Merge the results.json files of several runs into one table: one row per model "
        "(when a model was run twice on the same battery, the run that scored more probes, the newest among "
        "equals; baselines, then reported rows from reported.json files, last), one column per task / rule / "
        "rule x premise setting / parallel family / template, and n, the probes each row scored. The best value "
        "per column is marked (never a reported row, nor a cell from fewer than 10 probes, which is marked "
        "with a double dagger); columns mixing runs on different batteries are marked with a dagger; a run "
        "made with --limit N is labelled \"(limit N)\".",
    )
    _add_inputs(p)
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: from the --out suffix, else md)")
    p.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--metric", choices=METRICS, default="MRR", help="metric in the cells (default: MRR)")
    p.add_argument("--by", choices=VIEWS, default="task",
                   help="columns: task (TP SCO SPO DM RG rdfs2..rdfs11, prp-trp), rule, setting (rule x P1-P2 "
                        "premise setting), family (parallel families), template, prompt (each task's manual and soft "
                        "runs side by side; kgprobe run --soft), reasoning (the mean over the reasoning rules per "
                        "template x conjunction prompt: manT+manC, softT+manC, manT+softC, softT+softC, like Wu et al. "
                        "2023's Figure 4), or consistency (order, set and paraphrase consistency, with each model's "
                        "architecture and order consistency pooled per architecture; --metric does not apply) "
                        "(default: task)")
    p.add_argument("--ci", action="store_true", help="show each cell's 95%% bootstrap interval and probe count")
    p.add_argument("--note", action="append", default=[], metavar="TEXT",
                   help="a line to print under the table (repeatable), e.g. which probes were selected")
    p.set_defaults(func=cmd_leaderboard)

    q = subparsers.add_parser(
        "plot",
        help="figures from results.json files (PNG and SVG)",
        description="Write figures for the given runs: the metric per task per model, per rule a heatmap of "
        "the 3x3 premise settings, accuracy by position of the asked fact (parallel multi-fact probes), "
        "reliability diagrams and risk-coverage curves. Each as PNG and SVG.",
    )
    _add_inputs(q)
    q.add_argument("--out", metavar="DIR", required=True, help="folder for the figures (created if needed)")
    q.add_argument("--metric", choices=METRICS, default="MRR", help="metric of the bar chart and heatmaps "
                   "(default: MRR)")
    q.add_argument("--format", dest="formats", default="png,svg",
                   help="comma-separated image formats out of png, svg (default: png,svg)")
    q.set_defaults(func=cmd_plot)


def _write(path: str, text: str) -> None:
    from kgprobe.io import atomic_write

    with atomic_write(path, newline="") as f:
        f.write(text)


def cmd_leaderboard(args) -> int:
    from kgprobe.report.leaderboard import leaderboard_from_paths, render

    fmt = args.format
    if fmt is None:
        fmt = SUFFIX_FORMATS.get(Path(args.out).suffix.lower(), "md") if args.out else "md"
    lb, notes = leaderboard_from_paths(args.results, metric=args.metric, by=args.by)
    lb.notes += [n for n in args.note if n.strip()]
    for n in notes:
        print(f"kgprobe: note: {n}", file=sys.stderr)
    text = render(lb, fmt, ci=args.ci)
    if args.out:
        _write(args.out, text)
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def cmd_plot(args) -> int:
    from kgprobe.report.load import collect_runs
    from kgprobe.report.plots import write_plots

    formats = [f.strip().lower() for f in args.formats.split(",") if f.strip()]
    rs = collect_runs(args.results)
    for n in rs.notes:
        print(f"kgprobe: note: {n}", file=sys.stderr)
    for p in write_plots(rs.runs, args.out, metric=args.metric, formats=formats):
        print(p)
    return 0
