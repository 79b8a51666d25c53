"""Output files are written whole or not at all (kgprobe.io.atomic_write):
on a full disk every command ends with one line naming the path and exit 2,
leaves the previous file untouched and no temporary file behind, and a run
that hits the limit resumes.

The full disk is a file-size ulimit (RLIMIT_FSIZE, with SIGXFSZ ignored so
that write() fails with EFBIG) in a real subprocess, plus an ENOSPC raised
in-process in the middle of a write.
"""

import errno
import json
import resource
import signal

import pytest

from kgprobe.errors import OutputError
from kgprobe.io import atomic_write
from kgprobe.probes.generate import write_jsonl
from conftest import FIXTURES, run_cli


def _fsize_limit(nbytes):
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, nbytes))
    return limit


def _limited(nbytes, *args):
    return run_cli(*args, preexec_fn=_fsize_limit(nbytes), env={"PYTHONDONTWRITEBYTECODE": "1"}, timeout=120)


def _files(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _one_line(r, named):
    assert r.returncode == 2, r.stderr[-2000:]
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kgprobe: error: ") and str(named) in lines[0], r.stderr[-2000:]


def test_probes_out_on_full_disk_keeps_old_file(tmp_path):
    out = tmp_path / "probes.jsonl"
    out.write_text("old\n")
    r = _limited(4096, "probes", FIXTURES / "tiny.ttl", "--out", out)
    _one_line(r, out)
    assert _files(tmp_path) == {"probes.jsonl": b"old\n"}
    ok = run_cli("probes", FIXTURES / "tiny.ttl", "--out", out)  # without the limit: written whole
    assert ok.returncode == 0 and out.read_text().count("\n") > 20


def test_import_ontoprobe_on_full_disk_leaves_nothing(tmp_path):
    r = _limited(20000, "import", "ontoprobe", FIXTURES / "probes_ontoprobe_mini", "--out", tmp_path / "o")
    _one_line(r, tmp_path / "o")
    assert _files(tmp_path) == {}


def test_leaderboard_and_plot_on_full_disk(tmp_path):
    lb = tmp_path / "lb.md"
    _one_line(_limited(100, "leaderboard", FIXTURES / "report_runs", "--out", lb), lb)
    _one_line(_limited(2000, "plot", FIXTURES / "report_runs", "--out", tmp_path / "figs"), tmp_path / "figs")
    assert _files(tmp_path) == {}


def test_run_on_full_disk_is_resumable(tmp_path):
    args = ["run", "--model", "baseline:random", "--probes", FIXTURES / "runner_probes.jsonl", "--out", tmp_path,
            "--no-progress"]
    r = _limited(30000, *args)
    pred = tmp_path / "baseline_random" / "predictions.jsonl"
    _one_line(r, pred)
    before = pred.read_bytes().count(b"\n")
    assert 0 < before < 92
    again = run_cli(*args, timeout=120)
    assert again.returncode == 0, again.stderr
    ids = [json.loads(line)["probe_id"] for line in pred.read_text().splitlines()]
    assert len(ids) == 92 and len(set(ids)) == 92


class _Exploding:
    """Probes whose 50th serialisation meets a full disk."""

    def __init__(self, probes):
        self.probes = probes

    def __iter__(self):
        for i, p in enumerate(self.probes):
            if i == 50:
                raise OSError(errno.ENOSPC, "No space left on device")
            yield p


def test_enospc_mid_write_keeps_old_file(tmp_path):
    from kgprobe.probes.io import read_probes_file

    probes = read_probes_file(FIXTURES / "runner_probes.jsonl")
    out = tmp_path / "p.jsonl"
    out.write_text("old\n")
    with pytest.raises(OutputError, match=r"p\.jsonl: cannot write \(No space left on device\)"):
        write_jsonl(_Exploding(probes), out)
    assert _files(tmp_path) == {"p.jsonl": b"old\n"}
    assert write_jsonl(probes, out) == len(probes)
    assert out.read_text().count("\n") == len(probes)


def test_atomic_write_failure_in_block_is_not_an_output_error(tmp_path):
    with pytest.raises(ValueError):
        with atomic_write(tmp_path / "x.txt") as f:
            f.write("partial")
            raise ValueError("boom")
    assert list(tmp_path.iterdir()) == []
