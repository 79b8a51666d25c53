"""Training a soft prompt (``kgprobe tune``).

The model is frozen (``requires_grad_(False)``, eval mode: no dropout); only
the soft prompt's table trains, with Adam, on split ``train``, one optimiser
step per ``batch`` probes. Each probe's candidate scores are the scorer's own
(the same tokenisation, scope, norm and pooling as ``kgprobe run``):

* ``nll``: -log softmax over the candidates' scores, at each gold (mean over
  the golds), the reference study's NLL over the candidates;
* ``bce``: BCEWithLogits of every candidate's score against 1 for a gold and
  0 otherwise (every gold a positive), the study's other loss.

The scores of a probe's (up to 800) candidates do not all fit one backward
pass, so the gradient is taken in two steps: the scorer scores the probe
(inference, the fast path), the loss's gradient with respect to those scores
is computed, and the candidates are then re-scored with gradients in chunks,
each chunk back-propagating ``scores . dloss/dscores`` (the chain rule, so
the gradient is the one of the whole loss).

Early stopping: dev MRR (mean of 1 / the best gold's realistic rank,
:func:`kgprobe.metrics.ranking.best_gold_rank`) is measured before training
(epoch 0) and after every epoch (each curve entry also holds the epoch's wall
and CPU seconds: the train pass and the dev pass; epoch 0 the dev pass
alone); the best epoch's table is kept (epoch 0:
the initial prompt), and training stops after ``patience`` epochs without a
better one. On CPU a seed gives the same prompt (torch's CPU kernels are
deterministic; the shuffle is seeded).
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass, field
from typing import Sequence

from kgprobe.errors import SoftPromptError
from kgprobe.metrics.ranking import best_gold_rank
from kgprobe.probes.model import Probe
from kgprobe.scorers.models import split_prompt
from kgprobe.tune.soft import SoftPrompt, SoftSet, model_fingerprint

LOSSES = ("nll", "bce")
INITS = ("template", "random")
_CELLS = 64 * 2**20  # logits cells (rows x positions x vocab) per differentiable chunk (~1 GB at its peak)


@dataclass
class TuneOutcome:
    prompt: SoftPrompt
    curve: list = field(default_factory=list)  # [{"epoch", "train_loss", "dev_mrr"}]
    best_epoch: int = 0
    wall_time_s: float = 0.0
    stopped_early: bool = False


# ---------------------------------------------------------------------------
# initialisation


def init_embeddings(scorer, sp: SoftPrompt, init: str, n_tokens, seed: int) -> SoftPrompt:
    """Fill ``sp.sizes``/``sp.embeddings``: the embeddings of each block's own
    tokens (``template``) or random vectors with the embedding matrix's
    standard deviation (``random``); ``n_tokens`` vectors per block (default:
    as many as the block's tokens), template init padded with random ones."""
    import torch

    if init not in INITS:
        raise SoftPromptError(f"unknown init {init!r} (use {', '.join(INITS)})")
    weight = scorer.model.get_input_embeddings().weight.detach()
    gen = torch.Generator().manual_seed(seed)
    std = float(weight.float().std())
    rows, sizes = [], []
    for block in sp.blocks:
        at = sp.text.find(block)
        # a block takes the space before it (SoftSet): a template's word after a space is the word with
        # its space; the conjunction too, which follows the stated premises (EX settings) there; where it
        # opens the prompt (no premise stated) a BPE model's word without the space is another token
        lead = " " if (at > 0 and sp.text[at - 1].isspace()) or sp.task == "conj" else ""
        ids = scorer.tokenizer(lead + block, add_special_tokens=False)["input_ids"]
        k = int(n_tokens) if n_tokens else len(ids)
        vec = torch.randn(k, weight.shape[1], generator=gen) * std
        if init == "template":
            # embed through the model's own module (Gemma scales its embeddings there)
            with torch.no_grad():
                real = scorer.model.get_input_embeddings()(torch.tensor(ids[:k], device=weight.device)).float().cpu()
            vec[: len(real)] = real
        rows.append(vec)
        sizes.append(k)
    sp.sizes = sizes
    sp.embeddings = torch.cat(rows).float()
    sp.model = model_fingerprint(scorer)
    return sp


# ---------------------------------------------------------------------------
# differentiable scores


def _causal_scores(scorer, probe: Probe, idx: Sequence[int]):
    """Scores of candidates ``idx`` with gradients (as CausalLMScorer.score).
    The prefix (where the soft vectors are) runs once and its key/value
    cache, rows repeated, feeds every continuation, as the scorer does; the
    gradient flows back through the shared cache. Models without a
    selectable cache (state-space) take full passes."""
    prefix, lead, tail = scorer.split(probe)
    pids = scorer.soft.prefix_ids(scorer, probe, prefix) or scorer.prefix_ids(prefix)
    conts = scorer.continuation_ids([probe.candidates[i] for i in idx], lead, tail)
    if getattr(scorer, "_full_passes", False):
        return _causal_scores_full(scorer, pids, conts)
    return _causal_scores_cached(scorer, pids, conts)


def _causal_scores_cached(scorer, pids: list, conts: list):
    import torch

    from kgprobe.scorers.causal import _select_rows

    dev = scorer.loaded.device
    ids = torch.tensor([pids], dtype=torch.long)
    kw = {scorer._keep_kw: 1} if scorer._keep_kw else {}
    out = scorer.model(**scorer.model_inputs(ids.to(dev)), attention_mask=torch.ones_like(ids).to(dev),
                       use_cache=True, **kw)
    first = out.logits[0, -1].float().log_softmax(-1)                        # [V]: after the prefix
    got = [first[c[0]] for c in conts]                                       # each continuation's first token
    longer = [r for r, c in enumerate(conts) if len(c) > 1]
    if longer and scorer.options.norm != "token":
        cache = scorer.cache_of(out)
        P, M = len(pids), max(len(conts[r]) - 1 for r in longer)
        inp = torch.full((len(longer), M), scorer.pad_id, dtype=torch.long)
        tgt = torch.zeros((len(longer), M), dtype=torch.long)
        cmask = torch.zeros((len(longer), M), dtype=torch.long)
        for k, r in enumerate(longer):  # fed c[:-1] after the prefix, right-padded; reads c[1:]
            c = conts[r]
            inp[k, : len(c) - 1] = torch.tensor(c[:-1])
            tgt[k, : len(c) - 1] = torch.tensor(c[1:])
            cmask[k, : len(c) - 1] = 1
        past = _select_rows(cache, torch.zeros(len(longer), dtype=torch.long))
        att = torch.cat([torch.ones((len(longer), P), dtype=torch.long), cmask], dim=1)
        pos = P + torch.arange(M)[None, :].expand(len(longer), M)
        logits = scorer.model(input_ids=inp.to(dev), attention_mask=att.to(dev), position_ids=pos.to(dev),
                              use_cache=True, **{scorer._cache_kw: past}).logits
        lp = logits.float().log_softmax(-1).gather(-1, tgt[..., None].to(dev))[..., 0] * cmask.to(dev)
        rest = lp.sum(-1)
        for k, r in enumerate(longer):
            got[r] = got[r] + rest[k]
    got = torch.stack(got)
    if scorer.options.norm == "mean":
        return got / torch.tensor([len(c) for c in conts], dtype=got.dtype, device=got.device)
    return got


def _causal_scores_full(scorer, pids: list, conts: list):
    import torch

    P, C = len(pids), max(len(c) for c in conts)
    ids = torch.full((len(conts), P + C), scorer.pad_id, dtype=torch.long)
    att = torch.zeros_like(ids)
    for r, c in enumerate(conts):  # right padding: every continuation starts at column P
        ids[r, :P] = torch.tensor(pids)
        ids[r, P:P + len(c)] = torch.tensor(c)
        att[r, :P + len(c)] = 1
    dev = scorer.loaded.device
    kw = {scorer._keep_kw: C + 1} if scorer._keep_kw else {}
    logits = scorer.model(**scorer.model_inputs(ids.to(dev)), attention_mask=att.to(dev), **kw).logits
    lp = logits[:, -(C + 1):-1].float().log_softmax(-1)                      # predicts columns P..P+C-1
    got = lp.gather(-1, ids[:, P:, None].to(lp.device))[..., 0] * att[:, P:].to(lp.device)
    n = att[:, P:].sum(-1).to(lp.device)
    norm = scorer.options.norm
    if norm == "token":
        return got[:, 0]
    return got.sum(-1) / n if norm == "mean" else got.sum(-1)


def _masked_scores(scorer, probe: Probe, idx: Sequence[int]):
    """Scores of candidates ``idx`` with gradients (as MaskedLMScorer.score)."""
    import torch

    before, after = split_prompt(probe)
    lead = scorer.lead(before)
    by_len: dict[int, list] = {}
    for r, ci in enumerate(idx):
        ids = scorer.candidate_ids(probe.candidates[ci], lead)
        n = 1 if scorer.options.single_mask else len(ids)
        by_len.setdefault(n, []).append((r, ids[:n]))
    lens = sorted(by_len)
    seqs = [scorer.soft.masked_ids(scorer, probe, n) or scorer.tokenizer(scorer.masked_text(before, after, n))["input_ids"]
            for n in lens]
    W = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), W), scorer.pad_id, dtype=torch.long)
    att = torch.zeros_like(ids)
    for r, s in enumerate(seqs):
        ids[r, :len(s)] = torch.tensor(s)
        att[r, :len(s)] = 1
    dev = scorer.loaded.device
    at_mask = scorer.mask_logits(ids.to(dev), att.to(dev))
    out = [None] * len(idx)
    first = 0
    for n in lens:
        lp = at_mask[first:first + n].float().log_softmax(-1)
        first += n
        rows = by_len[n]
        cand = torch.tensor([t for _, t in rows], device=lp.device)
        pooled = scorer._pool(lp[torch.arange(n, device=lp.device), cand])
        for (r, _), v in zip(rows, pooled):
            out[r] = v
    return torch.stack(out)


def loss_of(scores, gold_mask, loss: str):
    import torch

    if loss == "nll":
        return -scores.log_softmax(-1)[gold_mask].mean()
    return torch.nn.functional.binary_cross_entropy_with_logits(scores, gold_mask.to(scores.dtype))


def probe_step(scorer, probe: Probe, loss: str) -> float:
    """Accumulate the gradient of one probe's loss into the soft table."""
    import torch

    live = [i for i, c in enumerate(probe.candidates) if c.strip()]
    gold = set(probe.gold)
    mask = torch.tensor([probe.candidates[i] in gold for i in live])
    if not bool(mask.any()):
        return 0.0
    fn = _causal_scores if scorer.kind == "causal" else _masked_scores
    step = len(live)
    if scorer.kind == "causal":
        _, lead, tail = scorer.split(probe)
        longest = max(len(c) for c in scorer.continuation_ids([probe.candidates[i] for i in live], lead, tail))
        positions = longest + 1 if getattr(scorer, "_full_passes", False) else max(1, longest - 1)  # per row
        step = max(1, _CELLS // (positions * scorer.vocab))
    if step >= len(live):  # one differentiable pass holds every candidate
        value = loss_of(fn(scorer, probe, live), mask.to(scorer.loaded.device), loss)
        value.backward()
        return float(value.detach())
    fast = scorer.score([probe])[0]
    if fast.scores is None:
        return 0.0
    s = torch.tensor([fast.scores[i] for i in live], dtype=torch.float32, requires_grad=True)
    value = loss_of(s, mask, loss)
    value.backward()
    grad = s.grad
    for a in range(0, len(live), step):
        part = live[a:a + step]
        got = fn(scorer, probe, part)
        (got * grad[a:a + step].to(got.device)).sum().backward()
    return float(value.detach())


def dev_mrr(scorer, probes: Sequence[Probe]) -> float:
    if not probes:
        return float("nan")
    total = 0.0
    scored = scorer.score(list(probes))
    for probe, s in zip(probes, scored):
        if s.scores is None:
            continue
        gold = [i for i, c in enumerate(s.candidates) if c in set(probe.gold)]
        total += 1.0 / best_gold_rank(s.scores, gold)
    return total / len(probes)


def _spent(clock: tuple) -> dict:
    """Wall and CPU seconds (this process, all threads) since ``clock`` = (perf_counter, process_time)."""
    return {"wall_s": round(time.perf_counter() - clock[0], 3), "cpu_s": round(time.process_time() - clock[1], 3)}


def train(scorer, sp: SoftPrompt, train_probes: Sequence[Probe], dev_probes: Sequence[Probe], loss: str = "nll",
          epochs: int = 20, lr: float = 3e-3, seed: int = 0, patience: int = 3, batch: int = 8,
          progress: bool = True, context: Sequence[SoftPrompt] = (), train_context: bool = False) -> TuneOutcome:
    """Learn ``sp`` (its table, from ``sp.embeddings``); the soft prompts in
    ``context`` are attached beside it and stay fixed (their rows of the
    table get no gradient, so Adam never moves them), or with
    ``train_context`` learn along with it: then each context prompt's
    ``embeddings`` become its rows of the best epoch's table too."""
    import torch
    from tqdm.auto import tqdm

    if loss not in LOSSES:
        raise SoftPromptError(f"unknown loss {loss!r} (use {', '.join(LOSSES)})")
    t0 = time.perf_counter()
    torch.manual_seed(seed)
    rng = random.Random(seed)
    scorer.model.requires_grad_(False)
    scorer.model.eval()
    start = torch.cat([*(c.embeddings.float() for c in context), sp.embeddings.detach().float()])
    table = torch.nn.Parameter(start.clone().to(scorer.loaded.device))
    scorer.soft = SoftSet([*context, sp], table=table)
    offsets = scorer.soft.offsets  # each prompt's first row; the context's rows come first
    fixed = offsets[-1]
    if fixed and not train_context:
        keep = torch.ones(table.shape[0], 1, device=table.device)
        keep[:fixed] = 0
        table.register_hook(lambda g: g * keep)
    opt = torch.optim.Adam([table], lr=lr)
    clock = (time.perf_counter(), time.process_time())
    best = dev_mrr(scorer, dev_probes)
    out = TuneOutcome(prompt=sp, curve=[{"epoch": 0, "train_loss": None, "dev_mrr": best, **_spent(clock)}])
    best_table = table.detach().clone()
    order = list(train_probes)
    for epoch in range(1, epochs + 1):
        clock = (time.perf_counter(), time.process_time())
        rng.shuffle(order)
        total = 0.0
        bar = tqdm(order, desc=f"epoch {epoch}/{epochs}", unit="probe", disable=not progress, file=sys.stderr,
                   dynamic_ncols=True, leave=False)
        opt.zero_grad()
        for i, probe in enumerate(bar):
            total += probe_step(scorer, probe, loss)
            if (i + 1) % batch == 0 or i + 1 == len(order):
                opt.step()
                opt.zero_grad()
        bar.close()
        mrr = dev_mrr(scorer, dev_probes)
        out.curve.append({"epoch": epoch, "train_loss": total / max(1, len(order)), "dev_mrr": mrr, **_spent(clock)})
        if progress:
            print(f"epoch {epoch}: train loss {total / max(1, len(order)):.4f}, dev MRR {mrr:.4f}", file=sys.stderr)
        if mrr > best:
            best, out.best_epoch, best_table = mrr, epoch, table.detach().clone()
        elif epoch - out.best_epoch >= patience:
            out.stopped_early = epoch < epochs
            break
    sp.embeddings = best_table[fixed:].float().cpu()
    if train_context:
        for c, at in zip(context, offsets):
            c.embeddings = best_table[at:at + sum(c.sizes)].float().cpu()
    scorer.soft = SoftSet([*context, sp])
    out.wall_time_s = time.perf_counter() - t0
    return out
