"""The real window, driven as a user would: open, sort, filter, select, click, save, remember."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from viewer.core.table import FilterSpec
from viewer.qt import i18n
from viewer.qt.fonts import install_bundled_font
from viewer.qt.main_window import MainWindow
from viewer.qt.settings import Settings
from viewer.resources import sample_paths

from helpers.window import LOAD_TIMEOUT_MS, open_and_wait, window_maker


@pytest.fixture
def make_window(qtbot):
    yield window_maker(qtbot)
    i18n.set_language(i18n.ENGLISH)


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def loaded(qtbot, window):
    open_and_wait(qtbot, window, sample_paths())
    return window


def click_header(qtbot, window: MainWindow, section: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_opening_the_sample_shows_rows_and_the_first_rows_text(loaded):
    visible, total = loaded.model.counts()
    assert total > 0 and visible == total
    assert list(loaded.documents()) == sample_paths()
    first = int(loaded.model.visible_row_ids()[0])
    assert loaded.table.current_row_id() == first
    assert loaded.text_pane.highlighted_text() == loaded.frame()["quote"].iat[first]


def test_header_click_sorts_by_value(qtbot, loaded):
    def amounts() -> np.ndarray:
        frame = loaded.frame()
        return frame["value_base"].fillna(frame["value"]).to_numpy()[loaded.model.visible_row_ids()]

    section = loaded.model.section_of("value")
    click_header(qtbot, loaded, section)
    ascending = amounts()
    assert len(ascending) > 2 and np.all(np.diff(ascending) >= 0) and ascending[0] < ascending[-1]
    click_header(qtbot, loaded, section)
    descending = amounts()
    assert np.all(np.diff(descending) <= 0) and descending[0] > descending[-1]


def test_search_filters_rows_and_updates_the_count(qtbot, loaded):
    total = loaded.model.counts()[1]
    loaded.filter_panel.search_edit.setText("人才")
    qtbot.waitUntil(lambda: loaded.model.counts()[0] < total, timeout=5000)
    visible = loaded.model.counts()[0]
    assert visible > 0
    assert loaded.filter_panel.count_label.text() == f"{visible} of {total} indicators"
    frame = loaded.frame()
    for row_id in loaded.model.visible_row_ids():
        row = frame.iloc[int(row_id)]
        assert any("人才" in row[c] for c in ("indicator", "subject", "quote", "source"))


def test_selecting_a_row_highlights_its_quote(loaded):
    frame = loaded.frame()
    for row_id in (3, len(frame) - 1):
        assert loaded.select_row(row_id)
        document = loaded.documents()[frame["source"].iat[row_id]]
        quote = document.text[frame["start"].iat[row_id]:frame["end"].iat[row_id]]
        assert loaded.text_pane.highlighted_text() == quote == frame["quote"].iat[row_id]
        assert loaded.text_pane.selected_row_id() == row_id
        assert loaded.plot_panel.selected == row_id


def test_clicking_a_marked_figure_selects_its_row(qtbot, loaded):
    loaded.select_row(0)
    target = loaded.text_pane.marked_row_ids()[5]
    point = loaded.text_pane.mark_position(target)
    qtbot.mouseClick(loaded.text_pane.text_viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert loaded.table.current_row_id() == target
    assert loaded.text_pane.selected_row_id() == target


def test_plot_click_selects_the_row(loaded):
    target = int(loaded.model.visible_row_ids()[-1])
    loaded.plot_panel.rowClicked.emit(target)
    assert loaded.table.current_row_id() == target
    assert loaded.text_pane.highlighted_text() == loaded.frame()["quote"].iat[target]


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<svg")])
def test_save_plot_action_writes_the_file(loaded, tmp_path, monkeypatch, suffix, magic):
    target = tmp_path / f"plot{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    loaded.save_plot_action.trigger()
    data = target.read_bytes()
    assert magic in data[:400] and len(data) > 1000


def test_save_plot_button_writes_the_file(qtbot, loaded, tmp_path, monkeypatch):
    target = tmp_path / "plot.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(loaded.save_plot_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_export_visible_table_to_csv(qtbot, loaded, tmp_path):
    loaded.filter_panel.search_edit.setText("亿元")
    qtbot.waitUntil(lambda: loaded.model.counts()[0] < loaded.model.counts()[1], timeout=5000)
    target = tmp_path / "rows.csv"
    loaded.export_table(str(target))
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == loaded.model.counts()[0] + 1


def test_bad_files_are_listed_and_the_rest_load(qtbot, window, tmp_path):
    shutil.copy(sample_paths()[0], tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    open_and_wait(qtbot, window, [tmp_path])
    assert [p.path.rsplit("/", 1)[-1] for p in window.problems_panel.problems()] == ["empty.txt"]
    assert window.problems_dock.isVisible()
    assert list(window.documents()) == [str(tmp_path / "good.txt")]
    assert window.model.counts()[0] > 0


def test_opening_more_adds_and_close_all_empties(qtbot, loaded, tmp_path):
    shutil.copy(sample_paths()[0], tmp_path / "copy.txt")
    before = loaded.model.counts()[1]
    open_and_wait(qtbot, loaded, [tmp_path / "copy.txt"])
    assert loaded.model.counts()[1] == 2 * before
    open_and_wait(qtbot, loaded, [tmp_path / "copy.txt"])  # opened again: replaced, not doubled
    assert loaded.model.counts()[1] == 2 * before
    loaded.close_all()
    assert loaded.model.counts() == (0, 0) and loaded.documents() == {}
    assert loaded.text_pane.document() is None


def test_dropped_files_are_opened(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(sample_paths()[0])])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
        window.dropEvent(drop)
    assert list(window.documents()) == sample_paths()


def test_recent_files_are_remembered(loaded, tmp_path):
    shutil.copy(sample_paths()[0], tmp_path / "x.txt")
    loaded.open_paths([str(tmp_path / "x.txt")])
    assert Settings().recent_paths()[0] == str(tmp_path / "x.txt")
    loaded._fill_recent_menu()
    assert str(tmp_path / "x.txt") in [a.text() for a in loaded.recent_menu.actions()]


def test_filter_and_splitters_are_remembered(qtbot, make_window):
    first = make_window()
    first.filter_panel.set_spec(FilterSpec(search="高新区", values={"unit": ["亿元"]}))
    first.main_splitter.setSizes([900, 500])
    first.left_splitter.setSizes([600, 240])
    sizes = (first.main_splitter.sizes(), first.left_splitter.sizes())
    first.close()

    second = make_window()
    assert second.filter_panel.spec().search == "高新区"
    assert second.filter_panel.spec().values == {"unit": ["亿元"]}
    assert (second.main_splitter.sizes(), second.left_splitter.sizes()) == sizes


def test_language_switch_retranslates_menus(qtbot, window):
    window.set_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
    assert window.problems_dock.windowTitle() == "问题"
    assert Settings().language() == i18n.CHINESE
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "指标"
    assert window.save_plot_button.text() == "保存图表…"
    window.set_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)


def test_find_action_opens_the_find_bar(loaded):
    loaded.find_action.trigger()
    assert loaded.text_pane.find_bar_visible()
    assert loaded.text_pane.find("净月")


def test_bundled_font_is_loaded_and_chinese_falls_back_to_it(qapp):
    from PySide6.QtGui import QFontDatabase

    from viewer.qt.fonts import CJK_FAMILY, load_bundled_font

    assert load_bundled_font() == CJK_FAMILY
    assert CJK_FAMILY in QFontDatabase.families()
    font = install_bundled_font(QApplication.instance())
    assert CJK_FAMILY in font.families()
    assert CJK_FAMILY in QApplication.font().families()


def test_every_interface_string_has_a_chinese_translation():
    import ast
    from pathlib import Path

    import viewer.qt
    from viewer.qt.translations.zh_CN import MESSAGES

    missing = []
    for path in sorted(Path(viewer.qt.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            arguments = node.args[:1] if node.func.attr == "tr" else node.args[1:2] if node.func.attr == "translate" else []
            for argument in arguments:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    if argument.value not in MESSAGES:
                        missing.append(f"{path.name}: {argument.value!r}")
    assert not missing, "untranslated strings:\n" + "\n".join(missing)


def test_translator_prefers_a_context_specific_text():
    translator = i18n.DictTranslator({"Source": "来源"}, {("PlotPanel", "Source"): "数据来源"})
    assert translator.translate("IndicatorTableModel", "Source") == "来源"
    assert translator.translate("PlotPanel", "Source") == "数据来源"
    assert not translator.translate("X", "Unknown")


def test_untranslated_text_falls_back_to_the_source(qtbot, window):
    from PySide6.QtCore import QCoreApplication

    window.set_language(i18n.CHINESE)
    assert QCoreApplication.translate("Anything", "A string nobody translated") == "A string nobody translated"


def test_many_signals_and_translations_do_not_abort_the_process():
    """PySide6 6.12.0 drops references to True (emit) and None (tr), which aborts the process:
    pyproject.toml excludes that release, and this guards against any other that does the same."""
    import subprocess
    import sys

    code = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QObject, Signal
from viewer.qt import i18n
from viewer.qt.app import create_application
create_application(["test"])
i18n.set_language(i18n.CHINESE)
class Emitter(QObject):
    fired = Signal(object)
emitter = Emitter()
for _ in range(100_000):
    emitter.fired.emit(1)
    QCoreApplication.translate("MainWindow", "&File")
print("ok")
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]


def test_categories_are_named_in_the_interface_language(qtbot):
    from PySide6.QtCore import Qt

    from helpers.indicator_rows import indicator
    from viewer.core.schema import indicators_frame
    from viewer.qt import i18n
    from viewer.qt.table_model import IndicatorTableModel

    model = IndicatorTableModel()
    model.set_frame(indicators_frame([indicator(category="economy"), indicator(category="land/area")]))
    cell = model.section_of("category")

    def shown() -> list[str]:
        return [model.data(model.index(row, cell), Qt.ItemDataRole.DisplayRole) for row in range(2)]

    assert shown() == ["Economy", "Land and area"]
    i18n.set_language(i18n.CHINESE)
    try:
        model.retranslate()
        assert shown() == ["经济", "土地与面积"]
    finally:
        i18n.set_language(i18n.ENGLISH)


def test_validation_messages_speak_the_interface_language(qtbot, window):
    from viewer.core import review

    def refusal(field, typed):
        with pytest.raises(review.ValidationError) as caught:
            review.validate_field(field, typed)
        return i18n.validation_message(caught.value)

    assert refusal("growth_pct", "fast") == "The growth must be a number, not 'fast'."
    window.set_language(i18n.CHINESE)
    assert refusal("growth_pct", "fast") == "增长率必须是数字，不能是“fast”。"
    assert refusal("unit", "") == "单位不能为空。"
    assert refusal("indicator", " ") == "指标名称不能为空。"
