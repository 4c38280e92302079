"""Loading articles off the UI thread.

``load_articles(paths, ...)`` is the plain, synchronous job: find the files, read and extract
them with ``viewer.core.batch.run_batch`` (worker processes for large folders), and gather the
documents, one indicators frame and the problems. ``ArticleLoader`` runs it in a QThread,
reporting progress and allowing a cancel, and hands the result back on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pandas as pd
from PySide6.QtCore import QObject, QThread, Signal, Slot

from viewer.core.batch import find_inputs, run_batch
from viewer.core.document import Document
from viewer.core.schema import Indicator, indicators_frame

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str


@dataclass
class LoadResult:
    documents: dict[str, Document] = field(default_factory=dict)  # source -> document, in input order
    frame: pd.DataFrame | None = None  # the rows of these documents, in document order
    problems: list[Problem] = field(default_factory=list)
    total: int = 0  # files found
    cancelled: bool = False


def load_articles(
    paths: Sequence[str],
    should_cancel: Callable[[], bool] = lambda: False,
    on_progress: Callable[[int, int], None] = lambda done, total: None,
) -> LoadResult:
    """Read every article under ``paths``; a file that fails becomes a Problem (also logged)."""
    files = find_inputs(paths)
    result = LoadResult(total=len(files))
    rows: list[Indicator] = []
    on_progress(0, len(files))
    done = 0
    for file_result in run_batch(files, should_cancel=should_cancel):
        done += 1
        if file_result.document is not None:
            result.documents[file_result.document.source] = file_result.document
            rows.extend(file_result.rows)
        if file_result.error:
            log.warning("could not load %s: %s", file_result.path, file_result.error)
            result.problems.append(Problem(file_result.path, file_result.error))
        on_progress(done, len(files))
    result.cancelled = done < len(files)
    result.frame = indicators_frame(rows)
    return result


class _Worker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # LoadResult

    def __init__(self, paths: Sequence[str], cancel: threading.Event) -> None:
        super().__init__()
        self._paths = list(paths)
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = load_articles(self._paths, self._cancel.is_set, self.progress.emit)
        except Exception as error:  # noqa: BLE001 - reported to the user, never lost in the thread
            log.exception("loading failed")
            result = LoadResult(problems=[Problem(", ".join(self._paths), f"loading failed: {error}")])
        self.finished.emit(result)


class ArticleLoader(QObject):
    """One load at a time in a background thread.

    Signals: ``progress(done, total)`` (files), ``finished(LoadResult)`` (also after a cancel,
    with what was read so far).
    """

    progress = Signal(int, int)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._cancel = threading.Event()

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, paths: Sequence[str]) -> bool:
        """Begin loading ``paths``; False when a load is already running."""
        if self._thread is not None:
            return False
        self._cancel = threading.Event()
        thread = QThread(self)
        worker = _Worker(paths, self._cancel)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.progress)
        worker.finished.connect(self._on_finished)
        self._thread, self._worker = thread, worker
        thread.start()
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running load's thread ends (for shutting down)."""
        return self._thread.wait(msecs) if self._thread is not None else True

    @Slot(object)
    def _on_finished(self, result: LoadResult) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self.finished.emit(result)
