"""The filter panel: search (plain and regex), checklists, ranges, clear, the "N of M" count."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from viewer.core.schema import indicators_frame
from viewer.core.table import FilterSpec
from viewer.qt.filter_panel import FilterPanel
from viewer.qt.formatting import parse_number
from viewer.qt.table_model import IndicatorTableModel
from helpers.indicator_rows import indicator


@pytest.fixture
def frame() -> pd.DataFrame:
    return indicators_frame([
        indicator(indicator="企业数量", value=2500, unit="家", value_base=2500, year=2022, growth_pct=12.5,
                  subject="东湖高新区", source="b.txt"),
        indicator(indicator="从业人员", value=18, unit="万人", value_base=180000, year=None, subject=""),
        indicator(indicator="营业收入", value=436.29, value_base=4.3629e10, growth_pct=-3.0, subject="中关村"),
        indicator(indicator="研发投入", value=5, value_base=5e8, year=2021, growth_pct=8.0, subject="张江"),
    ])


@pytest.fixture
def model(frame) -> IndicatorTableModel:
    return IndicatorTableModel(frame)


@pytest.fixture
def panel(model, qtbot) -> FilterPanel:
    widget = FilterPanel(model)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def wait_for_count(qtbot, panel: FilterPanel, text: str) -> None:
    qtbot.waitUntil(lambda: panel.count_label.text() == text, timeout=2000)


def test_count_is_shown_from_the_start(panel):
    assert panel.count_label.text() == "4 of 4 indicators"


def test_typing_a_search_filters_after_a_pause(panel, model, qtbot):
    with qtbot.waitSignal(panel.filterChanged, timeout=2000) as signal:
        qtbot.keyClicks(panel.search_edit, "B.TXT")  # QTest types Latin-1 only
    assert signal.args[0].search == "B.TXT"
    wait_for_count(qtbot, panel, "1 of 4 indicators")
    assert model.visible_row_ids().tolist() == [0]


def test_keystrokes_are_debounced_into_one_filter(panel, qtbot):
    emitted = []
    panel.filterChanged.connect(emitted.append)
    for character in "中关村":  # typed one character at a time, as an input method would
        panel.search_edit.insert(character)
    qtbot.waitUntil(lambda: len(emitted) > 0, timeout=2000)
    qtbot.wait(250)
    assert [spec.search for spec in emitted] == ["中关村"]


def test_regex_search_and_invalid_regex(panel, model, qtbot):
    panel.regex_button.setChecked(True)
    panel.search_edit.setText("^(企业|研发)")
    wait_for_count(qtbot, panel, "2 of 4 indicators")
    assert panel.error_label.isHidden()
    panel.search_edit.setText("研发(")  # must not raise
    wait_for_count(qtbot, panel, "0 of 4 indicators")
    assert not panel.error_label.isHidden()
    assert "missing )" in panel.error_label.text()
    panel.regex_button.setChecked(False)  # the same text, plain: no match, no error
    assert panel.error_label.isHidden()


def test_checklist_filters_by_value(panel, model, qtbot):
    units = panel.checklist("unit")
    assert units.values() == ["万人", "亿元", "家"]
    with qtbot.waitSignal(panel.filterChanged) as signal:
        units.set_checked(["亿元"], notify=True)
    assert signal.args[0].values == {"unit": ["亿元"]}
    assert panel.count_label.text() == "2 of 4 indicators"
    assert "(1)" in units.text()


def test_checklist_items_toggle_values(panel, model, qtbot):
    years = panel.checklist("year")
    years.load_values()
    assert years.values() == [2021, 2022, 2023, None]
    items = years._list
    missing_year = next(items.item(i) for i in range(items.count()) if items.item(i).text().startswith("(none)"))
    missing_year.setCheckState(Qt.CheckState.Unchecked)
    assert panel.count_label.text() == "3 of 4 indicators"
    assert panel.spec().values["year"] == [2021, 2022, 2023]
    json.dumps(panel.spec().to_dict())  # plain Python values: savable
    missing_year.setCheckState(Qt.CheckState.Checked)
    assert "year" not in panel.spec().values  # all checked again: no filter
    assert panel.count_label.text() == "4 of 4 indicators"


def test_checklist_search_narrows_the_list(panel):
    subjects = panel.checklist("subject")
    subjects.load_values()
    assert subjects._list.count() == 4
    subjects._search.setText("高新")
    assert [subjects._list.item(i).text().split()[0] for i in range(subjects._list.count())] == ["东湖高新区"]


def test_numeric_ranges(panel, qtbot):
    low, high = panel.range_edits("growth_pct")
    low.setText("0")
    wait_for_count(qtbot, panel, "2 of 4 indicators")
    low.setText("")
    base_low, _ = panel.range_edits("value_base")
    base_low.setText("1万")
    wait_for_count(qtbot, panel, "3 of 4 indicators")
    _, year_high = panel.range_edits("year")
    year_high.setText("2022")  # the row with no year and the 2023 row drop out
    wait_for_count(qtbot, panel, "1 of 4 indicators")
    assert panel.spec().ranges == {"value_base": (1e4, None), "year": (None, 2022)}


def test_invalid_range_text_is_marked_and_ignored(panel, qtbot):
    low, _ = panel.range_edits("year")
    low.setText("abc")
    qtbot.wait(250)
    assert "border" in low.styleSheet()
    assert panel.spec().ranges == {}
    assert panel.count_label.text() == "4 of 4 indicators"


def test_filters_combine_and_clear_restores_everything(panel, model, qtbot):
    panel.checklist("unit").set_checked(["亿元", "家"], notify=True)
    panel.search_edit.setText("中关村")
    wait_for_count(qtbot, panel, "1 of 4 indicators")
    with qtbot.waitSignal(panel.filterChanged) as signal:
        qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].is_empty()
    assert panel.count_label.text() == "4 of 4 indicators"
    assert panel.search_edit.text() == "" and panel.checklist("unit").checked() is None


def test_set_spec_restores_a_saved_filter(panel, model, qtbot):
    saved = FilterSpec(search="高新", values={"year": [2022], "qualifier": [""]}, ranges={"value_base": (1000, None)})
    restored = FilterSpec.from_dict(json.loads(json.dumps(saved.to_dict())))
    panel.set_spec(restored)
    assert panel.search_edit.text() == "高新"
    assert panel.checklist("year").checked() == [2022]
    assert panel.range_edits("value_base")[0].text() == "1000"
    assert panel.spec() == saved  # the qualifier filter, which has no control here, is kept
    assert model.visible_row_ids().tolist() == [0]
    assert panel.count_label.text() == "1 of 4 indicators"


def test_count_follows_a_new_frame(panel, model, frame):
    model.set_frame(frame.iloc[:2].reset_index(drop=True))
    assert panel.count_label.text() == "2 of 2 indicators"
    assert panel.checklist("unit").values() == ["万人", "家"]


@pytest.mark.parametrize(("text", "number"), [
    ("1,234", 1234.0), ("1.5e6", 1.5e6), ("3万", 3e4), ("2.5亿", 2.5e8), ("-4", -4.0), ("", None),
])
def test_typed_numbers(text, number):
    assert parse_number(text) == number


def test_typed_garbage_is_a_value_error():
    with pytest.raises(ValueError):
        parse_number("12abc")


class ShoutingTranslator(QTranslator):
    """A stand-in language: every text in capitals."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        return source_text.upper()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def test_retranslate_sets_every_text_again_and_keeps_the_filter(panel, model, qtbot):
    panel.checklist("unit").set_checked(["亿元"], notify=True)
    translator = ShoutingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        panel.retranslate()
        model.retranslate()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert panel.clear_button.text() == "CLEAR FILTERS"
    assert panel.count_label.text() == "2 OF 4 INDICATORS"
    assert panel.checklist("unit").text() == "UNIT (1)"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "INDICATOR"
    assert panel.spec().values == {"unit": ["亿元"]}
