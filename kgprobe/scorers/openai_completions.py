"""Served causal LMs ranked over every candidate: ``openai-completions:BASE_URL#MODEL``.

Each probe's statement with each candidate in the slot is sent to
``BASE_URL/completions`` (the legacy OpenAI completions API that vLLM, TGI,
llama.cpp's server and others offer) with ``echo: true``, ``logprobs: 1``,
``temperature: 0`` and ``max_tokens: 0`` (1 when the server refuses 0; the
generated token is not read). The echoed prompt tokens carry their
log-probabilities, and a candidate's score is computed from them as the
local causal scorer (kgprobe/scorers/causal.py) computes it: ``scope``
``answer`` / ``answer+suffix`` / ``sentence`` says which characters are
scored (from the whitespace before the candidate to its end, or to the
sentence's end; or the whole statement) and ``norm`` ``sum`` / ``mean`` /
``token`` how they add up. Tokens are mapped to characters by
``logprobs.text_offset``; offsets that count a start token's text (vLLM
counts "<s>") are shifted so that the echoed text's first character is 0. A
token is scored when it starts inside the scored characters. The server
tokenises the statement whole, so it differs from the local scorer's split
tokenisation only where a BPE merge crosses the start of the candidate (see
causal.py). A probe whose scored text starts at the statement's first
character ("[Y] is ...") needs a start token before it: when the server adds
none, the probe is skipped (``sentence`` scope is then refused).

Many statements go in one request (``batch_size``), and requests
are concurrent, retried, time-bounded and authorised as the chat scorer's
(kgprobe/scorers/openai.py, whose transport this scorer shares; the key is
never stored).

Self-check: some servers return echo log-probabilities shifted by one token
(llama-cpp-python 0.3: token i scored with the logits of its own position).
Before the first probe, a prompt is continued greedily for a few tokens; the
log-probabilities the server gives those generated tokens are by
construction those of the next token. The prompt plus that continuation is
then echoed, and the echoed log-probabilities of the continuation's tokens
must agree (mean absolute difference at most ``SELF_CHECK_TOL``); a server
that fails is refused with one line.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Optional, Sequence

from kgprobe.errors import ModelError
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import MIN_SCORE, SCORERS, ScoredProbe, register_scorer
from kgprobe.scorers.models import CAUSAL_SCOPES, NORMS, split_prompt
from kgprobe.scorers.openai import OpenAIChatScorer, _positive_seconds
from kgprobe.scorers.options import Options, option
SELF_CHECK_PROMPTS = ("The capital of France is", "Once upon a time, there was a", "1, 2, 3, 4,")
SELF_CHECK_TOKENS = 4
SELF_CHECK_TOL = 0.05  # nats, mean over the compared tokens; a shifted server is off by far more


@dataclass(frozen=True)
class CompletionsOptions(Options):
    """This scorer's options (spec ``openai-completions:URL#MODEL,norm=mean`` or the run's flags)."""

    seed: int = option(0)                                   # sent with each request
    concurrency: int = option(8, minimum=1)                 # requests in flight
    timeout: float = option(60.0, check=_positive_seconds)  # seconds per request (wall clock)
    retries: int = option(3, minimum=0)                     # retries of a failed request
    norm: str = option("sum", choices=NORMS)                # as the causal scorer
    scope: str = option("answer+suffix", choices=CAUSAL_SCOPES)
    batch_size: int = option(64, minimum=1)                 # statements per request


@dataclass
class _Job:
    probe: int       # index into the batch of probes
    cand: int        # index into probe.candidates
    text: str        # the statement sent
    start: int       # scored characters: [start, end)
    cand_start: int  # where the candidate (with its leading whitespace) starts
    end: int


class OpenAICompletionsScorer(OpenAIChatScorer):
    kind = "causal"
    prefix = "openai-completions"
    endpoint = "/completions"

    def __init__(self, rest: str, options: CompletionsOptions):
        super().__init__(rest, options)
        self.copts = options
        self.max_tokens = 0  # 1 once the server refuses 0
        self._checked = False
        self._check_lock = threading.Lock()
        self.self_check: Optional[dict] = None

    def describe(self) -> dict:
        self._ensure_checked()  # the manifest records the self-check and the max_tokens the server took
        return {"model_name": self.model, "base_url": self.url, "kind": self.kind, "device": "remote",
                "dtype": None, "torch_threads": None, "norm": self.copts.norm, "scope": self.copts.scope,
                "api": "completions (echo, logprobs)", "max_tokens": self.max_tokens,
                "self_check": self.self_check}

    # -- transport hooks -----------------------------------------------------------

    def _payload(self, body: dict) -> dict:
        payload = dict(body)
        if payload.get("max_tokens") == 0:
            payload["max_tokens"] = self.max_tokens
        return payload

    def _adapt(self, payload: dict, detail: str) -> bool:
        if payload.get("max_tokens") == 0 and "max_tokens" in detail.lower():
            self.max_tokens = 1  # e.g. "max_tokens must be at least 1": one token is made and not read
            return True
        return False

    def _complete(self, prompts: list[str], max_tokens: int = 0) -> list[dict]:
        """One request; per prompt, its echoed tokens as dicts (text, start, logprob),
        ``start`` counted in the prompt's characters (generated tokens start at or after its end)."""
        body = {"model": self.model, "prompt": prompts, "max_tokens": max_tokens, "echo": True, "logprobs": 1,
                "temperature": 0, "seed": self.options.seed}
        data = self._request(body)
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or len(choices) != len(prompts):
            raise self._error(f"{self.name}: {self.url} did not answer {len(prompts)} prompt(s) in the completions "
                              f"shape (choices with echo log-probs): {str(data)[:120]}")
        out: list = [None] * len(prompts)
        for k, ch in enumerate(choices):
            i = ch.get("index", k) if isinstance(ch, dict) else None
            if not isinstance(i, int) or not 0 <= i < len(prompts) or out[i] is not None:
                raise self._error(f"{self.name}: {self.url} answered with a bad choice index {i!r}")
            out[i] = self._tokens(ch, prompts[i])
        return out

    def _tokens(self, choice: dict, prompt: str) -> list[dict]:
        lp = choice.get("logprobs")
        text = choice.get("text")
        try:
            toks, lps, offs = lp["tokens"], lp["token_logprobs"], lp["text_offset"]
            if not (isinstance(text, str) and len(toks) == len(lps) == len(offs) and toks):
                raise TypeError
            toks = [str(t) for t in toks]
            offs = [int(o) for o in offs]
            lps = [None if x is None else float(x) for x in lps]
        except (TypeError, KeyError, ValueError):
            raise self._error(f"{self.name}: {self.url} returned no echo log-probs (logprobs.tokens, token_logprobs, "
                              f"text_offset) for the prompt; does it support echo?") from None
        if not text.startswith(prompt):
            raise self._error(f"{self.name}: {self.url} did not echo the prompt (got {text[:60]!r})")
        shift = offs[0] + _prompt_start(toks, prompt, text)
        return [{"text": t, "start": o - shift, "logprob": x} for t, o, x in zip(toks, offs, lps)]

    # -- the self-check ------------------------------------------------------------

    def _ensure_checked(self) -> None:
        with self._check_lock:
            if not self._checked:
                self._check_server()
                self._checked = True

    def _check_server(self) -> None:
        """Refuse a server whose echo log-probs are not those of the next token (see the module doc)."""
        tried = []
        for prompt in SELF_CHECK_PROMPTS:
            gen = self._complete([prompt], max_tokens=SELF_CHECK_TOKENS)[0]
            made = [t for t in gen if t["start"] >= len(prompt)]
            if not made or any(t["logprob"] is None for t in made) or not made[0]["text"]:
                tried.append(f"{prompt!r}: no generated tokens with log-probs")
                continue
            cont = "".join(t["text"] for t in made)
            echo = self._complete([prompt + cont])[0]
            again = [t for t in echo if len(prompt) <= t["start"] < len(prompt) + len(cont)]
            pairs = []
            for a, b in zip(made, again):  # the tokens that re-tokenise alike
                if a["text"] != b["text"] or a["start"] != b["start"] or b["logprob"] is None:
                    break
                pairs.append((a["logprob"], b["logprob"]))
            if not pairs:
                tried.append(f"{prompt!r}: the continuation {cont!r} re-tokenises differently")
                continue
            diff = sum(abs(a - b) for a, b in pairs) / len(pairs)
            self.self_check = {"prompt": prompt, "tokens": len(pairs), "mean_abs_diff": round(diff, 6)}
            if not diff <= SELF_CHECK_TOL:
                raise self._error(
                    f"{self.name}: {self.url} fails the echo self-check: the echoed log-probs of {len(pairs)} "
                    f"generated token(s) differ from the generated ones by {diff:.3f} nats on average (allowed "
                    f"{SELF_CHECK_TOL}); the server scores prompt tokens shifted (llama-cpp-python does), so its "
                    "rankings would be wrong")
            return
        raise self._error(f"{self.name}: cannot run the echo self-check on {self.url} ({'; '.join(tried)[:200]})")

    # -- scoring -------------------------------------------------------------------

    def _jobs(self, pi: int, probe: Probe) -> list[_Job]:
        before, after = split_prompt(probe)
        prefix = before.rstrip()
        lead = before[len(prefix):]
        tail = "" if self.copts.scope == "answer" else after
        jobs = []
        for ci, c in enumerate(probe.candidates):
            if not c.strip():
                continue  # an empty candidate scores MIN_SCORE, as in the local scorer
            text = prefix + lead + c + tail
            start = 0 if self.copts.scope == "sentence" else len(prefix)
            jobs.append(_Job(pi, ci, text, start, len(prefix), len(text)))
        return jobs

    def _score_job(self, job: _Job, toks: list[dict]) -> tuple[Optional[float], Optional[str]]:
        scored = [t for t in toks if job.start <= t["start"] < job.end]
        if not scored:
            return MIN_SCORE, None
        if scored[0]["logprob"] is None:  # the first character of the statement, with no start token before it
            if self.copts.scope == "sentence":
                raise self._error(f"{self.name}: --scope sentence needs a server that puts a start token (BOS) "
                                  f"before the prompt, and {self.url} puts none; use --scope answer+suffix")
            return None, "the slot starts the statement and the server adds no start token before it"
        if any(t["logprob"] is None for t in scored):
            raise self._error(f"{self.name}: {self.url} gave a prompt token without a log-prob")
        norm = self.copts.norm
        if norm == "token":
            first = next((t for t in scored if t["start"] >= job.cand_start), scored[0])
            return first["logprob"], None
        total = sum(t["logprob"] for t in scored)
        return (total / len(scored) if norm == "mean" else total), None

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        probes = list(probes)
        if not probes:
            return []
        self._ensure_checked()
        jobs = [j for pi, p in enumerate(probes) for j in self._jobs(pi, p)]
        k = max(1, int(self.copts.batch_size))
        batches = [jobs[i:i + k] for i in range(0, len(jobs), k)]
        answers = self._map(lambda b: self._complete([j.text for j in b]), batches)
        scores = [[MIN_SCORE] * len(p.candidates) for p in probes]
        skipped: list[Optional[str]] = [None] * len(probes)
        for batch, toks in zip(batches, answers):
            for job, t in zip(batch, toks):
                value, why = self._score_job(job, t)
                if why:
                    skipped[job.probe] = why
                else:
                    scores[job.probe][job.cand] = value if math.isfinite(value) else MIN_SCORE
        return [ScoredProbe(p.id, list(p.candidates), None if skipped[i] else scores[i], skipped=skipped[i])
                for i, p in enumerate(probes)]


def _prompt_start(toks: list[str], prompt: str, text: str) -> int:
    """Characters of token text before the prompt (a start token's "<s>"): offsets count
    every token's text from the first token's, start tokens included (vLLM)."""
    joined = "".join(toks)
    pos = 0
    for t in toks:
        if joined.startswith(prompt, pos):
            return pos
        pos += len(t)
    return len(joined) - len(text)  # token texts that do not spell the prompt (split UTF-8): count from the end


SCORERS.syntax["openai-completions"] = "openai-completions:URL#MODEL"


@register_scorer("openai-completions", CompletionsOptions)
def _openai_completions(rest: str, options: CompletionsOptions):
    return OpenAICompletionsScorer(rest, options)
