"""Which part of a probe each character (and so each token) of its prompt belongs to.

Parts: ``P1`` and ``P2`` (the stated premises of a reasoning probe),
``other_premise`` (the other derivations' sentences of family "multi"),
``conjunction`` (the battery's conjunction that opens the hypothesis,
"Therefore,"), ``subject`` (the probe's subject where it occurs outside the
premises), ``answer`` (the ``[Y]`` slot: the candidate's tokens, or the
masks), ``template`` (every other word) and ``special`` (BOS, [CLS], [SEP]:
tokens with no characters).

Where a premise sentence is is read from the probe itself: ``stated`` holds
the sentences in prompt order and the prompt is ``" ".join(stated +
[hypothesis])`` (kgprobe/probes/reasoning.py); ``setting`` says which of P1 and
P2 is stated (P1 first), ``meta.premise_order`` permutes them (family
"order"), and in family "multi" the asked derivation's sentences are those at
``position`` among ``meta.facts`` facts of equal size.
"""

from __future__ import annotations

import re
from typing import Optional

from kgprobe.probes.model import SLOT, Probe

PARTS = ("P1", "P2", "other_premise", "conjunction", "subject", "answer", "template", "special")


def stated_labels(probe: Probe) -> list[str]:
    """The part (P1, P2 or other_premise) of each sentence in ``probe.stated``."""
    stated = list(probe.stated or [])
    if not stated:
        return []
    p1s, _, p2s = (probe.setting or "-").partition("-")
    own = [p for p, s in (("P1", p1s), ("P2", p2s)) if s == "EX"]
    if probe.family == "multi":
        k = int(probe.meta.get("facts") or 1)
        per = len(stated) // k if k and len(stated) % k == 0 else 0
        pos = probe.position or 0
        labels = ["other_premise"] * len(stated)
        if per:
            mine = own if len(own) == per else ["P2"] * per
            for j in range(per):
                labels[pos * per + j] = mine[j]
        return labels
    order = probe.meta.get("premise_order")
    if order and len(order) == len(stated):
        return ["P1" if i == 0 else "P2" for i in order]
    if len(own) == len(stated):
        return own
    return ["other_premise"] * len(stated)


def hypothesis_start(probe: Probe) -> int:
    """Character offset of the hypothesis (the text after the stated premises)."""
    stated = list(probe.stated or [])
    head = " ".join(stated)
    if stated and probe.prompt.startswith(head + " "):
        return len(head) + 1
    return 0


def char_parts(probe: Probe, conjunction: Optional[str] = None) -> list[str]:
    """One part name per character of ``probe.prompt``."""
    text = probe.prompt
    labels = ["template"] * len(text)
    pos = 0
    if hypothesis_start(probe):
        for sent, lab in zip(probe.stated, stated_labels(probe)):
            labels[pos:pos + len(sent)] = [lab] * len(sent)
            pos += len(sent) + 1
    hyp = pos
    if conjunction:
        for cand in (conjunction, conjunction[:1].lower() + conjunction[1:]):
            if text.startswith(cand, hyp):
                labels[hyp:hyp + len(cand)] = ["conjunction"] * len(cand)
                break
    subj = (probe.subject or "").strip()
    if subj:
        for m in re.finditer(r"(?<!\w)" + re.escape(subj) + r"(?!\w)", text[hyp:]):
            a, b = hyp + m.start(), hyp + m.end()
            labels[a:b] = ["subject"] * (b - a)
    slot = text.find(SLOT)
    if slot >= 0:
        labels[slot:slot + len(SLOT)] = ["answer"] * len(SLOT)
    return labels


def token_part(text: str, labels: list[str], start: Optional[int], end: Optional[int]) -> str:
    """The part of a token spanning prompt characters ``[start, end)``: that
    of its first character that is not whitespace (of its first character if
    all are); ``special`` for a token without characters."""
    if start is None or end is None or end <= start or start >= len(labels):
        return "special"
    end = min(end, len(labels))
    for c in range(start, end):
        if not text[c].isspace():
            return labels[c]
    return labels[start]
