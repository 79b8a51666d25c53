"""Data parallel runs: ``kgprobe run --shard I/N`` and ``kgprobe merge``.

Shard I of N scores test probes I, I+N, I+2N, ... of the run's test list
(split "test", after ``--limit``; the same list on every machine, since it
is derived from the probes, the limit and the seed), so shards are
balanced in size and in task mix. It writes ``DIR/<slug>.shard-I-of-N/``,
whose run.json holds the fingerprint of the whole run plus ``shard: [I, N]``;
a killed shard resumes like any run.

:func:`merge_shards` checks that the given shard folders share one
fingerprint (same model, probes, options, limit and seed), one N, and
distinct I covering 0..N-1, that each shard is complete, and that the
interleaved predictions are the run's test probes in order (the
fingerprint's hash of the probe ids), each exactly once. It then writes
``OUT/<slug>/`` as an unsharded run would: run.json (the unsharded
fingerprint, so ``kgprobe run`` on OUT finds the run done),
predictions.jsonl (the same bytes) and results.json (the same counts,
metrics and config; the manifest sums the shards' wall time and lists
each shard's host and times under ``shards``). Every file is written
atomically.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Sequence

from kgprobe.errors import KgprobeError, ResultsError

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def parse_shard(text: str) -> tuple[int, int]:
    """``"I/N"`` -> (I, N) with 0 <= I < N; KgprobeError otherwise."""
    m = _SHARD.match(text or "")
    if not m:
        raise KgprobeError(f"--shard {text!r}: expected I/N, e.g. 0/4 (shards count from 0)")
    i, n = int(m.group(1)), int(m.group(2))
    if n < 1 or i >= n:
        raise KgprobeError(f"--shard {text}: needs N >= 1 and 0 <= I < N (shards count from 0)")
    return i, n


def shard_probes(test: Sequence, index: int, count: int) -> list:
    """Shard ``index`` of ``count``: items index, index+count, ..."""
    return list(test[index::count])


def _read_json(path: Path) -> dict:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResultsError(f"{path.parent}: no {path.name}; is it an unfinished shard? run it again to finish") from None
    except (OSError, ValueError):
        raise ResultsError(f"{path}: unreadable JSON") from None
    if not isinstance(d, dict):
        raise ResultsError(f"{path}: not a JSON object")
    return d


def _fp_hash(config: dict) -> str:
    from kgprobe.runner import _hash

    return _hash(config)


#: manifest entries that must agree between shards (else they ran different code or weights)
_SAME_MANIFEST = ("kgprobe", "model_name", "model_revision", "model_sha256", "dtype")
#: per-shard manifest entries, kept under manifest["shards"]
_PER_SHARD = ("host", "device", "torch_threads", "started", "finished", "wall_time_s", "sessions", "probes_load_s")


def _config_key(config: dict) -> dict:
    from kgprobe.runner import NETWORK_OPTIONS

    c = dict(config)
    c["options"] = {k: v for k, v in (c.get("options") or {}).items() if k not in NETWORK_OPTIONS}
    return c


def merge_shards(dirs: Sequence, out) -> tuple[Path, dict]:
    """Join shard folders into ``out/<slug>/``; returns that folder and its results."""
    from kgprobe.io import atomic_write
    from kgprobe.metrics.aggregate import compute_metrics, counts
    from kgprobe.metrics.bootstrap import N_RESAMPLES
    from kgprobe.metrics.schema import slugify, write_json_atomic
    from kgprobe.runner import _RunLock, prediction_line, read_predictions

    if not dirs:
        raise KgprobeError("merge: no shard folders given")
    shards = []
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            raise KgprobeError(f"{d}: not a folder")
        run = _read_json(d / "run.json")
        config = dict(run.get("config") or {})
        shard = config.pop("shard", None)
        if not (isinstance(shard, list) and len(shard) == 2 and all(isinstance(x, int) for x in shard)):
            raise ResultsError(f"{d}: not a shard (its run.json has no shard I/N); make shards with kgprobe run --shard I/N")
        shards.append({"dir": d, "run": run, "config": config, "index": shard[0], "count": shard[1]})

    first = shards[0]
    fp = _fp_hash(first["config"])
    for s in shards[1:]:
        if _fp_hash(s["config"]) != fp:
            diff = sorted(k for k in set(s["config"]) | set(first["config"])
                          if s["config"].get(k) != first["config"].get(k))
            raise ResultsError(f"{s['dir']} and {first['dir']} are shards of different runs "
                               f"(they differ in: {', '.join(diff) or 'fingerprint'})")
        if s["count"] != first["count"]:
            raise ResultsError(f"{s['dir']} is a shard of {s['count']}, {first['dir']} of {first['count']}")
    n = first["count"]
    by_index: dict[int, dict] = {}
    for s in shards:
        if s["index"] in by_index:
            raise ResultsError(f"shard {s['index']}/{n} given twice: {by_index[s['index']]['dir']} and {s['dir']}")
        by_index[s["index"]] = s
    missing = [i for i in range(n) if i not in by_index]
    if missing:
        raise ResultsError(f"shard{'s' if len(missing) > 1 else ''} {', '.join(f'{i}/{n}' for i in missing)} "
                           f"missing ({len(shards)} of {n} given)")

    ordered = [by_index[i] for i in range(n)]
    for s in ordered:
        s["results"] = _read_json(s["dir"] / "results.json")
        s["preds"] = read_predictions(s["dir"] / "predictions.jsonl")
        info = s["results"].get("shard") or {}
        if (info.get("index"), info.get("count")) != (s["index"], n):
            raise ResultsError(f"{s['dir']}/results.json is not the results of shard {s['index']}/{n}; "
                               "run the shard again to finish it")
        if _config_key(s["results"].get("config") or {}) != _config_key(ordered[0]["results"].get("config") or {}):
            raise ResultsError(f"{s['dir']} was run with other arguments than {ordered[0]['dir']} "
                               "(e.g. --abstain-below); run the shards alike")
        n_counted = (s["results"].get("counts") or {}).get("probes")
        if len(s["preds"]) != n_counted:
            raise ResultsError(f"{s['dir']} holds {len(s['preds'])} predictions, its results.json counts {n_counted}; "
                               "run the shard again to finish it")
        for k in _SAME_MANIFEST:
            a, b = (ordered[0]["results"].get("manifest") or {}).get(k), (s["results"].get("manifest") or {}).get(k)
            if a != b:
                raise ResultsError(f"{s['dir']} ran with {k} {b!r}, {ordered[0]['dir']} with {a!r}; "
                                   "run every shard with the same kgprobe and weights")
    total = sum(len(s["preds"]) for s in ordered)
    for s in ordered:
        want = len(range(s["index"], total, n))
        if len(s["preds"]) != want:
            raise ResultsError(f"{s['dir']} holds {len(s['preds'])} predictions, shard {s['index']}/{n} "
                               f"of {total} needs {want}; the shards do not cover the run's probes exactly once")
    records = [ordered[i % n]["preds"][i // n] for i in range(total)]
    ids_sha = hashlib.sha256("\n".join(str(r["probe_id"]) for r in records).encode()).hexdigest()
    if ids_sha != first["config"].get("test_probe_ids_sha256"):
        raise ResultsError(f"the predictions of {n} shards are not the run's test probes, each once and in order "
                           "(a shard folder was changed?); run the shards again")

    base = ordered[0]["results"]
    config = base["config"]
    info = base["shard"]
    metrics = compute_metrics(records, seed=config["seed"], n_resamples=info.get("n_resamples", N_RESAMPLES),
                              abstain_below=config.get("abstain_below"))
    results = {k: v for k, v in base.items() if k != "shard"}
    results["counts"] = counts(records)
    results["metrics"] = metrics
    results["manifest"] = _merged_manifest(ordered)

    run_info = {k: v for k, v in ordered[0]["run"].items()}
    run_info.update(fingerprint=fp, config=first["config"],
                    created=min(str(s["run"].get("created", "")) for s in ordered),
                    wall_time_s=sum(float(s["run"].get("wall_time_s", 0.0)) for s in ordered),
                    sessions=sum(int(s["run"].get("sessions", 0)) for s in ordered))

    out_dir = Path(out) / slugify(str(results["model"]))
    if any(out_dir.resolve() == s["dir"].resolve() for s in ordered):
        raise KgprobeError(f"--out {out}: would write into shard folder {out_dir}; choose another --out")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgprobeError(f"cannot create {out_dir} ({exc.strerror})") from None
    with _RunLock(out_dir):
        existing = out_dir / "run.json"
        if existing.exists():
            old = _read_json(existing)
            if old.get("fingerprint") != fp:
                raise KgprobeError(f"{out_dir} holds a run with other arguments; choose another --out")
        write_json_atomic(out_dir / "run.json", run_info)
        with atomic_write(out_dir / "predictions.jsonl") as f:
            f.write("".join(prediction_line(r) for r in records))
        write_json_atomic(out_dir / "results.json", results)
    return out_dir, results


def _merged_manifest(ordered: list[dict]) -> dict:
    import datetime as _dt

    mans = [s["results"].get("manifest") or {} for s in ordered]
    m = dict(mans[0])
    hosts = sorted({str(x.get("host")) for x in mans})
    m.update(
        started=min(str(x.get("started", "")) for x in mans),
        finished=max(str(x.get("finished", "")) for x in mans),
        wall_time_s=round(sum(float(x.get("wall_time_s") or 0.0) for x in mans), 3),
        wall_time_s_this_session=round(sum(float(x.get("wall_time_s_this_session") or 0.0) for x in mans), 3),
        sessions=sum(int(x.get("sessions") or 0) for x in mans),
        scored_this_session=sum(int(x.get("scored_this_session") or 0) for x in mans),
        resumed_with=sum(int(x.get("resumed_with") or 0) for x in mans),
        host=hosts[0] if len(hosts) == 1 else ", ".join(hosts),
        merged=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        shards=[{"index": s["index"], **{k: x.get(k) for k in _PER_SHARD}} for s, x in zip(ordered, mans)],
    )
    return m
