"""A module kgprobe needs that is missing fails loudly (issue 15 part 5): no
"module not written yet" fallback swallows it in the scorer registry, the
runner or the command line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("missing, code", [
    ("kgprobe.scorers.kge", "import kgprobe.scorers"),
    ("kgprobe.cli.embed", "from kgprobe.cli.main import build_parser; build_parser()"),
    ("kgprobe.probes.generate", "from kgprobe.runner import load_probe_set; load_probe_set()"),
])
def test_missing_module_raises(missing, code):
    # sys.modules[name] = None makes every import of name raise ModuleNotFoundError
    r = subprocess.run([sys.executable, "-c", f"import sys; sys.modules[{missing!r}] = None; {code}"],
                       capture_output=True, text=True, cwd=REPO, timeout=120,
                       env=dict(os.environ, HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO)))
    assert r.returncode != 0 and "ModuleNotFoundError" in r.stderr and missing in r.stderr, r.stderr[-500:]
