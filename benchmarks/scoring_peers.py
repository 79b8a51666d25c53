"""kgprobe's scorers against what the peers actually run, on the 783-candidate slice.

Both sides score the same probes and the same candidate tokens; they must
give the same scores (|diff| <= 1e-5 x max(1, |score|), float32) and rank
the candidates alike (pairs closer than 2e-5 x max(1, |score|) may swap),
else the script prints the disagreements, no RATIO line, and exits 1.

* masked - OntoProbe-PLMs' ``hard_prompt_probing`` (probing.py of
  github.com/vickywu1022/OntoProbe-PLMs, the code behind Wu et al. 2023):
  the probes go in their input order in batches of 16 (its PromptDataLoader
  batch size); for each batch it runs one forward pass per candidate token
  count n (the candidates are grouped by token count), the slot rewritten as
  n [MASK]s, takes the full-vocabulary logits at the mask positions,
  log-softmaxes them and gathers and pools (mean) each candidate's tokens.
  Re-implemented here with plain transformers (no openprompt); its
  PromptDataLoader pads every sequence to max_seq_length (256), this one pads
  to the batch's longest sequence only, so the peer timed here is, if
  anything, faster than the original. Each probe keeps its own candidates
  (the token counts of a batch are the union over its probes).
* causal - lm-evaluation-harness' loglikelihood
  (lm_eval/models/huggingface.py of github.com/EleutherAI/lm-evaluation-harness,
  ``HFLM._loglikelihood_tokens``): one (context, continuation) request per
  candidate, model input (context + continuation)[:-1]; requests sorted by
  descending length of context + continuation tokens (its Collator), chunks
  of our batch size, right-padded, one forward pass per chunk with no
  key/value reuse across requests, log-softmax over the full vocabulary at
  every position, the continuation's tokens gathered and summed. Requests
  with the very same model input share one row (its default
  ``logits_cache``: the group_by="contexts" lookup). The tokens are the
  scorer's own (context = prefix ids, continuation = candidate ids, plus the
  suffix's when the scorer's ``scope`` is ``answer+suffix``), so both score
  the same quantity.

The one-pass-per-candidate reference scorers (kgprobe/scorers/reference.py)
are the correctness oracle only: on a few probes and an evenly spaced subset
of their candidates (golds included) kgprobe's scores must equal theirs.

Timing: warm-up, then the median of the repeats, kgprobe and peer
alternating (which goes first swaps each repeat), so load from other
processes hits both alike.

    python benchmarks/scoring_peers.py            # full (a few minutes on 2 cores)
    python benchmarks/scoring_peers.py --quick    # smaller slice, < 60 s

Ends with: RATIO speedup_vs_ontoprobe=<OntoProbe-style seconds / kgprobe
seconds, masked, mid BERT> and RATIO speedup_vs_lmeval=<lm-eval-style seconds
/ kgprobe seconds, causal SmolLM2>.
"""

from __future__ import annotations

import statistics
import time

from _scoring_common import (
    N_CANDIDATES,
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

GOALS = {"speedup_vs_ontoprobe": 3.0, "speedup_vs_lmeval": 5.0}
ONTOPROBE_BATCH = 16  # probing.py: batch_size = 16
REL = 1e-5


def scope_of(scorer) -> str:
    """The causal scorer's scope (what after [Y] is scored); 'answer' for
    scorers that predate the option."""
    return getattr(scorer.options, "scope", "answer")


# ---------------------------------------------------------------------------
# masked: OntoProbe-PLMs' hard_prompt_probing


def ontoprobe_masked(scorer, probes) -> list[list[float]]:
    import torch
    from kgprobe.scorers.base import MIN_SCORE
    from kgprobe.scorers.models import split_prompt

    tok, model, device = scorer.tokenizer, scorer.model, scorer.loaded.device
    out = []
    with torch.inference_mode():
        for b0 in range(0, len(probes), ONTOPROBE_BATCH):
            batch = probes[b0: b0 + ONTOPROBE_BATCH]
            parts = [split_prompt(p) for p in batch]
            cands = [[scorer.candidate_ids(c, scorer.lead(before)) for c in p.candidates]
                     for p, (before, _) in zip(batch, parts)]
            rows = [[MIN_SCORE] * len(p.candidates) for p in batch]
            for n in sorted({len(c) for cs in cands for c in cs if c}):
                seqs = [tok(scorer.masked_text(before, after, n))["input_ids"] for before, after in parts]
                width = max(len(s) for s in seqs)
                ids = torch.full((len(seqs), width), scorer.pad_id, dtype=torch.long)
                att = torch.zeros((len(seqs), width), dtype=torch.long)
                for r, s in enumerate(seqs):
                    ids[r, : len(s)] = torch.tensor(s)
                    att[r, : len(s)] = 1
                logits = model(input_ids=ids.to(device), attention_mask=att.to(device)).logits  # [B, L, V]
                at_mask = logits[ids.to(device) == scorer.mask_id].view(len(seqs), n, -1)           # [B, n, V]
                lp = at_mask.float().log_softmax(-1)
                for r, cs in enumerate(cands):
                    idx = [ci for ci, c in enumerate(cs) if len(c) == n]
                    if not idx:
                        continue
                    t = torch.tensor([cs[ci] for ci in idx], device=lp.device)                     # [k, n]
                    pooled = lp[r, torch.arange(n, device=lp.device)[None, :], t].mean(-1)
                    for ci, s in zip(idx, pooled.tolist()):
                        rows[r][ci] = s
            out.extend(rows)
    return out


# ---------------------------------------------------------------------------
# causal: lm-evaluation-harness' _loglikelihood_tokens


def lmeval_requests(scorer, probe) -> list[tuple[list[int], list[int]] | None]:
    """One (context ids, continuation ids) per candidate (None: empty label),
    scoring what the scorer scores under its scope, on the very same tokens
    (lm-eval tokenises the whole string and splits off the context; the
    scorer tokenises candidate + suffix in one piece, which is the same split)."""
    scope = scope_of(scorer)
    prefix, lead, tail = scorer.split(probe)
    ctx = scorer.prefix_ids(prefix)
    out = []
    for cont in scorer.continuation_ids(probe.candidates, lead, tail):
        if not cont:
            out.append(None)
        elif scope in ("answer", "answer+suffix"):
            out.append((ctx, cont))
        elif scope == "sentence":  # the whole sentence given the start token
            start = list(scorer.empty_prefix)
            out.append((start, ctx[len(start):] + cont))
        else:
            raise SystemExit(f"scoring_peers.py: unknown causal scope {scope!r}")
    return out


def lmeval_causal(scorer, probes) -> list[list[float]]:
    import torch
    from kgprobe.scorers.base import MIN_SCORE

    model, device, bs = scorer.model, scorer.loaded.device, scorer.options.batch_size
    reqs = []  # (probe index, candidate index, context, continuation)
    for pi, p in enumerate(probes):
        for ci, r in enumerate(lmeval_requests(scorer, p)):
            if r is not None:
                reqs.append((pi, ci, r[0], r[1]))
    # logits_cache: requests with the same model input (context + continuation[:-1]) share one row
    groups: dict[tuple, list[int]] = {}
    for k, (_, _, ctx, cont) in enumerate(reqs):
        groups.setdefault(tuple(ctx + cont[:-1]), []).append(k)
    # Collator: sorted by -len(context + continuation), then the tokens
    order = sorted(groups, key=lambda inp: (-(len(inp) + 1), inp))
    scores = [[MIN_SCORE] * len(p.candidates) for p in probes]
    with torch.inference_mode():
        for c0 in range(0, len(order), bs):
            chunk = order[c0: c0 + bs]
            width = max(len(x) for x in chunk)
            ids = torch.full((len(chunk), width), scorer.pad_id, dtype=torch.long)
            for r, x in enumerate(chunk):
                ids[r, : len(x)] = torch.tensor(x)
            logp = model(input_ids=ids.to(device)).logits.float().log_softmax(-1)  # [B, L, V]
            for r, x in enumerate(chunk):
                inplen = len(x)
                for k in groups[x]:
                    pi, ci, _, cont = reqs[k]
                    pos = torch.arange(inplen - len(cont), inplen, device=logp.device)
                    t = torch.tensor(cont, device=logp.device)
                    scores[pi][ci] = float(logp[r, pos, t].sum())
    return scores


# ---------------------------------------------------------------------------


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


def same_ranking(a: list[float], b: list[float], rel: float = 2 * REL) -> bool:
    """True when ``b`` orders the candidates as ``a`` does, except for pairs
    closer than float32 noise (``rel`` x max(1, |score|))."""
    order = ranks(a)
    for x, y in zip(order, order[1:]):
        tol = rel * max(1.0, abs(a[x]))
        if b[x] < b[y] - tol and a[x] - a[y] > tol:
            return False
    return True


def disagreements(label: str, probes, mine: list[list[float]], theirs: list[list[float]]) -> tuple[float, list]:
    """(max relative difference, lines naming each disagreeing probe)."""
    worst, lines = 0.0, []
    for p, a, b in zip(probes, mine, theirs):
        rel = [abs(x - y) / max(1.0, abs(y)) for x, y in zip(a, b)]
        m = max(rel, default=0.0)
        worst = max(worst, m)
        if m > REL or not same_ranking(a, b):
            j = max(range(len(rel)), key=rel.__getitem__)
            lines.append(f"{label}: probe {p.prompt!r}: candidate {p.candidates[j]!r} kgprobe {a[j]:.6f} vs "
                         f"{b[j]:.6f} (rel {m:.1e}); same ranking: {same_ranking(a, b)}")
    return worst, lines


def time_pair(fast, peer, warmup, repeats: int):
    """Medians of ``repeats`` alternating runs, after ``warmup()`` (both sides
    on a small slice: lazy initialisation, allocator)."""
    warmup()
    tf, tp = [], []
    out_f = out_p = None
    for i in range(repeats):
        pair = [(fast, tf), (peer, tp)]
        for fn, acc in (pair if i % 2 == 0 else pair[::-1]):
            t0 = time.perf_counter()
            res = fn()
            acc.append(time.perf_counter() - t0)
            if fn is fast:
                out_f = res
            else:
                out_p = res
    return statistics.median(tf), statistics.median(tp), out_f, out_p


def compare(path, model_desc, peer_name, scorer, peer_fn, reference, probes, oracle_probes, k, repeats):
    def fast():
        return [s.scores for s in scorer.score(probes)]

    small = [subset(p, 64) for p in probes[:2]]

    def warmup():
        scorer.score(small)
        peer_fn(scorer, small)

    t_fast, t_peer, mine, theirs = time_pair(fast, lambda: peer_fn(scorer, probes), warmup, repeats)
    worst, bad = disagreements(f"{path} vs {peer_name}", probes, mine, theirs)
    # the oracle: one pass per candidate on a subset
    by_prompt = {id(p): s for p, s in zip(probes, mine)}
    o_worst = 0.0
    for p in oracle_probes:
        sub = subset(p, k)
        pos = {c: i for i, c in enumerate(p.candidates)}
        a = [by_prompt[id(p)][pos[c]] for c in sub.candidates]
        w, lines = disagreements(f"{path} vs one-pass-per-candidate reference", [sub], [a], [reference(scorer, sub)])
        o_worst = max(o_worst, w)
        bad += lines
    n = len(probes)
    row = {"path": path, "model": model_desc, "probes": n, "candidates": sum(len(p.candidates) for p in probes),
           "kgprobe_s": round(t_fast, 3), "peer_s": round(t_peer, 3), "peer": peer_name,
           "kgprobe_probes_per_s": round(n / t_fast, 3), "peer_probes_per_s": round(n / t_peer, 3),
           "speedup": round(t_peer / t_fast, 2), "max_rel_diff_peer": f"{worst:.1e}",
           "max_rel_diff_oracle": f"{o_worst:.1e}"}
    return row, bad


def main() -> None:
    args = start(__doc__)
    from kgprobe.scorers.reference import causal_reference, masked_reference

    n_masked, n_causal = slice_sizes(args.quick)
    # lm-eval's way costs ~783 full passes per probe: fewer causal probes than scoring_limit.py
    n_causal = (1, 0) if args.quick else (1, 1)
    repeats_m, repeats_c = (3, 1) if args.quick else (3, 3)
    oracle_k = 12 if args.quick else 30
    rows, bad = [], []
    masked_probes, desc_m = probe_slice(*n_masked)
    print(f"masked slice: {desc_m}")
    oracle = [masked_probes[0], masked_probes[-1]]
    for size in ("tiny", "mid"):
        scorer = masked_scorer(size, args.batch_size)
        row, lines = compare(f"masked-{size}", bert_desc(size), "OntoProbe-PLMs hard_prompt_probing", scorer,
                             ontoprobe_masked, masked_reference, masked_probes, oracle, oracle_k, repeats_m)
        rows.append(row)
        bad += lines
    causal_probes, desc_c = probe_slice(*n_causal)
    print(f"causal slice: {desc_c}")
    scorer = causal_scorer(args.batch_size)
    row, lines = compare(f"causal (scope {scope_of(scorer)})", "SmolLM2-135M (smollm2-135m, float32)",
                         "lm-eval-harness loglikelihood", scorer, lmeval_causal, causal_reference, causal_probes,
                         causal_probes[:1], oracle_k // 2, repeats_c)
    rows.append(row)
    bad += lines
    if bad:
        print_table(rows)
        fail("kgprobe's scores differ from the peer's or the reference's", bad)
    print_table(rows)
    print(f"{N_CANDIDATES} candidates per probe; batch size {args.batch_size} (OntoProbe: {ONTOPROBE_BATCH} probes "
          f"per pass, its own); medians of {repeats_m} (masked) / {repeats_c} (causal) alternating runs after a "
          f"warm-up; all scores equal to the peer's and, on {oracle_k} (masked) / {oracle_k // 2} (causal) "
          "candidates of a few probes, to the one-pass-per-candidate reference (|diff| <= 1e-5 x max(1, |score|))")
    by = {r["path"].split(" ")[0]: r for r in rows}
    print(f"goals: speedup_vs_ontoprobe >= {GOALS['speedup_vs_ontoprobe']} (mid BERT), speedup_vs_lmeval >= "
          f"{GOALS['speedup_vs_lmeval']}")
    print(f"RATIO speedup_vs_ontoprobe_tiny={by['masked-tiny']['speedup']}")
    print(f"RATIO speedup_vs_ontoprobe={by['masked-mid']['speedup']}")
    print(f"RATIO speedup_vs_lmeval={by['causal']['speedup']}")


if __name__ == "__main__":
    main()
