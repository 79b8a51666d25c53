"""Reasoning probes, one task per RDFS rule, in 3 x 3 premise settings; and
the parallel families "order" and "multi".

Each probe comes from one entailed, non-asserted triple and the derivation
that the closure records for the rule (:attr:`Closure.derivations`). The
hypothesis is the entailed triple with ``[Y]`` at the answer slot.

Premise roles
-------------
In every rule the conclusion's subject ``s`` reaches the answer ``a``
through a middle term ``m``; ``Probe.premises`` is ``[P1, P2]`` with

=======  ==========================  ==========================  =======================  ==========
rule     P1 (middle -> answer)       P2 (subject -> middle)      conclusion / slot        candidates
=======  ==========================  ==========================  =======================  ==========
rdfs2    (m rdfs:domain a)           (s m o)                     (s type [a])             classes
rdfs3    (m rdfs:range a)            (o m s)                     (s type [a])             classes
rdfs5    (m subPropertyOf a)         (s subPropertyOf m)         (s subPropertyOf [a])    properties
rdfs7    (m subPropertyOf a)         (s m o)                     (s [a] o): the predicate properties
rdfs9    (m subClassOf a)            (s type m)                  (s type [a])             classes
rdfs11   (m subClassOf a)            (s subClassOf m)            (s subClassOf [a])       classes
prp-trp  (m p a)                     (s p m)                     (s p [a])                instances
=======  ==========================  ==========================  =======================  ==========

The roles, kinds, tasks and premise patterns come from the rule table
(:mod:`kgprobe.reasoning.rules`); the premise sentences follow from the
patterns (a premise's predicate picks the statement kind). prp-trp (OWL 2 RL,
opt-in: a battery lists it under ``reasoning.rules``) also needs
``(p type owl:TransitiveProperty)``, which no probe states; it is recorded in
``meta.background``.

This is the paper's convention (P1 is what the model must know about the
middle term, P2 is what links the asked-about thing to it). For rdfs5 and
rdfs11 it is the reverse of ``Derivation.premises`` (which puts the premise
about the conclusion's subject first). rdfs7 asks for the predicate, as the
paper does (its masked-LM prompt is "[X] [MASK] [Y] ." over the properties'
verbalisations; its ChatGPT prompt asks "What is the relation between X and
Y?"); ``h7_pattern`` is the former, ``h7_relation`` (default) the latter.

Settings (``Probe.setting`` = "<P1>-<P2>")
-----------------------------------------
=====  =====================================  ==============================================
       P1 (schema premise)                    P2 (premise about the subject)
=====  =====================================  ==============================================
EX     stated, with the real middle term      stated; ``s`` (and ``o``) are pseudowords, as in
                                              the paper, so only the stated fact links them
IM     not stated; real middle term, left     not stated; ``s`` (and ``o``) are the real
       to memory                              entities, the link is left to memory
NO     not stated, and the middle term is a   not stated, and ``s`` (and ``o``) are
       pseudoword wherever it appears (in a   pseudowords: nothing links the subject to
       stated P2), so it cannot be recalled   the middle term
=====  =====================================  ==============================================

When P2 is not stated the middle term appears nowhere in the prompt, so
IM-IM and NO-IM give the same text (as do IM-NO and NO-NO); they are kept as
separate cells so that all nine exist, and differ in ``meta.premise_facts``
only through what a later analysis makes of them. NO-NO (and x-NO) is the
guessing baseline: no premise is available. IM premises record in
``meta.premise_facts`` the memorisation question (task and group) that tests
them, so metrics can split IM probes by whether the model memorised the
premise (the paper's "memorised" vs "not memorised").

Gold is the single conclusion answer ``a``. Every other answer that is true
at the slot for the real subject (its other types, superclasses,
superproperties, the relations that hold between ``s`` and ``o``; also the
stated middle term, which a model could copy) is listed in ``meta.also_true``
and, unless ``exclude_also_true: false``, left out of the candidates. The
candidates are the same in all nine settings of a derivation, so settings
compare like with like.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional

from kgprobe.probes.battery import Battery, MultiSpec, OrderSpec
from kgprobe.probes.knowledge import (
    DOMAIN,
    RANGE,
    RDF_TYPE,
    SUBCLASS,
    SUBPROPERTY,
    Knowledge,
    sorted_labels,
    triple_key,
)
from kgprobe.probes.model import SLOT, Probe
from kgprobe.probes.pseudowords import Pseudowords, seeded_rng
from kgprobe.probes.sampling import choose_units, make_candidates, sample_units
from kgprobe.probes.templates import (
    DEFAULT_HYPOTHESES,
    DEFAULT_STATEMENTS,
    PREDICATE_TOKEN,
    Template,
    capitalise,
    domain_clause,
    fill_pattern,
    possessive_pattern,
    range_clause,
    render,
    with_article,
)
from kgprobe.reasoning.rules import RULE, VARIABLES, Rule

# a premise's predicate -> the kind of statement that states it (a variable: "relation")
STATEMENT_KIND = {RDF_TYPE: "type", SUBCLASS: "subClassOf", SUBPROPERTY: "subPropertyOf", DOMAIN: "domain",
                  RANGE: "range"}


def statement_kind(pattern: tuple) -> str:
    """The kind of statement that states a premise pattern: its predicate's
    (:data:`STATEMENT_KIND`), "relation" for any other predicate."""
    pv = pattern[1]
    return STATEMENT_KIND.get(pv if pv not in VARIABLES else None, "relation")


def stated_roles(setting: str) -> list[int]:
    """The premises a probe of ``setting`` ("P1-P2") states, in the order the
    prompt states them: 0 (P1) where P1 is EX, then 1 (P2) where P2 is EX."""
    return [role for role, s in enumerate(setting.split("-")[:2]) if s == "EX"]


def premise_roles(probe: Probe) -> Optional[list[int]]:
    """The premise behind each sentence of ``probe.stated`` (0: P1, 1: P2, as
    in ``probe.premises``), as the generator writes them: :func:`stated_roles`
    of the setting; family "order" in ``meta.premise_order``; family "multi"
    fact after fact (``meta.facts``). None where that does not account for
    every stated sentence (a probe made elsewhere)."""
    if probe.kind != "reasoning" or not probe.setting:
        return None
    meta = probe.meta or {}
    if probe.family == "order":
        roles = [int(r) for r in meta.get("premise_order") or []]
    else:
        facts = meta.get("facts", 1) if probe.family == "multi" else 1
        roles = stated_roles(probe.setting) * (facts if isinstance(facts, int) else 0)
    return roles if len(roles) == len(probe.stated) else None


@dataclass
class Case:
    """One derivation, in the roles of the module docstring."""

    rule: str
    key: str  # the conclusion triple, "s|p|o"
    depth: int
    s: str
    m: str
    a: str
    o: Optional[str]  # the other instance (rdfs2/3/7), or a literal's text
    o_literal: bool
    p1: list
    p2: list
    conclusion: list
    also_true: list = field(default_factory=list)  # IRIs

    @property
    def units(self) -> str:
        return self.key

    @property
    def spec(self) -> Rule:
        return RULE[self.rule]

    @property
    def p(self) -> str:
        """The conclusion's predicate."""
        return self.conclusion[1]

    def background(self) -> list:
        """The premises besides P1 and P2 (prp-trp's transitivity), as string triples."""
        return background(self.spec, self.conclusion, self.m)


def background(rule: Rule, conc, m: str) -> list:
    """``rule``'s premises besides P1 and P2 for conclusion ``conc`` and middle ``m``."""
    if len(rule.premises) == 2:
        return []
    bound = {"s": conc[0], "p": conc[1], "o": conc[2], "m": m}
    return [[bound[t] if t in VARIABLES else str(t) for t in pat]
            for i, pat in enumerate(rule.premises) if i not in (rule.p1, rule.p2)]


def _pairs_rdfs9(conc: tuple, kb: Knowledge) -> list[tuple]:
    s, p, o = conc
    return [(c, (c, SUBCLASS, o), (s, RDF_TYPE, c), None)
            for c in sorted(kb.c_types.get(s, ())) if c != o and o in kb.c_sco.get(c, ())]


def _pairs_chain(up_name: str, pred: str):
    """rdfs11 / rdfs5: (s pred m), (m pred o)."""
    def pairs(conc: tuple, kb: Knowledge) -> list[tuple]:
        s, p, o = conc
        up = getattr(kb, up_name)
        return [(m, (m, pred, o), (s, pred, m), None)
                for m in sorted(up.get(s, ())) if m not in (s, o) and o in up.get(m, ())]
    return pairs


def _pairs_rdfs2(conc: tuple, kb: Knowledge) -> list[tuple]:
    s, p, o = conc
    out = []
    for prop in sorted(kb.onto.properties):
        if o in kb.domains.get(prop, ()):
            for y, lit in sorted(kb.c_out.get((s, prop), ())):
                out.append((prop, (prop, DOMAIN, o), (s, prop, y), (y, lit)))
    return out


def _pairs_rdfs3(conc: tuple, kb: Knowledge) -> list[tuple]:
    s, p, o = conc
    out = []
    for prop in sorted(kb.onto.properties):
        if o in kb.ranges.get(prop, ()):
            for x in sorted(kb.c_in.get((s, prop), ())):
                out.append((prop, (prop, RANGE, o), (x, prop, s), (x, False)))
    return out


def _pairs_rdfs7(conc: tuple, kb: Knowledge) -> list[tuple]:
    s, p, o = conc
    out = []
    for prop in sorted(kb.c_rel.get((s, o), ())):
        if prop != p and p in kb.c_spo.get(prop, ()):
            lit = (o, True) in kb.c_out.get((s, prop), ())
            out.append((prop, (prop, SUBPROPERTY, p), (s, prop, o), (o, lit)))
    return out


def _pairs_prp_trp(conc: tuple, kb: Knowledge) -> list[tuple]:
    s, p, o = conc
    return [(m, (m, p, o), (s, p, m), None)
            for m, lit in sorted(kb.c_out.get((s, p), ())) if not lit and m not in (s, o)
            and (o, False) in kb.c_out.get((m, p), ())]


#: rule -> its pairs: every (middle, P1, P2, other) by which the rule derives a
#: conclusion, from the closure's triples (``other`` is the second instance of
#: rdfs2/3/7 as (text, is_literal), else None). Every rule of the table has one.
PAIRS = {
    "rdfs2": _pairs_rdfs2,
    "rdfs3": _pairs_rdfs3,
    "rdfs5": _pairs_chain("c_spo", SUBPROPERTY),
    "rdfs7": _pairs_rdfs7,
    "rdfs9": _pairs_rdfs9,
    "rdfs11": _pairs_chain("c_sco", SUBCLASS),
    "prp-trp": _pairs_prp_trp,
}
assert set(PAIRS) == set(RULE), "every rule in the table needs its pairs"


def cases_for(rule: str, kb: Knowledge) -> tuple[list[Case], dict]:
    """The verbalisable derivations of ``rule``, sorted by conclusion; and
    drop counts.

    For each triple the rule entails, the premise pair is chosen from all
    pairs by which the rule derives it (found in the closure's triples): the
    shallowest (asserted premises first), then the first by IRI. So the
    choice depends only on the closure's triples, not on the order in which
    the reasoner happened to find a derivation.
    """
    onto, closure = kb.onto, kb.closure
    spec = RULE[rule]
    kinds = {"class": onto.classes, "property": onto.properties, "instance": onto.instances}
    subjects, middles, answers = kinds[spec.subject_kind], kinds[spec.middle_kind], kinds[spec.answer_kind]
    predicate_slot = spec.slot == "predicate"
    dropped = {"unverbalisable": 0, "trivial": 0}
    out: list[Case] = []
    keys = [triple_key(t) for t in closure.by_rule.get(rule, ())]
    dropped["unverbalisable"] += sum(1 for k in keys if k is None)  # a literal given a type (generalised RDF)
    concs = sorted({k for k in keys if k is not None})
    for conc in concs:
        s, p, o = conc
        a = p if predicate_slot else o
        if s == o and spec.subject_kind == spec.answer_kind:
            dropped["trivial"] += 1  # (A subClassOf A) from a cycle
            continue
        if spec.relation == "p" and p not in onto.properties:
            dropped["unverbalisable"] += 1
            continue
        best = None
        for m, p1, p2, other in PAIRS[rule](conc, kb):
            other_ok = other is None or other[1] or other[0] in onto.instances
            if not (s in subjects and other_ok and m in middles and a in answers):
                continue
            depth = 1 + max([kb.triple_depth(p1), kb.triple_depth(p2)]
                            + [kb.triple_depth(t) for t in background(spec, conc, m)])
            key = (depth, p1, p2)
            if best is None or key < best[0]:
                best = (key, m, p1, p2, other)
        if best is None:
            dropped["unverbalisable"] += 1
            continue
        (depth, p1, p2), m, _, _, other = best
        case = Case(rule, "|".join(conc), depth, s=s, m=m, a=a,
                    o=other[0] if other else None, o_literal=bool(other and other[1]),
                    p1=list(p1), p2=list(p2), conclusion=list(conc))
        case.also_true = sorted(_also_true(case, kb) - {case.a})
        out.append(case)
    return out, dropped


def _also_true(case: Case, kb: Knowledge) -> set:
    """Every answer that is true at the slot for the real subject."""
    r = case.spec
    if r.slot == "predicate":
        return set(kb.c_rel.get((case.s, case.o), ()))
    rel = case.p
    if rel == RDF_TYPE:
        return set(kb.c_types.get(case.s, ()))
    if rel == SUBCLASS:
        return {case.s} | set(kb.c_sco.get(case.s, ()))
    if rel == SUBPROPERTY:
        return {case.s} | set(kb.c_spo.get(case.s, ()))
    return {y for y, lit in kb.c_out.get((case.s, rel), ()) if not lit}


# --------------------------------------------------------------------------
# verbalising a case
# --------------------------------------------------------------------------


class Verbaliser:
    def __init__(self, kb: Knowledge, battery: Battery, pw: Pseudowords):
        self.kb = kb
        self.battery = battery
        self.pw = pw
        rs = battery.reasoning
        statements = dict(DEFAULT_STATEMENTS)
        conj = "therefore"
        if rs is not None:
            statements.update(rs.statements)
            conj = rs.conjunction
        self.statements = {k: battery.template(v) for k, v in statements.items()}
        self.conjunction = battery.template(conj).text
        self._middles: Optional[list[str]] = None

    # names ---------------------------------------------------------------

    def names(self, case: Case, p1s: str, p2s: str) -> dict:
        kb, pw = self.kb, self.pw
        s_real = p2s == "IM"
        s_name = kb.text(case.s) if s_real else pw.get(case.key + "|s", case.spec.subject_kind)
        o_name = None
        if case.o is not None:
            if case.o_literal:
                o_name = case.o
            else:
                o_name = kb.text(case.o) if s_real else pw.get(case.key + "|o", "instance")
        m_pseudo = p1s == "NO"
        m_name = pw.get(case.key + "|m", case.spec.middle_kind) if m_pseudo else kb.text(case.m)
        names = {"s": s_name, "o": o_name, "m": m_name, "m_pseudo": m_pseudo, "a": kb.label(case.a)}
        if case.spec.relation == "p":
            names["p"] = kb.middle(case.p)  # the conclusion's predicate, as its pattern middle
        return names

    def _statement(self, kind: str, vals: dict) -> str:
        return capitalise(render(self.statements[kind].text, vals))

    def _sentence(self, case: Case, pattern: tuple, text: dict, m_pseudo: bool) -> str:
        """The premise ``pattern`` stated with ``text`` (variable -> words);
        its predicate picks the statement kind."""
        sv, pv, ov = pattern
        x, y = text[sv], text[ov]
        kind = statement_kind(pattern)
        if kind == "relation":
            prop = case.m if pv == "m" else case.p
            pat = possessive_pattern(text["m"]) if (pv == "m" and m_pseudo) else self.kb.pattern(prop)
            return self._statement("relation", {"[S]": x, "[O]": y, "[S:pattern]": fill_pattern(pat, x, y)})
        vals = {"[S]": x, "[O]": y, "[O:a]": with_article(y)}
        kb = self.kb
        prop = case.m if sv == "m" else None
        if kind == "domain":
            vals["[S:domain-clause]"] = domain_clause(kb.pattern(prop), kb.first_label(kb.ranges.get(prop, ())))
        elif kind == "range":
            vals["[S:range-clause]"] = range_clause(kb.pattern(prop), kb.first_label(kb.domains.get(prop, ())))
        return self._statement(kind, vals)

    def p1_sentence(self, case: Case) -> str:
        """P1 stated (always with the real middle term)."""
        kb = self.kb
        m, a = kb.text(case.m), kb.text(case.a)
        r = case.spec
        return self._sentence(case, r.premises[r.p1], {"m": m, "o": a, "p": a}, False)

    def p2_sentence(self, case: Case, names: dict) -> str:
        """P2 stated, with the names of this setting."""
        r = case.spec
        text = {"s": names["s"], "m": names["m"], "x": names["o"], "o": names["o"]}
        return self._sentence(case, r.premises[r.p2], text, names["m_pseudo"])

    def stated(self, case: Case, names: dict, setting: str) -> list[str]:
        """The premises a probe of ``setting`` states (:func:`stated_roles`)."""
        return [self.p1_sentence(case) if role == 0 else self.p2_sentence(case, names)
                for role in stated_roles(setting)]

    def hypothesis(self, hyp: Template, names: dict) -> str:
        h = render(hyp.text, {"[X]": names["s"], "[O]": names["o"] or "", PREDICATE_TOKEN: names.get("p") or ""})
        if self.conjunction:
            if hyp.text[:1].isupper():  # a literal first word ("Every", "The") continues the sentence
                h = h[:1].lower() + h[1:]
            return f"{self.conjunction} {h}"
        return capitalise(h)

    # candidates -------------------------------------------------------------

    def middles(self) -> list[str]:
        if self._middles is None:
            kb = self.kb
            self._middles = sorted_labels(m for p in kb.onto.object_properties if (m := kb.middle(p)) is not None)
        return self._middles

    def answer_form(self, case: Case, hyp: Template) -> Optional[tuple[list[str], list[str], list[str]]]:
        """(pool, gold, also_true) in the hypothesis' candidate form, or None
        if the answer has no such form."""
        kb = self.kb
        if hyp.candidates == "pattern-middle":
            gold = kb.middle(case.a)
            if gold is None:
                return None
            also = [x for p in case.also_true if (x := kb.middle(p)) is not None and x != gold]
            return self.middles(), [gold], sorted_labels(also)
        if not kb.answerable(case.a):
            return None
        if PREDICATE_TOKEN in hyp.tokens() and kb.middle(case.p) is None:
            return None  # the predicate has no "[X] ... [Y]" pattern to read
        pool = {"class": kb.class_labels, "property": kb.property_labels,
                "instance": kb.instance_labels}[case.spec.answer_kind]
        gold = kb.label(case.a)
        return pool, [gold], [x for x in kb.labels(case.also_true) if x != gold]

    def premise_facts(self, case: Case) -> list:
        kb = self.kb
        out = []
        t1 = case.spec.p1_task
        if t1 is None:
            out.append(None)
        else:
            out.append({"task": t1, "group": f"{t1}:{case.m}", "answer": kb.label(case.a), "answer_iri": case.a})
        t2 = case.spec.p2_task
        if t2 is None:
            out.append(None)
        else:
            out.append({"task": t2, "group": f"{t2}:{case.s}", "answer": kb.label(case.m), "answer_iri": case.m})
        return out


def _meta(case: Case, v: Verbaliser, names: dict, also: list[str], hyp: Template) -> dict:
    pseudo = {}
    if names["s"] != v.kb.label(case.s):
        pseudo[case.s] = names["s"]
    if case.o is not None and not case.o_literal and names["o"] != v.kb.label(case.o):
        pseudo[case.o] = names["o"]
    if names["m_pseudo"]:
        pseudo[case.m] = names["m"]
    meta = {
        "derivation": case.key, "depth": case.depth, "conclusion": list(case.conclusion),
        "slot": case.spec.slot, "answer_iri": case.a,
        "premise_facts": v.premise_facts(case), "pseudowords": pseudo, "also_true": also,
        "candidate_form": hyp.candidates,
    }
    if case.o is not None:
        meta["object"] = case.o
    background = case.background()
    if background:
        meta["background"] = background
    return meta


def _probe(case: Case, v: Verbaliser, hyp: Template, setting: str, stated: list[str], names: dict,
           cands: list[str], gold: list[str], also: list[str], split: str, group: str,
           extra_meta: Optional[dict] = None, **kw) -> Optional[Probe]:
    prompt = " ".join(stated + [v.hypothesis(hyp, names)])
    if prompt.count(SLOT) != 1:
        return None
    meta = _meta(case, v, names, also, hyp)
    meta.update(extra_meta or {})
    return Probe(
        task=case.rule, kind="reasoning", prompt=prompt, candidates=cands, gold=gold, template=hyp.id,
        subject=names["s"], subject_iri=case.s, relation=None if case.spec.slot == "predicate" else case.p, setting=setting,
        premises=[list(case.p1), list(case.p2)], stated=stated, group=group, split=split,
        meta=meta, **kw,
    )


def _hypotheses(battery: Battery, rule: str) -> list[Template]:
    ids = battery.reasoning.hypotheses.get(rule) if battery.reasoning else None
    return [battery.template(t) for t in (ids or DEFAULT_HYPOTHESES[rule])]


def _candidates(case: Case, v: Verbaliser, hyp: Template, battery: Battery, key: str, force=()):
    form = v.answer_form(case, hyp)
    if form is None:
        return None
    pool, gold, also = form
    spec = battery.candidates_for(battery.reasoning.candidates if battery.reasoning else None)
    excl = also if battery.excludes_also_true(battery.reasoning) else ()
    return make_candidates(pool, gold, excl, spec, battery.seed, f"{key}:{hyp.candidates}", force), gold, also


def reasoning_probes(kb: Knowledge, battery: Battery, v: Verbaliser, summary: dict,
                     cases_by_rule: dict) -> tuple[list[Probe], dict]:
    """The 3 x 3 grid for every chosen derivation. Returns the probes and,
    per rule, the derivation keys in the test split (the parallel families
    draw from them)."""
    spec = battery.reasoning
    out: list[Probe] = []
    test_keys: dict[str, list[str]] = {}
    for rule in spec.rules:
        cases = cases_by_rule[rule]
        train, dev = battery.split_sizes(spec)
        chosen = choose_units([c.key for c in cases], spec.n, train, dev, battery.seed, f"reasoning:{rule}")
        test_keys[rule] = sorted(k for k, s in chosen.items() if s == "test")
        for case in cases:
            split = chosen.get(case.key)
            if split is None:
                continue
            for hyp in _hypotheses(battery, rule):
                c = _candidates(case, v, hyp, battery, f"{rule}:{case.key}")
                if c is None:
                    summary["dropped"]["no_answer_form"][rule] = summary["dropped"]["no_answer_form"].get(rule, 0) + 1
                    continue
                cands, gold, also = c
                for setting in spec.settings:
                    p1s, p2s = setting.split("-")
                    names = v.names(case, p1s, p2s)
                    stated = v.stated(case, names, setting)
                    p = _probe(case, v, hyp, setting, stated, names, cands, gold, also, split,
                               f"{rule}:{case.key}:{setting}")
                    if p is None:
                        summary["dropped"]["bad_slot"] += 1
                        continue
                    out.append(p)
    return out, test_keys


def _pick(cases: list[Case], n: Optional[int], preferred: Optional[list[str]], seed: int, key: str) -> list[Case]:
    by_key = {c.key: c for c in cases}
    pool = [k for k in (preferred if preferred else by_key) if k in by_key]
    return [by_key[k] for k in sample_units(pool, n, seed, key)]


def order_probes(kb: Knowledge, battery: Battery, v: Verbaliser, spec: OrderSpec, cases_by_rule: dict,
                 test_keys: dict, summary: dict) -> list[Probe]:
    """Family "order": EX-EX probes with their two premises in every order;
    same hypothesis and gold; one group per derivation and hypothesis."""
    out = []
    for rule in spec.rules:
        for case in _pick(cases_by_rule[rule], spec.n, test_keys.get(rule), battery.seed, f"order:{rule}"):
            names = v.names(case, "EX", "EX")
            premises = [v.p1_sentence(case), v.p2_sentence(case, names)]
            for hyp in _hypotheses(battery, rule):
                c = _candidates(case, v, hyp, battery, f"{rule}:{case.key}")
                if c is None:
                    continue
                cands, gold, also = c
                for perm in itertools.permutations(range(len(premises))):
                    p = _probe(case, v, hyp, "EX-EX", [premises[i] for i in perm], names, cands, gold, also,
                               "test", f"order:{rule}:{case.key}:{hyp.id}", {"premise_order": list(perm)},
                               family="order")
                    if p is None:
                        summary["dropped"]["bad_slot"] += 1
                        continue
                    out.append(p)
    return out


def multi_probes(kb: Knowledge, battery: Battery, v: Verbaliser, spec: MultiSpec, cases_by_rule: dict,
                 test_keys: dict, summary: dict) -> list[Probe]:
    """Family "multi": the asked derivation's premises among those of k-1
    other derivations of the same rule (other subjects, middles and answers,
    all pseudowords), one probe per position of the asked fact; one group per
    derivation, k and hypothesis. The other facts' terms stay in the
    candidates as lures unless also true."""
    out = []
    p1s, p2s = spec.setting.split("-")
    for rule in spec.rules:
        cases = cases_by_rule[rule]
        for target in _pick(cases, spec.n, test_keys.get(rule), battery.seed, f"multi:{rule}"):
            for k in spec.facts:
                rng = seeded_rng(battery.seed, "multi", rule, target.key, k)
                pool = [c for c in cases if c.key != target.key]
                rng.shuffle(pool)
                seen_s, seen_m, seen_a = {target.s}, {target.m}, {target.a}
                others: list[Case] = []
                for c in pool:
                    if len(others) == k - 1:
                        break
                    if c.s in seen_s or c.m in seen_m or c.a in seen_a:
                        continue
                    others.append(c)
                    seen_s.add(c.s)
                    seen_m.add(c.m)
                    seen_a.add(c.a)
                if len(others) < k - 1:
                    summary["dropped"]["multi_too_few_facts"] += 1
                    continue

                def fact(c: Case) -> list[str]:  # P2 is EX in every multi setting
                    return v.stated(c, v.names(c, p1s, p2s), spec.setting)

                names = v.names(target, p1s, p2s)
                lures = sorted({kb.label(c.a) for c in others} | {kb.label(c.m) for c in others})
                for hyp in _hypotheses(battery, rule):
                    key = f"multi:{rule}:{target.key}:{k}"
                    c = _candidates(target, v, hyp, battery, key, force=lures if hyp.candidates == "label" else ())
                    if c is None:
                        continue
                    cands, gold, also = c
                    for pos in range(k):
                        order = others[:pos] + [target] + others[pos:]
                        stated = [s for f in order for s in fact(f)]
                        p = _probe(target, v, hyp, spec.setting, stated, names, cands, gold, also, "test",
                                   f"{key}:{hyp.id}", {"facts": k, "other_derivations": [o.key for o in others]},
                                   family="multi", position=pos)
                        if p is None:
                            summary["dropped"]["bad_slot"] += 1
                            continue
                        out.append(p)
    return out
