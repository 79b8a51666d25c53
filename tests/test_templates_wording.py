"""Property wording: every built-in template rendered for every property of
every fixture ontology (and world) reads as English: no doubled word, no
capital "The" inside a sentence, exactly one [Y]; plus hand-written
renderings of labels in the shapes real ontologies use
(tests/fixtures/wording_props.ttl: pizza-style hasBase / isBaseOf, "The
capital of", verbs, participles, nouns, unlabelled camelCase IRIs)."""

import re

import pytest

from kgprobe.ontology.load import load_ontology
from kgprobe.probes.battery import load_battery
from kgprobe.probes.generate import generate_probes
from kgprobe.probes.knowledge import Knowledge
from kgprobe.probes.memorisation import render_question, subject_values
from kgprobe.probes.templates import (
    PROPERTY_TASKS,
    TEMPLATES,
    builtin_ids,
    capitalise,
    default_pattern,
    domain_clause,
    fill_pattern,
    lower_the,
    range_clause,
    render,
    with_article,
)
from kgprobe.reasoning.rdfs import rdfs_closure
from conftest import FIXTURES

WORDING = FIXTURES / "wording_props.ttl"
EX = "http://example.org/wording#"
# every fixture ontology that loads (embed_no_triples.ttl is empty on purpose), and world
ONTOLOGIES = sorted(p.name for p in FIXTURES.glob("*.ttl") if p.name != "embed_no_triples.ttl") + ["world"]


def _kb(name):
    onto = load_ontology(str(FIXTURES / name) if name.endswith(".ttl") else name)
    return Knowledge(onto, rdfs_closure(onto))


def problems(text):
    """The wording defects this file guards against, as a list of strings."""
    out = []
    words = re.findall(r"[\w'{}\"-]+", text)
    for a, b in zip(words, words[1:]):
        if a.casefold() == b.casefold():
            out.append(f"doubled word {a!r}")
    # "The" is fine at the start of a sentence (the prompt's, or after " . ")
    for m in re.finditer(r"\bThe\b", text):
        if m.start() != 0 and not text[: m.start()].endswith(". "):
            out.append("capital 'The' inside a sentence")
    if text.count("[Y]") != 1:
        out.append(f"{text.count('[Y]')} [Y] slots")
    return out


def rendered(kb):
    """(where, text) for every property-task template and every statement
    template, rendered for every property of the ontology."""
    out = []
    props = sorted(kb.onto.properties)
    for p in props:
        for task in PROPERTY_TASKS:
            for tid in builtin_ids("question", task):
                out.append((f"{tid} {p}", render_question(task, p, kb, TEMPLATES.get(tid))))
        # the set family lists other properties' labels mid-sentence
        others = [lower_the(kb.label(q)) for q in props if q != p][:2]
        vals = dict(subject_values("SPO", p, kb), **{"[Z]": ", ".join(others)})
        for tid in builtin_ids("set", "SPO"):
            out.append((f"{tid} {p}", capitalise(render(TEMPLATES.get(tid).text, vals))))
        # premises as the reasoning probes state them, with a hypothesis so that [Y] occurs once
        pat = kb.pattern(p)
        rng, dom = kb.first_label(kb.ranges.get(p, ())), kb.first_label(kb.domains.get(p, ()))
        m = kb.text(p)
        st = {
            "domain": {"[S]": m, "[O:a]": with_article(dom or "thing"), "[S:domain-clause]": domain_clause(pat, rng)},
            "range": {"[S]": m, "[O:a]": with_article(rng or "thing"), "[S:range-clause]": range_clause(pat, dom)},
            "relation": {"[S:pattern]": fill_pattern(pat, "Ada", "Bob")},
            "subPropertyOf": {"[S]": m, "[O]": lower_the(kb.label(props[0]))},
        }
        for kind, v in st.items():
            for tid in builtin_ids("statement", kind):
                out.append((f"{tid} {p}", capitalise(render(TEMPLATES.get(tid).text, v)) + " Therefore, Ada is a [Y] ."))
    return out


@pytest.mark.parametrize("name", ONTOLOGIES)
def test_every_template_for_every_property_reads_right(name):
    kb = _kb(name)
    texts = rendered(kb)
    assert len(texts) >= len(kb.onto.properties) * 10
    bad = [(where, text, problems(text)) for where, text in texts if problems(text)]
    assert bad == []


def test_generated_probes_on_wording_fixture_read_right():
    onto = load_ontology(str(WORDING))
    probes, _ = generate_probes(onto, load_battery("full"))
    tasks = {p.task for p in probes}
    assert {"SPO", "DM", "RG", "rdfs2", "rdfs3", "rdfs5", "rdfs7"} <= tasks
    bad = [(p.task, p.template, p.prompt, problems(p.prompt)) for p in probes if problems(p.prompt)]
    assert bad == []


def test_problems_finds_each_defect():
    # the checker itself: each defect of issue 10 item 4 is caught
    assert problems("If A is is base of B , then A is a [Y] .") == ["doubled word 'is'"]
    assert problems("The is ingredient of of something is a [Y] .") == ["doubled word 'of'"]
    assert problems("One has to be a [Y] if one is The capital of a country .") == ["capital 'The' inside a sentence"]
    assert problems("A city . The capital of X is Y . Therefore, Y is a [Y] .") == []
    assert problems("Only a [Y] can have [Y] .") == ["2 [Y] slots"]


@pytest.mark.parametrize("label, pattern", [
    ("has base", "[X] has base [Y] ."),
    ("is base of", "[X] is base of [Y] ."),
    ("base", "[X]'s base is [Y] ."),               # a noun: the paper's form
    ("located in", "[X] is located in [Y] ."),
    ("born in", "[X] is born in [Y] ."),
    ("written by", "[X] is written by [Y] ."),
    ("contains", "[X] contains [Y] ."),
    ("belongs to", "[X] belongs to [Y] ."),
    ("works for", "[X] works for [Y] ."),         # not in the verb list: -s before a preposition
    ("parts of", "[X] is parts of [Y] ."),        # ... but a plural noun before "of"
    ("The capital of", "[X] is the capital of [Y] ."),
    ("is is base of", "[X] is base of [Y] ."),     # a doubled word in the label itself
    ("has  part", "[X] has part [Y] ."),
])
def test_default_pattern_follows_the_labels_grammar(label, pattern):
    assert default_pattern(label) == pattern


# (property local name, template, expected prompt); written by hand
EXPECTED = [
    ("hasBase", "dm_pattern", "If A has base B , then A is a [Y] ."),
    ("hasBase", "dm_only", "Only a [Y] can have a base ."),
    ("hasBase", "rg_one_has_to_be", "One has to be a particular [Y] if one is the base of a pizza ."),
    ("isBaseOf", "dm_one_has_to_be", "One has to be a particular [Y] if one is base of a pizza ."),
    ("isBaseOf", "rg_one_has_to_be", "One has to be a particular [Y] if a pizza base is base of that ."),
    ("isIngredientOf", "rg_the_of", "What something is ingredient of is a [Y] ."),
    ("isToppingOf", "dm_only", "Only a [Y] can be topping of something ."),
    ("capitalOf", "dm_one_has_to_be", "One has to be a particular [Y] if one is the capital of a country ."),
    ("capitalOf", "rg_one_has_to_be", "One has to be a particular [Y] if a city is the capital of that ."),
    ("capitalOf", "spo_implies", "The capital of implies [Y] ."),
    ("capitalOf", "spo_pattern", "If A is the capital of B , then the [Y] of A is B ."),
    ("writtenBy", "dm_one_has_to_be", "One has to be a particular [Y] if one is written by a person ."),
    ("bornIn", "rg_pattern", "If A is born in B , then B is a [Y] ."),
    ("contains", "dm_only", "Only a [Y] can contain something ."),
    ("contains", "rg_the_of", "What something contains is a [Y] ."),
    ("belongsTo", "dm_one_has_to_be", "One has to be a particular [Y] if one belongs to an organisation ."),
    ("base", "rg_the_of", "The base of something is a [Y] ."),
    ("base", "rg_one_has_to_be", "One has to be a particular [Y] if one is a pizza's base ."),
    ("locatedIn", "dm_only", "Only a [Y] can be located in something ."),
]


@pytest.fixture(scope="module")
def wording_kb():
    return _kb(WORDING.name)


@pytest.mark.parametrize("local, tid, expected", EXPECTED)
def test_hand_written_renderings(wording_kb, local, tid, expected):
    t = TEMPLATES.get(tid)
    assert render_question(t.task, EX + local, wording_kb, t) == expected


def test_world_wording_of_patterns_with_a_leading_the():
    # world's kgp:pattern "The father of [X] is [Y] ." is kept as written, and reads right mid-sentence
    kb = _kb("world")
    father = next(p for p in kb.onto.properties if kb.label(p) == "father")
    assert kb.pattern(father) == "The father of [X] is [Y] ."
    vals = subject_values("DM", father, kb)
    assert vals["[X:pattern]"] == "the father of A is B"
    assert vals["[X:domain-clause]"] == "if one has a father"
    assert render_question("RG", father, kb, TEMPLATES.get("rg_pattern")) == "If the father of A is B , then B is a [Y] ."
