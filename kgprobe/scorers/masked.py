"""Masked-LM scoring (BERT, RoBERTa, ...), as in Wu et al. (ACL 2023).

A candidate of n tokens is scored by writing n mask tokens in place of
``[Y]`` and pooling the log-probabilities of the candidate's tokens at the
mask positions (``options.pooling``: ``mean`` - the paper's choice and the
default -, ``max``, or ``first``). With ``options.single_mask`` the slot gets
one mask whatever the candidate's length and only the candidate's first
token is scored.

Efficiency: the log-softmax at the n mask positions of "prompt with n
masks" scores *every* candidate of n tokens by a gather, so a probe costs one
forward pass per distinct candidate length (one with ``single_mask``), not
one per candidate. These (prompt, n) sequences are batched across probes,
sorted by length to cut padding, at most ``options.batch_size`` per pass.

Tokenisation: the text is ``before + " ".join([MASK] * n) + after`` (the
prompt's own spacing is kept); a candidate is tokenised on its own, with a
leading space when the prompt has whitespace before ``[Y]`` (which matters
for BPE vocabularies such as RoBERTa's; WordPiece ignores it). Sequences are
right-padded (BERT-style absolute positions start at the first token).
A probe whose sequence exceeds the model's maximum length is skipped.

The output layer (vocabulary projection) runs only at the mask positions:
the encoder (``model.base_model``) gives the hidden states, and the MLM head
module (``cls`` for BERT, ``lm_head`` for RoBERTa, ``predictions`` for
ALBERT) is applied to the mask rows alone. This is checked once, when the scorer
is built, against the model's own full forward on one short sequence; a model without such a
head, or one that disagrees, falls back to full logits.
"""

from __future__ import annotations

from typing import Sequence

from kgprobe.errors import ModelError
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import MIN_SCORE, ScoredProbe
from kgprobe.scorers.models import HfOptions, LoadedModel, LMScorer, plan_batches, split_prompt


class MaskedLMScorer(LMScorer):
    kind = "masked"

    def __init__(self, name: str, loaded: LoadedModel, options: HfOptions):
        super().__init__(name, loaded, options)
        if self.tokenizer.mask_token_id is None or self.tokenizer.mask_token is None:
            raise ModelError(f"{name}: {loaded.info.get('model_name', name)} has no mask token; "
                             "masked scoring needs one")
        self.mask_id = self.tokenizer.mask_token_id
        self.pad_id = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        self._split_head = self._check_split_head()  # (encoder, head), or False: full logits

    def describe(self) -> dict:
        d = dict(self.loaded.info)
        d.update(name=self.name, kind=self.kind, pooling=self.options.pooling,
                 single_mask=bool(self.options.single_mask), batch_size=self.options.batch_size)
        return d

    # -- tokenisation (also used by the slow reference) ----------------------

    def masked_text(self, before: str, after: str, n: int) -> str:
        return before + " ".join([self.tokenizer.mask_token] * n) + after

    @staticmethod
    def lead(before: str) -> str:
        return " " if before[-1:].isspace() else ""

    # -- scoring ---------------------------------------------------------------

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        import torch

        single = bool(self.options.single_mask)
        scores: list[list[float]] = []
        skipped: list[str | None] = [None] * len(probes)
        # jobs: one per (probe, n): the masked sequence + the candidates it scores
        jobs: list[tuple[int, int, list[int], list[int], list[list[int]]]] = []
        for pi, probe in enumerate(probes):
            before, after = split_prompt(probe)
            lead = self.lead(before)
            by_len: dict[int, tuple[list[int], list[list[int]]]] = {}
            row = [MIN_SCORE] * len(probe.candidates)
            for ci, cand in enumerate(probe.candidates):
                ids = self.candidate_ids(cand, lead)
                if not ids:
                    continue  # empty label: cannot be scored, stays MIN_SCORE
                n = 1 if single else len(ids)
                idx, toks = by_len.setdefault(n, ([], []))
                idx.append(ci)
                toks.append(ids[:n])
            scores.append(row)
            probe_jobs = []
            for n, (idx, toks) in sorted(by_len.items()):
                seq = self.soft.masked_ids(self, probe, n) if self.soft is not None else None
                if seq is None:
                    seq = self.tokenizer(self.masked_text(before, after, n))["input_ids"]
                if len(seq) > self.max_len:
                    skipped[pi] = f"prompt with {n} masks is {len(seq)} tokens, over the model's {self.max_len}"
                    break
                if sum(1 for t in seq if t == self.mask_id) != n:
                    raise ModelError(f"{self.name}: probe {probe.id}: expected {n} mask tokens after "
                                     f"tokenisation of {probe.prompt!r}")
                probe_jobs.append((pi, n, seq, idx, toks))
            if skipped[pi] is None:
                jobs.extend(probe_jobs)

        device = self.loaded.device
        lengths = [len(j[2]) for j in jobs]
        with torch.inference_mode():
            for batch in plan_batches(lengths, self.options.batch_size, self.vocab):
                width = max(lengths[j] for j in batch)
                ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
                att = torch.zeros((len(batch), width), dtype=torch.long)
                for r, j in enumerate(batch):
                    seq = jobs[j][2]
                    ids[r, : len(seq)] = torch.tensor(seq)
                    att[r, : len(seq)] = 1
                at_mask = self.mask_logits(ids.to(device), att.to(device))  # [masks in the batch, V]
                first = 0
                for r, j in enumerate(batch):
                    pi, n, seq, idx, toks = jobs[j]
                    lp = at_mask[first: first + n].float().log_softmax(-1)  # [n, V]
                    first += n
                    cand = torch.tensor(toks, device=lp.device)            # [k, n]
                    tok_lp = lp[torch.arange(n, device=lp.device), cand]   # [k, n]
                    pooled = self._pool(tok_lp)
                    for ci, s in zip(idx, pooled.tolist()):
                        scores[pi][ci] = s
        out = []
        for pi, probe in enumerate(probes):
            if skipped[pi]:
                out.append(ScoredProbe(probe.id, list(probe.candidates), None, skipped=skipped[pi]))
            else:
                out.append(ScoredProbe(probe.id, list(probe.candidates), scores[pi]))
        return out

    def mask_logits(self, ids, att):
        """Logits at the mask positions of a batch, row by row: [masks, V]."""
        mask = ids == self.mask_id
        inputs = self.model_inputs(ids)
        if not self._split_head:
            return self.model(**inputs, attention_mask=att).logits[mask]
        encoder, head = self._split_head
        hidden = encoder(**inputs, attention_mask=att)[0]
        return head(hidden[mask])

    def _check_split_head(self):
        import torch

        tok = self.tokenizer
        ids = torch.tensor([tok(f"a {tok.mask_token} b {tok.mask_token} .")["input_ids"]], device=self.loaded.device)
        with torch.inference_mode():
            return _split_head(self.model, ids, torch.ones_like(ids), ids == self.mask_id)

    def _pool(self, tok_lp):
        if self.options.pooling == "mean":
            return tok_lp.mean(-1)
        if self.options.pooling == "max":
            return tok_lp.max(-1).values
        return tok_lp[:, 0]


def _split_head(model, ids, att, mask):
    """(encoder, MLM head) when ``model`` is ``base_model`` + one head module
    applied to its last hidden state (BERT ``cls``, RoBERTa ``lm_head``,
    ALBERT ``predictions``) and that gives the model's own logits on this
    sequence; else False (the caller computes full logits)."""
    import torch

    encoder = getattr(model, "base_model", None)
    if encoder is None or encoder is model:
        return False
    for name in ("cls", "lm_head", "predictions"):
        head = getattr(model, name, None)
        if isinstance(head, torch.nn.Module):
            break
    else:
        return False
    try:
        full = model(input_ids=ids, attention_mask=att).logits[mask]
        part = head(encoder(input_ids=ids, attention_mask=att)[0][mask])
    except Exception:  # noqa: BLE001  (an unexpected head signature: use full logits)
        return False
    if part.shape != full.shape or not torch.allclose(part.float(), full.float(), rtol=1e-4, atol=1e-4):
        return False
    return encoder, head
