"""Templates: how a fact becomes text.

A template is a name plus data (:class:`Template`); the built-in ones are in
:data:`TEMPLATES` (a :class:`~kgprobe.registry.Registry`), a battery YAML can
add more under ``templates:``. Rendering never calls ``str.format`` on user
text: :func:`render` replaces the known ``[TOKEN]`` placeholders in one pass,
so labels and templates with braces, quotes, ``%`` or non-ASCII characters
come through intact, and a label is never scanned for placeholders.

Roles and their placeholders
----------------------------
``question`` (memorisation; ``task`` is TP, SCO, SPO, DM or RG)
    ``[X]`` the subject's label, ``[X:a]`` the same with "a"/"an",
    ``[Y]`` the answer slot (exactly one);
    for properties also ``[X:pattern]`` (the property's surface pattern with
    the dummies "A" and "B": "A was born in B"), ``[X:domain-clause]``
    ("if one was born in a city", the paper's DM wording),
    ``[X:range-clause]`` ("if a person was born in that", the paper's RG
    wording), ``[X:verb-phrase]`` (what a domain member can do: "have a
    spouse", "be located in something") and ``[X:object-phrase]`` (what a
    range member is: "the spouse of something", "what something is located
    in"). Property phrases follow the label's grammar, see
    :func:`default_pattern`.
``set`` (parallel family "set"; ``task`` TP, SCO or SPO)
    as ``question`` plus ``[Z]``: the listed golds joined with ``join``
    (default ", "), or ``[Z:a]``: the same, each with "a"/"an".
``hypothesis`` (reasoning; ``task`` is the rule)
    ``[X]`` the conclusion's subject, ``[O]`` its object (rules that ask for
    the predicate: rdfs7), ``[P]`` its predicate as the middle of its pattern
    ("is located in"; rules whose predicate is not fixed: prp-trp), ``[Y]``
    the slot. ``candidates: pattern-middle`` (rules that ask for the
    predicate) makes the candidates the middle of each property's pattern
    ("was born in") instead of labels.
``statement`` (a premise stated in the prompt; ``task`` is the triple kind:
    type, subClassOf, subPropertyOf, domain, range, relation)
    ``[S]``/``[O]`` subject/object labels, ``[O:a]`` the object with "a"/"an",
    ``[S:domain-clause]``/``[S:range-clause]`` as above for the property
    ``[S]``, ``[S:pattern]`` the relation's pattern filled with ``[S]`` and
    ``[O]`` (relation statements), and no ``[Y]``.
``conjunction`` (between stated premises and the hypothesis)
    plain text such as "Therefore,".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from kgprobe.errors import BatteryError
from kgprobe.probes.model import MEMORISATION_TASKS, REASONING_TASKS, SLOT
from kgprobe.reasoning.rules import RULE, TABLE
from kgprobe.registry import Registry

_PREDICATE_RULES = tuple(r.name for r in TABLE if r.slot == "predicate")
_VARIABLE_PREDICATE_RULES = tuple(r.name for r in TABLE if r.relation == "p")
ROLES = ("question", "set", "hypothesis", "statement", "conjunction")
STATEMENT_KINDS = ("type", "subClassOf", "subPropertyOf", "domain", "range", "relation")
SET_TASKS = ("TP", "SCO", "SPO")
PROPERTY_TASKS = ("SPO", "DM", "RG")

PREDICATE_TOKEN = "[P]"
TOKEN_RE = re.compile(r"\[[A-Z](?::[a-z][a-z\-]*)?\]")

# placeholders each role may use (besides literal text)
_PROPERTY_X = {"[X:pattern]", "[X:domain-clause]", "[X:range-clause]", "[X:verb-phrase]", "[X:object-phrase]"}
ALLOWED = {
    "question": {"[X]", "[X:a]", SLOT},
    "set": {"[X]", "[X:a]", SLOT, "[Z]", "[Z:a]"},
    "hypothesis": {"[X]", "[O]", PREDICATE_TOKEN, SLOT},
    "statement": {"[S]", "[O]", "[O:a]", "[S:domain-clause]", "[S:range-clause]", "[S:pattern]"},
    "conjunction": set(),
}


@dataclass(frozen=True)
class Template:
    """A named piece of text with placeholders (see the module docstring).

    id          unique name (what ``Probe.template`` records).
    role        question | set | hypothesis | statement | conjunction.
    task        the task, rule or statement kind it serves ("" for conjunctions).
    text        the text with placeholders.
    join        ``set`` templates: the separator between listed golds.
    candidates  ``hypothesis`` templates of rdfs7: "label" or "pattern-middle".
    source      "builtin", or the battery file that defined it.
    """

    id: str
    role: str
    task: str
    text: str
    join: str = ", "
    candidates: str = "label"
    source: str = "builtin"
    doc: str = field(default="", compare=False)

    def tokens(self) -> list[str]:
        return TOKEN_RE.findall(self.text)


def validate_template(t: Template, where: str = "") -> Template:
    """Check role, task and placeholders; BatteryError with one line if wrong."""
    at = f"{where}: " if where else ""
    if t.role not in ROLES:
        raise BatteryError(f"{at}template {t.id!r}: unknown role {t.role!r} (known: {', '.join(ROLES)})")
    if t.role in ("question",):
        if t.task not in MEMORISATION_TASKS:
            raise BatteryError(f"{at}template {t.id!r}: unknown task {t.task!r} (known: {', '.join(MEMORISATION_TASKS)})")
    elif t.role == "set":
        if t.task not in SET_TASKS:
            raise BatteryError(f"{at}template {t.id!r}: set templates serve {', '.join(SET_TASKS)}, not {t.task!r}")
    elif t.role == "hypothesis":
        if t.task not in REASONING_TASKS:
            raise BatteryError(f"{at}template {t.id!r}: unknown rule {t.task!r} (known: {', '.join(REASONING_TASKS)})")
        if t.candidates not in ("label", "pattern-middle"):
            raise BatteryError(f"{at}template {t.id!r}: candidates must be 'label' or 'pattern-middle'")
        if t.candidates == "pattern-middle" and RULE[t.task].slot != "predicate":
            raise BatteryError(f"{at}template {t.id!r}: candidates: pattern-middle is for the rules that ask for "
                               f"the predicate ({', '.join(_PREDICATE_RULES)}) only")
    elif t.role == "statement":
        if t.task not in STATEMENT_KINDS:
            raise BatteryError(f"{at}template {t.id!r}: unknown statement kind {t.task!r} (known: {', '.join(STATEMENT_KINDS)})")
    if not isinstance(t.text, str) or not t.text.strip():
        raise BatteryError(f"{at}template {t.id!r}: empty text")
    allowed = set(ALLOWED[t.role])
    if t.role in ("question", "set") and t.task in PROPERTY_TASKS:
        allowed |= _PROPERTY_X
    toks = t.tokens()
    unknown = sorted({k for k in toks if k not in allowed})
    if unknown:
        raise BatteryError(
            f"{at}template {t.id!r}: unknown placeholder {unknown[0]} (allowed here: {', '.join(sorted(allowed)) or 'none'})"
        )
    if t.role in ("question", "set", "hypothesis"):
        if not any(k.startswith("[X") for k in toks):
            raise BatteryError(f"{at}template {t.id!r}: has no [X] (the subject)")
        if t.text.count(SLOT) != 1:
            raise BatteryError(f"{at}template {t.id!r}: needs exactly one {SLOT} slot, has {t.text.count(SLOT)}")
    if t.role == "set" and not ({"[Z]", "[Z:a]"} & set(toks)):
        raise BatteryError(f"{at}template {t.id!r}: a set template needs [Z] or [Z:a] (the listed golds)")
    if t.role == "hypothesis" and RULE[t.task].slot == "predicate" and "[O]" not in toks:
        raise BatteryError(f"{at}template {t.id!r}: an {t.task} hypothesis needs [O] (the object)")
    if t.role == "hypothesis" and (PREDICATE_TOKEN in toks) != (RULE[t.task].relation == "p"):
        raise BatteryError(f"{at}template {t.id!r}: {PREDICATE_TOKEN} (the predicate) is for the rules whose "
                           f"predicate is not fixed ({', '.join(_VARIABLE_PREDICATE_RULES)}), and they need it")
    if t.role == "statement" and not any(k.startswith("[S") for k in toks):
        raise BatteryError(f"{at}template {t.id!r}: a statement needs [S] (the subject)")
    return t


TEMPLATES: Registry[Template] = Registry("template")
_ORDER: list[str] = []  # registration order (the registry lists names sorted)


def register_template(t: Template) -> Template:
    """Add a template to :data:`TEMPLATES` (validated); extensions call this."""
    TEMPLATES.add(t.id, validate_template(t))
    _ORDER.append(t.id)
    return t


def _add(id: str, role: str, task: str, text: str, **kw) -> None:
    register_template(Template(id=id, role=role, task=task, text=text, **kw))


# --- memorisation questions (the first three per class task are the paper's) ---
_add("tp_is_a", "question", "TP", "[X] is a [Y] .", doc="Wu et al. 2023")
_add("tp_has_class", "question", "TP", "[X] has class [Y] .", doc="Wu et al. 2023")
_add("tp_particular", "question", "TP", "[X] is a particular [Y] .", doc="Wu et al. 2023")
_add("tp_type_of", "question", "TP", "The type of [X] is [Y] .")
_add("sco_is_a", "question", "SCO", "[X] is a [Y] .", doc="Wu et al. 2023")
_add("sco_has_class", "question", "SCO", "[X] has class [Y] .", doc="Wu et al. 2023")
_add("sco_particular", "question", "SCO", "[X] is a particular [Y] .", doc="Wu et al. 2023")
_add("sco_every", "question", "SCO", "Every [X] is a [Y] .")
_add("sco_kind_of", "question", "SCO", "[X] is a kind of [Y] .")
_add("spo_implies", "question", "SPO", "[X] implies [Y] .", doc="Wu et al. 2023")
_add("spo_sub_relation", "question", "SPO", "[X] is a more specific relation than [Y] .")
_add("spo_pattern", "question", "SPO", "If [X:pattern] , then the [Y] of A is B .")
_add("dm_one_has_to_be", "question", "DM", "One has to be a particular [Y] [X:domain-clause] .", doc="Wu et al. 2023")
_add("dm_only", "question", "DM", "Only a [Y] can [X:verb-phrase] .")
_add("dm_pattern", "question", "DM", "If [X:pattern] , then A is a [Y] .")
_add("rg_one_has_to_be", "question", "RG", "One has to be a particular [Y] [X:range-clause] .", doc="Wu et al. 2023")
_add("rg_the_of", "question", "RG", "[X:object-phrase] is a [Y] .")
_add("rg_pattern", "question", "RG", "If [X:pattern] , then B is a [Y] .")

# --- parallel family "set": several golds listed, one asked ---
_add("set_tp_and", "set", "TP", "[X] is [Z:a] and a [Y] .")
_add("set_sco_and", "set", "SCO", "Every [X] is [Z:a] and a [Y] .")
_add("set_spo_and", "set", "SPO", "[X] implies [Z] and [Y] .", join=", ")

# --- reasoning hypotheses ---
_add("h9_particular", "hypothesis", "rdfs9", "[X] is a particular [Y] .", doc="Wu et al. 2023")
_add("h2_particular", "hypothesis", "rdfs2", "[X] is a particular [Y] .", doc="Wu et al. 2023")
_add("h3_particular", "hypothesis", "rdfs3", "[X] is a particular [Y] .", doc="Wu et al. 2023")
_add("h9_is_a", "hypothesis", "rdfs9", "[X] is a [Y] .")
_add("h2_is_a", "hypothesis", "rdfs2", "[X] is a [Y] .")
_add("h3_is_a", "hypothesis", "rdfs3", "[X] is a [Y] .")
_add("h11_every", "hypothesis", "rdfs11", "Every [X] is a [Y] .")
_add("h11_particular", "hypothesis", "rdfs11", "[X] is a particular [Y] .", doc="Wu et al. 2023 (class pseudoword used like an instance)")
_add("h5_implies", "hypothesis", "rdfs5", "[X] implies [Y] .", doc="Wu et al. 2023")
_add("h7_relation", "hypothesis", "rdfs7", "The relation between [X] and [O] is [Y] .", doc="Wu et al. 2023 (ChatGPT wording)")
_add("h7_of", "hypothesis", "rdfs7", "[O] is the [Y] of [X] .")
_add("h7_pattern", "hypothesis", "rdfs7", "[X] [Y] [O] .", candidates="pattern-middle",
     doc="Wu et al. 2023 (masked LMs): the predicate's pattern middle is masked")
_add("htrp_pattern", "hypothesis", "prp-trp", "[X] [P] [Y] .", doc="the transitive property's own pattern")

# --- premise statements ---
_add("st_type", "statement", "type", "[S] is [O:a] .")
_add("st_subclass_every", "statement", "subClassOf", "Every [S] is [O:a] .")
_add("st_subclass_paper", "statement", "subClassOf", "[S] is [O:a] .", doc="Wu et al. 2023")
_add("st_subproperty", "statement", "subPropertyOf", "[S] implies [O] .", doc="Wu et al. 2023")
_add("st_domain", "statement", "domain", "One has to be [O:a] [S:domain-clause] .", doc="Wu et al. 2023")
_add("st_range", "statement", "range", "One has to be [O:a] [S:range-clause] .", doc="Wu et al. 2023")
_add("st_relation", "statement", "relation", "[S:pattern] .")

# --- conjunctions ---
_add("therefore", "conjunction", "", "Therefore,", doc="Wu et al. 2023")
_add("hence", "conjunction", "", "Hence,")
_add("so", "conjunction", "", "So")

DEFAULT_HYPOTHESES = {r.name: list(r.hypotheses) for r in TABLE}
DEFAULT_STATEMENTS = {
    "type": "st_type",
    "subClassOf": "st_subclass_every",
    "subPropertyOf": "st_subproperty",
    "domain": "st_domain",
    "range": "st_range",
    "relation": "st_relation",
}
DEFAULT_SET = {"TP": ["set_tp_and"], "SCO": ["set_sco_and"], "SPO": ["set_spo_and"]}


def builtin_ids(role: str, task: Optional[str] = None) -> list[str]:
    """Ids of the built-in templates of a role (and task), in registration order."""
    out = []
    for name in _ORDER:
        t = TEMPLATES.get(name)
        if t.role == role and (task is None or t.task == task):
            out.append(name)
    return out


# --------------------------------------------------------------------------
# rendering helpers
# --------------------------------------------------------------------------


def render(text: str, values: dict[str, str]) -> str:
    """Replace each placeholder in ``text`` by ``values[token]`` in one pass.

    Tokens not in ``values`` are left as they are (``[Y]`` usually). The
    replacement strings are inserted literally: nothing in them is
    interpreted, so labels may hold braces, backslashes or ``[X]``.
    """
    return TOKEN_RE.sub(lambda m: values.get(m.group(0), m.group(0)), text)


def capitalise(text: str) -> str:
    """Upper-case the first character if it is a lower-case letter."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :] if ch.islower() else text
        if not ch.isspace():
            return text
    return text


def article(word: str) -> str:
    """"a" or "an" by the first letter (the paper's rule)."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def with_article(word: str) -> str:
    return f"{article(word)} {word}"


_PREP_END = ("of", "in", "by", "at", "for", "to", "from", "with", "on", "as", "into")
_ARTICLES = ("the", "a", "an")
# a label starting with one of these is already a predicate: "has base", "is base of"
_AUX = ("is", "are", "was", "were", "has", "have", "had", "can", "does", "do", "did")
# third-person verbs a property label may start with ("contains", "belongs to");
# an unknown word ending in -s followed by a preposition (not "of") or article counts too
_VERBS = frozenset("""
    affects belongs borders causes cites consists contains covers crosses depends depicts describes employs
    equals follows funds governs hosts implies includes inflows influences inhabits knows likes loves manages
    measures mentions needs obeys occupies operates orbits outflows owns plays precedes produces publishes
    refers regulates replaces represents requires serves speaks spans sponsors succeeds supports teaches
    treats uses visits wins writes
""".split())
# past tenses whose participle differs (for "can have <participle>"); regular -ed verbs are their own
_PARTICIPLE = {"took": "taken", "wrote": "written", "became": "become", "began": "begun", "gave": "given",
               "saw": "seen", "ran": "run", "grew": "grown", "flew": "flown", "drew": "drawn", "ate": "eaten"}
_PAST = frozenset(_PARTICIPLE) | {"won", "made", "led", "held", "built", "met", "left", "sang", "sold", "bought",
                                  "taught", "fought", "brought", "founded", "lived", "died"}
# words that are never legitimately doubled in a generated phrase ("is is", "of of")
_DOUBLE_DROP = frozenset(_PREP_END + _ARTICLES + _AUX)


def lower_the(text: str) -> str:
    """Lower-case a leading "The" before a lower-case word, so that a label
    or filled pattern reads right mid-sentence ("The capital of" -> "the
    capital of"); :func:`capitalise` restores it at a sentence start.
    Proper names ("The Hague") are left alone."""
    return "t" + text[1:] if re.match(r"The (?=[a-z])", text) else text


def tidy(text: str) -> str:
    """Single spaces, and a function word that repeats the word before it
    dropped ("is is base of" -> "is base of", "of of" -> "of"). Content
    words may repeat ("Walla Walla"), so only the words of ``_DOUBLE_DROP``
    are de-duplicated."""
    out: list[str] = []
    for w in text.split():
        if out and w.lower() == out[-1].lower() and w.lower() in _DOUBLE_DROP:
            continue
        out.append(w)
    return " ".join(out)


def _label_words(label: str) -> list[str]:
    return tidy(lower_the(label.strip())).split()


def label_grammar(label: str) -> str:
    """How a property label reads: "predicate" (starts with is/has/...:
    "has base", "is base of"), "verb" ("contains", "belongs to"),
    "prepositional" (ends with a preposition: "located in", "written by",
    "the capital of") or "noun" ("base", "spouse", "birth place")."""
    words = _label_words(label)
    if not words:
        return "noun"
    first = words[0].lower()
    if first in _AUX:
        return "predicate"
    # "parts of", "members of": a plural noun, not a verb, before "of"
    if first in _VERBS or (len(words) > 1 and first.endswith("s") and not first.endswith("ss")
                           and words[1].lower() in _PREP_END + _ARTICLES and words[1].lower() != "of"):
        return "verb"
    if words[-1].lower() in _PREP_END:
        return "prepositional"
    return "noun"


def label_noun(label: str) -> Optional[str]:
    """The noun a label names, for "have a N" and "the N of": the label
    itself when it is a noun phrase, N for "has N"; None otherwise."""
    words = _label_words(label)
    kind = label_grammar(label)
    if kind == "noun":
        return " ".join(words) or None
    if kind == "predicate" and words[0].lower() in ("has", "have") and len(words) > 1:
        rest = " ".join(words[1:])
        if label_grammar(rest) == "noun" and words[1].lower() not in _ARTICLES:
            return rest
    return None


def default_pattern(label: str) -> str:
    """A surface pattern for a property that has none, from the label's
    grammar (:func:`label_grammar`):

    "has base" -> "[X] has base [Y] ."; "is base of" -> "[X] is base of [Y] .";
    "contains" -> "[X] contains [Y] ."; "located in", "written by", "The
    capital of" -> "[X] is located in [Y] .", "[X] is written by [Y] .",
    "[X] is the capital of [Y] ."; a noun ("spouse") -> the paper's most
    frequent form "[X]'s spouse is [Y] .".
    """
    text = " ".join(_label_words(label))
    kind = label_grammar(label)
    if kind in ("predicate", "verb"):
        return f"[X] {text} [Y] ."
    if kind == "prepositional":
        return f"[X] is {text} [Y] ."
    return f"[X]'s {text} is [Y] ."


def possessive_pattern(word: str) -> str:
    """"[X]'s <word> is [Y] .": the pattern of a pseudoword property (a made-up
    word has no grammar to read)."""
    return f"[X]'s {word} is [Y] ."


def _body(pattern: str) -> str:
    """The pattern without its final full stop."""
    b = pattern.strip()
    while b.endswith("."):
        b = b[:-1].rstrip()
    return b


def fill_pattern(pattern: str, x: str, y: str) -> str:
    """The pattern's sentence with [X] and [Y] filled in, without the full
    stop, with a leading "The" lowered for use mid-sentence (see
    :func:`lower_the`)."""
    return lower_the(render(_body(pattern), {"[X]": x, "[Y]": y}))


def pattern_middle(pattern: str) -> Optional[str]:
    """The text between [X] and [Y] when the pattern is "[X] ... [Y] ." (else None)."""
    m = re.fullmatch(r"\[X\](.*?)\[Y\]", _body(pattern))
    if not m:
        return None
    mid = m.group(1).strip()
    return mid or None


def _noun_of(body: str) -> Optional[str]:
    """N for the noun patterns "[X]'s N is [Y]", "The N of [X] is [Y]" and
    "[X] has N [Y]" (N a noun phrase); else None."""
    m = re.fullmatch(r"\[X\]'s (.+) is \[Y\]", body)
    if m and "[" not in m.group(1):  # the paper's form: whatever stands there is the noun
        return m.group(1)
    for rx in (r"[Tt]he (.+) of \[X\] is \[Y\]", r"\[X\] (?:has|have) (.+) \[Y\]"):
        m = re.fullmatch(rx, body)
        if m and "[" not in m.group(1) and label_noun(m.group(1)) == m.group(1):
            return m.group(1)
    return None


def _middle_words(body: str, first: str, last: str) -> Optional[list[str]]:
    """The words between ``first`` and ``last`` ("[X]", "[Y]") in a pattern
    body of that shape, without an article just before the slot; else None."""
    m = re.fullmatch(re.escape(first) + r" (.+?) " + re.escape(last), body)
    if not m or "[" in m.group(1):
        return None
    words = m.group(1).split()
    if len(words) > 1 and words[-1].lower() in _ARTICLES:
        words = words[:-1]
    return words


def _base_form(verb: str) -> str:
    """contains -> contain, crosses -> cross, carries -> carry (3rd person -s)."""
    v = verb.lower()
    if v.endswith("ies") and len(v) > 4:
        return verb[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|z|o)es$", v):
        return verb[:-2]
    if v.endswith("s") and not v.endswith("ss"):
        return verb[:-1]
    return verb


def verb_phrase(label: str, pattern: str) -> str:
    """What a member of the domain can do, after "can": "have a spouse" (a
    noun label), "be located in something", "share a border with something",
    "have played for something"."""
    noun = label_noun(label)
    if noun:
        return f"have {with_article(noun)}"
    words = _middle_words(_body(pattern), "[X]", "[Y]")
    if words:
        first, rest = words[0], words[1:]
        f = first.lower()
        if f in ("is", "are", "was", "were"):
            head = ["be"]
        elif f in ("has", "have", "had"):
            head = ["have"]
        elif f in _PAST or (f.endswith("ed") and f not in _VERBS):
            head = ["have", _PARTICIPLE.get(f, first)]
        else:
            head = [_base_form(first)]
        return tidy(" ".join(head + rest + ["something"]))
    return f"have {with_article(' '.join(_label_words(label)))}"


def object_phrase(label: str, pattern: str) -> str:
    """What a member of the range is, before "is a": "the spouse of
    something" (a noun label), "what something is located in", "what
    starred in something" (a pattern with [Y] first)."""
    noun = label_noun(label)
    if noun:
        return f"the {noun} of something"
    body = _body(pattern)
    words = _middle_words(body, "[X]", "[Y]")
    if words:
        return tidy(" ".join(["what something"] + words))
    words = _middle_words(body, "[Y]", "[X]")
    if words:
        return tidy(" ".join(["what"] + words + ["something"]))
    return f"the {' '.join(_label_words(label))} of something"


def _clause_body(pattern: str) -> str:
    """The pattern's body for a clause, where [Y] becomes "a <class>" or
    "that": an article right before [Y] ("plays the [Y]") is dropped, and a
    plural verb after [X] made singular."""
    body = re.sub(r"\b(?:[Tt]he|[Aa]n?) \[Y\]", "[Y]", _body(pattern))
    # the clause's subject is singular ("one", "a person"): "[X] are ..." -> "[X] is ..."
    return re.sub(r"^\[X\] (are|were) ", lambda m: "[X] " + {"are": "is", "were": "was"}[m.group(1)] + " ", body)


def domain_clause(pattern: str, range_label: Optional[str]) -> str:
    """The paper's DM clause: "if one was born in a city".

    ``[X]'s spouse is [Y]`` (or ``The spouse of [X] is [Y]``, ``[X] has
    spouse [Y]``) -> "if one has a spouse"; ``[X] <verb> [Y]`` -> "if one
    <verb> a <range>" ("something" when the range is unknown or already
    named in the pattern).
    """
    body = _clause_body(pattern)
    obj = "something"
    if range_label and range_label.lower() not in body.lower():
        obj = with_article(range_label)
    noun = _noun_of(body)
    if noun:
        return f"if one has {with_article(noun)}"
    if body.startswith("[X] "):
        return tidy("if one " + render(body[4:], {"[Y]": obj, "[X]": "one"}))
    return tidy("if " + lower_the(render(body, {"[X]": "one", "[Y]": obj})))


def range_clause(pattern: str, domain_label: Optional[str]) -> str:
    """The paper's RG clause: "if a person was born in that".

    ``[X]'s spouse is [Y]`` -> "if one is a person's spouse"; ``[X] has
    spouse [Y]`` -> "if one is the spouse of a person"; otherwise the
    pattern with [X] -> "a <domain>" and [Y] -> "that".
    """
    body = _clause_body(pattern)
    subj = with_article(domain_label) if domain_label else "something"
    if body.endswith(" is [Y]") and body.count("[Y]") == 1:
        return tidy("if one is " + lower_the(render(body[: -len(" is [Y]")], {"[X]": subj})))
    noun = _noun_of(body)
    if noun:
        return f"if one is the {noun} of {subj}"
    return tidy("if " + lower_the(render(body, {"[X]": subj, "[Y]": "that"})))


def property_values(label: str, pattern: str, domain_label: Optional[str], range_label: Optional[str]) -> dict[str, str]:
    """Placeholder values for a property as the subject of a question."""
    text = lower_the(label)
    return {
        "[X]": text, "[X:a]": with_article(text),
        "[X:pattern]": fill_pattern(pattern, "A", "B"),
        "[X:domain-clause]": domain_clause(pattern, range_label),
        "[X:range-clause]": range_clause(pattern, domain_label),
        "[X:verb-phrase]": verb_phrase(label, pattern),
        "[X:object-phrase]": object_phrase(label, pattern),
    }
