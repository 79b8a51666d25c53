"""explain.html in headless Chromium (as the leaderboard page is tested);
skipped with the reason where playwright or chromium is missing."""

from __future__ import annotations

import pytest

from test_report_browser import browser  # noqa: F401  (fixture: skips without playwright / chromium)
from kgprobe.explain.render import write_html

pytestmark = pytest.mark.browser


def _target(cand, tokens, parts, **attr):
    return {"candidate": cand, "score": -1.0, "tokens": tokens, "parts": parts, "query": [len(tokens) - 1],
            "attributions": attr}


ROWS = [
    {"probe_id": "aaaa", "task": "rdfs9", "setting": "EX-EX", "family": None, "gold": "dog", "top1": "cat",
     "correct": False, "confidence": 0.4,
     "targets": {
         "gold": _target("dog", ["<s>", "Rex", "Ġis", "Ġa", "Ġ<dog>"], ["special", "P2", "P2", "template", "answer"],
                         attention_mean=[0.5, 0.3, 0.1, 0.05, 0.05], integrated_gradients=[0.0, 2.0, -1.0, 0.1, 0.0]),
         "top1": _target("cat", ["<s>", "Rex", "Ġis", "Ġa"], ["special", "P2", "P2", "template"],
                         attention_mean=[0.5, 0.3, 0.1, 0.1], integrated_gradients=[0.0, 0.5, 0.5, 0.1])},
     "ablation": {"no_P2": {"gold_delta": -1.5, "top1_delta": 0.2, "top1_after": "cat"}}},
    {"probe_id": "bbbb", "task": "TP", "setting": None, "family": None, "gold": "x", "top1": "x", "correct": True,
     "confidence": 0.9,
     "targets": {"gold": _target("x", ["a", "b"], ["subject", "template"], attention_mean=[0.9, 0.1],
                                 integrated_gradients=[-0.2, 0.1]), "top1": "gold"}},
]


def test_explain_page_in_chromium(browser, tmp_path):  # noqa: F811
    ctx, requests = browser
    path = tmp_path / "explain.html"
    write_html(ROWS, {"run": {"model": "hf:tiny<model>"}}, path)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.resolve().as_uri())
    assert page.locator("section.probe").count() == 2
    assert "hf:tiny<model>" in page.title()  # escaped in the source, shown as text

    def shown():
        return [(h.get_attribute("data-method"), h.get_attribute("data-role"))
                for h in page.locator(".heat").all() if h.is_visible()]

    assert shown() == [("attention_mean", "gold"), ("attention_mean", "gold")]  # the first method, gold
    first = page.locator("section.probe").first.locator(".heat:visible .tok")
    assert first.all_inner_texts()[1:4] == ["Rex", " is", " a"] and first.count() == 5
    assert "<dog>" in first.last.inner_text()  # token text is escaped
    page.select_option("#method", "integrated_gradients")
    assert shown() == [("integrated_gradients", "gold"), ("integrated_gradients", "gold")]
    toks = page.locator("section.probe").first.locator(".heat:visible .tok")
    colour = [t.evaluate("e => getComputedStyle(e).backgroundColor") for t in toks.all()]
    assert colour[1].startswith("rgba(214, 39, 40") and colour[2].startswith("rgba(31, 119, 180")  # + red, - blue
    assert toks.nth(1).get_attribute("title") == "P2: 2"
    page.select_option("#role", "top1")
    # the second probe's top-1 is its gold: its gold heatmap is shown under top-1 too
    assert shown() == [("integrated_gradients", "top1"), ("integrated_gradients", "top1")]
    assert page.locator("section.probe").first.locator(".heat:visible .tok").count() == 4  # the top-1 target
    assert page.locator("table.ablation").count() == 1
    assert errors == []
    assert requests and all(u.startswith("file://") for u in requests), requests
