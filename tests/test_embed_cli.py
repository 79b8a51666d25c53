"""kgprobe embed: the command, bad input (one line, exit 2), PyKEEN's
shipped datasets against the bare pipeline, the gc trick, complex-valued
embeddings, and an embedding trained without held-out facts."""

import gc
import json
from pathlib import Path

import numpy as np
import pytest

from kgprobe.cli.main import main

FIX = Path(__file__).parent / "fixtures"
TINY = str(FIX / "tiny.ttl")
ZOO = str(FIX / "embed_zoo.ttl")
Z = "https://kgprobe.org/zoo/"


def _cli(capsys, *args):
    code = main(["embed", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(code, err, *needles):
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kgprobe: error: "), err
    for n in needles:
        assert n in lines[0], lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("args, needles", [
    (["--model", "Foo"], ["unknown PyKEEN model 'Foo'", "TransE"]),
    (["--model", "DistMultLiteral"], ["needs numeric literals"]),
    (["--epochs", "0"], ["--epochs must be a positive integer, not 0"]),
    (["--dim", "-3"], ["--dim must be a positive integer, not -3"]),
    (["--batch-size", "0"], ["--batch-size must be a positive integer"]),
    (["--device", "tpu"], ["unknown device 'tpu' (use auto, cpu, cuda, cuda:N, mps)"]),
])
def test_bad_arguments(capsys, tmp_path, args, needles):
    code, _, err = _cli(capsys, TINY, "--out", tmp_path / "x", *args)
    _one_line_error(code, err, *needles)
    assert not (tmp_path / "x").exists()


def test_cuda_without_cuda(capsys, tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("CUDA is available here")
    code, _, err = _cli(capsys, TINY, "--device", "cuda", "--out", tmp_path / "x")
    _one_line_error(code, err, "device 'cuda': CUDA is not available")


def test_bad_sources(capsys, tmp_path):
    code, _, err = _cli(capsys, FIX / "embed_no_triples.ttl", "--out", tmp_path / "x")
    _one_line_error(code, err, "no relation triples to embed")
    code, _, err = _cli(capsys, "pykeen:FB15k237", "--out", tmp_path / "x")
    _one_line_error(code, err, "downloaded from the internet", "pykeen:Nations")
    code, _, err = _cli(capsys, "pykeen:NoSuchSet", "--out", tmp_path / "x")
    _one_line_error(code, err, "unknown PyKEEN dataset 'pykeen:NoSuchSet'")
    code, _, err = _cli(capsys, tmp_path / "missing.ttl", "--out", tmp_path / "x")
    _one_line_error(code, err, "missing.ttl")
    code, _, err = _cli(capsys, TINY, "--holdout-probes", tmp_path / "none.jsonl", "--out", tmp_path / "x")
    _one_line_error(code, err, "none.jsonl does not exist")
    # the tiny fixture with the default battery held out leaves too few triples to split
    code, _, err = _cli(capsys, TINY, "--holdout-probes", "default", "--out", tmp_path / "x")
    _one_line_error(code, err, "too small to embed")


def test_a_real_process_prints_one_line(tmp_path):
    from conftest import run_cli

    r = run_cli("embed", TINY, "--model", "NoSuchModel", "--out", tmp_path / "x")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [r.stderr.strip().splitlines()[0]]
    assert "unknown PyKEEN model 'NoSuchModel'" in r.stderr


def test_embed_tiny_instances_only_and_probe_it_without_holdout(capsys, tmp_path):
    from kgprobe.probes.model import Probe
    from kgprobe.scorers import ScorerOptions, make_scorer
    from kgprobe.scorers.kge import SKIP_RELATION

    out = tmp_path / "zoo"
    code, stdout, err = _cli(capsys, ZOO, "--instances-only", "--epochs", "3", "--batch-size", "64",
                             "--no-early-stopping", "--no-progress", "--no-plot", "--out", out)
    assert code == 0, err
    assert "device: cpu" in stdout.splitlines()
    assert "note: no --holdout-probes" in err
    m = json.loads((out / "metrics.json").read_text())
    assert m["holdout"] is None and m["manifest"]["include_schema"] is False
    assert m["manifest"]["triples"]["subClassOf"] == 0 and m["manifest"]["epochs_trained"] == 3
    assert m["manifest"]["batch_size"] == 64 and "class_plot" not in m["files"]
    assert m["manifest"]["triples"]["type"] == 212 and m["manifest"]["entities"].get("property") is None

    scorer = make_scorer(f"kge:{out}", ScorerOptions(device="auto"))
    err = capsys.readouterr().err
    assert "trained without --holdout-probes" in err
    assert scorer.describe()["holdout"] is None and scorer.describe()["holdout_warning"]
    assert scorer.holdout_matches("ab" * 32) is False and scorer.holdout_matches(None) is None
    classes = ["painter", "city", "country", "painting"]
    tp = Probe(task="TP", kind="memorisation", prompt="Ragal is a [Y] .", candidates=classes, gold=["painter"],
               subject_iri=Z + "resource/Painter_Ragal", relation="http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    sco = Probe(task="SCO", kind="memorisation", prompt="A painter is a [Y] .", candidates=classes[1:] + ["artist"],
                gold=["artist"], subject_iri=Z + "ontology/Painter",
                relation="http://www.w3.org/2000/01/rdf-schema#subClassOf")
    a, b = scorer.score([tp, sco])
    assert a.skipped is None and len(a.scores) == 4
    assert a.extra == {"in_training_graph": True}  # Ragal's type was trained on
    assert "training graph" in capsys.readouterr().err
    assert b.skipped == SKIP_RELATION and b.scores is None  # no subClassOf edges without the schema


def _bare_nations(epochs, dim, batch_size, lr, seed):
    from pykeen.pipeline import pipeline

    result = pipeline(dataset="Nations", model="TransE", model_kwargs=dict(embedding_dim=dim),
                      optimizer_kwargs=dict(lr=lr),
                      training_kwargs=dict(num_epochs=epochs, batch_size=batch_size, use_tqdm=False),
                      evaluation_kwargs=dict(use_tqdm=False), random_seed=seed, device="cpu")
    return float(result.metric_results.get_metric("both.realistic.inverse_harmonic_mean_rank"))


def test_pykeen_nations_matches_the_bare_pipeline_and_the_gc_trick_changes_nothing(tmp_path):
    import torch

    from kgprobe.embed.train import EmbedConfig, run_embed

    threads_before = torch.get_num_threads()
    kw = dict(source="pykeen:Nations", model="TransE", epochs=8, dim=16, batch_size=128, seed=3,
              early_stopping=False, progress=False)
    fast = run_embed(EmbedConfig(out=str(tmp_path / "fast"), **kw))
    assert gc.get_freeze_count() == 0 and torch.get_num_threads() == threads_before
    slow = run_embed(EmbedConfig(out=str(tmp_path / "slow"), freeze_gc=False, threads=threads_before, **kw))
    bare = _bare_nations(8, 16, 128, 0.01, 3)
    assert fast["test"]["MRR"] == pytest.approx(slow["test"]["MRR"], abs=1e-6)
    assert fast["test"]["MRR"] == pytest.approx(bare, abs=1e-6)  # within +-0.02 is the acceptance bound
    man = fast["manifest"]
    assert man["dataset"] == "Nations" and man["splits"] == {"training": 1592, "validation": 199, "testing": 201}
    assert man["torch_threads"] == 1 and man["gc_freeze"] is True
    assert fast["source"]["kind"] == "pykeen" and len(fast["source"]["sha256"]) == 64
    assert "class_plot" not in fast["files"]  # a PyKEEN dataset has no classes
    import pandas as pd

    ents = pd.read_parquet(tmp_path / "fast" / "entity_embeddings.parquet")
    assert len(ents) == 14 and set(ents["kind"]) == {"entity"} and "usa" in set(ents["iri"])


def test_complex_embeddings_are_stored_as_real_and_imaginary_parts(tmp_path):
    import pandas as pd
    import torch

    from kgprobe.embed.train import EmbedConfig, run_embed

    out = tmp_path / "rot"
    run_embed(EmbedConfig(source=TINY, model="RotatE", epochs=2, dim=6, batch_size=16, early_stopping=False,
                          progress=False, plot=False, out=str(out)))
    ents = pd.read_parquet(out / "entity_embeddings.parquet")
    rels = pd.read_parquet(out / "relation_embeddings.parquet")
    want = [f"re{i}" for i in range(6)] + [f"im{i}" for i in range(6)]
    assert [c for c in ents.columns if c[:2] in ("re", "im")] == want
    model = torch.load(out / "pykeen" / "trained_model.pkl", weights_only=False)
    with torch.no_grad():
        e = model.entity_representations[0](indices=None).detach()
        r = model.relation_representations[0](indices=None).detach()
    assert e.is_complex()
    np.testing.assert_array_equal(ents[want[:6]].to_numpy(), e.real.numpy())
    np.testing.assert_array_equal(ents[want[6:]].to_numpy(), e.imag.numpy())
    np.testing.assert_array_equal(rels[want[6:]].to_numpy(), r.imag.numpy())
    # RotatE relations are rotations: unit modulus
    mod = np.hypot(rels[want[:6]].to_numpy(), rels[want[6:]].to_numpy())
    np.testing.assert_allclose(mod, 1.0, atol=1e-5)


def test_device_resolution(monkeypatch):
    import torch

    from kgprobe.embed.train import auto_threads, resolve_device
    from kgprobe.errors import KgprobeError

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert resolve_device("auto") == "cuda" and resolve_device("cuda") == "cuda" and resolve_device("cpu") == "cpu"
    assert auto_threads("cuda", 5000, 80, 64) is None  # threads matter on CPU only
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == "cpu"
    with pytest.raises(KgprobeError, match="CUDA is not available"):
        resolve_device("cuda:1")
    assert auto_threads("cpu", 5604, 89, 64) == 1 and auto_threads("cpu", 2_000_000, 10, 200) is None
