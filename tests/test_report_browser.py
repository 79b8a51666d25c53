"""The HTML leaderboard in headless Chromium (Playwright, Debian's chromium).

Skipped, with the reason, when the ``playwright`` package or the chromium
binary is missing. Install: ``pip install playwright`` (never
``playwright install``) and ``apt-get install -y chromium``.
"""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import FIXTURES
from kgprobe.cli.main import main

pytestmark = pytest.mark.browser

RUNS = FIXTURES / "report_runs"
ORDER = ["smollm2-135m", "kge:runs/transe", "baseline:frequency", "baseline:random"]
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _chromium() -> str | None:
    for cand in (os.environ.get("KGPROBE_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                 shutil.which("chromium-browser")):
        if cand and os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    return None


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "leaderboard.html"
    assert main(["leaderboard", str(RUNS), "--ci", "--format", "html", "--out", str(out)]) == 0
    return out.resolve().as_uri()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is not installed (pip install playwright)"
    )
    exe = _chromium()
    if exe is None:
        pytest.skip("no chromium binary (apt-get install -y chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")  # a new, empty user data dir
    with sync_api.sync_playwright() as pw:
        try:
            ctx = pw.chromium.launch_persistent_context(
                str(profile), executable_path=exe, headless=True, args=FLAGS,
                viewport={"width": 1400, "height": 900},
            )
        except Exception as exc:  # e.g. a chromium too old for this playwright
            pytest.skip(f"chromium at {exe} did not start under playwright: {str(exc).splitlines()[0]}")
        requests: list[str] = []
        ctx.on("request", lambda r: requests.append(r.url))
        try:
            yield ctx, requests
        finally:
            ctx.close()


def _models(page) -> list[str]:
    return page.locator("#T_leaderboard tbody tr td:first-child").all_inner_texts()


def test_leaderboard_in_chromium(browser, page_url):
    ctx, requests = browser
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_url)

    # the table has the expected rows, baselines last
    assert _models(page) == ORDER
    assert page.locator("#T_leaderboard td.best").count() == 8

    # clicking a header sorts (numbers: best first, then ascending); missing values stay last
    header = page.locator("#T_leaderboard thead th", has_text="DM")
    header.click()
    assert header.get_attribute("aria-sort") == "descending"
    assert _models(page) == ["baseline:frequency", "smollm2-135m", "baseline:random", "kge:runs/transe"]
    header.click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert _models(page) == ["baseline:random", "smollm2-135m", "baseline:frequency", "kge:runs/transe"]
    page.locator("#T_leaderboard thead th", has_text="TP").click()
    assert _models(page) == ["kge:runs/transe", "smollm2-135m", "baseline:frequency", "baseline:random"]
    assert header.get_attribute("aria-sort") is None
    page.locator("#T_leaderboard thead th", has_text="model").click()
    assert _models(page) == sorted(ORDER)

    # the manifest on hover (title) and on expand (<details>)
    assert "battery default" in page.locator("#T_leaderboard td[title]").first.get_attribute("title")

    # a tab switch shows the reasoning heatmaps
    heat = page.locator("#tab-reasoning table.heatmap").first
    assert not heat.is_visible()
    page.click("nav.tabs button[data-tab=reasoning]")
    assert heat.is_visible()
    assert not page.locator("#T_leaderboard").is_visible()
    assert page.locator("#tab-reasoning table.heatmap").count() == 6  # rdfs9 and rdfs11 x 3 models
    cell = heat.locator("tbody td").first
    assert cell.inner_text() == "0.900"  # smollm2 rdfs9 EX-EX
    bg = cell.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
    low = heat.locator("tbody td").last  # NO-NO 0.400: a different colour
    assert low.evaluate("e => getComputedStyle(e).backgroundColor") != bg

    page.click("nav.tabs button[data-tab=runs]")
    pre = page.locator("#tab-runs details pre").first
    assert not pre.is_visible()
    page.locator("#tab-runs details summary").first.click()
    assert pre.is_visible() and "battery_sha256" in pre.inner_text()

    page.click("nav.tabs button[data-tab=calibration]")
    assert page.locator("#T_calibration").is_visible()
    assert errors == []

    # nothing left the page: the only request is the file itself
    assert requests and all(u.startswith("file://") for u in requests), requests


def _shown_tab(page) -> list[str]:
    return [s.get_attribute("id") for s in page.locator("section.tab").all() if s.is_visible()]


def test_tabs_have_url_hashes(browser, page_url):
    ctx, _ = browser
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_url + "#reasoning")  # a link to a tab opens that tab
    assert _shown_tab(page) == ["tab-reasoning"]
    assert page.locator("nav.tabs button[data-tab=reasoning]").get_attribute("aria-selected") == "true"
    assert page.locator("#tab-reasoning table.heatmap").first.is_visible()
    assert not page.locator("#T_leaderboard").is_visible()

    page.click("nav.tabs button[data-tab=calibration]")  # a click sets the hash
    assert page.evaluate("location.hash") == "#calibration"
    assert _shown_tab(page) == ["tab-calibration"]
    page.go_back()  # Back returns to the tab before
    page.wait_for_function("location.hash === '#reasoning'")
    page.wait_for_function("!document.getElementById('tab-reasoning').hidden")
    assert _shown_tab(page) == ["tab-reasoning"]

    page.goto(page_url.split("#")[0] + "#no-such-tab")  # an unknown hash: the first tab
    page.reload()
    assert _shown_tab(page) == ["tab-leaderboard"]
    assert errors == []
