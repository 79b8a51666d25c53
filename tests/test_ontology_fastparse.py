"""Large N-Triples/Turtle files go through pyoxigraph (kgprobe.ontology.fastparse):
the same triples as rdflib's parser, the same closure, one-line errors."""

from pathlib import Path

import pytest

pytest.importorskip("pyoxigraph")

from rdflib import Graph  # noqa: E402
from rdflib.compare import isomorphic  # noqa: E402

from kgprobe.errors import OntologyError  # noqa: E402
from kgprobe.ontology import fastparse  # noqa: E402
from kgprobe.ontology.load import load_ontology  # noqa: E402
from kgprobe.reasoning import rdfs_closure  # noqa: E402

FIX = Path(__file__).parent / "fixtures"

NT = """<http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/C> .
<http://ex.org/C> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <http://ex.org/D> .
<http://ex.org/p> <http://www.w3.org/2000/01/rdf-schema#domain> <http://ex.org/C> .
<http://ex.org/p> <http://www.w3.org/2000/01/rdf-schema#range> <http://ex.org/D> .
<http://ex.org/b> <http://ex.org/p> <http://ex.org/c> .
<http://ex.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "une chose"@fr .
<http://ex.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "a thing" .
<http://ex.org/a> <http://ex.org/n> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
_:x <http://ex.org/p> <http://ex.org/a> .
"""


def _rdflib(path, fmt):
    g = Graph()
    g.parse(str(path), format=fmt)
    return g


def _graph(triples):
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def test_ntriples_same_graph_as_rdflib(tmp_path):
    f = tmp_path / "x.nt"
    f.write_text(NT, encoding="utf-8")
    inter = fastparse.parse_interned(f, "nt")
    assert len(inter) == 9
    assert isomorphic(_graph(inter), _rdflib(f, "nt"))
    plain = {t for t in inter if not any(type(x).__name__ == "BNode" for x in t)}
    assert plain == {t for t in _rdflib(f, "nt") if not any(type(x).__name__ == "BNode" for x in t)}


@pytest.mark.parametrize("name", ["tiny.ttl", "tricky.ttl"])
def test_turtle_same_graph_and_closure(name):
    f = FIX / name
    inter = fastparse.parse_interned(f, "turtle")
    ref = _rdflib(f, "turtle")
    assert isomorphic(_graph(inter), ref)
    plain = [t for t in ref if not any(type(x).__name__ == "BNode" for x in t)]
    mine = [t for t in inter if not any(type(x).__name__ == "BNode" for x in t)]
    assert rdfs_closure(mine).all_triples == rdfs_closure(plain).all_triples
    assert rdfs_closure(inter).all_triples  # the closure takes the interned triples as they are


def test_closure_of_interned_equals_closure_of_list(tmp_path):
    f = tmp_path / "x.nt"
    f.write_text(NT, encoding="utf-8")
    inter = fastparse.parse_interned(f, "nt")
    a, b = rdfs_closure(inter), rdfs_closure(list(inter))
    assert a.all_triples == b.all_triples and len(a.derivations) == len(b.derivations) > 0


def test_malformed_is_one_line_error(tmp_path):
    f = tmp_path / "bad.nt"
    f.write_text('<http://ex.org/a> <http://ex.org/p> "unterminated .\n', encoding="utf-8")
    with pytest.raises(OntologyError) as e:
        fastparse.parse_interned(f, "nt")
    assert "bad.nt" in str(e.value) and "\n" not in str(e.value)


def test_loader_takes_the_fast_path_for_large_files(tmp_path, monkeypatch):
    f = tmp_path / "x.nt"
    f.write_text(NT, encoding="utf-8")
    slow = load_ontology(str(f))
    calls = []
    real = fastparse.parse_interned
    monkeypatch.setattr(fastparse, "LARGE_BYTES", 1)
    monkeypatch.setattr(fastparse, "parse_interned", lambda *a: calls.append(a) or real(*a))
    fast = load_ontology(str(f))
    assert calls  # the fast parser ran
    assert isomorphic(_graph(fast.triples), _graph(slow.triples))
    assert sorted(fast.classes) == sorted(slow.classes) and fast.classes
    named = lambda o: {k: v.label for k, v in o.instances.items() if not k.startswith("_:")}  # noqa: E731
    assert named(fast) == named(slow) and len(fast.instances) == len(slow.instances)


def test_explicit_xsd_string_becomes_plain(tmp_path):
    """RDF 1.1: "x"^^xsd:string is the plain literal "x"; pyoxigraph does not
    keep the difference (rdflib does), so the fast path gives the plain one."""
    from rdflib import Literal, URIRef

    f = tmp_path / "s.nt"
    f.write_text('<http://ex.org/a> <http://ex.org/s> "42"^^<http://www.w3.org/2001/XMLSchema#string> .\n',
                 encoding="utf-8")
    (t,) = list(fastparse.parse_interned(f, "nt"))
    assert t == (URIRef("http://ex.org/a"), URIRef("http://ex.org/s"), Literal("42"))
