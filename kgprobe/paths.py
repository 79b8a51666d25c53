"""Where shipped data lives: ``ontologies/``, ``probes/``, the user cache."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_ROOT.parent


def data_dirs(kind: str) -> list[Path]:
    """Folders searched for shipped ``kind`` ("ontologies" or "probes"):
    ``$KGPROBE_<KIND>_DIR`` if set, ./<kind>, then the repository's own."""
    dirs = []
    env = os.environ.get(f"KGPROBE_{kind.upper()}_DIR")
    if env:
        dirs.append(Path(env))
    dirs.append(Path.cwd() / kind)
    dirs.append(REPO_ROOT / kind)
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
