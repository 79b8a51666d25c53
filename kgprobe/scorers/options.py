"""Typed scorer options: each scorer's own frozen dataclass, filled from the
model spec and the run's flags and validated once, before any model loads.

A spec carries its options after the first comma as ``KEY=VALUE`` pairs (as
lm-eval's ``model_args``): ``hf:gpt2,norm=mean,scope=answer``,
``baseline:frequency,ties=first``. The run's flags
(:class:`kgprobe.scorers.base.ScorerOptions`: ``kgprobe run --norm ...``,
``kgprobe.evaluate(norm=...)``) fill every option the spec leaves out; a flag
the scorer has no option for is ignored (it is meant for the run's other
models). A flag that was given and disagrees with the spec's option is an
error, as are an unknown key and a bad value (one line naming the key, the
value and what is allowed).

A new scorer declares its options next to its factory and registers both::

    @dataclass(frozen=True)
    class MyOptions(Options):
        batch_size: int = option(64, minimum=1)
        mode: str = option("fast", choices=("fast", "exact"))

    @register_scorer("my", MyOptions)      # kgprobe.scorers.base
    def _my(rest: str, options: MyOptions): ...
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Collection, Optional

from kgprobe.errors import ModelError
from kgprobe.registry import did_you_mean


def option(default, *, choices: Optional[Collection] = None, minimum=None, maximum=None,
           check: Optional[Callable[[Any], Any]] = None, applies: Optional[str] = None):
    """A field of an :class:`Options` class: its default, and what a value
    must be (one of ``choices``, within ``minimum``..``maximum``, or pass
    ``check``, a function raising ModelError). The type is the default's.
    ``applies``: the one model kind the option means something for, when a
    scorer serves several kinds (see :meth:`Options.check_applies`)."""
    return dataclasses.field(default=default, metadata={
        "choices": tuple(choices) if choices is not None else None,
        "minimum": minimum, "maximum": maximum, "check": check, "applies": applies})


_KINDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


def _validate(f: dataclasses.Field, value) -> None:
    want = type(f.default)
    ok = isinstance(value, want) and not (want is not bool and isinstance(value, bool))
    if want is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if not ok:
        raise ModelError(f"{f.name} must be {_KINDS.get(want, want.__name__)} (got {value!r})")
    meta = f.metadata
    if meta.get("choices") is not None and value not in meta["choices"]:
        raise ModelError(f"unknown {f.name} {value!r} (allowed: {', '.join(map(str, meta['choices']))})")
    if meta.get("minimum") is not None and value < meta["minimum"]:
        raise ModelError(f"{f.name} must be at least {meta['minimum']} (got {value})")
    if meta.get("maximum") is not None and value > meta["maximum"]:
        raise ModelError(f"{f.name} must be at most {meta['maximum']} (got {value})")
    if meta.get("check") is not None:
        meta["check"](value)


def _convert(f: dataclasses.Field, text: str):
    """The spec's text for field ``f`` as the field's type."""
    want = type(f.default)
    if want is bool:
        low = text.lower()
        if low in ("true", "1", "yes"):
            return True
        if low in ("false", "0", "no"):
            return False
    else:
        try:
            return want(text)
        except ValueError:
            pass
    raise ModelError(f"{f.name}={text!r} is not {_KINDS.get(want, want.__name__)}")


@dataclasses.dataclass(frozen=True)
class Options:
    """Base of a scorer's options; a subclass declares its fields with :func:`option`."""

    def __post_init__(self):
        for f in dataclasses.fields(self):
            _validate(f, getattr(self, f.name))

    @classmethod
    def build(cls, label: str, spec_options: dict[str, str], flags=None,
              given: Optional[Collection[str]] = None) -> "Options":
        """The options for a spec (``label`` names it in errors): the spec's
        ``KEY=VALUE`` options over the fields of ``flags`` that share a name
        with an option. ``given`` names the flags set explicitly (None: those
        that differ from their default); a given flag that disagrees with the
        spec's option is an error."""
        known = {f.name: f for f in dataclasses.fields(cls)}
        values = {k: getattr(flags, k) for k in known if flags is not None and hasattr(flags, k)}
        try:
            for key, text in spec_options.items():
                if key not in known:
                    raise ModelError(f"unknown option {key!r}{did_you_mean(key, known)} "
                                     f"(known: {', '.join(known) or 'none'})")
                value = _convert(known[key], text)
                if key in values and _given(flags, key, given) and values[key] != value:
                    raise ModelError(f"option {key}={text} conflicts with --{key.replace('_', '-')} "
                                     f"{values[key]}; give it once")
                values[key] = value
            built = cls(**values)
        except ModelError as exc:
            raise ModelError(f"{label}: {exc}") from None
        object.__setattr__(built, "spec_keys", frozenset(spec_options))  # not a field: not compared or recorded
        return built

    def check_applies(self, kind: str, label: str) -> None:
        """Refuse an option written in the spec that means nothing for a model
        of ``kind`` (``hf:gpt2,pooling=max``: pooling is for masked LMs), known
        only once the model's config is read. The run's flags are not checked:
        a flag serves all of a run's models (``--pooling`` for its masked ones)."""
        for f in dataclasses.fields(self):
            applies = f.metadata.get("applies")
            if f.name in getattr(self, "spec_keys", ()) and applies is not None and applies != kind:
                raise ModelError(f"{label}: option {f.name}= applies to {applies} LMs, and this is a {kind} LM; "
                                 f"remove it from the spec")


def _given(flags, key: str, given: Optional[Collection[str]]) -> bool:
    if given is not None:
        return key in given
    default = {f.name: f.default for f in dataclasses.fields(flags)}.get(key)
    return getattr(flags, key) != default


def split_spec(spec: str, label: Optional[str] = None) -> tuple[str, dict[str, str]]:
    """``"hf:gpt2,norm=mean"`` -> ``("hf:gpt2", {"norm": "mean"})``; a part
    that is not KEY=VALUE, or a key given twice, is a ModelError (naming the
    spec as ``label``, default: its head)."""
    head, *parts = spec.split(",")
    label = label or head
    out: dict[str, str] = {}
    for part in parts:
        key, eq, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not eq or not key or not value:
            raise ModelError(f"{label}: option {part!r} is not KEY=VALUE")
        if key in out:
            raise ModelError(f"{label}: option {key!r} is given twice")
        out[key] = value
    return head, out
