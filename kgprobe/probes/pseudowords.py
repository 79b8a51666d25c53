"""Pseudowords: made-up, pronounceable consonant-vowel strings ("Kovalet").

They stand for an instance, class or property the model must not know (the
reasoning setting NO, and the subject of an explicitly stated premise, as in
Wu et al. 2023). Unlike the paper's pseudowords, which are new tokens with
random embeddings and so work only for masked LMs whose embeddings one can
edit, these are ordinary strings that every scorer (masked, causal, served
chat models) reads the same way.

Generation is seeded by a key (so the same derivation always gets the same
pseudoword, whatever else a battery asks for) and checked against every real
label, every word of a real label (case-insensitively) and every pseudoword
handed out before, so a pseudoword never collides with a real name or another
pseudoword.
"""

from __future__ import annotations

import hashlib
import random
import re
from typing import Iterable

ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gl", "pl", "st", "tr")
VOWELS = ("a", "e", "i", "o", "u")
CODAS = ("", "", "l", "m", "n", "r", "s", "t", "k")


def seeded_rng(*parts) -> random.Random:
    """A ``random.Random`` seeded from a SHA-256 of the parts: the same on
    every run, machine and PYTHONHASHSEED."""
    blob = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return random.Random(int.from_bytes(hashlib.sha256(blob).digest()[:8], "big"))


class Pseudowords:
    """A source of unique pseudowords for one battery run.

    ``reserved``: real labels; a pseudoword equals none of them nor any of
    their words, case-insensitively.
    """

    def __init__(self, reserved: Iterable[str], seed: int = 0, syllables: tuple[int, int] = (3, 3)):
        self.seed = seed
        self.syllables = syllables
        self.reserved: set[str] = set()
        for label in reserved:
            low = label.lower()
            self.reserved.add(low)
            self.reserved.update(w for w in re.split(r"[^\w]+", low) if w)
        self.issued: dict[str, str] = {}  # lower-case pseudoword -> key
        self.by_key: dict[str, str] = {}

    def _candidate(self, rng: random.Random) -> str:
        n = rng.randint(*self.syllables)
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(n))
        return word + rng.choice(CODAS)

    def get(self, key: str, kind: str = "instance") -> str:
        """The pseudoword for ``key`` (the same key gives the same word).

        ``kind`` "instance" gives a capitalised word (a name), "class" and
        "property" a lower-case one (a common noun).
        """
        full = f"{kind}\x1f{key}"
        if full in self.by_key:
            return self.by_key[full]
        rng = seeded_rng(self.seed, "pseudoword", key)
        for _ in range(10_000):
            w = self._candidate(rng)
            if w not in self.reserved and w not in self.issued:
                break
        else:  # pragma: no cover - 20^3*5^3*9 words; unreachable in practice
            raise RuntimeError("ran out of pseudowords")
        self.issued[w] = full
        out = w.capitalize() if kind == "instance" else w
        self.by_key[full] = out
        return out
