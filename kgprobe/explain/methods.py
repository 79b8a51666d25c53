"""Attribution methods: one vector (one value per input token) per method.

* ``attention_last`` / ``attention_mean``: the attention weights from the
  scored (query) positions to every token, averaged over heads and query
  positions, in the last layer / averaged over layers (read from the
  model's own ``output_attentions``; the model is switched to eager
  attention, which returns them, for that pass only).
* ``rollout``: attention rollout (Abnar & Zuidema 2020): per layer the
  head-averaged attention plus the identity (the residual), rows
  renormalised, multiplied from the first layer up; the rows of the query
  positions, averaged. No maintained attribution library implements it
  (captum and inseq do not), so :func:`rollout` is the few lines below,
  tested against a hand computation.
* ``grad_x_input``: captum's ``InputXGradient`` on the input embeddings,
  summed over the embedding dimension.
* ``integrated_gradients``: captum's ``IntegratedGradients`` from the
  baseline of :meth:`Target.baseline` (special tokens kept, the rest the
  padding token), over path segments that are halved where completeness
  fails (:func:`integrated_gradients`), summed over the embedding
  dimension; completeness (the sum equals score(input) - score(baseline))
  and the steps spent are recorded per target.

Attention methods need a model with attention; a state-space model
(Mamba) gets only the gradient methods and ablation.
"""

from __future__ import annotations

import contextlib
from typing import Optional

ATTENTION_METHODS = ("attention_last", "attention_mean", "rollout")
GRADIENT_METHODS = ("grad_x_input", "integrated_gradients")
METHODS = ("attention", "rollout", "grad_x_input", "integrated_gradients", "ablation")
#: --method names -> the vectors they give
VECTORS = {"attention": ("attention_last", "attention_mean"), "rollout": ("rollout",),
           "grad_x_input": ("grad_x_input",), "integrated_gradients": ("integrated_gradients",), "ablation": ()}


def captum():
    """The captum.attr module, or the one-line error naming the extra."""
    try:
        import captum.attr as attr
    except ImportError:
        from kgprobe.errors import KgprobeError

        raise KgprobeError("kgprobe explain needs captum: pip install 'kgprobe[explain]'") from None
    return attr


def rollout(att):
    """Attention rollout of ``att`` [L, T, T] (head-averaged attention per
    layer, rows = queries): ``R = Â_L ... Â_1`` with ``Â = (A + I) / 2`` row
    normalised. Row i of R is how much each input token reaches position i."""
    import torch

    T = att.shape[-1]
    eye = torch.eye(T, dtype=att.dtype, device=att.device)
    r = eye
    for a in att:
        a = 0.5 * a + 0.5 * eye
        a = a / a.sum(-1, keepdim=True)
        r = a @ r
    return r


def has_attention(model) -> bool:
    from kgprobe.scorers.models import architecture

    return architecture(model.config) in ("attention", "hybrid")


@contextlib.contextmanager
def eager_attention(model):
    """The model switched to eager attention (the only implementation that
    returns attention weights) for the block, and back after it: the other
    passes keep the implementation the run scored with."""
    before = getattr(model.config, "_attn_implementation", None)
    switch = before not in (None, "eager") and hasattr(model, "set_attn_implementation")
    if switch:
        try:
            model.set_attn_implementation("eager")
        except Exception:  # noqa: BLE001  (an older transformers: attention may be missing, then it is skipped)
            switch = False
    try:
        yield
    finally:
        if switch:
            model.set_attn_implementation(before)


def attention_vectors(model, target, embeds) -> Optional[dict]:
    """attention_last, attention_mean and rollout for one target, or None
    when the model returns no attention weights."""
    import torch

    with torch.no_grad(), eager_attention(model):
        out = model(inputs_embeds=embeds[None], output_attentions=True)
    atts = getattr(out, "attentions", None)
    if not atts or atts[0] is None:
        return None
    A = torch.stack([a[0].float().mean(0) for a in atts])          # [L, T, T]
    q = torch.tensor(target.query, device=A.device)
    return {
        "attention_last": A[-1][q].mean(0).tolist(),
        "attention_mean": A.mean(0)[q].mean(0).tolist(),
        "rollout": rollout(A)[q].mean(0).tolist(),
    }


#: Gauss-Legendre nodes per segment of the integrated-gradients path
SEGMENT_STEPS = 8
#: largest relative completeness error of integrated gradients that counts as complete (summary, warning)
IG_TOLERANCE = 0.05


def integrated_gradients(forward, x, baseline, n_steps: int = 32, tolerance: float = 0.02, max_steps: int = 256,
                         internal_batch_size: int = 64):
    """captum's IntegratedGradients along the straight path from ``baseline``
    to ``x`` ([1, T, D]), refined where completeness fails.

    The path is cut into ``n_steps // SEGMENT_STEPS`` equal segments (one of
    ``n_steps`` nodes when fewer), each integrated by captum with
    SEGMENT_STEPS Gauss-Legendre nodes (its start as
    the baseline, its end as the input: the segments' attributions add up to
    the whole path's, as the integral does). While the segments miss
    completeness, the sum over segments of ``|their attributions' sum - (F(end)
    - F(start))|`` exceeding ``tolerance * |F(x) - F(baseline)|`` (each
    segment must add up, so that errors of opposite sign do not pass for
    completeness), and fewer than ``max_steps`` steps were spent, the segments
    with the largest gaps (at least half the largest) are halved and
    integrated again. A causal LM's score can change by nats within a
    thousandth of the path (SmolLM2: the massive activations that its padding
    token carries switch off position by position), which no fixed grid of a
    few dozen steps resolves. Returns (attributions [1, T, D], F(x),
    F(baseline), steps spent, segments)."""
    import torch

    attr = captum()
    ig = attr.IntegratedGradients(forward, multiply_by_inputs=True)
    x0, step = baseline[0], (x - baseline)[0]

    def points(alphas):
        return x0[None] + torch.tensor(alphas, dtype=x.dtype, device=x.device)[:, None, None] * step[None]

    score: dict = {}

    def evaluate(alphas):
        alphas = [a for a in dict.fromkeys(alphas) if a not in score]
        with torch.no_grad():
            for i in range(0, len(alphas), internal_batch_size):
                chunk = alphas[i:i + internal_batch_size]
                score.update(zip(chunk, forward(points(chunk)).tolist()))

    def integrate(segments):
        evaluate([a for seg in segments for a in seg])
        got = ig.attribute(points([a1 for _, a1 in segments]), baselines=points([a0 for a0, _ in segments]),
                           n_steps=nodes, method="gausslegendre",
                           internal_batch_size=max(internal_batch_size, len(segments))).detach()
        return {seg: (got[i], float(got[i].sum()) - (score[seg[1]] - score[seg[0]]))
                for i, seg in enumerate(segments)}

    nodes = max(1, min(SEGMENT_STEPS, n_steps))
    k = max(1, n_steps // nodes)
    parts = integrate([(i / k, (i + 1) / k) for i in range(k)])
    spent = k * nodes
    while True:
        total = score[1.0] - score[0.0]
        gap = sum(abs(g) for _, g in parts.values())  # each segment complete: no luck of cancelling errors
        room = (max_steps - spent) // (2 * nodes)
        if abs(gap) <= tolerance * abs(total) or room < 1:
            break
        worst = max(abs(g) for _, g in parts.values())
        halve = sorted((seg for seg, (_, g) in parts.items() if abs(g) >= worst / 2),
                       key=lambda seg: -abs(parts[seg][1]))[:room]
        halves = []
        for a0, a1 in halve:
            del parts[(a0, a1)]
            halves += [(a0, (a0 + a1) / 2), ((a0 + a1) / 2, a1)]
        parts.update(integrate(halves))
        spent += len(halves) * nodes
    total_attr = sum(a for a, _ in parts.values())[None]
    return total_attr, score[1.0], score[0.0], spent, len(parts)


def gradient_vectors(forward, embeds, baseline, methods, ig_steps: int = 32, ig_tolerance: float = 0.02,
                     ig_max_steps: int = 256) -> dict:
    """grad_x_input and/or integrated_gradients for ``forward`` (embeds
    [B, T, D] -> [B]) at ``embeds`` [T, D]; with IG also ``ig`` =
    {sum, score, baseline_score, delta, steps, segments} (completeness;
    :func:`integrated_gradients`)."""
    import torch

    attr = captum()
    x = embeds[None].detach().float() if embeds.dtype in (torch.float16, torch.bfloat16) else embeds[None].detach()
    out: dict = {}
    if "grad_x_input" in methods:
        a = attr.InputXGradient(forward).attribute(x.clone().requires_grad_(True))
        out["grad_x_input"] = a[0].sum(-1).tolist()
    if "integrated_gradients" in methods:
        b = baseline[None].to(x.dtype)
        a, fx, fb, steps, segments = integrated_gradients(forward, x, b, ig_steps, ig_tolerance, ig_max_steps)
        total = float(a.sum())
        out["integrated_gradients"] = a[0].sum(-1).tolist()
        out["ig"] = {"sum": total, "score": fx, "baseline_score": fb, "delta": total - (fx - fb), "steps": steps,
                     "segments": segments}
    return out
