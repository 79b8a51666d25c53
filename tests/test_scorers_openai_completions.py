"""openai-completions:BASE_URL#MODEL (issue 18 part 2) against a fake /v1/completions server on
127.0.0.1 that computes real echo log-probs with a tiny random LlamaForCausalLM; the local causal
scorer (hf:DIR) on the same weights is the reference. A server whose echo log-probs are shifted by
one token (as llama-cpp-python's) must be refused."""

import json
import threading

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from test_scorers_causal import smollm2_dir, tiny_llama  # noqa: E402,F401  (fixtures)
from test_scorers_openai import JsonHandler, LocalServer  # noqa: E402

from kgprobe.errors import ModelError  # noqa: E402
from kgprobe.probes.model import Probe  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.scorers.base import MIN_SCORE  # noqa: E402
from kgprobe.scorers.openai_completions import _prompt_start  # noqa: E402

CANDS = ["France", "Germany", "the United Kingdom", "hippopotamus", "Ouagadougou", "", "New York City", "dog"]


def probes():
    return [
        Probe(task="TP", kind="memorisation", prompt="Paris is the capital of [Y] .", candidates=CANDS,
              gold=["France"]),
        Probe(task="rdfs9", kind="reasoning",
              prompt="A poodle is a dog. Rex is a poodle. Therefore Rex is a particular kind of [Y], as we know.",
              candidates=list(reversed(CANDS)), gold=["dog"]),
        Probe(task="SCO", kind="memorisation", prompt="A (short) [Y]", candidates=["hippopotamus", "cat"],
              gold=["cat"]),
    ]


class CompletionsServer(LocalServer):
    """/v1/completions with echo + logprobs from a real causal LM (vLLM's answer shape: text_offset
    counts the token texts from 0). ``shifted``: echo log-probs of token i from position i's own
    logits (llama-cpp-python); ``refuse_zero``: HTTP 400 for max_tokens 0."""

    def __init__(self, folder, shifted=False, refuse_zero=False):
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.tok = AutoTokenizer.from_pretrained(str(folder))
        self.model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32).eval()
        self.shifted, self.refuse_zero = shifted, refuse_zero
        self.requests, self.headers = [], []
        self.lock = threading.Lock()
        fake = self

        class Handler(JsonHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with fake.lock:
                    fake.requests.append(body)
                    fake.headers.append(dict(self.headers))
                if self.path != "/v1/completions":
                    return self._send(404, {"error": "no such path"})
                if fake.refuse_zero and body.get("max_tokens") == 0:
                    return self._send(400, {"error": {"message": "max_tokens must be at least 1, got 0."}})
                prompts = body["prompt"] if isinstance(body["prompt"], list) else [body["prompt"]]
                with fake.lock:
                    choices = [fake.complete(i, p, body["max_tokens"]) for i, p in enumerate(prompts)]
                self._send(200, {"id": "x", "object": "text_completion", "model": body["model"], "choices": choices})

        self._serve(Handler)

    @torch.inference_mode()
    def complete(self, index, prompt, max_tokens):
        ids = self.tok(prompt)["input_ids"]
        lp = self.model(torch.tensor([ids])).logits[0].float().log_softmax(-1)
        if self.shifted:
            echo = [lp[i, t].item() for i, t in enumerate(ids)]
        else:
            echo = [None] + [lp[i - 1, ids[i]].item() for i in range(1, len(ids))]
        gen, gen_lp = [], []
        for _ in range(max_tokens):  # greedy; these log-probs are right on either server
            nxt = int(lp[-1].argmax())
            gen.append(nxt)
            gen_lp.append(lp[-1, nxt].item())
            lp = self.model(torch.tensor([ids + gen])).logits[0].float().log_softmax(-1)
        tokens = [self.tok.decode([t]) for t in ids + gen]
        offsets, pos = [], 0
        for t in tokens:
            offsets.append(pos)
            pos += len(t)
        return {"index": index, "text": prompt + self.tok.decode(gen), "finish_reason": "length",
                "logprobs": {"tokens": tokens, "token_logprobs": echo + gen_lp, "text_offset": offsets,
                             "top_logprobs": None}}


@pytest.fixture(scope="module")
def server(tiny_llama):
    with CompletionsServer(tiny_llama) as s:
        yield s


def _pair(folder, url, **opts):
    local = make_scorer(f"hf:{folder}", ScorerOptions(device="cpu", **opts))
    served = make_scorer(f"openai-completions:{url}#tiny", ScorerOptions(concurrency=3, batch_size=5, **opts))
    return local, served


@pytest.mark.parametrize("scope", ["answer", "answer+suffix"])
@pytest.mark.parametrize("norm", ["sum", "mean", "token"])
def test_agrees_with_the_local_causal_scorer(tiny_llama, server, scope, norm):
    local, served = _pair(tiny_llama, server.url, scope=scope, norm=norm)
    ps = probes()
    want, got = local.score(ps), served.score(ps)
    for w, g in zip(want, got):
        assert g.candidates == w.candidates and g.skipped is None
        assert g.scores == pytest.approx(w.scores, abs=1e-4), (scope, norm, w.probe_id)
        if "" in w.candidates:
            assert g.scores[w.candidates.index("")] == MIN_SCORE
    assert len({round(s, 6) for s in got[0].scores}) > 5  # real, distinct scores
    check = served.describe()["self_check"]
    assert check["tokens"] >= 1 and check["mean_abs_diff"] < 1e-4


def test_requests_batch_prompts_and_ask_for_echo(tiny_llama, server):
    n0 = len(server.requests)
    _, served = _pair(tiny_llama, server.url)
    served.score(probes())
    reqs = server.requests[n0:]
    scoring = [r for r in reqs if r["max_tokens"] == 0]
    assert len(reqs) - len(scoring) == 1  # the self-check's generation (its echo is among `scoring`)
    assert all(r["echo"] is True and r["logprobs"] == 1 and r["temperature"] == 0 for r in reqs)
    n_prompts = sum(len(r["prompt"]) for r in scoring)
    assert n_prompts == 1 + (7 + 7 + 2)  # the self-check's echo + every non-empty candidate once
    assert max(len(r["prompt"]) for r in scoring) == 5  # batch_size prompts per request


def test_slot_first_is_skipped_without_a_start_token(tiny_llama, server):
    _, served = _pair(tiny_llama, server.url)
    p = Probe(task="TP", kind="memorisation", prompt="[Y] is a country in Europe.", candidates=CANDS[:3],
              gold=["France"])
    (out,) = served.score([p])
    assert out.scores is None and "start token" in out.skipped
    _, sentence = _pair(tiny_llama, server.url, scope="sentence")
    with pytest.raises(ModelError, match="--scope sentence needs a server that puts a start token"):
        sentence.score(probes()[:1])


def test_server_refusing_max_tokens_0_gets_1(tiny_llama):
    with CompletionsServer(tiny_llama, refuse_zero=True) as s:
        local, served = _pair(tiny_llama, s.url)
        d = served.describe()  # as the runner does, before scoring: the self-check has run
        assert d["max_tokens"] == 1 and d["self_check"]["tokens"] >= 1
        ps = probes()[:2]
        want, got = local.score(ps), served.score(ps)
    for w, g in zip(want, got):
        assert g.scores == pytest.approx(w.scores, abs=1e-4)  # the one generated token is not read
    assert any(r["max_tokens"] == 1 and len(r["prompt"]) > 1 for r in s.requests)


def test_shifted_server_is_refused(tiny_llama, tmp_path, capsys, monkeypatch):
    from kgprobe.cli.main import main

    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-123")
    src = tmp_path / "p.jsonl"
    src.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in probes()))
    with CompletionsServer(tiny_llama, shifted=True) as s:
        _, served = _pair(tiny_llama, s.url)
        with pytest.raises(ModelError, match="fails the echo self-check"):
            served.score(probes())
        assert len(s.requests) == 2  # refused before any probe was sent
        with pytest.raises(ModelError, match="fails the echo self-check"):
            make_scorer(f"openai-completions:{s.url}#tiny", ScorerOptions()).describe()
        capsys.readouterr()
        rc = main(["run", "--model", f"openai-completions:{s.url}#tiny", "--probes", str(src),
                   "--out", str(tmp_path / "runs"), "--no-progress"])
        assert s.headers[-1]["Authorization"] == "Bearer sk-secret-123"
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and "shifted" in err and "sk-secret" not in err
    for f in (tmp_path / "runs").rglob("*"):
        assert not f.is_file() or b"sk-secret" not in f.read_bytes()


def test_token_offsets_with_a_start_token():
    # vLLM counts a start token's text ("<s>") in text_offset: the prompt starts after it
    assert _prompt_start(["<s>", "Paris", " is"], "Paris is", "Paris is") == 3
    assert _prompt_start(["Paris", " is", " big"], "Paris is", "Paris is big") == 0
    assert _prompt_start(["\ufffd", "\ufffd", " x"], "\u00e9 x", "\u00e9 x") == 1  # split UTF-8: from the end


def test_bad_spec_is_one_line():
    with pytest.raises(ModelError, match="openai-completions:BASE_URL#MODEL"):
        make_scorer("openai-completions:http://127.0.0.1:9/v1", ScorerOptions())
