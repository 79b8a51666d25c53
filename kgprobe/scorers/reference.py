"""Slow reference scorers: one full forward pass per candidate, no batching,
no padding, no cache. They define what the fast scorers must compute and are
used by the tests (fast == reference to 1e-5 in float32).

The masked reference follows the fast scorer's documented tokenisation
conventions (the candidate's tokens, as many masks); the causal reference
tokenises each statement itself. Every forward pass and every
log-probability is computed here independently; nothing is imported from the
scorers' modules (kgprobe/scorers/causal.py, masked.py, models.py), so a bug
in their tokenisation or prompt handling cannot hide in the reference too
(tests/test_scorers_reference.py checks the imports).
"""

from __future__ import annotations

from kgprobe.probes.model import SLOT
from kgprobe.scorers.base import MIN_SCORE


def split_prompt(probe) -> tuple[str, str]:
    """``(text before [Y], text after [Y])`` of a prompt with exactly one slot."""
    assert probe.prompt.count(SLOT) == 1, probe.prompt
    before, _, after = probe.prompt.partition(SLOT)
    return before, after


def masked_reference(scorer, probe) -> list[float]:
    """Scores of ``probe.candidates`` by a :class:`MaskedLMScorer`'s rules,
    one pass per candidate."""
    import torch

    tok, model = scorer.tokenizer, scorer.model
    before, after = split_prompt(probe)
    lead = " " if before[-1:].isspace() else ""
    out = []
    with torch.inference_mode():
        for cand in probe.candidates:
            ids = tok(lead + cand, add_special_tokens=False)["input_ids"] if cand.strip() else []
            if not ids:
                out.append(MIN_SCORE)
                continue
            n = 1 if scorer.options.single_mask else len(ids)
            text = before + " ".join([tok.mask_token] * n) + after
            enc = tok(text, return_tensors="pt")
            logits = model(input_ids=enc["input_ids"].to(scorer.loaded.device)).logits[0]
            pos = [i for i, t in enumerate(enc["input_ids"][0].tolist()) if t == tok.mask_token_id]
            assert len(pos) == n
            lps = [logits[p].float().log_softmax(-1)[t].item() for p, t in zip(pos, ids[:n])]
            if scorer.options.pooling == "mean":
                out.append(sum(lps) / len(lps))
            elif scorer.options.pooling == "max":
                out.append(max(lps))
            else:
                out.append(lps[0])
    return out


def causal_reference(scorer, probe) -> list[float]:
    """Scores of ``probe.candidates`` by a :class:`CausalLMScorer`'s rules, one
    unpadded forward pass per candidate over the statement tokenised whole.

    Independent of the scorer's tokenisation: the text is ``before +
    candidate + after`` (``before + candidate`` in ``answer`` scope), tokenised
    in one piece; the tokens to score are found from the tokenizer's offsets:
    those whose span ends after the prefix ``before.rstrip()`` (in
    ``sentence`` scope every token after the start token). The start token is
    whatever special tokens the tokenizer puts before a text; when it puts none
    and the prefix is empty (or the scope is ``sentence``), BOS, else EOS.
    Where a BPE merge crosses the end of the prefix ("young[Y]"), the merged
    token counts as the candidate's and the scores differ from the fast
    scorer's, which tokenises prefix and continuation apart."""
    import torch

    tok, model = scorer.tokenizer, scorer.model
    scope, norm = scorer.options.scope, scorer.options.norm
    if not getattr(tok, "is_fast", False):
        raise ValueError("causal_reference needs a fast tokenizer (offset mappings)")
    before, after = split_prompt(probe)
    cut = len(before.rstrip())  # characters of the prefix; the whitespace before [Y] is the candidate's
    out = []
    with torch.inference_mode():
        for cand in probe.candidates:
            if not cand.strip():
                out.append(MIN_SCORE)
                continue
            text = before + cand + ("" if scope == "answer" else after)
            enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
            ids, spans = enc["input_ids"], enc["offset_mapping"]
            with_special = tok(text)["input_ids"]
            head = []
            for t in with_special:  # leading special tokens (BOS); trailing ones (EOS) are not scored
                if t not in tok.all_special_ids:
                    break
                head.append(t)
            if not head and (scope == "sentence" or cut == 0):
                head = [tok.bos_token_id if tok.bos_token_id is not None else tok.eos_token_id]
            seq = head + ids
            at = [len(head) + i for i, (_, end) in enumerate(spans) if end > cut]  # the continuation
            scored = list(range(len(head), len(seq))) if scope == "sentence" else at
            lp = model(input_ids=torch.tensor([seq], device=scorer.loaded.device)).logits[0].float().log_softmax(-1)
            tok_lp = {k: lp[k - 1, seq[k]].item() for k in scored}
            if norm == "sum":
                out.append(sum(tok_lp.values()))
            elif norm == "mean":
                out.append(sum(tok_lp.values()) / len(tok_lp))
            else:
                out.append(tok_lp[at[0]])
    return out
