"""Collect results.json files for reports.

Each input is a results.json file or a folder searched recursively for
``results.json``. Files are read and checked with
:func:`kgprobe.metrics.schema.load_results` (so a file that is not JSON or has
another ``schema_version`` is a :class:`ResultsError` naming it). The same
model run twice on the same battery and ontology keeps only the newest run
(by ``manifest.started``); :func:`collect_runs` says so in its notes.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from kgprobe.errors import ResultsError
from kgprobe.metrics.schema import load_results

RESULTS_NAME = "results.json"

# Row order of a leaderboard: model kinds in this order, unknown kinds after
# them (by name), baselines always last.
KIND_ORDER = ("masked", "causal", "chat", "kge")


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
    def comparability_key(self) -> tuple:
        """Runs with equal keys scored the same probes (same battery file,
        same ontology file); a missing hash falls back to the name."""
        return (self.battery_sha256 or f"name:{self.battery}", self.ontology_sha256 or f"name:{self.ontology}")

    @property
    def sort_key(self) -> tuple:
        kind = self.kind
        if kind == "baseline":
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
    """The results.json files named by ``inputs`` (files, or folders searched
    recursively), each once, in input order then path order."""
    inputs = list(inputs)
    if not inputs:
        raise ResultsError("no results given: name results.json files or folders holding them")
    out: list[Path] = []
    seen: set = set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(q for q in p.rglob(RESULTS_NAME) if q.is_file())
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


def collect_runs(inputs: Iterable) -> RunSet:
    """Read every results.json under ``inputs``; keep the newest run of each
    (model, battery, ontology); order rows by model kind (baselines last) then
    model name; give each row a unique label."""
    notes: list[str] = []
    groups: dict[tuple, list[Run]] = {}
    for path in find_results(inputs):
        run = Run(path, load_results(path))
        groups.setdefault((run.model, run.battery, run.ontology), []).append(run)
    runs = []
    for (model, battery, ontology), members in groups.items():
        members.sort(key=_started_key)
        keep = members[-1]
        runs.append(keep)
        if len(members) > 1:
            dropped = ", ".join(str(r.path) for r in members[:-1])
            notes.append(
                f"{model} on battery {battery} (ontology {ontology}) appears {len(members)} times: "
                f"keeping the newest, {keep.path} (started {keep.started or '?'}); ignoring {dropped}"
            )
    runs.sort(key=lambda r: r.sort_key)
    _label(runs)
    return RunSet(runs, notes)


def _label(runs: list[Run]) -> None:
    """Row label = model spec; a model present on several batteries /
    ontologies gets "model @ battery" or "model @ battery/ontology"."""
    by_model: dict[str, list[Run]] = {}
    for r in runs:
        by_model.setdefault(r.model, []).append(r)
    for model, members in by_model.items():
        if len(members) == 1:
            members[0].label = model
            continue
        batteries = [r.battery for r in members]
        unique_battery = len(set(batteries)) == len(batteries)
        for r in members:
            r.label = f"{model} @ {r.battery}" if unique_battery else f"{model} @ {r.battery}/{r.ontology}"
