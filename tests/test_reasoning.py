"""The RDFS closure against owlrl, and its provenance."""

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kgprobe.ontology.load import load_ontology
from kgprobe.reasoning import RULES, rdfs_closure
from kgprobe.reasoning.reference import owlrl_closure
from conftest import FIXTURES

EX = "http://example.org/tricky#"
T = "https://kgprobe.org/tiny/ontology/"
R = "https://kgprobe.org/tiny/resource/"


def u(x):
    return URIRef(x)


@pytest.mark.parametrize("name", ["tiny.ttl", "tricky.ttl"])
def test_closure_equals_owlrl(name):
    onto = load_ontology(str(FIXTURES / name))
    mine = rdfs_closure(onto)
    ref = owlrl_closure(onto.triples)
    assert mine.all_triples == ref
    assert all(mine.counts()[r] > 0 for r in RULES)


def test_closure_equals_owlrl_on_world():
    onto = load_ontology("world")
    assert rdfs_closure(onto).all_triples == owlrl_closure(onto.triples)


@pytest.fixture(scope="module")
def tricky():
    return rdfs_closure(load_ontology(str(FIXTURES / "tricky.ttl")))


def test_multiple_inheritance(tricky):
    for sup in ("Boat", "Plane", "Aircraft", "Vehicle", "Artifact"):
        assert (u(EX + "Catalina"), RDF.type, u(EX + sup)) in tricky.all_triples


def test_cycle_gives_reflexive_subclass_and_terminates(tricky):
    assert (u(EX + "Human"), RDFS.subClassOf, u(EX + "Human")) in tricky.all_triples
    assert (u(EX + "Ada"), RDF.type, u(EX + "HumanBeing")) in tricky.all_triples
    # the property cycle makes each a subproperty of itself and copies the triple
    assert (u(EX + "sameAsA"), RDFS.subPropertyOf, u(EX + "sameAsA")) in tricky.all_triples
    assert (u(EX + "Ada"), u(EX + "sameAsB"), u(EX + "Ada2")) in tricky.all_triples


def test_domain_and_range_on_superproperty_with_provenance(tricky):
    t = (u(EX + "Annabella"), RDF.type, u(EX + "Person"))
    ders = {d.rule: d for d in tricky.derivations[t]}
    d3 = ders["rdfs3"]
    assert d3.premises == ((u(EX + "hasAncestor"), RDFS.range, u(EX + "Person")),
                           (u(EX + "Ada"), u(EX + "hasAncestor"), u(EX + "Annabella")))
    # hasMother -> hasParent -> hasAncestor: the instance premise is itself entailed twice over
    assert tricky.depth(d3.premises[1]) == 2
    assert d3.depth == 3
    # relatedTo's domain reaches Ada through a chain of three subproperties
    assert (u(EX + "Ada"), RDF.type, u(EX + "Agent")) in tricky.all_triples


def test_literal_gets_range_type_like_owlrl(tricky):
    # imported here, not at module level: pytest's fixture discovery looks up `_mock_name` on every
    # module-level name, and rdflib's XSD warns "Code: _mock_name is not defined in namespace XSD"
    from rdflib.namespace import XSD

    assert (Literal("36", datatype=XSD.integer), RDF.type, XSD.integer) in tricky.all_triples


def test_subproperty_of_rdf_type(tricky):
    assert (u(EX + "Rex"), RDF.type, u(EX + "Child")) in tricky.derivations
    assert (u(EX + "Rex"), RDF.type, u(EX + "Person")) in tricky.all_triples


def test_provenance_premises_hold_and_rules_are_right():
    closure = rdfs_closure(load_ontology(str(FIXTURES / "tiny.ttl")))
    everything = closure.all_triples
    for triple, ders in closure.derivations.items():
        assert triple not in closure.asserted
        for d in ders:
            assert d.triple == triple and d.rule in RULES
            assert all(p in everything for p in d.premises)
            assert d.depth == 1 + max(closure.depth(p) for p in d.premises)
    # hand-worked: rdfs9 Marie Curie scientist -> person
    t = (u(R + "Marie_Curie"), RDF.type, u(T + "Person"))
    rules = {d.rule for d in closure.derivations[t]}
    assert rules == {"rdfs2", "rdfs9"}  # domain of birthPlace, and scientist subClassOf person


def test_only_selected_rules():
    onto = load_ontology(str(FIXTURES / "tiny.ttl"))
    only11 = rdfs_closure(onto, rules=["rdfs11"])
    assert set(only11.counts()) == set(RULES)
    assert only11.counts()["rdfs9"] == 0 and only11.counts()["rdfs11"] == 6
