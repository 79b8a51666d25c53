"""RDFS closure (rdfs2, rdfs3, rdfs5, rdfs7, rdfs9, rdfs11): kgprobe against owlrl itself.

The other side is owlrl as a user runs it, unmodified:
``owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(graph)`` (all RDFS
rules and axiomatic triples). Both sides are timed the same way, from the
list of input triples to the set of all triples as rdflib terms (owlrl: build
the Graph, expand, ``set(graph)``; kgprobe: ``rdfs_closure(triples)`` then
``all_triples``), with the same protocol: both cold, one run each
(REPEATS; no warm-up), kgprobe first. Both outputs are then restricted to what the
six rules can conclude (:func:`restrict`: no triple whose subject is a
literal or an rdf:/rdfs:/xsd: term, whose object is an rdf:/rdfs:/xsd: term,
or whose predicate is rdf:/rdfs: vocabulary other than type, subClassOf,
subPropertyOf, domain and range; no reflexive subClassOf/subPropertyOf) and
must be equal, else the script prints the differences, no RATIO line, and
exits 1.

Inputs: world, the imported OntoProbe ontology (if ../shared/ontoprobe
exists and `kgprobe import ontoprobe` works; full run only), seeded synthetic
ontologies of about 10k and 50k triples (class chains, domains, ranges,
subproperties). RATIO closure_speedup_vs_owlrl is taken at 50k (5k only
with --quick).

Scale line, in its own process: a seeded synthetic N-Triples file of 1M
triples (200k with --quick) is written, then loaded with
``kgprobe.ontology.fastparse.parse_interned`` (pyoxigraph; what kgprobe's
loader uses for large N-Triples/Turtle) and closed: wall time of load +
closure and the process's peak resident memory (VmHWM); goals for 1M:
<= 60 s, <= 1.5 GB. Without pyoxigraph it prints the pip command and exits 2.

    python benchmarks/closure.py            # full
    python benchmarks/closure.py --quick    # synthetic 5k only; 200k scale line

Ends with: RATIO closure_speedup_vs_owlrl=<owlrl seconds / kgprobe seconds>,
RATIO closure_scale_1m_s=<load + closure seconds>, RATIO
closure_scale_1m_peak_gb=<peak RSS in GB> (_200k_ with --quick).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from _common import env_line, fail, need, print_table, timed

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS

REPO = Path(__file__).resolve().parent.parent


def synthetic(n_triples: int, seed: int = 0) -> list:
    """About ``n_triples`` asserted triples: class chains (depth 6) with some
    multiple inheritance, properties with domains, ranges and subproperty
    chains, typed instances and relation triples between them."""
    rng = random.Random(seed)
    ns = "http://example.org/syn/"
    depth = 6
    n_classes = max(24, n_triples // 50)
    n_props = max(12, n_triples // 500)
    n_inst = max(20, n_triples // 5)
    C = [URIRef(f"{ns}C{i}") for i in range(n_classes)]
    P = [URIRef(f"{ns}p{i}") for i in range(n_props)]
    I = [URIRef(f"{ns}i{i}") for i in range(n_inst)]
    # a forest of depth 6, DBpedia-like: layer k holds classes k, k+6, ...
    layers = [C[k::depth] for k in range(depth)]
    triples = []
    for k in range(1, depth):
        for c in layers[k]:
            triples.append((c, RDFS.subClassOf, rng.choice(layers[k - 1])))
            if rng.random() < 0.03:  # some multiple inheritance, upwards
                triples.append((c, RDFS.subClassOf, rng.choice(layers[rng.randrange(k)])))
    general = layers[0] + layers[1] + layers[2]
    for j, p in enumerate(P):
        triples.append((p, RDFS.domain, rng.choice(general)))
        triples.append((p, RDFS.range, rng.choice(general)))
        if j % 4 == 1:
            triples.append((p, RDFS.subPropertyOf, P[j - 1]))
        elif j % 4 == 2:
            triples.append((p, RDFS.subPropertyOf, P[j - 1]))  # a chain of two
    for x in I:
        triples.append((x, RDF.type, rng.choice(C)))
    while len(triples) < n_triples:
        triples.append((rng.choice(I), rng.choice(P), rng.choice(I)))
    return triples


def ontoprobe_triples():
    shared = REPO.parent / "shared" / "ontoprobe"
    if not shared.exists():
        return None, "../shared/ontoprobe not found"
    out = REPO / "runs" / "bench-ontoprobe-import"
    ttl = out / "ontoprobe.ttl"
    if not ttl.exists():
        res = subprocess.run([sys.executable, "-m", "kgprobe", "import", "ontoprobe", str(shared), "--out", str(out)],
                             capture_output=True, text=True, cwd=REPO)
        if res.returncode != 0 or not ttl.exists():
            return None, f"import failed: {res.stderr.strip()[:200]}"
    from kgprobe.ontology.load import load_ontology

    return load_ontology(str(ttl)).triples, None


VOCAB_NS = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2001/XMLSchema#")
SIX_RULE_PREDICATES = {RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range}
REPEATS = 1  # both sides cold: one run each, no warm-up (owlrl takes minutes at 50k)


def restrict(triples) -> set:
    """The triples of the shapes the six rules can conclude (and their
    premises): drops owlrl's axiomatic triples and what rdf1, rdfs4, rdfs6,
    rdfs8, rdfs10, rdfs12, rdfs13 and the datatype rules add."""
    from rdflib import Literal

    out = set()
    for t in triples:
        s, p, o = t
        if isinstance(s, Literal) or str(s).startswith(VOCAB_NS):
            continue
        if not isinstance(o, Literal) and str(o).startswith(VOCAB_NS):
            continue
        if str(p).startswith(VOCAB_NS) and p not in SIX_RULE_PREDICATES:
            continue
        if p in (RDFS.subClassOf, RDFS.subPropertyOf) and s == o:
            continue
        out.add(t)
    return out


def owlrl_unmodified(triples) -> set:
    import owlrl
    from rdflib import Graph

    g = Graph()
    for t in triples:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
    return set(g)


def compare(name, triples, repeats=REPEATS):
    from kgprobe.reasoning import rdfs_closure

    def ours():
        c = rdfs_closure(triples)
        return c, c.all_triples  # decoded, ready to use

    t_k, (closure, everything) = timed(ours, repeats=repeats, warmup=0)
    t_o, ref = timed(lambda: owlrl_unmodified(triples), repeats=repeats, warmup=0)
    mine, theirs = restrict(everything), restrict(ref)
    if mine != theirs:
        fail(f"{name}: kgprobe's closure and owlrl's RDFS closure differ on the six rules' shapes "
             f"({len(mine)} vs {len(theirs)} triples)",
             [f"only kgprobe: {t}" for t in sorted(mine - theirs)[:10]]
             + [f"only owlrl: {t}" for t in sorted(theirs - mine)[:10]])
    return {"input": name, "asserted": len(set(triples)), "entailed": len(closure.derivations),
            "method": closure.method, "kgprobe_s": round(t_k, 3), "owlrl_s": round(t_o, 2),
            "owlrl_all_triples": len(ref), "compared_triples": len(mine), "speedup": round(t_o / t_k, 1),
            "equal": True}


def write_ntriples(n: int, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for s, p, o in synthetic(n):
            f.write(f"<{s}> <{p}> <{o}> .\n")


SCALE_CODE = """
import sys, time, json, resource
sys.path.insert(0, {repo!r})
from pathlib import Path
from kgprobe.ontology.fastparse import parse_interned
from kgprobe.reasoning import rdfs_closure
def rss_gb():  # VmHWM: this process's peak resident memory
    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')) / 2**20
t0 = time.perf_counter(); tr = parse_interned(Path({path!r}), 'nt'); t1 = time.perf_counter(); r0 = rss_gb()
c = rdfs_closure(tr); t2 = time.perf_counter()
print(json.dumps({{'load_s': t1 - t0, 'closure_s': t2 - t1, 'method': c.method, 'triples': len(tr),
                  'entailed': len(c.derivations), 'load_peak_gb': r0, 'peak_gb': rss_gb(),
                  'cpu_s': sum(resource.getrusage(resource.RUSAGE_SELF)[:2])}}))
"""


def scale(n: int, path: Path) -> dict:
    """Load (pyoxigraph) + closure of an N-Triples file, in a fresh process."""
    res = subprocess.run([sys.executable, "-c", SCALE_CODE.format(repo=str(REPO), path=str(path))],
                         capture_output=True, text=True)
    if res.returncode != 0:
        fail(f"the {n // 1000}k scale run failed (exit {res.returncode})", res.stderr.strip().splitlines()[-5:])
    d = json.loads(res.stdout.strip().splitlines()[-1])
    return {"input": f"synthetic {n // 1000}k N-Triples ({path.stat().st_size / 2**20:.0f} MiB)",
            "triples": d["triples"], "entailed": d["entailed"], "method": d["method"],
            "load_s": round(d["load_s"], 2), "closure_s": round(d["closure_s"], 2),
            "load_closure_s": round(d["load_s"] + d["closure_s"], 2), "process_cpu_s": round(d["cpu_s"], 2),
            "load_peak_gb": round(d["load_peak_gb"], 3),
            "peak_gb": round(d["peak_gb"], 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="owlrl on 5k only; 200k scale line")
    args = ap.parse_args()
    print(env_line())
    need("pyoxigraph", "oxrdflib  (or: pip install 'kgprobe[fast]')")
    rows = []
    from kgprobe.ontology.load import load_ontology

    if not args.quick:
        rows.append(compare("world", load_ontology("world").triples))
        triples, why = ontoprobe_triples()
        if triples is not None:
            rows.append(compare("ontoprobe (imported)", triples))
        else:
            print(f"ontoprobe: skipped ({why})")
    for n in [5_000] if args.quick else [10_000, 50_000]:
        rows.append(compare(f"synthetic {n // 1000}k", synthetic(n)))
    print_table(rows)
    print(f"kgprobe_s, owlrl_s: {REPEATS} cold run(s) each (no warm-up; median), input triples -> set of all triples; "
          "compared_triples: both outputs restricted to the six rules' shapes, equal")
    n_big = 200_000 if args.quick else 1_000_000
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kgprobe-closure-scale-") as tmp:
        nt = Path(tmp) / f"synthetic-{n_big}.nt"
        write_ntriples(n_big, nt)
        big = scale(n_big, nt)
    print()
    print_table([big])
    print("(load: kgprobe.ontology.fastparse.parse_interned, pyoxigraph; load_peak_gb: VmHWM after the load, peak_gb: "
          "after the closure; process_cpu_s: user + system CPU seconds of that whole process, imports included, which a loaded machine does not inflate as it does wall time; goals for 1M: load_closure_s <= 60, peak_gb <= 1.5)")
    tag = f"{n_big // 1000}k" if n_big < 1_000_000 else "1m"
    print(f"RATIO closure_speedup_vs_owlrl={rows[-1]['speedup']}")
    print(f"RATIO closure_scale_{tag}_s={big['load_closure_s']}")
    print(f"RATIO closure_scale_{tag}_peak_gb={big['peak_gb']}")


if __name__ == "__main__":
    main()
