"""Summary figures of an ontology: sizes, depth, entailments per rule."""

from __future__ import annotations

import time
from typing import Optional

from kgprobe.console import stage
from kgprobe.ontology.graphs import build_graphs, max_depth
from kgprobe.ontology.load import load_ontology
from kgprobe.reasoning.owl import apply_semantics
from kgprobe.reasoning.rdfs import rdfs_closure


def ontology_stats(spec: str, lang: str = "en", fmt: Optional[str] = None, allow_network: bool = False,
                   semantics: str = "rdfs") -> dict:
    timings = {}
    t0 = time.perf_counter()
    onto = load_ontology(spec, lang=lang, fmt=fmt, allow_network=allow_network)
    tr = time.perf_counter()
    onto = apply_semantics(onto, semantics)
    t1 = time.perf_counter()
    with stage(f"graphs of {onto.name}"):
        graphs = build_graphs(onto)
    t2 = time.perf_counter()
    with stage(f"RDFS closure of {onto.name}"):
        closure = rdfs_closure(onto)
    t3 = time.perf_counter()
    timings = {"load_s": round(tr - t0, 4), "graphs_s": round(t2 - t1, 4), "closure_s": round(t3 - t2, 4)}
    if semantics != "rdfs":
        timings["reasoner_s"] = round(t1 - tr, 4)
    max_chain = closure.max_depth()
    return {
        "ontology": onto.name,
        "source": onto.source,
        "sha256": onto.sha256,
        "triples": len(onto.triples),
        "classes": len(onto.classes),
        "instances": len(onto.instances),
        "properties": len(onto.properties),
        "object_properties": len(onto.object_properties),
        "datatype_properties": len(onto.datatype_properties),
        "relations": len(onto.relations),
        "subclass_edges": len(onto.subclass_of),
        "subproperty_edges": len(onto.subproperty_of),
        "max_depth": max_depth(graphs.classes),
        "class_equivalences": len(graphs.class_equivalences),
        "entailed": closure.counts(),
        "entailed_total": len(closure.derivations),
        "max_derivation_depth": max_chain,
        "imports": onto.imports,
        "semantics": onto.semantics,
        "timings": timings,
    }
