"""Collect results.json files for reports.

Each input is a results.json file or a folder searched recursively for
``results.json`` (and ``reported.json``, below). Files are read and checked
with :func:`kgprobe.metrics.schema.validate_results` (so a file that is not
JSON or has another ``schema_version`` is a :class:`ResultsError` naming it).
The same model run twice on the same battery and ontology keeps one run: the
one that scored more probes, the newest (by ``manifest.started``) among
equals; :func:`collect_runs` says so in its notes. A run made with
``--limit N`` gets " (limit N)" after its label.

Reported rows
-------------
A ``reported.json`` holds numbers transcribed from a paper, shown as rows of
kind "reported" (after the baselines, never counted for "best")::

    {"format": "kgprobe-reported/1",
     "citation": "Wu et al. 2023",            # rows are labelled "<model>, reported (<citation>)"
     "source": "ACL 2023, Tables 4-6",        # free text, shown in the Runs tab
     "battery": "ontoprobe (paper)", "ontology": "ontoprobe",
     "scale": 100,                            # the numbers are percentages (divided by 100)
     "notes": ["..."],                        # optional lines under the table
     "rows": [
       {"model": "bert-base-cased (manual)", "kind": "masked", "table": "Table 4",
        "n": {"TP": 8789, "SCO": 701},        # test probes per task (optional)
        "metrics": {
          "by_task": {"TP": {"R@1": 18.9, "R@5": 41.0, "MRRa": 2.0, "MRR": 28.4}},
          "by_rule_setting": {"rdfs9": {"EX-EX": {"acc": 97.4}}},   # optional
          "settings_macro": {"EX-EX": {"MRR": 71}},                # optional: mean over rules
          "reasoning_by_prompt": {"manT+softC": {"MRR": 51.9}}}}]}  # optional: mean over rules
                                                                    # by template x conjunction (Figure 4)

Only the metrics given are shown ("-" elsewhere); a block may also give its
own "n". A row that has nothing in the table being built is left out.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from kgprobe.errors import ResultsError
from kgprobe.metrics.schema import read_json, validate_results
from kgprobe.report.cells import FIGURE4

RESULTS_NAME = "results.json"
REPORTED_NAME = "reported.json"
REPORTED_FORMAT = "kgprobe-reported/1"
REPORTED_KIND = "reported"

# Row order of a leaderboard: model kinds in this order, unknown kinds after
# them (by name), baselines always last.
KIND_ORDER = ("masked", "causal", "chat", "kge")
#: architectures that a run's kind does not already say (reports show an architecture column when a row has one)
SEQUENCE_ARCHITECTURES = ("state-space", "hybrid")
#: kinds whose answer cannot depend on a prompt's wording or order (a baseline never reads it; a KG
#: embedding scores the triple, never the text): their consistency is no finding, never "best"
TEXT_BLIND_KINDS = ("baseline", "kge")


def consistency_rankable(run: "Run") -> bool:
    """Whether a run can be "best" in a consistency column: it reads the
    prompt (not a :data:`TEXT_BLIND_KINDS` scorer) and is not a reported row."""
    return run.kind not in TEXT_BLIND_KINDS and not run.reported


@dataclass
class Run:
    """One model's results.json as a leaderboard row."""

    path: Path
    data: dict
    label: str = ""  # row label: the model spec, made unique when needed

    @property
    def model(self) -> str:
        return str(self.data["model"])

    @property
    def kind(self) -> str:
        return str(self.data.get("model_kind") or "unknown")

    @property
    def architecture(self) -> str:
        """How the model reads its context (:data:`kgprobe.scorers.models.ARCHITECTURES`):
        a masked or causal LM's ``manifest.model.architecture`` (from its config);
        ``attention`` for one recorded before kgprobe recorded it (a transformers
        ``model_class`` and no architecture: every such published run is an
        attention model); ``baseline`` and ``embedding`` (kge) from the kind;
        ``unknown`` otherwise (a chat API, a reported row)."""
        model = self.manifest.get("model")
        model = model if isinstance(model, dict) else {}
        if self.kind in ("masked", "causal"):
            arch = model.get("architecture")
            if isinstance(arch, str) and arch:
                return arch
            if model.get("model_class"):
                return "attention"
        return {"baseline": "baseline", "kge": "embedding"}.get(self.kind, "unknown")

    @property
    def prompt(self) -> str:
        """What the run's prompts were: "manual", or for a run with soft prompts
        (kgprobe run --soft) softT+manC, manT+softC or softT+softC
        (:func:`kgprobe.tune.soft.prompt_label`)."""
        p = str(self.data.get("prompt") or "manual")
        if p == "soft":  # written before templates and conjunction were told apart: by its prompts' tasks
            from kgprobe.tune.soft import prompt_label

            tasks = [str(s.get("task")) for s in self.data.get("soft_prompts") or [] if isinstance(s, dict)]
            return prompt_label(tasks) if tasks else p
        return p

    @property
    def battery(self) -> str:
        return str(self.data.get("battery"))

    @property
    def ontology(self) -> str:
        return str(self.data.get("ontology"))

    @property
    def manifest(self) -> dict:
        m = self.data.get("manifest")
        return m if isinstance(m, dict) else {}

    @property
    def battery_sha256(self) -> Optional[str]:
        return self.manifest.get("battery_sha256")

    @property
    def ontology_sha256(self) -> Optional[str]:
        return self.manifest.get("ontology_sha256")

    @property
    def started(self) -> str:
        return str(self.manifest.get("started") or "")

    @property
    def metrics(self) -> dict:
        return self.data["metrics"]

    @property
    def counts(self) -> dict:
        c = self.data.get("counts")
        return c if isinstance(c, dict) else {}

    @property
    def reported(self) -> bool:
        """Numbers transcribed from a paper (a reported.json row)."""
        return self.kind == REPORTED_KIND

    @property
    def n_scored(self) -> Optional[int]:
        """Probes this run scored (counts.scored, else metrics.overall.n)."""
        for v in (self.counts.get("scored"), (self.data.get("metrics", {}).get("overall") or {}).get("n")):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return int(v)
        return None

    @property
    def limit(self) -> Optional[int]:
        """``--limit N`` of the run (a seeded sample of N test probes), or None."""
        cfg = self.data.get("config")
        v = cfg.get("limit") if isinstance(cfg, dict) else None
        return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None

    @property
    def tasks(self) -> Optional[list]:
        """``--task`` of the run (only these tasks / rules were scored), or None."""
        cfg = self.data.get("config")
        v = cfg.get("tasks") if isinstance(cfg, dict) else None
        return [str(t) for t in v] if isinstance(v, list) and v else None

    @property
    def comparability_key(self) -> tuple:
        """Runs with equal keys scored the same probes (same battery file,
        same ontology file); a missing hash falls back to the name."""
        return (self.battery_sha256 or f"name:{self.battery}", self.ontology_sha256 or f"name:{self.ontology}")

    @property
    def sort_key(self) -> tuple:
        kind = self.kind
        if kind == REPORTED_KIND:
            rank = len(KIND_ORDER) + 2
        elif kind == "baseline":
            rank = len(KIND_ORDER) + 1
        elif kind in KIND_ORDER:
            rank = KIND_ORDER.index(kind)
        else:
            rank = len(KIND_ORDER)
        return (rank, kind, self.model, self.battery, self.ontology, str(self.path))


@dataclass
class RunSet:
    runs: list[Run]
    notes: list[str] = field(default_factory=list)  # for stderr (duplicates dropped, ...)


def find_results(inputs: Iterable) -> list[Path]:
    """The results.json (and reported.json) files named by ``inputs`` (files,
    or folders searched recursively), each once, in input order then path
    order."""
    inputs = list(inputs)
    if not inputs:
        raise ResultsError("no results given: name results.json files or folders holding them")
    out: list[Path] = []
    seen: set = set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(q for name in (RESULTS_NAME, REPORTED_NAME) for q in p.rglob(name) if q.is_file())
            if not found:
                raise ResultsError(f"{p}: no {RESULTS_NAME} found in this folder")
        elif p.is_file():
            found = [p]
        else:
            raise ResultsError(f"{p}: no such file or folder")
        for q in found:
            key = q.resolve()
            if key not in seen:
                seen.add(key)
                out.append(q)
    return out


def _started_key(run: Run):
    """Sort key for "newest": parsed ISO time (naive = UTC), then the path."""
    s = run.started
    try:
        t = _dt.datetime.fromisoformat(s)
        if t.tzinfo is None:
            t = t.replace(tzinfo=_dt.timezone.utc)
        return (1, t.timestamp(), str(run.path))
    except ValueError:
        return (0, 0.0, str(run.path))


def _scored_key(run: Run):
    """Which of two runs of one model on one battery is kept: more scored
    probes first, then the newest."""
    n = run.n_scored
    return (-1 if n is None else n,) + _started_key(run)


def _num_or_none(x, where: str) -> Optional[float]:
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise ResultsError(f"{where}: expected a number, not {x!r}")
    return float(x)


def _scaled_block(block, scale: float, n: Optional[int], where: str) -> dict:
    if not isinstance(block, dict):
        raise ResultsError(f"{where}: expected an object of metric: value")
    out: dict = {}
    for k, v in block.items():
        if k == "n":
            out["n"] = int(_num_or_none(v, f"{where}.n") or 0)
        else:
            val = _num_or_none(v, f"{where}.{k}")
            out[k] = None if val is None else val / scale
    if "n" not in out and n is not None:
        out["n"] = n
    return out


def load_reported(path: Path, doc: Optional[dict] = None) -> list[Run]:
    """The rows of a reported.json (module docstring) as runs of kind "reported"."""
    d = read_json(path) if doc is None else doc
    if not isinstance(d, dict) or d.get("format") != REPORTED_FORMAT:
        raise ResultsError(f"{path}: not a reported-numbers file (expected \"format\": \"{REPORTED_FORMAT}\")")
    rows = d.get("rows")
    if not isinstance(rows, list) or not rows:
        raise ResultsError(f"{path}: \"rows\" must be a non-empty list")
    scale = _num_or_none(d.get("scale", 1), f"{path}: scale") or 1.0
    citation = str(d.get("citation") or "reported")
    runs: list[Run] = []
    for i, row in enumerate(rows):
        where = f"{path}: rows[{i}]"
        if not isinstance(row, dict) or not isinstance(row.get("model"), str):
            raise ResultsError(f"{where}: needs a \"model\" name")
        m = row.get("metrics")
        if not isinstance(m, dict):
            raise ResultsError(f"{where}: needs \"metrics\" (by_task / by_rule_setting / settings_macro)")
        unknown = sorted(set(m) - {"by_task", "by_rule_setting", "settings_macro", "reasoning_by_prompt"})
        if unknown:
            raise ResultsError(f"{where}: unknown metrics section {unknown[0]!r}")
        ns = row.get("n") or {}
        if not isinstance(ns, dict):
            raise ResultsError(f"{where}: \"n\" must map task -> test probes")
        by_task = {t: _scaled_block(b, scale, ns.get(t), f"{where}.by_task.{t}")
                   for t, b in (m.get("by_task") or {}).items()}
        by_rs = {}
        for rule, settings in (m.get("by_rule_setting") or {}).items():
            if not isinstance(settings, dict):
                raise ResultsError(f"{where}.by_rule_setting.{rule}: expected setting -> metrics")
            by_rs[rule] = {s: _scaled_block(b, scale, None, f"{where}.by_rule_setting.{rule}.{s}")
                           for s, b in settings.items()}
        macro = {s: _scaled_block(b, scale, None, f"{where}.settings_macro.{s}")
                 for s, b in (m.get("settings_macro") or {}).items()}
        by_prompt = {c: _scaled_block(b, scale, None, f"{where}.reasoning_by_prompt.{c}")
                     for c, b in (m.get("reasoning_by_prompt") or {}).items()}
        bad = sorted(set(by_prompt) - set(FIGURE4))
        if bad:
            raise ResultsError(f"{where}.reasoning_by_prompt: unknown column {bad[0]!r} (use {', '.join(FIGURE4)})")
        total = sum(int(v) for v in ns.values() if isinstance(v, (int, float))) or None
        data = {
            "model": row["model"],
            "model_kind": REPORTED_KIND,
            "battery": str(row.get("battery") or d.get("battery") or "reported"),
            "ontology": str(row.get("ontology") or d.get("ontology") or "reported"),
            "config": {},
            "manifest": {},
            "counts": {"scored": total} if total else {},
            "metrics": {"by_task": by_task, "by_rule_setting": by_rs, "settings_macro": macro,
                        **({"reasoning_by_prompt": by_prompt} if by_prompt else {})},
            "reported": {"citation": citation, "source": d.get("source"), "table": row.get("table"),
                         "kind": row.get("kind"), "file": str(path),
                         "notes": [str(x) for x in (d.get("notes") or [])]},
        }
        runs.append(Run(path, data, label=f"{row['model']}, reported ({citation})"))
    labels = [r.label for r in runs]
    dup = next((x for x in labels if labels.count(x) > 1), None)
    if dup:
        raise ResultsError(f"{path}: two rows are labelled {dup!r}")
    return runs


def reported_notes(runs: Iterable[Run]) -> list[str]:
    """The "notes" lines of the reported.json files behind ``runs`` (each once)."""
    out: list[str] = []
    for r in runs:
        if r.reported:
            for n in r.data.get("reported", {}).get("notes") or []:
                if n not in out:
                    out.append(n)
    return out


def collect_runs(inputs: Iterable) -> RunSet:
    """Read every results.json (and reported.json) under ``inputs``; keep one
    run of each (model, battery, ontology): the one that scored the most
    probes, the newest among equals; order rows by model kind (baselines,
    then reported rows last) then model name; give each row a unique label."""
    notes: list[str] = []
    groups: dict[tuple, list[Run]] = {}
    reported: list[Run] = []
    for path in find_results(inputs):
        d = read_json(path)
        if path.name == REPORTED_NAME or (isinstance(d, dict) and d.get("format") == REPORTED_FORMAT):
            reported += load_reported(path, d)
            continue
        if isinstance(d, dict) and isinstance(d.get("shard"), dict):  # a part of a run (kgprobe.shard)
            notes.append(f"{path}: shard {d['shard'].get('index')}/{d['shard'].get('count')} of a sharded run, "
                         "left out; join the shards with `kgprobe merge`")
            continue
        run = Run(path, validate_results(d, str(path)))
        groups.setdefault((run.model, run.battery, run.ontology, run.prompt), []).append(run)
    runs = []
    for (model, battery, ontology, _), members in groups.items():
        members.sort(key=_scored_key)
        keep = members[-1]
        runs.append(keep)
        if len(members) > 1:
            dropped = ", ".join(f"{r.path} ({r.n_scored if r.n_scored is not None else '?'} scored)"
                                for r in members[:-1])
            notes.append(
                f"{model} on battery {battery} (ontology {ontology}) appears {len(members)} times: "
                f"keeping the one with the most scored probes (the newest among equals), {keep.path} "
                f"({keep.n_scored if keep.n_scored is not None else '?'} scored, started {keep.started or '?'}); "
                f"ignoring {dropped}"
            )
    runs.sort(key=lambda r: r.sort_key)
    _label(runs)
    seen = {r.label for r in runs}
    for r in reported:
        if r.label in seen:
            raise ResultsError(f"{r.path}: row {r.label!r} appears twice")
        seen.add(r.label)
    return RunSet(runs + reported, notes)


def _label(runs: list[Run]) -> None:
    """Row label = model spec; a model present on several batteries /
    ontologies gets "model @ battery" or "model @ battery/ontology"; a run
    made with ``--task`` gets " (T1, T2 only)" and one made with ``--limit N``
    " (limit N)" after it; a soft-prompt run its prompt, " (softT+manC)"."""
    by_model: dict[tuple, list[Run]] = {}
    for r in runs:
        by_model.setdefault((r.model, r.prompt), []).append(r)
    for (model, _), members in by_model.items():
        if len(members) == 1:
            members[0].label = model
            continue
        batteries = [r.battery for r in members]
        unique_battery = len(set(batteries)) == len(batteries)
        for r in members:
            r.label = f"{model} @ {r.battery}" if unique_battery else f"{model} @ {r.battery}/{r.ontology}"
    for r in runs:
        if r.tasks:
            r.label += f" ({', '.join(r.tasks)} only)"
        if r.prompt != "manual":
            r.label += f" ({r.prompt})"
        if r.limit is not None:
            r.label += f" (limit {r.limit})"
