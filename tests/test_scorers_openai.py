"""openai:BASE_URL#MODEL against a fake OpenAI-compatible server on 127.0.0.1."""

import json
import math
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kgprobe.errors import ModelError
from kgprobe.probes.model import Probe
from kgprobe.scorers import ScorerOptions, make_scorer
from kgprobe.scorers.base import MIN_SCORE
from kgprobe.scorers.openai import OpenAIChatScorer, OpenAIOptions, choose_options, parse_answer

CANDS = [f"label{i:02d}" for i in range(40)]


def probe(i, gold="label07"):
    return Probe(task="TP", kind="memorisation", prompt=f"thing{i} is a [Y] .", candidates=list(CANDS),
                 gold=[gold, "label08"], subject=f"thing{i}")


class LocalServer:
    """An HTTP server on 127.0.0.1 (a free port) serving ``handler`` from a
    thread while the ``with`` block runs; ``url`` is its /v1 base."""

    def _serve(self, handler):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *a):
        self.httpd.shutdown()
        self.httpd.server_close()


class JsonHandler(BaseHTTPRequestHandler):
    """What the fake servers' handlers share: no access log, JSON replies."""

    def log_message(self, *a):
        pass

    def _send(self, code, obj):
        data = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class FakeServer(LocalServer):
    """Answers with the letter of the option whose label is ``want`` (the
    gold); ``logprobs``: top_logprobs giving the answer 0.6, the next options
    in listing order 0.2, 0.1, 0.05; ``fail_first``: HTTP 500 on the first
    request of every probe; ``reject_logprobs``: HTTP 400 when asked for them."""

    def __init__(self, logprobs=True, fail_first=0, reject_logprobs=False, want="label07"):
        self.logprobs, self.fail_first, self.reject_logprobs, self.want = logprobs, fail_first, reject_logprobs, want
        self.requests, self.headers, self.failed = [], [], 0
        self.lock = threading.Lock()
        fake = self

        class Handler(JsonHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with fake.lock:
                    fake.requests.append(body)
                    fake.headers.append(dict(self.headers))
                    fail = fake.failed < fake.fail_first
                    if fail:
                        fake.failed += 1
                if self.path != "/v1/chat/completions":
                    return self._send(404, {"error": "no such path"})
                if fail:
                    return self._send(500, {"error": "overloaded"})
                if fake.reject_logprobs and body.get("logprobs"):
                    return self._send(400, {"error": {"message": "logprobs are not supported"}})
                self._send(200, fake.answer(body))

        self._serve(Handler)

    def answer(self, body):
        text = body["messages"][-1]["content"]
        opts = re.findall(r"^([A-Z])\. (.*)$", text, re.M)
        letter = next(l for l, lab in opts if lab == self.want)
        choice = {"index": 0, "message": {"role": "assistant", "content": f"{letter}. {self.want}"},
                  "finish_reason": "stop"}
        if self.logprobs and body.get("logprobs"):
            others = [l for l, _ in opts if l != letter][:3]
            top = [{"token": letter, "logprob": math.log(0.6)}]
            top += [{"token": l, "logprob": math.log(p)} for l, p in zip(others, (0.2, 0.1, 0.05))]
            top.append({"token": " " + letter, "logprob": math.log(0.02)})  # a variant of the same letter
            choice["logprobs"] = {"content": [{"token": letter, "logprob": math.log(0.6), "top_logprobs": top},
                                              {"token": ".", "logprob": -0.01, "top_logprobs": []}]}
        return {"id": "x", "object": "chat.completion", "model": body["model"], "choices": [choice]}



def test_options_are_seeded_and_contain_one_gold():
    p = probe(1)
    a = choose_options(p, 20, seed=0)
    assert len(a) == 20 == len(set(a)) and "label07" in a and "label08" not in a  # other golds left out
    assert set(a) <= set(CANDS)
    assert a == choose_options(p, 20, seed=0)
    assert a != choose_options(p, 20, seed=1)
    assert choose_options(probe(2), 20, seed=0) != a  # per probe id
    small = Probe(task="TP", kind="memorisation", prompt="x is a [Y] .", candidates=["a", "b", "c"], gold=["b"])
    assert sorted(choose_options(small, 20, seed=0)) == ["a", "b", "c"]


def test_parse_answer():
    opts = ["dog", "city", "hot dog", "river"]
    assert parse_answer("B", opts) == 1
    assert parse_answer(" (C) hot dog", opts) == 2
    assert parse_answer("**D.** river", opts) == 3
    assert parse_answer("The answer is A.", opts) == 0
    assert parse_answer("I think it is a hot dog", opts) == 2  # longest unique label match
    assert parse_answer("It is a city", opts) == 1
    assert parse_answer("E", opts) is None  # not an option
    assert parse_answer("no idea", opts) is None


def test_with_logprobs(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.delenv("KGPROBE_API_KEY", raising=False)
    with FakeServer(logprobs=True) as srv:
        s = make_scorer(f"openai:{srv.url}#fake-model", ScorerOptions(seed=0, concurrency=4))
        assert s.kind == "chat" and s.describe()["model_name"] == "fake-model"
        probes = [probe(i) for i in range(6)]
        out = s.score(probes)
    assert len(srv.requests) == 6
    assert all(h.get("Authorization") == "Bearer sk-test" for h in srv.headers)
    assert all(r["model"] == "fake-model" and r["logprobs"] is True and r["temperature"] == 0 for r in srv.requests)
    for p, sp in zip(probes, out):
        assert sp.probe_id == p.id  # order follows the input despite concurrency
        assert sp.candidates == choose_options(p, 20, 0)
        gi = sp.candidates.index("label07")
        # the answer's letter: 0.6 + its " X" variant 0.02, summed in probability
        assert sp.scores[gi] == pytest.approx(math.log(0.62), abs=1e-9)
        lp = sorted((x for x in sp.scores if x > MIN_SCORE), reverse=True)
        assert lp == pytest.approx([math.log(0.62), math.log(0.2), math.log(0.1), math.log(0.05)])
        assert sum(x == MIN_SCORE for x in sp.scores) == 16
        assert sp.extra["logprobs"] is True and sp.raw.endswith("label07")


def test_without_logprobs_chosen_gets_zero(monkeypatch):
    with FakeServer(logprobs=False) as srv:
        out = make_scorer(f"openai:{srv.url}#m", ScorerOptions(seed=5)).score([probe(1), probe(2)])
    for sp in out:
        gi = sp.candidates.index("label07")
        assert sp.scores[gi] == 0.0
        assert all(x == MIN_SCORE for i, x in enumerate(sp.scores) if i != gi)
        assert sp.extra["logprobs"] is False


def test_server_rejecting_logprobs_is_asked_again_without():
    with FakeServer(reject_logprobs=True) as srv:
        s = make_scorer(f"openai:{srv.url}#m")
        out = s.score([probe(1), probe(2)])
    assert not s.use_logprobs
    assert sum("logprobs" in r for r in srv.requests) >= 1
    assert all(sp.scores[sp.candidates.index("label07")] == 0.0 for sp in out)


def test_retries_500_then_ok():
    with FakeServer(fail_first=1) as srv:
        s = make_scorer(f"openai:{srv.url}#m", ScorerOptions(retries=2))
        s.backoff = 0.01
        out = s.score([probe(1)])
    assert len(srv.requests) == 2 and srv.failed == 1
    assert out[0].scores[out[0].candidates.index("label07")] == max(out[0].scores)


def test_too_many_errors_is_a_model_error():
    with FakeServer(fail_first=10) as srv:
        s = make_scorer(f"openai:{srv.url}#m", ScorerOptions(retries=1))
        s.backoff = 0.01
        with pytest.raises(ModelError, match=r"after 2 attempt\(s\): HTTP 500"):
            s.score([probe(1)])
    assert len(srv.requests) == 2


def test_unreachable_port_is_one_line_model_error():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    s = make_scorer(f"openai:http://127.0.0.1:{port}/v1#m", ScorerOptions(retries=2, timeout=2))
    s.backoff = 0.01
    with pytest.raises(ModelError) as err:
        s.score([probe(1)])
    msg = str(err.value)
    assert "\n" not in msg and f"127.0.0.1:{port}" in msg and "3 attempt" in msg


def test_bad_specs():
    with pytest.raises(ModelError, match="BASE_URL#MODEL"):
        make_scorer("openai:http://localhost:8000/v1")
    with pytest.raises(ModelError, match="http://"):
        make_scorer("openai:localhost:8000#m")
    with pytest.raises(ModelError, match="n_choices"):
        OpenAIChatScorer("http://x/v1#m", OpenAIOptions(n_choices=40))
