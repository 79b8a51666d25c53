"""Leaderboards: many runs -> one pandas table, exported as Markdown, CSV,
LaTeX (booktabs) or JSON.

One row per run (model; see :mod:`kgprobe.report.load` for merging and
row order), one column per task, rule, rule x premise setting, parallel
family or template (``by``), holding one metric (``metric``). Views
``prompt`` (task x prompt) and ``reasoning`` (template x conjunction, manual
or soft: the mean over the reasoning rules, like Figure 4 of Wu et al. 2023,
with its probe count in every cell) give a model one row that holds its runs
with every prompt (:data:`MERGED_VIEWS`). View ``consistency`` holds the
share of consistent groups instead (order, set, paraphrase:
kgprobe/metrics/consistency.py; a cell's n counts groups) and a note line
pools order consistency per model architecture
(:attr:`kgprobe.report.load.Run.architecture`). Every row shows
``n``, the probes the run scored. Cells show the value with 3 decimals, with
``ci`` its 95% bootstrap interval ("0.412 [0.380, 0.440]"), and the cell's
probe count ("(n=40)") with ``ci`` or where the rows of that column scored
different numbers of probes; "-" = nothing scored there. A cell from fewer
than :data:`SMALL_N` probes is marked with a double dagger and is never
"best". The best value per column (ties at 3 decimals included) is marked:
bold in Markdown and LaTeX, class "best" in HTML. Reported rows (numbers
transcribed from a paper) are never "best". A column whose values come from
runs on different batteries or ontologies (different sha256) gets a dagger on
its header and a note line.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from typing import Iterable, Optional

import pandas as pd

from kgprobe.errors import ResultsError
from kgprobe.probes.model import REASONING_TASKS
from kgprobe.report.cells import DAGGER, MISSING, SMALL_MARK, SMALL_N, caption, column_key, figure4_column, fmt, num
from kgprobe.report.load import SEQUENCE_ARCHITECTURES, Run, collect_runs, consistency_rankable, reported_notes

METRICS = ("R@1", "R@5", "MRR", "MRRa", "acc")
VIEWS = ("task", "rule", "setting", "family", "template", "prompt", "reasoning", "consistency")
#: columns of the consistency view: (column, kgprobe.metrics.consistency block, its share)
CONSISTENCY_COLUMNS = (("order", "order", "consistent"), ("set", "set", "consistent"),
                       ("set (answer set)", "set", "set_consistent"), ("paraphrase", "paraphrase", "consistent"))
FORMATS = ("md", "csv", "latex", "json", "html")
#: views with one row per model, its runs with other prompts merged into it
MERGED_VIEWS = ("prompt", "reasoning")


def _is_rule(task: str) -> bool:
    return task in REASONING_TASKS or task.startswith("rdfs")


def rule_mean(by_task: dict) -> dict:
    """One block over a run's reasoning rules: each metric the mean of the
    rules' values (each rule counts once, whatever its probe count; rules
    without the metric left out), ``n`` their probes in all, ``rules`` how
    many were averaged; {} without a rule."""
    blocks = [b for t, b in by_task.items() if _is_rule(t) and isinstance(b, dict)]
    out: dict = {}
    for metric in METRICS:
        vals = [v for b in blocks if (v := num(b.get(metric))) == v]
        if vals:
            out[metric] = sum(vals) / len(vals)
    if out:
        out["n"] = sum(int(num(b.get("n"))) for b in blocks if num(b.get("n")) == num(b.get("n")))
        out["rules"] = len(blocks)
    return out


def run_columns(run: Run, by: str, rules: Optional[set] = None) -> dict[str, dict]:
    """{column name: metric block} of one run for view ``by`` (``reasoning``:
    the mean over ``rules`` only, when given)."""
    m = run.metrics
    if by == "task":
        return dict(m.get("by_task") or {})
    if by == "rule":
        return {t: b for t, b in (m.get("by_task") or {}).items() if _is_rule(t)}
    if by == "setting":
        return {
            f"{rule} {setting}": b
            for rule, settings in (m.get("by_rule_setting") or {}).items()
            for setting, b in settings.items()
        }
    if by == "family":
        return dict(m.get("by_family") or {})
    if by == "template":
        return dict(m.get("by_template") or {})
    if by == "prompt":
        return {f"{t} {run.prompt}": b for t, b in (m.get("by_task") or {}).items()}
    if by == "reasoning":  # a reported row gives it (Figure 4), a run has its own prompts' column
        if "reasoning_by_prompt" in m:
            return dict(m["reasoning_by_prompt"])
        block = rule_mean({t: b for t, b in (m.get("by_task") or {}).items() if rules is None or t in rules})
        return {figure4_column(run.prompt): block} if block else {}
    if by == "consistency":  # share of consistent groups; a cell's n counts groups, not probes
        c = m.get("consistency") or {}
        return {col: {"consistent": (c.get(block) or {}).get(key), "n": (c.get(block) or {}).get("groups")}
                for col, block, key in CONSISTENCY_COLUMNS if (c.get(block) or {}).get("groups")}
    raise ResultsError(f"unknown view {by!r}; choose one of {', '.join(VIEWS)}")


def _battery_desc(run: Run) -> str:
    b = (run.battery_sha256 or "?")[:12]
    o = (run.ontology_sha256 or "?")[:12]
    return f"battery {run.battery} (sha256 {b}), ontology {run.ontology} (sha256 {o})"


@dataclass
class Leaderboard:
    """The table behind every export; ``values``/``lo``/``hi`` are float
    frames (NaN = missing) indexed by row label, ``best`` a bool frame."""

    runs: list[Run]
    metric: str
    by: str
    columns: list[str]
    values: pd.DataFrame
    lo: pd.DataFrame
    hi: pd.DataFrame
    best: pd.DataFrame
    mixed: list[str]  # columns whose runs differ in battery / ontology
    notes: list[str] = field(default_factory=list)  # footnotes under the table
    ns: Optional[pd.DataFrame] = None  # probes per cell (NaN = unknown / missing)

    @property
    def small(self) -> pd.DataFrame:
        """Cells from fewer than SMALL_N probes (bool frame)."""
        return self.ns.lt(SMALL_N) & self.values.notna()

    @property
    def n_differs(self) -> set:
        """Columns whose rows scored different numbers of probes."""
        out = set()
        for col in self.columns:
            v = self.ns[col][self.values[col].notna()].dropna()
            if v.nunique() > 1:
                out.add(col)
        return out

    def cell_n(self, label: str, col: str) -> Optional[int]:
        n = self.ns.at[label, col]
        return None if n != n else int(n)

    @property
    def labels(self) -> list[str]:
        return [r.label for r in self.runs]

    @property
    def show_battery(self) -> bool:
        return len({r.comparability_key for r in self.runs}) > 1 or len({r.battery for r in self.runs}) > 1

    @property
    def show_prompt(self) -> bool:
        """A prompt column (manual, softT+manC, ...) when some row used soft prompts and the view keeps them apart."""
        return self.by not in MERGED_VIEWS and any(r.prompt != "manual" for r in self.runs)

    @property
    def show_architecture(self) -> bool:
        """An architecture column in the consistency view, and wherever a row is
        a state-space or hybrid model (elsewhere the kind says it)."""
        return self.by == "consistency" or any(r.architecture in SEQUENCE_ARCHITECTURES for r in self.runs)

    @property
    def show_ontology(self) -> bool:
        return len({r.ontology for r in self.runs}) > 1

    def header(self, col: str) -> str:
        return col + DAGGER if col in self.mixed else col

    def cell(self, label: str, col: str, ci: bool, differs: Optional[set] = None) -> str:
        v = self.values.at[label, col]
        text = fmt(v)
        lo, hi = self.lo.at[label, col], self.hi.at[label, col]
        if ci and v == v and lo == lo and hi == hi:
            text += f" [{fmt(lo)}, {fmt(hi)}]"
        n = self.cell_n(label, col)
        if v == v and n is not None:
            # merged views: a row's cells come from several runs, so the row's n does not tell a cell's
            if ci or self.by in MERGED_VIEWS or col in (self.n_differs if differs is None else differs):
                text += f" (n={n})"
            if n < SMALL_N:
                text += SMALL_MARK
        return text

    def display_frame(self, ci: bool, bold: Optional[str] = None) -> pd.DataFrame:
        """String table: model, kind, [battery], n, one column per header.
        ``bold`` = "md" wraps the best cells in ``**``."""
        rows = []
        differs = self.n_differs
        for run in self.runs:
            row = {"model": run.label, "kind": run.kind}
            if self.show_architecture:
                row["architecture"] = run.architecture
            if self.show_prompt:
                row["prompt"] = run.prompt
            if self.show_battery:
                row["battery"] = run.battery
            if self.show_ontology:
                row["ontology"] = run.ontology
            row["n"] = MISSING if run.n_scored is None else str(run.n_scored)
            for col in self.columns:
                text = self.cell(run.label, col, ci, differs)
                if bold == "md" and self.best.at[run.label, col]:
                    text = f"**{text}**"
                row[self.header(col)] = text
            rows.append(row)
        return pd.DataFrame(rows)

    def data_frame(self, ci: bool) -> pd.DataFrame:
        """Numbers for CSV: metadata columns, then each column's value (and
        "<col> lo" / "<col> hi" with ``ci``)."""
        rows = []
        for run in self.runs:
            row = {
                "model": run.model,
                "label": run.label,
                "kind": run.kind,
                **({"architecture": run.architecture} if self.show_architecture else {}),
                **({"prompt": run.prompt} if self.show_prompt else {}),
                "battery": run.battery,
                "ontology": run.ontology,
                "battery_sha256": run.battery_sha256,
                "ontology_sha256": run.ontology_sha256,
                "limit": run.limit,
                "n": run.n_scored,
                "metric": self.metric,
            }
            for col in self.columns:
                row[col] = self.values.at[run.label, col]
                row[f"{col} n"] = self.cell_n(run.label, col)
                if ci:
                    row[f"{col} lo"] = self.lo.at[run.label, col]
                    row[f"{col} hi"] = self.hi.at[run.label, col]
            rows.append(row)
        return pd.DataFrame(rows)


def _merge_prompts(runs: list[Run], by: str) -> tuple[list[Run], dict, list[str]]:
    """One row per (model, battery, ontology, limit): the manual run (or the
    first) carries the columns of view ``by`` of all its prompts' runs
    ("<task> manual", "<task> softT+manC", ...; or manT+manC, softT+manC, ...)."""
    keep: dict[tuple, Run] = {}
    blocks: dict[str, dict] = {}
    common: dict[tuple, Optional[set]] = {}  # reasoning: the rules every run of the row scored
    notes: list[str] = []

    def key_of(r: Run) -> tuple:
        return (r.model, r.battery, r.ontology, r.limit, r.reported, r.label if r.reported else "")

    if by == "reasoning":
        scored: dict[tuple, list[set]] = {}
        for r in runs:
            if not r.reported:
                scored.setdefault(key_of(r), []).append(
                    {t for t, b in (r.metrics.get("by_task") or {}).items() if _is_rule(t) and isinstance(b, dict)})
        for key, sets in scored.items():
            both = set.intersection(*sets)
            common[key] = both if any(x != both for x in sets) else None
    for r in runs:
        key = key_of(r)
        first = keep.setdefault(key, r)
        blocks.setdefault(first.label, {}).update(run_columns(r, by, common.get(key)))
    for r in runs:  # the manual run names the row when there is one
        key = key_of(r)
        if r.prompt == "manual" and keep[key] is not r:
            blocks[r.label] = blocks.pop(keep[key].label)
            keep[key] = r
    for key, rules in common.items():
        if rules is not None:
            notes.append(f"{keep[key].label}: its prompt runs scored different reasoning rules; each cell is the "
                         f"mean over the rules all of them scored ({', '.join(sorted(rules, key=lambda t: column_key('rule', t))) or 'none'}).")
    return list(keep.values()), blocks, notes


def build_leaderboard(runs: list[Run], metric: str = "MRR", by: str = "task") -> Leaderboard:
    """The leaderboard of ``runs`` (already merged and ordered)."""
    if metric not in METRICS:
        raise ResultsError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    if by not in VIEWS:
        raise ResultsError(f"unknown view {by!r}; choose one of {', '.join(VIEWS)}")
    if not runs:
        raise ResultsError("no results given")
    if by == "consistency":
        metric = "consistent"
    ci_metric = "R@1" if metric == "acc" else metric
    # a reported row with nothing for this metric and view is left out
    runs = [r for r in runs if not r.reported
            or any(num((b or {}).get(metric)) == num((b or {}).get(metric)) for b in run_columns(r, by).values())]
    if not runs:
        raise ResultsError("no results given")
    if by in MERGED_VIEWS:  # a model's manual and soft runs side by side in one row
        runs, blocks, merge_notes = _merge_prompts(runs, by)
    else:
        blocks, merge_notes = {r.label: run_columns(r, by) for r in runs}, []
    columns = sorted({c for b in blocks.values() for c in b}, key=lambda c: column_key(by, c))
    if not columns:
        raise ResultsError(f"the given results hold no metrics by {by}")
    labels = [r.label for r in runs]
    vals, los, his, ns = {}, {}, {}, {}
    for label in labels:
        vals[label], los[label], his[label], ns[label] = {}, {}, {}, {}
        for col in columns:
            b = blocks[label].get(col) or {}
            ci = (b.get("ci") or {}).get(ci_metric) or (None, None)
            vals[label][col] = num(b.get(metric))
            los[label][col] = num(ci[0]) if len(ci) == 2 else math.nan
            his[label][col] = num(ci[1]) if len(ci) == 2 else math.nan
            ns[label][col] = num(b.get("n"))

    def frame(d):
        return pd.DataFrame.from_dict(d, orient="index", columns=columns).reindex(labels).astype(float)

    values, lo, hi, n_frame = frame(vals), frame(los), frame(his), frame(ns)
    # "best" among measured rows (never a reported row) from at least SMALL_N probes
    eligible = values.where(~n_frame.lt(SMALL_N))
    eligible.loc[[r.label for r in runs if r.reported]] = math.nan
    if by == "consistency":  # a scorer blind to the wording is trivially consistent
        eligible.loc[[r.label for r in runs if not consistency_rankable(r)]] = math.nan
    rounded = eligible.round(3)
    best = rounded.eq(rounded.max(axis=0), axis=1) & eligible.notna()

    mixed, groups_of = [], {}
    run_by_label = {r.label: r for r in runs}
    for col in columns:
        present = [run_by_label[lab] for lab in labels
                   if values.at[lab, col] == values.at[lab, col] and not run_by_label[lab].reported]
        keys = {r.comparability_key for r in present}
        if len(keys) > 1:
            mixed.append(col)
            for r in present:
                groups_of.setdefault(r.comparability_key, []).append(r.label)

    notes = []
    if mixed:
        parts = []
        for key, members in groups_of.items():
            rep = next(r for r in runs if r.comparability_key == key)
            names = ", ".join(dict.fromkeys(members))
            parts.append(f"{_battery_desc(rep)}: {names}")
        notes.append(
            f"{DAGGER} Not comparable: the runs in {', '.join(mixed)} scored different probes; "
            + "; ".join(parts)
            + "."
        )
    for r in runs:
        c = r.counts
        if c.get("skipped"):
            reasons = ", ".join(f"{k}: {v}" for k, v in sorted((c.get("skipped_reasons") or {}).items()))
            notes.append(
                f"{r.label} skipped {c['skipped']} of {c.get('probes', '?')} probes"
                + (f" ({reasons})" if reasons else "")
                + "."
            )
    for r in runs:
        if r.tasks:
            notes.append(f"{r.label}: only the test probes of {', '.join(r.tasks)} were scored (--task); "
                         "its other cells are empty, not zero.")
        if r.limit is not None:
            notes.append(f"{r.label}: a seeded sample of {r.limit} test probes (--limit {r.limit}), not the whole battery.")
    notes += merge_notes
    if by == "reasoning":
        notes.append("Each cell: the metric's mean over the reasoning rules the run scored (each rule counts once, "
                     "whatever its probe count), n = their probes; T = the templates' words (hypotheses and stated "
                     "premises), C = the conjunction; soft = learned (kgprobe tune, kgprobe run --soft).")
    if by == "consistency":
        notes.append(order_by_architecture(runs))
        if any(not consistency_rankable(r) and not r.reported for r in runs):
            notes.append("Baselines and KG embeddings never read the prompt's wording or order, so their consistency "
                         "says nothing about understanding (a fixed ranking agrees with itself by construction, a "
                         "random one does not); they are never marked best here.")
    if (n_frame.lt(SMALL_N) & values.notna()).to_numpy().any():
        unit = "groups" if by == "consistency" else "scored probes"
        notes.append(f"{SMALL_MARK} = fewer than {SMALL_N} {unit} in this cell; never marked best.")
    reported = [r for r in runs if r.reported]
    if reported:
        cites = ", ".join(dict.fromkeys(r.data["reported"]["citation"] for r in reported))
        notes.append(f"Rows marked \"reported ({cites})\" are transcribed from the paper, on the paper's own "
                     "test sets (their n); they are never marked best.")
        notes += reported_notes(reported)
    if values.isna().to_numpy().any():
        notes.append(f"\"{MISSING}\" = no scored probes.")
    return Leaderboard(runs, metric, by, columns, values, lo, hi, best, mixed, notes, n_frame)


def order_by_architecture(runs: list[Run]) -> str:
    """One line: order consistency per model architecture, the groups of the
    architecture's runs pooled (do attention models keep their answer under
    reordered premises less often than state-space models?)."""
    pooled: dict[str, list] = {}
    for r in runs:
        o = (r.metrics.get("consistency") or {}).get("order") or {}
        g, share = num(o.get("groups")), num(o.get("consistent"))
        if r.reported or not g == g or not share == share or g <= 0:
            continue
        acc = pooled.setdefault(r.architecture, [0, 0, 0])
        acc[0] += round(share * g)
        acc[1] += int(g)
        acc[2] += 1
    if not pooled:
        return "Order consistency by architecture: no run has order groups."
    parts = [f"{a} {fmt(k / n)} ({k} of {n} groups, {m} run{'s' if m > 1 else ''})"
             for a, (k, n, m) in sorted(pooled.items(), key=lambda kv: (-kv[1][1], kv[0]))]
    return "Order consistency by architecture, the runs' groups pooled: " + "; ".join(parts) + "."


def leaderboard_from_paths(inputs: Iterable, metric: str = "MRR", by: str = "task"):
    """(Leaderboard, notes for stderr) from results files / folders."""
    rs = collect_runs(inputs)
    return build_leaderboard(rs.runs, metric=metric, by=by), rs.notes


# ---------------------------------------------------------------- exports


def _md_text(s) -> str:
    """Markdown-safe text: HTML-significant characters as entities (no raw
    ``<script>`` from a model name), ``|`` escaped so it cannot split a cell."""
    return html.escape(str(s), quote=False).replace("|", "\\|")


def to_markdown(lb: Leaderboard, ci: bool = False) -> str:
    df = lb.display_frame(ci, bold="md")
    df = df.rename(columns=_md_text).map(_md_text)
    align = ["right" if c == "n" else "left" for c in df.columns[: df.shape[1] - len(lb.columns)]]
    align += ["right"] * len(lb.columns)
    table = df.to_markdown(index=False, disable_numparse=True, colalign=align)
    parts = [caption(lb, ci), table] + [_md_text(n) for n in lb.notes]
    return "\n\n".join(parts) + "\n"


def to_csv(lb: Leaderboard, ci: bool = False) -> str:
    return lb.data_frame(ci).to_csv(index=False, lineterminator="\n")


def to_json(lb: Leaderboard, ci: bool = False) -> str:
    """One record per run: model metadata, the metric, one key per column
    (null = missing) and, with ``ci``, "ci": {column: [lo, hi]}."""
    df = lb.data_frame(False)
    if ci:
        df["ci"] = [
            {
                col: [float(lb.lo.at[lab, col]), float(lb.hi.at[lab, col])]
                for col in lb.columns
                if lb.lo.at[lab, col] == lb.lo.at[lab, col] and lb.hi.at[lab, col] == lb.hi.at[lab, col]
            }
            for lab in lb.labels
        ]
    return df.to_json(orient="records", indent=2, force_ascii=False, double_precision=15) + "\n"


_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    DAGGER: r"\textsuperscript{\dag}",
}


def _latex_text(s: str) -> str:
    """Escape plain text for the note lines (cells go through Styler)."""
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in s)


def to_latex(lb: Leaderboard, ci: bool = False) -> str:
    """A booktabs tabular (\\toprule/\\midrule/\\bottomrule) via
    ``Styler.to_latex``; best cells in \\textbf; notes as a footnotesize
    paragraph after it. Needs \\usepackage{booktabs} in the document."""
    df = lb.display_frame(ci)
    n_meta = df.shape[1] - len(lb.columns)
    mask = pd.DataFrame(False, index=df.index, columns=df.columns)
    for i, run in enumerate(lb.runs):
        for col in lb.columns:
            mask.iat[i, df.columns.get_loc(lb.header(col))] = bool(lb.best.at[run.label, col])
    styler = df.style.hide(axis="index")
    styler = styler.format(escape="latex")
    styler = styler.format_index(
        escape="latex",
        axis=1,
        formatter=lambda s: s.replace(DAGGER, r"\textsuperscript{\dag}"),
    )
    styler = styler.apply(lambda _: mask.map(lambda b: "textbf:--rwrap;" if b else ""), axis=None)
    meta_format = "".join("r" if c == "n" else "l" for c in df.columns[:n_meta])
    body = styler.to_latex(hrules=True, column_format=meta_format + "r" * len(lb.columns))
    if lb.notes:
        body += "\\par\\smallskip{\\footnotesize " + " \\\\\n".join(_latex_text(n) for n in lb.notes) + "\\par}\n"
    return body


def render(lb: Leaderboard, fmt_: str, ci: bool = False) -> str:
    if fmt_ == "md":
        return to_markdown(lb, ci)
    if fmt_ == "csv":
        return to_csv(lb, ci)
    if fmt_ == "latex":
        return to_latex(lb, ci)
    if fmt_ == "json":
        return to_json(lb, ci)
    if fmt_ == "html":
        from kgprobe.report.html import to_html

        return to_html(lb, ci)
    raise ResultsError(f"unknown format {fmt_!r}; choose one of {', '.join(FORMATS)}")
