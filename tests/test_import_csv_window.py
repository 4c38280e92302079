"""File > Import Indicators from CSV: readable rows join the project, the others are listed by line."""

from __future__ import annotations

import pytest

from viewer.core.schema import COLUMNS
from viewer.qt.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_import_adds_rows_and_lists_unreadable_lines(window, tmp_path):
    csv_file = tmp_path / "rows.csv"
    header = ",".join(COLUMNS)
    good = "a.txt,地区生产总值,436.29,亿元,43629000000,元,,2021,6.7,yoy,示范区,economy,436.29亿元,0,8,句子"
    bad = "a.txt,高新技术企业,lots,家,,,,,,,,,,,,"
    csv_file.write_text("\n".join([header, good, bad, good.replace("436.29", "500")]) + "\n", encoding="utf-8")
    before = csv_file.read_bytes()

    assert window.import_indicators_csv(str(csv_file)) == 2
    assert window.model.counts() == (2, 2)
    assert sorted(window.model.frame()["value"]) == [436.29, 500]
    reasons = [problem.reason for problem in window.problems_panel.problems()]
    assert len(reasons) == 1 and reasons[0].startswith("line 3:")
    assert csv_file.read_bytes() == before  # the user's file is only read


def test_a_file_that_is_no_indicators_csv_is_refused(window, tmp_path):
    other = tmp_path / "notes.csv"
    other.write_text("name,age\nx,1\n", encoding="utf-8")
    with pytest.raises(ValueError):
        window.import_indicators_csv(str(other))
    assert window.model.counts() == (0, 0)
