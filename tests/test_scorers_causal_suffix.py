"""Causal scoring of the text after [Y] (``--scope``): two probes that differ
only after the slot rank differently, the hand-computed value, the BPE merge
across the end of the prefix, and the scope in results.json and the run's
fingerprint. Fast == reference for every scope, norm and slot position is in
tests/test_scorers_causal.py (test_matches_slow_reference)."""

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from test_scorers_causal import smollm2, smollm2_dir, tiny, tiny_llama, variant  # noqa: E402,F401

from kgprobe.cli.main import main  # noqa: E402
from kgprobe.errors import ModelError  # noqa: E402
from kgprobe.probes.model import Probe  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.scorers.reference import causal_reference  # noqa: E402

PROBES = Path(__file__).parent / "fixtures" / "runner_probes.jsonl"


def _probe(prompt, cands, gold=None):
    return Probe(task="TP", kind="memorisation", prompt=prompt, candidates=cands, gold=[gold or cands[0]])


def test_hand_computed_answer_plus_suffix(tiny):
    """log P(' the United Kingdom and nowhere else.' | 'It is in') from one plain forward pass;
    sentence adds log P('It is in' | BOS)."""
    tok, model = tiny.tokenizer, tiny.model
    prefix = tok("It is in", add_special_tokens=False)["input_ids"]
    cont = tok(" the United Kingdom and nowhere else.", add_special_tokens=False)["input_ids"]
    with torch.inference_mode():
        lp = model(input_ids=torch.tensor([prefix + cont])).logits[0].log_softmax(-1)
        lpb = model(input_ids=torch.tensor([[tok.bos_token_id] + prefix + cont])).logits[0].log_softmax(-1)
    want = [lp[len(prefix) - 1 + j, t].item() for j, t in enumerate(cont)]
    whole = [lpb[j, t].item() for j, t in enumerate(prefix + cont)]  # every token after BOS
    p = _probe("It is in [Y] and nowhere else.", ["the United Kingdom"])
    assert tiny.options.scope == "answer+suffix"  # the default
    assert tiny.score([p])[0].scores[0] == pytest.approx(sum(want), abs=1e-5)
    assert variant(tiny, norm="mean").score([p])[0].scores[0] == pytest.approx(sum(want) / len(want), abs=1e-5)
    assert variant(tiny, norm="token").score([p])[0].scores[0] == pytest.approx(want[0], abs=1e-5)
    assert variant(tiny, scope="sentence").score([p])[0].scores[0] == pytest.approx(sum(whole), abs=1e-5)
    assert variant(tiny, scope="sentence", norm="mean").score([p])[0].scores[0] == pytest.approx(
        sum(whole) / len(whole), abs=1e-5)
    # answer scope stops after the candidate: a different number
    three = len(tok(" the United Kingdom", add_special_tokens=False)["input_ids"])
    assert variant(tiny, scope="answer").score([p])[0].scores[0] == pytest.approx(sum(want[:three]), abs=1e-5)
    assert abs(sum(want) - sum(want[:three])) > 1.0


def test_probes_differing_after_the_slot_rank_differently_on_the_tiny_model(tiny):
    """With the random model too: scope answer gives two such probes one ranking."""
    cands = ["Paris", "Tokyo", "Berlin", "Ouagadougou", "New York City"]
    ps = [_probe("[Y] is the capital of France .", cands), _probe("[Y] is the capital of Japan .", cands)]
    same = variant(tiny, scope="answer").score(ps)
    assert same[0].scores == same[1].scores
    for scope in ("answer+suffix", "sentence"):
        a, b = variant(tiny, scope=scope).score(ps)
        assert a.scores != b.scores


def test_bpe_merge_across_the_end_of_the_prefix(tiny):
    """'young[Y]' with 'ster': the fast scorer tokenises the prefix and the
    continuation apart (' young' + 'ster' ' .'), the sentence whole is
    ' youngster' ' .'. The fast scorer scores its own split exactly; the
    reference scores the sentence's tokens and so differs. Only a slot glued
    to the word before it can do this (the whitespace before [Y] is the
    candidate's, and BPE pre-tokenisers split before a space)."""
    tok, model = tiny.tokenizer, tiny.model
    ids = lambda s: tok(s, add_special_tokens=False)["input_ids"]  # noqa: E731
    prefix, cont = ids("Every puppy is a young"), ids("ster .")
    assert prefix + cont != ids("Every puppy is a youngster .")  # the merge
    p = _probe("Every puppy is a young[Y] .", ["ster", "dog"])
    with torch.inference_mode():
        lp = model(input_ids=torch.tensor([prefix + cont])).logits[0].log_softmax(-1)
    want = sum(lp[len(prefix) - 1 + j, t].item() for j, t in enumerate(cont))
    fast = tiny.score([p])[0].scores
    ref = causal_reference(tiny, p)
    assert fast[0] == pytest.approx(want, abs=1e-5)
    assert abs(fast[0] - ref[0]) > 1e-3
    assert fast[1] == pytest.approx(ref[1], abs=1e-5)  # ' young' 'dog' ' .' is the sentence's own split


def test_unknown_scope_is_refused(tiny_llama):
    with pytest.raises(ModelError, match="unknown scope 'suffix'"):
        make_scorer(f"hf:{tiny_llama}", ScorerOptions(device="cpu", scope="suffix"))


def test_scope_in_results_and_resume_with_another_scope_refused(tmp_path, capsys, tiny_llama):
    args = ["run", "--model", f"hf:{tiny_llama}", "--probes", str(PROBES), "--out", str(tmp_path), "--limit", "3",
            "--device", "cpu", "--no-progress"]
    assert main(args + ["--scope", "answer"]) == 0
    capsys.readouterr()
    run_dir = next(tmp_path.iterdir())
    res = json.loads((run_dir / "results.json").read_text())
    assert res["config"]["options"]["scope"] == "answer"
    assert res["manifest"]["model"]["scope"] == "answer"
    assert json.loads((run_dir / "run.json").read_text())["config"]["options"]["scope"] == "answer"
    assert main(args + ["--scope", "sentence"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "differs in: options" in err and "--overwrite" in err
    assert main(args) == 2  # the default (answer+suffix) is another scope too
    capsys.readouterr()
    assert main(args + ["--scope", "sentence", "--overwrite"]) == 0
    res = json.loads((run_dir / "results.json").read_text())
    assert res["config"]["options"]["scope"] == "sentence" and res["manifest"]["model"]["scope"] == "sentence"


def test_bad_scope_flag_is_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["run", "--model", "baseline:random", "--probes", str(PROBES), "--out", str(tmp_path),
              "--scope", "suffix"])
    assert exc.value.code == 2
    assert "invalid choice: 'suffix'" in capsys.readouterr().err


# -- the real model ------------------------------------------------------------


@pytest.mark.slow
def test_smollm2_probes_differing_after_the_slot_rank_differently(smollm2):
    """The defect of issue 10: with the slot first, scope answer scores
    log P(candidate | BOS) and so gives both probes one ranking."""
    cands = ["Paris", "Tokyo"]
    ps = [_probe("[Y] is the capital of France .", cands, "Paris"),
          _probe("[Y] is the capital of Japan .", cands, "Tokyo")]
    top = lambda out: [s.candidates[max(range(len(s.scores)), key=s.scores.__getitem__)] for s in out]  # noqa: E731
    answer = variant(smollm2, scope="answer").score(ps)
    assert answer[0].scores == answer[1].scores
    assert len(set(top(answer))) == 1
    for scope in ("answer+suffix", "sentence"):
        assert top(variant(smollm2, scope=scope).score(ps)) == ["Paris", "Tokyo"], scope
