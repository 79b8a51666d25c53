"""Held-out facts: what an embedding must not be trained on.

A memorisation probe asks the query (subject, relation, ?): TP (x, rdf:type,
?), SCO (c, rdfs:subClassOf, ?), SPO (p, rdfs:subPropertyOf, ?), DM (p,
rdfs:domain, ?), RG (p, rdfs:range, ?). Its golds include answers reached
through transitivity (TP and SCO golds hold every superclass), so removing
only the gold triples would leave the direct edge, from which the rest can
be read off. The honest choice, made here: remove **every** asserted triple
(subject, relation, *) of each probed query -- the gold triples (subject,
relation, gold) are among them, and so are the asserted direct edges through
which a transitive gold could be reached. What stays is everything else the
graph says about the subject (its other relations, its instances, its
subclasses, domain/range statements mentioning it): the embedding has to
infer the answer, not look it up.

Probes held out: the memorisation probes of splits "test" and "dev" (the ones
``kgprobe run`` scores or tunes on). Split "train" facts stay in the graph:
they are the battery's training examples (``baseline:frequency`` is fitted
on them too). Reasoning probes are not scored by the ``kge`` scorer and hold
nothing out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from kgprobe.errors import BatteryError
from kgprobe.ontology.model import Ontology
from kgprobe.probes.io import read_probes_file, sha256_file
from kgprobe.probes.model import Probe

HELD_OUT_SPLITS = ("test", "dev")


@dataclass
class Holdout:
    """The held-out queries of a battery (or a probes file)."""

    source: str  # "battery" | "probes_file"
    name: str
    path: str
    sha256: str
    queries: set[tuple[str, str]] = field(default_factory=set)
    probes: int = 0  # memorisation probes of the held-out splits
    by_task: dict[str, int] = field(default_factory=dict)  # distinct queries per task

    def describe(self) -> dict:
        return {"source": self.source, "name": self.name, "path": self.path, "sha256": self.sha256,
                "splits": list(HELD_OUT_SPLITS), "probes": self.probes, "queries": len(self.queries),
                "queries_by_task": dict(sorted(self.by_task.items()))}


def queries_of(probes: Iterable[Probe]) -> tuple[set[tuple[str, str]], int, dict[str, int]]:
    """(queries, number of probes used, distinct queries per task) of the
    memorisation probes in the held-out splits."""
    queries: set[tuple[str, str]] = set()
    by_task: dict[str, set] = {}
    n = 0
    for p in probes:
        if p.kind != "memorisation" or p.split not in HELD_OUT_SPLITS or not p.subject_iri or not p.relation:
            continue
        n += 1
        q = (p.subject_iri, p.relation)
        queries.add(q)
        by_task.setdefault(p.task, set()).add(q)
    return queries, n, {t: len(v) for t, v in by_task.items()}


def load_holdout(spec: str, ontology: Optional[Ontology]) -> Holdout:
    """The queries to hold out for ``spec``: a probes ``.jsonl`` file, or a
    battery (name or YAML path) whose probes are generated on ``ontology``."""
    p = Path(str(spec)).expanduser()
    if p.suffix.lower() == ".jsonl":
        probes = read_probes_file(p)
        queries, n, by_task = queries_of(probes)
        h = Holdout("probes_file", p.stem, str(p), sha256_file(p), queries, n, by_task)
    else:
        if ontology is None:
            raise BatteryError(f"--holdout-probes {spec}: a battery needs an ontology (not a PyKEEN dataset)")
        from kgprobe.probes.battery import load_battery
        from kgprobe.probes.generate import generate_probes

        battery = load_battery(str(spec))
        probes, _ = generate_probes(ontology, battery)
        queries, n, by_task = queries_of(probes)
        h = Holdout("battery", battery.name, str(battery.path), battery.sha256, queries, n, by_task)
    if not h.queries:
        raise BatteryError(f"--holdout-probes {spec}: no memorisation probe in split test/dev to hold out")
    return h
