"""Edit a project until killed, acknowledging each committed edit (see crash_harness.py).

    python project_editor.py PROJECT

For each line ``FIRST`` read from standard input, forks an editor that opens PROJECT and
makes edits numbered FIRST, FIRST+1, ... until it is killed.

Edit N sets the value of one of the project's rows (in turn) to N; every third edit also
rejects or confirms that row, and every fifth undoes that again, so the project sees each
kind of write.
"""

from __future__ import annotations

import sys
from functools import partial

from crash_harness import acknowledge, serve_editors  # run as a script: this folder is on the path

from viewer.core import review
from viewer.core.project import Project


def edit_forever(path: str, first: int) -> None:
    project = Project.open(path)
    keys = [int(k) for k in project.indicators_frame()["row_key"]]
    number = first
    while True:
        key = keys[number % len(keys)]
        project.apply(review.change_field(project, key, "value", number))
        if number % 3 == 0:
            state = review.reject(project, key) if number % 2 else review.confirm(project, key)
            project.apply(state)
            if number % 5 == 0:
                project.revert(state)
        acknowledge(number)
        number += 1


if __name__ == "__main__":
    serve_editors(partial(edit_forever, sys.argv[1]))
