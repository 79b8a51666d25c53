"""Leaderboards and reports from hand-made results.json fixtures.

Fixtures (tests/fixtures/report_runs, battery "default", sha256 "a"*64):
  smollm2-135m (causal)  MRR TP .600 SCO .450 SPO .300 DM .250 RG .350 rdfs9 .700 rdfs11 .550
  kge:runs/transe (kge)  MRR TP .900 SCO .700, every other task skipped (130 of 200 probes)
  baseline:frequency     MRR TP .350 SCO .500 SPO .300 DM .400 RG .300 rdfs9 .400 rdfs11 .300
  baseline:random        MRR TP .200 SCO .250 SPO .280 DM .200 RG .220 rdfs9 .300 rdfs11 .320
and tests/fixtures/report_other: hf:bert-base-uncased (masked) on battery "ontoprobe"
(sha256 "b"*64): MRR TP .400 SCO .380 rdfs9 .600.
Each block has R@1 = MRR - .1, intervals = value -/+ .05.
"""

from __future__ import annotations

import copy
import json
import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from conftest import FIXTURES, run_cli
from kgprobe.cli.main import main
from kgprobe.errors import ResultsError
from kgprobe.report.leaderboard import build_leaderboard, leaderboard_from_paths, render
from kgprobe.report.load import collect_runs, find_results

RUNS = FIXTURES / "report_runs"
OTHER = FIXTURES / "report_other"
ORDER = ["smollm2-135m", "kge:runs/transe", "baseline:frequency", "baseline:random"]


def _load(name: str) -> dict:
    return json.loads((RUNS / name / "results.json").read_text())


def _write(path: Path, obj) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(obj if isinstance(obj, str) else json.dumps(obj))
    return path


# ------------------------------------------------------------------ loading


def test_rows_ordered_by_kind_then_name_baselines_last():
    rs = collect_runs([RUNS])
    assert [r.label for r in rs.runs] == ORDER
    assert rs.notes == []
    rs = collect_runs([RUNS, OTHER])
    assert [r.label for r in rs.runs] == ["hf:bert-base-uncased"] + ORDER  # masked before causal


def test_a_file_named_twice_counts_once():
    f = RUNS / "smollm2-135m" / "results.json"
    assert find_results([f, RUNS / "smollm2-135m", f]) == [f]


def test_same_model_same_battery_keeps_the_newest(tmp_path):
    old, new = _load("smollm2-135m"), _load("smollm2-135m")
    # 12:00+02:00 is 10:00 UTC: older than 10:30 UTC although it sorts later as text
    old["manifest"]["started"] = "2026-01-02T12:00:00+02:00"
    old["metrics"]["by_task"]["TP"]["MRR"] = 0.111
    new["manifest"]["started"] = "2026-01-02T10:30:00+00:00"
    new["metrics"]["by_task"]["TP"]["MRR"] = 0.222
    a = _write(tmp_path / "a" / "results.json", old)
    b = _write(tmp_path / "b" / "results.json", new)
    rs = collect_runs([a, b])
    assert len(rs.runs) == 1 and rs.runs[0].path == b
    assert len(rs.notes) == 1
    assert "smollm2-135m" in rs.notes[0] and "2 times" in rs.notes[0] and str(a) in rs.notes[0]
    lb = build_leaderboard(rs.runs)
    assert lb.values.at["smollm2-135m", "TP"] == 0.222


def test_duplicate_is_reported_on_stderr(tmp_path, capsys):
    old = _load("baseline_random")
    old["manifest"]["started"] = "2025-12-31T00:00:00+00:00"
    _write(tmp_path / "older" / "results.json", old)
    assert main(["leaderboard", str(RUNS), str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "baseline:random" in err and "keeping the one with the most scored probes" in err and "older" in err
    assert out.count("| baseline:random ") == 1


def test_same_model_on_two_batteries_gets_two_labelled_rows(tmp_path):
    d = _load("smollm2-135m")
    d["battery"] = "full"
    d["manifest"]["battery_sha256"] = "c" * 64
    f = _write(tmp_path / "full" / "results.json", d)
    labels = [r.label for r in collect_runs([RUNS / "smollm2-135m", f]).runs]
    assert labels == ["smollm2-135m @ default", "smollm2-135m @ full"]


# ------------------------------------------------------------------ the table


def test_values_best_and_missing_by_task():
    lb, notes = leaderboard_from_paths([RUNS])
    assert notes == []
    assert lb.columns == ["TP", "SCO", "SPO", "DM", "RG", "rdfs9", "rdfs11"]
    assert lb.values.at["smollm2-135m", "rdfs9"] == pytest.approx(0.7)
    assert math.isnan(lb.values.at["kge:runs/transe", "SPO"])
    best = {c: sorted(lb.best.index[lb.best[c]]) for c in lb.columns}
    assert best == {
        "TP": ["kge:runs/transe"],
        "SCO": ["kge:runs/transe"],
        "SPO": ["baseline:frequency", "smollm2-135m"],  # tie at .300
        "DM": ["baseline:frequency"],  # a baseline can be best, and is marked
        "RG": ["smollm2-135m"],
        "rdfs9": ["smollm2-135m"],
        "rdfs11": ["smollm2-135m"],
    }
    assert lb.mixed == []


def test_canonical_column_order_whatever_the_file_order(tmp_path):
    d = _load("smollm2-135m")
    m = d["metrics"]
    m["by_task"] = dict(reversed(list(m["by_task"].items())))
    m["by_task"]["rdfs2"] = copy.deepcopy(m["by_task"]["rdfs9"])
    m["by_rule_setting"] = {r: dict(reversed(list(s.items()))) for r, s in reversed(list(m["by_rule_setting"].items()))}
    f = _write(tmp_path / "results.json", d)
    assert build_leaderboard(collect_runs([f]).runs).columns == ["TP", "SCO", "SPO", "DM", "RG", "rdfs2", "rdfs9", "rdfs11"]
    assert build_leaderboard(collect_runs([f]).runs, by="rule").columns == ["rdfs2", "rdfs9", "rdfs11"]
    cols = build_leaderboard(collect_runs([f]).runs, by="setting").columns
    assert cols[:4] == ["rdfs9 EX-EX", "rdfs9 EX-IM", "rdfs9 EX-NO", "rdfs9 IM-EX"]
    assert cols[8:10] == ["rdfs9 NO-NO", "rdfs11 EX-EX"] and len(cols) == 18


def test_views_and_metrics():
    lb, _ = leaderboard_from_paths([RUNS], by="setting", metric="R@1")
    # smollm2 rdfs9 MRR by setting .9 .8 .7 / .8 .7 .6 / .6 .5 .4, R@1 = MRR - .1
    assert lb.values.loc["smollm2-135m", ["rdfs9 EX-EX", "rdfs9 IM-IM", "rdfs9 NO-NO"]].tolist() == pytest.approx([0.8, 0.6, 0.3])
    lb, _ = leaderboard_from_paths([RUNS], by="family")
    assert lb.columns == ["order", "multi", "set"]
    lb, _ = leaderboard_from_paths([RUNS], by="template")
    assert lb.columns == ["TP/-", "TP/tp_is_a", "TP/tp_type_of", "SCO/-", "SCO/sco_is_a"]
    lb, _ = leaderboard_from_paths([RUNS], metric="acc")  # acc = R@1; its interval is R@1's
    assert lb.values.at["smollm2-135m", "TP"] == pytest.approx(0.5)
    assert (lb.lo.at["smollm2-135m", "TP"], lb.hi.at["smollm2-135m", "TP"]) == pytest.approx((0.45, 0.55))


def test_a_view_with_no_data_is_an_error():
    with pytest.raises(ResultsError, match="no metrics by family"):
        leaderboard_from_paths([OTHER], by="family")


def test_mixed_batteries_are_marked_per_column():
    lb, _ = leaderboard_from_paths([RUNS, OTHER])
    assert lb.mixed == ["TP", "SCO", "rdfs9"]  # bert has only these; SPO etc. come from battery a only
    md = render(lb, "md")
    header = next(line for line in md.splitlines() if line.startswith("| model"))
    assert re.findall(r"(\w+)\u2020", header) == ["TP", "SCO", "rdfs9"]
    assert "| battery " in header and "| ontology " in header
    note = next(line for line in md.splitlines() if line.startswith("\u2020"))
    assert "TP, SCO, rdfs9" in note and "bbbbbbbbbbbb" in note and "aaaaaaaaaaaa" in note
    assert "hf:bert-base-uncased" in note


# ------------------------------------------------------------------ exports


EXPECTED_MD = """\
MRR by parallel family, with 95% bootstrap intervals; best per column in bold; baselines last.

| model           | kind     |   n |                           order |                           multi |                         set |
|:----------------|:---------|----:|--------------------------------:|--------------------------------:|----------------------------:|
| smollm2-135m    | causal   | 200 | **0.500 [0.450, 0.550] (n=20)** | **0.400 [0.350, 0.450] (n=25)** | 0.300 [0.250, 0.350] (n=8)\u2021 |
| baseline:random | baseline | 200 |     0.200 [0.150, 0.250] (n=20) |     0.150 [0.100, 0.200] (n=25) | 0.200 [0.150, 0.250] (n=8)\u2021 |

\u2021 = fewer than 10 scored probes in this cell; never marked best.
"""


def test_markdown_exact(capsys):
    args = ["leaderboard", str(RUNS / "baseline_random"), str(RUNS / "smollm2-135m" / "results.json"),
            "--by", "family", "--ci"]
    assert main(args) == 0
    assert capsys.readouterr().out == EXPECTED_MD


def test_markdown_out_file_is_byte_identical_to_stdout(tmp_path, capsys):
    assert main(["leaderboard", str(RUNS), "--format", "md"]) == 0
    stdout = capsys.readouterr().out
    out = tmp_path / "results" / "LEADERBOARD.md"
    assert main(["leaderboard", str(RUNS), "--format", "md", "--out", str(out)]) == 0
    assert out.read_bytes() == stdout.encode("utf-8")
    assert stdout.endswith("\n") and not stdout.endswith("\n\n")
    lines = stdout.splitlines()
    row = next(line for line in lines if line.startswith("| kge:runs/transe"))
    assert re.findall(r"\*\*([0-9.]+)\*\*", row) == ["0.900", "0.700"]
    assert row.count(" - ") == 5
    assert "kge:runs/transe skipped 130 of 200 probes (entity not in the KG: 50, relation not in the KG: 80)." in lines
    # stable: a second run gives the same bytes
    assert main(["leaderboard", str(RUNS)]) == 0
    assert capsys.readouterr().out == stdout


def test_csv_round_trips_through_pandas(tmp_path):
    out = tmp_path / "lb.csv"
    assert main(["leaderboard", str(RUNS), "--ci", "--out", str(out)]) == 0  # format from the suffix
    df = pd.read_csv(out)
    assert df["model"].tolist() == ORDER
    assert df.loc[df.model == "baseline:frequency", "DM"].item() == pytest.approx(0.4)
    assert df.loc[df.model == "smollm2-135m", "rdfs9 hi"].item() == pytest.approx(0.75)
    assert pd.isna(df.loc[df.model == "kge:runs/transe", "SPO"].item())
    assert set(df["battery_sha256"]) == {"a" * 64}


def test_json_one_record_per_model(capsys):
    assert main(["leaderboard", str(RUNS), str(OTHER), "--format", "json", "--ci", "--metric", "R@1"]) == 0
    recs = json.loads(capsys.readouterr().out)
    assert [r["model"] for r in recs] == ["hf:bert-base-uncased"] + ORDER
    kge = recs[2]
    assert kge["kind"] == "kge" and kge["metric"] == "R@1"
    assert kge["TP"] == pytest.approx(0.8) and kge["SPO"] is None
    assert kge["ci"]["TP"] == pytest.approx([0.75, 0.85]) and "SPO" not in kge["ci"]
    assert recs[0]["battery_sha256"] == "b" * 64


def test_latex_structure(tmp_path):
    d = _load("kge_runs_transe")
    d["model"] = "kge:runs/trans_e&co"  # special characters must be escaped
    f = _write(tmp_path / "k" / "results.json", d)
    lb = build_leaderboard(collect_runs([RUNS / "smollm2-135m", RUNS / "baseline_random", f]).runs)
    tex = render(lb, "latex", ci=True)
    lines = tex.splitlines()
    assert lines[0] == r"\begin{tabular}{llrrrrrrrr}"
    for rule in (r"\toprule", r"\midrule", r"\bottomrule"):
        assert lines.count(rule) == 1
    body = lines[lines.index(r"\midrule") + 1: lines.index(r"\bottomrule")]
    assert len(body) == 3 and all(line.endswith(r"\\") for line in body)
    assert body[1] == (r"kge:runs/trans\_e\&co & kge & 70 & \textbf{0.900 [0.850, 0.950] (n=40)} & "
                       r"\textbf{0.700 [0.650, 0.750] (n=30)} & - & - & - & - & - \\")
    assert body[0].count(r"\textbf{") == 5  # SPO DM RG rdfs9 rdfs11
    assert r"\textbf" not in body[2]
    assert r"kge:runs/trans\_e\&co skipped 130" in tex


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed (apt-get install texlive-latex-base texlive-latex-recommended)")
def test_latex_compiles_with_booktabs(tmp_path):
    tex = render(leaderboard_from_paths([RUNS, OTHER], by="task")[0], "latex", ci=True)
    doc = (
        "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{booktabs}\n"
        "\\usepackage{graphicx}\n\\begin{document}\n\\begin{table}\n\\centering\n\\resizebox{\\textwidth}{!}{%\n"
        + tex.split("\\par\\smallskip")[0]
        + "}\n\\caption{Leaderboard}\n\\par\\smallskip"
        + tex.split("\\par\\smallskip", 1)[1]
        + "\\end{table}\n\\end{document}\n"
    )
    (tmp_path / "lb.tex").write_text(doc)
    proc = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "lb.tex"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert (tmp_path / "lb.pdf").stat().st_size > 1000
    assert "Undefined control sequence" not in proc.stdout


class _Cells(HTMLParser):
    """Collects (table id, row index, cell classes, text) of <td> cells."""

    def __init__(self):
        super().__init__()
        self.cells, self.table, self.cell, self.row, self.urls = [], None, None, -1, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("src", "href"):
            if a.get(k):
                self.urls.append(a[k])
        if tag == "table":
            self.table, self.row = a.get("id"), -1
        elif tag == "tr":
            self.row += 1
        elif tag == "td":
            self.cell = [self.table, self.row, (a.get("class") or "").split(), "", a.get("title")]

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[3] += data

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.cells.append(tuple(self.cell))
            self.cell = None


def test_html_is_self_contained_and_marks_best(tmp_path):
    out = tmp_path / "lb.html"
    assert main(["leaderboard", str(RUNS), "--ci", "--out", str(out)]) == 0
    page = out.read_text()
    assert "http://" not in page and "https://" not in page and "//cdn" not in page
    assert "<script src" not in page and "<link" not in page
    assert "Content-Security-Policy" in page
    p = _Cells()
    p.feed(page)
    assert p.urls == []
    lb = [c for c in p.cells if c[0] == "T_leaderboard"]
    models = [c[3] for c in lb if "col0" in c[2]]
    assert models == ORDER
    best = sorted((c[1], c[3]) for c in lb if "best" in c[2])
    # row 1 = header row; data rows 1..4 in ORDER (tr counted from the thead row 0)
    assert (2, "0.900 [0.850, 0.950] (n=40)") in best and (3, "0.400 [0.350, 0.450] (n=10)") in best
    assert len(best) == 8  # TP SCO | SPO x2 | DM | RG rdfs9 rdfs11
    assert all(c[4] and "battery default" in c[4] for c in lb if "col0" in c[2])  # manifest on hover
    heat = [c for c in p.cells if (c[0] or "").startswith("T_hm_rdfs9")]
    assert [c[3] for c in heat[:3]] == ["0.900", "0.800", "0.700"]
    assert page.count("<details") == 4
    # deterministic
    out2 = tmp_path / "lb2.html"
    assert main(["leaderboard", str(RUNS), "--ci", "--out", str(out2)]) == 0
    assert out2.read_bytes() == out.read_bytes()


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    "case, message",
    [
        ("not_json", "not valid JSON"),
        ("schema_2", "schema_version 2, expected 1"),
        ("no_schema", "schema_version None, expected 1"),
        ("no_metrics", "missing key 'metrics'"),
        ("empty_dir", "no results.json found"),
        ("missing", "no such file or folder"),
        ("no_inputs", "no results given"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, case, message):
    d = _load("baseline_random")
    if case == "not_json":
        args = [str(_write(tmp_path / "results.json", '{"schema_version": 1, "model": '))]
    elif case == "schema_2":
        args = [str(_write(tmp_path / "r" / "results.json", dict(d, schema_version=2)))]
    elif case == "no_schema":
        d.pop("schema_version")
        args = [str(_write(tmp_path / "r" / "results.json", d))]
    elif case == "no_metrics":
        d.pop("metrics")
        args = [str(_write(tmp_path / "r" / "results.json", d))]
    elif case == "empty_dir":
        (tmp_path / "empty" / "sub").mkdir(parents=True)
        _write(tmp_path / "empty" / "sub" / "predictions.jsonl", "")
        args = [str(tmp_path / "empty")]
    elif case == "missing":
        args = [str(tmp_path / "nope")]
    else:
        args = []
    for command in (["leaderboard"], ["plot", "--out", str(tmp_path / "figs")]):
        assert main(command + args) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("kgprobe: error: ") and message in err
        if args:
            assert args[0] in err or case == "empty_dir" and str(tmp_path / "empty") in err
    assert not (tmp_path / "figs").exists()


def test_bad_input_exit_code_in_a_subprocess(tmp_path):
    bad = _write(tmp_path / "results.json", "[1, 2")
    proc = run_cli("leaderboard", bad)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "not valid JSON" in proc.stderr
    assert "Traceback" not in proc.stderr


# ------------------------------------------------------------------ plots


@pytest.fixture(scope="module")
def plots(tmp_path_factory):
    from kgprobe.report.plots import write_plots

    out = tmp_path_factory.mktemp("plots")
    return out, write_plots(collect_runs([RUNS, OTHER]).runs, out)


def test_plot_files(plots):
    out, paths = plots
    names = sorted(p.name for p in paths)
    stems = ["MRR_by_task", "multi_by_position", "reliability", "risk_coverage", "settings_macro", "settings_rdfs11",
             "settings_rdfs9"]
    assert names == sorted(f"{s}.{e}" for s in stems for e in ("png", "svg"))
    import matplotlib.image as mpimg

    for p in paths:
        if p.suffix == ".png":
            img = mpimg.imread(p)
            assert img.ndim == 3 and img.shape[0] > 200 and img.shape[1] > 300
            assert img[..., :3].std() > 0.05  # not blank
        else:
            root = ET.parse(p).getroot()
            assert root.tag.endswith("svg")
            assert "<dc:date>" not in p.read_text()  # no timestamps


def test_plot_heatmap_grid_and_bars():
    from kgprobe.report.plots import fig_metric_by_task, settings_grid

    runs = collect_runs([RUNS]).runs
    g = settings_grid(runs[0].metrics["by_rule_setting"]["rdfs9"], "MRR")
    assert g.ravel().tolist() == pytest.approx([0.9, 0.8, 0.7, 0.8, 0.7, 0.6, 0.6, 0.5, 0.4])
    fig = fig_metric_by_task(runs, "MRR")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["TP", "SCO", "SPO", "DM", "RG", "rdfs9", "rdfs11"]
    heights = [[b.get_height() for b in c] for c in ax.containers if hasattr(c, "patches")]
    assert heights[1] == pytest.approx([0.9, 0.7, 0, 0, 0, 0, 0])  # kge: skipped tasks have no bar
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ORDER


def test_plot_cli_skips_figures_without_data(tmp_path, capsys):
    assert main(["plot", str(RUNS / "kge_runs_transe"), "--out", str(tmp_path), "--format", "png",
                 "--metric", "R@1"]) == 0
    printed = capsys.readouterr().out.split()
    assert sorted(Path(p).name for p in printed) == ["R1_by_task.png", "reliability.png", "risk_coverage.png"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["R1_by_task.png", "reliability.png", "risk_coverage.png"]
    assert main(["plot", str(RUNS), "--out", str(tmp_path), "--format", "gif"]) == 2
    assert "unknown plot format gif" in capsys.readouterr().err
