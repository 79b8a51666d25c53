"""--semantics owl / owl-rl: what an OWL reasoner entails is gold, never a distractor.

The fixture tests/fixtures/owl_defined.owl is a mini pizza ontology whose
VegetarianPizza, CheeseyPizza and VegetarianTopping are defined by
owl:equivalentClass to restrictions. The independent reference is the
hand-listed OWL hierarchy below (worked out from the axioms, not from a
reasoner's output).
"""

import json
import random
import shutil
import sys

import networkx as nx
import pytest
from rdflib import BNode, URIRef
from rdflib.namespace import RDF, RDFS

from conftest import FIXTURES, run_cli
from kgprobe.ontology.load import load_ontology
from kgprobe.probes.battery import load_battery
from kgprobe.probes.generate import generate_probes
from kgprobe.reasoning.owl import apply_semantics, missing_edges

OWL_FILE = FIXTURES / "owl_defined.owl"
P = "http://example.org/pizza#"

# every named superclass of every class under OWL semantics (by hand)
OWL_SUPERS = {
    "Food": set(),
    "Pizza": {"Food"},
    "NamedPizza": {"Pizza", "Food"},
    "VegetarianPizza": {"Pizza", "Food"},
    "CheeseyPizza": {"Pizza", "Food"},
    "Margherita": {"NamedPizza", "VegetarianPizza", "CheeseyPizza", "Pizza", "Food"},
    "Americana": {"NamedPizza", "CheeseyPizza", "Pizza", "Food"},
    "PizzaTopping": {"Food"},
    "VegetarianTopping": {"PizzaTopping", "Food"},
    "CheeseTopping": {"VegetarianTopping", "PizzaTopping", "Food"},
    "MozzarellaTopping": {"CheeseTopping", "VegetarianTopping", "PizzaTopping", "Food"},
    "VegetableTopping": {"VegetarianTopping", "PizzaTopping", "Food"},
    "TomatoTopping": {"VegetableTopping", "VegetarianTopping", "PizzaTopping", "Food"},
    "MeatTopping": {"PizzaTopping", "Food"},
    "HamTopping": {"MeatTopping", "PizzaTopping", "Food"},
}
OWL_TYPES = {  # every named type of every individual under OWL semantics
    "myMargherita": {"Margherita"} | OWL_SUPERS["Margherita"],
    "someMozzarella": {"MozzarellaTopping"} | OWL_SUPERS["MozzarellaTopping"],
    "tonightsPizza": {"CheeseyPizza", "Pizza", "Food"},
}
# the direct edges RDFS misses: what --semantics owl must add, no more
OWL_ADDED = {
    ("Americana", "subClassOf", "CheeseyPizza"),
    ("CheeseTopping", "subClassOf", "VegetarianTopping"),
    ("CheeseyPizza", "subClassOf", "Pizza"),
    ("Margherita", "subClassOf", "CheeseyPizza"),
    ("Margherita", "subClassOf", "VegetarianPizza"),
    ("VegetableTopping", "subClassOf", "VegetarianTopping"),
    ("VegetarianPizza", "subClassOf", "Pizza"),
    ("VegetarianTopping", "subClassOf", "PizzaTopping"),
    ("tonightsPizza", "type", "CheeseyPizza"),
}

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


def short(t) -> tuple:
    s, p, o = t
    return (str(s)[len(P):], "type" if p == RDF.type else "subClassOf", str(o)[len(P):])


def supers(onto) -> dict:
    """Every named superclass per class, from the ontology's named hierarchy."""
    g = nx.DiGraph(onto.subclass_of)
    g.add_nodes_from(onto.classes)
    return {c[len(P):]: {d[len(P):] for d in nx.descendants(g, c)} for c in onto.classes}


@pytest.fixture(scope="module")
def plain():
    return load_ontology(str(OWL_FILE))


@pytest.fixture(scope="module")
def hermit(plain):
    if shutil.which("java") is None:
        pytest.skip("HermiT needs Java")
    return apply_semantics(plain, "owl")


def probes_of(onto, task, subject):
    probes, _ = generate_probes(onto, load_battery("default"))
    return [p for p in probes if p.task == task and p.subject_iri == P + subject and not p.family]


def test_rdfs_leaves_owl_entailments_as_distractors(plain):
    """The defect --semantics owl fixes: under RDFS, "vegetarian pizza" is a
    wrong answer to "Margherita is a [Y]", and VegetarianPizza has no superclass."""
    assert plain.semantics == {"semantics": "rdfs"}
    assert apply_semantics(plain, "rdfs") is plain
    marg = probes_of(plain, "SCO", "Margherita")
    assert marg
    for p in marg:
        assert "vegetarian pizza" not in p.gold
        assert "vegetarian pizza" in p.candidates  # a distractor
    assert probes_of(plain, "SCO", "VegetarianPizza") == []


def test_owl_adds_exactly_the_missing_direct_edges(hermit):
    assert {short(t) for t in hermit.inferred} == OWL_ADDED
    for t in hermit.inferred:
        assert all(isinstance(x, URIRef) for x in t), t
        assert not any(isinstance(x, BNode) or str(x).startswith("_:") for x in t)
    assert hermit.semantics["semantics"] == "owl"
    assert hermit.semantics["reasoner"] == "HermiT"
    assert hermit.semantics["inferred_subclass_of"] == 8 and hermit.semantics["inferred_types"] == 1
    assert hermit.semantics["unsatisfiable"] == []


def test_owl_hierarchy_equals_the_hand_listed_one(hermit, plain):
    assert supers(hermit) == OWL_SUPERS
    assert supers(plain) != OWL_SUPERS  # RDFS alone does not get there


def test_owl_entailments_are_gold_never_distractors(hermit):
    probes, _ = generate_probes(hermit, load_battery("default"))
    labels = {c: hermit.classes[P + c].label for c in OWL_SUPERS}
    checked = 0
    for p in probes:
        if p.family or p.task not in ("SCO", "TP"):
            continue
        name = p.subject_iri[len(P):]
        true = OWL_SUPERS[name] if p.task == "SCO" else OWL_TYPES[name]
        true_labels = {labels[c] for c in true}
        assert set(p.gold) == true_labels, (p.prompt, p.gold)
        wrong = set(p.candidates) - set(p.gold)
        assert not wrong & true_labels, (p.prompt, wrong & true_labels)
        checked += 1
    assert checked >= 30
    marg = [p for p in probes if p.task == "SCO" and p.subject_iri == P + "Margherita" and not p.family]
    assert marg and all("vegetarian pizza" in p.gold for p in marg)


def test_owl_rl_is_sound_but_misses_universals(plain):
    rl = apply_semantics(plain, "owl-rl")
    assert rl.semantics["semantics"] == "owl-rl" and rl.semantics["reasoner"].startswith("owlrl")
    got = supers(rl)
    for c, sup in got.items():
        assert sup <= OWL_SUPERS[c], c  # nothing HermiT does not also entail
    assert got["VegetarianPizza"] == {"Pizza", "Food"}  # intersection: in OWL 2 RL
    assert "VegetarianPizza" not in got["Margherita"]  # needs the universal restriction
    assert all(isinstance(x, URIRef) for t in rl.inferred for x in t)


@pytest.mark.parametrize("semantics", ["owl", "owl-rl"])
def test_named_equivalence_and_unsatisfiable_class(semantics):
    if semantics == "owl" and shutil.which("java") is None:
        pytest.skip("HermiT needs Java")
    q = "http://example.org/eq#"
    onto = apply_semantics(load_ontology(str(FIXTURES / "owl_equivalent.ttl")), semantics)
    g = nx.DiGraph(onto.subclass_of)
    g.add_nodes_from(onto.classes)
    sup = {c[len(q):]: {d[len(q):] for d in nx.descendants(g, c)} for c in onto.classes}
    # A and B share one definition: equivalent, so each is the other's superclass
    assert sup["A"] == {"B"} and sup["B"] == {"A"} and sup["Sub"] == {"A", "B"}
    assert sup["X"] == {"C", "D", "Top"}  # asserted only: nothing added below an unsatisfiable class
    assert all(q + "X" not in (str(t[0]), str(t[2])) for t in onto.inferred)
    if semantics == "owl":
        assert onto.semantics["unsatisfiable"] == [q + "X"]


def test_missing_edges_minimal_and_complete_on_random_graphs():
    rnd = random.Random(5)
    for _ in range(200):
        n = rnd.randint(2, 8)
        nodes = list(range(n))
        asserted = {(a, b) for a in nodes for b in nodes if a != b and rnd.random() < 0.15}
        entailed = {(a, b) for a in nodes for b in nodes if a != b and rnd.random() < 0.2}
        added = missing_edges(asserted, entailed)

        def closure(edges):
            g = nx.DiGraph()
            g.add_nodes_from(nodes)
            g.add_edges_from(edges)
            return set(nx.transitive_closure(g, reflexive=False).edges())

        target = closure(asserted | entailed)
        assert closure(asserted | set(added)) == target
        assert not set(added) & closure(asserted)
        for e in added:  # each added edge is needed
            assert closure(asserted | (set(added) - {e})) != target


def test_missing_edges_keeps_equivalences():
    # B and C equivalent (a cycle), A below both: A->B, B->C, C->B are direct
    added = missing_edges([], [("A", "B"), ("A", "C"), ("B", "C"), ("C", "B")])
    assert set(added) >= {("B", "C"), ("C", "B")}
    assert ("A", "B") in added or ("A", "C") in added


@needs_java
def test_stats_json_records_semantics():
    r = run_cli("ontology", "stats", OWL_FILE, "--json", "--semantics", "owl")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    sem = s["semantics"]
    assert sem["semantics"] == "owl" and sem["reasoner"] == "HermiT" and sem["reasoner_version"]
    assert sem["via"].startswith("owlready2 ")
    assert (sem["inferred_subclass_of"], sem["inferred_types"]) == (8, 1)
    assert s["timings"]["reasoner_s"] > 0
    r = run_cli("ontology", "stats", OWL_FILE, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["semantics"] == {"semantics": "rdfs"}


def test_missing_java_is_one_line_exit_2(tmp_path):
    r = run_cli("ontology", "stats", OWL_FILE, "--semantics", "owl", env={"PATH": str(tmp_path)})
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "java" in lines[0].lower() and "install" in lines[0], r.stderr


@needs_java
def test_run_records_semantics_in_results(tmp_path):
    out = tmp_path / "runs"
    r = run_cli("run", "--model", "baseline:random", "--ontology", OWL_FILE, "--semantics", "owl",
                "--out", out, "--no-progress")
    assert r.returncode == 0, r.stderr
    res = json.loads(next(out.rglob("results.json")).read_text())
    assert res["config"]["semantics"] == "owl"
    assert res["manifest"]["semantics"]["reasoner"] == "HermiT"
    assert res["manifest"]["semantics"]["inferred_subclass_of"] == 8
    # the same run folder under rdfs semantics is another run, named as such
    r = run_cli("run", "--model", "baseline:random", "--ontology", OWL_FILE, "--out", out, "--no-progress")
    assert r.returncode == 2 and "semantics" in r.stderr, r.stderr


def test_semantics_with_a_probes_file_is_refused(tmp_path):
    probes = tmp_path / "p.jsonl"
    r = run_cli("probes", OWL_FILE, "-o", probes)
    assert r.returncode == 0, r.stderr
    r = run_cli("run", "--model", "baseline:random", "--probes", probes, "--semantics", "owl-rl",
                "--out", tmp_path / "runs", "--no-progress")
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "--semantics" in r.stderr, r.stderr


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
