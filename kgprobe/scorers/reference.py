"""Slow reference scorers: one full forward pass per candidate, no batching,
no padding, no cache. They define what the fast scorers must compute and are
used by the tests (fast == reference to 1e-5 in float32).

They share only the documented tokenisation conventions with the fast
scorers (``candidate_ids`` / ``masked_text`` / ``prefix_ids``); every forward
pass and every log-probability is computed here independently.
"""

from __future__ import annotations

from kgprobe.scorers.base import MIN_SCORE
from kgprobe.scorers.models import split_prompt


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
    """Scores of ``probe.candidates`` by a :class:`CausalLMScorer`'s rules:
    one unpadded forward pass over prefix + candidate per candidate."""
    import torch

    model = scorer.model
    prefix, lead = scorer.split(probe)
    pids = scorer.prefix_ids(prefix)
    out = []
    with torch.inference_mode():
        for cand in probe.candidates:
            cids = scorer.candidate_ids(cand, lead)
            if not cids:
                out.append(MIN_SCORE)
                continue
            full = torch.tensor([pids + cids], device=scorer.loaded.device)
            lp = model(input_ids=full).logits[0].float().log_softmax(-1)
            tok = [lp[len(pids) - 1 + j, t].item() for j, t in enumerate(cids)]
            if scorer.options.norm == "sum":
                out.append(sum(tok))
            elif scorer.options.norm == "mean":
                out.append(sum(tok) / len(tok))
            else:
                out.append(tok[0])
    return out
