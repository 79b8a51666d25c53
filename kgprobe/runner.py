"""The ``kgprobe run`` loop: probes -> scorer -> predictions.jsonl -> results.json.

For one model the runner

1. takes the battery's probes (generated from ontology + battery, or read
   from a ``--probes`` JSONL file); when any probe is in split "train" or
   "dev", only split "test" is scored ("dev" is left for tuning), and a scorer
   with a ``fit(train_probes)`` method is first fitted on split "train";
   without split information every probe is scored;
2. writes ``DIR/<slug>/run.json`` holding the run's fingerprint (a hash of
   everything that changes the predictions) and refuses to reuse a folder
   whose fingerprint differs (``--overwrite`` starts afresh), except to
   extend it: a run made with fewer --task values or a --limit, all of whose
   predictions are probes of the new run, keeps them and scores the rest;
3. reads the predictions already in ``DIR/<slug>/predictions.jsonl``
   (dropping a torn last line left by a killed run), scores the remaining
   probes in chunks and appends each chunk with flush + fsync, so a killed
   run started again with the same arguments loses nothing and scores
   nothing twice;
4. computes all metrics from the predictions and writes ``results.json``
   atomically (temporary file + ``os.replace``).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import platform
import random
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from kgprobe.manifest import package_versions
from kgprobe import __version__
from kgprobe.errors import BatteryError, KgprobeError, OutputError, ResultsError
from kgprobe.metrics.aggregate import compute_metrics, counts
from kgprobe.metrics.bootstrap import N_RESAMPLES
from kgprobe.metrics.records import prediction_record
from kgprobe.metrics.schema import SCHEMA_VERSION, slugify, write_json_atomic
from kgprobe.probes.io import read_probes_file, sha256_file
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import ResolvedSpec, ScorerOptions, resolve_spec
from kgprobe.scorers.openai import public_spec

CHUNK_SIZE = 32  # probes per scorer call and per fsync'd append


# --------------------------------------------------------------------------
# probes
# --------------------------------------------------------------------------


@dataclass
class ProbeSet:
    """The probes of one run and where they came from."""

    probes: list[Probe]
    battery: str
    battery_sha256: Optional[str]
    ontology: Optional[str]
    ontology_sha256: Optional[str]
    source: str  # "generated" | path of the --probes file
    summary: dict = field(default_factory=dict)
    semantics: Optional[dict] = None  # Ontology.semantics of generated probes (None: read from a file)
    load_s: float = 0.0  # seconds to generate / read the probes
    battery_file: Optional[str] = None   # the battery's path, when given as a file (not a name kgprobe finds)
    ontology_file: Optional[str] = None  # the ontology's path, when given as a file (not a shipped name)

    @property
    def has_splits(self) -> bool:
        return any(p.split in ("train", "dev") for p in self.probes)

    def test_probes(self) -> list[Probe]:
        if not self.has_splits:
            return list(self.probes)
        return [p for p in self.probes if p.split == "test"]

    def train_probes(self) -> list[Probe]:
        return [p for p in self.probes if p.split == "train"]


def _dedupe(probes: list[Probe]) -> list[Probe]:
    seen, out = set(), []
    for p in probes:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)
    return out


def load_probe_set(
    battery: str = "default", ontology: Optional[str] = None, probes_file: Optional[str] = None,
    semantics: str = "rdfs",
) -> ProbeSet:
    """Probes from ``probes_file`` or generated from ``ontology`` (default
    "world") and ``battery`` under ``semantics`` (see
    :mod:`kgprobe.reasoning.owl`). Raises BatteryError for no probes."""
    t0 = time.perf_counter()
    ps = _load_probe_set(battery, ontology, probes_file, semantics)
    ps.load_s = time.perf_counter() - t0
    return ps


def _load_probe_set(battery: str, ontology: Optional[str], probes_file: Optional[str],
                    semantics: str = "rdfs") -> ProbeSet:
    if probes_file:
        if semantics != "rdfs":
            raise KgprobeError(f"--semantics {semantics} applies to generated probes, not to --probes {probes_file}; "
                               f"generate them with `kgprobe probes --semantics {semantics}`")
        path = Path(probes_file)
        probes = _dedupe(read_probes_file(path))
        if not probes:
            raise BatteryError(f"probes file {path} holds no probes")
        onto_sha = None
        if ontology:
            from kgprobe.ontology.load import load_ontology

            onto_sha = load_ontology(ontology).sha256
        return ProbeSet(probes, battery=path.stem, battery_sha256=sha256_file(path), ontology=ontology,
                        ontology_sha256=onto_sha, source=str(path))
    from kgprobe.ontology.load import load_ontology
    from kgprobe.probes.battery import load_battery
    from kgprobe.probes.generate import generate_probes
    from kgprobe.reasoning.owl import apply_semantics

    b = load_battery(battery)
    onto = apply_semantics(load_ontology(ontology or "world"), semantics)
    probes, summary = generate_probes(onto, b)
    probes = _dedupe(list(probes))
    if not probes:
        raise BatteryError(f"battery {battery!r} yields 0 probes on ontology {onto.name!r}")
    return ProbeSet(probes, battery=getattr(b, "name", str(battery)), battery_sha256=getattr(b, "sha256", None),
                    ontology=onto.name, ontology_sha256=onto.sha256, source="generated", summary=summary,
                    semantics=onto.semantics, battery_file=_given_file(battery), ontology_file=_given_file(ontology))


def _given_file(spec: Optional[str]) -> Optional[str]:
    """``spec`` when it names a file (a path the user gave), else None (a
    name kgprobe resolves itself)."""
    return str(spec) if spec and Path(str(spec)).expanduser().is_file() else None


def select_test(probe_set: ProbeSet, limit: Optional[int], seed: int,
                tasks: Optional[Sequence[str]] = None) -> list[Probe]:
    """The probes to score: split "test" (or all without split info); with
    ``tasks``, only those tasks / rules; with ``limit``, a seeded random sample
    of that many, kept in battery order."""
    test = probe_set.test_probes()
    if not test:
        raise BatteryError(f"battery {probe_set.battery!r} has 0 probes in split 'test'")
    if tasks:
        present = list(dict.fromkeys(p.task for p in test))
        unknown = [t for t in tasks if t not in present]
        if unknown:
            raise BatteryError(f"task {unknown[0]!r} has no test probes in battery {probe_set.battery!r}; "
                               f"it has: {', '.join(present)}")
        wanted = set(tasks)
        test = [p for p in test if p.task in wanted]
    return seeded_sample(test, limit, seed)


def seeded_sample(items: list, limit: Optional[int], seed: int) -> list:
    """``limit`` of ``items`` drawn with ``seed``, kept in their order (all of them when ``limit`` is None
    or not smaller)."""
    if limit is None or limit >= len(items):
        return list(items)
    keep = sorted(random.Random(seed).sample(range(len(items)), limit))
    return [items[i] for i in keep]


# --------------------------------------------------------------------------
# run folder
# --------------------------------------------------------------------------


@dataclass
class RunConfig:
    model: str
    out: str = "runs"
    limit: Optional[int] = None
    seed: int = 0
    tasks: Optional[tuple] = None  # --task: score only these tasks / rules
    options: ScorerOptions = field(default_factory=ScorerOptions)
    abstain_below: Optional[float] = None
    overwrite: bool = False
    progress: bool = True
    chunk_size: int = CHUNK_SIZE
    n_resamples: int = N_RESAMPLES
    shard: Optional[tuple[int, int]] = None  # (I, N): score test probes I, I+N, I+2N, ... (kgprobe.shard)
    soft: list = field(default_factory=list)  # kgprobe.tune.soft.SoftPrompt (run --soft DIR)


#: scorer options that change how a run talks to a server, not what it predicts
NETWORK_OPTIONS = ("concurrency", "timeout", "retries")


def fingerprint_config(cfg: RunConfig, probe_set: ProbeSet, test: list[Probe], flags: ScorerOptions) -> dict:
    """Everything that changes the predictions (not --abstain-below, which
    only changes the summary, nor --no-progress, --concurrency, --timeout or
    --retries). ``flags``: the run's flags with the spec's options applied
    (:attr:`ResolvedSpec.flags`)."""
    ids = hashlib.sha256("\n".join(p.id for p in test).encode()).hexdigest()
    options = {k: v for k, v in flags.record().items() if k not in NETWORK_OPTIONS}
    fp = {
        "model": public_spec(cfg.model),
        "battery": probe_set.battery,
        "battery_sha256": probe_set.battery_sha256,
        "ontology": probe_set.ontology,
        "ontology_sha256": probe_set.ontology_sha256,
        "probes": probe_set.source if probe_set.source == "generated" else "file",
        "limit": cfg.limit,
        "seed": cfg.seed,
        "options": options,
        "test_probe_ids_sha256": ids,
    }
    if cfg.tasks:  # only then, so that runs made before --task existed still resume
        fp["tasks"] = sorted(cfg.tasks)
    semantics = (probe_set.semantics or {}).get("semantics", "rdfs")
    if semantics != "rdfs":  # only then, so that runs made before --semantics existed still resume
        fp["semantics"] = semantics
    if cfg.soft:
        fp["soft_prompts_sha256"] = [sp.sha256 for sp in cfg.soft]
    return fp


def _hash(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()


def read_predictions(path: Path, repair: bool = False) -> list[dict]:
    """Records in a predictions.jsonl. A last line without its newline (a
    write cut short by a kill) is dropped, and with ``repair`` cut from the
    file so that appending goes on cleanly; any other bad line is an error."""
    if not path.exists():
        return []
    data = path.read_bytes()
    recs, pos, good_end = [], 0, 0
    lines = data.split(b"\n")
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        if last:  # the bytes after the final newline: b"" or a torn line
            break
        pos += len(line) + 1
        if line.strip():
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict) or "probe_id" not in rec:
                    raise ValueError("no probe_id")
            except ValueError:
                raise ResultsError(f"{path}:{i + 1}: corrupt prediction line; start again with --overwrite") from None
            recs.append(rec)
        good_end = pos
    if repair and good_end < len(data):
        os.truncate(path, good_end)
    return recs


#: what a run may be extended in: its probes, not how they are scored
EXTENDABLE = {"tasks", "limit", "test_probe_ids_sha256"}


def _extends(run_dir: Path, old: dict, diff: list, test_ids: Optional[set]) -> bool:
    """Whether the run in ``run_dir`` is a part of the new one: they differ
    only in --task / --limit and every probe it predicted is one the new run
    scores (then its predictions stay and only the others are scored)."""
    if not diff or not set(diff) <= EXTENDABLE or test_ids is None:
        return False
    done = {r["probe_id"] for r in read_predictions(run_dir / "predictions.jsonl", repair=True)}
    if not done <= test_ids:
        return False
    print(f"kgprobe: {run_dir}: extending the run (differs in: {', '.join(diff)}); its {len(done)} predictions "
          f"stay, {len(test_ids - done)} probes to score", file=sys.stderr)
    return True


def _prepare_dir(run_dir: Path, fp_cfg: dict, overwrite: bool, test_ids: Optional[set] = None) -> dict:
    """Check or create run.json; returns its content. A run with the same
    fingerprint resumes; one that differs only in --task / --limit and whose
    predictions are all among ``test_ids`` (the new run's probes) is extended
    (see :func:`_extends`)."""
    run_json = run_dir / "run.json"
    fp = _hash(fp_cfg)
    if overwrite:
        for name in ("predictions.jsonl", "results.json", "run.json"):
            try:
                (run_dir / name).unlink()
            except FileNotFoundError:
                pass
    if run_json.exists():
        try:
            stored = json.loads(run_json.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise ResultsError(f"{run_json} is unreadable; use a new --out or --overwrite") from None
        if stored.get("fingerprint") != fp:
            old = stored.get("config") or {}
            diff = sorted(k for k in set(old) | set(fp_cfg) if old.get(k) != fp_cfg.get(k))
            if not _extends(run_dir, old, diff, test_ids):
                raise KgprobeError(
                    f"{run_dir} holds a run with other arguments (differs in: {', '.join(diff) or 'fingerprint'}); "
                    "use a new --out or --overwrite"
                )
            stored.setdefault("extended", []).append({"at": _now(), "tasks": old.get("tasks"), "limit": old.get("limit")})
            stored["fingerprint"], stored["config"] = fp, fp_cfg
            write_json_atomic(run_json, stored)
        return stored
    if (run_dir / "predictions.jsonl").exists():
        raise KgprobeError(f"{run_dir} holds predictions without run.json; use a new --out or --overwrite")
    run_dir.mkdir(parents=True, exist_ok=True)
    stored = {"schema_version": SCHEMA_VERSION, "fingerprint": fp, "config": fp_cfg,
              "created": _now(), "wall_time_s": 0.0, "sessions": 0}
    write_json_atomic(run_json, stored)
    return stored


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


# --------------------------------------------------------------------------
# manifest
# --------------------------------------------------------------------------


def model_kind(spec: str, scorer, describe: dict) -> str:
    kind = getattr(scorer, "kind", None) or describe.get("kind") or describe.get("model_kind")
    if kind:
        return str(kind)
    prefix = spec.partition(":")[0]
    return {"baseline": "baseline", "kge": "kge", "openai": "chat", "gguf": "causal"}.get(prefix, "unknown")


def _json_safe(obj):
    return json.loads(json.dumps(obj, default=str))


def _manifest(run: ModelRun, run_info: dict, describe: dict, wall_this: float, n_new: int, n_before: int) -> dict:
    probe_set, cfg = run.probe_set, run.cfg
    torch = sys.modules.get("torch")
    m = {
        "kgprobe": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": package_versions(),
        "model": describe,
    }
    for k in ("model_name", "model_revision", "model_sha256", "dtype"):
        if k in describe:
            m[k] = describe[k]
    m.update(
        ontology_sha256=probe_set.ontology_sha256,
        battery_sha256=probe_set.battery_sha256,
        probes_source=probe_set.source,
        semantics=probe_set.semantics,
        probes_load_s=round(probe_set.load_s, 3),
        seed=cfg.seed,
        device=describe.get("device", run.spec.flags.device),
        torch_threads=torch.get_num_threads() if torch is not None else None,
        started=run_info.get("created", run.started),
        finished=_now(),
        wall_time_s=round(float(run_info.get("wall_time_s", 0.0)), 3),
        wall_time_s_this_session=round(wall_this, 3),
        sessions=run_info.get("sessions", 1),
        scored_this_session=n_new,
        resumed_with=n_before,
        host=socket.gethostname(),
    )
    return _json_safe(m)


# --------------------------------------------------------------------------
# the loop
# --------------------------------------------------------------------------


@dataclass
class RunOutcome:
    run_dir: Path
    results: dict
    scored_now: int
    resumed_with: int


@dataclass
class ModelRun:
    """One model's run as :func:`run_model` sets it up: what the loop under
    the folder lock needs."""

    cfg: RunConfig
    probe_set: ProbeSet
    spec: ResolvedSpec          # the model spec taken apart, its options validated
    test: list[Probe]           # the probes to score, in battery order
    run_dir: Path               # DIR/<slug>
    fingerprint: dict           # fingerprint_config(...): what run.json must match
    t0: float                   # time.perf_counter() at the start of this session
    started: str                # its ISO time
    scorer: Optional[object] = None  # built up front for a fresh run, else when there is work left

    def build_scorer(self):
        if self.scorer is None:
            self.scorer = self.spec.kind.factory(self.spec.rest, self.spec.options)
            if self.cfg.soft:  # kgprobe run --soft: the soft prompts replace their templates' words
                from kgprobe.tune.soft import attach

                attach(self.scorer, self.cfg.soft)
        return self.scorer


def run_model(cfg: RunConfig, probe_set: ProbeSet) -> RunOutcome:
    """Score ``probe_set`` with ``cfg.model`` into ``cfg.out/<slug>/`` (resuming)."""
    t0 = time.perf_counter()
    started = _now()
    test = select_test(probe_set, cfg.limit, cfg.seed, cfg.tasks)
    run_dir = run_dir_for(cfg.out, cfg.model, cfg.shard, cfg.soft)
    spec = resolve_spec(cfg.model, cfg.options)  # a bad option fails here, before any folder or model
    fp_cfg = fingerprint_config(cfg, probe_set, test, spec.flags)
    if cfg.shard:  # the whole run's fingerprint plus the shard: `kgprobe merge` checks the rest agrees
        from kgprobe.shard import shard_probes

        fp_cfg["shard"] = list(cfg.shard)
        test = shard_probes(test, *cfg.shard)
    run = ModelRun(cfg, probe_set, spec, test, run_dir, fp_cfg, t0, started)
    if run_dir.exists() and not run_dir.is_dir():
        raise KgprobeError(f"{run_dir} exists and is not a folder")
    if cfg.overwrite or not (run_dir / "run.json").exists():
        run.build_scorer()  # a fresh run: build the scorer first, so a bad spec leaves no folder behind
    try:
        run_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgprobeError(f"cannot create {run_dir} ({exc.strerror})") from None
    with _RunLock(run_dir):
        return _run_locked(run)


def run_dir_for(out, model: str, shard: Optional[tuple[int, int]] = None, soft=()) -> Path:
    """DIR/<slug>: the folder of one model's run (named by the spec without
    secrets; with soft prompts, "_soft-" and a hash of their sha256s follows);
    DIR/<slug>.shard-I-of-N for shard I of N."""
    name = public_spec(model)
    if soft:
        from kgprobe.tune.soft import run_suffix

        name += run_suffix(soft)
    name = slugify(name)
    return Path(out) / (f"{name}.shard-{shard[0]}-of-{shard[1]}" if shard else name)


def prediction_line(rec: dict) -> str:
    """One line of predictions.jsonl (runs and `kgprobe merge` write the same bytes)."""
    return json.dumps(rec, ensure_ascii=False, allow_nan=False) + "\n"


#: run folders whose lock this process holds (hold_run_locks), so run_model does not lock them again
_HELD: set = set()


class _RunLock:
    """An exclusive lock on DIR/<slug>/.lock so two runs never append to the
    same predictions.jsonl (POSIX only; elsewhere no lock is taken). A lock
    this process already holds (:func:`hold_run_locks`) is taken as held."""

    def __init__(self, run_dir: Path):
        self.path = run_dir / ".lock"
        self.key = str(run_dir.resolve())
        self.f = None

    def __enter__(self):
        if self.key in _HELD:
            return self
        try:
            import fcntl
        except ImportError:  # pragma: no cover  (Windows)
            return self
        self.f = open(self.path, "a")
        try:
            fcntl.flock(self.f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.f.close()
            self.f = None
            raise KgprobeError(f"another kgprobe run is writing {self.path.parent}; wait for it or use a new --out") from None
        _HELD.add(self.key)
        return self

    def __exit__(self, *exc):
        if self.f is not None:
            _HELD.discard(self.key)
            self.f.close()  # closing releases the lock
        return False


@contextlib.contextmanager
def hold_run_locks(out, models: list[str], shard: Optional[tuple[int, int]] = None, soft=()):
    """Take every model's run-folder lock before anything slow (probes, model
    loading), so a second run on the same folder is told at once. A folder
    created only for the lock is removed again if the run leaves nothing in it."""
    with contextlib.ExitStack() as stack:
        for model in models:
            run_dir = run_dir_for(out, model, shard, soft)
            if run_dir.exists() and not run_dir.is_dir():
                raise KgprobeError(f"{run_dir} exists and is not a folder")
            created = not run_dir.exists()
            try:
                run_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise KgprobeError(f"cannot create {run_dir} ({exc.strerror})") from None
            if created:
                stack.callback(_remove_if_empty, run_dir)
            stack.enter_context(_RunLock(run_dir))
        yield


def _remove_if_empty(run_dir: Path) -> None:
    try:
        if [p.name for p in run_dir.iterdir()] == [".lock"]:
            (run_dir / ".lock").unlink()
            run_dir.rmdir()
    except OSError:
        pass


def _run_locked(run: ModelRun) -> RunOutcome:
    cfg, probe_set, test, run_dir, t0 = run.cfg, run.probe_set, run.test, run.run_dir, run.t0
    run_info = _prepare_dir(run_dir, run.fingerprint, cfg.overwrite, {p.id for p in test})
    pred_path = run_dir / "predictions.jsonl"
    # this session counts from its start: a killed session stays in sessions and wall_time_s
    wall_before = float(run_info.get("wall_time_s", 0.0))
    run_info["sessions"] = int(run_info.get("sessions", 0)) + 1
    write_json_atomic(run_dir / "run.json", run_info)

    def save_wall_time() -> None:
        run_info["wall_time_s"] = wall_before + (time.perf_counter() - t0)
        write_json_atomic(run_dir / "run.json", run_info)

    by_id = {p.id: p for p in test}
    done = read_predictions(pred_path, repair=True)
    done_ids = set()
    for r in done:
        pid = r["probe_id"]
        if pid not in by_id:
            raise ResultsError(f"{pred_path} holds a prediction for probe {pid}, not in this run; use --overwrite")
        if pid in done_ids:
            raise ResultsError(f"{pred_path} holds probe {pid} twice; use --overwrite")
        done_ids.add(pid)
    remaining = [p for p in test if p.id not in done_ids]

    describe = run_info.get("describe")
    kind = run_info.get("model_kind")
    if remaining or describe is None:
        scorer = run.build_scorer()
        fit = getattr(scorer, "fit", None)
        if callable(fit):
            fit(probe_set.train_probes())
        describe = _json_safe(scorer.describe() or {})
        kind = model_kind(public_spec(cfg.model), scorer, describe)

    new_records: list[dict] = []
    if remaining:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(test), initial=len(done_ids), unit="probe", desc=run_dir.name,
                   disable=not cfg.progress, file=sys.stderr, dynamic_ncols=True)
        try:
            with open(pred_path, "a", encoding="utf-8", newline="\n") as f:
                for start in range(0, len(remaining), max(1, cfg.chunk_size)):
                    chunk = remaining[start:start + max(1, cfg.chunk_size)]
                    scored = list(scorer.score(chunk))
                    if len(scored) != len(chunk):
                        raise KgprobeError(f"model {public_spec(cfg.model)}: scorer returned {len(scored)} results for {len(chunk)} probes")
                    recs = [prediction_record(p, s) for p, s in zip(chunk, scored)]
                    f.write("".join(prediction_line(r) for r in recs))
                    f.flush()
                    os.fsync(f.fileno())
                    new_records.extend(recs)
                    save_wall_time()
                    bar.update(len(chunk))
        except KeyboardInterrupt:
            raise KeyboardInterrupt(
                f"{len(done_ids) + len(new_records)} of {len(test)} predictions are in {pred_path}; "
                "run the same command again to resume"
            ) from None
        except OSError as exc:  # a full disk: the chunks on disk stay; a torn last line is dropped on resume
            raise OutputError(f"{pred_path}: cannot write ({exc.strerror or type(exc).__name__}); "
                              "free some space and run the same command again to resume") from None
        finally:
            bar.close()

    records = read_predictions(pred_path)
    seen: dict[str, dict] = {}
    for r in records:
        if r["probe_id"] in seen:
            raise ResultsError(f"{pred_path} holds probe {r['probe_id']} twice; use --overwrite")
        seen[r["probe_id"]] = r
    missing = [p.id for p in test if p.id not in seen]
    if missing:
        raise ResultsError(f"{pred_path} lacks {len(missing)} probes (e.g. {missing[0]}); run again to resume")
    records = [seen[p.id] for p in test]

    wall_this = time.perf_counter() - t0
    run_info["wall_time_s"] = wall_before + wall_this
    run_info["describe"] = describe
    run_info["model_kind"] = kind
    write_json_atomic(run_dir / "run.json", run_info)

    config = {
        "model": public_spec(cfg.model),
        "battery": probe_set.battery,
        "ontology": probe_set.ontology,
        "probes": probe_set.source,
        "semantics": probe_set.semantics["semantics"] if probe_set.semantics else None,
        "limit": cfg.limit,
        "seed": cfg.seed,
        "abstain_below": cfg.abstain_below,
        "chunk_size": cfg.chunk_size,
        "scored_split": "test" if probe_set.has_splits else "all",
        "options": run.spec.flags.record(),
    }
    if cfg.tasks:  # only then: results of runs on every task keep their bytes
        config["tasks"] = sorted(cfg.tasks)
    for key in ("battery_file", "ontology_file"):  # only then, likewise; `kgprobe explain` regenerates from them
        if getattr(probe_set, key):
            config[key] = getattr(probe_set, key)
    if cfg.soft:
        from kgprobe.tune.soft import describe as describe_soft

        config["soft_prompts"] = describe_soft(cfg.soft, test)
    results = {
        "schema_version": SCHEMA_VERSION,
        "model": public_spec(cfg.model),
        "model_kind": kind,
        "battery": probe_set.battery,
        "ontology": probe_set.ontology,
        "config": config,
        "manifest": _manifest(run, run_info, describe, wall_this, len(new_records), len(done_ids)),
        "counts": counts(records),
        "metrics": compute_metrics(records, seed=cfg.seed, n_resamples=cfg.n_resamples,
                                   abstain_below=cfg.abstain_below),
    }
    if cfg.shard:  # a part of a run, which `kgprobe merge` joins (kgprobe report leaves it out)
        results["shard"] = {"index": cfg.shard[0], "count": cfg.shard[1], "n_resamples": cfg.n_resamples}
    if cfg.soft:  # only then: manual runs' results.json stay as they were
        from kgprobe.tune.soft import prompt_label

        results["prompt"] = prompt_label([sp.task for sp in cfg.soft])  # softT+manC, manT+softC, softT+softC
        results["soft_prompts"] = config["soft_prompts"]
    write_json_atomic(run_dir / "results.json", results)
    return RunOutcome(run_dir, results, len(new_records), len(done_ids))


# --------------------------------------------------------------------------
# summary table
# --------------------------------------------------------------------------


def _fmt(x) -> str:
    return "-" if x is None or x != x else f"{x:.3f}"  # x != x: NaN (an empty cell)


def summary_text(results: dict) -> str:
    """Short text summary: headline metrics per task and R@1 per rule x setting."""
    import pandas as pd

    m = results["metrics"]
    c = results["counts"]
    cols = ["n", "R@1", "R@5", "MRR", "MRRa"]
    rows = {t: b for t, b in m["by_task"].items()}
    rows["overall"] = m["overall"]
    df = pd.DataFrame({t: {k: b.get(k) for k in cols} for t, b in rows.items()}).T[cols]
    for k in cols[1:]:
        df[k] = df[k].map(_fmt)
    df["n"] = df["n"].map(lambda v: "-" if v is None else str(int(v)))
    lines = [
        f"{results['model']} ({results['model_kind']}) on {results['battery']}: "
        f"{c['scored']} scored, {c['skipped']} skipped"
        + (f" ({', '.join(f'{k}: {v}' for k, v in c['skipped_reasons'].items())})" if c["skipped"] else ""),
        df.to_string(),
    ]
    if m["by_rule_setting"]:
        rs = pd.DataFrame({r: {s: b["R@1"] for s, b in st.items()} for r, st in m["by_rule_setting"].items()}).T
        rs = rs[sorted(rs.columns)].map(_fmt) if hasattr(rs, "map") else rs
        lines += ["R@1 by rule and premise setting (P1-P2):", rs.to_string()]
    cons = m["consistency"]
    parts = [f"{k} {_fmt(v['consistent'])} of {v['groups']}" for k, v in cons.items()
             if k != "multi_by_position" and v["groups"]]
    if parts:
        lines.append("consistency: " + ", ".join(parts))
    cal = m["calibration"]
    if cal.get("ece") is not None:
        lines.append(f"calibration: ECE {_fmt(cal['ece'])}, AURC {_fmt(cal['aurc'])}")
    ab = m.get("abstention")
    if ab:
        lines.append(f"abstain below {ab['threshold']:g}: coverage {_fmt(ab['coverage'])}, "
                     f"selective accuracy {_fmt(ab['selective_accuracy'])}")
    return "\n".join(lines)
