"""results.json (schema_version 1): slug, atomic writing, loading, checking.

See team/RESULTS_SCHEMA.md for the full contract; :func:`validate_results`
checks the parts every consumer relies on.
"""

from __future__ import annotations

import json
import math
import re
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
    """Write JSON whole or not at all (:func:`kgprobe.io.atomic_write`)."""
    from kgprobe.io import atomic_write

    with atomic_write(path) as f:
        json.dump(obj, f, indent=2, ensure_ascii=False, allow_nan=False)
        f.write("\n")


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _check_share(where: str, v) -> None:
    """A metric value: null (no scored probes) or a finite number in [0, 1]."""
    if v is None:
        return
    if not _is_number(v) or not math.isfinite(v) or not 0 <= v <= 1:
        raise ResultsError(f"{where} is {v!r}, not a number from 0 to 1 (or null)")


def _check_block(where: str, b) -> None:
    if not isinstance(b, dict):
        raise ResultsError(f"{where} is not an object")
    for k in METRIC_KEYS:
        if k not in b:
            raise ResultsError(f"{where} lacks {k!r}")
    n = b["n"]
    if not (isinstance(n, int) and not isinstance(n, bool) and n >= 0):
        raise ResultsError(f"{where}.n is {n!r}, not a count")
    for k in METRIC_KEYS[1:]:
        _check_share(f"{where}.{k}", b[k])
    ci = b.get("ci")
    if isinstance(ci, dict):
        for k, bounds in ci.items():
            for i, v in enumerate(bounds if isinstance(bounds, list) else [bounds]):
                _check_share(f"{where}.ci.{k}[{i}]", v)


def _check_finite(where: str, v) -> None:
    """No NaN or infinity anywhere (kgprobe never writes them: allow_nan=False)."""
    if isinstance(v, float) and not math.isfinite(v):
        raise ResultsError(f"{where} is {v!r}, not a finite number")
    if isinstance(v, dict):
        for k, x in v.items():
            _check_finite(f"{where}.{k}", x)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            _check_finite(f"{where}[{i}]", x)


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
    _check_finite(f"{source}: metrics", m)
    _check_block(f"{source}: metrics.overall", m["overall"])
    for sec in ("by_task", "by_template", "by_family", "by_rule_setting"):
        if not isinstance(m[sec], dict):
            raise ResultsError(f"{source}: metrics.{sec} is not an object")
    for sec in ("by_task", "by_template", "by_family"):
        for k, b in m[sec].items():
            _check_block(f"{source}: metrics.{sec}.{k}", b)
    for rule, settings in m["by_rule_setting"].items():
        if not isinstance(settings, dict):
            raise ResultsError(f"{source}: metrics.by_rule_setting.{rule} is not an object")
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
