"""Memorisation probes (Wu et al. 2023): TP, SCO, SPO, DM, RG; and the
parallel family "set".

=====  ===============  =====================================================  ===================
task   question about   gold (most specific first)                              candidates
=====  ===============  =====================================================  ===================
TP     an instance      its asserted types and all their superclasses           all class labels
                        (``gold: closure``: every type the RDFS closure gives)
SCO    a class          all its superclasses (transitive; never itself, also    all class labels
                        not on a subClassOf cycle)
SPO    a property       all its superproperties (transitive, not itself)         all property labels
DM     a property       its asserted rdfs:domain class(es)                       all class labels
RG     a property       its asserted rdfs:range class(es)                        all class labels
=====  ===============  =====================================================  ===================

DM and RG fall back to schema.org's ``schema:domainIncludes`` /
``schema:rangeIncludes`` (http or https namespace; schema.org, SOSA) for a
property without rdfs:domain / rdfs:range; such probes carry
``meta.gold_source`` ("schema:domainIncludes" or "schema:rangeIncludes").
These are "one of the expected types", not RDFS domains: the RDFS closure
(rdfs2/rdfs3) ignores them. A class or property whose label has no letter
or is an IRI is never a gold or a candidate.

A subject with no gold (an untyped instance, a root class, a property with no
domain) yields no probe; it is counted in the summary's ``dropped``.

"Also true" answers -- true but not gold: the superclasses of a DM/RG gold,
the subject itself for SCO/SPO (rdfs10/rdfs6 reflexivity), and for TP with
``gold: hierarchy`` the extra types the closure derives through domains and
ranges -- are listed in ``meta.also_true`` and, unless the battery sets
``exclude_also_true: false`` (the paper's protocol), left out of the
candidates so that no model is penalised for a correct answer.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional

from kgprobe.probes.battery import Battery, SetSpec
from kgprobe.probes.knowledge import Knowledge
from kgprobe.probes.model import Probe
from kgprobe.probes.pseudowords import seeded_rng
from kgprobe.probes.sampling import choose_units, make_candidates, sample_units
from kgprobe.probes.templates import (
    PROPERTY_TASKS,
    Template,
    capitalise,
    lower_the,
    property_values,
    render,
    with_article,
)
from kgprobe.reasoning.rules import TASK_OF_PREDICATE

#: task -> the predicate of the triples it asks about (the rule table's TASK_OF_PREDICATE, inverted)
RELATION = {task: predicate for predicate, task in TASK_OF_PREDICATE.items()}


@dataclass
class Fact:
    """One memorisation question: a subject, its gold and also-true IRIs."""

    task: str
    subject: str
    gold: list[str]  # IRIs, most specific first
    also_true: list[str] = field(default_factory=list)
    source: Optional[str] = None  # DM/RG: "schema:domainIncludes" etc. when not rdfs:domain/range

    @property
    def group(self) -> str:
        return f"{self.task}:{self.subject}"


def facts_for(task: str, kb: Knowledge, gold_mode: str = "hierarchy") -> tuple[list[Fact], int]:
    """All facts of a task, sorted by subject IRI, and the number dropped
    for want of a gold."""
    onto = kb.onto
    facts: list[Fact] = []
    dropped = 0
    if task == "TP":
        for x in sorted(onto.instances):
            asserted = sorted(kb.asserted_types.get(x, ()))
            hier = set(asserted)
            for c in asserted:
                hier |= kb.super_classes(c)
            closure_types = set(kb.c_types.get(x, ())) | hier
            gold_set = closure_types if gold_mode == "closure" else hier
            if not gold_set:
                dropped += 1
                continue
            gold = kb.most_specific_first(gold_set, asserted)
            also = kb.most_specific_first(closure_types - gold_set, asserted)
            facts.append(Fact(task, x, gold, also))
    elif task == "SCO":
        for c in sorted(onto.classes):
            sup = kb.super_classes(c)
            if not sup:
                dropped += 1
                continue
            direct = sorted(kb.ch.successors(c)) if c in kb.ch else []
            facts.append(Fact(task, c, kb.most_specific_first(sup, direct), [c]))
    elif task == "SPO":
        for p in sorted(onto.properties):
            sup = kb.super_properties(p)
            if not sup:
                dropped += 1
                continue
            direct = sorted(kb.ph.successors(p)) if p in kb.ph else []
            facts.append(Fact(task, p, kb.most_specific_first(sup, direct, kind="property"), [p]))
    elif task in ("DM", "RG"):
        table = kb.domains if task == "DM" else kb.ranges
        includes = kb.domain_includes if task == "DM" else kb.range_includes
        for p in sorted(onto.properties):
            gold_set = set(table.get(p, ()))
            source = None
            if not gold_set and includes.get(p):
                gold_set = set(includes[p])
                source = "schema:domainIncludes" if task == "DM" else "schema:rangeIncludes"
            if not gold_set:
                dropped += 1
                continue
            above = set()
            for c in gold_set:
                above |= kb.super_classes(c)
            above -= gold_set
            gold = kb.most_specific_first(gold_set, ())
            facts.append(Fact(task, p, gold, kb.most_specific_first(above, sorted(gold_set)), source))
    else:  # pragma: no cover - the battery validates task names
        raise ValueError(task)
    kept = []
    for f in facts:  # a label that is a number or an IRI is no answer
        f.gold = [g for g in f.gold if kb.answerable(g)]
        f.also_true = [a for a in f.also_true if kb.answerable(a)]
        if f.gold:
            kept.append(f)
    return kept, dropped + len(facts) - len(kept)


def subject_values(task: str, subject: str, kb: Knowledge) -> dict[str, str]:
    """Placeholder values for the subject of a memorisation question."""
    label = kb.label(subject)
    if task in PROPERTY_TASKS:
        return property_values(label, kb.pattern(subject), kb.first_label(kb.domains.get(subject, ())),
                               kb.first_label(kb.ranges.get(subject, ())))
    return {"[X]": label, "[X:a]": with_article(label)}


def _pool(task: str, kb: Knowledge) -> list[str]:
    return kb.property_labels if task == "SPO" else kb.class_labels


def memorisation_probes(kb: Knowledge, battery: Battery, summary: dict) -> list[Probe]:
    out: list[Probe] = []
    for task in ("TP", "SCO", "SPO", "DM", "RG"):
        spec = battery.memorisation.get(task)
        if spec is None:
            continue
        facts, dropped = facts_for(task, kb, spec.gold)
        summary["dropped"]["no_gold"][task] = dropped
        train, dev = battery.split_sizes(spec)
        chosen = choose_units([f.subject for f in facts], spec.n, train, dev, battery.seed, f"memorisation:{task}")
        exclude = battery.excludes_also_true(spec)
        cand_spec = battery.candidates_for(spec.candidates)
        pool = _pool(task, kb)
        templates = [battery.template(t) for t in spec.templates]
        for fact in facts:
            split = chosen.get(fact.subject)
            if split is None:
                continue
            gold = kb.labels(fact.gold)
            also = [a for a in kb.labels(fact.also_true) if a not in gold]
            cands = make_candidates(pool, gold, also if exclude else (), cand_spec, battery.seed, fact.group)
            vals = subject_values(task, fact.subject, kb)
            for t in templates:
                out.append(Probe(
                    task=task, kind="memorisation", prompt=capitalise(render(t.text, vals)),
                    candidates=cands, gold=gold, template=t.id, subject=kb.label(fact.subject), subject_iri=fact.subject,
                    relation=RELATION[task], group=fact.group, split=split,
                    meta={"gold_iris": list(fact.gold), "also_true": also,
                          **({"gold_source": fact.source} if fact.source else {})},
                ))
    return out


def set_probes(kb: Knowledge, battery: Battery, spec: SetSpec, summary: dict) -> list[Probe]:
    """Family "set": list some golds, ask for another; every order of the
    listed golds is one probe, all in one group (the answer must not depend
    on the order). Gold = the golds not listed; the listed ones are excluded
    from the candidates (they are true, and stated)."""
    out: list[Probe] = []
    k = spec.listed
    for task in spec.tasks:
        facts, _ = facts_for(task, kb)
        eligible = {f.subject: f for f in facts if len(kb.labels(f.gold)) > k}
        summary["dropped"]["set_too_few_golds"][task] = len(facts) - len(eligible)
        mem_spec = battery.memorisation.get(task)
        cand_spec = battery.candidates_for(mem_spec.candidates if mem_spec else None)
        pool = _pool(task, kb)
        templates = [battery.template(t) for t in spec.templates[task]]
        for subj in sample_units(eligible, spec.n, battery.seed, f"set:{task}"):
            fact = eligible[subj]
            golds = kb.labels(fact.gold)
            rng = seeded_rng(battery.seed, "set-listed", fact.group)
            listed = sorted(rng.sample(golds, k), key=golds.index)
            remaining = [g for g in golds if g not in listed]
            also = [a for a in kb.labels(fact.also_true) if a not in golds]
            exclude = set(listed) | (set(also) if battery.excludes_also_true(mem_spec) else set())
            group = f"set:{fact.group}:{'|'.join(listed)}"
            cands = make_candidates(pool, remaining, exclude, cand_spec, battery.seed, group)
            vals = subject_values(task, subj, kb)
            for t in templates:
                for perm in itertools.permutations(listed):
                    v = dict(vals)
                    listed_text = [lower_the(g) for g in perm] if task in PROPERTY_TASKS else list(perm)
                    v["[Z]"] = t.join.join(listed_text)
                    v["[Z:a]"] = t.join.join(with_article(g) for g in listed_text)
                    out.append(Probe(
                        task=task, kind="memorisation", prompt=capitalise(render(t.text, v)), candidates=cands,
                        gold=remaining, template=t.id, subject=kb.label(subj), subject_iri=subj,
                        relation=RELATION[task], family="set", group=f"{group}:{t.id}", split="test",
                        meta={"listed": list(perm), "gold_iris": [i for i in fact.gold if kb.label(i) in remaining],
                              "also_true": also},
                    ))
    return out


def render_question(task: str, subject: str, kb: Knowledge, t: Template) -> str:
    """The prompt one question template gives for one subject."""
    return capitalise(render(t.text, subject_values(task, subject, kb)))
