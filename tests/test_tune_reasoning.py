"""Soft prompts in reasoning probes, the reference study's Figure 4: soft
templates ("softT": the hypothesis and the stated premises written with the
memorisation tasks' learned vectors, as OntoProbe-PLMs' load_soft_emb_* does)
and a soft conjunction ("softC"), in all four combinations; on a tiny random
BertForMaskedLM, against input embeddings built by hand; and the
leaderboard's Figure-4 view (--by reasoning)."""

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("safetensors")

from conftest import FIXTURES, REPO  # noqa: E402
from kgprobe.probes.model import SLOT  # noqa: E402
from kgprobe.probes.reasoning import premise_roles, stated_roles  # noqa: E402
from kgprobe.runner import load_probe_set  # noqa: E402
from kgprobe.scorers import ScorerOptions, make_scorer  # noqa: E402
from kgprobe.tune import soft, train  # noqa: E402
from test_scorers_causal import smollm2_dir, tiny_llama  # noqa: E402,F401  (session fixtures)
from test_scorers_masked import tiny_bert  # noqa: E402,F401
from test_tune_soft import _main  # noqa: E402

ONTO = FIXTURES / "tune_reason.ttl"
BATTERY = FIXTURES / "tune_reason_battery.yaml"
REPORTED = REPO / "results" / "ontoprobe" / "reported.json"


@pytest.fixture(scope="module")
def probes():
    return load_probe_set(battery=str(BATTERY), ontology=str(ONTO)).probes


@pytest.fixture(scope="module")
def scorer(tiny_bert):  # noqa: F811
    return make_scorer(f"hf:{tiny_bert}", ScorerOptions(device="cpu"))


def _one(probes, task, setting, split="test"):
    return next(p for p in probes if p.task == task and p.setting == setting and p.split == split)


def _is_a(sentence: str, at: int) -> tuple[int, int]:
    """(start, end) in the prompt of "is a"/"is an" in a stated premise ("C is a D .") found at ``at``."""
    i = sentence.index(" is ") + 1
    article = sentence[i + 3:].split(" ")[0]
    assert article in ("a", "an"), sentence
    return at + i, at + i + 3 + len(article)


def _expected(probe, task: str) -> list[tuple[int, int]]:
    """Where a TP or SCO prompt's words are in an rdfs9 / rdfs11 probe, found with plain string
    search: each stated premise of that task ("is a"/"is an") and the hypothesis' "is a particular"."""
    roles_task = {"rdfs9": ("SCO", "TP"), "rdfs11": ("SCO", "SCO")}[probe.task]  # (P1, P2), the paper's
    setting_roles = [r for r, s in zip((0, 1), probe.setting.split("-")) if s == "EX"]
    out, at = [], 0
    for sentence, role in zip(probe.stated, setting_roles):
        assert probe.prompt[at:at + len(sentence)] == sentence
        if roles_task[role] == task:
            out.append(_is_a(sentence, at))
        at += len(sentence) + 1
    hyp_task = {"rdfs9": "TP", "rdfs11": "SCO"}[probe.task]
    if hyp_task == task:
        k = probe.prompt.rindex(" is a particular ") + 1
        out.append((k, k + len("is a particular")))
    return out


def test_premise_roles_follow_the_generator():
    """Every reasoning probe of the default battery (grid, order and multi families): one role per
    stated sentence; P2 (subject -> middle) names the asked-about subject, P1 does not (checked where
    the subject is a pseudoword, a made-up word no other sentence can hold)."""
    ps = [p for p in load_probe_set(battery="default", ontology="world").probes if p.kind == "reasoning"]
    assert {p.family for p in ps} == {None, "order", "multi"}
    checked = 0
    for p in ps:
        roles = premise_roles(p)
        assert roles is not None and len(roles) == len(p.stated), p.id
        if p.family == "multi":
            assert roles == stated_roles(p.setting) * p.meta["facts"]
            continue
        if p.subject not in p.meta["pseudowords"].values():
            continue
        checked += 1
        for sentence, role in zip(p.stated, roles):
            assert (p.subject.lower() in sentence.lower()) == (role == 1), (p.id, sentence, role)
    assert checked > 100
    assert stated_roles("EX-EX") == [0, 1] and stated_roles("IM-EX") == [1] and stated_roles("NO-NO") == []


def test_task_prompts_cover_hypotheses_and_premises_as_the_paper(probes):
    tp = soft.template_prompt("TP", "tp_is_a", "[X] is a [Y] .")
    sco = soft.template_prompt("SCO", "sco_is_a", "[X] is a [Y] .")
    conj = soft.conjunction_prompt("Therefore,")
    reasoning = [p for p in probes if p.kind == "reasoning"]
    assert {(p.task, p.setting) for p in reasoning} == {(r, s) for r in ("rdfs9", "rdfs11")
                                                        for s in ("EX-EX", "EX-NO", "IM-EX", "NO-NO")}
    for p in reasoning:
        for sp in (tp, sco):
            want = _expected(p, sp.task)
            got = sp.spans(p)
            assert [(s, e) for s, e, _ in got or []] == want, (p.prompt, sp.task)
            assert all(k == 0 for _, _, k in got or [])
        c = conj.spans(p)
        assert c and p.prompt[c[0][0]:c[0][1]] == "Therefore,"
    p = _one(probes, "rdfs9", "EX-EX")
    assert [p.prompt[s:e] for s, e, _ in tp.spans(p)][-1] == "is a particular"
    # a template of another shape covers no reasoning sentence; memorisation probes are as before
    every = soft.template_prompt("SCO", "sco_every", "Every [X] is a [Y] .")
    assert all(every.spans(q) is None for q in reasoning)
    mem = [q for q in probes if q.task == "TP" and q.kind == "memorisation"]
    assert mem and all(tp.spans(q) == [(q.prompt.index(" is a ") + 1, q.prompt.index(" is a ") + 5, 0)] for q in mem)
    assert all(sco.spans(q) is None for q in mem)


def test_prompt_labels_and_older_results():
    assert [soft.prompt_label(t) for t in ([], ["TP"], ["conj"], ["SPO", "conj"], ["TP", "SCO"])] == [
        "manual", "softT+manC", "manT+softC", "softT+softC", "softT+manC"]
    from kgprobe.report.load import Run

    # results.json written before templates and conjunction were told apart said "soft"
    old = {"model": "m", "prompt": "soft", "soft_prompts": [{"task": "TP"}, {"task": "conj"}]}
    assert Run(Path("r.json"), old).prompt == "softT+softC"
    assert Run(Path("r.json"), {**old, "soft_prompts": [{"task": "conj"}]}).prompt == "manT+softC"
    assert Run(Path("r.json"), {"model": "m"}).prompt == "manual"


def _hand_scores(scorer, probe, blocks) -> list[float]:
    """Masked-LM scores of every candidate (mean log-prob of its tokens at n masks) with the input
    embeddings built by hand: [CLS], the prompt's text between ``blocks`` ((start, end, vectors))
    as tokens, each block's vectors, [SEP]."""
    tok, model = scorer.tokenizer, scorer.model
    emb = model.get_input_embeddings()
    parts, pos = [], 0
    for start, end, vecs in sorted(blocks, key=lambda b: b[0]):
        parts += [probe.prompt[pos:start], vecs]
        pos = end
    parts.append(probe.prompt[pos:])
    out = []
    for cand in probe.candidates:
        ids = tok(" " + cand, add_special_tokens=False)["input_ids"]
        n = len(ids)
        xs, length, at = [emb(torch.tensor([tok.cls_token_id]))], 1, None
        for part in parts:
            if not isinstance(part, str):
                xs.append(part.float())
                length += part.shape[0]
                continue
            before, slot, after = part.partition(SLOT)
            t = tok(before, add_special_tokens=False)["input_ids"] if before.strip() else []
            if slot:
                at = length + len(t)
                t += [tok.mask_token_id] * n + tok(after, add_special_tokens=False)["input_ids"]
            xs.append(emb(torch.tensor(t, dtype=torch.long)))
            length += len(t)
        xs.append(emb(torch.tensor([tok.sep_token_id])))
        with torch.no_grad():
            logits = model(inputs_embeds=torch.cat(xs)[None]).logits[0]
        lp = logits[at: at + n].log_softmax(-1)
        out.append(float(lp[torch.arange(n), torch.tensor(ids)].mean()))
    return out


def _random(scorer, sp, seed):
    return train.init_embeddings(scorer, sp, "random", None, seed)


@pytest.mark.parametrize("combo", ["softT+manC", "manT+softC", "softT+softC"])
def test_reasoning_scores_equal_embeddings_fed_by_hand(scorer, probes, combo):
    tp = _random(scorer, soft.template_prompt("TP", "tp_is_a", "[X] is a [Y] ."), 1)
    sco = _random(scorer, soft.template_prompt("SCO", "sco_is_a", "[X] is a [Y] ."), 2)
    conj = _random(scorer, soft.conjunction_prompt("Therefore,"), 3)
    given = {"softT+manC": [tp, sco], "manT+softC": [conj], "softT+softC": [tp, sco, conj]}[combo]
    assert soft.prompt_label([sp.task for sp in given]) == combo
    ps = [_one(probes, "rdfs9", "EX-EX"), _one(probes, "rdfs11", "EX-EX"), _one(probes, "rdfs9", "NO-NO")]
    try:
        manual = [s.scores for s in scorer.score(ps)]
        soft.attach(scorer, given)
        got = [s.scores for s in scorer.score(ps)]
    finally:
        scorer.soft = None
    for p, g, m in zip(ps, got, manual):
        blocks = []
        if combo != "manT+softC":
            blocks += [(s, e, sp.embeddings) for sp in (tp, sco) for s, e in _expected(p, sp.task)]
        if combo != "softT+manC":
            k = p.prompt.index("Therefore,")
            blocks.append((k, k + len("Therefore,"), conj.embeddings))
        assert blocks
        assert g == pytest.approx(_hand_scores(scorer, p, blocks), abs=5e-5), p.prompt  # float32 noise of batching
        assert g != pytest.approx(m, abs=1e-3)  # the soft vectors change the scores
    # the manual scores are the words' own: the same hand computation without blocks
    assert manual[0] == pytest.approx(_hand_scores(scorer, ps[0], []), abs=1e-5)


def test_causal_reasoning_scores_equal_embeddings_fed_by_hand(tiny_llama, probes):  # noqa: F811
    """The causal scorer (prefix through inputs_embeds, its key/value cache shared by the
    candidates): softT+softC on an rdfs9 EX-EX probe equals a full forward pass fed by hand
    ([BOS], the prefix's text between the blocks as tokens, the blocks' vectors, then the
    candidate and the rest of the sentence, whose log-probs are summed)."""
    llama = make_scorer(f"hf:{tiny_llama}", ScorerOptions(device="cpu"))
    tp = _random(llama, soft.template_prompt("TP", "tp_is_a", "[X] is a [Y] ."), 1)
    sco = _random(llama, soft.template_prompt("SCO", "sco_is_a", "[X] is a [Y] ."), 2)
    conj = _random(llama, soft.conjunction_prompt("Therefore,"), 3)
    p = _one(probes, "rdfs9", "EX-EX")
    soft.attach(llama, [tp, sco, conj])
    got = llama.score([p])[0].scores
    llama.soft = None
    manual = llama.score([p])[0].scores
    k = p.prompt.index("Therefore,")
    blocks = [(s, e, sp.embeddings) for sp in (tp, sco) for s, e in _expected(p, sp.task)]
    blocks.append((k, k + len("Therefore,"), conj.embeddings))
    tok, model = llama.tokenizer, llama.model
    emb = model.get_input_embeddings()
    slot = p.prompt.index(" " + SLOT)
    xs, pos = [emb(torch.tensor(list(llama.head_ids), dtype=torch.long))], 0
    for start, end, vecs in sorted(blocks, key=lambda b: b[0]):
        gap = p.prompt[pos:start].rstrip()  # a block takes the space before it (a BPE word's own)
        if gap.strip():
            xs.append(emb(torch.tensor(tok(gap, add_special_tokens=False)["input_ids"])))
        xs.append(vecs)
        pos = end
    assert pos == slot  # "is a particular" ends the prefix
    pre = torch.cat(xs)
    for cand, s, m in zip(p.candidates, got, manual):
        cont = tok(" " + cand + p.prompt[slot + 1 + len(SLOT):], add_special_tokens=False)["input_ids"]
        with torch.no_grad():
            lp = model(inputs_embeds=torch.cat([pre, emb(torch.tensor(cont))])[None]).logits[0].log_softmax(-1)
        want = sum(float(lp[pre.shape[0] - 1 + j, t]) for j, t in enumerate(cont))
        assert s == pytest.approx(want, abs=1e-4), cand
    assert got != pytest.approx(manual, abs=1e-3)


def _run(capsys, model, runs, *soft_dirs):
    """``kgprobe run`` (in-process) with ``--soft`` each of ``soft_dirs``: (results.json, {probe id: prediction})."""
    args = ["run", "--model", f"hf:{model}", "--ontology", ONTO, "--battery", BATTERY, "--device", "cpu",
            "--no-progress", "--out", runs]
    for d in soft_dirs:
        args += ["--soft", d]
    r = _main(capsys, *args)
    assert r.returncode == 0, r.stderr
    path = next(line.split("wrote ", 1)[1].split(" (", 1)[0] for line in r.stdout.splitlines()
                if line.startswith("wrote "))
    preds = [json.loads(x) for x in (Path(path).parent / "predictions.jsonl").read_text().splitlines()]
    return json.loads(Path(path).read_text()), {rec["probe_id"]: rec for rec in preds}


def test_tune_conj_then_run_soft_in_all_four_combinations(tiny_bert, scorer, probes, tmp_path, capsys):  # noqa: F811
    common = ("--model", f"hf:{tiny_bert}", "--ontology", ONTO, "--battery", BATTERY, "--device", "cpu",
              "--no-progress", "--init", "random", "--lr", "0.1", "--seed", "0")
    dirs = {}
    for task in ("conj", "TP", "SCO"):
        dirs[task] = tmp_path / task
        r = _main(capsys, "tune", *common, "--task", task, "--epochs", "2", "--out", dirs[task])
        assert r.returncode == 0, r.stderr
    info = json.loads((dirs["conj"] / "tune.json").read_text())
    n_train = sum(1 for p in probes if p.kind == "reasoning" and p.split == "train")
    assert info["train_size"] == n_train > 0 and info["text"] == "Therefore,"
    tp_info = json.loads((dirs["TP"] / "tune.json").read_text())
    # its own questions only, not the reasoning probes it also covers
    assert tp_info["train_size"] == sum(1 for p in probes if p.task == "TP" and p.split == "train") > 0

    runs = tmp_path / "runs"
    manual, m_pred = _run(capsys, tiny_bert, runs)
    by_combo = {"manual": (manual, m_pred)}
    for combo, tasks in (("softT+manC", ("TP", "SCO")), ("manT+softC", ("conj",)),
                         ("softT+softC", ("TP", "SCO", "conj"))):
        res, pred = _run(capsys, tiny_bert, runs, *[dirs[t] for t in tasks])
        assert res["prompt"] == combo
        by_combo[combo] = (res, pred)
    assert "prompt" not in manual

    # manT+softC: the conjunction changes the reasoning scores and nothing else
    res, pred = by_combo["manT+softC"]
    (conj_desc,) = res["soft_prompts"]
    test_reasoning = [p for p in probes if p.kind == "reasoning" and p.split == "test"]
    assert conj_desc["covers"] == conj_desc["covers_reasoning"] == len(test_reasoning)
    changed = [p for p in test_reasoning if pred[p.id]["top5"] != m_pred[p.id]["top5"]]
    assert changed
    for pid, rec in pred.items():
        if rec["kind"] == "memorisation":
            assert rec["top5"] == m_pred[pid]["top5"]
    # ... and its recorded scores are those of the tuned vectors fed by hand
    sp = soft.load(dirs["conj"])
    for p in changed[:2]:
        k = p.prompt.index("Therefore,")
        hand = _hand_scores(scorer, p, [(k, k + len("Therefore,"), sp.embeddings)])
        top = sorted(range(len(hand)), key=lambda i: -hand[i])[:5]
        rec = pred[p.id]
        assert [c for c, _ in rec["top5"]] == [p.candidates[i] for i in top]
        assert [s for _, s in rec["top5"]] == pytest.approx([hand[i] for i in top], abs=1e-5)
    # softT+manC: the TP and SCO prompts reach the reasoning probes (hypotheses and premises)
    res, pred = by_combo["softT+manC"]
    covers = {d["task"]: d["covers_reasoning"] for d in res["soft_prompts"]}
    assert covers["TP"] == sum(1 for p in test_reasoning if p.task == "rdfs9")
    assert covers["SCO"] == sum(1 for p in test_reasoning if p.task == "rdfs11" or p.setting.startswith("EX"))
    assert any(pred[p.id]["top5"] != m_pred[p.id]["top5"] for p in test_reasoning)

    # the Figure-4 view: one row, the four combinations, each the mean over the rules, beside the paper's
    r = _main(capsys, "leaderboard", runs, REPORTED, "--by", "reasoning", "--metric", "MRR", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [row["kind"] for row in rows] == ["masked", "reported"]
    ours, paper = rows
    for combo, (res, _) in by_combo.items():
        col = "manT+manC" if combo == "manual" else combo
        rules = [res["metrics"]["by_task"][t] for t in ("rdfs9", "rdfs11")]
        assert ours[col] == pytest.approx(sum(b["MRR"] for b in rules) / 2)
        assert ours[f"{col} n"] == sum(b["n"] for b in rules)
    assert [paper[c] for c in ("manT+manC", "softT+manC", "manT+softC", "softT+softC")] == pytest.approx(
        [0.336, 0.330, 0.519, 0.537])
    r = _main(capsys, "leaderboard", runs, REPORTED, "--by", "reasoning", "--metric", "R@5")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    header = next(line for line in lines if "manT+manC" in line and line.startswith("|"))
    assert [c.strip() for c in header.split("|")][-5:-1] == ["manT+manC", "softT+manC", "manT+softC", "softT+softC"]
    paper_line = next(line for line in lines if "reported (Wu et al. 2023)" in line)
    assert "0.411" in paper_line and "0.661" in paper_line and "**" not in paper_line
    assert "(n=" in next(line for line in lines if line.startswith("| hf:"))


def test_tune_conj_on_some_rules(tiny_bert, probes, tmp_path, capsys):  # noqa: F811
    """--rule: the conjunction learned on the reasoning probes of those rules only; a wrong one is one line."""
    common = ("tune", "--model", f"hf:{tiny_bert}", "--ontology", ONTO, "--battery", BATTERY, "--device", "cpu",
              "--no-progress", "--init", "random", "--epochs", "1")
    r = _main(capsys, *common, "--task", "conj", "--rule", "rdfs9", "--out", tmp_path / "c")
    assert r.returncode == 0, r.stderr
    info = json.loads((tmp_path / "c" / "tune.json").read_text())
    assert info["rules"] == ["rdfs9"]
    assert info["train_size"] == sum(1 for p in probes if p.task == "rdfs9" and p.split == "train") > 0
    assert info["dev_size"] == sum(1 for p in probes if p.task == "rdfs9" and p.split == "dev") > 0
    assert info["train_size"] < sum(1 for p in probes if p.kind == "reasoning" and p.split == "train")
    # --limit: at most that many train and dev probes
    r = _main(capsys, *common, "--task", "conj", "--rule", "rdfs9", "--limit", "2", "--out", tmp_path / "c2")
    assert r.returncode == 0, r.stderr
    info2 = json.loads((tmp_path / "c2" / "tune.json").read_text())
    assert (info2["train_size"], info2["dev_size"], info2["limit"]) == (2, 2, 2) < (info["train_size"],) * 3
    for extra, needle in ((("--task", "conj", "--rule", "rdfs99"), "--rule rdfs99"),
                          (("--task", "TP", "--rule", "rdfs9"), "--rule applies to --task conj")):
        r = _main(capsys, *common, *extra, "--out", tmp_path / "x")
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and needle in r.stderr, r.stderr
    assert not (tmp_path / "x").exists()


def test_tune_conj_beside_fixed_soft_templates(tiny_bert, scorer, probes, tmp_path, capsys):  # noqa: F811
    """--soft T with --task conj: the conjunction learns beside the soft TP and SCO templates, which stay
    as they were (the dev MRR tune.json reports for its best epoch is the one of the saved conjunction
    beside the unchanged templates), and it differs from a conjunction learned beside the words."""
    common = ("tune", "--model", f"hf:{tiny_bert}", "--ontology", ONTO, "--battery", BATTERY, "--device", "cpu",
              "--no-progress", "--init", "random", "--lr", "0.1", "--seed", "0")
    for task in ("TP", "SCO"):
        r = _main(capsys, *common, "--task", task, "--epochs", "1", "--out", tmp_path / task)
        assert r.returncode == 0, r.stderr
    ctx = ("--soft", tmp_path / "TP", "--soft", tmp_path / "SCO")
    conj = ("--task", "conj", "--init", "template", "--epochs", "3", "--patience", "3")  # epoch 0: the words
    r = _main(capsys, *common, *conj, *ctx, "--out", tmp_path / "c")
    assert r.returncode == 0, r.stderr
    r = _main(capsys, *common, *conj, "--out", tmp_path / "plain")
    assert r.returncode == 0, r.stderr
    info = json.loads((tmp_path / "c" / "tune.json").read_text())
    tp, sco, conj = soft.load(tmp_path / "TP"), soft.load(tmp_path / "SCO"), soft.load(tmp_path / "c")
    assert [(c["task"], c["sha256"]) for c in info["soft_context"]] == [("TP", tp.sha256), ("SCO", sco.sha256)]
    assert json.loads((tmp_path / "plain" / "tune.json").read_text())["soft_context"] == []
    assert info["best_epoch"] > 0  # the conjunction moved: the check below would hold trivially at epoch 0
    dev = [p for p in probes if p.kind == "reasoning" and p.split == "dev"]
    assert len(dev) == info["dev_size"]
    try:
        soft.attach(scorer, [tp, sco, conj])
        assert train.dev_mrr(scorer, dev) == pytest.approx(info["best_dev_mrr"], abs=1e-12)
        # epoch 0 (the conjunction's words, template init on a WordPiece model) is softT+manC: the
        # templates were in effect from the start
        soft.attach(scorer, [tp, sco])
        assert train.dev_mrr(scorer, dev) == pytest.approx(info["dev_curve"][0]["dev_mrr"], abs=1e-12)
    finally:
        scorer.soft = None
    plain = soft.load(tmp_path / "plain")
    assert not torch.equal(plain.embeddings, conj.embeddings)
    # --soft is for the conjunction only, and takes templates
    for extra, needle in ((("--task", "TP", "--soft", tmp_path / "SCO"), "--soft applies to --task conj"),
                          (("--task", "conj", "--soft", tmp_path / "plain"), "a conjunction"),
                          (("--task", "conj", "--soft", tmp_path / "nowhere"), "no such file")):
        r = _main(capsys, *common, *extra, "--out", tmp_path / "x")
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and needle in r.stderr, r.stderr
    assert not (tmp_path / "x").exists()


def test_tune_conj_trains_the_soft_templates_too(tiny_bert, scorer, probes, tmp_path, capsys):  # noqa: F811
    """--train-soft: the --soft template learns along with the conjunction (the reference study's
    softT+softC); its learned vectors go to DIR/with/TP-<template>, and that file with the conjunction gives
    the dev MRR tune.json reports for the best epoch."""
    common = ("tune", "--model", f"hf:{tiny_bert}", "--ontology", ONTO, "--battery", BATTERY, "--device", "cpu",
              "--no-progress", "--lr", "0.1", "--seed", "0")
    r = _main(capsys, *common, "--task", "TP", "--init", "random", "--epochs", "1", "--out", tmp_path / "TP")
    assert r.returncode == 0, r.stderr
    r = _main(capsys, *common, "--task", "conj", "--epochs", "3", "--patience", "3", "--soft", tmp_path / "TP",
              "--train-soft", "--out", tmp_path / "c")
    assert r.returncode == 0, r.stderr
    info = json.loads((tmp_path / "c" / "tune.json").read_text())
    assert info["best_epoch"] > 0
    (trained,) = info["soft_context_trained"]
    before, conj = soft.load(tmp_path / "TP"), soft.load(tmp_path / "c")
    assert Path(trained["path"]).parent == tmp_path / "c" / "with" / f"TP-{before.template}"
    after = soft.load(Path(trained["path"]).parent)
    assert trained["sha256"] == after.sha256 and trained["task"] == "TP" and trained["from"] == before.path
    assert (after.task, after.template, after.blocks) == (before.task, before.template, before.blocks)
    assert not torch.equal(after.embeddings, before.embeddings)  # it learned, unlike plain --soft
    dev = [p for p in probes if p.kind == "reasoning" and p.split == "dev"]
    try:
        soft.attach(scorer, [after, conj])
        assert train.dev_mrr(scorer, dev) == pytest.approx(info["best_dev_mrr"], abs=1e-12)
    finally:
        scorer.soft = None
    r = _main(capsys, *common, "--task", "conj", "--train-soft", "--out", tmp_path / "x")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "give --soft DIR" in r.stderr, r.stderr
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("norm", ["sum", "mean", "token"])
def test_causal_gradient_pass_shares_the_prefix_cache_exactly(tiny_llama, probes, norm):  # noqa: F811
    """Tuning's differentiable causal scores run the prefix (where the soft conjunction is) once and
    feed every candidate from its key/value cache: scores and the soft vectors' gradient equal full
    passes over prefix + candidate, and the scores equal the scorer's own."""
    from kgprobe.tune.soft import SoftSet

    llama = make_scorer(f"hf:{tiny_llama}", ScorerOptions(device="cpu", norm=norm))
    conj = _random(llama, soft.conjunction_prompt("Therefore,"), 3)
    p = _one(probes, "rdfs9", "EX-EX")
    table = torch.nn.Parameter(conj.embeddings.detach().clone().float())
    llama.soft = SoftSet([conj], table=table)
    prefix, lead, tail = llama.split(p)
    pids = llama.soft.prefix_ids(llama, p, prefix)
    assert pids is not None and min(pids) < 0  # the soft vectors are in the prefix
    conts = llama.continuation_ids(p.candidates, lead, tail)
    assert max(len(c) for c in conts) > 1  # continuations of several tokens: the cache is used
    grads, scores = [], []
    for fn in (train._causal_scores_cached, train._causal_scores_full):
        table.grad = None
        got = fn(llama, pids, conts)
        (got * torch.linspace(-1, 1, len(conts))).sum().backward()
        scores.append(got.detach())
        grads.append(table.grad.clone())
    assert torch.allclose(scores[0], scores[1], atol=1e-5)
    assert grads[0].abs().max() > 0 and torch.allclose(grads[0], grads[1], atol=1e-5, rtol=1e-4)
    with torch.no_grad():
        assert scores[0].tolist() == pytest.approx(llama.score([p])[0].scores, abs=1e-4)


def test_template_init_conjunction_scores_like_the_words(tiny_llama, scorer, probes):  # noqa: F811
    """The conjunction's template init is its words' own vectors as they stand after a stated premise
    (" Therefore," for a BPE model): the manual scores exactly wherever a premise precedes it (it was
    "Therefore," without the space, another token: OntoProbe rdfs5/rdfs7 manT+softC differed from the
    manual run on every such probe). Where it opens the prompt, a BPE model's vectors stand for the
    word with its space; WordPiece (BERT) has no such difference."""
    ps = [p for p in probes if p.kind == "reasoning" and p.split == "test"]
    llama = make_scorer(f"hf:{tiny_llama}", ScorerOptions(device="cpu"))
    for sc, bpe in ((llama, True), (scorer, False)):
        manual = [s.scores for s in sc.score(ps)]
        soft.attach(sc, [train.init_embeddings(sc, soft.conjunction_prompt("Therefore,"), "template", None, 0)])
        try:
            got = [s.scores for s in sc.score(ps)]
        finally:
            sc.soft = None
        inside = [i for i, p in enumerate(ps) if not p.prompt.startswith("Therefore,")]
        assert inside and len(inside) < len(ps)  # both kinds are in the fixture
        for i, p in enumerate(ps):
            if i in inside or not bpe:
                assert got[i] == pytest.approx(manual[i], abs=1e-5), (p.setting, p.prompt)
        if bpe:
            assert any(got[i] != pytest.approx(manual[i], abs=1e-3) for i in range(len(ps)) if i not in inside)
