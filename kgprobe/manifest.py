"""Package versions for run manifests (results.json, embedding metrics.json)."""

from __future__ import annotations

import importlib.metadata

from kgprobe import __version__

PACKAGES = ("numpy", "pandas", "pyarrow", "torch", "transformers", "tokenizers", "accelerate", "gguf", "pykeen",
            "rdflib", "owlrl", "owlready2", "networkx", "matplotlib", "scikit-learn", "tqdm", "pyyaml")


def package_versions(names=PACKAGES) -> dict:
    """kgprobe's version and that of each installed package in ``names``."""
    out = {"kgprobe": __version__}
    for name in names:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            pass
    return out
