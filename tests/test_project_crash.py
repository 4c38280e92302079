"""Killing the app (SIGKILL) at any moment loses no acknowledged edit and never damages the project.

A helper process (tests/helpers/project_editor.py) forks an editor that edits a project
and prints ``ack N`` after each committed edit; the test kills the editor with SIGKILL at
random moments (sometimes while it is still opening the project), then reopens the
project -- which runs SQLite's consistency check -- and looks for every acknowledged edit.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest
from helpers.crash_harness import Editor, KillTiming, assert_editing_was_tested
from helpers.project_rows import result

from viewer.core.project import Project
from viewer.core.review import ChangeField, EditGroup

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

EDITOR = Path(__file__).resolve().parent / "helpers" / "project_editor.py"
ROUNDS = 30
KILL_TIMING = KillTiming(early=0.2, early_s=0.02, editing_s=0.05)


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


def test_every_acknowledged_edit_survives_sigkill(tmp_path, record_property):
    path = tmp_path / "crash.ivproj"
    with Project.create(path) as project:
        project.add_results([result()])
    rng = random.Random(20240611)
    acknowledged: set[int] = set()
    editor = Editor([sys.executable, str(EDITOR), str(path)], KILL_TIMING)
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
    assert_editing_was_tested(acknowledged, ROUNDS, summary)
