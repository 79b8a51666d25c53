"""``kgprobe explain``: reload a run's model and probes, attribute, aggregate, write.

The run folder's results.json says how the run was made (model spec,
battery, ontology or probes file, semantics, --limit, --seed, scorer
options, soft prompts; a battery or ontology given as a file by its path,
which must still have the sha256 the run recorded); the same probes are regenerated (or re-read) and the
same scorer is built with the same options (only the device may differ) and,
for a run made with ``--soft DIR``, the same soft prompts attached: each file
must still be where results.json says and have the sha256 it records. The probes to
explain are chosen by id or as a seeded sample of the run's scored probes.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Optional

from kgprobe.errors import KgprobeError, ResultsError
from kgprobe.explain.ablation import EDITS, ablation_deltas, edited_probes
from kgprobe.explain.methods import VECTORS, attention_vectors, gradient_vectors, has_attention
from kgprobe.explain.target import make_target
from kgprobe.probes.model import Probe


@dataclass
class ExplainConfig:
    run_dir: str
    out: Optional[str] = None
    probe_ids: Optional[list[str]] = None
    sample: Optional[int] = 20
    seed: int = 0
    methods: tuple = ("attention", "rollout", "grad_x_input", "integrated_gradients", "ablation")
    kind: Optional[str] = None           # reasoning | memorisation: sample among these only
    device: str = "auto"
    ig_steps: int = 32
    ig_max_steps: int = 256
    ig_tolerance: float = 0.02
    progress: bool = True


@dataclass
class LoadedRun:
    results: dict
    probes: list[Probe]          # the run's scored probes, in run order
    records: dict                # probe_id -> predictions.jsonl record
    conjunction: Optional[str]
    soft_paths: list = field(default_factory=list)  # the run's soft prompt files (checked: same sha256)


def load_run(run_dir) -> LoadedRun:
    """The run's results, its scored probes (regenerated as the run made
    them) and its prediction records. Raises ResultsError (one line)."""
    from kgprobe.runner import load_probe_set, read_predictions, select_test

    d = Path(run_dir)
    res_path = d / "results.json"
    if not d.is_dir():
        raise ResultsError(f"{d}: no such run folder")
    if not res_path.is_file():
        raise ResultsError(f"{d} holds no results.json; explain a folder that `kgprobe run` finished")
    try:
        results = json.loads(res_path.read_text(encoding="utf-8"))
        cfg = results["config"]
        cfg["model"]
    except (OSError, ValueError, KeyError, TypeError):
        raise ResultsError(f"{res_path} is not a kgprobe results file") from None
    source = cfg.get("probes") or "generated"
    if source == "generated":
        for key in ("battery_file", "ontology_file"):
            if cfg.get(key) and not Path(cfg[key]).expanduser().is_file():
                raise ResultsError(f"{res_path}: the run's {key.split('_')[0]} file {cfg[key]} is not there (run "
                                   "explain from the folder the run was started in)")
        ps = load_probe_set(battery=cfg.get("battery_file") or cfg.get("battery") or "default",
                            ontology=cfg.get("ontology_file") or cfg.get("ontology"),
                            semantics=cfg.get("semantics") or "rdfs")
        manifest = results.get("manifest") or {}
        for what, got in (("battery", ps.battery_sha256), ("ontology", ps.ontology_sha256)):
            want = manifest.get(f"{what}_sha256")
            if want and got and want != got:
                raise ResultsError(f"{res_path}: the {what} {cfg.get(what + '_file') or cfg.get(what)} has sha256 "
                                   f"{got[:12]}, the run recorded {want[:12]}: it changed since the run")
    else:
        if not Path(source).is_file():
            raise ResultsError(f"{res_path}: the run's probes file {source} is not there (run explain from the "
                               "folder the run was started in)")
        ps = load_probe_set(probes_file=source)
    test = select_test(ps, cfg.get("limit"), int(cfg.get("seed") or 0))
    records = {r["probe_id"]: r for r in read_predictions(d / "predictions.jsonl")}
    missing = [p.id for p in test if p.id not in records]
    if missing:
        raise ResultsError(f"{d}: predictions.jsonl lacks {len(missing)} of the run's probes (e.g. {missing[0]}); "
                           "the probes regenerated differently or the run is unfinished")
    return LoadedRun(results, test, records,
                     _conjunction(cfg.get("battery_file") or cfg.get("battery") if source == "generated" else None),
                     _soft_paths(results, res_path))


def _soft_paths(results: dict, res_path: Path) -> list[str]:
    """The soft prompt files of a ``--soft`` run, each checked to be there
    with the sha256 that results.json records (ResultsError, one line)."""
    from kgprobe.probes.io import sha256_file

    out = []
    for sp in results.get("soft_prompts") or (results.get("config") or {}).get("soft_prompts") or []:
        path, want = (sp.get("path"), sp.get("sha256")) if isinstance(sp, dict) else (None, None)
        if not path or not want:
            raise ResultsError(f"{res_path}: a soft prompt without path or sha256")
        if not Path(path).is_file():
            raise ResultsError(f"{res_path}: the run's soft prompt {path} is not there (run explain from the "
                               "folder the run was started in)")
        got = sha256_file(path)
        if got != want:
            raise ResultsError(f"{path}: sha256 {got[:12]} differs from the {want[:12]} the run recorded "
                               f"({res_path}): the soft prompt changed since the run")
        out.append(path)
    return out


def _conjunction(battery: Optional[str]) -> Optional[str]:
    """The text of the battery's reasoning conjunction ("Therefore,"); the
    default battery's when the probes came from a file."""
    from kgprobe.probes.battery import load_battery

    try:
        b = load_battery(battery or "default")
        rs = b.reasoning
        return b.template(rs.conjunction if rs is not None else "therefore").text or None
    except KgprobeError:
        return None


def choose(run: LoadedRun, cfg: ExplainConfig) -> list[Probe]:
    """The probes to explain: by id (each must be a scored probe of the run),
    or a seeded sample of the scored ones (of ``cfg.kind`` only if set), in
    run order."""
    scored = [p for p in run.probes if not run.records[p.id].get("skipped")]
    if cfg.probe_ids:
        by_id = {p.id: p for p in run.probes}
        out = []
        for pid in dict.fromkeys(cfg.probe_ids):
            if pid not in by_id:
                raise KgprobeError(f"unknown probe id {pid!r}: not among the {len(by_id)} probes of {cfg.run_dir}")
            if run.records[pid].get("skipped"):
                raise KgprobeError(f"probe {pid} was skipped by the run ({run.records[pid]['skipped']})")
            out.append(by_id[pid])
        return out
    pool = [p for p in scored if cfg.kind is None or p.kind == cfg.kind]
    if not pool:
        raise KgprobeError(f"{cfg.run_dir} has no scored {cfg.kind or ''} probes to explain".replace("  ", " "))
    n = min(cfg.sample or len(pool), len(pool))
    keep = sorted(random.Random(cfg.seed).sample(range(len(pool)), n))
    return [pool[i] for i in keep]


def build_scorer(results: dict, device: str, soft_paths=()):
    """The run's scorer: same spec, same options, ``device`` if given, and
    the soft prompts in ``soft_paths`` attached (as ``kgprobe run --soft``)."""
    from kgprobe.scorers import make_scorer
    from kgprobe.scorers.base import ScorerOptions

    cfg = results["config"]
    known = {f.name for f in fields(ScorerOptions)}
    opts = {k: v for k, v in (cfg.get("options") or {}).items() if k in known}
    if device and device != "auto":
        opts["device"] = device
    scorer = make_scorer(cfg["model"], ScorerOptions(**opts))
    if getattr(scorer, "kind", None) not in ("masked", "causal"):
        raise KgprobeError(f"{cfg['model']}: explain needs a masked or causal language model "
                           f"(this run's model is {results.get('model_kind') or 'another kind'})")
    if soft_paths:
        from kgprobe.tune.soft import attach, load

        attach(scorer, [load(p) for p in soft_paths])
    return scorer


def explain_probe(scorer, probe: Probe, record: dict, methods, conjunction=None, ig_steps: int = 32,
                  attention_ok: bool = True, ig_max_steps: int = 256, ig_tolerance: float = 0.02) -> dict:
    """The explanations.jsonl record of one probe."""
    model = scorer.model
    edits = edited_probes(probe) if "ablation" in methods else {}
    scored = scorer.score([probe] + list(edits.values()))  # the probe and its ablations in one call
    scores = scored[0].scores
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    top1, gold = probe.candidates[best], probe.gold[0]
    row = {
        "probe_id": probe.id, "task": probe.task, "kind": probe.kind, "setting": probe.setting,
        "family": probe.family, "template": probe.template, "prompt": probe.prompt, "gold": gold, "top1": top1,
        "correct": record.get("correct"), "confidence": record.get("confidence"),
        "score_matches_run": _matches(record, probe, scores), "targets": {},
    }
    vec_names = [v for m in methods for v in VECTORS.get(m, ())]
    for role, cand in (("gold", gold), ("top1", top1)):
        if role == "top1" and cand == gold:
            row["targets"]["top1"] = "gold"  # the same target
            continue
        t = make_target(scorer, probe, cand, conjunction)
        emb = t.embeds(model)
        entry = {"candidate": cand, "score": scores[probe.candidates.index(cand)], "tokens": t.tokens,
                 "parts": t.parts, "query": t.query, "attributions": {}}
        if attention_ok and any(v in vec_names for v in ("attention_last", "attention_mean", "rollout")):
            att = attention_vectors(model, t, emb)
            if att:
                entry["attributions"].update({k: v for k, v in att.items() if k in vec_names})
        grads = gradient_vectors(t.forward, emb, t.baseline(emb), vec_names, ig_steps=ig_steps,
                                 ig_tolerance=ig_tolerance, ig_max_steps=ig_max_steps)
        if "ig" in grads:
            entry["ig"] = grads.pop("ig")
        entry["attributions"].update(grads)
        row["targets"][role] = entry
    if "ablation" in methods:
        row["ablation"] = ablation_deltas(probe, scores, top1, edits, scored[1:])
    return row


def _matches(record: dict, probe: Probe, scores: list[float]) -> Optional[bool]:
    """Whether the rescored probe gives the run's top-5 scores (to 1e-3)."""
    top5 = record.get("top5") or []
    if not top5:
        return None
    first = {}
    for i, c in enumerate(probe.candidates):
        first.setdefault(c, i)
    return all(s is None or abs(scores[first[c]] - s) <= 1e-3 * max(1.0, abs(s)) for c, s in top5 if c in first)


def explain(cfg: ExplainConfig, run: Optional[LoadedRun] = None) -> dict:
    """Run ``kgprobe explain``; returns summary.json's content."""
    from tqdm.auto import tqdm

    from kgprobe.explain.aggregate import summarise
    from kgprobe.explain.render import write_html, write_plots
    from kgprobe.metrics.schema import write_json_atomic

    t0 = time.perf_counter()
    run = run or load_run(cfg.run_dir)
    chosen = choose(run, cfg)
    out = Path(cfg.out) if cfg.out else Path(cfg.run_dir) / "explain"
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgprobeError(f"cannot create {out} ({exc.strerror})") from None
    scorer = build_scorer(run.results, cfg.device, run.soft_paths)
    model = scorer.model
    model.requires_grad_(False)
    attention_ok = has_attention(model)
    rows, edits_all = [], []
    bar = tqdm(chosen, unit="probe", desc="explain", disable=not cfg.progress, file=sys.stderr, dynamic_ncols=True)
    with open(out / "explanations.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for probe in bar:
            row = explain_probe(scorer, probe, run.records[probe.id], cfg.methods, run.conjunction, cfg.ig_steps,
                                attention_ok, cfg.ig_max_steps, cfg.ig_tolerance)
            f.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")
            rows.append(row)
            if "ablation" in cfg.methods:
                edits_all.extend(edited_probes(probe).values())
    bar.close()
    if edits_all:
        with open(out / "ablated_probes.jsonl", "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(p.to_json() + "\n" for p in edits_all))
    summary = summarise(rows)
    summary["run"] = {"run_dir": str(cfg.run_dir), "model": run.results.get("model"),
                      "model_kind": run.results.get("model_kind"), "battery": run.results.get("battery"),
                      "n_run_probes": len(run.probes)}
    if run.soft_paths:  # only then: summaries of manual runs keep their keys
        summary["run"]["soft_prompts"] = list(run.soft_paths)
    summary["config"] = {"probes": cfg.probe_ids, "sample": None if cfg.probe_ids else cfg.sample,
                         "seed": cfg.seed, "kind": cfg.kind, "methods": list(cfg.methods), "ig_steps": cfg.ig_steps,
                         "ig_max_steps": cfg.ig_max_steps, "ig_tolerance": cfg.ig_tolerance,
                         "device": scorer.loaded.device, "edits": list(EDITS)}
    summary["wall_time_s"] = round(time.perf_counter() - t0, 1)
    write_json_atomic(out / "summary.json", summary)
    write_plots(summary, out)
    write_html(rows, summary, out / "explain.html")
    return summary
