"""`kgprobe run --shard I/N` and `kgprobe merge` (issue 18 part 3): three shards in three processes
merge into the bytes of an unsharded run; bad shard sets are one line and exit 2."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli

FIX = Path(__file__).parent / "fixtures"
PROBES = FIX / "runner_probes.jsonl"
REPO = Path(__file__).resolve().parent.parent
MODEL = "baseline:random"  # seeded per probe: a shard's predictions do not depend on the other probes
SLUG = "baseline_random"


def _args(out, *extra):
    return ["run", "--model", MODEL, "--probes", str(PROBES), "--out", str(out), "--no-progress", *extra]


def _without_manifest(path: Path) -> bytes:
    d = json.loads(path.read_text())
    d.pop("manifest")
    return json.dumps(d, indent=2).encode()


@pytest.fixture(scope="module")
def sharded(tmp_path_factory):
    """An unsharded run and 3 shards run at once as 3 processes, merged."""
    tmp = tmp_path_factory.mktemp("shard")
    procs = [subprocess.Popen([sys.executable, "-m", "kgprobe", *_args(tmp / "shards", "--shard", f"{i}/3")],
                              cwd=REPO, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for i in range(3)]
    full = run_cli(*_args(tmp / "full"))
    assert full.returncode == 0, full.stderr
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "kgprobe merge" in out
    dirs = sorted((tmp / "shards").iterdir())
    assert [d.name for d in dirs] == [f"{SLUG}.shard-{i}-of-3" for i in range(3)]
    merged = run_cli("merge", *dirs, "--out", tmp / "merged")
    assert merged.returncode == 0, merged.stderr
    return tmp, dirs


def test_merge_equals_unsharded_run(sharded):
    tmp, dirs = sharded
    full, merged = tmp / "full" / SLUG, tmp / "merged" / SLUG
    n = [len((d / "predictions.jsonl").read_text().splitlines()) for d in dirs]
    assert n == [31, 31, 30]  # 92 test probes, round robin
    assert (merged / "predictions.jsonl").read_bytes() == (full / "predictions.jsonl").read_bytes()
    assert _without_manifest(merged / "results.json") == _without_manifest(full / "results.json")
    rf, rm = (json.loads((d / "results.json").read_text()) for d in (full, merged))
    assert "shard" not in rm and rm["counts"]["probes"] == 92
    assert [s["index"] for s in rm["manifest"]["shards"]] == [0, 1, 2]
    assert rm["manifest"]["scored_this_session"] == 92
    assert {k: v for k, v in rm["manifest"]["model"].items()} == rf["manifest"]["model"]
    # the merged folder is the unsharded run: `kgprobe run` there finds every probe done
    again = run_cli(*_args(tmp / "merged"))
    assert again.returncode == 0, again.stderr
    assert "resumed: 92 already done" in again.stdout
    assert (merged / "predictions.jsonl").read_bytes() == (full / "predictions.jsonl").read_bytes()


def test_report_leaves_shards_out(sharded):
    from kgprobe.report.load import collect_runs

    tmp, _ = sharded
    rs = collect_runs([tmp / "shards"])
    assert rs.runs == [] and len(rs.notes) == 3 and all("kgprobe merge" in n for n in rs.notes)


def _main(*args):
    from kgprobe.cli.main import main

    return main([str(a) for a in args])


def _fails(capsys, *args, match):
    capsys.readouterr()
    assert _main(*args) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("kgprobe: error: "), err
    assert match in err, err


def test_bad_shard_sets_are_refused(sharded, tmp_path, capsys):
    _, dirs = sharded
    out = tmp_path / "m"
    _fails(capsys, "merge", dirs[0], dirs[2], "--out", out, match="shard 1/3 missing")
    _fails(capsys, "merge", *dirs, dirs[1], "--out", out, match="shard 1/3 given twice")
    # another seed: another fingerprint
    assert _main(*_args(tmp_path / "other", "--shard", "1/3", "--seed", "5")) == 0
    other = tmp_path / "other" / f"{SLUG}.shard-1-of-3"
    _fails(capsys, "merge", dirs[0], other, dirs[2], "--out", out,
           match="shards of different runs (they differ in: options, seed)")
    # another N
    assert _main(*_args(tmp_path / "two", "--shard", "1/2")) == 0
    _fails(capsys, "merge", dirs[0], tmp_path / "two" / f"{SLUG}.shard-1-of-2", dirs[2], "--out", out,
           match="is a shard of 2")
    # a shard that lost a prediction, or holds one of another shard (an overlap)
    for how in ("drop", "overlap"):
        bad = tmp_path / how
        shutil.copytree(dirs[1], bad)
        lines = (bad / "predictions.jsonl").read_text().splitlines(keepends=True)
        if how == "drop":
            lines = lines[:-1]
        else:
            lines[3] = (dirs[0] / "predictions.jsonl").read_text().splitlines(keepends=True)[3]
        (bad / "predictions.jsonl").write_text("".join(lines))
        _fails(capsys, "merge", dirs[0], bad, dirs[2], "--out", out,
               match="holds 30 predictions, its results.json counts 31" if how == "drop" else "not the run's test probes")
    assert not (out / SLUG / "results.json").exists()  # nothing written by a refused merge
    _fails(capsys, *_args(tmp_path / "x", "--shard", "3/3"), match="0 <= I < N")
    _fails(capsys, *_args(tmp_path / "x", "--shard", "two"), match="expected I/N")


def test_merge_refuses_an_unsharded_folder(sharded, tmp_path, capsys):
    tmp, dirs = sharded
    _fails(capsys, "merge", tmp / "full" / SLUG, "--out", tmp_path, match="not a shard")
