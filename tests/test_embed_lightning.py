"""kgprobe embed --devices N (issue 18 part 4): PyKEEN's PyTorch Lightning module, the code path of
several GPUs, run here on one CPU process; PyKEEN's own pipeline on the same split is the reference."""

import json
import sys

import pytest

pytest.importorskip("pykeen")

from kgprobe.cli.main import main  # noqa: E402
from kgprobe.embed.train import EmbedConfig, run_embed  # noqa: E402


def _cfg(out, **kw):
    return EmbedConfig(source="pykeen:Nations", model="TransE", epochs=20, dim=32, seed=0, device="cpu",
                       out=str(out), progress=False, plot=False, **kw)


@pytest.fixture(scope="module")
def lit(tmp_path_factory):
    pytest.importorskip("pytorch_lightning", reason="PyTorch Lightning is not installed (pip install 'kgprobe[lightning]')")
    out = tmp_path_factory.mktemp("lit")
    return out, run_embed(_cfg(out, devices=1))


def test_lightning_on_one_cpu_process_trains_and_evaluates(lit, tmp_path):
    import torch
    from pykeen.datasets import get_dataset
    from pykeen.evaluation import RankBasedEvaluator

    out, m = lit
    man = m["manifest"]
    assert man["training_loop"] == "RankShardedSLCWALitModule" and man["lightning"]["devices"] == 1
    assert man["lightning"]["accelerator"] == "cpu" and man["early_stopping"] is None
    assert man["epochs_trained"] == 20 and man["device"] == "cpu"
    losses = json.loads((out / "pykeen" / "pykeen_results.json").read_text())["losses"]
    assert len(losses) == 20 and losses[-1] < 0.8 * losses[0]  # it learnt
    assert (out / "training_log.csv").read_text().startswith("epoch,step,train_loss")
    # the metrics are those of the saved model, recomputed as the pipeline evaluates
    model = torch.load(out / "pykeen" / "trained_model.pkl", weights_only=False)
    ds = get_dataset(dataset="Nations")
    again = RankBasedEvaluator(filtered=True).evaluate(
        model, ds.testing.mapped_triples, additional_filter_triples=[ds.training.mapped_triples,
                                                                      ds.validation.mapped_triples],
        batch_size=256, use_tqdm=False)
    assert again.get_metric("both.realistic.inverse_harmonic_mean_rank") == pytest.approx(m["test"]["MRR"], abs=1e-6)
    # as good as PyKEEN's pipeline trains the same model for as long (its sLCWA loop, no early stopping)
    ref = run_embed(_cfg(tmp_path / "pipeline", early_stopping=False))
    assert ref["manifest"]["training_loop"] == "SLCWATrainingLoop"
    assert abs(m["test"]["MRR"] - ref["test"]["MRR"]) < 0.05, (m["test"], ref["test"])
    assert m["test"]["MRR"] > 0.35


def test_the_kge_scorer_reads_it(lit):
    from kgprobe.scorers import ScorerOptions, make_scorer

    out, _ = lit
    d = make_scorer(f"kge:{out}", ScorerOptions(device="cpu")).describe()
    assert d["embed_manifest"]["training_loop"] == "RankShardedSLCWALitModule"


def test_devices_errors_are_one_line(tmp_path, capsys, monkeypatch):
    assert main(["embed", "pykeen:Nations", "--devices", "0", "--out", str(tmp_path / "a")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--devices" in err
    monkeypatch.setitem(sys.modules, "pytorch_lightning", None)  # not installed
    assert main(["embed", "pykeen:Nations", "--devices", "1", "--out", str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "pip install 'kgprobe[lightning]'" in err
    assert not (tmp_path / "b").exists()
