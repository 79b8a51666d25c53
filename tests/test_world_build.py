"""tools/build_world.py regenerates the shipped world.ttl byte for byte from the
TSV tables in tools/world/, and refuses tables with errors."""

import importlib.util
import shutil
import subprocess
import sys

import pytest

from conftest import REPO

SHIPPED = REPO / "kgprobe" / "data" / "ontologies" / "world.ttl"
SCRIPT = REPO / "tools" / "build_world.py"


@pytest.fixture(scope="module")
def bw():
    spec = importlib.util.spec_from_file_location("build_world", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_regenerates_shipped_world_ttl(tmp_path):
    """The script as a user runs it (with its rdflib self-check), into a temp dir."""
    out = tmp_path / "world.ttl"
    proc = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "self-check passed" in proc.stdout
    assert out.read_bytes() == SHIPPED.read_bytes()


def test_order_of_tables_does_not_matter(bw, tmp_path):
    """Facts are sets: the tables renamed into the reverse order give the same bytes."""
    data = tmp_path / "world"
    shutil.copytree(bw.DATA, data)
    tables = sorted((data / "facts").glob("*.tsv"))
    for i, path in enumerate(reversed(tables)):
        path.rename(path.with_name(f"{i:03d}_{path.name}"))
    b = bw.build(data)
    assert b.errors == []
    assert b.turtle().encode("utf-8") == SHIPPED.read_bytes()


@pytest.mark.parametrize("edit, message", [
    (("Berlin\t\tCapitalCity\tGermany\t", "Berlin\t\tCapitalCity\tGermany\t\tUlm"), "too many cells"),
    (("Berlin\t\tCapitalCity", "Berlin\t\tCapitalKity"), "unknown class CapitalKity"),
    (("label\tiri\tclass\tcountry", "label\tiri\tclass\tkountry"), "unknown property 'kountry'"),
    (("Berlin\t\tCapitalCity\tGermany", "Berlin\t\tCapitalCity\tTexas"), "range of country violated by 'Texas'"),
    (("Berlin\t\tCapitalCity", "Paris\t\tCapitalCity"), "'Paris' declared twice"),
])
def test_bad_table_is_refused(bw, tmp_path, capsys, edit, message):
    data = tmp_path / "world"
    shutil.copytree(bw.DATA, data)
    path = data / "facts" / "04_settlements.tsv"
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    out = tmp_path / "world.ttl"
    assert bw.main(["--data", str(data), "--out", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert message in err and "nothing written" in err, err
