"""What a new user meets first (issue 14): the conversion announcement, typos and
offline Hub names failing at once with a suggestion, the small-group warning."""

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kgprobe.cli.main import main
from kgprobe.errors import KgprobeError
from kgprobe.registry import Registry, did_you_mean
from kgprobe.scorers import models
from kgprobe.scorers.base import check_spec
from conftest import FIXTURES, REPO

PROBES = FIXTURES / "runner_probes.jsonl"
SPEC_KINDS = ["hf:NAME_OR_DIR", "gguf:DIR#FILE.gguf", "openai:URL#MODEL", "kge:DIR", "baseline:random|frequency",
              "smollm2-135m", "gemma3-270m"]


HEAVY = ("torch", "transformers", "pykeen")
# kgprobe's main in a real process; on exit, which heavy modules it had imported (stdout)
_MAIN = ("import sys, json; from kgprobe.cli.main import main; code = main(sys.argv[1:]); "
         f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules])); sys.exit(code)")


def _timed_cli(*args, env=None, timeout=60):
    """(CompletedProcess, seconds, heavy modules imported)."""
    full = dict(os.environ)
    full.update(env or {})
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", _MAIN, *map(str, args)], capture_output=True, text=True,
                         env=full, cwd=REPO, timeout=timeout)
    took = time.perf_counter() - t0
    return res, took, json.loads(res.stdout.splitlines()[-1])


_STARTUP: list = []


def _startup() -> float:
    """Seconds `kgprobe run --help` takes here (Python, argparse, the CLI's
    light imports): the timing bounds are on top of it, so that a loaded
    machine does not fail them."""
    if not _STARTUP:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kgprobe", "run", "--help"], capture_output=True, cwd=REPO, timeout=60)
        _STARTUP.append(time.perf_counter() - t0)
    return _STARTUP[0]


# ------------------------------------------------------------- 1: conversion


def test_conversion_is_announced_with_its_time(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KGPROBE_CACHE", str(tmp_path))

    def fake_convert(gguf_dir, name, out):
        time.sleep(1.1)
        (out / "config.json").write_text("{}")

    monkeypatch.setattr(models, "convert_gguf", fake_convert)
    folder, _ = models.alias_dir("smollm2-135m")
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"kgprobe: converting smollm2-135m once into {tmp_path / 'models'} (about 0.5 GB) ..."
    assert err[1].startswith("kgprobe: converted smollm2-135m in 1 s ") and str(folder) in err[1]
    assert len(err) == 2
    models.alias_dir("smollm2-135m")  # converted: silent
    assert capsys.readouterr().err == ""


# ------------------------------------------------------------- 3: typos


def test_did_you_mean():
    assert did_you_mean("smollm-135m", ["smollm2-135m", "gemma3-270m"]) == "; did you mean smollm2-135m?"
    assert did_you_mean("wrold", ["world"]) == "; did you mean world?"
    assert did_you_mean("xyz", ["world"]) == ""
    reg = Registry("widget", syntax={"a": "a:ARG"})
    reg.add("a", 1)
    reg.add("bolt", 2)
    with pytest.raises(KgprobeError) as err:
        reg.get("blot")
    assert str(err.value) == "unknown widget 'blot'; did you mean bolt? (known: a:ARG, bolt)"


@pytest.mark.parametrize("spec, suggestion", [
    ("smollm-135m", "smollm2-135m"), ("gema3-270m", "gemma3-270m"), ("hff:bert-base-uncased", "hf:bert-base-uncased"),
])
def test_unknown_model_spec_suggests_and_lists_kinds(spec, suggestion):
    with pytest.raises(KgprobeError) as err:
        check_spec(spec)
    msg = str(err.value)
    assert msg.startswith(f"unknown model {spec!r}; did you mean {suggestion}? (known: ")
    assert all(k in msg for k in SPEC_KINDS), msg


def test_baseline_typo_fails_in_check_spec():
    with pytest.raises(KgprobeError, match=r"unknown baseline 'randm'; did you mean random\?"):
        check_spec("baseline:randm")
    check_spec("baseline:random")  # no error


@pytest.mark.parametrize("args, line", [
    (["run", "--model", "smollm-135m"], "kgprobe: error: unknown model 'smollm-135m'; did you mean smollm2-135m? "),
    (["embed", "wrold"], "kgprobe: error: unknown ontology 'wrold': not a file, nor a name in ontologies/; "
                         "did you mean world? "),
    (["run", "--model", "baseline:random", "--battery", "defualt"],
     "kgprobe: error: unknown battery 'defualt': not a file, nor a name in probes/; did you mean default? "),
])
def test_typos_fail_fast_before_heavy_work(tmp_path, args, line):
    res, took, heavy = _timed_cli(*args, "--out", tmp_path / "out")
    assert res.returncode == 2, res.stderr
    assert res.stderr.startswith(line) and res.stderr.count("\n") == 1, res.stderr
    assert heavy == []  # it failed before torch or PyKEEN were imported
    assert took < 3.0 + _startup(), f"{took:.1f} s"  # the old way took 11 to 15 s on top
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------- 4: offline Hub


def test_uncached_hub_model_offline_fails_at_once(tmp_path):
    env = {"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    res, took, heavy = _timed_cli("run", "--model", "hf:bert-base-uncased", "--out", tmp_path / "out", env=env)
    assert res.returncode == 2 and heavy == []
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0] == (
        f"kgprobe: error: hf:bert-base-uncased: 'bert-base-uncased' is not in the Hugging Face cache "
        f"({tmp_path / 'hf' / 'hub'}) and HF_HUB_OFFLINE is set; download it once with the Hub reachable, "
        "or pass a local folder (hf:/path/to/model)")
    assert took < 5.0 + _startup(), f"{took:.1f} s"  # the old way: 11 s offline, 35 s with retries


def test_uncached_hub_model_unreachable_fails_at_once(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")  # discard port: connection refused
    t0 = time.perf_counter()
    with pytest.raises(KgprobeError) as err:
        check_spec("hf:bert-base-uncased")
    assert time.perf_counter() - t0 < 5.0
    assert str(err.value).startswith("hf:bert-base-uncased: 'bert-base-uncased' is not in the Hugging Face cache")
    assert "the Hub cannot be reached (http://127.0.0.1:9: " in str(err.value)


def test_cached_or_local_hub_model_passes_the_check(tmp_path, monkeypatch):
    from huggingface_hub import constants

    repo = tmp_path / "hub" / "models--org--m"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text("abc")
    (repo / "snapshots" / "abc").mkdir(parents=True)
    (repo / "snapshots" / "abc" / "config.json").write_text("{}")
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    check_spec("hf:org/m")  # cached: no error
    check_spec(f"hf:{tmp_path}")  # a local folder: no error
    with pytest.raises(KgprobeError, match="HF_HUB_OFFLINE is set"):
        check_spec("hf:org/other")


# ------------------------------------------------------------- 5: small groups


def test_limit_warns_about_groups_left_small(tmp_path, capsys):
    sys.path.insert(0, str(FIXTURES))
    import runner_fake_scorer  # noqa: F401  (registers fake:*)

    base = ["run", "--model", "fake:oracle", "--probes", str(PROBES), "--no-progress"]
    assert main(base + ["--out", str(tmp_path / "full")]) == 0
    assert "warning" not in capsys.readouterr().err  # the battery's own group sizes are its design

    assert main(base + ["--out", str(tmp_path / "lim"), "--limit", "20", "--seed", "1"]) == 0
    err = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    # the reference: counts from the probes file and from the predictions, by hand
    probes = [json.loads(line) for line in PROBES.read_text().splitlines()]
    plain = [p for p in probes if p.get("split", "test") == "test" and not p.get("family")]
    full_task = Counter(p["task"] for p in plain)
    full_cell = Counter((p["task"], p["setting"]) for p in plain if p.get("setting"))
    preds = [json.loads(line) for line in (tmp_path / "lim" / "fake_oracle" / "predictions.jsonl").open()]
    got = [p for p in preds if not p.get("family")]
    n_task = Counter(p["task"] for p in got)
    n_cell = Counter((p["task"], p["setting"]) for p in got if p.get("setting"))
    small_tasks = [t for t in full_task if n_task[t] < 10 and n_task[t] < full_task[t]]
    small_cells = [c for c in full_cell if n_cell[c] < 10 and n_cell[c] < full_cell[c]]
    assert small_tasks and small_cells  # 20 of 74 probes: the test is about something
    assert len(err) == 1
    line = err[0]
    assert line.startswith("kgprobe: warning: fake:oracle: fewer than 10 probes in ")
    assert f"{len(small_tasks)} of {len(full_task)} tasks (" in line
    for t in small_tasks:
        assert f"{t} n={n_task[t]}" in line
    empty = sum(1 for c in small_cells if n_cell[c] == 0)
    assert f"{len(small_cells)} of {len(full_cell)} rule x setting cells ({empty} empty)" in line


# ------------------------------------------------------------- 6: embed's validation bar


def test_embed_labels_its_validation_and_test_passes(tmp_path):
    from kgprobe.embed.train import TEST_DESC, VALIDATION_DESC

    res = subprocess.run(
        [sys.executable, "-m", "kgprobe", "embed", str(FIXTURES / "embed_zoo.ttl"), "--epochs", "2",
         "--eval-every", "1", "--patience", "5", "--no-plot", "--out", str(tmp_path / "emb")],
        capture_output=True, text=True, cwd=REPO, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    # tqdm writes "DESC: ...%|" for each refresh of a bar; two evaluations on validation, one on test
    assert f"{VALIDATION_DESC}: " in res.stderr and f"{TEST_DESC}: " in res.stderr


# ------------------------------------------------------------- 8: the XSD warning


def test_no_test_module_binds_a_warning_rdflib_namespace():
    """pytest looks up `_mock_name` on every module-level name of a test module
    (fixture discovery); rdflib's warning DefinedNamespaces (XSD ...) answer an
    unknown name with "UserWarning: Code: _mock_name is not defined in
    namespace XSD". Such namespaces are imported inside the tests instead."""
    import ast

    import rdflib.namespace

    offenders = []
    for path in sorted(Path(__file__).parent.glob("*.py")):
        for node in ast.parse(path.read_text()).body:  # module level only
            if isinstance(node, ast.ImportFrom) and node.module in ("rdflib", "rdflib.namespace"):
                for alias in node.names:
                    obj = getattr(rdflib.namespace, alias.name, None)
                    if isinstance(obj, rdflib.namespace.DefinedNamespaceMeta) and obj._warn and not obj._fail:
                        offenders.append(f"{path.name}: {alias.name}")
    assert offenders == []


def test_collecting_the_reasoning_tests_warns_nothing():
    res = subprocess.run([sys.executable, "-m", "pytest", "-q", "--collect-only", "-p", "no:cacheprovider",
                          "tests/test_reasoning.py"], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert res.returncode == 0 and "_mock_name" not in res.stdout + res.stderr, res.stdout[-2000:]
