"""Kill an editor with SIGKILL at a random moment, round after round, and collect what it acknowledged.

Two processes take part. The helper process imports the app once, then for each line ``FIRST``
on its standard input forks an editor running ``edit(FIRST)`` (which makes edits FIRST, FIRST+1,
... and calls ``acknowledge(N)`` after each is committed, until it is killed), writes
``pid P``, waits for the editor to die and writes ``done P STATUS``; every ``ack`` the editor
wrote therefore comes before that line. Forking after the imports keeps each round fast, so a
test can afford many rounds. The test drives the helper through ``Editor``.
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
import traceback
from collections.abc import Callable
from dataclasses import dataclass

LINE_TIMEOUT_S = 20.0

# --------------------------------------------------------------------------- the helper process


def write_line(text: str) -> None:
    """One write(2) per line: a buffered print can be cut mid-line by the kill."""
    os.write(1, f"{text}\n".encode())


def acknowledge(number: int) -> None:
    write_line(f"ack {number}")


def serve_editors(edit: Callable[[int], None]) -> None:
    """For each number read from standard input, fork an editor running ``edit(number)``."""
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                edit(int(line))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        write_line(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        write_line(f"done {pid} {status}")


# --------------------------------------------------------------------------- the test


@dataclass(frozen=True)
class KillTiming:
    """With chance ``early``, kill within ``early_s`` of the fork (perhaps while the editor still
    opens the project); otherwise within ``editing_s`` of its first acknowledged edit."""

    early: float
    early_s: float
    editing_s: float


class Editor:
    """The helper process, started with ``command``: each round it forks an editor, which the test kills."""

    def __init__(self, command: list[str], timing: KillTiming, **popen_options):
        self.timing = timing
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, **popen_options
        )
        # Lines are read in a thread, so that a hung helper fails the test instead of stalling it.
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
        if rng.random() < self.timing.early:
            time.sleep(rng.uniform(0.0, self.timing.early_s))
        else:
            lines += self._lines_until("ack ")  # wait until it is editing
            time.sleep(rng.uniform(0.0, self.timing.editing_s))
        os.kill(pid, signal.SIGKILL)
        lines += self._lines_until(f"done {pid} ")
        status = int(lines.pop().split()[2])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the editor ended by itself"
        return [int(line.split()[1]) for line in lines if line.startswith("ack ")]

    def _lines_until(self, prefix: str) -> list[str]:
        lines = []
        deadline = time.monotonic() + LINE_TIMEOUT_S
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no line starting with {prefix!r} within {LINE_TIMEOUT_S} s; got {lines[-3:]}") from None
            assert line, "the helper process stopped"
            lines.append(line)
            if line.startswith(prefix):
                return lines

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)


def assert_editing_was_tested(acknowledged: set[int], rounds: int, summary: str) -> None:
    """Most rounds are killed while editing, each after at least one acknowledged edit; how many more a round
    acknowledges depends on the machine's speed, so the bound asks only that editing was tested."""
    assert len(acknowledged) >= rounds // 2, summary
