"""Shared helpers for the benchmark scripts: timing, environment line, output."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def env_line() -> str:
    try:
        import torch

        threads = torch.get_num_threads()
        device = "cuda" if torch.cuda.is_available() else "cpu"
        torch_v = torch.__version__
    except ImportError:  # pragma: no cover
        threads, device, torch_v = "n/a", "cpu", "n/a"
    return (f"machine: {platform.machine()} {os.cpu_count()} cores, python {platform.python_version()}, "
            f"torch {torch_v}, torch threads {threads}, device {device}")


def timed(fn, repeats: int = 3, warmup: int = 1):
    """Run ``fn`` warmup times, then ``repeats`` times; (median seconds, last result)."""
    result = None
    for _ in range(warmup):
        result = fn()
    times = []
    for _ in range(repeats):
        result = None  # free the previous result outside the timed region
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def fail(what: str, disagreements: list[str]) -> None:
    """A correctness check failed: print what disagrees (at most 20 lines),
    print no RATIO line, exit 1."""
    print(f"CHECK FAILED: {what}")
    for line in disagreements[:20]:
        print(f"  {line}")
    if len(disagreements) > 20:
        print(f"  ... and {len(disagreements) - 20} more")
    sys.exit(1)


def need(module: str, pip_args: str):
    """Import an optional dependency, or print one line with the pip command
    that installs it and exit 2."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        print(f"this benchmark needs {module!r}: pip install {pip_args}")
        sys.exit(2)


def print_table(rows: list[dict]) -> None:
    import pandas as pd

    print(pd.DataFrame(rows).to_string(index=False))
