"""The causal reference (kgprobe/scorers/reference.py) is independent of the
causal scorer's tokenisation: it imports nothing from the scorers' modules,
needs none of the scorer's tokenisation methods, and so catches a
tokenisation bug in the scorer instead of repeating it."""

import ast
import types

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

import cases  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.scorers import reference  # noqa: E402
from kgprobe.scorers.reference import causal_reference  # noqa: E402


def test_reference_imports_nothing_from_the_scorers():
    tree = ast.parse(open(reference.__file__, encoding="utf-8").read())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert imported <= {"__future__", "torch", "kgprobe.probes.model", "kgprobe.scorers.base"}, imported


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    folder = cases.make_tiny_llama(tmp_path_factory.mktemp("tiny-llama"))
    return make_scorer(f"hf:{folder}", ScorerOptions(device="cpu"))


def _bare(scorer, scope):
    """Only what the reference may read: tokenizer, model, device, scope and norm."""
    return types.SimpleNamespace(tokenizer=scorer.tokenizer, model=scorer.model, loaded=scorer.loaded,
                                 options=types.SimpleNamespace(scope=scope, norm="sum"))


@pytest.mark.parametrize("scope", ["answer", "answer+suffix", "sentence"])
def test_reference_needs_none_of_the_scorers_helpers(tiny, scope):
    import dataclasses

    from kgprobe.scorers.causal import CausalLMScorer

    s = CausalLMScorer(tiny.name, tiny.loaded, dataclasses.replace(tiny.options, scope=scope, norm="sum"))
    for p, sp in zip(cases.lm_probes(), s.score(cases.lm_probes())):
        assert causal_reference(_bare(tiny, scope), p) == pytest.approx(sp.scores, abs=1e-5)


def test_reference_catches_a_tokenisation_bug(tiny, monkeypatch):
    """A scorer that tokenised the candidate without its leading space (a
    plausible bug) scores other tokens; the reference, tokenising the whole
    sentence, disagrees."""
    p = cases.lm_probes()[0]
    right = tiny.score([p])[0].scores
    assert right == pytest.approx(causal_reference(tiny, p), abs=1e-5)
    real = type(tiny).continuation_ids
    monkeypatch.setattr(type(tiny), "continuation_ids", lambda self, cands, lead, tail: real(self, cands, "", tail))
    wrong = tiny.score([p])[0].scores
    ref = causal_reference(tiny, p)
    assert ref == pytest.approx(right, abs=1e-5)
    assert max(abs(a - b) for a, b in zip(wrong, ref)) > 0.1
