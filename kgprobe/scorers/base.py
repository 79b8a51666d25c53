"""The scorer interface and its registry.

A scorer turns probes into one score per candidate (higher = more likely).
``SCORERS`` maps a spec prefix (``hf``, ``gguf``, ``openai``, ``baseline``,
``kge``) or an alias (``smollm2-135m``) to a :class:`ScorerKind`: the
factory ``f(rest, options)`` and the scorer's own options class
(kgprobe/scorers/options.py), which :func:`resolve_spec` fills from the
spec's ``,KEY=VALUE`` options and the run's flags (:class:`ScorerOptions`)
and validates, before any model is loaded.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Callable, Collection, Optional, Protocol, Sequence

from kgprobe.probes.model import Probe
from kgprobe.registry import Registry
from kgprobe.scorers.options import Options, split_spec


@dataclass
class ScorerOptions:
    """The run's scorer flags (``kgprobe run --device/--norm/...``, the
    keyword options of ``kgprobe.evaluate``), one field per flag with its
    default. Scorers never read it: :func:`resolve_spec` gives each its own
    typed options from the spec and these flags. Its :meth:`record` with the
    spec's options applied (:attr:`ResolvedSpec.flags`) is what results.json
    records as config.options and the run fingerprint hashes (published runs
    stay byte-identical and old runs resume); a new flag goes at the end."""

    device: str = "auto"          # auto | cpu | cuda | cuda:N | mps
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

    def record(self) -> dict:
        """The serialised form (config.options, the fingerprint): every field
        of :data:`RECORDED`, in order, and any field added since only when it
        is off its default, so a new flag changes no existing run's record."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if f.name in RECORDED or getattr(self, f.name) != f.default}


#: the fields every run records, whatever their value (those of the runs published so far)
RECORDED = ("device", "dtype", "trust_remote_code", "batch_size", "pooling", "single_mask", "norm", "scope", "seed",
            "concurrency", "timeout", "retries", "n_choices")


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


@dataclass(frozen=True)
class ScorerKind:
    """What ``SCORERS`` holds per prefix or alias: the factory
    ``f(rest, options)``, its options class (or ``f(rest) -> class`` where
    the class depends on the rest, as for ``baseline:KIND``), and an optional
    cheap ``check(rest)`` (see :func:`check_spec`)."""

    factory: Callable[[str, Options], Any]
    options: Any
    check: Optional[Callable[[str], Any]] = None

    def options_class(self, rest: str) -> type:
        return self.options if isinstance(self.options, type) else self.options(rest)


SCORERS: Registry = Registry("model", syntax={
    "hf": "hf:NAME_OR_DIR", "gguf": "gguf:DIR#FILE.gguf", "openai": "openai:URL#MODEL", "kge": "kge:DIR",
    "baseline": "baseline:random|frequency", "vllm": "vllm:NAME_OR_DIR[,key=value...]",
})


def register_scorer(name: str, options, check: Optional[Callable[[str], Any]] = None):
    """Decorator: register a factory ``f(rest, options)`` under ``name`` with
    its options class (and cheap check)."""
    def deco(factory):
        SCORERS.add(name, ScorerKind(factory, options, check))
        return factory

    return deco


# Score of a candidate a scorer cannot score (an empty label) or, for a chat
# model without logprobs, of every option it did not choose. Finite, so it
# survives JSON; far below any log-probability.
MIN_SCORE = -1e9


@dataclass(frozen=True)
class ResolvedSpec:
    """A model spec taken apart and validated (no model loaded)."""

    spec: str
    kind: ScorerKind
    rest: str              # the factory's argument: the spec after "PREFIX:", without its options
    options: Options       # the scorer's typed options
    flags: ScorerOptions   # the run's flags with the spec's options applied: the serialised form


def resolve_spec(spec: str, flags: Optional[ScorerOptions] = None,
                 given: Optional[Collection[str]] = None) -> ResolvedSpec:
    """Take ``spec`` (``PREFIX:REST[,KEY=VALUE...]`` or ``ALIAS[,KEY=VALUE...]``)
    apart and build its scorer's options from the spec and ``flags``; raise
    the one-line error for an unknown kind or alias, an unknown option, a bad
    value, or a flag in ``given`` (None: a flag off its default) that
    disagrees with the spec. Imports no torch."""
    from kgprobe.scorers.openai import public_spec

    label = public_spec(spec.split(",")[0])
    head, spec_options = split_spec(spec, label)
    kind, rest = _lookup(head)
    flags = flags if flags is not None else ScorerOptions()
    options = kind.options_class(rest).build(label, spec_options, flags, given)
    shared = {k: getattr(options, k) for k in spec_options if hasattr(flags, k)}
    return ResolvedSpec(spec, kind, rest, options, dataclasses.replace(flags, **shared) if shared else flags)


def make_scorer(spec: str, options: Optional[ScorerOptions] = None, given: Optional[Collection[str]] = None):
    """Build a scorer from a spec such as ``hf:bert-base-uncased``,
    ``hf:gpt2,norm=mean``, ``gguf:/path/dir#file.gguf``,
    ``openai:http://host/v1#model``, ``baseline:random``, ``kge:DIR`` or an
    alias like ``smollm2-135m``; ``options`` are the run's flags."""
    r = resolve_spec(spec, options, given)
    return r.kind.factory(r.rest, r.options)


def check_spec(spec: str, options: Optional[ScorerOptions] = None, given: Optional[Collection[str]] = None) -> None:
    """Raise the error :func:`resolve_spec` raises for a bad spec, option or
    conflicting flag, then that of the kind's own cheap ``check(rest)`` if it
    has one (a GGUF file that is not there, a Hub model that is neither
    cached nor reachable); no torch, so that a bad spec fails before any
    probe is generated or model loaded."""
    r = resolve_spec(spec, options, given)
    if r.kind.check is not None:
        r.kind.check(r.rest)


def _lookup(head: str) -> tuple[ScorerKind, str]:
    import kgprobe.scorers  # noqa: F401  (registers the built-in scorers)

    if head in SCORERS:
        return SCORERS.get(head), ""
    prefix, sep, rest = head.partition(":")
    if sep and prefix in SCORERS:
        return SCORERS.get(prefix), rest
    # a misspelt alias, or a misspelt kind with its argument kept: hff:bert -> hf:bert
    candidates = [f"{n}:{rest}" if sep and n in SCORERS.syntax else n for n in SCORERS.names()]
    raise SCORERS.unknown(head, candidates)
