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
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

ROUNDS = 12


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
        print(f"ack {number}", flush=True)
        number += 1


def serve(path: str) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import viewer.qt.main_window  # noqa: F401 - imported once, before forking, for fast rounds

    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                edit_in_window(path, int(line))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"done {pid} {status}", flush=True)


# --------------------------------------------------------------------------- the test


class Editor:
    def __init__(self, path: Path, settings: Path):
        environment = dict(os.environ, OPENBLAS_NUM_THREADS="1", INDICATOR_VIEWER_SETTINGS=str(settings))
        self.process = subprocess.Popen(
            [sys.executable, __file__, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env=environment, cwd=Path(__file__).resolve().parent.parent,
        )

    def run_and_kill(self, first: int, rng: random.Random) -> list[int]:
        self.process.stdin.write(f"{first}\n")
        self.process.stdin.flush()
        lines = self._lines_until("pid ")
        pid = int(lines.pop().split()[1])
        if rng.random() < 0.25:
            time.sleep(rng.uniform(0.0, 0.3))  # may hit opening the project
        else:
            lines += self._lines_until("ack ")
            time.sleep(rng.uniform(0.0, 0.4))
        os.kill(pid, signal.SIGKILL)
        lines += self._lines_until(f"done {pid} ")
        status = int(lines.pop().split()[2])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the editor ended by itself"
        return [int(line.split()[1]) for line in lines if line.startswith("ack ")]

    def _lines_until(self, prefix: str) -> list[str]:
        lines = []
        while True:
            line = self.process.stdout.readline()
            assert line, "the helper process stopped"
            lines.append(line)
            if line.startswith(prefix):
                return lines

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


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
    editor = Editor(path, tmp_path / "settings.ini")
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
    assert len(acknowledged) > ROUNDS, summary


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    serve(sys.argv[1])
