"""Where shipped data lives (``kgprobe/data/ontologies``, ``kgprobe/data/probes``), the user cache."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path


def shipped_dir(kind: str) -> Path:
    """The installed package's own ``kind`` folder (``kgprobe/data/<kind>``), found
    through importlib.resources so that it resolves after any install."""
    return Path(str(files("kgprobe").joinpath("data", kind)))


def data_dirs(kind: str) -> list[Path]:
    """Folders searched for ``kind`` ("ontologies" or "probes"):
    ``$KGPROBE_<KIND>_DIR`` if set, ./<kind>, then the package's shipped ones."""
    dirs = []
    env = os.environ.get(f"KGPROBE_{kind.upper()}_DIR")
    if env:
        dirs.append(Path(env))
    dirs.append(Path.cwd() / kind)
    dirs.append(shipped_dir(kind))
    out = []
    for d in dirs:
        if d.is_dir() and d.resolve() not in [o.resolve() for o in out]:
            out.append(d)
    return out


def cache_dir() -> Path:
    """User cache directory (``$KGPROBE_CACHE`` or the platform's cache dir)."""
    env = os.environ.get("KGPROBE_CACHE")
    if env:
        p = Path(env)
    else:
        from platformdirs import user_cache_dir

        p = Path(user_cache_dir("kgprobe"))
    p.mkdir(parents=True, exist_ok=True)
    return p
