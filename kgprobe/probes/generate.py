"""``generate_probes(ontology, battery, closure=None) -> (probes, summary)``.

The order of the output is fixed: memorisation (TP, SCO, SPO, DM, RG; by
subject IRI, then template), reasoning (by rule, derivation, hypothesis,
setting), then the parallel families order, multi and set. Every choice is
seeded from the battery's seed (see :mod:`kgprobe.probes.sampling`) and all
collections are sorted before use, so the same ontology, battery and seed
give byte-identical JSONL on any machine and under any PYTHONHASHSEED.
Probe ids are content hashes (:func:`kgprobe.probes.model.probe_id`); a
probe identical to an earlier one is dropped and counted.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Optional, Union

from kgprobe.errors import BatteryError
from kgprobe.io import atomic_write
from kgprobe.ontology.model import Ontology
from kgprobe.probes.battery import Battery
from kgprobe.probes.knowledge import Knowledge
from kgprobe.probes.memorisation import memorisation_probes, set_probes
from kgprobe.probes.io import read_probes_file
from kgprobe.probes.model import MEMORISATION_TASKS, PARALLEL_FAMILIES, REASONING_TASKS, Probe
from kgprobe.probes.pseudowords import Pseudowords
from kgprobe.probes.reasoning import Verbaliser, cases_for, multi_probes, order_probes, reasoning_probes
from kgprobe.reasoning.model import Closure
from kgprobe.reasoning.rules import DEFAULT_RULES


def _new_summary() -> dict:
    return {
        "dropped": {
            "no_gold": {},
            "unverbalisable": {},
            "trivial": {},
            "no_answer_form": {},
            "set_too_few_golds": {},
            "multi_too_few_facts": 0,
            "bad_slot": 0,
            "duplicate": 0,
        }
    }


def generate_probes(ontology: Ontology, battery: Battery, closure: Optional[Closure] = None) -> tuple[list[Probe], dict]:
    """Generate the battery's probes on ``ontology``.

    Returns ``(probes, summary)``; the summary has ``total``, ``by_task``
    (probes outside the parallel families, per task and rule),
    ``by_rule_setting`` (rule -> setting -> count, outside the families),
    ``by_parallel_family``, ``by_split`` and ``dropped`` (why facts or probes
    were left out). Raises BatteryError if the battery yields no probe.
    """
    rules_needed = battery_rules(battery)
    if closure is None:
        from kgprobe.console import stage
        from kgprobe.reasoning.rdfs import rdfs_closure

        with stage(f"RDFS closure of {ontology.name}"):
            # the default rules, plus any opt-in rule the battery asks about
            closure = rdfs_closure(ontology, rules=DEFAULT_RULES + tuple(sorted(rules_needed - set(DEFAULT_RULES))))
    kb = Knowledge(ontology, closure, battery.patterns)
    summary = _new_summary()
    pw = Pseudowords(kb.all_labels, seed=battery.seed)
    v = Verbaliser(kb, battery, pw)

    probes: list[Probe] = []
    probes += memorisation_probes(kb, battery, summary)

    cases_by_rule = {}
    for rule in REASONING_TASKS:
        if rule in rules_needed:
            cases, dropped = cases_for(rule, kb)
            cases_by_rule[rule] = cases
            summary["dropped"]["unverbalisable"][rule] = dropped["unverbalisable"]
            summary["dropped"]["trivial"][rule] = dropped["trivial"]

    test_keys: dict = {}
    if battery.reasoning:
        rp, test_keys = reasoning_probes(kb, battery, v, summary, cases_by_rule)
        probes += rp
    if battery.order:
        probes += order_probes(kb, battery, v, battery.order, cases_by_rule, test_keys, summary)
    if battery.multi:
        probes += multi_probes(kb, battery, v, battery.multi, cases_by_rule, test_keys, summary)
    if battery.set:
        probes += set_probes(kb, battery, battery.set, summary)

    seen = set()
    unique = []
    for p in probes:
        if p.id in seen:
            summary["dropped"]["duplicate"] += 1
            continue
        seen.add(p.id)
        unique.append(p)
    probes = unique

    summary.update(summarise(probes))
    summary["ontology"] = {"name": ontology.name, "source": ontology.source, "sha256": ontology.sha256,
                           "semantics": ontology.semantics}
    summary["battery"] = battery.describe()
    if not probes:
        raise BatteryError(f"battery {battery.name!r} ({battery.path}) yields 0 probes on ontology {ontology.name!r}")
    return probes, summary


def battery_rules(battery: Battery) -> set:
    """The rules a battery asks about (reasoning and the parallel families)."""
    rules = set()
    for section in (battery.reasoning, battery.order, battery.multi):
        if section is not None:
            rules |= set(section.rules)
    return rules


def summarise(probes: Iterable[Probe]) -> dict:
    """Counts of a probe list (also usable on probes read back from JSONL)."""
    by_task: Counter = Counter()
    by_rule_setting: dict = {}
    by_family: Counter = Counter()
    by_split: Counter = Counter()
    total = 0
    for p in probes:
        total += 1
        by_split[p.split] += 1
        if p.family:
            by_family[p.family] += 1
            continue
        by_task[p.task] += 1
        if p.kind == "reasoning":
            by_rule_setting.setdefault(p.task, Counter())[p.setting] += 1
    order = {t: i for i, t in enumerate(MEMORISATION_TASKS + REASONING_TASKS)}
    return {
        "total": total,
        "by_task": {t: by_task[t] for t in sorted(by_task, key=lambda t: (order.get(t, 99), t))},
        "by_rule_setting": {r: dict(sorted(by_rule_setting[r].items()))
                            for r in sorted(by_rule_setting, key=lambda t: (order.get(t, 99), t))},
        "by_parallel_family": {f: by_family.get(f, 0) for f in PARALLEL_FAMILIES},
        "by_split": dict(sorted(by_split.items())),
    }


def write_jsonl(probes: Iterable[Probe], path: Union[str, Path]) -> int:
    """Write one probe per line (sorted keys, UTF-8, "\\n" line ends), whole or not at all."""
    with atomic_write(path) as f:
        return dump_jsonl(probes, f)


def dump_jsonl(probes: Iterable[Probe], f) -> int:
    """Write one probe per line to an open text file; returns the count."""
    n = 0
    for p in probes:
        f.write(p.to_json())
        f.write("\n")
        n += 1
    return n


def read_jsonl(path: Union[str, Path]) -> list[Probe]:
    """Read probes written by :func:`write_jsonl` (see :func:`kgprobe.probes.io.read_probes_file`)."""
    return read_probes_file(path)


def format_summary(summary: dict) -> str:
    """Human-readable summary (what ``kgprobe probes`` prints)."""
    lines = []
    ont, bat = summary.get("ontology", {}), summary.get("battery", {})
    if ont or bat:
        sem = (ont.get("semantics") or {}).get("semantics", "rdfs")
        lines.append(f"ontology {ont.get('name', '?')} ({sem} semantics), battery {bat.get('name', '?')} (seed {bat.get('seed', '?')})")
    lines.append(f"total  {summary['total']} probes")
    lines.append("by task (outside the parallel families):")
    for t, n in summary["by_task"].items():
        lines.append(f"  {t:<7} {n}")
    if summary["by_rule_setting"]:
        settings = [f"{a}-{b}" for a in ("EX", "IM", "NO") for b in ("EX", "IM", "NO")]
        lines.append("rule x setting (P1-P2):")
        lines.append("  " + " " * 7 + " ".join(f"{s:>6}" for s in settings))
        for r, row in summary["by_rule_setting"].items():
            lines.append(f"  {r:<7}" + " ".join(f"{row.get(s, 0):>6}" for s in settings))
    lines.append("parallel families:")
    for f, n in summary["by_parallel_family"].items():
        lines.append(f"  {f:<7} {n}")
    lines.append("splits: " + ", ".join(f"{k} {v}" for k, v in summary["by_split"].items()))
    dropped = summary.get("dropped", {})
    parts = []
    for k, v in dropped.items():
        if isinstance(v, dict):
            nz = {t: n for t, n in v.items() if n}
            if nz:
                parts.append(f"{k}: " + ", ".join(f"{t} {n}" for t, n in nz.items()))
        elif v:
            parts.append(f"{k}: {v}")
    lines.append("dropped: " + ("; ".join(parts) if parts else "none"))
    return "\n".join(lines)
