"""The entailment rules, as data: one frozen :class:`Rule` per rule.

Everything that names a rule reads this table: the closure
(:mod:`kgprobe.reasoning.rdfs`: which rules run, how a derivation's premises
are stored and rebuilt), the probe generator (:mod:`kgprobe.probes.reasoning`:
roles, kinds, candidate pools, premise sentences, memorisation tasks), the
battery and template checks, and the task order of metrics and reports.

A rule's premises and conclusion are triple patterns over the conclusion's
terms ``s``, ``p``, ``o``, the rule's middle term ``m`` and, where a rule needs
one, a second term ``x`` (the other end of a relation triple); any other
element is a constant (an IRI, as a string). The closure stores a derivation as
(conclusion, m, x) and rebuilds its premises from the patterns.

``P1`` is the premise that links the middle term to the answer, ``P2`` the one
that links the asked-about subject to the middle term (the paper's roles);
they index ``premises``. A rule's remaining premises (prp-trp's
``(p type owl:TransitiveProperty)``) are background that no probe states.

Adding a rule: one entry in :data:`TABLE` plus its join (the function in
:data:`kgprobe.reasoning.rdfs.JOINS` that fires it, and the one in
:data:`kgprobe.probes.reasoning.PAIRS` that lists its premise pairs from the
closure's triples), and at least one hypothesis template. Rules with
``default=False`` run only when asked for (a battery that lists them under
``reasoning.rules``), so the shipped batteries' closures and probes do not
change when one is added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

# (no rdflib here: the probe and report modules read this table cheaply)
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"

Term = str  # a variable name ("s", "p", "o", "m", "x") or a constant IRI
Pattern = tuple  # (Term, Term, Term)
VARIABLES = ("s", "p", "o", "m", "x")
KINDS = ("instance", "class", "property")


@dataclass(frozen=True)
class Rule:
    """One entailment rule (see the module docstring).

    name          the rule's id, also the probe task (``Probe.task``).
    source        where the rule is defined ("RDF 1.1 Semantics 9.2.1", "OWL 2 RL").
    premises      premise patterns, in :class:`~kgprobe.reasoning.model.Derivation` order.
    conclusion    the conclusion pattern.
    p1, p2        indexes into ``premises`` of P1 (middle -> answer) and P2 (subject -> middle).
    slot          the asked position of the conclusion: "object" or "predicate".
    subject_kind  what ``s`` is: instance, class or property (its pseudoword kind).
    middle_kind   what ``m`` is.
    answer_kind   what the answer is: the candidate pool (class, property or instance labels).
    p1_task       the memorisation task that tests P1 (None: a relation triple, no task).
    p2_task       the same for P2.
    hypotheses    the default hypothesis template ids.
    default       part of the default rule set (``rules: all`` and every closure).

    A premise's task is the one that asks for a triple of its predicate
    (:data:`TASK_OF_PREDICATE`); so is the hypothesis' (:attr:`hypothesis_task`).
    """

    name: str
    source: str
    premises: tuple[Pattern, ...]
    conclusion: Pattern
    p1: int
    p2: int
    slot: str
    subject_kind: str
    middle_kind: str
    answer_kind: str
    p1_task: Optional[str]
    p2_task: Optional[str]
    hypotheses: tuple[str, ...]
    default: bool = True

    @property
    def uses_other(self) -> bool:
        """Whether a premise has the second term ``x`` (rdfs2, rdfs3)."""
        return any("x" in pat for pat in self.premises)

    @property
    def hypothesis_task(self) -> Optional[str]:
        """The memorisation task whose question the hypothesis asks (rdfs9's
        "s type [a]": TP), or None (the predicate is asked or not fixed)."""
        return TASK_OF_PREDICATE.get(self.conclusion[1]) if self.slot == "object" else None

    @property
    def relation(self) -> Optional[Term]:
        """The conclusion's predicate: a constant, "p" (the premises' own predicate) or None (the slot)."""
        return None if self.slot == "predicate" else self.conclusion[1]

    def text(self) -> str:
        def show(pat):
            return "(" + " ".join(_short(t) for t in pat) + ")"

        return ", ".join(show(p) for p in self.premises) + " => " + show(self.conclusion)


def _short(t: Term) -> str:
    if t in VARIABLES:
        return t
    for ns, pre in ((RDF_NS, "rdf:"), (RDFS_NS, "rdfs:"), (OWL_NS, "owl:")):
        if t.startswith(ns):
            return pre + t[len(ns):]
    return t


T, SC, SP = RDF_NS + "type", RDFS_NS + "subClassOf", RDFS_NS + "subPropertyOf"
DM, RG = RDFS_NS + "domain", RDFS_NS + "range"
TRANSITIVE = OWL_NS + "TransitiveProperty"
_RDFS = "RDF 1.1 Semantics 9.2.1"
#: the memorisation task that asks for a triple of each schema predicate
TASK_OF_PREDICATE: dict[str, str] = {T: "TP", SC: "SCO", SP: "SPO", DM: "DM", RG: "RG"}

TABLE: tuple[Rule, ...] = (
    Rule("rdfs2", _RDFS, (("m", DM, "o"), ("s", "m", "x")), ("s", T, "o"), p1=0, p2=1, slot="object",
         subject_kind="instance", middle_kind="property", answer_kind="class", p1_task="DM", p2_task=None,
         hypotheses=("h2_particular",)),
    Rule("rdfs3", _RDFS, (("m", RG, "o"), ("x", "m", "s")), ("s", T, "o"), p1=0, p2=1, slot="object",
         subject_kind="instance", middle_kind="property", answer_kind="class", p1_task="RG", p2_task=None,
         hypotheses=("h3_particular",)),
    Rule("rdfs5", _RDFS, (("s", SP, "m"), ("m", SP, "o")), ("s", SP, "o"), p1=1, p2=0, slot="object",
         subject_kind="property", middle_kind="property", answer_kind="property", p1_task="SPO", p2_task="SPO",
         hypotheses=("h5_implies",)),
    Rule("rdfs7", _RDFS, (("m", SP, "p"), ("s", "m", "o")), ("s", "p", "o"), p1=0, p2=1, slot="predicate",
         subject_kind="instance", middle_kind="property", answer_kind="property", p1_task="SPO", p2_task=None,
         hypotheses=("h7_relation",)),
    Rule("rdfs9", _RDFS, (("m", SC, "o"), ("s", T, "m")), ("s", T, "o"), p1=0, p2=1, slot="object",
         subject_kind="instance", middle_kind="class", answer_kind="class", p1_task="SCO", p2_task="TP",
         hypotheses=("h9_particular",)),
    Rule("rdfs11", _RDFS, (("s", SC, "m"), ("m", SC, "o")), ("s", SC, "o"), p1=1, p2=0, slot="object",
         subject_kind="class", middle_kind="class", answer_kind="class", p1_task="SCO", p2_task="SCO",
         hypotheses=("h11_every",)),
    Rule("prp-trp", "OWL 2 RL (Table 5)", (("p", T, TRANSITIVE), ("s", "p", "m"), ("m", "p", "o")),
         ("s", "p", "o"), p1=2, p2=1, slot="object", subject_kind="instance", middle_kind="instance",
         answer_kind="instance", p1_task=None, p2_task=None, hypotheses=("htrp_pattern",), default=False),
)

RULE: dict[str, Rule] = {r.name: r for r in TABLE}
#: every rule, in table order (the order of metrics, reports and ``Closure.counts()``)
ALL_RULES: tuple[str, ...] = tuple(RULE)
#: the default rules: what ``rules: all`` means and what every closure runs
DEFAULT_RULES: tuple[str, ...] = tuple(r.name for r in TABLE if r.default)


def _check(rule: Rule) -> None:
    for pat in rule.premises + (rule.conclusion,):
        if len(pat) != 3:
            raise ValueError(f"{rule.name}: a pattern has three terms: {pat!r}")
    if rule.slot not in ("object", "predicate"):
        raise ValueError(f"{rule.name}: slot must be object or predicate")
    for k in (rule.subject_kind, rule.middle_kind, rule.answer_kind):
        if k not in KINDS:
            raise ValueError(f"{rule.name}: unknown kind {k!r}")
    if rule.conclusion[0] != "s" or "m" not in {t for pat in rule.premises for t in pat}:
        raise ValueError(f"{rule.name}: the conclusion's subject is s and a premise has the middle term m")
    for role, index, task in (("P1", rule.p1, rule.p1_task), ("P2", rule.p2, rule.p2_task)):
        if task != TASK_OF_PREDICATE.get(rule.premises[index][1]):
            raise ValueError(f"{rule.name}: {role}'s task is {TASK_OF_PREDICATE.get(rule.premises[index][1])}, "
                             f"that of its predicate, not {task}")


for _r in TABLE:
    _check(_r)

__all__ = ["Rule", "TABLE", "RULE", "ALL_RULES", "DEFAULT_RULES", "VARIABLES", "KINDS", "TASK_OF_PREDICATE"]
