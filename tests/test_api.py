"""The Python API (kgprobe.evaluate, load_ontology, generate_probes): the README's
example as written, and the same results as `kgprobe run`."""

import json
import os
import re
import subprocess
import sys

import pytest

import kgprobe
from kgprobe.errors import KgprobeError
from conftest import FIXTURES, REPO, run_cli

PROBES = FIXTURES / "runner_probes.jsonl"


def readme_example() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Python API\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1
    return blocks[0]


def _md_row(table: str, model: str) -> list[float]:
    """The numbers of ``model``'s row in a markdown leaderboard (bold marks dropped)."""
    for line in table.splitlines():
        cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == model:
            return [float(c) for c in cells[2:]]
    raise AssertionError(f"no row {model} in\n{table}")


def test_readme_example_runs_as_written(tmp_path):
    code = readme_example()
    assert len([line for line in code.splitlines() if line.strip()]) <= 10
    env = dict(os.environ, PYTHONPATH=str(REPO))
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    assert list(tmp_path.iterdir()) == []  # out=None: nothing left behind
    out = res.stdout.splitlines()
    # the reference: the published run of baseline:frequency (made by `kgprobe run`, results/world/)
    published = json.loads((REPO / "results" / "world" / "baseline_frequency" / "results.json").read_text())
    assert float(out[1]) == pytest.approx(published["metrics"]["overall"]["MRR"], abs=1e-12)
    board = (REPO / "results" / "LEADERBOARD.md").read_text()
    assert _md_row(res.stdout, "baseline:frequency") == _md_row(board, "baseline:frequency")
    n_probes, prompt = out[0].split(" ", 1)
    assert int(n_probes) == 587 and "[Y]" in prompt  # `kgprobe probes world --battery default`: 587 in all


def test_evaluate_writes_what_kgprobe_run_writes(tmp_path):
    cli = run_cli("run", "--model", "baseline:random", "--probes", PROBES, "--out", tmp_path / "cli",
                  "--seed", "4", "--no-progress")
    assert cli.returncode == 0, cli.stderr
    res = kgprobe.evaluate(model="baseline:random", probes=PROBES, out=tmp_path / "api", seed=4, progress=False)
    want = json.loads((tmp_path / "cli" / "baseline_random" / "results.json").read_text())
    assert res.run_dir == tmp_path / "api" / "baseline_random"
    assert json.loads((res.run_dir / "results.json").read_text()) == res.data
    assert res.metrics == want["metrics"] and res.counts == want["counts"] and res.data["config"] == want["config"]
    assert (res.run_dir / "predictions.jsonl").read_text() == \
        (tmp_path / "cli" / "baseline_random" / "predictions.jsonl").read_text()


def test_to_frame_has_one_row_per_group(tmp_path):
    res = kgprobe.evaluate(model="baseline:frequency", probes=PROBES, progress=False)
    df = res.to_frame()
    m = res.metrics
    n_cells = sum(len(v) for v in m["by_rule_setting"].values())
    assert len(df) == 1 + len(m["by_task"]) + n_cells + len(m["by_family"]) + len(m["by_template"])
    assert list(df.columns) == ["view", "group", "n", "R@1", "R@5", "MRR", "MRRa", "MRR_lo", "MRR_hi"]
    tasks = df[df.view == "task"].set_index("group")
    for task, block in m["by_task"].items():
        assert tasks.at[task, "n"] == block["n"] and tasks.at[task, "MRR"] == block["MRR"]
        assert tasks.at[task, "MRR_lo"] == block["ci"]["MRR"][0]
    cell = df[(df.view == "rule x setting") & (df.group == "rdfs9/EX-EX")].iloc[0]
    assert cell["R@1"] == m["by_rule_setting"]["rdfs9"]["EX-EX"]["R@1"]
    assert df[df.view == "overall"].iloc[0]["n"] == m["overall"]["n"]
    assert res.run_dir is None


def test_generate_probes_and_load_ontology():
    onto = kgprobe.load_ontology(str(FIXTURES / "tiny.ttl"))
    probes = kgprobe.generate_probes(onto, battery="default")
    same = kgprobe.generate_probes(str(FIXTURES / "tiny.ttl"))
    assert probes and [p.id for p in probes] == [p.id for p in same]
    assert all("[Y]" in p.prompt and set(p.gold) <= set(p.candidates) for p in probes)


def test_bad_input_is_a_kgprobe_error():
    with pytest.raises(KgprobeError, match="unknown option 'pooolling'"):
        kgprobe.evaluate(model="baseline:random", probes=PROBES, pooolling="max")
    with pytest.raises(KgprobeError, match="did you mean smollm2-135m"):
        kgprobe.evaluate(model="smollm-135m")
    with pytest.raises(KgprobeError, match="limit must be a positive integer"):
        kgprobe.evaluate(model="baseline:random", probes=PROBES, limit=0)


def test_import_kgprobe_stays_light():
    code = ("import sys, kgprobe; kgprobe.Results; "
            "print([m for m in ('torch', 'pandas', 'rdflib', 'transformers') if m in sys.modules])")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert res.returncode == 0 and res.stdout.strip() == "[]", res.stderr
