"""State-space models in the causal scorer: a tiny randomly initialised
MambaForCausalLM (built from a config; no key/value cache whose rows can be
selected) scored by full passes, against the slow reference scorer; and
kgprobe explain's gradient methods on it (it has no attention)."""

import dataclasses

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

import cases  # noqa: E402
from test_scorers_causal import probes, smollm2_dir  # noqa: E402,F401  (probes; smollm2_dir: a fixture)

from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.scorers.causal import CausalLMScorer  # noqa: E402
from kgprobe.scorers.reference import causal_reference  # noqa: E402


@pytest.fixture(scope="module")
def tiny_mamba(tmp_path_factory, smollm2_dir):  # noqa: F811
    return cases.make_tiny_mamba(tmp_path_factory.mktemp("tiny-mamba"))


@pytest.fixture(scope="module")
def mamba(tiny_mamba):
    return make_scorer(f"hf:{tiny_mamba}", ScorerOptions(device="cpu"))


def test_loads_as_causal_and_uses_full_passes(mamba):
    assert mamba.kind == "causal" and mamba.describe()["model_class"] == "MambaForCausalLM"
    assert mamba._full_passes


@pytest.mark.parametrize("scope,norm,batch_size", [
    ("answer", "sum", 64), ("answer+suffix", "sum", 64), ("answer+suffix", "sum", 1), ("answer+suffix", "mean", 3),
    ("answer+suffix", "token", 64), ("sentence", "sum", 64), ("sentence", "mean", 2), ("answer", "token", 64)])
def test_mamba_matches_slow_reference(mamba, scope, norm, batch_size):
    scorer = CausalLMScorer(mamba.name, mamba.loaded,
                            dataclasses.replace(mamba.options, scope=scope, norm=norm, batch_size=batch_size))
    ps = [p for p in probes() if "young[Y]" not in p.prompt]  # a BPE merge across the slot: see the llama tests
    for p, got in zip(ps, scorer.score(ps)):
        want = causal_reference(scorer, p)
        assert got.scores == pytest.approx(want, abs=1e-4), (p.prompt, scope, norm)


def test_explain_gradients_on_mamba(mamba):
    pytest.importorskip("captum")
    from kgprobe.explain.methods import attention_vectors, gradient_vectors, has_attention
    from kgprobe.explain.target import make_target

    p = probes()[2]
    assert not has_attention(mamba.model)
    t = make_target(mamba, p, "dog")
    emb = t.embeds(mamba.model)
    with torch.no_grad():
        assert float(t.forward(emb[None])) == pytest.approx(mamba.score([p])[0].scores[p.candidates.index("dog")],
                                                            abs=1e-4)
    assert attention_vectors(mamba.model, t, emb) is None
    g = gradient_vectors(t.forward, emb, t.baseline(emb), ["grad_x_input", "integrated_gradients"], ig_steps=64)
    assert len(g["grad_x_input"]) == len(t.tokens)
    ig = g["ig"]
    assert abs(ig["sum"] - (ig["score"] - ig["baseline_score"])) <= 0.05 * abs(ig["score"] - ig["baseline_score"])


# --------------------------------------------------------------------------
# architecture: recorded per run, order consistency per architecture in the leaderboard


def test_architecture_from_the_config():
    from transformers import BertConfig, JambaConfig, LlamaConfig, MambaConfig, RwkvConfig

    from kgprobe.scorers.models import architecture

    assert architecture(LlamaConfig()) == "attention" and architecture(BertConfig()) == "attention"
    assert architecture(MambaConfig()) == "state-space" and architecture(RwkvConfig()) == "state-space"
    assert architecture(JambaConfig()) == "hybrid"


def _order_probes():
    """Six groups of family "order": each question with its two premises in both orders."""
    from kgprobe.probes.model import Probe

    out = []
    cands = ["animal", "dog", "plant", "city", "person"]
    for k, (name, mid, top) in enumerate([("Rex", "poodle", "dog"), ("Tom", "kitten", "animal"),
                                          ("Lyon", "town", "city"), ("Ann", "nurse", "person"),
                                          ("Fern", "moss", "plant"), ("Bo", "puppy", "dog")]):
        p1, p2 = f"Every {mid} is a {top} .", f"{name} is a {mid} ."
        hyp = f"Therefore, {name} is a particular [Y] ."
        for order in ([0, 1], [1, 0]):
            stated = [(p1, p2)[i] for i in order]
            out.append(Probe(task="rdfs9", kind="reasoning", prompt=" ".join(stated + [hyp]), stated=stated,
                             candidates=cands, gold=[top], subject=name, setting="EX-EX", family="order",
                             group=f"g{k}", meta={"premise_order": order}))
    return out


def test_order_consistency_per_architecture(tiny_mamba, tmp_path, capsys):
    import csv
    import io
    import json

    from kgprobe.cli.main import main

    tiny_llama = cases.make_tiny_llama(tmp_path / "tiny-llama")
    probes_file = tmp_path / "order.jsonl"
    probes_file.write_text("".join(p.to_json() + "\n" for p in _order_probes()), encoding="utf-8")
    runs = tmp_path / "runs"
    want = {}
    for model, arch in ((tiny_llama, "attention"), (tiny_mamba, "state-space")):
        assert main(["run", "--model", f"hf:{model}", "--probes", str(probes_file), "--out", str(runs),
                     "--device", "cpu", "--no-progress"]) == 0
        run_dir, res = next((d, json.loads((d / "results.json").read_text())) for d in runs.iterdir()
                            if json.loads((d / "results.json").read_text())["model"] == f"hf:{model}")
        assert res["manifest"]["model"]["architecture"] == arch
        # the reference: groups whose two probes have the same top-1, from predictions.jsonl itself
        tops: dict = {}
        for line in (run_dir / "predictions.jsonl").read_text().splitlines():
            r = json.loads(line)
            tops.setdefault(r["group"], set()).add(r["top1"])
        want[arch] = sum(1 for s in tops.values() if len(s) == 1 and None not in s)
    capsys.readouterr()
    assert main(["leaderboard", str(runs), "--by", "consistency", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["architecture"] for r in rows} == {"attention", "state-space"}
    for r in rows:
        assert float(r["order"]) == pytest.approx(want[r["architecture"]] / 6) and r["order n"] == "6"
    assert main(["leaderboard", str(runs), "--by", "consistency"]) == 0
    md = capsys.readouterr().out
    assert "architecture" in next(line for line in md.splitlines() if line.startswith("| model"))
    pooled = {a: f"{a} {k / 6:.3f} ({k} of 6 groups, 1 run)" for a, k in want.items()}
    assert "Order consistency by architecture" in md and all(p in md for p in pooled.values()), md
    # the other views show the architecture too, as a state-space model is among the rows
    assert main(["leaderboard", str(runs), "--by", "family", "--format", "csv"]) == 0
    assert "architecture" in capsys.readouterr().out.splitlines()[0]


def test_soft_prompt_on_mamba(mamba):
    """A soft prompt on a state-space model (full passes through inputs_embeds): the template words'
    own vectors give the manual scores, random ones others; and tuning's gradient pass takes full
    passes too (it crashed on the soft ids before)."""
    from test_tune_soft import _probe, _prompt

    from kgprobe.tune import soft, train

    probes_ = [_probe("Dog"), _probe("Paris")]
    manual = [x for s in mamba.score(probes_) for x in s.scores]
    try:
        soft.attach(mamba, [_prompt(mamba, "template")])
        same = [x for s in mamba.score(probes_) for x in s.scores]
        soft.attach(mamba, [_prompt(mamba, "random")])
        other = [x for s in mamba.score(probes_) for x in s.scores]
        prefix, lead, tail = mamba.split(probes_[0])
        pids = mamba.soft.prefix_ids(mamba, probes_[0], prefix)
        conts = mamba.continuation_ids(probes_[0].candidates, lead, tail)
        got = train._causal_scores(mamba, probes_[0], range(len(probes_[0].candidates)))
        assert got.tolist() == pytest.approx(other[: len(conts)], abs=1e-4) and min(pids) < 0
    finally:
        mamba.soft = None
    assert same == pytest.approx(manual, abs=1e-5)
    assert other != pytest.approx(manual, abs=1e-3)
