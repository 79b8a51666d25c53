"""The scorer interface and its registry.

A scorer turns probes into one score per candidate (higher = more likely).
``SCORERS`` maps a spec prefix (``hf``, ``gguf``, ``openai``, ``baseline``,
``kge``) or an alias (``smollm2-135m``) to a factory ``f(spec_rest, options)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Protocol, Sequence

from kgprobe.probes.model import Probe
from kgprobe.registry import Registry


#: what a causal LM's score covers (``ScorerOptions.scope``; see kgprobe/scorers/causal.py)
CAUSAL_SCOPES = ("answer", "answer+suffix", "sentence")


@dataclass
class ScorerOptions:
    """Options shared by scorers; each scorer reads the ones it needs."""

    device: str = "auto"          # auto | cpu | cuda | mps
    dtype: str = "auto"           # auto | float32 | float16 | bfloat16
    trust_remote_code: bool = False
    batch_size: int = 64          # sequences per forward pass (upper bound)
    pooling: str = "mean"         # masked: mean | max | first
    single_mask: bool = False     # masked: one [MASK] whatever the length
    norm: str = "sum"             # causal: sum | mean | token
    scope: str = "answer+suffix"  # causal: answer | answer+suffix | sentence (what is scored)
    seed: int = 0
    concurrency: int = 8          # openai: requests in flight
    timeout: float = 60.0         # openai: seconds per request
    retries: int = 3              # openai
    n_choices: int = 20           # openai: multiple-choice size


@dataclass
class ScoredProbe:
    """Scores for one probe.

    scores      one float per candidate, aligned with ``probe.candidates``;
                None when the scorer skipped the probe (e.g. a KGE scorer that
                cannot map it) - a skipped probe is never scored as wrong.
    candidates  the candidates actually scored (usually probe.candidates; an
                API multiple-choice scorer scores a 20-way subset).
    skipped     reason string when skipped, else None.
    raw         optional raw output (e.g. the chat model's answer text).
    """

    probe_id: str
    candidates: list[str]
    scores: Optional[list[float]]
    skipped: Optional[str] = None
    raw: Optional[str] = None
    extra: dict = field(default_factory=dict)


class Scorer(Protocol):
    name: str  # the model spec, used as the results slug

    def describe(self) -> dict:
        """Manifest entries: model name, revision or file hash, device, dtype."""

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        """Score a batch of probes; order of the output follows the input."""


SCORERS: Registry = Registry("model", syntax={
    "hf": "hf:NAME_OR_DIR", "gguf": "gguf:DIR#FILE.gguf", "openai": "openai:URL#MODEL", "kge": "kge:DIR",
    "baseline": "baseline:random|frequency", "vllm": "vllm:NAME_OR_DIR[,key=value...]",
})

# Score of a candidate a scorer cannot score (an empty label) or, for a chat
# model without logprobs, of every option it did not choose. Finite, so it
# survives JSON; far below any log-probability.
MIN_SCORE = -1e9


def make_scorer(spec: str, options: Optional[ScorerOptions] = None):
    """Build a scorer from a spec such as ``hf:bert-base-uncased``,
    ``gguf:/path/dir#file.gguf``, ``openai:http://host/v1#model``,
    ``baseline:random``, ``kge:DIR`` or an alias like ``smollm2-135m``.
    A factory may carry a cheap ``check(rest)`` (see :func:`check_spec`)."""
    factory, rest = _factory(spec)
    return factory(rest, options or ScorerOptions())


def check_spec(spec: str) -> None:
    """Raise the one-line "unknown model ...; did you mean ...?" error for a
    spec whose kind or alias is unknown, and the error of the factory's own
    cheap ``check(rest)`` if it has one (a GGUF file that is not there, a Hub
    model that is neither cached nor reachable); no torch, so that a bad spec
    fails before any probe is generated or model loaded."""
    factory, rest = _factory(spec)
    check = getattr(factory, "check", None)
    if check is not None:
        check(rest)


def _factory(spec: str):
    import kgprobe.scorers  # noqa: F401  (registers the built-in scorers)

    if spec in SCORERS:
        return SCORERS.get(spec), ""
    prefix, sep, rest = spec.partition(":")
    if sep and prefix in SCORERS:
        return SCORERS.get(prefix), rest
    # a misspelt alias, or a misspelt kind with its argument kept: hff:bert -> hf:bert
    candidates = [f"{n}:{rest}" if sep and n in SCORERS.syntax else n for n in SCORERS.names()]
    raise SCORERS.unknown(spec, candidates)
