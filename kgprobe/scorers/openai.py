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

Transport: the standard library only (http.client + a thread pool):
``options.concurrency`` requests in flight, ``options.timeout`` seconds each
(wall clock: a server that trickles bytes is cut off), ``options.retries``
retries with exponential backoff on HTTP 429/5xx and connection errors, and
one overall deadline per probe of ``(retries + 1) * timeout`` plus the
backoffs. A ``Retry-After`` is honoured up to 60 s and within the deadline;
waits longer than 10 s are announced on stderr. Ctrl-C cancels queued
requests and cuts the ones in flight. A server that rejects the ``logprobs``
parameter (HTTP 400 mentioning it) is asked again without.

Odd answers: a response that is not JSON or not in the chat-completions
shape counts as unparseable for its probe (every option ``MIN_SCORE``,
``extra["malformed"]``); a malformed ``logprobs`` is ignored. A server whose
answers are all malformed stops the run with one line.

Secrets: API key ``$KGPROBE_API_KEY`` or ``$OPENAI_API_KEY`` (sent as a
Bearer token; else ``user:password@`` in the URL is sent as Basic auth).
:func:`public_spec` strips userinfo and the query string from the URL; the
runner stores and names folders by it, and every message of this scorer has
the key, the password and the query values replaced by ``***``.
"""

from __future__ import annotations

import base64
import http.client
import json
import math
import os
import random
import re
import socket
import string
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional, Sequence
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from kgprobe.errors import ModelError
from kgprobe.probes.model import SLOT, Probe
from kgprobe.scorers.base import MIN_SCORE, ScoredProbe, register_scorer
from kgprobe.scorers.options import Options, option

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
    lp_block = choice.get("logprobs")
    content = lp_block.get("content") if isinstance(lp_block, dict) else None
    if not isinstance(content, list):
        return None
    letters = LETTERS[:n]
    for entry in content:
        if not isinstance(entry, dict) or not isinstance(entry.get("token") or "", str):
            return None
        tok = (entry.get("token") or "").strip(" \t\n()[]*.:\"'`")
        if not tok:
            continue  # leading whitespace / punctuation tokens
        if tok not in letters:
            return None
        acc: dict[str, list[float]] = {}
        alts = entry.get("top_logprobs") or [{"token": entry.get("token"), "logprob": entry.get("logprob")}]
        if not isinstance(alts, list):
            return None
        for alt in alts:
            if not isinstance(alt, dict) or not isinstance(alt.get("token") or "", str):
                continue
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


NOTICE_AFTER_S = 10.0  # announce backoffs longer than this on stderr
MAX_WAIT_S = 60.0  # the longest Retry-After honoured


def _split_spec(rest: str) -> tuple[str, str]:
    base, sep, model = rest.rpartition("#")
    return (base, model) if sep else ("", rest)


def public_url(url: str) -> str:
    """``url`` without ``user:password@`` and without the query string and fragment."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return re.sub(r"//[^/@]*@", "//", url).split("?", 1)[0]
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{port}" if port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def public_spec(spec: str) -> str:
    """A model spec safe to store and to name folders by: for ``openai:URL#MODEL``
    the URL loses its userinfo and query string; other specs are unchanged."""
    prefix, sep, rest = spec.partition(":")
    if prefix not in ("openai", "openai-completions") or not sep:
        return spec
    base, model = _split_spec(rest)
    return f"{prefix}:{public_url(base)}#{model}" if base else spec


def _positive_seconds(value: float) -> None:
    if not 0 < value < math.inf:
        raise ModelError(f"timeout must be a positive number of seconds (got {value})")


@dataclass(frozen=True)
class OpenAIOptions(Options):
    seed: int = option(0)                                       # seeds the options asked and their order
    concurrency: int = option(8, minimum=1)                     # requests in flight
    timeout: float = option(60.0, check=_positive_seconds)      # seconds per request (wall clock)
    retries: int = option(3, minimum=0)                         # retries of a failed request
    n_choices: int = option(20, minimum=2, maximum=len(LETTERS))  # multiple-choice size


class _Cancelled(Exception):
    pass


class OpenAIChatScorer:
    kind = "chat"
    backoff = 0.5  # seconds before the first retry; doubles each time
    prefix = "openai"  # the spec's kind
    endpoint = "/chat/completions"  # appended to the base URL

    def __init__(self, rest: str, options: OpenAIOptions):
        base, model = _split_spec(rest)
        self.api_key = os.environ.get("KGPROBE_API_KEY") or os.environ.get("OPENAI_API_KEY")
        self._secrets: list[str] = [self.api_key] if self.api_key else []
        try:
            parts = urlsplit(base)
            if parts.password:
                self._secrets += [parts.password, unquote(parts.password)]
            self._secrets += [v for _, v in parse_qsl(parts.query) if len(v) >= 3]
            parts.port  # noqa: B018  (raises ValueError for a bad port)
        except ValueError:
            parts = None
        self.name = self._redact(public_spec(f"{self.prefix}:{rest}"))
        if not base or not model:
            raise ModelError(f"{self.name}: the spec must be {self.prefix}:BASE_URL#MODEL "
                             f"(e.g. {self.prefix}:http://localhost:8000/v1#my-model)")
        if not base.startswith(("http://", "https://")) or parts is None or not parts.hostname:
            raise ModelError(f"{self.name}: the base URL must start with http:// or https:// and name a host")
        self.model = model
        path = parts.path.rstrip("/")
        path = path if path.endswith(self.endpoint) else path + self.endpoint
        self._scheme, self._host, self._port = parts.scheme, parts.hostname, parts.port
        self._target = path + (f"?{parts.query}" if parts.query else "")
        self._basic = None
        if parts.username is not None and not self.api_key:
            cred = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            self._basic = "Basic " + base64.b64encode(cred).decode()
        self.url = public_url(urlunsplit((parts.scheme, parts.netloc, path, "", "")))
        self.options = options
        self.use_logprobs = True
        self.logprobs_seen = False
        self.n_ok = 0
        self.n_malformed = 0
        self.first_malformed = ""
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._active: set = set()
        self._last_notice = 0.0

    def describe(self) -> dict:
        return {"model_name": self.model, "base_url": self.url, "kind": self.kind, "device": "remote",
                "dtype": None, "torch_threads": None, "n_choices": self.options.n_choices,
                "seed": self.options.seed, "logprobs_requested": True, "question_template": QUESTION}

    # -- secrets -----------------------------------------------------------------

    def _redact(self, text: str) -> str:
        text = str(text)
        for secret in sorted(set(self._secrets), key=len, reverse=True):
            text = text.replace(secret, "***")
        return re.sub(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+", r"\1 ***", text)

    def _error(self, msg: str) -> ModelError:
        return ModelError(self._redact(_one_line(msg)))

    # -- transport -------------------------------------------------------------

    @property
    def deadline_s(self) -> float:
        """Overall seconds one probe may take: every attempt's timeout plus the backoffs."""
        r = max(0, int(self.options.retries))
        return (r + 1) * float(self.options.timeout) + self.backoff * (2 ** r - 1)

    def _post(self, payload: dict, headers: dict, limit: float) -> tuple[int, dict, bytes]:
        """One POST with a wall-clock limit (the socket is shut when it passes or on cancel)."""
        cls = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
        conn = cls(self._host, self._port, timeout=limit)
        flight = _Flight()
        timer = threading.Timer(limit, flight.shut)
        timer.daemon = True
        with self._lock:
            if self._cancel.is_set():
                raise _Cancelled()
            self._active.add(flight)
        timer.start()
        t0 = time.monotonic()
        try:
            conn.connect()
            flight.attach(conn.sock)  # kept: http.client drops conn.sock once the response owns it
            conn.request("POST", self._target, body=json.dumps(payload).encode("utf-8"), headers=headers)
            resp = conn.getresponse()
            raw = resp.read()
            return resp.status, dict(resp.getheaders()), raw
        except (OSError, http.client.HTTPException) as exc:
            if self._cancel.is_set():
                raise _Cancelled() from None
            if flight.cut or time.monotonic() - t0 >= limit - 0.05:
                raise TimeoutError(f"no complete answer within {limit:.1f} s") from None
            raise
        finally:
            timer.cancel()
            with self._lock:
                self._active.discard(flight)
            conn.close()

    def _notice(self, text: str) -> None:
        with self._lock:
            now = time.monotonic()
            if now - self._last_notice < NOTICE_AFTER_S:
                return
            self._last_notice = now
        print(f"kgprobe: note: {self._redact(text)}", file=sys.stderr, flush=True)

    def _request(self, body: dict):
        """The decoded JSON answer, or bytes when the body is not JSON (malformed)."""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        elif self._basic:
            headers["Authorization"] = self._basic
        last = "no attempt"
        attempts = max(0, int(self.options.retries)) + 1
        deadline = time.monotonic() + self.deadline_s
        attempt = 0
        while attempt < attempts:
            wait = self.backoff * (2 ** attempt)
            payload = self._payload(body)
            remaining = deadline - time.monotonic()
            if remaining <= 0.05:
                break
            try:
                status, resp_headers, raw = self._post(payload, headers, min(float(self.options.timeout), remaining))
            except (OSError, http.client.HTTPException) as exc:
                last = f"{type(exc).__name__}: {exc}"
            else:
                if status < 300:
                    try:
                        return json.loads(raw)
                    except ValueError:
                        return raw
                detail = _one_line(raw[:300].decode("utf-8", "replace"))
                if status == 400 and self._adapt(payload, detail):
                    continue  # the server refused a parameter: ask again without it
                if status == 429 or status >= 500:
                    last = f"HTTP {status} {detail}".strip()
                    retry_after = {k.lower(): v for k, v in resp_headers.items()}.get("retry-after", "")
                    if retry_after.replace(".", "", 1).isdigit():
                        asked = float(retry_after)
                        if asked > MAX_WAIT_S or time.monotonic() + asked > deadline:
                            raise self._error(f"{self.name}: {self.url} asks to retry after {asked:g} s, past the "
                                              f"per-probe deadline of {self.deadline_s:g} s (--timeout, --retries); "
                                              f"last: {last}")
                        wait = max(wait, asked)
                else:
                    raise self._error(f"{self.name}: HTTP {status} from {self.url}: {detail}")
            attempt += 1
            if attempt < attempts:
                wait = min(wait, max(0.0, deadline - time.monotonic()))
                if wait > NOTICE_AFTER_S:
                    self._notice(f"{self.name}: waiting {wait:.0f} s before retrying ({last[:80]})")
                if self._cancel.wait(wait):
                    raise _Cancelled()
        raise self._error(f"{self.name}: no answer from {self.url} after {attempt} attempt(s): {last} "
                          f"(per-probe deadline {self.deadline_s:g} s: --timeout, --retries)")

    def _payload(self, body: dict) -> dict:
        """The request body as sent now (after what :meth:`_adapt` learnt)."""
        payload = dict(body)
        if not self.use_logprobs:
            payload.pop("logprobs", None)
            payload.pop("top_logprobs", None)
        return payload

    def _adapt(self, payload: dict, detail: str) -> bool:
        """After HTTP 400 ``detail``: True when a parameter is to be dropped and the request sent again."""
        if "logprobs" in payload and "logprob" in detail.lower():
            self.use_logprobs = False  # server does not do logprobs: ask again without
            return True
        return False

    def _map(self, fn, items: list) -> list:
        """``fn`` over ``items`` with ``options.concurrency`` requests in flight, in order;
        Ctrl-C or an error cancels the rest."""
        workers = max(1, min(int(self.options.concurrency), len(items)))
        pool = ThreadPoolExecutor(max_workers=workers)
        try:
            futures = [pool.submit(fn, x) for x in items]
            out = [f.result() for f in futures]
        except BaseException:
            self.cancel()  # Ctrl-C or a fatal error: queued requests dropped, the ones in flight cut
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return out

    def cancel(self) -> None:
        """Stop: no new requests, the ones in flight cut."""
        with self._lock:
            self._cancel.set()
            active = list(self._active)
        for flight in active:
            flight.shut()

    # -- scoring ---------------------------------------------------------------

    def _malformed(self, probe: Probe, asked: list[str], data) -> ScoredProbe:
        shown = _one_line(data.decode("utf-8", "replace") if isinstance(data, bytes) else json.dumps(data))[:200]
        with self._lock:
            self.n_malformed += 1
            self.first_malformed = self.first_malformed or shown
        return ScoredProbe(probe.id, asked, [MIN_SCORE] * len(asked), raw=self._redact(shown),
                           extra={"answer": None, "logprobs": False, "malformed": True})

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
        choice = _first_choice(data)
        if choice is None:
            return self._malformed(probe, asked, data)
        message = choice.get("message")
        text = (message.get("content") if isinstance(message, dict) else None) or choice.get("text") or ""
        if not isinstance(text, str):
            return self._malformed(probe, asked, data)
        with self._lock:
            self.n_ok += 1
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
        return ScoredProbe(probe.id, asked, scores, raw=self._redact(text), extra=extra)

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        probes = list(probes)
        if not probes:
            return []
        out = self._map(self._ask, probes)
        if self.n_malformed and not self.n_ok:
            raise self._error(f"{self.name}: {self.url} gave {self.n_malformed} answer(s), none in the "
                              f"chat-completions shape (e.g. {self.first_malformed[:120]})")
        return out


def _first_choice(data) -> Optional[dict]:
    """``data["choices"][0]`` when the answer has the chat-completions shape, else None."""
    if not isinstance(data, dict):
        return None
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return None
    return choices[0]


class _Flight:
    """The socket of one request in flight, to be shut from another thread
    (the deadline timer, Ctrl-C): a blocked read then returns at once."""

    def __init__(self):
        self.sock = None
        self.cut = False
        self._lock = threading.Lock()

    def attach(self, sock) -> None:
        with self._lock:
            self.sock = sock
            cut = self.cut
        if cut:
            self._shutdown()

    def shut(self) -> None:
        with self._lock:
            self.cut = True
        self._shutdown()

    def _shutdown(self) -> None:
        sock = self.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:300]


@register_scorer("openai", OpenAIOptions)
def _openai(rest: str, options: OpenAIOptions):
    return OpenAIChatScorer(rest, options)
