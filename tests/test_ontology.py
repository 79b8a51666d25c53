"""Loading, labels, graphs and `kgprobe ontology stats`."""

import json

import networkx as nx
import pytest
from rdflib import Graph

from kgprobe.errors import OntologyError
from kgprobe.ontology.graphs import ancestors, build_graphs, max_depth
from kgprobe.ontology.labels import label_from_iri, split_words
from kgprobe.ontology.load import load_ontology
from kgprobe.ontology.model import DATATYPE_PROPERTY, OBJECT_PROPERTY
from conftest import FIXTURES, run_cli

T = "https://kgprobe.org/tiny/ontology/"
R = "https://kgprobe.org/tiny/resource/"


@pytest.fixture(scope="module")
def tiny():
    return load_ontology(str(FIXTURES / "tiny.ttl"))


def test_tiny_contents(tiny):
    assert len(tiny.classes) == 13
    assert len(tiny.instances) == 12
    assert tiny.properties[T + "birthYear"].kind == DATATYPE_PROPERTY
    assert tiny.properties[T + "birthPlace"].kind == OBJECT_PROPERTY
    assert (T + "Painter", T + "Artist") in tiny.subclass_of
    assert (T + "birthPlace", T + "relatedPlace") in tiny.subproperty_of
    assert (T + "birthPlace", T + "Person") in tiny.domains
    assert (T + "birthPlace", T + "City") in tiny.ranges
    assert (R + "Marie_Curie", T + "Scientist") in tiny.types
    assert (R + "Warsaw", T + "country", R + "Poland") in tiny.relations
    # the literal-valued birthYear is not a relation between instances
    assert all(p != T + "birthYear" for _, p, _ in tiny.relations)
    assert tiny.patterns[T + "birthPlace"] == "[X] was born in [Y] ."


def test_labels_language_and_fallback(fixtures):
    en = load_ontology(str(fixtures / "tiny.ttl"))
    de = load_ontology(str(fixtures / "tiny.ttl"), lang="de")
    assert en.classes[T + "Artist"].label == "artist"
    assert de.classes[T + "Artist"].label == "Künstler"
    assert de.classes[T + "Painter"].label == "painter"  # no @de label: English
    assert en.classes[T + "MusicalWork"].label == "musical work"  # no label at all


@pytest.mark.parametrize(
    "name,expected",
    [("SoccerPlayer", "soccer player"), ("birthPlace", "birth place"), ("New_York", "New York"),
     ("NBATeam", "NBA team"), ("city", "city")],
)
def test_split_words(name, expected):
    assert split_words(name) == expected


def test_label_from_iri():
    assert label_from_iri("http://dbpedia.org/ontology/SoccerPlayer") == "soccer player"
    assert label_from_iri("http://x.org/o#hasParent") == "has parent"


def test_graphs_and_depth(tiny):
    g = build_graphs(tiny)
    assert isinstance(g.relations, nx.MultiDiGraph)
    assert g.relations.number_of_edges() == len(tiny.relations)
    assert max_depth(g.classes) == 3  # painter > artist > person > agent
    assert ancestors(g.classes, T + "Painter") == {T + "Artist", T + "Person", T + "Agent"}
    assert ancestors(g.properties, T + "birthPlace") == {T + "relatedPlace", T + "location"}


def test_cycles_terminate_and_give_equivalences(fixtures):
    onto = load_ontology(str(fixtures / "tricky.ttl"))
    g = build_graphs(onto)
    ex = "http://example.org/tricky#"
    assert [ex + "Human", ex + "HumanBeing", ex + "Person"] in g.class_equivalences
    # the cycle counts as one node: Child > {Human, Person, HumanBeing}
    assert ancestors(g.classes, ex + "Human") == {ex + "Person", ex + "HumanBeing"}
    assert ancestors(g.classes, ex + "Child") == {ex + "Human", ex + "Person", ex + "HumanBeing"}
    assert max_depth(g.classes) == 4  # SeaPlane > Plane > Aircraft > Vehicle > Artifact


@pytest.mark.parametrize("fmt,suffix", [("xml", ".owl"), ("xml", ".rdf"), ("nt", ".nt"), ("json-ld", ".jsonld")])
def test_other_formats_give_same_ontology(tmp_path, tiny, fmt, suffix):
    g = Graph()
    g.parse(str(FIXTURES / "tiny.ttl"))
    out = tmp_path / f"tiny{suffix}"
    g.serialize(str(out), format=fmt)
    other = load_ontology(str(out))
    assert {k: v.label for k, v in other.classes.items()} == {k: v.label for k, v in tiny.classes.items()}
    assert other.relations == tiny.relations
    assert other.subclass_of == tiny.subclass_of


def test_owl_imports_resolved_locally(tmp_path):
    (tmp_path / "base.ttl").write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<http://ex.org/base> a owl:Ontology .\n"
        "<http://ex.org/A> a owl:Class .\n"
    )
    (tmp_path / "main.ttl").write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<http://ex.org/main> a owl:Ontology ; owl:imports <http://ex.org/ontologies/base.ttl> .\n"
        "<http://ex.org/B> a owl:Class ; rdfs:subClassOf <http://ex.org/A> .\n"
        "<http://ex.org/x> a <http://ex.org/B> .\n"
    )
    onto = load_ontology(str(tmp_path / "main.ttl"))
    assert onto.imports == [str(tmp_path / "base.ttl")]
    assert ("http://ex.org/B", "http://ex.org/A") in onto.subclass_of


def test_missing_import_warns_without_network(tmp_path, capsys):
    (tmp_path / "main.ttl").write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "<http://ex.org/main> a owl:Ontology ; owl:imports <http://ex.org/nowhere/remote.owl> .\n"
        "<http://ex.org/B> a owl:Class .\n"
    )
    onto = load_ontology(str(tmp_path / "main.ttl"))
    assert onto.imports == []
    assert "--allow-network" in capsys.readouterr().err


def test_unknown_name_raises():
    with pytest.raises(OntologyError, match="unknown ontology 'no-such-ontology'"):
        load_ontology("no-such-ontology")


@pytest.mark.parametrize(
    "content,suffix,message",
    [
        ("@prefix : <http://x/> . :a :b", ".ttl", "malformed ontology"),
        ("", ".ttl", "empty ontology"),
        ("<http://x/a> <http://www.w3.org/2000/01/rdf-schema#comment> \"hi\" .", ".nt", "empty ontology"),
        ("whatever", ".docx", "unknown format"),
    ],
)
def test_bad_input_cli_one_line_exit_2(tmp_path, content, suffix, message):
    path = tmp_path / f"bad{suffix}"
    path.write_text(content)
    res = run_cli("ontology", "stats", path)
    assert res.returncode == 2
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert message in lines[0] and str(path) in lines[0]
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("arg,message", [("missing/file.ttl", "file not found"), ("no-such-name", "unknown ontology")])
def test_missing_file_and_unknown_name_cli(arg, message):
    res = run_cli("ontology", "stats", arg)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1
    assert message in res.stderr and arg in res.stderr


def test_stats_json_on_fixture_and_rdfxml(tmp_path):
    res = run_cli("ontology", "stats", FIXTURES / "tiny.ttl", "--json")
    assert res.returncode == 0, res.stderr
    s = json.loads(res.stdout)
    assert (s["classes"], s["instances"], s["properties"], s["relations"], s["max_depth"]) == (13, 12, 8, 9, 3)
    assert set(s["entailed"]) == {"rdfs2", "rdfs3", "rdfs5", "rdfs7", "rdfs9", "rdfs11"}
    assert set(s["timings"]) >= {"load_s", "graphs_s", "closure_s"}
    g = Graph()
    g.parse(str(FIXTURES / "tiny.ttl"))
    owl = tmp_path / "tiny.owl"
    g.serialize(str(owl), format="xml")
    res2 = run_cli("ontology", "stats", owl, "--json")
    assert res2.returncode == 0, res2.stderr
    s2 = json.loads(res2.stdout)
    for key in ("classes", "instances", "properties", "relations", "max_depth", "entailed"):
        assert s2[key] == s[key]


def test_world_meets_the_size_targets():
    res = run_cli("ontology", "stats", "world", "--json")
    assert res.returncode == 0, res.stderr
    s = json.loads(res.stdout)
    assert s["classes"] >= 200 and s["instances"] >= 600
    assert s["properties"] >= 40 and s["relations"] >= 1000
    assert s["max_depth"] >= 5
    assert all(n > 0 for n in s["entailed"].values()), s["entailed"]
