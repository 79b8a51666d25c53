"""kgprobe's causal scorer against lm-pub-quiz on the same items and model.

lm-pub-quiz (PyPI ``lm-pub-quiz``) is what a researcher would otherwise pick:
it ranks the statements "template filled with subject and each answer" by
their log-likelihood under a causal or masked LM. Both tools get the same
items - subject x template x answer space - and the same model: SmolLM2-135M
converted by kgprobe (``smollm2-135m``, float32; lm-pub-quiz loads the same
folder with ``from_pretrained``) - and the same batch size.

* Items: subjects = instances of world, seeded;
  templates = kgprobe's TP templates tp_is_a and tp_particular with the
  final " ." dropped ("[X] is a [Y]", "[X] is a particular [Y]"), so that
  [Y] ends the statement; answer space (50) = the subjects' asserted types,
  then the ontology's other class labels (seeded order), then OntoProbe
  class labels (synthetic ones without ../shared) if the ontology has fewer.
* lm-pub-quiz: ``Dataset([Relation(...)])``, ``Evaluator.from_model(folder,
  model_type="CLM", conditional_score=True)``, ``evaluate_dataset(...,
  batch_size, reduction="sum")``: it runs every statement through the model
  and, with conditional_score, sums the log-probs of the answer's tokens given
  the text before them. It sets the tokenizer's ``add_bos_token=True``, so
  SmolLM2's tokenizer puts <|im_start|> first: the score is
  log P(answer | BOS + prefix). In the full run it is also run once with its
  defaults (whole statement scored) to show that this keeps the top-1 answer.
* kgprobe: ``make_scorer("smollm2-135m")``'s scorer (prefix run once,
  key/value cache shared by the candidates, ``norm="sum"``) with the same
  tokenizer setting, so that it too scores log P(answer | BOS + prefix); and,
  untimed, with its own default (no BOS, as SmolLM2's tokenizer adds none).

Timed end to end (items -> top-1 answer per item), warm-up on one item, then
the median of 3 repeats, the two tools alternating. Checks top-1 agreement
(goal >= 95% of items) and the largest score difference, and lists every
item where they differ.

    python benchmarks/scoring_lmpubquiz.py            # full (a few minutes on 2 cores)
    python benchmarks/scoring_lmpubquiz.py --quick    # fewer items, < 60 s

Needs: pip install --no-deps lm-pub-quiz (its own dependencies torch,
transformers, pandas, numpy, accelerate, scikit-learn are kgprobe's; the
``datasets`` it declares is not imported by the evaluator). Without it, the
script prints that pip command on one line and exits 2. Top-1 agreement
below 95% of items, or a missing item, prints the disagreements, no RATIO
line, and exits 1.

Ends with: RATIO speedup_vs_lmpubquiz=<lm-pub-quiz seconds / kgprobe seconds>
"""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
import time

os.environ.setdefault("TQDM_DISABLE", "1")  # lm-pub-quiz's progress bars

from _scoring_common import (  # noqa: E402
    SEED,
    distractor_labels,
    fail,
    need,
    ontology_spec,
    print_table,
    start,
)

GOAL = 3.0
TEMPLATES = {"tp_is_a": "[X] is a [Y]", "tp_particular": "[X] is a particular [Y]"}


def capitalise(text: str) -> str:
    """lm-pub-quiz's default (capitalize=True): upper-case the first character."""
    return text[:1].upper() + text[1:]


def build_items(n_subjects: int, n_answers: int):
    """(subjects with their gold type label, answer labels, description)."""
    from kgprobe.ontology.load import load_ontology

    spec, onto_desc = ontology_spec()
    onto = load_ontology(spec)
    types: dict[str, str] = {}
    for inst, cls in sorted(onto.types):
        if inst in onto.instances and cls in onto.classes:
            types.setdefault(inst, onto.classes[cls].label)
    pool = sorted((onto.instances[i].label, types[i]) for i in types if onto.instances[i].label)
    subjects = random.Random(SEED).sample(pool, min(n_subjects, len(pool)))
    golds = list(dict.fromkeys(g for _, g in subjects))
    own = list(dict.fromkeys(e.label for e in sorted(onto.classes.values(), key=lambda e: e.iri) if e.label))
    others = [x for x in own if x not in golds]
    random.Random(SEED).shuffle(others)
    extra, extra_desc = distractor_labels()
    seen = {x.lower() for x in own}
    answers = (golds + others + [x for x in dict.fromkeys(extra) if x.lower() not in seen])[:n_answers]
    n_extra = max(0, len(answers) - len(own))
    desc = (f"{len(subjects)} subjects (instances of {onto_desc}, seed {SEED}) x {len(TEMPLATES)} templates "
            f"({', '.join(repr(t) for t in TEMPLATES.values())}) = {len(subjects) * len(TEMPLATES)} items; "
            f"{len(answers)} answers each: the subjects' {len(golds)} asserted types, then other class labels of "
            f"the ontology (seeded)" + (f", then {n_extra} {extra_desc}" if n_extra else ""))
    return subjects, answers, desc


def kgprobe_probes(subjects, answers):
    from kgprobe.probes.model import Probe

    out = []
    for subj, gold in subjects:
        for tid, tpl in TEMPLATES.items():
            out.append(Probe(task="TP", kind="memorisation", prompt=capitalise(tpl.replace("[X]", subj)),
                             candidates=list(answers), gold=[gold] if gold in answers else [], template=tid,
                             subject=subj))
    return out  # item order: subject, then template - as lm-pub-quiz's instance table


def lmpq_dataset(subjects, answers):
    import pandas as pd
    from lm_pub_quiz import Dataset, Relation

    ids = [f"a{i}" for i in range(len(answers))]
    space = pd.Series(list(answers), index=pd.Index(ids, name="obj_id"), name="obj_label")
    gold_id = {a: i for i, a in zip(ids, answers)}
    table = pd.DataFrame({"sub_label": [s for s, _ in subjects],
                          "obj_id": [gold_id.get(g, ids[0]) for _, g in subjects],
                          "obj_label": [g for _, g in subjects]})
    rel = Relation("TP", templates=list(TEMPLATES.values()), answer_space=space, instance_table=table,
                   lazy_options=None)
    return Dataset([rel], path=None, name="kgprobe-TP")


def lmpq_top1(evaluator, dataset, batch_size: int):
    """lm-pub-quiz end to end: (top-1 answer index per item, scores per item),
    items ordered by subject, then template."""
    res = evaluator.evaluate_dataset(dataset, batch_size=batch_size, reduction="sum")
    table = res[0].instance_table.sort_values(["instance_index", "template_index"])
    scores = [list(map(float, s)) for s in table["pll_scores"]]
    return [max(range(len(s)), key=lambda i: (s[i], -i)) for s in scores], scores


def kgprobe_top1(scorer, probes):
    out = scorer.score(probes)
    scores = [o.scores for o in out]
    return [max(range(len(s)), key=lambda i: (s[i], -i)) for s in scores], scores


def main() -> None:
    args = start(__doc__)
    Evaluator = need("lm_pub_quiz", "--no-deps lm-pub-quiz").Evaluator
    from lm_pub_quiz.__about__ import __version__ as lmpq_version
    from kgprobe.scorers import ScorerOptions, make_scorer
    from kgprobe.scorers.causal import CausalLMScorer
    from kgprobe.scorers.models import alias_dir
    from transformers import AutoTokenizer

    n_subjects, n_answers = (1, 50) if args.quick else (6, 50)
    subjects, answers, desc = build_items(n_subjects, n_answers)
    print(f"items: {desc}")
    folder, _ = alias_dir("smollm2-135m")
    print(f"model: SmolLM2-135M, kgprobe's converted folder {folder} (float32), batch size {args.batch_size}; "
          f"lm-pub-quiz {lmpq_version}")
    plain = make_scorer("smollm2-135m", ScorerOptions(device="cpu", batch_size=args.batch_size, norm="sum",
                                                       scope="answer"))  # as measured in README.md
    # lm-pub-quiz sets the tokenizer's add_bos_token=True (SmolLM2's tokenizer then adds <|im_start|>), so it
    # scores log P(answer | BOS + prefix); kgprobe follows the tokenizer, which adds no BOS by default. For like
    # for like, kgprobe's scorer gets the same tokenizer setting (its documented rule: the BOS the tokenizer adds).
    tok_bos = AutoTokenizer.from_pretrained(str(folder))
    tok_bos.add_bos_token = True
    scorer = CausalLMScorer("smollm2-135m", dataclasses.replace(plain.loaded, tokenizer=tok_bos), plain.options)
    if scorer.head_ids != [tok_bos.bos_token_id]:
        fail("with add_bos_token=True the tokenizer did not put its BOS token first",
             [f"head ids {scorer.head_ids}, BOS {tok_bos.bos_token_id}"])
    evaluator = Evaluator.from_model(str(folder), model_type="CLM", device="cpu", conditional_score=True)
    probes = kgprobe_probes(subjects, answers)
    dataset = lmpq_dataset(subjects, answers)

    # warm-up on one item each
    kgprobe_top1(scorer, probes[:1])
    lmpq_top1(evaluator, lmpq_dataset(subjects[:1], answers), args.batch_size)
    t_k, t_l = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        k_top, k_scores = kgprobe_top1(scorer, probes)
        t_k.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        l_top, l_scores = lmpq_top1(evaluator, dataset, args.batch_size)
        t_l.append(time.perf_counter() - t0)
    tk, tl = statistics.median(t_k), statistics.median(t_l)
    n = len(probes)
    if len(l_top) != n:
        fail("lm-pub-quiz returned another number of items", [f"{len(l_top)} items, expected {n}"])
    agree = sum(a == b for a, b in zip(k_top, l_top))
    diff = max(abs(x - y) for ks, ls in zip(k_scores, l_scores) for x, y in zip(ks, ls))
    rows = [
        {"tool": "kgprobe (smollm2-135m, norm sum)", "items": n, "answers": len(answers), "seconds": round(tk, 2),
         "items_per_s": round(n / tk, 2), "statements_per_s": round(n * len(answers) / tk, 1)},
        {"tool": f"lm-pub-quiz {lmpq_version} (CLM, conditional_score)", "items": n,
         "answers": len(answers), "seconds": round(tl, 2), "items_per_s": round(n / tl, 2),
         "statements_per_s": round(n * len(answers) / tl, 1)},
    ]
    differ = []
    for i, (a, b) in enumerate(zip(k_top, l_top)):
        if a != b:
            p = probes[i]
            gap = abs(k_scores[i][a] - k_scores[i][b])
            differ.append(f"{p.prompt!r}: kgprobe {answers[a]!r}, lm-pub-quiz {answers[b]!r}; kgprobe's scores "
                          f"of the two differ by {gap:.1e}" + (" (a float32 near-tie)" if gap < 1e-4 else ""))
    if agree < 0.95 * n:
        fail(f"top-1 agreement {agree}/{n} items, under 95% (max |score difference| {diff:.1e})", differ)
    print_table(rows)
    print(f"median of 3 after a warm-up, tools alternating; goal speedup >= {GOAL}")
    print(f"top-1 agreement: {agree}/{n} items ({100 * agree / n:.1f}%; goal >= 95%); "
          f"max |score difference| {diff:.1e} (same quantity: log P(answer | BOS + prefix))")
    for line in differ:
        print(f"  differs: {line}")
    p_top, _ = kgprobe_top1(plain, probes)
    same = sum(a == b for a, b in zip(p_top, l_top))
    print(f"kgprobe with its own default for SmolLM2 (no BOS: the tokenizer adds none): top-1 equal to "
          f"lm-pub-quiz's on {same}/{n} items (the BOS token changes the model's context)")
    if not args.quick:
        ev_default = Evaluator.from_model(str(folder), model_type="CLM", device="cpu")
        t0 = time.perf_counter()
        d_top, _ = lmpq_top1(ev_default, dataset, args.batch_size)
        t_d = time.perf_counter() - t0
        same = sum(a == b for a, b in zip(k_top, d_top))
        print(f"lm-pub-quiz with its defaults (whole statement scored, not only the answer; one run, {t_d:.1f} s): "
              f"top-1 equal to kgprobe's on {same}/{n} items ([Y] ends the statement, so the extra tokens are "
              "the same prefix for every answer)")
    print(f"RATIO speedup_vs_lmpubquiz={round(tl / tk, 2)}")


if __name__ == "__main__":
    main()
