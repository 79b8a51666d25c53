"""State-space models in the causal scorer: a tiny randomly initialised
MambaForCausalLM (built from a config; no key/value cache whose rows can be
selected) scored by full passes, against the slow reference scorer; and
kgprobe explain's gradient methods on it (it has no attention)."""

import dataclasses

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from test_scorers_causal import probes, smollm2_dir  # noqa: E402,F401  (probes; smollm2_dir: a fixture)

from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.scorers.causal import CausalLMScorer  # noqa: E402
from kgprobe.scorers.reference import causal_reference  # noqa: E402


@pytest.fixture(scope="module")
def tiny_mamba(tmp_path_factory, smollm2_dir):  # noqa: F811
    from transformers import AutoTokenizer, MambaConfig, MambaForCausalLM

    tok = AutoTokenizer.from_pretrained(str(smollm2_dir))
    torch.manual_seed(0)
    cfg = MambaConfig(vocab_size=len(tok), hidden_size=32, state_size=8, num_hidden_layers=2, expand=2,
                      conv_kernel=4, initializer_range=0.2, bos_token_id=tok.bos_token_id,
                      eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id)
    out = tmp_path_factory.mktemp("tiny-mamba")
    MambaForCausalLM(cfg).eval().save_pretrained(str(out))
    tok.save_pretrained(str(out))
    return out


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
