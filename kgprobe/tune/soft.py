"""Soft prompts: learned vectors in place of a template's words.

A :class:`SoftPrompt` belongs to one task and one template (or, for task
``conj``, to the conjunction between the stated premises and the hypothesis
of reasoning probes, "Therefore,"). Its *blocks* are the template's literal
pieces that hold a word (``"[X] is a particular [Y] ."`` has the blocks
``is a particular``; the lone ``.`` is punctuation and stays text); each
block is replaced by its own run of soft vectors. The subject's and the
candidates' tokens stay real tokens.

Where the blocks are in a probe: the template's text becomes a regular
expression (literal pieces escaped, each placeholder but ``[Y]`` a lazy
group, the first letter in either case because prompts are capitalised) that
must match the whole prompt; a probe of another task or template, or one that
does not match, is not covered and is scored with its words. A ``conj``
prompt covers a reasoning probe whose text before ``[Y]`` holds the
conjunction (its last occurrence there).

Reasoning probes ("softT", as OntoProbe-PLMs' ``load_soft_emb_*`` does for
Figure 4 of the reference study): a task's prompt also replaces the words of
every sentence of a reasoning probe that states a triple of that task's
predicate -- the hypothesis when the rule's conclusion is one
(:attr:`~kgprobe.reasoning.rules.Rule.hypothesis_task`: rdfs2/3/9 TP, rdfs5
SPO, rdfs11 SCO; rdfs7's "[X] [Y] [O] ." has no words) and each stated
premise of that task (rdfs9's P1 SCO and P2 TP, rdfs2's P1 DM, ...), with the
same vectors each time. A sentence takes the prompt when its template (the
probe's hypothesis template; for a premise, the built-in statement
templates of its kind) has the prompt's template's *shape*: the same
sequence of word pieces, placeholders (subject, object/slot, clauses) and
punctuation, so that block k of the sentence is block k of the prompt
("[X] is a [Y] ." fits "[X] is a particular [Y] ." and "[S] is [O:a] .",
whose article "a"/"an" joins the piece before it, as the paper's soft
premise "C <soft> D ." has none). Sentences of another shape keep their
words, and so does every sentence when the probe's template is not built in.

How scorers feed it: a soft vector is a negative token id, ``-1 - k`` for
row ``k`` of the :class:`SoftSet`'s table, in the very id lists the scorers
already build; only the embedding lookup changes (:meth:`SoftSet.embed`, the
model's own input embeddings for ids >= 0 and table rows for the rest, passed
as ``inputs_embeds``). So the causal scorer's shared-prefix key/value reuse
and the masked scorer's batching by candidate length are unchanged. Causal
LMs: only blocks before ``[Y]`` become soft (the text after the candidate is
scored token by token and needs real tokens); masked LMs: every block.
Text next to a block loses its trailing whitespace, keeps its leading one
(BPE vocabularies attach it to the next word).

File: ``DIR/soft_prompt.safetensors`` holds one tensor ``embeddings``
[rows, hidden] (float32) and, as safetensors metadata, ``kgprobe_soft``: JSON
with the task, template, blocks, block sizes and the model's fingerprint
(:func:`model_fingerprint`). Nothing is ever unpickled.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from kgprobe.errors import SoftPromptError
from kgprobe.probes.model import MEMORISATION_TASKS, SLOT, Probe
from kgprobe.probes.templates import TOKEN_RE

FILE = "soft_prompt.safetensors"
TASKS = MEMORISATION_TASKS + ("conj",)
_WORD = re.compile(r"\w")


@dataclass
class SoftPrompt:
    task: str                  # TP | SCO | SPO | DM | RG | conj
    template: str              # template id ("" for conj)
    text: str                  # the template's text, or the conjunction
    blocks: list[str]          # literal pieces replaced by soft vectors
    sizes: list[int]           # vectors per block
    embeddings: object = None  # torch tensor [sum(sizes), hidden], float32
    model: dict = field(default_factory=dict)  # model_fingerprint() of the model it was made for
    path: Optional[str] = None
    sha256: Optional[str] = None

    def __post_init__(self) -> None:
        self._regex, self.shape = (None, None) if self.task == "conj" else _parse(self.text, "question")

    def spans(self, probe: Probe) -> Optional[list[tuple[int, int, int]]]:
        """``(start, end, block)`` of each block in ``probe.prompt`` (in
        order; in a reasoning probe a block may recur), or None when this
        prompt does not cover the probe."""
        if self.task == "conj":
            if probe.kind != "reasoning" or not self.text:
                return None
            start = probe.prompt.rfind(self.text, 0, probe.prompt.find(SLOT))
            return None if start < 0 else [(start, start + len(self.text), 0)]
        if probe.kind == "reasoning":
            return _reasoning_spans(self, probe) or None
        if probe.task != self.task or probe.template != self.template:
            return None
        m = self._regex.fullmatch(probe.prompt)
        if m is None:
            return None
        return [(m.start(k + 1), m.end(k + 1), k) for k in range(len(self.blocks))]

    def meta(self) -> dict:
        return {"task": self.task, "template": self.template, "text": self.text, "blocks": self.blocks,
                "sizes": self.sizes, "model": self.model}


def template_blocks(text: str) -> list[str]:
    """The literal pieces of a template that hold a word, whitespace stripped."""
    return [p.strip() for p in TOKEN_RE.split(text) if _WORD.search(p)]


_BLOCK = "<words>"  # a word piece in a template's shape


def _shape_name(token: str, role: str) -> str:
    """A placeholder's name in a template's shape: the subject X ([X], [X:a],
    a statement's [S]), the object Y ([Y], a statement's [O] and [O:a]),
    clauses by their kind ([X:domain-clause] = [S:domain-clause])."""
    letter, _, kind = token[1:-1].partition(":")
    if role == "statement":
        letter = {"S": "X", "O": "Y"}.get(letter, letter)
    return letter if kind in ("", "a") else kind


@lru_cache(maxsize=None)
def _parse(text: str, role: str):
    """(regex, shape) of a template of ``role``: the regex matches a sentence
    rendered from ``text`` (group k+1 is word piece k; a statement's "[O:a]"
    gives its article to the piece just before it), the shape is the tuple
    of word pieces (:data:`_BLOCK`), placeholder names (:func:`_shape_name`)
    and punctuation."""
    out, shape = [], []
    pos = 0
    for m in list(TOKEN_RE.finditer(text)) + [None]:
        lit = text[pos: m.start() if m else len(text)]
        core = lit.strip()
        if core:
            lead, trail = lit[: len(lit) - len(lit.lstrip())], lit[len(lit.rstrip()):]
            esc = re.escape(core)
            if pos == 0 and not lead and core[0].isalpha():  # capitalise() may have raised the first letter
                esc = f"[{re.escape(core[0].lower())}{re.escape(core[0].upper())}]" + re.escape(core[1:])
            if _WORD.search(core):
                if role == "statement" and trail and m is not None and m.group(0) == "[O:a]":
                    out.append(re.escape(lead) + f"({esc}{re.escape(trail)}(?:an|a)) ")  # with_article(): "a x"
                else:
                    out.append(re.escape(lead) + f"({esc})" + re.escape(trail))
                shape.append(_BLOCK)
            else:
                out.append(re.escape(lead) + esc + re.escape(trail))
                shape.append(core)
        elif lit:
            out.append(re.escape(lit))
        if m is not None:
            out.append(re.escape(SLOT) if m.group(0) == SLOT else "(?:.+?)")
            shape.append(_shape_name(m.group(0), role))
            pos = m.end()
    pattern = "".join(out)
    # a hypothesis is the end of the prompt, after the premises and the conjunction
    tail = re.compile(rf"(?:(?<=\s)|^)(?:{pattern})\Z", re.DOTALL) if role == "hypothesis" else None
    return (tail or re.compile(pattern, re.DOTALL)), tuple(shape)


def _sentence_spans(sp: "SoftPrompt", text: str, offset: int, templates, role: str) -> list:
    """The blocks of ``sp`` in ``text`` (at ``offset`` in the prompt) by the
    first of ``templates`` that has ``sp``'s shape and matches; [] if none."""
    for t in templates:
        regex, shape = _parse(t.text, role)
        if shape != sp.shape:
            continue
        m = regex.search(text) if role == "hypothesis" else regex.fullmatch(text)
        if m is not None:
            return [(offset + m.start(k + 1), offset + m.end(k + 1), k) for k in range(len(sp.blocks))]
    return []


def _reasoning_spans(sp: "SoftPrompt", probe: Probe) -> list:
    """The blocks of a task's prompt in a reasoning probe: in each stated
    premise of that task and in the hypothesis when the rule's conclusion
    is of that task (module docstring)."""
    from kgprobe.probes.reasoning import premise_roles, statement_kind
    from kgprobe.probes.templates import TEMPLATES, builtin_ids
    from kgprobe.reasoning.rules import RULE

    rule = RULE.get(probe.task)
    roles = premise_roles(probe)
    head = " ".join(probe.stated)
    if rule is None or roles is None or not probe.prompt.startswith(head):
        return []
    out = []
    pos = 0
    for sentence, role in zip(probe.stated, roles):
        if (rule.p1_task, rule.p2_task)[role] == sp.task:
            kind = statement_kind(rule.premises[(rule.p1, rule.p2)[role]])
            templates = [TEMPLATES.get(t) for t in builtin_ids("statement", kind)]
            out += _sentence_spans(sp, sentence, pos, templates, "statement")
        pos += len(sentence) + 1
    if rule.hypothesis_task == sp.task and probe.template in TEMPLATES:
        hyp = TEMPLATES.get(probe.template)
        start = len(head) + 1 if probe.stated else 0
        if hyp.role == "hypothesis" and hyp.task == probe.task:
            out += _sentence_spans(sp, probe.prompt[start:], start, [hyp], "hypothesis")
    return out


def conjunction_prompt(text: str) -> SoftPrompt:
    return SoftPrompt(task="conj", template="", text=text, blocks=[text.strip()], sizes=[0])


def template_prompt(task: str, template: str, text: str) -> SoftPrompt:
    blocks = template_blocks(text)
    if not blocks:
        raise SoftPromptError(f"template {template!r} ({text!r}) has no words to replace")
    return SoftPrompt(task=task, template=template, text=text, blocks=blocks, sizes=[0] * len(blocks))


# ---------------------------------------------------------------------------
# the model a prompt is made for


def model_fingerprint(scorer) -> dict:
    """What a soft prompt must match: the weights (sha256 or Hub revision,
    else the model's name), the model class and the embedding width."""
    info = scorer.loaded.info
    ident = info.get("model_sha256") or info.get("model_revision") or info.get("model_name") or scorer.name
    emb = scorer.model.get_input_embeddings().weight
    return {"fingerprint": hashlib.sha256(f"{info.get('model_class')}|{ident}".encode()).hexdigest(),
            "model_class": info.get("model_class"), "hidden_size": int(emb.shape[1])}


# ---------------------------------------------------------------------------
# file


def save(sp: SoftPrompt, folder) -> Path:
    """Write ``folder/soft_prompt.safetensors`` atomically; returns its path."""
    from safetensors.torch import save_file

    from kgprobe.io import atomic_path

    path = Path(folder) / FILE
    with atomic_path(path) as tmp:
        save_file({"embeddings": sp.embeddings.detach().float().cpu().contiguous()}, str(tmp),
                  metadata={"kgprobe_soft": json.dumps(sp.meta(), sort_keys=True)})
    return path


def load(folder) -> SoftPrompt:
    """Read a soft prompt from a folder (or its .safetensors file); one-line
    SoftPromptError for a missing file, a file that is not safetensors (a
    pickle included) or one without kgprobe's metadata."""
    from safetensors import SafetensorError
    from safetensors.torch import load

    p = Path(folder)
    path = p / FILE if p.is_dir() or not p.suffix else p
    if not path.is_file():
        raise SoftPromptError(f"{path}: no such file (a soft prompt folder holds {FILE}, "
                              "written by `kgprobe tune --out DIR`)")
    data = path.read_bytes()
    # a safetensors file is an 8-byte header length, then the JSON header;
    # a pickle (protocol 2+) starts with 0x80, torch.save's zip with "PK"
    if data[8:9] != b"{" and (data[:1] == b"\x80" or data[:2] == b"PK"):
        raise SoftPromptError(f"{path}: is a pickle, not safetensors; kgprobe loads no pickle")
    try:
        tensors = load(data)
        meta = _header_metadata(data)
        spec = json.loads(meta["kgprobe_soft"])
        emb = tensors["embeddings"]
        sp = SoftPrompt(task=spec["task"], template=spec["template"], text=spec["text"],
                        blocks=list(spec["blocks"]), sizes=[int(x) for x in spec["sizes"]], embeddings=emb,
                        model=dict(spec["model"]), path=str(path), sha256=hashlib.sha256(data).hexdigest())
    except (SafetensorError, ValueError, KeyError, TypeError) as exc:
        raise SoftPromptError(f"{path}: not a kgprobe soft prompt in safetensors format "
                              f"({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None
    if emb.dim() != 2 or emb.shape[0] != sum(sp.sizes) or sp.task not in TASKS or len(sp.sizes) != len(sp.blocks):
        raise SoftPromptError(f"{path}: inconsistent soft prompt (embeddings {tuple(emb.shape)}, blocks {sp.sizes})")
    return sp


def _header_metadata(data: bytes) -> dict:
    n = int.from_bytes(data[:8], "little")
    if n <= 0 or n > len(data) - 8:
        raise ValueError("bad safetensors header")
    return json.loads(data[8: 8 + n]).get("__metadata__") or {}


# ---------------------------------------------------------------------------
# feeding a model


def _around(tokenizer) -> tuple[list[int], list[int]]:
    """The special tokens the tokenizer puts before and after a text ([CLS], [SEP])."""
    got = getattr(tokenizer, "_kgprobe_around", None)
    if got is None:
        plain = tokenizer("a", add_special_tokens=False)["input_ids"]
        full = tokenizer("a")["input_ids"]
        k = next((k for k in range(len(full) - len(plain) + 1) if full[k:k + len(plain)] == plain), None)
        if k is None:
            raise SoftPromptError("cannot tell the tokenizer's special tokens from the text's")
        got = (full[:k], full[k + len(plain):])
        tokenizer._kgprobe_around = got
    return got


class SoftSet:
    """Soft prompts attached to one masked or causal scorer (``scorer.soft``)."""

    def __init__(self, prompts: Sequence[SoftPrompt], table=None):
        import torch

        self.prompts = list(prompts)
        self.offsets = []
        k = 0
        for sp in self.prompts:
            self.offsets.append(k)
            k += sum(sp.sizes)
        self.table = table if table is not None else torch.cat([sp.embeddings.float() for sp in self.prompts])

    # -- where ------------------------------------------------------------------

    def spans(self, probe: Probe, before: Optional[int] = None) -> list[tuple[int, int, list[int]]]:
        """``(start, end, negative ids)`` of every soft block in the prompt,
        in order; with ``before``, only blocks ending by that offset."""
        out = []
        for sp, off in zip(self.prompts, self.offsets):
            got = sp.spans(probe)
            if not got:
                continue
            for start, end, k in got:
                if before is not None and end > before:
                    continue
                first = off + sum(sp.sizes[:k])
                out.append((start, end, [-1 - (first + j) for j in range(sp.sizes[k])]))
        out.sort()
        for a, b in zip(out, out[1:]):
            if b[0] < a[1]:
                raise SoftPromptError(f"probe {probe.id}: two soft prompts overlap in {probe.prompt!r}")
        return out

    def covers(self, probe: Probe) -> bool:
        return any(sp.spans(probe) for sp in self.prompts)

    # -- ids --------------------------------------------------------------------

    def text_ids(self, tokenizer, text: str, spans, offsets: bool = False):
        """Token ids of ``text`` with each span replaced by its soft ids; with
        ``offsets`` the pair (ids, each id's (start, end) in ``text``: a soft
        id's is its block's; needs a fast tokenizer)."""
        ids: list[int] = []
        offs: list = []

        def words(start: int, piece: str) -> None:
            if piece.strip():
                enc = tokenizer(piece, add_special_tokens=False, return_offsets_mapping=offsets)
                ids.extend(enc["input_ids"])
                if offsets:
                    offs.extend((start + a, start + b) for a, b in enc["offset_mapping"])

        pos = 0
        for start, end, soft in spans:
            words(pos, text[pos:start].rstrip())
            ids.extend(soft)
            offs.extend([(start, end)] * len(soft))
            pos = end
        words(pos, text[pos:])
        return (ids, offs) if offsets else ids

    def prefix_ids(self, scorer, probe: Probe, prefix: str, offsets: bool = False):
        """The causal scorer's prefix ids with soft blocks, or None when no
        soft block lies in the prefix (then the scorer's own ids apply); with
        ``offsets`` (ids, character spans in ``prefix``; None for BOS)."""
        spans = self.spans(probe, before=len(prefix))
        if not spans:
            return None
        head = list(scorer.head_ids)
        if not offsets:
            return head + self.text_ids(scorer.tokenizer, prefix, spans)
        ids, offs = self.text_ids(scorer.tokenizer, prefix, spans, offsets=True)
        return head + ids, [None] * len(head) + offs

    def masked_ids(self, scorer, probe: Probe, n: int, offsets: bool = False):
        """The masked scorer's sequence for ``n`` masks with soft blocks, or
        None; with ``offsets`` (ids, character spans in the masked text
        ``before + masks + after``; None for [CLS], [SEP])."""
        spans = self.spans(probe)
        if not spans:
            return None
        slot = probe.prompt.index(SLOT)
        fill = " ".join([scorer.tokenizer.mask_token] * n)
        shift = len(fill) - len(SLOT)
        text = probe.prompt[:slot] + fill + probe.prompt[slot + len(SLOT):]
        moved = [(s + shift, e + shift, ids) if s > slot else (s, e, ids) for s, e, ids in spans]
        head, tail = _around(scorer.tokenizer)
        if not offsets:
            return head + self.text_ids(scorer.tokenizer, text, moved) + tail
        ids, offs = self.text_ids(scorer.tokenizer, text, moved, offsets=True)
        return head + ids + tail, [None] * len(head) + offs + [None] * len(tail)

    # -- embeddings ---------------------------------------------------------------

    def embed(self, model, ids):
        """``inputs_embeds`` for ``ids``: the model's embeddings of ids >= 0,
        table rows for the negative ones."""
        import torch

        base = model.get_input_embeddings()(ids.clamp(min=0))
        table = self.table.to(device=base.device, dtype=base.dtype)
        rows = table[(-ids - 1).clamp(min=0, max=table.shape[0] - 1)]
        return torch.where((ids < 0)[..., None], rows, base)


def attach(scorer, prompts: Sequence[SoftPrompt]) -> None:
    """Check that every prompt was made for this scorer's model and attach
    them (``scorer.soft``); one-line SoftPromptError otherwise."""
    if not hasattr(scorer, "tokenizer") or getattr(scorer, "kind", None) not in ("masked", "causal"):
        raise SoftPromptError(f"{scorer.name}: soft prompts need a masked or causal LM, not this model")
    if getattr(scorer.options, "scope", None) == "sentence" and scorer.kind == "causal":
        raise SoftPromptError("soft prompts score with --scope answer or answer+suffix, not sentence "
                              "(a soft token has no log-probability)")
    mine = model_fingerprint(scorer)
    seen = set()
    for sp in prompts:
        where = sp.path or "soft prompt"
        if sp.model.get("hidden_size") != mine["hidden_size"]:
            raise SoftPromptError(f"{where}: made for a model with hidden size {sp.model.get('hidden_size')}, "
                                  f"{scorer.name} has {mine['hidden_size']}")
        if sp.model.get("fingerprint") != mine["fingerprint"]:
            raise SoftPromptError(f"{where}: made for another model ({sp.model.get('model_class')} "
                                  f"fingerprint {str(sp.model.get('fingerprint'))[:12]}), not {scorer.name} "
                                  f"({mine['fingerprint'][:12]})")
        key = (sp.task, sp.template)
        if key in seen:
            raise SoftPromptError(f"{where}: a second soft prompt for task {sp.task} "
                                  f"{'template ' + sp.template if sp.template else ''}".rstrip())
        seen.add(key)
    scorer.soft = SoftSet(prompts) if prompts else None


#: what a run's prompts were, in the reference study's Figure 4 terms (T: the
#: templates' words, C: the reasoning conjunction, each manual or soft); "manual" = manT+manC
PROMPT_LABELS = ("manual", "softT+manC", "manT+softC", "softT+softC")


def prompt_label(tasks: Sequence[str]) -> str:
    """The :data:`PROMPT_LABELS` entry of a run with soft prompts of ``tasks``
    (TP..RG make T soft, conj makes C soft)."""
    tasks = set(tasks)
    if not tasks:
        return "manual"
    return f"{'soft' if tasks - {'conj'} else 'man'}T+{'soft' if 'conj' in tasks else 'man'}C"


def describe(prompts: Sequence[SoftPrompt], probes: Sequence[Probe] = ()) -> list[dict]:
    """What results.json records of each soft prompt (with the number of
    ``probes`` it covers, and of those the reasoning probes)."""
    out = []
    for sp in prompts:
        covered = [p for p in probes if sp.spans(p)]
        out.append({"path": sp.path, "sha256": sp.sha256, "task": sp.task, "template": sp.template, "text": sp.text,
                    "blocks": sp.blocks, "sizes": sp.sizes, "covers": len(covered),
                    "covers_reasoning": sum(1 for p in covered if p.kind == "reasoning")})
    return out


def run_suffix(prompts: Sequence[SoftPrompt]) -> str:
    """What a soft run's folder name gets after the model's (slugified to "_soft-") and
    12 hex digits of the hash of the prompts' sha256s."""
    h = hashlib.sha256("\n".join(sorted(str(sp.sha256) for sp in prompts)).encode()).hexdigest()
    return f"+soft-{h[:12]}"


def soft_factory(factory, prompts: Sequence[SoftPrompt]):
    """A scorer factory that attaches ``prompts`` to what ``factory`` builds."""
    def make(spec, options):
        scorer = factory(spec, options)
        attach(scorer, prompts)
        return scorer

    return make
