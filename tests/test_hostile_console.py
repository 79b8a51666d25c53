"""Issue 13: library noise held back (--verbose shows it), progress lines for
long stages (--no-progress), XML entities Protégé writes still load, and
Markdown leaderboards escape HTML."""

import json
import shutil

from kgprobe.ontology.load import load_ontology
from kgprobe.report.leaderboard import leaderboard_from_paths, render
from conftest import FIXTURES, run_cli

HOSTILE = FIXTURES / "hostile"


def test_owlready2_noise_only_under_verbose():
    f = HOSTILE / "ontology" / "owlxml_unclosed.owl"  # without --verbose: one line (tests/test_hostile.py)
    loud = run_cli("ontology", "stats", f, "--verbose", timeout=60)
    assert loud.returncode == 2
    lines = loud.stderr.strip().splitlines()
    assert lines[-1].startswith("kgprobe: error: ") and str(f) in lines[-1]
    assert any("owlxml_unclosed.owl: parser: Traceback" in x for x in lines[:-1])  # owlready2's own traceback
    assert all(x.startswith("kgprobe: ") for x in lines)


def test_progress_lines_for_long_stages_and_no_progress():
    env = {"KGPROBE_PROGRESS_AFTER": "0"}  # every stage counts as long
    r = run_cli("ontology", "stats", FIXTURES / "tiny.ttl", env=env, timeout=60)
    assert r.returncode == 0
    for label in ("parsing tiny.ttl", "reading classes, properties and instances of tiny.ttl", "graphs of tiny",
                  "RDFS closure of tiny"):
        assert f"kgprobe: {label}" in r.stderr and "done in" in r.stderr, r.stderr
    quiet = run_cli("ontology", "stats", FIXTURES / "tiny.ttl", "--no-progress", env=env, timeout=60)
    assert quiet.returncode == 0 and quiet.stderr == ""  # (by default, stages under 2 s print nothing either)


def test_simple_xml_entities_still_load():
    onto = load_ontology(str(FIXTURES / "entities_ok.owl"))
    assert sorted(e.label for e in onto.classes.values()) == ["animal", "cat"]
    assert onto.subclass_of == [("http://example.org/zoo#Cat", "http://example.org/zoo#Animal")]


def test_markdown_leaderboard_escapes_html(tmp_path):
    src = FIXTURES / "report_runs" / "baseline_random" / "results.json"
    d = json.loads(src.read_text())
    d["model"] = "evil</script><script>alert(1)</script>|x"
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "results.json").write_text(json.dumps(d))
    shutil.copytree(FIXTURES / "report_runs" / "baseline_frequency", tmp_path / "other")
    lb, _ = leaderboard_from_paths([tmp_path])
    md = render(lb, "md")
    assert "<script>" not in md and "</script>" not in md
    assert "evil&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\|x" in md
    rows = [line for line in md.splitlines() if line.startswith("| evil")]
    assert len(rows) == 1 and rows[0].count(" | ") == md.splitlines()[2].count(" | ")  # the | did not add a cell
