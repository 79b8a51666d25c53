#!/usr/bin/env python3
"""Generate ``kgprobe/data/ontologies/world.ttl`` from the tables in ``tools/world/``.

The world ontology is written by us (not copied from DBpedia or elsewhere) and
holds stable, well-known facts that a pretrained language model could know:
capitals, continents, birth places, authors, directors, rivers, mountains,
official languages, company founders and so on.  Facts were chosen
conservatively: when a fact was uncertain or disputed it was left out.

The data are tab-separated files (UTF-8, a header row, lines starting with
``#`` are comments):

* ``classes.tsv``, ``object_properties.tsv``, ``datatype_properties.tsv``: the schema;
* ``facts/*.tsv``: one table per topic.  The ``label`` column is the
  instance label; ``iri`` (optional) overrides the IRI local name, otherwise it
  is derived from the label (ASCII only); a non-empty ``class`` cell declares
  the instance with exactly one (most specific) class, and a row without one
  only adds facts about an instance declared elsewhere; every other column is
  an object or datatype property, objects are named by their label, and
  several values in one cell are separated by ``;``.

Run ``python tools/build_world.py [--out PATH]``; the output is deterministic
(sorted, independent of the order of files and rows).  Only the standard
library is used to build; rdflib is used at the end for a self-check parse,
and the script exits non-zero when a check fails.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

W = "https://kgprobe.org/world/ontology/"
R = "https://kgprobe.org/world/resource/"
KGP = "https://kgprobe.org/vocab#"
ONTOLOGY_IRI = "https://kgprobe.org/world/ontology"

DATA = Path(__file__).resolve().parent / "world"
OUT = Path(__file__).resolve().parents[1] / "kgprobe" / "data" / "ontologies" / "world.ttl"

# Hard minimums (the brief); the script fails loudly below them.
MIN_CLASSES = 200
MIN_DEPTH = 5
MIN_OBJECT_PROPERTIES = 45
MIN_SUBPROPERTY_EDGES = 12
MIN_SUBPROPERTY_CHAINS = 2
MIN_SUBPROPERTY_TRIPLES = 300
MIN_INSTANCES = 650
MIN_CLASSES_WITH_INSTANCES = 80
MIN_RELATIONS = 1100
MIN_DATATYPE_PROPERTIES = 3
MAX_DATATYPE_PROPERTIES = 5

# Derived membership: every sovereign state of the tables except Vatican City
# (a non-member observer state) is a member of the United Nations.
UN_NON_MEMBERS = {"Vatican City"}

_TRANSLIT = {
    "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th", "ı": "i",
    "&": " and ",
}


def local_name(label: str) -> str:
    """ASCII IRI local name from a label: 'Zürich' -> 'Zurich'."""
    s = "".join(_TRANSLIT.get(ch, ch) for ch in label)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")
    if not s:
        raise ValueError(f"cannot derive an IRI from {label!r}")
    return s


def read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a TSV table (comment and blank lines skipped); a
    short row is padded with empty cells; a row longer than the header fails."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, restval="")
    rows = []
    for row in reader:
        if None in row:
            raise ValueError(f"{path.name}: too many cells in row {row[reader.fieldnames[0]]!r}")
        rows.append({k: v.strip() for k, v in row.items()})
    return list(reader.fieldnames or []), rows


def values(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(";") if v.strip()]


class Builder:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.classes: dict[str, dict] = {}
        self.oprops: dict[str, dict] = {}
        self.dprops: dict[str, dict] = {}
        self.instances: dict[str, dict] = {}  # label -> {"local", "cls"}
        self.rels: set[tuple[str, str, str]] = set()  # labels and property name
        self.lits: set[tuple[str, str, str]] = set()  # label, property, lexical

    # -- schema -------------------------------------------------------------
    def load_schema(self, data: Path) -> None:
        for r in read_tsv(data / "classes.tsv")[1]:
            name = r["class"]
            if name in self.classes:
                self.errors.append(f"duplicate class {name}")
            self.classes[name] = {"parents": values(r["superclasses"]), "en": r["label_en"], "de": r["label_de"]}
        for name, c in self.classes.items():
            for p in c["parents"]:
                if p not in self.classes:
                    self.errors.append(f"class {name}: unknown superclass {p}")
        for r in read_tsv(data / "object_properties.tsv")[1]:
            self.oprops[r["property"]] = {"domain": r["domain"], "range": r["range"],
                                          "super": r["superproperty"] or None,
                                          "label": r["label"], "pattern": r["pattern"]}
        for r in read_tsv(data / "datatype_properties.tsv")[1]:
            self.dprops[r["property"]] = {"domain": r["domain"], "range": r["range"], "label": r["label"]}
        for name, p in self.oprops.items():
            for key in ("domain", "range"):
                if p[key] not in self.classes:
                    self.errors.append(f"property {name}: unknown {key} {p[key]}")
            if p["super"] and p["super"] not in self.oprops:
                self.errors.append(f"property {name}: unknown superproperty {p['super']}")
            pat = p["pattern"]
            if "[X]" not in pat or "[Y]" not in pat or not pat.endswith(" ."):
                self.errors.append(f"property {name}: bad pattern {pat!r}")
        for name, p in self.dprops.items():
            if p["domain"] not in self.classes:
                self.errors.append(f"datatype property {name}: unknown domain")

    # -- data ---------------------------------------------------------------
    def declare(self, label: str, cls: str, local: str | None) -> None:
        if cls not in self.classes:
            self.errors.append(f"{label!r}: unknown class {cls}")
            return
        if label in self.instances:
            self.errors.append(f"{label!r} declared twice")
            return
        self.instances[label] = {"local": local or local_name(label), "cls": cls}

    def add(self, subj: str, prop: str, value: str) -> None:
        if prop in self.oprops:
            self.rels.add((subj, prop, value))
        elif prop in self.dprops:
            self.lits.add((subj, prop, value))
        else:
            self.errors.append(f"unknown property {prop!r} (subject {subj!r})")

    def load_table(self, path: Path) -> None:
        try:
            cols, rows = read_tsv(path)
        except ValueError as exc:
            self.errors.append(str(exc))
            return
        if cols[:1] != ["label"]:
            self.errors.append(f"{path.name}: the first column must be 'label'")
            return
        for r in rows:
            label, local = r["label"], r.get("iri") or None
            if r.get("class"):
                self.declare(label, r["class"], local)
            elif local:
                self.errors.append(f"{path.name}: IRI override without class for {label!r}")
            for col in cols[1:]:
                if col not in ("iri", "class"):
                    for v in values(r[col]):
                        self.add(label, col, v)

    def derive(self) -> None:
        for label, inst in self.instances.items():
            if inst["cls"] == "Country" and label not in UN_NON_MEMBERS:
                self.rels.add((label, "memberOf", "United Nations"))

    # -- checks -------------------------------------------------------------
    def ancestors(self, cls: str) -> set[str]:
        seen, todo = {cls}, [cls]
        while todo:
            for p in self.classes[todo.pop()]["parents"]:
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    def super_props(self, prop: str) -> list[str]:
        out = [prop]
        while self.oprops[out[-1]]["super"]:
            out.append(self.oprops[out[-1]]["super"])
        return out

    def validate(self) -> None:
        for s, p, o in sorted(self.rels):
            for lab in (s, o):
                if lab not in self.instances:
                    self.errors.append(f"undeclared instance {lab!r} in ({s!r}, {p}, {o!r})")
            if s not in self.instances or o not in self.instances:
                continue
            if s == o:
                self.errors.append(f"self-loop ({s!r}, {p})")
            s_anc = self.ancestors(self.instances[s]["cls"])
            o_anc = self.ancestors(self.instances[o]["cls"])
            for q in self.super_props(p):
                if self.oprops[q]["domain"] not in s_anc:
                    self.errors.append(f"domain of {q} violated by {s!r} ({p})")
                if self.oprops[q]["range"] not in o_anc:
                    self.errors.append(f"range of {q} violated by {o!r} ({s!r} {p})")
        for s, p, v in sorted(self.lits):
            if s not in self.instances:
                self.errors.append(f"undeclared instance {s!r} ({p})")
                continue
            if self.dprops[p]["domain"] not in self.ancestors(self.instances[s]["cls"]):
                self.errors.append(f"domain of {p} violated by {s!r}")
            if not re.fullmatch(r"\d{1,4}", v):
                self.errors.append(f"bad literal {v!r} for {s!r} {p}")
        # unique IRIs and labels
        seen: dict[str, str] = {}
        for label, inst in self.instances.items():
            key = inst["local"]
            if key in seen:
                self.errors.append(f"IRI clash r:{key} for {label!r} and {seen[key]!r}")
            seen[key] = label
        en_labels = [c["en"] for c in self.classes.values()]
        if len(set(en_labels)) != len(en_labels):
            self.errors.append("class labels are not unique")
        for name, c in self.classes.items():
            if c["en"] != c["en"].strip() or not c["en"]:
                self.errors.append(f"class {name}: bad label")

    # -- output -------------------------------------------------------------
    def turtle(self) -> str:
        def lit(text: str, lang: str | None = None) -> str:
            esc = text.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{esc}"@{lang}' if lang else f'"{esc}"'

        def inst(label: str) -> str:
            return "r:" + self.instances[label]["local"]

        # the header keeps the script's old path: world.ttl's sha256 is in the published results
        out = [
            "# world.ttl -- generated by ontologies/tools/build_world.py; do not edit by hand.",
            "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
            "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
            "@prefix dcterms: <http://purl.org/dc/terms/> .",
            f"@prefix kgp: <{KGP}> .",
            f"@prefix w: <{W}> .",
            f"@prefix r: <{R}> .",
            "",
            f"<{ONTOLOGY_IRI}> a owl:Ontology ;",
            '    rdfs:label "world" ;',
            "    rdfs:comment " + lit(
                "A hand-written ontology of stable, well-known world facts (places, "
                "people, works, organisations, events, species) for probing language "
                "models. Domains and ranges hold for every asserted triple.") + " ;",
            '    dcterms:license "CC0-1.0" .',
            "",
            "kgp:pattern a owl:AnnotationProperty ;",
            '    rdfs:label "surface pattern"@en .',
            "",
            "# ---- classes",
        ]
        for name in sorted(self.classes):
            c = self.classes[name]
            lines = [f"w:{name} a owl:Class"]
            for p in sorted(c["parents"]):
                lines.append(f"rdfs:subClassOf w:{p}")
            labels = [lit(c["en"], "en")] + ([lit(c["de"], "de")] if c["de"] else [])
            lines.append("rdfs:label " + ", ".join(labels))
            out.append(" ;\n    ".join(lines) + " .")
        out += ["", "# ---- object properties"]
        for name in sorted(self.oprops):
            p = self.oprops[name]
            lines = [f"w:{name} a owl:ObjectProperty",
                     f"rdfs:domain w:{p['domain']}",
                     f"rdfs:range w:{p['range']}"]
            if p["super"]:
                lines.append(f"rdfs:subPropertyOf w:{p['super']}")
            lines.append("rdfs:label " + lit(p["label"], "en"))
            lines.append("kgp:pattern " + lit(p["pattern"]))
            out.append(" ;\n    ".join(lines) + " .")
        out += ["", "# ---- datatype properties"]
        for name in sorted(self.dprops):
            p = self.dprops[name]
            out.append(" ;\n    ".join([
                f"w:{name} a owl:DatatypeProperty",
                f"rdfs:domain w:{p['domain']}",
                f"rdfs:range xsd:{p['range']}",
                "rdfs:label " + lit(p["label"], "en")]) + " .")
        out += ["", "# ---- instances"]
        by_subject: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for s, p, o in self.rels:
            by_subject[s].append((f"w:{p}", inst(o)))
        for s, p, v in self.lits:
            dt = self.dprops[p]["range"]
            lex = v.zfill(4) if dt == "gYear" else str(int(v))
            by_subject[s].append((f"w:{p}", f'"{lex}"^^xsd:{dt}'))
        for label in sorted(self.instances, key=lambda x: self.instances[x]["local"]):
            i = self.instances[label]
            lines = [f"r:{i['local']} a w:{i['cls']}", "rdfs:label " + lit(label, "en")]
            preds: dict[str, list[str]] = defaultdict(list)
            for p, o in by_subject.get(label, []):
                preds[p].append(o)
            for p in sorted(preds):
                lines.append(f"{p} " + ", ".join(sorted(preds[p])))
            out.append(" ;\n    ".join(lines) + " .")
        return "\n".join(out) + "\n"


# ===========================================================================
# Self-check with rdflib
# ===========================================================================

def self_check(path: Path) -> list[str]:
    import rdflib
    from rdflib import OWL, RDF, RDFS

    g = rdflib.Graph()
    g.parse(path, format="turtle")
    failures: list[str] = []

    classes = set(g.subjects(RDF.type, OWL.Class))
    supers: dict = defaultdict(set)
    for c, p in g.subject_objects(RDFS.subClassOf):
        supers[c].add(p)

    depth_cache: dict = {}

    def depth(c, stack=()):
        if c in depth_cache:
            return depth_cache[c]
        if c in stack:
            raise RuntimeError(f"subclass cycle at {c}")
        d = 0 if not supers[c] else 1 + max(depth(p, stack + (c,)) for p in supers[c])
        depth_cache[c] = d
        return d

    max_depth = max(depth(c) for c in classes)

    def closure(c):
        seen, todo = {c}, [c]
        while todo:
            for p in supers[todo.pop()]:
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    anc = {c: closure(c) for c in classes}
    oprops = set(g.subjects(RDF.type, OWL.ObjectProperty))
    dprops = set(g.subjects(RDF.type, OWL.DatatypeProperty))
    dom = {p: set(g.objects(p, RDFS.domain)) for p in oprops}
    rng = {p: set(g.objects(p, RDFS.range)) for p in oprops}
    lacking = [p for p in oprops
               if len(dom[p]) != 1 or len(rng[p]) != 1
               or not dom[p] <= classes or not rng[p] <= classes
               or not list(g.objects(p, RDFS.label))
               or not list(g.objects(p, rdflib.URIRef(KGP + "pattern")))]
    sp_edges = [(a, b) for a, b in g.subject_objects(RDFS.subPropertyOf)
                if a in oprops and b in oprops]
    sp_super = defaultdict(set)
    for a, b in sp_edges:
        sp_super[a].add(b)
    chains = sum(1 for a, b in sp_edges if sp_super[b])

    def prop_closure(p):
        seen, todo = {p}, [p]
        while todo:
            for q in sp_super[todo.pop()]:
                if q not in seen:
                    seen.add(q)
                    todo.append(q)
        return seen

    types: dict = defaultdict(set)
    for s, o in g.subject_objects(RDF.type):
        if o in classes:
            types[s].add(o)
    instances = {s for s in types if s not in classes and s not in oprops}
    multi_typed = [s for s in instances if len(types[s]) != 1]
    unlabelled = [s for s in instances if not list(g.objects(s, RDFS.label))]
    relations = [(s, p, o) for s, p, o in g if p in oprops]
    dangling = [(s, p, o) for s, p, o in relations if s not in instances or o not in instances]
    violations = []
    for s, p, o in relations:
        if s not in instances or o not in instances:
            continue
        (ts,), (to,) = types[s], types[o]
        for q in prop_closure(p):
            if not dom[q] <= anc[ts] or not rng[q] <= anc[to]:
                violations.append((s, q, o))
    sub_triples = sum(1 for s, p, o in relations if sp_super[p])
    classes_with_instances = {next(iter(types[s])) for s in instances}
    de_labels = sum(1 for c in classes for lab in g.objects(c, RDFS.label)
                    if getattr(lab, "language", None) == "de")
    class_labels = [str(lab) for c in classes for lab in g.objects(c, RDFS.label)
                    if getattr(lab, "language", None) == "en"]
    inst_labels = [str(lab) for s in instances for lab in g.objects(s, RDFS.label)]
    bnodes = [t for t in g if any(isinstance(x, rdflib.BNode) for x in t)]
    top_thing = list(g.triples((None, RDFS.subClassOf, OWL.Thing)))
    literals = sum(1 for s, p, o in g if p in dprops)

    figures = [
        ("triples", len(g)),
        ("owl:Class", len(classes)),
        ("max subclass depth (edges)", max_depth),
        ("classes with a German label", de_labels),
        ("object properties", len(oprops)),
        ("object properties lacking domain/range/label/pattern", len(lacking)),
        ("datatype properties", len(dprops)),
        ("datatype property values", literals),
        ("subPropertyOf edges", len(sp_edges)),
        ("subPropertyOf chains of length 2", chains),
        ("named instances", len(instances)),
        ("classes with instances", len(classes_with_instances)),
        ("instances without label or type", len(unlabelled)),
        ("instances with more than one asserted class", len(multi_typed)),
        ("relation triples (instance-instance)", len(relations)),
        ("relation triples using a subproperty", sub_triples),
        ("relation triples with a non-instance end", len(dangling)),
        ("domain/range violations (with rdfs7 closure)", len(violations)),
        ("blank-node triples", len(bnodes)),
        ("duplicate class labels", len(class_labels) - len(set(class_labels))),
        ("duplicate instance labels", len(inst_labels) - len(set(inst_labels))),
    ]
    width = max(len(k) for k, _ in figures)
    print("Self-check of", path)
    for k, v in figures:
        print(f"  {k:<{width}}  {v}")

    def need(cond, msg):
        if not cond:
            failures.append(msg)

    need(len(classes) >= MIN_CLASSES, f"fewer than {MIN_CLASSES} classes")
    need(max_depth >= MIN_DEPTH, f"hierarchy shallower than {MIN_DEPTH}")
    need(len(oprops) >= MIN_OBJECT_PROPERTIES, "too few object properties")
    need(not lacking, f"object properties lacking domain/range: {lacking[:5]}")
    need(MIN_DATATYPE_PROPERTIES <= len(dprops) <= MAX_DATATYPE_PROPERTIES,
         "wrong number of datatype properties")
    need(len(sp_edges) >= MIN_SUBPROPERTY_EDGES, "too few subPropertyOf edges")
    need(chains >= MIN_SUBPROPERTY_CHAINS, "too few subPropertyOf chains")
    need(sub_triples >= MIN_SUBPROPERTY_TRIPLES, "too few triples with a subproperty")
    need(len(instances) >= MIN_INSTANCES, "too few instances")
    need(len(classes_with_instances) >= MIN_CLASSES_WITH_INSTANCES,
         "too few classes with instances")
    need(len(relations) >= MIN_RELATIONS, "too few relation triples")
    need(not unlabelled, "instances without label")
    need(not multi_typed, f"instances with several types: {multi_typed[:5]}")
    need(not dangling, f"dangling relation triples: {dangling[:5]}")
    need(not violations, f"domain/range violations: {violations[:5]}")
    need(not bnodes, "blank nodes present")
    need(not top_thing, "owl:Thing used as a superclass")
    need(len(class_labels) == len(set(class_labels)), "duplicate class labels")
    need(len(inst_labels) == len(set(inst_labels)), "duplicate instance labels")
    need(not list(g.triples((None, OWL.imports, None))), "owl:imports present")
    return failures


def build(data: Path = DATA) -> Builder:
    """Load and check the tables under ``data``; ``errors`` lists what is wrong."""
    b = Builder()
    b.load_schema(data)
    for path in sorted((data / "facts").glob("*.tsv")):
        b.load_table(path)
    b.derive()
    b.validate()
    return b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder of the TSV tables (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=OUT, help="Turtle file to write (default: %(default)s)")
    args = ap.parse_args(argv)
    b = build(args.data)
    if b.errors:
        for e in b.errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(b.errors)} error(s); nothing written", file=sys.stderr)
        return 1
    args.out.write_text(b.turtle(), encoding="utf-8")
    print(f"wrote {args.out}")
    try:
        failures = self_check(args.out)
    except ImportError:
        print("FAIL: rdflib is needed for the self-check", file=sys.stderr)
        return 1
    if failures:
        for f in failures:
            print("FAIL:", f, file=sys.stderr)
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
