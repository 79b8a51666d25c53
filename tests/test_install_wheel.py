"""Shipped ontologies and batteries resolve from a built wheel, outside the checkout (issue 14, item 2)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from kgprobe.probes.io import sha256_file
from conftest import REPO


def test_built_wheel_resolves_world_and_default_battery(tmp_path):
    # build from a copy of the sources, so that the checkout gets no build/ or egg-info
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "kgprobe", src / "kgprobe", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
         "-w", str(wheels), str(src)],
        capture_output=True, text=True, timeout=120,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = wheels.glob("kgprobe-*.whl")
    target = tmp_path / "site"
    inst = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=120,
    )
    assert inst.returncode == 0, inst.stderr[-2000:]
    shutil.rmtree(src)  # nothing of the sources is left to fall back on

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KGPROBE_")}
    env["PYTHONPATH"] = str(target)  # the installed copy, not the checkout (dependencies from this venv)

    where = subprocess.run([sys.executable, "-c", "import kgprobe; print(kgprobe.__file__)"],
                           capture_output=True, text=True, env=env, cwd=elsewhere, timeout=60)
    assert Path(where.stdout.strip()).resolve().is_relative_to(target.resolve()), where

    res = subprocess.run([sys.executable, "-m", "kgprobe", "probes", "world", "--battery", "default", "--json"],
                         capture_output=True, text=True, env=env, cwd=elsewhere, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    summary = json.loads(res.stdout)
    # the shipped files were found inside the installed package, and they are the checkout's files
    assert Path(summary["ontology"]["source"]).resolve().is_relative_to(target.resolve())
    assert Path(summary["battery"]["path"]).resolve().is_relative_to(target.resolve())
    assert summary["ontology"]["sha256"] == sha256_file(REPO / "kgprobe" / "data" / "ontologies" / "world.ttl")
    assert summary["battery"]["sha256"] == sha256_file(REPO / "kgprobe" / "data" / "probes" / "default.yaml")
    assert summary["by_split"]["test"] == 458  # README: the default battery has 458 test probes on world
