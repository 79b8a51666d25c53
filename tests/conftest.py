"""Shared test setup: offline, no writes to the user's home."""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _pystow_home(tmp_path_factory):
    os.environ.setdefault("PYSTOW_HOME", str(tmp_path_factory.mktemp("pystow")))
    os.environ.setdefault("MPLBACKEND", "Agg")
    yield


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def run_cli(*args, env=None, cwd=None, timeout=600, **popen):
    """Run ``python -m kgprobe ARGS`` in a subprocess; returns CompletedProcess.
    ``popen``: more subprocess.run arguments (e.g. preexec_fn)."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kgprobe", *map(str, args)],
        capture_output=True, text=True, env=full_env, cwd=cwd or REPO, timeout=timeout, **popen,
    )
