"""Ontologies nobody here wrote, by their shape (issue 10, items 2, 3, 5):
blank nodes, labels in another language or written as identifiers, and
schema.org's domainIncludes / rangeIncludes and metadata.

The fixtures in tests/fixtures/realworld/ are small hand-written files with
the shape of pizza.owl (RDF/XML, Portuguese-only labels, restrictions), a
schema.org-style Turtle vocabulary, and a W3C-style ontology with blank
nodes as subjects.
"""

import json
import re

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kgprobe.ontology.labels import is_identifier, is_opaque, is_usable_label
from kgprobe.ontology.load import load_ontology, ontology_from_graph
from kgprobe.probes.battery import load_battery
from kgprobe.probes.generate import generate_probes
from kgprobe.reasoning.rdfs import rdfs_closure
from conftest import FIXTURES, run_cli

RW = FIXTURES / "realworld"
FILES = ("pizza_pt.owl", "schema_like.ttl", "w3c_bnodes.ttl")
PZ = "http://www.co-ode.org/ontologies/pizza/pizza.owl#"
DBO = "http://dbpedia.org/ontology/"
S = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
# rdflib's generated blank node ids (32 hex digits after a letter) or "_:"
BNODE_ID = re.compile(r"\b[nN][0-9a-f]{32}\b|_:")


@pytest.fixture(scope="module")
def onto():
    return {f: load_ontology(str(RW / f)) for f in FILES}


def _probes(o):
    probes, summary = generate_probes(o, load_battery("default"))
    return probes, summary


# ---- 2. blank nodes ----------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_two_parses_give_byte_identical_probes_without_blank_nodes(tmp_path, name):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"p{seed}.jsonl"
        r = run_cli("probes", RW / name, "--battery", "default", "--out", out, env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    lines = outs[0].decode("utf-8").splitlines()
    assert lines
    leaks = [ln[:200] for ln in lines if BNODE_ID.search(ln)]
    assert leaks == []


@pytest.mark.parametrize("name", FILES)
def test_no_blank_node_in_the_model(onto, name):
    o = onto[name]
    iris = list(o.classes) + list(o.instances) + list(o.properties)
    iris += [x for edges in (o.subclass_of, o.subproperty_of, o.domains, o.ranges, o.types, o.relations,
                             o.domain_includes, o.range_includes) for e in edges for x in e]
    assert iris and not [i for i in iris if i.startswith("_:") or not i.startswith("http")]
    # ... while the triples the reasoner runs on keep them
    if name != "schema_like.ttl":
        assert any(isinstance(t, BNode) for tr in o.triples for t in tr)


def test_blank_node_instances_and_labels_stay_out_but_the_closure_reasons_through_them(onto):
    o = onto["w3c_bnodes.ttl"]
    assert sorted(e.label for e in o.instances.values()) == ["MIT", "Tim", "W3C"]
    labels = {e.label for t in (o.classes, o.instances, o.properties) for e in t.values()}
    assert not labels & {"someone", "an office", "agent or site"}
    # Membership subClassOf _:agentOrSite subClassOf owl:Thing: rdfs11 through the blank node
    closure = rdfs_closure(o)
    assert (URIRef(ORG + "Membership"), RDFS.subClassOf, OWL.Thing) in set(closure.entailed)
    probes, _ = _probes(o)
    assert not [p for p in probes if p.subject in ("someone", "an office")]


def test_restrictions_never_reach_also_true(onto):
    """pizza's classes have owl:Restriction superclasses; the closure's
    subClassOf triples to them must not become also-true answers."""
    o = onto["pizza_pt.owl"]
    closure = rdfs_closure(o)
    assert any(isinstance(t[2], BNode) for t in closure.all_triples if t[1] == RDFS.subClassOf)
    probes, _ = _probes(o)
    class_labels = {e.label for e in o.classes.values()}
    metas = [p.meta.get("also_true", []) for p in probes if p.task in ("SCO", "rdfs11", "TP", "rdfs9")]
    assert any(metas)
    assert all(set(m) <= class_labels for m in metas)


# ---- 3. labels -----------------------------------------------------------------


def test_portuguese_only_labels_give_english_local_names(onto):
    o = onto["pizza_pt.owl"]
    c = o.classes
    assert c[PZ + "PizzaBase"].label == "pizza base"          # not "BaseDaPizza"
    assert c[PZ + "CheeseTopping"].label == "cheese topping"  # not "CoberturaDeQueijo"
    assert c[PZ + "VegetarianPizza"].label == "vegetarian pizza"  # no label at all
    assert c[PZ + "MozzarellaTopping"].label == "Mozzarella"  # an English skos:prefLabel beats a pt rdfs:label
    assert o.properties[PZ + "hasBase"].label == "has base"   # not "temBase"
    labels = {e.label for t in (o.classes, o.instances, o.properties) for e in t.values()}
    assert not labels & {"Pais", "BaseDaPizza", "CoberturaDeQueijo", "Comida", "temBase", "Itália"}


def test_asked_language_first_and_identifiers_split(onto):
    pt = load_ontology(str(RW / "pizza_pt.owl"), lang="pt")
    assert pt.classes[PZ + "PizzaBase"].label == "base da pizza"
    assert pt.classes[PZ + "CheeseTopping"].label == "cobertura de queijo"
    assert pt.classes[PZ + "VegetarianPizza"].label == "vegetarian pizza"
    assert pt.instances[PZ + "Italy"].label == "Itália"
    s = onto["schema_like.ttl"]
    assert s.classes[S + "VacationRental"].label == "vacation rental"
    assert s.properties[S + "spatialCoverage"].label == "spatial coverage"
    assert s.classes[S + "Place"].label == "Place"  # one word: as written


def test_label_order_on_a_graph():
    g = Graph()
    g.parse(data="""
    @prefix ex: <http://example.org/o#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix owl: <http://www.w3.org/2002/07/owl#> .
    ex:TrainStation a owl:Class ; rdfs:label "Bahnhof"@de .
    ex:Harbour a owl:Class ; rdfs:label "Hafen"@de, "port" .
    ex:Airport a owl:Class ; rdfs:label "Flughafen"@de, "airfield"@en-GB, "aeroporto" .
    ex:Q42 a owl:Class ; rdfs:label "Flughafen"@de .
    ex:Q43 a owl:Class ; rdfs:label "Flughafen"@de, "3", "http://example.org/x" .
    """, format="turtle")
    o = ontology_from_graph(g, "t", "t", "0", lang="en")
    lab = {k.rsplit("#", 1)[1]: e.label for k, e in o.classes.items()}
    assert lab["TrainStation"] == "train station"  # local name before another language
    assert lab["Harbour"] == "port"                # untagged before the local name
    assert lab["Airport"] == "airfield"            # en-GB counts for en, before untagged
    # a code as local name: another language; numbers and IRIs are never picked
    assert lab["Q42"].startswith("Flughafen") and lab["Q43"].startswith("Flughafen")
    assert o.renamed  # the two "Flughafen" were qualified
    assert lab["Q42"] != lab["Q43"]


def test_individuals_keep_their_case(onto):
    o = onto["pizza_pt.owl"]
    assert o.instances[PZ + "America"].label == "America"
    assert o.instances[PZ + "Italy"].label == "Italy"
    w = onto["w3c_bnodes.ttl"]
    assert w.instances["http://example.org/people#W3C"].label == "W3C"  # a name, not an identifier to split
    probes, _ = _probes(o)
    assert any(p.subject == "America" for p in probes)
    assert not any(re.search(r"\bamerica\b", p.prompt) for p in probes)


def test_classes_with_one_label_are_told_apart(onto):
    o = onto["pizza_pt.owl"]
    a, b = o.classes[PZ + "Country"].label, o.classes[DBO + "Country"].label
    assert (a, b) == ("country (co-ode.org)", "country (dbpedia.org)")
    assert o.renamed == {PZ + "Country": "country", DBO + "Country": "country"}
    probes, _ = _probes(o)
    sco = [p for p in probes if p.task == "SCO" and p.subject_iri == PZ + "Country"]
    assert sco and all(b in p.gold and a not in p.candidates for p in sco)
    # the local name tells apart two classes of one site
    g = Graph()
    g.parse(data="""
    @prefix ex: <http://example.org/o#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ex:Hot a rdfs:Class ; rdfs:label "spicy" .
    ex:Piquant a rdfs:Class ; rdfs:label "Spicy" .
    """, format="turtle")
    o2 = ontology_from_graph(g, "t", "t", "0")
    assert sorted(e.label for e in o2.classes.values()) == ["Spicy (piquant)", "spicy (hot)"]


@pytest.mark.parametrize("text,ident,usable,opaque", [
    ("VacationRental", True, True, False), ("spatialCoverage", True, True, False),
    ("Place", False, True, False), ("W3C", False, True, False), ("has_part", True, True, False),
    ("3", False, False, True), ("2019", False, False, True), ("https://schema.org/WebAPI", False, False, True),
    ("schema:Thing", False, False, True), ("Q130", False, True, True), ("GO_0008150", True, True, True),
    ("census 2020", False, True, False),
])
def test_label_tests(text, ident, usable, opaque):
    assert (is_identifier(text), is_usable_label(text), is_opaque(text)) == (ident, usable, opaque)


# ---- 5. schema.org vocabularies ---------------------------------------------------


def test_domain_and_range_includes_give_dm_rg_probes(onto):
    o = onto["schema_like.ttl"]
    assert (S + "funder", S + "Person") in o.domain_includes  # the http://schema.org/ namespace
    assert ("http://www.w3.org/ns/sosa/madeObservation", "http://www.w3.org/ns/sosa/Sensor") in o.domain_includes
    assert o.domains == [(S + "author", S + "CreativeWork")]
    probes, summary = _probes(o)
    dm = {p.subject_iri: p for p in probes if p.task == "DM"}
    rg = {p.subject_iri: p for p in probes if p.task == "RG"}
    assert set(dm[S + "funder"].gold) == {"creative work", "Organization", "Person"}
    assert dm[S + "funder"].meta["gold_source"] == "schema:domainIncludes"
    assert rg[S + "creator"].meta["gold_source"] == "schema:rangeIncludes"
    assert set(rg[S + "creator"].gold) == {"Organization", "Person"}
    # rdfs:domain wins where both are given, and such probes carry no gold_source
    assert dm[S + "author"].gold == ["creative work"] and "gold_source" not in dm[S + "author"].meta
    assert summary["dropped"]["no_gold"]["DM"] == 0


def test_includes_are_not_rdfs_domains(onto):
    """rdfs2/rdfs3 use rdfs:domain/range only: StatisticsBureau is the object
    of schema:creator (rangeIncludes Person, Organization) and stays an
    Organization only."""
    o = onto["schema_like.ttl"]
    closure = rdfs_closure(o)
    assert closure.counts()["rdfs2"] == 0 and closure.counts()["rdfs3"] == 0
    bureau = URIRef("https://example.org/data/StatisticsBureau")
    assert (bureau, RDF.type, URIRef(S + "Person")) not in set(closure.all_triples)


def test_metadata_and_headers_are_not_instances_or_relations(onto):
    o = onto["schema_like.ttl"]
    assert sorted(e.label for e in o.instances.values()) == [
        "Census 2020", "Friday", "Monday", "Portugal", "Statistics Bureau"]
    assert S + "isPartOf" not in o.properties and S + "sameAs" not in o.properties
    assert all(p in (S + "creator", S + "spatialCoverage") for _, p, _ in o.relations)
    headers = {"http://www.co-ode.org/ontologies/pizza", "https://schema.org/", "http://www.w3.org/ns/org"}
    for name in FILES:
        assert not headers & set(onto[name].instances)
        assert not [r for r in onto[name].relations if headers & set(r)]


@pytest.mark.parametrize("name", FILES)
def test_numbers_and_iris_are_never_candidates(onto, name):
    probes, _ = _probes(onto[name])
    cands = {c for p in probes for c in p.candidates + p.gold}
    assert cands and all(is_usable_label(c) for c in cands)
    if name == "schema_like.ttl":
        assert {"three d model", "web API"} <= cands


@pytest.mark.parametrize("name", FILES)
def test_ontology_stats_on_fixtures(name, onto):
    r = run_cli("ontology", "stats", RW / name, "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    o = onto[name]
    assert (d["classes"], d["instances"], d["properties"]) == (len(o.classes), len(o.instances), len(o.properties))
    expected = {"pizza_pt.owl": (16, 5, 8), "schema_like.ttl": (16, 5, 7), "w3c_bnodes.ttl": (6, 3, 4)}[name]
    assert (d["classes"], d["instances"], d["properties"]) == expected
