"""kgprobe explain: attributions, spans, ablation and the CLI, on tiny random
models (the causal and masked fixtures of the scorer tests) and on a
hand-built two-layer model."""

from __future__ import annotations

import json

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("captum", reason="kgprobe explain needs captum (pip install 'kgprobe[explain]')")

from test_scorers_causal import smollm2_dir, tiny_llama  # noqa: E402,F401  (fixtures)
from test_scorers_masked import tiny_bert  # noqa: E402,F401  (fixture)

from kgprobe.cli.main import main  # noqa: E402
from kgprobe.explain.ablation import edited_probes  # noqa: E402
from kgprobe.explain.methods import gradient_vectors, rollout  # noqa: E402
from kgprobe.explain.spans import char_parts  # noqa: E402
from kgprobe.explain.target import make_target  # noqa: E402
from kgprobe.probes.model import Probe  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402

CANDS = ["animal", "dog", "plant", "city", "person"]
P1 = "Every poodle is a dog ."
P2 = "Rex is a poodle ."
HYP = "Therefore, Rex is a particular [Y] ."


def probes() -> list[Probe]:
    base = dict(task="rdfs9", kind="reasoning", candidates=CANDS, gold=["dog"], subject="Rex", template="t9")
    return [
        Probe(prompt=f"{P1} {P2} {HYP}", stated=[P1, P2], setting="EX-EX", **base),
        Probe(prompt=f"{P2} {P1} {HYP}", stated=[P2, P1], setting="EX-EX", family="order",
              meta={"premise_order": [1, 0]}, group="g", **base),
        Probe(prompt=f"{P2} {HYP}", stated=[P2], setting="IM-EX", **base),
        Probe(prompt=HYP, setting="IM-IM", **base),
        Probe(task="TP", kind="memorisation", prompt="Rex is a [Y] .", candidates=CANDS, gold=["dog"], subject="Rex"),
    ]


# --------------------------------------------------------------------------
# spans


def _part_text(probe: Probe, part: str) -> str:
    labels = char_parts(probe, "Therefore,")
    return "".join(c for c, lab in zip(probe.prompt, labels) if lab == part)


def test_char_parts_follow_the_probe_metadata():
    ex, order, p2only, none, mem = probes()
    assert _part_text(ex, "P1") == P1 and _part_text(ex, "P2") == P2
    assert _part_text(order, "P1") == P1 and _part_text(order, "P2") == P2  # premise_order [1, 0]
    assert _part_text(p2only, "P2") == P2 and _part_text(p2only, "P1") == ""
    for p in (ex, none):
        assert _part_text(p, "conjunction") == "Therefore,"
        assert _part_text(p, "subject") == "Rex"  # in the hypothesis; the premises' Rex is the premise's
        assert _part_text(p, "answer") == "[Y]"
    assert _part_text(mem, "subject") == "Rex" and _part_text(mem, "template") == " is a  ."


def test_multi_family_marks_the_asked_facts():
    f1, f2 = ["Every cat is a pet .", "Tom is a cat ."], ["Every poodle is a dog .", "Rex is a poodle ."]
    p = Probe(task="rdfs9", kind="reasoning", prompt=" ".join(f1 + f2 + [HYP]), candidates=CANDS, gold=["dog"],
              subject="Rex", setting="EX-EX", stated=f1 + f2, family="multi", position=1, meta={"facts": 2})
    assert _part_text(p, "P1") == f2[0] and _part_text(p, "P2") == f2[1]
    assert _part_text(p, "other_premise") == "".join(f1)


@pytest.fixture(scope="module")
def causal(tiny_llama):
    return make_scorer(f"hf:{tiny_llama}", ScorerOptions(device="cpu"))


@pytest.fixture(scope="module")
def masked(tiny_bert):
    return make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu"))


def test_tokens_map_to_parts(causal, masked):
    p = probes()[0]
    for scorer in (causal, masked):
        t = make_target(scorer, p, "dog", "Therefore,")
        text = {part: scorer.tokenizer.convert_tokens_to_string([tk for tk, q in zip(t.tokens, t.parts) if q == part])
                for part in ("P1", "P2", "subject")}
        squash = lambda x: "".join(x.lower().split())  # noqa: E731  (detokenisers differ in spacing)
        assert squash(text["P1"]) == squash(P1)
        assert squash(text["P2"]) == squash(P2)
        assert squash(text["subject"]) == "rex"
        assert "answer" in t.parts


# --------------------------------------------------------------------------
# the target is the scorer's score


@pytest.mark.parametrize("options", [{}, {"scope": "sentence", "norm": "mean"}, {"scope": "answer", "norm": "token"}])
def test_causal_target_gives_the_scorers_score(tiny_llama, options):
    scorer = make_scorer(f"hf:{tiny_llama}", ScorerOptions(device="cpu", **options))
    for p in probes():
        scores = scorer.score([p])[0].scores
        for ci, cand in enumerate(p.candidates):
            t = make_target(scorer, p, cand)
            with torch.no_grad():
                got = float(t.forward(t.embeds(scorer.model)[None]))
            assert got == pytest.approx(scores[ci], abs=1e-4)


@pytest.mark.parametrize("pooling", ["mean", "max"])
def test_masked_target_gives_the_scorers_score(tiny_bert, pooling):
    scorer = make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu", pooling=pooling))
    for p in probes()[:2]:
        scores = scorer.score([p])[0].scores
        for ci, cand in enumerate(p.candidates):
            t = make_target(scorer, p, cand)
            with torch.no_grad():
                got = float(t.forward(t.embeds(scorer.model)[None]))
            assert got == pytest.approx(scores[ci], abs=1e-4)


# --------------------------------------------------------------------------
# methods


class TwoLayer(torch.nn.Module):
    """Hand-built: layer 1 maps each token through tanh; layer 2 sums the
    tokens gated by how much they align with a key direction that only the
    embedding of token KEY has. The score depends (almost) on that token only."""

    def __init__(self, emb):
        super().__init__()
        d = emb.shape[1]
        g = torch.Generator().manual_seed(0)
        self.w1 = torch.randn(d, d, generator=g)
        self.w2 = torch.randn(d, generator=g)
        self.key = emb[KEY] / emb[KEY].norm()

    def forward(self, x):                                   # [B, T, D] -> [B]
        h = torch.tanh(x @ self.w1)                         # layer 1
        gate = torch.sigmoid(8.0 * (x @ self.key) - 4.0)    # layer 2: near 1 only for token KEY
        return (gate * (h @ self.w2)).sum(-1)


KEY = 3


def _hand_built():
    g = torch.Generator().manual_seed(1)
    emb = torch.randn(6, 16, generator=g) * 0.3
    emb[KEY] = torch.randn(16, generator=g)
    emb[KEY] = emb[KEY] / emb[KEY].norm() * 2.0  # the key token's embedding
    for i in range(6):  # the other tokens are orthogonal to the key direction
        if i != KEY:
            emb[i] -= (emb[i] @ emb[KEY]) / (emb[KEY] @ emb[KEY]) * emb[KEY]
    return emb, TwoLayer(emb)


def test_gradient_methods_find_the_one_token_that_matters():
    emb, model = _hand_built()
    ids = [0, 1, 2, KEY, 4, 5]
    x = emb[ids]
    out = gradient_vectors(model, x, torch.zeros_like(x), ["grad_x_input", "integrated_gradients"], ig_steps=64)
    for m in ("grad_x_input", "integrated_gradients"):
        mass = [abs(v) for v in out[m]]
        assert mass.index(max(mass)) == ids.index(KEY)
        assert mass[ids.index(KEY)] / sum(mass) > 0.8, (m, mass)
    ig = out["ig"]
    assert ig["score"] == pytest.approx(float(model(x[None])), abs=1e-6)
    assert abs(ig["sum"] - (ig["score"] - ig["baseline_score"])) <= 0.05 * abs(ig["score"] - ig["baseline_score"])


class Steps(torch.nn.Module):
    """Hand-built: each token adds 3 * sigmoid(300 * (x . u - c_t)), a smoothed
    step that switches on at its own point of the path from the zero baseline
    (as SmolLM2's score drops by nats within a thousandth of the path where the
    padding token's massive activations switch off)."""

    def __init__(self, d, T):
        super().__init__()
        g = torch.Generator().manual_seed(2)
        self.u = torch.randn(d, generator=g)
        self.u /= self.u.norm()
        self.c = torch.linspace(0.23, 0.81, T)

    def forward(self, x):                                   # [B, T, D] -> [B]
        return (3 * torch.sigmoid(300 * (x @ self.u - self.c))).sum(-1)


def test_integrated_gradients_refine_the_path_until_complete():
    T, d = 5, 8
    model = Steps(d, T)
    x = model.u[None].repeat(T, 1) + 0.1 * torch.randn(T, d, generator=torch.Generator().manual_seed(3))
    base = torch.zeros_like(x)
    import captum.attr as ca

    def rel(total, fx, fb):
        return abs(total - (fx - fb)) / abs(fx - fb)

    fx, fb = model(x[None]).item(), model(base[None]).item()
    fixed = ca.IntegratedGradients(model).attribute(x[None], baselines=base[None], n_steps=32)
    assert rel(float(fixed.sum()), fx, fb) > 0.05  # what explain did before: 32 fixed steps miss the steps
    out = gradient_vectors(model, x, base, ["integrated_gradients"], ig_steps=32, ig_tolerance=0.02, ig_max_steps=512)
    ig = out["ig"]
    assert ig["score"] == pytest.approx(fx, abs=1e-5) and ig["baseline_score"] == pytest.approx(fb, abs=1e-5)
    assert sum(out["integrated_gradients"]) == pytest.approx(ig["sum"], abs=1e-4)
    assert rel(ig["sum"], fx, fb) <= 0.02 and 32 < ig["steps"] <= 512
    # each token's attribution is its own step's height (the tokens do not interact): 3 * sigmoid(...) at x
    own = (3 * torch.sigmoid(300 * (x @ model.u - model.c)) - 3 * torch.sigmoid(-300 * model.c)).tolist()
    assert out["integrated_gradients"] == pytest.approx(own, abs=0.05 * 3)
    # no room to refine (max steps = steps): the fixed grid again, and its error is reported as it is
    once = gradient_vectors(model, x, base, ["integrated_gradients"], ig_steps=32, ig_max_steps=32)["ig"]
    assert once["steps"] == 32 and rel(once["sum"], fx, fb) > 0.05


def test_rollout_matches_a_hand_computation():
    a1 = torch.tensor([[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.2, 0.3, 0.5]])
    a2 = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])  # attends to itself only
    # (A + I) / 2 is row-stochastic already; layer 2 is the identity, so rollout = layer 1's
    want = 0.5 * a1 + 0.5 * torch.eye(3)
    assert torch.allclose(rollout(torch.stack([a1, a2])), want)
    a3 = torch.full((3, 3), 1 / 3)
    got = rollout(torch.stack([a1, a3]))
    assert torch.allclose(got, (0.5 * a3 + 0.5 * torch.eye(3)) @ want)
    assert torch.allclose(got.sum(-1), torch.ones(3))


def test_edited_probes():
    ex, order, p2only, none, mem = probes()
    e = edited_probes(ex)
    assert e["no_P1"].prompt == f"{P2} {HYP}" and e["no_P2"].prompt == f"{P1} {HYP}"
    assert "Rex" not in e["pseudo_subject"].prompt and e["pseudo_subject"].subject in e["pseudo_subject"].prompt
    assert e["pseudo_subject"].prompt.count(e["pseudo_subject"].subject) == 2  # premise and hypothesis alike
    assert edited_probes(order)["no_P1"].prompt == f"{P2} {HYP}"
    assert set(edited_probes(p2only)) == {"no_P2", "pseudo_subject"}
    assert set(edited_probes(none)) == {"pseudo_subject"}
    assert e["no_P1"].meta["ablation"] == {"of": ex.id, "edit": "no_P1"} and e["no_P1"].id != ex.id


# --------------------------------------------------------------------------
# the command


@pytest.fixture(scope="module")
def probes_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("explain-probes") / "probes.jsonl"
    path.write_text("".join(p.to_json() + "\n" for p in probes()), encoding="utf-8")
    return path


def _run(model: str, probes_file, out) -> str:
    assert main(["run", "--model", model, "--probes", str(probes_file), "--out", str(out), "--device", "cpu",
                 "--no-progress"]) == 0
    return str(next(d for d in out.iterdir() if (d / "results.json").exists()))


@pytest.fixture(scope="module")
def causal_explained(tiny_llama, probes_file, tmp_path_factory):
    base = tmp_path_factory.mktemp("explain-causal")
    run_dir = _run(f"hf:{tiny_llama}", probes_file, base / "runs")
    out = base / "explain"
    assert main(["explain", run_dir, "--sample", "5", "--ig-steps", "128", "--out", str(out), "--no-progress"]) == 0
    return run_dir, out


def _rows(out):
    return [json.loads(x) for x in (out / "explanations.jsonl").read_text(encoding="utf-8").splitlines()]


def test_explain_outputs(causal_explained):
    run_dir, out = causal_explained
    rows = _rows(out)
    assert {r["probe_id"] for r in rows} == {p.id for p in probes()}
    for r in rows:
        assert r["score_matches_run"] is True  # the reloaded model gives the run's scores
        g = r["targets"]["gold"]
        assert set(g["attributions"]) == {"attention_last", "attention_mean", "rollout", "grad_x_input",
                                          "integrated_gradients"}
        assert all(len(v) == len(g["tokens"]) == len(g["parts"]) for v in g["attributions"].values())
        assert sum(g["attributions"]["attention_mean"]) == pytest.approx(1.0, abs=1e-4)  # a softmax row
        ig = g["ig"]  # completeness: within 5% of score - baseline score
        assert abs(ig["sum"] - (ig["score"] - ig["baseline_score"])) <= 0.05 * abs(ig["score"] - ig["baseline_score"])
        assert ig["score"] == pytest.approx(g["score"], abs=1e-4)
    s = json.loads((out / "summary.json").read_text())
    assert s["overall"]["n"] == 5 and set(s["by_setting"]) == {"EX-EX", "IM-EX", "IM-IM"}
    shares = s["overall"]["share"]["integrated_gradients"]
    assert set(shares) == {"P1", "P2", "conjunction", "subject", "answer", "template"}
    assert "grad_x_input~integrated_gradients" in s["overall"]["tau"]
    assert s["by_setting"]["EX-EX"]["premise_reliance"]["no_P1"]["n_right"] + \
        s["by_setting"]["EX-EX"]["premise_reliance"]["no_P1"]["n_wrong"] == 1
    for f in ("explain.html", "agreement_by_setting.png", "premise_reliance_by_setting.png", "ablated_probes.jsonl"):
        assert (out / f).stat().st_size > 0


def test_ablation_deltas_equal_rescoring_with_kgprobe_run(causal_explained, tiny_llama, tmp_path):
    _, out = causal_explained
    run_dir = _run(f"hf:{tiny_llama}", out / "ablated_probes.jsonl", tmp_path / "runs")
    preds = {}
    for line in open(f"{run_dir}/predictions.jsonl", encoding="utf-8"):
        r = json.loads(line)
        preds[r["probe_id"]] = dict(r["top5"])  # 5 candidates: every score is in top5
    n = 0
    for r in _rows(out):
        gold_before = r["targets"]["gold"]["score"]
        for edit, a in r["ablation"].items():
            rescored = preds[a["probe_id"]]
            assert rescored[r["gold"]] == pytest.approx(a["gold_score"], abs=1e-5)
            assert rescored[r["gold"]] - gold_before == pytest.approx(a["gold_delta"], abs=1e-4)
            assert rescored[r["top1"]] == pytest.approx(a["top1_score"], abs=1e-5)
            n += 1
    assert n == 10  # EX-EX and order: 3 edits each, IM-EX: 2, IM-IM and TP: 1 (the subject)


def test_incomplete_integrated_gradients_are_warned_about(causal_explained, tmp_path, capsys):
    """One IG step and no refinement is a crude integral: completeness fails, and the run says so on stderr."""
    run_dir, _ = causal_explained
    capsys.readouterr()
    assert main(["explain", run_dir, "--probes", probes()[0].id, "--method", "integrated_gradients",
                 "--ig-steps", "1", "--ig-max-steps", "1", "--out", str(tmp_path / "ig1"), "--no-progress"]) == 0
    s = json.loads((tmp_path / "ig1" / "summary.json").read_text())
    err = capsys.readouterr().err
    assert s["overall"]["ig_completeness"] > 0.05
    assert "integrated gradients miss completeness" in err and "--ig-max-steps" in err and "2 of 2 targets" in err


def test_masked_model(tiny_bert, probes_file, tmp_path):
    run_dir = _run(f"hf:{tiny_bert}", probes_file, tmp_path / "runs")
    out = tmp_path / "explain"
    assert main(["explain", run_dir, "--probes", probes()[0].id, "--method", "attention,integrated_gradients,ablation",
                 "--out", str(out), "--no-progress"]) == 0
    (row,) = _rows(out)
    assert row["score_matches_run"] is True
    assert set(row["targets"]["gold"]["attributions"]) == {"attention_last", "attention_mean", "integrated_gradients"}
    assert set(row["ablation"]) == {"no_P1", "no_P2", "pseudo_subject"}


# --------------------------------------------------------------------------
# errors: one line, exit 2


def _one_line_error(capsys, argv, *needles):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("kgprobe: error:"), err
    for n in needles:
        assert n in err, err


def test_errors(causal_explained, tmp_path, capsys, monkeypatch):
    run_dir, _ = causal_explained
    _one_line_error(capsys, ["explain", run_dir, "--probes", "0123456789abcdef"], "unknown probe id", "0123456789abcdef")
    (tmp_path / "empty").mkdir()
    _one_line_error(capsys, ["explain", str(tmp_path / "empty")], "no results.json", "empty")
    _one_line_error(capsys, ["explain", str(tmp_path / "nowhere")], "no such run folder")
    monkeypatch.setitem(__import__("sys").modules, "captum.attr", None)  # as if captum were not installed
    _one_line_error(capsys, ["explain", run_dir, "--out", str(tmp_path / "x")], "kgprobe[explain]")
    assert not (tmp_path / "x").exists()


# --------------------------------------------------------------------------
# a run made with --soft DIR: explain reattaches the same soft prompt


def test_soft_prompt_run_is_explained_with_its_soft_prompt(tiny_bert, tmp_path, capsys):
    pytest.importorskip("safetensors")
    from test_tune_soft import BATTERY, ONTO

    from kgprobe.tune import soft, train

    scorer = make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu"))
    sp = train.init_embeddings(scorer, soft.template_prompt("TP", "tp_zorp", "[X] zorp [Y] ."), "random", None, 3)
    soft.save(sp, tmp_path / "sp")
    # the battery and the ontology are files outside probes/ and ontologies/: explain finds them by their paths
    battery, onto = tmp_path / "zorp.yaml", tmp_path / "zorp.ttl"
    battery.write_bytes(BATTERY.read_bytes())
    onto.write_bytes(ONTO.read_bytes())
    runs = tmp_path / "runs"
    assert main(["run", "--model", f"hf:{tiny_bert}", "--battery", str(battery), "--ontology", str(onto),
                 "--device", "cpu", "--no-progress", "--out", str(runs), "--soft", str(tmp_path / "sp")]) == 0
    run_dir = str(next(runs.iterdir()))
    out = tmp_path / "explain"
    assert main(["explain", run_dir, "--sample", "4", "--method", "grad_x_input,integrated_gradients,ablation",
                 "--ig-steps", "8", "--out", str(out), "--no-progress"]) == 0
    rows = _rows(out)
    assert len(rows) == 4
    for r in rows:
        assert r["score_matches_run"] is True  # the run's scores: with the words "zorp" they differ
        g = r["targets"]["gold"]
        soft_at = [i for i, t in enumerate(g["tokens"]) if t.startswith("<soft")]
        assert len(soft_at) == sp.embeddings.shape[0] and {g["parts"][i] for i in soft_at} == {"template"}
        assert "zorp" not in "".join(g["tokens"])
        assert g["ig"]["score"] == pytest.approx(g["score"], abs=1e-4)  # the target's forward is the soft score
        assert len(g["attributions"]["grad_x_input"]) == len(g["tokens"])
    # the battery changed since the run, then is gone: one line, exit 2, nothing written
    battery.write_text(BATTERY.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _one_line_error(capsys, ["explain", run_dir, "--out", str(tmp_path / "x")], str(battery), "changed since the run")
    battery.unlink()
    _one_line_error(capsys, ["explain", run_dir, "--out", str(tmp_path / "x")], "battery file", "is not there")
    battery.write_bytes(BATTERY.read_bytes())
    # the soft prompt changed since the run: one line, exit 2, nothing written
    other = train.init_embeddings(scorer, soft.template_prompt("TP", "tp_zorp", "[X] zorp [Y] ."), "random", None, 4)
    soft.save(other, tmp_path / "sp")
    _one_line_error(capsys, ["explain", run_dir, "--out", str(tmp_path / "x")], "sha256", "changed since the run")
    (tmp_path / "sp" / soft.FILE).unlink()
    _one_line_error(capsys, ["explain", run_dir, "--out", str(tmp_path / "x")], "soft prompt", "is not there")
    assert not (tmp_path / "x").exists()


# --------------------------------------------------------------------------
# the real case: SmolLM2, where a fixed grid of 32 steps missed completeness by 300% (median)


def test_integrated_gradients_complete_on_smollm2(smollm2_dir):
    import captum.attr as ca

    scorer = make_scorer("smollm2-135m", ScorerOptions(device="cpu"))
    p = Probe(task="rdfs9", kind="reasoning", prompt="Therefore, Havana is a particular [Y] .",
              candidates=["city", "person", "river"], gold=["city"], subject="Havana", setting="IM-IM")
    t = make_target(scorer, p, "city", "Therefore,")
    x = t.embeds(scorer.model)
    b = t.baseline(x)

    def massive(e):  # positions whose hidden state reaches a massive activation (the attention sink's)
        with torch.no_grad():
            hs = scorer.model(inputs_embeds=e[None], output_hidden_states=True).hidden_states
        return (torch.stack([h[0].abs().amax(-1) for h in hs]).amax(0) > 5000).nonzero().flatten().tolist()

    pad = scorer.model.get_input_embeddings().weight[t.base_id].expand_as(x)
    assert massive(x) == [0] and massive(b) == [0]          # the baseline keeps the sink at position 0
    assert massive(pad) == list(range(len(x)))              # all padding: every position a copy of position 0
    with torch.no_grad():
        fx, fp = t.forward(torch.stack([x, pad])).tolist()
    old = ca.IntegratedGradients(t.forward).attribute(x[None], baselines=pad[None], n_steps=32, internal_batch_size=32)
    assert abs(float(old.detach().sum()) - (fx - fp)) > 0.05 * abs(fx - fp)  # what explain did before
    ig = gradient_vectors(t.forward, x, b, ["integrated_gradients"])["ig"]
    assert ig["score"] == pytest.approx(scorer.score([p])[0].scores[0], abs=1e-4)
    assert abs(ig["sum"] - (ig["score"] - ig["baseline_score"])) <= 0.05 * abs(ig["score"] - ig["baseline_score"])
