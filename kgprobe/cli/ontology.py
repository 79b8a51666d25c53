"""``kgprobe ontology stats``."""

from __future__ import annotations

import argparse
import json


def add_ontology_args(p) -> None:
    """ONTOLOGY and the options of loading it, shared by every command that loads one."""
    p.add_argument("ontology", metavar="ONTOLOGY", help="a file path, or the name of a shipped ontology (e.g. world)")
    p.add_argument("--lang", default="en",
                   help="label language: labels in it first, then untagged labels, then the IRI's local name, "
                   "then other languages (default: en)")
    p.add_argument("--format", dest="fmt", default=None,
                   help="override the ontology format guessed from the suffix (ttl, xml, nt, json-ld, n3)")
    p.add_argument("--allow-network", action="store_true", help="fetch owl:imports that have no local file (off by default)")
    p.add_argument("--no-progress", action="store_true",
                   help="no progress lines on stderr for long parsing, graphs and closure (shown after 2 s)")
    p.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                   help="show what the parsers print (owlready2 tracebacks, rdflib warnings); hidden by default")
    add_semantics_arg(p)


def add_semantics_arg(p) -> None:
    """--semantics: the entailment regime of the gold answers (see kgprobe.reasoning.owl)."""
    from kgprobe.reasoning.owl import DEFAULT_SEMANTICS, SEMANTICS

    p.add_argument(
        "--semantics", choices=SEMANTICS, default=DEFAULT_SEMANTICS,
        help="what counts as true: rdfs (the RDFS closure; default), owl (first classify with the HermiT OWL 2 "
        "DL reasoner through owlready2, needs Java, and add the named subsumptions and instance types it "
        "entails) or owl-rl (the same with owlrl's OWL 2 RL closure: pure Python, misses what needs "
        "universal restrictions or unions)",
    )


def register(sub) -> None:
    p = sub.add_parser("ontology", help="inspect an ontology")
    osub = p.add_subparsers(dest="ontology_command", metavar="SUBCOMMAND")
    st = osub.add_parser(
        "stats",
        help="counts of classes, instances, properties, relations, depth and RDFS entailments",
        description="Load an ontology and print its size, the maximum depth of its class hierarchy and "
        "the number of triples each RDFS rule (rdfs2, rdfs3, rdfs5, rdfs7, rdfs9, rdfs11) entails "
        "beyond what is asserted. With --semantics owl or owl-rl, the named subsumptions and instance types an OWL "
        "reasoner entails are added first (and counted under semantics).",
    )
    add_ontology_args(st)
    st.add_argument("--json", action="store_true", help="print one JSON object")
    st.set_defaults(func=_stats)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _stats(args) -> int:
    from kgprobe.ontology.stats import ontology_stats

    s = ontology_stats(args.ontology, lang=args.lang, fmt=args.fmt, allow_network=args.allow_network,
                       semantics=args.semantics)
    if args.json:
        print(json.dumps(s, indent=2, sort_keys=True))
        return 0
    print(f"ontology    {s['ontology']}  ({s['source']}, {s['triples']} triples)")
    print(f"classes     {s['classes']}")
    print(f"instances   {s['instances']}")
    print(f"properties  {s['properties']} ({s['object_properties']} object, {s['datatype_properties']} datatype)")
    print(f"relations   {s['relations']}")
    print(f"max depth   {s['max_depth']}")
    sem = s["semantics"]
    if sem["semantics"] != "rdfs":
        print(f"semantics   {sem['semantics']} ({sem['reasoner']} {sem['reasoner_version']}): added "
              f"{sem['inferred_subclass_of']} subClassOf edges and {sem['inferred_types']} types before the RDFS closure"
              + (f"; {len(sem['unsatisfiable'])} unsatisfiable classes" if sem["unsatisfiable"] else ""))
    print("entailed beyond what is asserted:")
    for rule, n in s["entailed"].items():
        print(f"  {rule:<7} {n}")
    print(f"  longest derivation chain: {s['max_derivation_depth']}")
    t = s["timings"]
    reasoner = f", reasoner {t['reasoner_s']:.3f}s" if "reasoner_s" in t else ""
    print(f"timings     load {t['load_s']:.3f}s{reasoner}, graphs {t['graphs_s']:.3f}s, closure {t['closure_s']:.3f}s")
    return 0
