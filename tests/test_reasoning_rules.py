"""The rule table (kgprobe/reasoning/rules.py) and the rule added through it:
OWL 2 RL prp-trp (transitive properties), opt-in, end to end: closure (against
owlrl), probes, templates, leaderboard column."""

import json
import random

import pytest
from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kgprobe.errors import BatteryError
from kgprobe.ontology.load import load_ontology
from kgprobe.probes.battery import load_battery, parse_battery
from kgprobe.probes.generate import generate_probes
from kgprobe.probes.reasoning import PAIRS
from kgprobe.probes.templates import DEFAULT_HYPOTHESES, TEMPLATES, Template, validate_template
from kgprobe.reasoning import Closure, rdfs_closure
from kgprobe.reasoning.rdfs import JOINS
from kgprobe.reasoning.reference import owlrl_closure
from kgprobe.reasoning.rules import ALL_RULES, DEFAULT_RULES, RULE
from conftest import FIXTURES, run_cli
from test_reasoning_fast import random_graph

EX = "http://example.org/trp/"
ONTO = FIXTURES / "transitive.ttl"
BATTERY = FIXTURES / "probes_transitive.yaml"
WITH_TRP = DEFAULT_RULES + ("prp-trp",)


def ex(x):
    return URIRef(EX + x)


# ------------------------------------------------------------------ the table
def test_every_rule_has_its_join_pairs_and_hypotheses():
    assert DEFAULT_RULES == ("rdfs2", "rdfs3", "rdfs5", "rdfs7", "rdfs9", "rdfs11")
    assert ALL_RULES == DEFAULT_RULES + ("prp-trp",)
    assert set(JOINS) == set(PAIRS) == set(ALL_RULES)
    for name in ALL_RULES:
        ids = DEFAULT_HYPOTHESES[name]
        assert ids and all(TEMPLATES.get(t).role == "hypothesis" and TEMPLATES.get(t).task == name for t in ids)
    assert RULE["rdfs9"].text() == "(m rdfs:subClassOf o), (s rdf:type m) => (s rdf:type o)"
    assert RULE["rdfs7"].relation is None and RULE["rdfs9"].relation.endswith("#type")
    assert RULE["prp-trp"].relation == "p" and not RULE["prp-trp"].default


def check_derivations(c: Closure):
    """Every derivation fits its rule's patterns (Closure.given refuses one that
    does not), its premises are in the closure and its depth is 1 + theirs."""
    everything = c.all_triples
    ders = dict(c.derivations.items())
    again = Closure.given(c.asserted, ders)
    assert again.all_triples == everything
    assert {r: n for r, n in again.counts().items() if n} == {r: n for r, n in c.counts().items() if n}
    for t, ds in ders.items():
        for d in ds:
            assert all(q in everything for q in d.premises), d
            assert d.depth == 1 + max(c.depth(q) for q in d.premises), d


# ------------------------------------------------------------------ the closure
def test_transitivity_is_opt_in():
    onto = load_ontology(str(ONTO))
    plain = rdfs_closure(onto)
    assert plain.method == "stratified" and tuple(plain.counts()) == DEFAULT_RULES
    assert (ex("Lyon"), ex("locatedIn"), ex("Europe")) not in plain.all_triples
    trp = rdfs_closure(onto, rules=WITH_TRP)
    assert trp.method == "worklist" and tuple(trp.counts()) == WITH_TRP
    assert set(trp.by_rule["prp-trp"]) == {(ex(a), ex("locatedIn"), ex(b)) for a, b in
                                          [("Lyon", "Europe"), ("Paris", "Europe"), ("Berlin", "Europe"),
                                           ("Kyoto", "Asia")]}
    (d,) = trp.derivations[(ex("Lyon"), ex("locatedIn"), ex("Europe"))]
    assert d.premises == ((ex("locatedIn"), RDF.type, OWL.TransitiveProperty),
                          (ex("Lyon"), ex("locatedIn"), ex("France")), (ex("France"), ex("locatedIn"), ex("Europe")))
    assert d.depth == 1
    assert trp.all_triples == owlrl_closure(onto.triples, transitive=True)
    assert plain.all_triples == owlrl_closure(onto.triples)
    check_derivations(trp)
    with pytest.raises(ValueError, match="stratified closure not possible"):
        rdfs_closure(onto, rules=WITH_TRP, method="stratified")
    with pytest.raises(ValueError, match="unknown rules"):
        rdfs_closure(onto, rules=["prp-nope"])


def transitive_graph(rng: random.Random) -> list:
    """random_graph plus transitive properties: chains, cycles, a transitive
    subproperty and a transitive property typed only through rdfs9."""
    tr = random_graph(rng)
    props = sorted({t[1] for t in tr if str(t[1]).startswith("http://example.org/t/")})
    props = props or [URIRef("http://example.org/t/p0")]
    nodes = [URIRef(f"http://example.org/t/n{i}") for i in range(rng.randint(2, 7))]
    for p in rng.sample(props, rng.randint(1, len(props))):
        tr.append((p, RDF.type, OWL.TransitiveProperty))
        tr += [(rng.choice(nodes), p, rng.choice(nodes)) for _ in range(rng.randint(1, 10))]
    if rng.random() < 0.3:  # transitive through a subclass of owl:TransitiveProperty
        k = URIRef("http://example.org/t/Chainy")
        tr += [(k, RDF.type, OWL.Class), (k, RDFS.subClassOf, OWL.TransitiveProperty),
               (URIRef("http://example.org/t/r"), RDF.type, k)]
        tr += [(rng.choice(nodes), URIRef("http://example.org/t/r"), rng.choice(nodes)) for _ in range(5)]
    rng.shuffle(tr)
    return tr


def test_random_graphs_with_transitivity_equal_owlrl():
    fired = 0
    for seed in range(40):
        tr = transitive_graph(random.Random(seed))
        c = rdfs_closure(tr, rules=WITH_TRP)
        fired += c.counts()["prp-trp"] > 0
        assert c.all_triples == owlrl_closure(tr, transitive=True), seed
        check_derivations(c)
        # without the rule: exactly the RDFS closure, whatever the ontology declares
        assert rdfs_closure(tr).all_triples == owlrl_closure(tr), seed
    assert fired >= 20  # most graphs exercise the rule


# ------------------------------------------------------------------ probes
@pytest.fixture(scope="module")
def trp_probes():
    probes, summary = generate_probes(load_ontology(str(ONTO)), load_battery(str(BATTERY)))
    return [p for p in probes if p.task == "prp-trp"], summary


def test_prp_trp_probes(trp_probes):
    probes, summary = trp_probes
    assert summary["by_rule_setting"]["prp-trp"] == {s: 4 for s in summary["by_rule_setting"]["prp-trp"]}
    assert len(summary["by_rule_setting"]["prp-trp"]) == 9
    lyon = {p.setting: p for p in probes if p.meta["derivation"] == f"{EX}Lyon|{EX}locatedIn|{EX}Europe"}
    ex_ex = lyon["EX-EX"]
    pw = ex_ex.subject
    assert pw != "Lyon" and ex_ex.meta["pseudowords"] == {f"{EX}Lyon": pw}
    assert ex_ex.prompt == (f"France is located in Europe . {pw} is located in France . "
                            f"Therefore, {pw} is located in [Y] .")
    assert ex_ex.gold == ["Europe"] and ex_ex.meta["also_true"] == ["France"] and "France" not in ex_ex.candidates
    instances = {"Asia", "Berlin", "Europe", "France", "Germany", "Japan", "Kyoto", "Lyon", "Paris", "Poland"}
    assert set(ex_ex.candidates) == instances - {"France"}
    assert ex_ex.relation == f"{EX}locatedIn" and ex_ex.template == "htrp_pattern"
    assert ex_ex.premises == [[f"{EX}France", f"{EX}locatedIn", f"{EX}Europe"],
                              [f"{EX}Lyon", f"{EX}locatedIn", f"{EX}France"]]
    assert ex_ex.meta["background"] == [[f"{EX}locatedIn", str(RDF.type), str(OWL.TransitiveProperty)]]
    assert ex_ex.meta["premise_facts"] == [None, None]
    assert lyon["IM-IM"].prompt == "Therefore, Lyon is located in [Y] ."
    no_ex = lyon["NO-EX"]
    m = no_ex.meta["pseudowords"][f"{EX}France"]
    assert no_ex.prompt == f"{no_ex.subject} is located in {m} . Therefore, {no_ex.subject} is located in [Y] ."
    assert all(p.candidates == ex_ex.candidates and p.gold == ["Europe"] for p in lyon.values())


def test_default_batteries_ask_for_no_opt_in_rule(tmp_path):
    onto = load_ontology(str(ONTO))
    probes, summary = generate_probes(onto, load_battery("default"))
    assert "prp-trp" not in summary["by_task"]
    # rules: all means the default rules
    b = parse_battery({"reasoning": {"rules": "all"}}, tmp_path / "b.yaml")
    assert b.reasoning.rules == list(DEFAULT_RULES)
    assert "prp-trp" not in load_battery("full").reasoning.rules


@pytest.mark.parametrize("task, text, msg", [
    ("rdfs9", "[X] [P] [Y] .", r"\[P\] \(the predicate\) is for the rules whose predicate is not fixed \(prp-trp\)"),
    ("prp-trp", "[X] is in [Y] .", r"\[P\]"),
    ("prp-trp", "[X] [P] [Y] .", None),
])
def test_predicate_placeholder(task, text, msg):
    t = Template(id="t", role="hypothesis", task=task, text=text)
    if msg is None:
        assert validate_template(t) is t
    else:
        with pytest.raises(BatteryError, match=msg):
            validate_template(t)


# ------------------------------------------------------------------ the leaderboard column
def test_leaderboard_column_appears_with_the_rule(tmp_path):
    out = tmp_path / "runs"
    r = run_cli("run", "--model", "baseline:random", "--ontology", ONTO, "--battery", BATTERY, "--out", out,
                "--no-progress")
    assert r.returncode == 0, r.stderr
    res = json.loads(next(out.glob("*/results.json")).read_text())
    assert res["metrics"]["by_task"]["prp-trp"]["n"] == 36
    r = run_cli("leaderboard", out, "--format", "md")
    assert r.returncode == 0, r.stderr
    header = next(line for line in r.stdout.splitlines() if line.startswith("|"))
    cols = [c.strip() for c in header.strip("|").split("|")]
    assert cols.index("rdfs9") < cols.index("prp-trp")
