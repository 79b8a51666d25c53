"""The plots and the self-contained HTML page of ``kgprobe explain``.

explain.html holds everything inline (no script, style or font from the
network): per probe its header (task, setting, gold, top-1, right or wrong,
confidence), the prompt's tokens coloured by the chosen method's attribution
(red: raises the score, blue: lowers it; attention and rollout are
non-negative; each token's part is underlined and in its tooltip), and the
ablation deltas. Two selectors choose the method and the target (gold or
top-1).
"""

from __future__ import annotations

import html
from pathlib import Path

PLOT_TAUS = ("attention_mean~integrated_gradients", "grad_x_input~integrated_gradients",
             "integrated_gradients~rollout")
PART_COLOURS = {"P1": "#1b9e77", "P2": "#d95f02", "other_premise": "#999999", "conjunction": "#7570b3",
                "subject": "#e7298a", "answer": "#000000", "template": "#cccccc", "special": "#ffffff"}


def write_plots(summary: dict, out: Path) -> list[Path]:
    """agreement_by_setting.png and premise_reliance_by_setting.png (when
    the explained probes have premise settings)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    by = summary.get("by_setting") or {}
    settings = sorted(by)
    written = []
    if not settings:
        return written
    fig, ax = plt.subplots(figsize=(8, 3.5))
    width = 0.8 / len(PLOT_TAUS)
    for k, name in enumerate(PLOT_TAUS):
        ys = [by[s]["tau"].get(name) for s in settings]
        ax.bar([i + k * width for i in range(len(settings))], [y if y is not None else 0 for y in ys], width,
               label=name.replace("~", " vs "))
    ax.set_xticks([i + width * (len(PLOT_TAUS) - 1) / 2 for i in range(len(settings))], settings)
    ax.axhline(0, color="black", lw=0.5)
    ax.set_ylabel("mean Kendall tau over tokens")
    ax.set_xlabel("premise setting (P1-P2)")
    ax.set_title(f"Agreement between attribution methods ({summary.get('run', {}).get('model', '')})")
    ax.legend(fontsize=7)
    fig.tight_layout()
    p = out / "agreement_by_setting.png"
    fig.savefig(p, dpi=120)
    plt.close(fig)
    written.append(p)

    fig, ax = plt.subplots(figsize=(8, 3.5))
    for k, (edit, label) in enumerate((("no_P1", "P1 removed"), ("no_P2", "P2 removed"))):
        ys = [(by[s]["ablation"].get(edit) or {}).get("gold_delta") for s in settings]
        ax.bar([i + k * 0.4 for i in range(len(settings))], [y if y is not None else 0 for y in ys], 0.4,
               label=label)
    ax.set_xticks([i + 0.2 for i in range(len(settings))], settings)
    ax.axhline(0, color="black", lw=0.5)
    ax.set_ylabel("mean change of the gold's score")
    ax.set_xlabel("premise setting (P1-P2); only stated premises can be removed")
    ax.set_title("Premise reliance")
    ax.legend(fontsize=7)
    fig.tight_layout()
    p = out / "premise_reliance_by_setting.png"
    fig.savefig(p, dpi=120)
    plt.close(fig)
    written.append(p)
    return written


def _colour(v: float, scale: float) -> str:
    x = 0.0 if scale <= 0 else max(-1.0, min(1.0, v / scale))
    a = round(abs(x) * 0.85, 3)
    return f"rgba(214,39,40,{a})" if x >= 0 else f"rgba(31,119,180,{a})"


def _heat(target: dict, method: str, role: str) -> str:
    vec = target["attributions"][method]
    parts = target["parts"]
    scale = max((abs(v) for v, p in zip(vec, parts) if p != "special"), default=0.0)
    spans = []
    for tok, v, p in zip(target["tokens"], vec, parts):
        text = tok.replace("\u0120", " ").replace("\u010a", "\n").replace("\u2581", " ")
        spans.append(
            f'<span class="tok part-{html.escape(p)}" style="background:{_colour(v, scale)}" '
            f'title="{html.escape(p)}: {v:.4g}" data-part="{html.escape(p)}">{html.escape(text)}</span>')
    return (f'<div class="heat" data-method="{html.escape(method)}" data-role="{role}">'
            + "".join(spans) + "</div>")


def _probe_html(row: dict) -> str:
    targets = row.get("targets") or {}
    blocks = []
    for role in ("gold", "top1"):
        t = targets.get(role)
        if t == "gold":
            t = targets.get("gold")
        if not isinstance(t, dict):
            continue
        for m in t["attributions"]:
            blocks.append(_heat(t, m, role))
    verdict = {True: "right", False: "wrong"}.get(row.get("correct"), "?")
    conf = row.get("confidence")
    head = (f'<h2>{html.escape(row["task"])} {html.escape(row.get("setting") or "")} '
            f'{html.escape(row.get("family") or "")} <code>{html.escape(row["probe_id"])}</code></h2>'
            f'<p class="meta">gold <b>{html.escape(row["gold"])}</b>, top-1 <b>{html.escape(row["top1"])}</b>, '
            f'<span class="{verdict}">{verdict}</span>'
            + (f", confidence {conf:.3f}" if isinstance(conf, (int, float)) else "") + "</p>")
    abl = row.get("ablation") or {}
    rows = "".join(
        f'<tr><td>{html.escape(e)}</td><td>{v.get("gold_delta", float("nan")):+.3f}</td>'
        f'<td>{v.get("top1_delta", float("nan")):+.3f}</td><td>{html.escape(str(v.get("top1_after", "")))}</td></tr>'
        for e, v in abl.items())
    table = (f'<table class="ablation"><tr><th>edit</th><th>gold score change</th><th>top-1 score change</th>'
             f'<th>top-1 after</th></tr>{rows}</table>' if rows else "")
    return f'<section class="probe" data-id="{html.escape(row["probe_id"])}">{head}{"".join(blocks)}{table}</section>'


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kgprobe explain: {title}</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em; max-width: 70em; }}
.tok {{ padding: 1px 0; white-space: pre-wrap; border-bottom: 3px solid transparent; }}
{part_css}
.heat {{ display: none; line-height: 2; font-family: monospace; margin: 0.5em 0; }}
.heat.shown {{ display: block; }}
.right {{ color: #1a7f1a; }} .wrong {{ color: #b00; }}
table {{ border-collapse: collapse; font-size: 90%; }} td, th {{ border: 1px solid #ccc; padding: 2px 6px; }}
section.probe {{ border-top: 1px solid #999; margin-top: 1em; }}
</style></head><body>
<h1>kgprobe explain: {title}</h1>
<p>{n} probes. Colour: red raises the target's score, blue lowers it (attention and rollout: weight);
underline: the token's part ({legend}). Shares and method agreement are in summary.json.</p>
<label>method <select id="method">{method_options}</select></label>
<label>target <select id="role"><option value="gold">gold</option><option value="top1">top-1</option></select></label>
<div id="probes">{probes}</div>
<script>
function show() {{
  var m = document.getElementById("method").value, r = document.getElementById("role").value;
  document.querySelectorAll(".heat").forEach(function (h) {{
    h.classList.toggle("shown", h.dataset.method === m && h.dataset.role === r);
  }});
}}
document.getElementById("method").addEventListener("change", show);
document.getElementById("role").addEventListener("change", show);
show();
</script></body></html>
"""


def write_html(rows: list[dict], summary: dict, path: Path) -> None:
    methods: list[str] = []
    for r in rows:
        for t in (r.get("targets") or {}).values():
            if isinstance(t, dict):
                methods.extend(m for m in t["attributions"] if m not in methods)
    part_css = "\n".join(f".part-{p} {{ border-bottom-color: {c}; }}" for p, c in PART_COLOURS.items())
    legend = ", ".join(f'<span class="tok part-{p}">{p}</span>' for p in PART_COLOURS if p != "special")
    title = html.escape(str(summary.get("run", {}).get("model", "")))
    page = PAGE.format(title=title, n=len(rows), part_css=part_css, legend=legend,
                       method_options="".join(f'<option value="{html.escape(m)}">{html.escape(m)}</option>'
                                              for m in methods),
                       probes="".join(_probe_html(r) for r in rows))
    Path(path).write_text(page, encoding="utf-8")
