"""Causal-LM scoring (GPT-2, Llama, SmolLM2, Gemma, ...).

What is scored (``options.scope``), for a prompt ``before [Y] after``:

* ``answer+suffix`` (default): log P(candidate + after | prefix), the
  log-probabilities of the candidate's tokens and of every token of the text
  after ``[Y]``. Two probes that differ only after the slot ("One has to be a
  particular [Y] if one has a composer .") rank their candidates differently.
* ``answer``: log P(candidate | prefix); the text after ``[Y]`` is ignored, so
  every probe of a template whose slot is not last shares one ranking
  (kgprobe's behaviour before this option existed).
* ``sentence``: log P(statement), every token after the start token, as
  lm-pub-quiz scores a statement: the prefix's own tokens are added. They are
  the same for every candidate of a probe (the ranking within a probe is that
  of ``answer+suffix`` but for the start token, which is always prepended
  here, so that the statement's first word is scored too); the scores differ
  across probes.

``options.norm``: ``sum`` (default; the log-probability of the scored
tokens), ``mean`` (divided by the number of scored tokens: candidate + suffix
tokens, and in ``sentence`` scope the prefix's too) or ``token`` (the
candidate's first token only, whatever the scope; ``answer`` and
``answer+suffix`` then give the same scores, ``sentence`` differs only by its
start token).

Tokenisation: the whitespace before ``[Y]`` belongs to the candidate, as BPE
vocabularies attach it to the next word: the prefix is ``before.rstrip()``
(with the tokenizer's BOS token when it adds one; in ``sentence`` scope always
with BOS, or EOS when the model has no BOS) and the continuation is
``lead + candidate + after`` tokenised in one piece (``lead + candidate`` in
``answer`` scope), so a merge between the candidate and the suffix ("[Y]s")
is the sentence's own. Prefix ids + continuation ids equal the tokenisation
of the whole sentence unless a BPE merge crosses the end of the prefix, i.e.
the slot follows a word without a space ("young[Y]" with "ster" gives
"young"+"ster", the sentence "youngster"); the slow reference tokenises the
sentence whole and so differs there (tests/test_scorers_causal_suffix.py).
A prompt that starts with ``[Y]`` is scored given BOS (or EOS when the model
has no BOS).

Efficiency: the prefixes of a batch of probes run once (left-padded, with
explicit position ids); their key/value cache is then reused for the
continuations: every candidate (+ suffix) of every probe in the batch
continues from its probe's cached prefix, many per forward pass (the cache
rows are selected/repeated with ``Cache.batch_select_indices`` on a shallow
copy, so only the selected rows are copied). The first continuation token's
log-prob comes from the prefix pass itself, so single-token candidates in
``answer`` scope cost nothing more, and ``norm="token"`` needs only the
prefix pass. A continuation of n tokens is fed its first n-1 tokens; within a
probe, continuations with the same such input, or whose input begins a longer
one (" military person" is fed " military", which begins " military person
unit"'s " military person"), read their log-probs from one shared row: only
the leaves of each probe's token trie are run (about 20% fewer tokens on 783
OntoProbe class labels in ``answer`` scope). With a suffix, every candidate
needs a row of its own (its suffix tokens follow it) unless its input begins
another's.

State-space models (transformers' MambaForCausalLM and kin: a forward without
``position_ids``) carry a recurrent state, not a key/value cache whose rows
can be selected, and padding on the left would run through their state; they
are scored by full passes instead: prefix + continuation as one sequence per
candidate, right-padded (a causal model's outputs at a position never see the
padding after it), many per batch (``_score_full``).
"""

from __future__ import annotations

import copy
import inspect
from typing import Sequence

from kgprobe.errors import ModelError
from kgprobe.probes.model import Probe
from kgprobe.scorers.base import MIN_SCORE, ScoredProbe
from kgprobe.scorers.models import HfOptions, LoadedModel, LMScorer, plan_batches, split_prompt


class CausalText:
    """What causal scoring needs of the tokenizer alone: the validated
    norm/scope, the start tokens, each probe's prefix and continuation ids, and
    the per-candidate score from per-token log-probs. Shared by
    :class:`CausalLMScorer` and the vLLM scorer (kgprobe/scorers/vllm_lm.py), so
    that both score exactly the same tokens. Needs ``self.name``,
    ``self.tokenizer``, ``self.options`` (``norm``, ``scope``),
    ``self.max_len`` and ``self.candidate_ids``."""

    def init_text(self) -> None:
        name = self.name  # norm and scope were validated with the options (HfOptions, VLLMOptions)
        tok = self.tokenizer
        # special tokens the tokenizer puts before a text (BOS); trailing ones (EOS) are dropped
        with_special = tok("a")["input_ids"]
        plain = tok("a", add_special_tokens=False)["input_ids"]
        head = []
        if len(with_special) > len(plain):
            for k in range(len(with_special) - len(plain) + 1):
                if with_special[k: k + len(plain)] == plain:
                    head = with_special[:k]
                    break
        self.head_ids: list[int] = head
        start = head or [t for t in (tok.bos_token_id, tok.eos_token_id) if t is not None][:1]
        if not start:
            raise ModelError(f"{name}: the tokenizer has neither a BOS nor an EOS token")
        self.empty_prefix: list[int] = start

    # -- tokenisation (the slow reference in reference.py does its own) --------

    def split(self, probe: Probe) -> tuple[str, str, str]:
        """(prefix text, whitespace that leads the candidate, text scored after
        the candidate: the text after [Y], or "" in ``answer`` scope)."""
        before, after = split_prompt(probe)
        prefix = before.rstrip()
        return prefix, before[len(prefix):], ("" if self.options.scope == "answer" else after)

    def prefix_ids(self, prefix: str) -> list[int]:
        if not prefix:
            return list(self.empty_prefix)
        head = self.empty_prefix if self.options.scope == "sentence" else self.head_ids
        return head + self.tokenizer(prefix, add_special_tokens=False)["input_ids"]

    def continuation_ids(self, candidates: Sequence[str], lead: str, tail: str) -> list[list[int]]:
        """Per candidate, the tokens of ``lead + candidate + tail`` (one piece,
        so that BPE merges between candidate and suffix are the sentence's);
        [] for an empty candidate. Without a tail they come from the cached
        ``candidate_ids``; suffixes differ from probe to probe, so those are
        tokenised per probe, in one call."""
        if not tail:
            return [self.candidate_ids(c, lead) for c in candidates]
        texts = [lead + c + tail for c in candidates if c.strip()]
        enc = iter(self.tokenizer(texts, add_special_tokens=False)["input_ids"] if texts else [])
        return [next(enc) if c.strip() else [] for c in candidates]

    def tokenize(self, probes: Sequence[Probe]):
        """Per probe: prefix ids, continuation ids per candidate, and the
        reason it is skipped (too long for the model) or None."""
        prefixes: list[list[int]] = []
        cands: list[list[list[int]]] = []
        skipped: list[str | None] = [None] * len(probes)
        for pi, probe in enumerate(probes):
            prefix, lead, tail = self.split(probe)
            soft = getattr(self, "soft", None)  # kgprobe run --soft (LMScorer.soft)
            pids = soft.prefix_ids(self, probe, prefix) if soft is not None else None
            if pids is None:
                pids = self.prefix_ids(prefix)
            cids = self.continuation_ids(probe.candidates, lead, tail)
            longest = max((len(c) for c in cids), default=0)
            if len(pids) + longest > self.max_len:
                what = "candidate" if not tail else "candidate + suffix"
                skipped[pi] = f"prefix + {what} is {len(pids) + longest} tokens, over the model's {self.max_len}"
            prefixes.append(pids)
            cands.append(cids)
        return prefixes, cands, skipped

    def assemble(self, probes: Sequence[Probe], skipped, tok_lp, pre_lp) -> list[ScoredProbe]:
        """ScoredProbes from per-candidate token log-probs (``tok_lp[probe][cand]``)
        and, in ``sentence`` scope, the prefix's own (``pre_lp[probe]``)."""
        norm = self.options.norm
        out = []
        for pi, probe in enumerate(probes):
            if skipped[pi]:
                out.append(ScoredProbe(probe.id, list(probe.candidates), None, skipped=skipped[pi]))
                continue
            row = []
            pre = pre_lp[pi]
            for lps in tok_lp[pi]:
                if not lps:
                    row.append(MIN_SCORE)
                elif norm == "sum":
                    row.append(float(sum(pre) + sum(lps)))
                elif norm == "mean":
                    row.append(float((sum(pre) + sum(lps)) / (len(pre) + len(lps))))
                else:
                    row.append(float(lps[0]))
            out.append(ScoredProbe(probe.id, list(probe.candidates), row))
        return out


class CausalLMScorer(CausalText, LMScorer):
    kind = "causal"

    def __init__(self, name: str, loaded: LoadedModel, options: HfOptions):
        super().__init__(name, loaded, options)
        self.init_text()
        tok = self.tokenizer
        self.pad_id = next((t for t in (tok.pad_token_id, tok.eos_token_id, 0) if t is not None), 0)
        params = inspect.signature(self.model.forward).parameters
        self._keep_kw = "logits_to_keep" if "logits_to_keep" in params else None
        # transformers >= 5.2x calls the cache argument `cache`; older ones `past_key_values`
        self._cache_kw = "cache" if "cache" in params else "past_key_values"
        self._full_passes = "position_ids" not in params  # a state-space model: see the module docstring

    def describe(self) -> dict:
        d = dict(self.loaded.info)
        d.update(name=self.name, kind=self.kind, norm=self.options.norm, scope=self.options.scope,
                 batch_size=self.options.batch_size)
        return d

    def score(self, probes: Sequence[Probe]) -> list[ScoredProbe]:
        import torch

        prefixes, cands, skipped = self.tokenize(probes)
        tok_lp: list[list[list[float]]] = [[[] for _ in c] for c in cands]  # per token log-probs
        pre_lp: list[list[float]] = [[] for _ in probes]  # sentence scope: the prefix's own tokens
        live = [pi for pi in range(len(probes)) if skipped[pi] is None]
        device = self.loaded.device
        norm = self.options.norm
        whole = self.options.scope == "sentence" and norm != "token"  # the prefix pass scores the prefix too
        with torch.inference_mode():
            plens = [len(prefixes[pi]) for pi in live]
            # with logits_to_keep=1 only the last position's logits are made
            cells, limit = (1, 2**62) if self._keep_kw and not whole else (self.vocab, 64 * 2**20)
            if self._full_passes:
                self._score_full(live, prefixes, cands, tok_lp, pre_lp if whole else None, device)
            for pbatch in [] if self._full_passes else plan_batches(plens, self.options.batch_size, cells,
                                                                     max_cells=limit):
                self._score_batch([live[i] for i in pbatch], prefixes, cands, tok_lp, pre_lp if whole else None,
                                  device)
        return self.assemble(probes, skipped, tok_lp, pre_lp)

    def _score_batch(self, pis, prefixes, cands, tok_lp, pre_lp, device) -> None:
        import torch

        B = len(pis)
        P = max(len(prefixes[pi]) for pi in pis)
        ids = torch.full((B, P), self.pad_id, dtype=torch.long)
        att = torch.zeros((B, P), dtype=torch.long)
        for b, pi in enumerate(pis):  # left padding: every prefix ends at column P-1
            seq = prefixes[pi]
            ids[b, P - len(seq):] = torch.tensor(seq)
            att[b, P - len(seq):] = 1
        pos = (att.cumsum(-1) - 1).clamp(min=0)
        kw = {self._keep_kw: 1} if self._keep_kw and pre_lp is None else {}
        out = self.model(**self.model_inputs(ids.to(device)), attention_mask=att.to(device),
                         position_ids=pos.to(device), use_cache=True, **kw)
        first = out.logits[:, -1].float().log_softmax(-1)  # next-token distribution after each prefix
        if pre_lp is not None and P > 1:  # log P(prefix token j | tokens before it), after the start token
            lp = out.logits[:, :-1].float().log_softmax(-1)
            got = lp.gather(-1, ids[:, 1:, None].to(lp.device))[..., 0].cpu().tolist()  # [B, P-1]
            for b, pi in enumerate(pis):
                n = len(prefixes[pi])
                pre_lp[pi] = got[b][P - n:] if n > 1 else []
        for b, pi in enumerate(pis):
            for ci, c in enumerate(cands[pi]):
                if c:
                    tok_lp[pi][ci].append(first[b, c[0]].item())
        if self.options.norm == "token":
            return
        cache = self.cache_of(out)
        plen = att.sum(-1)  # real prefix lengths: the candidate starts at this position
        # A candidate c is fed c[:-1] after its prefix. Candidates of one probe
        # with the same c[:-1], or whose c[:-1] begins another one's, share a row:
        # the longest such input (a leaf of the probe's token trie) runs once and
        # each candidate reads its own targets from it.
        rows: list[tuple[int, tuple]] = []         # (prefix row b, input tokens)
        reads: list[tuple[int, int, int, list[int]]] = []  # (row, pi, ci, targets c[1:])
        for b, pi in enumerate(pis):
            inputs = sorted({tuple(c[:-1]) for c in cands[pi] if len(c) > 1})
            row_of: dict[tuple, int] = {}
            for k in range(len(inputs) - 1, -1, -1):  # extensions of an input follow it in sorted order
                x = inputs[k]
                if k + 1 < len(inputs) and inputs[k + 1][: len(x)] == x:
                    row_of[x] = row_of[inputs[k + 1]]
                else:
                    row_of[x] = len(rows)
                    rows.append((b, x))
            for ci, c in enumerate(cands[pi]):
                if len(c) > 1:
                    reads.append((row_of[tuple(c[:-1])], pi, ci, c[1:]))
        by_row: dict[int, list[int]] = {}
        for k, rd in enumerate(reads):
            by_row.setdefault(rd[0], []).append(k)
        lengths = [len(x) for _, x in rows]
        for chunk in plan_batches(lengths, self.options.batch_size, self.vocab):
            R = len(chunk)
            M = max(lengths[j] for j in chunk)
            inp = torch.full((R, M), self.pad_id, dtype=torch.long)
            cmask = torch.zeros((R, M), dtype=torch.long)
            sel = torch.empty(R, dtype=torch.long)
            ridx: list[int] = []
            tgt: list[list[int]] = []
            mine: list[int] = []
            for r, j in enumerate(chunk):  # right padding after the candidate
                b, x = rows[j]
                inp[r, : len(x)] = torch.tensor(x)
                cmask[r, : len(x)] = 1
                sel[r] = b
                for k in by_row[j]:
                    t = reads[k][3]
                    ridx.append(r)
                    tgt.append(t + [0] * (M - len(t)))
                    mine.append(k)
            past = _select_rows(cache, sel)  # a CPU index works for cache layers on any device
            a = torch.cat([att[sel], cmask], dim=1)
            p = plen[sel, None] + torch.arange(M)[None, :]
            logits = self.model(input_ids=inp.to(device), attention_mask=a.to(device), position_ids=p.to(device),
                                use_cache=True, **{self._cache_kw: past}).logits
            lp = logits.float().log_softmax(-1)                                  # [R, M, V]
            ri = torch.tensor(ridx, device=lp.device)
            got = lp[ri[:, None], torch.arange(M, device=lp.device)[None, :],
                     torch.tensor(tgt, device=lp.device)].cpu().tolist()         # [K, M]
            for k, g in zip(mine, got):
                _, pi, ci, t = reads[k]
                tok_lp[pi][ci].extend(g[: len(t)])


    def cache_of(self, out):
        """The key/value cache a forward pass returned (ModelError when there is none to select rows of)."""
        cache = getattr(out, "cache", None)
        if cache is None:
            cache = getattr(out, "past_key_values", None)
        if cache is None or not hasattr(cache, "batch_select_indices"):
            raise ModelError(f"{self.name}: the model returned no key/value cache; causal scoring needs one")
        return cache

    def _score_full(self, pis, prefixes, cands, tok_lp, pre_lp, device) -> None:
        """Full passes over prefix + continuation, right-padded, for models
        without a selectable key/value cache (state-space models)."""
        import torch

        items = [(pi, ci) for pi in pis for ci, c in enumerate(cands[pi]) if c]
        seqs = [prefixes[pi] + cands[pi][ci] for pi, ci in items]
        lengths = [len(x) for x in seqs]
        for chunk in plan_batches(lengths, self.options.batch_size, self.vocab):
            L = max(lengths[j] for j in chunk)
            ids = torch.full((len(chunk), L), self.pad_id, dtype=torch.long)
            for r, j in enumerate(chunk):
                ids[r, : lengths[j]] = torch.tensor(seqs[j])
            lp = self.model(**self.model_inputs(ids.to(device))).logits.float().log_softmax(-1).cpu()  # [R, L, V]
            for r, j in enumerate(chunk):
                pi, ci = items[j]
                seq, n = seqs[j], len(prefixes[pi])
                got = lp[r, torch.arange(len(seq) - 1), torch.tensor(seq[1:])].tolist()  # log P(seq[k] | seq[:k])
                tok_lp[pi][ci] = got[n - 1:]
                if pre_lp is not None:
                    pre_lp[pi] = got[: n - 1]


def _select_rows(cache, sel):
    """A new cache holding rows ``sel`` of ``cache``; ``cache`` itself is left
    as it is. The layers are copied shallowly (selecting rows makes new
    tensors), so only the selected rows are copied, never the whole cache."""
    layers = getattr(cache, "layers", None)
    if isinstance(layers, list):
        past = copy.copy(cache)
        past.layers = [copy.copy(layer) for layer in layers]
    else:
        past = copy.deepcopy(cache)
    past.batch_select_indices(sel)
    return past
