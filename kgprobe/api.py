"""The Python API, for notebooks: what ``kgprobe run`` does, as calls.

    import kgprobe
    res = kgprobe.evaluate(model="baseline:frequency", ontology="world", battery="default")
    res.metrics["overall"]["MRR"]; res.to_frame(); print(res.leaderboard())

:func:`evaluate` goes through the very functions ``kgprobe run`` uses
(:func:`kgprobe.runner.load_probe_set`, :func:`kgprobe.runner.run_model`,
the same spec check and the same small-group warning), so a run from here
writes, resumes and scores exactly as one from the command line.
Everything heavy is imported on first call, so ``import kgprobe`` stays fast.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from kgprobe.errors import KgprobeError

#: result views of :meth:`Results.to_frame`, in order: results.json key -> name of the view
_VIEWS = (("overall", "overall"), ("by_task", "task"), ("by_rule_setting", "rule x setting"),
          ("by_family", "family"), ("by_template", "template"))
_COLUMNS = ("n", "R@1", "R@5", "MRR", "MRRa")


@dataclass
class Results:
    """One model's results: ``data`` is results.json's content."""

    data: dict
    run_dir: Optional[Path] = None  # where predictions.jsonl and results.json are (None: not kept)

    @property
    def model(self) -> str:
        return self.data["model"]

    @property
    def metrics(self) -> dict:
        """results.json's "metrics": overall, by_task, by_rule_setting, by_template,
        by_family, consistency, calibration (and abstention)."""
        return self.data["metrics"]

    @property
    def counts(self) -> dict:
        return self.data["counts"]

    def to_frame(self):
        """A pandas DataFrame, one row per reported group: columns ``view``
        (overall, task, rule x setting, family, template), ``group``
        (e.g. ``TP``, ``rdfs9/EX-IM``), n, R@1, R@5, MRR, MRRa and the bounds
        of MRR's 95% bootstrap interval."""
        import pandas as pd

        rows = []

        def add(view: str, group: str, block: dict) -> None:
            ci = (block.get("ci") or {}).get("MRR") or (None, None)
            rows.append({"view": view, "group": group, **{c: block.get(c) for c in _COLUMNS},
                         "MRR_lo": ci[0], "MRR_hi": ci[1]})

        m = self.metrics
        for key, view in _VIEWS:
            if key == "overall":
                add(view, "overall", m["overall"])
            elif key == "by_rule_setting":
                for rule, settings in m[key].items():
                    for setting, block in settings.items():
                        add(view, f"{rule}/{setting}", block)
            else:
                for group, block in m[key].items():
                    add(view, group, block)
        return pd.DataFrame(rows, columns=["view", "group", *_COLUMNS, "MRR_lo", "MRR_hi"])

    def leaderboard(self, metric: str = "MRR", by: str = "task", format: str = "md", ci: bool = False) -> str:
        """This run as ``kgprobe leaderboard`` renders it (one row; ``format``
        md, csv, latex, json or html)."""
        from kgprobe.report.leaderboard import build_leaderboard, render
        from kgprobe.report.load import Run

        path = self.run_dir / "results.json" if self.run_dir else Path("results.json")
        run = Run(path, self.data, label=self.model)
        return render(build_leaderboard([run], metric=metric, by=by), format, ci=ci)

    def summary(self) -> str:
        """The text ``kgprobe run`` prints."""
        from kgprobe.runner import summary_text

        return summary_text(self.data)

    def __repr__(self) -> str:
        o = self.metrics["overall"]
        return (f"<kgprobe.Results {self.model} on {self.data.get('battery')}/{self.data.get('ontology')}: "
                f"{self.counts['scored']} scored, MRR {o.get('MRR', float('nan')):.3f}>")


def _options(options: dict):
    from kgprobe.scorers.base import ScorerOptions

    known = [f.name for f in dataclasses.fields(ScorerOptions)]
    bad = sorted(set(options) - set(known))
    if bad:
        raise KgprobeError(f"unknown option {bad[0]!r} for kgprobe.evaluate (known: {', '.join(known)})")
    return ScorerOptions(**options)


def evaluate(model: str = "smollm2-135m", ontology: Optional[str] = None, battery: str = "default",
             limit: Optional[int] = None, out: Union[str, Path, None] = None, *, probes: Union[str, Path, None] = None,
             tasks: Optional[list] = None, seed: int = 0, abstain_below: Optional[float] = None, overwrite: bool = False, progress: bool = True,
             **options) -> Results:
    """Score ``battery``'s probes on ``ontology`` (default "world") with
    ``model`` (a spec as for ``kgprobe run --model``), like ``kgprobe run``.

    ``out``: the output folder (``OUT/<model-slug>/`` gets predictions.jsonl
    and results.json, and a run started again resumes); None scores into a
    temporary folder that is removed afterwards. ``probes``: a probes JSONL
    file instead of generating. ``tasks``: score only these tasks / rules
    (e.g. ``["SPO", "rdfs5"]``). ``options``: scorer options, the fields of
    :class:`kgprobe.scorers.base.ScorerOptions` (device, dtype, batch_size,
    pooling, norm, ...), as the flags of ``kgprobe run`` (the model spec may
    carry them too: ``"hf:gpt2,norm=mean"``); ``seed`` seeds them too. Raises
    :class:`kgprobe.errors.KgprobeError` for bad input.
    """
    from kgprobe.metrics.aggregate import small_groups
    from kgprobe.runner import RunConfig, load_probe_set, run_model, select_test
    from kgprobe.scorers.base import check_spec

    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
        raise KgprobeError(f"limit must be a positive integer, not {limit!r}")
    opts = _options({"seed": seed, **options})
    check_spec(model, opts, given=set(options))
    probe_set = load_probe_set(battery=battery, ontology=ontology, probes_file=str(probes) if probes else None)
    with tempfile.TemporaryDirectory(prefix="kgprobe-") as tmp:
        cfg = RunConfig(model=model, out=str(out if out is not None else tmp), limit=limit, seed=seed, options=opts,
                        tasks=tuple(tasks) if tasks else None, abstain_below=abstain_below, overwrite=overwrite, progress=progress)
        outcome = run_model(cfg, probe_set)
    small = small_groups(select_test(probe_set, limit, seed, tasks), select_test(probe_set, None, seed, tasks))
    if small:
        print(f"kgprobe: warning: {model}: {small}", file=sys.stderr)
    return Results(outcome.results, outcome.run_dir if out is not None else None)


def load_ontology(spec: str, lang: str = "en", fmt: Optional[str] = None, allow_network: bool = False):
    """An ontology from a path or a shipped name ("world"), as ``kgprobe ontology stats`` loads it."""
    from kgprobe.ontology.load import load_ontology as _load

    return _load(spec, lang=lang, fmt=fmt, allow_network=allow_network)


def generate_probes(ontology="world", battery="default") -> list:
    """The battery's probes (all splits) on ``ontology`` (an Ontology or a
    path / shipped name), as ``kgprobe probes`` writes them."""
    from kgprobe.probes.battery import load_battery
    from kgprobe.probes.generate import generate_probes as _generate

    onto = load_ontology(ontology) if isinstance(ontology, (str, Path)) else ontology
    bat = load_battery(battery) if isinstance(battery, (str, Path)) else battery
    probes, _summary = _generate(onto, bat)
    return probes
