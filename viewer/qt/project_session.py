"""The window's link to an open project: a file the user named, or a scratch one.

Everything the window shows lives in a project, so that every edit goes through the same
path (``viewer.core.review`` edits, one committed transaction each) whether or not the user
has named a project yet. Articles opened without a project go into a *scratch* project in a
private temporary folder; "Save Project As…" copies it to the user's file and carries on
there, with its documents, rows, review states and edit history. A scratch project is deleted
when the window closes it.

Public API
----------
``ProjectSession.open(path)`` / ``ProjectSession.create(path)`` / ``ProjectSession.scratch()``
    ProjectError (message for the user) when the file is refused; a refused file is untouched.
``project``, ``path``, ``is_scratch``, ``display_name()``, ``has_unsaved_work()``
``apply(edit)`` / ``revert(edit)``      committed at once; signal ``edited(edit)`` afterwards
``add_results(results)`` / ``reextract()`` -> ``MergeReport``
``save_as(path)``, ``close()``
``store_view_state(state)`` saves the view (filter, sort, plot, selection) a moment later;
``flush_view_state()`` saves a pending one now, ``discard_view_state()`` forgets it;
``view_state()`` reads the saved one.
``is_project_path(path)`` tells a project file from an article (by suffix or SQLite header).
``file_results(documents, frame)`` turns a loaded frame back into batch results for the project.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import weakref
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal

from viewer.core.batch import FileResult
from viewer.core.document import Document
from viewer.core.project import MergeReport, Project, ProjectError
from viewer.core.project_schema import FILE_SUFFIX, SQLITE_MAGIC
from viewer.core.review import Edit
from viewer.core.schema import COLUMNS, Indicator

log = logging.getLogger(__name__)

VIEW_STATE_DELAY_MS = 500
SCRATCH_NAME = "unsaved" + FILE_SUFFIX


def is_project_path(path: str | os.PathLike) -> bool:
    """A project file by its suffix, or any SQLite file (so that a foreign database is refused
    with a clear message instead of being read as an article)."""
    target = Path(path)
    if target.suffix.lower() == FILE_SUFFIX:
        return True
    if not target.is_file():
        return False
    try:
        with open(target, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def file_results(documents: Mapping[str, Document], frame: pd.DataFrame | None) -> list[FileResult]:
    """One batch result per document, with its rows from ``frame`` (schema columns)."""
    rows_by_source: dict[str, list[Indicator]] = {source: [] for source in documents}
    if frame is not None and len(frame):
        records = frame[list(COLUMNS)].astype(object).where(frame[list(COLUMNS)].notna(), None)
        for record in records.itertuples(index=False, name=None):
            row = Indicator(*record)
            rows_by_source.setdefault(row.source, []).append(row)
    return [FileResult(source, document=document, rows=rows_by_source.get(source, []))
            for source, document in documents.items()]


class ProjectSession(QObject):
    """Signals: ``edited(Edit)`` after an edit was applied or reverted; ``statusChanged()`` when
    the name or the unsaved state changed."""

    edited = Signal(object)
    statusChanged = Signal()

    def __init__(self, project: Project, scratch_dir: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._scratch_dir = scratch_dir
        # A scratch folder goes when the session does, or at the latest when Python exits
        # (an application quitting without closing its window).
        self._remove_scratch = (
            weakref.finalize(self, shutil.rmtree, scratch_dir, True) if scratch_dir is not None else None
        )
        self._unsaved_edits = 0
        self._pending_view_state: object | None = None
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(VIEW_STATE_DELAY_MS)
        self._view_timer.timeout.connect(self.flush_view_state)

    # ------------------------------------------------------------- opening and closing

    @classmethod
    def open(cls, path: str | os.PathLike, parent: QObject | None = None) -> ProjectSession:
        return cls(Project.open(path), parent=parent)

    @classmethod
    def create(cls, path: str | os.PathLike, parent: QObject | None = None) -> ProjectSession:
        return cls(Project.create(path, overwrite=True), parent=parent)

    @classmethod
    def scratch(cls, parent: QObject | None = None) -> ProjectSession:
        folder = tempfile.mkdtemp(prefix="indicator-viewer-")
        try:
            project = Project.create(Path(folder) / SCRATCH_NAME)
        except ProjectError:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return cls(project, scratch_dir=folder, parent=parent)

    def close(self) -> None:
        self._view_timer.stop()
        try:
            self.flush_view_state()
        finally:
            self.project.close()
            self._forget_scratch()

    def save_as(self, path: str | os.PathLike) -> None:
        """Copy everything to ``path`` (atomically) and go on working there."""
        self.flush_view_state()
        self.project.save_as(path)
        self._forget_scratch()
        self._unsaved_edits = 0
        self.statusChanged.emit()

    def _forget_scratch(self) -> None:
        if self._remove_scratch is not None:
            self._remove_scratch()  # removes the folder, once
        self._scratch_dir = None

    # ------------------------------------------------------------- state

    @property
    def path(self) -> Path:
        return self.project.path

    @property
    def is_scratch(self) -> bool:
        return self._scratch_dir is not None

    @property
    def readonly(self) -> bool:
        return self.project.readonly

    def display_name(self) -> str:
        return "" if self.is_scratch else self.project.path.name

    def has_unsaved_work(self) -> bool:
        """Review work that is in no file the user named (a named project commits every edit)."""
        return self.is_scratch and self._unsaved_edits > 0

    # ------------------------------------------------------------- changes

    def apply(self, edit: Edit) -> None:
        self.project.apply(edit)
        self._count_edit()
        self.edited.emit(edit)

    def revert(self, edit: Edit) -> None:
        self.project.revert(edit)
        self._count_edit()
        self.edited.emit(edit)

    def _count_edit(self) -> None:
        if self.is_scratch:
            self._unsaved_edits += 1
            if self._unsaved_edits == 1:
                self.statusChanged.emit()

    def add_results(self, results: Iterable[FileResult]) -> MergeReport:
        return self.project.add_results(results)

    def reextract(self) -> MergeReport:
        from viewer.core.reader import read_document

        return self.project.reextract(read=read_document)

    # ------------------------------------------------------------- view state

    def view_state(self) -> dict:
        try:
            state = self.project.view_state
        except ProjectError as error:
            log.warning("cannot read the saved view: %s", error)
            return {}
        return state if isinstance(state, dict) else {}

    def store_view_state(self, state: dict) -> None:
        """Save ``state`` a moment later: a burst of changes (typing a search) is one write."""
        self._pending_view_state = state
        self._view_timer.start()

    def discard_view_state(self) -> None:
        """Forget a view not saved yet (e.g. the one shown before the project's own was restored)."""
        self._view_timer.stop()
        self._pending_view_state = None

    def flush_view_state(self) -> None:
        self._view_timer.stop()
        state, self._pending_view_state = self._pending_view_state, None
        if state is None or self.project.readonly:
            return
        try:
            self.project.view_state = state
        except ProjectError as error:  # the view is a convenience: never let it stop the user
            log.warning("cannot save the view: %s", error)
