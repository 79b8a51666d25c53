"""`kgprobe run`: outputs, resume after a real kill, fingerprints, bad input."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kgprobe.cli.main import main
from kgprobe.metrics.aggregate import compute_metrics
from kgprobe.metrics.schema import load_results
from kgprobe.probes.model import Probe

FIX = Path(__file__).parent / "fixtures"
PROBES = FIX / "runner_probes.jsonl"
REPO = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(FIX))
import runner_fake_scorer  # noqa: E402,F401  (registers fake:*)


def _probes():
    return [Probe.from_dict(json.loads(line)) for line in PROBES.read_text().splitlines()]


def _test_ids():
    return [p.id for p in _probes() if p.split == "test"]


def _preds(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _run(*args, env=None):
    """python -c: register the fake scorers, then kgprobe's main (a real process)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import runner_fake_scorer; "
        "from kgprobe.cli.main import main; sys.exit(main(sys.argv[2:]))"
    )
    full_env = dict(os.environ, HF_HUB_OFFLINE="1")
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-c", code, str(FIX), *map(str, args)], capture_output=True,
                          text=True, env=full_env, cwd=REPO, timeout=300)


def _kill_once_on_disk(target: str, n_chunks: int, args: list, pred: Path, timeout: float = 240) -> int:
    """Start ``kgprobe`` (tests/fixtures/hang_after.py: TARGET's score() hangs
    after ``n_chunks`` calls) in a real process, wait until ``n_chunks``
    chunks of 32 predictions are on disk, SIGKILL it; its return code."""
    proc = subprocess.Popen([sys.executable, str(FIX / "hang_after.py"), target, str(n_chunks), *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO,
                            env=dict(os.environ, HF_HUB_OFFLINE="1"))
    try:
        deadline = time.monotonic() + timeout
        while not (pred.exists() and pred.read_bytes().count(b"\n") >= 32 * n_chunks):
            assert proc.poll() is None, f"the run ended (exit {proc.returncode}) before {n_chunks} chunks were on disk"
            assert time.monotonic() < deadline, f"no {n_chunks} chunks on disk after {timeout} s"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        return proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _args(out, *extra, model="fake:oracle"):
    return ["run", "--model", model, "--probes", str(PROBES), "--out", str(out), "--no-progress", *extra]


# ---------------------------------------------------------------- outputs


def test_run_writes_predictions_and_results(tmp_path, capsys):
    assert main(_args(tmp_path, "--abstain-below", "0.2")) == 0
    out = capsys.readouterr().out
    run_dir = tmp_path / "fake_oracle"
    preds = _preds(run_dir / "predictions.jsonl")
    ids = [r["probe_id"] for r in preds]
    # only split "test" is scored (12 train and 1 dev probe are not), each once
    assert sorted(ids) == sorted(_test_ids()) and len(ids) == len(set(ids)) == 92
    res = load_results(run_dir)
    assert res["model"] == "fake:oracle" and res["model_kind"] == "baseline"
    assert res["battery"] == "runner_probes" and res["config"]["scored_split"] == "test"
    # fit() saw the train split
    assert res["manifest"]["model"]["fitted_on"] == 12
    assert len(res["manifest"]["battery_sha256"]) == 64
    assert res["manifest"]["packages"]["numpy"]
    # skipped probes are counted by reason, never as wrong
    n_skip = sum(1 for p in _probes() if p.split == "test" and p.task == "SCO" and p.template == "s2")
    assert res["counts"] == {"probes": 92, "scored": 92 - n_skip, "skipped": n_skip,
                             "skipped_reasons": {"unmapped": n_skip}, "nan_scores": 0}
    scored = [r for r in preds if r["skipped"] is None]
    plain = [r for r in scored if r["family"] is None]
    # headline numbers over plain probes (families only under by_family), recomputed by hand
    assert res["metrics"]["overall"]["n"] == len(plain) == 84 - 18
    r1 = sum(r["best_rank"] <= 1 for r in plain) / len(plain)
    mrr = sum(1 / r["best_rank"] for r in plain) / len(plain)
    mrra = sum(1 / (sum(r["gold_ranks"]) / len(r["gold_ranks"])) for r in plain) / len(plain)
    assert res["metrics"]["overall"]["R@1"] == pytest.approx(r1)
    assert res["metrics"]["overall"]["MRR"] == pytest.approx(mrr)
    assert res["metrics"]["overall"]["MRRa"] == pytest.approx(mrra)
    assert sum(b["n"] for b in res["metrics"]["by_family"].values()) == 18
    # correct <=> the scorer's best candidate is a gold (recomputed from the fake's scores)
    by_id = {p.id: p for p in _probes()}
    for r in scored:
        p = by_id[r["probe_id"]]
        boost = 1.0 if int(p.id, 16) % 2 == 0 else 0.0
        scores = {c: runner_fake_scorer._h(p.id, c) + (boost if c in p.gold else 0.0) for c in p.candidates}
        assert r["correct"] == (max(scores, key=scores.get) in p.gold)
        assert r["top1"] == max(scores, key=scores.get)
        if boost:
            assert r["correct"]
    m = res["metrics"]
    assert set(m["by_task"]) == {"TP", "SCO", "rdfs9"}
    assert set(m["by_rule_setting"]["rdfs9"]) == {"EX-EX", "EX-IM", "IM-EX", "NO-EX", "EX-NO", "IM-IM"}
    assert set(m["by_family"]) == {"order", "multi", "set"}
    assert m["consistency"]["order"]["groups"] == 4 and m["consistency"]["set"]["groups"] == 2
    assert m["consistency"]["paraphrase"]["groups"] == 20  # TP facts; SCO's second template is skipped
    assert set(m["consistency"]["multi_by_position"]) == {"0", "1"}
    assert m["abstention"]["threshold"] == 0.2
    assert len(m["calibration"]["reliability"]) == 10
    for key in ("R@1", "R@5", "MRR", "MRRa"):
        lo, hi = m["overall"]["ci"][key]
        assert lo <= m["overall"][key] <= hi
    assert "overall" in out and "rdfs9" in out and "EX-IM" in out


def test_constant_scorer_cannot_look_good(tmp_path, capsys):
    assert main(_args(tmp_path, model="fake:const")) == 0
    res = load_results(tmp_path / "fake_const")
    assert res["metrics"]["overall"]["R@1"] == 0.0
    for r in _preds(tmp_path / "fake_const" / "predictions.jsonl"):
        n, g = r["n_candidates"], len(r["gold"])
        assert r["best_rank"] == (n - g + 2) / 2 and r["gold_ranks"] == [(n + 1) / 2] * g
        assert r["top1"] is None and r["confidence"] == pytest.approx(1 / n)
    # no top-1 at all -> no group is consistent
    assert res["metrics"]["consistency"]["paraphrase"]["consistent"] == 0.0


def test_several_models_and_limit(tmp_path, capsys):
    args = _args(tmp_path, "--limit", "10", "--seed", "3")
    args += ["--model", "fake:const"]
    assert main(args) == 0
    a = [r["probe_id"] for r in _preds(tmp_path / "fake_oracle" / "predictions.jsonl")]
    b = [r["probe_id"] for r in _preds(tmp_path / "fake_const" / "predictions.jsonl")]
    assert len(a) == 10 and a == b  # the same seeded sample for both, in battery order
    order = {pid: i for i, pid in enumerate(_test_ids())}
    assert a == sorted(a, key=order.get)


# ---------------------------------------------------------------- resume


def test_resume_after_kill_equals_uninterrupted_run(tmp_path):
    full = _run(*_args(tmp_path / "a"))
    assert full.returncode == 0, full.stderr
    pred = tmp_path / "b" / "fake_oracle" / "predictions.jsonl"
    assert _kill_once_on_disk("runner_fake_scorer:FakeScorer", 2, _args(tmp_path / "b"), pred) == -signal.SIGKILL
    assert len(_preds(pred)) == 64  # two fsync'd chunks of 32
    assert not (tmp_path / "b" / "fake_oracle" / "results.json").exists()
    # a write cut short by the kill: a torn last line
    with open(pred, "a") as f:
        f.write('{"probe_id": "deadbeef", "task": "T')
    again = _run(*_args(tmp_path / "b"))
    assert again.returncode == 0, again.stderr
    assert "resumed: 64 already done" in again.stdout
    ids = [r["probe_id"] for r in _preds(pred)]
    assert sorted(ids) == sorted(_test_ids()) and len(ids) == len(set(ids))
    ra = json.loads((tmp_path / "a" / "fake_oracle" / "results.json").read_text())
    rb = json.loads((tmp_path / "b" / "fake_oracle" / "results.json").read_text())
    assert ra["metrics"] == rb["metrics"] and ra["counts"] == rb["counts"]
    assert rb["manifest"]["resumed_with"] == 64 and rb["manifest"]["scored_this_session"] == 28
    assert rb["manifest"]["sessions"] == 2  # the killed session counts too (issue 13)
    assert rb["manifest"]["wall_time_s"] > rb["manifest"]["wall_time_s_this_session"]


def test_rerun_of_finished_run_scores_nothing(tmp_path, capsys):
    assert main(_args(tmp_path)) == 0
    first = (tmp_path / "fake_oracle" / "predictions.jsonl").read_text()
    # --abstain-below only changes the summary (and --timeout only the network), so the run is reused
    assert main(_args(tmp_path, "--abstain-below", "0.5", "--timeout", "5")) == 0
    assert (tmp_path / "fake_oracle" / "predictions.jsonl").read_text() == first
    res = load_results(tmp_path / "fake_oracle")
    assert res["metrics"]["abstention"]["threshold"] == 0.5
    assert res["manifest"]["scored_this_session"] == 0 and res["manifest"]["sessions"] == 2
    # results.json agrees with a recomputation from predictions.jsonl alone
    recs = _preds(tmp_path / "fake_oracle" / "predictions.jsonl")
    assert compute_metrics(recs, seed=0, abstain_below=0.5) == res["metrics"]


def test_changed_arguments_are_refused_then_overwritten(tmp_path, capsys):
    assert main(_args(tmp_path)) == 0
    capsys.readouterr()
    assert main(_args(tmp_path, "--seed", "1")) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "seed" in err and "--overwrite" in err
    assert main(_args(tmp_path, "--seed", "1", "--overwrite")) == 0
    res = load_results(tmp_path / "fake_oracle")
    assert res["config"]["seed"] == 1


# ---------------------------------------------------------------- bad input


def _one_line_error(capsys, argv) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("kgprobe: error:"), err
    return err


def test_bad_input_is_one_line_exit_2(tmp_path, capsys):
    assert "unknown model" in _one_line_error(capsys, _args(tmp_path, model="nosuchkind:x"))
    assert "masked-LM head" in _one_line_error(capsys, _args(tmp_path, model="fake:broken"))
    assert not (tmp_path / "fake_broken").exists()  # a model that cannot load leaves no folder
    nofolder = tmp_path / "no" / "such" / "model"
    assert str(nofolder) in _one_line_error(capsys, _args(tmp_path, model=f"hf:{nofolder}"))
    assert "unreachable" in _one_line_error(capsys, _args(tmp_path, model="fake:unreachable"))
    missing = tmp_path / "missing.jsonl"
    assert str(missing) in _one_line_error(
        capsys, ["run", "--model", "fake:oracle", "--probes", str(missing), "--out", str(tmp_path)])
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    assert "no probes" in _one_line_error(
        capsys, ["run", "--model", "fake:oracle", "--probes", str(empty), "--out", str(tmp_path)])
    bad = tmp_path / "bad.jsonl"
    bad.write_text(PROBES.read_text().splitlines()[0] + "\n{not json\n")
    assert f"{bad}:2" in _one_line_error(
        capsys, ["run", "--model", "fake:oracle", "--probes", str(bad), "--out", str(tmp_path)])
    train_only = tmp_path / "train.jsonl"
    train_only.write_text("\n".join(p.to_json() for p in _probes() if p.split in ("train", "dev")) + "\n")
    assert "0 probes in split 'test'" in _one_line_error(
        capsys, ["run", "--model", "fake:oracle", "--probes", str(train_only), "--out", str(tmp_path)])
    assert "unknown battery" in _one_line_error(
        capsys, ["run", "--model", "fake:oracle", "--battery", "no_such_battery", "--out", str(tmp_path)])
    with pytest.raises(SystemExit) as e:
        main(_args(tmp_path, "--abstain-below", "1.5"))
    assert e.value.code == 2


def test_concurrent_run_on_same_folder_is_refused(tmp_path, capsys):
    fcntl = pytest.importorskip("fcntl")
    run_dir = tmp_path / "fake_oracle"
    run_dir.mkdir()
    with open(run_dir / ".lock", "a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        assert "another kgprobe run" in _one_line_error(capsys, _args(tmp_path))
    assert main(_args(tmp_path)) == 0  # free again
    capsys.readouterr()
    (tmp_path / "file").write_text("x")
    assert "cannot create" in _one_line_error(capsys, _args(tmp_path / "file"))
    (tmp_path / "o2").mkdir()
    (tmp_path / "o2" / "fake_oracle").write_text("x")
    assert "not a folder" in _one_line_error(capsys, _args(tmp_path / "o2"))


def test_unreachable_endpoint_keeps_finished_chunks(tmp_path, capsys):
    _one_line_error(capsys, _args(tmp_path, model="fake:unreachable"))
    # the first chunk was on disk before the second call failed; a rerun resumes it
    assert len(_preds(tmp_path / "fake_unreachable" / "predictions.jsonl")) == 32


def test_generated_battery_on_tiny_ontology(tmp_path, capsys):
    import hashlib

    from kgprobe.ontology.load import load_ontology
    from kgprobe.probes.battery import resolve_battery

    tiny = FIX / "tiny.ttl"
    argv = ["run", "--model", "fake:oracle", "--ontology", str(tiny), "--battery", "default", "--limit", "40",
            "--out", str(tmp_path), "--no-progress"]
    assert main(argv) == 0
    res = load_results(tmp_path / "fake_oracle")
    assert res["counts"]["probes"] == 40
    assert res["manifest"]["ontology_sha256"] == load_ontology(str(tiny)).sha256
    battery_file = resolve_battery("default")
    assert res["manifest"]["battery_sha256"] == hashlib.sha256(battery_file.read_bytes()).hexdigest()
    assert res["manifest"]["probes_source"] == "generated"


def _python_m(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kgprobe", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=300, env=dict(os.environ, HF_HUB_OFFLINE="1", **(env or {})))


@pytest.mark.parametrize("model, cls", [("baseline:random", "RandomBaseline"),
                                        ("baseline:frequency", "FrequencyBaseline")])
def test_baseline_killed_and_resumed_via_python_m(tmp_path, model, cls):
    slug = model.replace(":", "_")
    full = _python_m(*_args(tmp_path / "a", model=model))
    assert full.returncode == 0, full.stderr
    pred = tmp_path / "b" / slug / "predictions.jsonl"
    target = f"kgprobe.scorers.baselines:{cls}"
    assert _kill_once_on_disk(target, 1, _args(tmp_path / "b", model=model), pred) == -signal.SIGKILL
    assert len(_preds(pred)) == 32
    again = _python_m(*_args(tmp_path / "b", model=model))
    assert again.returncode == 0, again.stderr
    ids = [r["probe_id"] for r in _preds(pred)]
    assert sorted(ids) == sorted(_test_ids()) and len(ids) == len(set(ids))  # 0 lost, 0 twice
    ra = load_results(tmp_path / "a" / slug)
    rb = load_results(tmp_path / "b" / slug)
    assert ra["metrics"] == rb["metrics"] and ra["counts"]["probes"] == 92


def test_unreachable_endpoint_via_python_m(tmp_path):
    r = _python_m(*_args(tmp_path, model="openai:http://127.0.0.1:9/v1#m"))
    assert r.returncode == 2
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1 and "127.0.0.1:9" in err and "Traceback" not in r.stderr
