"""Batteries: which probes to generate, as data (YAML in ``probes/``).

A battery names the tasks, templates, reasoning settings, parallel families,
sample sizes and the seed. ``load_battery(spec)`` takes a path or the name of
a battery in ``probes/`` (:func:`kgprobe.paths.data_dirs`) or in
:data:`BATTERIES`, and returns a validated :class:`Battery`; anything wrong
is a :class:`~kgprobe.errors.BatteryError` naming the file and the key.

Keys (all optional except that the battery must ask for something)::

    name: default                # defaults to the file name
    description: ...
    seed: 13                     # every sample, split and pseudoword derives from it
    candidates: all              # or {sample: 20}: every gold + 20 seeded distractors
    exclude_also_true: true      # drop answers that are true but not gold from candidates
    train_per_task: 10           # facts per task/rule in the "train" split (seeded)
    dev_per_task: 0
    patterns: {birth place: "[X] was born in [Y] ."}   # by property label or IRI
    templates:                   # new templates: id -> {role, task, text[, join, candidates]}
      tp_belongs: {task: TP, text: "[X] belongs to the class [Y] ."}   # role defaults to question
    memorisation:                # task -> spec; a task left out is not generated
      TP: {n: 20, templates: [tp_is_a, tp_particular], gold: hierarchy, candidates: {sample: 20}}
      SCO: {n: all, train: 5}    # candidates, train, dev, exclude_also_true override the battery's
    reasoning:
      rules: all                 # the six RDFS rules; or a list of rdfs2 rdfs3 rdfs5 rdfs7 rdfs9 rdfs11
                                 # and the opt-in prp-trp (OWL 2 RL transitive properties)
      settings: all              # or a list such as [EX-EX, IM-EX]
      n: 3                       # derivations per rule (all settings of each)
      hypotheses: {rdfs9: [h9_particular]}
      statements: {subClassOf: st_subclass_paper}
      conjunction: therefore
      train: 1                   # (candidates, train, dev, exclude_also_true as in a task)
    parallel:
      order: {n: 2}              # EX-EX derivations per rule, emitted in every premise order
      multi: {rules: [rdfs9], n: 4, facts: [2, 3], setting: EX-EX}
      set: {tasks: [TP, SCO, SPO], n: 6, listed: 2}
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

import yaml

from kgprobe.errors import BatteryError
from kgprobe.paths import data_dirs
from kgprobe.probes.model import MEMORISATION_TASKS, REASONING_TASKS, SETTINGS
from kgprobe.reasoning.rules import DEFAULT_RULES
from kgprobe.probes.templates import (
    DEFAULT_HYPOTHESES,
    DEFAULT_SET,
    DEFAULT_STATEMENTS,
    SET_TASKS,
    STATEMENT_KINDS,
    TEMPLATES,
    Template,
    builtin_ids,
    validate_template,
)
from kgprobe.registry import Registry, did_you_mean

ALL_SETTINGS = tuple(f"{a}-{b}" for a in SETTINGS for b in SETTINGS)
GOLD_MODES = ("hierarchy", "closure")

#: extra named batteries: name -> path (the files in probes/ need no entry)
BATTERIES: Registry[str] = Registry("battery")


@dataclass(frozen=True)
class Candidates:
    """``all`` candidates, or every gold plus ``sample`` seeded distractors."""

    mode: str = "all"  # "all" | "sample"
    sample: int = 0

    def to_dict(self) -> Any:
        return "all" if self.mode == "all" else {"sample": self.sample}


@dataclass
class TaskSpec:
    task: str
    n: Optional[int] = None  # test facts; None = all
    templates: list[str] = field(default_factory=list)
    gold: str = "hierarchy"  # TP only: "hierarchy" (asserted types + superclasses) or "closure"
    candidates: Optional[Candidates] = None
    train: Optional[int] = None  # overrides the battery's train_per_task
    dev: Optional[int] = None
    exclude_also_true: Optional[bool] = None


@dataclass
class ReasoningSpec:
    rules: list[str] = field(default_factory=lambda: list(DEFAULT_RULES))
    settings: list[str] = field(default_factory=lambda: list(ALL_SETTINGS))
    n: Optional[int] = None
    hypotheses: dict[str, list[str]] = field(default_factory=dict)
    statements: dict[str, str] = field(default_factory=dict)
    conjunction: str = "therefore"
    candidates: Optional[Candidates] = None
    train: Optional[int] = None
    dev: Optional[int] = None
    exclude_also_true: Optional[bool] = None


@dataclass
class OrderSpec:
    rules: list[str] = field(default_factory=lambda: list(DEFAULT_RULES))
    n: Optional[int] = None


@dataclass
class MultiSpec:
    rules: list[str] = field(default_factory=lambda: ["rdfs9"])
    n: Optional[int] = None
    facts: list[int] = field(default_factory=lambda: [2, 3])
    setting: str = "EX-EX"


@dataclass
class SetSpec:
    tasks: list[str] = field(default_factory=lambda: list(SET_TASKS))
    n: Optional[int] = None
    listed: int = 2
    templates: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Battery:
    """A validated battery. ``path``/``sha256`` identify the file it came from."""

    name: str
    path: str
    sha256: str
    description: str = ""
    seed: int = 0
    candidates: Candidates = field(default_factory=Candidates)
    exclude_also_true: bool = True
    train_per_task: int = 10
    dev_per_task: int = 0
    memorisation: dict[str, TaskSpec] = field(default_factory=dict)
    reasoning: Optional[ReasoningSpec] = None
    order: Optional[OrderSpec] = None
    multi: Optional[MultiSpec] = None
    set: Optional[SetSpec] = None
    templates: dict[str, Template] = field(default_factory=dict)
    patterns: dict[str, str] = field(default_factory=dict)
    raw: dict = field(default_factory=dict, repr=False)

    def template(self, tid: str) -> Template:
        """A template by id: the battery's own first, then the built-ins."""
        if tid in self.templates:
            return self.templates[tid]
        if tid in TEMPLATES:
            return TEMPLATES.get(tid)
        raise BatteryError(f"{self.path}: unknown template {tid!r}")

    def candidates_for(self, spec_candidates: Optional[Candidates]) -> Candidates:
        return spec_candidates or self.candidates

    def split_sizes(self, spec) -> tuple[int, int]:
        """(train, dev) facts per task for a section (its own or the battery's)."""
        tr = spec.train if spec is not None and spec.train is not None else self.train_per_task
        dv = spec.dev if spec is not None and spec.dev is not None else self.dev_per_task
        return tr, dv

    def excludes_also_true(self, spec) -> bool:
        if spec is not None and spec.exclude_also_true is not None:
            return spec.exclude_also_true
        return self.exclude_also_true

    def describe(self) -> dict:
        """JSON-able identity of the battery (for results metadata)."""
        return {"name": self.name, "path": self.path, "sha256": self.sha256, "seed": self.seed}


# --------------------------------------------------------------------------
# resolving a name or path
# --------------------------------------------------------------------------


def known_batteries() -> list[str]:
    names = set(BATTERIES.names())
    for d in data_dirs("probes"):
        for f in d.iterdir():
            if f.suffix in (".yaml", ".yml") and f.is_file():
                names.add(f.stem)
    return sorted(names)


def resolve_battery(spec: Union[str, Path]) -> Path:
    """A battery file from a path, a registered name or a name in probes/."""
    p = Path(str(spec)).expanduser()
    if p.is_file():
        return p
    if p.exists():
        raise BatteryError(f"{spec}: is not a file")
    name = str(spec)
    if name in BATTERIES:
        q = Path(BATTERIES.get(name))
        if not q.is_file():
            raise BatteryError(f"battery {name!r}: registered file {q} not found")
        return q
    looks_like_path = any(c in name for c in "/\\") or p.suffix in (".yaml", ".yml")
    if not looks_like_path:
        for d in data_dirs("probes"):
            for suffix in (".yaml", ".yml"):
                cand = d / f"{name}{suffix}"
                if cand.is_file():
                    return cand
        raise BatteryError(
            f"unknown battery {name!r}: not a file, nor a name in probes/{did_you_mean(name, known_batteries())} "
            f"(known: {', '.join(known_batteries()) or 'none'})"
        )
    raise BatteryError(f"{spec}: file not found")


# --------------------------------------------------------------------------
# parsing
# --------------------------------------------------------------------------


class _Ctx:
    def __init__(self, path: Path):
        self.path = path

    def err(self, msg: str) -> BatteryError:
        return BatteryError(f"{self.path}: {msg}")

    def mapping(self, value, where: str) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.err(f"{where} must be a mapping, not {type(value).__name__}")
        return value

    def keys(self, d: dict, allowed: tuple, where: str) -> None:
        for k in d:
            if k not in allowed:
                raise self.err(f"{where}: unknown key {k!r} (known: {', '.join(allowed)})")

    def count(self, value, where: str, allow_all: bool = True, minimum: int = 0) -> Optional[int]:
        if value is None or (allow_all and value == "all"):
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.err(f"{where} must be an integer >= {minimum}" + (" or 'all'" if allow_all else "") + f", not {value!r}")
        return value

    def string(self, value, where: str, default: str = "") -> str:
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.err(f"{where} must be a string, not {type(value).__name__}")
        return value

    def str_list(self, value, where: str) -> list[str]:
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.err(f"{where} must be a list of names")
        return list(value)

    def candidates(self, value, where: str) -> Candidates:
        if value == "all":
            return Candidates("all")
        if isinstance(value, dict) and set(value) == {"sample"}:
            n = self.count(value["sample"], f"{where}.sample", allow_all=False, minimum=1)
            return Candidates("sample", n)
        raise self.err(f"{where} must be 'all' or {{sample: N}}, not {value!r}")

    def rules(self, value, where: str) -> list[str]:
        if value is None or value == "all":
            return list(DEFAULT_RULES)
        rules = self.str_list(value, where)
        for r in rules:
            if r not in REASONING_TASKS:
                raise self.err(f"{where}: unknown rule {r!r} (known: {', '.join(REASONING_TASKS)})")
        return _dedupe(rules)


def _dedupe(xs: list) -> list:
    return list(dict.fromkeys(xs))


TOP_KEYS = ("name", "description", "seed", "candidates", "exclude_also_true", "train_per_task", "dev_per_task",
            "patterns", "templates", "memorisation", "reasoning", "parallel")


def parse_battery(data: Any, path: Path, sha256: str = "") -> Battery:
    """Validate parsed YAML into a :class:`Battery`."""
    c = _Ctx(path)
    if data is None:
        raise c.err("empty battery file")
    if not isinstance(data, dict):
        raise c.err("a battery must be a YAML mapping")
    c.keys(data, TOP_KEYS, "battery")
    b = Battery(name=c.string(data.get("name"), "name") or path.stem, path=str(path), sha256=sha256, raw=data)
    b.description = c.string(data.get("description"), "description")
    seed = data.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise c.err(f"seed must be an integer, not {seed!r}")
    b.seed = seed
    if "candidates" in data:
        b.candidates = c.candidates(data["candidates"], "candidates")
    eat = data.get("exclude_also_true", True)
    if not isinstance(eat, bool):
        raise c.err("exclude_also_true must be true or false")
    b.exclude_also_true = eat
    b.train_per_task = c.count(data.get("train_per_task", 10), "train_per_task", allow_all=False)
    b.dev_per_task = c.count(data.get("dev_per_task", 0), "dev_per_task", allow_all=False)

    pats = c.mapping(data.get("patterns"), "patterns")
    for k, v in pats.items():
        if not isinstance(k, str) or not isinstance(v, str) or "[X]" not in v or "[Y]" not in v:
            raise c.err(f"patterns: {k!r} must be a string with [X] and [Y]")
        b.patterns[str(k)] = v

    for tid, spec in c.mapping(data.get("templates"), "templates").items():
        spec = c.mapping(spec, f"templates.{tid}")
        c.keys(spec, ("role", "task", "text", "join", "candidates"), f"templates.{tid}")
        if "text" not in spec:
            raise c.err(f"templates.{tid}: missing 'text'")
        if not isinstance(tid, str):
            raise c.err(f"templates: template id {tid!r} must be a string")
        t = Template(id=tid, role=c.string(spec.get("role"), f"templates.{tid}.role", "question"),
                     task=c.string(spec.get("task"), f"templates.{tid}.task"),
                     text=c.string(spec["text"], f"templates.{tid}.text"),
                     join=c.string(spec.get("join"), f"templates.{tid}.join", ", "),
                     candidates=c.string(spec.get("candidates"), f"templates.{tid}.candidates", "label"),
                     source=str(path))
        b.templates[str(tid)] = validate_template(t, str(path))

    def check_templates(ids: list[str], role: str, task: str, where: str) -> list[str]:
        for tid in ids:
            t = b.template(tid) if (tid in b.templates or tid in TEMPLATES) else None
            if t is None:
                raise c.err(f"{where}: unknown template {tid!r}")
            if t.role != role or (task and t.task != task):
                raise c.err(f"{where}: template {tid!r} is a {t.role} template for {t.task or 'any task'}, not a {role} for {task}")
        return _dedupe(ids)

    mem = data.get("memorisation")
    if mem is not None:
        if mem == "all":
            mem = {t: {} for t in MEMORISATION_TASKS}
        mem = c.mapping(mem, "memorisation")
        for task, spec in mem.items():
            if task not in MEMORISATION_TASKS:
                raise c.err(f"memorisation: unknown task {task!r} (known: {', '.join(MEMORISATION_TASKS)})")
            spec = c.mapping(spec, f"memorisation.{task}")
            c.keys(spec, ("n", "templates", "gold", "candidates", "train", "dev", "exclude_also_true"),
                   f"memorisation.{task}")
            ts = TaskSpec(task=task, n=c.count(spec.get("n"), f"memorisation.{task}.n"))
            _section_common(c, spec, ts, f"memorisation.{task}")
            if "templates" in spec:
                tids = spec["templates"]
                if tids == "all":
                    tids = builtin_ids("question", task) + [k for k, t in b.templates.items() if t.role == "question" and t.task == task]
                ts.templates = check_templates(c.str_list(tids, f"memorisation.{task}.templates"), "question", task,
                                               f"memorisation.{task}.templates")
            else:
                ts.templates = builtin_ids("question", task)[:3]
            if not ts.templates:
                raise c.err(f"memorisation.{task}: no templates")
            gold = spec.get("gold", "hierarchy")
            if gold not in GOLD_MODES or (gold == "closure" and task != "TP"):
                raise c.err(f"memorisation.{task}.gold must be one of {', '.join(GOLD_MODES)} (closure: TP only)")
            ts.gold = gold
            if "candidates" in spec:
                ts.candidates = c.candidates(spec["candidates"], f"memorisation.{task}.candidates")
            b.memorisation[task] = ts

    rs = data.get("reasoning")
    if rs is not None:
        rs = c.mapping(rs, "reasoning")
        c.keys(rs, ("rules", "settings", "n", "hypotheses", "statements", "conjunction", "candidates", "train", "dev",
                    "exclude_also_true"), "reasoning")
        spec = ReasoningSpec(rules=c.rules(rs.get("rules"), "reasoning.rules"),
                             n=c.count(rs.get("n"), "reasoning.n"))
        _section_common(c, rs, spec, "reasoning")
        st = rs.get("settings", "all")
        if st != "all":
            st = c.str_list(st, "reasoning.settings")
            for s in st:
                if s not in ALL_SETTINGS:
                    raise c.err(f"reasoning.settings: unknown setting {s!r} (P1-P2, each EX, IM or NO)")
            spec.settings = _dedupe(st)
        hyps = c.mapping(rs.get("hypotheses"), "reasoning.hypotheses")
        for rule in spec.rules:
            ids = hyps.get(rule, DEFAULT_HYPOTHESES[rule])
            if ids == "all":
                ids = builtin_ids("hypothesis", rule) + [k for k, t in b.templates.items() if t.role == "hypothesis" and t.task == rule]
            spec.hypotheses[rule] = check_templates(c.str_list(ids, f"reasoning.hypotheses.{rule}"), "hypothesis", rule,
                                                    f"reasoning.hypotheses.{rule}")
        for rule in hyps:
            if rule not in REASONING_TASKS:
                raise c.err(f"reasoning.hypotheses: unknown rule {rule!r} (known: {', '.join(REASONING_TASKS)})")
        sts = c.mapping(rs.get("statements"), "reasoning.statements")
        for kind in sts:
            if kind not in STATEMENT_KINDS:
                raise c.err(f"reasoning.statements: unknown statement kind {kind!r} (known: {', '.join(STATEMENT_KINDS)})")
        for kind in STATEMENT_KINDS:
            tid = sts.get(kind, DEFAULT_STATEMENTS[kind])
            if not isinstance(tid, str):
                raise c.err(f"reasoning.statements.{kind} must be one template id")
            check_templates([tid], "statement", kind, f"reasoning.statements.{kind}")
            spec.statements[kind] = tid
        conj = rs.get("conjunction", "therefore")
        if not isinstance(conj, str):
            raise c.err("reasoning.conjunction must be one template id")
        check_templates([conj], "conjunction", "", "reasoning.conjunction")
        spec.conjunction = conj
        if "candidates" in rs:
            spec.candidates = c.candidates(rs["candidates"], "reasoning.candidates")
        b.reasoning = spec

    par = c.mapping(data.get("parallel"), "parallel")
    c.keys(par, ("order", "multi", "set"), "parallel")
    if "order" in par:
        o = c.mapping(par["order"], "parallel.order")
        c.keys(o, ("rules", "n"), "parallel.order")
        b.order = OrderSpec(rules=c.rules(o.get("rules"), "parallel.order.rules"), n=c.count(o.get("n"), "parallel.order.n"))
    if "multi" in par:
        m = c.mapping(par["multi"], "parallel.multi")
        c.keys(m, ("rules", "n", "facts", "setting"), "parallel.multi")
        ms = MultiSpec(n=c.count(m.get("n"), "parallel.multi.n"))
        if "rules" in m:
            ms.rules = c.rules(m["rules"], "parallel.multi.rules")
        facts = m.get("facts", [2, 3])
        facts = [facts] if isinstance(facts, int) else facts
        if not isinstance(facts, list) or not facts or not all(isinstance(k, int) and not isinstance(k, bool) and 2 <= k <= 4 for k in facts):
            raise c.err("parallel.multi.facts must be a list of integers from 2 to 4")
        ms.facts = sorted(set(facts))
        setting = m.get("setting", "EX-EX")
        if setting not in ("EX-EX", "IM-EX"):
            raise c.err(f"parallel.multi.setting must be EX-EX or IM-EX, not {setting!r}")
        ms.setting = setting
        b.multi = ms
    if "set" in par:
        s = c.mapping(par["set"], "parallel.set")
        c.keys(s, ("tasks", "n", "listed", "templates"), "parallel.set")
        ss = SetSpec(n=c.count(s.get("n"), "parallel.set.n"),
                     listed=c.count(s.get("listed", 2), "parallel.set.listed", allow_all=False, minimum=2))
        if "tasks" in s:
            ss.tasks = _dedupe(c.str_list(s["tasks"], "parallel.set.tasks"))
            for t in ss.tasks:
                if t not in SET_TASKS:
                    raise c.err(f"parallel.set.tasks: {t!r} is not a task with several golds (known: {', '.join(SET_TASKS)})")
        tmpl = c.mapping(s.get("templates"), "parallel.set.templates")
        for t in ss.tasks:
            ss.templates[t] = check_templates(c.str_list(tmpl.get(t, DEFAULT_SET[t]), f"parallel.set.templates.{t}"),
                                              "set", t, f"parallel.set.templates.{t}")
        b.set = ss

    if not (b.memorisation or b.reasoning or b.order or b.multi or b.set):
        raise c.err("the battery asks for no probes (no memorisation, reasoning or parallel section)")
    return b


def _section_common(c: _Ctx, raw: dict, spec, where: str) -> None:
    """The keys a section may override: train, dev, exclude_also_true."""
    if "train" in raw:
        spec.train = c.count(raw["train"], f"{where}.train", allow_all=False)
    if "dev" in raw:
        spec.dev = c.count(raw["dev"], f"{where}.dev", allow_all=False)
    if "exclude_also_true" in raw:
        if not isinstance(raw["exclude_also_true"], bool):
            raise c.err(f"{where}.exclude_also_true must be true or false")
        spec.exclude_also_true = raw["exclude_also_true"]


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (``*name``, ``<<: *name``): no alias bombs."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in batteries", mark)
        return super().compose_node(parent, index)


def load_battery(spec: Union[str, Path]) -> Battery:
    """Load and validate a battery from a path or a name (see module docstring)."""
    path = resolve_battery(spec)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BatteryError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_NoAliasLoader)  # noqa: S506 (a SafeLoader)
    except UnicodeDecodeError:
        raise BatteryError(f"{path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()
        raise BatteryError(f"{path}: malformed YAML ({' '.join(x.strip() for x in first[:3])})") from None
    return parse_battery(data, path, hashlib.sha256(raw).hexdigest())
