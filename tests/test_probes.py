"""Probe generation on tests/fixtures/tiny.ttl: hand-worked gold sets for every
memorisation task, every rule and every parallel family; templates, settings,
pseudowords, splits, candidates, determinism and bad input."""

import json
import re

import pytest

from kgprobe.errors import BatteryError, KgprobeError
from kgprobe.ontology.load import load_ontology
from kgprobe.probes.battery import load_battery, parse_battery
from kgprobe.probes.generate import generate_probes, read_jsonl, summarise, write_jsonl
from kgprobe.probes.model import Probe
from kgprobe.probes.pseudowords import Pseudowords
from kgprobe.probes.templates import TEMPLATES, domain_clause, pattern_middle, range_clause, render
from kgprobe.reasoning import rdfs_closure
from conftest import FIXTURES, run_cli

T = "https://kgprobe.org/tiny/ontology/"
R = "https://kgprobe.org/tiny/resource/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
SUBPROP = "http://www.w3.org/2000/01/rdf-schema#subPropertyOf"
SETTINGS9 = [f"{a}-{b}" for a in ("EX", "IM", "NO") for b in ("EX", "IM", "NO")]


def battery(tmp_path, text, name="b"):
    p = tmp_path / f"{name}.yaml"
    p.write_text(text, encoding="utf-8")
    return load_battery(str(p))


@pytest.fixture(scope="module")
def tiny():
    return load_ontology(str(FIXTURES / "tiny.ttl"))


@pytest.fixture(scope="module")
def tiny_closure(tiny):
    return rdfs_closure(tiny)


@pytest.fixture(scope="module")
def everything(tiny, tiny_closure, tmp_path_factory):
    """All tasks, all facts, all candidates, no train split."""
    d = tmp_path_factory.mktemp("b")
    (d / "all.yaml").write_text(
        "seed: 5\ncandidates: all\ntrain_per_task: 0\n"
        "memorisation: {TP: {templates: all}, SCO: {templates: all}, SPO: {templates: all}, DM: {templates: all}, RG: {templates: all}}\n"
        "reasoning: {hypotheses: {rdfs7: [h7_relation, h7_pattern]}}\n"
        "parallel: {order: {}, multi: {rules: [rdfs9, rdfs5, rdfs2], facts: [2, 3]}, set: {listed: 2}}\n",
        encoding="utf-8")
    probes, summary = generate_probes(tiny, load_battery(str(d / "all.yaml")), tiny_closure)
    return probes, summary


def pick(probes, **kw):
    out = []
    for p in probes:
        if all((p.meta.get(k[5:]) if k.startswith("meta_") else getattr(p, k)) == v for k, v in kw.items()):
            out.append(p)
    return out


# ---------------------------------------------------------------- memorisation


def test_tp_gold_is_all_types_most_specific_first(everything):
    probes, _ = everything
    leo = pick(probes, task="TP", subject_iri=R + "Leonardo_da_Vinci", family=None)
    assert {p.template for p in leo} == {"tp_is_a", "tp_has_class", "tp_particular", "tp_type_of"}
    for p in leo:
        assert p.gold == ["painter", "artist", "person", "agent"]
        assert p.relation == RDF_TYPE
        assert p.group == "TP:" + R + "Leonardo_da_Vinci"
        assert p.subject == "Leonardo da Vinci"
        assert p.kind == "memorisation" and p.setting is None
    assert pick(leo, template="tp_is_a")[0].prompt == "Leonardo da Vinci is a [Y] ."
    assert pick(leo, template="tp_has_class")[0].prompt == "Leonardo da Vinci has class [Y] ."
    passy = pick(probes, task="TP", subject_iri=R + "Passy", template="tp_is_a")[0]
    assert passy.gold == ["populated place", "place"]
    # candidates: all 13 class labels (MusicalWork's label comes from its IRI)
    assert passy.candidates == sorted(["agent", "person", "artist", "painter", "scientist", "organisation", "place",
                                       "populated place", "city", "country", "work", "painting", "musical work"])


def test_sco_gold_transitive_without_itself(everything):
    probes, summary = everything
    p = pick(probes, task="SCO", subject_iri=T + "Painter", template="sco_every")[0]
    assert p.gold == ["artist", "person", "agent"]
    assert p.prompt == "Every painter is a [Y] ."
    assert p.relation == SUBCLASS
    assert p.meta["also_true"] == ["painter"]  # reflexive: true, not gold, not a candidate
    assert "painter" not in p.candidates
    assert pick(probes, task="SCO", subject_iri=T + "City", template="sco_is_a")[0].gold == ["populated place", "place"]
    assert pick(probes, task="SCO", subject_iri=T + "Agent") == []
    # Agent, Place, Work, MusicalWork have no superclass
    assert summary["dropped"]["no_gold"]["SCO"] == 4


def test_spo_gold_and_property_candidates(everything):
    probes, summary = everything
    p = pick(probes, task="SPO", subject_iri=T + "birthPlace", template="spo_implies")[0]
    assert p.gold == ["related place", "location"]
    assert p.prompt == "Birth place implies [Y] ."
    assert p.relation == SUBPROP
    assert p.candidates == ["artist", "birth year", "country", "creator", "death place", "location", "related place"]
    pat = pick(probes, task="SPO", subject_iri=T + "birthPlace", template="spo_pattern")[0]
    assert pat.prompt == "If A was born in B , then the [Y] of A is B ."
    assert pick(probes, task="SPO", subject_iri=T + "country", template="spo_implies")[0].gold == ["location"]
    assert summary["dropped"]["no_gold"]["SPO"] == 3  # location, creator, birth year


def test_dm_rg_gold_and_paper_wording(everything):
    probes, summary = everything
    dm = pick(probes, task="DM", subject_iri=T + "birthPlace", template="dm_one_has_to_be")[0]
    assert dm.gold == ["person"]
    assert dm.prompt == "One has to be a particular [Y] if one was born in a city ."
    assert dm.meta["also_true"] == ["agent"]
    rg = pick(probes, task="RG", subject_iri=T + "birthPlace", template="rg_one_has_to_be")[0]
    assert rg.gold == ["city"]
    assert rg.prompt == "One has to be a particular [Y] if a person was born in that ."
    assert rg.meta["also_true"] == ["populated place", "place"]
    assert "place" not in rg.candidates and "city" in rg.candidates
    art = pick(probes, task="DM", subject_iri=T + "artist", template="dm_only")[0]
    assert art.prompt == "Only a [Y] can have an artist ."
    assert art.gold == ["painting"]
    # no domain: location, death place; no class range: death place, birth year (xsd:gYear)
    assert summary["dropped"]["no_gold"]["DM"] == 2
    assert summary["dropped"]["no_gold"]["RG"] == 2
    assert pick(probes, task="RG", subject_iri=T + "birthYear") == []


def test_paraphrases_share_group_and_candidates(everything):
    probes, _ = everything
    for task in ("TP", "SCO", "SPO", "DM", "RG"):
        groups = {}
        for p in pick(probes, task=task, family=None):
            groups.setdefault(p.group, []).append(p)
        assert len(groups) > 1
        for ps in groups.values():
            assert len({p.template for p in ps}) == len(ps) >= 3
            assert len({tuple(p.candidates) for p in ps}) == 1
            assert len({tuple(p.gold) for p in ps}) == 1


# ------------------------------------------------------------------- reasoning


def one(probes, rule, conclusion, setting, template=None, family=None):
    key = "|".join(conclusion)
    ps = [p for p in probes if p.task == rule and p.meta.get("derivation") == key and p.setting == setting
          and p.family == family and (template is None or p.template == template)]
    assert len(ps) == 1, (rule, conclusion, setting, len(ps))
    return ps[0]


def is_pseudo(word, onto):
    labels = {e.label.lower() for d in (onto.classes, onto.instances, onto.properties) for e in d.values()}
    return re.fullmatch(r"[A-Za-z]+", word) is not None and word.lower() not in labels


def test_rdfs9(everything, tiny):
    probes, _ = everything
    concl = [R + "Leonardo_da_Vinci", RDF_TYPE, T + "Artist"]
    im = one(probes, "rdfs9", concl, "IM-IM")
    assert im.prompt == "Therefore, Leonardo da Vinci is a particular [Y] ."
    assert im.gold == ["artist"]
    assert im.premises == [[T + "Painter", SUBCLASS, T + "Artist"], [R + "Leonardo_da_Vinci", RDF_TYPE, T + "Painter"]]
    assert im.relation == RDF_TYPE and im.stated == []
    assert im.meta["also_true"] == ["agent", "painter", "person"]
    assert not {"agent", "painter", "person"} & set(im.candidates)
    assert im.meta["premise_facts"] == [
        {"task": "SCO", "group": "SCO:" + T + "Painter", "answer": "artist", "answer_iri": T + "Artist"},
        {"task": "TP", "group": "TP:" + R + "Leonardo_da_Vinci", "answer": "painter", "answer_iri": T + "Painter"},
    ]
    ex = one(probes, "rdfs9", concl, "EX-EX")
    m = re.fullmatch(r"Every painter is an artist \. (\w+) is a painter \. Therefore, (\w+) is a particular \[Y\] \.",
                     ex.prompt)
    assert m and m.group(1) == m.group(2) and is_pseudo(m.group(1), tiny)
    assert ex.stated == ["Every painter is an artist .", f"{m.group(1)} is a painter ."]
    assert ex.subject == m.group(1) and ex.subject_iri == R + "Leonardo_da_Vinci"
    no = one(probes, "rdfs9", concl, "NO-EX")
    m2 = re.fullmatch(r"(\w+) is an? (\w+) \. Therefore, (\w+) is a particular \[Y\] \.", no.prompt)
    assert m2 and m2.group(1) == m.group(1) == m2.group(3) and m2.group(2) != "painter" and is_pseudo(m2.group(2), tiny)
    assert one(probes, "rdfs9", concl, "EX-NO").prompt == f"Every painter is an artist . Therefore, {m.group(1)} is a particular [Y] ."
    assert one(probes, "rdfs9", concl, "EX-IM").prompt == "Every painter is an artist . Therefore, Leonardo da Vinci is a particular [Y] ."
    assert one(probes, "rdfs9", concl, "NO-NO").prompt == f"Therefore, {m.group(1)} is a particular [Y] ."
    # the nine settings of one derivation share gold and candidates
    nine = [one(probes, "rdfs9", concl, s) for s in SETTINGS9]
    assert len({tuple(p.candidates) for p in nine}) == 1 and all(p.gold == ["artist"] for p in nine)


def test_rdfs11(everything, tiny):
    probes, _ = everything
    concl = [T + "Painter", SUBCLASS, T + "Person"]
    ex = one(probes, "rdfs11", concl, "EX-EX")
    m = re.fullmatch(r"Every artist is a person \. Every (\w+) is an artist \. Therefore, every (\w+) is a \[Y\] \.", ex.prompt)
    assert m and m.group(1) == m.group(2) and is_pseudo(m.group(1), tiny) and m.group(1).islower()
    assert ex.gold == ["person"]
    assert ex.premises == [[T + "Artist", SUBCLASS, T + "Person"], [T + "Painter", SUBCLASS, T + "Artist"]]
    assert ex.meta["also_true"] == ["agent", "artist", "painter"]
    assert one(probes, "rdfs11", concl, "IM-IM").prompt == "Therefore, every painter is a [Y] ."


def test_rdfs5(everything):
    probes, _ = everything
    concl = [T + "birthPlace", SUBPROP, T + "location"]
    ex = one(probes, "rdfs5", concl, "EX-EX")
    m = re.fullmatch(r"Related place implies location \. (\w+) implies related place \. Therefore, (\w+) implies \[Y\] \.",
                     ex.prompt)
    assert m and m.group(1).lower() == m.group(2)
    assert ex.gold == ["location"]
    assert ex.premises == [[T + "relatedPlace", SUBPROP, T + "location"], [T + "birthPlace", SUBPROP, T + "relatedPlace"]]
    assert ex.meta["also_true"] == ["birth place", "related place"]
    assert ex.candidates == ["artist", "birth year", "country", "creator", "death place", "location"]
    assert one(probes, "rdfs5", concl, "IM-IM").prompt == "Therefore, birth place implies [Y] ."


def test_rdfs7_asks_for_the_predicate(everything):
    probes, _ = everything
    concl = [R + "Mona_Lisa", T + "creator", R + "Leonardo_da_Vinci"]
    im = one(probes, "rdfs7", concl, "IM-IM", "h7_relation")
    assert im.prompt == "Therefore, the relation between Mona Lisa and Leonardo da Vinci is [Y] ."
    assert im.gold == ["creator"] and im.relation is None and im.meta["slot"] == "predicate"
    assert im.meta["also_true"] == ["artist"] and "artist" not in im.candidates
    assert im.premises == [[T + "artist", SUBPROP, T + "creator"], [R + "Mona_Lisa", T + "artist", R + "Leonardo_da_Vinci"]]
    ex = one(probes, "rdfs7", concl, "EX-EX", "h7_relation")
    m = re.fullmatch(r"Artist implies creator \. (\w+) was painted by (\w+) \. Therefore, the relation between (\w+) and (\w+) is \[Y\] \.",
                     ex.prompt)
    assert m and (m.group(1), m.group(2)) == (m.group(3), m.group(4)) and m.group(1) != m.group(2)
    pat = one(probes, "rdfs7", concl, "IM-IM", "h7_pattern")
    assert pat.prompt == "Therefore, Mona Lisa [Y] Leonardo da Vinci ."
    assert pat.gold == ["'s creator is"] and pat.meta["also_true"] == ["was painted by"]
    assert pat.candidates == ["'s creator is", "'s death place is", "'s related place is", "is in the country",
                              "is located in", "was born in"]
    no = one(probes, "rdfs7", concl, "NO-EX", "h7_relation")
    assert re.fullmatch(r"(\w+)'s (\w+) is (\w+) \. Therefore, the relation between \1 and \3 is \[Y\] \.", no.prompt)


def test_rdfs2(everything):
    probes, _ = everything
    concl = [R + "Vinci", RDF_TYPE, T + "PopulatedPlace"]
    ex = one(probes, "rdfs2", concl, "EX-EX")
    m = re.fullmatch(r"One has to be a populated place if one is in the country something \. (\w+) is in the country (\w+) \. "
                     r"Therefore, (\w+) is a particular \[Y\] \.", ex.prompt)
    assert m and m.group(1) == m.group(3)
    assert ex.gold == ["populated place"]
    assert ex.premises == [[T + "country", "http://www.w3.org/2000/01/rdf-schema#domain", T + "PopulatedPlace"],
                           [R + "Vinci", T + "country", R + "Italy"]]
    assert ex.meta["also_true"] == ["city", "place"]
    assert ex.meta["premise_facts"][0] == {"task": "DM", "group": "DM:" + T + "country", "answer": "populated place",
                                           "answer_iri": T + "PopulatedPlace"}
    assert ex.meta["premise_facts"][1] is None
    assert one(probes, "rdfs2", concl, "IM-IM").prompt == "Therefore, Vinci is a particular [Y] ."


def test_rdfs3(everything):
    probes, _ = everything
    concl = [R + "Italy", RDF_TYPE, T + "Place"]
    ex = one(probes, "rdfs3", concl, "EX-EX")
    m = re.fullmatch(r"One has to be a place if something is located in that \. (\w+) is located in (\w+) \. "
                     r"Therefore, (\w+) is a particular \[Y\] \.", ex.prompt)
    assert m and m.group(2) == m.group(3) and m.group(1) != m.group(2)
    assert ex.subject == m.group(3) and ex.subject_iri == R + "Italy"
    assert ex.gold == ["place"]
    assert ex.premises == [[T + "location", "http://www.w3.org/2000/01/rdf-schema#range", T + "Place"],
                           [R + "Vinci", T + "location", R + "Italy"]]
    assert ex.meta["also_true"] == ["country", "populated place"]
    assert one(probes, "rdfs3", concl, "IM-IM").prompt == "Therefore, Italy is a particular [Y] ."


def test_all_rules_and_settings_present(everything):
    _, summary = everything
    assert set(summary["by_rule_setting"]) == {"rdfs2", "rdfs3", "rdfs5", "rdfs7", "rdfs9", "rdfs11"}
    for row in summary["by_rule_setting"].values():
        assert sorted(row) == sorted(SETTINGS9) and len(set(row.values())) == 1 and min(row.values()) > 0
    # the one rdfs3 entailment about a literal ("1452" a xsd:gYear) is not verbalisable
    assert summary["dropped"]["unverbalisable"]["rdfs3"] == 1


# ------------------------------------------------------------ parallel families


def test_order_family(everything):
    probes, summary = everything
    concl = "|".join([R + "Leonardo_da_Vinci", RDF_TYPE, T + "Artist"])
    fam = [p for p in probes if p.family == "order" and p.task == "rdfs9" and p.meta["derivation"] == concl]
    assert len(fam) == 2 and len({p.group for p in fam}) == 1
    a, b = sorted(fam, key=lambda p: p.meta["premise_order"])
    assert a.meta["premise_order"] == [0, 1] and b.meta["premise_order"] == [1, 0]
    assert a.stated == list(reversed(b.stated))
    assert a.gold == b.gold == ["artist"] and a.candidates == b.candidates and a.setting == "EX-EX"
    assert a.prompt.endswith(b.prompt.split(" . ")[-1])  # same hypothesis
    assert summary["by_parallel_family"]["order"] == sum(1 for p in probes if p.family == "order") > 0


def test_multi_family(everything):
    probes, _ = everything
    concl = "|".join([R + "Leonardo_da_Vinci", RDF_TYPE, T + "Artist"])
    for k in (2, 3):
        fam = [p for p in probes if p.family == "multi" and p.task == "rdfs9" and p.meta["derivation"] == concl
               and p.meta["facts"] == k]
        assert sorted(p.position for p in fam) == list(range(k))
        assert len({p.group for p in fam}) == 1
        base = one(probes, "rdfs9", concl.split("|"), "EX-EX")
        for p in fam:
            assert p.gold == ["artist"] and len(p.stated) == 2 * k
            # the asked fact's two premises sit at its position, in order
            j = p.position
            assert p.stated[2 * j] == "Every painter is an artist ."
            assert p.stated[2 * j + 1] == base.stated[1]
            assert p.prompt.endswith(f"Therefore, {base.subject} is a particular [Y] .")
            others = [s for i, s in enumerate(p.stated) if i // 2 != j]
            assert "Every painter is" not in " ".join(others)  # other facts have other middle terms
            assert len(set(p.stated)) == len(p.stated)
            assert "artist" in p.candidates and not set(p.meta["also_true"]) & set(p.candidates)
        # the same other facts in the same relative order at every position
        rest = [[s for i, s in enumerate(p.stated) if i // 2 != p.position] for p in fam]
        assert all(r == rest[0] for r in rest)


def test_set_family(everything):
    probes, summary = everything
    fam = [p for p in probes if p.family == "set" and p.subject_iri == R + "Warsaw"]
    assert len(fam) == 2 and len({p.group for p in fam}) == 1
    full = ["city", "populated place", "place"]
    for p in fam:
        listed = p.meta["listed"]
        assert len(listed) == 2 and set(listed) | set(p.gold) == set(full)
        assert p.gold == [g for g in full if g not in listed]
        assert not set(listed) & set(p.candidates)
        assert p.prompt == f"Warsaw is {'an' if listed[0][0] in 'aeiou' else 'a'} {listed[0]}, a {listed[1]} and a [Y] ."
    assert fam[0].meta["listed"] == list(reversed(fam[1].meta["listed"]))
    assert fam[0].candidates == fam[1].candidates
    # TP subjects need more than 2 golds: Mona Lisa, Guernica (painting, work) and Passy do not qualify
    assert summary["dropped"]["set_too_few_golds"]["TP"] == 3


# ---------------------------------------------------------- invariants, splits


def test_probe_invariants(everything):
    probes, summary = everything
    assert len({p.id for p in probes}) == len(probes) == summary["total"]
    for p in probes:
        assert p.prompt.count("[Y]") == 1
        assert p.gold and set(p.gold) <= set(p.candidates)
        assert p.candidates == sorted(set(p.candidates), key=lambda s: (s.casefold(), s))
        assert json.loads(p.to_json())["id"] == p.id
    assert summary == {**summary, **summarise(probes)}
    assert summary["total"] == sum(summary["by_task"].values()) + sum(summary["by_parallel_family"].values())


def test_sampled_candidates_and_splits(tiny, tiny_closure, tmp_path):
    b = battery(tmp_path, "seed: 1\ncandidates: {sample: 4}\ntrain_per_task: 2\ndev_per_task: 1\n"
                          "memorisation: {TP: {n: 5}}\nreasoning: {rules: [rdfs9], n: 3, train: 1}\n")
    probes, summary = generate_probes(tiny, b, tiny_closure)
    tp = [p for p in probes if p.task == "TP"]
    facts = {p.group: p for p in tp}
    # 12 instances: train 2, dev 1 (each at most a quarter), test 5
    assert sorted(p.split for p in facts.values()) == ["dev"] + ["test"] * 5 + ["train"] * 2
    for p in tp:
        distractors = set(p.candidates) - set(p.gold)
        assert len(distractors) == 4 and not distractors & set(p.meta["also_true"])
    r9 = [p for p in probes if p.task == "rdfs9"]
    by_deriv = {}
    for p in r9:
        by_deriv.setdefault(p.meta["derivation"], set()).add(p.split)
    # reasoning: train 1 (its own), dev 1 (the battery's), test 3
    assert sorted(s for ss in by_deriv.values() for s in ss) == ["dev"] + ["test"] * 3 + ["train"]
    assert all(len(ss) == 1 for ss in by_deriv.values())
    # the same seed and key give the same candidates whatever else the battery asks for
    b2 = battery(tmp_path, "seed: 1\ncandidates: {sample: 4}\ntrain_per_task: 2\ndev_per_task: 1\n"
                           "memorisation: {TP: {n: 5}, SCO: {}}\n", name="b2")
    tp2 = {p.group: p.candidates for p in generate_probes(tiny, b2, tiny_closure)[0] if p.task == "TP"}
    assert tp2 == {g: p.candidates for g, p in facts.items()}


def test_tp_gold_closure_and_cycles():
    onto = load_ontology(str(FIXTURES / "probes_odd.ttl"))
    b = parse_battery({"memorisation": {"TP": {"gold": "closure", "templates": ["tp_is_a"]}, "SCO": {"templates": ["sco_is_a"]}},
                       "reasoning": {"rules": ["rdfs11", "rdfs2"], "settings": ["IM-IM"]}, "train_per_task": 0},
                      FIXTURES / "x.yaml")
    probes, summary = generate_probes(onto, b)
    g = {(p.task, p.subject): p.gold for p in probes}
    assert g[("TP", "Xavier")] == ["alpha", "beta", "top"]
    # an untyped instance gets its type from a domain only in closure mode
    assert g[("TP", 'Zoë {the} "second"')] == ['café {noir} "spécial"', "top"]
    # a cycle A <-> B: neither is its own superclass
    assert g[("SCO", "alpha")] == ["beta", "top"]
    assert g[("SCO", "beta")] == ["alpha", "top"]
    assert summary["dropped"]["trivial"]["rdfs11"] == 2  # (A subClassOf A), (B subClassOf B)
    r11 = [p for p in probes if p.task == "rdfs11"]
    assert [(p.subject, p.gold) for p in r11] == [("alpha", ["top"])]
    b_h = parse_battery({"memorisation": {"TP": {}}}, FIXTURES / "x.yaml")
    assert generate_probes(onto, b_h)[1]["dropped"]["no_gold"]["TP"] == 1


def test_odd_labels_and_patterns_survive_intact(tmp_path):
    onto = load_ontology(str(FIXTURES / "probes_odd.ttl"))
    b = battery(tmp_path, (FIXTURES / "probes_odd_battery.yaml").read_text(encoding="utf-8"))
    probes, _ = generate_probes(onto, b)
    prompts = {(p.task, p.template, p.setting): p.prompt for p in probes}
    assert prompts[("TP", "tp_odd", None)] == "«Xavier» {is} 'a' \"kind\" of [Y] — 100% {0} ."
    assert prompts[("DM", "dm_one_has_to_be", None)] == "One has to be a particular [Y] if one likes {0} something ."
    assert prompts[("rdfs2", "h2_particular", "IM-IM")] == 'Therefore, Zoë {the} "second" is a particular [Y] .'
    ex = prompts[("rdfs2", "h2_particular", "EX-IM")]
    assert ex == ('One has to be a café {noir} "spécial" if one likes {0} something . '
                  'Therefore, Zoë {the} "second" is a particular [Y] .')
    dm = [p for p in probes if p.task == "DM"][0]
    assert dm.gold == ['café {noir} "spécial"']


# ------------------------------------------------------------------- templates


def test_render_is_literal():
    assert render("[X] {0} %s [Y] .", {"[X]": "a{b}[Y]\\1"}) == "a{b}[Y]\\1 {0} %s [Y] ."


def test_paper_clauses():
    assert domain_clause("[X]'s spouse is [Y] .", "person") == "if one has a spouse"
    assert domain_clause("[X] was born in [Y] .", "place") == "if one was born in a place"
    assert range_clause("[X]'s spouse is [Y] .", "person") == "if one is a person's spouse"
    assert range_clause("[X] was born in [Y] .", None) == "if something was born in that"
    assert pattern_middle("[X] is located in [Y] .") == "is located in"
    assert pattern_middle("The capital of [Y] is [X] .") is None


def test_builtin_templates_per_task():
    for task in ("TP", "SCO", "SPO", "DM", "RG"):
        assert len([n for n in TEMPLATES.names() if TEMPLATES.get(n).role == "question" and TEMPLATES.get(n).task == task]) >= 3


# ------------------------------------------------------------------ pseudowords


def test_pseudowords_unique_seeded_and_not_real():
    labels = ["Paris", "populated place", "Lavabus"]
    a = Pseudowords(labels, seed=1)
    words = [a.get(f"k{i}") for i in range(300)]
    assert len(set(w.lower() for w in words)) == 300
    assert all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)
    assert not {w.lower() for w in words} & {"paris", "populated", "place", "lavabus", "populated place"}
    assert a.get("k7") == words[7]
    b = Pseudowords(labels, seed=1)
    assert [b.get(f"k{i}") for i in range(300)] == words
    assert a.get("c", "class").islower()
    assert Pseudowords(labels, seed=2).get("k0") != words[0] or Pseudowords(labels, seed=2).get("k1") != words[1]
    # a word that would be generated is refused once it is a real label
    c = Pseudowords(labels + [words[0]], seed=1)
    assert c.get("k0") != words[0]


def test_pseudowords_never_real_labels_in_probes(everything, tiny):
    probes, _ = everything
    words = set()
    for p in probes:
        for w in p.meta.get("pseudowords", {}).values():
            words.add(w.lower())
    labels = {e.label.lower() for d in (tiny.classes, tiny.instances, tiny.properties) for e in d.values()}
    label_words = {w for lab in labels for w in lab.split()}
    assert words and not words & (labels | label_words)


# ---------------------------------------------------------------------- batteries


def test_shipped_batteries_load():
    for name in ("default", "full", "ontoprobe"):
        b = load_battery(name)
        assert b.name == name and len(b.sha256) == 64 and b.path.endswith(f"probes/{name}.yaml")


@pytest.mark.parametrize("text,msg", [
    ("memorisation: {XX: {}}", "unknown task 'XX'"),
    ("reasoning: {rules: [rdfs4]}", "unknown rule 'rdfs4'"),
    ("reasoning: {settings: [EX-XX]}", "unknown setting 'EX-XX'"),
    ("templates: {t1: {task: TP, text: 'something is a [Y] .'}}\nmemorisation: {TP: {templates: [t1]}}", "has no [X]"),
    ("templates: {t1: {task: TP, text: '[X] is a [Y] [Y] .'}}\nmemorisation: {TP: {}}", "exactly one [Y]"),
    ("templates: {t1: {task: TP, text: '[X] is a [W] .'}}\nmemorisation: {TP: {}}", "unknown placeholder [W]"),
    ("memorisation: {TP: {templates: [nope]}}", "unknown template 'nope'"),
    ("memorisation: {TP: {templates: [sco_is_a]}}", "not a question for TP"),
    ("memorisation: {TP: {n: -1}}", "memorisation.TP.n"),
    ("candidates: {sample: 0}\nmemorisation: {TP: {}}", "candidates.sample"),
    ("seed: 1", "asks for no probes"),
    ("memorisation: {TP: {}}\nbogus: 1", "unknown key 'bogus'"),
    ("memorisation: [TP", "malformed YAML"),
    ("", "empty battery"),
])
def test_bad_battery(tmp_path, text, msg):
    with pytest.raises(BatteryError) as e:
        battery(tmp_path, text)
    assert msg in str(e.value) and "\n" not in str(e.value)


def test_unknown_battery_name():
    with pytest.raises(BatteryError, match="unknown battery 'nope'.*default"):
        load_battery("nope")


def test_battery_with_no_probes(tiny, tiny_closure, tmp_path):
    # tiny has a subproperty hierarchy but the odd fixture has none
    onto = load_ontology(str(FIXTURES / "probes_odd.ttl"))
    with pytest.raises(BatteryError, match="yields 0 probes"):
        generate_probes(onto, battery(tmp_path, "memorisation: {SPO: {}}"))


# ------------------------------------------------------------------------- CLI


def test_cli_json_and_byte_identical_output_across_hash_seeds(tmp_path):
    outs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"p{seed}.jsonl"
        r = run_cli("probes", FIXTURES / "tiny.ttl", "--battery", "default", "--out", out, "--json",
                    env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        s = json.loads(r.stdout)
        assert {"total", "by_task", "by_rule_setting", "by_parallel_family", "dropped"} <= set(s)
        assert all(s["by_task"][t] > 0 for t in ("TP", "SCO", "SPO", "DM", "RG"))
        assert len(s["by_rule_setting"]) == 6 and all(len(v) == 9 and min(v.values()) > 0 for v in s["by_rule_setting"].values())
        assert all(v > 0 for v in s["by_parallel_family"].values())
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    probes = read_jsonl(tmp_path / "p0.jsonl")
    assert len(probes) == s["total"]
    assert [p.to_json() for p in probes] == outs[0].decode("utf-8").splitlines()


def test_cli_text_summary_without_out():
    r = run_cli("probes", FIXTURES / "tiny.ttl", "--battery", "default")
    assert r.returncode == 0, r.stderr
    assert "rule x setting" in r.stdout and "parallel families" in r.stdout and "rdfs11" in r.stdout


@pytest.mark.parametrize("args,msg", [
    (["--battery", "nope"], "unknown battery"),
    (["--battery", str(FIXTURES / "probes_bad_rule.yaml")], "unknown rule 'rdfs99'"),
])
def test_cli_bad_input_one_line_exit_2(args, msg):
    r = run_cli("probes", FIXTURES / "tiny.ttl", *args)
    assert r.returncode == 2
    assert msg in r.stderr and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_cli_zero_probes_and_missing_file(tmp_path):
    (tmp_path / "spo.yaml").write_text("memorisation: {SPO: {}}\n")
    r = run_cli("probes", FIXTURES / "probes_odd.ttl", "--battery", tmp_path / "spo.yaml")
    assert r.returncode == 2 and "yields 0 probes" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run_cli("probes", FIXTURES / "tiny.ttl", "--battery", tmp_path / "missing.yaml")
    assert r.returncode == 2 and "missing.yaml: file not found" in r.stderr


def test_seed_changes_samples_not_golds(tiny, tiny_closure, tmp_path):
    text = "candidates: {sample: 3}\ntrain_per_task: 0\nmemorisation: {TP: {n: 4, templates: [tp_is_a]}}\n"
    a = generate_probes(tiny, battery(tmp_path, "seed: 1\n" + text, "a"), tiny_closure)[0]
    b = generate_probes(tiny, battery(tmp_path, "seed: 2\n" + text, "b"), tiny_closure)[0]
    painter, city, country = ["painter", "artist", "person", "agent"], ["city", "populated place", "place"], \
        ["country", "populated place", "place"]
    tp = {"Leonardo da Vinci": painter, "Pablo Picasso": painter, "Mona Lisa": ["painting", "work"],
          "Guernica": ["painting", "work"], "Marie Curie": ["scientist", "person", "agent"], "Warsaw": city,
          "Vinci": city, "Paris": city, "Poland": country, "Italy": country, "France": country,
          "Passy": ["populated place", "place"]}
    assert len(a) == len(b) == 4
    for p in a + b:
        assert p.gold == tp[p.subject] and len(p.candidates) == len(p.gold) + 3
    assert [(p.subject, p.candidates) for p in a] != [(p.subject, p.candidates) for p in b]


def test_write_read_roundtrip(everything, tmp_path):
    probes, _ = everything
    write_jsonl(probes[:50], tmp_path / "x.jsonl")
    back = read_jsonl(tmp_path / "x.jsonl")
    assert [p.to_json() for p in back] == [p.to_json() for p in probes[:50]]
    assert all(isinstance(p, Probe) and p.id for p in back)
    (tmp_path / "bad.jsonl").write_text("{not json\n")
    with pytest.raises(KgprobeError, match="bad.jsonl:1"):
        read_jsonl(tmp_path / "bad.jsonl")


def test_world_default_and_full():
    world = load_ontology("world")
    closure = rdfs_closure(world)
    probes, s = generate_probes(world, load_battery("default"), closure)
    assert all(s["by_task"].get(t, 0) > 0 for t in ("TP", "SCO", "SPO", "DM", "RG"))
    assert len(s["by_rule_setting"]) == 6
    assert all(len(v) == 9 and min(v.values()) > 0 for v in s["by_rule_setting"].values())
    assert all(v > 0 for v in s["by_parallel_family"].values())
    assert s["total"] <= 800
    _, sf = generate_probes(world, load_battery("full"), closure)
    assert sf["total"] >= 5000
