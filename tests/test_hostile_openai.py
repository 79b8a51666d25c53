"""The openai scorer against hostile servers on 127.0.0.1 (issue 13): odd
response shapes, slow and rate-limiting servers, Ctrl-C, secrets; and the
run lock taken before anything slow (two real processes)."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler

import pytest

import kgprobe.scorers.openai as openai_mod
from kgprobe.errors import ModelError
from kgprobe.scorers import ScorerOptions, make_scorer
from kgprobe.scorers.base import MIN_SCORE
from kgprobe.scorers.openai import public_spec
from conftest import FIXTURES, REPO, run_cli
from test_scorers_openai import LocalServer, probe

PROBES = FIXTURES / "runner_probes.jsonl"


class Server(LocalServer):
    """A server whose answer is ``respond(handler, body)``; records requests."""

    def __init__(self, respond):
        self.requests = []
        srv = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                srv.requests.append((self.path, dict(self.headers), body))
                try:
                    respond(self, body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def send(self, code, data, headers=()):
                data = data if isinstance(data, bytes) else json.dumps(data).encode()
                self.send_response(code)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._serve(Handler)


def good(letter="A"):
    return {"choices": [{"message": {"content": letter}}]}


# ------------------------------------------------------------ odd shapes (4)

ODD = {
    0: {"choices": [{"message": {"content": "A"}, "logprobs": "garbage"}]},  # bad logprobs: ignored, answer kept
    1: {"choices": [{"message": {"content": "A"}, "logprobs": {"content": ["x", 3]}}]},  # non-dict entries
    2: {"choices": [{"message": {"content": 42}}]},  # numeric content
    3: {"choices": "nope"},
    4: [1, 2, 3],
    5: b"<html>not json</html>",
    6: good("B"),
}


def test_odd_response_shapes_are_unparseable_probes_not_crashes():
    def respond(h, body):
        i = int(re.search(r"thing(\d+)", body["messages"][0]["content"]).group(1))
        h.send(200, ODD[i])

    with Server(respond) as srv:
        s = make_scorer(f"openai:{srv.url}#m", ScorerOptions(concurrency=3))
        out = s.score([probe(i) for i in range(7)])
    for i in (0, 1, 6):
        assert not out[i].extra.get("malformed") and out[i].extra["logprobs"] is False
        assert out[i].scores[{0: 0, 1: 0, 6: 1}[i]] == 0.0  # the answered letter
    for i in (2, 3, 4, 5):
        assert out[i].extra["malformed"] is True and out[i].scores == [MIN_SCORE] * 20
    assert "not json" in out[5].raw


def test_server_answering_only_garbage_stops_the_run(tmp_path):
    with Server(lambda h, body: h.send(200, {"choices": [{"message": {"content": 7}}]})) as srv:
        r = run_cli("run", "--model", f"openai:{srv.url}#m", "--probes", PROBES, "--out", tmp_path,
                    "--no-progress", timeout=60)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "none in the chat-completions shape" in lines[0] and "Traceback" not in r.stderr
    preds = list(tmp_path.rglob("predictions.jsonl"))
    assert len(preds) == 1 and preds[0].stat().st_size == 0  # nothing recorded from a garbage server


# ------------------------------------------------------------ time bounds (5)


def test_trickling_server_is_cut_at_the_probe_deadline():
    def trickle(h, body):
        h.send_response(200)
        h.send_header("Content-Length", "100000")
        h.end_headers()
        for _ in range(40):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.25)

    with Server(trickle) as srv:
        s = make_scorer(f"openai:{srv.url}#m", ScorerOptions(timeout=1, retries=1))
        assert s.deadline_s == pytest.approx(2.5)  # 2 attempts x 1 s + 0.5 s backoff
        t0 = time.monotonic()
        with pytest.raises(ModelError, match=r"after 2 attempt\(s\): TimeoutError"):
            s.score([probe(1)])
        elapsed = time.monotonic() - t0
    assert elapsed < 3.5, elapsed  # urllib's per-read timeout let such a server run for minutes


def test_retry_after_past_the_deadline_fails_at_once():
    with Server(lambda h, body: h.send(429, {"error": "slow down"}, [("Retry-After", "100000")])) as srv:
        s = make_scorer(f"openai:{srv.url}#m", ScorerOptions(timeout=5, retries=3))
        t0 = time.monotonic()
        with pytest.raises(ModelError, match=r"asks to retry after 100000 s, past the per-probe deadline"):
            s.score([probe(1)])
    assert time.monotonic() - t0 < 1.5 and len(srv.requests) == 1


def test_long_backoff_is_announced(monkeypatch, capsys):
    monkeypatch.setattr(openai_mod, "NOTICE_AFTER_S", 0.2)

    def respond(h, body):
        if len(srv.requests) == 1:
            return h.send(429, {"error": "busy"}, [("Retry-After", "1")])
        h.send(200, good())

    with Server(respond) as srv:
        out = make_scorer(f"openai:{srv.url}#m", ScorerOptions(timeout=5, retries=2)).score([probe(1)])
    assert out[0].scores[0] == 0.0
    err = capsys.readouterr().err
    assert re.search(r"kgprobe: note: openai:http://127\.0\.0\.1:\d+/v1#m: waiting 1 s before retrying \(HTTP 429", err)


# ------------------------------------------------------------ secrets (6)


def test_key_echoed_by_the_server_is_redacted(monkeypatch):
    monkeypatch.setenv("KGPROBE_API_KEY", "sk-VERYSECRET42")
    with Server(lambda h, body: h.send(401, {"error": f"bad key: {h.headers['Authorization']}"})) as srv:
        with pytest.raises(ModelError) as err:
            make_scorer(f"openai:{srv.url}#m").score([probe(1)])
    assert "HTTP 401" in str(err.value) and "VERYSECRET" not in str(err.value) and "Bearer ***" in str(err.value)


def test_url_secrets_never_stored(tmp_path):
    with Server(lambda h, body: h.send(200, good())) as srv:
        port = srv.httpd.server_address[1]
        spec = f"openai:http://alice:pw-HIDDEN1@127.0.0.1:{port}/v1?api-key=QUERYHIDDEN2#m"
        assert public_spec(spec) == f"openai:http://127.0.0.1:{port}/v1#m"
        r = run_cli("run", "--model", spec, "--probes", PROBES, "--out", tmp_path, "--no-progress", "--limit", "3",
                    timeout=60, env={"KGPROBE_API_KEY": "", "OPENAI_API_KEY": ""})
    assert r.returncode == 0, r.stderr
    path, headers, _ = srv.requests[0]
    assert path == "/v1/chat/completions?api-key=QUERYHIDDEN2"  # still used for the request
    assert headers["Authorization"].startswith("Basic ")  # userinfo sent as Basic auth
    stored = [p for p in tmp_path.rglob("*")]
    assert [p.name for p in tmp_path.iterdir()] == [f"openai_http___127.0.0.1_{port}_v1_m"]
    text = r.stdout + r.stderr + "".join(p.read_text() for p in stored if p.is_file())
    assert "HIDDEN" not in text and "alice" not in text


# ------------------------------------------------------------ lock first, Ctrl-C (5, 9)


def test_lock_is_taken_first_and_ctrl_c_is_quick_and_resumable(tmp_path):
    def never(h, body):
        time.sleep(30)

    with Server(never) as srv:
        model = f"openai:{srv.url}#m"
        args = [sys.executable, "-m", "kgprobe", "run", "--model", model, "--probes", str(PROBES), "--out",
                str(tmp_path), "--no-progress", "--timeout", "60", "--concurrency", "4"]
        first = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=dict(os.environ, HF_HUB_OFFLINE="1"))
        try:
            t0 = time.monotonic()
            while len(srv.requests) < 4 and time.monotonic() - t0 < 30:
                time.sleep(0.05)
            assert len(srv.requests) == 4  # in flight, holding the lock
            # the second run is told about the lock before it looks at its (missing) probes file
            second = run_cli("run", "--model", model, "--probes", tmp_path / "missing.jsonl", "--out", tmp_path,
                             "--no-progress", timeout=60)
            assert second.returncode == 2 and "another kgprobe run is writing" in second.stderr, second.stderr
            first.send_signal(signal.SIGINT)
            t1 = time.monotonic()
            _, err = first.communicate(timeout=10)
            took = time.monotonic() - t1
        finally:
            if first.poll() is None:
                first.kill()
    assert first.returncode == 130 and took < 2.0, (took, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "0 of 92 predictions are in" in err and "run the same command again to resume" in err
    assert len(srv.requests) == 4  # the queued probes were never sent
