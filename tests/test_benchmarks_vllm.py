"""Argument handling of benchmarks/gpu_check.py and benchmarks/scoring_vllm.py
(their real runs need a GPU or vLLM: benchmarks/README and the README's 'vLLM'
section); no model is loaded here."""

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def gpu_check():
    sys.path.insert(0, str(BENCH))
    try:
        import gpu_check
    finally:
        sys.path.remove(str(BENCH))
    return gpu_check


def test_gpu_check_paths(gpu_check, tmp_path):
    a = gpu_check.parse_args(["--paths", "vllm", "--causal-config", str(tmp_path)])
    assert a.paths == ["vllm"] and a.causal_config == tmp_path and a.bert_tokenizer is None
    a = gpu_check.parse_args(["--bert-tokenizer", str(tmp_path), "--causal-config", str(tmp_path)])
    assert a.paths == ["masked", "causal"]
    a = gpu_check.parse_args(["--paths", "causal, vllm", "--causal-config", str(tmp_path),
                              "--vllm-engine", "tensor_parallel_size=2,max_model_len=512"])
    assert a.paths == ["causal", "vllm"] and a.vllm_engine == "tensor_parallel_size=2,max_model_len=512"


@pytest.mark.parametrize("args, message", [
    (["--paths", "vllm,tpu", "--causal-config", "."], "unknown tpu"),
    (["--paths", ",", "--causal-config", "."], "(none given)"),
    (["--paths", "vllm"], "need --causal-config"),
    (["--paths", "masked"], "needs --bert-tokenizer"),
    (["--paths", "vllm", "--causal-config", "/no/such/folder"], "no such folder"),
    (["--paths", "vllm", "--causal-config", ".", "--vllm-engine", "tensor_parallel_size"], "KEY=VALUE"),
    (["--paths", "vllm", "--causal-config", ".", "--probes", "0"], "at least 1"),
])
def test_gpu_check_bad_arguments(gpu_check, args, message, capsys):
    with pytest.raises(SystemExit) as exc:
        gpu_check.parse_args(args)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_gpu_check_without_cuda_says_so(gpu_check, tmp_path, capsys):
    """On this CPU machine: no model is built, and the requested ratios are nan."""
    pytest.importorskip("torch")
    import torch

    if torch.cuda.is_available():
        pytest.skip("a CUDA device is present: the script would run for real")
    gpu_check.main(["--paths", "causal,vllm", "--causal-config", str(tmp_path)])
    out = capsys.readouterr().out
    assert "no CUDA device: nothing to check" in out
    assert "RATIO gpu_vs_cpu_speedup=nan" in out and "RATIO vllm_vs_hf=nan" in out
    gpu_check.main(["--paths", "vllm", "--causal-config", str(tmp_path)])
    out = capsys.readouterr().out
    assert "RATIO vllm_vs_hf=nan" in out and "gpu_vs_cpu" not in out


@pytest.fixture(scope="module")
def scoring_vllm():
    sys.path.insert(0, str(BENCH))
    try:
        import scoring_vllm
    finally:
        sys.path.remove(str(BENCH))
    return scoring_vllm


def test_scoring_vllm_arguments(scoring_vllm, capsys):
    a = scoring_vllm.parse_args(["--quick", "--block-size", "32", "--engine", "max_model_len=256"])
    assert a.quick and a.block_size == 32 and a.engine == "max_model_len=256" and a.scope == "answer+suffix"
    for bad, message in ((["--block-size", "0"], "at least 1"), (["--engine", "x"], "KEY=VALUE"),
                         (["--scope", "all"], "invalid choice")):
        with pytest.raises(SystemExit) as exc:
            scoring_vllm.parse_args(bad)
        assert exc.value.code == 2 and message in capsys.readouterr().err


def test_scoring_vllm_agreement_figures(scoring_vllm):
    from kgprobe.scorers.base import ScoredProbe

    a = [ScoredProbe("p1", ["x", "y"], [-1.0, -2.0]), ScoredProbe("p2", ["x", "y"], [-3.0, -1.0]),
         ScoredProbe("p3", ["x"], None, skipped="too long")]
    b = [ScoredProbe("p1", ["x", "y"], [-1.0005, -2.0]), ScoredProbe("p2", ["x", "y"], [-0.5, -1.0]),
         ScoredProbe("p3", ["x"], None, skipped="too long")]
    worst, same, n = scoring_vllm.agreement(a, b)
    assert worst == pytest.approx(2.5) and same == 1 and n == 2
