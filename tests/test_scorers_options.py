"""Typed scorer options parsed from the model spec (issue 15 part 3): one
parser, validated once before any model loads, flags that contradict the spec
refused, and the serialised form (results.json config.options, the run
fingerprint) unchanged against the published runs."""

import dataclasses
import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from kgprobe.errors import ModelError
from kgprobe.scorers.base import SCORERS, ScorerOptions, check_spec, resolve_spec
from kgprobe.scorers.baselines import FrequencyOptions, RandomOptions
from kgprobe.scorers.kge import KgeOptions
from kgprobe.scorers.models import HfOptions
from kgprobe.scorers.openai import OpenAIOptions
from kgprobe.scorers.options import split_spec

REPO = Path(__file__).resolve().parent.parent
PUBLISHED = REPO / "results" / "world"


def test_split_spec():
    assert split_spec("hf:gpt2,pooling=max, norm = mean") == ("hf:gpt2", {"pooling": "max", "norm": "mean"})
    assert split_spec("smollm2-135m") == ("smollm2-135m", {})
    with pytest.raises(ModelError, match="option 'norm' is not KEY=VALUE"):
        split_spec("hf:gpt2,norm")
    with pytest.raises(ModelError, match="option 'norm' is given twice"):
        split_spec("hf:gpt2,norm=sum,norm=mean")


@pytest.mark.parametrize("spec, cls, want", [
    ("hf:gpt2,pooling=max,norm=mean", HfOptions, {"pooling": "max", "norm": "mean", "batch_size": 64}),
    ("hf:gpt2,batch_size=8,single_mask=true,device=cuda:1", HfOptions,
     {"batch_size": 8, "single_mask": True, "device": "cuda:1"}),
    ("smollm2-135m,scope=sentence,dtype=bfloat16", HfOptions, {"scope": "sentence", "dtype": "bfloat16"}),
    ("gguf:/x/y.gguf,norm=token", HfOptions, {"norm": "token"}),
    ("openai:http://h/v1#m,n_choices=5,timeout=2.5", OpenAIOptions, {"n_choices": 5, "timeout": 2.5}),
    ("kge:emb,batch_size=16", KgeOptions, {"batch_size": 16, "device": "auto"}),
    ("baseline:random,seed=3", RandomOptions, {"seed": 3}),
    ("baseline:frequency,ties=first", FrequencyOptions, {"ties": "first", "seed": 0}),
])
def test_spec_options_are_typed(spec, cls, want):
    opts = resolve_spec(spec).options
    assert type(opts) is cls
    assert {k: getattr(opts, k) for k in want} == want


def test_flags_fill_what_the_spec_leaves_out_and_unrelated_flags_are_ignored():
    flags = ScorerOptions(norm="mean", batch_size=4, pooling="max", concurrency=2)
    r = resolve_spec("hf:gpt2,scope=answer", flags)
    assert (r.options.norm, r.options.batch_size, r.options.pooling, r.options.scope) == ("mean", 4, "max", "answer")
    assert r.flags == ScorerOptions(norm="mean", batch_size=4, pooling="max", concurrency=2, scope="answer")
    assert resolve_spec("baseline:random", flags).options == RandomOptions(seed=0)  # pooling etc. are not its own


@pytest.mark.parametrize("spec, message", [
    ("hf:gpt2,pooling=median", "hf:gpt2: unknown pooling 'median' (allowed: mean, max, first)"),
    ("hf:gpt2,norm=avg", "hf:gpt2: unknown norm 'avg' (allowed: sum, mean, token)"),
    ("hf:gpt2,scope=suffix", "hf:gpt2: unknown scope 'suffix' (allowed: answer, answer+suffix, sentence)"),
    ("hf:gpt2,poolng=max", "hf:gpt2: unknown option 'poolng'; did you mean pooling? (known: device, dtype, "
     "trust_remote_code, batch_size, pooling, single_mask, norm, scope)"),
    ("hf:gpt2,batch_size=0", "hf:gpt2: batch_size must be at least 1 (got 0)"),
    ("hf:gpt2,batch_size=many", "hf:gpt2: batch_size='many' is not an integer"),
    ("hf:gpt2,single_mask=maybe", "hf:gpt2: single_mask='maybe' is not true or false"),
    ("hf:gpt2,device=tpu", "hf:gpt2: unknown device 'tpu' (use auto, cpu, cuda, cuda:N, mps)"),
    ("smollm2-135m,dtype=fp8", "smollm2-135m: unknown dtype 'fp8'"),
    ("openai:http://h/v1#m,n_choices=27", "openai:http://h/v1#m: n_choices must be at most 26 (got 27)"),
    ("openai:http://h/v1#m,timeout=0", "timeout must be a positive number of seconds (got 0.0)"),
    ("kge:emb,pooling=max", "kge:emb: unknown option 'pooling' (known: device, batch_size)"),
    ("baseline:random,ties=first", "baseline:random: unknown option 'ties' (known: seed)"),
])
def test_bad_option_is_one_line_naming_key_value_and_allowed(spec, message):
    with pytest.raises(ModelError) as exc:
        check_spec(spec)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_a_secret_in_an_openai_spec_stays_out_of_the_error():
    with pytest.raises(ModelError) as exc:
        check_spec("openai:http://user:s3cret@h/v1?key=abcdef#m,n_choices=1")
    assert "s3cret" not in str(exc.value) and "abcdef" not in str(exc.value) and "n_choices" in str(exc.value)


def test_flag_that_contradicts_the_spec_is_refused():
    with pytest.raises(ModelError, match="option norm=mean conflicts with --norm token"):
        resolve_spec("hf:gpt2,norm=mean", ScorerOptions(norm="token"))
    # given explicitly, even a flag at its default contradicts
    with pytest.raises(ModelError, match="option norm=mean conflicts with --norm sum"):
        resolve_spec("hf:gpt2,norm=mean", ScorerOptions(norm="sum"), given={"norm"})
    # agreeing is fine, and a flag at its default that was not given yields to the spec
    assert resolve_spec("hf:gpt2,norm=mean", ScorerOptions(norm="mean"), given={"norm"}).options.norm == "mean"
    assert resolve_spec("hf:gpt2,norm=mean", ScorerOptions()).options.norm == "mean"


def test_every_registered_scorer_declares_its_options():
    import kgprobe.scorers  # noqa: F401

    for name in SCORERS.names():
        kind = SCORERS.get(name)
        assert callable(kind.factory) and kind.options is not None, name


def test_a_new_flag_changes_no_existing_record():
    """A flag another feature adds to ScorerOptions (at the end) is recorded
    only when set, so existing runs keep their config.options and fingerprint."""
    Extended = dataclasses.make_dataclass("Extended", [("soft", str, "")], bases=(ScorerOptions,))
    assert Extended().record() == ScorerOptions().record() == asdict(ScorerOptions())
    assert list(Extended(soft="p.pt", norm="mean").record().items())[-2:] == [("n_choices", 20), ("soft", "p.pt")]


def _kgprobe(*args, cwd):
    return subprocess.run([sys.executable, "-m", "kgprobe", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300, env=dict(os.environ, HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO)))


@pytest.mark.parametrize("argv, message", [
    (["--model", "hf:no/such-model,pooling=median"], "unknown pooling 'median' (allowed: mean, max, first)"),
    (["--model", "baseline:random,seed=3", "--seed", "5"], "option seed=3 conflicts with --seed 5"),
    (["--model", "hf:no/such-model,norm=mean", "--norm", "sum"], "option norm=mean conflicts with --norm sum"),
    (["--model", "baseline:random", "--model", "smollm2-135m,batch_size=0"], "batch_size must be at least 1"),
])
def test_cli_bad_option_exits_2_before_anything_loads(tmp_path, argv, message):
    r = _kgprobe("run", *argv, "--out", tmp_path / "runs", "--no-progress", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and message in r.stderr, r.stderr
    assert not (tmp_path / "runs").exists()  # refused before any run folder, probe or model


@pytest.mark.skipif(not (PUBLISHED / "baseline_random" / "results.json").exists(), reason="no published runs")
def test_serialised_options_and_fingerprint_match_the_published_run(tmp_path):
    """The run of a spec without options writes config.options and the run
    fingerprint byte for byte as the published results/world run did."""
    r = _kgprobe("run", "--model", "baseline:random", "--ontology", "world", "--battery", "default",
                 "--out", tmp_path, "--no-progress", cwd=REPO)
    assert r.returncode == 0, r.stderr
    new, old = tmp_path / "baseline_random", PUBLISHED / "baseline_random"
    cfg_new = json.loads((new / "results.json").read_text())["config"]
    cfg_old = json.loads((old / "results.json").read_text())["config"]
    assert json.dumps(cfg_new) == json.dumps(cfg_old)  # same keys, same order, same values
    assert list(cfg_new["options"]) == list(asdict(ScorerOptions()))
    run_new, run_old = (json.loads((d / "run.json").read_text()) for d in (new, old))
    assert run_new["fingerprint"] == run_old["fingerprint"] and run_new["config"] == run_old["config"]
    assert (new / "predictions.jsonl").read_bytes() == (old / "predictions.jsonl").read_bytes()


def test_spec_options_are_recorded_as_the_options_used(tmp_path):
    probes = REPO / "tests" / "fixtures" / "runner_probes.jsonl"
    a = _kgprobe("run", "--model", "baseline:random,seed=3", "--probes", probes, "--out", tmp_path, "--no-progress",
                 cwd=REPO)
    b = _kgprobe("run", "--model", "baseline:random", "--seed", "3", "--probes", probes, "--out", tmp_path,
                 "--no-progress", cwd=REPO)
    assert a.returncode == 0 and b.returncode == 0, a.stderr + b.stderr
    ra = json.loads((tmp_path / "baseline_random_seed_3" / "results.json").read_text())
    rb = json.loads((tmp_path / "baseline_random" / "results.json").read_text())
    assert ra["config"]["options"]["seed"] == 3 == rb["config"]["options"]["seed"]
    assert ra["config"]["seed"] == 0 and rb["config"]["seed"] == 3  # --seed also seeds sampling and bootstrap
    pa = (tmp_path / "baseline_random_seed_3" / "predictions.jsonl").read_text()
    pb = (tmp_path / "baseline_random" / "predictions.jsonl").read_text()
    assert pa == pb  # the same scores: the seed reached the scorer both ways


def test_a_spec_option_for_the_other_model_kind_is_refused(tmp_path):
    """pooling/single_mask mean something only for masked LMs, norm/scope only for causal ones.
    Written in the spec of the other kind they are refused with one line (they used to be
    accepted and silently ignored); as run flags they serve the run's models of their kind."""
    from cases import make_tiny_bert, make_tiny_llama

    llama, bert = make_tiny_llama(tmp_path / "llama"), make_tiny_bert(tmp_path / "bert")
    probes = REPO / "tests" / "fixtures" / "runner_probes.jsonl"
    from kgprobe.scorers import make_scorer

    for spec, message in [(f"hf:{llama},single_mask=true", "option single_mask= applies to masked LMs"),
                          (f"hf:{bert},norm=mean", "option norm= applies to causal LMs"),
                          (f"hf:{bert},scope=answer", "option scope= applies to causal LMs")]:
        with pytest.raises(ModelError, match=message):
            make_scorer(spec, ScorerOptions(device="cpu"))
    r = _kgprobe("run", "--model", f"hf:{llama},pooling=max", "--probes", probes, "--out", tmp_path / "runs",
                 "--no-progress", cwd=REPO)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "option pooling= applies to masked LMs" in r.stderr, r.stderr
    assert not list((tmp_path / "runs").glob("*/predictions.jsonl"))
    # the same options as flags, and each kind's own options in its spec, are accepted
    r = _kgprobe("run", "--model", f"hf:{llama},norm=mean", "--model", f"hf:{bert},pooling=max",
                 "--pooling", "first", "--probes", probes, "--out", tmp_path / "ok", "--no-progress", cwd=REPO)
    assert r.returncode == 2 and "conflicts with --pooling" in r.stderr  # a given flag still may not contradict
    r = _kgprobe("run", "--model", f"hf:{llama},norm=mean", "--model", f"hf:{bert},pooling=max",
                 "--scope", "answer", "--probes", probes, "--out", tmp_path / "ok", "--no-progress", cwd=REPO)
    assert r.returncode == 0, r.stderr
    opts = {d.name: json.loads((d / "results.json").read_text())["config"]["options"]
            for d in (tmp_path / "ok").iterdir()}
    assert sorted(o["pooling"] for o in opts.values()) == ["max", "mean"]
    assert all(o["scope"] == "answer" for o in opts.values())


def test_dtype_flag_takes_every_dtype_a_spec_takes(capsys):
    """--dtype on run and tune offers the dtypes the scorers resolve (one list, kgprobe.device.DTYPES):
    float64 was accepted as a spec option (dtype=float64) and refused as a flag."""
    import argparse

    from kgprobe.cli import run as run_cli
    from kgprobe.cli import tune as tune_cli
    from kgprobe.device import DTYPES, resolve_dtype

    for cli in (run_cli, tune_cli):
        parser = argparse.ArgumentParser()
        cli.register(parser.add_subparsers())
        (action,) = [a for sp in parser._subparsers._group_actions[0].choices.values()
                     for a in sp._actions if a.dest == "dtype"]
        assert set(action.choices) == {k for k in DTYPES if k == "auto" or DTYPES[k] == k}
        for name in action.choices:
            resolve_dtype(name, "cpu")  # each one resolves
