"""OWL semantics for the TBox (and the class assertions) before the RDFS closure.

kgprobe's probes take their gold from the asserted named hierarchy and the
RDFS closure (:mod:`kgprobe.reasoning.rdfs`). RDFS does not read OWL class
expressions, so a defined class (``VegetarianPizza owl:equivalentClass [Pizza
and hasTopping only VegetarianTopping]``) has no superclass and what an OWL
reasoner entails (``Margherita subClassOf VegetarianPizza``) ends up among the
distractors. :func:`apply_semantics` fixes that for ``--semantics owl`` and
``owl-rl``:

``owl``     HermiT (OWL 2 DL, complete for named-class subsumption and class
            assertions), run by owlready2 on Java. Handles universal
            restrictions and unions (Margherita is a VegetarianPizza).
``owl-rl``  owlrl's OWL 2 RL closure, pure Python, no Java. Sound but
            incomplete: it finds what intersections, existential restrictions
            on the subclass side and equivalences give (VegetarianPizza
            subClassOf Pizza), not what needs universals or unions.
``rdfs``    nothing added (the default).

From the reasoner's answer only subsumptions between named classes of the
ontology and types of its named instances are kept (never a blank node, nor
owl:Thing / owl:Nothing). Of these, only what the asserted named hierarchy
and the RDFS closure do not already give is added, and only the direct
edges: the smallest set E such that the transitive closure of the asserted
named subClassOf edges plus E equals the reasoner's named hierarchy, and
likewise for types. E is added to the ontology as if asserted
(``subclass_of``, ``types`` and ``triples``), so that the RDFS closure and the
probe generator treat it like the rest: what the reasoner entails becomes
gold or also-true, never a distractor. ``Ontology.semantics`` records what was
done (semantics, reasoner, version, counts).
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import shutil
import subprocess
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import networkx as nx
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kgprobe.errors import OntologyError, ReasonerError
from kgprobe.ontology.model import DATATYPE_PROPERTY, Ontology

SEMANTICS = ("rdfs", "owl", "owl-rl")
DEFAULT_SEMANTICS = "rdfs"
_OWL_PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


# --------------------------------------------------------------------------
# the reasoners: each returns the named subsumptions and types it entails
# --------------------------------------------------------------------------


def _named(term) -> bool:
    return isinstance(term, URIRef) and term not in (OWL.Thing, OWL.Nothing)


def reasoner_input(onto: Ontology) -> Graph:
    """The ontology's triples plus declarations the OWL parsers need: every
    class kgprobe sees as owl:Class, every property without an OWL property
    type as owl:ObjectProperty / owl:DatatypeProperty, every instance as
    owl:NamedIndividual (RDFS vocabularies declare none of these). Without
    owl:imports (kgprobe has already merged the local imports)."""
    g = Graph()
    for t in onto.triples:
        if t[1] != OWL.imports:
            g.add(t)
    for c in onto.classes:
        if not c.startswith("_:"):
            g.add((URIRef(c), RDF.type, OWL.Class))
    for p, ent in onto.properties.items():
        if p.startswith("_:"):
            continue
        ref = URIRef(p)
        if not any((ref, RDF.type, t) in g for t in _OWL_PROPERTY_TYPES):
            kind = OWL.DatatypeProperty if ent.kind == DATATYPE_PROPERTY else OWL.ObjectProperty
            g.add((ref, RDF.type, kind))
    for i in onto.instances:
        if not i.startswith("_:"):
            g.add((URIRef(i), RDF.type, OWL.NamedIndividual))
    return g


def hermit_version() -> str:
    """The HermiT version owlready2 ships (Implementation-Version of its jar)."""
    import owlready2

    jar = Path(owlready2.__file__).parent / "hermit" / "HermiT.jar"
    try:
        with zipfile.ZipFile(jar) as z:
            manifest = z.read("META-INF/MANIFEST.MF").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return "unknown"
    for line in manifest.splitlines():
        if line.startswith("Implementation-Version:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def _java_or_fail(java: str) -> None:
    if shutil.which(java) is None:
        raise ReasonerError(
            f"--semantics owl runs the HermiT reasoner on Java, and {java!r} is not on PATH: install a Java "
            "runtime (e.g. apt-get install default-jre-headless) or use --semantics owl-rl"
        )


def _first_line(text: str) -> str:
    lines = [ln.strip() for ln in str(text).splitlines() if ln.strip()]
    return lines[0][:300] if lines else "no message"


def hermit_entailments(graph: Graph) -> tuple[set, set, set, dict]:
    """Run HermiT (owlready2's sync_reasoner) on ``graph``.

    Returns (named strict subsumptions (sub, super), named types (instance,
    class), unsatisfiable named classes, reasoner description), IRIs as str.
    """
    import owlready2

    _java_or_fail(owlready2.JAVA_EXE)
    world = owlready2.World()
    with tempfile.TemporaryDirectory(prefix="kgprobe-owl-") as tmp:
        path = Path(tmp) / "ontology.nt"
        # owlready2 reads RDF/XML, OWL/XML and N-Triples, not Turtle
        graph.serialize(destination=str(path), format="nt", encoding="utf-8")
        try:
            world.get_ontology(path.as_uri()).load(format="ntriples", only_local=True)
        except Exception as exc:  # owlready2 raises many kinds
            raise OntologyError(f"owlready2 cannot read the ontology for HermiT: {_first_line(exc)}") from None
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                          ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError:
            raise OntologyError("the ontology is inconsistent under OWL semantics (HermiT); "
                                "use --semantics rdfs") from None
        except owlready2.OwlReadyJavaError as exc:
            msg = str(exc).split("Java error message is:", 1)[-1]
            raise ReasonerError(f"HermiT failed: {_first_line(msg)}") from None
        except (OSError, subprocess.SubprocessError) as exc:
            raise ReasonerError(f"HermiT failed: {_first_line(exc)}") from None

        unsat = {c.iri for c in world.inconsistent_classes() if isinstance(getattr(c, "iri", None), str)}
        subs: set = set()
        for c in world.classes():
            if c.iri in unsat:
                continue
            # include_self=True also yields the named equivalent classes
            for a in c.ancestors(include_self=True):
                if a.iri != c.iri:
                    subs.add((c.iri, a.iri))
        types: set = set()
        for i in world.individuals():
            for c in i.is_a:
                if isinstance(c, owlready2.ThingClass):
                    types.update((i.iri, a.iri) for a in c.ancestors(include_self=True))
        world.close()
    thing_nothing = {str(OWL.Thing), str(OWL.Nothing)}
    unsat -= thing_nothing
    subs = {(a, b) for a, b in subs if a not in thing_nothing and b not in thing_nothing}
    types = {(i, c) for i, c in types if c not in thing_nothing}
    info = {"reasoner": "HermiT", "reasoner_version": hermit_version(),
            "via": f"owlready2 {_version('owlready2')}"}
    return subs, types, unsat, info


def owlrl_entailments(graph: Graph) -> tuple[set, set, set, dict]:
    """owlrl's OWL 2 RL closure of ``graph``; same return shape as :func:`hermit_entailments`."""
    from owlrl import DeductiveClosure, OWLRL_Semantics

    g = Graph()
    for t in graph:
        g.add(t)
    try:
        DeductiveClosure(OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    except Exception as exc:  # owlrl raises plain exceptions
        raise ReasonerError(f"owlrl's OWL 2 RL closure failed: {_first_line(exc)}") from None
    subs = {(str(a), str(b)) for a, b in g.subject_objects(RDFS.subClassOf) if _named(a) and _named(b) and a != b}
    types = {(str(i), str(c)) for i, c in g.subject_objects(RDF.type) if isinstance(i, URIRef) and _named(c)}
    unsat = {str(c) for c in g.subjects(RDFS.subClassOf, OWL.Nothing) if _named(c)}
    unsat |= {str(c) for c in g.subjects(OWL.equivalentClass, OWL.Nothing) if _named(c)}
    subs = {(a, b) for a, b in subs if a not in unsat}
    return subs, types, unsat, {"reasoner": "owlrl (OWL 2 RL)", "reasoner_version": _version("owlrl")}


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


# --------------------------------------------------------------------------
# what to add: the direct edges the asserted hierarchy and RDFS lack
# --------------------------------------------------------------------------


def missing_edges(asserted: Iterable[tuple], entailed: Iterable[tuple]) -> list[tuple]:
    """The direct edges of ``entailed`` (strict pairs, any order) that the
    transitive closure of ``asserted`` lacks: with them added, the
    transitive closure of ``asserted`` equals that of ``asserted`` plus
    ``entailed``. An edge (a, b) is direct when no c, equivalent to neither a
    nor b, lies between them."""
    g = nx.DiGraph()
    g.add_edges_from((a, b) for a, b in asserted if a != b)
    have = nx.transitive_closure(g, reflexive=False)
    full = g.copy()
    full.add_edges_from((a, b) for a, b in entailed if a != b)
    full = nx.transitive_closure(full, reflexive=False)
    out = []
    for a, b in sorted(full.edges()):
        if have.has_edge(a, b):
            continue
        between = set(full.successors(a)) & set(full.predecessors(b))
        if any(c not in (a, b) and not (full.has_edge(c, a) and full.has_edge(a, c))
               and not (full.has_edge(c, b) and full.has_edge(b, c)) for c in between):
            continue
        out.append((a, b))
    # Within and around equivalent classes (a cycle) direct edges can imply
    # each other (A=B=C needs three of the six); drop each one the rest implies.
    cyclic = {n for comp in nx.strongly_connected_components(full) if len(comp) > 1 for n in comp}
    g.add_edges_from(out)
    for a, b in [e for e in out if e[0] in cyclic or e[1] in cyclic]:
        g.remove_edge(a, b)
        if nx.has_path(g, a, b):
            out.remove((a, b))
        else:
            g.add_edge(a, b)
    return out


def missing_types(known: dict, entailed: Iterable[tuple], hierarchy: Iterable[tuple]) -> list[tuple]:
    """Types in ``entailed`` (instance, class) that neither ``known``
    (instance -> classes, asserted or RDFS-entailed) nor the superclasses of
    a known type in ``hierarchy`` (strict pairs, transitively closed) give;
    of these only the most specific ones."""
    up = defaultdict(set)
    for a, b in hierarchy:
        up[a].add(b)
    by_inst = defaultdict(set)
    for i, c in entailed:
        by_inst[i].add(c)
    out = []
    for i in sorted(by_inst):
        got = set(known.get(i, ()))
        for c in list(got):
            got |= up.get(c, set())
        miss = by_inst[i] - got
        for c in sorted(miss):
            if not any(d != c and c in up.get(d, ()) and d not in up.get(c, ()) for d in miss):
                out.append((i, c))
    return out


def apply_semantics(onto: Ontology, semantics: str = DEFAULT_SEMANTICS) -> Ontology:
    """``onto`` with what the chosen semantics entails beyond RDFS added as
    asserted named subClassOf edges and types (a new Ontology; ``onto``
    itself is not changed). ``rdfs`` returns ``onto`` as it is."""
    if semantics == "rdfs":
        return onto
    if semantics not in SEMANTICS:
        raise ReasonerError(f"unknown semantics {semantics!r} (known: {', '.join(SEMANTICS)})")
    from kgprobe.reasoning.rdfs import rdfs_closure

    graph = reasoner_input(onto)
    run = hermit_entailments if semantics == "owl" else owlrl_entailments
    subs, types, unsat, info = run(graph)

    def named_class(iri: str) -> bool:
        return iri in onto.classes and not iri.startswith("_:") and iri not in unsat

    subs = {(a, b) for a, b in subs if named_class(a) and named_class(b)}
    types = {(i, c) for i, c in types if i in onto.instances and not i.startswith("_:") and named_class(c)}
    add_sub = missing_edges(onto.subclass_of, subs)

    hierarchy = nx.transitive_closure(nx.DiGraph(list(onto.subclass_of) + add_sub), reflexive=False).edges()
    known = defaultdict(set)
    for i, c in onto.types:
        known[i].add(c)
    for s, p, o in rdfs_closure(onto).all_triples:
        if p == RDF.type and not isinstance(s, BNode) and str(o) in onto.classes:
            known[str(s)].add(str(o))
    add_types = missing_types(known, types, hierarchy)

    new_triples = [(URIRef(a), RDFS.subClassOf, URIRef(b)) for a, b in add_sub]
    new_triples += [(URIRef(i), RDF.type, URIRef(c)) for i, c in add_types]
    record = {
        "semantics": semantics,
        **info,
        "inferred_subclass_of": len(add_sub),
        "inferred_types": len(add_types),
        "unsatisfiable": sorted(unsat),
    }
    return dataclasses.replace(
        onto,
        subclass_of=sorted(set(onto.subclass_of) | set(add_sub)),
        types=sorted(set(onto.types) | set(add_types)),
        triples=list(onto.triples) + new_triples,
        semantics=record,
        inferred=sorted(new_triples),
    )


__all__ = ["SEMANTICS", "DEFAULT_SEMANTICS", "apply_semantics", "hermit_entailments", "owlrl_entailments",
           "missing_edges", "missing_types", "reasoner_input", "hermit_version"]

