"""Edit a project until killed, printing ``ack N`` after each committed edit.

    python project_editor.py PROJECT

Imports once, then for each line ``FIRST`` read from standard input forks an editor and
prints ``pid P``; the editor opens PROJECT and makes edits numbered FIRST, FIRST+1, ...
printing ``ack N`` after each commit, until it is killed. When it has died this process
prints ``done P STATUS``, so every ``ack`` it wrote comes before that line. Forking after
the imports keeps each round fast (importing pandas takes most of a second), so the crash
test can afford many rounds.

Edit N sets the value of one of the project's rows (in turn) to N; every third edit also
rejects or confirms that row, and every fifth undoes that again, so the project sees each
kind of write.
"""

from __future__ import annotations

import os
import sys
import traceback

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
        # One write(2) per line: a buffered print can be cut by the kill mid-line.
        os.write(1, f"ack {number}\n".encode())
        number += 1


def main(path: str) -> None:
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                edit_forever(path, int(line))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"done {pid} {status}\n".encode())


if __name__ == "__main__":
    main(sys.argv[1])
