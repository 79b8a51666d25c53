"""The fuzz corpus of hostile inputs (tests/fixtures/hostile/): every file, in a
real ``kgprobe`` process, ends in exit code 2, exactly one line on stderr that
names the file, no traceback, nothing new or changed in the output folder, in
under 10 s.

Layout: ``ontology/*`` -> ``kgprobe ontology stats FILE``; ``battery/*`` ->
``kgprobe probes tiny.ttl --battery FILE --out OUT/probes.jsonl``;
``results/CASE/results.json`` -> ``kgprobe leaderboard CASE --out OUT/lb.md``;
``ontoprobe/NAME__TASK.ext`` replaces that file (see ``FILES``) in a copy of the
mini OntoProbe data -> ``kgprobe import ontoprobe COPY --out OUT``.
"""

import shutil
import time
from pathlib import Path

import pytest

from kgprobe.probes.ontoprobe import FILES
from conftest import FIXTURES, run_cli

HOSTILE = FIXTURES / "hostile"
CASES = sorted(
    [p for p in (HOSTILE / "ontology").iterdir()]
    + [p for p in (HOSTILE / "battery").iterdir()]
    + [p for p in (HOSTILE / "results").iterdir()]
    + [p for p in (HOSTILE / "ontoprobe").iterdir()]
)


def snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def command(case: Path, tmp: Path, out: Path) -> tuple[list, Path]:
    """(arguments, the path the error line must name)."""
    kind = case.parent.name
    if kind == "ontology":
        return ["ontology", "stats", case], case
    if kind == "battery":
        return ["probes", FIXTURES / "tiny.ttl", "--battery", case, "--out", out / "probes.jsonl"], case
    if kind == "results":
        return ["leaderboard", case, "--out", out / "lb.md"], case / "results.json"
    assert kind == "ontoprobe"
    data = tmp / "op"
    shutil.copytree(FIXTURES / "probes_ontoprobe_mini", data)
    target = data / "data" / FILES[case.name.split("__")[1].rsplit(".", 1)[0]]
    shutil.copyfile(case, target)
    return ["import", "ontoprobe", data, "--out", out], target


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_hostile_input(case, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("already here\n")
    before = snapshot(out)
    args, named = command(case, tmp_path, out)
    t0 = time.monotonic()
    r = run_cli(*args, timeout=30)
    elapsed = time.monotonic() - t0
    lines = r.stderr.splitlines()
    assert r.returncode == 2, r.stderr[-2000:]
    assert len(lines) == 1, r.stderr[-2000:]
    assert lines[0].startswith("kgprobe: error: ") and str(named) in lines[0], lines[0]
    assert "Traceback" not in r.stderr + r.stdout
    assert snapshot(out) == before
    assert elapsed < 10, f"{elapsed:.1f} s"


def test_corpus_covers_every_kind():
    kinds = {p.parent.name for p in CASES}
    assert kinds == {"ontology", "battery", "results", "ontoprobe"} and len(CASES) >= 20
