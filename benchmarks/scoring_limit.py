"""kgprobe's scorers against the machine's physical limit (model FLOPs utilisation).

* peak: this machine's dense matmul rate - a large square ``torch.matmul``
  (PEAK_N x PEAK_N, the run's dtype, float32 on CPU) at the run's torch thread
  count, GFLOP/s = 2 N^3 / seconds; the median of 3 products measured before
  each scorer repeat (so that the load of other processes hits both alike).
* needed: the FLOPs the work truly needs, counted from the probes, not from
  the scorer's batch plan: 2 x (weights of the base model's Linear layers) x
  the tokens that must be processed, plus 2 x (weights of the output head's
  Linear layers) x the positions whose output is read. Attention scores,
  norms, activations, softmax and embeddings lookups are not counted (a few
  percent for these short sequences), so the figure is a lower bound.
  - causal: a token must be processed once per distinct token prefix: the
    probe's context once, then every distinct prefix of context +
    continuation[:-1] over its candidates (a trie; with a key/value cache
    nothing else is needed); read positions: the last context position and
    every distinct continuation prefix but the full one. The continuation is
    what the scorer scores under its ``scope`` (see scoring_peers.py).
  - masked: every token of every (probe, candidate token count n) sequence
    (a bidirectional encoder must see all of it again once the mask count
    changes); read positions: the n masks.
* scorer: ``scorer.score(probes)`` end to end (tokenisation, batching,
  padding, the forward passes, log-softmax, pooling), median of the repeats
  after a warm-up.

RATIO scorer_mfu = needed FLOPs / (scorer seconds x peak FLOP/s): 1.0 would
be the scorer running every needed multiply-add at the matmul peak with no
padding, no repeated tokens and no overhead.

Paths: causal on SmolLM2-135M (``smollm2-135m``, float32; RATIO
scorer_mfu, goal >= 0.5 at 1 thread); masked on a random 4 x 256 BERT with
the real bert-base-uncased WordPiece tokenizer (RATIO scorer_mfu_masked) and,
for information, the 2 x 32 test BERT (its forward is so small that Python
and the per-sequence bookkeeping dominate).

    python benchmarks/scoring_limit.py            # full (a few minutes on 2 cores)
    python benchmarks/scoring_limit.py --quick    # smaller slice, < 60 s
"""

from __future__ import annotations

import statistics
import time

from _scoring_common import (
    bert_desc,
    causal_scorer,
    masked_scorer,
    print_table,
    probe_slice,
    slice_sizes,
    start,
)
from scoring_peers import lmeval_requests, scope_of

GOAL = 0.5
PEAK_N = 2048


def matmul_gflops(n: int = PEAK_N, dtype=None) -> float:
    """GFLOP/s of one n x n x n torch.matmul (after one warm-up product)."""
    import torch

    dtype = dtype or torch.float32
    a = torch.randn(n, n, dtype=dtype)
    b = torch.randn(n, n, dtype=dtype)
    torch.matmul(a, b)
    t0 = time.perf_counter()
    torch.matmul(a, b)
    return 2 * n ** 3 / (time.perf_counter() - t0) / 1e9


def linear_weights(module) -> int:
    """Weights (not biases) of the Linear layers in ``module`` (HF Conv1D counts too)."""
    import torch

    total = 0
    for m in module.modules():
        if isinstance(m, torch.nn.Linear) or type(m).__name__ == "Conv1D":
            total += m.weight.numel()
    return total


def body_and_head(model) -> tuple[int, int]:
    """(Linear weights of the base model, Linear weights of the output head)."""
    body = linear_weights(model.base_model)
    head = linear_weights(model) - body
    return body, head


def causal_needs(scorer, probes) -> tuple[int, int]:
    """(tokens that must be processed, positions read) for a causal scorer."""
    tokens = read = 0
    for p in probes:
        reqs = [r for r in lmeval_requests(scorer, p) if r is not None]
        if not reqs:
            continue
        nodes, reads = set(), set()
        for ctx, cont in reqs:
            seq = tuple(ctx + cont)
            for k in range(1, len(seq)):
                nodes.add(seq[:k])
                if k >= len(ctx):
                    reads.add(seq[:k])
        tokens += len(nodes)
        read += len(reads)
    return tokens, read


def masked_needs(scorer, probes) -> tuple[int, int]:
    """(tokens that must be processed, positions read) for a masked scorer."""
    from kgprobe.scorers.models import split_prompt

    tokens = read = 0
    for p in probes:
        before, after = split_prompt(p)
        lead = scorer.lead(before)
        ns = {1 if scorer.options.single_mask else len(ids)
              for ids in (scorer.candidate_ids(c, lead) for c in p.candidates) if ids}
        for n in ns:
            tokens += len(scorer.tokenizer(scorer.masked_text(before, after, n))["input_ids"])
            read += n
    return tokens, read


def measure(path: str, model_desc: str, scorer, probes, needs, repeats: int) -> dict:
    import torch

    body, head = body_and_head(scorer.model)
    tokens, read = needs(scorer, probes)
    flops = 2 * body * tokens + 2 * head * read
    dtype = next(scorer.model.parameters()).dtype
    scorer.score(probes[:1])  # warm-up
    times, peaks = [], []
    for _ in range(repeats):
        peaks.append(statistics.median(matmul_gflops(dtype=dtype) for _ in range(3)))
        t0 = time.perf_counter()
        scorer.score(probes)
        times.append(time.perf_counter() - t0)
    wall, peak = statistics.median(times), statistics.median(peaks)
    return {"path": path, "model": model_desc, "probes": len(probes),
            "candidates": sum(len(p.candidates) for p in probes), "threads": torch.get_num_threads(),
            "body_weights_M": round(body / 1e6, 2), "head_weights_M": round(head / 1e6, 2),
            "needed_tokens": tokens, "read_positions": read, "needed_GFLOP": round(flops / 1e9, 1),
            "scorer_s": round(wall, 3), "achieved_GFLOP/s": round(flops / wall / 1e9, 1),
            "peak_GFLOP/s": round(peak, 1), "mfu": round(flops / wall / 1e9 / peak, 3)}


def main() -> None:
    args = start(__doc__)
    n_masked, n_causal = slice_sizes(args.quick)
    repeats = 3
    rows = []
    masked_probes, desc_m = probe_slice(*n_masked)
    print(f"masked slice: {desc_m}")
    for size in ("tiny", "mid"):
        scorer = masked_scorer(size, args.batch_size)
        rows.append(measure(f"masked-{size}", bert_desc(size), scorer, masked_probes, masked_needs, repeats))
    causal_probes, desc_c = probe_slice(*n_causal)
    print(f"causal slice: {desc_c}")
    scorer = causal_scorer(args.batch_size)
    rows.append(measure(f"causal (scope {scope_of(scorer)})", "SmolLM2-135M (smollm2-135m, float32)", scorer,
                        causal_probes, causal_needs, 1 if args.quick else repeats))
    print_table(rows)
    print(f"batch size {args.batch_size}; peak = median of 3 products of {PEAK_N} x {PEAK_N} matrices (torch.matmul, "
          "the model's dtype) before each scorer repeat; mfu = needed_GFLOP / scorer_s / peak; scorer_s = median of "
          f"the repeats after a warm-up; goal mfu >= {GOAL} (causal, 1 thread)")
    by = {r["path"].split(" ")[0]: r for r in rows}
    print(f"RATIO scorer_mfu_masked_tiny={by['masked-tiny']['mfu']}")
    print(f"RATIO scorer_mfu_masked={by['masked-mid']['mfu']}")
    print(f"RATIO scorer_mfu={by['causal']['mfu']}")


if __name__ == "__main__":
    main()
