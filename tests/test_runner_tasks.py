"""`kgprobe run --task`: score only some tasks / rules, and say so in every table."""

import json
from collections import Counter
from pathlib import Path

from kgprobe.cli.main import main

PROBES = Path(__file__).parent / "fixtures" / "runner_probes.jsonl"


def _test_probes():
    return [json.loads(line) for line in PROBES.read_text().splitlines() if json.loads(line).get("split") == "test"]


def _run(out, *extra, model="baseline:random"):
    return main(["run", "--model", model, "--probes", str(PROBES), "--out", str(out), "--no-progress",
                 *extra])


def test_task_filter_scores_exactly_those_tasks(tmp_path, capsys):
    by_task = Counter(p["task"] for p in _test_probes())
    assert len(by_task) >= 3, "the fixture must hold several tasks"
    two = sorted(by_task)[:2]
    assert _run(tmp_path, "--task", two[0], "--task", two[1]) == 0
    run = tmp_path / "baseline_random"
    preds = [json.loads(line) for line in (run / "predictions.jsonl").read_text().splitlines()]
    ids = {p["id"]: p["task"] for p in _test_probes()}
    assert Counter(ids[r["probe_id"]] for r in preds) == {t: by_task[t] for t in two}
    res = json.loads((run / "results.json").read_text())
    assert res["config"]["tasks"] == two
    assert set(res["metrics"]["by_task"]) == set(two)
    # the table says the row is partial
    capsys.readouterr()
    assert main(["leaderboard", str(tmp_path), "--format", "md"]) == 0
    table = capsys.readouterr().out
    assert f"baseline:random ({two[0]}, {two[1]} only)" in table
    assert "only the test probes of" in table


def test_run_without_task_keeps_its_bytes(tmp_path):
    """No --task: no 'tasks' key anywhere, so published results and old runs stay as they are."""
    assert _run(tmp_path) == 0
    res = json.loads((tmp_path / "baseline_random" / "results.json").read_text())
    assert "tasks" not in res["config"]
    assert "tasks" not in json.loads((tmp_path / "baseline_random" / "run.json").read_text())["fingerprint"]


def test_unknown_task_and_changed_tasks_are_one_line_exit_2(tmp_path, capsys):
    assert _run(tmp_path, "--task", "NOPE") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "'NOPE'" in err and "it has:" in err
    tasks = sorted({p["task"] for p in _test_probes()})
    assert _run(tmp_path, "--task", tasks[0]) == 0
    capsys.readouterr()
    assert _run(tmp_path, "--task", tasks[1]) == 2  # resuming with other tasks is refused
    assert "differs in: tasks" in capsys.readouterr().err


def test_more_tasks_extend_the_run_and_equal_a_fresh_run(tmp_path, capsys):
    """A run made with --task A, run again with --task A --task B (or with every task), keeps its A
    predictions byte for byte, scores only B's probes, and ends where one run with A and B would."""
    tasks = sorted({p["task"] for p in _test_probes()})
    a, b = tasks[0], tasks[1]
    run = tmp_path / "ext" / "baseline_frequency"
    assert _run(tmp_path / "ext", "--task", a, model="baseline:frequency") == 0
    first = (run / "predictions.jsonl").read_bytes()
    capsys.readouterr()
    assert _run(tmp_path / "ext", "--task", a, "--task", b, model="baseline:frequency") == 0
    err = capsys.readouterr().err
    n_b = sum(p["task"] == b for p in _test_probes())
    assert "extending the run" in err and f"{n_b} probes to score" in err
    assert (run / "predictions.jsonl").read_bytes().startswith(first)
    assert _run(tmp_path / "fresh", "--task", a, "--task", b, model="baseline:frequency") == 0
    fresh = json.loads((tmp_path / "fresh" / "baseline_frequency" / "results.json").read_text())
    ext = json.loads((run / "results.json").read_text())
    assert ext["metrics"] == fresh["metrics"] and ext["config"] == fresh["config"]
    assert [x["tasks"] for x in json.loads((run / "run.json").read_text())["extended"]] == [[a]]
    # then every task: extended again; fewer tasks than it holds now is refused
    assert _run(tmp_path / "ext", model="baseline:frequency") == 0
    assert len((run / "predictions.jsonl").read_text().splitlines()) == len(_test_probes())
    capsys.readouterr()
    assert _run(tmp_path / "ext", "--task", a, model="baseline:frequency") == 2
    assert "differs in: tasks" in capsys.readouterr().err
