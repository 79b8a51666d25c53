"""Soft prompts on the real SmolLM2-135M (the causal scorer): tuning beats
the uninformative manual template on dev within about a CPU-minute, and the
scores with a soft prompt (prefix through inputs_embeds, its key/value cache
reused for the candidates) equal a full forward pass fed by hand."""

import time

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("safetensors")

from conftest import FIXTURES  # noqa: E402
from kgprobe.cli.tune import select  # noqa: E402
from kgprobe.probes.battery import load_battery  # noqa: E402
from kgprobe.runner import load_probe_set  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.tune import soft, train  # noqa: E402
from test_scorers_causal import smollm2_dir  # noqa: E402,F401  (the session fixture)

BATTERY = FIXTURES / "tune_zorp_battery.yaml"


@pytest.fixture(scope="module")
def smol(smollm2_dir):  # noqa: F811
    return make_scorer("smollm2-135m", ScorerOptions(device="cpu"))


@pytest.fixture(scope="module")
def zorp():
    ps = load_probe_set(battery=str(BATTERY), ontology=str(FIXTURES / "tune_zorp.ttl"))
    return ps, select(ps.probes, "TP", None, load_battery(str(BATTERY)))


def test_soft_scores_equal_embeddings_fed_by_hand(smol, zorp):
    ps, (sp, train_p, _) = zorp
    train.init_embeddings(smol, sp, "random", None, 5)
    probes = train_p[:2]
    try:
        soft.attach(smol, [sp])
        got = smol.score(probes)
    finally:
        smol.soft = None
    tok, model = smol.tokenizer, smol.model
    emb = model.get_input_embeddings()
    for probe, scored in zip(probes, got):
        subject = probe.prompt.partition(" zorp")[0]
        head = list(smol.head_ids)  # the BOS the tokenizer puts first, if any
        pre = torch.cat([emb(torch.tensor(head + tok(subject, add_special_tokens=False)["input_ids"])), sp.embeddings])
        for cand, s in zip(probe.candidates, scored.scores):
            cont = tok(" " + cand + " .", add_special_tokens=False)["input_ids"]  # answer+suffix scope
            with torch.no_grad():
                x = torch.cat([pre, emb(torch.tensor(cont))])[None]
                lp = model(inputs_embeds=x).logits[0].float().log_softmax(-1)
            P = pre.shape[0]
            want = sum(float(lp[P - 1 + j, t]) for j, t in enumerate(cont))
            assert s == pytest.approx(want, abs=2e-3)


def test_template_init_equals_the_manual_template(smol, zorp):
    ps, (sp, train_p, _) = zorp
    manual = [x for s in smol.score(train_p) for x in s.scores]
    train.init_embeddings(smol, sp, "template", None, 0)
    try:
        soft.attach(smol, [sp])
        same = [x for s in smol.score(train_p) for x in s.scores]
    finally:
        smol.soft = None
    assert same == pytest.approx(manual, abs=1e-4)


def test_tuning_beats_the_manual_template_within_a_cpu_minute(smol, zorp):
    ps, (sp, train_p, dev_p) = zorp
    train.init_embeddings(smol, sp, "template", None, 0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # CPU time, not threads spinning on a shared machine
    try:
        c0 = time.process_time()
        out = train.train(smol, sp, train_p, dev_p, loss="nll", epochs=3, lr=0.1, seed=0, patience=3, batch=1,
                          progress=False)
        cpu = time.process_time() - c0
    finally:
        torch.set_num_threads(threads)
        smol.soft = None
    manual = out.curve[0]["dev_mrr"]
    best = out.curve[out.best_epoch]["dev_mrr"]
    print(f"SmolLM2 zorp: dev MRR manual {manual:.3f} -> soft {best:.3f} (epoch {out.best_epoch}); "
          f"{cpu:.1f} CPU-s, curve {out.curve}")
    assert best > manual + 0.05, out.curve
    assert cpu < 90, cpu
