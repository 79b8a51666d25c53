"""The score of one candidate as a differentiable function of the input embeddings.

A :class:`Target` holds the token ids a scorer feeds its model for one
(probe, candidate), each token's text and probe part, the positions whose
outputs are scored (the "query" positions that attention is read from), and
``forward(embeds) -> score``: the same number the scorer gives that
candidate, recomputed by one full forward pass from ``inputs_embeds``
(``[B, T, D]`` -> ``[B]``), so gradients reach every input token.

Causal: the sequence is the scorer's own prefix ids + continuation ids
(:meth:`CausalLMScorer.prefix_ids` / ``continuation_ids``: the same
tokenisation as ``kgprobe run``); the inputs are all but its last token and
token k is scored from the output at k-1, by the scorer's scope and norm.
Masked: the scorer's masked text with n masks; the candidate's tokens are
scored at the masks and pooled by the scorer's pooling.
Soft prompts (``kgprobe run --soft``): the scorer's own ids, soft vectors as
negative ids (tokens ``<soft k>``, the part of the words they replace),
embedded by its SoftSet.

The baseline for integrated gradients keeps special tokens (BOS, [CLS],
[SEP], [MASK]) and, in a causal model, the first input position, and puts
the embedding of the padding token (else the unknown, EOS or BOS token: the
first that is not zero) in place of every other token. Not zero: RMSNorm and
LayerNorm divide by the vector's norm, so the path from the zero vector
starts where the gradients blow up. The first position: in a causal model
every position of a sequence of one repeated vector gets the hidden state of
position 0 (causal attention over equal keys and values returns that value),
and position 0 is where a model without BOS (SmolLM2) grows its attention
sink's massive activations (~25,000 against ~600 elsewhere); from an
all-padding baseline every position carries them and they switch off one by
one along the path, each a jump of nats within a thousandth of it. With
position 0 kept (as a BOS would be), the sink stays there; that token's
integrated gradient is 0 by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from kgprobe.errors import ModelError
from kgprobe.explain.spans import char_parts, token_part
from kgprobe.probes.model import SLOT, Probe
from kgprobe.scorers.models import split_prompt


@dataclass
class Target:
    candidate: str
    ids: list[int]                 # model inputs
    tokens: list[str]
    parts: list[str]
    query: list[int]               # positions whose outputs are scored
    forward: Callable              # embeds [B, T, D] -> scores [B]
    special: list[bool] = field(default_factory=list)
    base_id: int = 0               # the token whose embedding the IG baseline puts at the positions it does not keep
    keep_first: bool = False       # the IG baseline keeps position 0 too (a causal model's attention sink)
    soft: object = None            # the scorer's SoftSet when ids hold soft vectors (negative ids; kgprobe run --soft)

    def embeds(self, model):
        import torch

        ids = torch.tensor([self.ids + [self.base_id]], device=model.get_input_embeddings().weight.device)
        if self.soft is not None and min(self.ids) < 0:
            e = self.soft.embed(model, ids)[0].detach()
        else:
            e = model.get_input_embeddings()(ids)[0].detach()
        self.base_embedding = e[-1]
        return e[:-1]

    def baseline(self, embeds):
        import torch

        keep = torch.tensor([s or (i == 0 and self.keep_first) for i, s in enumerate(self.special)],
                            device=embeds.device)[:, None]
        return torch.where(keep, embeds, self.base_embedding.to(embeds.dtype)[None, :].expand_as(embeds))


def base_token(tok, model) -> int:
    """The padding token, else the unknown, EOS or BOS token: the first whose
    embedding is not the zero vector (a padding index is often initialised
    to zero, which would put the baseline at the norm's singularity)."""
    weight = model.get_input_embeddings().weight
    ids = [t for t in (tok.pad_token_id, tok.unk_token_id, tok.eos_token_id, tok.bos_token_id) if t is not None]
    for t in ids:
        if float(weight[t].detach().float().norm()) > 0:
            return t
    return ids[0] if ids else 0


def _tokens(tok, ids: list[int]) -> list[str]:
    """Each id's token string; a soft vector (negative id) is ``<soft k>``."""
    return [f"<soft {-1 - t}>" if t < 0 else tok.convert_ids_to_tokens(t) for t in ids]


def _offsets(tok, text: str) -> tuple[list[int], list[tuple[int, int]]]:
    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
    return list(enc["input_ids"]), [tuple(x) for x in enc["offset_mapping"]]


def causal_target(scorer, probe: Probe, candidate: str, conjunction=None) -> Target:
    tok = scorer.tokenizer
    if not getattr(tok, "is_fast", False):
        raise ModelError(f"{scorer.name}: explain needs a fast tokenizer (character offsets)")
    before, after = split_prompt(probe)
    prefix, lead, tail = scorer.split(probe)
    soft = getattr(scorer, "soft", None)
    got = soft.prefix_ids(scorer, probe, prefix, offsets=True) if soft is not None else None
    pids = got[0] if got else scorer.prefix_ids(prefix)
    cids = scorer.continuation_ids([candidate], lead, tail)[0]
    if not cids:
        raise ModelError(f"probe {probe.id}: candidate {candidate!r} has no tokens")
    spans: list = list(got[1]) if got else [None] * len(pids)
    if prefix and not got:
        ids, offs = _offsets(tok, prefix)
        if pids[len(pids) - len(ids):] != ids:
            raise ModelError(f"{scorer.name}: cannot align the prefix tokens of probe {probe.id}")
        spans[len(pids) - len(ids):] = offs
    cont = lead + candidate + tail
    ids, offs = _offsets(tok, cont)
    if ids != cids:
        raise ModelError(f"{scorer.name}: cannot align the continuation tokens of probe {probe.id}")
    slot = len(before)
    shift = slot + len(SLOT) - len(lead + candidate)
    for a, b in offs:  # candidate characters -> the slot; suffix characters -> after [Y]
        if a >= len(lead + candidate):
            spans.append((a + shift, b + shift))
        else:
            spans.append((slot, slot + len(SLOT)))
    seq = pids + cids
    scope, norm = scorer.options.scope, scorer.options.norm
    start = len(pids)
    if norm == "token":
        scored = [start]
    elif scope == "sentence":
        scored = list(range(1, len(seq)))
    else:
        scored = list(range(start, len(seq)))
    inputs = seq[:-1]
    model = scorer.model
    keep_kw = scorer._keep_kw

    def forward(embeds):
        import torch

        pos = torch.tensor([k - 1 for k in scored], device=embeds.device)
        if keep_kw:  # the output layer only at the scored positions (a 49k vocabulary dominates otherwise)
            lp = model(inputs_embeds=embeds, **{keep_kw: pos}).logits.float().log_softmax(-1)
            at = torch.arange(len(scored), device=lp.device)
        else:
            lp = model(inputs_embeds=embeds).logits.float().log_softmax(-1)
            at = pos.to(lp.device)
        got = lp[:, at, torch.tensor([seq[k] for k in scored], device=lp.device)]   # [B, scored]
        return got.mean(-1) if norm == "mean" else got.sum(-1)

    labels = char_parts(probe, conjunction)
    parts = [token_part(probe.prompt, labels, *(spans[i] or (None, None))) for i in range(len(inputs))]
    special_ids = set(tok.all_special_ids)
    return Target(candidate, inputs, _tokens(tok, inputs), parts, [k - 1 for k in scored], forward,
                  special=[spans[i] is None or t in special_ids for i, t in enumerate(inputs)],
                  base_id=base_token(tok, model), soft=soft, keep_first=True)


def masked_target(scorer, probe: Probe, candidate: str, conjunction=None) -> Target:
    tok = scorer.tokenizer
    if not getattr(tok, "is_fast", False):
        raise ModelError(f"{scorer.name}: explain needs a fast tokenizer (character offsets)")
    before, after = split_prompt(probe)
    cids = scorer.candidate_ids(candidate, scorer.lead(before))
    if not cids:
        raise ModelError(f"probe {probe.id}: candidate {candidate!r} has no tokens")
    n = 1 if scorer.options.single_mask else len(cids)
    text = scorer.masked_text(before, after, n)
    soft = scorer.soft
    got = soft.masked_ids(scorer, probe, n, offsets=True) if soft is not None else None
    if got:
        ids, offsets = got
    else:
        enc = tok(text, return_offsets_mapping=True)
        ids, offsets = list(enc["input_ids"]), enc["offset_mapping"]
    masks_end = len(text) - len(after)
    spans = []
    for t, off in zip(ids, offsets):
        a, b = off or (None, None)
        if off is None or (t in tok.all_special_ids and t != scorer.mask_id):
            spans.append(None)
        elif a >= masks_end:
            d = len(before) + len(SLOT) - masks_end
            spans.append((a + d, b + d))
        elif a >= len(before) or t == scorer.mask_id:
            spans.append((len(before), len(before) + len(SLOT)))
        else:
            spans.append((a, b))
    query = [i for i, t in enumerate(ids) if t == scorer.mask_id]
    if len(query) != n:
        raise ModelError(f"{scorer.name}: probe {probe.id}: expected {n} mask tokens")
    want = cids[:n]
    pooling = scorer.options.pooling
    model = scorer.model
    split = scorer._split_head

    def forward(embeds):
        import torch

        q = torch.tensor(query, device=embeds.device)
        if split:  # the MLM head only at the masks, as the scorer computes it
            encoder, head = split
            lp = head(encoder(inputs_embeds=embeds)[0][:, q]).float().log_softmax(-1)
            at = torch.arange(len(query), device=lp.device)
        else:
            lp = model(inputs_embeds=embeds).logits.float().log_softmax(-1)
            at = q.to(lp.device)
        got = lp[:, at, torch.tensor(want, device=lp.device)]  # [B, n]
        if pooling == "mean":
            return got.mean(-1)
        if pooling == "max":
            return got.max(-1).values
        return got[:, 0]

    labels = char_parts(probe, conjunction)
    parts = [token_part(probe.prompt, labels, *(s or (None, None))) for s in spans]
    special = [s is None or t in tok.all_special_ids for s, t in zip(spans, ids)]
    return Target(candidate, ids, _tokens(tok, ids), parts, query, forward, special=special,
                  base_id=base_token(tok, model), soft=soft)


def make_target(scorer, probe: Probe, candidate: str, conjunction=None) -> Target:
    if getattr(scorer, "kind", None) == "masked":
        return masked_target(scorer, probe, candidate, conjunction)
    if getattr(scorer, "kind", None) == "causal":
        return causal_target(scorer, probe, candidate, conjunction)
    raise ModelError(f"{scorer.name}: explain needs a masked or causal language model, not a {scorer.kind} scorer")
