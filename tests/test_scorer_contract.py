"""Every registered scorer passes the contract in tests/cases.py.

The parameters come from the registry (``SCORERS.names()``), not from a list
kept here: a scorer that registers a new name fails this file until it adds
a case to ``CASES`` in tests/cases.py (a tiny model or fake server that
builds it from its spec string)."""

import importlib.util
import os

import pytest

import cases
from kgprobe.scorers import SCORERS, ScorerOptions, make_scorer


def _shipped() -> list[str]:
    """The names kgprobe itself registers (not the fakes other test files register for themselves)."""
    return [n for n in SCORERS.names() if getattr(SCORERS.get(n).factory, "__module__", "").startswith("kgprobe.")]


def _params():
    out = []
    for name in _shipped():
        variants = cases.CASES.get(name) or [None]
        out += [pytest.param((name, c), id=c.id if c else f"{name}-NO-CASE") for c in variants]
    return out


def test_every_registered_scorer_has_a_case():
    missing = [n for n in _shipped() if not cases.CASES.get(n)]
    assert not missing, f"registered scorers without a contract case in tests/cases.py CASES: {missing}"
    assert set(cases.CASES) <= set(SCORERS.names()), "CASES names a scorer that is not registered"


@pytest.fixture(scope="session")
def workshop(tmp_path_factory):
    w = cases.Workshop(tmp_path_factory)
    yield w
    w.close()


@pytest.fixture(scope="module", params=_params())
def case(request):
    name, c = request.param
    if c is None:
        pytest.fail(f"scorer {name!r} is registered but has no contract case: add one to CASES in tests/cases.py")
    if c.needs and importlib.util.find_spec(c.needs) is None:
        pytest.skip(f"{c.id}: {c.needs} is not installed in this venv")
    if c.real and os.environ.get("KGPROBE_CONTRACT_REAL") != "1":
        pytest.skip(f"{c.id}: a real pretrained model (minutes of CPU); run with KGPROBE_CONTRACT_REAL=1")
    return c


@pytest.fixture(scope="module")
def build(case, workshop):
    """``build(seed=0, batch_size=64, fresh=False)``: the case's scorer from its
    spec string, fitted on the case's training probes when it has ``fit``;
    memoised per (seed, batch size) unless ``fresh``."""
    made = {}

    def make(seed=0, batch_size=64, fresh=False):
        key = (seed, batch_size)
        if fresh or key not in made:
            scorer = make_scorer(case.spec(workshop), ScorerOptions(device="cpu", seed=seed, batch_size=batch_size))
            if callable(getattr(scorer, "fit", None)):
                scorer.fit(case.train())
            if fresh:
                return scorer
            made[key] = scorer
        return made[key]

    yield make
    for scorer in made.values():
        close = getattr(scorer, "close", None)
        if callable(close):
            close()


class TestScorerContract(cases.ScorerContract):
    pass
