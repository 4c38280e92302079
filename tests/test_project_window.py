"""Projects through the window: new, open (command line, recent, drop), save as, refusals, export."""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from viewer.core.project import Project
from viewer.core.table import FilterSpec, SortKey
from viewer.qt.main_window import MainWindow
from viewer.resources import sample_paths

from helpers.window import discard_unsaved_work, open_and_wait, record_warnings, window_maker


@pytest.fixture
def make_window(qtbot, monkeypatch):
    discard_unsaved_work(monkeypatch)
    return window_maker(qtbot)


@pytest.fixture
def errors(monkeypatch):
    return record_warnings(monkeypatch)


def review(window: MainWindow) -> tuple[int, int, int]:
    """Confirm one row, reject another and correct a third; their row keys."""
    frame = window.frame()
    confirmed, rejected, corrected = (int(window.row_key(r)) for r in (0, 1, 2))
    window.select_row(0)
    window.review_selected("confirm")
    window.select_row(1)
    window.review_selected("reject")
    window.submit_edit(2, {"value": "123.5"})
    assert frame["value"].iat[2] != 123.5
    return confirmed, rejected, corrected


ROW_COLUMNS = ["row_key", "indicator", "value", "unit", "value_base", "year", "start", "end", "quote", "review_state"]


def test_project_round_trip_through_the_window(qtbot, make_window, tmp_path):
    path = tmp_path / "study.ivproj"
    first = make_window()
    assert first.new_project(str(path))
    assert first.windowTitle().startswith("study.ivproj")
    open_and_wait(qtbot, first, sample_paths(), remember=False)
    with Project.open(path, readonly=True) as project:  # the articles went into the project
        assert list(project.documents()) == sample_paths()
    confirmed, rejected, corrected = review(first)
    assert not first.isWindowModified()  # every edit is already in the file
    first.filter_panel.set_spec(FilterSpec(search="亿元"))
    first.table.sort_by_section(first.model.section_of("value"))
    first.table.sort_by_section(first.model.section_of("value"))  # descending
    selected = int(first.model.visible_row_ids()[1])
    first.select_row(selected)
    selected_key = first.row_key(selected)
    rows = first.frame()[ROW_COLUMNS].copy()
    first.close()

    second = make_window()
    second.open_paths([str(path)])
    assert second.windowTitle().startswith("study.ivproj")
    pd.testing.assert_frame_equal(second.frame()[ROW_COLUMNS], rows)
    states = second.frame().set_index("row_key")["review_state"]
    assert (states[confirmed], states[rejected], states[corrected]) == ("confirmed", "rejected", "corrected")
    assert second.frame().set_index("row_key")["value"][corrected] == 123.5
    assert second.filter_panel.spec().search == "亿元"
    assert second.model.sort_keys() == (SortKey("value", ascending=False),)
    assert second.row_key(second.table.current_row_id()) == selected_key
    assert list(second.documents()) == sample_paths()


def test_save_project_as_keeps_the_review_made_without_a_project(qtbot, make_window, tmp_path):
    window = make_window()
    open_and_wait(qtbot, window, sample_paths(), remember=False)
    assert window.session().is_scratch and "Untitled" in window.windowTitle()
    confirmed, rejected, corrected = review(window)
    assert window.isWindowModified()
    scratch = window.session().path
    target = tmp_path / "saved.ivproj"
    assert window.save_project_as(str(target))
    assert not window.isWindowModified() and window.windowTitle().startswith("saved.ivproj")
    assert not scratch.exists()  # the scratch project is gone once saved
    with Project.open(target, readonly=True) as project:
        assert list(project.documents()) == sample_paths()
        frame = project.indicators_frame().set_index("row_key")
        assert len(frame) == len(window.frame())
        assert frame["review_state"][confirmed] == "confirmed" and frame["review_state"][rejected] == "rejected"
        assert frame["value"][corrected] == 123.5
        assert [record.edit.kind for record in project.edits()] == ["set_state", "set_state", "change_field"]
    window.undo_action.trigger()  # undo goes on in the saved project
    with Project.open(target, readonly=True) as project:
        assert project.row(corrected).values["value"] != 123.5


def test_articles_opened_with_a_project_open_are_added_to_it(qtbot, make_window, tmp_path):
    path = tmp_path / "grow.ivproj"
    with Project.create(path):
        pass
    window = make_window()
    window.open_paths([str(path)])
    assert window.model.counts() == (0, 0)
    open_and_wait(qtbot, window, sample_paths(), remember=False)
    with Project.open(path, readonly=True) as project:
        assert project.info().rows == window.model.counts()[1] > 0


def test_a_dropped_project_and_a_recent_one_open(qtbot, make_window, tmp_path):
    path = tmp_path / "dropped.ivproj"
    first = make_window()
    first.new_project(str(path))
    open_and_wait(qtbot, first, sample_paths(), remember=False)
    total = first.model.counts()[1]
    first.close()

    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    assert window.session().path == path and window.model.counts()[1] == total
    window.close_all()
    assert window.session() is None and window.model.counts() == (0, 0)
    window._fill_recent_menu()
    entry = next(a for a in window.recent_menu.actions() if a.text() == str(path))
    entry.trigger()
    assert window.session().path == path and window.model.counts()[1] == total


def _corrupt(path):
    """A real project cut short, as a failed copy would leave it."""
    from helpers.project_rows import result

    with Project.create(path) as project:
        project.add_results([result()])
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = DELETE")  # everything into the main file, then cut it
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _foreign(path):
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()


def _newer(path):
    with Project.create(path):
        pass
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()


def _text(path):
    path.write_text("这不是一个项目文件", encoding="utf-8")


@pytest.mark.parametrize("make, name, reason", [
    (_corrupt, "broken.ivproj", "damaged"),
    (_foreign, "other.sqlite", "not an Indicator Viewer project"),
    (_newer, "future.ivproj", "newer version"),
    (_text, "notes.ivproj", "not an Indicator Viewer project"),
])
def test_a_refused_file_gets_a_message_and_stays_byte_identical(make_window, tmp_path, errors, make, name, reason):
    path = tmp_path / name
    make(path)
    before = path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())
    window = make_window()
    window.open_paths([str(path)])
    assert len(errors) == 1 and reason in errors[0][1], errors
    assert [p.path for p in window.problems_panel.problems()] == [str(path)]
    assert window.session() is None and window.windowTitle() == "Indicator Viewer"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no -wal or -shm beside it


def test_a_refused_project_leaves_the_open_one_open(qtbot, make_window, tmp_path, errors):
    good = tmp_path / "good.ivproj"
    window = make_window()
    window.new_project(str(good))
    open_and_wait(qtbot, window, sample_paths(), remember=False)
    bad = tmp_path / "bad.ivproj"
    _corrupt(bad)
    window.open_paths([str(bad)])
    assert errors and window.session().path == good and window.model.counts()[1] > 0


def test_export_reviewed_writes_states_and_provenance(qtbot, make_window, tmp_path):
    window = make_window()
    open_and_wait(qtbot, window, sample_paths(), remember=False)
    confirmed, rejected, corrected = review(window)
    for suffix in ("csv", "xlsx", "parquet"):
        target = tmp_path / f"reviewed.{suffix}"
        window.export_reviewed(str(target))
        if suffix == "csv":
            frame = pd.read_csv(target, encoding="utf-8-sig")
        elif suffix == "xlsx":
            frame = pd.read_excel(target)
        else:
            frame = pd.read_parquet(target)
        assert len(frame) == window.model.counts()[1]
        assert {"review_state", "origin", "source", "start", "end", "quote"} <= set(frame.columns)
        counts = frame["review_state"].value_counts()
        assert (counts["confirmed"], counts["rejected"], counts["corrected"]) == (1, 1, 1)
        assert np.isclose(frame["value"], 123.5).sum() >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reviewed.csv", "reviewed.parquet", "reviewed.xlsx"]
