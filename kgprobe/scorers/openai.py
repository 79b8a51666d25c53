"""Chat models behind an OpenAI-compatible API (vLLM, Ollama, TGI, llama.cpp
server, OpenAI itself): ``openai:BASE_URL#MODEL``, e.g.
``openai:http://localhost:8000/v1#Qwen/Qwen2.5-7B-Instruct``.

Each probe becomes the paper's multiple-choice question (Wu et al. 2023, the
ChatGPT setting): the most specific gold label plus ``options.n_choices - 1``
other candidates (gold labels excluded) sampled with a seed derived from
``options.seed`` and the probe id, listed under letters A, B, ... in a seeded
order. The model answers with a letter; the answer is parsed (letter first,
else a unique option label in the text).

Scores (``ScoredProbe.candidates`` are the asked options; metrics rank among
them): when the server returns ``top_logprobs`` for the answer token, each
option's score is the log-probability of its letter (``MIN_SCORE`` for
letters outside the top list); otherwise the chosen option scores 0 and all
others ``MIN_SCORE`` (tied). An unparseable answer leaves every option at
``MIN_SCORE``. The raw answer is kept in ``ScoredProbe.raw``.

Transport: the standard library only (urllib + a thread pool):
``options.concurrency`` requests in flight, ``options.timeout`` seconds each,
``options.retries`` retries with exponential backoff on HTTP 429/5xx and
connection errors. A server that rejects the ``logprobs`` parameter (HTTP 400
mentioning it) is asked again without. API key: ``$KGPROBE_API_KEY`` or
``$OPENAI_API_KEY`` (sent as a Bearer token).
"""

from __future__ import annotations

import http.client
import json
import math
import os
import random
import re
import socket
import string
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Optional, Sequence

from kgprobe.errors import ModelError
from kgprobe.probes.model import SLOT, Probe
from kgprobe.scorers.base import MIN_SCORE, SCORERS, ScoredProbe, ScorerOptions

LETTERS = string.ascii_uppercase
BLANK = "___"

QUESTION = (
    "Fill in the blank ({blank}) in the sentence with the correct option.\n\n"
    "Sentence: {sentence}\n\n"
    "Options:\n{options}\n\n"
    "Answer with the letter of the correct option only."
)


def choose_options(probe: Probe, n: int, seed: int) -> list[str]:
    """The asked options, in asking order: gold[0] + n-1 sampled non-gold."""
    rng = random.Random(f"kgprobe-openai:{seed}:{probe.id}")
    golds = set(probe.gold)
    pool = [c for c in dict.fromkeys(probe.candidates) if c not in golds]
    first = [probe.gold[0]] if probe.gold else []
    k = min(n - len(first), len(pool))
    asked = first + rng.sample(pool, k)
    rng.shuffle(asked)
    return asked


def build_question(probe: Probe, options: list[str]) -> str:
    listing = "\n".join(f"{LETTERS[i]}. {label}" for i, label in enumerate(options))
    return QUESTION.format(blank=BLANK, sentence=probe.prompt.replace(SLOT, BLANK), options=listing)


_LEAD_LETTER = re.compile(r"""^[\s(\[*"'`]*([A-Z])(?=$|[\s).\]:,*"'`])""")
_ANSWER_IS = re.compile(r"""\b(?:answer|option)\s*(?:is)?\s*[:\-]?\s*[(\[*"']*([A-Z])\b""", re.IGNORECASE)


def parse_answer(text: str, options: list[str]) -> Optional[int]:
    """Index of the chosen option, or None."""
    letters = LETTERS[: len(options)]
    t = (text or "").strip()
    for rx in (_LEAD_LETTER, _ANSWER_IS):
        m = rx.search(t)
        if m and m.group(1).upper() in letters:
            return letters.index(m.group(1).upper())
    low = t.lower()
    hits = [i for i, label in enumerate(options) if label and re.search(r"\b" + re.escape(label.lower()) + r"\b", low)]
    if hits:
        longest = max(len(options[i]) for i in hits)
        top = [i for i in hits if len(options[i]) == longest]
        if len(top) == 1:
            return top[0]
    return None


def letter_logprobs(choice: dict, n: int) -> Optional[dict[str, float]]:
    """Log-probabilities of the option letters at the answer token, from the
    response's ``logprobs.content[*].top_logprobs`` (variants like " A", "A"
    and "(A" are summed in probability)."""
    content = ((choice.get("logprobs") or {}).get("content")) or []
    letters = LETTERS[:n]
    for entry in content:
        tok = (entry.get("token") or "").strip(" \t\n()[]*.:\"'`")
        if not tok:
            continue  # leading whitespace / punctuation tokens
        if tok not in letters:
            return None
        acc: dict[str, list[float]] = {}
        for alt in entry.get("top_logprobs") or [{"token": entry.get("token"), "logprob": entry.get("logprob")}]:
            a = (alt.get("token") or "").strip(" \t\n()[]*.:\"'`")
            lp = alt.get("logprob")
            if a in letters and isinstance(lp, (int, float)) and math.isfinite(lp):
                acc.setdefault(a, []).append(float(lp))
        if not acc:
            return None
        out = {}
        for a, lps in acc.items():
            m = max(lps)
            out[a] = m + math.log(sum(math.exp(x - m) for x in lps))
        return out
    return None


class OpenAIChatScorer:
    kind = "chat"
    backoff = 0.5  # seconds before the first retry; doubles each time

    def __init__(self, rest: str, options: ScorerOptions):
        base, sep, model = rest.rpartition("#")
        if not sep or not base or not model:
            raise ModelError(f"openai:{rest}: the spec must be openai:BASE_URL#MODEL "
                             "(e.g. openai:http://localhost:8000/v1#my-model)")
        if not base.startswith(("http://", "https://")):
            raise ModelError(f"openai:{rest}: the base URL must start with http:// or https://")
        if not 1 < options.n_choices <= len(LETTERS):
            raise ModelError(f"n_choices must be between 2 and {len(LETTERS)} (got {options.n_choices})")
        self.name = f"openai:{rest}"
        self.model = model
        base = base.rstrip("/")
        self.url = base if base.endswith("/chat/completions") else base + "/chat/completions"
        self.options = options
        self.api_key = os.environ.get("KGPROBE_API_KEY") or os.environ.get("OPENAI_API_KEY")
        self.use_logprobs = True
        self.logprobs_seen = False

    def describe(self) -> dict:
        return {"model_name": self.model, "base_url": self.url, "kind": self.kind, "device": "remote",
                "dtype": None, "torch_threads": None, "n_choices": self.options.n_choices,
                "seed": self.options.seed, "logprobs_requested": True, "question_template": QUESTION}

    # -- transport -------------------------------------------------------------

    def _request(self, body: dict) -> dict:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        last = "no attempt"
        attempts = max(0, int(self.options.retries)) + 1
        attempt = 0
        while attempt < attempts:
            wait = self.backoff * (2 ** attempt)
            payload = dict(body)
            if not self.use_logprobs:
                payload.pop("logprobs", None)
                payload.pop("top_logprobs", None)
            req = urllib.request.Request(self.url, data=json.dumps(payload).encode("utf-8"), headers=headers,
                                         method="POST")
            try:
                with urllib.request.urlopen(req, timeout=self.options.timeout) as resp:
                    raw = resp.read()
                try:
                    return json.loads(raw)
                except ValueError:
                    raise ModelError(f"{self.name}: {self.url} did not answer JSON: {raw[:120]!r}") from None
            except urllib.error.HTTPError as exc:
                detail = _one_line(exc.read()[:300].decode("utf-8", "replace"))
                if exc.code == 400 and "logprobs" in payload and "logprob" in detail.lower():
                    self.use_logprobs = False  # server does not do logprobs: ask again without
                    continue
                if exc.code == 429 or exc.code >= 500:
                    last = f"HTTP {exc.code} {detail}".strip()
                    retry_after = exc.headers.get("Retry-After") if exc.headers else None
                    if retry_after and retry_after.replace(".", "", 1).isdigit():
                        wait = max(wait, min(float(retry_after), 60.0))
                else:
                    raise ModelError(f"{self.name}: HTTP {exc.code} from {self.url}: {detail}") from None
            except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError,
                    http.client.HTTPException) as exc:
                reason = getattr(exc, "reason", exc)
                last = _one_line(f"{type(reason).__name__}: {reason}")
            attempt += 1
            if attempt < attempts:
                time.sleep(wait)
        raise ModelError(f"{self.name}: no answer from {self.url} after {attempts} attempt(s): {last}")

    # -- scoring ---------------------------------------------------------------

    def _ask(self, probe: Probe) -> ScoredProbe:
        asked = choose_options(probe, self.options.n_choices, self.options.seed)
        if not asked:
            return ScoredProbe(probe.id, [], None, skipped="no candidates")
        body = {
            "model": self.model,
            "messages": [{"role": "user", "content": build_question(probe, asked)}],
            "temperature": 0,
            "max_tokens": 16,
            "seed": self.options.seed,
            "logprobs": True,
            "top_logprobs": min(20, len(asked)),
        }
        data = self._request(body)
        try:
            choice = data["choices"][0]
            text = (choice.get("message") or {}).get("content") or choice.get("text") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            raise ModelError(f"{self.name}: unexpected response from {self.url}: {str(data)[:200]}") from None
        chosen = parse_answer(text, asked)
        lps = letter_logprobs(choice, len(asked))
        extra = {"answer": LETTERS[chosen] if chosen is not None else None, "logprobs": lps is not None}
        if lps is not None:
            self.logprobs_seen = True
            scores = [lps.get(LETTERS[i], MIN_SCORE) for i in range(len(asked))]
            if chosen is not None and LETTERS[chosen] not in lps:
                scores[chosen] = max(scores) + 1e-6  # the chosen letter was cut from the top list
        else:
            scores = [MIN_SCORE] * len(asked)
            if chosen is not None:
                scores[chosen] = 0.0
        return ScoredProbe(probe.id, asked, scores, raw=text, extra=extra)

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        probes = list(probes)
        if not probes:
            return []
        workers = max(1, min(int(self.options.concurrency), len(probes)))
        pool = ThreadPoolExecutor(max_workers=workers)
        try:
            futures = [pool.submit(self._ask, p) for p in probes]
            return [f.result() for f in futures]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:300]


@SCORERS.register("openai")
def _openai(rest: str, options: ScorerOptions):
    return OpenAIChatScorer(rest, options)
