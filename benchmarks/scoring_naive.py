"""kgprobe's scorers against the LAMA / OntoProbe way of scoring.

LAMA-style code (and OntoProbe's) runs one forward pass per probe x
candidate: the prompt with the candidate's [MASK]s for a masked LM, prefix +
candidate for a causal LM. kgprobe's slow reference scorers
(kgprobe/scorers/reference.py) do exactly that, one unpadded pass per
candidate, and the fast scorers must agree with them; this script times both
on the slice of scoring_limit.py (783 candidates per probe).

* fast: ``scorer.score(probes)`` on the whole slice, median of 3 after a
  warm-up, seconds per probe.
* naive: the reference on a few probes (half memorisation, half reasoning,
  spread over the slice) and, per probe, an evenly spaced subset of its
  candidates (its golds included); median of 3 after a warm-up, then
  extrapolated: seconds per candidate x 783 = seconds per probe. The cost of
  the naive way is one forward pass per candidate, so it grows linearly with
  the candidates; this is stated in the output.

Both ways must give the same scores (to 1e-5 relative, float32) and the
same ranking of the timed candidates (pairs closer than 2e-5 x max(1, |score|) may swap).

    python benchmarks/scoring_naive.py            # full (a few minutes on 2 cores)
    python benchmarks/scoring_naive.py --quick    # smaller slice, < 60 s

Ends with: RATIO speedup_vs_naive=<min over masked (mid BERT) and causal of
naive seconds per probe / fast seconds per probe>
"""

from __future__ import annotations

import statistics
import time

from _scoring_common import (
    N_CANDIDATES,
    bert_desc,
    causal_scorer,
    masked_scorer,
    print_table,
    probe_slice,
    ranks,
    slice_sizes,
    start,
)

GOAL = 10.0


def subset(probe, k: int):
    """The probe restricted to k evenly spaced candidates (golds first)."""
    from kgprobe.probes.model import Probe

    cands = probe.candidates
    step = max(1, len(cands) // k)
    keep = list(dict.fromkeys([c for c in probe.gold if c in cands] + cands[::step]))[:k]
    d = probe.to_dict()
    d["candidates"] = keep
    d["id"] = ""
    return Probe.from_dict(d)


def same_ranking(a: list[float], b: list[float], rel: float = 2e-5) -> bool:
    """True when ``b`` orders the candidates as ``a`` does, except for pairs
    closer than float32 noise (``rel`` x max(1, |score|))."""
    order = ranks(a)
    for x, y in zip(order, order[1:]):
        tol = rel * max(1.0, abs(a[x]))
        if b[x] < b[y] - tol and a[x] - a[y] > tol:
            return False
    return True


def compare(path, model_desc, scorer, reference, probes, naive_probes, k, repeats=3):
    def fast():
        return scorer.score(probes)

    t_fast = []
    scored = fast()  # warm-up
    for _ in range(repeats):
        t0 = time.perf_counter()
        scored = fast()
        t_fast.append(time.perf_counter() - t0)
    fast_per_probe = statistics.median(t_fast) / len(probes)
    by_id = {s.probe_id: s for s in scored}

    subs = [subset(p, k) for p in naive_probes]
    reference(scorer, subset(subs[0], 2))  # warm-up
    t_naive = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        naive = [reference(scorer, p) for p in subs]
        t_naive.append(time.perf_counter() - t0)
    n_forward = sum(len(p.candidates) for p in subs)
    per_candidate = statistics.median(t_naive) / n_forward
    mean_cands = sum(len(p.candidates) for p in probes) / len(probes)
    naive_per_probe = per_candidate * mean_cands

    # agreement on the timed candidates
    max_diff, max_rel, same, top1 = 0.0, 0.0, 0, 0
    for p, sub, ref in zip(naive_probes, subs, naive):
        full = by_id[p.id]
        pos = {c: i for i, c in enumerate(full.candidates)}
        mine = [full.scores[pos[c]] for c in sub.candidates]
        max_diff = max(max_diff, max(abs(x - y) for x, y in zip(mine, ref)))
        max_rel = max(max_rel, max(abs(x - y) / max(1.0, abs(y)) for x, y in zip(mine, ref)))
        same += same_ranking(mine, ref)
        top1 += ranks(mine)[0] == ranks(ref)[0]
    return {"path": path, "model": model_desc, "fast_probes": len(probes),
            "fast_s_per_probe": round(fast_per_probe, 4),
            "naive_probes": len(subs), "naive_forwards": n_forward,
            "naive_s_per_candidate": round(per_candidate, 5),
            "naive_s_per_probe": round(naive_per_probe, 2),
            "speedup": round(naive_per_probe / fast_per_probe, 1),
            "same_ranks": f"{same}/{len(subs)}", "same_top1": f"{top1}/{len(subs)}",
            "max_abs_diff": f"{max_diff:.1e}", "max_rel_diff": f"{max_rel:.1e}"}, max_rel, same == len(subs)


def main() -> None:
    args = start(__doc__)
    from kgprobe.scorers.reference import causal_reference, masked_reference

    n_masked, n_causal = slice_sizes(args.quick)
    # naive: probes x candidates actually run (then extrapolated to 783 per probe)
    naive_masked = (2, 40) if args.quick else (4, 60)
    naive_causal = (1, 8) if args.quick else (2, 20)
    rows = []
    ok = True
    masked_probes, desc_m = probe_slice(*n_masked)
    print(f"masked slice: {desc_m}")

    def spread(probes, m):
        memo = [p for p in probes if p.kind == "memorisation"]
        reas = [p for p in probes if p.kind == "reasoning"]
        return memo[: (m + 1) // 2] + reas[: m // 2]

    for size in ("tiny", "mid"):
        scorer = masked_scorer(size, args.batch_size)
        m, k = naive_masked
        row, diff, same = compare(f"masked-{size}", bert_desc(size), scorer, masked_reference, masked_probes,
                                  spread(masked_probes, m), k)
        rows.append(row)
        ok &= diff <= 1e-5 and same
    causal_probes, desc_c = probe_slice(*n_causal)
    print(f"causal slice: {desc_c}")
    scorer = causal_scorer(args.batch_size)
    m, k = naive_causal
    row, diff, same = compare("causal", "SmolLM2-135M (smollm2-135m, float32)", scorer, causal_reference,
                              causal_probes, spread(causal_probes, m), k)
    rows.append(row)
    ok &= diff <= 1e-5 and same
    print_table(rows)
    print(f"fast = kgprobe's scorer on the whole slice ({N_CANDIDATES} candidates per probe), median of 3; naive = "
          "one forward pass per probe x candidate (kgprobe.scorers.reference), run on naive_forwards probe x "
          f"candidate pairs, median of 3, extrapolated linearly to {N_CANDIDATES} candidates per probe; batch size "
          f"{args.batch_size}; goal speedup >= {GOAL}")
    print(f"agreement on the naive candidates: {'scores and ranks identical' if ok else 'DIFFERENCES (see table)'}"
          " (|diff| <= 1e-5 x max(1, |score|), float32; pairs closer than 2e-5 x max(1, |score|) may swap)")
    by = {r["path"]: r for r in rows}
    print(f"RATIO speedup_vs_naive_masked_tiny={by['masked-tiny']['speedup']}")
    print(f"RATIO speedup_vs_naive_masked={by['masked-mid']['speedup']}")
    print(f"RATIO speedup_vs_naive_causal={by['causal']['speedup']}")
    print(f"RATIO speedup_vs_naive={min(by['masked-mid']['speedup'], by['causal']['speedup'])}")


if __name__ == "__main__":
    main()
