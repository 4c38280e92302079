"""Exports with review state and corrections, read back with pandas; CSV import with a problem report."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from helpers.project_rows import result

from viewer.core import review
from viewer.core.io_formats import CsvFormatError, read_indicators_csv, review_frame, write_frame
from viewer.core.project import Project
from viewer.core.schema import COLUMNS


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "export.ivproj") as project:
        project.add_results([result()])
        frame = project.indicators_frame()
        keys = dict(zip(frame["indicator"], frame["row_key"].astype(int)))
        project.apply(review.change_field(project, keys["地区生产总值"], "value", 436.29))
        project.apply(review.reject(project, keys["规上工业总产值"]))
        yield project


def _read(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    if fmt == "xlsx":
        return pd.read_excel(path, engine="openpyxl")
    return pd.read_parquet(path, engine="pyarrow")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_export_carries_state_corrections_and_provenance(project, tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    write_frame(review_frame(project), path)
    back = _read(path, fmt)
    assert list(back.columns) == list(COLUMNS) + ["review_state", "origin"]
    by_name = back.set_index("indicator")
    assert by_name.loc["地区生产总值", "value"] == 436.29
    assert by_name.loc["地区生产总值", "review_state"] == "corrected"
    assert by_name.loc["规上工业总产值", "review_state"] == "rejected"
    assert by_name.loc["高新技术企业", "quote"] == "512家"
    assert int(by_name.loc["高新技术企业", "start"]) > 0
    assert not list(tmp_path.glob(".out*"))  # no temporary file left behind


def test_export_can_leave_out_rejected_rows(project):
    frame = review_frame(project, include_rejected=False)
    assert "rejected" not in set(frame["review_state"]) and len(frame) == 2


def test_export_then_import_round_trip(project, tmp_path):
    path = tmp_path / "out.csv"
    exported = review_frame(project)
    write_frame(exported, path)
    found = read_indicators_csv(path)
    assert found.problems == []
    assert [r.value for r in found.rows] == list(exported["value"])
    assert found.review_states == list(exported["review_state"])
    assert found.rows[0].year == 2023 and found.rows[1].growth_pct is None


def test_import_reports_each_bad_row_by_line(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(
        "source,indicator,value,unit,year,start,end,review_state\n"  # line 1
        "a.txt,GDP,436.3,亿元,2023,10,17,confirmed\n"  # 2: fine
        "a.txt,GDP,lots,亿元,2023,10,17,\n"  # 3: value
        '"a.txt","a name\nover two lines",1,个,2023,1,2,\n'  # 4-5: fine, spans two lines
        "a.txt,GDP,1,亿元,20x3,1,2,\n"  # 6: year
        "a.txt,,1,亿元,2023,1,2,\n"  # 7: no name
        "a.txt,GDP,1\n"  # 8: short row
        "\n"  # 9: blank, skipped
        "a.txt,GDP,1,亿元,2023,1,2,maybe\n",  # 10: state
        encoding="utf-8",
    )
    found = read_indicators_csv(path)
    assert [r.indicator for r in found.rows] == ["GDP", "a name\nover two lines"]
    assert found.review_states == ["confirmed", "unreviewed"]
    problems = [(p.line, p.reason) for p in found.problems]
    assert [line for line, _ in problems] == [3, 6, 7, 8, 10]
    assert "value 'lots' is not a number" in problems[0][1]
    assert "year" in problems[1][1] and "indicator is empty" in problems[2][1]
    assert "3 fields" in problems[3][1] and "review_state 'maybe'" in problems[4][1]


def test_import_reads_gb18030_from_spreadsheets(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("source,indicator,value\n文章.txt,地区生产总值,436.3\n".encode("gb18030"))
    found = read_indicators_csv(path)
    assert [(r.source, r.indicator, r.value, r.start) for r in found.rows] == [("文章.txt", "地区生产总值", 436.3, -1)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"name,amount\nx,1\n", "no column source"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
    ],
)
def test_import_refuses_files_that_are_not_indicator_csv(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(CsvFormatError, match=message):
        read_indicators_csv(path)
