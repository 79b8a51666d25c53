"""`kgprobe import ontoprobe` on a made-up mini copy of the OntoProbe layout,
and on the real data when it lies beside the repository (../shared/ontoprobe)."""

import json
import os
from collections import Counter

import pytest

from kgprobe.errors import KgprobeError
from kgprobe.ontology.load import load_ontology
from kgprobe.probes.generate import read_jsonl
from kgprobe.probes.ontoprobe import TABLE1_TEST, build, import_ontoprobe
from conftest import FIXTURES, REPO, run_cli

MINI = FIXTURES / "probes_ontoprobe_mini"
SHARED = REPO.parent / "shared" / "ontoprobe"


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    out = tmp_path_factory.mktemp("mini")
    summary = import_ontoprobe(MINI, out)
    return out, summary, read_jsonl(out / "probes.jsonl")


def facts(probes):
    """split -> task -> number of distinct facts (groups)."""
    c = Counter()
    for p in {p.group: p for p in probes}.values():
        c[(p.task, p.split)] += 1
    return c


def test_mini_splits_and_duplicates(mini):
    _, summary, probes = mini
    c = facts(probes)
    # every file: first 10 lines train, next 10 dev, the rest test
    assert [c[(t, "train")] for t in ("TP", "SCO", "SPO", "DM", "RG")] == [10] * 5
    assert [c[(t, "dev")] for t in ("TP", "SCO", "SPO", "DM", "RG")] == [10] * 5
    # type.jsonl: 25 lines, the last two repeat lines 22 and 23 -> 3 test facts
    assert c[("TP", "test")] == 3 and summary["duplicates"]["TP"] == 2
    assert (c[("SCO", "test")], c[("SPO", "test")], c[("DM", "test")], c[("RG", "test")]) == (2, 4, 4, 4)
    assert summary["by_task"]["TP"] == {"train": 10, "dev": 10, "test": 3}
    tp_lines = sorted(p.meta["line"] for p in probes if p.task == "TP")
    assert tp_lines == list(range(1, 24))
    assert sorted(p.meta["line"] for p in probes if p.task == "TP" and p.split == "train") == list(range(1, 11))


def test_mini_keep_duplicates(tmp_path):
    s = import_ontoprobe(MINI, tmp_path, keep_duplicates=True)
    assert s["by_task"]["TP"] == {"train": 10, "dev": 10, "test": 5} and s["duplicates"]["TP"] == 0


def test_mini_probe_content(mini):
    _, _, probes = mini
    first = {(p.task, p.meta["line"]): p for p in probes}
    tp = first[("TP", 1)]
    assert tp.prompt == "Ada Quickfoot is a [Y] ." and tp.template == "tp_is_a"
    assert tp.gold == ["runner", "athlete", "person", "agent"]
    assert len(tp.candidates) == 25 and set(tp.gold) <= set(tp.candidates)
    assert tp.relation == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    # a chain label spelt "non-profit organisation" is the class "non profit organisation"
    charity = [p for p in probes if p.task == "SCO" and p.subject == "charity"][0]
    assert charity.gold == ["non profit organisation", "organisation", "agent"]
    sco = first[("SCO", 1)]
    assert sco.prompt == "Person is a [Y] ." and sco.gold == ["agent"]
    spo = first[("SPO", 1)]
    assert spo.prompt == "Birth place implies [Y] ." and spo.gold == ["related place"]
    assert "related place" in spo.candidates and "person" not in spo.candidates
    dm = first[("DM", 1)]
    assert dm.prompt == "One has to be a particular [Y] if one was born in a city ." and dm.gold == ["person"]
    rg = first[("RG", 5)]  # "[X]'s capital is [Y] ." (country -> city)
    assert rg.prompt == "One has to be a particular [Y] if one is a country's capital ." and rg.gold == ["city"]
    rg_spouse = first[("RG", 11)]
    assert rg_spouse.prompt == "One has to be a particular [Y] if one is a person's spouse ." and rg_spouse.gold == ["person"]
    dm_spouse = first[("DM", 11)]
    assert dm_spouse.prompt == "One has to be a particular [Y] if one has a spouse ."
    odd = [p for p in probes if p.task == "TP" and p.subject in ('Ça va "Bien"', "Rainy Day {Live}")]
    assert sorted(p.prompt for p in odd) == ['Rainy Day {Live} is a [Y] .', 'Ça va "Bien" is a [Y] .']


def test_mini_ontology_loads(mini):
    out, _, _ = mini
    onto = load_ontology(str(out / "ontoprobe.ttl"))
    assert len(onto.classes) == 25
    labels = {e.label for e in onto.classes.values()}
    assert "non profit organisation" in labels and "non-profit organisation" not in labels
    by_label = {e.label: i for i, e in onto.classes.items()}
    sub = set(onto.subclass_of)
    assert (by_label["runner"], by_label["athlete"]) in sub and (by_label["athlete"], by_label["person"]) in sub
    props = {e.label: i for i, e in onto.properties.items()}
    # subproperty edges are transitively reduced: spouse -> relative -> significant person
    sp = set(onto.subproperty_of)
    assert (props["spouse"], props["relative"]) in sp and (props["relative"], props["significant person"]) in sp
    assert (props["spouse"], props["significant person"]) not in sp
    # "contributor" (a subject line) is the superproperty with the same pattern
    assert "contributor" not in props and "contributor to the work" in props
    assert onto.patterns[props["birth place"]] == "[X] was born in [Y] ."
    assert (props["birth place"], by_label["person"]) in set(onto.domains)
    inst = {e.label: i for i, e in onto.instances.items()}
    assert (inst["Ada Quickfoot"], by_label["runner"]) in set(onto.types)
    assert (inst["Fay Brush"], props["birth place"], inst["Northport"]) in set(onto.relations)


def test_import_cli_and_bad_dir(tmp_path):
    r = run_cli("import", "ontoprobe", MINI, "--out", tmp_path / "o", "--json")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["by_task"]["SCO"] == {"train": 10, "dev": 10, "test": 2}
    (tmp_path / "bad" / "data" / "ontology").mkdir(parents=True)
    r = run_cli("import", "ontoprobe", tmp_path / "bad", "--out", tmp_path / "o2")
    assert r.returncode == 2 and "missing" in r.stderr and "class.json" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    with pytest.raises(KgprobeError, match="not a directory"):
        build(tmp_path / "nowhere")


@pytest.mark.skipif(not (SHARED / "data" / "memorizing" / "type.jsonl").exists(),
                    reason="the OntoProbe data is not beside the repository (../shared/ontoprobe)")
def test_real_data_reproduces_table1():
    _, probes, summary = build(SHARED)
    c = facts(probes)
    for task in ("SCO", "SPO", "DM", "RG"):
        assert c[(task, "test")] == TABLE1_TEST[task]
        assert c[(task, "train")] == c[(task, "dev")] == 10
    # type.jsonl: 8,859 lines, 70 exact repeats; Table 1's 8,789 is the number of distinct lines
    assert summary["duplicates"]["TP"] == 70
    assert c[("TP", "train")] + c[("TP", "dev")] + c[("TP", "test")] == TABLE1_TEST["TP"] == 8789
    assert c[("TP", "test")] == 8769
    cands = {len(p.candidates) for p in probes if p.task in ("TP", "SCO", "DM", "RG")}
    assert cands == {783}
    assert all(set(p.gold) <= set(p.candidates) for p in probes)



_TURTLE_SNIPPET = """
import hashlib
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from kgprobe.probes.ontoprobe import _turtle
spaces = ["https://dbpedia.org/ontology/", "http://dbpedia.org/ontology/", "https://www.wikidata.org/wiki/Property:"]
g = Graph()
for i, ns in enumerate(spaces):
    g.add((URIRef(f"{ns}C{i}"), RDF.type, URIRef(f"{ns}K{i}")))
    g.add((URIRef(f"{ns}C{i}"), URIRef(f"{ns}p{i}"), URIRef(f"{ns}D{i}")))
plain = g.serialize(format="turtle")
fixed = _turtle(g)
assert set(Graph().parse(data=fixed, format="turtle")) == set(g)
print(hashlib.sha256(plain.encode()).hexdigest(), hashlib.sha256(fixed.encode()).hexdigest(),
      "ns1: <http://dbpedia.org/ontology/>" in fixed)
"""


def test_turtle_bytes_do_not_depend_on_hash_seed():
    """The import's Turtle names rdflib's generated prefixes (ns1, ns2, ...) in sorted namespace
    order; rdflib alone numbers them as it meets them, which follows PYTHONHASHSEED (the imported
    ontology's sha256, and so every run fingerprint over it, changed between imports)."""
    import subprocess
    import sys

    outs = []
    for seed in range(6):
        r = subprocess.run([sys.executable, "-c", _TURTLE_SNIPPET], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}, cwd=REPO)
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout.split())
    assert len({o[0] for o in outs}) > 1  # rdflib's own bytes vary with the seed
    assert len({o[1] for o in outs}) == 1 and all(o[2] == "True" for o in outs)
