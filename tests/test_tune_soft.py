"""Soft prompts (kgprobe tune, kgprobe run --soft) on a tiny random
BertForMaskedLM: file round trip, scores against embeddings fed by hand,
determinism, the CLI and its one-line errors."""

import hashlib
import json
import math
import pickle

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("safetensors")

from conftest import FIXTURES, run_cli  # noqa: E402
from kgprobe.errors import SoftPromptError  # noqa: E402
from kgprobe.probes.model import Probe  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.tune import soft, train  # noqa: E402
from test_scorers_masked import tiny_bert  # noqa: E402,F401  (the session fixture)

ONTO = FIXTURES / "tune_zorp.ttl"
BATTERY = FIXTURES / "tune_zorp_battery.yaml"
CANDS = ["animal", "city", "colour", "hippopotamus"]


@pytest.fixture(scope="module")
def scorer(tiny_bert):  # noqa: F811
    return make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu"))


def _probe(x="Dog", split="test"):
    return Probe(task="TP", kind="memorisation", prompt=f"{x} zorp [Y] .", candidates=CANDS, gold=["animal"],
                 template="tp_zorp", split=split)


def _prompt(scorer, init="random", seed=3):
    sp = soft.template_prompt("TP", "tp_zorp", "[X] zorp [Y] .")
    return train.init_embeddings(scorer, sp, init, None, seed)


def test_template_regex_finds_the_words():
    sp = soft.template_prompt("DM", "dm_one_has_to_be", "One has to be a particular [Y] [X:domain-clause] .")
    p = Probe(task="DM", kind="memorisation", prompt="One has to be a particular [Y] if one was born in a city .",
              candidates=["x"], gold=["x"], template="dm_one_has_to_be")
    assert sp.blocks == ["One has to be a particular"]
    assert sp.spans(p) == [(0, len("One has to be a particular"), 0)]
    other = Probe(task="DM", kind="memorisation", prompt="Only a [Y] can fly .", candidates=["x"], gold=["x"],
                  template="dm_only")
    assert sp.spans(other) is None
    conj = soft.conjunction_prompt("Therefore,")
    r = Probe(task="rdfs9", kind="reasoning", prompt="Rex is a dog . Therefore, rex is a particular [Y] .",
              candidates=["x"], gold=["x"])
    assert conj.spans(r) == [(15, 25, 0)]


def test_safetensors_round_trip_is_bit_for_bit(scorer, tmp_path):
    sp = _prompt(scorer)
    path = soft.save(sp, tmp_path)
    back = soft.load(tmp_path)
    assert back.embeddings.dtype == torch.float32
    assert torch.equal(back.embeddings, sp.embeddings)
    assert back.embeddings.numpy().tobytes() == sp.embeddings.numpy().tobytes()
    assert back.meta() == sp.meta()
    assert back.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_template_init_scores_like_the_words(scorer):
    """Soft vectors that are the template words' own embeddings give the
    manual template's scores (the words are only swapped for their vectors)."""
    probes = [_probe("Dog"), _probe("Paris")]
    manual = [x for s in scorer.score(probes) for x in s.scores]
    try:
        soft.attach(scorer, [_prompt(scorer, "template")])
        same = [x for s in scorer.score(probes) for x in s.scores]
        soft.attach(scorer, [_prompt(scorer, "random")])
        other = [x for s in scorer.score(probes) for x in s.scores]
    finally:
        scorer.soft = None
    assert same == pytest.approx(manual, abs=1e-5)
    assert other != pytest.approx(manual, abs=1e-3)


def test_soft_scores_equal_embeddings_fed_by_hand(scorer):
    """Masked: the score of a candidate of n tokens is the mean of the
    log-probs of its tokens at n masks; here the input embeddings are built by
    hand ([CLS] Dog <soft> [MASK]*n . [SEP]) and run through the model."""
    sp = _prompt(scorer, "random")
    probe = _probe("Dog")
    tok, model = scorer.tokenizer, scorer.model
    try:
        soft.attach(scorer, [sp])
        got = scorer.score([probe])[0].scores
    finally:
        scorer.soft = None
    emb = model.get_input_embeddings()
    for cand, s in zip(CANDS, got):
        ids = tok(" " + cand, add_special_tokens=False)["input_ids"]
        n = len(ids)
        before = tok("Dog", add_special_tokens=False)["input_ids"]
        after = tok(" ".join([tok.mask_token] * n) + " .", add_special_tokens=False)["input_ids"]
        with torch.no_grad():
            x = torch.cat([emb(torch.tensor([tok.cls_token_id] + before)), sp.embeddings,
                           emb(torch.tensor(after + [tok.sep_token_id]))])[None]
            logits = model(inputs_embeds=x).logits[0]
        at = 1 + len(before) + sp.embeddings.shape[0]
        lp = logits[at: at + n].log_softmax(-1)
        want = float(lp[torch.arange(n), torch.tensor(ids)].mean())
        assert s == pytest.approx(want, abs=1e-5)


def test_losses_against_their_formulas():
    s = torch.tensor([-1.0, -2.0, -0.5, -3.0])
    gold = torch.tensor([False, True, True, False])
    z = sum(math.exp(v) for v in s.tolist())
    nll = -(math.log(math.exp(-2.0) / z) + math.log(math.exp(-0.5) / z)) / 2
    assert float(train.loss_of(s, gold, "nll")) == pytest.approx(nll, rel=1e-6)
    sig = [1 / (1 + math.exp(-v)) for v in s.tolist()]
    bce = -sum(math.log(p) if g else math.log(1 - p) for p, g in zip(sig, gold.tolist())) / 4
    assert float(train.loss_of(s, gold, "bce")) == pytest.approx(bce, rel=1e-6)


class _Done:
    """What an in-process ``kgprobe`` call returned and printed (as CompletedProcess)."""

    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def _main(capsys, *args):
    """``kgprobe ARGS`` in this process (no second torch import): exit code, stdout, stderr."""
    from kgprobe.cli.main import main

    capsys.readouterr()
    try:
        rc = main([str(a) for a in args])
    except SystemExit as exc:
        rc = exc.code
    out, err = capsys.readouterr()
    return _Done(rc, out, err)


def _tune(model_dir, out, *extra):
    """One tune in a real process (the other goes in-process: the same bytes across processes)."""
    return run_cli("tune", "--model", f"hf:{model_dir}", "--ontology", ONTO, "--battery", BATTERY, "--task", "TP",
                   "--device", "cpu", "--no-progress", "--out", out, *extra, timeout=300)


def test_tune_and_run_soft_cli(tiny_bert, tmp_path, capsys):  # noqa: F811
    a, b = tmp_path / "a", tmp_path / "b"
    tune_args = ("--init", "random", "--epochs", "2", "--lr", "0.1", "--seed", "7", "--loss", "bce")
    r = _tune(tiny_bert, a, *tune_args)
    assert r.returncode == 0, r.stderr
    r = _main(capsys, "tune", "--model", f"hf:{tiny_bert}", "--ontology", ONTO, "--battery", BATTERY, "--task", "TP",
              "--device", "cpu", "--no-progress", "--out", b, *tune_args)
    assert r.returncode == 0, r.stderr
    # deterministic for a seed on CPU: the same bytes
    assert (a / soft.FILE).read_bytes() == (b / soft.FILE).read_bytes()
    info = json.loads((a / "tune.json").read_text())
    assert info["train_size"] == 4 and info["dev_size"] == 4
    assert [c["epoch"] for c in info["dev_curve"]][:2] == [0, 1]
    assert info["dev_curve"][info["best_epoch"]]["dev_mrr"] == max(c["dev_mrr"] for c in info["dev_curve"])
    assert info["soft_prompt_sha256"] == hashlib.sha256((a / soft.FILE).read_bytes()).hexdigest()
    assert info["battery_sha256"] and info["model_fingerprint"]["hidden_size"] == 32
    assert not list(a.glob("*.tmp"))

    runs = tmp_path / "runs"
    common = ("run", "--model", f"hf:{tiny_bert}", "--ontology", ONTO, "--battery", BATTERY, "--device", "cpu",
              "--no-progress", "--out", runs)
    r = _main(capsys, *common)
    assert r.returncode == 0, r.stderr
    r = _main(capsys, *common, "--soft", a)
    assert r.returncode == 0, r.stderr
    manual, softrun = sorted(runs.glob("*/results.json"), key=lambda p: "_soft-" in p.parent.name)
    assert "_soft-" in softrun.parent.name and "_soft-" not in manual.parent.name
    m, s = json.loads(manual.read_text()), json.loads(softrun.read_text())
    assert "prompt" not in m and s["prompt"] == "softT+manC"  # a template soft, the conjunction manual
    assert s["soft_prompts"][0]["sha256"] == info["soft_prompt_sha256"]
    assert s["soft_prompts"][0]["covers"] == 4
    fp = json.loads((softrun.parent / "run.json").read_text())["fingerprint"]
    assert fp != json.loads((manual.parent / "run.json").read_text())["fingerprint"]
    ms = [json.loads(x) for x in (manual.parent / "predictions.jsonl").read_text().splitlines()]
    ss = [json.loads(x) for x in (softrun.parent / "predictions.jsonl").read_text().splitlines()]
    assert [x["probe_id"] for x in ms] == [x["probe_id"] for x in ss]
    assert [x["top5"] for x in ms] != [x["top5"] for x in ss]

    # the leaderboard keeps them apart, with a prompt column
    r = _main(capsys, "leaderboard", runs)
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("| hf:")]
    assert len(rows) == 2 and "| prompt " in r.stdout, r.stdout
    assert sorted(row.split("|")[3].strip() for row in rows) == ["manual", "softT+manC"]
    assert any("(softT+manC)" in row.split("|")[1] for row in rows)
    r = _main(capsys, "leaderboard", runs, "--by", "prompt")
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("| hf:")]
    assert len(rows) == 1 and "TP manual" in r.stdout and "TP softT+manC" in r.stdout, r.stdout
    cells = [c.strip() for c in rows[0].split("|")]
    header = [c.strip() for c in next(line for line in r.stdout.splitlines() if "TP manual" in line).split("|")]
    for col, res in (("TP manual", m), ("TP softT+manC", s)):  # "0.708 (n=4)": each cell states its probes
        value, _, n = cells[header.index(col)].strip("*\u2021").partition(" (n=")
        assert float(value) == pytest.approx(res["metrics"]["by_task"]["TP"]["MRR"], abs=5e-4)
        assert int(n.rstrip(")*\u2021")) == res["metrics"]["by_task"]["TP"]["n"]


def _one_line_exit_2(r, *needles):
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    for n in needles:
        assert n in lines[0], lines[0]


def test_bad_soft_prompts_fail_in_one_line(scorer, tiny_bert, tmp_path, capsys):  # noqa: F811
    run = ("run", "--model", f"hf:{tiny_bert}", "--ontology", ONTO, "--battery", BATTERY, "--device", "cpu",
           "--no-progress", "--out", tmp_path / "runs", "--soft")
    # a missing file
    _one_line_exit_2(_main(capsys, *run, tmp_path / "nowhere"), "nowhere", "no such file")
    # a pickle under the expected name
    pk = tmp_path / "pickled"
    pk.mkdir()
    with open(pk / soft.FILE, "wb") as f:
        pickle.dump({"embeddings": [1.0, 2.0]}, f)
    _one_line_exit_2(_main(capsys, *run, pk), "pickle")
    torch.save({"embeddings": torch.zeros(2, 32)}, pk / soft.FILE)
    _one_line_exit_2(_main(capsys, *run, pk), "pickle")
    # another model: hidden size differs
    sp = _prompt(scorer)
    narrow = soft.SoftPrompt(**{**sp.meta(), "embeddings": sp.embeddings[:, :16],
                                "model": {**sp.model, "hidden_size": 16}})
    soft.save(narrow, tmp_path / "narrow")
    _one_line_exit_2(_main(capsys, *run, tmp_path / "narrow"), "hidden size 16")
    # another model: same width, other weights
    alien = soft.SoftPrompt(**{**sp.meta(), "embeddings": sp.embeddings, "model": {**sp.model, "fingerprint": "0" * 64}})
    soft.save(alien, tmp_path / "alien")
    _one_line_exit_2(_main(capsys, *run, tmp_path / "alien"), "another model")
    assert not (tmp_path / "runs").exists() or not list((tmp_path / "runs").glob("*/results.json"))
    with pytest.raises(SoftPromptError):
        soft.load(tmp_path / "nowhere")
