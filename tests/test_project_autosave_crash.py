"""Killing the window (SIGKILL) at any moment loses no acknowledged edit made through the UI.

This file is also the child: ``python test_project_autosave_crash.py PROJECT`` imports the app
once, then for each line ``FIRST`` read from standard input forks an editor that opens PROJECT
in the real window (offscreen) and edits through the UI path -- cell edits through the table
model and its undo commands, Enter/Delete review keys, undo -- printing ``ack N`` after each,
until it is killed. The test SIGKILLs each editor at a random moment, reopens the project (in
the core, which checks the file, and finally in a window) and looks for every acknowledged edit.
"""

from __future__ import annotations

import os
import random
import sys
from functools import partial
from pathlib import Path

import pytest
from helpers.crash_harness import Editor, KillTiming, acknowledge, assert_editing_was_tested, serve_editors

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

ROUNDS = 12
KILL_TIMING = KillTiming(early=0.25, early_s=0.3, editing_s=0.4)


# --------------------------------------------------------------------------- the child


def edit_in_window(path: str, first: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from viewer.qt.main_window import MainWindow
    from viewer.qt.table_model import IndicatorTableModel

    app = QApplication.instance() or QApplication(["crash-test"])
    window = MainWindow()
    window.show()
    window.open_paths([path], remember=False)
    model: IndicatorTableModel = window.model
    rows = model.counts()[1]
    number = first
    while True:
        row_id = number % rows
        window.select_row(row_id)
        index = model.index(model.view_row(row_id), model.section_of("value"))
        assert model.setData(index, {"value": str(number), "unit": "亿元"}, Qt.ItemDataRole.EditRole)
        if number % 3 == 0:  # a review key in the table, sometimes undone
            key = Qt.Key.Key_Delete if number % 2 else Qt.Key.Key_Return
            window.select_row(row_id)
            window.table.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
            if number % 5 == 0:
                window.undo_action.trigger()
        app.processEvents()
        acknowledge(number)
        number += 1


def serve(path: str) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import viewer.qt.main_window  # noqa: F401 - imported once, before forking, for fast rounds

    serve_editors(partial(edit_in_window, path))


# --------------------------------------------------------------------------- the test


def start_editor(path: Path, settings: Path) -> Editor:
    """This file as the helper process, with its own settings file and one BLAS thread per editor."""
    environment = dict(os.environ, OPENBLAS_NUM_THREADS="1", INDICATOR_VIEWER_SETTINGS=str(settings))
    return Editor(
        [sys.executable, __file__, str(path)], KILL_TIMING, env=environment, cwd=Path(__file__).resolve().parent.parent
    )


def applied_values(project) -> set[int]:
    from viewer.core.review import ChangeField, EditGroup

    numbers = set()
    for record in project.edits():
        edits = record.edit.edits if isinstance(record.edit, EditGroup) else (record.edit,)
        for edit in edits:
            if isinstance(edit, ChangeField) and record.action == "apply" and edit.field == "value":
                numbers.add(int(next(c.new for c in edit.changes if c.field == "value")))
    return numbers


def test_every_edit_acknowledged_by_the_window_survives_sigkill(qtbot, tmp_path, record_property):
    from helpers.project_rows import result

    from viewer.core.project import Project
    from viewer.qt.main_window import MainWindow

    path = tmp_path / "crash.ivproj"
    with Project.create(path) as project:
        project.add_results([result()])
    rng = random.Random(20240612)
    acknowledged: set[int] = set()
    editor = start_editor(path, tmp_path / "settings.ini")
    try:
        for round_number in range(ROUNDS):
            acks = editor.run_and_kill(round_number * 1_000_000, rng)
            acknowledged.update(acks)
            print(f"round {round_number}: {len(acks)} edits acknowledged before SIGKILL")
            with Project.open(path) as project:  # refuses a damaged file
                missing = acknowledged - applied_values(project)
                assert not missing, f"round {round_number}: acknowledged edits lost: {sorted(missing)[:10]}"
    finally:
        editor.close()

    window = MainWindow()
    qtbot.addWidget(window)
    window.open_paths([str(path)], remember=False)
    with Project.open(path, readonly=True) as project:
        expected = project.indicators_frame()
    assert window.session().path == path
    assert list(window.frame()["value"]) == list(expected["value"])
    summary = f"{ROUNDS} rounds killed with SIGKILL, {len(acknowledged)} acknowledged edits, none lost"
    print(summary)
    record_property("window_crash_rounds", ROUNDS)
    record_property("window_crash_acknowledged_edits", len(acknowledged))
    assert_editing_was_tested(acknowledged, ROUNDS, summary)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    serve(sys.argv[1])
