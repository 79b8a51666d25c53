"""`kgprobe import ontoprobe --first-test TASK=N --reasoning BATTERY`: the
paper's memorisation probes (a reproducible test slice) and reasoning probes
on the imported ontology in one probes file that `kgprobe run --probes`
takes; and the `world` battery (the default battery with all candidates)."""

import json
from collections import Counter

import pytest

from conftest import FIXTURES, REPO, run_cli
from kgprobe.errors import KgprobeError
from kgprobe.probes.generate import read_jsonl
from kgprobe.probes.ontoprobe import import_ontoprobe

MINI = FIXTURES / "probes_ontoprobe_mini"
SHARED = REPO.parent / "shared" / "ontoprobe"
SETTINGS = [f"{a}-{b}" for a in ("EX", "IM", "NO") for b in ("EX", "IM", "NO")]
RULES = ["rdfs2", "rdfs3", "rdfs5", "rdfs7", "rdfs9", "rdfs11"]


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    out = tmp_path_factory.mktemp("mini_reasoning")
    summary = import_ontoprobe(MINI, out, first_test={"TP": 2}, reasoning="ontoprobe", reasoning_n=2)
    return out, summary, read_jsonl(out / "probes.jsonl")


def test_first_test_keeps_the_first_test_lines(mini):
    _, summary, probes = mini
    tp = [p for p in probes if p.task == "TP"]
    assert sorted(p.meta["line"] for p in tp if p.split == "test") == [21, 22]
    assert sorted(p.meta["line"] for p in tp if p.split != "test") == list(range(1, 21))
    assert summary["first_test"] == {"TP": {"n": 2, "last_line": 22}}
    assert summary["by_task"]["SCO"]["test"] == 2  # other tasks untouched (all their test lines)


def test_reasoning_probes_in_every_rule_and_setting_with_all_labels(mini):
    out, summary, probes = mini
    reasoning = [p for p in probes if p.kind == "reasoning"]
    test = Counter((p.task, p.setting) for p in reasoning if p.split == "test")
    assert {(r, s) for r in RULES for s in SETTINGS} == set(test)
    assert set(test.values()) <= {1, 2}  # at most --reasoning-n derivations per rule, in every setting
    for rule in RULES:
        assert len({test[(rule, s)] for s in SETTINGS}) == 1  # the same derivations in all nine settings
    assert summary["reasoning"]["test_by_rule_setting"] == {
        r: {s: test[(r, s)] for s in sorted(SETTINGS)} for r in RULES}
    ttl = (out / "ontoprobe.ttl").read_text()
    classes = {p.gold[0] for p in probes if p.task == "SCO"} | {g for p in probes if p.task == "TP" for g in p.gold}
    class_labels = set(next(p for p in probes if p.task == "TP").candidates)
    assert classes <= class_labels and len(class_labels) == 25
    for p in reasoning:
        # all labels are candidates, except answers also true of the subject (left out, listed in meta)
        universe = set(p.candidates) | set(p.meta.get("also_true") or [])
        if p.task in ("rdfs2", "rdfs3", "rdfs9", "rdfs11"):
            assert universe == class_labels, p.id
        assert p.gold[0] in p.candidates
    assert "kgp:pattern" in ttl
    # memorisation first, then reasoning; ids unique; the runner reads the file
    kinds = [p.kind for p in probes]
    assert kinds.index("reasoning") == len(kinds) - len(reasoning)
    assert len({p.id for p in probes}) == len(probes)


def test_the_runner_scores_the_combined_file(mini, tmp_path):
    out, _, probes = mini
    proc = run_cli("run", "--model", "baseline:random", "--probes", out / "probes.jsonl", "--out", tmp_path,
                   "--no-progress")
    assert proc.returncode == 0, proc.stderr
    res = json.loads((tmp_path / "baseline_random" / "results.json").read_text())
    assert res["counts"]["scored"] == sum(p.split == "test" for p in probes)
    assert set(res["metrics"]["by_rule_setting"]) == set(RULES)


def test_cli_prints_the_rule_by_setting_counts(tmp_path):
    proc = run_cli("import", "ontoprobe", MINI, "--out", tmp_path, "--first-test", "TP=1", "--reasoning",
                   "ontoprobe", "--reasoning-n", "1")
    assert proc.returncode == 0, proc.stderr
    assert "TP: the first 1 test lines only (up to line 21 of memorizing/type.jsonl)" in proc.stdout
    assert "test probes per rule x setting:" in proc.stdout
    row = next(x for x in proc.stdout.splitlines() if x.strip().startswith("rdfs9"))
    assert row.split()[1:] == ["1"] * 9


@pytest.mark.parametrize("args, message", [
    (["--first-test", "TP"], "expected TASK=N"),
    (["--first-test", "TP=0"], "expected TASK=N"),
    (["--first-test", "XX=5"], "unknown task 'XX'"),
    (["--reasoning", "no_such_battery"], "unknown battery 'no_such_battery'"),
    (["--reasoning", "ontoprobe", "--reasoning-n", "0"], "expected a positive integer"),
])
def test_bad_options_are_one_line_exit_2(tmp_path, args, message):
    proc = run_cli("import", "ontoprobe", MINI, "--out", tmp_path, *args)
    assert proc.returncode == 2
    assert message in proc.stderr.strip().splitlines()[-1] and "Traceback" not in proc.stderr, proc.stderr


def test_a_battery_without_reasoning_is_refused(tmp_path):
    bat = tmp_path / "mem.yaml"
    bat.write_text("name: mem\nmemorisation:\n  TP: {n: 2}\n")
    with pytest.raises(KgprobeError, match="has no reasoning section"):
        import_ontoprobe(MINI, tmp_path / "o", reasoning=str(bat))


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="../shared/ontoprobe is not there")
def test_real_data_tp_500_is_the_zs_f_selection(tmp_path):
    s = import_ontoprobe(SHARED, tmp_path, first_test={"TP": 500})
    assert s["first_test"]["TP"] == {"n": 500, "last_line": 520}
    probes = read_jsonl(tmp_path / "probes.jsonl")
    lines = sorted(p.meta["line"] for p in probes if p.task == "TP" and p.split == "test")
    assert lines == list(range(21, 521))  # dataset[20:520]: 1-based lines 21..520
    raw = (SHARED / "data" / "memorizing" / "type.jsonl").read_text().splitlines()
    first = next(p for p in probes if p.task == "TP" and p.meta["line"] == 21)
    assert json.loads(raw[20])["uuu"] == first.subject
    assert s["by_task"]["SCO"]["test"] == 701 and s["by_task"]["RG"]["test"] == 28


def test_world_battery_is_default_with_all_candidates():
    from kgprobe.ontology.load import load_ontology
    from kgprobe.probes.battery import load_battery
    from kgprobe.probes.generate import generate_probes

    onto = load_ontology("world")
    default, _ = generate_probes(onto, load_battery("default"))
    world, summary = generate_probes(onto, load_battery("world"))

    def key(p):
        return (p.split, p.task, p.setting, p.family, p.prompt, tuple(p.gold))

    assert [key(p) for p in world] == [key(p) for p in default]
    assert summary["by_split"]["test"] == 458
    classes = {c.label for c in onto.classes.values()}
    for p in (p for p in world if p.task in ("TP", "SCO", "rdfs9") and p.split == "test" and not p.family):
        # every class label is a candidate, except answers also true of the subject (meta.also_true)
        universe = set(p.candidates) | set(p.meta.get("also_true") or [])
        assert universe == classes or universe == classes - {p.subject}, (p.task, p.prompt)
    sampled = next(p for p in default if p.task == "TP" and p.split == "test")
    assert len(sampled.candidates) == 20 + len(sampled.gold)


def test_generated_probes_keep_the_papers_labels_as_written(tmp_path):
    # The paper's DBpedia labels include identifiers ("BobsleighAthlete"). The
    # loader splits such labels on other ontologies; on the imported one the
    # reasoning probes must use the very labels of the memorisation probes,
    # or one class would be two candidates (and kge could map neither).
    import shutil

    src = tmp_path / "mini"
    shutil.copytree(MINI, src)
    for f in src.rglob("*.json*"):
        f.write_text(f.read_text(encoding="utf-8").replace("Ballet Company", "BalletCompany"), encoding="utf-8")
    out = tmp_path / "out"
    import_ontoprobe(src, out, reasoning="ontoprobe", reasoning_n=2)
    probes = read_jsonl(out / "probes.jsonl")
    mem = {c for p in probes if p.kind != "reasoning" and p.task in ("TP", "SCO") for c in p.candidates}
    rea = {c for p in probes if p.kind == "reasoning" and p.task != "rdfs7" and p.task != "rdfs5"
           for c in p.candidates}
    assert "BalletCompany" in mem and "BalletCompany" in rea
    assert not any(c.casefold() == "ballet company" for c in mem | rea)
    assert rea <= mem
