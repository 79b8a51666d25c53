"""The masked scorer computes the MLM head only at the mask positions
(encoder + head module), and falls back to the model's full logits for an
architecture without such a head; both agree with the full-logits slow
reference."""

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from kgprobe.probes.model import Probe  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.scorers.reference import masked_reference  # noqa: E402

from test_scorers_masked import _wordpiece_dir, probes, tiny_bert  # noqa: E402,F401  (fixture)


def _top_level_calls(s, ps):
    calls = []
    h = s.model.register_forward_pre_hook(lambda m, a, kw: calls.append(kw["input_ids"].shape), with_kwargs=True)
    try:
        out = s.score(ps)
    finally:
        h.remove()
    return calls, out


def test_bert_head_only_at_masks(tiny_bert):  # noqa: F811
    s = make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu"))
    assert s._split_head and s._split_head[1] is s.model.cls
    head_rows = []
    h = s.model.cls.register_forward_pre_hook(lambda m, a: head_rows.append(a[0].shape))
    try:
        calls, out = _top_level_calls(s, probes())
    finally:
        h.remove()
    assert calls == []  # the full model (full logits) never runs
    # the head sees [masks, hidden] (2-D), never [batch, length, hidden]
    assert head_rows and all(len(shape) == 2 for shape in head_rows)
    for p, sp in zip(probes(), out):
        assert sp.scores == pytest.approx(masked_reference(s, p), abs=1e-5)


@pytest.fixture(scope="module")
def tiny_distilbert(tmp_path_factory):
    from transformers import AutoTokenizer, DistilBertConfig, DistilBertForMaskedLM

    tok = AutoTokenizer.from_pretrained(str(_wordpiece_dir()))
    torch.manual_seed(0)
    cfg = DistilBertConfig(vocab_size=len(tok), dim=32, n_layers=2, n_heads=2, hidden_dim=64,
                           max_position_embeddings=48, initializer_range=0.5)
    model = DistilBertForMaskedLM(cfg).eval()
    out = tmp_path_factory.mktemp("tiny-distilbert")
    model.save_pretrained(str(out))
    tok.save_pretrained(str(out))
    return out


def test_unknown_head_falls_back_to_full_logits(tiny_distilbert):
    s = make_scorer(f"hf:{tiny_distilbert}", ScorerOptions(device="cpu"))
    assert s._split_head is False  # DistilBERT's head is three modules, not one
    calls, out = _top_level_calls(s, probes())
    assert calls  # the model's own forward ran
    spread = 0.0
    for p, sp in zip(probes(), out):
        assert sp.scores == pytest.approx(masked_reference(s, p), abs=1e-5)
        real = [x for x in sp.scores if x > -1e8]
        spread = max(spread, max(real) - min(real))
    assert spread > 0.1


def test_disagreeing_head_is_not_used(tiny_bert):  # noqa: F811
    """A head module whose output is not the model's logits is rejected by
    the check at build time."""
    from kgprobe.scorers.masked import _split_head as real

    s = make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu"))
    enc, head = s._split_head
    wrong = torch.nn.Linear(s.model.config.hidden_size, s.model.config.vocab_size)
    fake = type("Fake", (torch.nn.Module,), {})()
    fake.base_model = enc
    fake.cls = wrong
    fake.forward = lambda input_ids, attention_mask: s.model(input_ids=input_ids, attention_mask=attention_mask)
    ids = torch.tensor([s.tokenizer(f"a {s.tokenizer.mask_token} b")["input_ids"]])
    assert real(fake, ids, torch.ones_like(ids), ids == s.mask_id) is False
    assert real(s.model, ids, torch.ones_like(ids), ids == s.mask_id)[1] is s.model.cls
