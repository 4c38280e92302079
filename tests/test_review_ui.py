"""Reviewing in the real window, as a user would: keys, cell editors, undo, adding, re-extracting."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit

from viewer.core.extract import parse_selection
from viewer.qt.main_window import MainWindow
from viewer.qt.review_delegate import ValueEditor, number_text
from viewer.resources import sample_paths

from helpers.window import discard_unsaved_work, open_and_wait, record_warnings, window_maker


@pytest.fixture
def window(qtbot, monkeypatch):
    discard_unsaved_work(monkeypatch)
    return window_maker(qtbot)()


@pytest.fixture
def loaded(qtbot, window):
    open_and_wait(qtbot, window, sample_paths(), remember=False)
    window.table.setFocus()
    return window


@pytest.fixture
def errors(monkeypatch):
    return record_warnings(monkeypatch)


def review_mark(window: MainWindow, row_id: int) -> str:
    return window.model.index(window.model.view_row(row_id), window.model.section_of("review")).data()


def project_state(window: MainWindow, row_id: int) -> str:
    return window.session().project.row(window.row_key(row_id)).state


def test_keys_confirm_reject_and_unreview_the_current_row(qtbot, loaded):
    first, second = (int(r) for r in loaded.model.visible_row_ids()[:2])
    loaded.select_row(first)
    qtbot.keyClick(loaded.table, Qt.Key.Key_Return)
    assert project_state(loaded, first) == "confirmed" and review_mark(loaded, first) == "✓"
    assert loaded.table.current_row_id() == second  # on to the next row

    qtbot.keyClick(loaded.table, Qt.Key.Key_Delete)
    assert project_state(loaded, second) == "rejected" and review_mark(loaded, second) == "✗"
    index = loaded.model.index(loaded.model.view_row(second), loaded.model.section_of("indicator"))
    font = index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()  # rejected: struck through, still listed
    assert second in loaded.model.visible_row_ids() and second not in loaded.plot_panel.visible  # not plotted

    loaded.select_row(first)
    qtbot.keyClick(loaded.table, Qt.Key.Key_Backspace)
    assert project_state(loaded, first) == "unreviewed" and review_mark(loaded, first) == ""
    assert loaded.frame()["review_state"].iat[second] == "rejected"


def test_review_state_filter_hides_rejected_rows(qtbot, loaded):
    target = int(loaded.model.visible_row_ids()[0])
    loaded.select_row(target)
    qtbot.keyClick(loaded.table, Qt.Key.Key_Delete)
    states = loaded.filter_panel.checklist("review_state")
    assert set(states.values()) == {"unreviewed", "rejected"}
    states.set_checked(["unreviewed"], notify=True)
    visible = loaded.model.visible_row_ids()
    assert target not in visible and len(visible) == loaded.model.counts()[1] - 1


def open_value_editor(qtbot, window: MainWindow, row_id: int) -> ValueEditor:
    window.select_row(row_id)
    window.table.setCurrentIndex(window.model.index(window.model.view_row(row_id), window.model.section_of("value")))
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    editor = window.table.findChild(ValueEditor)
    assert editor is not None and editor.isVisible()
    return editor


def test_f2_edit_refuses_an_invalid_value_and_applies_a_valid_one(qtbot, loaded):
    frame = loaded.frame()
    row_id = int(np.flatnonzero(frame["unit"].to_numpy() == "亿元")[0])
    name, old_value = frame["indicator"].iat[row_id], frame["value"].iat[row_id]
    editor = open_value_editor(qtbot, loaded, row_id)
    assert editor.number.text() == number_text(old_value) and editor.unit.currentText() == "亿元"

    editor.number.setText("abc")
    qtbot.keyClick(editor.number, Qt.Key.Key_Return)
    assert "must be a number" in loaded.statusBar().currentMessage()
    assert loaded.session().project.row(loaded.row_key(row_id)).values["value"] == old_value
    assert loaded.table.findChild(ValueEditor) is editor and editor.isVisible()  # still open to fix

    editor.number.setText("436.3")
    qtbot.keyClick(editor.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    frame = loaded.frame()
    assert frame["value"].iat[row_id] == 436.3
    assert frame["value_base"].iat[row_id] == pytest.approx(436.3e8)
    assert frame["review_state"].iat[row_id] == "corrected"
    cell = loaded.model.index(loaded.model.view_row(row_id), loaded.model.section_of("value"))
    assert cell.data() == "436.3 亿元"
    assert loaded.plot_panel.frame["value"].iat[row_id] == 436.3
    assert loaded.text_pane.selected_row_id() == row_id

    assert loaded.undo_action.text().replace("&", "") == f"Undo Change value of {name} to 436.3"
    loaded.undo_action.trigger()
    assert loaded.frame()["value"].iat[row_id] == old_value
    assert loaded.frame()["review_state"].iat[row_id] == "unreviewed"
    assert loaded.redo_action.text().replace("&", "") == f"Redo Change value of {name} to 436.3"
    loaded.redo_action.trigger()
    assert loaded.frame()["value"].iat[row_id] == 436.3
    assert loaded.session().project.row(loaded.row_key(row_id)).values["value"] == 436.3


def test_value_and_unit_change_together_as_one_undo_step(qtbot, loaded):
    frame = loaded.frame()
    row_id = int(np.flatnonzero(frame["unit"].to_numpy() == "亿元")[0])
    old = frame["value_base"].iat[row_id]
    editor = open_value_editor(qtbot, loaded, row_id)
    editor.number.setText("5")
    editor.unit.setCurrentText("万元")
    qtbot.keyClick(editor.number, Qt.Key.Key_Return)
    frame = loaded.frame()
    assert (frame["value"].iat[row_id], frame["unit"].iat[row_id]) == (5.0, "万元")
    assert frame["value_base"].iat[row_id] == pytest.approx(5e4)
    assert loaded.undo_stack.count() == 1
    loaded.undo_stack.undo()
    assert loaded.frame()["value_base"].iat[row_id] == old and loaded.frame()["unit"].iat[row_id] == "亿元"


@pytest.mark.parametrize("column, typed, message", [
    ("year", "1900", "year must be a whole number from 1949"),
    ("indicator", "  ", "must not be empty"),
    ("growth", "fast", "must be a number"),
])
def test_other_cells_refuse_invalid_input(qtbot, loaded, column, typed, message):
    row_id = int(loaded.model.visible_row_ids()[0])
    before = loaded.session().project.row(loaded.row_key(row_id))
    index = loaded.model.index(loaded.model.view_row(row_id), loaded.model.section_of(column))
    loaded.table.setCurrentIndex(index)
    qtbot.keyClick(loaded.table, Qt.Key.Key_F2)
    editor = loaded.table.findChild(QLineEdit, f"{column}Editor")
    editor.setText(typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert message in loaded.statusBar().currentMessage()
    assert loaded.session().project.row(loaded.row_key(row_id)) == before
    assert loaded.undo_stack.count() == 0


def test_year_edit_applies_and_names_the_edit(qtbot, loaded):
    row_id = int(loaded.model.visible_row_ids()[0])
    name = loaded.frame()["indicator"].iat[row_id]
    index = loaded.model.index(loaded.model.view_row(row_id), loaded.model.section_of("year"))
    loaded.table.setCurrentIndex(index)
    qtbot.keyClick(loaded.table, Qt.Key.Key_F2)
    editor = loaded.table.findChild(QLineEdit, "yearEditor")
    editor.setText("2019")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert loaded.frame()["year"].iat[row_id] == 2019
    assert loaded.undo_action.text().replace("&", "") == f"Undo Change year of {name} to 2019"


def test_add_indicator_from_selection_prefills_and_adds_the_span(qtbot, loaded):
    document = loaded.documents()[sample_paths()[0]]
    start = document.text.index("近3年") + 1
    end = start + 2  # "3年"
    loaded.text_pane.select_text(start, end)
    before = loaded.model.counts()[1]
    loaded.add_indicator_action.trigger()
    dialog = loaded.add_dialog
    assert dialog is not None and dialog.isVisible()
    expected = parse_selection(document, start, end)
    assert dialog.value_edit.text() == (number_text(expected.value) if expected else "")
    assert dialog.name_edit.text() == (expected.indicator if expected else "")

    dialog.name_edit.setText("人才公寓建设年限")
    dialog.value_edit.setText("three")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "must be a number" in dialog.error_label.text()

    dialog.value_edit.setText("3")
    dialog.unit_box.setCurrentText("年")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert loaded.model.counts()[1] == before + 1
    row_id = loaded.table.current_row_id()
    row = loaded.frame().iloc[row_id]
    assert (row["indicator"], row["value"], row["unit"]) == ("人才公寓建设年限", 3.0, "年")
    assert (row["start"], row["end"], row["quote"]) == (start, end, "3年")
    assert row["origin"] == "added" and row["review_state"] == "confirmed"
    assert loaded.text_pane.selected_row_id() == row_id
    assert loaded.undo_action.text().replace("&", "") == "Undo Add indicator 人才公寓建设年限"
    loaded.undo_action.trigger()
    assert loaded.model.counts()[1] == before


def test_add_without_a_selection_says_what_to_do(loaded):
    loaded.text_pane.select_text(0, 0)
    loaded.add_indicator_action.trigger()
    assert loaded.add_dialog is None
    assert "Select the figure" in loaded.statusBar().currentMessage()


def test_reextract_keeps_a_correction_and_lists_an_orphan(qtbot, window, tmp_path, errors):
    article = tmp_path / "article.txt"
    shutil.copy(sample_paths()[0], article)
    open_and_wait(qtbot, window, [article], remember=False)
    frame = window.frame()
    corrected = int(np.flatnonzero(frame["quote"].to_numpy() == "436.29亿元")[0])
    confirmed = int(np.flatnonzero(frame["quote"].to_numpy() == "141.7亿元")[0])
    corrected_key, confirmed_key = window.row_key(corrected), window.row_key(confirmed)
    window.submit_edit(corrected, {"value": "436.3"})
    window.select_row(confirmed)
    window.review_selected("confirm")
    assert window.undo_stack.count() == 2

    # The article changes on disk: the confirmed figure is gone from it.
    article.write_bytes(article.read_bytes().replace("141.7亿元".encode(), "若干".encode()))
    report = window.reextract_all()

    assert [o.row_key for o in report.orphaned] == [confirmed_key]
    assert [o.row_key for o in window.last_orphans] == [confirmed_key]
    assert any("141.7亿元" in p.reason for p in window.problems_panel.problems())
    kept = window.session().project.row(corrected_key)
    assert kept.values["value"] == 436.3 and kept.state == "corrected"
    frame = window.frame()
    assert frame.loc[frame["row_key"] == corrected_key, "value"].item() == 436.3
    assert confirmed_key not in set(frame["row_key"])  # orphaned: listed, not shown, not dropped
    assert window.session().project.orphans()[0].row_key == confirmed_key
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert errors == []


def test_confirming_several_selected_rows_is_one_undo_step(qtbot, loaded):
    rows = [int(r) for r in loaded.model.visible_row_ids()[:3]]
    loaded.table.select_row_id(rows[0])
    loaded.table.selectRow(loaded.model.view_row(rows[0]))
    from PySide6.QtCore import QItemSelectionModel

    for row_id in rows[1:]:
        index = loaded.model.index(loaded.model.view_row(row_id), 0)
        loaded.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(loaded.table, Qt.Key.Key_Return)
    assert [project_state(loaded, r) for r in rows] == ["confirmed"] * 3
    assert loaded.undo_action.text().replace("&", "") == "Undo Confirm 3 indicators"
    loaded.undo_stack.undo()
    assert [project_state(loaded, r) for r in rows] == ["unreviewed"] * 3


def test_closing_with_unsaved_review_work_offers_to_keep_it(qtbot, loaded, monkeypatch, tmp_path):
    row_id = int(loaded.model.visible_row_ids()[0])
    assert not loaded.isWindowModified()
    loaded.submit_edit(row_id, {"year": "2020"})
    assert loaded.isWindowModified() and "[*]" in loaded.windowTitle()
    monkeypatch.setattr(MainWindow, "_ask_save_work", lambda self: "cancel")
    assert not loaded.close()
    assert loaded.isVisible()
    target = tmp_path / "kept.ivproj"
    monkeypatch.setattr(MainWindow, "_ask_save_work", lambda self: "save")
    monkeypatch.setattr(MainWindow, "_ask_save_project_as", lambda self: self.save_project_as(str(target)))
    assert loaded.close()
    from viewer.core.project import Project

    with Project.open(target) as project:
        assert project.row(loaded.row_key(row_id)).values["year"] == 2020
        assert [r.action for r in project.edits()] == ["apply"]
