"""The probe dataclass: what every scorer takes and every metric reads."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Optional

from kgprobe.reasoning.rules import ALL_RULES

MEMORISATION_TASKS = ("TP", "SCO", "SPO", "DM", "RG")
#: every rule a reasoning probe may ask about (the rule table's order); the
#: default ones (``rules: all``) are kgprobe.reasoning.rules.DEFAULT_RULES
REASONING_TASKS = ALL_RULES
SETTINGS = ("EX", "IM", "NO")
PARALLEL_FAMILIES = ("order", "multi", "set")
SLOT = "[Y]"


@dataclass
class Probe:
    """One probe: a prompt with a single ``[Y]`` slot, candidates and gold.

    prompt       full text with exactly one ``[Y]`` where a candidate goes; any
                 stated premises / context come before it in the same string.
                 Masked scorers fill ``[Y]`` with n masks; causal scorers score
                 the candidate's tokens given the text before ``[Y]``.
    candidates   candidate labels (strings), in a fixed order.
    gold         gold labels, each also in ``candidates``; most specific first.
    task         TP|SCO|SPO|DM|RG or a rule of :mod:`kgprobe.reasoning.rules`
                 (rdfs2|rdfs3|rdfs5|rdfs7|rdfs9|rdfs11, opt-in prp-trp).
    kind         "memorisation" | "reasoning".
    template     template id the prompt came from (for per-template metrics).
    subject      label of the asked-about thing (a pseudoword where replaced).
    subject_iri  IRI of the real subject, or None.
    relation     the triple's predicate IRI (rdf:type, rdfs:subClassOf, ...),
                 so a KG-embedding scorer can map the probe to (s, r, ?).
    setting      reasoning only: "<P1>-<P2>" with each EX|IM|NO, e.g. "EX-IM".
    premises     reasoning only: the premise triples as IRIs, P1 then P2; and
                 the sentences stated in the prompt are in ``stated``.
    family       parallel family ("order" | "multi" | "set") or None.
    group        id shared by probes that must agree (order permutations,
                 paraphrases of the same fact, set-answer orders).
    position     family "multi": 0-based position of the asked fact.
    split        "train" | "dev" | "test".
    meta         free-form extra data (JSON-serialisable).
    id           stable hash of the content (see :func:`probe_id`).
    """

    task: str
    kind: str
    prompt: str
    candidates: list[str]
    gold: list[str]
    template: str = ""
    subject: str = ""
    subject_iri: Optional[str] = None
    relation: Optional[str] = None
    setting: Optional[str] = None
    premises: list = field(default_factory=list)
    stated: list[str] = field(default_factory=list)
    family: Optional[str] = None
    group: Optional[str] = None
    position: Optional[int] = None
    split: str = "test"
    meta: dict = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = probe_id(self)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Probe":
        d = dict(d)
        d["premises"] = [tuple(p) if isinstance(p, list) else p for p in d.get("premises", [])]
        return cls(**d)

    def to_json(self) -> str:
        return json.dumps(_shallow(self), ensure_ascii=False, sort_keys=True, default=list)


def _shallow(p: Probe) -> dict:
    """The fields as a dict without copying (``asdict`` deep-copies every
    candidate string, which dominates the cost for 800 candidates); it
    serialises to the same JSON as ``asdict``."""
    return {f.name: getattr(p, f.name) for f in fields(p)}


def probe_id(p: Probe) -> str:
    """Stable content hash: same content -> same id, across runs and machines."""
    d = _shallow(p)
    d.pop("id", None)
    blob = json.dumps(d, ensure_ascii=False, sort_keys=True, default=list)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]
