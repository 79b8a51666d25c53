"""Load an ontology file (Turtle, RDF/XML, N-Triples, JSON-LD, OWL) into an
:class:`~kgprobe.ontology.model.Ontology`.

Parsing is rdflib's. OWL files that rdflib cannot read (OWL/XML, functional
syntax) go through owlready2. ``owl:imports`` are resolved only from files next
to the ontology, unless ``allow_network`` is set.
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from pathlib import Path
from typing import Optional
from urllib.parse import unquote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kgprobe.console import captured_stderr, size_text, stage
from kgprobe.errors import OntologyError
from kgprobe.ontology.labels import is_opaque, is_usable_label, label_from_iri, label_words, local_name
from kgprobe.ontology.model import (
    CLASS,
    DATATYPE_PROPERTY,
    INSTANCE,
    OBJECT_PROPERTY,
    Entity,
    Ontology,
)
from kgprobe.ontology.xmlguard import check_xml_entities
from kgprobe.paths import data_dirs
from kgprobe.registry import did_you_mean

KGP = "https://kgprobe.org/vocab#"
KGP_PATTERN = URIRef(KGP + "pattern")
# ``<ontology> kgp:labels "as-written"``: take every label exactly as written (no
# identifier splitting, no qualifier for shared labels). `kgprobe import ontoprobe`
# writes it, so that probes generated on the imported ontology use the paper's labels.
KGP_LABELS = URIRef(KGP + "labels")

SUFFIX_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".n3": "n3",
    ".nt": "nt",
    ".ntriples": "nt",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",  # tried as RDF/XML, then Turtle, then owlready2
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".nq": "nquads",
}
FORMAT_ALIASES = {
    "ttl": "turtle",
    "turtle": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "xml": "xml",
    "rdfxml": "xml",
    "rdf/xml": "xml",
    "owl": "xml",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "n3": "n3",
}

BUILTIN_NS = (str(RDF), str(RDFS), str(OWL), str(XSD))
PROPERTY_TYPES = {
    OWL.ObjectProperty: OBJECT_PROPERTY,
    OWL.DatatypeProperty: DATATYPE_PROPERTY,
    RDF.Property: None,
    OWL.TransitiveProperty: OBJECT_PROPERTY,
    OWL.SymmetricProperty: OBJECT_PROPERTY,
    OWL.FunctionalProperty: None,
    OWL.InverseFunctionalProperty: OBJECT_PROPERTY,
    OWL.AsymmetricProperty: OBJECT_PROPERTY,
    OWL.ReflexiveProperty: OBJECT_PROPERTY,
    OWL.IrreflexiveProperty: OBJECT_PROPERTY,
}
CLASS_TYPES = {OWL.Class, RDFS.Class}
TOP_CLASSES = {OWL.Thing, RDFS.Resource, OWL.Nothing}
# predicates that are never instance relations
ANNOTATION_NS = (
    str(RDF),
    str(RDFS),
    str(OWL),
    str(SKOS),
    "http://purl.org/dc/terms/",
    "http://purl.org/dc/elements/1.1/",
    KGP,
    "http://xmlns.com/foaf/0.1/depiction",
    "http://schema.org/description",
    "http://purl.org/vocab/vann/",
    "http://purl.org/vocommons/voaf#",
    "http://creativecommons.org/ns#",
    "http://www.w3.org/2003/06/sw-vocab-status/ns#",
)
SCHEMA_NS = ("http://schema.org/", "https://schema.org/")
# schema.org's "expected" domains and ranges: read as domain and range for the
# DM and RG memorisation probes only (they are not rdfs:domain / rdfs:range,
# and the RDFS closure does not use them)
DOMAIN_INCLUDES = tuple(URIRef(ns + "domainIncludes") for ns in SCHEMA_NS)
RANGE_INCLUDES = tuple(URIRef(ns + "rangeIncludes") for ns in SCHEMA_NS)
# metadata about a term or a record, never a relation between instances
METADATA_PREDICATES = {
    URIRef(ns + name) for ns in SCHEMA_NS
    for name in ("domainIncludes", "rangeIncludes", "isPartOf", "sameAs", "url", "source", "contributor",
                 "supersededBy", "inverseOf", "category", "description", "image")
}


def _is_builtin(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(BUILTIN_NS)


def resolve_path(spec: str) -> Path:
    """A path, or the name of a shipped ontology in ``ontologies/`` (no suffix)."""
    p = Path(spec).expanduser()
    if p.is_file():
        return p
    if p.exists():
        raise OntologyError(f"{spec}: is not a file")
    looks_like_path = any(ch in spec for ch in "/\\") or p.suffix.lower() in SUFFIX_FORMATS
    if not looks_like_path:
        for d in data_dirs("ontologies"):
            for suffix in (".ttl", ".owl", ".rdf", ".nt", ".jsonld", ".xml", ".n3"):
                cand = d / f"{spec}{suffix}"
                if cand.is_file():
                    return cand
        known = sorted(
            {f.stem for d in data_dirs("ontologies") for f in d.iterdir() if f.suffix.lower() in SUFFIX_FORMATS}
        )
        raise OntologyError(
            f"unknown ontology {spec!r}: not a file, nor a name in ontologies/{did_you_mean(spec, known)} "
            f"(known: {', '.join(known) or 'none'})"
        )
    raise OntologyError(f"{spec}: file not found")


def guess_format(path: Path, fmt: Optional[str] = None) -> str:
    if fmt:
        f = FORMAT_ALIASES.get(fmt.lower())
        if not f:
            raise OntologyError(f"{path}: unknown format {fmt!r} (known: {', '.join(sorted(FORMAT_ALIASES))})")
        return f
    f = SUFFIX_FORMATS.get(path.suffix.lower())
    if not f:
        raise OntologyError(
            f"{path}: unknown format {path.suffix or '(no suffix)'!r}; use one of "
            f"{', '.join(sorted(SUFFIX_FORMATS))} or pass --format"
        )
    return f


def _first_line(exc: BaseException) -> str:
    """An exception's message folded into one line of at most 300 characters."""
    text = " ".join(part.strip() for part in str(exc).strip().splitlines() if part.strip())
    return text[:300] if text else type(exc).__name__


def _parse_into(graph: Graph, path: Path, fmt: str) -> None:
    """Parse ``path`` into ``graph``; OntologyError with one line if it fails."""
    from kgprobe.ontology import fastparse

    if fastparse.use_fast_parser(path, fmt):  # large N-Triples/Turtle: pyoxigraph parses, not rdflib
        graph.addN((s, p, o, graph) for s, p, o in fastparse.parse_interned(path, fmt))
        return
    attempts = [fmt]
    if path.suffix.lower() == ".owl":
        attempts = ["xml", "turtle"]
    errors = []
    for f in attempts:
        try:
            g = Graph()
            g.parse(str(path), format=f)
        except Exception as exc:  # rdflib raises many kinds
            errors.append(f"{f}: {_first_line(exc)}")
            continue
        graph += g
        return
    if path.suffix.lower() == ".owl":
        try:
            graph += _parse_with_owlready2(path)
            return
        except Exception as exc:
            errors.append(f"owlready2: {_first_line(exc)}")
    raise OntologyError(f"{path}: malformed ontology ({'; '.join(errors)})")


def _parse_with_owlready2(path: Path) -> Graph:
    """OWL/XML or functional syntax, through owlready2, re-read as N-Triples."""
    import tempfile

    import owlready2

    world = owlready2.World()
    onto = world.get_ontology(path.resolve().as_uri()).load(only_local=True)
    with tempfile.NamedTemporaryFile(suffix=".nt", delete=False) as tmp:
        onto.save(file=tmp.name, format="ntriples")
        g = Graph()
        g.parse(tmp.name, format="nt")
    Path(tmp.name).unlink(missing_ok=True)
    if len(g) == 0:
        raise ValueError("owlready2 read no triples")
    return g


def _resolve_import(iri: str, base: Path) -> Optional[Path]:
    """A local file next to ``base`` for an owl:imports IRI, if any."""
    name = iri.rstrip("/#").rsplit("/", 1)[-1]
    stem = Path(name).stem if Path(name).suffix.lower() in SUFFIX_FORMATS else name
    for cand in [base.parent / name] + [base.parent / f"{stem}{s}" for s in SUFFIX_FORMATS]:
        if cand.is_file() and cand.resolve() != base.resolve():
            return cand
    return None


def parse_graph(path: Path, fmt: Optional[str] = None, allow_network: bool = False,
                _seen: Optional[set] = None) -> tuple[Graph, list[str], list[bytes]]:
    """Parse a file and, recursively, its local owl:imports.

    Returns (graph, imported file paths, raw bytes of every file read).
    """
    _seen = _seen if _seen is not None else set()
    _seen.add(path.resolve())
    f = guess_format(path, fmt)
    graph = Graph()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise OntologyError(f"{path}: cannot read ({exc.strerror})") from None
    if f == "xml" or path.suffix.lower() == ".owl":
        check_xml_entities(path, raw)
    with stage(f"parsing {path.name} ({size_text(len(raw))})"), captured_stderr(f"{path.name}: parser"):
        _parse_into(graph, path, f)
    imported: list[str] = []
    blobs = [raw]
    for imp in sorted(set(graph.objects(None, OWL.imports)), key=str):
        local = _resolve_import(str(imp), path)
        if local is not None:
            if local.resolve() in _seen:
                continue
            g2, sub, b2 = parse_graph(local, None, allow_network, _seen)
            graph += g2
            imported += [str(local)] + sub
            blobs += b2
        elif allow_network:
            try:
                graph.parse(str(imp))
                imported.append(str(imp))
            except Exception as exc:
                raise OntologyError(f"{path}: owl:imports {imp} failed: {_first_line(exc)}") from None
        else:
            print(
                f"kgprobe: warning: {path}: owl:imports {imp} has no local file next to it; "
                "skipped (use --allow-network to fetch it)",
                file=sys.stderr,
            )
    return graph, imported, blobs


def _pick_label(labels: list[tuple[int, Literal]], lang: str, iri: str, keep_case: bool) -> str:
    """The label of one term, from its (0, rdfs:label) / (1, skos:prefLabel)
    literals.

    In order: a label in the asked language (``en-GB`` counts for ``en``),
    an untagged label, the IRI's local name split into words, and only then
    a label in another language (English first). Labels without a letter or
    that are IRIs (:func:`is_usable_label`) are skipped, and so is a local
    name that is a code (``Q42``, ``GO_0008150``). Within a rank rdfs:label
    comes before skos:prefLabel, then text order. A class or property label
    that is an identifier ("VacationRental") is split like a local name
    (:func:`label_words`). ``keep_case`` (individuals, whose names are
    proper nouns) keeps a label as written and the case of a local name
    ("America", not "america").
    """
    lang = (lang or "en").lower()
    base = lang.split("-")[0]

    def rank(item: tuple) -> tuple:
        order, lit = item
        lt = (lit.language or "").lower()
        if lt == lang:
            r = 0
        elif lt.split("-")[0] == base:
            r = 1
        elif lt == "":
            r = 2
        elif lt.split("-")[0] == "en":
            r = 4  # 3 is the local name
        else:
            r = 5
        return (r, order, str(lit))

    usable = sorted(((order, lit) for order, lit in labels if is_usable_label(str(lit))), key=rank)
    best = rank(usable[0])[0] if usable else 9
    if best > 2 and not is_opaque(unquote(local_name(iri))):
        return label_from_iri(iri, keep_case)
    if usable:
        return label_words(str(usable[0][1]).strip(), keep_case)
    return label_from_iri(iri, keep_case)


def _site(iri: str) -> Optional[str]:
    """The host of an IRI without "www." ("dbpedia.org"), or None."""
    from urllib.parse import urlsplit

    host = urlsplit(iri).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def _disambiguate(entities: dict[str, Entity]) -> dict[str, str]:
    """Give entities of one kind that share a label (case-insensitively) a
    qualifier, "country (dbpedia.org)", so that they stay distinct
    candidates: the local name in words if that tells them apart, else the
    host of their IRI, else their rank by IRI. Changes ``entities`` in
    place; returns IRI -> the label before."""
    groups: dict = defaultdict(list)
    for iri, ent in entities.items():
        groups[ent.label.casefold()].append(iri)
    renamed = {}
    for iris in groups.values():
        if len(iris) < 2:
            continue
        iris = sorted(iris)
        label = entities[iris[0]].label
        options = (
            [label_from_iri(i) for i in iris],
            [_site(i) for i in iris],
            [str(n) for n in range(1, len(iris) + 1)],
        )
        for quals in options:
            if all(quals) and len({q.casefold() for q in quals}) == len(quals) and \
                    all(q.casefold() != label.casefold() for q in quals):
                break
        for i, q in zip(iris, quals):
            renamed[i] = entities[i].label
            entities[i] = Entity(i, f"{entities[i].label} ({q})", entities[i].kind)
    return renamed


def _iri(term) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def ontology_from_graph(graph: Graph, name: str, source: str, sha256: str, lang: str = "en",
                        imports: Optional[list[str]] = None) -> Ontology:
    """Extract classes, instances, properties and their edges from a graph."""
    classes: set = set()
    props: dict = {}
    for t in CLASS_TYPES:
        classes.update(s for s in graph.subjects(RDF.type, t))
    for t, kind in PROPERTY_TYPES.items():
        for s in graph.subjects(RDF.type, t):
            if kind or s not in props:
                props[s] = kind or props.get(s)
    annotation_props = set(graph.subjects(RDF.type, OWL.AnnotationProperty))

    sub_c = [(s, o) for s, o in graph.subject_objects(RDFS.subClassOf)]
    sub_p = [(s, o) for s, o in graph.subject_objects(RDFS.subPropertyOf)]
    doms = [(s, o) for s, o in graph.subject_objects(RDFS.domain)]
    rngs = [(s, o) for s, o in graph.subject_objects(RDFS.range)]
    dom_inc = [(s, o) for p in DOMAIN_INCLUDES for s, o in graph.subject_objects(p)]
    rng_inc = [(s, o) for p in RANGE_INCLUDES for s, o in graph.subject_objects(p)]
    for s, o in dom_inc + rng_inc:
        props.setdefault(s, None)
        classes.add(o)
    for s, o in sub_c:
        classes.update((s, o))
    for s, o in sub_p:
        props.setdefault(s, None)
        props.setdefault(o, None)
    for s, o in doms:
        props.setdefault(s, None)
        classes.add(o)
    for s, o in rngs:
        props.setdefault(s, None)
        if not (isinstance(o, URIRef) and (str(o).startswith(str(XSD)) or o == RDFS.Literal)):
            classes.add(o)
    # datatype-ness from ranges
    for s, o in rngs:
        if props.get(s) is None and isinstance(o, URIRef) and (
            str(o).startswith(str(XSD)) or o == RDFS.Literal or (o, RDF.type, RDFS.Datatype) in graph
        ):
            props[s] = DATATYPE_PROPERTY
    # things typed with a non-builtin class are instances of it
    type_pairs = []
    for s, o in graph.subject_objects(RDF.type):
        if _is_builtin(o) or o in TOP_CLASSES:
            if o == OWL.NamedIndividual:
                type_pairs.append((s, None))
            continue
        classes.add(o)
        type_pairs.append((s, o))

    def keep_class(c) -> bool:
        return isinstance(c, URIRef) and not _is_builtin(c) and c not in TOP_CLASSES

    classes = {c for c in classes if keep_class(c)}
    props = {p: k for p, k in props.items() if isinstance(p, URIRef) and not _is_builtin(p)}
    props = {p: k for p, k in props.items() if p not in annotation_props}

    # blank nodes (restrictions, lists, unnamed things) are never instances:
    # their ids change on every parse; the closure still reasons through them
    headers = set(graph.subjects(RDF.type, OWL.Ontology))
    instances: set = set()
    types: list = []
    for s, o in type_pairs:
        if s in classes or s in props or s in headers or not isinstance(s, URIRef):
            continue
        instances.add(s)
        if o is not None and o in classes:
            types.append((s, o))

    # relation triples between instances; undeclared non-annotation predicates
    # with an IRI object count as object properties.
    relations = []
    for s, p, o in graph:
        if isinstance(o, Literal) or p in annotation_props or p == RDF.type:
            continue
        if p not in props and (str(p).startswith(ANNOTATION_NS) or p == KGP_PATTERN):
            continue
        if p in METADATA_PREDICATES or s in headers or isinstance(s, BNode) or isinstance(o, BNode):
            continue
        if s in classes or o in classes or s in props or o in props:
            continue
        if p not in props:
            props[p] = OBJECT_PROPERTY
        if props[p] == DATATYPE_PROPERTY:
            continue
        relations.append((s, p, o))
        instances.update((s, o))
    for p in props:
        if props[p] is None:
            props[p] = OBJECT_PROPERTY

    labels: dict = defaultdict(list)
    for order, pred in enumerate((RDFS.label, SKOS.prefLabel)):
        for s, o in graph.subject_objects(pred):
            if isinstance(o, Literal):
                labels[s].append((order, o))

    as_written = Literal("as-written") in set(graph.objects(None, KGP_LABELS))

    def entity(term, kind) -> Entity:
        keep = kind == INSTANCE or as_written
        return Entity(_iri(term), _pick_label(labels.get(term, []), lang, str(term), keep), kind)

    patterns = {}
    for p in props:
        pats = [str(o) for o in graph.objects(p, KGP_PATTERN)]
        pats += [str(o) for o in graph.objects(p, SKOS.definition) if "[X]" in str(o) and "[Y]" in str(o)]
        if pats:
            patterns[_iri(p)] = sorted(pats)[0]

    def pairs(edges, left, right):
        return sorted({(_iri(a), _iri(b)) for a, b in edges if a in left and b in right})

    class_ents = {_iri(c): entity(c, CLASS) for c in sorted(classes, key=str)}
    prop_ents = {_iri(p): entity(p, props[p]) for p in sorted(props, key=str)}
    renamed = {} if as_written else _disambiguate(class_ents) | _disambiguate(prop_ents)
    onto = Ontology(
        name=name,
        source=source,
        sha256=sha256,
        classes=class_ents,
        instances={_iri(i): entity(i, INSTANCE) for i in sorted(instances, key=str)},
        properties=prop_ents,
        subclass_of=pairs(sub_c, classes, classes),
        subproperty_of=pairs(sub_p, props, props),
        domains=pairs(doms, props, classes),
        ranges=pairs(rngs, props, classes),
        domain_includes=pairs(dom_inc, props, classes),
        range_includes=pairs(rng_inc, props, classes),
        renamed=renamed,
        types=pairs(types, instances, classes),
        relations=sorted({(_iri(s), _iri(p), _iri(o)) for s, p, o in relations}),
        patterns=patterns,
        triples=list(graph),
        imports=imports or [],
    )
    return onto


def load_ontology(spec: str, lang: str = "en", fmt: Optional[str] = None,
                  allow_network: bool = False) -> Ontology:
    """Load an ontology from a path or a shipped name (e.g. ``"world"``)."""
    path = resolve_path(str(spec))
    graph, imported, blobs = parse_graph(path, fmt, allow_network)
    if len(graph) == 0:
        raise OntologyError(f"{path}: empty ontology (no triples)")
    digest = hashlib.sha256()
    for b in blobs:
        digest.update(b)
    with stage(f"reading classes, properties and instances of {path.name} ({len(graph)} triples)"):
        onto = ontology_from_graph(graph, path.stem, str(path), digest.hexdigest(), lang, imported)
    if not (onto.classes or onto.instances or onto.properties):
        raise OntologyError(f"{path}: empty ontology (no classes, properties or instances)")
    return onto
