"""A tiny registry: one per extension point (scorers, templates, batteries).

A new model kind or task is one file that calls ``REGISTRY.register(name)``.
"""

from __future__ import annotations

import difflib
from typing import Callable, Generic, Iterable, Optional, TypeVar

from kgprobe.errors import KgprobeError

T = TypeVar("T")


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """``"; did you mean X?"`` for the closest known name (difflib), else ``""``:
    the one place a typo gets its suggestion."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


class Registry(Generic[T]):
    def __init__(self, kind: str, syntax: Optional[dict[str, str]] = None):
        """``syntax`` shows how a registered name is used in the "known" list
        of the error for an unknown name (e.g. ``"hf" -> "hf:NAME"``)."""
        self.kind = kind
        self.syntax = syntax or {}
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            if name in self._items:
                raise ValueError(f"{self.kind} {name!r} is registered twice")
            self._items[name] = obj
            return obj

        return deco

    def add(self, name: str, obj: T) -> None:
        self.register(name)(obj)

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            raise self.unknown(name) from None

    def unknown(self, name: str, candidates: Optional[Iterable[str]] = None) -> KgprobeError:
        """The one-line error for an unknown ``name``: the closest of
        ``candidates`` (default: the registered names) and the known names."""
        known = ", ".join(self.syntax.get(n, n) for n in sorted(self._items)) or "none"
        hint = did_you_mean(name, self._items if candidates is None else candidates)
        return KgprobeError(f"unknown {self.kind} {name!r}{hint} (known: {known})")

    def __contains__(self, name: str) -> bool:
        return name in self._items

    def names(self) -> list[str]:
        return sorted(self._items)
