"""The batch command as a user runs it: CSV/JSON out, bad files reported, the batch goes on."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

from viewer.core.schema import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "000_b8a99ac8d333fe78.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "viewer", "extract", *args], capture_output=True, cwd=ROOT, timeout=120
    )


def test_csv_to_stdout_has_the_schema_and_the_sample_rows():
    result = run(str(SAMPLE))
    assert result.returncode == 0, result.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert tuple(rows[0].keys()) == COLUMNS
    assert len(rows) == 46
    first = rows[0]
    assert (first["indicator"], first["value"], first["unit"], first["value_base"]) == (
        "地区生产总值", "436.29", "亿元", "43629000000")


def test_folder_with_a_bad_file_reports_it_and_keeps_the_rest(tmp_path):
    shutil.copy(SAMPLE, tmp_path / "good.txt")
    (tmp_path / "nested").mkdir()
    shutil.copy(SAMPLE, tmp_path / "nested" / "copy.html")
    (tmp_path / "empty.txt").write_bytes(b"")
    output = tmp_path / "out" / "rows.json"
    output.parent.mkdir()
    result = run(str(tmp_path), "--format", "json", "-o", str(output), "--jobs", "1")
    assert result.returncode == 1
    assert "empty.txt" in result.stderr.decode()
    records = json.loads(output.read_text(encoding="utf-8"))
    assert len(records) == 92  # both readable copies, nothing from the empty file
    assert {Path(r["source"]).name for r in records} == {"good.txt", "copy.html"}


def test_missing_path_is_an_error_with_its_name(tmp_path):
    result = run(str(tmp_path / "nope.html"))
    assert result.returncode == 1
    assert "nope.html" in result.stderr.decode()


def test_process_pool_gives_the_same_rows_as_one_process(tmp_path):
    for i in range(10):
        shutil.copy(SAMPLE, tmp_path / f"a{i}.txt")
    single = run(str(tmp_path), "--jobs", "1").stdout
    pooled = run(str(tmp_path), "--jobs", "2").stdout
    assert single == pooled and single.count(b"\n") == 1 + 460
