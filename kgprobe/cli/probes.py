"""``kgprobe probes`` (generate a battery's probes) and ``kgprobe import`` (the paper's data)."""

from __future__ import annotations

import argparse
import json
import sys

from kgprobe.cli.ontology import add_ontology_args


def register(sub) -> None:
    p = sub.add_parser(
        "probes",
        help="generate a probe battery from an ontology",
        description="Generate the probes a battery asks for (memorisation TP/SCO/SPO/DM/RG, RDFS reasoning "
        "rdfs2/3/5/7/9/11 (and the opt-in OWL 2 RL prp-trp) in 3x3 premise settings, parallel families order/multi/set) and write them as JSONL, "
        "one probe per line. The same ontology, battery and seed give byte-identical output.",
    )
    add_ontology_args(p)
    p.add_argument("--battery", "-b", default="default",
                   help="a shipped battery name (default, full, ontoprobe, ...) or a YAML path (default: default)")
    p.add_argument("--out", "-o", metavar="FILE.jsonl", help="write the probes here (without it, print the summary only)")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.add_argument("--seed", type=int, default=None, help="override the battery's seed")
    p.set_defaults(func=_probes)

    imp = sub.add_parser("import", help="import external probe data (the OntoProbe data of Wu et al. 2023)")
    isub = imp.add_subparsers(dest="import_source", metavar="SOURCE")
    op = isub.add_parser(
        "ontoprobe",
        help="import the OntoProbe data (Wu et al., ACL 2023)",
        description="Read the OntoProbe data (data/ontology/{class,property}.json, data/memorizing/*.jsonl) and "
        "write OUTDIR/ontoprobe.ttl (classes, properties, hierarchy, domains, ranges, types, patterns) and "
        "OUTDIR/probes.jsonl (the memorisation probes with the paper's train/dev/test split: first 10 lines, "
        "next 10, rest).",
    )
    op.add_argument("dir", metavar="DIR", help="the OntoProbe repository or its data/ folder")
    op.add_argument("--out", "-o", required=True, metavar="OUTDIR", help="output folder")
    op.add_argument("--keep-duplicates", action="store_true",
                    help="keep the 70 repeated lines of type.jsonl, as the paper's loader does (default: drop them)")
    op.add_argument("--templates", choices=("first", "all"), default="first",
                    help="the paper's first template per task (default) or all of them (3 for TP and SCO)")
    op.add_argument("--first-test", action="append", default=[], metavar="TASK=N", type=_task_count,
                    help="keep only the first N test lines of TASK, repeatable; TP=500 is lines 21-520 of "
                    "type.jsonl, what the reference code's zs-f mode scores (dataset[20:520])")
    op.add_argument("--reasoning", metavar="BATTERY",
                    help="also write the reasoning probes that this battery's reasoning section generates on the "
                    "imported ontology (e.g. ontoprobe: rdfs2/3/5/7/9/11 in all 9 premise settings, all class or "
                    "property labels as candidates), after the memorisation probes")
    op.add_argument("--reasoning-n", type=int, metavar="N",
                    help="derivations per rule for --reasoning (each in every setting; default: the battery's n)")
    op.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    op.set_defaults(func=_import_ontoprobe)
    imp.set_defaults(func=lambda args: (imp.print_help(), 2)[1])


def _task_count(text: str) -> tuple:
    task, sep, n = text.partition("=")
    if not sep or not n.strip().isdigit() or int(n) < 1:
        raise argparse.ArgumentTypeError(f"expected TASK=N with N >= 1 (e.g. TP=500), not {text!r}")
    return task.strip(), int(n)


def _probes(args) -> int:
    from kgprobe.ontology.load import load_ontology
    from kgprobe.probes.battery import load_battery
    from kgprobe.probes.generate import format_summary, generate_probes, write_jsonl
    from kgprobe.reasoning.owl import apply_semantics

    battery = load_battery(args.battery)
    if args.seed is not None:
        battery.seed = args.seed
    onto = load_ontology(args.ontology, lang=args.lang, fmt=args.fmt, allow_network=args.allow_network)
    onto = apply_semantics(onto, args.semantics)
    probes, summary = generate_probes(onto, battery)
    if args.out:
        write_jsonl(probes, args.out)
        summary["out"] = args.out
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True, ensure_ascii=False))
    else:
        print(format_summary(summary))
        if args.out:
            print(f"wrote {len(probes)} probes to {args.out}")
    return 0


def _import_ontoprobe(args) -> int:
    from kgprobe.probes.ontoprobe import format_import_summary, import_ontoprobe

    summary = import_ontoprobe(args.dir, args.out, keep_duplicates=args.keep_duplicates, templates=args.templates,
                               first_test=dict(args.first_test), reasoning=args.reasoning,
                               reasoning_n=args.reasoning_n)
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        print(format_import_summary(summary))
        if summary["duplicates"].get("TP"):
            print(f"note: dropped {summary['duplicates']['TP']} exact duplicate lines of type.jsonl; the paper's "
                  "Table 1 TP figure (8,789) counts the distinct lines including the 20 train/dev ones",
                  file=sys.stderr)
    return 0
