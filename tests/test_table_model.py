"""The indicator table model and view: display, header-click sorting, selection, copy, export."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from viewer.core.schema import COLUMNS as SCHEMA_COLUMNS
from viewer.core.schema import indicators_frame
from viewer.core.table import FilterSpec, SortKey
from viewer.qt.table_model import ROW_ID_ROLE, IndicatorTableModel
from viewer.qt.table_view import IndicatorTableView, export_visible_csv, export_visible_excel
from helpers.indicator_rows import indicator

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal


@pytest.fixture
def frame() -> pd.DataFrame:
    return indicators_frame([
        indicator(indicator="企业数量", value=2500, unit="家", value_base=2500, base_unit="家", year=2022,
                  growth_pct=12.5, growth_kind="yoy", category="企业", sentence="企业数量2500家，增长12.5%。"),
        indicator(indicator="从业人员", value=18, unit="万人", value_base=180000, base_unit="人", year=None,
                  qualifier="over", category="人才"),
        indicator(indicator="营业收入", value=436.29, unit="亿元", value_base=4.3629e10, qualifier="approx",
                  growth_pct=8.1, growth_kind="avg_annual", category="经济"),
        indicator(indicator="研发投入", value=5, unit="亿元", value_base=5e8, year=2021, category="经济",
                  quote="R&D\t投入"),
        indicator(indicator="专利数量", value=np.nan, unit="件", value_base=np.nan, base_unit="件", category="创新"),
    ])


@pytest.fixture
def model(frame, qtbot) -> IndicatorTableModel:
    return IndicatorTableModel(frame)


@pytest.fixture
def view(model, qtbot) -> IndicatorTableView:
    table = IndicatorTableView(model)
    qtbot.addWidget(table)
    table.resize(1200, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def column(model: IndicatorTableModel, key: str) -> list[str]:
    section = model.section_of(key)
    return [model.index(row, section).data() for row in range(model.rowCount())]


def click_header(view: IndicatorTableView, qtbot, key: str, shift: bool = False) -> None:
    header = view.horizontalHeader()
    section = view.model().section_of(key)
    point = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, modifier, point)


# ----------------------------------------------------------------- display


def test_cells_read_as_formatted_numbers_and_marks(model):
    assert column(model, "value")[:3] == ["2,500 家", "18 万人", "436.29 亿元"]
    assert column(model, "value_base")[:3] == ["2,500 家", "180,000 人", "43,629,000,000 元"]
    assert column(model, "qualifier")[:3] == ["", ">", "约"]
    assert column(model, "year")[:2] == ["2022", ""]
    assert column(model, "growth")[:3] == ["+12.5%", "", "+8.1% (avg/yr)"]
    assert column(model, "source")[0] == "a.txt"
    assert column(model, "value")[4] == ""  # missing number: empty, not "nan"


def test_numbers_are_right_aligned_text_left(model):
    value = model.index(0, model.section_of("value"))
    name = model.index(0, model.section_of("indicator"))
    assert value.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert name.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft


def test_tooltip_is_the_sentence_and_row_id_role(model):
    model.set_sort([SortKey("value", ascending=False)])
    top = model.index(0, 0)
    assert top.data(ROW_ID_ROLE) == 2
    assert "营业收入1亿元。" in top.data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, HORIZONTAL, Qt.ItemDataRole.ToolTipRole)


def test_row_id_and_view_row_round_trip(model):
    model.set_sort([SortKey("value", ascending=False)])
    model.set_filter(FilterSpec(values={"unit": ["亿元", "家"]}))
    assert model.visible_row_ids().tolist() == [2, 3, 0]
    for view_row in range(model.rowCount()):
        assert model.view_row(model.row_id(view_row)) == view_row
    assert model.view_row(1) is None  # filtered out
    assert model.counts() == (3, 5)


def test_visible_rows_changed_reports_counts(model, qtbot):
    with qtbot.waitSignal(model.visibleRowsChanged) as signal:
        model.set_filter(FilterSpec(search="数量"))
    assert signal.args == [2, 5]


def test_new_frame_replaces_rows_and_cached_text(model, frame):
    assert column(model, "indicator")[0] == "企业数量"
    model.set_frame(frame.iloc[[3]].reset_index(drop=True))
    assert column(model, "indicator") == ["研发投入"]
    assert model.counts() == (1, 1)


# ----------------------------------------------------------------- sorting by header


def test_header_click_cycles_ascending_descending_original(view, qtbot):
    model = view.model()
    click_header(view, qtbot, "value")
    assert model.visible_row_ids().tolist() == [0, 1, 3, 2, 4]  # base units; missing last
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    click_header(view, qtbot, "value")
    assert model.visible_row_ids().tolist() == [2, 3, 1, 0, 4]
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(view, qtbot, "value")
    assert model.visible_row_ids().tolist() == [0, 1, 2, 3, 4]
    assert view.horizontalHeader().sortIndicatorSection() == -1


def test_shift_click_adds_a_secondary_key(view, qtbot):
    model = view.model()
    click_header(view, qtbot, "category")
    click_header(view, qtbot, "value", shift=True)
    click_header(view, qtbot, "value", shift=True)  # the secondary key turns descending
    assert model.sort_keys() == (SortKey("category"), SortKey("value", ascending=False))
    # Pinyin order: 创新 < 经济 < 企业 < 人才; within 经济 the larger value first.
    assert model.visible_row_ids().tolist() == [4, 2, 3, 0, 1]
    assert view.horizontalHeader().sortIndicatorSection() == model.section_of("category")
    assert model.headerData(model.section_of("value"), HORIZONTAL, DISPLAY).endswith("2")
    assert "descending" in model.headerData(model.section_of("value"), HORIZONTAL, Qt.ItemDataRole.ToolTipRole)
    click_header(view, qtbot, "year")  # a plain click starts over with one key
    assert model.sort_keys() == (SortKey("year"),)


def test_sorting_keeps_the_selected_row(view, qtbot):
    assert view.select_row_id(3)
    with qtbot.assertNotEmitted(view.rowSelected):
        click_header(view, qtbot, "value")
    assert view.current_row_id() == 3
    assert view.selected_row_ids().tolist() == [3]


# ----------------------------------------------------------------- selection


def test_select_row_id_selects_and_signals(view, qtbot):
    view.model().set_sort([SortKey("value")])
    with qtbot.waitSignal(view.rowSelected) as signal:
        assert view.select_row_id(2)
    assert signal.args == [2]
    assert view.currentIndex().row() == 3
    assert view.selected_row_ids().tolist() == [2]


def test_select_row_id_of_a_hidden_row_is_refused(view):
    view.model().set_filter(FilterSpec(values={"unit": ["家"]}))
    assert not view.select_row_id(2)
    assert view.selected_row_ids().tolist() == []


def test_clicking_a_row_emits_its_row_id(view, qtbot):
    view.model().set_sort([SortKey("value", ascending=False)])
    rect = view.visualRect(view.model().index(1, 0))
    with qtbot.waitSignal(view.rowSelected) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [3]


def test_filtering_keeps_selected_rows_that_stay_visible(view, qtbot):
    model = view.model()
    view.select_row_id(2)
    model.set_filter(FilterSpec(values={"unit": ["亿元"]}))
    assert view.current_row_id() == 2
    assert view.selected_row_ids().tolist() == [2]
    with qtbot.waitSignal(view.rowSelected) as signal:
        model.set_filter(FilterSpec(values={"unit": ["家"]}))
    assert signal.args == [-1]
    assert view.selected_row_ids().tolist() == []


# ----------------------------------------------------------------- copy


def test_ctrl_c_copies_selected_rows_as_tsv_with_header(view, qtbot):
    model = view.model()
    model.set_sort([SortKey("value", ascending=False)])
    view.selectRow(0)
    view.selectionModel().select(model.index(1, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == list(SCHEMA_COLUMNS)
    assert len(lines) == 3
    assert lines[1].split("\t")[1:4] == ["营业收入", "436.29", "亿元"]
    assert lines[2].split("\t")[1] == "研发投入"
    assert '"R&D\t投入"' in lines[2]  # a tab inside a field is quoted


# ----------------------------------------------------------------- export


def test_export_visible_rows_to_csv_and_excel(model, tmp_path):
    model.set_filter(FilterSpec(values={"unit": ["亿元", "件"]}))
    model.set_sort([SortKey("value", ascending=False)])
    csv_path, excel_path = tmp_path / "visible.csv", tmp_path / "visible.xlsx"
    export_visible_csv(model, csv_path)
    export_visible_excel(model, excel_path)
    expected = ["营业收入", "研发投入", "专利数量"]
    from_csv = pd.read_csv(csv_path, encoding="utf-8-sig")
    from_excel = pd.read_excel(excel_path)
    assert csv_path.read_bytes()[:3] == b"\xef\xbb\xbf"
    for back in (from_csv, from_excel):
        assert list(back.columns) == list(SCHEMA_COLUMNS)
        assert back["indicator"].tolist() == expected
        assert back["value_base"].tolist()[:2] == [4.3629e10, 5e8]


def test_selection_follows_row_ids_when_rows_are_appended(view, frame, qtbot):
    view.select_row_id(3)
    view.model().set_frame(pd.concat([frame, frame], ignore_index=True))
    assert view.current_row_id() == 3 and view.selected_row_ids().tolist() == [3]
    with qtbot.waitSignal(view.rowSelected) as signal:
        view.model().set_frame(frame.iloc[::-1].reset_index(drop=True), keep_selection=False)
    assert signal.args == [-1]
    assert view.current_row_id() is None and view.selected_row_ids().tolist() == []


def test_the_table_sorts_chinese_text_in_pinyin_order(qtbot):
    model = IndicatorTableModel(indicators_frame([indicator(subject=s) for s in ["中关村", "上海", "北京", "安徽"]]))
    model.set_sort([SortKey("subject", True)])
    assert list(model.visible_frame()["subject"]) == ["安徽", "北京", "上海", "中关村"]
