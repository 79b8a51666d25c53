"""What ``kgprobe embed`` writes into DIR (besides metrics.json).

* ``entity_embeddings.parquet`` / ``relation_embeddings.parquet``: the label
  index -- ``id`` (PyKEEN's id), ``iri`` (PyKEEN's label), ``label`` (human
  label), ``kind`` (class | instance | property for entities; property |
  schema for relations; entity | relation for PyKEEN datasets), for classes
  ``top_class``, for a model trained with inverse triples ``inverse`` (two
  rows per relation, same id) -- then one column per coordinate: ``d0 .. d{n-1}`` for real
  embeddings, ``re0 .. re{n-1}, im0 .. im{n-1}`` for complex ones (RotatE,
  ComplEx); a model with several representations per entity (TransD, ...)
  adds ``r1_d0 ...`` for the second, and so on (matrices are flattened).
* ``triples.tsv``: head, relation, tail, split (training | validation |
  test) -- what was trained on, validated and tested;
  ``heldout_triples.tsv``: the triples removed by ``--holdout-probes``.
* ``pykeen/``: ``PipelineResult.save_to_directory`` (``trained_model.pkl``,
  ``training_triples/``, ``metadata.json``; PyKEEN's ``results.json`` is
  renamed ``pykeen_results.json`` so that report tools that collect
  kgprobe ``results.json`` files do not pick it up).
* ``classes.png``: 2-D PCA of the class embeddings, coloured by top-level class.
* ``training_log.csv``: PyKEEN's CSV result tracker (losses, validation metrics).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from kgprobe.io import atomic_path, atomic_write
from kgprobe.scorers.kge import (
    ENTITIES_FILE,
    HELDOUT_FILE,
    MODEL_FILE,
    PLOT_FILE,
    PYKEEN_DIR,
    RELATIONS_FILE,
    TRAINING_LOG,
    TRIPLES_FILE,
)


def representation_columns(reps) -> tuple[list[str], np.ndarray]:
    """Column names and the (n, k) float matrix of a ModuleList of PyKEEN
    representations (all of them, side by side)."""
    import torch

    names: list[str] = []
    blocks: list[np.ndarray] = []
    for k, rep in enumerate(reps):
        with torch.no_grad():
            x = rep(indices=None).detach().cpu()
        x = x.reshape(x.shape[0], -1)
        prefix = "" if k == 0 else f"r{k}_"
        if x.is_complex():
            n = x.shape[1]
            names += [f"{prefix}re{i}" for i in range(n)] + [f"{prefix}im{i}" for i in range(n)]
            blocks.append(torch.cat([x.real, x.imag], dim=1).float().numpy())
        else:
            names += [f"{prefix}d{i}" for i in range(x.shape[1])]
            blocks.append(x.float().numpy())
    mat = np.concatenate(blocks, axis=1) if blocks else np.zeros((0, 0), dtype=np.float32)
    return names, mat


def embedding_frame(table: dict, to_id: dict, reps, top_class: dict | None = None, inverse: bool = False):
    """The label index of ``table`` (iri -> (label, kind)) joined with the
    embeddings, one row per PyKEEN id. With ``inverse`` (a model trained
    with inverse triples) representation row 2i is relation i and row 2i+1
    its inverse (PyKEEN's DefaultRelationInverter): both rows carry id i,
    the second ``inverse`` = True."""
    import pandas as pd

    names, mat = representation_columns(reps)
    n = mat.shape[0]
    by_id = {i: iri for iri, i in to_id.items()}
    ids = np.arange(n, dtype=np.int64) // 2 if inverse else np.arange(n, dtype=np.int64)
    iris = [by_id[int(i)] for i in ids]
    index = pd.DataFrame({
        "id": ids,
        "iri": iris,
        "label": [table.get(i, (i, ""))[0] for i in iris],
        "kind": [table.get(i, ("", "unknown"))[1] for i in iris],
    })
    if inverse:
        index["inverse"] = np.arange(n) % 2 == 1
    if top_class:
        index["top_class"] = [top_class.get(i) if table.get(i, ("", ""))[1] == "class" else None for i in iris]
    values = pd.DataFrame(mat, columns=names)
    return pd.concat([index, values], axis=1), names


def labelled(factory) -> list[tuple[str, str, str]]:
    """A factory's triples as labels (without PyKEEN's expensive, warning
    ``factory.triples``)."""
    ent = {i: e for e, i in factory.entity_to_id.items()}
    rel = {i: r for r, i in factory.relation_to_id.items()}
    return [(ent[h], rel[r], ent[t]) for h, r, t in factory.mapped_triples.tolist()]


def write_triples(path: Path, parts: dict) -> None:
    with atomic_write(path, newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["head", "relation", "tail", "split"])
        for split, factory in parts.items():
            w.writerows([h, r, t, split] for h, r, t in labelled(factory))


def pca_2d(x: np.ndarray) -> np.ndarray:
    """The first two principal components of the rows of ``x`` (numpy SVD;
    each axis's sign fixed so that its largest loading is positive)."""
    x = x - x.mean(axis=0, keepdims=True)
    u, s, vt = np.linalg.svd(x, full_matrices=False)
    vt = vt[:2]
    signs = np.sign(vt[np.arange(len(vt)), np.abs(vt).argmax(axis=1)])
    signs[signs == 0] = 1
    xy = x @ (vt * signs[:, None]).T
    if xy.shape[1] < 2:
        xy = np.pad(xy, ((0, 0), (0, 2 - xy.shape[1])))
    return xy


def plot_classes(frame, names: list[str], entities: dict, path: Path, title: str, seed: int = 0) -> bool:
    """PCA of the class rows of ``frame``, coloured by top-level class.
    False when there are fewer than 3 classes (nothing to plot)."""
    classes = frame[frame["kind"] == "class"]
    if len(classes) < 3:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xy = pca_2d(classes[names].to_numpy(dtype=np.float64))
    tops = [t if isinstance(t, str) else i for t, i in zip(classes.get("top_class", classes["iri"]), classes["iri"])]
    groups = sorted(set(tops), key=lambda t: (-tops.count(t), t))
    shown = groups[:19]
    cmap = plt.get_cmap("tab10" if len(groups) <= 10 else "tab20")
    fig, ax = plt.subplots(figsize=(10, 6.5), dpi=110)
    for gi, g in enumerate(shown + (["(other)"] if len(groups) > len(shown) else [])):
        mask = np.array([(t == g) if g != "(other)" else (t not in shown) for t in tops])
        label = entities.get(g, (g, ""))[0] if g != "(other)" else g
        ax.scatter(xy[mask, 0], xy[mask, 1], s=24, color=cmap(gi % cmap.N), label=f"{label} ({int(mask.sum())})",
                   alpha=0.85, edgecolors="none")
    for (px, py), iri in zip(xy, classes["iri"]):
        if iri in groups:  # name the top-level classes themselves
            ax.annotate(entities.get(iri, (iri, ""))[0], (px, py), fontsize=7, alpha=0.8)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("PC 1")
    ax.set_ylabel("PC 2")
    ax.legend(title="top-level class", fontsize=7, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0),
              markerscale=1.2, frameon=False)
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format=Path(path).suffix.lstrip(".") or "png")
    plt.close(fig)
    return True


def write_outputs(out: Path, result, prepared, cfg) -> dict:
    """Write every file but metrics.json; returns {what: file name}."""
    files: dict = {}
    model = result.model
    training = prepared.training
    ent_frame, ent_names = embedding_frame(prepared.entities, training.entity_to_id, model.entity_representations,
                                           prepared.top_class)
    with atomic_path(out / ENTITIES_FILE) as tmp:
        ent_frame.to_parquet(tmp, index=False)
    files["entity_embeddings"] = ENTITIES_FILE
    rel_frame, _ = embedding_frame(prepared.relations, training.relation_to_id, model.relation_representations,
                                   inverse=bool(getattr(model, "use_inverse_triples", False)))
    with atomic_path(out / RELATIONS_FILE) as tmp:
        rel_frame.to_parquet(tmp, index=False)
    files["relation_embeddings"] = RELATIONS_FILE

    write_triples(out / TRIPLES_FILE, {"training": training, "validation": prepared.validation,
                                       "test": prepared.testing})
    files["triples"] = TRIPLES_FILE
    if prepared.holdout is not None:
        from kgprobe.embed.graph import SCHEMA_RELATIONS

        with atomic_write(out / HELDOUT_FILE, newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["head", "relation", "tail", "group"])
            for h, r, t in prepared.heldout:
                w.writerow([h, r, t, SCHEMA_RELATIONS.get(r, (None, "relation"))[1]])
        files["heldout_triples"] = HELDOUT_FILE
    elif (out / HELDOUT_FILE).exists():
        (out / HELDOUT_FILE).unlink()  # a stale file from an earlier run in the same folder

    pk = out / PYKEEN_DIR
    result.save_to_directory(pk)
    if (pk / "results.json").exists():
        (pk / "results.json").replace(pk / "pykeen_results.json")
    files["pykeen_model"] = f"{PYKEEN_DIR}/{MODEL_FILE}"
    if (out / TRAINING_LOG).exists():
        files["training_log"] = TRAINING_LOG

    if cfg.plot:
        title = f"{type(model).__name__} class embeddings of {prepared.name} (PCA, {len(ent_names)} dims)"
        if plot_classes(ent_frame, ent_names, prepared.entities, out / PLOT_FILE, title, cfg.seed):
            files["class_plot"] = PLOT_FILE
        elif (out / PLOT_FILE).exists():
            (out / PLOT_FILE).unlink()
    return files
