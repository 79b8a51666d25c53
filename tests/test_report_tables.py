"""Tables that cannot mislead (issue 11): probe counts per row and cell, runs
made with --limit marked, the run with more scored probes wins, small cells
marked and never best, calibration "best" never given to a baseline or a
constant scorer, the paper's reported rows, the Figure-3 style plot, and the
OntoProbe import with a test slice and reasoning probes.

Synthetic results.json files are copies of tests/fixtures/report_runs (see
tests/test_report.py for their values) with the fields under test changed.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import numpy as np
import pytest

from conftest import FIXTURES, REPO, run_cli
from kgprobe.cli.main import main
from kgprobe.errors import ResultsError
from kgprobe.report.leaderboard import SMALL_MARK, build_leaderboard, render
from kgprobe.report.load import collect_runs, load_reported

RUNS = FIXTURES / "report_runs"
SHARED = REPO.parent / "shared" / "ontoprobe"
REPORTED = REPO / "results" / "ontoprobe" / "reported.json"


def _load(name: str) -> dict:
    return json.loads((RUNS / name / "results.json").read_text())


def _write(path: Path, obj) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj))
    return path


def _row(md: str, start: str) -> list[str]:
    line = next(x for x in md.splitlines() if x.startswith(f"| {start}"))
    return [c.strip() for c in line.strip("|").split("|")]


def _header(md: str) -> list[str]:
    line = next(x for x in md.splitlines() if x.startswith("| model"))
    return [c.strip() for c in line.strip("|").split("|")]


# ------------------------------------------------------------------ n per row and per cell


def test_every_row_shows_its_scored_probes(capsys):
    assert main(["leaderboard", str(RUNS)]) == 0
    md = capsys.readouterr().out
    head = _header(md)
    assert head[:3] == ["model", "kind", "n"]
    assert _row(md, "smollm2-135m")[2] == "200"
    assert _row(md, "kge:runs/transe")[2] == "70"  # 200 probes, 130 skipped


def test_cell_n_shown_where_the_rows_differ_and_in_json(tmp_path, capsys):
    big = _load("smollm2-135m")
    big["metrics"]["by_task"]["TP"]["n"] = 500
    big["counts"]["scored"] = big["counts"]["probes"] = 660
    _write(tmp_path / "s" / "results.json", big)
    assert main(["leaderboard", str(tmp_path / "s"), str(RUNS / "baseline_random")]) == 0
    md = capsys.readouterr().out
    head = _header(md)
    row = _row(md, "smollm2-135m")
    assert row[2] == "660"
    assert row[head.index("TP")] == "**0.600 (n=500)**"  # TP: 500 vs 40 probes
    assert _row(md, "baseline:random")[head.index("TP")] == "0.200 (n=40)"
    assert row[head.index("SCO")] == "**0.450**"  # same n in both rows: not repeated
    assert main(["leaderboard", str(tmp_path / "s"), str(RUNS / "baseline_random"), "--format", "json"]) == 0
    recs = json.loads(capsys.readouterr().out)
    assert recs[0]["n"] == 660 and recs[0]["TP n"] == 500 and recs[0]["SCO n"] == 30
    assert recs[1]["n"] == 200 and recs[1]["TP n"] == 40 and recs[1]["limit"] is None


def test_ci_output_gives_every_cell_its_n(capsys):
    assert main(["leaderboard", str(RUNS / "smollm2-135m"), "--ci"]) == 0
    md = capsys.readouterr().out
    head = _header(md)
    assert _row(md, "smollm2-135m")[head.index("SCO")] == "**0.450 [0.400, 0.500] (n=30)**"


# ------------------------------------------------------------------ --limit runs, which run wins


def test_a_limit_run_is_marked(tmp_path, capsys):
    d = _load("smollm2-135m")
    d["config"]["limit"] = 50
    d["counts"]["scored"] = d["counts"]["probes"] = 50
    _write(tmp_path / "lim" / "results.json", d)
    rs = collect_runs([tmp_path / "lim"])
    assert [r.label for r in rs.runs] == ["smollm2-135m (limit 50)"]
    assert main(["leaderboard", str(tmp_path / "lim")]) == 0
    md = capsys.readouterr().out
    assert _row(md, "smollm2-135m (limit 50)")[2] == "50"
    assert "smollm2-135m (limit 50): a seeded sample of 50 test probes (--limit 50), not the whole battery." in md


def test_the_run_with_more_scored_probes_wins_not_the_newer(tmp_path, capsys):
    small = _load("smollm2-135m")
    small["config"]["limit"] = 50
    small["counts"]["scored"] = small["counts"]["probes"] = 50
    small["manifest"]["started"] = "2027-01-01T00:00:00+00:00"  # newer than the fixture's 2026-01-02
    small["metrics"]["by_task"]["SCO"].update(n=4, MRR=1.0)
    _write(tmp_path / "new" / "results.json", small)
    rs = collect_runs([RUNS / "smollm2-135m", tmp_path / "new"])
    assert len(rs.runs) == 1 and rs.runs[0].path == RUNS / "smollm2-135m" / "results.json"
    assert rs.runs[0].label == "smollm2-135m"
    assert "keeping the one with the most scored probes" in rs.notes[0] and "(50 scored)" in rs.notes[0]
    # equal counts: the newer one
    same = _load("smollm2-135m")
    same["manifest"]["started"] = "2027-01-01T00:00:00+00:00"
    _write(tmp_path / "same" / "results.json", same)
    rs = collect_runs([RUNS / "smollm2-135m", tmp_path / "same"])
    assert rs.runs[0].path == tmp_path / "same" / "results.json"


# ------------------------------------------------------------------ small cells


def test_small_cells_are_marked_and_never_best(tmp_path, capsys):
    d = _load("smollm2-135m")
    d["metrics"]["by_task"]["SCO"].update(n=4, MRR=1.0)
    _write(tmp_path / "s" / "results.json", d)
    lb = build_leaderboard(collect_runs([tmp_path / "s", RUNS / "baseline_frequency"]).runs)
    assert lb.small.at["smollm2-135m", "SCO"] and not lb.best.at["smollm2-135m", "SCO"]
    assert lb.best.at["baseline:frequency", "SCO"]  # 0.500 from 30 probes beats 1.000 from 4
    md = render(lb, "md")
    head = _header(md)
    assert _row(md, "smollm2-135m")[head.index("SCO")] == f"1.000 (n=4){SMALL_MARK}"
    assert _row(md, "baseline:frequency")[head.index("SCO")] == "**0.500 (n=30)**"
    assert f"{SMALL_MARK} = fewer than 10 scored probes in this cell; never marked best." in md
    # without small cells there is no legend line
    assert SMALL_MARK not in render(build_leaderboard(collect_runs([RUNS / "smollm2-135m"]).runs), "md")


# ------------------------------------------------------------------ calibration in the HTML page


def _best_cells(page: str, table: str) -> set:
    return {(int(r), int(c)) for r, c in re.findall(
        rf'id="T_{table}_row(\d+)_col(\d+)" class="[^"]*\bbest\b[^"]*"', page)}


def _columns(page: str, table: str) -> list[str]:
    head = re.search(rf'<table id="T_{table}".*?<thead>(.*?)</thead>', page, re.S).group(1)
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<th[^>]*>.*?</th>", head, re.S)]


def test_calibration_best_is_never_a_baseline_or_a_constant_scorer(tmp_path):
    const = _load("smollm2-135m")
    const["model"] = "hf:constant"
    for b in const["metrics"]["calibration"]["reliability"]:
        b["n"] = 0
    const["metrics"]["calibration"]["reliability"][3]["n"] = 154  # every confidence in one bin
    const["metrics"]["calibration"].update(ece=0.0, aurc=0.01)
    _write(tmp_path / "const" / "results.json", const)
    out = tmp_path / "lb.html"
    assert main(["leaderboard", str(RUNS), str(tmp_path / "const"), "--out", str(out)]) == 0
    page = out.read_text()
    cols = _columns(page, "calibration")
    assert cols[:3] == ["model", "kind", "n"]
    rows = re.findall(r'id="T_calibration_row(\d+)_col0"[^>]*>([^<]*)<', page)
    order = [name for _, name in rows]
    assert order == ["hf:constant", "smollm2-135m", "kge:runs/transe", "baseline:frequency", "baseline:random"]
    best = _best_cells(page, "calibration")
    ece, aurc = cols.index("ECE"), cols.index("AURC")
    # baseline:random has the lowest ECE (0.02) and hf:constant 0.0, but neither can be best:
    # kge:runs/transe (0.08, confidences in two bins) is
    assert {r for r, c in best if c == ece} == {order.index("kge:runs/transe")}
    assert {r for r, c in best if c == aurc} == {order.index("kge:runs/transe")}
    n_col = cols.index("n")
    n_text = dict(re.findall(rf'id="T_calibration_row(\d+)_col{n_col}"[^>]*>([^<]*)<', page))
    assert n_text[str(order.index("kge:runs/transe"))] == "70"


def test_consistency_best_is_never_a_scorer_blind_to_the_wording(tmp_path):
    """The frequency baseline (consistency 1.0 everywhere in the fixture) and a KG embedding (given
    paraphrase groups, all consistent) are never "best" for consistency: SmolLM2 (order 0.6,
    paraphrase 0.45) is, in the Markdown view and in the HTML tabs; per-family MRR columns still
    rank every measured run."""
    kge = _load("kge_runs_transe")
    kge["metrics"]["consistency"]["paraphrase"] = {"groups": 20, "consistent": 1.0}
    _write(tmp_path / "kge" / "results.json", kge)
    for name in ("smollm2-135m", "baseline_frequency", "baseline_random"):
        _write(tmp_path / name / "results.json", _load(name))
    lb = build_leaderboard(collect_runs([tmp_path]).runs, by="consistency")
    best = {col: [r.label for r in lb.runs if lb.best.at[r.label, col]] for col in lb.columns}
    order_col = next(c for c in lb.columns if c.startswith("order"))
    para_col = next(c for c in lb.columns if c.startswith("paraphrase"))
    assert lb.values.at["baseline:frequency", order_col] == 1.0 > lb.values.at["smollm2-135m", order_col] == 0.6
    assert lb.values.at["kge:runs/transe", para_col] == 1.0
    assert best[order_col] == ["smollm2-135m"] and best[para_col] == ["smollm2-135m"]
    md = render(lb, "md")
    assert "never marked best here" in md
    line = next(x for x in md.splitlines() if x.startswith("| baseline:frequency"))
    assert "**" not in line
    out = tmp_path / "lb.html"
    assert main(["leaderboard", str(tmp_path), "--out", str(out)]) == 0
    page = out.read_text()
    for table, col_name in (("consistency", "order consistent"), ("paraphrase", "paraphrase consistent")):
        cols = _columns(page, table)
        rows = [name for _, name in re.findall(rf'id="T_{table}_row(\d+)_col0"[^>]*>([^<]*)<', page)]
        got = {rows[r] for r, c in _best_cells(page, table) if c == cols.index(col_name)}
        assert got == {"smollm2-135m"}, (table, got)
    # a per-family metric column is not a consistency share: the baseline can still be best there
    cols = _columns(page, "consistency")
    fam = [c for c in cols if c.endswith(" MRR")]
    assert fam
    rows = [name for _, name in re.findall(r'id="T_consistency_row(\d+)_col0"[^>]*>([^<]*)<', page)]
    fam_best = {rows[r] for r, c in _best_cells(page, "consistency") if cols[c] in fam}
    assert fam_best  # marked among all measured rows, as before


def test_figure4_cells_average_the_rules_every_prompt_run_scored(tmp_path):
    """A model's manual run scored rdfs9 and rdfs11, its soft-conjunction run rdfs9 only: every cell of
    its Figure-4 row is then the mean over rdfs9 (the manual run's rdfs11 would make manT+manC a
    mean over other rules than manT+softC's), with a note; rows whose runs agree keep all rules."""
    manual = _load("smollm2-135m")
    soft = copy.deepcopy(manual)
    soft["prompt"] = "manT+softC"
    soft["metrics"]["by_task"] = {"rdfs9": {**manual["metrics"]["by_task"]["rdfs9"], "MRR": 0.9}}
    soft["config"]["tasks"] = ["rdfs9"]
    _write(tmp_path / "m" / "results.json", manual)
    _write(tmp_path / "s" / "results.json", soft)
    lb = build_leaderboard(collect_runs([tmp_path / "m", tmp_path / "s"]).runs, by="reasoning")
    (label,) = [r.label for r in lb.runs]
    assert lb.values.at[label, "manT+manC"] == pytest.approx(0.7)  # rdfs9 alone, not (0.7 + 0.55) / 2
    assert lb.values.at[label, "manT+softC"] == pytest.approx(0.9)
    assert lb.cell_n(label, "manT+manC") == 27
    assert any("mean over the rules all of them scored (rdfs9)" in n for n in lb.notes)
    alone = build_leaderboard(collect_runs([tmp_path / "m"]).runs, by="reasoning")
    assert alone.values.at[label, "manT+manC"] == pytest.approx((0.7 + 0.55) / 2)
    assert not any("all of them scored" in n for n in alone.notes)


# ------------------------------------------------------------------ reported rows


def _reported_doc() -> dict:
    return {
        "format": "kgprobe-reported/1",
        "citation": "Doe et al. 2020",
        "battery": "paper",
        "ontology": "paper",
        "scale": 100,
        "notes": ["Paper rows: their own test sets."],
        "rows": [
            {"model": "big-model", "kind": "masked", "n": {"TP": 1000, "SCO": 8},
             "metrics": {"by_task": {"TP": {"MRR": 95.0, "R@1": 90.0}, "SCO": {"MRR": 99.0}}}},
            {"model": "chat-model", "kind": "chat", "n": {"TP": 500},
             "metrics": {"by_task": {"TP": {"acc": 70.0}}}},
        ],
    }


def test_reported_rows_stand_last_and_are_never_best(tmp_path, capsys):
    _write(tmp_path / "paper" / "reported.json", _reported_doc())
    assert main(["leaderboard", str(RUNS), str(tmp_path / "paper")]) == 0
    md = capsys.readouterr().out
    rows = [line.split("|")[1].strip() for line in md.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[-1] == "big-model, reported (Doe et al. 2020)"  # after the baselines
    assert "chat-model, reported (Doe et al. 2020)" not in md  # no MRR at all: left out
    head = _header(md)
    row = _row(md, "big-model")
    assert row[head.index("kind")] == "reported" and row[head.index("n")] == "1008"
    assert row[head.index("TP")] == "0.950 (n=1000)"  # higher than every run, but not bold
    assert row[head.index("SCO")] == f"0.990 (n=8){SMALL_MARK}"
    assert _row(md, "kge:runs/transe")[head.index("TP")] == "**0.900 (n=40)**"
    assert "\u2020" not in "".join(head)  # reported rows never make a column "mixed"
    assert 'Rows marked "reported (Doe et al. 2020)" are transcribed from the paper' in md
    assert "Paper rows: their own test sets." in md
    # metric acc: the chat row has a value now
    assert main(["leaderboard", str(RUNS / "smollm2-135m"), str(tmp_path / "paper" / "reported.json"),
                 "--metric", "acc"]) == 0
    md = capsys.readouterr().out
    assert _row(md, "chat-model")[_header(md).index("TP")] == "0.700 (n=500)"


def test_reported_rows_in_html_are_not_best(tmp_path):
    _write(tmp_path / "paper" / "reported.json", _reported_doc())
    out = tmp_path / "lb.html"
    assert main(["leaderboard", str(RUNS), str(tmp_path / "paper"), "--out", str(out)]) == 0
    page = out.read_text()
    cols = _columns(page, "memorisation")
    rows = [n for _, n in re.findall(r'id="T_memorisation_row(\d+)_col0"[^>]*>([^<]*)<', page)]
    big = rows.index("big-model, reported (Doe et al. 2020)")
    best = _best_cells(page, "memorisation")
    assert (big, cols.index("TP MRR")) not in best
    assert (rows.index("kge:runs/transe"), cols.index("TP MRR")) in best
    assert "big-model" not in page.split('id="tab-calibration"')[1].split("</section>")[0]


@pytest.mark.parametrize("doc, message", [
    ({"format": "kgprobe-reported/1", "rows": []}, '"rows" must be a non-empty list'),
    ({"format": "kgprobe-reported/1", "rows": [{"model": "m"}]}, 'rows[0]: needs "metrics"'),
    ({"format": "kgprobe-reported/1", "rows": [{"model": "m", "metrics": {"by_task": {"TP": {"MRR": "high"}}}}]},
     "rows[0].by_task.TP.MRR: expected a number, not 'high'"),
    ({"format": "kgprobe-reported/1", "rows": [{"model": "m", "metrics": {"by_tusk": {}}}]},
     "unknown metrics section 'by_tusk'"),
    ({"format": "other", "rows": []}, "not a reported-numbers file"),
])
def test_bad_reported_file_is_one_line_exit_2(tmp_path, doc, message):
    f = _write(tmp_path / "reported.json", doc)
    proc = run_cli("leaderboard", f)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(f) in lines[0], proc.stderr


def _paper_table4() -> dict:
    """(task, metric) -> [13 values] from PAPER.md's Table 4."""
    text = (SHARED / "PAPER.md").read_text()
    out = {}
    for line in text.split("## Table 4")[1].split("##")[0].splitlines():
        parts = [x.strip() for x in line.strip().strip("|").split("|")]
        if len(parts) == 15 and parts[0] in ("TP", "SCO", "SPO", "DM", "RG"):
            out[(parts[0], parts[1])] = [float(x) for x in parts[2:]]
    return out


@pytest.mark.skipif(not (SHARED / "PAPER.md").is_file(), reason="../shared/ontoprobe/PAPER.md is not there")
def test_shipped_reported_rows_equal_the_paper():
    runs = {r.model: r for r in load_reported(REPORTED)}
    t4 = _paper_table4()
    assert len(t4) == 18
    # Table 4 columns: Freq, then (man, soft) per model; we ship Freq and the manual ones
    cols = {"frequency baseline (Freq)": 0, "bert-base-cased (manual template)": 1,
            "bert-base-uncased (manual template)": 3, "bert-large-cased (manual template)": 5,
            "bert-large-uncased (manual template)": 7, "roberta-base (manual template)": 9,
            "roberta-large (manual template)": 11}
    for model, i in cols.items():
        bt = runs[model].metrics["by_task"]
        for (task, metric), values in t4.items():
            assert bt[task][metric] == pytest.approx(values[i] / 100), (model, task, metric)
        assert {t: b["n"] for t, b in bt.items()} == {"TP": 8789, "SCO": 701, "SPO": 39, "DM": 30, "RG": 28}
    text = (SHARED / "PAPER.md").read_text()
    gpt = runs["gpt-3.5-turbo (20-way choice)"].metrics
    t5 = dict(re.findall(r"(TP|SCO|SPO|DM|RG) ([\d.]+) vs", text))
    assert {t: round(b["acc"] * 100, 1) for t, b in gpt["by_task"].items()} == {t: float(v) for t, v in t5.items()}
    for p1, name in (("NO", "NO"), ("IM", "IM"), ("EX", "EX")):
        nums = [float(x) for x in re.search(rf"P1 {name}: [\d.]+ \| ([\d. ]+)", text).group(1).split()]
        got = [round(gpt["by_rule_setting"][r][f"{p1}-EX"]["acc"] * 100, 1)
               for r in ("rdfs2", "rdfs3", "rdfs5", "rdfs7", "rdfs9", "rdfs11")]
        assert got == nums
    fig3 = runs["BERT/RoBERTa mean (Figure 3)"].metrics["settings_macro"]
    for p2 in ("NO", "IM", "EX"):  # the paper: rows P2, columns P1 (NO, IM, EX)
        nums = [float(x) for x in re.search(rf"P2 = {p2}: ([\d.]+) ([\d.]+) ([\d.]+)", text).groups()]
        assert [fig3[f"{p1}-{p2}"]["MRR"] for p1 in ("NO", "IM", "EX")] == pytest.approx(nums)
    fig4 = runs["BERT/RoBERTa mean (Figure 4)"].metrics["reasoning_by_prompt"]
    line = text.split("## Figure 4")[1].split("##")[0].strip().splitlines()[-1]
    paper = {combo: [float(x) for x in nums.split("/")] for combo, nums in re.findall(r"(\w+T\+\w+C) ([\d./]+)", line)}
    assert list(paper) == ["manT+manC", "softT+manC", "manT+softC", "softT+softC"]
    assert list(fig4) == list(paper)
    for combo, nums in paper.items():
        assert [fig4[combo][m] for m in ("R@1", "R@5", "MRRa", "MRR")] == pytest.approx(nums), combo


# ------------------------------------------------------------------ Figure 3: mean over rules per setting


def test_settings_macro_plot_equals_a_hand_computation(tmp_path):
    from kgprobe.report.plots import fig_settings_macro, write_plots

    d = _load("smollm2-135m")
    rs = d["metrics"]["by_rule_setting"]
    assert sorted(rs) == ["rdfs11", "rdfs9"]
    del rs["rdfs11"]["NO-NO"]  # one cell from one rule only
    f = _write(tmp_path / "s" / "results.json", d)
    run = collect_runs([f]).runs[0]
    # by hand from the file: the mean of the two rules' MRR, cell by cell
    settings = ["EX", "IM", "NO"]
    hand = np.array([[np.mean([rs[r][f"{a}-{b}"]["MRR"] for r in rs if f"{a}-{b}" in rs[r]])
                      for b in settings] for a in settings])
    assert hand[0, 0] == pytest.approx((0.9 + 0.8) / 2)  # rdfs9 EX-EX .900, rdfs11 EX-EX .800
    assert hand[1, 0] == pytest.approx((0.8 + 0.6) / 2)  # IM-EX: .800, .600
    assert hand[2, 2] == pytest.approx(rs["rdfs9"]["NO-NO"]["MRR"])
    fig = fig_settings_macro([run], "MRR")
    ax = fig.axes[0]
    plotted = np.ma.filled(ax.images[0].get_array().astype(float), np.nan)
    np.testing.assert_allclose(plotted, hand)
    assert [t.get_text() for t in ax.texts][:2] == [f"{hand[0, 0]:.2f}", f"{hand[0, 1]:.2f}"]
    assert ax.get_title() == "smollm2-135m (1/2 rules)"
    # the reported Figure 3 is a panel of its own, with the paper's numbers as given
    if REPORTED.is_file():
        paper = [r for r in load_reported(REPORTED) if r.model == "BERT/RoBERTa mean (Figure 3)"]
        fig = fig_settings_macro([run] + paper, "MRR")
        g = np.ma.filled(fig.axes[1].images[0].get_array().astype(float), np.nan)
        assert g[0, 0] == pytest.approx(0.71) and g[2, 2] == pytest.approx(0.16) and g[1, 2] == pytest.approx(0.30)
    names = sorted(p.name for p in write_plots([run], tmp_path / "plots", formats=["png"]))
    assert "settings_macro.png" in names


def test_plot_cli_writes_the_macro_figure(tmp_path):
    assert main(["plot", str(RUNS), "--out", str(tmp_path), "--format", "png"]) == 0
    assert (tmp_path / "settings_macro.png").is_file()


def test_note_lines_go_under_the_table(capsys):
    assert main(["leaderboard", str(RUNS / "smollm2-135m"), "--note", "TP: the first 500 test lines.",
                 "--note", "second line"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("TP: the first 500 test lines.\n\nsecond line\n")
