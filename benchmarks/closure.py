"""RDFS closure (rdfs2, rdfs3, rdfs5, rdfs7, rdfs9, rdfs11): kgprobe against owlrl.

Both closures run on the same triples and must give identical sets. Sizes:
world, the imported OntoProbe ontology (if ../shared/ontoprobe exists and
`kgprobe import ontoprobe` works), seeded synthetic ontologies of about 10k and
50k triples (class chains, domains, ranges, subproperties), then kgprobe alone
on 1M synthetic triples (wall time and peak memory, in a subprocess).

kgprobe_s times ``rdfs_closure(triples)`` plus decoding ``all_triples`` (a
set of rdflib triples, what owlrl's result gives); method is the evaluation
that ran (stratified, or the general worklist for meta-modelled vocabularies);
worklist_s times the same with ``method="worklist"`` forced, for reference.

    python benchmarks/closure.py            # full (about a minute or two)
    python benchmarks/closure.py --quick    # 10k only for owlrl, 200k alone

Ends with: RATIO closure_speedup_vs_owlrl=<owlrl seconds / kgprobe seconds at 50k (10k in --quick)>
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from _common import env_line, fail, print_table, timed

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


def compare(name, triples, repeats):
    from kgprobe.reasoning import rdfs_closure
    from kgprobe.reasoning.reference import owlrl_closure

    def run(method="auto"):
        c = rdfs_closure(triples, method=method)
        return c, c.all_triples  # decoded, ready to use

    t_k, (closure, everything) = timed(run, repeats=repeats)
    t_w, (_, slow) = timed(lambda: run("worklist"), repeats=1, warmup=0)
    t0 = time.perf_counter()
    ref = owlrl_closure(triples)
    t_o = time.perf_counter() - t0
    same = everything == ref == slow
    if not same:
        fail(f"{name}: kgprobe's closure ({len(everything)} triples; worklist {len(slow)}) differs from owlrl's "
             f"({len(ref)})", [f"only kgprobe: {t}" for t in sorted(everything - ref)[:10]]
             + [f"only owlrl: {t}" for t in sorted(ref - everything)[:10]]
             + [f"only worklist: {t}" for t in sorted(slow ^ everything)[:10]])
    return {"input": name, "asserted": len(set(triples)), "entailed": len(closure.derivations),
            "method": closure.method, "kgprobe_s": round(t_k, 3), "worklist_s": round(t_w, 2),
            "owlrl_s": round(t_o, 2), "speedup": round(t_o / t_k, 1), "identical": same}


def alone(n: int) -> dict:
    """kgprobe's closure alone on n synthetic triples, in a fresh process."""
    code = (
        "import sys, time, resource, json; sys.path.insert(0, %r); sys.path.insert(0, %r)\n"
        "from closure import synthetic\n"
        "from kgprobe.reasoning import rdfs_closure\n"
        "def rss():  # VmHWM: ru_maxrss would include the parent's size at fork (Linux keeps it across exec)\n"
        "    try:\n"
        "        return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))/1024\n"
        "    except (OSError, StopIteration):\n"
        "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024\n"
        "t0=time.perf_counter(); tr=synthetic(%d); t1=time.perf_counter(); r0=rss()\n"
        "c=rdfs_closure(tr); t2=time.perf_counter(); r1=rss()\n"
        "n=len(c.all_triples); t3=time.perf_counter(); r2=rss()\n"
        "print(json.dumps({'generate_s': t1-t0, 'closure_s': t2-t1, 'all_triples_s': t3-t2, 'method': c.method,"
        " 'entailed': len(c.derivations), 'input_rss_mb': r0, 'peak_rss_mb': r1, 'peak_rss_all_mb': r2}))\n"
    ) % (str(REPO / "benchmarks"), str(REPO), n)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    d = json.loads(res.stdout.strip().splitlines()[-1])
    return {"input": f"synthetic {n // 1000}k (kgprobe alone)", "asserted": n, "entailed": d["entailed"],
            "method": d["method"], "kgprobe_s": round(d["closure_s"], 2), "peak_rss_mb": round(d["peak_rss_mb"]),
            "input_rss_mb": round(d["input_rss_mb"]), "all_triples_s": round(d["all_triples_s"], 2),
            "peak_rss_all_mb": round(d["peak_rss_all_mb"])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="owlrl on 10k only; kgprobe alone on 200k")
    args = ap.parse_args()
    print(env_line())
    rows = []
    from kgprobe.ontology.load import load_ontology

    if (REPO / "ontologies" / "world.ttl").exists():
        rows.append(compare("world", load_ontology("world").triples, 3))
    if not args.quick:
        triples, why = ontoprobe_triples()
        if triples is not None:
            rows.append(compare("ontoprobe (imported)", triples, 3))
        else:
            print(f"ontoprobe: skipped ({why})")
    sizes = [10_000] if args.quick else [10_000, 50_000]
    for n in sizes:
        rows.append(compare(f"synthetic {n // 1000}k", synthetic(n), 3))
    big = alone(200_000 if args.quick else 1_000_000)
    print_table(rows)
    print()
    print_table([big])
    print("(kgprobe_s there is the closure alone; all_triples_s then decodes every triple into one Python set; "
          "input_rss_mb is the process with the input triples built, before the closure)")
    headline = rows[-1]
    print(f"RATIO closure_speedup_vs_owlrl={headline['speedup']}")


if __name__ == "__main__":
    main()
