"""results.json (schema_version 1): slug, atomic writing, loading, checking.

See team/RESULTS_SCHEMA.md for the full contract; :func:`validate_results`
checks the parts every consumer relies on.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from kgprobe.errors import ResultsError

SCHEMA_VERSION = 1
TOP_KEYS = ("schema_version", "model", "model_kind", "battery", "ontology", "config", "manifest", "counts", "metrics")
METRIC_KEYS = ("n", "R@1", "R@5", "MRR", "MRRa", "acc")
SECTIONS = ("overall", "by_task", "by_rule_setting", "by_template", "by_family", "consistency", "calibration")


def slugify(spec: str) -> str:
    """Model spec -> directory name: every char outside [A-Za-z0-9._-] becomes "_"."""
    slug = re.sub(r"[^A-Za-z0-9._-]", "_", spec)
    if slug in ("", ".", ".."):
        slug = slug.replace(".", "_") or "_"
    return slug


def write_json_atomic(path: Path, obj) -> None:
    """Write JSON to a temporary file in the same folder, fsync, os.replace."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False, allow_nan=False)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _check_block(where: str, b) -> None:
    if not isinstance(b, dict):
        raise ResultsError(f"{where} is not an object")
    for k in METRIC_KEYS:
        if k not in b:
            raise ResultsError(f"{where} lacks {k!r}")


def validate_results(d, source: str = "results.json") -> dict:
    """Raise ResultsError naming ``source`` unless ``d`` follows schema_version 1."""
    if not isinstance(d, dict):
        raise ResultsError(f"{source}: not a JSON object")
    if d.get("schema_version") != SCHEMA_VERSION:
        raise ResultsError(
            f"{source}: schema_version {d.get('schema_version')!r}, expected {SCHEMA_VERSION}"
        )
    for k in TOP_KEYS:
        if k not in d:
            raise ResultsError(f"{source}: missing key {k!r}")
    m = d["metrics"]
    if not isinstance(m, dict):
        raise ResultsError(f"{source}: metrics is not an object")
    for s in SECTIONS:
        if s not in m:
            raise ResultsError(f"{source}: metrics lacks {s!r}")
    _check_block(f"{source}: metrics.overall", m["overall"])
    for sec in ("by_task", "by_template", "by_family"):
        for k, b in m[sec].items():
            _check_block(f"{source}: metrics.{sec}.{k}", b)
    for rule, settings in m["by_rule_setting"].items():
        for k, b in settings.items():
            _check_block(f"{source}: metrics.by_rule_setting.{rule}.{k}", b)
    return d


def read_json(p: Path):
    """The JSON in file ``p``; a ResultsError naming it when unreadable."""
    try:
        return json.loads(Path(p).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ResultsError(f"{p}: not valid JSON ({exc})") from None


def load_results(path) -> dict:
    """Read and validate a results.json (a file or a run folder holding one)."""
    p = Path(path)
    if p.is_dir():
        p = p / "results.json"
    if not p.is_file():
        raise ResultsError(f"no results file at {p}")
    return validate_results(read_json(p), str(p))
