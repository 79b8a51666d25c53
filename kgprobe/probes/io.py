"""Reading probes written as JSONL, and file hashes for manifests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kgprobe.errors import BatteryError
from kgprobe.probes.model import Probe


def sha256_file(path) -> str:
    """sha256 of a file's bytes, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_probes_file(path) -> list[Probe]:
    """Probes from a JSONL file (one ``Probe.to_json()`` per line)."""
    p = Path(path)
    if not p.exists():
        raise BatteryError(f"probes file {p} does not exist")
    if not p.is_file():
        raise BatteryError(f"probes file {p} is not a file")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BatteryError(f"{p}: not UTF-8 text") from None
    except OSError as exc:
        raise BatteryError(f"{p}: cannot read ({exc.strerror})") from None
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if not isinstance(d, dict):
                raise ValueError("not a JSON object")
            probe = Probe.from_dict(d)
        except (ValueError, TypeError) as exc:
            raise BatteryError(f"{p}:{i}: not a probe ({str(exc).splitlines()[0]})") from None
        if not isinstance(probe.candidates, list) or not probe.candidates:
            raise BatteryError(f"{p}:{i}: probe has no candidates")
        if not isinstance(probe.gold, list) or not probe.gold or not set(probe.gold) <= set(probe.candidates):
            raise BatteryError(f"{p}:{i}: probe gold must be a non-empty list of candidates")
        out.append(probe)
    return out
