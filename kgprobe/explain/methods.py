"""Attribution methods: one vector (one value per input token) per method.

* ``attention_last`` / ``attention_mean``: the attention weights from the
  scored (query) positions to every token, averaged over heads and query
  positions, in the last layer / averaged over layers (read from the
  model's own ``output_attentions``; the model is switched to eager
  attention, which returns them).
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
  padding token),
  summed over the embedding dimension; completeness (the sum equals
  score(input) - score(baseline)) is recorded per target.

Attention methods need a model with attention; a state-space model
(Mamba) gets only the gradient methods and ablation.
"""

from __future__ import annotations

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
    cfg = model.config
    return bool(getattr(cfg, "num_attention_heads", None) or getattr(cfg, "n_head", None))


def attention_vectors(model, target, embeds) -> Optional[dict]:
    """attention_last, attention_mean and rollout for one target, or None
    when the model returns no attention weights."""
    import torch

    with torch.no_grad():
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


def gradient_vectors(forward, embeds, baseline, methods, ig_steps: int = 32, internal_batch_size: int = 8) -> dict:
    """grad_x_input and/or integrated_gradients for ``forward`` (embeds
    [B, T, D] -> [B]) at ``embeds`` [T, D]; with IG also ``ig`` =
    {sum, score, baseline_score, delta} (completeness)."""
    import torch

    attr = captum()
    x = embeds[None].detach().float() if embeds.dtype in (torch.float16, torch.bfloat16) else embeds[None].detach()
    out: dict = {}
    if "grad_x_input" in methods:
        a = attr.InputXGradient(forward).attribute(x.clone().requires_grad_(True))
        out["grad_x_input"] = a[0].sum(-1).tolist()
    if "integrated_gradients" in methods:
        b = baseline[None].to(x.dtype)
        ig = attr.IntegratedGradients(forward, multiply_by_inputs=True)
        a, delta = ig.attribute(x, baselines=b, n_steps=ig_steps, internal_batch_size=internal_batch_size,
                                return_convergence_delta=True)
        with torch.no_grad():
            fx, fb = forward(torch.cat([x, b])).tolist()
        total = float(a.sum())
        out["integrated_gradients"] = a[0].sum(-1).tolist()
        out["ig"] = {"sum": total, "score": fx, "baseline_score": fb, "delta": float(delta.reshape(-1)[0])}
    return out
