"""``kge:DIR``: a trained KG embedding (``kgprobe embed ... --out DIR``) as a
probe-taker.

A memorisation probe is the query (subject, relation, ?): TP (instance,
rdf:type, ?), SCO (class, rdfs:subClassOf, ?), SPO (property,
rdfs:subPropertyOf, ?), DM (property, rdfs:domain, ?), RG (property,
rdfs:range, ?). The scorer ranks the probe's own candidate labels -- the
same candidate sets the language models rank -- by PyKEEN's ``score_t``
for (subject, relation, candidate). Candidate labels go back to entity IRIs
through the label index saved in DIR, restricted to the right kind (classes
for TP/SCO/DM/RG, properties for SPO); a label shared by several entities of
that kind takes the best of their scores.

A probe that cannot be mapped is skipped (``ScoredProbe(scores=None,
skipped=reason)``), never scored as wrong: reasoning probes (their subjects
are often pseudowords), probes without a subject IRI or relation, a subject
or relation the embedding does not know, a candidate label not in the index.

Held-out facts: an embedding trained on the very triples a probe asks about
has only to remember them. ``kgprobe embed --holdout-probes BATTERY``
removes them; ``describe()`` carries the DIR's ``holdout`` record (battery
name and sha256) and a loud warning is printed when there is none. At
scoring time every probe whose query (subject, relation) still has a triple
in the training/validation graph is marked ``extra["in_training_graph"]``
and counted in one warning line; :meth:`KgeScorer.holdout_matches` tells a
caller whether the DIR held out a given battery sha256.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from kgprobe.device import check_device, resolve_device
from kgprobe.errors import ModelError
from kgprobe.probes.io import sha256_file
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import ScoredProbe, register_scorer
from kgprobe.scorers.options import Options, option

# --- the layout of an embedding folder (written by kgprobe.embed) ---------
METRICS_FILE = "metrics.json"
ENTITIES_FILE = "entity_embeddings.parquet"
RELATIONS_FILE = "relation_embeddings.parquet"
TRIPLES_FILE = "triples.tsv"             # head, relation, tail, split (training|validation|test)
HELDOUT_FILE = "heldout_triples.tsv"     # head, relation, tail, task
PLOT_FILE = "classes.png"
TRAINING_LOG = "training_log.csv"
PYKEEN_DIR = "pykeen"                    # PipelineResult.save_to_directory: trained_model.pkl, training_triples/
MODEL_FILE = "trained_model.pkl"
LABEL_COLUMNS = ("id", "iri", "label", "kind")
FORMAT = "kgprobe-embed/1"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
#: task -> (expected relation, candidate entity kinds)
TASK_MAP = {
    "TP": (_RDF + "type", ("class",)),
    "SCO": (_RDFS + "subClassOf", ("class",)),
    "SPO": (_RDFS + "subPropertyOf", ("property",)),
    "DM": (_RDFS + "domain", ("class",)),
    "RG": (_RDFS + "range", ("class",)),
}

SKIP_REASONING = "reasoning probe (kge scores memorisation only)"
SKIP_NO_TRIPLE = "no subject IRI or relation"
SKIP_TASK = "task not mappable to a triple"
SKIP_RELATION = "relation not in the embedding graph"
SKIP_SUBJECT = "subject not in the embedding graph"
SKIP_CANDIDATE = "candidate not in the label index"


def _warn(msg: str) -> None:
    print(f"kgprobe: warning: {msg}", file=sys.stderr, flush=True)


def read_metrics(d: Path) -> dict:
    path = d / METRICS_FILE
    if not d.is_dir():
        raise ModelError(f"kge:{d}: no such folder (train one with `kgprobe embed ONTOLOGY --out {d}`)")
    if not path.is_file():
        raise ModelError(f"kge:{d}: no {METRICS_FILE} (not a `kgprobe embed` output folder)")
    try:
        m = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: not valid JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise ModelError(f"{path}: not a {FORMAT} metrics file")
    return m


def read_label_index(path: Path):
    """The label index (id, iri, label, kind) of an embedding parquet file."""
    import pandas as pd

    if not path.is_file():
        raise ModelError(f"{path}: missing")
    try:
        import pyarrow.parquet as pq

        cols = list(LABEL_COLUMNS) + (["inverse"] if "inverse" in pq.read_schema(path).names else [])
        df = pd.read_parquet(path, columns=cols)
    except Exception as exc:  # pyarrow raises several kinds
        raise ModelError(f"{path}: cannot read the label index ({str(exc).splitlines()[0]})") from None
    return df


@dataclass(frozen=True)
class KgeOptions(Options):
    device: str = option("auto", check=check_device)
    batch_size: int = option(64, minimum=1)  # queries per forward pass


class KgeScorer:
    kind = "kge"

    def __init__(self, directory: str, options: KgeOptions):
        if not directory:
            raise ModelError("kge: needs the folder `kgprobe embed` wrote, e.g. --model kge:embeddings/world_TransE")
        self.name = f"kge:{directory}"
        self.dir = Path(directory).expanduser()
        self.metrics = read_metrics(self.dir)
        self.holdout = self.metrics.get("holdout")
        self.device = resolve_device(options.device)
        self.batch_size = options.batch_size
        self._model = None
        self._seen_queries: Optional[set] = None
        self._leak_warned = False
        self.leaked = 0  # probes scored whose query is in the training graph
        ents = read_label_index(self.dir / ENTITIES_FILE)
        rels = read_label_index(self.dir / RELATIONS_FILE)
        self.entity_id = dict(zip(ents["iri"], ents["id"].astype(int)))
        if "inverse" in rels.columns:  # trained with inverse triples: the forward rows
            rels = rels[~rels["inverse"].astype(bool)]
        self.relation_id = dict(zip(rels["iri"], rels["id"].astype(int)))
        # (kind, label) -> entity ids; and casefolded labels as a fallback
        self.by_label: dict[tuple[str, str], list[int]] = {}
        self.by_folded: dict[tuple[str, str], list[int]] = {}
        for i, label, kind in zip(ents["id"].astype(int), ents["label"], ents["kind"]):
            self.by_label.setdefault((kind, label), []).append(i)
            self.by_folded.setdefault((kind, str(label).casefold()), []).append(i)
        self.model_path = self.dir / PYKEEN_DIR / MODEL_FILE
        if not self.model_path.is_file():
            raise ModelError(f"kge:{directory}: no {PYKEEN_DIR}/{MODEL_FILE}")
        if not self.holdout:
            _warn(f"{self.name} was trained without --holdout-probes: the memorisation probes ask about "
                  "triples it was trained on, so its scores measure recall of its training graph, not prediction "
                  "(retrain with `kgprobe embed ... --holdout-probes BATTERY`)")

    # ------------------------------------------------------------------
    def describe(self) -> dict:
        man = self.metrics.get("manifest", {})
        return {
            "model_name": self.name,
            "kind": self.kind,
            "kge_model": man.get("model"),
            "model_sha256": sha256_file(self.model_path),
            "directory": str(self.dir.resolve()),
            "device": self.device,
            "dtype": "float32",
            "embed_manifest": man,
            "embed_test_metrics": self.metrics.get("test"),
            "holdout": self.holdout,
            "holdout_warning": None if self.holdout else
            "trained without held-out probes: memorisation scores are recall of training triples",
        }

    def holdout_matches(self, battery_sha256: Optional[str]) -> Optional[bool]:
        """True when DIR was trained holding out the battery (or probes file)
        with this sha256, False when it held out another or none, None when
        the sha256 is unknown."""
        if not battery_sha256:
            return None
        return bool(self.holdout) and self.holdout.get("sha256") == battery_sha256

    # ------------------------------------------------------------------
    def _load(self):
        if self._model is None:
            import torch

            try:
                model = torch.load(self.model_path, map_location=self.device, weights_only=False)
            except Exception as exc:  # unpickling raises many kinds
                raise ModelError(f"{self.model_path}: cannot load ({str(exc).splitlines()[0]})") from None
            model.eval()
            self._model = model
        return self._model

    def seen_queries(self) -> set:
        """(head, relation) of every training/validation triple in DIR."""
        if self._seen_queries is None:
            import pandas as pd

            path = self.dir / TRIPLES_FILE
            seen: set = set()
            if path.is_file():
                df = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
                df = df[df["split"].isin(["training", "validation"])]
                seen = set(zip(df["head"], df["relation"]))
            self._seen_queries = seen
        return self._seen_queries

    def _candidate_ids(self, label: str, kinds: tuple[str, ...]) -> list[int]:
        for table, key in ((self.by_label, label), (self.by_folded, label.casefold())):
            ids = [i for k in kinds for i in table.get((k, key), ())]
            if ids:
                return ids
        return []

    def _plan(self, p: Probe):
        """(head id, relation id, [candidate ids per candidate]) or a skip reason."""
        if p.kind != "memorisation":
            return SKIP_REASONING
        if not p.subject_iri or not p.relation:
            return SKIP_NO_TRIPLE
        if p.task not in TASK_MAP:
            return SKIP_TASK
        kinds = TASK_MAP[p.task][1]
        r = self.relation_id.get(p.relation)
        if r is None:
            return SKIP_RELATION
        h = self.entity_id.get(p.subject_iri)
        if h is None:
            return SKIP_SUBJECT
        cands = []
        for c in p.candidates:
            ids = self._candidate_ids(c, kinds)
            if not ids:
                return SKIP_CANDIDATE
            cands.append(ids)
        return h, r, cands

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        plans = [self._plan(p) for p in probes]
        todo = [i for i, pl in enumerate(plans) if not isinstance(pl, str)]
        rows: dict[int, list[float]] = {}
        if todo:
            import torch

            model = self._load()
            with torch.inference_mode():
                for start in range(0, len(todo), self.batch_size):
                    chunk = todo[start:start + self.batch_size]
                    hr = torch.tensor([[plans[i][0], plans[i][1]] for i in chunk], dtype=torch.long,
                                      device=self.device)
                    scores = model.score_t(hr_batch=hr).float().cpu().numpy()
                    for row, i in zip(scores, chunk):
                        rows[i] = [float(max(row[j] for j in ids)) for ids in plans[i][2]]
        seen = self.seen_queries() if todo else set()
        out, leaked = [], 0
        for i, p in enumerate(probes):
            pl = plans[i]
            if isinstance(pl, str):
                out.append(ScoredProbe(p.id, list(p.candidates), None, skipped=pl))
                continue
            extra = {}
            if (p.subject_iri, p.relation) in seen:
                extra["in_training_graph"] = True
                leaked += 1
            out.append(ScoredProbe(p.id, list(p.candidates), rows[i], extra=extra))
        self.leaked += leaked
        if leaked and not self._leak_warned:
            self._leak_warned = True
            _warn(f"{self.name}: scored probes ask (subject, relation) queries whose answer triples are in the "
                  f"embedding's training graph, not held out ({leaked} of the first {len(todo)}; each is marked "
                  "in_training_graph): their ranks measure recall, not prediction")
        return out


@register_scorer("kge", KgeOptions)
def _kge(rest: str, options: KgeOptions):
    return KgeScorer(rest, options)
