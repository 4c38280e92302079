"""Killing the app (SIGKILL) at any moment loses no acknowledged edit and never damages the project.

A helper process (tests/helpers/project_editor.py) forks an editor that edits a project
and prints ``ack N`` after each committed edit; the test kills the editor with SIGKILL at
random moments (sometimes while it is still opening the project), then reopens the
project -- which runs SQLite's consistency check -- and looks for every acknowledged edit.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers.project_rows import result

from viewer.core.project import Project
from viewer.core.review import ChangeField, EditGroup

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

EDITOR = Path(__file__).resolve().parent / "helpers" / "project_editor.py"
ROUNDS = 30


def _applied_values(project: Project) -> tuple[set[int], dict[int, float]]:
    """The numbers of all value edits applied, and the last value applied to each row."""
    numbers: set[int] = set()
    last: dict[int, float] = {}
    for record in project.edits():
        edits = record.edit.edits if isinstance(record.edit, EditGroup) else (record.edit,)
        for edit in edits:
            if isinstance(edit, ChangeField) and record.action == "apply":
                new = next(c.new for c in edit.changes if c.field == "value")
                numbers.add(int(new))
                last[edit.row_key] = new
    return numbers, last


class Editor:
    """The helper process: each round it forks an editor, which the test kills."""

    def __init__(self, path: Path):
        self.process = subprocess.Popen(
            [sys.executable, str(EDITOR), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read_lines, daemon=True).start()

    def _read_lines(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")  # end of output

    def run_and_kill(self, first: int, rng: random.Random) -> list[int]:
        """Start an editor at edit number ``first``, SIGKILL it at a random moment; the acknowledged edits."""
        self.process.stdin.write(f"{first}\n")
        self.process.stdin.flush()
        lines = self._lines_until("pid ")
        pid = int(lines.pop().split()[1])
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.02))  # may hit opening the project
        else:
            lines += self._lines_until("ack ")  # wait until it is editing
            time.sleep(rng.uniform(0.0, 0.05))
        os.kill(pid, signal.SIGKILL)
        lines += self._lines_until(f"done {pid} ")
        status = int(lines.pop().split()[2])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the editor ended by itself"
        return [int(line.split()[1]) for line in lines if line.startswith("ack ")]

    def _lines_until(self, prefix: str, timeout: float = 20.0) -> list[str]:
        lines = []
        deadline = time.monotonic() + timeout
        while True:
            # A hung helper must fail the test, not stall the suite.
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no line starting with {prefix!r} within {timeout} s; got {lines[-3:]}") from None
            assert line, "the helper process stopped"
            lines.append(line)
            if line.startswith(prefix):
                return lines

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


def test_every_acknowledged_edit_survives_sigkill(tmp_path, record_property):
    path = tmp_path / "crash.ivproj"
    with Project.create(path) as project:
        project.add_results([result()])
    rng = random.Random(20240611)
    acknowledged: set[int] = set()
    editor = Editor(path)
    for round_number in range(ROUNDS):
        acknowledged.update(editor.run_and_kill(round_number * 1_000_000, rng))
        with Project.open(path) as project:  # refuses a damaged file
            applied, last = _applied_values(project)
            missing = acknowledged - applied
            assert not missing, f"round {round_number}: acknowledged edits lost: {sorted(missing)[:10]}"
            values = project.indicators_frame().set_index("row_key")["value"]
            for row_key, value in last.items():
                assert values[row_key] == value, f"round {round_number}: row {row_key} disagrees with its history"
    editor.close()
    summary = f"{ROUNDS} rounds killed with SIGKILL, {len(acknowledged)} acknowledged edits, none lost"
    print(summary)
    record_property("crash_rounds", ROUNDS)
    record_property("crash_acknowledged_edits", len(acknowledged))
    assert len(acknowledged) > ROUNDS, summary
