"""Leaderboards, the HTML report and figures from results.json files.

    from kgprobe.report import collect_runs, build_leaderboard, render
    rs = collect_runs(["runs/"])               # merge: per model and battery, the run with most scored probes
    lb = build_leaderboard(rs.runs, metric="MRR", by="task")
    print(render(lb, "md", ci=True))           # md | csv | latex | json | html
    write_plots(rs.runs, "figures/")           # PNG + SVG
"""

from kgprobe.report.leaderboard import Leaderboard, build_leaderboard, leaderboard_from_paths, render
from kgprobe.report.load import Run, RunSet, collect_runs, find_results


def __getattr__(name):  # matplotlib only when figures are asked for
    if name == "write_plots":
        from kgprobe.report.plots import write_plots

        return write_plots
    raise AttributeError(name)


__all__ = [
    "Leaderboard",
    "Run",
    "RunSet",
    "build_leaderboard",
    "collect_runs",
    "find_results",
    "leaderboard_from_paths",
    "render",
    "write_plots",
]
