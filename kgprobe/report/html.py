"""The HTML leaderboard: one self-contained page (inline CSS and JS, no
network fetches; a Content-Security-Policy forbids any).

Tabs: the leaderboard (the chosen metric and view, with intervals when asked),
memorisation (R@1/R@5/MRR/MRRa per task), reasoning settings (per rule a
3x3 P1 x P2 table per model, cells coloured by value), parallel and order
consistency, paraphrase consistency (with the metric per template),
calibration (ECE, AURC) and the runs (each manifest in a ``<details>``; the
model cells of the leaderboard show a short manifest on hover). Every table
but the heatmaps sorts by a click on its header (vanilla JS). Tables come
from pandas ``Styler.to_html``; the best value per column has class "best".
"""

from __future__ import annotations

import html
import json
import math
from typing import TYPE_CHECKING, Callable, Optional

import pandas as pd

from kgprobe.probes.model import MEMORISATION_TASKS, SETTINGS
from kgprobe.report.cells import DAGGER, MISSING, caption, column_key, fmt, num
from kgprobe.report.load import SEQUENCE_ARCHITECTURES, Run, consistency_rankable

if TYPE_CHECKING:
    from kgprobe.report.leaderboard import Leaderboard

HEADLINE = ("R@1", "R@5", "MRR", "MRRa")

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; margin-bottom: .2em; }
p.caption, p.note { color: #444; font-size: .9em; max-width: 70em; }
nav.tabs { display: flex; flex-wrap: wrap; gap: .3em; border-bottom: 2px solid #ccc; margin: 1em 0; }
nav.tabs button { border: 1px solid #ccc; border-bottom: none; background: #f4f4f4; padding: .4em .9em;
  cursor: pointer; font: inherit; border-radius: 4px 4px 0 0; }
nav.tabs button[aria-selected="true"] { background: #fff; font-weight: 600; border-color: #888; }
section.tab[hidden] { display: none; }
table { border-collapse: collapse; font-size: .85em; margin: .5em 0 1em; }
th, td { border: 1px solid #ddd; padding: .25em .55em; text-align: right; white-space: nowrap; }
td.col0, th.col0, td.text { text-align: left; }
table.sortable thead th { cursor: pointer; background: #f4f4f4; user-select: none; }
table.sortable thead th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: .7em; }
table.sortable thead th[aria-sort="descending"]::after { content: " \\25BC"; font-size: .7em; }
td.best { font-weight: 700; background: #e3f2e1; }
td[title] { text-decoration: underline dotted; cursor: help; }
div.heatmaps { display: flex; flex-wrap: wrap; gap: 1em; }
table.heatmap caption { font-weight: 600; padding-bottom: .2em; }
table.heatmap td { width: 3.5em; text-align: center; }
details { margin: .3em 0; }
details pre { background: #f7f7f7; padding: .6em; font-size: .8em; overflow-x: auto; }
"""

JS = """
(function () {
  function showTab(name) {
    document.querySelectorAll('nav.tabs button').forEach(function (b) {
      b.setAttribute('aria-selected', b.dataset.tab === name ? 'true' : 'false');
    });
    document.querySelectorAll('section.tab').forEach(function (s) {
      s.hidden = s.id !== 'tab-' + name;
    });
  }
  // each tab has a URL hash (#reasoning ...): a link opens it, a click sets it, Back goes back
  var tabNames = Array.prototype.map.call(document.querySelectorAll('nav.tabs button'),
                                          function (b) { return b.dataset.tab; });
  function showHashTab() {
    var name = decodeURIComponent(location.hash.slice(1));
    showTab(tabNames.indexOf(name) >= 0 ? name : tabNames[0]);
  }
  document.querySelectorAll('nav.tabs button').forEach(function (b) {
    b.addEventListener('click', function () { showTab(b.dataset.tab); location.hash = b.dataset.tab; });
  });
  window.addEventListener('hashchange', showHashTab);
  showHashTab();
  function key(td) {
    var t = td.textContent.trim();
    var m = /^-?\\d+(\\.\\d+)?(e-?\\d+)?/.exec(t);
    if (m) { return parseFloat(m[0]); }
    return (t === '' || t === '""" + MISSING + """') ? null : t.toLowerCase();
  }
  function sortTable(table, col, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keys = rows.map(function (r, i) { return {row: r, k: key(r.cells[col]), i: i}; });
    var numeric = keys.some(function (x) { return typeof x.k === 'number'; });
    var cur = th.getAttribute('aria-sort');
    var dir = cur ? (cur === 'ascending' ? 'descending' : 'ascending') : (numeric ? 'descending' : 'ascending');
    var sign = dir === 'ascending' ? 1 : -1;
    keys.sort(function (a, b) {
      if (a.k === null && b.k === null) { return a.i - b.i; }
      if (a.k === null) { return 1; }
      if (b.k === null) { return -1; }
      var c = (typeof a.k === 'number' && typeof b.k === 'number') ? a.k - b.k
            : String(a.k).localeCompare(String(b.k));
      return c !== 0 ? sign * c : a.i - b.i;
    });
    keys.forEach(function (x) { body.appendChild(x.row); });
    Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir);
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var head = table.tHead.rows[table.tHead.rows.length - 1];
    Array.prototype.forEach.call(head.cells, function (th, i) {
      th.title = 'click to sort';
      th.addEventListener('click', function () { sortTable(table, i, th); });
    });
  });
})();
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _esc(s) -> str:
    return html.escape(str(s), quote=True)


def _uuid(name: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in name)


def manifest_summary(run: Run) -> str:
    """One-line manifest for the hover text of a model cell."""
    m = run.manifest
    parts = [f"{run.model} ({run.kind})", f"battery {run.battery}", f"ontology {run.ontology}"]
    for key, name in (("model_name", "model"), ("model_revision", "revision"), ("model_sha256", "sha256"),
                      ("device", "device"), ("dtype", "dtype"), ("started", "started"),
                      ("wall_time_s", "wall s"), ("kgprobe", "kgprobe")):
        if m.get(key) not in (None, ""):
            parts.append(f"{name} {m[key]}")
    pk = m.get("packages") or {}
    for name in ("torch", "transformers", "pykeen"):
        if name in pk:
            parts.append(f"{name} {pk[name]}")
    return "; ".join(parts)


def styled_table(
    df: pd.DataFrame,
    uuid: str,
    best: Optional[pd.DataFrame] = None,
    tooltips: Optional[dict] = None,
    formatters: Optional[dict] = None,
    sortable: bool = True,
    text_cols: tuple = ("model", "kind", "battery", "ontology"),
) -> str:
    """``df`` (columns = headers, index ignored) as an HTML table through
    Styler; ``best`` a bool frame aligned to ``df`` (class "best");
    ``tooltips`` {column: [title per row]} (already plain text)."""
    df = df.reset_index(drop=True)
    st = df.style.hide(axis="index").set_uuid(_uuid(uuid))
    st = st.format(escape="html", na_rep=MISSING, formatter=formatters or None)
    st = st.format_index(escape="html", axis=1)
    classes = pd.DataFrame("", index=df.index, columns=df.columns)
    for c in df.columns:
        if c in text_cols:
            classes[c] = "text"
    if best is not None:
        b = best.reset_index(drop=True).reindex(columns=df.columns).fillna(False).astype(bool)
        classes = (classes + b.map(lambda x: " best" if x else "")).map(str.strip)
    st = st.set_td_classes(classes)
    if tooltips:
        tt = pd.DataFrame({c: [_esc(t) for t in v] for c, v in tooltips.items()}, index=df.index)
        try:
            st = st.set_tooltips(tt, as_title_attribute=True)
        except TypeError:  # pandas < 3.0: no title tooltips (the Runs tab still has every manifest)
            pass
    if sortable:
        st = st.set_table_attributes('class="sortable"')
    return st.to_html()


def _best_mask(df: pd.DataFrame, higher: dict, eligible: Optional[list] = None) -> pd.DataFrame:
    """Bool frame: best value per numeric column (``higher[col]`` True = max,
    False = min; columns not named are not marked); ties at 3 decimals. Only
    rows with ``eligible[i]`` true (default: all) can be best."""
    mask = pd.DataFrame(False, index=df.index, columns=df.columns)
    for col, hi in higher.items():
        if col not in df.columns:
            continue
        v = pd.to_numeric(df[col], errors="coerce").astype(float).round(3)
        if eligible is not None:
            v = v.where(pd.Series(list(eligible), index=df.index).astype(bool))
        if v.notna().any():
            mask[col] = (v == (v.max() if hi else v.min())) & v.notna()
    return mask


def _meta(run: Run) -> dict:
    return {"model": run.label, "kind": run.kind}


def _num_fmt(cols) -> dict:
    return {c: (lambda x: fmt(num(x))) for c in cols}


def _int_fmt(cols) -> dict:
    return {c: (lambda x: MISSING if x is None or x != x else str(int(x))) for c in cols}


# ------------------------------------------------------------------ tabs


def tab_leaderboard(lb: Leaderboard, ci: bool) -> str:
    df = lb.display_frame(ci)
    best = pd.DataFrame(False, index=df.index, columns=df.columns)
    for i, run in enumerate(lb.runs):
        for col in lb.columns:
            best.iat[i, df.columns.get_loc(lb.header(col))] = bool(lb.best.at[run.label, col])
    table = styled_table(df, "leaderboard", best, tooltips={"model": [manifest_summary(r) for r in lb.runs]})
    notes = "".join(f'<p class="note">{_esc(n)}</p>' for n in lb.notes)
    return f'<p class="caption">{_esc(caption(lb, ci))} Hover a model for its manifest.</p>{table}{notes}'


def tab_memorisation(runs: list[Run]) -> str:
    tasks = [t for t in MEMORISATION_TASKS if any(t in (r.metrics.get("by_task") or {}) for r in runs)]
    if not tasks:
        return '<p class="note">No memorisation results.</p>'
    rows = []
    for r in runs:
        row = _meta(r)
        for t in tasks:
            b = (r.metrics.get("by_task") or {}).get(t) or {}
            for m in HEADLINE:
                row[f"{t} {m}"] = num(b.get(m))
        rows.append(row)
    df = pd.DataFrame(rows)
    cols = [f"{t} {m}" for t in tasks for m in HEADLINE]
    return (
        '<p class="caption">Memorisation tasks: R@1, R@5, MRR and MRRa per task; best per column marked.</p>'
        + styled_table(df, "memorisation", _best_mask(df, {c: True for c in cols}, [not r.reported for r in runs]),
                       formatters=_num_fmt(cols))
    )


def _setting_grid(block: dict, metric: str) -> pd.DataFrame:
    grid = pd.DataFrame(
        math.nan, index=[f"P1 {s}" for s in SETTINGS], columns=[f"P2 {s}" for s in SETTINGS], dtype=float
    )
    for setting, b in block.items():
        p1, _, p2 = setting.partition("-")
        if p1 in SETTINGS and p2 in SETTINGS:
            grid.at[f"P1 {p1}", f"P2 {p2}"] = num((b or {}).get(metric))
    return grid


def heatmap_table(grid: pd.DataFrame, uuid: str, title: str) -> str:
    st = grid.style.set_uuid(_uuid(uuid)).set_caption(_esc(title))
    st = st.background_gradient(cmap="viridis", vmin=0.0, vmax=1.0, axis=None)
    st = st.highlight_null(props="background-color: #eeeeee; color: #777777;")
    st = st.format("{:.3f}", na_rep=MISSING)
    st = st.set_table_attributes('class="heatmap"')
    return st.to_html()


def tab_reasoning(runs: list[Run], metric: str) -> str:
    rules: list[str] = []
    for r in runs:
        for rule in r.metrics.get("by_rule_setting") or {}:
            if rule not in rules:
                rules.append(rule)

    rules.sort(key=lambda c: column_key("rule", c))
    if not rules:
        return '<p class="note">No reasoning results.</p>'
    out = [
        f'<p class="caption">{_esc(metric)} by premise setting: rows P1 (the schema premise), columns P2 '
        "(the other premise); EX = stated in the prompt, IM = left to memory, NO = absent (pseudoword). "
        "Colour: 0 (dark) to 1 (yellow).</p>"
    ]
    for rule in rules:
        maps = []
        for i, r in enumerate(runs):
            block = (r.metrics.get("by_rule_setting") or {}).get(rule)
            if block and r.reported and _setting_grid(block, metric).isna().all().all():
                continue  # a reported row without this metric
            if block:
                maps.append(heatmap_table(_setting_grid(block, metric), f"hm_{rule}_{i}", r.label))
        out.append(f'<h3>{_esc(rule)}</h3><div class="heatmaps">{"".join(maps)}</div>')
    return "".join(out)


def tab_consistency(runs: list[Run], metric: str) -> str:
    positions = sorted(
        {int(p) for r in runs for p in ((r.metrics.get("consistency") or {}).get("multi_by_position") or {})}
    )
    families = []
    for r in runs:
        for f in r.metrics.get("by_family") or {}:
            if f not in families:
                families.append(f)
    rows, share_cols, int_cols = [], [], []
    arch = any(r.architecture in SEQUENCE_ARCHITECTURES for r in runs)  # else the kind says it
    for r in runs:
        c = r.metrics.get("consistency") or {}
        row = _meta(r)
        if arch:
            row["architecture"] = r.architecture
        o, s = c.get("order") or {}, c.get("set") or {}
        row["order consistent"] = num(o.get("consistent"))
        row["order groups"] = num(o.get("groups"))
        row["set consistent (top-1)"] = num(s.get("consistent"))
        row["set consistent (set)"] = num(s.get("set_consistent"))
        row["set groups"] = num(s.get("groups"))
        mbp = c.get("multi_by_position") or {}
        for p in positions:
            row[f"multi acc #{p + 1}"] = num((mbp.get(str(p)) or {}).get("acc"))
        for f in families:
            row[f"{f} {metric}"] = num(((r.metrics.get("by_family") or {}).get(f) or {}).get(metric))
        rows.append(row)
    df = pd.DataFrame(rows)
    int_cols = ["order groups", "set groups"]
    share_cols = [c for c in df.columns if c not in ("model", "kind", "architecture") and c not in int_cols]
    fmts = {**_num_fmt(share_cols), **_int_fmt(int_cols)}
    return (
        '<p class="caption">Parallel and order consistency: share of groups whose probes agree on the top-1 '
        "(order: the same question with premises / context in every order; set: a set-valued answer asked "
        f"in different orders); accuracy by position (#1 = first) of the asked fact in multi-fact prompts; {_esc(metric)} "
        "per parallel family.</p>"
        + styled_table(df, "consistency", _consistency_mask(df, runs, share_cols), formatters=fmts)
    )


def tab_paraphrase(runs: list[Run], metric: str) -> str:

    templates = sorted(
        {t for r in runs for t in (r.metrics.get("by_template") or {})}, key=lambda c: column_key("template", c)
    )
    rows = []
    for r in runs:
        p = (r.metrics.get("consistency") or {}).get("paraphrase") or {}
        row = _meta(r)
        row["paraphrase consistent"] = num(p.get("consistent"))
        row["groups"] = num(p.get("groups"))
        for t in templates:
            row[f"{t} {metric}"] = num(((r.metrics.get("by_template") or {}).get(t) or {}).get(metric))
        rows.append(row)
    df = pd.DataFrame(rows)
    share_cols = [c for c in df.columns if c not in ("model", "kind", "groups")]
    return (
        '<p class="caption">Paraphrase consistency: share of facts whose top-1 answer is the same under every '
        f"template; then {_esc(metric)} per template.</p>"
        + styled_table(
            df,
            "paraphrase",
            _consistency_mask(df, runs, share_cols),
            formatters={**_num_fmt(share_cols), **_int_fmt(["groups"])},
        )
    )


def _consistency_mask(df: pd.DataFrame, runs: list[Run], cols: list) -> pd.DataFrame:
    """The best-value mask of a consistency tab: its consistency shares only
    among runs that read the prompt (:func:`consistency_rankable`), its
    per-family and per-template metric columns among every measured run."""
    shares = [c for c in cols if "consistent" in c]
    return (_best_mask(df, {c: True for c in shares}, [consistency_rankable(r) for r in runs])
            | _best_mask(df, {c: True for c in cols if c not in shares}, [not r.reported for r in runs]))


def calibration_rankable(run: Run) -> bool:
    """Whether a run can be "best" in calibration: not a baseline (a constant
    or random scorer is trivially calibrated), not a reported row, and its
    confidences not all in one reliability bin (a constant scorer)."""
    if run.kind in ("baseline", "reported"):
        return False
    bins = (run.metrics.get("calibration") or {}).get("reliability") or []
    return sum(1 for b in bins if (b.get("n") or 0) > 0) > 1


def tab_calibration(runs: list[Run]) -> str:
    runs = [r for r in runs if not r.reported]
    rows = []
    for r in runs:
        cal = r.metrics.get("calibration") or {}
        ov = r.metrics.get("overall") or {}
        row = _meta(r)
        row["n"] = num(cal.get("n", ov.get("n")))
        row["accuracy (R@1)"] = num(ov.get("R@1"))
        row["mean confidence"] = num(cal.get("mean_confidence"))
        row["ECE"] = num(cal.get("ece"))
        row["AURC"] = num(cal.get("aurc"))
        rows.append(row)
    df = pd.DataFrame(rows)
    nums = ["accuracy (R@1)", "mean confidence", "ECE", "AURC"]
    return (
        '<p class="caption">Calibration of the top-1 confidence (softmax over the candidates): expected '
        "calibration error (10 bins) and area under the risk-coverage curve; lower is better for both; n = "
        "probes scored. Baselines and scorers whose confidences all fall in one bin (a constant scorer is "
        "trivially calibrated) are never marked best.</p>"
        + styled_table(
            df,
            "calibration",
            _best_mask(df, {"accuracy (R@1)": True, "ECE": False, "AURC": False},
                       [calibration_rankable(r) for r in runs]),
            formatters={**_num_fmt(nums), **_int_fmt(["n"])},
        )
    )


def tab_runs(runs: list[Run]) -> str:
    out = ['<p class="caption">Each run\'s manifest, counts and configuration (click to expand).</p>']
    for r in runs:
        info = {
            "source": str(r.path),
            "model": r.model,
            "model_kind": r.kind,
            "battery": r.battery,
            "ontology": r.ontology,
            "counts": r.counts,
            "config": r.data.get("config"),
            "manifest": r.manifest,
        }
        text = json.dumps(info, indent=2, ensure_ascii=False, sort_keys=False, default=str)
        out.append(
            f'<details class="manifest"><summary>{_esc(r.label)} ({_esc(r.kind)}; battery {_esc(r.battery)}, '
            f"started {_esc(r.started or '?')})</summary><pre>{_esc(text)}</pre></details>"
        )
    return "".join(out)


TABS: list[tuple[str, str, Callable]] = [
    ("leaderboard", "Leaderboard", lambda lb, ci: tab_leaderboard(lb, ci)),
    ("memorisation", "Memorisation", lambda lb, ci: tab_memorisation(lb.runs)),
    ("reasoning", "Reasoning settings", lambda lb, ci: tab_reasoning(lb.runs, lb.metric)),
    ("consistency", "Parallel & order consistency",
     lambda lb, ci: tab_consistency([r for r in lb.runs if not r.reported], lb.metric)),
    ("paraphrase", "Paraphrase consistency",
     lambda lb, ci: tab_paraphrase([r for r in lb.runs if not r.reported], lb.metric)),
    ("calibration", "Calibration", lambda lb, ci: tab_calibration(lb.runs)),
    ("runs", "Runs", lambda lb, ci: tab_runs(lb.runs)),
]


def to_html(lb: Leaderboard, ci: bool = False, title: str = "kgprobe leaderboard") -> str:
    """The whole page as a string (deterministic for the same inputs)."""
    nav = "".join(
        f'<button type="button" role="tab" data-tab="{key}" aria-selected="{"true" if i == 0 else "false"}">'
        f"{_esc(name)}</button>"
        for i, (key, name, _) in enumerate(TABS)
    )
    sections = "".join(
        f'<section class="tab" id="tab-{key}" role="tabpanel"{"" if i == 0 else " hidden"}>'
        f"<h2>{_esc(name)}</h2>{make(lb, ci)}</section>\n"
        for i, (key, name, make) in enumerate(TABS)
    )
    mixed = f" Columns marked {DAGGER} mix batteries." if lb.mixed else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{_esc(title)}</h1>\n"
        f'<p class="caption">{len(lb.runs)} runs. Click a column header to sort.{_esc(mixed)}</p>\n'
        f'<nav class="tabs" role="tablist">{nav}</nav>\n{sections}'
        f"<script>{JS}</script>\n</body>\n</html>\n"
    )
