"""kgprobe's scorers against the hardware limit: the bare forward passes.

For a fixed, seeded slice of the ``full`` battery (memorisation probes over
all class labels and reasoning probes, 783 candidates each: see
_scoring_common.py) this times, in one process:

* scorer: ``scorer.score(probes)`` end to end, from Probe objects to one
  score per candidate (tokenisation, batching, pooling, bookkeeping), and the
  ranks taken from those scores;
* limit:  the bare ``model(...)`` forward passes over the very token batches
  the scorer needs, tokenised and padded ahead of time (batched by length
  with the scorer's own plan), with no log-softmax, no gather, no Python per
  candidate. Masked: one pass per (probe, distinct candidate length) with that
  many [MASK]s. Causal: the prefix passes (logits of the last position only),
  then the candidate passes on the prefix key/value cache (rows picked with
  ``index_select``): a candidate of n tokens is fed its first n-1, and
  inputs that begin another input of the same probe ride on it, as in the
  scorer.

The script checks that both run the same forward shapes (a forward pre-hook
records them). Timings are the median of 5 (masked; 3 with --quick) or 3
(causal, slow) repeats after a warm-up run of the scorer (the limit runs the same forward
shapes); scorer and limit runs alternate, the first of the pair swapping
each time, so that load from other processes hits both alike.

Paths: masked on two random BERTs with the real bert-base-uncased WordPiece
tokenizer: "tiny" (2 x 32, the test model: the LM head and Python dominate)
and "mid" (4 x 256: compute dominates, as with a real BERT; the masked RATIO
is taken on it); causal on SmolLM2-135M (alias ``smollm2-135m``, float32).

    python benchmarks/scoring_limit.py            # full (a few minutes on 2 cores)
    python benchmarks/scoring_limit.py --quick    # smaller slice, < 60 s

Ends with: RATIO scorer_vs_limit=<min over masked (mid) and causal of
scorer probes/s / limit probes/s>
"""

from __future__ import annotations

import statistics
import time

from _scoring_common import (
    bert_desc,
    causal_scorer,
    fail,
    masked_scorer,
    print_table,
    probe_slice,
    ranks,
    slice_sizes,
    start,
)

GOAL = 0.85


def record_shapes(model):
    """Attach a forward pre-hook that records (input_ids shape, cache length)
    per top-level forward; returns (shapes list, hook handle)."""
    shapes: list = []

    def hook(mod, args, kwargs):
        ids = kwargs.get("input_ids", args[0] if args else None)
        past = kwargs.get("past_key_values", kwargs.get("cache"))
        plen = past.get_seq_length() if past is not None else 0
        shapes.append((tuple(ids.shape), int(plen)))

    return shapes, model.register_forward_pre_hook(hook, with_kwargs=True)


# ---------------------------------------------------------------------------
# the limit: the token batches, built ahead of time


def masked_batches(scorer, probes):
    """Padded (input_ids, attention_mask) batches: one sequence per (probe,
    distinct candidate length n), the slot written as n masks."""
    import torch
    from kgprobe.scorers.models import plan_batches, split_prompt

    tok = scorer.tokenizer
    seqs = []
    for p in probes:
        before, after = split_prompt(p)
        lead = " " if before[-1:].isspace() else ""
        enc = tok([lead + c for c in p.candidates if c.strip()], add_special_tokens=False)["input_ids"]
        for n in sorted({len(x) for x in enc if x}):
            seqs.append(tok(before + " ".join([tok.mask_token] * n) + after)["input_ids"])
    lengths = [len(s) for s in seqs]
    batches = []
    for b in plan_batches(lengths, scorer.options.batch_size, scorer.vocab):
        width = max(lengths[j] for j in b)
        ids = torch.full((len(b), width), scorer.pad_id, dtype=torch.long)
        att = torch.zeros((len(b), width), dtype=torch.long)
        for r, j in enumerate(b):
            ids[r, : lengths[j]] = torch.tensor(seqs[j])
            att[r, : lengths[j]] = 1
        batches.append((ids, att))
    return batches


def masked_limit(model, batches, device):
    import torch

    with torch.inference_mode():
        for ids, att in batches:
            model(input_ids=ids.to(device), attention_mask=att.to(device))


def causal_batches(scorer, probes):
    """Per prefix batch: (ids, att, pos) of the left-padded prefixes and the
    candidate chunks (rows of the cache to take, input ids, attention mask,
    positions) that continue from them."""
    import torch
    from kgprobe.scorers.models import plan_batches, split_prompt

    tok = scorer.tokenizer
    head = scorer.head_ids
    pref, cands = [], []
    for p in probes:
        before, _ = split_prompt(p)
        prefix = before.rstrip()
        lead = before[len(prefix):]
        pref.append(head + tok(prefix, add_special_tokens=False)["input_ids"] if prefix else list(scorer.empty_prefix))
        cs = [c for c in p.candidates if c.strip()]
        cands.append(tok([lead + c for c in cs], add_special_tokens=False)["input_ids"] if cs else [])
    out = []
    for pb in plan_batches([len(x) for x in pref], scorer.options.batch_size, 1, max_cells=2**62):
        B, P = len(pb), max(len(pref[i]) for i in pb)
        ids = torch.full((B, P), scorer.pad_id, dtype=torch.long)
        att = torch.zeros((B, P), dtype=torch.long)
        for b, i in enumerate(pb):
            ids[b, P - len(pref[i]):] = torch.tensor(pref[i])
            att[b, P - len(pref[i]):] = 1
        pos = (att.cumsum(-1) - 1).clamp(min=0)
        plen = att.sum(-1)
        rows = []  # the inputs c[:-1] that are not the start of another input of the same probe
        for b, i in enumerate(pb):
            inputs = sorted({tuple(c[:-1]) for c in cands[i] if len(c) > 1})
            rows += [(b, x) for x, y in zip(inputs, inputs[1:] + [None]) if y is None or y[: len(x)] != x]
        lengths = [len(x) for _, x in rows]
        chunks = []
        for ch in plan_batches(lengths, scorer.options.batch_size, scorer.vocab):
            R, M = len(ch), max(lengths[j] for j in ch)
            inp = torch.full((R, M), scorer.pad_id, dtype=torch.long)
            cm = torch.zeros((R, M), dtype=torch.long)
            sel = torch.tensor([rows[j][0] for j in ch])
            for r, j in enumerate(ch):
                x = rows[j][1]
                inp[r, : len(x)] = torch.tensor(x)
                cm[r, : len(x)] = 1
            a = torch.cat([att[sel], cm], dim=1)
            p = plen[sel, None] + torch.arange(M)[None, :]
            chunks.append((sel, inp, a, p))
        out.append(((ids, att, pos), chunks))
    return out


def causal_limit(scorer, batches):
    import torch
    from transformers import DynamicCache

    model, device = scorer.model, scorer.loaded.device
    keep = {scorer._keep_kw: 1} if scorer._keep_kw else {}
    with torch.inference_mode():
        for (ids, att, pos), chunks in batches:
            out = model(input_ids=ids.to(device), attention_mask=att.to(device), position_ids=pos.to(device),
                        use_cache=True, **keep)
            cache = out.past_key_values
            for sel, inp, a, p in chunks:
                s = sel.to(device)
                past = DynamicCache()
                for li, layer in enumerate(cache.layers):
                    past.update(layer.keys.index_select(0, s), layer.values.index_select(0, s), li)
                model(input_ids=inp.to(device), attention_mask=a.to(device), position_ids=p.to(device),
                      use_cache=True, **{scorer._cache_kw: past})


# ---------------------------------------------------------------------------


def compare(path: str, model_desc: str, scorer, probes, limit_fn, repeats: int = 3) -> dict:
    """Warm up both, then ``repeats`` runs of each, alternating; medians."""

    def run_scorer():
        scored = scorer.score(probes)
        return [ranks(s.scores) if s.scores is not None else None for s in scored]

    run_limit = limit_fn
    # warm-up: one scorer run (the limit runs the very same forward shapes); the shapes of both
    # are recorded (warm-up and first timed limit run) and must be the same
    shapes, h = record_shapes(scorer.model)
    run_scorer()
    s_shapes = list(shapes)
    shapes.clear()
    ts, tl = [], []
    for i in range(repeats):  # alternate, the limit first every other repeat
        pair = [(run_limit, tl), (run_scorer, ts)]
        for fn, acc in (pair if i % 2 == 0 else pair[::-1]):
            t0 = time.perf_counter()
            fn()
            acc.append(time.perf_counter() - t0)
            if i == 0 and fn is run_limit:
                l_shapes = list(shapes)
                h.remove()
    if sorted(s_shapes) != sorted(l_shapes):
        fail(f"{path}: the limit runs other forward shapes than the scorer",
             [f"scorer {sorted(s_shapes)[:10]}", f"limit {sorted(l_shapes)[:10]}"])
    s, l = statistics.median(ts), statistics.median(tl)
    n = len(probes)
    cands = sum(len(p.candidates) for p in probes)
    seq_tokens = sum(a * b for (a, b), _ in s_shapes) if s_shapes and len(s_shapes[0][0]) == 2 else None
    return {"path": path, "model": model_desc, "probes": n, "candidates": cands, "forwards": len(s_shapes),
            "padded_tokens": seq_tokens, "scorer_s": round(s, 3), "limit_s": round(l, 3),
            "scorer_probes_per_s": round(n / s, 2), "limit_probes_per_s": round(n / l, 2),
            "scorer_vs_limit": round(l / s, 3)}


def main() -> None:
    args = start(__doc__)
    n_masked, n_causal = slice_sizes(args.quick)
    rows = []
    masked_probes, desc_m = probe_slice(*n_masked)
    print(f"masked slice: {desc_m}")
    for size in ("tiny", "mid"):
        scorer = masked_scorer(size, args.batch_size)
        rows.append(compare(f"masked-{size}", bert_desc(size), scorer, masked_probes,
                            lambda s=scorer, b=masked_batches(scorer, masked_probes):
                            masked_limit(s.model, b, s.loaded.device), repeats=3 if args.quick else 5))
    causal_probes, desc_c = probe_slice(*n_causal)
    print(f"causal slice: {desc_c}")
    scorer = causal_scorer(args.batch_size)
    cb = causal_batches(scorer, causal_probes)
    rows.append(compare("causal", "SmolLM2-135M (smollm2-135m, float32)", scorer, causal_probes,
                        lambda: causal_limit(scorer, cb)))
    print_table(rows)
    print(f"batch size {args.batch_size}; times are medians of {3 if args.quick else 5} (masked) or 3 (causal) "
          "runs after a warm-up run, scorer and limit alternating; scorer_vs_limit = limit_s / scorer_s "
          f"(goal >= {GOAL}); padded_tokens = sum over forwards of rows x width (the new tokens only for cached "
          "candidate passes)")
    by = {r["path"]: r for r in rows}
    print(f"RATIO scorer_vs_limit_masked_tiny={by['masked-tiny']['scorer_vs_limit']}")
    print(f"RATIO scorer_vs_limit_masked={by['masked-mid']['scorer_vs_limit']}")
    print(f"RATIO scorer_vs_limit_causal={by['causal']['scorer_vs_limit']}")
    print(f"RATIO scorer_vs_limit={min(by['masked-mid']['scorer_vs_limit'], by['causal']['scorer_vs_limit'])}")


if __name__ == "__main__":
    main()
