"""Large N-Triples / Turtle files parsed by pyoxigraph (Rust) instead of rdflib.

rdflib's own parser needs about a minute and over a gigabyte for a million
N-Triples. pyoxigraph (the ``oxrdflib`` / ``pyoxigraph`` packages, the
``kgprobe[fast]`` extra) parses the file; its terms are interned on the fly
(each distinct term becomes an int id, converted to an rdflib term once), so
the triples live as an (n, 3) int array plus one array of distinct terms:
:class:`kgprobe.reasoning.fast.Interned`, which the RDFS closure takes as it
is and which iterates as rdflib triples for everything else.

* :func:`parse_interned` - the interned triples of a file (pyoxigraph needed).
One difference from rdflib: an explicit ``"x"^^xsd:string`` comes back as
the plain literal ``"x"`` (the same literal in RDF 1.1; pyoxigraph does not
keep the spelling, rdflib does).

* :func:`use_fast_parser` - whether the loader should take this path for a
  file: N-Triples or Turtle, at least ``LARGE_BYTES``, pyoxigraph importable.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from kgprobe.errors import OntologyError
from kgprobe.reasoning.fast import VOCAB, Interned

LARGE_BYTES = 8 * 2**20  # files from this size on take the fast parser (when pyoxigraph is there)
FORMATS = {"nt": "N_TRIPLES", "ntriples": "N_TRIPLES", "nt11": "N_TRIPLES", "turtle": "TURTLE", "ttl": "TURTLE"}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def available() -> bool:
    return importlib.util.find_spec("pyoxigraph") is not None


def use_fast_parser(path: Path, fmt: str) -> bool:
    try:
        big = path.stat().st_size >= LARGE_BYTES
    except OSError:
        return False
    return big and fmt in FORMATS and available()


def _to_rdflib(term):
    """A pyoxigraph term as the rdflib term rdflib's parser would make."""
    from rdflib import BNode, Literal, URIRef

    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode()  # a fresh id, as rdflib's parser makes (each distinct node is converted once)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == XSD_STRING else URIRef(dt))
    raise OntologyError(f"unsupported RDF term {term!r} (RDF-star triple terms are not supported)")


def parse_interned(path: Path, fmt: str = "nt") -> Interned:
    """The triples of an N-Triples or Turtle file, interned (ids 0..4 are
    rdf:type, rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain, rdfs:range,
    as :func:`kgprobe.reasoning.fast.intern` numbers them). A syntax error is
    an OntologyError naming the file."""
    import pyoxigraph as ox

    fmt_name = FORMATS.get(fmt)
    if fmt_name is None:
        raise OntologyError(f"{path}: the fast parser reads N-Triples and Turtle, not {fmt}")
    ids: dict = {}
    for v in VOCAB:
        ids[ox.NamedNode(str(v))] = len(ids)

    def gen():
        get = ids.get
        for q in ox.parse(path=str(path), format=getattr(ox.RdfFormat, fmt_name), base_iri=path.resolve().as_uri()):
            for t in (q.subject, q.predicate, q.object):
                i = get(t)
                if i is None:
                    i = ids[t] = len(ids)
                yield i

    try:
        codes = np.fromiter(gen(), dtype=np.int64)
    except (SyntaxError, ValueError, OSError) as exc:
        raise OntologyError(f"{path}: malformed {fmt_name.replace('_', '-').title()}: "
                            f"{' '.join(str(exc).split())[:300]}") from None
    terms = np.empty(len(ids), dtype=object)
    for t, i in ids.items():
        terms[i] = _to_rdflib(t)
    return Interned(codes.reshape(-1, 3), terms)
