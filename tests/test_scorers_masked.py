"""Masked-LM scoring on a tiny BertForMaskedLM (random weights, the real
bert-base-uncased WordPiece tokenizer), loaded end to end through hf:<dir>."""

import dataclasses
import math
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

import cases  # noqa: E402
from kgprobe.errors import BatteryError, ModelError  # noqa: E402
from kgprobe.probes.model import Probe  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.scorers.base import MIN_SCORE  # noqa: E402
from kgprobe.scorers.masked import MaskedLMScorer  # noqa: E402
from kgprobe.scorers.models import HfOptions, file_sha256  # noqa: E402
from kgprobe.scorers.reference import masked_reference  # noqa: E402


def _wordpiece_dir() -> Path:
    return cases.wordpiece_dir()


@pytest.fixture(scope="session")
def tiny_bert(tmp_path_factory) -> Path:
    return cases.make_tiny_bert(tmp_path_factory.mktemp("tiny-bert"))


@pytest.fixture(scope="session")
def scorer(tiny_bert):
    return make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu"))


CANDS = ["France", "Germany", "United Kingdom", "hippopotamus", "Ouagadougou", "the city of New York", "",
         "dog", "North Rhine-Westphalia"]


def probes():
    return [
        Probe(task="TP", kind="memorisation", prompt="Paris is the capital of [Y] .", candidates=CANDS,
              gold=["France"]),
        Probe(task="TP", kind="memorisation", prompt="[Y] is a country in Europe.", candidates=CANDS[:5],
              gold=["France"]),
        Probe(task="rdfs9", kind="reasoning",
              prompt="A poodle is a dog . Rex is a poodle . Therefore Rex is a particular kind of [Y] , as we know.",
              candidates=list(reversed(CANDS)), gold=["dog"]),
        Probe(task="SCO", kind="memorisation", prompt="A [Y]", candidates=["hippopotamus", "cat"], gold=["cat"]),
    ]


def test_loads_as_masked_with_manifest(scorer, tiny_bert):
    assert scorer.kind == "masked" and isinstance(scorer, MaskedLMScorer)
    d = scorer.describe()
    assert d["model_name"] == str(tiny_bert)
    assert d["model_sha256"] == file_sha256(tiny_bert / "model.safetensors")
    assert d["device"] == "cpu" and d["dtype"] == "float32" and d["torch_threads"] >= 1
    assert d["pooling"] == "mean" and d["model_class"] == "BertForMaskedLM"


def test_hand_built_example(scorer):
    """'hippopotamus' is 4 WordPieces: 4 [MASK]s, mean of the 4 log-probs."""
    tok, model = scorer.tokenizer, scorer.model
    cand = tok("hippopotamus", add_special_tokens=False)["input_ids"]
    assert len(cand) == 4
    text_ids = ([tok.cls_token_id] + tok("paris is the capital of", add_special_tokens=False)["input_ids"]
                + [tok.mask_token_id] * 4 + tok(".", add_special_tokens=False)["input_ids"] + [tok.sep_token_id])
    with torch.inference_mode():
        lp = model(input_ids=torch.tensor([text_ids])).logits[0].log_softmax(-1)
    first = text_ids.index(tok.mask_token_id)
    want = sum(lp[first + j, t].item() for j, t in enumerate(cand)) / 4
    p = Probe(task="TP", kind="memorisation", prompt="Paris is the capital of [Y] .",
              candidates=["hippopotamus"], gold=["hippopotamus"])
    got = scorer.score([p])[0].scores[0]
    assert got == pytest.approx(want, abs=1e-5)


@pytest.mark.parametrize("pooling,single", [("mean", False), ("max", False), ("first", False), ("mean", True)])
def test_matches_slow_reference(tiny_bert, pooling, single):
    s = make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu", pooling=pooling, single_mask=single,
                                                     batch_size=3))
    ps = probes()
    out = s.score(ps)
    spread = 0.0
    for p, sp in zip(ps, out):
        assert sp.probe_id == p.id and sp.candidates == p.candidates and sp.skipped is None
        ref = masked_reference(s, p)
        assert sp.scores == pytest.approx(ref, abs=1e-5)
        real = [x for x in sp.scores if x != MIN_SCORE]
        spread = max(spread, max(real) - min(real))
        assert sp.scores[p.candidates.index("")] == MIN_SCORE if "" in p.candidates else True
    assert spread > 0.5  # the random model is far from uniform: the comparison has teeth


def test_one_pass_per_distinct_length(tiny_bert):
    s = make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu", batch_size=64))
    rows = []
    h = s.model.base_model.register_forward_pre_hook(lambda m, a, kw: rows.append(kw["input_ids"].shape[0]),
                                                    with_kwargs=True)
    try:
        ps = probes()
        s.score(ps)
    finally:
        h.remove()
    want = 0
    for p in ps:
        lead = " " if p.prompt.split("[Y]")[0][-1:].isspace() else ""
        want += len({len(s.candidate_ids(c, lead)) for c in p.candidates} - {0})
    assert len(rows) == 1 and rows[0] == want  # one batched pass, one row per (probe, length)
    rows.clear()
    s.options = dataclasses.replace(s.options, single_mask=True)
    h = s.model.base_model.register_forward_pre_hook(lambda m, a, kw: rows.append(kw["input_ids"].shape[0]),
                                                    with_kwargs=True)
    try:
        s.score(ps)
    finally:
        h.remove()
    assert rows == [len(ps)]


def test_many_labels_cost_few_passes(tiny_bert):
    """783 labels -> as many rows as distinct token counts."""
    s = make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu", batch_size=64))
    vocab = [w for w in s.tokenizer.get_vocab() if w.isalpha() and len(w) > 3][:1566]
    labels = [f"{a} {b}" if i % 3 == 0 else a for i, (a, b) in enumerate(zip(vocab[::2], vocab[1::2]))][:783]
    p = Probe(task="TP", kind="memorisation", prompt="Rex is a [Y] .", candidates=labels, gold=[labels[0]])
    rows = []
    h = s.model.base_model.register_forward_pre_hook(lambda m, a, kw: rows.append(kw["input_ids"].shape[0]),
                                                    with_kwargs=True)
    try:
        out = s.score([p])[0]
    finally:
        h.remove()
    lengths = {len(s.candidate_ids(c, " ")) for c in labels}
    assert sum(rows) == len(lengths) <= 6
    sub = Probe(task="TP", kind="memorisation", prompt="Rex is a [Y] .", candidates=labels[:12], gold=[labels[0]])
    assert out.scores[:12] == pytest.approx(masked_reference(s, sub), abs=1e-5)


def test_too_long_prompt_is_skipped(scorer):
    long = Probe(task="TP", kind="memorisation", prompt="word " * 60 + "[Y] .", candidates=["dog"], gold=["dog"])
    ok = probes()[0]
    out = scorer.score([long, ok])
    assert out[0].scores is None and "over the model's 48" in out[0].skipped
    assert out[1].scores is not None


def test_bad_prompt(scorer):
    with pytest.raises(BatteryError, match="exactly one"):
        scorer.score([Probe(task="TP", kind="memorisation", prompt="no slot", candidates=["a"], gold=["a"])])


def test_no_mask_token(tiny_bert):
    from kgprobe.scorers.models import load_model

    loaded = load_model("hf:x", str(tiny_bert), HfOptions(device="cpu"))
    loaded.tokenizer.mask_token = None
    with pytest.raises(ModelError, match="has no mask token; masked scoring needs one"):
        MaskedLMScorer("hf:x", loaded, HfOptions())


def test_missing_path_and_unknown_hub_name(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelError, match=r"hf:/no/such/dir: no such model folder"):
        make_scorer("hf:/no/such/dir")
    with pytest.raises(ModelError) as err:
        make_scorer("hf:kgprobe-test/surely-not-a-model")
    assert "hf:kgprobe-test/surely-not-a-model" in str(err.value) and "\n" not in str(err.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="cannot read the model config"):
        make_scorer(f"hf:{tmp_path / 'empty'}")


def test_unknown_pooling(tiny_bert):
    with pytest.raises(ModelError, match="unknown pooling 'median'"):
        make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu", pooling="median"))

