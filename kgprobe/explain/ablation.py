"""Ablation: the probe re-scored with a part removed or replaced.

Edits (each only where the part is in the prompt):

* ``no_P1`` / ``no_P2``: the stated premise sentence removed (the prompt is
  rebuilt as ``" ".join(stated + [hypothesis])``, as the generator builds it);
* ``pseudo_subject``: every occurrence of the subject replaced by a
  pseudoword (kgprobe/probes/pseudowords.py, seeded by the probe id; a name
  for a capitalised subject, a common noun otherwise): a consistent
  renaming, so what changes is only the subject's identity.

The edited probes are ordinary probes (new ids; ``meta.ablation`` says of
which probe and which edit), scored by the run's own scorer through
``scorer.score`` - the code ``kgprobe run`` uses - and written to
``ablated_probes.jsonl`` so that ``kgprobe run --probes`` re-scores them.
"""

from __future__ import annotations

import re

from kgprobe.explain.spans import hypothesis_start, stated_labels
from kgprobe.probes.model import Probe
from kgprobe.probes.pseudowords import Pseudowords

EDITS = ("no_P1", "no_P2", "pseudo_subject")
#: the part each edit takes away
EDIT_PART = {"no_P1": "P1", "no_P2": "P2", "pseudo_subject": "subject"}


def _subject_re(subject: str):
    return re.compile(r"(?<!\w)" + re.escape(subject) + r"(?!\w)")


def _edited(probe: Probe, edit: str, **changes) -> Probe:
    d = probe.to_dict()
    d.update(changes, id="")
    d["meta"] = dict(probe.meta, ablation={"of": probe.id, "edit": edit})
    return Probe.from_dict(d)


def edited_probes(probe: Probe) -> dict[str, Probe]:
    """The ablated versions of ``probe``, by edit name."""
    out: dict[str, Probe] = {}
    start = hypothesis_start(probe)
    if start:
        hyp = probe.prompt[start:]
        labels = stated_labels(probe)
        for part in ("P1", "P2"):
            if part in labels:
                keep = [s for s, lab in zip(probe.stated, labels) if lab != part]
                out[f"no_{part}"] = _edited(probe, f"no_{part}", prompt=" ".join(keep + [hyp]), stated=keep)
    subj = (probe.subject or "").strip()
    if subj and _subject_re(subj).search(probe.prompt):
        words = list(probe.candidates) + list(probe.gold) + re.findall(r"\w+", probe.prompt)
        kind = "instance" if subj[:1].isupper() else "class"
        pseudo = Pseudowords(words, seed=0).get(probe.id, kind)
        rx = _subject_re(subj)
        out["pseudo_subject"] = _edited(probe, "pseudo_subject", prompt=rx.sub(pseudo, probe.prompt),
                                        stated=[rx.sub(pseudo, s) for s in probe.stated], subject=pseudo)
    return out


def ablation_deltas(probe: Probe, scores: list[float], top1: str, edits: dict[str, Probe], scored) -> dict:
    """Per edit: the edited prompt and probe id, the gold's and the top-1's
    score after the edit and their change (after - before), and the top-1
    after the edit. ``scores``: the unedited probe's scores; ``scored``: the
    run's scorer's ScoredProbes of ``edits`` (in their order)."""
    if not edits:
        return {}
    names = list(edits)
    gold = probe.gold[0]
    gi, ti = probe.candidates.index(gold), probe.candidates.index(top1)
    out = {}
    for name, sp in zip(names, scored):
        if sp.scores is None:
            out[name] = {"prompt": edits[name].prompt, "probe_id": edits[name].id, "skipped": sp.skipped}
            continue
        s = sp.scores
        best = max(range(len(s)), key=lambda i: (s[i], -i))
        out[name] = {
            "prompt": edits[name].prompt, "probe_id": edits[name].id,
            "gold_score": s[gi], "gold_delta": s[gi] - scores[gi],
            "top1_score": s[ti], "top1_delta": s[ti] - scores[ti],
            "top1_after": probe.candidates[best], "correct_after": probe.candidates[best] in probe.gold,
        }
    return out
