"""Import the OntoProbe data of Wu et al. (ACL 2023) as a kgprobe ontology and probes.

``import_ontoprobe(DIR, OUTDIR)`` reads the layout of the paper's repository
(``DIR/data/ontology/{class,property}.json`` and
``DIR/data/memorizing/{type,subClassOf,subPropertyOf,domain,range}.jsonl``;
``DIR`` may also be the ``data`` folder itself) and writes

* ``OUTDIR/ontoprobe.ttl``: the class hierarchy (each class' superclass chain
  as consecutive rdfs:subClassOf edges), the property hierarchy (transitively
  reduced), domains, ranges, instance types (the finest type of each
  type.jsonl line), the example relation pairs of property.json, labels and
  the paper's property patterns (kgp:pattern);
* ``OUTDIR/probes.jsonl``: the paper's memorisation probes, with the paper's
  split per file (first 10 lines train, next 10 dev, the rest test), its
  templates, and all class labels (783) or all property labels as candidates;
  with ``first_test={"TP": 500}`` only the first 500 test lines of a task
  (TP 500 = lines 21-520 of type.jsonl, the reference code's ``zs-f``
  selection ``dataset[20:520]``; no duplicate lies before line 1,309);
  with ``reasoning=BATTERY``, followed by the reasoning probes (rdfs2/3/5/7/9/11
  in the settings the battery names) that the battery's ``reasoning``
  section generates on the imported ontology (its memorisation and parallel
  sections are ignored: memorisation is the paper's).

Duplicates: type.jsonl has 8,859 lines, of which 70 repeat an earlier line
exactly (35 instances with two type chains each, e.g. "guitarist ..." and
"instrumentalist ...", appear twice as a pair); the distinct lines number
8,789 -- the figure the paper's Table 1 gives as the TP test set, although
the paper's own loader keeps the duplicates and tests on lines 21-8,859
(8,839). No 10/10/rest split of the file gives 8,789 test lines: deduplicated
it gives 10/10/8,769. By default the duplicates are dropped (and counted);
``keep_duplicates=True`` reproduces the paper's loader.

Labels: three superclass labels in class.json's chains are spelt with
hyphens, slashes or parentheses ("on-site mean of transportation") where the
class itself is "on site mean of transportation"; as the paper's loader does
(it replaces ``-()/`` by spaces), they are matched to the class.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional, Union
from urllib.parse import quote

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kgprobe.errors import KgprobeError
from kgprobe.io import atomic_write
from kgprobe.probes.memorisation import RELATION
from kgprobe.probes.model import Probe
from kgprobe.probes.templates import (
    TEMPLATES,
    capitalise,
    property_values,
    render,
    with_article,
)

KGP = Namespace("https://kgprobe.org/vocab#")
BASE = "https://kgprobe.org/ontoprobe/"
CLASS_NS = BASE + "class/"
PROP_NS = BASE + "property/"
RES_NS = BASE + "resource/"

FILES = {
    "class": "ontology/class.json",
    "property": "ontology/property.json",
    "TP": "memorizing/type.jsonl",
    "SCO": "memorizing/subClassOf.jsonl",
    "SPO": "memorizing/subPropertyOf.jsonl",
    "DM": "memorizing/domain.jsonl",
    "RG": "memorizing/range.jsonl",
}
TASK_ORDER = ("TP", "SCO", "SPO", "DM", "RG")
#: the paper's templates (scripts/memorizing/*.sh); the first is the default
PAPER_TEMPLATES = {
    "TP": ["tp_is_a", "tp_has_class", "tp_particular"],
    "SCO": ["sco_is_a", "sco_has_class", "sco_particular"],
    "SPO": ["spo_implies"],
    "DM": ["dm_one_has_to_be"],
    "RG": ["rg_one_has_to_be"],
}
TRAIN, DEV = 10, 10
#: the paper's Table 1 test counts
TABLE1_TEST = {"TP": 8789, "SCO": 701, "SPO": 39, "DM": 30, "RG": 28}


def _turtle(g: Graph) -> str:
    """The graph as Turtle, the same bytes whatever PYTHONHASHSEED is.

    rdflib's serializer names the namespaces it needs ns1, ns2, ... in the order it meets
    them, which follows set iteration: the file's sha256, and every run fingerprint over it,
    changed from one import to the next. A first pass learns which namespaces get generated
    prefixes; the second binds them in sorted order on a copy.
    """
    g.serialize(format="turtle")
    generated = sorted(str(ns) for prefix, ns in g.namespace_manager.namespaces() if re.fullmatch(r"ns\d+", prefix))
    fixed = Graph()
    for prefix, ns in g.namespace_manager.namespaces():
        if not re.fullmatch(r"ns\d+", prefix):
            fixed.bind(prefix, ns)
    for k, ns in enumerate(generated, 1):
        fixed.bind(f"ns{k}", ns)
    fixed += g
    return fixed.serialize(format="turtle")


def normalise(label: str) -> str:
    """The paper's candidate normalisation: ``-()/`` -> space, spaces collapsed."""
    return " ".join(re.sub(r"[-()/]", " ", label).split())


def _data_dir(path: Union[str, Path]) -> Path:
    d = Path(path).expanduser()
    if not d.is_dir():
        raise KgprobeError(f"{path}: not a directory (expected the OntoProbe data layout, see FORMAT.md)")
    for cand in (d / "data", d):
        if (cand / "ontology").is_dir() or (cand / "memorizing").is_dir():
            d = cand
            break
    missing = [rel for rel in FILES.values() if not (d / rel).is_file()]
    if missing:
        raise KgprobeError(f"{path}: not OntoProbe data: missing {', '.join(missing)}")
    return d


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KgprobeError(f"{path}: cannot read JSON ({str(exc).splitlines()[0]})") from None


def _read_jsonl(path: Path, task: str) -> list[tuple[int, str, dict]]:
    out = []
    try:
        lines = path.read_bytes().split(b"\n")
    except OSError as exc:
        raise KgprobeError(f"{path}: cannot read ({exc.strerror})") from None
    for i, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise KgprobeError(f"{path}:{i}: not UTF-8 text") from None
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except ValueError as exc:
            raise KgprobeError(f"{path}:{i}: malformed JSON ({str(exc).splitlines()[0]})") from None
        if not isinstance(d, dict) or "uuu" not in d or "xxx" not in d:
            raise KgprobeError(f"{path}:{i}: expected an object with 'uuu' and 'xxx'")
        _check_row(task, d, f"{path}:{i}")
        out.append((i, line.strip(), d))
    return out


def _is_str_list(v) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _is_str_map(v) -> bool:
    return isinstance(v, dict) and all(isinstance(x, str) for x in v.values())


def _check_row(task: str, d: dict, where: str) -> None:
    """The shape of one memorizing/*.jsonl line (FORMAT.md); KgprobeError naming the field."""
    if task in ("TP", "SCO"):
        if not isinstance(d["uuu"], str):
            raise KgprobeError(f"{where}: 'uuu' must be a label (a string), not {type(d['uuu']).__name__}")
    elif not (_is_str_map(d["uuu"]) and len(d["uuu"]) == 1):
        raise KgprobeError(f"{where}: 'uuu' must be one {{label: pattern}}")
    if task == "SPO":
        if not _is_str_map(d["xxx"]):
            raise KgprobeError(f"{where}: 'xxx' must be a {{label: pattern}} mapping, not {type(d['xxx']).__name__}")
    elif not _is_str_list(d["xxx"]):
        raise KgprobeError(f"{where}: 'xxx' must be a list of labels, not {type(d['xxx']).__name__}")


def _check_entries(path: Path, entries: list, fields: dict) -> None:
    """Each entry of class.json / property.json is an object whose fields have the given shape."""
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            raise KgprobeError(f"{path}: entry {i}: expected an object, not {type(e).__name__}")
        for key, (check, what, required) in fields.items():
            if key not in e or e[key] is None:
                if required:
                    raise KgprobeError(f"{path}: entry {i}: lacks {key!r}")
                continue
            if not check(e[key]):
                raise KgprobeError(f"{path}: entry {i}: {key!r} must be {what}, not {type(e[key]).__name__}")


CLASS_FIELDS = {
    "rdfs:label": (lambda v: isinstance(v, str), "a string", True),
    "rdfs:Class": (lambda v: isinstance(v, str), "a string", True),
    "rdfs:subClassOf": (_is_str_list, "a list of labels", False),
    "is rdf:type of": (_is_str_list, "a list of labels", False),
}
PROPERTY_FIELDS = {
    "rdfs:label": (lambda v: isinstance(v, str), "a string", True),
    "rdf:Property": (lambda v: isinstance(v, str) or _is_str_list(v), "an IRI or a list of IRIs", False),
    "rdfs:subPropertyOf": (_is_str_map, "a {label: pattern} mapping", False),
    "example": (lambda v: isinstance(v, list), "a list of pairs", False),
}


def _slug(label: str) -> str:
    return quote(label.replace(" ", "_"), safe="")


class _Names:
    """Label -> IRI for classes, properties and instances."""

    def __init__(self, classes: list[dict]):
        self.class_iri: dict[str, str] = {}
        self.class_labels: list[str] = []
        self._norm: dict[str, str] = {}
        for c in classes:
            label = c.get("rdfs:label")
            iri = c.get("rdfs:Class")
            if not isinstance(label, str) or not isinstance(iri, str):
                raise KgprobeError(f"class.json: entry {c.get('id')!r} lacks rdfs:label or rdfs:Class")
            self.class_iri[label] = iri
            self.class_labels.append(label)
            self._norm.setdefault(normalise(label).lower(), label)
        self.extra_classes: dict[str, str] = {}
        self.prop_iri: dict[str, str] = {}
        self.extra_props: set[str] = set()

    def cls(self, label: str) -> tuple[str, str]:
        """(IRI, canonical label) of a class label; unknown labels get a new IRI."""
        if label in self.class_iri:
            return self.class_iri[label], label
        canon = self._norm.get(normalise(label).lower())
        if canon is not None:
            return self.class_iri[canon], canon
        iri = self.extra_classes.setdefault(label, CLASS_NS + _slug(label))
        return iri, label

    def prop(self, label: str) -> str:
        if label not in self.prop_iri:
            self.prop_iri[label] = PROP_NS + _slug(label)
            self.extra_props.add(label)
        return self.prop_iri[label]


def _one(d: dict, where: str) -> tuple[str, str]:
    if not isinstance(d, dict) or len(d) != 1:
        raise KgprobeError(f"{where}: expected one {{label: pattern}}")
    (k, v), = d.items()
    return k, v


def build(dir_: Union[str, Path], keep_duplicates: bool = False, templates: str = "first",
          first_test: Optional[dict] = None):
    """Read the data; return (rdflib Graph, probes, summary)."""
    d = _data_dir(dir_)
    classes = _read_json(d / FILES["class"])
    props = _read_json(d / FILES["property"])
    if not isinstance(classes, list) or not isinstance(props, list):
        raise KgprobeError(f"{d}: class.json and property.json must hold JSON arrays")
    _check_entries(d / FILES["class"], classes, CLASS_FIELDS)
    _check_entries(d / FILES["property"], props, PROPERTY_FIELDS)
    names = _Names(classes)
    lines = {t: _read_jsonl(d / FILES[t], t) for t in TASK_ORDER}

    g = Graph()
    g.bind("kgp", KGP)
    g.bind("owl", OWL)
    onto_iri = URIRef(BASE.rstrip("/"))
    g.add((onto_iri, RDF.type, OWL.Ontology))
    g.add((onto_iri, RDFS.label, Literal("OntoProbe (Wu et al., ACL 2023), imported by kgprobe")))
    g.add((KGP.pattern, RDF.type, OWL.AnnotationProperty))
    # the paper's labels as they are ("BobsleighAthlete"), in generated probes too
    g.add((KGP.labels, RDF.type, OWL.AnnotationProperty))
    g.add((onto_iri, KGP.labels, Literal("as-written")))

    def add_class(label: str) -> str:
        iri, canon = names.cls(label)
        g.add((URIRef(iri), RDF.type, OWL.Class))
        g.add((URIRef(iri), RDFS.label, Literal(canon, lang="en")))
        return iri

    def chain_edges(labels: list[str]) -> None:
        iris = [add_class(x) for x in labels]
        for a, b in zip(iris, iris[1:]):
            if a != b:
                g.add((URIRef(a), RDFS.subClassOf, URIRef(b)))

    for c in classes:
        chain_edges([c["rdfs:label"]] + list(c.get("rdfs:subClassOf") or []))

    # properties: IRIs (DBpedia where given), labels, patterns, hierarchy
    patterns: dict[str, str] = {}
    sup_edges: set = set()
    for p in props:
        label = p.get("rdfs:label")
        if not isinstance(label, str):
            raise KgprobeError(f"property.json: entry {p.get('id')!r} lacks rdfs:label")
        iris = p.get("rdf:Property") or []
        iris = [iris] if isinstance(iris, str) else iris  # 9 entries of the real data give one IRI as a string
        dbp = [i for i in iris if "dbpedia.org" in i]
        names.prop_iri[label] = dbp[0] if dbp else (iris[0] if iris else PROP_NS + _slug(label))
        if isinstance(p.get("pattern"), str):
            patterns.setdefault(label, p["pattern"])
    for p in props:
        for sup, pat in sorted((p.get("rdfs:subPropertyOf") or {}).items()):
            names.prop(sup)
            patterns.setdefault(sup, pat)
            sup_edges.add((p["rdfs:label"], sup))
    pattern_owner: dict[str, str] = {}
    for lab, pat in sorted(patterns.items()):
        pattern_owner.setdefault(pat, lab)

    def prop_label(label: str, pattern: str) -> str:
        """A subPropertyOf.jsonl subject: by label, else the property with the same pattern."""
        if label in names.prop_iri:
            return label
        return pattern_owner.get(pattern, label)

    for _, _, row in lines["SPO"]:
        sub, pat = _one(row["uuu"], "subPropertyOf.jsonl")
        sub = prop_label(sub, pat)
        names.prop(sub)
        patterns.setdefault(sub, pat)
        for sup, spat in sorted(row["xxx"].items()):
            names.prop(sup)
            patterns.setdefault(sup, spat)
            sup_edges.add((sub, sup))
    ph = nx.DiGraph(sorted(sup_edges))
    if nx.is_directed_acyclic_graph(ph):
        ph = nx.transitive_reduction(ph)
    for a, b in sorted(ph.edges()):
        g.add((URIRef(names.prop_iri[a]), RDFS.subPropertyOf, URIRef(names.prop_iri[b])))

    domains: dict[str, str] = {}
    ranges: dict[str, str] = {}
    for p in props:
        if isinstance(p.get("rdfs:domain"), str):
            domains[p["rdfs:label"]] = p["rdfs:domain"]
        if isinstance(p.get("rdf:range"), str):
            ranges[p["rdfs:label"]] = p["rdf:range"]
    for task, table in (("DM", domains), ("RG", ranges)):
        for _, _, row in lines[task]:
            lab, pat = _one(row["uuu"], FILES[task])
            lab = prop_label(lab, pat)
            if row["xxx"]:
                table[lab] = row["xxx"][0]
    for lab, cls in sorted(domains.items()):
        g.add((URIRef(names.prop(lab)), RDFS.domain, URIRef(add_class(cls))))
    for lab, cls in sorted(ranges.items()):
        g.add((URIRef(names.prop(lab)), RDFS.range, URIRef(add_class(cls))))
    for lab in sorted(names.prop_iri):
        iri = URIRef(names.prop_iri[lab])
        g.add((iri, RDF.type, OWL.ObjectProperty))
        g.add((iri, RDFS.label, Literal(lab, lang="en")))
        if lab in patterns:
            g.add((iri, KGP.pattern, Literal(patterns[lab])))

    def instance(label: str) -> URIRef:
        iri = URIRef(RES_NS + _slug(label))
        g.add((iri, RDFS.label, Literal(label, lang="en")))
        return iri

    for _, _, row in lines["TP"]:
        chain = row["xxx"]
        if chain:
            g.add((instance(row["uuu"]), RDF.type, URIRef(add_class(chain[0]))))
            chain_edges(chain)
    for c in classes:
        for inst in c.get("is rdf:type of") or []:
            g.add((instance(inst), RDF.type, URIRef(names.class_iri[c["rdfs:label"]])))
    for p in props:
        piri = URIRef(names.prop_iri[p["rdfs:label"]])
        for pair in p.get("example") or []:
            if isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair):
                g.add((instance(pair[0]), piri, instance(pair[1])))

    probes, summary = _probes(lines, names, patterns, domains, ranges, prop_label, keep_duplicates, templates,
                              first_test)
    summary["ontology"] = {
        "classes": len(set(g.subjects(RDF.type, OWL.Class))),
        "properties": len(names.prop_iri),
        "instances": len({s for s, o in g.subject_objects(RDF.type) if str(s).startswith(RES_NS)}),
        "triples": len(g),
    }
    return g, probes, summary


def _probes(lines, names: _Names, patterns, domains, ranges, prop_label, keep_duplicates: bool, templates: str,
            first_test: Optional[dict] = None):
    if templates not in ("first", "all"):
        raise KgprobeError(f"unknown templates choice {templates!r} (first or all)")
    first_test = dict(first_test or {})
    for task, n in first_test.items():
        if task not in TASK_ORDER:
            raise KgprobeError(f"first test lines: unknown task {task!r} (one of {', '.join(TASK_ORDER)})")
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise KgprobeError(f"first test lines of {task}: expected a positive integer, not {n!r}")
    class_cands = sorted(set(names.class_labels), key=lambda s: (s.casefold(), s))
    prop_cands = sorted(set(names.prop_iri), key=lambda s: (s.casefold(), s))
    summary = {"by_task": {}, "duplicates": {}, "table1_test": dict(TABLE1_TEST), "candidates": {
        "classes": len(class_cands), "properties": len(prop_cands)}, "first_test": {}}
    out: list[Probe] = []
    for task in TASK_ORDER:
        tids = PAPER_TEMPLATES[task] if templates == "all" else PAPER_TEMPLATES[task][:1]
        seen: set = set()
        dups = 0
        counts = {"train": 0, "dev": 0, "test": 0}
        position = 0
        for lineno, raw, row in lines[task]:
            key = json.dumps(row, sort_keys=True)
            if key in seen and not keep_duplicates:
                dups += 1
                continue
            seen.add(key)
            split = "train" if position < TRAIN else ("dev" if position < TRAIN + DEV else "test")
            if split == "test" and task in first_test and counts["test"] >= first_test[task]:
                break
            position += 1
            counts[split] += 1
            if task in ("TP", "SCO"):
                subject = row["uuu"]
                gold = [names.cls(x)[1] for x in row["xxx"]]
                if task == "TP":
                    s_iri = RES_NS + _slug(subject)
                else:
                    s_iri, subject = names.cls(subject)
                vals = {"[X]": subject, "[X:a]": with_article(subject)}
                cands = class_cands
            else:
                lab, pat = _one(row["uuu"], FILES[task])
                lab = prop_label(lab, pat)
                s_iri = names.prop_iri.get(lab) or names.prop(lab)
                subject = lab
                vals = property_values(lab, pat, domains.get(lab), ranges.get(lab))
                if task == "SPO":
                    gold = list(row["xxx"].keys())
                    cands = prop_cands
                else:
                    gold = [names.cls(x)[1] for x in row["xxx"]]
                    cands = class_cands
            gold = list(dict.fromkeys(gold))
            missing = [x for x in gold if x not in cands]
            use_cands = cands if not missing else sorted(set(cands) | set(missing), key=lambda s: (s.casefold(), s))
            for tid in tids:
                t = TEMPLATES.get(tid)
                out.append(Probe(
                    task=task, kind="memorisation", prompt=capitalise(render(t.text, vals)), candidates=use_cands,
                    gold=gold, template=tid, subject=subject, subject_iri=s_iri, relation=RELATION[task],
                    group=f"ontoprobe:{task}:{lineno}", split=split,
                    meta={"source": "ontoprobe", "file": FILES[task], "line": lineno},
                ))
        summary["by_task"][task] = counts
        summary["duplicates"][task] = dups
        if task in first_test:
            last = max((p.meta["line"] for p in out if p.task == task), default=0)
            summary["first_test"][task] = {"n": counts["test"], "last_line": last}
    summary["total"] = len(out)
    return out, summary


def reasoning_probes_on(ttl: Union[str, Path], battery: Union[str, Path], n: Optional[int] = None):
    """(probes, summary) of ``battery``'s reasoning section alone on the
    ontology file ``ttl`` (``n``: derivations per rule instead of the battery's)."""
    import dataclasses

    from kgprobe.ontology.load import load_ontology
    from kgprobe.probes.battery import load_battery
    from kgprobe.probes.generate import generate_probes

    b = load_battery(battery)
    if b.reasoning is None:
        raise KgprobeError(f"battery {b.name!r} ({b.path}) has no reasoning section")
    reasoning = b.reasoning if n is None else dataclasses.replace(b.reasoning, n=n)
    b = dataclasses.replace(b, memorisation={}, order=None, multi=None, set=None, reasoning=reasoning)
    probes, summary = generate_probes(load_ontology(str(ttl)), b)
    return probes, summary


def import_ontoprobe(dir_: Union[str, Path], outdir: Union[str, Path], keep_duplicates: bool = False,
                     templates: str = "first", first_test: Optional[dict] = None,
                     reasoning: Optional[str] = None, reasoning_n: Optional[int] = None) -> dict:
    """Write OUTDIR/ontoprobe.ttl and OUTDIR/probes.jsonl; return the summary."""
    from kgprobe.probes.generate import dump_jsonl

    if reasoning_n is not None and (isinstance(reasoning_n, bool) or not isinstance(reasoning_n, int)
                                    or reasoning_n < 1):
        raise KgprobeError(f"derivations per rule: expected a positive integer, not {reasoning_n!r}")
    g, probes, summary = build(dir_, keep_duplicates, templates, first_test)
    out = Path(outdir).expanduser()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgprobeError(f"{outdir}: cannot create ({exc.strerror})") from None
    ttl = out / "ontoprobe.ttl"
    text = _turtle(g)
    header = ("# OntoProbe (Wu et al., ACL 2023: github.com/vickywu1022/OntoProbe-PLMs), imported by\n"
              "# `kgprobe import ontoprobe`. Data derived from DBpedia and Wikidata.\n")
    text = header + text
    if reasoning:
        import tempfile

        from kgprobe.probes.generate import summarise

        # the reasoning probes are generated on the imported ontology, read from a
        # scratch copy so that the real files appear together or not at all
        with tempfile.TemporaryDirectory(dir=out) as scratch:
            tmp_ttl = Path(scratch) / ttl.name
            tmp_ttl.write_text(text, encoding="utf-8")
            rprobes, rsum = reasoning_probes_on(tmp_ttl, reasoning, reasoning_n)
        summary["reasoning"] = {"battery": rsum["battery"], "n": reasoning_n, "total": rsum["total"],
                                "by_split": rsum["by_split"], "dropped": rsum["dropped"],
                                "test_by_rule_setting": summarise(
                                    p for p in rprobes if p.split == "test")["by_rule_setting"]}
        probes = probes + rprobes
        summary["total"] = len(probes)
    # both files or neither: each goes to a temporary file, renamed only when both are written
    with atomic_write(ttl) as f_ttl, atomic_write(out / "probes.jsonl") as f_probes:
        f_ttl.write(text)
        dump_jsonl(probes, f_probes)
    summary["files"] = {"ontology": str(ttl), "probes": str(out / "probes.jsonl")}
    return summary


def format_import_summary(summary: dict) -> str:
    lines = [f"{'task':<5} {'train':>6} {'dev':>6} {'test':>7} {'Table 1':>8} {'dup. dropped':>13}"]
    for task, c in summary["by_task"].items():
        lines.append(f"{task:<5} {c['train']:>6} {c['dev']:>6} {c['test']:>7} {summary['table1_test'][task]:>8} "
                     f"{summary['duplicates'][task]:>13}")
    o = summary.get("ontology", {})
    lines.append(f"ontology: {o.get('classes')} classes, {o.get('properties')} properties, "
                 f"{o.get('instances')} instances, {o.get('triples')} triples")
    for task, f in (summary.get("first_test") or {}).items():
        lines.append(f"{task}: the first {f['n']} test lines only (up to line {f['last_line']} of {FILES[task]})")
    r = summary.get("reasoning")
    if r:
        settings = [f"{a}-{b}" for a in ("EX", "IM", "NO") for b in ("EX", "IM", "NO")]
        lines.append(f"reasoning (battery {r['battery']['name']}, seed {r['battery']['seed']}; "
                     f"splits {', '.join(f'{k} {v}' for k, v in r['by_split'].items())}), test probes per rule x setting:")
        lines.append("  " + " " * 7 + " ".join(f"{s:>6}" for s in settings))
        for rule, row in r["test_by_rule_setting"].items():
            lines.append(f"  {rule:<7}" + " ".join(f"{row.get(s, 0):>6}" for s in settings))
    lines.append(f"candidates: {summary['candidates']['classes']} class labels, "
                 f"{summary['candidates']['properties']} property labels; {summary['total']} probes")
    for k, v in summary.get("files", {}).items():
        lines.append(f"wrote {v}")
    return "\n".join(lines)
